"""Renting a motorbike, a bicycle, a car or a room: wanted, for how long, where or whether one can, and what it costs a
day, both ways, written whole by rule. v7: "Thuê xe máy một ngày bao nhiêu tiền?" → "How much does the motorcycle a
day?", "Ở đây có cho thuê xe đạp không?" → "Is there a bicycle here?"; "How much is it to rent a motorbike for a
day?" → "Có bao nhiêu xe máy trong một ngày?" (how many motorbikes), "Where can I rent a bicycle?" → "Tôi có thể
thuê một chiếc xe đạp ở đâu?" (right; taken for the rest's sake).

What is one of THINGS; how long a span of mt/spans.py; what it costs asked for one hour, day, week or month.
mt.phrasebook.translate tries these after mt/studies.py.

    >>> translate("Thuê xe máy một ngày bao nhiêu tiền?", "vi", "en")
    'How much is it to rent a motorbike for a day?'
    >>> translate("I'd like to rent a bicycle for two days.", "en", "vi")
    'Tôi muốn thuê xe đạp hai ngày.'
"""
from __future__ import annotations

import re

from . import spans
from .articles import a_or_an
from .lazy_re import lazy
from .text import SOFTENED_QUESTION, alternatives, keyed

# what is rented (the first Vietnamese of each is written back)
THINGS = {"xe máy": "motorbike", "xe đạp": "bicycle", "xe đạp điện": "electric bike", "ô tô": "car", "xe hơi": "car",
          "xe ô tô": "car", "phòng": "room", "căn hộ": "apartment", "nhà": "house", "thuyền": "boat",
          "thuyền kayak": "kayak", "ván lướt sóng": "surfboard", "áo phao": "life jacket", "lều": "tent"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {
    "motorcycle": "xe máy", "scooter": "xe máy", "bike": "xe đạp", "e-bike": "xe đạp điện", "flat": "căn hộ"}
_THING = rf"(?:(?:một\s+)?(?:chiếc|cái|căn)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
_THING_EN = rf"(?:an?\s+)?(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_PER = {"giờ": "hour", "tiếng": "hour", "ngày": "day", "tuần": "week", "tháng": "month"}
_PER_EN = {en: vi for vi, en in reversed(_PER.items())}
# (with the price before "một ngày" it is mt.patterns._costs')
_PRICE = lazy(rf"(?:[Gg]iá\s+)?[Tt]huê\s+{_THING}\s+(?:một|1)\s+(?P<per>{alternatives(_PER)})\s+"
              r"(?:(?:là|hết|mất)\s+)?bao\s+nhiêu(?:\s+tiền)?" + SOFTENED_QUESTION)
_WANTED = lazy(rf"(?P<who>[Tt]ôi|[Cc]húng\s+tôi)\s+(?P<want>muốn|cần)\s+thuê\s+{_THING}"
               rf"(?:\s+(?:trong\s+)?{spans.VI})?\s*[.!]*")
_WHERE = lazy(rf"(?:[Tt]ôi\s+)?(?:[Cc]ó\s+thể\s+)?[Tt]huê\s+{_THING}\s+ở\s+đâu(?:\s+được)?" + SOFTENED_QUESTION)
_HERE = lazy(rf"(?:Ở\s+đây|[Bb]ạn)\s+có\s+cho\s+thuê\s+{_THING}\s+không" + SOFTENED_QUESTION)
_PRICE_EN = lazy(rf"How\s+much\s+(?:is\s+it|does\s+it\s+cost)\s+to\s+rent\s+{_THING_EN}\s+"
                 rf"(?:for\s+(?:a|one)|per|a)\s+(?P<per>{alternatives(_PER_EN)})\s*\?+")
_WANTED_EN = lazy(rf"(?P<who>I|We)\s*(?P<want>['’]d\s+like|\s+would\s+like|\s+want|\s+need)\s+to\s+rent\s+"
                  rf"{_THING_EN}(?:\s+for\s+{spans.EN})?\s*[.!]*")
_WHERE_EN = lazy(rf"Where\s+can\s+I\s+rent\s+{_THING_EN}\s*\?+")
_HERE_EN = [lazy(rf"Can\s+(?:I|we)\s+rent\s+{_THING_EN}\s+here\s*\?+"),
            lazy(rf"Do\s+you\s+rent\s+(?:out\s+)?{_THING_EN}s?\s*\?+")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about renting one of THINGS; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _rent(text)
    return _rent_vi(text) if (src, tgt) == ("en", "vi") else None


def _rent(text: str) -> str | None:
    """"Thuê xe máy một ngày bao nhiêu tiền?" as "How much is it to rent a motorbike for a day?", "Tôi muốn thuê xe
    đạp hai ngày." as "I'd like to rent a bicycle for two days.", "… ở đâu?" as "Where can I rent …?", "Ở đây có cho
    thuê … không?" as "Can I rent … here?"; None for anything else."""
    if m := _PRICE.fullmatch(text):
        per = _PER[keyed(m["per"])]
        return f"How much is it to rent {_one(m, 'en')} for {a_or_an(per)} {per}?"
    if m := _WHERE.fullmatch(text):
        return f"Where can I rent {_one(m, 'en')}?"
    if m := _HERE.fullmatch(text):
        return f"Can I rent {_one(m, 'en')} here?"
    if m := _WANTED.fullmatch(text):
        who = "We" if keyed(m["who"]) == "chúng tôi" else "I"
        want = "'d like" if m["want"] == "muốn" else " need"
        span = spans.said(m, "en")
        return f"{who}{want} to rent {_one(m, 'en')}{' for ' + span if span else ''}."
    return None


def _rent_vi(text: str) -> str | None:
    """The other way: "How much is it to rent a motorbike for a day?" as "Thuê xe máy một ngày bao nhiêu tiền?" …;
    None for anything else."""
    if m := _PRICE_EN.fullmatch(text):
        return f"Thuê {_one(m, 'vi')} một {_PER_EN[m['per'].lower()]} bao nhiêu tiền?"
    if m := _WHERE_EN.fullmatch(text):
        return f"Tôi có thể thuê {_one(m, 'vi')} ở đâu?"
    if m := next((m for p in _HERE_EN if (m := p.fullmatch(text))), None):
        return f"Ở đây có cho thuê {_one(m, 'vi')} không?"
    if m := _WANTED_EN.fullmatch(text):
        who = "Chúng tôi" if m["who"] == "We" else "Tôi"
        want = "cần" if "need" in m["want"] else "muốn"
        span = spans.said(m, "vi")
        return f"{who} {want} thuê {_one(m, 'vi')}{' ' + span if span else ''}."
    return None


def _one(m: re.Match, tgt: str) -> str:
    """The thing rented, in `tgt`: "a motorbike"; "xe máy"."""
    if tgt == "vi":
        return THINGS_VI[m["thing"].lower()]
    said = THINGS[keyed(m["thing"])]
    return f"{a_or_an(said)} {said}"
