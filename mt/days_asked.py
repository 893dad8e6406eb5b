"""The day and the date asked and said, today, tomorrow, yesterday, the day after tomorrow or before yesterday, both
ways, written whole by rule. v8 reads "ngày bao nhiêu" as how many days and "thứ mấy" after another day than today
as "what", and opens with the day, no comma: "Hôm nay ngày bao nhiêu?" → "How many days are today?", "Ngày mai là
ngày mấy?" → "Tomorrow What is the day?", "Hôm qua là thứ mấy?" → "Yesterday What is it?", "Hôm nay là thứ hai." →
"Today is the second thing.", "Hôm nay thứ Hai." → "Today Monday.", "Ngày mai là ngày 5." → "Tomorrow is the day 5.",
"Hôm nay là mùng 5." → "Today's blindness.", "Hôm nay là thứ Sáu à?" → "Are you Friday?"; the other way it reads
"today" as nowadays and "the 5th" as Thursday: "What's the date tomorrow?" → "Ngày ngày mai là gì?", "What's today's
date?" → "Ngày nay là gì?", "What day is tomorrow?" → "Ngày nào ngày mai?", "Today is the 3rd of May." → "Ngày nay là
ngày 3 tháng 5.", "Tomorrow is the 5th." → "Ngày mai là thứ 5.", "Is today Monday?" → "Hôm nay có thứ Hai không?".

Taken: a day near today (read by mt.free_time.when: "hôm nay", "ngày mai", "hôm qua", "hôm kia", "ngày kia", "ngày
mốt"; "today" … "the day after tomorrow"), with "là" or not, then "ngày mấy", "ngày bao nhiêu" (the date asked),
"thứ mấy" (the day of the week asked), or a weekday, a date or both ("thứ Hai, ngày 3 tháng 5"; "ngày 5" or "mùng 5",
the 5th) said, or asked with "có phải … không", "à" or "phải không"; in English "What's the date (today)?", "What's
tomorrow's date?", "What date is it tomorrow?", "What day is it (today)?", "What day was yesterday?", "Today is
Monday.", "It's the 3rd of May today.", "Tomorrow's the 5th.", "Is today Monday?", "Was yesterday Sunday?"; "was"
only of a day behind. The weekdays and dates are read by mt.dates (`day`, `whole`). Left: "Mai là …" ("Mai" may be a
name), "It's Monday." and "It's the 3rd of May." with no day (maybe of something else: v8's "Đó là thứ Hai." fits
both), the month or the year asked, what is on a day ("Hôm nay là sinh nhật tôi": mt/birthdays.py), a day near
today that is not a date ("Ngày mai là cuối tuần.", "Hôm nay là Tết"), and the phrasebook's own lines ("Hôm nay là
ngày mấy?", "What day is it today?"; the same translations here).
mt.phrasebook.translate tries these after mt/cautions.py.

    >>> translate("Ngày mai là ngày mấy?", "vi", "en"), translate("Today is the 3rd of May.", "en", "vi")
    ("What's the date tomorrow?", 'Hôm nay là ngày 3 tháng 5.')
"""
from __future__ import annotations

import re

from . import dates
from .free_time import when
from .lazy_re import lazy
from .tense import BEHIND
from .text import EN_DAYS, EN_MONTHS, SOFTENER, alternatives, capitalised

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hôm\s+(?:nay|qua|kia)|ngày\s+(?:mai|kia|mốt))"),
         "en": lazy(r"(?i:today|tomorrow|yesterday|date|what\s+day)")}

# the days near today (read with mt.free_time.when; "mai" alone may be a name, Mai)
_NEAR = r"(?P<near>(?i:hôm\s+(?:nay|qua|kia)|ngày\s+(?:mai|kia|mốt)))"
_NEAR_EN = r"(?P<near>(?i:today|tomorrow|yesterday|the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)))"
_NEAR2_EN = _NEAR_EN.replace("near>", "near2>")  # (where it may come in either of two places)
# the date or the day of the week asked ("Hôm nay ngày bao nhiêu?", "Ngày mai là thứ mấy?")
_ASKED = lazy(rf"{_NEAR}\s+(?:là\s+)?(?:(?P<date>ngày\s+(?:mấy|bao\s+nhiêu)(?:\s+tháng\s+mấy)?)|thứ\s+mấy)"
              rf"(?:\s+rồi)?{SOFTENER}\s*\?+")
# a weekday or a date asked after ("Hôm nay có phải thứ Hai không?", "Hôm nay là thứ Sáu à?")
_IS_IT = lazy(rf"{_NEAR}\s+(?:có\s+phải(?:\s+là)?\s+(?P<when>[^?]+?)\s+không|là\s+(?P<when2>[^?]+?)\s+"
              rf"(?:à|(?P<tag>phải\s+không))){SOFTENER}\s*\?+")
# ... and said ("Hôm nay là thứ Hai.", "Ngày mai là ngày 5.", "Hôm nay là thứ Hai, ngày 3 tháng 5.")
_IS = lazy(rf"{_NEAR}\s+(?:là\s+)?(?P<when>[^.!?]+?)(?:\s+ạ)?\s*(?P<end>[.!]*)")
# a weekday and a date together, in either language
_BOTH = lazy(r"(?P<wd>(?i:thứ\s+[^\s,]+|chủ\s+nhật))(?:\s*,\s*|\s+)(?P<date>(?i:ngày|mùng|mồng)\s.+)")
_BOTH_EN = lazy(rf"(?P<wd>{alternatives(EN_DAYS)}),?\s+(?P<date>.+)")
# "mùng 5" (said of the first ten days) is "ngày 5"
_MUNG = lazy(r"(?i:(?:ngày\s+)?(?:mùng|mồng))\s+(?=(?:[1-9]|10)(?!\d))")
_DATE_VI = lazy(r"ngày \d{1,2} tháng \d{1,2}(?: năm \d{3,4})?")
_BE = r"(?P<be>['’]s|\s+is|\s+was|\s+will\s+be)"
# ... in English: asked ("What's the date tomorrow?", "What's tomorrow's date?", "What day is it today?", "What date
# was yesterday?") and said ("Today is Monday.", "It's the 3rd of May today.", "Today's date is May 3.")
_ASKED_EN = [lazy(rf"What{_BE}\s+the\s+(?P<date>date)(?:\s+{_NEAR_EN})?\s*\?+", re.IGNORECASE),
             lazy(rf"What{_BE}\s+{_NEAR_EN}['’]s\s+(?P<date>date)\s*\?+", re.IGNORECASE),
             lazy(rf"What\s+(?:(?P<date>date)|day(?:\s+of\s+the\s+week)?)\s+(?P<be>is|was|will)\s+"
                  rf"(?:it(?P<it_be>\s+be)?(?:\s+{_NEAR_EN})?|{_NEAR2_EN}(?P<near_be>\s+be)?)\s*\?+",
                  re.IGNORECASE)]
_IS_IT_EN = lazy(rf"(?P<be>Is|Was)\s+(?:it\s+(?P<when>[^?]+?)\s+{_NEAR_EN}|{_NEAR2_EN}"
                 r"\s+(?P<when2>[^?]+?))\s*\?+")
_IS_EN = [lazy(rf"{_NEAR_EN}(?P<date>['’]s\s+date)?{_BE}\s+(?P<when>[^.!?]+?)\s*(?P<end>[.!]*)"),
          lazy(rf"It(?P<be>['’]s|\s+is|\s+was|['’]ll\s+be|\s+will\s+be)\s+(?P<when>[^.!?]+?)\s+"
               rf"{_NEAR_EN}\s*(?P<end>[.!]*)")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says the day or the date of a day near today; None for any
    other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _asked(text) or _is_it(text) or _is(text)
    return _asked_vi(text) or _is_it_vi(text) or _is_vi(text)


def _day_en(said: str) -> tuple[str, bool]:
    """A day near today in English, and whether it is behind: ("tomorrow", False), ("yesterday", True)."""
    day = when(said, "vi")
    return day, bool(BEHIND.fullmatch(day))


_LUNAR_MONTH = lazy(r"(?i:tháng\s+(?:giêng|chạp))")


def _date_en(said: str) -> str | None:
    """A date said in Vietnamese, in English, as mt.dates reads it: "ngày 3 tháng 5" → "May 3", "ngày 5" and "mùng
    5" → "the 5th" (mt.dates.day_of_month); None for anything else."""
    if _LUNAR_MONTH.search(said):  # tháng Giêng and tháng Chạp are lunar months: no solar date is said
        return None
    said = _MUNG.sub("ngày ", said)
    read = dates.day(said, "vi", "en")
    if read and read.split()[0] in EN_MONTHS:
        return read
    return dates.day_of_month(said, "vi", "en")


def _weekday_en(said: str) -> str | None:
    """A weekday said in Vietnamese, in English ("thứ hai", "thứ 2" → "Monday"); None for anything else."""
    read = dates.day(said, "vi", "en") or (dates.day(f"vào {said}", "vi", "en") or "").removeprefix("on ")
    return read if read in EN_DAYS else None


def _when_en(said: str) -> str | None:
    """A weekday, a date or both in English: "Monday", "May 3", "the 5th", "Monday, May 3", "Monday the 5th"."""
    if m := _BOTH.fullmatch(said):
        wd, date = _weekday_en(m["wd"]), _date_en(m["date"])
        return wd and date and f"{wd}{' ' if date.startswith('the ') else ', '}{date}"
    return _weekday_en(said) or _date_en(said)


def _asked(text: str) -> str | None:
    """"Hôm nay ngày bao nhiêu?" as "What's the date today?", "Hôm qua là thứ mấy?" as "What day was yesterday?"
    (_ASKED); None for anything else."""
    if not (m := _ASKED.fullmatch(text)):
        return None
    day, behind = _day_en(m["near"])
    if m["date"]:
        return f"What {'was' if behind else 'is'} the date {day}?".replace("What is", "What's")
    return "What day is it today?" if day == "today" else f"What day {'was' if behind else 'is'} {day}?"


def _is_it(text: str) -> str | None:
    """"Hôm nay có phải thứ Hai không?" as "Is it Monday today?", "Ngày mai là ngày 5 à?" as "Is tomorrow the 5th?",
    "Hôm qua là Chủ nhật phải không?" as "Yesterday was Sunday, wasn't it?" (_IS_IT); None for anything else."""
    m = _IS_IT.fullmatch(text)
    said = m and _when_en(m["when"] or m["when2"])
    if not said:
        return None
    day, behind = _day_en(m["near"])
    be = "was" if behind else "is"
    if m["tag"]:  # (asked of what the speaker thinks)
        return capitalised(f"{day} {be} {said}, {be}n't it?")
    return f"Is it {said} today?" if day == "today" else f"{be.capitalize()} {day} {said}?"


def _is(text: str) -> str | None:
    """"Hôm nay là thứ Hai." as "Today is Monday.", "Hôm qua là ngày 2 tháng 9." as "Yesterday was September 2."
    (_IS); None for anything else."""
    m = _IS.fullmatch(text)
    said = m and _when_en(m["when"])
    if not said:
        return None
    day, behind = _day_en(m["near"])
    return capitalised(f"{day} {'was' if behind else 'is'} {said}{m['end'] or '.'}")


def _near_vi(m: re.Match, be: str) -> str | None:
    """The day near today of an English match in Vietnamese, today where none is said ("What's the date?"); None
    where `be` does not agree with it ("What was the date tomorrow?", "Yesterday is …", "Today will be …")."""
    said = m["near"] or m.groupdict().get("near2") or "today"
    be = " ".join(be.lower().replace("’", "'").split())
    if (be == "was") != bool(BEHIND.fullmatch(said)) or be in ("will", "will be", "'ll be") and not (
            said.lower().startswith(("tomorrow", "the day after"))):
        return None
    return capitalised(when(said, "en"))


def _date_vi(said: str) -> str | None:
    """A date said in English, in Vietnamese, as mt.dates reads it: "the 3rd of May", "May 3rd" → "ngày 3 tháng 5",
    "the 5th" → "ngày 5" (mt.dates.day_of_month: "the 5st" is not taken)."""
    read = dates.whole(said, "en", "vi")
    if read and _DATE_VI.fullmatch(read):
        return read
    return dates.day_of_month(said, "en", "vi")


def _weekday_vi(said: str) -> str | None:
    """A weekday in Vietnamese ("Monday" → "thứ Hai"); None for anything else."""
    return dates.whole(said, "en", "vi") if said in EN_DAYS else None


def _when_vi(said: str) -> str | None:
    """A weekday, a date or both in Vietnamese: "thứ Hai", "ngày 3 tháng 5", "ngày 5", "thứ Hai, ngày 3 tháng 5"."""
    if m := _BOTH_EN.fullmatch(said):
        wd, date = _weekday_vi(m["wd"]), _date_vi(m["date"])
        return wd and date and f"{wd}, {date}"
    return _weekday_vi(said) or _date_vi(said)


def _asked_vi(text: str) -> str | None:
    """"What's the date tomorrow?" as "Ngày mai là ngày mấy?", "What day was yesterday?" as "Hôm qua là thứ mấy?"
    (_ASKED_EN); None for anything else, and where "was" or "is" does not go with the day."""
    m = next((m for p in _ASKED_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    be, then = m["be"], m.groupdict().get("it_be") or m.groupdict().get("near_be")
    if (be.lower() == "will") != bool(then):
        return None  # ("What day will it?", "What day is tomorrow be?")
    day = _near_vi(m, be + (then or ""))
    return day and f"{day} là {'ngày' if m['date'] else 'thứ'} mấy?"


def _is_it_vi(text: str) -> str | None:
    """"Is today Monday?" and "Is it Monday today?" as "Hôm nay có phải là thứ Hai không?", "Was yesterday the 2nd?"
    as "Hôm qua có phải là ngày 2 không?" (_IS_IT_EN); None for anything else."""
    m = _IS_IT_EN.fullmatch(text)
    said = m and _when_vi(m["when"] or m["when2"])
    day = said and _near_vi(m, m["be"])
    return day and f"{day} có phải là {said} không?"


def _is_vi(text: str) -> str | None:
    """"Today is Monday." as "Hôm nay là thứ Hai.", "It's the 3rd of May today." as "Hôm nay là ngày 3 tháng 5.",
    "Tomorrow's the 5th." as "Ngày mai là ngày 5." (_IS_EN); None for anything else, and for a weekday as a date
    ("Today's date is Monday.")."""
    m = next((m for p in _IS_EN if (m := p.fullmatch(text))), None)
    said = m and _when_vi(m["when"])
    if not said or m.groupdict().get("date") and said.startswith(("thứ", "Chủ")):
        return None
    day = _near_vi(m, m["be"])
    return day and f"{day} là {said}{m['end'] or '.'}"
