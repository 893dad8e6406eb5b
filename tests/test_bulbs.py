"""Light bulbs and lamps: a bulb gone, a lamp not working, a light flickering, too dim or too bright, the bulb changed,
a new one needed, an LED bulb, both ways (mt/bulbs.py)."""
import pytest

from mt.bulbs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The lights were fired.", "The lights in the kitchen burn.", "The light shadow is broken."
    ("Bóng đèn bị cháy rồi.", "The light bulb has blown."),
    ("Bóng đèn cháy rồi.", "The light bulb has blown."),
    ("Bóng đèn trong bếp cháy rồi.", "The light bulb in the kitchen has blown."),
    ("Bóng đèn phòng tắm cháy rồi.", "The light bulb in the bathroom has blown."),
    ("Bóng đèn phòng tôi lại cháy rồi.", "The light bulb in my room has blown again."),
    ("Bóng đèn đã lại cháy rồi.", "The light bulb has blown again."),
    ("Bóng đèn bị hỏng.", "The light bulb has gone."),
    ("Bóng đèn trong phòng ngủ bị hỏng rồi.", "The light bulb in the bedroom has gone."),
    ("Bóng đèn có bị cháy không?", "Has the light bulb blown?"),
    # v8: "My table overwhelmed.", "The overwhelm is not enabled.", "Override the table not light."
    ("Đèn bàn của tôi bị hỏng.", "My desk lamp is broken."),
    ("Đèn bàn không bật được.", "The desk lamp won't turn on."),
    ("Đèn bàn không sáng.", "The desk lamp isn't working."),
    ("Bóng đèn không sáng nữa.", "The light bulb has stopped working."),
    # v8: "Overrides Flash.", "Overwhelmed in the kitchen.", "The overheating was waiting.", "Flashs continue."
    ("Đèn cứ nhấp nháy.", "The light keeps flickering."),
    ("Đèn trong bếp cứ nhấp nháy.", "The light in the kitchen keeps flickering."),
    ("Đèn chập chờn.", "The light is flickering."),
    ("Đèn nhấp nháy liên tục.", "The light keeps flickering."),
    # v8: "The lights are faded.", "Overlay.", "The lightweight is too bright.", "The dark power is too."
    ("Bóng đèn mờ quá.", "The light bulb is too dim."),
    ("Đèn mờ quá.", "The light is too dim."),
    ("Đèn sáng quá.", "The light is too bright."),
    ("Bóng đèn này sáng quá.", "This light bulb is too bright."),
    ("Đèn này hơi tối.", "This light is a bit dim."),
    # v8: "Can you replace the lights that help me?", "I have just replaced the light.", "I'm changing the light."
    ("Bạn có thể thay bóng đèn không?", "Can you change the light bulb?"),
    ("Anh thay bóng đèn giúp em được không?", "Can you change the light bulb for me?"),
    ("Tôi thay bóng đèn được không?", "Can I change the light bulb?"),
    ("Tôi vừa thay bóng đèn.", "I've just changed the light bulb."),
    ("Tôi đã thay bóng đèn rồi.", "I've changed the light bulb."),
    ("Tôi đã thay bóng đèn.", "I changed the light bulb."),
    ("Bố tôi đang thay bóng đèn.", "My father is changing the light bulb."),
    ("Mẹ tôi sẽ thay bóng đèn trong bếp.", "My mother will change the light bulb in the kitchen."),
    ("Tôi chưa thay bóng đèn.", "I haven't changed the light bulb yet."),
    ("Bạn đã thay bóng đèn chưa?", "Have you changed the light bulb?"),
    ("Anh ấy phải thay bóng đèn.", "He has to change the light bulb."),
    # v8: "The light shadow is required.", "We need a new light.", "Out of the light.", "This is the LED ball."
    ("Cần thay bóng đèn.", "The light bulb needs changing."),
    ("Bóng đèn trong bếp cần được thay rồi.", "The light bulb in the kitchen needs changing."),
    ("Chúng ta cần một cái bóng đèn mới.", "We need a new light bulb."),
    ("Tôi cần mua bóng đèn mới.", "I need to buy a new light bulb."),
    ("Mẹ tôi cần mua một bóng LED.", "My mother needs to buy an LED bulb."),
    ("Hết bóng đèn rồi.", "We're out of light bulbs."),
    ("Đây là bóng LED.", "This is an LED bulb."),
    ("Đây có phải là bóng đèn LED không?", "Is this an LED bulb?"),
    # not: "đèn" alone cháy (a fire?) or not lighting (mt/broken.py's), a bulb burning, "nhấp nháy" alone or "đang"
    # (flashing), "sáng" alone (on), a plain verb (now, or a habit), "em" asking (may I?), how many not said, a light
    # turned off (mt/switches.py's), a bulb someone's, asked without "không"
    ("Đèn mờ quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Đèn cháy rồi.", None), ("Đèn không sáng.", None), ("Bóng đèn cháy.", None), ("Đèn nhấp nháy.", None),
    ("Đèn đang nhấp nháy.", None), ("Đèn sáng.", None), ("Tôi thay bóng đèn.", None),
    ("Em thay bóng đèn được không?", None), ("Anh thay bóng đèn rồi.", None), ("Tôi cần mua bóng đèn.", None),
    ("Tắt đèn đi.", None), ("Bóng đèn của tôi bị cháy rồi.", None), ("Bạn có thể thay bóng đèn?", None),
    ("Đèn bàn bị cháy rồi.", None),
    # nor asked without "bị" or "đã" (does it burn?), an animal changing it, "lại đã" (said "đã lại")
    ("Bóng đèn có cháy không?", None), ("Bóng đèn có hỏng không?", None),
    ("Con chó của tôi đã thay bóng đèn.", None), ("Bóng đèn lại đã cháy rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Món bulb đã đi.", "Mụn tắm trong phòng tắm đã đi." (a pimple), "Mụn đèn này đã thổi phồng."
    ("The bulb has gone.", "Bóng đèn hỏng rồi."),
    ("The light bulb has blown.", "Bóng đèn cháy rồi."),
    ("The bulb in the bathroom has gone.", "Bóng đèn trong phòng tắm hỏng rồi."),
    ("The kitchen light bulb has blown.", "Bóng đèn trong bếp cháy rồi."),
    ("The bulb in my bedroom has blown.", "Bóng đèn trong phòng ngủ của tôi cháy rồi."),
    ("The bulb's gone again.", "Bóng đèn lại hỏng rồi."),
    ("The bulb has burnt out.", "Bóng đèn cháy rồi."),
    # v8: "G lam trượt của tôi không hoạt động."
    ("The desk lamp won't turn on.", "Đèn bàn không bật được."),
    ("My desk lamp doesn't work.", "Đèn bàn của tôi không hoạt động."),
    ("My desk lamp is broken.", "Đèn bàn của tôi bị hỏng."),
    ("The bulb has stopped working.", "Bóng đèn không sáng nữa."),
    # v8: "Ánh sáng giữ cho ánh sáng rực rỡ.", "Những ánh sáng rực rỡ."
    ("The light keeps flickering.", "Đèn cứ nhấp nháy."),
    ("The light in the kitchen keeps flickering.", "Đèn trong bếp cứ nhấp nháy."),
    ("The lights are flickering.", "Đèn đang chập chờn."),
    # v8: "Món bulb quá mờ.", "Ánh sáng quá nóng." (hot)
    ("The bulb is too dim.", "Bóng đèn mờ quá."),
    ("This bulb is too bright.", "Bóng đèn này sáng quá."),
    ("The light in the bathroom is too dim.", "Đèn trong phòng tắm mờ quá."),
    ("This lamp is a bit bright.", "Đèn này hơi sáng."),
    # v8: "Bạn có thể thay đổi bulb ánh sáng không?", "Bố tôi đang thay đổi cái bulb.", "Ai đã thay đổi cái bulb?"
    ("Can you change the light bulb?", "Bạn có thể thay bóng đèn không?"),
    ("Could you change the bulb for me?", "Bạn có thể thay bóng đèn giúp tôi không?"),
    ("Can I change the bulb?", "Tôi thay bóng đèn được không?"),
    ("I've just changed the bulb.", "Tôi vừa thay bóng đèn."),
    ("I changed the light bulb.", "Tôi đã thay bóng đèn."),
    ("My dad is changing the bulb.", "Bố tôi đang thay bóng đèn."),
    ("She's changed the bulb.", "Cô ấy đã thay bóng đèn rồi."),
    ("I haven't changed the bulb yet.", "Tôi chưa thay bóng đèn."),
    ("She has to replace the bulb.", "Cô ấy phải thay bóng đèn."),
    ("I will change the bulb in the bathroom.", "Tôi sẽ thay bóng đèn trong phòng tắm."),
    ("Have you changed the bulb yet?", "Bạn đã thay bóng đèn chưa?"),
    ("Did your dad change the bulb?", "Bố bạn đã thay bóng đèn chưa?"),
    # v8: "Chúng ta cần một cái bulb sáng mới.", "Chúng tôi ra khỏi những cái bulbs.", "Đó là một bulb LED."
    ("We need a new light bulb.", "Chúng tôi cần một bóng đèn mới."),
    ("I need to buy a new bulb.", "Tôi cần mua một bóng đèn mới."),
    ("I want to buy an LED bulb.", "Tôi muốn mua một bóng đèn LED."),
    ("We need new bulbs.", "Chúng tôi cần bóng đèn mới."),
    ("We're out of light bulbs.", "Hết bóng đèn rồi."),
    ("It's an LED bulb.", "Đó là bóng đèn LED."),
    ("Is this an LED bulb?", "Đây có phải là bóng đèn LED không?"),
    # not: the lamp and the light broken (mt/broken.py's), a light blown, "the light" alone dim (daylight?), a bulb
    # broken (shattered?), "my bulb"; "is", "keeps", "has", "needs" not agreeing, "did … changed", "a" or "an" wrong,
    # "for me" of oneself
    ("The lamp is broken.", None), ("The lamp doesn't turn on.", None), ("The light has blown.", None),
    ("The light is too dim.", None), ("The bulb is broken.", None), ("My bulb has blown.", None),
    ("The lights keeps flickering.", None), ("The lights is too bright.", None),
    ("My dad are changing the bulb.", None), ("She have to replace the bulb.", None),
    ("Did you changed the bulb?", None), ("Has you changed the bulb?", None), ("She need a new bulb.", None),
    ("I want to buy a LED bulb.", None), ("We need a new bulbs.", None), ("Can I change the bulb for me?", None),
    ("Turn off the light.", None), ("My dog changed the bulb.", None),  # (an animal, as vi→en leaves it)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bóng đèn cháy rồi.", "en", "vi") is None
    assert translate("The bulb has blown.", "vi", "en") is None
    assert translate("The bulb has blown.", "en", "fr") is None
