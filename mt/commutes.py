"""How long it takes someone to get to work, to school or home, said or asked, both ways, written whole by rule. v7:
"Bạn mất bao lâu để đi làm?" → "How long did you go to work?", "Tôi mất 30 phút để đi làm." → "I took 30 minutes to go
to work.", "Đi làm mất bao lâu?" → "How long does it take?"; "How long does it take you to get to work?" → "Bạn phải
mất bao lâu để làm việc?" (to work, to do one's job), "It takes me 30 minutes to get to work." → "Phải mất 30 phút để
làm việc.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name), whom in English a pronoun (mt.text.EN_OBJECT) or
someone by kin or by name; how long a span mt/spans.py reads, "about" one of its words for it. A ride to a place by its
name is mt.patterns'. mt.phrasebook.translate tries these after mt/loans.py.

    >>> translate("Tôi mất 30 phút để đi làm.", "vi", "en")
    'It takes me 30 minutes to get to work.'
    >>> translate("How long does it take you to get to work?", "en", "vi")
    'Bạn mất bao lâu để đi làm?'
"""
from __future__ import annotations

import re

from . import spans
from .hobbies import SOMEONE_EN, WHO, as_whom, who
from .lazy_re import lazy
from .text import EN_OBJECT, alternatives, capitalised, keyed

# where one gets to, and back (the first Vietnamese of each is written back)
_TO = {"đi làm": "work", "đến chỗ làm": "work", "đi học": "school", "đến trường": "school", "về nhà": "home",
       "về đến nhà": "home", "đến công ty": "the office", "đến văn phòng": "the office"}
_TO_VI = {en: vi for vi, en in reversed(_TO.items())}
_ABOUT = rf"(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?"
_TAKES = lazy(rf"(?:{WHO}\s+)?(?P<did>đã\s+)?mất\s+(?:{_ABOUT}(?P<span>{spans.VI})|(?P<ask>bao\s+lâu))\s+"
              rf"(?:để\s+)?(?P<to>{alternatives(_TO)})(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_TAKES_ASKED = lazy(rf"(?P<to>(?i:{alternatives(_TO)}))\s+mất\s+bao\s+lâu(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_ABOUT_EN = rf"(?:(?P<about>{alternatives(spans.ABOUT_EN)})\s+)?"
_GET = r"get\s+(?P<to>home|to\s+(?:work|school|the\s+office))"
_TAKES_EN = lazy(rf"It\s+(?P<did>takes|took)\s+(?P<whom>me|you|him|her|us|them|{SOMEONE_EN})\s+{_ABOUT_EN}"
                 rf"(?P<span>{spans.EN})\s+to\s+{_GET}\s*(?P<end>[.!]*)")
_TAKES_ASKED_EN = lazy(rf"How\s+long\s+(?P<did>does|did)\s+it\s+take(?:\s+(?P<whom>me|you|him|her|us|them|"
                       rf"{SOMEONE_EN}))?\s+to\s+{_GET}\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how long it takes someone to get to work, school or home; None
    for any other."""
    text = " ".join(text.split())
    if (src, tgt) == ("vi", "en"):
        return _takes(text)
    return _takes_vi(text) if (src, tgt) == ("en", "vi") else None


def _takes(text: str) -> str | None:
    """"Tôi mất 30 phút để đi làm." as "It takes me 30 minutes to get to work.", "Bạn mất bao lâu để đi làm?" as "How
    long does it take you to get to work?", "Đi làm mất bao lâu?" as "How long does it take to get to work?" (_TAKES,
    _TAKES_ASKED); None for anything else, and without who said ("Mất 30 phút để đi làm.": left to the model)."""
    if m := _TAKES_ASKED.fullmatch(text):
        return f"How long does it take to get {_to(m)}?"
    m = _TAKES.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or not m["who"] and not m["kin"] and not m["title"] and not m["given"]:
        return None
    said = who(m, asked)
    if not said:
        return None
    whom = EN_OBJECT.get(said[0], said[0])
    took = "took" if m["did"] else "takes"
    if asked:
        return f"How long {'did' if m['did'] else 'does'} it take {whom} to get {_to(m)}?"
    about = f"{spans.ABOUT[keyed(m['about'])]} " if m["about"] else ""
    lasts = spans.said(re.fullmatch(spans.VI, m["span"]), "en")
    return f"It {took} {whom} {about}{lasts} to get {_to(m)}{m['end'] or '.'}"


def _to(m: re.Match) -> str:
    """Where one gets to in English, with "to" where it takes one ("to work", "home")."""
    to = _TO[keyed(m["to"])]
    return to if to == "home" else f"to {to}"


def _takes_vi(text: str) -> str | None:
    """"It takes me 30 minutes to get to work." as "Tôi mất 30 phút để đi làm.", "How long does it take you to get to
    work?" as "Bạn mất bao lâu để đi làm?" (_TAKES_EN, _TAKES_ASKED_EN); None for anything else."""
    m = _TAKES_ASKED_EN.fullmatch(text) or _TAKES_EN.fullmatch(text)
    if not m:
        return None
    to = _TO_VI[" ".join(m["to"].split()).removeprefix("to ")]
    whom = m["whom"] and as_whom(m["whom"], "en")
    did = "đã " if m["did"] in ("did", "took") else ""
    if "span" not in m.groupdict():
        return capitalised(f"{whom} {did}mất bao lâu để {to}?" if whom else f"{to} mất bao lâu?")
    if not whom:
        return None
    about = f"{spans.ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{whom} {did}mất {about}{spans.said(m, 'vi')} để {to}{m['end'] or '.'}")
