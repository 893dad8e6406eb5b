"""Cooking, said at the stove, both ways, written whole by rule: add a little salt, cook it for another ten minutes,
stir it, boil the water, turn the heat down, chop the onions, taste it, the chicken isn't cooked yet, is the water
boiling. v8 (every rule on) reads "chín" as nine, "hành" as action, "lửa" as fire: "Cho thêm chút muối vào." → "Give
some salt into.", "Nấu thêm mười phút nữa." → "Fif more minutes.", "Luộc trứng mười phút." → "The egg ten
minutes.", "Khuấy đều." → "Stress.", "Đun sôi nước." → "Describ water.", "Vặn nhỏ lửa." → "The flame is small.",
"Thái hành." → "The activation.", "Rửa rau." → "Wash the rau.", "Gà chín chưa?" → "Are you nine?", "Nếm thử đi." →
"The trial."; "Cook it for another ten minutes." → "Cook trong vòng 10 phút nữa.", "Boil the eggs for ten minutes."
→ "Hãy đánh trứng trong vòng 10 phút." (beat), "Stir it." → "Làm cho nó căng thẳng.", "Boil the water." → "Món
nước.", "Chop the onions." → "Hãy kiên trì hành nhé.", "Peel the potatoes." → "Để ăn khoai tây.", "Is the rice done?"
→ "Gạo có thực hiện không?", "Taste the soup." → "Hãy đánh giá cái ghế.".

Taken: adding (FOODS: seasonings of mt.tastes, things of mt.supplies, mt.patterns, mt.allergies; "Cho thêm chút muối
vào.", "vào" said) and not too much ("Đừng cho nhiều muối quá."); cooking, boiling, frying for a span (mt.spans: "mười
phút", "một tiếng"), or for another ("thêm … nữa"); stirring; boiling water; the heat or the stove turned down, up, off
or on; chopping, washing, peeling, frying, boiling an ingredient; tasting it or a dish (mt.tastes.DISHES); a food
cooked or not yet, water boiling, said or asked ("chưa"). Commands only, with "đi", "nhé" … or not; someone addressed
("Con thái hành đi.") only with one of those. Left: "Nó chín chưa?", "Chưa chín." (ripe?), "Nước sôi." (boiling
water), "cơm" cooked or not (mt/mealtimes.py), "Thịt chưa chín." (the phrase list's), "Cho thêm muối." without "vào" (a
waiter asked?), "the heat" in English (the heating?), "Is it done?" (a task?), who is cooking (mt/chores.py,
mt/mealtimes.py), tastes (mt/tastes.py), and anything else.
mt.phrasebook.translate tries these after mt/tech_trouble.py.

    >>> translate("Cho thêm chút muối vào.", "vi", "en"), translate("Cook it for another ten minutes.", "en", "vi")
    ('Add a little salt.', 'Nấu thêm mười phút nữa.')
"""
from __future__ import annotations

import re

from . import spans
from .allergies import ALLERGENS
from .ever import YOU
from .lazy_re import lazy
from .patterns import BY_THE_KILO, SERVED
from .rule_keys import key_checked
from .supplies import STOCK
from .tastes import DISHES, DISHES_VI, SEASONINGS
from .text import SOFTENED_END, alternatives, capitalised, keyed

# what goes into the pot (the first Vietnamese of each is written back); what is only added, what is many
FOODS = SEASONINGS | {vi: en for vi, en in SERVED.items() if en == "water"} | {
    vi: en for vi, en in (ALLERGENS | STOCK | BY_THE_KILO).items() if en in (
        "cooking oil", "eggs", "meat", "fish", "vegetables", "potatoes", "tomatoes", "beef", "pork", "chicken",
        "prawns", "onions", "garlic")} | {"hành tây": "onions", "gà": "chicken", "gừng": "ginger", "cà rốt": "carrots"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {
    "oil": "dầu ăn", "shrimp": "tôm", "chilli": "ớt", "egg": "trứng", "onion": "hành", "potato": "khoai tây",
    "tomato": "cà chua", "carrot": "cà rốt", "prawn": "tôm", "rice": "cơm"}
_ADDED_ONLY = set(SEASONINGS.values()) | {"water", "cooking oil"}
_MANY = {"eggs", "onions", "potatoes", "tomatoes", "carrots", "prawns", "vegetables"}
_COOKED = {"meat", "fish", "vegetables", "potatoes", "beef", "pork", "chicken", "prawns", "eggs", "carrots", "rice"}
# what is done to an ingredient, in English; back, in Vietnamese ("băm" of what is minced, "bóc" of what has skin)
_PREP = {"thái": "chop", "cắt": "chop", "xắt": "chop", "băm": "chop", "rửa": "wash", "gọt": "peel", "gọt vỏ": "peel",
         "bóc vỏ": "peel", "lột vỏ": "peel", "rán": "fry", "chiên": "fry", "luộc": "boil"}
_PREP_VI = {"chop": "thái", "dice": "thái", "cut up": "thái", "mince": "băm", "wash": "rửa", "rinse": "rửa",
            "peel": "gọt vỏ", "fry": "rán", "boil": "luộc", "crack": "đập"}
_MINCED, _SKINNED = {"garlic", "ginger", "chili"}, {"onions", "garlic", "prawns", "eggs"}
# a span cooked: by verb ("đun" with nothing after it), in English; back, in Vietnamese
_FOR = {"nấu": "cook", "đun": "cook", "luộc": "boil", "rán": "fry", "chiên": "fry"}
_FOR_VI = {"cook": "nấu", "boil": "luộc", "fry": "rán", "simmer": "đun nhỏ lửa"}
_TIMES = {"minute", "hour"}
# the heat turned down or up (by the words around "lửa"), off or on
_DOWN, _UP = {"nhỏ", "bé", "hạ", "giảm", "bớt", "xuống"}, {"to", "lớn", "tăng", "lên"}
_KEYS = {"vi": lazy(r"(?i:vào|nấu|đun|luộc|rán|chiên|khuấy|sôi|lửa|bếp|thái|cắt|xắt|băm|rửa|gọt|vỏ|nếm|chín|"
                    r"đừng)"),
         "en": lazy(r"(?i:add|cook|boil|fry|simmer|stir|stove|hob|burner|gas|flame|chop|dice|cut|mince|wash|"
                    r"rinse|peel|crack|taste|done)")}
# (the phrase list's, which answers first)
_LISTED = lazy(r"(?i:thịt\s+chưa\s+chín)\s*[.!]*")

# someone addressed first ("Con thái hành đi."), and the end: a particle of a command or none
_TO = rf"(?:(?P<you>(?i:{YOU}|con))\s+)?"
_END = r"(?:\s+(?P<p>đi|nhé|nha|nào|đi\s+nhé|đi\s+nha|xem|xem\s+nào))?\s*(?P<end>[.!]*)"
_FOOD = rf"(?P<food>(?i:{alternatives(FOODS)}))"
_ADD = lazy(rf"{_TO}(?:(?i:cho|bỏ)(?P<more>\s+thêm)?|(?P<more2>(?i:thêm)))\s+"
            rf"(?P<bit>(?:một\s+)?(?:chút|ít|tí)\s+)?{_FOOD}\s+vào(?:\s+(?:nồi|chảo))?{_END}")
_DONT = lazy(rf"{_TO}(?i:đừng)\s+(?:cho|bỏ)\s+(?:quá\s+)?nhiều\s+{_FOOD}(?:\s+quá)?(?:\s+vào)?{_END}")
_SPAN = lazy(rf"{_TO}(?P<verb>(?i:{alternatives(_FOR)}))(?:\s+{_FOOD})?(?:\s+(?P<more>thêm)|\s+trong)?"
             rf"(?:\s+(?P<about>khoảng|tầm))?\s+{spans.VI}(?:\s+(?P<again>nữa))?{_END}")
_STIR = lazy(rf"{_TO}(?i:khuấy)(?P<well>\s+đều)?(?:\s+(?:lên|tay))?{_END}")
_WATER = lazy(rf"{_TO}(?i:đun)(?P<boil>\s+sôi)?\s+(?:(?:một\s+)?ít\s+)?nước(?P<boil2>\s+sôi)?(?:\s+lên)?{_END}")
_HEAT = lazy(rf"{_TO}(?P<verb>(?i:vặn|chỉnh|hạ|giảm|bớt|tăng|để))(?:\s+(?P<pre>nhỏ|bé|to|lớn))?\s+(?:lửa|bếp)"
             rf"(?:\s+(?P<post>nhỏ|bé|to|lớn))?(?:\s+(?P<way>lại|xuống|lên))?{_END}")
_SWITCH = lazy(rf"{_TO}(?P<sw>(?i:tắt|bật))\s+(?:bếp(?:\s+ga)?|lửa)(?:\s+lên)?{_END}")
_PREPPED = lazy(rf"{_TO}(?P<verb>(?i:{alternatives(_PREP)}))(?P<fine>\s+nhỏ)?\s+{_FOOD}(?P<fine2>\s+nhỏ)?{_END}")
_TASTE = lazy(rf"{_TO}(?i:nếm)(?P<try>\s+thử)?(?:\s+(?P<dish>(?i:{alternatives(DISHES)})))?{_END}")
_STATE = lazy(rf"(?P<food>(?i:{alternatives(FOODS)}))\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+|(?P<now>đang)\s+)?"
              rf"(?P<state>chín|sôi)(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")

# ... and in English ("Please …", "…, please")
_PLEASE = r"(?:(?P<please>[Pp]lease)\s+)?"
_END_EN = r"(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)"
_FOOD_EN = rf"(?P<food>(?i:{alternatives(FOODS_VI)}))"
_ADD_EN = lazy(rf"{_PLEASE}(?i:add)\s+(?:(?P<bit>(?i:a\s+little|a\s+bit\s+of|a\s+pinch\s+of))\s+|"
               r"(?P<bitmore>(?i:a\s+little|a\s+bit))\s+more\s+|(?P<more>(?i:more|some\s+more))\s+|"
               rf"(?P<some>(?i:some))\s+|(?i:the)\s+)?{_FOOD_EN}(?:\s+to\s+(?:it|the\s+(?:pot|pan)))?{_END_EN}")
_DONT_EN = lazy(rf"(?:Don['’]t|Do\s+not)\s+add\s+too\s+(?P<q>much|many)\s+{_FOOD_EN}{_END_EN}")
_SPAN_EN = lazy(rf"{_PLEASE}(?P<verb>(?i:cook|boil|fry|simmer))(?:\s+(?:it|them|the\s+{_FOOD_EN}))?\s+for\s+"
                rf"(?:(?P<more>another)\s+|(?P<about>about|around)\s+)?{spans.EN}{_END_EN}")
_ANOTHER_EN = lazy(r"\b(?:(another)\s+(minute|hour)\b|(?<=for\s)(\S+(?:\s+few)?)\s+more\s+(minutes|hours)\b)")
_STIR_EN = lazy(rf"{_PLEASE}(?i:stir)(?:\s+(?:it|them))?(?P<well>\s+well)?{_END_EN}")
_WATER_EN = lazy(rf"{_PLEASE}(?i:boil)\s+(?:the|some)\s+water{_END_EN}")
_STOVE = r"(?:the\s+)?(?:stove|hob|burner|cooker)"
_HEAT_EN = lazy(rf"{_PLEASE}(?i:turn)\s+(?:(?P<way>down|up|off|on)\s+(?P<what>{_STOVE}|the\s+(?:gas|flame))|"
                rf"(?P<what2>{_STOVE}|the\s+(?:gas|flame))\s+(?P<way2>down|up|off|on)){_END_EN}")
_PREPPED_EN = lazy(rf"{_PLEASE}(?P<fine0>(?i:finely)\s+)?(?P<verb>(?i:{alternatives(_PREP_VI)}))\s+"
                   rf"(?:the|some)\s+{_FOOD_EN}(?P<fine>\s+finely)?{_END_EN}")
_TASTE_EN = lazy(rf"{_PLEASE}(?i:taste)\s+(?:(?P<it>it|this)|the\s+(?P<dish>(?i:{alternatives(DISHES_VI)})))"
                 rf"{_END_EN}")
_STATE_EN = lazy(r"(?:(?P<be0>Is|Are|Has)\s+(?:the\s+(?P<food0>[a-z ]+?)|(?P<it0>it))\s+(?P<state0>cooked|done|"
                 r"boiling|boiled)(?:\s+yet)?\s*\?+|(?:The\s+(?P<food>[a-z ]+?)|(?P<it>It))(?P<be>['’]s|\s+is|"
                 r"\s+are|['’]re|\s+has)(?P<not>\s+not|n['’]t)?(?:\s+already)?\s+(?P<state>cooked|done|boiling|"
                 r"boiled)(?:\s+(?P<yet>yet|now))?\s*(?P<end>[.!]*))")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a cooking command (add, cook for a span, stir, boil, the heat, chop, taste) or of a food
    said or asked cooked; None for any other sentence."""
    if src == "vi":
        return None if _LISTED.fullmatch(text) else _said_en(text) or _state(text)
    return _said_vi(text) or _state_vi(text)


def _said_en(text: str) -> str | None:
    """A command of the Vietnamese patterns in English: "Cho thêm chút muối vào." as "Add a little salt.", "Con thái
    hành đi." as "Chop the onions."; None for anything else, and for someone addressed with no particle after ("Con
    thái hành." may say what the child does)."""
    for pattern, said in ((_ADD, _added), (_DONT, _too_much), (_SPAN, _cooked_for), (_STIR, _stirred),
                          (_WATER, _water), (_HEAT, _heat), (_SWITCH, _switched), (_PREPPED, _prepped),
                          (_TASTE, _tasted)):
        m = pattern.fullmatch(text)
        if m and (m["p"] or not m["you"]) and (not (m["p"] or "").startswith("xem") or pattern is _TASTE):
            out = said(m)
            return out and f"{out}{'!' if '!' in m['end'] else '.'}"
    return None


def _food(m: re.Match) -> str:
    """The food of a match in English ("hành": "onions"), "" for none."""
    return FOODS[keyed(m["food"])] if m["food"] else ""


def _added(m: re.Match) -> str | None:
    """"Cho thêm chút muối vào" as "Add a little salt", "Cho thêm muối vào" as "Add more salt", "Cho hành vào" as "Add
    the onions"; None for a little of what is counted ("chút trứng")."""
    food = _food(m)
    if m["bit"]:
        return None if food in _MANY else f"Add a little {food}"
    return f"Add {'more' if m['more'] or m['more2'] else 'the'} {food}"


def _too_much(m: re.Match) -> str:
    """"Đừng cho nhiều muối quá" as "Don't add too much salt", "… too many eggs"."""
    food = _food(m)
    return f"Don't add too {'many' if food in _MANY else 'much'} {food}"


def _cooked_for(m: re.Match) -> str | None:
    """"Nấu thêm mười phút nữa" as "Cook it for another ten minutes", "Luộc trứng mười phút" as "Boil the eggs for ten
    minutes"; None for a span of days, "nữa" without "thêm", "thêm" with "khoảng", a seasoning cooked."""
    food, verb = _food(m), keyed(m["verb"])
    if m["unit"] and keyed(m["unit"]).split()[0] not in ("phút", "tiếng", "giờ") or m["again"] and not m["more"] or (
            m["more"] and m["about"]) or food in _ADDED_ONLY - {"water"} or verb == "đun" and food not in ("", "water"):
        return None
    span = spans.said(m, "en")
    if m["more"]:
        span = ("another half hour" if span == "half an hour" else f"a few more {span.split()[-1]}"
                if span.startswith("a few") else f"another {span.split(maxsplit=1)[1]}"
                if span.startswith(("a ", "an ")) else f"another {span}")
    said = "boil" if food == "water" else _FOR[verb]
    return f"{said.capitalize()} {f'the {food}' if food else 'it'} for {'about ' * bool(m['about'])}{span}"


def _stirred(m: re.Match) -> str | None:
    """"Khuấy đều" as "Stir it well", "Khuấy đi" as "Stir it"; None for "Khuấy." alone."""
    return "Stir it well" if m["well"] else "Stir it" if m["p"] else None


def _water(m: re.Match) -> str:
    """"Đun sôi nước" as "Boil the water", "Đun nước đi" as "Boil some water"."""
    return "Boil the water" if m["boil"] or m["boil2"] else "Boil some water"


def _heat(m: re.Match) -> str | None:
    """"Vặn nhỏ lửa" as "Turn the heat down", "Vặn lửa to lên" as "Turn the heat up", "Để lửa nhỏ" as "Keep the heat
    low"; None where the words do not say which way, or say both."""
    words = {keyed(w) for w in (m["verb"], m["pre"], m["post"], m["way"]) if w}
    down, up = bool(words & _DOWN), bool(words & _UP)
    if down == up or m["pre"] and m["post"]:
        return None
    if keyed(m["verb"]) == "để":
        return None if m["way"] or not (m["pre"] or m["post"]) else f"Keep the heat {'low' if down else 'high'}"
    return f"Turn the heat {'down' if down else 'up'}"


def _switched(m: re.Match) -> str:
    """"Tắt bếp" as "Turn off the stove", "Bật bếp lên" as "Turn on the stove"."""
    return f"Turn {'off' if keyed(m['sw']) == 'tắt' else 'on'} the stove"


def _prepped(m: re.Match) -> str | None:
    """"Thái hành" as "Chop the onions", "Băm nhỏ tỏi" as "Finely chop the garlic", "Gọt khoai tây" as "Peel the
    potatoes"; None for what is only added ("Rửa muối"), or "nhỏ" of what is not chopped, or said twice."""
    food, verb = _food(m), _PREP[keyed(m["verb"])]
    if food in _ADDED_ONLY or (m["fine"] or m["fine2"]) and (verb != "chop" or m["fine"] and m["fine2"]):
        return None
    return f"{'Finely chop' if m['fine'] or m['fine2'] else verb.capitalize()} the {food}"


def _tasted(m: re.Match) -> str | None:
    """"Nếm thử đi" as "Taste it", "Nếm thử canh xem" as "Taste the soup"; None without "thử" or a particle."""
    if not (m["try"] or m["p"]):
        return None
    return f"Taste the {DISHES[keyed(m['dish'])]}" if m["dish"] else "Taste it"


def _state(text: str) -> str | None:
    """"Gà chín chưa?" as "Is the chicken cooked yet?", "Khoai tây chưa chín." as "The potatoes aren't cooked yet.",
    "Nước sôi rồi." as "The water's boiling."; None for "chín" of what is not cooked, "sôi" of what is not water, and
    a state said with nothing that tells when ("Nước sôi.": boiling water)."""
    m = _STATE.fullmatch(text)
    if not m:
        return None
    food, state, yet = FOODS[keyed(m["food"])], keyed(m["state"]), keyed(m["yet"] or "")
    asked = yet == "chưa"
    if (state == "sôi") != (food == "water") or state == "chín" and food not in _COOKED or asked != (
            "?" in m["end"]) or m["not"] and yet or m["now"] and (state != "sôi" or yet) or m["did"] and not yet:
        return None
    if not (m["not"] or yet or m["now"]):
        return None
    many = food in _MANY
    done = "boiling" if state == "sôi" else "cooked"
    if asked:
        return f"{'Are' if many else 'Is'} the {food} {done} yet?"
    if m["not"]:
        return f"The {food} {'aren' if many else 'isn'}'t {done} yet."
    return f"The {food} {'are' if many else 'is'} {done}." if many else f"The {food}'s {done}."


def _said_vi(text: str) -> str | None:
    """A command of the English patterns in Vietnamese: "Add a little salt." as "Cho thêm chút muối vào.", "Chop the
    onions." as "Thái hành."; "Please" or ", please" as "nhé"; None for anything else."""
    text = _ANOTHER_EN.sub(lambda m: f"another {'an' if m[2] == 'hour' else 'a'} {m[2]}" if m[1] else
                           f"another {m[3]} {m[4]}", text)  # ("another hour", "10 more minutes": spans.EN's)
    for pattern, said in ((_ADD_EN, _added_vi), (_DONT_EN, _too_much_vi), (_SPAN_EN, _cooked_for_vi),
                          (_STIR_EN, _stirred_vi), (_WATER_EN, lambda m: "Đun sôi nước"), (_HEAT_EN, _heat_vi),
                          (_PREPPED_EN, _prepped_vi), (_TASTE_EN, _tasted_vi)):
        m = pattern.fullmatch(text)
        if m:
            out = said(m)
            if not out or not (m.groupdict().get("please") or m["please2"]):
                return out and f"{out}{'!' if '!' in m['end'] else '.'}"
            return f"{out.removesuffix(' đi')} nhé{'!' if '!' in m['end'] else '.'}"
    return None


def _food_vi(m: re.Match) -> tuple[str, str]:
    """The food of a match in Vietnamese and in English as FOODS says it: ("hành", "onions") for "onion"."""
    vi = FOODS_VI[keyed(m["food"])]
    return vi, FOODS.get(vi, "rice")


def _added_vi(m: re.Match) -> str | None:
    """"Add a little salt" as "Cho thêm chút muối vào", "Add a little more salt" as "Cho thêm chút muối nữa", "Add
    more salt" as "Cho thêm muối vào", "Add the onions" as "Cho hành vào"; None for a little of what is counted, and
    for rice ("cơm" is cooked, not added)."""
    vi, en = _food_vi(m)
    if en == "rice" or (m["bit"] or m["bitmore"] or m["some"]) and en in _MANY:
        return None
    if m["bitmore"]:
        return f"Cho thêm chút {vi} nữa"
    bit = "thêm chút " if m["bit"] else "thêm " if m["more"] else "ít " if m["some"] else ""
    return f"Cho {bit}{vi} vào"


def _too_much_vi(m: re.Match) -> str | None:
    """"Don't add too much salt" as "Đừng cho nhiều muối quá"; None where "much" or "many" does not go with it."""
    vi, en = _food_vi(m)
    return f"Đừng cho nhiều {vi} quá" if (m["q"] == "many") == (en in _MANY) and en != "rice" else None


def _cooked_for_vi(m: re.Match) -> str | None:
    """"Cook it for another ten minutes" as "Nấu thêm mười phút nữa", "Boil the eggs for ten minutes" as "Luộc trứng
    trong mười phút", "Simmer for about an hour" as "Đun nhỏ lửa khoảng một tiếng"; None for a span of days, or what
    is not cooked so."""
    verb = m["verb"].lower()
    vi, en = _food_vi(m) if m["food"] else ("", "")
    if keyed(m["unit"] or "minute").rstrip("s") not in _TIMES or en and (verb == "simmer" or en in _ADDED_ONLY and (
            verb, en) != ("boil", "water")) or en == "rice":
        return None
    said = "đun sôi nước" if en == "water" else "đun sôi" if verb == "boil" and not en else " ".join(
        w for w in (_FOR_VI[verb], vi) if w)
    span = spans.said(m, "vi")
    how = f" thêm {span} nữa" if m["more"] else f" khoảng {span}" if m["about"] else f" trong {span}"
    return capitalised(f"{said}{how}")


def _stirred_vi(m: re.Match) -> str:
    """"Stir it well" as "Khuấy đều lên", "Stir it" as "Khuấy đi"."""
    return "Khuấy đều lên" if m["well"] else "Khuấy đi"


def _heat_vi(m: re.Match) -> str | None:
    """"Turn the stove down" as "Vặn nhỏ lửa", "Turn off the stove" as "Tắt bếp"; None for the gas or the flame off
    or on (the mains?)."""
    way, what = (m["way"] or m["way2"]).lower(), keyed(m["what"] or m["what2"])
    if way in ("down", "up"):
        return f"Vặn {'nhỏ' if way == 'down' else 'to'} lửa"
    return None if what.endswith(("gas", "flame")) else f"{'Tắt' if way == 'off' else 'Bật'} bếp"


def _prepped_vi(m: re.Match) -> str | None:
    """"Chop the onions" as "Thái hành", "Chop the garlic" as "Băm tỏi", "Peel the potatoes" as "Gọt vỏ khoai tây",
    "Peel the eggs" as "Bóc vỏ trứng"; None for what is only added, an egg cracked or not, "finely" of what is not
    chopped."""
    vi, en = _food_vi(m)
    verb = keyed(m["verb"])
    said = _PREP_VI[verb]
    fine = m["fine0"] or m["fine"]
    if en in _ADDED_ONLY or en == "rice" or verb == "crack" and en != "eggs" or fine and (
            said not in ("thái", "băm") or m["fine0"] and m["fine"]):
        return None
    if said == "thái" and en in _MINCED:
        said = "băm"
    if said == "gọt vỏ" and en in _SKINNED:
        said = "bóc vỏ"
    return f"{said.capitalize()}{' nhỏ' * bool(fine)} {vi}"


def _tasted_vi(m: re.Match) -> str:
    """"Taste it" as "Nếm thử đi", "Taste this" as "Nếm thử cái này đi", "Taste the soup" as "Nếm thử canh đi"."""
    if m["dish"]:
        return f"Nếm thử {DISHES_VI[keyed(m['dish'])]} đi"
    return "Nếm thử cái này đi" if m["it"].lower() == "this" else "Nếm thử đi"


def _state_vi(text: str) -> str | None:
    """"Is the chicken cooked yet?" as "Thịt gà chín chưa?", "Is the rice done?" as "Cơm chín chưa?", "The potatoes
    aren't cooked yet." as "Khoai tây chưa chín.", "The water's boiling." as "Nước sôi rồi.", "It's not cooked yet."
    as "Nó chưa chín."; None where "is", "are", "has" does not go with the food or the word after it, for "done" of
    "it" (a task?), and for anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m:
        return None
    asked = bool(m["be0"])
    food, it, state = (m["food0"], m["it0"], m["state0"]) if asked else (m["food"], m["it"], m["state"])
    be = keyed((m["be0"] or m["be"]).replace("’", "'"))
    vi = "nó" if it else FOODS_VI.get(keyed(food))
    en = "it" if it else vi and FOODS.get(vi, "rice")
    if not vi or (en == "water") != state.startswith("boil") or en not in _COOKED | {"water", "it"} or (
            it and state != "cooked") or m["yet"] == "now" and (m["not"] or state != "boiling") or (
            m["yet"] == "yet" and not m["not"]):
        return None
    many = keyed(food or "") in _MANY
    if (be == "has") != (state == "boiled") or (be in ("are", "'re")) != many or state == "boiled" and m["not"]:
        return None
    said = "sôi" if en == "water" else "chín"
    if asked:
        return capitalised(f"{vi} {said} chưa?")
    return capitalised(f"{vi} chưa {said}." if m["not"] else f"{vi} {said} rồi.")
