"""Waking up: who woke up and when, up or awake or not yet, who woke whom, "don't wake the baby", "wake up!", both
ways (mt/waking.py)."""
import pytest

from mt.waking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Last night, your baby woke up at 3 a.m.", "The little girl got up at 3 a.m." (no day: left), "I got up
    # between night.", "This morning, how many hours are you up?"
    ("Sáng nay tôi dậy muộn.", "I woke up late this morning."),
    ("Sáng nay tôi thức dậy muộn.", "I woke up late this morning."),
    ("Hôm qua mẹ tôi dậy sớm.", "My mother woke up early yesterday."),
    ("Sáng nay tôi dậy lúc 5 giờ.", "I woke up at 5:00 this morning."),
    ("Đêm qua em bé thức dậy lúc 3 giờ sáng.", "The baby woke up at 3 a.m. last night."),
    ("Em bé đã thức dậy lúc 3 giờ sáng.", "The baby woke up at 3 a.m."),
    ("Tôi đã thức dậy giữa đêm.", "I woke up in the middle of the night."),
    ("Đêm qua anh ấy tỉnh dậy lúc nửa đêm.", "He woke up at midnight last night."),
    ("Hôm nay bạn dậy lúc mấy giờ?", "What time did you wake up today?"),
    ("Sáng nay bạn dậy lúc mấy giờ?", "What time did you wake up this morning?"),
    ("Bạn đã dậy lúc mấy giờ?", "What time did you wake up?"),
    # v8: "I just fell asleep.", "Are you just sleeping?", "I got up from five o'clock."
    ("Tôi vừa ngủ dậy.", "I just woke up."),
    ("Bạn vừa ngủ dậy à?", "Did you just wake up?"),
    ("Tôi đã dậy từ 5 giờ.", "I've been up since 5:00."),
    ("Mẹ tôi đã dậy từ 5 giờ sáng.", "My mother has been up since 5 a.m."),
    # v8: "This morning, I didn't get up.", "This morning, I got up not floating."
    ("Sáng nay tôi không dậy nổi.", "I couldn't get up this morning."),
    ("Sáng nay tôi dậy không nổi.", "I couldn't get up this morning."),
    # v8: "Are you up?" (the baby lost), "Is he awakened?", "She has not yet been up."
    ("Em bé dậy chưa?", "Is the baby up yet?"),
    ("Anh ấy đã dậy chưa?", "Is he up yet?"),
    ("Anh ấy thức chưa?", "Is he awake yet?"),
    ("Anh dậy chưa?", "Are you up yet?"),
    ("Cô ấy vẫn chưa dậy.", "She's not up yet."),
    ("Bố tôi chưa ngủ dậy.", "My father isn't up yet."),
    ("Tôi dậy rồi.", "I'm up."),
    ("Em bé thức rồi.", "The baby is awake."),
    ("Anh ấy còn thức không?", "Is he still awake?"),
    ("Bạn vẫn còn thức à?", "Are you still awake?"),
    ("Tôi vẫn còn thức.", "I'm still awake."),
    ("Anh ấy có đang thức không?", "Is he awake?"),
    # v8: "The noise was awakened me.", "Last night, your baby awaken me.", "Do I get you awake?"
    ("Tiếng ồn đã đánh thức tôi.", "The noise woke me up."),
    ("Đêm qua em bé làm tôi thức giấc.", "The baby woke me up last night."),
    ("Sáng nay mẹ tôi đánh thức tôi lúc 6 giờ.", "My mother woke me up at 6:00 this morning."),
    ("Tôi làm bạn thức giấc à?", "Did I wake you up?"),
    # v8: "Don't wake your baby.", "Don't awaken your baby.", "Get!", "That's OK!"
    ("Đừng đánh thức em bé.", "Don't wake the baby."),
    ("Đừng làm em bé thức giấc.", "Don't wake the baby."),
    ("Làm ơn đừng gọi tôi dậy.", "Please don't wake me up."),
    ("Dậy đi!", "Wake up!"),
    ("Thức dậy đi!", "Wake up!"),
    ("Dậy thôi!", "Time to get up!"),
    # not: a habit (no day, no "đã": mt/routines.py's "Bạn dậy lúc mấy giờ?"), can't or couldn't, "anh" saying it (the
    # speaker?), "tỉnh" (sober, come round), "thức" alone (awake or staying up), "gọi" without "dậy" (calling), "I"
    # asked, a day ahead, woke or wakes, "wake me up at six" (mt/alarms.py), oversleeping
    ("Tôi dậy rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi dậy muộn.", None), ("Em bé thức dậy lúc 3 giờ sáng.", None), ("Bạn dậy lúc mấy giờ?", None),
    ("Tôi không dậy nổi.", None), ("Anh dậy rồi.", None), ("Anh ấy tỉnh chưa?", None), ("Tôi thức khuya.", None),
    ("Tôi thức suốt đêm.", None), ("Đừng gọi tôi.", None), ("Tôi dậy chưa?", None), ("Ngày mai tôi dậy sớm.", None),
    ("Tiếng ồn đánh thức tôi.", None), ("Gọi tôi dậy lúc sáu giờ nhé.", None), ("Sáng nay tôi ngủ quên.", None),
    ("Tôi dậy từ 5 giờ.", None), ("Tôi vừa ngủ dậy lúc 5 giờ.", None), ("Anh ấy chưa dậy chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mặc lên cuối sáng nay." (dressed), "Bé mặc lên lúc 3 giờ sáng.", "Cô ấy mặc lên giữa đêm.", "Con trai tôi
    # mặc lên lúc 5 tuổi." (five years old), "Cậu thức dậy đúng giờ là gì?", "Hôm nay cậu đã làm được gì?"
    ("I woke up late this morning.", "Sáng nay tôi dậy muộn."),
    ("I woke up early this morning.", "Sáng nay tôi dậy sớm."),
    ("She woke up early.", "Cô ấy đã dậy sớm."),
    ("I woke up at 5 this morning.", "Sáng nay tôi thức dậy lúc 5 giờ."),
    ("I woke up at 5 a.m. this morning.", "Sáng nay tôi thức dậy lúc 5 giờ sáng."),
    ("The baby woke up at 3 a.m.", "Em bé đã thức dậy lúc 3 giờ sáng."),
    ("The baby woke up at 3 am last night.", "Đêm qua em bé thức dậy lúc 3 giờ sáng."),
    ("My son woke up at five.", "Con trai tôi đã thức dậy lúc 5 giờ."),
    ("She woke up in the middle of the night.", "Cô ấy đã thức giấc giữa đêm."),
    ("I got up late yesterday.", "Hôm qua tôi dậy muộn."),
    ("What time did you wake up?", "Bạn đã dậy lúc mấy giờ?"),
    ("What time did you get up today?", "Hôm nay bạn dậy lúc mấy giờ?"),
    ("What time did the baby wake up this morning?", "Sáng nay em bé dậy lúc mấy giờ?"),
    # v8: "Tôi chỉ woke lên.", "Tôi vừa woken dậy.", "Cô ấy chỉ mặc quần áo."
    ("I just woke up.", "Tôi vừa ngủ dậy."),
    ("I've just woken up.", "Tôi vừa ngủ dậy."),
    ("She's just got up.", "Cô ấy vừa ngủ dậy."),
    ("I couldn't get up this morning.", "Sáng nay tôi không dậy nổi."),
    ("I couldn't wake up this morning.", "Sáng nay tôi không dậy nổi."),
    # v8: "Anh ấy có thức giấc không?", "Anh ấy vẫn chưa?", "Anh ấy vẫn chưa có gì?", "Bạn vẫn còn chưa?", "Chúng vẫn
    # chưa tăng lên." (rising), "Cô ấy vẫn chưa mặc quần áo."
    ("Is he awake?", "Anh ấy có đang thức không?"),
    ("Is he up yet?", "Anh ấy dậy chưa?"),
    ("Is the baby awake yet?", "Em bé dậy chưa?"),
    ("Has he woken up yet?", "Anh ấy dậy chưa?"),
    ("Are you still up?", "Bạn vẫn còn thức à?"),
    ("Are you still awake?", "Bạn vẫn còn thức à?"),
    ("I'm still awake.", "Tôi vẫn còn thức."),
    ("I'm up.", "Tôi dậy rồi."),
    ("The baby is awake.", "Em bé đang thức."),
    ("She's not awake yet.", "Cô ấy vẫn chưa dậy."),
    ("They aren't up yet.", "Họ vẫn chưa dậy."),
    ("She hasn't woken up yet.", "Cô ấy vẫn chưa dậy."),
    # v8: "Tiếng ồn mặc tôi lên.", "Mẹ tôi mặc tôi lên 6 tuổi.", "Có thức dậy mày không?"
    ("The noise woke me up.", "Tiếng ồn đã làm tôi thức giấc."),
    ("The baby woke me up at 3 a.m.", "Em bé đã làm tôi thức giấc lúc 3 giờ sáng."),
    ("My mother woke me up at six.", "Mẹ tôi đã đánh thức tôi lúc 6 giờ."),
    ("Did I wake you up?", "Tôi làm bạn thức giấc à?"),
    ("Did I wake you?", "Tôi làm bạn thức giấc à?"),
    # v8: "Xin đừng thức dậy." (don't wake up yourself), "Đừng thức dậy.", "Thời gian để lên!"
    ("Don't wake the baby.", "Đừng đánh thức em bé."),
    ("Don't wake him up.", "Đừng đánh thức anh ấy."),
    ("Please don't wake me up.", "Làm ơn đừng đánh thức tôi."),
    ("Wake up!", "Dậy đi!"),
    ("Time to get up!", "Dậy thôi!"),
    # not: bad agreement ("She have", "Is they", "Has they", "I has"), "not awake" without "yet" (or unconscious?),
    # "wake up him", "I" asked, waking with a headache or several times, a habit (mt/routines.py's "What time do you
    # get up?"), "wake me up at six" (mt/alarms.py), sleeping (mt/sleep.py), "my baby"
    ("She have just woken up.", None), ("Is they up yet?", None), ("Has they woken up yet?", None),
    ("I has just got up.", None), ("She isn't awake.", None), ("Don't wake up him.", None), ("Am I awake?", None),
    ("I woke up with a headache.", None), ("I woke up several times last night.", None),
    ("What time do you get up?", None), ("Wake me up at six.", None), ("He's still asleep.", None),
    ("My baby woke up at 3 a.m.", None), ("I woke me up.", None), ("Are you awake already?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
