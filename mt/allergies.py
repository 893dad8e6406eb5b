"""Who is allergic to what, said or asked, both ways, written whole by rule. mt.terms writes "bị dị ứng với" as "am
allergic to" and leaves what follows to v7, which misreads much of it: "Tôi bị dị ứng với tôm." → "I am allergic to
shouted.", "Con tôi bị dị ứng trứng." → "My child is allergic to the eggs", "Bạn có bị dị ứng với gì không?" → "Do
you have an allergic to what?"; "I'm allergic to shrimp." → "Tôi bị dị ứng khi nhúc nhích.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); what one or more of ALLERGENS joined by "và" or
"and", or anything asked ("gì", "anything"). mt.phrasebook.translate tries these after mt/weather_asked.py.

    >>> translate("Tôi bị dị ứng với tôm.", "vi", "en"), translate("Are you allergic to anything?", "en", "vi")
    ("I'm allergic to shrimp.", 'Bạn có bị dị ứng với gì không?')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, be_of, joined, listed, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import alternatives, be, be_said, capitalised, contracted, keyed

# what one may be allergic to (the first Vietnamese of each is written back)
ALLERGENS = {"hải sản": "seafood", "tôm": "shrimp", "cua": "crab", "đậu phộng": "peanuts", "lạc": "peanuts",
             "các loại hạt": "nuts", "sữa": "milk", "trứng": "eggs", "cá": "fish", "phấn hoa": "pollen",
             "bụi": "dust", "lông mèo": "cat hair", "mèo": "cats", "chó": "dogs", "đậu nành": "soy",
             "gluten": "gluten", "thuốc kháng sinh": "antibiotics", "penicillin": "penicillin", "mực": "squid",
             "hành": "onions", "tỏi": "garlic", "xoài": "mango", "ong đốt": "bee stings"}
ALLERGENS_VI = {en: vi for vi, en in reversed(ALLERGENS.items())} | {
    "prawns": "tôm", "peanut": "đậu phộng", "egg": "trứng", "nut": "các loại hạt", "cat": "mèo", "cats": "mèo",
    "dog": "chó", "penicilin": "penicillin", "bees": "ong đốt"}
_KEYED = {keyed(vi): en for vi, en in ALLERGENS.items()}
_KEYED_VI = {keyed(en): vi for en, vi in ALLERGENS_VI.items()}
_ONE, _ONE_EN = rf"(?i:{alternatives(ALLERGENS)})", rf"(?i:{alternatives(ALLERGENS_VI)})"
_LIST = rf"(?P<what>{joined(_ONE, 'và|hoặc')}|(?P<any>(?:thứ\s+|món\s+)?gì(?:\s+cả)?))"
_LIST_EN = rf"(?P<what>{joined(_ONE_EN, 'and|or')}|(?P<any>anything))"
_SAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:bị\s+)?dị\s+ứng\s+(?:với\s+)?{_LIST}"
             r"(?:\s+(?P<asked>không))?(?:\s+(?:vậy|thế|ạ|nhỉ))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}"
                r"(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?:\s+(?P<not>not)|(?P<nt>n['’]t))?)?"
                rf"\s+allergic\s+to\s+{_LIST_EN}\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is allergic to what; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _allergic(text)
    return _allergic_vi(text) if (src, tgt) == ("en", "vi") else None


def _allergic(text: str) -> str | None:
    """"Tôi bị dị ứng với tôm." as "I'm allergic to shrimp.", "Bạn có bị dị ứng với gì không?" as "Are you allergic
    to anything?" (_SAID); None for anything else ("gì" said, not asked: "what" is the model's to read)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["any"] and not (asked or m["not"]):
        return None
    said = who(m, asked)
    if said is None:
        return None
    who_ = said[0]
    what = "anything" if m["any"] else listed(m["what"], _KEYED, {"và": "and", "hoặc": "or"})[0]
    if asked:
        return f"{be(who_).capitalize()} {who_} allergic to {what}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} allergic to {what}."))


def _allergic_vi(text: str) -> str | None:
    """"I'm allergic to shrimp." as "Tôi bị dị ứng với tôm.", "Is your son allergic to milk?" as "Con trai bạn có bị
    dị ứng với sữa không?" (_SAID_EN); None for anything else, and where "is", "am" or "are" does not agree with
    who."""
    m = _SAID_EN.fullmatch(text)
    not_ = m and (m["not"] or m["nt"])
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["any"] and not (
            m["be0"] or not_):
        return None
    who_, one = who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one):
        return None
    what = ("gì cả" if not_ else "gì") if m["any"] else listed(m["what"], _KEYED_VI, {"and": "và", "or": "hoặc"})[0]
    if m["be0"]:
        return capitalised(f"{who_} có bị dị ứng với {what} không?")
    return capitalised(f"{who_} {'không ' if not_ else ''}bị dị ứng với {what}.")
