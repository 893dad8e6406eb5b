"""Learning to drive: who is learning, a driving lesson on a day, teaching, practising, the driving school, lessons a
week and the instructor, both ways (mt/driving_lessons.py)."""
import pytest

from mt.driving_lessons import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm studying car.", "We're studying cars.", "Do you're studying driving?"
    ("Tôi đang học lái xe ô tô.", "I'm learning to drive a car."),
    ("Chúng tôi đang học lái xe ô tô.", "We're learning to drive a car."),
    ("Con trai tôi đang học lái xe hơi.", "My son is learning to drive a car."),
    ("Mẹ tôi đang học lái xe máy.", "My mother is learning to ride a motorbike."),
    ("Bạn có đang học lái xe không?", "Are you learning to drive?"),
    ("Anh ấy có đang học lái ô tô không?", "Is he learning to drive a car?"),
    ("Bạn đang học lái xe à?", "Are you learning to drive?"),
    ("Anh có đang học lái xe không ạ?", "Are you learning to drive?"),
    ("Lan muốn học lái xe ô tô.", "Lan wants to learn to drive a car."),
    ("Tôi mới bắt đầu học lái xe ô tô.", "I've just started learning to drive a car."),
    # v8: "I had a driver of tomorrow afternoon.", "Yesterday, I had a driver's school.", "I have the first driver
    # today."
    ("Tôi có buổi học lái vào chiều mai.", "I have a driving lesson tomorrow afternoon."),
    ("Chiều mai tôi có buổi học lái xe.", "I have a driving lesson tomorrow afternoon."),
    ("Hôm qua tôi có buổi học lái xe.", "I had a driving lesson yesterday."),
    ("Ngày mai bạn có buổi học lái không?", "Do you have a driving lesson tomorrow?"),
    ("Ngày mai em có buổi học lái không?", "Do you have a driving lesson tomorrow?"),
    ("Hôm qua con gái bạn có buổi học lái không?", "Did your daughter have a driving lesson yesterday?"),
    ("Hôm nay tôi có buổi học lái xe đầu tiên.", "I have my first driving lesson today."),
    ("Bố tôi có buổi học lái đầu tiên vào tuần sau.", "My father has his first driving lesson next week."),
    ("Tối nay anh ấy không có buổi học lái.", "He doesn't have a driving lesson tonight."),
    ("Tuần trước Lan không có buổi học lái xe.", "Lan didn't have a driving lesson last week."),
    ("Chúng tôi có buổi học lái xe ngày mai.", "We have a driving lesson tomorrow."),
    # v8: "My father is teaching me the drive.", "My father taught me the driving.", "He taught driving."
    ("Bố tôi đang dạy tôi lái xe.", "My father is teaching me to drive."),
    ("Bố tôi đã dạy tôi lái xe.", "My father taught me to drive."),
    ("Tôi đang dạy con gái tôi lái xe máy.", "I'm teaching my daughter to ride a motorbike."),
    ("Anh ấy đã dạy lái xe cho tôi.", "He taught me to drive."),
    ("Bố bạn có đang dạy bạn lái xe không?", "Is your father teaching you to drive?"),
    ("Ai đã dạy bạn lái xe?", "Who taught you to drive?"),
    ("Ai đang dạy con trai bạn lái ô tô?", "Who is teaching your son to drive a car?"),
    ("Anh ấy dạy lái xe.", "He teaches driving."),
    ("Bố bạn có dạy lái xe không?", "Does your father teach driving?"),
    # v8: "My son is putting a car.", "Lan is driving a driver.", "I drive up every day."
    ("Con trai tôi đang tập lái ô tô.", "My son is practising driving a car."),
    ("Lan đang tập lái xe máy.", "Lan is practising riding a motorbike."),
    ("Tôi tập lái xe mỗi ngày.", "I practise driving every day."),
    ("Cô ấy tập lái xe mỗi cuối tuần.", "She practises driving every weekend."),
    ("Bạn có đang tập lái xe không?", "Are you practising driving?"),
    # v8: "What do you study driving?"
    ("Bạn đang học lái xe ở trung tâm nào?", "Which driving school are you learning at?"),
    ("Con trai bạn đã học lái xe ở trường dạy lái xe nào?", "Which driving school did your son learn at?"),
    ("Bạn đã học lái xe ở đâu?", "Where did you learn to drive?"),
    ("Cô ấy đang học lái xe máy ở đâu?", "Where is she learning to ride a motorbike?"),
    # v8: "Every week I learn two afternoon driving."
    ("Mỗi tuần tôi học lái xe hai buổi.", "I have two driving lessons a week."),
    ("Con gái tôi học lái xe ba buổi một tuần.", "My daughter has three driving lessons a week."),
    ("Bạn học lái xe mấy buổi một tuần?", "How many driving lessons a week do you have?"),
    # v8: "My driver is very patient."
    ("Thầy dạy lái của tôi rất kiên nhẫn.", "My driving instructor is very patient."),
    ("Cô dạy lái xe của tôi không nghiêm khắc lắm.", "My driving instructor is not very strict."),
    # not: "học lái xe" plain (mt/skills.py), lessons of what, no tense (learning now, or learnt?), teaches or taught,
    # "anh" alone saying it, a pet, who teaching themself, "I" asked, no day or a day that may be either, a first
    # lesson of a name (his or hers?), a "?" on a statement, "không?" without "có", "có" not asked, the week twice,
    # a motorbike at a driving school, a licence (mt/driving.py), the test (mt/driving_tests.py), English, "em" with
    # "ạ" (said up to the one spoken to: the speaker, a learner asking the instructor?)
    ("Tôi đang học lái xe nhỉ.", None), ("Tôi đã học mười buổi rồi.", None), ("Bạn học lái xe ở trung tâm nào?", None),
    ("Ai dạy bạn lái xe?", None), ("Bố tôi dạy tôi lái xe.", None), ("Anh đang học lái xe.", None),
    ("Con chó của tôi đang học lái xe.", None), ("Tôi đang dạy tôi lái xe.", None),
    ("Tôi có đang học lái xe không?", None), ("Tôi có buổi học lái.", None), ("Sáng nay tôi có buổi học lái.", None),
    ("Ngày mai Lan có buổi học lái đầu tiên.", None), ("Tôi đang học lái xe ô tô?", None),
    ("Bạn đang học lái xe không?", None), ("Bạn có đang học lái xe ô tô.", None),
    ("Mỗi tuần tôi học lái xe hai buổi một tuần.", None), ("Bạn đang học lái xe máy ở trung tâm nào?", None),
    ("Tôi tập lái xe.", None), ("Tôi đã học lái xe được mười buổi.", None), ("Bạn có bằng lái không?", None),
    ("Tôi thi bằng lái tuần sau.", None), ("Anh ấy lái xe nhanh quá.", None), ("I'm learning to drive.", None),
    ("Tôi đã dạy bạn lái xe chưa?", None), ("Bạn có đã dạy tôi lái xe không?", None),
    ("Mỗi tuần em học lái xe mấy buổi ạ?", None), ("Em có buổi học lái ngày mai không ạ?", None),
    ("Em có đang học lái xe không ạ?", None), ("Em có tập lái xe mỗi ngày không ạ?", None),
    ("Em đã học lái xe ở đâu ạ?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang lái xe bài học.", "Bạn có đang lái xe bài học không?", "Chúng tôi đang lái xe những bài học."
    ("I'm taking driving lessons.", "Tôi đang học lái xe."),
    ("Are you taking driving lessons?", "Bạn có đang học lái xe không?"),
    ("We're taking driving lessons.", "Chúng tôi đang học lái xe."),
    ("My mother is taking driving lessons.", "Mẹ tôi đang học lái xe."),
    ("She's learning to ride a motorbike.", "Cô ấy đang học lái xe máy."),
    ("Is your son taking motorbike lessons?", "Con trai bạn có đang học lái xe máy không?"),
    # v8: "Tôi có một bài học lái xe chiều mai.", "Tôi có bài học lái xe đầu tiên của tôi hôm nay."
    ("I have a driving lesson tomorrow afternoon.", "Chiều mai tôi có buổi học lái xe."),
    ("I had a driving lesson yesterday.", "Hôm qua tôi có buổi học lái xe."),
    ("She has a driving lesson tonight.", "Tối nay cô ấy có buổi học lái xe."),
    ("Do you have a driving lesson tomorrow?", "Ngày mai bạn có buổi học lái xe không?"),
    ("Did Lan have a driving lesson yesterday?", "Hôm qua Lan có buổi học lái xe không?"),
    ("I don't have a driving lesson today.", "Hôm nay tôi không có buổi học lái xe."),
    ("He didn't have a driving lesson last week.", "Tuần trước anh ấy không có buổi học lái xe."),
    ("I have my first driving lesson today.", "Hôm nay tôi có buổi học lái xe đầu tiên."),
    ("My son has his first driving lesson next week.", "Tuần sau con trai tôi có buổi học lái xe đầu tiên."),
    # v8: "Cha tôi đang dạy cho tôi lái xe.", "Ai dạy em lái xe?"
    ("My father is teaching me to drive.", "Bố tôi đang dạy tôi lái xe."),
    ("My father taught me to drive.", "Bố tôi đã dạy tôi lái xe."),
    ("I'm teaching my daughter to drive a car.", "Tôi đang dạy con gái tôi lái ô tô."),
    ("Is your husband teaching you to drive?", "Chồng bạn có đang dạy bạn lái xe không?"),
    ("Did your father teach you to drive?", "Bố bạn có dạy bạn lái xe không?"),
    ("Who taught you to drive?", "Ai đã dạy bạn lái xe?"),
    ("Who's teaching your son to ride a motorbike?", "Ai đang dạy con trai bạn lái xe máy?"),
    # v8: "Con trai tôi đang lái xe."
    ("My son is practising driving.", "Con trai tôi đang tập lái xe."),
    ("Are you practising driving?", "Bạn có đang tập lái xe không?"),
    ("She practises driving every day.", "Cô ấy tập lái xe mỗi ngày."),
    # v8: "Bạn đang lái xe ở trường nào?", "Bạn đến trường lái xe nào?"
    ("Which driving school are you learning at?", "Bạn đang học lái xe ở trung tâm nào?"),
    ("Which driving school did you go to?", "Bạn đã học lái xe ở trung tâm nào?"),
    ("Which driving school does your son go to?", "Con trai bạn đang học lái xe ở trung tâm nào?"),
    ("Where did you learn to drive?", "Bạn đã học lái xe ở đâu?"),
    ("Where is she learning to drive?", "Cô ấy đang học lái xe ở đâu?"),
    # v8: "Tôi có hai bài học lái xe một tuần."
    ("I have two driving lessons a week.", "Mỗi tuần tôi học lái xe hai buổi."),
    ("My daughter has one driving lesson a week.", "Mỗi tuần con gái tôi học lái xe một buổi."),
    ("How many driving lessons a week do you have?", "Mỗi tuần bạn học lái xe mấy buổi?"),
    # v8: "Người hướng dẫn lái xe của tôi rất kiên nhẫn."
    ("My driving instructor is very patient.", "Giáo viên dạy lái xe của tôi rất kiên nhẫn."),
    ("Her driving instructor is not very strict.", "Giáo viên dạy lái xe của cô ấy không nghiêm khắc lắm."),
    # not: verbs not agreeing with who or the day, a name's first lesson with his or her, another's first lesson,
    # teaching oneself, "teaches" (now, or taught?), "learning to drive" (mt/driving_tests.py), a "?" missing,
    # "had" with a day ahead, "one driving lessons", a pet, the test and the licence (other modules), Vietnamese
    ("She have a driving lesson tomorrow.", None), ("I had a driving lesson tomorrow.", None),
    ("Does you have a driving lesson tomorrow?", None), ("Lan has her first driving lesson tomorrow.", None),
    ("I have your first driving lesson today.", None), ("I'm teaching me to drive.", None),
    ("My father teaches me to drive.", None), ("I'm learning to drive.", None),
    ("Are you taking driving lessons.", None), ("She are taking driving lessons.", None),
    ("I have two driving lesson a week.", None), ("I have one driving lessons a week.", None),
    ("My dog is learning to ride a motorbike.", None), ("I failed my driving test twice.", None),
    ("Where do you learn to drive?", None), ("He practise driving every day.", None),
    ("Tôi đang học lái xe.", None), ("I have a driving lesson.", None), ("He is teaching his son to drive.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đang học lái xe ô tô.", "en", "vi") is None
    assert translate("I'm taking driving lessons.", "vi", "en") is None
    assert translate("I'm taking driving lessons.", "en", "fr") is None
