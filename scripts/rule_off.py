"""For the scripts that measure a rule of mt.translate.kept (scripts/*_check.py): translation with the rule's module
switched off, the model alone as before the rule."""
from __future__ import annotations

from contextlib import contextmanager


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
