"""mt translate: arguments or stdin, one output line per input line."""
from __future__ import annotations

from .common import add_model_args, load_translator, read_stdin_lines


def add(sub) -> None:
    p = sub.add_parser("translate", help="translate text from arguments or stdin",
                       description="Translate each TEXT argument, or each line of stdin when none is given; "
                                   "prints one output line per input line.")
    p.add_argument("text", nargs="*", metavar="TEXT")
    p.add_argument("--src", required=True, help="source language: vi or en")
    p.add_argument("--tgt", required=True, help="target language: vi or en")
    add_model_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..langs import check_pair

    check_pair(args.src, args.tgt)
    lines = args.text or read_stdin_lines()
    translator = load_translator(args)
    for out in translator.translate(lines, args.src, args.tgt, beam_size=args.beam_size):
        print(out.replace("\n", " "))
    return 0
