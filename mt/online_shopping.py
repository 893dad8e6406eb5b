"""Buying online, both ways, written whole by rule: a thing bought or ordered online or on a shopping site, shopping
online as a habit, where a thing was bought, it being cheaper online, an order that has or has not arrived, paying on
delivery and delivery asked about. v8 with every other rule reads "mạng" as a network, "đặt" as put, "hàng" as a row,
"giao" as trading and "delivery" as giving birth: "Tôi đặt hàng trên mạng." → "I put the row on the network.", "Tôi
mua đôi giày này trên mạng." → "I bought these shoes on the network.", "Anh ấy đặt hàng trên Amazon." → "He laid
Amazon.", "Bạn mua cái áo này ở đâu?" → "Where do you buy this coat?", "Mua online rẻ hơn nhiều." → "Too much
cheaper online.", "Đơn hàng của bạn đến chưa?" → "Isn't your Invoice?", "Tôi có thể thanh toán khi nhận hàng
không?" → "Can I pay when I get a coupon?", "Bạn có giao hàng không?" → "Do you have a row transaction?"; "I ordered
a new phone online." → "Tôi ra lệnh một mạng điện thoại mới.", "My mother shops online." → "Tôi cửa hàng của mẹ trực
tuyến.", "It's cheaper online." → "Nó là mạng rẻ hơn.", "My order hasn't arrived yet." → "Thứ tự của tôi vẫn chưa
đến.", "Can I pay cash on delivery?" → "Tôi có thể trả tiền mặt khi sinh không?", "Do you deliver?" → "Bạn có sinh
không?".

Taken: who (mt.hobbies.WHO, WHO_EN) buying or ordering online ("trên mạng", "qua mạng", "online", "trực tuyến") or on
one of SHOPS, a thing (it, "this", one of mt.returns.GOODS with "này", or "một" one, new or not) or nothing said
("Tôi mua trên mạng.": "I bought it online."), done ("đã" or a plain verb), just done ("vừa"), already done ("rồi"),
to be done ("sẽ"), or asked ("Did you buy it online?"); who shops, or buys or orders things of _GENERIC, online as a
habit, how often (mt.hobbies.SELDOM), a lot, not, liking it, said or asked; where who bought a thing, asked; cheaper
online; an order, a parcel or a package arrived, delivered or not yet, said or asked; paying on delivery (can, will,
asked) and "Cash on delivery."; whether a shop delivers, delivery free and how long it takes. Left: "anh", "chị",
"em" alone saying it (speaker or listener?), "mua đồ trên mạng" plainly said (bought once, or a habit?), "Bạn có mua
trên mạng không?" (nothing said: a habit, or this thing?), "hàng" without whose (an order, or a shop's stock?), "Tôi
thanh toán khi nhận hàng." (will, did or does?), "I got it online" (bought?), an order received, what things cost
(mt/prices.py), posting (mt/post.py), taking things back (mt/returns.py), going shopping (mt/shopping.py), and
anything else.
mt.phrasebook.translate tries these after mt/fines.py.

    >>> translate("Tôi đặt hàng trên mạng.", "vi", "en"), translate("I ordered a new phone online.", "en", "vi")
    ('I ordered it online.', 'Tôi đặt mua một cái điện thoại mới trên mạng.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .patterns import WORN_IN_PAIRS
from .returns import GOODS, GOODS_VI, this_good, this_good_vi
from .rule_keys import agreement_checked
from .tense import past, third_person
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mạng|online|trực\s+tuyến|shopee|lazada|tiki|amazon|sendo|hàng|bưu\s+kiện|ở\s+đâu)"),
         "en": lazy(r"(?i:online|internet|shopee|lazada|tiki|amazon|sendo|order|parcel|package|deliver|"
                    r"bought|buy)")}
SHOPS = {s.lower(): s for s in ("Shopee", "Lazada", "Tiki", "Amazon", "Sendo")}
_ONLINE = rf"(?i:(?:trên|qua)\s+mạng|(?:trên\s+)?online|trực\s+tuyến|(?:trên|qua)\s+(?P<site>{alternatives(SHOPS)}))"
_ONLINE_EN = rf"(?i:online|on\s+the\s+internet|(?:on|from)\s+(?P<site>{alternatives(SHOPS)}))"
# what is bought as a habit, bare ("mua quần áo trên mạng": clothes); "đặt hàng" as a habit is ordering things
_GENERIC = {"đồ": "things", "hàng": "things", "quần áo": "clothes", "đồ ăn": "food", "sách": "books",
            "mỹ phẩm": "cosmetics"}
_GENERIC_VI = {en: vi for vi, en in reversed(_GENERIC.items())} | {"stuff": "đồ"}
_GOODS, _GOODS_EN = rf"(?i:{alternatives(GOODS)})", rf"(?i:{alternatives(GOODS_VI)})"

# a thing bought: "nó", "cái này", "đôi giày này", "một cái điện thoại mới"; and in English
_THING = (rf"(?:(?P<it>nó)|(?:(?P<one>cái|chiếc|đôi)\s+)?(?:(?P<thing>{_GOODS})\s+)?(?P<this>này)|"
          rf"một\s+(?:(?P<kind>cái|chiếc|đôi)\s+)?(?P<a>{_GOODS})(?P<new>\s+mới)?)")
_THING_EN = (rf"(?:(?P<it>it)|(?P<det>(?i:this|these))(?:\s+(?P<one>one|pair)|\s+(?P<thing>{_GOODS_EN}))?|"
             rf"an?\s+(?P<new>new\s+)?(?P<pair>pair\s+of\s+)?(?P<a>{_GOODS_EN}))")
# who bought or ordered it online, did, just did, already did or will ("Tôi vừa đặt mua … trên Shopee.")
_BOUGHT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?"
               rf"(?P<verb>đặt\s+mua|đặt\s+hàng|đặt|mua)(?:\s+{_THING})?\s+{_ONLINE}(?:\s+(?P<done>rồi))?"
               rf"{ASKED_END}")
_BOUGHT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|['’]ve|['’]s|\s+have|\s+has)?"
                  rf"(?:\s+(?P<adv>just|already))?\s+(?P<verb>bought|ordered|buy|order)\s+{_THING_EN}\s+"
                  rf"{_ONLINE_EN}\s*(?P<end>[.!?]*)")
# who shops online, or buys things, as a habit ("Cô ấy hay mua sắm trên mạng.", "Do you often shop online?")
_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<often>{alternatives(SELDOM)})\s+)?"
              rf"(?P<likes>thích\s+)?(?:(?P<shop>mua\s+sắm)|(?P<verb>mua|đặt)\s+(?P<things>"
              rf"{alternatives(_GENERIC)}))\s+{_ONLINE}(?P<lot>\s+(?:rất\s+)?nhiều)?{ASKED_END}")
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                 rf"(?:\s+(?P<often>{alternatives(SELDOM_VI)}))?\s+(?:(?P<likes>likes?)\s+(?P<ing>shopping|"
                 rf"buying|ordering)|(?P<verb>shops?|buys?|orders?))(?:\s+(?P<things>"
                 rf"{alternatives(_GENERIC_VI)}))?\s+{_ONLINE_EN}(?P<lot>\s+a\s+lot)?\s*(?P<end>[.!?]*)")
# where who bought it, asked ("Bạn mua cái áo này ở đâu?")
_WHERE = lazy(rf"{WHO}\s+(?:đã\s+)?mua\s+{_THING}\s+ở\s+đâu{SOFTENED_END}")
_WHERE_EN = lazy(rf"Where\s+did\s+{WHO_EN}\s+buy\s+{_THING_EN}\s*(?P<end>\?+)")
# cheaper online ("Mua trên mạng rẻ hơn nhiều.", "It's cheaper to buy online.")
_CHEAPER = lazy(rf"(?P<buy>(?i:mua)\s+)?{_ONLINE}(?:\s+thì)?\s+rẻ\s+hơn(?P<much>\s+nhiều)?(?:\s+ạ)?\s*[.!]*")
_CHEAPER_EN = lazy(rf"(?:It|That)(?:['’]s|\s+is|\s+was)\s+(?P<much>much\s+|a\s+lot\s+)?cheaper\s+"
                   rf"(?P<buy>to\s+buy\s+(?:it\s+)?)?{_ONLINE_EN}\s*[.!]*")
# an order that has come or not ("Đơn hàng của tôi vẫn chưa đến.", "Has your order arrived yet?")
_ORDERS = {"đơn hàng": "order", "hàng": "order", "bưu kiện": "parcel", "kiện hàng": "parcel", "gói hàng": "package"}
_ORDERS_VI = {"order": "đơn hàng", "parcel": "bưu kiện", "package": "gói hàng"}
_ARRIVED = lazy(rf"(?P<order>(?i:{alternatives(_ORDERS)}))(?:\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)}))?\s+"
                r"(?:(?P<still>vẫn)\s+)?(?:(?P<not>chưa)\s+|đã\s+)?(?P<come>đến|tới|về|được\s+giao)"
                rf"(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")
_ARRIVED_EN = lazy(rf"(?:(?P<has>Has)\s+)?(?P<whose>(?i:{alternatives(WHOSE_VI)}|the))\s+(?P<order>order|parcel|"
                   r"package)(?:\s+(?P<still>still))?(?:\s+(?P<not>hasn['’]t|has\s+not)|(?P<did>['’]s|\s+has))?"
                   r"\s+(?P<come>arrived|come|been\s+delivered)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# paying on delivery ("Tôi có thể thanh toán khi nhận hàng không?"), and delivery asked ("Shop có giao hàng không?")
_ON_DELIVERY = lazy(rf"(?:{WHO}\s+(?:(?P<can>có\s+thể)\s+|(?P<will>sẽ)\s+)?|(?P<ask>[Cc]ó)\s+)?(?i:thanh\s+toán)"
                    rf"(?P<cash>\s+bằng\s+tiền\s+mặt)?\s+khi\s+nhận\s+hàng(?:\s+(?P<can2>được))?{ASKED_END}")
_ON_DELIVERY_EN = lazy(rf"(?:(?P<can0>Can|Could)\s+(?P<me>I|we)\s+|{WHO_EN}(?:\s+(?P<can>can)|(?P<will>['’]ll|"
                       r"\s+will))\s+)pay\s+(?P<cash>cash\s+)?on\s+delivery\s*(?P<end>[.!?]*)")
_DELIVERY = {lazy(rf"(?:(?i:bạn|shop|cửa\s+hàng|bên\s+bạn)\s+)?(?i:có)\s+giao\s+hàng(?:\s+tận\s+(?:nơi|nhà))?"
                  rf"\s+không{SOFTENED_END}"): "Do you deliver?",
             lazy(rf"(?i:có)\s+miễn\s+phí\s+(?:giao\s+hàng|vận\s+chuyển|ship)\s+không{SOFTENED_END}"):
                 "Is delivery free?",
             lazy(rf"(?i:giao\s+hàng)\s+mất\s+bao\s+lâu{SOFTENED_END}"): "How long does delivery take?",
             lazy(r"(?i:thanh\s+toán)\s+khi\s+nhận\s+hàng\s*[.!]*"): "Cash on delivery."}
_DELIVERY_EN = {"do you deliver?": "Bạn có giao hàng không?", "is delivery free?": "Có miễn phí giao hàng không?",
                "how long does delivery take?": "Giao hàng mất bao lâu?",
                "cash on delivery.": "Thanh toán khi nhận hàng.",
                "do you offer cash on delivery?": "Có thanh toán khi nhận hàng không?",
                "do you do cash on delivery?": "Có thanh toán khi nhận hàng không?"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who bought or ordered a thing online, shops online, where a
    thing was bought, that it is cheaper online, whether an order has come, paying on delivery or delivery; None for
    any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return (_fixed(text) or _bought(text) or _habit(text) or _where(text) or _cheaper(text) or _arrived(text)
                or _on_delivery(text))
    return (_DELIVERY_EN.get(text.lower()) or _bought_vi(text) or _habit_vi(text) or
            _where_vi(text) or _cheaper_vi(text) or _arrived_vi(text) or _on_delivery_vi(text))


def _site(m: re.Match, lang: str) -> str:
    """Where online, in the other language `lang`: "online" or "on Shopee"; "trên mạng" or "trên Shopee"."""
    if m["site"]:
        return f"{'on' if lang == 'en' else 'trên'} {SHOPS[m['site'].lower()]}"
    return "online" if lang == "en" else "trên mạng"


def _thing_en(m: re.Match) -> str | None:
    """A thing of _THING in English: "it", "this", "this pair", "these shoes", "a new phone", "a pair of shoes"; None
    for a classifier that does not go with the thing ("đôi áo") or "này" alone."""
    if m["it"]:
        return "it"
    if m["this"]:
        one = keyed(m["one"] or "")
        if not m["thing"]:
            return None if not one else "this pair" if one == "đôi" else "this"
        said = this_good(m["thing"], one)
        return said and said[0]
    if this_good(m["a"], keyed(m["kind"] or "")) is None:
        return None
    said, new = GOODS[keyed(m["a"])], "new " if m["new"] else ""
    return f"a {new}pair of {said}" if said in WORN_IN_PAIRS else f"{a_or_an(new + said)} {new}{said}"


def _thing_vi(m: re.Match) -> str | None:
    """A thing of _THING_EN in Vietnamese: "" for "it" (left out: "Tôi mua trên mạng."), "cái này", "đôi giày này",
    "một cái điện thoại mới", "một đôi giày"; None for "these shirt", "a shoes", "a pair of phone"."""
    if m["it"]:
        return ""
    if m["det"]:
        many = m["det"].lower() == "these"
        if not m["thing"]:
            return None if many else "đôi này" if m["one"] == "pair" else "cái này"
        return this_good_vi(m["thing"], many)
    pairs = GOODS[GOODS_VI[keyed(m["a"])]] in WORN_IN_PAIRS
    if bool(m["pair"]) != pairs:
        return None
    one = this_good_vi(m["a"], pairs).split()[0]  # (the word that counts it: "đôi giày", "cái quần")
    return f"một {one} {GOODS_VI[keyed(m['a'])]}{' mới' * bool(m['new'])}"


def _bought(text: str) -> str | None:
    """"Tôi đặt hàng trên mạng." as "I ordered it online.", "Tôi vừa mua đôi giày này trên Shopee." as "I've just
    bought these shoes on Shopee.", "Bạn có mua nó trên mạng không?" as "Did you buy it online?" (_BOUGHT)."""
    m = _BOUGHT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb, tense, named = keyed(m["verb"]), keyed(m["tense"] or ""), m["it"] or m["this"] or m["a"]
    thing = _thing_en(m) if named else "it"
    if thing is None or named and verb == "đặt hàng" or asked and not named or m["done"] and tense not in ("", "đã"):
        return None
    base = "order" if verb.startswith("đặt") else "buy"
    doing = f"{thing} {_site(m, 'en')}"
    if asked:
        return f"Did {who_} {base} {doing}?"
    if tense == "sẽ":
        return capitalised(contracted(who_, f"will {base} {doing}."))
    have = "has" if one else "have"
    if tense in ("vừa", "mới", "vừa mới") or m["done"]:
        return capitalised(contracted(who_, f"{have} {'already' if m['done'] else 'just'} {past(base)} {doing}."))
    return capitalised(f"{who_} {past(base)} {doing}.")


def _habit(text: str) -> str | None:
    """"Cô ấy hay mua sắm trên mạng." as "She often shops online.", "Bạn có hay mua đồ trên mạng không?" as "Do you
    often buy things online?", "Tôi không bao giờ mua quần áo trên mạng." as "I never buy clothes online." (_HABIT);
    None for "Tôi mua đồ trên mạng." (bought once, or a habit?)."""
    m = _HABIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    often = SELDOM[keyed(m["often"])] if m["often"] else ""
    if m["not"] and (often or asked) or asked and often == "never" or not (m["shop"] or often or m["not"] or asked or
                                                                          m["likes"] or m["lot"]):
        return None
    verb = "order" if m["verb"] and keyed(m["verb"]) == "đặt" else "buy"
    doing = "shop" if m["shop"] else f"{verb} {_GENERIC[keyed(m['things'])]}"
    if m["likes"]:  # ("likes shopping", "like buying things")
        doing = f"like {'shopping' if m['shop'] else verb + 'ing ' + _GENERIC[keyed(m['things'])]}"
    rest = f"{doing} {_site(m, 'en')}{' a lot' * bool(m['lot'])}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {often + ' ' if often else ''}{rest}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {rest}.")
    first, _, others = rest.partition(" ")
    return capitalised(f"{who_} {often + ' ' if often else ''}{third_person(first) if one else first} {others}.")


def _where(text: str) -> str | None:
    """"Bạn mua cái áo này ở đâu?" as "Where did you buy this shirt?" (_WHERE); None for "một" thing."""
    m = _WHERE.fullmatch(text)
    if not m or "?" not in m["end"] or m["a"] or (said := who(m, True)) is None or (thing := _thing_en(m)) is None:
        return None
    return f"Where did {said[0]} buy {thing}?"


def _cheaper(text: str) -> str | None:
    """"Trên mạng rẻ hơn." as "It's cheaper online.", "Mua online rẻ hơn nhiều." as "It's much cheaper to buy
    online." (_CHEAPER)."""
    m = _CHEAPER.fullmatch(text)
    if not m:
        return None
    return f"It's {'much ' * bool(m['much'])}cheaper {'to buy ' * bool(m['buy'])}{_site(m, 'en')}."


def _arrived(text: str) -> str | None:
    """"Đơn hàng của tôi vẫn chưa đến." as "My order still hasn't arrived.", "Đơn hàng của bạn đến chưa?" as "Has
    your order arrived yet?", "Bưu kiện của tôi đến rồi." as "My parcel has arrived." (_ARRIVED); None for "hàng"
    without whose (a shop's stock?)."""
    m = _ARRIVED.fullmatch(text)
    if not m or keyed(m["order"]) == "hàng" and not m["whose"]:
        return None
    asked, yet = "?" in m["end"], keyed(m["yet"] or "")
    whose = OWNERS[keyed(m["whose"])] if m["whose"] else "the"
    order, come = f"{whose} {_ORDERS[keyed(m['order'])]}", "been delivered" if "giao" in m["come"] else "arrived"
    if asked:
        return f"Has {order} {come} yet?" if yet == "chưa" and not (m["not"] or m["still"]) else None
    if m["not"]:
        return None if yet else capitalised(f"{order} still hasn't {come}." if m["still"] else
                                            f"{order} hasn't {come} yet.")
    return capitalised(f"{order} has {come}.") if yet == "rồi" and not m["still"] else None


def _on_delivery(text: str) -> str | None:
    """"Tôi có thể thanh toán khi nhận hàng không?" as "Can I pay on delivery?", "Tôi sẽ thanh toán khi nhận hàng."
    as "I'll pay on delivery.", "Có thanh toán khi nhận hàng không?" as "Do you offer cash on delivery?"
    (_ON_DELIVERY); None for a plain "Tôi thanh toán khi nhận hàng." (will, did or does?)."""
    m = _ON_DELIVERY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]):
        return None
    if m["ask"]:
        return "Do you offer cash on delivery?" if asked and not m["can2"] else None
    said = who(m, asked) if m["who"] or m["kin"] or m["title"] or m["given"] else None
    if said is None or m["will"] and (asked or m["can2"]):
        return None
    pay = f"pay {'cash ' * bool(m['cash'])}on delivery"
    if asked:
        return f"Can {said[0]} {pay}?" if m["can"] or m["can2"] else None
    if m["can"] and not m["can2"]:
        return capitalised(f"{said[0]} can {pay}.")
    return capitalised(contracted(said[0], f"will {pay}.")) if m["will"] else None


def _fixed(text: str) -> str | None:
    """What is said one way only: "Bạn có giao hàng không?" as "Do you deliver?", "Thanh toán khi nhận hàng." as
    "Cash on delivery." (_DELIVERY)."""
    return next((said for p, said in _DELIVERY.items() if p.fullmatch(text) and ("?" in text) == said.endswith("?")),
                None)


def _who_vi(m: re.Match, verb: str, agrees: bool = True) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English said it of one, where `verb` (said after who: "has",
    "doesn't", "shops") agrees with it (`agrees` False: a verb with no "-s" to tell); else None."""
    who_, one = who_vi(m)
    verb = verb.strip().lower().replace("’", "'")
    told = True if verb.startswith(("has", "'s", "does")) else False if verb.startswith(("have", "'ve", "do")) else (
        verb.endswith("s") if agrees else one)
    return (who_, one) if told == one else None


def _bought_vi(text: str) -> str | None:
    """"I ordered a new phone online." as "Tôi đặt mua một cái điện thoại mới trên mạng.", "I bought it online." as
    "Tôi mua trên mạng.", "Did you buy it online?" as "Bạn có mua nó trên mạng không?" (_BOUGHT_EN)."""
    m = _BOUGHT_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or bool(m["did"]) != ("?" in m["end"]):
        return None
    aux, adv, verb = (m["aux"] or "").strip().replace("’", "'"), m["adv"] or "", m["verb"]
    base = verb in ("buy", "order")
    if base != bool(m["did"] or aux in ("'ll", "will")) or (said := _who_vi(m, aux, agrees=False)) is None:
        return None
    who_, vi = said[0], "mua" if verb.startswith("b") else "đặt mua"
    if m["did"]:
        return None if aux or adv else capitalised(f"{who_} có {vi} {thing or 'nó'} {_site(m, 'vi')} không?")
    doing = " ".join(w for w in (vi, thing, _site(m, "vi")) if w)
    if base:
        return None if adv else capitalised(f"{who_} sẽ {doing}.")
    if adv == "just":
        return capitalised(f"{who_} vừa {doing}.")
    return capitalised(f"{who_} đã {doing} rồi." if adv or aux else f"{who_} {doing}.")


def _habit_vi(text: str) -> str | None:
    """"She shops online a lot." as "Cô ấy mua sắm trên mạng rất nhiều.", "Do you often shop online?" as "Bạn có
    thường mua sắm trên mạng không?", "I never buy clothes online." as "Tôi không bao giờ mua quần áo trên mạng."
    (_HABIT_EN); None where the verb does not agree with who ("She shop online.")."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    told = m["do"] or m["not"] or m["likes"] or m["verb"]
    if (m["do"] or m["not"]) and (m["likes"] or m["verb"]).endswith("s") or (said := _who_vi(m, told)) is None:
        return None
    verb = (m["ing"] or m["verb"]).lower()
    shop = verb.startswith("shop")
    if shop == bool(m["things"]) or m["not"] and m["often"] or m["do"] and m["often"] == "never":
        return None
    things = _GENERIC_VI.get((m["things"] or "").lower())
    doing = "mua sắm" if shop else "đặt hàng" if verb.startswith("order") and things == "đồ" else \
        f"{'đặt' if verb.startswith('order') else 'mua'} {things}"
    often = f"{SELDOM_VI[m['often'].lower()]} " if m["often"] else ""
    rest = f"{often}{'thích ' * bool(m['likes'])}{doing} {_site(m, 'vi')}{' rất nhiều' * bool(m['lot'])}"
    if m["do"]:
        return capitalised(f"{said[0]} có {rest} không?")
    return capitalised(f"{said[0]} {'không ' * bool(m['not'])}{rest}.")


def _where_vi(text: str) -> str | None:
    """"Where did you buy these shoes?" as "Bạn mua đôi giày này ở đâu?" (_WHERE_EN); None for "a" thing."""
    m = _WHERE_EN.fullmatch(text)
    if not m or m["a"] or (thing := _thing_vi(m)) is None:
        return None
    return capitalised(f"{who_vi(m)[0]} mua {thing or 'nó'} ở đâu?")


def _cheaper_vi(text: str) -> str | None:
    """"It's cheaper online." as "Trên mạng rẻ hơn.", "It's much cheaper to buy online." as "Mua trên mạng rẻ hơn
    nhiều." (_CHEAPER_EN)."""
    m = _CHEAPER_EN.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{'mua ' * bool(m['buy'])}{_site(m, 'vi')} rẻ hơn{' nhiều' * bool(m['much'])}.")


def _arrived_vi(text: str) -> str | None:
    """"My order hasn't arrived yet." as "Đơn hàng của tôi chưa đến.", "Has your order arrived yet?" as "Đơn hàng
    của bạn đã đến chưa?" (_ARRIVED_EN)."""
    m = _ARRIVED_EN.fullmatch(text)
    if not m or bool(m["has"]) != ("?" in m["end"]) or bool(m["has"]) + bool(m["not"]) + bool(m["did"]) != 1:
        return None
    whose = m["whose"].lower()
    order = f"{_ORDERS_VI[m['order']]}{'' if whose == 'the' else ' của ' + WHOSE_VI[whose]}"
    come = "được giao" if "delivered" in m["come"] else "đến"
    if m["has"]:
        return None if m["still"] else capitalised(f"{order} đã {come} chưa?")
    if m["not"]:
        return capitalised(f"{order} {'vẫn ' * bool(m['still'])}chưa {come}.")
    return None if m["still"] or m["yet"] else capitalised(f"{order} đã {come} rồi.")


def _on_delivery_vi(text: str) -> str | None:
    """"Can I pay cash on delivery?" as "Tôi có thể thanh toán khi nhận hàng không?", "I'll pay on delivery." as "Tôi
    sẽ thanh toán khi nhận hàng." (_ON_DELIVERY_EN)."""
    m = _ON_DELIVERY_EN.fullmatch(text)
    if not m or bool(m["can0"]) != ("?" in m["end"]):
        return None
    if m["can0"]:
        return f"{'Tôi' if m['me'] == 'I' else 'Chúng tôi'} có thể thanh toán khi nhận hàng không?"
    return capitalised(f"{who_vi(m)[0]} {'có thể' if m['can'] else 'sẽ'} thanh toán khi nhận hàng.")
