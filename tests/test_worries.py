"""Worrying about someone or something: who is worried about whom or what, who always worries, don't worry, nothing
to worry about, what someone is worried about, worried someone will be late, both ways (mt/worries.py)."""
import pytest

from mt.worries import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother was always worried about me.", "My grandmother or worried."
    ("Mẹ tôi lúc nào cũng lo cho tôi.", "My mother always worries about me."),
    ("Mẹ tôi luôn lo lắng cho tôi.", "My mother always worries about me."),
    ("Bố tôi thường lo về công việc.", "My father often worries about work."),
    ("Bà tôi hay lo.", "My grandmother worries a lot."),
    ("Mẹ tôi hay lo cho em gái tôi.", "My mother worries about my sister a lot."),
    # v8: "My parents are very worried for my younger brother.", "I'm worried for you.", "You're worried about her
    # mother.", "She was worried about the test.", "I've been very worried for you.", "Everybody worrys you."
    ("Bố mẹ tôi rất lo cho em trai tôi.", "My parents are very worried about my younger brother."),
    ("Tôi lo cho bạn.", "I'm worried about you."),
    ("Tôi lo cho bạn lắm.", "I'm really worried about you."),
    ("Lan lo cho mẹ cô ấy.", "Lan is worried about her mother."),
    ("Cô ấy lo về kỳ thi.", "She's worried about the exam."),
    ("Cô ấy đang lo về kỳ thi của mình.", "She's worried about her exam."),
    ("Bố tôi lo về sức khỏe.", "My father is worried about his health."),
    ("Tôi hơi lo về tiền bạc.", "I'm a bit worried about money."),
    ("Tôi đã rất lo cho bạn.", "I was very worried about you."),
    ("Bà tôi hay lo nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chúng tôi đã lo lắng cho các con.", None),
    ("Tôi không lo về chuyện đó.", "I'm not worried about that."),
    ("Mẹ tôi không lo cho tôi.", "My mother isn't worried about me."),
    ("Mọi người đều lo cho bạn.", "Everyone is worried about you."),
    ("Tôi lo cho bố mẹ tôi.", "I'm worried about my parents."),
    ("Bạn có lo cho anh ấy không?", "Are you worried about him?"),
    ("Mẹ bạn có lo về kỳ thi không?", "Is your mother worried about the exam?"),
    # v8: "Don't worry me, I'm okay."
    ("Đừng lo cho tôi, tôi ổn.", "Don't worry about me, I'm fine."),
    ("Đừng lo lắng cho chúng tôi, chúng tôi không sao đâu.", "Don't worry about us, we're fine."),
    ("Đừng lo về chuyện đó.", "Don't worry about that."),
    # v8: "Nothing to worry.", "There's nothing to worry."
    ("Không có gì phải lo.", "There's nothing to worry about."),
    ("Chẳng có gì phải lo đâu.", "There's nothing to worry about."),
    # v8: "What's you worry?", "Who's worried about?"
    ("Bạn lo gì vậy?", "What are you worried about?"),
    ("Bạn lo lắng chuyện gì thế?", "What are you worried about?"),
    ("Anh đang lo về điều gì?", "What are you worried about?"),
    ("Mẹ bạn lo cho ai?", "Who is your mother worried about?"),
    ("Tôi lo anh ấy sẽ đến muộn.", "I'm worried he'll be late."),
    ("Mẹ tôi lo là tôi sẽ bị lạc.", "My mother is worried I'll get lost."),
    # not: nothing worried about (mt/moods.py, mt/feelings.py), "Đừng lo." alone (v8 right), "anh" saying it (may be
    # the speaker), "lo cho gia đình" (provides for), "đã lo cho" (took care of), "sẽ lo" (will see to it), "sợ"
    # (scared, mt/fears.py), "Tôi lo gì?" (the speaker asked), "gì" unasked, "lo" with a habit and a tense
    ("Bố tôi đang lo lắng.", None), ("Đừng lo.", None), ("Đừng lo, mọi chuyện sẽ ổn thôi.", None),
    ("Anh lo cho em.", None), ("Anh ấy lo cho gia đình.", None), ("Tôi đã lo cho bạn.", None),
    ("Tôi sẽ lo cho bạn.", None), ("Tôi sợ anh ấy sẽ đến muộn.", None), ("Tôi lo gì?", None),
    ("Bạn lo gì.", None), ("Mẹ tôi luôn đã lo cho tôi.", None), ("Để tôi lo.", None),
    ("Bạn có lo cho anh ấy.", None), ("Lan lo về sức khỏe.", None), ("Tôi lo cho tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha mẹ tôi rất lo lắng về anh trai tôi." (older), "Tôi lo bạn.", "Tôi lo lắng anh ấy." (a bit lost)
    ("My parents are very worried about my younger brother.", "Bố mẹ tôi rất lo lắng cho em trai tôi."),
    ("I'm worried about you.", "Tôi lo lắng cho bạn."),
    ("I was worried about you.", "Tôi đã lo lắng cho bạn."),
    ("I'm a bit worried about him.", "Tôi hơi lo lắng cho anh ấy."),
    ("I'm so worried about her.", "Tôi lo lắng cho cô ấy quá."),
    ("She's worried about her exam.", "Cô ấy lo lắng về kỳ thi của mình."),
    ("My father is worried about his health.", "Bố tôi lo lắng về sức khỏe của mình."),
    ("I'm worried about your health.", "Tôi lo lắng về sức khỏe của bạn."),
    ("We're worried about money.", "Chúng tôi lo lắng về tiền bạc."),
    ("I'm not worried about it.", "Tôi không lo lắng về chuyện đó."),
    ("Lan is worried about her son.", "Lan lo lắng cho con trai cô ấy."),
    ("Everyone is worried about you.", "Mọi người đều lo lắng cho bạn."),
    ("Are you worried about him?", "Bạn có lo lắng cho anh ấy không?"),
    ("Is your mother worried about the exam?", "Mẹ bạn có lo lắng về kỳ thi không?"),
    ("My mother always worries about me.", "Mẹ tôi luôn lo lắng cho tôi."),
    ("He worries about his daughter.", "Anh ấy lo lắng cho con gái anh ấy."),
    ("I worry about my parents.", "Tôi lo lắng cho bố mẹ tôi."),
    ("My grandmother worries a lot.", "Bà tôi hay lo lắng."),
    ("My father worries too much.", "Bố tôi lo lắng quá nhiều."),
    ("Does your mother worry about you?", "Mẹ bạn có lo lắng cho bạn không?"),
    ("My mother doesn't worry about money.", "Mẹ tôi không lo lắng về tiền bạc."),
    # v8: "Đừng lo lắng chúng tôi."
    ("Don't worry about us.", "Đừng lo cho chúng tôi."),
    ("Don't worry about me, I'm fine.", "Đừng lo cho tôi, tôi ổn."),
    ("Don't worry about it.", "Đừng lo về chuyện đó."),
    ("There's nothing to worry about.", "Không có gì phải lo cả."),
    # v8: "Bạn lo lắng là ai?"
    ("Who are you worried about?", "Bạn đang lo lắng cho ai?"),
    ("What are you worried about?", "Bạn đang lo lắng về điều gì?"),
    ("What's your father worried about?", "Bố bạn đang lo lắng về điều gì?"),
    ("I'm worried he'll be late.", "Tôi lo anh ấy sẽ đến muộn."),
    ("My mother is worried that I will get lost.", "Mẹ tôi lo tôi sẽ bị lạc."),
    # not: bad agreement ("My mother worry", "She are", "Does they", "What is you"), nothing worried about
    # (mt/moods.py's, "I'm not worried." the phrasebook's), "Don't worry." alone (v8 right), "about exam", "the
    # money", a thing not of WORRIES, scared (mt/fears.py)
    ("My mother worry about me.", None), ("She are worried about her exam.", None),
    ("Does they worry about you?", None), ("What is you worried about?", None), ("My father is worried.", None),
    ("I'm not worried.", None), ("Don't worry.", None), ("I'm worried about exam.", None),
    ("I'm worried about the money.", None), ("I'm worried about the weather.", None),
    ("I'm afraid he'll be late.", None), ("My mother worries.", None), ("What am I worried about?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
