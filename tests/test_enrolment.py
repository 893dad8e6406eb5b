"""Starting school and signing up for classes: nursery, kindergarten, school started, a class, a course or lessons
signed up for, how to sign up, when a course starts, both ways (mt/enrolment.py)."""
import pytest

from mt.enrolment import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm just going to go to the young house.",
    # "This year, my daughter began to go to the sample of the teacher.",
    # "My son began to go home.", "Have you gone to go a model yet?", "This September was my son in the classroom."
    ("Con tôi mới đi nhà trẻ.", "My child has just started nursery."),
    ("Năm nay con gái tôi bắt đầu đi mẫu giáo.", "My daughter started kindergarten this year."),
    ("Con gái tôi bắt đầu đi mẫu giáo năm nay.", "My daughter started kindergarten this year."),
    ("Con trai tôi vừa bắt đầu đi nhà trẻ.", "My son has just started nursery."),
    ("Con trai tôi sẽ vào lớp một vào tháng Chín.", "My son will start primary school in September."),
    ("Tháng Chín này con trai tôi vào lớp một.", "My son starts primary school this September."),
    ("Con bạn đã đi mẫu giáo chưa?", "Has your child started kindergarten yet?"),
    ("Con tôi chưa đi mẫu giáo.", "My child hasn't started kindergarten yet."),
    ("Khi nào con bạn bắt đầu đi học?", "When does your child start school?"),
    ("Tuần sau con tôi bắt đầu đi nhà trẻ.", "My child starts nursery next week."),
    ("Con tôi đã bắt đầu đi học rồi.", "My child has started school."),
    ("Tôi bắt đầu học đại học năm ngoái.", "I started university last year."),
    # v8: "I registered the driver's school.", "I want to register English class.", "She registered swimming.", "Do
    # you register yoga class?", "I just wrote a Japanese class.", "I registered my son to swimming."
    ("Tôi đã đăng ký học lái xe.", "I've signed up for driving lessons."),
    ("Tôi muốn đăng ký lớp tiếng Anh.", "I want to sign up for an English class."),
    ("Cô ấy đã đăng ký khóa học bơi.", "She's signed up for a swimming course."),
    ("Cô ấy đăng ký học bơi rồi.", "She's signed up for swimming lessons."),
    ("Bạn đã đăng ký lớp yoga chưa?", "Have you signed up for a yoga class yet?"),
    ("Tôi vừa ghi danh lớp tiếng Nhật.", "I've just signed up for a Japanese class."),
    ("Bạn có muốn đăng ký khóa học này không?", "Do you want to sign up for this course?"),
    ("Tôi có thể đăng ký lớp này không?", "Can I sign up for this class?"),
    ("Tuần trước mẹ tôi đã đăng ký lớp nấu ăn.", "My mother signed up for a cooking class last week."),
    ("Tôi đã đăng ký cho con trai tôi học bơi.", "I've signed my son up for swimming lessons."),
    ("Chúng tôi định đăng ký lớp nhảy.", "We plan to sign up for a dance class."),
    ("Anh ấy chưa đăng ký khóa học tiếng Anh.", "He hasn't signed up for an English course yet."),
    ("Con gái tôi cần đăng ký lớp toán.", "My daughter needs to sign up for a maths class."),
    ("Tôi sẽ đăng ký lớp vẽ vào tuần sau.", "I'll sign up for a drawing class next week."),
    # v8: "How do you register?", "Where do I register the yoga class?"
    ("Làm sao để đăng ký?", "How do I sign up?"),
    ("Tôi có thể đăng ký lớp yoga ở đâu?", "Where can I sign up for the yoga class?"),
    ("Làm thế nào để đăng ký lớp tiếng Anh?", "How do I sign up for the English class?"),
    # v8: "The school key starts next Monday.", "Public key next Monday.", "When is the course of school begins?",
    # "The English school key opened last month." (next month)
    ("Khóa học bắt đầu vào thứ Hai tuần sau.", "The course starts next Monday."),
    ("Khóa học khai giảng vào thứ Hai tuần sau.", "The course starts next Monday."),
    ("Khi nào khóa học bắt đầu?", "When does the course start?"),
    ("Lớp nấu ăn bắt đầu vào tuần sau.", "The cooking class starts next week."),
    ("Khóa học đã bắt đầu tuần trước.", "The course started last week."),
    ("Khóa học tiếng Anh khai giảng vào tháng sau.", "The English course starts next month."),
    # not: a habit ("đi mẫu giáo"), "vừa đi" (just went), "đi học chưa?" (today?), no tense, "anh" saying it (the
    # speaker?), "khi nào" after (did or does?), a month with no tense, lessons of no kind, a lock ("khóa"), grades
    # with a year or "sắp" (mt/school_years.py's), a clock time (mt/timetables.py's)
    ("Con tôi mới đi nhà trẻ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Con tôi đi mẫu giáo.", None), ("Con tôi vừa đi nhà trẻ.", None), ("Con bạn đi học chưa?", None),
    ("Mẹ tôi đăng ký lớp nấu ăn.", None), ("Anh muốn đăng ký lớp yoga.", None), ("Khóa học bắt đầu khi nào?", None),
    ("Con tôi bắt đầu đi học vào tháng Chín.", None), ("Tôi đã đăng ký học.", None),
    ("Khóa bắt đầu vào tuần sau.", None), ("Em trai tôi sắp vào lớp một.", None),
    ("Năm nay con tôi vào lớp một.", None), ("Lớp học bắt đầu lúc 9 giờ.", None),
    ("Tôi đã đăng ký tài khoản.", None), ("Con tôi đã bắt đầu đi học tuần sau.", None),
    ("Mẹ tôi mới đi nhà trẻ.", None), ("Bố tôi vừa bắt đầu đi mẫu giáo.", None),  # (a grown-up took a child there)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đứa con gái của tôi bắt đầu người mẫu giáo năm nay.", "Con trai tôi chỉ bắt đầu y tá." (a nurse), "Anh ấy
    # bắt đầu trường tiểu học vào tháng chín.", "Cô ấy bắt đầu người thợ mộc vào tuần tới." (a carpenter)
    ("My daughter started kindergarten this year.", "Năm nay con gái tôi bắt đầu đi mẫu giáo."),
    ("My son has just started nursery.", "Con trai tôi vừa bắt đầu đi nhà trẻ."),
    ("My son starts primary school in September.", "Con trai tôi sẽ vào lớp một vào tháng 9."),
    ("My son starts primary school this September.", "Tháng 9 này con trai tôi sẽ vào lớp một."),
    ("My son will start school next year.", "Năm sau con trai tôi sẽ bắt đầu đi học."),
    ("She's starting kindergarten next week.", "Tuần sau cô ấy sẽ bắt đầu đi mẫu giáo."),
    ("Has your son started school yet?", "Con trai bạn đã bắt đầu đi học chưa?"),
    ("When does your daughter start kindergarten?", "Khi nào con gái bạn bắt đầu đi mẫu giáo?"),
    ("My son hasn't started school yet.", "Con trai tôi chưa bắt đầu đi học."),
    # v8: "Tôi đã ký cho một lớp nấu ăn." (signed), "… đăng ký trong một con bơi lội." (an animal), "Tôi muốn đăng ký
    # một lớp người Nhật." (Japanese people), "Anh ta đã ký lên để lái xe bài học.", "Tôi ký con trai tôi lên để bơi
    # bài học.", "Tất nhiên, cô ấy muốn chuyến du lịch ở Pháp.", "Tất nhiên bạn có dấu hiệu cho tất nhiên không?"
    ("I've signed up for a cooking class.", "Tôi đã đăng ký lớp nấu ăn."),
    ("I signed up for a cooking class.", "Tôi đã đăng ký lớp nấu ăn."),
    ("I want to sign up for an English class.", "Tôi muốn đăng ký lớp tiếng Anh."),
    ("She's enrolled in a swimming course.", "Cô ấy đã đăng ký khóa học bơi."),
    ("She has enrolled in a swimming course.", "Cô ấy đã đăng ký khóa học bơi."),
    ("Have you signed up for the yoga class yet?", "Bạn đã đăng ký lớp yoga chưa?"),
    ("My mother signed up for a cooking class last week.", "Tuần trước mẹ tôi đã đăng ký lớp nấu ăn."),
    ("Would you like to sign up for this course?", "Bạn có muốn đăng ký khóa học này không?"),
    ("Does he want to sign up for this course?", "Anh ấy có muốn đăng ký khóa học này không?"),
    ("We've signed up for a dance class.", "Chúng tôi đã đăng ký lớp nhảy."),
    ("Did you sign up for the course?", "Bạn đã đăng ký khóa học chưa?"),
    ("I'd like to sign up for a Japanese class.", "Tôi muốn đăng ký lớp tiếng Nhật."),
    ("He's signed up for driving lessons.", "Anh ấy đã đăng ký học lái xe."),
    ("I've just signed up for driving lessons.", "Tôi vừa đăng ký học lái xe."),
    ("I haven't signed up for the course yet.", "Tôi chưa đăng ký khóa học."),
    ("I signed my son up for swimming lessons.", "Tôi đã đăng ký cho con trai tôi học bơi."),
    ("She wants to enrol in a French course.", "Cô ấy muốn đăng ký khóa học tiếng Pháp."),
    ("I'm enrolled in an English course.", "Tôi đã đăng ký khóa học tiếng Anh."),
    ("Can I sign up for this class?", "Tôi có thể đăng ký lớp học này không?"),
    ("They need to register for the course.", "Họ cần đăng ký khóa học."),
    ("How do I sign up?", "Làm sao để đăng ký?"),
    ("Where do I sign up?", "Tôi có thể đăng ký ở đâu?"),
    # v8: "Tất nhiên bắt đầu thứ Hai tuần sau." (of course), "Khi nào bắt đầu khóa học nào?"
    ("The course starts next Monday.", "Khóa học bắt đầu vào thứ Hai tuần sau."),
    ("When does the course start?", "Khi nào khóa học bắt đầu?"),
    ("When did the course start?", "Khóa học đã bắt đầu khi nào?"),
    ("The course started last week.", "Khóa học đã bắt đầu tuần trước."),
    # not: the verb against who ("She have", "Do he", "I is", "My daughter start"), "a" before a vowel, a day against
    # the tense, "starts" with no day (a habit?), "signs up" (a habit), "enrolled" with someone and no "up"
    ("She have enrolled in a swimming course.", None), ("Do he want to sign up for this course?", None),
    ("I is enrolled in an English course.", None), ("My daughter start school next week.", None),
    ("I want to sign up for a English class.", None), ("The course starts last week.", None),
    ("My son starts school.", None), ("He signs up for a yoga class.", None),
    ("I enrolled my son in a swimming course.", None), ("I've signed up for a cooking class yet.", None),
    ("I signed up for a cooking class next week.", None), ("I signed up for Netflix.", None),
    ("My mother started kindergarten this year.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
