"""Telling the time, said or asked, here or in a place by its name, both ways, written whole by rule: it is three
o'clock, half past six, almost midnight, already ten; it is late, or still early; a watch slow or fast. v8 reads
"giờ" as hours, "nửa đêm" as half a night, "khuya" not at all, and drops the place asked of: "Bây giờ là ba giờ." →
"It's three hours now.", "Ba giờ rồi." → "It's three hours.", "Sáu giờ rưỡi rồi." → "Six hours of snugg.", "Gần nửa
đêm rồi." → "Nearly half night.", "Đã 10 giờ rồi." → "It's 10 hours.", "Khuya rồi." → "Khuya.", "Muộn lắm rồi." →
"It's very good to get.", "Ở Hà Nội bây giờ là mấy giờ?" → "At Hanoi now?", "Mấy giờ rồi nhỉ?" → "It's time for
you?", "Bạn có biết mấy giờ rồi không?" → "Do you know what hour is you?"; the other way it writes "It's" as "Đó"
(that) or "Nó" (it): "It's three o'clock." → "Đó là ba giờ.", "It's almost midnight." → "Gần như nửa đêm.", "It is
already eleven." → "Nó đã có eleven.", "It's getting late." → "Trở về muộn.", "What time is it in Hanoi?" → "Hà Nội
là gì?", "What's the time?" → "Thời gian là gì?", "My watch is fast." → "Cái đồng hồ của tôi nhanh chóng." (quickly).

Taken: the time said, after "Bây giờ là", "Đã" or before "rồi" ("Ba giờ rồi."), nearly ("gần", "sắp"), exactly, about
(after "Bây giờ là") or only ("Mới 7 giờ thôi.") so; "It's" and the time ("three o'clock", "half past six", "3 p.m.",
"midnight"; an hour alone only after already, almost … : "It's already ten."), each here, in a place by its name
(mt.people.named_place) or there; the time asked ("Bây giờ là mấy giờ rồi?", "What's the time?"), in a place too, and
whether who knows it ("Bạn có biết mấy giờ rồi không?", "Do you have the time?"); late, very late, already late, getting
late and still early; whose watch slow or fast (by so many minutes, mt.spans), said or asked. The times are read and
written by mt.dates.clock. Left: "Mấy giờ rồi?", "Bây giờ là mấy giờ?", "Muộn rồi.", "It's late." and "What time is it
(now)?" (the phrasebook's, written the same here), "It's three." and "Ba giờ." (a count, an age, an answer), an hour
past 12 without minutes ("Đã 17 giờ rồi": maybe 17 hours), a time in the past ("It was ten."), a watch stopped or broken
(mt/broken.py), "đồng hồ" with no owner (a clock or a watch), what time things open or leave (mt/timetables.py,
mt/patterns.py), who does what at a time (mt/routines.py), dates and days (mt/dates.py, mt/days_asked.py).
mt.phrasebook.translate tries these after mt/dating.py.

    >>> translate("Gần nửa đêm rồi.", "vi", "en"), translate("It's three o'clock.", "en", "vi")
    ("It's nearly midnight.", 'Bây giờ là 3 giờ.')
"""
from __future__ import annotations

import re

from . import dates, spans
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .matches import CAPITALS
from .numbers import EN_NUMBER_WORDS
from .people import named_place
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, SOFTENER, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giờ|\d[h:]|nửa\s+đêm|muộn|khuya|trễ|sớm|đồng\s+hồ)"),
         "en": lazy(r"(?i:\bit['’]?s\b|\bit\s+is\b|\btime|watch|clock)")}
# "nửa đêm" alone, which mt.dates reads after a number only ("12 giờ đêm"): by what mt.dates writes for "midnight"
_WORDS = {dates.clock("midnight", "en", "vi"): "midnight"}
# what mt.dates writes for a time, in English and in Vietnamese: no day, no "every day" after it
_READ_EN = lazy(r"(?P<h>\d{1,2})(?::(?P<min>\d\d))?(?: [ap]\.m\.)?|midnight")
_READ_VI = lazy(r"\d{1,2}(?::\d\d| giờ(?: rưỡi| kém \d{1,2})?)(?: (?:sáng|trưa|chiều|tối|đêm))?|nửa đêm")
# how near the time it is ("gần nửa đêm", nearly midnight); "khoảng" and "gần" as mt.spans reads them before a span
_NEAR = {w: spans.ABOUT[w] for w in ("khoảng", "tầm", "gần")} | {"sắp": "almost", "đúng": "exactly"}
_NEAR_VI = {"already": "Đã {} rồi", "almost": "Gần {} rồi", "nearly": "Gần {} rồi", "past": "Đã quá {} rồi",
            "about": "Bây giờ khoảng {}", "around": "Bây giờ khoảng {}", "exactly": "Bây giờ là đúng {}",
            "only": "Mới {} thôi", "just": "Mới {} thôi", "": "Bây giờ là {}"}
# (an hour alone after these only: "It's about five." may be a price, "It's only five." a count)
_ALONE = ("already", "almost", "nearly", "past")
_THERE = {"đó": "there", "đấy": "there"}
# a place: "ở" and a name ("ở Hà Nội"), or there ("ở đó"); "ở" may be left out opening a sentence
_PLACE = rf"(?:đó|đấy|[{CAPITALS}][^\W\d_]*(?:\s+[{CAPITALS}][^\W\d_]*){{0,2}})"
_AT = {0: rf"(?:[Ởở]\s+(?P<p0>{_PLACE}),?\s+|(?P<p3>{_PLACE})\s+(?=bây\s+giờ))"} | {
    n: rf"ở\s+(?P<p{n}>{_PLACE})" for n in (1, 2)}
_NOW = r"(?P<now>[Bb]ây\s+giờ|[Gg]iờ)"
# the time said: "Bây giờ là ba giờ.", "Đã 10 giờ rồi.", "Gần nửa đêm rồi.", "Mới 7 giờ thôi.", "… ở Hà Nội."
_SAID = lazy(rf"(?:{_AT[0]})?(?:{_NOW}\s+(?:{_AT[1]}\s+)?(?:(?P<already>đã)\s+)?là|(?P<already2>[Đđ]ã)"
             rf"(?:\s+là)?|(?P<only>[Mm]ới))?\s*(?:(?P<near>(?i:{'|'.join(_NEAR)}))\s+)?(?P<time>[\w:]+(?:\s+"
             rf"[\w:]+){{0,4}}?)(?:\s+{_AT[2]})?(?:\s+(?P<done>rồi)|\s+(?P<thoi>thôi))?{SOFTENED_END}")
# the time asked: "Bây giờ là mấy giờ rồi?", "Ở Hà Nội bây giờ là mấy giờ?", "Bây giờ ở Hà Nội là mấy giờ?"
_ASKED = lazy(rf"(?:{_AT[0]})?(?:{_NOW}\s+(?:{_AT[1]}\s+)?(?:là\s+)?)?[Mm]ấy\s+giờ(?:\s+{_AT[2]})?"
              rf"(?P<done>\s+rồi)?{SOFTENER}\s*\?+")
_KNOWS = lazy(rf"{WHO}\s+có\s+biết\s+(?:(?:bây\s+)?giờ\s+(?:là\s+)?)?mấy\s+giờ(?:\s+rồi)?\s+không"
              rf"{SOFTENER}\s*\?+")
# late, or still early, said whole (keyed; "Muộn rồi." and "It's late." are the phrasebook's, the same here)
_VERY, _ALREADY, _EARLY = "It's very late.", "It's already late.", "It's still early."
_LATE = {"muộn lắm rồi": _VERY, "khuya lắm rồi": _VERY, "trễ lắm rồi": _VERY, "khuya rồi": "It's late.",
         "trễ rồi": "It's late.", "muộn rồi": "It's late.", "đã muộn rồi": _ALREADY, "đã khuya rồi": _ALREADY,
         "đã trễ rồi": _ALREADY, "còn sớm": _EARLY, "vẫn còn sớm": _EARLY, "còn sớm mà": _EARLY,
         "vẫn còn sớm mà": _EARLY}
_LATE_VI = {"it's late": "Muộn rồi.", "it's very late": "Muộn lắm rồi.", "it's really late": "Muộn lắm rồi.",
            "it's already late": "Đã muộn rồi.", "it's getting late": "Cũng muộn rồi.",
            "it's still early": "Vẫn còn sớm."}
_LATE_KEY = lazy(rf"(?P<said>[^.!?]+?){SOFTENED_END}")
# whose watch is slow or fast ("Đồng hồ của tôi chạy chậm 5 phút."): a clock or a watch, but one's own is a watch
_WAYS = {"chậm": "slow", "nhanh": "fast"}
_WAYS_VI = {en: vi for vi, en in _WAYS.items()}
_WATCH = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?i:đồng\s+hồ)(?:\s+đeo\s+tay)?\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?"
              rf"(?:(?:bị|chạy)\s+)?(?P<way>chậm|nhanh)(?:\s+(?P<span>{spans.VI}))?{ASKED_END}")

# ... and in English: "It's three o'clock.", "It's already ten.", "It's 3 p.m. in Hanoi."
_PLACE_EN = r"(?:\s+in\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})|\s+(?P<there>there))"
_SAID_EN = lazy(rf"It(?:['’]s|\s+is)(?:\s+(?P<near>already|almost|nearly|about|around|exactly|only|just|past))?"
                rf"\s+(?P<time>[\w:.'’ -]+?)(?:\s+now)?{_PLACE_EN}?(?:\s+now)?\s*(?P<end>[.!]*)")
_OCLOCK = lazy(r"(?P<h>\w+)\s+o['’]clock")
_ASKED_EN = lazy(rf"What(?:\s+time\s+is\s+it|(?:['’]s|\s+is)\s+the\s+time)(?P<now>\s+now)?{_PLACE_EN}?"
                 r"(?P<now2>\s+now)?\s*\?+")
_KNOWS_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+(?:know\s+what\s+time\s+it\s+is|(?P<have>have)\s+the\s+time)"
                 r"\s*\?+")
_WATCH_EN = lazy(rf"(?:(?P<be0>Is)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|"
                 r"(?P<the>(?i:the|this|that)))\s+(?:wrist\s*)?(?:watch|clock)(?P<be>\s+is|['’]s)?(?P<not>\s+not|"
                 rf"n['’]t)?\s+(?:(?P<span>{spans.EN})\s+)?(?P<way>slow|fast)\s*(?P<end>[.!?]*)")
_THE_VI = {"the": "Đồng hồ", "this": "Cái đồng hồ này", "that": "Cái đồng hồ đó"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks the time, says it is late or early, or that a watch is slow
    or fast; None for any other."""
    if src == "vi":
        return _said(text) or _asked(text) or _knows(text) or _late(text) or _watch(text)
    return _said_vi(text) or _asked_vi(text) or _knows_vi(text) or _late_vi(text) or _watch_vi(text)


def _place(m: re.Match, lang: str) -> str | None:
    """Where, of the groups p0 … p3 (Vietnamese) or place and there (English), in the other language: " in Hanoi",
    " there" for "ở Hà Nội", "ở đó"; "Ở Hà Nội" for "in Hanoi"; "" for none, None for two or a name not known."""
    if lang == "en":
        said = "đó" if m["there"] else m["place"] and named_place(m["place"], "en")
        return "" if not (m["there"] or m["place"]) else f"Ở {said}" if said else None
    found = [m[f"p{n}"] for n in range(4) if m[f"p{n}"]]
    if len(found) > 1:
        return None
    said = found and (_THERE.get(keyed(found[0])) or (f"in {p}" if (p := named_place(found[0], "vi")) else None))
    return "" if not found else f" {said}" if said else None


def _time_en(said: str) -> str | None:
    """A time of a clock in English, read by mt.dates.clock: "3 o'clock" for "ba giờ" (also 3:00), "6:30" for "6 giờ
    rưỡi", "3 p.m." for "3 giờ chiều", "midnight" for "nửa đêm"; None for anything else, an hour past 12 (or 0) without
    minutes too ("17 giờ" may be hours)."""
    read = _WORDS.get(keyed(said)) or dates.clock(said, "vi", "en")
    m = read and _READ_EN.fullmatch(read)
    if not m or m["min"] == "00" and not 1 <= int(m["h"]) <= 12:
        return None
    return f"{m['h']} o'clock" if m["min"] == "00" else read


def _said(text: str) -> str | None:
    """"Bây giờ là ba giờ." as "It's 3 o'clock.", "Đã 10 giờ rồi." as "It's already 10 o'clock.", "Gần nửa đêm rồi."
    as "It's nearly midnight.", "Mới 7 giờ thôi." as "It's only 7 o'clock.", "Bây giờ là 3 giờ chiều ở Hà Nội." as
    "It's 3 p.m. in Hanoi." (_SAID); None for anything else, and for a time alone ("Ba giờ.": an answer)."""
    m = _SAID.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["only"]) != bool(m["thoi"]) or not (
            m["now"] or m["already2"] or m["done"] or m["only"]) or m["only"] and m["near"]:
        return None
    time, where = _time_en(m["time"]), _place(m, "vi")
    near = _NEAR[keyed(m["near"])] if m["near"] else ""
    if time is None or where is None or (m["already"] or m["already2"]) and near not in ("", "nearly", "almost"):
        return None
    if near == "about" and not m["now"]:  # ("Khoảng 3 giờ rồi." may answer how long: about three hours)
        return None
    before = "already " if m["already"] or m["already2"] else "only " if m["only"] else ""
    said = f"It's {before}{near + ' ' if near else ''}{time}{where}"
    return said if said.endswith(".") else f"{said}."  # (after "3 p.m.", no second dot)


def _asked(text: str) -> str | None:
    """"Bây giờ là mấy giờ rồi?" as "What time is it now?", "Mấy giờ rồi nhỉ?" as "What time is it?", "Ở Hà Nội bây
    giờ là mấy giờ?" as "What time is it in Hanoi now?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    where = m and _place(m, "vi")
    if where is None or not (m["now"] or m["done"] or where):
        return None
    return f"What time is it{where}{' now' if m['now'] else ''}?"


def _knows(text: str) -> str | None:
    """"Bạn có biết mấy giờ rồi không?" as "Do you know what time it is?" (_KNOWS); None for anything else."""
    m = _KNOWS.fullmatch(text)
    said = m and who(m, True)
    if not said:
        return None
    return f"{'Does' if said[1] else 'Do'} {said[0]} know what time it is?"


def _late(text: str) -> str | None:
    """"Muộn lắm rồi." as "It's very late.", "Đã khuya rồi." as "It's already late.", "Vẫn còn sớm." as "It's still
    early." (_LATE); None for anything else, and asked."""
    m = _LATE_KEY.fullmatch(text)
    return None if not m or "?" in m["end"] else _LATE.get(keyed(m["said"]))


def _watch(text: str) -> str | None:
    """"Đồng hồ của tôi chạy chậm." as "My watch is slow.", "Đồng hồ của mẹ tôi nhanh 5 phút." as "My mother's watch
    is 5 minutes fast.", "Đồng hồ của bạn có bị chậm không?" as "Is your watch slow?" (_WATCH); None for anything
    else, and for a span that is not minutes or hours."""
    m = _WATCH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    span = spans.said(m, "en") if m["span"] else ""
    if m["span"] and not span.endswith(("minute", "minutes", "hour", "hours")):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    way = f"{span + ' ' if span else ''}{_WAYS[m['way']]}"
    return f"Is {whose} watch {way}?" if asked else capitalised(f"{whose} watch is {way}.")


def _time_vi(said: str, near: str) -> str | None:
    """A time of a clock in Vietnamese, read by mt.dates.clock: "3 giờ" for "three o'clock", "6 giờ rưỡi" for "half
    past six", "nửa đêm" for "midnight"; an hour alone ("ten") only after a word of _ALONE ("It's already ten.");
    None for anything else."""
    m = _OCLOCK.fullmatch(said)
    alone = said.isdigit() or said.lower() in EN_NUMBER_WORDS
    if alone and near not in _ALONE:
        return None
    read = dates.clock(m["h"] if m else said.rstrip("."), "en", "vi")  # ("3 p.m." ends the sentence with its dot)
    return read if read and _READ_VI.fullmatch(read) else None


def _said_vi(text: str) -> str | None:
    """"It's three o'clock." as "Bây giờ là 3 giờ.", "It is already eleven." as "Đã 11 giờ rồi.", "It's almost
    midnight." as "Gần nửa đêm rồi.", "It's 3 p.m. in Hanoi." as "Ở Hà Nội bây giờ là 3 giờ chiều." (_SAID_EN); None
    for anything else."""
    m = _SAID_EN.fullmatch(text)
    near = (m["near"] or "").lower() if m else ""
    time = m and _time_vi(m["time"], near)
    where = _place(m, "en") if time else None
    if where is None:
        return None
    said = _NEAR_VI[near].format(time)
    return f"{where} {said[0].lower()}{said[1:]}." if where else f"{said}."


def _asked_vi(text: str) -> str | None:
    """"What's the time?" as "Mấy giờ rồi?", "What time is it in Hanoi?" as "Ở Hà Nội bây giờ là mấy giờ?"
    (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    where = m and _place(m, "en")
    if where is None or m["now"] and m["now2"]:
        return None
    if where:
        return f"{where} bây giờ là mấy giờ?"
    return "Bây giờ là mấy giờ?" if m["now"] or m["now2"] else "Mấy giờ rồi?"


def _knows_vi(text: str) -> str | None:
    """"Do you know what time it is?" and "Do you have the time?" as "Bạn có biết mấy giờ rồi không?" (_KNOWS_EN);
    None for anything else, where "does" does not agree with who, and the time had by any but you."""
    m = _KNOWS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["do"] == "Does") != one or m["have"] and (m["who"] or "").lower() != "you":
        return None
    return capitalised(f"{who_} có biết mấy giờ rồi không?")


def _late_vi(text: str) -> str | None:
    """"It's very late." as "Muộn lắm rồi.", "It's getting late." as "Cũng muộn rồi.", "It's still early." as "Vẫn
    còn sớm." (_LATE_VI); None for anything else."""
    m = _LATE_KEY.fullmatch(text)
    said = m and " ".join(m["said"].lower().replace("’", "'").replace("it is", "it's", 1).split())
    return None if not m or "?" in m["end"] else _LATE_VI.get(said)


def _watch_vi(text: str) -> str | None:
    """"My watch is slow." as "Đồng hồ của tôi chạy chậm.", "My mother's watch is 5 minutes fast." as "Đồng hồ của
    mẹ tôi chạy nhanh 5 phút.", "Is your watch slow?" as "Đồng hồ của bạn có chạy chậm không?" (_WATCH_EN); None for
    anything else, and "is" not said, or said twice ("Is my watch is slow?")."""
    m = _WATCH_EN.fullmatch(text)
    if not m:
        return None
    asked = "?" in m["end"]
    if bool(m["be0"]) != asked or bool(m["be"]) == asked or m["not"] and asked:
        return None
    span = f" {spans.said(m, 'vi')}" if m["span"] else ""
    if span and not span.endswith(("phút", "tiếng")):
        return None
    whose = _THE_VI[m["the"].lower()] if m["the"] else "Đồng hồ của " + (
        WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en"))
    way = f"chạy {_WAYS_VI[m['way']]}{span}"
    return f"{whose} có {way} không?" if asked else f"{whose} {'không ' if m['not'] else ''}{way}."
