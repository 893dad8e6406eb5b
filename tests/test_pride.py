"""Being proud of someone or happy for them, both ways (mt/pride.py)."""
import pytest

from mt.pride import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm glad you too.", "I'm glad to you.", "I'm really glad to you.", "We're glad to you.", "I'm glad you."
    ("Tôi mừng cho bạn quá.", "I'm so happy for you."),
    ("Tôi rất mừng cho bạn.", "I'm very happy for you."),
    ("Tôi thật sự mừng cho bạn.", "I'm really happy for you."),
    ("Mình mừng cho bạn lắm!", "I'm so happy for you!"),
    ("Mừng cho bạn quá!", "I'm so happy for you!"),
    ("Chúng tôi rất mừng cho bạn.", "We're very happy for you."),
    ("Tôi rất vui cho bạn.", "I'm very happy for you."),
    ("Tôi vui mừng cho bạn.", "I'm happy for you."),
    # v8: "My mother was very celebrating to my sister.", "They are very celebrating for us."
    ("Mẹ tôi rất mừng cho chị tôi.", "My mother is very happy for my sister."),
    ("Họ rất mừng cho chúng tôi.", "They're very happy for us."),
    ("Cô ấy mừng cho anh ấy.", "She's happy for him."),
    # v8: "I'm proud of you." (the "so" of "lắm" lost)
    ("Tôi rất tự hào về bạn.", "I'm very proud of you."),
    ("Tôi tự hào về bạn lắm.", "I'm so proud of you."),
    ("Tự hào về bạn lắm!", "I'm so proud of you!"),
    # v8: "My mother was very proud of me.", "My father was proud of my sister." (the past, "very" lost)
    ("Mẹ tôi rất tự hào về tôi.", "My mother is very proud of me."),
    ("Bố tôi rất tự hào về em gái tôi.", "My father is very proud of my sister."),
    ("Cô ấy tự hào về con trai mình.", "She's proud of her son."),
    ("Anh ấy rất tự hào về con gái của mình.", "He's very proud of his daughter."),
    ("Bố tôi tự hào về con trai mình.", "My father is proud of his son."),
    ("Họ rất tự hào về con gái họ.", "They're very proud of their daughter."),
    ("Lan rất tự hào về mẹ cô ấy.", "Lan is very proud of her mother."),
    ("Bác Hùng rất tự hào về Lan.", "Uncle Hung is very proud of Lan."),
    # v8: "We all are proud of you."
    ("Chúng tôi đều tự hào về bạn.", "We're all proud of you."),
    ("Tất cả chúng tôi đều rất tự hào về bạn.", "We're all very proud of you."),
    ("Tất cả mọi người đều tự hào về bạn.", "Everyone is proud of you."),
    ("Bạn nên tự hào về bản thân mình.", "You should be proud of yourself."),
    ("Bạn nên tự hào về chính mình.", "You should be proud of yourself."),
    ("Chúng ta nên tự hào về bản thân.", "We should be proud of ourselves."),
    ("Tôi tự hào về bản thân mình.", "I'm proud of myself."),
    ("Tôi không tự hào về anh ấy.", "I'm not proud of him."),
    # v8: "Do you proud of your son?", "Will your mother be proud of you?"
    ("Bạn có tự hào về con trai bạn không?", "Are you proud of your son?"),
    ("Mẹ bạn có tự hào về bạn không ạ?", "Is your mother proud of you?"),
    ("Bạn tự hào về tôi không?", "Are you proud of me?"),
    # not: "con", "mẹ", "anh", "em" alone (the speaker, or the one spoken to: v8 writes these well), proud to be, of a
    # thing, a name's own self ("himself" or "herself"?), "mình" alone, who again, how one feels alone
    # (mt/feelings.py), congratulations (mt/wishes.py, the phrasebook), "rất" and "lắm" both, not happy for, asked
    # without "không", "đều" of one, "Am I …?", "cũng", parents (not one of mt.hobbies.WHO), "vui cho bạn biết" (to
    # let you know)
    ("Tôi rất vui cho bạn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi rất tự hào về con.", None), ("Mẹ rất tự hào về bạn.", None), ("Anh rất tự hào về em.", None),
    ("Tôi tự hào là người Việt Nam.", None), ("Tôi không tự hào về điều đó.", None),
    ("Lan tự hào về bản thân mình.", None), ("Cô ấy tự hào về mình.", None), ("Tôi tự hào về tôi.", None),
    ("Tôi rất vui.", None), ("Chúc mừng bạn!", None), ("Tôi rất mừng cho bạn lắm.", None),
    ("Tôi không mừng cho bạn.", None), ("Bạn có tự hào về tôi?", None), ("Tôi đều tự hào về bạn.", None),
    ("Tôi có tự hào về bạn không?", None), ("Tôi cũng rất tự hào về bạn.", None),
    ("Bố mẹ tôi rất tự hào về tôi.", None), ("Tôi rất vui cho bạn biết.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi rất vui đối với bạn.", "Chúng tôi rất vui đối với bạn." (towards you)
    ("I'm so happy for you.", "Tôi mừng cho bạn quá."),
    ("I'm really happy for you.", "Tôi thật sự mừng cho bạn."),
    ("I'm very happy for you.", "Tôi rất mừng cho bạn."),
    ("We're so happy for you!", "Chúng tôi mừng cho bạn quá!"),
    ("So happy for you!", "Mừng cho bạn quá!"),
    ("She's happy for him.", "Cô ấy mừng cho anh ấy."),
    ("They're really happy for us.", "Họ thật sự mừng cho chúng tôi."),
    ("My mother is glad for my sister.", "Mẹ tôi mừng cho em gái tôi."),
    ("I'm proud of you.", "Tôi tự hào về bạn."),
    ("I'm so proud of you.", "Tôi tự hào về bạn lắm."),
    ("So proud of you!", "Tự hào về bạn lắm!"),
    ("My mother is very proud of me.", "Mẹ tôi rất tự hào về tôi."),
    # v8: "Cô ấy tự hào về đứa con trai của mình.", "Anh ta tự hào về đứa con gái của mình.", "Lan được tự hào về mẹ
    # cô ấy." (is made proud), "Họ rất tự hào về con gái của mình." (very)
    ("She's proud of her son.", "Cô ấy tự hào về con trai mình."),
    ("He's proud of his daughter.", "Anh ấy tự hào về con gái mình."),
    ("My father is proud of his son.", "Bố tôi tự hào về con trai mình."),
    ("Lan is proud of her mother.", "Lan tự hào về mẹ mình."),
    ("They're proud of their daughter.", "Họ tự hào về con gái mình."),
    ("I'm proud of my son.", "Tôi tự hào về con trai tôi."),
    ("He's proud of her son.", "Anh ấy tự hào về con trai cô ấy."),
    ("We're all proud of you.", "Chúng tôi đều tự hào về bạn."),
    ("We are all very proud of you.", "Chúng tôi đều rất tự hào về bạn."),
    ("Everyone is proud of you.", "Mọi người đều tự hào về bạn."),
    # v8: "Anh ta nên tự hào về mình.", "Chúng ta nên tự hào về mình."
    ("You should be proud of yourself.", "Bạn nên tự hào về bản thân mình."),
    ("He should be proud of himself.", "Anh ấy nên tự hào về bản thân mình."),
    ("We should be proud of ourselves.", "Chúng ta nên tự hào về bản thân mình."),
    ("I'm proud of myself.", "Tôi tự hào về bản thân mình."),
    ("Are you proud of your son?", "Bạn có tự hào về con trai bạn không?"),
    ("Is your mother proud of you?", "Mẹ bạn có tự hào về bạn không?"),
    ("Is she proud of her daughter?", "Cô ấy có tự hào về con gái mình không?"),
    ("I'm not proud of him.", "Tôi không tự hào về anh ấy."),
    # not: "is", "are" or oneself not agreeing, who again, not happy for, proud of a thing or to be, parents, the
    # past, "too", "all" of one, a title and a name as who, how one feels alone, congratulations (the phrasebook)
    ("She are proud of you.", None), ("I is proud of you.", None), ("Are she proud of you?", None),
    ("He is proud of herself.", None), ("I'm proud of me.", None), ("I'm not happy for you.", None),
    ("I'm proud of it.", None), ("I'm proud to be Vietnamese.", None), ("My parents are very proud of me.", None),
    ("I was proud of you.", None), ("I'm proud of you too.", None), ("She's all proud of you.", None),
    ("You should all be proud.", None), ("Are you so proud of me?", None),
    ("Uncle Hung is very proud of Lan.", None), ("I'm happy.", None), ("Congratulations!", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi rất tự hào về bạn.", "en", "vi") is None
    assert translate("I'm proud of you.", "vi", "en") is None
    assert translate("I'm proud of you.", "en", "fr") is None
