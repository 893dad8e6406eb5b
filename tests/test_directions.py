"""Directions in the street: turn left or right at a place, go straight on, both ways (mt/directions.py)."""
import pytest

from mt import phrasebook
from mt.directions import translate


@pytest.mark.parametrize("text, said", [
    # v6: "Go straight to about 200 meters."
    ("Rẽ trái ở ngã tư.", "Turn left at the intersection."),
    ("Quẹo phải tại đèn giao thông nhé.", "Turn right at the traffic light."),  # (as the term list says it)
    ("Rẽ phải ở ngân hàng.", "Turn right at the bank."),  # (a place mt.patterns.a_place knows)
    ("Rồi rẽ trái ở ngã ba kia.", "Then turn left at that T-junction."),
    ("Rẽ trái ở ngã tư thứ hai.", "Turn left at the second intersection."),  # (a term with its own "the")
    ("Đi thẳng khoảng 200 mét.", "Go straight on for about 200 metres."),
    ("Đi thẳng 2 km.", "Go straight on for 2 km."),
    ("Đi thẳng đến chợ.", "Go straight on to the market."),
    # not: a place not known, a side (mt.patterns._on_a_side's)
    ("Rẽ trái ở chỗ cây đa to.", None), ("Bưu điện ở bên phải.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Hãy thay đổi ngay tại ngân hàng." (change), "Hãy rẽ trái vào giao điểm.", "Rẽ phải lúc đèn giao thông."
    ("Turn right at the bank.", "Rẽ phải ở ngân hàng."),
    ("Turn left at the intersection.", "Rẽ trái ở ngã tư."),
    ("Turn right at the traffic lights.", "Rẽ phải ở đèn giao thông."),
    ("Then turn left at the roundabout.", "Rồi rẽ trái ở vòng xoay."),
    ("Turn right at the T-junction.", "Rẽ phải ở ngã ba."),
    ("Go straight on for about 200 metres.", "Đi thẳng khoảng 200 mét."),
    ("Go straight ahead.", "Đi thẳng."),
    ("Go straight to the market.", "Đi thẳng đến chợ."),
    # not: a place not known, a side (mt.patterns._on_a_side's)
    ("Turn left at the big tree.", None), ("It's on the left.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Rẽ trái ở ngã tư.", "vi", "en") == "Turn left at the intersection."
    assert phrasebook.translate("Turn left at the crossroads.", "en", "vi") == "Rẽ trái ở ngã tư."
