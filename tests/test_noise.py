"""Noise: someone or somewhere noisy or quiet, making noise, told not to or to be quiet, asked to speak more quietly,
talking too loudly, not sleeping for the noise, both ways (mt/noise.py)."""
import pytest

from mt.noise import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Ồn quá!" → "Oh!", "Con tôi ồn quá." → "My child is too noise.", "Bọn trẻ ồn quá." → "The children are too
    # noise.", "Họ ồn ào quá." → "They noise too."
    ("Ồn quá!", "It's so noisy!"),
    ("Ồn ào quá!", "It's so noisy!"),
    ("Hơi ồn.", "It's a bit noisy."),
    ("Có ồn quá không?", "Is it too noisy?"),
    ("Con tôi ồn quá.", "My child is so noisy."),
    ("Bọn trẻ ồn quá.", "The kids are so noisy."),
    ("Trẻ con ồn quá!", "The kids are so noisy!"),
    ("Các bạn ồn quá.", "You're so noisy."),
    ("Bạn ồn quá.", "You're so noisy."),
    ("Họ ồn ào quá.", "They're so noisy."),
    ("Lan ồn quá.", "Lan is so noisy."),
    ("Bọn trẻ có ồn lắm không?", "Are the kids very noisy?"),
    # v8: "Đường này ồn quá." → "This road is too noise.", "Quán này ồn quá." → "This process is too noise."
    ("Đường này ồn quá.", "This street is so noisy."),
    ("Quán này rất ồn.", "This place is very noisy."),
    ("Quán cà phê này ồn quá.", "This café is so noisy."),
    # v8: "Ở đây yên tĩnh quá." → "It's quiet here." (so lost), "Ở đây có yên tĩnh không?" → "Are there quiet?"
    ("Ở đây yên tĩnh quá.", "It's so quiet here."),
    ("Ở đây có yên tĩnh không?", "Is it quiet here?"),
    ("Khu này yên tĩnh lắm.", "This area is really quiet."),
    # v8: "Lũ trẻ đang làm ồn." → "The children are doing noises.", "Mọi người làm ồn quá." → "People do too noise."
    ("Lũ trẻ đang làm ồn.", "The kids are making noise."),
    ("Bọn trẻ làm ồn quá.", "The kids are making so much noise."),
    ("Mọi người làm ồn quá.", "Everyone is making so much noise."),
    # v8: "Trẻ con đừng làm ồn!" → "Kids don't get noise!", "Đừng làm ồn nữa!" → "Don't get noise!", "Các con đừng làm
    # ồn nữa." → "You don't get noise anymore.", "Đừng nói to quá." → "Don't speak too much."
    ("Trẻ con đừng làm ồn!", "Kids, don't make noise!"),
    ("Đừng làm ồn!", "Don't make noise!"),
    ("Đừng làm ồn nữa!", "Stop making noise!"),
    ("Đừng ồn ào nữa.", "Stop making noise."),
    ("Các con đừng làm ồn nữa.", "Kids, stop making noise."),
    ("Làm ơn đừng làm ồn.", "Please don't make noise."),
    ("Đừng làm ồn quá nhé.", "Don't make so much noise."),
    ("Đừng nói to quá.", "Don't talk too loudly."),
    ("Bạn đừng nói to thế.", "Don't talk so loudly."),
    ("Đừng hét!", "Don't shout!"),
    # v8: "Im lặng!" → "I am quiet!", "Im đi!" → "I go!", "Trật tự!" → "Order!"
    ("Im lặng!", "Be quiet!"),
    ("Im đi!", "Shut up!"),
    ("Trật tự nào!", "Quiet!"),
    # v8: "Bạn nói nhỏ thôi được không?" → "Could you please speak small?", "Bạn nói to quá." → "You say it is too."
    ("Bạn nói nhỏ thôi được không?", "Could you keep your voice down?"),
    ("Các bạn nói khẽ được không?", "Could you keep your voices down?"),
    ("Bạn nói to quá.", "You're talking too loudly."),
    ("Anh ấy đang nói to quá.", "He's talking too loudly."),
    # not: "anh", "em" alone (the speaker or "you"), "ở đây" noisy (mt/neighbours.py's), a room (the phrasebook's),
    # "ồn" with no degree, a person quiet, a place making noise, "nhỉ", "Trật tự." (a heading?), talking loudly
    # without "đang" (now or always?), making noise asked, a reason after a comma, tense unknown
    ("Bạn nói to quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ồn quá.", None), ("Em làm ồn quá.", None), ("Ở đây ồn quá.", None), ("Phòng này ồn quá.", None),
    ("Ồn.", None), ("Bạn yên tĩnh quá.", None), ("Đường này làm ồn quá.", None), ("Ở đây yên tĩnh nhỉ.", None),
    ("Trật tự.", None), ("Anh ấy nói to quá.", None), ("Bọn trẻ có làm ồn không?", None),
    ("Đừng làm ồn, em bé đang ngủ.", None), ("Tiếng ồn làm tôi không ngủ được.", None), ("Đừng hét quá.", None),
    ("Tôi nói to quá.", None), ("Bạn có ồn quá?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "It's too noisy!" → "Nó quá cũng không hài lòng!", "It's so noisy!" → "Thật đáng tiếc!"
    ("It's too noisy!", "Ồn quá!"),
    ("It's so noisy!", "Ồn quá!"),
    ("It's a bit noisy.", "Hơi ồn."),
    ("Is it too noisy?", "Có ồn quá không?"),
    # v8: "My child is so noisy." → "Con tôi rất khó chịu.", "The kids are so noisy." → "Trẻ con rất khó chịu.", "You're
    # so noisy." → "Bạn thật sự không hài lòng.", "They're too loud." → "Họ quá lớn."
    ("My child is so noisy.", "Con tôi ồn quá."),
    ("The kids are so noisy.", "Bọn trẻ ồn quá."),
    ("You're so noisy.", "Bạn ồn quá."),
    ("They're too loud.", "Họ ồn quá."),
    ("Everyone is so noisy.", "Mọi người ồn quá."),
    ("Are the kids too noisy?", "Bọn trẻ có ồn quá không?"),
    # v8: "This street is so noisy." → "Đường phố này không có gìisy.", "This café is too noisy." → "Cém này quá không
    # có gì."
    ("This street is so noisy.", "Con đường này ồn quá."),
    ("This café is too noisy.", "Quán cà phê này ồn quá."),
    ("Is this area quiet?", "Khu này có yên tĩnh không?"),
    # v8: "It's so quiet here." → "Thật yên tĩnh ở đây.", "Is it quiet here?" → "Có yên lặng ở đây không?"
    ("It's so quiet here.", "Ở đây yên tĩnh quá."),
    ("It's very quiet here.", "Ở đây rất yên tĩnh."),
    ("Is it quiet here?", "Ở đây có yên tĩnh không?"),
    # v8: "The children are making a lot of noise." → "Những đứa trẻ đang làm cho nhiều tiếng ồn."
    ("The children are making a lot of noise.", "Bọn trẻ làm ồn quá."),
    ("The kids are making noise.", "Bọn trẻ đang làm ồn."),
    # v8: "Don't make so much noise!" → "Đừng làm nhiễu quá nhiều!", "Stop making noise!" → "Dừng làm nhiễu!"
    ("Don't make so much noise!", "Đừng làm ồn quá!"),
    ("Don't make noise!", "Đừng làm ồn!"),
    ("Stop making noise!", "Đừng làm ồn nữa!"),
    ("Stop making so much noise!", "Đừng làm ồn như thế nữa!"),
    ("Please don't make any noise.", "Làm ơn đừng làm ồn."),
    ("Don't talk so loudly.", "Đừng nói to thế."),
    ("Stop shouting!", "Đừng hét nữa!"),
    # v8: "Quiet, please!" → "Xin vui lòng!"
    ("Quiet, please!", "Làm ơn giữ trật tự!"),
    ("Silence!", "Trật tự!"),
    ("Shut up!", "Im đi!"),
    # v8: "Could you speak more quietly?" → "Bạn nói yên tĩnh hơn không?", "Please speak more quietly." → "Xin vui lòng
    # nói thêm một cách yên tĩnh.", "Can you be a bit quieter?" → "Bạn có thể im lặng được không?"
    ("Could you speak more quietly?", "Bạn có thể nói nhỏ hơn được không?"),
    ("Please speak a bit more quietly.", "Làm ơn nói nhỏ hơn một chút."),
    ("Can you be a bit quieter?", "Bạn có thể bớt ồn một chút được không?"),
    # v8: "He talks too loudly." → "Anh ta đàm phán quá lớn.", "You're talking too loudly." → "Bạn đang nói quá lớn."
    ("You're talking too loudly.", "Bạn nói to quá."),
    ("He talks too loudly.", "Anh ấy nói to quá."),
    ("My father is talking so loudly.", "Bố tôi đang nói to thế."),
    # v8: "I can't sleep for the noise." → "Tôi không ngủ được tiếng ồn.", "The noise kept me awake." → "Tiếng ồn giữ
    # tôi thức giấc."
    ("I can't sleep for the noise.", "Tôi không ngủ được vì tiếng ồn."),
    ("The kids can't sleep for the noise.", "Bọn trẻ không ngủ được vì tiếng ồn."),
    ("The noise kept me awake.", "Tiếng ồn làm tôi không ngủ được."),
    ("The noise kept my mother awake.", "Tiếng ồn làm mẹ tôi không ngủ được."),
    # not: bad agreement, "it" noisy here and "keep it down" (mt/neighbours.py's), a room (the phrasebook's), "it"
    # noisy with no degree, a person quiet (reserved), "Kids, …" (các con, các em?), "Stop making any noise", "be
    # quieter" alone and "Be quiet!" (mt/neighbours.py's), "Please shut up", asked without "?"
    ("The kids is so noisy.", None), ("My child are noisy.", None), ("He talk too loudly.", None),
    ("You is talking too loudly.", None), ("It's too noisy here.", None), ("Keep it down!", None),
    ("This room is too noisy.", None), ("It's noisy.", None), ("You're so quiet.", None),
    ("Kids, don't make so much noise!", None), ("Stop making any noise!", None), ("Could you be quieter?", None),
    ("Please shut up.", None), ("Be quiet!", None), ("Could you speak more quietly.", None),
    ("I'm talking too loudly.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
