"""Days off and holidays: on holiday, going, back; off work on a day; a day off named, asked, had, needed, both ways
(mt/days_off.py)."""
import pytest

from mt.days_off import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Tomorrow, I'll be idle." (mt/workdays.py's, "mai" read as "ngày mai")
    ("Mai tôi được nghỉ.", "I have the day off tomorrow."),
    ("Mai bạn có được nghỉ không?", "Do you have the day off tomorrow?"),
    # v8: "I'm going to go away.", "I'm going to vacation.", "Next week, we'll go away.", "Are you moving away?"
    ("Tôi đang đi nghỉ.", "I'm on holiday."),
    ("Tôi đang đi nghỉ mát.", "I'm on holiday."),
    ("Cô ấy đang đi nghỉ.", "She's on holiday."),
    ("Bạn có đang đi nghỉ không?", "Are you on holiday?"),
    ("Anh có đang đi nghỉ không?", "Are you on holiday?"),
    ("Tuần sau chúng tôi đi nghỉ.", "We're going on holiday next week."),
    ("Tháng sau tôi sẽ đi nghỉ.", "I'm going on holiday next month."),
    ("Mai tôi đi nghỉ.", "I'm going on holiday tomorrow."),
    ("Tuần sau bạn có đi nghỉ không?", "Are you going on holiday next week?"),
    ("Năm nay chúng tôi không đi nghỉ.", "We're not going on holiday this year."),
    # v8: "In the last year, do you go away?"
    ("Năm ngoái bạn có đi nghỉ không?", "Did you go on holiday last year?"),
    ("Năm ngoái chúng tôi đã đi nghỉ.", "We went on holiday last year."),
    # v8: "I was just going to leave.", "Are they a vacation?", "When will you go to away?"
    ("Tôi vừa đi nghỉ về.", "I've just come back from holiday."),
    ("Chúng tôi vừa đi nghỉ mát về.", "We've just come back from holiday."),
    ("Họ đi nghỉ về chưa?", "Are they back from holiday yet?"),
    ("Tôi đi nghỉ về rồi.", "I'm back from holiday."),
    ("Khi nào bạn đi nghỉ?", "When are you going on holiday?"),
    ("Bao giờ mẹ bạn đi nghỉ về?", "When will your mother be back from holiday?"),
    # v8: "I had a vacation today.", "Yesterday, do you have a break?", "I had a break of two days."
    ("Hôm nay tôi nghỉ làm.", "I'm off work today."),
    ("Hôm qua tôi nghỉ làm.", "I was off work yesterday."),
    ("Hôm qua bạn có nghỉ làm không?", "Were you off work yesterday?"),
    ("Ngày mai tôi sẽ nghỉ làm.", "I'll be off work tomorrow."),
    ("Tôi đã nghỉ làm hai ngày.", "I took two days off work."),
    ("Tuần sau tôi nghỉ làm ba ngày.", "I'm taking three days off work next week."),
    # v8: "What are your holidays?", "Today is my holiday.", "My holiday is Sunday."
    ("Ngày nghỉ của bạn là ngày nào?", "When is your day off?"),
    ("Ngày nghỉ của bạn là thứ mấy?", "What day is your day off?"),
    ("Ngày nghỉ của tôi là Chủ nhật.", "My day off is Sunday."),
    ("Hôm nay là ngày nghỉ của tôi.", "Today is my day off."),
    ("Chủ nhật là ngày nghỉ của tôi.", "Sunday is my day off."),
    ("Hôm qua là ngày nghỉ của tôi.", "Yesterday was my day off."),
    ("Hôm nay có phải là ngày nghỉ của bạn không?", "Is today your day off?"),
    # v8: "I had a two-week break.", "I have three days away.", "Next week, my mother will be a week."
    ("Tôi được nghỉ hai tuần.", "I have two weeks off."),
    ("Tôi có ba ngày nghỉ.", "I have three days off."),
    ("Tuần sau mẹ tôi được nghỉ một tuần.", "My mother has a week off next week."),
    # v8: "I need a holiday.", "I need to take a day.", "I'd like to take a day."
    ("Tôi cần một ngày nghỉ.", "I need a day off."),
    ("Tôi cần nghỉ một ngày.", "I need to take a day off."),
    ("Mẹ tôi muốn nghỉ hai ngày.", "My mother wants to take two days off."),
    ("Bạn có cần nghỉ một tuần không?", "Do you need to take a week off?"),
    ("Tôi không cần một ngày nghỉ.", "I don't need a day off."),
    # not: a day off "được nghỉ" with a whole day (mt/workdays.py's), leave, "đi nghỉ" with nothing that says when
    # (to rest? to bed?), gone to bed ("đi nghỉ rồi"), a part of a day, "Mai" before a name, "anh" saying it (may be
    # the speaker), "nghỉ làm" without a day (quitting?), whose day off by kin alone, "nghỉ" alone, a place (trips)
    ("Mai tôi đi nghỉ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Ngày mai tôi được nghỉ.", None), ("Cô ấy đang nghỉ phép.", None), ("Tôi đi nghỉ.", None),
    ("Mẹ tôi đi nghỉ rồi.", None), ("Tối nay tôi đi nghỉ.", None), ("Mai Lan đi nghỉ.", None),
    ("Anh đang đi nghỉ.", None), ("Tôi đã nghỉ làm.", None), ("Ngày nghỉ của anh là ngày nào?", None),
    ("Hôm nay tôi nghỉ.", None), ("Tôi đã đi nghỉ.", None), ("Tôi sẽ đi nghỉ ở Đà Nẵng.", None),
    ("Tuần sau tôi đã đi nghỉ.", None), ("Cuối tuần tôi đi nghỉ.", None), ("Mai tôi xin nghỉ phép ba ngày.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vào ngày lễ." (into the public holiday), "Bạn đang vào ngày lễ?", "Chúng tôi vào ngày lễ này."
    ("I'm on holiday.", "Tôi đang đi nghỉ."),
    ("She's on holiday.", "Cô ấy đang đi nghỉ."),
    ("They're on vacation.", "Họ đang đi nghỉ."),
    ("My mother is on holiday.", "Mẹ tôi đang đi nghỉ."),
    ("Are you on holiday?", "Bạn có đang đi nghỉ không?"),
    ("Is your mother on holiday?", "Mẹ bạn có đang đi nghỉ không?"),
    ("We're on holiday this week.", "Tuần này chúng tôi đang đi nghỉ."),
    ("I was on holiday last week.", "Tuần trước tôi đi nghỉ."),
    ("She'll be on vacation.", "Cô ấy sẽ đi nghỉ."),
    ("I won't be on holiday next week.", "Tuần sau tôi sẽ không đi nghỉ."),
    # v8: "Tôi sẽ vào ngày lễ.", "Chúng tôi sẽ vào ngày lễ vào tuần tới.", "Chúng tôi vào ngày lễ năm ngoái."
    ("I'm going on holiday.", "Tôi sẽ đi nghỉ."),
    ("We're going on holiday next week.", "Tuần sau chúng tôi đi nghỉ."),
    ("Are you going on holiday next week?", "Tuần sau bạn có đi nghỉ không?"),
    ("We're not going on holiday this year.", "Năm nay chúng tôi không đi nghỉ."),
    ("We went on holiday last year.", "Năm ngoái chúng tôi đã đi nghỉ."),
    ("Did you go on holiday last year?", "Năm ngoái bạn có đi nghỉ không?"),
    ("When are you going on holiday?", "Khi nào bạn đi nghỉ?"),
    ("When will you be back from holiday?", "Khi nào bạn đi nghỉ về?"),
    # v8: "Tôi vừa quay lại từ ngày lễ.", "Tôi chỉ quay lại từ ngày lễ."
    ("I've just come back from holiday.", "Tôi vừa đi nghỉ về."),
    ("She's just come back from holiday.", "Cô ấy vừa đi nghỉ về."),
    ("We just got back from holiday.", "Chúng tôi vừa đi nghỉ về."),
    ("Are you back from holiday?", "Bạn đã đi nghỉ về chưa?"),
    # v8: "Tôi bị tắt hôm qua." (switched off), "Tôi lấy ngày hôm qua.", "Tôi đang dùng ngày mai tắt."
    ("I was off work yesterday.", "Hôm qua tôi nghỉ làm."),
    ("Were you off work yesterday?", "Hôm qua bạn có nghỉ làm không?"),
    ("I took the day off yesterday.", "Hôm qua tôi nghỉ làm."),
    ("I took yesterday off.", "Hôm qua tôi nghỉ làm."),
    ("I'm taking tomorrow off.", "Ngày mai tôi sẽ nghỉ làm."),
    ("She is taking the day off tomorrow.", "Ngày mai cô ấy sẽ nghỉ làm."),
    # v8: "Khi nào Ngày của bạn tắt đi?", "Hôm nay là ngày của tôi bị tắt.", "Đó là ngày của tôi."
    ("When is your day off?", "Ngày nghỉ của bạn là ngày nào?"),
    ("When's his day off?", "Ngày nghỉ của anh ấy là ngày nào?"),
    ("What day is your day off?", "Ngày nghỉ của bạn là thứ mấy?"),
    ("My day off is Sunday.", "Ngày nghỉ của tôi là Chủ nhật."),
    ("Today is my day off.", "Hôm nay là ngày nghỉ của tôi."),
    ("Tomorrow is my day off.", "Ngày mai là ngày nghỉ của tôi."),
    ("Yesterday was my day off.", "Hôm qua là ngày nghỉ của tôi."),
    ("Is Sunday your day off?", "Chủ nhật có phải là ngày nghỉ của bạn không?"),
    ("It's my day off.", "Hôm nay là ngày nghỉ của tôi."),
    # v8: "Tôi mất ba ngày." (lose), "Tôi có hai tuần vào tháng trước.", "Bạn có cần một ngày tắt không?"
    ("I have three days off.", "Tôi được nghỉ ba ngày."),
    ("She has a week off next week.", "Tuần sau cô ấy được nghỉ một tuần."),
    ("I had two weeks off last month.", "Tháng trước tôi được nghỉ hai tuần."),
    ("I need a day off.", "Tôi cần một ngày nghỉ."),
    ("Do you need a day off?", "Bạn có cần một ngày nghỉ không?"),
    ("She needs two days off.", "Cô ấy cần hai ngày nghỉ."),
    ("I'd like to take a day off.", "Tôi muốn nghỉ một ngày."),
    ("I want to take a week off.", "Tôi muốn nghỉ một tuần."),
    # not: "is", "has", "needs", "do" not agreeing; a day not agreeing with the tense; "I'm off work today", "I took a
    # day off" and "on leave" (mt/workdays.py's); a place (mt/trips.py's); a part of a day; "not on holiday" now
    ("My mother are on holiday.", None), ("She have a week off.", None), ("She need two days off.", None),
    ("When do she go on holiday?", None), ("I has just come back from holiday.", None),
    ("Yesterday is my day off.", None), ("I'm off work yesterday.", None), ("She were off work yesterday.", None),
    ("I was on holiday next week.", None), ("I need a days off.", None), ("I'm off work today.", None),
    ("I took a day off.", None), ("We're on leave this week.", None), ("I'm on holiday in Da Nang.", None),
    ("I'm on holiday tonight.", None), ("She's not on holiday.", None), ("Did you have a good holiday?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đang đi nghỉ.", "en", "vi") is None
    assert translate("I'm on holiday.", "vi", "en") is None
    assert translate("I'm on holiday.", "en", "fr") is None
