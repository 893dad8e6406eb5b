"""Torches and candles at home: a torch or candles had, the torch batteries flat, the torch looked for, a candle lit
in the dark, and the torch (the phone's too) turned on, off or used, both ways (mt/torches.py)."""
import pytest

from mt.torches import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you have a flashlight?", "Do your house has a flashlight?", "Are you a candle?", "I have a battery
    # light.", "My mother had a flashlight.", "My house doesn't have a flashlight."
    ("Nhà có đèn pin không?", "Do we have a torch?"),
    ("Nhà mình có đèn pin không?", "Do we have a torch?"),
    ("Nhà có nến không?", "Do we have any candles?"),
    ("Nhà không có nến.", "We don't have any candles."),
    ("Nhà bạn có đèn pin không?", "Do you have a torch at home?"),
    ("Nhà tôi có đèn pin.", "We have a torch at home."),
    ("Bạn có đèn pin không?", "Do you have a torch?"),
    ("Tôi có đèn pin.", "I have a torch."),
    ("Mẹ tôi có đèn pin.", "My mother has a torch."),
    ("Anh ấy không có đèn pin.", "He doesn't have a torch."),
    ("Lan có nến.", "Lan has candles."),
    ("Chúng tôi có một cái đèn pin.", None),  # (counted: left)
    ("Chúng tôi có cái đèn pin.", "We have a torch."),
    # v8: "Overlay battery out of battery.", "Override my battery out of battery.", "Flash is about out of battery.",
    # "The battery power needs to replace battery."
    ("Đèn pin hết pin rồi.", "The torch batteries are flat."),
    ("Đèn pin hết pin.", "The torch batteries are flat."),
    ("Đèn pin của tôi hết pin rồi.", "The batteries in my torch are flat."),
    ("Đèn pin này sắp hết pin rồi.", "The batteries in this torch are almost flat."),
    ("Đèn pin lại hết pin rồi.", "The torch batteries are flat again."),
    ("Đèn pin yếu pin rồi.", "The torch batteries are running low."),
    ("Đèn pin cần thay pin.", "The torch needs new batteries."),
    ("Đèn pin của bạn cần thay pin rồi.", "Your torch needs new batteries."),
    ("Đèn pin có bị hết pin không?", "Are the torch batteries flat?"),
    ("Đèn pin hết pin rồi à?", "Are the torch batteries flat?"),
    ("Đèn pin có cần thay pin không?", "Does the torch need new batteries?"),
    # v8: "My mother was looking for the battery light.", "I'm looking for a flashlight in dark.", "He is curing the
    # flashlight in the dark."
    ("Mẹ tôi đang tìm đèn pin.", "My mother is looking for the torch."),
    ("Tôi đang tìm đèn pin trong bóng tối.", "I am looking for the torch in the dark."),
    ("Anh ấy đang mò đèn pin trong bóng tối.", "He is feeling around for the torch in the dark."),
    ("Chúng tôi đang mò tìm đèn pin.", "We are feeling around for the torch."),
    ("Bạn đang tìm đèn pin à?", "Are you looking for the torch?"),
    ("Bạn có đang tìm đèn pin không?", "Are you looking for the torch?"),
    ("Mẹ tôi đang tìm đèn pin của mình.", "My mother is looking for her torch."),
    ("Tôi đang tìm đèn pin của mình.", "I am looking for my torch."),
    # v8: "Where to overwhelm?"
    ("Đèn pin đâu rồi?", "Where's the torch?"),
    ("Đèn pin của tôi đâu rồi?", "Where's my torch?"),
    ("Nến ở đâu?", "Where are the candles?"),
    # v8: "The candle went, dark.", "Powerful, light the candles.", "My mother gave a candle."
    ("Thắp nến lên đi, tối quá.", "Light a candle, it's too dark."),
    ("Mất điện rồi, thắp nến lên đi.", "The power's out, light a candle."),
    ("Thắp một cây nến lên đi.", "Light a candle."),
    ("Mẹ tôi đã thắp một cây nến.", "My mother lit a candle."),
    ("Tôi vừa thắp một cây nến.", "I have just lit a candle."),
    ("Cô ấy đang thắp một ngọn nến.", "She is lighting a candle."),
    ("Chúng tôi sẽ thắp một cây nến.", "We will light a candle."),
    # v8: "Enables the phone flashlight.", "Turn on the battery light on.", "Turn off the battery light.", "Could you
    # enable the phone flashlight?", "Use a phone flashlight.", "I'm using a phone flashlight."
    ("Bật đèn pin điện thoại lên đi.", "Turn on your phone's torch."),
    ("Bật đèn pin lên.", "Turn on the torch."),
    ("Tắt đèn pin đi.", "Turn off the torch."),
    ("Dùng đèn pin điện thoại đi.", "Use your phone's torch."),
    ("Để tôi bật đèn pin điện thoại.", "Let me turn on my phone's torch."),
    ("Bạn bật đèn pin điện thoại lên được không?", "Could you turn on your phone's torch?"),
    ("Anh có thể tắt đèn pin không?", "Can you turn off the torch?"),
    ("Bạn bật đèn pin lên giúp tôi được không?", "Could you turn on the torch for me?"),
    ("Tôi đang dùng đèn pin điện thoại.", "I am using my phone's torch."),
    ("Mẹ tôi đang dùng đèn pin điện thoại.", "My mother is using her phone's torch."),
    ("Mẹ tôi đã bật đèn pin.", "My mother turned on the torch."),
    ("Tôi vừa tắt đèn pin điện thoại.", "I have just turned off my phone's torch."),
    # not: a cake's candles (mt/birthday_cakes.py), candles lit uncounted or with a plain verb, looking with no
    # "đang" or not finding (mt/finding.py, mt/mishaps.py), "I" asked, a pet, "anh" saying it, "?" without "không",
    # someone else's torch, "à?" without "rồi", a statement asked, "Mở" (on, or open?), "em" asking (may I?), a
    # name's or "we"'s phone (whose?), "đang" switching, a name's "của mình", the light dim or off, the phone's own
    # battery (mt/batteries.py), candles run out (mt/supplies.py), "nhỉ", English, nonsense
    ("Thắp nến lên đi.", None), ("Thổi nến đi!", None), ("Mẹ tôi đang thắp nến.", None),
    ("Mẹ tôi thắp một cây nến.", None), ("Mẹ tôi tìm đèn pin.", None), ("Tôi không tìm thấy đèn pin.", None),
    ("Tôi có đèn pin không?", None), ("Con chó của tôi có đèn pin.", None), ("Anh có đèn pin.", None),
    ("Bạn có đèn pin?", None), ("Đèn pin của mẹ tôi hết pin rồi.", None), ("Đèn pin hết pin à?", None),
    ("Đèn pin hết pin rồi?", None), ("Đèn pin đâu rồi.", None), ("Bật đèn pin.", None), ("Tắt đèn pin lên đi.", None),
    ("Mở đèn pin ra.", None), ("Em bật đèn pin được không?", None), ("Lan đang dùng đèn pin điện thoại.", None),
    ("Chúng tôi đang dùng đèn pin điện thoại.", None), ("Tôi đang bật đèn pin.", None),
    ("Lan đang tìm đèn pin của mình.", None), ("Đèn pin yếu quá.", None), ("Đèn pin không sáng.", None),
    ("Điện thoại tôi hết pin rồi.", None), ("Nhà hết nến rồi.", None), ("Con mèo của tôi đang tìm đèn pin.", None),
    ("Tôi đang tìm đèn pin nhỉ.", None), ("Thắp nến lên đi, tối quá?", None), ("Đèn pin nến pin đèn.", None),
    ("The torch batteries are flat.", None),
    # "thế", "vậy" ending a statement say more than English would (so, then: mt.text.STRESSED_SAID)
    ("Đèn pin hết pin rồi vậy.", None), ("Nhà có đèn pin thế.", None), ("Tôi đang tìm đèn pin vậy.", None),
    ("Bật đèn pin lên đi vậy.", None), ("Tôi sẽ thắp một cây nến vậy.", None),
    ("Mẹ tôi vừa bật đèn pin lên vậy.", None), ("Nhà có nến không thế?", "Do we have any candles?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta có phải là một thợ mộc không?" (a carpenter), "Chúng ta có nến nào không?", "Bạn có phải vách tay
    # không?", "Mẹ tôi phải xin lỗi.", "Chúng tôi không phải là một thợ mộc."
    ("Do we have a torch?", "Nhà có đèn pin không?"),
    ("Do we have any candles?", "Nhà có nến không?"),
    ("Do you have a torch at home?", "Nhà bạn có đèn pin không?"),
    ("We don't have a torch.", "Nhà không có đèn pin."),
    ("My mother has a torch.", "Mẹ tôi có đèn pin."),
    ("Does he have a flashlight?", "Anh ấy có đèn pin không?"),
    ("I have candles.", "Tôi có nến."),
    ("Lan doesn't have any candles.", "Lan không có nến."),
    # v8: "Các cơn mưa có màu phẳng." (rains coloured flat), "Món hói của con tôi đã chết.", "Schương cần thiết các
    # loài động vật mới."
    ("The torch batteries are flat.", "Đèn pin hết pin rồi."),
    ("My torch's batteries are dead.", "Đèn pin của tôi hết pin rồi."),
    ("The batteries in my torch are almost flat.", "Đèn pin của tôi sắp hết pin rồi."),
    ("The torch batteries are flat again.", "Đèn pin lại hết pin rồi."),
    ("The torch batteries are running low.", "Đèn pin yếu pin rồi."),
    ("Are the torch batteries flat?", "Đèn pin có bị hết pin không?"),
    ("The torch needs new batteries.", "Đèn pin cần thay pin."),
    ("Does the torch need new batteries?", "Đèn pin có cần thay pin không?"),
    # v8: "Mẹ tôi đang tìm người thợ mộc.", "Tôi đang tìm kiếm cái ghế trong bóng tối." (a chair), "Thanh ghi ở đâu?"
    ("My mother is looking for the torch.", "Mẹ tôi đang tìm đèn pin."),
    ("I'm looking for the torch in the dark.", "Tôi đang tìm đèn pin trong bóng tối."),
    ("He's feeling around for the torch in the dark.", "Anh ấy đang mò tìm đèn pin trong bóng tối."),
    ("Are you looking for the torch?", "Bạn có đang tìm đèn pin không?"),
    ("My mother is looking for her torch.", "Mẹ tôi đang tìm đèn pin của mình."),
    ("We are looking for a flashlight.", "Chúng tôi đang tìm đèn pin."),
    ("Where's the torch?", "Đèn pin đâu rồi?"),
    ("Where is my torch?", "Đèn pin của tôi đâu rồi?"),
    ("Where are the candles?", "Nến đâu rồi?"),
    # v8: "Ánh sáng một ngọn nến, nó quá đen.", "Ánh sáng ngọn nến.", "Cô ấy thắp nến."
    ("Light a candle, it's too dark.", "Thắp nến lên đi, tối quá."),
    ("The power's out, light a candle.", "Mất điện rồi, thắp nến lên đi."),
    ("Light a candle.", "Thắp một cây nến lên đi."),
    ("My mother lit a candle.", "Mẹ tôi đã thắp một cây nến."),
    ("She is lighting a candle.", "Cô ấy đang thắp một cây nến."),
    ("I've just lit a candle.", "Tôi vừa thắp một cây nến."),
    ("We will light a candle.", "Chúng tôi sẽ thắp một cây nến."),
    # v8: "Hãy bật đèn pha của bạn." (headlights), "Bật bánh chưng.", "Tắt băng ghế.", "Bạn có thể bật máy in của bạn
    # không?", "Dùng sổ cái của điện thoại.", "Tôi đang sử dụng ghế điện thoại của tôi."
    ("Turn on your phone's torch.", "Bật đèn pin điện thoại lên đi."),
    ("Turn on the torch.", "Bật đèn pin lên đi."),
    ("Turn the torch off.", "Tắt đèn pin đi."),
    ("Use your phone's torch.", "Dùng đèn pin điện thoại đi."),
    ("Turn on the torch on your phone.", "Bật đèn pin điện thoại lên đi."),
    ("Let me turn on my phone's torch.", "Để tôi bật đèn pin điện thoại lên."),
    ("Could you turn on your phone's torch?", "Bạn bật đèn pin điện thoại lên được không?"),
    ("Can you turn off the torch for me?", "Bạn có thể tắt đèn pin giúp tôi không?"),
    ("I'm using my phone's torch.", "Tôi đang dùng đèn pin điện thoại."),
    ("My mother is using her phone's torch.", "Mẹ tôi đang dùng đèn pin điện thoại."),
    ("She turned on the torch.", "Cô ấy đã bật đèn pin."),
    ("I've just turned off my phone's torch.", "Tôi vừa tắt đèn pin điện thoại."),
    # not: the verb not agreeing, "any" said, "I" asked, asked of "almost", a statement asked, the cake's candles
    # (mt/birthday_cakes.py), candles uncounted, someone else's phone, "we"'s phones, "the phone's", a pet, "torch"
    # of another meaning, torches many, Vietnamese, nonsense
    ("My mother have a torch.", None), ("Does he has a torch?", None), ("I have any candles.", None),
    ("Do I have a torch?", None), ("The torch need new batteries.", None), ("He are looking for the torch.", None),
    ("She have just lit a candle.", None), ("Are the torch batteries almost flat?", None),
    ("The torch batteries are flat?", None), ("Light the candles.", None), ("Blow out the candles!", None),
    ("I lit candles.", None), ("We are using our phone's torch.", None), ("I'm using your phone's torch.", None),
    ("He used the phone's torch.", None), ("Turn the torch on your phone.", None),
    ("My dog is looking for the torch.", None), ("She carries a torch for him.", None),
    ("The Olympic torch arrived.", None), ("Where are the torches?", None), ("Đèn pin hết pin rồi.", None),
    ("Torch torch flashlight candle.", None),
    # "we" or "our" asked: "chúng ta" (the one asked too) or "chúng tôi"?
    ("Are we looking for the torch?", None), ("Where is our torch?", None), ("Are our torch batteries flat?", None),
    ("Does our torch need new batteries?", None), ("Does our mother have a torch?", None),
    ("Is our father looking for the torch?", None), ("Are you looking for our torch?", None),
    ("Do we have any candles at home?", "Nhà có nến không?"),
    ("Our torch needs new batteries.", "Đèn pin của chúng tôi cần thay pin."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
