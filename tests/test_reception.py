"""Phone reception and calls that do not go through, said or asked, both ways (mt/reception.py)."""
import pytest

from mt.reception import translate


@pytest.mark.parametrize("text, said", [
    # the signal (v7: "There is no wave here.", "I'm lost waves.")
    ("Ở đây không có sóng.", "There's no signal here."),
    ("Chỗ này sóng yếu quá.", "The signal is very weak here."),
    ("Sóng ở đây rất yếu.", "The signal is very weak here."),
    ("Ở đây có sóng không?", "Is there a signal here?"),
    ("Điện thoại tôi không có sóng.", "My phone has no signal."),
    ("Điện thoại của mẹ tôi bị mất sóng.", "My mother's phone has lost its signal."),
    ("Tôi bị mất sóng rồi.", "I've lost the signal."),
    ("Mất sóng rồi.", "The signal's gone."),
    ("Trong này sóng chập chờn lắm.", "The signal is very patchy in here."),
    # hearing on the line (v7: "Did you hear clearly?", "I didn't hear it clearly.")
    ("Bạn nghe rõ không?", "Can you hear me clearly?"),
    ("Alo, anh có nghe thấy em không?", "Hello, can you hear me?"),
    ("Bây giờ bạn nghe rõ không?", "Can you hear me clearly now?"),
    ("Tôi nghe không rõ lắm.", "I can't hear you very well."),
    ("Tôi không nghe thấy gì cả.", "I can't hear anything."),
    ("Tôi không nghe rõ bạn nói gì.", "I can't hear what you're saying."),
    # getting through (v7: "I can't call him.", "I can't contact with Lan.")
    ("Tôi không gọi được cho anh ấy.", "I couldn't get through to him."),
    ("Tôi không liên lạc được với Lan.", "I couldn't reach Lan."),
    ("Hôm qua tôi không gọi được cho mẹ tôi.", "I couldn't get through to my mother yesterday."),
    ("Tôi vẫn không gọi được cho anh ấy.", "I still can't get through to him."),
    ("Tôi chưa liên lạc được với bố tôi.", "I haven't managed to reach my father yet."),
    ("Bạn có gọi được cho anh ấy không?", "Did you get through to him?"),
    ("Bạn gọi được cho mẹ bạn chưa?", "Have you managed to get through to your mother yet?"),
    ("Tôi gọi cho anh ấy không được.", "I couldn't get through to him."),
    ("Tôi gọi mãi mà không được.", "I kept calling but couldn't get through."),
    # calling and no one answering (v7: "I didn't call anyone heard the machine.")
    ("Tôi gọi mà không ai nghe máy.", "I called but nobody answered."),
    ("Tôi gọi cho anh ấy mấy lần nhưng không ai nghe máy.", "I called him several times but nobody answered."),
    ("Hôm qua tôi gọi cho bạn nhưng bạn không nghe máy.", "I called you yesterday but you didn't answer."),
    ("Tôi gọi cho mẹ tôi nhưng mẹ không nghe máy.", "I called my mother but she didn't answer."),
    ("Tôi gọi cho Lan nhưng cô ấy không bắt máy.", "I called Lan but she didn't answer."),
    # someone not answering, and why (v7: "My mother didn't hear the machine.", "Why don't you hear the machine?")
    ("Mẹ tôi không nghe máy.", "My mother isn't answering her phone."),
    ("Lan không nghe máy.", "Lan isn't answering."),
    ("Anh ấy vẫn không nghe máy.", "He still isn't answering his phone."),
    ("Anh ấy đã không nghe máy.", "He didn't answer his phone."),
    ("Không ai nghe máy cả.", "Nobody's answering."),
    ("Sao bạn không nghe máy?", "Why didn't you answer your phone?"),
    ("Sao anh không nghe máy?", "Why didn't you answer your phone?"),
    # a call cut off, a phone off (v7: "The call was broken.", "His phone turns off the machine.")
    ("Cuộc gọi bị ngắt.", "The call got cut off."),
    ("Xin lỗi, lúc nãy bị ngắt máy.", "Sorry, we got cut off earlier."),
    ("Điện thoại anh ấy tắt máy.", "His phone is off."),
    ("Điện thoại của mẹ tôi tắt máy.", "My mother's phone is off."),
    ("Máy cô ấy vẫn tắt.", "Her phone is still off."),
    # not: "có sóng" said, not asked; "anh" saying it (may be the speaker); asking who is not "you"; hearing with no
    # word for how; "gọi được" with nothing that says whether it went through; a day ahead; one not answering who is
    # not whom called; "tắt máy" of a person (hung up, or switched off); "bị cắt" alone; someone not known; hanging up
    ("Ở đây có sóng.", None), ("Anh không có sóng.", None), ("Tôi sóng yếu.", None),
    ("Mẹ tôi có nghe thấy không?", None), ("Bạn có nghe thấy bạn không?", None), ("Tôi không nghe thấy.", None),
    ("Tôi không nghe rõ gì cả.", None), ("Tôi gọi được cho anh ấy.", None),
    ("Ngày mai tôi không gọi được cho mẹ tôi.", None), ("Tôi gọi cho anh ấy nhưng cô ấy không nghe máy.", None),
    ("Anh không nghe máy.", None), ("Sao không ai nghe máy?", None), ("Anh ấy tắt máy rồi.", None),
    ("Bị cắt rồi.", None), ("Điện thoại của công ty tôi tắt máy.", None), ("Anh ấy cúp máy rồi.", None),
    ("Tôi không gọi được cho ông chủ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # the signal (v7: "Nhận thức trở lại xấu ở đây." for "The reception is bad here.")
    ("There's no signal here.", "Ở đây không có sóng."),
    ("There is no phone signal in here.", "Trong này không có sóng."),
    ("The signal is very weak here.", "Ở đây sóng rất yếu."),
    ("The reception is bad here.", "Ở đây sóng kém."),
    ("Is there any signal here?", "Ở đây có sóng không?"),
    ("My mother's phone has no signal.", "Điện thoại của mẹ tôi không có sóng."),
    ("My phone doesn't have any signal.", "Điện thoại của tôi không có sóng."),
    ("I've lost the signal.", "Tôi bị mất sóng rồi."),
    # hearing on the line (v7: "Tôi không nghe được bạn rất tốt.")
    ("Can you hear me?", "Bạn có nghe thấy tôi không?"),
    ("Hello, can you hear me clearly?", "Alô, bạn có nghe rõ không?"),
    ("Can you hear me now?", "Bây giờ bạn có nghe thấy tôi không?"),
    ("I can't hear you very well.", "Tôi nghe không rõ lắm."),
    ("I can't hear what you're saying.", "Tôi không nghe rõ bạn nói gì."),
    ("We can't hear anything.", "Chúng tôi không nghe thấy gì cả."),
    # getting through (v7: "Tôi không thể vượt qua anh ấy.", get past him)
    ("I couldn't get through to him.", "Tôi không gọi được cho anh ấy."),
    ("I still can't get through to my mother.", "Tôi vẫn không gọi được cho mẹ tôi."),
    ("I couldn't reach him yesterday.", "Hôm qua tôi không liên lạc được với anh ấy."),
    ("He hasn't been able to reach her yet.", "Anh ấy chưa liên lạc được với cô ấy."),
    ("Did you get through to him?", "Bạn có gọi được cho anh ấy không?"),
    ("Did you manage to reach my father?", "Bạn có liên lạc được với bố tôi không?"),
    # calling and no one answering (v7: "Tôi cứ gọi nhưng không ai đã nhặt.")
    ("I called but nobody answered.", "Tôi gọi nhưng không ai nghe máy."),
    ("I called him but he didn't pick up.", "Tôi gọi cho anh ấy nhưng anh ấy không nghe máy."),
    ("I called my mother but she didn't answer.", "Tôi gọi cho mẹ tôi nhưng mẹ không nghe máy."),
    ("I called you yesterday but you didn't answer.", "Hôm qua tôi gọi cho bạn nhưng bạn không nghe máy."),
    ("I tried to call you but couldn't get through.", "Tôi đã thử gọi cho bạn nhưng không được."),
    ("I kept calling but no one picked up.", "Tôi gọi mãi nhưng không ai nghe máy."),
    # someone not answering, and why (v7: "Cô ấy không chọn được.", "Tại sao bạn không chọn được?")
    ("My mother isn't answering her phone.", "Mẹ tôi không nghe máy."),
    ("She didn't pick up.", "Cô ấy không nghe máy."),
    ("He still isn't picking up.", "Anh ấy vẫn không nghe máy."),
    ("Nobody picked up.", "Không ai nghe máy."),
    ("Why didn't you pick up?", "Sao bạn không nghe máy?"),
    ("Why isn't he answering his phone?", "Sao anh ấy không nghe máy?"),
    # a call cut off, a phone off (v7: "Rất tiếc, chúng tôi đã bị cắt bỏ.", "Chiếc điện thoại ở Lan bị tắt.")
    ("The call got cut off.", "Cuộc gọi bị ngắt."),
    ("Sorry, we got cut off.", "Xin lỗi, chúng ta bị ngắt máy."),
    ("His phone is off.", "Điện thoại của anh ấy tắt máy."),
    ("Lan's phone is still switched off.", "Điện thoại của Lan vẫn tắt máy."),
    # not: has/have, is/are, was/were not agreeing with who; whose phone not agreeing with who; the verb's form;
    # one not answering who is not whom called; answering without the phone; "yet" not after "haven't"; hanging up
    ("He have no signal.", None), ("They isn't picking up.", None), ("We was cut off.", None),
    ("The call were cut off.", None), ("He haven't been able to reach her.", None),
    ("He isn't answering her phone.", None), ("My mother isn't answering his phone.", None),
    ("She didn't picked up.", None), ("I called him but she didn't answer.", None),
    ("I called my mother but he didn't answer.", None), ("Nobody answered.", None), ("Why isn't he answering?", None),
    ("I couldn't reach him yet.", None), ("He hung up on me.", None), ("The signal has no phone.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Ở đây không có sóng.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("There's no signal here.", "vi", "en") is None
    assert translate("There's no signal here.", "en", "fr") is None
