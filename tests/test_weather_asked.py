"""The weather asked, somewhere or on a day, both ways (mt/weather_asked.py)."""
import pytest

from mt import phrasebook
from mt.weather_asked import translate


@pytest.mark.parametrize("text, src, tgt, said", [
    # v7: "Da Lat Is cold?", "Has it hot now?", "Tomorrow, will it sunshine?"
    ("Đà Lạt có lạnh không?", "vi", "en", "Is it cold in Da Lat?"),
    ("Hà Nội bây giờ có nóng không?", "vi", "en", "Is it hot in Hanoi now?"),
    ("Ở Sa Pa trời có lạnh không?", "vi", "en", "Is it cold in Sa Pa?"),
    ("Ngày mai trời có nắng không?", "vi", "en", "Will it be sunny tomorrow?"),
    ("Hôm nay trời có mưa không?", "vi", "en", "Will it rain today?"),
    ("Ở Huế có mưa không?", "vi", "en", "Is it raining in Hue?"),
    ("Ở Đà Lạt ngày mai trời có mưa không?", "vi", "en", "Will it rain in Da Lat tomorrow?"),
    ("Ở Anh có lạnh không?", "vi", "en", "Is it cold in the UK?"),
    ("Anh có lạnh không?", "vi", "en", None),  # (are you cold: "Anh" a pronoun, mt/temperatures.py's)
    # v7: "Bây giờ nó nóng ở Hà Nội?" (it, a thing), "Liệu nó có mưa ngày mai không?"
    ("Is it hot in Hanoi now?", "en", "vi", "Bây giờ ở Hà Nội trời có nóng không?"),
    ("Will it rain tomorrow?", "en", "vi", "Ngày mai trời có mưa không?"),
    ("Is it raining in Saigon?", "en", "vi", "Ở Sài Gòn trời có đang mưa không?"),
    ("What's the weather like in Hue?", "en", "vi", "Thời tiết ở Huế thế nào?"),
    ("How's the weather today?", "en", "vi", "Thời tiết hôm nay thế nào?"),
    # not: a thing, not a place ("Nước", water), two days, "Will it" without "be", a place no list knows
    ("Nước có lạnh không?", "vi", "en", None), ("Hôm nay ngày mai có mưa không?", "vi", "en", None),
    ("Will it cold tomorrow?", "en", "vi", None), ("Is it cold in Narnia?", "en", "vi", None),
])
def test_asked(text, src, tgt, said):
    assert translate(text, src, tgt) == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Đà Lạt có lạnh không?", "vi", "en") == "Is it cold in Da Lat?"
