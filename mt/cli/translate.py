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
    p.add_argument("--glossary", help="glossary file: 'term = translation' or a term alone to keep, one a line")
    p.add_argument("--no-restore", action="store_true",
                   help="translate text typed without Vietnamese marks or capitals, or in chat shorthand (ko, dc), "
                        "as it is (by default it is read as written first: docs/restore.md)")
    p.add_argument("--no-retry-untranslated", action="store_true",
                   help="keep vi->en sentences that left Vietnamese words in the English, and en->vi ones that "
                        "copied the English word they open with, as they came out (by default they are decoded "
                        "again without them)")
    add_model_args(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..langs import check_pair
    from ..translate import DecodeOptions

    check_pair(args.src, args.tgt)
    lines = args.text or read_stdin_lines()
    translator = load_translator(args)
    options = DecodeOptions(beam_size=args.beam_size, restore_input=not args.no_restore,
                            retry_untranslated=not args.no_retry_untranslated)
    _say_how_read(lines, args.src, options)
    if args.glossary:
        outs = _with_glossary(translator, lines, args, options)
    else:
        outs = translator.translate(lines, args.src, args.tgt, options=options)
    for out in outs:
        print(out.replace("\n", " "))
    return 0


def _say_how_read(lines: list[str], src: str, options) -> None:
    """On stderr, each input line that was read with marks or capitals put back, as it was read (docs/restore.md)."""
    import sys

    from ..text import normalize
    from ..translate import source_as_read

    for i, line in enumerate(lines, 1):
        read = source_as_read(line, src, options)
        if read != normalize(line):
            print(f"mt: line {i} read as: {read}", file=sys.stderr)


def _with_glossary(translator, lines: list[str], args, options) -> list[str]:
    import sys
    from pathlib import Path

    from ..data import read_lines
    from ..detailed import translate_detailed
    from ..glossary import parse_glossary

    glossary = parse_glossary("\n".join(read_lines(Path(args.glossary))))
    results = translate_detailed(translator, lines, args.src, args.tgt, glossary=glossary, word_scores=False,
                                 options=options)
    for warning in (w for r in results for w in r.warnings):
        print(f"mt: warning: {warning}", file=sys.stderr)
    return [r.text for r in results]
