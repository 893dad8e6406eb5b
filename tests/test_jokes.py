"""Joking and laughing: who is joking, stop joking, don't laugh, what is funny, tell a joke, make me laugh, both ways
(mt/jokes.py)."""
import pytest

from mt.jokes import translate

VI_EN = [
    # v8: "Are you joked?", "He joked.", "Don't joke." (stop), "He just joked."
    ("Bạn đùa à?", "Are you kidding?"), ("Bạn đùa tôi à?", "Are you kidding me?"),
    ("Bạn đang đùa tôi à?", "Are you kidding me?"), ("Anh đùa à?", "Are you kidding?"),
    ("Lan đùa à?", "Is Lan kidding?"), ("Đùa à?", "Are you kidding?"),
    ("Anh ấy đùa đấy.", "He's joking."), ("Anh ấy chỉ đùa thôi.", "He's only joking."),
    ("Cô ấy chỉ nói đùa thôi.", "She's only joking."), ("Tôi đùa thôi.", "I'm only joking."),
    ("Mẹ tôi chỉ đùa thôi.", "My mother is only joking."), ("Tôi không đùa đâu.", "I'm not joking."),
    ("Anh ấy không đùa đâu.", "He's not joking."), ("Họ đã không đùa đâu.", "They weren't joking."),
    ("Đùa thôi.", "Just kidding."), ("Giỡn thôi!", "Just kidding!"),
    ("Đừng đùa nữa.", "Stop joking."), ("Thôi đừng giỡn nữa mà.", "Stop joking."),
    # v8: "Don't laugh me anymore.", "What do you laugh?", "What's you?"
    ("Đừng cười.", "Don't laugh."), ("Đừng cười tôi.", "Don't laugh at me."), ("Đừng cười nữa.", "Stop laughing."),
    ("Đừng cười tôi nữa.", "Stop laughing at me."), ("Bạn đừng cười anh ấy.", "Don't laugh at him."),
    ("Bạn cười gì vậy?", "What are you laughing at?"), ("Cười gì vậy?", "What are you laughing at?"),
    ("Sao chị ấy lại cười?", "Why is she laughing?"), ("Có gì buồn cười vậy?", "What's so funny?"),
    # v8: "That's not sad.", "The laughter is too!", "It was so sad.", "No smiled."
    ("Điều đó không buồn cười.", "That's not funny."), ("Không buồn cười đâu.", "That's not funny."),
    ("Chẳng buồn cười chút nào.", "That's not funny at all."), ("Buồn cười quá!", "That's so funny!"),
    ("Thật buồn cười.", "That's really funny."), ("Chuyện này hài hước thật.", "This is really funny."),
    # v8: "Let's talk to.", "Let me get a laugh.", "Do you know what laughter?"
    ("Kể chuyện cười đi.", "Tell us a joke."), ("Kể cho tôi một chuyện cười đi.", "Tell me a joke."),
    ("Kể chuyện cười cho tôi nghe đi.", "Tell me a joke."),
    ("Bạn có thể kể cho tôi nghe một chuyện cười không?", "Can you tell me a joke?"),
    ("Bạn có biết chuyện cười nào không?", "Do you know any jokes?"),
    ("Anh ấy có biết chuyện cười nào hay không?", "Does he know any good jokes?"),
    # v8: "You laughed me.", "He laughed me.", "I can't binary laugh."
    ("Bạn làm tôi cười.", "You make me laugh."), ("Anh ấy luôn làm tôi cười.", "He always makes me laugh."),
    ("Mẹ tôi lúc nào cũng làm tôi cười.", "My mother always makes me laugh."),
    ("Tôi không nhịn được cười.", "I can't stop laughing."),
    # not: "anh", "em" alone saying it (the speaker or the listener), asked of the speaker, a plain "đùa" (a habit,
    # or done?), "Đừng đùa." (no way?), "đùa với" (mess with), "hài hước" of no subject or a person (mt/traits.py's,
    # the phrasebook's), fun, a whom that may be the speaker, a tale told, asked with no question mark, another topic
    ("Tôi đùa thôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đùa thôi.", None), ("Em không đùa đâu.", None), ("Tôi đùa à?", None), ("Anh ấy đùa.", None),
    ("Đừng đùa.", None), ("Tôi không đùa với bạn.", None), ("Hài hước quá!", None), ("Bạn hài hước quá.", None),
    ("Không vui đâu.", None), ("Đừng cười anh.", None), ("Anh làm tôi cười.", None),
    ("Đó là một câu chuyện cười.", None), ("Bạn đùa à.", None), ("Buồn cười.", None), ("Thật à?", None),
    ("Tôi vừa cắt tóc.", None),
]

EN_VI = [
    # v8: "Chỉ cần đùa." (only need), "Bạn đang đùa tôi không?", "Bạn phải đùa." (have to), "Dừng đùa quanh."
    ("Just kidding.", "Đùa thôi."), ("Only joking!", "Đùa thôi!"), ("I'm just kidding.", "Tôi chỉ đùa thôi."),
    ("He's only joking.", "Anh ấy chỉ đùa thôi."), ("He isn't just kidding.", None),
    ("She was just joking.", "Cô ấy chỉ đùa thôi."),
    ("My mother was only joking.", "Mẹ tôi chỉ đùa thôi."), ("He's joking.", "Anh ấy đùa đấy."),
    ("I'm not joking.", "Tôi không đùa đâu."), ("He isn't kidding.", "Anh ấy không đùa đâu."),
    ("Are you kidding?", "Bạn đùa à?"), ("Are you kidding me?", "Bạn đùa tôi à?"),
    ("Is he joking?", "Anh ấy đùa à?"), ("You're kidding!", "Bạn đùa à?"), ("You must be joking.", "Bạn đùa à?"),
    ("You're joking, right?", "Bạn đùa à?"), ("Stop joking.", "Đừng đùa nữa."),
    ("Stop joking around.", "Đừng đùa nữa."), ("Please stop kidding around.", "Đừng đùa nữa."),
    # v8: "Đừng cười với tôi." (with me), "Dừng cười với tôi."
    ("Don't laugh.", "Đừng cười."), ("Don't laugh at me.", "Đừng cười tôi."), ("Stop laughing.", "Đừng cười nữa."),
    ("Stop laughing at him.", "Đừng cười anh ấy nữa."),
    ("What are you laughing at?", "Bạn cười gì vậy?"), ("Why is she laughing?", "Sao cô ấy lại cười?"),
    # v8: "Niềm vui như thế nào?", "Đó không hài lòng." (pleased), "Thật vui vì vậy!", "Đó là ẩn nấp!" (hiding)
    ("What's so funny?", "Có gì buồn cười vậy?"), ("That's not funny.", "Chuyện đó không buồn cười đâu."),
    ("That isn't funny.", "Chuyện đó không buồn cười đâu."), ("It's not funny at all.", "Không buồn cười chút nào."),
    ("That's so funny!", "Chuyện đó buồn cười quá!"), ("That's hilarious!", "Chuyện đó buồn cười quá!"),
    ("That's funny.", "Chuyện đó buồn cười thật."), ("How funny!", "Buồn cười quá!"),
    # v8: "Hãy nói cho tôi một trò đùa." (a game), "Bạn có biết đùa nào không?"
    ("Tell me a joke.", "Kể cho tôi nghe một chuyện cười đi."),
    ("Could you tell us a joke, please?", "Bạn có thể kể cho chúng tôi nghe một chuyện cười không?"),
    ("Do you know any jokes?", "Bạn có biết chuyện cười nào không?"),
    ("Does he know any good jokes?", "Anh ấy có biết chuyện cười nào hay không?"),
    ("You make me laugh.", "Bạn làm tôi cười."), ("She always makes me laugh.", "Cô ấy luôn làm tôi cười."),
    ("He made me laugh.", "Anh ấy làm tôi cười."), ("I couldn't stop laughing.", "Tôi không nhịn được cười."),
    # not: the verb not agreeing with who ("He are", "Is you", "He make", "Do he"), asked of the speaker, what does
    # not go together ("Stop laugh.", "Don't laughing.", "so hilarious"), a person funny (the phrasebook's,
    # mt/traits.py's), sarcasm ("Very funny."), a joke that was, "Don't joke.", "You're not kidding!" (how right),
    # another topic
    ("He are joking.", None), ("Is you kidding?", None), ("He make me laugh.", None),
    ("Do he know any jokes?", None), ("Are we joking?", None), ("What am I laughing at?", None),
    ("Stop laugh.", None), ("Don't laughing.", None), ("That's so hilarious!", None), ("You're so funny.", None),
    ("My friend is very funny.", None), ("Very funny.", None), ("It was a joke.", None), ("Don't joke.", None),
    ("Tell me a joke?", None), ("You're not kidding!", None), ("I'd like a refund.", None),
]


@pytest.mark.parametrize("text, said", VI_EN)
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", EN_VI)
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["Bạn đùa à?", "That's not funny."])
def test_other_pairs_left(text):
    assert translate(text, "vi", "vi") is None and translate(text, "en", "en") is None
