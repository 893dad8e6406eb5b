"""Extra classes, cram school and tutors, both ways (mt/tutoring.py)."""
import pytest

from mt.tutoring import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm going to go to school for dinner.", "I learned more math.", "My daughter goes to school add English.",
    # "Do you study more?", "Tonight, I had to go to school.", "Tomorrow, my child has more class."
    ("Tôi đi học thêm buổi tối.", "I go to extra classes in the evening."),
    ("Tôi đi học thêm vào buổi tối.", "I go to extra classes in the evening."),
    ("Con tôi học thêm toán.", "My child has extra maths classes."),
    ("Con trai tôi học thêm toán vào thứ Bảy.", "My son has extra maths classes on Saturdays."),
    ("Con gái tôi đi học thêm tiếng Anh.", "My daughter goes to extra English classes."),
    ("Lan học thêm toán mỗi tối.", "Lan has extra maths classes every evening."),
    ("Tối nay tôi phải đi học thêm.", "I have to go to extra classes tonight."),
    ("Ngày mai con tôi có lớp học thêm.", "My child has an extra class tomorrow."),
    # review: one class on one day ("I have extra classes tonight." before)
    ("Tôi có lớp học thêm tối nay.", "I have an extra class tonight."),
    ("Hôm qua tôi có lớp học thêm toán.", "I had an extra maths class yesterday."),
    ("Tôi có lớp học thêm tiếng Anh vào thứ Bảy.", "I have extra English classes on Saturdays."),
    ("Bạn có đi học thêm không?", "Do you go to extra classes?"),
    ("Con bạn có học thêm toán không?", "Does your child have extra maths classes?"),
    ("Tối nay bạn có đi học thêm không?", "Are you going to extra classes tonight?"),
    ("Hôm qua tôi đi học thêm.", "I went to extra classes yesterday."),
    ("Con tôi không đi học thêm.", "My child doesn't go to extra classes."),
    ("Tôi sẽ đi học thêm vào cuối tuần.", "I'll go to extra classes at the weekend."),
    ("Bạn có lớp học thêm không?", "Do you have extra classes?"),
    # v8: "He goes to school adds you?" (for "Anh ấy đi học thêm à?")
    ("Anh ấy đi học luyện thi.", "He goes to cram school."),
    ("Anh ấy có đi lò luyện thi không?", "Does he go to cram school?"),
    # v8: "I'm looking for English.", "We hired our son.", "I'd like to hire you."
    ("Tôi đang tìm gia sư tiếng Anh cho con.", "I'm looking for an English tutor for my child."),
    ("Tôi đang tìm gia sư tiếng Anh cho con trai tôi.", "I'm looking for an English tutor for my son."),
    ("Chúng tôi đã thuê gia sư cho con trai.", "We hired a tutor for our son."),
    ("Mẹ tôi vừa thuê gia sư toán cho em trai tôi.", "My mother has just hired a maths tutor for my younger brother."),
    ("Bạn có muốn thuê gia sư không?", "Do you want to hire a tutor?"),
    ("Bạn có đang tìm gia sư không?", "Are you looking for a tutor?"),
    ("Cô ấy cần tìm gia sư hóa học.", "She needs to find a chemistry tutor."),
    # v8: "My daughter has a lawyer.", "Do you have a professor?", "She made a professor.", "He made a mathematic."
    ("Con gái tôi có gia sư toán.", "My daughter has a maths tutor."),
    ("Bạn có gia sư không?", "Do you have a tutor?"),
    ("Con tôi không có gia sư riêng.", "My child doesn't have a private tutor."),
    ("Cô ấy làm gia sư.", "She works as a tutor."),
    ("Anh ấy là gia sư toán.", "He's a maths tutor."),
    ("Cô ấy đang làm gia sư tiếng Nhật.", "She's working as a Japanese tutor."),
    # v8: "She teaches children after school." (after work), "My sister teaches mathematics for two-graders."
    ("Cô ấy dạy kèm trẻ em sau giờ làm.", "She tutors children after work."),
    ("Tôi dạy kèm tiếng Anh.", "I tutor English."),
    ("Ai dạy kèm cho con bạn?", "Who tutors your child?"),
    ("Anh ấy dạy kèm toán cho học sinh vào cuối tuần.", "He tutors students in maths at the weekend."),
    # v8: "How much money does the collector?", "How much is a professor?"
    ("Thuê gia sư mất bao nhiêu tiền?", "How much does a tutor cost?"),
    ("Một gia sư tiếng Anh giá bao nhiêu một giờ?", "How much does an English tutor cost per hour?"),
    # not: "học thêm" alone (study more), "Anh", "Em" alone saying it (the speaker or "you"), "tìm" alone (looking or
    # looked?), "cho con" of kin (whose child?), now or these days, a day "hôm nay" (went or going?), a subject with a
    # modal (study more?), a tutor by a day that is not a habit, two subjects, other topics
    ("Cô ấy làm gia sư nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi cần học thêm.", None), ("Tôi học thêm.", None), ("Anh đi học thêm.", None), ("Em đi học thêm.", None),
    ("Tôi tìm gia sư.", None), ("Mẹ tôi tìm gia sư cho con.", None), ("Con tôi đang đi học thêm.", None),
    ("Hôm nay tôi đi học thêm.", None), ("Tôi phải học thêm toán.", None), ("Chị có gia sư.", None),
    ("Tôi sẽ đi học thêm hôm qua.", None), ("Con trai tôi học thêm văn và toán.", None),
    ("Tôi có học thêm toán.", None), ("Bạn có đi học thêm không.", None), ("Tôi đang làm bài tập.", None),
    # review: "cho mình" (me, or herself?: "… for me." before), oneself ("myself"), a language after "học thêm"
    # without "đi" or "lớp" (also learning it?: "I have extra English classes." before)
    ("Cô ấy đang tìm gia sư cho mình.", None), ("Tôi đang tìm gia sư cho mình.", None),
    ("Tôi đang tìm gia sư cho tôi.", None), ("Anh ấy dạy kèm cho mình.", None),
    ("Tôi học thêm tiếng Anh.", None), ("Lan học thêm tiếng Anh mỗi tối.", None),
    ("Bạn có học thêm tiếng Nhật không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi có lớp toán bổ sung.", "Con trai tôi nghỉ học tiếng Anh thêm vào thứ Bảy." (takes off)
    ("I go to extra classes in the evening.", "Tôi đi học thêm vào buổi tối."),
    ("My son has extra maths classes.", "Con trai tôi học thêm toán."),
    ("My son has extra math classes.", "Con trai tôi học thêm toán."),
    ("My son takes extra English lessons on Saturdays.", "Con trai tôi có lớp học thêm tiếng Anh vào thứ Bảy."),
    ("Lan goes to extra classes every evening.", "Lan đi học thêm mỗi tối."),
    ("Does your daughter go to extra classes?", "Con gái bạn có đi học thêm không?"),
    ("I have extra classes tonight.", "Tối nay tôi có lớp học thêm."),
    ("I have an extra class tonight.", "Tối nay tôi có lớp học thêm."),
    ("I have to go to extra classes tonight.", "Tối nay tôi phải đi học thêm."),
    ("My son doesn't go to extra classes.", "Con trai tôi không đi học thêm."),
    ("I'll go to extra classes at the weekend.", "Tôi sẽ đi học thêm vào cuối tuần."),
    ("Are you going to extra classes tonight?", "Tối nay bạn có đi học thêm không?"),
    ("I went to extra classes yesterday.", "Hôm qua tôi đi học thêm."),
    ("Does your son have extra classes on Saturdays?", "Con trai bạn có lớp học thêm vào thứ Bảy không?"),
    # v8: "Anh ấy có phải đi học không?" (has to go to school), "Anh ấy đi học."
    ("Does he go to cram school?", "Anh ấy có đi học luyện thi không?"),
    ("He goes to cram school.", "Anh ấy đi học luyện thi."),
    # v8: "Tôi đang tìm một người hướng dẫn tiếng Anh cho con trai tôi." (a guide), "Họ có một hướng dẫn riêng."
    ("I'm looking for an English tutor for my son.", "Tôi đang tìm gia sư tiếng Anh cho con trai tôi."),
    ("I am looking for a tutor.", "Tôi đang tìm gia sư."),
    ("Are you looking for a tutor?", "Bạn có đang tìm gia sư không?"),
    ("We hired a tutor for our son.", "Chúng tôi đã thuê gia sư cho con trai chúng tôi."),
    ("I need to hire a maths tutor for my daughter.", "Tôi cần thuê gia sư toán cho con gái tôi."),
    ("She's just hired a tutor.", "Cô ấy vừa thuê gia sư."),
    ("I'm planning to hire a tutor.", "Tôi định thuê gia sư."),
    # v8: "Đứa con gái tôi có một người hướng dẫn toán học.", "Bạn có người hướng dẫn không?", "Cô ấy làm việc như
    # một người hướng dẫn.", "Anh ta là một người hướng dẫn toán học."
    ("My daughter has a maths tutor.", "Con gái tôi có gia sư toán."),
    ("Do you have a tutor?", "Bạn có gia sư không?"),
    ("They have a private tutor.", "Họ có gia sư riêng."),
    ("She doesn't have a tutor.", "Cô ấy không có gia sư."),
    ("She works as a tutor.", "Cô ấy làm gia sư."),
    ("Do you work as a tutor?", "Bạn có làm gia sư không?"),
    ("He's a maths tutor.", "Anh ấy là gia sư toán."),
    # v8: "Cô ấy thâm nhập bọn trẻ sau khi làm việc.", "Tiếng Anh hướng dẫn.", "Em trai tôi học sinh trong vật lý."
    ("She tutors children after work.", "Cô ấy dạy kèm trẻ em sau giờ làm."),
    ("I tutor English.", "Tôi dạy kèm tiếng Anh."),
    ("He tutors my son in maths.", "Anh ấy dạy kèm toán cho con trai tôi."),
    ("Who tutors your child?", "Ai dạy kèm con bạn?"),
    # v8: "Chi phí hướng dẫn bao nhiêu?"
    ("How much does a tutor cost?", "Thuê gia sư tốn bao nhiêu tiền?"),
    ("How much does an English tutor cost an hour?", "Thuê gia sư tiếng Anh tốn bao nhiêu tiền một giờ?"),
    # not: the verb not agreeing with who, a tense not read, a habit on one day, two subjects, a tutor that is not
    # who, "kids", a day ahead with a plain verb, other topics
    ("She go to extra classes.", None), ("He have a maths tutor.", None), ("Does she has a tutor?", None),
    ("I goes to cram school.", None), ("She tutored children.", None), ("I go to extra classes on Saturday.", None),
    ("We go to extra maths and English classes.", None), ("The tutor is late.", None),
    ("My tutor is nice.", None), ("Extra classes are boring.", None), ("She tutors kids.", None),
    ("My son goes to extra classes tomorrow.", None), ("I need to study more.", None),
    ("I have a tutor for my son.", None),
    # review: "for me" of "I" ("Tôi đang tìm gia sư cho tôi." before: "myself")
    ("I'm looking for a tutor for me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
