"""Bringing something along: told to, asked, brought, forgotten, not brought, should or need to, both ways
(mt/bring_along.py)."""
import pytest

from mt.bring_along import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Bring an umbrella follow.", "Remember bringing passport.", "Follow jacket.", "Remember bringing sunscreen."
    ("Mang ô theo nhé.", "Bring an umbrella."),
    ("Nhớ mang theo hộ chiếu nhé.", "Remember to bring your passport."),
    ("Mang theo áo khoác nhé.", "Bring a jacket."),
    ("Nhớ mang theo kem chống nắng nha.", "Remember to bring sunscreen."),
    ("Nhớ mang ô nhé.", "Remember to bring an umbrella."),
    ("Nhớ đem theo tiền mặt nhé.", "Remember to bring some cash."),
    ("Hãy mang theo áo mưa.", "Bring a raincoat."),
    ("Bạn mang ô theo nhé.", "Bring an umbrella."),
    ("Cầm ô theo nhé.", "Bring an umbrella."),
    ("Đừng quên mang theo hộ chiếu nhé!", "Don't forget to bring your passport!"),
    ("Em đừng quên mang theo sạc nhé.", "Don't forget to bring your charger."),
    ("Anh nhớ mang ô nhé.", "Remember to bring an umbrella."),
    # a clause before one a rule takes (v8: "Following the jacket, cold cold.")
    ("Mang theo áo khoác đi,", "Bring a jacket,"),
    ("Mang ô theo nhé,", "Bring an umbrella,"),
    # v8: "Are you charging?", "Do you carry charge?", "Do you carry passport?"
    ("Bạn có mang sạc không?", "Did you bring your charger?"),
    ("Bạn có mang theo hộ chiếu không?", "Did you bring your passport?"),
    ("Bạn đã mang hộ chiếu chưa?", "Did you bring your passport?"),
    ("Mẹ bạn có mang ô không?", "Did your mother bring an umbrella?"),
    ("Họ có mang theo hộ chiếu không?", "Did they bring their passports?"),
    ("Lan có mang theo ô không?", "Did Lan bring an umbrella?"),
    # v8: "I forgot to carry passport.", "He forgot to carry the wallet." ("Tôi quên mang ô." it gets right)
    ("Tôi quên mang hộ chiếu.", "I forgot to bring my passport."),
    ("Anh ấy quên mang ví.", "He forgot to bring his wallet."),
    ("Mẹ tôi quên mang hộ chiếu.", "My mother forgot to bring her passport."),
    ("Chúng tôi quên mang hộ chiếu.", "We forgot to bring our passports."),
    ("Tôi quên mang theo ô rồi.", "I forgot to bring an umbrella."),
    # v8: "I brought an umbrella and.", "I don't bring an umbrella.", "You should have a jacket."
    ("Tôi đã mang theo ô rồi.", "I've brought an umbrella."),
    ("Tôi đã mang theo ô.", "I brought an umbrella."),
    ("Mẹ tôi đã mang theo áo ấm rồi.", "My mother has brought some warm clothes."),
    ("Tôi không mang theo ô.", "I didn't bring an umbrella."),
    ("Tôi không mang theo tiền mặt.", "I didn't bring any cash."),
    ("Bạn nên mang theo áo khoác.", "You should bring a jacket."),
    # v8: "Did I need to carry passport?"
    ("Tôi có cần mang theo hộ chiếu không?", "Do I need to bring my passport?"),
    ("Tôi có nên mang ô không?", "Should I bring an umbrella?"),
    ("Bạn không cần mang ô.", "You don't need to bring an umbrella."),
    ("Cô ấy cần mang theo hộ chiếu.", "She needs to bring her passport."),
    # not: "đi" without "theo" (take it away?), "cầm" (hold) without "theo", "anh", "em" alone saying it (the speaker?),
    # "Bạn nhớ mang ô." (or recalls?), told or said?, "theo" twice, her passport or his (a name alone), the speaker
    # asked, keys (mt/keys.py's), two things, the phrasebook's, a bag (mt/shopping.py's)
    ("Tôi đã mang theo ô nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mang ô đi.", None), ("Cầm ô nhé.", None), ("Anh mang ô theo nhé.", None), ("Anh quên mang ô.", None),
    ("Anh nên mang theo áo khoác.", None), ("Bạn nhớ mang ô.", None), ("Tôi mang theo ô.", None),
    ("Mang ô đấy.", None), ("Mang theo ô theo nhé.", None), ("Lan quên mang hộ chiếu.", None),
    ("Tôi có mang ô không?", None), ("Tôi quên mang chìa khóa.", None), ("Nhớ mang theo ô và áo mưa nhé.", None),
    ("Tôi quên mang túi.", None), ("Trời sắp mưa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Lấy một chiếc ô." (fetch), "Uống một chiếc ô với bạn." (drink), "Đừng quên mang chiếu hộ chiếu của bạn.",
    # "Hãy nhớ mang về hộ chiếu." (bring back), "Hãy chắc chắn rằng bạn mang lại cho bạn một cuộc chiếu hộ chiếu."
    ("Take an umbrella.", "Mang theo ô nhé."),
    ("Take an umbrella with you.", "Mang theo ô nhé."),
    ("Don't forget to bring your passport.", "Đừng quên mang theo hộ chiếu nhé."),
    ("Bring a jacket.", "Mang theo áo khoác nhé."),
    ("Remember to bring your passport.", "Nhớ mang theo hộ chiếu nhé."),
    ("Make sure you bring your passport.", "Nhớ mang theo hộ chiếu nhé."),
    ("Don't forget your umbrella.", "Đừng quên mang theo ô nhé."),
    ("Don't forget to bring sunscreen!", "Đừng quên mang theo kem chống nắng nhé!"),
    ("Bring some water.", "Mang theo nước nhé."),
    ("Please bring your ID card.", "Mang theo thẻ căn cước nhé."),
    # a clause before one a rule takes ("Take a jacket, it's cold tonight.")
    ("Take a jacket,", "Mang theo áo khoác nhé,"),
    # v8: "Anh ấy mang hộ chiếu của anh ấy không?" ("Did you bring your charger?" it gets right)
    ("Did you bring your charger?", "Bạn có mang theo cục sạc không?"),
    ("Did he bring his passport?", "Anh ấy có mang theo hộ chiếu không?"),
    ("Did you bring any cash?", "Bạn có mang theo tiền mặt không?"),
    ("Did my mother bring her passport?", "Mẹ tôi có mang theo hộ chiếu không?"),
    ("Did you bring your umbrella with you?", "Bạn có mang theo ô không?"),
    ("Have you brought your passport?", "Bạn đã mang theo hộ chiếu chưa?"),
    ("Has she brought her passport?", "Cô ấy đã mang theo hộ chiếu chưa?"),
    ("Do I need to bring my passport?", "Tôi có cần mang theo hộ chiếu không?"),
    ("Does she need to bring her passport?", "Cô ấy có cần mang theo hộ chiếu không?"),
    ("Should I bring an umbrella?", "Tôi có nên mang theo ô không?"),
    # v8: "Tôi quên mang ô của tôi.", "Cô ấy quên mang cô ấy ô.", "Tôi mang ô của tôi.", "Tôi không mang ô của tôi."
    ("I forgot to bring my umbrella.", "Tôi quên mang ô."),
    ("She forgot to bring her umbrella.", "Cô ấy quên mang ô."),
    ("My mother forgot to bring her umbrella.", "Mẹ tôi quên mang ô."),
    ("We forgot to bring our passports.", "Chúng tôi quên mang hộ chiếu."),
    ("I didn't bring my umbrella.", "Tôi không mang theo ô."),
    ("I didn't bring my umbrella with me.", "Tôi không mang theo ô."),
    ("I didn't bring any cash.", "Tôi không mang theo tiền mặt."),
    ("I brought my umbrella.", "Tôi đã mang theo ô."),
    ("I've brought an umbrella.", "Tôi đã mang theo ô rồi."),
    ("She's already brought her passport.", "Cô ấy đã mang theo hộ chiếu rồi."),
    ("You should bring a jacket.", "Bạn nên mang theo áo khoác."),
    ("She needs to bring her passport.", "Cô ấy cần mang theo hộ chiếu."),
    ("She doesn't need to bring her passport.", "Cô ấy không cần mang theo hộ chiếu."),
    # not: no article, a wrong one, someone else's ("Bring my passport.": lend it?), medicine (mt/medicine.py's), "the"
    # (which one?), "forget bring", whose that does not agree, a verb that does not agree, "I bring" (when?), keys
    ("Bring umbrella.", None), ("Bring a umbrella.", None), ("Bring my passport.", None),
    ("Take your medicine.", None), ("Take the umbrella.", None), ("Don't forget bring your passport.", None),
    ("Did he bring her passport?", None), ("She forgot to bring his umbrella.", None),
    ("Has they brought their passports?", None), ("Do she need to bring her passport?", None),
    ("She have brought her passport.", None), ("I bring an umbrella.", None), ("I forgot to bring my keys.", None),
    ("Take your time.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
