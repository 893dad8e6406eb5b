"""How and where people work: from home, part-time, shifts, weekends, an internship, a part-time job and colleagues,
both ways (mt/work_patterns.py)."""
import pytest

from mt.work_patterns import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I work at home today." (not "working from", and the arrangement read as a habit)
    ("Hôm nay tôi làm việc ở nhà.", "I'm working from home today."),
    ("Tôi đang làm việc ở nhà.", "I'm working from home."),
    ("Anh ấy làm việc ở nhà.", "He works from home."),
    ("Bạn có làm việc ở nhà không?", "Do you work from home?"),
    ("Hôm nay bạn có làm việc ở nhà không?", "Are you working from home today?"),
    ("Ngày mai tôi sẽ làm việc ở nhà.", "I'll work from home tomorrow."),
    ("Hôm qua tôi làm việc ở nhà.", "I worked from home yesterday."),
    ("Hôm nay tôi không làm việc ở nhà.", "I'm not working from home today."),
    ("Mẹ tôi làm việc ở nhà mỗi ngày.", "My mother works from home every day."),
    ("Tôi vẫn đang làm việc ở nhà.", "I'm still working from home."),
    ("Tôi làm việc từ xa.", "I work remotely."),
    # v8: "She makes time selling.", "He added in a bar of coffee.", "My mother did all the time."
    ("Cô ấy làm bán thời gian.", "She works part-time."),
    ("Cô ấy làm việc bán thời gian.", "She works part-time."),
    ("Anh ấy làm thêm ở một quán cà phê.", "He works part-time at a café."),
    ("Em gái tôi đi làm thêm.", "My sister works part-time."),
    ("Mẹ tôi làm toàn thời gian.", "My mother works full-time."),
    # v8: "I did in the cave.", "I works night.", "He worked at the weekend."
    ("Tôi làm theo ca.", "I work shifts."),
    ("Bạn có làm việc theo ca không?", "Do you work shifts?"),
    ("Tôi làm việc ca đêm.", "I work night shifts."),
    ("Anh ấy làm việc vào cuối tuần.", "He works weekends."),
    ("Tôi không làm việc vào cuối tuần.", "I don't work weekends."),
    # v8: "She is working in a company.", "My sister is executing at the bank.", "She's a genuine."
    ("Cô ấy đang thực tập ở một công ty.", "She's doing an internship at a company."),
    ("Em gái tôi đang thực tập ở ngân hàng.", "My sister is doing an internship at a bank."),
    ("Cô ấy đang thực tập.", "She's doing an internship."),
    ("Năm ngoái tôi thực tập ở một ngân hàng.", "I did an internship at a bank last year."),
    ("Bạn đang thực tập ở đâu?", "Where are you doing your internship?"),
    ("Anh ấy thực tập ở đâu?", "Where is he doing his internship?"),
    ("Cô ấy là thực tập sinh.", "She's an intern."),
    ("Tôi là thực tập sinh ở một công ty.", "I'm an intern at a company."),
    # review: "They're an intern."
    ("Họ là thực tập sinh.", "They're interns."),
    ("Chúng tôi là thực tập sinh ở một công ty.", "We're interns at a company."),
    # v8: "I'm looking for more work.", "I'm looking for time sales.", "I want to find more jobs."
    ("Tôi đang tìm việc làm thêm.", "I'm looking for a part-time job."),
    ("Tôi đang tìm một công việc bán thời gian.", "I'm looking for a part-time job."),
    ("Bạn có đang tìm việc làm thêm không?", "Are you looking for a part-time job?"),
    ("Bạn có việc làm thêm không?", "Do you have a part-time job?"),
    ("Cô ấy có việc làm thêm ở siêu thị.", "She has a part-time job at a supermarket."),
    ("Anh ấy vừa tìm được việc làm thêm.", "He's just found a part-time job."),
    ("Tôi muốn tìm việc làm thêm.", "I want to find a part-time job."),
    # v8: "My colleague is very good." (one, and "good")
    ("Đồng nghiệp của tôi rất tốt.", "My colleagues are really nice."),
    ("Các đồng nghiệp của tôi tốt lắm.", "My colleagues are really nice."),
    ("Đồng nghiệp của bạn có tốt không?", "Are your colleagues nice?"),
    ("Đồng nghiệp của anh ấy khá dễ chịu.", "His colleagues are quite nice."),
    # not: "làm thêm" alone or with a day (overtime?: mt/workdays.py), a weekday (this Friday or every Friday?),
    # "anh", "em" alone saying it, "đã" with no day, shifts with a day, a workplace with whose, a name's own
    # internship, "nhà hàng" (a restaurant), colleagues friendly (mt/traits.py), "whose" of "anh" (mine or yours?)
    ("Tôi làm theo ca nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy làm thêm.", None), ("Chị tôi làm thêm vào cuối tuần.", None), ("Tôi làm việc ở nhà vào thứ sáu.", None),
    ("Anh làm việc ở nhà.", None), ("Em đang thực tập.", None), ("Tôi đã làm việc ở nhà.", None),
    ("Ngày mai tôi làm theo ca.", None), ("Tôi đang thực tập ở công ty tôi.", None), ("Lan thực tập ở đâu?", None),
    ("Tôi làm việc ở nhà hàng.", None), ("Đồng nghiệp của tôi rất thân thiện.", None),
    ("Đồng nghiệp của anh rất tốt.", None), ("Hôm qua tôi sẽ làm việc ở nhà.", None),
    ("Bạn có việc làm thêm chưa?", None),
    # review: "làm thêm" with a day or at a company, an office (overtime?), an internship every day or often,
    # "không đang" (not Vietnamese)
    ("Hôm nay tôi làm thêm ở công ty.", None), ("Hôm qua anh ấy làm thêm ở siêu thị.", None),
    ("Anh ấy làm thêm ở công ty.", None), ("Anh ấy làm thêm ở văn phòng.", None), ("Hôm nay tôi đi làm thêm.", None),
    ("Anh ấy thực tập mỗi ngày.", None), ("Anh ấy thường thực tập ở ngân hàng.", None),
    ("Anh ấy không đang tìm việc làm thêm.", None), ("Anh ấy không đang làm việc ở nhà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi làm việc ở nhà hôm nay." (the day last), "Tôi làm việc từ nhà." (from the house)
    ("I'm working from home today.", "Hôm nay tôi làm việc ở nhà."),
    ("I work from home.", "Tôi làm việc ở nhà."),
    ("Do you work from home?", "Bạn có làm việc ở nhà không?"),
    ("Are you working from home today?", "Hôm nay bạn có làm việc ở nhà không?"),
    ("I don't work from home.", "Tôi không làm việc ở nhà."),
    ("I'll work from home tomorrow.", "Ngày mai tôi sẽ làm việc ở nhà."),
    ("Did you work from home yesterday?", "Hôm qua bạn có làm việc ở nhà không?"),
    ("Do you often work from home?", "Bạn có hay làm việc ở nhà không?"),
    ("I'm still working from home.", "Tôi vẫn đang làm việc ở nhà."),
    ("She works from home every day.", "Mỗi ngày cô ấy làm việc ở nhà."),
    # v8: "Anh ấy làm việc thay đổi đêm.", "Cô ấy làm việc một lúc.", "Tôi làm việc." (shifts lost)
    ("He works night shifts.", "Anh ấy làm ca đêm."),
    ("She works part-time.", "Cô ấy làm bán thời gian."),
    ("She works part-time at a supermarket.", "Cô ấy làm bán thời gian ở một siêu thị."),
    ("I work full-time.", "Tôi làm toàn thời gian."),
    ("I work shifts.", "Tôi làm việc theo ca."),
    ("Do you work shifts?", "Bạn có làm việc theo ca không?"),
    ("He works weekends.", "Anh ấy làm việc vào cuối tuần."),
    ("She doesn't work weekends.", "Cô ấy không làm việc vào cuối tuần."),
    # v8: "Cô ta đang can thiệp." (intervening), "Anh ta không can thiệp."
    ("She's doing an internship at a company.", "Cô ấy đang thực tập ở một công ty."),
    ("She's doing an internship.", "Cô ấy đang thực tập."),
    ("Is she doing an internship?", "Cô ấy có đang thực tập không?"),
    ("She did an internship at a bank last year.", "Năm ngoái cô ấy thực tập ở một ngân hàng."),
    ("Where are you doing your internship?", "Bạn đang thực tập ở đâu?"),
    ("He's an intern.", "Anh ấy là thực tập sinh."),
    ("They're interns.", "Họ là thực tập sinh."),
    ("We are interns at a bank.", "Chúng tôi là thực tập sinh ở một ngân hàng."),
    # v8: "Tôi đang tìm kiếm một công việc thời gian." (a time job)
    ("I'm looking for a part-time job.", "Tôi đang tìm việc làm thêm."),
    ("Are you looking for a part-time job?", "Bạn có đang tìm việc làm thêm không?"),
    ("She has a part-time job at a café.", "Cô ấy có việc làm thêm ở một quán cà phê."),
    ("I don't have a part-time job.", "Tôi không có việc làm thêm."),
    ("Does she want to find a part-time job?", "Cô ấy có muốn tìm việc làm thêm không?"),
    ("She's just found a part-time job.", "Cô ấy vừa tìm được việc làm thêm."),
    ("I just found a full-time job.", "Tôi vừa tìm được công việc toàn thời gian."),
    # v8: "Những đồng nghiệp của tôi thật đẹp." (beautiful)
    ("My colleagues are really nice.", "Đồng nghiệp của tôi rất tốt."),
    ("My colleague is really nice.", "Đồng nghiệp của tôi rất tốt."),
    ("Are your colleagues nice?", "Đồng nghiệp của bạn có tốt không?"),
    ("My coworkers are so kind.", "Đồng nghiệp của tôi rất tốt bụng."),
    # not: the verb, "do", "is" or "has" not agreeing with who, a day against the tense, a habit with "today", shifts
    # with a day, whose workplace, whose internship not who's, "Will you …?" with no day, a job of no kind
    ("She work part-time.", None), ("I works part-time.", None), ("Does she works from home?", None),
    ("Is you working from home today?", None), ("I'm working from home yesterday.", None),
    ("Do you work from home today?", None), ("He works shifts tomorrow.", None),
    ("She's doing an internship at my company.", None), ("Where is he doing her internship?", None),
    ("Will you work from home?", None), ("She have a part-time job.", None),
    ("She want to find a part-time job.", None), ("I'm looking for a job.", None), ("My colleague are nice.", None),
    ("She isn't an intern.", None), ("He works the night shift.", None),
    # review: "an intern" of many, "interns" of one ("bạn" is one)
    ("They're an intern.", None), ("We are an intern.", None), ("You're interns.", None), ("She is interns.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đang tìm việc làm thêm.", "en", "vi") is None
    assert translate("She works part-time.", "vi", "en") is None
    assert translate("She works part-time.", "en", "fr") is None
