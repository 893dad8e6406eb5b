"""Going home for Tet, where Tet or Christmas is spent, Tet coming; both ways (mt/holidays.py)."""
import pytest

from mt import phrasebook
from mt.holidays import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I go back home eat Tet.", "This holiday I arrived in my country.", "Where do you eat Tet?"
    ("Tôi về quê ăn Tết.", "I'm going home for Tet."), ("Tôi về quê ăn tết.", "I'm going home for Tet."),
    ("Tết này tôi về quê.", "I'm going home for Tet this year."),
    ("Tết này tôi không về quê.", "I'm not going home for Tet this year."),
    ("Tết năm ngoái chúng tôi về quê.", "We went home for Tet last year."),
    ("Tết này bạn có về quê không?", "Are you going home for Tet this year?"),
    ("Mẹ tôi sẽ về quê ăn Tết.", "My mother is going home for Tet."),
    ("Bạn ăn Tết ở đâu?", "Where are you spending Tet?"), ("Chúng tôi ăn Tết ở Huế.", "We're spending Tet in Hue."),
    ("Bạn đón Giáng sinh ở đâu?", "Where are you spending Christmas?"), ("Sắp Tết rồi.", "Tet is coming."),
    # not: no holiday, two holidays, "có" not asking, a place not known, last year asked
    ("Tôi về quê.", None), ("Tết này tôi về quê ăn Giáng sinh.", None), ("Tôi có về quê ăn Tết.", None),
    ("Chúng tôi ăn Tết ở chỗ đó.", None), ("Tết năm ngoái bạn có về quê không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi sẽ về nhà Tết.", "Bạn đang dành Giáng sinh ở đâu?"
    ("I'm going home for Tet.", "Tôi về quê ăn Tết."),
    ("Are you going home for Tet this year?", "Tết này bạn có về quê không?"),
    ("We went home for Tet last year.", "Tết năm ngoái chúng tôi về quê."),
    ("I'm not going home for Tet this year.", "Tết này tôi không về quê."),
    ("Where are you spending Christmas?", "Bạn đón Giáng sinh ở đâu?"),
    ("We're spending Tet in Hue.", "Chúng tôi ăn Tết ở Huế."), ("Tet is coming.", "Sắp Tết rồi."),
    # not: "be" not agreeing, went without last year, "be" with went
    ("He are going home for Tet.", None), ("I went home for Tet.", None), ("I'm went home for Tet last year.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi về quê ăn Tết.", "vi", "en") == "I'm going home for Tet."
