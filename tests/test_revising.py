"""Revising for exams: who is revising, up late revising, an exam on a day, when, waiting for the results and the
results out, both ways (mt/revising.py)."""
import pytest

from mt.revising import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting a test.", "Are you carving?", "Lan is getting a college test."
    ("Tôi đang ôn thi.", "I'm revising for my exams."),
    ("Con tôi đang ôn thi học kỳ.", "My child is revising for the end-of-term exams."),
    ("Lan đang ôn thi đại học.", "Lan is revising for the university entrance exam."),
    ("Con trai tôi đang ôn thi cuối kỳ.", "My son is revising for his final exams."),
    ("Chúng tôi vẫn đang ôn thi.", "We're still revising for our exams."),
    ("Cô ấy đang ôn bài.", "She's revising."),
    ("Bạn có đang ôn thi không?", "Are you revising for your exams?"),
    ("Con gái bạn có đang ôn thi môn toán không?", "Is your daughter revising for her maths exam?"),
    # v8: "Last night, I got a skept.", "Last night, my son awakened the stool."
    ("Tối qua tôi thức khuya ôn bài.", "I stayed up late revising last night."),
    ("Tôi thức khuya ôn bài tối qua.", "I stayed up late revising last night."),
    ("Đêm qua con trai tôi thức khuya ôn thi.", "My son stayed up late revising for his exams last night."),
    ("Anh ấy đã thức khuya ôn thi.", "He stayed up late revising for his exams."),
    ("Con tôi hay thức khuya ôn bài.", "My child often stays up late revising."),
    ("Bạn có hay thức khuya ôn bài không?", "Do you often stay up late revising?"),
    ("Tối qua bạn có thức khuya ôn bài không?", "Did you stay up late revising last night?"),
    # v8: "Tomorrow, I'll have a test.", "Next week, I'll test the end of the period.", "Tomorrow, my sister operands.",
    # "Yesterday, we test between the period.", "I'm going to test in class."
    ("Mai tôi thi học kỳ.", "I have my end-of-term exams tomorrow."),
    ("Ngày mai tôi thi học kỳ.", "I have my end-of-term exams tomorrow."),
    ("Tuần sau con tôi thi cuối kỳ.", "My child has final exams next week."),
    ("Ngày mai em gái tôi thi toán.", "My sister has a maths exam tomorrow."),
    ("Cô ấy thi môn tiếng Anh vào ngày mai.", None),
    ("Hôm qua chúng tôi thi giữa kỳ.", "We had our mid-term exams yesterday."),
    ("Hôm nay Lan thi văn.", "Lan has a literature exam today."),
    ("Tuần sau bạn sẽ thi học kỳ.", "You have your end-of-term exams next week."),
    ("Con tôi sắp thi vào lớp mười.", "My child is about to take the grade 10 entrance exam."),
    ("Tôi sắp thi đại học.", "I'm about to take my university entrance exam."),
    # v8: "When did you get ready?"
    ("Khi nào bạn thi?", "When are your exams?"),
    ("Bao giờ con bạn thi học kỳ?", "When are your child's end-of-term exams?"),
    ("Khi nào Lan thi toán?", "When is Lan's maths exam?"),
    # v8: "I'm waiting for the results.", "My daughter is waiting for the test."
    ("Tôi đang đợi kết quả thi.", "I'm waiting for my exam results."),
    ("Con gái tôi vẫn đang chờ kết quả thi.", "My daughter is still waiting for her exam results."),
    ("Lan đang chờ kết quả thi đại học.", "Lan is waiting for the university entrance exam results."),
    ("Bạn có đang đợi kết quả thi không?", "Are you waiting for your exam results?"),
    # v8: "Have the results of the test?", "The test results are already available.", "When do the results of the
    # test?", "The test results are not available."
    ("Đã có kết quả thi chưa?", "Are the exam results out yet?"),
    ("Có kết quả thi học kỳ chưa?", "Are the end-of-term exam results out yet?"),
    ("Kết quả thi có rồi.", "The exam results are out."),
    ("Đã có kết quả thi rồi.", "The exam results are out."),
    ("Kết quả thi chưa có.", "The exam results aren't out yet."),
    ("Vẫn chưa có kết quả thi.", "The exam results aren't out yet."),
    ("Khi nào có kết quả thi?", "When will the exam results be out?"),
    ("Bao giờ có kết quả thi đại học?", "When will the university entrance exam results be out?"),
    # not: no day (when?), "thi" alone said (a contest?), a bare habit or last night, "anh" or "em" saying it, a parent
    # or a pet as who, contests, passed or failed (mt/exams.py), "có" or "không" alone, "vẫn" asked, oneself asked
    ("Tôi thi học kỳ.", None), ("Mai tôi thi.", None), ("Tôi ôn thi.", None), ("Tôi thức khuya ôn bài.", None),
    ("Anh đang ôn thi.", None), ("Em thi học kỳ vào tuần sau.", None), ("Mẹ tôi đang đợi kết quả thi.", None),
    ("Con chó của tôi đang ôn thi.", None), ("Tôi đang thi hát.", None), ("Mai con tôi thi chạy.", None),
    ("Tôi đã thi đỗ.", None), ("Bạn đang ôn thi không?", None), ("Tôi đang ôn thi?", None),
    ("Tôi có đang ôn thi không?", None), ("Bạn có vẫn đang ôn thi không?", None), ("Mai Lan thi học kỳ.", None),
    ("Hôm qua tôi sẽ thi học kỳ.", None), ("Ngày mai tôi đã thi học kỳ.", None), ("Kết quả thi có rồi?", None),
    ("Tối qua tôi hay thức khuya ôn bài.", None), ("Bố tôi sắp thi đại học.", None), ("Tôi thích thi.", None),
    # review: "an" before a subject that opens with a vowel ("a English exam")
    ("Ngày mai con tôi thi tiếng Anh.", "My child has an English exam tomorrow."),
    ("Hôm nay Lan thi tiếng Anh.", "Lan has an English exam today."),
    ("Ngày mai tôi thi tiếng Anh.", "I have my English exam tomorrow."),
    # review: "nhỉ" on a statement asks to be agreed with (isn't it?); on a question it is a softener
    ("Tôi đang ôn thi nhỉ.", None), ("Ngày mai con tôi thi học kỳ nhỉ.", None), ("Ngày mai tôi thi toán nhỉ.", None),
    ("Tối qua tôi thức khuya ôn bài nhỉ.", None), ("Tôi đang đợi kết quả thi nhỉ.", None),
    ("Kết quả thi có rồi nhỉ.", None), ("Có kết quả thi rồi nhỉ.", None),
    ("Đã có kết quả thi chưa nhỉ?", "Are the exam results out yet?"),
    ("Khi nào bạn thi nhỉ?", "When are your exams?"),
    # review: "của mình" after someone else is theirs, or the speaker's ("mình": I)
    ("Anh ấy đang đợi kết quả thi của mình.", None), ("Con gái tôi đang chờ kết quả thi của mình.", None),
    ("Bạn có đang đợi kết quả thi của mình không?", None),
    ("Tôi đang đợi kết quả thi của mình.", "I'm waiting for my exam results."),
    # review: this morning, this afternoon, no tense said: over already, or still to come?
    ("Sáng nay tôi thi toán.", None), ("Chiều nay con tôi thi văn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang sửa đổi cuộc thi của tôi." (amending), "Bạn có sửa đổi các bài kiểm không?"
    ("I'm revising for my exams.", "Tôi đang ôn thi."),
    ("My child is revising for the end-of-term exams.", "Con tôi đang ôn thi học kỳ."),
    ("She's studying for her finals.", "Cô ấy đang ôn thi cuối kỳ."),
    ("We are still revising.", "Chúng tôi vẫn đang ôn bài."),
    ("Lan is revising for her maths exam.", "Lan đang ôn thi môn toán."),
    ("Are you revising for your exams?", "Bạn có đang ôn thi không?"),
    ("Is your son revising?", "Con trai bạn có đang ôn bài không?"),
    # v8: "Tôi ở lại sửa đổi cuối tối qua.", "Tôi ở lại sửa đổi trễ.", "Anh ấy thường ở lại sửa đổi cuối."
    ("I stayed up late revising last night.", "Tối qua tôi thức khuya ôn bài."),
    ("I stayed up late revising.", "Tôi đã thức khuya ôn bài."),
    ("My daughter stayed up late revising for her exams.", "Con gái tôi đã thức khuya ôn thi."),
    ("He often stays up late revising.", "Anh ấy hay thức khuya ôn bài."),
    ("Do you usually stay up late revising?", "Bạn có thường thức khuya ôn bài không?"),
    ("Did you stay up late revising last night?", "Tối qua bạn có thức khuya ôn bài không?"),
    # v8: "Tôi có cuộc thi cuối của tôi ngày mai.", "Con tôi có các bài kiểm cuối tuần tới.", "Cô ấy có bài kiểm toán
    # ngày mai.", "Chúng tôi đã kiểm tra giữa thời gian dài hôm qua.", "Con tôi sắp học lớp 10 lần."
    ("I have my end-of-term exams tomorrow.", "Ngày mai tôi thi học kỳ."),
    ("My child has final exams next week.", "Tuần sau con tôi thi cuối kỳ."),
    ("She has her maths exam tomorrow.", "Ngày mai cô ấy thi môn toán."),
    ("Lan has a physics exam today.", "Hôm nay Lan thi môn vật lý."),
    ("We had our mid-term exams yesterday.", "Hôm qua chúng tôi thi giữa kỳ."),
    ("My child is about to take the grade 10 entrance exam.", "Con tôi sắp thi vào lớp 10."),
    ("My son is about to take the entrance exam for year 6.", "Con trai tôi sắp thi vào lớp 6."),
    # v8: "Xét nghiệm của bạn khi nào?"
    ("When are your exams?", "Khi nào bạn thi?"),
    ("When is your son's maths exam?", "Khi nào con trai bạn thi môn toán?"),
    ("When are Lan's end-of-term exams?", "Khi nào Lan thi học kỳ?"),
    # v8: "Tôi đang đợi kết quả kiểm tra của tôi.", "Con trai tôi vẫn đang đợi kết quả kiểm tra của mình."
    ("I'm waiting for my exam results.", "Tôi đang đợi kết quả thi."),
    ("My son is still waiting for his exam results.", "Con trai tôi vẫn đang đợi kết quả thi."),
    ("She's waiting for the university entrance exam results.", "Cô ấy đang đợi kết quả thi đại học."),
    ("Are you waiting for your exam results?", "Bạn có đang đợi kết quả thi không?"),
    # v8: "Các kết quả kiểm tra vẫn chưa?", "Kết quả kiểm tra ra.", "Kết quả kiểm tra vẫn chưa xuất hiện."
    ("Are the exam results out yet?", "Đã có kết quả thi chưa?"),
    ("The exam results are out.", "Đã có kết quả thi rồi."),
    ("My exam results are out.", "Đã có kết quả thi của tôi rồi."),
    ("The end-of-term exam results aren't out yet.", "Vẫn chưa có kết quả thi học kỳ."),
    ("When will the exam results be out?", "Khi nào có kết quả thi?"),
    ("When do the exam results come out?", "Khi nào có kết quả thi?"),
    # not: verbs not agreeing, another's exams, a parent or a pet, asked of oneself, "?" on a statement, a day not
    # the verb's, a bare "studying", "have an exam" (mt/exams.py), revising a text (amending), contests
    ("She are revising for her exams.", None), ("I'm revising for your exams.", None),
    ("My mother is waiting for her exam results.", None), ("My dog is revising.", None),
    ("Am I revising for my exams?", None), ("I'm revising for my exams?", None), ("I had my exams tomorrow.", None),
    ("I have my exams yesterday.", None), ("I'm studying.", None), ("I have an exam tomorrow.", None),
    ("I'm revising the report.", None), ("She has maths exams tomorrow.", None), ("When is your exams?", None),
    ("I stay up late revising last night.", None), ("The exam results is out.", None),
    ("Are the exam results out.", None), ("He stays up late revising.", None), ("We have exams.", None),
    ("Tôi đang ôn thi.", None),
    # review: the grade of "the entrance exam for grade 10" kept
    ("I'm revising for the entrance exam for grade 10.", "Tôi đang ôn thi vào lớp 10."),
    ("Are you revising for the entrance exam for grade 10?", "Bạn có đang ôn thi vào lớp 10 không?"),
    ("I stayed up late revising for the entrance exam for grade 10.", "Tôi đã thức khuya ôn thi vào lớp 10."),
    # review: "an" before a vowel ("an English exam"), not "a"
    ("Lan has an English exam tomorrow.", "Ngày mai Lan thi môn tiếng Anh."),
    ("Lan has a English exam tomorrow.", None), ("I have an maths exam tomorrow.", None),
    # review: "his" after a woman's name is another's
    ("Lan is waiting for his exam results.", None), ("Lan is revising for his exams.", None),
    ("Lan is waiting for her exam results.", "Lan đang đợi kết quả thi."),
    # review: "aren't out" without "yet" is not "still" ("vẫn")
    ("The exam results aren't out.", "Chưa có kết quả thi."),
    ("The exam results are not out yet.", "Vẫn chưa có kết quả thi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
