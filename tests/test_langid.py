import pytest

from mt.langid import detect, identify


@pytest.mark.parametrize("text, lang", [
    ("Tôi yêu Hà Nội.", "vi"),
    ("Hôm nay trời đẹp quá", "vi"),
    ("Mở tập tin", "vi"),
    ("I love Hanoi.", "en"),
    ("The weather is beautiful today.", "en"),
])
def test_detect_vi_en(text, lang):
    got, prob = detect(text)
    assert got == lang and 0.9 < prob <= 1.0


def test_identify_spots_other_languages():
    assert identify("Bonjour tout le monde, comment allez-vous ?")[0] == "fr"
    assert identify("Tôi yêu Hà Nội.")[0] == "vi"
