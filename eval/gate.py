"""The quantisation gate: a quantised export may lose at most MAX_DROP BLEU against its float model.

    mt eval --gate --model models/vien-base        # float model: its source checkpoint, exported to float32
    mt eval --gate --model models/vien-base --reference runs/vien-base-f32 --max-drop 0.5

Both run on the same dev set (FLORES-200 dev unless --testset says otherwise), in both directions, with the same
decoding settings; `mt eval` exits with status 1 when any direction loses more than the allowed BLEU.
"""
from __future__ import annotations

from mt.errors import InputError

DEFAULT_MAX_DROP = 0.5
DEFAULT_TESTSET = "flores200-dev"


def check(rows: list[dict], reference: str, candidate: str, max_drop: float = DEFAULT_MAX_DROP):
    """(passed, one line per test set and direction) comparing `candidate` rows with `reference` rows."""
    by = {(r["system"], r["testset"], r["src"], r["tgt"]): r for r in rows}
    lines, passed = [], True
    for (system, testset, src, tgt), ref in by.items():
        if system != reference:
            continue
        cand = by.get((candidate, testset, src, tgt))
        if cand is None:
            raise InputError(f"no {candidate!r} row for {testset} {src}->{tgt}: nothing to gate")
        drop = round(ref["bleu"] - cand["bleu"], 2)
        ok = drop <= max_drop
        passed &= ok
        p = (cand.get("p_value") or {}).get("bleu")
        lines.append(f"gate {testset} {src}->{tgt}: {reference} {ref['bleu']:.2f}, {candidate} {cand['bleu']:.2f}, "
                     f"loss {drop:+.2f} BLEU (allowed {max_drop:g})" + (f", p={p:.3f}" if p is not None else "")
                     + f": {'pass' if ok else 'FAIL'}")
    if not lines:
        raise InputError(f"no {reference!r} rows: nothing to gate")
    return passed, lines
