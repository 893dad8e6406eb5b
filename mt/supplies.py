"""Running out of things at home or on the road, both ways, written whole by rule: out of milk, rice, eggs, petrol …
or almost out, whether any is left, needing to buy more, and food gone off. v8 with every other rule reads "hết" as
all, "còn" as and, "hỏng" as broken, "mốc" as a milestone, and "out of" as "ra khỏi" (leave): "Xe hết xăng rồi." →
"Cars all gas.", "Nhà hết gạo rồi." → "The house is all rice.", "Hết sữa rồi." → "Out of milk.", "Nhà sắp hết gạo
rồi." → "The house is about all rice.", "Còn trứng không?" → "And ovulation?", "Sữa bị hỏng rồi." → "The Budddha was
broken.", "Bánh mì bị mốc rồi." → "Wheat is milestone.", "Chúng ta phải mua thêm sữa." → "We have to buy milk."; "We're
out of milk." → "Chúng tôi ra khỏi sữa.", "We're running low on coffee." → "Chúng tôi đang chạy ít cà phê.", "Is there
any coffee left?" → "Có trái cà phê nào không?", "The milk has gone off." → "Sữa đã ra khỏi.", "The bread has gone
mouldy." → "Món bánh mì đã ra đi.".

Taken: the home ("Nhà", "Nhà mình"), who (mt.hobbies.WHO, WHO_EN) or no one out of, or almost out of, one of STOCK
("Hết sữa rồi.", "Gạo sắp hết rồi.", "We're running low on coffee."; petrol for a vehicle: "Xe hết xăng rồi."), none
left ("Không còn trứng nữa."), any left asked ("Còn trứng không?", "Do we have any milk left?"), who needs or has to
buy more ("Chúng ta cần mua thêm trứng."), and food of PERISHABLE gone off, sour, mouldy or rotten, said or asked
("Sữa bị hỏng rồi.", "Has the milk gone off?"). "đường" (also road) and "ga" (also fizz) only after "Nhà". Left:
money, a battery, water, toilet paper or petrol run out by who, or by a vehicle named ("Xe máy hết xăng rồi.":
mt/mishaps.py's), "xe này hết xăng" (the phrasebook's), tickets sold out (mt/tickets.py), the power or the water
gone off (mt/outages.py), how much is left ("Chỉ còn hai quả trứng."), and anything asked with "chưa" or "à".
mt.phrasebook.translate tries these after mt/doors.py.

    >>> translate("Nhà hết gạo rồi.", "vi", "en"), translate("The milk has gone off.", "en", "vi")
    ("We're out of rice.", 'Sữa bị hỏng rồi.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .patterns import SERVED
from .rule_keys import key_checked
from .terms import OWNERS
from .text import (
    ASKED_END,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# what runs out at home (the first Vietnamese of each is written back): some of what is served, and more
STOCK = {vi: en for vi, en in SERVED.items() if vi in ("sữa", "đường", "cà phê", "trà", "bánh mì", "nước mắm", "bia",
                                                         "giấy vệ sinh")} | {
    "gạo": "rice", "cơm": "rice", "trứng": "eggs", "muối": "salt", "dầu ăn": "cooking oil", "mì tôm": "instant noodles",
    "mì gói": "instant noodles", "thịt": "meat", "cá": "fish", "rau": "vegetables", "hoa quả": "fruit",
    "trái cây": "fruit", "sữa chua": "yogurt", "phô mai": "cheese", "xà phòng": "soap", "dầu gội": "shampoo",
    "kem đánh răng": "toothpaste", "bột giặt": "washing powder", "nước rửa bát": "washing-up liquid",
    "ga": "cooking gas", "xăng": "petrol"}
STOCK_VI = {en: vi for vi, en in reversed(STOCK.items())} | {"yoghurt": "sữa chua", "toilet roll": "giấy vệ sinh",
                                                             "loo roll": "giấy vệ sinh", "noodles": "mì tôm"}
_MANY = {"eggs", "instant noodles", "vegetables", "noodles"}  # "are", "have", "these"
_HOME_ONLY = {"đường", "ga"}  # "hết đường" is also the road's end, "hết ga" a drink gone flat
PERISHABLE = {"milk", "bread", "eggs", "meat", "fish", "vegetables", "fruit", "yogurt", "cheese"}
# how food goes off, in English; back, the first Vietnamese of each ("chua" only of milk, and only after "bị")
_OFF = {"hỏng": "gone off", "hư": "gone off", "ôi": "gone off", "thiu": "gone off", "chua": "gone sour",
        "mốc": "gone mouldy", "thối": "gone rotten"}
_OFF_VI = {"off": "hỏng", "bad": "hỏng", "sour": "chua", "mouldy": "mốc", "moldy": "mốc", "rotten": "thối"}
_KEYS = {"vi": lazy(r"(?i:\bhết|còn|thêm|\bhỏng|\bhư\b|\bôi|thiu|chua|mốc|thối)"),
         "en": lazy(r"(?i:out\s+of|low\s+on|left|still\s+any|\bmore|gone|\boff|bad|sour|mou?ldy|rotten)")}

_STUFF = rf"(?P<stuff>(?i:{alternatives(STOCK)}))"
_HOME = r"(?P<home>(?i:nhà)(?:\s+(?:mình|tôi|chúng\s+tôi|chúng\s+mình|ta))?)"
# "xe", a car or a motorbike, whose petrol runs out: "we", or whose it is (one named is mt/mishaps.py's)
_RIDE = rf"(?P<ride>(?i:xe))(?:\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)}))?"
_WHOSE = rf"(?:{_HOME}\s+|{WHO}\s+|{_RIDE}\s+)?"
# out of it, or almost ("Nhà hết gạo rồi.", "Xe sắp hết xăng.", "Sữa hết rồi.", "Gạo nhà mình sắp hết rồi.")
_SOON = r"(?:(?P<soon>(?i:sắp|gần))\s+|(?i:đã)\s+)?"
_OUT = [lazy(rf"{_WHOSE}{_SOON}(?i:hết)\s+{_STUFF}(?:\s+rồi)?{SOFTENED_END}"),
        lazy(rf"{_STUFF}(?:\s+(?:của\s+)?{_HOME})?\s+{_SOON}hết(?:\s+rồi)?{SOFTENED_END}"),
        lazy(rf"(?:{_HOME}\s+)?(?P<none>(?i:không))\s+còn\s+{_STUFF}(?:\s+nào)?\s+nữa{SOFTENED_END}")]
# any left, asked ("Còn trứng không?", "Nhà có còn gạo không?", "Bạn còn cà phê không?", "Sữa còn không?")
_LEFT = [lazy(rf"{_WHOSE}(?:có\s+)?(?:vẫn\s+)?(?i:còn)\s+{_STUFF}(?:\s+nào)?\s+không{SOFTENED_END}"),
         lazy(rf"{_STUFF}(?:\s+(?:vẫn\s+)?còn)\s+không{SOFTENED_END}")]
# more to buy ("Chúng ta cần mua thêm trứng.", "Tôi phải đi mua thêm sữa.", "Nhà có cần mua thêm gạo không?")
_MORE = lazy(rf"{_WHOSE}(?:(?P<ask>(?i:có))\s+)?(?:(?P<not>(?i:không))\s+)?(?P<need>(?i:cần|phải))\s+"
             rf"(?P<go>đi\s+)?mua\s+thêm\s+{_STUFF}{ASKED_END}")
# gone off ("Sữa bị hỏng rồi.", "Bánh mì này bị mốc rồi.", "Trứng có bị hỏng không?")
_GONE = lazy(rf"{_STUFF}(?P<this>\s+này)?(?:\s+(?P<ask>có))?(?:\s+(?P<did>đã))?(?:\s+(?P<bi>bị))?\s+"
             rf"(?P<off>{alternatives(_OFF)})(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_STUFF_EN = rf"(?P<stuff>(?i:{alternatives(STOCK_VI)}))"
_OUT_EN = lazy(rf"{WHO_EN}(?:(?P<be>['’]re|['’]m|['’]s|\s+are|\s+am|\s+is)\s+(?:(?P<soon>almost|nearly)\s+|"
               r"(?P<running>running)\s+)?|(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<run>run|ran)\s+)"
               rf"(?:out\s+of|(?P<low>low\s+on))\s+{_STUFF_EN}\s*(?P<end>[.!]*)")
_LEFT_EN = [lazy(rf"(?P<be>Is|Are)\s+there\s+(?P<still>still\s+)?any\s+{_STUFF_EN}(?P<left>\s+left)?\s*\?+"),
            lazy(rf"(?P<do>Do|Does|Have|Has)\s+{WHO_EN}\s+(?P<verb>have|got)\s+any\s+{_STUFF_EN}\s+left"
                 r"\s*\?+"),
            lazy(rf"There(?P<be>['’]s|\s+is|\s+are)\s+no\s+{_STUFF_EN}\s+left\s*[.!]*"),
            lazy(rf"There(?P<be>\s+is|\s+are)(?:n['’]t|\s+not)\s+any\s+{_STUFF_EN}\s+left\s*[.!]*")]
_MORE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<need>needs?|ha(?:ve|s))\s+to\s+(?P<go>go\s+and\s+)?buy\s+(?:some\s+)?more\s+{_STUFF_EN}"
                r"\s*(?P<end>[.!?]*)")
_GONE_EN = lazy(rf"(?:(?P<q>Has|Have|Is|Are)\s+)?(?P<det>[Tt]he|[Tt]his|[Tt]hese)\s+{_STUFF_EN}"
                r"(?P<aux>\s+has|\s+have|['’]s|['’]ve|\s+is|\s+are|['’]re)?\s+(?:(?P<gone>gone|went)\s+)?"
                rf"(?P<off>{alternatives(_OFF_VI)})\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says someone is out of, or almost out of, something at home or petrol,
    asks whether any is left, says more is to be bought, or that food has gone off; None for any other."""
    if src == "vi":
        return _out(text) or _left(text) or _more(text) or _gone(text)
    return _out_vi(text) or _left_vi(text) or _more_vi(text) or _gone_vi(text)


def _whose(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who is out of it, and whether English says it of one: ("we", False) for the home, "xe" or no one, ("my
    mother", True), ("I", False) for "xe tôi"; None for a word of kinship alone said ("Anh hết sữa rồi.": the
    speaker or "you"), the home's petrol, a vehicle's food, and "đường" or "ga" but the home's."""
    found, stuff = m.groupdict(), keyed(m["stuff"])
    if found.get("ride"):
        return None if stuff != "xăng" else (PRONOUNS[keyed(m["owner"])], False) if m["owner"] else ("we", False)
    if stuff in _HOME_ONLY and not found.get("home") or stuff == "xăng" and found.get("home"):
        return None
    named = any(found.get(k) for k in ("who", "kin", "titled", "given"))
    return who(m, asked) if named else ("we", False)


def _out(text: str) -> str | None:
    """"Nhà hết gạo rồi." as "We're out of rice.", "Sắp hết cà phê rồi." as "We're almost out of coffee.", "Xe hết
    xăng rồi." as "We've run out of petrol.", "Không còn trứng nữa." as "There are no eggs left." (_OUT); None for
    anything else and anything asked."""
    m = next((m for p in _OUT if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or (said := _whose(m, False)) is None:
        return None
    who_, _ = said
    stuff = STOCK[keyed(m["stuff"])]
    if m.groupdict().get("none"):
        return f"There{' are' if stuff in _MANY else chr(39) + 's'} no {stuff} left."
    if m["soon"]:
        return capitalised(contracted(who_, f"{be(who_)} almost out of {stuff}."))
    if stuff == "petrol":  # (of a vehicle: "we've run out", as mt/mishaps.py says it)
        return capitalised(contracted(who_, f"{'has' if who_ in ('he', 'she') else 'have'} run out of petrol."))
    return capitalised(contracted(who_, f"{be(who_)} out of {stuff}."))


def _left(text: str) -> str | None:
    """"Còn trứng không?" as "Are there any eggs left?", "Bạn còn cà phê không?" as "Do you have any coffee left?"
    (_LEFT); None for anything else."""
    m = next((m for p in _LEFT if (m := p.fullmatch(text))), None)
    if not m or "?" not in m["end"] or m.groupdict().get("ride") or (said := _whose(m, True)) is None:
        return None
    who_, one = said
    stuff = STOCK[keyed(m["stuff"])]
    if m.groupdict().get("home") or who_ == "we" and not m.groupdict().get("who"):
        return f"{'Are' if stuff in _MANY else 'Is'} there any {stuff} left?"
    return f"{'Does' if one else 'Do'} {who_} have any {stuff} left?"


def _more(text: str) -> str | None:
    """"Chúng ta cần mua thêm trứng." as "We need to buy more eggs.", "Tôi phải đi mua thêm sữa." as "I have to go
    and buy more milk.", "Chúng ta có cần mua thêm sữa không?" as "Do we need to buy more milk?" (_MORE); None for
    anything else, and for what is asked of no one."""
    m = _MORE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or m["ride"] or asked != ("?" in m["end"]) or bool(m["ask"]) > asked or m["not"] and asked:
        return None
    named = m["who"] or m["kin"] or m["titled"] or m["given"]
    if (said := who(m, asked) if named else ("we", False) if m["home"] or not asked else None) is None:
        return None  # (asked of no one: "Có cần mua thêm gạo không?" may be "Do you need …?")
    who_, one = said
    stuff = STOCK[keyed(m["stuff"])]
    verb = "need" if keyed(m["need"]) == "cần" else "have"
    doing = f"to {'go and ' * bool(m['go'])}buy more {stuff}"
    return present(who_, one, verb, doing, asked, bool(m["not"]))


def _gone(text: str) -> str | None:
    """"Sữa bị hỏng rồi." as "The milk has gone off.", "Bánh mì này bị mốc rồi." as "This bread has gone mouldy.",
    "Trứng có bị hỏng không?" as "Have the eggs gone off?" (_GONE); None for anything else, for food that does not
    go off, and for "sữa chua" (yogurt) read as sour."""
    m = _GONE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or asked and m["done"]:
        return None
    stuff, off = STOCK[keyed(m["stuff"])], keyed(m["off"])
    if stuff not in PERISHABLE or not (asked or m["bi"] or m["did"] or m["done"]) or off == "chua" and not (
            m["bi"] and stuff == "milk"):
        return None
    many = stuff in _MANY
    thing = f"{('these' if many else 'this') if m['this'] else 'the'} {stuff}"
    if asked:
        return f"{'Have' if many else 'Has'} {thing} {_OFF[off]}?"
    return capitalised(f"{thing} {'have' if many else 'has'} {_OFF[off]}.")


def _stock_vi(said: str) -> tuple[str, bool]:
    """A thing of STOCK_VI in Vietnamese, and whether English says it as many ("eggs": ("trứng", True))."""
    en = keyed(said)
    return STOCK_VI[en], en in _MANY


def _out_vi(text: str) -> str | None:
    """"We're out of milk." as "Nhà hết sữa rồi.", "We're running low on coffee." as "Nhà sắp hết cà phê rồi.", "I've
    run out of sugar." as "Tôi hết đường rồi." (_OUT_EN); None for anything else, and where "is", "has" … does not
    agree with who."""
    m = _OUT_EN.fullmatch(text)
    if not m or m["low"] and not (m["be"] and (m["running"] or not m["soon"])):
        return None
    who_, one = who_vi(m)
    if m["be"]:
        if be_said(m["be"]) != be_of(who_, one) or m["running"] and not m["low"] and m["soon"]:
            return None
    elif (m["run"] == "run") != bool(m["have"]) or m["have"] and (m["have"].strip() in ("has", "'s", "’s")) != one:
        return None
    soon = " sắp" if m["soon"] or m["running"] or m["low"] else ""
    stuff, _ = _stock_vi(m["stuff"])
    return capitalised(f"{'nhà' if who_ == 'chúng tôi' else who_}{soon} hết {stuff} rồi.")


def _left_vi(text: str) -> str | None:
    """"Is there any coffee left?" as "Còn cà phê không?", "Do we have any milk left?" as "Nhà còn sữa không?",
    "There are no eggs left." as "Hết trứng rồi." (_LEFT_EN); None for anything else, where "is" or "are" does not
    agree with the thing, or "do" with who."""
    i, m = next(((i, m) for i, p in enumerate(_LEFT_EN) if (m := p.fullmatch(text))), (None, None))
    if not m:
        return None
    stuff, many = _stock_vi(m["stuff"])
    if i == 1:
        who_, one = who_vi(m)
        do = m["do"].lower()
        if (do in ("does", "has")) != one or (do in ("have", "has")) != (m["verb"] == "got"):
            return None
        return capitalised(f"{'nhà' if who_ == 'chúng tôi' else who_} còn {stuff} không?")
    if (be_said(m["be"]) == "are") != many or i == 0 and not (m["left"] or m["still"]):
        return None
    return f"Còn {stuff} không?" if i == 0 else f"Hết {stuff} rồi."


def _more_vi(text: str) -> str | None:
    """"We need to buy more eggs." as "Chúng ta cần mua thêm trứng.", "Do we need to buy more milk?" as "Chúng ta có
    cần mua thêm sữa không?" (_MORE_EN); None for anything else, and where the verb does not agree with who."""
    m = _MORE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    need = m["need"].lower()
    if aux and (need.endswith("s") or aux.startswith("does") != one) or not aux and need.endswith("s") != one:
        return None
    verb = "cần" if need.startswith("need") else "phải"
    who_ = "chúng ta" if who_ == "chúng tôi" else who_
    doing = f"{verb} {'đi ' * bool(m['go'])}mua thêm {_stock_vi(m['stuff'])[0]}"
    if m["do"]:
        return capitalised(f"{who_} có {doing} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{doing}.")


def _gone_vi(text: str) -> str | None:
    """"The milk has gone off." as "Sữa bị hỏng rồi.", "This bread is mouldy." as "Bánh mì này bị mốc rồi.", "Has the
    milk gone off?" as "Sữa có bị hỏng không?" (_GONE_EN); None for anything else, food that does not go off, and
    where "has", "is", "these" … does not agree with the thing."""
    m = _GONE_EN.fullmatch(text)
    if not m:
        return None
    stuff, many = _stock_vi(m["stuff"])
    en, off = STOCK[stuff], _OFF_VI[m["off"].lower()]
    aux = be_said(m["aux"] or m["q"] or "").replace("'ve", "have")
    asked = "?" in m["end"]
    det = m["det"].lower()
    if en not in PERISHABLE or off == "chua" and en != "milk" or asked != bool(m["q"]) or m["q"] and m["aux"]:
        return None
    if m["gone"] == "went" and aux or m["gone"] == "gone" and aux not in ("has", "have", "is") or \
            not m["gone"] and aux not in ("is", "are") or aux == "is" and m["gone"] and m["aux"][0] not in "'’":
        return None  # ("The milk went off.", "has gone off", "is off"; "'s gone off", but not "is gone off")
    if (aux in ("have", "are")) != many and aux or (det == "these") != many and det != "the":
        return None
    this = " này" if det != "the" else ""
    return capitalised(f"{stuff}{this} có bị {off} không?" if asked else f"{stuff}{this} bị {off} rồi.")
