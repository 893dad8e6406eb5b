"""Lessons in music, sport and dance: taking them, having one on a day, going to classes or practice, learning an
instrument, how long for, and who teaches it, both ways (mt/lessons.py)."""
import pytest

from mt.lessons import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child learned the piano.", "He's learning to write-ta.", "I'm learning blank.", "My child learned retina."
    ("Con tôi học đàn piano.", "My child takes piano lessons."),
    ("Con gái tôi học piano.", "My daughter takes piano lessons."),
    ("Con tôi học võ.", "My child takes martial arts classes."),
    ("Con gái tôi học múa ba lê.", "My daughter takes ballet classes."),
    ("Em trai tôi học trống.", "My younger brother takes drum lessons."),
    ("Lan học đàn piano!", "Lan takes piano lessons!"),
    ("Anh ấy đang học ghi-ta.", "He's learning the guitar."),
    ("Tôi đang học trống.", "I'm learning the drums."),
    ("Tôi muốn học đàn ghi-ta.", "I want to learn the guitar."),
    ("Tôi mới bắt đầu học đàn piano.", "I've just started learning the piano."),
    ("Tôi vừa bắt đầu học bơi.", "I've just started learning to swim."),
    # v8: "Do you study men?", "Do you study piano?" (the child lost), "Are you learning a violin?"
    ("Bạn có học đàn không?", "Do you take music lessons?"),
    ("Con bạn có học đàn piano không?", "Does your child take piano lessons?"),
    ("Anh có học đàn piano không?", "Do you take piano lessons?"),
    ("Bạn có đang học đàn violin không?", "Are you learning the violin?"),
    ("Bạn có muốn học đàn ghi-ta không?", "Do you want to learn the guitar?"),
    ("Con bạn có đi học bơi không?", "Does your child go to swimming lessons?"),
    # v8: "She learned swimming every Saturday.", "My child learned the piano two years a week.", "My son goes to
    # school ROP each night.", "My son went to football after school."
    ("Cô ấy học bơi mỗi thứ Bảy.", "She has swimming lessons every Saturday."),
    ("Con tôi học đàn piano hằng tuần.", "My child has piano lessons every week."),
    ("Con tôi học đàn piano hai buổi một tuần.", "My child has piano lessons twice a week."),
    ("Con tôi học đàn piano vào các ngày thứ Bảy.", "My child has piano lessons on Saturdays."),
    ("Mỗi thứ Bảy con gái tôi đi học múa ba lê.", "My daughter goes to ballet classes every Saturday."),
    ("Con trai tôi đi học võ mỗi tối.", "My son goes to martial arts classes every evening."),
    ("Con trai tôi đi tập bóng đá sau giờ học.", "My son goes to football practice after school."),
    ("Mỗi thứ Bảy con tôi đi học nhạc.", "My child goes to music lessons every Saturday."),
    ("Con tôi có buổi học nhạc tối nay.", "My child has a music lesson tonight."),
    # v8: "How long have you been studying the piano?", "I have learned piano for two years."
    ("Bạn học đàn piano được bao lâu rồi?", "How long have you been learning the piano?"),
    ("Tôi học đàn piano được hai năm rồi.", "I've been learning the piano for two years."),
    ("Con gái tôi học đàn violin được ba năm rồi.", "My daughter has been learning the violin for three years."),
    # v8: "She has a swimming pool every Saturday.", "Tomorrow, I have a guitar.", "I have a classic jump tonight."
    ("Cô ấy có buổi học bơi mỗi thứ Bảy.", "She has a swimming lesson every Saturday."),
    ("Ngày mai tôi có buổi học đàn ghi-ta.", "I have a guitar lesson tomorrow."),
    ("Hôm qua con tôi có buổi học đàn piano.", "My child had a piano lesson yesterday."),
    ("Hôm nay tôi không có buổi học bơi.", "I don't have a swimming lesson today."),
    ("Con bạn có buổi tập bóng đá hôm nay không?", "Does your child have football practice today?"),
    ("Con tôi có lớp nhảy tối nay.", "My child has a dance class tonight."),
    ("Tuần trước tôi không có buổi tập bóng đá.", "I didn't have football practice last week."),
    ("Con tôi có buổi học đàn piano vào thứ Bảy tuần trước.", "My child had a piano lesson last Saturday."),
    # v8: "Who teaches her vilin for her?", "Who teaches retinal son?", "She taught the piano."
    ("Ai dạy đàn violin cho cô ấy?", "Who teaches her the violin?"),
    ("Ai dạy con trai bạn võ?", "Who teaches your son martial arts?"),
    ("Ai dạy đàn cho con bạn?", "Who teaches your child music?"),
    ("Cô ấy dạy đàn piano.", "She teaches piano."),
    ("Bác Hùng dạy võ.", "Uncle Hung teaches martial arts."),
    # not: "anh" saying it (may be the speaker), "đi học" with no habit (goes, or has gone?), lessons every day
    # (practice?), one Saturday (this one, or every?), a span without "được" or "rồi" (over?), "có" without "không",
    # a lesson with no day, "Ai dạy bạn" and "dạy … chơi" (taught, likely), "đang đi học" (now, or these days?), and
    # mt/skills.py's, mt/languages.py's, mt/tutoring.py's
    ("Con tôi học võ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh học đàn piano.", None), ("Con trai tôi đi học võ.", None), ("Con tôi học đàn piano mỗi ngày.", None),
    ("Con gái tôi học đàn piano vào thứ Bảy.", None), ("Tôi học đàn piano ba năm.", None),
    ("Bạn có học đàn piano?", None), ("Cô ấy có buổi học bơi.", None), ("Ai dạy bạn đàn piano?", None),
    ("Ai dạy cô ấy chơi đàn violin?", None), ("Tôi đang đi học nhảy.", None),
    ("Tôi đang học đàn piano mỗi thứ Bảy.", None), ("Con tôi học bơi.", None), ("Tôi đang học nhảy.", None),
    ("Tôi mới bắt đầu học bơi.", None),
    ("Tôi học tiếng Anh.", None), ("Con tôi học thêm toán.", None), ("Bạn muốn học đàn gì?", None),
    # review: "học nhạc" without "đi" is as often studying music ("I take music lessons." before)
    ("Tôi học nhạc.", None), ("Tôi đang học nhạc.", None), ("Bạn có học nhạc không?", None),
    ("Cô ấy học nhạc mỗi thứ Bảy.", None), ("Tôi học nhạc được hai năm rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đứa con gái tôi lấy bài học đàn dương cầm." (grabs), "Tôi lấy cây học ghita.", "Tôi đang học trò khiêu vũ."
    # (a pupil), "Bạn có thực hiện bài học vũ công không?", "Lan nhận các lớp ức."
    ("My daughter takes piano lessons.", "Con gái tôi học đàn piano."),
    ("I take guitar lessons.", "Tôi học đàn ghi-ta."),
    ("Does your son take piano lessons?", "Con trai bạn có học đàn piano không?"),
    ("Do you take dance lessons?", "Bạn có học nhảy không?"),
    ("She doesn't take piano lessons.", "Cô ấy không học đàn piano."),
    ("I'm taking dance classes.", "Tôi đang học nhảy."),
    ("Lan takes ballet classes.", "Lan học múa ba lê."),
    ("She takes piano lessons twice a week.", "Cô ấy học đàn piano mỗi tuần hai buổi."),
    # v8: "… đi học bóng đá mỗi thứ Hai." (football), "Con trai tôi đến lớp ka-rate 2 lần một tuần."
    ("My son goes to football practice after school.", "Con trai tôi đi tập bóng đá sau giờ học."),
    ("My daughter goes to ballet class every Monday.", "Con gái tôi đi học múa ba lê mỗi thứ Hai."),
    ("Do you go to dance classes?", "Bạn có đi học nhảy không?"),
    ("My son goes to karate classes twice a week.", "Con trai tôi đi học karate mỗi tuần hai buổi."),
    # v8: "Cô ấy đã bơi bài học vào thứ Bảy.", "Tôi có một bài học ghiguitar tối nay.", "Bé có bài học bơi …"
    ("She has a swimming lesson every Saturday.", "Cô ấy có buổi học bơi mỗi thứ Bảy."),
    ("She has swimming lessons on Saturdays.", "Cô ấy có buổi học bơi vào các ngày thứ Bảy."),
    ("She has piano lessons twice a week.", "Cô ấy học đàn piano mỗi tuần hai buổi."),
    ("She has a piano lesson tomorrow.", "Ngày mai cô ấy có buổi học đàn piano."),
    ("I have a guitar lesson tonight.", "Tối nay tôi có buổi học đàn ghi-ta."),
    ("We have football practice tomorrow.", "Ngày mai chúng tôi có buổi tập bóng đá."),
    ("My son has football practice on Tuesday.", "Con trai tôi có buổi tập bóng đá vào thứ Ba."),
    ("I had a piano lesson yesterday.", "Hôm qua tôi có buổi học đàn piano."),
    ("Did you have a piano lesson last week?", "Tuần trước bạn có buổi học đàn piano không?"),
    ("Does she have a swimming lesson tomorrow?", "Ngày mai cô ấy có buổi học bơi không?"),
    ("We have a dance class on Saturday afternoon.", "Chúng tôi có buổi học nhảy vào chiều thứ Bảy."),
    # v8: "Anh ấy đang học cây ghita.", "Tôi đang học drums.", "… những cơn ác mộng …" (nightmares), "… học tế bào."
    # (cells)
    ("He's learning the guitar.", "Anh ấy đang học đàn ghi-ta."),
    ("He is learning to play the guitar.", "Anh ấy đang học đàn ghi-ta."),
    ("I'm learning the drums.", "Tôi đang học trống."),
    ("Are you learning the piano?", "Bạn có đang học đàn piano không?"),
    ("She wants to learn to play the piano.", "Cô ấy muốn học đàn piano."),
    ("Does he want to learn the drums?", "Anh ấy có muốn học trống không?"),
    ("She's just started learning the cello.", "Cô ấy mới bắt đầu học đàn cello."),
    # v8: "Cô ấy học vi-lin trong thời gian bao lâu rồi?", "Bạn sử dụng bài học piano bao lâu rồi?" (use)
    ("How long have you been learning the piano?", "Bạn học đàn piano được bao lâu rồi?"),
    ("How long has she been learning the violin?", "Cô ấy học đàn violin được bao lâu rồi?"),
    ("How long have you been taking piano lessons?", "Bạn học đàn piano được bao lâu rồi?"),
    ("My daughter has been learning the violin for three years.", "Con gái tôi học đàn violin được ba năm rồi."),
    # v8: "Ai dạy cô bé vi-ô-lin?", "Ai dạy con trai của bạn là đàn dương cầm?"
    ("Who teaches her the violin?", "Ai dạy cô ấy đàn violin?"),
    ("Who teaches your son the piano?", "Ai dạy con trai bạn đàn piano?"),
    ("Who teaches your son to swim?", "Ai dạy con trai bạn bơi?"),
    ("She teaches piano.", "Cô ấy dạy đàn piano."),
    ("My mother teaches music.", "Mẹ tôi dạy nhạc."),
    # not: a verb or "has" not agreeing with who, "had" with a day ahead, "a" and "lessons" not agreeing, a lesson
    # with no day, the past, "twice a week" of one lesson, a span of hours, and mt/languages.py's, mt/enrolment.py's,
    # mt/tutoring.py's
    ("She have a swimming lesson every Saturday.", None), ("My daughter take piano lessons.", None),
    ("Does she takes piano lessons?", None), ("He are learning the guitar.", None),
    ("How long have she been learning the violin?", None), ("He teach piano.", None),
    ("I had a piano lesson tomorrow.", None), ("She takes a piano lesson.", None),
    ("She has a swimming lesson.", None), ("I took piano lessons.", None),
    ("She has a piano lesson twice a week.", None), ("She has been learning the piano for two hours.", None),
    ("I'm learning Vietnamese.", None), ("I want to sign up for dance classes.", None),
    ("My son has extra maths classes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Con tôi học đàn piano.", "en", "vi") is None
    assert translate("My daughter takes piano lessons.", "vi", "en") is None
    assert translate("My daughter takes piano lessons.", "en", "fr") is None
