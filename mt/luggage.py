"""Luggage and packing, both ways, written whole by rule: a bag too heavy, how many bags someone has, having only hand
luggage, having packed or not, luggage lost, leaving bags here, and help asked to carry one. v8 (the rules on) keeps
"vali" as it is, reads "xếp đồ" as being sorted, "xách" as confirming, "túi xách tay" as a laptop and "pack" as
wrapping: "Vali của tôi nặng quá." → "My Vali is too heavy.", "Tôi có hai vali." → "I have two bags.", "Tôi chỉ có một
túi xách tay." → "I only have a laptop.", "Bạn xếp đồ chưa?" → "Do you sort the chart?", "Tôi chưa xếp đồ." → "I
haven't been packed.", "Mẹ tôi đang xếp đồ." → "My mother was packing.", "Vali của tôi bị thất lạc." → "My Vali was
lost.", "Bạn giúp tôi xách cái túi này được không?" → "Could you help me confirm this bag?"; "My suitcase is too
heavy." → "V va-li của tôi quá nặng.", "My bag is too heavy." → "Vắc-xin của tôi quá nặng.", "How many bags do you
have?" → "Bạn có bao nhiêu túi phải không?", "I only have a backpack." → "Tôi chỉ có một kẻ ủng hộ.", "Have you
packed yet?" → "Bạn vẫn chưa được xếp nhé?", "I haven't packed yet." → "Tôi chưa bao bì.".

Taken: a bag of BAGS (mt.offers' suitcase, bag, backpack, luggage; a handbag, hand luggage) with whose (mt.terms.OWNERS,
someone of mt.hobbies.SOMEONE) or "này", "đó" ("this", "these", "that") heavy, too, very, quite or a bit, said or
asked, or lost ("bị thất lạc"); who (mt.hobbies.WHO, WHO_EN) has how many bags or how much luggage, asked, has so many,
only hand luggage, or none; who has packed ("xếp đồ", "soạn đồ", "xếp hành lý"), yet or not, just, will, needs or has
to (a day as mt.free_time.when reads it), and in Vietnamese finished packing or is packing ("xếp đồ xong", "đang xếp
đồ"); "I" or "we" asking to leave bags here, or where; in Vietnamese, someone asked or told to help me carry a bag,
"this", "that" or "it" ("giúp tôi xách …"). Left: the phrasebook's ("Hành lý của tôi bị thất lạc.", "Can I leave my
bags here?", "Where is my luggage?"), English "packing" and "soạn đồ xong", "đang soạn đồ" (mt/moving.py's: "I'm
packing.", "I've finished packing."), offers of help (mt/offers.py), things left (mt/left_behind.py), brought along
(mt/bring_along.py) or lost ("bị mất", "lost my": mt.terms, mt/mishaps.py), "help me carry" in English (v8 writes it
well), "anh", "chị", "em" alone saying it, a bag with no whose ("Vali nặng quá.": whose?), "xếp đồ" with no word of
time or aspect ("Tôi xếp đồ.": packing, or tidying?), "túi" with no person ("Áo này có hai túi.": pockets).
mt.phrasebook.translate tries these after mt/bookings.py.

    >>> translate("Vali của tôi nặng quá.", "vi", "en"), translate("How many bags do you have?", "en", "vi")
    ('My suitcase is too heavy.', 'Bạn có mấy túi hành lý?')
"""
from __future__ import annotations

import re

from .free_time import placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .offers import THINGS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# the bags (the word written back is _BAGS_VI's)
_UNCOUNTED = {"luggage", "hand luggage", "baggage"}
BAGS = {vi: en for vi, en in THINGS.items() if en in ("bag", "suitcase", "backpack", "luggage")} | {
    "va-li": "suitcase", "túi xách tay": "handbag", "hành lý xách tay": "hand luggage",
    "hành lí xách tay": "hand luggage"}
_BAGS_VI = {"suitcase": "vali", "bag": "túi", "backpack": "ba lô", "luggage": "hành lý", "baggage": "hành lý",
            "handbag": "túi xách tay", "hand luggage": "hành lý xách tay", "carry-on luggage": "hành lý xách tay"}
# ... counted: "hai túi hành lý" is two bags
_UNITS = {vi: en for vi, en in BAGS.items() if en not in _UNCOUNTED} | {"túi hành lý": "bag", "kiện hành lý": "bag"}
_UNITS_VI = {"bag": "túi hành lý", "suitcase": "vali", "backpack": "ba lô"}
_DEMONSTRATIVES = {"này": "this", "đó": "that", "kia": "that"}
_DEGREES = {"quá": "too", "rất": "very", "lắm": "very", "khá": "quite", "hơi": "a bit"}
_DEGREES_VI = {"too": "nặng quá", "so": "nặng quá", "very": "rất nặng", "really": "rất nặng", "quite": "khá nặng",
               "rather": "khá nặng", "a bit": "hơi nặng", "a little": "hơi nặng", "": "nặng"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:va\s*-?\s*li|túi|ba\s*lô|balo|hành\s+l[ýí]|xếp|soạn|xách)"),
         "en": lazy(r"(?i:suitcase|bag|luggage|pack)")}
# the phrasebook's own (mt/resources/phrases.*.txt), left to it
_LISTED = {"hành lý của tôi bị thất lạc", "tôi gửi hành lý ở đây được không", "tôi có thể gửi hành lý ở đây không",
           "cho tôi gửi hành lý được không", "my luggage is lost", "can i leave my bags here",
           "can i leave my luggage here", "where is my luggage"}

# a bag with whose or "này" ("vali của tôi", "túi mẹ tôi", "mấy cái túi này"), or alone
_BAG = (rf"(?:(?P<many>(?i:mấy|những|các))\s+)?(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(BAGS)}))"
        rf"(?:\s+(?P<this>{alternatives(_DEMONSTRATIVES)})|\s+(?:của\s+)?{OWNER})?")
_HEAVY = lazy(rf"{_BAG}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<deg>quá|rất|khá|hơi)\s+)?nặng"
              rf"(?:\s+(?P<deg2>quá|lắm))?{ASKED_END}")
_LOST = lazy(rf"{_BAG}\s+(?:(?P<did>đã)\s+)?bị\s+thất\s+lạc(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_N = rf"(?P<n>[1-9]|(?i:{alternatives(VI_TO_EN)}))"
_HOW_MANY = lazy(rf"{WHO}\s+có\s+(?P<q>bao\s+nhiêu|mấy)\s+(?:(?:cái|chiếc)\s+)?(?:(?P<unit>"
                 rf"{alternatives(_UNITS)})|(?P<lug>hành\s+l[ýí]))(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<only>chỉ)\s+)?(?:(?P<not>không)\s+)?có\s+(?:{_N}\s+(?:(?:cái|chiếc)\s+)?"
             rf"(?P<unit>{alternatives(_UNITS)})|(?P<lug>hành\s+l[ýí](?P<hand>\s+xách\s+tay)?)(?:\s+nào)?)"
             rf"(?:\s+thôi)?{SOFTENED_END}")
_PACK_VI = r"(?:(?P<pack>xếp|soạn)\s+(?:đồ(?:\s+đạc)?|hành\s+l[ýí]|va\s*-?\s*li)|chuẩn\s+bị\s+hành\s+l[ýí])"
_PACKED = lazy(rf"{WHO}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<aux>đã|chưa|đang|sẽ|cần|phải|vừa|mới)\s+)?{_PACK_VI}"
               rf"(?:\s+(?P<done>xong))?(?:\s+(?P<when>(?!chưa|rồi)[^.!?]+?))??(?:\s+(?P<yet>chưa|rồi))?"
               rf"{SOFTENED_END}")
_LEAVE = lazy(rf"(?:(?P<cho>(?i:cho))\s+)?(?P<me>(?i:tôi|chúng\s+tôi))\s+(?:(?P<can>có\s+thể)\s+)?(?:gửi|để)\s+"
              rf"{_BAG}\s+(?:ở\s+|lại\s+)?(?:(?P<here>đây)(?:\s+(?P<ok>được))?\s+không|(?P<where>ở\s+đâu))"
              r"(?:\s+(?:vậy|ạ))?\s*\?+")
_HELP = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+|{WHO}\s+(?:(?P<can>có\s+thể|làm\s+ơn)\s+)?)?(?i:giúp)\s+"
             rf"(?P<me>tôi|mình|chúng\s+tôi)\s+(?:xách|mang|khiêng|bê|vác)\s+(?:(?P<it>nó)|cái\s+(?P<one>này|đó)|"
             rf"{_BAG})(?:\s+(?P<ok>được))?(?:\s+(?P<asked>không))?(?:\s+(?P<with>với))?{SOFTENED_END}")

# ... and in English: "my suitcase", "these bags", "my mother's bag"
_BAG_EN = (rf"(?:(?P<det>(?i:this|these|that|those))|(?P<own>(?i:{WHOSE_WORDS}))|(?P<other>{SOMEONE_EN})['’]s)\s+"
           rf"(?P<thing>(?i:{alternatives(_BAGS_VI)}))(?P<s>s)?")
_HEAVY_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_BAG_EN}(?:\s+(?P<be>is|are)(?P<not>n['’]t|\s+not)?)?\s+"
                 rf"(?:(?P<deg>too|very|really|so|quite|rather|a\s+bit|a\s+little)\s+)?heavy\s*(?P<end>[.!?]*)")
_LOST_EN = lazy(rf"{_BAG_EN}\s+(?P<be>is|are|has\s+been|have\s+been)\s+lost\s*[.!]*")
_HOW_MANY_EN = lazy(rf"How\s+(?:many\s+(?P<unit>bags|suitcases|backpacks|pieces\s+of\s+luggage)|much\s+"
                    rf"(?P<lug>luggage|baggage))\s+(?P<do>do|does)\s+{WHO_EN}\s+have\s*\?+")
_N_EN = rf"(?P<n>an?|[1-9]|(?i:{alternatives(EN_TO_VI)}))"
_HAVE_EN = lazy(rf"{WHO_EN}(?:\s+(?P<only>only))?\s+(?:(?P<have>have|has)\s+(?:{_N_EN}\s+(?P<unit>bag|suitcase|"
                r"backpack)(?P<s>s)?|(?P<hand>hand|carry-on|cabin)\s+(?:luggage|baggage))|(?P<not>don['’]t|"
                r"doesn['’]t|do\s+not|does\s+not)\s+have\s+any\s+(?P<hand2>hand\s+)?(?:luggage|baggage))\s*[.!]*")
# (not "packing": mt/moving.py's, "I'm packing.", "I've finished packing.")
_PACKED_EN = [
    lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+packed(?:\s+yet)?\s*\?+"),
    lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)(?:\s+(?P<adv>already|just))?\s+packed\s*[.!]*"),
    lazy(rf"{WHO_EN}(?:\s+(?P<still>still))?\s+(?P<have>haven['’]t|hasn['’]t|have\s+not|has\s+not)\s+packed"
         r"(?:\s+yet)?\s*[.!]*"),
    lazy(rf"{WHO_EN}(?:(?P<will>['’]ll|\s+will)|\s+(?P<need>needs?|ha(?:s|ve))\s+to)\s+pack"
         r"(?:\s+(?P<when>[^.!?]+?))?\s*[.!]*")]
_LEAVE_EN = lazy(rf"(?:(?:Can|Could|May)\s+(?P<me>I|we)|Where\s+can\s+(?P<me2>I|we))\s+leave\s+{_BAG_EN}"
                 r"(?P<here>\s+here)?(?:,?\s+please)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of luggage or packing (the module's docstring); None for any other."""
    if keyed(text.rstrip(".!? ")) in _LISTED:
        return None
    if src == "vi":
        return _heavy(text) or _lost(text) or _how_many(text) or _have(text) or _packed(text) or _leave(text) or \
            _help(text)
    return _heavy_vi(text) or _lost_vi(text) or _how_many_vi(text) or _have_vi(text) or _packed_vi(text) or \
        _leave_vi(text)


def _bag_en(m: re.Match, mine: str = "") -> tuple[str, bool] | None:
    """The bag of a match of _BAG in English, and whether it is more than one: ("my suitcase", False), ("these bags",
    True), ("my mother's luggage", False); `mine` ("my") for one with no whose ("xách vali"); None for "mấy hành lý",
    "mấy cái túi" with no "này", or no whose where `mine` is not given."""
    said, many = BAGS[keyed(m["thing"])], bool(m["many"])
    if many and (said in _UNCOUNTED or not (m["this"] and m["this"] == "này")):
        return None
    noun = f"{said}s" if many else said
    if m["this"]:
        return f"{'these' if many else _DEMONSTRATIVES[m['this']]} {noun}", many
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
        return f"{whose} {noun}", False
    return (f"{mine} {noun}", False) if mine else None


def _bag_vi(m: re.Match, me: str = "") -> tuple[str, bool] | None:
    """The bag of a match of _BAG_EN in Vietnamese, and whether English said it as many: ("vali của tôi", False),
    ("mấy cái túi này", True); the bag alone where whose is `me`'s ("giúp tôi xách vali"); None for "this bags",
    "these suitcase", "luggages"."""
    thing, many = keyed(m["thing"]), bool(m["s"])
    det = (m["det"] or "").lower()
    if many and thing in _UNCOUNTED or det and (det in ("these", "those")) != many:
        return None
    vi = "hành lý" if many and thing == "bag" and not det else _BAGS_VI[thing]  # (one's bags: the luggage)
    if det:
        dem = "này" if det in ("this", "these") else "đó"
        return (f"{'mấy cái' if many else 'cái'} {vi} {dem}" if thing not in _UNCOUNTED else f"{vi} {dem}"), many
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else someone(m["other"], "en")
    return (vi if whose == me else f"{vi} của {whose}"), many


def _heavy(text: str) -> str | None:
    """"Vali của tôi nặng quá." as "My suitcase is too heavy.", "Túi của bạn có nặng không?" as "Is your bag
    heavy?", "Mấy cái túi này không nặng lắm." as "These bags aren't very heavy." (_HEAVY); None for anything else."""
    m = _HEAVY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (bag := _bag_en(m)) is None:
        return None
    said, many = bag
    if m["deg"] and m["deg2"] or m["not"] and (asked or m["deg"] or m["deg2"] == "quá"):
        return None
    degree = _DEGREES[m["deg"] or m["deg2"]] + " " if m["deg"] or m["deg2"] else ""
    be = "are" if many else "is"
    if asked:
        return None if degree and degree != "too " else f"{be.capitalize()} {said} {degree}heavy?"
    if m["not"]:
        return capitalised(f"{said} {be}n't {'very ' * bool(m['deg2'])}heavy.")
    return capitalised(f"{said} {be} {degree}heavy.")


def _lost(text: str) -> str | None:
    """"Vali của tôi bị thất lạc." as "My suitcase is lost.", "Vali của tôi đã bị thất lạc rồi." as "My suitcase has
    been lost." (_LOST); None for anything else."""
    m = _LOST.fullmatch(text)
    if not m or "?" in m["end"] or (bag := _bag_en(m)) is None:
        return None
    said, many = bag
    return capitalised(f"{said} {'have' if many else 'has'} been lost." if m["did"] or m["done"] else
                       f"{said} {'are' if many else 'is'} lost.")


def _how_many(text: str) -> str | None:
    """"Bạn có mấy túi hành lý?" as "How many bags do you have?", "Mẹ bạn có bao nhiêu hành lý?" as "How much
    luggage does your mother have?" (_HOW_MANY); None for anything else."""
    m = _HOW_MANY.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    what = f"many {_UNITS[keyed(m['unit'])]}s" if m["unit"] else "much luggage" if "bao" in m["q"] else "many bags"
    return f"How {what} {'does' if said[1] else 'do'} {said[0]} have?"


def _have(text: str) -> str | None:
    """"Tôi có hai vali." as "I have two suitcases.", "Tôi chỉ có hành lý xách tay." as "I only have hand luggage.",
    "Tôi không có hành lý." as "I don't have any luggage." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or m["not"] and (m["only"] or not m["lug"]):
        return None
    who_, one = said
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have any {'hand ' * bool(m['hand'])}luggage.")
    if m["lug"] and not m["hand"]:
        return None  # ("Tôi có hành lý.": some, or a bag?)
    n = m["n"] and VI_TO_EN.get(keyed(m["n"]), m["n"])
    has = f"{'only ' * bool(m['only'])}{'has' if one else 'have'}"
    if m["hand"]:
        return capitalised(f"{who_} {has} hand luggage.")
    unit = _UNITS[keyed(m["unit"])]
    return capitalised(f"{who_} {has} {n} {unit}{'' if n in ('one', '1') else 's'}.")


def _packed(text: str) -> str | None:
    """"Bạn xếp đồ chưa?" as "Have you packed yet?", "Tôi chưa xếp đồ." as "I haven't packed yet.", "Mẹ tôi đang xếp
    đồ." as "My mother is packing.", "Tôi sẽ xếp đồ tối nay." as "I'll pack tonight." (_PACKED); None for anything
    else, "xếp đồ" with no word of time ("Tôi xếp đồ.": packing or tidying?)."""
    m = _PACKED.fullmatch(text)
    asked, aux, yet = bool(m and "?" in m["end"]), m and m["aux"], m and m["yet"]
    if not m or (said := who(m, asked)) is None or asked != (yet == "chưa") or m["when"] and aux not in (
            "sẽ", "cần", "phải") or m["pack"] == "soạn" and (m["done"] or aux == "đang"):
        return None  # ("soạn đồ xong", "đang soạn đồ": mt/moving.py's)
    (who_, one), have = said, "has" if said[1] else "have"
    done = "finished packing" if m["done"] else "packed"
    if asked:
        return None if aux not in (None, "đã") or m["still"] else \
            f"{have.capitalize()} {who_} {done}{' yet' * (not m['done'])}?"
    if aux == "chưa":
        return None if yet else capitalised(f"{who_} {'still ' * bool(m['still'])}{have}n't {done}"
                                            f"{'' if m['still'] else ' yet'}.")
    if m["still"] and aux != "đang":
        return None
    if aux in ("vừa", "mới"):
        return capitalised(contracted(who_, f"{have} just {done}."))
    if aux == "đang":
        still = "still " * bool(m["still"])
        return None if yet or m["done"] else capitalised(contracted(who_, f"{be(who_)} {still}packing."))
    if aux in ("sẽ", "cần", "phải"):
        day = when(m["when"], "vi")
        if yet or m["done"] or day is None:
            return None
        verb = {"sẽ": "will", "cần": "needs to" if one else "need to", "phải": "has to" if one else "have to"}[aux]
        said = contracted(who_, f"{verb} pack") if aux == "sẽ" else f"{who_} {verb} pack"
        return capitalised(f"{said}{' ' * bool(day)}{day}.")
    if yet == "rồi" or m["done"] or aux == "đã":
        return capitalised(contracted(who_, f"{have} {'already ' * (yet == 'rồi' and not m['done'])}{done}."))
    return None


def _leave(text: str) -> str | None:
    """"Tôi gửi vali ở đây được không?" as "Can I leave my suitcase here?", "Tôi có thể gửi hành lý ở đâu?" as
    "Where can I leave my luggage?" (_LEAVE); None for anything else."""
    m = _LEAVE.fullmatch(text)
    me = m and ("we" if keyed(m["me"]) == "chúng tôi" else "I")
    bag = m and _bag_en(m, "our" if me == "we" else "my")
    if not bag or m["where"] and (m["cho"] or not m["can"]) or m["cho"] and not m["ok"] or m["here"] and not (
            m["ok"] or m["can"]):
        return None
    return f"Where can {me} leave {bag[0]}?" if m["where"] else f"Can {me} leave {bag[0]} here?"


def _help(text: str) -> str | None:
    """"Bạn giúp tôi xách cái túi này được không?" as "Can you help me carry this bag?", "Giúp tôi xách vali với."
    as "Help me carry my suitcase, please." (_HELP); None for anything else, and for "I" asked to help."""
    m = _HELP.fullmatch(text)
    if not m:
        return None
    asked, me = "?" in m["end"], "us" if keyed(m["me"]) == "chúng tôi" else "me"
    thing = ("it", False) if m["it"] else (_DEMONSTRATIVES[m["one"]], False) if m["one"] else \
        _bag_en(m, "our" if me == "us" else "my")
    asked_of = m["who"] or m["kin"] or m["titled"] or m["given"]
    helper = who(m, True) if asked_of else None
    if thing is None or asked != bool(m["asked"]) or m["ok"] and not m["asked"] or asked_of and (
            not asked or helper is None or helper[0] in ("I", "we")):
        return None
    doing = f"help {me} carry {thing[0]}"
    if asked:
        return None if m["with"] or m["please"] else f"Can {helper[0] if helper else 'you'} {doing}?"
    if m["can"]:
        return None
    return f"Please {doing}." if m["please"] else f"{capitalised(doing)}{', please' * bool(m['with'])}."


def _heavy_vi(text: str) -> str | None:
    """"My suitcase is too heavy." as "Vali của tôi nặng quá.", "Is your bag heavy?" as "Túi của bạn có nặng
    không?", "These bags aren't very heavy." as "Mấy cái túi này không nặng lắm." (_HEAVY_EN); None for anything
    else, and where "is" or "are" does not agree with the bag."""
    m = _HEAVY_EN.fullmatch(text)
    if not m or (bag := _bag_vi(m)) is None or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    said, many = bag
    if (m["be0"] or m["be"]).lower() != ("are" if many else "is"):
        return None
    degree = " ".join((m["deg"] or "").lower().split())
    if m["be0"]:
        return capitalised(f"{said} có nặng{' quá' * (degree == 'too')} không?") if degree in ("", "too") else None
    if m["not"]:
        return capitalised(f"{said} không nặng{' lắm' * (degree == 'very')}.") if degree in ("", "very") else None
    return capitalised(f"{said} {_DEGREES_VI[degree]}.")


def _lost_vi(text: str) -> str | None:
    """"My suitcase is lost." as "Vali của tôi bị thất lạc.", "My luggage has been lost." as "Hành lý của tôi đã bị
    thất lạc." (_LOST_EN); None for anything else, and for "is" not agreeing."""
    m = _LOST_EN.fullmatch(text)
    if not m or (bag := _bag_vi(m)) is None or (m["be"].split()[0] in ("is", "has")) == bag[1]:
        return None
    return capitalised(f"{bag[0]} {'đã ' * ('been' in m['be'])}bị thất lạc.")


def _how_many_vi(text: str) -> str | None:
    """"How many bags do you have?" as "Bạn có mấy túi hành lý?", "How much luggage does she have?" as "Cô ấy có
    bao nhiêu hành lý?" (_HOW_MANY_EN); None for anything else, and where "does" does not agree with who."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if one != (m["do"] == "does"):
        return None
    unit = m["unit"] and m["unit"].split()[0].rstrip("s")
    what = "bao nhiêu hành lý" if m["lug"] else "mấy kiện hành lý" if unit == "piece" else f"mấy {_UNITS_VI[unit]}"
    return capitalised(f"{who_} có {what}?")


def _have_vi(text: str) -> str | None:
    """"I have two suitcases." as "Tôi có hai vali.", "I only have hand luggage." as "Tôi chỉ có hành lý xách tay.",
    "I don't have any luggage." as "Tôi không có hành lý." (_HAVE_EN); None for anything else, and where "has" does
    not agree with who or the bags with how many."""
    m = _HAVE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    only = "chỉ " if m["only"] else ""
    if m["not"]:
        return None if m["only"] or one != ("does" in m["not"]) else \
            capitalised(f"{who_} không có hành lý{' xách tay' * bool(m['hand2'])}.")
    if one != (m["have"] == "has"):
        return None
    if m["hand"]:
        return capitalised(f"{who_} {only}có hành lý xách tay.")
    n = m["n"].lower()
    single = n in ("a", "an", "one", "1")
    if single == bool(m["s"]) or n == "an":
        return None
    unit = m["unit"].lower()
    vi = "túi" if unit == "bag" else _UNITS_VI[unit]
    return capitalised(f"{who_} {only}có {'một' if single else EN_TO_VI.get(n, n)} {vi}.")


def _packed_vi(text: str) -> str | None:
    """"Have you packed yet?" as "Bạn đã xếp đồ chưa?", "I haven't packed yet." as "Tôi chưa xếp đồ.", "I'll pack
    tonight." as "Tối nay tôi sẽ xếp đồ." (_PACKED_EN); None for anything else, and where "has", "needs" do not agree
    with who."""
    i, m = next(((i, m) for i, p in enumerate(_PACKED_EN) if (m := p.fullmatch(text))), (None, None))
    if not m:
        return None
    who_, one = who_vi(m)
    said = {k: v for k, v in m.groupdict().items() if v}
    verb = " ".join((said.get("have") or said.get("need") or "").lower().replace("’", "'").split())
    if verb and (verb.startswith(("has", "'s", "needs")) != one):
        return None
    if i == 0:
        return capitalised(f"{who_} đã xếp đồ chưa?")
    if i == 1:
        return capitalised(f"{who_} vừa xếp đồ xong." if m["adv"] == "just" else f"{who_} đã xếp đồ rồi.")
    if i == 2:
        return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}chưa xếp đồ.")
    if (day := when(m["when"], "en")) is None:
        return None
    return placed(f"{who_} {'sẽ' if m['will'] else 'cần' if m['need'].startswith('need') else 'phải'} xếp đồ", day, ".")


def _leave_vi(text: str) -> str | None:
    """"Can I leave my suitcase here?" as "Tôi gửi vali ở đây được không?", "Where can we leave our bags?" as
    "Chúng tôi có thể gửi hành lý ở đâu?" (_LEAVE_EN); None for anything else, and for another's bags ("Can I leave
    your bag here?")."""
    m = _LEAVE_EN.fullmatch(text)
    me = m and (m["me"] or m["me2"])
    if not m or bool(m["here"]) != bool(m["me"]) or m["other"] or m["own"] and m["own"].lower() != (
            "my" if me == "I" else "our"):
        return None
    me_vi = "tôi" if me == "I" else "chúng tôi"
    if (bag := _bag_vi(m, me_vi)) is None:
        return None
    return capitalised(f"{me_vi} có thể gửi {bag[0]} ở đâu?" if m["me2"] else f"{me_vi} gửi {bag[0]} ở đây được không?")
