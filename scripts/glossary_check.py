"""How reliably glossary terms get through the model: capitalised names in FLORES-200 devtest sentences are made
keep-as-is glossary terms, and we count how often each placeholder style alone brings them back, and how often
the full mechanism (n-best, then the next style) still loses one.

    python scripts/glossary_check.py --lines 150            # about a minute per direction on 2 CPU cores
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from mt.detailed import translate_sentences
from mt.glossary import STYLES, Glossary, Entry, missing, shield
from mt.translate import Translator

ROOT = Path(__file__).resolve().parent.parent
NAME = re.compile(r"(?<=\s)[A-ZÀ-Ỹ][\wÀ-ỹ]*(?:\s[A-ZÀ-Ỹ][\wÀ-ỹ]*)*")


def cases(lang: str, n: int) -> list[tuple[str, Glossary]]:
    lines = (ROOT / "eval/data/flores200" / f"devtest.{lang}").read_text(encoding="utf-8").split("\n")[:n]
    out = []
    for line in lines:
        names = list(dict.fromkeys(m.group(0) for m in NAME.finditer(line)))[:3]
        if names:
            out.append((line, Glossary([Entry(x, None) for x in names])))
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--model", default=str(ROOT / "models/vien-base"))
    p.add_argument("--lines", type=int, default=150)
    args = p.parse_args()
    t = Translator.load(args.model)
    print("| direction | sentences | terms | style | sentences with every term back |")
    print("|---|---:|---:|---|---:|")
    for src, tgt in (("vi", "en"), ("en", "vi")):
        cs = cases(src, args.lines)
        terms = sum(len(g.matches(s)) for s, g in cs)
        for k in range(len(STYLES)):
            shielded = [shield(s, g.matches(s), k) for s, g in cs]
            outs = t.translate([x[0] for x in shielded], src, tgt)
            ok = sum(not missing(o, x[1]) for o, x in zip(outs, shielded))
            print(f"| {src}→{tgt} | {len(cs)} | {terms} | `{STYLES[k](0)}` alone, best hypothesis | {ok} ({ok / len(cs):.1%}) |")
        started = time.perf_counter()
        lost = 0
        for s, g in cs:
            res = translate_sentences(t, [s], src, tgt, glossary=g)[0]
            text = res.candidates[0].text
            lost += bool(res.warnings) or any(not re.search(rf"(?<!\w){re.escape(m.replacement)}(?!\w)", text)
                                              for m in g.matches(s))
        ok = len(cs) - lost
        print(f"| {src}→{tgt} | {len(cs)} | {terms} | mt.glossary (n-best + retries) | {ok} ({ok / len(cs):.1%}), "
              f"{time.perf_counter() - started:.1f} s |")


if __name__ == "__main__":
    main()
