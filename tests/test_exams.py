"""Whether someone passed an exam, or has one on a day, said or asked, both ways (mt/exams.py)."""
import pytest

from mt import phrasebook
from mt.exams import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I was thirted.", "I'm skied to skirt."
    ("Tôi đã thi đỗ.", "I passed the exam."), ("Tôi bị trượt kỳ thi.", "I failed the exam."),
    ("Con tôi thi đỗ đại học rồi.", "My child got into university."),
    ("Lan vừa đỗ đại học.", "Lan has just got into university."),
    ("Anh ấy thi trượt bằng lái xe.", "He failed his driving test."),
    ("Bạn thi có đỗ không?", "Did you pass the exam?"),
    ("Con bạn thi đỗ đại học chưa?", "Did your child get into university?"),
    ("Ngày mai tôi có bài kiểm tra.", "I have a test tomorrow."),
    ("Tôi có kỳ thi vào thứ hai.", "I have an exam on Monday."),
    # not: "đỗ" and "trượt" without "thi" or what (parked, slipped), an exam on no day, "anh" saying it
    ("Tôi đã đỗ.", None), ("Tôi bị trượt chân.", None), ("Tôi có bài kiểm tra.", None), ("Anh thi đỗ rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi đã qua cuộc thi." (a contest), "Tôi đã thất bại cuộc thi."
    ("I passed the exam.", "Tôi đã thi đỗ."), ("I failed the exam.", "Tôi đã thi trượt."),
    ("My son failed his driving test.", "Con trai tôi đã thi trượt bằng lái xe."),
    ("She's just passed the test.", "Cô ấy vừa qua bài kiểm tra."),
    ("He passed the university entrance exam.", "Anh ấy đã thi đỗ đại học."),
    ("Did you pass the exam?", "Bạn thi có đỗ không?"),
    ("Did you pass your driving test?", "Bạn thi bằng lái xe có đỗ không?"),
    ("I have a test tomorrow.", "Ngày mai tôi có bài kiểm tra."),
    ("She has an exam on Monday.", "Cô ấy có bài thi vào thứ Hai."),
    # not: "have" not agreeing, a day not read, something else passed
    ("I has an exam tomorrow.", None), ("I have an exam after lunch.", None), ("I passed the salt.", None),
    ("I has just passed the exam.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi bị trượt kỳ thi.", "vi", "en") == "I failed the exam."


@pytest.mark.parametrize("text, src, said", [
    # v7: "Xét nghiệm rất khó khăn." (a medical test)
    ("Bài thi rất khó.", "vi", "The exam was very difficult."),
    ("Kỳ thi khá khó.", "vi", "The exam was quite difficult."),
    ("Bài kiểm tra này dễ quá.", "vi", "This test is so easy."), ("Bài thi thế nào?", "vi", "How was the exam?"),
    ("The test was very difficult.", "en", "Bài kiểm tra rất khó."), ("The exam was easy.", "en", "Bài thi dễ."),
    ("How was your test?", "en", "Bài kiểm tra của bạn thế nào?"),
    ("This test is so hard.", "en", "Bài kiểm tra này khó quá."),
    # not: two degrees, "still", asked without "?"
    ("Bài thi rất khó quá.", "vi", None), ("The exam is still hard.", "en", None), ("Bài thi thế nào.", "vi", None),
])
def test_how_hard_it_was(text, src, said):
    assert translate(text, src, "en" if src == "vi" else "vi") == said
