"""Whether fruit is ripe and food is fresh, at the market or at home, both ways, written whole by rule: is this mango
ripe, the bananas are still green, the avocado isn't ripe yet or is overripe, is the fish fresh, these vegetables
are very fresh, the meat doesn't look fresh. v8 (every rule on) reads "chín" as nine and loses the food: "Quả xoài
này chín chưa?" → "Do you have nine?", "Chuối còn xanh." → "The darkness is also green.", "Quả bơ này chưa chín." →
"This pump is not nine.", "Chuối này chín quá rồi." → "This is ninety-fourth.", "Cá này có tươi không?" → "Is it
fresh?", "Rau này tươi lắm." → "It's very good.", "Thịt này trông không tươi." → "This market looks fresh."; "Is
this mango ripe?" → "Điều này có phải là nguyên nhân không?", "The bananas are still green." → "Chứng cấm vẫn có màu
xanh.", "Is the fish fresh?" → "Con cá mới có không?", "The avocado is overripe." → "Tiếng A-vo-ca-do bị đè nặng.",
"Are these prawns fresh?" → "Có phải những con bò này mới không?".

Taken: a fruit of RIPENS (mt.patterns' sold by the kilo, and papaya, avocado …; bare, "này" this or these, "quả"
or "trái" one, "mấy", "những" many; "quả này" this one) ripe, not yet, very ripe, overripe ("chín quá rồi", "chín
nẫu"), or still green ("còn xanh"), said or asked; a food of FRESH (meat, fish, prawns, vegetables, eggs … and
fruit; "ở đây" here) fresh, very fresh, still fresh, not (very) fresh, or looking fresh or not, said or asked. In
English "it", "this one", "these" only ripe, and the verb must agree ("this mango is", "these bananas are"). Left:
"chín" of what is cooked (mt/cooking.py, mt/kitchen_mishaps.py, mt/mealtimes.py), "Nó chín chưa?" and "Cà chua chín
chưa?" (cooked?), "chín quá" alone (so ripe, or overripe?), "xanh" without "còn" (a green kind), food gone off or
mouldy (mt/supplies.py), out of date (mt/fridge.py), "butter", milk and bread fresh ("sữa tươi" is fresh milk),
"It's still green." and "Is it still green?" (a traffic light?), "It's fresh." (news?), "The prawn is fresh." (a
label: "Con tôm tươi."), "isn't still ripe" (no longer), "nhỉ" ending a sentence said (a tag English asks back),
"those", and anything else.
mt.phrasebook.translate tries these after mt/creaks.py.

    >>> translate("Quả xoài này chín chưa?", "vi", "en"), translate("Is the fish fresh?", "en", "vi")
    ('Is this mango ripe yet?', 'Cá có tươi không?')
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .patterns import BY_THE_KILO
from .supplies import STOCK
from .text import SOFTENED_END, alternatives, capitalised, keyed

# what ripens (the English of many small ones, of one of each big one); what is only ever fresh, and both
RIPENS = {vi: en for vi, en in BY_THE_KILO.items() if en in (
    "oranges", "mangoes", "apples", "bananas", "grapes", "lychees", "dragon fruit", "watermelon", "tomatoes")} | {
    "đu đủ": "papaya", "bơ": "avocado", "dứa": "pineapple", "mít": "jackfruit", "sầu riêng": "durian",
    "bưởi": "pomelo", "ổi": "guavas", "mận": "plums"}
FRESH = {vi: en for vi, en in (STOCK | BY_THE_KILO).items() if en in (
    "meat", "fish", "vegetables", "fruit", "eggs", "beef", "pork", "chicken", "prawns", "crabs")} | {
    "hải sản": "seafood", "mực": "squid", "rau củ": "vegetables", "gà": "chicken"} | {
    vi: en for vi, en in RIPENS.items() if vi != "bơ"}  # ("bơ" fresh is butter)
_MASS = {"meat", "fish", "fruit", "beef", "pork", "chicken", "seafood", "squid"}
_ONE = {"mangoes": "mango", "tomatoes": "tomato"}
_BY_CON = {"fish", "prawns", "crabs", "squid"}  # ("con cá"; "quả" of fruit and eggs)
_COOKED_TOO = {"tomatoes"}  # ("Cà chua chín chưa?" at the stove: cooked)
_NO_ONE = {"vegetables"}  # (no "quả rau")


def _named(en: str, vi: str) -> dict:
    """The English names of a food, one or many, each with its Vietnamese and whether it is many: "mangoes" and
    "mango", "watermelon" and "watermelons", "fish" alone."""
    if en in _MASS:
        return {en: (vi, False)}
    if not en.endswith("s"):
        return {en: (vi, False), f"{en}s": (vi, True)}
    return {en: (vi, True)} | ({} if en in _NO_ONE else {_ONE.get(en, en[:-1]): (vi, False)})


_NAMES = {name: said for vi, en in reversed((FRESH | RIPENS).items()) for name, said in _named(en, vi).items()}
_KEYS = {"vi": lazy(r"(?i:chín|tươi|xanh)"), "en": lazy(r"(?i:ripe|fresh|green)")}

# the food ("Quả xoài này", "Chuối", "Mấy quả xoài này", "Con cá này", "Rau ở đây"), or "quả này" (this one)
_FOOD = (r"(?:(?P<many>(?i:những|mấy|các))\s+)?(?:(?:(?P<cl>(?i:quả|trái|con))\s+)?"
         rf"(?P<food>(?i:{alternatives(FRESH | RIPENS)}))(?:\s+(?P<this>này)|(?P<here>\s+ở\s+đây))?|"
         r"(?P<one>(?i:quả|trái))\s+này)")
_STATE = lazy(rf"{_FOOD}\s+(?:(?P<look>trông|nhìn)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không(?:\s+được)?)\s+|"
              r"(?P<yet>(?:vẫn\s+)?chưa)\s+|(?P<still>(?:vẫn\s+)?còn|vẫn)\s+|(?P<did>đã)\s+|(?P<very>rất)\s+|"
              r"(?P<bi>bị)\s+)?(?P<state>chín|tươi|xanh)(?:\s+(?P<over>quá|nẫu))?(?:\s+(?P<lot>lắm))?"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")

# ... in English ("this mango", "the bananas here", "it", "this one", "these")
_FOOD_EN = (rf"(?:(?P<det>(?i:this|these|the))\s+(?P<food>(?i:{alternatives(_NAMES)}))(?P<here>\s+here)?|"
            r"(?P<it>(?i:it))|(?P<one>(?i:this\s+one))|(?P<these>(?i:these)))")
_ASKED_EN = lazy(rf"(?P<be>Is|Are)\s+{_FOOD_EN}(?P<still>\s+still)?\s+(?P<state>ripe|fresh|green)"
                 r"(?P<yet>\s+yet)?\s*\?+")
_SAID_EN = lazy(rf"{_FOOD_EN}(?P<still0>\s+still)?(?P<be>\s+is|\s+are|['’]s|['’]re)(?P<not>\s+not|n['’]t)?"
                r"(?P<still>\s+still|\s+already)?(?:\s+(?P<very>very|really|so))?\s+(?P<state>ripe|fresh|green|"
                r"overripe|unripe)(?P<yet>\s+yet|\s+now)?\s*(?P<end>[.!]*)")
_LOOKS_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_FOOD_EN}(?:\s+(?P<nt>doesn['’]t|don['’]t|does\s+not|do\s+not))?"
                 r"\s+(?P<look>looks?)(?:\s+(?P<very>very|really|so))?\s+fresh\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether fruit is ripe or food is fresh; None for any
    other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _state(text)
    return _asked_vi(text) or _said_vi(text) or _looks_vi(text)


def _food(m: re.Match, ripe: bool) -> tuple[str, bool] | None:
    """The food of a match of _FOOD in English, and whether it is many: "Quả xoài này" ("this mango", False), "Xoài
    này" ("these mangoes", True), "Dưa hấu" ("the watermelon", False), "Rau ở đây" ("the vegetables here", True),
    "Quả này" ("this one", False); None for a classifier that does not go with the food, and food that does not
    ripen (`ripe`) or is not said fresh."""
    if m["one"]:
        return (None if not ripe else ("these", True) if m["many"] else ("this one", False))
    vi = keyed(m["food"])
    en = (RIPENS if ripe else FRESH).get(vi)
    cl = keyed(m["cl"] or "")
    if en is None or m["many"] and not m["this"] or ripe and en in _COOKED_TOO and not (cl or m["this"]):
        return None
    if cl == "con" and en not in _BY_CON or cl in ("quả", "trái") and vi not in RIPENS and en != "eggs":
        return None
    if m["many"]:
        if en in _MASS:
            return None
        en, many = (en if en.endswith("s") else f"{en}s"), True
    elif cl:
        en, many = _ONE.get(en, en.removesuffix("s")), False
    else:
        many = en.endswith("s")
    if m["this"]:
        return f"{'these' if many else 'this'} {en}", many
    return f"the {en}{' here' if m['here'] else ''}", many


def _state(text: str) -> str | None:
    """"Quả xoài này chín chưa?" as "Is this mango ripe yet?", "Chuối còn xanh." as "The bananas are still green.",
    "Quả bơ này chưa chín." as "This avocado isn't ripe yet.", "Cá này có tươi không?" as "Is this fish fresh?",
    "Thịt này trông không tươi." as "This meat doesn't look fresh." (_STATE); None for anything else, and a sentence
    said with "nhỉ" (a tag)."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or not asked and _tagged(text):
        return None
    state = m["state"]
    food = _food(m, state != "tươi")
    if food is None:
        return None
    said, many = food
    be = "are" if many else "is"
    mods = {k for k in ("look", "ask", "not", "yet", "still", "did", "very", "bi", "over", "lot", "done") if m[k]}
    if state == "chín":
        said = _ripe(m, mods, said, be, asked)
    elif state == "xanh":
        if not m["still"] or mods - {"still", "ask", "lot"} or m["ask"] and not asked or m["asked"] == "chưa":
            return None
        very = " very" if m["lot"] else ""
        said = f"{be.capitalize()} {said} still{very} green?" if asked else f"{said} {be} still{very} green."
    else:
        said = _fresh(m, mods, said, many, asked)
    return said and capitalised(said)


def _tagged(text: str) -> bool:
    """Whether a sentence said ends with "nhỉ", a tag English asks back ("Chuối chín rồi nhỉ.": the bananas are ripe,
    aren't they?), which _state does not write.

    >>> _tagged("Chuối chín rồi nhỉ."), _tagged("Chuối chín rồi.")
    (True, False)
    """
    return keyed(text.rstrip(".!?")).endswith(" nhỉ")


def _ripe(m: re.Match, mods: set, said: str, be: str, asked: bool) -> str | None:
    """A fruit ripe, in English: "Is this mango ripe yet?" ("chín chưa?", "đã chín chưa?"), "Is it ripe?" ("có chín
    không?"), "is ripe" ("chín rồi", "đã chín"), "is very ripe" ("chín lắm", "rất chín"), "isn't ripe yet" ("chưa
    chín"), "still isn't ripe" ("vẫn chưa chín"), "is overripe" ("chín quá rồi", "bị chín quá", "chín nẫu"); None
    for "chín quá" alone (so ripe?) and anything else."""
    if asked:
        if m["asked"] == "chưa" and mods <= {"did"} or m["asked"] == "không" and mods == {"ask"}:
            return f"{be.capitalize()} {said} ripe{' yet' * (m['asked'] == 'chưa')}?"
        return None
    over = keyed(m["over"] or "")
    if over == "quá":  # ("chín quá" alone: so ripe!)
        return f"{said} {be} overripe." if (m["bi"] or m["done"]) and mods <= {"over", "bi", "done"} else None
    if over:
        return f"{said} {be} overripe." if mods <= {"over", "done"} else None
    if m["yet"]:
        return None if mods != {"yet"} else f"{said} {'still ' if 'vẫn' in m['yet'] else ''}{be}n't ripe" + (
            "." if "vẫn" in m["yet"] else " yet.")
    if mods and mods <= {"did", "done", "very", "lot"} and not (m["very"] and m["lot"]):
        return f"{said} {be}{' very' * bool(m['very'] or m['lot'])} ripe."
    return None


def _fresh(m: re.Match, mods: set, said: str, many: bool, asked: bool) -> str | None:
    """A food fresh, in English: "Is this fish fresh?" ("có tươi không?", "tươi không?"), "Is it still fresh?" ("còn
    tươi không?"), "Does it look fresh?" ("trông có tươi không?"), "is very fresh" ("tươi lắm", "rất tươi"), "is
    still fresh", "isn't (very) fresh" ("không (được) tươi (lắm)"), "looks (very) fresh", "doesn't look fresh";
    None for anything else."""
    be = "are" if many else "is"
    if asked:
        if m["asked"] != "không" or mods - {"ask", "still", "look"} or m["look"] and m["still"]:
            return None
        if m["look"]:
            return f"{'Do' if many else 'Does'} {said} look fresh?"
        return f"{be.capitalize()} {said}{' still' * bool(m['still'])} fresh?"
    if m["ask"] or mods - {"look", "not", "still", "very", "lot"} or m["very"] and m["lot"] or m["look"] and m["still"]:
        return None
    very = " very" if m["very"] or m["lot"] else ""
    if m["not"]:
        if m["very"]:
            return None  # ("không rất tươi")
        if m["look"]:
            return None if very else f"{said} {'don' if many else 'doesn'}'t look fresh."
        return f"{said} {be}n't{very} fresh."
    if m["look"]:
        return f"{said} look{'' if many else 's'}{very} fresh."
    return f"{said} {be}{' still' * bool(m['still'])}{very} fresh."


def _food_vi(m: re.Match, ripe: bool) -> tuple[str, bool] | None:
    """The food of a match of _FOOD_EN in Vietnamese, and whether it is many: "this mango" ("quả xoài này", False),
    "these bananas" ("chuối này", True), "the fish" ("cá", False), "the vegetables here" ("rau ở đây", True), "it"
    ("nó"), "this one" ("quả này"), "these" ("mấy quả này"); None for "it", "this one", "these" not `ripe`, food
    that does not ripen or is not said fresh, "this" with many and "these" with one."""
    if not m["food"]:
        if not ripe:
            return None
        return ("nó", False) if m["it"] else ("quả này", False) if m["one"] else ("mấy quả này", True)
    vi, many = _NAMES[keyed(m["food"])]
    det = m["det"].lower()
    if vi not in (RIPENS if ripe else FRESH) or det != "the" and (det == "these") != many or m["here"] and det != "the":
        return None
    en = (RIPENS | FRESH)[vi]
    if not many and en not in _MASS:
        vi = f"{'con' if en in _BY_CON else 'quả'} {vi}"
    return f"{vi}{' này' if det != 'the' else ' ở đây' if m['here'] else ''}", many


def _agrees(m: re.Match, many: bool, verb: str) -> bool:
    """Whether the verb said ("is", "'re", "Does", "looks" …) goes with the food, one or `many`."""
    verb = verb.strip().lower().replace("’", "'")
    return many == (verb in ("are", "'re", "do", "don't", "do not", "look"))


def _asked_vi(text: str) -> str | None:
    """"Is this mango ripe?" as "Quả xoài này chín chưa?", "Are the bananas still green?" as "Chuối còn xanh
    không?", "Is the fish fresh?" as "Cá có tươi không?", "Is this fish still fresh?" … (_ASKED_EN); None for
    anything else, "it" green, and where "is" or "are" does not agree."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (food := _food_vi(m, m["state"] != "fresh")) is None or not _agrees(m, food[1], m["be"]):
        return None
    said, state = food[0], m["state"]
    if state == "ripe":
        return None if m["still"] else capitalised(f"{said} chín chưa?")
    if m["yet"] or state == "green" and (not m["still"] or m["it"]):  # ("Is it still green?": a traffic light?)
        return None
    return capitalised(f"{said} còn xanh không?" if state == "green" else
                       f"{said} còn tươi không?" if m["still"] else f"{said} có tươi không?")


def _said_vi(text: str) -> str | None:
    """"The bananas are still green." as "Chuối còn xanh.", "This avocado isn't ripe yet." as "Quả bơ này chưa
    chín.", "The avocado is overripe." as "Bơ chín quá rồi.", "These vegetables are very fresh." as "Rau này tươi
    lắm.", "The fish isn't fresh." as "Cá không tươi." (_SAID_EN); None for anything else, "green" not still,
    "it" fresh or green, "isn't still ripe", "the" food just fresh, and where "is" or "are" does not agree."""
    m = _SAID_EN.fullmatch(text)
    state = m and m["state"]
    ripe = state in ("ripe", "overripe", "unripe") or state == "green" and not m["it"]
    if not m or (food := _food_vi(m, ripe)) is None or not _agrees(m, food[1], m["be"]) or m["still0"] and m["still"]:
        return None
    said = food[0]
    still = (m["still0"] or m["still"] or "").strip()
    yet, no, very = (m["yet"] or "").strip(), bool(m["not"]), bool(m["very"])
    if state == "ripe":
        if no:
            # ("isn't still ripe": no longer ripe, not "vẫn chưa chín"; "still isn't ripe" is)
            done = None if very or m["still"] or yet == "now" else "vẫn chưa chín" if still else "chưa chín"
        else:
            done = None if still == "still" or yet == "yet" else "chín lắm rồi" if very else "chín rồi"
    elif state in ("overripe", "unripe"):
        done = None if no or very or yet or still == "already" else "chín quá rồi" if state == "overripe" else \
            "vẫn chưa chín" if still else "chưa chín"
    elif state == "green":
        done = None if no or yet or still != "still" else f"còn xanh{' lắm' * very}"
    else:
        done = None if yet or still == "already" or no and still else "không tươi lắm" if no and very else \
            "không tươi" if no else "vẫn còn tươi" if still else "tươi lắm" if very else "tươi"
        done = None if done == "vẫn còn tươi" and very else done
        # ("Con tôm tươi.", "Thịt tươi." read as a label: fresh prawn, fresh meat; "Rau này tươi." is said)
        done = None if done == "tươi" and m["det"] and m["det"].lower() == "the" and not m["here"] else done
    return done and capitalised(f"{said} {done}{'!' if '!' in m['end'] else '.'}")


def _looks_vi(text: str) -> str | None:
    """"The meat doesn't look fresh." as "Thịt trông không tươi.", "Do these prawns look fresh?" as "Tôm này trông có
    tươi không?", "These vegetables look very fresh." as "Rau này trông rất tươi." (_LOOKS_EN); None for anything
    else, and where "does", "looks" … do not agree."""
    m = _LOOKS_EN.fullmatch(text)
    if not m or (food := _food_vi(m, False)) is None or bool(m["do"]) != ("?" in m["end"]):
        return None
    said, many = food
    verb = m["do"] or m["nt"]
    if verb and m["look"] != "look" or not _agrees(m, many, verb or m["look"]) or m["do"] and (m["nt"] or m["very"]):
        return None
    if m["do"]:
        return capitalised(f"{said} trông có tươi không?")
    if m["nt"]:
        return None if m["very"] else capitalised(f"{said} trông không tươi.")
    return capitalised(f"{said} trông{' rất' * bool(m['very'])} tươi.")
