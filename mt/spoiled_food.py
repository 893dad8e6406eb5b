"""Food gone off, both ways, written whole by rule: food gone off, sour, mouldy or rotten, food that smells off,
whether it is still OK to eat, who ate something off and got a stomach ache, and who threw the spoiled food away.
v8 (rules on) reads "thiu" as sake or tested, "cơm" as muscles, "ôi" as hurry or hull, "mốc" as a milestone, and
"off" as out, left or switched off: "Đồ ăn bị thiu rồi." → "You're getting a sake.", "Cơm bị thiu rồi." → "The
muscles are tested.", "Thịt này có mùi rồi." → "This may be smelly.", "Cái này còn ăn được không?" → "Is this also
eaten?", "Tôi bị đau bụng vì ăn phải đồ ôi." → "I have a stomachache because I eat hurry.", "Tôi ăn phải đồ ôi." → "I
eat hully.", "Mẹ tôi vứt sữa hỏng đi rồi." → "My mother had a rubbered milk.", "Vứt cơm thiu đi." → "The body goes
away."; back, "The food has gone off." → "Thức ăn đã hết rồi." (run out), "This meat smells off." → "Loại thịt này
ngửi mùi.", "Is this still OK to eat?" → "Điều này vẫn còn ổn định không?" (stable), "I ate something off." → "Tôi
ghét cái gì đó ra." (hate), "Throw the mouldy bread away." → "Hãy bỏ bánh mì ra ngoài.".

Taken: a food of mt.fridge.KEPT (or "đồ ăn", "thức ăn": food; bare, or "này" this) gone off ("thiu", "ôi", "hỏng",
"hư"), sour ("chua", with "rồi"), mouldy ("mốc") or rotten ("thối"), each only of the foods it is said of (_GOES: "cơm
hỏng" may be rice cooked wrong), with "bị" or "rồi": said, "chưa" (not yet), asked ("có bị … không?", "… rồi à?"); in
English "has gone off", "bad", "sour", "mouldy", "rotten", "is mouldy", "is rotten", asked or not yet; a food that "có
mùi rồi" (smells off; "hơi", a bit; "bắt đầu", starting to); a food, "cái này" or "it" still OK to eat or drink ("còn
ăn được không?", "vẫn còn ăn được"; "still good" of a food), or a food no longer ("không ăn được nữa rồi"); who
(mt.hobbies.WHO, WHO_EN) ate something off ("ăn phải đồ ôi", "đồ ăn thiu" …: "I ate", "rồi": "I've eaten", "Hình như":
"I think", "Chắc … rồi": "I must have eaten", denied, asked, a day behind) and got a stomach ache ("an upset stomach"
in English) or diarrhoea from it; who threw a spoiled, mouldy or rotten food away ("vứt", "bỏ" … "đi": "rồi", "đã",
"vừa", "sẽ", asked "chưa?"), or told to. Left: food gone off of mt.supplies.PERISHABLE (mt/supplies.py takes them
first, with the same words), out of date (mt/fridge.py), smells bad or of something (mt/smells.py), food poisoning,
and a stomach ache from "đồ ăn ôi thiu" (mt/digestion.py takes it first: "from eating spoiled food"), ripe or fresh
(mt/ripeness.py), burnt (mt/kitchen_mishaps.py), sour to taste (mt/tastes.py: "Canh bị chua." without "rồi", "The soup
is sour."), "is off" (the light?), "went off" (when?), "sữa chua" (yoghurt) and "canh chua" (a sour soup; "Canh chua
rồi." without "bị") as sour, "cơm" or "canh" "hỏng", "Cơm thiu." alone (a noun), asked with "chưa" ("Cơm thiu chưa?"),
"Cái này có mùi rồi." (not surely food), "Cái này không ăn được nữa." (full?), "nó" still OK to eat ("Nó còn ăn được
không?": can he or she still eat?), "anh", "em" … alone saying it, "tôi" asked, throwing away with no tense ("Mẹ tôi
vứt sữa hỏng đi."), an animal as who ("con chó của tôi", "my dog"), and anything else.
mt.phrasebook.translate tries these after mt/passports.py.

    >>> translate("Đồ ăn bị thiu rồi.", "vi", "en"), translate("The food has gone off.", "en", "vi")
    ('The food has gone off.', 'Đồ ăn bị thiu rồi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .fridge import KEPT
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# foods that go off (the first Vietnamese of each is written back): mt.fridge's, but "gà" (alive?) and ice cream
FOODS = {vi: en for vi, en in KEPT.items() if vi not in ("gà", "kem")} | {"đồ ăn": "food", "thức ăn": "food"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {"yogurt": "sữa chua"}
_MANY = {"eggs", "vegetables", "prawns", "sausages"}  # ("these eggs have")
_DRINKS = {"milk", "orange juice"}  # (drunk, not eaten: "còn uống được")
_COOKED, _MEATS = {"rice", "soup", "food"}, {"meat", "beef", "pork", "chicken"}
# how each word of going off is said in English, and the foods it is said of (None: all but rice and soup, which
# "hỏng" when cooked wrong)
_OFF = {"thiu": "off", "ôi": "off", "hỏng": "off", "hư": "off", "chua": "sour", "mốc": "mouldy", "thối": "rotten"}
_GOES = {"thiu": _COOKED | _MEATS | {"fish"}, "ôi": _MEATS | {"fish", "ham", "sausages", "food"}, "hỏng": None,
         "hư": None, "chua": {"milk", "soup", "rice", "food"},
         "mốc": {"bread", "rice", "cheese", "fruit", "food", "ham", "sausages"},
         "thối": _MEATS | {"eggs", "fish", "fruit", "vegetables", "prawns", "food"}}
_SPOILT = {"off": "spoiled", "mouldy": "mouldy", "rotten": "rotten"}  # (as English says the thing thrown away)
_BEHIND = near_days("hôm qua", "tối qua", "đêm qua", "hôm kia", "tuần trước")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_KEYS = {"vi": lazy(r"(?i:thiu|\bôi|\bhỏng|\bhư|chua|mốc|thối|mùi|ăn\s+được|uống\s+được|ăn\s+phải)"),
         "en": lazy(r"(?i:\boff|bad|sour|mouldy|moldy|rotten|spoil|edible|ok\s+to|okay\s+to|safe\s+to|right\s+to|"
                      r"still\s+good)")}

_FOOD = rf"(?P<food>(?i:{alternatives(FOODS)}))(?P<this>\s+này)?"
_OFF_VI = rf"(?P<off>(?i:{alternatives(_OFF)}))"
# gone off ("Cơm bị thiu rồi.", "Đồ ăn này bị ôi rồi.", "Cơm có bị thiu không?", "Canh chưa bị thiu.")
_GONE = lazy(rf"{_FOOD}\s+(?:(?P<ask>có)\s+|(?P<yet>chưa)\s+|(?P<did>đã)\s+)?(?:(?P<bi>bị)\s+)?{_OFF_VI}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<a>à))?{ASKED_END}")
# smells off ("Thịt này có mùi rồi.", "Cá hơi có mùi rồi.", "Thịt bắt đầu có mùi rồi.")
_SMELLS = lazy(rf"{_FOOD}\s+(?:(?P<bit>hơi)\s+|(?P<start>bắt\s+đầu)\s+)?(?:bị\s+)?có\s+mùi\s+rồi{SOFTENED_END}")
# still OK to eat ("Cái này còn ăn được không?", "Sữa này còn uống được không?", "Cơm này không ăn được nữa rồi."; not
# "nó": "Nó còn ăn được không?" may ask whether he or she can still eat)
_STILL = lazy(rf"(?:{_FOOD}|(?P<it>(?i:cái\s+này)))\s+(?:(?P<still>(?:vẫn\s+)?còn)|(?P<no>không))\s+"
              rf"(?P<verb>ăn|uống)\s+được(?:\s+(?P<more>nữa\s+rồi))?{ASKED_END}")
# something off eaten ("Tôi ăn phải đồ ôi.", "Tôi bị đau bụng vì ăn phải đồ ôi.", "Chắc tôi ăn phải đồ ôi rồi.")
_BAD = r"(?:đồ|đồ\s+ăn|thức\s+ăn)\s+(?:bị\s+)?(?:ôi\s+thiu|ôi|thiu|hỏng|hư)"
_ATE = lazy(rf"(?:(?P<day>(?i:{alternatives(_BEHIND)}))\s+)?(?:(?P<think>(?i:hình\s+như|chắc))\s+)?{WHO}\s+"
            r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<did>đã)\s+)?(?:bị\s+(?P<ache>đau\s+bụng|tiêu\s+chảy|đi\s+ngoài)"
            rf"\s+(?:vì|do)\s+)?ăn\s+phải\s+{_BAD}(?:\s+(?P<done>rồi))?{ASKED_END}")
# a spoiled food thrown away ("Mẹ tôi vứt sữa hỏng đi rồi.", "Vứt cơm thiu đi.", "Bạn vứt bánh mì mốc đi chưa?")
_THROWN = lazy(rf"(?:(?P<by>{WHO})\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?)?(?P<verb>(?i:vứt\s+bỏ|vứt|bỏ))\s+"
               rf"{_FOOD.replace('(?P<this>', '(?P<this0>')}\s+(?:bị\s+)?{_OFF_VI}(?P<this>\s+này)?\s+đi"
               rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... and in English
_FOOD_EN = rf"(?P<det>(?i:the|this|these))\s+(?P<food>(?i:{alternatives(FOODS_VI)}))"
_GONE_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{_FOOD_EN}(?P<aux>\s+(?:has|have|is|are)(?:\s+not|n['’]t)?|['’](?:s|ve|re))?"
                r"\s+(?:(?P<gone>gone|turned)\s+)?(?P<off>off|bad|sour|mouldy|moldy|rotten)(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_SMELLS_EN = lazy(rf"{_FOOD_EN}(?:\s+(?P<verb>smells|smell)|(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?P<start>starting)"
                  r"\s+to\s+smell)\s+(?:(?P<bit>a\s+bit|slightly)\s+)?off\s*(?P<end>[.!]*)")
_STILL_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?:(?P<it>(?i:it|this))|{_FOOD_EN})(?P<be>\s+is|\s+are|['’]s|['’]re)?"
                 r"(?:\s+(?P<still>still)|(?P<no>\s+(?:is|are)n['’]t|\s+(?:is|are)\s+not|['’](?:s|re)\s+not))\s+"
                 r"(?:(?:OK|okay|ok|safe|all\s+right|alright)\s+to\s+(?P<verb>eat|drink)|(?P<edible>edible)|"
                 r"(?P<good>good))(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_ATE_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:(?P<think>I\s+think)\s+)?{WHO_EN}(?:\s+(?P<must>must\s+have\s+eaten)|"
               r"(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+eaten|\s+(?P<ate>ate)|\s+(?P<eat>eat)|"
               r"\s+(?P<not>didn['’]t|did\s+not)\s+eat)\s+(?P<some>something|anything)\s+off"
               r"(?:\s+(?P<day>yesterday|last\s+night))?\s*(?P<end>[.!?]*)")
_ACHE_EN = lazy(rf"(?:(?P<day0>Yesterday|Last\s+night)\s*,?\s+)?{WHO_EN}(?P<aux>['’](?:ve|s)\s+got|\s+(?:have|has)"
                r"\s+got|\s+have|\s+has|\s+had|\s+got)\s+(?P<ache>a\s+stomach\s*ache|an\s+upset\s+stomach|"
                r"diarrh?o?ea)\s+from\s+eating\s+something\s+off(?:\s+(?P<day>yesterday|last\s+night))?"
                r"\s*(?P<end>[.!]*)")
_THROWN_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?(?:{WHO_EN}(?P<aux>['’](?:ve|s|ll)|\s+have|\s+has|\s+will)?"
                  r"(?:\s+(?P<just>just))?\s+)?(?P<verb>[Tt]hrow|threw|thrown)\s+(?:(?P<away0>away|out)\s+)?"
                  r"(?P<det>the|this|these)\s+(?P<adj>spoiled|spoilt|mouldy|moldy|rotten)\s+"
                  rf"(?P<food>(?i:{alternatives(FOODS_VI)}))(?:\s+(?P<away>away|out))?(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of food gone off, smelling off, still OK to eat, something off eaten, or
    spoiled food thrown away; None for any other."""
    if src == "vi":
        return _gone(text) or _smells(text) or _still(text) or _ate(text) or _thrown(text)
    text = text.replace("’", "'")
    said = _gone_vi(text) or _smells_vi(text) or _still_vi(text) or _ate_vi(text) or _ache_vi(text) or \
        _thrown_vi(text)
    return said and (said[:-1] + "!" if said.endswith(".") and text.endswith("!") else said)  # (the source's "!")


def _goes(off: str, en: str) -> bool:
    """Whether a food (English of FOODS) is said to go off with the Vietnamese word `off` ("cơm thiu", not "cơm
    hỏng")."""
    foods = _GOES[off]
    return en not in _COOKED - {"food"} if foods is None else en in foods


def _food(m: re.Match, this: bool) -> tuple[str, bool]:
    """The food of a match of _FOOD in English, and whether many: ("the rice", False), ("these eggs", True)."""
    en = FOODS[keyed(m["food"])]
    many = en in _MANY
    return f"{('these' if many else 'this') if this else 'the'} {en}", many


def _spoilt_vi(en: str) -> str:
    """The Vietnamese of "gone off" for a food of FOODS_VI: "thiu" of cooked food, "ôi" of meat, else "hỏng"."""
    return "thiu" if en in _COOKED else "ôi" if en in _MEATS else "hỏng"


def _gone(text: str) -> str | None:
    """"Cơm bị thiu rồi." as "The rice has gone off.", "Bánh mì này bị mốc rồi." as "This bread has gone mouldy.",
    "Cơm có bị thiu không?" and "Cơm bị thiu rồi à?" as "Has the rice gone off?", "Canh chưa bị thiu." as "The soup
    hasn't gone off yet." (_GONE); None for anything else, and a word a food does not go off with."""
    m = _GONE.fullmatch(text)
    if not m:
        return None
    asked, end, off = bool(m["asked"] or m["a"]), m["end"], keyed(m["off"])
    if asked != ("?" in end) or m["asked"] and (not m["ask"] or not m["bi"] or m["done"] or m["a"]) or m["ask"] and \
            not m["asked"] or m["a"] and not m["done"] or m["yet"] and (m["done"] or asked):
        return None
    if not (m["bi"] or m["done"] or m["yet"]) or off == "chua" and not m["done"] or not _goes(off, FOODS[keyed(
            m["food"])]) or keyed(m["food"]) in ("sữa", "canh") and off == "chua" and not m["bi"]:
        return None  # ("Cơm thiu." a noun; "Canh chua." a taste, "Sữa chua rồi." yoghurt, "Canh chua rồi." the dish?)
    food, many = _food(m, bool(m["this"]))
    has, gone = "have" if many else "has", f"gone {_OFF[off]}"
    if asked:
        return f"{has.capitalize()} {food} {gone}?"
    if m["yet"]:
        return capitalised(f"{food} {has}n't {gone} yet{stop(end)}")
    return capitalised(f"{food} {has} {gone}{stop(end)}")


def _smells(text: str) -> str | None:
    """"Thịt này có mùi rồi." as "This meat smells off.", "Cá hơi có mùi rồi." as "The fish smells a bit off.",
    "Thịt bắt đầu có mùi rồi." as "The meat is starting to smell off." (_SMELLS); None for anything else."""
    m = _SMELLS.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    food, many = _food(m, bool(m["this"]))
    bit = " a bit" if m["bit"] else ""
    if m["start"]:
        return capitalised(f"{food} {'are' if many else 'is'} starting to smell off{stop(m['end'])}")
    return capitalised(f"{food} {'smell' if many else 'smells'}{bit} off{stop(m['end'])}")


def _still(text: str) -> str | None:
    """"Cái này còn ăn được không?" as "Is this still OK to eat?", "Sữa này còn uống được không?" as "Is this milk
    still OK to drink?", "Cơm vẫn còn ăn được." as "The rice is still OK to eat.", "Cơm này không ăn được nữa rồi."
    as "This rice isn't OK to eat any more." (_STILL); None for anything else, and milk eaten or rice drunk."""
    m = _STILL.fullmatch(text)
    if not m:
        return None
    asked, verb = bool(m["asked"]), "drink" if keyed(m["verb"]) == "uống" else "eat"
    if asked != ("?" in m["end"]) or m["no"] and (asked or not m["more"] or m["it"]) or m["still"] and m["more"]:
        return None  # ("Cái này không ăn được nữa rồi.": I can't eat any more?)
    if m["it"]:
        thing, many = "this", False
    else:
        if (FOODS[keyed(m["food"])] in _DRINKS) != (verb == "drink"):
            return None
        thing, many = _food(m, bool(m["this"]))
    be = "are" if many else "is"
    if asked:
        return f"{be.capitalize()} {thing} still OK to {verb}?"
    if m["no"]:
        return capitalised(f"{thing} {be}n't OK to {verb} any more{stop(m['end'])}")
    return capitalised(contracted(thing, f"{be} still OK to {verb}") + stop(m["end"]))


def _ate(text: str) -> str | None:
    """"Tôi ăn phải đồ ôi." as "I ate something off.", "Chắc tôi ăn phải đồ ôi rồi." as "I must have eaten something
    off.", "Hình như mẹ tôi ăn phải đồ ôi." as "I think my mother ate something off.", "Bạn có ăn phải đồ ôi không?"
    as "Did you eat something off?", "Tôi bị đau bụng vì ăn phải đồ ôi." as "I've got a stomach ache from eating
    something off." (_ATE); None for anything else, "I" asked, and a stomach ache denied or asked."""
    m = _ATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or asked and (m["think"] or m["day"] or m[
            "done"]) or m["not"] and (m["think"] or m["done"]) or animal(m) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    think, day = keyed(m["think"] or ""), _BEHIND.get(keyed(m["day"] or ""), "")
    if asked and who_ == "I" or think == "chắc" and not m["done"] or m["done"] and (m["day"] or m["did"]):
        return None  # ("Chắc tôi ăn phải đồ ôi.": perhaps, or surely? "Hôm qua … rồi": when?)
    on = f" {day}" if day else ""
    if m["ache"]:
        if asked or m["not"] or think or m["done"]:
            return None
        ache = {"đau bụng": "a stomach ache"}.get(keyed(m["ache"]), "diarrhoea")
        if day or m["did"]:
            return capitalised(f"{day}{' ' * bool(day)}{who_} had {ache} from eating something off{stop(m['end'])}")
        return capitalised(contracted(who_, f"{'has' if one else 'have'} got {ache} from eating something off")
                           + stop(m["end"]))
    if asked:
        return f"Did {who_} eat something off?"
    if m["not"]:
        return capitalised(f"{who_} didn't eat anything off{on}{stop(m['end'])}")
    if think == "chắc":
        return capitalised(f"{who_} must have eaten something off{stop(m['end'])}")
    if m["done"]:  # ("Hình như tôi ăn phải đồ ôi rồi.": I think I've eaten)
        has = contracted(who_, f"{'has' if one else 'have'} eaten something off")
        return capitalised(f"{'I think ' * bool(think)}{has}{stop(m['end'])}")
    return capitalised(f"{'I think ' * bool(think)}{who_} ate something off{on}{stop(m['end'])}")


def _thrown(text: str) -> str | None:
    """"Mẹ tôi vứt sữa hỏng đi rồi." as "My mother has thrown the spoiled milk away.", "Tôi đã vứt bánh mì mốc đi."
    as "I threw the mouldy bread away.", "Bạn vứt cơm thiu đi chưa?" as "Have you thrown the spoiled rice away yet?",
    "Vứt cơm thiu đi." as "Throw the spoiled rice away." (_THROWN); None for anything else, no tense said ("Mẹ tôi
    vứt sữa hỏng đi.": now, a habit or done?), and "chua" ("sữa chua" is yoghurt, "canh chua" a dish)."""
    m = _THROWN.fullmatch(text)
    if not m or m["this0"] and m["this"] or (off := keyed(m["off"])) == "chua":
        return None
    en, tense, asked = FOODS[keyed(m["food"])], keyed(m["tense"] or ""), bool(m["yet"])
    if not _goes(off, en) or asked != ("?" in m["end"]):
        return None
    many = en in _MANY
    this = ("these" if many else "this") if m["this0"] or m["this"] else "the"
    thing = f"{this} {_SPOILT[_OFF[off]]} {en}"
    if not m["by"]:
        return None if m["done"] or asked else f"Throw {thing} away{stop(m['end'])}"
    said = None if animal(m) else who(m, asked)
    if said is None or asked and (said[0] == "I" or tense not in ("", "đã")):
        return None
    who_, one = said
    if asked:
        return f"{'Has' if one else 'Have'} {who_} thrown {thing} away yet?"
    if tense == "sẽ":
        return None if m["done"] else capitalised(contracted(who_, f"will throw {thing} away") + stop(m["end"]))
    if tense in ("vừa", "mới", "vừa mới"):
        just = "just "
    elif m["done"]:
        just = ""
    else:
        return capitalised(f"{who_} threw {thing} away{stop(m['end'])}") if tense == "đã" else None
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}thrown {thing} away") + stop(m["end"]))


def _food_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """The food of a match of _FOOD_EN in Vietnamese ("this rice": "cơm này"), its English and whether English says
    it as many; None where "this" or "these" does not agree ("these rice")."""
    en, det = keyed(m["food"]), m["det"].lower()
    vi, many = FOODS_VI[en], FOODS[FOODS_VI[en]] in _MANY
    if det != "the" and (det == "these") != many:
        return None
    return f"{vi}{' này' * (det != 'the')}", FOODS[vi], many


def _gone_vi(text: str) -> str | None:
    """"The food has gone off." as "Đồ ăn bị thiu rồi.", "The bread is mouldy." as "Bánh mì bị mốc rồi.", "Has the
    rice gone off?" as "Cơm có bị thiu không?", "The soup hasn't gone off yet." as "Canh chưa bị thiu." (_GONE_EN);
    None for anything else, a verb that does not agree, "is off", "is sour" and "is bad" (a taste, the light?), and a
    word a food does not go off with ("The bread has gone sour.")."""
    m = _GONE_EN.fullmatch(text)
    said = m and _food_vi(m)
    if not said:
        return None
    vi, en, many = said
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("n't", " not").split())
    aux = {"'s": "has" if m["gone"] else "is", "'ve": "have", "'re": "are"}.get(aux, aux)
    off = {"bad": "off", "moldy": "mouldy"}.get(m["off"], m["off"])
    word = _spoilt_vi(en) if off == "off" else {"sour": "chua", "mouldy": "mốc", "rotten": "thối"}[off]
    verb, denied, asked = aux.split(" ")[0], aux.endswith("not"), bool(m["q"])
    if asked != ("?" in m["end"]) or m["q"] and m["aux"] or not _goes(word, en) or verb and (verb in (
            "has", "is")) == many or (m["yet"] is not None) != denied or denied and asked:
        return None
    if m["gone"] != "gone" and not (verb in ("is", "are") and off in ("mouldy", "rotten") and not m["gone"]) or \
            m["gone"] and verb not in ("has", "have"):
        return None  # ("The milk turned sour.", "The milk is off.": when? the light?)
    if asked:
        return capitalised(f"{vi} có bị {word} không?")
    return capitalised(f"{vi} chưa bị {word}." if denied else f"{vi} bị {word} rồi.")


def _smells_vi(text: str) -> str | None:
    """"This meat smells off." as "Thịt này có mùi rồi.", "The fish smells a bit off." as "Cá hơi có mùi rồi.", "The
    meat is starting to smell off." as "Thịt bắt đầu có mùi rồi." (_SMELLS_EN); None for anything else, and a verb
    that does not agree."""
    m = _SMELLS_EN.fullmatch(text)
    said = m and _food_vi(m)
    if not said:
        return None
    vi, _, many = said
    be = (m["be"] or "").strip().replace("'", "")
    if m["verb"] and (m["verb"] == "smell") != many or m["start"] and (be in ("are", "re")) != many or \
            m["start"] and m["bit"]:
        return None
    how = "hơi " if m["bit"] else "bắt đầu " if m["start"] else ""
    return capitalised(f"{vi} {how}có mùi rồi.")


def _still_vi(text: str) -> str | None:
    """"Is this still OK to eat?" as "Cái này còn ăn được không?", "Is this milk still good?" as "Sữa này còn uống
    được không?", "The rice is still OK to eat." as "Cơm vẫn còn ăn được.", "This rice isn't OK to eat any more." as
    "Cơm này không ăn được nữa rồi." (_STILL_EN); None for anything else, "still good" of "it" or "this" (what?),
    a verb that does not agree, and milk eaten."""
    m = _STILL_EN.fullmatch(text)
    if not m:
        return None
    if m["it"]:
        vi, en, many = "nó" if m["it"].lower() == "it" else "cái này", "", False
    elif (said := _food_vi(m)) is None:
        return None
    else:
        vi, en, many = said
    asked, bes = bool(m["q"]), [g for g in (m["q"], m["be"], m["no"]) if g]
    if len(bes) != 1:  # (one "is": "Is this still …?", "This is still …", "This isn't …")
        return None
    are = bes[0].strip().lower().replace("'", "").startswith(("are", "re"))
    drink = m["verb"] == "drink" or bool(m["good"]) and en in _DRINKS
    if asked != ("?" in m["end"]) or are != many or \
            m["good"] and not en or en and (en in _DRINKS) != drink or bool(m["no"]) != bool(m["more"]) or \
            m["no"] and (asked or m["it"]):
        return None
    verb = "uống" if drink else "ăn"
    if asked:
        return capitalised(f"{vi} còn {verb} được không?")
    if m["no"]:
        return capitalised(f"{vi} không {verb} được nữa rồi.")
    return capitalised(f"{vi} vẫn còn {verb} được.")


def _ate_vi(text: str) -> str | None:
    """"I ate something off." as "Tôi ăn phải đồ ôi.", "I think I ate something off." as "Hình như tôi ăn phải đồ
    ôi.", "I must have eaten something off." as "Chắc tôi ăn phải đồ ôi rồi.", "Did you eat something off?" as "Bạn có
    ăn phải đồ ôi không?", "I didn't eat anything off." as "Tôi không ăn phải đồ ôi." (_ATE_EN); None for anything
    else, "eat" but asked or denied, "anything" said, and "has eaten" not agreeing."""
    m = _ATE_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    asked, some, have = bool(m["q"]), m["some"], (m["have"] or "").strip().replace("'", "")
    if asked != ("?" in m["end"]) or bool(m["eat"]) != asked or (some == "anything") != bool(m["not"] or asked) and \
            not asked or m["think"] and (asked or m["not"] or not m["ate"] or m["day"]) or asked and who_ == "tôi" or \
            have and (have in ("has", "s")) != one or (have or m["must"]) and m["day"]:
        return None  # ("I've eaten something off yesterday.")
    day = f"{_BEHIND_VI[keyed(m['day'])].capitalize()} " if m["day"] else ""
    said = f"{day}{who_ if day else capitalised(who_)} "
    if asked:
        return f"{capitalised(who_)} có ăn phải đồ ôi không?" if not m["day"] else None
    if m["not"]:
        return f"{said}không ăn phải đồ ôi."
    if m["must"]:
        return f"Chắc {who_} ăn phải đồ ôi rồi."
    if have:
        return f"{capitalised(who_)} ăn phải đồ ôi rồi."
    return f"Hình như {who_} ăn phải đồ ôi." if m["think"] else f"{said}ăn phải đồ ôi."


def _ache_vi(text: str) -> str | None:
    """"I've got a stomach ache from eating something off." as "Tôi bị đau bụng vì ăn phải đồ ôi.", "My mother has
    an upset stomach from eating something off." as "Mẹ tôi bị đau bụng vì ăn phải đồ ôi.", "Yesterday I had
    diarrhoea from eating something off." as "Hôm qua tôi bị tiêu chảy vì ăn phải đồ ôi." (_ACHE_EN); None for
    anything else, a verb that does not agree, and two days."""
    m = _ACHE_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].split())
    day = m["day0"] or m["day"]
    if aux in ("has", "has got", "'s got") and not one or aux in ("have", "have got", "'ve got") and one or \
            (aux in ("had", "got")) != bool(day) and not (aux == "had" and not day):
        return None  # ("I got a stomach ache …": "got" only with a day)
    ache = "tiêu chảy" if m["ache"].lower().startswith("diarr") else "đau bụng"
    said = f"{who_} bị {ache} vì ăn phải đồ ôi."
    if day:
        return f"{_BEHIND_VI[keyed(day)].capitalize()} {said}"
    return capitalised(f"{who_} đã bị {ache} vì ăn phải đồ ôi." if aux == "had" else said)


def _thrown_vi(text: str) -> str | None:
    """"My mother has thrown the spoiled milk away." as "Mẹ tôi vứt sữa hỏng đi rồi.", "I threw away the mouldy
    bread." as "Tôi đã vứt bánh mì mốc đi.", "Have you thrown the spoiled milk away yet?" as "Bạn vứt sữa hỏng đi
    chưa?", "Throw the rotten eggs away." as "Vứt trứng thối đi." (_THROWN_EN); None for anything else, "away" said
    twice or not at all, and a verb that does not agree."""
    m = _THROWN_EN.fullmatch(text)
    if not m or bool(m["away0"]) == bool(m["away"]) or animal(m):
        return None
    en = FOODS[FOODS_VI[keyed(m["food"])]]
    many, det = en in _MANY, m["det"].lower()
    adj = {"spoilt": "spoiled", "moldy": "mouldy"}.get(m["adj"], m["adj"])
    off = _spoilt_vi(en) if adj == "spoiled" else {"mouldy": "mốc", "rotten": "thối"}[adj]
    if det != "the" and (det == "these") != many or not _goes(off, en):
        return None
    thing = f"{FOODS_VI[keyed(m['food'])]} {off}{' này' * (det != 'the')}"
    aux, verb, asked = (m["aux"] or "").strip().replace("'", ""), m["verb"].lower(), bool(m["q"])
    if asked != ("?" in m["end"]) or m["yet"] and not asked:
        return None
    if not (m["who"] or m["kin"] or m["given"]):
        return None if verb != "throw" or aux or m["just"] or asked else \
            f"Vứt {thing} đi{stop(m['end'])}"
    who_, one = who_vi(m)
    has = aux in ("has", "s") or m["q"] == "Has"
    if (aux in ("has", "have", "ve", "s") or asked) and (verb != "thrown" or has != one or asked and aux):
        return None
    if asked:
        return None if m["just"] else f"{capitalised(who_)} vứt {thing} đi chưa?"
    if aux in ("will", "ll"):
        return capitalised(f"{who_} sẽ vứt {thing} đi.") if verb == "throw" and not m["just"] else None
    if aux in ("has", "have", "ve", "s"):
        return capitalised(f"{who_} vừa vứt {thing} đi." if m["just"] else f"{who_} vứt {thing} đi rồi.")
    return capitalised(f"{who_} đã vứt {thing} đi.") if verb == "threw" and not m["just"] else None
