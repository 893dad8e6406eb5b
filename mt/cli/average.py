"""mt average: the mean of the weights of models that grew from one start (a model soup)."""
from __future__ import annotations

import sys


def add(sub) -> None:
    p = sub.add_parser("average", help="average the weights of models continued or fine-tuned from one start",
                       description="Write the weight-by-weight mean of models saved by `mt train` or `mt finetune` "
                                   "that grew from one start (continuations of one model, fine-tunings of one "
                                   "base). The first model gives the config and tokenizer files. Export the "
                                   "result with `mt export` and measure it with `mt eval` like any model.")
    p.add_argument("models", nargs="+", metavar="MODEL", help="model directories (at least two)")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..average import average

    print(average(args.models, args.out, force=args.force, log=lambda m: print(m, file=sys.stderr)))
    return 0
