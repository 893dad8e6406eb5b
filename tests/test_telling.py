"""Telling and keeping secrets: don't tell anyone, I won't tell, who told you, it's a secret, keeping one, promising
not to tell, she told me everything, both ways (mt/telling.py)."""
import pytest

from mt.telling import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Don't tell someone.", "I'm not told anyone.", "I'm not telling anyone.", "Who did you tell?"
    ("Đừng nói với ai nhé.", "Don't tell anyone."),
    ("Đừng kể với ai nhé.", "Don't tell anyone."),
    ("Đừng kể cho ai nghe nhé.", "Don't tell anyone."),
    ("Làm ơn đừng nói với ai.", "Please don't tell anyone."),
    ("Đừng nói với mẹ tôi nhé.", "Don't tell my mother."),
    ("Tôi sẽ không nói với ai đâu.", "I won't tell anyone."),
    ("Tôi không nói với ai đâu.", "I won't tell anyone."),
    ("Mẹ tôi sẽ không kể cho ai biết.", "My mother won't tell anyone."),
    ("Tôi chưa nói với ai cả.", "I haven't told anyone."),
    ("Cô ấy chưa kể với ai.", "She hasn't told anyone."),
    ("Tôi đã không nói với ai.", "I didn't tell anyone."),
    ("Bạn đã nói với ai chưa?", "Have you told anyone?"),
    ("Anh ấy có nói với ai chưa?", "Has he told anyone?"),
    ("Bạn sẽ không nói với ai chứ?", "You won't tell anyone, will you?"),
    # v8: "Who's told you?"
    ("Ai đã nói với bạn?", "Who told you?"),
    ("Ai nói với bạn vậy?", "Who told you that?"),
    ("Ai kể cho bạn nghe chuyện này?", "Who told you this?"),
    ("Ai nói với mẹ tôi vậy?", "Who told my mother that?"),
    ("Đó là bí mật.", "It's a secret."),
    ("Chuyện này là bí mật.", "This is a secret."),
    ("Đó là bí mật của chúng ta.", "It's our secret."),
    ("Đó không phải là bí mật.", "It's not a secret."),
    ("Đó có phải là bí mật không?", "Is it a secret?"),
    # v8: "Do you keep secrets?", "She could not keep secrets.", "He didn't know to keep secrets.", "Keep secrets."
    ("Bạn có giữ bí mật được không?", "Can you keep a secret?"),
    ("Bạn có thể giữ bí mật không?", "Can you keep a secret?"),
    ("Cô ấy không giữ được bí mật.", "She can't keep a secret."),
    ("Anh ấy không biết giữ bí mật.", "He can't keep a secret."),
    ("Giữ bí mật nhé.", "Keep it a secret."),
    ("Hãy giữ bí mật chuyện này nhé.", "Keep this a secret."),
    ("Tôi sẽ giữ bí mật.", "I'll keep it a secret."),
    # v8: "I'll keep you secret."
    ("Tôi sẽ giữ bí mật cho bạn.", "I'll keep your secret."),
    # v8: "The jab is that you won't tell anyone.", "To me, you're not going to tell someone.", "I promise nobody
    # will tell.", "Who promises do you don't tell?", "Hurri."
    ("Hứa là bạn sẽ không nói với ai nhé.", "Promise you won't tell anyone."),
    ("Hứa với tôi là bạn sẽ không nói với ai nhé.", "Promise me you won't tell anyone."),
    ("Hứa với tôi đi.", "Promise me."),
    ("Tôi hứa.", "I promise."),
    ("Tôi hứa sẽ không nói với ai.", "I promise I won't tell anyone."),
    ("Tôi hứa là tôi sẽ không nói với ai đâu.", "I promise I won't tell anyone."),
    ("Tôi hứa sẽ giữ bí mật.", "I promise I'll keep it a secret."),
    ("Cô ấy đã hứa sẽ không nói với ai.", "She promised not to tell anyone."),
    ("Bạn hứa không nói với ai chứ?", "Do you promise not to tell anyone?"),
    ("Bạn có hứa không?", "Do you promise?"),
    # v8: "She told me."
    ("Cô ấy kể hết cho tôi rồi.", "She told me everything."),
    ("Mẹ tôi đã kể cho tôi mọi chuyện.", "My mother told me everything."),
    # not: "anh", "em" alone saying it (the speaker, or the one spoken to), didn't or won't, did or do, told or
    # tells, "Hứa nhé." (I promise, or promise me?), "Don't tell me" (not about a secret), do you keep secrets, a
    # third person promising now, what is told, other topics
    ("Cô ấy chưa kể với ai nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh sẽ không nói với ai đâu.", None), ("Em chưa nói với ai cả.", None), ("Tôi không nói với ai.", None),
    ("Bạn có nói với ai không?", None), ("Cô ấy kể cho tôi mọi chuyện.", None), ("Hứa nhé.", None),
    ("Đừng nói với tôi nhé.", None), ("Bạn có giữ bí mật không?", None), ("Cô ấy hứa.", None),
    ("Ai nói với bạn là tôi nghỉ việc?", None), ("Bạn đã nói với ai?", None), ("Tôi hứa là bạn sẽ không nói.", None),
    ("Đó là bí mật không?", None), ("Tôi muốn nói với bạn một chuyện.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đừng kể cho bất kỳ ai.", "Tôi sẽ không nói được ai.", "Tôi không nói với bất kỳ ai." (haven't)
    ("Don't tell anyone.", "Đừng nói với ai nhé."),
    ("Don't tell anybody!", "Đừng nói với ai nhé."),
    ("Please don't tell anyone.", "Làm ơn đừng nói với ai nhé."),
    ("Don't tell anyone, okay?", "Đừng nói với ai nhé."),
    ("Don't tell my mother.", "Đừng nói với mẹ tôi nhé."),
    ("I won't tell anyone.", "Tôi sẽ không nói với ai đâu."),
    ("I won't tell anybody.", "Tôi sẽ không nói với ai đâu."),
    ("I haven't told anyone.", "Tôi chưa nói với ai cả."),
    ("She hasn't told anyone.", "Cô ấy chưa nói với ai cả."),
    ("I didn't tell anyone.", "Tôi không nói với ai cả."),
    ("Have you told anyone?", "Bạn đã nói với ai chưa?"),
    ("Did you tell anyone?", "Bạn đã nói với ai chưa?"),
    ("You won't tell anyone, will you?", "Bạn sẽ không nói với ai chứ?"),
    ("Who told you?", "Ai nói với bạn vậy?"),
    ("Who told you that?", "Ai nói với bạn chuyện đó vậy?"),
    ("Who told my mother?", "Ai nói với mẹ tôi vậy?"),
    ("It's a secret.", "Đó là bí mật."),
    ("This is a secret.", "Đây là bí mật."),
    ("It's our little secret.", "Đó là bí mật nhỏ của chúng ta."),
    ("It isn't a secret.", "Đó không phải là bí mật."),
    ("Is it a secret?", "Đó có phải là bí mật không?"),
    # v8: "Bạn giữ bí mật không?", "Bé có thể giữ bí mật không?" (a baby), "Cô ấy không giữ bí mật." (doesn't)
    ("Can you keep a secret?", "Bạn có giữ bí mật được không?"),
    ("Can she keep a secret?", "Cô ấy có giữ bí mật được không?"),
    ("She can't keep a secret.", "Cô ấy không giữ được bí mật."),
    ("Keep it a secret.", "Hãy giữ bí mật nhé."),
    ("Please keep this a secret.", "Làm ơn giữ bí mật chuyện này nhé."),
    ("I'll keep it a secret.", "Tôi sẽ giữ bí mật."),
    ("I'll keep your secret.", "Tôi sẽ giữ bí mật cho bạn."),
    # v8: "Hãy khuyến khích bạn sẽ không nói cho bất kỳ ai." (encourage), "Hãy thông báo cho tôi biết …" (inform)
    ("Promise you won't tell anyone.", "Hứa là bạn sẽ không nói với ai nhé."),
    ("Promise me you won't tell anyone.", "Hứa với tôi là bạn sẽ không nói với ai nhé."),
    ("Promise me.", "Hứa với tôi đi."),
    ("Promise?", "Hứa nhé?"),
    ("I promise.", "Tôi hứa."),
    ("I promise I won't tell anyone.", "Tôi hứa sẽ không nói với ai đâu."),
    ("We promise not to tell anyone.", "Chúng tôi hứa sẽ không nói với ai đâu."),
    ("She promised not to tell anyone.", "Cô ấy đã hứa sẽ không nói với ai."),
    ("Do you promise not to tell anyone?", "Bạn có hứa sẽ không nói với ai không?"),
    # v8: "Cô ấy nói với tôi mọi thứ.", "Mẹ tôi bảo tôi mọi thứ."
    ("She told me everything.", "Cô ấy đã kể cho tôi mọi chuyện."),
    ("My mother told me everything.", "Mẹ tôi đã kể cho tôi mọi chuyện."),
    ("He tells me everything.", "Anh ấy kể cho tôi mọi chuyện."),
    # not: the verb not agreeing with who, "Promise." (I promise, or promise me?), "Don't tell me.", a tag of
    # another, someone else promising now or promising that another won't, what is told, other topics
    ("She haven't told anyone.", None), ("Have she told anyone?", None), ("He tell me everything.", None),
    ("She promise.", None), ("Promise.", None), ("Don't tell me.", None), ("She won't tell anyone, will you?", None),
    ("She promises.", None), ("I promise you won't tell anyone.", None), ("Who told you she left?", None),
    ("I told you so.", None), ("Tell me a secret.", None), ("It's a secret recipe.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
