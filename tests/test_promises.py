"""Promises: promised to do something, or that who would; you promised; keeping and breaking a promise; don't make
promises you can't keep, both ways (mt/promises.py)."""
import pytest

from mt.promises import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Are you promised?", "He promised to me that he'll come.", "I promise to leave early.", "Are you promised to
    # come?", "He promised to call me." (back)
    ("Bạn hứa nhé?", "Do you promise?"),
    ("Bạn hứa với tôi nhé?", "Do you promise me?"),
    ("Bạn hứa sẽ đến chứ?", "Do you promise to come?"),
    ("Bạn có hứa sẽ gọi lại cho tôi không?", "Do you promise to call me back?"),
    ("Anh ấy hứa sẽ gọi lại.", "He promised to call back."),
    ("Anh ấy đã hứa sẽ gọi lại cho tôi.", "He promised to call me back."),
    ("Anh ấy đã hứa với tôi là anh ấy sẽ đến.", "He promised me he would come."),
    ("Cô ấy hứa với tôi là cô ấy sẽ không đến muộn.", "She promised me she wouldn't be late."),
    ("Mẹ tôi đã hứa với tôi sẽ về nhà sớm.", "My mother promised me she would come home early."),
    ("Lan đã hứa sẽ giúp tôi.", "Lan promised to help me."),
    ("Họ đã hứa sẽ trả lại tiền cho tôi.", "They promised to pay me back."),
    ("Tôi hứa sẽ về nhà sớm.", "I promise to come home early."),
    ("Tôi hứa sẽ không đến muộn.", "I promise not to be late."),
    ("Tôi hứa sẽ không làm thế nữa.", "I promise not to do it again."),
    ("Tôi hứa với bạn là tôi sẽ đến.", "I promise you I'll come."),
    ("Tôi đã hứa với mẹ tôi là tôi sẽ về nhà sớm.", "I promised my mother I would come home early."),
    ("Hứa với tôi là bạn sẽ đến nhé.", "Promise me you'll come."),
    # v8: "You promise it.", "I promised to my mother."
    ("Bạn đã hứa rồi mà!", "You promised!"),
    ("Bạn hứa rồi mà.", "You promised."),
    ("Bạn đã hứa sẽ đến mà!", "You promised to come!"),
    ("Tôi đã hứa với mẹ tôi.", "I promised my mother."),
    ("Tôi hứa với bạn.", "I promise you."),
    ("Tôi đã hứa rồi.", "I already promised."),
    # v8: "I always keep the promise.", "He always kept his promise.", "Keep promises.", "I'll keep promises."
    ("Tôi luôn giữ lời hứa.", "I always keep my promises."),
    ("Mẹ tôi luôn giữ lời.", "My mother always keeps her word."),
    ("Anh ấy đã giữ lời hứa.", "He kept his promise."),
    ("Anh ấy đã không giữ lời hứa.", "He didn't keep his promise."),
    ("Tôi sẽ giữ lời hứa.", "I'll keep my promise."),
    ("Bạn sẽ giữ lời hứa chứ?", "Will you keep your promise?"),
    ("Bạn phải giữ lời hứa.", "You have to keep your promise."),
    ("Giữ lời hứa nhé.", "Keep your promise."),
    # v8: "He promised." (thất hứa), "He failed to promise.", "She has promised.", "He swallowed words.", "I won't
    # promise.", "You've promised to me."
    ("Anh ấy đã thất hứa.", "He broke his promise."),
    ("Anh ấy thất hứa rồi.", "He's broken his promise."),
    ("Cô ấy lại thất hứa với tôi.", "She broke her promise to me again."),
    ("Bạn đã thất hứa với tôi.", "You broke your promise to me."),
    ("Anh ấy đã nuốt lời.", "He went back on his word."),
    ("Tôi sẽ không thất hứa đâu.", "I won't break my promise."),
    ("Đừng thất hứa nhé.", "Don't break your promise."),
    ("Đừng hứa những điều bạn không thể làm được.", "Don't make promises you can't keep."),
    # not: mt/telling.py's ("Tôi hứa.", "Bạn có hứa không?", a secret), "anh" alone (the speaker, or you?), "Bạn hứa
    # sẽ đến." (you promise, or promise me?), kept or keeps?, a name's "his" or "her", what DOINGS does not hold, "có …
    # không" of he (does, or did?), asked without a particle, "Giữ lời hứa." (without "nhé")
    ("Bạn hứa rồi mà nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi hứa.", None), ("Bạn có hứa không?", None), ("Tôi hứa sẽ không nói với ai.", None),
    ("Anh hứa sẽ đến.", None), ("Bạn hứa sẽ đến.", None), ("Anh ấy giữ lời hứa.", None),
    ("Lan đã thất hứa.", None), ("Mẹ tôi đã hứa sẽ mua cho tôi một con chó.", None),
    ("Anh ấy có hứa sẽ đến không?", None), ("Bạn hứa sẽ đến?", None), ("Giữ lời hứa.", None),
    ("Anh ấy thất hứa.", None), ("Tôi hứa sẽ đến muộn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta hứa tôi sẽ đến." (that I would come), "Cô ấy hứa tôi sẽ đến.", "Tôi hứa gọi lại cho bạn."
    ("He promised me he would come.", "Anh ấy đã hứa với tôi là anh ấy sẽ đến."),
    ("She promised me she would come.", "Cô ấy đã hứa với tôi là cô ấy sẽ đến."),
    ("My mother promised me she would come.", "Mẹ tôi đã hứa với tôi là sẽ đến."),
    ("He promised she would come.", "Anh ấy đã hứa là cô ấy sẽ đến."),
    ("He promised to call back.", "Anh ấy đã hứa sẽ gọi lại."),
    ("He promised to call me back.", "Anh ấy đã hứa sẽ gọi lại cho tôi."),
    ("He promised not to be late.", "Anh ấy đã hứa sẽ không đến muộn."),
    ("Lan promised to help me.", "Lan đã hứa sẽ giúp tôi."),
    ("I promised my mother I would be home early.", "Tôi đã hứa với mẹ tôi là tôi sẽ về nhà sớm."),
    ("I promise to call you back.", "Tôi hứa sẽ gọi lại cho bạn."),
    ("I promise I won't be late.", "Tôi hứa sẽ không đến muộn."),
    ("I promise you I'll come.", "Tôi hứa với bạn là tôi sẽ đến."),
    ("Do you promise to come?", "Bạn có hứa sẽ đến không?"),
    ("Did he promise to come?", "Anh ấy có hứa sẽ đến không?"),
    # v8: "Hãy thông báo cho tôi biết bạn sẽ đến." (inform), "Bạn đã hứa tôi!", "Tôi hứa mẹ tôi."
    ("Promise me you'll come.", "Hứa với tôi là bạn sẽ đến nhé."),
    ("You promised me!", "Bạn đã hứa với tôi rồi mà!"),
    ("I promised my mother.", "Tôi đã hứa với mẹ tôi."),
    ("I promise you.", "Tôi hứa với bạn."),
    ("You promise?", "Bạn hứa nhé?"),
    # v8: "Giữ lời hứa của bạn.", "Bạn giữ lời hứa của mình không?", "Anh ta luôn giữ lời hứa."
    ("Keep your promise.", "Hãy giữ lời hứa nhé."),
    ("Please keep your word.", "Làm ơn giữ lời."),
    ("Will you keep your promise?", "Bạn sẽ giữ lời hứa chứ?"),
    ("He always keeps his promises.", "Anh ấy luôn giữ lời hứa."),
    ("He kept his promise.", "Anh ấy đã giữ lời hứa."),
    ("He didn't keep his promise.", "Anh ấy đã không giữ lời hứa."),
    ("My mother has to keep her promise.", "Mẹ tôi phải giữ lời hứa."),
    # v8: "Anh ta đã giành lời hứa." (won), "Cô ấy làm cho cô ấy lời hứa nữa.", "Bạn đã làm cho lời hứa của mình."
    ("He broke his promise.", "Anh ấy đã thất hứa."),
    ("She broke her promise again.", "Cô ấy lại thất hứa."),
    ("She broke her promise to me again.", "Cô ấy lại thất hứa với tôi."),
    ("You broke your promise.", "Bạn đã thất hứa."),
    ("They've broken their promise.", "Họ đã thất hứa rồi."),
    ("I won't break my promise.", "Tôi sẽ không thất hứa đâu."),
    ("I'll never break my promise.", "Tôi sẽ không bao giờ thất hứa."),
    ("He went back on his word.", "Anh ấy đã nuốt lời."),
    ("Don't break your promise.", "Đừng thất hứa nhé."),
    # v8: "Đừng làm lời hứa mà bạn không giữ được."
    ("Don't make promises you can't keep.", "Đừng hứa những điều mà bạn không làm được."),
    # not: mt/telling.py's ("I promise.", "Do you promise?" without whom is the same), "promise" or "have", "keep"
    # not agreeing, another's promise, "will" after "promised", "he promises", a name said again as "she", what
    # DOINGS does not hold, "Promise me." (telling's), "always" with one promise
    ("I promise.", None), ("He promise to come.", None), ("She have broken her promise.", None),
    ("He keep his promise.", None), ("He broke her promise.", None), ("I promised I will come.", None),
    ("He promises to come.", None), ("Lan promised me she would come.", None),
    ("My mother promised to buy me a dog.", None), ("Promise me.", None), ("He always keeps his promise.", None),
    ("My mother have to keep her promise.", None), ("He won't broke his promise.", None),
    ("He went back on his promise.", None), ("I promise she will come.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Anh ấy đã thất hứa.", "en", "vi") is None
    assert translate("He broke his promise.", "vi", "en") is None
    assert translate("He broke his promise.", "en", "fr") is None
