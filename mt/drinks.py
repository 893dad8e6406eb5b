"""How someone takes a drink, sugar, milk and ice asked for, and the tap water, both ways, written whole by rule. v8
(with every rule on) drops the sugar, reads "đường" as a road or a line, "đá" as a rock or a kick, "nước máy" as a
machine, "take" as "lấy", "ice" as "băng": "Bạn uống cà phê có đường không?" → "Do you drink coffee?", "Tôi uống trà
không đường." → "I didn't drink tea.", "Anh ấy uống cà phê không đường." → "He drinks not sugar.", "Bạn có dùng đường
không?" → "Do you use a line?", "Cho tôi ít đá thôi." → "Let me be less ice.", "Bạn có muốn cho đá không?" → "Do you
want to give the rock?", "Cho tôi một ly trà đá ít đường." → "Give me a cup of iced tea less line.", "Nước máy ở đây
uống được không?" → "Can't you drink here?"; "Do you take sugar?" → "Bạn có đường không?", "How do you take your
coffee?" → "Bạn lấy cà phê của mình như thế nào?", "I take my coffee black." → "Tôi lấy màu đen cà phê.", "Would you
like ice?" → "Bạn có muốn băng thông không?", "Just a little ice, please." → "Làm ơn, xin vui lòng.", "Is this water
safe to drink?" → "Nước này có an toàn không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) drinks one of DRINKS (mt.orders.ORDERED's
coffees, teas, juices, water, beer) without, with a little, a lot of, or with sugar, milk or ice (ADDED), or coffee
black, said or asked, usually or always; takes sugar or milk in it or not ("Bạn uống cà phê có đường không?", "Tôi
không dùng đường."); wants some put in ("Bạn có muốn cho đá không?", "Would you like sugar?"); how who takes their
coffee or tea; one or two of ADDED asked for ("Cho tôi ít đá thôi.", "No sugar, please."), or with a serving
mt/orders.py reads, or a drink alone ("Cho tôi một ly trà đá ít đường.", "Cà phê đen, không đường."); the tap water
here (the water here, this water) safe to drink or not, asked or said, not to be drunk. Left: the phrase list's
("Không đường nhé.", "Ít đá thôi.", "No ice, please.", "Nước máy uống được không?"), "thêm", "more" (mt/patterns.py),
servings alone and "coffee with milk" (mt/orders.py), drinks offered and "Do you want milk?" (mt/hosting.py), tastes
(mt/tastes.py), "Bạn có muốn đá không?" (to kick?), "Trà có đường." ("có": has), "Black, no sugar." (coffee or tea?),
a drink without sugar, milk or ice ("Tôi uống cà phê đen."), a name alone where English needs "his" or "her", the
past, and English that does not agree ("She take sugar.", "I take his coffee black.").
mt.phrasebook.translate tries these after mt/tips.py.

    >>> translate("Bạn uống cà phê có đường không?", "vi", "en"), translate("I drink my tea without sugar.", "en", "vi")
    ('Do you take sugar in your coffee?', 'Tôi uống trà không đường.')
"""
from __future__ import annotations

import re

from . import orders
from .hobbies import WHO, WHO_EN, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .orders import ORDERED, ORDERED_VI
from .rule_keys import agreement_checked
from .text import ASKED_END, SOFTENER, alternatives, be, capitalised, keyed

# the drinks one takes sugar, milk or ice in (not wine, milk itself, or a dish)
_TAKEN = {"coffee", "black coffee", "milk coffee", "iced coffee", "iced milk coffee", "iced black coffee", "tea",
          "green tea", "iced tea", "bubble tea", "orange juice", "sugarcane juice", "smoothie", "avocado smoothie",
          "mango smoothie", "water", "beer", "Coke"}
DRINKS = {vi: en for vi, en in ORDERED.items() if en in _TAKEN}
DRINKS_VI = {en: vi for en, vi in ORDERED_VI.items() if vi in DRINKS}
ADDED = {"đường": "sugar", "sữa": "milk", "đá": "ice"}
ADDED_VI = {en: vi for vi, en in ADDED.items()}
# how much of it, as an order says it ("ít đường": less sugar), and as a habit ("I drink my tea with a lot of milk")
_AMOUNTS = {"không": "no", "ít": "less", "nhiều": "extra", "có": "with", "với": "with", "với ít": "less",
            "với nhiều": "extra"}
_AMOUNTS_VI = {"no": "không", "less": "ít", "little": "ít", "extra": "nhiều", "with": "có"}
_HABIT = {"no": "without {}", "less": "with just a little {}", "extra": "with a lot of {}", "with": "with {}"}
_OFTEN = {"thường": "usually", "luôn": "always"}
_OFTEN_VI = {en: vi for vi, en in _OFTEN.items()}
_CANT, _ISNT = "can't", "isn't"
_KEYS = {"vi": lazy(r"(?i:đường|đá|sữa|nước\s+máy|uống\s+được|thế\s+nào)"),
         "en": lazy(r"(?i:sugar|\bice|milk|black|water|coffee|\btea)")}

_DRINK = rf"(?P<drink>(?i:{alternatives(DRINKS)}))"
_SPEC = rf"(?i:{alternatives(_AMOUNTS)})\s+(?i:{alternatives(ADDED)})"
_SPECS = rf"(?P<specs>{_SPEC}(?:(?:\s*,\s*(?:và\s+)?|\s+và\s+|\s+){_SPEC})?)"
_SPEC_PART = lazy(rf"(?P<amount>{alternatives(_AMOUNTS)})\s+(?P<added>{alternatives(ADDED)})", re.IGNORECASE)
# who drinks it how ("Tôi uống trà không đường.", "Bạn uống cà phê có đường không?"), how, who takes or wants some
_HABIT_RE = lazy(rf"{WHO}\s+(?:(?P<often>thường|luôn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?uống\s+{_DRINK}"
                 rf"\s*,?\s+{_SPECS}{ASKED_END}")
_HOW = lazy(rf"{WHO}\s+(?:(?P<often>thường)\s+)?uống\s+{_DRINK}\s+(?:như\s+)?thế\s+nào{SOFTENER}\s*\?+")
_TAKES = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<want>muốn)\s+(?P<put>cho\s+)?|dùng\s+)"
              rf"(?P<added>{alternatives(ADDED)})(?:\s+(?:vào|với|trong)\s+{_DRINK})?{ASKED_END}")
# asked for alone ("Cho tôi ít đá thôi.", "Không đường, không đá nhé."), or not to be put in ("Đừng cho đường nhé.")
_ASKED_FOR = lazy(rf"(?:(?P<give>(?i:cho)(?:\s+(?:tôi|mình|chúng\s+tôi))?)\s+)?{_SPECS}(?:\s+(?P<only>thôi))?"
                  r"(?:\s+(?P<please>nhé|nha|ạ))?\s*[.!]*")
_NOT_PUT = lazy(r"(?i:đừng|không)\s+cho\s+(?P<added>đường|sữa)(?:\s+(?:vào|nhé|nha|ạ))*\s*[.!]*")
# a serving, or a drink alone, and how ("Cho tôi một ly trà đá ít đường.", "Cà phê đen, không đường.")
_SERVED = lazy(rf"(?P<head>[^,]+?)\s*,?\s+{_SPECS}(?P<tail>(?:\s+(?:được\s+)?không)?(?:\s+(?:nhé|nha|ạ))?"
               r"\s*[.!?]*)")
# the water ("Nước máy ở đây uống được không?", "Ở đây có uống được nước máy không?", "Đừng uống nước máy.")
_WATER = r"(?i:nước)(?P<tap>\s+máy)?(?:\s+(?P<this>này)|\s+(?P<here>ở\s+đây))?"
_WATERS = [("asked", lazy(rf"{_WATER}\s+(?:có\s+)?uống\s+được\s+không{SOFTENER}\s*\?+")),
           ("safe", lazy(rf"{_WATER}\s+uống\s+được(?:\s+(?:đấy|nhé))?\s*[.!]*")),
           ("unsafe", lazy(rf"{_WATER}\s+không\s+uống\s+được(?:\s+(?:đâu|đấy|nhé))?\s*[.!]*")),
           ("here", lazy(rf"(?P<where>(?i:ở)\s+đây\s+|(?i:bạn|mình)\s+)?(?i:có)\s+(?:thể\s+)?uống\s+(?:được\s+)?"
                         rf"{_WATER}(?:\s+được)?\s+không{SOFTENER}\s*\?+")),
           ("dont", lazy(rf"(?i:đừng)\s+uống\s+{_WATER}(?:\s+(?:nhé|nha))?\s*[.!]*")),
           ("shouldnt", lazy(rf"(?i:không\s+nên)\s+uống\s+{_WATER}(?:\s+(?:nhé|nha))?\s*[.!]*"))]

# ... and in English ("without sugar", "with a lot of milk", "less ice", "just a little sugar")
_OWNER = r"(?P<owner>(?i:my|your|his|her|our|their))"
_DRINK_EN = rf"(?P<drink>(?i:{alternatives(DRINKS_VI)}))"
_PART_EN = lazy(r"(?i:(?P<no>no|without|with\s+no)|(?P<less>less|with\s+less)|(?P<little>(?:with\s+)?(?:just\s+|"
                r"only\s+)?a\s+little)|(?P<extra>extra|with\s+extra|(?:with\s+)?(?:lots|a\s+lot)\s+of)|"
                r"(?P<with>with))\s+(?P<added>sugar|milk|ice)")
_SPEC_EN = re.sub(r"\(\?P<\w+>", "(?:", _PART_EN.pattern)
_SPECS_EN = rf"(?P<specs>{_SPEC_EN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SPEC_EN})?)"
_AND_EN = lazy(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<often>usually|always))?(?:\s+{_NOT_EN})?\s+"
                 rf"(?P<verb>takes?|drinks?|have|has)\s+{_OWNER}\s+{_DRINK_EN}\s*,?\s+(?:{_SPECS_EN}|"
                 r"(?P<black>black))\s*(?P<end>[.!?]*)")
_TAKES_EN = lazy(rf"(?:(?P<do>Do|Does|Would)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?\s+(?P<verb>takes?|wants?|like)\s+"
                 rf"(?:some\s+)?(?P<added>sugar|milk|ice)(?:\s+(?:in|with)\s+{_OWNER}\s+{_DRINK_EN})?"
                 r"\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<often>usually\s+)?(?:take|like|have|drink)\s+{_OWNER}\s+"
               rf"{_DRINK_EN}\s*\?+")
_ASKED_FOR_EN = lazy(rf"(?P<just>Just\s+)?{_SPECS_EN}(?P<please>,?\s+please)?\s*[.!]*")
_SERVED_EN = lazy(rf"(?P<head>[^,]+?)(?:\s*,\s*|\s+){_SPECS_EN}(?P<tail>,?\s+please\s*[.!]*|\s*[.!?]*)")
_WATER_EN = r"(?:(?P<this>(?i:this))|(?i:the))\s+(?P<tap>tap\s+)?water(?P<here>\s+here)?"
_WATERS_EN = [("asked", lazy(rf"Is\s+{_WATER_EN}\s+safe\s+to\s+drink\s*\?+")),
              ("asked", lazy(rf"Is\s+it\s+safe\s+to\s+drink\s+{_WATER_EN}\s*\?+")),
              ("asked", lazy(rf"(?:Can|Could)\s+(?:you|I|we)\s+drink\s+{_WATER_EN}\s*\?+")),
              ("safe", lazy(rf"{_WATER_EN}\s+is\s+safe\s+to\s+drink\s*[.!]*")),
              ("safe", lazy(rf"You\s+can\s+drink\s+{_WATER_EN}\s*[.!]*")),
              ("unsafe", lazy(rf"{_WATER_EN}\s+(?:isn['’]t|is\s+not)\s+safe\s+to\s+drink\s*[.!]*")),
              ("unsafe", lazy(rf"You\s+(?:can['’]t|cannot)\s+drink\s+{_WATER_EN}\s*[.!]*")),
              ("dont", lazy(rf"(?:Don['’]t|Do\s+not)\s+drink\s+{_WATER_EN}\s*[.!]*")),
              ("shouldnt", lazy(rf"You\s+(?:shouldn['’]t|should\s+not)\s+drink\s+{_WATER_EN}\s*[.!]*"))]


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how someone takes a drink, asks for sugar, milk or ice in one,
    or says or asks whether the water is safe to drink; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _habit(text) or _how(text) or _takes(text) or _asked_for(text) or _served(text) or _water(text)
    return (_habit_vi(text) or _takes_vi(text) or _how_vi(text) or _asked_for_vi(text) or _served_vi(text) or
            _water_vi(text))


def _specs(said: str) -> list[tuple[str, str]] | None:
    """How much of what a match of _SPECS says, in English: "không đường, ít đá" as [("no", "sugar"), ("less",
    "ice")]; None where one thing is said twice ("không đường, ít đường")."""
    specs = [(_AMOUNTS[keyed(a)], ADDED[keyed(x)]) for a, x in _SPEC_PART.findall(said)]
    return specs if len({x for _, x in specs}) == len(specs) else None


def _listed(specs: list[tuple[str, str]]) -> list[str]:
    """The specs as an order says them: "no sugar", "less ice", "extra ice", "with milk"."""
    return [f"{amount} {added}" for amount, added in specs]


def _does(who_: str, m: re.Match) -> tuple[str, bool] | None:
    """Whose drink it is, after who in English ("my", "her" for "mẹ tôi"), and whether who takes "does"; None for one
    whose English says neither ("Lan", "bạn tôi")."""
    whose = whose_own(m, who_)
    return (whose, be(who_) == "is") if whose else None


def _habit(text: str) -> str | None:
    """"Tôi uống trà không đường." as "I drink my tea without sugar.", "Bạn uống cà phê có đường không?" as "Do you
    take sugar in your coffee?", "Mẹ tôi uống cà phê nhiều sữa." as "My mother drinks her coffee with a lot of milk."
    (_HABIT_RE); None for anything else, and for "không uống" but not "có" ("không uống trà không đường"?)."""
    m = _HABIT_RE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    specs, said = _specs(m["specs"]), who(m, asked)
    does = said and _does(said[0], m)
    if not specs or not does:
        return None
    (who_, _), (whose, one) = said, does
    drink, often = DRINKS[keyed(m["drink"])], f"{_OFTEN[m['often']]} " if m["often"] else ""
    added = specs[0][1] if len(specs) == 1 and keyed(m["specs"]).startswith("có") else None  # ("với sữa": drinks)
    how = " and ".join(_HABIT[amount].format(x) for amount, x in specs)
    if asked:
        rest = f"take {added} in {whose} {drink}" if added else f"take {whose} {drink} {how}"
        return f"{'Does' if one else 'Do'} {who_} {often}{rest}?"
    if m["not"]:
        return added and capitalised(f"{who_} {often}{'doesn' if one else 'don'}'t take {added} in {whose} {drink}.")
    if added:
        return capitalised(f"{who_} {often}take{'s' * one} {added} in {whose} {drink}.")
    return capitalised(f"{who_} {often}drink{'s' * one} {whose} {drink} {how}.")


def _how(text: str) -> str | None:
    """"Bạn uống cà phê thế nào?" as "How do you take your coffee?" (_HOW); None for anything else, for "I" and "we",
    and for a drink not a coffee or a tea."""
    m = _HOW.fullmatch(text)
    said = m and who(m, True)
    does = said and _does(said[0], m)
    drink = m and DRINKS[keyed(m["drink"])]
    if not does or said[0] in ("I", "we") or not drink.endswith(("coffee", "tea")):
        return None
    return f"How {'does' if does[1] else 'do'} {said[0]} {'usually ' * bool(m['often'])}take {does[0]} {drink}?"


def _takes(text: str) -> str | None:
    """"Bạn có dùng đường không?" as "Do you take sugar?", "Tôi không dùng đường." as "I don't take sugar.", "Bạn có
    muốn cho đá không?" as "Do you want ice?" (_TAKES); None for anything else, for "muốn đá" (to kick?), and for
    "dùng" said but not denied."""
    m = _TAKES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or (
            not asked and (m["want"] or not m["not"])) or m["want"] and keyed(m["added"]) == "đá" and not m["put"]:
        return None
    said = who(m, asked)
    does = said and (_does(said[0], m) if m["drink"] else ("", be(said[0]) == "is"))
    if not does or asked and said[0] in ("I", "we"):
        return None
    (who_, _), (whose, one) = said, does
    inside = f" in {whose} {DRINKS[keyed(m['drink'])]}" if m["drink"] else ""
    rest = f"{ADDED[keyed(m['added'])]}{inside}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {'want' if m['want'] else 'take'} {rest}?"
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t take {rest}.")


def _asked_for(text: str) -> str | None:
    """"Cho tôi ít đá thôi." as "Just a little ice, please.", "Cho tôi ít đường." as "A little sugar, please.",
    "Không đường, không đá nhé." as "No sugar, no ice, please.", "Đừng cho đường nhé." as "No sugar, please."
    (_ASKED_FOR, _NOT_PUT); None for anything else, and for "có" or "nhiều" said alone ("Có đường.": there is)."""
    if m := _NOT_PUT.fullmatch(text):
        return f"No {ADDED[keyed(m['added'])]}, please."
    m = _ASKED_FOR.fullmatch(text)
    specs = m and _specs(m["specs"])
    if not specs or m["give"] and any(a == "with" for a, _ in specs) or not (
            m["give"] or m["only"] or m["please"] or all(a in ("no", "less") for a, _ in specs)):
        return None
    little = len(specs) == 1 and specs[0][0] == "less"
    if m["only"] or m["give"] and little:
        return f"{'Just a' if m['only'] else 'A'} little {specs[0][1]}, please." if little else None
    return capitalised(f"{', '.join(_listed(specs))}, please.")


def _served(text: str) -> str | None:
    """"Cho tôi một ly trà đá ít đường." as "A cup of iced tea with less sugar, please.", "Cà phê đen, không đường."
    as "Black coffee, no sugar." (_SERVED: a serving mt/orders.py reads, or a drink of DRINKS alone); None for
    anything else, for several servings (whose sugar?), and for "có" after a drink alone ("Trà có đường.": has)."""
    m = _SERVED.fullmatch(text)
    specs = m and " và " not in m["head"] and _specs(m["specs"])
    if not specs:
        return None
    if not re.search(_DRINK, m["head"]):
        return None  # (a bowl of pho "ít đá": sugar and ice go with drinks)
    if said := orders.translate(f"{m['head']}{m['tail']}", "vi", "en"):
        listed = [x.removeprefix("with ") for x in _listed(specs)]
        return re.sub(r"(,\s+please)?([.!?]+)$", rf" with {' and '.join(listed)}\1\2", said, count=1)
    if not re.fullmatch(_DRINK, m["head"]) or re.search(r"[^\s.!]", m["tail"]) or any(
            keyed(a) == "có" for a, _ in _SPEC_PART.findall(m["specs"])):
        return None
    listed = "".join(f" {x}" if x.startswith("with ") else f", {x}" for x in _listed(specs))
    return capitalised(f"{DRINKS[keyed(m['head'])]}{listed}.")


def _water(text: str) -> str | None:
    """"Nước máy ở đây uống được không?" as "Can you drink the tap water here?", "Nước ở đây uống được không?" as "Is
    the water here safe to drink?", "Đừng uống nước máy." as "Don't drink the tap water." (_WATERS); None for
    anything else, and for water not tap water, this water or the water here."""
    kind, m = next(((kind, m) for kind, p in _WATERS if (m := p.fullmatch(text))), (None, None))
    here = m and (m["here"] or kind == "here" and m["where"] and "đây" in m["where"])
    if not m or not (m["tap"] or m["this"] or here) or kind == "here" and not here or m["this"] and m["tap"]:
        return None
    water = f"{'this' if m['this'] else 'the'}{' tap' * bool(m['tap'])} water{' here' * bool(here)}"
    if kind in ("asked", "here"):
        return f"Can you drink {water}?" if m["tap"] else f"Is {water} safe to drink?"
    if kind in ("safe", "unsafe"):
        if m["tap"]:
            return f"You {'can' if kind == 'safe' else _CANT} drink {water}."
        return capitalised(f"{water} {'is' if kind == 'safe' else _ISNT} safe to drink.")
    return f"Don't drink {water}." if kind == "dont" else f"You shouldn't drink {water}."


def _specs_vi(said: str) -> tuple[list[str], bool] | None:
    """What a match of _SPECS_EN says, in Vietnamese ("no sugar, less ice" as ["không đường", "ít đá"]), and whether
    it was "a little"; None where one thing is said twice."""
    parts = [_PART_EN.fullmatch(p) for p in _AND_EN.split(said)]
    if None in parts or len({p["added"].lower() for p in parts}) != len(parts):
        return None
    kinds = [next(k for k in ("no", "less", "little", "extra", "with") if p[k]) for p in parts]
    return [f"{_AMOUNTS_VI[k]} {ADDED_VI[p['added'].lower()]}" for k, p in zip(kinds, parts)], "little" in kinds


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether "do", "don't" and the verb of a match of _HABIT_EN, _TAKES_EN agree with who (`one`: "he", "my
    mother"): "Does she take", "I don't take", "She takes"; not "Does she takes", "I takes"."""
    do, no, verb = (m["do"] or "").lower(), (m["not"] or "").lower(), m["verb"].lower()
    plain = verb in ("take", "drink", "have", "want", "like")
    if do or no:
        return plain and (do in ("", "would") or (do == "does") == one) and (not no or no.startswith("does") == one)
    return plain != one and verb != "like"


def _habit_vi(text: str) -> str | None:
    """"I drink my tea without sugar." as "Tôi uống trà không đường.", "She takes her coffee with a lot of milk." as
    "Cô ấy uống cà phê nhiều sữa.", "I take my coffee black." as "Tôi uống cà phê đen.", "Do you take your tea with
    milk?" as "Bạn có uống trà với sữa không?" (_HABIT_EN); None for anything else, "black" of a drink not coffee,
    "don't", whose not who's ("I take his coffee"), and where the verb does not agree."""
    m = _HABIT_EN.fullmatch(text)
    if not m or m["not"] or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["often"]:
        return None
    who_, one = who_vi(m)
    specs = m["specs"] and _specs_vi(m["specs"])
    drink = DRINKS_VI[m["drink"].lower()]
    if not _agrees(m, one) or own_thing(m, who_, one) is not True or m["black"] and drink != "cà phê" or (
            m["specs"] and not specs):
        return None
    how = f"{drink} đen" if m["black"] else f"{drink} {', '.join(specs[0])}".replace(" có ", " với ")
    if m["do"]:
        return capitalised(f"{who_} có uống {how} không?")
    often = f"{_OFTEN_VI[m['often'].lower()]} " if m["often"] else ""
    return capitalised(f"{who_} {often}uống {how}.")


def _takes_vi(text: str) -> str | None:
    """"Do you take sugar?" as "Bạn có dùng đường không?", "Do you take sugar in your coffee?" as "Bạn uống cà phê có
    đường không?", "She doesn't take sugar." as "Cô ấy không dùng đường.", "Would you like ice?" as "Bạn có muốn cho
    đá không?" (_TAKES_EN); None for anything else, for "Do you want milk?" (a drink: mt/hosting.py's), "I take
    sugar." alone, and where the verb does not agree."""
    m = _TAKES_EN.fullmatch(text)
    asked, do = "?" in (m["end"] if m else ""), (m["do"] or "").lower() if m else ""
    if not m or bool(do) != asked or m["not"] and asked or (do == "would") != (m["verb"].lower() == "like"):
        return None
    who_, one = who_vi(m)
    added, drink = ADDED_VI[m["added"].lower()], m["drink"] and DRINKS_VI[m["drink"].lower()]
    want = not m["verb"].lower().startswith("take")
    if not _agrees(m, one) or m["drink"] and own_thing(m, who_, one) is not True or asked and who_ in (
            "tôi", "chúng tôi") or want and (not asked or added == "sữa" and not drink):
        return None
    if want:
        return capitalised(f"{who_} có muốn cho {added}{f' vào {drink}' if drink else ''} không?")
    if drink:
        said = f"có {added} không?" if asked else f"không {added}." if m["not"] else f"có {added}."
        return capitalised(f"{who_} uống {drink} {said}")
    return asked and capitalised(f"{who_} có dùng {added} không?") or m["not"] and capitalised(
        f"{who_} không dùng {added}.") or None


def _how_vi(text: str) -> str | None:
    """"How do you take your coffee?" as "Bạn uống cà phê thế nào?", "How does your mother take her tea?" as "Mẹ bạn
    uống trà thế nào?" (_HOW_EN); None for anything else, "I" and "we", and a drink not a coffee or a tea."""
    m = _HOW_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    drink = DRINKS_VI[m["drink"].lower()]
    if (m["do"] == "does") != one or who_ in ("tôi", "chúng tôi") or own_thing(m, who_, one) is not True or not (
            DRINKS[drink].endswith(("coffee", "tea"))):
        return None
    return capitalised(f"{who_} {'thường ' * bool(m['often'])}uống {drink} thế nào?")


def _asked_for_vi(text: str) -> str | None:
    """"No sugar, please." as "Không đường nhé.", "No sugar, less ice, please." as "Không đường, ít đá nhé.", "Just a
    little ice, please." as "Cho tôi ít đá thôi.", "A little sugar, please." as "Cho tôi ít đường." (_ASKED_FOR_EN);
    None for anything else, and for one without "please" but "no"."""
    m = _ASKED_FOR_EN.fullmatch(text)
    said = m and _specs_vi(m["specs"])
    if not said or not m["please"] and (m["just"] or not all(s.startswith("không") for s in said[0])):
        return None
    specs, little = said
    if little or m["just"]:
        return len(specs) == 1 and little and f"Cho tôi {specs[0]}{' thôi' * bool(m['just'])}." or None
    return capitalised(f"{', '.join(specs)} nhé.")


def _served_vi(text: str) -> str | None:
    """"An iced tea with less sugar, please." as "Cho tôi một ly trà đá ít đường.", "Can I have a black coffee with no
    sugar?" as "Cho tôi một ly cà phê đen không đường được không?", "Iced tea, no sugar, please." as "Cho tôi trà đá
    không đường." (_SERVED_EN: a serving mt/orders.py reads, or a drink of DRINKS alone); None for anything else,
    several servings, and "with" after a drink alone without "please" ("Coffee with milk.")."""
    m = _SERVED_EN.fullmatch(text)
    said = m and " and " not in m["head"] and _specs_vi(m["specs"])
    if not said:
        return None
    specs = ", ".join(said[0])
    if not re.search(_DRINK_EN, m["head"]):
        return None  # ("Two bowls of pho with no ice")
    if done := orders.translate(f"{m['head']}{m['tail']}", "en", "vi"):
        return re.sub(r"((?:\s+được\s+không)?[.!?]+)$", rf" {specs}\1", done, count=1)
    drink = re.fullmatch(_DRINK_EN, m["head"])
    please = "please" in m["tail"]
    if not drink or "?" in m["tail"] or not please and specs.startswith("có"):
        return None
    return capitalised(f"{'Cho tôi ' * please}{DRINKS_VI[m['head'].lower()]} {specs}.")


def _water_vi(text: str) -> str | None:
    """"Can you drink the tap water here?" as "Nước máy ở đây có uống được không?", "Is this water safe to drink?" as
    "Nước này có uống được không?", "Don't drink the tap water." as "Đừng uống nước máy." (_WATERS_EN); None for
    anything else, and for "the water" alone (the phrase list's "Is the water safe to drink?")."""
    kind, m = next(((kind, m) for kind, p in _WATERS_EN if (m := p.fullmatch(text))), (None, None))
    if not m or not (m["tap"] or m["this"] or m["here"]) or m["this"] and m["here"]:
        return None
    water = f"nước{' máy' * bool(m['tap'])}{' này' * bool(m['this'])}{' ở đây' * bool(m['here'])}"
    said = {"asked": f"{water} có uống được không?", "safe": f"{water} uống được.",
            "unsafe": f"{water} không uống được.", "dont": f"Đừng uống {water}.",
            "shouldnt": f"Không nên uống {water}."}[kind]
    return capitalised(said)
