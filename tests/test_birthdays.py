"""Someone's birthday, said or asked, both ways (mt/birthdays.py)."""
import pytest

from mt.birthdays import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "We're going to be March 5.", "My mother's birthday in June.", "Birthday my sister is 20/10."
    ("Sinh nhật tôi là ngày 5 tháng 3.", "My birthday is March 5."),
    ("Sinh nhật của mẹ tôi vào tháng sáu.", "My mother's birthday is in June."),
    ("Sinh nhật em gái tôi là 20/10.", "My sister's birthday is October 20."),
    ("Sinh nhật anh ấy vào ngày 2 tháng 9.", "His birthday is September 2."),
    ("Sinh nhật tôi là tuần sau.", "My birthday is next week."),
    ("Sinh nhật bạn là ngày nào?", "When is your birthday?"),
    ("Sinh nhật của bạn là khi nào vậy?", "When is your birthday?"),
    ("Sinh nhật bố bạn tháng mấy?", "Which month is your father's birthday in?"),
    ("Hôm nay là sinh nhật tôi.", "Today is my birthday."),
    ("Ngày mai là sinh nhật của mẹ tôi!", "Tomorrow is my mother's birthday!"),
    ("Hôm qua là sinh nhật anh ấy.", "Yesterday was his birthday."),
    ("Hôm nay sinh nhật tôi.", "Today is my birthday."),
    # someone else (v6: "It's almost April 3.", "Born is August 10.")
    ("Sinh nhật chị ấy là ngày 3 tháng 4.", "Her birthday is April 3."),
    ("Sinh nhật Lan là ngày 10 tháng 8.", "Lan's birthday is August 10."),
    ("Sinh nhật của chị Lan là ngày nào?", "When is Lan's birthday?"),
    ("Hôm nay là sinh nhật ông Hùng.", "Today is Mr. Hung's birthday."),
    ("Sinh nhật Tuấn vào tháng sáu.", "Tuan's birthday is in June."),
    ("Sinh nhật công ty là ngày 5 tháng 3.", None), ("Sinh nhật Hà Nội là ngày 5/3.", None),
    # not: a "when" that is not a date, asked without "?" or said with it, a date out of range, today asked
    ("Sinh nhật tôi là một ngày vui.", None), ("Sinh nhật bạn là ngày nào", None),
    ("Sinh nhật tôi là 5/3?", None), ("Sinh nhật tôi là 35/3.", None), ("Hôm nay là sinh nhật bạn?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Khi nào sinh nhật của bạn là gì?", "Hôm nay là ngày sinh của tôi." (date of birth)
    ("My birthday is on March 5.", "Sinh nhật tôi vào ngày 5 tháng 3."),
    ("My birthday is March 5th.", "Sinh nhật tôi là ngày 5 tháng 3."),
    ("My sister's birthday is in June.", "Sinh nhật em gái tôi vào tháng 6."),
    ("His birthday is next week.", "Sinh nhật anh ấy là tuần sau."),
    ("When is your birthday?", "Sinh nhật bạn là ngày nào?"),
    ("When's your mother's birthday?", "Sinh nhật mẹ bạn là ngày nào?"),
    ("Today is my birthday.", "Hôm nay là sinh nhật tôi."), ("It's my birthday today!", "Hôm nay là sinh nhật tôi!"),
    ("Yesterday was my father's birthday.", "Hôm qua là sinh nhật bố tôi."),
    ("Tom's birthday is in June.", "Sinh nhật Tom vào tháng 6."),
    ("When is Lan's birthday?", "Sinh nhật Lan là ngày nào?"),
    ("Today is Mr. Smith's birthday.", "Hôm nay là sinh nhật ông Smith."),
    # not: a "when" that is not a date, someone not a name
    ("My birthday is a happy day.", None), ("Everyone's birthday is in June.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_says_birthdays(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Sinh nhật tôi là ngày 5 tháng 3.", "Sinh nhật bạn là ngày nào?"], "vi", "en") == [
        "My birthday is March 5.", "When is your birthday?"]
    assert t.translate(["When is your birthday?"], "en", "vi") == ["Sinh nhật bạn là ngày nào?"]
