"""Served outputs that loop ("our our our our our taxpayer", "nói được nhiều từ từ từ từ từ từ chậm"), decoded again
in three ways, each scored by sentence chrF against the reference:

- nbest: the best of the beam's 4 hypotheses that does not loop (repetition penalty 1.2 where all do);
- rp1.1, rp1.2: CTranslate2's repetition_penalty at 1.1 and 1.2.

A loop is a word or a run of up to three words four times in a row, where the source has no word three times in a
row. Reads the saved outputs of `mt eval --hyps-dir` (the bundled model's file names).

    python scripts/loops_check.py runs/fin33e/hyps      # about a minute on 2 CPU cores
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import sacrebleu

from eval.testsets import load
from mt import Translator

WORD = re.compile(r"\w+(?:[-']\w+)*")


def loops(text: str, times: int = 4) -> bool:
    """Whether a word or a run of up to three words comes `times` times in a row (case and punctuation aside)."""
    words = [w.lower() for w in WORD.findall(text)]
    for n in (1, 2, 3):
        for i in range(len(words) - n * times + 1):
            if all(words[i + k * n : i + (k + 1) * n] == words[i : i + n] for k in range(1, times)):
                return True
    return False


def decoded(t: Translator, sources: list[str], src: str, tgt: str, **options) -> list[list[str]]:
    """Each source's hypotheses (beam 4) as text."""
    prefix = t._target_prefix(src, tgt)
    batch = [t._source_tokens(t.sp_source.encode(s, out_type=str), src, tgt) for s in sources]
    results = t.model.translate_batch(batch, target_prefix=[prefix] * len(batch) if prefix else None, beam_size=4,
                                      max_decoding_length=400, **options)
    return [[t.sp_target.decode(h[len(prefix):]) for h in r.hypotheses] for r in results]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("hyps_dir", type=Path)
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data/vien"))
    args = ap.parse_args()
    t = Translator.load(cache_size=0)
    totals: dict[str, float] = {}
    for path in sorted(args.hyps_dir.glob("vien-base_ct2_int8.*.txt")):
        testset, pair = path.name.split(".")[1:3]
        src, tgt = pair.split("-")
        sources, refs = load(testset, src, tgt, args.data_dir)
        hyps = path.read_text(encoding="utf-8").split("\n")[: len(sources)]
        idx = [i for i, h in enumerate(hyps) if loops(h) and not loops(sources[i], 3)]
        if not idx:
            continue
        chosen = [sources[i] for i in idx]
        penalised = decoded(t, chosen, src, tgt, repetition_penalty=1.2)
        ways = {"served": [hyps[i] for i in idx],
                "nbest": [next((h for h in hs if not loops(h)), p[0])
                          for hs, p in zip(decoded(t, chosen, src, tgt, num_hypotheses=4), penalised)],
                "rp1.1": [hs[0] for hs in decoded(t, chosen, src, tgt, repetition_penalty=1.1)],
                "rp1.2": [hs[0] for hs in penalised]}
        for k, i in enumerate(idx):
            print(f"{testset} {pair} line {i + 1}")
            for name, outs in ways.items():
                score = sacrebleu.sentence_chrf(outs[k], [refs[i]]).score
                totals[name] = totals.get(name, 0.0) + score
                print(f"  {name:6} {score:5.1f}  {outs[k][:110]}")
        totals["lines"] = totals.get("lines", 0) + len(idx)
    lines = int(totals.pop("lines", 0))
    print(f"{lines} looping lines; mean sentence chrF:",
          ", ".join(f"{name} {total / max(lines, 1):.1f}" for name, total in totals.items()))


if __name__ == "__main__":
    main()
