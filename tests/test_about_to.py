"""About to do something, or getting ready for it, said or asked, both ways (mt/about_to.py)."""
import pytest

from mt.about_to import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I prepared to sleep.", "I'm ready to do it.", "We're going to go.", "I've just called you."
    ("Tôi chuẩn bị đi ngủ.", "I'm getting ready for bed."),
    ("Tôi đang chuẩn bị đi làm.", "I'm getting ready for work."),
    ("Con tôi đang chuẩn bị đi học.", "My child is getting ready for school."),
    ("Tôi sắp đi ra ngoài.", "I'm about to go out."), ("Chúng tôi sắp đi rồi.", "We're about to leave."),
    ("Tôi sắp ăn tối.", "I'm about to have dinner."), ("Chúng tôi sắp ăn cơm.", "We're about to eat."),
    ("Chúng tôi chuẩn bị ăn trưa.", "We're getting ready to have lunch."),
    ("Tôi sắp sửa đi tắm.", "I'm about to have a shower."),
    ("Bố tôi sắp đi làm.", "My father is about to go to work."),
    ("Bác Hùng sắp xuất phát.", "Uncle Hung is about to set off."),
    ("Tôi vừa định gọi cho bạn.", "I was just about to call you."),
    ("Anh ấy vừa định nhắn tin cho mẹ tôi.", "He was just about to text my mother."),
    ("Tôi chuẩn bị gọi điện cho Lan.", "I'm about to call Lan."),
    # asked: "à", "hả", "phải không"; "anh" alone is "you" only asking
    ("Bạn sắp đi rồi à?", "Are you about to leave?"), ("Anh chuẩn bị đi ngủ hả?", "Are you getting ready for bed?"),
    ("Bạn vừa định gọi cho tôi à?", "Were you about to call me?"),
    # the speaker leaving ("… đây")
    ("Tôi đi ngủ đây.", "I'm off to bed."), ("Chúng tôi đi đây.", "We're off."),
    ("Tôi đi làm đây!", "I'm off to work!"),
    # not: "anh" saying it, someone else's "đây", "không", a trip (mt/trips.py), "rồi" after "vừa định", asked with no
    # "?", whom not known, "sắp về nhà" (mt/arrivals.py's), "đang định"
    ("Anh sắp đi.", None), ("Mẹ tôi đi làm đây.", None), ("Tôi không sắp đi.", None), ("Tôi sắp đi du lịch.", None),
    ("Tôi vừa định đi rồi.", None), ("Bạn sắp đi à.", None), ("Tôi sắp gọi cho cái bàn.", None),
    ("Mẹ tôi sắp về nhà.", None), ("Tôi đang định đi ngủ.", None), ("Tôi đang chuẩn bị bữa tối.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi sắp rời khỏi." (incomplete), "Chúng tôi chỉ rời khỏi." (only), "Tôi sẵn sàng làm việc." (ready to work)
    ("I'm about to leave.", "Tôi sắp đi."), ("We're just leaving.", "Chúng tôi sắp đi rồi."),
    ("I'm about to go to sleep.", "Tôi sắp đi ngủ."),
    ("I'm getting ready for work.", "Tôi đang chuẩn bị đi làm."),
    ("She's getting ready for school.", "Cô ấy đang chuẩn bị đi học."),
    ("My mother is getting ready to go out.", "Mẹ tôi đang chuẩn bị ra ngoài."),
    ("I'm about to take a shower.", "Tôi sắp đi tắm."), ("They're about to have lunch.", "Họ sắp ăn trưa."),
    ("We're about to eat.", "Chúng tôi sắp ăn cơm."), ("I'm just about to leave.", "Tôi sắp đi rồi."),
    ("Lan's about to go to bed.", "Lan sắp đi ngủ."),
    ("I was about to call you.", "Tôi vừa định gọi cho bạn."),
    ("She was just about to text her mother.", "Cô ấy vừa định nhắn tin cho mẹ cô ấy."),
    ("Are you about to leave?", "Bạn sắp đi à?"),
    ("Is your father getting ready for bed?", "Bố bạn đang chuẩn bị đi ngủ à?"),
    ("Were you about to call me?", "Bạn vừa định gọi cho tôi à?"),
    ("I'm off to bed.", "Tôi đi ngủ đây."), ("We're leaving now.", "Chúng tôi đi đây."),
    # not: be not agreeing with who, "leaving" alone (now), the past of getting ready, someone else off, a doing or
    # whom not known, "just" asking, asked with no "?"
    ("He are about to leave.", None), ("I were about to call you.", None), ("I am leaving.", None),
    ("I was getting ready for bed.", None), ("He's off to bed.", None), ("I'm about to fly.", None),
    ("She is about to call the table.", None), ("Are you just leaving?", None), ("Are you about to leave.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi sắp đi.", "vi", "fr") is None
    assert translate("I'm about to leave.", "vi", "en") is None  # (English given as Vietnamese)
