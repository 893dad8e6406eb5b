"""How someone feels, written by rule in English (mt/feelings.py)."""
import pytest

from mt.feelings import matches
from mt.translate import Translator


@pytest.mark.parametrize("text, found", [
    # "quá" is "so", "hơi" "a bit" (v6: "I'm too sad.", "I'm tired." for "Tôi hơi mệt.")
    ("Tôi buồn quá.", [("Tôi buồn quá", "I'm so sad")]),
    ("Tôi hơi mệt.", [("Tôi hơi mệt", "I'm a bit tired")]),
    ("Chúng tôi vẫn rất đói.", [("Chúng tôi vẫn rất đói", "we're still very hungry")]),
    ("Tôi đang đói bụng.", [("Tôi đang đói bụng", "I'm hungry")]),  # (v7: "I'm hungry at hungry.")
    ("Tôi khát nước quá.", [("Tôi khát nước quá", "I'm so thirsty")]),
    # after a day; the past from the clause's own day, or the sentence's; "sẽ"; lately
    ("Hôm qua tôi mệt lắm, nhưng hôm nay tôi không mệt.",
     [("tôi mệt lắm", "I was really tired"), ("tôi không mệt", "I'm not tired")]),
    ("Ngày mai anh ấy sẽ bận.", [("anh ấy sẽ bận", "he'll be busy")]),
    ("Mai tôi bận.", [("tôi bận", "I'll be busy")]),
    ("Dạo này tôi bận quá.", [("Dạo này tôi bận quá", "I've been so busy lately")]),  # v6: "This rice I'm too busy."
    # not a question, not before more words, not after other words of the clause
    ("Bạn mệt không? Tôi lo cho bạn. Tôi đi làm và tôi mệt.", []),
])
def test_matches(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found
    assert matches(text, "en", "vi") == []


@pytest.mark.parametrize("text, said", [
    # asked when (v6: "When do you free?", "How will you now be free?")
    ("Khi nào bạn rảnh?", "When are you free"), ("Bao giờ anh ấy rảnh?", "When is he free"),
    ("Bạn rảnh khi nào vậy?", "When are you free"), ("Khi nào họ sẽ rảnh?", "When will they be free"),
])
def test_asked_when(text, said):
    found = matches(text, "vi", "en")
    assert [(m.replacement, text[m.end:].strip()) for m in found] == [(said, "?")]


def test_when_not_asked_is_not_a_question():  # ("Khi nào bạn rảnh thì gọi cho tôi.": when you're free, call me)
    assert all(not m.replacement.startswith("When") for m in matches("Khi nào bạn rảnh thì gọi tôi.", "vi", "en"))


def test_the_bundled_model_says_how_someone_feels(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Hôm nay tôi mệt quá.", "Tôi khát quá."], "vi", "en") == [
        "Today I'm so tired.", "I'm so thirsty."]  # v6 alone: "I'm tired of today.", "I'm pretty much."
