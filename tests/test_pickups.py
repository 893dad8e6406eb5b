"""Who picks whom up, where and when, said or asked, both ways (mt/pickups.py)."""
import pytest

from mt import phrasebook
from mt.pickups import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I'm going to be you at the airport.", "My mother will be hungry at the station.", "Can you get me at 6:00?"
    ("Tôi sẽ đón bạn ở sân bay.", "I'll pick you up at the airport."),
    ("Tôi sẽ ra sân bay đón bạn.", "I'll pick you up at the airport."),
    ("Mẹ tôi sẽ đón tôi ở nhà ga.", "My mother will pick me up at the station."),
    ("Bạn có thể đón tôi lúc 6 giờ không?", "Can you pick me up at 6:00?"),
    ("Bạn đón tôi được không?", "Can you pick me up?"),
    ("Ai sẽ đón bạn?", "Who will pick you up?"), ("Tối nay ai đón bạn?", "Who's picking you up tonight?"),
    ("Tôi phải đi đón con.", "I have to pick up the kids."),
    ("Lan đón con lúc 5 giờ chiều.", "Lan picks up the kids at 5 p.m."),
    ("Ngày mai tôi sẽ đón bạn lúc 7 giờ.", "I'll pick you up at 7:00 tomorrow."),
    ("Tôi sẽ đón bạn ở khách sạn này.", "I'll pick you up at this hotel."),
    # not: "anh" and "em" (who is who), a place or a time not read, asked without "có thể" or "được"
    ("Anh sẽ đón em.", None), ("Tôi sẽ đón bạn ở chỗ đó.", None), ("Tôi sẽ đón bạn lúc nào đó.", None),
    ("Bạn đón tôi không?", None), ("Tôi sẽ đón bạn?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi sẽ chọn bạn lên sân bay." (choose), "Mẹ tôi sẽ nhặt tôi ở gai." (lift)
    ("I'll pick you up at the airport.", "Tôi sẽ đón bạn ở sân bay."),
    ("My mother will pick me up at the station.", "Mẹ tôi sẽ đón tôi ở nhà ga."),
    ("Can you pick me up at 6?", "Bạn có thể đón tôi lúc 6 giờ không?"),
    ("Could you pick us up at the hotel at 7 am?", "Bạn có thể đón chúng tôi ở khách sạn lúc 7 giờ sáng không?"),
    ("Who's picking you up?", "Ai sẽ đón bạn?"), ("Who will pick you up?", "Ai sẽ đón bạn?"),
    ("I have to pick up my kids.", "Tôi phải đón con."),
    ("He picks up the kids at 5 pm.", "Anh ấy đón con lúc 5 giờ chiều."),
    ("I'll pick you up tomorrow.", "Ngày mai tôi sẽ đón bạn."),
    # not: "pick" not agreeing, someone not known, a place not known, "picking" without "is"
    ("He pick me up.", None), ("I picks you up.", None), ("I'll pick up the box.", None),
    ("I'll pick you up at the corner.", None), ("I picking you up.", None), ("She have to pick me up.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi sẽ đón bạn ở sân bay.", "vi", "en") == "I'll pick you up at the airport."
