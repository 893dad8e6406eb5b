"""Resits: an exam or a subject retaken after failing, the resit passed or failed, and a year repeated, both ways
(mt/resits.py)."""
import pytest

from mt.resits import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to test the subject.", "I have to go back to math.", "My son had to test again.", "She had to test
    # English.", "We have to receipt our subject.", "This year, I must learn English.", "He must learn back to the
    # subject.", "I have to test two subjects."
    ("Tôi phải thi lại môn toán.", "I have to retake the maths exam."),
    ("Tôi phải thi lại toán.", "I have to retake the maths exam."),
    ("Con trai tôi phải thi lại.", "My son has to retake the exam."),
    ("Cô ấy phải thi lại môn tiếng Anh.", "She has to retake the English exam."),
    ("Chúng tôi phải thi lại môn hóa.", "We have to retake the chemistry exam."),
    ("Năm nay tôi phải học lại môn tiếng Anh.", "I have to retake English this year."),
    ("Tôi phải học lại môn tiếng Anh năm nay.", "I have to retake English this year."),
    ("Lan phải học lại môn văn.", "Lan has to retake literature."),
    ("Tôi phải thi lại hai môn.", "I have to retake two subjects."),
    # v8: "He is not going to test again.", "My sister is not implemented.", "I won't have to test again."
    ("Anh ấy không phải thi lại môn nào.", "He doesn't have to retake any subjects."),
    ("Em gái tôi không phải thi lại.", "My sister doesn't have to retake the exam."),
    ("Tôi sẽ không phải thi lại.", "I won't have to retake the exam."),
    # v8: "Do you have to test again?", "Do you have to replay the subject?", "How many subjects do you have to
    # test?", "Which subject do you have to play?"
    ("Bạn có phải thi lại không?", "Do you have to retake the exam?"),
    ("Anh có phải thi lại không?", "Do you have to retake the exam?"),
    ("Con bạn có phải thi lại môn toán không?", "Does your child have to retake the maths exam?"),
    ("Bạn phải thi lại mấy môn?", "How many subjects do you have to retake?"),
    ("Anh ấy phải thi lại môn nào?", "Which subjects does he have to retake?"),
    # v8: "Last year, I had to test the subject.", "I had to test again.", "Next year, I'll have to learn again."
    ("Năm ngoái tôi phải thi lại môn lý.", "I had to retake the physics exam last year."),
    ("Tôi đã phải thi lại.", "I had to retake the exam."),
    ("Năm sau con tôi sẽ phải học lại môn toán.", "My child will have to retake maths next year."),
    # v8: "My child skied, got to test again.", "My child slippered the subject, got to test again.", "I skirt, have
    # to play the subject.", "They were dropped, they had to have a test again."
    ("Con tôi bị trượt, phải thi lại.", "My child failed and has to retake the exam."),
    ("Con tôi bị trượt môn toán nên phải thi lại.", "My child failed maths and has to retake it."),
    ("Tôi thi trượt, phải thi lại môn văn.", "I failed and have to retake the literature exam."),
    ("Họ bị rớt nên phải thi lại.", "They failed and have to retake the exam."),
    # v8: "I took it back.", "The flight was slippered.", "My daughter took the math test.", "He did not palace.", "Do
    # you test again?", "I've been a test again."
    ("Tôi thi lại đỗ rồi.", "I passed the resit."),
    ("Con gái tôi thi lại môn toán đã đỗ.", "My daughter passed the maths resit."),
    ("Lan thi lại môn văn bị trượt.", "Lan failed the literature resit."),
    ("Lan thi lại môn văn vẫn bị trượt.", "Lan failed the literature resit."),
    ("Anh ấy thi lại không đỗ.", "He didn't pass the resit."),
    ("Bạn thi lại có đỗ không?", "Did you pass the resit?"),
    ("Tôi đã đỗ kỳ thi lại.", "I passed the resit."),
    # v8: "Tomorrow, I'll take the subject.", "Next week, my son will come back.", "We'll take it again.",
    # "Yesterday, Landling mathematics."
    ("Ngày mai tôi thi lại môn hóa.", "I'm retaking the chemistry exam tomorrow."),
    ("Tuần sau con trai tôi thi lại.", "My son is retaking the exam next week."),
    ("Chúng tôi sẽ thi lại.", "We'll retake the exam."),
    ("Hôm qua Lan thi lại môn toán.", "Lan retook the maths exam yesterday."),
    ("Tôi đã thi lại.", "I retook the exam."),
    # v8: "She must stay in class.", "Last year, she had to stay in class.", "My son was imposed.", "He was in the
    # class.", "Last year, I was innocent.", "I've been imposed.", "I never had a rash.", "You've never been saved?",
    # "Do you have a rash?", "Do you stay in the layer?", "We've never been staying in class."
    ("Cô ấy phải ở lại lớp.", "She has to repeat a year."),
    ("Cô ấy không phải ở lại lớp.", "She doesn't have to repeat a year."),
    ("Năm ngoái cô ấy phải ở lại lớp.", "She had to repeat a year last year."),
    ("Cô ấy đã phải ở lại lớp.", "She had to repeat a year."),
    ("Con trai tôi bị lưu ban.", "My son was held back a year."),
    ("Anh ấy bị ở lại lớp.", "He was held back a year."),
    ("Năm ngoái con tôi bị lưu ban.", "My child was held back a year last year."),
    ("Tôi từng bị lưu ban.", "I was once held back a year."),
    ("Anh ấy từng phải ở lại lớp.", "He once had to repeat a year."),
    ("Tôi chưa bao giờ bị lưu ban.", "I've never been held back a year."),
    ("Chúng tôi chưa từng phải ở lại lớp.", "We've never had to repeat a year."),
    ("Bạn đã bao giờ bị lưu ban chưa?", "Have you ever been held back a year?"),
    ("Bạn có từng bị lưu ban không?", "Have you ever been held back a year?"),
    ("Con bạn có bị lưu ban không?", "Was your child held back a year?"),
    ("Bạn có phải ở lại lớp không?", "Do you have to repeat a year?"),
    # not: "thi lại" with no day nor "sẽ" (when?), "học lại" with no "môn" (or study it again?), "hôm nay" (before or
    # after?), a pet, "anh" saying it (the speaker?), a "?" with no asking word, a past asked, "không bị lưu ban" (or
    # won't be?), "sắp", detention ("ở lại lớp sau giờ học": mt/school_trouble.py's), retaking without "phải" (or did
    # it?), two subjects, wanting to, a day against the tense, "nhỉ", held back asked of oneself, English
    ("Tôi thi lại môn toán.", None), ("Tôi phải học lại toán.", None), ("Tôi phải học lại bài.", None),
    ("Hôm nay tôi phải thi lại.", None), ("Con mèo của tôi phải thi lại.", None), ("Anh phải thi lại.", None),
    ("Tôi phải thi lại môn toán?", None), ("Năm ngoái bạn có phải thi lại không?", None),
    ("Cô ấy không bị lưu ban.", None), ("Tôi sắp thi lại.", None), ("Tôi phải ở lại lớp sau giờ học.", None),
    ("Con tôi bị trượt, thi lại.", None), ("Tôi phải thi lại môn toán và môn văn.", None),
    ("Tôi muốn thi lại.", None), ("Tôi đã phải thi lại ngày mai.", None), ("Tôi phải thi lại môn toán nhỉ.", None),
    ("Tôi có bị lưu ban không?", None), ("I have to retake the maths exam.", None), ("Bạn phải thi lại?", None),
    ("Anh ấy không thi lại đỗ rồi.", None), ("Con tôi bị trượt môn toán, phải thi lại môn văn.", None),
    ("Hôm nay tôi thi lại.", None), ("Bạn phải thi lại môn nào không?", None), ("Hôm qua tôi bị lưu ban.", None),
    ("Tôi đã bao giờ bị lưu ban chưa?", None), ("Con chó của tôi bị lưu ban.", None),
    # "học lại môn" on a day, a week or a month: studying it again that day, not a year's course retaken
    ("Ngày mai tôi phải học lại môn toán.", None), ("Hôm qua tôi phải học lại môn toán.", None),
    ("Tuần sau tôi phải học lại môn tiếng Anh.", None), ("Ngày mai tôi phải học lại hai môn.", None),
    ("Tháng sau tôi phải học lại môn toán.", None), ("Tuần sau bạn phải học lại mấy môn?", None),
    ("Năm ngoái tôi phải học lại môn toán.", "I had to retake maths last year."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải làm lại bài kiểm toán." (an audit), "Con trai tôi phải làm lại bài kiểm.", "Lan phải trả tiền."
    # (pay), "Chúng ta phải tái thiết hai chủ đề." (rebuild), "Tôi sẽ phải trả tiền vào năm tới."
    ("I have to retake the maths exam.", "Tôi phải thi lại môn toán."),
    ("My son has to resit the exam.", "Con trai tôi phải thi lại."),
    ("She has to retake the English exam.", "Cô ấy phải thi lại môn tiếng Anh."),
    ("I have to retake English this year.", "Năm nay tôi phải học lại môn tiếng Anh."),
    ("Lan has to resit maths.", "Lan phải thi lại môn toán."),
    ("We have to resit two subjects.", "Chúng tôi phải thi lại hai môn."),
    ("He doesn't have to retake any subjects.", "Anh ấy không phải thi lại môn nào."),
    ("I had to retake the exam last year.", "Năm ngoái tôi phải thi lại."),
    ("I won't have to retake the exam.", "Tôi sẽ không phải thi lại."),
    ("My brother had to retake the exam.", "Anh trai tôi đã phải thi lại."),
    ("I'll have to retake maths next year.", "Năm sau tôi sẽ phải học lại môn toán."),
    # v8: "Bạn có phải làm lại bài kiểm không?", "Đứa con gái của bạn có phải làm xét nghiệm sinh lý không?", "Bạn
    # phải cưỡng lại những chủ đề nào?", "Ông ta phải tái thiết bao nhiêu đề tài?"
    ("Do you have to retake the exam?", "Bạn có phải thi lại không?"),
    ("Does your daughter have to retake the physics exam?", "Con gái bạn có phải thi lại môn vật lý không?"),
    ("Which subjects do you have to retake?", "Bạn phải thi lại môn nào?"),
    ("How many subjects does he have to resit?", "Anh ấy phải thi lại mấy môn?"),
    # v8: "Con tôi thất bại và phải làm lại bài kiểm.", "Lan thất bại toán và phải thu hồi nó.", "Tôi thất bại và phải
    # tái khám nha khoa." (see the dentist again)
    ("My child failed and has to retake the exam.", "Con tôi bị trượt, phải thi lại."),
    ("Lan failed maths and has to retake it.", "Lan bị trượt môn toán, phải thi lại."),
    ("I failed and have to resit the chemistry exam.", "Tôi bị trượt, phải thi lại môn hóa học."),
    # v8: "Tôi đã đi qua ghế tái thiết.", "Lan không thành công văn hóa.", "Đứa con gái tôi đi toán học của cô ấy.",
    # "Anh ấy không thông qua sự tái thiết.", "Bạn có đi qua tái thiết không?"
    ("I passed the resit.", "Tôi thi lại đỗ rồi."),
    ("My daughter passed her maths resit.", "Con gái tôi thi lại môn toán đỗ rồi."),
    ("Lan failed the literature resit.", "Lan thi lại môn văn vẫn bị trượt."),
    ("He didn't pass the resit.", "Anh ấy thi lại không đỗ."),
    ("Did you pass the resit?", "Bạn thi lại có đỗ không?"),
    # v8: "Tôi không thử nghiệm hóa học ngày mai.", "Chúng tôi sẽ hoàn lại cuộc thi.", "Hãy nấu lại bài kiểm toán hôm
    # qua."
    ("I'm retaking the chemistry exam tomorrow.", "Ngày mai tôi thi lại môn hóa học."),
    ("We'll retake the exam.", "Chúng tôi sẽ thi lại."),
    ("Lan retook the maths exam yesterday.", "Hôm qua Lan thi lại môn toán."),
    # v8: "Cô ấy phải lặp lại một năm.", "Bé có phải lặp lại một năm không?", "Con trai tôi được giữ lại trong một
    # năm.", "Tôi từng giữ lại một năm.", "Bạn từng được tổ chức lại một năm chưa?", "Bé có thể giữ lại một năm
    # không?", "Bạn có phải lặp lại một năm không?"
    ("She has to repeat a year.", "Cô ấy phải ở lại lớp."),
    ("She had to repeat a year.", "Cô ấy đã phải ở lại lớp."),
    ("Does she have to repeat a year?", "Cô ấy có phải ở lại lớp không?"),
    ("My son was held back a year.", "Con trai tôi bị lưu ban."),
    ("My son was held back a year last year.", "Năm ngoái con trai tôi bị lưu ban."),
    ("I was once held back a year.", "Tôi từng bị lưu ban."),
    ("I've never had to repeat a year.", "Tôi chưa bao giờ phải ở lại lớp."),
    ("She's never been held back a year.", "Cô ấy chưa bao giờ bị lưu ban."),
    ("Have you ever been held back a year?", "Bạn đã bao giờ bị lưu ban chưa?"),
    ("Have you ever had to repeat a year?", "Bạn đã bao giờ phải ở lại lớp chưa?"),
    ("Was your child held back a year?", "Con bạn có bị lưu ban không?"),
    # not: a habit, a verb or a count not agreeing, a test (driving? medical?), a day against the tense, "held back"
    # with no "a year", "repeated" (chosen?), a past asked, another's resit, a pet, "retaking" with no day (this
    # year's course?), "any" said, "it" of nothing, a "?" on a statement, wanting to, Vietnamese
    ("I retake the exam.", None), ("She have to retake the exam.", None), ("He has to retake the test.", None),
    ("I had to retake the exam next week.", None), ("I have to retake the exam last year.", None),
    ("He was held back.", None), ("She repeated a year.", None), ("Did you have to retake the exam?", None),
    ("I passed your resit.", None), ("My dog has to retake the exam.", None), ("I'm retaking the exam.", None),
    ("He has to retake any subjects.", None), ("I have to retake two subject.", None),
    ("He failed and has to retake it.", None), ("Do you has to retake the exam?", None),
    ("I have to retake the maths exam?", None), ("I want to retake the exam.", None),
    ("Tôi phải thi lại môn toán.", None), ("I have to repeat the question.", None),
    ("Was I held back a year.", None), ("He were held back a year.", None),
    ("She has to repeat a year last year.", None), ("They has to resit maths.", None),
    ("Have I ever been held back a year?", None), ("I was held back a year last week.", None),
    # a year repeated on a day but last year ("Tuần sau tôi phải ở lại lớp.": staying behind after class), and
    # "retake maths" on a day, a week or a month (its exam, not "học lại": or the course?)
    ("I have to repeat a year next week.", None), ("I have to repeat a year tomorrow.", None),
    ("I had to repeat a year last week.", None), ("Do you have to repeat a year next week?", None),
    ("She doesn't have to repeat a year next week.", None), ("I will have to repeat a year next month.", None),
    ("I have to retake English tomorrow.", None), ("I have to retake maths next week.", None),
    ("I had to retake maths yesterday.", None), ("Do you have to retake maths tomorrow?", None),
    ("I'll have to retake maths next month.", None),
    ("I have to resit maths tomorrow.", "Ngày mai tôi phải thi lại môn toán."),
    ("I had to repeat a year last year.", "Năm ngoái tôi phải ở lại lớp."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
