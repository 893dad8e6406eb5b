"""When someone did or will do something, asked (mt/when.py)."""
import pytest

from mt.finishing import as_words, finish_words, join_words
from mt.glossary import Job
from mt.translate import Translator


@pytest.mark.parametrize("sentence, decoded, finished", [
    # "bao giờ", "khi nào" at the end: the past (v6: "You're Vietnam?", "How long he went to Hanoi?")
    ("Bạn đến Việt Nam bao giờ?", "You're Vietnam?", "When did you come to Vietnam?"),
    ("Anh ấy đi Hà Nội bao giờ?", "How long he went to Hanoi?", "When did he go to Hanoi?"),
    ("Bạn mua cái này khi nào?", "When do you buy this when?", "When did you buy this?"),
    ("Họ cưới nhau khi nào?", "What are they married?", "When did they get married?"),
    # opening the question, or with "sẽ": what is ahead
    ("Bao giờ bạn đến Việt Nam?", "Whenever you go to Vietnam?", "When will you come to Vietnam?"),
    ("Bạn sẽ đi Đà Nẵng khi nào?", "How will you go to Da Nang when?", "When will you go to Da Nang?"),
    ("Khi nào bạn về nước?", "When do you get about the water?", "When will you go home?"),
    # asked ahead, the model's own "When do …" kept (a habit?); "go to" with no place; not a verb of the table;
    # not someone of the table
    ("Khi nào bạn đi làm?", "When do you go to work?", None), ("Khi nào chúng ta đi?", "When do we go?", None),
    ("Khi nào bạn rảnh?", "When do you free?", None), ("Bao giờ phim bắt đầu?", "When does the movie start?", None),
])
def test_asked_when_in_vietnamese(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    # v6 lost the "when" or wrote "khi" alone: "khi nào" at the end about the past, opening the question otherwise
    ("When did you come to Vietnam?", "Bạn đến Việt Nam?", "Bạn đến Việt Nam khi nào?"),
    ("When will you go to Da Nang?", "Bạn sẽ đến Đà Nẵng?", "Khi nào bạn sẽ đến Đà Nẵng?"),
    ("When does Lan need it?", "Lan cần nó?", "Khi nào Lan cần nó?"),
    ("When are you free?", "Khi bạn có rảnh?", "Khi nào bạn có rảnh?"),
    ("When did they get married?", "Họ đã kết hôn khi kết hôn?", "Họ đã kết hôn khi nào?"),  # "khi" and an echo
    # asked already, or not a question that opens with "When"
    ("When did you buy this?", "Bạn đã mua cái này khi nào?", None),
    ("When I was young, I lived here.", "Khi tôi còn nhỏ, tôi sống ở đây.", None),
    ("Where did you go?", "Bạn đã đi đâu?", None),
])
def test_asked_when_in_english(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "en", "vi")) == (finished or decoded)


def test_the_bundled_model_asks_when(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Bạn đến Việt Nam bao giờ?"], "vi", "en") == ["When did you come to Vietnam?"]
    assert t.translate(["When did you come to Vietnam?"], "en", "vi") == ["Bạn đến Việt Nam khi nào?"]
