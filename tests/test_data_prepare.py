"""mt.data.prepare: deterministic splits, a manifest with hashes and counts, verified on reading."""
import json

import pytest

from mt.data import Corpus, gather
from mt.data import prepare as P
from mt.data.leakage import LeakIndex
from mt.errors import DataError, InputError


def _build(data_dir, **kw):
    return P.build(gather(data_dir), dev_size=kw.pop("dev_size", 30), leaks=LeakIndex.build(data_dir), **kw)


def test_split_is_deterministic_and_independent_of_corpus_order(data_dir):
    a = _build(data_dir)
    b = P.build(list(reversed(gather(data_dir))), dev_size=30, leaks=LeakIndex.build(data_dir))
    kept = sum(c["kept"] for c in a.manifest["counts"].values())
    assert len(a.dev) == 30 and len(a.train) + len(a.dev) == kept
    # the synthetic corpus happens to hold two lines of the shipped Tatoeba test set: they are dropped
    assert kept == 400 - a.manifest["counts"]["corpus_b"]["test_leak"] < 400
    assert {(p.vi, p.en) for p in a.dev} == {(p.vi, p.en) for p in b.dev}
    assert not {(p.vi, p.en) for p in a.dev} & {(p.vi, p.en) for p in a.train}
    assert a.manifest_sha256 == _build(data_dir).manifest_sha256


def test_write_read_round_trip_and_manifest(data_dir, tmp_path):
    prepared = _build(data_dir)
    out = P.write(prepared, tmp_path / "prep")
    again = P.read(out)
    assert again.train == prepared.train and again.dev == prepared.dev
    assert again.manifest_sha256 == prepared.manifest_sha256  # the file hashes to what was computed in memory
    m = json.loads((out / "manifest.json").read_text())
    assert set(m["corpora"]) == {"corpus_a", "corpus_b"}
    assert all(len(h) == 64 for c in m["corpora"].values() for h in c["files"].values())
    kept = sum(c["kept"] for c in m["counts"].values())
    assert m["counts"]["corpus_a"]["read"] == 250
    assert m["split"] == {"dev_size": 30, "seed": 1, "train": kept - 30, "dev": 30}
    assert m["outputs"]["train.vi"]["lines"] == kept - 30
    assert (out / "train.origin").read_text().splitlines()[0].startswith("corpus_a\tcorpus_a:")
    assert "flores200-dev" in m["leak_check"]["testsets"]


def test_leaked_pair_is_dropped(data_dir):
    dev_vi = (data_dir / "flores200" / "dev.vi").read_text().splitlines()[0]
    leaky = Corpus("leaky", [dev_vi, "Xin chào các bạn."], ["whatever it says", "Hello, friends."])
    prepared = P.build([leaky], dev_size=0, leaks=LeakIndex.build(data_dir))
    assert [p.vi for p in prepared.train] == ["Xin chào các bạn."]
    assert prepared.manifest["counts"]["leaky"]["test_leak"] == 1


def test_refuses_to_overwrite_and_detects_tampering(data_dir, tmp_path):
    out = P.write(_build(data_dir), tmp_path / "prep")
    with pytest.raises(InputError, match="already exists"):
        P.write(_build(data_dir), out)
    with open(out / "train.en", "a") as f:
        f.write("an extra line\n")
    with pytest.raises(DataError, match="changed since it was prepared"):
        P.read(out)
    with pytest.raises(DataError, match="not prepared data"):
        P.read(tmp_path)


def test_nothing_left_is_an_error():
    with pytest.raises(DataError, match="no pair survived"):
        P.build([Corpus("c", ["", "x"], ["y", ""])])
