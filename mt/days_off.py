"""Days off and holidays, both ways, written whole by rule: someone on holiday, going on it, back from it; off work on a
day; a day off named, asked about, had, needed or wanted. v8 (rules on) reads "đi nghỉ" as going away, "nghỉ làm" as a
vacation and "on holiday" as a public holiday: "Mai tôi được nghỉ." → "Tomorrow, I'll be idle.", "Tôi đang đi nghỉ." →
"I'm going to go away.", "Tôi đang đi nghỉ mát." → "I'm going to vacation.", "Tuần sau chúng tôi đi nghỉ." → "Next
week, we'll go away.", "Hôm nay tôi nghỉ làm." → "I had a vacation today.", "Ngày nghỉ của bạn là ngày nào?" → "What
are your holidays?", "Tôi cần nghỉ một ngày." → "I need to take a day.", "Tôi được nghỉ hai tuần." → "I had a two-week
break."; "I'm on holiday." → "Tôi vào ngày lễ.", "Are you on holiday?" → "Bạn đang vào ngày lễ?", "When is your day
off?" → "Khi nào Ngày của bạn tắt đi?", "Today is my day off." → "Hôm nay là ngày của tôi bị tắt.", "I need a day
off." → "Tôi cần một ngày.", "I took the day off yesterday." → "Tôi lấy ngày hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN) is, was, is going, went or has just come back on or from holiday ("đi nghỉ", "đi
nghỉ mát", "nghỉ mát"; "on holiday", "on vacation"), said or asked, and when they are going ("Khi nào bạn đi nghỉ?");
who is, was or will be off work on a day, took or is taking a span off work ("nghỉ làm"; "I was off work yesterday.",
"I took the day off yesterday.", "I'm taking tomorrow off."); a day that is whose day off ("Hôm nay là ngày nghỉ của
tôi.", "Sunday is my day off."), whose day off asked ("When is your day off?"); a span off had, needed or wanted ("Tôi
được nghỉ ba ngày.", "Tôi cần một ngày nghỉ.", "I want to take two days off."); and mt/workdays.py's sentences opened
by "Mai" (tomorrow) before a pronoun or kin. Days are mt.free_time.when's with mt.dates.NEAR_SPANS; the tense follows
the day. Left: a day off "được nghỉ", leave, "xin nghỉ", "I'm off today", "took a day off" (mt/workdays.py), a
holiday in a place (mt/trips.py), Tết and Christmas (mt/holidays.py), "Kỳ nghỉ của bạn thế nào?" (the phrasebook's),
"nghỉ" or "đi nghỉ" with nothing that says when or how (rest, bed?), parts of a day ("tối nay"), "đã đi nghỉ" or
"nghỉ làm" without a day (gone to bed? quit?), and "Mai" before a name ("Mai Lan": a name?).
mt.phrasebook.translate tries these after mt/traffic.py.

    >>> translate("Tôi đang đi nghỉ mát.", "vi", "en"), translate("When is your day off?", "en", "vi")
    ("I'm on holiday.", 'Ngày nghỉ của bạn là ngày nào?')
"""
from __future__ import annotations

import re

from . import workdays
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_DAYS, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted,
                   keyed)
from .workdays import UNITS, UNITS_VI

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nghỉ)"), "en": lazy(r"(?i:holiday|vacation|\boff\b)")}
_DAYS = NEAR_SPANS | {"mai": "tomorrow"}  # ("Mai tôi đi nghỉ.": only before a pronoun or kin, not "Mai Lan")
_NOW = {"today", "this week", "this month", "this year"}
_PART = lazy(r"night|morning|afternoon|evening|noon", re.IGNORECASE)  # ("tối nay tôi đi nghỉ": to bed?)
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>{alternatives(UNITS)})"
_N_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>(?:{alternatives(UNITS_VI)})s?)"
_WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_MAI = lazy(rf"Mai\s+(?={WHO}\s)")  # (for _mai: mt/workdays.py's `when` does not read "mai" alone)

# who, then "sẽ", "không" or "có" (_AWAY, _OFF_WORK); going on holiday (_AWAY, _WHEN_AWAY)
_WHO_SAID = rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
_GO = r"(?:đi\s+nghỉ(?:\s+mát)?|nghỉ\s+mát)"
# on holiday, going, gone or back ("Tôi đang đi nghỉ.", "Tuần sau bạn có đi nghỉ không?", "Tôi vừa đi nghỉ về.")
_AWAY = lazy(rf"{_WHO_SAID}(?:(?P<aux>đang|đã|vừa\s+mới|vừa|mới)\s+)?{_GO}(?P<back>\s+về)?{DAY_AFTER}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_WHEN_AWAY = lazy(rf"(?:[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+{WHO}\s+(?:sẽ\s+)?{_GO}(?P<back>\s+về)?{SOFTENER}\s*\?+")
# off work on a day, or for a span ("Hôm nay tôi nghỉ làm.", "Tôi đã nghỉ làm hai ngày.")
_OFF_WORK = lazy(rf"{_WHO_SAID}(?:(?P<did>đã)\s+)?nghỉ\s+làm(?:\s+{_N})?{DAY_AFTER}{ASKED_END}")
# whose day off a day is, or which it is ("Hôm nay là ngày nghỉ của tôi.", "Ngày nghỉ của bạn là ngày nào?")
_OF = rf"ngày\s+nghỉ\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))"
_IS_OFF = lazy(rf"(?P<day>(?i:hôm\s+nay|ngày\s+mai|hôm\s+qua)|{_WEEKDAY})\s+(?:(?P<ask>có\s+phải)\s+)?là\s+"
               rf"{_OF}{ASKED_END}")
_OFF_IS = lazy(rf"[Nn]{_OF[1:]}\s+là\s+(?:(?P<which>ngày\s+nào|khi\s+nào|hôm\s+nào)|(?P<what>thứ\s+mấy)|"
               rf"(?P<day>{_WEEKDAY})){SOFTENED_END}")
# a span off had, needed or wanted ("Tôi được nghỉ ba ngày.", "Tôi cần một ngày nghỉ.", "Tôi muốn nghỉ một ngày.")
_HAVE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<got>được\s+nghỉ)|có)\s+{_N}(?(got)|\s+nghỉ){DAY_AFTER}"
             r"\s*(?P<end>[.!]*)")
_NEED = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<need>cần|muốn)\s+"
             rf"(?:(?P<take>nghỉ)(?:\s+làm)?\s+|có\s+)?{_N}(?(take)|\s+nghỉ){ASKED_END}")

# ... in English ("I'm on holiday.", "Are you going on holiday next week?", "She'll be on vacation.")
_AUX0 = r"(?:(?P<aux0>Is|Am|Are|Was|Were|Will)\s+)?"
_AUX = r"(?P<aux>\s+(?:is|am|are|was|were|will|wo(?=n))|['’](?:s|m|re|ll))?(?P<not>\s+not|n['’]t)?"
_ON = r"on\s+(?:holiday|vacation)"
_AWAY_EN = lazy(rf"{_AUX0}{WHO_EN}{_AUX}(?P<be>\s+be)?(?P<going>\s+going)?\s+{_ON}{DAY_AFTER_EN}"
                r"\s*(?P<end>[.!?]*)")
_WENT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?P<not>\s+did\s+not|\s+didn['’]t)?\s+(?P<go>went|go)\s+{_ON}"
                rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+(?P<aux>are|is|am|do|does|will)\s+{WHO_EN}\s+(?P<verb>going\s+on|go\s+on|(?:be\s+)?"
                r"back\s+from)\s+(?:holiday|vacation)\s*\?+")
_BACK_EN = lazy(rf"(?:(?P<aux0>Are|Is|Am)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+is|\s+am|\s+are|"
                r"['’]m|['’]re)?(?:\s+(?P<just>just))?\s+(?:(?P<come>come|got|gotten)\s+)?back\s+from\s+"
                r"(?:(?:my|our|your|his|her|their)\s+)?(?:holiday|vacation)\s*(?P<end>[.!?]*)")
# off work on a day past, or a day off taken ("I was off work yesterday.", "I'm taking tomorrow off.")
_OFF_WORK_EN = lazy(rf"{_AUX0}{WHO_EN}{_AUX}(?:(?P<off>\s+off(?:\s+work)?)|\s+(?P<verb>took|taking|going\s+to\s+"
                    r"take|take)\s+(?:the\s+day|(?P<named>today|tomorrow|yesterday))\s+off(?:\s+work)?)"
                    rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# a day off ("Today is my day off.", "Is Sunday your day off?", "When is your day off?", "My day off is Sunday.")
_DAY_EN = rf"(?P<day>(?i:today|tomorrow|yesterday)|{'|'.join(EN_DAYS)})"
_IS_OFF_EN = lazy(rf"(?:(?P<aux0>Is|Was)\s+)?{_DAY_EN}(?P<aux>\s+is|\s+was|['’]s)?\s+(?P<whose>{WHOSE_WORDS})"
                  r"\s+day\s+off\s*(?P<end>[.!?]*)")
_OFF_IS_EN = lazy(rf"(?:(?P<when>When)(?:['’]s|\s+is)|What\s+day\s+is)\s+(?P<whose>{WHOSE_WORDS})\s+day\s+off"
                  rf"\s*\?+|(?P<whose2>(?i:{WHOSE_WORDS}))\s+day\s+off\s+is\s+(?P<named>{'|'.join(EN_DAYS)})"
                  r"\s*(?P<end>[.!]*)")
_IT_IS_EN = lazy(rf"It(?:['’]s|\s+is)\s+(?P<whose>{WHOSE_WORDS})\s+day\s+off(?:\s+today)?\s*(?P<end>[.!]*)")
# a span off had, needed or wanted ("I have three days off.", "Do you need a day off?", "I'd like to take a week off.")
_HAVE_EN = lazy(rf"{WHO_EN}\s+(?P<have>have|has|had|get|gets)\s+{_N_EN}\s+off{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_NEED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                r"(?:\s+(?P<need>needs?|wants?)|(?P<like>['’]d\s+like|\s+would\s+like))(?P<take>\s+to\s+take)?"
                rf"\s+{_N_EN}\s+off\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who is on holiday or off work, or of a day off; None for any other."""
    if src == "vi":
        return (_mai(text) or _away(text) or _when_away(text) or _off_work(text) or _is_off(text) or _off_is(text) or
                _have(text) or _need(text))
    return (_away_vi(text) or _went_vi(text) or _when_vi(text) or _back_vi(text) or _off_work_vi(text) or
            _is_off_vi(text) or _off_is_vi(text) or _have_vi(text) or _need_vi(text))


def _day(said: str | None, src: str) -> tuple[str, str] | None:
    """A day of DAY_OPENING or DAY_AFTER (`src` "vi") or DAY_AFTER_EN ("en") in the other language, and whether it is
    "past", "now" or "ahead": ("next week", "ahead") for "tuần sau", ("hôm qua", "past") for "yesterday"; ("", "") for
    none; None for a day not read, a part of one ("tối nay") or one neither ("at the weekend")."""
    day = when(said, src, _DAYS if src == "vi" else NEAR_SPANS)
    if not day:
        return None if day is None else ("", "")
    en = day if src == "vi" else keyed(said)
    if _PART.search(en):
        return None
    if BEHIND.fullmatch(en):
        return day, "past"
    if en in _NOW:
        return day, "now"
    ahead = AHEAD.match(en) or en.removeprefix("on ").capitalize() in EN_DAYS
    return (day, "ahead") if ahead else None


def _span(n: str, unit: str, src: str) -> str | None:
    """A span of _N in English ("ba ngày" → "three days", "một tuần" → "a week"), or of _N_EN in Vietnamese ("a week"
    → "một tuần"); None where English says "days" of one or "day" of more ("two day")."""
    if src == "vi":
        count, unit = VI_TO_EN.get(keyed(n), n), UNITS[keyed(unit)]
        return f"a {unit}" if count in ("one", "1") else f"{count} {unit}s"
    one = n.lower() in ("a", "an", "one", "1")
    if unit.endswith("s") == one or n.lower() == "an":
        return None
    return f"{'một' if one else EN_TO_VI.get(n.lower(), n)} {UNITS_VI[unit.removesuffix('s')]}"


def _mai(text: str) -> str | None:
    """"Mai tôi được nghỉ." as mt/workdays.py says "Ngày mai tôi được nghỉ.": "I have the day off tomorrow."; None for
    anything else, for "Mai" before a name ("Mai Lan được nghỉ.": Mai Lan?), and without "được nghỉ"."""
    m = _MAI.match(text)
    if not m or not (m["who"] or m["kin"]) or not re.search(r"được\s+nghỉ", text):  # ("Mai tôi xin nghỉ …": asks then?)
        return None
    return workdays.translate(f"Ngày mai {text[m.end():]}", "vi", "en")


def _when_of(m: re.Match) -> tuple[tuple[str, bool], tuple[str, str], bool] | None:
    """Who of a match of a Vietnamese pattern in English, its day and the day's kind (_day), and whether it asks; None
    for any not read, where "có", "không", "chưa", "?" disagree, a day opens and ends it, or "mai" precedes a name."""
    asked, day = keyed(m["asked"] or ""), m["day0"] or m["day"]
    if bool(asked) != ("?" in m["end"]) or m["ask"] and asked != "không" or m["day0"] and m["day"]:
        return None
    said = who(m, bool(asked))
    if not said or keyed(day or "") == "mai" and not (m["who"] or m["kin"]) or (read := _day(day, "vi")) is None:
        return None
    return said, read, bool(asked)


def _away(text: str) -> str | None:
    """"Tôi đang đi nghỉ." as "I'm on holiday.", "Năm ngoái bạn có đi nghỉ không?" as "Did you go on holiday last
    year?", "Tôi vừa đi nghỉ về." as "I've just come back from holiday." (_AWAY); None for anything else."""
    m = _AWAY.fullmatch(text)
    if not m or not (got := _when_of(m)):
        return None
    (who_, one), (day, kind), asked = got
    aux, not_, yet = keyed(m["aux"] or ""), bool(m["not"]), m["asked"] == "chưa"
    be_, day = be(who_), f" {day}" if day else ""
    if m["back"]:
        if day or m["will"] or not_ or m["ask"] or aux == "đang" or m["done"] and aux:
            return None
        if asked:
            return f"{be_.capitalize()} {who_} back from holiday yet?" if yet and aux in ("", "đã") else None
        if aux in ("vừa", "mới", "vừa mới"):
            return capitalised(contracted(who_, f"{'has' if one else 'have'} just come back from holiday."))
        return capitalised(contracted(who_, f"{be_} back from holiday.")) if m["done"] or aux == "đã" else None
    if m["done"] or yet or aux in ("vừa", "mới", "vừa mới") or kind == "past" and m["will"]:
        return None
    if aux == "đang":
        if kind not in ("", "now") or m["will"] or not_:
            return None
        return f"{be_.capitalize()} {who_} on holiday{day}?" if asked else capitalised(
            contracted(who_, f"{be_} on holiday{day}."))
    if kind == "past":
        return f"Did {who_} go on holiday{day}?" if asked else capitalised(
            f"{who_} didn't go on holiday{day}." if not_ else f"{who_} went on holiday{day}.")
    if aux or not (kind or m["will"] or asked):
        return None
    return f"{be_.capitalize()} {who_} going on holiday{day}?" if asked else capitalised(
        contracted(who_, f"{be_}{' not' * not_} going on holiday{day}."))


def _when_away(text: str) -> str | None:
    """"Khi nào bạn đi nghỉ?" as "When are you going on holiday?", "Bao giờ bạn đi nghỉ về?" as "When will you be back
    from holiday?" (_WHEN_AWAY); None for anything else."""
    m = _WHEN_AWAY.fullmatch(text)
    if not m or not (said := who(m, True)):
        return None
    who_ = said[0]
    return f"When will {who_} be back from holiday?" if m["back"] else f"When {be(who_)} {who_} going on holiday?"


def _off_work(text: str) -> str | None:
    """"Hôm nay tôi nghỉ làm." as "I'm off work today.", "Tôi đã nghỉ làm hai ngày." as "I took two days off work."
    (_OFF_WORK); None for anything else, and for "nghỉ làm" with no day nor span (quitting?)."""
    m = _OFF_WORK.fullmatch(text)
    if not m or not (got := _when_of(m)):
        return None
    (who_, one), (day, kind), asked = got
    not_, end, day = bool(m["not"]), m["end"] or ".", f" {day}" if day else ""
    if m["n"]:
        span = _span(m["n"], m["unit"], "vi")
        if asked or not_:
            return None
        if m["did"] or kind == "past":
            took = capitalised(f"{who_} took {span} off work{day}{end}")
            return None if m["will"] or kind not in ("", "past") else took
        if kind or m["will"]:
            return capitalised(contracted(who_, f"{be(who_)} taking {span} off work{day}{end}"))
        return None
    if not day or m["did"] or kind == "past" and m["will"]:
        return None
    be_ = ("was" if one or who_ == "I" else "were") if kind == "past" else be(who_)
    if asked:
        return f"Will {who_} be off work{day}?" if m["will"] else f"{be_.capitalize()} {who_} off work{day}?"
    if m["will"]:
        return capitalised(f"{who_} won't be off work{day}{end}" if not_ else
                           contracted(who_, f"will be off work{day}{end}"))
    return capitalised(contracted(who_, f"{be_}{' not' * not_} off work{day}{end}"))


def _is_off(text: str) -> str | None:
    """"Hôm nay là ngày nghỉ của tôi." as "Today is my day off.", "Chủ nhật có phải là ngày nghỉ của bạn không?" as
    "Is Sunday your day off?" (_IS_OFF); None for anything else."""
    m = _IS_OFF.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    day = when(m["day"], "vi").removeprefix("on ")
    is_, whose = "was" if day == "yesterday" else "is", OWNERS[keyed(m["whose"])]
    return f"{is_.capitalize()} {day} {whose} day off?" if m["asked"] else capitalised(f"{day} {is_} {whose} day off.")


def _off_is(text: str) -> str | None:
    """"Ngày nghỉ của bạn là ngày nào?" as "When is your day off?", "… là thứ mấy?" as "What day is your day off?",
    "Ngày nghỉ của tôi là Chủ nhật." as "My day off is Sunday." (_OFF_IS); None for anything else."""
    m = _OFF_IS.fullmatch(text)
    if not m or bool(m["which"] or m["what"]) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["whose"])]
    if m["which"] or m["what"]:
        return f"{'When' if m['which'] else 'What day'} is {whose} day off?"
    return capitalised(f"{whose} day off is {when(m['day'], 'vi').removeprefix('on ')}.")


def _have(text: str) -> str | None:
    """"Tôi được nghỉ ba ngày." and "Tôi có ba ngày nghỉ." as "I have three days off.", "Tuần sau mẹ tôi được nghỉ một
    tuần." as "My mother has a week off next week." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    if not m or m["day0"] and m["day"] or not (said := who(m, False)) or (read := _day(m["day0"] or m["day"], "vi")) \
            is None or keyed(m["day0"] or "") == "mai" and not (m["who"] or m["kin"]):
        return None
    (who_, one), (day, kind) = said, read
    have = "had" if kind == "past" else "has" if one else "have"
    return capitalised(f"{who_} {have} {_span(m['n'], m['unit'], 'vi')} off{' ' * bool(day)}{day}{m['end'] or '.'}")


def _need(text: str) -> str | None:
    """"Tôi cần một ngày nghỉ." as "I need a day off.", "Tôi muốn nghỉ một ngày." as "I want to take a day off.",
    "Bạn có cần nghỉ một tuần không?" as "Do you need to take a week off?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or not (said := who(m, asked)):
        return None
    (who_, one), need = said, "need" if keyed(m["need"]) == "cần" else "want"
    doing = f"{'to take ' * bool(m['take'])}{_span(m['n'], m['unit'], 'vi')} off"
    if asked or m["not"]:
        do = "does" if one else "do"
        return f"{do.capitalize()} {who_} {need} {doing}?" if asked else capitalised(f"{who_} {do}n't {need} {doing}.")
    return capitalised(f"{who_} {need}{'s' * one} {doing}{m['end'] or '.'}")


def _agrees(m: re.Match) -> tuple[str, str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, its verb (_AUX0 or _AUX) in full ("'s" → "is", "wo" → "will") and whether
    "not" was said with it; None where both are said, "is", "am" … does not agree with who, or a question lacks "?"."""
    if bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = be_said(m["aux0"] or m["aux"] or "")
    aux = {"'ll": "will", "wo": "will"}.get(aux, aux)
    if aux in ("is", "am", "are", "was", "were") and aux != be_of(who_, one, aux in ("was", "were")):
        return None
    return who_, aux, bool(m["not"])


def _away_vi(text: str) -> str | None:
    """"I'm on holiday." as "Tôi đang đi nghỉ.", "Are you going on holiday next week?" as "Tuần sau bạn có đi nghỉ
    không?" (_AWAY_EN); None for anything else, and where the verb or the day does not agree."""
    m = _AWAY_EN.fullmatch(text)
    if not m or (read := _day(m["day"], "en")) is None or not (said := _agrees(m)):
        return None
    (who_, aux, not_), (day, kind), asked = said, read, bool(m["aux0"])
    if aux == "will":
        if not m["be"] or m["going"] or kind == "past":
            return None
        how = "có " if asked else "sẽ không " if not_ else "sẽ "
    elif m["be"] or not aux:
        return None
    elif aux in ("was", "were"):
        if kind != "past" or m["going"]:
            return None
        how = "có " if asked else "không " * not_
    elif m["going"]:
        if kind == "past":
            return None
        how = "có " if asked else "không " if not_ else "" if day else "sẽ "
    elif kind in ("", "now"):
        if not_:
            return None
        how = "có đang " if asked else "đang "
    else:
        how = "có " if asked else "không " * not_  # ("I'm on holiday next week.")
    return placed(f"{who_} {how}đi nghỉ", day, " không?" if asked else m["end"] or ".")


def _went_vi(text: str) -> str | None:
    """"We went on holiday last year." as "Năm ngoái chúng tôi đã đi nghỉ.", "Did you go on holiday last year?" as
    "Năm ngoái bạn có đi nghỉ không?" (_WENT_EN); None for anything else, and for a day ahead."""
    m = _WENT_EN.fullmatch(text)
    if not m or (read := _day(m["day"], "en")) is None or read[1] not in ("", "past"):
        return None
    if bool(m["did"] or m["not"]) != (m["go"] == "go") or bool(m["did"]) != ("?" in m["end"]) or m["did"] and m["not"]:
        return None
    how = "có " if m["did"] else "không " if m["not"] else "đã "
    return placed(f"{who_vi(m)[0]} {how}đi nghỉ", read[0], " không?" if m["did"] else m["end"] or ".")


def _when_vi(text: str) -> str | None:
    """"When are you going on holiday?" as "Khi nào bạn đi nghỉ?", "When will you be back from holiday?" as "Khi nào
    bạn đi nghỉ về?" (_WHEN_EN); None for anything else, and where "is" or "does" does not agree with who."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, verb = m["aux"], m["verb"].split()[0]  # ("going", "go", "be", "back")
    agrees = "does" if verb == "go" and one else "do" if verb == "go" else be_of(who_, one)
    if not (aux == "will" and verb in ("go", "be") or aux == agrees and verb != "be"):
        return None
    return f"Khi nào {who_} đi nghỉ{' về' * ('back' in m['verb'])}?"


def _back_vi(text: str) -> str | None:
    """"I've just come back from holiday." as "Tôi vừa đi nghỉ về.", "Are you back from holiday?" as "Bạn đã đi nghỉ về
    chưa?" (_BACK_EN); None for anything else, and where the verb does not agree with who."""
    m = _BACK_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = keyed((m["aux0"] or m["aux"] or "").replace("’", "'"))
    if m["come"]:  # ("has just come back", "just got back")
        ok = m["just"] and (aux in (("has", "'s") if one else ("have", "'ve")) or not aux and m["come"] == "got")
        return capitalised(f"{who_} vừa đi nghỉ về.") if ok else None
    if m["just"] or be_said(aux) != be_of(who_, one):
        return None
    return capitalised(f"{who_} đã đi nghỉ về chưa?" if m["aux0"] else f"{who_} đã đi nghỉ về.")


def _off_work_vi(text: str) -> str | None:
    """"I took the day off yesterday." as "Hôm qua tôi nghỉ làm.", "I'm taking tomorrow off." as "Ngày mai tôi sẽ nghỉ
    làm." (_OFF_WORK_EN); None for anything else, for "off" now (mt/workdays.py's), and where verb or day disagree."""
    m = _OFF_WORK_EN.fullmatch(text)
    if not m or m["named"] and m["day"] or (read := _day(m["named"] or m["day"], "en")) is None or not read[0] \
            or not (said := _agrees(m)):
        return None
    (who_, aux, not_), (day, kind), asked = said, read, bool(m["aux0"])
    verb = keyed(m["verb"] or "")
    if m["off"]:
        ok = aux in ("was", "were") and kind == "past"
    elif verb == "took":
        ok, asked = not aux and kind in ("past", "now"), False  # ("I took today off.")
    else:
        ok = kind == "ahead" and not not_ and not asked and (aux == "will") == (verb == "take") and aux not in (
            "was", "were", "")
    if not ok or not_ and not m["off"]:
        return None
    how = "có " if asked else "không " if not_ else "sẽ " if kind == "ahead" else ""
    return placed(f"{who_} {how}nghỉ làm", day, " không?" if asked else m["end"] or ".")


def _is_off_vi(text: str) -> str | None:
    """"Today is my day off." and "It's my day off." as "Hôm nay là ngày nghỉ của tôi.", "Is Sunday your day off?" as
    "Chủ nhật có phải là … không?" (_IS_OFF_EN, _IT_IS_EN); None for anything else, and for "is" of yesterday."""
    if m := _IT_IS_EN.fullmatch(text):
        return f"Hôm nay là ngày nghỉ của {WHOSE_VI[m['whose'].lower()]}{m['end'] or '.'}"
    m = _IS_OFF_EN.fullmatch(text)
    if not m or bool(m["aux0"]) == bool(m["aux"]) or bool(m["aux0"]) != ("?" in m["end"]) \
            or be_said(m["aux0"] or m["aux"]) != ("was" if m["day"].lower() == "yesterday" else "is"):
        return None
    day, whose = capitalised(when(m["day"], "en")), WHOSE_VI[m["whose"].lower()]
    return f"{day} có phải là ngày nghỉ của {whose} không?" if m["aux0"] else (
        f"{day} là ngày nghỉ của {whose}{m['end'] or '.'}")


def _off_is_vi(text: str) -> str | None:
    """"When is your day off?" as "Ngày nghỉ của bạn là ngày nào?", "What day is your day off?" as "… là thứ mấy?",
    "My day off is Sunday." as "Ngày nghỉ của tôi là Chủ nhật." (_OFF_IS_EN); None for anything else."""
    m = _OFF_IS_EN.fullmatch(text)
    if not m:
        return None
    if m["whose2"]:
        return f"Ngày nghỉ của {WHOSE_VI[m['whose2'].lower()]} là {when(m['named'], 'en')}{m['end'] or '.'}"
    return f"Ngày nghỉ của {WHOSE_VI[m['whose']]} là {'ngày nào' if m['when'] else 'thứ mấy'}?"


def _have_vi(text: str) -> str | None:
    """"I have three days off." as "Tôi được nghỉ ba ngày.", "My mother has a week off next week." as "Tuần sau mẹ tôi
    được nghỉ một tuần." (_HAVE_EN); None for anything else, and where "has" or "had" does not agree."""
    m = _HAVE_EN.fullmatch(text)
    if not m or (span := _span(m["n"], m["unit"], "en")) is None or (read := _day(m["day"], "en")) is None:
        return None
    who_, one = who_vi(m)
    past = read[1] == "past"
    if m["have"] != ("had" if past else "has" if one else "have") and m["have"] != ("gets" if one else "get"):
        return None
    return None if past and m["have"] != "had" else placed(f"{who_} được nghỉ {span}", read[0], m["end"] or ".")


def _need_vi(text: str) -> str | None:
    """"I need a day off." as "Tôi cần một ngày nghỉ.", "I want to take two days off." as "Tôi muốn nghỉ hai ngày."
    (_NEED_EN); None for anything else, and where "needs" or "does" does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m or (span := _span(m["n"], m["unit"], "en")) is None or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    verb = "cần" if (m["need"] or "").startswith("need") else "muốn"
    do = (m["do"] or m["not"] or "").lower()
    if m["like"] and (do or m["do"]) or m["need"] and (m["need"].endswith("s") != (one and not do)) or do and (
            do.strip().startswith("does") != one):
        return None
    doing = f"nghỉ {span}" if m["take"] or not span.endswith("ngày") else f"{span} nghỉ"
    how = "có " if m["do"] else "không " if m["not"] else ""
    return capitalised(f"{who_} {how}{verb} {doing}{' không?' if m['do'] else m['end'] or '.'}")
