"""Leaks and blocked pipes at home: a tap or the roof leaking, the sink or the toilet blocked, a pipe burst, a plumber
and the landlord sending someone, both ways (mt/leaks.py)."""
import pytest

from mt.leaks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The water was leaked.", "My water was leaked.", "The water is still leaked.", "The pipe was leaked."
    ("Vòi nước bị rò rỉ.", "The tap is leaking."),
    ("Vòi nước bị rỉ nước.", "The tap is leaking."),
    ("Vòi nước của tôi bị rò rỉ.", "My tap is leaking."),
    ("Vòi nước trong bếp bị rò rỉ.", "The tap in the kitchen is leaking."),
    ("Vòi nước này đang bị rò rỉ.", "This tap is leaking."),
    ("Vòi nước vẫn bị rò rỉ.", "The tap is still leaking."),
    ("Vòi nước bị nhỏ giọt.", "The tap is dripping."),
    ("Ống nước bị rò rỉ.", "The pipe is leaking."),
    ("Máy giặt bị rò rỉ nước.", "The washing machine is leaking."),
    # v8: "The house was blisted.", "The house is blisted.", "My house is drunk.", "Do you get blisters?"
    ("Trần nhà bị dột.", "The ceiling is leaking."),
    ("Mái nhà bị dột rồi.", "The roof is leaking."),
    ("Nhà tôi bị dột.", "My roof is leaking."),
    ("Nhà mẹ tôi lại bị dột.", "My mother's roof is leaking again."),
    ("Mái nhà có bị dột không?", "Is the roof leaking?"),
    ("Nhà bạn có bị dột không?", "Is your roof leaking?"),
    ("Nước đang chảy qua trần nhà.", "There's water coming through the ceiling."),
    # v8: "The washcloth is ruled.", "The question was ruled.", "Portugal is ruled.", "My home demand was ruled."
    ("Bồn rửa bị tắc.", "The sink is blocked."),
    ("Bồn rửa bát bị tắc rồi.", "The kitchen sink is blocked."),
    ("Bồn rửa mặt bị nghẹt.", "The washbasin is blocked."),
    ("Bồn cầu bị tắc.", "The toilet is blocked."),
    ("Bồn cầu nhà tôi bị tắc.", "The toilet at my house is blocked."),
    ("Nhà vệ sinh lại bị tắc rồi.", "The toilet is blocked again."),
    ("Bồn cầu trong phòng tôi bị tắc.", "The toilet in my room is blocked."),
    ("Cống có bị tắc không?", "Is the drain blocked?"),
    # v8: "The demand was not possible."
    ("Bồn cầu không xả được.", "The toilet won't flush."),
    ("Bồn cầu xả không được.", "The toilet won't flush."),
    ("Bồn cầu vẫn không xả được.", "The toilet still won't flush."),
    # v8: "The tube is broken.", "Figure canals."
    ("Ống nước bị vỡ.", "The pipe has burst."),
    ("Ống nước có bị vỡ không?", "Has the pipe burst?"),
    ("Vỡ ống nước rồi.", "A pipe has burst."),
    ("Nhà tôi bị vỡ ống nước.", "A pipe has burst at my house."),
    # v8: "We need to call our pipeline.", "I'll call the stetho fixed.", "Do you know what the pipe fixes?"
    ("Chúng ta cần gọi thợ sửa ống nước.", "We need to call a plumber."),
    ("Chúng tôi phải gọi thợ sửa ống nước.", "We have to call a plumber."),
    ("Mẹ tôi cần gọi thợ sửa ống nước.", "My mother needs to call a plumber."),
    ("Tôi sẽ gọi thợ sửa ống nước.", "I'll call a plumber."),
    ("Tôi đã gọi thợ sửa ống nước rồi.", "I've called a plumber."),
    ("Tôi chưa gọi thợ sửa ống nước.", "I haven't called a plumber yet."),
    ("Bạn gọi thợ sửa ống nước chưa?", "Have you called a plumber yet?"),
    ("Bạn có thể gọi thợ sửa ống nước không?", "Can you call a plumber?"),
    ("Anh có thể gọi thợ sửa ống nước không?", "Can you call a plumber?"),
    ("Bạn có biết thợ sửa ống nước nào tốt không?", "Do you know a good plumber?"),
    # v8: "The water tutorial will come tomorrow.", "The water pipe is coming."
    ("Thợ sửa ống nước sẽ đến vào ngày mai.", "The plumber is coming tomorrow."),
    ("Chiều nay thợ sửa ống nước sẽ đến.", "The plumber is coming this afternoon."),
    ("Thợ sửa ống nước đang đến.", "The plumber is on the way."),
    ("Thợ sửa ống nước đến rồi.", "The plumber is here."),
    # v8: "The owner will give the person to fix.", "The owner will give people to fix tomorrow."
    ("Chủ nhà sẽ cho người đến sửa.", "The landlord will send someone to fix it."),
    ("Chủ nhà sẽ cho người đến sửa vào ngày mai.", "The landlord will send someone to fix it tomorrow."),
    ("Ngày mai chủ nhà của tôi sẽ cho người đến sửa.", "My landlord will send someone to fix it tomorrow."),
    # not: the phrasebook's, broken (mt/broken.py's), the bath (mt/showers.py's), a thing that does not do it, "rỉ"
    # alone (rusty), "nhà" other than leaking, "anh" calling (may be the speaker), asked without "có" or "không",
    # a pipe burst still, a plumber wanted, a day with "on the way", traffic
    ("Nhà tôi bị dột nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Nhà vệ sinh bị tắc.", None), ("Vòi nước bị hỏng.", None), ("Bồn tắm bị tắc.", None),
    ("Vòi nước bị tắc.", None), ("Mái nhà bị vỡ.", None), ("Vòi nước bị rỉ.", None), ("Nhà này bị dột.", None),
    ("Nhà tôi bị tắc.", None), ("Anh cần gọi thợ sửa ống nước.", None), ("Vòi nước bị rò rỉ không?", None),
    ("Mái nhà có bị dột?", None), ("Ống nước vẫn bị vỡ.", None), ("Bồn cầu không bị tắc.", None),
    ("Tôi muốn gọi thợ sửa ống nước.", None), ("Thợ sửa ống nước đang đến vào ngày mai.", None),
    ("Đường bị tắc.", None), ("Bồn rửa bát trong bếp bị tắc.", None),
    ("Hôm qua thợ sửa ống nước sẽ đến.", None), ("Chủ nhà sẽ cho người đến sửa hôm qua.", None),  # (a day behind)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cơn này đang rò rỉ." (this fit), "Laucet đang rò rỉ.", "Cơn nhà bếp …", "Món của tôi …" (my dish)
    ("The tap is leaking.", "Vòi nước bị rò rỉ."),
    ("The tap's leaking.", "Vòi nước bị rò rỉ."),
    ("The faucet is leaking.", "Vòi nước bị rò rỉ."),
    ("The kitchen tap is leaking.", "Vòi nước trong bếp bị rò rỉ."),
    ("My tap is leaking.", "Vòi nước của tôi bị rò rỉ."),
    ("The tap is still leaking.", "Vòi nước vẫn bị rò rỉ."),
    ("Is the tap leaking?", "Vòi nước có bị rò rỉ không?"),
    ("The tap is dripping.", "Vòi nước bị nhỏ giọt."),  # v8: "Dò hầm khô."
    ("The washing machine is leaking.", "Máy giặt bị rò rỉ."),  # v8: "Máy rửa tay …" (hand-washing machine)
    # v8: "Mái nhà đang rò rỉ." (right, but "dột" is said), "Rò rỉ roof.", "Tò mò của chúng tôi …" (our curiosity)
    ("The roof is leaking.", "Mái nhà bị dột."),
    ("The roof leaks.", "Mái nhà bị dột."),
    ("Our roof is leaking.", "Mái nhà của chúng tôi bị dột."),
    ("My mother's roof is leaking again.", "Mái nhà của mẹ tôi lại bị dột."),
    ("The ceiling is leaking.", "Trần nhà bị dột."),
    ("Is the roof leaking?", "Mái nhà có bị dột không?"),
    ("There's water coming through the ceiling.", "Nước đang chảy xuống từ trần nhà."),
    # v8: "Tiếng chìm bị chặn." (the sound of sinking), "Nhà vệ sinh bị bít kín.", "Nước mắt bị chặn." (tears)
    ("The sink is blocked.", "Bồn rửa bị tắc."),
    ("The kitchen sink is clogged.", "Bồn rửa bát bị tắc."),
    ("The bathroom sink is blocked.", "Bồn rửa mặt bị tắc."),
    ("The toilet is blocked.", "Bồn cầu bị tắc."),
    ("The toilet is clogged again.", "Bồn cầu lại bị tắc."),
    ("The toilet at my house is blocked.", "Bồn cầu nhà tôi bị tắc."),
    ("The sink in my room is blocked.", "Bồn rửa trong phòng tôi bị tắc."),
    ("The drain is blocked.", "Cống bị tắc."),
    ("Is the sink blocked?", "Bồn rửa có bị tắc không?"),
    # v8: "Nhà vệ sinh không flush."
    ("The toilet won't flush.", "Bồn cầu không xả được."),
    ("The toilet still doesn't flush.", "Bồn cầu vẫn không xả được."),
    ("Does the toilet flush?", "Bồn cầu có xả được không?"),
    # v8: "Một ống dẫn đã vỡ." (a duct)
    ("A pipe has burst.", "Vỡ ống nước rồi."),
    ("A pipe burst at my house.", "Nhà tôi bị vỡ ống nước rồi."),
    ("The pipe has burst.", "Ống nước bị vỡ rồi."),
    ("Has the pipe burst?", "Ống nước có bị vỡ không?"),
    # v8: "… gọi điện cho con búp bê." (a doll), "Tôi sẽ gọi điện choáng váng.", "… một plumber …"
    ("We need to call a plumber.", "Chúng tôi cần gọi thợ sửa ống nước."),
    ("She needs to call a plumber.", "Cô ấy cần gọi thợ sửa ống nước."),
    ("My father has to call a plumber.", "Bố tôi phải gọi thợ sửa ống nước."),
    ("I'll call a plumber.", "Tôi sẽ gọi thợ sửa ống nước."),
    ("We should call a plumber.", "Chúng tôi nên gọi thợ sửa ống nước."),
    ("I've already called a plumber.", "Tôi đã gọi thợ sửa ống nước rồi."),
    ("I haven't called a plumber yet.", "Tôi chưa gọi thợ sửa ống nước."),
    ("Can you call a plumber?", "Bạn có thể gọi thợ sửa ống nước không?"),
    ("Have you called a plumber yet?", "Bạn đã gọi thợ sửa ống nước chưa?"),
    ("Do you know a good plumber?", "Bạn có biết thợ sửa ống nước nào tốt không?"),
    # v8: "Plumber sắp tới ngày mai.", "Plumber sẽ đến ngày mai."
    ("The plumber is coming tomorrow.", "Ngày mai thợ sửa ống nước sẽ đến."),
    ("The plumber will come on Monday.", "Thợ sửa ống nước sẽ đến vào thứ Hai."),
    ("The plumber's on his way.", "Thợ sửa ống nước đang đến."),
    ("The plumber is here.", "Thợ sửa ống nước đến rồi."),
    # v8: "Vịnh hạ cánh sẽ gởi người nào đó sửa chữa." (the landing bay), "Đất nước này sẽ gởi người ngày mai."
    ("The landlord will send someone to fix it.", "Chủ nhà sẽ cho người đến sửa."),
    ("The landlord will send someone tomorrow.", "Ngày mai chủ nhà sẽ cho người đến."),
    ("My landlord's going to send someone round to fix it.", "Chủ nhà của tôi sẽ cho người đến sửa."),
    # not: verbs that do not agree ("She need", "Has you", "The tap are"), plurals, a thing that does not do it,
    # whose said twice, the bath (mt/showers.py's), broken (mt/broken.py's), a leak with no thing (v8 writes it
    # well), a day with "on the way", "yet" said of what is done
    ("She need to call a plumber.", None), ("Has you called a plumber?", None), ("The tap are leaking.", None),
    ("The pipes are leaking.", None), ("The roof is blocked.", None), ("The tap won't flush.", None),
    ("My kitchen tap is leaking.", None), ("The kitchen sink in the kitchen is blocked.", None),
    ("The bath is blocked.", None), ("The tap is broken.", None), ("There's a leak.", None),
    ("The plumber is on his way tomorrow.", None), ("I've called a plumber yet.", None),
    ("Is the toilet flush?", None), ("Tap is leaking.", None),
    ("The plumber will come yesterday.", None), ("The landlord will send someone yesterday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
