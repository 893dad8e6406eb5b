"""Changes at work, looking for a job, a job interview and a workplace hiring, said or asked, both ways
(mt/careers.py)."""
import pytest

from mt.careers import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I've been raising the wages.", "He has been resigned.", "I'm chased the job.", "I'm a job."
    ("Tôi vừa được tăng lương.", "I just got a raise."),
    ("Anh ấy vừa được thăng chức.", "He just got promoted."),
    ("Tôi bị đuổi việc rồi.", "I've been fired."),
    ("Chị tôi bị sa thải.", "My sister was laid off."),
    ("Tôi đang xin việc.", "I'm applying for jobs."),
    ("Lan được nhận vào làm rồi.", "Lan got the job."),
    ("Bạn có được tăng lương không?", "Did you get a raise?"),
    ("Tôi không được tăng lương.", "I didn't get a raise."),
    ("Tôi đã không được tăng lương.", "I didn't get a raise."),
    ("Tôi chưa được tăng lương.", "I haven't got a raise yet."),
    ("Bạn đã được nhận vào làm chưa?", "Have you got the job yet?"),
    ("Bạn được thăng chức chưa?", "Have you been promoted yet?"),
    ("Anh có bị đuổi việc không?", "Were you fired?"),
    ("Hôm qua anh ấy bị đuổi việc.", "He was fired yesterday."),
    ("Tháng trước bố tôi bị sa thải.", "My father was laid off last month."),
    ("Tuần sau tôi được tăng lương.", "I'll get a raise next week."),
    ("Tôi sẽ không bị sa thải.", "I won't be laid off."),
    ("Tôi sắp được thăng chức.", "I'm about to get promoted."),
    ("Bác Hùng vừa được lên chức.", "Uncle Hung just got promoted."),
    ("Chị ấy bị cho nghỉ việc.", "She was laid off."),
    ("Tôi đã nộp đơn xin việc.", "I applied for a job."),
    ("Bạn có đang tìm việc không?", "Are you looking for a job?"),
    ("Tôi vẫn đang tìm việc.", "I'm still looking for a job."),
    ("Tôi có buổi phỏng vấn xin việc vào ngày mai.", "I have a job interview tomorrow."),
    ("Bạn có buổi phỏng vấn xin việc vào ngày mai không?", "Do you have a job interview tomorrow?"),
    ("Hôm qua tôi đi phỏng vấn.", "I had an interview yesterday."),
    ("Tôi sẽ có buổi phỏng vấn xin việc vào thứ Hai.", "I'll have a job interview on Monday."),
    ("Khi nào bạn phỏng vấn?", "When is your interview?"),
    ("Buổi phỏng vấn xin việc của bạn vào lúc nào vậy?", "When is your job interview?"),
    ("Công ty tôi đang tuyển người.", "My company is hiring."),
    ("Công ty tôi vừa tuyển thêm người.", "My company just hired more people."),
    ("Công ty bạn có đang tuyển người không?", "Is your company hiring?"),
    ("Công ty bố tôi đang tuyển người.", "My father's company is hiring."),
    ("Chúng tôi đang tuyển người.", "We're hiring."),
    # not: "anh", "em" saying it (may be the speaker); "có" without "không", "không" without "?"; a day with "vừa",
    # "đã" with a day ahead; what is not known (how much, where); no word of when ("Tôi xin việc.", "tuyển người")
    ("Em được thăng chức rồi.", None), ("Bạn được tăng lương không?", None), ("Bạn có được tăng lương không.", None),
    ("Tôi vừa được tăng lương hôm qua.", None), ("Ngày mai tôi đã được tăng lương.", None),
    ("Tôi được tăng lương 10%.", None), ("Tôi được nhận vào làm ở ngân hàng.", None), ("Tôi xin việc.", None),
    ("Tôi đang được tăng lương.", None), ("Công ty tôi tuyển người.", None), ("Tôi đi phỏng vấn.", None),
    # not: quitting or losing a job (mt/workdays.py)
    ("Tôi vừa nghỉ việc.", None), ("Tôi vừa bị mất việc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Anh ta vừa mới được thúc đẩy." (pushed), "Tôi đã bắn." (I shot), "Tôi đang áp dụng công việc."
    ("I just got a raise.", "Tôi vừa được tăng lương."),
    ("I've just got a pay rise.", "Tôi vừa được tăng lương."),
    ("He just got promoted.", "Anh ấy vừa được thăng chức."),
    ("I got fired.", "Tôi đã bị đuổi việc."),
    ("I've been fired.", "Tôi bị đuổi việc rồi."),
    ("He's been sacked.", "Anh ấy bị đuổi việc rồi."),
    ("My sister was laid off.", "Em gái tôi đã bị sa thải."),
    ("Lan got the job.", "Lan đã được nhận vào làm."),
    ("Did you get the job?", "Bạn có được nhận vào làm không?"),
    ("Have you been promoted yet?", "Bạn đã được thăng chức chưa?"),
    ("Has she been laid off?", "Cô ấy đã bị sa thải chưa?"),
    ("Were you fired yesterday?", "Hôm qua bạn có bị đuổi việc không?"),
    ("I didn't get a raise.", "Tôi không được tăng lương."),
    ("I haven't been promoted yet.", "Tôi chưa được thăng chức."),
    ("He wasn't fired.", "Anh ấy không bị đuổi việc."),
    ("I won't get a raise.", "Tôi sẽ không được tăng lương."),
    ("My brother got laid off last month.", "Tháng trước anh trai tôi đã bị sa thải."),
    ("I'm applying for jobs.", "Tôi đang xin việc."),
    ("Are you looking for a job?", "Bạn có đang tìm việc không?"),
    ("He isn't looking for work.", "Anh ấy không tìm việc làm."),
    ("I have a job interview tomorrow.", "Ngày mai tôi có buổi phỏng vấn xin việc."),
    ("I've got a job interview on Monday.", "Tôi có buổi phỏng vấn xin việc vào thứ Hai."),
    ("Do you have an interview today?", "Hôm nay bạn có buổi phỏng vấn không?"),
    ("When's your job interview?", "Buổi phỏng vấn xin việc của bạn là khi nào?"),
    ("My company is hiring.", "Công ty tôi đang tuyển người."),
    ("Is your company hiring?", "Công ty bạn có đang tuyển người không?"),
    ("We're not hiring.", "Chúng tôi không tuyển người."),
    ("My company has just hired more people.", "Công ty tôi vừa tuyển thêm người."),
    # not: "is", "was", "has" not agreeing with who; a day the tense does not take; what is not known
    ("I is applying for jobs.", None), ("He were fired.", None), ("I has been promoted.", None),
    ("She have a job interview tomorrow.", None), ("My company have just hired more people.", None),
    ("I got fired tomorrow.", None), ("I got a raise of 10%.", None), ("I got the job at the bank.", None),
    # not: a new job (mt/workdays.py)
    ("He got a new job.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
