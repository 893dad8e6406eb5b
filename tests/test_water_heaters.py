"""The water heater broken, heated up, how long it takes, hot water there or not, and who uses or put in one, both
ways (mt/water_heaters.py)."""
import pytest

from mt.water_heaters import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Cold hot flashes are broken.", "My home hot flashes are broken.", "My chills was broken.", "Is it broken?",
    # "Hot water is broken.", "Yesterday, cold hot flashes are broken.", "Friging hot, then?"
    ("Bình nóng lạnh bị hỏng.", "The water heater is broken."),
    ("Bình nóng lạnh nhà tôi bị hỏng rồi.", "Our water heater has broken down."),
    ("Bình nóng lạnh của tôi bị hỏng.", "My water heater is broken."),
    ("Bình nóng lạnh có bị hỏng không?", "Is the water heater broken?"),
    ("Bình nóng lạnh lại bị hỏng rồi.", "The water heater has broken down again."),
    ("Máy nước nóng bị hỏng rồi.", "The water heater has broken down."),
    ("Bình nóng lạnh không bị hỏng.", "The water heater isn't broken."),
    ("Bình nóng lạnh của Lan bị hỏng.", "Lan's water heater is broken."),
    ("Bình nóng lạnh nhà bà tôi bị hỏng rồi.", "My grandmother's water heater has broken down."),
    ("Bình nóng lạnh của bạn tôi bị hỏng.", "My friend's water heater is broken."),
    ("Máy nước nóng năng lượng mặt trời nhà tôi bị hỏng.", "Our solar water heater is broken."),
    ("Bình nóng lạnh này bị hỏng à?", "Is this water heater broken?"),
    ("Bình nóng lạnh hỏng rồi à?", "Has the water heater broken down?"),
    ("Hôm qua bình nóng lạnh bị hỏng.", "The water heater broke down yesterday."),
    ("Tối qua bình nóng lạnh lại bị hỏng.", "The water heater broke down again last night."),
    # v8: "Cold hot flashes are broken from yesterday."
    ("Bình nóng lạnh bị hỏng từ hôm qua.", "The water heater has been broken since yesterday."),
    # v8: "It's not hot.", "Is it hot?", "Hot flashes are hot.", "Cold hot flashes are not hot."
    ("Bình nóng lạnh chưa nóng.", "The water heater hasn't heated up yet."),
    ("Bình nóng lạnh vẫn chưa nóng.", "The water heater still hasn't heated up."),
    ("Bình nóng lạnh nóng chưa?", "Has the water heater heated up yet?"),
    ("Bình nóng lạnh đã nóng chưa?", "Has the water heater heated up yet?"),
    ("Bình nóng lạnh nhà bạn nóng chưa ạ?", "Has your water heater heated up yet?"),
    ("Bình nóng lạnh nóng rồi.", "The water heater has heated up."),
    # v8: "The water is not hot.", "Isn't hot?" (any water: English says it as generally)
    ("Nước chưa nóng.", "The water isn't hot yet."),
    ("Nước vẫn chưa nóng.", "The water still isn't hot."),
    ("Nước nóng chưa?", "Is the water hot yet?"),
    ("Nước nóng rồi.", "The water is hot now."),
    # v8: "A cold 15 minutes is hot.", "Cold hot flashes take 15 minutes to heat.", "How long does it take to hot?",
    # "How long is hot?", "Cold heat on about thirty minutes is hot."
    ("Bật bình nóng lạnh mười lăm phút là nóng.", "The water heater takes fifteen minutes to heat up."),
    ("Bình nóng lạnh mất mười lăm phút để nóng.", "The water heater takes fifteen minutes to heat up."),
    ("Bình nóng lạnh bật khoảng hai mươi phút là nóng.", "The water heater takes about twenty minutes to heat up."),
    ("Bật bình nóng lạnh nửa tiếng là có nước nóng.", "The water heater takes half an hour to heat up."),
    ("Bình nóng lạnh mất 15 phút để nóng.", "The water heater takes 15 minutes to heat up."),
    ("Bình nóng lạnh mất bao lâu để nóng?", "How long does the water heater take to heat up?"),
    ("Bật bình nóng lạnh bao lâu thì nóng?", "How long does the water heater take to heat up?"),
    # v8: "Is hot water?", "There is hot water.", "From yesterday, there was no hot water.", "No hot water from this
    # morning to time."
    ("Có nước nóng chưa?", "Is there any hot water yet?"),
    ("Đã có nước nóng chưa?", "Is there any hot water yet?"),
    ("Có nước nóng rồi.", "There's hot water now."),
    ("Từ hôm qua đến giờ không có nước nóng.", "There's been no hot water since yesterday."),
    ("Không có nước nóng từ sáng nay đến giờ.", "There's been no hot water since this morning."),
    # v8: "My home uses the sun hot power.", "Do you have a hot watery hot water?", "Do you use a cold hot?", "My
    # mother didn't use hot flashes."
    ("Nhà tôi dùng máy nước nóng năng lượng mặt trời.", "My family uses a solar water heater."),
    ("Nhà bạn có dùng máy nước nóng năng lượng mặt trời không?", "Does your family use a solar water heater?"),
    ("Bạn có dùng bình nóng lạnh không?", "Do you use a water heater?"),
    ("Mẹ tôi không dùng bình nóng lạnh.", "My mother doesn't use a water heater."),
    ("Bác Hùng dùng máy nước nóng năng lượng mặt trời.", "Uncle Hung uses a solar water heater."),
    # v8: "We just installed the sun's energy hot water.", "Is your home a cold hot?", "I'm just putting a new cold
    # hot."
    ("Chúng tôi vừa lắp máy nước nóng năng lượng mặt trời.", "We've just installed a solar water heater."),
    ("Nhà bạn lắp bình nóng lạnh chưa?", "Has your family installed a water heater yet?"),
    ("Nhà tôi đã lắp bình nóng lạnh rồi.", "My family has installed a water heater."),
    ("Bố tôi vừa lắp một cái bình nóng lạnh mới.", "My father has just installed a new water heater."),
    ("Anh ấy vừa lắp bình nóng lạnh.", "He's just installed a water heater."),
    ("Họ đã lắp máy nước nóng năng lượng mặt trời rồi.", "They've installed a solar water heater."),
    # not: a "?" on a statement, "có" without "không", "rồi" asked with "có … không", "nhỉ", a plain "nóng" (hot, or
    # heated up?), "à" on heated, "để" with no "mất", no "bật" or "mất", switching it on or off (mt/switches.py),
    # not heating or no hot water from it (mt/appliances.py), "Không có nước nóng." (mt/showers.py), "Tôi" asked,
    # "Anh" alone saying it, a cat using it, a plain "lắp" (when?), "vừa … rồi", "nhà tôi" without hot water (my
    # house, or my husband?), a flask ("bình nước nóng"), a water dispenser, hot water too hot, nonsense, English
    ("Bình nóng lạnh bị hỏng?", None), ("Bình nóng lạnh có bị hỏng?", None),
    ("Bình nóng lạnh có bị hỏng rồi không?", None), ("Bình nóng lạnh hỏng rồi nhỉ?", None),
    ("Nước nóng.", None), ("Bình nóng lạnh nóng.", None), ("Bình nóng lạnh nóng rồi à?", None),
    ("Bật bình nóng lạnh mười lăm phút để nóng.", None), ("Bình nóng lạnh mười lăm phút là nóng.", None),
    ("Bạn đã bật bình nóng lạnh chưa?", None), ("Tôi quên tắt bình nóng lạnh.", None),
    ("Bình nóng lạnh không nóng.", None), ("Bình nóng lạnh không có nước nóng.", None),
    ("Không có nước nóng.", None), ("Có nước nóng chưa.", None), ("Có nước nóng rồi?", None),
    ("Từ hôm qua đến giờ không có nước nóng?", None), ("Tôi có dùng bình nóng lạnh không?", None),
    ("Anh dùng bình nóng lạnh.", None), ("Con mèo dùng bình nóng lạnh.", None), ("Bố tôi lắp bình nóng lạnh.", None),
    ("Chúng tôi vừa lắp bình nóng lạnh rồi.", None), ("Nhà tôi không có nước nóng.", None),
    ("Bình nước nóng bị hỏng.", None), ("Máy nước nóng lạnh bị hỏng.", None), ("Nước nóng quá.", None),
    ("Bình nóng lạnh bị hỏng không bị.", None), ("The water heater is broken.", None),
    ("Ngày mai bình nóng lạnh bị hỏng.", None),
    # not: a pet using or putting one in (people's verbs: mt.hobbies.animal), "my family" asked ("Nhà mình … chưa?":
    # ours, not "my family"; "Nhà tôi đã lắp … chưa?" asked of the fitter: my house)
    ("Con mèo của tôi dùng bình nóng lạnh.", None), ("Con chó của tôi vừa lắp bình nóng lạnh.", None),
    ("Nhà mình có dùng bình nóng lạnh không?", None), ("Nhà mình lắp bình nóng lạnh chưa?", None),
    ("Nhà tôi đã lắp máy nước nóng năng lượng mặt trời chưa?", None),
    ("Nhà chúng ta có dùng bình nóng lạnh không?", "Does our family use a water heater?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mụn nóng nước bị vỡ.", "Nhà nhiệt độ nước của chúng tôi đã làm vỡ.", "Món nóng nước của tôi bị vỡ.",
    # "Có phải nhiệt nước bị vỡ không?", "Người ta cũng làm cho nhiệt độ nước trở lại.", "Mụn nóng nước xuống hôm qua."
    ("The water heater is broken.", "Bình nóng lạnh bị hỏng."),
    ("Our water heater has broken down.", "Bình nóng lạnh nhà tôi bị hỏng rồi."),
    ("My water heater is broken.", "Bình nóng lạnh của tôi bị hỏng."),
    ("Is the water heater broken?", "Bình nóng lạnh có bị hỏng không?"),
    ("The water heater has broken down again.", "Bình nóng lạnh lại bị hỏng rồi."),
    ("The water heater broke down yesterday.", "Hôm qua bình nóng lạnh bị hỏng."),
    ("Lan's water heater is broken.", "Bình nóng lạnh của Lan bị hỏng."),
    ("My mother's water heater has broken down.", "Bình nóng lạnh của mẹ tôi bị hỏng rồi."),
    ("The water heater's broken.", "Bình nóng lạnh bị hỏng."),
    ("The water heater isn't broken.", "Bình nóng lạnh không bị hỏng."),
    ("This water heater broke down again last week.", "Tuần trước bình nóng lạnh này lại bị hỏng."),
    ("The water heater broke down.", "Bình nóng lạnh đã bị hỏng."),
    # v8: "Có phải nhiệt độ nước bị vỡ không?", "Nhà nhiệt độ nước đã bị vỡ từ tối qua."
    ("Has the water heater broken down?", "Bình nóng lạnh bị hỏng rồi à?"),
    ("The water heater has been broken since last night.", "Bình nóng lạnh bị hỏng từ tối qua."),
    # v8: "Tuy nhiên, nhiệt độ nước vẫn chưa tăng lên.", "Hiện tại nhiệt độ nước tăng lên?", "Người nhiệt độ nước đã
    # tăng lên.", "Nhà nhiệt độ nước vẫn chưa lành."
    ("The water heater hasn't heated up yet.", "Bình nóng lạnh chưa nóng."),
    ("Has the water heater heated up yet?", "Bình nóng lạnh nóng chưa?"),
    ("The water heater has heated up.", "Bình nóng lạnh nóng rồi."),
    ("The water heater's heated up.", "Bình nóng lạnh nóng rồi."),
    ("The water heater still hasn't heated up.", "Bình nóng lạnh vẫn chưa nóng."),
    # v8: "Nước không nóng.", "Hiện tượng nước nóng?", "Nước vẫn không nóng."
    ("The water isn't hot yet.", "Nước chưa nóng."),
    ("Is the water hot yet?", "Nước nóng chưa?"),
    ("The water still isn't hot.", "Nước vẫn chưa nóng."),
    ("The water is hot now.", "Nước nóng rồi."),
    # v8: "Lá nóng nước mất vài phút để nóng lên.", "Trời nhiệt độ nước mất bao lâu?", "Trời nhiệt nước của chúng ta mất
    # khoảng chừng nửa tiếng đồng hồ để nóng lên."
    ("The water heater takes fifteen minutes to heat up.", "Bình nóng lạnh mất mười lăm phút để nóng."),
    ("How long does the water heater take to heat up?", "Bình nóng lạnh mất bao lâu để nóng?"),
    ("Our water heater takes about half an hour to heat up.", "Bình nóng lạnh nhà tôi mất khoảng nửa tiếng để nóng."),
    ("The water heater takes 20 minutes to heat up.", "Bình nóng lạnh mất 20 phút để nóng."),
    ("How long does your water heater take to heat up?", "Bình nóng lạnh của bạn mất bao lâu để nóng?"),
    # v8: "Hiện tại nước nóng nào?" (the rest right: "Hiện nay có nước nóng.", "Không có nước nóng kể từ hôm qua.")
    ("Is there any hot water yet?", "Có nước nóng chưa?"),
    ("Is there hot water yet?", "Có nước nóng chưa?"),
    ("There's hot water now.", "Có nước nóng rồi."),
    ("There's been no hot water since yesterday.", "Từ hôm qua đến giờ không có nước nóng."),
    ("There has been no hot water since this morning.", "Từ sáng nay đến giờ không có nước nóng."),
    # v8: "Gia đình tôi sử dụng máy sưởi nước dịu.", "Gia đình bạn có sử dụng nhiệt độ nước mặt không?", "Bạn có sử
    # dụng nước nóng không?", "Cô ấy không sử dụng nước nóng."
    ("My family uses a solar water heater.", "Nhà tôi dùng máy nước nóng năng lượng mặt trời."),
    ("Does your family use a solar water heater?", "Nhà bạn có dùng máy nước nóng năng lượng mặt trời không?"),
    ("Do you use a water heater?", "Bạn có dùng bình nóng lạnh không?"),
    ("She doesn't use a water heater.", "Cô ấy không dùng bình nóng lạnh."),
    ("Lan uses a water heater.", "Lan dùng bình nóng lạnh."),
    ("We don't use a solar water heater.", "Chúng tôi không dùng máy nước nóng năng lượng mặt trời."),
    # v8: "Chúng tôi vừa cài một chiếc máy sưởi nước chua.", "Bạn đã cài đặt máy sưởi nước chưa?", "Cha tôi vừa cài
    # một cái nóng nước mới."
    ("We've just installed a solar water heater.", "Chúng tôi vừa lắp máy nước nóng năng lượng mặt trời."),
    ("Have you installed a water heater yet?", "Bạn đã lắp bình nóng lạnh chưa?"),
    ("My family has installed a water heater.", "Nhà tôi đã lắp bình nóng lạnh rồi."),
    ("My father has just installed a new water heater.", "Bố tôi vừa lắp bình nóng lạnh mới."),
    ("We installed a solar water heater.", "Chúng tôi đã lắp máy nước nóng năng lượng mặt trời."),
    # not: a "?" on a statement, a "." on a question, "isn't hot" (not, or not yet?), "Is the water hot?", one minute
    # by digits, verbs not agreeing with who, "I" asked, "an water heater", switching (mt/switches.py), "There's no
    # hot water." (mt/showers.py), the heater just hot, nonsense, Vietnamese
    ("The water heater is broken?", None), ("Is the water heater broken.", None), ("The water isn't hot.", None),
    ("Is the water hot?", None), ("The water heater takes 1 minutes to heat up.", None),
    ("She use a water heater.", None), ("Does she uses a water heater?", None), ("Do I use a water heater?", None),
    ("She have installed a water heater.", None), ("We use an water heater.", None),
    ("Have you switched on the water heater?", None), ("There's no hot water.", None),
    ("The water heater is hot.", None), ("The water heater broke down tomorrow.", None),
    ("Bình nóng lạnh bị hỏng.", None), ("The water is broken.", None),
    # "lại" alone, not "đã lại" (was "Bình nóng lạnh đã lại bị hỏng."); a pet using or putting one in
    ("The water heater broke down again.", "Bình nóng lạnh lại bị hỏng."),
    ("My cat uses a water heater.", None), ("My dog has installed a water heater.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
