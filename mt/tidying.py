"""Tidying and mess: a room tidied, things put away, a room dirty, messy or clean, both ways, written whole by rule.
v8 (with every rule before this one) reads "dọn" as moving, "bừa bộn" as a coconut and "cất" as anything: "Dọn phòng
đi!" → "Those rooms!", "Dọn bếp đi!" → "The kitchen went!", "Cất đồ đi." → "Eversity of walking.", "Đừng vứt quần áo
trên sàn." → "Don't pants on the floor.", "Phòng bẩn quá." → "It's too dirty." (the room lost), "Phòng của bạn bừa
bộn quá." → "Your room is too coconut.", "Sạch rồi." → "Then.", "Mẹ tôi đang dọn bếp." → "My mother was moving the
kitchen.", "Bạn đã dọn phòng chưa?" → "Have you moved the room yet?"; and back, "Tidy your room!" → "Bạn hãy choàng
phòng nhé!", "Put your things away." → "Đặt những thứ của bạn đi vắng.", "Your room is a mess." → "Phòng của bạn là một
bữa." (a meal), "What a mess!" → "Tôi là gì!", "I've tidied my room." → "Tôi đã gắn phòng của tôi." (attached).

Taken: telling someone to tidy or clean a room of ROOMS ("Dọn phòng đi!", "Con dọn phòng của con đi nhé."), to put
their things of THINGS away ("Cất đồ chơi đi!"), not to leave them on the floor or lying around; a place of PLACES,
its whose (mt.terms.OWNERS, mt.hobbies.SOMEONE) or "này" said, dirty, messy, clean or tidy (STATES), how much
(mt.weather.DEGREE), always, not, clean now, asked ("… có sạch không?") or asked why ("Sao … bừa bộn thế?"); "Bừa bộn
quá!", "Bẩn quá!", "Sạch rồi." alone; who (mt.hobbies.WHO) has tidied, tidied, is tidying, has just tidied, will tidy,
has to tidy, has not tidied a room yet, asked with "chưa", and who ("Ai") did, is doing, will or has to. Left: "dọn
nhà", "dọn dẹp nhà cửa" (mt/chores.py's, cleaning the house; "dọn nhà" is also moving, mt/moving.py), "dọn đồ"
(packing, mt/moving.py), "dọn bàn" (clearing the table), a plain verb ("Tôi dọn phòng.": a habit, or now), a day or
time, "Ai dọn phòng vậy?" (did or does), "anh", "chị", "em" alone saying they did it (the speaker or "you"), "phòng
của con" said of the room (yours or mine), "bếp" alone dirty (the stove?), "It's a mess." and "What a mess!" in English
(a mess of any kind), rooms in the plural.
mt.phrasebook.translate tries these after mt/mealtimes.py.

    >>> translate("Dọn phòng đi!", "vi", "en"), translate("Your room is a mess.", "en", "vi")
    ('Tidy your room!', 'Phòng của bạn bừa bộn quá.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed
from .weather import DEGREE, EN_DEGREE

# the places that get messy (the first Vietnamese of each is written back)
PLACES = {"phòng": "room", "phòng ngủ": "bedroom", "phòng khách": "living room", "phòng tắm": "bathroom",
          "nhà tắm": "bathroom", "nhà bếp": "kitchen", "bếp": "kitchen", "nhà": "house", "căn hộ": "flat"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"apartment": "căn hộ"}
# ... those tidied ("dọn nhà" is cleaning the house, mt/chores.py's, or moving), and how each is said tidied
ROOMS = {vi: en for vi, en in PLACES.items() if en not in ("house", "flat")}
ROOMS_VI = {en: vi for en, vi in PLACES_VI.items() if vi in ROOMS} | {"kitchen": "bếp"}
_CLEANED = {"kitchen", "bathroom"}  # ("clean the kitchen", "tidy your room")
_DOING = {"dọn": "tidy", "dọn dẹp": "tidy", "lau dọn": "clean"}
_DONE_EN = {"tidy": "tidied", "clean": "cleaned"}
# how it is (the first Vietnamese of each is written back); "a mess" is "bừa bộn quá"
STATES = {"bẩn": "dirty", "dơ": "dirty", "bừa bộn": "messy", "bừa": "messy", "lộn xộn": "messy", "sạch": "clean",
          "sạch sẽ": "clean", "gọn gàng": "tidy", "ngăn nắp": "tidy"}
STATES_VI = {en: vi for vi, en in reversed(STATES.items())} | {
    "untidy": "bừa bộn", "a mess": "bừa bộn", "such a mess": "bừa bộn"}
_GOOD = {"clean", "tidy"}  # (what a place is "now", "rồi")
# what is put away, or left on the floor
THINGS = {"đồ": "things", "đồ đạc": "things", "đồ chơi": "toys", "quần áo": "clothes", "giày": "shoes",
          "giày dép": "shoes", "sách vở": "books", "sách": "books"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"stuff": "đồ"}
# whose each English whose word is when it is who's own ("I tidied my room": "Tôi đã dọn phòng.")
_OWN = {"i": "my", "you": "your", "we": "our", "they": "their", "he": "his", "she": "her"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dọn|bẩn|dơ|bừa|lộn\s+xộn|sạch|gọn\s+gàng|ngăn\s+nắp|cất|đừng|sàn|lung\s+tung|"
                    r"khắp)"),
         "en": lazy(r"(?i:tid(?:y|ie)|clean|mess|dirty|put|leave)")}


def _place(places: dict[str, str]) -> str:
    """A regex for a place of `places` with whose or "này" after it ("phòng", "phòng của tôi", "phòng mẹ tôi")."""
    return (rf"(?:(?i:căn)\s+)?(?P<place>(?i:{alternatives(places)}))(?:\s+(?P<this>này)|\s+(?:của\s+)?"
            rf"(?P<someone>{SOMEONE})|\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?")


def _place_en(places: dict[str, str]) -> str:
    """A regex for a place of `places` in English, with "the", "this", whose or someone's before it."""
    return (rf"(?:(?P<owner>(?i:the|this|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
            rf"(?P<place>(?i:{alternatives(places)}))")


# telling "you" to tidy ("Dọn phòng đi!", "Con hãy dọn phòng của con đi nhé."), to put things away, not to leave them
_YOU = r"(?:(?i:con|em|bạn|anh|chị|cậu)\s+)?"
_YOURS = r"(?:\s+của\s+(?P<yours>con|em|bạn|cậu))?"
_GO = r"\s+đi(?:\s+(?:nhé|nha|nào))?\s*(?P<end>[.!]*)"
_TIDY = lazy(rf"{_YOU}(?:(?i:hãy)\s+)?(?P<do>(?i:{alternatives(_DOING)}))\s+(?P<place>(?i:"
             rf"{alternatives(ROOMS)})){_YOURS}{_GO}")
_PUT = lazy(rf"{_YOU}(?:(?i:hãy)\s+)?(?i:cất)\s+(?P<things>(?i:{alternatives(THINGS)})){_YOURS}{_GO}")
_LEAVE = lazy(rf"{_YOU}(?i:đừng|không\s+được)\s+(?:vứt|để|bỏ|quăng)\s+(?P<things>(?i:{alternatives(THINGS)}))"
              rf"{_YOURS}\s+(?:(?P<floor>(?:ở\s+)?(?:trên|dưới)\s+(?:sàn\s+nhà|sàn|nền\s+nhà))|"
              r"(?P<around>bừa\s+bãi|lung\s+tung|khắp\s+nơi|khắp\s+nhà))(?:\s+(?:nữa|nhé|nha))?\s*(?P<end>[.!]*)")
_PLEASE = r"(?:(?P<please>[Pp]lease)\s+)?"
_PLEASED = r"(?:,?\s+(?P<please2>please))?\s*(?P<end>[.!]*)"
_TIDY_EN = lazy(rf"{_PLEASE}(?P<do>(?i:tidy|clean))(?:\s+(?P<up>up))?\s+(?:your|the)\s+(?P<place>"
                rf"{alternatives(ROOMS_VI)})(?:\s+(?P<up2>up))?{_PLEASED}")
_PUT_EN = lazy(rf"{_PLEASE}(?i:put)\s+(?:(?P<away>away)\s+)?your\s+(?P<things>{alternatives(THINGS_VI)})"
               rf"(?(away)|\s+away){_PLEASED}")
_LEAVE_EN = lazy(rf"{_PLEASE}(?:Don['’]t|Do\s+not)\s+leave\s+your\s+(?P<things>{alternatives(THINGS_VI)})\s+"
                 r"(?:(?P<floor>(?:all\s+over|on)\s+the\s+floor)|(?P<around>lying\s+around|around|everywhere|"
                 r"all\s+over\s+the\s+place))\s*(?P<end>[.!]*)")

# how a place is ("Phòng bẩn quá.", "Phòng bạn có sạch không?", "Sao phòng bừa bộn thế?", "Sạch rồi.")
_STATE = lazy(rf"(?:(?P<why>(?i:sao|tại\s+sao))\s+)?(?:{_place(PLACES)}\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+|"
              r"(?P<always>lúc\s+nào\s+cũng|luôn\s+luôn|luôn)\s+|(?P<before>rất|hơi|khá)\s+)?"
              rf"(?P<state>(?i:{alternatives(STATES)}))(?:\s+(?P<after>quá|lắm|rồi))?(?:\s+(?P<asked>không))?"
              r"(?:\s+(?P<soft>thế|vậy|ạ))?\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<why>Why)\s+is\s+|(?P<is>Is)\s+)?(?:{_place_en(PLACES_VI)}|(?P<it>It))(?:(?P<be>\s+is|"
                 r"['’]s)(?P<not>\s+not|n['’]t)?)?(?:\s+(?P<always>always))?(?:\s+(?P<deg>"
                 rf"{alternatives(EN_DEGREE)}))?\s+(?P<state>(?i:{alternatives(STATES_VI)}))(?:\s+(?P<now>now))?"
                 r"\s*(?P<end>[.!?]*)")

# who tidied it, is tidying it, will … ("Tôi đã dọn phòng rồi.", "Bạn đã dọn phòng chưa?", "Ai đã dọn bếp?")
_DONE = lazy(rf"(?:(?P<anyone>[Aa]i)|{WHO})\s+(?:(?P<aux>đã|đang|vừa\s+mới|vừa|mới|sẽ|phải|chưa)\s+)?"
             rf"(?P<do>{alternatives(_DOING)})\s+{_place(ROOMS)}(?:\s+(?P<later>sau|lát\s+nữa))?"
             rf"(?:\s+(?P<then>rồi|chưa))?{SOFTENED_END}")
_DONE_EN_RE = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?(?:(?P<anyone>Who)|{WHO_EN})(?P<aux>\s+(?:am|is|are|have|has|"
                   r"will)|['’](?:m|s|re|ve|ll))?(?P<not>\s+not|n['’]t)?(?:\s+(?P<just>just))?(?:\s+(?P<to>"
                   r"have|has)\s+to)?\s+(?P<verb>(?i:tid(?:y|ies|ied|ying)|clean(?:s|ed|ing)?))(?:\s+up)?\s+"
                   rf"{_place_en(ROOMS_VI)}(?:\s+up)?(?:\s+(?P<yet>yet)|\s+(?P<later>later))?\s*(?P<end>[.!?]*)")
_AUX = {"'m": "am", "'re": "are", "'ve": "have", "'ll": "will"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that tells someone to tidy up, says or asks how tidy a place is, or who tidied
    a room; None for any other."""
    if src == "vi":
        return _told(text) or _state(text) or _done(text)
    return _told_vi(text) or _state_vi(text) or _done_vi(text)


def _told(text: str) -> str | None:
    """"Dọn phòng đi!" as "Tidy your room!", "Dọn bếp đi." as "Clean the kitchen.", "Cất đồ chơi đi!" as "Put your
    toys away!", "Đừng vứt quần áo trên sàn." as "Don't leave your clothes on the floor." (_TIDY, _PUT, _LEAVE)."""
    if m := _TIDY.fullmatch(text):
        place = ROOMS[keyed(m["place"])]
        whose = "your" if place in ("room", "bedroom") or m["yours"] else "the"
        said = f"{'Clean' if place in _CLEANED else _DOING[keyed(m['do'])].capitalize()} {whose} {place}"
    elif m := _PUT.fullmatch(text):
        said = f"Put your {THINGS[keyed(m['things'])]} away"
    elif m := _LEAVE.fullmatch(text):
        where = "on the floor" if m["floor"] else "lying around"
        said = f"Don't leave your {THINGS[keyed(m['things'])]} {where}"
    else:
        return None
    return f"{said}{m['end'] or '.'}"


def _told_vi(text: str) -> str | None:
    """"Tidy your room!" as "Dọn phòng đi!", "Please clean the kitchen." as "Hãy dọn bếp đi.", "Put your toys away!"
    as "Cất đồ chơi đi!", "Don't leave your clothes on the floor." as "Đừng để quần áo dưới sàn nhà."."""
    if m := _TIDY_EN.fullmatch(text):
        if m["up"] and m["up2"]:
            return None
        up = " dẹp" if m["up"] or m["up2"] else ""
        said = f"dọn{up} {ROOMS_VI[keyed(m['place'])]} đi"
    elif m := _PUT_EN.fullmatch(text):
        said = f"cất {THINGS_VI[keyed(m['things'])]} đi"
    elif m := _LEAVE_EN.fullmatch(text):
        things = THINGS_VI[keyed(m["things"])]
        return f"Đừng {'để' if m['floor'] else 'vứt'} {things} {'dưới sàn nhà' if m['floor'] else 'bừa bãi'}" \
               f"{m['end'] or '.'}"
    else:
        return None
    please = m.groupdict().get("please") or m.groupdict().get("please2")
    return capitalised(f"{'hãy ' * bool(please)}{said}{m['end'] or '.'}")


def _whose_en(m: re.Match, places: dict[str, str]) -> str:
    """The place of a match of `_place` in English, with its whose: "the room", "this room", "my room", "my mother's
    room"."""
    place = places[keyed(m["place"])]
    if m["this"]:
        return f"this {place}"
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {place}"
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s {place}"
    return f"the {place}"


def _state(text: str) -> str | None:
    """"Phòng bẩn quá." as "The room is so dirty.", "Phòng của bạn bừa bộn quá." as "Your room is so messy.", "Phòng
    sạch rồi." as "The room is clean now.", "Phòng bạn có sạch không?" as "Is your room clean?", "Sao phòng bừa bộn
    thế?" as "Why is the room so messy?", "Bừa bộn quá!" as "What a mess!" (_STATE); None for anything else, and
    for "bếp" alone."""
    m = _STATE.fullmatch(text)
    if not m:
        return None
    asked, state, after = "?" in m["end"], STATES[keyed(m["state"])], m["after"]
    told = m["ask"] or m["not"] or m["always"] or m["before"]
    place = _whose_en(m, PLACES) if m["place"] else ""
    if keyed(m["place"] or "") == "bếp" or m["why"] and not place:  # ("Bếp bẩn quá.": the kitchen, or the stove)
        return None
    if m["why"]:
        if not asked or told or m["asked"] or after == "rồi" or m["soft"] == "ạ":
            return None
        return f"Why is {place} {'so ' * bool(after or m['soft'])}{state}?"
    if asked:
        if not m["asked"] or not place or after or m["soft"] or m["not"] or m["always"] or m["before"]:
            return None
        return f"Is {place} {state}?"
    if m["asked"] or m["ask"] or m["soft"] in ("thế", "vậy") or after == "rồi" and (state not in _GOOD or told):
        return None
    end = m["end"] or "."
    if not place:
        said = keyed(m["state"])
        if said == "bừa bộn" and after == "quá" and not told:
            return "What a mess!"
        if state == "dirty" and after == "quá" and not told or state in _GOOD and after == "rồi":
            return f"It's {'so ' * (after == 'quá')}{state}{' now' * (after == 'rồi')}{end}"
        return None
    if m["not"]:
        return None if after == "quá" else capitalised(f"{place} isn't {'very ' * bool(after)}{state}{end}")
    if m["always"] or after == "rồi":
        return None if after and m["always"] else capitalised(
            f"{place} is {'always ' * bool(m['always'])}{state}{' now' * (after == 'rồi')}{end}")
    if m["before"] and after:
        return None
    degree = DEGREE[keyed(m["before"] or after)] if m["before"] or after else ""
    return capitalised(f"{place} is {degree} {state}{end}".replace("  ", " "))


def _whose_vi(m: re.Match, places: dict[str, str]) -> str:
    """The place of a match of `_place_en` in Vietnamese, with its whose: "phòng", "phòng này", "phòng của bạn",
    "phòng của mẹ tôi"."""
    place, owner = places[keyed(m["place"])], keyed(m["owner"] or "")
    if m["someone"]:
        return f"{place} của {someone(m['someone'], 'en')}"
    return place if owner == "the" else f"{place} này" if owner == "this" else f"{place} của {WHOSE_VI[owner]}"


def _state_vi(text: str) -> str | None:
    """"Your room is a mess." as "Phòng của bạn bừa bộn quá.", "The kitchen is so dirty." as "Nhà bếp bẩn quá.",
    "Is your room clean?" as "Phòng của bạn có sạch không?", "It's clean now." as "Sạch rồi." (_STATE_EN); None for
    anything else, and for "are" said of a room."""
    m = _STATE_EN.fullmatch(text)
    if not m:
        return None
    asked, state, deg = "?" in m["end"], keyed(m["state"]), keyed(m["deg"] or "")
    vi, mess, told = STATES_VI[state], state.endswith("mess"), m["not"] or m["always"] or m["now"]
    if m["why"] or m["is"]:
        if not asked or m["be"] or told or m["it"]:
            return None
        if m["why"]:
            return f"Sao {_whose_vi(m, PLACES_VI)} {vi} thế?" if deg == "so" or state == "such a mess" else None
        return None if mess or deg else capitalised(f"{_whose_vi(m, PLACES_VI)} có {vi} không?")
    if asked or not m["be"] or mess and (deg or m["not"]) or m["now"] and (state not in _GOOD or deg or m["not"]):
        return None
    end = m["end"] or "."
    if m["it"]:
        if state in _GOOD and m["now"] and not (m["not"] or m["always"]):
            return f"{capitalised(vi)} rồi{end}"
        return f"{capitalised(vi)} quá{end}" if state == "dirty" and deg in ("so", "too") and not told else None
    place = _whose_vi(m, PLACES_VI)
    if mess:
        return capitalised(f"{place} {'lúc nào cũng ' if m['always'] else ''}{vi}{'' if m['always'] else ' quá'}{end}")
    if m["not"]:
        return None if m["always"] or deg not in ("", "very") else capitalised(
            f"{place} không {vi}{' lắm' * bool(deg)}{end}")
    if m["always"] and deg:
        return None
    before, after = EN_DEGREE.get(deg, ("", ""))
    always = "lúc nào cũng" if m["always"] else ""
    return capitalised(" ".join(w for w in (place, always, before, vi, after, "rồi" * bool(m["now"])) if w) + end)


def _done(text: str) -> str | None:
    """"Tôi đã dọn phòng rồi." as "I've tidied the room.", "Mẹ tôi đang dọn bếp." as "My mother is cleaning the
    kitchen.", "Bạn đã dọn phòng chưa?" as "Have you tidied the room yet?", "Ai đã dọn phòng?" as "Who tidied the
    room?" (_DONE); None for a plain verb ("Tôi dọn phòng.": a habit, or now) and anything else."""
    m = _DONE.fullmatch(text)
    if not m:
        return None
    asked, aux, then = "?" in m["end"], keyed(m["aux"] or ""), m["then"]
    if m["later"] and (aux != "sẽ" or asked or m["anyone"]):
        return None
    said = None if m["anyone"] else who(m, asked)
    place = _whose_en(m, ROOMS)
    if not m["anyone"] and said is None or keyed(m["owner"] or "") == "mình" and (not said or said[0] != "I"):
        return None
    verb = "clean" if ROOMS[keyed(m["place"])] in _CLEANED else _DOING[keyed(m["do"])]
    done = _DONE_EN[verb]
    if m["anyone"]:
        said = {"đã": f"{done}", "đang": f"is {verb}ing", "sẽ": f"will {verb}", "phải": f"has to {verb}"}.get(aux)
        return f"Who {said} {place}?" if said and asked and not then else None
    who_, one = said
    have = "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {done} {place} yet?" if then == "chưa" and aux in ("", "đã") else None
    if then == "chưa" or then and aux not in ("", "đã"):
        return None
    said = (f"{have} {done}" if then else {"đã": done, "đang": f"{be(who_)} {verb}ing", "vừa": f"{have} just {done}",
                                           "vừa mới": f"{have} just {done}", "mới": f"{have} just {done}",
                                           "sẽ": f"will {verb}", "chưa": f"{have}n't {done}"}.get(aux))
    if aux == "phải":
        said = f"{who_} {have} to {verb}"  # ("he has to", not "he's to")
    elif said is None:
        return None
    else:
        said = contracted(who_, said)
    rest = " yet" if aux == "chưa" else " later" if m["later"] else ""
    return capitalised(f"{said} {place}{rest}{m['end'] or '.'}")


def _done_vi(text: str) -> str | None:
    """"I've tidied my room." as "Tôi đã dọn phòng rồi.", "My mother is cleaning the kitchen." as "Mẹ tôi đang dọn
    bếp.", "Have you tidied your room yet?" as "Bạn đã dọn phòng chưa?", "Who tidied the room?" as "Ai đã dọn
    phòng?" (_DONE_EN_RE); None for anything else, and where the verb does not agree with who."""
    m = _DONE_EN_RE.fullmatch(text)
    if not m:
        return None
    verb, asked, q = m["verb"].lower(), "?" in m["end"], (m["q"] or "").lower()
    form = "ing" if verb.endswith("ing") else "past" if verb.endswith("ed") else "s" if verb.endswith("s") else "base"
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    aux = {"'s": "has" if form == "past" else "is"}.get(aux, _AUX.get(aux, aux))
    place = _owned_vi(m)
    if place is None or m["yet"] and not (m["not"] or q) or form == "s" or m["later"] and (q or m["anyone"]):
        return None
    if m["anyone"]:
        if q or m["not"] or m["just"] or not asked:
            return None
        said = {("", "past", ""): "đã", ("is", "ing", ""): "đang", ("will", "base", ""): "sẽ",
                ("", "base", "has"): "phải"}.get((aux, form, m["to"] or ""))
        return f"Ai {said} dọn {place}?" if said else None
    who_, one = who_vi(m)
    if q:
        if aux or m["not"] or m["just"] or m["to"] or not asked or (form != "base") != (q != "did") or (
                q != "did" and (q == "has") != one):
            return None
        return capitalised(f"{who_} đã dọn {place} chưa?")
    if asked:
        return None
    key = (aux, form, bool(m["not"]), bool(m["just"]), m["to"] or "")
    said = {("", "past", False, False, ""): "đã", ("", "past", False, True, ""): "vừa",
            ("have", "past", False, False, ""): "đã", ("have", "past", False, True, ""): "vừa",
            ("have", "past", True, False, ""): "chưa", ("has", "past", False, False, ""): "đã",
            ("has", "past", False, True, ""): "vừa", ("has", "past", True, False, ""): "chưa",
            ("will", "base", False, False, ""): "sẽ", ("", "base", False, False, "have"): "phải",
            ("", "base", False, False, "has"): "phải"}.get(key)
    if aux in ("am", "is", "are") and key[1:] == ("ing", False, False, ""):
        said = "đang" if aux == (be("I") if who_ == "tôi" else "is" if one else "are") else None
    have = aux if aux in ("have", "has") else m["to"] or ""
    if said is None or have and (have == "has") != one or m["later"] and said != "sẽ":
        return None
    done = " rồi" if said == "đã" and aux else " sau" if m["later"] else ""
    return capitalised(f"{who_} {said} dọn {place}{done}{m['end'] or '.'}")


def _owned_vi(m: re.Match) -> str | None:
    """The room of a match of _DONE_EN_RE in Vietnamese, whose left out where it is who's own ("I tidied my room":
    "phòng"); None for "his" or "her" after someone not a pronoun ("My brother tidied his room": his, or another's)."""
    owner = keyed(m["owner"] or "")
    pronoun = keyed(m["who"] or "") if not m["anyone"] else ""
    if owner and pronoun and _OWN.get(pronoun) == owner:
        return ROOMS_VI[keyed(m["place"])]
    if owner in ("his", "her", "their") and not pronoun:
        return None
    return _whose_vi(m, ROOMS_VI)
