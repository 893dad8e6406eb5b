"""Someone going, or gone, on holiday or travelling to a place by its name, and when, said or asked, both ways
(mt/trips.py)."""
import pytest

from mt import phrasebook
from mt.trips import place, translate


@pytest.mark.parametrize("text, said", [
    # v7: "I'm going to leave in Da Nang."
    ("Tôi sẽ đi nghỉ ở Đà Nẵng.", "I'm going on holiday to Da Nang."),
    # v7: "We'll travel Japan next month.", "Next month, we'll travel Japan."
    ("Chúng tôi sẽ đi du lịch Nhật Bản vào tháng sau.", "We're going to travel to Japan next month."),
    ("Tháng sau chúng tôi sẽ đi du lịch Nhật Bản.", "We're going to travel to Japan next month."),
    ("Tôi định đi du lịch Thái Lan.", "I'm planning to travel to Thailand."),
    ("Anh ấy sắp đi du lịch Hội An.", "He's going to travel to Hoi An."),
    ("Mẹ tôi sẽ đi du lịch Hàn Quốc vào thứ bảy.", "My mother is going to travel to Korea on Saturday."),
    ("Lan đang đi du lịch ở Nhật Bản.", "Lan is travelling in Japan."),
    ("Họ đang nghỉ ở Phú Quốc.", "They're on holiday in Phu Quoc."),  # v7: "They're idle in Phu Quoc."
    ("Bác Hùng đang nghỉ tại Vũng Tàu.", "Uncle Hung is on holiday in Vung Tau."),
    ("Năm ngoái chúng tôi đã đi du lịch Thái Lan.", "We travelled to Thailand last year."),
    ("Năm ngoái tôi đi du lịch Nhật Bản.", "I travelled to Japan last year."),  # (the time says it is past)
    ("Tuần trước, mẹ tôi đã đi nghỉ ở Hội An.", "My mother went on holiday to Hoi An last week."),
    ("Cuối tuần trước chúng tôi đi nghỉ ở Nha Trang.", "We went on holiday to Nha Trang last weekend."),
    ("Hai tuần trước chúng tôi đi du lịch Đà Lạt.", "We travelled to Da Lat two weeks ago."),
    ("Cuối tuần này tôi sẽ đi nghỉ ở Vũng Tàu.", "I'm going on holiday to Vung Tau this weekend."),
    ("Mai tôi sẽ đi du lịch Huế.", "I'm going to travel to Hue tomorrow."),
    ("Ba tôi sẽ đi du lịch Nhật Bản.", "My father is going to travel to Japan."),  # ("Ba" no time)
    ("Tôi đã đi du lịch Hội An.", "I travelled to Hoi An."),
    ("Chúng tôi sẽ không đi du lịch Nhật Bản.", "We're not going to travel to Japan."),
    ("Tháng sau tôi không đi du lịch Nhật Bản.", "I'm not going to travel to Japan next month."),
    ("Tôi không định đi du lịch Thái Lan.", "I'm not planning to travel to Thailand."),
    ("Tôi sẽ đi du lịch châu Âu.", "I'm going to travel to Europe."),
    ("Tôi sẽ đi du lịch Đà Lạt với bạn tôi.", "I'm going to travel to Da Lat with my friend."),
    ("Tôi sẽ đi du lịch Nhật Bản với bạn tôi vào tháng sau.",
     "I'm going to travel to Japan with my friend next month."),
    # asked (v7: "Where would you go away?", "Where do you travel last year?", "Do you plan to travel Japan?")
    ("Bạn sẽ đi nghỉ ở đâu?", "Where are you going on holiday?"),
    ("Bạn sẽ đi du lịch ở đâu?", "Where are you going to travel?"),
    ("Năm ngoái bạn đi du lịch ở đâu?", "Where did you travel last year?"),
    ("Cuối tuần này bạn sẽ đi nghỉ ở đâu?", "Where are you going on holiday this weekend?"),
    ("Bạn có định đi du lịch Nhật Bản không?", "Are you planning to travel to Japan?"),
    ("Anh có định đi nghỉ ở Đà Nẵng không?", "Are you planning to go on holiday to Da Nang?"),
    ("Năm ngoái bạn có đi du lịch Nhật Bản không?", "Did you travel to Japan last year?"),
    ("Bạn có đang đi du lịch ở Huế không?", "Are you travelling in Hue?"),
    ("Bạn định đi du lịch bao lâu?", "How long are you planning to travel for?"),
    ("Anh ấy sẽ đi nghỉ bao lâu?", "How long is he going on holiday for?"),
    # not: a time mt.dates does not read whole; a time and a tense that disagree; with whom not known; a place not
    # known; no tense and no time; "nghỉ" (rest) not now; "sắp không"; asked without a time or with "không";
    # "anh" saying it (may be the speaker); "bao giờ … chưa" (mt/ever.py's); a bare "đi"
    ("Tôi sẽ đi du lịch Nhật Bản vào mùa hè này.", None), ("Mùa hè này tôi sẽ đi du lịch Nhật Bản.", None),
    ("Tôi đã đi du lịch Nhật Bản vào tháng sau.", None), ("Tôi sẽ đi du lịch Nhật Bản năm ngoái.", None),
    ("Tôi sẽ đi nghỉ ở Nhật Bản với gia đình tôi.", None), ("Tôi sẽ đi du lịch Paris.", None),
    ("Tôi đi du lịch Nhật Bản.", None), ("Tôi sẽ nghỉ ở Đà Nẵng.", None), ("Tôi sắp không đi du lịch Thái Lan.", None),
    ("Bạn có đi du lịch Nhật Bản không?", None), ("Bạn sẽ không đi du lịch ở đâu?", None),
    ("Bạn đi du lịch ở đâu?", None), ("Bạn đang nghỉ ở đâu?", None), ("Anh sẽ đi du lịch Nhật Bản.", None),
    ("Bạn đã bao giờ đi du lịch Nhật Bản chưa?", None), ("Tôi sẽ đi Đà Nẵng vào tuần sau.", None),
    ("Họ đã đi du lịch Mỹ?", None), ("Tôi sẽ đi du lịch Nhật Bản vào tháng sau với bạn tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tớ sẽ vào ngày lễ Đà Nẵng." (into the holiday)
    ("I'm going on holiday to Da Nang.", "Tôi sẽ đi nghỉ ở Đà Nẵng."),
    ("We are going on a trip to Thailand.", "Chúng tôi sẽ đi du lịch Thái Lan."),
    ("She's going to travel to Hoi An.", "Cô ấy sẽ đi du lịch Hội An."),
    ("I'm planning to travel to Thailand.", "Tôi định đi du lịch Thái Lan."),
    ("They are going to Japan on holiday.", "Họ sẽ đi nghỉ ở Nhật Bản."),
    ("My mother is travelling in Japan.", "Mẹ tôi đang đi du lịch ở Nhật Bản."),
    ("They're on holiday in Phu Quoc.", "Họ đang đi nghỉ ở Phú Quốc."),  # v7: "Chúng vào ngày lễ ở Phú Quốc."
    ("Lan is on vacation in Hue.", "Lan đang đi nghỉ ở Huế."),
    ("I went to Hoi An on holiday.", "Tôi đã đi nghỉ ở Hội An."),  # v7: "Tôi đến Hội An vào ngày lễ."
    ("I went to Hoi An on a trip.", "Tôi đã đi du lịch Hội An."),
    ("We went on holiday to Nha Trang last weekend.", "Cuối tuần trước chúng tôi đã đi nghỉ ở Nha Trang."),
    ("We travelled to Thailand two years ago.", "Chúng tôi đã đi du lịch Thái Lan cách đây hai năm."),
    ("We took a trip to Singapore a week ago.", "Chúng tôi đã đi du lịch Singapore cách đây một tuần."),
    ("Minh travelled to Vietnam.", "Minh đã đi du lịch Việt Nam."),
    ("We're going on holiday to Vung Tau this weekend.", "Cuối tuần này chúng tôi sẽ đi nghỉ ở Vũng Tàu."),
    ("He'll travel to Japan on Saturday.", "Anh ấy sẽ đi du lịch Nhật Bản vào thứ Bảy."),
    ("Next Saturday, we're going to travel to Da Lat.", "Chúng tôi sẽ đi du lịch Đà Lạt vào thứ Bảy tuần sau."),
    ("I'm travelling to Japan next Saturday.", "Tôi sẽ đi du lịch Nhật Bản vào thứ Bảy tuần sau."),
    ("We aren't going to travel to Japan.", "Chúng tôi sẽ không đi du lịch Nhật Bản."),
    ("She won't go on holiday to Hoi An.", "Cô ấy sẽ không đi nghỉ ở Hội An."),
    ("I'm going to travel to Europe.", "Tôi sẽ đi du lịch châu Âu."),
    ("I went on a trip to Japan with Lan.", "Tôi đã đi du lịch Nhật Bản với Lan."),
    ("My son is going to travel to Korea.", "Con trai tôi sẽ đi du lịch Hàn Quốc."),
    # asked (v7: "Cậu đi vào ngày lễ ở đâu?", "Bạn du lịch cuối tuần trước không?", "Bạn sẽ đến Nhật Bản?")
    ("Where are you going on holiday?", "Bạn sẽ đi nghỉ ở đâu?"),
    ("Where are you going to travel?", "Bạn sẽ đi du lịch ở đâu?"),
    ("Where did you travel last weekend?", "Cuối tuần trước bạn đã đi du lịch ở đâu?"),
    ("Where is he going to travel tomorrow?", "Ngày mai anh ấy sẽ đi du lịch ở đâu?"),
    ("Are you going to travel to Japan?", "Bạn có định đi du lịch Nhật Bản không?"),
    ("Is she on holiday in Hue?", "Cô ấy có đang đi nghỉ ở Huế không?"),
    ("Did you travel to Japan last weekend?", "Cuối tuần trước bạn có đi du lịch Nhật Bản không?"),
    ("How long are you going to travel for?", "Bạn sẽ đi du lịch bao lâu?"),
    ("How long is she planning to travel for?", "Cô ấy định đi du lịch bao lâu?"),
    # not: "is" not agreeing with who; a time mt.dates does not read; a time and a tense that disagree; said twice
    # what is done; going, not said where to; a place or with whom not known; "travelling" in the past, or "to" a
    # place where one is; "Did" without a time; not asked
    ("She are going to travel to Japan.", None), ("I is going on holiday to Hue.", None),
    ("We're going to travel to Japan next month.", None), ("We travelled to Thailand last year.", None),
    ("I'm travelling to Japan yesterday.", None), ("I travelled to Japan tomorrow.", None),
    ("I'm going on holiday to Hue on a trip.", None), ("I'm going to Japan.", None), ("Where are you going?", None),
    ("We are going to travel to Paris.", None), ("I'm going to travel to Japan with my family.", None),
    ("I'm going to travel in Japan.", None), ("I'm on holiday to Hue.", None), ("Did you travel to Japan?", None),
    ("I'm not on holiday in Hue.", None), ("Where are you not going to travel?", None),
    ("I have travelled to Japan.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("said, src, named", [
    ("Nhật Bản", "vi", "Japan"), ("Châu Âu", "vi", "Europe"), ("châu Âu", "vi", "Europe"), ("Europe", "en", "châu Âu"),
    ("Hội An", "vi", "Hoi An"), ("Da Nang", "en", "Đà Nẵng"), ("Paris", "en", None), ("nhà", "vi", None),
])
def test_place(said, src, named):
    assert place(said, src) == named


def test_other_pairs_are_not_taken():
    assert translate("Tôi sẽ đi nghỉ ở Đà Nẵng.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("I'm going on holiday to Da Nang.", "vi", "en") is None
    assert translate("I'm going on holiday to Da Nang.", "en", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi sẽ đi nghỉ ở Đà Nẵng.", "vi", "en") == "I'm going on holiday to Da Nang."
