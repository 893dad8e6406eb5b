"""Breakfast at a hotel, both ways, written whole by rule: what time breakfast is served, from when to when, whether the
hotel (the restaurant, "we", "here") serves it, where (on which floor, in the restaurant), whether it is a buffet or
free, and whether the room rate includes it. v8 (every rule on) reads "mấy giờ" as hours, "phục vụ" as nothing or a
past, "tầng" as a layer, and "breakfast" as "Ngắtfast": "Mấy giờ khách sạn phục vụ bữa sáng?" → "Hours serve the
meals?", "Bữa sáng phục vụ từ sáu giờ đến mười giờ." → "The breakfast was six hours to ten o'clock.", "Khách sạn có phục
vụ bữa sáng không?" → "Are the hotel served breakfast?", "Ăn sáng ở tầng mấy?" → "What's the breakfast?", "Bữa sáng
được phục vụ ở tầng hai." → "The breakfast was served in the two-story.", "Bữa sáng có miễn phí không?" → "Is it
free?"; "What time is breakfast served?" → "Bữa sáng được phục vụ là gì?", "Breakfast is served from six to ten." →
"Ngắtfast được phục vụ từ 6 đến 10.", "Does the hotel serve breakfast?" → "Khách sạn phục vụ bữa sáng chưa?", "Which
floor is breakfast on?" → "Bữa sáng ở nhà nào?", "Breakfast is a buffet." → "Ngắtfast là một bánh buffet.".

Taken: breakfast served (by the hotel, this hotel, the restaurant, "chúng tôi"/"we"; "ở đây"/"here", "you" asking)
at, from, until or after a time (mt.dates.clock; an hour alone as the source writes it: "sáu giờ" ↔ "six", "6 giờ" ↔
"6"), on a floor (mt.residence.FLOORS, read and written by mt.lifts.floor_en/floor_vi), in the restaurant, the dining
room or the lobby; what time, from or until what time, when, where, on which floor, asked; said, asked ("có …
không?"), denied (with no time, or after one), now or on a day ahead (mt.dates.near_days: tomorrow; "sẽ", will);
breakfast's floor ("Ăn sáng ở tầng mấy?"); breakfast a buffet or free, said, denied, asked ("có phải … không?", "à?");
the hotel having a buffet breakfast; the room rate or the price including breakfast or not, said. Left: the included
asked (mt/hotels.py's "Bữa sáng có bao gồm trong giá phòng không?", mt/patterns.py's "Giá phòng đã bao gồm bữa sáng
chưa?", v8's right "Is breakfast included?"), "Bữa sáng lúc mấy giờ?" and "What time is breakfast?" (right now), "Khách
sạn có bữa sáng không?" (mt/patterns.py), the meal ready (mt/mealtimes.py) or had (mt/meals.py), "bạn" serving (a
friend?), "Will you serve breakfast?" (told to?), "Bữa sáng ở đâu?", "Ăn sáng ở đâu?" (the meal, or where to eat?), the
past, a denial with a span ("Breakfast isn't served until ten.": or from ten?), a statement ending in "thế", "vậy" (so,
then: mt.text.STRESSED_SAID), "tầng một", "the first floor" (which?), and anything else.
mt.phrasebook.translate tries these after mt/filming.py.

    >>> translate("Mấy giờ khách sạn phục vụ bữa sáng?", "vi", "en"), translate("Breakfast is a buffet.", "en", "vi")
    ('What time does the hotel serve breakfast?', 'Bữa sáng là buffet.')
"""
from __future__ import annotations

import re

from .dates import clock, near_days
from .lazy_re import lazy
from .lifts import floor_en, floor_vi
from .numbers import en_word, vi_word
from .residence import FLOORS, FLOORS_VI
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:bữa\s+sáng|bữa\s+ăn\s+sáng|ăn\s+sáng|buffet)"), "en": lazy(r"(?i:breakfast)")}
# who serves it, and whether English says it with "-s" ("ở đây", here, is said passively: "Is breakfast served here?")
_SERVERS = {"khách sạn": ("the hotel", True), "khách sạn này": ("this hotel", True),
            "nhà hàng": ("the restaurant", True), "nhà hàng này": ("this restaurant", True), "chúng tôi": ("we", False)}
_SERVERS_VI = {en: vi for vi, (en, _) in reversed(_SERVERS.items())} | {"you": "ở đây"}
_DAYS = near_days("ngày mai", "sáng mai", "ngày kia")  # (days ahead: breakfast "will be" served)
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_ROOMS = {"nhà hàng": "the restaurant", "phòng ăn": "the dining room", "sảnh": "the lobby", "sảnh chính": "the lobby"}
_ROOMS_VI = {en: vi for vi, en in reversed(_ROOMS.items())}
_IS_NOT = {False: "is", True: "isn't"}
# a time of day as mt.dates.clock writes it, and nothing more ("6 a.m.", "6:30", "midnight"; "6 giờ sáng", "6:30")
_TIME_EN = lazy(r"\d{1,2}:\d{2}(?: [ap]\.m\.)?|\d{1,2} [ap]\.m\.|midnight|noon")
_TIME_VI = lazy(r"(?:\d{1,2}:\d{2}|\d{1,2} giờ(?: rưỡi| kém \d{1,2}| \d{1,2} phút)?)"
                r"(?: (?:sáng|trưa|chiều|tối|đêm))?|nửa đêm")
_HOURS_EN = {en_word(n): n for n in range(1, 13)}  # ("six" → 6, written back "sáu giờ")
_MEAL = r"(?i:bữa\s+sáng|bữa\s+ăn\s+sáng)"
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)})),?\s+)?"
_SPAN = r"(?P<span>(?i:từ|đến|tới|lúc|vào\s+lúc|sau|khi\s+nào|lúc\s+nào|mấy\s+giờ)(?:\s+[^?!.,]+?)?)"
_PLACE = r"(?P<place>(?i:ở|tại)\s+[^?!.,]+?)"
_TAIL = rf"(?:\s+{_SPAN})?(?:\s+{_PLACE})?"
_WHO = rf"(?P<who>(?i:{alternatives(_SERVERS)}))"
# who serves breakfast, or "ở đây" ("Khách sạn có phục vụ bữa sáng không?", "Chúng tôi phục vụ bữa sáng từ 6 giờ.")
_SERVE = lazy(rf"{_DAY}(?:(?:{_WHO}|(?P<here>(?i:ở\s+đây)))\s+)?(?:(?P<will>sẽ)\s+)?"
              rf"(?:(?P<ask>[Cc]ó)\s+|(?P<not>không)\s+)?(?i:phục)\s+vụ\s+{_MEAL}{_TAIL}{ASKED_END}")
# ... or breakfast served ("Bữa sáng được phục vụ từ sáu giờ đến mười giờ.", "Bữa sáng phục vụ đến mấy giờ?")
_SERVED = lazy(rf"{_DAY}{_MEAL}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:được\s+)?phục\s+vụ"
               rf"{_TAIL}{ASKED_END}")
# ... asked first ("Mấy giờ khách sạn phục vụ bữa sáng?", "Mấy giờ thì phục vụ bữa sáng?")
_WHAT_TIME = lazy(rf"{_DAY}(?i:mấy\s+giờ)\s+(?:thì\s+)?(?:{_WHO}\s+)?(?:(?P<will>sẽ)\s+)?"
                  rf"phục\s+vụ\s+{_MEAL}{SOFTENED_END}")
# which floor breakfast is on ("Ăn sáng ở tầng mấy?", "Bữa sáng ở tầng hai.")
_ON = lazy(rf"(?P<eat>(?i:ăn\s+sáng)|{_MEAL})\s+(?:nằm\s+)?{_PLACE}{SOFTENED_END}")
# a buffet, or free ("Bữa sáng là buffet.", "Bữa sáng có phải là buffet không?", "Bữa sáng có miễn phí không?")
_IS = lazy(rf"{_MEAL}\s+(?:(?:(?P<ask>có\s+phải)|(?P<not>không\s+phải))(?:\s+là)?|là)\s+(?:(?:tiệc|kiểu)\s+)?buffet"
           rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
_FREE = lazy(rf"{_MEAL}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:được\s+)?miễn\s+phí{ASKED_END}")
_BUFFET = r"(?:bữa\s+sáng\s+(?:buffet|tự\s+chọn)|buffet\s+sáng)"
_HAS = lazy(rf"(?:(?P<who>(?i:khách\s+sạn(?:\s+này)?))|(?P<here>(?i:ở\s+đây)))\s+(?:(?P<ask>có)|(?P<not>không\s+có))\s+"
            rf"{_BUFFET}{ASKED_END}")
# the room rate including breakfast, said ("Giá phòng đã bao gồm bữa sáng.", "Không bao gồm bữa sáng.")
_RATES = {"giá phòng": "the room rate", "giá": "the price"}
_RATES_VI = {en: vi for vi, en in _RATES.items()}  # ("the room rate" → "giá phòng")
_INCLUDES = [lazy(rf"(?P<rate>(?i:giá\s+phòng|giá))\s+(?:đã\s+|(?P<not>không|chưa)\s+)?bao\s+gồm\s+{_MEAL}"
                  r"\s*(?P<end>[.!]*)"),
             lazy(rf"{_MEAL}\s+(?:đã\s+|(?P<not>không|chưa)\s+)?(?:được\s+)?bao\s+gồm\s+trong\s+"
                  r"(?P<rate>giá\s+phòng|giá)\s*(?P<end>[.!]*)"),
             lazy(rf"(?:[Đđ]ã|(?P<not>[Kk]hông|[Cc]hưa))\s+bao\s+gồm\s+{_MEAL}\s*(?P<end>[.!]*)")]
_FLOOR = rf"tầng\s+(?:(?P<n>{alternatives(FLOORS)}|[2-9]|[1-9]\d)|(?P<named>trệt|hầm|trên\s+cùng))"

# ... in English
_WHO_EN = rf"(?P<who>(?i:{alternatives(_SERVERS_VI)}))"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_SPAN_EN = r"(?:\s+(?P<span>(?:from|until|till|at|after)\s+[^?!,]+?))?"
_PLACE_EN = r"(?:\s+(?P<place>(?:on|in)\s+[^?!,]+?))?"
_REST_EN = rf"(?P<here>\s+here)?{_SPAN_EN}{_PLACE_EN}{_DAY_EN}"
_DAY0_EN = r"(?:(?P<day0>Tomorrow),?\s+)?"
_SERVE_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Does|Do|Will)\s+)?{_WHO_EN}(?P<aux>\s+will|\s+(?:do|does)\s+not|"
                 rf"\s+(?:don|doesn)['’]t|\s+won['’]t)?\s+(?P<verb>serves?)\s+breakfast{_REST_EN}\s*(?P<end>[.!?]*)")
_SERVED_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Is|Will)\s+breakfast|(?i:breakfast)(?P<be>\s+is|['’]s|\s+will|\s+is\s+not|"
                  rf"\s+isn['’]t|\s+won['’]t))(?P<bee>\s+be)?\s+served{_REST_EN}\s*(?P<end>[.!?]*)")
_ASKED_EN = lazy(r"(?P<q>What\s+time|When|Where|Until\s+what\s+time|From\s+what\s+time|(?:On\s+)?(?:which|what|Which|"
                 rf"What)\s+floor)\s+(?:(?P<aux>does|do|will)\s+{_WHO_EN}\s+serve\s+breakfast|(?P<be>is|will)\s+"
                 rf"breakfast(?P<bee>\s+be)?\s+served)(?P<here>\s+here)?(?:\s+(?P<tail>until|from|on))?{_DAY_EN}\s*\?+")
_ON_EN = lazy(r"(?:(?P<on>On)\s+)?(?:Which|What|which|what)\s+floor\s+is\s+breakfast(?(on)|\s+on)\s*\?+|"
              r"(?i:breakfast)(?:\s+is|['’]s)\s+(?P<place>(?:on|in)\s+[^?!,]+?)\s*(?P<end>[.!]*)")
_IS_EN = lazy(r"(?:(?P<q>Is)\s+breakfast|(?i:breakfast)(?P<be>\s+is|['’]s|\s+is\s+not|\s+isn['’]t))\s+(?:(?P<a>an?)\s+"
              r"(?P<buffet>buffet)|(?P<free>free))\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(r"(?:(?P<q>Does)\s+(?P<who>(?i:the|this)\s+hotel)\s+have|(?P<who2>(?i:the|this)\s+hotel)\s+(?P<has>has|"
               r"does\s+not\s+have|doesn['’]t\s+have)|(?P<there>Is\s+there|There['’]s|There\s+is))\s+an?\s+"
               r"(?:buffet\s+breakfast|breakfast\s+buffet)(?P<here>\s+here)?\s*(?P<end>[.!?]*)")
_INCLUDES_EN = lazy(r"(?:(?P<rate>(?i:the)\s+(?:room\s+rate|price))\s+(?P<verb>includes|does\s+not\s+include|"
                    r"doesn['’]t\s+include)\s+breakfast|(?i:breakfast)(?P<be>\s+is|['’]s|\s+is\s+not|\s+isn['’]t)\s+"
                    r"included(?:\s+in\s+(?P<in>the\s+(?:room\s+rate|price)))?)\s*(?P<end>[.!]*)")
_FLOOR_EN = (rf"the\s+(?:(?P<n>{alternatives(FLOORS_VI)})|(?P<nth>[2-9]|[1-9]\d)(?P<sfx>st|nd|rd|th)|(?P<named>ground|"
             r"top))\s+floor|(?P<card>(?!))|(?P<base>the\s+basement)|(?P<this>(?!))")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of breakfast at a hotel: when and where it is served, whether the hotel serves
    it, whether it is a buffet, free or included; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Bữa sáng miễn phí thế.": "thế", "vậy" ending a statement say more)
            return None
        return _serve(text) or _on(text) or _is(text) or _has(text) or _includes(text)
    return _serve_vi(text) or _asked_vi(text) or _on_vi(text) or _is_vi(text) or _has_vi(text) or _includes_vi(text)


def _hour_en(said: str, words: bool = True) -> str | None:
    """A time of mt.dates.clock in English, an hour alone as the source wrote it: "sáu giờ" as "six" (as "6" where
    not `words`), "6 giờ" as "6", "6 giờ sáng" as "6 a.m.", "sáu giờ rưỡi" as "6:30"; None for one not read."""
    time = clock(said, "vi", "en")
    if time and (m := re.fullmatch(r"(\d{1,2}):00", time)) and 0 < int(m[1]) <= 12:
        return en_word(int(m[1])) if said[0].isalpha() and words else m[1]
    return time if time and _TIME_EN.fullmatch(time) else None  # (not "10 a.m. tomorrow", "17:00" kept)


def _hour_vi(said: str) -> str | None:
    """A time said in English, in Vietnamese: "six" (o'clock) as "sáu giờ", "6" as "6 giờ", "10 a.m." as "10 giờ
    sáng"; None for one not read."""
    word = re.sub(r"\s+o['’]clock$", "", said.lower())
    if word in _HOURS_EN:
        return f"{vi_word(_HOURS_EN[word])} giờ"
    time = clock(said.removesuffix("."), "en", "vi")  # (mt.dates reads "10 a.m", not "10 a.m.")
    return time if time and _TIME_VI.fullmatch(time) else None  # (not "thứ Hai", Monday)


def _span_en(said: str | None) -> tuple[str, str] | None:
    """A Vietnamese span of time, in English, as ("said", " from six to ten") or ("asked", "Until what time"): from,
    until, at or after a time, or asked; ("", "") for none; None for one not read."""
    if not said:
        return "", ""
    said = keyed(said)
    asked = {"mấy giờ": "What time", "lúc mấy giờ": "What time", "vào lúc mấy giờ": "What time",
             "từ mấy giờ": "From what time", "đến mấy giờ": "Until what time", "tới mấy giờ": "Until what time",
             "khi nào": "When", "lúc nào": "When"}.get(said)
    if asked:
        return "asked", asked
    if m := re.fullmatch(r"từ\s+(.+?)\s+(?:đến|tới)\s+(.+)", said):
        ends = [_hour_en(t) for t in m.groups()]
        if all(ends) and not all(end.isalpha() for end in ends):  # (not "from six to 10 a.m.": both in figures)
            ends = [_hour_en(t, words=False) for t in m.groups()]
        return ("said", f" from {ends[0]} to {ends[1]}") if all(ends) else None
    m = re.fullmatch(r"(từ|đến|tới|lúc|vào lúc|sau)\s+(.+)", said)
    time = m and _hour_en(m[2])
    way = {"từ": "from", "đến": "until", "tới": "until", "lúc": "at", "vào lúc": "at", "sau": "after"}
    return ("said", f" {way[m[1]]} {time}") if time else None


def _place_en(said: str | None) -> tuple[str, str] | None:
    """A Vietnamese place ("ở tầng hai", "ở nhà hàng", "ở tầng mấy") in English, as ("said", " on the second floor")
    or ("asked", "Which floor"); ("", "") for none; None for one not read ("tầng một": which floor?)."""
    if not said:
        return "", ""
    said = re.sub(r"^(?:ở|tại)\s+", "", keyed(said))
    if said in ("đâu", "tầng mấy", "tầng nào"):
        return "asked", "Where" if said == "đâu" else "Which floor"
    if said in _ROOMS:
        return "said", f" in {_ROOMS[said]}"
    floor = (m := re.fullmatch(_FLOOR, said)) and floor_en(m)
    return floor and ("said", f" {'in' if floor == 'the basement' else 'on'} {floor}")


def _serve(text: str) -> str | None:
    """"Mấy giờ khách sạn phục vụ bữa sáng?" as "What time does the hotel serve breakfast?", "Bữa sáng phục vụ từ sáu
    giờ đến mười giờ." as "Breakfast is served from six to ten." (_SERVE, _SERVED, _WHAT_TIME); None for any other."""
    m = next((m for p in (_SERVE, _SERVED, _WHAT_TIME) if (m := p.fullmatch(text))), None)
    g = m.groupdict() if m else {}
    span, place = _span_en(g.get("span")), _place_en(g.get("place"))
    if not m or span is None or place is None:
        return None
    asks = [said for kind, said in (span, place) if kind == "asked"] + ["What time"] * (m.re == _WHAT_TIME)
    yes_no = bool(g.get("ask")) and bool(g.get("asked"))
    if len(asks) > 1 or ("?" in m["end"]) != bool(asks or yes_no) or bool(g.get("ask")) != yes_no or asks and (
            g.get("ask") or g.get("not") or g.get("asked")) or g.get("asked") and not g.get("ask"):
        return None  # (asked twice, "?" on a statement, "có" without "không")
    if g.get("not") and (span[0] and not span[1].startswith(" after") or g.get("ask")):
        return None  # ("Bữa sáng không phục vụ đến mười giờ.": until ten not, or from ten?)
    subject = g.get("who") or g.get("here")
    if not (subject or asks or yes_no or span[0] or place[0] or m["day"]) or m.re == _SERVE and not (subject or yes_no):
        return None  # ("Bữa sáng được phục vụ.": now, as a waiter says it? "Phục vụ bữa sáng …": told to?)
    who_, one = _SERVERS[keyed(g["who"])] if g.get("who") else (None, True)
    if who_ == "we" and (asks or yes_no):
        return None  # (staff asking themselves)
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    tail = " on" if asks == ["Which floor"] else ""
    if tail and (g.get("here") or span[0]):  # (not "Which floor is breakfast served from six on?": onwards?)
        asks, tail = ["On which floor"], ""
    rest = (" here" if g.get("here") else "") + (span[1] if span[0] == "said" else "") + (
        place[1] if place[0] == "said" else "") + tail + day
    return _said_en(who_, one, asks[0] if asks else "", yes_no, bool(g.get("not")), bool(day or g.get("will")), rest,
                    m["end"])


def _said_en(who_: str | None, one: bool, q: str, yes_no: bool, not_: bool, will: bool, rest: str, end: str) -> str:
    """Breakfast served in English, by who (or passive, `who_` None), asked with `q` or yes or no, denied, ahead or
    now, with the `rest` said after it ("What time will breakfast be served tomorrow?", "We serve breakfast from six to
    ten.")."""
    if q or yes_no:
        lead = f"{q} " if q else ""
        if who_:
            aux = "will" if will else "does" if one else "do"
            said = f"{lead}{aux} {who_} serve breakfast{rest}?"
        else:
            said = f"{lead}{'will breakfast be' if will else 'is breakfast'} served{rest}?"
        return capitalised(said)
    stop = end.lstrip(".") if rest.endswith(".") else end or "."  # (one stop after "a.m.")
    if who_:
        verb = ("won't serve" if not_ else "will serve") if will else (
            ("doesn't serve" if one else "don't serve") if not_ else ("serves" if one else "serve"))
        return capitalised(f"{who_} {verb} breakfast{rest}{stop}")
    be = ("won't be" if not_ else "will be") if will else ("isn't" if not_ else "is")
    return f"Breakfast {be} served{rest}{stop}"


def _on(text: str) -> str | None:
    """"Ăn sáng ở tầng mấy?" and "Bữa sáng ở tầng mấy?" as "Which floor is breakfast on?", "Bữa sáng ở tầng hai." as
    "Breakfast is on the second floor." (_ON); None for anything else, "ở đâu" (the meal, or a place to eat?), and
    "ăn sáng" said ("Ăn sáng ở tầng hai.": told to?)."""
    m = _ON.fullmatch(text)
    place = m and _place_en(m["place"])
    if not place or ("?" in m["end"]) != (place[0] == "asked") or place[1] == "Where":
        return None
    if place[0] == "asked":
        return "Which floor is breakfast on?"
    return None if m["eat"].lower().startswith("ă") else f"Breakfast is{place[1]}{m['end'] or '.'}"


def _is(text: str) -> str | None:
    """"Bữa sáng là buffet." as "Breakfast is a buffet.", "Bữa sáng có miễn phí không?" as "Is breakfast free?" (_IS,
    _FREE); None for anything else."""
    if not (m := _IS.fullmatch(text) or _FREE.fullmatch(text)):
        return None
    asked = keyed(m["asked"] or "")
    # "có (phải) … không?" asks, and "là … à?"; "không" never without "có", "à" never after "có phải", "không phải"
    wanted = "không" if m["ask"] else "" if m["not"] or m.re == _FREE else asked and "à"
    if asked != wanted or bool(asked) != ("?" in m["end"]):
        return None
    what = "a buffet" if m.re == _IS else "free"
    if asked:
        return f"Is breakfast {what}?"
    return f"Breakfast {_IS_NOT[bool(m['not'])]} {what}{m['end'] or '.'}"


def _has(text: str) -> str | None:
    """"Khách sạn có buffet sáng không?" as "Does the hotel have a buffet breakfast?", "Ở đây không có buffet sáng." as
    "There isn't a buffet breakfast here." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (asked := bool(m["asked"])) != ("?" in m["end"]) or asked and not m["ask"]:
        return None
    if m["here"]:
        return "Is there a buffet breakfast here?" if asked else \
            f"There {_IS_NOT[bool(m['not'])]} a buffet breakfast here{m['end'] or '.'}"
    hotel = keyed(m["who"]).replace("khách sạn này", "this hotel").replace("khách sạn", "the hotel")
    if asked:
        return f"Does {hotel} have a buffet breakfast?"
    has = "doesn't have" if m["not"] else "has"
    return capitalised(f"{hotel} {has} a buffet breakfast{m['end'] or '.'}")


def _includes(text: str) -> str | None:
    """"Giá phòng đã bao gồm bữa sáng." as "The room rate includes breakfast.", "Đã bao gồm bữa sáng." as "Breakfast
    is included." (_INCLUDES); None for anything else (asked: mt/hotels.py's, mt/patterns.py's)."""
    if not (m := next((m for p in _INCLUDES if (m := p.fullmatch(text))), None)):
        return None
    end, rate = m["end"] or ".", _RATES.get(keyed(m.groupdict().get("rate") or ""))
    if m.re == _INCLUDES[0]:
        includes = "doesn't include" if m["not"] else "includes"
        return f"{capitalised(rate)} {includes} breakfast{end}"
    return f"Breakfast {_IS_NOT[bool(m['not'])]} included{f' in {rate}' if rate else ''}{end}"


def _span_vi(said: str | None) -> str | None:
    """An English span of time in Vietnamese: "from six to ten" as " từ sáu giờ đến mười giờ", "until 10" as " đến 10
    giờ", "at 7 a.m." as " lúc 7 giờ sáng", "after ten" as " sau mười giờ"; "" for none; None for one not read."""
    if not said:
        return ""
    said = " ".join(said.split())
    if m := re.fullmatch(r"from\s+(.+?)\s+(?:to|until|till)\s+(.+)", said):
        ends = [_hour_vi(t) for t in m.groups()]
        return f" từ {ends[0]} đến {ends[1]}" if all(ends) else None
    m = re.fullmatch(r"(from|until|till|at|after)\s+(.+)", said)
    time = m and _hour_vi(m[2])
    way = {"from": "từ", "until": "đến", "till": "đến", "at": "lúc", "after": "sau"}
    return f" {way[m[1]]} {time}" if time else None


def _place_vi(said: str | None) -> str | None:
    """An English place in Vietnamese: "on the second floor" as " ở tầng hai", "in the basement" as " ở tầng hầm",
    "in the restaurant" as " ở nhà hàng"; "" for none; None for one not read ("on the first floor": which?)."""
    if not said:
        return ""
    m = re.fullmatch(r"(on|in)\s+(.+)", " ".join(said.split()))
    if m and m[1] == "in" and m[2].lower() in _ROOMS_VI:
        return f" ở {_ROOMS_VI[m[2].lower()]}"
    floor = m and (f := re.fullmatch(_FLOOR_EN, m[2])) and floor_vi(f)
    return f" ở {floor}" if floor and (m[1] == "in") == (floor == "tầng hầm") else None


def _said_vi(who_: str, here: bool, q: str, yes_no: bool, not_: bool, day: str | None, will: bool, rest: str,
             stop: str = ".") -> str:
    """Breakfast served in Vietnamese, by `who_` (English: "the hotel", "you"), "ở đây" where `here`, or "bữa sáng …
    được phục vụ", asked with `q` ("lúc mấy giờ") or yes or no, denied, on a day ahead (English: "tomorrow") or with
    "sẽ", the `rest` (a span, a place) after it, a statement ending in `stop`."""
    subj = _SERVERS_VI[who_] if who_ else "ở đây" if here else None
    day, will_ = f"{_DAYS_VI[day.lower()]} " if day else "", "sẽ " if will else ""
    if subj == "ở đây" and q == "ở đâu":  # (not "Ở đây phục vụ bữa sáng ở đâu?": here, where?)
        return capitalised(f"{day}bữa sáng ở đây {will_}được phục vụ{rest} ở đâu?")
    if subj:
        if q == "lúc mấy giờ" and not (day or will) and subj != "ở đây":
            return capitalised(f"Mấy giờ {subj} phục vụ bữa sáng{rest}?")
        verb = f"{'có ' if yes_no else will_}{'không ' if not_ else ''}phục vụ bữa sáng{rest}"
        end = f" {q}?" if q else " không?" if yes_no else stop
        return capitalised(f"{day}{subj} {verb}{end}")
    if yes_no:  # ("Is breakfast served?" as "Có phục vụ bữa sáng không?")
        said = f"{day}bữa sáng có được phục vụ{rest}" if day or rest else "có phục vụ bữa sáng"
        return capitalised(f"{said} không?")
    end = f" {q}?" if q else stop
    return capitalised(f"{day}bữa sáng {will_}{'không ' if not_ else ''}được phục vụ{rest}{end}")


def _aux(said: str | None) -> tuple[str, bool]:
    """An English auxiliary in small letters, straight quotes, one space apart, and whether it denies ("doesn't")."""
    aux = " ".join((said or "").lower().replace("’", "'").split())
    return aux, "not" in aux or "n't" in aux


def _serve_vi(text: str) -> str | None:
    """"Breakfast is served from six to ten." as "Bữa sáng được phục vụ từ sáu giờ đến mười giờ.", "Do you serve
    breakfast?" as "Ở đây có phục vụ bữa sáng không?" (_SERVE_EN, _SERVED_EN); None for anything else, and where a
    verb does not agree with who."""
    m = _SERVE_EN.fullmatch(text) or _SERVED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    g, q = m.groupdict(), (m["q"] or "").lower()
    who_ = (g.get("who") or "").lower()
    aux, not_ = _aux(g.get("aux") or g.get("be"))
    if m.re == _SERVE_EN:
        one = who_ not in ("we", "you")
        if who_ == "you" and q in ("", "will") or who_ == "we" and q or m["here"] and who_ != "you":
            return None  # ("you" asked, not "Will you …?": told to?; "here" only of "you"; staff asking themselves)
        agrees = (m["verb"] == "serves") == (one and not aux) and (aux.startswith("does") == one or "do" not in aux)
        if q and (aux or m["verb"] != "serve" or q != "will" and (q == "does") != one) or not q and not agrees:
            return None  # ("Does the hotel serves", "She serve", "We doesn't serve")
        will = "will" in q or aux in ("will", "won't")
    else:
        will = q == "will" or aux in ("will", "won't")
        if will != bool(m["bee"]):
            return None
    day = m["day0"] or m["day"]
    span, place = _span_vi(m["span"]), _place_vi(m["place"])
    if span is None or place is None or day and not will or not_ and span and not span.startswith(" sau"):
        return None
    if not (q or not_ or span or place or who_ or m["here"] or day):
        return None  # ("Breakfast is served.": now, as a waiter says it)
    abbreviated = re.search(r"[ap]\.m\Z", text[:m.start("end")].rstrip(), re.I)
    stop = m["end"][1:] or "." if abbreviated and m["end"].startswith(".") else m["end"] or "."  # ("a.m.!", "a.m..")
    return _said_vi(who_, bool(m["here"]), "", bool(q), not_, day, will, span + place, stop)


def _asked_vi(text: str) -> str | None:
    """"What time does the hotel serve breakfast?" as "Mấy giờ khách sạn phục vụ bữa sáng?", "What time is breakfast
    served until?" as "Bữa sáng được phục vụ đến mấy giờ?", "Which floor is breakfast served on?" as "Bữa sáng được
    phục vụ ở tầng mấy?" (_ASKED_EN); None for anything else, and where a verb does not agree with who."""
    if not (m := _ASKED_EN.fullmatch(text)):
        return None
    q, tail, who_ = " ".join(m["q"].lower().split()), m["tail"], (m["who"] or "").lower()
    floor = q.endswith("floor")
    if floor and (q.startswith("on") == bool(tail) or tail not in (None, "on")) or not floor and tail and (
            q != "what time" or tail == "on") or who_ == "we" or m["here"] and who_ not in ("", "you"):
        return None
    aux = (m["aux"] or m["be"]).lower()
    will = aux == "will"
    if who_ and not will and (aux == "does") != (who_ != "you") or m["be"] and will != bool(m["bee"]) or (
            m["day"] and not will):
        return None
    said = "ở tầng mấy" if floor else {"what time": "lúc mấy giờ", "when": "khi nào", "where": "ở đâu",
                                       "until what time": "đến mấy giờ", "from what time": "từ mấy giờ"}[q]
    if tail in ("until", "from"):
        said = f"{'đến' if tail == 'until' else 'từ'} mấy giờ"
    return _said_vi(who_, bool(m["here"]), said, False, False, m["day"], will, "")


def _on_vi(text: str) -> str | None:
    """"Which floor is breakfast on?" as "Bữa sáng ở tầng mấy?", "Breakfast is on the second floor." as "Bữa sáng ở
    tầng hai.", "Breakfast is in the restaurant." as "Bữa sáng ở nhà hàng." (_ON_EN); None for anything else."""
    m = _ON_EN.fullmatch(text)
    place = m and (_place_vi(m["place"]) if m["place"] else " ở tầng mấy")
    return place and f"Bữa sáng{place}{m['end'] or '.' if m['place'] else '?'}"


def _is_vi(text: str) -> str | None:
    """"Breakfast is a buffet." as "Bữa sáng là buffet.", "Is breakfast free?" as "Bữa sáng có miễn phí không?"
    (_IS_EN); None for anything else."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["a"] and m["a"].lower() != "a":
        return None
    not_ = _aux(m["be"])[1]
    if m["buffet"]:
        return "Bữa sáng có phải là buffet không?" if m["q"] else \
            f"Bữa sáng {'không phải là' if not_ else 'là'} buffet{m['end'] or '.'}"
    return "Bữa sáng có miễn phí không?" if m["q"] else f"Bữa sáng {'không ' * not_}miễn phí{m['end'] or '.'}"


def _has_vi(text: str) -> str | None:
    """"Does the hotel have a buffet breakfast?" as "Khách sạn có buffet sáng không?", "The hotel has a breakfast
    buffet." as "Khách sạn có buffet sáng.", "Is there a buffet breakfast here?" as "Ở đây có buffet sáng không?"
    (_HAS_EN); None for anything else, and "a" not agreeing ("an buffet")."""
    m = _HAS_EN.fullmatch(text)
    asked = bool(m and (m["q"] or m["there"] and m["there"].startswith("Is")))
    if not m or asked != ("?" in m["end"]) or m["here"] and not m["there"] or re.search(r"\ban\s", text):
        return None
    end = " không?" if asked else m["end"] or "."
    if m["there"]:
        return f"{'Ở đây có' if m['here'] else 'Có'} buffet sáng{end}"
    hotel = "Khách sạn" + " này" * (m["who"] or m["who2"]).lower().startswith("this")
    return f"{hotel} {'không có' if m['has'] and _aux(m['has'])[1] else 'có'} buffet sáng{end}"


def _includes_vi(text: str) -> str | None:
    """"The room rate includes breakfast." as "Giá phòng đã bao gồm bữa sáng.", "Breakfast isn't included." as "Không
    bao gồm bữa sáng." (_INCLUDES_EN); None for anything else (asked: mt/hotels.py's, mt/patterns.py's)."""
    if not (m := _INCLUDES_EN.fullmatch(text)):
        return None
    not_, rate = _aux(m["verb"] or m["be"])[1], m["rate"] or m["in"]
    said = f"{'không' if not_ else 'đã'} bao gồm bữa sáng{m['end'] or '.'}"
    return capitalised(f"{_RATES_VI[' '.join(rate.lower().split())]} {said}" if rate else said)
