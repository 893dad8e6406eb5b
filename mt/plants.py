"""Plants and the garden, both ways, written whole by rule: who forgot to water the plants, being reminded to, plants
dead, dying or wilting, flowers in bloom, who grows what, planting a tree, and what plants need. v8 (rules on) reads
"tưới" as put, "héo" as slight, "nở" as hatch, "hoa" as the United States and "plant" as a factory: "Tôi quên tưới
cây." → "I forgot to put trees.", "Đừng quên tưới cây nhé." → "Don't forget trees.", "Cây của tôi chết rồi." → "My
tree was dead.", "Hoa của tôi héo hết rồi." → "My United States is getting out.", "Hoa hồng đang nở." → "The pink is
hatching.", "Cô ấy trồng cà chua." → "She planted sour.", "Cây cần nước." → "It needs water."; "I forgot to water the
plants." → "Tôi quên nước cho nhà máy.", "My plants died." → "Nhà máy của tôi đã chết.", "The plants need water." →
"Các nhà máy cần nước.", "She grows tomatoes." → "Cô ấy lớn lên cà chua.", "The roses are in bloom." → "Những bông
hồng đang ở trong buổi sáng.", "The plants are wilting." → "Các nhà máy đang dần dần dần.".

Taken: who (mt.hobbies.WHO, WHO_EN) forgot to water the plants, the flowers or the garden, and "Nhớ …", "Đừng
quên …" (remember to, don't forget to); someone's plants ("cây của tôi", "my plants"; "cây này", this plant) or
flowers of FLOWERS dead, dying, wilting or wilted; flowers (in a garden, whose or not) blooming, in full bloom or
bloomed, asked "yet"; who grows things of CROPS (in the garden, on the balcony), asked, not, and "What do you grow?";
in Vietnamese, who planted, will, wants to or has just planted a tree; what plants need (water, watering, sun, light).
"cây" is taken only after "tưới", before "của", "này" or "cần", or as "một cái cây": never a classifier ("cây bút");
"plant" only with what plants do (die, wilt, need): never a factory. Left: watering as a chore, done, doing or asked
("Lan is watering the plants.": mt/chores.py), gardening liked (mt/hobbies.py), a beautiful garden
(mt/compliments.py), "Cây chết rồi." (a plant or a tree?), "Hoa chết rồi." (Hoa, a name?), a tree planted said in
English (v8 writes it well), a day said, and anything else.
mt.phrasebook.translate tries these after mt/earnings.py.

    >>> translate("Tôi quên tưới cây.", "vi", "en"), translate("My plants died.", "en", "vi")
    ('I forgot to water the plants.', 'Cây của tôi chết rồi.')
"""
from __future__ import annotations

import re

from .hobbies import (
    OWNER,
    SOMEONE_EN,
    WHO,
    WHO_EN,
    joined,
    listed,
    someone,
    who,
    who_vi,
)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed

# what is grown, and how English says it (the first Vietnamese of each is written back)
CROPS = {"cà chua": "tomatoes", "rau": "vegetables", "rau củ": "vegetables", "hoa": "flowers", "hoa hồng": "roses",
         "hoa lan": "orchids", "ớt": "chillies", "dưa chuột": "cucumbers", "dưa leo": "cucumbers",
         "rau thơm": "herbs", "khoai tây": "potatoes", "cà rốt": "carrots", "xà lách": "lettuce",
         "cây ăn quả": "fruit trees", "cây ăn trái": "fruit trees", "hoa hướng dương": "sunflowers"}
CROPS_VI = {en: vi for vi, en in reversed(CROPS.items())} | {"chilies": "ớt", "chili peppers": "ớt", "veg": "rau"}
# flowers that bloom, die and wilt (in English as many: "the roses are")
FLOWERS = {"hoa": "flowers", "hoa hồng": "roses", "hoa lan": "orchids", "hoa hướng dương": "sunflowers",
           "hoa đào": "peach blossoms", "hoa sen": "lotuses", "hoa cúc": "chrysanthemums"}
FLOWERS_VI = {en: vi for vi, en in FLOWERS.items()}
# what plants need ("cần được tưới": watering)
NEEDS = {"nước": "water", "ánh nắng": "sun", "nắng": "sun", "ánh sáng": "light", "được tưới": "watering",
         "được tưới nước": "watering", "tưới nước": "watering"}
NEEDS_VI = {"water": "nước", "sun": "ánh nắng", "sunlight": "ánh nắng", "light": "ánh sáng", "watering": "được tưới"}
_WATERED = {"cây": "the plants", "hoa": "the flowers", "vườn": "the garden"}
_WATERED_VI = {"plants": "cây", "flowers": "hoa", "garden": "vườn"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tưới|trồng|nở|chết|héo|cần)"),
         "en": lazy(r"(?i:\bwater|plant|\bgrow|bloom|\bdied|dead|dying|wilt|need)")}

# watering forgotten ("Tôi quên tưới cây rồi."), reminded ("Nhớ tưới cây nhé.", "Đừng quên tưới hoa.")
_WATER = r"tưới(?:\s+nước\s+cho)?\s+(?P<what>cây|hoa|vườn)"
_FORGOT = lazy(rf"{WHO}\s+(?:đã\s+)?quên(?:\s+mất)?\s+{_WATER}(?:\s+rồi)?{SOFTENED_END}")
_TOLD = lazy(rf"(?:(?P<you>[Bb]ạn)\s+)?(?:(?P<remember>(?:[Hh]ãy\s+)?[Nn]hớ)|(?P<dont>[Đđ]ừng\s+quên))\s+"
             rf"{_WATER}(?:\s+(?P<tail>nhé|nha|nhá))?\s*(?P<end>[.!]*)")
_WATER_EN = rf"water\s+(?P<owner>the|{WHOSE_WORDS})\s+(?P<what>plants|flowers|garden)"
_FORGOT_EN = lazy(rf"{WHO_EN}\s+forgot\s+to\s+{_WATER_EN}\s*(?P<end>[.!]*)")
_TOLD_EN = lazy(rf"(?:(?P<dont>Don['’]t\s+forget)|(?P<remember>Remember))\s+to\s+{_WATER_EN}(?:,?\s+please)?"
                r"\s*(?P<end>[.!]*)")
# whose plants ("cây của tôi", "cây này", "chậu cây của mẹ tôi", "hoa hồng"), a garden ("trong vườn nhà tôi")
_PLANTS = (rf"(?:(?P<one>(?i:cái|chậu))\s+)?(?P<plants>[Cc]ây|(?i:{alternatives(FLOWERS)}))(?:\s+(?P<this>này)|"
           rf"\s+của\s+{OWNER})?")
_GARDEN = rf"(?:trong|ở)\s+vườn(?:\s+(?:(?P<home>nhà)\s+|của\s+)?(?P<gowner>(?i:{alternatives(OWNERS)})))?"
_DYING = lazy(rf"{_PLANTS}\s+(?:(?P<aux>đã|đang|sắp)\s+)?(?:bị\s+)?(?P<state>chết|héo)(?P<slowly>\s+dần)?"
              rf"(?P<all>\s+hết)?(?P<done>\s+rồi)?{SOFTENED_END}")
_BLOOM = lazy(rf"(?P<plants>(?i:{alternatives(FLOWERS)}))(?:\s+của\s+{OWNER}|\s+{_GARDEN})?\s+"
              r"(?:(?P<aux>đang|đã)\s+)?nở(?P<full>\s+rộ)?(?P<done>\s+rồi)?(?:\s+(?P<asked>chưa))?"
              rf"{SOFTENED_END}")
_NEED = lazy(rf"{_PLANTS}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?cần\s+(?:(?P<more>nhiều|thêm)\s+)?"
             rf"(?P<need>{alternatives(NEEDS)})(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... in English ("my plants", "this plant", "my mother's roses", "the flowers in our garden")
_PLANTS_EN = (rf"(?:(?P<det>(?i:the|this|these|{WHOSE_WORDS}))\s+|(?P<someone>{SOMEONE_EN})['’]s\s+)?"
              rf"(?P<plants>(?i:plants?|{alternatives(FLOWERS_VI)}))(?:\s+in\s+(?P<gdet>the|{WHOSE_WORDS})\s+garden)?")
_DYING_EN = lazy(rf"{_PLANTS_EN}\s+(?P<verb>died|(?:have|has)(?P<all>\s+all)?\s+died|(?:are|is)(?P<all2>\s+all)?"
                 r"\s+dead|(?:are|is)\s+(?P<ing>dying|wilting)|(?:have|has)\s+wilted)\s*(?P<end>[.!]*)")
_BLOOM_EN = lazy(rf"(?:(?P<have>Have)\s+)?{_PLANTS_EN}\s+(?P<verb>are\s+(?:blooming|in\s+"
                 r"(?P<full>full\s+)?bloom)|(?:have\s+)?bloomed)(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_NEED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_PLANTS_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?"
                r"(?P<verb>needs?)\s+(?:(?P<more>a\s+lot\s+of|lots\s+of|much|more)\s+)?"
                rf"(?P<need>{alternatives(NEEDS_VI)})\s*(?P<end>[.!?]*)")
# who grows what ("Cô ấy trồng cà chua.", "Bạn có trồng rau không?", "Bạn trồng gì trong vườn?")
_PLACE = rf"(?:{_GARDEN}|(?P<balcony>(?:ở|trên|ngoài)\s+ban\s+công))"
_GROW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?trồng\s+(?:(?P<what>gì)|(?P<crops>"
             rf"{joined(rf'(?i:{alternatives(CROPS)})', 'và')}))(?:\s+{_PLACE})?(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
_CROP_EN = rf"(?:{alternatives(CROPS_VI)})"
_PLACE_EN = rf"\s+(?:in\s+(?P<gdet>the|{WHOSE_WORDS})\s+garden|on\s+(?P<bdet>the|{WHOSE_WORDS})\s+balcony)"
_GROW_EN = lazy(rf"(?:(?P<what>What)\s+)?(?:(?P<do>[Dd]o|[Dd]oes)\s+)?{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|"
                rf"do\s+not|does\s+not)\s+)?(?P<verb>grows?)(?:\s+(?P<crops>{joined(_CROP_EN, 'and')}))?"
                rf"(?:{_PLACE_EN})?\s*(?P<end>[.!?]*)")
# a tree planted ("Chúng tôi vừa trồng một cái cây."; v8 writes the English well: "Chúng tôi trồng một cây.")
_PLANTED = {"": "planted", "đã": "planted", "vừa": "have just planted", "mới": "have just planted",
            "vừa mới": "have just planted", "sẽ": "will plant", "muốn": "want to plant"}
_TREE = lazy(rf"{WHO}\s+(?:(?P<aux>{alternatives(set(_PLANTED) - {''})})\s+)?trồng\s+(?:một|1)\s+"
             rf"(?:cái\s+)?cây(?:\s+{_PLACE})?{SOFTENED_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who forgot to water the plants, tells someone to, says plants died,
    wilt, bloom or need something, or who grows what or planted a tree; None for any other."""
    if src == "vi":
        return _forgot(text) or _told(text) or _dying(text) or _bloom(text) or _need(text) or _grow(text) or _tree(text)
    return (_forgot_vi(text) or _told_vi(text) or _dying_vi(text) or _bloom_vi(text) or _need_vi(text) or
            _grow_vi(text))


def _forgot(text: str) -> str | None:
    """"Tôi quên tưới cây." as "I forgot to water the plants." (_FORGOT); None for anything else, and for "anh",
    "em" … alone (the speaker?)."""
    m = _FORGOT.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)):
        return None
    return capitalised(f"{said[0]} forgot to water {_WATERED[m['what']]}{m['end'] or '.'}")


def _told(text: str) -> str | None:
    """"Đừng quên tưới hoa." as "Don't forget to water the flowers." (_TOLD); None for anything else, and for "Bạn
    nhớ tưới cây." (reminded, or recalls?)."""
    m = _TOLD.fullmatch(text)
    if not m or m["you"] and m["remember"] and not m["tail"]:
        return None
    told = "Remember" if m["remember"] else "Don't forget"
    return f"{told} to water {_WATERED[m['what']]}{m['end'] or '.'}"


def _forgot_vi(text: str) -> str | None:
    """"Lan forgot to water the flowers." as "Lan quên tưới hoa." (_FORGOT_EN); None for anything else, and for
    someone else's plants ("I forgot to water your plants.")."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or not _own(m, m["owner"]):
        return None
    return capitalised(f"{who_vi(m)[0]} quên tưới {_WATERED_VI[m['what']]}{m['end'] or '.'}")


def _told_vi(text: str) -> str | None:
    """"Remember to water the plants." as "Nhớ tưới cây nhé." (_TOLD_EN); None for anything else, and for whose but
    "the" or "your"."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["owner"].lower() not in ("the", "your"):
        return None
    return f"{'Nhớ' if m['remember'] else 'Đừng quên'} tưới {_WATERED_VI[m['what']]} nhé{m['end'] or '.'}"


def _own(m: re.Match, whose: str | None) -> bool:
    """Whether `whose` ("the", "my" …) may be the own of who of a match of WHO_EN ("I … my", "Lan … her")."""
    whose = (whose or "the").lower()
    if whose == "the" or m["who"] and WHOSE_OF[m["who"].lower()] == whose:
        return True
    return not m["who"] and whose in ("his", "her")


def _garden(m: re.Match) -> str:
    """The garden of a match of _GARDEN in English: "the garden", "our garden" ("vườn nhà tôi"), "your garden"."""
    owner = keyed(m["gowner"] or "")
    if not owner:
        return "the garden"
    return f"{'our' if m['home'] and owner in ('tôi', 'mình') else OWNERS[owner]} garden"


def _plants(m: re.Match, bare: bool = False) -> tuple[str, bool] | None:
    """Whose plants of a match of _PLANTS in English, and whether they are many: ("my plants", True), ("this plant",
    False), ("the flowers", True) where `bare`; None with no whose but `bare`, and for "chậu hoa" (a classifier)."""
    kind = keyed(m["plants"])
    if kind != "cây" and m["one"] or not (bare or m["this"] or m["owner"] or m["someone"]):
        return None
    one = kind == "cây" and bool(m["one"] or m["this"])
    noun = FLOWERS.get(kind) or ("plant" if one else "plants")
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    else:
        whose = ("this" if one else "these") if m["this"] else "the"
    return f"{whose} {noun}", not one


def _plants_vi(m: re.Match) -> tuple[str, bool] | None:
    """Whose plants of a match of _PLANTS_EN in Vietnamese, and whether they are many: ("cây của tôi", True) for "my
    plants", ("cây này", False) for "this plant"; None for "this plants", and for flowers with no "the"."""
    noun, det = m["plants"].lower(), (m["det"] or "").lower()
    many = noun != "plant"
    if det in ("this", "these") and (det == "these") != many or not (det or m["someone"]) and noun != "plants":
        return None
    said = FLOWERS_VI.get(noun, "cây")
    if m["someone"] or det not in ("", "the", "this", "these"):
        said += f" của {someone(m['someone'], 'en') if m['someone'] else WHOSE_VI[det]}"
    elif det in ("this", "these"):
        said = f"những bông {said} này" if det == "these" else f"{said} này"
    if m["gdet"]:
        said += " trong vườn" + ("" if m["gdet"].lower() == "the" else f" nhà {WHOSE_VI[m['gdet'].lower()]}")
    return said, many


def _dying(text: str) -> str | None:
    """"Cây của tôi chết rồi." as "My plants have died.", "Cây này sắp chết rồi." as "This plant is dying." (_DYING);
    None for anything else, "Cây chết rồi." (a tree?) and "Hoa chết rồi." (Hoa, a name?)."""
    m = _DYING.fullmatch(text)
    bare = m and m["state"] == "héo" and keyed(m["plants"]) != "cây"  # ("Hoa héo rồi.", not "Hoa chết rồi.")
    if not m or "?" in m["end"] or (plants := _plants(m, bare)) is None:
        return None
    said, many = plants
    aux, dies, done, all_ = m["aux"] or ("đang" if m["slowly"] else ""), m["state"] == "chết", bool(m["done"]), bool(
        m["all"])
    if all_ and not many or m["slowly"] and aux != "đang" or aux == "sắp" and not dies:
        return None
    if aux in ("đang", "sắp"):  # ("sắp chết rồi": dying, "rồi" said of "sắp")
        if all_ or done and aux == "đang":
            return None
        verb = f"{'are' if many else 'is'} {'dying' if dies else 'wilting'}"
    elif done or aux and not dies:
        verb = f"{'have' if many else 'has'}{' all' * all_} {'died' if dies else 'wilted'}"
    elif dies:
        verb = f"{'all ' * all_}died"
    else:
        return None  # ("Cây của tôi héo.": wilted, or wilts?)
    return capitalised(f"{said} {verb}{m['end'] or '.'}")


def _dying_vi(text: str) -> str | None:
    """"My plants died." as "Cây của tôi chết rồi.", "My plant is dying." as "Cây của tôi đang chết dần." (_DYING_EN);
    None for anything else, and where the verb does not agree ("My plants is dead")."""
    m = _DYING_EN.fullmatch(text)
    if not m or (plants := _plants_vi(m)) is None:
        return None
    said, many = plants
    verb = m["verb"].lower().split()
    if verb[0] != "died" and (verb[0] in ("are", "have")) != many or (m["all"] or m["all2"]) and not many:
        return None
    state = "chết hết rồi" if m["all"] or m["all2"] else {"dying": "đang chết dần", "wilting": "đang héo",
                                                          "wilted": "héo rồi"}.get(verb[-1], "chết rồi")
    return capitalised(f"{said} {state}{m['end'] or '.'}")


def _bloom(text: str) -> str | None:
    """"Hoa trong vườn nhà tôi nở rộ rồi." as "The flowers in our garden are in full bloom.", "Hoa đào đã nở chưa?"
    as "Have the peach blossoms bloomed yet?" (_BLOOM); None for anything else, and for "Hoa nở." (a habit?)."""
    m = _BLOOM.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and (m["done"] or m["full"] or m["aux"] == "đang"):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s" if m["someone"] else "the"
    said = f"{whose} {FLOWERS[keyed(m['plants'])]}" + (f" in {_garden(m)}" if "vườn" in m[0] else "")
    if m["asked"]:
        return f"Have {said} bloomed yet?"
    if m["full"]:
        verb = "are in full bloom" if m["aux"] != "đã" else None
    else:
        verb = "are blooming" if m["aux"] == "đang" and not m["done"] else "have bloomed" if m["aux"] == "đã" or \
            m["done"] and not m["aux"] else None
    return capitalised(f"{said} {verb}{m['end'] or '.'}") if verb else None


def _bloom_vi(text: str) -> str | None:
    """"My roses are in full bloom." as "Hoa hồng của tôi đang nở rộ.", "Have the flowers bloomed yet?" as "Hoa đã
    nở chưa?" (_BLOOM_EN); None for anything else."""
    m = _BLOOM_EN.fullmatch(text)
    if not m or m["plants"].lower() not in FLOWERS_VI or (plants := _plants_vi(m)) is None:
        return None
    verb, asked = " ".join(m["verb"].lower().split()), "?" in m["end"]
    if bool(m["have"]) != asked or asked and verb != "bloomed" or m["yet"] and not asked:
        return None
    if asked:
        return capitalised(f"{plants[0]} đã nở chưa?")
    state = "nở rồi" if verb.endswith("bloomed") else "đang nở rộ" if m["full"] else "đang nở"
    return capitalised(f"{plants[0]} {state}{m['end'] or '.'}")


def _need(text: str) -> str | None:
    """"Cây này cần nhiều ánh nắng." as "This plant needs a lot of sun.", "Cây này có cần nhiều nước không?" as
    "Does this plant need much water?" (_NEED); None for anything else, and "Hoa cần nước." (Hoa, a name?)."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (
            plants := _plants(m, keyed(m["plants"]) == "cây")) is None:
        return None
    said, many = plants
    need = NEEDS[keyed(m["need"])]
    if m["more"] and need == "watering":
        return None
    more = {"thêm": "more ", "nhiều": "much " if asked or m["not"] else "a lot of "}.get(m["more"] or "", "")
    if asked:
        return f"{'Do' if many else 'Does'} {said} need {more}{need}?"
    verb = f"{'do' if many else 'does'}n't need" if m["not"] else "need" if many else "needs"
    return capitalised(f"{said} {verb} {more}{need}{m['end'] or '.'}")


def _need_vi(text: str) -> str | None:
    """"Does this plant need much water?" as "Cây này có cần nhiều nước không?" (_NEED_EN); None for anything else,
    and where the verb does not agree ("The plants needs water.")."""
    m = _NEED_EN.fullmatch(text)
    if not m or (plants := _plants_vi(m)) is None:
        return None
    said, many = plants
    do, asked = (m["do"] or m["not"] or "").lower(), "?" in m["end"]
    one = do.startswith("does") if do else m["verb"] == "needs"
    if one == many or bool(m["do"]) != asked or do and m["verb"] == "needs" or m["not"] and asked:
        return None
    more = keyed(m["more"] or "")
    if more and m["need"] == "watering" or more == "much" and not (asked or m["not"]):
        return None
    need = f"{'thêm' if more == 'more' else 'nhiều'} {NEEDS_VI[m['need']]}" if more else NEEDS_VI[m["need"]]
    if asked:
        return capitalised(f"{said} có cần {need} không?")
    return capitalised(f"{said} {'không ' * bool(m['not'])}cần {need}{m['end'] or '.'}")


def _place(m: re.Match) -> str:
    """Where a match of _PLACE says it is grown, in English: " in the garden", " in our garden", " on the balcony"."""
    return " on the balcony" if m["balcony"] else f" in {_garden(m)}" if "vườn" in m[0] else ""


def _place_vi(m: re.Match) -> str | None:
    """Where a match of _PLACE_EN says it is grown, in Vietnamese: " trong vườn", " ở ban công"; None for another's
    ("I grow tomatoes in your garden")."""
    if not (m["gdet"] or m["bdet"]):
        return ""
    return (" trong vườn" if m["gdet"] else " ở ban công") if _own(m, m["gdet"] or m["bdet"]) else None


def _grow(text: str) -> str | None:
    """"Bạn có trồng rau không?" as "Do you grow vegetables?", "Bạn trồng gì trong vườn?" as "What do you grow in the
    garden?" (_GROW); None for anything else."""
    m = _GROW.fullmatch(text)
    asked = bool(m and (m["asked"] or m["what"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["what"] and (m["not"] or m[
            "asked"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    place, do = _place(m), "does" if one else "do"
    if m["what"]:
        return f"What {do} {who_} grow{place}?"
    crops = listed(m["crops"], {keyed(vi): en for vi, en in CROPS.items()}, {"và": "and"})[0]
    if asked:
        return f"{do.capitalize()} {who_} grow {crops}{place}?"
    verb = f"{do}n't grow" if m["not"] else "grows" if one else "grow"
    return capitalised(f"{who_} {verb} {crops}{place}{m['end'] or '.'}")


def _grow_vi(text: str) -> str | None:
    """"What do you grow in your garden?" as "Bạn trồng gì trong vườn?" (_GROW_EN); None for anything else, and
    where the verb does not agree ("She grow tomatoes.", "Does he grows …")."""
    m = _GROW_EN.fullmatch(text)
    if not m or (place := _place_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    do, asked = (m["do"] or m["not"] or "").lower(), "?" in m["end"]
    if (do.startswith("does") if do else m["verb"] == "grows") != one or do and m["verb"] == "grows" or bool(
            m["do"]) != asked or bool(m["what"]) == bool(m["crops"]) or m["not"] and asked:
        return None
    if m["what"]:
        return capitalised(f"{who_} trồng gì{place}?")
    crops = listed(m["crops"], {keyed(en): vi for en, vi in CROPS_VI.items()}, {"and": "và"})[0]
    if asked:
        return capitalised(f"{who_} có trồng {crops}{place} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}trồng {crops}{place}{m['end'] or '.'}")


def _tree(text: str) -> str | None:
    """"Chúng tôi trồng một cái cây." as "We planted a tree.", "Bố tôi vừa trồng một cái cây." as "My father has
    just planted a tree." (_TREE); None for anything else."""
    m = _TREE.fullmatch(text)
    if not m or "?" in m["end"] or m["balcony"] or not (said := who(m, False)):
        return None
    who_, one = said
    verb = _PLANTED[keyed(m["aux"] or "")]
    if one and verb.startswith(("have", "want")):
        verb = verb.replace("have", "has", 1).replace("want", "wants", 1)
    return capitalised(contracted(who_, f"{verb} a tree{_place(m)}{m['end'] or '.'}"))
