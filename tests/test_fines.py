"""Fines and the traffic police: who was fined (how much, what for), a speeding or a parking ticket, fined if one
parks here, how much the fine was, stopped by the police, the fine paid, both ways (mt/fines.py)."""
import pytest

from mt.fines import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He was punished for running too speed.", "I was punished by police.", "I was punished for surpassing the
    # red light.", "I was punished by the station here.", "He was punished because of no insurance hat."
    ("Anh ấy bị phạt vì chạy quá tốc độ.", "He was fined for speeding."),
    ("Tôi bị cảnh sát phạt.", "I was fined by the police."),
    ("Tôi bị cảnh sát giao thông phạt.", "I was fined by the traffic police."),
    ("Tôi bị phạt vì vượt đèn đỏ.", "I was fined for running a red light."),
    ("Tôi bị phạt vì đỗ xe ở đây.", "I was fined for parking here."),
    ("Mẹ tôi bị phạt vì đỗ xe sai chỗ.", "My mother was fined for parking in the wrong place."),
    ("Anh ấy bị phạt vì không đội mũ bảo hiểm.", "He was fined for not wearing a helmet."),
    ("Tôi bị phạt vì nghe điện thoại khi lái xe.", "I was fined for talking on the phone while driving."),
    ("Bác Hùng bị phạt vì uống rượu lái xe.", "Uncle Hung was fined for drink-driving."),
    ("Anh ấy bị phạt tiền.", "He was fined."),
    # v8: "She was punished VND500,000.", "They were penalty VND2 million."
    ("Cô ấy bị phạt 500.000 đồng.", "She was fined VND500,000."),
    ("Họ bị phạt 2 triệu đồng.", "They were fined VND2 million."),
    ("Tôi bị phạt 1 triệu vì chạy quá tốc độ.", "I was fined VND1 million for speeding."),
    ("Hôm qua tôi bị phạt vì vượt đèn đỏ.", "I was fined for running a red light yesterday."),
    ("Tôi bị phạt vì chạy quá tốc độ tuần trước.", "I was fined for speeding last week."),
    ("Tôi vừa bị phạt vì đỗ xe sai chỗ.", "I've just been fined for parking in the wrong place."),
    # v8: "How much money do you punish?", "Are you never punished?"
    ("Bạn bị phạt bao nhiêu tiền?", "How much were you fined?"),
    ("Anh ấy bị phạt bao nhiêu tiền vì chạy quá tốc độ?", "How much was he fined for speeding?"),
    ("Bạn có bị phạt tiền không?", "Did you get fined?"),
    ("Anh ấy có bị phạt vì chạy quá tốc độ không?", "Did he get fined for speeding?"),
    ("Bạn đã bao giờ bị phạt vì chạy quá tốc độ chưa?", "Have you ever been fined for speeding?"),
    # v8: "You'll be punished if your car is here.", "The car is here punished."
    ("Bạn sẽ bị phạt nếu đỗ xe ở đây.", "You'll get fined if you park here."),
    ("Bạn sẽ bị phạt nếu bạn không đội mũ bảo hiểm.", "You'll get fined if you don't wear a helmet."),
    ("Bạn có thể bị phạt vì đỗ xe ở đây.", "You could get fined for parking here."),
    ("Đỗ xe ở đây sẽ bị phạt đấy.", "You'll get fined for parking here."),
    ("Chạy quá tốc độ bị phạt bao nhiêu tiền?", "How much is the fine for speeding?"),
    # v8: "How much is the penalty?" (near), "I was police stopped.", "I was stopped." (by whom?)
    ("Tiền phạt là bao nhiêu?", "How much is the fine?"),
    ("Tiền phạt là 500 nghìn.", "The fine is VND500 thousand."),
    ("Tôi bị cảnh sát dừng lại.", "I was stopped by the police."),
    ("Tôi bị công an dừng lại hôm qua.", "I was stopped by the police yesterday."),
    ("Anh ấy vừa bị CSGT dừng xe.", "He's just been pulled over by the traffic police."),
    ("Bạn có bị cảnh sát dừng lại không?", "Did you get stopped by the police?"),
    # v8: "I must surrender.", "I've filed punishment."
    ("Tôi phải nộp phạt.", "I have to pay a fine."),
    ("Anh ấy phải nộp phạt 1 triệu đồng.", "He has to pay a fine of VND1 million."),
    ("Tôi đã nộp phạt rồi.", "I've paid the fine."),
    ("Bạn đã nộp phạt chưa?", "Have you paid the fine yet?"),
    # not: "bị phạt" with no money, police or traffic said (punished: a child, a student), "anh" saying it (may be the
    # speaker), a day ahead, "if he park", a reason not known, a sum not of đồng, the police fining someone, v8's own
    ("Tôi bị phạt.", None), ("Con tôi bị cô giáo phạt.", None), ("Bạn có bị phạt không?", None),
    ("Anh bị phạt vì chạy quá tốc độ.", None), ("Họ bị phạt vì chạy quá tốc độ ngày mai.", None),
    ("Anh ấy sẽ bị phạt nếu đỗ xe ở đây.", None), ("Tôi bị phạt vì đến muộn.", None), ("Tôi bị phạt 50 người.", None),
    ("Đỗ xe ở đây bị phạt.", None), ("Cảnh sát phạt anh ấy 500 nghìn.", None), ("Cảnh sát dừng tôi lại.", None),
    ("Tôi nộp phạt.", None), ("Bạn có bị phạt tiền không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta có vé xe tốc độ.", "Tôi có vé xe hơi.", "Tôi có vé để tốc độ."
    ("He got a speeding ticket.", "Anh ấy bị phạt vì chạy quá tốc độ."),
    ("I got a parking ticket yesterday.", "Hôm qua tôi bị phạt vì đỗ xe sai chỗ."),
    ("My father got a speeding ticket.", "Bố tôi bị phạt vì chạy quá tốc độ."),
    ("I got a ticket for speeding.", "Tôi bị phạt vì chạy quá tốc độ."),
    ("I just got a speeding ticket.", "Tôi vừa bị phạt vì chạy quá tốc độ."),
    ("Did he get a speeding ticket?", "Anh ấy có bị phạt vì chạy quá tốc độ không?"),
    # v8: "Tôi đã tốt để đậu xe ở đây." (good), "Cô ấy bình thường 500.000 đồng." (normal), "Anh ta bình thường không
    # mặc một chiếc áo khoác." (a coat), "Tôi được cảnh sát tốt đẹp."
    ("I got fined for parking here.", "Tôi bị phạt vì đỗ xe ở đây."),
    ("She was fined 500,000 dong.", "Cô ấy bị phạt 500.000 đồng."),
    ("She was fined VND500,000.", "Cô ấy bị phạt 500.000 đồng."),
    ("They were fined 2 million dong.", "Họ bị phạt 2 triệu đồng."),
    ("He was fined for not wearing a helmet.", "Anh ấy bị phạt vì không đội mũ bảo hiểm."),
    ("I was fined for going through a red light.", "Tôi bị phạt vì vượt đèn đỏ."),
    ("He was fined for drunk driving.", "Anh ấy bị phạt vì lái xe khi say rượu."),
    ("I was fined by the police.", "Tôi bị cảnh sát phạt."),
    ("He got fined yesterday.", "Hôm qua anh ấy bị phạt tiền."),
    ("She's just been fined for speeding.", "Cô ấy vừa bị phạt vì chạy quá tốc độ."),
    # v8: "Bạn có tốt không?", "Bạn đã được tinh tế chưa?", "Cái tốt đẹp bao nhiêu?", "Bạn tốt đẹp bao nhiêu?"
    ("Did you get fined?", "Bạn có bị phạt tiền không?"),
    ("Were they fined for parking here?", "Họ có bị phạt vì đỗ xe ở đây không?"),
    ("Has she ever been fined?", "Cô ấy đã bao giờ bị phạt tiền chưa?"),
    ("How much were you fined?", "Bạn bị phạt bao nhiêu tiền?"),
    ("How much did she get fined?", "Cô ấy bị phạt bao nhiêu tiền?"),
    ("How much was the fine?", "Tiền phạt là bao nhiêu?"),
    ("How much was your fine?", "Bạn bị phạt bao nhiêu tiền?"),
    ("How much is the fine for speeding?", "Chạy quá tốc độ bị phạt bao nhiêu tiền?"),
    ("The fine was VND500,000.", "Tiền phạt là 500.000 đồng."),
    # v8: "Bạn sẽ tốt nếu bạn đậu xe ở đây."
    ("You'll get fined if you park here.", "Bạn sẽ bị phạt nếu đỗ xe ở đây."),
    ("You might get fined if you park here.", "Bạn có thể bị phạt nếu đỗ xe ở đây."),
    ("You could get fined for parking here.", "Bạn có thể bị phạt vì đỗ xe ở đây."),
    # v8: "Cảnh sát dừng lại cho tôi.", "Tôi đã ngừng cảnh sát." (I stopped the police)
    ("The police stopped me.", "Cảnh sát dừng tôi lại."),
    ("The traffic police stopped him yesterday.", "Hôm qua cảnh sát giao thông dừng anh ấy lại."),
    ("I got stopped by the police.", "Tôi bị cảnh sát dừng lại."),
    ("I got pulled over.", "Tôi bị cảnh sát dừng xe."),
    # v8: "Tôi phải trả một cái tốt.", "Tôi đã thanh toán tốt."
    ("I have to pay a fine.", "Tôi phải nộp phạt."),
    ("I need to pay a fine of 500,000 dong.", "Tôi cần nộp phạt 500.000 đồng."),
    ("I've paid the fine.", "Tôi đã nộp phạt rồi."),
    ("Has he paid the fine?", "Anh ấy đã nộp phạt chưa?"),
    # not: bad agreement, "a ticket" alone (mt/tickets.py's), "fine" as well, stopped by whom, a day ahead, "if he
    # parks" and "if I park" said to you, a sum not of đồng, a ticket said twice
    ("He were fined for speeding.", None), ("You was fined.", None), ("Have he ever been fined?", None),
    ("Did he got fined?", None), ("She have to pay a fine.", None), ("He got a ticket.", None), ("I'm fine.", None),
    ("That's fine.", None), ("I was stopped.", None), ("I got a speeding ticket tomorrow.", None),
    ("He'll get fined if he parks here.", None), ("You'll get fined if I park here.", None),
    ("I was fined $100.", None), ("He got a speeding ticket for speeding.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Anh ấy bị phạt vì chạy quá tốc độ.", "vi", "fr") is None
