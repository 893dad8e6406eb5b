"""Forgiving and apologising: please forgive me, who forgives whom, who apologised to whom, a bid to say sorry, an
apology owed or accepted, both ways (mt/forgiving.py)."""
import pytest

from mt.forgiving import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Instead of letting me.", "Let me forgive.", "Forgiven me.", "Things for me."
    ("Tha lỗi cho tôi nhé.", "Please forgive me."),
    ("Xin hãy tha thứ cho tôi.", "Please forgive me."),
    ("Làm ơn tha thứ cho chúng tôi.", "Please forgive us."),
    ("Anh hãy tha thứ cho em.", "Please forgive me."),
    ("Hãy tha thứ cho anh ấy.", "Please forgive him."),
    ("Tha thứ cho tôi.", "Forgive me."),
    # v8: "I forgive to you.", "I'll never forgiven you.", "He forgivened me.", "My mother forgivented my father.",
    # "They forgived us.", "Lan forgively for South.", "I forgively for you.", "I can't forgiven her."
    ("Tôi tha thứ cho bạn.", "I forgive you."),
    ("Tôi sẽ không bao giờ tha thứ cho bạn.", "I'll never forgive you."),
    ("Mẹ tôi không bao giờ tha thứ cho tôi.", "My mother will never forgive me."),
    ("Anh ấy đã tha thứ cho tôi.", "He forgave me."),
    ("Mẹ tôi đã tha thứ cho bố tôi.", "My mother forgave my father."),
    ("Họ đã tha thứ cho chúng tôi.", "They forgave us."),
    ("Lan đã tha thứ cho Nam.", "Lan forgave Nam."),
    ("Bác Hùng đã tha thứ cho Lan.", "Uncle Hung forgave Lan."),
    ("Tôi đã tha thứ cho bạn rồi.", "I've already forgiven you."),
    ("Tôi không thể tha thứ cho cô ấy.", "I can't forgive her."),
    ("Cô ấy chưa tha thứ cho anh ấy.", "She hasn't forgiven him yet."),
    ("Cô ấy vẫn chưa tha thứ cho tôi.", "She still hasn't forgiven me."),
    ("Bạn nên tha thứ cho anh ấy.", "You should forgive him."),
    # v8: "Did you forgivenate?", "Did you forgiven me?", "Can you forgiven me?"
    ("Cô ấy đã tha thứ cho bạn chưa?", "Has she forgiven you?"),
    ("Bạn có tha thứ cho tôi không?", "Do you forgive me?"),
    ("Bạn sẽ tha thứ cho tôi chứ?", "Will you forgive me?"),
    ("Bạn có thể tha thứ cho tôi không?", "Can you forgive me?"),
    ("Anh tha thứ cho tôi được không?", "Can you forgive me?"),
    # v8: "He apologized me.", "Is she apologized?", "Are you apologized for her?", "I've been apologized for her.",
    # "You must be apologized for him.", "He has never been apologized."
    ("Anh ấy đã xin lỗi tôi.", "He apologised to me."),
    ("Anh ấy xin lỗi tôi rồi.", "He's already apologised to me."),
    ("Tôi đã xin lỗi cô ấy rồi.", "I've already apologised to her."),
    ("Cô ấy đã xin lỗi chưa?", "Has she apologised?"),
    ("Bạn đã xin lỗi cô ấy chưa?", "Have you apologised to her?"),
    ("Bạn có xin lỗi cô ấy không?", "Did you apologise to her?"),
    ("Bạn phải xin lỗi anh ấy.", "You have to apologise to him."),
    ("Anh ấy chưa bao giờ xin lỗi.", "He's never apologised."),
    ("Anh ấy không bao giờ xin lỗi.", "He never apologises."),
    ("Anh ấy chưa xin lỗi tôi.", "He hasn't apologised to me yet."),
    # v8: "I'm sorry to go.", "Please bug your sister go.", "I'm sorry for my mother.", "I debt you apologized."
    ("Con xin lỗi mẹ đi.", "Say sorry to your mother."),
    ("Hãy xin lỗi em gái bạn đi.", "Say sorry to your sister."),
    ("Hãy xin lỗi cô ấy.", "Apologise to her."),
    ("Con xin lỗi mẹ.", "I'm sorry, Mom."),
    ("Con xin lỗi bố ạ.", "I'm sorry, Dad."),
    ("Tôi nợ bạn một lời xin lỗi.", "I owe you an apology."),
    ("Anh ấy nợ cô ấy một lời xin lỗi.", "He owes her an apology."),
    ("Tôi chấp nhận lời xin lỗi của bạn.", "I accept your apology."),
    # not: "anh", "em" alone saying it (the speaker or you?; "Anh tha thứ cho em nhé.": I forgive you, or please
    # forgive me?), a third person forgiving or apologising with no word of time (forgives, or forgave?), "Tôi xin
    # lỗi bạn." (I'm sorry), oneself forgiven, "you" bid to forgive you, a bid with neither "hãy" nor "đi", the
    # phrasebook's and mt/favours.py's sorry, a sentence going on
    ("Tha thứ cho tôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh tha thứ cho em nhé.", None), ("Anh tha thứ cho tôi.", None), ("Cô ấy tha thứ cho anh ấy.", None),
    ("Cô ấy không tha thứ cho anh ấy.", None), ("Anh ấy xin lỗi tôi.", None), ("Tôi xin lỗi bạn.", None),
    ("Tôi tha thứ cho tôi.", None), ("Hãy tha thứ cho bạn.", None), ("Xin lỗi anh.", None),
    ("Em đã xin lỗi chị chưa?", None), ("Xin lỗi.", None), ("Xin lỗi đã làm phiền bạn.", None),
    ("Xin lỗi vì đã gây phiền phức.", None), ("Tôi xin lỗi vì đã đến muộn.", None),
    ("Tôi đã tha thứ cho anh ấy nhưng tôi không quên.", None), ("Tôi tha thứ cho bạn không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Vui lòng tha thứ cho tôi.", "Đưa tôi." (give me)
    ("Please forgive me.", "Xin hãy tha thứ cho tôi."),
    ("Forgive me, please.", "Xin hãy tha thứ cho tôi."),
    ("Forgive me.", "Hãy tha thứ cho tôi."),
    ("Please forgive him!", "Xin hãy tha thứ cho anh ấy!"),
    # v8: "Tôi sẽ không bao giờ tha thứ anh ấy.", "Cô ấy tha thứ cho bạn?", "Anh ấy xin tôi.", "Mẹ tôi xin lỗi bố
    # tôi.", "Họ xin lỗi chúng tôi.", "Tôi không thể tha thứ cô ấy.", "Lan Lan cho Nam."
    ("I forgive you.", "Tôi tha thứ cho bạn."),
    ("I'll never forgive him.", "Tôi sẽ không bao giờ tha thứ cho anh ấy."),
    ("I won't ever forgive her.", "Tôi sẽ không bao giờ tha thứ cho cô ấy."),
    ("He forgave me.", "Anh ấy đã tha thứ cho tôi."),
    ("My mother forgave my father.", "Mẹ tôi đã tha thứ cho bố tôi."),
    ("They forgave us.", "Họ đã tha thứ cho chúng tôi."),
    ("Lan forgave Nam.", "Lan đã tha thứ cho Nam."),
    ("She's forgiven me.", "Cô ấy đã tha thứ cho tôi rồi."),
    ("I've already forgiven you.", "Tôi đã tha thứ cho bạn rồi."),
    ("He has never forgiven her.", "Anh ấy chưa bao giờ tha thứ cho cô ấy."),
    ("I can't forgive her.", "Tôi không thể tha thứ cho cô ấy."),
    ("She doesn't forgive him.", "Cô ấy không tha thứ cho anh ấy."),
    ("She hasn't forgiven him yet.", "Cô ấy chưa tha thứ cho anh ấy."),
    ("She still hasn't forgiven me.", "Cô ấy vẫn chưa tha thứ cho tôi."),
    ("You should forgive him.", "Bạn nên tha thứ cho anh ấy."),
    ("Has she forgiven you yet?", "Cô ấy đã tha thứ cho bạn chưa?"),
    ("Will you forgive me?", "Bạn sẽ tha thứ cho tôi chứ?"),
    ("Could you forgive me?", "Bạn có thể tha thứ cho tôi không?"),
    ("Does he forgive me?", "Anh ấy có tha thứ cho tôi không?"),
    # v8: "Hãy tham gia vào chị của bạn." (join), "Hãy xin lỗi cho chị của bạn.", "Hãy vui mừng với cô ấy." (be
    # glad), "Bạn có xin lỗi cho cô không?", "Cô ấy xin lỗi không?"
    ("Apologise to your sister.", "Hãy xin lỗi em gái bạn đi."),
    ("Go and apologize to your sister.", "Hãy xin lỗi em gái bạn đi."),
    ("Say sorry to her.", "Hãy xin lỗi cô ấy đi."),
    ("Say sorry to your mother.", "Hãy xin lỗi mẹ bạn đi."),
    ("He apologised to me.", "Anh ấy đã xin lỗi tôi."),
    ("He has apologised to me.", "Anh ấy đã xin lỗi tôi rồi."),
    ("Did she apologise?", "Cô ấy có xin lỗi không?"),
    ("Did you apologise to her?", "Bạn có xin lỗi cô ấy không?"),
    ("Have you apologised to her?", "Bạn đã xin lỗi cô ấy chưa?"),
    ("Has he said sorry?", "Anh ấy đã xin lỗi chưa?"),
    ("Should I apologise to her?", "Tôi có nên xin lỗi cô ấy không?"),
    ("She has to apologise to him.", "Cô ấy phải xin lỗi anh ấy."),
    ("She needs to apologise to you.", "Cô ấy cần xin lỗi bạn."),
    ("He never apologises.", "Anh ấy không bao giờ xin lỗi."),
    ("I've already apologised.", "Tôi đã xin lỗi rồi."),
    # v8: "Tôi cũng làm bạn trở thành một sinh vật học." (a biologist), "Tôi chấp nhận lời khuyên của bạn." (advice),
    # "Tôi xin lỗi, mẹ ơi."
    ("I owe you an apology.", "Tôi nợ bạn một lời xin lỗi."),
    ("They owe us an apology.", "Họ nợ chúng tôi một lời xin lỗi."),
    ("I accept your apology.", "Tôi chấp nhận lời xin lỗi của bạn."),
    ("I'm sorry, Mom.", "Con xin lỗi mẹ."),
    # not: the verb not agreeing with who or with the word before it, "apologise" with no "to", forgiving to,
    # "you" bid, forgiven for what, and the phrasebook's, mt/favours.py's and mt/condolences.py's sorry
    ("She have forgiven him.", None), ("Have she forgiven you?", None), ("Do he forgive me?", None),
    ("She don't forgive him.", None), ("He forgive me.", None), ("He will forgave her.", None),
    ("He forgiven me.", None), ("He owe her an apology.", None), ("She have to apologise to him.", None),
    ("He never apologise.", None), ("Did he apologised to you?", None), ("He apologised me.", None),
    ("He forgave to me.", None), ("Say sorry to you.", None), ("Forgive me for being late.", None),
    ("I'm sorry.", None), ("Sorry for the trouble.", None), ("Sorry to bother you.", None),
    ("I'm sorry for your loss.", None), ("We apologise for the delay.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
