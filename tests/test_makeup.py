"""Make-up and grooming: makeup worn, put on or taken off, shaving, nails painted or done, both ways (mt/makeup.py)."""
import pytest

from mt.makeup import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Does she have a page?", "She isn't equipped.", "She paged too thick.", "My mother never page."
    ("Cô ấy có trang điểm không?", "Does she wear makeup?"),
    ("Bạn có trang điểm không?", "Do you wear makeup?"),
    ("Cô ấy không trang điểm.", "She doesn't wear makeup."),
    ("Cô ấy trang điểm quá đậm.", "She wears too much makeup."),
    ("Bạn trang điểm đậm quá.", "You wear too much makeup."),
    ("Mẹ tôi không bao giờ trang điểm.", "My mother never wears makeup."),
    ("Cô ấy trang điểm mỗi ngày.", "She wears makeup every day."),
    ("Tôi thường không trang điểm.", "I don't usually wear makeup."),
    ("Bạn có thường trang điểm không?", "Do you often wear makeup?"),
    # v8: "I'm getting a point.", "Are you pageing?", "I'm not equipped."
    ("Tôi đang trang điểm.", "I'm putting on my makeup."),
    ("Cô ấy đang trang điểm.", "She's putting on her makeup."),
    ("Bạn đang trang điểm à?", "Are you putting on your makeup?"),
    ("Tôi chưa trang điểm.", "I haven't put on my makeup yet."),
    ("Tôi vừa trang điểm xong.", "I've just put on my makeup."),
    # v8: "I need to boycot it.", "She's getting bleach.", "Eject the page."
    ("Tôi cần tẩy trang.", "I need to take off my makeup."),
    ("Cô ấy đang tẩy trang.", "She's taking off her makeup."),
    ("Tẩy trang đi.", "Take off your makeup."),
    ("Nhớ tẩy trang trước khi đi ngủ nhé.", "Remember to take off your makeup before bed."),
    ("Đừng trang điểm đậm quá.", "Don't wear too much makeup."),
    ("Cô ấy không cần trang điểm.", "She doesn't need to wear makeup."),
    ("Tôi không muốn trang điểm.", "I don't want to wear makeup."),
    # v8: "He has not been shaved.", "I need shaving.", "I'm shaving." (my father), "Are you shaved?"
    ("Anh ấy chưa cạo râu.", "He hasn't shaved yet."),
    ("Tôi cần cạo râu.", "I need to shave."),
    ("Anh ấy đang cạo râu.", "He's shaving."),
    ("Bố tôi vừa cạo râu.", "My father has just shaved."),
    ("Bạn đã cạo râu chưa?", "Have you shaved yet?"),
    ("Bạn vừa cạo râu à?", "Have you just shaved?"),
    ("Anh ấy cạo râu rồi.", "He's already shaved."),
    ("Anh ấy thường cạo râu mỗi sáng.", "He usually shaves every morning."),
    ("Bạn có cần cạo râu không?", "Do you need to shave?"),
    ("Đi cạo râu đi.", "Go and shave."),
    # v8: "She is painting her nails." (right), "I want to go to work nails."
    ("Cô ấy đang sơn móng tay.", "She's painting her nails."),
    ("Tôi muốn đi làm móng.", "I'd like to get my nails done."),
    ("Cô ấy đang đi làm móng.", "She's getting her nails done."),
    ("Bạn có muốn đi làm móng không?", "Would you like to get your nails done?"),
    ("Bố tôi không bao giờ sơn móng tay.", "My father never paints his nails."),
    # not: "anh" alone (the speaker?), a name alone (his or her makeup?), a plain verb, shaving with "không" alone
    # (now or then?), "vừa làm móng" and "đang làm tóc" (herself, or at the salon?), "làm móng" without "đi", a
    # beard grown (mt/features.py), a haircut (mt/haircuts.py), asked without "không"
    ("Tôi cần cạo râu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh muốn cạo râu.", None), ("Lan đang trang điểm.", None), ("Lan thường sơn móng tay.", None),
    ("Cô ấy trang điểm.", None),
    ("Anh ấy không cạo râu.", None), ("Anh ấy có cạo râu không?", None), ("Cô ấy vừa làm móng.", None),
    ("Cô ấy đang làm tóc.", None), ("Anh ấy để râu.", None), ("Tôi vừa cắt tóc.", None),
    ("Cô ấy có trang điểm?", None), ("Tôi đã trang điểm.", None), ("Bạn có muốn cạo râu chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bé có mặc quần áo không?", "Cô ấy không mặc chiếc mỹ phẩm nào cả.", "Cô ta mặc quần áo quá nhiều."
    ("Is she wearing makeup?", "Cô ấy có trang điểm không?"),
    ("Are you wearing makeup?", "Bạn có trang điểm không?"),
    ("She isn't wearing any makeup.", "Cô ấy không trang điểm."),
    ("She's wearing makeup.", "Cô ấy có trang điểm."),
    ("You're wearing too much makeup.", "Bạn trang điểm đậm quá."),
    ("She wears too much makeup.", "Cô ấy trang điểm quá đậm."),
    ("Does she wear makeup?", "Cô ấy có trang điểm không?"),
    ("I don't wear makeup.", "Tôi không trang điểm."),
    ("She doesn't wear make-up.", "Cô ấy không trang điểm."),
    ("She never wears makeup.", "Cô ấy không bao giờ trang điểm."),
    ("I don't usually wear makeup.", "Tôi thường không trang điểm."),
    # v8: "Tôi đang đặt chiếc mỹ phẩm của tôi.", "Tôi đang bỏ chiếc makeup.", "Hãy tắt nhà sản xuất của bạn."
    ("I'm putting on my makeup.", "Tôi đang trang điểm."),
    ("My mother is doing her makeup.", "Mẹ tôi đang trang điểm."),
    ("I'm taking off my makeup.", "Tôi đang tẩy trang."),
    ("I need to take off my makeup.", "Tôi cần tẩy trang."),
    ("She's already taken off her makeup.", "Cô ấy đã tẩy trang rồi."),
    ("Take off your makeup.", "Tẩy trang đi."),
    ("Don't wear too much makeup.", "Đừng trang điểm đậm quá nhé."),
    ("She doesn't need makeup.", "Cô ấy không cần trang điểm."),
    # v8: "Tôi cần phải đổ vỡ.", "Anh ta không xấu hổ.", "Anh ấy đang xấu hổ.", "Bạn đã xấu hổ chưa?", "Tôi chỉ xấu hổ."
    ("I need to shave.", "Tôi cần cạo râu."),
    ("She needs to shave.", None), ("My mother has just shaved.", None),  # (her legs: not "cạo râu", a beard)
    ("He hasn't shaved.", "Anh ấy chưa cạo râu."),
    ("He hasn't shaved yet.", "Anh ấy chưa cạo râu."),
    ("He's shaving.", "Anh ấy đang cạo râu."),
    ("Is he shaving?", "Anh ấy có đang cạo râu không?"),
    ("Have you shaved yet?", "Bạn đã cạo râu chưa?"),
    ("Did you shave?", "Bạn đã cạo râu chưa?"),
    ("I just shaved.", "Tôi vừa cạo râu xong."),
    ("I've just shaved.", "Tôi vừa cạo râu xong."),
    ("He shaves every morning.", "Anh ấy cạo râu mỗi sáng."),
    ("Do you shave every day?", "Bạn có cạo râu mỗi ngày không?"),
    ("Go and shave.", "Đi cạo râu đi."),
    # v8: "Cô ấy đang làm tóc của mình.", "Tôi lấy móng tay của mình làm."
    ("I'm painting my nails.", "Tôi đang sơn móng tay."),
    ("She's doing her nails.", "Cô ấy đang làm móng."),
    ("She's doing her hair.", "Cô ấy đang làm tóc."),
    ("I'm getting my nails done.", "Tôi đang đi làm móng."),
    ("I'd like to get my nails done.", "Tôi muốn đi làm móng."),
    # not: another's nails, "is", "has", "shaves", "wants" not agreeing, "any" said, a plain verb, "want makeup"
    # (cosmetics?), a haircut (mt/haircuts.py), a beard (mt/features.py)
    ("She's painting my nails.", None), ("She are wearing makeup.", None), ("She have shaved.", None),
    ("He shave every morning.", None), ("She want to take off her makeup.", None),
    ("She's wearing any makeup.", None), ("She wears makeup.", None), ("He shaves.", None), ("I want makeup.", None),
    ("I need a haircut.", None), ("He has a beard.", None), ("Does she wears makeup?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đang trang điểm.", "en", "vi") is None
    assert translate("I need to shave.", "vi", "en") is None
    assert translate("I need to shave.", "en", "fr") is None
