"""Dates on the lunar calendar (âm lịch), both ways, written whole by rule: which day of the lunar month a day near
today is, asked or said (the first, "mùng một"; the full moon day, "rằm", the 15th), the named lunar months ("tháng
Giêng", the first; "tháng Chạp", the twelfth), the first full moon of the year ("Rằm tháng Giêng"), the seventh
month's ("Rằm tháng Bảy"), a lunar day falling on a weekday this year, the days left until one, and who was born on
one. v8 (rules on) reads "mùng" as blind, "rằm" as a chin, "âm" as sounds and the months as the solar ones: "Hôm nay
là mùng mấy?" → "What's blind today?", "Mai là rằm rồi." → "Mai is chin.", "Hôm qua là rằm tháng Bảy." → "Yesterday
was chin in July.", "Rằm tháng Giêng năm nay rơi vào thứ Bảy." → "In January this year, it fell on Saturday.",
"Tháng Chạp là tháng cuối năm âm lịch." → "Months is the last month of the calendar year.", "Còn hai ngày nữa là
rằm." → "For two days, chin.", "Tôi sinh vào rằm tháng Giêng." → "I was born in January."; and back, "Tomorrow is the
full moon." → "Ngày mai là mặt trăng đầy đủ.", "What's the lunar date today?" → "Hôm nay, ngày lunar là gì?", "The
first full moon of the lunar year falls on a Saturday this year." → "Mặt trăng đầy đầu tiên của năm lunar giảm xuống 1
thứ Bảy năm nay.", "The twelfth lunar month is the last month of the lunar year." → "Tháng thứ hai, tháng thứ hai là
tháng trước của năm lunar.", "This month is the twelfth lunar month." → "Tháng này là tháng lunar tự nhiên.".

Taken: a day near today (mt.dates.near_days; "Mai" opening "Mai là rằm": a person is not a date) "là mùng mấy?"
("ngày mấy âm lịch", "bao nhiêu âm": which lunar day); a near day being a lunar day ("rằm", "rằm tháng Bảy", "mùng
năm âm lịch", "mùng một tháng Giêng", "ngày 20 âm lịch"), said ("rồi" too) or asked ("có phải … không?", "à?"); "Còn
hai ngày nữa là rằm." and "Còn mấy ngày nữa là rằm?"; a lunar day of a named month (this, next or last year) falling
on a weekday, which weekday, whether on one, or when; "Tháng Chạp là tháng cuối năm âm lịch.", "Tháng Giêng là tháng
đầu năm âm lịch."; this, next or last month (or now) being a lunar month, and which lunar month it is now; who
(mt.hobbies.WHO, WHO_EN) was born on a lunar day of a named month, or on a full moon day. Left: "mùng một", "mùng 5"
without "âm lịch" or a lunar month as a date (the solar month's? mt/days_asked.py reads "mùng 5" so), "tháng Bảy"
and other months without "rằm" or "âm lịch" (July?), "tháng một" (the first month, or the eleventh, as the lunar
calendar names it?), a lunar day falling on a weekday with no year (which year?), the Mid-Autumn festival's day
("Tết Trung thu là rằm tháng tám": mt/mid_autumn.py's), the Kitchen Gods' Day (mt/kitchen_gods.py's), Tet's days
("mùng một Tết", "mùng mấy Tết": mt/tet_holiday.py, mt/new_year.py), eating vegetarian or making offerings on lunar
days (mt/diets.py, mt/ancestors.py), the full moon in the sky tonight (mt/sky.py), "anh", "chị", "em" alone born,
"đã sinh" and a pet's "sinh" without "ra" (born, or gave birth? "Vợ tôi đã sinh vào rằm tháng Giêng."), a "?" on a
statement, "nhỉ" on a statement, and anything else. "Hôm nay là ngày 23 tháng Chạp." is mt/days_asked.py's (read as
December 23: this module, tried later, never sees it); "Hôm nay là ngày rằm.", "mùng một âm lịch" and "Ngày mai có
phải là rằm không?" are mt/ancestors.py's, tried earlier too (this module reads them alike). mt.phrasebook.translate
tries these after mt/treats.py.

    >>> translate("Mai là rằm rồi.", "vi", "en"), translate("This month is the twelfth lunar month.", "en", "vi")
    ('Tomorrow is the full moon day.', 'Tháng này là tháng Chạp.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, VI_MONTH_WORDS, near_days
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import en_nth, en_ordinal, en_word, vi_word
from .rule_keys import key_checked
from .text import EN_DAYS, SOFTENED_END, SOFTENER, VI_DAYS, agreement_asked, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:rằm|mùng|mồng|âm\s+lịch|bao\s+nhiêu\s+âm|giêng|chạp)"),
         "en": lazy(r"(?i:lunar|full\s+moon)")}
# the days near today that are lunar days ("Mai" alone is read in the patterns), and the years and months near this
_NEAR = near_days("hôm nay", "ngày mai", "ngày kia", "ngày mốt", "hôm qua", "hôm kia")
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())}
_YEARS = near_days("năm nay", "năm sau", "năm tới", "năm ngoái", "năm trước")
_YEARS_VI = {en: vi for vi, en in reversed(_YEARS.items())}
_MONTHS_NEAR = near_days("tháng này", "tháng sau", "tháng tới", "tháng trước")
_MONTHS_NEAR_VI = {en: vi for vi, en in reversed(_MONTHS_NEAR.items())}
# days of the lunar month in words after "mùng" (1 to 10), and in English (words and figures, 1 to 30)
_NTH = {vi_word(n): n for n in range(1, 11)}
_NTH_EN = {en_nth(n): n for n in range(1, 31)} | {en_ordinal(n): n for n in range(1, 31)}
_MONTH_NTH_EN = {said: n for said, n in _NTH_EN.items() if n <= 12}
# the lunar months as Vietnamese names them ("tháng Một" is left: the first month, or the eleventh of the lunar year?)
_MONTH_WORDS = {word: n for word, n in VI_MONTH_WORDS.items() if word != "một"}
_MONTH_VI = {1: "Giêng", 4: "Tư", 12: "Chạp"}  # (the others are vi_word's, with a capital)
_WEEKDAYS = {keyed(vi): en for vi, en in zip(VI_DAYS, EN_DAYS)} | {f"thứ {n + 2}": EN_DAYS[n] for n in range(6)}
_WEEKDAYS_VI = dict(zip(EN_DAYS, VI_DAYS))

_NEAR_DAY = rf"(?P<near>(?i:{alternatives(_NEAR)})|(?P<mai>[Mm]ai))"
# a lunar day: "rằm", "ngày rằm tháng Bảy", "mùng năm âm lịch", "mồng một tháng Giêng", "ngày 20 âm lịch"
_DAY = (rf"(?:(?:ngày\s+)?(?P<full>(?i:rằm))|(?:ngày\s+)?(?i:m[ùồ]ng)\s+(?P<n>{alternatives(_NTH)}|\d{{1,2}})|"
        rf"ngày\s+(?P<n2>\d{{1,2}}))(?:\s+tháng\s+(?P<month>(?i:{alternatives(_MONTH_WORDS)})|\d{{1,2}}))?"
        r"(?P<lunar>\s+âm(?:\s+lịch)?)?")
_WHICH = (r"(?:(?:ngày\s+)?(?i:m[ùồ]ng)\s+mấy(?:\s+âm(?:\s+lịch)?)?|"
          r"(?:ngày\s+mấy|(?:ngày\s+)?bao\s+nhiêu)\s+âm(?:\s+lịch)?)")
# which lunar day ("Hôm nay là mùng mấy?", "Hôm nay bao nhiêu âm?")
_WHAT = lazy(rf"{_NEAR_DAY}\s+(?:là\s+)?{_WHICH}(?:\s+rồi)?{SOFTENER}\s*\?+")
# a near day being a lunar day ("Mai là rằm rồi.", "Hôm nay có phải là rằm tháng Giêng không?")
_IS = lazy(rf"{_NEAR_DAY}\s+(?:(?P<ask>có\s+phải)\s+)?(?P<be>là\s+)?{_DAY}(?:\s+(?P<done>rồi))?"
           rf"(?:\s+(?P<asked>không)|\s+(?P<a>à))?{SOFTENED_END}")
# the days left until one ("Còn hai ngày nữa là rằm.", "Còn mấy ngày nữa là đến rằm tháng Giêng?")
_LEFT = lazy(rf"[Cc]òn\s+(?:(?P<count>\d{{1,2}}|{alternatives(vi_word(n) for n in range(1, 31))})|(?P<how>mấy))"
             rf"\s+ngày(?:\s+nữa)?\s+(?:là\s+đến|là|thì\s+đến|đến|tới)\s+{_DAY}{SOFTENED_END}")
# a lunar day of a named month on a weekday, a year said ("Rằm tháng Giêng năm nay rơi vào thứ Bảy.")
_YEAR = rf"(?i:{alternatives(_YEARS)})"
_FALLS = lazy(rf"(?:(?P<year0>{_YEAR})\s*,?\s+)?{_DAY}(?:\s+(?P<year>{_YEAR}))?\s+(?:(?P<ask>có)\s+)?"
              rf"(?:rơi\s+vào|là|vào)\s+(?:(?:ngày\s+)?(?:(?P<wd>(?i:{alternatives(_WEEKDAYS)}))|(?P<which>thứ\s+mấy))|"
              rf"(?P<when>ngày\s+nào))(?:\s+(?P<asked>không))?{SOFTENED_END}")
# the named months ("Tháng Chạp là tháng cuối năm âm lịch."), and which one this is ("Tháng này là tháng Chạp.")
_FIRST_LAST = lazy(r"[Tt]háng\s+(?P<month>(?i:giêng|chạp))\s+là\s+tháng\s+(?P<place>đầu(?:\s+tiên)?|cuối(?:\s+cùng)?)"
                   r"\s+(?:của\s+)?năm(?P<lunar>\s+âm\s+lịch)?\s*(?P<end>[.!]*)")
_LUNAR_MONTH = (r"tháng\s+(?:(?P<named>(?i:giêng|chạp))(?:\s+âm\s+lịch)?|(?P<what>mấy)\s+âm\s+lịch|"
                rf"(?P<month>(?i:{alternatives(_MONTH_WORDS)})|\d{{1,2}})\s+âm\s+lịch)")
_MONTH_IS = lazy(rf"(?:(?P<near>(?i:{alternatives(_MONTHS_NEAR)}))|(?P<now>(?i:bây\s+giờ|hiện\s+giờ|hiện\s+tại)))"
                 rf"\s+(?:đang\s+)?là\s+{_LUNAR_MONTH}(?:\s+rồi)?{SOFTENED_END}")
# who was born on one ("Tôi sinh vào rằm tháng Giêng.", "Mẹ tôi sinh ngày mùng một tháng Giêng.")
_BORN = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?sinh(?P<out>\s+ra)?\s+(?:vào\s+)?{_DAY}{SOFTENED_END}")
# pets, whose "sinh" on a day is as often having their young as being born ("sinh ra" is only born)
_PETS, _PETS_EN = ("con chó", "con mèo"), ("dog", "cat")

# ... and in English
_NEAR_EN = (r"(?P<near>(?i:today|tomorrow|yesterday|the\s+day\s+after\s+tomorrow|"
            r"the\s+day\s+before\s+yesterday))")
_DAY_EN = (rf"[Tt]he\s+(?:(?P<firstfull>first\s+full\s+moon\s+of\s+the\s+lunar\s+year)|full\s+moon(?:\s+day)?"
           rf"(?:\s+of\s+the\s+(?P<fm>{alternatives(_MONTH_NTH_EN)})\s+lunar\s+month)?|"
           rf"(?P<n>{alternatives(_NTH_EN)})(?:\s+day)?\s+of\s+the\s+(?:(?P<month>{alternatives(_MONTH_NTH_EN)})\s+)?"
           r"lunar\s+month)")
_DAY_MID = _DAY_EN.replace("[Tt]he", "the")  # (within a sentence)
_WHAT_EN = [lazy(rf"What\s+day\s+of\s+the\s+lunar\s+month\s+(?P<be>is|was)\s+it\s+{_NEAR_EN}\s*\?+"),
            lazy(rf"What(?P<be>['’]s|\s+is|\s+was)\s+the\s+lunar\s+date\s+{_NEAR_EN}\s*\?+"),
            lazy(rf"What(?P<be>['’]s|\s+is|\s+was)\s+{_NEAR_EN}['’]s\s+lunar\s+date\s*\?+")]
_IS_EN = lazy(rf"(?:(?P<q>Is|Was)\s+{_NEAR_EN}|{_NEAR_EN.replace('near>', 'near2>')}(?P<be>\s+is|\s+was|['’]s))\s+"
              rf"{_DAY_MID}\s*(?P<end>[.!?]*)")
_LEFT_EN = [lazy(rf"{_DAY_EN}\s+is\s+in\s+(?P<count>\d{{1,2}}|{alternatives(en_word(n) for n in range(2, 31))})"
                 r"\s+days\s*(?P<end>[.!]*)"),
            lazy(r"How\s+many\s+days\s+(?:are\s+(?:there\s+)?left|are\s+there|is\s+it)\s+(?:until|till|before)\s+"
                 rf"{_DAY_MID}\s*\?+")]
_YEAR_EN = r"(?P<year>this|next|last)\s+year"
_FALLS_EN = [lazy(rf"(?:(?P<year0>This|Next|Last)\s+year,?\s+)?{_DAY_EN}\s+"
                  rf"(?P<verb>falls|fell|will\s+fall)\s+on\s+(?:a\s+)?(?P<wd>{alternatives(EN_DAYS)})"
                  rf"(?:\s+{_YEAR_EN})?\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<q>Does|Did|Will)\s+{_DAY_MID}\s+fall\s+on\s+(?:a\s+)?(?P<wd>{alternatives(EN_DAYS)})\s+"
                  rf"{_YEAR_EN}\s*\?+"),
             lazy(rf"What\s+day(?:\s+of\s+the\s+week)?\s+(?P<q>does|did|will)\s+{_DAY_MID}\s+fall\s+on\s+{_YEAR_EN}"
                  r"\s*\?+"),
             lazy(rf"When\s+(?P<q>is|was)\s+{_DAY_MID}\s+{_YEAR_EN}\s*\?+")]
_FIRST_LAST_EN = lazy(r"The\s+(?P<month>first|twelfth)\s+lunar\s+month\s+is\s+the\s+(?P<place>first|last)\s+month\s+"
                      r"of\s+the\s+(?P<lunar>lunar\s+)?year\s*(?P<end>[.!]*)")
_MONTH_IS_EN = [lazy(rf"(?P<near>This|Next|Last)\s+month\s+(?P<be>is|was)\s+the\s+"
                     rf"(?P<month>{alternatives(_MONTH_NTH_EN)})\s+lunar\s+month\s*(?P<end>[.!]*)"),
                lazy(rf"It(?:['’]s|\s+is)\s+the\s+(?P<month>{alternatives(_MONTH_NTH_EN)})\s+lunar\s+month\s+now"
                     r"\s*(?P<end>[.!]*)"),
                lazy(r"What\s+lunar\s+month\s+is\s+it(?:\s+now)?\s*\?+")]
_BORN_EN = lazy(rf"{WHO_EN}\s+(?P<be>was|were)\s+born\s+on\s+(?:(?P<afull>a\s+full\s+moon\s+day)|{_DAY_MID})"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a lunar day asked or said, a lunar day falling on a weekday, the days left
    until one, a named lunar month, or who was born on a lunar day; None for any other."""
    if src == "vi":
        return _what(text) or _is(text) or _left(text) or _falls(text) or _months(text) or _born(text)
    text = text.replace("’", "'")
    return _what_vi(text) or _is_vi(text) or _left_vi(text) or _falls_vi(text) or _months_vi(text) or _born_vi(text)


def _lunar_day(m: re.Match) -> tuple[int, int | None] | None:
    """The day and the month (None where not said) of a match of _DAY: "rằm tháng Bảy" (15, 7), "mùng năm âm lịch"
    (5, None); None where it may be a solar date ("mùng 5", "mùng một tháng Sáu": no "âm lịch", nor Giêng or Chạp)."""
    said = m["month"]
    month = None if said is None else int(said) if said.isdigit() else _MONTH_WORDS[keyed(said)]
    if month is not None and not 1 <= month <= 12:
        return None
    if m["full"]:
        return 15, month
    n = int(m["n"] or m["n2"]) if (m["n"] or m["n2"]).isdigit() else _NTH[keyed(m["n"])]
    lunar = m["lunar"] or keyed(said or "") in ("giêng", "chạp")
    return (n, month) if lunar and 1 <= n <= (10 if m["n"] else 30) else None


def _day_en(n: int, month: int | None) -> str:
    """A lunar day in English: "the full moon day", "the first full moon of the lunar year", "the full moon of the
    seventh lunar month", "the fifth day of the lunar month", "the first day of the twelfth lunar month"."""
    if n == 15:
        return ("the full moon day" if month is None else "the first full moon of the lunar year" if month == 1 else
                f"the full moon of the {en_nth(month)} lunar month")
    return f"the {en_nth(n)} day of the {f'{en_nth(month)} ' if month else ''}lunar month"


def _month_vi(month: int) -> str:
    """A lunar month's name in Vietnamese: "Giêng", "Tư", "Bảy", "Mười một", "Chạp"."""
    return _MONTH_VI.get(month) or vi_word(month).capitalize()


def _day_vi(n: int, month: int | None, full: str = "ngày rằm") -> str:
    """A lunar day in Vietnamese: `full` for the full moon day alone, "rằm tháng Bảy", "mùng năm âm lịch", "mùng
    một tháng Giêng", "ngày 20 tháng Tám âm lịch"."""
    if n == 15:
        return full if month is None else f"rằm tháng {_month_vi(month)}"
    day = f"mùng {vi_word(n)}" if n <= 10 else f"ngày {n}"
    if month is None:
        return f"{day} âm lịch"
    return f"{day} tháng {_month_vi(month)}{'' if month in (1, 12) else ' âm lịch'}"


def _near(m: re.Match) -> tuple[str, str]:
    """The near day of a match of _NEAR_DAY in English, and its way ("today", "ahead", "behind")."""
    if m["mai"]:
        return "tomorrow", "ahead"
    return _NEAR[keyed(m["near"])], NEAR_WAY[keyed(m["near"])]


def _what(text: str) -> str | None:
    """"Hôm nay là mùng mấy?" as "What day of the lunar month is it today?", "Hôm qua là mùng mấy?" as "What day of
    the lunar month was it yesterday?" (_WHAT); None for anything else."""
    m = _WHAT.fullmatch(text)
    if not m:
        return None
    when, way = _near(m)
    return f"What day of the lunar month {'was' if way == 'behind' else 'is'} it {when}?"


def _is(text: str) -> str | None:
    """"Mai là rằm rồi." as "Tomorrow is the full moon day.", "Hôm qua là rằm tháng Bảy." as "Yesterday was the
    full moon of the seventh lunar month.", "Hôm nay có phải là mùng một tháng Giêng không?" as "Is today the first
    day of the first lunar month?" (_IS); None for anything else, "Mai" without "là", and "rồi" asked."""
    m = _IS.fullmatch(text)
    if not m or agreement_asked(text) or (day := _lunar_day(m)) is None:
        return None
    asked = bool(m["asked"] or m["a"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or asked and m["done"] or \
            m["mai"] and not m["be"]:
        return None
    when, way = _near(m)
    be = "was" if way == "behind" else "is"
    if asked:
        return f"{be.capitalize()} {when} {_day_en(*day)}?"
    return capitalised(f"{when} {be} {_day_en(*day)}{m['end'] or '.'}")


def _left(text: str) -> str | None:
    """"Còn hai ngày nữa là rằm." as "The full moon day is in two days.", "Còn mấy ngày nữa là rằm tháng Giêng?" as
    "How many days are left until the first full moon of the lunar year?" (_LEFT); None for anything else, and for
    one day (tomorrow: mt/ancestors.py's "Ngày mai là …")."""
    m = _LEFT.fullmatch(text)
    if not m or agreement_asked(text) or (day := _lunar_day(m)) is None or bool(m["how"]) != ("?" in m["end"]):
        return None
    if m["how"]:
        return f"How many days are left until {_day_en(*day)}?"
    count = int(m["count"]) if m["count"].isdigit() else next(n for n in range(1, 31) if vi_word(n) == keyed(
        m["count"]))
    return capitalised(f"{_day_en(*day)} is in {en_word(count)} days{m['end'] or '.'}") if count > 1 else None


def _falls(text: str) -> str | None:
    """"Rằm tháng Giêng năm nay rơi vào thứ Bảy." as "The first full moon of the lunar year falls on a Saturday this
    year.", "Rằm tháng Bảy năm ngoái rơi vào thứ mấy?" as "What day of the week did the full moon of the seventh lunar
    month fall on last year?", "… có rơi vào Chủ nhật không?" as "Does … fall on a Sunday this year?" (_FALLS); None
    for anything else, a day of no named month, and no year (which?)."""
    m = _FALLS.fullmatch(text)
    if not m or bool(m["year0"]) == bool(m["year"]) or (day := _lunar_day(m)) is None or day[1] is None:
        return None
    asked = "?" in m["end"]
    if bool(m["ask"]) != bool(m["asked"]) or m["asked"] and not m["wd"] or \
            asked != bool(m["asked"] or m["which"] or m["when"]) or \
            agreement_asked(text) and not (m["which"] or m["when"]):
        return None
    year = keyed(m["year0"] or m["year"])
    past, what, on = NEAR_WAY[year] == "behind", _day_en(*day), _YEARS[year]
    if m["when"]:
        return f"When {'was' if past else 'is'} {what} {on}?"
    if m["which"]:
        return f"What day of the week {'did' if past else 'does'} {what} fall on {on}?"
    weekday = _WEEKDAYS[keyed(m["wd"])]
    if asked:
        return f"{'Did' if past else 'Does'} {what} fall on a {weekday} {on}?"
    return capitalised(f"{what} {'fell' if past else 'falls'} on a {weekday} {on}{m['end'] or '.'}")


def _months(text: str) -> str | None:
    """"Tháng Chạp là tháng cuối năm âm lịch." as "The twelfth lunar month is the last month of the lunar year.",
    "Tháng này là tháng Chạp." as "This month is the twelfth lunar month.", "Bây giờ là tháng mấy âm lịch?" as "What
    lunar month is it now?" (_FIRST_LAST, _MONTH_IS); None for anything else."""
    if m := _FIRST_LAST.fullmatch(text):
        month, first = keyed(m["month"]), m["place"].startswith("đầu")
        if (month == "giêng") != first:
            return None  # ("Tháng Chạp là tháng đầu năm": not so)
        lunar = "lunar " if m["lunar"] else ""
        return (f"The {'first' if first else 'twelfth'} lunar month is the {'first' if first else 'last'} month of "
                f"the {lunar}year{m['end'] or '.'}")
    m = _MONTH_IS.fullmatch(text)
    if not m or agreement_asked(text) or bool(m["what"]) != ("?" in m["end"]):
        return None
    when = _MONTHS_NEAR[keyed(m["near"])] if m["near"] else "now"
    past = when == "last month"
    if m["what"]:
        return "What lunar month is it now?" if m["now"] else None
    said = m["named"] or m["month"]
    month = int(said) if said.isdigit() else _MONTH_WORDS[keyed(said)]
    if not 1 <= month <= 12:
        return None
    if m["now"]:
        return f"It's the {en_nth(month)} lunar month now{m['end'] or '.'}"
    return capitalised(f"{when} {'was' if past else 'is'} the {en_nth(month)} lunar month{m['end'] or '.'}")


def _born(text: str) -> str | None:
    """"Tôi sinh vào rằm tháng Giêng." as "I was born on the first full moon of the lunar year.", "Mẹ tôi sinh vào
    ngày rằm." as "My mother was born on a full moon day." (_BORN); None for anything else, a lunar day of no month
    but the full moon, "anh", "chị", "em" alone (you, or the speaker?), and "đã sinh" or a pet's "sinh" without "ra"
    (born, or gave birth? "Vợ tôi đã sinh vào rằm tháng Giêng.")."""
    m = _BORN.fullmatch(text)
    if not m or "?" in m["end"] or agreement_asked(text) or (day := _lunar_day(m)) is None:
        return None
    if not m["out"] and (m["did"] or keyed(m["kin"] or "") in _PETS):
        return None
    said = who(m, False)
    if said is None or day[1] is None and day[0] != 15:
        return None
    on = "a full moon day" if day[1] is None else _day_en(*day)
    return capitalised(f"{said[0]} {'were' if said[0] in ('you', 'we', 'they') else 'was'} born on {on}"
                       f"{m['end'] or '.'}")


def _day_of(m: re.Match) -> tuple[int, int | None]:
    """The day and the month (None where not said) of a match of _DAY_EN."""
    if m["firstfull"]:
        return 15, 1
    if m["n"]:
        return _NTH_EN[m["n"].lower()], m["month"] and _MONTH_NTH_EN[m["month"].lower()]
    return 15, m["fm"] and _MONTH_NTH_EN[m["fm"].lower()]


def _near_vi(said: str) -> str:
    """A near day of _NEAR_EN in Vietnamese: "hôm nay", "ngày mai", "ngày kia"."""
    return _NEAR_VI[keyed(said)]


def _what_vi(text: str) -> str | None:
    """"What day of the lunar month is it tomorrow?" as "Ngày mai là mùng mấy âm lịch?", "What's the lunar date
    today?" as "Hôm nay là mùng mấy âm lịch?" (_WHAT_EN); None for anything else, and "was" not of a day behind."""
    m = next((m for p in _WHAT_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    near = _near_vi(m["near"])
    if ("was" in m["be"]) != (NEAR_WAY[near] == "behind"):
        return None
    return capitalised(f"{near} là mùng mấy âm lịch?")


def _is_vi(text: str) -> str | None:
    """"Tomorrow is the full moon." as "Ngày mai là ngày rằm.", "Yesterday was the full moon of the seventh lunar
    month." as "Hôm qua là rằm tháng Bảy.", "Is today the fifth day of the lunar month?" as "Hôm nay có phải là mùng
    năm âm lịch không?" (_IS_EN); None for anything else, and "was" not of a day behind."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    near = _near_vi(m["near"] or m["near2"])
    if ("was" in (m["q"] or m["be"]).lower()) != (NEAR_WAY[near] == "behind"):
        return None
    day = _day_vi(*_day_of(m))
    return capitalised(f"{near} có phải là {day} không?" if m["q"] else f"{near} là {day}{m['end'] or '.'}")


def _left_vi(text: str) -> str | None:
    """"The full moon day is in two days." as "Còn hai ngày nữa là rằm.", "How many days are left until the first
    full moon of the lunar year?" as "Còn mấy ngày nữa là rằm tháng Giêng?" (_LEFT_EN); None for anything else."""
    m = next((m for p in _LEFT_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    day = _day_vi(*_day_of(m), full="rằm")
    if "count" not in m.re.groupindex:
        return f"Còn mấy ngày nữa là {day}?"
    said = m["count"].lower()
    count = int(said) if said.isdigit() else next(n for n in range(2, 31) if en_word(n) == said)
    return f"Còn {vi_word(count)} ngày nữa là {day}{m['end'] or '.'}" if 1 < count <= 30 else None


def _falls_vi(text: str) -> str | None:
    """"The first full moon of the lunar year falls on a Saturday this year." as "Rằm tháng Giêng năm nay rơi vào
    thứ Bảy.", "Did the full moon of the seventh lunar month fall on a Sunday last year?" as "Rằm tháng Bảy năm ngoái
    có rơi vào Chủ nhật không?", "When is … this year?" as "… năm nay là ngày nào?" (_FALLS_EN); None for anything
    else, a day of no named month, the tense not the year's, and no year."""
    m = next((m for p in _FALLS_EN if (m := p.fullmatch(text))), None)
    if m is None or "year0" in m.re.groupindex and bool(m["year0"]) == bool(m["year"]):
        return None
    n, month = _day_of(m)
    year = (m["year"] or m["year0"]).lower()
    said = " ".join((m["q"] if "q" in m.re.groupindex else m["verb"]).lower().split())
    tenses = {"last": ("fell", "did", "was"), "this": ("falls", "does", "is"), "next": ("falls", "does", "is",
                                                                                         "will fall", "will")}
    if month is None or said not in tenses[year]:
        return None
    what = capitalised(f"{_day_vi(n, month)} {_YEARS_VI[f'{year} year']}")
    if "verb" in m.re.groupindex:
        return f"{what} rơi vào {_WEEKDAYS_VI[m['wd']]}{m['end'] or '.'}"
    if "wd" in m.re.groupindex:
        return f"{what} có rơi vào {_WEEKDAYS_VI[m['wd']]} không?"
    return f"{what} {'rơi vào thứ mấy' if text.startswith('What') else 'là ngày nào'}?"


def _months_vi(text: str) -> str | None:
    """"The twelfth lunar month is the last month of the lunar year." as "Tháng Chạp là tháng cuối năm âm lịch.",
    "Next month is the first lunar month." as "Tháng sau là tháng Giêng.", "What lunar month is it now?" as "Bây giờ
    là tháng mấy âm lịch?" (_FIRST_LAST_EN, _MONTH_IS_EN); None for anything else."""
    if m := _FIRST_LAST_EN.fullmatch(text):
        if (m["month"] == "first") != (m["place"] == "first"):
            return None
        lunar = " âm lịch" if m["lunar"] else ""
        return (f"Tháng Giêng là tháng đầu năm{lunar}{m['end'] or '.'}" if m["place"] == "first" else
                f"Tháng Chạp là tháng cuối năm{lunar}{m['end'] or '.'}")
    m = next((m for p in _MONTH_IS_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    if "month" not in m.re.groupindex:
        return "Bây giờ là tháng mấy âm lịch?"
    month = _MONTH_NTH_EN[m["month"].lower()]
    named = f"tháng {_month_vi(month)}{'' if month in (1, 12) else ' âm lịch'}"
    if "near" not in m.re.groupindex:
        return f"Bây giờ là {named}{m['end'] or '.'}"
    if (m["be"] == "was") != (m["near"] == "Last"):
        return None
    return f"{capitalised(_MONTHS_NEAR_VI[m['near'].lower() + ' month'])} là {named}{m['end'] or '.'}"


def _born_vi(text: str) -> str | None:
    """"I was born on the first full moon of the lunar year." as "Tôi sinh vào rằm tháng Giêng.", "My mother was
    born on a full moon day." as "Mẹ tôi sinh vào ngày rằm." (_BORN_EN); None for anything else, "was" not agreeing
    with who, and a lunar day of no month but the full moon; a pet "sinh ra" (its bare "sinh" may be a birth given)."""
    m = _BORN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["be"] == "was") != (one or keyed(m["who"] or "") == "i"):
        return None
    day = (15, None) if m["afull"] else _day_of(m)
    if day[1] is None and not m["afull"]:
        return None
    born = "sinh ra" if (m["kin"] or "").lower() in _PETS_EN else "sinh"
    return capitalised(f"{who_} {born} vào {_day_vi(*day)}{m['end'] or '.'}")
