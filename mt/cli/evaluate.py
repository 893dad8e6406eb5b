"""mt eval: score systems on test sets with sacreBLEU; `mt eval report` renders the results."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import config
from ..errors import InputError
from .common import add_model_args, print_json

EPILOG = """\
systems (--system, repeatable; default: model):
  copy                      baseline: {copy}
  lexical                   baseline: {lexical}; learned from the training corpora in --data-dir on first use (eflomal, ~2 min),
                            then read from $MT_CACHE_DIR (default runs/cache)
  model                     the --model directory (default: the bundled model), run by CTranslate2
  ct2:DIR[@COMPUTE]         an `mt export` directory; COMPUTE: int8, float32, float16 (GPU), ... (default: its own)
  hf:DIR_OR_HUB_ID[@DTYPE]  a Hugging Face checkpoint (pretrained zero-shot or fine-tuned) run by transformers,
                            with the same decoding as CTranslate2; DTYPE float32 (default), float16, bfloat16
  DIR                       an export (mt.json) or a checkpoint (config.json), told apart by its files
  LABEL=SPEC                any of these, shown as LABEL

Every system translates the same test sets with the same decoding settings (beam --beam-size, length penalty
1.0, at most 2 x source tokens + 10 output tokens); copy and lexical do not search. Each row gets sacreBLEU
BLEU, chrF, chrF++ and TER with signatures, 95% confidence intervals and p-values against --baseline from
paired bootstrap resampling, a breakdown by source length and domain, the worst segments, and is appended to
--results as one JSON line with the model manifest, test-file hashes and code version.

examples:
  mt eval --testset flores200-devtest --src vi --tgt en
  mt eval --testset all --system copy --system lexical --system model --baseline lexical
  mt eval --testset flores200-devtest --system hf:models/vien-base-hf --system ct2:runs/f32 \\
          --system ct2:runs/f32@int8 --system model --baseline "vien-base-hf (hf float32)"
  mt eval --gate --model models/vien-base --reference runs/vien-base-f32     # exit 1 if int8 loses > 0.5 BLEU
  mt eval report                                                             # runs/eval/report/report.md + PNGs
"""


def add(sub) -> None:
    from eval.systems import BASELINES

    p = sub.add_parser("eval", help="score models and baselines on test sets with sacreBLEU",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Translate test sets with one or more systems and score them with sacreBLEU. "
                                   "--system copy and --system lexical are the baselines (see below).",
                       epilog=EPILOG.format(**BASELINES))
    what = p.add_argument_group("what to score")
    what.add_argument("--testset", action="append", default=[], metavar="NAME",
                      help="flores200-dev, flores200-devtest, iwslt15-tst2012, iwslt15-tst2013, tatoeba-test, or "
                           "all (repeatable)")
    what.add_argument("--src-file", help="source lines (instead of, or besides, --testset)")
    what.add_argument("--ref-file", help="reference lines, aligned with --src-file")
    what.add_argument("--src", help="source language: vi or en (with --tgt; default: both directions)")
    what.add_argument("--tgt", help="target language: vi or en")
    what.add_argument("--limit", type=int, default=0, help="score only the first N segments of each set (quick runs)")
    what.add_argument("--typed", choices=("unmarked", "lower", "unmarked-lower", "shorthand", "upper"), default="",
                      help="score the sources as typed the quick way: without Vietnamese marks (vi->en only), in "
                           "lower case, both, in lower case with chat shorthand such as ko, dc, u, pls, or in "
                           "capitals, against references in capitals (rows named SET+TYPED)")
    what.add_argument("--data-dir", default=None, help="where named test sets and the training data live (default: "
                                                       "$MT_DATA_DIR, then the copies in eval/data)")
    systems = p.add_argument_group("systems")
    systems.add_argument("--system", action="append", default=[], metavar="SPEC",
                         help="a system to score (repeatable; default: model); see below")
    systems.add_argument("--baseline", default=None, help="the system (label or spec) p-values compare against "
                                                          "(default: the first --system)")
    systems.add_argument("--threads", type=int, default=0,
                         help="CPU cores per runtime: CTranslate2 decodes that many batches side by side, one core "
                              "each; transformers gets that many threads (default: every core)")
    systems.add_argument("--no-restore", action="store_true",
                         help="translate text typed without marks or capitals, or in chat shorthand, as it is, "
                              "without reading it as written first (the before of --typed)")
    systems.add_argument("--no-retry-untranslated", action="store_true",
                         help="keep vi->en sentences that left Vietnamese words in the English, and en->vi ones "
                              "that copied the English word they open with, as they came out (by default they are "
                              "decoded again without them)")
    add_model_args(p)
    scoring = p.add_argument_group("scoring and output")
    scoring.add_argument("--bootstrap", type=int, default=1000, help="paired bootstrap resamples (0: no CIs)")
    scoring.add_argument("--worst", type=int, default=5, help="worst segments kept per row (default: 5)")
    scoring.add_argument("--results", default=None, help=f"JSONL file the rows are appended to (default: "
                                                         f"${config.ENV['eval_results'][0]} or "
                                                         f"{config.ENV['eval_results'][1]})")
    scoring.add_argument("--hyps-out", help="write the output here, one line per segment (one system and set)")
    scoring.add_argument("--hyps-dir", help="write every system's output here, a file per system, set, direction")
    scoring.add_argument("--json", action="store_true", help="print each row as one JSON object per line")
    gate = p.add_argument_group("quantisation gate")
    gate.add_argument("--gate", action="store_true", help="compare --model with its float model on a dev set "
                                                          "(default flores200-dev) and exit 1 if it loses more "
                                                          "than --max-drop BLEU in a direction")
    gate.add_argument("--reference", default=None, help="the float model's system spec (default: the source "
                                                        "checkpoint named in the model's mt.json, exported once "
                                                        "to CTranslate2 float32 into $MT_CACHE_DIR)")
    gate.add_argument("--max-drop", type=float, default=None, help="BLEU the quantised model may lose (default: 0.5)")
    p.set_defaults(func=run)
    rsub = p.add_subparsers(dest="eval_command", metavar="report")
    r = rsub.add_parser("report", help="render the results as Markdown with PNG plots",
                        description="Render results (JSONL from `mt eval`) as report.md with scores.png and "
                                    "quality_speed.png; published scores of other systems are shown apart.")
    r.add_argument("--results", default=None, help=f"results file (default: {config.ENV['eval_results'][1]})")
    r.add_argument("--run", default="last", help="which run: last (default), all, or a run id")
    r.add_argument("--out", default="runs/eval/report", help="output directory (default: runs/eval/report)")
    r.set_defaults(func=run_report)


def _directions(args) -> list[tuple[str, str]]:
    from ..langs import check_pair

    if bool(args.src) != bool(args.tgt):
        raise InputError("give both --src and --tgt, or neither for both directions")
    if args.src:
        return [check_pair(args.src, args.tgt)]
    return [("vi", "en"), ("en", "vi")]


def _systems(args):
    from eval import gate, systems

    log = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    specs = args.system or ["model"]
    if args.gate:
        if args.system:
            raise InputError("--gate compares --model with --reference: leave out --system")
        specs = [args.reference or systems.reference_for(args.model, log), "model"]
    elif args.reference or args.max_drop is not None:
        raise InputError("--reference and --max-drop go with --gate")
    parsed = [systems.parse(s) for s in specs]
    loaded = [systems.load(s, model_dir=args.model, device=args.device, threads=args.threads,
                           data_dir=Path(args.data_dir) if args.data_dir else None, log=log) for s in parsed]
    baseline = args.baseline
    if baseline in specs:  # a spec names its system's label
        baseline = loaded[specs.index(baseline)].label
    if args.gate:
        if loaded[0].label == loaded[1].label:  # the same model both ways round: still two rows to compare
            loaded[0].label += " reference"
        baseline = loaded[0].label
    testsets = args.testset or ([gate.DEFAULT_TESTSET] if args.gate and not args.src_file else [])
    return loaded, baseline, testsets, log


def run(args) -> int:
    from eval import gate, results, suite

    from ..translate import DecodeOptions

    directions = _directions(args)
    loaded, baseline, testsets, log = _systems(args)
    tasks = suite.make_tasks(testsets, directions, args.src_file, args.ref_file,
                             Path(args.data_dir) if args.data_dir else None, args.limit, args.typed)
    options = DecodeOptions(beam_size=args.beam_size, restore_input=not args.no_restore,
                            retry_untranslated=not args.no_retry_untranslated)
    rows = suite.run(loaded, tasks, baseline, options, n_bootstrap=args.bootstrap,
                     worst=args.worst, hyps_dir=args.hyps_dir, hyps_out=args.hyps_out, log=log)
    path = results.append(args.results or config.setting("eval_results"), rows)
    if args.json:
        for row in rows:
            print_json(row)
    else:
        _print_rows(rows)
        print(f"appended {len(rows)} rows to {path}; render them with `mt eval report --results {path}`")
    if args.gate:
        passed, lines = gate.check(rows, loaded[0].label, loaded[1].label,
                                   gate.DEFAULT_MAX_DROP if args.max_drop is None else args.max_drop)
        for line in lines:
            print(line, file=sys.stderr if args.json else sys.stdout)
        if not passed:
            print("mt: gate failed: the quantised model loses too much BLEU", file=sys.stderr)
            return 1
    return 0


def _print_rows(rows: list[dict]) -> None:
    def fmt(row, name):
        ci = (row.get("ci") or {}).get(name)
        return f"{row[name]:.2f}" + (f" ± {ci['ci']:.2f}" if ci else "")

    for r in rows:
        p = (r.get("p_value") or {}).get("bleu")
        extra = " (baseline)" if r.get("is_baseline") and len({x["system"] for x in rows}) > 1 else \
            (f"  p={p:.3f} vs {r['baseline']}" if p is not None else "")
        speed = f", {r['speed']['seconds']:.1f} s" if r.get("speed") else ""
        print(f"{r['testset']} {r['src']}->{r['tgt']} {r['system']}: BLEU {fmt(r, 'bleu')}  chrF {r['chrf']:.2f}"
              f"  chrF++ {fmt(r, 'chrfpp')}  TER {fmt(r, 'ter')}{extra}  ({r['n']} segments{speed})")
    for name, sig in rows[0]["signature"].items():
        if isinstance(sig, dict):  # the bootstrap's own signatures
            for metric, text in sig.items():
                print(f"  {metric} ({name}): {text}")
        else:
            print(f"  {name}: {sig}")


def run_report(args) -> int:
    from eval import report, results

    path = args.results or config.setting("eval_results")
    rows = results.select(results.read(path), args.run)
    out = report.render(rows, args.out, results_path=str(path))
    print(out)
    for png in sorted(Path(args.out).glob("*.png")):
        print(png)
    return 0
