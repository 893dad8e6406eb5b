"""Vietnamese left in English output: found, and the sentence decoded again without Vietnamese letters."""
import pytest

from mt.detailed import translate_detailed
from mt.translate import DecodeOptions, Translator
from mt.untranslated import forbidden, has_vietnamese_letter, is_vietnamese, leaks, marked_tokens

LEAKY = "Không có ai trong căn hộ."  # v6 alone: "Nobody in the căn hộ."
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
    assert t.translate([LEAKY], "en", "vi") == t.translate([LEAKY], "en", "vi", options=KEEP)  # vi->en only


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
    assert calls == [(2, None), (1, t.marked_tokens())] and t.marked_tokens()
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
