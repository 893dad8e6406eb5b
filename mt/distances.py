"""How far one place is from another in kilometres, both ways, written whole by rule: asked ("bao xa", "mấy cây
số", "có xa không") and said ("khoảng năm cây số"), of two places ("A cách B …") or of a way ("Từ A đến B …"). v8
(rules on) reads "cây số" as trees and loses a place: "Nhà bạn cách trường mấy cây số?" → "How many trees do you
have?", "Hà Nội cách Hải Phòng khoảng một trăm cây số." → "Hanoi Hai Phong about one hundred trees.", "Trường tôi cách
nhà khoảng năm cây số." → "I'm about five trees.", "Từ Hà Nội đến Huế bao xa?" → "How far from Hanoi to Hue?";
"How many kilometres is it from your house to school?" → "Có bao nhiêu kilometres từ nhà bạn đến trường?", "How far
is Hue from Hanoi?" → "Đến nay Huế từ Hà Nội?", "My school is about five kilometres from home." → "Trường học của tôi
có khoảng 5 km từ nhà.".

Taken: two places, each a place mt.journeys.place_en (place_vi) knows (a city, the airport, the market, the
station …), here ("đây"), home ("nhà"), school ("trường"), work ("chỗ làm"), or someone's house, school, workplace or
company ("nhà mẹ tôi", my mother's house; whose of mt.hobbies.WHO, or mt.terms.WHOSE_WORDS and SOMEONE_EN's): "A
cách B bao xa?" (How far is A from B?), "A cách B mấy/bao nhiêu cây số?" (How many kilometres …?), "A cách B có xa
không?", "A có xa B không?" (Is A far from B?), "A cách B (khoảng) N cây số." (A is about N kilometres from B.);
"Từ A đến B bao xa?", "… bao nhiêu cây số?", "… có xa không?" (How far is it from A to B?, …) and "Từ A đến B (là)
khoảng N cây số." (It's about N kilometres from A to B.), and back. N in words (mt.numbers, 1 to 100) or digits, in
kilometres or km (metres and miles are left).
Left: runs (mt/running.py), directions (mt/directions.py) and time taken (mt/commutes.py); "chỉ" (only), "trăm"
counts, "không xa" and "gần" (near), a time ("hồi nhỏ"), "nhà mình" (my house, or ours?), "anh", "chị", "em" alone as
whose, a pet's house or school ("nhà con chó tôi": a kennel?), a husband's or wife's house ("nhà chồng", "nhà vợ": the
in-laws' home), home, work or here where English will not have them ("How far is home from school?"), a place not
known, "cách" as a way ("cách làm"), and anything else.
mt.phrasebook.translate tries these after mt/mosquito_nets.py, so mt/journeys.py ("Nhà tôi cách đây hai cây số.")
and mt/patterns.py ("Từ đây đến sân bay bao xa?"), tried long before, take some of them first, both ways.

    >>> translate("Từ Hà Nội đến Huế bao xa?", "vi", "en"), translate("How far is Hue from Hanoi?", "en", "vi")
    ('How far is it from Hanoi to Hue?', 'Huế cách Hà Nội bao xa?')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, animal, pet, someone, who
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .numbers import en_word, restyled, vi_word
from .patterns import the_for
from .rule_keys import key_checked
from .spans import ABOUT, ABOUT_EN
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, STRESSED_SAID, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cách|bao\s+xa|xa\s|cây\s+số|km|ki-lô-mét|kilômét)"),
         "en": lazy(r"(?i:how\s+far|far\s+from|kilomet|km)")}
# a count in words, 1 to 100 (mt.numbers; "hai mươi tư" for "hai mươi bốn" too)
_WORDS = {vi_word(n): n for n in range(1, 101)} | {vi_word(n)[: -len("bốn")] + "tư": n for n in range(24, 95, 10)}
_WORDS_EN = {en_word(n): n for n in range(1, 101)} | {en_word(n).replace("-", " "): n for n in range(21, 100)} | {
    "one hundred": 100, "a": 1}
_UNITS = {"cây số": "kilometres", "ki-lô-mét": "kilometres", "kilômét": "kilometres", "km": "km"}
_UNITS_EN = {"kilometres": "cây số", "kilometers": "cây số", "kilometre": "cây số", "kilometer": "cây số", "km": "km"}
# places of someone's (the first Vietnamese of each is written back), and said alone: home, school, work
_OWNED = {"nhà": "house", "trường": "school", "trường học": "school", "chỗ làm": "workplace",
          "nơi làm việc": "workplace", "công ty": "company"}
_OWNED_EN = {en: vi for vi, en in reversed(_OWNED.items())} | {"home": "nhà", "place": "nhà"}
_ALONE = {"nhà": "home", "trường": "school", "trường học": "school", "chỗ làm": "work", "nơi làm việc": "work",
          "công ty": "work"}
_ALONE_EN = {"home": "nhà", "school": "trường", "work": "chỗ làm"}
_OWNED_VI = lazy(rf"(?P<kind>{alternatives(_OWNED)})(?:\s+(?P<of>của))?\s+(?P<owner>.+)", re.IGNORECASE)
_OWNER = lazy(WHO)  # (whose a place is: "nhà mẹ tôi", my mother's house)
# a husband's or wife's house: "nhà chồng", "nhà vợ" are the in-laws' home, not "my husband's house"
_SPOUSE = lazy(r"(?i)\b(?:husband|wife)\b")
_NAMED_THE = lazy(r"(?i:the|this)\s+[A-Z]")  # ("the Hanoi": not English)
_OWNED_IN_EN = lazy(rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                    rf"(?P<kind>{alternatives(_OWNED_EN)})")

_N = rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}}(?:,\d{{1,2}})?|(?i:{alternatives(_WORDS)}))"
_N_EN = rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}(?:\.\d{{1,2}})?|(?i:{alternatives(_WORDS_EN)}))"
_ABOUT = rf"(?:(?P<about>{alternatives(ABOUT)})\s+)?"
_ABOUT_EN = rf"(?:(?P<about>(?i:{alternatives(ABOUT_EN)}))\s+)?"
# how far, asked or said, after the places (Vietnamese): "bao xa", "mấy cây số", "có xa không", "khoảng năm cây số"
_HOW = (rf"(?:(?P<far>bao\s+xa)|(?:mấy|bao\s+nhiêu)\s+(?P<many>{alternatives(_UNITS)})|(?P<isfar>có\s+xa\s+không)|"
        rf"{_ABOUT}{_N}\s*(?P<unit>{alternatives(_UNITS)}))(?!\w)(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)")
_PLACE = r"[^,?.!]+?"
_APART = lazy(rf"(?P<a>{_PLACE})\s+(?i:cách)\s+(?P<b>{_PLACE})\s+{_HOW}")
_WAY = lazy(rf"(?i:từ)\s+(?P<a>{_PLACE})\s+(?:đến|tới|ra)\s+(?P<b>{_PLACE})\s+(?:(?P<is>là)\s+)?{_HOW}")
_FAR_FROM = lazy(rf"(?P<a>{_PLACE})\s+có\s+xa\s+(?P<b>{_PLACE})\s+không(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)")
# ... and in English: "How far is A from B?", "How far is it from A to B?", "Is A far from B?", "A is N km from B."
_HOW_EN = r"(?:How\s+(?:(?P<far>far)|many\s+(?P<many>kilomet(?:re|er)s|km))\s+is|(?P<isfar>Is))\s+"
_APART_EN = lazy(rf"{_HOW_EN}(?P<a>{_PLACE})\s+(?P<farfrom>far\s+)?from\s+(?P<b>{_PLACE})\s*(?P<end>[.!?]*)")
_WAY_EN = lazy(rf"{_HOW_EN}it\s+(?P<farfrom>far\s+)?from\s+(?P<a>{_PLACE})\s+to\s+(?P<b>{_PLACE})"
               r"\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"(?:(?P<it>It(?:['’]s|\s+is))|(?P<a>{_PLACE})\s+is)\s+{_ABOUT_EN}{_N_EN}(?:\s*|-)"
                rf"(?P<unit>{alternatives(_UNITS_EN)})(?![\w-])\s+(?:away\s+)?from\s+(?P<from>{_PLACE})"
                rf"(?:\s+to\s+(?P<to>{_PLACE}))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks or says how far one place is from another; None for any other.
    (mt/journeys.py and mt/patterns.py, tried before it in mt.phrasebook, take some of these first.)"""
    if src == "vi":
        return _apart(text) or _way(text) or _far_from(text)
    return _apart_vi(text) or _way_vi(text) or _said_vi(text)


def _place(said: str, first: bool = False) -> str | None:
    """A Vietnamese place in English, with "the" where it takes one: "nhà mẹ tôi" as "my mother's house", "trường
    tôi" as "my school", "sân bay" as "the airport", "Huế" as "Hue"; "nhà", "trường", "chỗ làm" alone as "home",
    "school", "work", "đây" as "here", but not `first` (the place asked about: "How far is home …?"); None for a
    pet's place (_owner), a husband's or wife's house ("nhà chồng tôi", _SPOUSE) and anything else."""
    said = " ".join(said.split())
    if keyed(said) in _ALONE or keyed(said) == "đây":
        return None if first and _ALONE.get(keyed(said)) != "school" else _ALONE.get(keyed(said), "here")
    if (m := _OWNED_VI.fullmatch(said)) and (whose := _owner(m["owner"])):
        kind = _OWNED[keyed(m["kind"])]
        return None if kind == "house" and _SPOUSE.search(whose) else f"{whose} {kind}"
    place = place_en(said)
    return place and " ".join(w for w in (the_for(place), place) if w)


def _owner(said: str) -> str | None:
    """Whose, in English, of a Vietnamese owner of mt.hobbies.WHO: "tôi" as "my", "chị ấy" as "her", "mẹ tôi" as "my
    mother's", "Lan" as "Lan's"; None for "mình" (my, or our?), "anh", "chị", "em" alone (mt.hobbies.who: you, or
    the speaker?), a pet ("con chó tôi": its house a kennel?) and anything else."""
    m = _OWNER.fullmatch(said)
    found = None if m is None or keyed(said) == "mình" or animal(m) else who(m, False)
    return found and (EN_WHOSE.get(found[0]) or f"{found[0]}'s")


def _count(m: re.Match) -> str:
    """The distance of a Vietnamese match in English: "năm cây số" as "five kilometres", "1.700 cây số" as "1,700
    kilometres", "5 km" as "5 km"."""
    n, unit = m["n"], _UNITS[keyed(m["unit"])]
    if n[0].isdigit():
        return f"{restyled(n, 'en')} {'kilometre' if n == '1' and unit != 'km' else unit}"
    n = _WORDS[keyed(n)]
    return f"{en_word(n)} {'kilometre' if n == 1 else 'kilometres'}"


def _places(m: re.Match, way: bool) -> tuple[str, str] | None:
    """The places of a Vietnamese match in English (A, B); None where either is not read, or both are one."""
    a, b = _place(m["a"], first=not way), _place(m["b"])
    return None if a is None or b is None or a == b else (a, b)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks; None where its "?" does not agree (asked without one, said with one) or
    where a statement ends in "thế", "vậy" (mt.text.STRESSED_SAID)."""
    asked = not m["n"]
    if asked != ("?" in m["end"]) or not asked and STRESSED_SAID.search(m.group()):
        return None
    return asked


def _apart(text: str) -> str | None:
    """"Nhà bạn cách trường mấy cây số?" as "How many kilometres is your house from school?", "Hà Nội cách Hải Phòng
    bao xa?" as "How far is Hanoi from Hai Phong?", "Trường tôi cách nhà khoảng năm cây số." as "My school is about
    five kilometres from home." (_APART); None for anything else."""
    m = _APART.fullmatch(text)
    places = m and _places(m, False)
    if not places or (asked := _asked(m)) is None:
        return None
    a, b = places
    if asked:
        how = "Is" if m["isfar"] else "How far is" if m["far"] else "How many kilometres is"
        return f"{how} {a} {'far ' * bool(m['isfar'])}from {b}?"
    about = f"{ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return capitalised(f"{a} is {about}{_count(m)} from {b}{m['end'] or '.'}")


def _way(text: str) -> str | None:
    """"Từ Hà Nội đến Huế bao xa?" as "How far is it from Hanoi to Hue?", "Từ nhà bạn đến trường bao nhiêu cây số?"
    as "How many kilometres is it from your house to school?", "Từ nhà tôi đến chỗ làm khoảng mười lăm cây số." as
    "It's about fifteen kilometres from my house to work." (_WAY); None for anything else."""
    m = _WAY.fullmatch(text)
    places = m and _places(m, True)
    if not places or (asked := _asked(m)) is None or asked and m["is"] and m["isfar"]:
        return None
    a, b = places
    if asked:
        how = "Is it far" if m["isfar"] else "How far is it" if m["far"] else "How many kilometres is it"
        return f"{how} from {a} to {b}?"
    about = f"{ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return f"It's {about}{_count(m)} from {a} to {b}{m['end'] or '.'}"


def _far_from(text: str) -> str | None:
    """"Nhà bạn có xa trường không?" as "Is your house far from school?" (_FAR_FROM); None for anything else."""
    m = _FAR_FROM.fullmatch(text)
    places = _places(m, False) if m and "?" in m["end"] else None
    return places and f"Is {places[0]} far from {places[1]}?"


def _place_vi(said: str, first: bool = False) -> str | None:
    """An English place in Vietnamese: "my mother's house" as "nhà mẹ tôi", "your school" as "trường bạn", "the
    airport" as "sân bay", "Hue" as "Huế"; "home", "school", "work" as "nhà", "trường", "chỗ làm", "here" as
    "đây", but not `first` (as _place); None for a pet's place ("my dog's house"), a husband's or wife's house,
    "the" before a name ("the Hanoi") and anything else."""
    said = " ".join(said.split())
    if said.lower() in _ALONE_EN or said.lower() == "here":
        return None if first and said.lower() != "school" else _ALONE_EN.get(said.lower(), "đây")
    if m := _OWNED_IN_EN.fullmatch(said):
        whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
        kind = _OWNED_EN[m["kind"].lower()]
        # (as _place: not a pet's, nor a husband's or wife's house)
        if m["someone"] and (pet(m["someone"], "en") or kind == "nhà" and _SPOUSE.search(m["someone"])):
            return None
        return whose and f"{kind} {'của ' * (kind == 'chỗ làm')}{whose}"
    if _NAMED_THE.match(said):
        return None
    return place_vi(said)


def _places_vi(m: re.Match, way: bool) -> tuple[str, str] | None:
    """The places of an English match in Vietnamese (A, B); None where either is not read, or both are one."""
    a, b = _place_vi(m["a"], first=not way), _place_vi(m["b"])
    return None if a is None or b is None or a == b else (a, b)


def _how_vi(m: re.Match) -> str | None:
    """How far, asked, of an English match in Vietnamese ("bao xa?", "bao nhiêu cây số?", "có xa không?"); None
    where "Is" and "far" do not go together ("Is it from A to B?", "How far is it far from …?") or no "?" ends it."""
    if bool(m["isfar"]) != bool(m["farfrom"]) or "?" not in m["end"]:
        return None
    if m["isfar"]:
        return "có xa không?"
    return "bao xa?" if m["far"] else f"bao nhiêu {_UNITS_EN[m['many'].lower()]}?"


def _apart_vi(text: str) -> str | None:
    """"How far is your house from school?" as "Nhà bạn cách trường bao xa?", "How many kilometres is Hanoi from
    Hai Phong?" as "Hà Nội cách Hải Phòng bao nhiêu cây số?", "Is your house far from school?" as "Nhà bạn có xa
    trường không?" (_APART_EN); None for anything else."""
    m = _APART_EN.fullmatch(text)
    places = m and _places_vi(m, False)
    if not places or (how := _how_vi(m)) is None:
        return None
    a, b = places
    return capitalised(f"{a} có xa {b} không?" if m["isfar"] else f"{a} cách {b} {how}")


def _way_vi(text: str) -> str | None:
    """"How far is it from Hanoi to Hue?" as "Từ Hà Nội đến Huế bao xa?", "How many kilometres is it from your
    house to school?" as "Từ nhà bạn đến trường bao nhiêu cây số?", "Is it far from … to …?" as "Từ … đến … có xa
    không?" (_WAY_EN); None for anything else."""
    m = _WAY_EN.fullmatch(text)
    places = m and _places_vi(m, True)
    if not places or (how := _how_vi(m)) is None:
        return None
    return f"Từ {places[0]} đến {places[1]} {how}"


def _said_vi(text: str) -> str | None:
    """"My school is about five kilometres from home." as "Trường tôi cách nhà khoảng năm cây số.", "It's about
    fifteen kilometres from my house to work." as "Từ nhà tôi đến chỗ làm khoảng mười lăm cây số." (_SAID_EN); None
    for anything else, and where the count does not agree with its unit ("one kilometres", "two kilometre")."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["it"]) != bool(m["to"]) or (far := _count_vi(m)) is None:
        return None
    about = f"{ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    if m["it"]:
        places = _place_vi(m["from"]), _place_vi(m["to"])
        lead = f"Từ {places[0]} đến {places[1]} {about or 'là '}"
    else:
        places = _place_vi(m["a"], first=True), _place_vi(m["from"])
        lead = f"{capitalised(places[0] or '')} cách {places[1]} {about}"
    if None in places or places[0] == places[1]:
        return None
    return f"{lead}{far}{m['end'] or '.'}"


def _count_vi(m: re.Match) -> str | None:
    """The distance of an English match in Vietnamese: "five kilometres" as "năm cây số", "1,700 km" as "1.700 km",
    "a hundred kilometres" as "một trăm cây số"; None where the count and its unit do not agree."""
    n, unit = m["n"], m["unit"].lower()
    one = n.lower() in ("one", "a") or n == "1"
    if unit != "km" and one != (unit in ("kilometre", "kilometer")) or n.lower() == "a" and unit == "km":
        return None
    if n[0].isdigit():
        return f"{restyled(n, 'vi')} {_UNITS_EN[unit]}"
    return f"{vi_word(_WORDS_EN[keyed(n)])} cây số"
