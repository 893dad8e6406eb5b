"""Seas, lakes, rivers, islands, mountains, bays, deserts, canals and falls with a foreign name, the word for their
kind put where each language puts it: "Biển Baltic" ↔ "the Baltic Sea", "hồ Onega" ↔ "Lake Onega", "Núi
Kilimanjaro" ↔ "Mount Kilimanjaro", "thác Victoria" ↔ "Victoria Falls". v6 wrote "Biển Baltic" and "Biển Aegean" as
"the South China Sea", "Sông Mara chảy qua Kenya." as "The Marine of Kenya flows …", "Núi Kilimanjaro" as "Kunjaro",
"Sa mạc Gobi" as "Sales of Gobi"; and "the Baltic Sea" as "Biển Đông" (the East Sea), "Lake Como" as "đám Lake",
"the Gobi Desert" as "Gobi Desert".

Only for a name that is foreign: in Vietnamese, words not shaped like Vietnamese syllables (mt.untranslated: not
"Quang" in "Hồ Quang Hiếu", a person); in English, words the training data writes with a capital at least as often
as without, or never (mt.names.english_name: "Baltic", "Cook", "Onega"; not "Red", "Dead"), and not a direction
("the North Sea"). The glossary that ships (mt/terms.py) wins where it lists the place ("Biển Đen", "the Dead Sea").

    >>> [m.replacement for m in matches("Biển Baltic và hồ Onega.", "vi", "en")]
    ['the Baltic Sea', 'Lake Onega']
    >>> [m.replacement for m in matches("They swam in Lake Como near the Gobi Desert.", "en", "vi")]
    ['hồ Como', 'sa mạc Gobi']
"""
from __future__ import annotations

import re

from .glossary import Match
from .lazy_re import lazy
from .names import english_name
from .text import alternatives, keyed
from .untranslated import syllable_shaped

# the Vietnamese word for a kind, and the English words before and after the name
KINDS = {"biển": ("the", "Sea"), "hồ": ("Lake", ""), "sông": ("the", "River"), "đảo": ("", "Island"),
         "núi": ("Mount", ""), "vịnh": ("", "Bay"), "quần đảo": ("the", "Islands"), "sa mạc": ("the", "Desert"),
         "kênh đào": ("the", "Canal"), "dãy núi": ("the", "Mountains"), "thác": ("", "Falls")}
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_VI = lazy(rf"(?<!\w)(?P<kind>(?i:{alternatives(KINDS)}))\s+{_NAME}(?![\w-])")
_BEFORE = {before: vi for vi, (before, after) in KINDS.items() if not after}  # "Lake", "Mount"
_AFTER = {after: vi for vi, (before, after) in reversed(KINDS.items()) if after}  # (the first wins: "biển")
_EN = lazy(rf"(?<![\w-])(?:(?P<before>{alternatives(_BEFORE)})\s+{_NAME}|(?:[Tt]he\s+)?"
           rf"{_NAME.replace('name', 'named')}\s+(?P<after>{alternatives(_AFTER)}))(?![\w-])")
_OCEANS = {"Atlantic", "Pacific", "Arctic", "Indian"}
# words of English place names that are not names of their own
_NOT_NAMES = set("North South East West Northern Southern Eastern Western Central Great Little Upper Lower New Old "
                 "Red Black White Yellow Dead Blue Green The".split())


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The places of these kinds with a foreign name in `text`, each as the other language writes it."""
    if (src, tgt) == ("vi", "en"):
        return [Match(*m.span(), _english(m)) for m in _VI.finditer(text)
                if not any(syllable_shaped(w) for w in m.group("name").split())]
    if (src, tgt) == ("en", "vi"):
        return [Match(*m.span(), _vietnamese(m)) for m in _EN.finditer(text)
                if all(_a_name(w) for w in (m.group("name") or m.group("named")).split())]
    return []


def _english(m: re.Match) -> str:
    before, after = KINDS[keyed(m.group("kind"))]
    if m.group("name") in _OCEANS:  # "Biển Atlantic": the ocean
        before, after = "the", "Ocean"
    return " ".join(w for w in (before, m.group("name"), after) if w)


def _vietnamese(m: re.Match) -> str:
    kind = _BEFORE[m.group("before")] if m.group("before") else _AFTER[m.group("after")]
    return f"{kind} {m.group('name') or m.group('named')}"


def _a_name(word: str) -> bool:
    """Whether an English word is a name of its own (mt.names.english_name), not a direction or a colour."""
    return word not in _NOT_NAMES and english_name(word)
