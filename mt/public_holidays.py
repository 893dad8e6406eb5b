"""Vietnam's public holidays, both ways, written whole by rule: National Day (Quốc khánh, 2/9), Reunification Day (30/4,
"ngày Giải phóng miền Nam"), International Labour Day (1/5, Quốc tế Lao động) and the Hung Kings' Commemoration (Giỗ
Tổ Hùng Vương, the 10th day of the third lunar month): which day each is, days off for one, and going home, on a trip
or staying at home over one. v8 (every other rule on) reads "Quốc khánh" as a fair, "Giỗ Tổ" as the Great Depression,
"nghỉ" as a vacation: "Ngày 2 tháng 9 là Quốc khánh." → "September 2 is a fairly fair.", "Giỗ Tổ Hùng Vương là ngày
10 tháng 3 âm lịch." → "The Great Depression is March 10 the calendar.", "Ngày Giỗ Tổ Hùng Vương chúng tôi được
nghỉ." → "The Bungha We was a vacation.", "Dịp 30 tháng 4 chúng tôi được nghỉ bốn ngày." → "In April 30 we were a
four-day break."; "2 September is National Day." → "Ngày 2 tháng 9 là ngày quốc gia.", "We get four days off for 30
April." → "Chúng tôi mất bốn ngày để ngày 30 tháng 4.", "How many days off do you get for National Day?" → "Bạn bao
nhiêu ngày nghỉ ngơi cho ngày Quốc gia?", "Are you going home for Reunification Day?" → "Bạn sẽ về nhà ngày nghỉ
ngơi không?".

Taken: a holiday's date is its name, or its name is on its date (one holiday's both), when or what date a named one
is; today, tomorrow or yesterday is a named one, said or asked ("có phải … không?"); one coming soon ("Sắp đến …
rồi."); who (mt.hobbies.WHO, WHO_EN; "công ty tôi", my company; no pet) gets a holiday off, or days off for it, or
how many asked ("mấy", "bao nhiêu"): said, denied, asked ("có … không?"), "chỉ" (only), this year, last year or "đã"
(got), next year or "sẽ" (will get); who is going home ("về quê"), on a trip, to the beach or staying at home for
one ("này", next year, "sẽ"), or went ("năm ngoái", "vừa rồi", "đã"), said, denied, asked, and where or what asked.
Left: a date alone ("Hôm nay là ngày 2 tháng 9.": mt/days_asked.py; mt/dates.py's dates), a date and a name not one
holiday's, "Giỗ Tổ" without "Hùng Vương" (a craft's founder?), "Labour Day", "May Day", "Liberation Day" (other
countries keep them), "Did …?" of days off or plans without a year, plans with no "này", year or tense ("Dịp 30/4
tôi về quê.": a habit?), "2 tháng 9" bare after "nghỉ" (two months?), a company's plans, "anh", "chị", "em" alone
saying it, "không?" without "có", the weekday one falls on, Tet (mt/tet_holiday.py, mt/holidays.py), days off and
leave without a holiday (mt/days_off.py, mt/leave.py), the Hung Kings' Temple festival (mt/festivals.py), the rest.
mt.phrasebook.translate tries these after mt/lunar_dates.py.

    >>> translate("Ngày 2 tháng 9 là Quốc khánh.", "vi", "en"), translate("We get 30 April off.", "en", "vi")
    ('2 September is National Day.', 'Chúng tôi được nghỉ ngày 30 tháng 4.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here; a name or a date each taken one holds
# (not "tháng 3", "lao động", "may", "april" alone: thousands of sentences it could never take)
_KEYS = {"vi": lazy(r"(?i:quốc\s+khánh|giải\s+phóng\s+miền|ngày\s+thống\s+nhất|quốc\s+tế\s+lao\s+động|giỗ\s+tổ\s+hùng|"
                    r"2/9|30/4|1/5|10/3\s+âm|2\s+tháng\s+9|30\s+tháng\s+4|1\s+tháng\s+5|10\s+tháng\s+3\s+âm)"),
         "en": lazy(r"(?i:national\s+day|reunification\s+day|international\s+(?:labou?r|workers)|hung\s+kings|"
                    r"(?:third|3rd)\s+lunar|2(?:nd)?\s+(?:of\s+)?september|september\s+2|30(?:th)?\s+(?:of\s+)?april|"
                    r"april\s+30|1(?:st)?\s+(?:of\s+)?may|may\s+1)")}
# each holiday: its English name and date, its Vietnamese name and date (the ones written)
_DAYS = {"national": ("National Day", "2 September", "Quốc khánh", "2 tháng 9"),
         "reunification": ("Reunification Day", "30 April", "ngày Giải phóng miền Nam", "30 tháng 4"),
         "labour": ("International Labour Day", "1 May", "ngày Quốc tế Lao động", "1 tháng 5"),
         "hung": ("the Hung Kings' Commemoration", "the 10th day of the third lunar month", "Giỗ Tổ Hùng Vương",
                  "mùng 10 tháng 3 âm lịch"),
         "both": (None, "30 April and 1 May", None, "30 tháng 4 và 1 tháng 5")}  # (the days off of the two together)
_DATES = {"national": (2, 9, "September"), "reunification": (30, 4, "April"), "labour": (1, 5, "May")}
# Vietnamese said (small letters) → (holiday, a date?): names, and dates ("ngày", "dịp", "lễ" read before them)
_NAMED = {"quốc khánh": "national", "quốc khánh 2/9": "national", "giải phóng miền nam": "reunification",
          "giải phóng miền nam 30/4": "reunification", "ngày thống nhất": "reunification",
          "quốc tế lao động": "labour", "quốc tế lao động 1/5": "labour", "giỗ tổ hùng vương": "hung",
          "giỗ tổ hùng vương 10/3": "hung", "giỗ tổ hùng vương mùng 10 tháng 3": "hung"}
_H = {vi: (day, False) for vi, day in _NAMED.items()} | {
    f"{first}{d}{mid}{m}": (day, True) for day, (d, m, _) in _DATES.items() for mid in ("/", " tháng ")
    for first in ("", "mùng ", "mồng ") if d < 11 or not first} | {
    f"{first}10{mid}3 âm lịch": ("hung", True) for mid in ("/", " tháng ") for first in ("", "mùng ", "mồng ")} | {
    f"30{a}4{joint}1{b}5": ("both", True) for a, b in (("/", "/"), (" tháng ", " tháng "))
    for joint in (" - ", "-", " – ", " và ")}
# ... and in English (small letters)
_H_EN = {"national day": ("national", False), "reunification day": ("reunification", False),
         "international labour day": ("labour", False),
         "international labor day": ("labour", False), "international workers' day": ("labour", False),
         "30 april and 1 may": ("both", True), "april 30 and may 1": ("both", True)} | {
    f"{the}hung kings{s} {what}": ("hung", False) for the in ("the ", "") for s in ("'", "")
    for what in ("commemoration", "commemoration day")} | {
    f"the {d} day of the {m} lunar month": ("hung", True) for d in ("10th", "tenth") for m in ("third", "3rd")} | {
    said: (day, True) for day, (d, _, month) in _DATES.items() for nth in (str(d), f"{d}{'st' if d == 1 else 'nd'}"
                                                                           if d < 3 else f"{d}th")
    for said in (f"{nth} {month.lower()}", f"{month.lower()} {nth}", f"the {nth} of {month.lower()}")}
_NEAR = near_days("hôm nay", "ngày mai", "hôm qua", "ngày kia", "ngày mốt", "hôm kia")
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())}
_YEARS = near_days("năm nay", "năm ngoái", "năm trước", "năm sau", "năm tới")
_YEARS_VI = {"this year": "năm nay", "last year": "năm ngoái", "next year": "năm sau"}
_N_VI = {vi_word(n): n for n in range(1, 16)}
_N_EN = {en_word(n): n for n in range(1, 16)} | {"a": 1}
# what someone does over a holiday: English going, went, go (where, what: asked only)
_ACTS = {"về quê": ("going home", "went home", "go home"), "đi đâu": ("going", "go", "go"),
         "ở nhà": ("staying at home", "stayed at home", "stay at home"), "làm gì": ("doing", "do", "do"),
         "đi du lịch": ("going on a trip", "went on a trip", "go on a trip"),
         "đi biển": ("going to the beach", "went to the beach", "go to the beach")}
_WAY = {"đã": "behind", "sẽ": "ahead"}  # (the tense said before a verb)
_ACTS_VI = {said: vi for vi, forms in _ACTS.items() for said in forms if vi not in ("đi đâu", "làm gì")} | {
    "going travelling": "đi du lịch", "going traveling": "đi du lịch", "staying home": "ở nhà"}

_VI_DAY = rf"(?i:{alternatives(_H)})(?![\w/])"
_EN_DAY = rf"(?i:{alternatives(_H_EN)})"


def _day(name: str, before: str = r"(?i:vào\s+)?(?i:dịp\s+lễ|dịp|ngày|lễ)") -> str:
    """A holiday said in Vietnamese, "dịp", "ngày" or "lễ" before it or not, as group `name`."""
    return rf"(?:{before}\s+)?(?P<{name}>{_VI_DAY})"


# who: a company ("công ty tôi") or mt.hobbies' who
_WHO = rf"(?:(?P<co>[Cc]ông\s+ty)\s+(?:của\s+)?(?P<cwhose>(?i:{alternatives(OWNERS)}))|{WHO})"
_WHO_EN = rf"(?:(?P<cwhose>(?i:{WHOSE_WORDS}))\s+company|{WHO_EN})"
_YEAR = rf"(?P<{{}}>(?i:{alternatives(_YEARS)}))"
_COUNT = r"(?:(?P<how{0}>mấy|bao\s+nhiêu)\s+ngày|(?P<n{0}>\d{{1,2}}|(?i:{1}))\s+ngày)"
_N = alternatives(_N_VI)
_IS = lazy(rf"{_day('a', '(?i:ngày|lễ)')}\s+là\s+{_day('b', '(?i:ngày|lễ)')}{SOFTENED_END}")
_WHEN = lazy(rf"{_day('a', '(?i:ngày|lễ)')}\s+là\s+(?P<which>ngày\s+nào|ngày\s+mấy){SOFTENED_END}")
_TODAY = lazy(rf"(?P<near>(?i:{alternatives(_NEAR)}))\s+(?:(?P<ask>có\s+phải)\s+)?là\s+{_day('a', '(?i:ngày|lễ)')}"
              rf"{ASKED_END}")
_COMING = lazy(rf"[Ss]ắp\s+(?:đến\s+|tới\s+)?{_day('a')}\s+rồi\s*(?P<end>[.!]*)")
_OFF = lazy(rf"(?:{_YEAR.format('year')}\s*,?\s+)?(?:{_day('h0')}(?:\s+(?P<year0>này|{_YEAR.format('year1')}))?"
            rf"\s*,?\s+)?{_WHO}\s+(?:(?P<tense>sẽ|đã)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<only>chỉ)\s+)?"
            rf"(?:(?P<not>không)\s+)?được\s+nghỉ(?:\s+{_COUNT.format(1, _N)})?(?:\s+{_day('h1')})?"
            rf"(?:\s+{_COUNT.format(2, _N)})?(?:\s+{_YEAR.format('year2')})?{ASKED_END}")
_DO = lazy(rf"{_day('h')}\s+(?P<when>này|vừa\s+rồi|vừa\s+qua|{_YEAR.format('year')})\s*,?\s+{_WHO}\s+"
           rf"(?:(?P<tense>sẽ|đã)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<act>{alternatives(_ACTS)})"
           rf"{ASKED_END}")

# ... in English
_EN_YEAR = r"(?:\s+(?P<year>this\s+year|last\s+year|next\s+year))?"
_IS_EN = lazy(rf"(?P<a>{_EN_DAY})\s+is\s+(?P<on>on\s+)?(?P<b>{_EN_DAY})\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"(?P<which>When|What\s+date)\s+is\s+(?P<a>{_EN_DAY})\s*\?+")
_TODAY_EN = lazy(rf"(?:(?P<q>Is|Was)\s+(?P<qnear>(?i:{alternatives(_NEAR_VI)}))|(?P<near>(?i:{alternatives(_NEAR_VI)}))"
                 rf"(?P<be>\s+is|\s+was|'s))\s+(?P<a>{_EN_DAY})\s*(?P<end>[.!?]*)")
_COMING_EN = lazy(rf"(?P<a>{_EN_DAY})\s+is\s+(?:coming\s+(?:soon|up)|almost\s+here)\s*(?P<end>[.!]*)")
_OFF_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn|won)'t|"
               r"\s+will(?:\s+not)?|'ll)?(?:\s+(?P<only>only))?\s+(?P<verb>get|gets|got)\s+(?:(?P<n>\d{1,2}|"
               rf"(?i:{alternatives(_N_EN)}))\s+(?P<unit>days?)\s+off\s+for\s+(?P<h>{_EN_DAY})|(?:the\s+day\s+off\s+for"
               rf"\s+)(?P<h2>{_EN_DAY})|(?P<h3>{_EN_DAY})\s+off){_EN_YEAR}\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+many\s+days\s+off\s+(?P<q>do|does|did|will)\s+{_WHO_EN}\s+get\s+for\s+(?P<h>{_EN_DAY})"
               rf"{_EN_YEAR}\s*\?+")
_GOING_EN = lazy(rf"(?:(?P<wh>Where|What)\s+)?(?:(?P<q>Are|Is|Am|are|is|am)\s+)?{_WHO_EN}"
                 r"(?P<be>\s+is|\s+am|\s+are|'s|'m|'re)?(?:\s+(?P<not>not))?\s+(?P<act>going\s+home|going\s+on\s+a\s+"
                 r"trip|going\s+travell?ing|staying\s+(?:at\s+)?home|going\s+to\s+the\s+beach|going|doing)\s+for\s+"
                 rf"(?P<h>{_EN_DAY})(?:\s+(?P<year>next\s+year))?\s*(?P<end>[.!?]*)")
_WENT_EN = lazy(rf"(?:(?P<wh>Where|What)\s+)?(?:(?P<q>Did|did)\s+)?{_WHO_EN}(?:\s+(?P<not>didn't|did\s+not))?\s+"
                r"(?P<act>went\s+home|go\s+home|went\s+on\s+a\s+trip|go\s+on\s+a\s+trip|stayed\s+at\s+home|"
                r"stay\s+at\s+home|went\s+to\s+the\s+beach|go\s+to\s+the\s+beach|go|do)\s+for\s+"
                rf"(?P<h>{_EN_DAY})(?:\s+(?P<year>last\s+year|this\s+year))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a holiday's day, days off for one or plans over one; None for any other."""
    if src == "vi":
        return _is(text) or _today(text) or _off(text) or _do(text)
    text = text.replace("’", "'")
    return _is_vi(text) or _today_vi(text) or _off_vi(text) or _do_vi(text)


def _held(said: str, lang: str) -> tuple[str, bool]:
    """The holiday (a key of _DAYS) of a Vietnamese (`lang` "vi") or English holiday said, and whether it is a date."""
    return (_H if lang == "vi" else _H_EN)[keyed(said)]


def _en(day: str, date: bool, as_: str = "name") -> str:
    """A holiday in English: its name or date ("30 April"); as a day off (`as_` "off": "… Commemoration day")."""
    name, on, *_ = _DAYS[day]
    return on if date else f"{name} day" if as_ == "off" and not name.endswith("Day") else name


def _vi(day: str, date: bool, as_: str = "name") -> str:
    """A holiday in Vietnamese: its name or date ("Quốc khánh", "30 tháng 4"), as a day ("ngày 30 tháng 4", `as_`
    "day") or as an occasion ("dịp Quốc khánh", "dịp")."""
    said = _DAYS[day][3 if date else 2]
    if as_ == "day":
        return said if said.startswith("ngày") else f"ngày {said}"
    return f"dịp {said}" if as_ == "dịp" else said


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s": "my company", or mt.hobbies.who;
    None for a pet (only people get days off), and for "anh", "chị", "em" alone saying it."""
    if m["co"]:
        return f"{OWNERS[keyed(m['cwhose'])]} company", True
    return None if animal(m) else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s"; None for a pet."""
    if m["cwhose"]:
        return f"công ty {WHOSE_VI[m['cwhose'].lower()]}", True
    return None if animal(m) else who_vi(m)


def _is(text: str) -> str | None:
    """"Ngày 2 tháng 9 là Quốc khánh." as "2 September is National Day.", "Quốc khánh là ngày 2 tháng 9." as
    "National Day is on 2 September." (_IS), "Quốc khánh là ngày nào?" as "When is National Day?" (_WHEN), "Sắp
    đến 30/4 rồi." as "30 April is coming soon." (_COMING); None for anything else, and a date not the name's."""
    if m := _WHEN.fullmatch(text):
        day, date = _held(m["a"], "vi")
        if date or "?" not in m["end"]:
            return None
        return f"{'When' if 'nào' in m['which'] else 'What date'} is {_en(day, False)}?"
    if m := _COMING.fullmatch(text):
        day, date = _held(m["a"], "vi")
        return None if day == "both" else capitalised(f"{_en(day, date)} is coming soon{m['end'][:1] or '.'}")
    m = _IS.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    (day, date), (other, date2) = _held(m["a"], "vi"), _held(m["b"], "vi")
    if day != other or date == date2 or day == "both":
        return None
    if date:
        return capitalised(f"{_en(day, True)} is {_en(day, False)}.")
    return capitalised(f"{_en(day, False)} is on {_en(day, True)}.")


def _today(text: str) -> str | None:
    """"Hôm nay là Quốc khánh." as "Today is National Day.", "Hôm qua là ngày Giải phóng miền Nam." as "Yesterday was
    Reunification Day.", "Ngày mai có phải là Quốc khánh không?" as "Is tomorrow National Day?" (_TODAY); None for
    anything else, and a date ("Hôm nay là ngày 2 tháng 9.": mt/days_asked.py's)."""
    m = _TODAY.fullmatch(text)
    if not m or _held(m["a"], "vi")[1] or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    near, name = _NEAR[keyed(m["near"])], _en(_held(m["a"], "vi")[0], False)
    be_ = "was" if NEAR_WAY[keyed(m["near"])] == "behind" else "is"
    return f"{be_.capitalize()} {near} {name}?" if m["asked"] else capitalised(f"{near} {be_} {name}.")


def _bare_month(m: re.Match, name: str) -> bool:
    """Whether the holiday of group `name` is a day and month in words with nothing before it that makes it a date
    ("được nghỉ 2 tháng 9": two months?, not "được nghỉ ngày 2 tháng 9", "dịp 30 tháng 4", "mùng 2 tháng 9")."""
    said = keyed(m[name])
    return " tháng " in said and not said.startswith(("mùng", "mồng")) and \
        not re.search(r"(?i:dịp|ngày|lễ)\s+\Z", m.string[:m.start(name)])


def _off(text: str) -> str | None:
    """"Ngày Giỗ Tổ Hùng Vương chúng tôi được nghỉ." as "We get the Hung Kings' Commemoration day off.", "Dịp 30 tháng
    4 chúng tôi được nghỉ bốn ngày." as "We get four days off for 30 April.", "Bạn được nghỉ Quốc khánh mấy ngày?"
    as "How many days off do you get for National Day?", "Bạn có được nghỉ Quốc khánh không?" as "Do you get
    National Day off?" (_OFF); None for anything else: no holiday or two, two counts or years, "không" counted."""
    m = _OFF.fullmatch(text)
    if not m or bool(m["h0"]) == bool(m["h1"]) or m["h1"] and _bare_month(m, "h1"):
        return None
    years = [y for y in (m["year"], m["year1"], m["year2"], m["year0"] if m["year0"] == "này" else None) if y]
    how, n = m["how1"] or m["how2"], m["n1"] or m["n2"]
    asked = bool(m["ask"])
    if len(years) > 1 or [m["how1"], m["how2"], m["n1"], m["n2"]].count(None) < 3 or asked != bool(m["asked"]) or \
            (asked or bool(how)) != ("?" in m["end"]) or how and asked or m["not"] and (asked or how or n) or \
            m["only"] and not (n and not asked) or (said := _who(m, asked or bool(how))) is None:
        return None
    who_, one = said
    year = "this year" if years and years[0] == "này" else _YEARS[keyed(years[0])] if years else ""
    way = {"last year": "behind", "next year": "ahead"}.get(year) or _WAY.get(m["tense"], "")
    if m["tense"] and way != _WAY[m["tense"]] or asked and way:
        return None  # ("Năm ngoái … sẽ …"; asked of a year: left)
    day, date = _held(m["h0"] or m["h1"], "vi")
    on = f" {year}" if year else ""
    if how:
        aux = {"behind": "did", "ahead": "will"}.get(way) or ("does" if one else "do")
        return f"How many days off {aux} {who_} get for {_en(day, date)}{on}?"
    if n:
        count = int(n) if n.isdigit() else _N_VI[keyed(n)]
        span = ("one day" if m["only"] else "a day") if count == 1 else f"{n if n.isdigit() else en_word(count)} days"
        what = f"{span} off for {_en(day, date)}"
    else:
        what = f"{_en(day, date, 'off')} off"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} get {what}{on}?"
    only = "only " if m["only"] else ""
    if m["not"]:
        verb = {"behind": "didn't", "ahead": "won't"}.get(way) or ("doesn't" if one else "don't")
        return capitalised(f"{who_} {verb} get {what}{on}.")
    verb = {"behind": f"{only}got", "ahead": f"will {only}get"}.get(way) or f"{only}{'gets' if one else 'get'}"
    return capitalised(f"{who_} {verb} {what}{on}.")


def _do(text: str) -> str | None:
    """"Dịp 30/4 này bạn có về quê không?" as "Are you going home for 30 April?", "Dịp Quốc khánh năm ngoái chúng tôi
    đi du lịch." as "We went on a trip for National Day last year.", "Dịp 2/9 này bạn đi đâu?" as "Where are you
    going for 2 September?" (_DO); None for anything else, and with no "này", year or tense to say when."""
    m = _DO.fullmatch(text)
    if not m or m["co"]:
        return None
    when, tense, asked = keyed(m["when"]), m["tense"], bool(m["ask"])
    way = "ahead" if when in ("này", "năm sau", "năm tới") else "behind" if when in ("năm ngoái", "năm trước") or \
        when.startswith("vừa") else _WAY.get(tense, "")
    wh = keyed(m["act"]) in ("đi đâu", "làm gì")
    if not way or tense and way != _WAY[tense] or asked != bool(m["asked"]) or (asked or wh) != ("?" in m["end"]) or \
            wh and (asked or m["not"]) or (said := _who(m, asked or wh)) is None:
        return None
    who_ = said[0]
    going, went, go = _ACTS[keyed(m["act"])]
    year = _YEARS.get(when, "")
    on = f" for {_en(*_held(m['h'], 'vi'))}{' ' + year if year else ''}"
    if way == "ahead":
        be_ = be(who_)
        if wh:
            return f"{'Where' if go == 'go' else 'What'} {be_} {who_} {going}{on}?"
        if asked:
            return f"{be_.capitalize()} {who_} {going}{on}?"
        return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} {going}{on}."))
    if wh:
        return f"{'Where' if go == 'go' else 'What'} did {who_} {go}{on}?"
    if asked:
        return f"Did {who_} {go}{on}?"
    return capitalised(f"{who_} didn't {go}{on}." if m["not"] else f"{who_} {went}{on}.")


def _is_vi(text: str) -> str | None:
    """"2 September is National Day." as "Ngày 2 tháng 9 là Quốc khánh.", "National Day is on 2 September." as
    "Quốc khánh là ngày 2 tháng 9." (_IS_EN), "When is National Day?" as "Quốc khánh là ngày nào?" (_WHEN_EN),
    "National Day is coming soon." as "Sắp đến ngày Quốc khánh rồi." (_COMING_EN); None for anything else, and a
    date not the name's ("National Day is on 9 August.": another country's)."""
    if m := _WHEN_EN.fullmatch(text):
        day, date = _held(m["a"], "en")
        return None if date else capitalised(f"{_vi(day, False)} là ngày {'nào' if m['which'] == 'When' else 'mấy'}?")
    if m := _COMING_EN.fullmatch(text):
        day, date = _held(m["a"], "en")
        return None if day == "both" else f"Sắp đến {_vi(day, date, 'day')} rồi{m['end'][:1] or '.'}"
    m = _IS_EN.fullmatch(text)
    if not m:
        return None
    (day, date), (other, date2) = _held(m["a"], "en"), _held(m["b"], "en")
    if day != other or date == date2 or day == "both" or date and m["on"]:
        return None
    if date:
        return capitalised(f"{_vi(day, True, 'day')} là {_vi(day, False)}.")
    return capitalised(f"{_vi(day, False)} là {_vi(day, True, 'day')}.")


def _today_vi(text: str) -> str | None:
    """"Today is National Day." as "Hôm nay là Quốc khánh.", "Yesterday was Reunification Day." as "Hôm qua là ngày
    Giải phóng miền Nam.", "Is tomorrow National Day?" as "Ngày mai có phải là Quốc khánh không?" (_TODAY_EN); None
    for anything else, a date, and "is" or "was" not the day's ("Yesterday is …")."""
    m = _TODAY_EN.fullmatch(text)
    if not m:
        return None
    day, date = _held(m["a"], "en")
    near = keyed(m["near"] or m["qnear"])
    behind = NEAR_WAY[_NEAR_VI[near]] == "behind"
    be_ = keyed(m["q"] or m["be"]).replace("'s", "is")
    if date or day == "both" or bool(m["q"]) != ("?" in m["end"]) or be_ != ("was" if behind else "is"):
        return None
    if m["q"]:
        return capitalised(f"{_NEAR_VI[near]} có phải là {_vi(day, False)} không?")
    return capitalised(f"{_NEAR_VI[near]} là {_vi(day, False)}.")


# the verbs said of one (he, she, my mother, my company) and of others, and of either
_ONE = {"does", "doesn't", "does not", "gets"}
_OTHER = {"do", "don't", "do not", "get"}


def _agrees(first: str, one: bool) -> bool:
    """Whether the first verb after who in English agrees with who ("she gets", "Do you"; "did", "will" with any)."""
    first = " ".join(first.lower().split())
    return first not in (_OTHER if one else _ONE)


def _off_vi(text: str) -> str | None:
    """"We get four days off for 30 April." as "Dịp 30 tháng 4 chúng tôi được nghỉ bốn ngày.", "We get the Hung
    Kings' Commemoration day off." as "Chúng tôi được nghỉ ngày Giỗ Tổ Hùng Vương.", "Do you get National Day off?"
    as "Bạn có được nghỉ ngày Quốc khánh không?" (_OFF_EN), "How many days off do you get for National Day?" as
    "Dịp Quốc khánh bạn được nghỉ mấy ngày?" (_HOW_EN); None for anything else, where the verb, the count or the
    year does not agree ("She get", "two day", "got … next year"), and "Did …?" without a year."""
    if m := _HOW_EN.fullmatch(text):
        said = _who_vi(m)
        year, q = keyed(m["year"] or ""), m["q"]
        way = {"did": "behind", "will": "ahead"}.get(q, "")
        if said is None or not _agrees(q, said[1]) or year == "last year" and way != "behind" or \
                year == "next year" and way != "ahead":
            return None
        on = f" {_YEARS_VI[year]}" if year else ""
        return f"{capitalised(_vi(*_held(m['h'], 'en'), 'dịp'))}{on} {said[0]} {_tense(way, year)}được nghỉ mấy ngày?"
    m = _OFF_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    aux, q, verb, year = keyed(m["aux"] or "").replace("'ll", "will"), keyed(m["q"] or ""), m["verb"], keyed(
        m["year"] or "")
    way = "behind" if verb == "got" or "did" in aux or q == "did" else "ahead" if "w" in aux else ""
    not_ = "not" in aux or "n't" in aux
    if not _agrees(q or aux or verb, one) or (q or aux) and verb != "get" or q and aux or \
            {"last year": "behind", "next year": "ahead"}.get(year, way) != way or q == "did" and not year or \
            m["only"] and (not_ or q or not m["n"]) or not_ and m["n"]:
        return None
    day, date = _held(m["h"] or m["h2"] or m["h3"], "en")
    if m["h2"] and day == "both":
        return None
    opening = f"{capitalised(_YEARS_VI[year])} " if year and not m["n"] else ""
    tense = "" if q else _tense(way, year)
    has = "có " if q else "không " if not_ else "chỉ " if m["only"] else ""
    asked = " không?" if q else "."
    if m["n"]:
        n, unit = keyed(m["n"]), m["unit"]
        count = int(n) if n.isdigit() else _N_EN[n]
        if (count == 1) != (unit == "day") or n == "a" and m["only"]:
            return None
        on = f" {_YEARS_VI[year]}" if year else ""
        span = n if n.isdigit() else vi_word(count)
        return f"{capitalised(_vi(day, date, 'dịp'))}{on} {who_} {tense}{has}được nghỉ {span} ngày{asked}"
    what = _vi(day, date, "dịp" if day == "both" else "day")
    return capitalised(f"{opening}{who_} {tense}{has}được nghỉ {what}{asked}")


def _tense(way: str, year: str) -> str:
    """"sẽ " or "đã " of `way` ("ahead", "behind") with English `year`; none with "last year", which says it alone."""
    return "sẽ " if way == "ahead" else "đã " if way == "behind" and year != "last year" else ""


def _be_en(m: re.Match) -> str:
    """"am", "are" or "is" after who of a match of _WHO_EN."""
    said = (m["who"] or "").lower()
    return be("I" if said == "i" else said) if said else be(m["kin"].lower()) if m["kin"] else "is"


def _do_vi(text: str) -> str | None:
    """"Are you going home for Reunification Day?" as "Dịp ngày Giải phóng miền Nam này bạn có về quê không?", "Where
    are you going for 30 April?" as "Dịp 30 tháng 4 này bạn đi đâu?" (_GOING_EN), "We went home for National Day
    last year." as "Dịp Quốc khánh năm ngoái chúng tôi về quê." (_WENT_EN); None for anything else, a company, "is"
    not who's, and "Did …?" without a year."""
    if m := _GOING_EN.fullmatch(text):
        said = _who_vi(m)
        act, q, be_ = keyed(m["act"]), keyed(m["q"] or ""), keyed(m["be"] or "").replace("'", "")
        be_ = {"s": "is", "m": "am", "re": "are"}.get(be_, be_)
        wh = act in ("going", "doing")
        if not said or m["cwhose"] or bool(q) == bool(be_) or (q or be_) != _be_en(m) or bool(q) != ("?" in m["end"]) \
                or wh != bool(m["wh"]) or wh and (m["not"] or (act == "going") != (m["wh"] == "Where")) or \
                q and not wh and m["not"]:
            return None
        when, will = ("năm sau", "sẽ ") if m["year"] else ("này", "")
        opening = f"{capitalised(_vi(*_held(m['h'], 'en'), 'dịp'))} {when} {said[0]}"
        if wh:
            return f"{opening} {will}{'đi đâu' if act == 'going' else 'làm gì'}?"
        if q:
            return f"{opening} có {_ACTS_VI[act]} không?"  # ("năm sau" says when: not "sẽ có … không?")
        return f"{opening} {will}{'không ' * bool(m['not'])}{_ACTS_VI[act]}."
    m = _WENT_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or m["cwhose"] or bool(m["q"]) != ("?" in m["end"]):
        return None
    act, year = keyed(m["act"]), keyed(m["year"] or "")
    base, wh = act.split()[0] in ("go", "stay", "do"), act in ("go", "do")
    if base != bool(m["q"] or m["not"]) or wh != bool(m["wh"]) or wh and (act == "go") != (m["wh"] == "Where") or \
            m["q"] and m["not"] or (m["q"] or m["not"]) and not year:
        return None
    when = f" {_YEARS_VI[year]}" if year else ""
    opening = f"{capitalised(_vi(*_held(m['h'], 'en'), 'dịp'))}{when} {said[0]}"
    if m["q"] and not wh:
        return f"{opening} có {_ACTS_VI[act]} không?"
    done = f"{_tense('behind', year)}{'không ' * bool(m['not'])}"
    return f"{opening} {done}{'đi đâu?' if act == 'go' else 'làm gì?' if wh else _ACTS_VI[act] + '.'}"
