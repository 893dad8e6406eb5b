"""Everyday phrases translated whole, from a list that ships (`resources/phrases.vi-en.txt`, `phrases.en-vi.txt`,
in the format of a glossary). They are what people try first, and v6 gets many wrong: "Bạn có khỏe không?" →
"Are you healthy?", "Xin lỗi." → "Please error.", "Good night." → "Tối hôm qua." (last night), "Congratulations!"
→ "Những nghi ngờ!" (doubts). A sentence that is one of the phrases, whatever its case, commas and final
punctuation, is not given to the model; its final punctuation is kept where the listed translation has none.

    >>> translate("Xin lỗi!", "vi", "en"), translate("bạn có khỏe không", "vi", "en")
    ('Sorry!', 'How are you?')
"""
from __future__ import annotations

import re
from functools import lru_cache

from .glossary import parse_glossary
from .restore import RESOURCES

_END = re.compile(r"[.!?…]+$")


def translate(sentence: str, src: str, tgt: str) -> str | None:
    """The listed translation of a sentence that is one of the phrases, with its final punctuation; else None."""
    text = sentence.strip()
    target = _table(src, tgt).get(_key(text))
    if target is None:
        return None
    end = _END.search(text)
    return target if _END.search(target) or end is None else target + end.group()


def _key(text: str) -> str:
    return " ".join(_END.sub("", text).replace(",", " ").lower().split())


@lru_cache(maxsize=None)
def _table(src: str, tgt: str) -> dict[str, str]:
    path = RESOURCES / f"phrases.{src}-{tgt}.txt"
    if not path.is_file():
        return {}
    return {_key(e.source): e.target for e in parse_glossary(path.read_text(encoding="utf-8")).entries}
