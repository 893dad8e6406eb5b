"""The colour of things, said or asked, painted, and wanted in a shop, both ways, written whole by rule. v8 reads "màu
gì" as a verb's object and "bag" as a vaccine: "Xe của bạn màu gì?" → "What color do your car?", "Giày của bạn màu
gì?" → "What are your shoes?", "Cái túi của bạn màu gì?" → "What colored your bag?", "Váy của cô ấy màu đỏ." → "Her
purse was red.", "Ba lô của Lan màu tím." → "Three Lands of purple.", "Ô tô của bố tôi màu xám." → "My father's fill
gray.", "Xe của bạn có màu đỏ không?" → "Do your car has red?", "Tường được sơn màu xanh lá cây." → "It seems
painting tree green.", "Bố tôi vừa sơn nhà màu vàng." → "My father had painted the yellow house.", "Bạn muốn màu
gì?" → "What would you like?", "Tôi muốn lấy màu xanh dương." → "I want to get positive blue."; "What colour is your
car?" → "Xe hơi của bạn là gì?", "My bag is black." → "Vắc-xin của tôi đen.", "My phone's pink." → "Điện thoại của
tôi bị pin.", "My father's car is grey." → "Xe hơi của cha tôi rất vui.", "Lan's backpack is purple." → "Lùi của Lan
là purple.", "My father has just painted the house yellow." → "Cha tôi vừa sơn căn nhà.", "I want it in blue." →
"Tôi muốn nó ở màu xanh.".

Taken: whose thing (THINGS: vehicles, "xe" as a car, clothes of mt.outfits.OUTFITS, bags, phones, a house, a room,
walls …; whose as mt.hobbies.OWNER reads it, or "này", this) is a colour of mt.patterns.COLOURS, said, asked, or not
("không phải"), and what colour it is asked; a thing painted a colour ("được sơn", now, "đã", "vừa"); who
(mt.hobbies.WHO, WHO_EN) painted it ("đã", "vừa"), will ("sẽ") or wants to ("muốn"); what colour who would like, and
who would like it (or this) in a colour ("muốn lấy"). Left: hair and eyes (mt/features.py), "Do you have this in
white?" (mt/patterns.py), a favourite colour (mt/favourites.py), a colour that suits someone and clothes worn
(mt/outfits.py), exchanging for a colour (mt/returns.py), "màu xanh" alone (blue or green), "anh", "chị", "em" alone
saying it, a thing without whose said or asked ("Xe màu đỏ.": a red car?), "này" asked whether it is a colour ("Cái
áo này có màu đỏ không?": does it come in red?), painting with no word of tense, two colours, and anything else.
mt.phrasebook.translate tries these after mt/growing.py.

    >>> translate("Xe của bạn màu gì?", "vi", "en"), translate("My bag is black.", "en", "vi")
    ('What colour is your car?', 'Túi của tôi màu đen.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .parking import VEHICLES, VEHICLES_VI
from .patterns import COLOURS, COLOURS_VI
from .rule_keys import key_checked
from .terms import CARRIED_EN, OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, alternatives, capitalised, contracted, keyed

# things whose colour is said (the first Vietnamese of each English is written back: "car" as "xe", as people say it)
_CARRIED = {"bag", "backpack", "suitcase", "umbrella", "phone", "watch"}
THINGS = {"xe": "car"} | VEHICLES | OUTFITS | {vi: en for vi, en in CARRIED_EN.items() if en in _CARRIED} | {
    "điện thoại di động": "phone", "túi xách": "handbag", "ví": "wallet", "nhà": "house", "phòng": "room",
    "tường": "walls", "cửa": "door"}
THINGS_VI = {en.lower(): vi for vi, en in reversed(THINGS.items())} | OUTFITS_VI | {
    en: vi for en, vi in VEHICLES_VI.items() if en != "car"} | {"mobile phone": "điện thoại"}
_ON_FEET = {"shoes", "sandals", "trainers", "sneakers"}  # "đôi giày" (a pair), not "cái", "chiếc"
# the classifier before a thing with "này" ("chiếc xe này", "ngôi nhà này"), where not "cái"
_ONE_OF = {"car": "chiếc", "motorbike": "chiếc", "bicycle": "chiếc", "electric bike": "chiếc", "house": "ngôi",
           "room": "căn"} | dict.fromkeys(_ON_FEET, "đôi")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:màu)"),
         "en": lazy(rf"(?i:colou?r|\b(?:{alternatives(COLOURS_VI)})\b)")}

# the thing and whose ("xe của bạn", "túi tôi", "váy của mẹ tôi", "cái áo này"), and a colour ("màu đỏ")
_THING = (rf"(?:(?P<one>(?i:cái|chiếc|đôi|ngôi|căn|bức))\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
          rf"(?:\s+(?P<this>này)|(?:\s+của)?\s+{OWNER})?")
_COLOUR = rf"(?P<colour>(?i:{alternatives(COLOURS)}))"
_END = r"(?:\s+(?P<asked>không))?(?:\s+(?P<soft>vậy|thế|nhỉ|ạ))?\s*(?P<end>[.!?]*)"
# what colour it is, or that it is one ("Xe của bạn màu gì?", "Túi của tôi màu đen.", "Xe bạn có màu đỏ không?")
_IS = lazy(rf"{_THING}\s+(?:(?P<what>(?:có\s+)?màu\s+gì)|(?:(?P<not>không\s+phải)\s+|(?P<ask>có\s+phải|có)\s+)?"
           rf"{_COLOUR}){_END}")
# ... painted ("Tường được sơn màu xanh lá cây.", "Nhà tôi vừa được sơn màu trắng.")
_PAINTED = lazy(rf"{_THING}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?:được\s+)?sơn\s+{_COLOUR}{_END}")
# who painted it, will, wants to ("Chúng tôi đã sơn tường màu trắng.", "Bố tôi vừa sơn nhà màu vàng.")
_PAINTS = lazy(rf"{WHO}\s+(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|muốn)\s+sơn\s+{_THING}\s+{_COLOUR}{_END}")
# what colour who would like, or that they would like it in one ("Bạn muốn màu gì?", "Tôi muốn lấy màu đỏ.")
_WANTS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?muốn\s+(?:(?P<take>lấy)\s+)?(?:(?P<what>màu\s+gì)|"
              rf"(?:(?P<this>cái\s+này)\s+)?{_COLOUR}){_END}")

# ... and in English ("your car", "my mother's shoes", "this shirt", "the walls"), and a colour ("red", "gray")
_THING_EN = (rf"(?:(?P<of>(?i:{WHOSE_WORDS}))|(?P<ofs>{SOMEONE_EN})['’]s|(?P<det>(?i:this|these|the)))\s+"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_COLOUR_EN = rf"(?P<colour>(?i:{alternatives(COLOURS_VI)}))"
_IS_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_THING_EN}(?:(?P<be>\s+is|\s+are|['’]s|['’]re)(?P<not>\s+not|n['’]t)?)?"
              rf"\s+{_COLOUR_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"(?i:what)\s+colou?r\s+(?P<be>is|are)\s+{_THING_EN}\s*\?+")
_PAINTED_EN = lazy(rf"{_THING_EN}\s+(?P<be>is|are|was|were|(?P<has>has|have)(?P<just>\s+just)?\s+been)\s+"
                   rf"painted\s+{_COLOUR_EN}\s*(?P<end>[.!]*)")
_PAINTS_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|['’]s|['’]ll|\s+have|\s+has|\s+will|\s+wants?\s+to)?"
                  rf"(?P<just>\s+just)?\s+(?P<verb>painted|paint)\s+{_THING_EN}\s+{_COLOUR_EN}\s*(?P<end>[.!]*)")
_WANTS_EN = lazy(rf"{WHO_EN}(?P<like>['’]d\s+like|\s+would\s+like|\s+wants?)\s+(?P<it>it|this(?:\s+one)?)\s+in\s+"
                 rf"{_COLOUR_EN}(?:,?\s+please)?\s*(?P<end>[.!]*)")
_WHICH_EN = lazy(rf"(?i:what)\s+colou?r\s+(?P<aux>would|do|does)\s+{WHO_EN}\s+(?P<verb>like|want)\s*\?+")
_WOULD_EN = lazy(rf"Would\s+{WHO_EN}\s+like\s+(?P<it>it|this(?:\s+one)?)\s+in\s+{_COLOUR_EN}"
                 r"(?:,?\s+please)?\s*\?+")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks the colour of a thing, that it is painted one, or the colour
    someone would like; None for any other."""
    if src == "vi":
        return _is(text) or _painted(text) or _paints(text) or _wants(text)
    return _is_vi(text) or _painted_vi(text) or _paints_vi(text) or _wants_vi(text)


def _many(said: str) -> bool:
    """Whether English says a thing of THINGS as many ("shoes", "walls"; not "dress")."""
    return said.endswith("s") and not said.endswith("ss")


def _thing_en(m: re.Match, the: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, with whose, and whether it is many: ("your car", False), ("my
    mother's shoes", True), ("this shirt", False), ("the walls", True) where `the` (none said); None for a classifier
    that does not go with it ("đôi áo", "bức tường": one wall), "this" with walls, or whose not said."""
    said = THINGS[keyed(m["thing"])]
    one, many = keyed(m["one"] or ""), _many(said)
    if one and ((one == "đôi") != (said in _ON_FEET) or said == "walls"):
        return None
    if m["this"]:
        return (None if said == "walls" else (f"{'these' if many else 'this'} {said}", many))
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {said}", many
    whose = m["someone"] and someone(m["someone"], "vi")
    return (f"{whose}'s {said}", many) if whose else (f"the {said}", many) if the and not m["someone"] else None


def _statement(m: re.Match) -> bool:
    """Whether a match of _END ends a statement: no "không", "?" or particle but "ạ"."""
    return not m["asked"] and "?" not in m["end"] and m["soft"] in (None, "ạ")


def _is(text: str) -> str | None:
    """"Xe của bạn màu gì?" as "What colour is your car?", "Túi của tôi màu đen." as "My bag is black.", "Xe bạn có
    màu đỏ không?" as "Is your car red?", "Xe tôi không phải màu đỏ." as "My car isn't red." (_IS); None for anything
    else, and for "này" asked whether ("Cái áo này có màu đỏ không?": in red?)."""
    m = _IS.fullmatch(text)
    if not m or (thing := _thing_en(m)) is None:
        return None
    said, many = thing
    be = "are" if many else "is"
    if m["what"]:
        return f"What colour {be} {said}?" if "?" in m["end"] and not m["asked"] else None
    colour = COLOURS[keyed(m["colour"])]
    if m["asked"]:
        return None if m["not"] or m["this"] or "?" not in m["end"] else f"{be.capitalize()} {said} {colour}?"
    if not _statement(m) or m["ask"] and m["ask"] != "có":
        return None
    nt = "n't" if m["not"] else ""
    return capitalised(f"{said} {be}{nt} {colour}.")


def _painted(text: str) -> str | None:
    """"Tường được sơn màu xanh lá cây." as "The walls are painted green.", "Nhà tôi đã được sơn màu trắng." as "My
    house has been painted white.", "… vừa được sơn …" as "… has just been painted …" (_PAINTED); None for anything
    else."""
    m = _PAINTED.fullmatch(text)
    if not m or not _statement(m) or (thing := _thing_en(m, the=True)) is None:
        return None
    said, many = thing
    tense = keyed(m["tense"] or "")
    been = (f"{'have' if many else 'has'}{' just' * (tense != 'đã')} been" if tense else "are" if many else "is")
    return capitalised(f"{said} {been} painted {COLOURS[keyed(m['colour'])]}.")


def _paints(text: str) -> str | None:
    """"Chúng tôi đã sơn tường màu trắng." as "We painted the walls white.", "Bố tôi vừa sơn nhà màu vàng." as "My
    father has just painted the house yellow.", "… sẽ sơn …" as "… will paint …", "… muốn sơn …" as "… want to paint
    …" (_PAINTS); None for anything else, and for "của mình" (whose own?)."""
    m = _PAINTS.fullmatch(text)
    if not m or not _statement(m) or keyed(m["owner"] or "") == "mình" or (said := who(m, False)) is None:
        return None
    thing = _thing_en(m, the=True)
    if thing is None:
        return None
    (who_, one), tense = said, keyed(m["tense"])
    done = f"{thing[0]} {COLOURS[keyed(m['colour'])]}."
    if tense == "đã":
        return capitalised(f"{who_} painted {done}")
    if tense == "sẽ":
        return capitalised(contracted(who_, f"will paint {done}"))
    if tense == "muốn":
        return capitalised(f"{who_} {'wants' if one else 'want'} to paint {done}")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just painted {done}"))


def _wants(text: str) -> str | None:
    """"Bạn muốn màu gì?" as "What colour would you like?", "Tôi muốn lấy màu đỏ." as "I'd like it in red.", "Tôi
    muốn lấy cái này màu xanh dương." as "I'd like this in blue.", "Bạn có muốn lấy màu đen không?" as "Would you
    like it in black?" (_WANTS); None for anything else, and for "muốn màu đỏ" said without "lấy" (a favourite?)."""
    m = _WANTS.fullmatch(text)
    asked = bool(m and (m["what"] or m["asked"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    if m["what"]:
        return None if m["asked"] else f"What colour would {who_} like?"
    it = f"{'this' if m['this'] else 'it'} in {COLOURS[keyed(m['colour'])]}"
    if not m["take"] or m["soft"] not in (None, "ạ") and not asked:
        return None
    if asked:
        return f"Would {who_} like {it}?"
    return capitalised(f"{who_}'d like {it}." if who_ in EN_WHOSE else f"{who_} would like {it}.")


def _thing_vi(m: re.Match, the: bool = False) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English says it as many: ("xe của bạn", False),
    ("giày của mẹ tôi", True), ("đôi giày này", True), ("tường", True) for "the walls" where `the`; None where "this"
    or "these" does not go with the thing ("these shirt", "this walls"), and for "the" not `the`."""
    said = keyed(m["thing"])
    vi = THINGS_VI[said]
    many = _many(said)
    det = keyed(m["det"] or "")
    if det == "the":
        return (vi, many) if the else None
    if det:
        if (det == "these") != many or said == "walls":
            return None
        return f"{_ONE_OF.get(THINGS.get(vi, said), 'cái')} {vi} này", many
    whose = WHOSE_VI[m["of"].lower()] if m["of"] else someone(m["ofs"], "en")
    return (f"{vi} của {whose}", many) if whose else None


def _be_agrees(be: str, many: bool) -> bool:
    """Whether "is", "are", "'s", "has" … (`be`) agrees with a thing that is `many` or not."""
    return (be.strip().lower().replace("’", "'") in ("are", "'re", "were", "have")) == many


def _is_vi(text: str) -> str | None:
    """"My bag is black." as "Túi của tôi màu đen.", "Is your car red?" as "Xe của bạn có màu đỏ không?", "My car
    isn't red." as "Xe của tôi không phải màu đỏ.", "What colour is your car?" as "Xe của bạn màu gì?" (_IS_EN,
    _WHAT_EN); None for anything else, for "the" thing, and where "is" or "are" does not agree with the thing."""
    m = _WHAT_EN.fullmatch(text)
    if m:
        thing = _thing_vi(m)
        return capitalised(f"{thing[0]} màu gì?") if thing and _be_agrees(m["be"], thing[1]) else None
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    thing = _thing_vi(m)
    if thing is None or not _be_agrees(m["be0"] or m["be"], thing[1]):
        return None
    colour = COLOURS_VI[m["colour"].lower()]
    if m["be0"]:
        return capitalised(f"{thing[0]} có {colour} không?")
    return capitalised(f"{thing[0]} {'không phải ' * bool(m['not'])}{colour}.")


def _painted_vi(text: str) -> str | None:
    """"The walls are painted green." as "Tường được sơn màu xanh lá.", "My house has been painted white." as "Nhà
    của tôi đã được sơn màu trắng.", "… has just been …" as "… vừa được sơn …" (_PAINTED_EN); None for anything else,
    and where "is", "has" … does not agree with the thing."""
    m = _PAINTED_EN.fullmatch(text)
    thing = m and _thing_vi(m, the=True)
    if not thing or not _be_agrees(m["has"] or m["be"], thing[1]):
        return None
    tense = "vừa " if m["just"] else "đã " if m["has"] or m["be"] in ("was", "were") else ""
    return capitalised(f"{thing[0]} {tense}được sơn {COLOURS_VI[m['colour'].lower()]}.")


def _paints_vi(text: str) -> str | None:
    """"We painted the walls white." as "Chúng tôi đã sơn tường màu trắng.", "My father has just painted the house
    yellow." as "Bố tôi vừa sơn nhà màu vàng.", "We'll paint …" as "Chúng tôi sẽ sơn …", "She wants to paint …" as
    "Cô ấy muốn sơn …" (_PAINTS_EN); None for anything else, for "paint" with no word of tense (a habit), and where
    "has", "wants" … does not agree with who, and for someone not a pronoun painting "his" or "her" thing."""
    m = _PAINTS_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m, the=True)) is None or not m["who"] and keyed(m["of"] or "") in ("his", "her"):
        return None  # ("My father painted his car red.": "xe của anh ấy" reads as another's)
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    aux = {"'ve": "have", "'s": "has", "'ll": "will"}.get(aux, aux)
    if m["verb"] == "painted":
        if aux not in ("", "have", "has") or aux and (aux == "has") != one:
            return None
        tense = "vừa" if m["just"] else "đã"
    elif aux == "will" and not m["just"]:
        tense = "sẽ"
    elif aux.startswith("want") and not m["just"] and (aux == "wants to") == one:
        tense = "muốn"
    else:
        return None
    return capitalised(f"{who_} {tense} sơn {thing[0]} {COLOURS_VI[m['colour'].lower()]}.")


def _wants_vi(text: str) -> str | None:
    """"What colour would you like?" as "Bạn muốn màu gì?", "I'd like it in red." as "Tôi muốn lấy màu đỏ.", "I want
    this in blue." as "Tôi muốn lấy cái này màu xanh dương.", "Would you like it in black?" as "Bạn có muốn lấy màu
    đen không?" (_WHICH_EN, _WANTS_EN, _WOULD_EN); None for anything else, "What colour do you like?" (a favourite:
    mt/favourites.py), and where "want" or "does" does not agree with who."""
    if m := _WHICH_EN.fullmatch(text):
        who_, one = who_vi(m)
        aux = m["aux"].lower()
        if (aux == "would") != (m["verb"] == "like") or aux != "would" and (aux == "does") != one:
            return None
        return capitalised(f"{who_} muốn màu gì?")
    m = _WANTS_EN.fullmatch(text) or _WOULD_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    like = m.groupdict().get("like") or ""
    if like.strip().startswith("want") and (like.strip() == "wants") != one:
        return None
    it = f"{'cái này ' if m['it'] != 'it' else ''}{COLOURS_VI[m['colour'].lower()]}"
    return capitalised(f"{who_} có muốn lấy {it} không?" if m.re == _WOULD_EN else f"{who_} muốn lấy {it}.")
