"""What size of clothes or shoes someone wears, said or asked, both ways, written whole by rule. v7: "Tôi mặc cỡ M." →
"I wore I'm wearing M.", "Bạn đi giày cỡ bao nhiêu?" → …; "I wear a size M." → "Tôi mặc một kích cỡ M.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); a size a letter (XS to XXL) or a number (shoes
from 30 to 49, clothes from 34 to 58 too). Whether a shop has something in another size is mt.patterns'.
mt.phrasebook.translate tries these after mt/appointments.py.

    >>> translate("Tôi đi giày cỡ 40.", "vi", "en"), translate("What size do you wear?", "en", "vi")
    ('I wear size 40 shoes.', 'Bạn mặc cỡ gì?')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .tense import said_of_one
from .text import capitalised

_SIZE = r"(?P<size>XXL|XL|XS|S|M|L|[3-5]\d(?:[.,]5)?)"
_SAID = lazy(rf"{WHO}\s+(?:mặc|(?P<shoes>đi|mang)\s+(?:giày|dép))\s+(?:cỡ|size|số)\s+"
             rf"(?:{_SIZE}|(?P<ask>gì|bao\s+nhiêu|mấy|nào))(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"{WHO_EN}\s+(?P<verb>wear|wears)\s+(?:a\s+)?size\s+{_SIZE}(?P<shoes>\s+shoes)?"
                r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"What\s+size\s+(?P<shoes>shoes\s+)?(?P<do>do|does)\s+{WHO_EN}\s+wear\s*\?+"
                 r"|What['’]s\s+(?P<yours>your)\s+shoe\s+size\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what size someone wears; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _wears(text)
    return _wears_vi(text) if (src, tgt) == ("en", "vi") else None


def _wears(text: str) -> str | None:
    """"Tôi mặc cỡ M." as "I wear a size M.", "Tôi đi giày cỡ 40." as "I wear size 40 shoes.", "Bạn mặc cỡ gì?" as
    "What size do you wear?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    shoes = " shoes" if m["shoes"] else ""
    if asked:
        return f"What size{shoes} {'does' if one else 'do'} {who_} wear?"
    wear = said_of_one("wear") if one else "wear"
    size = f"size {m['size'].replace(',', '.')}{shoes}" if shoes else f"a size {m['size']}"
    return capitalised(f"{who_} {wear} {size}.")


def _wears_vi(text: str) -> str | None:
    """"I wear a size M." as "Tôi mặc cỡ M.", "I wear size 40 shoes." as "Tôi đi giày cỡ 40.", "What size do you
    wear?" as "Bạn mặc cỡ gì?", "What's your shoe size?" as "Bạn đi giày cỡ bao nhiêu?" (_SAID_EN, _ASKED_EN); None
    for anything else, and where the verb does not agree with who."""
    if m := _ASKED_EN.fullmatch(text):
        if m["yours"]:
            return "Bạn đi giày cỡ bao nhiêu?"
        who_, one = who_vi(m)
        if (m["do"] == "does") != one:
            return None
        return capitalised(f"{who_} đi giày cỡ bao nhiêu?" if m["shoes"] else f"{who_} mặc cỡ gì?")
    m = _SAID_EN.fullmatch(text)
    if m is None:
        return None
    who_, one = who_vi(m)
    if (m["verb"] == "wears") != one:
        return None
    return capitalised(f"{who_} {'đi giày' if m['shoes'] else 'mặc'} cỡ {m['size']}.")
