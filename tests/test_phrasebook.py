"""Everyday phrases translated whole, from the list that ships."""
import pytest

from mt.detailed import translate_detailed
from mt.documents import translate_document
from mt.glossary import parse_glossary
from mt.phrasebook import translate
from mt.translate import Translator


@pytest.mark.parametrize("sentence, src, tgt, expected", [
    ("Xin lỗi!", "vi", "en", "Sorry!"),  # the sentence's final punctuation, where the listed one has none
    ("bạn có khỏe không", "vi", "en", "How are you?"),  # the listed question mark, whatever the case
    ("Tôi khỏe cảm ơn.", "vi", "en", "I'm fine, thank you."),  # commas do not count
    ("Good night!", "en", "vi", "Chúc ngủ ngon!"),
    ("Tôi yêu Hà Nội.", "vi", "en", None),
    ("Xin lỗi, tôi đến muộn.", "vi", "en", None),  # a phrase inside a longer sentence is the model's
    ("Xin lỗi!", "vi", "de", None),
])
def test_translate(sentence, src, tgt, expected):
    assert translate(sentence, src, tgt) == expected


def test_a_listed_phrase_is_not_decoded(exported, monkeypatch):
    """With a stand-in decoder: of three sentences, the two phrases are looked up and only the third is decoded."""
    t = Translator.load(exported, cache_size=0)
    seen = []

    def decode(batch, prefix, opts, n, forbid=None):
        seen.extend(t.sp_source.decode(b) for b in batch)
        return [t.sp_target.encode("I love cats.", out_type=str) for _ in batch]

    monkeypatch.setattr(t, "_decode_batch", decode)
    assert t.translate("Xin chào! Tôi yêu mèo. CHÚC MỪNG NĂM MỚI!", "vi", "en") == \
        ["Hello! I love cats. HAPPY NEW YEAR!"]
    assert len(seen) == 1 and "mèo" in seen[0]


def test_the_detailed_path_looks_phrases_up_unless_the_glossary_has_a_term_in_them(exported):
    t = Translator.load(exported)
    r = translate_detailed(t, ["Xin chào! Tôi có hai con mèo."], "vi", "en", alternatives=1)[0]
    assert r.text.startswith("Hello! ") and [w.fixed for w in r.words[:1]] == ["phrase"]
    assert all(a.text.startswith("Hello! ") for a in r.alternatives)
    kept = translate_detailed(t, ["Xin chào!"], "vi", "en", glossary=parse_glossary("chào"))[0]
    assert kept.words[0].fixed != "phrase"  # the user's term decides: the model translates around it


def test_formatted_documents_leave_phrases_to_the_model(exported):
    t = Translator.load(exported)
    doc = translate_document("**Xin chào!**\n".encode(), "a.md", t, "vi", "en")
    assert "Hello" not in doc.data.decode()
