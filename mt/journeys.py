"""How long a journey takes, said both ways, written whole by rule: "Mất khoảng mười phút đi bộ." (it takes about ten
minutes on foot) and "It takes two hours by bus." (đi xe buýt mất hai tiếng). v6 lost the "it takes" or the means:
"Mất khoảng mười phút đi bộ." → "Out of ten minutes of walking.", "Mất khoảng 2 tiếng đi xe buýt." → "About 2 hours
of bus trips.", "Đi xe máy mất khoảng 15 phút." → "The motorcycle takes about 15 minutes."; "It takes about ten
minutes on foot." → "Nó mất khoảng 10 phút trên bàn chân." (on the foot). And a ride asked for, Vietnamese to
English: "Làm ơn chở tôi đến sân bay." → "Thank you to the airport.", "Anh chở tôi ra ga được không?" → "Do you
carry me out the station?", "Đưa tôi đến địa chỉ này." → "Give me to this address.". And how far one place is from
another, both ways: "Nhà tôi cách đây hai cây số." → "My house was two trees ago."; "The hotel is 5 km from the
airport." → "Khách sạn là 5 km từ sân bay.".

A sentence is one of these where it says how long, after "mất" (or "takes"), and at most the means (walking or a
ride of _MEANS), a place gone to that mt.patterns.a_place knows, and "from here"; asked with "bao lâu" ("How long
does it take"), only with a means ("Từ đây đến sân bay mất bao lâu?" alone is mt.patterns'). A distance is between
two places `place_en` knows, someone's house or here, in km, metres or miles. mt.phrasebook.translate tries them
after mt/calls.py.

    >>> translate("Đi taxi ra sân bay mất khoảng 30 phút.", "vi", "en")
    'It takes about 30 minutes to get to the airport by taxi.'
    >>> translate("It takes an hour and a half by train.", "en", "vi")
    'Đi tàu mất một tiếng rưỡi.'
"""
from __future__ import annotations

import re

from . import spans
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS, restyled
from .patterns import RIDE, a_place, the_for
from .rule_keys import agreement_checked
from .terms import OWNERS
from .text import alternatives, capitalised, keyed

# how one goes: on foot, or a ride (mt.patterns.RIDE and those it does not name as rides to take there)
_MEANS = {"vi": {"đi bộ": "on foot", **{f"đi {vi}": f"by {en}" for vi, en in RIDE["vi", "en"].items()},
                 **{f"bằng {vi}": f"by {en}" for vi, en in RIDE["vi", "en"].items()},
                 "đi xe máy": "by motorbike", "đi xe đạp": "by bike", "đi ô tô": "by car", "đi xe hơi": "by car",
                 "đi grab": "by Grab", "bằng xe máy": "by motorbike", "bằng ô tô": "by car", "lái xe": "by car"}}
_MEANS["en"] = {f"by {en}": f"đi {vi}" for en, vi in RIDE["en", "vi"].items()} | {
    "on foot": "đi bộ", "walking": "đi bộ", "to walk": "đi bộ", "by motorbike": "đi xe máy", "by bike": "đi xe đạp",
    "by bicycle": "đi xe đạp", "by car": "đi ô tô", "to drive": "lái xe", "by air": "đi máy bay"}
_MEANS_VI = alternatives(_MEANS["vi"])
_TAKES_VI = lazy(rf"(?:(?P<here>(?i:từ\s+đây))\s+)?(?:(?P<means>(?i:{_MEANS_VI}))\s+)?"
                 r"(?:(?i:(?:đến|tới|ra|vào)\s+(?P<place>[^,?.!]+?))\s+)?(?:(?:thì|sẽ|cũng)\s+)?"
                 r"(?:(?P<only>(?i:chỉ))\s+)?(?i:mất)\s+"
                 rf"(?:(?P<ask>bao\s+lâu)|(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?{spans.VI})"
                 rf"(?:\s+(?P<means2>{_MEANS_VI}))?(?P<here2>\s+từ\s+đây)?"
                 r"(?:\s+(?P<only2>thôi)|\s+(?:vậy|ạ|nhỉ))?\s*(?P<end>[.!?]*)")
_TAKES_EN = lazy(rf"(?:(?P<ask>[Hh]ow\s+long\s+does\s+it\s+take)|It\s+(?:(?P<only>only|just)\s+)?takes\s+"
                 rf"(?:(?P<only2>only|just)\s+)?(?:(?P<about>{alternatives(spans.ABOUT_EN)})\s+)?{spans.EN})"
                 r"(?:\s+to\s+(?:get|go)\s+(?:(?P<there>there)|to\s+(?:the\s+)?(?P<place>[^,?.!]+?)))?"
                 rf"(?:\s+(?P<means>{alternatives(_MEANS['en'])}))?(?P<here>\s+from\s+here)?\s*(?P<end>[.!?]*)")

# a ride asked for, to a place that mt.patterns.a_place knows or one of these ("khách sạn này", this hotel); a
# distance from them too ("Nhà tôi cách trường học 2 km." → "My home was 2 km.")
_TAKEN_TO = {"bệnh viện": "hospital", "nhà ga": "station", "ga": "station", "ga tàu": "train station",
             "trung tâm thành phố": "city centre", "trung tâm": "centre", "địa chỉ này": "this address",
             "trường học": "school", "trường": "school", "bãi biển": "beach", "biển": "beach", "văn phòng": "office"}
_TAKE_ME = lazy(r"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng))\s+)?(?:(?i:anh|chị|bạn|em|chú|bác)\s+)?"
                r"(?:(?P<can>có\s+thể)\s+)?(?i:chở|đưa)\s+(?P<me>tôi|mình|em|chúng\s+tôi)\s+"
                r"(?:(?P<home>về\s+nhà)|(?:đến|tới|ra|vào|về)\s+(?P<place>[^,?!.]+?))"
                r"(?:\s+(?P<asked>(?:được\s+)?không))?(?:\s+(?:nhé|nha|với|giúp|đi|ạ))*\s*(?P<end>[.!?]*)")

# how far one place is from another ("Nhà tôi cách đây hai cây số." → "My house was two trees ago.", "Khách sạn cách
# sân bay 5 km." → "Hotel room 5 km."; "The hotel is 5 km from the airport." → "Khách sạn là 5 km từ sân bay."):
# each a place `place_en` knows, someone's house, or here
_HOUSES = {f"nhà {vi}": f"{en} house" for vi, en in OWNERS.items()}
_HOUSES_VI = {en: vi for vi, en in reversed(_HOUSES.items())} | {
    f"{en} home": vi for en, vi in (("my", "nhà tôi"), ("your", "nhà bạn"), ("our", "nhà chúng tôi"))}
_DISTANCES = {"km": "km", "cây số": "km", "ki-lô-mét": "km", "kilômét": "km", "kilomet": "km", "mét": "metres",
              "m": "metres"}
_DISTANCES_EN = {"km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
                 "kilometer": "km", "metres": "m", "meters": "m", "m": "m", "miles": "dặm", "mile": "dặm"}
# (the count in digits, as a distance is written: "hai cây số" → "2 km"; "1.700 km" is "1,700 km" in English)
_WORDS_VI = {w: str(i) for i, w in enumerate(VI_NUMBER_WORDS) if i}
_WORDS_EN = {w: str(i) for i, w in enumerate(EN_NUMBER_WORDS) if i}
_HOW_MUCH_VI = rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}(?:,\d{{1,2}})?|(?i:{alternatives(_WORDS_VI)}))"
_HOW_MUCH_EN = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}(?:\.\d{{1,2}})?|(?i:{alternatives(_WORDS_EN)}))"
_TAKEN_TO_VI = {en: vi for vi, en in reversed(_TAKEN_TO.items())}
_AWAY_VI = lazy(rf"(?P<a>[^,?.!]+?)\s+(?:(?P<only>chỉ)\s+)?cách\s+(?:(?P<here>đây)|(?P<b>[^,?.!]+?))\s+"
                rf"(?:(?P<only3>chỉ)\s+)?(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?{_HOW_MUCH_VI}\s*"
                rf"(?P<unit>{alternatives(_DISTANCES)})(?!\w)(?:\s+(?P<only2>thôi))?\s*(?P<end>[.!]*)")
_AWAY_EN = lazy(r"(?:(?P<it>It(?:['’]s|\s+is))|(?P<a>[^,?.!]+?)\s+is)\s+(?:(?P<only>only|just)\s+)?"
                rf"(?:(?P<about>{alternatives(spans.ABOUT_EN)})\s+)?"
                rf"{_HOW_MUCH_EN}[\s-]*"
                rf"(?P<unit>{alternatives(_DISTANCES_EN)})(?!\w)\s+(?:away\s+)?from\s+"
                r"(?:(?P<here>here)|(?P<b>[^,?.!]+?))\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, or asks with its means, how long a journey takes, that asks for a
    ride to a place (Vietnamese to English), or that says how far one place is from another; else None."""
    if (src, tgt) == ("vi", "en"):
        return _takes_en(text.strip()) or _take_me(text.strip()) or _away(text.strip())
    return _takes_vi(text.strip()) or _away_vi(text.strip()) if (src, tgt) == ("en", "vi") else None


def _takes_en(text: str) -> str | None:
    """"Mất khoảng mười phút đi bộ." as "It takes about ten minutes on foot." (_TAKES_VI); None for anything else."""
    m = _TAKES_VI.fullmatch(text)
    if not m or m["means"] and m["means2"] or m["ask"] and not (m["means"] or m["means2"]) \
            or bool(m["ask"]) != ("?" in m["end"]):
        return None
    place = a_place(m["place"], "vi", "en") if m["place"] else ""
    if place is None:
        return None
    means = _MEANS["vi"][keyed(m["means"] or m["means2"] or "")] if m["means"] or m["means2"] \
        else ""
    to = f"to get to {' '.join(w for w in (the_for(place), place) if w)}" if place else ""
    rest = " ".join(w for w in (to, means, "from here" if m["here"] or m["here2"] else "") if w)
    if m["ask"]:
        return f"How long does it take {rest}?"
    takes = "It only takes" if m["only"] or m["only2"] else "It takes"
    return " ".join(w for w in (takes, spans.ABOUT.get(m["about"] or "", ""), spans.said(m, "en"), rest) if w) + "."


def _takes_vi(text: str) -> str | None:
    """"It takes about ten minutes on foot." as "Đi bộ mất khoảng mười phút." (_TAKES_EN); None for anything else."""
    m = _TAKES_EN.fullmatch(text)
    if not m or m["ask"] and not m["means"] or bool(m["ask"]) != ("?" in m["end"]):
        return None
    place = a_place(m["place"], "en", "vi") if m["place"] else ""
    if place is None:
        return None
    means = _MEANS["en"][keyed(m["means"])] if m["means"] else ""
    here = "từ đây" if m["here"] else ""
    to = f"đến {place}" if place else "đến đó" if m["there"] else ""
    lead = " ".join(w for w in (here, means, to) if w)
    takes = "chỉ mất" if m["only"] or m["only2"] else "mất"
    about = spans.ABOUT_EN.get((m["about"] or "").lower(), "")
    said = "mất bao lâu?" if m["ask"] else " ".join(w for w in (takes, about, spans.said(m, "vi")) if w) + "."
    return (lead[:1].upper() + lead[1:] + " " + said) if lead else said[:1].upper() + said[1:]



def _take_me(text: str) -> str | None:
    """"Làm ơn chở tôi đến sân bay." as "Please take me to the airport.", "Anh chở tôi ra ga được không?" as "Could
    you take me to the station?", "Đưa tôi đến khách sạn này." as "Please take me to this hotel." (_TAKE_ME); None for
    anything else."""
    m = _TAKE_ME.fullmatch(text)
    asked = bool(m and (m["asked"] or m["can"]))
    if not m or asked != ("?" in m["end"]):
        return None
    me = "us" if m["me"].startswith("chúng") else "me"
    if m["home"]:
        where = "home"
    elif not (place := place_en(" ".join(m["place"].split()))):
        return None
    else:
        where = "to " + " ".join(w for w in (the_for(place), place) if w)
    return f"Could you take {me} {where}?" if asked else f"Please take {me} {where}."


def place_en(said: str) -> str | None:
    """A place a ride goes to in English: one mt.patterns.a_place knows or of _TAKEN_TO, or either after "này"
    (this)."""
    this = said.lower().endswith(" này") and said[: -len(" này")]
    place = _TAKEN_TO.get(said.lower()) or a_place(said, "vi", "en")
    if place is None and this:
        found = _TAKEN_TO.get(this.lower()) or a_place(this, "vi", "en")
        place = f"this {found}" if found and the_for(found) else None
    return place


def _away(text: str) -> str | None:
    """"Nhà tôi cách đây hai cây số." as "My house is 2 km from here.", "Khách sạn cách sân bay khoảng 5 km." as
    "The hotel is about 5 km from the airport." (_AWAY_VI); None for anything else."""
    m = _AWAY_VI.fullmatch(text)
    if m is None:
        return None
    a, b = _away_from(m["a"]), "here" if m["here"] else _away_from(m["b"])
    if not a or not b:
        return None
    only = "only " if m["only"] or m["only2"] or m["only3"] else ""
    about = f"{spans.ABOUT[keyed(m['about'])]} " if m["about"] else ""
    far = f"{_count(m['n'], 'vi')} {_DISTANCES[m['unit'].lower()]}"
    return capitalised(f"{a} is {only}{about}{far} from {b}{m['end'] or '.'}")


def _away_from(said: str) -> str | None:
    """A place one is away from, in English with "the" where it takes one: someone's house ("nhà tôi", my house) or
    a place `place_en` knows; None for anything else."""
    place = _HOUSES.get(keyed(said)) or place_en(" ".join(said.split()))
    return place and " ".join(w for w in (the_for(place), place) if w)


def _away_vi(text: str) -> str | None:
    """"The hotel is 5 km from the airport." as "Khách sạn cách sân bay 5 km.", "It's about 2 km from here." as "Cách
    đây khoảng 2 km." (_AWAY_EN); None for anything else."""
    m = _AWAY_EN.fullmatch(text)
    if m is None:
        return None
    a = "" if m["it"] else place_vi(m["a"])
    b = "đây" if m["here"] else place_vi(m["b"])
    if a is None or b is None:
        return None
    how_far = " ".join(w for w in ("chỉ" if m["only"] else "", spans.ABOUT_EN.get((m["about"] or "").lower(), ""),
                                   f"{_count(m['n'], 'en')} {_DISTANCES_EN[m['unit'].lower()]}") if w)
    return capitalised(" ".join(w for w in (a, "cách", b, how_far) if w) + (m["end"] or "."))


def place_vi(said: str) -> str | None:
    """A place one is away from, in Vietnamese: someone's house ("my house", nhà tôi), or a place
    mt.patterns.a_place knows, after "the" or "this" or alone; None for anything else."""
    said = " ".join(said.split())
    if house := _HOUSES_VI.get(said.lower()):
        return house
    this = re.match(r"(?i:this)\s+", said)
    said = re.sub(r"^(?i:the|this)\s+", "", said)
    place = _TAKEN_TO_VI.get(said.lower()) or a_place(said, "en", "vi")
    return (place and f"{place} này") if this else place


def _count(n: str, src: str) -> str:
    """A distance's count in digits, written as the other language writes it (mt.numbers.restyled): "hai" → "2",
    "1.700" → "1,700", "3.5" → "3,5" (from English)."""
    if n.isalpha():
        return (_WORDS_VI if src == "vi" else _WORDS_EN)[n.lower()]
    return restyled(n, "en" if src == "vi" else "vi")
