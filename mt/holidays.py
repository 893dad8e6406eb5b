"""Going home for Tet, and where someone spends Tet or Christmas, this year or last, said or asked, both ways, written
whole by rule; and Tet coming. v7: "Tôi về quê ăn Tết." → "I go back home eat Tet.", "Tết này tôi về quê." → "This
holiday I arrived in my country.", "Bạn ăn Tết ở đâu?" → "Where do you eat Tet?", "Sắp Tết rồi." → "It's coming.";
"I'm going home for Tet." → "Tôi sẽ về nhà Tết.", "Where are you spending Christmas?" → "Bạn đang dành Giáng sinh ở
đâu?".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); a place one mt.journeys.place_en knows. The
phrasebook's own lines ("Tết này bạn về quê không?") come first. mt.phrasebook.translate tries these after
mt/weather_said.py.

    >>> translate("Tôi về quê ăn Tết.", "vi", "en"), translate("Where are you spending Christmas?", "en", "vi")
    ("I'm going home for Tet.", 'Bạn đón Giáng sinh ở đâu?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .patterns import the_for
from .rule_keys import agreement_checked
from .text import alternatives, be, be_said, capitalised, contracted, keyed

# the holidays, and the verb Vietnamese spends each with ("ăn Tết", "đón Giáng sinh")
_HOLIDAYS = {"tết": "Tet", "giáng sinh": "Christmas", "noel": "Christmas", "trung thu": "the Mid-Autumn Festival"}
_HOLIDAYS_VI = {"Tet": "Tết", "Christmas": "Giáng sinh", "the Mid-Autumn Festival": "Trung thu"}
_SPENT = {"Tet": "ăn"}  # (any other: "đón")
_YEAR = {"này": "this year", "năm nay": "this year", "năm ngoái": "last year", "năm sau": "next year"}
_YEAR_VI = {"this year": "này", "last year": "năm ngoái", "next year": "năm sau"}
_HOLIDAY = rf"(?P<h>(?i:{alternatives(_HOLIDAYS)}))"
_HOLIDAY_EN = rf"(?P<h>{alternatives(_HOLIDAYS_VI)})"
# going home for it ("Tôi về quê ăn Tết.", "Tết này tôi không về quê.", "Tết này bạn có về quê không?")
_HOME = lazy(rf"(?:{_HOLIDAY.replace('?P<h>', '?P<h0>')}\s+(?P<year>{alternatives(_YEAR)})\s*,?\s+)?{WHO}\s+"
             r"(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<will>sẽ)\s+|(?P<did>đã)\s+)?về\s+quê"
             rf"(?:\s+(?:ăn|đón)\s+{_HOLIDAY})?(?:\s+(?P<asked>không))?(?:\s+(?:nhé|ạ))?\s*(?P<end>[.!?]*)")
_HOME_EN = lazy(rf"(?:(?P<are>Are|Is)\s+)?{WHO_EN}(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)?"
                r"(?:\s+(?P<not>not))?\s+(?:going|(?P<went>went))\s+(?:back\s+)?home\s+for\s+"
                rf"{_HOLIDAY_EN}(?:\s+(?P<year>{alternatives(_YEAR_VI)}))?\s*(?P<end>[.!?]*)")
# where it is spent ("Bạn ăn Tết ở đâu?", "Chúng tôi ăn Tết ở Huế.")
_WHERE = lazy(rf"(?:{_HOLIDAY.replace('?P<h>', '?P<h0>')}\s+(?P<year>{alternatives(_YEAR)})\s*,?\s+)?{WHO}\s+"
              rf"(?:(?P<will>sẽ)\s+)?(?:ăn|đón)\s+{_HOLIDAY}\s+(?:ở|tại)\s+(?:(?P<where>đâu)|(?P<at>[^,.!?]+?))"
              r"(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"(?:(?P<where>Where)\s+(?P<are>are|is)\s+)?{WHO_EN}"
                 rf"(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)?\s+spending\s+{_HOLIDAY_EN}"
                 r"(?:\s+in\s+(?P<at>[^,.!?]+?))?(?:\s+(?P<year>this\s+year))?\s*(?P<end>[.!?]*)")
# Tet coming
_COMING = lazy(r"[Ss]ắp\s+(?:đến\s+|tới\s+)?Tết\s+rồi(?:\s+(?:đấy|nhỉ))?\s*(?P<end>[.!]*)")
_COMING_EN = lazy(r"Tet\s+is\s+(?:coming|almost\s+here|just\s+around\s+the\s+corner)\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about going home for a holiday or where it is spent; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) == ("vi", "en"):
        return _home(text) or _where(text) or _coming(text)
    return (_home_vi(text) or _where_vi(text) or _coming_vi(text)) if (src, tgt) == ("en", "vi") else None


def _holiday(m: re.Match) -> str | None:
    """The holiday said ("Tet"), the same where said twice ("Tết này tôi về quê ăn Tết"); None where two differ."""
    said = {_HOLIDAYS[keyed(h)] for h in (m["h0"], m["h"]) if h}
    return said.pop() if len(said) == 1 else None


def _home(text: str) -> str | None:
    """"Tôi về quê ăn Tết." as "I'm going home for Tet.", "Tết này tôi không về quê." as "I'm not going home for Tet
    this year.", "Tết năm ngoái chúng tôi về quê." as "We went home for Tet last year." (_HOME); None for anything
    else, and without a holiday."""
    m = _HOME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or not (holiday := _holiday(m)) or \
            not (said := who(m, asked)):
        return None
    year = _YEAR[keyed(m["year"])] if m["year"] else ""
    when = f" {year}" if year else ""
    if year == "last year" or m["did"]:
        if m["not"] or m["will"] or asked:
            return None
        return capitalised(f"{said[0]} went home for {holiday}{when}{m['end'] or '.'}")
    who_ = said[0]
    if asked:
        return f"{be(who_).capitalize()} {who_} going home for {holiday}{when}?"
    not_ = "not " if m["not"] else ""
    return capitalised(contracted(who_, f"{be(who_)} {not_}going home for {holiday}{when}") + (m["end"] or "."))


def _home_vi(text: str) -> str | None:
    """"I'm going home for Tet." as "Tôi về quê ăn Tết.", "Are you going home for Tet this year?" as "Tết này bạn có
    về quê không?", "We went home for Tet last year." as "Tết năm ngoái chúng tôi về quê." (_HOME_EN); None for
    anything else, and where "be" does not agree with who."""
    m = _HOME_EN.fullmatch(text)
    asked = bool(m and m["are"])
    if not m or asked != ("?" in m["end"]) or bool(m["went"]) == bool(m["are"] or m["be"]) or \
            (m["year"] == "last year") != bool(m["went"]) or m["went"] and m["not"]:
        return None
    who_, one = who_vi(m)
    if not m["went"] and be_said(m["are"] or m["be"]) != be_of(who_, one):
        return None
    holiday = _HOLIDAYS_VI[m["h"]]
    spent = f" {_SPENT.get(m['h'], 'đón')} {holiday}"
    if m["year"]:
        opening = f"{holiday} {_YEAR_VI[m['year']]} "
        said = f"{who_} {'có ' if asked else 'không ' if m['not'] else ''}về quê"
        return capitalised(f"{opening}{said}{' không?' if asked else m['end'] or '.'}")
    said = f"{who_} {'có ' if asked else 'không ' if m['not'] else ''}về quê{spent}"
    return capitalised(f"{said}{' không?' if asked else m['end'] or '.'}")


def _where(text: str) -> str | None:
    """"Bạn ăn Tết ở đâu?" as "Where are you spending Tet?", "Chúng tôi ăn Tết ở Huế." as "We're spending Tet in Hue."
    (_WHERE); None for anything else, and for a place not known."""
    m = _WHERE.fullmatch(text)
    asked = bool(m and m["where"])
    if not m or asked != ("?" in m["end"]) or not (holiday := _holiday(m)) or not (said := who(m, asked)) or \
            m["year"] and keyed(m["year"]) not in ("này", "năm nay"):
        return None
    at = m["at"] and place_en(" ".join(m["at"].split()))
    if m["at"] and not at:
        return None
    who_, year = said[0], " this year" if m["year"] else ""
    if asked:
        return f"Where {be(who_)} {who_} spending {holiday}{year}?"
    at_said = " ".join(("in", the_for(at), at)).replace("  ", " ")
    return capitalised(contracted(who_, f"{be(who_)} spending {holiday} {at_said}{year}") + (m["end"] or "."))


def _where_vi(text: str) -> str | None:
    """"Where are you spending Christmas?" as "Bạn đón Giáng sinh ở đâu?", "We're spending Tet in Hue." as "Chúng tôi
    ăn Tết ở Huế." (_WHERE_EN); None for anything else, and where "be" does not agree with who."""
    m = _WHERE_EN.fullmatch(text)
    asked = bool(m and m["where"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or asked == bool(m["at"]):
        return None
    who_, one = who_vi(m)
    if be_said(m["are"] or m["be"]) != be_of(who_, one):
        return None
    at = m["at"] and place_vi(m["at"])
    if m["at"] and not at:
        return None
    holiday = _HOLIDAYS_VI[m["h"]]
    opening = f"{holiday} này " if m["year"] else ""
    said = f"{opening}{who_} {_SPENT.get(m['h'], 'đón')} {holiday} ở {'đâu' if asked else at}"
    return capitalised(said + ("?" if asked else m["end"] or "."))


def _coming(text: str) -> str | None:
    """"Sắp Tết rồi." as "Tet is coming." (_COMING); None for anything else."""
    return f"Tet is coming{m['end'] or '.'}" if (m := _COMING.fullmatch(text)) else None


def _coming_vi(text: str) -> str | None:
    """"Tet is coming." as "Sắp Tết rồi." (_COMING_EN); None for anything else."""
    return f"Sắp Tết rồi{m['end'] or '.'}" if (m := _COMING_EN.fullmatch(text)) else None
