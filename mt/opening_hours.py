"""Whether a place is open or closed on a day, until a time, every day or round the clock, asked or said, which days it
is open, what time a place or "you" open or close, and a place about to close or just closed, both ways, written whole
by rule. v8 (rules on) drops "có … cửa" asking and reads "mở cửa" as opening a door: "Bảo tàng có mở cửa vào Chủ
nhật không?" → "Museum opens doors on Sunday?", "Ngày mai bạn có mở cửa không?" → "Tomorrow, do you open the door?",
"Chợ mở cửa vào những ngày nào?" → "Whichday do you open the door?", "Hiệu thuốc có mở cửa 24/24 không?" → "Pharmacy
open windows 24/24?", "Siêu thị mở cửa đến 10 giờ tối." → "The supermarket opened the door until 10 p.m.", "Chúng tôi
mở cửa 24/24." → "We opened the door 24/24.", "Mấy giờ thì cửa hàng đóng cửa?" → "Now the store closed?"; "Is the
museum open on Sundays?" → "Bảo tàng mở vào Chủ nhật không?", "What days is the market open?" → "Thị trường mở ra
những ngày nào?" (the stock market), "The library is closed on Sundays." → "Thư viện đã đóng vào Chủ nhật.", "We're
open every day." → "Chúng tôi đang mở mỗi ngày.", "The shop is closing soon." → "Cửa hàng đang đóng cửa sớm.".

Taken: a place of PLACES (mt.patterns.TIMED's shops, banks, museums …, and the library and school; "này", this;
"các", the shops), "bạn"/"you" asking, "chúng tôi"/"we" saying, or "it" in English with a day or a span, open or
closed ("có mở cửa … không?", "còn", still; "không", not; "sẽ", will be), on a day `mt.free_time.when` reads (today,
tomorrow, yesterday: was; on Sunday; "các ngày Chủ nhật", on Sundays; at the weekend; public holidays, Tet) and/or for
a span (until a time `mt.dates.clock` reads, from one time or weekday to another, every day (except Monday), 24 hours a
day, all night); which days it is open or closed; what time it or "you" open or close (with "thì", or the library,
school, you); about to close or open, just closed or opened. Left: what mt/timetables.py takes first (its places open
now, still, yet, closed on a day, open every day, opens at a time) and mt/patterns.py ("Mấy giờ ngân hàng đóng
cửa?"); a place with no day said ("Bảo tàng đóng cửa.": closes down?); "Bạn có mở cửa không?" (the door?), "Đóng cửa
rồi." (someone shut the door?); "Anh …", "Chị …" saying; the past with no day behind ("The bank was closed on Sunday.");
doors and windows (mt/doors.py).
mt.phrasebook.translate tries these after mt/tv.py.

    >>> translate("Bảo tàng có mở cửa vào Chủ nhật không?", "vi", "en"), translate("Are you open tomorrow?", "en", "vi")
    ('Is the museum open on Sunday?', 'Ngày mai bạn có mở cửa không?')
"""
from __future__ import annotations

import re

from . import dates, text
from .free_time import DAY_OPENING, placed, when
from .lazy_re import lazy
from .patterns import TIMED
from .rule_keys import key_checked
from .text import ASKED_END, EN_DAYS, SOFTENED_END, alternatives, capitalised, keyed
from .timetables import ALWAYS, ALWAYS_VI

_OPENED = {"shop", "store", "museum", "restaurant", "supermarket", "bank", "market", "post office", "pharmacy"}
PLACES = {vi: en for vi, en in TIMED["vi", "en"][0].items() if en in _OPENED} | {"thư viện": "library",
                                                                                "trường học": "school"}
PLACES_VI = {en: vi for en, vi in TIMED["en", "vi"][0].items() if en in _OPENED} | {"library": "thư viện",
                                                                                   "school": "trường học"}
_MANY_VI = {text.regular_plural(en): en for en in PLACES_VI}  # ("libraries": "library")
# days mt.free_time.when leaves, and the spans of mt/timetables.py with the night too
_HOLIDAYS = {f"{many}ngày lễ": "on public holidays" for many in ("", "các ", "những ")} | {"dịp tết": "during Tet",
                                                                                         "tết": "during Tet"}
_HOLIDAYS_VI = {"on public holidays": "vào các ngày lễ", "on holidays": "vào các ngày lễ", "during tet": "vào dịp Tết"}
_SPANS = ALWAYS | {"cả đêm": "all night", "suốt đêm": "all night", "tất cả các ngày": "every day"}
_SPANS_VI = ALWAYS_VI | {"all night": "cả đêm"}
_KEYS = {"vi": lazy(r"(?i:mở\s+cửa|đóng\s+cửa)"), "en": lazy(r"(?i:\b(?:open|clos))")}

_WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
# the days that may be said of a place's hours, as mt.free_time.when writes them in English (none of a clock)
_DAYS = "|".join(EN_DAYS)
_DAY_EN = lazy(rf"(?i:today|tonight|now|tomorrow(?:\s+(?:morning|afternoon|evening))?|yesterday|the\s+day\s+"
               rf"before\s+yesterday|this\s+(?:morning|afternoon|evening|weekend|week)|(?:this|next|last)\s+"
               rf"(?:week|weekend)|at\s+(?:the\s+)?weekends?|on\s+weekends|on\s+public\s+holidays|during\s+Tet)|"
               rf"(?i:this|next|last)\s+(?:{_DAYS})|(?i:on)\s+(?:{_DAYS})s?")
_EVERY_VI = lazy(rf"(?:vào\s+)?(?:(?:các|những|mỗi)\s+(?:ngày\s+)?(?P<d>{_WEEKDAY})|(?P<d2>{_WEEKDAY})\s+"
                 r"(?:hằng|hàng|mỗi)\s+tuần)")
_CLOCK_EN = lazy(r"\d{1,2}(?::\d{2})?(?:\s[ap]\.m\.)?|midnight|noon")
_EXCEPT_VI = lazy(rf"(?:tất\s+cả\s+các\s+ngày|hằng\s+ngày|hàng\s+ngày|mỗi\s+ngày)\s+(?:ngoại\s+)?trừ\s+"
                  rf"(?:(?P<every>các\s+)?ngày\s+)?(?P<d>{_WEEKDAY})")
_EXCEPT_EN = lazy(rf"every\s+day\s+except(?:\s+on)?\s+(?P<d>{_DAYS})s?")

# who or what is open: a place ("các cửa hàng", the shops), "bạn" asking, "chúng tôi" saying
_WHO_VI = (rf"(?:(?P<many>(?i:các|những))\s+)?(?P<place>(?i:{alternatives(PLACES)}))(?:\s+(?P<this>này))?|"
           r"(?P<you>(?i:các\s+bạn|bạn|bên\s+bạn))|(?P<we>(?i:chúng\s+tôi|bên\s+tôi|chúng\s+em))")
_STATE = lazy(rf"{DAY_OPENING}(?:{_WHO_VI})(?:\s+(?P<day1>(?i:hôm\s+(?:nay|qua)|ngày\s+mai|tối\s+nay)))?\s+"
              rf"(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+|"
              rf"(?P<still>còn)\s+)?(?P<state>mở|đóng)\s+cửa(?:\s+(?P<tail>[^,.!?]+?))??{ASKED_END}")
_WHICH_DAYS = lazy(rf"(?:{_WHO_VI})\s+(?P<state>mở|đóng)\s+cửa\s+(?:vào\s+)?(?:(?P<days>những|các)\s+)?"
                   rf"(?:ngày\s+nào|thứ\s+mấy)(?P<week>\s+trong\s+tuần)?{text.SOFTENED_QUESTION}")
_WHAT_TIME = [lazy(rf"(?:[Ll]úc\s+)?[Mm]ấy\s+giờ(?P<thi>\s+thì)?\s+(?:{_WHO_VI})\s+(?P<state>mở|đóng)\s+cửa"
                   rf"{text.SOFTENED_QUESTION}"),
              lazy(rf"(?:{_WHO_VI})\s+(?P<state>mở|đóng)\s+cửa\s+(?:(?P<at>lúc)|(?P<until>đến|tới))\s+mấy\s+giờ"
                   rf"{text.SOFTENED_QUESTION}")]
_SOON = lazy(rf"(?:{_WHO_VI})\s+(?P<when>sắp|vừa\s+mới|vừa)\s+(?P<state>mở|đóng)\s+cửa(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")

# ... and in English ("the shops", "this library", "you", "we", "it")
_WHO_EN = (rf"(?:(?P<det>(?i:the|this|these))\s+)?(?:(?P<place>(?i:{alternatives(PLACES_VI)}))|"
           rf"(?P<many>(?i:{alternatives(_MANY_VI)})))|(?P<you>(?i:you))|(?P<we>(?i:we))|(?P<it>(?i:it))")
_ASKED_EN = lazy(rf"(?P<be>Is|Are|Was|Were|Will)\s+(?:{_WHO_EN})(?P<will_be>\s+be)?(?:\s+(?P<still>still))?\s+"
                 r"(?P<state>open|closed)(?:\s+(?P<tail>[^?]+?))?\s*\?+")
_SAID_EN = lazy(rf"(?:{_WHO_EN})(?P<be>\s+(?:is|are|was|were|will)|['’](?:s|re|ll)|\s+won['’]t)"
                r"(?P<not>\s+not|n['’]t)?(?P<will_be>\s+be)?(?:\s+(?P<still>still|already))?\s+"
                # (the tail's dots only inside a word or after "a.m", "p.m": "8 a.m. to 5 p.m.")
                r"(?P<state>open|closed)(?:\s+(?P<tail>(?:[^.!]|\.(?=\w)|(?<=[ap]\.m)\.(?=\s))+?))?"
                r"\s*(?P<end>[.!]*)")
_WHICH_DAYS_EN = lazy(rf"(?:What|Which)\s+(?P<days>days?)(?P<week>\s+of\s+the\s+week)?\s+(?P<be>is|are)\s+"
                      rf"(?:{_WHO_EN})\s+(?P<state>open|closed)\s*\?+")
_WHAT_TIME_EN = lazy(rf"(?:What\s+time\s+(?:(?P<do>does|do)\s+(?:{_WHO_EN})\s+(?P<state>open|close)|"
                     rf"(?P<be>is|are)\s+(?:{_WHO_EN.replace('(?P<', '(?P<u_')})\s+open\s+until)|"
                     r"How\s+late\s+(?P<be2>is|are)\s+(?P<u2_you>you)\s+open)\s*\?+")
_SOON_EN = lazy(rf"(?:{_WHO_EN})(?:(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?:about\s+to\s+(?P<about>open|close)|"
                r"(?P<ing>opening|closing)\s+soon)|(?P<has>\s+has|\s+have|['’]s|['’]ve)?\s+just\s+"
                r"(?P<did>opened|closed))\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says whether a place is open or closed, on which days or until
    when, what time it opens or closes, or that it is about to close or has just closed; None for any other."""
    if src == "vi":
        return _state(text) or _which_days(text) or _what_time(text) or _soon(text)
    return _state_vi(text) or _which_days_vi(text) or _what_time_vi(text) or _soon_vi(text)


def _who(m: re.Match) -> tuple[str, bool] | None:
    """Who or what of a match of _WHO_VI in English, and whether it is many: ("the museum", False), ("this bank",
    False), ("the shops", True), ("you", True), ("we", True)."""
    if m["you"] or m["we"]:
        return ("you" if m["you"] else "we"), True
    place = PLACES[keyed(m["place"])]
    if m["many"]:
        return None if m["this"] else (f"the {text.regular_plural(place)}", True)
    return f"{'this' if m['this'] else 'the'} {place}", False


def _who_vi(m: re.Match, prefix: str = "") -> tuple[str, bool] | None:
    """Who or what of a match of _WHO_EN in Vietnamese, and whether English said it as many: ("bảo tàng", False),
    ("cửa hàng này", False), ("các cửa hàng", True), ("bạn", True), ("chúng tôi", True), ("", False) for "it"; None
    where "this", "these" or no word at all does not go with it ("these shop", "museum is")."""
    g = {k.removeprefix(prefix): v for k, v in m.groupdict().items() if k.startswith(prefix)}
    if g["you"] or g["we"] or g["it"]:
        return ("bạn" if g["you"] else "chúng tôi" if g["we"] else ""), not g["it"]
    det = (g["det"] or "").lower()
    if g["place"]:
        return None if det not in ("the", "this") else (PLACES_VI[keyed(g["place"])] + " này" * (det == "this"), False)
    return None if det == "this" else (f"các {PLACES_VI[_MANY_VI[keyed(g['many'])]]}", True)


def _day(said: str) -> tuple[str, bool] | None:
    """A day said in Vietnamese, in English, and whether it is behind: ("on Sunday", False), ("on Sundays", False)
    for "các ngày Chủ nhật", ("yesterday", True); None for one not read, or not a day a place opens on."""
    if m := _EVERY_VI.fullmatch(said):
        return f"{when(m['d'] or m['d2'], 'vi')}s", False
    day = when(said, "vi", _HOLIDAYS)
    if not day or not _DAY_EN.fullmatch(day):
        return None
    return day, day.startswith(("yesterday", "last ", "the day before"))


def _span(said: str) -> str | None:
    """A span a place is open for, in English: "until 10 p.m.", "from 8 a.m. to 5 p.m.", "from Monday to Friday",
    "every day", "24 hours a day", "every day except Monday"; None for anything else."""
    if span := _SPANS.get(keyed(said)):
        return span
    if m := _EXCEPT_VI.fullmatch(said):
        return f"every day except {when(m['d'], 'vi').removeprefix('on ')}{'s' * bool(m['every'])}"
    if m := re.fullmatch(r"(?:đến|tới)\s+(?:lúc\s+)?(.+)", said):
        time = dates.clock(m[1], "vi", "en")
        return f"until {time}" if time and _CLOCK_EN.fullmatch(time) else None
    if m := re.fullmatch(rf"từ\s+(?:(?P<d1>{_WEEKDAY})|(?P<t1>.+?))\s+(?:đến|tới)\s+(?:(?P<d2>{_WEEKDAY})|(?P<t2>.+))",
                         said):
        if m["d1"] and m["d2"]:
            return f"from {when(m['d1'], 'vi')[3:]} to {when(m['d2'], 'vi')[3:]}"
        ends = [dates.clock(t, "vi", "en") if t else None for t in (m["t1"], m["t2"])]
        if all(e and _CLOCK_EN.fullmatch(e) for e in ends):
            return f"from {ends[0]} to {ends[1]}"
    return None


def _tail(said: str | None, lang: str = "vi") -> tuple[str, str, bool] | None:
    """What comes after "mở cửa" (`lang` "vi") or "open" ("en"): a span, a day, or a span then a day, in the other
    language (span, day, whether the day is behind); None for anything else."""
    span_of, day_of = (_span, _day) if lang == "vi" else (_span_vi, _day_vi)
    if not said:
        return "", "", False
    for i in [len(said)] + [i for i, c in reversed(list(enumerate(said))) if c == " "]:  # (the longest span first)
        span, rest = said[:i], said[i + 1:]
        spanned = span_of(span)
        if rest and spanned and not spanned.startswith(("until", "from", "đến", "từ")):
            continue  # (only hours go with a day: not "every day on Monday")
        if spanned and (day := day_of(rest) if rest else ("", False)):
            return spanned, *day
    day = day_of(said)
    return ("", *day) if day else None


def _state(text: str) -> str | None:
    """"Bảo tàng có mở cửa vào Chủ nhật không?" as "Is the museum open on Sunday?", "Ngày mai bạn có mở cửa không?"
    as "Are you open tomorrow?", "Hôm qua ngân hàng đóng cửa." as "The bank was closed yesterday.", "Chúng tôi mở cửa
    24/24." as "We're open 24 hours a day." (_STATE); None for anything else, and for no day nor span said."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not (m["ask"] or m["still"]) or not asked and (
            m["ask"] or m["still"]) or m["you"] and not asked or m["we"] and asked or m["will"] and (asked or m["ask"]):
        return None
    who_, many = _who(m) or ("", False)
    opening = m["day0"] or m["day1"]
    tail, day0 = _tail(m["tail"]), _day(opening) if opening else None
    if not who_ or tail is None or opening and (day0 is None or tail[1]) or m["day0"] and m["day1"]:
        return None
    span, day, behind = (tail[0], *day0) if day0 else tail
    if span and m["state"] == "đóng" or not (asked and (m["place"] or m["still"]) or span or day) or m["will"] and (
            behind or not day) or behind and m["state"] == "mở" and not asked:
        return None  # ("Hôm qua cửa hàng mở cửa.": opened for the first time?)
    state = "open" if m["state"] == "mở" else "closed"
    be = ("were" if many else "was") if behind else ("are" if many else "is")
    rest = f"{' still' * bool(m['still'])} {state}{f' {span}' * bool(span)}{f' {day}' * bool(day)}"
    if asked:
        return f"{be.capitalize()} {who_}{rest}?"
    if m["will"]:
        will = "won't" if m["not"] else "will"
        said = f"{who_} {will} be{rest}"
    else:
        be += "n't" if m["not"] else ""
        said = f"we're{rest}" if who_ == "we" and be == "are" else f"{who_} {be}{rest}"
    return capitalised(said if said.endswith(".") else f"{said}.")  # (one stop after "p.m.")


def _day_vi(said: str) -> tuple[str, bool] | None:
    """A day said in English, in Vietnamese, and whether it is behind: ("vào Chủ nhật", False) for "on Sundays",
    ("hôm qua", True); None for one not read."""
    if not _DAY_EN.fullmatch(said):
        return None
    day = _HOLIDAYS_VI.get(keyed(said)) or when(said, "en")
    return (day, bool(re.match(r"(?i:yesterday|last|the\s+day\s+before)", said))) if day else None


def _span_vi(said: str) -> str | None:
    """A span a place is open for, in Vietnamese: "đến 10 giờ tối" for "until 10 pm", "từ thứ Hai đến thứ Sáu" for
    "(from) Monday to Friday", "24/24" for "24 hours", "tất cả các ngày trừ thứ Hai"; None for anything else."""
    if span := _SPANS_VI.get(keyed(said)):
        return span
    if m := _EXCEPT_EN.fullmatch(said):
        return f"tất cả các ngày trừ {when(m['d'], 'en').removeprefix('vào ')}"
    if m := re.fullmatch(r"(?:until|till)\s+(.+)", said):
        time = dates.clock(m[1].removesuffix("."), "en", "vi")  # (mt.dates reads "10 p.m", not "10 p.m.")
        return f"đến {time}" if time else None
    if re.fullmatch(rf"(?:from\s+)?(?:{_DAYS})\s+(?:to|through|until|till)\s+(?:{_DAYS})", said):
        return dates.whole(re.sub(r"\s+(?:through|until|till)\s+", " to ", said), "en", "vi")
    if m := re.fullmatch(r"from\s+(.+?)\s+(?:to|until|till)\s+(.+)", said):
        ends = [dates.clock(t.removesuffix("."), "en", "vi") for t in m.groups()]
        return f"từ {ends[0]} đến {ends[1]}" if all(ends) else None
    return None


def _state_vi(text: str) -> str | None:
    """"Is the museum open on Sundays?" as "Bảo tàng có mở cửa vào Chủ nhật không?", "Are you open tomorrow?" as
    "Ngày mai bạn có mở cửa không?", "We're open 24 hours." as "Chúng tôi mở cửa 24/24.", "It's already closed." as
    "Đã đóng cửa rồi." (_ASKED_EN, _SAID_EN); None for anything else, and where the verb does not agree with who."""
    m = _ASKED_EN.fullmatch(text) or _SAID_EN.fullmatch(text)
    asked = bool(m and m.re == _ASKED_EN)
    who_ = m and _who_vi(m)
    if not who_ or m["you"] and not asked or m["we"] and asked or (tail := _tail(m["tail"], "en")) is None:
        return None
    said, many = who_
    be = m["be"].strip().lower().replace("’", "'")
    will = be in ("will", "'ll", "won't")
    not_ = bool(not asked and m["not"]) or be == "won't"
    if will != bool(m["will_be"]) or not will and (be in ("are", "were", "'re")) != many:
        return None
    span, day, behind = tail
    state = "mở cửa" if m["state"] == "open" else "đóng cửa"
    if m["still"] and (span or day) or m["it"] and not (span or day or m["still"] == "already" and state == "đóng cửa"
                                                       or asked and m["still"]):
        return None  # ("It's closed.": a door? a road?)
    if behind != (be in ("was", "were")) or will and (behind or not day) or span and state == "đóng cửa" or not (
            asked and (m["place"] or m["many"]) or span or day or m["still"]):
        return None
    if asked:
        doing = f"{'còn' if m['still'] else 'có'} {state}{f' {span}' * bool(span)}"
        return placed(f"{said} {doing}".strip(), day, " không?") if said else capitalised(
            f"{day.removeprefix('vào ')} {doing} không?".strip())
    if m["still"]:
        return capitalised(f"{said} vẫn còn {state}." if m["still"] == "still" else f"{said} đã {state} rồi.".strip())
    doing = f"{'sẽ ' * will}{'không ' * not_}{state}{f' {span}' * bool(span)}"
    return placed(f"{said} {doing}".strip(), day, ".") if said else capitalised(
        f"{day.removeprefix('vào ')} {doing}.".strip())


def _which_days(text: str) -> str | None:
    """"Chợ mở cửa vào những ngày nào?" as "What days is the market open?", "Bạn mở cửa vào thứ mấy?" as "What day are
    you open?" (_WHICH_DAYS); None for anything else."""
    m = _WHICH_DAYS.fullmatch(text)
    if not m or m["we"] or not (said := _who(m)):
        return None
    days = "days" if m["days"] or m["week"] else "day"
    return f"What {days}{' of the week' * bool(m['week'])} {'are' if said[1] else 'is'} {said[0]} " \
           f"{'open' if m['state'] == 'mở' else 'closed'}?"


def _which_days_vi(text: str) -> str | None:
    """"What days is the market open?" as "Chợ mở cửa vào những ngày nào?" (_WHICH_DAYS_EN); None for anything else,
    and where "is" or "are" does not agree."""
    m = _WHICH_DAYS_EN.fullmatch(text)
    if not m or m["we"] or m["it"] or not (said := _who_vi(m)) or (m["be"] == "are") != said[1]:
        return None
    state = "mở cửa" if m["state"] == "open" else "đóng cửa"
    week = " trong tuần" * bool(m["week"])
    return capitalised(f"{said[0]} {state} vào {'những ' * (m['days'] == 'days')}ngày nào{week}?")


def _what_time(text: str) -> str | None:
    """"Mấy giờ thì cửa hàng đóng cửa?" as "What time does the shop close?", "Bạn mở cửa đến mấy giờ?" as "What
    time do you close?" (_WHAT_TIME); None for anything else."""
    m = next((m for p in _WHAT_TIME if (m := p.fullmatch(text))), None)
    if not m or m["we"] or m["you"] and keyed(m["you"]) == "bạn" and not m.groupdict().get("until") or not (
            said := _who(m)):
        return None  # ("Bạn mở cửa lúc mấy giờ?": when did you open the door?)
    who_, many = said
    close = m["state"] == "đóng" or bool(m.groupdict().get("until"))
    if m.groupdict().get("until") and m["state"] == "đóng":
        return None
    return f"What time {'do' if many else 'does'} {who_} {'close' if close else 'open'}?"


def _what_time_vi(text: str) -> str | None:
    """"What time do you open?" as "Bạn mở cửa lúc mấy giờ?", "How late are you open?" as "Bạn mở cửa đến mấy
    giờ?" (_WHAT_TIME_EN); None for anything else, and where "does" or "is" does not agree."""
    m = _WHAT_TIME_EN.fullmatch(text)
    if not m:
        return None
    if m["do"]:
        said = None if m["we"] or m["it"] else _who_vi(m)
        if not said or (m["do"] == "do") != said[1]:
            return None
        return capitalised(f"{said[0]} {'mở' if m['state'] == 'open' else 'đóng'} cửa lúc mấy giờ?")
    said = ("bạn", True) if m["u2_you"] else None if m["u_we"] or m["u_it"] else _who_vi(m, "u_")
    if not said or ((m["be"] or m["be2"]) == "are") != said[1]:
        return None
    return capitalised(f"{said[0]} mở cửa đến mấy giờ?")


def _soon(text: str) -> str | None:
    """"Cửa hàng sắp đóng cửa rồi." as "The shop is about to close.", "Bưu điện vừa đóng cửa." as "The post office
    has just closed.", "Chúng tôi sắp đóng cửa." as "We're about to close." (_SOON); None for anything else."""
    m = _SOON.fullmatch(text)
    if not m or m["you"] or "?" in m["end"] or (m["done"] or m["we"]) and m["when"] != "sắp" or not (said := _who(m)):
        return None  # ("Chúng tôi vừa mở cửa.": the door?)
    who_, many = said
    verb = "open" if m["state"] == "mở" else "close"
    if m["when"] == "sắp":
        said = f"{who_} {'are' if many else 'is'} about to {verb}"
    else:
        said = f"{who_} {'have' if many else 'has'} just {verb}{'d' if verb.endswith('e') else 'ed'}"
    return capitalised(said.replace("we are", "we're").replace("we have", "we've") + (m["end"] or "."))


def _soon_vi(text: str) -> str | None:
    """"The shop is about to close." and "The shop is closing soon." as "Cửa hàng sắp đóng cửa.", "The post office
    has just closed." as "Bưu điện vừa đóng cửa." (_SOON_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _SOON_EN.fullmatch(text)
    if not m or m["you"] or not (said := _who_vi(m)):
        return None
    who_, many = said
    aux = (m["be"] or m["has"] or "").strip().lower().replace("’", "'")
    if aux and (aux in ("are", "'re", "have", "'ve")) != many:
        return None
    verb = m["about"] or m["ing"] or m["did"]
    soon, state = "sắp" if m["be"] else "vừa", "mở" if verb.startswith("open") else "đóng"
    said = f"{who_} {soon} {state} cửa" if who_ else f"{soon}{' mới' * (soon == 'vừa')} {state} cửa" + (
        " rồi" * (soon == "sắp"))
    return capitalised(said + (m["end"] or "."))
