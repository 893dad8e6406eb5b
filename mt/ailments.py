"""Who has what ailment, said or asked, both ways, written whole by rule. mt.terms writes "bị ho" as "have a cough"
after some who, and v7 reads the rest: "Lan bị cảm." → "Lan is feeling.", "Bà tôi bị cảm lạnh." → "She was has a
cold.", "Con trai bạn có bị ho không?" → "Do your son cough?"; "My child has a cough and a fever." → "Con tôi của tôi
bị ho và sốt." (the term hidden behind a placeholder, whose written twice), "She doesn't have a temperature." → "Nó
không có nhiệt độ.", "I got sunburned." → "Tôi bị ợ nóng." (heartburn).

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); the ailments one or more of mt.terms.AILMENTS
joined by "và" or "and". mt.phrasebook.translate tries these after mt/aches.py.

    >>> translate("Con tôi bị ho và sốt.", "vi", "en"), translate("Do you have a fever?", "en", "vi")
    ('My child has a cough and a fever.', 'Bạn có bị sốt không?')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, joined, listed, who, who_vi
from .lazy_re import lazy
from .terms import AILMENTS
from .text import alternatives, capitalised, keyed

# (the first Vietnamese of each English is written back: "a cold" is "cảm lạnh")
AILMENTS_VI = {en: vi for vi, en in reversed(AILMENTS.items())} | {
    "a temperature": "sốt", "flu": "cúm", "a stomach ache": "đau bụng", "a tummy ache": "đau bụng",
    "a head ache": "đau đầu", "a back ache": "đau lưng", "diarrhoea": "tiêu chảy", "a sore back": "đau lưng"}
_KEYED = {keyed(vi): en for vi, en in AILMENTS.items()}
_ONE, _ONE_EN = rf"(?i:{alternatives(AILMENTS)})", rf"(?i:{alternatives(AILMENTS_VI)})"
# "Tôi bị ho và sốt.", "Bạn có bị sốt không?", "Mẹ tôi không bị cảm." ("đau" and "sốt" go without "bị" too)
_SAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:đang\s+)?(?:bị\s+|(?=(?:đau|sốt)\s))"
             rf"(?P<what>{joined(_ONE, 'và|hoặc')})(?:\s+(?P<bad>quá|lắm))?(?:\s+(?P<asked>không))?"
             r"(?:\s+(?:rồi|ạ))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                rf"(?P<have>have|has)\s+(?P<what>{joined(_ONE_EN, 'and|or')})\s*(?P<end>[.!?]*)")
# sunburnt (v7: "I got sunburned." → "Tôi bị ợ nóng.", heartburn)
_BURNT_EN = lazy(rf"{WHO_EN}\s+(?:got|get|gets|['’]m|['’]s|['’]re|am|is|are)\s+(?:a\s+bit\s+)?"
                 r"sunburn(?:ed|t)\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has what ailment; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _has(text)
    return _has_vi(text) or _burnt_vi(text) if (src, tgt) == ("en", "vi") else None


def _has(text: str) -> str | None:
    """"Con tôi bị ho và sốt." as "My child has a cough and a fever.", "Bạn có bị sốt không?" as "Do you have a
    fever?", "Tôi không bị cảm." as "I don't have a cold.", "Tôi đau đầu quá." as "I have a bad headache." (_SAID);
    None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (said := who(m, asked)):
        return None
    who_, one = said
    what, many = listed(m["what"], _KEYED, {"và": "and", "hoặc": "or"})
    if m["bad"]:  # ("Tôi bị đau răng quá." is a bad toothache, as mt.terms writes it)
        if many > 1 or asked or m["not"] or not what.startswith("a "):
            return None
        what = f"a bad {what[2:]}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {what}{m['end'] or '.'}")
    return capitalised(f"{who_} {'has' if one else 'have'} {what}{m['end'] or '.'}")


def _has_vi(text: str) -> str | None:
    """"My child has a cough and a fever." as "Con tôi bị ho và sốt.", "Do you have a fever?" as "Bạn có bị sốt
    không?" (_SAID_EN); None for anything else, and where "has" or "does" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    said_one = m["do"] == "Does" if m["do"] else m["not"].startswith("does") if m["not"] else m["have"] == "has"
    if said_one != one or (m["do"] or m["not"]) and m["have"] == "has":
        return None  # "My son have a cough.", "Does he has a cough?" are not English
    what = listed(m["what"], {keyed(en): vi for en, vi in AILMENTS_VI.items()}, {"and": "và", "or": "hoặc"})[0]
    if m["do"]:
        return capitalised(f"{who_} có bị {what} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}bị {what}{m['end'] or '.'}")


def _burnt_vi(text: str) -> str | None:
    """"I got sunburned." and "I'm sunburnt." as "Tôi bị cháy nắng." (_BURNT_EN); None for anything else."""
    m = _BURNT_EN.fullmatch(text)
    return capitalised(f"{who_vi(m)[0]} bị cháy nắng{m['end'] or '.'}") if m else None
