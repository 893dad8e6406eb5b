"""Papers: a visa needed or had, a paper expiring or still valid, renewed, asked to be seen, applied for where, and
lost, both ways (mt/papers.py)."""
import pytest

from mt.papers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do I need to Market?", "I have to limit vitamins.", "I need passport limit."
    ("Tôi có cần thị thực không?", "Do I need a visa?"),
    ("Tôi có cần visa không?", "Do I need a visa?"),
    ("Tôi có cần xin visa không?", "Do I need to apply for a visa?"),
    ("Anh có cần visa không?", "Do you need a visa?"),
    ("Tôi không cần visa.", "I don't need a visa."),
    ("Bạn có visa không?", "Do you have a visa?"),
    ("Mẹ tôi chưa có visa.", "My mother doesn't have a visa yet."),
    # v8: "My Visa last month expired.", "His passport terminates.", "Your passport When expired?"
    ("Tháng sau visa của tôi hết hạn.", "My visa expires next month."),
    ("Visa của tôi tháng sau hết hạn.", "My visa expires next month."),
    ("Visa của tôi hết hạn vào tháng sau.", "My visa expires next month."),
    ("Hộ chiếu của tôi hết hạn rồi.", "My passport has expired."),
    ("Hộ chiếu của tôi đã hết hạn.", "My passport has expired."),
    ("Hộ chiếu của anh ấy sắp hết hạn.", "His passport is about to expire."),
    ("Hộ chiếu của mẹ tôi hết hạn tháng trước.", "My mother's passport expired last month."),
    ("Chứng minh thư của tôi chưa hết hạn.", "My ID card hasn't expired."),
    ("Bằng lái xe của tôi hết hạn rồi.", "My driving licence has expired."),
    ("Hộ chiếu của bạn khi nào hết hạn?", "When does your passport expire?"),
    ("Visa của bạn hết hạn khi nào?", "When does your visa expire?"),
    ("Hộ chiếu của bạn hết hạn chưa?", "Has your passport expired?"),
    # v8: "Are your Visa is limited?", "Your passport is limited?"
    ("Hộ chiếu của bạn còn hạn không?", "Is your passport still valid?"),
    ("Visa của tôi vẫn còn hạn.", "My visa is still valid."),
    ("Tôi cần gia hạn hộ chiếu.", "I need to renew my passport."),
    ("Tôi phải gia hạn visa.", "I have to renew my visa."),
    ("Mẹ tôi cần gia hạn hộ chiếu.", "My mother needs to renew her passport."),
    ("Bạn có phải gia hạn visa không?", "Do you have to renew your visa?"),
    ("Anh ấy không cần gia hạn bằng lái.", "He doesn't need to renew his driving licence."),
    # v8: "Can I see your paper?"
    ("Cho tôi xem giấy tờ tùy thân của bạn được không?", "Can I see your ID?"),
    ("Tôi có thể xem hộ chiếu của anh không?", "Can I see your passport?"),
    ("Cho tôi xem hộ chiếu của anh.", "Let me see your passport."),
    ("Vui lòng cho tôi xem hộ chiếu của bạn.", "Please show me your passport."),
    # v8: "Where do I ask visa?"
    ("Tôi có thể xin visa ở đâu?", "Where can I apply for a visa?"),
    ("Tôi xin visa ở đâu?", "Where do I apply for a visa?"),
    ("Làm hộ chiếu ở đâu?", "Where do I apply for a passport?"),
    # v8: "I'm lost my proof.", "I lost my footnote tab."
    ("Tôi bị mất chứng minh thư.", "I've lost my ID card."),
    ("Tôi làm mất thẻ căn cước rồi.", "I've lost my ID card."),
    ("Mẹ tôi làm mất bằng lái rồi.", "My mother has lost her driving licence."),
    # not: "anh" saying it (the speaker?), "hết hạn" with no day nor "rồi" (expires, or expired?), "đã" with a day
    # ahead, asked without "không", a name alone renewing (his or her?), where someone else applied (when?), a passport
    # lost (mt/mishaps.py's, mt.terms'), brought (mt/bring_along.py's), another topic, "thẻ visa" (a card)
    ("Anh cần visa.", None), ("Hộ chiếu của tôi hết hạn.", None), ("Hộ chiếu của tôi đã hết hạn tháng sau.", None),
    ("Tôi phải gia hạn hộ chiếu nhỉ.", None), ("Hộ chiếu của tôi sắp hết hạn nhỉ.", None),  # ("…, don't I?")
    ("Hộ chiếu của bạn còn hạn?", None), ("Lan cần gia hạn hộ chiếu.", None), ("Bạn xin visa ở đâu?", None),
    ("Tôi bị mất hộ chiếu.", None), ("Bạn có mang hộ chiếu không?", None), ("Anh bị mất chứng minh thư.", None),
    ("Tôi có cần visa.", None), ("Thẻ visa của tôi hết hạn rồi.", None), ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có cần một vi-rút không?" (a virus), "Bé có cần một vi-rút không?", "Tôi không có vi-ta-min."
    ("Do I need a visa?", "Tôi có cần visa không?"),
    ("Does she need a visa?", "Cô ấy có cần visa không?"),
    ("I don't need a visa.", "Tôi không cần visa."),
    ("Do you have a visa?", "Bạn có visa không?"),
    ("I don't have a visa yet.", "Tôi chưa có visa."),
    ("I need to get a visa.", "Tôi cần xin visa."),
    # v8: "Tháng tới, vi-ta-min của tôi.", "Hộ chiếu của tôi nổ vào tuần tới." (bursts), "Khi nào bạn hộ chiếu nổ
    # không?", "Cô ấy hộ chiếu đã hết hạn vào tháng trước."
    ("My visa expires next month.", "Tháng sau visa của tôi hết hạn."),
    ("My passport expires next week.", "Tuần sau hộ chiếu của tôi hết hạn."),
    ("Her passport expired last month.", "Tháng trước hộ chiếu của cô ấy đã hết hạn."),
    ("My passport has expired.", "Hộ chiếu của tôi hết hạn rồi."),
    ("My passport's expired.", "Hộ chiếu của tôi hết hạn rồi."),
    ("My passport expired.", "Hộ chiếu của tôi đã hết hạn."),
    ("My passport is about to expire.", "Hộ chiếu của tôi sắp hết hạn."),
    ("My visa expires soon.", "Visa của tôi sắp hết hạn."),
    ("My visa hasn't expired.", "Visa của tôi chưa hết hạn."),
    ("My mother's passport has expired.", "Hộ chiếu của mẹ tôi hết hạn rồi."),
    ("My driving licence has expired.", "Bằng lái xe của tôi hết hạn rồi."),
    ("When does your passport expire?", "Hộ chiếu của bạn hết hạn khi nào?"),
    ("Has your visa expired?", "Visa của bạn hết hạn chưa?"),
    # v8: "Bạn có phải hợp lệ hộ chiếu không?"
    ("Is your passport still valid?", "Hộ chiếu của bạn còn hạn không?"),
    ("My passport is still valid.", "Hộ chiếu của tôi vẫn còn hạn."),
    # v8: "Tôi cần đổi mới hộ chiếu của tôi.", "Cô ấy cần phải đổi mới vi-ta-min."
    ("I need to renew my passport.", "Tôi cần gia hạn hộ chiếu."),
    ("She needs to renew her visa.", "Cô ấy cần gia hạn visa."),
    ("I need to extend my visa.", "Tôi cần gia hạn visa."),
    ("Do I need to renew my passport?", "Tôi có cần gia hạn hộ chiếu không?"),
    ("My mother wants to renew her passport.", "Mẹ tôi muốn gia hạn hộ chiếu."),
    # v8: "Tôi có thể thấy ID của bạn không?", "Tôi có thể thấy chiếu hộ chiếu của bạn, vui lòng không?"
    ("Can I see your ID?", "Cho tôi xem giấy tờ tùy thân của bạn được không?"),
    ("May I see your passport, please?", "Cho tôi xem hộ chiếu của bạn được không?"),
    ("Could we see your passport?", "Cho chúng tôi xem hộ chiếu của bạn được không?"),
    ("Please show me your passport.", "Vui lòng cho tôi xem hộ chiếu của bạn."),
    ("Let me see your ID card.", "Cho tôi xem thẻ căn cước của bạn."),
    # v8: "Tôi áp dụng cho vi-rút ở đâu?"
    ("Where do I apply for a visa?", "Tôi xin visa ở đâu?"),
    ("Where can I apply for a visa?", "Tôi có thể xin visa ở đâu?"),
    ("Where can I apply for a passport?", "Tôi có thể làm hộ chiếu ở đâu?"),
    # v8: "Tôi đã mất thẻ ID của tôi.", "Cô ấy đã mất đi hộ chiếu."
    ("I've lost my ID card.", "Tôi làm mất thẻ căn cước rồi."),
    ("She has lost her passport.", "Cô ấy làm mất hộ chiếu rồi."),
    ("I lost my passport.", "Tôi bị mất hộ chiếu."),
    # not: bad agreement ("Does she needs", "She need", "She have"), whose another's, a tense that does not go with the
    # day, "expires" with no day, asked without "?", brought (mt/bring_along.py's), a Visa card, another topic
    ("Does she needs a visa?", None), ("She need a visa.", None), ("She need to renew her visa.", None),
    ("She have lost her passport.", None), ("She needs to renew his visa.", None), ("I've lost your ID card.", None),
    ("My passport expired next month.", None), ("My passport expires last week.", None),
    ("My passport expires.", None), ("Do I need a visa.", None), ("Did you bring your passport?", None),
    ("My Visa card has expired.", None), ("I just got a haircut.", None), ("Where can I get a passport?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
