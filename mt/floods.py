"""Floods and storms as news, both ways, written whole by rule: a place flooded, a storm coming, hitting a place or
passed, trees down, schools closed because of it. v8 (rules on) reads "ngập" as filled, "đổ bộ" as dumped, "đổ" as
poured: "Đường bị ngập rồi." → "The road was filled.", "Nhà tôi bị ngập nước." → "My home was filled with water.",
"Nhà bạn có bị ngập không?" → "Do you get flooded?", "Hà Nội bị ngập." → "Hanoi was surrounded.", "Sắp có bão." →
"There is stormy.", "Ngày mai có bão." → "Tomorrow, has a storm.", "Bão đã đổ bộ vào Đà Nẵng." → "Hurricane dumped in
Da Nang.", "Nhiều cây bị đổ vì bão." → "Many trees were poured for storms."; "The storm hit Da Nang last night." →
"Cơn bão xảy ra Đà Nẵng tối qua.", "The typhoon has hit Hue." → "Cơn bão đã đâm vào Huế.", "The basement is
flooded." → "Cơ bản bị lũ lụt.", "Many trees fell down." → "Nhiều cây rơi xuống.".

Taken: a place flooded ("bị ngập", "ngập nước", "is flooded", "under water"): one of PLACES, a house, school, village
or hometown with whose (mt.hobbies.OWNER: "nhà bà tôi", "my grandmother's house"), a region of REGIONS or a place by
its name (mt.people.named_place); now, again ("lại … rồi"), "đã" (has been), or on a day of DAYS behind or today,
said or asked ("có bị ngập không?"); a storm coming ("Sắp có bão lớn."), on a day ("Ngày mai có bão."), here or
passed ("Bão qua rồi."); a storm (or "bão Yagi", "Typhoon Yagi") hitting a region or a named place ("đổ bộ vào") with
"đã", "sẽ", "sắp", "đang" or a day; many, a few or some trees down, for a reason of WHY or on a day; schools (the
school, whose school) closed because of the storm or the floods, now, on a day, will be or have been. Left: the power
out (mt/outages.py), flights cancelled (mt/delays.py), the weather (mt/weather.py, weather_said.py,
weather_asked.py), the water rising or gone down ("Nước rút rồi." → "It was withdrawn."), how deep it is, "Ở Huế đang
có lũ." (v8: "There's a flooding in Hue."), a place flooded on a day ahead, "Có bão." and "Bão đổ bộ vào Đà Nẵng." (no
tense said), "nhà anh" (yours or mine), and anything else.
mt.phrasebook.translate tries these after mt/fans.py.

    >>> translate("Đường bị ngập rồi.", "vi", "en"), translate("The storm hit Da Nang last night.", "en", "vi")
    ('The street is flooded.', 'Tối qua bão đổ bộ vào Đà Nẵng.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST, NEAR_WAY, near_days
from .delays import REASONS
from .free_time import placed
from .hobbies import OWNER, SOMEONE_EN, someone
from .lazy_re import lazy
from .people import named_place
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngập|bão|lũ|lụt|cây\s+(?:xanh\s+)?(?:đã\s+)?(?:bị\s+)?đổ)"),
         "en": lazy(r"(?i:flood|storm|typhoon|hurricane|trees|under\s+water)")}
# where is flooded, and whether English says it as many (the first Vietnamese of each is written back)
PLACES = {"đường": ("the street", False), "đường phố": ("the streets", True), "đường sá": ("the roads", True),
          "nhiều tuyến đường": ("many streets", True), "nhiều con đường": ("many streets", True),
          "nhiều nơi": ("many places", True), "nhiều nhà": ("many houses", True), "nhà": ("the house", False),
          "tầng hầm": ("the basement", False), "trường": ("the school", False), "trường học": ("the school", False),
          "thành phố": ("the city", False), "cả thành phố": ("the whole city", False), "làng": ("the village", False),
          "khu này": ("this area", False), "cả khu phố": ("the whole neighbourhood", False)}
PLACES_VI = {en: vi for vi, (en, _) in reversed(PLACES.items())} | {"the road": "đường",
                                                                   "the whole town": "cả thành phố"}
_MANY_EN = {en for en, many in PLACES.values() if many}
# ... one's own ("nhà tôi": my house), and a region (the tables of names know none)
OWNED = {"nhà": "house", "trường": "school", "làng": "village", "quê": "hometown"}
OWNED_VI = {en: vi for vi, en in OWNED.items()} | {"home": "nhà"}
REGIONS = {"miền Trung": "central Vietnam", "miền Bắc": "northern Vietnam", "miền Nam": "southern Vietnam"}
_REGIONS_KEYED = {keyed(vi): en for vi, en in REGIONS.items()}
REGIONS_VI = {en.lower(): vi for vi, en in REGIONS.items()}
# the days read (mt.dates.NEAR_DAYS), and the way back
DAYS = near_days("hôm qua", "tối qua", "đêm qua", "tối hôm qua", "hôm kia", "sáng hôm qua", "chiều hôm qua", "sáng nay",
                 "chiều nay", "cuối tuần trước", *LAST, "hôm nay", "tối nay", "đêm nay", "ngày mai", "sáng mai",
                 "tối mai")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# ... those done by now (behind, or today but tonight), for the rules that say what happened on one (mt/dozing.py,
# mt/getting_wet.py)
DAYS_DONE = {vi: en for vi, en in DAYS.items()
             if NEAR_WAY[vi] == "behind" or NEAR_WAY[vi] == "today" and en != "tonight"}
# the tense of what Vietnamese says before the verb, on a day ("" none, "now" today, "past", "ahead"); the first of
# each tense is written back ("Ngày mai … sẽ …"; "Tối qua bão đổ bộ …"), and a past without a day is "đã"
_TENSES = {("", ""): "present", ("", "now"): "present", ("", "past"): "past", ("đã", "past"): "past",
           ("sẽ", "ahead"): "future", ("", "ahead"): "future", ("sẽ", ""): "future", ("đã", ""): "perfect",
           ("sắp", ""): "soon", ("đang", ""): "going on", ("đang", "now"): "going on"}
# ... and in English: "to be" (said of one, of many), a storm hitting (the first of each tense is written)
_BE = {"present": ("is", "are"), "past": ("was", "were"), "perfect": ("has been", "have been"),
       "future": ("will be", "will be")}
_BE_EN = {said: (tense, many) for tense, forms in _BE.items() for many, said in enumerate(forms)} | {
    "'s": ("present", False)}
_HITS = {"hit": "past", "has hit": "perfect", "will hit": "future", "is going to hit": "future",
         "is about to hit": "soon", "is hitting": "going on", "made landfall in": "past",
         "has made landfall in": "perfect"}
_HITS_EN = {tense: said for said, tense in reversed(_HITS.items())}
# why trees fell or schools closed (the storm as mt/delays.py says it)
WHY = {vi: en for vi, en in REASONS.items() if en == "the storm"} | {
    "lũ": "the floods", "lụt": "the floods", "lũ lụt": "the floods", "ngập lụt": "the flooding", "ngập": "the flooding"}
WHY_VI = {en: vi for vi, en in reversed(WHY.items())} | {"the typhoon": "bão", "the flood": "lũ"}
# how many trees, how big a storm, what it does (the first of each is written back)
_HOW_MANY = {"nhiều": "many", "rất nhiều": "a lot of", "vài": "a few", "một vài": "a few", "một số": "some"}
_HOW_MANY_VI = {en: vi for vi, en in reversed(_HOW_MANY.items())} | {"lots of": "rất nhiều"}
_BIG = {"lớn": "big", "to": "big", "rất lớn": "huge", "mạnh": "strong"}
_BIG_VI = {en: vi for vi, en in reversed(_BIG.items())}
_STORM_DOES = {"sắp đến": "is coming", "sắp tới": "is coming", "đến rồi": "is here", "tới rồi": "is here",
               "đã qua": "has passed", "qua rồi": "has passed", "đã qua rồi": "has passed", "đi qua rồi": "has passed"}
_STORM_DOES_VI = {en: vi for vi, en in reversed(_STORM_DOES.items())} | {"has arrived": "đến rồi"}

_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0, _DAY_END = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?", rf"(?:\s+(?P<day>{_DAY}))?"
_WHERE = (rf"(?:(?P<owned>(?i:{alternatives(OWNED)}))\s+(?:của\s+)?{OWNER}|(?P<place>(?i:{alternatives(PLACES)}))|"
          rf"(?P<region>(?i:{alternatives(REGIONS)}))|(?P<named>[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?))")
_FLOODED = lazy(rf"{_DAY0}{_WHERE}(?:\s+(?P<day1>{_DAY}))?\s+(?:(?P<again>lại)\s+|(?P<aux>đã)\s+|(?P<ask>có)\s+)?"
                rf"(?:bị\s+)?ngập(?:\s+(?:nước|lụt))?{_DAY_END}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?"
                rf"{SOFTENED_END}")
_COMING = lazy(rf"{_DAY0}(?:(?P<soon>[Ss]ắp)\s+|(?P<will>[Ss]ẽ)\s+)?[Cc]ó\s+(?:cơn\s+)?bão(?:\s+(?P<big>"
               rf"{alternatives(_BIG)}))?{_DAY_END}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_STORM = r"(?:[Cc]ơn\s+bão|[Bb]ão)(?:\s+(?P<name>[A-Z][a-z]+))?"
_DOES = lazy(rf"{_STORM}\s+(?P<does>{alternatives(_STORM_DOES)}){SOFTENED_END}")
_HIT = lazy(rf"{_DAY0}{_STORM}\s+(?:(?P<aux>đã|sẽ|sắp|đang)\s+)?đổ\s+bộ\s+vào\s+{_WHERE}{_DAY_END}"
            rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_WHY = rf"(?:\s+(?:vì|do)\s+(?P<why>(?i:{alternatives(WHY)})))?"
_TREES = lazy(rf"{_DAY0}(?P<many>(?i:{alternatives(_HOW_MANY)}))\s+(?:cái\s+)?cây(?:\s+xanh)?\s+(?:đã\s+)?"
              rf"(?:bị\s+)?đổ{_WHY}{_DAY_END}(?:\s+rồi)?{SOFTENED_END}")
_SCHOOLS = lazy(rf"{_DAY0}(?:(?P<all>[Cc]ác)\s+)?[Tt]rường(?P<learn>\s+học)?(?:\s+(?:của\s+)?{OWNER})?"
                rf"(?:\s+(?P<day1>{_DAY}))?\s+(?:(?P<aux>sẽ|đã)\s+)?(?:được\s+)?(?:đóng\s+cửa|nghỉ(?:\s+học)?)"
                rf"{_WHY}{_DAY_END}{SOFTENED_END}")

# ... and in English
_DAY_EN = rf"(?i:{alternatives(DAYS_VI)})"
_DAY0_EN, _DAY_END_EN = rf"(?:(?P<day0>{_DAY_EN}),?\s+)?", rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)"
_WHERE_EN = (rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))\s+(?P<owned>{alternatives(OWNED_VI)})|"
             rf"(?P<someone>{SOMEONE_EN})['’]s\s+(?P<owned2>{alternatives(OWNED_VI)})|"
             rf"(?P<place>(?i:{alternatives(PLACES_VI)}))|"
             rf"(?P<region>(?i:{alternatives(REGIONS_VI)}))|(?P<named>[A-Z]\w*(?:\s+[A-Z]\w*){{0,2}}))")
_FLOODED_EN = [lazy(rf"{_DAY0_EN}{_WHERE_EN}(?:\s+(?P<be>is|are|was|were|has\s+been|have\s+been)|(?P<be2>['’]s))"
                    rf"\s+(?:flooded|under\s+water)(?:\s+(?P<again>again))?{_DAY_END_EN}"),
               lazy(rf"(?P<be>Is|Are|Was|Were)\s+{_WHERE_EN}\s+(?:flooded|under\s+water){_DAY_END_EN}\s*\?+")]
_COMING_EN = lazy(r"(?:There(?P<there>['’]s|\s+is)\s+)?(?P<a>[Aa]n?|[Tt]he)\s+(?:(?P<big>big|huge|strong)\s+)?"
                  r"(?:storm|typhoon|hurricane)\s+(?P<does>(?(there)coming|(?:is\s+coming|is\s+here|"
                  r"has\s+arrived|has\s+passed)))\s*[.!]*")
_THERE_EN = lazy(rf"{_DAY0_EN}There(?P<be>\s+will\s+be|['’]ll\s+be|\s+was|(?:['’]s|\s+is)\s+going\s+to\s+be)\s+an?"
                 rf"\s+(?:(?P<big>big|huge|strong)\s+)?(?:storm|typhoon|hurricane){_DAY_END_EN}")
_HIT_EN = lazy(rf"{_DAY0_EN}(?:[Tt]he\s+(?:storm|typhoon|hurricane)|(?:Typhoon|Storm|Hurricane)\s+(?P<name>"
               rf"[A-Z][a-z]+))\s+(?P<verb>{alternatives(_HITS)})\s+{_WHERE_EN}{_DAY_END_EN}")
_WHY_EN = rf"(?:\s+(?:because\s+of|due\s+to|in)\s+(?P<why>{alternatives(WHY_VI)}))?"
_TREES_EN = lazy(rf"{_DAY0_EN}(?P<many>(?i:{alternatives(_HOW_MANY_VI)}))\s+trees\s+(?P<fell>fell|came|were\s+blown|"
                 rf"have\s+fallen|have\s+come)\s+down{_WHY_EN}{_DAY_END_EN}")
_SCHOOLS_EN = lazy(rf"{_DAY0_EN}(?:(?P<all>(?i:(?:all\s+(?:the\s+)?|the\s+)?schools))|[Tt]he\s+school|"
                   rf"(?P<whose>(?i:{WHOSE_WORDS}))\s+school)\s+(?P<be>{alternatives(_BE_EN)})\s+closed"
                   rf"(?:\s+(?P<day1>{_DAY_EN}))?{_WHY_EN}{_DAY_END_EN}")



@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of news of a flood or a storm; None for any other."""
    if src == "vi":
        return _flooded(text) or _coming(text) or _does(text) or _hit(text) or _trees(text) or _schools(text)
    return (_flooded_vi(text) or _coming_vi(text) or _there_vi(text) or _hit_vi(text) or _trees_vi(text)
            or _schools_vi(text))


def _day(m: re.Match, src: str) -> str | None:
    """The day of a match (groups day0, day1, day) in English: "last night" for "tối qua" or "last night"; "" for
    none said, None for two."""
    said = [d for d in (m.groupdict().get(g) for g in ("day0", "day1", "day")) if d]
    if len(said) > 1:
        return None
    return "" if not said else DAYS[keyed(said[0])] if src == "vi" else keyed(said[0])


def _time(day: str) -> str:
    """Whether a day in English is "" (none said), "now" (today), "ahead" ("tomorrow", "tonight") or "past"."""
    return "" if not day else "now" if day == "today" else "ahead" if AHEAD.match(day) or "tonight" in day else "past"


def _aux_vi(tense: str, time: str) -> str | None:
    """What Vietnamese says before the verb for an English tense on a day (_TENSES): "sẽ " for the future, "" for
    the past on a day, "đã " for it without one; None where the tense does not go with the day ("hit tomorrow")."""
    if tense == "past" and not time:
        return "đã "
    aux = next((aux for (aux, on), said in _TENSES.items() if said == tense and on == time), None)
    return None if aux is None else f"{aux} ".lstrip()


def _on(day: str) -> str:
    """A day after what English says: " last night"; "" for none."""
    return f" {day}" if day else ""


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my" for "tôi", "my grandmother's" for "bà tôi"; "" for none
    said, None for someone not known."""
    if m["owner"]:
        return OWNERS.get(keyed(m["owner"]))
    return "" if not m["someone"] else (kin := someone(m["someone"], "vi")) and f"{kin}'s"


def _place(m: re.Match) -> tuple[str, bool] | None:
    """The place of a match of _WHERE in English, and whether it is many: ("my house", False) for "nhà tôi", ("my
    grandmother's house", False) for "nhà bà tôi", ("the streets", True), ("Hanoi", False); None for a name not
    known."""
    if m["owned"]:
        return (f"{whose} {OWNED[keyed(m['owned'])]}", False) if (whose := _whose(m)) else None
    if m["place"] or m["region"]:
        return PLACES[keyed(m["place"])] if m["place"] else (_REGIONS_KEYED[keyed(m["region"])], False)
    named = named_place(m["named"], "vi")
    return (named, False) if named else None


def _place_vi(m: re.Match) -> tuple[str, bool] | None:
    """The place of a match of _WHERE_EN in Vietnamese, and whether English said it as many: ("nhà tôi", False) for
    "my house", ("nhà bà tôi", False) for "my grandmother's house", ("đường phố", True) for "the streets"."""
    if m["owned"] or m["owned2"]:
        whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
        return (f"{OWNED_VI[(m['owned'] or m['owned2']).lower()]} {whose}", False) if whose else None
    if m["place"] or m["region"]:
        key = keyed(m["place"] or m["region"])
        return (PLACES_VI[key], key in _MANY_EN) if m["place"] else (REGIONS_VI[key], False)
    named = named_place(m["named"], "en")
    return (named, False) if named else None


def _flooded(text: str) -> str | None:
    """"Đường bị ngập rồi." as "The street is flooded.", "Tối qua nhà tôi bị ngập." as "My house was flooded last
    night.", "Nhà bạn có bị ngập không?" as "Is your house flooded?" (_FLOODED); None for anything else, and for a
    day ahead."""
    m = _FLOODED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (place := _place(m)) is None or (
            day := _day(m, "vi")) is None or m["done"] and (asked or day):
        return None
    (said, many), tense = place, _TENSES.get((m["aux"] or "", _time(day)))
    if tense not in _BE or tense == "future" or asked and m["again"]:
        return None
    be = _BE[tense][many]
    if asked:
        return f"{be.capitalize()} {said} flooded{_on(day)}?"
    return capitalised(f"{said} {be} flooded{' again' * bool(m['again'])}{_on(day)}.")


def _flooded_vi(text: str) -> str | None:
    """"The street is flooded." as "Đường bị ngập.", "My house was flooded last night." as "Tối qua nhà tôi bị ngập.",
    "Is your house flooded?" as "Nhà bạn có bị ngập không?" (_FLOODED_EN); None for anything else, and where the
    verb does not agree with the place or the day."""
    m = next((m for p in _FLOODED_EN if (m := p.fullmatch(text))), None)
    if not m or (place := _place_vi(m)) is None or (day := _day(m, "en")) is None:
        return None
    (said, many), (tense, many_be) = place, _BE_EN[" ".join((m["be"] or "'s").lower().split())]
    aux = _aux_vi(tense, _time(day))
    if many != many_be or aux is None:
        return None
    if "?" in text:
        return placed(f"{said} có bị ngập không", DAYS_VI.get(day, ""), "?")
    done = f"lại bị ngập{' rồi' * (tense != 'past')}" if m["again"] else f"{aux}bị ngập"
    return placed(f"{said} {done}", DAYS_VI.get(day, ""), ".")


def _storm(m: re.Match) -> str:
    """The storm of a match: "Typhoon Yagi" for "bão Yagi", else "the storm"."""
    return f"Typhoon {m['name']}" if m["name"] else "the storm"


def _coming(text: str) -> str | None:
    """"Sắp có bão." as "A storm is coming.", "Ngày mai có bão lớn." as "There will be a big storm tomorrow.",
    "Hôm qua có bão." as "There was a storm yesterday." (_COMING); None for anything else, and "Có bão." (no time
    said)."""
    m = _COMING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (day := _day(m, "vi")) is None or m["done"] and not m["soon"]:
        return None
    storm = f"{_BIG[keyed(m['big'])]} storm" if m["big"] else "storm"
    a, on, tense = f"{'an' if storm[0] in 'aeiou' else 'a'} {storm}", _on(day), _TENSES.get(("sẽ" * bool(m["will"]),
                                                                                                _time(day)))
    if m["soon"]:
        return None if day else f"Is {a} coming?" if asked else f"{capitalised(a)} is coming."
    if tense not in _BE or tense == "present" and not day or tense == "perfect":
        return None
    if tense == "future":
        return f"Will there be {a}{on}?" if asked else f"There will be {a}{on}."
    be = _BE[tense][0]
    there = "There was" if be == "was" else "There's"
    return f"{be.capitalize()} there {a}{on}?" if asked else f"{there} {a}{on}."


def _does(text: str) -> str | None:
    """"Bão sắp đến." as "The storm is coming.", "Bão qua rồi." as "The storm has passed." (_DOES); None for
    anything else."""
    m = _DOES.fullmatch(text)
    return None if not m or "?" in m["end"] else capitalised(f"{_storm(m)} {_STORM_DOES[m['does']]}.")


def _coming_vi(text: str) -> str | None:
    """"A storm is coming." and "There's a storm coming." as "Sắp có bão.", "The storm is coming." as "Bão sắp
    đến.", "The storm has passed." as "Bão đã qua." (_COMING_EN); None for anything else."""
    if not (m := _COMING_EN.fullmatch(text)):
        return None
    big, does = f" {_BIG_VI[m['big']]}" if m["big"] else "", "is coming" if m["there"] else " ".join(m["does"].split())
    if m["a"].lower() != "the":
        return f"Sắp có bão{big}." if does == "is coming" else None
    return None if big or m["there"] else f"Bão {_STORM_DOES_VI[does]}."


def _there_vi(text: str) -> str | None:
    """"There will be a storm tomorrow." as "Ngày mai sẽ có bão.", "There was a storm last night." as "Tối qua có
    bão." (_THERE_EN); None for anything else, and where the day does not go with the verb."""
    m = _THERE_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None:
        return None
    aux = _aux_vi("past" if m["be"].strip() == "was" else "future", _time(day))
    if aux is None or aux == "đã ":
        return None
    big = f" {_BIG_VI[m['big']]}" if m["big"] else ""
    return placed(f"{aux}có bão{big}", DAYS_VI.get(day, ""), ".")


def _hit(text: str) -> str | None:
    """"Bão đã đổ bộ vào Đà Nẵng." as "The storm has hit Da Nang.", "Tối qua bão đổ bộ vào Đà Nẵng." as "The storm hit
    Da Nang last night.", "Bão sắp đổ bộ vào Huế." as "The storm is about to hit Hue." (_HIT); None for anything
    else, for a house or a street, and where no tense is said."""
    m = _HIT.fullmatch(text)
    if not m or m["owned"] or m["place"] or "?" in m["end"] or (place := _place(m)) is None or (
            day := _day(m, "vi")) is None or m["done"] and (day or m["aux"] not in (None, "đã")):
        return None
    tense = "perfect" if m["done"] else _TENSES.get((m["aux"] or "", _time(day)))
    return capitalised(f"{_storm(m)} {_HITS_EN[tense]} {place[0]}{_on(day)}.") if tense in _HITS_EN else None


def _hit_vi(text: str) -> str | None:
    """"The storm hit Da Nang last night." as "Tối qua bão đổ bộ vào Đà Nẵng.", "The typhoon has hit Hue." as "Bão đã
    đổ bộ vào Huế.", "Typhoon Yagi will hit Quang Ninh tomorrow." as "Ngày mai bão Yagi sẽ đổ bộ vào Quảng Ninh."
    (_HIT_EN); None for anything else, and where the day does not go with the verb."""
    m = _HIT_EN.fullmatch(text)
    if not m or m["owned"] or m["owned2"] or m["place"] or (place := _place_vi(m)) is None or (
            day := _day(m, "en")) is None or (aux := _aux_vi(_HITS[" ".join(m["verb"].split())], _time(day))) is None:
        return None
    storm = f"bão {m['name']}" if m["name"] else "bão"
    return placed(f"{storm} {aux}đổ bộ vào {place[0]}", DAYS_VI.get(day, ""), ".")


def _trees(text: str) -> str | None:
    """"Nhiều cây bị đổ vì bão." as "Many trees fell down because of the storm.", "Hôm qua vài cây bị đổ." as "A few
    trees fell down yesterday." (_TREES); None for anything else, and for a day ahead."""
    m = _TREES.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m, "vi")) is None or _time(day) not in ("", "past"):
        return None
    why = f" because of {WHY[keyed(m['why'])]}" if m["why"] else ""
    return capitalised(f"{_HOW_MANY[keyed(m['many'])]} trees fell down{why}{_on(day)}.")


def _trees_vi(text: str) -> str | None:
    """"Many trees fell down." as "Nhiều cây bị đổ.", "A lot of trees came down in the storm last night." as "Tối
    qua rất nhiều cây bị đổ vì bão." (_TREES_EN); None for anything else, and "have fallen" on a day."""
    m = _TREES_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None or _time(day) not in ("", "past") or day and "have" in m["fell"]:
        return None
    why = f" vì {WHY_VI[keyed(m['why'])]}" if m["why"] else ""
    return placed(f"{_HOW_MANY_VI[keyed(m['many'])]} cây bị đổ{why}", DAYS_VI.get(day, ""), ".")


def _schools(text: str) -> str | None:
    """"Trường học đóng cửa vì lũ." as "Schools are closed because of the floods.", "Ngày mai các trường sẽ đóng cửa
    vì bão." as "Schools will be closed tomorrow because of the storm." (_SCHOOLS); None for anything else."""
    m = _SCHOOLS.fullmatch(text)
    if not m or "?" in m["end"] or not m["why"] or (day := _day(m, "vi")) is None or (whose := _whose(m)) is None \
            or m["all"] and whose or (tense := _TENSES.get((m["aux"] or "", _time(day)))) not in _BE:
        return None
    many = bool(m["all"] or m["learn"] and not whose)
    said = "schools" if many else f"{whose or 'the'} school"
    return capitalised(f"{said} {_BE[tense][many]} closed{_on(day)} because of {WHY[keyed(m['why'])]}.")


def _schools_vi(text: str) -> str | None:
    """"Schools are closed because of the flood." as "Các trường học đóng cửa vì lũ.", "Schools will be closed tomorrow
    because of the typhoon." as "Ngày mai các trường học sẽ đóng cửa vì bão." (_SCHOOLS_EN); None for anything else,
    and where the verb does not agree with the schools or the day."""
    m = _SCHOOLS_EN.fullmatch(text)
    if not m or not m["why"] or (day := _day(m, "en")) is None:
        return None
    (tense, many), be = _BE_EN[" ".join(m["be"].lower().split())], " ".join(m["be"].split())
    if (aux := _aux_vi(tense, _time(day))) is None or many != bool(m["all"]) and be != "will be":
        return None
    said = "tất cả các trường học" if m["all"] and m["all"].lower().startswith("all") else "các trường học" if m[
        "all"] else f"trường {WHOSE_VI[m['whose'].lower()]}" if m["whose"] else "trường"
    return placed(f"{said} {aux}đóng cửa vì {WHY_VI[keyed(m['why'])]}", DAYS_VI.get(day, ""), ".")
