"""Whether someone has eaten, or had a meal, yet, said or asked, both ways (mt/meals.py)."""
import pytest

from mt import phrasebook
from mt.meals import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I haven't eat lunch."
    ("Tôi chưa ăn trưa.", "I haven't had lunch yet."), ("Lan chưa ăn sáng.", "Lan hasn't had breakfast yet."),
    ("Con tôi chưa ăn gì.", "My child hasn't eaten anything yet."), ("Tôi chưa ăn.", "I haven't eaten yet."),
    ("Mẹ bạn đã ăn tối chưa?", "Has your mother had dinner yet?"), ("Bạn ăn cơm chưa?", "Have you eaten yet?"),
    ("Anh ăn chưa?", "Have you eaten yet?"),
    ("Tôi đã ăn trưa rồi.", "I've already had lunch."), ("Tôi ăn rồi.", "I've eaten."),
    ("Con tôi vừa ăn sáng.", "My child has just had breakfast."),
    ("Chúng tôi ăn bữa tối rồi.", "We've already had dinner."),
    # not: without "chưa", "rồi" or "vừa" (a day's story), "em" saying it, "gì" without "chưa", asked and said at once
    ("Tôi đã ăn trưa.", None), ("Em chưa ăn.", None), ("Tôi ăn gì rồi.", None), ("Tôi chưa ăn trưa chưa?", None),
    ("Bạn ăn trưa chưa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("I haven't had lunch yet.", "Tôi chưa ăn trưa."),
    ("My son hasn't had breakfast yet.", "Con trai tôi chưa ăn sáng."),
    ("I haven't eaten anything.", "Tôi chưa ăn gì."),
    ("Have you had dinner yet?", "Bạn đã ăn tối chưa?"), ("Has your mother eaten yet?", "Mẹ bạn đã ăn chưa?"),
    ("Have you eaten anything?", "Bạn đã ăn gì chưa?"),
    ("I've already had lunch.", "Tôi đã ăn trưa rồi."), ("I've had lunch already.", "Tôi đã ăn trưa rồi."),
    ("I've already eaten.", "Tôi đã ăn rồi."), ("She has just had breakfast.", "Cô ấy vừa ăn sáng."),
    # not: without "yet", "already" or "just", "have" not agreeing, "yet" said of what was had, "already" not had
    ("I've had lunch.", None), ("He have eaten.", None), ("Has you eaten yet?", None), ("I've had lunch yet.", None),
    ("I haven't eaten already.", None), ("Have you eaten yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrase_list_answers_first_and_the_rule_after():
    assert phrasebook.translate("Bạn đã ăn sáng chưa?", "vi", "en") == "Have you had breakfast yet?"
    assert phrasebook.translate("Tôi chưa ăn trưa.", "vi", "en") == "I haven't had lunch yet."
