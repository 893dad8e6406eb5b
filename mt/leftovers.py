"""Leftover food, both ways, written whole by rule: where the leftovers are kept, whether yesterday's are still there
or all gone, who is eating yesterday's food, heating it up on the stove or "cho vào lò vi sóng hâm lại", not throwing
leftovers away, not wasting food, and eating it all up. v8 (every other rule on) reads "hâm lại" as going back,
"còn" as "and", "bỏ phí" as leaving, "ăn cho hết" as eating for: "Cho cơm vào lò vi sóng hâm lại đi." → "Let the rice
go back to the microwave.", "Cơm thừa để trong tủ lạnh." → "The leftovers in the refrigerator.", "Đồ ăn thừa hôm qua
còn không?" → "Did you eat leftovers yesterday?", "Tôi ăn lại đồ ăn hôm qua." → "I eat back to food yesterday.",
"Mẹ tôi không bao giờ bỏ phí đồ ăn." → "My mother never left the food.", "Ăn cho hết đi." → "Eat for all.", "Hâm lại
canh trên bếp đi." → "Go back to the kitchen.", "Mẹ tôi không bao giờ vứt đồ ăn thừa." → "My mother never getting
leftovers."; back, "Heat the soup up on the stove." → "Chúc lên bếp lò.", "Don't throw away the leftovers." → "Đừng
ném đồ thừa.", "I hate wasting food." → "Tôi ghét thức ăn.".

Taken: leftovers ("đồ ăn thừa", "cơm thừa", "canh thừa" …; "the leftovers", "the leftover rice") or a food of a day
behind ("đồ ăn hôm qua", "cơm tối qua": "yesterday's food", "last night's rice"; mt.dates.near_days): in the fridge or
the freezer ("để", "ở" … "trong tủ lạnh", "vẫn": still), where ("… đâu rồi?"), any left ("… còn không?"), still there
("vẫn còn"), all gone ("hết rồi"); who (mt.hobbies.WHO, WHO_EN; no pets, "I" not asked) is eating ("đang"; asked with
"à?") or will eat ("sẽ") yesterday's food; the rice, the soup … heated up on the stove ("hâm nóng", "hâm lại" … "trên
bếp") or put in the microwave and heated up ("Cho … vào lò vi sóng hâm lại"): told, or by who, with "đang", "sẽ", "vừa",
"rồi", "chưa" (not yet, and asked); "Đừng đổ (vứt, bỏ) … đi" the leftovers, who never throws food away ("không bao
giờ"); "Đừng bỏ phí đồ ăn", who never wastes food, shouldn't, hates or doesn't like wasting it (asked: "có ghét …
không?"); "Ăn cho hết đi" (eat it all up, or all the rice …), "Chúng ta … đi" (let's) and who will ("sẽ"). Left: food
put, kept, heated up, microwaved or eaten with no stove said, and the leftovers finished (mt/fridge.py's: "Tôi hâm lại
canh rồi.", "Heat the rice up in the microwave.", "Let's finish the leftovers."), any food left over ("Còn cơm thừa
không?": mt/fridge.py), gone off (mt/spoiled_food.py), cooking (mt/cooking.py), burnt (mt/kitchen_mishaps.py), lunch
heated at work (mt/packed_lunches.py), meals had yet (mt/meals.py), "Cơm còn không?" (mt/supplies.py); a food of no day
and not left over ("Cơm để trong tủ lạnh."), "Tôi ăn đồ ăn thừa hôm qua." (yesterday's, or eaten yesterday?), eating or
heating with no tense ("Tôi ăn lại đồ ăn hôm qua.", "Tôi hâm lại canh trên bếp.": now, a habit, or done?), "Đừng bỏ cơm"
(skip a meal), throwing away with no "never" (now, or a habit?), "còn" alone ("Cơm thừa còn."), "anh", "em" … alone
saying it, a pet as who, a "?" on a statement, "vậy" or "thế" ending one (then, so much), and anything else.
mt.phrasebook.translate tries these after mt/driving_lessons.py.

    >>> translate("Đồ ăn thừa hôm qua còn không?", "vi", "en"), translate("My mother never wastes food.", "en", "vi")
    ("Are there any of yesterday's leftovers left?", 'Mẹ tôi không bao giờ bỏ phí đồ ăn.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, be_agrees, person_of
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed, present

_KEYS = {"vi": lazy(r"(?i:thừa|hôm\s+qua|tối\s+qua|hâm|phí|ăn\s+cho\s+hết|không\s+bao\s+giờ\s+(?:đổ|vứt))"),
         "en": lazy(r"(?i:leftover|yesterday|last\s+night|stove|wast|throw|eat\s+it\s+all|eat\s+up)")}
# foods that are left over or kept from a day ("đồ" only as "đồ thừa"); their English, and back
_FOOD_VI = {"cơm": "rice", "canh": "soup", "cháo": "porridge", "đồ ăn": "food", "thức ăn": "food", "đồ": "food"}
_FOOD_EN = {"rice": "cơm", "soup": "canh", "porridge": "cháo", "food": "đồ ăn"}
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua")  # (whose food: "yesterday's", "last night's")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_PLACES = {"tủ lạnh": "fridge", "ngăn mát": "fridge", "ngăn đá": "freezer", "tủ đông": "freezer"}
_PLACES_VI = {"fridge": "tủ lạnh", "refrigerator": "tủ lạnh", "freezer": "ngăn đá"}

_FOOD = (rf"(?P<food>(?i:{alternatives(_FOOD_VI)}))(?P<left>\s+thừa)?"
         rf"(?:\s+(?P<day>{alternatives(_DAYS)}))?")
_ORDER_END = r"(?:\s+(?P<p>đi\s+nhé|đi|nhé|nha))?\s*(?P<end>[.!]*)"
_HEAT = r"hâm(?:\s+nóng)?(?:\s+lại)?"
# the leftovers in the fridge, or where ("Cơm thừa để trong tủ lạnh.", "Đồ ăn thừa hôm qua đâu rồi?")
_KEPT = lazy(rf"{_FOOD}\s+(?:(?P<still>vẫn)\s+)?(?:để|ở)\s+(?:ở\s+)?(?:trong\s+)?"
             rf"(?P<place>(?i:{alternatives(_PLACES)}))(?:\s+(?:đấy|đó))?{SOFTENED_END}")
_WHERE = lazy(rf"{_FOOD}\s+(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENED_END}")
# any left, still there, all gone ("Đồ ăn thừa hôm qua còn không?", "Cơm thừa vẫn còn.", "Canh hôm qua hết rồi.")
_LEFT = lazy(rf"{_FOOD}\s+(?:(?P<ask>có\s+)?(?P<still>vẫn\s+)?còn(?:\s+(?P<asked>không))?|(?P<gone>hết\s+rồi))"
             rf"{SOFTENED_END}")
# who eats yesterday's food ("Tôi đang ăn lại đồ ăn hôm qua.", "Bạn đang ăn đồ ăn hôm qua à?")
_EATING = lazy(rf"{WHO}\s+(?:(?P<aux>đang|sẽ)\s+)?ăn\s+(?:lại\s+)?{_FOOD}(?:\s+(?P<q>à))?"
               rf"{SOFTENED_END}")
# heated on the stove, or in the microwave ("Hâm lại canh trên bếp đi.", "Cho cơm vào lò vi sóng hâm lại đi.")
_AUX = r"(?:(?P<aux>đang|sẽ|đã|vừa\s+mới|vừa|mới|chưa)\s+)?"
_DONE = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<p>đi\s+nhé|đi|nhé))?(?:\s+(?P<asked>chưa))?" + SOFTENED_END
_STOVE = lazy(rf"(?:{WHO}\s+{_AUX})?(?i:{_HEAT})\s+{_FOOD}\s+trên\s+bếp{_DONE}")
_MICRO = lazy(rf"(?:{WHO}\s+{_AUX})?(?i:cho)\s+{_FOOD}\s+vào\s+lò\s+vi\s+(?:sóng|ba)\s+{_HEAT}{_DONE}")
# not thrown away ("Đừng đổ đồ ăn thừa đi.", "Mẹ tôi không bao giờ vứt đồ ăn thừa.")
_THROW = lazy(rf"(?:(?P<dont>[Đđ]ừng)|{WHO}\s+(?P<never>không\s+bao\s+giờ))\s+(?P<verb>đổ|vứt|bỏ)\s+{_FOOD}"
              rf"(?:\s+(?P<away>đi))?{_ORDER_END}")
# not wasted ("Mẹ tôi không bao giờ bỏ phí đồ ăn.", "Tôi ghét lãng phí đồ ăn.", "Đừng bỏ phí đồ ăn.")
_WASTE = lazy(rf"(?:(?P<dont>[Đđ]ừng)|{WHO}\s+(?:(?P<ask>có)\s+)?(?P<how>không\s+bao\s+giờ|không\s+nên|rất\s+ghét|"
              r"ghét|không\s+thích))\s+(?:bỏ\s+phí|lãng\s+phí|phí)\s+(?:đồ|thức)\s+ăn(?:\s+(?P<asked>không))?"
              rf"{SOFTENED_END}")
# eaten up ("Ăn cho hết đi.", "Chúng ta ăn cho hết đồ ăn thừa nhé.", "Tôi sẽ ăn cho hết.")
_EAT_UP = lazy(rf"(?:(?P<lets>[Cc]húng\s+ta)\s+|{WHO}\s+(?P<will>sẽ)\s+)?(?i:ăn)\s+cho\s+hết(?:\s+{_FOOD})?"
               rf"{_ORDER_END}")

# ... and in English
_FOOD_EN_RE = (r"(?:(?P<the>(?i:the))\s+|(?P<day>(?i:yesterday|last\s+night))['’]s\s+)?(?:(?P<lo>leftovers)|"
               rf"(?:(?P<left>leftover)\s+)?(?P<food>{alternatives(_FOOD_EN)}))")
_BE = r"(?P<be>\s+is|\s+are|['’]s|['’]re)"
_KEPT_EN = lazy(rf"{_FOOD_EN_RE}{_BE}(?:\s+(?P<still>still))?\s+in\s+the\s+(?P<place>{alternatives(_PLACES_VI)})"
                r"\s*(?P<end>[.!]*)")
_WHERE_EN = lazy(rf"Where(?P<be>\s+is|\s+are|['’]s|['’]re)\s+{_FOOD_EN_RE}\s*\?+")
_LEFT_EN = lazy(rf"(?P<q>Is|Are)\s+there\s+any\s+(?P<of>of\s+)?{_FOOD_EN_RE}\s+left\s*\?+")
_STATE_EN = lazy(rf"{_FOOD_EN_RE}{_BE}\s+(?:(?P<still>still\s+there)|(?P<gone>all\s+gone))\s*(?P<end>[.!]*)")
_EATING_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<aux>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re|\s+will|['’]ll)?"
                  rf"\s+(?P<verb>eating|eat)\s+{_FOOD_EN_RE}\s*(?P<end>[.!?]*)")
_HEAT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?(?:{WHO_EN}(?P<aux>\s+will|['’]ll|\s+have|['’]ve|\s+has|['’]s|\s+is|\s+am|"
                r"\s+are|['’]m|['’]re|\s+haven['’]t|\s+hasn['’]t)?(?:\s+(?P<just>just))?\s+)?"
                rf"(?P<verb>(?i:(?:re)?heat(?:ed|ing)?))\s+(?:(?P<up0>up)\s+)?{_FOOD_EN_RE}(?:\s+(?P<up>up))?"
                r"\s+on\s+the\s+stove(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_THROW_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not)|{WHO_EN}\s+(?P<never>never))\s+(?P<verb>throws?)\s+"
                 rf"(?:(?P<away0>away)\s+)?{_FOOD_EN_RE}(?:\s+(?P<away>away))?\s*(?P<end>[.!]*)")
_WASTE_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not)|(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<how>never|really|"
                 r"shouldn['’]t|should\s+not|don['’]t|doesn['’]t|do\s+not|does\s+not))?)\s+(?P<verb>wastes?|hates?|"
                 r"likes?)\s+(?:(?P<ing>wasting|to\s+waste)\s+)?food\s*(?P<end>[.!?]*)")
_EAT_UP_EN = lazy(rf"(?:(?P<lets>Let['’]s)\s+|{WHO_EN}(?P<will>\s+will|['’]ll)\s+)?(?P<eat>[Ee]at)\s+"
                  rf"(?:(?P<it>it\s+all\s+up)|up\s+all\s+{_FOOD_EN_RE})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of leftovers kept, still there or gone, yesterday's food eaten, food heated up
    on the stove or in the microwave, not thrown away or wasted, or eaten up; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("… để trong tủ lạnh vậy.": keep it there, then; asked, they only soften)
        return _kept(text) or _left(text) or _eating(text) or _heat(text) or _throw(text) or _waste(text) or \
            _eat_up(text)
    text = text.replace("’", "'")
    return _kept_vi(text) or _left_vi(text) or _eating_vi(text) or _heat_vi(text) or _throw_vi(text) or \
        _waste_vi(text) or _eat_up_vi(text)


def _food(m: re.Match, det: bool = True, kept: bool = True) -> tuple[str, bool] | None:
    """The food of a match of _FOOD in English ("the leftover rice", "yesterday's food"; without "the" where not
    `det`: "leftovers", "food"), and whether many ("the leftovers are"); None for "đồ" not left over, and, where
    `kept`, a food neither left over nor of a day ("cơm": any rice)."""
    food, left = keyed(m["food"]), bool(m["left"])
    if food == "đồ" and not left or kept and not (left or m["day"]):
        return None
    said = _FOOD_VI[food]
    said = ("leftovers" if said == "food" else f"leftover {said}") if left else said
    if m["day"]:
        return f"{_DAYS[keyed(m['day'])]}'s {said}", said == "leftovers"
    return f"{'the ' * det}{said}", said == "leftovers"


def _food_vi(m: re.Match, det: bool | None = True, kept: bool = True) -> tuple[str, bool] | None:
    """The food of a match of _FOOD_EN_RE in Vietnamese ("cơm thừa", "đồ ăn hôm qua"), and whether many ("the
    leftovers"); None where "the" or a day is (`det` True) or is not (False) said, and, where `kept`, a food neither
    left over nor of a day."""
    said_det = bool(m["the"] or m["day"])
    if det is not None and said_det != det or kept and not (m["lo"] or m["left"] or m["day"]):
        return None
    vi = "đồ ăn thừa" if m["lo"] else f"{_FOOD_EN[m['food']]}{' thừa' * bool(m['left'])}"
    return f"{vi} {_DAYS_VI[keyed(m['day'])]}" if m["day"] else vi, bool(m["lo"])


def _kept(text: str) -> str | None:
    """"Cơm thừa để trong tủ lạnh." as "The leftover rice is in the fridge.", "Đồ ăn thừa vẫn để trong ngăn đá." as
    "The leftovers are still in the freezer." (_KEPT); "Đồ ăn thừa hôm qua đâu rồi?" as "Where are yesterday's
    leftovers?" (_WHERE); None for anything else."""
    m = _KEPT.fullmatch(text)
    if m and "?" not in m["end"] and (food := _food(m)):
        still = " still" * bool(m["still"])
        return capitalised(f"{food[0]} {'are' if food[1] else 'is'}{still} in the {_PLACES[keyed(m['place'])]}.")
    m = _WHERE.fullmatch(text)
    food = m and "?" in m["end"] and _food(m)
    return f"Where {'are' if food[1] else 'is'} {food[0]}?" if food else None


def _left(text: str) -> str | None:
    """"Đồ ăn thừa hôm qua còn không?" as "Are there any of yesterday's leftovers left?", "Cơm thừa còn không?" as
    "Is there any leftover rice left?", "Canh hôm qua vẫn còn." as "Yesterday's soup is still there.", "Đồ ăn thừa
    hết rồi." as "The leftovers are all gone." (_LEFT); None for anything else, and "còn" alone said."""
    m = _LEFT.fullmatch(text)
    food = m and _food(m)
    if not food or bool(m["asked"]) != ("?" in m["end"]) or m["ask"] and not m["asked"]:
        return None
    said, be = food[0], "are" if food[1] else "is"
    if m["asked"]:
        if m["still"]:
            return None
        of = "of " if m["day"] else ""
        return f"{be.capitalize()} there any {of}{said.removeprefix('the ')} left?"
    if m["gone"]:
        return capitalised(f"{said} {be} all gone.")
    return capitalised(f"{said} {be} still there.") if m["still"] else None


def _eating(text: str) -> str | None:
    """"Tôi đang ăn đồ ăn hôm qua." and "Tôi đang ăn lại đồ ăn hôm qua." as "I'm eating yesterday's food.", "Mẹ tôi
    sẽ ăn cơm thừa tối qua." as "My mother will eat last night's leftover rice.", "Bạn đang ăn đồ ăn hôm qua à?" as
    "Are you eating yesterday's food?" (_EATING); None for anything else, a food of no day, and no tense said ("Tôi
    ăn lại đồ ăn hôm qua.": now, a habit, or yesterday again?)."""
    m = _EATING.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or not m["day"] or asked != ("?" in m["end"]) or not m["aux"] or \
            asked and m["aux"] == "sẽ" or (food := _food(m)) is None or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    if m["aux"] == "sẽ":
        return capitalised(contracted(who_, f"will eat {food[0]}."))
    be = "am" if who_ == "I" else "is" if one else "are"
    return f"{be.capitalize()} {who_} eating {food[0]}?" if asked else \
        capitalised(contracted(who_, f"{be} eating {food[0]}."))


def _heat(text: str) -> str | None:
    """"Hâm lại canh trên bếp đi." as "Heat the soup up on the stove.", "Cho cơm vào lò vi sóng hâm lại đi." as
    "Heat the rice up in the microwave.", "Mẹ tôi đang hâm nóng canh trên bếp." as "My mother is heating the soup up
    on the stove.", "Bạn hâm lại canh trên bếp chưa?" as "Have you heated the soup up on the stove yet?" (_STOVE,
    _MICRO); None for anything else, and for who with no tense said."""
    m = _STOVE.fullmatch(text) or _MICRO.fullmatch(text)
    food = m and _food(m, kept=False)
    if not food or bool(m["asked"]) != ("?" in m["end"]):
        return None
    where = "on the stove" if m.re == _STOVE else "in the microwave"
    what = f"{food[0]} up {where}"
    who_ = m["who"] or m["kin"] or m["titled"] or m["given"]
    if not who_:
        return f"Heat {what}." if not (m["done"] or m["asked"]) else None
    said = person_of(m, bool(m["asked"]))
    aux, done, asked = keyed(m["aux"] or ""), bool(m["done"]), bool(m["asked"])
    if said is None or m["p"]:
        return None
    who_, one = said
    have = "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} heated {what} yet?" if aux in ("", "đã") and not done else None
    if aux == "chưa":
        return None if done else capitalised(f"{who_} {have}n't heated {what} yet.")
    if aux in ("vừa", "vừa mới", "mới"):
        return None if done else capitalised(contracted(who_, f"{have} just heated {what}."))
    if done:
        return capitalised(contracted(who_, f"{have} heated {what}.")) if aux in ("", "đã") else None
    if aux == "đang":
        return capitalised(contracted(who_, f"{'am' if who_ == 'I' else 'is' if one else 'are'} heating {what}."))
    return capitalised(contracted(who_, f"will heat {what}.")) if aux == "sẽ" else None


def _throw(text: str) -> str | None:
    """"Đừng đổ đồ ăn thừa đi." as "Don't throw the leftovers away.", "Mẹ tôi không bao giờ vứt đồ ăn thừa." as "My
    mother never throws leftovers away." (_THROW); None for anything else, "bỏ" of anything not left over ("Đừng bỏ
    cơm": skip a meal), and "Đừng" of a food neither left over nor of a day."""
    m = _THROW.fullmatch(text)
    if not m or keyed(m["verb"]) == "bỏ" and not (m["left"] and m["away"]):
        return None
    if m["dont"]:
        food = _food(m)
        return food and f"Don't throw {food[0]} away{'!' if '!' in m['end'] else '.'}"
    # ("Tôi không bao giờ đổ canh." may pour it: "đi" or leftovers say it is thrown away)
    said = None if m["day"] or m["p"] or not (m["away"] or m["left"]) else person_of(m, False)
    food = said and _food(m, det=False, kept=False)
    if not food:
        return None
    return capitalised(f"{said[0]} never {'throws' if said[1] else 'throw'} {food[0]} away.")


def _waste(text: str) -> str | None:
    """"Mẹ tôi không bao giờ bỏ phí đồ ăn." as "My mother never wastes food.", "Đừng bỏ phí đồ ăn." as "Don't waste
    food.", "Tôi ghét lãng phí đồ ăn." as "I hate wasting food.", "Bạn có ghét lãng phí đồ ăn không?" as "Do you hate
    wasting food?" (_WASTE); None for anything else."""
    m = _WASTE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    if m["dont"]:
        return "Don't waste food." if not m["asked"] else None
    asked, how = bool(m["asked"]), keyed(m["how"])
    if (said := person_of(m, asked)) is None or asked and how != "ghét":
        return None
    who_, one = said
    if how == "không bao giờ":
        return present(who_, one, "waste", "food", adverb="never ")
    if how == "không nên":
        return capitalised(f"{who_} shouldn't waste food.")
    if how == "không thích":
        return present(who_, one, "like", "wasting food", denied=True)
    return present(who_, one, "hate", "wasting food", asked, adverb="really " * (how == "rất ghét"))


def _eat_up(text: str) -> str | None:
    """"Ăn cho hết đi." as "Eat it all up.", "Ăn cho hết cơm đi." as "Eat up all the rice.", "Chúng ta ăn cho hết
    đồ ăn thừa nhé." as "Let's eat up all the leftovers.", "Tôi sẽ ăn cho hết." as "I'll eat it all up." (_EAT_UP);
    None for anything else."""
    m = _EAT_UP.fullmatch(text)
    food = m and m["food"] and _food(m, kept=False)
    if not m or m["food"] and not food:
        return None
    what = f"up all {food[0]}" if food else "it all up"
    if m["lets"]:
        return f"Let's eat {what}." if m["p"] else None
    if m["will"]:
        said = None if m["p"] else person_of(m, False)
        return said and capitalised(contracted(said[0], f"will eat {what}."))
    return f"Eat {what}{'!' if '!' in m['end'] else '.'}"


def _be_many(be: str, many: bool) -> bool:
    """Whether "is" or "are" (contracted or not) agrees with a food, many or not."""
    return keyed(be).lstrip("'") in (("are", "re") if many else ("is", "s"))


def _kept_vi(text: str) -> str | None:
    """"The leftover rice is in the fridge." as "Cơm thừa để trong tủ lạnh.", "Yesterday's leftovers are still in
    the freezer." as "Đồ ăn thừa hôm qua vẫn để trong ngăn đá." (_KEPT_EN); "Where are yesterday's leftovers?" as
    "Đồ ăn thừa hôm qua đâu rồi?" (_WHERE_EN); None for anything else, and where "is" does not agree."""
    m = _KEPT_EN.fullmatch(text) or _WHERE_EN.fullmatch(text)
    food = m and _food_vi(m)
    if not food or not _be_many(m["be"], food[1]):
        return None
    if m.re == _WHERE_EN:
        return capitalised(f"{food[0]} đâu rồi?")
    return capitalised(f"{food[0]} {'vẫn ' * bool(m['still'])}để trong {_PLACES_VI[m['place']]}.")


def _left_vi(text: str) -> str | None:
    """"Are there any of yesterday's leftovers left?" as "Đồ ăn thừa hôm qua còn không?", "Is there any leftover
    rice left?" as "Cơm thừa còn không?" (_LEFT_EN); "Yesterday's soup is still there." as "Canh hôm qua vẫn còn.",
    "The leftovers are all gone." as "Đồ ăn thừa hết rồi." (_STATE_EN); None for anything else, and where "is" does
    not agree."""
    m = _LEFT_EN.fullmatch(text)
    if m:
        food = _food_vi(m, det=None)
        if not food or bool(m["of"]) != bool(m["the"] or m["day"]) or not _be_many(m["q"], food[1]):
            return None
        return capitalised(f"{food[0]} còn không?")
    m = _STATE_EN.fullmatch(text)
    food = m and _food_vi(m)
    if not food or not _be_many(m["be"], food[1]):
        return None
    return capitalised(f"{food[0]} vẫn còn." if m["still"] else f"{food[0]} hết rồi.")


def _eating_vi(text: str) -> str | None:
    """"I'm eating yesterday's food." as "Tôi đang ăn đồ ăn hôm qua.", "Are you eating yesterday's leftovers?" as
    "Bạn đang ăn đồ ăn thừa hôm qua à?", "We'll eat last night's rice." as "Chúng tôi sẽ ăn cơm tối qua."
    (_EATING_EN); None for anything else, a food of no day, and where the verb does not agree."""
    m = _EATING_EN.fullmatch(text)
    food = m and m["day"] and _food_vi(m)
    if not food or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    aux = keyed(m["aux"] or m["q"] or "")
    will = aux in ("will", "'ll")
    if will != (m["verb"] == "eat") or not will and not be_agrees(m, aux):
        return None
    said = person_of(m, bool(m["q"]), "en")
    if said is None:
        return None
    if m["q"]:
        return capitalised(f"{said[0]} đang ăn {food[0]} à?")
    return capitalised(f"{said[0]} {'sẽ' if will else 'đang'} ăn {food[0]}.")


def _heat_vi(text: str) -> str | None:
    """"Heat the soup up on the stove." as "Hâm nóng canh trên bếp đi.", "Reheat the rice on the stove." as "Hâm lại
    cơm trên bếp đi.", "My mother is heating up the soup on the stove." as "Mẹ tôi đang hâm nóng canh trên bếp.",
    "Have you heated the soup up on the stove yet?" as "Bạn đã hâm nóng canh trên bếp chưa?" (_HEAT_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _HEAT_EN.fullmatch(text)
    food = m and _food_vi(m, kept=False)
    if not food or m["up0"] and m["up"] or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    verb = m["verb"].lower()
    heat = "hâm lại" if verb.startswith("re") else "hâm nóng"
    form = verb.removeprefix("re")
    what = f"{heat} {food[0]} trên bếp"
    if not (m["who"] or m["kin"] or m["given"]):
        ok = form == "heat" and not (m["q"] or m["yet"] or m["just"]) and m["end"] in (".", "!", "")
        return capitalised(f"{what} đi{'!' if '!' in m['end'] else '.'}") if ok else None
    said = person_of(m, bool(m["q"]), "en")
    raw = keyed(m["aux"] or m["q"] or "")
    aux = "is" if raw == "'s" and form == "heating" else raw.lstrip("'")
    if said is None:
        return None
    who_, one = said
    perfect = {"has": True, "s": True, "hasn't": True, "have": False, "ve": False, "haven't": False}
    if aux in perfect:
        if form != "heated" or perfect[aux] != one or m["just"] and (m["q"] or m["yet"] or "n't" in aux):
            return None
        if m["q"]:
            return capitalised(f"{who_} đã {what} chưa?") if m["yet"] else None
        if "n't" in aux:
            return capitalised(f"{who_} chưa {what}.") if m["yet"] else None
        return None if m["yet"] else capitalised(f"{who_} vừa {what}." if m["just"] else f"{who_} đã {what} rồi.")
    if m["q"] or m["yet"] or m["just"]:
        return None
    if aux in ("will", "ll"):
        return capitalised(f"{who_} sẽ {what}.") if form == "heat" else None
    if aux in ("is", "am", "are", "m", "re") and form == "heating" and be_agrees(m, raw):
        return capitalised(f"{who_} đang {what}.")
    return None


def _throw_vi(text: str) -> str | None:
    """"Don't throw the leftovers away." and "Don't throw away the leftovers." as "Đừng đổ đồ ăn thừa đi.", "My
    mother never throws leftovers away." as "Mẹ tôi không bao giờ đổ đồ ăn thừa đi.", "We never throw food away." as
    "Chúng tôi không bao giờ đổ đồ ăn đi." (_THROW_EN); None for anything else, "away" said twice or not at all, and
    where the verb does not agree."""
    m = _THROW_EN.fullmatch(text)
    if not m or bool(m["away0"]) == bool(m["away"]):
        return None
    if m["dont"]:
        food = m["verb"] == "throw" and _food_vi(m)
        return food and f"Đừng đổ {food[0]} đi{'!' if '!' in m['end'] else '.'}"
    food = _food_vi(m, det=False, kept=False)
    said = food and person_of(m, False, "en")
    if not said or (m["verb"] == "throws") != said[1]:
        return None
    return capitalised(f"{said[0]} không bao giờ đổ {food[0]} đi.")


def _waste_vi(text: str) -> str | None:
    """"My mother never wastes food." as "Mẹ tôi không bao giờ bỏ phí đồ ăn.", "Don't waste food." as "Đừng bỏ phí
    đồ ăn.", "I hate wasting food." as "Tôi ghét lãng phí đồ ăn.", "Does she hate wasting food?" as "Cô ấy có ghét
    lãng phí đồ ăn không?", "We shouldn't waste food." as "Chúng tôi không nên lãng phí đồ ăn." (_WASTE_EN); None
    for anything else, and where the verb does not agree with who."""
    m = _WASTE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    verb, how, ing = m["verb"], keyed(m["how"] or "").replace("'", ""), bool(m["ing"])
    if m["dont"]:
        return "Đừng bỏ phí đồ ăn." if verb == "waste" and not ing and "?" not in m["end"] else None
    said = person_of(m, bool(m["q"]), "en")
    if said is None:
        return None
    who_, one = said
    s_form = verb.endswith("s")
    if m["q"] and (how or verb != "hate" or not ing or (m["q"] == "Does") != one):
        return None
    if not m["q"] and (s_form != one if how in ("", "never", "really") else s_form):
        return None  # (the verb after who agreeing, or the base after an auxiliary)
    if m["q"]:
        return capitalised(f"{who_} có ghét lãng phí đồ ăn không?")
    base = verb.removesuffix("s")
    if base == "waste" and not ing and how in ("never", "shouldnt", "should not"):
        return capitalised(f"{who_} không bao giờ bỏ phí đồ ăn." if how == "never" else
                           f"{who_} không nên lãng phí đồ ăn.")
    if base == "hate" and ing and how in ("", "really"):
        return capitalised(f"{who_} {'rất ' * (how == 'really')}ghét lãng phí đồ ăn.")
    denied = {"dont": False, "do not": False, "doesnt": True, "does not": True}.get(how)
    if base == "like" and ing and denied == one:
        return capitalised(f"{who_} không thích lãng phí đồ ăn.")
    return None


def _eat_up_vi(text: str) -> str | None:
    """"Eat it all up." as "Ăn cho hết đi.", "Eat up all the leftovers." as "Ăn cho hết đồ ăn thừa đi.", "Let's eat
    it all up." as "Chúng ta ăn cho hết đi.", "I'll eat up all the rice." as "Tôi sẽ ăn cho hết cơm." (_EAT_UP_EN);
    None for anything else, and a food with no "the" or day."""
    m = _EAT_UP_EN.fullmatch(text)
    food = m and not m["it"] and _food_vi(m, kept=False)
    if not m or not m["it"] and not food:
        return None
    what = f"ăn cho hết {food[0]}" if food else "ăn cho hết"
    if m["lets"]:
        return f"Chúng ta {what} đi."
    if m["will"]:
        said = person_of(m, False, "en")
        return said and capitalised(f"{said[0]} sẽ {what}.")
    return None if m["eat"] == "eat" else f"{capitalised(what)} đi{'!' if '!' in m['end'] else '.'}"
