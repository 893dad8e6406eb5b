"""School or class off: the school cancelling classes, lessons made up, a period off, and a class off because the
teacher is ill, both ways (mt/school_closures.py)."""
import pytest

from mt.school_closures import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Schools for students to take school because of the storm.", "Schools for students to take a break from hot
    # sun.", "Tomorrow, school for school vacations because of the storm.", "Yesterday, I gave my child a college
    # break.", "Is it a school for students to vacation?", "Tomorrow, do the school break?"
    ("Trường cho học sinh nghỉ học vì bão.", "The school has cancelled classes because of the storm."),
    ("Trường cho học sinh nghỉ học vì nắng nóng.", "The school has cancelled classes because of the heat."),
    ("Trường đã cho học sinh nghỉ học vì bão.", "The school has cancelled classes because of the storm."),
    ("Hôm nay trường cho học sinh nghỉ học vì lũ.", "The school has cancelled classes today because of the floods."),
    ("Ngày mai trường cho học sinh nghỉ học vì bão.",
     "The school has cancelled classes for tomorrow because of the storm."),
    ("Hôm qua trường con tôi cho học sinh nghỉ học vì rét.",
     "My child's school cancelled classes yesterday because of the cold."),
    ("Các trường cho học sinh nghỉ học vì rét đậm.", "Schools have cancelled classes because of the severe cold."),
    ("Nhà trường vừa cho học sinh nghỉ học vì dịch.",
     "The school has just cancelled classes because of the epidemic."),
    ("Trường sẽ cho học sinh nghỉ học vì bão.", "The school will cancel classes because of the storm."),
    ("Trường tôi cho học sinh nghỉ học do lũ rồi.", "My school has cancelled classes because of the floods."),
    ("Trường có cho học sinh nghỉ học không?", "Has the school cancelled classes?"),
    ("Ngày mai trường có cho nghỉ học không?", "Has the school cancelled classes for tomorrow?"),
    ("Hôm qua trường có cho học sinh nghỉ học không?", "Did the school cancel classes yesterday?"),
    ("Trường đã cho học sinh nghỉ học chưa?", "Has the school cancelled classes yet?"),
    # v8: "I had to study outbreaks on Saturday.", "I'll study outbreaks on Sunday.", "Do you have to learn
    # compensation?", "Yesterday, we must learn offset."
    ("Con tôi phải học bù vào thứ bảy.", "My child has to make up lessons on Saturday."),
    ("Lớp tôi sẽ học bù vào chủ nhật.", "My class will make up lessons on Sunday."),
    ("Bạn có phải học bù không?", "Do you have to make up lessons?"),
    ("Hôm qua chúng tôi phải học bù.", "We had to make up lessons yesterday."),
    ("Con trai tôi phải học bù vào thứ bảy tuần sau.", "My son has to make up lessons next Saturday."),
    ("Lan sẽ phải học bù vào cuối tuần này.", "Lan will have to make up lessons this weekend."),
    ("Ngày mai lớp tôi học bù.", "My class is making up lessons tomorrow."),
    ("Hôm qua lớp tôi học bù.", "My class made up lessons yesterday."),
    ("Mẹ tôi không phải học bù.", "My mother doesn't have to make up lessons."),
    ("Hôm qua tôi không phải học bù.", "I didn't have to make up lessons yesterday."),
    ("Con tôi đã phải học bù.", "My child had to make up lessons."),
    ("Anh có phải học bù vào thứ bảy không?", "Do you have to make up lessons on Saturday?"),
    # v8: "I'm a vacation today.", "Tomorrow, we'll get a break.", "Yesterday, I had a break of two last details.",
    # "Do you get a break today?"
    ("Hôm nay lớp tôi được nghỉ tiết cuối.", "My class has the last period off today."),
    ("Ngày mai chúng tôi được nghỉ tiết đầu.", "We have the first period off tomorrow."),
    ("Hôm qua con tôi được nghỉ hai tiết cuối.", "My child had the last two periods off yesterday."),
    ("Hôm nay bạn có được nghỉ tiết cuối không?", "Do you have the last period off today?"),
    ("Tôi được nghỉ tiết hai.", "I have the second period off."),
    ("Chúng tôi được nghỉ tiết thứ ba.", "We have the third period off."),
    ("Hôm qua bạn có được nghỉ tiết đầu không?", "Did you have the first period off yesterday?"),
    # v8: "The teacher is sick, my class was rested.", "Our teacher is sick, we are schooled.", "Yesterday, the teacher
    # was sick, my child was idle.", "The teacher was sick, I was a student."
    ("Cô giáo ốm nên lớp tôi được nghỉ.", "The teacher is ill, so my class has the day off."),
    ("Thầy giáo bị ốm nên chúng tôi được nghỉ học.", "The teacher is ill, so we have the day off."),
    ("Hôm qua cô giáo ốm nên lớp con tôi được nghỉ.",
     "The teacher was ill yesterday, so my child's class had the day off."),
    ("Cô giáo nghỉ ốm nên con tôi được nghỉ học.", "The teacher is off sick, so my child has the day off."),
    ("Cô giáo tôi ốm nên tôi được nghỉ.", "My teacher is ill, so I have the day off."),
    ("Cô giáo của con tôi bị ốm nên con tôi được nghỉ học.",
     "My child's teacher is ill, so my child has the day off."),
    ("Cô giáo chủ nhiệm bận nên lớp tôi được nghỉ tiết cuối.",
     "The form teacher is busy, so my class has the last period off."),
    ("Cô giáo ốm nên hôm nay lớp tôi được nghỉ.", "The teacher is ill today, so my class has the day off."),
    # not: no reason and no day (expelled?), "?" on a statement, "Trường" after a day (a name), a school by a name, a
    # city, denied, "nhỉ", a bare weekday (this one or every?), "học bù" plain, "có học bù" (no "phải"), "anh" saying
    # it, an animal, a count on a numbered period, the teacher ill ahead or by name, "cô" alone, "cô ấy" after the
    # teacher (herself?), a subject's period, no school on a day (mt/school_days.py), schools closed (mt/floods.py)
    ("Trường cho học sinh nghỉ học.", None), ("Trường cho học sinh nghỉ học vì bão?", None),
    ("Hôm nay Trường cho học sinh nghỉ học vì bão.", None), ("Trường Lan cho học sinh nghỉ học vì bão.", None),
    ("Hà Nội cho học sinh nghỉ học vì rét.", None), ("Trường không cho học sinh nghỉ học vì bão.", None),
    ("Trường cho học sinh nghỉ học vì bão nhỉ.", None), ("Trường cho em ấy nghỉ học.", None),
    ("Thứ hai trường cho học sinh nghỉ học vì bão.", None), ("Con tôi học bù.", None),
    ("Con tôi học bù vào thứ bảy.", None), ("Bạn có học bù không?", None), ("Con tôi phải học bù?", None),
    ("Anh phải học bù vào thứ bảy.", None), ("Con mèo của tôi phải học bù.", None),
    ("Lớp tôi được nghỉ hai tiết ba.", None), ("Lớp tôi được nghỉ tiết cuối?", None),
    ("Hôm nay lớp tôi được nghỉ tiết toán.", None), ("Ngày mai cô giáo ốm nên lớp tôi được nghỉ.", None),
    ("Cô giáo Lan ốm nên lớp tôi được nghỉ.", None), ("Cô ốm nên lớp tôi được nghỉ.", None),
    ("Cô giáo ốm nên cô ấy được nghỉ.", None), ("Cô giáo ốm nên con mèo của tôi được nghỉ.", None),
    ("Ngày mai con tôi được nghỉ học.", None), ("Trường nghỉ học vì bão.", None),
    ("Cô giáo sẽ dạy bù vào thứ bảy.", None), ("Tôi bị ốm nên được nghỉ.", None), ("Chi tiết cuối cùng.", None),
    ("The school has cancelled classes because of the storm.", None),
    # review: a bare day after the reason dates the reason ("bão hôm qua": yesterday's storm); the day off ("được
    # nghỉ") in a week, a weekend or part of a day (the day, or the week, the afternoon off?); "không được nghỉ"
    # denied (not allowed to skip it?)
    ("Trường cho học sinh nghỉ học vì bão hôm qua.", None), ("Trường cho học sinh nghỉ học vì lũ tuần trước.", None),
    ("Trường cho học sinh nghỉ học vì rét ngày mai.", None),
    ("Trường cho học sinh nghỉ học vì bão vào ngày mai.",
     "The school has cancelled classes for tomorrow because of the storm."),
    ("Cô giáo ốm nên tuần này lớp tôi được nghỉ.", None), ("Tuần này cô giáo ốm nên lớp tôi được nghỉ học.", None),
    ("Chiều nay cô giáo ốm nên lớp tôi được nghỉ.", None), ("Sáng nay cô giáo ốm nên lớp tôi được nghỉ.", None),
    ("Cuối tuần trước cô giáo ốm nên lớp tôi được nghỉ.", None),
    ("Tuần trước cô giáo bận nên lớp tôi được nghỉ tiết cuối.",
     "The teacher was busy last week, so my class had the last period off."),
    ("Con trai tôi không được nghỉ tiết cuối.", None), ("Hôm qua tôi không được nghỉ tiết cuối.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Trường đã hủy bỏ các lớp học vì cơn bão.", "Trường học bị hủy bỏ hôm qua vì nhiệt độ.", "Có trường bị hủy
    # bỏ chưa?", "Trường học của con trai tôi đã hủy bỏ lớp vì cảm lạnh."
    ("The school has cancelled classes because of the storm.", "Trường cho học sinh nghỉ học vì bão."),
    ("The school cancelled classes yesterday because of the heat.",
     "Hôm qua trường cho học sinh nghỉ học vì nắng nóng."),
    ("The school has cancelled classes for tomorrow because of the floods.",
     "Ngày mai trường cho học sinh nghỉ học vì lũ."),
    ("Has the school cancelled classes?", "Trường có cho học sinh nghỉ học không?"),
    ("My son's school has cancelled classes because of the cold.",
     "Trường của con trai tôi cho học sinh nghỉ học vì rét."),
    ("Schools have cancelled classes because of the heatwave.", "Các trường cho học sinh nghỉ học vì nắng nóng."),
    ("All the schools have cancelled classes because of the typhoon.",
     "Tất cả các trường cho học sinh nghỉ học vì bão."),
    ("The school has just cancelled classes because of the epidemic.", "Trường vừa cho học sinh nghỉ học vì dịch."),
    ("The school will cancel classes tomorrow because of the storm.",
     "Ngày mai trường sẽ cho học sinh nghỉ học vì bão."),
    ("Did the school cancel classes yesterday?", "Hôm qua trường có cho học sinh nghỉ học không?"),
    ("Our school cancelled classes because of the floods.", "Trường chúng tôi đã cho học sinh nghỉ học vì lũ."),
    # v8: "Con tôi phải làm bài học vào thứ Bảy.", "Chúng tôi sẽ làm bài học vào Chủ nhật.", "Bạn có phải làm bài học
    # không?", "Chúng ta phải làm bài học hôm qua."
    ("My child has to make up lessons on Saturday.", "Con tôi phải học bù vào thứ Bảy."),
    ("We'll make up the lessons on Sunday.", "Chúng tôi sẽ học bù vào Chủ nhật."),
    ("Do you have to make up lessons?", "Bạn có phải học bù không?"),
    ("We had to make up lessons yesterday.", "Hôm qua chúng tôi phải học bù."),
    ("She has to make up lessons this weekend.", "Cuối tuần này cô ấy phải học bù."),
    ("Does Lan have to make up lessons next Saturday?", "Lan có phải học bù vào thứ Bảy tuần sau không?"),
    ("Did you have to make up lessons yesterday?", "Hôm qua bạn có phải học bù không?"),
    ("We didn't have to make up lessons yesterday.", "Hôm qua chúng tôi không phải học bù."),
    ("I don't have to make up lessons.", "Tôi không phải học bù."),
    ("My class made up the lessons last Saturday.", "Lớp tôi học bù vào thứ Bảy tuần trước."),
    ("My class is making up lessons tomorrow.", "Ngày mai lớp tôi học bù."),
    ("We're making up lessons on Sunday.", "Chúng tôi sẽ học bù vào Chủ nhật."),
    ("I'll have to make up lessons at the weekend.", "Tôi sẽ phải học bù vào cuối tuần."),
    # v8: "Lớp tôi có giai đoạn cuối hôm nay.", "Chúng tôi có giai đoạn đầu tiên ngày mai.", "Hôm nay bạn có thời kỳ
    # cuối cùng không?", "Con tôi có hai giai đoạn cuối hôm qua."
    ("My class has the last period off today.", "Hôm nay lớp tôi được nghỉ tiết cuối."),
    ("We have the first period off tomorrow.", "Ngày mai chúng tôi được nghỉ tiết đầu."),
    ("Do you have the last period off today?", "Hôm nay bạn có được nghỉ tiết cuối không?"),
    ("My child had the last two periods off yesterday.", "Hôm qua con tôi được nghỉ hai tiết cuối."),
    ("I have the second period off.", "Tôi được nghỉ tiết hai."),
    ("My son doesn't have the last period off.", "Con trai tôi không được nghỉ tiết cuối."),
    ("Does she have the first period off tomorrow?", "Ngày mai cô ấy có được nghỉ tiết đầu không?"),
    # v8: "Thầy giáo viên đang bị bệnh, vì vậy lớp của tôi có ngày nghỉ.", "… vì vậy chúng ta có một ngày.", "Thầy
    # giáo viên bị bệnh hôm qua, vì vậy lớp của con tôi có ngày."
    ("The teacher is ill, so my class has the day off.", "Cô giáo bị ốm nên lớp tôi được nghỉ học."),
    ("The teacher is sick, so we have the day off.", "Cô giáo bị ốm nên chúng tôi được nghỉ học."),
    ("The teacher was ill yesterday, so my child's class had the day off.",
     "Hôm qua cô giáo bị ốm nên lớp của con tôi được nghỉ học."),
    ("Our teacher is off sick, so we have the day off.", "Cô giáo chúng tôi nghỉ ốm nên chúng tôi được nghỉ học."),
    ("My son's teacher was away yesterday, so my son had the day off.",
     "Hôm qua cô giáo của con trai tôi đi vắng nên con trai tôi được nghỉ học."),
    ("The form teacher is busy, so my class has the last period off.",
     "Cô giáo chủ nhiệm bận nên lớp tôi được nghỉ tiết cuối."),
    # not: no reason and no day, the verb not agreeing ("The school have", "He have", "She have", "I has"), a tense
    # against its day, "?" on a statement, an animal, other making up ("make up her mind", "made up a story"), "two
    # period", "she" after the teacher (herself?), a day off work (mt/days_off.py), schools closed (mt/floods.py),
    # school on a day (mt/school_days.py), other periods
    ("The school has cancelled classes.", None), ("The school have cancelled classes because of the storm.", None),
    ("Schools has cancelled classes because of the storm.", None),
    ("The school has cancelled classes yesterday because of the storm.", None),
    ("The school cancelled classes tomorrow because of the storm.", None),
    ("The school has cancelled classes because of the storm?", None),
    ("He have to make up lessons on Saturday.", None), ("Do you have to make up lessons yesterday?", None),
    ("My class are making up lessons tomorrow.", None), ("My dog has to make up lessons.", None),
    ("She has to make up her mind.", None), ("I made up a story.", None),
    ("She have the last period off today.", None), ("We had the last period off tomorrow.", None),
    ("I has the last period off.", None), ("My class has the last two period off.", None),
    ("The teacher is ill, so my class had the day off.", None),
    ("The teacher was ill tomorrow, so we had the day off.", None),
    ("The teacher is ill, so my class has the day off?", None), ("The teacher is ill, so she has the day off.", None),
    ("I have a day off.", None), ("I took the day off yesterday.", None), ("The period of the Roman Empire.", None),
    ("The school is closed because of the storm.", None), ("Is there school tomorrow?", None),
    ("Trường cho học sinh nghỉ học vì bão.", None),
    # review: a weekday after the reason dates the reason ("vì lũ vào thứ Sáu": the floods on Friday), so it goes
    # first; a pet's school, class or teacher; "cô giáo cô ấy"; "Did" with no day ("có … không?" is now), "didn't"
    # with no day
    ("Schools cancelled classes last Friday because of the floods.",
     "Thứ Sáu tuần trước các trường cho học sinh nghỉ học vì lũ."),
    ("The school has cancelled classes for next Monday because of the storm.",
     "Thứ Hai tuần sau trường cho học sinh nghỉ học vì bão."),
    ("The school will cancel classes next Monday because of the storm.",
     "Thứ Hai tuần sau trường sẽ cho học sinh nghỉ học vì bão."),
    ("The school cancelled classes last Friday.", "Trường cho học sinh nghỉ học vào thứ Sáu tuần trước."),
    ("My dog's school has cancelled classes because of the storm.", None),
    ("My cat’s school has cancelled classes because of the storm.", None),
    ("My dog's class has the last period off.", None), ("My dog's class has to make up lessons on Saturday.", None),
    ("The teacher is ill, so my dog's class has the day off.", None),
    ("My dog's teacher is ill, so we have the day off.", None),
    ("Her teacher is ill, so my class has the day off.", "Cô giáo của cô ấy bị ốm nên lớp tôi được nghỉ học."),
    ("His teacher is ill, so I have the day off.", "Cô giáo của anh ấy bị ốm nên tôi được nghỉ học."),
    ("Did you have the last period off?", None), ("Did they have the first two periods off?", None),
    ("We didn't have the last period off.", "Chúng tôi đã không được nghỉ tiết cuối."),
    ("We didn't have the last period off yesterday.", "Hôm qua chúng tôi không được nghỉ tiết cuối."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
