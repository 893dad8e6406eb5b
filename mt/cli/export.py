"""mt export: Hugging Face checkpoint -> CTranslate2 model directory."""
from __future__ import annotations

import sys


def add(sub) -> None:
    from ..export import QUANTIZATIONS

    p = sub.add_parser("export", help="convert a Hugging Face checkpoint to a CTranslate2 model",
                       description="Convert a Hugging Face seq2seq checkpoint (a directory, or a hub id when the hub "
                                   "is reachable) into a CTranslate2 model directory with its tokenizer and mt.json.")
    p.add_argument("hf_dir", metavar="HF_DIR", help="checkpoint directory or hub id")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--quantization", choices=QUANTIZATIONS, default="int8",
                   help="weight type in the exported model (default: int8)")
    p.add_argument("--direction", action="append", choices=["vi-en", "en-vi"],
                   help="direction(s) the model translates (needed for single-direction Marian models)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..export import export

    out = export(args.hf_dir, args.out, quantization=args.quantization, force=args.force,
                 directions=args.direction, log=lambda m: print(m, file=sys.stderr))
    print(out)
    return 0
