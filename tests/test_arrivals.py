"""Getting somewhere: soon, arrived, when, stuck in traffic, always late; both ways (mt/arrivals.py)."""
import pytest

from mt import phrasebook
from mt.arrivals import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I came to where I was.", "I'm traffic jam.", "When did you come?", "He's always going to be late."
    ("Tôi sẽ đến trong mười phút nữa.", "I'll be there in ten minutes."),
    ("Mười phút nữa tôi sẽ đến.", "I'll be there in ten minutes."),
    ("10 phút nữa mẹ tôi sẽ về đến nhà.", "My mother will be home in 10 minutes."),
    ("Tôi sẽ quay lại trong nửa tiếng nữa.", "I'll be back in half an hour."),
    ("Tôi về ngay.", "I'll be right back."), ("Tôi đến ngay.", "I'll be right there."),
    # (v7: "Mẹ tôi sắp về." → "My mother was coming back.", "Bố tôi sắp về nhà." → "I'm going to go home.")
    ("Mẹ tôi sắp về.", "My mother will be back soon."), ("Bố tôi sắp về nhà.", "My father will be home soon."),
    ("Anh ấy sắp đến rồi.", "He'll be there soon."), ("Tôi sắp về trong 10 phút nữa.", None),
    ("Tôi đến nơi rồi.", "I've arrived."), ("Anh ấy đã đến nơi an toàn.", "He arrived safely."),
    ("Mẹ bạn về đến nhà chưa?", "Is your mother home yet?"), ("Bạn đến nơi chưa?", "Have you arrived yet?"),
    ("Bạn đã đến nơi chưa?", "Have you arrived yet?"),
    ("Tôi vừa về đến nhà.", "I just got home."), ("Tôi về đến nhà rồi.", "I'm home."),
    ("Tôi về đến nhà lúc 11 giờ tối.", "I got home at 11 p.m."),
    ("Khi nào bạn đến?", "When will you arrive?"), ("Bạn đến khi nào?", "When did you arrive?"),
    ("Mấy giờ anh ấy về đến nhà?", "What time will he get home?"),
    ("Khi nào bố bạn về?", "When will your father be back?"),
    ("Tôi đang bị kẹt xe.", "I'm stuck in traffic."), ("Chúng tôi bị tắc xe.", "We're stuck in traffic."),
    ("Sáng nay tôi bị kẹt xe.", "I got stuck in traffic this morning."),
    ("Anh ấy luôn đến muộn.", "He's always late."), ("Tôi hay đi làm muộn.", "I'm often late for work."),
    ("Lan không bao giờ đi học muộn.", "Lan is never late for school."),
    # not: "anh" alone (who is who), two spans, no span, a day ahead stuck, asked without "chưa", how long stuck
    ("Anh đến ngay.", None), ("Mười phút nữa tôi đến ngay.", None), ("Tôi sẽ đến.", None),
    ("Ngày mai tôi bị kẹt xe.", None), ("Tôi đến nơi rồi?", None), ("Tôi bị kẹt xe mất một tiếng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi sẽ ở đó trong vòng 10 phút." (staying there ten minutes), "Tôi bị kẹt trong giao thông.",
    # "Bạn sẽ về nhà?"
    ("I'll be there in ten minutes.", "Tôi sẽ đến trong mười phút nữa."),
    ("I'll be home in an hour.", "Tôi sẽ về đến nhà trong một tiếng nữa."),
    ("We'll get there in half an hour.", "Chúng tôi sẽ đến trong nửa tiếng nữa."),
    ("I'll be right back.", "Tôi quay lại ngay."), ("I'll be right there.", "Tôi đến ngay."),
    ("My mother will be home soon.", "Mẹ tôi sắp về đến nhà rồi."),
    ("I'll be there soon.", "Tôi sắp đến rồi."),
    ("I've arrived.", "Tôi đến nơi rồi."), ("He has arrived safely.", "Anh ấy đến nơi an toàn rồi."),
    ("Has he arrived yet?", "Anh ấy đến nơi chưa?"), ("Have you arrived?", "Bạn đến nơi chưa?"),
    ("I just got home.", "Tôi vừa về đến nhà."), ("She got home at 11 pm.", "Cô ấy về đến nhà lúc 11 giờ tối."),
    ("When will you arrive?", "Khi nào bạn đến?"), ("When did he get home?", "Anh ấy về đến nhà khi nào?"),
    ("What time will you get home?", "Mấy giờ bạn về đến nhà?"),
    ("I'm stuck in traffic.", "Tôi đang bị kẹt xe."), ("He is stuck in traffic.", "Anh ấy đang bị kẹt xe."),
    ("We got stuck in traffic yesterday.", "Hôm qua chúng tôi bị kẹt xe."),
    ("He's always late.", "Anh ấy luôn đến muộn."), ("I'm never late for work.", "Tôi không bao giờ đi làm muộn."),
    ("Lan is often late for school.", "Lan hay đi học muộn."),
    # not: has/have or be not agreeing, "yet" said, "already" with "has"
    ("He've arrived.", None), ("Has you arrived?", None), ("She am stuck in traffic.", None),
    ("They is always late.", None), ("I were stuck in traffic.", None), ("I've arrived yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # parents and grandparents (mt.people.PARENTS_WHOSE), the verb plural (v8: "Bố mẹ tôi đến nơi rồi." → "My parents
    # came to the place.")
    ("Bố mẹ tôi đến nơi rồi.", "My parents have arrived."),
    ("Ông bà tôi đã đến nơi an toàn.", "My grandparents arrived safely."),
    ("Bố mẹ bạn về đến nhà chưa?", "Are your parents home yet?"),
    ("Ông bà bạn đến nơi chưa?", "Have your grandparents arrived yet?"),
    ("Bố mẹ tôi về đến nhà rồi.", "My parents are home."), ("Ông bà tôi sắp về.", "My grandparents will be back soon."),
    ("Bố mẹ của cô ấy sắp đến rồi.", "Her parents will be there soon."),
    ("Khi nào bố mẹ bạn đến?", "When will your parents arrive?"),
    ("Ông bà anh ấy đến khi nào?", "When did his grandparents arrive?"),
    ("Bố mẹ tôi đang bị kẹt xe.", "My parents are stuck in traffic."),
    ("Ông bà tôi luôn đến muộn.", "My grandparents are always late."),
    # not: "anh" alone as whose (you, only asking; as for one: "Mẹ anh sắp đến rồi."), "đến rồi" (as for one)
    ("Bố mẹ anh sắp đến rồi.", None), ("Bố mẹ tôi đến rồi.", None),
])
def test_parents_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # (v8: "My parents have arrived." → "Cha mẹ tôi đã đến.", in the past)
    ("My parents have arrived.", "Bố mẹ tôi đến nơi rồi."), ("My parents've arrived.", "Bố mẹ tôi đến nơi rồi."),
    ("Have your parents arrived yet?", "Bố mẹ bạn đến nơi chưa?"),
    ("My grandparents just got home.", "Ông bà tôi vừa về đến nhà."),
    ("His parents arrived safely.", "Bố mẹ anh ấy đã đến nơi an toàn."),
    ("My parents will be home soon.", "Bố mẹ tôi sắp về đến nhà rồi."),
    ("When did his grandparents get home?", "Ông bà anh ấy về đến nhà khi nào?"),
    ("My parents were stuck in traffic yesterday.", "Hôm qua bố mẹ tôi bị kẹt xe."),
    ("My grandparents are never late.", "Ông bà tôi không bao giờ đến muộn."),
    # not: the verb not agreeing (as for one: "He've arrived.")
    ("My parents has arrived.", None), ("My parents's arrived.", None), ("Has your parents arrived yet?", None),
    ("My parents is stuck in traffic.", None), ("My grandparents is never late.", None),
])
def test_parents_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi đến nơi rồi.", "vi", "en") == "I've arrived."
    assert phrasebook.translate("I'm stuck in traffic.", "en", "vi") == "Tôi đang bị kẹt xe."
    assert phrasebook.translate("Bố mẹ tôi đến nơi rồi.", "vi", "en") == "My parents have arrived."
    assert phrasebook.translate("My parents have arrived.", "en", "vi") == "Bố mẹ tôi đến nơi rồi."
