"""Cooking gone wrong, both ways, written whole by rule: a food burnt, overcooked, undercooked or mushy; who burnt it;
the milk boiling over; too much salt put in; a cake that didn't rise; something burning; the stove left on. v8 (rules
on) reads "cơm" as muscles, "khê" as slight, "trào" as reflux, "nở" as hatch, "chín" as nine and "bếp" as kitchen:
"Cơm bị khê rồi." → "The muscles are slighted.", "Sữa bị trào." → "Buddha was refluxed.", "Tôi cho nhiều muối
quá." → "I'm too much salt.", "Bánh không nở." → "That's not hatching.", "Cá bị chín quá." → "The fish was ninety.",
"Tôi quên tắt bếp." → "I forgot to turn off the kitchen."; "I burnt the rice." → "Tôi đốt gạo." (set fire to raw
rice), "The rice is undercooked." → "Gạo được nấu chín." (cooked), "I put too much salt in the soup." → "Tôi đặt muối
quá nhiều vào cà phê.", "The cake didn't rise." → "Hồ không tăng lên.", "I forgot to turn off the stove." → "Tôi
quên tắt lò sưởi." (the heater); a hand cut chopping, "đứt" read as knocked out: "Tôi bị đứt tay khi thái rau." →
"I'm getting off my hands when I move out.", "Mẹ tôi bị dao cứa vào tay." → "My mother was knife into her hand.", "Con
tôi bị đứt tay khi gọt táo." → "My child was knocked out when the apple was conscious."; "I cut my finger while
chopping vegetables." → "Tôi cắt ngón tay trong khi đâm rau." (stabbing), "My mother cut her hand on a knife." → "Mẹ
tôi cắt tay vào con dao.", "He cut his hand with a knife." → "Anh ấy cắt tay bằng con dao." (on purpose).

Taken: a food of FOODS burnt ("khê" of rice), overcooked, mushy (rice, noodles), undercooked ("sống": rice; "chưa
chín" only in English, or "vẫn chưa chín", still), said or asked ("Cơm có bị khê không?"); who (mt.hobbies.WHO,
WHO_EN) burnt, overcooked or undercooked it ("làm cháy cá", "nấu cơm bị khê"), let the milk boil over, or put too much
of a seasoning of mt.tastes.SEASONINGS in (a dish of mt.tastes.DISHES), just ("vừa"), again ("lại"), accidentally
("lỡ"), done ("rồi"); milk, soup or porridge boiling over or boiled over; a cake, bread or dough that didn't rise, has
not risen yet or sank; something burning, said ("Hình như …") or asked, "What's burning?"; who forgot to turn off the
stove or the oven, or on the rice cooker ("cắm cơm"), said or asked; "Don't forget …", "Remember …"; who cut a hand
or a finger ("đứt tay" the hand, as mt/injuries.py; "cut my finger" back "đứt tay" too) while chopping, cutting,
peeling or mincing a food of CHOPPED that way is said of ("bị đứt tay khi thái rau", "thái rau bị đứt tay"), or on a
knife ("bị dao cứa vào tay"; "with a knife" too), just ("vừa"), or asked ("có … không?", "Did …?"). Left: "X chưa
chín" and "The X isn't cooked yet" (mt/cooking.py's; "Thịt chưa chín." the phrase list's), "cơm" cooked or not
(mt/mealtimes.py: "Cơm vẫn chưa chín." may be dinner not ready), too salty (mt/tastes.py), a smell of burning
(mt/smells.py), turning the stove off told ("Tắt bếp đi.": mt/cooking.py), spilt or dropped (mt/accidents.py), "Cơm
cháy." alone (a dish), "còn sống" of anything but rice (alive), "nhão" of anything but rice and noodles, questions of
who did it ("Did you burn the rice?"), "I left the stove on." (on purpose?); "Tôi bị đứt tay." and "I cut my
finger." plain (mt/injuries.py's), a cut with a day ("Hôm qua …"), "rồi", "I've cut …" (when?) or "cut myself" (where?),
whose hand after a name alone (his or her?) or English's "their" after kin, a pet, "we" or "they" on a knife (one
knife for all?), "hành" (which onion?), "dao cắt vào tay", a way of cutting not said of the food ("gọt rau",
"chopping an apple"), and anything else.
mt.phrasebook.translate tries these after mt/addiction.py.

    >>> translate("Cơm bị khê rồi.", "vi", "en"), translate("I burnt the rice.", "en", "vi")
    ('The rice is burnt.', 'Tôi nấu cơm bị khê.')
"""
from __future__ import annotations

import re

from .cooking import FOODS as _COOKING_FOODS
from .hobbies import WHO, WHO_EN, animal, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tastes import DISHES, DISHES_VI, SEASONINGS, SEASONINGS_VI
from .terms import his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed

# what gets spoilt (the first Vietnamese of each is written back), what English says as many, what is cooked through
_COOKED = {"meat", "fish", "eggs", "vegetables", "potatoes", "beef", "pork", "chicken", "prawns"}
FOODS = {vi: en for vi, en in _COOKING_FOODS.items() if en in _COOKED} | {
    "cơm": "rice", "mì": "noodles", "bánh": "cake", "bánh ngọt": "cake", "bánh mì": "bread",
    "bánh mì nướng": "toast"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())}
_MANY = {"eggs", "vegetables", "potatoes", "prawns", "noodles"}
# what each state is said of ("uncooked": "vẫn chưa chín", still not cooked); "khê" and "sống" only of rice
_FITS = {"burnt": set(FOODS.values()), "overcooked": _COOKED | {"noodles"}, "mushy": {"rice", "noodles"},
         "undercooked": _COOKED | {"rice"}, "uncooked": _COOKED | {"rice"}}
_STATES = {"khê": "burnt", "cháy": "burnt", "nhão": "mushy", "sống": "undercooked", "chín quá": "overcooked",
           "chưa chín": "uncooked"}
# a classifier that may come before a food ("nồi cơm", "con cá"), and the foods it goes with
_CLASSIFIERS = {"nồi": {"rice"}, "cái": {"cake", "bread"}, "con": {"fish", "chicken"}}
# what boils over; what rises; what is left on (the rice cooker: not turned on)
LIQUIDS = {"sữa": "milk", "canh": "soup", "cháo": "porridge"}
LIQUIDS_VI = {en: vi for vi, en in LIQUIDS.items()}
BAKED = {"bánh": "cake", "bánh ngọt": "cake", "bánh bông lan": "sponge cake", "bánh mì": "bread", "bột": "dough"}
BAKED_VI = {en: vi for vi, en in reversed(BAKED.items())}
STOVES = {"bếp": "stove", "bếp ga": "stove", "bếp điện": "stove", "lò": "oven", "lò nướng": "oven"}
STOVES_VI = {"stove": "bếp", "cooker": "bếp", "hob": "bếp", "oven": "lò nướng"}
# a hand cut while chopping: how (English's "-ing"), what (as English says it, "gọt táo": peeling an apple), and what
# each way of cutting is said of ("hành" left: spring onions, shallots or onions?)
CHOPS = {"thái": "chopping", "xắt": "chopping", "cắt": "cutting", "gọt": "peeling", "băm": "mincing"}
CHOPPED = {"rau": "vegetables", "hành tây": "onions", "thịt": "meat", "thịt bò": "beef", "thịt lợn": "pork",
           "thịt heo": "pork", "thịt gà": "chicken", "cá": "fish", "khoai tây": "potatoes", "cà rốt": "carrots",
           "cà chua": "tomatoes", "ớt": "chillies", "tỏi": "garlic", "dưa chuột": "a cucumber", "táo": "an apple",
           "xoài": "a mango", "lê": "a pear", "hoa quả": "fruit", "trái cây": "fruit", "bánh mì": "bread"}
_FRUIT = {"an apple", "a mango", "a pear", "fruit"}
_CHOP_FITS = {"chopping": set(CHOPPED.values()) - _FRUIT - {"bread"}, "cutting": set(CHOPPED.values()),
              "peeling": _FRUIT | {"potatoes", "carrots", "a cucumber"},
              "mincing": {"meat", "beef", "pork", "chicken", "garlic", "chillies"}}
# ... and back: English's ways (slicing is "thái", or "cắt" where "thái" is not said) and what, as many or one
CHOPS_VI = {"chopping": "thái", "slicing": "thái", "cutting": "cắt", "peeling": "gọt", "mincing": "băm"}
CHOPPED_VI = {en: vi for vi, en in reversed(CHOPPED.items())} | {
    "veg": "rau", "an onion": "hành tây", "a potato": "khoai tây", "a carrot": "cà rốt", "a tomato": "cà chua",
    "chilies": "ớt", "apples": "táo", "mangoes": "xoài", "pears": "lê", "cucumbers": "dưa chuột"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:khê|cháy|nhão|sống|chín|trào|nở|xẹp|nhiều|quên|nhớ|đứt|cứa)"),
         "en": lazy(r"(?i:\bburn|cooked|mushy|soggy|boil|too\s+much|\brise|sank|sunk|collapsed|"
                    r"forg[eo]t|remember|\bcut)")}

_FOOD = rf"(?:(?P<cl>(?i:{alternatives(_CLASSIFIERS)}))\s+)?(?P<food>(?i:{alternatives(FOODS)}))"
# a food spoilt ("Cơm bị khê rồi.", "Cá bị chín quá.", "Cơm còn sống.", "Thịt vẫn chưa chín.", "Cơm có bị khê không?")
_SPOILT = lazy(rf"{_FOOD}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?P<bi>bị\s+)?"
               rf"(?P<state>khê|cháy|nhão|sống|chín\s+quá|chưa\s+chín)(?:\s+(?P<done>rồi))?{ASKED_END}")
# who did it ("Tôi làm cháy cá rồi.", "Mẹ tôi nấu cơm bị khê.", "Tôi để sữa bị trào.", "Tôi cho nhiều muối quá.")
_DOING = r"(?:(?P<tense>vừa|mới|đã)\s+)?(?:(?P<again>lại)\s+)?(?:(?P<oops>lỡ(?:\s+tay)?)\s+)?"
_DID = lazy(rf"{WHO}\s+{_DOING}(?:(?:làm\s+(?P<made>cháy|khê)|(?P<cook>nấu|rán|chiên|nướng|luộc))\s+{_FOOD}(?:\s+"
            rf"(?:bị\s+)?(?P<state>khê|cháy|sống|chín\s+quá))?|để\s+(?P<liquid>{alternatives(LIQUIDS)})\s+bị\s+trào"
            rf"(?:\s+ra(?:\s+ngoài)?)?)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# what too much is put in: a dish or drink of mt.tastes but "món" ("cho … vào món" is not said), "dish" back
_INTO, _INTO_EN = alternatives(set(DISHES) - {"món"}), alternatives(set(DISHES_VI) - {"dish"})
_SALTED = lazy(rf"{WHO}\s+{_DOING}(?:cho|bỏ|nêm)\s+(?P<too>quá\s+)?nhiều\s+(?P<what>(?i:{alternatives(SEASONINGS)}))"
               rf"(?P<too2>\s+quá)?(?:\s+vào(?:\s+(?P<dish>(?i:{_INTO})))?)?(?P<too3>\s+quá)?"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# the milk boiling over, or boiled over ("Sữa đang trào kìa!", "Sữa bị trào rồi.")
_BOILED = lazy(rf"(?:(?i:nồi)\s+)?(?P<liquid>(?i:{alternatives(LIQUIDS)}))\s+(?:(?P<now>đang)\s+|(?P<bi>bị)\s+)?"
               rf"trào(?:\s+ra(?:\s+ngoài)?)?(?:\s+(?P<done>rồi)|\s+(?P<look>kìa))?{SOFTENED_END}")
# a cake that didn't rise ("Bánh không nở.", "Bột vẫn chưa nở.", "Bánh bị xẹp rồi.")
_RISEN = lazy(rf"(?:(?i:cái)\s+)?(?P<baked>(?i:{alternatives(BAKED)}))\s+(?:(?P<not>không)\s+nở(?:\s+được)?|"
              rf"(?P<still>vẫn\s+)?(?P<yet>chưa)\s+nở|bị\s+(?P<sank>xẹp))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# something burning ("Có gì đang cháy kìa!", "Hình như có gì đang cháy.", "Cái gì đang cháy thế?")
_BURNING = lazy(r"(?:(?P<think>(?i:hình\s+như))\s+)?(?i:có)\s+(?:cái\s+)?gì(?:\s+đó)?\s+(?:đang\s+)?(?:bị\s+)?cháy"
                r"(?P<where>\s+trong\s+bếp)?(?:\s+kìa|\s+(?P<seems>thì\s+phải)|\s+(?P<q>à|hả|phải\s+không))?\s*"
                r"(?P<end>[.!?]*)|(?P<what>(?i:cái\s+gì))\s+(?:đang\s+)?cháy(?:\s+(?:thế|vậy))?\s*\?+")
# the stove left on ("Tôi quên tắt bếp.", "Bạn có quên tắt bếp không?", "Đừng quên tắt bếp nhé.")
_APPLIANCE = (rf"(?:tắt\s+(?P<stove>(?i:{alternatives(STOVES)}))|(?P<cooker>(?:cắm|bật)\s+nồi\s+cơm(?:\s+điện)?|"
              r"cắm\s+cơm))")
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<again>lại)\s+)?quên(?:\s+mất)?\s+(?:không\s+)?{_APPLIANCE}"
               rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<q>à|hả|phải\s+không))?{ASKED_END}")
_REMIND = lazy(rf"(?:(?P<dont>(?i:đừng\s+quên))|(?i:nhớ))\s+{_APPLIANCE}(?:\s+(?:nhé|nha|đấy|nhá))?\s*(?P<end>[.!]*)")
# a hand cut chopping ("Tôi bị đứt tay khi thái rau.", "Tôi thái rau bị đứt tay.", "Mẹ tôi bị dao cứa vào tay.")
_CHOP = rf"(?P<chop>{alternatives(CHOPS)})\s+(?P<chopped>(?i:{alternatives(CHOPPED)}))"
_TENSE = r"(?:(?P<tense>vừa|mới|đã)\s+)?"
_CUT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?{_TENSE}bị\s+(?:đứt\s+(?P<finger>ngón\s+)?tay\s+(?:khi|lúc|trong\s+lúc)"
            rf"\s+(?:đang\s+)?{_CHOP}|(?P<knife>dao\s+cứa)\s+(?:vào\s+)?(?P<finger2>ngón\s+)?tay){ASKED_END}")
_CUT_CHOPPING = lazy(rf"{WHO}\s+{_TENSE}{_CHOP}\s+(?:thì\s+)?bị\s+đứt\s+(?P<finger>ngón\s+)?tay{SOFTENED_END}")

# ... and in English ("The rice is burnt.", "Is the rice burnt?", "The meat still isn't cooked.")
_FOOD_EN = rf"(?P<food>(?i:{alternatives(FOODS_VI)}))"
_SPOILT_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+the|The)\s+{_FOOD_EN}(?P<be>['’]s|\s+is|\s+are|['’]re)?(?P<still>\s+still)?"
                  r"(?P<nt>\s+isn['’]t|\s+aren['’]t)?\s+(?:(?P<state>burnt|burned|overcooked|undercooked|mushy|soggy)|"
                  r"(?P<cooked>cooked|done))\s*(?P<end>[.!?]*)")
_HAVE_EN = r"(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<just>\s+just)?(?P<oops>\s+accidentally)?"
_DID_EN = lazy(rf"{WHO_EN}{_HAVE_EN}\s+(?:(?P<verb>burnt|burned|overcooked|undercooked)\s+the\s+{_FOOD_EN}|let\s+"
               rf"the\s+(?P<liquid>{alternatives(LIQUIDS_VI)})\s+boil\s+over)(?P<again>\s+again)?\s*(?P<end>[.!]*)")
_SALTED_EN = lazy(rf"{WHO_EN}{_HAVE_EN}\s+(?P<verb>put|added)\s+(?:way\s+)?too\s+much\s+"
                  rf"(?P<what>(?i:{alternatives(SEASONINGS_VI)}))(?:\s+(?:in|into|to)\s+(?:the\s+(?P<dish>(?i:"
                  rf"{_INTO_EN}))|(?P<it>it))|(?P<in>\s+in))?(?P<again>\s+again)?\s*(?P<end>[.!]*)")
_BOILED_EN = lazy(rf"The\s+(?P<liquid>{alternatives(LIQUIDS_VI)})(?:(?P<now>['’]s\s+boiling|\s+is\s+boiling)|"
                  r"\s+boiled|(?:['’]s|\s+has)\s+boiled)\s+over\s*(?P<end>[.!]*)")
_RISEN_EN = lazy(rf"The\s+(?P<baked>{alternatives(BAKED_VI)})\s+(?:(?P<rise>(?:didn['’]t|did\s+not)\s+rise)|"
                 r"(?P<still>still\s+)?(?:hasn['’]t|has\s+not)\s+risen(?P<yet>\s+yet)?|(?P<sank>sank|collapsed)|"
                 r"(?:has\s+|['’]s\s+)(?P<sunk>sunk|collapsed))\s*(?P<end>[.!]*)")
_BURNING_EN = lazy(r"(?:(?P<think>I\s+think)\s+)?[Ss]omething(?:['’]s|\s+is)\s+burning"
                   r"(?P<where>\s+in\s+the\s+kitchen)?\s*(?P<end>[.!]*)|(?P<q>Is)\s+something\s+burning\s*\?+|"
                   r"(?P<what>What)(?:['’]s|\s+is)\s+burning\s*\?+")
_APPLIANCE_EN = (r"(?:turn|switch)\s+(?:off\s+the\s+(?P<stove>stove|cooker|hob|oven)|the\s+(?P<stove2>stove|"
                 r"cooker|hob|oven)\s+off|on\s+the\s+rice\s+cooker|the\s+rice\s+cooker\s+on)")
_FORGOT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?P<verb>forgot|forget)\s+to\s+{_APPLIANCE_EN}"
                  r"(?P<again>\s+again)?\s*(?P<end>[.!?]*)")
_REMIND_EN = lazy(rf"(?:(?P<dont>Don['’]t\s+forget|Do\s+not\s+forget)|Remember)\s+to\s+{_APPLIANCE_EN}"
                  r"(?:,?\s+please)?\s*(?P<end>[.!]*)")

# "I cut my finger while chopping vegetables.", "My mother cut her hand on a knife.", "She's just cut … with a knife."
_CUT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<just>\s+just)?\s+cut\s+"
               r"(?P<own>(?i:my|your|his|her|our|their))\s+(?P<part>hand|finger)(?P<many>s)?\s+(?:(?:while|when)\s+"
               rf"(?P<ing>{alternatives(CHOPS_VI)})\s+(?P<the>the\s+|some\s+)?(?P<food>(?i:{alternatives(CHOPPED_VI)}))"
               r"|(?P<knife>on|with)\s+a\s+knife)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of cooking gone wrong that the module docstring takes; None for any other."""
    if src == "vi":
        return (_spoilt(text) or _did(text) or _salted(text) or _boiled(text) or _risen(text) or _burning(text)
                or _forgot(text) or _cut(text))
    return (_spoilt_vi(text) or _did_vi(text) or _salted_vi(text) or _boiled_vi(text) or _risen_vi(text)
            or _burning_vi(text) or _forgot_vi(text) or _cut_vi(text))


def _food(m: re.Match) -> str | None:
    """The food of a match of _FOOD in English ("rice"); None where its classifier does not go with it ("con cơm")."""
    food, cl = FOODS[keyed(m["food"])], keyed(m["cl"] or "")
    return None if cl and food not in _CLASSIFIERS[cl] else food


def _end(end: str | None) -> str:
    """A statement's end as the source's: "!" or "."."""
    return "!" if end and "!" in end else "."


def _spoilt(text: str) -> str | None:
    """"Cơm bị khê rồi." as "The rice is burnt.", "Thịt vẫn chưa chín." as "The meat still isn't cooked." (_SPOILT);
    None for "Cơm cháy." (a dish), "Cá còn sống." (alive) …"""
    m = _SPOILT.fullmatch(text)
    if not m or (food := _food(m)) is None or bool(m["asked"]) != ("?" in m["end"]):
        return None
    vi_state, asked, be = " ".join(m["state"].split()), bool(m["asked"]), "are" if food in _MANY else "is"
    state, end = _STATES[vi_state], _end(m["end"])
    if asked != bool(m["ask"]) or asked and not m["bi"] or m["still"] and m["bi"] or food not in _FITS[state] or \
            vi_state in ("khê", "sống") and food != "rice":
        return None
    if state == "uncooked":  # (without "vẫn", mt/cooking.py's; "Cơm vẫn chưa chín.": dinner not ready yet?)
        return f"The {food} still {be}n't cooked{end}" if m["still"] == "vẫn" and food != "rice" else None
    if m["still"] and state != "undercooked" or not (m["bi"] or m["still"] or m["done"] and vi_state != "nhão"):
        return None  # ("Cơm cháy.": a dish)
    said = "soggy" if state == "mushy" and food == "noodles" else state
    return f"{be.capitalize()} the {food} {said}?" if asked else (
        f"The {food} {be}{' still' * bool(m['still'])} {said}{end}")


def _done(m: re.Match, who_: str, one: bool, doing: str) -> str:
    """Who did it as the Vietnamese said it ("rồi": "I've …", "vừa": "I've just …", "lỡ", "lại"); without the end."""
    doing = f"{'accidentally ' * bool(m['oops'])}{doing}{' again' * bool(m['again'])}"
    if m["tense"] in ("vừa", "mới") or m["done"] and m["tense"] != "đã":
        just = "just " if m["tense"] in ("vừa", "mới") else ""
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{doing}"))
    return capitalised(f"{who_} {doing}")


def _did(text: str) -> str | None:
    """"Tôi làm cháy cá rồi." as "I've burnt the fish.", "Tôi để sữa bị trào." as "I let the milk boil over." (_DID)."""
    m = _DID.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    if m["liquid"]:
        return _done(m, *said, f"let the {LIQUIDS[keyed(m['liquid'])]} boil over") + _end(m["end"])
    if (food := _food(m)) is None or bool(m["made"]) == bool(m["state"]):
        return None
    vi_state = " ".join((m["made"] or m["state"]).split())
    if vi_state in ("khê", "sống") and food != "rice" or food not in _FITS[verb := _STATES[vi_state]]:
        return None
    return _done(m, *said, f"{verb} the {food}") + _end(m["end"])


def _salted(text: str) -> str | None:
    """"Tôi cho nhiều muối quá." as "I added too much salt." (_SALTED); None without "quá" (a lot), or with it twice."""
    m = _SALTED.fullmatch(text)
    if not m or "?" in m["end"] or sum(bool(m[g]) for g in ("too", "too2", "too3")) != 1 or \
            (said := who(m, False)) is None:
        return None
    what = SEASONINGS[keyed(m["what"])]
    doing = f"put too much {what} in the {DISHES[keyed(m['dish'])]}" if m["dish"] else f"added too much {what}"
    return _done(m, *said, doing) + _end(m["end"])


def _boiled(text: str) -> str | None:
    """"Sữa đang trào kìa!" as "The milk is boiling over!" (_BOILED); None for "Sữa trào." (when?)."""
    m = _BOILED.fullmatch(text)
    if not m or "?" in m["end"] or not (m["now"] or m["bi"] or m["done"] or m["look"]):
        return None
    liquid, end = LIQUIDS[keyed(m["liquid"])], _end(m["end"])
    if m["now"] or m["look"]:  # ("Sữa bị trào kìa!": boiling over now, or boiled over?)
        return None if m["done"] or m["bi"] else f"The {liquid} is boiling over{end}"
    return f"The {liquid} {'has boiled' if m['done'] else 'boiled'} over{end}" if m["bi"] or m["done"] else None


def _risen(text: str) -> str | None:
    """"Bánh không nở." as "The cake didn't rise.", "Bánh bị xẹp rồi." as "The cake has sunk." (_RISEN)."""
    m = _RISEN.fullmatch(text)
    if not m or "?" in m["end"] or m["yet"] and m["done"]:
        return None
    baked, end = BAKED[keyed(m["baked"])], _end(m["end"])
    if m["not"]:
        return f"The {baked} didn't rise{end}"
    if m["yet"]:
        return f"The {baked} {'still hasn' if m['still'] else 'hasn'}'t risen{'' if m['still'] else ' yet'}{end}"
    return f"The {baked} {'has sunk' if m['done'] else 'sank'}{end}"


def _burning(text: str) -> str | None:
    """"Có gì đang cháy kìa!" as "Something's burning!", "Cái gì đang cháy thế?" as "What's burning?" (_BURNING)."""
    m = _BURNING.fullmatch(text)
    if not m or m["what"]:
        return m and "What's burning?"
    where = " in the kitchen" if m["where"] else ""
    if bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["think"]:
        return None
    return f"Is something burning{where}?" if m["q"] else (
        f"{'I think s' if m['think'] or m['seems'] else 'S'}omething's burning{where}{_end(m['end'])}")


def _forgot(text: str) -> str | None:
    """"Tôi quên tắt bếp." as "I forgot to turn off the stove.", "Bạn có quên tắt bếp không?" as "Did you forget …?",
    "Đừng quên tắt bếp nhé." as "Don't forget to turn off the stove." (_FORGOT, _REMIND); None for anything else."""
    m = _REMIND.fullmatch(text) or _FORGOT.fullmatch(text)
    turn = m and ("turn on the rice cooker" if m["cooker"] else f"turn off the {STOVES[keyed(m['stove'])]}")
    if m and m.re == _REMIND:
        return ("Don't forget" if m["dont"] else "Remember") + f" to {turn}{_end(m['end'])}"
    asked = bool(m and (m["asked"] or m["q"]))
    if not m or asked != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["asked"] and m["q"] or \
            asked and m["done"] or (said := who(m, asked)) is None:
        return None
    again = " again" if m["again"] else ""
    return f"Did {said[0]} forget to {turn}{again}?" if asked else capitalised(
        f"{said[0]} forgot to {turn}{again}{_end(m['end'])}")


def _spoilt_vi(text: str) -> str | None:
    """"The rice is burnt." as "Cơm bị khê rồi.", "The fish is undercooked." as "Cá chưa chín." (_SPOILT_EN); None
    where "is" or "are" does not agree, or the state does not fit."""
    m = _SPOILT_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"] or m["nt"]) or m["be"] and m["nt"] or bool(m["be0"]) != (
            "?" in m["end"]):
        return None
    food, state = keyed(m["food"]), {"burned": "burnt", "soggy": "mushy"}.get(m["state"], m["state"])
    be = " ".join((m["be0"] or m["be"] or m["nt"]).lower().replace("’", "'").split())
    vi, end = capitalised(FOODS_VI[food]), _end(m["end"])
    if (be in ("are", "'re", "aren't")) != (food in _MANY) or m["nt"] and not m["still"] or m["be0"] and m["still"]:
        return None
    if m["cooked"]:  # ("The meat still isn't cooked."; without "still", mt/cooking.py's)
        return f"{vi} vẫn chưa chín{end}" if m["nt"] and food in _FITS["uncooked"] else None
    if m["nt"] or food not in _FITS[state] or m["still"] and state != "undercooked":
        return None
    if state == "undercooked" and food != "rice":
        return None if m["be0"] else f"{vi} {'vẫn ' * bool(m['still'])}chưa chín{end}"
    said = {"burnt": "bị khê" if food == "rice" else "bị cháy", "overcooked": "bị chín quá", "mushy": "bị nhão",
            "undercooked": "vẫn còn sống" if m["still"] else "bị sống"}[state]
    return f"{vi} có {said} không?" if m["be0"] else f"{vi} {said}{' rồi' * (state == 'burnt')}{end}"


def _done_vi(m: re.Match, doing: str) -> str | None:
    """Who did it in Vietnamese ("vừa": just, "lại": again, "lỡ": accidentally) and the end; None if "has" disagrees."""
    who_, one = who_vi(m)
    have = (m["have"] or "").strip().replace("’", "'")
    if have and (have in ("has", "'s")) != one or have == "'s" and not m["who"] or "?" in m["end"]:
        return None
    done = " rồi" if have and not m["just"] else ""
    return capitalised(f"{who_} {'vừa ' * bool(m['just'])}{'lại ' * bool(m['again'])}{'lỡ ' * bool(m['oops'])}"
                       f"{doing}{done}{_end(m['end'])}")


def _did_vi(text: str) -> str | None:
    """"I burnt the rice." as "Tôi nấu cơm bị khê.", "I let the milk boil over." as "Tôi để sữa bị trào." (_DID_EN);
    None for anything else, and "I've let …" (allowed?)."""
    m = _DID_EN.fullmatch(text)
    if not m or m["liquid"] and m["have"]:
        return None
    if m["liquid"]:
        return _done_vi(m, f"để {LIQUIDS_VI[m['liquid'].lower()]} bị trào")
    food, verb = keyed(m["food"]), m["verb"].replace("burned", "burnt")
    if verb == "undercooked" and food != "rice" or food not in _FITS[verb]:
        return None
    vi = FOODS_VI[food]
    return _done_vi(m, {"burnt": "nấu cơm bị khê" if food == "rice" else f"làm cháy {vi}",
                        "overcooked": f"nấu {vi} bị chín quá", "undercooked": "nấu cơm bị sống"}[verb])


def _salted_vi(text: str) -> str | None:
    """"I added too much salt." as "Tôi cho nhiều muối quá." (_SALTED_EN); None for "I added too much salt in."."""
    m = _SALTED_EN.fullmatch(text)
    if not m or m["in"] and m["verb"] != "put" or m["verb"] == "put" and not (m["in"] or m["dish"] or m["it"]):
        return None
    what = SEASONINGS_VI[m["what"].lower()]
    return _done_vi(m, f"cho quá nhiều {what} vào {DISHES_VI[m['dish'].lower()]}" if m["dish"] else
                    f"cho nhiều {what} quá")


def _boiled_vi(text: str) -> str | None:
    """"The milk is boiling over!" as "Sữa đang trào kìa!", "The milk boiled over." as "Sữa bị trào rồi."."""
    m = _BOILED_EN.fullmatch(text)
    if not m:
        return None
    vi, end = capitalised(LIQUIDS_VI[m["liquid"]]), _end(m["end"])
    if m["now"]:
        return f"{vi} đang trào kìa!" if end == "!" else f"{vi} đang trào."
    return f"{vi} bị trào rồi{end}"


def _risen_vi(text: str) -> str | None:
    """"The cake didn't rise." as "Bánh không nở.", "… sank." as "… bị xẹp." (_RISEN_EN); None for "still … yet"."""
    m = _RISEN_EN.fullmatch(text)
    if not m or m["still"] and m["yet"]:
        return None
    vi, end = capitalised(BAKED_VI[keyed(m["baked"])]), _end(m["end"])
    if m["sank"] or m["sunk"]:
        return f"{vi} bị xẹp{' rồi' * bool(m['sunk'])}{end}"
    return f"{vi} {'không' if m['rise'] else 'vẫn chưa' if m['still'] else 'chưa'} nở{end}"


def _burning_vi(text: str) -> str | None:
    """"Something's burning!" as "Có gì đang cháy kìa!", "What's burning?" as "Cái gì đang cháy thế?" (_BURNING_EN)."""
    m = _BURNING_EN.fullmatch(text)
    if not m or m["what"] or m["q"]:
        return m and ("Cái gì đang cháy thế?" if m["what"] else "Có gì đang cháy à?")
    said, end = f"có gì đang cháy{' trong bếp' * bool(m['where'])}", _end(m["end"])
    if m["think"]:
        return f"Hình như {said}{end}"
    return capitalised(f"{said} kìa!" if end == "!" else f"{said}.")


def _forgot_vi(text: str) -> str | None:
    """"I forgot to turn off the stove." as "Tôi quên tắt bếp.", "Don't forget …" as "Đừng quên … nhé." (_FORGOT_EN,
    _REMIND_EN); None for "Did you forgot …", "I forget …" (a habit)."""
    m = _REMIND_EN.fullmatch(text) or _FORGOT_EN.fullmatch(text)
    turn = m and (f"tắt {STOVES_VI[stove]}" if (stove := m["stove"] or m["stove2"]) else "bật nồi cơm")
    if m and m.re == _REMIND_EN:
        return f"{'Đừng quên' if m['dont'] else 'Nhớ'} {turn} nhé{_end(m['end'])}"
    if not m or bool(m["did"]) != ("?" in m["end"]) or bool(m["did"]) != (m["verb"] == "forget"):
        return None
    who_, again = who_vi(m)[0], "lại " if m["again"] else ""
    return capitalised(f"{who_} có {again}quên {turn} không?" if m["did"] else
                       f"{who_} {again}quên {turn}{_end(m['end'])}")


def _cut(text: str) -> str | None:
    """"Tôi bị đứt tay khi thái rau." as "I cut my hand while chopping vegetables.", "Mẹ tôi bị dao cứa vào tay." as
    "My mother cut her hand on a knife." (_CUT, _CUT_CHOPPING); None for what the module leaves, and asked with "vừa"
    or "đã"."""
    m = _CUT.fullmatch(text) or _CUT_CHOPPING.fullmatch(text)
    g = m.groupdict() if m else {}
    asked = bool(g.get("asked"))
    if not m or asked != ("?" in m["end"]) or asked != bool(g.get("ask")) or asked and m["tense"] or animal(m) or \
            (said := who(m, asked)) is None:
        return None
    who_ = said[0]  # (whose: "their" for kin that does not tell, "con tôi"; none for a name alone, as mt/injuries.py)
    whose = EN_WHOSE.get(who_) if m["who"] else his_her_of(m) if m["given"] or m["titled"] else his_her_of(m) or "their"
    many = who_ in ("we", "they")
    if g.get("knife"):  # (not "we", "they": one knife for all?)
        how = None if many else "on a knife"
    else:
        food, ing = CHOPPED[keyed(m["chopped"])], CHOPS[m["chop"]]
        how = f"while {ing} {food}" if food in _CHOP_FITS[ing] else None
    if whose is None or how is None:
        return None
    part = f"{'finger' if m['finger'] or g.get('finger2') else 'hand'}{'s' * many}"
    just = "just " if m["tense"] in ("vừa", "mới") else ""
    return f"Did {who_} cut {whose} {part} {how}?" if asked else capitalised(
        f"{who_} {just}cut {whose} {part} {how}{_end(m['end'])}")


def _cut_vi(text: str) -> str | None:
    """"I cut my finger while chopping vegetables." as "Tôi bị đứt tay khi thái rau.", "I've just cut …" as "Tôi vừa bị
    …" (_CUT_EN); None where whose, "have" or "hands" does not agree with who, for what the module leaves."""
    m = _CUT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and (m["have"] or m["just"]) or animal(m):
        return None
    # ("We cut our hands on a knife.": one knife for all? "with": a pact?; "the an apple": no English)
    if m["knife"] and m["many"] or m["the"] and m["food"].lower().startswith(("a ", "an ")):
        return None
    who_, one = who_vi(m)
    have, own = keyed((m["have"] or "").replace("’", "'")), m["own"].lower()
    mine = WHOSE_OF[m["who"].lower()] == own if m["who"] else own in ("his", "her") and his_her(who_) in (None, own)
    if not mine or have and (not m["just"] or (have in ("has", "'s")) != one or have == "'s" and not m["who"]) or \
            bool(m["many"]) != (own in ("our", "their")):
        return None
    if m["knife"]:
        cut = "dao cứa vào tay"
    else:
        food, chop = CHOPPED_VI[keyed(m["food"])], CHOPS_VI[m["ing"]]
        if CHOPPED[food] not in _CHOP_FITS[CHOPS[chop]]:
            chop = "cắt" if m["ing"] == "slicing" else None
        if chop is None:
            return None
        cut = f"đứt tay khi {chop} {food}"
    return capitalised(f"{who_} có bị {cut} không?" if m["did"] else
                       f"{who_} {'vừa ' * bool(m['just'])}bị {cut}{_end(m['end'])}")
