"""English tests and their scores: IELTS, TOEIC, TOEFL and VSTEP sat, registered for, studied for, and the score got
or needed, both ways (mt/language_tests.py)."""
import pytest

from mt.language_tests import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm 7,0 IELTS.", "I was 6.5 IELTS.", "IELTS was 7,0.", "My mother reached 850 TOEIC.", "Lan was 100 TOEFL.",
    # "Last year, I was 7,0 IELTS."
    ("Tôi được 7.0 IELTS.", "I got 7.0 in IELTS."),
    ("Tôi được 6,5 IELTS.", "I got 6.5 in IELTS."),
    ("Tôi đã được 8.0 IELTS.", "I got 8.0 in IELTS."),
    ("Tôi thi IELTS được 7.0.", "I got 7.0 in IELTS."),
    ("Mẹ tôi đạt 850 TOEIC.", "My mother got 850 in TOEIC."),
    ("Mẹ tôi được 850 điểm TOEIC.", "My mother got 850 in TOEIC."),
    ("Lan được 100 TOEFL.", "Lan got 100 in TOEFL."),
    ("Chúng tôi được IELTS 6.5.", "We got 6.5 in IELTS."),
    ("Anh ấy được 7 IELTS.", "He got 7 in IELTS."),
    ("Năm ngoái tôi được 7.0 IELTS.", "I got 7.0 in IELTS last year."),
    ("Tôi được 7.0 IELTS vào năm ngoái.", "I got 7.0 in IELTS last year."),
    ("Tôi không đạt 6.5 IELTS.", "I didn't get 6.5 in IELTS."),
    ("Cô ấy chưa đạt 6.5 IELTS.", "She hasn't scored 6.5 in IELTS yet."),
    # v8: "How many IELTS points are you?"
    ("Bạn được bao nhiêu điểm IELTS?", "What IELTS score did you get?"),
    ("Bạn thi IELTS được bao nhiêu điểm?", "What IELTS score did you get?"),
    ("Chị gái bạn được mấy điểm TOEIC?", "What TOEIC score did your sister get?"),
    # v8: "Next week, I'll test IELTS.", "Tomorrow, he will perform TOEIC.", "We took VSTEP next month.", "Last
    # year, I execute IELTS.", "Are you enforced IELTS?", "I'm not underwear IELTS."
    ("Tuần sau tôi thi IELTS.", "I'm taking IELTS next week."),
    ("Ngày mai anh ấy thi TOEIC.", "He's taking TOEIC tomorrow."),
    ("Chúng tôi thi VSTEP vào tháng sau.", "We're taking VSTEP next month."),
    ("Tháng sau mẹ tôi thi TOEIC.", "My mother is taking TOEIC next month."),
    ("Hôm nay Lan đã thi IELTS.", "Lan took IELTS today."),
    ("Tôi sẽ thi IELTS hôm nay.", "I'll take IELTS today."),
    ("Năm ngoái tôi thi IELTS.", "I took IELTS last year."),
    ("Tuần trước cô ấy đã thi TOEFL.", "She took TOEFL last week."),
    ("Tôi sẽ thi IELTS.", "I'll take IELTS."),
    ("Năm sau chúng tôi sẽ thi IELTS.", "We'll take IELTS next year."),
    ("Anh ấy sắp thi IELTS.", "He's about to take IELTS."),
    ("Tôi vừa thi IELTS.", "I've just taken IELTS."),
    ("Tôi đã thi IELTS rồi.", "I've taken IELTS."),
    ("Tôi thi IELTS rồi.", "I've taken IELTS."),
    ("Bạn đã thi IELTS chưa?", "Have you taken IELTS yet?"),
    ("Bố bạn thi TOEIC chưa?", "Has your father taken TOEIC yet?"),
    ("Tôi chưa thi IELTS.", "I haven't taken IELTS yet."),
    ("Tuần sau bạn có thi IELTS không?", "Are you taking IELTS next week?"),
    ("Bạn đã thi IELTS chưa ạ?", "Have you taken IELTS yet?"),
    ("Bác Lan thi IELTS vào tuần sau.", "Aunt Lan is taking IELTS next week."),
    ("Anh ấy được 7.0 IELTS!", "He got 7.0 in IELTS!"),
    # v8: "How many TOEIC points do you need?", "I need 6.5 IELTS.", "She needs 7,0 IELTS."
    ("Bạn cần bao nhiêu điểm TOEIC?", "What TOEIC score do you need?"),
    ("Tôi cần 6.5 IELTS.", "I need 6.5 in IELTS."),
    ("Cô ấy cần 7,0 IELTS.", "She needs 7.0 in IELTS."),
    ("Em gái tôi chỉ cần 600 điểm TOEIC.", "My sister only needs 600 in TOEIC."),
    ("Chúng tôi cần IELTS 6.5.", "We need 6.5 in IELTS."),
    # v8: "She is huging the IELTS test.", "Are you hugged IELTS test?", "I'm taking TOEIC test."
    ("Chị ấy đang ôn thi IELTS.", "She's studying for IELTS."),
    ("Bạn có đang ôn thi IELTS không?", "Are you studying for IELTS?"),
    ("Tôi đang luyện thi TOEIC.", "I'm studying for TOEIC."),
    ("Con trai tôi đang học IELTS.", "My son is studying for IELTS."),
    # v8: "I registered IELTS test.", "Do you register the IELTS test?", "I have not registered TOEFL test."
    ("Tôi đã đăng ký thi IELTS.", "I've registered for IELTS."),
    ("Tôi đăng ký thi IELTS rồi.", "I've registered for IELTS."),
    ("Hôm qua mẹ tôi đăng ký thi TOEIC.", "My mother registered for TOEIC yesterday."),
    ("Bạn đăng ký thi IELTS chưa?", "Have you registered for IELTS yet?"),
    ("Tôi chưa đăng ký thi TOEFL.", "I haven't registered for TOEFL yet."),
    ("Tôi vừa đăng ký thi VSTEP.", "I've just registered for VSTEP."),
    ("Tháng sau tôi sẽ đăng ký thi IELTS.", "I'll register for IELTS next month."),
    ("Tuần sau tôi đăng ký thi IELTS.", "I'm registering for IELTS next week."),
    ("Tôi sắp đăng ký thi TOEIC.", "I'm about to register for TOEIC."),
    # v8: "My test is 6.5.", "Her test was 6.0."
    ("Phần thi nói của tôi được 6.5.", "I got 6.5 in the speaking test."),
    ("Phần thi viết của cô ấy được 6.0.", "She got 6.0 in the writing test."),
    ("Phần thi nghe IELTS của Lan được 8.5.", "Lan got 8.5 in the IELTS listening test."),
    ("Tôi được 6.5 phần nói.", "I got 6.5 in the speaking test."),
    ("Tôi được 7,5 phần thi đọc.", "I got 7.5 in the reading test."),
    ("Phần thi nói của bạn được bao nhiêu?", "What did you get in the speaking test?"),
    # v8: "My IELTS point is 7.0."
    ("Điểm IELTS của tôi là 7.0.", "My IELTS score is 7.0."),
    ("Điểm TOEIC của bạn là bao nhiêu?", "What is your TOEIC score?"),
    ("Điểm TOEFL của anh ấy là 95.", "His TOEFL score is 95."),
    # not: "em", "anh" alone saying it (the speaker, or the one spoken to?), no day nor tense, "có … không?" with no
    # day, scores a test does not give, VSTEP scores (a level, or a mark?), "không được" (not allowed?), a score got
    # ahead, "?" on a statement, "I" asked, a pet, resits (mt/resits.py), passing (mt/exams.py), mock tests, "ôn thi"
    # with no "đang" (a habit?), "chưa ôn" (begun or done?), "à?", "đăng ký" with no tense or no "thi" (a course?),
    # a tense against its day, "thế" saying more, a part's band with no decimal, a TOEIC part, "nhỉ", English
    ("Tuần sau em thi IELTS.", None), ("Anh thi IELTS vào tuần sau.", None), ("Tôi thi IELTS.", None),
    ("Bạn có thi IELTS không?", None), ("Tôi được 10 IELTS.", None), ("Tôi được 7.3 IELTS.", None),
    ("Tôi được 995 TOEIC.", None), ("Tôi được 852 TOEIC.", None), ("Tôi được 130 TOEFL.", None),
    ("Tôi được B2 VSTEP.", None), ("Tôi được 6.5 VSTEP.", None), ("Tôi không được 7.0 IELTS.", None),
    ("Tuần sau tôi được 7.0 IELTS.", None), ("Tôi được 7.0 IELTS?", None), ("Tôi được bao nhiêu điểm IELTS?", None),
    ("Con mèo của tôi thi IELTS vào tuần sau.", None), ("Tôi thi lại IELTS vào tuần sau.", None),
    ("Tôi thi đỗ IELTS.", None), ("Tôi thi thử IELTS vào tuần sau.", None), ("Tôi ôn thi IELTS.", None),
    ("Tôi chưa ôn thi IELTS.", None), ("Bạn đang ôn thi IELTS à?", None), ("Bạn có đang ôn thi IELTS?", None),
    ("Tôi đăng ký thi IELTS.", None), ("Tôi đã đăng ký IELTS.", None), ("Năm ngoái tôi sẽ thi IELTS.", None),
    ("Tuần sau tôi đã thi IELTS.", None), ("Tôi thi IELTS vào tuần sau thế.", None), ("Tôi được 7 phần nói.", None),
    ("Phần thi nói TOEIC của tôi được 6.5.", None), ("Tôi đang ôn thi IELTS nhỉ.", None),
    ("Hôm nay tôi thi IELTS rồi.", None), ("Tuần sau tôi thi IELTS chưa?", None), ("I got 7.0 in IELTS.", None),
    ("Tôi học tiếng Anh.", None), ("Em đã thi IELTS chưa ạ?", None),  # ("ạ": "em" is the speaker)
    ("Bạn đã được 7.0 IELTS chưa?", None),
    # "hôm nay", "tuần này", "năm nay" with no tense word: done, or ahead? (asked too: "Did you …?" or "Are you …?")
    ("Hôm nay Lan thi IELTS.", None), ("Tuần này tôi thi IELTS.", None), ("Năm nay tôi thi IELTS.", None),
    ("Hôm nay tôi đăng ký thi IELTS.", None), ("Hôm nay bạn có thi IELTS không?", None),
    ("Năm nay bạn có thi IELTS không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có 7,0 trong IELTS.", "Tôi có 6,5 trong thử nghiệm IELTS.", "Mẹ tôi ghi bàn 850 ở TOEIC."
    ("I got 7.0 in IELTS.", "Tôi được 7.0 IELTS."),
    ("I got 6.5 in the IELTS test.", "Tôi được 6.5 IELTS."),
    ("My mother scored 850 in TOEIC.", "Mẹ tôi được 850 TOEIC."),
    ("Lan got 100 in the TOEFL exam.", "Lan được 100 TOEFL."),
    ("We got 7.5 on the IELTS last year.", "Năm ngoái chúng tôi được 7.5 IELTS."),
    ("I didn't get 6.5 in IELTS.", "Tôi không đạt 6.5 IELTS."),
    ("He did not get 800 in TOEIC.", "Anh ấy không đạt 800 TOEIC."),
    # v8: "Bạn có ghi số IELTS như thế nào?"
    ("What IELTS score did you get?", "Bạn được bao nhiêu điểm IELTS?"),
    ("What did your brother get in TOEIC?", "Anh trai bạn được bao nhiêu điểm TOEIC?"),
    ("What did she get in the IELTS test last month?", "Tháng trước cô ấy được bao nhiêu điểm IELTS?"),
    # v8: "Tôi đang sử dụng IELTS vào tuần tới.", "Tôi đang thử nghiệm IELTS vào tuần tới.", "Anh ấy đang ngồi TOEIC
    # ngày mai.", "Tôi lấy IELTS vào năm ngoái.", "Bạn có lấy IELTS chưa?", "Tôi chưa lấy được IELTS."
    ("I'm taking IELTS next week.", "Tuần sau tôi thi IELTS."),
    ("I'm taking the IELTS test next week.", "Tuần sau tôi thi IELTS."),
    ("He's sitting TOEIC tomorrow.", "Ngày mai anh ấy thi TOEIC."),
    ("My mother is taking TOEIC next month.", "Tháng sau mẹ tôi thi TOEIC."),
    ("Are you taking IELTS next week?", "Tuần sau bạn có thi IELTS không?"),
    ("Is Lan sitting the IELTS exam tomorrow?", "Ngày mai Lan có thi IELTS không?"),
    ("She's about to take IELTS.", "Cô ấy sắp thi IELTS."),
    ("I'll take IELTS.", "Tôi sẽ thi IELTS."),
    ("We will take VSTEP next year.", "Năm sau chúng tôi sẽ thi VSTEP."),
    ("I took IELTS last year.", "Năm ngoái tôi thi IELTS."),
    ("She sat TOEFL last week.", "Tuần trước cô ấy thi TOEFL."),
    ("I took IELTS.", "Tôi đã thi IELTS."),
    ("I've taken IELTS.", "Tôi đã thi IELTS rồi."),
    ("He has just taken TOEIC.", "Anh ấy vừa thi TOEIC."),
    ("She's taken IELTS!", "Cô ấy đã thi IELTS rồi!"),
    ("Have you taken IELTS yet?", "Bạn đã thi IELTS chưa?"),
    ("Has your father taken TOEIC?", "Bố bạn đã thi TOEIC chưa?"),
    ("I haven't taken IELTS yet.", "Tôi chưa thi IELTS."),
    ("She hasn’t sat IELTS.", "Cô ấy chưa thi IELTS."),
    # v8: "Bạn cần ghi bàn TOEIC gì?", "Tôi cần 6,5 vào IELTS.", "Cô ấy cần 7.0 trong IELTS."
    ("What TOEIC score do you need?", "Bạn cần bao nhiêu điểm TOEIC?"),
    ("What IELTS score does your daughter need?", "Con gái bạn cần bao nhiêu điểm IELTS?"),
    ("I need 6.5 in IELTS.", "Tôi cần 6.5 IELTS."),
    ("She needs 7.0 in IELTS.", "Cô ấy cần 7.0 IELTS."),
    ("I need an IELTS score of 6.5.", "Tôi cần 6.5 IELTS."),
    ("He only needs 600 in TOEIC.", "Anh ấy chỉ cần 600 TOEIC."),
    # v8: "Cô ấy đang học về IELTS.", "Bạn đang học IELTS không?", "Tôi đang chuẩn bị TOEIC."
    ("She is studying for IELTS.", "Cô ấy đang ôn thi IELTS."),
    ("Are you studying for IELTS?", "Bạn có đang ôn thi IELTS không?"),
    ("I'm preparing for TOEIC.", "Tôi đang ôn thi TOEIC."),
    ("My son is revising for the IELTS exam.", "Con trai tôi đang ôn thi IELTS."),
    # v8: "Tôi đã đăng ký cho IELTS.", "Bạn có đăng ký IELTS chưa?"
    ("I've registered for IELTS.", "Tôi đã đăng ký thi IELTS rồi."),
    ("She has just registered for the TOEIC test.", "Cô ấy vừa đăng ký thi TOEIC."),
    ("I registered for TOEIC yesterday.", "Hôm qua tôi đăng ký thi TOEIC."),
    ("I signed up for IELTS.", "Tôi đã đăng ký thi IELTS."),
    ("Have you registered for IELTS yet?", "Bạn đã đăng ký thi IELTS chưa?"),
    ("We haven't registered for TOEFL yet.", "Chúng tôi chưa đăng ký thi TOEFL."),
    ("I'll sign up for TOEFL next month.", "Tháng sau tôi sẽ đăng ký thi TOEFL."),
    ("Are you registering for TOEIC next week?", "Tuần sau bạn có đăng ký thi TOEIC không?"),
    ("We're about to register for IELTS.", "Chúng tôi sắp đăng ký thi IELTS."),
    # v8: "Tôi có 6,5 trong thử nghiệm nói."
    ("I got 6.5 in the speaking test.", "Phần thi nói của tôi được 6.5."),
    ("She scored 7.0 in IELTS writing.", "Phần thi viết IELTS của cô ấy được 7.0."),
    ("Lan got 8.5 in the IELTS listening test.", "Phần thi nghe IELTS của Lan được 8.5."),
    ("My speaking score was 6.5.", "Phần thi nói của tôi được 6.5."),
    # (v8 writes "My IELTS score is 7.0." well)
    ("My IELTS score is 7.0.", "Điểm IELTS của tôi là 7.0."),
    ("What's your TOEIC score?", "Điểm TOEIC của bạn là bao nhiêu?"),
    ("My mother's TOEFL score is 100.", "Điểm TOEFL của mẹ tôi là 100."),
    # not: the verb not agreeing with who ("She get", "She are", "He have", "does you"), scores a test does not give,
    # VSTEP scores, a part's band with no decimal or of TOEIC, no day nor tense ("I'm taking IELTS."), a day against
    # the tense, denied plans, "a IELTS", a "?" missing, a score that was (then, or still?), "I" asked, a pet,
    # passing (mt/exams.py), other things taken, "register" as a habit, Vietnamese, nonsense
    ("She get 7.0 in IELTS.", None), ("I got 10 in IELTS.", None), ("I got 6.3 in IELTS.", None),
    ("I got B2 in VSTEP.", None), ("I got 7 in the speaking test.", None),
    ("I got 6.5 in the TOEIC speaking test.", None), ("I'm taking IELTS.", None), ("I took IELTS next week.", None),
    ("I'm taking IELTS last year.", None), ("She are taking IELTS next week.", None), ("He have taken IELTS.", None),
    ("Does she take IELTS?", None), ("I'm not taking IELTS next week.", None), ("She need 6.5 in IELTS.", None),
    ("What IELTS score does you need?", None), ("I need a IELTS score of 6.5.", None),
    ("He are studying for IELTS.", None), ("Is she studying for IELTS.", None), ("I register for IELTS.", None),
    ("Has she registered for IELTS yesterday?", None), ("My IELTS score was 7.0.", None),
    ("What IELTS score did I get?", None), ("My dog is taking IELTS next week.", None),
    ("I passed the IELTS test.", None), ("I'm taking a taxi next week.", None), ("I got 7.0 in IELTS?", None),
    ("I'm taking for IELTS next week.", None), ("I'm registering IELTS next week.", None),
    ("Tôi được 7.0 IELTS.", None), ("I love reading.", None),
    # a pet's score, as every other shape leaves a pet
    ("My dog's IELTS score is 7.0.", None), ("What's my cat's IELTS score?", None),
    ("My cat's speaking score is 6.5.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
