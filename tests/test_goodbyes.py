"""Leaving and parting words: who has to go, drive safely, get home safely, call me when you get home, stay a little
longer, both ways (mt/goodbyes.py)."""
import pytest

from mt.goodbyes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to go here.", "I have to leave here." (đây: now, said leaving)
    ("Tôi phải đi đây.", "I have to go now."),
    ("Tôi phải đi rồi.", "I have to go now."),
    ("Tôi phải đi thôi.", "I have to go now."),
    ("Tôi phải đi bây giờ.", "I have to go now."),
    ("Tôi phải về đây.", "I have to go home now."),
    ("Mình phải về nhà rồi.", "I have to go home now."),
    ("Chúng tôi phải đi rồi.", "We have to go now."),
    ("Chúng ta phải đi thôi!", "We have to go now!"),
    ("Anh ấy phải đi bây giờ.", "He has to go now."),
    ("Mẹ tôi phải về ngay.", "My mother has to go home right away."),
    ("Cô ấy phải đi ngay bây giờ.", "She has to go right now."),
    ("Tôi phải đi ạ.", "I have to go."),
    # v8: "You have to go and then?", "Are you coming back?", "Are you going now?"
    ("Bạn phải đi rồi à?", "Do you have to go already?"),
    ("Anh phải về rồi à?", "Do you have to go home already?"),
    ("Bạn có phải đi bây giờ không?", "Do you have to go now?"),
    ("Bạn phải về sớm thế à?", "Do you have to go home so soon?"),
    ("Anh ấy có phải đi không?", "Does he have to go?"),
    # v8: "Drive is carefully.", "Be careful.", "It's safe to get home."
    ("Lái xe cẩn thận nhé.", "Drive safely."),
    ("Lái xe cẩn thận nhé!", "Drive safely!"),
    ("Nhớ lái xe cẩn thận nhé.", "Drive safely."),
    ("Về nhà cẩn thận nhé.", "Get home safely."),
    ("Về cẩn thận nha.", "Get home safely."),
    ("Về nhà an toàn nhé.", "Get home safely."),
    ("Chúc bạn về nhà an toàn.", "Have a safe trip home."),
    # v8: "I'm going to call me.", "It's telling me.", "To where, the message gives me."
    ("Về đến nhà thì gọi cho tôi nhé.", "Call me when you get home."),
    ("Về đến nhà thì báo cho tôi biết nhé.", "Let me know when you get home."),
    ("Đến nơi thì nhắn tin cho tôi nhé.", "Text me when you get there."),
    ("Tới nơi thì gọi cho mình nhé.", "Call me when you get there."),
    ("Gọi cho tôi khi bạn về đến nhà nhé.", "Call me when you get home."),
    ("Về đến nhà thì nhắn tin cho mình nhé.", "Text me when you get home."),
    # v8: "There's little more to go."
    ("Ở lại thêm chút nữa đi.", "Stay a little longer."),
    ("Bạn ở lại thêm một lát nữa nhé!", "Stay a little longer!"),
    # not: "rồi", "thôi", "đây" of anyone but the speaker (also "he had to go"), "anh" saying it (the speaker or
    # "you"), asked with "có" and "rồi", "you drive carefully" and "got home safely" (said, not wished), the
    # phrasebook's, going to work or to bed (the phrasebook's), "Đi cẩn thận nhé." (walk carefully?), a caution
    ("Anh ấy phải đi rồi.", None), ("Mẹ tôi phải về thôi.", None), ("Anh ấy phải đi đây.", None),
    ("Anh phải đi rồi.", None), ("Bạn có phải đi rồi không?", None), ("Bạn phải đi rồi.", None),
    ("Bạn lái xe cẩn thận.", None), ("Về nhà an toàn.", None), ("Về đến nhà thì nhắn tin cho tôi nhé.", None),
    ("Nhắn tin cho tôi khi bạn về đến nhà nhé.", None), ("Tôi đi ngủ đây.", None), ("Tôi phải đi làm.", None),
    ("Đi cẩn thận nhé.", None), ("Cẩn thận kẻo ngã.", None), ("Tôi phải đi rồi", "I have to go now."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải đi bây giờ." (acceptable), "Tôi tốt hơn sẽ đi.", "Tớ tốt hơn rồi.", "… phải rời khỏi bây giờ."
    ("I have to go now.", "Tôi phải đi đây."),
    ("I have to leave now.", "Tôi phải đi đây."),
    ("I have to go.", "Tôi phải đi rồi."),
    ("I've got to go.", "Tôi phải đi rồi."),
    ("I must go home.", "Tôi phải về nhà rồi."),
    ("We must go.", "Chúng tôi phải đi rồi."),
    ("We have to go now.", "Chúng tôi phải đi đây."),
    ("I'd better be going.", "Tôi phải đi thôi."),
    ("I’d better go now!", "Tôi phải đi thôi!"),
    ("I should get going.", "Tôi nên đi thôi."),
    ("He has to leave.", "Anh ấy phải đi."),
    ("She has to go now.", "Cô ấy phải đi bây giờ."),
    ("She's got to go.", "Cô ấy phải đi."),
    ("My mother has to go home now.", "Mẹ tôi phải về nhà bây giờ."),
    ("They need to leave right away.", "Họ phải đi ngay."),
    # v8: "Bạn có phải đã đi không?", "Bạn có phải rời khỏi sớm không?"
    ("Do you have to go?", "Bạn có phải đi không?"),
    ("Do you have to go now?", "Bạn có phải đi bây giờ không?"),
    ("Do you have to go already?", "Bạn phải đi rồi à?"),
    ("Do you have to leave so soon?", "Bạn phải đi sớm thế à?"),
    ("Does he have to go home?", "Anh ấy có phải về nhà không?"),
    # v8: "Drive một cách an toàn.", "Drive an toàn.", "Hãy về nhà an toàn." (OK-ish)
    ("Drive safely.", "Lái xe cẩn thận nhé."),
    ("Drive safe!", "Lái xe cẩn thận nhé!"),
    ("Drive carefully, please.", "Lái xe cẩn thận nhé."),
    ("Get home safe.", "Về nhà an toàn nhé."),
    ("Have a safe trip home.", "Chúc bạn về nhà an toàn."),
    # v8: "Văn bản tôi khi bạn ở đó." (a document), "Để tôi biết khi bạn về nhà."
    ("Call me when you get home.", "Về đến nhà thì gọi cho tôi nhé."),
    ("Text me when you get there.", "Đến nơi thì nhắn tin cho tôi nhé."),
    ("Let me know when you get home.", "Về đến nhà thì báo cho tôi biết nhé."),
    ("Let us know when you're home.", "Về đến nhà thì báo cho chúng tôi biết nhé."),
    ("Give me a call when you get there!", "Đến nơi thì gọi cho tôi nhé!"),
    # v8: "Hãy lâu hơn một chút."
    ("Stay a little longer.", "Ở lại thêm chút nữa đi."),
    ("Stay a bit longer, please.", "Ở lại thêm chút nữa đi."),
    # not: "should" or "had better" of anyone but the speaker (advice), the verb not agreeing with who, the
    # phrasebook's ("Text me when you get home.", "Take care.", "See you soon.", "Bye."), going somewhere named
    ("You should go.", None), ("He'd better go.", None), ("He have to go.", None), ("I has to go.", None),
    ("I'd got to go.", None), ("Do he have to go?", None), ("Does you have to go?", None),
    ("Text me when you get home.", None), ("Take care.", None), ("See you soon.", None), ("Bye.", None),
    ("I have to go to work.", None), ("We must go to the bank now.", None), ("Get home.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi phải đi đây.", "en", "vi") is None
    assert translate("I have to go now.", "vi", "en") is None
    assert translate("I have to go now.", "en", "fr") is None
