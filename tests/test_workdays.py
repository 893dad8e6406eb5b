"""Days off, leave, overtime, shifts, and quitting, losing or starting a job, said or asked, both ways
(mt/workdays.py)."""
import pytest

from mt import phrasebook
from mt.workdays import translate


@pytest.mark.parametrize("text, said", [
    # a day off (v7: "I'm apart today.", "Are you a holiday today?", "What are you a holiday?")
    ("Hôm nay tôi được nghỉ.", "I have the day off today."),
    ("Ngày mai tôi được nghỉ.", "I have the day off tomorrow."),
    ("Thứ bảy tôi được nghỉ.", "I have the day off on Saturday."),
    ("Tôi được nghỉ vào thứ hai.", "I have the day off on Monday."),
    ("Hôm nay anh ấy được nghỉ làm.", "He has the day off today."),
    ("Hôm nay tôi không được nghỉ.", "I don't have the day off today."),
    ("Ngày mai tôi sẽ được nghỉ.", "I'll have the day off tomorrow."),
    ("Ngày mai tôi sẽ không được nghỉ.", "I won't have the day off tomorrow."),
    ("Hôm qua tôi được nghỉ.", "I had the day off yesterday."),
    ("Hôm nay bạn có được nghỉ không?", "Do you have the day off today?"),
    ("Hôm qua bạn có được nghỉ không?", "Did you have the day off yesterday?"),
    ("Bạn có được nghỉ vào thứ bảy không?", "Do you have the day off on Saturday?"),
    ("Tuần sau tôi được nghỉ.", "I'm off next week."),
    ("Cuối tuần này mẹ tôi được nghỉ.", "My mother is off this weekend."),
    ("Bạn được nghỉ ngày nào?", "Which days are you off?"),
    ("Mẹ bạn được nghỉ những ngày nào?", "Which days is your mother off?"),
    ("Anh được nghỉ ngày nào?", "Which days are you off?"),
    # leave (v7: "I'm sorry to take three days.", "My mother was sick.")
    ("Tôi xin nghỉ phép ba ngày.", "I've asked for three days off."),
    # (stop 55; v8: "I'm allowed for a week.")
    ("Tôi được nghỉ phép một tuần.", "I get a week off."),
    ("Năm ngoái mẹ tôi được nghỉ phép hai tuần.", "My mother got two weeks off last year."),
    ("Tôi được nghỉ phép.", None), ("Bạn có được nghỉ phép một tuần không?", None),
    ("Hôm nay tôi xin nghỉ ốm.", "I called in sick today."),  # (v8: "I'm sick today.")
    ("Hôm qua mẹ tôi xin nghỉ ốm.", "My mother called in sick yesterday."),
    ("Tôi xin nghỉ ốm.", None), ("Ngày mai tôi xin nghỉ ốm.", None),
    ("Tôi xin nghỉ một tuần.", "I've asked for a week off."),
    ("Lan đã xin nghỉ phép hai ngày.", "Lan has asked for two days off."),
    ("Tuần sau tôi sẽ nghỉ phép ba ngày.", "I'm taking three days off next week."),
    ("Tháng trước tôi nghỉ phép một tuần.", "I took a week off last month."),
    ("Tôi đang nghỉ phép.", "I'm on leave."),
    ("Hôm nay tôi nghỉ phép.", "I'm on leave today."),
    ("Mẹ tôi đang nghỉ ốm.", "My mother is off sick."),
    ("Hôm qua tôi nghỉ ốm.", "I was off sick yesterday."),
    ("Bạn có đang nghỉ phép không?", "Are you on leave?"),
    ("Tuần sau chị tôi sẽ nghỉ thai sản.", "My sister will be on maternity leave next week."),
    # overtime (v7 with the rules on: "I have to make more hours tonight.", "Tonight, I have to increase hangs.")
    ("Tôi phải làm thêm giờ tối nay.", "I have to work overtime tonight."),
    ("Tôi phải đi làm thêm giờ.", "I have to work overtime."),  # (stop 55; v8: "… go to work for hours.")
    ("Tôi đi làm ca đêm.", None),  # (going to it now, or a habit?)
    ("Tối nay tôi phải tăng ca.", "I have to work overtime tonight."),
    ("Hôm qua tôi phải làm thêm giờ.", "I had to work overtime yesterday."),
    ("Mẹ tôi không phải làm thêm giờ.", "My mother doesn't have to work overtime."),
    ("Bạn có phải làm thêm giờ không?", "Do you have to work overtime?"),
    ("Tôi thường làm thêm giờ.", "I often work overtime."),
    ("Anh ấy thường làm thêm giờ vào cuối tuần.", "He usually works overtime at the weekend."),
    ("Tôi không bao giờ làm thêm giờ.", "I never work overtime."),
    ("Bạn có hay làm thêm giờ không?", "Do you often work overtime?"),
    ("Ngày mai tôi sẽ làm thêm giờ.", "I'll work overtime tomorrow."),
    ("Tối nay bạn có làm thêm giờ không?", "Are you working overtime tonight?"),
    ("Hôm qua tôi làm thêm giờ.", "I worked overtime yesterday."),
    # shifts (v7: "I did the night.", "What do you do today?")
    ("Tôi làm ca đêm.", "I work the night shift."),
    ("Bố tôi làm ca đêm.", "My father works the night shift."),
    ("Tôi không làm ca đêm.", "I don't work the night shift."),
    ("Hôm nay tôi làm ca sáng.", "I'm working the morning shift today."),
    ("Tôi đang làm ca chiều.", "I'm working the afternoon shift."),
    ("Bạn có làm ca đêm không?", "Do you work the night shift?"),
    ("Bạn làm ca nào?", "Which shift do you work?"),
    ("Hôm nay bạn làm ca nào?", "Which shift are you working today?"),
    ("Hôm qua bạn làm ca nào?", "Which shift did you work yesterday?"),
    # quitting, losing, starting, finding a job (v7: "I'll take a job next month.", "I've just been a vacation.")
    ("Tôi sẽ nghỉ việc vào tháng sau.", "I'm going to quit my job next month."),
    ("Bố tôi sẽ nghỉ việc vào năm sau.", "My father is going to quit his job next year."),
    ("Tôi sẽ không nghỉ việc.", "I'm not going to quit my job."),
    ("Tôi sắp nghỉ việc.", "I'm about to quit my job."),
    ("Tôi định nghỉ việc.", "I'm planning to quit my job."),
    ("Bạn có định nghỉ việc không?", "Are you planning to quit your job?"),
    ("Tôi muốn nghỉ việc.", "I want to quit my job."),
    ("Tôi không muốn nghỉ việc.", "I don't want to quit my job."),
    ("Bạn có muốn nghỉ việc không?", "Do you want to quit your job?"),
    ("Tôi vừa nghỉ việc.", "I've just quit my job."),
    ("Anh ấy vừa bỏ việc.", "He's just quit his job."),
    ("Tôi nghỉ việc rồi.", "I've quit my job."), ("Tôi đã nghỉ việc.", "I've quit my job."),
    ("Tháng trước tôi nghỉ việc.", "I quit my job last month."),
    ("Bạn đã nghỉ việc chưa?", "Have you quit your job yet?"),
    ("Tôi vừa bị mất việc.", "I just lost my job."),
    ("Em gái tôi vừa bị mất việc.", "My sister just lost her job."),
    ("Bác Hùng bị mất việc.", "Uncle Hung lost his job."), ("Tôi bị mất việc.", "I lost my job."),
    ("Tôi mới bắt đầu công việc mới.", "I just started a new job."),
    ("Lan vừa bắt đầu công việc mới.", "Lan just started a new job."),
    ("Tuần sau tôi sẽ bắt đầu công việc mới.", "I'm going to start a new job next week."),
    ("Tôi vừa tìm được việc mới.", "I just found a new job."),
    ("Bạn đã tìm được việc mới chưa?", "Have you found a new job yet?"),
    # not: no day ("được nghỉ" may be let rest); "anh" saying it; a day not read; two days; asked without "có"; "nghỉ"
    # with no "xin" nor kind of leave; "làm thêm" as a habit (a job on the side); "nghỉ việc" on one day (a day off?)
    # or with nothing said of when; whose job for a name alone or a friend; "nghỉ hưu" (mt/people.py)
    ("Tôi được nghỉ.", None), ("Anh được nghỉ.", None), ("Tôi được nghỉ hôm đó.", None),
    ("Hôm nay tôi được nghỉ vào thứ hai.", None), ("Bạn được nghỉ hôm nay không?", None),
    ("Hôm nay tôi được nghỉ ngơi.", None), ("Tôi nghỉ ba ngày.", None), ("Tôi xin nghỉ phép.", None),
    ("Tôi thường làm thêm.", None), ("Ngày mai tôi sẽ nghỉ việc.", None), ("Tôi nghỉ việc.", None),
    ("Lan vừa nghỉ việc.", None), ("Bạn tôi vừa nghỉ việc.", None), ("Tôi sẽ nghỉ hưu vào năm sau.", None),
    ("Hôm qua tôi sẽ làm thêm giờ.", None), ("Tôi làm thêm ở quán cà phê.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # a day off (v7: "Tôi có ngày hôm nay.", "Hôm nay cậu có một ngày tắt không?", "Cậu bỏ lỡ những ngày nào?")
    ("I have the day off today.", "Hôm nay tôi được nghỉ."),
    # called in sick (stop 55; v8: "Tôi gọi trong bệnh hôm nay.")
    ("I called in sick today.", "Hôm nay tôi xin nghỉ ốm."), ("She called in sick.", "Cô ấy đã xin nghỉ ốm."),
    ("My mother called in sick yesterday.", "Hôm qua mẹ tôi xin nghỉ ốm."), ("I called in sick tomorrow.", None),
    ("I have the day off tomorrow.", "Ngày mai tôi được nghỉ."),
    ("He has the day off tomorrow.", "Ngày mai anh ấy được nghỉ."),
    ("I have Monday off.", "Tôi được nghỉ vào thứ Hai."),
    ("Do you have Saturday off?", "Bạn có được nghỉ vào thứ Bảy không?"),
    ("She doesn't have the day off today.", "Hôm nay cô ấy không được nghỉ."),
    ("Did you have the day off yesterday?", "Hôm qua bạn có được nghỉ không?"),
    ("I had the day off yesterday.", "Hôm qua tôi được nghỉ."),
    ("I'll have the day off tomorrow.", "Ngày mai tôi sẽ được nghỉ."),
    ("Will you have the day off tomorrow?", "Ngày mai bạn có được nghỉ không?"),
    ("I'm off on Monday.", "Tôi được nghỉ vào thứ Hai."), ("I'm off today.", "Hôm nay tôi được nghỉ."),
    ("Are you off tomorrow?", "Ngày mai bạn có được nghỉ không?"),
    ("I'm not off next week.", "Tuần sau tôi không được nghỉ."),
    ("Which days are you off?", "Bạn được nghỉ ngày nào?"),
    ("What days does your mother have off?", "Mẹ bạn được nghỉ ngày nào?"),
    # leave (v7: "Tôi đã hỏi trong ba ngày.", "Tôi mất 3 ngày vào tuần tới.", "Cô ấy bị ốm.")
    ("I've asked for three days off.", "Tôi đã xin nghỉ phép ba ngày."),
    ("I asked for three days off.", "Tôi đã xin nghỉ phép ba ngày."),
    ("She's asked for a week off.", "Cô ấy đã xin nghỉ phép một tuần."),
    ("I'm taking three days off next week.", "Tuần sau tôi sẽ nghỉ phép ba ngày."),
    ("I'm going to take two days off next month.", "Tháng sau tôi sẽ nghỉ phép hai ngày."),
    ("I'm on leave.", "Tôi đang nghỉ phép."), ("She's off sick.", "Cô ấy đang nghỉ ốm."),
    ("She isn't on leave.", "Cô ấy không nghỉ phép."),
    ("I was on leave last week.", "Tuần trước tôi nghỉ phép."),
    ("He'll be on leave next week.", "Tuần sau anh ấy sẽ nghỉ phép."),
    ("Is your mother off sick today?", "Hôm nay mẹ bạn có nghỉ ốm không?"),
    ("Are you on maternity leave?", "Bạn có đang nghỉ thai sản không?"),
    # overtime (v7 with the rules on: "Tôi phải làm việc qua giờ tối nay.", "Anh ta thường làm việc suốt thời gian.")
    ("I have to work overtime tonight.", "Tối nay tôi phải làm thêm giờ."),
    ("She has to work overtime on Saturday.", "Cô ấy phải làm thêm giờ vào thứ Bảy."),
    ("I had to work overtime yesterday.", "Hôm qua tôi phải làm thêm giờ."),
    ("Did you have to work overtime yesterday?", "Hôm qua bạn có phải làm thêm giờ không?"),
    ("I don't have to work overtime tonight.", "Tối nay tôi không phải làm thêm giờ."),
    ("Do you have to work overtime?", "Bạn có phải làm thêm giờ không?"),
    ("I often work overtime.", "Tôi thường làm thêm giờ."), ("He often works overtime.", "Anh ấy thường làm thêm giờ."),
    ("Do you often work overtime?", "Bạn có hay làm thêm giờ không?"),
    ("Are you working overtime tonight?", "Tối nay bạn có làm thêm giờ không?"),
    ("I'm not working overtime tonight.", "Tối nay tôi không làm thêm giờ."),
    ("I'll work overtime tomorrow.", "Ngày mai tôi sẽ làm thêm giờ."),
    ("I worked overtime yesterday.", "Hôm qua tôi làm thêm giờ."), ("I worked overtime.", "Tôi đã làm thêm giờ."),
    # shifts (v7: "Tôi làm việc đêm.", "Bạn có dịch chuyển nào không?")
    ("I work the night shift.", "Tôi làm ca đêm."),
    ("Does she usually work the night shift?", "Cô ấy có thường làm ca đêm không?"),
    ("I'm working the night shift tomorrow.", "Ngày mai tôi làm ca đêm."),
    ("I'm working the night shift.", "Tôi đang làm ca đêm."),
    ("I won't work the night shift.", "Tôi sẽ không làm ca đêm."),
    ("Which shift do you work?", "Bạn làm ca nào?"),
    ("Which shift are you working today?", "Hôm nay bạn làm ca nào?"),
    ("Which shift does your father work?", "Bố bạn làm ca nào?"),
    # jobs (v7: "Tháng tới tôi đang bỏ công việc của tôi.", "Tôi chỉ mất công việc của tôi.")
    ("I'm quitting my job next month.", "Tháng sau tôi sẽ nghỉ việc."),
    ("I'm going to quit my job next month.", "Tháng sau tôi sẽ nghỉ việc."),
    ("My mother is going to quit her job next month.", "Tháng sau mẹ tôi sẽ nghỉ việc."),
    ("I'm not going to quit my job.", "Tôi sẽ không nghỉ việc."),
    ("Are you going to quit your job?", "Bạn có định nghỉ việc không?"),
    ("I'm planning to quit my job.", "Tôi định nghỉ việc."),
    ("She wants to quit her job.", "Cô ấy muốn nghỉ việc."),
    ("Does he want to quit his job?", "Anh ấy có muốn nghỉ việc không?"),
    ("I don't want to quit my job.", "Tôi không muốn nghỉ việc."),
    ("I've just quit my job.", "Tôi vừa nghỉ việc."), ("He's just quit his job.", "Anh ấy vừa nghỉ việc."),
    ("I've quit my job.", "Tôi đã nghỉ việc."), ("I quit my job last month.", "Tháng trước tôi đã nghỉ việc."),
    ("I just lost my job.", "Tôi vừa bị mất việc."), ("Lan lost her job.", "Lan đã bị mất việc."),
    ("I'm about to lose my job.", "Tôi sắp bị mất việc."),
    ("I just started a new job.", "Tôi vừa bắt đầu công việc mới."),
    ("I'm starting a new job next week.", "Tuần sau tôi sẽ bắt đầu công việc mới."),
    ("I started a new job last month.", "Tháng trước tôi đã bắt đầu công việc mới."),
    ("I got a new job.", "Tôi đã tìm được việc mới."),
    ("Have you found a new job yet?", "Bạn đã tìm được việc mới chưa?"),
    ("Has Lan found a new job yet?", "Lan đã tìm được việc mới chưa?"),
    ("I haven't found a new job yet.", "Tôi chưa tìm được việc mới."),
    # not: "has", "do", "is", "want" not agreeing with who; whose job not theirs; "off" alone or with a part of a day
    # (leaving?); "day" of more than one; a time that does not go with what is said; "quitting" on one day
    ("I has the day off today.", None), ("He have the day off today.", None), ("Does he has the day off today?", None),
    ("Which days is you off?", None), ("I'm off.", None), ("I'm off tonight.", None), ("I'm off now.", None),
    ("I have the day off next week.", None), ("I'm taking three day off.", None), ("I'm taking a days off.", None),
    ("I am on leave yesterday.", None), ("I were on leave last week.", None), ("He often work overtime.", None),
    ("I works overtime.", None), ("Which shift do he work?", None), ("She want to quit her job.", None),
    ("My mother is going to quit his job next month.", None), ("I'm going to quit your job.", None),
    ("I'm quitting my job tomorrow.", None), ("I started a new job tomorrow.", None), ("I'm losing my job.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Hôm nay tôi được nghỉ.", "en", "vi") is None
    assert translate("I have the day off today.", "vi", "en") is None
    assert translate("I have the day off today.", "en", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Hôm nay tôi được nghỉ.", "vi", "en") == "I have the day off today."
