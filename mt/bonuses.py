"""Bonuses and pay rises at work, said or asked, both ways, written whole by rule: a Tet or year-end bonus, a bonus of
a sum or of months' salary and a thirteenth-month salary got, a company giving one, when it comes, a pay rise by a
per cent. v8 (with the other rules on) reads "thưởng" as enjoying and "bonus" as a cake, a dish or boredom: "Hôm nay
tôi được thưởng Tết." → "I was enjoyed Tet today.", "Năm nay bạn có được thưởng không?" → "In this year, do you
enjoy?", "Khi nào chúng ta được thưởng cuối năm?" → "When did we enjoy the end of the year?", "Tôi được lương tháng
13." → "I was salaries of 13.", "Công ty tôi thưởng Tết hai tháng lương." → "My company awarded two months of wage.",
"Anh ấy được tăng lương 10%." → "He was up by 10%."; "Did you get a bonus this year?" → "Bạn có phải là năm nay
không?", "We didn't get a bonus this year." → "Năm nay chúng tôi không chán nản.", "Lan got a big bonus." → "Lan có
một món bánh lớn.", "When do we get the year-end bonus?" → "Khi nào chúng ta có được món bánh bonus trong năm?", "Do
you get a thirteenth-month salary?" → "Bạn có thể bị buồn ngủ một tháng không?", "She got a 10% raise." → "Cô ấy
tăng 10%.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) got a bonus of KINDS (of months' salary or
a sum of mt.amounts, or not), just got it, has got it, has not yet, did not, will or will not, asked with "có …
không?" or "… chưa?", on a day mt.free_time.when reads (with mt.dates.NEAR_SPANS) where the tense takes one; a bare
"thưởng" (a reward too) only with a sum or a day, and not of a child; a pay rise by a per cent got; when who gets a
Tet or year-end bonus, asked; a workplace (mt.careers.PLACES, whose or not) that gives a bonus or not, gave it or will,
asked, and has a thirteenth-month salary or not. Left: a pay rise without a per cent (mt/careers.py), lucky money
(mt/new_year.py), pay (mt/earnings.py), overtime (mt/overtime.py), how much a bonus was, a bonus said big or small, a
workplace giving a bonus "this year" with no tense (gave, or is giving?), and anything else.
mt.phrasebook.translate tries these after mt/fortune.py.

    >>> translate("Hôm nay tôi được thưởng Tết.", "vi", "en"), translate("Did you get a bonus this year?", "en", "vi")
    ('I got my Tet bonus today.', 'Năm nay bạn có được thưởng không?')
"""
from __future__ import annotations

import re

from . import amounts
from .careers import PLACES
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import OWNER, WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, his_her
from .text import SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, capitalised, contracted, keyed

# what is got (the first Vietnamese of each is written back, after "được"); "thưởng" alone is also a reward
KINDS = {"thưởng Tết": "Tet bonus", "tiền thưởng Tết": "Tet bonus", "thưởng cuối năm": "year-end bonus",
         "tiền thưởng cuối năm": "year-end bonus", "nhận lương tháng 13": "thirteenth-month salary",
         "lương tháng 13": "thirteenth-month salary", "lương tháng mười ba": "thirteenth-month salary",
         "thưởng": "bonus", "tiền thưởng": "bonus", "tăng lương": "pay rise"}
KINDS_VI = {en: vi for vi, en in reversed(KINDS.items())}
_KINDS = {keyed(vi): en for vi, en in KINDS.items()}  # (as typed: "thưởng tết")
_PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_CHILDREN = ("child", "son", "daughter", "dog", "cat")  # (a "thưởng" of theirs is a reward, a school prize)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thưởng|lương\s+tháng\s+(?:13|mười\s+ba)|tăng\s+lương\s+\d)"),
         "en": lazy(r"(?i:bonus|thirteenth|13th|\d\s?%\s+(?:pay\s+)?r)")}

# a sum: months' salary ("hai tháng lương"), a sum of đồng, or a per cent (a pay rise's)
_SUM = (r"(?:(?P<months>nửa|một|hai|ba|bốn|năm|sáu|\d{1,2})\s+tháng\s+lương|"
        r"(?P<money>\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tr|k)?(?:\s*(?:đồng|đ|VNĐ|VND))?))")
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "chưa": "yet"}
# (aspect, "không", asked, "rồi") → tense
_TENSE_OF = {("", "", "", ""): "past", ("past", "", "", ""): "past", ("", "", "", "rồi"): "done",
             ("past", "", "", "rồi"): "done", ("just", "", "", ""): "just", ("will", "", "", ""): "will",
             ("will", "không", "", ""): "will not", ("yet", "", "", ""): "yet", ("", "không", "", ""): "not",
             ("past", "không", "", ""): "not", ("", "", "không", ""): "asked", ("", "", "chưa", ""): "asked yet",
             ("past", "", "chưa", ""): "asked yet"}
_GOT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?"
            r"(?:(?P<not2>không)\s+)?(?P<verb>được\s+nhận|nhận\s+được|được|nhận)\s+"
            rf"(?P<kind>(?i:{alternatives(KINDS)}))(?:\s+(?P<pct>\d+(?:[.,]\d+)?\s?%)|\s+{_SUM})?{DAY_AFTER}"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# when who gets it ("Khi nào chúng ta được thưởng cuối năm?")
_WHEN = lazy(rf"(?:[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:được\s+nhận|nhận\s+được|được|nhận)\s+"
             rf"(?P<kind>(?i:(?:tiền\s+)?thưởng\s+(?:Tết|cuối\s+năm))){SOFTENER}\s*\?+")
# a workplace giving one ("Công ty tôi thưởng Tết hai tháng lương.", "Công ty bạn có lương tháng 13 không?")
_GIVEN = lazy(rf"{DAY_OPENING}(?P<place>(?i:{alternatives(PLACES)}))(?:\s+(?:của\s+)?{OWNER})?\s+"
              r"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<aspect>đã|sẽ)\s+)?(?:(?P<not2>không)\s+)?"
              rf"(?:thưởng(?:\s+(?P<kind>Tết|cuối\s+năm))?(?:\s+{_SUM})?|(?:(?P<has>có)\s+)?(?P<salary>lương\s+tháng\s+"
              rf"(?:13|mười\s+ba))){DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... in English: who, what was got, of what, "yet", the day; then the words around them compared (_core)
_THING_EN = (r"(?P<det>an?|the|my|your|his|her|our|their)\s+(?:(?P<pct>\d+(?:\.\d+)?\s?%)\s+(?P<rise>(?:pay\s+)?"
             r"r[ai]i?se)|(?:(?P<kind>(?i:Tet|year-end|end-of-year|thirteenth-month|13th-month))\s+)?"
             r"(?P<noun>bonus|salary))(?:\s+of\s+(?P<sum>(?P<months>half\s+a|an?|one|two|three|four|five|six|\d{1,2})"
             r"\s+months?['’]?(?:s['’]?)?\s+salary|(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million|billion))?"
             r"(?:\s+(?:dong|VND))?))?")
_DAY0_EN = r"(?:(?P<day0>(?:Today|Yesterday|This|Last|Next|On|In)\b[^,]*?)\s*,?\s+)?"
_GOT_EN = lazy(rf"{_DAY0_EN}(?P<body>(?:(?:Did|Have|Has)\s+)?(?P<subject>{WHO_EN})[^,.!?]*?\s+{_THING_EN}"
               r"(?:\s+yet)?)(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+(?P<do>do|does|will)\s+(?P<subject>{WHO_EN})\s+(?:get|receive)\s+{_THING_EN}\s*\?+")
_GIVEN_EN = lazy(rf"{_DAY0_EN}(?P<body>(?:(?:Does|Did|Will)\s+)?(?P<whose>(?i:the|{alternatives(WHOSE_VI)}))\s+"
                 rf"(?P<place>{alternatives(_PLACES_VI)})[^,.!?]*?\s+{_THING_EN})(?:\s+(?P<day>[^,.!?]+?))?"
                 r"\s*(?P<end>[.!?]*)")
# English said of who in each tense (the first is written); "{have}" agrees with who
_FORMS = {"past": ("{who} got {thing}",), "just": ("{who} just got {thing}", "{who} {have} just got {thing}"),
          "done": ("{who} {have} already received {thing}", "{who} {have} received {thing}",
                   "{who} {have} got {thing}", "{who} already got {thing}"),
          "yet": ("{who} {have}n't received {thing} yet", "{who} {have}n't got {thing} yet"),
          "not": ("{who} didn't get {thing}",), "will": ("{who} will get {thing}",),
          "will not": ("{who} won't get {thing}",), "asked": ("Did {who} get {thing}",),
          "asked yet": ("{Have} {who} received {thing} yet", "{Have} {who} got {thing} yet")}
_FORMS_VI = {"past": ("đã ", ""), "just": ("vừa ", ""), "done": ("", " rồi"), "yet": ("chưa ", ""),
             "not": ("không ", ""), "will": ("sẽ ", ""), "will not": ("sẽ không ", ""), "asked": ("có ", " không?"),
             "asked yet": ("đã ", " chưa?")}
_DAYS_TAKEN = {"past", "not", "asked", "will", "will not"}
_A = {"not", "will not", "asked"}  # (tenses that say "a Tet bonus", not whose)
_RISES = {"past", "just", "not", "will", "asked"}  # (a pay rise "already received" or "not yet" reads oddly)
# a workplace giving one: (tense, "không", asked) → English, Vietnamese before it ("đã" dropped before a day) and after
_GIVES = {("", "", ""): ("{s} gives {thing}", "", ""), ("past", "", ""): ("{s} gave {thing}", "đã ", ""),
          ("will", "", ""): ("{s} will give {thing}", "sẽ ", ""),
          ("", "not", ""): ("{s} doesn't give {thing}", "không ", ""),
          ("past", "not", ""): ("{s} didn't give {thing}", "đã không ", ""),
          ("will", "not", ""): ("{s} won't give {thing}", "sẽ không ", ""),
          ("", "", "asked"): ("Does {s} give {thing}", "có ", " không?"),
          ("past", "", "asked"): ("Did {s} give {thing}", "có ", " không?"),
          ("will", "", "asked"): ("Will {s} give {thing}", "có ", " không?")}
# ... and a thirteenth-month salary, which it has or not ("Công ty tôi có lương tháng 13."), as a habit only
_PAYS = {("", "", ""): ("{s} pays {thing}", "có ", ""), ("", "not", ""): ("{s} doesn't pay {thing}", "không có ", ""),
         ("", "", "asked"): ("Does {s} pay {thing}", "có ", " không?")}
_SAME = {"won't": "will not", "n't": " not", "'ve": " have", "'ll": " will", "'s": " has", "gotten": "got",
         "received": "got", "receive": "get", "end-of-year": "year-end", "13th-month": "thirteenth-month"}
_SAME_SAID = lazy(rf"{alternatives(_SAME)}|\b(?:pay\s+)?r(?:a|i)i?se\b")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a bonus got or given, a thirteenth-month salary, or a pay
    rise by a per cent; None for any other."""
    if src == "vi":
        return _got(text) or _when(text) or _given(text)
    return _got_vi(text) or _when_vi(text) or _given_vi(text)


def _core(said: str) -> str:
    """English as compared: small letters, contractions written out, the words said alike made one ("received",
    "gotten": "got"; "raise": "pay rise"), one space apart."""
    said = _SAME_SAID.sub(lambda m: _SAME.get(m.group(), "pay rise"), " ".join(said.lower().replace("’", "'").split()))
    return " ".join(said.split())


def _sum_en(m: re.Match) -> str | None:
    """The sum of a match of _SUM in English: " of two months' salary", " of half a month's salary", " of VND5
    million"; "" for none, None for a sum not read."""
    if m["months"]:
        n = keyed(m["months"])
        said = "half a" if n == "nửa" else "a" if n in ("một", "1") else VI_TO_EN.get(n, n)
        return f" of {said} month's salary" if said in ("a", "half a") else f" of {said} months' salary"
    return "" if not m["money"] else (f" of {money}" if (money := amounts.sum_said(m["money"], "vi")) else None)


def _sum_vi(m: re.Match) -> str | None:
    """The sum of a match of _THING_EN in Vietnamese: " hai tháng lương", " 5 triệu đồng"; "" for none, None for one
    not read ("of a months' salary")."""
    if not m["sum"]:
        return ""
    if m["months"]:
        n = keyed(m["months"])
        if (n in ("a", "an", "one", "1", "half a")) != ("month's" in keyed(m["sum"]).replace("’", "'")):
            return None
        return f" {'nửa' if n == 'half a' else 'một' if n in ('a', 'an', '1') else EN_TO_VI.get(n, n)} tháng lương"
    return f" {money}" if (money := amounts.sum_said(m["sum"], "en")) else None


def _kind(m: re.Match) -> str | None:
    """What a match of _THING_EN says was got, as KINDS_VI keys it: "Tet bonus", "pay rise" …; None for others
    ("a thirteenth-month bonus", "a salary")."""
    if m["pct"]:
        return "pay rise"
    kind = _core(m["kind"] or "")
    if m["noun"] == "salary":
        return "thirteenth-month salary" if kind == "thirteenth-month" else None
    return {"": "bonus", "tet": "Tet bonus", "year-end": "year-end bonus"}.get(kind)



def _thing(kind: str, whose: str | None, tense: str, sum_: str, pct: str) -> str:
    """What was got, in English: "my Tet bonus", "a Tet bonus of two months' salary", "a 10% pay rise"."""
    if pct:  # (Vietnamese writes "5,5%", English "5.5%")
        return f"a {pct.replace(' ', '').replace(',', '.')} pay rise"
    det = whose if whose and kind != "bonus" and not sum_ and tense not in _A else "a"
    return f"{det} {kind}{sum_}"


def _day_fits(day: str, tense: str) -> bool:
    """Whether a day (in English) is said with a tense: none ahead with the past, none behind with "will"."""
    return not BEHIND.match(day) if tense.startswith("will") else not AHEAD.match(day)


def _tagged(text: str) -> bool:
    """Whether a sentence ends in "nhỉ", which asks ("Tôi không được thưởng Tết nhỉ.": I didn't, did I?).

    >>> _tagged("Tôi không được thưởng Tết nhỉ."), _tagged("Tôi không được thưởng Tết.")
    (True, False)
    """
    return keyed(text).rstrip(" .!?").endswith(" nhỉ")


def _got(text: str) -> str | None:
    """"Hôm nay tôi được thưởng Tết." as "I got my Tet bonus today.", "Năm nay chúng tôi không được thưởng." as "We
    didn't get a bonus this year.", "Bạn đã nhận thưởng Tết chưa?" as "Have you received your Tet bonus yet?" (_GOT);
    None for anything else, a bare "thưởng" without a sum or a day, a day with a tense that takes none, a child's
    (a prize), "không nhận" (may refuse it), "… nhỉ." (asks) and "Tôi có được thưởng không?" (of oneself: will I?)."""
    m = _GOT.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["ask"] and m["asked"] != "không" or bool(m["asked"]) != (
            "?" in m["end"]) or m["not"] and m["not2"] or not m["asked"] and _tagged(text):
        return None
    if (m["not"] or m["not2"]) and keyed(m["verb"]) == "nhận" or m["pct"] and "." in m["pct"]:
        return None  # ("Tôi không nhận thưởng Tết.": didn't get it, or refused it?; "5.5%": a thousands dot)
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "")
    tense = _TENSE_OF.get((aspect, "không" if m["not"] or m["not2"] else "", m["asked"] or "", m["done"] or ""))
    kind, day = _KINDS[keyed(m["kind"])], when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    if tense is None or aspect == "will" and m["not"] or (kind == "pay rise") != bool(m["pct"]) or day is None:
        return None
    if (found := who(m, bool(m["asked"]))) is None or (sum_ := _sum_en(m)) is None:
        return None
    who_, one = found
    if who_.endswith(_CHILDREN) or tense == "asked" and who_ in ("I", "we"):
        return None  # (a child's "thưởng" is a prize; "Năm nay tôi có được thưởng không?" asks: will I?)
    if tense == "past" and not aspect and day and AHEAD.match(day):  # ("Năm sau tôi được thưởng …": will)
        tense = "will"
    if day and (tense not in _DAYS_TAKEN or not _day_fits(day, tense)) or kind == "bonus" and not (sum_ or day) or (
            kind == "pay rise" and tense not in _RISES):
        return None
    if kind == "thirteenth-month salary" and tense in ("past", "asked") and not (aspect or day):
        return None  # ("Tôi được lương tháng 13.": got it, or gets one?)
    have = "has" if one else "have"
    said = _FORMS[tense][0].format(who=who_, have=have, Have=have.capitalize(),
                                   thing=_thing(kind, whose_own(m, who_), tense, sum_, m["pct"] or ""))
    if not tense.startswith("asked"):
        said = contracted(who_, said.removeprefix(f"{who_} "))
    return capitalised(f"{said}{f' {day}' if day else ''}{'?' if m['asked'] else '.'}")


def _when(text: str) -> str | None:
    """"Khi nào chúng ta được thưởng cuối năm?" as "When do we get our year-end bonus?" (_WHEN); None for anything
    else, and of a child ("Khi nào con bạn được thưởng Tết?": a prize)."""
    m = _WHEN.fullmatch(text)
    if not m or (found := who(m, True)) is None or found[0].endswith(_CHILDREN):
        return None
    who_, one = found
    do = "will" if m["will"] else "does" if one else "do"
    return f"When {do} {who_} get {whose_own(m, who_) or 'the'} {_KINDS[keyed(m['kind'])]}?"


def _given(text: str) -> str | None:
    """"Công ty tôi thưởng Tết hai tháng lương." as "My company gives a Tet bonus of two months' salary.", "Công ty
    bạn có lương tháng 13 không?" as "Does your company pay a thirteenth-month salary?" (_GIVEN); None for anything
    else, a day said with no tense ("Năm nay công ty không thưởng Tết.": didn't, or isn't?), "có đã", "có sẽ" (not
    Vietnamese) and "… nhỉ." (asks)."""
    m = _GIVEN.fullmatch(text)
    if not m or m["someone"] or m["day0"] and m["day"] or bool(m["asked"]) != ("?" in m["end"]) or m["not"] and \
            m["not2"] or m["ask"] and m["aspect"] or not m["asked"] and _tagged(text):
        return None
    key = ("past" if m["aspect"] == "đã" else "will" if m["aspect"] else "", "not" if m["not"] or m["not2"] else "",
           "asked" if m["asked"] else "")
    place = f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {PLACES[keyed(m['place'])]}"
    if m["salary"]:  # ("có" once: "Công ty tôi có lương tháng 13.", "… không có …", "… có … không?")
        if bool(m["ask"]) == bool(m["has"]) or key not in _PAYS or m["not"] and not m["has"] or m["day0"] or m["day"]:
            return None
        said = _PAYS[key][0].format(s=place, thing="a thirteenth-month salary")
        return capitalised(f"{said}{'?' if m['asked'] else '.'}")
    day = when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    if day and not key[0]:  # (a day behind is the past, ahead "will"; "this year" alone is left)
        key = ("past" if BEHIND.match(day) else "will" if AHEAD.match(day) else "", *key[1:])
    sum_ = _sum_en(m)
    if day is None or m["asked"] and not m["ask"] or m["ask"] and not m["asked"] and (key != ("", "", "") or day) or (
            key not in _GIVES or sum_ is None or not (m["kind"] or sum_) or day and not (key[0] and _day_fits(
                day, key[0]))):  # ("có" said: "Công ty tôi có thưởng Tết.", it does)
        return None
    thing = f"a {_KINDS['thưởng ' + keyed(m['kind'])] if m['kind'] else 'bonus'}{sum_}"
    said = _GIVES[key][0].format(s=place, thing=thing)
    return capitalised(f"{said}{f' {day}' if day else ''}{'?' if m['asked'] else '.'}")


def _got_vi(text: str) -> str | None:
    """"I got my Tet bonus today." as "Hôm nay tôi được thưởng Tết.", "Did you get a bonus this year?" as "Năm nay
    bạn có được thưởng không?", "He got a 10% pay rise." as "Anh ấy đã được tăng lương 10%." (_GOT_EN: the words
    compared with those of every tense, so "She have …", "I got your …" are not taken); None for anything else."""
    m = _GOT_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or (sum_ := _sum_vi(m)) is None or (kind := _kind(m)) is None:
        return None
    day, (who_, one) = when(m["day0"] or m["day"], "en", NEAR_SPANS), who_vi(m)
    own = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(who_) if m["kin"] else None
    det = keyed(m["det"])
    if day is None or det not in ("a", "the", own) or (m["pct"] or sum_ or kind == "bonus") and det != "a":
        return None
    thing = text[m.start("det"):m.end("sum") if m["sum"] else m.end("noun") if m["noun"] else m.end("rise")]
    have = "has" if one else "have"
    tense = next((t for t, forms in _FORMS.items() if any(_core(f.format(
        who=m["subject"], have=have, Have=have, thing=thing)) == _core(m["body"]) for f in forms)), None)
    if tense is None or day and (tense not in _DAYS_TAKEN or not _day_fits(m["day0"] or m["day"], tense)) or (
            "?" in m["end"]) != tense.startswith("asked") or kind == "pay rise" and tense not in _RISES:
        return None
    pre, post = _FORMS_VI[tense]
    pct = f" {m['pct'].replace(' ', '').replace('.', ',')}" if m["pct"] else ""  # ("5.5%": "5,5%")
    said = f"{who_} {'' if day and tense == 'past' else pre}được {KINDS_VI[kind]}{pct}{sum_}"
    return placed(said, day, post if post.endswith("?") else f"{post}.")


def _when_vi(text: str) -> str | None:
    """"When do we get the year-end bonus?" as "Khi nào chúng tôi được thưởng cuối năm?" (_WHEN_EN); None for
    anything else, where "do" or "does" does not agree with who, and whose not who's own ("When does she get his
    …")."""
    m = _WHEN_EN.fullmatch(text)
    if not m or m["sum"] or _kind(m) not in ("Tet bonus", "year-end bonus") or keyed(m["det"]) in ("a", "an"):
        return None
    who_, one = who_vi(m)
    own = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(who_) if m["kin"] else None
    if keyed(m["det"]) not in ("the", own):
        return None
    if m["do"] != "will" and (m["do"] == "does") != one:
        return None
    return f"Khi nào {who_} {'sẽ ' * (m['do'] == 'will')}được {KINDS_VI[_kind(m)]}?"


def _given_vi(text: str) -> str | None:
    """"My company gives a Tet bonus of two months' salary." as "Công ty tôi thưởng Tết hai tháng lương.", "Does
    your company pay a thirteenth-month salary?" as "Công ty bạn có lương tháng 13 không?" (_GIVEN_EN); None for
    anything else, and "Will your company give a Tet bonus?" with no day (Vietnamese says no tense: "có … không?" is
    "does it?"); "Did …" with no day as "Năm nay … đã … chưa?"."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or keyed(m["det"]) != "a" or (sum_ := _sum_vi(m)) is None:
        return None
    kind, day = _kind(m), when(m["day0"] or m["day"], "en", NEAR_SPANS)
    if kind not in ("bonus", "Tet bonus", "year-end bonus", "thirteenth-month salary") or day is None or (
            kind == "bonus" and not sum_):
        return None
    whose, place = m["whose"].lower(), _PLACES_VI[m["place"]]
    thing, forms = text[m.start("det"):m.end("sum") if m["sum"] else m.end("noun")], _PAYS if m["noun"] == "salary" \
        else _GIVES
    key = next((k for k, (f, _, _) in forms.items() if _core(f.format(s=f"{whose} {m['place']}", thing=thing)) ==
                _core(m["body"])), None)
    if key is None or ("?" in m["end"]) != bool(key[2]) or day and not (key[0] and _day_fits(m["day0"] or m["day"],
                                                                                          key[0])) or (
            sum_ and m["noun"] == "salary"):
        return None
    _, pre, post = forms[key]
    if key == ("will", "", "asked") and not day:
        return None
    pre = pre.removeprefix("đã ") if day else pre
    if key == ("past", "", "asked") and not day:  # ("có … không?" would ask whether it does)
        pre, post, day = "đã ", " chưa?", "năm nay"
    what = "lương tháng 13" if m["noun"] == "salary" else f"{KINDS_VI[kind]}{sum_}"
    said = f"{place}{'' if whose == 'the' else ' ' + WHOSE_VI[whose]} {pre}{what}"
    return placed(said, day, post or ".")
