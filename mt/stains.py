"""Spills and stains on clothes, both ways, written whole by rule: something got on a shirt or a dress (soy sauce, mud,
a coffee stain), spilled or smeared on it, a stain hard to get out or that won't come out, and how to get one out.
v8 (rules on) reads "dính" as sticking, "làm dây" and "làm đổ" as making, "vết" as anything: "Áo tôi dính vết cà
phê." → "I'm sticking to coffee.", "Áo trắng của tôi bị dính nước tương." → "My whites were attached to water.",
"Tôi làm dây nước tương ra áo." → "I made the water similar to the shirt.", "Mẹ tôi làm đổ nước mắm lên váy." → "My
mother made up fish sauce on the patch.", "Vết bẩn này khó giặt lắm." → "It's hard to wash it.", "Vết bẩn trên áo tôi
giặt không ra." → "The dirty soil on my coat doesn't go.", "Dùng gì để tẩy vết máu?" → "What to remove blood?";
"I got soy sauce on my white shirt." → "Tôi có những chiếc áo màu trắng của mình.", "There's ketchup on your shirt."
→ "Có chiếc áo phông của bạn.", "She spilled soy sauce on her dress." → "Cô ấy vung tay vào chiếc váy của mình.",
"This stain is really hard to wash out." → "Gố này thật khó khăn để rửa sạch.", "How do I get grease stains out of
trousers?" → "Làm thế nào tôi có thể bị ố grease ra khỏi các khối u?".

Taken: a thing of mt.laundry.CLOTHES (a colour of ADJ or "mới" after it) with whose (mt.hobbies.OWNER) that got
something of SUBSTANCES or a stain ("vết", of KINDS) on it ("bị dính": got; "dính": has got), said, just, denied,
asked; who (mt.hobbies.WHO, WHO_EN) got something on a thing ("bị dính … vào áo", "làm dây … ra áo") or spilled a
sauce or oil of POURED on it ("làm đổ nước tương lên áo"), their own ("của mình" after who too) or whose said, just,
accidentally, denied, asked, "all over" ("dính đầy", "ra khắp") but denied; "There's ketchup on your shirt."; a stain
("này", "đó", or on a thing with whose) hard to wash or get out (very, really, so; asked), that won't wash or come
out, or will it; how to get stains out (of a kind, of a thing: "trên quần", generic: "out of trousers"), and what to
use for it. Left: drinks of mt.accidents.LIQUIDS spilled ("Tôi làm đổ sữa lên váy.", "I spilled coffee on my
shirt.": mt/accidents.py's), "Áo tôi bị dính vết cà phê." and "I've got a coffee stain on my shirt.", a stain that
won't come out without a thing, and how to get one out of a thing with whose (mt/clothes_care.py takes these first),
"anh", "chị", "em" alone saying it ("Em làm đổ sữa lên váy rồi.": I or you?), "tôi" asked (of oneself), a name or
"con tôi" with their own thing where English says "his" or "her" (which?), "bạn … của mình" (yours, or mine?), a pet
as who, both ways ("My cat spilled … on her dress.": whose?), a stain without "này", "đó" or a thing ("Vết mực khó
tẩy lắm.": this one, or ink stains in general?), a stain on "our", "their" things (on one, or on many?), "áo mới"
without whose in a general question, "vết" alone on a thing (any mark), a statement ending in "thế", "vậy"
(mt.text.STRESSED_SAID), clothes wet or dirty (mt/laundry.py, mt/getting_wet.py), sweat (mt/body_odour.py), and
anything else.
mt.phrasebook.translate tries these after mt/torches.py.

    >>> translate("Áo trắng của tôi bị dính nước tương.", "vi", "en"), translate("There's mud on my jeans.", "en", "vi")
    ('I got soy sauce on my white shirt.', 'Quần jean của tôi bị dính bùn.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .clothes_care import STAINS
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, his_her_of, own_thing, someone, who, who_vi, whose_own
from .laundry import CLOTHES, CLOTHES_VI
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, SOFTENED_QUESTION, STRESSED_SAID, alternatives, capitalised, contracted, \
    keyed, regular_plural, stop

# what gets on clothes (the first Vietnamese of each is written back)
SUBSTANCES = {"nước tương": "soy sauce", "xì dầu": "soy sauce", "nước mắm": "fish sauce", "tương ớt": "chilli sauce",
              "sốt cà chua": "ketchup", "tương cà": "ketchup", "dầu ăn": "cooking oil", "dầu mỡ": "grease",
              "dầu": "oil", "mỡ": "grease", "mực": "ink", "sơn": "paint", "bùn": "mud", "máu": "blood",
              "son môi": "lipstick", "cà phê": "coffee", "rượu vang": "wine", "sô cô la": "chocolate",
              "kẹo cao su": "chewing gum", "cà ri": "curry"}
SUBSTANCES_VI = {en: vi for vi, en in reversed(SUBSTANCES.items())}
# what a stain is of: mt.clothes_care.STAINS and the above
KINDS = STAINS | SUBSTANCES
KINDS_VI = {en: vi for vi, en in reversed(KINDS.items())}
# what is spilled here: sauces and oil (drinks, ink and paint are mt.accidents.LIQUIDS, spilled there)
POURED = {vi: en for vi, en in SUBSTANCES.items() if en in ("soy sauce", "fish sauce", "chilli sauce", "ketchup",
                                                               "cooking oil", "oil", "curry")}
POURED_VI = {en: vi for vi, en in reversed(POURED.items())}
ADJ = {"trắng": "white", "đen": "black", "đỏ": "red", "hồng": "pink", "mới": "new"}
ADJ_VI = {en: vi for vi, en in ADJ.items()}
_MANY = {"trousers", "jeans", "shorts"}
# clothes in English, one and many ("shirts": "áo")
_THINGS_VI = CLOTHES_VI | {regular_plural(en): vi for en, vi in CLOTHES_VI.items() if en not in _MANY}
_SUBJECT = {"my": "I", "your": "you", "his": "he", "her": "she", "our": "we", "their": "they"}
_KEYS = {"vi": lazy(r"(?i:dính|dây|đổ|vết)"),
         "en": lazy(r"(?i:stain|spil|sauce|ketchup|\boil|grease|\bink|paint|mud|blood|lipstick|coffee|wine|chocolate|"
                    r"chewing\s+gum|curry)")}

_CLOTH = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(CLOTHES)}))(?:\s+(?P<adj>{alternatives(ADJ)}))?")
_OWNED = rf"{_CLOTH}\s+(?:của\s+)?{OWNER}"
_WHAT = rf"(?:(?:một\s+)?(?P<vet>vết)\s+(?:(?P<dirt>bẩn)|(?P<kind>{alternatives(KINDS)}))|(?P<subst>(?i:" \
        rf"{alternatives(SUBSTANCES)})))"
_AUX = r"(?:(?P<aux>đã|vừa\s+mới|vừa)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?"
# a thing got something on it ("Áo tôi dính vết cà phê.", "Áo trắng của tôi bị dính nước tương.")
_ON = lazy(rf"{_OWNED}\s+{_AUX}(?P<bi>bị\s+)?dính\s+{_WHAT}(?:\s+rồi)?{ASKED_END}")
# who got it on a thing, or spilled it ("Tôi làm dây nước tương ra áo.", "Mẹ tôi làm đổ nước mắm lên váy.")
_DONE = lazy(rf"{WHO}\s+{_AUX}(?:(?P<oops>lỡ\s+tay|lỡ|vô\s+tình)\s+)?(?P<verb>(?:bị\s+)?(?:dính|dây)|"
             rf"làm\s+dây|làm\s+đổ|đánh\s+đổ)\s+(?P<subst>(?i:{alternatives(SUBSTANCES)}))\s+(?:lên|vào|ra)\s+{_CLOTH}"
             rf"(?:\s+(?:của\s+)?{OWNER})?(?:\s+rồi)?{ASKED_END}")
# the stain: "này", "đó", or on a thing ("vết bẩn này", "vết cà phê trên áo tôi")
_STAIN = (rf"(?i:vết)(?:\s+(?:(?P<dirt>bẩn|ố)|(?P<kind>{alternatives(KINDS)})))?(?:\s+(?P<near>này|đó)|\s+(?:trên|ở)"
          rf"\s+{_OWNED})")
_HARD = lazy(rf"{_STAIN}\s+(?:(?P<ask>có)\s+)?(?P<very>rất\s+)?khó\s+(?P<verb>giặt|tẩy)(?:\s+sạch)?"
             rf"(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
_WONT = {"giặt không ra": "wash", "giặt mãi không ra": "wash", "giặt không sạch": "wash",
         "giặt mãi không sạch": "wash", "không giặt ra được": "wash", "không tẩy được": "come", "tẩy không ra": "come",
         "tẩy mãi không ra": "come", "tẩy không được": "come", "không ra": "come"}
_WILL = {"có tẩy được không": "come", "tẩy được không": "come", "có ra không": "come", "giặt có ra không": "wash",
         "có giặt ra được không": "wash"}
_OUT = lazy(rf"{_STAIN}\s+(?:(?P<wont>{alternatives(_WONT)})|(?P<will>{alternatives(_WILL)})){SOFTENED_END}")
# how, and with what ("Làm sao tẩy vết dầu mỡ trên quần?", "Dùng gì để tẩy vết máu?", "Tẩy vết mực bằng gì?")
_KIND = rf"(?i:vết)\s+(?:(?P<dirt>bẩn)|(?P<kind>{alternatives(KINDS)}))"
_HOW = lazy(rf"(?:(?i:làm)\s+(?:sao|thế\s+nào|cách\s+nào)\s+(?:để\s+)?|(?P<use>(?P<should>(?i:nên)\s+)?(?i:dùng)\s+gì"
            rf"\s+để\s+))(?:tẩy|giặt)(?:\s+sạch)?\s+{_KIND}(?:\s+(?:trên|khỏi|ra\s+khỏi)\s+{_CLOTH}"
            rf"(?:\s+(?:của\s+)?{OWNER})?)?{SOFTENED_QUESTION}")
_WITH = lazy(rf"(?i:tẩy)(?:\s+sạch)?\s+{_KIND}\s+bằng\s+(?:cái\s+)?gì{SOFTENED_QUESTION}")

# ... and in English
_THING_EN = rf"(?:(?P<adj>white|black|red|pink|new)\s+)?(?P<thing>(?i:{alternatives(_THINGS_VI)}))"
_WHAT_EN = (rf"(?:(?P<a>an?)\s+(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+stain|"
            rf"(?P<subst>(?i:{alternatives(SUBSTANCES_VI)})))")
_GOT_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+just\s+got|\s+got|\s+get|['’]ve\s+got|\s+have\s+got|"
               rf"['’]s\s+got|\s+has\s+got|\s+didn['’]t\s+get|\s+did\s+not\s+get)\s+{_WHAT_EN}\s+"
               rf"(?:on|(?P<over>all\s+over))\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+{_THING_EN}\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"There(?:['’]s|\s+is)\s+{_WHAT_EN}\s+on\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>"
                 rf"{SOMEONE_EN})['’]s)\s+{_THING_EN}\s*(?P<end>[.!]*)")
_SPILL_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+didn['’]t|\s+did\s+not)?"
                 r"(?:\s+(?P<adv>just|accidentally))?\s+(?P<verb>spilled|spilt|spill)\s+"
                 rf"(?P<subst>(?i:{alternatives(POURED_VI)}))\s+(?:on|(?P<over>all\s+over))\s+"
                 rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_THING_EN}\s*(?P<end>[.!?]*)")
_STAIN_EN = (rf"(?P<det>(?i:this|that|the))\s+(?:(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+)?stain(?:\s+on\s+"
             rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+{_THING_EN})?")
_HARD_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_STAIN_EN}(?P<be>\s+is|['’]s)?(?:\s+(?P<deg>really|very|so))?\s+hard\s+to\s+"
                r"(?P<how>wash\s+out|get\s+out|remove)\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"(?:(?P<q>Will)\s+)?{_STAIN_EN}(?:\s+(?P<wont>won['’]t|will\s+not))?\s+(?P<verb>come|wash)\s+out"
               r"\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"(?:How\s+(?:do|can|should)\s+(?:I|you|we)|What\s+(?P<use>do|can|should)\s+(?:I|you|we)\s+use\s+to)"
               rf"\s+(?P<verb>get|remove)\s+(?:(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+)?stains(?P<out>\s+out)?"
               rf"(?:\s+(?P<prep>of|from)\s+(?:(?P<adj>white|black|red|pink|new)\s+)?(?P<things>(?i:"
               rf"{alternatives(_THINGS_VI)})))?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says something got or was spilled on clothes, that a stain is hard to
    get out or won't come out, or asks how to get one out; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("thế", "vậy" ending a statement say more: "khó tẩy thế", so hard)
            return None
        return _on(text) or _done(text) or _hard(text) or _out(text) or _how(text)
    return _got_vi(text) or _there_vi(text) or _spill_vi(text) or _hard_vi(text) or _out_vi(text) or _how_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?"), False said; None for "có" or "không?" alone, or asked with
    "không" or "vừa" before the verb."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["not"] or m["aux"]):
        return None
    return asked


def _thing(m: re.Match, many: bool = False) -> str:
    """The thing of a match of _CLOTH in English, its colour before it, many for "we" or "they": "white shirt",
    "shirts", "trousers"."""
    thing = CLOTHES[keyed(m["thing"])]
    thing = regular_plural(thing) if many and thing not in _MANY else thing
    return f"{ADJ[keyed(m['adj'])]} {thing}" if m["adj"] else thing


def _what(m: re.Match) -> str:
    """What got on it, of a match of _WHAT, in English: "soy sauce", "a coffee stain", "a stain"."""
    if not m["vet"]:
        return SUBSTANCES[keyed(m["subst"])]
    kind = f"{KINDS[keyed(m['kind'])]} stain" if m["kind"] else "stain"
    return f"{a_or_an(kind)} {kind}"


def _owner(m: re.Match, asked: bool) -> tuple[str, bool, str | None, str] | None:
    """Whose the thing of a match of OWNER is, as who in English, whether one ("she has"), whose own ("her"; None
    where English cannot tell his from hers, or a pet's: "its"?) and whose ("Lan's", "my dog's"): ("I", False, "my",
    "my"), ("my mother", True, "her", "my mother's"); None for someone not read."""
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return _SUBJECT[whose], whose in ("his", "her"), whose, whose
    said = re.fullmatch(WHO, " ".join(m["someone"].split()))
    if not said or (found := who(said, asked)) is None:
        return None
    return found[0], True, None if animal(said) else his_her_of(said), f"{found[0]}'s"


def _on(text: str) -> str | None:
    """"Áo tôi dính vết cà phê." as "I've got a coffee stain on my shirt.", "Áo trắng của tôi bị dính nước tương."
    as "I got soy sauce on my white shirt.", "Áo bạn có bị dính mực không?" as "Did you get ink on your shirt?",
    "Áo của Lan bị dính bùn." as "There's mud on Lan's shirt." (_ON); None for anything else, for "tôi" asked, and
    for "bị dính vết" of mt.clothes_care.STAINS (clothes_care's)."""
    m = _ON.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (found := _owner(m, asked)) is None:
        return None
    if m["bi"] and m["kind"] and keyed(m["kind"]) in STAINS and not m["aux"]:
        return None  # ("Áo tôi bị dính vết cà phê.": "There's a coffee stain on my shirt.", mt/clothes_care.py)
    who_, one, own, whose = found
    past, what = bool(m["bi"] or m["aux"]), _what(m)
    if asked and who_ == "I" or m["not"] and not m["bi"]:
        return None
    if own is None:  # (a name alone, "bạn tôi": his or her?)
        plain = not (asked or m["not"] or m["aux"])
        return plain and f"There's {what} on {whose} {_thing(m)}{stop(m['end'])}" or None
    on = f"{what} on {own} {_thing(m, who_ in ('we', 'they'))}"
    if asked:
        return f"Did {who_} get {on}?" if past else f"{'Has' if one else 'Have'} {who_} got {on}?"
    if m["not"]:
        return capitalised(f"{who_} didn't get {on}{stop(m['end'])}")
    if past:
        just = "just " if keyed(m["aux"] or "").startswith("vừa") else ""
        return capitalised(f"{who_} {just}got {on}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} got {on}") + stop(m["end"]))


def _done(text: str) -> str | None:
    """"Tôi làm dây nước tương ra áo." as "I got soy sauce on my shirt.", "Mẹ tôi làm đổ nước mắm lên váy." as "My
    mother spilled fish sauce on her dress.", "Tôi bị dính sơn vào quần." as "I got paint on my trousers.", "Bạn có
    làm đổ nước tương lên áo không?" as "Did you spill soy sauce on your shirt?" (_DONE); None for anything else, for
    a pet as who, for spilling what is not of POURED (drinks: mt/accidents.py's), and for "bạn … của mình" (yours,
    or mine among friends?)."""
    m = _DONE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (found := who(m, asked)) is None or animal(m):
        return None
    who_, spill = found[0], "đổ" in m["verb"]
    if asked and who_ == "I" or spill and keyed(m["subst"]) not in POURED or m["oops"] and (asked or m["not"]):
        return None
    if keyed(m["owner"] or "") == "mình":  # (after who, who's own: "Cô ấy … váy của mình", her dress)
        whose = whose_own(m, who_) if who_ != "you" else None
    elif m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else (named := someone(m["someone"], "vi")) and f"{named}'s"
    else:
        whose = whose_own(m, who_)
    if not whose or keyed(m["aux"] or "") == "vừa mới" and m["oops"]:
        return None
    on = f"{SUBSTANCES[keyed(m['subst'])]} on {whose} {_thing(m, who_ in ('we', 'they') and whose in ('our', 'their'))}"
    verb, past = ("spill", "spilled") if spill else ("get", "got")
    if asked:
        return f"Did {who_} {verb} {on}?"
    if m["not"]:
        return capitalised(f"{who_} didn't {verb} {on}{stop(m['end'])}")
    how = "just " * keyed(m["aux"] or "").startswith("vừa") + "accidentally " * bool(m["oops"])
    return capitalised(f"{who_} {how}{past} {on}{stop(m['end'])}")


def _stain(m: re.Match) -> str | None:
    """The stain of a match of _STAIN in English: "this stain", "that ink stain", "the stain on my mother's shirt";
    None for someone not read, and for "our", "their" things (one stain: on one shirt, or on many?)."""
    kind = f"{KINDS[keyed(m['kind'])]} stain" if m["kind"] else "stain"
    if m["near"]:
        return f"{'this' if keyed(m['near']) == 'này' else 'that'} {kind}"
    if (found := _owner(m, False)) is None or found[0] in ("we", "they"):
        return None
    return f"the {kind} on {found[3]} {_thing(m)}"


def _hard(text: str) -> str | None:
    """"Vết bẩn này khó giặt lắm." as "This stain is really hard to wash out.", "Vết cà phê trên áo tôi rất khó
    tẩy." as "The coffee stain on my shirt is very hard to get out.", "Vết này có khó tẩy không?" as "Is this stain
    hard to get out?" (_HARD); None for anything else."""
    m = _HARD.fullmatch(text)
    if not m or (asked := bool(m["asked"])) != ("?" in m["end"]) or bool(m["ask"]) != asked or m["very"] and m["much"]:
        return None
    if (stain := _stain(m)) is None or asked and (m["very"] or m["much"]):
        return None
    out = "wash out" if keyed(m["verb"]) == "giặt" else "get out"
    if asked:
        return f"Is {stain} hard to {out}?"
    very = "very " if m["very"] else {"lắm": "really ", "quá": "so "}.get(keyed(m["much"] or ""), "")
    return capitalised(f"{stain} is {very}hard to {out}{stop(m['end'])}")


def _out(text: str) -> str | None:
    """"Vết bẩn trên áo tôi giặt không ra." as "The stain on my shirt won't wash out.", "Vết này giặt mãi không
    sạch." as "This stain won't wash out.", "Vết mực trên váy của bạn có tẩy được không?" as "Will the ink stain on
    your dress come out?" (_OUT); None for anything else, and for "vết" alone that neither says ("Vết này không
    ra.": a mark on the skin?)."""
    m = _OUT.fullmatch(text)
    if not m or bool(m["will"]) != ("?" in m["end"]) or not (m["dirt"] or m["kind"] or "tẩy" in m[0] or
                                                             "giặt" in m[0]):
        return None
    stain = _stain(m)
    if stain is None:
        return None
    if m["will"]:
        return f"Will {stain} {_WILL[keyed(m['will'])]} out?"
    return capitalised(f"{stain} won't {_WONT[keyed(m['wont'])]} out{stop(m['end'])}")


def _how(text: str) -> str | None:
    """"Làm sao tẩy vết dầu mỡ trên quần?" as "How do I get grease stains out of trousers?" (a thing without whose:
    any), "Dùng gì để tẩy vết máu?" as "What do I use to get blood stains out?", "Tẩy vết mực bằng gì?" as the same
    (_HOW, _WITH); None for anything else, for "our", "their" things (the stain: on one, or on many?), and for a new
    thing without whose ("trên áo mới": one's new shirt, not new shirts in general)."""
    m = _HOW.fullmatch(text) or _WITH.fullmatch(text)
    if not m:
        return None
    kind = f"{KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    thing, of = m.groupdict().get("thing"), ""
    if thing and (m["owner"] or m["someone"]):
        if (found := _owner(m, False)) is None or m.re == _WITH or m["use"] or found[0] in ("we", "they"):
            return None
        return f"How do I get the {kind}stain out of {found[3]} {_thing(m)}?"
    if thing and keyed(m["adj"] or "") == "mới":
        return None
    if thing:
        of = f" of {_thing(m, True)}"
    if m.re == _WITH or m["use"]:
        return f"What {'should' if m.re == _HOW and m['should'] else 'do'} I use to get {kind}stains out{of}?"
    return f"How do I get {kind}stains out{of}?"


def _thing_vi(m: re.Match, whose: str) -> str:
    """The thing of a match of _THING_EN in Vietnamese with whose (Vietnamese) after it: "áo tôi", "áo trắng của
    tôi", "váy của mẹ tôi" ("của" but after one word and "tôi" or "bạn")."""
    said = _THINGS_VI[m["thing"].lower()] + (f" {ADJ_VI[m['adj']]}" if m["adj"] else "")
    return f"{said} {'của ' * (' ' in said or whose not in ('tôi', 'bạn'))}{whose}"


def _many_agrees(m: re.Match, whose: str) -> bool:
    """Whether the thing of a match of _THING_EN is many ("shirts") only for "our" and "their" (`whose`)."""
    thing = m["thing"].lower()
    return thing in _MANY or (thing in CLOTHES_VI) != (whose.lower() in ("our", "their"))


def _what_vi(m: re.Match) -> str | None:
    """What got on it, of a match of _WHAT_EN, in Vietnamese: "nước tương", "vết cà phê"; None for "a" before a
    vowel ("a ink stain")."""
    if m["subst"]:
        return SUBSTANCES_VI[m["subst"].lower()]
    kind = m["kind"].lower()
    return f"vết {KINDS_VI[kind]}" if m["a"].lower() == a_or_an(kind) else None


def _got_vi(text: str) -> str | None:
    """"I got soy sauce on my white shirt." as "Áo trắng của tôi bị dính nước tương.", "She's got ink on her dress."
    as "Váy của cô ấy bị dính mực.", "Did you get paint on your jeans?" as "Quần jean bạn có bị dính sơn không?"
    (_GOT_EN); "all over" as "dính đầy"; None for anything else, where the verb does not agree with who, for
    another's thing, a pet as who ("My dog got mud on his shirt.": the dog's, or a man's?), a stain all over, and
    "all over" denied (none, or not all over?)."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (what := _what_vi(m)) is None or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join(m["aux"].lower().replace("’", "'").split())
    forms = {"": {"got", "just got", "didn't get", "did not get", "'s got" if one else "'ve got",
                  "has got" if one else "have got"}, "did": {"get"}, "has" if one else "have": {"got"}}
    if aux not in forms.get(q, ()) or not own_thing(m, who_, one) or not _many_agrees(m, m["owner"]):
        return None
    if q and who_ == "tôi":
        return None  # ("Did I get ink on my shirt?": asked of oneself)
    denied = "not" in aux or "n't" in aux
    if m["over"] and (denied or m["kind"]):
        return None
    thing, what = capitalised(_thing_vi(m, who_)), f"{'đầy ' * bool(m['over'])}{what}"
    if q:
        return f"{thing} có bị dính {what} không?"
    how = "không bị" if denied else "vừa bị" if aux == "just got" else "bị"
    return f"{thing} {how} dính {what}{stop(m['end'])}"


def _there_vi(text: str) -> str | None:
    """"There's ketchup on your shirt." as "Áo bạn bị dính sốt cà chua.", "There's a soy sauce stain on my
    mother's dress." as "Váy của mẹ tôi bị dính vết nước tương." (_THERE_EN); None for anything else."""
    m = _THERE_EN.fullmatch(text)
    if not m or (what := _what_vi(m)) is None:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
    if not whose or not _many_agrees(m, m["owner"] or ""):
        return None
    return capitalised(f"{_thing_vi(m, whose)} bị dính {what}{stop(m['end'])}")


def _spill_vi(text: str) -> str | None:
    """"She spilled soy sauce on her dress." as "Cô ấy làm đổ nước tương lên váy.", "I've spilled ketchup on my
    shirt." as "Tôi làm đổ sốt cà chua lên áo rồi.", "Did you spill fish sauce on your shirt?" as "Bạn có làm đổ
    nước mắm lên áo không?" (_SPILL_EN); "all over" as "ra khắp"; None for anything else, where "has", "have" does
    not agree with who, for a pet as who ("My cat spilled … on her dress.": the cat's, or a woman's?), and for "all
    over" denied."""
    m = _SPILL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    denied, have = aux in ("didn't", "did not"), aux in ("'ve", "have", "'s", "has")
    if (m["verb"] == "spill") != bool(m["q"] or denied) or have and (aux in ("'s", "has")) != one or \
            (m["q"] or denied) and m["adv"] or m["q"] and aux or m["q"] and who_ == "tôi":
        return None
    own = own_thing(m, who_, one)
    if own is None or not _many_agrees(m, m["owner"]) or m["over"] and denied:
        return None
    thing = _THINGS_VI[m["thing"].lower()] + (f" {ADJ_VI[m['adj']]}" if m["adj"] else "")
    on = f"{thing}{'' if own else ' của ' + WHOSE_VI[m['owner'].lower()]}"
    said = f"làm đổ {POURED_VI[m['subst'].lower()]} {'ra khắp' if m['over'] else 'lên'} {on}"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    how = "không " if denied else {"just": "vừa ", "accidentally": "lỡ "}.get(m["adv"] or "", "")
    return capitalised(f"{who_} {how}{said}{' rồi' * have}{stop(m['end'])}")


def _stain_vi(m: re.Match) -> str | None:
    """The stain of a match of _STAIN_EN in Vietnamese: "vết bẩn này", "vết mực đó", "vết cà phê trên áo tôi"; None
    for "the" with no thing, "this" with one, and someone not read."""
    det, kind = m["det"].lower(), f"vết {KINDS_VI[m['kind'].lower()] if m['kind'] else 'bẩn'}"
    if (det == "the") != bool(m["thing"]):
        return None
    if not m["thing"]:
        return f"{kind} {'này' if det == 'this' else 'đó'}"
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
    return whose and _many_agrees(m, m["owner"] or "") and f"{kind} trên {_thing_vi(m, whose)}" or None


def _hard_vi(text: str) -> str | None:
    """"This stain is really hard to wash out." as "Vết bẩn này khó giặt lắm.", "This coffee stain is very hard to
    get out." as "Vết cà phê này rất khó tẩy.", "Is the stain on my shirt hard to remove?" as "Vết bẩn trên áo tôi
    có khó tẩy không?" (_HARD_EN); None for anything else."""
    m = _HARD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["q"] and m["deg"]:
        return None
    if (stain := _stain_vi(m)) is None:
        return None
    verb = "giặt" if m["how"].startswith("wash") else "tẩy"
    if m["q"]:
        return capitalised(f"{stain} có khó {verb} không?")
    deg = m["deg"] or ""
    return capitalised(f"{stain} {'rất ' * (deg == 'very')}khó {verb}"
                       f"{' lắm' * (deg == 'really')}{' quá' * (deg == 'so')}{stop(m['end'])}")


def _out_vi(text: str) -> str | None:
    """"The stain on my shirt won't wash out." as "Vết bẩn trên áo tôi giặt không ra.", "Will the ink stain on your
    dress come out?" as "Vết mực trên váy của bạn có tẩy được không?" (_OUT_EN); None for anything else."""
    m = _OUT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["wont"]):
        return None
    if (stain := _stain_vi(m)) is None:
        return None
    wash = m["verb"] == "wash"
    if m["q"]:
        return capitalised(f"{stain} có {'giặt ra' if wash else 'tẩy'} được không?")
    return capitalised(f"{stain} {'giặt không ra' if wash else 'không tẩy được'}{stop(m['end'])}")


def _how_vi(text: str) -> str | None:
    """"How do I get grease stains out of trousers?" as "Làm sao để tẩy vết dầu mỡ trên quần?", "What can I use to
    get blood stains out?" as "Dùng gì để tẩy vết máu?", "What should I use …?" as "Nên dùng gì …?" (_HOW_EN); None
    for anything else, "get" without "out", "remove" with it, and a thing not many ("out of shirt")."""
    m = _HOW_EN.fullmatch(text)
    if not m or (m["verb"] == "get") != bool(m["out"]) or m["prep"] and (m["prep"] == "of") != bool(m["out"]):
        return None
    things = (m["things"] or "").lower()
    if things and things not in _MANY and things in CLOTHES_VI:
        return None
    stain = f"vết {KINDS_VI[m['kind'].lower()] if m['kind'] else 'bẩn'}"
    on = f" trên {_THINGS_VI[things]}{' ' + ADJ_VI[m['adj']] if m['adj'] else ''}" if things else ""
    how = "Nên dùng gì để" if m["use"] == "should" else "Dùng gì để" if m["use"] else "Làm sao để"
    return f"{how} tẩy {stain}{on}?"
