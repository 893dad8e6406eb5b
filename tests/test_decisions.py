"""Making up one's mind: a mind changed, a decision made or not yet, thinking about it, it being up to someone, both
ways (mt/decisions.py)."""
import pytest

from mt.decisions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I changed my idea.", "She changed the idea.", "My mother changed the idea.", "I changed my father."
    ("Tôi đổi ý rồi.", "I changed my mind."),
    ("Cô ấy đổi ý rồi.", "She changed her mind."),
    ("Mẹ tôi đổi ý rồi.", "My mother changed her mind."),
    ("Bố tôi đã đổi ý.", "My father changed his mind."),
    ("Bác Hùng đổi ý rồi.", "Uncle Hung changed his mind."),
    ("Họ đã thay đổi ý định.", "They changed their mind."),  # v8: "They have changed the idea."
    ("Tôi đã thay đổi ý định.", "I changed my mind."),  # v8: "I changed my idea."
    ("Anh ấy lại đổi ý rồi.", "He's changed his mind again."),
    ("Tôi sẽ không đổi ý đâu.", "I won't change my mind."),
    ("Bạn đổi ý rồi à?", "Have you changed your mind?"),  # v8: "Do you change your idea?"
    ("Bạn đã đổi ý chưa?", "Have you changed your mind?"),
    ("Anh đổi ý rồi à?", "Have you changed your mind?"),
    ("Đừng đổi ý nhé.", "Don't change your mind."),
    # v8: "Did you decide?", "Do you decide?", "I decided that."
    ("Bạn đã quyết định chưa?", "Have you decided yet?"),
    ("Bạn quyết định chưa?", "Have you decided yet?"),
    ("Anh ấy quyết định được chưa?", "Has he decided yet?"),
    ("Tôi chưa quyết định.", "I haven't decided yet."),
    ("Tôi vẫn chưa quyết định.", "I still haven't decided."),
    ("Chị ấy chưa quyết định.", "She hasn't decided yet."),
    ("Tôi đã quyết định rồi.", "I've decided."),
    ("Chúng tôi đã quyết định ở lại.", "We've decided to stay."),
    ("Tôi đã quyết định đi.", "I've decided to go."),
    ("Mẹ tôi đã quyết định về nhà.", "My mother has decided to go home."),
    ("Tôi quyết định không đi.", "I've decided not to go."),
    ("Tôi không thể quyết định.", "I can't decide."),
    ("Tôi không quyết định được.", "I can't decide."),
    # v8: "Decision to go!", "Let's decide!", "You decide to go."
    ("Quyết định đi!", "Make up your mind!"),
    ("Hãy quyết định đi!", "Make up your mind!"),
    ("Bạn quyết định đi.", "You decide."),
    # v8: "Let me think it's.", "Let me think more.", "I'll think more."
    ("Để tôi suy nghĩ đã.", "Let me think about it."),
    ("Để tôi suy nghĩ thêm.", "Let me think about it."),
    ("Để chúng tôi suy nghĩ thêm nhé.", "Let us think about it."),
    ("Tôi sẽ suy nghĩ thêm.", "I'll think about it."),
    ("Anh ấy sẽ suy nghĩ về việc đó.", "He'll think about it."),
    ("Cô ấy cần thêm thời gian để suy nghĩ.", "She needs more time to think."),
    ("Tùy bạn.", "It's up to you."),
    ("Cái đó tùy bạn thôi.", "It's up to you."),
    ("Tuỳ mẹ tôi quyết định.", "It's up to my mother to decide."),
    # not: "anh" alone saying it (the speaker, or "you"?), a name alone (his or her mind?), did or will?, "đi" without
    # "đã" ("Tôi quyết định đi.": I'll decide, then?), "tùy anh", thinking now, asked without its word, other topics
    ("Tôi đổi ý rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đổi ý rồi.", None), ("Lan đổi ý rồi.", None), ("Bạn có đổi ý không?", None), ("Tôi quyết định đi.", None),
    ("Tùy anh.", None), ("Tôi đang suy nghĩ.", None), ("Bạn đã quyết định chưa.", None), ("Em chưa quyết định.", None),
    ("Bạn quyết định rồi à?", None), ("Tôi muốn đổi cái áo này.", None), ("Tôi sẽ không đổi ý rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thay đổi tâm trí của tôi.", "Cô ấy thay đổi tâm trí của mình.", "Mẹ tôi thay đổi tâm trí của cô ấy."
    ("I changed my mind.", "Tôi đổi ý rồi."),
    ("She changed her mind.", "Cô ấy đổi ý rồi."),
    ("My mother changed her mind.", "Mẹ tôi đổi ý rồi."),
    ("Lan changed her mind.", "Lan đổi ý rồi."),
    ("He's changed his mind.", "Anh ấy đã đổi ý rồi."),
    ("He's changed his mind again.", "Anh ấy lại đổi ý rồi."),
    ("They changed their minds.", "Họ đổi ý rồi."),
    ("I won't change my mind.", "Tôi sẽ không đổi ý."),
    ("I haven't changed my mind.", "Tôi không đổi ý."),
    # v8: "Bạn đã thay đổi tâm trí của mình chưa?", "Bạn có thay đổi tâm trí của mình không?"
    ("Have you changed your mind?", "Bạn đã đổi ý chưa?"),
    ("Has she changed her mind?", "Cô ấy đã đổi ý chưa?"),
    ("Did you change your mind?", "Bạn đổi ý rồi à?"),
    ("Don't change your mind.", "Đừng đổi ý."),  # v8: "Đừng thay đổi tâm trí của bạn."
    # v8: "Hãy tâm trí của bạn nhé!"
    ("Make up your mind!", "Quyết định đi!"),
    ("You decide.", "Bạn quyết định đi."),
    ("I've made up my mind.", "Tôi đã quyết định rồi."),
    ("Have you made up your mind?", "Bạn đã quyết định chưa?"),
    ("She hasn't made up her mind yet.", "Cô ấy chưa quyết định."),
    # v8: "Tôi không quyết định." (I don't), "Bạn có quyết định chưa?"
    ("I haven't decided.", "Tôi chưa quyết định."),
    ("I haven't decided yet.", "Tôi chưa quyết định."),
    ("I still haven't decided.", "Tôi vẫn chưa quyết định."),
    ("Have you decided yet?", "Bạn đã quyết định chưa?"),
    ("Has he decided yet?", "Anh ấy đã quyết định chưa?"),
    ("I've decided to stay.", "Tôi đã quyết định ở lại."),
    ("She has decided to go.", "Cô ấy đã quyết định đi."),
    ("We decided not to go.", "Chúng tôi đã quyết định không đi."),
    ("My father has decided to stay at home.", "Bố tôi đã quyết định ở nhà."),
    ("I've decided.", "Tôi đã quyết định rồi."),
    ("I can't decide.", "Tôi không quyết định được."),
    ("I can't make up my mind.", "Tôi không quyết định được."),
    # v8: "Tôi sẽ nghĩ về nó.", "Để tôi nghĩ."
    ("I'll think about it.", "Tôi sẽ suy nghĩ thêm."),
    ("She'll think it over.", "Cô ấy sẽ suy nghĩ thêm."),
    ("Let me think.", "Để tôi suy nghĩ đã."),
    ("Let me think it over.", "Để tôi suy nghĩ đã."),
    ("She needs more time to think.", "Cô ấy cần thêm thời gian để suy nghĩ."),
    # v8: "Nó lên bạn."
    ("It's up to you.", "Tùy bạn."),
    ("It's up to him.", "Tùy anh ấy."),
    ("It's up to my mother to decide.", "Tùy mẹ tôi quyết định."),
    ("It's your call.", "Tùy bạn."),
    # not: whose or "has" or "need" not agreeing with who, "my minds", a plain present, "I decided." (what?), the
    # phrasebook's "Let me think about it.", "let us" (let's?), v8's own "It's your decision.", deciding now, others
    ("My mother changed his mind.", None), ("She have changed her mind.", None), ("Have he decided?", None),
    ("She have decided to go.", None), ("She need time to think.", None), ("I changed my minds.", None),
    ("I change my mind.", None), ("I decided.", None), ("Let me think about it.", None), ("Let us think.", None),
    ("It's your decision.", None), ("I'm still deciding.", None), ("I changed my shirt.", None),
    ("Have you changed your mind again?", None), ("I've decided yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
