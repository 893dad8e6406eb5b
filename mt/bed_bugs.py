"""Small creatures in the house that mt/pests.py does not keep, both ways, written whole by rule: bed bugs (having
them, being bitten by them), geckos and lizards on the wall or the ceiling, spiders there and cobwebs, moths, and how
to get rid of them. v8 (rules on) reads "rệp" as shy or a whistle, "thạch sùng" as jelly, "mạng nhện" as a network,
"bướm đêm" as a night, and back "bed bugs" as faults in bed, "gecko" as a match: "Nhà tôi có rệp." → "My home has a
shy.", "Tôi bị rệp cắn cả đêm." → "I'm getting a bite at night.", "Trên tường có con thạch sùng." → "There was a jelly
jelly wall.", "Góc nhà đầy mạng nhện." → "The housing corner is full of the network.", "Làm sao để diệt rệp?" → "How
do it kill?", "Trong phòng có bướm đêm." → "There was a night room."; "We have bed bugs." → "Chúng tôi có lỗi ngủ.",
"There is a gecko on the wall." → "Có một que diêm trên tường.", "I was bitten by bed bugs all night." → "Tôi bị cắn
bởi các lỗi trên giường suốt đêm.", "How do you get rid of geckos?" → "Làm thế nào để đi khỏi geckos?", "There are
moths in the room." → "Có những động tác trong phòng.".

Taken: THINGS (bed bugs, geckos, lizards, spiders, moths, cobwebs) on or in a place of _PLACES (the wall, the ceiling,
a bed, a mattress, a room, a wardrobe, the house, the corner; whose, someone's or "này"), there or not, one ("con",
"một con"; "a gecko"), a lot ("nhiều", "nhiều … quá": so many), asked ("Trên tường có thạch sùng không?"); "we", "you",
"they" having bed bugs or moths ("Nhà tôi có rệp." ↔ "We have bed bugs."; not asked of one's own home); a place full
of them; who (mt.hobbies.WHO, WHO_EN) bitten by bed bugs (all night, on a day behind, just, asked, not on a day), bed
bugs that bit whom all night or on a day behind; how to get rid of them ("Làm sao để diệt rệp?"); who needs to, has to
or should get rid of them.
Left: spiders in a room or the house, seen, got rid of by who (mt/pests.py), termites ("mối", mt/pests.py), spiders
biting (mt/bites.py), afraid of them (mt/fears.py), sleeping badly (mt/insomnia.py), "We have geckos." (pets?), a pet
or "I" asked as who, "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker), "rệp" on plants (aphids),
bitten with no day denied, bitten on a day all night ("Đêm qua … cả đêm"), a wall or a ceiling whose ("tường nhà
tôi"), "nhỉ", and anything else, to the model.
mt.phrasebook.translate tries these after mt/dandruff.py.

    >>> translate("Nhà tôi có rệp.", "vi", "en"), translate("There is a gecko on the wall.", "en", "vi")
    ('We have bed bugs.', 'Trên tường có một con thạch sùng.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, em_speaking, owner_of, person_of, \
    someone
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, PAST_BE, SOFTENED_END, SOFTENER, agreement_asked, alternatives, be, capitalised, \
    contracted, keyed

# the creatures (English one, many; the first Vietnamese of each is written back); "thằn lằn" is any lizard
THINGS = {"rệp": ("bed bug", "bed bugs"), "rệp giường": ("bed bug", "bed bugs"), "thạch sùng": ("gecko", "geckos"),
          "thằn lằn": ("lizard", "lizards"), "nhện": ("spider", "spiders"), "bướm đêm": ("moth", "moths"),
          "mạng nhện": ("cobweb", "cobwebs")}
THINGS_VI = {en: vi for vi, ones in reversed(THINGS.items()) for en in ones} | {
    "bedbug": "rệp", "bedbugs": "rệp", "spider web": "mạng nhện", "spider webs": "mạng nhện"}
_ONE_EN = {one for one, _ in THINGS.values()} | {"bedbug", "spider web"}
_HAD = {"rệp", "bướm đêm"}  # (what "we have" says: "We have geckos." may be pets)
_CHASED = {"thạch sùng", "thằn lằn"}  # (got rid of by chasing off, "đuổi", not killing, "diệt")
# where they are: English, and whether on it, in it or either (the first Vietnamese of each is written back)
_PLACES = {"tường": ("wall", "on"), "bức tường": ("wall", "on"), "trần nhà": ("ceiling", "on"),
           "trần": ("ceiling", "on"), "giường": ("bed", ""), "đệm": ("mattress", ""), "nệm": ("mattress", ""),
           "phòng": ("room", "in"), "căn phòng": ("room", "in"), "phòng ngủ": ("bedroom", "in"),
           "tủ quần áo": ("wardrobe", "in"), "nhà": ("house", "in"), "góc nhà": ("corner of the room", "in")}
_PLACES_VI = {en: vi for vi, (en, _) in reversed(_PLACES.items())} | {"walls": "tường", "corner": "góc nhà"}
_OWNABLE = {"bed", "mattress", "room", "bedroom", "wardrobe", "house"}  # (not "my wall": "tường nhà tôi" is left)
_PESTS_ROOMS = {"room", "bedroom", "house"}  # (spiders in these are mt/pests.py's)
_WE = {"tôi": "We", "mình": "We", "chúng tôi": "We", "chúng ta": "We", "bạn": "You", "họ": "They"}
_WE_VI = {"we": "tôi", "you": "bạn", "they": "họ"}
# days behind that a bite is told on (the first Vietnamese of each is written back)
_DAYS = near_days("hôm qua", "đêm qua", "tối qua", "tối hôm qua")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_NEEDS = {"cần": "need to", "cần phải": "need to", "phải": "have to", "nên": "should"}
_NEEDS_VI = {"need to": "cần", "needs to": "cần", "have to": "phải", "has to": "phải", "should": "nên"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:rệp|thạch\s+sùng|thằn\s+lằn|nhện|bướm\s+đêm)"),
         "en": lazy(r"(?i:bed\s*bugs?|bedbug|gecko|lizard|spider|cobweb|moth\b|moths\b)")}

_THING = rf"(?P<thing>(?i:{alternatives(THINGS)}))"
_PLACE = rf"(?P<place>(?i:{alternatives(_PLACES)}))(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})?"
# how many: one ("con", "một con", "một cái" cobweb), a lot ("nhiều"), so many ("nhiều … quá")
_HOW = r"(?:(?P<many>(?:rất\s+)?nhiều)\s+|(?:(?P<a>một)\s+)?(?P<cls>con|cái)\s+)?"
# "Trên tường có con thạch sùng.", "Nhà tôi có rệp.", "Có một con nhện trên trần nhà.", "Giường tôi không có rệp."
_THERE = [lazy(rf"(?:(?P<prep>(?i:trên|trong|ở))\s+)?{_PLACE}\s+(?:(?P<not>không)\s+)?có\s+{_HOW}{_THING}"
               rf"(?:\s+(?P<so>quá|lắm))?{ASKED_END}"),
          lazy(rf"Có\s+{_HOW}{_THING}\s+(?P<prep>trên|trong|ở)\s+{_PLACE}{ASKED_END}")]
_FULL = lazy(rf"{_PLACE}\s+đầy\s+(?:những\s+)?{_THING}(?:\s+luôn)?{SOFTENED_END}")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_BED_BUGS = r"(?P<bugs>(?i:rệp(?:\s+giường)?))"
_ALL_NIGHT = r"(?P<all>cả\s+đêm|suốt\s+đêm|suốt\s+cả\s+đêm)"
# "Tôi bị rệp cắn cả đêm.", "Đêm qua mẹ tôi bị rệp cắn.", "Bạn có bị rệp cắn không?"
_BITTEN = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<just>vừa)\s+)?"
               rf"bị\s+{_BED_BUGS}\s+cắn(?:\s+{_ALL_NIGHT}|\s+(?P<day>{_DAY}))?{ASKED_END}")
# "Rệp cắn tôi cả đêm.", "Đêm qua rệp cắn con tôi."
_BIT = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_BED_BUGS}\s+cắn\s+{WHOM}(?:\s+{_ALL_NIGHT}|\s+(?P<day>{_DAY}))?"
            rf"{SOFTENER}\s*(?P<end>[.!]*)")
# "Làm sao để diệt rệp?", "Làm thế nào để đuổi thạch sùng?"
_HOW_RID = lazy(rf"[Ll]àm\s+(?:sao|thế\s+nào|cách\s+nào)\s+(?:để\s+)?(?:diệt|đuổi|trị)\s+(?:hết\s+)?{_THING}"
                rf"{SOFTENER}\s*\?+")
# "Chúng ta cần diệt rệp.", "Mẹ tôi nên đuổi thạch sùng đi."
_NEED = lazy(rf"{WHO}\s+(?P<need>{alternatives(_NEEDS)})\s+(?:diệt|đuổi|trị)\s+{_THING}(?:\s+đi)?{SOFTENED_END}")

# ... and in English
_THING_EN = rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_PLACE_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<place>(?i:{alternatives(_PLACES_VI)}))")
_THERE_EN = lazy(rf"(?:(?P<q>Is|Are)\s+there|There(?P<be>\s+is|\s+are|['’]s|['’]re))(?P<not>\s+no)?\s+"
                 rf"(?:(?P<how>an?|any|a\s+lot\s+of|lots\s+of|so\s+many)\s+)?{_THING_EN}\s+(?P<prep>on|in)\s+"
                 rf"{_PLACE_EN}\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(r"(?:(?P<q>Do)\s+)?(?P<who>(?i:we|you|they))(?P<not>\s+don['’]t|\s+do\s+not)?(?:\s+have|['’]ve\s+got|"
                rf"\s+have\s+got)\s+(?:(?P<how>any|a\s+lot\s+of|lots\s+of)\s+)?{_THING_EN}\s*(?P<end>[.!?]*)")
_FULL_EN = lazy(rf"{_PLACE_EN}(?:\s+is|['’]s)\s+full\s+of\s+{_THING_EN}\s*[.!]*")
_BUGS_EN = r"(?:the\s+)?bed\s*bugs"
_WHEN_EN = rf"(?:\s+(?P<all>all\s+night)|\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_BITTEN_EN = lazy(rf"(?:(?P<q>Were|Was)\s+)?{WHO_EN}(?P<aux>\s+was|\s+were|\s+got|\s+wasn['’]t|\s+weren['’]t|"
                  rf"(?P<have>['’]ve|\s+have|['’]s|\s+has)(?P<just>\s+just)?\s+been)?\s+bitten\s+by\s+"
                  rf"{_BUGS_EN}{_WHEN_EN}\s*(?P<end>[.!?]*)")
_BIT_EN = lazy(rf"(?i:{_BUGS_EN})\s+bit\s+{WHOM_EN}{_WHEN_EN}\s*[.!]*")
_HOW_EN = lazy(rf"How\s+(?:do|can|should)\s+(?:I|you|we)\s+get\s+rid\s+of\s+(?:the\s+)?{_THING_EN}\s*\?+")
_NEED_EN = lazy(rf"{WHO_EN}\s+(?P<need>{alternatives(_NEEDS_VI)})\s+get\s+rid\s+of\s+(?:the\s+)?{_THING_EN}\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of bed bugs, geckos, spiders, cobwebs or moths in the house, bites of bed bugs,
    or getting rid of them; None for any other."""
    if src == "vi":  # ("nhỉ" asks to be agreed with)
        return None if agreement_asked(text) else (_there(text) or _full(text) or _bitten(text) or _bit(text) or
                                                   _how(text) or _need(text))
    return _there_vi(text) or _have_vi(text) or _full_vi(text) or _bitten_vi(text) or _bit_vi(text) or \
        _how_vi(text) or _need_vi(text)


def _place(m: re.Match, thing: str) -> tuple[str, str] | None:
    """The place of a match of _PLACE in English ("my bed", "this room", "the wall"), and whether the thing is on it
    or in it (the group "prep" said, or the place's own); None for a wall whose, a preposition that does not fit it,
    an owner not read, and spiders in a room or a house (mt/pests.py's)."""
    en, sits = _PLACES[keyed(m["place"])]
    prep = {"trên": "on", "trong": "in"}.get(keyed(m.groupdict().get("prep") or ""), "")
    owner = owner_of(m, "")
    if prep and sits and prep != sits or owner and en not in _OWNABLE or owner is None or \
            thing == "nhện" and en in _PESTS_ROOMS:
        return None
    return f"{'this' if m['this'] else owner or 'the'} {en}", prep or sits or "in"


def _there(text: str) -> str | None:
    """"Trên tường có con thạch sùng." as "There is a gecko on the wall.", "Nhà tôi có rệp." as "We have bed bugs.",
    "Giường tôi không có rệp." as "There are no bed bugs in my bed.", "Trên trần nhà có thạch sùng không?" as "Are
    there any geckos on the ceiling?" (_THERE); None for anything else, and where one and a lot, or "quá" and not a
    lot, are said, or a class word not the thing's ("con mạng nhện")."""
    m = next((m for p in _THERE if (m := p.fullmatch(text))), None)
    asked, not_, so = bool(m and m["asked"]), m and m.groupdict().get("not"), m and m.groupdict().get("so")
    if not m or asked != ("?" in m["end"]) or not_ and (asked or m["many"] or m["cls"]) or so and not m["many"] or \
            asked and m["many"]:
        return None
    thing = keyed(m["thing"])
    if m["cls"] and (m["cls"] == "cái") != (thing == "mạng nhện") or (said := _place(m, thing)) is None:
        return None
    (one, many), (place, prep) = THINGS[thing], said
    owner = keyed(m["owner"] or "")
    if keyed(m["place"]) == "nhà" and owner in _WE and not (m["prep"] or m["cls"]) and thing in _HAD:
        we = _WE[owner]  # ("Nhà tôi có rệp.": we have them, as English says it; not asked of one's own home)
        if asked and owner in ("tôi", "mình"):
            return None
        if asked or not_:
            return f"Do {we.lower()} have {many}?" if asked else f"{we} don't have {many}."
        lots = "so many " if so == "quá" else "a lot of " if m["many"] else ""
        return f"{we} have {lots}{many}."
    if m["cls"]:
        return f"Is there a {one} {prep} {place}?" if asked else f"There is a {one} {prep} {place}."
    if asked:
        return f"Are there any {many} {prep} {place}?"
    lots = "no " if not_ else "so many " if so == "quá" else "a lot of " if m["many"] else ""
    return f"There are {lots}{many} {prep} {place}."


def _full(text: str) -> str | None:
    """"Góc nhà đầy mạng nhện." as "The corner of the room is full of cobwebs.", "Giường tôi đầy rệp." as "My bed is
    full of bed bugs." (_FULL); None for anything else, and asked."""
    m = _FULL.fullmatch(text)
    said = m and "?" not in m["end"] and _place(m, keyed(m["thing"]))
    if not said:
        return None
    return capitalised(f"{said[0]} is full of {THINGS[keyed(m['thing'])][1]}.")


def _past_be(who_: str, one: bool) -> str:
    """"was" or "were" after who in English ("I was", "my mother was", "we were")."""
    return "was" if one else PAST_BE[be(who_)]


def _bitten(text: str) -> str | None:
    """"Tôi bị rệp cắn cả đêm." as "I was bitten by bed bugs all night.", "Đêm qua mẹ tôi bị rệp cắn." as "My mother
    was bitten by bed bugs last night.", "Tôi bị rệp cắn." as "I've been bitten by bed bugs.", "Bạn có bị rệp cắn
    không?" as "Were you bitten by bed bugs?" (_BITTEN); None for anything else, a pet or "I" asked, all night asked
    or denied, and "không" with no day (never, or not this time?), a day and all night both said (the day was lost),
    and "em" asking with "ạ" (the speaker: "Was I …?")."""
    m = _BITTEN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["day0"] and (m["day"] or m["all"]):
        return None
    day = _DAYS.get(keyed(m["day0"] or m["day"] or ""), "")
    if m["all"] and (asked or m["not"]) or m["not"] and not day or m["just"] and (day or m["all"] or asked):
        return None
    said = None if em_speaking(m) else person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    when = " all night" if m["all"] else f" {day}" if day else ""
    if asked:
        return f"{_past_be(who_, one).capitalize()} {who_} bitten by bed bugs{when}?"
    if day or m["all"]:
        was = _past_be(who_, one) + ("n't" if m["not"] else "")
        return capitalised(f"{who_} {was} bitten by bed bugs{when}.")
    just = " just" if m["just"] else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} been bitten by bed bugs."))


def _bit(text: str) -> str | None:
    """"Rệp cắn tôi cả đêm." as "Bed bugs bit me all night.", "Đêm qua rệp cắn con tôi." as "Bed bugs bit my child
    last night." (_BIT); None for anything else, and with no night or day said (now, or as a habit?)."""
    m = _BIT.fullmatch(text)
    if not m or bool(m["day0"]) + bool(m["day"]) + bool(m["all"]) != 1 or (whom := as_whom(m["whom"], "vi")) is None:
        return None
    when = "all night" if m["all"] else _DAYS[keyed(m["day0"] or m["day"])]
    return f"Bed bugs bit {whom} {when}."


def _rid_vi(thing: str) -> str:
    """The Vietnamese of getting rid of a thing of THINGS: "diệt rệp", "đuổi thạch sùng"."""
    return f"{'đuổi' if thing in _CHASED else 'diệt'} {thing}"


def _how(text: str) -> str | None:
    """"Làm sao để diệt rệp?" as "How do I get rid of bed bugs?", "Làm thế nào để đuổi thạch sùng?" as "How do I get
    rid of geckos?" (_HOW_RID); None for anything else, and cobwebs (swept, not got rid of)."""
    m = _HOW_RID.fullmatch(text)
    if not m or keyed(m["thing"]) == "mạng nhện":
        return None
    return f"How do I get rid of {THINGS[keyed(m['thing'])][1]}?"


def _need(text: str) -> str | None:
    """"Chúng ta cần diệt rệp." as "We need to get rid of the bed bugs.", "Mẹ tôi phải diệt bướm đêm." as "My mother
    has to get rid of the moths." (_NEED); None for anything else, spiders (mt/pests.py's) and cobwebs, and asked."""
    m = _NEED.fullmatch(text)
    thing = keyed(m["thing"]) if m else ""
    if not m or "?" in m["end"] or thing in ("nhện", "mạng nhện") or (said := person_of(m, False)) is None:
        return None
    need = _NEEDS[keyed(m["need"])]
    need = {"need to": "needs to", "have to": "has to"}.get(need, need) if said[1] else need
    return capitalised(f"{said[0]} {need} get rid of the {THINGS[thing][1]}.")


def _thing_vi(m: re.Match) -> tuple[str, bool]:
    """The thing of a match of _THING_EN in Vietnamese, and whether one ("a gecko") is said."""
    said = " ".join(m["thing"].lower().split())
    return THINGS_VI[said], said in _ONE_EN


def _place_vi(m: re.Match, thing: str) -> tuple[str, bool] | None:
    """The place of a match of _PLACE_EN in Vietnamese ("giường tôi", "phòng này", "tường", "tủ quần áo của tôi"), and
    whether it is said bare ("the"); None for a wall whose, a preposition that does not fit it (group "prep"), an
    owner not read, and spiders in a room or a house (mt/pests.py's)."""
    vi, det = _PLACES_VI[m["place"].lower()], (m["det"] or "").lower()
    en, sits = _PLACES[vi]
    prep = m.groupdict().get("prep") or sits or "in"
    if sits and prep != sits or (det not in ("the", "this") and en not in _OWNABLE) or \
            thing == "nhện" and en in _PESTS_ROOMS:
        return None
    if det in ("the", "this"):
        return (vi, True) if det == "the" else (f"{vi} này", False)
    owner = someone(m["someone"], "en") if m["someone"] else WHOSE_VI[det]
    of = " của" * (" " in vi)  # ("tủ quần áo tôi" reads as a wardrobe of my clothes: "tủ quần áo của tôi")
    return owner and (f"{vi}{of} {owner}", False)


def _there_vi(text: str) -> str | None:
    """"There is a gecko on the wall." as "Trên tường có một con thạch sùng.", "There are bed bugs in my bed." as
    "Giường tôi có rệp.", "Are there any moths in the wardrobe?" as "Trong tủ quần áo có bướm đêm không?" (_THERE_EN);
    None for anything else, and where "is", "are", "a" and the thing do not agree."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    thing, one = _thing_vi(m)
    how, is_ = (m["how"] or "").lower(), (m["q"] or m["be"]).strip().lower().replace("’", "'") in ("is", "'s")
    if is_ != one or one != (how == "a") or \
            how == "any" and not m["q"] or m["q"] and (m["not"] or how not in ("", "any", "a")) or m["not"] and how:
        return None
    said = _place_vi(m, thing)
    if said is None:
        return None
    place, bare = said
    if bare:
        opening = "Ở" if place == "góc nhà" else "Trên" if m["prep"] == "on" or place == "giường" else "Trong"
        place = f"{opening} {place}"
    elif m["prep"] == "on":
        place = f"Trên {place}"
    what = f"{'một ' * (not m['q'])}{'cái' if thing == 'mạng nhện' else 'con'} {thing}" if one else \
        f"nhiều {thing}{' quá' * (how == 'so many')}" if how not in ("", "any") else thing
    if m["q"]:
        return capitalised(f"{place} có {what} không?")
    return capitalised(f"{place} {'không ' * bool(m['not'])}có {what}.")


def _have_vi(text: str) -> str | None:
    """"We have bed bugs." as "Nhà tôi có rệp.", "Do you have bed bugs?" as "Nhà bạn có rệp không?", "We don't have
    moths." as "Nhà tôi không có bướm đêm." (_HAVE_EN); None for anything else, and geckos, spiders and cobwebs
    (pets, or mt/pests.py's)."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["not"] or "got" in text or m["who"] == "we"):
        return None
    thing, one = _thing_vi(m)
    how = (m["how"] or "").lower()
    if one or thing not in _HAD or how == "any" and not (m["q"] or m["not"]) or m["not"] and how not in ("", "any"):
        return None
    house = f"Nhà {_WE_VI[m['who'].lower()]}"
    what = f"nhiều {thing}" if how not in ("", "any") else thing
    if m["q"]:
        return f"{house} có {what} không?"
    return f"{house} {'không ' * bool(m['not'])}có {what}."


def _full_vi(text: str) -> str | None:
    """"The corner of the room is full of cobwebs." as "Góc nhà đầy mạng nhện.", "My bed is full of bed bugs." as
    "Giường tôi đầy rệp." (_FULL_EN); None for anything else, and one ("full of spider")."""
    m = _FULL_EN.fullmatch(text)
    if not m:
        return None
    thing, one = _thing_vi(m)
    said = None if one else _place_vi(m, thing)
    return said and capitalised(f"{said[0]} đầy {thing}.")


def _bitten_vi(text: str) -> str | None:
    """"I was bitten by bed bugs all night." as "Tôi bị rệp cắn cả đêm.", "My mother got bitten by bed bugs last
    night." as "Đêm qua mẹ tôi bị rệp cắn.", "I've just been bitten by bed bugs." as "Tôi vừa bị rệp cắn.", "Were you
    bitten by bed bugs?" as "Bạn có bị rệp cắn không?" (_BITTEN_EN); None for anything else, a pet, and where "was",
    "were", "has" or "have" do not agree with who."""
    m = _BITTEN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    said = person_of(m, bool(m["q"]), "en")
    if said is None:
        return None
    who_, one = said
    aux = (m["q"] or m["have"] or m["aux"]).strip().lower().replace("’", "'")
    perfect, not_, first = bool(m["have"]), aux.endswith("n't"), aux.replace("n't", "")
    if first in ("was", "were") and (first == "was") != (one or who_ == "tôi") or perfect and (
            first in ("has", "'s")) != one or m["just"] and not perfect or perfect and (m["day"] or m["all"]) or \
            not_ and not m["day"] or m["all"] and (m["q"] or not_):
        return None
    day = f"{_DAYS_VI[m['day'].lower()].capitalize()} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day}{who_} có bị rệp cắn không?")
    how = "không bị" if not_ else "vừa bị" if m["just"] else "bị"
    return capitalised(f"{day}{who_} {how} rệp cắn{' cả đêm' * bool(m['all'])}.")


def _bit_vi(text: str) -> str | None:
    """"Bed bugs bit me all night." as "Rệp cắn tôi cả đêm.", "The bed bugs bit my son last night." as "Đêm qua rệp
    cắn con trai tôi." (_BIT_EN); None for anything else, and with no night or day said."""
    m = _BIT_EN.fullmatch(text)
    if not m or not (m["all"] or m["day"]) or (whom := as_whom(m["whom"], "en")) is None:
        return None
    if m["all"]:
        return f"Rệp cắn {whom} cả đêm."
    return f"{_DAYS_VI[m['day'].lower()].capitalize()} rệp cắn {whom}."


def _how_vi(text: str) -> str | None:
    """"How do I get rid of bed bugs?" as "Làm sao để diệt rệp?", "How do you get rid of geckos?" as "Làm sao để
    đuổi thạch sùng?" (_HOW_EN); None for anything else, one ("a gecko") and cobwebs."""
    m = _HOW_EN.fullmatch(text)
    if not m:
        return None
    thing, one = _thing_vi(m)
    return None if one or thing == "mạng nhện" else f"Làm sao để {_rid_vi(thing)}?"


def _need_vi(text: str) -> str | None:
    """"We need to get rid of the bed bugs." as "Chúng tôi cần diệt rệp.", "She should get rid of the geckos." as "Cô
    ấy nên đuổi thạch sùng." (_NEED_EN); None for anything else, spiders (mt/pests.py's), cobwebs, a pet, and where
    the verb does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m:
        return None
    thing, one = _thing_vi(m)
    said, need = person_of(m, False, "en"), " ".join(m["need"].split())
    if one or thing in ("nhện", "mạng nhện") or said is None or need != "should" and need.endswith("s to") != said[1]:
        return None
    return capitalised(f"{said[0]} {_NEEDS_VI[need]} {_rid_vi(thing)}.")
