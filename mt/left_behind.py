"""Things left somewhere by mistake, both ways, written whole by rule: who left or forgot a thing at a place (at home,
in a taxi, on the bus, at the restaurant …), said, asked, or thought ("I think I left …"). v8 (with every rule before
this one): "Tôi quên vé ở nhà." → "I forgot my Home ticket.", "Tôi để quên điện thoại trên taxi." → "I left my phone
on taxi.", "Bạn có để quên túi trong xe không?" → "Do you forget the bag in the car?", "Tôi nghĩ tôi để quên ví ở nhà
hàng." → "I think I forgot to get the wallet at the restaurant.", "Mẹ tôi để quên kính ở văn phòng." → "My mother
forgot to respect in the office.", "Bố tôi để quên điện thoại ở nhà." → "I let me forget my phone at home.", "Tôi để
quên áo khoác ở quán cà phê." → "I forgot to jacket at the coffee shop."; "I left my umbrella on the bus." → "Tôi rời
khỏi ô của tôi trên xe buýt." (went away from), "She left her umbrella on the bus." → "Cô ấy bỏ cô ấy ô trên xe
buýt.", "I left my backpack at school." → "Tôi đã rời khỏi nhà của tôi ở trường.", "I left my jacket at the café." →
"Tôi đã bỏ áo khoác của mình ra khỏi hang.", "Have you left your umbrella at work?" → "Bạn đã rời khỏi ô của bạn làm
việc chưa?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) left ("để quên", "bỏ quên") or forgot
("quên") a thing of THINGS (mt.finding's, from mt.terms.CARRIED_EN, and a ticket, a jacket, a raincoat, a suitcase) at
a place of PLACES (home, work, school, an office, a restaurant, a gym, mt.terms.WHERE_ONLY's; in a taxi or the car, on
the bus, the plane or the train) or at someone's house; just ("vừa"), done ("rồi": "I've left"), asked ("Bạn có để
quên … không?": "Did you leave …?", "… gì …": "anything"), after "Tôi nghĩ", "Hình như" ("I think"). Whose not said is
the subject's own ("my", "her" for "mẹ tôi"); in Vietnamese, "our" and "their" are kept ("áo mưa của chúng tôi", as
mt.terms writes them).
Left: keys (mt/keys.py), forgotten to bring ("quên mang": mt/bring_along.py), lost, dropped or not found
(mt/finding.py, mt/mishaps.py, mt.terms), left with no place (mt/mishaps.py), "trên xe" (a car or a motorbike), "trên
tàu" (a train or a boat), a room, "we" and "they" in Vietnamese (one thing or several?), a name alone or "bạn tôi"
with whose not said (his or her?), "Where did you leave …?" (left or put?), "Have you left …?".
mt.phrasebook.translate tries these after mt/permission.py.

    >>> translate("Tôi để quên điện thoại trên taxi.", "vi", "en"), translate("I left my bag on the bus.", "en", "vi")
    ('I left my phone in the taxi.', 'Tôi để quên túi trên xe buýt.')
"""
from __future__ import annotations

import re

from .finding import THINGS as _FOUND
from .hobbies import OWNER, SOMEONE, SOMEONE_EN, WHO, WHO_EN, his_her_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import OWNERS, WHERE_ONLY, WHOSE_VI, WHOSE_WORDS
from .text import (
    ASKED_END,
    WHOSE_OF,
    alternatives,
    capitalised,
    contracted,
    keyed,
    regular_plural,
)

# what is left behind: mt.finding's things carried (not a remote, shoes or slippers), and more (the first Vietnamese
# of each is written back)
THINGS = {vi: en for vi, en in _FOUND.items() if en not in ("remote", "shoes", "slippers")} | {
    "vé": "ticket", "áo khoác": "jacket", "áo mưa": "raincoat", "va li": "suitcase", "vali": "suitcase"}
_MANY = {"glasses", "sunglasses", "headphones"}  # ("her glasses", not "a glass")
_FIRST_VI = {en: vi for vi, en in reversed(THINGS.items())}
THINGS_VI = _FIRST_VI | {regular_plural(en): vi for en, vi in _FIRST_VI.items() if en not in _MANY} | {
    "mobile phone": "điện thoại", "cell phone": "điện thoại", "earphones": "tai nghe", "coat": "áo khoác",
    "charger": "cục sạc", "chargers": "cục sạc"}  # (as mt/finding.py and mt/bring_along.py write it)
_THINGS_VI_KEYED = {keyed(en): vi for en, vi in THINGS_VI.items()}
# where: rides, with "trên" or "trong" ("trên xe" alone is left: a car or a motorbike; "tàu" alone: a train or a boat)
_RIDES = {"taxi": "in the taxi", "xe taxi": "in the taxi", "xe buýt": "on the bus", "máy bay": "on the plane",
          "tàu hỏa": "on the train", "xe lửa": "on the train", "ô tô": "in the car", "xe hơi": "in the car"}
# ... places, with "ở" or "tại" (and those of mt.terms.WHERE_ONLY, "at the hotel")
_AT = {"nhà": "at home", "nhà hàng": "at the restaurant", "văn phòng": "at the office", "trường": "at school",
       "chỗ làm": "at work", "công ty": "at work", "cơ quan": "at work", "phòng tập": "at the gym",
       "phòng gym": "at the gym", "rạp chiếu phim": "at the cinema", "nhà ga": "at the station",
       "thư viện": "at the library"} | {vi: f"at the {en}" for vi, en in WHERE_ONLY.items()}
PLACES = {f"{pre} {vi}": en for vi, en in _RIDES.items() for pre in ("trên", "trong", "ở trên", "ở trong")} | {
    "trong xe": "in the car", "ở trong xe": "in the car"} | {
    f"{pre} {vi}": en for vi, en in _AT.items() for pre in ("ở", "tại")}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items()) if vi.startswith(("trên ", "ở "))} | {
    "in a taxi": "trên taxi", "in the cab": "trên taxi", "in a cab": "trên taxi", "on the train": "trên tàu",
    "in the car": "trong xe", "in the office": "ở văn phòng", "at the café": "ở quán cà phê",
    "at the cafe": "ở quán cà phê", "at the coffee shop": "ở quán cà phê"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quên)"), "en": lazy(r"(?i:\bleft\b|\bleave\b|\bforg[eo]t)")}

_THING = rf"(?:(?:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?{OWNER})?"
_PLACE = rf"(?:(?P<place>(?i:{alternatives(PLACES)}))|(?i:ở|tại)\s+nhà\s+(?:của\s+)?(?P<host>{SOMEONE}))"
# "Tôi để quên điện thoại trên taxi.", "Bạn có để quên gì trên xe buýt không?", "Tôi nghĩ tôi để quên ví ở nhà hàng."
_LEFT = lazy(rf"(?:(?P<think>(?i:tôi\s+nghĩ(?:\s+là)?|hình\s+như))\s+)?{WHO}\s+(?:(?P<ask>có)\s+|"
             rf"(?P<did>đã|vừa\s+mới|vừa|mới)\s+)?(?P<v>(?i:để\s+quên|bỏ\s+quên|quên))\s+(?:{_THING}|"
             rf"(?P<what>gì))\s+{_PLACE}(?:\s+(?P<done>rồi))?{ASKED_END}")
# ... and in English ("my phone", "the tickets", "my mother's umbrella", "at Lan's house")
_THING_EN = (rf"(?:(?P<owner>(?i:the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_PLACE_EN = (rf"(?:(?P<place>(?i:{alternatives(PLACES_VI)}))|at\s+(?P<host>{SOMEONE_EN})['’]s"
             r"(?:\s+(?:house|place))?)")
_LEFT_EN = lazy(rf"(?:(?P<think>I\s+think(?:\s+that)?)\s+)?(?:(?P<do>Did)\s+)?{WHO_EN}"
                r"(?P<aux>\s+have|\s+has|['’]ve|['’]s)?(?P<just>\s+just)?\s+(?P<v>left|leave|forgot|forget|"
                rf"forgotten)\s+(?:{_THING_EN}|(?P<what>anything))\s+{_PLACE_EN}\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who left or forgot a thing at a place; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    return _left(text) if src == "vi" else _left_vi(text)


def _whose_en(m: re.Match, who_: str) -> str | None:
    """Whose the thing of a match of _LEFT is in English: as said ("của mẹ tôi": "my mother's"), else the subject's
    own ("my" for "tôi", "her" for "mẹ tôi", "his" for "Bác Hùng"); None for a name alone or "bạn tôi" (his or her?),
    and for "mình" after them."""
    if m["someone"]:
        return f"{someone(m['someone'], 'vi')}'s"
    said = keyed(m["owner"] or "")
    if said and said != "mình":
        return OWNERS[said]
    return WHOSE_OF.get(who_.lower()) if m["who"] else his_her_of(m)


def _place_en(m: re.Match) -> str:
    """The place of a match of _PLACE in English: "in the taxi", "at home", "at my mother's house"."""
    return f"at {someone(m['host'], 'vi')}'s house" if m["host"] else PLACES[keyed(m["place"])]


def _left(text: str) -> str | None:
    """"Tôi để quên điện thoại trên taxi." as "I left my phone in the taxi.", "Tôi quên vé ở nhà." as "I forgot my
    ticket at home.", "Mẹ tôi vừa để quên ô trên xe buýt." as "My mother just left her umbrella on the bus.", "Tôi để
    quên hộ chiếu ở khách sạn rồi." as "I've left my passport at the hotel.", "Bạn có để quên túi trong xe không?" as
    "Did you leave your bag in the car?", "Tôi nghĩ tôi để quên ví ở nhà hàng." as "I think I left my wallet at the
    restaurant." (_LEFT); None for anything else, "we" and "they" (one thing or several?), "gì" said (not asked)."""
    m = _LEFT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["think"] or m["done"]) or \
            m["what"] and not asked or (said := who(m, asked)) is None:
        return None
    (who_, one), forgot = said, keyed(m["v"]) == "quên"
    if m["what"]:
        thing = "anything"
    else:
        whose = _whose_en(m, who_)
        if whose is None or who_ in ("we", "they"):
            return None
        thing = f"{whose} {THINGS[keyed(m['thing'])]}"
    place, just = _place_en(m), " just" * (keyed(m["did"] or "") in ("vừa", "mới", "vừa mới"))
    if asked:
        return f"Did {who_} {'forget' if forgot else 'leave'} {thing} {place}?"
    if m["done"]:
        clause = contracted(who_, f"{'has' if one else 'have'}{just} {'forgotten' if forgot else 'left'} {thing} "
                                  f"{place}.")
    else:
        clause = f"{who_}{just} {'forgot' if forgot else 'left'} {thing} {place}."
    return capitalised(f"I think {clause}" if m["think"] else clause)


def _thing_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """The thing of a match of _LEFT_EN in Vietnamese: "ví" (the subject's own), "ô của bạn", "điện thoại của mẹ
    tôi", "gì" for "anything"; None where whose it is is unsure ("He left her phone …")."""
    if m["what"]:
        return "gì"
    if (own := False if m["someone"] else own_thing(m, who_, one)) is None:
        return None
    vi = _THINGS_VI_KEYED[keyed(m["thing"])]
    if own and m["owner"].lower() in ("our", "their"):  # ("We left our raincoat …": "áo mưa của chúng tôi", as
        return f"{vi} của {WHOSE_VI[m['owner'].lower()]}"  # mt.terms writes it: whose of many, one thing or each's?)
    if own:
        return vi
    return f"{vi} của {someone(m['someone'], 'en') if m['someone'] else WHOSE_VI[m['owner'].lower()]}"


def _left_vi(text: str) -> str | None:
    """"I left my phone in the taxi." as "Tôi để quên điện thoại trên taxi.", "I forgot my ticket at home." as "Tôi
    quên vé ở nhà.", "She's just left her umbrella on the bus." as "Cô ấy vừa để quên ô trên xe buýt.", "I've left my
    passport at the hotel." as "Tôi để quên hộ chiếu ở khách sạn rồi.", "Did you leave your bag in the car?" as "Bạn
    có để quên túi trong xe không?", "I think I left my wallet at the restaurant." as "Tôi nghĩ tôi để quên ví ở nhà
    hàng." (_LEFT_EN); None for anything else, and where "has", "have" or the verb does not agree ("She have left",
    "Did you left", "I forgotten")."""
    m = _LEFT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["think"] or m["aux"] or m["just"]) or \
            m["what"] and not m["do"]:
        return None
    who_, one = who_vi(m)
    verb, aux = m["v"].lower(), (m["aux"] or "").strip().lower().replace("’", "'")
    if (verb in ("leave", "forget")) != bool(m["do"]) or (verb == "forgotten") != bool(aux) and verb != "left" or \
            aux and (aux in ("has", "'s")) != one or (thing := _thing_vi(m, who_, one)) is None:
        return None
    place = PLACES_VI[keyed(m["place"])] if m["place"] else f"ở nhà {someone(m['host'], 'en')}"
    left = "quên" if verb.startswith("forg") else "để quên"
    if m["do"]:
        return capitalised(f"{who_} có {left} {thing} {place} không?")
    clause = f"{who_} {'vừa ' * bool(m['just'])}{left} {thing} {place}{' rồi' * bool(aux and not m['just'])}."
    return capitalised(f"Tôi nghĩ {clause}" if m["think"] else clause)
