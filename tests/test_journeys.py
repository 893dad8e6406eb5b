"""How long a journey takes, both ways (mt/journeys.py)."""
import pytest

from mt import mishaps
from mt.journeys import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "Out of ten minutes of walking.", "About 2 hours of bus trips.", "The motorcycle takes about 15 minutes."
    ("Mất khoảng mười phút đi bộ.", "It takes about ten minutes on foot."),
    ("Mất khoảng 2 tiếng đi xe buýt.", "It takes about 2 hours by bus."),
    ("Đi xe máy mất khoảng 15 phút.", "It takes about 15 minutes by motorbike."),
    ("Đi taxi ra sân bay mất khoảng 30 phút.", "It takes about 30 minutes to get to the airport by taxi."),
    ("Từ đây đi bộ ra chợ mất 10 phút.", "It takes 10 minutes to get to the market on foot from here."),
    ("Đi tàu mất nửa tiếng thôi.", "It only takes half an hour by train."),
    ("Mất một tiếng rưỡi.", "It takes an hour and a half."),
    ("Mất hai tiếng rưỡi.", "It takes two and a half hours."),
    ("Mất vài phút.", "It takes a few minutes."),
    ("Đi xe buýt đến Hội An mất bao lâu?", "How long does it take to get to Hoi An by bus?"),
    # not: someone's time, a place not known, two means, "bao lâu" without a means (mt.patterns'), "?" on a statement
    ("Tôi mất 10 phút.", None), ("Đi bộ đến nhà bạn tôi mất 10 phút.", None),
    ("Đi bộ mất 10 phút đi xe buýt.", None), ("Từ đây đến sân bay mất bao lâu?", None), ("Mất 10 phút?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said
    assert translate(text, "en", "vi") is None


@pytest.mark.parametrize("text, said", [
    ("It takes about ten minutes on foot.", "Đi bộ mất khoảng mười phút."),  # v6: "… trên bàn chân" (on the foot)
    ("It takes two hours by bus.", "Đi xe buýt mất hai tiếng."),
    ("It takes an hour and a half by train.", "Đi tàu mất một tiếng rưỡi."),
    ("It takes half an hour to get there by taxi.", "Đi taxi đến đó mất nửa tiếng."),
    ("It takes about 30 minutes to get to the airport from here.", "Từ đây đến sân bay mất khoảng 30 phút."),
    ("It only takes five minutes.", "Chỉ mất năm phút."),
    ("It takes just 10 minutes by bus.", "Đi xe buýt chỉ mất 10 phút."),
    ("How long does it take by bus?", "Đi xe buýt mất bao lâu?"),
    ("It takes time.", None), ("How long does it take?", None), ("It takes two hours to cook.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_says_how_long_it_takes(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Mất khoảng mười phút đi bộ."], "vi", "en") == ["It takes about ten minutes on foot."]
    assert t.translate(["It takes about ten minutes on foot."], "en", "vi") == ["Đi bộ mất khoảng mười phút."]


@pytest.mark.parametrize("text, said", [
    # the span mishaps reads with mt/spans.py too: an hour and a half, days, a range
    ("Tôi đến muộn một tiếng rưỡi.", "I'm an hour and a half late."),
    ("Chuyến bay bị hoãn 10-15 phút.", "The flight is delayed by 10-15 minutes."),
])
def test_mishaps_say_a_span_as_journeys_do(text, said):
    assert mishaps.translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Thank you to the airport.", "Do you carry me out the station?", "Give me to this address."
    ("Làm ơn chở tôi đến sân bay.", "Please take me to the airport."),
    ("Chở tôi đến khách sạn này.", "Please take me to this hotel."),
    ("Anh chở tôi ra ga được không?", "Could you take me to the station?"),
    ("Đưa tôi đến địa chỉ này.", "Please take me to this address."),
    ("Chở tôi về nhà nhé.", "Please take me home."),
    ("Anh có thể đưa chúng tôi đến chợ Bến Thành không?", "Could you take us to Ben Thanh Market?"),
    # not: a place not known (left to the model), someone else taken, asked without "?"
    ("Làm ơn chở tôi tới khách sạn Hilton.", None), ("Tôi đưa em đến sân bay.", None),
    ("Anh chở tôi ra ga được không.", None),
])
def test_a_ride_asked_for(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "My house was two trees ago."
    ("Nhà tôi cách đây hai cây số.", "My house is 2 km from here."),
    ("Khách sạn cách sân bay khoảng 5 km.", "The hotel is about 5 km from the airport."),
    ("Nhà tôi cách trường học 2 km.", "My house is 2 km from the school."),  # (v6: "My home was 2 km.")
    ("Khách sạn cách biển 500 mét.", "The hotel is 500 metres from the beach."),
    ("Bãi biển cách khách sạn 200 mét.", "The beach is 200 metres from the hotel."),
    ("Đà Lạt cách Sài Gòn khoảng 300 km.", "Da Lat is about 300 km from Saigon."),
    ("Ga tàu cách đây 3km.", "The train station is 3 km from here."),
    ("Hà Nội cách Sài Gòn 1.700 km.", "Hanoi is 1,700 km from Saigon."),
    ("Nhà bạn cách khách sạn chỉ 1,5 km thôi.", "Your house is only 1.5 km from the hotel."),
    # not: a span ago, a place not known, asked (mt.patterns')
    ("Họ cách đây 2 năm.", None), ("Hồ cách đây 1 km.", None), ("Nhà bạn cách đây bao xa?", None),
])
def test_how_far_a_place_is(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Khách sạn là 5 km từ sân bay.", "Nhà tôi là 2 km từ đây."
    ("The hotel is 5 km from the airport.", "Khách sạn cách sân bay 5 km."),
    ("My house is 2 km from the school.", "Nhà tôi cách trường học 2 km."),
    ("My house is two kilometres from here.", "Nhà tôi cách đây 2 km."),
    ("It's about 2 km from here.", "Cách đây khoảng 2 km."),
    ("The beach is only 200 metres from the hotel.", "Bãi biển cách khách sạn chỉ 200 m."),
    ("Hanoi is about 1,700 km from Saigon.", "Hà Nội cách Sài Gòn khoảng 1.700 km."),
    ("This hotel is 10 miles away from the airport.", "Khách sạn này cách sân bay 10 dặm."),
    ("It is 3.5 km from the station.", "Cách nhà ga 3,5 km."),
    # not: a place not known, a time
    ("The lake is 1 km from here.", None), ("It's 5 minutes from here.", None),
])
def test_how_far_a_place_is_in_vietnamese(text, said):
    assert translate(text, "en", "vi") == said
