"""A span of time in a sentence of a known shape, read and written both ways: "mười phút", "một tiếng rưỡi", "nửa
tiếng", "vài ngày"; "ten minutes", "an hour and a half", "half an hour", "a few days". mt/mishaps.py (late by …,
delayed by …) and mt/journeys.py (it takes …) put VI or EN in their patterns and write the span with `said`; the
words for "about" before it are ABOUT and ABOUT_EN (mt/people.py reads them before a height too).

    >>> import re
    >>> said(re.fullmatch(VI, "một tiếng rưỡi"), "en"), said(re.fullmatch(EN, "ten minutes"), "vi")
    ('an hour and a half', 'mười phút')
"""
from __future__ import annotations

import re

from .numbers import VI_TO_EN
from .text import alternatives, keyed

COUNTS = VI_TO_EN | {"mười lăm": "fifteen", "hai mươi": "twenty", "ba mươi": "thirty", "vài": "a few"}
_COUNTS_EN = {en: vi for vi, en in COUNTS.items()} | {"a": "một", "an": "một"}
_UNITS = {"phút": "minute", "tiếng": "hour", "tiếng đồng hồ": "hour", "giờ": "hour", "ngày": "day", "tuần": "week"}
_UNITS_EN = {en: vi for vi, en in reversed(_UNITS.items())}  # (reversed: the first wins, "tiếng" for an hour)
_RANGE = r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?"  # "15", "10-15"
VI = (rf"(?:(?P<half_hour>nửa\s+(?:tiếng|giờ))|(?P<n>{_RANGE}|{alternatives(COUNTS)})\s+"
      rf"(?P<unit>{alternatives(_UNITS)})(?:\s+(?P<half>rưỡi))?)")
EN = (rf"(?:(?P<half_hour>half\s+an\s+hour)|(?P<n>{_RANGE}|{alternatives(_COUNTS_EN)})(?P<half>\s+and\s+a\s+half)?"
      rf"\s+(?P<unit>{alternatives(_UNITS_EN)})s?(?P<half2>\s+and\s+a\s+half)?)")
ABOUT = {"khoảng": "about", "tầm": "about", "chừng": "about", "độ": "about", "gần": "nearly", "hơn": "over",
         "chưa đến": "under"}
ABOUT_EN = {"about": "khoảng", "around": "khoảng", "roughly": "khoảng", "approximately": "khoảng", "nearly": "gần",
            "almost": "gần", "over": "hơn", "more than": "hơn", "less than": "chưa đến", "under": "chưa đến"}


def said(m: re.Match, tgt: str) -> str:
    """The span the groups of VI (for `tgt` "en") or EN (for "vi") matched, in `tgt`; "" where none matched."""
    if m["half_hour"]:
        return "half an hour" if tgt == "en" else "nửa tiếng"
    if not m["n"]:
        return ""
    n, unit = keyed(m["n"]), keyed(m["unit"])
    if tgt == "vi":
        half = " rưỡi" if m["half"] or m["half2"] else ""
        return f"{_COUNTS_EN.get(n, n)} {_UNITS_EN[unit]}{half}"
    n, unit = COUNTS.get(n, n), _UNITS[unit]
    one = f"{'an' if unit == 'hour' else 'a'} {unit}" if n in ("one", "1") else ""
    if m["half"]:  # "một tiếng rưỡi": an hour and a half
        return f"{one} and a half" if one else f"{n} and a half {unit}s"
    return one or f"{n} {unit}s"
