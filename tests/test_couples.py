"""Couples: still together or in love, how long together, who broke up with whom, separated, both ways
(mt/couples.py)."""
import pytest

from mt.couples import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do they love?", "Are they still sided?", "Do they love each other?", "They don't have any longer side."
    ("Họ vẫn còn yêu nhau chứ?", "Are they still in love?"),
    ("Họ có còn yêu nhau không?", "Are they still in love?"),
    ("Họ vẫn còn bên nhau không?", "Are they still together?"),
    ("Họ có còn bên nhau không?", "Are they still together?"),
    ("Họ vẫn còn bên nhau à?", "Are they still together?"),
    ("Họ vẫn còn bên nhau.", "They're still together."),
    ("Họ vẫn ở bên nhau.", "They're still together."),
    ("Bố mẹ tôi vẫn còn yêu nhau.", "My parents are still in love."),
    ("Lan và Minh vẫn còn bên nhau.", "Lan and Minh are still together."),
    ("Hai bạn vẫn còn bên nhau chứ?", "Are you two still together?"),
    ("Họ không còn bên nhau nữa.", "They're not together anymore."),
    ("Bố mẹ tôi không còn yêu nhau nữa.", "My parents aren't in love anymore."),
    # v8: "She still loved him?", "Did he love her?"
    ("Cô ấy vẫn còn yêu anh ấy chứ?", "Is she still in love with him?"),
    ("Anh ấy có còn yêu cô ấy không?", "Is he still in love with her?"),
    ("Chị tôi vẫn còn yêu anh ấy.", "My sister is still in love with him."),
    ("Tôi không còn yêu anh ấy nữa.", "I'm not in love with him anymore."),
    # v8: "How long have they been loving each other?", "They've been sided for five years.", "They dating for two
    # years."
    ("Họ yêu nhau bao lâu rồi?", "How long have they been together?"),
    ("Họ đã ở bên nhau bao lâu rồi?", "How long have they been together?"),
    ("Các bạn yêu nhau được bao lâu rồi?", "How long have you been together?"),
    ("Họ đã bên nhau được năm năm.", "They've been together for five years."),
    ("Chúng tôi yêu nhau được ba năm rồi.", "We've been together for three years."),
    ("Họ đã bên nhau từ năm 2015.", "They've been together since 2015."),
    ("Họ hẹn hò được hai năm rồi.", "They've been dating for two years."),
    ("Bố mẹ tôi đã ở bên nhau được vài tháng.", "My parents have been together for a few months."),
    # v8: "She splits her hands.", "I break up.", "Why do they break up?"
    ("Cô ấy chia tay bạn trai.", "She broke up with her boyfriend."),
    ("Họ ly thân rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cô ấy chia tay anh ấy.", None), ("Lan chia tay Minh.", None),  # (said of one not a partner: or a goodbye?)
    ("Anh tôi chia tay bạn gái của anh ấy.", "My brother broke up with his girlfriend."),
    ("Tại sao họ chia tay?", "Why did they break up?"),
    ("Tại sao cô ấy lại chia tay anh ấy?", "Why did she break up with him?"),
    # v8: "My parents are divorced.", "They divorced last year."
    ("Bố mẹ tôi đang ly thân.", "My parents are separated."),
    ("Họ ly thân rồi.", "They've separated."),
    ("Họ ly thân năm ngoái.", "They separated last year."),
    # not: "quen nhau" (known, or dating?), broke up with a tense (mt/dating.py's), married, "tôi" breaking up (done,
    # or being done?), kin as whom (a goodbye), whose boyfriend ("họ", a name), "anh", "chị", "em" alone, "you"
    # said, a span with neither "được" nor "rồi", "không còn" asked, the words and "?" not agreeing, no tense
    ("Họ vẫn còn quen nhau chứ?", None), ("Họ chia tay rồi.", None), ("Cô ấy đã chia tay anh ấy.", None),
    ("Họ cưới nhau được mười năm rồi.", None), ("Tôi chia tay anh ấy.", None), ("Mẹ tôi chia tay bố tôi.", None),
    ("Lan chia tay bạn trai.", None), ("Anh vẫn còn yêu em chứ?", None), ("Các bạn vẫn còn bên nhau.", None),
    ("Họ yêu nhau năm năm.", None), ("Họ không còn bên nhau nữa không?", None), ("Họ vẫn còn bên nhau không.", None),
    ("Họ ly thân.", None), ("Họ ly thân ngày mai.", None), ("Họ yêu nhau bao lâu?", None), ("Anh ấy chia tay.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Họ vẫn có cùng nhau không?", "Họ vẫn còn kết hợp với nhau.", "Họ vẫn còn tình yêu?"
    ("Are they still together?", "Họ có còn bên nhau không?"),
    ("They're still together.", "Họ vẫn còn bên nhau."),
    ("They are still together.", "Họ vẫn còn bên nhau."),
    ("Are they still in love?", "Họ có còn yêu nhau không?"),
    ("They're still in love with each other.", "Họ vẫn còn yêu nhau."),
    ("Are you two still together?", "Hai bạn có còn bên nhau không?"),
    ("Are we still together?", "Chúng ta có còn bên nhau không?"),
    ("My parents are still together.", "Bố mẹ tôi vẫn còn bên nhau."),
    ("Are Lan and Minh still together?", "Lan và Minh có còn bên nhau không?"),
    # v8: "Họ không còn kết hợp nữa.", "Chúng không còn yêu thương nữa."
    ("They're no longer together.", "Họ không còn bên nhau nữa."),
    ("They aren't together anymore.", "Họ không còn bên nhau nữa."),
    ("They're no longer in love.", "Họ không còn yêu nhau nữa."),
    ("My parents aren't together anymore.", "Bố mẹ tôi không còn bên nhau nữa."),
    # v8: "Cô ấy vẫn còn yêu anh ấy?" (no question)
    ("Is she still in love with him?", "Cô ấy có còn yêu anh ấy không?"),
    ("He's still in love with her.", "Anh ấy vẫn còn yêu cô ấy."),
    ("My sister isn't in love with him anymore.", "Em gái tôi không còn yêu anh ấy nữa."),
    # v8: "Họ có phải quay lại với nhau không?" (must)
    ("Are they back together?", "Họ quay lại với nhau rồi à?"),
    ("They're back together.", "Họ quay lại với nhau rồi."),
    # v8: "Họ đã cùng nhau bao lâu rồi?", "Họ đã cùng nhau được 5 năm rồi.", "… trong một vài năm."
    ("How long have they been together?", "Họ đã ở bên nhau bao lâu rồi?"),
    ("How long have you two been together?", "Hai bạn đã ở bên nhau bao lâu rồi?"),
    ("How long have they been dating?", "Họ đã hẹn hò được bao lâu rồi?"),
    ("They've been together for five years.", "Họ đã ở bên nhau được năm năm rồi."),
    ("We've been together for 15 years.", "Chúng tôi đã ở bên nhau được 15 năm rồi."),
    ("They've been together for a few years.", "Họ đã ở bên nhau được vài năm rồi."),
    ("We have been together for a year.", "Chúng tôi đã ở bên nhau được một năm rồi."),
    ("We've been together since 2015.", "Chúng tôi đã ở bên nhau từ năm 2015."),
    ("They've been dating for six months.", "Họ đã hẹn hò được sáu tháng rồi."),
    # v8: "Chúng bị phân biệt.", "Họ định giới vào năm ngoái.", "Họ đã tách biệt."
    ("They're separated.", "Họ đang ly thân."),
    ("My parents separated last year.", "Năm ngoái bố mẹ tôi ly thân."),
    ("They've separated.", "Họ ly thân rồi."),
    # not: broke up, split up (mt/dating.py's), married (mt/family.py's), "is" not agreeing with who, the count not
    # agreeing with the unit, asked without "?", "still" not said, "anymore" with "no longer", a day ahead, one alone
    # in love with no one said, "You two" said to them
    ("She broke up with him.", None), ("They split up.", None), ("We've been married for ten years.", None),
    ("They is still together.", None), ("Is they still together?", None), ("She are still in love with him.", None),
    ("They've been together for five year.", None), ("They've been together for an year.", None),
    ("Are they still together.", None), ("They aren't together.", None),
    ("They're no longer together anymore.", None), ("They separated tomorrow.", None), ("Is he still in love?", None),
    ("How long has they been together?", None), ("You two are still together.", None),
    ("Are they still back together?", None), ("Are they together?", None), ("Is she in love with him?", None),
    ("Are they not together anymore?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
