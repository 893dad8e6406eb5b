"""Dates and times of day, written by rule. The bundled model gets them wrong in both directions: "ngày 6 tháng 7"
→ "June 6", "ngày 9 tháng 7" → "September 9", "Ngày 30/4/1975" → "On 30th/41975", "14h30" → "14h30 days", "11:35
tối" → "11:35 dark"; "November 16" → "ngày 16 tháng 11 năm 16", "5 September 2021" → "ngày 2021", "07:19 a.m." →
"07:19 triệu giờ", "9 o'clock" → "9 o'clock". A date or time goes through translation as the target writes it
("July 6", "September 17, 1939", "8:46 a.m."; "ngày 6 tháng 7", "11:35 tối"), then as a placeholder, like a sum of
đồng (mt/amounts.py).

Only unambiguous forms are taken. "17 giờ" is also 17 hours and "24h" 24 hours, so an hour without minutes needs a
part of the day ("7 giờ sáng") or "lúc" (at) before it; "4 tháng" is four months, so a day and month need "ngày" before
them, a capitalised month word ("16 tháng Chín") or a year; "5/6" needs "ngày" or a year; "May" and "March" need a day
or a year after them.

    >>> [m.replacement for m in matches("Ngày 30/4/1975, lúc 11h30 trưa.", "vi", "en")]
    ['on April 30, 1975', '11:30 a.m.']
    >>> [m.replacement for m in matches("It began at 7:15 pm on 4th July 1776.", "en", "vi")]
    ['lúc 7:15 tối', 'vào ngày 4 tháng 7 năm 1776']
"""
from __future__ import annotations

import re

from .glossary import HINT, Match, merge
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS, en_ordinal
from .text import EN_DAYS, EN_MONTHS, VI_DAYS, keyed

VI_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                  "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_VI_WORD = "|".join(sorted(VI_MONTH_WORDS, key=len, reverse=True))
# a month word is not "năm" (year) before the year's digits: "ngày 5 tháng 5 năm 2021"
_VI_MONTH = rf"(?:(?P<m>\d{{1,2}})|(?P<w>(?i:{_VI_WORD}))(?!\w|\s+\d))"
# "vào" (on, in) goes with the date: the model writes "in" before a date that starts with the month ("in June 28")
_VAO = r"(?:(?P<vao{n}>[Vv]ào)\s+)?"
_VI_DATE = lazy("|".join([
    # "ngày 6 tháng 7", "16 tháng Chín", "15 tháng 8 năm 1940"
    rf"(?<![\w/.,]){_VAO.format(n=1)}(?P<ngay>[Nn]gày\s+)?(?P<d>\d{{1,2}})\s+tháng\s+{_VI_MONTH}"
    rf"(?:,?\s+năm\s+(?P<y>\d{{3,4}}))?(?![\w/])",
    # "ngày 2/9", "30/4/1975"
    rf"(?<![\w/.,]){_VAO.format(n=2)}(?P<ngay2>[Nn]gày\s+)?(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{4}}))?"
    rf"(?![\w/]|[.,]\d)",
    # "30-4-1975", "30.4.1975"
    rf"(?<![\w/.,]){_VAO.format(n=3)}(?P<d3>\d{{1,2}})(?P<sep>[-.])(?P<m3>\d{{1,2}})(?P=sep)(?P<y3>\d{{4}})"
    rf"(?![\w/]|[.,]\d)",
    # "tháng 3 năm 2017", "tháng 7/2020"
    rf"(?<!\w){_VAO.format(n=4)}[Tt]háng\s+(?P<m4>\d{{1,2}})(?:/|,?\s+năm\s+)(?P<y4>\d{{4}})(?![\w/]|[.,]\d)",
]))
_PARTS = "sáng|trưa|chiều|tối|đêm|khuya"
# an hour said in words before "giờ" ("lúc bảy giờ tối": v6 "at seven hours")
# the numbers 1 to 12 in words, an hour's (mt/people.py reads a grade at school with them too)
VI_HOURS = {w: i for i, w in enumerate(VI_NUMBER_WORDS) if i} | {"mười một": 11, "mười hai": 12}
_VI_HOUR_WORD = rf"(?P<hw>(?i:{'|'.join(sorted(VI_HOURS, key=len, reverse=True))}))(?=\s+giờ)"


def _vi_minute_words() -> dict[str, int]:
    """Minutes said in words, as a clock is read: "mười lăm" 15, "hai mươi mốt" 21, "bốn mươi tư" and "bốn lăm" 45
    (under ten only before "phút": see _VI_TIME)."""
    words = {}
    for n in range(1, 60):
        tens, unit = divmod(n, 10)
        if not tens:
            words[VI_NUMBER_WORDS[n]] = n
            continue
        ten = "mười" if tens == 1 else f"{VI_NUMBER_WORDS[tens]} mươi"
        units = {0: [""], 1: ["một" if tens == 1 else "mốt"], 4: ["bốn"] + ["tư"] * (tens > 1), 5: ["lăm"]}
        for said in units.get(unit, [VI_NUMBER_WORDS[unit]]):
            words[f"{ten} {said}".strip()] = n
        if unit == 5 and tens > 1:
            words[f"{VI_NUMBER_WORDS[tens]} lăm"] = n  # "bốn lăm", 45
    return words


_VI_MINUTES = _vi_minute_words()
_VI_MINUTE_WORDS = "|".join(sorted(_VI_MINUTES, key=len, reverse=True))
# minutes in words after the hour ("lúc bảy giờ mười lăm", 7:15; v6 "at each other 15"), and "kém" (to): "tám giờ kém
# mười lăm" is 7:45 (v6: "eight o'clock 15"), "9 giờ kém 20" 8:40
_VI_TIME = lazy(
    rf"(?<![\w/.,:])(?<!:\s)(?<!giờ\s)(?:(?P<h>\d{{1,2}})|{_VI_HOUR_WORD})"
    rf"(?:(?P<letter>h)(?P<min>\d{{2}})?|:(?P<min3>\d{{2}})"
    rf"|\s+(?P<half2>rưỡi)"  # "lúc 7 rưỡi": the hour's "giờ" left out
    rf"|\s*giờ(?:\s*(?P<min2>\d{{1,2}})(?:\s*phút)?|\s+(?P<half>rưỡi)"
    rf"|\s+kém\s+(?:(?P<to>\d{{1,2}})|(?P<tow>{_VI_MINUTE_WORDS}))(?:\s+phút)?"
    rf"|\s+(?P<minw>{_VI_MINUTE_WORDS})(?P<phut>\s+phút)?)?)"
    rf"(?:(?P<part>\s+(?:{_PARTS}))(?:\s+(?P<rel>nay|mai|qua))?)?"  # "7 giờ tối nay": 7 p.m. tonight
    # "lúc sáu giờ mỗi sáng" (v6: "at 6:00 per morning"), 6 a.m. every day
    rf"(?:\s+(?:mỗi|hằng|hàng)\s+(?P<every>{_PARTS}|ngày))?(?![\w:])")
_AT = lazy(r"(?<!\w)[Ll]úc\s+$")
# ... and a time with minutes after "Bây giờ là" (it is now): "Bây giờ là ba giờ rưỡi." (v6: "It's three hours now.")
_NOW_IS = lazy(r"(?<!\w)[Bb]ây\s+giờ\s+là\s+$")
# an hour before a day is a time of it: "17h ngày 15/12" (v6: "17h December 15"), "8h hôm nay", "9 giờ thứ Hai"
# (not "Mất 24h, ngày mai xong": it takes 24 hours; "17 giờ ngày 3" may be hours on day 3)
_DAY_AFTER = lazy(r"\s+(?:[Nn]gày\s+\d{1,2}(?:/|\s+tháng)|hôm\s+nay|ngày\s+mai|mai\b"
                  r"|thứ\s+(?:[2-7]|Hai|Ba|Tư|Năm|Sáu|Bảy)\b|[Cc]hủ\s+nhật)")
# a part of a day near today, which v6 drops or gets wrong: "Tối nay bạn có rảnh không?" → "Are you free today?",
# "Sáng mai tôi đi làm sớm." → "I went to work early." (not "sáng qua", "chiều qua": "ánh sáng qua cửa sổ" is light
# through the window, "chiều qua dòng" a dimension across a line)
_NEAR = {("sáng", "nay"): "this morning", ("chiều", "nay"): "this afternoon", ("tối", "nay"): "tonight",
         ("đêm", "nay"): "tonight", ("sáng", "mai"): "tomorrow morning", ("chiều", "mai"): "tomorrow afternoon",
         ("tối", "mai"): "tomorrow evening", ("đêm", "mai"): "tomorrow night", ("tối", "qua"): "last night",
         ("đêm", "qua"): "last night"}
# "vào" (on) goes with it ("Cô ấy qua đời vào chiều hôm qua." → "She died on the yesterday afternoon."), and "hôm"
# or "ngày hôm" before "qua" makes "sáng" and "chiều" yesterday's ("sáng hôm qua", yesterday morning)
_VI_NEAR = lazy(r"(?<!\w)(?<!ánh )(?:[Vv]ào\s+)?(?:[Bb]uổi\s+)?(?P<part>[Ss]áng|[Cc]hiều|[Tt]ối|[Đđ]êm)\s+"
                r"(?P<hom>(?:ngày\s+)?hôm\s+)?(?P<rel>nay|mai|qua)(?!\w)")
_YESTERDAYS = {"sáng": "yesterday morning", "chiều": "yesterday afternoon"}
# what is said of a day that opens a sentence, as its subject: "Tối nay là đêm giao thừa", "Ngày kia có phải thứ Sáu
# không?"
_SAID_OF = lazy(r"\s+(?:là|thật|rất|quá|có\s+phải|không\s+phải)(?!\w)")
# a day near today, which v6 drops or gets wrong: of 40 made-up sentences with "hôm qua" it wrote "yesterday" in 23
# ("Hôm qua chúng tôi ăn phở." → "Today we ate pho."), of 40 with "ngày mai" "tomorrow" in 35 ("Ngày mai trời rất
# nóng." → "The maid was hot."), and with "hôm kia", "ngày kia" in none ("Hôm kia anh ấy không đi làm." → "He didn't
# go to work today."); "Mai" opening a sentence before who (v6: "Mai tôi phải dậy sớm." → "I have to wake up
# early.", "Mai chúng ta đi Huế." → "We were going to go Hue."; not a name: "Mai Anh"); not "một ngày kia" (one
# day), "ngày này qua ngày kia" (day after day). "hôm nay" is left to v6, right in all 40. Shown "Yesterday," it
# writes the verb in the present now and then ("Yesterday, they go Da Lat."; mended in mt/tense.py), as it did
# alone ("Today she calls me.").
# the first word of who may follow a day that opens a sentence ("Mai tôi …", "2 ngày trước họ …"; "mai" before "đi"
# too: "Mai đi cà phê không?")
_WHO_FIRST = "tôi|mình|chúng|bọn|tụi|anh|chị|em|bạn|họ|nó|cô|chú|ông|bà|con|cháu|bố|mẹ|trời"
# days, weeks, months and years near today in Vietnamese, in English, by the way they lie from today ("today": done or
# ahead, as the verb says); a rule takes those its shapes say with `near_days` and asks their way of NEAR_WAY
# (mt/yard_work.py, house_sitting.py, road_trips.py); the first Vietnamese of each English is the one written back
NEAR_DAYS = {
    "behind": {"hôm qua": "yesterday", "sáng hôm qua": "yesterday morning", "sáng qua": "yesterday morning",
               "chiều hôm qua": "yesterday afternoon", "chiều qua": "yesterday afternoon", "tối qua": "last night",
               "tối hôm qua": "last night", "đêm qua": "last night", "hôm kia": "the day before yesterday",
               "tuần trước": "last week", "cuối tuần trước": "last weekend", "cuối tuần rồi": "last weekend",
               "tháng trước": "last month", "năm ngoái": "last year", "năm trước": "last year"},
    "today": {"hôm nay": "today", "sáng nay": "this morning", "chiều nay": "this afternoon", "tối nay": "tonight",
              "đêm nay": "tonight", "cuối tuần này": "this weekend", "tuần này": "this week", "tháng này": "this month",
              "năm nay": "this year"},
    "ahead": {"ngày mai": "tomorrow", "sáng mai": "tomorrow morning", "chiều mai": "tomorrow afternoon",
              "tối mai": "tomorrow evening", "ngày kia": "the day after tomorrow", "ngày mốt": "the day after tomorrow",
              "tuần sau": "next week", "tuần tới": "next week", "cuối tuần sau": "next weekend",
              "cuối tuần tới": "next weekend", "tháng sau": "next month", "tháng tới": "next month",
              "năm sau": "next year", "năm tới": "next year"}}
NEAR_WAY = {vi: way for way, days in NEAR_DAYS.items() for vi in days}
_NEAR_EN = {vi: en for days in NEAR_DAYS.values() for vi, en in days.items()}


def near_days(*said: str) -> dict[str, str]:
    """The English of each of these near days, in their order (NEAR_DAYS): a rule's choice of them.

    >>> near_days("hôm qua", "tuần sau")
    {'hôm qua': 'yesterday', 'tuần sau': 'next week'}
    """
    return {vi: _NEAR_EN[vi] for vi in said}


_DAYS_NEAR = near_days("hôm qua", "ngày mai", "hôm kia", "ngày kia", "ngày mốt")
_VI_DAY_NEAR = lazy(r"(?<!\w)(?<![Mm]ột )(?<!qua )(?:[Vv]ào\s+)?(?:[Nn]gày\s+)?(?P<day>[Hh]ôm\s+(?:qua|kia)"
                    rf"|[Nn]gày\s+(?:mai|kia|mốt)|^[Mm]ai(?=\s+(?:{_WHO_FIRST}|đi)(?!\w)))(?!\w)")
# the week, month or year before this one, said alone (mt/comparisons.py, mt/origins.py and mt/workdays.py read them;
# `matches` only where one opens a sentence)
LAST = near_days("tuần trước", "tháng trước", "năm ngoái", "năm trước")
# weeks, months and years near this one that mt.free_time.when leaves ("tháng sau", "năm ngoái"), for the rules that
# say when a day off, a wedding or a move is (mt/workdays.py, weddings.py, moving.py)
NEAR_SPANS = near_days("tuần tới", "tháng sau", "tháng tới", "năm nay", "năm sau", "năm tới") | LAST
# a whole part of a day or a week, for how long something lasted (mt/outages.py, waiting.py)
WHOLE_SPANS = {"cả ngày": "all day", "cả buổi sáng": "all morning", "cả sáng": "all morning",
               "cả buổi chiều": "all afternoon", "cả buổi tối": "all evening", "cả đêm": "all night",
               "cả tuần": "all week"}
WHOLE_SPANS_EN = {en: vi for vi, en in reversed(WHOLE_SPANS.items())}
# a day, week … behind today in Vietnamese, for the rules that put a sentence about it in the past (mt.terms,
# mt.weather)
VI_DAYS_BEHIND = (r"hôm\s+qua|tối\s+qua|đêm\s+qua|sáng\s+qua|chiều\s+qua|hôm\s+kia|tuần\s+trước|tháng\s+trước|"
                  r"năm\s+ngoái")
# the week, month or year near this one, opening a sentence (v6: "Năm ngoái tôi làm việc ở Sài Gòn." → "I worked in my
# Saigon.", the year lost); only there, where "năm trước" is not "five years ago" ("5 năm trước") nor "the year
# before"
_PERIODS = {"tuần": "week", "tháng": "month", "năm": "year"}
_PERIOD_REL = {"trước": "last", "rồi": "last", "ngoái": "last", "sau": "next", "tới": "next", "này": "this",
               "nay": "this"}
_VI_PERIOD_NEAR = lazy(r"^(?:[Vv]ào\s+)?(?P<p>[Tt]uần|[Tt]háng|[Nn]ăm)\s+(?P<rel>trước|rồi|ngoái|sau|tới|này|nay)"
                       r"(?=\s+\w)")
# the weekend near today (v6: "Cuối tuần này bạn rảnh không?" → "Will this week be free?")
_WEEKENDS = {"này": "this weekend", "sau": "next weekend", "tới": "next weekend", "trước": "last weekend",
             "rồi": "last weekend"}
_VI_WEEKEND = lazy(rf"(?<!\w)[Cc]uối\s+tuần\s+(?P<rel>{'|'.join(_WEEKENDS)})(?!\w)")
# a time from now, opening a sentence: "10 phút nữa em gọi lại" (v6: "10 minutes she called back"); not after a
# verb, where it is more of it ("ở thêm 2 ngày nữa", two more days)
_SPANS = {"phút": "minute", "tiếng": "hour", "giờ": "hour", "ngày": "day", "tuần": "week", "tháng": "month",
          "năm": "year"}
_FEW = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
        "vài": 0, "một vài": 0}
# ("Năm phút nữa thôi!" is just five more minutes)
SPAN = rf"(?P<n>\d{{1,3}}|(?i:{'|'.join(_FEW)}))\s+(?P<u>{'|'.join(_SPANS)})"
_VI_LATER = lazy(rf"^{SPAN}\s+nữa(?:(?P<only>\s+thôi)(?=[.!…]*$)|(?= ))")
# a little while from now, opening a sentence: "Later," (v6: "Lát nữa tôi gọi lại cho bạn." → "Again, I call you
# back.", "Chút nữa tôi sẽ đến." → "He'll come.")
_VI_SOON = lazy(r"^(?:[Mm]ột\s+)?(?:[Ll]át|[Tt]í|[Cc]hút|[Cc]hốc)\s+nữa(?= )")
# ... and anywhere after "trong" (v6: "Xe buýt sẽ đến trong 10 phút nữa." → "The bus will reach for another 10
# minutes.", 27 of 30 such made-up sentences wrong), unless after a verb of staying or lasting ("ở lại trong 2 ngày
# nữa" is for two more days); a span ago, ending a clause (v6: "Họ chuyển đến Hà Nội 2 tháng trước." → "... last
# February"; not "2 ngày trước khi", before an event, "trước đó", before that, nor a time: "lúc 10 giờ")
_VI_WITHIN = lazy(rf"(?<!\w)[Tt]rong\s+{SPAN}\s+nữa(?!\w)")
# verbs of waiting, staying or lasting, after which "trong … nữa" is for that much more and "đến" is "until"
_LASTING_VERBS = r"(?i:đợi|chờ|ở|ở lại|làm|làm việc|mở cửa|kéo dài|ngủ|học|thức|nghỉ|sống|mất)"
_LASTING = lazy(rf"(?<!\w){_LASTING_VERBS}\s+$")
_VI_AGO = lazy(rf"(?<![\w.,])(?<![Ll]úc ){SPAN}\s+trước(?:\s+đây)?(?=\s*(?:[.,;!?…]|$))")
# ... and opening a sentence before who (v6: "2 ngày trước họ đi làm." → "2 days before they go to work."); not
# before anything else ("2 ngày trước kỳ thi", two days before the exam)
_VI_AGO_OPENING = lazy(rf"^{SPAN}\s+trước(?:\s+đây)?(?=,?\s+(?:{_WHO_FIRST})(?!\w))")
# how long something has gone on, "được" and a span ending a clause, "rồi" or "nay" after it at most (v6: "Anh ấy
# làm ở đây được hai năm rồi." → "He works here two years ago.", "Tôi ở Việt Nam được hai tuần rồi." → "I was two
# weeks ago."); the verb before it is mended by mt.tense.so_far
VI_SO_FAR = lazy(rf"(?<!\w)(?:đã\s+)?được\s+{SPAN}(?:\s+(?:rồi|nay))?(?=\s*(?:[.,;!?…]|$))")
# every day, week … opening a sentence (v6: "Hằng ngày tôi đi làm bằng xe máy." → "One day I walked by motorbike.",
# "Hàng ngày …" → "I went on everyday …")
_VI_DAILY = lazy(r"^(?:[Hh]ằng|[Hh]àng)\s+(?P<p>ngày|tuần|tháng|năm)(?= )")
# after a time: "10 giờ sáng nay" is 10 a.m. this morning, "9 giờ sáng mai" 9 a.m. tomorrow
_TODAY = {**{part: said for (part, rel), said in _NEAR.items() if rel == "nay"}, "trưa": "today", "khuya": "tonight"}
_REL = {"mai": "tomorrow", "qua": "yesterday"}
# "từ 8h đến 17h" (from 8:00 to 17:00; v6: "from 8h to 17h"): an hour alone is a time at either end of a range
_HOURS = r"(?:h|\s?giờ)(?:\d{2}|\s?\d{1,2}\s?phút)?"  # after the hour's digits
_CLOCK = rf"\d{{1,2}}{_HOURS}"
_TO = r"\s*(?:đến|tới|-|–)\s*"
_RANGE_START = lazy(rf"{_TO}(?P<end>\d{{1,2}}){_HOURS}(?:\s+(?P<part>{_PARTS}))?(?!\w)")
_FROM = lazy(r"(?<!\w)[Tt]ừ\s+$")  # "từ" (from) just before
_RANGE_END = lazy(rf"(?<!\w)[Tt]ừ\s+{_CLOCK}{_TO}$")
_DM = r"(?:ngày\s+)?(?P<d>\d{1,2})/\d{1,2}"
_TO_DATE = lazy(rf"{_TO}{_DM}(?![\w/]|[.,]\d)")
_DATE_TO = lazy(rf"(?<!\w)[Tt]ừ\s+{_DM}{_TO}$")
# days of one month, the month said once: "ngày 8 đến ngày 14 tháng 2", "ngày 8-14/2" (v6: "from August 8 to February
# 14"); and a day of every month: "ngày 15 hàng tháng" (v6: "15 months")
_VI_DAYS = lazy(rf"(?<![\w/.,]){_VAO.format(n='')}[Nn]gày\s+(?P<d>\d{{1,2}})(?P<to>{_TO})(?:ngày\s+)?"
                rf"(?P<e>\d{{1,2}})(?:\s+tháng\s+{_VI_MONTH}(?:,?\s+năm\s+(?P<y>\d{{4}}))?"
                rf"|/(?P<m2>\d{{1,2}})(?:/(?P<y2>\d{{4}}))?)(?![\w/]|[.,]\d)")
# "until" before a time or day, after a verb of waiting, staying or lasting, or in "cho đến" (v6: "Đợi đến 5 giờ
# chiều nhé." → "Wait for 5 p.m."); not in a range ("từ 8h đến 17h"), nor after a subject ("Anh ấy đến 5 giờ
# chiều", he comes at 5 p.m.)
_UNTIL = lazy(rf"(?<!\w)(?:{_LASTING_VERBS}\s+|(?P<cho>[Cc]ho)\s+)(?P<to>đến|tới)\s+(?:lúc\s+)?$")
_VI_MONTHLY = lazy(r"(?<![\w/.,])(?:(?P<vao>[Vv]ào)\s+)?[Nn]gày\s+(?P<d>\d{1,2})\s+(?:hàng|mỗi|hằng)\s+"
                   r"tháng(?!\w)")

# an abbreviation's dot that ends the sentence stays with the sentence: "... available on 1 Jan."
_EN_MONTH = (r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
             r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.(?!\s*$))?)")
# "on" and "in" go with the date, "at" with the time: the model writes "Trên" (on top of) before a Vietnamese date
_ON = r"(?:(?P<on{n}>[Oo]n|[Ii]n)\s+)?"
_ORD = r"(?:st|nd|rd|th)?"
_EN_DATE = lazy("|".join([
    # "4th July 1776", "the 13th of May", "5 September 2021"
    rf"(?<![\w.,]){_ON.format(n=1)}(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_EN_MONTH}"
    rf"(?:,?\s+(?P<y>\d{{4}}))?(?!\w)",
    # "July 4, 1776", "Dec. 21", "June 18th"; not "August 2011"
    rf"(?<!\w){_ON.format(n=2)}{_EN_MONTH.replace('mon>', 'mon2>')}\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}"
    rf"(?![\w,.]?\d)(?:,?\s+(?P<y2>\d{{4}}))?(?!\w)",
    # "August 2011"
    rf"(?<!\w){_ON.format(n=3)}{_EN_MONTH.replace('mon>', 'mon3>')}\s+(?P<y3>\d{{4}})(?!\w)",
]))
_EN_DAY_NUM = r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
_EN_TO = r"(?:\s*[-–]\s*|\s+(?:to|through|thru)\s+)"  # between the ends of a range
# "February 8 to 14", "8-14 February" (v6: "từ ngày 8 tháng 2 đến 14")
_EN_DAYS = lazy(rf"(?<![\w.,])(?:(?P<on>[Oo]n)\s+)?"
                rf"(?:{_EN_MONTH}\s+(?P<d>{_EN_DAY_NUM}){_EN_TO}(?P<e>{_EN_DAY_NUM})"
                rf"|(?P<d2>\d{{1,2}}){_ORD}{_EN_TO}(?P<e2>\d{{1,2}}){_ORD}"
                rf"\s+{_EN_MONTH.replace('mon>', 'mon2>')})(?:,?\s+(?P<y>\d{{4}}))?(?![\w-])")
# "the 15th of each month"
_EN_MONTHLY = lazy(r"(?<![\w.,])(?:(?P<on>[Oo]n)\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\s+of\s+"
                   r"(?:each|every)\s+month(?!\w)")
# "am"/"pm" ("AM", "P.M.") with or without dots; a dot that ends the sentence stays with it
# "at", "by" (a deadline: v6 wrote "bởi 5 giờ chiều") and "until" go with the time
_EN_BEFORE_TIME = {"at": "lúc", "by": "trước", "until": "đến", "till": "đến"}
_EN_TIME = lazy(r"(?<![\w.,:])(?:(?P<at>(?i:at|by|until|till))\s+)?(?P<h>\d{1,2})(?::(?P<min>\d{2}))?"
                r"(?:\s?(?P<ap>[ap]|[AP](?=\.?M))\.?[mM](?:\.(?!\s*$))?|\s?o['’]clock"
                # a clock without "am" or "pm" only after "at", "by" or "until": "at 7:30" (not a score, "3:1")
                r"|(?(at)(?<=\d:\d\d)(?!:\d|[.,]\d)|(?!)))(?!\w)")


# Days of the week: Vietnamese writes the day's word with a capital (VI_DAYS: "thứ Hai"; "thứ hai" is also
# "second"), and "Thế chiến thứ Hai" is the Second World War
# "vào"/"hôm" (on) and a part of the day go with it: "chiều thứ Tư" is "Wednesday afternoon"
_VI_DAY = lazy(r"(?<![Cc]hiến )(?<![Gg]iới )(?<!\w)(?:(?P<on>[Vv]ào(?:\s+hôm)?|[Hh]ôm|(?P<by>[Tt]rước))\s+)?"
                     # (not the part of the day of a time before it: "9h sáng thứ Hai")
                     r"(?:(?<!giờ )(?<!phút )(?<!\d )(?<!\dh )(?<!\d\d )(?P<part>[Ss]áng|[Cc]hiều|[Tt]ối|[Đđ]êm)\s+)?"
                     r"(?:[Tt]hứ\s+(?:(?P<day>Hai|Ba|Tư|Năm|Sáu|Bảy)|(?P<digit>[2-7])(?![.,:/]?\d))"
                     # "T2" ... "T7" and "CN", or typed "t2", "cn"
                     r"|(?P<sunday>[Cc]hủ\s+[Nn]hật)|[Tt](?P<short>[2-7])|(?P<cn>CN|cn))(?!\w)")
# (and after the part of the day of a time: "9h sáng thứ 2")
_TODAY_IS = lazy(r"(?<!\w)(?:(?:[Hh]ôm nay|[Nn]gày mai|[Mm]ai|[Hh]ôm qua|[Hh]ôm kia|[Nn]gày kia) là|sáng|trưa|"
                 r"chiều|tối|đêm) $")
# ... or in a range of days ("từ thứ 2 đến thứ 6", "T2-T6") or before "này" (this), "tới" (next) or "tuần sau" (next
# week), where "thứ 2" opens the sentence or a clause ("tuần thứ 4 này" is this fourth week); "T2" and "CN" anywhere
# so, and in a list of days too ("T3, T5 và T7"; "thứ 2 và thứ 3" may be ranks)
_DAY_WORD = r"(?:[Tt]hứ\s+(?:[2-7]|Hai|Ba|Tư|Năm|Sáu|Bảy)|[Tt][2-7]|CN|cn|[Cc]hủ\s+[Nn]hật)"
_OPENS = r"(?:^|[,.;:!?(]\s*|(?<!\w)[Tt]ừ\s+)"  # before the day: a sentence's or a clause's start, or "từ" (from)
_LIST = r"(?:\s*[,/]\s*|\s+(?:và|hoặc|hay)\s+)"
_NEXT = r"\s+(?:này|tới|tuần\s+(?:này|sau|tới|trước))(?!\w)"
_OPENED = lazy(rf"{_OPENS}$")
_THEN = {"digit": lazy(rf"{_TO}{_DAY_WORD}(?!\w)|{_NEXT}"),
         "short": lazy(rf"(?:{_TO}|{_LIST}){_DAY_WORD}(?!\w)|{_NEXT}")}
_AFTER_DAY = {"digit": lazy(rf"{_OPENS}{_DAY_WORD}{_TO}$"),
              "short": lazy(rf"{_DAY_WORD}(?:{_TO}|{_LIST})$")}
_BY_THEN = lazy(r"\s*(?:[,.!?;…]|$|nhé\b|nha\b|này\b|tuần\b)")
_DAY_PARTS = {"sáng": " morning", "chiều": " afternoon", "tối": " evening", "đêm": " night"}
# "on Monday morning" is "vào sáng thứ Hai" (v6, shown "vào thứ Hai morning": "vào thứ Hai sáng")
# "by Friday" is "trước thứ Sáu" (v6: "bằng thứ Sáu"), "until Friday" "đến thứ Sáu"
_EN_DAY = lazy(rf"(?<!\w)(?:(?P<on>(?i:on|by|until|till))\s+)?(?:(?P<rel>(?i:this|next|last))\s+)?"
               rf"(?P<day>{'|'.join(EN_DAYS)})s?"
               rf"(?:\s+(?P<part>{'|'.join(w.strip() for w in _DAY_PARTS.values())}))?(?!\w)")
_EN_PARTS = {said.strip(): part for part, said in _DAY_PARTS.items()}
# a range of weekdays: "Monday through Friday" (v6: "thứ Hai thông qua thứ Sáu"), "from Monday to Friday"
_EN_DAY_RANGE = lazy(rf"(?<!\w)(?:[Ff]rom\s+)?(?P<a>{'|'.join(EN_DAYS)}){_EN_TO}(?P<b>{'|'.join(EN_DAYS)})(?!\w)")
_EN_BEFORE_DAY = {**_EN_BEFORE_TIME, "on": "vào"}
# the weekend (v6: "Are you free this weekend?" → "… vào tuần này", this week)
# and weekdays (v6: "closes at 9 pm on weekdays" → "… vào tuần")
_EN_WEEKENDS = {"this": "cuối tuần này", "next": "cuối tuần sau", "last": "cuối tuần trước", "": "vào cuối tuần",
                "on weekdays": "vào các ngày trong tuần", "weekdays": "các ngày trong tuần"}
_EN_WEEKEND = lazy(r"(?<!\w)(?:(?:(?P<rel>(?i:this|next|last))|(?i:on|at|over)(?:\s+the)?)\s+weekends?"
                   r"|(?P<weekdays>(?:(?i:on)\s+)?weekdays))(?!\w)")
# "noon" and "midnight", which v6 kept in English ("lúc noon"); not "noon-day"
_EN_NOON = lazy(r"(?<![\w.,:])(?:(?P<at>(?i:at|by|until|till))\s+)?(?P<w>noon|midnight)(?![\w-])")
_NOON = {"noon": "trưa", "midnight": "nửa đêm"}
# a part of a day near today, as Vietnamese says it (v6: "I'm free this afternoon." → "Tôi sẽ tự do buổi chiều.",
# "Let's go out tomorrow evening." → "Hãy đi ra buổi tối mai.", "Where were you last night?" → "Bạn cuối đêm ở
# đâu?"): (the part of the day, the day); and after a time, which gives the part ("at 8 pm tonight": v6 "lúc 8 giờ
# tối đêm nay", "at 9 am tomorrow": v6 dropped the day)
_EN_NEAR = {"today": (None, "nay"), "tomorrow": (None, "mai"), "yesterday": (None, "hôm qua"),
            "tonight": ("tối", "nay"), "this morning": ("sáng", "nay"), "this afternoon": ("chiều", "nay"),
            "this evening": ("tối", "nay"), "tomorrow morning": ("sáng", "mai"), "tomorrow afternoon": ("chiều", "mai"),
            "tomorrow evening": ("tối", "mai"), "tomorrow night": ("tối", "mai"),
            "yesterday morning": ("sáng", "hôm qua"), "yesterday afternoon": ("chiều", "hôm qua"),
            "yesterday evening": ("tối", "hôm qua"), "last night": ("tối", "qua"),
            "the day before yesterday": (None, "hôm kia"), "the day after tomorrow": (None, "ngày kia")}
# "at 9 o'clock tomorrow"
_DAY_ALONE = {"nay": "hôm nay", "mai": "ngày mai", "hôm qua": "hôm qua", "hôm kia": "hôm kia", "ngày kia": "ngày kia"}
# (not "this morning's paper")
_NEAR_SAID = "|".join(w.replace(" ", r"\s+") for w in sorted(_EN_NEAR, key=len, reverse=True))
_EN_NEAR_WORDS = lazy(rf"(?<!\w)(?i:{_NEAR_SAID})(?![\w'’-])")
_EN_AFTER_TIME = lazy(rf"\s+{_EN_NEAR_WORDS.pattern}")
# an hour alone after "at", before a part of a day near today: "at six tomorrow morning" → "lúc 6 giờ sáng mai"
# (v6: "lúc 6 sáng mai"; "at 6 this morning" alone: "lúc 6 giờ sáng"), with the hours each part has
_HOUR_WORDS = "|".join(EN_NUMBER_WORDS[1:13])
# ... or every day ("at six every morning" → "lúc 6 giờ sáng mỗi ngày"; v6 dropped "every morning")
_EVERY = {"every morning": ("sáng", "mỗi ngày"), "every afternoon": ("chiều", "mỗi ngày"),
          "every evening": ("tối", "mỗi ngày"), "every night": ("tối", "mỗi ngày")}
_AT_NEAR = _EN_NEAR | _EVERY
_AT_NEAR_SAID = "|".join(w.replace(" ", r"\s+") for w in sorted(_AT_NEAR, key=len, reverse=True))
_EN_AT_NEAR = lazy(rf"(?<![\w.,:])(?P<at>at)\s+(?P<h>\d{{1,2}}|{_HOUR_WORDS})(?::(?P<min>\d{{2}}))?"
                   rf"(?=\s+(?P<near>{_AT_NEAR_SAID})(?![\w'’-]))", re.IGNORECASE)
_PART_HOURS = {"sáng": range(1, 12), "chiều": range(1, 7), "tối": range(6, 13)}
# a clock read in words (v6: "It's a quarter to eight." → "Đó là một quý đến tám.", "at half past twelve" → "ở nửa
# mươi ba phút"), as Vietnamese reads it: "8 giờ kém 15", "12 giờ rưỡi"; minutes in numbers ("ten to five") only after
# "at", "by", "until" or "It's", where they are not a range ("from ten to five") nor a count ("five to ten people")
_EN_MINUTES = {"quarter": 15, "a quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
               "twenty five": 25}
_EN_CLOCK_PARTS = {"in the morning": "sáng", "in the afternoon": "chiều", "in the evening": "tối", "at night": "tối"}
_EN_CLOCK_PART = "|".join(w.replace(" ", r"\s+") for w in _EN_CLOCK_PARTS)
_EN_CLOCK = lazy(
    r"(?<![\w.,:])(?:(?P<at>(?i:at|by|until|till))\s+|(?P<its>(?i:it's|it\s+is|it’s))\s+)?"
    r"(?P<m>(?i:a\s+quarter|quarter|half|twenty[- ]five|twenty|ten|five|\d{1,2}(?=\s+minutes))(?:\s+minutes)?)"
    rf"\s+(?P<dir>past|to|after)\s+(?P<h>\d{{1,2}}|(?i:{_HOUR_WORDS}))(?:\s+o['’]clock)?"
    rf"(?:\s+(?P<part>{_EN_CLOCK_PART}))?(?P<now>\s+now)?(?![\w'’-])")

# "today" as a day of someone's doings, in a short sentence: a person or "it" with "will", "going to" or a verb in
# the past. In the training data's news and Tatoeba, 6 such "today"s were "hôm nay", none "ngày nay", 2 left out;
# of the rest, 99 were "hôm nay" and 47 "ngày nay" ("the form that we use today").
_PAST = ("went ate came got saw met made took bought gave left felt had was were did didn't wasn't weren't said told "
         "found thought heard ran wrote read slept woke spent paid sent brought drove flew sat stood won lost").split()
_TODAY_DONE = lazy(rf"(?<!\w)(?i:I|we|you|he|she|they|it|my\s+\w+|our\s+\w+)\s+(?i:will|won't|'ll|am\s+going\s+to"
                   rf"|are\s+going\s+to|is\s+going\s+to|{'|'.join(_PAST)}|\w+ed)(?!\w)"
                   rf"|(?<!\w)(?i:I|we|you|he|she|they|it)(?:'ll|'m\s+going\s+to|'re\s+going\s+to)(?!\w)")
# a span ago (v6: "I arrived here 4 days ago." → "Tôi đến đây 4 ngày.", "9 months ago" → "9 tháng tuổi", nine months
# old; 6 of 30 made-up such sentences wrong), said "cách đây" as v6 and the training data mostly say it (60 against 30);
# not after a word that says about how long ("less than a month ago" became "Chưa đầy cách đây một tháng")
_EN_SPANS = {"minute": "phút", "hour": "tiếng", "day": "ngày", "week": "tuần", "month": "tháng", "year": "năm"}
_EN_AGO = lazy(rf"(?<![\w.,])(?P<n>\d{{1,3}}|(?i:an?|a\s+few|{'|'.join(EN_NUMBER_WORDS[2:13])}))\s+"
               rf"(?P<u>(?i:{'|'.join(_EN_SPANS)}))s?\s+ago(?!\w)")
_ABOUT = lazy(r"(?<!\w)(?i:than|about|almost|nearly|over|around|just|only)\s+$")
# (not in a question with "where", whose "ở đâu" v6 then drops: "Where were you last night?" → "Bạn tối qua?")
_WHERE = lazy(r"(?<!\w)[Ww]here(?!\w)")
# (nor with a capital inside a sentence, where it is part of a name: "Hotel Tonight", an app)
_INSIDE = lazy(r"[\w,;:]\s+$")
# who does something on a day ahead that opens the sentence, with no word for when after who ("sẽ", "đã", "đang" …
# or a modal): shown "Tomorrow,", v6 wrote the verb in the past or the present ("Ngày mai anh ấy đi làm." →
# "Tomorrow, he went to work.", "Mai bố mẹ tôi về quê." → "… came home", "Ngày mai tôi bận." → "… I am busy"); given
# "sẽ" (will) after who, which Vietnamese may say or leave out, it writes "will" ("he'll go to work", "I'll be
# busy"). Not after a day behind: given "đã", v6 wrote "had gone", "we've gone through the market".
AHEAD = lazy(r"tomorrow|next |in |the day after|later|this weekend")
_WHO_WORDS = (r"tôi|mình|tớ|chúng\s+(?:tôi|ta|mình)|bọn\s+mình|tụi\s+mình|(?:các\s+)?bạn|họ|nó|trời|"
              r"(?:anh|cô|ông|bà|chị|em)(?:\s+ấy)?|(?:bố\s+mẹ|bố|mẹ|ba|má|vợ|chồng|con|anh|chị|em|ông|bà)"
              r"(?:\s+(?:trai|gái))?\s+(?:tôi|mình|bạn|anh\s+ấy|cô\s+ấy)")
_WHO = lazy(rf",?\s+(?:{_WHO_WORDS})"
            r"(?=\s+(?!(?:sẽ|đã|đang|vừa|mới|sắp|định|muốn|cần|có|là|cũng|vẫn|còn|lại|hay|thường|luôn|chưa|hãy|"
            r"đừng|nên|ấy|ơi)(?!\w))[^\W\d_])", re.IGNORECASE)
# ... and the weather asked after ("Ngày mai trời có mưa không?": v6 wrote "Tomorrow, is it rain?", given "sẽ"
# "Tomorrow, will it rain?"; not other questions with "có": "Tomorrow, you're free?")
_WEATHER_ASKED = lazy(r",?\s+trời(?=\s+có\s+\S.*\skhông\s*\?)", re.IGNORECASE)
# "hay" after who opens the sentence, before a verb, is how often ("Tôi hay chơi bóng đá."; v6 read it as "or": "I or
# play the football.", "Mẹ tôi hay nấu phở." → "My mother or cook pho."; given "thường", "I usually play …"); who may
# follow a day or a part of one ("Chủ nhật tôi hay đi mua sắm." → "Sunday I or go to shopping.")
_WHEN_OPENING = (r"(?:(?:[Vv]ào\s+)?(?:[Cc]hủ\s+nhật|[Cc]uối\s+tuần|[Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|(?:[Bb]uổi\s+)?"
                 r"(?:[Ss]áng|[Cc]hiều|[Tt]ối)),?\s+)?")
OFTEN = lazy(rf"^{_WHEN_OPENING}(?i:{_WHO_WORDS})\s+(?P<hay>hay)"
             r"(?=\s+(?:đi|ăn|uống|chơi|đọc|xem|nghe|làm|nấu|về|gọi|ngủ|"
             r"dậy|học|quên|đến|tới|mua|chạy|tập|bơi|dùng|nói|viết|hát|mặc|ngồi|thức|ghé|gặp|thăm|nhắn|lái|"
             r"ra|vào|lên|nghĩ|cười|khóc|giúp|mang|bị|dọn|rửa|giặt|tắm|sửa|trồng|đánh|chụp|kể|hỏi|ghi)(?!\w))")
# any weekend, opening the sentence before who or ending a clause (v6: "Chúng tôi chơi quần vợt vào cuối tuần." → "…
# at the end of week.", "Cuối tuần bạn thường làm gì?" → "What about the end of the week you usually do?"); "cả cuối
# tuần" all weekend, "mỗi cuối tuần" every weekend; not "cuối tuần đầu tiên", "tham quan cuối tuần được …"
_ALL_WEEKEND = {"cả": "all weekend", "mỗi": "every weekend"}
_VI_ANY_WEEKEND = lazy(rf"^(?P<opening>(?:[Vv]ào\s+)?[Cc]uối\s+tuần)(?=,?\s+(?i:{_WHO_WORDS})(?!\w))|"
                       r"(?:(?<!\w)[Vv]ào\s+|(?<!\w)(?P<all>cả|mỗi)\s+|(?<!\w)(?<!các )(?<!những ))[Cc]uối\s+tuần"
                       r"(?=\s*(?:[,.!?…;]|$))")


def whole(said: str, src: str, tgt: str) -> str | None:
    """The translation of `said` where it is one date, day or time that `matches` reads whole ("vào thứ Hai" → "on
    Monday", "on Mondays" → "vào thứ Hai"); None for anything else. The rules that write a sentence whole
    (mt/birthdays.py, mt/timetables.py) read their dates and days with it."""
    found = matches(said, src, tgt)
    return found[0].replacement if len(found) == 1 and (found[0].start, found[0].end) == (0, len(said)) else None


def day(said: str, src: str, tgt: str) -> str | None:
    """A day said where nothing else could stand (after "rảnh", free; "hẹn", an appointment), read by `whole` with the
    day of the week in small letters too ("vào thứ bảy", "Thứ bảy" opening a sentence; elsewhere also "on the
    seventh": VI_DAYS); None for anything else."""
    if src == "vi":
        said = re.sub(r"(?<!\w)([Tt]hứ\s+)(hai|ba|tư|năm|sáu|bảy)(?!\w)", lambda m: m[1] + m[2].capitalize(), said)
    return whole(said, src, tgt)


def day_of_month(said: str, src: str, tgt: str) -> str | None:
    """A day of the month said alone: "ngày 5" → "the 5th", "the 21st" → "ngày 21" (the ordinal as English writes
    it: "the 5st" is None); None for anything else. For mt/days_asked.py ("Ngày mai là ngày 5.")."""
    if src == "vi":
        m = re.fullmatch(r"(?i:ngày)\s+(\d{1,2})", said.strip())
        return f"the {en_ordinal(int(m[1]))}" if m and 1 <= int(m[1]) <= 31 else None
    m = re.fullmatch(r"the\s+(\d{1,2})(st|nd|rd|th)", said.strip())
    return f"ngày {int(m[1])}" if m and 1 <= int(m[1]) <= 31 and en_ordinal(int(m[1])) == m[1] + m[2] else None


# an hour alone, which only a sentence about a time of day (`clock`) reads as one
_HOURS_EN = {str(n): n for n in range(1, 13)} | {w: n for n, w in enumerate(EN_NUMBER_WORDS[1:13], 1)}


_AM_PM_DOT = lazy(r"(?i:\d\s*[ap]\.m\.)\s*$")


def clock(said: str, src: str, tgt: str) -> str | None:
    """A time said after "lúc" or "at" that `matches` reads whole ("5 giờ chiều" → "5 p.m.", "5 pm" → "lúc 5 giờ
    chiều"), or an hour alone after "at" ("at 11", "at six": "11 giờ", "6 giờ"; v6 "She goes to bed at 11." →
    "… lúc 11 tuổi", at the age of 11), in `tgt`; None for anything else. mt/timetables.py and mt/routines.py read
    their times with it."""
    if src == "en" and (hour := _HOURS_EN.get(said.strip().lower())):
        return f"{hour} giờ"
    if src == "en" and _AM_PM_DOT.search(said):
        said = said.rstrip()[:-1]  # ("3 p.m." ending a sentence: `matches` leaves its last dot to the sentence)
    at = "lúc " if src == "vi" else "at "
    found = matches(at + said, src, tgt)
    if len(found) != 1 or found[0].end != len(at + said) or found[0].start not in (0, len(at)):
        return None
    return found[0].replacement.removeprefix("lúc ")  # (an English "at" is read with the time)


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The dates, days and times of day in `text` (written in `src`), each with its `tgt` form; none for other
    pairs."""
    if (src, tgt) == ("vi", "en"):
        days = [_vi_days(m) for m in _VI_DAYS.finditer(text)] + [_vi_monthly(m) for m in _VI_MONTHLY.finditer(text)]
        found = [_vi_date(m, text) for m in _VI_DATE.finditer(text)]
        found += [_vi_time(m, text) for m in _VI_TIME.finditer(text)]
        found += [_vi_weekday(m, text) for m in _VI_DAY.finditer(text) if _a_day(m, text)]
        found = [_until(f, text) for f in found]
        found += [_vi_near(m, text, said) for m in _VI_NEAR.finditer(text) if (said := _part_near(m))]
        found += [_vi_near(m, text, _WEEKENDS[m.group("rel")]) for m in _VI_WEEKEND.finditer(text)]
        found += [_vi_near(m, text, "at the weekend") if m["opening"] else
                  Match(*m.span(), _ALL_WEEKEND.get(m["all"], "at the weekend"), "date")
                  for m in _VI_ANY_WEEKEND.finditer(text)]
        found += [_vi_near(m, text, _later(m), day=False) for m in _VI_LATER.finditer(text)]
        found += [_vi_near(m, text, "later", day=False) for m in _VI_SOON.finditer(text)]
        found += [Match(*m.span("hay"), "thường", HINT) for m in OFTEN.finditer(text)]
        found += [_vi_near(m, text, f"every {({'ngày': 'day'} | _PERIODS)[m['p']]}")
                  for m in _VI_DAILY.finditer(text)]
        found += [_vi_near(m, text, _later(m), day=False) for m in _VI_WITHIN.finditer(text)
                  if not _LASTING.search(text[: m.start()])]
        found += [Match(*m.span(), f"{span(m)} ago", "date") for m in _VI_AGO.finditer(text)]
        found += [Match(*m.span(), f"for {span(m)}", "date") for m in VI_SO_FAR.finditer(text)]
        found += [_vi_near(m, text, f"{span(m)} ago", day=False) for m in _VI_AGO_OPENING.finditer(text)]
        found += [_vi_near(m, text, _DAYS_NEAR.get(keyed(m.group("day")), "tomorrow"))  # "Mai tôi …"
                  for m in _VI_DAY_NEAR.finditer(text)]
        found += [_vi_near(m, text, said) for m in _VI_PERIOD_NEAR.finditer(text) if (said := _period(m))]
        found += _will(text, found)
    elif (src, tgt) == ("en", "vi"):
        days = [_en_days(m) for m in _EN_DAYS.finditer(text)]
        days += [Match(*m.span(), f"từ {VI_DAYS[EN_DAYS.index(m.group('a'))]} đến "
                       f"{VI_DAYS[EN_DAYS.index(m.group('b'))]}", "date") for m in _EN_DAY_RANGE.finditer(text)]
        days += [Match(*m.span(), "vào " * bool(m.group("on")) + f"ngày {int(m.group('d'))} hàng tháng", "date")
                 for m in _EN_MONTHLY.finditer(text) if 1 <= int(m.group("d")) <= 31]
        found = [_en_date(m) for m in _EN_DATE.finditer(text)]
        found += [_en_time(m, text) for m in _EN_TIME.finditer(text)]
        found += [_en_clock(m) for m in _EN_CLOCK.finditer(text)]
        found += [_en_at_near(m) for m in _EN_AT_NEAR.finditer(text)]
        found += [_en_near(m, text) for m in _EN_NEAR_WORDS.finditer(text)
                  if not _WHERE.search(text) and not (m.group()[0].isupper() and _INSIDE.search(text[: m.start()]))]
        found += [_en_weekday(m) for m in _EN_DAY.finditer(text)]
        found += [_en_weekend(m) for m in _EN_WEEKEND.finditer(text)]
        found += [_en_noon(m) for m in _EN_NOON.finditer(text)]
        found += [_en_ago(m) for m in _EN_AGO.finditer(text) if not _ABOUT.search(text[: m.start()])]
    else:
        return []
    # a range or a day of every month wins over the single date inside it, which may start earlier ("on May 3")
    return merge([m for m in days if m is not None], [m for m in found if m is not None])


def _will(text: str, found: list[Match | None]) -> list[Match]:
    """"sẽ" after who, where a day ahead opens the sentence and no word for when follows who (_WHO), as a HINT."""
    first = next((m for m in found if m and m.start == 0), None)
    if first is None or not AHEAD.match(first.replacement.lower()):
        return []
    who = _WHO.match(text, first.end) or _WEATHER_ASKED.match(text, first.end)
    return [Match(who.end(), who.end(), " sẽ", HINT)] if who else []


def _a_day(m: re.Match, text: str) -> bool:
    """Whether "thứ 2" is Monday, not "second" ("lần thứ 2", "vị trí thứ 5", "tuần thứ 4"), and "T2" or "CN" Monday or
    Sunday: with "vào"/"hôm" (on) or a part of the day before it, after "hôm nay là" (today is), in a range or list
    of days, or before "này", "tới" or "tuần sau". v6 wrote "Hôm nay là thứ 2." as "It's something 2.", and "từ T2
    đến T6" as "from T2 to T6"."""
    if m.group("by") and m.group("digit"):  # "đứng trước thứ 2 trong lớp" is before the second
        return bool(_BY_THEN.match(text, m.end()))
    if m.group("day") or m.group("sunday") or m.group("on") or m.group("part"):
        return True
    before, kind = text[: m.start()], "digit" if m.group("digit") else "short"
    if _TODAY_IS.search(before) or _FROM.search(before) or _AFTER_DAY[kind].search(before):
        return True
    return bool((kind == "short" or _OPENED.search(before)) and _THEN[kind].match(text, m.end()))


# the week of a weekday, after it (v6: "Hạn chót là thứ Sáu tuần này." → "The deadline is Friday.", "Thứ Sáu tuần này
# tôi bận." → "Friday this week I am busy.", "vào thứ Hai tuần sau" → "on Monday the next week")
_DAYS_WEEK = lazy(r"\s+tuần\s+(?P<rel>này|sau|tới|trước)(?!\w)")


def _vi_weekday(m: re.Match, text: str) -> Match:
    """"thứ Hai" → "Monday", "vào thứ 2" → "on Monday", "trước thứ 6" → "before Friday", "thứ Sáu tuần này" → "this
    Friday" (_DAYS_WEEK, "on" left out)."""
    week = _DAYS_WEEK.match(text, m.end()) if not m.group("part") else None
    if m.group("sunday") or m.group("cn"):
        day = 6
    elif m.group("digit") or m.group("short"):  # "thứ 2", "T2" is Monday
        day = int(m.group("digit") or m.group("short")) - 2
    else:
        day = [w.split()[1] for w in VI_DAYS[:6]].index(m.group("day"))
    part = _DAY_PARTS[m.group("part").lower()] if m.group("part") else ""
    on = ("before " if m.group("by") else "on ") if m.group("on") else ""  # "trước thứ 6": v6 dropped "trước"
    if week:
        on = "before " if m.group("by") else ""
        return Match(m.start(), week.end(), f"{on}{_PERIOD_REL[week.group('rel')]} {EN_DAYS[day]}", "date")
    return Match(*m.span(), on + EN_DAYS[day] + part, "date")


# ... and its week before it (v6: "next Monday" → "kế tiếp thứ Hai", "last Tuesday" → "thứ Ba cuối cùng", "this
# Saturday" → "này thứ Bảy")
_EN_WEEK_REL = {"this": " tuần này", "next": " tuần sau", "last": " tuần trước"}


def _en_weekday(m: re.Match) -> Match:
    """"on Monday" → "vào thứ Hai", "Monday morning" → "sáng thứ Hai", "next Monday" → "thứ Hai tuần sau"."""
    part = _EN_PARTS[m.group("part")] + " " if m.group("part") else ""
    on = _EN_BEFORE_DAY[m.group("on").lower()] + " " if m.group("on") else ""
    week = _EN_WEEK_REL[m.group("rel").lower()] if m.group("rel") else ""
    return Match(*m.span(), on + part + VI_DAYS[EN_DAYS.index(m.group("day"))] + week, "date")


def _en_weekend(m: re.Match) -> Match:
    """"this weekend" → "cuối tuần này", "on weekends" → "vào cuối tuần", "on weekdays" → "vào các ngày trong tuần"."""
    said = keyed(m.group("rel") or m.group("weekdays") or "")
    return Match(*m.span(), _EN_WEEKENDS[said], "date")


def _en_noon(m: re.Match) -> Match:
    """"until noon" → "đến trưa", "at noon" → "lúc 12 giờ trưa", "at midnight" → "lúc nửa đêm"."""
    at = m.group("at").lower() if m.group("at") else ""
    said = "12 giờ trưa" if at == "at" and m.group("w") == "noon" else _NOON[m.group("w")]
    return Match(*m.span(), (_EN_BEFORE_TIME[at] + " " if at else "") + said, "date")


def _vi_date(m: re.Match, text: str) -> Match | None:
    g = m.groupdict()
    # "vào ngày 6 tháng 7" is "on July 6", and so is "Ngày 11/5, ..." opening a sentence
    on = any(g[f"vao{n}"] for n in range(1, 5)) or (m.start() == 0 and text.startswith(",", m.end()))
    if g["d"]:  # "ngày 6 tháng 7", "16 tháng Chín", "15 tháng 8 năm 1940"
        month = int(g["m"]) if g["m"] else VI_MONTH_WORDS[g["w"].lower()]
        sure = g["ngay"] or g["y"] or (g["w"] and g["w"][0].isupper())
        day, year = g["d"], g["y"]
    elif g["d2"]:  # "ngày 2/9", "30/4/1975", "từ 20/12 đến 23/12"
        day, month, year = g["d2"], int(g["m2"]), g["y2"]
        sure = g["ngay2"] or g["y2"] or _a_date_range(m, text)
    elif g["d3"]:  # "30-4-1975", "30.4.1975"
        day, month, year, sure = g["d3"], int(g["m3"]), g["y3"], True
    else:  # "tháng 3 năm 2017", "tháng 7/2020"
        month, year = int(g["m4"]), g["y4"]
        return Match(*m.span(), "in " * on + f"{EN_MONTHS[month - 1]} {year}", "date") if 1 <= month <= 12 else None
    if not (sure and 1 <= int(day) <= 31 and 1 <= month <= 12):
        return None
    return Match(*m.span(), "on " * on + f"{EN_MONTHS[month - 1]} {int(day)}" + (f", {year}" if year else ""), "date")


def _vi_days(m: re.Match) -> Match | None:
    """"ngày 8 đến ngày 14 tháng 2" → "February 8 to 14", "ngày 8-14/2" → "February 8–14"."""
    g = m.groupdict()
    first, last = int(g["d"]), int(g["e"])
    month = int(g["m"] or g["m2"]) if g["m"] or g["m2"] else VI_MONTH_WORDS[g["w"].lower()]
    if not (1 <= first < last <= 31 and 1 <= month <= 12):
        return None
    to = "–" if g["to"].strip() in "-–" else " to "
    year = g["y"] or g["y2"]
    said = f"{EN_MONTHS[month - 1]} {first}{to}{last}" + (f", {year}" if year else "")
    return Match(*m.span(), "from " * bool(g["vao"]) + said, "date")


def _vi_monthly(m: re.Match) -> Match | None:
    """"ngày 15 hàng tháng" → "the 15th of every month"."""
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    return Match(*m.span(), "on " * bool(m.group("vao")) + f"the {en_ordinal(day)} of every month", "date")



def _a_date_range(m: re.Match, text: str) -> bool:
    """Whether "20/12" opens or closes "từ 20/12 đến 23/12" (from ... to) with a day after the 12th at one end: "từ
    1/2 đến 2/3" may be fractions."""
    other = _FROM.search(text[: m.start()]) and _TO_DATE.match(text, m.end()) or _DATE_TO.search(text[: m.start()])
    return bool(other) and max(int(m.group("d2")), int(other.group("d"))) > 12


def _vi_time(m: re.Match, text: str) -> Match | None:
    """"14h30", "11:35 tối", "8 giờ 46 phút sáng", "lúc 7 giờ", "7 giờ rưỡi tối", "lúc bảy giờ tối", "lúc bảy giờ
    mười lăm", "tám giờ kém mười lăm", "lúc sáu giờ mỗi sáng"; not "17 giờ" or "24h" alone."""
    g = m.groupdict()
    if not (clock := _vi_clock(g)):
        return None
    hour, minutes = clock
    part = g["part"].strip() if g["part"] else _shared_part(m, text, hour)
    said_of_a_clock = g["to"] or g["tow"] or (g["letter"] and g["min"])  # ("kém" is said of one only)
    if not (part or said_of_a_clock or _AT.search(text[: m.start()]) or _a_range_end(m, text)
            or _DAY_AFTER.match(text, m.end()) or (minutes and _NOW_IS.search(text[: m.start()]))):
        return None  # ("tập 1 giờ mỗi sáng" is an hour of exercise every morning)
    if g["every"] and g["every"] != "ngày":
        part = part or g["every"]
    minutes = f"{int(minutes):02d}" if minutes else None
    every = " every day" if g["every"] else ""
    if part is None or hour > 12 or hour == 0:  # a 24-hour clock: "14h30", "lúc 7 giờ", "lúc 08:00"
        return Match(*m.span(), f"{g['h'] if g['min3'] else hour}:{minutes or '00'}{every}", "date")
    after_noon = {"sáng": hour == 12, "trưa": hour < 10 or hour == 12, "chiều": True, "tối": hour != 12,
                  "đêm": 6 <= hour <= 11, "khuya": 6 <= hour <= 11}[part]
    rel = _TODAY[part] if g["rel"] == "nay" else _REL.get(g["rel"])
    when = f" {rel}" if rel else every
    if part in ("đêm", "khuya") and hour == 12 and not minutes:
        return Match(*m.span(), "midnight" + when, "date")
    clock = f"{hour}{':' + minutes if minutes else ''} {'p.m.' if after_noon else 'a.m.'}"
    return Match(*m.span(), clock + when, "date")


def _vi_clock(g: dict) -> tuple[int, str | None] | None:
    """The hour and minutes of a match of _VI_TIME, minutes in words and "kém" (to) read; None for no time of a
    clock."""
    hour = int(g["h"]) if g["h"] else VI_HOURS[keyed(g["hw"])]
    minutes = g["min"] or g["min2"] or g["min3"] or ("30" if g["half"] or g["half2"] else None)
    if g["minw"]:
        minutes = str(_VI_MINUTES[keyed(g["minw"])])
        if int(minutes) < 10 and not g["phut"]:  # "lúc 7 giờ năm" may be a year's "năm"
            return None
    if g["to"] or g["tow"]:  # ("1 giờ kém 10" is ten to one, 12:50: v7 "I got up at 1 hour.")
        hour, minutes = hour - 1 or 12, str(60 - (int(g["to"]) if g["to"] else _VI_MINUTES[keyed(g["tow"])]))
    if not 0 <= hour <= 24 or (minutes and int(minutes) > 59):
        return None
    return hour, minutes


def _until(found: Match | None, text: str) -> Match | None:
    """A time or day with "until" where `text` says so just before it: "đợi đến 5 giờ chiều" → "until 5 p.m."."""
    m = _UNTIL.search(text[: found.start]) if found else None
    if not m:
        return found
    return Match(m.start("cho") if m.group("cho") else m.start("to"), found.end, "until " + found.replacement, "date")


def _part_near(m: re.Match) -> str | None:
    """"tối nay" → "tonight", "sáng hôm qua" → "yesterday morning"; None for "sáng qua" (through, _NEAR)."""
    part = m.group("part").lower()
    if m.group("hom") and m.group("rel") == "qua" and part in _YESTERDAYS:
        return _YESTERDAYS[part]
    return _NEAR.get((part, m.group("rel")))


def _vi_near(m: re.Match, text: str, said: str, day: bool = True) -> Match:
    """"tối nay" → "tonight" (`said`); opening the sentence, with the comma English writes there ("Tonight, are you
    free?": without it v6 wrote "Tonight Are you free?"), unless the sentence is about the `day` ("Tối nay là đêm
    giao thừa.", _SAID_OF; a time from now is not: "Vài ngày nữa là Tết." is "In a few days, it's Tet.")."""
    opens = m.start() == 0 and text.startswith(" ", m.end()) and not (day and _SAID_OF.match(text, m.end()))
    return Match(*m.span(), said + "," * opens, "date")


def _period(m: re.Match) -> str | None:
    """"tuần trước" → "last week", "năm nay" → "this year"; None for "ngoái" or "nay" after a week or a month
    ("tháng nay" is these months)."""
    period, rel = _PERIODS[m.group("p").lower()], m.group("rel")
    if rel in ("ngoái", "nay") and period != "year":
        return None
    return f"{_PERIOD_REL[rel]} {period}"


def _later(m: re.Match) -> str:
    """"10 phút nữa" → "in 10 minutes", "một tiếng nữa" → "in an hour", "vài ngày nữa" → "in a few days"."""
    n, unit = _span_of(m)
    if m.groupdict().get("only"):
        return f"just {'one' if n == 1 else _count(m)} more {unit}{'s' * (n != 1)}"
    return f"in {span(m)}"


def _span_of(m: re.Match) -> tuple[int, str]:
    """A span's count (0 for "vài", a few) and English unit."""
    return int(m.group("n")) if m.group("n").isdigit() else _FEW[m.group("n").lower()], _SPANS[m.group("u")]


def _count(m: re.Match) -> str:
    """A span's count as the source says it: "10", "ba" → "three", "vài" → "a few"."""
    n, _ = _span_of(m)
    return str(n) if m.group("n").isdigit() else EN_NUMBER_WORDS[n] if n else "a few"


def span(m: re.Match) -> str:
    """"10 phút" → "10 minutes", "ba ngày" → "three days", "một tiếng" → "an hour", "vài ngày" → "a few days"."""
    n, unit = _span_of(m)
    return f"{'an' if unit == 'hour' else 'a'} {unit}" if n == 1 else f"{_count(m)} {unit}s"


def _a_range_end(m: re.Match, text: str) -> bool:
    """Whether the time opens "từ 8h đến 17h" (from ... to) or closes it."""
    return _range_opened(m, text) is not None or _RANGE_END.search(text[: m.start()]) is not None


def _range_opened(m: re.Match, text: str) -> re.Match | None:
    """The rest of the range that the time opens ("đến 10h sáng" after "từ 8h")."""
    return _RANGE_START.match(text, m.end()) if _FROM.search(text[: m.start()]) else None


def _shared_part(m: re.Match, text: str, hour: int) -> str | None:
    """The part of the day written once for a range: "từ 8h đến 10h sáng" is from 8 to 10 a.m. (but "từ 11h đến 1h
    chiều" is from 11 a.m.)."""
    rest = _range_opened(m, text)
    return rest.group("part") if rest and hour < int(rest.group("end")) else None


def _en_date(m: re.Match) -> Match | None:
    g = m.groupdict()
    name = g["mon"] or g["mon2"] or g["mon3"]
    month = _month_number(name)
    day, year = g["d"] or g["d2"], g["y"] or g["y2"] or g["y3"]
    on = "vào " if g["on1"] or g["on2"] or g["on3"] else ""
    if day is None:
        return Match(*m.span(), f"{on}tháng {month} năm {year}", "date")
    if not 1 <= int(day) <= 31:
        return None
    return Match(*m.span(), f"{on}ngày {int(day)} tháng {month}" + (f" năm {year}" if year else ""), "date")


def _month_number(name: str) -> int:
    """1 for "January", "Jan." or "Jan", and so on."""
    return next(i for i, full in enumerate(EN_MONTHS, 1) if full.startswith(name.rstrip(".")[:3]))


def _en_days(m: re.Match) -> Match | None:
    """"February 8 to 14", "8-14 February" → "ngày 8 đến ngày 14 tháng 2"."""
    g = m.groupdict()
    name = g["mon"] or g["mon2"]
    month = _month_number(name)
    first, last = (int(re.sub(r"\D", "", g[k] or "")) for k in (("d", "e") if g["d"] else ("d2", "e2")))
    if not 1 <= first < last <= 31:
        return None
    year = f" năm {g['y']}" if g["y"] else ""
    return Match(*m.span(), "từ " * bool(g["on"]) + f"ngày {first} đến ngày {last} tháng {month}{year}", "date")


def _en_time(m: re.Match, text: str) -> Match | None:
    """"7:15 pm" → "7:15 tối", "10:00am" → "10 giờ sáng", "9 o'clock" → "9 giờ", "at 8 pm tonight" → "lúc 8 giờ tối
    nay"."""
    hour, minutes, ap = int(m.group("h")), m.group("min"), (m.group("ap") or "").lower() or None
    if (ap and not 1 <= hour <= 12) or hour > 24 or (minutes and int(minutes) > 59):
        return None
    before = _EN_BEFORE_TIME[m.group("at").lower()] + " " if m.group("at") else ""
    clock = before + (f"{hour}:{minutes}" if minutes and minutes != "00" else f"{hour} giờ")
    if ap is None:
        part = None
    elif hour == 12:
        part = "trưa" if ap == "p" else "đêm"
    else:
        part = "sáng" if ap == "a" else ("chiều" if hour < 6 else "tối")
    near = _EN_AFTER_TIME.match(text, m.end())
    said_part, day = _EN_NEAR[keyed(near.group())] if near else (None, None)
    if day and part and said_part and (said_part == "sáng") != (ap == "a"):  # "at 9 pm this morning" is not said
        day = None
    if not day:
        return Match(*m.span(), f"{clock} {part}" if part else clock, "date")
    when = f"{part or said_part} {day}" if part or said_part else _DAY_ALONE[day]
    return Match(m.start(), near.end(), f"{clock} {when}", "date")


def _en_clock(m: re.Match) -> Match | None:
    """"a quarter to eight" → "8 giờ kém 15", "at half past twelve" → "lúc 12 giờ rưỡi", "It's ten past six" → "Bây
    giờ là 6:10" (v6 wrote "It's" as "Nó", it)."""
    said, h = keyed(m["m"]).removesuffix(" minutes").replace("-", " "), m["h"].lower()
    minutes = int(said) if said.isdigit() else _EN_MINUTES[said]
    hour = int(h) if h.isdigit() else EN_NUMBER_WORDS.index(h)
    counted = said not in ("quarter", "a quarter", "half")
    if not (1 <= hour <= 12 and 0 < minutes < 60) or (said == "half" and m["dir"] != "past"):
        return None
    if counted and not (m["at"] or m["its"]):
        return None
    clock = (f"{hour} giờ rưỡi" if said == "half" else f"{hour} giờ kém {minutes}" if m["dir"] == "to"
             else f"{hour}:{minutes:02d}")  # (v6 wrote "6 giờ 10 giờ" after "6 giờ 10")
    part = f" {_EN_CLOCK_PARTS[keyed(m['part'])]}" if m["part"] else ""
    now = "Bây giờ là " if m["its"] and m["its"][0].isupper() else "bây giờ là "  # ("now" after it is said so)
    before = _EN_BEFORE_TIME[m["at"].lower()] + " " if m["at"] else now if m["its"] else ""
    return Match(m.start(), m.end() if m["its"] or not m["now"] else m.start("now"), f"{before}{clock}{part}", "date")


def _en_at_near(m: re.Match) -> Match | None:
    """"at six tomorrow morning" → "lúc 6 giờ sáng mai", "at 11 tonight" → "lúc 11 giờ tối nay", "at six every
    morning" → "lúc 6 giờ sáng mỗi ngày"."""
    h = m.group("h")
    hour = int(h) if h.isdigit() else EN_NUMBER_WORDS.index(h.lower())
    part, day = _AT_NEAR[keyed(m.group("near"))]
    minutes = m.group("min")
    if not part or hour not in _PART_HOURS[part] or (minutes and int(minutes) > 59):
        return None
    clock = f"{hour}:{minutes}" if minutes and minutes != "00" else f"{hour} giờ"
    return Match(m.start(), m.end("near"), f"lúc {clock} {part} {day}", "date")


def _en_ago(m: re.Match) -> Match:
    """"4 days ago" → "cách đây 4 ngày", "two years ago" → "cách đây hai năm", "an hour ago" → "cách đây một tiếng",
    "a few weeks ago" → "cách đây vài tuần"."""
    n = keyed(m.group("n"))
    if n.isdigit() or n in ("a", "an", "a few"):
        said = {"a": "một", "an": "một", "a few": "vài"}.get(n, n)
    else:
        k = EN_NUMBER_WORDS.index(n)
        said = VI_NUMBER_WORDS[k] if k <= 10 else str(k)
    return Match(*m.span(), f"cách đây {said} {_EN_SPANS[m.group('u').lower()]}", "date")


def _en_near(m: re.Match, text: str) -> Match | None:
    """"this afternoon" → "chiều nay", "last night" → "tối qua"; "yesterday" → "hôm qua" and "tomorrow" → "ngày mai",
    which v6 now and then dropped; "today" → "hôm nay" only where it is a day of someone's doings (_TODAY_DONE),
    for "today" is as often "ngày nay" (nowadays), which v6 wrote for it too often ("I went to the market today." →
    "Tôi đã đến thị trường ngày nay.")."""
    said = keyed(m.group())
    part, day = _EN_NEAR[said]
    if part:
        return Match(*m.span(), f"{part} {day}", "date")
    if said == "today" and not (_TODAY_DONE.search(text) and len(text.split()) <= 16):
        return None
    return Match(*m.span(), _DAY_ALONE[day], "date")
