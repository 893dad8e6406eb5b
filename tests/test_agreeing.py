"""Right and wrong, sure and not sure, thinking so, agreeing and opinions asked, both ways (mt/agreeing.py)."""
import pytest

from mt.agreeing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "True." (twice)
    ("Đúng rồi.", "That's right."),
    ("Đúng vậy.", "That's right."),
    ("Đúng rồi ạ.", "That's right."),
    # v8: "He said right.", "My mother said right.", "He said it was wrong.", "Is I speak right?"
    ("Anh ấy nói đúng.", "He's right."),
    ("Mẹ tôi nói đúng.", "My mother is right."),
    ("Bạn nói đúng rồi.", "You're right."),
    ("Lan nói đúng.", "Lan is right."),
    ("Anh ấy nói sai rồi.", "He's wrong."),
    ("Bác Hùng sai rồi.", "Uncle Hung is wrong."),
    ("Tôi đã sai.", "I was wrong."),
    ("Bạn nhầm rồi.", "You're mistaken."),
    ("Bạn không sai.", "You're not wrong."),
    ("Tôi nói đúng không?", "Am I right?"),
    ("Tôi có sai không?", "Am I wrong?"),
    ("Anh ấy có đúng không?", "Is he right?"),
    # v8: "I guess that.", "I don't think that.", "He thought.", "I'm also thought.", "Do you think that?", "I think
    # that." (cho là vậy)
    ("Tôi đoán vậy.", "I guess so."),
    ("Tôi đoán là không.", "I guess not."),
    ("Tôi không nghĩ thế.", "I don't think so."),
    ("Tôi nghĩ là không.", "I don't think so."),
    ("Anh ấy nghĩ vậy.", "He thinks so."),
    ("Anh ấy không nghĩ vậy.", "He doesn't think so."),
    ("Tôi cũng nghĩ vậy.", "I think so too."),
    ("Tôi cũng không nghĩ vậy.", "I don't think so either."),
    ("Bạn có nghĩ vậy không?", "Do you think so?"),
    ("Tôi cho là vậy.", "I suppose so."),
    ("Mẹ tôi hy vọng vậy.", "My mother hopes so."),
    ("Tôi hy vọng là không.", "I hope not."),
    ("Tôi e là vậy.", "I'm afraid so."),
    # v8: "Are you sure you?", "Are you sure you are?", "I'm sure that this is."
    ("Bạn có chắc không?", "Are you sure?"),
    ("Bạn có chắc chắn không?", "Are you sure?"),
    ("Anh có chắc không?", "Are you sure?"),
    ("Anh ấy có chắc không?", "Is he sure?"),
    ("Bạn có chắc về điều đó không?", "Are you sure about that?"),
    ("Tôi không chắc.", "I'm not sure."),
    ("Tôi không chắc lắm.", "I'm not too sure."),
    ("Tôi chắc chắn là vậy.", "I'm sure of it."),
    # v8: "How do you see the movie?", "How do you see this book?", "How do you think?"
    ("Bạn thấy bộ phim đó thế nào?", "What did you think of the film?"),
    ("Bạn thấy cuốn sách này thế nào?", "What do you think of this book?"),
    ("Mẹ bạn thấy kế hoạch này thế nào?", "What does your mother think of this plan?"),
    ("Bạn nghĩ sao về ý tưởng này?", "What do you think of this idea?"),
    ("Bạn thấy cô ấy thế nào?", "What do you think of her?"),
    ("Bạn nghĩ thế nào?", "What do you think?"),
    # v8: "Do you agree to me?", "He agreed to me.", "We agree to them.", "I'm completely agreed.", "My mother didn't
    # agree." (a past not said)
    ("Tôi đồng ý với cô ấy.", "I agree with her."),
    ("Tôi không đồng ý với anh ấy.", "I don't agree with him."),
    ("Bạn có đồng ý với tôi không?", "Do you agree with me?"),
    ("Anh ấy đồng ý với tôi.", "He agrees with me."),
    ("Chúng tôi đồng ý với họ.", "We agree with them."),
    ("Tôi hoàn toàn đồng ý.", "I completely agree."),
    ("Mẹ tôi không đồng ý.", "My mother doesn't agree."),
    ("Anh ấy đã đồng ý.", "He agreed."),
    # not: "anh", "em" alone saying it (the speaker or "you"), "Are you right?", "không đúng" (not true?), "nói nhầm"
    # (misspoke), "chắc" alone (probably), "Bạn thấy thế nào?" (how you feel?), "… tôi thế nào?" (how I look?), "Bạn
    # nghĩ gì?" (what you are thinking), guessing of someone else, asked without "không", other topics
    ("Tôi đã sai nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh nói đúng.", None), ("Em không đồng ý.", None), ("Bạn nói đúng không?", None),
    ("Bạn nói không đúng.", None), ("Tôi nói nhầm.", None), ("Tôi chắc vậy.", None), ("Tôi chắc.", None),
    ("Bạn thấy thế nào?", None), ("Bạn thấy tôi thế nào?", None), ("Bạn nghĩ gì?", None),
    ("Anh ấy đoán vậy.", None), ("Bạn có chắc?", None), ("Chính xác.", None), ("Không đúng.", None),
    ("Tôi đã sai không?", None), ("Tôi muốn đổi cái áo này.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Điều đó đúng." (twice)
    ("That's right.", "Đúng rồi."),
    ("That's correct.", "Đúng rồi."),
    ("That's true.", "Đúng vậy."),
    # v8: "Bạn đã sai.", "Anh ta sai.", "Tôi có quyền không?" (a right)
    ("You're wrong.", "Bạn sai rồi."),
    ("He's wrong.", "Anh ấy sai rồi."),
    ("She's right.", "Cô ấy nói đúng."),
    ("My mother is right.", "Mẹ tôi nói đúng."),
    ("They were right.", "Họ đã nói đúng."),
    ("I was wrong.", "Tôi đã sai."),
    ("I'm mistaken.", "Tôi nhầm rồi."),
    ("You're not wrong.", "Bạn không sai."),
    ("Am I right?", "Tôi nói đúng không?"),
    ("Is she wrong?", "Cô ấy có sai không?"),
    # v8: "Tôi đoán đến vậy.", "Tôi suýt quá.", "Tôi hy vọng không.", "Tôi nghĩ vậy." (too lost)
    ("I guess so.", "Tôi đoán vậy."),
    ("I guess not.", "Tôi đoán là không."),
    ("I suppose so.", "Tôi cho là vậy."),
    ("I hope not.", "Tôi hy vọng là không."),
    ("I think so too.", "Tôi cũng nghĩ vậy."),
    ("I don't think so either.", "Tôi cũng không nghĩ vậy."),
    ("He thinks so.", "Anh ấy nghĩ vậy."),
    ("She doesn't think so.", "Cô ấy không nghĩ vậy."),
    ("Does she think so?", "Cô ấy có nghĩ vậy không?"),
    ("My mother hopes so.", "Mẹ tôi hy vọng vậy."),
    ("I'm afraid not.", "Tôi e là không."),
    # v8: "Anh có chắc không?" (you), "Tôi không biết chắc vậy."
    ("Are you sure?", "Bạn có chắc không?"),
    ("Is he sure?", "Anh ấy có chắc không?"),
    ("I'm not sure.", "Tôi không chắc."),
    ("I'm not so sure.", "Tôi không chắc lắm."),
    ("She isn't sure.", "Cô ấy không chắc."),
    ("I'm sure of it.", "Tôi chắc chắn là vậy."),
    ("Are you sure about that?", "Bạn có chắc về điều đó không?"),
    # v8: "Bạn nghĩ cuốn sách này là gì?"
    ("What do you think of this book?", "Bạn thấy cuốn sách này thế nào?"),
    ("What did you think of the film?", "Bạn thấy bộ phim đó thế nào?"),
    ("What do you think of the movie?", "Bạn thấy bộ phim thế nào?"),
    ("What does your mother think of the plan?", "Mẹ bạn thấy kế hoạch thế nào?"),
    ("What do you think of it?", "Bạn thấy nó thế nào?"),
    ("What do you think about him?", "Bạn thấy anh ấy thế nào?"),
    ("What do you think?", "Bạn nghĩ sao?"),
    # (v8 right: kept)
    ("I agree with her.", "Tôi đồng ý với cô ấy."),
    ("I don't agree with her.", "Tôi không đồng ý với cô ấy."),
    ("I disagree with my father.", "Tôi không đồng ý với bố tôi."),
    ("He agrees with me.", "Anh ấy đồng ý với tôi."),
    ("Do you agree with me?", "Bạn có đồng ý với tôi không?"),
    ("I totally agree.", "Tôi hoàn toàn đồng ý."),
    ("She agreed.", "Cô ấy đã đồng ý."),
    # not: the verb not agreeing with who, "Are you right?", the past asked, guessing of someone else, "I'm quite
    # sure" (not said), what one thinks of oneself, "That's wrong." (morally?), other topics
    ("He are right.", None), ("They is wrong.", None), ("He think so.", None), ("Does he thinks so?", None),
    ("Are he sure?", None), ("What do he think of the film?", None), ("He agree with me.", None),
    ("Does she agrees?", None), ("I doesn't agree.", None), ("Are you right?", None), ("Was I wrong?", None),
    ("He guesses so.", None), ("I'm quite sure.", None), ("What do you think of me?", None),
    ("What did you think?", None), ("That's wrong.", None), ("Do you disagree?", None),
    ("I'd like to return these shoes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Đúng rồi.", "en", "vi") is None
    assert translate("That's right.", "vi", "en") is None
    assert translate("That's right.", "en", "fr") is None
