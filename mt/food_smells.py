"""Strong food smells, both ways, written whole by rule: the smell of durian, shrimp paste, fish sauce, stinky tofu or
jackfruit strong, awful or nice, who can't stand it or loves it, a room, a car or the fridge that smells of it, and
durian not allowed on the bus or in the hotel. v8 (every rule on) reads "sầu riêng" as private or separate, "nồng" as
warm and "durian" as a tourist: "Mùi sầu riêng nồng quá." → "The vagina is too warm.", "Tôi không chịu được mùi sầu
riêng." → "I can't stand separately smell.", "Mùi mắm tôm hôi quá." → "The bad smell is too.", "Cả phòng toàn mùi sầu
riêng." → "All the rooms of the smell alone.", "Không được mang sầu riêng lên xe." → "The private contract was not
brought on the car.", "Sầu riêng có mùi nồng quá." → "A private smell has too hot."; "Durian smells so strong." →
"Những mùi hôi trong suốt quá mạnh.", "I can't stand the smell of durian." → "Tôi không thể chịu mùi vị của người du
lịch.", "The fridge smells of durian." → "Những mùi hôi thỉu của bụi cây.", "No durian allowed on the bus." → "Không
cho phép bụi cây trên xe buýt.", "The smell of shrimp paste is awful." → "Mùi dán tôm là một mùi ngon miệng.".

Taken: a food of FOODS ("sầu riêng", "mắm tôm", "nước mắm", "đậu phụ thối", "mít"; in English "durian", "shrimp
paste", "fish sauce", "stinky tofu", "jackfruit"), its smell ("Mùi sầu riêng …", "the smell of durian", "durian
smells …") one of ODOURS (strong, overpowering, bad, unpleasant, awful, nice, pleasant), how much ("rất", "lắm",
"quá", "hơi", "khá"), said, denied or asked; the food that has such a smell ("Sầu riêng có mùi nồng quá.": "Durian
has such a strong smell."); who (mt.hobbies.WHO, WHO_EN) can't stand, likes, loves or hates its smell, said, denied
or asked; the whole room, house, car, fridge … (PLACES) that smells, reeks or stinks of it ("Cả phòng toàn mùi sầu
riêng.", "Tủ lạnh toàn mùi sầu riêng.": all of it), a place that smells of it, said or asked, and its smell all over
a place; the food not allowed on the bus, in the hotel … ("Không được mang sầu riêng lên xe.": on board, whichever it
is; "Khách sạn cấm mang sầu riêng."), asked, and "No durian allowed on the bus.". Left: "Tôi chịu được mùi …" said
(put up with it?), "Tôi không ngửi được mùi …" (can't smell it, or can't bear to?), "Durian stinks." (an opinion of
the fruit?), "isn't bad" (not so bad: litotes) and "awful" or "overpowering" denied, "hơi" of a bad or a nice smell,
"love" denied or asked, "xe" alone as a place full of the smell (a car or a bus?), "on board" in English (a plane, a
ship?), "No durian on the bus." (a ban, or none there?), the smell "everywhere", a pet as who, "anh", "chị", "em"
alone saying it, "I" or "chúng tôi" asked, English "we" and "our" (chúng tôi, or chúng ta?), "really" asked (truly?),
"thế"/"vậy" statements, the food itself liked or hated (mt/dislikes.py), ripe (mt/ripeness.py), tasting
(mt/tastes.py), smelling it (mt/smells.py), and fish sauce where mt/smells.py takes it first ("Bếp có mùi nước mắm.":
the same English).
mt.phrasebook.translate tries these after mt/breakfasts.py.

    >>> translate("Mùi sầu riêng nồng quá.", "vi", "en"), translate("I can't stand the smell of durian.", "en", "vi")
    ('The smell of durian is so strong.', 'Tôi không chịu được mùi sầu riêng.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, person_of, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:sầu\s+riêng|mắm\s+tôm|nước\s+mắm|đậu\s+(?:phụ|hũ)\s+thối|mít)"),
         "en": lazy(r"(?i:durian|shrimp\s+paste|fish\s+sauce|stinky\s+tofu|jackfruit)")}
# the foods that smell strongly (the first Vietnamese of each is written back)
FOODS = {"sầu riêng": "durian", "mắm tôm": "shrimp paste", "nước mắm": "fish sauce", "đậu phụ thối": "stinky tofu",
         "đậu hũ thối": "stinky tofu", "mít": "jackfruit"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())}
# what their smell is like, and back
ODOURS = {"nồng": "strong", "mạnh": "strong", "nồng nặc": "overpowering", "hôi": "bad", "khó chịu": "unpleasant",
          "kinh khủng": "awful", "thơm": "nice", "dễ chịu": "pleasant"}
ODOURS_VI = {en: vi for vi, en in reversed(ODOURS.items())} | {
    "terrible": "kinh khủng", "horrible": "kinh khủng", "good": "thơm", "lovely": "thơm"}
# how much, as Vietnamese says it (before the word, after it) and English; which words take which ("a bit bad",
# "quite awful", "too nice" are not said; "very awful" is "really awful")
_DEGREES = {("", ""): "", ("rất", ""): "very", ("", "lắm"): "very", ("", "quá"): "so", ("quá", ""): "too",
            ("hơi", ""): "a bit", ("khá", ""): "quite"}
_DEGREES_VI = {en: vi for vi, en in reversed(_DEGREES.items())}
_DEGREE_EN = {"very": "very", "really": "very", "so": "so", "too": "too", "a bit": "a bit", "a little": "a bit",
              "quite": "quite"}
_FAIR = {"", "very", "so", "quite"}
_TAKES = {"strong": _FAIR | {"too", "a bit"}, "unpleasant": _FAIR | {"a bit"}, "bad": _FAIR, "nice": _FAIR,
          "pleasant": _FAIR, "awful": {"", "very", "so"}, "overpowering": {"", "very", "so"}}
_EXTREME = {"awful", "overpowering"}  # ("really awful")
_DENIED = {"strong", "unpleasant", "nice", "pleasant"}  # ("isn't bad", "isn't awful": not so bad)
# where a room's smell is (the first Vietnamese of each is written back; "xe" alone, a car or a bus, is left)
PLACES = {"phòng": "room", "căn phòng": "room", "nhà": "house", "bếp": "kitchen", "nhà bếp": "kitchen",
          "tủ lạnh": "fridge", "xe ô tô": "car", "ô tô": "car", "xe hơi": "car", "xe buýt": "bus",
          "thang máy": "lift", "phòng khách": "living room", "phòng ngủ": "bedroom", "căn hộ": "flat"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"car": "xe", "elevator": "thang máy",
                                                               "apartment": "căn hộ"}
# where it is not allowed ("lên xe": on board, whichever it is; "vào" for these of _INTO, "lên" for the rest)
_CARRIED = {"xe": "on board", "xe buýt": "on the bus", "xe khách": "on the coach", "máy bay": "on the plane",
            "taxi": "in the taxi", "xe taxi": "in the taxi", "tàu điện ngầm": "on the metro",
            "khách sạn": "in the hotel", "phòng": "in the room", "thang máy": "in the lift"}
_INTO = {"khách sạn", "phòng", "thang máy"}
_CARRIED_VI = {en.split()[-1]: (vi, en.split()[0]) for vi, en in reversed(_CARRIED.items()) if vi != "xe"} | {
    "elevator": ("thang máy", "in")}

_FOOD = rf"(?P<food>(?i:{alternatives(FOODS)}))"
_ODOUR = rf"(?P<odd>{alternatives(ODOURS)})"
_PLACE = rf"(?P<place>(?i:{alternatives(PLACES)}))"
# the smell of it ("Mùi sầu riêng nồng quá.", "Mùi mắm tôm có khó chịu không?", "Mùi mít không nồng lắm.")
_SMELL = lazy(rf"[Mm]ùi\s+(?:của\s+)?{_FOOD}(?:\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
              rf"(?:(?P<pre>rất|hơi|khá|quá)\s+)?{_ODOUR}(?:\s+(?P<post>quá|lắm))?{ASKED_END}")
# ... had by it ("Sầu riêng có mùi nồng quá.", "Mít có mùi thơm không?")
_HAS = lazy(rf"{_FOOD}(?:\s+(?P<this>này))?\s+(?:(?P<not>không)\s+)?có\s+mùi\s+(?:(?P<pre>rất|khá)\s+)?{_ODOUR}"
            rf"(?:\s+(?P<post>quá|lắm))?{ASKED_END}")
# who can't stand it or likes it ("Tôi không chịu được mùi sầu riêng.", "Bạn có thích mùi mít không?")
_STAND = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không(?:\s+thể)?)\s+|(?P<very>rất)\s+)?(?P<verb>chịu\s+(?:được|"
              rf"nổi)|chịu\s+không\s+nổi|thích|ghét|mê)\s+mùi\s+(?:của\s+)?{_FOOD}(?:\s+(?P<post>lắm))?{ASKED_END}")
# a place full of it ("Cả phòng toàn mùi sầu riêng.", "Tủ lạnh có mùi sầu riêng.", "Cả xe buýt nồng nặc mùi mắm tôm.")
_FILLED = lazy(rf"(?:(?P<all>[Cc]ả)\s+)?{_PLACE}(?:\s+(?P<this>này))?\s+(?:(?P<has>có)|(?P<full>toàn|đầy)|"
               rf"(?P<reeks>nồng\s+nặc|sặc)|(?P<stinks>bốc))\s+mùi\s+{_FOOD}{ASKED_END}")
_ALL_OVER = lazy(rf"[Mm]ùi\s+{_FOOD}\s+(?:bay\s+|lan\s+)?khắp\s+(?:cả\s+)?{_PLACE}{SOFTENED_END}")
# not allowed ("Không được mang sầu riêng lên xe.", "Có được mang sầu riêng vào khách sạn không?")
_WHERE = rf"(?P<to>lên|vào)\s+(?P<where>(?i:{alternatives(_CARRIED)}))(?:\s+(?P<this>này))?"
_BANNED = lazy(rf"(?:(?P<you>[Bb]ạn)\s+không\s+được|(?P<no>[Kk]hông\s+được|[Cc]ấm)|(?P<ask>[Cc]ó\s+được))\s+mang\s+"
               rf"{_FOOD}\s+{_WHERE}{ASKED_END}")
_BANS = lazy(rf"(?P<where>(?i:{alternatives(set(_CARRIED) - {'xe'})}))(?:\s+(?P<this>này))?\s+(?:cấm|không\s+cho"
             rf"(?:\s+phép)?)\s+mang\s+{_FOOD}(?:\s+(?P<to>lên|vào))?{SOFTENED_END}")

# ... in English
_FOOD_EN = rf"(?P<food>(?i:{alternatives(FOODS_VI)}))"
_DEG_EN = rf"(?:(?P<deg>{alternatives(_DEGREE_EN)})\s+)?(?P<odd>[a-z]+)"
_SMELL_EN = lazy(rf"(?:(?P<q>Is)\s+the|The)\s+smell\s+of\s+(?:(?P<this>this)\s+)?{_FOOD_EN}(?P<be>\s+is(?P<not>n't|"
                 rf"\s+not)?)?\s+{_DEG_EN}\s*(?P<end>[.!?]*)")
_SMELLS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?:(?P<this>[Tt]his)\s+)?{_FOOD_EN}(?P<not>\s+doesn't|\s+does\s+not)?\s+"
                  rf"(?P<verb>smells?)\s+{_DEG_EN}\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?:(?P<this>[Tt]his)\s+)?{_FOOD_EN}(?P<not>\s+doesn't|\s+does\s+not)?\s+"
               r"(?P<verb>has|have)\s+(?:(?P<such>such|quite)\s+)?(?P<a>an?)\s+(?:(?P<deg>very|really)\s+)?"
               r"(?P<odd>[a-z]+)\s+smell\s*(?P<end>[.!?]*)")
_STAND_EN = lazy(rf"(?:(?P<q>Can|Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>can't|cannot|can\s+not|don't|doesn't|do\s+not|"
                 r"does\s+not))?(?:\s+(?P<really>really))?\s+(?P<verb>stand|likes?|loves?|hates?)\s+the\s+smell\s+of\s+"
                 rf"{_FOOD_EN}\s*(?P<end>[.!?]*)")
_FILLED_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>[Tt]he|[Tt]his)\s+(?:(?P<all>whole|entire)\s+)?(?P<place>"
                  rf"{alternatives(PLACES_VI)})\s+(?P<verb>smells?|reeks|stinks)\s+(?:of|like)\s+{_FOOD_EN}"
                  r"\s*(?P<end>[.!?]*)")
_ALL_OVER_EN = lazy(rf"The\s+smell\s+of\s+{_FOOD_EN}\s+is\s+all\s+over\s+the\s+(?P<place>{alternatives(PLACES_VI)})"
                    r"\s*(?P<end>[.!]*)")
_BANNED_EN = lazy(rf"(?:(?P<no>No)\s+|(?P<q>Is)\s+|(?P<you>You\s+(?:can't|cannot|can\s+not|are\s+not\s+allowed\s+to|"
                  rf"aren't\s+allowed\s+to)\s+bring)\s+)?{_FOOD_EN}(?P<allowed>\s+(?:is\s+not\s+|isn't\s+|is\s+)?"
                  rf"allowed)?\s+(?P<prep>on|onto|in|into)\s+(?P<det>the|this)\s+(?P<where>"
                  rf"{alternatives(_CARRIED_VI)})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a strong food's smell, who can't stand or likes it, a place that smells of it,
    or the food not allowed somewhere; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _smell(text) or _has(text) or _stand(text) or _filled(text) or _banned(text))
    text = text.replace("’", "'")
    return _smell_vi(text) or _has_vi(text) or _stand_vi(text) or _filled_vi(text) or _banned_vi(text)


def _has_asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match whose "có" is its verb's own ("có mùi": mt.hobbies.asked_of wants a "có" that only
    asks) asks ("không?"); None for a "?" on a statement, and "không" both denying and asking."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or asked and m.groupdict().get("not") else asked


def _degree(m: re.Match, odd: str) -> str | None:
    """How much, in English, of a Vietnamese match's groups "pre" and "post" ("rất", "quá") said of the smell `odd` in
    English ("very", "so", "really" of "awful"); None for one the word does not take ("hơi hôi")."""
    deg = _DEGREES.get((keyed(m["pre"] or ""), keyed(m["post"] or "")))
    if deg is None or deg not in _TAKES[odd]:
        return None
    return "really" if deg == "very" and odd in _EXTREME else deg


def _smelt(m: re.Match, asked: bool) -> tuple[str, str, str] | None:
    """The food, the smell and how much of a Vietnamese match of _SMELL or _HAS in English ("durian", "strong",
    "so"); None where the smell does not take how much, and how much, or a bad smell, denied or asked."""
    odd = ODOURS[keyed(m["odd"])]
    deg = _degree(m, odd)
    food = f"{'this ' * bool(m['this'])}{FOODS[keyed(m['food'])]}"
    if deg is None or m["not"] and (odd not in _DENIED or deg not in ("", "very") or m["pre"]):
        return None
    return None if asked and deg not in ("", "very", "too") else (food, odd, deg)


def _smell(text: str) -> str | None:
    """"Mùi sầu riêng nồng quá." as "The smell of durian is so strong.", "Mùi mắm tôm có khó chịu không?" as "Is the
    smell of shrimp paste unpleasant?" (_SMELL); None for anything else."""
    m = _SMELL.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _smelt(m, asked)) is None:
        return None
    food, odd, deg = said
    how, be_ = f"{deg} {odd}" if deg else odd, "isn't" if m["not"] else "is"
    if asked:
        return f"Is the smell of {food} {how}?"
    return f"The smell of {food} {be_} {how}{stop(m['end'])}"


def _has(text: str) -> str | None:
    """"Sầu riêng có mùi nồng quá." as "Durian has such a strong smell.", "Mít có mùi thơm không?" as "Does jackfruit
    have a nice smell?" (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (asked := _has_asked(m)) is None or (said := _smelt(m, asked)) is None:
        return None
    food, odd, deg = said
    if deg in ("a bit", "too") or (asked or m["not"]) and deg:
        return None
    smell = f"{deg} {odd} smell" if deg in ("very", "really") else f"{odd} smell"
    smell = {"so": "such ", "quite": "quite "}.get(deg, "") + f"{a_or_an(smell)} {smell}"
    if asked:
        return f"Does {food} have {smell}?"
    has = "doesn't have" if m["not"] else "has"
    return capitalised(f"{food} {has} {smell}{stop(m['end'])}")


# what Vietnamese says of who and the smell (before the verb, the verb, "lắm"), and how English says it
_STANDS = {("không", "chịu được", ""): "can't stand", ("", "chịu không nổi", ""): "can't stand",
           ("có", "chịu được", ""): "can stand", ("", "thích", ""): "like", ("rất", "thích", ""): "really like",
           ("", "thích", "lắm"): "really like", ("", "mê", ""): "love", ("", "ghét", ""): "hate",
           ("rất", "ghét", ""): "really hate", ("", "ghét", "lắm"): "really hate",
           ("không", "thích", ""): "not like", ("không", "thích", "lắm"): "not really like",
           ("có", "thích", ""): "like", ("có", "ghét", ""): "hate"}
_SAME = {"không thể": "không", "chịu nổi": "chịu được"}


def _stand(text: str) -> str | None:
    """"Tôi không chịu được mùi sầu riêng." as "I can't stand the smell of durian.", "Bạn có thích mùi mít không?" as
    "Do you like the smell of jackfruit?", "Mẹ tôi ghét mùi mắm tôm." as "My mother hates the smell of shrimp
    paste." (_STAND); None for anything else, "chịu được" said (put up with it?), a pet, "I" or "chúng tôi" asked
    (of themselves) and "em" with "ạ"."""
    m = _STAND.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or em_speaking(m) or (said := person_of(m, asked)) is None or (
            asked and keyed(m["who"] or "") == "chúng tôi"):
        return None
    verb, before = keyed(m["verb"]), keyed(m["ask"] or m["not"] or m["very"] or "")
    shape = _STANDS.get((_SAME.get(before, before), _SAME.get(verb, verb), keyed(m["post"] or "")))
    if shape is None or before == "không thể" and not verb.startswith("chịu"):  # ("không thể thích")
        return None
    who_, one = said
    rest = f"the smell of {FOODS[keyed(m['food'])]}"
    if "stand" in shape:
        return f"Can {who_} stand {rest}?" if asked else capitalised(f"{who_} can't stand {rest}{stop(m['end'])}")
    verb, denied = shape.split()[-1], shape.startswith("not")
    return present(who_, one, verb, rest, asked, denied, m["end"], "really " if "really" in shape else "")


def _filled(text: str) -> str | None:
    """"Cả phòng toàn mùi sầu riêng." as "The whole room smells of durian.", "Tủ lạnh có mùi sầu riêng không?" as
    "Does the fridge smell of durian?", "Mùi sầu riêng bay khắp nhà." as "The smell of durian is all over the house."
    (_FILLED, _ALL_OVER); None for anything else, and only "có mùi" asked."""
    if (m := _ALL_OVER.fullmatch(text)) and "?" not in m["end"]:
        return f"The smell of {FOODS[keyed(m['food'])]} is all over the {PLACES[keyed(m['place'])]}{stop(m['end'])}"
    m = _FILLED.fullmatch(text)
    if not m or (asked := _has_asked(m)) is None or asked and not m["has"]:
        return None
    whole = " whole" * bool(m["all"] or m["full"])  # ("Tủ lạnh toàn mùi sầu riêng.": all of it)
    place = f"{'this' if m['this'] else 'the'}{whole} {PLACES[keyed(m['place'])]}"
    food = FOODS[keyed(m["food"])]
    if asked:
        return f"Does {place} smell of {food}?"
    verb = "reeks" if m["reeks"] else "stinks" if m["stinks"] else "smells"
    return capitalised(f"{place} {verb} of {food}{stop(m['end'])}")


def _banned(text: str) -> str | None:
    """"Không được mang sầu riêng lên xe." as "Durian is not allowed on board.", "Có được mang sầu riêng vào khách sạn
    không?" as "Is durian allowed in the hotel?", "Khách sạn cấm mang sầu riêng." as "Durian is not allowed in the
    hotel." (_BANNED, _BANS); None for anything else, "lên" or "vào" not agreeing, and "this" of "xe" alone."""
    m = _BANNED.fullmatch(text) or _BANS.fullmatch(text)
    if not m:
        return None
    where, asked = keyed(m["where"]), "?" in m["end"]
    to = keyed(m["to"] or ("vào" if where in _INTO else "lên"))
    if (to == "vào") != (where in _INTO) or m["this"] and where == "xe":
        return None
    said, food = _CARRIED[where], FOODS[keyed(m["food"])]
    said = said.replace(" the ", " this ") if m["this"] else said
    if m.re == _BANS:
        return None if asked else capitalised(f"{food} is not allowed {said}{stop(m['end'])}")
    if bool(m["ask"]) != asked or asked != bool(m["asked"]):
        return None
    if asked:
        return f"Is {food} allowed {said}?"
    if m["you"]:  # (brought "into the hotel", "on the bus")
        return f"You can't bring {food} {re.sub(r'^in ', 'into ', said)}{stop(m['end'])}"
    return capitalised(f"{food} is not allowed {said}{stop(m['end'])}")


def _smelt_vi(m: re.Match, asked: bool, denied: bool) -> tuple[str, str, tuple[str, str]] | None:
    """The food, the smell and how much ("rất", "quá" before or after it) of an English match in Vietnamese; None for a
    smell not read, how much it does not take, a bad smell or how much denied or asked, and "really" asked (truly?)."""
    vi = ODOURS_VI.get(m["odd"])
    odd = vi and ODOURS[vi]
    deg = _DEGREE_EN[keyed(m["deg"])] if m["deg"] else ""
    if not odd or deg not in _TAKES[odd] or denied and (odd not in _DENIED or deg not in ("", "very")):
        return None
    if asked and deg not in ("", "very", "too") or keyed(m["deg"] or "") == "really" and (denied or asked) or (
            keyed(m["deg"] or "") == "very" and odd in _EXTREME):
        return None
    return f"{FOODS_VI[keyed(m['food'])]}{' này' * bool(m['this'])}", vi, _DEGREES_VI[deg]


def _how(vi: str, degree: tuple[str, str]) -> str:
    """A smell in Vietnamese with how much before or after it ("rất nồng", "nồng quá")."""
    return " ".join(w for w in (degree[0], vi, degree[1]) if w)


def _smell_vi(text: str) -> str | None:
    """"The smell of durian is so strong." and "Durian smells so strong." as "Mùi sầu riêng nồng quá.", "Is the smell
    of shrimp paste awful?" as "Mùi mắm tôm có kinh khủng không?" (_SMELL_EN, _SMELLS_EN); None for anything else, and
    a verb not agreeing ("Durian smell strong.")."""
    m = _SMELL_EN.fullmatch(text) or _SMELLS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    if m.re == _SMELL_EN and bool(m["q"]) == bool(m["be"]) or m.re == _SMELLS_EN and (
            (m["verb"] == "smells") == bool(m["q"] or m["not"]) or m["q"] and m["not"]):
        return None
    if (said := _smelt_vi(m, bool(m["q"]), bool(m["not"]))) is None:
        return None
    food, vi, degree = said
    if m["q"]:  # ("Is it very strong?": "có nồng lắm không?")
        return f"Mùi {food} có {_how(vi, ('', 'lắm') if degree == ('rất', '') else degree)} không?"
    if m["not"]:
        return f"Mùi {food} không {vi}{' lắm' * bool(degree[0])}{stop(m['end'])}"
    return f"Mùi {food} {_how(vi, degree)}{stop(m['end'])}"


def _has_vi(text: str) -> str | None:
    """"Durian has such a strong smell." as "Sầu riêng có mùi nồng quá.", "Does jackfruit have a nice smell?" as "Mít có
    mùi thơm không?" (_HAS_EN); None for anything else, and "a" or a verb not agreeing."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "has") == bool(m["q"] or m["not"]):
        return None
    such, deg, odd = keyed(m["such"] or ""), keyed(m["deg"] or ""), ODOURS_VI.get(m["odd"])
    how = {"such": "so", "quite": "quite"}.get(such) or ("very" if deg else "")
    if not odd or m["a"] != a_or_an(f"{deg} {m['odd']}".strip()) or such and deg or (m["q"] or m["not"]) and how:
        return None
    if how not in _TAKES[ODOURS[odd]] or deg == "very" and ODOURS[odd] in _EXTREME:
        return None  # ("very awful": "really awful")
    food = capitalised(f"{FOODS_VI[keyed(m['food'])]}{' này' * bool(m['this'])}")
    how = _how(odd, ("", "quá") if such == "such" else ("khá", "") if such else ("rất", "") if deg else ("", ""))
    if m["q"]:
        return f"{food} có mùi {how} không?"
    return f"{food} {'không ' * bool(m['not'])}có mùi {how}{stop(m['end'])}"


def _stand_vi(text: str) -> str | None:
    """"I can't stand the smell of durian." as "Tôi không chịu được mùi sầu riêng.", "Do you like the smell of
    jackfruit?" as "Bạn có thích mùi mít không?", "She loves the smell of durian." as "Cô ấy rất thích mùi sầu riêng."
    (_STAND_EN); None for anything else, a pet, "I" asked, "we" or "our" (chúng tôi, or chúng ta?), and a verb not
    agreeing with who."""
    m = _STAND_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or keyed(m["who"] or m["whose"] or "") in ("we", "our"):
        return None
    who_, one = who_vi(m)
    q, no, verb = (m["q"] or "").lower(), keyed(m["not"] or ""), m["verb"].removesuffix("s")
    first = re.match(r"can|does|do|", q or no)[0]  # (asking or denying first: "can't", "Does", none)
    if (first == "can") != (verb == "stand") or not first_agrees(first, who_, one) or m["verb"].endswith("s") != (
            one and not first) or q and (no or who_ in ("tôi", "chúng tôi")):
        return None
    if m["really"] and (q or verb in ("stand", "love")) or first.startswith("do") and verb == "love" or (
            no and verb == "hate"):
        return None  # ("don't really hate", "Do you love": not said alike)
    rest = f"mùi {FOODS_VI[keyed(m['food'])]}"
    if verb == "stand":
        said = f"có chịu được {rest} không?" if q else f"không chịu được {rest}"
    else:
        vi = {"like": "thích", "hate": "ghét", "love": "rất thích"}[verb]
        said = (f"có {vi} {rest} không?" if q else f"không thích {rest}{' lắm' * bool(m['really'])}" if no else
                f"{'rất ' * bool(m['really'])}{vi} {rest}")
    return capitalised(f"{who_} {said}{'' if q else stop(m['end'])}")


def _filled_vi(text: str) -> str | None:
    """"The whole room smells of durian." as "Cả phòng toàn mùi sầu riêng.", "Does the fridge smell of durian?" as "Tủ
    lạnh có mùi sầu riêng không?", "The smell of durian is all over the house." as "Mùi sầu riêng bay khắp nhà."
    (_FILLED_EN, _ALL_OVER_EN); None for anything else, and a verb not agreeing."""
    if m := _ALL_OVER_EN.fullmatch(text):
        return f"Mùi {FOODS_VI[keyed(m['food'])]} bay khắp {PLACES_VI[m['place']]}{stop(m['end'])}"
    m = _FILLED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "smell") != bool(m["q"]):
        return None
    place, food = PLACES_VI[keyed(m["place"])], FOODS_VI[keyed(m["food"])]
    place = capitalised(f"{'cả ' * bool(m['all'])}{place}{' này' * (m['det'].lower() == 'this')}")
    if m["q"]:
        return f"{place} có mùi {food} không?"
    said = {"reeks": "nồng nặc", "stinks": "bốc"}.get(m["verb"], "toàn" if m["all"] else "có")
    return f"{place} {said} mùi {food}{stop(m['end'])}"


def _banned_vi(text: str) -> str | None:
    """"Durian is not allowed on the bus." as "Không được mang sầu riêng lên xe buýt.", "No durian allowed in the
    hotel." as "Cấm mang sầu riêng vào khách sạn.", "Is durian allowed on the plane?" as "Có được mang sầu riêng lên
    máy bay không?" (_BANNED_EN); None for anything else, and "on" or "in" not agreeing with where ("in the bus")."""
    m = _BANNED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    allowed = keyed(m["allowed"] or "")
    # ("No durian on the bus." may be none there: a ban says "allowed")
    if m["q"] and allowed != "allowed" or m["no"] and allowed not in ("allowed", "is allowed") or m["you"] and (
            allowed) or not (m["q"] or m["no"] or m["you"]) and allowed not in ("is not allowed", "isn't allowed"):
        return None
    where, prep = _CARRIED_VI[m["where"]]
    if m["prep"] not in ((prep, f"{prep}to") if m["you"] else (prep,)):
        return None
    to, this = "vào" if where in _INTO else "lên", " này" * (m["det"] == "this")
    said = f"mang {FOODS_VI[keyed(m['food'])]} {to} {where}{this}"
    if m["q"]:
        return f"Có được {said} không?"
    return f"{'Cấm' if m['no'] else 'Bạn không được' if m['you'] else 'Không được'} {said}{stop(m['end'])}"
