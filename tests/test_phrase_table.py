"""eval.phrase_table: alignment symmetrisation, phrase extraction, counts and the learned table files."""
import gzip
import json

import pytest

from eval import phrase_table
from eval.lexical import LexicalTranslator
from mt.manifest import sha256_file


@pytest.fixture(scope="module")
def table(data_dir, tmp_path_factory):
    return phrase_table.learn(data_dir, tmp_path_factory.mktemp("table"), log=lambda m: None)


def test_table_files_and_manifest(table, data_dir):
    manifest = json.loads((table / "manifest.json").read_text())
    assert manifest["pairs_aligned"] == 400 and "eflomal" in manifest["aligner"]
    assert set(manifest["data"]) == {str(data_dir / c / f"train.{s}") for c in ("corpus_a", "corpus_b")
                                     for s in ("vi", "en")}
    rows = [line.split("\t") for line in gzip.open(table / "vi-en.tsv.gz", "rt", encoding="utf-8")]
    best = {s: t for s, t, _n, _p in reversed(rows)}  # first row of each source wins
    assert best["mua"] == "buy" and best["thấy"] == "see" and best["hai"] == "two"
    assert manifest["tables_sha256"]["vi-en.tsv.gz"] == sha256_file(table / "vi-en.tsv.gz")


def test_grow_diag_final_and():
    fwd = {(0, 0), (1, 1), (2, 1)}
    rev = {(0, 0), (1, 1), (2, 2)}
    # intersection {(0,0),(1,1)}; (2,1) and (2,2) are union neighbours covering the unaligned source word 2
    assert phrase_table.grow_diag_final_and(fwd, rev) == {(0, 0), (1, 1), (2, 1), (2, 2)}
    assert phrase_table.grow_diag_final_and(set(), {(0, 3)}) == {(0, 3)}  # final-and: both words unaligned

def test_extract_keeps_only_consistent_phrases():
    vi, en = ["con", "mèo", "đen"], ["black", "cats"]
    spans, null_vi, null_en = phrase_table.extract(vi, en, {(0, 1), (1, 1), (2, 0)})
    phrases = {(" ".join(vi[a : b + 1]), " ".join(en[c : d + 1])) for a, b, c, d in spans}
    assert {("con mèo", "cats"), ("đen", "black"), ("con mèo đen", "black cats")} <= phrases
    assert ("con", "cats") not in phrases  # 'cats' is also aligned to 'mèo', outside the span
    assert not null_vi and not null_en
    _, null_vi, _ = phrase_table.extract(["các", "con", "mèo"], ["cats"], {(2, 0)})
    assert null_vi == [0, 1]

def test_casing_and_null_translations():
    counts = phrase_table.Counts()
    counts.add(["Tôi", "thấy", "các", "mèo"], ["I", "see", "cats"], {(0, 0), (1, 1), (3, 2)})
    for _ in range(2):  # a phrase of several words needs two sightings
        counts.add(["Hôm", "nay", "tôi", "đi"], ["Today", "I", "go"], {(0, 0), (1, 0), (2, 1), (3, 2)})
    best = {s: t for s, t, _n, _p in reversed(phrase_table.best_translations(counts, "vi"))}
    assert best["tôi"] == "I"  # 'I' inside a sentence keeps its capital
    assert best["các"] == ""  # never aligned: translated to nothing
    t = LexicalTranslator(None, {"vi-en": best, "en-vi": {}}, {})
    assert t.translate("hôm nay tôi thấy các mèo", "vi", "en") == ["Today I see cats"]
