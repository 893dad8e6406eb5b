"""Print the fine-tuning demonstration table: test scores before/after with paired-bootstrap 95% CIs.

    python scripts/finetune_table.py runs/finetune-demo      # after scripts/finetune_demo.sh

Reads OUT/{base,full,lora}/eval/TESTSET.SRC-TGT.hyp (written by `mt eval --hyps-out`) and each run's
OUT/{full,lora}/model/mt_train.json; writes OUT/table.md and OUT/table.json (with the sacreBLEU signatures).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval import testsets  # noqa: E402
from mt.data import read_lines  # noqa: E402
from mt.manifest import environment, write_json, write_text  # noqa: E402

SYSTEMS = ("base", "full", "lora")
NAMES = {"base": "vien-base", "full": "full FT", "lora": "LoRA FT"}
TESTS = ("iwslt15-tst2013", "flores200-devtest")
DIRECTIONS = ("vi-en", "en-vi")


def paired_bootstrap(hyps: dict, refs: list[str]) -> dict:
    """sacreBLEU's paired bootstrap (1,000 resamples, seed 12345): each system's score, 95% CI half-width and
    p-value against the first system."""
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    test = PairedTest(list(hyps.items()), {"BLEU": BLEU(), "chrF": CHRF()}, [refs], test_type="bs", n_samples=1000)
    sigs, scores = test()
    columns = dict(zip(("bleu", "chrf"), [k for k in scores if k != "System"]))  # sacreBLEU names chrF "chrF2"
    out = {}
    for i, name in enumerate(hyps):
        out[name] = {m: {"score": round(scores[k][i].score, 2), "ci": round(float(scores[k][i].ci), 2),
                         "p": scores[k][i].p_value} for m, k in columns.items()}
    return {"systems": out, "signatures": {k: str(v) for k, v in sigs.items()}}


def cell(r: dict, base: dict | None, same: bool) -> str:
    text = f"{r['score']:.2f} ± {r['ci']:.2f}"
    if same:  # sacreBLEU gives p = 1/(n+1) for identical outputs by design: say what happened instead
        text += " (output identical to vien-base)"
    elif base is not None:
        text += f" ({r['score'] - base['score']:+.2f}, p={r['p']:.3f})"
    return text


def main(out: Path) -> int:
    rows, results = [], {}
    for t in TESTS:
        for d in DIRECTIONS:
            src, tgt = d.split("-")
            _, refs = testsets.load(t, src, tgt)
            hyps = {s: read_lines(out / s / "eval" / f"{t}.{d}.hyp") for s in SYSTEMS}
            res = results[f"{t} {d}"] = paired_bootstrap(hyps, refs)
            for m in ("bleu", "chrf"):
                base = res["systems"]["base"][m]
                rows.append(f"| {t} | {src}→{tgt} | {'BLEU' if m == 'bleu' else 'chrF'} | "
                            + " | ".join(cell(res["systems"][s][m], None if s == "base" else base,
                                              s != "base" and hyps[s] == hyps["base"]) for s in SYSTEMS)
                            + " |")
    head = ("| test set | direction | metric | " + " | ".join(NAMES[s] for s in SYSTEMS) + " |\n"
            "|---|---|---|" + "---:|" * len(SYSTEMS) + "\n")
    runs = []
    for s in ("full", "lora"):
        m = json.loads((out / s / "model" / "mt_train.json").read_text())
        kept = m["scores"].get("kept", m["scores"]["best"])
        runs.append(f"| {NAMES[s]} | {m['trainable_parameters'] / 1e6:.2f}M | {m['steps']} | "
                    f"{m['train_seconds']:.0f} | "
                    f"{kept['step']} | {m['scores']['base']['dev']['chrf']:.2f} → "
                    f"{kept['dev']['chrf']:.2f} | {m['scores']['base']['general']['chrf']:.2f} → "
                    f"{kept['general']['chrf']:.2f} | {m['stopped']} |")
    run_head = ("| run | trained params | steps | seconds | kept step | dev chrF (base → kept) | "
                "FLORES dev chrF (base → kept) | stopped |\n|---|---:|---:|---:|---:|---:|---:|---|\n")
    sig = next(iter(results.values()))["signatures"]
    table = (head + "\n".join(rows) + "\n\nScore ± 95% CI half-width (paired bootstrap, 1,000 resamples); in brackets "
             "the change against vien-base and its p-value (sacreBLEU paired bootstrap). CTranslate2 int8, beam 4.\n\n" + run_head
             + "\n".join(runs) + "\n\n" + "\n".join(f"{k}: {v}" for k, v in sig.items()) + "\n")
    write_text(out / "table.md", table)
    write_json(out / "table.json", {"results": results, "environment": environment()})
    print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "runs/finetune-demo")))
