"""Moving house, both ways, written whole by rule: who just moved, has moved or moved when, is moving when (or soon,
or is going to, or plans to), has not moved yet; into a new apartment or house; asked when or where to; packing; the
new address asked. v8 (with every rule before this one) reads "chuyển" as moving about and "dọn đồ" as moving up:
"Chúng tôi mới chuyển nhà." → "We're just moving home.", "Tuần sau tôi chuyển nhà." → "Next week, I'll move home.",
"Mẹ tôi mới chuyển nhà." → "My mother was just moving home.", "Bác Hùng mới chuyển nhà." → "Uncle Hung switches
home.", "Anh ấy mới chuyển đến một căn hộ mới." → "He just turned to a new apartment.", "Tôi đang dọn đồ." → "I'm
moving up.", "Bạn dọn đồ xong chưa?" → "Do you clear the rumor?", "Bạn chuyển nhà bao giờ?" → "How long do you move
the house?"; "We just moved house." → "Chúng tôi chỉ di chuyển ngôi nhà." (only, moved about), "I'm moving next
week." → "Tôi sẽ di chuyển vào tuần tới.", "When are you moving?" → "Bạn đang di chuyển khi nào?", "I'm packing." →
"Tôi đang xếp gói.", "I haven't finished packing yet." → "Tôi chưa hoàn thành bao bì." (packaging), "She just moved
into a new flat." → "Cô ấy chỉ di chuyển vào một cái phẳng mới." (a flat thing).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) and a move of house ("chuyển nhà", "move
house") or into a new apartment or house ("chuyển đến căn hộ mới", "move into a new flat"), said with its tense: "vừa",
"mới" (just), "đã", "rồi" (has moved), a day behind (mt.free_time.when with mt.dates.NEAR_SPANS: "tuần
trước"), a day ahead ("tuần sau": "I'm moving house next week."), "sắp" (soon), "sẽ" (going to), "đang", "định"
(planning to), "chưa" (not yet); asked when ("khi nào" last of a move behind, first of one ahead), where to, whether
yet, whether soon; packing ("đóng gói", "dọn đồ", "thu dọn đồ đạc", "soạn đồ") going on, still, finished or not yet;
"What's your new address?". Left: a move with no word of its tense ("Tôi chuyển nhà.", "I'm moving."), "mới" with a
day (only, not just), a move to a place by its name (mt/visits.py, mt/origins.py; with a day ahead, the model), the
address itself, "dọn nhà" (mt/chores.py: cleaning), why one moved, and anything else.
mt.phrasebook.translate tries these after mt/weddings.py.

    >>> translate("Tuần sau tôi chuyển nhà.", "vi", "en"), translate("We just moved house.", "en", "vi")
    ("I'm moving house next week.", 'Chúng tôi vừa chuyển nhà.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EXPANDED, SOFTENED_END, SOFTENER, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chuyển|đóng\s+gói|dọn\s+đồ|soạn\s+đồ|địa\s+chỉ)"),
         "en": lazy(r"(?i:\bmov(?:e|ed|ing)\b|\bpacking\b|\baddress\b)")}
# the tense word before "chuyển" ("sắp" soon, "sẽ" going to, "định" planning to)
_ASPECT = r"(?:(?P<aspect>vừa\s+mới|mới|vừa|đã|sẽ|sắp|đang|dự\s+định|định|chưa)\s+)?"
# what is moved: house, or into a new apartment or house ("đến một căn hộ mới", "về nhà mới")
_WHAT = (r"(?:(?P<house>nhà)|(?:đến|tới|vào|về|sang)\s+(?:một\s+)?(?:(?P<flat>căn\s+hộ|chung\s+cư)|(?:ngôi\s+)?nhà)"
         r"\s+mới)")
_MOVE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?{_ASPECT}chuyển\s+{_WHAT}{DAY_AFTER}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không|à|hả))?{SOFTENED_END}")
# asked when: "khi nào" last asks of a move behind, first of one ahead ("Khi nào bạn chuyển nhà?")
_WHEN = lazy(rf"(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+{_ASPECT}chuyển\s+nhà"
             rf"(?:\s+(?P<when>khi\s+nào|bao\s+giờ|hồi\s+nào|lúc\s+nào))?{SOFTENER}\s*\?+")
_WHERE = lazy(rf"{WHO}\s+{_ASPECT}chuyển\s+(?:nhà\s+)?(?P<to>đến|tới|về|đi|sang)\s+đâu{SOFTENER}\s*\?+")
# packing ("Tôi đang đóng gói đồ đạc.", "Bạn dọn đồ xong chưa?"); "dọn" alone is cleaning (mt/chores.py)
_PACK = lazy(rf"{WHO}\s+(?:(?P<aspect>vẫn\s+đang|vẫn\s+còn|đang|vẫn|đã|chưa)\s+)?(?P<pack>đóng\s+gói|thu\s+dọn|"
             r"dọn|soạn)(?:\s+(?P<things>đồ\s+đạc|đồ))?(?:\s+(?P<done>xong))?(?:\s+(?P<then>rồi|chưa))?"
             rf"{SOFTENED_END}")
_ADDRESS = lazy(rf"[Đđ]ịa\s+chỉ\s+mới\s+(?:của\s+)?(?P<whose>(?i:{'|'.join(OWNERS)}))\s+là\s+gì{SOFTENER}"
                r"\s*\?+")

# ... and in English: an opening day, who, and the rest read against what English says of who (`_readings`)
_SAID_EN = lazy(rf"(?:(?P<day0>(?i:next|last|this|tomorrow|yesterday|on)\b[^,.!?]*?),?\s+)?{WHO_EN}"
                r"(?P<rest>(?:\s+|['’])[^,.!?]+?)\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<wh>When|Where)\s+)?(?P<aux>(?i:did|will|are|is|am|have|has))\s+{WHO_EN}"
                 r"\s+(?P<rest>[^,.!?]+?)\s*\?+")
_ADDRESS_EN = lazy(rf"What(?:['’]s|\s+is)\s+(?P<whose>(?i:{WHOSE_WORDS}))\s+new\s+address\s*\?+")
# contractions written out ("'s" is "has" before what has been done)
_HAS = lazy(r"'s(?= (?:just |not )?(?:moved|finished)\b)")
_NEW_HOME = lazy(r"(?i)\b(?:in)?to (?:a|the|my|our|your|his|her|their) new (?:(flat|apartment)|house|home)\b")
_WHAT_VI = {"house": "nhà", "home": "nhà", "into a new apartment": "đến căn hộ mới", "into a new house": "đến nhà mới"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of moving house, when, where to, or packing, or asks for the
    new address; None for any other."""
    if src == "vi":
        return _move(text) or _when(text) or _where(text) or _pack(text) or _address(text)
    return _said_vi(text) or _asked_vi(text) or _address_vi(text)


def _what(m: re.Match) -> str:
    """What is moved, in English: "house", "into a new apartment", "into a new house"."""
    return "house" if m["house"] else "into a new apartment" if m["flat"] else "into a new house"


def _day(said: str | None) -> tuple[str, str] | None:
    """A Vietnamese day in English and whether it is "ahead", "behind" or neither (""): ("next week", "ahead") for
    "tuần sau", ("last year", "behind") for "năm ngoái", ("", "") for none said; None for one not read."""
    day = when(said, "vi", NEAR_SPANS)
    if day is None and keyed(said or "").startswith("vào "):  # ("vào cuối tuần này": mt.dates reads it without)
        day = when(keyed(said)[4:], "vi", NEAR_SPANS)
    if day is None:
        return None
    return day, "ahead" if AHEAD.match(day) else "behind" if BEHIND.match(day) else ""


def _move(text: str) -> str | None:
    """"Chúng tôi mới chuyển nhà." as "We just moved house.", "Tuần sau tôi chuyển nhà." as "I'm moving house next
    week.", "Họ chuyển nhà tuần trước." as "They moved house last week.", "Tôi sắp chuyển nhà." as "I'm moving house
    soon.", "Bạn chuyển nhà chưa?" as "Have you moved house yet?" (_MOVE); None for anything else, and for a move
    with no word of its tense ("Tôi chuyển nhà.": moved, or moving?)."""
    m = _MOVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != (asked and m["asked"] == "không") or (
            m["day0"] and m["day"]) or (said := who(m, asked)) is None or (day := _day(m["day0"] or m["day"])) is None:
        return None
    (who_, one), (day, kind), what = said, day, _what(m)
    aspect, have, be_ = keyed(m["aspect"] or ""), "has" if one else "have", be(who_)
    if asked:
        if day or m["done"]:
            return None
        if m["asked"] == "chưa" and aspect in ("", "đã"):
            return f"{have.capitalize()} {who_} moved {what} yet?"
        if aspect == "sắp" or aspect in ("định", "dự định") and m["asked"] != "chưa":
            doing = "moving {} soon" if aspect == "sắp" else "planning to move {}"
            return f"{be_.capitalize()} {who_} {doing.format(what)}?"
        return None
    if m["done"]:
        return capitalised(contracted(who_, f"{have} moved {what}{m['end'] or '.'}")) if aspect in ("", "đã") and \
            not day else None
    end = m["end"] or "."
    if day:
        if aspect in ("", "sẽ", "sắp") and (kind == "ahead" or kind == "" and aspect):
            return capitalised(contracted(who_, f"{be_} moving {what} {day}{end}"))
        if aspect in ("", "đã") and (kind == "behind" or kind == "" and aspect):
            return capitalised(f"{who_} moved {what} {day}{end}")
        if aspect in ("định", "dự định") and kind != "behind":
            return capitalised(contracted(who_, f"{be_} planning to move {what} {day}{end}"))
        return None
    said = {"vừa": "just moved {}", "mới": "just moved {}", "vừa mới": "just moved {}", "đã": f"{have} moved {{}}",
            "sẽ": f"{be_} going to move {{}}", "sắp": f"{be_} moving {{}} soon", "đang": f"{be_} moving {{}}",
            "định": f"{be_} planning to move {{}}", "dự định": f"{be_} planning to move {{}}",
            "chưa": f"{have} not moved {{}} yet"}.get(aspect)
    if said is None:
        return None
    said = said.format(what).replace("has not", "hasn't").replace("have not", "haven't")
    return capitalised(contracted(who_, f"{said}{end}"))


def _when(text: str) -> str | None:
    """"Bạn chuyển nhà khi nào?" as "When did you move house?", "Khi nào bạn chuyển nhà?" as "When are you moving
    house?" (_WHEN: "khi nào" last asks of a move behind, first of one ahead, "đã" of one behind); None for anything
    else."""
    m = _WHEN.fullmatch(text)
    aspect = keyed(m["aspect"] or "") if m else ""
    if not m or bool(m["when0"]) == bool(m["when"]) or (said := who(m, True)) is None:
        return None
    behind = aspect == "đã" or m["when"] and aspect == ""
    if aspect not in ("", "đã", "sẽ") or m["when"] and aspect == "sẽ" and keyed(m["when"]) == "hồi nào":
        return None
    return f"When did {said[0]} move house?" if behind else f"When {be(said[0])} {said[0]} moving house?"


def _where(text: str) -> str | None:
    """"Bạn chuyển đến đâu?" as "Where did you move to?", "Bạn định chuyển đi đâu?" as "Where are you moving to?"
    (_WHERE: "đi" and "sẽ", "sắp", "định" of a move ahead); None for anything else."""
    m = _WHERE.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    aspect, who_ = keyed(m["aspect"] or ""), said[0]
    if aspect in ("sẽ", "sắp", "định", "dự định") or not aspect and m["to"] == "đi":
        return f"Where {be(who_)} {who_} moving to?"
    return f"Where did {who_} move to?" if aspect in ("", "đã", "mới", "vừa", "vừa mới") else None


def _pack(text: str) -> str | None:
    """"Tôi đang đóng gói đồ đạc." as "I'm packing.", "Tôi đang dọn đồ." as "I'm packing up.", "Tôi vẫn đang đóng
    gói." as "I'm still packing.", "Tôi đóng gói xong rồi." as "I've finished packing.", "Bạn dọn đồ xong chưa?" as
    "Have you finished packing?" (_PACK); None for anything else, and for "dọn", "soạn" without "đồ"."""
    m = _PACK.fullmatch(text)
    asked = bool(m and m["then"] == "chưa")
    if not m or asked != ("?" in m["end"]) or not m["things"] and keyed(m["pack"]) != "đóng gói" or (
            said := who(m, asked)) is None:
        return None
    (who_, one), aspect, end = said, keyed(m["aspect"] or ""), m["end"] or "."
    have = "has" if one else "have"
    if m["done"]:
        if asked and aspect in ("", "đã"):
            return f"{have.capitalize()} {who_} finished packing?"
        if m["then"] == "rồi" and aspect in ("", "đã"):
            return capitalised(contracted(who_, f"{have} finished packing{end}"))
        return capitalised(f"{who_} {have}n't finished packing yet{end}") if aspect == "chưa" and not m["then"] \
            else None
    if m["then"] or aspect not in ("đang", "vẫn đang", "vẫn", "vẫn còn"):
        return None
    still = "still " if aspect.startswith("vẫn") else ""
    up = " up" if keyed(m["pack"]) in ("dọn", "thu dọn") else ""
    return capitalised(contracted(who_, f"{be(who_)} {still}packing{up}{end}"))


def _address(text: str) -> str | None:
    """"Địa chỉ mới của bạn là gì?" as "What's your new address?" (_ADDRESS); None for anything else."""
    m = _ADDRESS.fullmatch(text)
    return f"What's {OWNERS[keyed(m['whose'])]} new address?" if m else None


def _plain(rest: str) -> str:
    """English words after who with their contractions written out, a new home said one way: "'s just moved into a new
    flat" as "has just moved into a new apartment"."""
    rest = _HAS.sub(" has", " ".join(rest.replace("’", "'").split())).replace("'s", " is")
    for short, long in EXPANDED.items():
        rest = rest.replace(short, long)
    return _NEW_HOME.sub(lambda m: "into a new apartment" if m[1] else "into a new house", rest)


def _readings(who_vi_: str, one: bool) -> dict[str, dict[str, str]]:
    """What English says of who (`who_vi_`, `one` as mt.hobbies.who_vi gives them), after who, and its Vietnamese
    by the day said with it ("" none, "ahead", "behind", "any" for a day of neither); "{x}" what is moved."""
    be_, have = be_of(who_vi_, one), "has" if one else "have"
    said: dict[str, dict[str, str]] = {}
    for what, x in _WHAT_VI.items():
        for en, vi in {f"just moved {what}": {"": "vừa chuyển {x}"},
                       f"{have} just moved {what}": {"": "vừa chuyển {x}"},
                       f"{have} moved {what}": {"": "đã chuyển {x} rồi"},
                       f"moved {what}": {"": "đã chuyển {x}", "behind": "chuyển {x}"},
                       f"{be_} moving {what}": {"": "sắp chuyển {x}", "ahead": "chuyển {x}"},
                       f"{be_} moving {what} soon": {"": "sắp chuyển {x}"},
                       f"{be_} going to move {what}": {"": "sẽ chuyển {x}", "ahead": "sẽ chuyển {x}"},
                       f"will move {what}": {"": "sẽ chuyển {x}", "ahead": "sẽ chuyển {x}"},
                       f"{be_} planning to move {what}": {"": "định chuyển {x}", "ahead": "định chuyển {x}"},
                       f"{have} not moved {what}": {"": "chưa chuyển {x}"},
                       f"{have} not moved {what} yet": {"": "chưa chuyển {x}"}}.items():
            said.setdefault(en, {}).update({k: v.format(x=x) for k, v in vi.items()})
    # "moved" alone is of house with a day, "yet" or "soon" ("They moved last week.", "I'm moving next week.")
    said |= {"moved": {"behind": "chuyển nhà"}, f"{be_} moving": {"ahead": "chuyển nhà"},
             f"{be_} moving soon": {"": "sắp chuyển nhà"}, f"{have} not moved yet": {"": "chưa chuyển nhà"},
             f"{be_} going to move": {"ahead": "sẽ chuyển nhà"}, "will move": {"ahead": "sẽ chuyển nhà"}}
    for still, vi in (("", "đang"), ("still ", "vẫn đang")):
        for more in ("", " up", " my things", " up my things", " our things", " up our things"):
            said[f"{be_} {still}packing{more}"] = {"": f"{vi} đóng gói đồ đạc"}
    said[f"{have} finished packing"] = {"": "đóng gói xong rồi"}
    said[f"{have} not finished packing"] = said[f"{have} not finished packing yet"] = {"": "chưa đóng gói xong"}
    return said


def _said_vi(text: str) -> str | None:
    """"We just moved house." as "Chúng tôi vừa chuyển nhà.", "I'm moving next week." as "Tuần sau tôi chuyển nhà.",
    "They moved house last month." as "Tháng trước họ chuyển nhà.", "I'm packing." as "Tôi đang đóng gói đồ đạc."
    (_SAID_EN, `_readings`); None for anything else, and where "is", "has" … does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    readings, words = _readings(who_, one), _plain(m["rest"]).split()
    for cut in range(len(words), 0, -1):  # (the day, if any, is what follows what English says of who)
        said, day_en = readings.get(" ".join(words[:cut]).lower()), " ".join(words[cut:]) or m["day0"]
        if said is None or cut < len(words) and m["day0"]:
            continue
        day = when(day_en, "en", NEAR_SPANS) if day_en else ""
        if day is None:
            return None
        kind = "" if not day else "ahead" if AHEAD.match(day_en.lower()) else "behind" if BEHIND.match(day_en) \
            else "any"
        vi = said.get(kind) if kind != "any" else said.get("ahead") or said.get("behind")
        return placed(f"{who_} {vi}", day, m["end"] or ".") if vi else None
    return None


def _asked_vi(text: str) -> str | None:
    """"When are you moving?" as "Khi nào bạn chuyển nhà?", "When did you move house?" as "Bạn chuyển nhà khi
    nào?", "Where did you move to?" as "Bạn chuyển đến đâu?", "Have you moved yet?" as "Bạn đã chuyển nhà chưa?",
    "Have you finished packing?" as "Bạn đóng gói xong chưa?" (_ASKED_EN); None for anything else, and where "are",
    "has" … does not agree with who."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, wh = m["aux"].lower(), m["wh"] or ""
    rest = _plain(m["rest"]).lower()
    rest = rest.removesuffix(" to") if wh == "Where" else rest
    if aux in ("are", "is", "am") and aux != be_of(who_, one) or aux in ("have", "has") and (aux == "has") != one:
        return None
    ahead = aux == "will" and rest in ("move", "move house") or aux in ("are", "is", "am") and rest in (
        "moving", "moving house", "going to move", "going to move house")
    if wh == "When":
        return capitalised(f"{who_} chuyển nhà khi nào?") if aux == "did" and rest in ("move", "move house") else \
            f"Khi nào {who_} chuyển nhà?" if ahead else None
    if wh == "Where":
        return capitalised(f"{who_} chuyển đến đâu?") if aux == "did" and rest == "move" else \
            capitalised(f"{who_} sẽ chuyển đến đâu?") if ahead and "house" not in rest else None
    if aux in ("have", "has"):
        said = {"moved house": "đã chuyển nhà", "moved yet": "đã chuyển nhà", "moved house yet": "đã chuyển nhà",
                "finished packing": "đóng gói xong", "finished packing yet": "đóng gói xong"}.get(rest)
        return capitalised(f"{who_} {said} chưa?") if said else None
    if aux in ("are", "is", "am") and rest in ("moving house", "moving soon", "moving house soon"):
        return capitalised(f"{who_} sắp chuyển nhà à?")
    return None


def _address_vi(text: str) -> str | None:
    """"What's your new address?" as "Địa chỉ mới của bạn là gì?" (_ADDRESS_EN); None for anything else."""
    m = _ADDRESS_EN.fullmatch(text)
    return f"Địa chỉ mới của {WHOSE_VI[m['whose'].lower()]} là gì?" if m else None
