"""Scams and hacked accounts: scammed or tricked (out of a sum, of one's money), a scam, a fake website, a scammer,
"don't click on that link", a Facebook or an email hacked, someone hacking it, tricked into sending money, both ways
(mt/scams.py)."""
import doctest

import pytest

from mt import scams
from mt.scams import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm foolished VND2 million.", "My mother was denounced VND5 million.", "He was foolished.", "I'm tricky."
    ("Tôi bị lừa mất 2 triệu.", "I got scammed out of VND2 million."),
    ("Mẹ tôi bị lừa mất 5 triệu đồng.", "My mother got scammed out of VND5 million."),
    ("Bà tôi bị lừa 500 nghìn.", "My grandmother got scammed out of VND500 thousand."),
    ("Anh ấy bị lừa hết tiền.", "He got cheated out of all his money."),
    ("Mẹ tôi bị lừa mất tiền.", "My mother got cheated out of her money."),
    ("Tôi bị lừa.", "I got tricked."),
    ("Tôi bị lừa rồi.", "I've been tricked."),
    ("Cô ấy bị lừa đảo.", "She got scammed."),
    ("Họ vừa bị lừa mất 10 triệu.", "They just got scammed out of VND10 million."),
    ("Tôi suýt bị lừa.", "I almost got tricked."),
    ("Bạn bị lừa à?", "Did you get tricked?"),
    ("Cô ấy bị lừa mất bao nhiêu tiền?", "How much did she get scammed out of?"),
    # v8: "This is the foolish.", "It's a foolish.", "It may be foolish.", "Be careful, it may be foolish."
    ("Đây là lừa đảo.", "This is a scam."),
    ("Đây là trò lừa đảo.", "This is a scam."),
    ("Đó là một trò lừa đảo.", "That's a scam."),
    ("Có thể là lừa đảo đấy.", "It might be a scam."),
    ("Cẩn thận, có thể là lừa đảo.", "Be careful, it might be a scam."),
    ("Đây có phải là lừa đảo không?", "Is this a scam?"),
    ("Đó không phải là lừa đảo đâu.", "That isn't a scam."),
    ("Đây là tin nhắn lừa đảo.", "This is a scam message."),
    ("Tôi nghĩ đó là lừa đảo.", "I think that's a scam."),
    ("Tôi nghĩ đây là trang web giả.", "I think this is a fake website."),
    ("Anh ấy là kẻ lừa đảo.", "He's a scammer."),
    ("Họ là những kẻ lừa đảo.", "They're scammers."),
    # v8: "Don't click the link." (that link)
    ("Đừng bấm vào đường link đó.", "Don't click on that link."),
    ("Đừng nhấp vào các đường link lạ nhé.", "Don't click on suspicious links."),
    # v8: "My email was bat.", "My mother's Facebook has been battered.", "Everyone has hacked my email."
    ("Email của tôi bị hack.", "My email got hacked."),
    ("Facebook của mẹ tôi bị hack rồi.", "My mother's Facebook has been hacked."),
    ("Điện thoại của anh ấy vừa bị hack.", "His phone just got hacked."),
    ("Zalo của bạn bị hack à?", "Did your Zalo get hacked?"),
    ("Ai đó đã hack email của tôi.", "Someone hacked my email."),
    ("Có người hack tài khoản Facebook của tôi.", "Someone hacked my Facebook account."),
    # v8: "They tricked my grandmother to make money.", "The trick-or-in my grandmother moved money."
    ("Họ lừa bà tôi chuyển tiền.", "They tricked my grandmother into sending money."),
    ("Kẻ lừa đảo lừa bà tôi chuyển tiền cho hắn.", "A scammer tricked my grandmother into sending him money."),
    ("Mẹ tôi bị lừa chuyển 5 triệu cho họ.", "My mother got tricked into sending them VND5 million."),
    # not: "anh" alone (the speaker, or you?), tricking someone in play (mt/lies.py, mt/jokes.py), an account hacked
    # (mt/accounts.py), "có … không" (were you, or do you get?), a call (is, or was?), "lừa dối", no whose said for a
    # name's money, "hết" a sum, two sentences, no subject
    ("Tôi bị lừa nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị lừa rồi.", None), ("Tôi lừa bạn đấy.", None), ("Tài khoản Facebook của tôi bị hack.", None),
    ("Bạn có bị lừa không?", None), ("Cuộc gọi đó là lừa đảo.", None), ("Tôi bị lừa dối.", None),
    ("Lan bị lừa mất tiền.", None), ("Tôi bị lừa hết 2 triệu.", None), ("Đừng tin họ, đó là lừa đảo.", None),
    ("Lừa đảo.", None), ("Đây là lừa đảo?", None), ("Tôi bị lừa mất 50.", None), ("Cuộc gọi đó là lừa đảo à?", None),
    ("Tôi bị lừa mất 2 triệu rồi à?", None),
    ("Họ bị lừa mất 2 triệu đồng hả.", None), ("Đây là lừa đảo không?", None), ("Đừng bấm vào các đường link.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã múc ra khỏi 2 triệu đồng." (scooped), "Tôi bị scammed.", "Anh ta bị che giấu tiền." (hidden)
    ("I got scammed out of 2 million dong.", "Tôi bị lừa mất 2 triệu đồng."),
    ("My mother got scammed out of 5 million dong.", "Mẹ tôi bị lừa mất 5 triệu đồng."),
    ("He was cheated out of his money.", "Anh ấy bị lừa mất tiền."),
    ("She was cheated out of all her money.", "Cô ấy bị lừa hết tiền."),
    ("I got scammed.", "Tôi bị lừa."),
    ("I've been scammed.", "Tôi bị lừa rồi."),
    ("My father has been scammed.", "Bố tôi bị lừa rồi."),
    ("I almost got scammed.", "Tôi suýt bị lừa."),
    ("Did you get scammed?", "Bạn có bị lừa không?"),
    ("How much did you get scammed out of?", "Bạn bị lừa mất bao nhiêu tiền?"),
    # v8: "Đây là một scam.", "Cẩn thận, có thể là một scam.", "Đó là một mối liên hệ giả mạo." (a contact)
    ("This is a scam.", "Đây là lừa đảo."),
    ("It's a scam.", "Đó là lừa đảo."),
    ("It might be a scam.", "Có thể là lừa đảo đấy."),
    ("Be careful, it might be a scam.", "Cẩn thận, có thể là lừa đảo đấy."),
    ("Is this a scam?", "Đây có phải là lừa đảo không?"),
    ("That's not a scam.", "Đó không phải là lừa đảo."),
    ("It's a scam call.", "Đó là cuộc gọi lừa đảo."),
    ("It's a fake link.", "Đó là đường link giả."),
    ("I think it's a fake website.", "Tôi nghĩ đó là trang web giả."),
    ("My mother thinks it's a scam.", "Mẹ tôi nghĩ đó là lừa đảo."),
    ("He's a scammer.", "Anh ấy là kẻ lừa đảo."),
    ("They're scammers.", "Họ là những kẻ lừa đảo."),
    # (v8: "Đừng nhấn vào liên kết đó.": right, said otherwise)
    ("Don't click on that link.", "Đừng bấm vào đường link đó."),
    ("Never click on suspicious links.", "Đừng bao giờ bấm vào các đường link lạ."),
    # v8: "Facebook của tôi bị ghét." (hated), "Thư điện tử của tôi bị phân hủy." (decomposed), "… đã phân phối …"
    ("My Facebook got hacked.", "Facebook của tôi bị hack."),
    ("My email was hacked.", "Email của tôi đã bị hack."),
    ("My sister's phone has been hacked.", "Điện thoại của em gái tôi bị hack rồi."),
    ("Did your Zalo get hacked?", "Zalo của bạn có bị hack không?"),
    ("Someone hacked my email.", "Có người đã hack email của tôi."),
    ("Someone hacked my Facebook account.", "Có người đã hack tài khoản Facebook của tôi."),
    # v8: "Họ lừa dối bà tôi gửi tiền." (deceived)
    ("They tricked my grandmother into sending money.", "Họ đã lừa bà tôi chuyển tiền."),
    ("Scammers tricked my father into sending them 10 million dong.",
     "Bọn lừa đảo đã lừa bố tôi chuyển 10 triệu đồng cho họ."),
    ("She was tricked into sending money.", "Cô ấy bị lừa chuyển tiền."),
    # not: an account hacked (mt/accounts.py), "cheated" alone (cheated on?), "was", "has", "think" or whose money
    # that does not agree with who, "this links", "They has", "ripped off", lying and joking, a scam call "is"
    ("My Facebook account got hacked.", None), ("He was cheated.", None), ("He were scammed.", None),
    ("She have been scammed.", None), ("He was cheated out of her money.", None), ("I thinks it's a scam.", None),
    ("Don't click on this links.", None), ("They has hacked my email.", None), ("I got ripped off.", None),
    ("You're lying.", None), ("That call is a scam.", None), ("He's scammers.", None),
    ("I got scammed out of 50.", None), ("Is this a scam.", None), ("They're a scammer.", None),
    ("My Facebook is hacked.", None), ("Was my email got hacked?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_docstring():
    assert translate("Đây là lừa đảo.", "en", "vi") is None and translate("This is a scam.", "vi", "fr") is None
    assert doctest.testmod(scams).failed == 0
