"""mt bench on tiny local models: every runtime measured in its own process, the summary picks by the rules."""
import json

import pytest

from mt.bench import BenchConfig, bench, check, format_table, summarize
from mt.errors import InputError


@pytest.fixture(scope="module")
def result(trained, exported, tmp_path_factory):
    cfg = BenchConfig(model=str(exported), hf_model=str(trained), limit=6, latency_samples=3, batch_size=4,
                      runtimes=("hf-fp32", "ct2-float32", "ct2-int8"),
                      cache_dir=str(tmp_path_factory.mktemp("bench-cache")))
    return bench(cfg, log=lambda m: None)


def test_every_runtime_measured(result):
    rows = {r["runtime"]: r for r in result["rows"]}
    assert set(rows) == {"hf-fp32", "ct2-float32", "ct2-int8"}
    for r in rows.values():
        assert r["tgt_tok_s"] > 0 and r["sent_s"] > 0 and r["peak_rss_mb"] > 10 and r["size_mb"] > 0
        assert 0 < r["latency_p50_ms"] <= r["latency_p95_ms"]
        assert r["n"] == 6 and "nrefs:1" in r["signature"]["bleu"]
    # the transformers process holds torch: its own peak RSS, measured apart, is larger
    assert rows["hf-fp32"]["peak_rss_mb"] > rows["ct2-int8"]["peak_rss_mb"]


def test_float32_runtimes_agree(result):
    rows = {r["runtime"]: r for r in result["rows"]}
    assert rows["hf-fp32"]["bleu"] == rows["ct2-float32"]["bleu"]
    assert rows["hf-fp32"]["target_tokens"] == rows["ct2-float32"]["target_tokens"]


def test_summary_fields(result):
    assert result["best_compute_type"] in ("float32", "int8")
    best = next(r for r in result["rows"] if r["runtime"] == "ct2-" + result["best_compute_type"])
    assert result["bleu_best"] == best["bleu"] and result["bleu_hf_fp32"] - best["bleu"] <= 0.5
    base = next(r for r in result["rows"] if r["runtime"] == "hf-fp32")
    assert result["speedup_best_vs_hf_fp32"] == round(best["tgt_tok_s"] / base["tgt_tok_s"], 2)
    assert "best CTranslate2 precision" in format_table(result)
    json.dumps(result)  # serialisable as printed by --json


def test_best_is_the_fastest_within_tolerance():
    rows = [
        {"runtime": "hf-fp32", "bleu": 20.0, "tgt_tok_s": 100, "peak_rss_mb": 800},
        {"runtime": "ct2-float32", "bleu": 20.0, "tgt_tok_s": 400, "peak_rss_mb": 300},
        {"runtime": "ct2-int8", "bleu": 19.6, "tgt_tok_s": 900, "peak_rss_mb": 150},
        {"runtime": "ct2-int8_float16", "bleu": 18.0, "tgt_tok_s": 2000, "peak_rss_mb": 150},  # loses too much
    ]
    s = summarize(rows, BenchConfig(), "hf", "ct2", 10)
    assert (s["best_compute_type"], s["speedup_best_vs_hf_fp32"], s["rss_ratio_hf_fp32_vs_best"]) == \
        ("int8", 9.0, 5.33)


@pytest.mark.parametrize("kw, message", [
    (dict(src="fr"), "unknown language code"),
    (dict(beam_size=0), "beam"),
    (dict(runtimes=("ct2-int4",)), "unknown runtime"),
])
def test_bad_config(kw, message):
    with pytest.raises(InputError, match=message):
        check(BenchConfig(**kw))
