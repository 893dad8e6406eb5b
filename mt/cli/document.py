"""mt document: translate a .txt, .md, .srt, .docx or .html file, keeping its layout."""
from __future__ import annotations

import sys
from pathlib import Path

from .common import add_model_args, load_translator


def add(sub) -> None:
    p = sub.add_parser("document", help="translate a document (.txt .md .srt .docx .html), keeping its layout",
                       description="Translate a document; paragraphs, line breaks, list markers, subtitle timing "
                                   "and inline formatting are kept. Writes NAME.TGT.EXT beside the input unless "
                                   "--out is given.")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--src", required=True, help="source language: vi, en or auto")
    p.add_argument("--tgt", required=True, help="target language: vi or en")
    p.add_argument("--out", help="output file (default: FILE's name with the target language before its suffix)")
    p.add_argument("--glossary", help="glossary file: 'term = translation' or a term alone to keep, one a line")
    add_model_args(p, beam=False)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..data import read_lines
    from ..documents import check_name, translate_document
    from ..errors import InputError
    from ..glossary import parse_glossary
    from ..manifest import write_bytes

    path = Path(args.path)
    check_name(path.name)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    glossary = parse_glossary("\n".join(read_lines(Path(args.glossary)))) if args.glossary else None
    translator = load_translator(args)

    def progress(done, total):
        print(f"\r{done}/{total} sentences", end="", file=sys.stderr, flush=True)

    doc = translate_document(path.read_bytes(), path.name, translator, args.src, args.tgt, glossary=glossary,
                             progress=progress)
    print(file=sys.stderr)
    out = Path(args.out) if args.out else path.with_name(doc.name)
    write_bytes(out, doc.data)
    print(out)
    return 0
