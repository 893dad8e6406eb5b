"""Whether someone is free or busy, and when, said or asked, both ways (mt/free_time.py)."""
import pytest

from mt import dates, phrasebook
from mt.free_time import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I am free on Saturday." (the afternoon lost)
    ("Tôi rảnh vào chiều thứ bảy.", "I'm free on Saturday afternoon."),
    ("Bạn có rảnh tối nay không?", "Are you free tonight?"),
    ("Chiều nay bạn có rảnh không?", "Are you free this afternoon?"),
    ("Bạn có rảnh vào thứ bảy không?", "Are you free on Saturday?"),
    ("Hôm nay tôi bận quá.", "I'm so busy today."), ("Tôi rất bận.", "I'm very busy."),
    ("Tối nay tôi không rảnh.", "I'm not free tonight."),
    ("Mẹ tôi rảnh vào cuối tuần.", "My mother is free at the weekend."),
    ("Tuần sau Lan bận.", "Lan will be busy next week."), ("Ngày mai tôi sẽ rảnh.", "I'll be free tomorrow."),
    # the tense by the day, where Vietnamese says none (v7 with the rule before: "They're busy tomorrow.", "I'm very
    # busy yesterday.")
    ("Ngày mai họ bận.", "They'll be busy tomorrow."), ("Hôm qua tôi rất bận.", "I was very busy yesterday."),
    ("Hôm qua bạn có bận không?", "Were you busy yesterday?"),
    ("Bạn có rảnh ngày mai không?", "Are you free tomorrow?"),
    ("Ngày mai bạn sẽ rảnh không?", None), ("Tối nay cô ấy bận lắm.", "She's really busy tonight."),
    ("Hôm qua tôi sẽ bận.", None),
    ("Khi nào bạn rảnh?", "When are you free?"), ("Bạn rảnh lúc nào?", "When are you free?"),
    # not: "anh" saying it, "rảnh quá" (glad to be idle), a day not read, two days, asked without "có"
    ("Anh rảnh.", None), ("Tôi rảnh quá.", None), ("Tôi bận vào hôm đó.", None),
    ("Tối nay tôi rảnh vào thứ bảy.", None), ("Bạn rảnh tối nay không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi có thể rảnh vào chiều thứ Bảy." (can be free), "Hôm nay tôi cũng bận rộn." (also busy)
    ("I'm free on Saturday afternoon.", "Tôi rảnh vào chiều thứ Bảy."),
    ("I'm too busy today.", "Hôm nay tôi bận quá."), ("I'm very busy.", "Tôi rất bận."),
    ("Are you free tonight?", "Tối nay bạn có rảnh không?"),
    ("Is your mother free tomorrow?", "Ngày mai mẹ bạn có rảnh không?"),
    ("Are you free on Saturday afternoon?", "Bạn có rảnh vào chiều thứ Bảy không?"),
    ("She isn't free this weekend.", "Cuối tuần này cô ấy không rảnh."),
    ("I'm busy on Monday.", "Tôi bận vào thứ Hai."), ("I'll be free tomorrow.", "Ngày mai tôi sẽ rảnh."),
    ("Are you free next Thursday?", "Bạn có rảnh vào thứ Năm tuần sau không?"),
    ("When are you free?", "Khi nào bạn rảnh?"), ("When will Lan be free?", "Khi nào Lan sẽ rảnh?"),
    # not: "is" not agreeing, a day not read, "free" asked and said at once, "very free"
    ("I is free.", None), ("He are busy.", None), ("I'm free after work.", None), ("Are you're free?", None),
    ("I'm very free today.", None), ("When is you free?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_a_weekday_in_small_letters_is_a_day_where_only_a_day_can_stand():
    assert dates.day("vào chiều thứ bảy", "vi", "en") == "on Saturday afternoon"
    assert dates.whole("vào chiều thứ bảy", "vi", "en") is None  # (elsewhere "thứ bảy" may be the seventh)


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi rảnh vào chiều thứ bảy.", "vi", "en") == "I'm free on Saturday afternoon."


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi bận rộn hôm qua." (the day last)
    ("I was busy yesterday.", "Hôm qua tôi bận."), ("Were you busy last night?", "Tối qua bạn có bận không?"),
    ("He was free yesterday.", "Hôm qua anh ấy rảnh."),
    # not: "was" not agreeing, the past without a day behind
    ("They was busy yesterday.", None), ("I was busy.", None), ("We were busy tomorrow.", None),
])
def test_the_past_by_a_day_behind(text, said):
    assert translate(text, "en", "vi") == said
