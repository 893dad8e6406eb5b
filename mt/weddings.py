"""Weddings, engagements and divorces: who is getting married, engaged or divorced and when, who just did or did
when, who is going or coming to someone's wedding, went, can't go or was invited, and when the wedding is, said or
asked, both ways, written whole by rule. v8 (with the rules before this one) reads "cưới" as a noun and "đám cưới" as
a football match: "Chị tôi sắp cưới." → "She's going to wedding.", "Tháng sau chị tôi cưới." → "Next month, my sister
will wedding.", "Khi nào bạn cưới?" → "When did you wedding?", "Họ vừa đính hôn." → "They were both engaged.", "Tôi đi
đám cưới bạn tôi." → "I went to my wedding friends.", "Bạn có đi đám cưới của Lan không?" → "Do you go Thailand's
wedding kick?", "Tôi được mời đến đám cưới của họ." → "I was invited to their wedding football."; "My sister is getting
married next month." → "Chị của tôi đang kết hôn vào tháng tới." (is marrying now), "When is the wedding?" → "Trời cưới
khi nào?", "Are you going to Lan's wedding?" → "Bạn sẽ cưới bóng của Lan?", "I'm going to a wedding this weekend." →
"Tôi sẽ cưới cuối tuần này." (will marry), "She just got engaged." → "Cô ấy chỉ bị đính hôn.", "They're getting
divorced." → "Họ ly hôn.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) getting married, engaged or divorced soon
("sắp"), on a day (mt.free_time.when, and mt.dates.NEAR_SPANS: "tháng sau", "năm ngoái") or planning to, who just did
("vừa", "mới") or did on a day behind; engaged or divorced, done ("đã", "rồi"); asked when ("Khi nào bạn cưới?", "Bạn
cưới khi nào?": the past) or whether, soon ("Bạn sắp cưới à?"); who is going or coming to a wedding, someone's ("của
Lan", "bạn tôi", "my friend's": mt.terms.OWNERS, mt.hobbies.SOMEONE), on a day, went, is not going or can't go, asked;
who was, has been or was not invited to one, asked; and when a wedding is, asked or said. Left: married or not and the
year of a wedding ("Họ đã kết hôn.", "Họ kết hôn năm 2010.": mt/family.py's), "I'm getting married." (the phrasebook's),
"Tôi kết hôn." with no time (a wedding ahead, or married?), married "đã" or "rồi" with no day (married, mt/family.py's
or the model's), "đám cưới bạn" (a friend's, or yours?), two people named ("Lan và Minh"), months by name and years by
number ("in June", "in 2010"), and anything else. mt.phrasebook.translate tries these after mt/haircuts.py.

    >>> translate("Chị tôi sắp cưới.", "vi", "en"), translate("Are you going to Lan's wedding?", "en", "vi")
    ('My sister is getting married soon.', 'Bạn có đi dự đám cưới của Lan không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, OPENS, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_agrees, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (BE_EN, PAST_BE, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted,
    ASKED_END,
                   keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cưới|\bhôn|ly\s+dị|lấy\s+(?:vợ|chồng|nhau))"),
         "en": lazy(r"(?i:marri|engaged|divorc|wedding)")}
# what happens (English after "get"), and back
EVENTS = {"cưới": "married", "cưới nhau": "married", "kết hôn": "married", "lấy nhau": "married",
          "lấy vợ": "married", "lấy chồng": "married", "cưới vợ": "married", "cưới chồng": "married",
          "đính hôn": "engaged", "ly hôn": "divorced", "ly dị": "divorced"}
EVENTS_VI = {"married": "kết hôn", "engaged": "đính hôn", "divorced": "ly hôn"}
_EVENT = rf"(?P<event>{alternatives(EVENTS)})"
# who is getting married ("Chị tôi sắp cưới.", "Tháng sau chị tôi cưới.", "Họ vừa đính hôn.", "Bạn sắp cưới à?")
_DONE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>sắp|sẽ|đã|vừa\s+mới|vừa|mới|định|dự\s+định)"
             rf"\s+)?{_EVENT}{DAY_AFTER}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>à|phải\s+không|không))?"
             rf"{SOFTENED_END}")
_WHEN = r"(?:khi\s+nào|bao\s+giờ)"
_WHEN_ASKED = [lazy(rf"(?P<ahead>(?i:{_WHEN}))\s+{WHO}\s+(?:(?:sẽ|định)\s+)?{_EVENT}{SOFTENER}\s*\?+"),
               lazy(rf"{WHO}\s+(?:(?P<ahead>sẽ|định)\s+|đã\s+)?{_EVENT}\s+(?:vào\s+)?{_WHEN}{SOFTENER}\s*\?+")]
# whose wedding ("của Lan", "của họ", "bạn tôi"; "đám cưới bạn" alone may be a friend's: `_whose_en`)
_OF = (rf"(?:\s+(?P<of>của\s+)?(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?")
_WEDDING = rf"(?:[Đđ]ám|[Ll]ễ)\s+cưới{_OF}"
# when the wedding is ("Đám cưới là khi nào?", "Khi nào đám cưới?", "Đám cưới vào tháng sau.")
_IS_WHEN = [lazy(rf"{_WEDDING}\s+(?:(?:sẽ\s+)?(?:là|diễn\s+ra|được\s+tổ\s+chức)\s+)?(?:vào\s+)?"
                 rf"(?:{_WHEN}|lúc\s+nào|ngày\s+nào|hôm\s+nào){SOFTENER}\s*\?+"),
            lazy(rf"(?i:{_WHEN})\s+(?:(?:là|có|tổ\s+chức)\s+)?{_WEDDING}{SOFTENER}\s*\?+")]
_IS_ON = lazy(rf"{_WEDDING}\s+(?:(?P<will>sẽ)\s+)?(?:(?:là|diễn\s+ra|được\s+tổ\s+chức)\s+)?"
              rf"(?P<day>{OPENS}[^,.!?]*?)\s*(?P<end>[.!]*)")
# who goes to one ("Tôi đi đám cưới bạn tôi.", "Cuối tuần này tôi đi dự đám cưới.", "Bạn có đi đám cưới không?")
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>sẽ\s+không|sẽ|đã|không|có)\s+)?(?P<go>đi\s+dự|đi\s+ăn|đi|dự|"
              rf"tham\s+dự|(?P<come>đến|tới)\s+dự)\s+(?:(?P<feast>cưới)|đám\s+cưới|lễ\s+cưới){_OF}{DAY_AFTER}"
              rf"(?:\s+(?P<can>được))?{ASKED_END}")
# who is invited to one ("Tôi được mời đến đám cưới của họ.", "Bạn có được mời dự đám cưới không?")
_INVITED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|không|chưa|có)\s+)?được\s+mời\s+(?:(?:đến|tới|đi)\s+)?"
                rf"(?:(?:dự|tham\s+dự)\s+)?(?:đám|lễ)\s+cưới{_OF}(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")

# ... and in English: whose wedding ("the", "a", "my", "Lan's", "my friend's")
_WHOSE_EN = rf"(?:(?P<someone>{SOMEONE_EN})['’]s|(?P<owner>(?i:{WHOSE_WORDS}|the|a)))"
_GETTING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}{BE_EN}?\s+(?:(?P<plan>planning|going)\s+to\s+get|"
                   rf"getting)\s+(?P<event>married|engaged|divorced)(?:\s+(?P<soon>soon))?{DAY_AFTER_EN}"
                   r"\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+(?P<aux>is|are|am|will|did)\s+{WHO_EN}\s+(?P<verb>getting|get)\s+"
                r"(?P<event>married|engaged|divorced)\s*\?+")
_GOT_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)?(?:\s+(?P<just>just))?\s+got\s+"
               rf"(?P<event>married|engaged|divorced){DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_ARE_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<event>engaged|divorced)\s*(?P<end>[.!]*)")
_GOING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}(?:{BE_EN}(?:\s+(?P<not>not)|(?P<nt>n['’]t))?)?\s+"
                 rf"(?:(?P<going>going|coming)|(?P<went>went|came)|(?P<cant>can['’]t|cannot|can\s+not)\s+"
                 rf"(?P<go>go|come))\s+to\s+{_WHOSE_EN}\s+wedding{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_INVITED_EN = lazy(rf"(?:(?P<aux0>Was|Were|Is|Are|Am|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+was|\s+were|\s+is|\s+am|"
                   r"\s+are|['’]s|['’]m|['’]re|['’]ve|\s+have|\s+has)?(?:\s+(?P<not>not)|(?P<nt>n['’]t))?"
                   rf"(?:\s+(?P<been>been))?\s+invited\s+to\s+{_WHOSE_EN}\s+wedding\s*(?P<end>[.!?]*)")
_WEDDING_EN = [lazy(rf"When(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+wedding\s*\?+"),
               lazy(rf"{_WHOSE_EN}\s+wedding\s+(?P<be>is|was|will\s+be)\s+(?P<day>[^,.!?]+?)\s*(?P<end>[.!]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is getting married, engaged or divorced, who goes to or is
    invited to a wedding, or when the wedding is; None for any other."""
    if src == "vi":
        return _done(text) or _when_asked(text) or _wedding(text) or _going(text) or _invited(text)
    return (_getting_vi(text) or _when_vi(text) or _got_vi(text) or _going_vi(text) or _invited_vi(text)
            or _wedding_vi(text))


def _day(m: re.Match) -> tuple[str, bool] | None:
    """The day of a match (day0 opening it, or day after) in English, with a space before it, and whether it is
    behind today ("last month", "yesterday"); ("", False) for none, None for one not read."""
    said = m.groupdict().get("day0") or m["day"]
    if m.groupdict().get("day0") and m["day"] or (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    return f" {day}" if day else "", bool(BEHIND.match(day))


def _whose_en(m: re.Match, default: str) -> str | None:
    """Whose wedding of a match of _OF in English: "their wedding", "Lan's wedding", "my friend's wedding", or
    `default` ("a wedding", "the wedding") for none; None for "bạn" without "của" ("đám cưới bạn": a friend's?)."""
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s wedding"
    if m["owner"]:
        owner = keyed(m["owner"])
        return None if owner == "bạn" and not m["of"] else f"{OWNERS[owner]} wedding"
    return default


def _done(text: str) -> str | None:
    """"Chị tôi sắp cưới." as "My sister is getting married soon.", "Tháng sau chị tôi cưới." as "My sister is
    getting married next month.", "Họ vừa đính hôn." as "They just got engaged.", "Họ đã ly hôn." as "They got
    divorced.", "Bạn sắp cưới à?" as "Are you getting married soon?" (_DONE); None for anything else, and for a day
    and a tense that disagree."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (asked or m["ask"]) and not (asked and m["tense"] == "sắp") or \
            (said := who(m, asked)) is None or (day := _day(m)) is None:
        return None
    who_, tense, event = said[0], " ".join((m["tense"] or "").split()), EVENTS[keyed(m["event"])]
    (on, behind), done = day, bool(m["done"])
    if asked:
        return None if on or done else f"{be(who_).capitalize()} {who_} getting {event} soon?"
    if tense in ("sắp", "sẽ", "định", "dự định") or not tense and on and not behind:
        if behind or done:
            return None
        doing = {"định": "planning to get", "dự định": "planning to get"}.get(tense, "getting")
        if tense == "sẽ" and not on:
            doing = "going to get"
        return capitalised(contracted(who_, f"{be(who_)} {doing} {event}{on or ' soon' * (tense == 'sắp')}."))
    if on and not behind or event == "married" and not on and not tense.startswith(("vừa", "mới")) or \
            not (tense or on or done):
        return None  # ("Họ đã kết hôn.": married now, mt/family.py's; "Tôi kết hôn.": when?)
    just = "just " if tense.startswith(("vừa", "mới")) else ""
    return capitalised(f"{who_} {just}got {event}{on}.")


def _when_asked(text: str) -> str | None:
    """"Khi nào bạn cưới?" as "When are you getting married?", "Họ cưới nhau khi nào?" as "When did they get
    married?" (_WHEN_ASKED: "khi nào" opening asks ahead, closing it the past); None for anything else."""
    m = next(filter(None, (p.fullmatch(text) for p in _WHEN_ASKED)), None)
    if not m or (said := who(m, True)) is None:
        return None
    who_, event = said[0], EVENTS[keyed(m["event"])]
    return f"When {be(who_)} {who_} getting {event}?" if m["ahead"] else f"When did {who_} get {event}?"


def _wedding(text: str) -> str | None:
    """"Đám cưới là khi nào?" as "When is the wedding?", "Đám cưới của Lan vào tháng sau." as "Lan's wedding is next
    month." (_IS_WHEN, _IS_ON); None for anything else."""
    m = next(filter(None, (p.fullmatch(text) for p in _IS_WHEN)), None)
    if m:
        return (whose := _whose_en(m, "the wedding")) and f"When is {whose}?"
    m = _IS_ON.fullmatch(text)
    if not m or (whose := _whose_en(m, "the wedding")) is None or (day := _day(m)) is None or not day[0]:
        return None
    if day[1] and m["will"]:
        return None
    return capitalised(f"{whose} {'was' if day[1] else 'is'}{day[0]}{m['end'] or '.'}")


def _going(text: str) -> str | None:
    """"Tôi đi đám cưới bạn tôi." as "I'm going to my friend's wedding.", "Cuối tuần này tôi đi dự đám cưới." as "I'm
    going to a wedding this weekend.", "Bạn có đi đám cưới của Lan không?" as "Are you going to Lan's wedding?",
    "Tôi không đi đám cưới được." as "I can't go to the wedding." (_GOING); None for anything else."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    tense = " ".join((m and m["tense"] or "").split())
    if not m or asked != ("?" in m["end"]) or (tense == "có") != asked or ("ăn" in m["go"]) != bool(m["feast"]) or \
            (said := who(m, asked)) is None or (day := _day(m)) is None:
        return None
    who_, (on, behind), go = said[0], day, "come" if m["come"] else "go"
    going = "coming" if m["come"] else "going"
    if tense == "đã" and on and not behind or tense.startswith("sẽ") and behind or m["can"] and (
            tense not in ("có", "không") or behind or tense == "không" and asked):
        return None
    whose = _whose_en(m, "the wedding" if asked or "không" in tense or m["can"] else "a wedding")
    if whose is None or m["owner"] and keyed(m["owner"]) == keyed(m["who"] or ""):
        return None  # ("Tôi đi đám cưới của tôi.")
    to = f"to {whose}{on}"
    if asked:
        if m["can"] or behind:
            return f"{'Can' if m['can'] else 'Did'} {who_} {go} {to}?"
        return f"{be(who_).capitalize()} {who_} {going} {to}?"
    if m["can"]:
        return capitalised(f"{who_} can't {go} {to}.")
    if behind or tense == "đã":
        return None if "không" in tense else capitalised(f"{who_} {'came' if m['come'] else 'went'} {to}.")
    if "không" in tense:
        be_ = be(who_)
        said = "I'm not" if who_ == "I" else contracted(who_, f"{be_} not") if be_ != "is" else f"{who_} isn't"
        return capitalised(f"{said} {going} {to}.")
    return capitalised(contracted(who_, f"{be(who_)} {going} {to}."))


def _invited(text: str) -> str | None:
    """"Tôi được mời đến đám cưới của họ." as "I've been invited to their wedding.", "Bạn có được mời dự đám cưới
    không?" as "Have you been invited to the wedding?", "Tôi không được mời." … as "I wasn't invited to …" (_INVITED);
    None for anything else."""
    m = _INVITED.fullmatch(text)
    asked = bool(m and m["asked"])
    tense = m and m["tense"]
    if not m or asked != ("?" in m["end"]) or asked and (tense, m["asked"]) not in (
            ("có", "không"), (None, "chưa"), ("đã", "chưa")) or tense == "có" and not asked or \
            (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    have = "has" if be(who_) == "is" else "have"
    whose = _whose_en(m, "the wedding" if asked or tense in ("không", "chưa") else "a wedding")
    if whose is None:
        return None
    if asked:
        return f"{have.capitalize()} {who_} been invited to {whose}?"
    was = PAST_BE[be(who_)] + ("n't" if tense == "không" else "")
    if tense in ("đã", "không"):
        return capitalised(f"{who_} {was} invited to {whose}.")
    if tense == "chưa":
        return capitalised(f"{who_} {have}n't been invited to {whose}.")
    return capitalised(contracted(who_, f"{have} been invited to {whose}."))


def _whose_vi(m: re.Match) -> str:
    """Whose wedding of a match of _WHOSE_EN in Vietnamese, after "đám cưới": " của Lan", " của họ", "" for "the" or
    "a"."""
    if m["someone"]:
        return f" của {someone(m['someone'], 'en')}"
    whose = m["owner"].lower()
    return "" if whose in ("the", "a") else f" của {WHOSE_VI[whose]}"


def _getting_vi(text: str) -> str | None:
    """"My sister is getting married next month." as "Tháng sau em gái tôi sẽ kết hôn.", "They're getting divorced."
    as "Họ sắp ly hôn.", "Is she getting married?" as "Cô ấy sắp kết hôn phải không?", "We're planning to get married
    next year." as "Năm sau chúng tôi định kết hôn." (_GETTING_EN); None for anything else, where "is", "am" or
    "are" does not agree with who, and for a day behind."""
    m = _GETTING_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or not be_agrees(m, m["be0"] or m["be"]):
        return None
    day = when(m["day"], "en", NEAR_SPANS)
    if day is None or m["day"] and (BEHIND.search(m["day"]) or m["soon"]) or asked and day:
        return None
    who_, event = who_vi(m)[0], EVENTS_VI[m["event"]]
    if asked:
        return capitalised(f"{who_} sắp {event} phải không?")
    tense = "định" if m["plan"] == "planning" else "sẽ" if day else "sắp"
    return placed(f"{who_} {tense} {event}", day, ".")


def _when_vi(text: str) -> str | None:
    """"When are you getting married?" as "Khi nào bạn kết hôn?", "When did they get married?" as "Họ kết hôn khi
    nào?" (_WHEN_EN), "When is the wedding?" as "Đám cưới là khi nào?" (_WEDDING_EN); None for anything else, and
    where "is", "am" or "are" does not agree with who."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        m = _WEDDING_EN[0].fullmatch(text)
        return None if not m or (m["owner"] or "").lower() == "a" else f"Đám cưới{_whose_vi(m)} là khi nào?"
    if (m["aux"] in ("is", "am", "are")) != (m["verb"] == "getting") or m["verb"] == "getting" and not be_agrees(
            m, m["aux"]):
        return None
    who_, event = who_vi(m)[0], EVENTS_VI[m["event"]]
    return f"{who_.capitalize()} {event} khi nào?" if m["aux"] == "did" else f"Khi nào {who_} {event}?"


def _got_vi(text: str) -> str | None:
    """"She just got engaged." as "Cô ấy vừa đính hôn.", "They got married last year." as "Năm ngoái họ kết hôn.",
    "We're engaged." as "Chúng tôi đã đính hôn." (_GOT_EN, _ARE_EN); None for anything else, where "has" or "is" …
    does not agree with who, and for a day ahead."""
    m = _ARE_EN.fullmatch(text)
    if m:
        return capitalised(f"{who_vi(m)[0]} đã {EVENTS_VI[m['event']]}.") if be_agrees(m, m["be"]) else None
    m = _GOT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or "").strip().replace("’", "'")
    day = when(m["day"], "en", NEAR_SPANS)
    if aux and ((aux in ("'s", "has")) != one or not m["just"] or m["day"]) or day is None or m["day"] and not (
            BEHIND.search(m["day"])):
        return None
    event = EVENTS_VI[m["event"]]
    if m["just"]:
        return capitalised(f"{who_} vừa {event}{' ' + day if day else ''}.")
    return placed(f"{who_} {event}", day, ".") if day else capitalised(f"{who_} đã {event}.")


def _going_vi(text: str) -> str | None:
    """"I'm going to my friend's wedding." as "Tôi sẽ đi dự đám cưới của bạn tôi.", "I'm going to a wedding this
    weekend." as "Cuối tuần này tôi đi dự đám cưới.", "Are you going to Lan's wedding?" as "Bạn có đi dự đám cưới
    của Lan không?", "I went to …" as "Tôi đã đi dự …", "I can't go to the wedding." as "Tôi không đi dự đám cưới
    được." (_GOING_EN); None for anything else, where "is", "am" or "are" does not agree with who, and for a day
    and a tense that disagree."""
    m = _GOING_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or bool(m["going"]) != bool(m["be0"] or m["be"]) or m["be0"] and (
            m["be"]) or m["going"] and not be_agrees(m, m["be0"] or m["be"]) or asked and (m["not"] or m["nt"]):
        return None
    day = when(m["day"], "en", NEAR_SPANS)
    behind = bool(m["day"] and BEHIND.search(m["day"]))
    if day is None or behind != bool(m["went"] and m["day"]) or m["owner"] and m["owner"].lower() == "a" and (
            asked or not m["going"] or m["not"] or m["nt"]):
        return None
    who_, of = who_vi(m)[0], _whose_vi(m)
    if of == f" của {who_}":
        return None  # ("I'm going to my wedding.")
    go = "đến" if (m["going"] or m["went"] or m["go"]).startswith("c") else "đi"
    wedding = f"{go} dự đám cưới{of}"
    if asked:
        return placed(f"{who_} có {wedding}", day, " không?")
    if m["cant"]:
        return placed(f"{who_} không {wedding} được", day, ".")
    if m["went"]:
        return placed(f"{who_} đã {wedding}", day, ".")
    not_ = "không " if m["not"] or m["nt"] else ""
    return placed(f"{who_} {not_}{wedding}", day, ".") if day else capitalised(f"{who_} sẽ {not_}{wedding}.")


def _invited_vi(text: str) -> str | None:
    """"I was invited to their wedding." as "Tôi được mời dự đám cưới của họ.", "Have you been invited to the
    wedding?" as "Bạn có được mời dự đám cưới không?", "I wasn't invited" … as "Tôi không được mời …", "I haven't been
    invited" … as "Tôi chưa được mời …" (_INVITED_EN); None for anything else, and where "was", "has" … does not agree
    with who."""
    m = _INVITED_EN.fullmatch(text)
    asked = bool(m and m["aux0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["aux"]) or m["owner"] and m["owner"].lower() == "a" and (
            asked or m["not"] or m["nt"]):
        return None
    who_, one = who_vi(m)
    said = " ".join((m["aux0"] or m["aux"]).lower().replace("’", "'").split())
    has = {"'s": "has", "has": "has", "have": "have", "'ve": "have"}.get(said) if m["been"] else None  # ("'s been")
    aux = be_said(said)
    if m["been"] and not has or has and has != ("has" if one else "have") or not has and aux not in (
            be_of(who_, one), be_of(who_, one, True)) or asked and (m["not"] or m["nt"]):
        return None
    not_ = "" if not (m["not"] or m["nt"]) else "chưa " if has else "không "
    if asked:
        return capitalised(f"{who_} có được mời dự đám cưới{_whose_vi(m)} không?")
    return capitalised(f"{who_} {not_}được mời dự đám cưới{_whose_vi(m)}.")


def _wedding_vi(text: str) -> str | None:
    """"The wedding is next month." as "Đám cưới vào tháng sau.", "Lan's wedding is on Saturday." as "Đám cưới của
    Lan vào thứ Bảy." (_WEDDING_EN); None for anything else, and for a day and a tense that disagree."""
    m = _WEDDING_EN[1].fullmatch(text)
    if not m or m["owner"] and m["owner"].lower() == "a" or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    if bool(BEHIND.search(m["day"])) != (m["be"] == "was"):
        return None
    past = m["be"] == "was"  # ("đã diễn ra hôm qua", not "vào hôm qua"; "vào thứ Bảy")
    on = day if day.startswith(("vào ", "lúc ")) or past and not day.startswith(("thứ ", "Chủ nhật")) else f"vào {day}"
    return f"Đám cưới{_whose_vi(m)} {'đã diễn ra ' * past}{on}{m['end'] or '.'}"
