"""How food and drink taste, both ways, written whole by rule: spicy, salty, sweet, sour, bland, bitter or good, how
much, said or asked; what it tastes like; who eats spicy food; the cook asked to make it less spicy; a dish that needs
more salt. v8 (with every rule before this one) loses the dish and misreads the taste: "Canh này hơi mặn." → "It's a
bit too salty.", "Canh này mặn quá." → "This alignment is too salty.", "Phở này có cay không?" → "This pho Is
hanging?", "Món này rất ngon." → "This boy is very good.", "Bạn làm ít cay hơn được không?" → "Can you do less
caves?", "Canh này cần thêm muối." → "It's needed to add salt."; "This soup is too salty." → "Món xúp này quá muối.",
"Is this soup spicy?" → "Cái loét này có cay không?", "Can you make it less spicy?" → "Bạn có thể làm ít cay?", "It
tastes like chicken." → "Nó có thể giống như gà.".

Taken: a dish or drink (DISHES: mt.orders.ORDERED's, soup, broth, sauces, cake …; "món này", this dish; "cái này",
this; "nó", it) that is, or tastes, one of TASTES, how much ("hơi", "rất", "khá", "quá", "lắm", "không … lắm"), said
or asked; a dish without "này" or "ở đây" ("Canh hơi mặn.") only "hơi" or "quá" so (else it may be food in general),
and none at all ("Mặn quá.") only with how much, or asked; what it tastes like (LIKE), or asked; who (mt.hobbies.WHO,
WHO_EN) can, cannot, does not eat or likes spicy food; "Bạn làm ít cay hơn được không?", "Làm ít cay thôi nhé.",
"Đừng làm cay quá nhé." (less, more, not spicy, salty, sweet, sour); a dish that needs more of SEASONINGS. Left: the
phrase list's ("Món này cay quá.", "Tôi không ăn được cay.", "Đừng cho ớt nhé.", "Cho tôi ít cay thôi."), ordering
(mt/orders.py), "Món nào ngon nhất?" (mt/comparisons.py), a restaurant good (mt/recommendations.py), cooking well and
"biết ăn cay" (mt/skills.py), food gone off (mt/supplies.py), "Không cay." alone (an order?), "sweet" or "good" of
"it" or "this" alone ("It's so sweet.", "This is good." need not be food), "nhạt" of a juice, and anything else.
mt.phrasebook.translate tries these after mt/how_was.py.

    >>> translate("Canh này hơi mặn.", "vi", "en"), translate("Can you make it less spicy?", "en", "vi")
    ('This soup is a bit salty.', 'Bạn làm ít cay hơn được không?')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .orders import ORDERED, ORDERED_VI
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, present

# what is tasted: what is ordered but water (tasting of nothing), and more (the first Vietnamese of each written back)
_MORE_DISHES = {"canh": "soup", "súp": "soup", "nước dùng": "broth", "nước lèo": "broth", "nước chấm": "dipping sauce",
                "nước mắm": "fish sauce", "nước sốt": "sauce", "sốt": "sauce", "bánh": "cake", "kem": "ice cream",
                "gà": "chicken", "thịt gà": "chicken", "thịt bò": "beef", "cá": "fish", "thịt": "meat",
                "đồ ăn": "food", "thức ăn": "food", "salad": "salad", "món": "dish"}
DISHES = {vi: en for vi, en in ORDERED.items() if en not in ("water", "mineral water")} | _MORE_DISHES
DISHES_VI = {en.lower(): vi for vi, en in reversed(DISHES.items())} | {
    en: vi for en, vi in ORDERED_VI.items() if vi in DISHES}
_WEAK = {"coffee", "black coffee", "milk coffee", "iced coffee", "iced milk coffee", "iced black coffee", "tea",
         "green tea", "iced tea", "beer"}  # ("nhạt" of these is weak, of food bland, of any other drink not said)
_FOOD = {"pho", "beef pho", "chicken pho", "fried rice", "broken rice", "bun cha"} | set(_MORE_DISHES.values())
_CUPS = r"ly|cốc|tách|bát|tô|chén|đĩa|phần|suất"  # ("ly cà phê này": this coffee)
TASTES = {"cay": "spicy", "mặn": "salty", "ngọt": "sweet", "chua": "sour", "nhạt": "bland", "đắng": "bitter",
          "ngon": "good"}
TASTES_VI = {en: vi for vi, en in TASTES.items()} | {"weak": "nhạt", "tasty": "ngon", "delicious": "ngon",
                                                     "great": "ngon"}
# how much, as Vietnamese says it (before the word, after it, "không"), in English
_DEGREE = {("", "", ""): "", ("hơi", "", ""): "a bit", ("hơi", "quá", ""): "a bit too", ("rất", "", ""): "very",
           ("", "lắm", ""): "very", ("quá", "", ""): "too", ("", "quá", ""): "too", ("khá", "", ""): "quite",
           ("", "", "không"): "not", ("", "lắm", "không"): "not very", ("quá", "", "không"): "not too",
           ("", "quá", "không"): "not too"}
_GOOD = {"": "good", "very": "really good", "too": "delicious", "quite": "quite good", "not": "good",
         "not very": "very good"}  # (of "ngon", after "is" or "isn't")
# ... and back: how much in English, as Vietnamese says it of the word
_DEGREE_EN = {"too": "too", "so": "so", "very": "very", "really": "very", "a bit": "a bit", "a little": "a bit",
              "a little bit": "a bit", "slightly": "a bit", "a bit too": "a bit too", "a little too": "a bit too",
              "quite": "quite", "pretty": "quite", "rather": "quite"}
_SAID_VI = {"": "{}", "too": "{} quá", "so": "{} quá", "very": "rất {}", "a bit": "hơi {}", "a bit too": "hơi {} quá",
            "quite": "khá {}", "not": "không {}", "not very": "không {} lắm", "not too": "không {} lắm",
            "not so": "không {} lắm"}
_ASKED_VI = {"": "có {} không?", "too": "có {} quá không?", "very": "có {} lắm không?", "a bit": "có hơi {} không?"}
# what something tastes like, and what it may need more of
LIKE = {"thịt gà": "chicken", "gà": "chicken", "cá": "fish", "thịt bò": "beef", "thịt lợn": "pork", "thịt heo": "pork",
        "chanh": "lime", "dừa": "coconut", "sô cô la": "chocolate", "socola": "chocolate", "cà phê": "coffee",
        "xà phòng": "soap", "thuốc": "medicine", "kẹo": "sweets", "xoài": "mango", "dứa": "pineapple",
        "bạc hà": "mint", "gừng": "ginger", "mật ong": "honey", "sữa": "milk", "trà": "tea"}
LIKE_VI = {en: vi for vi, en in reversed(LIKE.items())} | {"lemon": "chanh", "candy": "kẹo"}
SEASONINGS = {"muối": "salt", "đường": "sugar", "nước mắm": "fish sauce", "tiêu": "pepper", "hạt tiêu": "pepper",
              "ớt": "chili", "chanh": "lime", "gia vị": "seasoning"}
SEASONINGS_VI = {en: vi for vi, en in reversed(SEASONINGS.items())} | {"chilli": "ớt", "lemon": "chanh"}
# asking the cook: what may be made less or more so, and English "more"
_MADE = {"cay": "spicy", "mặn": "salty", "ngọt": "sweet", "chua": "sour"}
_MORE = {"spicy": "spicier", "salty": "saltier", "sweet": "sweeter", "sour": "more sour"}
_KEYS = {"vi": lazy(r"(?i:cay|mặn|ngọt|chua|nhạt|đắng|ngon|vị|thiếu|cần\s+thêm)"),
         "en": lazy(r"(?i:spic|salt|sweet|sour|bland|bitter|weak|good|tast|delicious|great|sugar|pepper|chil"
                    r"|sauce|lime|lemon|seasoning)")}

# the dish: "nó", "cái này", "món này", "(ly) cà phê (này|ở đây)", or none
_SUBJ = (rf"(?:(?P<it>nó)|(?P<this>cái|món(?:\s+ăn)?)\s+này|(?:(?:{_CUPS})\s+)?(?P<dish>{alternatives(DISHES)})"
         r"(?:\s+(?P<here>này|ở\s+đây))?)")
_TASTE = alternatives(TASTES)
_SAID = lazy(rf"(?i)(?:{_SUBJ}\s+)?(?P<tastes>(?:có\s+)?vị\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
             rf"(?:(?P<pre>hơi|rất|khá|quá)\s+)?(?P<taste>{_TASTE})(?:\s+(?P<post>quá|lắm))?"
             rf"{ASKED_END}")
_LIKE = lazy(rf"(?i)(?:{_SUBJ}\s+)?(?:có\s+)?vị\s+(?:(?:giống|như)(?:\s+như)?\s+(?P<like>{alternatives(LIKE)})|"
             rf"(?P<how>(?:như\s+)?thế\s+nào|ra\s+sao)){SOFTENED_END}")
_NEEDS = lazy(rf"(?i){_SUBJ}\s+(?:cần\s+(?:cho\s+)?thêm|(?P<bit>hơi\s+)?thiếu)\s+"
              rf"(?P<little>(?:một\s+)?(?:chút|ít)\s+)?(?P<what>{alternatives(SEASONINGS)}){SOFTENED_END}")
# who eats or likes spicy food ("Mẹ tôi không ăn được cay.", "Bạn có ăn cay được không?")
_EATS = lazy(rf"(?i){WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<can0>thể\s+)?(?P<verb>ăn|thích(?:\s+ăn)?)\s+"
             r"(?P<can>được\s+)?(?:(?:đồ|món|thức\s+ăn)\s+)?cay(?P<can2>\s+được)?(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
# the cook asked to make it less, more or not so ("Bạn làm ít cay hơn được không?", "Đừng làm cay quá nhé.")
_MAKE = lazy(rf"(?i)(?:(?P<please>làm\s+ơn)\s+)?(?:(?P<you>{YOU})\s+)?(?P<dont>đừng\s+)?"
             r"(?P<can>có\s+thể\s+)?làm\s+(?:cho\s+nó\s+)?(?P<how>ít\s+|bớt\s+|không\s+)?"
             rf"(?P<taste>{alternatives(_MADE)})(?P<more>\s+hơn)?(?P<bit>\s+(?:một\s+)?chút)?"
             r"(?P<too>\s+quá|\s+lắm)?(?P<me>\s+(?:cho|giúp)\s+(?:tôi|mình))?(?P<can2>\s+được)?"
             r"(?P<asked>\s+không)?(?P<just>\s+thôi)?(?P<nhe>\s+(?:nhé|nha))?\s*(?P<end>[.!?]*)")

# ... and in English: "it", "this", "this soup", "the pho (here)"
_SUBJ_EN = (rf"(?:(?P<it>it)|(?P<this>this)(?:\s+(?P<dish>{alternatives(DISHES_VI)}))?|"
            rf"the\s+(?P<dish2>{alternatives(DISHES_VI)})(?P<here>\s+here)?)")
_SAID_EN = lazy(rf"(?i)(?:(?P<is0>is)\s+)?{_SUBJ_EN}(?:(?P<be>['’]s|\s+is)|\s+(?P<tastes>tastes))?"
                rf"(?P<not>\s+not|n['’]t)?\s+(?:(?P<deg>{alternatives(_DEGREE_EN)})\s+)?"
                rf"(?P<taste>{alternatives(TASTES_VI)})\s*(?P<end>[.!?]*)")
_LIKE_EN = [lazy(rf"(?i){_SUBJ_EN}\s+tastes\s+like\s+(?P<like>{alternatives(LIKE_VI)})\s*(?P<end>[.!]*)"),
            lazy(rf"(?i)what\s+does\s+{_SUBJ_EN}\s+taste\s+like\s*(?P<end>\?+)"),
            lazy(rf"(?i)how\s+does\s+{_SUBJ_EN}\s+taste\s*(?P<end>\?+)")]
_NEEDS_EN = lazy(rf"(?i){_SUBJ_EN}\s+needs\s+(?P<little>a\s+(?:little\s+)?bit\s+|a\s+little\s+)?more\s+"
                 rf"(?P<what>{alternatives(SEASONINGS_VI)})\s*(?P<end>[.!]*)")
_EATS_EN = lazy(rf"(?i)(?:(?P<aux0>can|does|do)\s+)?{WHO_EN}(?:\s+(?P<aux>can(?:not|['’]t|\s+not)?|"
                r"(?:don|doesn)['’]t|do\s+not|does\s+not))?\s+(?P<verb>eat|like|likes)\s+spicy\s+food"
                r"\s*(?P<end>[.!?]*)")
_MAKE_EN = lazy(r"(?i)(?:(?P<can>can|could|would)\s+you\s+(?:please\s+)?|(?P<please>please\s+)?"
                r"(?P<dont>don['’]t\s+|do\s+not\s+)?)make\s+(?:it|this)\s+(?P<how>less\s+|more\s+|not\s+too\s+|"
                r"not\s+|too\s+|a\s+(?:little\s+)?bit\s+less\s+|a\s+little\s+less\s+)?(?P<taste>spicy|salty|"
                r"sweet|sour|spicier|saltier|sweeter)(?P<me>\s+for\s+(?:me|us))?(?:,?\s+please)?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how a dish tastes, what it tastes like or needs more of, who
    eats spicy food, or asks for it less spicy; None for any other."""
    if src == "vi":
        return _said(text) or _like(text) or _needs(text) or _eats(text) or _make(text)
    return _said_vi(text) or _like_vi(text) or _needs_vi(text) or _eats_vi(text) or _make_vi(text)


def _dish(m: re.Match) -> tuple[str, str, str] | None:
    """The dish of a match of _SUBJ in English, how it was said ("it", "this", "dish", "bare", or "none" said) and
    what it is: ("this soup", "dish", "soup"), ("the pho here", "dish", "pho"), ("the soup", "bare", "soup"),
    ("this dish", "this", ""), ("it", "none", ""); None for "món" without "này"."""
    if m["it"] or m["this"]:
        return ("it", "it", "") if m["it"] else ("this" if keyed(m["this"]) == "cái" else "this dish", "this", "")
    if not m["dish"] or keyed(m["dish"]) == "món":
        return None if m["dish"] else ("it", "none", "")
    dish = DISHES[keyed(m["dish"])]
    here = keyed(m["here"] or "")
    said = f"this {dish}" if here == "này" else f"the {dish} here" if here else f"the {dish}"
    return said, "dish" if here else "bare", dish


def _said(text: str) -> str | None:
    """"Canh này hơi mặn." as "This soup is a bit salty.", "Phở này có cay không?" as "Is this pho spicy?", "Mặn
    quá." as "It's too salty.", "Nó có vị hơi chua." as "It tastes a bit sour." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or \
            m["tastes"] and (asked or m["not"]) or not (found := _dish(m)):
        return None
    said, kind, dish = found
    degree = _DEGREE.get((keyed(m["pre"] or ""), keyed(m["post"] or ""), keyed(m["not"] or "")))
    taste = TASTES[keyed(m["taste"])]
    if degree is None or kind == "bare" and (asked or degree not in ("a bit", "too", "a bit too")) or \
            kind == "none" and (degree in ("", "not", "not very", "not too") and not asked or taste == "good") or \
            taste == "good" and (degree not in _GOOD or asked and degree) or \
            kind == "bare" and dish == "beer" and keyed(m["pre"] or "") == "hơi" or \
            taste == "bland" and dish and dish not in _FOOD | _WEAK:
        return None  # ("Cà phê rất đắng.": coffee in general?; "Không cay.": an order; "bia hơi": draught beer)
    if taste == "good":
        taste, degree = _GOOD[degree], "not" * degree.startswith("not")
    taste = "weak" if taste == "bland" and dish in _WEAK else taste
    if asked:
        return f"Is {said} {f'{degree} ' if degree else ''}{taste}?"
    how = f"{degree.removeprefix('not').strip()} {taste}".strip()
    end = "!" if "!" in m["end"] else "."
    if m["tastes"]:
        return capitalised(f"{said} tastes {how}{end}")
    return capitalised(f"{said} isn't {how}{end}" if degree.startswith("not") else contracted(said, f"is {how}{end}"))


def _like(text: str) -> str | None:
    """"Nó có vị giống thịt gà." as "It tastes like chicken.", "Món này có vị thế nào?" as "What does this dish taste
    like?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or not (found := _dish(m)) or found[1] == "bare":
        return None
    said = found[0]
    if m["how"]:
        return f"What does {said} taste like?"
    return capitalised(f"{said} tastes like {LIKE[keyed(m['like'])]}.")


def _needs(text: str) -> str | None:
    """"Canh này cần thêm muối." as "This soup needs more salt.", "Nó hơi thiếu muối." as "It needs a little more
    salt." (_NEEDS); None for anything else."""
    m = _NEEDS.fullmatch(text)
    if not m or "?" in m["end"] or not (found := _dish(m)):
        return None
    little = "a little " if m["bit"] or m["little"] else ""
    return capitalised(f"{found[0]} needs {little}more {SEASONINGS[keyed(m['what'])]}.")


def _eats(text: str) -> str | None:
    """"Mẹ tôi không ăn được cay." as "My mother can't eat spicy food.", "Bạn có ăn được cay không?" as "Can you eat
    spicy food?", "Anh ấy không ăn cay." as "He doesn't eat spicy food.", "Tôi thích ăn cay." as "I like spicy food."
    (_EATS); None for anything else, and for "Tôi ăn cay." (a habit, or eating it now?)."""
    m = _EATS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    can = [c for c in (m["can0"], m["can"], m["can2"]) if c]
    said = who(m, asked)
    if said is None or len(can) > 1 or can and m["can0"] and not (m["not"] or m["ask"]):
        return None
    who_, one = said
    verb = "eat" if keyed(m["verb"]) == "ăn" else "like"
    if can and verb == "eat":
        cant = "can't" if m["not"] else "can"
        return f"Can {who_} eat spicy food?" if asked else capitalised(f"{who_} {cant} eat spicy food.")
    if can or verb == "eat" and not (m["not"] or asked):
        return None
    return present(who_, one, verb, "spicy food", asked, bool(m["not"]))


def _make(text: str) -> str | None:
    """"Bạn làm ít cay hơn được không?" as "Can you make it less spicy?", "Làm ít cay thôi nhé." as "Please make it
    less spicy.", "Đừng làm cay quá nhé." as "Please don't make it too spicy." (_MAKE); None for anything else."""
    m = _MAKE.fullmatch(text)
    if not m:
        return None
    asked, can = "?" in m["end"], bool(m["can"] or m["can2"])
    if asked != bool(m["asked"]) or asked and not (can and not (m["dont"] or m["just"] or m["nhe"] or m["please"])) \
            or not asked and (can or not (m["please"] or m["nhe"] or m["me"] or m["dont"])):
        return None
    how, taste = keyed(m["how"] or ""), _MADE[keyed(m["taste"])]
    bit = "a bit " if m["bit"] else ""
    if m["dont"] and (how or m["more"] or m["bit"]) or how == "không" and (m["more"] or m["bit"]) or \
            m["too"] and how != "không" and not m["dont"] or m["bit"] and not (how or m["more"]):
        return None
    if how:
        said = f"{bit}less {taste}" if how != "không" else f"not {'too ' if m['too'] else ''}{taste}"
    elif m["more"] or m["dont"]:
        said = f"{bit}{_MORE[taste]}" if m["more"] else f"{'too ' if m['too'] else ''}{taste}"
    else:
        return None  # ("Bạn làm cay được không?": spicy enough, or as it comes?)
    me = " for me" if m["me"] else ""
    if asked:
        return f"Can you make it {said}{me}?"
    dont = "don't " if m["dont"] else ""
    return f"Please {dont}make it {said}{me}."


def _dish_vi(m: re.Match) -> tuple[str, str, str] | None:
    """The dish of a match of _SUBJ_EN in Vietnamese, how it was said and what it is in English: ("canh này", "dish",
    "soup") for "this soup", ("phở ở đây", "dish", "pho"), ("phở", "bare", "pho") for "the pho", ("", "it", "") for
    "it" (not said), ("cái này", "this", ""); None for "the dish" ("món" only "món này")."""
    if m["it"]:
        return "", "it", ""
    dish = (m["dish"] or m["dish2"] or "").lower()
    if not dish:
        return "cái này", "this", ""
    vi = DISHES_VI[" ".join(dish.split())]
    if vi == "món" and not m["this"]:
        return None
    kind = "dish" if m["this"] or m["here"] else "bare"
    return f"{vi} {'này' if m['this'] else 'ở đây' if m['here'] else ''}".strip(), kind, " ".join(dish.split())


def _said_vi(text: str) -> str | None:
    """"This soup is too salty." as "Canh này mặn quá.", "Is the pho spicy?" as "Phở có cay không?", "It's not very
    spicy." as "Không cay lắm.", "The pho here is really good." as "Phở ở đây rất ngon." (_SAID_EN); None for
    anything else, "good" and "sweet" of "it" or "this" alone ("It's so sweet.": kind?), "weak" of a dish."""
    m = _SAID_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["is0"]) != asked or asked == bool(m["be"] or m["tastes"]) or m["tastes"] and m["not"]:
        return None
    dish = _dish_vi(m)
    taste, degree = m["taste"].lower(), _DEGREE_EN.get(" ".join((m["deg"] or "").lower().split()), "")
    if dish is None or m["not"] and degree not in ("", "very", "too", "so"):
        return None
    said, kind, en = dish
    degree = f"not {degree}".strip() if m["not"] else degree
    alone = kind in ("it", "this") and not m["tastes"]  # ("It's so sweet.", "This is good.": need not be food)
    if taste == "weak" and en not in _WEAK or kind == "bare" and degree == "" and not asked or \
            taste == "great" and not (m["tastes"] and degree == "") or \
            alone and (taste == "good" or taste == "sweet" and degree in ("", "very", "so")):
        return None
    if kind == "it" and degree.startswith("not"):
        said = "nó"  # ("Không cay." alone may be an order)
    if TASTES_VI[taste] == "ngon":
        if degree in ("too", "a bit", "a bit too") or taste in ("delicious", "great") and degree.startswith("not"):
            return None
        if taste in ("delicious", "great") and degree == "":
            degree = "so" if taste == "delicious" else "very"  # (as the phrase list: "Món này ngon quá.")
    form = _ASKED_VI.get(degree) if asked else _SAID_VI[degree]
    if form is None:
        return None
    end = "" if asked else "!" if "!" in m["end"] else "."
    return capitalised(f"{said} {form.format(TASTES_VI[taste])}{end}".strip())


def _like_vi(text: str) -> str | None:
    """"It tastes like chicken." as "Nó có vị giống thịt gà.", "What does this soup taste like?" as "Canh này có vị
    thế nào?" (_LIKE_EN); None for anything else."""
    m = next((m for p in _LIKE_EN if (m := p.fullmatch(text))), None)
    dish = m and _dish_vi(m)
    if not dish:
        return None
    said = dish[0] or "nó"
    if "?" in m["end"]:
        return capitalised(f"{said} có vị thế nào?")
    return capitalised(f"{said} có vị giống {LIKE_VI[m['like'].lower()]}.")


def _needs_vi(text: str) -> str | None:
    """"This soup needs more salt." as "Canh này cần thêm muối.", "It needs a little more salt." as "Cần thêm chút
    muối." (_NEEDS_EN); None for anything else."""
    m = _NEEDS_EN.fullmatch(text)
    dish = m and _dish_vi(m)
    if not dish:
        return None
    little = "chút " if m["little"] else ""
    return capitalised(f"{dish[0]} cần thêm {little}{SEASONINGS_VI[m['what'].lower()]}.".strip())


def _eats_vi(text: str) -> str | None:
    """"My mother can't eat spicy food." as "Mẹ tôi không ăn được đồ cay.", "Can you eat spicy food?" as "Bạn có ăn
    được đồ cay không?", "She doesn't like spicy food." as "Cô ấy không thích ăn cay." (_EATS_EN); None for anything
    else, and where "does", "likes" … do not agree with who."""
    m = _EATS_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux0"] or m["aux"] or "").lower().replace("’", "'").split())
    verb = m["verb"].lower()
    can = aux.startswith("can")
    if not can and aux and aux.startswith("does") != one or aux and verb == "likes" or \
            not aux and (verb == "eat" or (verb == "likes") != one):
        return None  # ("She don't", "Does she likes", "He like"; "I eat spicy food." a habit, left)
    said = "ăn được đồ cay" if can else "ăn đồ cay" if verb == "eat" else "thích ăn cay"
    if m["aux0"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'không ' if aux != 'can' and aux else ''}{said}.")


def _make_vi(text: str) -> str | None:
    """"Can you make it less spicy?" as "Bạn làm ít cay hơn được không?", "Please don't make it too spicy." as
    "Đừng làm cay quá nhé.", "Make it less spicy, please." as "Bạn làm ít cay hơn nhé." (_MAKE_EN); None for anything
    else."""
    m = _MAKE_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]):
        return None
    how, taste = " ".join((m["how"] or "").lower().split()), m["taste"].lower()
    more = {er: plain for plain, er in _MORE.items()}.get(taste)
    vi = TASTES_VI.get(more or taste)
    if vi is None or more and how or how == "too" and not m["dont"] or m["dont"] and how not in ("", "too"):
        return None
    said = {"": f"{vi} hơn" if more else vi, "less": f"ít {vi} hơn", "more": f"{vi} hơn", "not": f"không {vi}",
            "not too": f"không {vi} lắm", "too": f"{vi} quá"}.get(how, f"ít {vi} hơn một chút")
    if how == "" and not more and not m["dont"]:
        return None  # ("Can you make it spicy?": spicy enough, or as it comes?)
    me = f" cho {'tôi' if m['me'].split()[-1].lower() == 'me' else 'chúng tôi'}" if m["me"] else ""
    if m["can"]:
        return f"Bạn làm {said}{me} được không?"
    return f"{'Đừng' if m['dont'] else 'Bạn'} làm {said}{me} nhé."
