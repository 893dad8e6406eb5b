"""The lexical baseline: eflomal alignments -> phrase table -> longest-match translation."""
import gzip
import json

import pytest

from eval import lexical, metrics
from eval.lexical import LexicalTranslator
from mt.data import read_pair
from mt.errors import DataError
from mt.manifest import sha256_file


@pytest.fixture(scope="module")
def table(data_dir, tmp_path_factory):
    return lexical.learn(data_dir, tmp_path_factory.mktemp("lexical"), log=lambda m: None)


def test_learns_the_word_mapping_from_the_data(table, data_dir):
    """The synthetic corpus maps words one to one (and 'con mèo' to 'cats'): held-out sentences come out right.
    eflomal samples from a random start (it takes no seed), so a word or two may be missed on 400 pairs."""
    vi, en = read_pair(data_dir / "flores200" / "dev.vi", data_dir / "flores200" / "dev.en")
    t = LexicalTranslator.load(table)
    assert metrics.score(t.translate(vi, "vi", "en"), en)["bleu"] >= 85
    assert metrics.score(t.translate(en, "en", "vi"), vi)["bleu"] >= 85
    assert metrics.score([v for v, e in zip(vi, en)], en)["bleu"] < 10  # untranslated, they would score ~0


def test_table_files_and_manifest(table, data_dir):
    manifest = json.loads((table / "manifest.json").read_text())
    assert manifest["pairs_aligned"] == 400 and "eflomal" in manifest["aligner"]
    assert set(manifest["data"]) == {str(data_dir / c / f"train.{s}") for c in ("corpus_a", "corpus_b")
                                     for s in ("vi", "en")}
    rows = [line.split("\t") for line in gzip.open(table / "vi-en.tsv.gz", "rt", encoding="utf-8")]
    best = {s: t for s, t, _n, _p in reversed(rows)}  # first row of each source wins
    assert best["mua"] == "buy" and best["thấy"] == "see" and best["hai"] == "two"
    assert manifest["tables_sha256"]["vi-en.tsv.gz"] == sha256_file(table / "vi-en.tsv.gz")


def test_unknown_words_are_copied_and_capitals_kept(table):
    t = LexicalTranslator.load(table)
    assert t.translate("Tôi thấy Hà Nội.", "vi", "en") == ["I see Hà Nội."]
    assert t.translate(["", "hai"], "vi", "en") == ["", "two"]
    assert t.translate("tôi thấy hai.\nHọ mua sách", "vi", "en") == ["I see two.\nThey buy sách"]


def test_load_learns_once_into_the_cache(data_dir, monkeypatch, tmp_path):
    monkeypatch.setenv("MT_CACHE_DIR", str(tmp_path))
    messages = []
    first = LexicalTranslator.load(data_dir=data_dir, log=messages.append)
    assert first.path.parent == tmp_path / "lexical" and messages
    messages.clear()
    again = LexicalTranslator.load(data_dir=data_dir, log=messages.append)
    assert again.path == first.path and not messages


def test_a_damaged_table_says_what_to_do(table, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "manifest.json").write_text("{}")
    with pytest.raises(DataError, match="delete it and it will be learned again"):
        LexicalTranslator.load(bad)


def test_grow_diag_final_and():
    fwd = {(0, 0), (1, 1), (2, 1)}
    rev = {(0, 0), (1, 1), (2, 2)}
    # intersection {(0,0),(1,1)}; (2,1) and (2,2) are union neighbours covering the unaligned source word 2
    assert lexical.grow_diag_final_and(fwd, rev) == {(0, 0), (1, 1), (2, 1), (2, 2)}
    assert lexical.grow_diag_final_and(set(), {(0, 3)}) == {(0, 3)}  # final-and: both words unaligned


def test_extract_keeps_only_consistent_phrases():
    vi, en = ["con", "mèo", "đen"], ["black", "cats"]
    spans, null_vi, null_en = lexical.extract(vi, en, {(0, 1), (1, 1), (2, 0)})
    phrases = {(" ".join(vi[a : b + 1]), " ".join(en[c : d + 1])) for a, b, c, d in spans}
    assert {("con mèo", "cats"), ("đen", "black"), ("con mèo đen", "black cats")} <= phrases
    assert ("con", "cats") not in phrases  # 'cats' is also aligned to 'mèo', outside the span
    assert not null_vi and not null_en
    _, null_vi, _ = lexical.extract(["các", "con", "mèo"], ["cats"], {(2, 0)})
    assert null_vi == [0, 1]


def test_casing_and_null_translations():
    counts = lexical.Counts()
    counts.add(["Tôi", "thấy", "các", "mèo"], ["I", "see", "cats"], {(0, 0), (1, 1), (3, 2)})
    for _ in range(2):  # a phrase of several words needs two sightings
        counts.add(["Hôm", "nay", "tôi", "đi"], ["Today", "I", "go"], {(0, 0), (1, 0), (2, 1), (3, 2)})
    best = {s: t for s, t, _n, _p in reversed(lexical.best_translations(counts, "vi"))}
    assert best["tôi"] == "I"  # 'I' inside a sentence keeps its capital
    assert best["các"] == ""  # never aligned: translated to nothing
    t = LexicalTranslator(None, {"vi-en": best, "en-vi": {}}, {})
    assert t.translate("hôm nay tôi thấy các mèo", "vi", "en") == ["Today I see cats"]


def test_tokenize_round_trip():
    assert lexical.tokenize("Xin chào, thế giới!") == ["Xin", "chào", ",", "thế", "giới", "!"]
    assert lexical.detokenize(["Hello", ",", "world", "(", "x", ")", "!"]) == "Hello, world (x)!"
