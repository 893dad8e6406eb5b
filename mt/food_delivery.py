"""Ordering food to be delivered through an app, both ways, written whole by rule: who ordered it, will or usually
does, ordering in suggested, the food here or not yet, the delivery driver outside, and the delivery fee. v8 with every
other rule reads "đặt" as put, "ship" as a ship, "giao hàng" as trading and "delivery" as giving birth: "Tôi đặt đồ
ăn qua Grab." → "I put the food across Grab.", "Cô ấy đặt trà sữa mỗi ngày." → "She puts milk tea every day.", "Chúng
ta đặt pizza nhé?" → "Do we put pizza?", "Đồ ăn đến chưa?" → "Did you eat?", "Đồ ăn đến rồi." → "You eat it.", "Phí
ship bao nhiêu?" → "How much are the ship?"; "Let's order in tonight." → "Thứ tự của chúng ta trong tối nay.", "Shall
we order pizza?" → "Mua sắm chúng tôi gọi pizza không?", "The delivery driver is outside." → "Trình điều khiển sinh
nở nằm ngoài.", "How much is the delivery fee?" → "Sinh nở bao nhiêu?", "I ordered takeaway." → "Tôi ra lệnh đi tàu.".

Taken: who (mt.hobbies.WHO, WHO_EN) with "đặt" or "gọi" one of FOODS (food, a meal, a dish or drink of
mt.orders.ORDERED, pizza …) on one of APPS or home ("gọi đồ ăn về": "order in"): done ("đã", a plain verb only with
an app), just ("vừa"), already ("rồi"), will ("sẽ"), asked with "chưa?", wanted ("muốn"), a habit (mt.hobbies.SELDOM,
EVERY, "ngày nào cũng"); ordering suggested by "chúng ta", "chúng mình" … with "nhé", "đi", "thôi", asked with "nhé?",
opened with "hay là", a day ahead (mt.free_time.when); the food or a dish (whose or not) here, almost here, on its way,
delivered, not yet, asked; the delivery driver ("shipper") here, outside, downstairs, waiting, calling, on the way; the
delivery fee asked or said in dong (mt.patterns.SUM_VI), "Free delivery.". Left: "Tôi đặt đồ ăn." without an app
(when?), English ordering without an app, "in" or "takeaway" ("Let's order pizza.": at a table it is "gọi", the
model's), "Bạn có đặt … không?" (did, or does?), "mình … nhé" (may be "I"), "đặt bữa tối" (booked?), "tài xế" (a
taxi's: mt/taxis.py), ordering online or on Shopee and "Có miễn phí giao hàng không?" (mt/online_shopping.py),
servings counted ordered at a table (mt/orders.py), anything else.
mt.phrasebook.translate tries these after mt/kitchen_mishaps.py.

    >>> translate("Tôi đặt đồ ăn qua Grab.", "vi", "en"), translate("Shall we order pizza on Grab?", "en", "vi")
    ('I ordered food on Grab.', 'Chúng ta đặt pizza qua Grab nhé?')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .orders import ORDERED
from .patterns import SUM_EN, SUM_VI, sum_said
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EN_DAYS, SOFTENED_END, alternatives, capitalised, contracted, keyed, present, stop

# the apps, as their makers write them
APPS = {a.lower(): a for a in ("Grab", "GrabFood", "ShopeeFood", "Baemin", "Be")}
_APP = r"(?P<app>(?i:grab\s?food|grab|shopee\s?food|baemin)|Be)(?!\w)"  # ("Be" as written: "be" is a verb)
# what is ordered: food, a meal, and the dishes and drinks of mt/orders.py one has brought (the first Vietnamese of
# each English is written back)
_MEALS = {"đồ ăn": "food", "thức ăn": "food", "đồ ăn trưa": "lunch", "cơm trưa": "lunch", "đồ ăn tối": "dinner",
          "cơm tối": "dinner", "đồ ăn sáng": "breakfast"}  # (not "bữa tối": "đặt bữa tối" may be a table booked)
_BROUGHT = {"bubble tea", "pho", "beef pho", "chicken pho", "bun cha", "fried rice", "broken rice", "coffee",
            "milk coffee", "iced milk coffee", "iced coffee", "black coffee", "smoothie", "avocado smoothie",
            "mango smoothie", "sugarcane juice"}
FOODS = _MEALS | {vi: en for vi, en in ORDERED.items() if en in _BROUGHT} | {
    "pizza": "pizza", "gà rán": "fried chicken", "bánh mì": "banh mi", "sushi": "sushi"}
FOODS_VI = {en: vi for vi, en in reversed(FOODS.items())} | {"milk tea": "trà sữa", "phở": "phở", "bún chả": "bún chả"}
_NOT_ARRIVING = {"lunch", "dinner", "breakfast"}  # ("Lunch is here." is said of a meal at home too)
_COUNTED = {"pizza", "banh mi", "bubble tea", "milk tea"} | {e for e in _BROUGHT if e.endswith(("coffee", "smoothie"))}
_KEYS = {"vi": lazy(r"(?i:đặt|gọi|đồ\s+ăn|thức\s+ăn|shipper|giao|ship|phí|(?:đến|tới)(?:\s+(?:rồi|chưa))?"
                   r"(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*[.!?]*$)"),
         "en": lazy(r"(?i:order|food|deliver|takeaway|takeout|arrived|\bhere|its\s+way)")}

_FOOD = rf"(?P<food>(?i:{alternatives(FOODS)}))"
_ON = rf"(?:\s+(?:qua|trên|bằng)\s+(?:(?:app|ứng\s+dụng)\s+)?{_APP})"
_HOME = r"(?P<home>\s+về(?:\s+nhà)?)"
# who ordered it, did, just did, will, wants to, usually does ("Tôi vừa đặt đồ ăn trên ShopeeFood.")
_ORDER = lazy(rf"{WHO}\s+(?:(?P<daily>ngày\s+nào\s+cũng)\s+|(?P<ask>có)\s+)?"
              rf"(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+|(?P<often>{alternatives(SELDOM)})\s+|(?P<want>muốn)\s+)?"
              rf"(?P<verb>đặt|gọi)\s+{_FOOD}{_HOME}?{_ON}?"
              rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<yet>chưa)|\s+(?P<done>rồi))?{ASKED_END}")
# ordering suggested ("Tối nay chúng ta gọi đồ ăn về nhé.", "Hay là chúng ta đặt pizza?")
_WE = r"(?P<we>[Cc]húng\s+(?:ta|mình)|[Bb]ọn\s+mình|[Tt]ụi\s+mình|(?P<me>[Mm]ình))"
_LETS = lazy(rf"(?:(?P<hay>[Hh]ay(?:\s+là)?)\s+)?{DAY_OPENING}{_WE}\s+(?P<verb>đặt|gọi)\s+{_FOOD}{_HOME}?{_ON}?"
             rf"{DAY_AFTER}(?:\s+(?P<ending>nhé|nha|đi|thôi))?\s*(?P<end>[.!?]*)")
# the food here, coming or not ("Đồ ăn vẫn chưa đến.", "Trà sữa của tôi đến rồi.")
_ARRIVED = lazy(rf"{_FOOD}(?:\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)})))?\s+(?:(?P<still>vẫn)\s+)?"
                r"(?:(?P<not>chưa)\s+|(?P<did>đã)\s+|(?P<soon>sắp)\s+|(?P<now>đang)\s+)?"
                r"(?P<come>đến|tới|được\s+giao|(?:trên\s+)?đường\s+(?:đến|tới))(?:\s+(?P<yet>chưa)|\s+(?P<done>rồi))?"
                rf"{SOFTENED_END}")
# the delivery driver ("Shipper đang ở ngoài.", "Anh shipper đến rồi.")
_DRIVER = r"(?:(?i:anh|chị|bạn)\s+)?(?i:shipper|người\s+giao\s+hàng|người\s+giao\s+đồ\s+ăn)"
_PLACES = {"ở ngoài": "outside", "ở bên ngoài": "outside", "ở dưới nhà": "downstairs", "ở dưới sảnh": "downstairs",
           "ở trước cửa": "at the door", "ở ngoài cửa": "at the door", "ở cổng": "at the gate",
           "ở ngoài cổng": "at the gate"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
_SHIPPER = lazy(rf"{_DRIVER}\s+(?:(?P<now>đang)\s+)?(?:(?P<wait>đợi|chờ)\s+)?(?:(?P<place>{alternatives(_PLACES)})|"
                r"(?P<come>đến|tới)(?:\s+nơi)?|(?P<call>gọi))(?:\s+(?P<yet>chưa)|\s+(?P<done>rồi))?"
                rf"{SOFTENED_END}")
# the fee ("Phí ship bao nhiêu?", "Phí giao hàng là 15 nghìn.", "Có mất phí giao hàng không?")
_FEE = r"(?i:phí|tiền)\s+(?:giao\s+hàng|giao\s+đồ\s+ăn|ship|vận\s+chuyển)"
_FEES = lazy(rf"(?:{_FEE}\s+(?:là\s+|hết\s+)?(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{SUM_VI})|"
             rf"(?P<any>(?i:có)\s+(?:mất|tính)\s+{_FEE}\s+không)|(?P<free>(?i:miễn\s+phí\s+(?:giao\s+hàng|ship))))"
             rf"{SOFTENED_END}")

# ... and in English: "pizza", "some food", "a bubble tea", "the food"; "order in", "on Grab"
_DISH_EN = rf"(?P<food>(?i:{alternatives(FOODS_VI)}))"
_FOOD_EN = rf"(?:(?P<art>an?|some|the)\s+)?{_DISH_EN}"
_WHAT_EN = rf"(?:{_FOOD_EN}(?P<in>\s+in)?|(?P<in2>in)|(?P<out>takeaway|takeout))"
_ON_EN = rf"(?:\s+(?:on|from|through|via)\s+(?:the\s+)?{_APP}(?:\s+app)?)"
_ORDER_EN = lazy(rf"(?:(?P<aux0>Have|Has|Do|Does|Did)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|['’]ve|['’]s|\s+have|\s+has)?"
                 rf"(?:\s+(?P<adv>just|already|{alternatives(SELDOM_VI)}))?(?:\s+(?P<want>wants?)\s+to)?"
                 rf"\s+(?P<verb>ordered|orders|order)\s+{_WHAT_EN}{_ON_EN}?(?:\s+(?P<every>"
                 rf"{alternatives(EVERY_VI)}))?(?:\s+(?P<yet>yet|already))?\s*(?P<end>[.!?]*)")
_LETS_EN = lazy(rf"(?:Let['’]s|(?P<shall>Shall\s+we)|(?P<why>Why\s+don['’]t\s+we))\s+order\s+{_WHAT_EN}{_ON_EN}?"
                rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_ARRIVED_EN = lazy(rf"(?:(?P<aux0>Has|Is)\s+)?(?P<whose>(?i:the|{alternatives(WHOSE_VI)}))\s+{_DISH_EN}"
                   r"(?:\s+(?P<still>still))?(?:\s+(?P<not>hasn['’]t|has\s+not)|(?P<aux>['’]s|\s+has|\s+is))?"
                   r"\s+(?P<come>arrived|come|been\s+delivered|here|almost\s+here|on\s+its\s+way)"
                   r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SHIPPER_EN = lazy(rf"(?:(?P<is0>Is)\s+)?(?i:the)\s+(?:delivery\s+(?:driver|guy|man|person|rider)|shipper)"
                   rf"(?P<is>['’]s|\s+is)?\s+(?:(?P<wait>waiting)\s+)?(?:(?P<place>{alternatives(_PLACES_VI)})|"
                   r"(?P<come>here|on\s+(?:the|his|her)\s+way)|(?P<call>calling))(?:\s+(?P<yet>yet))?"
                   r"\s*(?P<end>[.!?]*)")
_FEES_EN = lazy(r"(?:How\s+much\s+is\s+delivery|(?:How\s+much\s+is|What(?:['’]s|\s+is))\s+the\s+delivery\s+"
                r"(?:fee|charge))\s*\?+|"
                rf"The\s+delivery\s+(?:fee|charge)\s+is\s+{SUM_EN}\s*[.!]*|(?P<any>Is\s+there\s+a\s+delivery\s+"
                r"(?:fee|charge)\s*\?+)|(?P<free>Free\s+delivery\s*[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who orders food in, suggests it, says the food or the
    delivery driver is here or not, or asks the delivery fee; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _order(text) or _lets(text) or _arrived(text) or _shipper(text) or _fee(text)
    return _order_vi(text) or _lets_vi(text) or _arrived_vi(text) or _shipper_vi(text) or _fee_vi(text)


def _app(m: re.Match, on: str) -> str:
    """The app of a match, as its maker writes it, after `on` ("on", "qua"): " on GrabFood"; "" for none."""
    return f" {on} {APPS[''.join(m['app'].split()).lower()]}" if m["app"] else ""


def _what(m: re.Match) -> str:
    """What is ordered, in English, as "order" takes it: "food on Grab", "pizza", "in" ("gọi đồ ăn về", no app)."""
    food, app = FOODS[keyed(m["food"])], _app(m, "on")
    if m["home"] and not app:
        return "in" if food == "food" else food  # ("gọi pizza về": delivered, as "order pizza" says)
    return f"{food}{app}"


def _order(text: str) -> str | None:
    """"Tôi đặt đồ ăn qua Grab." as "I ordered food on Grab.", "Tôi vừa gọi đồ ăn về." as "I've just ordered in.",
    "Cô ấy đặt trà sữa mỗi ngày." as "She orders bubble tea every day.", "Bạn đặt đồ ăn chưa?" as "Have you ordered
    food yet?" (_ORDER); None for a plain verb without an app, and "có … không?" without how often."""
    m = _ORDER.fullmatch(text)
    asked = bool(m and (m["asked"] or m["yet"]))
    if not m or asked != ("?" in m["end"]) or m["asked"] and m["yet"] or (said := who(m, asked)) is None:
        return None
    who_, one, what = *said, _what(m)
    tense, habit = keyed(m["tense"] or ""), m["often"] or m["every"] or m["daily"]
    often = {"thường": "usually"}.get(keyed(m["often"] or "")) or SELDOM.get(keyed(m["often"] or ""), "")
    if bool(m["ask"]) != bool(m["asked"]) or (habit or m["want"]) and (tense or m["done"] or m["yet"]) or \
            sum(map(bool, (m["often"], m["every"], m["daily"], m["want"]))) > 1 or asked and often == "never":
        return None
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else " every day" if m["daily"] else ""
    if m["want"]:
        return present(who_, one, "want", f"to order {what}", asked)
    if habit:
        return present(who_, one, "order", f"{what}{every}", asked, adverb=f"{often} " if often else "")
    have = "has" if one else "have"
    if m["yet"]:
        return f"{have.capitalize()} {who_} ordered {what} yet?" if tense in ("", "đã") else None
    if asked or m["ask"]:
        return None
    if tense == "sẽ":
        return None if m["done"] else capitalised(contracted(who_, f"will order {what}."))
    if tense in ("vừa", "mới", "vừa mới") or m["done"]:
        adv = "already" if m["done"] and tense in ("", "đã") else "just" if not m["done"] else None
        return adv and capitalised(contracted(who_, f"{have} {adv} ordered {what}."))
    return capitalised(f"{who_} ordered {what}.") if tense or m["app"] else None


def _lets(text: str) -> str | None:
    """"Tối nay chúng ta gọi đồ ăn về nhé." as "Let's order in tonight.", "Chúng ta đặt pizza nhé?" as "Shall we order
    pizza?", "Hay là chúng ta đặt gà rán?" as "Why don't we order fried chicken?" (_LETS); None for "Mình … nhé" (may
    be "I") and a day behind."""
    m = _LETS.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    ending, asked = m["ending"] or "", "?" in m["end"]
    day = when(m["day0"] or m["day"], "vi", {"mai": "tomorrow"})
    if day is None or BEHIND.match(day) or m["me"] and ending not in ("đi", "thôi"):
        return None
    day = f" on {day}" if day.partition(" ")[0] in EN_DAYS else f" {day}" * bool(day)
    doing = f"order {_what(m)}{day}"
    if m["hay"]:
        return f"Why don't we {doing}?" if asked and ending in ("", "nhé") else None
    if asked:
        return f"Shall we {doing}?" if ending == "nhé" else None
    return f"Let's {doing}{stop(m['end'])}" if ending else None


def _arrived(text: str) -> str | None:
    """"Đồ ăn chưa đến." as "The food hasn't arrived yet.", "Đồ ăn đến chưa?" as "Has the food arrived yet?", "Trà sữa
    của tôi đến rồi." as "My bubble tea is here.", "Đồ ăn đang trên đường đến." as "The food is on its way." (_ARRIVED);
    None for a meal ("Cơm trưa đến rồi.") and anything else."""
    m = _ARRIVED.fullmatch(text)
    if not m or (food := FOODS[keyed(m["food"])]) in _NOT_ARRIVING:
        return None
    asked, come = "?" in m["end"], keyed(m["come"])
    said = f"{OWNERS[keyed(m['whose'])] if m['whose'] else 'the'} {food}"
    if asked != bool(m["yet"]) or m["still"] and not m["not"] or (m["not"] or m["soon"] or m["now"]) and asked:
        return None
    if "đường" in come or m["now"]:
        return None if m["done"] or m["soon"] or "giao" in come else capitalised(f"{said} is on its way.")
    if m["soon"]:
        return None if "giao" in come else capitalised(f"{said} is almost here.")
    arrived = "been delivered" if "giao" in come else "arrived"
    if asked:
        return f"Has {said} {arrived} yet?"
    if m["not"]:
        return None if m["done"] else capitalised(f"{said} {'still ' * bool(m['still'])}hasn't {arrived}"
                                                  f"{'' if m['still'] else ' yet'}.")
    if not m["done"]:
        return None
    return capitalised(f"{said} has been delivered." if arrived != "arrived" else f"{said} is here.")


def _shipper(text: str) -> str | None:
    """"Shipper đang ở ngoài." as "The delivery driver is outside.", "Shipper đến rồi." as "The delivery driver is
    here.", "Shipper đến chưa?" as "Is the delivery driver here yet?" (_SHIPPER); None for anything else."""
    m = _SHIPPER.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["yet"]) or m["yet"] and not m["come"] or m["wait"] and not m["place"] or \
            m["now"] and (m["yet"] or m["done"]) or m["call"] and not m["now"]:
        return None
    if m["come"] and not m["now"]:
        return "Is the delivery driver here yet?" if m["yet"] else "The delivery driver is here." if m["done"] else None
    doing = "calling" if m["call"] else "on the way" if m["come"] else None
    return f"The delivery driver is {doing or 'waiting ' * bool(m['wait']) + _PLACES[keyed(m['place'])]}."


def _fee(text: str) -> str | None:
    """"Phí ship bao nhiêu?" as "How much is the delivery fee?", "Phí giao hàng là 15 nghìn." as "The delivery fee is
    15,000 dong.", "Có mất phí giao hàng không?" as "Is there a delivery fee?" (_FEES)."""
    m = _FEES.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["how"] or m["any"]):
        return None
    said = {"free": "Free delivery.", "how": "How much is the delivery fee?", "any": "Is there a delivery fee?"}
    return next((v for k, v in said.items() if m[k]), None) or f"The delivery fee is {sum_said(m, 'en')} dong."


def _what_vi(m: re.Match) -> str | None:
    """What is ordered, in Vietnamese: "đồ ăn qua Grab", "pizza", "đồ ăn về" ("in", "takeaway"); None for an article
    that does not go with it ("a food", "an pizza", "some lunch")."""
    app = _app(m, "qua")
    if m["in2"] or m["out"]:
        return f"đồ ăn về{app}"
    food, art = m["food"].lower(), (m["art"] or "").lower()
    en = FOODS[FOODS_VI[food]] if food in FOODS_VI else food
    if art in ("a", "an") and (food not in _COUNTED or art != a_or_an(food)) or art and en in _NOT_ARRIVING:
        return None
    return f"{FOODS_VI[food]}{' về' * bool(m['in'] and not app)}{app}"


def _agrees(aux: str, verb: str, one: bool) -> bool:
    """Whether the first of `aux` ("has", "'ve", "does" …: normalised) and `verb` that tells says who as `one` does
    ("She has", "I order", "He orders"; "ordered" and "will" tell nothing)."""
    told = {"has": True, "'s": True, "does": True, "have": False, "'ve": False, "do": False}.get(aux)
    if told is None and not aux:
        told = {"orders": True, "order": False, "wants": True, "want": False}.get(verb)
    return told is None or told == one


def _delivered(m: re.Match) -> bool:
    """Whether English says the order is brought: an app, "in", "takeaway" ("Let's order pizza." may be at a table,
    where Vietnamese says "gọi": the model's and mt.terms')."""
    return bool(m["app"] or m["in"] or m["in2"] or m["out"])


def _ordering(what: str) -> str:
    """The verb before what is ordered in Vietnamese: "gọi" for food brought home ("gọi đồ ăn về"), else "đặt"."""
    return "gọi" if " về" in what else "đặt"


def _order_vi(text: str) -> str | None:
    """"I ordered food on Grab." as "Tôi đã đặt đồ ăn qua Grab.", "She orders bubble tea every day." as "Cô ấy đặt
    trà sữa mỗi ngày.", "Have you ordered the food yet?" as "Bạn đã đặt đồ ăn chưa?" (_ORDER_EN); None where the verb
    does not agree with who ("She order …", "I has …")."""
    m = _ORDER_EN.fullmatch(text)
    if not m or (what := _what_vi(m)) is None or bool(m["aux0"]) != ("?" in m["end"]) or not _delivered(m):
        return None
    who_, one = who_vi(m)
    aux = (m["aux0"] or m["aux"] or "").strip().lower().replace("’", "'")
    adv, verb, yet = (m["adv"] or "").lower(), m["verb"], m["yet"] or ""
    often = SELDOM_VI.get(adv, "")
    if not _agrees(aux, m["want"] or verb, one) or m["aux0"] and (verb == "orders" or m["want"] == "wants"):
        return None
    if m["want"] and (aux not in ("", "do", "does") or adv or yet or m["every"] or verb != "order"):
        return None
    if m["want"]:
        return capitalised(f"{who_} có muốn {_ordering(what)} {what} không?" if m["aux0"] else
                           f"{who_} muốn {_ordering(what)} {what}.")
    if often or m["every"]:
        if aux not in ("", "do", "does") or yet or often and m["every"] or verb == "ordered" or \
                m["aux0"] and often == "không bao giờ":
            return None
        every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
        said = f"{often + ' ' if often else ''}{_ordering(what)} {what}{every}"
        return capitalised(f"{who_} có {said} không?" if m["aux0"] else f"{who_} {said}.")
    if m["aux0"]:
        if aux in ("have", "has"):
            return None if verb != "ordered" or yet == "already" else capitalised(
                f"{who_} đã {_ordering(what)} {what} chưa?")
        return capitalised(f"{who_} có {_ordering(what)} {what} không?") if aux == "did" and verb == "order" and not (
            adv or yet) else None
    if aux in ("'ll", "will"):
        return capitalised(f"{who_} sẽ {_ordering(what)} {what}.") if verb == "order" and not (adv or yet) else None
    if verb != "ordered" or yet == "yet" or adv == "just" and yet or (adv or yet) and not aux:
        return None
    done = " rồi" if aux and adv != "just" else ""
    return capitalised(f"{who_} {'vừa' if adv == 'just' else 'đã'} {_ordering(what)} {what}{done}.")


def _lets_vi(text: str) -> str | None:
    """"Let's order in tonight." as "Tối nay chúng ta gọi đồ ăn về nhé.", "Shall we order pizza?" as "Chúng ta đặt
    pizza nhé?", "Why don't we order pizza?" as "Hay là chúng ta đặt pizza?" (_LETS_EN); None for a day behind."""
    m = _LETS_EN.fullmatch(text)
    if not m or (what := _what_vi(m)) is None or m["day"] and BEHIND.match(m["day"]) or not _delivered(m):
        return None
    if (day := when(m["day"], "en")) is None or bool(m["shall"] or m["why"]) != ("?" in m["end"]):
        return None
    said = f"chúng ta {_ordering(what)} {what}"
    if m["why"]:
        said = placed(said, day, "?")
        return f"Hay là {said[0].lower()}{said[1:]}"
    return placed(said, day, " nhé?" if m["shall"] else f" nhé{stop(m['end'])}")


def _arrived_vi(text: str) -> str | None:
    """"The food hasn't arrived yet." as "Đồ ăn chưa đến.", "Has the food arrived yet?" as "Đồ ăn đã đến chưa?", "My
    pizza is here." as "Pizza của tôi đến rồi." (_ARRIVED_EN); None where "has" or "is" does not go with the rest."""
    m = _ARRIVED_EN.fullmatch(text)
    if not m or m["food"].lower() in ("lunch", "dinner", "breakfast"):
        return None
    asked, come = "?" in m["end"], " ".join(m["come"].split())
    aux = (m["aux0"] or m["aux"] or ("has" if m["not"] else "")).strip().lower().replace("’", "'")
    whose = m["whose"].lower()
    food = f"{FOODS_VI[m['food'].lower()]}{'' if whose == 'the' else ' của ' + WHOSE_VI[whose]}"
    has = come in ("arrived", "come", "been delivered")
    aux = ("has" if has else "is") if aux == "'s" else aux
    if asked != bool(m["aux0"]) or bool(m["aux0"]) == bool(m["aux"] or m["not"]) or has != (aux == "has") or \
            m["still"] and not m["not"]:
        return None
    arrived = "được giao" if "delivered" in come else "đến"
    if asked:
        return capitalised(f"{food} đã {arrived} chưa?") if has or come == "here" else None
    if m["not"]:
        return capitalised(f"{food} {'vẫn ' * bool(m['still'])}chưa {arrived}.") if has else None
    if m["yet"]:
        return None
    said = {"here": "đến rồi", "almost here": "sắp đến rồi", "on its way": "đang trên đường đến"}.get(come)
    return capitalised(f"{food} {said or arrived + ' rồi'}.")


def _shipper_vi(text: str) -> str | None:
    """"The delivery driver is outside." as "Shipper đang ở ngoài.", "Is the delivery driver here yet?" as "Shipper
    đến chưa?" (_SHIPPER_EN); None for anything else."""
    m = _SHIPPER_EN.fullmatch(text)
    if not m or bool(m["is0"]) == bool(m["is"]) or bool(m["is0"]) != ("?" in m["end"]):
        return None
    if m["is0"]:
        return "Shipper đến chưa?" if m["come"] == "here" and m["yet"] and not m["wait"] else None
    if m["yet"] or m["wait"] and not m["place"]:
        return None
    if m["place"]:
        return f"Shipper đang {'đợi ' * bool(m['wait'])}{_PLACES_VI[m['place']]}."
    return "Shipper đang gọi." if m["call"] else "Shipper đến rồi." if m["come"] == "here" else "Shipper đang đến."


def _fee_vi(text: str) -> str | None:
    """"How much is the delivery fee?" as "Phí giao hàng bao nhiêu?", "The delivery fee is 15,000 dong." as "Phí giao
    hàng là 15.000 đồng.", "Free delivery." as "Miễn phí giao hàng." (_FEES_EN)."""
    m = _FEES_EN.fullmatch(text)
    if not m or m["free"] or m["any"]:
        return m and ("Miễn phí giao hàng." if m["free"] else "Có mất phí giao hàng không?")
    return "Phí giao hàng bao nhiêu?" if m["n"] is None else f"Phí giao hàng là {sum_said(m, 'vi')} đồng."
