"""The lunch break at work or school, both ways, written whole by rule: when it is, how long it is, being on it now,
getting none, working through it, and an office or a bank closing for lunch. v8 (every other rule on) reads "nghỉ
trưa" as taking lunch, a holiday or a nap, and "xuyên trưa" as doing lunch: "Mấy giờ bạn nghỉ trưa?" → "Now don't you
take lunch?", "Công ty tôi nghỉ trưa một tiếng rưỡi." → "The company I had a holiday for an hour.", "Tôi được nghỉ
trưa một tiếng." → "I'm a nap.", "Anh ấy đang nghỉ trưa." → "He's a lunchtime.", "Bạn có được nghỉ trưa không?" → "Can
you take lunch?", "Văn phòng nghỉ trưa từ 12 giờ đến 1 giờ." → "The lunch office was 12:00 to 1:00.", "Tôi thường làm
xuyên trưa." → "I'm constantly made lunch."; "What time is your lunch break?" → "Thời gian nghỉ trưa của bạn là gì?",
"We get an hour and a half for lunch." → "Chúng tôi nhận được một tiếng đồng hồ và một nửa bữa trưa.", "I didn't get
a lunch break today." → "Tôi không nhận được chỗ ăn trưa hôm nay.", "Is he on his lunch break?" → "Có phải anh ấy nghỉ
ăn trưa của mình không?", "My lunch break is from 12 to 1." → "Ngắt bữa trưa của tôi là từ 12 đến 1.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets), a workplace with whose ("công ty tôi", "trường bạn": "at my company")
or a place that closes (mt.opening_hours.PLACES but markets, restaurants and schools; the office, the clinic): the
lunch break at a time or from one time to another (mt.dates.clock), asked "mấy giờ" ("What time is …?"); how long
(mt.spans, minutes or hours: "được nghỉ trưa một tiếng", "I get an hour for lunch"; "chỉ", "thôi": only), asked "bao
lâu"; on it now ("đang nghỉ trưa": "on his lunch break"; a place "closed for lunch"), said or asked ("có … không?",
"à?"); getting none ("không được nghỉ trưa") as a habit, today, on a day behind or tomorrow, or asked; working through
lunch ("làm (việc) xuyên trưa") as a habit, how often (mt.hobbies.SELDOM), having to ("phải"), done ("đã", a day
behind), denied or asked. "Hôm nay tôi không được nghỉ trưa." is "I don't get a lunch break today." (said before
lunch or after; "didn't" only with "đã"). Left: a plain "Tôi nghỉ trưa." or "Văn phòng nghỉ trưa." (now, or as a
habit?), a lunch break got ("Tôi được nghỉ trưa.": allowed now?), "chưa" (not yet), a day with a time or a span,
"nghỉ trưa … giờ" ("hai giờ": at two, or two hours?), a name alone or "sếp" on "his" or "her" break, a plain
"Tôi làm xuyên trưa." or "Hôm nay tôi làm xuyên trưa." (done, doing, to do, or a habit?), "anh", "chị", "em" saying
it (and "em" asking with "ạ": "may I?"), "thế" or "vậy" ending a statement ("then", "so"), "I" asked, "Did …?" or
"Will …?" with no day, "I will work …", "Do you rarely …?", a pet's break ("my dog's"), a place closing for lunch
with no time said ("The bank closes for lunch.": today?); napping (mt/naps.py:
"ngủ trưa"), lunch had (mt/meals.py), brought (mt/packed_lunches.py), skipped (mt/skipped_meals.py), days off
(mt/workdays.py), opening hours (mt/opening_hours.py: "mở cửa", "đóng cửa"), busy (mt/busy.py), and anything else.
mt.phrasebook.translate tries these after mt/language_tests.py.

    >>> translate("Mấy giờ bạn nghỉ trưa?", "vi", "en"), translate("He is on his lunch break.", "en", "vi")
    ('What time is your lunch break?', 'Anh ấy đang nghỉ trưa.')
"""
from __future__ import annotations

import re

from .dates import clock, near_days
from .hobbies import (HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, own_thing, person_of,
                      pet, someone, who_vi, whose_own)
from .lazy_re import lazy
from .opening_hours import PLACES as _OPENING
from .rule_keys import key_checked
from .spans import EN as SPAN_EN, VI as SPAN_VI, said as span_said
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:nghỉ\s+trưa|xuyên\s+trưa)"), "en": lazy(r"(?i:lunch)")}
# places that close for lunch (not markets, restaurants or schools: open, or a break of the pupils'); a workplace
_PLACES = {vi: en for vi, en in _OPENING.items() if en not in ("market", "restaurant", "school")} | {
    "văn phòng": "office", "phòng khám": "clinic"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
_WORK = {"công ty": "company", "cơ quan": "workplace", "trường": "school"}
_WORK_VI = {en: vi for vi, en in _WORK.items()}
_DAYS = near_days("hôm qua", "hôm kia", "hôm nay", "ngày mai")
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}
_WE = {"my": "we", "our": "we", "your": "you"}  # (who gets the break at whose company: "We get … at my company")

# who: a workplace with whose, a place, or mt.hobbies' WHO; a day before who
_SUBJ = (rf"(?:(?P<work>(?i:{alternatives(_WORK)}))\s+(?:của\s+)?(?P<wwhose>(?i:{alternatives(OWNERS)}))|"
         rf"(?P<place>(?i:{alternatives(_PLACES)}))|{WHO})")
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s+)?"
_TIME = r"\d[^?!]*?"  # (a time, read by mt.dates.clock)
_WHEN = lazy(rf"(?:(?P<what0>(?i:mấy\s+giờ))(?:\s+thì)?\s+)?{_SUBJ}\s+(?:(?P<ask>có)\s+)?nghỉ\s+trưa(?:\s+(?:vào\s+)?"
             rf"lúc\s+(?:(?P<what>mấy\s+giờ)|(?P<at>{_TIME}))|\s+từ\s+(?P<t1>{_TIME})\s+(?:đến|tới)\s+(?P<t2>{_TIME}))?"
             + ASKED_END)
_LONG = lazy(rf"{_SUBJ}\s+(?:(?P<only>chỉ)\s+)?(?:(?P<get>được)\s+)?nghỉ\s+trưa\s+(?:(?P<span>{SPAN_VI})|(?P<how>bao"
             rf"\s+lâu))(?:\s+(?P<thoi>thôi))?{SOFTENED_END}")
_NOW = lazy(rf"{_SUBJ}\s+(?:(?P<ask>có)\s+)?đang\s+nghỉ\s+trưa(?:\s+(?P<a>à|hả))?{ASKED_END}")
_NONE = lazy(rf"{_DAY}{_SUBJ}\s+(?:(?P<did>đã)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?được\s+nghỉ\s+trưa{ASKED_END}")
_THROUGH = lazy(rf"{_DAY}{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?:(?P<did>đã)\s+)?(?:(?P<often>(?i:{alternatives(SELDOM)}))\s+)?"
                r"(?:(?P<not>không)\s+)?(?:(?P<must>phải)\s+)?làm(?:\s+việc)?\s+xuyên\s+trưa" + ASKED_END)

# ... in English
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_WORK_EN = rf"(?P<wwhose>{WHOSE_WORDS})\s+(?P<work>{alternatives(_WORK_VI)})"
_TIME_EN = r"(?:\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?|noon)"
_AT_EN = rf"(?:at\s+(?P<at>{_TIME_EN})|from\s+(?P<t1>{_TIME_EN})\s+(?:to|until|till)\s+(?P<t2>{_TIME_EN}))"
_BREAK_EN = lazy(rf"(?:(?P<what>What\s+time|When|How\s+long)\s+is\s+)?(?:{_WHOSE_EN}\s+lunch\s+break|[Tt]he\s+lunch\s+"
                 rf"break\s+at\s+{_WORK_EN})(?:\s+is\s+(?:{_AT_EN}|(?P<span>{SPAN_EN})(?:\s+long)?))?"
                 r"\s*(?P<end>[.!?]*)")
_LONG_EN = lazy(rf"(?:(?P<how>How\s+long)\s+(?P<do>do|does)\s+)?{WHO_EN}\s+(?:(?P<only>only)\s+)?(?P<verb>get|gets|"
                rf"have|has|take|takes)\s+(?:(?P<span>{SPAN_EN})\s+)?for\s+lunch(?:\s+at\s+{_WORK_EN})?\s*"
                r"(?P<end>[.!?]*)")
_PLACE_EN = lazy(rf"(?:(?P<what>What\s+time|When)\s+does\s+|(?P<q>Does|Is)\s+)?(?P<place>[Tt]he\s+(?:"
                 rf"{alternatives(_PLACES_VI)}))\s+(?P<verb>closes|close|is\s+closed|closed)\s+for\s+lunch"
                 rf"(?:\s+{_AT_EN})?\s*(?P<end>[.!?]*)")
_NOW_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+are|\s+am|['’]s|['’]re|['’]m)?\s+on\s+"
               rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+lunch\s+break\s*(?P<end>[.!?]*)")
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|didn['’]t|won['’]t|do\s+not|does\s+not|did\s+not|will\s+not)"
_NONE_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?\s+(?P<verb>get|gets|got)\s+a\s+lunch\s+"
                rf"break(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_THROUGH_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?"
                   rf"(?:\s+(?P<often>{alternatives(HABIT_VI)}))?"
                   r"(?:\s+(?P<must>have\s+to|has\s+to|had\s+to))?\s+(?P<verb>work|works|worked)\s+through\s+lunch"
                   rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of when or how long a lunch break is, who is on it, who gets none or works
    through lunch, or a place closing for lunch; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Tôi nghỉ trưa lúc 12 giờ vậy.": then, so; a question's "vậy" only softens)
            return None
        return _when(text) or _long(text) or _now(text) or _none(text) or _through(text)
    text = text.replace("’", "'")
    return _break_vi(text) or _long_vi(text) or _place_vi(text) or _now_vi(text) or _none_vi(text) or _through_vi(text)


def _time(said: str | None, lang: str) -> str | None:
    """A time of day in the other language, as mt.dates.clock reads it: "12 giờ" as "12" (an hour alone without
    ":00"), "11 giờ rưỡi" as "11:30", "1 giờ chiều" as "1 p.m."; "12" as "12 giờ"; None for anything else."""
    time = said and clock(said if lang == "vi" else said.removesuffix("."), lang, "en" if lang == "vi" else "vi")
    if time and lang == "vi":
        if not re.fullmatch(r"\d{1,2}(?::\d\d)?(?:\s+[ap]\.m\.)?", time):
            return None
        hour = re.fullmatch(r"(\d{1,2}):00", time)
        return hour[1] if hour and int(hour[1]) <= 12 else time
    return time


def _at(m: re.Match, lang: str) -> str | None:
    """When of a match with groups "at", "t1" and "t2", in the other language: "at 12", "from 12 to 1" ("lúc 12
    giờ", "từ 12 giờ đến 1 giờ"); "" where none is said; None where a time is not read."""
    if m["at"]:
        at = _time(m["at"], lang)
        return at and (f"at {at}" if lang == "vi" else f"lúc {at}")
    if m["t1"]:
        ends = [_time(m["t1"], lang), _time(m["t2"], lang)]
        ends = _ends(*ends) if lang == "vi" else ends
        return all(ends) and (f"from {ends[0]} to {ends[1]}" if lang == "vi" else f"từ {ends[0]} đến {ends[1]}") or None
    return ""


def _ends(first: str | None, last: str | None) -> list[str | None]:
    """Two English times of _time, an hour alone ("12") written "12:00" where the other is past 12 ("13:00")."""
    ends = [first, last]
    if any(end and re.fullmatch(r"(?:1[3-9]|2\d):\d\d", end) for end in ends):
        return [f"{end}:00" if end and end.isdigit() else end for end in ends]
    return ends


def _subject(m: re.Match, asked: bool) -> tuple[str, str, bool] | None:
    """Who of a match of _SUBJ: ("work", "my company", False), ("place", "the bank", True), or ("who", "my mother",
    True) by mt.hobbies.person_of (no pets; "anh" saying, "I" asked, "em" with "ạ": None)."""
    if m["work"]:
        return "work", f"{OWNERS[keyed(m['wwhose'])]} {_WORK[keyed(m['work'])]}", False
    if m["place"]:
        return "place", f"the {_PLACES[keyed(m['place'])]}", True
    said = None if em_speaking(m) else person_of(m, asked)  # ("Em có được nghỉ trưa không ạ?": may I?)
    return said and ("who", *said)


def _when(text: str) -> str | None:
    """"Mấy giờ bạn nghỉ trưa?" as "What time is your lunch break?", "Tôi nghỉ trưa lúc 12 giờ." as "My lunch break
    is at 12.", "Văn phòng nghỉ trưa từ 12 giờ đến 1 giờ." as "The office closes for lunch from 12 to 1.", "Bưu điện
    có nghỉ trưa không?" as "Does the post office close for lunch?" (_WHEN); None for anything else, where no time
    is said or asked, and who but a place asked "có … không?" (taking one now, or as a rule?)."""
    m = _WHEN.fullmatch(text)
    what, yes_no = bool(m and (m["what0"] or m["what"])), bool(m and m["asked"])
    if not m or (what or yes_no) != ("?" in m["end"]) or bool(m["ask"]) != yes_no or m["what0"] and (
            m["what"] or m["at"] or m["t1"]) or yes_no and (what or m["at"] or m["t1"]):
        return None
    said, at = _subject(m, what or yes_no), _at(m, "vi")
    if not said or at is None or not (what or yes_no or at) or yes_no and said[0] != "place":
        return None
    kind, who_, _ = said
    if kind == "place":
        if yes_no:
            return f"Does {who_} close for lunch?"
        return f"What time does {who_} close for lunch?" if what else capitalised(
            f"{who_} closes for lunch {at}".removesuffix(".") + stop(m["end"]))
    whose = _whose(kind, who_)
    return f"What time is {whose}?" if what else capitalised(f"{whose} is {at}".removesuffix(".") + stop(m["end"]))


def _whose(kind: str, who_: str) -> str:
    """The lunch break of who of _subject in English: "your lunch break", "Lan's", "the lunch break at my company"."""
    return f"the lunch break at {who_}" if kind == "work" else (EN_WHOSE.get(who_) or who_ + "'s") + " lunch break"


def _long(text: str) -> str | None:
    """"Tôi được nghỉ trưa một tiếng." as "I get an hour for lunch.", "Công ty tôi nghỉ trưa một tiếng rưỡi." as "We
    get an hour and a half for lunch at my company.", "Bạn được nghỉ trưa bao lâu?" as "How long is your lunch
    break?" (_LONG); None for anything else, a place, and "giờ" as hours ("hai giờ": at two?)."""
    m = _LONG.fullmatch(text)
    asked = bool(m and m["how"])
    if not m or asked != ("?" in m["end"]) or asked and (m["only"] or m["thoi"]) or m["span"] and not (
            m["half_hour"] or keyed(m["unit"]) in ("tiếng", "tiếng đồng hồ", "phút")):
        return None
    said = _subject(m, asked)
    if not said or said[0] == "place":
        return None
    kind, who_, one = said
    if asked:
        return f"How long is {_whose(kind, who_)}?"
    span, only = span_said(m, "en"), "only " if m["only"] or m["thoi"] else ""
    if kind == "work":
        owner = who_.split()[0]
        return f"{_WE.get(owner, 'they').capitalize()} get {only}{span} for lunch at {who_}{stop(m['end'])}"
    verb = "get" if m["get"] else "take"
    return capitalised(f"{who_} {only}{verb + 's' if one else verb} {span} for lunch{stop(m['end'])}")


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… à?"), False said; None for "có" or "không?" alone, both
    "không" and asked, or a "?" on a statement."""
    asked = bool(m["asked"] or m.groupdict().get("a"))
    if asked != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["asked"] and not m["ask"] or \
            m["asked"] and m.groupdict().get("a") or asked and m.groupdict().get("not"):
        return None
    return asked


def _now(text: str) -> str | None:
    """"Anh ấy đang nghỉ trưa." as "He is on his lunch break.", "Bạn có đang nghỉ trưa không?" as "Are you on your
    lunch break?", "Văn phòng đang nghỉ trưa." as "The office is closed for lunch." (_NOW); None for anything else, a
    workplace, and a name alone (his break, or hers?)."""
    m = _NOW.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and m and _subject(m, asked)
    if not said or said[0] == "work":
        return None
    kind, who_, one = said
    be = "is" if one else "am" if who_ == "I" else "are"
    if kind == "place":
        return f"Is {who_} closed for lunch?" if asked else capitalised(f"{who_} is closed for lunch{stop(m['end'])}")
    whose = whose_own(m, who_)
    if whose is None:
        return None
    on = f"on {whose} lunch break"
    return f"{be.capitalize()} {who_} {on}?" if asked else capitalised(f"{who_} {be} {on}{stop(m['end'])}")


def _tense(m: re.Match) -> str | None:
    """The tense of a match with groups "day" and "did": "past" ("hôm qua", "đã"), "now" ("hôm nay"), "will"
    ("ngày mai"), "" (a habit); None for "đã" with a day ahead."""
    day = _DAYS[keyed(m["day"])] if m["day"] else ""
    if m["did"] or day in ("yesterday", "the day before yesterday"):
        return None if day == "tomorrow" else "past"
    return {"today": "now", "tomorrow": "will"}.get(day, "")


def _said(who_: str, one: bool, verb: str, rest: str, tense: str, asked: bool, denied: bool, end: str) -> str:
    """`who_` doing `verb` (a base: "get", "work", "have to work") then `rest`, in the tense of _tense ("now" as a
    habit): "I didn't get a lunch break yesterday.", "Will you have to …?", "She often works …"."""
    if tense == "past":
        done = {"get": "got", "work": "worked", "have to work": "had to work"}[verb]
        if asked:
            return f"Did {who_} {verb} {rest}?"
        return capitalised(f"{who_} didn't {verb} {rest}{stop(end)}" if denied else f"{who_} {done} {rest}{stop(end)}")
    if tense == "will":
        will = "won't" if denied else "will"
        return f"Will {who_} {verb} {rest}?" if asked else capitalised(f"{who_} {will} {verb} {rest}{stop(end)}")
    return present(who_, one, verb, rest, asked, denied, end)


def _none(text: str) -> str | None:
    """"Hôm nay tôi không được nghỉ trưa." as "I don't get a lunch break today.", "Hôm qua tôi không được nghỉ trưa."
    as "I didn't get a lunch break yesterday.", "Bạn có được nghỉ trưa không?" as "Do you get a lunch break?"
    (_NONE); None for anything else, and a lunch break got ("Tôi được nghỉ trưa.": allowed to go now?)."""
    m = _NONE.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and m and (m["ask"] or m["not"]) and _subject(m, asked)
    tense = said and _tense(m)
    if not said or said[0] != "who" or tense is None or m["did"] and asked:
        return None
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    return _said(*said[1:], "get", f"a lunch break{day}", tense, asked, bool(m["not"]), m["end"])


def _through(text: str) -> str | None:
    """"Tôi thường làm xuyên trưa." as "I often work through lunch.", "Hôm nay tôi phải làm xuyên trưa." as "I have
    to work through lunch today.", "Hôm qua tôi làm việc xuyên trưa." as "I worked through lunch yesterday.", "Bạn có
    hay làm xuyên trưa không?" as "Do you often work through lunch?" (_THROUGH); None for anything else, and a plain
    "Tôi làm xuyên trưa." or "Hôm nay tôi làm xuyên trưa." (done, doing, to do, or a habit?)."""
    m = _THROUGH.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and m and _subject(m, asked)
    tense = said and _tense(m)
    if not said or said[0] != "who" or tense is None or m["did"] and asked:
        return None
    often = SELDOM[keyed(m["often"])] if m["often"] else ""
    if often and (m["day"] or m["did"] or m["not"] or asked and often == "never") or \
            tense in ("now", "will") and not m["must"] or not (tense or often or m["must"] or m["not"] or asked):
        return None
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    verb = "have to work" if m["must"] else "work"
    if often:
        return present(said[1], said[2], verb, "through lunch", asked, False, m["end"], adverb=f"{often} ")
    return _said(*said[1:], verb, f"through lunch{day}", tense, asked, bool(m["not"]), m["end"])


def _who_vi(m: re.Match) -> str | None:
    """Who of a match of _WHOSE_EN or _WORK_EN in Vietnamese: "my" as "tôi", "my mother's" as "mẹ tôi", "at your
    company" as "công ty bạn"; None for a pet ("my dog's") or someone not read."""
    if m["work"]:
        return f"{_WORK_VI[m['work'].lower()]} {WHOSE_VI[m['wwhose'].lower()]}"
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")  # ("my dog's lunch break")


def _span_vi(m: re.Match) -> str | None:
    """A span of minutes or hours of a match of mt.spans.EN in Vietnamese ("một tiếng rưỡi"); None for days or weeks."""
    return span_said(m, "vi") if m["half_hour"] or m["unit"].lower() in ("hour", "minute") else None


def _break_vi(text: str) -> str | None:
    """"What time is your lunch break?" as "Mấy giờ bạn nghỉ trưa?", "How long is the lunch break at your company?"
    as "Công ty bạn nghỉ trưa bao lâu?", "My lunch break is from 12 to 1." as "Tôi nghỉ trưa từ 12 giờ đến 1 giờ.",
    "My lunch break is an hour." as "Tôi được nghỉ trưa một tiếng." (_BREAK_EN); None for anything else."""
    m = _BREAK_EN.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or bool(m["what"]) == bool(m["at"] or m["t1"] or m["span"]):
        return None
    who_, get = _who_vi(m), "" if m["work"] else "được "
    if not who_:
        return None
    if m["what"]:
        if m["what"].startswith("How"):
            return capitalised(f"{who_} {get}nghỉ trưa bao lâu?")
        return f"Mấy giờ {who_} nghỉ trưa?"
    said = _span_vi(m) if m["span"] else _at(m, "en")
    return said and capitalised(f"{who_} {get if m['span'] else ''}nghỉ trưa {said}.")


def _long_vi(text: str) -> str | None:
    """"I get an hour for lunch." as "Tôi được nghỉ trưa một tiếng.", "We get an hour and a half for lunch at my
    company." as "Công ty tôi nghỉ trưa một tiếng rưỡi.", "How long do you get for lunch?" as "Bạn được nghỉ trưa
    bao lâu?" (_LONG_EN); None for anything else, a verb not agreeing, and a company not who's own."""
    m = _LONG_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or bool(m["how"]) == bool(m["span"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb, get = m["verb"].lower(), "" if m["verb"].startswith("take") else "được "
    if m["how"]:
        ok = (m["do"] == "does") == one and verb in ("get", "have", "take") and not (m["only"] or m["work"])
        return capitalised(f"{who_} {get}nghỉ trưa bao lâu?") if ok and who_ != "tôi" else None
    span, only = _span_vi(m), "chỉ " if m["only"] else ""
    if not span or verb.endswith("s") != one:
        return None
    if m["work"]:
        pair = (m["who"] or "").lower(), m["wwhose"].lower()
        if pair not in (("we", "my"), ("we", "our"), ("you", "your"), ("they", "their")) or get == "":
            return None
        return capitalised(f"{_WORK_VI[m['work'].lower()]} {WHOSE_VI[pair[1]]} {only}nghỉ trưa {span}.")
    return capitalised(f"{who_} {only}{get}nghỉ trưa {span}.")


def _place_vi(text: str) -> str | None:
    """"The office closes for lunch from 12 to 1." as "Văn phòng nghỉ trưa từ 12 giờ đến 1 giờ.", "The bank is
    closed for lunch." as "Ngân hàng đang nghỉ trưa.", "Does the post office close for lunch?" as "Bưu điện có nghỉ
    trưa không?" (_PLACE_EN); None for anything else, and a plain "The bank closes for lunch." (now, or daily?)."""
    m = _PLACE_EN.fullmatch(text)
    q = (m["what"] or m["q"] or "") if m else ""
    if not m or bool(q) != ("?" in m["end"]) or (at := _at(m, "en")) is None or q and at:
        return None
    place, verb = _PLACES_VI[keyed(m["place"])[4:]], " ".join(m["verb"].split())
    shapes = {("What", "close"): f"Mấy giờ {place} nghỉ trưa?", ("Does", "close"): f"{place} có nghỉ trưa không?",
              ("Is", "closed"): f"{place} có đang nghỉ trưa không?", ("", "is closed"): f"{place} đang nghỉ trưa."}
    if not q and at and verb in ("closes", "is closed"):
        return capitalised(f"{place} nghỉ trưa {at}.")
    said = shapes.get(("What" if m["what"] else q, verb))
    return said and capitalised(said) if not at else None


def _now_vi(text: str) -> str | None:
    """"He is on his lunch break." as "Anh ấy đang nghỉ trưa.", "Is your mother on her lunch break?" as "Mẹ bạn có
    đang nghỉ trưa không?" (_NOW_EN); None for anything else, "is" not agreeing, whose not who's own, a pet."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if not be_agrees(m, (m["q"] or m["be"]).strip().lower()) or not own_thing(m, who_, one) or m["q"] and who_ == "tôi":
        return None
    return capitalised(f"{who_} có đang nghỉ trưa không?" if m["q"] else f"{who_} đang nghỉ trưa.")


def _aux(m: re.Match, one: bool) -> str | None:
    """The tense of a match of _NONE_EN or _THROUGH_EN by its auxiliary ("Did", "won't") or verb ("worked"):
    "past", "will" or "" (the present); None where "do" does not agree with who, or both asked and denied."""
    aux = " ".join((m["q"] or m["not"] or "").lower().replace("won't", "will not").replace("n't", " not").split())
    if m["q"] and m["not"]:
        return None
    if aux.startswith(("did", "will")):
        return "past" if aux.startswith("did") else "will"
    if aux:
        return "" if aux.startswith("does") == one else None
    return "past" if m["verb"] in ("got", "worked") or (m.groupdict().get("must") or "").startswith("had") else ""


def _day_vi(m: re.Match, tense: str, days: tuple[str, ...]) -> str | None:
    """The day of a match, in Vietnamese before who ("Hôm qua "), "" for none; None for a day not one of `days`."""
    day = (m["day"] or "").lower()
    return None if day not in days else f"{_DAYS_VI[day]} " if day else ""


def _none_vi(text: str) -> str | None:
    """"I didn't get a lunch break today." as "Hôm nay tôi không được nghỉ trưa.", "I don't get a lunch break." as
    "Tôi không được nghỉ trưa.", "Do you get a lunch break?" as "Bạn có được nghỉ trưa không?" (_NONE_EN); None for
    anything else, a lunch break got (said), and "Did …?" with no day."""
    m = _NONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (m["q"] or m["not"]) or m["verb"] != "get" or animal(m):
        return None
    who_, one = who_vi(m)
    tense = _aux(m, one)
    days = {"past": ("today", "yesterday", "the day before yesterday") + (("",) if m["not"] else ()),
            "will": ("tomorrow",), "": ("today", "")}.get(tense, ())
    day = _day_vi(m, tense, days)
    if day is None or m["q"] and who_ == "tôi":
        return None
    if m["q"]:
        return capitalised(f"{day}{who_} có được nghỉ trưa không?")
    return capitalised(f"{day}{who_} {'đã ' if tense == 'past' and not day else ''}không được nghỉ trưa.")


def _through_vi(text: str) -> str | None:
    """"I often work through lunch." as "Tôi hay làm xuyên trưa.", "I have to work through lunch today." as "Hôm nay
    tôi phải làm xuyên trưa.", "I worked through lunch yesterday." as "Hôm qua tôi làm xuyên trưa.", "Do you have to
    work through lunch?" as "Bạn có phải làm xuyên trưa không?" (_THROUGH_EN); None for anything else, verbs not
    agreeing, "often" but in the present, "never" or "rarely" asked, and "Did …?" or "Will …?" with no day."""
    m = _THROUGH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    tense, must, verb = _aux(m, one), (m["must"] or "").lower(), m["verb"]
    bare = bool(m["q"] or m["not"] or must)  # (the verb after an auxiliary or "have to" is "work")
    if tense is None or bare and verb != "work" or not bare and verb != ("works" if one else "worked" if tense
                                                                          else "work") and verb != "worked":
        return None
    if must and (must.startswith("had") != (tense == "past" and not (m["q"] or m["not"])) or must.startswith("has") and
                 (not one or m["q"] or m["not"]) or must.startswith("have") and one and not (m["q"] or m["not"])):
        return None
    often = HABIT_VI[m["often"].lower()] + " " if m["often"] else ""
    # ("Do you rarely …?": "Bạn có hiếm khi …?" is not said)
    if often and (tense or m["not"] or m["day"] or m["q"] and m["often"].lower() in ("never", "rarely")) or \
            m["q"] and who_ == "tôi":
        return None
    # ("Will you …?" with no day: "Bạn có làm … không?" asks of a habit)
    days = {"past": ("today", "yesterday", "the day before yesterday") + (("",) if not m["q"] else ()),
            "will": ("tomorrow", "today") + (("",) if not m["q"] else ())}.get(tense, ("today", "") if must else ("",))
    day = _day_vi(m, tense, days)
    if day is None:
        return None
    done = "phải " * bool(must) + "làm xuyên trưa"
    if m["q"]:
        return capitalised(f"{day}{who_} có {often}{done} không?")
    said = ("sẽ " if tense == "will" else "đã " if tense == "past" and day in ("", "hôm nay ") else "")
    return capitalised(f"{day}{who_} {often}{said}{'không ' * bool(m['not'])}{done}.")
