"""The sound turned up or down, a phone on silent or vibrate or muted, and the sound too quiet, both ways
(mt/volume.py)."""
import pytest

from mt.volume import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Grow.", "Spend a little bit.", "The small voice went down.", "The little bit down.", "Can you twist up?",
    # "Increase the volume up.", "Decreases the volume down.", "Let me get up.", "Could I twist down?"
    ("Vặn to lên.", "Turn it up."),
    ("Vặn to lên một chút.", "Turn it up a bit."),
    ("Vặn nhỏ tiếng xuống.", "Turn it down."),
    ("Vặn nhỏ xuống.", "Turn it down."),
    ("Vặn to tiếng lên.", "Turn it up."),
    ("Bật to lên.", "Turn it up."),
    ("Bạn vặn to lên được không?", "Could you turn it up?"),
    ("Bạn có thể vặn to lên một chút không?", "Can you turn it up a bit?"),
    ("Tăng âm lượng lên.", "Turn the volume up."),
    ("Giảm âm lượng xuống.", "Turn the volume down."),
    ("Tăng âm lượng lên một chút.", "Turn the volume up a bit."),
    ("Bạn có thể giảm âm lượng xuống không?", "Can you turn the volume down?"),
    ("Vặn nhỏ ti vi xuống.", "Turn the TV down."),
    ("Tăng âm lượng loa lên.", "Turn the speaker up."),
    ("Tôi vặn to lên được không?", "Can I turn it up?"),
    ("Tôi vặn nhỏ xuống nhé?", "Shall I turn it down?"),
    ("Để tôi vặn to lên.", "Let me turn it up."),
    ("Tôi sẽ vặn nhỏ xuống.", "I'll turn it down."),
    # v8: "My phone to silent mode.", "My phone to vibrate.", "My phone is rocking.", "Will your phone be quiet?"
    ("Điện thoại của tôi để chế độ im lặng.", "My phone is on silent."),
    ("Điện thoại của tôi để chế độ rung.", "My phone is on vibrate."),
    ("Điện thoại tôi đang để rung.", "My phone is on vibrate."),
    ("Điện thoại của bạn có để chế độ im lặng không?", "Is your phone on silent?"),
    ("Điện thoại của mẹ tôi để chế độ rung.", "My mother's phone is on vibrate."),
    ("Điện thoại của tôi vẫn để chế độ im lặng.", "My phone is still on silent."),
    ("Điện thoại tôi đang ở chế độ rung.", "My phone is on vibrate."),
    ("Để tôi chuyển điện thoại sang chế độ rung.", "Let me put my phone on vibrate."),
    # v8: "I'm silent mode phone.", "I turn off the phone.", "You let your silent mode phone.", "Please telephone in
    # quiet mode.", "Turn off the audio.", "Disable TV.", "Could you turn off the phone?", "He turned off the phone."
    ("Tôi để điện thoại chế độ im lặng rồi.", "I've put my phone on silent."),
    ("Tôi tắt tiếng điện thoại rồi.", "I've muted my phone."),
    ("Tôi đã tắt tiếng điện thoại.", "I muted my phone."),
    ("Anh ấy tắt tiếng điện thoại rồi.", "He's muted his phone."),
    ("Cô ấy vừa tắt tiếng điện thoại.", "She's just muted her phone."),
    ("Mẹ tôi tắt tiếng ti vi rồi.", "My mother has muted the TV."),
    ("Chúng tôi sẽ để điện thoại ở chế độ im lặng.", "We'll put our phones on silent."),
    ("Bạn để điện thoại chế độ im lặng đi.", "Put your phone on silent."),
    ("Làm ơn để điện thoại ở chế độ im lặng.", "Please put your phone on silent."),
    ("Chuyển điện thoại sang chế độ rung đi.", "Put your phone on vibrate."),
    ("Tắt tiếng đi.", "Mute it."),
    ("Tắt tiếng ti vi đi.", "Mute the TV."),
    ("Bạn tắt tiếng điện thoại được không?", "Could you mute your phone?"),
    ("Tôi có thể tắt tiếng ti vi không?", "Can I mute the TV?"),
    # v8: "Too small, I didn't hear.", "Small volume is too small.", "The television is too small."
    ("Nhỏ quá, tôi không nghe thấy.", "It's too quiet, I can't hear it."),
    ("Nhỏ quá, tôi không nghe được.", "It's too quiet, I can't hear it."),
    ("Âm lượng nhỏ quá.", "The volume is too low."),
    ("Âm lượng to quá.", "The volume is too high."),
    ("Tiếng ti vi nhỏ quá.", "The TV is too quiet."),
    ("Tiếng đài to quá.", "The radio is too loud."),
    ("Nhạc nhỏ quá, mẹ tôi không nghe thấy.", "The music is too quiet, my mother can't hear it."),
    # not: "anh", "em" alone (the speaker, or "you"), a plain verb (a habit, or done?), the words at odds, turned on
    # (mt/switches.py), "rung" alone (ringing), "nhỏ quá" alone (too small?), whose phone not known, asked unasked
    ("Vặn to lên nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh vặn to lên được không?", None), ("Em để điện thoại chế độ im lặng rồi.", None),
    ("Tôi để điện thoại ở chế độ im lặng.", None), ("Bạn vặn to lên.", None), ("Vặn to xuống.", None),
    ("Vặn to ti vi to lên.", None), ("Bật đài lên.", None), ("Vặn âm lượng lên.", None),
    ("Điện thoại đang rung.", None), ("Nhỏ quá.", None), ("Ti vi nhỏ quá.", None), ("Cái áo này nhỏ quá.", None),
    ("To quá, tôi không nghe thấy.", None), ("Lan tắt tiếng điện thoại rồi.", None), ("Vặn to lên không?", None),
    ("Tôi sẽ vặn to lên rồi.", None), ("Điện thoại của bạn để chế độ im lặng không?", None),
    ("Bạn tắt tiếng điện thoại nhé?", None), ("Tôi không nghe thấy.", None),
    # without "để" or "ở": whether the phone has a silent mode
    ("Điện thoại của tôi có chế độ im lặng không?", None), ("Điện thoại của bạn có chế độ rung không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bật âm lượng lên.", "Hãy biến mất." (disappear), "Hãy rẽ lên một chút." (turn, on a road), "Bạn có thể bật
    # khối lượng lên được không?" (mass), "Tắt đài xuống.", "Hãy biến người nói lên." (the one speaking)
    ("Turn the volume up.", "Tăng âm lượng lên đi."),
    ("Turn up the volume.", "Tăng âm lượng lên đi."),
    ("Turn it up.", "Vặn to lên đi."),
    ("Turn it up a bit.", "Vặn to lên một chút đi."),
    ("Turn it up, please.", "Làm ơn vặn to lên."),
    ("Can you turn the volume up?", "Bạn có thể tăng âm lượng lên không?"),
    ("Can you turn up the volume?", "Bạn có thể tăng âm lượng lên không?"),
    ("Could you turn it up a bit?", "Bạn vặn to lên một chút được không?"),
    ("Please turn the radio down.", "Làm ơn vặn nhỏ đài xuống."),
    ("Turn the speaker up.", "Vặn to loa lên đi."),
    ("Turn the sound down a little.", "Vặn nhỏ tiếng xuống một chút đi."),
    ("Can I turn it up?", "Tôi vặn to lên được không?"),
    ("Shall I turn it down?", "Tôi vặn nhỏ xuống nhé?"),
    ("Let me turn it up.", "Để tôi vặn to lên."),
    ("Let me put my phone on vibrate.", "Để tôi chuyển điện thoại sang chế độ rung."),  # (not "Để tôi để …")
    # v8: "Điện thoại của tôi đang im lặng." (keeping quiet), "… đang rung chuyển." (shaking), "Điện thoại của bạn có
    # im lặng không?"
    ("My phone is on silent.", "Điện thoại của tôi đang để chế độ im lặng."),
    ("My phone is on vibrate.", "Điện thoại của tôi đang để chế độ rung."),
    ("Is your phone on silent?", "Điện thoại của bạn có để chế độ im lặng không?"),
    ("Her phone is on silent.", "Điện thoại của cô ấy đang để chế độ im lặng."),
    ("My phone isn't on silent.", "Điện thoại của tôi không để chế độ im lặng."),
    ("My phone's still on silent.", "Điện thoại của tôi vẫn đang để chế độ im lặng."),
    # v8: "Tôi đặt điện thoại của tôi xuống im lặng.", "Tôi đã đột biến điện thoại của tôi." (mutated), "Cô ấy đặt
    # điện thoại cho cô ấy biết.", "Đặt điện thoại của bạn im lặng.", "Tắt tivi." (off), "Làm ơn, hãy gọi điện thoại
    # của bạn." (call)
    ("I put my phone on silent.", "Tôi đã để điện thoại ở chế độ im lặng."),
    ("I've put my phone on silent.", "Tôi để điện thoại ở chế độ im lặng rồi."),
    ("I'll put my phone on silent.", "Tôi sẽ để điện thoại ở chế độ im lặng."),
    ("She put her phone on vibrate.", "Cô ấy đã để điện thoại ở chế độ rung."),
    ("She has put her phone on vibrate.", "Cô ấy để điện thoại ở chế độ rung rồi."),
    ("My mother put her phone on silent.", "Mẹ tôi đã để điện thoại ở chế độ im lặng."),
    ("I've muted my phone.", "Tôi tắt tiếng điện thoại rồi."),
    ("He's muted his phone.", "Anh ấy tắt tiếng điện thoại rồi."),
    ("I just muted the TV.", "Tôi vừa tắt tiếng ti vi."),
    ("We've just put our phones on silent.", "Chúng tôi vừa để điện thoại ở chế độ im lặng."),
    ("Put your phone on silent.", "Để điện thoại ở chế độ im lặng đi."),
    ("Please turn your phone to silent.", "Làm ơn để điện thoại ở chế độ im lặng."),
    ("Can you put your phone on silent?", "Bạn có thể để điện thoại ở chế độ im lặng không?"),
    ("Mute your phone, please.", "Làm ơn tắt tiếng điện thoại."),
    ("Mute it.", "Tắt tiếng đi."),
    ("Mute the TV.", "Tắt tiếng ti vi đi."),
    ("Can you mute the TV?", "Bạn có thể tắt tiếng ti vi không?"),
    # v8: "Nó quá yên tĩnh, tôi không thể nghe được nó.", "Khối lượng quá thấp." (mass), "TV quá yên."
    ("It's too quiet, I can't hear it.", "Nhỏ quá, tôi không nghe thấy."),
    ("It's too quiet, we can't hear anything.", "Nhỏ quá, chúng tôi không nghe thấy gì."),
    ("The volume is too low.", "Âm lượng nhỏ quá."),
    ("The volume is too loud.", "Âm lượng to quá."),
    ("The TV is too quiet.", "Tiếng ti vi nhỏ quá."),
    ("The radio is too quiet.", "Tiếng đài nhỏ quá."),
    # not: who and whose at odds, the verb not agreeing, a habit ("mutes"), asked without "?", a phone not of whom
    # it is asked, "It's too quiet." alone (a place?), a thing too low (where it stands?), turned on or off
    ("My mother put his phone on silent.", None), ("I put your phone on silent.", None),
    ("She have muted her phone.", None), ("He mutes his phone.", None), ("I'll muted my phone.", None),
    ("Can you turn it up.", None), ("Put my phone on silent.", None), ("Would I turn it up?", None),
    ("It's too quiet.", None), ("I can't hear it.", None), ("The TV is too low.", None),
    ("It's too loud, I can't hear it.", None), ("Turn the sound off.", None), ("Turn it on.", None),
    ("Turned it up.", None), ("Is your phone on silent.", None), ("Is my phone isn't on silent?", None),
    # the past: "để chế độ im lặng" alone would say it as now
    ("Was your phone on silent?", None), ("My phone wasn't on silent.", None), ("My phone was on silent.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics_are_left():
    assert translate("Vặn to lên.", "vi", "fr") is None
    assert translate("Tôi thích nghe nhạc.", "vi", "en") is None and translate("I like music.", "en", "vi") is None
