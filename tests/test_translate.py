import json
import shutil
import threading

import pytest

from mt.errors import InputError, ModelError
from mt.translate import DecodeOptions, Hypothesis, Translator


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


def test_keeps_order_and_passes_empty_lines(translator):
    texts = ["Tôi có hai con mèo.", "", "Họ thích ba quyển sách.", "   "]
    out = translator.translate(texts, "vi", "en")
    assert len(out) == 4 and out[1] == "" and out[3] == ""
    assert out[0] == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    assert out[2] == translator.translate(["Họ thích ba quyển sách."], "vi", "en")[0]


def test_batching_does_not_change_results(exported):
    uncached = Translator.load(exported, cache_size=0)
    texts = [f"Tôi có {n} con mèo." for n in ("một", "hai", "ba", "bốn", "năm")]
    one_by_one = [uncached.translate([t], "vi", "en")[0] for t in texts]
    for opts in (DecodeOptions(max_batch_size=2), DecodeOptions(max_batch_tokens=40)):
        assert uncached.translate(texts, "vi", "en", options=opts) == one_by_one
    assert uncached.cache.hits == 0


def test_batches_respect_size_and_padded_tokens():
    segments = [("a",) * n for n in (2, 3, 5, 8, 13, 21)]
    opts = DecodeOptions(max_batch_size=3, max_batch_tokens=40)
    batches = list(Translator._batches(list(range(6)), segments, opts))
    assert [i for b in batches for i in b] == list(range(6))  # every segment once, in order
    for b in batches:
        assert len(b) <= 3 and (len(b) == 1 or len(b) * (len(segments[b[-1]]) + 3) <= 40)


def test_repeated_segments_come_from_the_cache(exported):
    t = Translator.load(exported, cache_size=2, warm_up=False)
    first = t.translate(["Tôi có hai con mèo. Họ thích ba quyển sách."], "vi", "en")[0]
    misses = t.cache.misses
    assert t.translate(["Tôi có hai con mèo. Họ thích ba quyển sách."], "vi", "en")[0] == first
    assert t.cache.misses == misses and t.cache.hits == 2
    t.translate(["Bạn mua một chiếc xe."], "vi", "en")  # evicts the least recently used entry
    assert len(t.cache._data) == 2
    t.translate(["Tôi có hai con mèo."], "vi", "en", beam_size=1)  # other options: not a hit
    assert t.cache.hits == 2


def test_sampled_translations_are_drawn_anew_not_cached(exported):
    t = Translator.load(exported, warm_up=False)
    texts = [f"Tôi có {n} con mèo và {m} quyển sách." for n in ("một", "hai", "ba") for m in ("bốn", "năm")]
    sampled = DecodeOptions(beam_size=1, sampling_topk=0, sampling_temperature=1.5)
    first, second = (t.translate(texts, "vi", "en", options=sampled) for _ in range(2))
    assert first != second and len(t.cache._data) == 0
    assert t.translate(texts, "vi", "en", beam_size=1) != first  # and they are not the greedy ones
    with pytest.raises(InputError, match="beam size 1"):
        t.translate(texts, "vi", "en", options=DecodeOptions(beam_size=4, sampling_topk=10))
    with pytest.raises(InputError, match="searched, not sampled"):
        t.translate_segments([["▁Tôi"]], "vi", "en", sampled)


def test_lines_are_kept(translator):
    out = translator.translate(["Tôi có hai con mèo.\n\nHọ thích ba quyển sách."], "vi", "en")[0]
    assert out.count("\n") == 2 and out.split("\n")[1] == ""


def test_long_input_is_split_not_truncated(translator):
    text = " ".join(["Tôi có hai con mèo."] * 30)
    plan = translator._plan(text, "vi", "en", DecodeOptions())
    assert len(plan) == 1 and len(plan[0]) == 30  # one line, thirty sentences
    one_sentence = " ".join(["một"] * 500)  # no sentence boundary: chunked by pieces
    (sentence,), = translator._plan(one_sentence, "vi", "en", DecodeOptions(max_input_tokens=100))
    chunks = translator._segments(sentence, DecodeOptions(max_input_tokens=100))
    assert len(chunks) >= 5 and all(len(c) <= 100 for c in chunks)
    assert sum(len(c) for c in chunks) == len(translator.sp_source.encode(one_sentence))
    assert translator.translate([text], "vi", "en")[0].count(" ") >= 29  # thirty translations joined


def test_string_input_and_direction_check(translator):
    assert len(translator.translate("Tôi có hai con mèo.", "vi", "en")) == 1
    with pytest.raises(InputError, match="unknown language code 'de'"):
        translator.translate(["x"], "vi", "de")
    with pytest.raises(InputError, match="beam size"):
        translator.translate(["x"], "vi", "en", beam_size=0)


def test_module_level_translate_uses_given_model(exported, translator):
    import mt

    assert mt.translate("Tôi có hai con mèo.", "vi", "en", model=exported) == \
        translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]


@pytest.mark.parametrize("break_it, message", [
    (lambda d: shutil.rmtree(d), "no model directory"),
    (lambda d: (d / "mt.json").unlink(), "not an exported model"),
    (lambda d: (d / "mt.json").write_text("{not json"), "corrupt"),
    (lambda d: (d / "model.bin").write_bytes(b"garbage"), "cannot load the CTranslate2 model"),
    (lambda d: (d / "source.spm").unlink(), "incomplete"),
])
def test_broken_model_dirs(exported, tmp_path, break_it, message):
    d = tmp_path / "m"
    shutil.copytree(exported, d)
    break_it(d)
    with pytest.raises(ModelError, match=message):
        Translator.load(d)


def test_manifest_directions_are_enforced(exported, tmp_path):
    d = tmp_path / "m"
    shutil.copytree(exported, d)
    m = json.loads((d / "mt.json").read_text())
    m["directions"] = ["en-vi"]
    (d / "mt.json").write_text(json.dumps(m))
    with pytest.raises(InputError, match="translates en->vi, not vi->en"):
        Translator.load(d).translate(["x"], "vi", "en")


def test_english_output_has_no_tokenised_clitics(exported, monkeypatch):
    """The bundled model learnt "do n't" from partly tokenised training data; the output is joined back."""
    t = Translator.load(exported)
    monkeypatch.setattr(t, "_decode_batch", lambda batch, *_: [
        t.sp_target.encode("I do n't know", out_type=str) for _ in batch])
    assert t.translate("Tôi không biết", "vi", "en") == ["I don't know"]
    assert t.translate("I don't know", "en", "vi") == [t.sp_target.decode(t.sp_target.encode("I do n't know",
                                                                                             out_type=str))]


def test_cpu_threads_defaults_to_one_core_per_batch(monkeypatch):
    from mt.translate import cpu_threads

    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    assert cpu_threads() == (1, 4)
    assert cpu_threads(inter=2) == (2, 2)
    assert cpu_threads(intra=4) == (4, 1)
    assert cpu_threads(intra=3, inter=5) == (3, 5)  # both given: taken as they are


def test_thread_settings_come_from_the_environment(exported, monkeypatch):
    monkeypatch.setenv("MT_THREADS", "1")
    monkeypatch.setenv("MT_WORKERS", "3")
    t = Translator.load(exported)
    assert (t.threads, t.workers, t.model.num_translators) == (1, 3, 3)
    monkeypatch.setenv("MT_WORKERS", "two")
    with pytest.raises(InputError, match=r"\$MT_WORKERS must be a whole number"):
        Translator.load(exported)


def test_workers_share_the_batches_and_keep_the_order(exported):
    one = Translator.load(exported, intra_threads=1, inter_threads=1, cache_size=0)
    two = Translator.load(exported, intra_threads=1, inter_threads=2, cache_size=0)
    texts = [f"Tôi có {n} con mèo và {m} con chó." for n in range(7) for m in ("một", "hai")]
    calls, both_busy = [], threading.Barrier(2, timeout=10)  # two batches in flight at once, or it breaks
    decode = two._decode_batch

    def paired(batch, *a):
        calls.append(len(batch))
        both_busy.wait()
        return decode(batch, *a)

    two._decode_batch = paired
    small = DecodeOptions(max_batch_size=4)
    assert two.translate(texts, "vi", "en", options=small) == one.translate(texts, "vi", "en", options=small)
    assert sorted(calls) == [2, 4, 4, 4]  # 14 segments in 4 batches, whatever the workers


def test_numbers_follow_the_source(exported, monkeypatch):
    """A translation that copies the source's number format or writes another number is repaired (mt/numbers.py)."""
    t = Translator.load(exported)
    monkeypatch.setattr(t, "_decode_batch", lambda batch, *_: [
        t.sp_target.encode("It holds 5,000 barrels and 2,3 tons.", out_type=str) for _ in batch])
    out = t.sp_target.decode(t.sp_target.encode("It holds 55,000 barrels and 2.3 tons.", out_type=str))
    assert t.translate("Nó chứa 55.000 thùng và 2,3 tấn.", "vi", "en") == [out]


def test_the_rules_read_a_sentence_in_capitals_as_the_model_does(exported, monkeypatch):
    """The date is found in "on 25 July 2024" (read from "ON 25 JULY 2024") and comes back in capitals; the address
    comes back as written. The stand-in model copies its input."""
    from mt.detailed import translate_detailed

    t = Translator.load(exported)
    seen = []

    def copy(batch, *_):
        texts = [t.sp_source.decode([p for p in b if not p.startswith("__")]) for b in batch]  # no language token
        seen.extend(texts)
        return [t.sp_target.encode(text, out_type=str) for text in texts]

    monkeypatch.setattr(t, "_decode_batch", copy)
    text = "SEE WWW.ABC.VN/Q ON 25 JULY 2024."
    out, = t.translate(text, "en", "vi")
    assert any("See {0} vào ngày 25 tháng 7 năm 2024." in x for x in seen)
    assert out == "SEE WWW.ABC.VN/Q VÀO NGÀY 25 THÁNG 7 NĂM 2024."
    monkeypatch.setattr(t, "translate_segments", lambda segs, *a, **k: [
        [Hypothesis(t.sp_target.encode(t.sp_source.decode(list(s)), out_type=str), -0.1)] for s in segs])
    assert translate_detailed(t, text, "en", "vi", word_scores=False)[0].text == out


def test_a_sentence_in_capitals_is_decoded_in_sentence_case(exported, monkeypatch):
    """The model sees "Cảnh báo: không mở nắp." and the translation comes back in capitals; other sentences of the
    same text are left as they are."""
    t = Translator.load(exported)
    seen = []

    def decode(batch, *_):
        seen.extend(t.sp_source.decode(b) for b in batch)
        return [t.sp_target.encode("Warning: do not open", out_type=str) for _ in batch]

    monkeypatch.setattr(t, "_decode_batch", decode)
    out, = t.translate("CẢNH BÁO: KHÔNG MỞ NẮP. Tôi thích nó.", "vi", "en")
    assert len(seen) == 2 and any("Cảnh báo: không mở nắp." in x for x in seen)
    assert any("Tôi thích nó." in x for x in seen)
    assert out == "WARNING: DO NOT OPEN Warning: do not open"
