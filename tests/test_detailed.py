import pytest

from mt.detailed import LOW_CONFIDENCE, _agreement, join_words, piece_offsets, translate_detailed, translate_sentences
from mt.errors import InputError
from mt.translate import DecodeOptions, Translator

TEXTS = ["Tôi có hai con mèo.", "Họ thích ba quyển sách. Bạn mua một chiếc xe.\n\nChúng tôi thấy bốn bông hoa.", ""]


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


def test_text_matches_translate_and_words_rebuild_it(translator):
    results = translate_detailed(translator, TEXTS, "vi", "en")
    assert [r.text for r in results] == translator.translate(TEXTS, "vi", "en")
    for r in results:
        assert join_words(r.words) == r.text
        assert all(0.0 < w.prob <= 1.0 for w in r.words)
        assert 0.0 < r.confidence <= 1.0
    assert results[1].text.count("\n") == 2 and results[2].text == "" and results[2].words == []


def test_alternatives_are_distinct_and_ranked(translator):
    r = translate_detailed(translator, "Tôi có hai con mèo.", "vi", "en", alternatives=3)[0]
    texts = [r.text] + [a.text for a in r.alternatives]
    assert 1 <= len(r.alternatives) <= 3 and len(set(texts)) == len(texts)
    assert all(0.0 < a.confidence <= r.confidence + 1e-6 for a in r.alternatives)
    with pytest.raises(InputError, match="alternatives must be between"):
        translate_detailed(translator, "x", "vi", "en", alternatives=99)


def test_n_best_scores_and_token_log_probs_agree(translator):
    pieces = translator.sp_source.encode("Tôi có hai con mèo.", out_type=str)
    hyps = translator.translate_segments([pieces], "vi", "en", DecodeOptions(beam_size=4), num_hypotheses=3)[0]
    assert len(hyps) == 3 and [h.score for h in hyps] == sorted((h.score for h in hyps), reverse=True)
    assert translator.sp_target.decode(hyps[0].pieces) == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    logps = translator.token_log_probs([pieces], [hyps[0].pieces], "vi", "en")[0]
    assert len(logps) == len(hyps[0].pieces) and all(lp <= 0 for lp in logps)
    # CTranslate2's score is the mean log-probability over the pieces and the end token
    assert sum(logps) / (len(logps) + 1) >= hyps[0].score - 0.5


def test_low_confidence_words_are_the_improbable_ones(translator):
    r = translate_detailed(translator, "Chúng tôi thích sáu con chó.", "vi", "en")[0]
    low = r.low_confidence()
    assert all(w.prob < LOW_CONFIDENCE for w in low)
    assert all(w.prob >= LOW_CONFIDENCE for w in r.words if w not in low)
    assert r.low_confidence(1.01) == r.words and r.low_confidence(0.0) == []


def test_attention_gives_each_word_a_source_position(translator):
    s = "Họ thích ba quyển sách."
    res = translate_sentences(translator, [s], "vi", "en", attention=True)[0]
    assert all(w.source is not None and 0 <= w.source < len(s) for w in res.candidates[0].words)


def test_alignment_goes_where_both_directions_agree():
    # v6 on "Nhấn Lưu ...": the first output word "Click" looks forward at "Lưu" (0.86, "Nhấn" 0.07), while the
    # backward attention puts it on "Nhấn" only (0.57 vs 0.0). A sum sends it to "Lưu"; both directions agree on "Nhấn".
    forward, backward = {"Nhấn": 0.07, "Lưu": 0.86}, {"Nhấn": 0.57, "Lưu": 0.0}
    scores = {w: _agreement([forward[w]], [backward[w]]) for w in forward}
    assert max(scores, key=scores.get) == "Nhấn"
    # with one direction only (a model that does not translate back) the forward attention decides
    assert _agreement([0.2, 0.3], None) == pytest.approx(0.5)


def test_piece_offsets_point_at_each_piece():
    text = "Tôi yêu  Hà Nội."
    pieces = ["▁Tôi", "▁yêu", "▁Hà", "▁Nội", "."]
    offsets = piece_offsets(text, pieces)
    assert [text[o : o + len(p.lstrip("▁"))] for o, p in zip(offsets, pieces)] == ["Tôi", "yêu", "Hà", "Nội", "."]


def writing(exported, monkeypatch, output: str) -> Translator:
    """A translator whose model writes `output` for every sentence, through both paths' decoding calls."""
    from mt.translate import Hypothesis

    t = Translator.load(exported)
    pieces = t.sp_target.encode(output, out_type=str)
    monkeypatch.setattr(t, "_decode_batch", lambda batch, *_: [pieces for _ in batch])
    monkeypatch.setattr(t, "translate_segments", lambda segs, *a, **k: [[Hypothesis(pieces, -0.1)] for _ in segs])
    return t


def test_clitics_join_the_previous_word_as_in_translate(exported, monkeypatch):
    """A model that writes "do n't" gets "don't" from both paths, and the words still rebuild the text."""
    t = writing(exported, monkeypatch, "I do n't know")
    result, = translate_detailed(t, ["Tôi không biết"], "vi", "en", word_scores=False)
    assert result.text == "I don't know" == t.translate("Tôi không biết", "vi", "en")[0]
    assert join_words(result.words) == result.text and [w.text for w in result.words][-2:] == ["n't", "know"]


def test_numbers_are_repaired_as_in_translate(exported, monkeypatch):
    """Both paths repair a wrong number, and the words still rebuild the text."""
    t = writing(exported, monkeypatch, "It holds 5,000 barrels.")
    result, = translate_detailed(t, ["Nó chứa 55.000 thùng."], "vi", "en", word_scores=False)
    assert "55,000" in result.text and result.text == t.translate("Nó chứa 55.000 thùng.", "vi", "en")[0]
    assert join_words(result.words) == result.text


def test_a_sentence_in_capitals_comes_back_in_capitals_as_in_translate(exported, monkeypatch):
    t = writing(exported, monkeypatch, "Warning: do not open")
    result, = translate_detailed(t, ["CẢNH BÁO: KHÔNG MỞ NẮP"], "vi", "en", word_scores=False)
    assert result.text == "WARNING: DO NOT OPEN" == t.translate("CẢNH BÁO: KHÔNG MỞ NẮP", "vi", "en")[0]
    assert join_words(result.words) == result.text
