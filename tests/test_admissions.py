"""Getting into university or a specialist school: got in, failed, taking the entrance exam, points got or short, the
cut-off score and applying, both ways (mt/admissions.py)."""
import pytest

from mt.admissions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My younger brother hit college.", "My child brought into a special school.", "Are you universities?",
    # "My daughter had just been engaged in the school.", "My son didn't go to college."
    ("Em trai tôi trúng tuyển đại học rồi.", "My younger brother got into university."),
    ("Tôi trúng tuyển đại học.", "I got into university."),
    ("Chúng tôi đã trúng tuyển vào trường đại học.", "We got into university."),
    ("Con tôi đỗ vào trường chuyên.", "My child got into a specialist school."),
    ("Lan đỗ vào trường chuyên.", "Lan got into a specialist school."),
    ("Con gái tôi vừa trúng tuyển vào trường chuyên.", "My daughter has just got into a specialist school."),
    ("Bác Hùng đỗ đại học năm ngoái.", "Uncle Hung got into university last year."),
    ("Năm nay con gái tôi đỗ đại học.", "My daughter got into university this year."),
    ("Bạn đỗ đại học chưa?", "Did you get into university?"),
    ("Con bạn đỗ vào trường chuyên chưa?", "Did your child get into a specialist school?"),
    ("Anh đỗ đại học chưa?", "Did you get into university?"),
    ("Con tôi chưa đỗ đại học.", "My child hasn't got into university yet."),
    ("Con trai tôi không đỗ đại học.", "My son didn't get into university."),
    ("Năm ngoái con trai tôi không đỗ đại học.", "My son didn't get into university last year."),
    # v8: "I slipped college last year.", "He skied his college twice."
    ("Tôi trượt đại học năm ngoái.", "I failed the university entrance exam last year."),
    ("Năm ngoái anh ấy trượt đại học.", "He failed the university entrance exam last year."),
    ("Anh ấy thi trượt đại học hai lần.", "He failed the university entrance exam twice."),
    ("Tôi trượt trường chuyên.", "I didn't get into a specialist school."),
    ("Con tôi thi trượt vào trường chuyên hai lần.", "My child failed to get into a specialist school twice."),
    # v8: "This year, I had a college exam.", "This year, do you have a college test?", "Last year, my sister
    # performs college."
    ("Năm nay con tôi thi đại học.", "My child is taking the university entrance exam this year."),
    ("Tôi thi đại học năm nay.", "I'm taking the university entrance exam this year."),
    ("Năm nay chúng tôi thi đại học.", "We're taking the university entrance exam this year."),
    ("Năm nay tôi không thi đại học.", "I'm not taking the university entrance exam this year."),
    ("Năm nay bạn có thi đại học không?", "Are you taking the university entrance exam this year?"),
    ("Năm ngoái chị tôi thi đại học.", "My sister took the university entrance exam last year."),
    ("Năm ngoái bạn có thi đại học không?", "Did you take the university entrance exam last year?"),
    ("Năm sau em gái tôi sẽ thi vào trường chuyên.",
     "My sister will take the entrance exam for a specialist school next year."),
    ("Năm sau bạn có thi đại học không?", "Will you take the university entrance exam next year?"),
    # v8: "How many points do you get?", "I could have 27 points.", "The Land has been 25 points in school."
    ("Bạn thi được bao nhiêu điểm?", "How many points did you get?"),
    ("Con trai bạn thi được bao nhiêu điểm?", "How many points did your son get?"),
    ("Tôi thi được 27 điểm.", "I got 27 points."),
    ("Tôi thi được 27,5 điểm.", "I got 27.5 points."),
    ("Lan thi đại học được 25 điểm.", "Lan got 25 points in the university entrance exam."),
    # v8: "The standard point this year is too high.", "How much is this year's benchmark?"
    ("Điểm chuẩn năm nay cao quá.", "The cut-off score is so high this year."),
    ("Điểm chuẩn năm ngoái rất thấp.", "The cut-off score was very low last year."),
    ("Điểm chuẩn năm nay là bao nhiêu?", "What is the cut-off score this year?"),
    ("Điểm chuẩn năm nay là 27 điểm.", "The cut-off score this year is 27 points."),
    ("Điểm chuẩn năm nay là 1 điểm.", "The cut-off score this year is 1 point."),
    ("Điểm chuẩn năm ngoái là 1 điểm.", "The cut-off score last year was 1 point."),
    # v8: "I'm half a point missing.", "I'm just half- points to park college."
    ("Tôi thiếu nửa điểm.", "I was half a point short."),
    ("Tôi thiếu nửa điểm thôi.", "I was only half a point short."),
    ("Tôi chỉ thiếu nửa điểm để đỗ đại học.", "I was only half a point short of getting into university."),
    ("Con tôi chỉ thiếu một điểm để đỗ đại học.", "My child was only one point short of getting into university."),
    ("Chúng tôi thiếu hai điểm.", "We were two points short."),
    # ("có" before the points is "only", not dropped)
    ("Tôi thiếu có nửa điểm.", "I was only half a point short."),
    ("Con tôi thiếu có một điểm để đỗ vào trường chuyên.",
     "My child was only one point short of getting into a specialist school."),
    # v8: "I file a profile in three schools.", "We filed a profile into college.", "How many fields do you file?"
    ("Tôi nộp hồ sơ vào ba trường.", "I applied to three schools."),
    ("Tôi đã nộp hồ sơ vào ba trường đại học.", "I applied to three universities."),
    ("Tôi nộp hồ sơ vào ba trường rồi.", "I have applied to three schools."),
    ("Chúng tôi đã nộp hồ sơ vào đại học.", "We applied to university."),
    ("Con tôi vừa nộp hồ sơ vào trường chuyên.", "My child has just applied to a specialist school."),
    ("Bạn nộp hồ sơ vào mấy trường?", "How many schools did you apply to?"),
    ("Bạn nộp hồ sơ vào mấy trường đại học?", "How many universities did you apply to?"),
    # not: "em" alone (a brother or a sister?), a plain "đỗ đại học", "thi đỗ … chưa?", "trượt đại học" (mt/exams.py's),
    # a university by its name, "có … không?" (did, or will?), "chưa?" of oneself, "anh" alone saying it, "trúng
    # tuyển" with no school (a job?), a pet, a year ahead with a past verb, a year with times, "thi" with no year,
    # "được … điểm" with no "thi" (a game?), a "?" on a statement, "thiếu … nữa" (still to get), two degrees, another
    # school than "trường", one school, "à?", "nhỉ", English
    ("Em tôi trúng tuyển đại học rồi.", None), ("Tôi đỗ đại học.", None), ("Bạn thi đỗ đại học chưa?", None),
    ("Tôi trượt đại học.", None), ("Chị tôi đỗ đại học Bách khoa.", None), ("Bạn có đỗ đại học không?", None),
    ("Tôi đỗ đại học chưa?", None), ("Anh đỗ vào trường chuyên.", None), ("Tôi trúng tuyển rồi.", None),
    ("Con mèo của tôi đỗ đại học năm ngoái.", None), ("Năm sau con tôi đỗ đại học.", None),
    ("Tôi trượt đại học hai lần năm ngoái.", None), ("Con tôi thi đại học.", None), ("Tôi được 27 điểm.", None),
    ("Mẹ tôi thi được 27 điểm?", None), ("Tôi thiếu nửa điểm nữa.", None), ("Tôi thiếu nửa điểm?", None),
    ("Điểm chuẩn năm nay rất cao quá.", None), ("Tôi nộp hồ sơ vào ba công ty.", None),
    ("Tôi nộp hồ sơ vào một trường.", None), ("Bạn đỗ đại học rồi à?", None), ("Năm ngoái tôi sẽ thi đại học.", None),
    ("Năm nay bạn thi đại học không?", None), ("Tôi nộp hồ sơ vào ba trường nhỉ.", None),
    ("Con tôi vừa đỗ vào trường chuyên rồi.", None), ("Tôi đậu xe ở trường đại học.", None),
    ("I got into university.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chị của tôi đến trường đại học.", "Con trai tôi đến trường chuyên gia.", "Bạn có thể vào trường đại học
    # không?", "Bạn đã đến trường đại học chưa?", "Chúng tôi không thể vào trường đại học.", "Cô ấy vừa bước vào …"
    ("My sister got into university.", "Em gái tôi đỗ đại học."),
    ("My son got into a specialist school.", "Con trai tôi đỗ vào trường chuyên."),
    ("Lan got into a specialist school last year.", "Lan đỗ vào trường chuyên năm ngoái."),
    ("My younger sibling got into university.", "Em tôi đỗ đại học."),
    ("She's just got into university.", "Cô ấy vừa đỗ đại học."),
    ("She’s just got into university.", "Cô ấy vừa đỗ đại học."),
    ("My daughter hasn't got into university yet.", "Con gái tôi chưa đỗ đại học."),
    ("We didn't get into university.", "Chúng tôi không đỗ đại học."),
    ("I didn't get into university last year.", "Tôi không đỗ đại học năm ngoái."),
    ("Did you get into university?", "Bạn có đỗ đại học không?"),
    ("Did your son get into a specialist school?", "Con trai bạn có đỗ vào trường chuyên không?"),
    ("Have you got into university yet?", "Bạn đã đỗ đại học chưa?"),
    ("Has your daughter got into university yet?", "Con gái bạn đã đỗ đại học chưa?"),
    # v8: "Tôi đã thất bại kiểm tra quyền hạn vào năm ngoái.", "Anh ấy không thể kiểm tra quyền hạn hai lần."
    ("I failed the university entrance exam last year.", "Tôi thi trượt đại học năm ngoái."),
    ("He failed the university entrance exam twice.", "Anh ấy thi trượt đại học hai lần."),
    ("She failed the entrance exam.", "Cô ấy trượt kỳ thi tuyển sinh."),
    ("I passed the university entrance exam last year.", "Tôi thi đỗ đại học năm ngoái."),
    # v8: "Con trai tôi đang đi khám trường đại học vào năm nay.", "Bạn có phải kiểm tra bất thường năm nay không?"
    ("My son is taking the university entrance exam this year.", "Năm nay con trai tôi thi đại học."),
    ("I'm taking the university entrance exam this year.", "Năm nay tôi thi đại học."),
    ("He isn't taking the university entrance exam this year.", "Năm nay anh ấy không thi đại học."),
    ("Are you taking the university entrance exam this year?", "Năm nay bạn có thi đại học không?"),
    ("She will take the entrance exam for a specialist school next year.", "Năm sau cô ấy sẽ thi vào trường chuyên."),
    ("I won't take the university entrance exam next year.", "Năm sau tôi sẽ không thi đại học."),
    ("My brother took the university entrance exam last year.", "Năm ngoái anh trai tôi thi đại học."),
    ("Did you take the university entrance exam last year?", "Năm ngoái bạn có thi đại học không?"),
    # v8: "Bạn có bao nhiêu điểm trong bài kiểm không?", "Tôi có 27 điểm trong bài kiểm tra không thể nào."
    ("How many points did you get in the exam?", "Bạn thi được bao nhiêu điểm?"),
    ("How many points did your daughter get in the university entrance exam?",
     "Con gái bạn thi đại học được bao nhiêu điểm?"),
    ("I got 27 points in the university entrance exam.", "Tôi thi đại học được 27 điểm."),
    ("She got 25.5 points in the exam.", "Cô ấy thi được 25,5 điểm."),
    # v8: "Điểm cắt giảm này rất cao trong năm nay.", "Năm nay, điểm cắt giảm là gì?"
    ("The cut-off score is very high this year.", "Điểm chuẩn năm nay rất cao."),
    ("The cut-off score this year is very high.", "Điểm chuẩn năm nay rất cao."),
    ("The cut-off score was quite low last year.", "Điểm chuẩn năm ngoái khá thấp."),
    ("The cut-off mark is too high.", "Điểm chuẩn cao quá."),
    ("What is the cut-off score this year?", "Điểm chuẩn năm nay là bao nhiêu?"),
    ("What was the cut-off score last year?", "Điểm chuẩn năm ngoái là bao nhiêu?"),
    ("The cut-off score is 1 point.", "Điểm chuẩn là 1 điểm."),
    # v8: "Tôi là nửa điểm ngắn."
    ("I was half a point short.", "Tôi thiếu nửa điểm."),
    ("He was only one point short of getting into university.", "Anh ấy chỉ thiếu một điểm để đỗ đại học."),
    ("We were two points short.", "Chúng tôi thiếu hai điểm."),
    # v8: "Tôi áp dụng cho ba trường đại học.", "Bạn có thể áp dụng bao nhiêu trường hợp không?"
    ("I applied to three universities.", "Tôi đã nộp hồ sơ vào ba trường đại học."),
    ("My mother has applied to three schools.", "Mẹ tôi đã nộp hồ sơ vào ba trường."),
    ("She has just applied to a specialist school.", "Cô ấy vừa nộp hồ sơ vào trường chuyên."),
    ("I applied to university.", "Tôi đã nộp hồ sơ vào đại học."),
    ("How many universities did you apply to?", "Bạn nộp hồ sơ vào mấy trường đại học?"),
    # not: a year ahead with a past verb, the verb or "was" not agreeing, "Has … got" with no "yet", a university by
    # its name, college (university, or a college?), a pet, a plain "failed the university entrance exam"
    # (mt/exams.py's), passing twice, a year with times, "this year" with a past tense, no year, points with no exam
    # (a game?), "1 points", "I'm … short" (now?), one university, jobs applied for, Vietnamese
    ("My son got into university next year.", None), ("He have just got into university.", None),
    ("Have he got into university yet?", None), ("Has your daughter got into university?", None),
    ("Did you got into university?", None), ("My sister got into the University of Technology.", None),
    ("My son got into college.", None), ("My dog got into university.", None),
    ("I failed the university entrance exam.", None), ("He passed the entrance exam twice.", None),
    ("She failed the entrance exam twice last year.", None),
    ("She took the university entrance exam this year.", None),
    ("He are taking the university entrance exam this year.", None),
    ("I am taking the university entrance exam.", None),
    ("How many points did you get?", None), ("I got 27 points.", None), ("I got 1 points in the exam.", None),
    ("The cut-off score was very high this year.", None), ("She were half a point short.", None),
    ("I was two point short.", None), ("I'm half a point short.", None), ("I applied to one university.", None),
    ("She have applied to three universities.", None), ("I applied to three jobs.", None),
    ("Tôi thiếu nửa điểm.", None),
    # "I" with "are" or "were" (not agreeing), "1 points"
    ("I were half a point short.", None), ("I are taking the university entrance exam this year.", None),
    ("Are I taking the university entrance exam this year?", None),
    ("The cut-off score this year is 1 points.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
