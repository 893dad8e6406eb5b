"""Bottled cooking gas at home: calling for it, turned off, delivered, its price, the bottle empty and a gas leak, both
ways (mt/cooking_gas.py)."""
import pytest

from mt.cooking_gas import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to call the average station.", "Have you called the station yet?", "My mother had called the
    # station.", "I'll call the station.", "I'm not called ga."
    ("Tôi phải gọi đổi bình ga.", "I have to call for a new gas bottle."),
    ("Mẹ tôi phải gọi đổi bình ga.", "My mother has to call for a new gas bottle."),
    ("Chúng ta cần gọi ga.", "We need to call for the gas."),
    ("Bạn đã gọi ga chưa?", "Have you called for the gas yet?"),
    ("Bạn gọi ga chưa?", "Have you called for the gas yet?"),
    ("Anh ấy đã gọi đổi bình ga chưa?", "Has he called for a new gas bottle yet?"),
    ("Mẹ tôi vừa gọi ga.", "My mother has just called for the gas."),
    ("Tôi đã gọi ga rồi.", "I've called for the gas."),
    ("Lan gọi ga rồi.", "Lan has called for the gas."),
    ("Tôi chưa gọi ga.", "I haven't called for the gas yet."),
    ("Tôi sẽ gọi ga.", "I'll call for the gas."),
    ("Ngày mai tôi sẽ gọi ga.", "I'll call for the gas tomorrow."),
    ("Hôm qua mẹ tôi đã gọi ga.", "My mother called for the gas yesterday."),
    ("Bạn có phải gọi ga không?", "Do you have to call for the gas?"),
    ("Bạn có cần gọi đổi bình ga không?", "Do you need to call for a new gas bottle?"),
    ("Lan không cần gọi ga.", "Lan doesn't need to call for the gas."),
    ("Để tôi gọi ga.", "Let me call for the gas."),
    ("Gọi ga đi.", "Call for the gas."),
    # v8: "Are you locked the station?", "I locked the station.", "Remember the station key.", "I forgot to lock the
    # station.", "Lock the station to go.", "Did you turn off the heat of the heat?"
    ("Bạn đã khoá ga chưa?", "Have you turned the gas off?"),
    ("Bạn đã khóa ga chưa?", "Have you turned the gas off?"),
    ("Tôi đã khóa ga rồi.", "I've turned the gas off."),
    ("Mẹ tôi chưa khoá ga.", "My mother hasn't turned the gas off."),
    ("Anh ấy quên khoá ga.", "He forgot to turn the gas off."),
    ("Cô ấy đã khoá van ga rồi.", "She has closed the gas valve."),
    ("Bạn đã tắt bếp ga chưa?", "Have you turned off the gas stove?"),
    ("Nhớ khoá ga nhé.", "Remember to turn the gas off."),
    ("Đừng quên khoá ga.", "Don't forget to turn the gas off."),
    ("Khoá ga lại đi.", "Turn the gas off."),
    # v8: "People have just carried the station.", "Is people bring gambs?"
    ("Người ta vừa mang ga đến.", "The gas has just been delivered."),
    ("Người ta mang ga đến chưa?", "Has the gas been delivered yet?"),
    ("Người ta đã mang bình ga mới đến rồi.", "The new gas bottle has been delivered."),
    ("Người ta chưa mang ga đến.", "The gas hasn't been delivered yet."),
    ("Ngày mai người ta sẽ giao ga tới.", "The gas will be delivered tomorrow."),
    ("Hôm qua người ta đã mang ga đến.", "The gas was delivered yesterday."),
    # v8: "How much money do it?", "The price of the spikes is up."
    ("Một bình ga bao nhiêu tiền?", "How much is a gas bottle?"),
    ("Bây giờ một bình ga giá bao nhiêu?", "How much is a gas bottle now?"),
    ("Giá ga lại tăng rồi.", "The price of cooking gas has gone up again."),
    ("Giá ga sắp tăng.", "The price of cooking gas is going to go up."),
    ("Giá ga giảm rồi.", "The price of cooking gas has gone down."),
    # v8: "It's OK to be normal.", "It's going to be all."
    ("Bình ga hết rồi.", "The gas bottle is empty."),
    ("Bình ga sắp hết rồi.", "The gas bottle is almost empty."),
    ("Bình ga hết chưa?", "Is the gas bottle empty?"),
    ("Bếp hết ga rồi.", "The stove has run out of gas."),
    # v8: "The vagina was leaked.", "It looks like leaking stations.", "Are there a leak of gas?"
    ("Bình ga bị rò rỉ.", "The gas bottle is leaking."),
    ("Bình ga có bị rò rỉ không?", "Is the gas bottle leaking?"),
    ("Ống ga này bị rò rỉ.", "This gas pipe is leaking."),
    ("Bình ga không bị rò rỉ.", "The gas bottle isn't leaking."),
    ("Hình như ga bị rò rỉ.", "I think there's a gas leak."),
    ("Bị rò rỉ ga rồi!", "There's a gas leak!"),
    ("Có rò rỉ ga không?", "Is there a gas leak?"),
    # not: the home out of gas (mt/supplies.py), gas smelled (mt/smells.py), "tắt bếp ga" told (mt/cooking.py), "hết
    # ga" alone (a drink gone flat?), a plain present (now, or will?), "có … không?" of a deed, "anh" alone saying it,
    # asked of oneself, a pet as who, "?" on a statement, "Bình ga hết." (a headline?), "ga" the station, nonsense
    ("Nhà tôi hết ga rồi.", None), ("Tôi ngửi thấy mùi ga.", None), ("Tắt bếp ga đi.", None), ("Hết ga rồi.", None),
    ("Tôi gọi ga.", None), ("Bạn có gọi ga không?", None), ("Anh gọi ga rồi.", None), ("Tôi đã gọi ga chưa?", None),
    ("Con chó của tôi đã khoá ga rồi.", None), ("Tôi phải gọi đổi bình ga?", None), ("Bình ga hết.", None),
    ("Tôi đang ở nhà ga.", None), ("Bạn gọi ga rồi nhỉ.", None), ("Hôm qua tôi sẽ gọi ga.", None),
    ("Ngày mai tôi đã gọi ga.", None), ("Giá ga tăng.", None), ("Bình ga bị rò rỉ?", None),
    ("Bình ga bao nhiêu tiền?", None), ("Gọi ga lại đi.", None), ("Ga ga ga.", None),
    # a plain present on a day not yet over: done, or planned? ("Chiều nay tôi gọi ga." at noon: I'll call); a day
    # behind says the tense
    ("Hôm nay tôi gọi ga.", None), ("Chiều nay tôi gọi ga.", None), ("Sáng nay tôi khoá ga.", None),
    ("Hôm nay người ta mang ga đến.", None), ("Chiều nay người ta mang ga tới.", None),
    ("Hôm qua tôi gọi ga.", "I called for the gas yesterday."),
    ("Hôm qua người ta mang ga đến.", "The gas was delivered yesterday."),
    ("Sáng nay tôi đã khoá ga.", "I turned the gas off this morning."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải kêu gọi một chai xăng dầu mới.", "Bạn đã kêu gọi hơi cay chưa?" (tear gas)
    ("I have to call for a new gas bottle.", "Tôi phải gọi đổi bình ga."),
    ("She needs to call for a new bottle of gas.", "Cô ấy cần gọi đổi bình ga."),
    ("Have you called for the gas yet?", "Bạn đã gọi ga chưa?"),
    ("Has your mother called for the gas yet?", "Mẹ bạn đã gọi ga chưa?"),
    ("I've just called for the gas.", "Tôi vừa gọi ga."),
    ("I called for the gas.", "Tôi đã gọi ga."),
    ("My mother called for the gas yesterday.", "Hôm qua mẹ tôi đã gọi ga."),
    ("I'll call for the gas tomorrow.", "Ngày mai tôi sẽ gọi ga."),
    ("Do you have to call for the gas?", "Bạn có phải gọi ga không?"),
    ("Does Lan need to call for a new gas bottle?", "Lan có cần gọi đổi bình ga không?"),
    ("We don't need to call for the gas.", "Chúng tôi không cần gọi ga."),
    ("Let me call for the gas.", "Để tôi gọi ga."),
    # v8: "Bạn đã tắt hơi cay chưa?", "Tôi đã tắt xăng." (petrol), "Đừng quên tắt khí.", "Tôi quên tắt khí."
    ("He has already closed the gas valve.", "Anh ấy đã khoá van ga rồi."),
    ("Don't forget to call for the gas.", "Đừng quên gọi ga nhé."),
    ("Close the gas valve.", "Khoá van ga lại đi."),
    # ... but "the gas" turned off is left: the burner ("tắt bếp"), or the valve ("khoá ga")? (as mt/cooking.py
    # leaves "Turn off the gas.")
    ("Have you turned the gas off?", None), ("Did you turn off the gas?", None), ("I've turned the gas off.", None),
    ("She hasn't turned the gas off.", None), ("I forgot to turn off the gas.", None),
    ("Remember to turn off the gas.", None),
    # v8: "Chứng đầy hơi vừa được cung cấp." (wind), "Hiện tượng này có được cung cấp chưa?"
    ("The gas has just been delivered.", "Người ta vừa mang ga đến."),
    ("Has the gas been delivered yet?", "Người ta đã mang ga đến chưa?"),
    ("The gas hasn't been delivered yet.", "Người ta chưa mang ga đến."),
    ("The new gas bottle has been delivered.", "Người ta đã mang bình ga mới đến rồi."),
    ("The gas will be delivered tomorrow.", "Ngày mai người ta sẽ mang ga đến."),
    ("The gas was delivered yesterday.", "Hôm qua người ta đã mang ga đến."),
    # v8: "Chai xăng dầu bao nhiêu?" (petrol), "Giá xăng dầu nấu chín lại tăng lên."
    ("How much is a gas bottle?", "Một bình ga bao nhiêu tiền?"),
    ("How much does a gas bottle cost now?", "Bây giờ một bình ga bao nhiêu tiền?"),
    ("The price of cooking gas has gone up again.", "Giá ga lại tăng rồi."),
    ("Cooking gas prices have gone down.", "Giá ga giảm rồi."),
    # v8: "Chai khí đốt trống rỗng."
    ("The gas bottle is empty.", "Bình ga hết rồi."),
    ("The gas bottle is almost empty.", "Bình ga sắp hết rồi."),
    ("The gas bottle is running out.", "Bình ga sắp hết rồi."),
    ("The stove has run out of gas.", "Bếp hết ga rồi."),
    # v8: "Chai khí đốt đang rò rỉ.", "Có rò rỉ khí đốt."
    ("The gas bottle is leaking.", "Bình ga bị rò rỉ."),
    ("Is the gas pipe leaking?", "Ống ga có bị rò rỉ không?"),
    ("The gas valve isn't leaking.", "Van ga không bị rò rỉ."),
    ("There's a gas leak.", "Ga bị rò rỉ."),
    ("I think there's a gas leak.", "Hình như ga bị rò rỉ."),
    ("Is there a gas leak?", "Ga có bị rò rỉ không?"),
    # not: "gas" that may be petrol ("We've run out of gas.", "The gas is leaking.", "Gas prices have gone up."), the
    # home out of cooking gas (mt/supplies.py), gas smelled (mt/smells.py), "Turn off the gas." (mt/cooking.py: the
    # burner, or the valve?), a verb not agreeing, asked of oneself, a plain present, "?" on a statement, a pet as
    # who, "will" with a day behind, the other language, nonsense
    ("We've run out of gas.", None), ("The gas is leaking.", None), ("Gas prices have gone up.", None),
    ("We've run out of cooking gas.", None), ("I can smell gas.", None), ("Turn off the gas.", None),
    ("She have called for the gas.", None), ("Has you called for the gas?", None), ("Have I turned the gas off?", None),
    ("I call for the gas.", None), ("I've turned the gas off?", None), ("My dog has turned the gas off.", None),
    ("I'll call for the gas yesterday.", None), ("The gas will delivered.", None),
    ("Did you call for the gas yet?", None),
    ("Fill up with gas.", None), ("Bạn đã khoá ga chưa?", None), ("Gas gas gas.", None),
    # the gas off, any way it is said; the valve and the stove are taken
    ("Let me turn off the gas.", None), ("Don't forget to turn off the gas.", None),
    ("I have to turn off the gas.", None), ("Has my mother turned off the gas?", None),
    ("Did she turn off the gas valve?", "Cô ấy đã khoá van ga chưa?"),
    ("My dad has turned off the gas stove.", "Bố tôi đã tắt bếp ga rồi."),
    # a leak: "?" on a statement, a question without one
    ("The gas bottle is leaking?", None), ("Is the gas pipe leaking.", None), ("Is this gas pipe leaking!", None),
    ("Is the gas bottle leaking", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
