"""Fire safety: fire and smoke alarms going off, extinguishers and smoke alarms had, a smoke alarm's battery, fire
drills, and the fire brigade to call or coming, both ways (mt/fire_safety.py)."""
import pytest

from mt.fire_safety import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The fire is appealing!", "The fire had been appealing.", "The fire was brought at midnight.", "Last night,
    # the fire alarm is appealing.", "Smoke journalists urge to be pumped.", "It's OK to fire."
    ("Chuông báo cháy đang kêu!", "The fire alarm is going off!"),
    ("Chuông báo cháy vừa kêu.", "The fire alarm just went off."),
    ("Chuông báo cháy vừa kêu à?", "Did the fire alarm just go off?"),
    ("Chuông báo cháy đang kêu à?", "Is the fire alarm going off?"),
    ("Chuông báo cháy kêu lúc nửa đêm.", "The fire alarm went off at midnight."),
    ("Đêm qua chuông báo cháy kêu.", "The fire alarm went off last night."),
    ("Hôm qua chuông báo cháy ở trường kêu.", "The fire alarm at school went off yesterday."),
    ("Đêm qua chuông báo cháy có kêu không?", "Did the fire alarm go off last night?"),
    ("Máy báo khói cứ kêu bíp bíp.", "The smoke alarm keeps beeping."),
    ("Máy báo khói trong bếp cứ kêu mãi.", "The smoke alarm in the kitchen keeps going off."),
    ("Chuông báo cháy kêu rồi.", "The fire alarm has gone off."),
    ("Chuông báo cháy kêu kìa!", "The fire alarm is going off!"),
    ("Chuông báo cháy đã không kêu.", "The fire alarm didn't go off."),
    ("Đêm qua chuông báo cháy không kêu.", "The fire alarm didn't go off last night."),
    ("Sáng nay chuông báo cháy kêu.", "The fire alarm went off this morning."),
    ("Còi báo cháy đang hú.", "The fire alarm is going off."),
    ("Chuông báo cháy đã reo.", "The fire alarm went off."),
    # v8: "Do you save fire?", "My home didn't have a fire burn.", "I have a fire in my car.", "Do you have a smoke
    # journalist?"
    ("Nhà bạn có bình cứu hoả không?", "Do you have a fire extinguisher at home?"),
    ("Nhà bạn có bình cứu hỏa không?", "Do you have a fire extinguisher at home?"),
    ("Nhà tôi không có bình chữa cháy.", "We don't have a fire extinguisher at home."),
    ("Nhà tôi chưa có máy báo khói.", "We don't have a smoke alarm at home yet."),
    ("Nhà bạn có máy báo khói không?", "Do you have a smoke alarm at home?"),
    ("Tôi có bình chữa cháy trong xe.", "I have a fire extinguisher in the car."),
    ("Mẹ tôi có bình chữa cháy trong bếp.", "My mother has a fire extinguisher in the kitchen."),
    ("Bạn có bình chữa cháy không?", "Do you have a fire extinguisher?"),
    ("Nhà mình có máy báo khói không?", "Do we have a smoke alarm at home?"),
    ("Bác Lan có bình chữa cháy ở nhà.", "Aunt Lan has a fire extinguisher at home."),
    ("Anh ấy không có bình chữa cháy.", "He doesn't have a fire extinguisher."),
    # v8: "Is it an average of burning here?", "Where did the fire?"
    ("Ở đây có bình chữa cháy không?", "Is there a fire extinguisher here?"),
    ("Ở đây không có máy báo khói.", "There's no smoke alarm here."),
    ("Bình chữa cháy ở đâu?", "Where's the fire extinguisher?"),
    ("Bình chữa cháy để ở đâu vậy?", "Where's the fire extinguisher?"),
    # v8: "Reporter smoke out of battery.", "Smoke newspaper needs to replace battery."
    ("Máy báo khói hết pin rồi.", "The smoke alarm's battery is dead."),
    ("Máy báo khói sắp hết pin.", "The smoke alarm's battery is running low."),
    ("Máy báo khói cần thay pin.", "The smoke alarm needs a new battery."),
    # v8: "Yesterday, I took the fire department.", "Tomorrow, there was a fire-out act.", "We're taking a fire
    # department."
    ("Hôm nay công ty tôi đã diễn tập phòng cháy.", "My company had a fire drill today."),
    ("Hôm qua trường tôi diễn tập phòng cháy.", "My school had a fire drill yesterday."),
    ("Công ty tôi đã diễn tập phòng cháy rồi.", "My company has had a fire drill."),
    ("Chúng tôi đang diễn tập phòng cháy.", "We're having a fire drill."),
    ("Ngày mai công ty tôi sẽ diễn tập phòng cháy.", "My company will have a fire drill tomorrow."),
    ("Tuần sau trường tôi diễn tập phòng cháy chữa cháy.", "My school will have a fire drill next week."),
    ("Hôm qua công ty bạn có diễn tập phòng cháy không?", "Did your company have a fire drill yesterday?"),
    ("Công ty bạn đã diễn tập phòng cháy chưa?", "Has your company had a fire drill yet?"),
    ("Công ty tôi chưa diễn tập phòng cháy.", "My company hasn't had a fire drill yet."),
    ("Hôm qua chúng tôi không diễn tập phòng cháy.", "We didn't have a fire drill yesterday."),
    ("Chúng tôi vừa diễn tập phòng cháy.", "We just had a fire drill."),
    ("Chúng tôi diễn tập phòng cháy hôm qua.", "We had a fire drill yesterday."),
    ("Ngày mai có diễn tập phòng cháy.", "There's a fire drill tomorrow."),
    ("Hôm qua ở trường có diễn tập phòng cháy.", "There was a fire drill at school yesterday."),
    ("Tuần sau có diễn tập phòng cháy không?", "Is there a fire drill next week?"),
    # v8: "I must call fire department.", "Should we call fire department?"
    ("Tôi phải gọi cứu hỏa.", "I have to call the fire brigade."),
    ("Tôi phải gọi cứu hoả.", "I have to call the fire brigade."),
    ("Chúng ta có nên gọi cứu hỏa không?", "Should we call the fire brigade?"),
    ("Chúng ta phải gọi cứu hỏa ngay!", "We have to call the fire brigade right away!"),
    ("Bạn không cần gọi 114.", "You don't need to call 114."),
    ("Mẹ tôi cần gọi cứu hỏa.", "My mother needs to call the fire brigade."),
    ("Lan phải gọi cứu hỏa.", "Lan has to call the fire brigade."),
    ("Tôi có nên gọi 114 không?", "Should I call 114?"),
    ("Anh ấy không nên gọi cứu hỏa.", "He shouldn't call the fire brigade."),
    # not: a bare "kêu" or "không kêu" (now or then? broken?), "lại kêu", "có … không?" with no day, a day ahead, a
    # "?" on a statement, "hôm nay" drills with no tense word, "I" asked, "anh" alone saying it, "nhà tôi … ở nhà",
    # the fire brigade called (mt/emergencies.py's), alarm clocks (mt/alarms.py), phones' batteries, burnt food
    ("Chuông báo cháy kêu.", None), ("Chuông báo cháy không kêu.", None), ("Chuông báo cháy lại kêu.", None),
    ("Chuông báo cháy có kêu không?", None), ("Ngày mai chuông báo cháy kêu.", None), ("Chuông báo cháy kêu?", None),
    ("Hôm nay công ty tôi diễn tập phòng cháy.", None), ("Hôm nay có diễn tập phòng cháy.", None),
    ("Tôi có bình chữa cháy không?", None), ("Anh có bình chữa cháy.", None),
    ("Nhà tôi có bình chữa cháy ở nhà.", None), ("Máy báo khói hết pin rồi à?", None),
    ("Xe cứu hỏa đang đến.", None), ("Tôi đã gọi cứu hỏa rồi.", None), ("Báo thức của tôi không kêu.", None),
    ("Điện thoại tôi hết pin rồi.", None), ("Cơm bị cháy rồi.", None), ("Nhà bạn có bình cứu hỏa?", None),
    ("Con chó có bình chữa cháy.", None), ("The fire alarm went off.", None), ("Báo cháy báo khói.", None),
    ("Cảnh sát phòng cháy chữa cháy đã đến.", None), ("Tôi muốn mua bình chữa cháy.", None),
    ("Chuông báo cháy kêu nhỉ.", None),
    # a drill "sáng nay" with no tense word may be ahead (said in the morning), as "hôm nay"; "đang … rồi" is under way,
    # not over, and "vừa … rồi" just over; "anh", "em", "chị" asking what to do may be the speaker ("Should I …?"); a
    # pet "phải gọi cứu hỏa" is the pet the call is for; "công ty mình" asked is ours
    ("Sáng nay trường tôi diễn tập phòng cháy.", None), ("Sáng nay có diễn tập phòng cháy.", None),
    ("Sáng nay có diễn tập phòng cháy không?", None), ("Sáng nay bạn có diễn tập phòng cháy không?", None),
    ("Sáng nay công ty tôi đã diễn tập phòng cháy.", "My company had a fire drill this morning."),
    ("Sáng nay sẽ có diễn tập phòng cháy.", "There's a fire drill this morning."),
    ("Chúng tôi đang diễn tập phòng cháy rồi.", None), ("Chúng tôi vừa diễn tập phòng cháy rồi.", None),
    ("Anh có phải gọi cứu hỏa không?", None), ("Em có cần gọi 114 không?", None),
    ("Chị có nên gọi cứu hỏa không?", None), ("Con chó của tôi phải gọi cứu hỏa.", None),
    ("Công ty mình đã diễn tập phòng cháy chưa?", "Has our company had a fire drill yet?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cảnh báo lửa đã xảy ra.", "Ngọn lửa đang chạy!", "Ngọn lửa vừa tắt." (went out), "Cảnh báo lửa đã tắt lúc
    # nửa đêm.", "Báo động cảnh báo khói thuốc vẫn còn đang đập."
    ("The fire alarm went off.", "Chuông báo cháy đã kêu."),
    ("The fire alarm is going off!", "Chuông báo cháy đang kêu!"),
    ("The fire alarm's going off!", "Chuông báo cháy đang kêu!"),
    ("The fire alarm just went off.", "Chuông báo cháy vừa kêu."),
    ("The fire alarm has just gone off.", "Chuông báo cháy vừa kêu."),
    ("The fire alarm went off at midnight.", "Chuông báo cháy kêu lúc nửa đêm."),
    ("The fire alarm went off last night.", "Tối qua chuông báo cháy kêu."),
    ("The fire alarm at school went off yesterday.", "Hôm qua chuông báo cháy ở trường kêu."),
    ("Did the fire alarm go off last night?", "Tối qua chuông báo cháy có kêu không?"),
    ("Did the fire alarm just go off?", "Chuông báo cháy vừa kêu à?"),
    ("Is the fire alarm going off?", "Chuông báo cháy có đang kêu không?"),
    ("The smoke alarm keeps beeping.", "Máy báo khói cứ kêu bíp bíp."),
    ("The smoke alarm in the kitchen keeps going off.", "Máy báo khói trong bếp cứ kêu mãi."),
    ("The fire alarm didn't go off.", "Chuông báo cháy đã không kêu."),
    ("The fire alarm has gone off.", "Chuông báo cháy kêu rồi."),
    # v8: "Bạn có cháy ở nhà không?", "Chúng tôi không có một đám cháy ở nhà.", "Tôi có cháy lửa trong xe hơi của tôi."
    ("Do you have a fire extinguisher at home?", "Nhà bạn có bình chữa cháy không?"),
    ("We don't have a fire extinguisher at home.", "Nhà tôi không có bình chữa cháy."),
    ("Do we have a smoke alarm at home?", "Nhà mình có máy báo khói không?"),
    ("I have a fire extinguisher in the car.", "Tôi có bình chữa cháy trong xe."),
    ("My mother has a fire extinguisher.", "Mẹ tôi có bình chữa cháy."),
    ("She doesn't have a smoke alarm yet.", "Cô ấy chưa có máy báo khói."),
    ("Does Lan have a smoke detector?", "Lan có máy báo khói không?"),
    ("Do we have a fire extinguisher?", "Chúng ta có bình chữa cháy không?"),
    ("My mother has a fire extinguisher at home.", "Nhà mẹ tôi có bình chữa cháy."),
    # v8: "Có cháy ở đây không?", "Ngọn lửa ở đâu?"
    ("Is there a fire extinguisher here?", "Ở đây có bình chữa cháy không?"),
    ("There's no smoke alarm here.", "Ở đây không có máy báo khói."),
    ("Where is the fire extinguisher?", "Bình chữa cháy ở đâu?"),
    ("Where's the fire extinguisher?", "Bình chữa cháy ở đâu?"),
    # v8: "Pin cảnh báo khói đã chết.", "Cảnh báo khói thuốc cần pin mới."
    ("The smoke alarm's battery is dead.", "Máy báo khói hết pin rồi."),
    ("The battery in the smoke alarm is low.", "Máy báo khói sắp hết pin."),
    ("The smoke alarm needs a new battery.", "Máy báo khói cần thay pin."),
    # v8: "Công ty của tôi có cháy khô hôm nay.", "Có cháy khô ngày mai.", "Chúng tôi đang có cháy khô."
    ("My company had a fire drill today.", "Hôm nay công ty tôi đã diễn tập phòng cháy."),
    ("My school will have a fire drill tomorrow.", "Ngày mai trường tôi sẽ diễn tập phòng cháy."),
    ("We're having a fire drill.", "Chúng tôi đang diễn tập phòng cháy."),
    ("We're having a fire drill tomorrow.", "Ngày mai chúng tôi sẽ diễn tập phòng cháy."),
    ("We had a fire drill yesterday.", "Hôm qua chúng tôi đã diễn tập phòng cháy."),
    ("Did your company have a fire drill yesterday?", "Hôm qua công ty bạn có diễn tập phòng cháy không?"),
    ("My company hasn't had a fire drill yet.", "Công ty tôi chưa diễn tập phòng cháy."),
    ("We've just had a fire drill.", "Chúng tôi vừa diễn tập phòng cháy."),
    ("There's a fire drill tomorrow.", "Ngày mai có buổi diễn tập phòng cháy."),
    ("There was a fire drill at school yesterday.", "Hôm qua ở trường có buổi diễn tập phòng cháy."),
    ("Is there a fire drill next week?", "Tuần sau có diễn tập phòng cháy không?"),
    # v8: "Tôi phải gọi lửa.", "Liệu chúng ta có nên gọi lửa không?"
    ("I have to call the fire brigade.", "Tôi phải gọi cứu hỏa."),
    ("Should we call the fire brigade?", "Chúng ta có nên gọi cứu hỏa không?"),
    ("She has to call the fire brigade.", "Cô ấy phải gọi cứu hỏa."),
    ("You don't need to call 114.", "Bạn không cần gọi 114."),
    ("We should call the fire department now.", "Chúng ta nên gọi cứu hỏa ngay."),
    ("Do we need to call the fire brigade?", "Chúng ta có cần gọi cứu hỏa không?"),
    # not: a tense the day does not agree with, the verb not agreeing with who, "I" asked, "an" for "a", the alarm
    # alone (an alarm clock too: mt/alarms.py), the fire brigade called (mt/emergencies.py), the other language
    ("The fire alarm is going off last night.", None), ("The fire alarm went off tomorrow.", None),
    ("She have a fire extinguisher.", None), ("Does you have a fire extinguisher?", None),
    ("Do I have a fire extinguisher?", None), ("My company have had a fire drill.", None),
    ("There was a fire drill tomorrow.", None), ("He have to call the fire brigade.", None),
    ("The fire brigade is on its way.", None), ("I have an fire extinguisher.", None), ("The alarm went off.", None),
    ("I've called the fire brigade.", None), ("The fire alarm went off?", None), ("Chuông báo cháy đang kêu!", None),
    ("We have a fire drill.", None),
    # "có kêu không?" with no day asks whether it goes off (works), as the other way leaves it; "không diễn tập" with
    # no day may be a habit, and "đã … không?" is not said; a drill "sáng nay" with no tense word may be ahead; "Con
    # mèo tôi phải gọi cứu hỏa." is the cat the call is for
    ("Did the fire alarm go off?", None), ("Did the smoke alarm go off at midnight?", None),
    ("We didn't have a fire drill.", "Chúng tôi đã không diễn tập phòng cháy."),
    ("My company didn't have a fire drill last week.", "Tuần trước công ty tôi không diễn tập phòng cháy."),
    ("Was there a fire drill today?", "Hôm nay đã có diễn tập phòng cháy chưa?"),
    ("There was a fire drill this morning.", "Sáng nay đã có buổi diễn tập phòng cháy."),
    ("Was there a fire drill this morning?", "Sáng nay đã có diễn tập phòng cháy chưa?"),
    ("Did you have a fire drill this morning?", None),
    ("We had a fire drill this morning.", "Sáng nay chúng tôi đã diễn tập phòng cháy."),
    ("The fire alarm went off this morning.", "Sáng nay chuông báo cháy kêu."),
    ("My cat has to call the fire brigade.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
