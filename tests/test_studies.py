"""What someone studies and when they graduated, said or asked, both ways (mt/studies.py)."""
import pytest

from mt import phrasebook
from mt.studies import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "I learned the economic industry.", "What do you learn?", "I'm better than 2020."
    ("Tôi học ngành kinh tế.", "I study economics."), ("Bạn học ngành gì?", "What do you study?"),
    ("Tôi tốt nghiệp năm 2020.", "I graduated in 2020."),
    ("Em gái tôi đang học ngành luật.", "My sister is studying law."),
    ("Anh ấy đã học ngành kiến trúc.", "He studied architecture."),
    ("Lan là sinh viên ngành y.", "Lan is a medical student."),
    ("Tôi là sinh viên ngành kinh tế.", "I'm an economics student."),
    ("Bạn đang học ngành gì?", "What are you studying?"), ("Chuyên ngành của bạn là gì?", "What's your major?"),
    ("Bạn tốt nghiệp năm nào?", "When did you graduate?"), ("Bạn tốt nghiệp chưa?", "Have you graduated yet?"),
    ("Con trai tôi đã tốt nghiệp đại học.", "My son graduated from university."),
    # not: a subject off the list, "gì" said (not asked), a year asked without "?", "anh" saying it
    ("Tôi học ngành bóng đá.", None), ("Tôi học ngành gì.", None), ("Bạn tốt nghiệp năm nào.", None),
    ("Anh học ngành luật.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi học về kinh tế học.", "Bạn chính là gì?"
    ("I study economics.", "Tôi học ngành kinh tế."), ("What's your major?", "Bạn học ngành gì?"),
    ("What do you study?", "Bạn học ngành gì?"), ("She’s studying law.", "Cô ấy đang học ngành luật."),
    ("My brother studied architecture.", "Anh trai tôi đã học ngành kiến trúc."),
    ("He studies law.", "Anh ấy học ngành luật."), ("Minh majors in finance.", "Minh học ngành tài chính."),
    ("What is your sister studying?", "Em gái bạn đang học ngành gì?"),
    ("I graduated in 2020.", "Tôi tốt nghiệp năm 2020."), ("When did you graduate?", "Bạn tốt nghiệp năm nào?"),
    ("My son graduated from university.", "Con trai tôi tốt nghiệp đại học."),
    # not: a verb that does not agree with who, a subject off the list
    ("He study law.", None), ("I are studying IT.", None), ("I study hard.", None),
    ("My son studies English.", "Con trai tôi học tiếng Anh."),  # (the language, as often as a subject)
    ("I majored in English.", "Tôi đã học ngành ngôn ngữ Anh."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Bạn học ngành gì?", "vi", "en") == "What do you study?"
    assert phrasebook.translate("What's your major?", "en", "vi") == "Bạn học ngành gì?"


def test_the_bundled_model_says_what_someone_studies(bundled):
    t = Translator.load(bundled)  # v7 alone: "I learned the economic industry.", "Bạn chính là gì?"
    assert t.translate("Tôi học ngành kinh tế.", "vi", "en") == ["I study economics."]
    assert t.translate("What's your major?", "en", "vi") == ["Bạn học ngành gì?"]
