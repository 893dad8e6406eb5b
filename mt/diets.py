"""What people eat or do not eat: vegetarian, vegan, meat and other foods not eaten, both ways, written whole by rule.
v8 (with every rule before this one) reads "chay" as father, lemons or school, "thuần chay" as pure, "rằm" as the
chin, "mùng một" as blindness, "kiêng" as resisting: "Anh ấy ăn chay." → "He ate his dad.", "Bạn có ăn chay không?"
→ "Do you eat lemons?", "Mẹ tôi ăn chay vào ngày rằm." → "My mother ate his father on the chin.", "Mẹ tôi ăn chay vào
mùng một." → "My mother ate his father in blindness.", "Tôi ăn chay trường." → "I ate the school father.", "Cô ấy ăn
thuần chay." → "She eats pure.", "Bạn có phải là người ăn chay không?" → "Are you a lemon?", "Tôi không ăn chay." →
"I don't eat lemons.", "Anh ấy kiêng thịt bò." → "He resisted the beef.", "Tôi đã bỏ ăn thịt." → "I left meat.";
"Are you vegetarian?" → "Bạn có phải là người ăn không?", "I'm vegan." → "Tôi là cơ quan." (an agency), "Is your
husband vegan?" → "Chồng bạn có quan hệ không?", "She doesn't eat pork." → "Cô ấy không ăn pork.", "Does he eat
pork?" → "Anh có ăn thịt lợn không?" (you), "I gave up meat." → "Tôi đã cho thịt.", "My mother eats vegetarian on
full-moon days." → "Mẹ tôi ăn chay vào những ngày đầy đủ.".

Taken: who (mt.hobbies.WHO, WHO_EN) is vegetarian ("ăn chay", "là người ăn chay"), vegan ("ăn thuần chay") or a
full-time vegetarian ("ăn chay trường"), or not, said or asked; eats vegetarian on days of a habit
(mt/religion.py's: "vào ngày rằm", "mùng một và rằm", "mỗi thứ Hai"; full moon days, the first day of the lunar
month; not "mỗi tháng"), said or asked; does not eat, cannot eat, no longer eats ("nữa", any more), avoids ("kiêng")
one or more of FOODS, said, or one asked; stopped eating or gave up one; "Bạn có kiêng gì không?" ("Is there
anything you don't eat?"). Left: "Tôi ăn chay." (the phrasebook's), spicy food (mt/tastes.py), being on a diet
(mt/weight.py), allergies (mt/allergies.py), liking and hating foods (mt/dislikes.py), drinks, a food eaten said
("Tôi ăn cá.": an order?), "đã không ăn" and other past or days that are not habits ("Tôi ăn chay vào thứ Hai."),
"anh", "chị", "em" alone saying it (may be the speaker), "I"/"we" asked ("Do I eat meat?"), English that does not
agree ("She don't eat pork.", "We're a vegan.").
mt.phrasebook.translate tries these after mt/time_zones.py.

    >>> translate("Anh ấy ăn chay.", "vi", "en"), translate("She doesn't eat pork.", "en", "vi")
    ("He's vegetarian.", 'Cô ấy không ăn thịt lợn.')
"""
from __future__ import annotations

import re

from . import dislikes
from .hobbies import WHO, WHO_EN, be_of, joined, listed, who, who_vi
from .lazy_re import lazy
from .religion import HABITS_VI, habit_en
from .rule_keys import key_checked
from .text import ASKED_END, BE_EN, alternatives, be, be_said, capitalised, contracted, keyed, stop, third_person

# what is eaten or not: mt.dislikes' foods but its drinks and spicy food (mt/tastes.py's), and meats ("gà" eaten is
# chicken; the first Vietnamese of each is written back)
_LEFT = {"coffee", "tea", "beer", "milk", "spicy food"}
FOODS = {vi: en for vi, en in dislikes.FOODS.items() if en not in _LEFT} | {
    "thịt gà": "chicken", "gà": "chicken", "thịt vịt": "duck", "thịt cừu": "lamb", "thịt chó": "dog meat",
    "đồ biển": "seafood", "nội tạng": "offal", "đồ chiên": "fried food", "thịt đỏ": "red meat"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {
    "shrimp": "tôm", "veggies": "rau", "sweets": "đồ ngọt", "mangoes": "xoài", "mushroom": "nấm", "mutton": "thịt cừu"}
_KEYED = {keyed(vi): en for vi, en in FOODS.items()}
_KEYED_VI = {keyed(en): vi for en, vi in FOODS_VI.items()}
# what one is ("chay trường": every day, not only on the days of a habit), in English and back
_KINDS = {"chay": "vegetarian", "thuần chay": "vegan", "chay trường": "full-time vegetarian"}
_KINDS_VI = {"vegetarian": "ăn chay", "vegan": "ăn thuần chay", "full-time vegetarian": "ăn chay trường"}
# the days of a habit in English, as mt/religion.py writes them back, and the hyphen often written
_HABITS = HABITS_VI | {k.replace("full moon", "full-moon"): v for k, v in HABITS_VI.items() if "full moon" in k}
# (said of eating vegetarian, these say neither how many days nor which: "mỗi tháng")
_VAGUE = {"every week", "every month", "every year"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\băn|kiêng)"), "en": lazy(r"(?i:vegan|vegetarian|\beat|avoid|gave\s+up|given\s+up)")}

# a day of a habit, as mt/religion.py reads it ("vào ngày rằm", "mùng một và rằm", "mỗi thứ Hai")
_DAY = r"(?i:vào|mỗi|hằng|hàng|các|ngày|mùng|mồng|rằm)(?!\w)[^,.!?]*?"
# who is vegetarian, or eats vegetarian when ("Bạn có phải là người ăn chay không?", "Mẹ tôi ăn chay vào ngày rằm.")
_VEG = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
            r"(?:(?P<is>phải\s+là|phải|là)\s+(?:một\s+)?người\s+)?ăn\s+(?P<kind>chay\s+trường|thuần\s+chay|chay)"
            rf"(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
# who does not eat, cannot eat, stopped eating, avoids a food ("Cô ấy không ăn thịt lợn.", "Bạn có kiêng gì không?")
_FOOD = rf"(?i:{alternatives(FOODS)})"
_EATS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<did>đã)\s+)?(?:(?P<stop>bỏ|ngừng|thôi)\s+|"
             r"(?P<avoid>kiêng)\s+)?(?:(?P<eat>ăn)\s+)?(?P<can>được\s+)?"
             rf"(?:(?P<foods>{joined(_FOOD, 'và|hay|hoặc')})|(?P<any>gì))(?P<more>\s+nữa)?(?P<can2>\s+được)?"
             rf"(?P<done>\s+rồi)?{ASKED_END}")

# ... and in English: "I'm vegan.", "Are you a vegetarian?", "We're vegetarians.", "He's a full-time vegetarian."
_VEG_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN})?(?P<not>\s+not|n['’]t)?\s+(?:(?P<a>an?)\s+)?"
               r"(?P<full>full[-\s]time\s+)?(?P<kind>vegetarian|vegan)(?P<many>s)?\s*(?P<end>[.!?]*)")
_FOOD_EN = rf"(?i:{alternatives(FOODS_VI)})"
_NOT_EN = r"\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+(?P<cant>can['’]t|cannot|can\s+not)"
_EATS_EN = lazy(rf"(?:(?P<q>Do|Does|Can)\s+)?{WHO_EN}(?P<not>{_NOT_EN})?\s+(?P<verb>eats?|avoids?)\s+"
                rf"(?:(?P<foods>{joined(_FOOD_EN, 'and|or')})|(?P<veg>vegetarian|vegan)(?:\s+food)?)"
                r"(?:\s+(?P<day>[^,.!?]+?))??(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+(?:stopped\s+eating|(?P<gave>gave|given)"
                rf"\s+up(?:\s+eating)?)\s+(?P<foods>{_FOOD_EN})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone is vegetarian or vegan, eats vegetarian on
    the days of a habit, or does not eat, avoids or stopped eating a food; None for any other."""
    if src == "vi":
        return _veg(text) or _eats(text)
    return _veg_vi(text) or _eats_vi(text) or _stop_vi(text)


def _do(who_: str, one: bool, verb: str = "do") -> str:
    """A verb after who, as English agrees it: ("she", True) "does", "eats"; ("I", False) "do", "eat"."""
    return third_person(verb) if one else verb


def _veg(text: str) -> str | None:
    """"Anh ấy ăn chay." as "He's vegetarian.", "Bạn có phải là người ăn chay không?" as "Are you vegetarian?", "Tôi
    ăn chay trường." as "I'm a full-time vegetarian.", "Mẹ tôi ăn chay vào ngày rằm." as "My mother eats vegetarian
    on full moon days." (_VEG); None for anything else, and for a day that is not a habit."""
    m = _VEG.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked or (
            m["is"] and "phải" in m["is"] and not (asked or m["not"])):
        return None  # ("Tôi phải là người ăn chay.": must)
    said, kind = who(m, asked), _KINDS[keyed(m["kind"])]
    day = m["day"] or m["day0"]
    if said is None or asked and said[0] in ("I", "we") or day and (m["day"] and m["day0"] or kind != "vegetarian"
                                                                  or m["is"]):
        return None
    who_, one = said
    if day:
        habit = habit_en(day)
        if habit is None or habit in _VAGUE:
            return None
        if asked:
            return f"{_do(who_, one).capitalize()} {who_} eat vegetarian {habit}?"
        eats = f"{_do(who_, one)}n't eat" if m["not"] else _do(who_, one, "eat")
        return capitalised(f"{who_} {eats} vegetarian {habit}{stop(m['end'])}")
    if kind.startswith("full"):
        kind = f"{kind}s" if be(who_) == "are" and who_ != "you" else f"a {kind}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {kind}?"
    if m["not"] and who_ != "I":  # ("My father isn't", not "My father is not")
        return capitalised(f"{who_} {be(who_)}n't {kind}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {kind}{stop(m['end'])}"))


def _eats(text: str) -> str | None:
    """"Cô ấy không ăn thịt lợn." as "She doesn't eat pork.", "Bạn có ăn thịt bò không?" as "Do you eat beef?", "Tôi
    không ăn được hải sản." as "I can't eat seafood.", "Anh ấy kiêng thịt bò." as "He avoids beef.", "Tôi đã bỏ ăn
    thịt." as "I stopped eating meat.", "Bạn có kiêng gì không?" as "Is there anything you don't eat?" (_EATS); None
    for anything else, and for a food eaten said ("Tôi ăn cá.": an order?)."""
    m = _EATS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    can, many = bool(m["can"] or m["can2"]), m["foods"] and len(re.findall(r"\s(?:và|hay|hoặc)\s|,", m["foods"]))
    said = who(m, asked)
    if said is None or asked and (said[0] in ("I", "we") or many) or m["can"] and m["can2"]:
        return None
    if not (m["eat"] or m["avoid"]) or m["any"] and not (m["avoid"] and asked) or m["more"] and not m["not"]:
        return None
    if m["done"] and not m["stop"] or m["did"] and not m["stop"] or (m["stop"] or m["avoid"]) and (can or m["not"]):
        return None
    who_, one = said
    if m["any"]:
        return f"Is there anything {who_} {_do(who_, one)}n't eat?"
    joins = {"và": "and", "hay": "and", "hoặc": "and"} if m["avoid"] else {"và": "or", "hay": "or", "hoặc": "or"}
    foods = listed(m["foods"], _KEYED, joins)[0]
    if m["stop"]:
        stopped = contracted(who_, f"{_do(who_, one, 'have')} stopped") if m["done"] else f"{who_} stopped"
        return capitalised(f"{stopped} eating {foods}{stop(m['end'])}")
    verb = "avoid" if m["avoid"] else "eat"
    if asked:
        return f"Can {who_} eat {foods}?" if can else f"{_do(who_, one).capitalize()} {who_} {verb} {foods}?"
    if m["not"]:
        not_ = "can't" if can else f"{_do(who_, one)}n't"
        return capitalised(f"{who_} {not_} eat {foods}{' any more' * bool(m['more'])}{stop(m['end'])}")
    return capitalised(f"{who_} {_do(who_, one, 'avoid')} {foods}{stop(m['end'])}") if m["avoid"] else None


def _veg_vi(text: str) -> str | None:
    """"I'm vegan." as "Tôi ăn thuần chay.", "Are you vegetarian?" as "Bạn có ăn chay không?", "He isn't a
    vegetarian." as "Anh ấy không ăn chay." (_VEG_EN); None for anything else, where "is", "am" or "are" does not
    agree with who, and for "a" before many ("We're a vegetarian.") or many without it ("I'm vegetarians.")."""
    m = _VEG_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = who_vi(m)
    plural = who_ in ("chúng tôi", "họ")
    if be_said(m["q"] or m["be"]) != be_of(who_, one) or m["many"] and not plural or m["a"] and (
            plural or m["a"] != "a") or m["full"] and not (
            m["a"] or m["many"]) or m["q"] and who_ in ("tôi", "chúng tôi"):
        return None
    said = _KINDS_VI["full-time vegetarian" if m["full"] else m["kind"]]
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{said}{stop(m['end'])}")


def _eats_vi(text: str) -> str | None:
    """"She doesn't eat pork." as "Cô ấy không ăn thịt lợn.", "Does he eat pork?" as "Anh ấy có ăn thịt lợn
    không?", "I can't eat seafood." as "Tôi không ăn được hải sản.", "My mother avoids beef." as "Mẹ tôi kiêng thịt
    bò.", "My mother eats vegetarian on full moon days." as "Mẹ tôi ăn chay vào ngày rằm." (_EATS_EN); None for
    anything else, where the verb does not agree with who, and for a food eaten said ("I eat fish.")."""
    m = _EATS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = who_vi(m)
    aux = (m["q"] or m["not"] or "").lower()
    can, verb = "can" in aux, m["verb"].lower()
    base = verb.rstrip("s")
    if (verb != base) != (one and not aux) or aux and not can and ("does" in aux) != one or m["q"] and (
            who_ in ("tôi", "chúng tôi") or re.search(r"\s(?:and|or)\s|,", m["foods"] or "")):
        return None  # ("She eat", "Does she eats", "I doesn't")
    if m["more"] and not m["not"] or base == "avoid" and (can or m["not"] or m["veg"]) or m["day"] and not m["veg"]:
        return None
    if not (m["q"] or m["not"] or m["veg"] or base == "avoid"):
        return None
    day = ""
    if m["day"]:
        day = _HABITS.get(keyed(m["day"]))
        if day is None:
            return None
        day = f" {day}"
    what = ("chay" if m["veg"] == "vegetarian" else "thuần chay") if m["veg"] else \
        listed(m["foods"], _KEYED_VI, {"and": "và", "or": "và"})[0]
    said = f"{'kiêng' if base == 'avoid' else 'ăn'} {'được ' * (can and not m['q'])}{what}"
    more = " nữa" if m["more"] else ""
    if m["q"]:
        return capitalised(f"{who_} có {said}{' được' * can}{day} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{said}{day}{more}{stop(m['end'])}")


def _stop_vi(text: str) -> str | None:
    """"I stopped eating meat." as "Tôi đã ngừng ăn thịt.", "My father has given up pork." as "Bố tôi đã bỏ ăn thịt
    lợn." (_STOP_EN); None for anything else, and where "has" or "have" does not agree with who."""
    m = _STOP_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    have = (m["have"] or "").strip().lower().replace("’", "'")
    if m["gave"] and (m["gave"] == "given") != bool(have) or have and (have in ("'s", "has")) != one:
        return None
    food = _KEYED_VI[keyed(m["foods"])]
    return capitalised(f"{who_} đã {'bỏ' if m['gave'] else 'ngừng'} ăn {food}{stop(m['end'])}")
