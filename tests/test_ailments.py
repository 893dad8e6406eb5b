"""Who has what ailment, said or asked, both ways (mt/ailments.py)."""
import pytest

from mt import phrasebook
from mt.ailments import translate


@pytest.mark.parametrize("text, said", [
    ("Con tôi bị ho và sốt.", "My child has a cough and a fever."),
    ("Tôi bị sổ mũi, ho và đau họng.", "I have a runny nose, a cough and a sore throat."),
    # v7: "Lan is feeling."
    ("Lan bị cảm.", "Lan has a cold."),
    ("Anh ấy bị cúm rồi.", "He has the flu."),
    ("Mẹ tôi không bị sốt.", "My mother doesn't have a fever."),
    ("Bạn có bị sốt không?", "Do you have a fever?"),
    ("Con trai bạn có bị ho không?", "Does your son have a cough?"),
    ("Tôi đau đầu quá.", "I have a bad headache."),
    ("Con tôi bị đau răng lắm.", "My child has a bad toothache."),
    # not: "anh" saying it (he or you), asked without "có", "gì" (something off the list), bad of two
    ("Anh bị sốt.", None), ("Bạn bị sốt không?", None), ("Tôi bị bệnh gì.", None), ("Tôi bị ho và sốt quá.", None),
    ("Tôi bị ho gà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Con tôi của tôi bị ho và sốt."
    ("My child has a cough and a fever.", "Con tôi bị ho và sốt."),
    ("Do you have a fever?", "Bạn có bị sốt không?"),
    ("Does your daughter have a sore throat?", "Con gái bạn có bị đau họng không?"),
    ("She doesn't have a temperature.", "Cô ấy không bị sốt."),
    ("I have a cough, a fever and a headache.", "Tôi bị ho, sốt và đau đầu."),
    ("Minh has the flu.", "Minh bị cảm cúm."),
    # v7: "Tôi bị ợ nóng." (heartburn)
    ("I got sunburned.", "Tôi bị cháy nắng."), ("My son is sunburnt.", "Con trai tôi bị cháy nắng."),
    # not: "has" or "does" not agreeing with who, something off the list, a question without "?"
    ("My son have a cough.", None), ("Does he has a cough?", None), ("Do she have a fever?", None),
    ("I have a car.", None), ("Do you have a fever.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("My child has a cough and a fever.", "en", "vi") == "Con tôi bị ho và sốt."
    assert phrasebook.translate("Bà tôi bị cảm lạnh.", "vi", "en") == "My grandmother has a cold."
