"""Remembering and forgetting people and their names, still, no longer, can't, never, and a name asked again, both
ways (mt/remembering.py)."""
import pytest

from mt.remembering import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Did you miss me?", "Do you miss me?", "Did you miss him?", "You miss you?" (for Lan)
    ("Bạn còn nhớ tôi không?", "Do you still remember me?"),
    ("Bạn có còn nhớ tôi không?", "Do you still remember me?"),
    ("Bạn còn nhớ anh ấy không?", "Do you still remember him?"),
    ("Lan còn nhớ bạn không?", "Does Lan still remember you?"),
    ("Bạn còn nhớ Bác Hùng không?", "Do you still remember Uncle Hung?"),
    # v8: "Do you miss my name?", "Did you miss my name?", "Do you miss my mother name?"
    ("Bạn có nhớ tên tôi không?", "Do you remember my name?"),
    ("Bạn còn nhớ tên tôi không?", "Do you still remember my name?"),
    ("Anh nhớ tên tôi không?", "Do you remember my name?"),
    ("Bạn có nhớ tên mẹ tôi không?", "Do you remember my mother's name?"),
    # v8: "Do you miss me?", "Do you miss her?"
    ("Bạn có nhớ tôi là ai không?", "Do you remember who I am?"),
    ("Bạn có nhớ cô ấy là ai không?", "Do you remember who she is?"),
    ("Tôi không nhớ anh ấy là ai.", "I don't remember who he is."),
    ("Mẹ tôi vẫn còn nhớ bạn là ai.", "My mother still remembers who you are."),
    # v8 right: kept
    ("Mẹ tôi vẫn còn nhớ bạn.", "My mother still remembers you."),
    ("Tôi không nhớ tên cô ấy.", "I don't remember her name."),
    ("Tôi nhớ tên cô ấy.", "I remember her name."),
    ("Tôi không nhớ.", "I don't remember."),
    ("Tôi vẫn còn nhớ.", "I still remember."),
    # v8: "I remember you." (still lost), "I still remember your name." (for "Bố tôi"), "She no longer remembered me."
    ("Tôi còn nhớ bạn.", "I still remember you."),
    ("Bố tôi vẫn còn nhớ tên bạn.", "My father still remembers your name."),
    ("Tôi vẫn nhớ tên cô ấy.", "I still remember her name."),
    ("Cô ấy không còn nhớ tôi nữa.", "She doesn't remember me anymore."),
    # v8: "I don't remember his name.", "I remember it."
    ("Tôi không nhớ ra tên anh ấy.", "I can't remember his name."),
    ("Tôi không nhớ nổi tên cô ấy.", "I can't remember her name."),
    ("Tôi nhớ ra rồi.", "I remember now."),
    ("Tôi nhớ ra bạn rồi.", "I remember you now."),
    # v8: "I forgot to lose your name.", "I forgot to name him.", "He forgot to name me.", "I forgot to lose."
    ("Tôi quên mất tên bạn rồi.", "I've forgotten your name."),
    ("Tôi quên tên anh ấy rồi.", "I've forgotten his name."),
    ("Tôi quên mất tên cô ấy.", "I forgot her name."),
    ("Anh ấy quên tên tôi rồi.", "He's forgotten my name."),
    ("Mẹ tôi quên tên tôi.", "My mother forgot my name."),
    ("Tôi quên mất anh ấy là ai rồi.", "I've forgotten who he is."),
    ("Tôi quên mất rồi.", "I forgot."),
    ("Xin lỗi, tôi quên mất tên bạn rồi.", "Sorry, I've forgotten your name."),
    # v8: "Did you forgot me and then?", "Did you forget my name and then?", "Did you forgot?"
    ("Bạn quên tôi rồi à?", "Have you forgotten me?"),
    ("Bạn quên tên tôi rồi à?", "Have you forgotten my name?"),
    ("Bạn quên rồi à?", "Did you forget?"),
    # v8 right: kept
    ("Tôi sẽ không bao giờ quên bạn.", "I'll never forget you."),
    ("Tôi sẽ không bao giờ quên điều đó.", "I'll never forget that."),
    ("Chúng tôi sẽ không bao giờ quên bạn.", "We'll never forget you."),
    ("Tôi sẽ không bao giờ quên.", "I'll never forget."),
    # v8: "What's the name?", "What's your girlfriend?", "What's your mother?", "What's your name?" (again lost)
    ("Anh ấy tên là gì nhỉ?", "What's his name again?"),
    ("Tên cô ấy là gì ấy nhỉ?", "What's her name again?"),
    ("Em gái bạn tên là gì nhỉ?", "What's your sister's name again?"),
    ("Tên mẹ bạn là gì nhỉ?", "What's your mother's name again?"),
    ("Bạn tên là gì nhỉ?", "What's your name again?"),
    ("Xin lỗi, bạn tên là gì nhỉ?", "Sorry, what's your name again?"),
    # not: "nhớ" someone with neither "còn" nor a name (remember or miss: "Mẹ tôi vẫn nhớ bạn." v8 "My mother was
    # still misses you."), "anh", "em" alone saying it, "tên họ" (their name, or a full name), things forgotten
    # (mt/accounts.py, mt/bring_along.py), "Tôi nhớ bạn." (the phrasebook's: I miss you), "nhớ tên … rồi"
    # (memorised?), "vẫn không", "có quên … không" (did or does?), a name asked of someone by name
    ("Bạn có nhớ tôi không?", None), ("Bạn có nhớ anh ấy không?", None), ("Mẹ tôi vẫn nhớ bạn.", None),
    ("Tôi nhớ anh ấy.", None), ("Anh ấy không nhớ tôi.", None), ("Bạn nhớ tôi không?", None),
    ("Anh còn nhớ em không?", None), ("Anh quên tên tôi rồi.", None), ("Tôi quên tên họ rồi.", None),
    ("Họ tên là gì nhỉ?", None), ("Tôi quên mật khẩu rồi.", None), ("Tôi quên mang ô.", None),
    ("Tôi nhớ bạn.", None), ("Tôi nhớ tên bạn rồi.", None), ("Tôi vẫn không nhớ tên cô ấy.", None),
    ("Bạn có quên tôi không?", None), ("Lan tên gì nhỉ?", None), ("Tôi không nhớ bạn đã nói gì.", None),
    ("Bạn còn nhớ tôi không.", None), ("Tôi nhớ ra.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn vẫn có nhớ tôi không?", "Bé vẫn còn nhớ tôi không?", "Bạn vẫn có nhớ bạn không?" (for Lan), "Anh có
    # nhớ tôi không?" (for "he": you)
    ("Do you remember me?", "Bạn còn nhớ tôi không?"),
    ("Do you still remember me?", "Bạn còn nhớ tôi không?"),
    ("Does she still remember me?", "Cô ấy còn nhớ tôi không?"),
    ("Does Lan still remember you?", "Lan còn nhớ bạn không?"),
    ("Does he remember me?", "Anh ấy còn nhớ tôi không?"),
    ("Do you remember my name?", "Bạn có nhớ tên tôi không?"),
    ("Do you remember my mother's name?", "Bạn có nhớ tên mẹ tôi không?"),
    ("Do you remember who I am?", "Bạn có nhớ tôi là ai không?"),
    # v8 right: kept
    ("I don't remember her name.", "Tôi không nhớ tên cô ấy."),
    ("She doesn't remember me.", "Cô ấy không nhớ tôi."),
    ("My mother still remembers you.", "Mẹ tôi vẫn còn nhớ bạn."),
    ("I still remember you.", "Tôi vẫn còn nhớ bạn."),
    ("They still remember us.", "Họ vẫn còn nhớ chúng tôi."),
    ("I don't remember who he is.", "Tôi không nhớ anh ấy là ai."),
    ("I don't remember.", "Tôi không nhớ."),
    # v8: "Cha tôi nhớ tên của bạn.", "Tôi không thể nhớ tên anh ấy.", "Tôi không thể nhớ được."
    ("My father remembers your name.", "Bố tôi nhớ tên bạn."),
    ("I remember his name.", "Tôi nhớ tên anh ấy."),
    ("I can't remember his name.", "Tôi không nhớ ra tên anh ấy."),
    ("I can't remember.", "Tôi không nhớ ra."),
    ("I don't remember him anymore.", "Tôi không còn nhớ anh ấy nữa."),
    # v8: "Tôi quên tên của bạn.", "Tôi đã quên tên của bạn.", "Cô ta quên tên tôi.", "Tôi quên.", "Rất tiếc, …"
    ("I forgot your name.", "Tôi quên tên bạn rồi."),
    ("I've forgotten your name.", "Tôi quên tên bạn rồi."),
    ("I forget your name.", "Tôi quên tên bạn rồi."),
    ("He forgot my name.", "Anh ấy quên tên tôi rồi."),
    ("She's forgotten my name.", "Cô ấy quên tên tôi rồi."),
    ("I forgot.", "Tôi quên mất rồi."),
    ("Sorry, I forgot your name.", "Xin lỗi, tôi quên tên bạn rồi."),
    ("Sorry, Lan forgot your name.", "Xin lỗi, Lan quên tên bạn rồi."),
    # v8: "Bạn đã quên tôi chưa?" (not yet?), "Bạn đã quên tên tôi chưa?", "Bạn có quên tên tôi không?"
    ("Have you forgotten me?", "Bạn quên tôi rồi à?"),
    ("Have you forgotten my name?", "Bạn quên tên tôi rồi à?"),
    ("Did you forget my name?", "Bạn quên tên tôi à?"),
    ("Did you forget?", "Bạn quên rồi à?"),
    # v8: "Tôi sẽ không bao giờ quên nó.", "Chúng ta sẽ …" (we, with you)
    ("I'll never forget it.", "Tôi sẽ không bao giờ quên điều đó."),
    ("I'll never forget this.", "Tôi sẽ không bao giờ quên điều này."),
    ("We'll never forget you.", "Chúng tôi sẽ không bao giờ quên bạn."),
    ("I'll never forget you.", "Tôi sẽ không bao giờ quên bạn."),
    # v8: "Tên anh ta lại là gì?", "Tên bạn là gì?" (again lost), "Tên chị của bạn nữa là gì?"
    ("What's his name again?", "Anh ấy tên là gì nhỉ?"),
    ("What was her name again?", "Cô ấy tên là gì nhỉ?"),
    ("What's your name again?", "Bạn tên là gì nhỉ?"),
    ("What's your sister's name again?", "Em gái bạn tên là gì nhỉ?"),
    ("Sorry, what's his name again?", "Xin lỗi, anh ấy tên là gì nhỉ?"),
    # not: "I remember her." (v8 writes it well), a verb not agreeing with who, things forgotten (mt/keys.py …), "it"
    # forgotten (a thing?), told to remember (mt/bring_along.py), "their name" ("Họ tên": a full name), "still don't"
    ("I remember her.", None), ("I don't remember who he are.", None), ("She remember me.", None),
    ("Does she remembers me?", None), ("I remembers your name.", None), ("He have forgotten my name.", None),
    ("She forget your name.", None), ("I forgot my keys.", None), ("I forgot it.", None),
    ("Remember to bring your passport.", None), ("What's their name again?", None),
    ("I forgot my password.", None), ("I still don't remember.", None), ("Do you remember me.", None),
    ("Did you forgot my name?", None), ("He forgets my name.", None), ("You forget my name.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bạn còn nhớ tôi không?", "vi", "fr") is None
    assert translate("Do you remember me?", "vi", "en") is None
