"""Air conditioning and fans turned up or down, set, too cold, can't sleep without, had, both ways (mt/air_con.py)."""
import pytest

from mt.air_con import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Reduce the peace down.", "Increased peace a little.", "Increase the heat of peace.", "The small fans are
    # back."
    ("Giảm điều hòa xuống.", "Turn the air conditioning down."),
    ("Giảm điều hòa xuống đi.", "Turn the air conditioning down."),
    ("Tăng điều hòa lên một chút.", "Turn the air conditioning up a bit."),
    ("Tăng nhiệt độ điều hòa lên.", "Turn the temperature up on the air conditioning."),
    ("Giảm nhiệt độ xuống một chút.", "Turn the temperature down a bit."),
    ("Vặn quạt nhỏ lại.", "Turn the fan down."),
    ("Vặn quạt to lên.", "Turn the fan up."),
    ("Đừng giảm điều hòa xuống.", "Don't turn the air conditioning down."),
    ("Giảm điều hòa xuống giúp tôi.", "Could you turn the air conditioning down for me?"),
    # v8: "Could you adjust peaceful?", "Can you reduce the peace?"
    ("Bạn giảm điều hòa xuống được không?", "Could you turn the air conditioning down?"),
    ("Anh giảm điều hòa xuống được không?", "Could you turn the air conditioning down?"),
    ("Bạn có thể tăng nhiệt độ lên không?", "Could you turn the temperature up?"),
    ("Tôi có thể tăng điều hòa lên không?", "Can I turn the air conditioning up?"),
    ("Tôi tăng điều hòa lên nhé?", "Shall I turn the air conditioning up?"),
    ("Để tôi giảm điều hòa xuống.", "Let me turn the air conditioning down."),
    # v8: "To regulate 26 degrees.", "Adjusts the peace to 25 degrees."
    ("Để điều hòa 26 độ.", "Set the air conditioning to 26 degrees."),
    ("Làm ơn để máy lạnh 26 độ nhé.", "Please set the air conditioning to 26 degrees."),
    ("Chỉnh điều hòa xuống 25 độ.", "Turn the air conditioning down to 25 degrees."),
    # v8: "How much is the peace?", "How many degrees do you regulate?", "The peace is leaving 18 degrees."
    ("Điều hòa để bao nhiêu độ?", "What temperature is the air conditioning set to?"),
    ("Điều hòa đang để bao nhiêu độ vậy?", "What temperature is the air conditioning set to?"),
    ("Bạn thường để điều hòa bao nhiêu độ?", "What temperature do you usually set the air conditioning to?"),
    ("Điều hòa đang để 18 độ.", "The air conditioning is set to 18 degrees."),
    ("Mẹ tôi thường để điều hòa 27 độ.", "My mother usually sets the air conditioning to 27 degrees."),
    ("Tôi để điều hòa 26 độ rồi.", "I've set the air conditioning to 26 degrees."),
    # v8: "It's too cold." (of the room), "Air conditioner Cold.", "The peace is not enough cold.", "It's not cool."
    ("Điều hòa lạnh quá.", "The air conditioning is too cold."),
    ("Máy lạnh lạnh quá.", "The air conditioning is too cold."),
    ("Điều hòa hơi lạnh.", "The air conditioning is a bit cold."),
    ("Điều hòa không đủ lạnh.", "The air conditioning isn't cold enough."),
    ("Điều hòa có đủ lạnh không?", "Is the air conditioning cold enough?"),
    ("Điều hòa không mát.", "The air conditioning isn't cooling."),
    ("Quạt mạnh quá.", "The fan is too strong."),
    ("Điều hòa ồn quá.", "The air conditioning is too noisy."),
    # v8: "I can't sleep without peace.", "No peace I couldn't sleep."
    ("Tôi không ngủ được nếu không có điều hòa.", "I can't sleep without the air conditioning."),
    ("Không có điều hòa tôi không ngủ được.", "I can't sleep without the air conditioning."),
    ("Tôi không thể ngủ mà không có điều hòa.", "I can't sleep without the air conditioning."),
    ("Con tôi không ngủ được nếu không bật quạt.", "My child can't sleep without the fan on."),
    # v8: "My home has a drawback.", "Do you have a concert?"
    ("Nhà tôi có điều hòa.", "My house has air conditioning."),
    ("Nhà tôi không có điều hòa.", "My house doesn't have air conditioning."),
    ("Nhà bạn có điều hòa không?", "Does your house have air conditioning?"),
    ("Phòng ngủ của bạn có quạt không?", "Does your bedroom have a fan?"),
    # v8: "Turn on the air conditioning go up, hot.", "It's too, turn on the air conditioner.", "Overwhelmed, down
    # peacefully."
    ("Bật điều hòa lên đi, nóng quá.", "Turn on the air conditioner, it's so hot."),
    ("Nóng quá, bật điều hòa lên đi.", "It's so hot, turn on the air conditioner."),
    ("Tắt quạt đi, lạnh quá.", "Turn off the fan, it's so cold."),
    ("Lạnh quá, giảm điều hòa xuống đi.", "It's so cold, turn the air conditioning down."),
    ("Trong này nóng quá, bạn bật quạt giúp tôi được không?",
     "It's so hot in here, could you turn on the fan for me?"),
    # not: "em" asked (may I, or can you?), "anh" saying it (the speaker?), "không ngủ" (doesn't, or can't?), a plain
    # "để" (then, or every day?), "mát quá" (praise), "quạt lạnh" (an air cooler), "lạnh" alone, way and verb at odds,
    # degrees of a fan, degrees out of range ("by" or "to"?), switches' and temperatures' own, no device in the clause
    ("Quạt mạnh quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Em giảm điều hòa xuống được không?", None), ("Anh không ngủ được nếu không có điều hòa.", None),
    ("Tôi không ngủ nếu không có điều hòa.", None), ("Tôi để điều hòa 26 độ.", None), ("Điều hòa mát quá.", None),
    ("Quạt lạnh quá.", None), ("Điều hòa lạnh.", None), ("Tăng điều hòa xuống.", None), ("Để quạt 26 độ.", None),
    ("Giảm nhiệt độ xuống 10 độ.", None), ("Bật điều hòa lên đi.", None), ("Trong này lạnh quá.", None),
    ("Tắt đèn đi, nóng quá.", None), ("Điều hòa có lạnh không?", None), ("Để điều hòa.", None),
    ("Nóng quá, giảm điều hòa xuống đi.", None),  # (lower the setting: more cooling, not "turn it down")
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hóa điều hòa xuống.", "Hóa điều hòa lên.", "Hãy biến fan hâm mộ xuống." (an admirer)
    ("Turn the air conditioning down.", "Giảm điều hòa xuống."),
    ("Turn the air conditioning up.", "Tăng điều hòa lên."),
    ("Turn down the air conditioning.", "Giảm điều hòa xuống."),
    ("Turn the AC down a bit.", "Giảm điều hòa xuống một chút."),
    ("Turn the fan down, please.", "Làm ơn vặn quạt nhỏ lại."),
    ("Turn up the fan.", "Vặn quạt to lên."),
    ("Turn the temperature up.", "Tăng nhiệt độ lên."),
    ("Turn the temperature up a bit on the air conditioning.", "Tăng nhiệt độ điều hòa lên một chút."),
    ("Turn the air conditioning down to 24 degrees.", "Giảm điều hòa xuống 24 độ."),
    ("Don't turn the air conditioning up.", "Đừng tăng điều hòa lên."),
    ("Let me turn the fan down.", "Để tôi vặn quạt nhỏ lại."),
    # v8: "Bạn có thể chuyển đổi điều hòa xuống không?" (convert)
    ("Can you turn the air conditioning down?", "Bạn có thể giảm điều hòa xuống không?"),
    ("Could you turn the fan up for me?", "Bạn vặn quạt to lên giúp tôi được không?"),
    ("Can I turn the temperature down?", "Tôi có thể giảm nhiệt độ xuống không?"),
    ("Shall I turn the air conditioning up?", "Tôi tăng điều hòa lên nhé?"),
    # v8: "Đặt điều hòa thành 26 độ." (made into), "Đặt cái điều hòa vào ngày 25." (on the 25th)
    ("Set the air conditioning to 26 degrees.", "Để điều hòa 26 độ."),
    ("Put the air conditioning on 25.", "Để điều hòa 25 độ."),
    ("Please set the air con to 24°C.", "Làm ơn để điều hòa 24 độ."),
    ("Can you set the air conditioning to 24?", "Bạn có thể để điều hòa 24 độ không?"),
    # v8: "Nhiệt độ điều hòa được thiết lập là gì?", "Việc điều hòa nhiệt độ là gì?"
    ("What temperature is the air conditioning set to?", "Điều hòa đang để bao nhiêu độ?"),
    ("What temperature is the air conditioning on?", "Điều hòa đang để bao nhiêu độ?"),
    ("What's the air con set to?", "Điều hòa đang để bao nhiêu độ?"),
    ("The air conditioning is set to 18 degrees.", "Điều hòa đang để 18 độ."),
    ("What temperature does your mother set the AC to?", "Mẹ bạn thường để điều hòa bao nhiêu độ?"),
    ("She usually sets the AC to 27.", "Cô ấy thường để điều hòa 27 độ."),
    ("I've set the air con to 26.", "Tôi đã để điều hòa 26 độ rồi."),
    # v8: "Không khí quá mạnh." (the air), "Máy điều hòa không đủ lạnh."
    ("The air conditioning is too cold.", "Điều hòa lạnh quá."),
    ("The air conditioning is a bit cold.", "Điều hòa hơi lạnh."),
    ("The air con is too strong.", "Điều hòa mạnh quá."),
    ("The air conditioning isn't cold enough.", "Điều hòa không đủ lạnh."),
    ("Is the AC cold enough?", "Điều hòa có đủ lạnh không?"),
    ("The air conditioning isn't cooling.", "Điều hòa không mát."),
    ("The fan is too noisy.", "Quạt ồn quá."),
    # v8: "Tôi không ngủ được mà không cần điều hòa." (without needing)
    ("I can't sleep without the air conditioning.", "Tôi không ngủ được nếu không có điều hòa."),
    ("I can't sleep without air conditioning.", "Tôi không ngủ được nếu không có điều hòa."),
    ("My son can't sleep without a fan.", "Con trai tôi không ngủ được nếu không có quạt."),
    ("She can't sleep without the fan on.", "Cô ấy không ngủ được nếu không bật quạt."),
    ("My house has air conditioning.", "Nhà tôi có điều hòa."),
    ("Our flat doesn't have air conditioning.", "Căn hộ của chúng tôi không có điều hòa."),
    ("Does your bedroom have a fan?", "Phòng ngủ của bạn có quạt không?"),
    ("Is there air conditioning in the room?", "Trong phòng có điều hòa không?"),
    ("There's no air conditioning in my room.", "Phòng tôi không có điều hòa."),
    # v8: "Bật điều hòa, trời nóng quá.", "Trời rét, bật điều hòa xuống." (turned on, down)
    ("Turn on the air conditioning, it's so hot.", "Bật điều hòa lên, nóng quá."),
    ("It's so hot, turn on the air conditioning.", "Nóng quá, bật điều hòa lên."),
    ("It's freezing, turn the air conditioning down.", "Lạnh quá, giảm điều hòa xuống."),
    ("It's a bit cold in here, turn the fan off.", "Trong này hơi lạnh, tắt quạt đi."),
    # not: up and down, degrees of a fan, a fan cold, "do she", "she usually set", "I set" (then, or every day?), "what
    # do I set" (should I?), "hot" without how much, switches' and temperatures' own, "an fan", a plain "cold"
    ("Turn the air conditioning up down.", None), ("Set the fan to 26.", None), ("The fan is too cold.", None),
    ("What temperature do she set the AC to?", None), ("She usually set the AC to 27.", None),
    ("I set the air conditioning to 26 degrees.", None), ("What temperature do I set the AC to?", None),
    ("It's hot, turn on the fan.", None), ("Turn on the air conditioning.", None), ("It's too cold in here.", None),
    ("Is there an fan in my room?", None), ("The air conditioning is cold.", None),
    ("Turn the temperature up on the fan.", None),
    ("It's too hot, turn the air conditioning down.", None),
    ("Shall we turn the air conditioning down?", "Chúng ta giảm điều hòa xuống nhé?"),  # (we with you)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
