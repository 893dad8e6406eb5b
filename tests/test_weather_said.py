"""The weather said in an English sentence of its own, written in Vietnamese with the day first
(mt/weather_said.py)."""
import pytest

from mt import phrasebook
from mt.weather_said import translate


@pytest.mark.parametrize("text, said", [
    # v7 (with mt/weather.py's term): "Trời rất lạnh hôm nay.", "Đó là một chút lạnh.", "Trời đang mưa lần nữa."
    ("It's very cold today.", "Hôm nay trời rất lạnh."), ("It's a bit cold.", "Trời hơi lạnh."),
    ("It's so hot today.", "Hôm nay trời nóng quá."), ("It's so hot.", "Trời nóng quá."),
    ("It was really hot yesterday.", "Hôm qua trời rất nóng."),
    ("It's going to be sunny tomorrow.", "Ngày mai trời sẽ nắng."), ("It'll be cold tonight.", "Tối nay trời sẽ lạnh."),
    ("It was so cold last night!", "Tối qua trời lạnh quá!"), ("It's getting cold.", "Trời đang trở lạnh."),
    ("It's very hot in Hue today.", "Hôm nay ở Huế trời rất nóng."), ("It’s nice today.", "Hôm nay trời đẹp."),
    ("It's raining again.", "Trời lại mưa rồi."), ("It's raining hard.", "Trời đang mưa to."),
    ("It rained all day yesterday.", "Hôm qua trời mưa cả ngày."),
    ("It's going to rain tomorrow.", "Ngày mai trời sẽ mưa."), ("It'll rain tomorrow.", "Ngày mai trời sẽ mưa."),
    ("It's starting to rain.", "Trời bắt đầu mưa."), ("It's snowing in Hanoi.", "Ở Hà Nội trời đang có tuyết."),
    # not: the past without a day, a day that does not go with the tense, a place not known, not weather
    ("It's very foggy this morning.", None),  # (was "Sáng nay trời rất có sương mù."; mt/murky_weather.py's now)
    ("It was cold.", None), ("It rained.", None), ("It's cold tomorrow.", None), ("It's cold yesterday.", None),
    ("It's raining yesterday.", None), ("It's cold in Mars.", None), ("It's very cold soup.", None),
    # not: what is said of a thing as often, without a day or a place (IWSLT: "… the specimen here. It's quite warm.")
    ("It's quite warm.", None), ("It's nice.", None), ("It's quite warm today.", "Hôm nay trời khá ấm."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_vietnamese_is_not_taken():
    assert translate("Trời lạnh.", "vi", "en") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("It's a bit cold.", "en", "vi") == "Trời hơi lạnh."
