"""The Tet holiday and its flowers, both ways, written whole by rule: how many days off someone gets for Tet, peach
blossom (hoa đào), apricot blossom (hoa mai) and kumquat trees (cây quất) bought, the flower each region has for Tet,
and going to the pagoda at the start of the year or on a day of Tet. v8 (with every other rule) reads "nghỉ" as idle,
"đào" as cherry or training, "quất" as a counter, "chùa" as squiring and "mùng một" as blindness: "Năm nay tôi được
nghỉ Tết bảy ngày." → "This year, I had a seven-day holiday.", "Bạn được nghỉ Tết mấy ngày?" → "How many days are you
holiday?", "Nhà tôi mua một cành đào." → "My home bought a cherry tutor.", "Mẹ tôi vừa mua một cây quất." → "My mother
bought a tree counter.", "Bạn đã mua hoa đào chưa?" → "Have you bought training flowers?", "Tôi đi chùa đầu năm." →
"I went to the first year.", "Chúng tôi đi chùa vào mùng một Tết." → "We went on the blindness of a Tet.", "Miền Nam
chơi hoa mai ngày Tết." → "The South play flower tomorrow."; "How many days off do you get for Tet?" → "Bạn có bao
nhiêu ngày tắt vì Tết không?" (switched off), "We always buy a kumquat tree for Tet." → "Chúng ta luôn mua một cây
kumquat vào Tết.", "My father bought two peach blossom branches yesterday." → "Cha tôi mua hai nhánh cây nha khoa hôm
qua." (dental), "We go to the pagoda on the first day of Tet." → "Chúng tôi đi tuần tra …" (on patrol).

Taken: who (mt.hobbies.WHO, WHO_EN, mt.people.PARENTS_WHOSE; "anh", "chị", "em" alone only asking; no pet) gets, got or
will get a number of days or weeks off for Tet ("được nghỉ Tết bảy ngày", "chỉ", only; this year, last year, next year),
how many asked ("mấy", "bao nhiêu"), or none ("không được nghỉ Tết"); who (and "nhà tôi", "gia đình tôi", my family)
bought, has just bought, has already bought, has not bought yet, or always, usually or every year buys a Tet plant of
PLANTS (a branch, a tree or a pot of peach or apricot blossom, a kumquat tree), counted, or as blossom; "… đã mua …
chưa?" (yet) asked; for Tet, and on a day behind; people of a region having peach or apricot blossom for Tet; who goes
to the pagoda ("đi chùa", "đi lễ chùa") at the start of the year, on the first, second or third day of Tet or on New
Year's Eve (PAGODA_DAYS): as a habit (always, usually, every year, not), asked, went ("đã"), will go ("sẽ"). Left: going
home for Tet and Tet spent (mt/holidays.py), Tet's customs (mt/new_year.py), the pagoda on other days, at Tet and on the
first of the lunar month (mt/religion.py: "Mùng một chúng tôi đi lễ chùa."), days off and leave without Tet
(mt/days_off.py, mt/leave.py), flowers in bloom (mt/plants.py: "Hoa đào nở rồi."), a bare "Tôi mua hoa đào." (done, or a
habit?), a plant counted bought "vào dịp Tết" with no habit word (once, or every year?), a plant had ("Nhà tôi có một
cây đào.": grown or displayed?), "có … không?" of buying (did, or do?), a region with no Tet said, "Bạn có được nghỉ Tết
không?" (any at all, or now?), "Did you …?" of the pagoda, "temple", a bare plant bought with "rồi" (how many?),
"nhỉ" on a statement (isn't it?), "chúng ta" or "mình" buying or going to the pagoda with no tense or habit word
(let's?), and anything else.
mt.phrasebook.translate tries these after mt/series.py.

    >>> translate("Nhà tôi mua một cành đào.", "vi", "en"), translate("We get a week off for Tet.", "en", "vi")
    ('My family bought a peach blossom branch.', 'Chúng tôi được nghỉ Tết một tuần.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, often_said, who, who_vi
from .lazy_re import lazy
from .new_year import DAYS
from .numbers import EN_TO_VI, VI_TO_EN
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here ("mai" only after a plant: tomorrow)
_KEYS = {"vi": lazy(r"(?i:tết|đào|hoa\s+mai|cành\s+mai|cây\s+mai|chậu\s+mai|chơi\s+mai|quất|chùa)"),
         "en": lazy(r"(?i:tet\b|blossom|kumquat|peach\s+tree|pagoda)")}
# the plants bought for Tet: English one and many (one only: blossom, not counted); the first Vietnamese is written back
PLANTS = {"cành đào": ("peach blossom branch", "peach blossom branches"),
          "cành hoa đào": ("peach blossom branch", "peach blossom branches"), "cây đào": ("peach tree", "peach trees"),
          "hoa đào": ("peach blossom", ""), "cành mai": ("apricot blossom branch", "apricot blossom branches"),
          "cây mai": ("apricot blossom tree", "apricot blossom trees"),
          "chậu mai": ("pot of apricot blossom", "pots of apricot blossom"), "hoa mai": ("apricot blossom", ""),
          "cây quất": ("kumquat tree", "kumquat trees"), "chậu quất": ("potted kumquat tree", "potted kumquat trees")}
PLANTS_VI = {en: vi for vi, ens in reversed(PLANTS.items()) for en in ens if en} | {
    "peach blossoms": "hoa đào", "apricot blossoms": "hoa mai"}
# the days of Tet one goes to the pagoda on (mt.new_year.DAYS's, and the start of the year; "vào" read before them)
PAGODA_DAYS = {vi: DAYS[vi][0] for vi in ("mùng một tết", "đêm giao thừa", "tối giao thừa")} | {
    "mồng một tết": "on the first day of Tet", "mùng hai tết": "on the second day of Tet",
    "mồng hai tết": "on the second day of Tet", "mùng ba tết": "on the third day of Tet",
    "mồng ba tết": "on the third day of Tet", "đầu năm": "at the start of the year",
    "đầu năm mới": "at the start of the new year", "ngày đầu năm": "on the first day of the year"}
PAGODA_DAYS_VI = {en.lower(): ("" if vi.startswith("đầu") else "vào ") + vi.replace("tết", "Tết")
                  for vi, en in reversed(PAGODA_DAYS.items())} | {
    "at the beginning of the year": "đầu năm", "at the beginning of the new year": "đầu năm mới"}
# the years of days off, and of a plant bought (mt.dates.NEAR_DAYS's), with Tet's own ("Tết này": this year)
_YEARS = near_days("năm ngoái", "năm trước", "năm nay", "năm sau", "năm tới") | {
    "tết này": "this year", "tết năm nay": "this year", "tết năm ngoái": "last year", "tết năm sau": "next year"}
_YEARS_VI = {"this year": "Năm nay", "last year": "Năm ngoái", "next year": "Năm sau"}
_BOUGHT_ON = near_days("hôm qua", "hôm kia", "tuần trước", "năm ngoái", "năm trước")
_BOUGHT_ON_VI = {en: vi for vi, en in reversed(_BOUGHT_ON.items())}
_FOR_TET = {"để chơi tết": "once", "để đón tết": "once", "chơi tết": "once", "cho tết": "once",
            "vào dịp tết": "habit", "dịp tết": "habit", "vào ngày tết": "habit", "ngày tết": "habit"}
_REGIONS = {"bắc": "the North", "nam": "the South", "trung": "central Vietnam"}  # ("the Centre" is not said)
_N_VI = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_N_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"

# who, parents, and a family ("Nhà tôi mua một cành đào.", "My family bought …")
_WHO = (rf"(?:(?P<fam>[Nn]hà|[Gg]ia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{PARENTS_WHOSE}|"
        rf"{WHO})")
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{PARENTS_WHOSE_EN}|{WHO_EN})"
# days off for Tet ("Năm nay tôi được nghỉ Tết bảy ngày.", "Bạn được nghỉ Tết mấy ngày?", "Tôi không được nghỉ Tết.")
_OFF = lazy(rf"(?:(?P<year>(?i:{alternatives(_YEARS)}))\s*,?\s+)?{_WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<only>chỉ)\s+)?"
            r"(?:(?P<not>không)\s+)?được\s+nghỉ(?P<tet>\s+[Tt]ết)?(?:\s+(?:(?P<how>mấy|bao\s+nhiêu)\s+ngày|"
            rf"{_N_VI}\s+(?P<unit>ngày|tuần)))?{SOFTENED_END}")
# a plant bought ("Nhà tôi mua một cành đào.", "Bạn đã mua hoa đào chưa?", "Năm nào nhà tôi cũng mua một cây quất.")
_BUY = lazy(rf"(?:(?P<every>(?i:năm\s+nào|tết\s+nào))\s+|(?P<day>(?i:{alternatives(_BOUGHT_ON)}))\s*,?\s+)?{_WHO}"
            r"\s+(?:(?P<also>cũng)\s+)?(?:(?P<tense>đã|vừa\s+mới|vừa|mới|chưa)\s+)?(?:(?P<often>luôn|thường)\s+)?"
            rf"mua\s+(?:{_N_VI}\s+)?(?P<plant>{alternatives(PLANTS)})(?:\s+(?P<for>(?i:{alternatives(_FOR_TET)})))?"
            r"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?" + SOFTENED_END)
# the flower a region has for Tet ("Miền Nam chơi hoa mai ngày Tết.")
_REGION = lazy(r"(?:[Nn]gười\s+)?[Mm]iền\s+(?P<region>Bắc|Nam|Trung)\s+(?:(?P<often>thường)\s+)?(?:chơi|chưng|trưng)"
               r"\s+(?:hoa\s+)?(?P<flower>đào|mai)\s+(?:vào\s+)?(?:dịp|ngày)\s+Tết" + SOFTENED_END)
# the pagoda ("Tôi đi chùa đầu năm.", "Đêm giao thừa chúng tôi đi chùa.", "Năm nào bà tôi cũng đi chùa đầu năm.")
_DAY = rf"(?:[Vv]ào\s+)?(?i:{alternatives(PAGODA_DAYS)})(?!\w)"
_PAGODA = lazy(rf"(?:(?P<every>(?i:năm\s+nào))\s+|(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+(?:(?P<also>cũng)\s+)?"
               r"(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<often>luôn|thường)\s+)?(?:(?P<not>không)\s+)?"
               rf"đi\s+(?:lễ\s+)?chùa(?:\s+(?P<day>{_DAY}))?{ASKED_END}")

# ... in English
_YEAR_EN = r"(?:\s+(?P<year>this\s+year|last\s+year|next\s+year))?"
_OFF_EN = lazy(rf"{_WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn|won)['’]t|\s+will(?:\s+not)?|"
               r"['’]ll)?(?:\s+(?P<only>only))?\s+(?P<verb>get|gets|got)\s+(?:(?P<any>any\s+time)|"
               rf"{_N_EN}\s+(?P<unit>days?|weeks?))\s+off\s+(?:for|at|over)\s+Tet{_YEAR_EN}\s*(?P<end>[.!?]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+days\s+off\s+(?P<q>do|does|did|will)\s+{_WHO_EN}\s+get\s+(?:for|at|over)\s+Tet"
                    rf"{_YEAR_EN}\s*\?+")
_BUY_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s))?"
               r"(?:\s+(?P<adv>just|already|always|usually))?\s+(?P<verb>buy|buys|bought)\s+(?:"
               rf"{_N_EN}\s+)?(?P<plant>{alternatives(PLANTS_VI)})(?:\s+(?P<for>for\s+Tet))?"
               rf"(?:\s+(?P<day>{alternatives([*_BOUGHT_ON_VI, 'every year', 'every Tet'])}))?(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_REGION_EN = lazy(r"(?:In\s+the\s+(?P<region>North|South|Centre|Center),?\s+people|People\s+in\s+the\s+"
                  r"(?P<region2>North|South|Centre|Center))\s+(?:(?P<often>usually)\s+)?(?:have|display)\s+"
                  r"(?P<flower>peach|apricot)\s+blossoms?\s+(?:for|at)\s+Tet\s*(?P<end>[.!]*)")
_PAGODA_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+will|"
                  r"['’]ll)?(?:\s+(?P<often>always|usually))?\s+(?P<verb>go|goes|went)\s+to\s+the\s+pagoda\s+"
                  rf"(?P<day>(?i:{alternatives(PAGODA_DAYS_VI)}))(?:\s+(?P<every>every\s+year))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of days off for Tet, a Tet plant bought, a region's Tet flower, or the pagoda
    at the start of the year or on a day of Tet; None for any other."""
    if src == "vi":
        return _off(text) or _buy(text) or _region(text) or _pagoda(text)
    text = text.replace("’", "'")
    return _off_vi(text) or _how_many_vi(text) or _buy_vi(text) or _region_vi(text) or _pagoda_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether English says it with "-s": ("my family", True) for "nhà tôi",
    ("my parents", False), or mt.hobbies.who (None for "anh", "chị", "em" alone saying it); None for a pet (only
    people get days off, buy plants and go to the pagoda: "Con mèo của tôi …")."""
    if m["fwhose"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    if m["parents"]:
        return parents_said(m, "en"), False
    return None if animal(m) else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English said it with "-s": ("nhà tôi", True) for "my
    family", ("bố mẹ tôi", False), or mt.hobbies.who_vi; None for a pet ("my dog")."""
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    if m["parents"]:
        return parents_said(m, "vi"), False
    return None if animal(m) else who_vi(m)


def _lets(m: re.Match) -> bool:
    """Whether who of a match of _WHO is "chúng ta" or "mình", who may suggest ("Chúng ta mua một cây quất.": let's)."""
    return keyed(m["who"] or "") in ("chúng ta", "mình")


def _way(year: str) -> str:
    """Which way a year of _YEARS lies: "behind", "ahead", or "" (this year, or none said)."""
    return {"last year": "behind", "next year": "ahead"}.get(year, "")


def _off(text: str) -> str | None:
    """"Năm nay tôi được nghỉ Tết bảy ngày." as "I get seven days off for Tet this year.", "Bạn được nghỉ Tết mấy
    ngày?" as "How many days off do you get for Tet?", "Năm ngoái anh ấy được nghỉ Tết chín ngày." as "He got nine
    days off for Tet last year.", "Tôi không được nghỉ Tết." as "I don't get any time off for Tet." (_OFF); None for
    anything else, and where Tet is not said."""
    m = _OFF.fullmatch(text)
    if not m or not (m["tet"] or "tết" in keyed(m["year"] or "")) or bool(m["how"]) != ("?" in m["end"]):
        return None
    year = _YEARS[keyed(m["year"])] if m["year"] else ""
    way, asked = _way(year), bool(m["how"])
    said = _who(m, asked)
    if said is None or m["fwhose"] or m["will"] and way == "behind" or \
            [bool(m["how"]), bool(m["n"]), bool(m["not"])].count(True) != 1:
        return None  # (one of: how many asked, a count said, none; a family gets no days off)
    who_, one = said
    on = f" {year}" if year else ""
    if asked:
        if m["only"]:
            return None
        aux = "did" if way == "behind" else "will" if way == "ahead" or m["will"] else "does" if one else "do"
        return f"How many days off {aux} {who_} get for Tet{on}?"
    if m["not"]:
        if m["only"]:
            return None
        verb = "didn't" if way == "behind" else "won't" if way == "ahead" or m["will"] else \
            "doesn't" if one else "don't"
        return capitalised(f"{who_} {verb} get any time off for Tet{on}.")
    n = VI_TO_EN.get(keyed(m["n"]), m["n"])
    single = n in ("one", "1")
    span = ("a week" if n == "one" else f"{n} week") if m["unit"] == "tuần" and single else \
        f"{n} {'day' if single else 'days' if m['unit'] == 'ngày' else 'weeks'}"
    only = "only " if m["only"] else ""
    verb = f"{only}got" if way == "behind" else f"will {only}get" if way == "ahead" or m["will"] else \
        f"{only}{'gets' if one else 'get'}"
    return capitalised(f"{who_} {verb} {span} off for Tet{on}.")


def _plant(m: re.Match, lang: str) -> str | None:
    """The plant of a match of _BUY (`lang` "vi") in English, counted ("a kumquat tree", "two peach blossom
    branches", "peach blossom"), or of _BUY_EN ("en") in Vietnamese ("một cây quất", "hoa đào"); None where blossom
    is counted, a count is not the plant's ("two kumquat tree"), or a plant is bought uncounted where a count is due
    (only "chưa" reads "cây quất" as "a kumquat tree")."""
    if lang == "en":
        vi, n = PLANTS_VI[keyed(m["plant"])], keyed(m["n"] or "")
        single = n in ("a", "an", "one", "1")
        if keyed(m["plant"]) in {one for one, many in PLANTS.values() if not many} | {"peach blossoms",
                                                                                       "apricot blossoms"}:
            return None if n else vi
        if not n or single != (keyed(m["plant"]) in {one for one, _ in PLANTS.values()}) or n in ("a", "an") and \
                n != ("an" if m["plant"][0].lower() in "aeiou" else "a"):
            return None
        return f"{'một' if single else EN_TO_VI.get(n, n)} {vi}"
    one, many = PLANTS[keyed(m["plant"])]
    if not many:
        return None if m["n"] else one
    if not m["n"]:
        return f"{'an' if one[0] in 'aeiou' else 'a'} {one}" if m["tense"] == "chưa" or m["yet"] else None
    n = VI_TO_EN.get(keyed(m["n"]), m["n"])
    return f"{'an' if one[0] in 'aeiou' else 'a'} {one}" if n in ("one", "1") else f"{n} {many}"


def _buy(text: str) -> str | None:
    """"Nhà tôi mua một cành đào." as "My family bought a peach blossom branch.", "Chúng tôi luôn mua một cây quất
    vào dịp Tết." as "We always buy a kumquat tree for Tet.", "Mẹ tôi vừa mua một cây quất." as "My mother has just
    bought a kumquat tree.", "Bạn đã mua hoa đào chưa?" as "Have you bought peach blossom yet?" (_BUY); None for
    anything else: a bare "Tôi mua hoa đào." (done, or a habit?), "vào dịp Tết" bought once or every year?"""
    m = _BUY.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or bool(m["every"]) != bool(m["also"]):
        return None
    said, plant = _who(m, bool(m["yet"])), _plant(m, "vi")
    tense, habit = keyed(m["tense"] or ""), bool(m["every"] or m["often"])
    if said is None or plant is None or m["yet"] and said[0] == "I" or \
            habit and (tense or m["done"] or m["yet"] or m["day"]) or \
            m["day"] and (tense not in ("", "đã") or m["done"] or m["yet"]):
        return None
    if m["for"] and _FOR_TET[keyed(m["for"])] == "habit" and not habit:
        return None  # ("Tôi mua một cành đào vào dịp Tết.": once, or every Tet?)
    if _lets(m) and not (tense or m["done"] or m["yet"] or m["day"] or habit):
        return None  # ("Chúng ta mua một cây quất.": bought, or let's buy?)
    who_, one = said
    tet = " for Tet" if m["for"] else ""
    if habit:
        often = f" {often_said(m['often'], bool(m['for']))}" if m["often"] else ""
        every = f" every {'year' if keyed(m['every']) == 'năm nào' else 'Tet'}" if m["every"] else ""
        return capitalised(f"{who_}{often} {'buys' if one else 'buy'} {plant}{tet}{every}.")
    has = "has" if one else "have"
    if m["yet"]:
        return f"{capitalised(has)} {who_} bought {plant}{tet} yet?" if tense in ("", "đã") and not m["done"] else None
    if tense == "chưa":
        return capitalised(f"{who_} {has}n't bought {plant}{tet} yet.") if not m["done"] else None
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{who_} {has} just bought {plant}{tet}.") if not m["done"] else None
    if m["done"]:
        return capitalised(f"{who_} {has} already bought {plant}{tet}.")
    if tense == "đã" or m["n"] or m["day"]:  # (a plant counted, bought: "Nhà tôi mua một cành đào.")
        day = f" {_BOUGHT_ON[keyed(m['day'])]}" if m["day"] else ""
        return capitalised(f"{who_} bought {plant}{tet}{day}.")
    return None


def _region(text: str) -> str | None:
    """"Miền Nam chơi hoa mai ngày Tết." as "In the South, people have apricot blossom for Tet.", "Người miền Bắc
    thường chưng hoa đào vào dịp Tết." as "In the North, people usually have peach blossom for Tet." (_REGION); None
    for anything else, and asked."""
    m = _REGION.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    often = "usually " if m["often"] else ""
    flower = "peach" if m["flower"] == "đào" else "apricot"
    return f"In {_REGIONS[keyed(m['region'])]}, people {often}have {flower} blossom for Tet."


def _pagoda(text: str) -> str | None:
    """"Tôi đi chùa đầu năm." as "I go to the pagoda at the start of the year." (a habit, as mt/religion.py reads a
    day that comes round), "Bạn có đi chùa vào mùng một Tết không?" as "Do you go to the pagoda on the first day of
    Tet?", "Tôi đã đi chùa đầu năm." as "I went to the pagoda at the start of the year.", "Mùng hai Tết mẹ tôi sẽ đi
    chùa." as "My mother will go to the pagoda on the second day of Tet." (_PAGODA); None for anything else."""
    m = _PAGODA.fullmatch(text)
    if not m or bool(m["day0"]) == bool(m["day"]) or bool(m["every"]) != bool(m["also"]) or m["every"] and m["day0"]:
        return None
    asked, tense = bool(m["asked"]), m["tense"]
    if asked != ("?" in m["end"]) or asked != bool(m["ask"]) or tense and (asked or m["not"] or m["often"] or
                                                                           m["every"]):
        return None
    said = _who(m, asked)
    if said is None or m["not"] and (m["often"] or m["every"]):
        return None
    if _lets(m) and not (tense or asked or m["not"] or m["often"] or m["every"]):
        return None  # ("Chúng ta đi chùa đầu năm.": we go, or let's go?)
    who_, one = said
    day = PAGODA_DAYS[keyed(re.sub(r"^[Vv]ào\s+", "", m["day0"] or m["day"]))]
    if m["every"]:
        day = day.replace("the new year", "every new year").replace("the year", "every year") \
            if "year" in day else f"{day} every year"
    go = f"go to the pagoda {day}"
    if tense:
        return capitalised(f"{who_} {'went' if tense == 'đã' else 'will go'} to the pagoda {day}.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {go}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {go}.")
    often = f"{often_said(m['often'], True)} " if m["often"] else ""
    return capitalised(f"{who_} {often}{'goes' if one else 'go'} to the pagoda {day}.")


def _agrees(first: str, one: bool) -> bool:
    """Whether an English verb or auxiliary (small letters) agrees with who (`one`: he, she, my mother): "gets",
    "does", "has", "goes" of one; "get", "do", "have", "go" of others; any other ("got", "will") of either."""
    if first in ("gets", "does", "doesn't", "has", "hasn't", "buys", "goes", "'s"):
        return one
    return not one if first in ("get", "do", "don't", "have", "haven't", "buy", "go", "'ve") else True


def _aux(m: re.Match) -> str:
    """The auxiliary of a match in small letters, one space apart, "not" written "n't" ("does not" as "doesn't")."""
    return " ".join((m["aux"] or "").lower().split()).replace("will not", "won't").replace(" not", "n't")


def _off_vi(text: str) -> str | None:
    """"I get seven days off for Tet this year." as "Năm nay tôi được nghỉ Tết bảy ngày.", "We get a week off for
    Tet." as "Chúng tôi được nghỉ Tết một tuần.", "He got nine days off for Tet last year." as "Năm ngoái anh ấy được
    nghỉ Tết chín ngày.", "I don't get any time off for Tet." as "Tôi không được nghỉ Tết." (_OFF_EN); None for
    anything else, and where the verb, the count or the year does not agree ("She get", "two day", "got … next
    year")."""
    m = _OFF_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["fwhose"] or (said := _who_vi(m)) is None:  # (a family gets no days off)
        return None
    who_, one = said
    aux, verb, year = _aux(m), m["verb"], keyed(m["year"] or "")
    way = _way(year)
    past, ahead = verb == "got" or aux == "didn't", aux in ("will", "'ll", "won't")
    if not _agrees(aux or verb, one) or aux and verb != "get" or past and year not in ("", "last year") or \
            ahead and way == "behind" or not (past or ahead) and way or bool(m["any"]) != aux.endswith("n't"):
        return None
    opening = f"{_YEARS_VI[year]} " if year else ""
    tense = "sẽ " if ahead else "đã " if past and not year else ""
    if m["any"]:
        if m["only"]:
            return None
        return capitalised(f"{opening}{who_} {tense}không được nghỉ Tết.")
    n, unit = keyed(m["n"]), m["unit"]
    single = n in ("a", "an", "one", "1")
    if single != (unit in ("day", "week")) or n == "an":
        return None
    span = f"{'một' if single else EN_TO_VI.get(n, n)} {'ngày' if unit.startswith('day') else 'tuần'}"
    return capitalised(f"{opening}{who_} {tense}{'chỉ ' * bool(m['only'])}được nghỉ Tết {span}.")


def _how_many_vi(text: str) -> str | None:
    """"How many days off do you get for Tet?" as "Bạn được nghỉ Tết mấy ngày?", "How many days off did you get for
    Tet last year?" as "Năm ngoái bạn được nghỉ Tết mấy ngày?" (_HOW_MANY_EN); None for anything else, and where "do"
    does not agree or the year is not the tense's."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m or m["fwhose"] or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    q, year = m["q"], keyed(m["year"] or "")
    way = _way(year)
    if not _agrees(q, one) or way == "behind" and q != "did" or way == "ahead" and q != "will" or \
            q == "did" and way == "ahead" or q == "will" and way == "behind" or q in ("do", "does") and way:
        return None
    opening = f"{_YEARS_VI[year]} " if year else ""
    tense = "sẽ " if q == "will" else "đã " if q == "did" and not year else ""
    return capitalised(f"{opening}{who_} {tense}được nghỉ Tết mấy ngày?")


def _buy_vi(text: str) -> str | None:
    """"My family bought a peach blossom branch." as "Nhà tôi đã mua một cành đào.", "We always buy a kumquat tree for
    Tet." as "Chúng tôi luôn mua một cây quất vào dịp Tết.", "Have you bought peach blossom yet?" as "Bạn đã mua hoa
    đào chưa?", "I haven't bought a kumquat tree yet." as "Tôi chưa mua cây quất." (_BUY_EN); None for anything
    else, a bare "I buy peach blossom." (when?), and where the verb or the count does not agree."""
    m = _BUY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    aux, verb, adv, day = _aux(m).replace("'s", "has").replace("'ve", "have"), m["verb"], m["adv"], m["day"] or ""
    q = (m["q"] or "").lower()
    if not _agrees(q or aux or verb, one) or (q or aux) and verb != "bought" or m["yet"] and not (q or "n't" in aux):
        return None
    plant = _plant(m, "en")
    if plant is None:
        return None
    bare = PLANTS_VI[keyed(m["plant"])]
    tet = " để chơi Tết" if m["for"] else ""
    if q or "n't" in aux:  # (asked, or not yet: "a" goes, "chưa mua cây quất"; "two" stays, "chưa mua hai cây quất")
        if adv or day:
            return None
        bare = bare if plant.startswith("một ") else plant
        return capitalised(f"{who_} đã mua {bare}{tet} chưa?" if q else f"{who_} chưa mua {bare}{tet}.")
    if aux:
        if day or adv not in (None, "just", "already"):
            return None
        return capitalised(f"{who_} vừa mua {plant}{tet}." if adv == "just" else f"{who_} đã mua {plant}{tet} rồi.")
    if verb == "bought":
        if adv not in (None, "just") or day.startswith("every") or adv and day:
            return None
        if day:
            return capitalised(f"{_BOUGHT_ON_VI[day.lower()]} {who_} mua {plant}{tet}.")
        return capitalised(f"{who_} {'vừa' if adv else 'đã'} mua {plant}{tet}.")
    every = day.startswith("every")
    if adv in ("just", "already") or day and not every or not (adv or every or m["for"]) or adv and every:
        return None
    tet = " vào dịp Tết" if m["for"] else ""
    if every:
        return capitalised(f"{'Năm' if day.endswith('year') else 'Tết'} nào {who_} cũng mua {plant}{tet}.")
    often = {"always": "luôn ", "usually": "thường "}.get(adv or "", "")
    return capitalised(f"{who_} {often}mua {plant}{tet}.")


def _region_vi(text: str) -> str | None:
    """"In the South, people have apricot blossom for Tet." as "Người miền Nam chơi hoa mai vào dịp Tết.", "People in
    the North have peach blossom for Tet." as "Người miền Bắc chơi hoa đào vào dịp Tết." (_REGION_EN); None for
    anything else."""
    m = _REGION_EN.fullmatch(text)
    if not m:
        return None
    region = {"North": "Bắc", "South": "Nam"}.get(m["region"] or m["region2"], "Trung")
    often = "thường " if m["often"] else ""
    flower = "đào" if m["flower"] == "peach" else "mai"
    return f"Người miền {region} {often}chơi hoa {flower} vào dịp Tết."


def _pagoda_vi(text: str) -> str | None:
    """"We go to the pagoda on the first day of Tet." as "Chúng tôi đi chùa vào mùng một Tết.", "I went to the
    pagoda at the start of the year." as "Tôi đã đi chùa đầu năm.", "Do you go to the pagoda on New Year's Eve?" as
    "Bạn có đi chùa vào đêm giao thừa không?" (_PAGODA_EN); None for anything else, and where a verb does not agree."""
    m = _PAGODA_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    aux, verb, q = _aux(m), m["verb"], (m["q"] or "").lower()
    first = q or aux or verb
    if not _agrees(first, one) or (q or aux) and verb != "go" or verb == "went" and (m["often"] or m["every"]):
        return None
    if (q or "n't" in aux) and m["often"] or aux in ("will", "'ll") and (m["often"] or m["every"]):
        return None
    day = PAGODA_DAYS_VI[keyed(m["day"]).replace("’", "'")]
    if m["every"]:
        return None if m["often"] or q or aux else capitalised(f"Năm nào {who_} cũng đi chùa {day}.")
    if q:
        return capitalised(f"{who_} có đi chùa {day} không?")
    how = {"went": "đã ", "will": "sẽ ", "'ll": "sẽ ", "don't": "không ", "doesn't": "không "}.get(aux or verb, "")
    often = {"always": "luôn ", "usually": "thường "}.get(m["often"] or "", "")
    return capitalised(f"{who_} {how}{often}đi chùa {day}.")
