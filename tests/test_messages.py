"""Texting, e-mailing and calling someone, replying to a message, a message got; both ways (mt/messages.py)."""
import pytest

from mt import phrasebook
from mt.messages import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I'll Message you later.", "My mother had a message to me.", "Lan called my phone to me yesterday."
    ("Tôi sẽ nhắn tin cho bạn sau.", "I'll text you later."),
    ("Anh ấy không trả lời tin nhắn của tôi.", "He didn't reply to my message."),
    ("Bạn đã nhận được tin nhắn của tôi chưa?", "Did you get my message?"),
    ("Mẹ tôi vừa nhắn tin cho tôi.", "My mother just texted me."), ("Tôi đã gửi email cho anh ấy.", "I emailed him."),
    ("Tôi chưa trả lời email của cô ấy.", "I haven't replied to her email yet."),
    ("Lan gọi điện cho tôi hôm qua.", "Lan called me yesterday."),
    ("Nam gọi cho tôi hôm qua.", "Nam called me yesterday."),  # ("gọi" alone; v8: "Nam called for me yesterday.")
    ("Nam vừa gọi cho tôi.", "Nam just called me."),
    ("Hôm qua Lan gọi điện cho tôi.", "Lan called me yesterday."),
    ("Tối nay tôi sẽ gọi điện cho mẹ tôi.", "I'll call my mother tonight."),
    ("Tôi nhắn tin cho bạn ngay.", "I'll text you right away."),
    ("Ngày mai tôi gọi điện cho bạn.", "I'll call you tomorrow."),
    # "của mình" after a third person: replied to, the speaker's (one does not reply to one's own); got, either
    # ("Did he get my email?" or his own?), so not said; after "bạn", the speaker's (friends' "mình")
    ("Anh ấy không trả lời tin nhắn của mình.", "He didn't reply to my message."),
    ("Bạn đã nhận được tin nhắn của mình chưa?", "Did you get my message?"),
    ("Anh ấy đã nhận được email của mình chưa?", None), ("Mẹ tôi đã nhận được tin nhắn của mình chưa?", None),
    # not: no word for when, "anh" and "em" (who is who), a day behind with "sẽ", "later" with the past
    ("Tôi nhắn tin cho bạn.", None), ("Anh nhắn tin cho em sau.", None), ("Hôm qua tôi sẽ gọi điện cho bạn.", None),
    ("Tôi đã nhắn tin cho bạn sau.", None), ("Tôi sẽ nhắn tin cho cái bàn sau.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi sẽ văn bản bạn về sau." (text, a document), "Mẹ tôi vừa viết cho tôi.", "… thư của tôi." (a letter)
    ("I'll text you later.", "Tôi sẽ nhắn tin cho bạn sau."),
    ("He didn't reply to my message.", "Anh ấy không trả lời tin nhắn của tôi."),
    ("Did you get my message?", "Bạn có nhận được tin nhắn của tôi không?"),
    ("My mother just texted me.", "Mẹ tôi vừa nhắn tin cho tôi."),
    ("I emailed him yesterday.", "Tôi gửi email cho anh ấy hôm qua."),
    ("I haven't replied to her email yet.", "Tôi chưa trả lời email của cô ấy."),
    ("He hasn't replied to my text.", "Anh ấy chưa trả lời tin nhắn của tôi."),
    ("I'll call my mother tonight.", "Tôi sẽ gọi điện cho mẹ tôi tối nay."),
    ("He called me 3 days ago.", "Anh ấy gọi điện cho tôi cách đây 3 ngày."),
    ("I texted you.", "Tôi đã nhắn tin cho bạn."),
    # not: a day behind with "will", "later" with the past, has/have not agreeing, "yet" without "hasn't"
    ("I'll text you yesterday.", None), ("I texted you later.", None), ("He haven't replied to my text.", None),
    ("He didn't reply to my text yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi sẽ nhắn tin cho bạn sau.", "vi", "en") == "I'll text you later."
    assert phrasebook.translate("I'll text you later.", "en", "vi") == "Tôi sẽ nhắn tin cho bạn sau."
