"""Who hates, does not like, likes or cannot stand a thing (a day, the weather, a food, an animal, school, homework,
noise, exams, traffic jams), said or asked, both ways, written whole by rule. v8 (with every rule before this one)
reads "ghét" + a thing as "hate to" and loses the agreement: "Tôi ghét thứ Hai." → "I hate to Monday.", "Tôi ghét
mưa." → "I hate to rain.", "Anh ấy ghét rau." → "He hate vegetables.", "Con trai tôi ghét đi học." → "My son hate to
go to school.", "Tôi không chịu nổi cái nóng." → "I don't get hot.", "Bạn có thích đồ ăn cay không?" → "Do you like
to eat vegetarian?", "Em trai tôi ghét sữa." → "My younger brother stop milk.", "Bạn ghét thứ Hai hay thứ Sáu hơn?"
→ "Did you stop Monday or Friday?"; "My son hates school." → "Con trai tôi ghé học.", "My mother hates cats." → "Tôi
ghét mèo của mẹ.", "I hate snakes." → "Tôi ghét bánh.", "I hate onions." → "Tôi ghét hành lang." (a corridor),
"Lan hates fish." → "Nón mũ.", "Which do you hate more, Mondays or Fridays?" → "Bạn ghét thêm, thứ Hai hoặc thứ Sáu?".

Taken: who (mt.hobbies.WHO, WHO_EN) hates ("ghét", "rất ghét", "ghét … lắm": really), does not hate, likes, does not
like ("không thích", "không ưa"; "… lắm": not really; "… chút nào": at all) or cannot stand ("không chịu được",
"không chịu nổi") one or more of THINGS joined by "và" / "and", said or asked ("Bạn có ghét mưa không?"); hates one
more than another; "Bạn ghét X hay Y hơn?" ("Which do you hate more, X or Y?") and "Bạn ghét cái nào hơn?". English
says a thing that is counted in the plural ("Mondays", "cats", "onions"); one in the singular ("I hate cat."), a verb
that does not agree with who ("He hate", "Does she hates") and "I"/"we" asked are left. Left: activities, and
"thích"/"ghét" of mt.hobbies.THINGS_LIKED (mt/hobbies.py), "like spicy food" in the forms mt/tastes.py takes, liked
best or more (mt/favourites.py), fears (mt/fears.py), being late (mt/lateness.py), the past ("đã ghét", "hated"),
people ("Tôi ghét anh ta."), "anh", "chị", "em" alone saying it (may be the speaker), and anything else.
mt.phrasebook.translate tries these after mt/childhood.py.

    >>> translate("Tôi ghét thứ Hai.", "vi", "en"), translate("My son hates school.", "en", "vi")
    ('I hate Mondays.', 'Con trai tôi ghét đi học.')
"""
from __future__ import annotations

import re

from .allergies import ALLERGENS
from .cooking import FOODS as COOKED
from .family import PETS
from .favourites import SEASONS
from .hobbies import THINGS_LIKED, WHO, WHO_EN, joined, listed, who, who_vi
from .lazy_re import lazy
from .orders import ORDERED
from .outdoors import PESTS, PESTS_VI
from .rule_keys import key_checked
from .text import (ASKED_END, EN_DAYS, SOFTENED_END, SOFTENER, VI_DAYS, alternatives, capitalised, keyed,
                   stop)
from .weather import LIKE

# the days, as many in English ("thứ Hai", "thứ 2", "ngày thứ Hai": "Mondays")
_WEEK = {vi: f"{en}s" for en, vi in zip(EN_DAYS, VI_DAYS)}
DAYS = _WEEK | {f"thứ {n}": en for n, en in zip(range(2, 8), _WEEK.values())}
DAYS |= {f"ngày {vi}": en for vi, en in DAYS.items() if vi.startswith("thứ")}
# the weather and the seasons ("trời nóng", "thời tiết nóng": hot weather; the first Vietnamese of each written back)
WEATHER = {"mưa": "the rain", "trời mưa": "the rain", "cái nóng": "the heat", "nắng nóng": "the heat",
           "cái lạnh": "the cold", "cái rét": "the cold", "tuyết": "snow", "gió": "the wind", "độ ẩm": "the humidity",
           "mùa mưa": "the rainy season"} | SEASONS | {
    f"{sky} {vi}": f"{en} weather" for sky in ("trời", "thời tiết") for vi, en in LIKE.items()
    if en in ("cold", "hot", "humid", "windy", "cloudy")}  # (not "hot and humid": "and" joins things)
# what is eaten or drunk: of mt.cooking's and mt.allergies' (not seasonings, water, oil), drinks ordered, and more
_EATEN = {"prawns", "eggs", "fish", "onions", "garlic", "meat", "vegetables", "tomatoes", "potatoes", "beef", "pork",
          "carrots", "ginger", "seafood", "crab", "peanuts", "milk", "squid", "mango", "coffee", "tea", "beer"}
FOODS = {vi: en for vi, en in (ALLERGENS | ORDERED | COOKED).items() if en in _EATEN and vi != "gà"} | {
    "rau xanh": "vegetables", "rau củ": "vegetables", "sầu riêng": "durian", "mướp đắng": "bitter melon",
    "khổ qua": "bitter melon", "nấm": "mushrooms", "rau mùi": "coriander", "ngò": "coriander", "đậu phụ": "tofu",
    "đồ ăn cay": "spicy food", "đồ cay": "spicy food", "món cay": "spicy food", "thức ăn cay": "spicy food",
    "đồ ngọt": "sweet things", "đồ ăn nhanh": "fast food", "mắm tôm": "shrimp paste"}
# animals, as many ("gà", "lợn", "bò" … are left: also the meat)
ANIMALS = {vi: many for vi, (_, many) in PETS.items() if vi not in ("gà", "vịt", "lợn", "heo", "bò")} | PESTS | {
    "rắn": "snakes", "chuột": "mice", "nhện": "spiders"}
_OTHERS = {"đi học": "school", "trường học": "school", "bài tập về nhà": "homework", "làm bài tập": "homework",
           "làm bài tập về nhà": "homework", "tiếng ồn": "noise", "sự ồn ào": "noise", "ồn ào": "noise",
           "thi cử": "exams", "kỳ thi": "exams", "các kỳ thi": "exams", "tắc đường": "traffic jams",
           "kẹt xe": "traffic jams"}
# (not read in Vietnamese: "lạc" is also lost, "mực" also ink)
THINGS = {keyed(vi): en for vi, en in (DAYS | WEATHER | FOODS | ANIMALS | _OTHERS).items() if vi not in ("lạc", "mực")}
THINGS_VI = {en.lower(): vi for vi, en in reversed((DAYS | WEATHER | FOODS | ANIMALS | _OTHERS).items())} | {
    en.lower(): vi for en, vi in PESTS_VI.items()} | {en.lower()[:-1]: vi for vi, en in _WEEK.items()} | {
    "rain": "mưa", "heat": "cái nóng", "the snow": "tuyết", "wind": "gió", "humidity": "độ ẩm",
    "the winter": "mùa đông", "the summer": "mùa hè", "rainy weather": "trời mưa", "the noise": "tiếng ồn",
    "veggies": "rau", "shrimp": "tôm", "sweets": "đồ ngọt", "rats": "chuột", "traffic": "tắc đường"}
# said alone after "chịu được" ("Tôi không chịu được nóng.": the heat)
_BARE = {"nóng": "the heat", "lạnh": "the cold", "rét": "the cold", "ồn": "noise"}
_LIKED = {keyed(vi) for vi in THINGS_LIKED}  # (mt/hobbies.py's, with "thích" or "ghét")
_TASTES_OWN = {"đồ cay", "món cay", "thức ăn cay"}  # (mt/tastes.py's, with "thích")
_VERBS = {"ghét": "hate", "thích": "like", "ưa": "like"}
_KEYS = {"vi": lazy(r"(?i:ghét|thích|\bưa|chịu)"), "en": lazy(r"(?i:hate|like|stand)")}

_THING = rf"(?i:{alternatives(THINGS)})"
_THINGS = rf"(?P<things>{joined(_THING, 'và')})"
_SAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<verb>ghét|thích|ưa)\s+"
             rf"{_THINGS}(?:\s+(?P<much>lắm)|\s+(?P<at_all>chút\s+nào|tí\s+nào)|\s+hơn\s+(?P<than>{_THING}))?"
             rf"{ASKED_END}")
_STAND = lazy(rf"{WHO}\s+(?:không\s+(?:thể\s+)?chịu\s+(?:đựng\s+)?(?:được|nổi)|chịu\s+không\s+nổi)\s+"
              rf"(?P<things>{joined(_THING, 'và')}|(?i:{alternatives(_BARE)})){SOFTENED_END}")
_WHICH = lazy(rf"{WHO}\s+ghét\s+(?:(?P<a>{_THING})\s+hay\s+(?:là\s+)?(?P<b>{_THING})|cái\s+(?:nào|gì))\s+hơn"
              rf"{SOFTENER}\s*\?+")

_THING_EN = rf"(?i:{alternatives(THINGS_VI)})"
_THINGS_EN = rf"(?P<things>{joined(_THING_EN, 'and')})"
_SAID_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                rf"(?:\s+(?P<really>really))?\s+(?P<verb>hates?|likes?)\s+{_THINGS_EN}(?:\s+(?P<much>very\s+"
                rf"much|so\s+much)|\s+(?P<at_all>at\s+all)|\s+more\s+than\s+(?P<than>{_THING_EN}))?"
                r"\s*(?P<end>[.!?]*)")
_STAND_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+stand\s+{_THINGS_EN}\s*(?P<end>[.!]*)")
_WHICH_EN = lazy(rf"Which\s+(?P<do>do|does)\s+{WHO_EN}\s+hate\s+more(?:\s*,\s*(?P<a>{_THING_EN})\s+or\s+"
                 rf"(?P<b>{_THING_EN}))?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who hates, likes, does not like or cannot stand a thing of
    THINGS; None for any other."""
    if src == "vi":
        return _said(text) or _stand(text) or _which(text)
    return _said_vi(text) or _stand_vi(text) or _which_vi(text)


def _things(said: str, table: dict[str, str], lang: str) -> str:
    """Things joined by "và" ("and") in the other language: "mưa và tuyết" as "the rain and snow"."""
    return listed(said, table, {"và": "and"} if lang == "vi" else {"and": "và"})[0]


def _said(text: str) -> str | None:
    """"Tôi ghét thứ Hai." as "I hate Mondays.", "Cô ấy không thích rắn." as "She doesn't like snakes.", "Bạn có
    ghét mưa không?" as "Do you hate the rain?", "Tôi ghét mưa hơn tuyết." as "I hate the rain more than snow."
    (_SAID); None for anything else, and for mt/hobbies.py's things liked."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (said := who(m, asked)) is None:
        return None
    verb, things = keyed(m["verb"]), [keyed(t) for t in re.split(r"\s*,\s*(?:và\s+)?|\s+và\s+", m["things"])]
    if verb != "ưa" and all(t in _LIKED for t in things) or verb == "ưa" and not m["not"] or verb == "thích" and any(
            t in _TASTES_OWN for t in things):
        return None
    if asked and (said[0] in ("I", "we") or m["very"] or m["much"] or m["at_all"] or m["than"] or m["not"]):
        return None
    if m["than"] and (verb != "ghét" or m["not"]) or m["at_all"] and not m["not"] or m["very"] and m["not"]:
        return None
    if m["much"] and m["not"] and verb != "thích":
        return None
    who_, one = said
    hate, what = _VERBS[verb], _things(m["things"], THINGS, "vi")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {hate} {what}?"
    if m["not"]:
        how = " really" if m["much"] else ""
        rest = " at all" if m["at_all"] else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t{how} {hate} {what}{rest}{stop(m['end'])}")
    really = "really " if m["very"] or m["much"] else ""
    than = f" more than {THINGS[keyed(m['than'])]}" if m["than"] else ""
    return capitalised(f"{who_} {really}{hate}{'s' * one} {what}{than}{stop(m['end'])}")


def _stand(text: str) -> str | None:
    """"Tôi không chịu nổi cái nóng." as "I can't stand the heat.", "Tôi không chịu được nóng." too (_STAND); None
    for anything else."""
    m = _STAND.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    what = _BARE.get(keyed(m["things"])) or _things(m["things"], THINGS, "vi")
    return capitalised(f"{said[0]} can't stand {what}{stop(m['end'])}")


def _which(text: str) -> str | None:
    """"Bạn ghét thứ Hai hay thứ Sáu hơn?" as "Which do you hate more, Mondays or Fridays?", "Bạn ghét cái nào
    hơn?" as "Which do you hate more?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m or (said := who(m, True)) is None or said[0] in ("I", "we"):
        return None
    a, b = m["a"] and THINGS[keyed(m["a"])], m["b"] and THINGS[keyed(m["b"])]
    if a and a == b:
        return None
    return f"Which {'does' if said[1] else 'do'} {said[0]} hate more{f', {a} or {b}' if a else ''}?"


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether "do", "doesn't", "hates" … of a match of _SAID_EN agree with who (`one`: he, she, someone): "She
    hates", "Does he like", "I don't like"; not "He hate", "Do she", "Does he hates", "I doesn't"."""
    aux = (m["do"] or m["not"] or "").lower()
    if aux:
        return m["verb"].lower() in ("hate", "like") and aux.startswith("does") == one
    return m["verb"].lower().endswith("s") == one


def _said_vi(text: str) -> str | None:
    """"I hate Mondays." as "Tôi ghét thứ Hai.", "She doesn't like snakes." as "Cô ấy không thích rắn.", "Do you hate
    the rain?" as "Bạn có ghét mưa không?", "I don't really like the cold." as "Tôi không thích cái lạnh lắm."
    (_SAID_EN); None for anything else, where a word does not agree with who, and for "like spicy food" (mt/tastes.py
    takes it)."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    verb = m["verb"].lower().removesuffix("s")
    things = m["things"].lower()
    if not _agrees(m, one) or m["do"] and (who_ in ("tôi", "chúng tôi") or m["not"] or m["really"] or m["much"] or
                                           m["at_all"] or m["than"]):
        return None
    if m["than"] and (verb != "hate" or m["not"]) or m["at_all"] and not m["not"] or verb == "like" and re.fullmatch(
            r"spicy\s+food", things):
        return None
    if m["not"] and (m["really"] or m["much"]) and verb != "like" or m["really"] and m["much"]:
        return None
    vi = "ghét" if verb == "hate" else "thích"
    what = _things(m["things"], THINGS_VI, "en")
    if m["do"]:
        return capitalised(f"{who_} có {vi} {what} không?")
    if m["not"]:
        rest = " chút nào" if m["at_all"] else " lắm" if m["really"] or m["much"] else ""
        return capitalised(f"{who_} không {vi} {what}{rest}{stop(m['end'])}")
    very = "rất " if m["really"] or m["much"] else ""
    than = f" hơn {THINGS_VI[keyed(m['than'])]}" if m["than"] else ""
    return capitalised(f"{who_} {very}{vi} {what}{than}{stop(m['end'])}")


def _stand_vi(text: str) -> str | None:
    """"I can't stand the heat." as "Tôi không chịu được cái nóng." (_STAND_EN); None for anything else."""
    m = _STAND_EN.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{who_vi(m)[0]} không chịu được {_things(m['things'], THINGS_VI, 'en')}{stop(m['end'])}")


def _which_vi(text: str) -> str | None:
    """"Which do you hate more, Mondays or Fridays?" as "Bạn ghét thứ Hai hay thứ Sáu hơn?", "Which do you hate
    more?" as "Bạn ghét cái nào hơn?" (_WHICH_EN); None for anything else, and where "do" does not agree with who."""
    m = _WHICH_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    a, b = m["a"] and THINGS_VI[keyed(m["a"])], m["b"] and THINGS_VI[keyed(m["b"])]
    if (m["do"] == "does") != one or who_ in ("tôi", "chúng tôi") or a and a == b:
        return None
    return capitalised(f"{who_} ghét {f'{a} hay {b}' if a else 'cái nào'} hơn?")
