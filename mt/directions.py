"""Directions in the street: turn left or right at a place, go straight on for a distance or to a place, both ways,
written whole by rule (which side a place is on is mt.patterns._on_a_side's). v6: "Đi thẳng khoảng 200 mét." → "Go
straight to about 200 meters."; "Turn right at the bank." → "Hãy thay đổi ngay tại ngân hàng." (change), "Turn left at
the intersection." → "Hãy rẽ trái vào giao điểm." (a point where lines meet), "Turn right at the traffic lights." → "Rẽ
phải lúc đèn giao thông." (at a time).

A place is one mt.patterns.a_place knows (a term: "ngân hàng", the bank; "ngã tư", an intersection) or one of
_LANDMARKS. mt.phrasebook.translate tries these after mt/routines.py.

    >>> translate("Rẽ trái ở ngã tư.", "vi", "en"), translate("Go straight on for about 200 metres.", "en", "vi")
    ('Turn left at the intersection.', 'Đi thẳng khoảng 200 mét.')
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .patterns import SIDES, a_place  # (a side either way: "trái" "left", "left" "trái")
from .text import keyed

# what stands at a turning that the term list does not have ("ngã tư" = "intersection", "vòng xoay" = "roundabout",
# "đèn giao thông" = "traffic light" are its; the first Vietnamese of each is written back)
_LANDMARKS = {"ngã ba": "T-junction", "đèn đỏ": "traffic light", "đèn xanh đèn đỏ": "traffic light",
              "góc đường": "corner", "góc": "corner", "vòng xuyến": "roundabout", "cây xăng": "petrol station",
              "cầu": "bridge"}
_LANDMARKS_VI = {en.lower(): vi for vi, en in reversed(_LANDMARKS.items())} | {
    "intersection": "ngã tư", "junction": "ngã ba", "lights": "đèn giao thông"}
_TURN = r"(?:[Rr]ẽ|[Qq]uẹo)"
_THIS = r"(?:\s+(?P<this>này|kia|đó))?"  # ("ở ngã tư kia", at that crossroads)
_DISTANCE = r"(?P<n>\d{1,4})\s*(?P<unit>mét|m|km|ki-lô-mét|cây\s+số)"
_DISTANCE_EN = r"(?P<n>\d{1,4})\s*(?P<unit>metres|meters|m|km|kilometres|kilometers|kilometre|kilometer)"
_END = r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)"
_SAID = [lazy(rf"(?:(?P<then>Rồi|rồi|Sau\s+đó|sau\s+đó)\s+)?{_TURN}\s+(?P<side>trái|phải)"
              rf"(?:\s+(?:ở|tại|chỗ)\s+(?P<place>[^,.!?]+?){_THIS})?{_END}"),
         lazy(rf"[Đđ]i\s+thẳng(?:\s+(?:(?P<about>khoảng)\s+)?{_DISTANCE}|"
              rf"\s+(?:đến|tới)\s+(?P<place>[^,.!?]+?){_THIS})?{_END}")]
_SAID_EN = [lazy(r"(?:(?P<then>Then)\s+)?(?:turn|Turn)\s+(?P<side>left|right)"
                 r"(?:\s+at\s+(?P<the>the|that)\s+(?P<place>[^,.!?]+?))?\s*(?P<end>[.!]*)"),
            lazy(r"Go\s+straight(?:\s+(?:on|ahead))?(?:\s+for\s+(?:(?P<about>about)\s+)?"
                 rf"{_DISTANCE_EN}|\s+to\s+(?P<the>the|that)\s+(?P<place>[^,.!?]+?))?\s*(?P<end>[.!]*)")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that gives a direction in the street; None for any other."""
    text = text.strip()
    rules = _SAID if (src, tgt) == ("vi", "en") else _SAID_EN if (src, tgt) == ("en", "vi") else []
    m = next((m for p in rules if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    return (_said if tgt == "en" else _said_vi)(m, rules.index(m.re))


def _said(m: re.Match, shape: int) -> str | None:
    """A match of _SAID in English ("Turn left at the crossroads.", "Go straight on for about 200 metres."); None
    where a place is not known."""
    end = m["end"] or "."
    place = m["place"] and _place(m["place"], "en")
    if m["place"] and not place:
        return None
    at = " " + _the(place, "that" if m["this"] in ("kia", "đó") else "the") if place else ""
    if shape == 0:
        then = "Then turn" if m["then"] else "Turn"
        return f"{then} {SIDES[m['side']]}{' at' + at if at else ''}{end}"
    if m["n"]:
        unit = {"km": "km", "ki-lô-mét": "kilometres"}.get(m["unit"], "kilometres" if "số" in m["unit"] else "metres")
        return f"Go straight on for {'about ' if m['about'] else ''}{m['n']} {unit}{end}"
    return f"Go straight on{' to' + at if at else ''}{end}"


def _said_vi(m: re.Match, shape: int) -> str | None:
    """A match of _SAID_EN in Vietnamese ("Rẽ trái ở ngã tư.", "Đi thẳng khoảng 200 mét."); None where a place is not
    known."""
    end = m["end"] or "."
    place = m["place"] and _place(m["place"], "vi")
    if m["place"] and not place:
        return None
    at = f"{place}{' đó' if m['the'] == 'that' else ''}" if place else ""
    if shape == 0:
        return f"{'Rồi rẽ' if m['then'] else 'Rẽ'} {SIDES[m['side']]}{' ở ' + at if at else ''}{end}"
    if m["n"]:
        unit = "km" if m["unit"] == "km" else "ki-lô-mét" if m["unit"].startswith("kilo") else "mét"
        return f"Đi thẳng {'khoảng ' if m['about'] else ''}{m['n']} {unit}{end}"
    return f"Đi thẳng{' đến ' + at if at else ''}{end}"


def _the(place: str | None, the: str) -> str | None:
    """A place in English with "the" (or "that") before it; a name, or a term said with its own "the" ("the second
    intersection"), as it is."""
    if not place or place.startswith("the ") or place[0].isupper() and place not in _LANDMARKS.values():
        return place
    return f"{the} {place}"


def _place(said: str, tgt: str) -> str | None:
    """A place that mt.patterns.a_place knows (a term), or a landmark, in `tgt`; else None."""
    table = _LANDMARKS if tgt == "en" else _LANDMARKS_VI
    return a_place(keyed(said), "vi" if tgt == "en" else "en", tgt) or table.get(keyed(said))
