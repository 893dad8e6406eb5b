"""A country's people and its adjective, both ways (mt/nations.py)."""
import pytest

from mt.finishing import as_words, finish_words, join_words
from mt.glossary import Job, Match, Slot
from mt.nations import matches, people
from mt.translate import Translator


@pytest.mark.parametrize("text, found", [
    # "là người X" the adjective; "Người X" opening a sentence a people (v6: "Norway is very close to the people.")
    ("Tôi là người Mỹ. Anh ấy là người Anh đầu tiên đến đây.", [("người Mỹ", "American")]),
    ("Người Na Uy rất thân thiện.", [("Người Na Uy", "Norwegians")]),
    ("Người Nhật thích cá.", [("Người Nhật", "Japanese people")]),
    # not the first X, one of X descent, the ancient X, nor "người" inside the sentence
    ("Người Nhật đầu tiên đến đây.", []), ("Người Mỹ gốc Việt rất đông.", []), ("Người Ai Cập cổ đại xây nó.", []),
    ("Tôi gặp người Úc.", []),
])
def test_matches_in_vietnamese(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


@pytest.mark.parametrize("text, found", [
    # someone and "is" and the adjective at the end of a clause (v6: "Anh ta là Úc.", "Cô ấy tiếng Nhật.")
    ("She's Japanese. My wife is Korean, and Anna is French.",
     [("She's Japanese", "cô ấy là người Nhật"), ("is Korean", "là người Hàn Quốc"), ("is French", "là người Pháp")]),
    ("Are you American? He's also Thai.",
     [("American", "phải là người Mỹ"), ("He's also Thai", "anh ấy cũng là người Thái Lan")]),
    # a people (v6: "Na Uy là rất thân thiện.", "Nhật Bản rất …")
    ("Norwegians are friendly and the Japanese are polite.",
     [("Norwegians", "người Na Uy"), ("the Japanese", "người Nhật")]),
    # not a thing, not the adjective before a noun, not a people of a longer name, nor after "we" or "other"
    ("The food is Chinese. He is French-born. A Japanese car. North Koreans and African Americans came.", []),
    ("It is Chinese. This was Japanese, and that is French.", []),
    ("We Italians work. Other Americans too.", []),
])
def test_matches_in_english(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == found


def test_people_of_an_adjective():
    assert [people(a) for a in ("Norwegian", "Thai", "Swedish", "Japanese")] == [
        "Norwegians", "Thais", "Swedes", "Japanese people"]


@pytest.mark.parametrize("sentence, decoded, finished", [
    # the verb after a people said of many; its "-ing" alone the present
    ("Người Na Uy rất thân thiện.", "Norwegians is very friendly.", "Norwegians are very friendly."),
    ("Người Hàn Quốc ăn kim chi.", "Koreans eats kimchi.", "Koreans eat kimchi."),
    ("Người Đức uống nhiều bia.", "Germans drinking a lot of beer.", "Germans drink a lot of beer."),
    ("Người Việt Nam rất hiếu khách.", "Vietnamese people is very hospitable.",
     "Vietnamese people are very hospitable."),
    # "là người X" alone in the present, unless the sentence says the past
    ("Anh ấy là người Thụy Sĩ.", "He was Swiss.", "He is Swiss."),
    ("Năm 1990 ông ấy là người Nga.", "In 1990 he was Russian.", None),
    ("Mẹ tôi rất thân thiện.", "My mother is very friendly.", None),
])
def test_the_verb_agrees(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


def test_the_model_s_the_before_a_people_goes():
    sentence = "Người Úc rất lịch sự."
    slots = [Slot("{0}", Match(0, 6, "Australians", "term"))]
    job = Job(sentence, [s.match for s in slots], shielded="{0} rất lịch sự.", slots=slots)
    finished = join_words(finish_words(as_words("The {0} was very polite."), job, "vi", "en"))
    assert finished == "Australians were very polite."


def test_the_bundled_model_writes_a_people(bundled):
    t = Translator.load(bundled)
    # (the people by rule, the rest the model's: v7 writes "thân thiện" "close", v6 wrote "friendly")
    assert t.translate(["Người Na Uy rất thân thiện."], "vi", "en")[0].startswith("Norwegians are very ")
    assert t.translate(["He is Australian.", "Norwegians are very friendly."], "en", "vi") == [
        "Anh ấy là người Úc.", "Người Na Uy rất thân thiện."]  # v6 alone: "Anh ta là Úc.", "Na Uy là rất thân thiện."
