"""The time someone gets up, goes to bed, goes to work or has a meal, said or asked, both ways (mt/routines.py)."""
import pytest

from mt import phrasebook
from mt.routines import translate


@pytest.mark.parametrize("text, said", [
    # v6: "I eat breakfast 7:00.", "I'm left at 5:00.", "Now you go to bed?", "What often do you get up at time?"
    ("Tôi thường dậy lúc 6 giờ sáng.", "I usually get up at 6 a.m."),
    ("Tôi ăn sáng lúc 7 giờ.", "I have breakfast at 7:00."),
    ("Anh ấy đi làm lúc 7 giờ rưỡi sáng.", "He goes to work at 7:30 a.m."),
    ("Mẹ tôi đi ngủ lúc 10 giờ tối mỗi ngày.", "My mother goes to bed at 10 p.m. every day."),
    ("Tôi tan làm lúc 5 giờ chiều.", "I finish work at 5 p.m."),
    ("Chúng tôi ăn tối lúc 7 rưỡi tối.", "We have dinner at 7:30 p.m."),
    ("Mấy giờ bạn đi ngủ?", "What time do you go to bed?"),
    ("Bạn thường dậy lúc mấy giờ?", "What time do you usually get up?"),
    ("Con bạn đi học lúc mấy giờ vậy?", "What time does your child go to school?"),
    # someone by name (v7: "Lan dậy lúc 6 giờ." → "Land up at 6:00.")
    ("Lan dậy lúc 6 giờ.", "Lan gets up at 6:00."), ("Mấy giờ anh Nam đi ngủ?", "What time does Nam go to bed?"),
    # not: a time of one day ("sáng nay"), "đã" (it happened), "anh" saying it (may be the speaker), no time read
    ("Tôi dậy lúc 7 giờ sáng nay.", None), ("Tôi đã dậy lúc 7 giờ.", None), ("Anh dậy lúc 7 giờ.", None),
    ("Tôi dậy lúc bình minh.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Tôi lên lúc 6 giờ rưỡi." (up), "Bạn đi ngủ gì?", "Tôi đã làm việc lúc 5 giờ chiều." (worked)
    ("I get up at half past six.", "Tôi dậy lúc 6 giờ rưỡi."),
    ("I usually get up at 6 am.", "Tôi thường dậy lúc 6 giờ sáng."),
    ("He goes to work at 7:30.", "Anh ấy đi làm lúc 7:30."),
    ("My father has lunch at noon.", "Bố tôi ăn trưa lúc 12 giờ trưa."),
    ("I finish work at 5 pm every day.", "Tôi tan làm lúc 5 giờ chiều mỗi ngày."),
    ("What time do you go to bed?", "Bạn đi ngủ lúc mấy giờ?"),
    ("What time does your son usually get up?", "Con trai bạn thường dậy lúc mấy giờ?"),
    ("Lan gets up at 6.", "Lan dậy lúc 6 giờ."), ("What time does Minh go to bed?", "Minh đi ngủ lúc mấy giờ?"),
    ("Lan get up at 6.", None),
    # an hour alone (v6: "Cô ấy đi ngủ lúc 11 tuổi.", aged 11)
    ("She goes to bed at 11.", "Cô ấy đi ngủ lúc 11 giờ."), ("My mother gets up at six.", "Mẹ tôi dậy lúc 6 giờ."),
    # not: who and the verb not agreeing, the past, a time not read alone, an hour past 12 alone
    ("He get up at 6 am.", None), ("I got up at 6 am.", None), ("I get up at 6 or so.", None),
    ("I get up at 13.", None),
    ("What time does you get up?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Tôi về nhà lúc 6 giờ chiều.", "vi", "en") == "I get home at 6 p.m."
    assert phrasebook.translate("She goes to bed at 11 pm.", "en", "vi") == "Cô ấy đi ngủ lúc 11 giờ tối."


@pytest.mark.parametrize("text, src, tgt, said", [
    # how someone gets to work or to school, and early or late (v6: "Bạn đi làm bằng gì?" → "What do you go to work
    # equal to?", "Anh ấy thường đi làm bằng xe buýt." → "He is often goes to work by bus."; "How do you get to work?"
    # → "Bạn có thể làm việc như thế nào?", "She drives to work." → "Cô ấy lái xe.", "I get up early." → "Tôi đã dậy
    # sớm.", in the past)
    ("Anh ấy thường đi làm bằng xe buýt.", "vi", "en", "He usually goes to work by bus."),
    ("Bạn đi làm bằng gì?", "vi", "en", "How do you get to work?"),
    ("Con bạn đi học bằng gì vậy?", "vi", "en", "How does your child get to school?"),
    ("Tôi dậy sớm.", "vi", "en", "I get up early."),
    ("I take the bus to work.", "en", "vi", "Tôi đi làm bằng xe buýt."),
    ("She drives to work every day.", "en", "vi", "Cô ấy lái xe đi làm mỗi ngày."),
    ("I walk to school.", "en", "vi", "Tôi đi bộ đi học."),
    ("I ride a bike to school.", "en", "vi", "Tôi đi xe đạp đi học."),  # (as the term list writes "ride a bike")
    ("How does your son get to school?", "en", "vi", "Con trai bạn đi học bằng gì?"),
    ("He goes to bed late.", "en", "vi", "Anh ấy đi ngủ muộn."),
    # not: who and the verb not agreeing, a ride not listed
    ("He go to work by bus.", "en", "vi", None), ("I walks to school.", "en", "vi", None),
    ("Tôi đi làm bằng thuyền.", "vi", "en", None),
])
def test_how_one_gets_there_and_early_or_late(text, src, tgt, said):
    assert translate(text, src, tgt) == said
