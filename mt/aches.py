"""A part of someone's body that hurts, said, both ways, written whole by rule. v7: "Lưng tôi bị đau." → "My sore I
was hurt.", "Chân tôi bị đau." → "My foot was hurt.", "Tôi bị đau vai." → …; "My leg hurts." → "Tôi bị tổn thương
chân." (injured), "My eyes hurt." → ….

Whose is one of mt.terms.OWNERS or someone by kin or by name (mt.hobbies.SOMEONE: "Chân mẹ tôi bị đau."); the part one
of PARTS. "Tôi bị đau đầu" (a headache), "đau răng", "đau bụng" … are mt.terms' ailments, and are left to it where
who opens the sentence. mt.phrasebook.translate tries these after mt/sizes.py.

    >>> translate("Lưng tôi bị đau.", "vi", "en"), translate("My eyes hurt.", "en", "vi")
    ('My back hurts.', 'Mắt tôi bị đau.')
"""
from __future__ import annotations

from .hobbies import SOMEONE, SOMEONE_EN, someone
from .lazy_re import lazy
from .terms import OWNERS, WHOSE_VI
from .text import alternatives, capitalised, keyed

# parts of the body, and how English says them (the first Vietnamese of each is written back); "chân" and "tay" are
# the leg and the arm as often as the foot and the hand
PARTS = {"chân": "leg", "bàn chân": "foot", "tay": "arm", "cánh tay": "arm", "bàn tay": "hand", "lưng": "back",
         "vai": "shoulder", "cổ": "neck", "đầu gối": "knee", "mắt": "eyes", "tai": "ear", "đầu": "head",
         "bụng": "stomach", "răng": "tooth", "họng": "throat", "ngực": "chest", "cổ tay": "wrist",
         "mắt cá chân": "ankle", "hông": "hip", "ngón tay": "finger"}
PARTS_VI = {en: vi for vi, en in reversed(PARTS.items())} | {"eye": "mắt", "feet": "bàn chân", "legs": "chân",
                                                            "teeth": "răng", "ears": "tai", "knees": "đầu gối"}
_MANY = {"eyes", "feet", "legs", "teeth", "ears", "knees"}  # (they hurt)
# ("đau đầu", a headache, … with who first: mt.terms.AILMENTS)
_AILING = {"đầu", "răng", "lưng", "bụng", "họng"}
_WHOSE = rf"(?:(?P<whose>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE}))"
_BAD = r"(?:\s+(?P<bad>quá|lắm))?(?:\s+(?:rồi|ạ))?\s*(?P<end>[.!]*)"
_SAID = [lazy(rf"(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?{_WHOSE}\s+(?:bị\s+|đang\s+)?đau{_BAD}"),
         lazy(rf"{_WHOSE}\s+(?:bị\s+)?đau\s+(?P<part>{alternatives(PARTS)}){_BAD}")]
_SAID_EN = lazy(rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                rf"(?P<part>{alternatives(PARTS_VI)})\s+(?P<hurts>hurts|hurt)(?P<bad>\s+(?:a\s+lot|so\s+much))?"
                r"\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a part of someone's body hurts; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _hurts(text)
    return _hurts_vi(text) if (src, tgt) == ("en", "vi") else None


def _hurts(text: str) -> str | None:
    """"Lưng tôi bị đau." and "Tôi bị đau vai." as "My back hurts.", "… quá" as "… hurts a lot" (_SAID); None for
    anything else, and for "Tôi bị đau đầu." (mt.terms' headache)."""
    i, m = next(((i, m) for i, p in enumerate(_SAID) if (m := p.fullmatch(text))), (0, None))
    if m is None or i == 1 and keyed(m["part"]) in _AILING:
        return None
    if m["whose"]:
        whose = OWNERS[keyed(m["whose"])]
    elif named := someone(m["someone"], "vi"):
        whose = f"{named}'s"
    else:
        return None
    part = PARTS[keyed(m["part"])]
    hurts = "hurt" if part in _MANY else "hurts"
    return capitalised(f"{whose} {part} {hurts}{' a lot' if m['bad'] else ''}{m['end'] or '.'}")


def _hurts_vi(text: str) -> str | None:
    """"My back hurts." as "Lưng tôi bị đau.", "My eyes hurt a lot." as "Mắt tôi bị đau quá." (_SAID_EN); None for
    anything else, and where "hurts" does not agree with the part."""
    m = _SAID_EN.fullmatch(text)
    if m is None or (m["hurts"] == "hurt") != (m["part"] in _MANY):
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if whose is None:
        return None
    return capitalised(f"{PARTS_VI[m['part']]} {whose} bị đau{' quá' if m['bad'] else ''}{m['end'] or '.'}")
