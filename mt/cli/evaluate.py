"""mt eval: score a model or a baseline on a test set."""
from __future__ import annotations

from pathlib import Path

from .common import add_model_args, load_translator, print_json


def add(sub) -> None:
    p = sub.add_parser("eval", help="score a model (or a baseline) on a test set with sacreBLEU",
                       description="Translate a test set and print sacreBLEU BLEU and chrF with signatures. "
                                   "--system copy scores the untranslated source (the copy baseline).")
    what = p.add_argument_group("what to score")
    what.add_argument("--testset", help="flores200-dev, flores200-devtest, iwslt15-tst2012, iwslt15-tst2013, "
                                        "tatoeba-test")
    what.add_argument("--src-file", help="source lines (instead of --testset)")
    what.add_argument("--ref-file", help="reference lines, aligned with --src-file")
    p.add_argument("--src", required=True, help="source language: vi or en")
    p.add_argument("--tgt", required=True, help="target language: vi or en")
    p.add_argument("--system", default="model", choices=["model", "copy"],
                   help="model (default) or the copy-the-source baseline")
    p.add_argument("--data-dir", default=None, help="where named test sets live (default: $MT_DATA_DIR, then "
                                                    "the copies in eval/data)")
    p.add_argument("--hyps-out", help="write the system's output here, one line per segment")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    add_model_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from eval.evaluate import evaluate, load_inputs

    from ..langs import check_pair

    check_pair(args.src, args.tgt)
    name, sources, refs = load_inputs(args.testset, args.src_file, args.ref_file, args.src, args.tgt,
                                      Path(args.data_dir) if args.data_dir else None)
    translator = load_translator(args) if args.system == "model" else None
    result = evaluate(args.system, sources, refs, args.src, args.tgt, beam_size=args.beam_size,
                      hyps_out=args.hyps_out, translator=translator)
    result["testset"] = name
    if translator is not None:
        result["model"] = str(translator.path)
    if args.json:
        print_json(result)
    else:
        print(f"{name} {args.src}->{args.tgt} {args.system}: BLEU {result['bleu']:.2f}  chrF {result['chrf']:.2f}"
              f"  ({result['n']} segments)")
        print(f"  {result['signature']['bleu']}")
        print(f"  {result['signature']['chrf']}")
    return 0
