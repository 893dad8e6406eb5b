"""sacreBLEU scores with their signatures: a number without its signature is not a result.

    score(hyps, refs, tgt)                 # corpus BLEU, chrF, chrF++, TER (+ signatures)
    compare([("copy", h0), ("model", h1)], refs, n_samples=1000)
        # sacreBLEU's paired bootstrap resampling: each system's 95% CI, and p-values against the first
    stats(hyps, refs) / from_stats(...)    # sufficient statistics, so subsets can be pooled and rescored

BLEU uses sacreBLEU's defaults (13a tokenisation, mixed case); chrF++ is chrF with word bigrams (word_order=2);
TER is lower-is-better. `chrf` stays plain chrF (what `mt eval` has always printed).
"""
from __future__ import annotations

from mt.errors import InputError

# name in our rows -> how to build the sacreBLEU metric
METRICS = ("bleu", "chrf", "chrfpp", "ter")
BOOTSTRAP_METRICS = ("bleu", "chrfpp", "ter")  # the ones with CIs and p-values


def _metric(name: str):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU, "chrf": CHRF, "chrfpp": lambda: CHRF(word_order=2), "ter": TER}[name]()


def _check(hyps: list[str], refs: list[str]) -> None:
    if len(hyps) != len(refs):
        raise InputError(f"{len(hyps)} hypotheses but {len(refs)} references: they must be aligned")
    if not refs:
        raise InputError("nothing to score: no segments")


def score(hyps: list[str], refs: list[str], tgt: str | None = None) -> dict:
    """Corpus BLEU, chrF, chrF++ and TER of `hyps` against one reference per line, with signatures."""
    _check(hyps, refs)
    out: dict = {}
    signatures = {}
    for name in METRICS:
        metric = _metric(name)
        out[name] = round(metric.corpus_score(hyps, [refs]).score, 2)
        signatures[name] = str(metric.get_signature())
    return {**out, "n": len(refs), "signature": signatures}


def score_one(name: str, hyps: list[str], refs: list[str]) -> float:
    _check(hyps, refs)
    return round(_metric(name).corpus_score(hyps, [refs]).score, 2)


def signature(name: str) -> str:
    """The metric's signature (sacreBLEU fills in nrefs only once it has scored something: one reference)."""
    metric = _metric(name)
    metric.corpus_score(["a"], [["a"]])
    return str(metric.get_signature())


def compare(systems: list[tuple[str, list[str]]], refs: list[str], n_samples: int = 1000) -> dict[str, dict]:
    """Paired bootstrap resampling (sacreBLEU's, seed 12345 unless $SACREBLEU_SEED says otherwise).

    The first system is the baseline. Returns, per system name and metric, the score, the bootstrap mean, the
    half-width of the 95% confidence interval (`ci`: the interval is mean ± ci) and, for every system but the
    baseline, the p-value of the difference to the baseline. Plus the signature of the test under "_signature".
    """
    from sacrebleu.significance import PairedTest

    for _, hyps in systems:
        _check(hyps, refs)
    if n_samples < 1:
        raise InputError("the number of bootstrap samples must be at least 1")
    metrics = {name: _metric(name) for name in BOOTSTRAP_METRICS}
    test = PairedTest(systems, metrics, [refs], test_type="bs", n_samples=n_samples)
    signatures, scores = test()
    names = scores["System"]
    out: dict[str, dict] = {name: {} for name in names}
    # sacreBLEU names its metrics (BLEU, chrF2++, TER) in the order we passed them
    for ours, theirs in zip(BOOTSTRAP_METRICS, [k for k in scores if k != "System"]):
        for name, result in zip(names, scores[theirs]):
            out[name][ours] = {"score": round(result.score, 2), "mean": round(float(result.mean), 2),
                               "ci": round(float(result.ci), 2),
                               "p_value": None if result.p_value is None else round(float(result.p_value), 4)}
    for name, hyps in systems[1:]:
        if hyps == systems[0][1]:
            # Identical output: every resample differs by exactly 0 and sacreBLEU's count of resampled
            # differences *above* the observed one (0) gives the smallest p-value it can, 1/(n+1). No
            # difference is no evidence of one: p = 1.
            for metric in out[name].values():
                metric["p_value"] = 1.0
    out["_signature"] = {ours: str(signatures[theirs])
                         for ours, theirs in zip(BOOTSTRAP_METRICS, signatures)}
    return out


def stats(hyps: list[str], refs: list[str]) -> dict[str, list[list[float]]]:
    """Per-segment sufficient statistics of BLEU and chrF++: sums of them over any subset give that subset's
    corpus score (from_stats), so breakdowns can be pooled across test sets."""
    _check(hyps, refs)
    out = {}
    for name in ("bleu", "chrfpp"):
        metric = _metric(name)
        out[name] = [list(map(float, s)) for s in metric._extract_corpus_statistics(hyps, [refs])]
    return out


def from_stats(name: str, summed: list[float]) -> float:
    """The corpus score of summed sufficient statistics (as sacreBLEU's own bootstrap computes it)."""
    metric = _metric(name)
    return round(metric._compute_score_from_stats([int(x) if name == "bleu" else x for x in summed]).score, 2)


def sentence_chrfpp(hyps: list[str], refs: list[str]) -> list[float]:
    """Segment-level chrF++ (smoother than sentence BLEU): how the worst segments are found."""
    _check(hyps, refs)
    metric = _metric("chrfpp")
    return [metric.sentence_score(h, [r]).score for h, r in zip(hyps, refs)]
