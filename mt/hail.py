"""Hail, both ways, written whole by rule: hail there was, is or will be somewhere, forecast, how big the hailstones
were, what it broke or damaged, and who sheltered from it. v8 (rules on) reads "mưa đá" as rain, and "hail" as a pat
or a "twol": "Hôm qua ở quê tôi có mưa đá." → "Yesterday, I had a rain.", "Dự báo chiều nay có mưa đá." → "Fortified
this afternoon rain.", "Mưa đá to bằng quả trứng gà." → "The rain is rocked with chicken eggs.", "Mưa đá làm vỡ ngói
nhà tôi." → "The rain broke down my house.", "Lúa nhà tôi bị hỏng hết vì mưa đá." → "My home was broken because of the
rain.", "Chúng tôi đang trú mưa đá." → "We're running rain."; "It hailed yesterday." → "Nó đã vỗ hôm qua.", "Hail is
forecast for this afternoon." → "Tóc là dự báo chiều nay." (hair), "The hail broke my car windscreen." → "Hail đã làm
màn hình gió mạnh.", "It's hailing in Sa Pa." → "Nó đang chuẩn bị ở Sa Pa.".

Taken: hail (a hailstorm, big) on a day behind (mt.dates.NEAR_DAYS; earlier today with "đã"), here, in a place by its
name (mt.people.named_place), a region (mt.floods.REGIONS), whose hometown or village, "chỗ tôi" (where I live): said,
denied, asked; hail just now ("vừa"), now ("đang"), about to, often or rarely somewhere; on a day ahead or later today
("sẽ", "có thể", the day alone), asked, denied, forecast ("Dự báo …"); hailstones as big as a thing of SIZES; hail
breaking or damaging whose (car) windscreen, car, roof tiles, or crops of CROPS (whose, whose family's, the), either way
round ("Mưa đá làm vỡ …", "… bị hỏng hết vì mưa đá"); who (mt.hobbies.WHO, WHO_EN) is sheltering from it, or sheltered
(had to) on a day behind, indoors or under a bridge. Left: "kính xe" with no "chắn gió" (the windscreen, a window, a
motorbike's?), tiles or a car with no whose, "Có mưa đá." and "Sáng nay có mưa đá." (when?), "không" later today (none
so far, or to come?), "Mưa đá hôm qua." (yesterday's hail), "mới" with a place (just, or only there?), asked with
"vừa", "có thể" or no day, "rồi" (done, or now?), sheltering with no day or tense, "anh", "chị", "em" alone saying
it, "Anh" opening with no "ở" (the UK, or you?), "đá" alone (ice, stone, a kick), rain and the weather (mt/weather.py,
weather_said.py, weather_asked.py, getting_wet.py), storms and floods (mt/floods.py), car trouble
(mt/car_trouble.py), and anything else.
mt.phrasebook.translate tries these after mt/nosebleeds.py.

    >>> translate("Hôm qua ở quê tôi có mưa đá.", "vi", "en"), translate("It hailed yesterday.", "en", "vi")
    ('It hailed in my hometown yesterday.', 'Hôm qua có mưa đá.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, NEAR_WAY, near_days
from .floods import REGIONS, REGIONS_VI
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_agrees, owner_of, someone, who, who_vi
from .lazy_re import lazy
from .people import named_place
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mưa\s+đá)"), "en": lazy(r"(?i:hail)")}
# the days read: behind (it hailed), later today or ahead (it will); "tối nay" is never behind
DAYS = near_days(*NEAR_DAYS["behind"], "hôm nay", "sáng nay", "chiều nay", "tối nay", "đêm nay", *NEAR_DAYS["ahead"])
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_TONIGHT = {"tối nay", "đêm nay"}
# one's own place (whose hometown), and where one lives ("chỗ tôi"); the first Vietnamese of each is written back
_HOMES = {"quê": "hometown", "làng": "village"}
_HOMES_VI = {"hometown": "quê", "home town": "quê", "home village": "quê", "village": "làng"}
_SPOTS = {"tôi": "where I live", "chúng tôi": "where we live", "bạn": "where you live"}
_SPOTS_VI = {en: vi for vi, en in _SPOTS.items()}
# what hail is as big as (the first Vietnamese of each is written back)
SIZES = {"quả trứng gà": "eggs", "trứng gà": "eggs", "quả trứng": "eggs", "quả trứng cút": "quail eggs",
         "trứng cút": "quail eggs", "trứng chim cút": "quail eggs", "quả bóng bàn": "ping-pong balls",
         "quả bóng golf": "golf balls", "viên bi": "marbles", "hòn bi": "marbles", "nắm tay": "fists",
         "quả chanh": "limes", "hạt ngô": "corn kernels", "hạt lạc": "peanuts", "quả nhãn": "longans"}
SIZES_VI = {en: vi for vi, en in reversed(SIZES.items())} | {
    "hen's eggs": "quả trứng gà", "chicken eggs": "quả trứng gà", "ping pong balls": "quả bóng bàn",
    "table tennis balls": "quả bóng bàn"}
# crops hail ruins, and whether English says them as many (the first Vietnamese of each is written back)
CROPS = {"lúa": ("rice", False), "rau": ("vegetables", True), "hoa màu": ("crops", True),
         "cây trồng": ("crops", True), "ngô": ("maize", False), "cây ăn quả": ("fruit trees", True)}
CROPS_VI = {en: vi for vi, (en, _) in reversed(CROPS.items())} | {"corn": "ngô"}
# where one sheltered
_SHELTERS = {"dưới gầm cầu": "under a bridge", "trong nhà": "indoors"}
_SHELTERS_VI = {en: vi for vi, en in _SHELTERS.items()}
# what Vietnamese says before "mưa đá" (the first of each is written back)
_AUX = {"vừa mới": "just", "vừa": "just", "mới": "just", "đã": "did", "đang": "now", "sẽ": "will", "sắp": "soon",
        "có thể": "may", "không": "not", "hay": "often", "thường": "often", "ít khi": "rarely", "hiếm khi": "rarely"}

_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0, _DAY_END = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?", rf"(?:\s+(?P<day>{_DAY}))?"
# a place's name: words, none of them a verb's or a day's ("Hôm qua có …" is no place "có")
_WORD = (r"(?!(?i:trời|ngoài|có|vừa|mới|đang|đã|sẽ|sắp|không|hay|thường|ít|hiếm|dự|theo|hôm|ngày|tối|sáng|chiều|"
         r"đêm|tuần|tháng|năm|cuối|mưa|ở)(?!\w))[^\W\d_]+")
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,3}}?"


def _where(n: int, at: str) -> str:
    """Where, in Vietnamese, its groups ending in `n`: "ở đây", "ở quê tôi", "ở chỗ tôi", "ở miền Bắc", "ở Sa Pa";
    `at` the pattern of the "ở" before a place ("?" where it may be left out)."""
    return (rf"(?:(?P<here{n}>(?i:ở)\s+đây)|(?P<at{n}>(?i:ở)\s+){at}(?:(?P<home{n}>(?i:{alternatives(_HOMES)}))"
            rf"(?:\s+của)?\s+(?P<whose{n}>{alternatives(OWNERS)})(?!\s+(?:ấy|ta)\b)|(?i:chỗ)\s+(?P<spot{n}>"
            rf"{alternatives(_SPOTS)})(?!\s+(?:ấy|ta)\b)|(?P<region{n}>(?i:{alternatives(REGIONS)}))|"
            rf"(?P<named{n}>{_NAME})))")


# hail there was, is, will be ("Hôm qua ở quê tôi có mưa đá.", "Trời đang mưa đá.", "Dự báo chiều nay có mưa đá.")
_THERE = lazy(rf"(?:(?P<fc>(?i:(?:theo\s+)?dự\s+báo(?:\s+thời\s+tiết)?))\s*,?\s+)?{_DAY0}(?:{_where(0, '?')}\s*,?\s+)?"
              rf"(?:(?P<day1>{_DAY})\s+)?(?:(?P<sky>(?i:ngoài\s+trời|trời))\s+)?(?:(?P<aux>(?i:{alternatives(_AUX)}))"
              r"\s+)?(?:(?P<ask>(?i:có))\s+)?(?:(?P<storm>(?i:(?:một\s+)?trận))\s+)?(?i:mưa)\s+đá"
              rf"(?:\s+(?P<big>lớn|to))?(?:\s+{_where(1, '')})?{_DAY_END}{ASKED_END}")
# how big ("Mưa đá to bằng quả trứng gà.", "Hôm qua hạt mưa đá to như quả bóng bàn.")
_SIZE = lazy(rf"{_DAY0}(?:(?i:hạt|viên|cục)\s+)?(?i:mưa)\s+đá(?:\s+(?P<day1>{_DAY}))?\s+(?:to|lớn)\s+(?:bằng|như)"
             rf"\s+(?:cả\s+)?(?P<size>{alternatives(SIZES)}){SOFTENED_END}")
# what hail breaks or damages, whose (groups glass, car2, tiles, crop)
_THING = (r"(?:(?P<glass>(?i:kính))(?P<wind>\s+chắn\s+gió)?(?:\s+của)?\s+(?:xe\s+ô\s+tô|xe\s+hơi|ô\s+tô|xe)|"
          r"(?P<car2>(?i:xe\s+ô\s+tô|xe\s+hơi|ô\s+tô))|(?P<tiles>(?i:ngói))(?:\s+trên\s+mái)?(?:\s+của)?\s+nhà|"
          rf"(?P<crop>(?i:{alternatives(CROPS)}))(?:\s+(?P<fam>nhà))?)(?:\s+(?:của\s+)?{OWNER})?")
_VERBS = {"vỡ": "broke", "hỏng": "damaged", "hư": "damaged", "hư hại": "damaged"}
_BROKE = lazy(rf"{_DAY0}(?P<storm>(?i:trận\s+))?(?i:mưa)\s+đá\s+(?:đã\s+)?(?P<smash>làm|đập)\s+"
              rf"(?P<verb>{alternatives(_VERBS)})(?P<all>\s+hết)?\s+{_THING}{_DAY_END}{SOFTENED_END}")
_DAMAGED = lazy(rf"{_DAY0}{_THING}(?:\s+(?P<day1>{_DAY}))?\s+(?:đã\s+)?bị\s+(?:(?P<by0>(?:trận\s+)?mưa\s+đá)\s+"
                rf"(?P<smash>làm|đập)\s+)?(?P<verb>{alternatives(_VERBS)})(?P<all>\s+hết)?(?:\s+(?:vì|do|bởi)\s+"
                rf"(?P<by>(?:trận\s+)?mưa\s+đá))?{_DAY_END}{SOFTENED_END}")
# who sheltered ("Chúng tôi đang trú mưa đá.", "Hôm qua tôi phải trú mưa đá dưới gầm cầu.")
_SHELTER = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>đang|phải|đã\s+phải|đã)\s+)?(?:trú|tránh|núp)\s+mưa\s+đá"
                rf"(?:\s+(?P<at>{alternatives(_SHELTERS)}))?{_DAY_END}{SOFTENED_END}")

# ... and in English
_DAY_EN = rf"(?i:{alternatives(DAYS_VI)})"
_DAY0_EN = rf"(?:(?P<day0>{_DAY_EN}),?\s+)?"
_DAY_END_EN = rf"(?:\s+(?P<for>for\s+)?(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)"
_PLACE_EN = (rf"(?:(?P<here>here)|(?P<spot>{alternatives(_SPOTS_VI)})|(?P<prep>in|for)\s+(?:(?P<whose>(?i:"
             rf"{WHOSE_WORDS}))\s+(?P<home>{alternatives(_HOMES_VI)})|(?P<region>(?i:{alternatives(REGIONS_VI)}))|"
             r"(?P<named>[A-Z]\w*(?:\s+[A-Z]\w*){0,2})))")
_WHAT_EN = r"(?:(?P<storm>an?\s+(?:(?P<big>big)\s+)?hailstorm)|(?P<hail>hail))"
_PAST_EN = lazy(rf"{_DAY0_EN}(?:(?P<q>Did)\s+it\s+hail|[Ii]t\s+(?P<not>didn['’]t|did\s+not)\s+hail|[Ii]t\s+hailed|"
                rf"(?:(?P<q2>Was)\s+there|[Tt]here\s+was(?P<no>\s+no)?)\s+{_WHAT_EN})(?:\s+{_PLACE_EN})?"
                rf"{_DAY_END_EN}")
_NOW_EN = lazy(rf"(?:(?:It(?:['’]s|\s+is)|(?P<q>Is)\s+it)\s+(?P<verb>hailing|about\s+to\s+hail)|It\s+(?P<often>often|"
               rf"rarely)\s+hails)(?:\s+(?:(?P<outside>outside)|{_PLACE_EN}))?\s*(?P<end>[.!?]*)")
_AHEAD_EN = lazy(rf"{_DAY0_EN}(?:[Ii]t(?:\s+|(?=['’]))(?P<verb>will|['’]ll|may|might|is\s+going\s+to|"
                 r"['’]s\s+going\s+to|won['’]t|will\s+not)\s+hail|(?P<q>Will|Is)\s+it\s+(?P<going>going\s+to\s+)?"
                 rf"hail|(?:[Tt]here\s+(?P<verb2>will|may|might)\s+be|(?P<q2>Will)\s+there\s+be)\s+{_WHAT_EN}|"
                 rf"(?P<fc>Hail)\s+is\s+forecast)(?:\s+{_PLACE_EN})?{_DAY_END_EN}")
_SIZE_EN = lazy(rf"(?:[Tt]he\s+)?(?P<stones>[Hh]ailstones|[Hh]ail)\s+(?P<be>were|are|was|is)\s+(?:as\s+big\s+as|"
                rf"the\s+size\s+of)\s+(?P<size>{alternatives(SIZES_VI)})(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)")
_OWNED_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_THING_EN = (rf"(?:(?P<on>[Tt]he\s+roof\s+tiles\s+on\s+)?{_OWNED_EN}\s+(?:(?P<fam>family['’]s)\s+)?(?P<what>car\s+"
             rf"windscreen|car\s+windshield|windscreen|windshield|car|roof\s+tiles|house|{alternatives(CROPS_VI)})|"
             rf"(?P<the>[Tt]he)\s+(?P<crop>{alternatives(CROPS_VI)}))")
_VERBS_EN = {"broke": "vỡ", "smashed": "vỡ", "broken": "vỡ", "damaged": "hỏng", "ruined": "hỏng hết",
             "completely ruined": "hỏng hết", "all ruined": "hỏng hết", "destroyed": "hỏng hết"}
_BROKE_EN = lazy(rf"{_DAY0_EN}(?:[Tt]he\s+|(?=H))[Hh]ail(?P<storm>storm)?\s+(?P<verb>broke|smashed|damaged|"
                 rf"(?:completely\s+)?ruined|destroyed)\s+{_THING_EN}{_DAY_END_EN}")
_DAMAGED_EN = lazy(rf"{_DAY0_EN}{_THING_EN}\s+(?P<be>was|were)\s+(?P<verb>broken|smashed|damaged|(?:completely\s+|all"
                   rf"\s+)?ruined|destroyed)\s+by\s+(?:the\s+|a\s+)?hail(?P<storm>storm)?{_DAY_END_EN}")
_SHELTER_EN = lazy(rf"{_DAY0_EN}{WHO_EN}(?:{BE_EN}\s+(?P<ing>sheltering)|\s+(?P<had>had\s+to\s+(?:take\s+shelter|"
                   r"shelter))|\s+(?:took\s+shelter|sheltered))\s+from\s+the\s+hail(?:\s+(?P<at>"
                   rf"{alternatives(_SHELTERS_VI)}))?{_DAY_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of hail the module docstring says is taken; None for any other."""
    if src == "vi":
        return _there(text) or _size(text) or _damage(text) or _shelter(text)
    return (_past_vi(text) or _now_vi(text) or _ahead_vi(text) or _size_vi(text) or _damage_vi(text) or
            _shelter_vi(text))


def _day(m: re.Match, en: bool = False) -> str | None:
    """The one day said in a match (groups day0, day1, day; `en` of English), in Vietnamese, keyed ("hôm qua"); "" for
    none, None for two."""
    said = [DAYS_VI[d.lower()] if en else keyed(d) for n in ("day0", "day1", "day") if (d := m.groupdict().get(n))]
    return None if len(said) > 1 else said[0] if said else ""


def _place(m: re.Match) -> str | None:
    """Where, in English, of a match of _THERE, its word before (" in Sa Pa"); "" for none, None for not read or two."""
    said = [n for n in ("0", "1") if any(m[g + n] for g in ("here", "home", "spot", "region", "named"))]
    if len(said) != 1:
        return "" if not said else None
    n = said[0]
    if m[f"here{n}"]:
        return " here"
    if m[f"spot{n}"]:
        return f" {_SPOTS[keyed(m[f'spot{n}'])]}"
    if m[f"home{n}"]:
        return f" in {OWNERS[keyed(m[f'whose{n}'])]} {_HOMES[keyed(m[f'home{n}'])]}"
    if m[f"region{n}"]:
        return f" in {REGIONS[next(r for r in REGIONS if keyed(r) == keyed(m[f'region{n}']))]}"
    if not m[f"at{n}"] and keyed(m[f"named{n}"]) == "anh":
        return None  # ("Hôm qua Anh có …": the UK, or you?)
    named = named_place(m[f"named{n}"], "vi")
    return named and f" in {named}"


def _there(text: str) -> str | None:
    """"Hôm qua ở Hà Nội có mưa đá không?" as "Did it hail in Hanoi yesterday?", "Trời đang mưa đá." as "It's
    hailing." (_THERE); None for anything else, and what the module docstring leaves (no day or tense, "mới" …)."""
    m = _THERE.fullmatch(text)
    if not m or keyed(text).startswith("mưa") or (day := _day(m)) is None or \
            (where := _place(m)) is None or where and keyed(m["aux"] or "") == "mới":
        return None
    aux, asked = _AUX.get(keyed(m["aux"] or ""), ""), bool(m["asked"])
    outside = keyed(m["sky"] or "") == "ngoài trời"
    if asked != ("?" in m["end"]) or asked and not m["ask"] or m["big"] and not m["storm"] or \
            m["storm"] and m["sky"] or outside and (where or aux != "now"):
        return None
    way = NEAR_WAY[day] if day else ""
    what = f"a{' big' * bool(m['big'])} hailstorm" if m["storm"] else ""
    end, when = stop(m["end"]), f" {DAYS[day]}" if day else ""
    if m["fc"]:
        if way not in ("today", "ahead") or aux not in ("", "will") or asked:
            return None
        for_ = where.replace(" in ", " for ", 1)
        return f"{capitalised(what) or 'Hail'} is forecast{for_}{' for' * (not where)}{when}{end}"
    if way == "behind" or way == "today" and aux == "did" and day not in _TONIGHT:
        if aux not in ("", "did", "not") or asked and aux or what and aux == "not":
            return None  # ("vừa", "sẽ" on a day behind; a hailstorm denied)
        if asked:
            return f"Was there {what}{where}{when}?" if what else f"Did it hail{where}{when}?"
        if aux == "not":
            return f"It didn't hail{where}{when}{end}"
        return f"There was {what}{where}{when}{end}" if what else f"It hailed{where}{when}{end}"
    if way in ("today", "ahead") and aux not in ("did", "just", "now", "soon", "often", "rarely"):
        if asked and aux or aux in ("", "not") and way == "today":
            return None  # ("Chiều nay (không) có mưa đá." may be this afternoon's, gone)
        verb = {"": "will", "will": "will", "may": "may", "not": "won't"}[aux]
        if asked:
            return f"Will there be {what}{where}{when}?" if what else f"Will it hail{where}{when}?"
        return f"There {verb} be {what}{where}{when}{end}" if what else f"It {verb} hail{where}{when}{end}"
    if day or asked and aux != "now" or what and aux != "just":
        return None
    if aux in ("often", "rarely"):
        return f"It {aux} hails{where}{end}" if where else None
    if aux == "now":
        where = " outside" if outside else where
        return f"Is it hailing{where}?" if asked else f"It's hailing{where}{end}"
    said = {"just": "It has just hailed", "soon": "It's about to hail", "will": "It will hail", "may": "It may hail"}
    if aux == "just" and what:
        return f"There has just been {what}{where}{end}"
    return f"{said[aux]}{where}{end}" if aux in said else None


def _size(text: str) -> str | None:
    """"Mưa đá to bằng quả trứng gà." as "The hailstones were as big as eggs.", "Hôm qua mưa đá to như quả bóng bàn."
    as "… ping-pong balls yesterday." (_SIZE); None for anything else, and on a day not behind."""
    m = _SIZE.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or day and NEAR_WAY[day] != "behind":
        return None
    when = f" {DAYS[day]}" if day else ""
    return f"The hailstones were as big as {SIZES[keyed(m['size'])]}{when}{stop(m['end'])}"


def _thing(m: re.Match) -> tuple[str, bool, str] | None:
    """What hail broke, of a match of _THING, in English ("my windscreen", "my family's rice"), whether many, and its
    kind ("glass", "car", "tiles", "crop"); None where whose is not read or not said where it must be, and for "kính
    xe" with no "chắn gió" (the windscreen, or a window?)."""
    whose = owner_of(m, "")
    if whose is None or m["glass"] and not m["wind"] or not (whose or m["crop"]):
        return None
    if m["glass"]:
        return f"{whose} windscreen", False, "glass"
    if m["car2"]:
        return f"{whose} car", False, "car"
    if m["tiles"]:
        return f"the roof tiles on {whose} house", True, "tiles"
    crop, many = CROPS[keyed(m["crop"])]
    if m["fam"]:  # ("Lúa nhà tôi": my family's rice; "nhà mẹ tôi" would be "my mother's family's")
        return (f"{whose} family's {crop}", many, "crop") if m["owner"] else None
    return f"{whose or 'the'} {crop}", many, "crop"


def _damage(text: str) -> str | None:
    """"Mưa đá làm vỡ kính chắn gió xe tôi." as "The hail broke my windscreen." (_BROKE, _DAMAGED); None for anything
    else, for crops or a car broken as glass is, and for glass or tiles "hỏng hết"."""
    m = _BROKE.fullmatch(text) or _DAMAGED.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing(m)) is None:
        return None
    passive, day = "by" in m.re.groupindex, _day(m)
    if day is None or day and NEAR_WAY[day] == "ahead" or day in _TONIGHT:
        return None
    said, many, kind = thing
    verb = _VERBS[keyed(m["verb"])]
    if verb == "broke" and kind not in ("glass", "tiles") or m["all"] and (verb == "broke" or kind != "crop") or \
            m["smash"] == "đập" and verb != "broke" or passive and bool(m["by0"]) == bool(m["by"]):
        return None
    by = (m["by0"] or m["by"] or "") if passive else m["storm"] or ""
    hail = "hailstorm" if keyed(by).startswith("trận") else "hail"
    when, end = f" {DAYS[day]}" if day else "", stop(m["end"])
    if passive:
        done = "completely ruined" if m["all"] else "broken" if verb == "broke" else verb
        return capitalised(f"{said} {'were' if many else 'was'} {done} by the {hail}{when}{end}")
    done = "completely ruined" if m["all"] else "smashed" if m["smash"] == "đập" else verb
    return f"The {hail} {done} {said}{when}{end}"


def _shelter(text: str) -> str | None:
    """"Chúng tôi đang trú mưa đá." as "We're sheltering from the hail." (_SHELTER); None for anything else, and for
    no day or tense said ("Tôi trú mưa đá.": does, did?) and "mình"."""
    m = _SHELTER.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or keyed(m["who"] or "") == "mình" or \
            (found := who(m, False)) is None:
        return None  # ("Mình đang trú mưa đá.": I, or we?)
    who_, aux, at = found[0], keyed(m["aux"] or ""), f" {_SHELTERS[keyed(m['at'])]}" if m["at"] else ""
    if aux == "đang":
        said = f"{be(who_)} sheltering from the hail{at}{stop(m['end'])}"
        return None if day else capitalised(contracted(who_, said))
    if not day or NEAR_WAY[day] != "behind":
        return None
    took = "had to take" if "phải" in aux else "took"
    return capitalised(f"{who_} {took} shelter from the hail{at} {DAYS[day]}{stop(m['end'])}")


def _place_vi(m: re.Match) -> str | None:
    """Where, in Vietnamese, of a match of _PLACE_EN ("ở quê tôi", "ở Sa Pa"); "" for none, None for one not read."""
    if m["here"]:
        return "ở đây"
    if m["spot"]:
        return f"ở chỗ {_SPOTS_VI[m['spot']]}"
    if m["home"]:
        return f"ở {_HOMES_VI[m['home']]} {WHOSE_VI[m['whose'].lower()]}"
    if m["region"]:
        return f"ở {REGIONS_VI[m['region'].lower()]}"
    named = m["named"] and named_place(m["named"], "en")
    return f"ở {named}" if named else None if m["named"] else ""


def _said(day: str, where: str, rest: str) -> str:
    """A Vietnamese sentence, the day and where first: "Hôm qua ở Sa Pa có mưa đá."."""
    return capitalised(" ".join(w for w in (day, where, rest) if w))


def _what_vi(m: re.Match) -> str:
    """Hail, or a hailstorm, of a match of _WHAT_EN in Vietnamese."""
    return f"một trận mưa đá{' lớn' * bool(m['big'])}" if m.groupdict().get("storm") else "mưa đá"


def _past_vi(text: str) -> str | None:
    """"Did it hail in Sa Pa yesterday?" as "Hôm qua ở Sa Pa có mưa đá không?" (_PAST_EN); None for anything else,
    and on a day not behind (earlier today: "đã")."""
    m = _PAST_EN.fullmatch(text)
    if not m or bool(m["q"] or m["q2"]) != ("?" in m["end"]) or m["prep"] == "for" or m["for"] or \
            m["no"] and m["storm"] or not (day := _day(m, True)) or (where := _place_vi(m)) is None:
        return None
    if NEAR_WAY[day] == "ahead" or day in _TONIGHT:
        return None
    did = "đã " if NEAR_WAY[day] == "today" else ""
    if m["q"] or m["q2"]:
        return _said(day, where, f"có {_what_vi(m)} không?")
    if m["not"] or m["no"]:
        return _said(day, where, "không có mưa đá.")
    return _said(day, where, f"{did}có {_what_vi(m)}{stop(m['end'])}")


def _now_vi(text: str) -> str | None:
    """"It's hailing in Sa Pa." as "Ở Sa Pa đang có mưa đá.", "It's about to hail." as "Trời sắp mưa đá." (_NOW_EN);
    None for anything else, and how often with no place."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["prep"] == "for" or (where := _place_vi(m)) is None:
        return None
    if m["often"]:
        often = "hay" if m["often"] == "often" else "ít khi"
        return _said("", where, f"{often} có mưa đá{stop(m['end'])}") if where else None
    aux = "đang" if m["verb"] == "hailing" else "sắp"
    if m["q"]:
        return _said("", where or ("ngoài trời" if m["outside"] else "trời"), f"có {aux} mưa đá không?")
    if where:
        return _said("", where, f"{aux} có mưa đá{stop(m['end'])}")
    return f"{'Ngoài trời' if m['outside'] else 'Trời'} {aux} mưa đá{stop(m['end'])}"


def _ahead_vi(text: str) -> str | None:
    """"It may hail this afternoon." as "Chiều nay có thể có mưa đá.", "Hail is forecast for this afternoon." as "Dự
    báo chiều nay có mưa đá." (_AHEAD_EN); None for anything else, and on a day behind."""
    m = _AHEAD_EN.fullmatch(text)
    if not m or bool(m["q"] or m["q2"]) != ("?" in m["end"]) or (m["q"] == "Is") != bool(m["going"]):
        return None
    fc = bool(m["fc"])
    if m["for"] and not (fc and m["day"] and not m["prep"]) or m["prep"] == "for" and not fc:
        return None
    day, where = _day(m, True), _place_vi(m)
    if day is None or where is None or day and NEAR_WAY[day] == "behind":
        return None
    if fc:
        return capitalised(" ".join(w for w in ("Dự báo", day, where, "có mưa đá.") if w))
    if m["q"] or m["q2"]:  # (asked with no day: "Có mưa đá không?" may ask of now)
        return _said(day, where, f"có {_what_vi(m)} không?") if day else None
    verb = " ".join((m["verb"] or m["verb2"]).lower().replace("’", "'").split())
    how = {"may": "có thể có", "might": "có thể có", "won't": "sẽ không có", "will not": "sẽ không có"}.get(
        verb, "sẽ có")
    if how == "sẽ không có" and m["storm"]:
        return None
    return _said(day, where, f"{how} {_what_vi(m)}{stop(m['end'])}")


def _size_vi(text: str) -> str | None:
    """"The hailstones were as big as eggs." as "Mưa đá to bằng quả trứng gà." (_SIZE_EN); None for anything else,
    where the verb does not agree ("The hailstones was"), and "are" on a day behind."""
    m = _SIZE_EN.fullmatch(text)
    if not m or (m["stones"].lower() == "hailstones") != (m["be"] in ("were", "are")):
        return None
    day = _day(m, True)
    if day and (NEAR_WAY[day] != "behind" or m["be"] in ("are", "is")):
        return None
    return _said(day, "", f"mưa đá to bằng {SIZES_VI[m['size']]}{stop(m['end'])}")


def _thing_vi(m: re.Match) -> tuple[str, bool, str] | None:
    """What hail broke, of a match of _THING_EN, in Vietnamese ("kính chắn gió xe tôi", "ngói nhà tôi", "lúa nhà
    tôi"), whether English says it as many, and its kind; None for whose not read."""
    if m["the"]:
        return CROPS_VI[m["crop"]], CROPS[CROPS_VI[m["crop"]]][1], "crop"
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    what = " ".join(m["what"].split())
    # ("the roof tiles on my house", not "my house" broken; "my family's" of crops)
    if whose is None or bool(m["on"]) != (what == "house") or m["fam"] and (what not in CROPS_VI or not m["whose"]):
        return None
    if "wind" in what:
        # ("chắn gió" kept: "kính xe ô tô" alone may be any of its windows)
        return f"kính chắn gió xe {'ô tô của ' * what.startswith('car')}{whose}", False, "glass"
    if what == "car":
        return f"xe ô tô của {whose}", False, "car"
    if what in ("roof tiles", "house"):
        return f"ngói nhà {whose}", True, "tiles"
    crop = CROPS_VI[what]
    return f"{crop} {'nhà' if m['fam'] else 'của'} {whose}", CROPS[crop][1], "crop"


def _damage_vi(text: str) -> str | None:
    """"Our rice was ruined by the hail." as "Lúa của chúng tôi bị hỏng hết vì mưa đá." (_BROKE_EN, _DAMAGED_EN); None
    for anything else, where the verb does not agree, crops or a car broken as glass is, and on a day not behind."""
    m = _BROKE_EN.fullmatch(text) or _DAMAGED_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["for"] or (said := _day(m, True)) is None or (thing := _thing_vi(m)) is None:
        return None
    if said and (NEAR_WAY[said] == "ahead" or said in _TONIGHT):
        return None
    what, many, kind = thing
    verb = _VERBS_EN[" ".join(m["verb"].lower().split())]
    passive = "be" in m.re.groupindex
    if verb == "vỡ" and kind not in ("glass", "tiles") or verb == "hỏng hết" and kind != "crop" or \
            passive and (m["be"] == "were") != many:
        return None
    hail = "trận mưa đá" if m["storm"] else "mưa đá"
    if passive:
        return _said(said, "", f"{what} bị {verb} vì {hail}{stop(m['end'])}")
    does = "đập vỡ" if m["verb"] == "smashed" else f"làm {verb}"
    return _said(said, "", f"{hail} {does} {what}{stop(m['end'])}")


def _shelter_vi(text: str) -> str | None:
    """"We're sheltering from the hail." as "Chúng tôi đang trú mưa đá." (_SHELTER_EN); None for anything else, where
    "is", "am", "are" does not agree with who, and past with no day behind."""
    m = _SHELTER_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["for"] or (day := _day(m, True)) is None:
        return None
    who_, at = who_vi(m)[0], f" {_SHELTERS_VI[m['at']]}" if m["at"] else ""
    if m["ing"] and (day or not be_agrees(m, m["be"])) or not m["ing"] and (not day or NEAR_WAY[day] != "behind"):
        return None
    if m["ing"]:
        return capitalised(f"{who_} đang trú mưa đá{at}{stop(m['end'])}")
    return _said(day, "", f"{who_} {'phải ' * bool(m['had'])}trú mưa đá{at}{stop(m['end'])}")
