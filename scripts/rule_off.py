"""For the scripts that measure a rule of mt.translate.sentence_job (scripts/*_check.py): their common arguments, and
translation with the rule's module switched off, the model alone as before the rule."""
from __future__ import annotations

import argparse
import re
from contextlib import contextmanager
from pathlib import Path

import sacrebleu

from mt.translate import Translator

NEVER = re.compile(r"(?!x)x")  # a pattern that finds nothing: a rule's regex switched off


def setup(doc: str):
    """The arguments the made-up-sentence checks share (--data-dir, --sentences, --model), and the translator."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=Path("../shared/data/vien"))
    ap.add_argument("--sentences", type=int, default=200)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    return args, Translator.load(args.model, cache_size=0)


@contextmanager
def rule_off(module, name: str = "matches", stand_in=lambda *a: []):
    """`module.matches` finds nothing inside the block (or another function of it is `stand_in`)."""
    found = getattr(module, name)
    setattr(module, name, stand_in)
    try:
        yield
    finally:
        setattr(module, name, found)


def translated(translator, module, texts: list[str], src: str, tgt: str, on: bool) -> list[str]:
    """`texts` translated with the rule of `module` on or off."""
    if on:
        return translator.translate(texts, src, tgt)
    with rule_off(module):
        return translator.translate(texts, src, tgt)


def scores(out: list[str], refs: list[str]) -> str:
    """BLEU and chrF++ of `out` against `refs`, as the checks print them."""
    bleu = sacrebleu.corpus_bleu(out, [refs]).score
    return f"BLEU {bleu:.2f}, chrF++ {sacrebleu.corpus_chrf(out, [refs], word_order=2).score:.2f}"
