"""Vietnamese left in English output, or English copied into Vietnamese: found, and the sentence decoded again
without it."""
import pytest

from mt.detailed import translate_detailed, translate_sentences
from mt.translate import DecodeOptions, Hypothesis, Translator, _attending
from mt.untranslated import (copied_first_word, copied_inner_word, first_in_small_letters, forbidden,
                             has_vietnamese_letter, is_vietnamese, leaks, marked_tokens)

LEAKY = "Tôi để quên ví ở căn hộ."  # v8 alone: "I left my wallet in the căn hộ."; v6: "Không có ai trong căn hộ."
COPIED = "Wait until Monday."  # v6 alone: "Wait đến thứ Hai."
KEEP = DecodeOptions(retry_untranslated=False)


@pytest.mark.parametrize("source, output, leak", [
    (LEAKY, "Nobody in the căn hộ.", True),
    ("Tôi dùng littleBits.", "I use ítBits.", True),  # a piece of a Vietnamese word glued to English
    ("Northern Rock xin trợ giúp.", "miền bắc Rock asked for help.", True),  # a Vietnamese word not in the source
    ("Anh ấy đến từ Puerto Jiménez.", "He came from Puerto Jiménez.", False),  # a foreign name, copied
    ("Tiếng Tây Ban Nha: República Dominicana.", "Spanish: República Dominicana.", False),
    ("Tôi sống ở Hà Nội.", "I live in Hanoi.", False),
    ("Tôi sống ở Hà Nội.", "I live in Hà Nội.", True),  # Vietnamese, though copied: English writes Hanoi
])
def test_leaks(source, output, leak):
    assert leaks(source, output) is leak


def test_names_keep_their_tokens_in_a_retry():
    marked = ["▁căn", "ú", "▁Sá", "é"]
    assert forbidden("Không có ai trong căn hộ.", marked) == tuple(marked)
    assert forbidden("Tiếng Tây Ban Nha: República Dominicana, căn hộ.", marked) == ("▁căn", "▁Sá", "é")
    assert is_vietnamese("kền") and is_vietnamese("vịn")  # rare words, shaped like a syllable
    assert not any(map(is_vietnamese, ["República", "Sámi", "résumé", "Jiménez"]))


def test_marked_tokens():
    assert marked_tokens(["▁căn", "▁house", "é", "▁Jos", "Đ", "▁ñ", "й", "ü", "▁Ấn"]) == ["▁căn", "é", "Đ", "▁Ấn"]


def test_a_sentence_that_left_vietnamese_is_decoded_again(bundled):
    t = Translator.load(bundled)
    first = t.translate([LEAKY], "vi", "en", options=KEEP)[0]
    assert has_vietnamese_letter(first), first  # the case the retry is for; if a new model fixes it, pick another
    again = t.translate([LEAKY, "Tôi yêu Hà Nội."], "vi", "en")
    assert not has_vietnamese_letter(again[0]) and again[0] != first
    assert again[1] == t.translate(["Tôi yêu Hà Nội."], "vi", "en", options=KEEP)[0]  # the others unchanged
    assert t.translate([LEAKY], "en", "vi") == t.translate([LEAKY], "en", "vi", options=KEEP)  # Vietnamese letters


def test_the_detailed_path_retries_too(bundled):
    t = Translator.load(bundled)
    r = translate_detailed(t, [LEAKY], "vi", "en", alternatives=2)[0]
    assert not has_vietnamese_letter(r.text) and not any(has_vietnamese_letter(a.text) for a in r.alternatives)
    kept = translate_detailed(t, [LEAKY], "vi", "en", options=KEEP)[0]
    assert has_vietnamese_letter(kept.text)


def test_transformers_runtime_forbids_the_same_tokens(bundled):
    pytest.importorskip("torch")
    from mt.hf_translate import HFTranslator

    hf = HFTranslator.load(bundled.parent / "vien-base-hf")
    assert has_vietnamese_letter(hf.translate([LEAKY], "vi", "en", options=KEEP)[0])
    assert not has_vietnamese_letter(hf.translate([LEAKY], "vi", "en")[0])
    assert hf.translate([COPIED], "en", "vi", options=KEEP)[0].startswith("Wait ")  # token sequences forbidden too
    assert "Wait" not in hf.translate([COPIED], "en", "vi")[0]


def test_only_the_leaking_sentence_is_decoded_again(exported, monkeypatch):
    """With a stand-in model: the sentence whose English kept Vietnamese is decoded a second time, alone, with the
    tokens holding Vietnamese letters forbidden; the other is decoded once."""
    t = Translator.load(exported, cache_size=0)
    calls = []

    def decode(batch, prefix, opts, n, forbid=None):
        calls.append((len(batch), forbid))
        leak = [forbid is None and "căn" in t.sp_source.decode(b) for b in batch]
        return [t.sp_target.encode("Nobody in the căn hộ." if x else "Nobody here.", out_type=str) for x in leak]

    monkeypatch.setattr(t, "_decode_batch", decode)
    assert t.translate(["Không có ai trong căn hộ.", "Không có ai."], "vi", "en") == ["Nobody here."] * 2
    assert calls == [(2, None), (1, [(token,) for token in t.marked_tokens()])] and t.marked_tokens()
    calls.clear()
    assert t.translate(["Không có ai trong căn hộ."], "vi", "en", options=KEEP)[0].endswith("căn hộ.")
    assert calls == [(1, None)]


def test_no_retry_without_vietnamese_tokens_to_forbid(exported, monkeypatch):
    """A vocabulary with no Vietnamese letter (an English-only Marian target) has nothing to forbid: one decoding."""
    t = Translator.load(exported, cache_size=0)
    calls = []

    def decode(batch, prefix, opts, n, forbid=None):
        calls.append(forbid)
        return [t.sp_target.encode("Nobody in the căn hộ.", out_type=str) for _ in batch]

    monkeypatch.setattr(t, "_decode_batch", decode)
    monkeypatch.setattr(t, "marked_tokens", lambda: [])
    assert t.translate(["Không có ai trong căn hộ."], "vi", "en")[0].endswith("căn hộ.")
    assert calls == [None]


@pytest.mark.parametrize("source, output, copied", [
    ("Wait until Monday.", "Wait đến thứ Hai.", "wait"),  # v6's, with the day shown in Vietnamese
    ("“Late on Sunday, he left.”", "“Late vào Chủ nhật, anh ta rời đi.”", "late"),
    ("Wait until Monday.", "Chờ đến thứ Hai.", None),
    ("Bill has a lot of ideas.", "Bill có rất nhiều ý tưởng.", None),  # a name: "Bill" opens many sentences
    ("Video is everywhere.", "Video có ở khắp nơi.", None),  # Vietnamese borrows it
    ("An apple a day.", "An toàn mỗi ngày.", None),  # Vietnamese spells a word of its own so
    ("Sofa beds are cheap.", "Sofa giường rẻ.", None),  # too rare in English to be sure of
    ("It affects 3 percent of children.", "Nó affects 3 phần trăm trẻ em.", None),  # inside: left alone
    ("I have a cough.", "I bị ho.", "I"),  # v6's, shown the term: "I" only opens a translation as a copy
    ("Sorry, I can't make it.", "Rất tiếc, I không đến được.", "I"),  # ... and after a comma
    ("I. Introduction", "I. Giới thiệu", None), ("World War I ended.", "Thế chiến I kết thúc.", None),  # numerals
])
def test_copied_first_word(source, output, copied):
    assert copied_first_word(source, output) == copied


@pytest.mark.parametrize("source, output, copied", [
    # an English word beside a stretch shown in Vietnamese or hidden, copied between two such (v6's)
    ("We went to the market and ate [1].", "Chúng tôi đến chợ và ate [1].", "ate"),
    ("I ate một đĩa cơm rang.", "Tôi ate một đĩa cơm rang.", "ate"),
    ("The bar is 100 feet away.", "Quán bar cách 100 feet.", None),  # beside nothing shown
    ("It affects 3 percent of children.", "Nó affects 3 phần trăm trẻ em.", None),
    ("We watched a video về Hà Nội.", "Chúng tôi xem video về Hà Nội.", None),  # Vietnamese uses it as much
])
def test_copied_inner_word(source, output, copied):
    assert copied_inner_word(source, output) == copied


def test_an_english_word_copied_beside_a_shown_stretch_is_decoded_again(bundled):
    t = Translator.load(bundled)
    text = "We went to the market and ate bún bò Huế."  # (v7 copied "ate" before "cao lầu"; v8 does not)
    first = t.translate([text], "en", "vi", options=KEEP)[0]
    assert " ate " in first, first  # the case the retry is for; if a new model fixes it, pick another
    again = t.translate([text], "en", "vi")[0]
    assert " ate " not in again and again.endswith("bún bò Huế."), again
    assert translate_detailed(t, [text], "en", "vi")[0].text == again


def test_a_retry_reads_the_first_word_in_small_letters():
    assert first_in_small_letters("Wait until Monday.") == "wait until Monday."
    assert first_in_small_letters("“Just in time.”") == "“just in time.”"
    assert first_in_small_letters("3 days later.") == "3 days later."


def test_a_retry_attends_to_the_pieces_of_the_source():
    """A retry read "▁wait" where the source has "▁Wa", "it": the word's attention is shared between those by
    length, and the pieces after it keep theirs."""
    hyp = Hypothesis(["▁Chờ", "."], -0.1, [[1.0, 0.0], [0.0, 1.0]])
    again = _attending(hyp, ["▁wait", "."], ["▁Wa", "it", "."])
    assert again.attention == [[0.6, 0.4, 0.0], [0.0, 0.0, 1.0]] and again.pieces == hyp.pieces
    assert _attending(hyp, ["▁Wa", "it"], ["▁Wa", "it"]) is hyp


def test_a_sentence_that_copied_english_is_decoded_again(bundled):
    t = Translator.load(bundled)
    first = t.translate([COPIED], "en", "vi", options=KEEP)[0]
    assert first.startswith("Wait "), first  # the case the retry is for; if a new model fixes it, pick another
    again = t.translate([COPIED, "I love Hanoi."], "en", "vi")
    assert "Wait" not in again[0] and again[0].endswith("đến thứ Hai."), again
    assert again[1] == t.translate(["I love Hanoi."], "en", "vi", options=KEEP)[0]
    detailed = translate_detailed(t, [COPIED], "en", "vi")[0]
    assert detailed.text == again[0]
    aligned = translate_sentences(t, [COPIED], "en", "vi", attention=True)[0].candidates[0]
    assert aligned.text == again[0] and all(w.source is not None for w in aligned.words if w.text.isalpha())


def test_an_i_copied_before_a_shown_term_is_decoded_again(bundled):
    t = Translator.load(bundled)
    # (a clause: "I have a cough." alone is mt/ailments.py's whole)
    first = t.translate(["I have a cough, so I can't come."], "en", "vi", options=KEEP)[0]  # (v7: "… can't sing.")
    assert first.startswith("I "), first  # the case the retry is for; if a new model fixes it, pick another
    assert t.translate(["I have a cough, so I can't come."], "en", "vi")[0] == "Tôi bị ho, vì vậy tôi không thể đến."
    first = t.translate(["Sorry, I can't make it tonight."], "en", "vi", options=KEEP)[0]
    assert ", I " in first, first  # after a comma
    assert ", tôi " in t.translate(["Sorry, I can't make it tonight."], "en", "vi")[0]


def test_only_the_sentence_that_copied_english_is_decoded_again(exported, monkeypatch):
    """With a stand-in model: the sentence whose Vietnamese copied "Wait" is decoded a second time, alone, read as
    "wait until ..." and without the tokens that write "wait"."""
    t = Translator.load(exported, cache_size=0)
    calls = []

    def decode(batch, prefix, opts, n, forbid=None):
        sources = [t.sp_source.decode(b) for b in batch]
        calls.append((sources, forbid))
        return [t.sp_target.encode("Wait nhé." if forbid is None and "Wait" in x else "Chờ nhé.", out_type=str)
                for x in sources]

    monkeypatch.setattr(t, "_decode_batch", decode)
    assert t.translate(["Wait a bit.", "Go."], "en", "vi") == ["Chờ nhé."] * 2
    assert len(calls) == 2 and [x.split(" ", 1)[1] for x in calls[1][0]] == ["wait a bit."]  # after the language
    assert calls[1][1] == [tuple(t.sp_target.encode("wait", out_type=str))]
    calls.clear()
    assert t.translate(["Wait a bit."], "en", "vi", options=KEEP) == ["Wait nhé."] and len(calls) == 1
