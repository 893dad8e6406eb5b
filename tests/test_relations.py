"""Who someone is to someone, as they are introduced, both ways (mt/relations.py)."""
import pytest

from mt import phrasebook
from mt.relations import translate


@pytest.mark.parametrize("text, said", [
    # v7: "He's my boy.", "She was my co-worker."
    ("Anh ấy là bạn trai tôi.", "He's my boyfriend."), ("Cô ấy là đồng nghiệp của tôi.", "She's my colleague."),
    ("Đây là mẹ tôi.", "This is my mother."), ("Lan là bạn thân của tôi.", "Lan is my best friend."),
    ("Minh là bạn cùng lớp của tôi.", "Minh is my classmate."), ("Đây là bạn của anh ấy.", "This is his friend."),
    # not: "anh" (the speaker or you), someone not of the list, whose missing
    ("Anh là bạn tôi.", None), ("Anh ấy là bác sĩ của tôi.", None), ("Anh ấy là bạn trai.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Anh ta là cậu béfriend.", "Minh là người bạn cùng lớp." (whose lost)
    ("He's my boyfriend.", "Anh ấy là bạn trai tôi."), ("Minh is my classmate.", "Minh là bạn cùng lớp tôi."),
    ("This is my colleague.", "Đây là đồng nghiệp tôi."), ("She is my wife.", "Cô ấy là vợ tôi."),
    ("This is her dog.", "Đây là con chó của cô ấy."),
    # not: someone not of the list, "they" (more than one), a name not known
    ("He's my doctor.", None), ("They're my colleagues.", None), ("Zorg is my friend.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("He's my boyfriend.", "en", "vi") == "Anh ấy là bạn trai tôi."
