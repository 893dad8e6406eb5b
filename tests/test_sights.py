"""What is worth seeing or visiting, "it's (not) worth it", and souvenirs, both ways (mt/sights.py)."""
import pytest

from mt.sights import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What's worth this?", "What deserves Hanoi?", "What are Hanoi?", "How do you get in Hanoi?", "What is it worth
    # the recent?", "What deserves the neck?"
    ("Ở đây có gì đáng xem không?", "Is there anything worth seeing here?"),
    ("Ở đây có gì đáng xem vậy?", "What's worth seeing here?"),
    ("Ở Hà Nội có gì đáng xem?", "What's worth seeing in Hanoi?"),
    ("Ở Hà Nội có gì đáng xem không?", "Is there anything worth seeing in Hanoi?"),
    ("Hà Nội có gì đáng xem?", "What's worth seeing in Hanoi?"),
    ("Ở Huế có gì đáng đi không?", "Is there anything worth visiting in Hue?"),
    ("Có gì đáng xem ở Huế không?", "Is there anything worth seeing in Hue?"),
    ("Ở Hà Nội có chỗ nào đáng đi không?", "Are there any places worth visiting in Hanoi?"),
    ("Ở Hà Nội có nơi nào đáng để ghé thăm không?", "Are there any places worth visiting in Hanoi?"),
    ("Ở Hà Nội có những nơi nào đáng đi?", "Which places are worth visiting in Hanoi?"),
    ("Ở gần đây có gì đáng xem không?", "Is there anything worth seeing near here?"),
    ("Quanh đây có gì đáng xem không?", "Is there anything worth seeing around here?"),
    ("Ở phố cổ có gì đáng xem?", "What's worth seeing in the old quarter?"),
    # v8: "Hoi An is very good.", "Hoi An Is it worth?", "The dividends are worth looking.", "Ha Long Bay is very
    # worth."
    ("Hội An rất đáng đến.", "Hoi An is well worth a visit."),
    ("Hội An có đáng đi không?", "Is Hoi An worth a visit?"),
    ("Phố cổ rất đáng xem.", "The old quarter is well worth seeing."),
    ("Khu phố cổ rất đáng để ghé thăm.", "The old quarter is well worth a visit."),
    ("Chợ đêm rất đáng đi.", "The night market is well worth a visit."),
    ("Vịnh Hạ Long rất đáng đến.", "Ha Long Bay is well worth a visit."),
    ("Văn Miếu rất đáng đến.", "The Temple of Literature is well worth a visit."),
    ("Huế không đáng đi lắm.", "Hue isn't really worth a visit."),
    # v8: "It's not worth.", "It's very good.", "Is it worth?"
    ("Không đáng đâu.", "It's not worth it."),
    ("Đáng lắm.", "It's well worth it."),
    ("Đáng đấy.", "It's worth it."),
    ("Có đáng không?", "Is it worth it?"),
    # v8: "I want to buy less souvenirs.", "My mother wanted to buy souvenirs.", "Lan just purchase souvenirs."
    ("Tôi muốn mua ít quà lưu niệm.", "I want to buy some souvenirs."),
    ("Mẹ tôi muốn mua quà lưu niệm.", "My mother wants to buy some souvenirs."),
    ("Tôi cần mua quà lưu niệm.", "I need to buy some souvenirs."),
    ("Tôi đã mua quà lưu niệm cho mẹ tôi.", "I bought some souvenirs for my mother."),
    ("Tôi đã mua một ít quà lưu niệm cho gia đình tôi.", "I bought some souvenirs for my family."),
    ("Anh ấy đã mua rất nhiều quà lưu niệm.", "He bought a lot of souvenirs."),
    ("Lan vừa mua quà lưu niệm.", "Lan has just bought some souvenirs."),
    ("Tôi vừa mua ít quà lưu niệm.", "I've just bought some souvenirs."),
    # v8: "Where do the store concept?", "Are there any memorial shop here?"
    ("Cửa hàng lưu niệm ở đâu?", "Where's the souvenir shop?"),
    ("Cửa hàng lưu niệm gần nhất ở đâu?", "Where's the nearest souvenir shop?"),
    ("Ở gần đây có cửa hàng lưu niệm nào không?", "Is there a souvenir shop near here?"),
    # not: a town with "ghé thăm" or "xem" (mt/recommendations.py's), a place in the plural, not a place, "đây" without
    # "ở", "có … không" mixed, "Cũng đáng." and "Đáng đâu.", asked without "?", kin alone saying it (may be the
    # speaker), a time not said, mt/patterns.py's
    ("Đáng lắm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Hội An rất đáng để ghé thăm.", None), ("Vịnh Hạ Long rất đáng xem.", None),
    ("Địa đạo Củ Chi rất đáng đến.", None), ("Bạn có gì đáng xem không?", None), ("Anh ấy rất đáng đến.", None),
    ("Có gì đáng xem đây không?", None), ("Hội An có rất đáng đến không?", None), ("Cũng đáng.", None),
    ("Đáng đâu.", None), ("Có đáng không.", None), ("Nó đáng.", None), ("Anh muốn mua quà lưu niệm.", None),
    ("Tôi mua quà lưu niệm cho bạn bè.", None), ("Tôi muốn mua quà lưu niệm?", None),
    ("Tôi có thể mua quà lưu niệm ở đâu?", None),
    ("Anh rất đáng đến.", None), ("Anh có gì đáng xem không?", None),  # ("Anh": you, or the UK)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có gì đáng nhìn thấy ở đây không?", "Có cái gì đáng kể ở Hà Nội không?", "Hà Nội có giá trị gì?"
    ("Is there anything worth seeing here?", "Ở đây có gì đáng xem không?"),
    ("Is there anything worth seeing in Hanoi?", "Ở Hà Nội có gì đáng xem không?"),
    ("Is there anything worth visiting here?", "Ở đây có gì đáng để ghé thăm không?"),
    ("Is there anything worth seeing near here?", "Ở gần đây có gì đáng xem không?"),
    ("What's worth seeing in Hanoi?", "Ở Hà Nội có gì đáng xem?"),
    ("What is worth seeing here?", "Ở đây có gì đáng xem?"),
    ("Which places are worth visiting in Hue?", "Ở Huế có những nơi nào đáng để ghé thăm?"),
    ("Are there any places worth visiting in Hanoi?", "Ở Hà Nội có nơi nào đáng để ghé thăm không?"),
    # v8: "Quý già đáng thăm dò.", "Quý bà già có giá trị hay không?", "Có phải vịnh Hạ Long cần đến thăm không?"
    ("The old quarter is worth visiting.", "Phố cổ đáng để ghé thăm."),
    ("The old quarter is well worth a visit.", "Phố cổ rất đáng để ghé thăm."),
    ("The old quarter isn't worth visiting.", "Phố cổ không đáng để ghé thăm."),
    ("Is the old quarter worth seeing?", "Phố cổ có đáng xem không?"),
    ("Is the night market worth visiting?", "Chợ đêm có đáng để ghé thăm không?"),
    ("Is Ha Long Bay worth visiting?", "Vịnh Hạ Long có đáng để ghé thăm không?"),
    ("Ha Long Bay is definitely worth a visit.", "Vịnh Hạ Long rất đáng để ghé thăm."),
    ("The Temple of Literature is worth a visit.", "Văn Miếu đáng để ghé thăm."),
    # v8: "Không đáng để nó.", "Nó không đáng để nó.", "Thật đáng kể.", "Đáng giá tốt."
    ("It's not worth it.", "Không đáng đâu."),
    ("It isn't worth it.", "Không đáng đâu."),
    ("It's not really worth it.", "Không đáng lắm."),
    ("It's worth it.", "Đáng đấy."),
    ("It's well worth it.", "Rất đáng."),
    ("Is it worth it?", "Có đáng không?"),
    # v8: "Tôi muốn mua một vài tiện ích." (gadgets), "… một vài món sô-cô-la.", "Anh ấy mua rất nhiều hương thơm."
    ("I want to buy some souvenirs.", "Tôi muốn mua ít quà lưu niệm."),
    ("I'd like to buy some souvenirs.", "Tôi muốn mua ít quà lưu niệm."),
    ("She wants to buy some souvenirs.", "Cô ấy muốn mua ít quà lưu niệm."),
    ("My mother wants to buy some souvenirs for my father.", "Mẹ tôi muốn mua ít quà lưu niệm cho bố tôi."),
    ("I bought some souvenirs for my family.", "Tôi đã mua ít quà lưu niệm cho gia đình tôi."),
    ("He bought a lot of souvenirs.", "Anh ấy đã mua rất nhiều quà lưu niệm."),
    ("She's just bought some souvenirs.", "Cô ấy vừa mua ít quà lưu niệm."),
    ("I just bought a few souvenirs.", "Tôi vừa mua vài món quà lưu niệm."),
    ("I need to buy some souvenirs.", "Tôi cần mua ít quà lưu niệm."),
    ("Did you buy any souvenirs?", "Bạn có mua quà lưu niệm không?"),
    ("Have you bought any souvenirs yet?", "Bạn đã mua quà lưu niệm chưa?"),
    ("Does he want to buy any souvenirs?", "Anh ấy có muốn mua quà lưu niệm không?"),
    # v8: "Tôi có thể mua xe hơi ở đâu?" (a car), "Cửa hàng tiện lợi ở đâu?" (convenience store)
    ("Where can I buy souvenirs?", "Tôi có thể mua quà lưu niệm ở đâu?"),
    ("Where's the nearest souvenir shop?", "Cửa hàng lưu niệm gần nhất ở đâu?"),
    ("Is there a souvenir shop near here?", "Ở gần đây có cửa hàng lưu niệm không?"),
    # not: a town mt.people.named_place knows (mt/recommendations.py's), a place in the plural, "is" or "the" or a verb
    # not agreeing, asked without "?", a place not known
    ("Is Hoi An worth visiting?", None), ("Hoi An is well worth a visit.", None),
    ("The Cu Chi Tunnels are worth a visit.", None), ("The old quarter are worth seeing.", None),
    ("Temple of Literature is worth a visit.", None), ("She want to buy some souvenirs.", None),
    ("I wants to buy some souvenirs.", None), ("She've just bought some souvenirs.", None),
    ("Has you bought any souvenirs?", None), ("Did you bought any souvenirs?", None), ("Is it worth it.", None),
    ("Is there anything worth seeing in Atlantis?", None), ("This film is worth seeing.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Ở đây có gì đáng xem không?", "en", "vi") is None
    assert translate("It's not worth it.", "vi", "en") is None
    assert translate("It's not worth it.", "en", "fr") is None
