"""Waiting: waited long, how long or since when, waiting for whom or what and where, queuing, will wait, can wait,
"don't wait for me", "wait!", sorry to keep you waiting, both ways (mt/waiting.py)."""
import pytest

from mt.waiting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Have you waited for long yet?", "Have you waited for me for long yet?"
    ("Bạn đợi lâu chưa?", "Have you been waiting long?"),
    ("Bạn chờ lâu chưa ạ?", "Have you been waiting long?"),
    ("Anh đợi lâu chưa?", "Have you been waiting long?"),
    ("Bạn đợi tôi lâu chưa?", "Have you been waiting for me long?"),
    ("Mẹ tôi chờ bạn có lâu không?", "Has my mother been waiting for you long?"),
    # v8: "I wait for long.", "I wait for you for an hour.", "I'm waiting for 7 hours.", "I waited for breakfast."
    ("Tôi đợi lâu rồi.", "I've been waiting for a long time."),
    ("Tôi đợi bạn một tiếng rồi.", "I've been waiting for you for an hour."),
    ("Tôi chờ bạn nửa tiếng rồi.", "I've been waiting for you for half an hour."),
    ("Cô ấy đã đợi bạn hai tiếng rồi.", "She's been waiting for you for two hours."),
    ("Tôi đợi từ 7 giờ rồi.", "I've been waiting since 7 o'clock."),
    ("Chúng tôi đợi từ 8 giờ sáng rồi.", "We've been waiting since 8 a.m."),
    ("Tôi đợi từ sáng.", "I've been waiting since this morning."),
    ("Cô ấy đã đợi bạn cả buổi sáng rồi.", "She's been waiting for you all morning."),
    # v8: "My mother was waiting for you outside.", "Who's waiting for?", "I'm packing.", "They're waiting for
    # production.", "Uncle Hung is waiting at home.", "Are you waiting for?"
    ("Mẹ tôi đang đợi bạn ở ngoài.", "My mother is waiting for you outside."),
    ("Bạn đang đợi ai?", "Who are you waiting for?"),
    ("Anh ấy đang chờ ai vậy?", "Who is he waiting for?"),
    ("Chúng tôi đang xếp hàng.", "We're queuing."),
    ("Tôi đang xếp hàng đợi xe buýt.", "I'm queuing for the bus."),
    ("Họ đang chờ ở sảnh.", "They're waiting in the lobby."),
    ("Bác Hùng đang đợi ở dưới nhà.", "Uncle Hung is waiting downstairs."),
    ("Bạn vẫn đang đợi à?", "Are you still waiting?"),
    ("Bạn có đang đợi xe buýt không?", "Are you waiting for the bus?"),
    ("Tôi đang đợi tàu hỏa.", "I'm waiting for the train."),
    # v8: "Can you wait me?", "I'll wait you here.", "I waited you at the gate.", "Wait me outside."
    ("Bạn có thể đợi tôi không?", "Can you wait for me?"),
    ("Bạn đợi tôi một chút được không?", "Can you wait for me a moment?"),
    ("Tôi sẽ đợi bạn ở đây.", "I'll wait for you here."),
    ("Tôi đợi bạn ở cổng nhé.", "I'll wait for you at the gate."),
    ("Đợi tôi ở ngoài nhé.", "Wait for me outside."),
    ("Đợi ở đây nhé.", "Wait here."),
    # v8: "I couldn't wait again.", "Don't wait me.", "Don't wait the door.", "Don't wake me.", "Thanks.", "Expected."
    ("Tôi không đợi được nữa.", "I can't wait any longer."),
    ("Tôi không thể chờ thêm được nữa.", "I can't wait any longer."),
    ("Đừng đợi tôi.", "Don't wait for me."),
    ("Bạn đừng chờ tôi nhé.", "Don't wait for me."),
    ("Đừng đợi cửa.", "Don't wait up."),
    ("Đừng thức đợi tôi.", "Don't wait up for me."),
    ("Chờ đã.", "Wait."),
    ("Đợi đã!", "Wait!"),
    ("Làm ơn chờ một lát.", "Please wait a moment."),
    # not: "anh" or "Mẹ" alone saying it (the speaker?), "tàu" (a train or a boat), no aspect ("now" or "will"?), "không
    # đợi nữa" (won't wait), "mong chờ" (looking forward), the phrasebook's ("Chờ tôi một chút.", _SORRY, _THANKED), a
    # taxi's driver (mt/taxis.py's), "Đừng đợi." (whom not said), "có đang" without "không"
    ("Tôi đợi lâu rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đã đợi một tiếng rồi.", None), ("Mẹ đang đợi bạn ở ngoài.", None), ("Anh đang đợi em.", None),
    ("Tôi đang đợi tàu.", None), ("Tôi đợi bạn.", None), ("Tôi không đợi nữa.", None),
    ("Tôi rất mong chờ.", None), ("Chờ tôi một chút.", None), ("Đợi một chút.", None),
    ("Xin lỗi đã để bạn phải chờ.", None), ("Cảm ơn bạn đã chờ.", None), ("Tài xế đang đợi bên ngoài.", None),
    ("Đừng đợi.", None), ("Bạn có đang đợi xe buýt?", None), ("Tôi đợi từ lâu rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn đã chờ đợi lâu chưa?" (right, but longer), "Bé đang đợi lâu chưa?" (the baby), "… một thời gian dài
    # chưa?"
    ("Have you been waiting long?", "Bạn đợi lâu chưa?"),
    ("Has she been waiting long?", "Cô ấy đợi lâu chưa?"),
    ("Have you been waiting for me long?", "Bạn đợi tôi lâu chưa?"),
    ("Have you been waiting a long time?", "Bạn đợi lâu chưa?"),
    # v8: "Tôi đã đợi từ khi 7.", "Tôi đã đợi một thời gian dài."
    ("I've been waiting for an hour.", "Tôi đã đợi một tiếng rồi."),
    ("I've been waiting since 7.", "Tôi đã đợi từ 7 giờ."),
    ("I've been waiting since seven o'clock.", "Tôi đã đợi từ 7 giờ."),
    ("My father has been waiting since 8 am.", "Bố tôi đã đợi từ 8 giờ sáng."),
    ("She's been waiting since this morning.", "Cô ấy đã đợi từ sáng."),
    ("I've been waiting a long time.", "Tôi đã đợi lâu rồi."),
    ("She's been waiting for you all morning.", "Cô ấy đã đợi bạn cả buổi sáng rồi."),
    ("I have been waiting for you for half an hour.", "Tôi đã đợi bạn nửa tiếng rồi."),
    # v8: "Tôi đang đợi dòng." (a line of text), "Chúng tôi đang cãi vã." (quarrelling), "Tôi đang đợi nhà.", "Họ
    # đang đợi dừng xe buýt.", "Bạn đang đợi xe buýt không?", "Bé vẫn còn đang đợi không?"
    ("My mother is waiting for you outside.", "Mẹ tôi đang đợi bạn ở ngoài."),
    ("I'm waiting in line.", "Tôi đang xếp hàng."),
    ("We're queuing.", "Chúng tôi đang xếp hàng."),
    ("I'm queuing for the bus.", "Tôi đang xếp hàng đợi xe buýt."),
    ("I'm waiting at home.", "Tôi đang đợi ở nhà."),
    ("They're waiting at the bus stop.", "Họ đang đợi ở trạm xe buýt."),
    ("Are you waiting for the bus?", "Bạn có đang đợi xe buýt không?"),
    ("Is she still waiting?", "Cô ấy vẫn đang đợi à?"),
    ("He's still waiting.", "Anh ấy vẫn đang đợi."),
    ("Who is he waiting for?", "Anh ấy đang đợi ai?"),
    ("I'm waiting for a taxi.", "Tôi đang đợi taxi."),
    # v8: "Chúng tôi sẽ chờ bạn xuống lầu." (come down), "Bạn có thể đợi một khoảnh khắc không?"
    ("We'll wait for you downstairs.", "Chúng tôi sẽ đợi bạn ở dưới nhà."),
    ("Could you wait a moment?", "Bạn có thể đợi một chút không?"),
    ("Can you wait for me here?", "Bạn có thể đợi tôi ở đây không?"),
    ("I can't wait any longer.", "Tôi không thể đợi thêm được nữa."),
    # v8: "Đừng đợi." (wait up lost), "Giữ lại!" (keep), "Thôi nào.", "Chờ một phút.", "… chờ một giây phút."
    ("Don't wait up.", "Đừng thức đợi tôi."),
    ("Don't wait for us.", "Đừng đợi chúng tôi."),
    ("Hold on!", "Đợi đã!"),
    ("Hang on a second.", "Đợi một chút."),
    ("Wait a minute.", "Đợi một chút."),
    ("Please wait a moment.", "Vui lòng đợi một chút."),
    ("Wait for me outside.", "Đợi tôi ở ngoài."),
    # v8: "Rất tiếc để giữ cho bạn đợi.", "Tôi xin lỗi phải giữ bạn đang đợi.", "Nhờ chờ đợi.", "Nhờ chờ tôi."
    ("Sorry to keep you waiting.", "Xin lỗi đã để bạn phải chờ."),
    ("Sorry to keep you waiting so long.", "Xin lỗi đã để bạn phải chờ lâu."),
    ("I'm sorry to have kept you waiting.", "Xin lỗi đã để bạn phải chờ."),
    ("Thanks for waiting.", "Cảm ơn bạn đã chờ."),
    ("Thanks for waiting for me.", "Cảm ơn bạn đã chờ tôi."),
    ("Thank you so much for waiting.", "Cảm ơn bạn rất nhiều vì đã chờ."),
    # not: "has", "have", "is", "are" not agreeing with who, "I can't wait." (looking forward), "What are you waiting
    # for?" (hurry up), the phrasebook's, "Please wait." and "Don't wait." (v8's right), how long (v8's right)
    ("Have she been waiting long?", None), ("She have been waiting for an hour.", None),
    ("I's been waiting for an hour.", None), ("My mother are waiting for you outside.", None),
    ("Who are he waiting for?", None), ("I can't wait.", None), ("What are you waiting for?", None),
    ("Sorry for keeping you waiting.", None), ("Thank you for waiting.", None), ("Wait for me.", None),
    ("Wait a moment.", None), ("Please wait.", None), ("Don't wait.", None), ("How long have you been waiting?", None),
    ("Are you waiting for someone?", None), ("I hate waiting.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bạn đợi lâu chưa?", "en", "vi") is None
    assert translate("Have you been waiting long?", "vi", "en") is None
    assert translate("Have you been waiting long?", "en", "fr") is None
