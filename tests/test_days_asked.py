"""The day and the date of a day near today, asked and said, both ways (mt/days_asked.py)."""
import pytest

from mt.days_asked import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How many days are today?", "Tomorrow What is the day?", "Yesterday How much is the day?"
    ("Hôm nay ngày bao nhiêu?", "What's the date today?"),
    ("Hôm nay ngày mấy?", "What's the date today?"),
    ("Hôm nay là ngày mấy?", "What's the date today?"),  # (the phrasebook's, the same)
    ("Hôm nay ngày bao nhiêu vậy?", "What's the date today?"),
    ("Hôm nay là ngày bao nhiêu rồi?", "What's the date today?"),
    ("Hôm nay là ngày mấy tháng mấy?", "What's the date today?"),
    ("Ngày mai là ngày mấy?", "What's the date tomorrow?"),
    ("Ngày mai ngày bao nhiêu?", "What's the date tomorrow?"),
    ("Hôm qua là ngày bao nhiêu?", "What was the date yesterday?"),
    # v8: "Yesterday What is it?", "Tomorrow, what?", "The day after tomorrow What is it?", "What's this day?"
    ("Hôm qua là thứ mấy?", "What day was yesterday?"),
    ("Ngày mai thứ mấy?", "What day is tomorrow?"),
    ("Ngày kia là thứ mấy?", "What day is the day after tomorrow?"),
    ("Hôm kia là thứ mấy?", "What day was the day before yesterday?"),
    ("Hôm nay là thứ mấy vậy?", "What day is it today?"),
    # v8: "Today Monday.", "Today is the second thing.", "Tomorrow is the day 5.", "Today's blindness."
    ("Hôm nay thứ Hai.", "Today is Monday."),
    ("Hôm nay là thứ hai.", "Today is Monday."),
    ("Hôm nay là thứ 2.", "Today is Monday."),
    ("Ngày mai là thứ Ba.", "Tomorrow is Tuesday."),
    ("Hôm qua là Chủ nhật.", "Yesterday was Sunday."),
    ("Hôm nay là Chủ nhật!", "Today is Sunday!"),
    ("Ngày mốt là thứ Bảy.", "The day after tomorrow is Saturday."),
    ("Ngày mai là ngày 5.", "Tomorrow is the 5th."),
    ("Hôm nay là mùng 5.", "Today is the 5th."),
    ("Hôm nay là ngày mùng 3.", "Today is the 3rd."),
    ("Hôm nay là ngày 3 tháng 5.", "Today is May 3."),
    ("Hôm nay là ngày 3/5.", "Today is May 3."),
    ("Hôm nay là ngày mùng 3 tháng 5.", "Today is May 3."),
    ("Hôm qua là ngày 2 tháng 9.", "Yesterday was September 2."),
    ("Hôm nay là ngày 5 tháng 3 năm 2024.", "Today is March 5, 2024."),
    ("Hôm nay là thứ Hai, ngày 3 tháng 5.", "Today is Monday, May 3."),
    ("Hôm nay là thứ Hai ngày 5.", "Today is Monday the 5th."),
    # v8: "Are you Friday?", "Today is May 3 Are you?"
    ("Hôm nay là thứ Sáu à?", "Is it Friday today?"),
    ("Hôm nay là ngày 3 tháng 5 à?", "Is it May 3 today?"),
    ("Hôm nay có phải thứ Hai không?", "Is it Monday today?"),
    ("Ngày mai có phải là ngày 5 không?", "Is tomorrow the 5th?"),
    ("Hôm qua có phải Chủ nhật không?", "Was yesterday Sunday?"),
    ("Hôm qua là Chủ nhật phải không?", "Yesterday was Sunday, wasn't it?"),
    # not: "Mai" (may be a name), the month asked, what is on the day, not a date, no day "mùng" after the 10th,
    # a day that is none, a question without "không", "à" …, "ngày gì" (which occasion?), a softener said
    ("Mai là thứ mấy?", None), ("Hôm nay tháng mấy?", None), ("Hôm nay là sinh nhật tôi.", None),
    ("Ngày mai là cuối tuần.", None), ("Hôm nay là 23 tháng Chạp.", None), ("Hôm qua là ngày 23 tháng Chạp.", None),
    ("Hôm nay là ngày 15 tháng Giêng.", None), ("Hôm nay là mùng 15.", None), ("Hôm nay là ngày 32.", None),
    ("Hôm nay là thứ Hai?", None), ("Hôm nay là ngày gì?", None), ("Hôm nay là thứ Hai nhé.", None),
    ("Hôm nay là thứ Hai tuần sau.", None), ("Tối nay là thứ mấy?", None), ("Hôm nay ngày 3 tháng 5 tôi đi Huế.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Ngày nay là gì?" (nowadays), "Ngày ngày mai là gì?", "Ngày mai là gì?", "Ngày hôm qua là gì?"
    ("What's today's date?", "Hôm nay là ngày mấy?"),
    ("What is today's date?", "Hôm nay là ngày mấy?"),
    ("What's the date today?", "Hôm nay là ngày mấy?"),  # (the phrasebook's, the same)
    ("What's the date?", "Hôm nay là ngày mấy?"),
    ("What's the date tomorrow?", "Ngày mai là ngày mấy?"),
    ("What is tomorrow's date?", "Ngày mai là ngày mấy?"),
    ("What date is it tomorrow?", "Ngày mai là ngày mấy?"),
    ("What was the date yesterday?", "Hôm qua là ngày mấy?"),
    ("What was yesterday's date?", "Hôm qua là ngày mấy?"),
    ("What date was yesterday?", "Hôm qua là ngày mấy?"),
    ("What's the date the day after tomorrow?", "Ngày kia là ngày mấy?"),
    # v8: "Hôm nay là gì?", "Ngày đó là gì?", "Ngày nào ngày mai?", "Ngày này ngày mai là gì?"
    ("What day is today?", "Hôm nay là thứ mấy?"),
    ("What day is it?", "Hôm nay là thứ mấy?"),
    ("What day of the week is it today?", "Hôm nay là thứ mấy?"),
    ("What day is tomorrow?", "Ngày mai là thứ mấy?"),
    ("What day is it tomorrow?", "Ngày mai là thứ mấy?"),
    ("What day will it be tomorrow?", "Ngày mai là thứ mấy?"),
    ("What day was yesterday?", "Hôm qua là thứ mấy?"),
    # v8: "Ngày mai là thứ 5." (Thursday), "Ngày nay là ngày 3 tháng 5.", "Hôm nay là thứ ba." (Tuesday)
    ("Tomorrow is the 5th.", "Ngày mai là ngày 5."),
    ("Today's the 5th.", "Hôm nay là ngày 5."),
    ("Today is the 3rd.", "Hôm nay là ngày 3."),
    ("Today is the 3rd of May.", "Hôm nay là ngày 3 tháng 5."),
    ("Today is May 3.", "Hôm nay là ngày 3 tháng 5."),
    ("It's the 3rd of May today.", "Hôm nay là ngày 3 tháng 5."),
    ("Today's date is May 3.", "Hôm nay là ngày 3 tháng 5."),
    ("Yesterday was the 2nd of September.", "Hôm qua là ngày 2 tháng 9."),
    ("Today is Monday, May 3rd.", "Hôm nay là thứ Hai, ngày 3 tháng 5."),
    ("Today is Monday.", "Hôm nay là thứ Hai."),
    ("It's Monday today.", "Hôm nay là thứ Hai."),
    ("Tomorrow's Tuesday.", "Ngày mai là thứ Ba."),
    ("It'll be Tuesday tomorrow.", "Ngày mai là thứ Ba."),
    ("Yesterday was Sunday.", "Hôm qua là Chủ nhật."),
    ("Today is Friday!", "Hôm nay là thứ Sáu!"),
    ("It was Sunday yesterday.", "Hôm qua là Chủ nhật."),
    ("The day after tomorrow is Friday.", "Ngày kia là thứ Sáu."),
    # v8: "Hôm nay có thứ Hai không?"
    ("Is today Monday?", "Hôm nay có phải là thứ Hai không?"),
    ("Is it Friday today?", "Hôm nay có phải là thứ Sáu không?"),
    ("Is tomorrow the 5th?", "Ngày mai có phải là ngày 5 không?"),
    ("Was yesterday Sunday?", "Hôm qua có phải là Chủ nhật không?"),
    # not: "was" or "is" not agreeing with the day, no day said of something past ("What day was it?"), "It's Monday."
    # with no day (maybe of something else), a date that is none, a number in words, what is on a day, the month
    ("Yesterday is Sunday.", None), ("Tomorrow was Tuesday.", None), ("Today will be Monday.", None),
    ("What was the date tomorrow?", None), ("What is the date yesterday?", None), ("What day was it?", None),
    ("What day is tomorrow be?", None), ("It's Monday.", None), ("It's the 3rd of May.", None),
    ("Tomorrow is the 5st.", None), ("Today is the fifth.", None), ("Today is my birthday.", None),
    ("Today's date is Monday.", None), ("What month is it?", None), ("I'll see you tomorrow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
