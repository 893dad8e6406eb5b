"""Turning things on and off, and the sound up: told, asked of someone, done, asked, left on, on or off now, both
ways (mt/switches.py)."""
import pytest

from mt.switches import translate


@pytest.mark.parametrize("text, said", [
    # v8 (with every current rule): "Enable the sector up.", "Turn on the air conditioning up for me.", "Turn off the
    # air conditioning Go.", "Turn on the TV up.", "Turn on the heat of the fire."
    ("Tắt đèn đi.", "Turn off the light."),
    ("Bật quạt lên.", "Turn on the fan."),
    ("Tắt điều hòa đi.", "Turn off the air conditioner."),
    ("Bật tivi lên.", "Turn on the TV."),
    ("Bật lò sưởi lên.", "Turn on the heater."),
    ("Làm ơn tắt đèn.", "Please turn off the light."),
    ("Tắt đèn phòng khách đi.", "Turn off the living room light."),
    ("Bật cái quạt này lên.", "Turn on this fan."),
    ("Tắt máy tính của bạn đi.", "Turn off your computer."),
    ("Vặn to tiếng tivi lên.", "Turn the TV up."),  # v8: "Turn TV up."
    ("Bật điều hòa lên giúp tôi.", "Could you turn on the air conditioner for me?"),
    ("Tắt đèn giúp tôi nhé.", "Could you turn off the light for me?"),
    ("Đừng quên tắt đèn.", "Don't forget to turn off the light."),  # v8: "Don't forget the light."
    ("Đừng tắt đèn.", "Don't turn off the light."),
    ("Nhớ tắt đèn nhé.", "Remember to turn off the light."),
    # v8: "Could you enable the sector?", "Can you enable fans?", "Can you disable the light?"
    ("Anh bật quạt được không?", "Could you turn on the fan?"),
    ("Bạn có thể bật quạt không?", "Could you turn on the fan?"),
    ("Bạn có thể tắt đèn không?", "Could you turn off the light?"),
    ("Bạn bật quạt giúp tôi được không?", "Could you turn on the fan for me?"),
    ("Bạn có thể giúp tôi tắt đèn không?", "Could you turn off the light for me?"),
    ("Tôi có thể bật quạt không?", "Can I turn on the fan?"),  # v8: "Can I turn up the fan?"
    ("Tôi bật quạt nhé?", "Shall I turn on the fan?"),  # v8: "Should I turn a fan?"
    ("Để tôi tắt đèn.", "Let me turn off the light."),
    # v8: "I'm getting off the light.", "I turned the light.", "Do you turn off the computer?", "Who turns on the
    # light?"
    ("Tôi đã tắt đèn rồi.", "I've turned off the light."),
    ("Tôi tắt đèn rồi.", "I've turned off the light."),
    ("Mẹ tôi đã tắt tivi.", "My mother turned off the TV."),
    ("Bác Hùng vừa bật quạt.", "Uncle Hung has just turned on the fan."),
    ("Mẹ tôi sẽ tắt tivi.", "My mother will turn off the TV."),
    ("Chúng tôi chưa bật điều hòa.", "We haven't turned on the air conditioner yet."),
    ("Tôi quên tắt đèn.", "I forgot to turn off the light."),
    ("Bạn tắt máy tính chưa?", "Have you turned off the computer?"),
    ("Bạn đã tắt điều hòa chưa?", "Have you turned off the air conditioner?"),
    ("Ai bật đèn vậy?", "Who turned on the light?"),
    ("Ai tắt tivi vậy?", "Who turned off the TV?"),
    # v8: "You let the lights.", "The overwhelm is still on.", "Is the overwhelming?", "Tivi is on."
    ("Bạn để đèn sáng.", "You left the light on."),
    ("Ai để tivi bật cả đêm vậy?", "Who left the TV on all night?"),
    ("Đèn vẫn còn bật.", "The light is still on."),
    ("Đèn phòng tắm vẫn còn sáng.", "The bathroom light is still on."),
    ("Tivi đang bật.", "The TV is on."),
    ("Đèn có đang bật không?", "Is the light on?"),
    # not: a plain verb said (a habit, or done), "anh" saying it (may be the speaker), "có … không" (do or did),
    # "em" asking (may I, or can you), someone else asked of, "tắt … lên", the light on or off without "đang",
    # "sáng" of a TV, the music turned down (mt/neighbours.py's), a thing that will not turn on (mt/broken.py's),
    # "tắt máy" (hung up), temperature, "Tôi bật quạt nhé." (I will, or shall I?)
    ("Tắt đèn đi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi tắt đèn.", None), ("Anh tắt đèn rồi.", None), ("Bạn có tắt đèn không?", None),
    ("Em bật quạt được không?", None), ("Anh ấy bật quạt được không?", None), ("Tắt đèn lên.", None),
    ("Đèn tắt.", None), ("Bạn để tivi sáng.", None), ("Vặn nhỏ nhạc đi.", None), ("Quạt không bật được.", None),
    ("Tắt máy đi.", None), ("Giảm điều hòa xuống.", None), ("Tôi bật quạt nhé.", None), ("Anh để đèn sáng.", None),
    ("Hàng xóm bật nhạc to quá.", None), ("Bạn bật quạt không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("Can you turn off the air conditioner?", "Bạn có thể tắt máy điều hòa không?"),  # (the terms' word)
    # v8: "Hãy tắt đèn, vui lòng.", "Bật người hâm mộ." (fan: an admirer), "Hãy biến tivi lên." (turn into)
    ("Turn off the light.", "Tắt đèn đi."),
    ("Turn off the lights, please.", "Làm ơn tắt đèn."),
    ("Please turn off the lights.", "Làm ơn tắt đèn."),
    ("Turn on the fan.", "Bật quạt lên."),
    ("Switch off the lights.", "Tắt đèn đi."),
    ("Turn the bedroom light off.", "Tắt đèn phòng ngủ đi."),
    ("Turn off the light in the kitchen.", "Tắt đèn bếp đi."),
    ("Turn on the fan for me.", "Bật quạt lên giúp tôi."),
    ("Turn the TV up.", "Vặn to tiếng tivi lên."),
    ("Turn up the music.", "Vặn to nhạc lên."),  # v8: "Hãy bật âm nhạc."
    ("Don't forget to turn off the lights.", "Đừng quên tắt đèn."),
    ("Remember to turn off the lights.", "Nhớ tắt đèn nhé."),
    # v8: "Bạn có thể bật người hâm mộ không?", "Bạn tắt tivi không?", "Tôi bật lên fan hâm mộ?"
    ("Can you turn on the fan?", "Bạn có thể bật quạt không?"),
    ("Could you turn off the TV?", "Bạn có thể tắt tivi không?"),
    ("Could you turn off the light for me?", "Bạn có thể tắt đèn giúp tôi không?"),
    ("Can I turn on the fan?", "Tôi bật quạt được không?"),
    ("Shall I turn on the fan?", "Tôi bật quạt nhé?"),
    ("Shall we turn off the lights?", "Chúng ta tắt đèn nhé?"),
    # v8: "Cô bé ngoảnh mặt trên radio." (turned her face), "Bạn có tắt AC không?"
    ("She turned on the radio.", "Cô ấy đã bật radio."),
    ("I turned off the lights.", "Tôi đã tắt đèn."),
    ("I've turned off the lights.", "Tôi đã tắt đèn rồi."),
    ("My mother has turned off the TV.", "Mẹ tôi đã tắt tivi rồi."),
    ("Lan just turned off the fan.", "Lan vừa tắt quạt."),
    ("I'll turn the light off.", "Tôi sẽ tắt đèn."),
    ("We haven't turned on the heater yet.", "Chúng tôi chưa bật máy sưởi."),
    ("He forgot to turn off the fan.", "Anh ấy quên tắt quạt."),
    ("Did you turn off the AC?", "Bạn đã tắt điều hòa chưa?"),
    ("Has he turned off the computer?", "Anh ấy đã tắt máy tính chưa?"),
    ("Who turned on the light?", "Ai bật đèn vậy?"),
    # v8: "Bạn đã rời khỏi ánh sáng." (gone away from the light), "Ánh sáng vẫn còn tiếp tục.", "Cái đèn có phải
    # không?"
    ("You left the light on.", "Bạn để đèn sáng."),
    ("Who left the TV on all night?", "Ai để tivi bật cả đêm vậy?"),
    ("The light is still on.", "Đèn vẫn còn sáng."),
    ("The TV is on.", "Tivi đang bật."),
    ("Is the light on?", "Đèn có đang sáng không?"),
    ("Are the lights still on?", "Đèn có còn sáng không?"),
    # not: a plain verb (a habit), turning left, someone else asked of, "for me" after "don't", the heater turned up,
    # bad agreement ("She have", "I has", "Did you turned", "The lights is", "She've", "this lights"), "these",
    # a room with whose, "on" twice, the music turned down (mt/neighbours.py's), a thing not working (mt/broken.py's)
    ("I turn off the light.", None), ("Turn left at the lights.", None), ("Could he turn on the fan?", None),
    ("Don't forget to turn off the lights for me.", None), ("Turn up the heater.", None),
    ("She have turned off the TV.", None), ("I has turned off the TV.", None), ("Did you turned off the light?", None),
    ("The lights is on.", None), ("She've left the TV on.", None), ("Turn off this lights.", None),
    ("These lights are on.", None), ("My kitchen light is on.", None), ("Turn on on the light.", None),
    ("Turn the music down.", None), ("The TV won't turn on.", None), ("The light is on the table.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
