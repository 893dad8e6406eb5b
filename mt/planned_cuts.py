"""Planned power and water cuts, both ways, written whole by rule: the power or the water to be cut off (or off) on a
day ahead, in an area, all day, for a span or between two hours, a notice saying so, and asked (will it be, what time,
how long). v8, every rule on, reads "cắt điện" as an electrode or a circumcision and "cut off" as reduced: "Mai khu tôi
bị cắt điện cả ngày." → "I'm electrode all day.", "Mai khu tôi bị cắt nước." → "I'm getting water.", "Thứ bảy này cắt
nước từ 8 giờ đến 5 giờ chiều." → "This Saturday cut water from 8:00 to 5 p.m.", "Ngày mai cúp điện." → "Tomorrow,
power syntax.", "Ngày mai khu tôi bị cắt điện." → "Tomorrow, the area I was elected.", "Chủ nhật tuần sau cả khu bị cắt
điện." → "Next Sunday both cuts.", "Có thông báo cắt điện." → "There is a circumcision.", "Mai có cắt điện không?" →
"Do you cut electricity?", "Mai mấy giờ cắt điện?" → "How many hours of electricity?"; "The power will be off all day
tomorrow." → "Cuộc điện sẽ hết sức vào ngày mai.", "The water will be cut off tomorrow." → "Nước sẽ bị cắt giảm ngày
mai.", "There will be a power cut tomorrow." → "Sẽ có một cắt giảm năng lượng ngày mai.", "Is there a power cut
tomorrow?" → "Có cắt ngày mai không?", "What time will the power be cut off tomorrow?" → "Thời gian sẽ cắt giảm năng
lượng ngày mai?".

Taken: "cắt", "cúp" ("cut off") or "mất" ("off") "điện", "nước", with "bị" or "sẽ", at a place (mt.outages.PLACES, or
an area, a house, a street … of OWNED with whose: "khu tôi", "phố tôi", "nhà mẹ tôi"), for a whole day or morning
(mt.dates.WHOLE_SPANS), a span (mt.spans), from one hour (to another: mt.dates reads them; "từ 8 giờ đến 5 giờ chiều"
is from 8 a.m.) or until one, on a day opening it or after it: one surely ahead ("ngày mai", "mai", "thứ Bảy này", "Chủ
nhật tuần sau", "tuần sau"), any other not behind ("thứ Bảy", a date, "chiều nay") only with "sẽ"; asked ("… có …
không?", "mấy giờ", "lúc mấy giờ", "bao lâu", "mấy tiếng"); a notice ("Có thông báo cắt điện."); "người ta" cutting it
off ("Mai người ta cắt điện." as "They're cutting off the power tomorrow."). English: the power, electricity or water
that will be (or is going to be) cut off, cut or off, asked ("Will …", "What time will …", "How long will …"); there
will be (is going to be) a power cut, a water cut, an outage, a blackout, asked ("Is there …", "Will there be …"), or
there's one on a day surely ahead; a notice of one ("There's a notice about a power cut.", "There's a power cut
notice.", "There's a notice that …"); "They're cutting off the power" on a day. Left: a cut on a day behind, today or
with no day and no "sẽ" (mt/outages.py's, or done?), "thứ Bảy", a date or "chiều nay" without "sẽ" (ahead, done, or
every week?), "Mai" with "bị" or "mất" and no place (Mai, a girl, cut off or dehydrated?), who cut off ahead ("Mai tôi
bị cắt điện.": mt/outages.py reads who behind), "không" (won't, or wasn't?), "sắp" (about to), why ("để bảo trì"), "đến
mấy giờ" (until when), "lịch cắt điện" (a timetable), the power company announcing it, "Are they cutting off …?" (v8
writes it well), "They'll cut off …", the internet (mt/outages.py, mt/wifi.py), not paying (mt/utility_bills.py),
"thế"/"vậy" statements, a "?" on a statement; "N giờ" without "trong" (at 8, or for 8 hours?), days or all week on one
day, "công ty", "văn phòng", "nhà …" cutting with no "bị" (the company, my husband?), "người ta sẽ" with no day, a
notice's day after it not surely ahead (the notice's?), "now"; English "our" (chúng tôi, or chúng ta?), "Saturdays".
mt.phrasebook.translate tries these after mt/car_washes.py.

    >>> translate("Mai khu tôi bị cắt nước.", "vi", "en"), translate("Is there a power cut tomorrow?", "en", "vi")
    ('The water will be cut off in my area tomorrow.', 'Ngày mai có cắt điện không?')
"""
from __future__ import annotations

import re

from . import dates, spans
from .dates import AHEAD, WHOLE_SPANS, WHOLE_SPANS_EN, near_days
from .free_time import DAY_AFTER, DAY_OPENING, when
from .hobbies import SOMEONE, SOMEONE_EN, pet, someone
from .lazy_re import lazy
from .outages import OWNED, OWNED_VI, PLACES, PLACES_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_DAYS, EN_MONTHS, STRESSED_SAID, VI_DAYS, SOFTENED_END, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:cắt\s+điện|cắt\s+nước|cúp\s+điện|cúp\s+nước|mất\s+điện|mất\s+nước)"),
         "en": lazy(r"(?i:power\s+cut|water\s+cut|cut\s+off|cutting\s+off|be\s+cut|be\s+off|outage|blackout)")}
_UTILS = {"điện": "power", "nước": "water"}
_UTILS_VI = {"power": "điện", "electricity": "điện", "water": "nước"}
_GONE = {"cắt": "cut off", "cúp": "cut off", "mất": "off"}  # (the first of each written back)
_GONE_VI = {"cut off": "cắt", "cut": "cắt", "off": "mất"}
_WHAT_VI = {"power cut": ("cắt", "điện"), "water cut": ("cắt", "nước"), "power outage": ("mất", "điện"),
            "blackout": ("mất", "điện")}
# one's street besides mt.outages' areas ("phố tôi": on my street)
_OWNED = OWNED | {"phố": "street"}
_OWNED_VI = OWNED_VI | {"street": "phố"}
# days ahead that mt.free_time.when leaves ("mai", "thứ Bảy này"), and its "tuần sau"
_DAYS = near_days("ngày mai", "sáng mai", "chiều mai", "tối mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới",
                  "cuối tuần sau", "cuối tuần tới", "tháng sau", "tháng tới") | {"mai": "tomorrow"} | {
    f"{keyed(vi)} này": f"this {en}" for en, vi in zip(EN_DAYS, VI_DAYS)}

_PLACE = (rf"(?:(?P<place>(?i:{alternatives(PLACES)}))|(?:(?i:ở)\s+)?(?P<owned>(?i:{alternatives(_OWNED)}))\s+"
          rf"(?:của\s+)?(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<named>{SOMEONE})))")
_CLOCK = r"\d{1,2}(?:h(?:\d\d)?|:\d\d|\s+giờ(?:\s+\d{1,2}(?:\s+phút)?|\s+rưỡi)?)(?:\s+(?:sáng|trưa|chiều|tối|đêm))?"
# how long: all day, a span, between two hours, from one or until one ("cả ngày", "hai ngày", "từ 8 giờ đến 5 giờ")
_LASTS = (rf"(?:\s+(?P<all>{alternatives(WHOLE_SPANS)})|\s+(?:trong\s+)?(?P<span>{spans.VI})|"
          rf"\s+từ\s+(?P<a>{_CLOCK})(?:\s+(?:đến|tới)\s+(?P<b>{_CLOCK}))?|\s+(?:đến|tới)\s+(?P<b2>{_CLOCK}))?")
# cut off ahead ("Mai khu tôi bị cắt điện cả ngày.", "Mai có cắt điện không?", "Có thông báo cắt điện.")
_CUT = lazy(rf"(?:(?P<notice>(?i:có))\s+thông\s+báo\s+(?:là\s+)?)?{DAY_OPENING}(?:{_PLACE}\s+|"
            rf"(?P<they>(?i:người\s+ta))\s+)?"
            rf"(?:(?P<q0>(?i:mấy\s+giờ))\s+(?:thì\s+)?)?(?:(?P<will>(?i:sẽ))\s+)?(?:(?P<ask>(?i:có))\s+)?"
            rf"(?:(?P<bi>(?i:bị))\s+)?(?P<verb>(?i:cắt|cúp|mất))\s+(?P<util>điện|nước)(?!\s+thoại)"
            rf"(?:\s+(?P<q>lúc\s+mấy\s+giờ|bao\s+lâu|mấy\s+tiếng))?{_LASTS}{DAY_AFTER}(?:\s+(?P<asked>không))?"
            rf"{SOFTENED_END}")

# ... in English: a place after it ("in my area", "at my house", "here"), how long, a day
_PLACE_EN = (rf"(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)}))|\s+(?:at|in|on)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
             rf"(?P<named>{SOMEONE_EN})['’]s)\s+(?P<owned>(?i:{alternatives(_OWNED_VI)})))?")
_CLOCK_EN = r"(?:\d{1,2}(?::\d\d)?\s?(?:[ap]\.m\.?|[ap]m)|noon|midnight)"
_LASTS_EN = (rf"(?:\s+(?P<all>{alternatives(WHOLE_SPANS_EN)})|\s+for\s+(?P<span>{spans.EN})|"
             rf"\s+from\s+(?P<a>{_CLOCK_EN})(?:\s+(?:to|until|till)\s+(?P<b>{_CLOCK_EN}))?|"
             rf"\s+(?:until|till)\s+(?P<b2>{_CLOCK_EN}))?")
_AFTER_EN = (r"(?:\s+(?P<day>(?:on|this|next|tomorrow|today|tonight|the\s+day)\b[^,.!?]*?))?"
             + _LASTS_EN.replace("(?P<", "(?P<x_"))  # (how long before the day or after it: "tomorrow from 8 a.m.")
_WILL_EN = lazy(rf"(?:(?P<notice>There['’]s\s+a\s+notice\s+(?:saying\s+)?that)\s+t|(?P<q>What\s+time\s+|How\s+long\s+|"
                rf"How\s+many\s+hours\s+)?(?P<ask>[Ww]ill)\s+t|T)he\s+(?P<util>(?i:power|electricity|water))"
                rf"(?(ask)\s+be|(?:\s+will\s+be|['’]ll\s+be|\s+is\s+going\s+to\s+be|['’]s\s+going\s+to\s+be))\s+"
                rf"(?P<gone>cut\s+off|cut|off){_PLACE_EN}{_LASTS_EN}{_AFTER_EN}\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"(?:There(?P<will>\s+will\s+be|['’]ll\s+be|\s+is\s+going\s+to\s+be|['’]s\s+going\s+to\s+be)|"
                 rf"(?P<is>There['’]s|There\s+is)|(?P<ask>Is\s+there|Will\s+there\s+be)|(?P<about>There['’]s\s+a\s+"
                 rf"notice\s+about))\s+a\s+(?:(?P<planned>scheduled|planned)\s+)?(?P<what>power\s+cut|water\s+cut|"
                 rf"power\s+outage|blackout)(?P<notice>\s+notice)?{_PLACE_EN}{_LASTS_EN}{_AFTER_EN}"
                 r"\s*(?P<end>[.!?]*)")
_WE = lazy(r"(?i:\bour\b)")  # (chúng tôi, or chúng ta? the one spoken to may be in it)
_EVERY = lazy(r"(?i:[a-z]days|weekends)\b")  # ("on Saturdays": every week)
_AGENTS = ("công ty", "văn phòng")  # (before "cắt" with no "bị", as "nhà …": the company cutting it off?)
_THEY_EN = lazy(rf"They(?:'re|\s+are)\s+cutting\s+off\s+the\s+(?P<util>(?i:power|electricity|"
                rf"water)){_PLACE_EN}{_LASTS_EN}{_AFTER_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence saying or asking that the power or the water will be cut off on a day ahead, or
    of a notice of it; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _cut(text)
    text = text.replace("’", "'")
    if _WE.search(text):
        return None
    return _will_vi(text) or _there_vi(text) or _they_vi(text)


def _place(m: re.Match) -> str | None:
    """Where a match of _PLACE says it is, in English (" in my area", " at my house", " on Lan's street"); "" for
    none, None for someone not read."""
    if m["place"]:
        return f" {PLACES[keyed(m['place'])]}"
    if not m["owned"]:
        return ""
    owned = _OWNED[keyed(m["owned"])]
    named = not m["owner"] and not pet(m["named"], "vi") and someone(m["named"], "vi")  # (not "nhà con chó của tôi")
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else named and f"{named}'s"
    return f" {'at' if owned == 'house' else 'on' if owned == 'street' else 'in'} {whose} {owned}" if whose else None


def _day(said: str | None) -> tuple[str, bool] | None:
    """A Vietnamese day in English with a space before it (" tomorrow", " on June 15"), and whether it is surely ahead
    ("ngày mai", "thứ Bảy này"; not "thứ Bảy", a date, "chiều nay"); ("", False) for none, None for one not read or
    behind."""
    if not said:
        return "", False
    day = when(said, "vi", _DAYS)
    if not day or BEHIND.match(day) or "ago" in day or day == "now":
        return None
    day = f"on {day}" if day.split()[0] in EN_MONTHS else day  # ("ngày 15/6": on June 15)
    return f" {day}", bool(AHEAD.match(day) or day.startswith("this ") and day.split()[-1] in EN_DAYS)


def _clocks(a: str | None, b: str | None) -> str | None:
    """From one Vietnamese hour to another, from one, or until one, in English (" from 8 a.m. to 5 p.m."); "" for
    none, None for one not read. A bare hour before one in the afternoon is the morning's ("từ 8 giờ đến 5 giờ
    chiều": from 8 a.m.; mt.dates gives the afternoon to the first where it is the earlier, "từ 1 giờ")."""
    if not (a or b):
        return ""
    if not (a and b):
        said = dates.clock(a or b, "vi", "en")
        return said and f" {'from' if a else 'until'} {said}"
    said = f"từ {a} đến {b}"
    found = dates.matches(said, "vi", "en")
    if len(found) != 2 or (found[0].start, found[0].end, found[1].end) != (3, 3 + len(a), len(said)):
        return None
    first, last = found[0].replacement, found[1].replacement
    bare, end = re.fullmatch(r"(\d{1,2}):(\d\d)", first), int(re.match(r"\d+", last)[0])
    if bare and 6 <= int(bare[1]) <= 11 and last.endswith("p.m.") and int(bare[1]) > end:
        first = f"{bare[1]}{'' if bare[2] == '00' else ':' + bare[2]} a.m."
    elif ":" in last and end < int(re.match(r"\d+", first)[0]):
        return None  # ("từ 8 giờ đến 5 giờ": which 5?)
    return f" from {first} to {last}"


def _lasts(m: re.Match, prefix: str = "") -> str | None:
    """How long a match of _LASTS (or _LASTS_EN, groups after `prefix`) says, in the other language: " all day", " for
    two days", " from 8 a.m. to 5 p.m." (" cả ngày", " hai ngày", " từ 8 giờ sáng đến 5 giờ chiều"); "" for none,
    None for one not read."""
    g, vi = {k: m[prefix + k] for k in ("all", "span", "a", "b", "b2")}, m.re == _CUT
    if g["all"]:
        return f" {(WHOLE_SPANS if vi else WHOLE_SPANS_EN)[keyed(g['all'])]}"
    if g["span"]:
        if vi and "giờ" in g["span"] and not m.string[:m.start("span")].rstrip().endswith("trong"):
            return None  # ("Mai cắt điện 8 giờ.": at 8, or for 8 hours?)
        said = spans.said(re.fullmatch(spans.VI if vi else spans.EN, keyed(g["span"])), "en" if vi else "vi")
        return said and (f" for {said}" if vi else f" {said}")
    if vi:
        return _clocks(g["a"], g["b"] or g["b2"])
    a, b, b2 = (dates.clock(g[k].rstrip("."), "en", "vi") if g[k] else "" for k in ("a", "b", "b2"))
    if None in (a, b, b2):
        return None
    return f" từ {a} đến {b}" if a and b else f" từ {a}" if a else f" đến {b2}" if b2 else ""


def _fits(day: str, lasts: str) -> bool:
    """Whether how long (in English: " for three days", " all night") fits in the English day it is on: days or all
    week within a week or a month, weeks within a month, all day or a part of it on one whole day."""
    unit = re.search(r"\b(day|week)s?$|^ all (day|morning|afternoon|evening|night|week)$", lasts)
    if not (day and unit):
        return True
    if "week" in (unit[1], unit[2]):
        return " month" in day or unit[2] == "week" and re.search(r"\bweek$", day) is not None
    if unit[1]:
        return re.search(r"\b(?:week|weekend|month)$", day) is not None
    return not re.search(r"week|month|morning|afternoon|evening|night", day)


def _cut(text: str) -> str | None:
    """"Mai khu tôi bị cắt điện cả ngày." as "The power will be cut off in my area all day tomorrow.", "Mai mấy giờ
    cắt điện?" as "What time will the power be cut off tomorrow?", "Có thông báo cắt điện." as "There's a notice about
    a power cut." (_CUT); None for anything else, and the shapes of Left."""
    m = _CUT.fullmatch(text)
    if not m or m["day0"] and m["day"] or (place := _place(m)) is None or (day := _day(m["day0"] or m["day"])) is None:
        return None
    q, verb, util = keyed(m["q0"] or m["q"] or ""), keyed(m["verb"]), _UTILS[m["util"]]
    asked, lasts = bool(m["ask"] or q), _lasts(m)
    if lasts is None or not _fits(day[0], lasts) or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(
            m["asked"]) or q and (m["ask"] or lasts or m["notice"]) or m["notice"] and (m["ask"] or verb == "mất"):
        return None
    (said_day, sure), mai = day, keyed(m["day0"] or "") == "mai"
    if m["they"]:  # ("Mai người ta cắt điện.": they're cutting it off)
        if m["bi"] or q or m["notice"] or verb == "mất" or not said_day or not sure and not m["will"]:
            return None
        said = f"cutting off the {util}{lasts}{said_day}"
        return f"Are they {said}?" if asked else f"They're {said}".rstrip(".") + ("!" if "!" in m["end"] else ".")
    if not (sure or m["will"] or m["notice"]) or mai and not (place or m["will"] or m["ask"]) and (
            m["bi"] or verb == "mất") or m["notice"] and m["day"] and not (sure or m["will"]):
        return None  # ("Thứ Bảy cắt nước.": ahead, or every week?; "Mai bị cắt điện.": Mai's?; "Có thông báo cắt
        # điện sáng nay.": the notice's day?)
    if not m["bi"] and verb != "mất" and (keyed(m["place"] or "") in _AGENTS or keyed(m["owned"] or "") == "nhà"):
        return None  # ("Ngày mai công ty cắt điện.": the company cutting it off?; "nhà tôi": my husband?)
    gone = _GONE[verb]
    if q:
        what = {"mấy giờ": "What time", "lúc mấy giờ": "What time", "bao lâu": "How long"}.get(q, "How many hours")
        return f"{what} will the {util} be {gone}{place}{said_day}?"
    if asked:
        return f"Will the {util} be {gone}{place}{lasts}{said_day}?"
    stop = "!" if "!" in m["end"] else "."
    if m["notice"]:
        if util == "power" and not (place or lasts or said_day):
            return f"There's a notice about a power cut{stop}"
        return f"There's a notice that the {util} will be {gone}{place}{lasts}{said_day}".rstrip(".") + stop
    return f"The {util} will be {gone}{place}{lasts}{said_day}".rstrip(".") + stop


def _place_vi(m: re.Match) -> str | None:
    """Where a match of _PLACE_EN says it is, in Vietnamese: "khu tôi", "nhà mẹ tôi", "ở đây"; "" for none, None for
    someone not read."""
    if m["place"]:
        return PLACES_VI[keyed(m["place"])]
    if not m["owned"]:
        return ""
    whose = WHOSE_VI[keyed(m["owner"])] if m["owner"] else not pet(m["named"], "en") and someone(m["named"], "en")
    owned = _OWNED_VI[keyed(m["owned"])]
    owned = "khu nhà" if owned == "khu" and m["named"] else owned  # ("khu Lan": one so called)
    return f"{owned} {whose}" if whose else None


def _day_vi(said: str | None) -> tuple[str, bool] | None:
    """An English day in Vietnamese ("ngày mai", "vào thứ Bảy"), and whether it is surely ahead ("tomorrow", "this
    Saturday", "next week"); ("", False) for none, None for one not read or behind."""
    if not said:
        return "", False
    day = when(said, "en", _DAYS)
    if not day or BEHIND.match(said) or _EVERY.search(said):
        return None
    return day, bool(AHEAD.match(said) or said.startswith("this ") and said.split()[-1] in EN_DAYS)


def _said_vi(m: re.Match, verb: str, util: str, q: str = "") -> str | None:
    """The Vietnamese of a match of _WILL_EN, _THERE_EN or _THEY_EN with its verb ("cắt", "mất") and "điện" or
    "nước": "Ngày mai khu tôi sẽ bị cắt điện cả ngày.", "Ngày mai có cắt điện không?", "Ngày mai mấy giờ cắt điện?";
    None for a place, a day or how long not read, or how long said twice."""
    place, day = _place_vi(m), _day_vi(m["day"])
    lasts, lasts2 = _lasts(m), _lasts(m, "x_")
    said_lasts = next((f" {'' if 'all' in k else 'for '}{m[k]}" for k in ("all", "x_all", "span", "x_span") if m[k]),
                      "")  # (how long, in English, for _fits)
    if place is None or day is None or lasts is None or lasts2 is None or lasts and lasts2 or not _fits(
            m["day"] or "", said_lasts):
        return None
    lasts, bi, (day, sure), ask = lasts or lasts2, "bị " * bool(place), day, m.groupdict().get("ask")
    end = "?" if q else " không?" if ask else "!" if "!" in m["end"] else "."
    if q:
        if lasts:
            return None
        said = f"{place} mấy giờ {bi}{verb} {util}" if q.startswith("what") else \
            f"{place} {bi}{verb} {util} {'mấy tiếng' if 'many' in q else 'bao lâu'}"
    elif m.re == _THEY_EN:  # ("Ngày mai người ta cắt điện.", "Người ta sẽ cắt điện vào thứ Bảy.": done, or every week?)
        said = f"người ta {'' if sure else 'sẽ '}{verb} {util}{lasts}"
    else:
        said = f"{place} {'có' if ask else 'sẽ'} {bi}{verb} {util}{lasts}"
    # the day opening it ("Thứ Bảy tuần này sẽ cắt điện.", "Thứ Bảy có cắt điện không?"), or after it with "vào"
    said = f"{said} {day}" if day.startswith("vào ") and end[-1] != "?" else f"{day.removeprefix('vào ')} {said}"
    return capitalised(" ".join(said.split()) + end)


def _will_vi(text: str) -> str | None:
    """"The power will be off all day tomorrow." as "Ngày mai sẽ mất điện cả ngày.", "Will the water be cut off in
    your area tomorrow?" as "Ngày mai khu bạn có bị cắt nước không?", "What time will the power be cut off
    tomorrow?" as "Ngày mai mấy giờ cắt điện?" (_WILL_EN); None for anything else."""
    m = _WILL_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or m["ask"] and m["ask"][0].isupper() == bool(m["q"]):
        return None
    util = _UTILS_VI[keyed(m["util"])]
    said = _said_vi(m, _GONE_VI[keyed(m["gone"])], util, keyed(m["q"] or ""))
    return said and (f"Có thông báo {said[0].lower()}{said[1:]}" if m["notice"] else said)


def _there_vi(text: str) -> str | None:
    """"There will be a power cut in my area tomorrow." as "Ngày mai khu tôi sẽ bị cắt điện.", "Is there a power cut
    tomorrow?" as "Ngày mai có cắt điện không?", "There's a power cut notice." as "Có thông báo cắt điện." (_THERE_EN);
    None for anything else, and "There's a power cut" on a day not surely ahead (today: mt/outages.py's)."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or (day := _day_vi(m["day"])) is None:
        return None
    verb, util = _WHAT_VI[keyed(m["what"])]
    if m["about"] or m["notice"]:  # (a notice of a cut: "Có thông báo cắt điện ngày mai.")
        if not (m["is"] or m["about"]) or m["planned"] or verb == "mất" or _place_vi(m) != "" or _lasts(m) != "" or \
                _lasts(m, "x_") != "":
            return None
        on = "vào " * day[0].startswith(("thứ ", "Chủ nhật"))  # (as mt.free_time.placed writes a day after)
        return f"Có thông báo cắt {util}{' ' + on + day[0] if day[0] else ''}{'!' if '!' in m['end'] else '.'}"
    if m["is"] and not day[1] or m["ask"] and not day[0]:
        return None  # ("There's a power cut this afternoon.": now, or ahead?)
    return _said_vi(m, verb, util)


def _they_vi(text: str) -> str | None:
    """"They're cutting off the power tomorrow." as "Ngày mai người ta cắt điện." (_THEY_EN); None for anything else,
    no day (now?), and a place ("in my area": theirs, or cut there?); asked, v8 writes it well."""
    m = _THEY_EN.fullmatch(text)
    if not m or "?" in m["end"] or not m["day"] or _place_vi(m) != "":
        return None
    return _said_vi(m, "cắt", _UTILS_VI[keyed(m["util"])])
