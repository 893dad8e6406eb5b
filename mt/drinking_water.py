"""Drinking water at home and abroad, both ways, written whole by rule: who drinks only boiled water that has cooled,
bottled water or plain water, or no tap water; what one should drink; whether it is all right to drink the tap water;
whether this water has been boiled or filtered; a water purifier had, used or bought; no ice. v8 (every rule on) reads
"nước máy" as machine water, "đá" as rocks or kicks, "để nguội" as "to cool", and "boiled" as boiling: "Tôi chỉ uống
nước đun sôi để nguội." → "I just drink boiled water to cool.", "Uống nước máy có sao không?" → "What about machine
water?", "Nước này đã đun sôi chưa?" → "Is this boiling water?", "Tôi không uống đá." → "I don't drink rocks.", "Mẹ
tôi không uống đá." → "My mother didn't drink kicks.", "Bạn có uống nước máy không?" → "Do you drink machine water?",
"Uống nước máy ở đây có an toàn không?" → "Are there safe?", "Nước này lọc chưa?" → "Is this filter?"; "I only drink
boiled water." → "Tôi chỉ uống nước sôi." (boiling water), "Has this water been boiled?" → "Nước này có sôi không?",
"I only drink filtered water." → "Tôi chỉ uống nước được lọc.", "No ice for me." → "Không có món đồ nào cho tôi.",
"Is it all right to drink the tap water?" → "Tất cả việc uống nước máy đều đúng không?".

Taken: who (mt.hobbies.WHO, WHO_EN) drinks one of WATERS (boiled water, boiled water that has cooled, bottled water,
tap water, plain water for "nước lọc", filtered water for "nước đã qua lọc"): said, with "chỉ" (only), "vẫn" (still)
or a habit word of mt.hobbies.SELDOM, denied, asked ("có … không?", "có hay … không?"), "sẽ" (will), "nên" (should,
"chỉ nên", "không nên", "có nên … không?"); who takes no ice ("không uống đá"), asked; "… không lấy đá nhé" as "No ice
for …, please", "có lấy đá không?" as "… want ice?"; "Uống nước máy (ở đây) có sao / an toàn không?", "… không sao
đâu", "… không an toàn" (the water here too); this water, or the water, boiled or filtered: asked ("đã … chưa?"), done
("đã (được) … (rồi)", "… rồi"; the water without "này": with "được" or "rồi"), not yet ("chưa", "vẫn chưa"); who (or
"nhà tôi", "nhà bạn": my, your family) has or uses a water purifier ("máy lọc nước", the machine; English "water
filter" may be a jug, "bình lọc nước": left), said, denied, asked, and bought one (just, "rồi", "đã", "chưa?", "sẽ").
Left: the tap water safe to drink or not, asked or said ("Nước máy ở đây có uống được không?", "Is it safe to drink
the tap water?", "Don't drink the tap water.") and ice taken or wanted in English ("I don't take ice.", "Do you want
ice?", "No ice, please."): mt/drinks.py's; "Nước sôi chưa?", boiling the water (mt/cooking.py); "nước sôi" alone
(boiling water), "uống nước" alone, "đã uống" (when?), "Tôi không lấy đá." without "nhé" (didn't fetch the ice?),
"Nước lọc chưa?" (plain water?), "Nước đã lọc." (filtered water?), "mình" asked (I, or we?), "I" asked of one's own
habit, "we" asked in English (chúng tôi, or chúng ta?), "Have I (we, my family) bought …?", "anh", "chị", "em" alone
saying it, a pet as who, a "?" on a statement, English that does not agree, and anything else.
mt.phrasebook.translate tries these after mt/distances.py.

    >>> translate("Mẹ tôi chỉ uống nước đun sôi.", "vi", "en"), translate("Has this water been boiled?", "en", "vi")
    ('My mother only drinks boiled water.', 'Nước này đã đun sôi chưa?')
"""
from __future__ import annotations

import re

from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, WHOM_EN, animal, as_whom, em_speaking, pet, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, EN_OBJECT, SOFTENER, alternatives, capitalised, contracted, keyed, present, stop

# the waters one drinks (the first Vietnamese of each is written back; "nước lọc" is plain drinking water, filtered or
# not: "Cho tôi chai nước lọc"; "nước sôi" alone is boiling water, left)
WATERS = {"nước đun sôi để nguội": "boiled water that has cooled", "nước sôi để nguội": "boiled water that has cooled",
          "nước đun sôi": "boiled water", "nước đóng chai": "bottled water", "nước máy": "tap water",
          "nước lọc": "plain water", "nước đã qua lọc": "filtered water", "nước đã lọc": "filtered water"}
WATERS_VI = {en: vi for vi, en in reversed(WATERS.items())} | {
    "cooled boiled water": "nước đun sôi để nguội", "the tap water": "nước máy"}
# how one drinks it: "only", "still", or a habit word ("hay": often); and back, in English
_HOW = {"chỉ": "only", "vẫn": "still"} | SELDOM
_HOW_VI = {"only": "chỉ", "still": "vẫn"} | HABIT_VI
_ASKED_HOW = {"often", "usually", "sometimes", "always"}  # (asked: "Do you often drink …?", not "Do you only …?")
_TREATED = {"đun sôi": "boiled", "lọc": "filtered"}
_TREATED_VI = {en: vi for vi, en in _TREATED.items()}
# who in Vietnamese (as who_vi and _filter_vi write it) that, asked in English, is oneself: "Have I bought …?" is a
# slip, and "we" asked may be "chúng ta", the one asked too ("Do we drink …?")
_ONESELF = {"tôi", "chúng tôi", "nhà tôi"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nước\s+máy|đun\s+sôi|sôi\s+để\s+nguội|nước\s+lọc|lọc\s+nước|đóng\s+chai|qua\s+lọc|đã\s+lọc|"
                    r"được\s+lọc|nước\s+này|nước\s+ở\s+đây|uống\s+đá|lấy\s+đá)"),
         "en": lazy(r"(?i:tap\s+water|boiled|filtered|bottled|plain\s+water|water\s+purifier|no\s+ice|water\s+here)")}

_DRINK = lazy(rf"{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<how>(?i:{alternatives(_HOW)}))\s+)?"
              rf"(?:(?P<not>không)\s+)?(?P<should>nên\s+)?uống\s+(?:(?P<kind>(?i:{alternatives(WATERS)}))|"
              rf"(?P<ice>đá)){ASKED_END}")
_NO_ICE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)lấy\s+đá(?:\s+(?P<nhe>nhé|nha))?{ASKED_END}")
_ALL_RIGHT = lazy(r"(?i:uống)\s+nước(?P<tap>\s+máy)?(?P<here>\s+ở\s+đây)?\s+(?:(?P<ask>có)\s+(?P<how>sao|an\s+toàn)\s+"
                  rf"không|(?P<fine>không\s+sao(?:\s+đâu)?)|(?P<unsafe>không\s+an\s+toàn)){SOFTENER}\s*(?P<end>[.!?]*)")
_TREATED_RE = lazy(r"(?i:nước)(?P<this>\s+này)?\s+(?:(?P<aux>đã|chưa|vẫn\s+chưa)\s+)?(?:(?P<passive>được)\s+)?"
                   r"(?P<how>đun\s+sôi|lọc)(?:\s+(?P<tail>rồi|chưa))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_FAMILY = r"(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:tôi|bạn))"
_FILTER = lazy(rf"(?:{_FAMILY}|{WHO})\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã|sẽ)\s+)?(?:(?P<not>không)\s+)?"
               r"(?:(?P<ask>có)\s+)?(?P<verb>có|dùng|sử\s+dụng|mua)\s+(?:(?:một|1)\s+)?(?:(?:cái|chiếc)\s+)?máy\s+lọc"
               rf"\s+nước(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")

# ... and in English
_NOT_EN = r"\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t"
_DRINK_EN = lazy(rf"(?:(?P<q>Do|Does|Should)\s+)?{WHO_EN}(?P<aux>{_NOT_EN}|\s+should(?:\s+not|n['’]t)?|"
                 rf"\s+will(?:\s+not)?|\s+won['’]t|['’]ll)?(?:\s+(?P<how>{alternatives(_HOW_VI)}))?\s+"
                 rf"(?P<verb>drinks?)\s+(?P<kind>(?i:{alternatives(WATERS_VI)}))\s*(?P<end>[.!?]*)")
_NO_ICE_EN = lazy(rf"No\s+ice\s+for\s+{WHOM_EN}(?P<please>,?\s+please)?\s*(?P<end>[.!]*)")
_ALL_RIGHT_EN = lazy(r"(?:(?P<q>Is)\s+it|It(?P<be>['’]s|\s+is)(?P<not>\s+not|n['’]t)?)\s+(?P<how>all\s+right|alright|"
                     r"OK|okay|fine|safe)\s+to\s+drink\s+the\s+(?P<tap>tap\s+)?water(?P<here>\s+here)?"
                     r"\s*(?P<end>[.!?]*)")
_TREATED_EN = lazy(r"(?:(?P<q>Has|Was|Is)\s+)?(?P<det>[Tt]his|[Tt]he)\s+water"
                   r"(?P<aux>\s+(?:has|was|is)(?:\s+not|n['’]t)?|['’]s)?(?:\s+(?P<adv>already))?\s+(?P<been>been\s+)?"
                   r"(?P<how>boiled|filtered)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_FILTER_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?(?:(?P<fwhose>[Mm]y|[Yy]our)\s+family|{WHO_EN})"
                  rf"(?P<aux>{_NOT_EN}|\s+(?:have|has)|['’](?:ve|s)|\s+will|['’]ll)?(?:\s+(?P<just>just))?\s+"
                  r"(?P<verb>have|has|uses?|bought|buy)\s+a\s+water\s+purifier(?P<home>\s+at\s+home)?"
                  r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what water who drinks, whether the tap water is all right to
    drink, whether this water has been boiled or filtered, who has or bought a water purifier, or no ice; None for any
    other."""
    if src == "vi":
        return _drink(text) or _no_ice(text) or _all_right(text) or _treated(text) or _filter(text)
    return _drink_vi(text) or _no_ice_vi(text) or _all_right_vi(text) or _treated_vi(text) or _filter_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, both "không" and
    asked, or a "?" on a statement."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"]:
        return None
    return asked


def _person(m: re.Match, asked: bool, self_asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she drinks"); None for a pet, "anh" saying it, "em" with "ạ"
    (the speaker: mt.hobbies.em_speaking), "mình" asked (I, or we?), and "I" asked unless
    `self_asked` ("Tôi có nên …?" asks advice; "Tôi có uống …?" is a slip)."""
    if animal(m) or em_speaking(m) or asked and keyed(m["who"] or "") == "mình":
        return None
    said = who(m, asked)
    return None if not said or asked and said[0] == "I" and not self_asked else said


def _drink(text: str) -> str | None:
    """"Tôi chỉ uống nước đun sôi để nguội." as "I only drink boiled water that has cooled.", "Bạn có uống nước máy
    không?" as "Do you drink tap water?", "Bạn nên uống nước đóng chai." as "You should drink bottled water.", "Tôi
    sẽ chỉ uống nước đóng chai." as "I'll only drink bottled water.", "Tôi không uống đá." as "I don't take ice."
    (_DRINK); None for anything else."""
    m = _DRINK.fullmatch(text)
    asked = None if m is None else _asked(m)
    if asked is None:
        return None
    how = _HOW[keyed(m["how"])] if m["how"] else ""
    will, should, not_ = bool(m["will"]), bool(m["should"]), bool(m["not"])
    if m["ice"] and (how or will or should or not (asked or not_)):
        return None  # (ice only taken or not: "Tôi uống đá." alone may be a habit of chewing it)
    if will and (asked or should or how not in ("", "only")):
        return None
    if how and (not_ or should and how != "only" or asked and (should or how not in _ASKED_HOW)):
        return None
    said = _person(m, asked, should)
    if said is None:
        return None
    who_, one = said
    if m["ice"]:
        return present(who_, one, "take", "ice", asked, not_, m["end"])
    kind, adverb, end = WATERS[keyed(m["kind"])], f"{how} " if how else "", stop(m["end"])
    if should:
        should_ = "shouldn't" if not_ else "should"
        return f"Should {who_} drink {kind}?" if asked else capitalised(f"{who_} {should_} {adverb}drink {kind}{end}")
    if will:  # ("I'll only drink", "she won't drink")
        return capitalised(f"{who_} won't drink {kind}{end}" if not_ else
                           contracted(who_, f"will {adverb}drink {kind}") + end)
    return present(who_, one, "drink", kind, asked, not_, m["end"], adverb)


def _whom(who_: str) -> str:
    """Who in English as whom: "I" as "me", "my mother" as it is."""
    return EN_OBJECT.get(who_, who_)


def _no_ice(text: str) -> str | None:
    """"Tôi không lấy đá nhé." as "No ice for me, please.", "Bạn có lấy đá không?" as "Do you want ice?" (_NO_ICE);
    None for anything else, and "không lấy đá" without "nhé" (not fetched?)."""
    m = _NO_ICE.fullmatch(text)
    asked = None if m is None else _asked(m)
    if asked is None or bool(m["nhe"]) == asked or (said := _person(m, asked)) is None:
        return None
    if asked:
        return present(*said, "want", "ice", True)
    return None if said[0] == "you" else f"No ice for {_whom(said[0])}, please{stop(m['end'])}"


def _all_right(text: str) -> str | None:
    """"Uống nước máy có sao không?" as "Is it all right to drink the tap water?", "Uống nước máy ở đây có an toàn
    không?" as "Is it safe to drink the tap water here?", "Uống nước máy không sao đâu." as "It's all right to drink
    the tap water." (_ALL_RIGHT); None for anything else, and the water neither tap water nor here's."""
    m = _ALL_RIGHT.fullmatch(text)
    if not m or not (m["tap"] or m["here"]) or bool(m["ask"]) != ("?" in m["end"]):
        return None
    water = f"the{' tap' * bool(m['tap'])} water{' here' * bool(m['here'])}"
    if m["ask"]:
        return f"Is it {'safe' if keyed(m['how']) == 'an toàn' else 'all right'} to drink {water}?"
    said = "It isn't safe" if m["unsafe"] else "It's all right"
    return f"{said} to drink {water}{stop(m['end'])}"


def _treated(text: str) -> str | None:
    """"Nước này đã đun sôi chưa?" as "Has this water been boiled?", "Nước này đã được lọc rồi." as "This water has
    been filtered.", "Nước này chưa đun sôi." as "This water hasn't been boiled." (_TREATED_RE); None for anything
    else, for the water without "này", "đã" or "được" ("Nước lọc chưa?": plain water?), and without "này", "được" or
    "rồi" said ("Nước đã lọc.": filtered water?)."""
    m = _TREATED_RE.fullmatch(text)
    if not m or not (m["this"] or m["aux"] or m["passive"]):
        return None
    aux, tail, asked = keyed(m["aux"] or ""), m["tail"] or "", "?" in m["end"]
    water, how = "this water" if m["this"] else "the water", _TREATED[keyed(m["how"])]
    if asked:
        return f"Has {water} been {how}?" if tail == "chưa" and aux in ("", "đã") else None
    if aux in ("chưa", "vẫn chưa"):
        still = " still" if aux == "vẫn chưa" else ""
        return None if tail else capitalised(f"{water}{still} hasn't been {how}{stop(m['end'])}")
    if tail == "rồi" or aux == "đã" and not tail and (m["this"] or m["passive"]):  # ("Nước đã lọc.": filtered water?)
        return capitalised(f"{water} has been {how}{stop(m['end'])}")
    return None


def _filter(text: str) -> str | None:
    """"Bạn có máy lọc nước không?" as "Do you have a water purifier?", "Nhà tôi dùng máy lọc nước." as "My family
    uses a water purifier.", "Mẹ tôi vừa mua máy lọc nước." as "My mother has just bought a water purifier.", "Bạn mua
    máy lọc nước chưa?" as "Have you bought a water purifier yet?" (_FILTER); None for anything else, and "nhà tôi"
    asked."""
    m = _FILTER.fullmatch(text)
    if not m:
        return None
    verb, aux, tail, q = keyed(m["verb"]), keyed(m["aux"] or ""), m["tail"] or "", "?" in m["end"]
    if verb == "mua":  # (bought: "chưa?" asks, "không?" does not)
        if m["not"] or m["ask"] or m["asked"] or q != (tail == "chưa"):
            return None
        asked = q
    else:  # (had: "có … không?", the "có" the verb; used: "có dùng … không?")
        asked = bool(m["asked"])
        if aux or tail or asked != q or asked and m["not"] or (bool(m["ask"]) != asked if verb != "có" else m["ask"]):
            return None
    said = (f"{'my' if keyed(m['fwhose']) == 'tôi' else 'your'} family", True) if m["fam"] else _person(m, asked)
    if said is None or m["fam"] and asked and keyed(m["fwhose"]) == "tôi":
        return None
    who_, one, end = *said, stop(m["end"])
    if verb != "mua":
        verb_ = "have" if verb == "có" else "use"
        return present(who_, one, verb_, "a water purifier", asked, bool(m["not"]), m["end"])
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} bought a water purifier yet?" if aux in ("", "đã") else None
    if aux in ("vừa", "mới", "vừa mới"):
        return None if tail else capitalised(contracted(who_, f"{has} just bought a water purifier") + end)
    if aux == "sẽ":
        return None if tail else capitalised(contracted(who_, "will buy a water purifier") + end)
    if tail == "rồi":
        return capitalised(contracted(who_, f"{has} bought a water purifier") + end)
    return capitalised(f"{who_} bought a water purifier{end}") if aux == "đã" else None


def _words(said: str | None) -> str:
    """English's auxiliary as said, in small letters, one space apart, "’" as "'": " Doesn’t" as "doesn't"."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _agrees(first: str, one: bool) -> bool:
    """Whether English's first verb after or before who ("does", "don't", "drinks", "has", "'s") agrees with who, one
    (he, she, my mother) or not; True for one that does not tell ("should", "will", "bought")."""
    if first in ("does", "doesn't", "has", "'s", "drinks", "uses"):
        return one
    return not one if first in ("do", "don't", "have", "'ve", "drink", "use") else True


def _drink_vi(text: str) -> str | None:
    """"I only drink boiled water that has cooled." as "Tôi chỉ uống nước đun sôi để nguội.", "Do you drink tap
    water?" as "Bạn có uống nước máy không?", "You shouldn't drink the tap water." as "Bạn không nên uống nước máy.",
    "I'll only drink bottled water." as "Tôi sẽ chỉ uống nước đóng chai." (_DRINK_EN); None for anything else, a pet,
    "I" or "we" asked of a habit, "Should we …?" (chúng ta?), and where a verb does not agree ("She only drink …",
    "Does she drinks …")."""
    m = _DRINK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux, how = _words(m["q"]), _words(m["aux"]), _words(m["how"])
    if not _agrees(q or aux.split(" ")[0] if q or aux else m["verb"], one) or (q or aux) and m["verb"] != "drink":
        return None
    kind, end = WATERS_VI[keyed(m["kind"])], stop(m["end"])
    only = "chỉ " if how == "only" else ""
    if q in ("do", "does"):
        if aux or how not in ("", *_ASKED_HOW) or who_ in _ONESELF:
            return None
        return capitalised(f"{who_} có {_HOW_VI[how] + ' ' if how else ''}uống {kind} không?")
    if q == "should":
        # ("Should I …?" asks advice; "Should we …?" may ask the one asked too: chúng ta)
        return None if aux or how or who_ == "chúng tôi" else capitalised(f"{who_} có nên uống {kind} không?")
    said = {"": "", "do not": "không ", "does not": "không ", "don't": "không ", "doesn't": "không ",
            "should": f"{only}nên ", "should not": "không nên ", "shouldn't": "không nên ", "will": f"sẽ {only}",
            "'ll": f"sẽ {only}", "will not": "sẽ không ", "won't": "sẽ không "}.get(aux)
    if said is None or aux and how and (how != "only" or "không" in said):
        return None  # ("I don't only drink …", "You shouldn't usually drink …")
    said = said if aux else f"{_HOW_VI[how]} " if how else ""
    return capitalised(f"{who_} {said}uống {kind}{end}")


def _no_ice_vi(text: str) -> str | None:
    """"No ice for me." and "No ice for me, please." as "Tôi không lấy đá nhé.", "No ice for my mother." as "Mẹ tôi
    không lấy đá nhé." (_NO_ICE_EN); None for anything else, "you" and a pet."""
    m = _NO_ICE_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    if not whom or whom == "bạn" or pet(m["whom"], "en"):
        return None
    return capitalised(f"{whom} không lấy đá nhé.")


def _all_right_vi(text: str) -> str | None:
    """"Is it all right to drink the tap water?" as "Uống nước máy có sao không?", "It's OK to drink the tap water
    here." as "Uống nước máy ở đây không sao đâu.", "It isn't safe to drink the tap water." as "Uống nước máy không an
    toàn." (_ALL_RIGHT_EN); None for anything else, "Is it safe …?" (mt/drinks.py's), "It's safe …", "It isn't all
    right …", and the water neither tap water nor here's."""
    m = _ALL_RIGHT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (m["tap"] or m["here"]):
        return None
    safe = m["how"].lower() == "safe"
    water = f"nước{' máy' * bool(m['tap'])}{' ở đây' * bool(m['here'])}"
    if m["q"]:
        return None if safe else f"Uống {water} có sao không?"
    if safe != bool(m["not"]):
        return None
    return f"Uống {water} {'không an toàn' if safe else 'không sao đâu'}{stop(m['end'])}"


def _treated_vi(text: str) -> str | None:
    """"Has this water been boiled?" as "Nước này đã đun sôi chưa?", "This water has already been filtered." as
    "Nước này đã được lọc rồi.", "This water hasn't been boiled yet." as "Nước này chưa được đun sôi." (_TREATED_EN);
    None for anything else, and where "been" is missing or not wanted ("Has this water boiled?", "Is this water been
    boiled?")."""
    m = _TREATED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    q, aux, been, how = _words(m["q"]), _words(m["aux"]), bool(m["been"]), _TREATED_VI[m["how"]]
    water = "Nước này" if m["det"].lower() == "this" else "Nước"
    if q:
        ok = not (aux or m["adv"]) and been == (q == "has") and (q == "has" or not m["yet"])
        return f"{water} đã {how} chưa?" if ok else None
    if not aux or been != (aux.split(" ")[0] in ("has", "hasn't") or aux == "'s" and been):
        return None  # ("This water's been boiled.": has; "This water's boiled.": is)
    if "not" in aux or "n't" in aux:
        return None if m["adv"] else f"{water} chưa được {how}{stop(m['end'])}"
    if m["yet"]:
        return None
    done = " rồi" if been or m["adv"] else ""
    return f"{water} đã được {how}{done}{stop(m['end'])}"


def _filter_vi(text: str) -> str | None:
    """"Do you have a water purifier?" as "Bạn có máy lọc nước không?", "We have a water purifier at home." as "Nhà
    chúng tôi có máy lọc nước.", "My family uses a water purifier." as "Nhà tôi dùng máy lọc nước.", "She has just
    bought a water purifier." as "Cô ấy vừa mua máy lọc nước.", "Have you bought a water purifier yet?" as "Bạn đã mua
    máy lọc nước chưa?" (_FILTER_EN); None for anything else, a pet, "at home" but of I, we, you, I, we or my family
    asked, and where a verb does not agree."""
    m = _FILTER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not m["fwhose"] and animal(m):
        return None
    who_, one = (f"nhà {'tôi' if m['fwhose'].lower() == 'my' else 'bạn'}", True) if m["fwhose"] else who_vi(m)
    q, aux, verb, end = _words(m["q"]), _words(m["aux"]), m["verb"], stop(m["end"])
    if not _agrees(q or aux.split(" ")[0] if q or aux else verb, one) or m["home"] and (
            verb not in ("have", "has") or m["fwhose"] or who_ not in ("tôi", "chúng tôi", "bạn")):
        return None
    who_ = f"nhà {who_}" if m["home"] else who_
    if verb in ("have", "has", "use", "uses"):
        what = "có" if verb.startswith("ha") else "dùng"
        plain = q in ("", "do", "does") and aux in ("", "do not", "does not", "don't", "doesn't") and not (q and aux)
        if not plain or m["just"] or m["yet"] or (q or aux) and verb in ("has", "uses") or q and who_.endswith("tôi"):
            return None  # (… and "Do I have …?": asked of oneself)
        if q:
            return capitalised(f"{who_} có {'dùng ' * (what == 'dùng')}máy lọc nước không?")
        return capitalised(f"{who_} {'không ' * bool(aux)}{what} máy lọc nước{end}")
    if verb == "buy":
        ok = aux in ("will", "'ll") and not (q or m["just"] or m["yet"])
        return capitalised(f"{who_} sẽ mua máy lọc nước{end}") if ok else None
    if q:
        return capitalised(f"{who_} đã mua máy lọc nước chưa?") if q in ("have", "has") and not (
            aux or m["just"] or who_ in _ONESELF) else None
    if aux not in ("", "have", "has", "'ve", "'s") or m["yet"]:
        return None
    if m["just"]:
        return capitalised(f"{who_} vừa mua máy lọc nước{end}")
    return capitalised(f"{who_} đã mua máy lọc nước{' rồi' if aux else ''}{end}")
