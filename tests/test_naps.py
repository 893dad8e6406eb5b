"""Naps: a habit, how long, just had or not had, needed, wanted or about to be had, and the baby's now, both ways
(mt/naps.py)."""
import pytest

from mt.naps import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I don't sleep an hour.", "Do you have lunch?", "Give me every while I'm sleeping.", "He always had lunch."
    ("Tôi thường ngủ trưa một tiếng.", "I usually nap for an hour after lunch."),
    ("Bạn có ngủ trưa không?", "Do you have a nap after lunch?"),
    ("Trưa nào tôi cũng ngủ một lát.", "I have a quick nap after lunch every day."),
    ("Anh ấy luôn ngủ trưa.", "He always has a nap after lunch."),
    ("Anh ấy chiều nào cũng ngủ trưa.", "He has a nap every afternoon."),
    ("Ngày nào bố tôi cũng ngủ trưa.", "My father has a nap after lunch every day."),
    ("Mẹ tôi ngủ trưa mỗi ngày.", "My mother has a nap after lunch every day."),
    ("Mỗi ngày tôi ngủ trưa một tiếng.", "I nap for an hour after lunch every day."),
    ("Mẹ tôi ngủ trưa sau bữa trưa mỗi ngày.", "My mother has a nap after lunch every day."),
    ("Tôi thường ngủ trưa mỗi ngày.", "I usually have a nap after lunch every day."),
    ("Bố tôi thường ngủ trưa sau bữa trưa.", "My father usually has a nap after lunch."),
    ("Tôi luôn chợp mắt một lát vào buổi chiều.", "I always have a quick nap in the afternoon."),
    ("Tôi không bao giờ ngủ trưa.", "I never have a nap after lunch."),
    ("Em bé thường ngủ trưa một tiếng rưỡi.", "The baby usually naps for an hour and a half after lunch."),
    ("Tôi thường ngủ trưa khoảng ba mươi phút.", "I usually nap for about thirty minutes after lunch."),
    # v8: "Are you a lunchtime?", "How long don't you sleep?"
    ("Bạn có hay ngủ trưa không?", "Do you often have a nap after lunch?"),
    ("Bạn có ngủ trưa mỗi ngày không?", "Do you have a nap after lunch every day?"),
    ("Bạn thường ngủ trưa bao lâu?", "How long do you usually nap?"),
    ("Mẹ bạn thường ngủ trưa bao lâu?", "How long does your mother usually nap?"),
    # v8: "I just had a little eye.", "I've launched a while.", "I had just had a lunchtime.", "Won't you sleep?"
    ("Tôi chỉ chợp mắt một chút thôi.", "I only had a quick nap."),
    ("Tôi vừa chợp mắt một lát.", "I just had a quick nap."),
    ("Tôi vừa ngủ trưa xong.", "I just had a nap."),
    ("Tôi vừa ngủ một lát.", "I just had a quick nap."),
    ("Tôi đã ngủ trưa rồi.", "I've already had a nap."),
    ("Hôm qua tôi ngủ trưa ba tiếng.", "I napped for three hours yesterday."),
    ("Chiều nay tôi đã ngủ trưa hai tiếng.", "I napped for two hours this afternoon."),
    ("Hôm nay tôi chưa ngủ trưa.", "I haven't had a nap today."),
    ("Hôm qua tôi không ngủ trưa.", "I didn't have a nap yesterday."),
    ("Bạn ngủ trưa chưa?", "Have you had a nap yet?"),
    ("Hôm nay em bé đã ngủ trưa chưa?", "Has the baby had a nap today?"),
    # v8: "I need to have an eye for a while.", "I'd like lunch.", "I'm going to bed now.", "I'll have an eye …"
    ("Tôi cần chợp mắt một lát.", "I need a quick nap."),
    ("Tôi muốn ngủ trưa.", "I want a nap."),
    ("Bạn có muốn chợp mắt một lát không?", "Do you want a quick nap?"),
    ("Tôi đi ngủ trưa đây.", "I'm going to have a nap."),
    ("Tôi sẽ chợp mắt một lát.", "I'll have a quick nap."),
    # v8: "The baby is sleeping lunch."
    ("Em bé đang ngủ trưa.", "The baby is taking a nap."),
    ("Em bé vẫn đang ngủ trưa à?", "Is the baby still taking a nap?"),
    ("Bà tôi đang chợp mắt một lát.", "My grandmother is taking a quick nap."),
    # not: someone else "đang ngủ trưa" (mt/at_the_moment.py's), a nap with no habit, done or to do ("Tôi ngủ trưa một
    # lát.", "Hôm nay tôi không ngủ trưa.", "ngủ trưa rồi": asleep now?), "2 giờ" (two o'clock?), "anh" saying it,
    # "chưa" of yesterday, "I" asked, "đi … đây" of another, how long without "thường", a liking
    ("Anh ấy đang ngủ trưa.", None), ("Tôi ngủ trưa một lát.", None), ("Hôm nay tôi không ngủ trưa.", None),
    ("Lan ngủ trưa rồi.", None), ("Con tôi ngủ trưa hai tiếng.", None), ("Tôi thường ngủ trưa 2 giờ.", None),
    ("Anh muốn ngủ trưa.", None), ("Tôi chưa ngủ trưa hôm qua.", None), ("Tôi đã ngủ trưa chưa?", None),
    ("Mẹ tôi đi ngủ trưa đây.", None), ("Bạn ngủ trưa bao lâu?", None), ("Bạn có thường ngủ trưa bao lâu?", None),
    ("Tôi ngủ trưa mỗi chiều sau bữa trưa.", None), ("Tôi không thích ngủ trưa.", None),
    ("Tôi chỉ ngủ một chút thôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có nap sau bữa trưa không?", "Tôi thường có nap sau bữa trưa.", "Anh ta luôn ngủ vào buổi chiều."
    ("Do you have a nap after lunch?", "Bạn có ngủ trưa không?"),
    ("I usually have a nap after lunch.", "Tôi thường ngủ trưa."),
    ("He always naps in the afternoon.", "Anh ấy chiều nào cũng ngủ trưa."),
    ("I usually nap for an hour.", "Tôi thường ngủ trưa một tiếng."),
    # v8: "Cô ấy ngủ một ngày.", "Mẹ tôi ngủ mỗi chiều." (my mother), "Chúng ta thường nghỉ ngơi sau bữa trưa." (rest)
    ("She takes a nap every day.", "Cô ấy ngủ trưa mỗi ngày."),
    ("My grandmother naps every afternoon.", "Bà tôi chiều nào cũng ngủ trưa."),
    ("We often take a nap after lunch.", "Chúng tôi hay ngủ trưa."),
    ("I never nap.", "Tôi không bao giờ ngủ trưa."),
    ("The baby usually naps for an hour and a half.", "Em bé thường ngủ trưa một tiếng rưỡi."),
    ("She sometimes has a short nap in the afternoon.", "Cô ấy thỉnh thoảng chợp mắt một lát vào buổi chiều."),
    # v8: "Bạn có ngủ không?", "Bạn có phải ngủ không?", "Bạn thường ngủ được bao lâu?"
    ("Do you take naps?", "Bạn có ngủ trưa không?"),
    ("Does your son usually nap after lunch?", "Con trai bạn có thường ngủ trưa không?"),
    ("Do you ever nap?", "Bạn có bao giờ ngủ trưa không?"),
    ("How long do you usually nap?", "Bạn thường ngủ trưa bao lâu?"),
    # v8: "Tôi chỉ có một chiếc bánh nhanh thôi." (a cake), "Tôi lấy một chiếc nap.", "Tôi có nap chiều nay.", "Anh ấy
    # niềm vui trong vòng hai tiếng đồng hồ." (joy)
    ("I just had a quick nap.", "Tôi vừa chợp mắt một lát."),
    ("I've just had a nap.", "Tôi vừa ngủ trưa."),
    ("I took a nap.", "Tôi đã ngủ trưa."),
    ("I had a nap this afternoon.", "Chiều nay tôi đã ngủ trưa."),
    ("He napped for two hours.", "Anh ấy đã ngủ trưa hai tiếng."),
    ("She's already had a nap.", "Cô ấy đã ngủ trưa rồi."),
    ("I only napped for twenty minutes yesterday.", "Hôm qua tôi chỉ ngủ trưa hai mươi phút thôi."),
    # v8: "Tôi không ngủ hôm nay.", "Tôi không có nap hôm nay.", "Bạn có phải ngủ không?"
    ("I didn't nap today.", "Hôm nay tôi không ngủ trưa."),
    ("I didn't have a nap.", "Tôi đã không ngủ trưa."),
    ("She hasn't had a nap yet.", "Cô ấy chưa ngủ trưa."),
    ("I haven't had a nap today.", "Hôm nay tôi chưa ngủ trưa."),
    ("Did you have a nap?", "Bạn đã ngủ trưa chưa?"),
    ("Did you nap yesterday?", "Hôm qua bạn có ngủ trưa không?"),
    ("Has the baby had a nap today?", "Hôm nay em bé đã ngủ trưa chưa?"),
    # v8: "Tôi cần một món bánh.", "Tôi muốn một món bánh.", "Tôi sẽ đi ngủ." (go to bed), "Tôi sẽ đi ngủ nhanh."
    ("I need a nap.", "Tôi cần ngủ trưa."),
    ("I need to take a nap.", "Tôi cần ngủ trưa."),
    ("I want a nap.", "Tôi muốn ngủ trưa."),
    ("Does she need a nap?", "Cô ấy có cần ngủ trưa không?"),
    ("I'm going to take a nap.", "Tôi đi ngủ trưa đây."),
    ("I'll take a quick nap.", "Tôi sẽ chợp mắt một lát."),
    ("She'll have a nap.", "Cô ấy sẽ ngủ trưa."),
    # v8: "Bé không vui vẻ." (not happy)
    ("The baby is napping.", "Em bé đang ngủ trưa."),
    ("Is the baby still napping?", "Em bé vẫn đang ngủ trưa à?"),
    ("My mother is having a quick nap.", "Mẹ tôi đang chợp mắt một lát."),
    # not: someone else napping now (mt/at_the_moment.py's), the verb not agreeing with who ("He always nap", "She
    # need", "I has", "two hour", "an hours"), "ever" said, "always" asked, a habit with nothing of how often, "I"
    # asked, "have naps", "could use", the kids (not a who of mt.hobbies)
    ("He is napping.", None), ("He always nap in the afternoon.", None), ("She need a nap.", None),
    ("I has just had a nap.", None), ("He naps for two hour.", None), ("He napped for an hours.", None),
    ("I ever nap.", None), ("Do you always nap?", None), ("I nap after lunch.", None), ("Did I have a nap?", None),
    ("My mother has naps.", None), ("I could use a nap.", None), ("The kids nap every afternoon.", None),
    ("I've had a nap yesterday.", None), ("Do you needs a nap?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
