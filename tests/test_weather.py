"""The weather said with "trời", written by rule in English (mt/weather.py)."""
import pytest

from mt.translate import Translator
from mt.weather import matches


@pytest.mark.parametrize("text, found", [
    # v6: "The cold is too cold.", "It's rain.", "Tomorrow, the sun will sunshine."
    ("Trời lạnh quá.", [("Trời lạnh quá", "it's so cold")]),
    ("Trời đang mưa.", [("Trời đang mưa", "it's raining")]),
    ("Ngày mai trời sẽ nắng.", [("trời sẽ nắng", "it will be sunny")]),
    # the tense from the sentence's day; how much before or after the weather word; "rồi" goes with it
    ("Hôm qua trời rất nóng.", [("trời rất nóng", "it was very hot")]),
    ("Hôm qua trời mưa to.", [("trời mưa to", "it rained hard")]),
    ("Sáng nay trời hơi lạnh.", [("trời hơi lạnh", "it's a bit cold")]),
    ("Trời sắp mưa rồi.", [("Trời sắp mưa rồi", "it's going to rain")]),
    ("Trời bắt đầu lạnh rồi, mặc áo ấm vào.", [("Trời bắt đầu lạnh rồi", "it's getting cold")]),
    ("Trời vẫn mưa.", [("Trời vẫn mưa", "it's still raining")]),
    ("Nếu trời mưa, chúng ta ở nhà.", [("trời mưa", "it rains")]),
    ("Ở Huế trời mát.", [("trời mát", "it's cool")]),
    # not the sun or the sky, not where "trời" does not open its clause, not a question, not before more words
    ("Mặt trời mọc. Bầu trời đẹp. Tôi thấy trời mưa. Trời có lạnh không? Ở Đà Lạt trời mát quanh năm.", []),
])
def test_matches(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found
    assert matches(text, "en", "vi") == []


@pytest.mark.parametrize("text, found", [
    # v6: "Nó rất lạnh hôm qua." (it, a thing), "Đó sẽ là mặt trờiny vào ngày mai."
    ("It was very cold yesterday.", [("It was very cold", "trời rất lạnh")]),
    ("It will be sunny tomorrow.", [("It will be sunny", "trời sẽ nắng")]),
    ("It's so hot today. It's windy.", [("It's so hot", "trời nóng quá"), ("It's windy", "trời nhiều gió")]),
    ("It was extremely cold yesterday.", [("It was extremely cold", "trời cực kỳ lạnh")]),
    # "foggy" after a degree is thick fog ("trời rất có sương mù" was written), and none after "a bit"
    ("It's very foggy. It's a bit foggy.", [("It's very foggy", "trời rất nhiều sương mù")]),
    # a word said of things too, only with a day or "outside" in the sentence; not "It's nice to meet you"
    ("It's too hot. It's nice to meet you. It's cold to the touch.", []),
])
def test_matches_in_english(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == found


@pytest.mark.parametrize("text, found", [
    # v6 kept the kind in English ("sau khi Hurricane Katrina", "Tropical Storm Danielle, …"); the kind's words
    ("Hurricane Katrina hit. Tropical Storm Danielle formed, then Subtropical Storm Jerry and Storm Ciaran.",
     [("Hurricane Katrina", "bão Katrina"), ("Tropical Storm Danielle", "bão nhiệt đới Danielle"),
      ("Subtropical Storm Jerry", "bão cận nhiệt đới Jerry"), ("Storm Ciaran", "bão Ciaran")]),
    # not a storm's name: an office, a season, a scale; not the storm of a longer name
    ("The National Hurricane Center watches the Hurricane Season. Operation Desert Storm Ended.", []),
])
def test_storms_in_english(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == found
    assert matches(text, "vi", "en") == []


def test_the_bundled_model_writes_the_weather(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Hôm nay trời lạnh quá.", "Trời đang mưa."], "vi", "en") == [
        "Today it's so cold.", "It's raining."]  # v6 alone: "The sky is too cold today.", "It's rain."
    # v6: "Nó rất lạnh …" (it, a thing); a sentence of its own is mt/weather_said.py's, with the day first
    clause, alone = t.translate(["It was very cold yesterday, so we stayed at home.", "It was very cold yesterday."],
                                "en", "vi")
    # (after "vì vậy" the model's own: v7 "chúng tôi ở nhà.", v8 "chúng ta ở lại nhà.")
    assert clause.startswith("Trời rất lạnh hôm qua, vì vậy ") and alone == "Hôm qua trời rất lạnh."
