"""Having one's hair done: a haircut, hair cut short, dyed, permed, washed, going to the hairdresser's, asked,
wanted, where, and what the hairdresser is asked, both ways (mt/haircuts.py)."""
import pytest

from mt.haircuts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I cut my hair.", "I'm just cut my hair.", "She has hair dye.", "My mother had just cured my hair."
    ("Tôi vừa cắt tóc.", "I just got a haircut."),
    ("Tôi mới cắt tóc.", "I just got a haircut."),
    ("Chị ấy mới nhuộm tóc.", "She just dyed her hair."),
    ("Chị ấy mới nhuộm tóc màu đỏ.", "She just dyed her hair red."),
    ("Mẹ tôi mới nhuộm tóc vàng.", "My mother just dyed her hair blonde."),
    ("Mẹ tôi vừa uốn tóc.", "My mother just got a perm."),
    ("Bác Hùng vừa cắt tóc ngắn.", "Uncle Hung just got his hair cut short."),
    ("Lan mới cắt tóc.", "Lan just got a haircut."),
    ("Sáng nay tôi vừa gội đầu.", "I just washed my hair this morning."),
    # v8: "Yesterday, I cut my hair.", "I cut my hair short."
    ("Hôm qua tôi đi cắt tóc.", "I got a haircut yesterday."),
    ("Tôi đã cắt tóc hôm qua.", "I got a haircut yesterday."),
    ("Họ đã đi tiệm cắt tóc hôm qua.", "They went to the hairdresser's yesterday."),
    ("Tôi cắt tóc ngắn rồi.", "I've already had my hair cut short."),
    # v8: "Do you cut your hair?", "Are you just cut your hair?"
    ("Bạn mới cắt tóc à?", "Did you get a haircut?"),
    ("Anh mới cắt tóc à?", "Did you get a haircut?"),
    ("Bạn mới cắt tóc phải không?", "Did you get a haircut?"),
    ("Chị ấy mới nhuộm tóc à?", "Did she dye her hair?"),
    ("Anh ấy đi cắt tóc rồi à?", "Has he gone to get a haircut?"),
    # v8: "I cut my hair.", "Tomorrow, I'll cut my hair.", "My father went to cut my hair.", "He walked the hair to
    # the hair."
    ("Tôi đi cắt tóc.", "I'm going to get a haircut."),
    ("Anh ấy đi hớt tóc.", "He's going to get a haircut."),
    ("Ngày mai tôi đi cắt tóc.", "I'm going to get a haircut tomorrow."),
    ("Tôi sẽ nhuộm tóc màu đỏ.", "I'm going to dye my hair red."),
    ("Bố tôi đi tiệm cắt tóc.", "My father is going to the hairdresser's."),
    ("Tôi định đi tiệm cắt tóc vào thứ bảy.", "I'm going to the hairdresser's on Saturday."),
    ("Anh ấy đi cắt tóc rồi.", "He's gone to get a haircut."),
    # v8: "I'd like to cut my hair.", "He needs to cut the hair.", "I want to bend my hair.", "I'd like brown hair."
    ("Tôi muốn cắt tóc.", "I'd like a haircut."),
    ("Tôi muốn cắt tóc ngắn.", "I'd like my hair cut short."),
    ("Tôi muốn cắt tóc ngắn hơn.", "I'd like my hair cut shorter."),
    ("Anh ấy cần cắt tóc.", "He needs a haircut."),
    ("Tôi muốn uốn tóc.", "I'd like a perm."),
    ("Tôi muốn nhuộm tóc màu nâu.", "I'd like to dye my hair brown."),
    ("Cô ấy muốn làm tóc.", "She'd like her hair done."),
    ("Bạn có muốn cắt tóc không?", "Would you like a haircut?"),
    ("Bạn có cần cắt tóc không?", "Do you need a haircut?"),
    # v8: "Are there a shop of hair cut here?", "Where do you cut your hair?"
    ("Ở đây có tiệm cắt tóc không?", "Is there a hairdresser's around here?"),
    ("Gần đây có tiệm cắt tóc nào không?", "Is there a hairdresser's near here?"),
    ("Tiệm cắt tóc gần nhất ở đâu?", "Where's the nearest hairdresser's?"),
    ("Tôi có thể cắt tóc ở đâu?", "Where can I get a haircut?"),
    ("Mẹ bạn thường cắt tóc ở đâu?", "Where does your mother usually get her hair cut?"),
    # v8: "It's a little cut.", "Only billion.", "That's a little bit."
    ("Cắt ngắn một chút.", "A little shorter, please."),
    ("Chỉ tỉa thôi.", "Just a trim, please."),
    ("Tỉa một chút thôi nhé.", "Just a trim, please."),
    ("Đừng cắt ngắn quá nhé.", "Not too short, please."),
    # not: "anh", "em" alone saying it (the speaker or "you"), a plain verb (a habit or the past), asked without
    # "vừa", "mới" or "rồi", "hôm nay" with no word for the tense, "vừa" with a day ahead, her hair of a name alone,
    # booking (the phrasebook's), a haircut given someone, "tỉa" without "chỉ" or "thôi", other topics
    ("Tôi đi cắt tóc nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh muốn cắt tóc.", None), ("Em vừa cắt tóc.", None), ("Tôi cắt tóc.", None), ("Bạn cắt tóc à?", None),
    ("Bạn có cắt tóc không?", None), ("Hôm nay tôi đi cắt tóc.", None), ("Ngày mai tôi vừa cắt tóc.", None),
    ("Lan mới nhuộm tóc.", None), ("Tôi muốn đặt lịch cắt tóc.", None), ("Tôi vừa cắt tóc cho con.", None),
    ("Tôi không cắt tóc.", None), ("Tỉa cây.", None), ("Tôi thích cắt tóc.", None), ("Hôm qua tôi sẽ cắt tóc.", None),
    ("Tôi có muốn cắt tóc không?", None), ("Tôi muốn đổi cái áo này.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy vỗ tóc của mình." (patted), "Cô bé đỏ tóc.", "Cô ấy có mái tóc màu nâu.", "Mẹ tôi đã mọc tóc."
    ("She dyed her hair.", "Cô ấy đã nhuộm tóc."),
    ("She dyed her hair red.", "Cô ấy đã nhuộm tóc màu đỏ."),
    ("She had her hair dyed brown.", "Cô ấy đã nhuộm tóc màu nâu."),
    ("My mother had her hair permed.", "Mẹ tôi đã uốn tóc."),
    ("Lan dyed her hair red.", "Lan đã nhuộm tóc màu đỏ."),
    ("He got his hair cut short.", "Anh ấy đã cắt tóc ngắn."),
    ("She got a perm.", "Cô ấy đã uốn tóc."),
    # v8: "Tôi chỉ bị cắt tóc thôi." (only suffered), "Tôi bị cắt tóc ngày mai."
    ("I've just had a haircut.", "Tôi vừa cắt tóc."),
    ("She's just had her hair dyed.", "Cô ấy vừa nhuộm tóc."),
    ("I've already had a haircut.", "Tôi đã cắt tóc rồi."),
    ("He got a haircut yesterday.", "Hôm qua anh ấy đã cắt tóc."),
    ("I went to the barber's yesterday.", "Hôm qua tôi đã đi tiệm hớt tóc."),
    # v8: "Bạn có bị cắt tóc không?" (suffered), "Bạn có bị rụng tóc không?" (hair falling out)
    ("Did you get a haircut?", "Bạn mới cắt tóc à?"),
    ("Did you have your hair cut?", "Bạn mới cắt tóc à?"),
    ("Did you dye your hair?", "Bạn mới nhuộm tóc à?"),
    ("Did she just get a haircut?", "Cô ấy vừa cắt tóc à?"),
    ("Has he had a haircut?", "Anh ấy đã cắt tóc chưa?"),
    ("Did you go to the hairdresser's?", "Bạn có đi tiệm cắt tóc không?"),
    # v8: "Tôi sẽ bị cắt tóc.", "Tôi sẽ đi tóc.", "Tôi sẽ đến quán barber."
    ("I'm going to get a haircut.", "Tôi sẽ đi cắt tóc."),
    ("I'm getting a haircut tomorrow.", "Ngày mai tôi sẽ đi cắt tóc."),
    ("He's going to dye his hair blonde.", "Anh ấy sẽ nhuộm tóc màu vàng."),
    ("They're getting their hair done on Saturday.", "Họ sẽ đi làm tóc vào thứ Bảy."),
    ("I'm going to the hairdresser's.", "Tôi sẽ đi tiệm cắt tóc."),
    ("I'm going to the barber's.", "Tôi sẽ đi tiệm hớt tóc."),
    # v8: "Tôi muốn một cái perm.", "Tôi muốn dâu nâu tóc của mình.", "Tôi muốn có tóc của tôi cắt ngắn.", "Bạn có
    # muốn tóc rụng không?"
    ("I'd like a haircut.", "Tôi muốn cắt tóc."),
    ("I need a haircut.", "Tôi cần cắt tóc."),
    ("She wants a haircut.", "Cô ấy muốn cắt tóc."),
    ("I'd like a perm.", "Tôi muốn uốn tóc."),
    ("I'd like a trim, please.", "Tôi muốn tỉa tóc."),
    ("I want to dye my hair brown.", "Tôi muốn nhuộm tóc màu nâu."),
    ("I'd like to have my hair cut short.", "Tôi muốn cắt tóc ngắn."),
    ("I'd like my hair cut short.", "Tôi muốn cắt tóc ngắn."),
    ("I'd like to have my hair washed.", "Tôi muốn gội đầu."),
    ("I'd like to go to the hairdresser's.", "Tôi muốn đi tiệm cắt tóc."),
    ("Do you want a haircut?", "Bạn có muốn cắt tóc không?"),
    ("Would you like a perm?", "Bạn có muốn uốn tóc không?"),
    ("Does she need a haircut?", "Cô ấy có cần cắt tóc không?"),
    # v8: "Tôi có thể bị cắt tóc ở đâu?", "Có tóc ở gần đây không?", "Có cửa hàng bán lẻ gần đây không?" (retail)
    ("Where can I get a haircut?", "Tôi có thể cắt tóc ở đâu?"),
    ("Where can I get a haircut around here?", "Tôi có thể cắt tóc ở đâu gần đây?"),
    ("Is there a hairdresser near here?", "Ở gần đây có tiệm cắt tóc không?"),
    ("Is there a barber shop near here?", "Ở gần đây có tiệm hớt tóc không?"),
    ("Where's the nearest barber's?", "Tiệm hớt tóc gần nhất ở đâu?"),
    ("Where do you usually get your hair cut?", "Bạn thường cắt tóc ở đâu?"),
    # v8: "Làm ơn, xin vui lòng.", "Làm ơn ngắn hơn một chút."
    ("Just a trim, please.", "Chỉ tỉa một chút thôi."),
    ("A little shorter, please.", "Cắt ngắn hơn một chút nhé."),
    ("Not too short, please.", "Đừng cắt ngắn quá nhé."),
    # not: another's hair ("She dyed my hair.", "My mother dyed his hair."), the verb not agreeing ("I has", "She
    # want", "Does she needs", "Have he", "He are", "Do she"), a day against the tense, "getting" with no day, a
    # colour not dyed, "like" without "would", booking (the phrasebook's), a plain present, hair had, other topics
    ("She just dyed my hair.", None), ("My mother dyed his hair.", None), ("I has just had a haircut.", None),
    ("She want a haircut.", None), ("Does she needs a haircut?", None), ("Have he had a haircut?", None),
    ("He are going to get a haircut.", None), ("Where do she get her hair cut?", None),
    ("He got a haircut tomorrow.", None), ("I'm going to get a haircut yesterday.", None),
    ("I'm getting a haircut.", None), ("I got a haircut red.", None), ("I like a haircut.", None),
    ("Would I like a haircut?", None), ("I'd like to book a haircut.", None), ("I dye my hair.", None),
    ("She has red hair.", None), ("I dyed my hair with henna.", None), ("I'd like to exchange this shirt.", None),
    ("Where is the hairdresser?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tôi vừa cắt tóc.", "vi", "fr") is None
