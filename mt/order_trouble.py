"""An online or delivery order gone wrong, both ways, written whole by rule: delivered to the wrong address or person,
the wrong item, colour or size sent or received, an item missing, the parcel lost, damaged or dented, the order late or
cancelled, where an order is, and the delivery driver's call missed. v8 (every other rule on) reads "giao" as
trading, "nhầm" as misleading, "hàng" as a row, "móp" as bald, and "order" as "thứ tự" (a sequence) or "lệnh" (a
command): "Đơn hàng của tôi bị giao nhầm địa chỉ." → "My order was misleading by the address.", "Họ gửi nhầm hàng cho
tôi." → "They misleading me.", "Tôi nhận được nhầm màu." → "I got mistaken.", "Hàng bị hỏng khi giao." → "Rows are
broken when trading.", "Hộp bị móp." → "The box is bald.", "Đơn hàng của tôi đâu rồi?" → "Where do my order?",
"Shipper gọi mà tôi không nghe máy." → "Shipper called I didn't hear the machine."; "My order was delivered to the
wrong address." → "Thứ tự của tôi được cung cấp cho địa chỉ sai.", "An item is missing from my order." → "Một món hàng
thiếu theo thứ tự của tôi.", "My order was three days late." → "Thứ tự của tôi là ba ngày muộn.", "Where's my order?"
→ "Tôi ra lệnh của tôi ở đâu?", "The delivery driver called but I didn't pick up." → "Trình điều khiển sinh nở gọi
nhưng tôi không chọn.".

Taken: an order ("đơn hàng", or "hàng" with whose; "order") or a parcel ("gói hàng", "bưu kiện", "kiện hàng"; "parcel",
"package") of someone (mt.hobbies.OWNER, SOMEONE_EN) or "the": delivered to the wrong address ("giao nhầm/sai địa chỉ")
or the wrong person ("giao nhầm cho người khác"), lost ("thất lạc"), cancelled ("hủy": of Vietnamese, an order only),
delivered late or so many days late, short of one to three items ("thiếu một món") or of something, arrived damaged or
broken ("hỏng", "vỡ" "khi giao"; "hàng" alone is then the item), a box or a parcel dented ("móp"): said ("đã"), done
("rồi": "has been"), denied, asked ("có … không?"; "… chưa?" of a cancelling); "they", the shop or the seller having
sent or delivered the wrong item, colour or size (to whom), who received the wrong one; who cancelled the order ("đã",
"rồi", "vừa", "sẽ", "muốn", "… chưa?"), the shop having cancelled one's order; where an order or a parcel is ("… đâu
rồi?", "Where's my order?"); the delivery driver ("shipper") having called but who did not pick up. Left: "giao nhầm"
alone ("Đơn hàng của tôi bị giao nhầm.": to the wrong address, to the wrong person, or the wrong item? none is sure), a
parcel or "hàng" "bị hủy" (cancelled, or destroyed?), "nhỉ" on a statement (wasn't it?), "my mother" called and then
"she" ("cô ấy" is no way to speak of her), "one days late", "hàng" without whose elsewhere (a shop's stock?), a box with
whose ("Hộp của tôi": mine, or what came in it?), "Hàng của tôi bị thiếu." (short of stock?), "bị mất" (lost, or
stolen?), "bị chậm" (late now, or delivered late?), "I got the wrong size" (bought it so, or was sent it?), "gửi nhầm
món" (a dish), a plain "Tôi hủy đơn hàng." and "Bạn có hủy đơn hàng không?" (did, or does?), "anh", "chị", "em" alone
saying it, a pet as who; and what others take first: an order arrived or not and paying on delivery
(mt/online_shopping.py), food delivered and the driver outside or calling (mt/food_delivery.py), returns and refunds
(mt/returns.py), "Where is my parcel?" (mt/patterns.py), things broken (mt/broken.py), the wrong bus or number
(mt/mistakes.py).
mt.phrasebook.translate tries these after mt/cutting_down.py.

    >>> translate("Đơn hàng của tôi bị giao nhầm địa chỉ.", "vi", "en"), translate("My parcel got lost.", "en", "vi")
    ('My order was delivered to the wrong address.', 'Gói hàng của tôi bị thất lạc.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hàng|bưu\s+kiện|hộp|shipper|nhầm|sai|hủy\s+đơn|huỷ\s+đơn)"),
         "en": lazy(r"(?i:order|parcel|package|item|box|wrong|delivery\s+driver|courier)")}
# what went wrong, in English, of Vietnamese ("hàng" only with whose: "Hàng của tôi" is my order)
_ORDERS = {"đơn hàng": "order", "hàng": "order", "gói hàng": "parcel", "bưu kiện": "parcel", "kiện hàng": "parcel",
           "hộp": "box", "cái hộp": "box", "hộp hàng": "box", "thùng hàng": "box"}
_ORDERS_VI = {"order": "đơn hàng", "parcel": "gói hàng", "package": "gói hàng", "box": "hộp", "item": "hàng"}
_BOXES = {"box", "parcel", "package"}  # (what is dented: not an order)
_WRONG = {"hàng": "item", "sản phẩm": "item", "màu": "colour", "cỡ": "size", "size": "size"}
_WRONG_VI = {"item": "hàng", "product": "sản phẩm", "colour": "màu", "color": "màu", "size": "cỡ"}
_SENDERS = {"họ": "they", "shop": "the shop", "cửa hàng": "the shop", "người bán": "the seller"}
_SENDERS_VI = {"they": "Họ", "the shop": "Shop", "the seller": "Người bán"}
_N = {"một": "one", "1": "one", "hai": "two", "2": "two", "ba": "three", "3": "three"}  # (items missing)
_DAYS = {**VI_TO_EN, **{str(n): str(n) for n in range(1, 31)}}

_ORDER = (rf"(?P<order>(?i:{alternatives(_ORDERS)}))(?:\s+(?:của\s+)?{OWNER})?")
_HUY = r"h(?:ủy|uỷ)"
# what befell it ("Đơn hàng của tôi bị giao nhầm địa chỉ.", "Gói hàng của bạn có bị thất lạc không?")
_BEFELL = lazy(rf"{_ORDER}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+|(?P<did>đã)\s+)?bị\s+(?:"
               r"(?P<address>giao\s+(?:nhầm|sai)\s+địa\s+chỉ)|(?P<person>giao\s+nhầm\s+cho\s+người\s+khác)|"
               rf"(?P<lost>thất\s+lạc)|(?P<cancel>{_HUY})|(?P<late>giao\s+(?:chậm|trễ))(?:\s+(?P<days>"
               rf"{alternatives(_DAYS)})\s+ngày)?|(?P<short>thiếu)(?:\s+(?P<n>{alternatives(_N)})\s+món|\s+"
               r"(?P<some>gì|đồ|hàng))?|(?P<damaged>hỏng|hư|hư\s+hỏng|vỡ)\s+khi\s+(?:giao|nhận)|"
               r"(?P<dented>móp(?:\s+méo)?)(?P<arrived>\s+khi\s+giao)?)"
               rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
# the wrong thing sent ("Họ gửi nhầm hàng cho tôi.") or received ("Tôi nhận được nhầm màu.")
_SENT = lazy(rf"(?P<sender>(?i:{alternatives(_SENDERS)}))\s+(?:(?P<did>đã)\s+)?(?P<verb>gửi|giao)\s+(?:nhầm|sai)\s+"
             rf"(?P<what>{alternatives(_WRONG)})(?:\s+cho\s+{WHOM})?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_GOT = lazy(rf"{WHO}\s+(?:đã\s+)?nhận\s+được\s+(?:nhầm|sai)\s+(?P<what>{alternatives(_WRONG)}){SOFTENED_END}")
# who cancelled the order ("Tôi đã hủy đơn hàng.", "Bạn đã hủy đơn hàng chưa?", "Shop đã hủy đơn hàng của tôi.")
_CANCELLED = lazy(rf"(?:{WHO}|(?P<sender>(?i:shop|cửa\s+hàng|người\s+bán)))\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>đã|vừa\s+"
                  rf"mới|vừa|mới|sẽ|muốn)\s+)?{_HUY}\s+đơn(?:\s+hàng)?(?:\s+(?:của\s+)?{OWNER})?"
                  rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
# where it is ("Đơn hàng của tôi đâu rồi?"), and the driver's call missed ("Shipper gọi mà tôi không nghe máy.")
_WHERE = lazy(rf"{_ORDER}\s+(?:đang\s+)?(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENED_END}")
_CALLED = lazy(rf"(?:(?i:anh)\s+)?(?i:shipper|người\s+giao\s+hàng)\s+(?:đã\s+)?gọi(?:\s+điện)?(?:\s+cho\s+{WHOM})?"
               rf"\s*,?\s+(?:nhưng\s+mà|nhưng|mà)\s+{WHO}\s+không\s+(?:nghe|bắt)\s+máy{SOFTENED_END}")

# ... and in English: whose ("my", "my mother's", "the") and what ("order", "parcel", "box", "item")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}|the))|(?P<someone>{SOMEONE_EN})['’]s)"
_ORDER_EN = rf"{_WHOSE_EN}\s+(?P<order>order|parcel|package|box|item)"
_BEFELL_EN = lazy(rf"(?:(?P<q>Was|Has|Did|Is)\s+)?{_ORDER_EN}(?P<aux>\s+was(?:\s+not|n['’]t)?|\s+has(?:\s+not|n['’]t)?"
                  r"\s+been|['’]s\s+been|\s+got|\s+has\s+got|\s+did(?:\s+not|n['’]t)|\s+is|\s+been|\s+arrived)?\s+(?:"
                  r"(?P<address>delivered\s+to\s+the\s+wrong\s+(?P<place>address|person)|"
                  r"(?P<went>went)\s+to\s+the\s+wrong\s+address)|(?:get\s+)?(?P<lost>lost)|"
                  r"(?P<cancel>cancell?ed)|(?P<late>delivered\s+late|late|arrive\s+late)|"
                  r"(?:delivered\s+)?(?P<days>[1-9]\d?|"
                  rf"{alternatives(EN_TO_VI)})\s+(?P<day>days?)\s+late|(?:arrive\s+)?(?P<damaged>damaged|broken)|"
                  r"(?P<dented>dented|arrive\s+dented))\s*(?P<end>[.!?]*)")
_MISSING_EN = lazy(r"(?:(?P<n>An|One|Two|Three)\s+(?P<items>items?)\s+(?P<be>is|are)|(?P<some>Something|Nothing)\s+is|"
                   rf"(?P<q>Is)\s+anything)\s+missing\s+from\s+{_ORDER_EN}\s*(?P<end>[.!?]*)")
_SENT_EN = lazy(rf"(?P<sender>They|The\s+shop|The\s+seller)(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+(?P<verb>sent|"
                rf"delivered)(?:\s+{WHOM_EN})?\s+the\s+wrong\s+(?P<what>{alternatives(_WRONG_VI)})"
                r"(?:\s+to\s+(?P<to>\w+(?:\s+\w+)?))?\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"{WHO_EN}\s+received\s+the\s+wrong\s+(?P<what>{alternatives(_WRONG_VI)})\s*(?P<end>[.!?]*)")
_CANCELLED_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?(?:{WHO_EN}|(?P<sender>The\s+(?:shop|seller)))(?P<aux>['’]ve|"
                     r"\s+have|['’]s|\s+has|['’]ll|\s+will|\s+wants?\s+to|['’]d\s+like\s+to|\s+would\s+like\s+to)?"
                     rf"(?:\s+(?P<just>just))?\s+(?P<verb>cancell?ed|cancel)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}|the))|"
                     rf"(?P<someone>{SOMEONE_EN})['’]s)\s+order(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+{_ORDER_EN}\s*\?+")
_CALLED_EN = lazy(rf"The\s+(?:delivery\s+driver|courier)\s+called(?:\s+{WHOM_EN})?\s*,?\s+but\s+{WHO_EN}\s+"
                  r"(?:didn['’]t|did\s+not)\s+(?:pick\s+up|answer)(?:\s+the\s+phone)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an order gone wrong, as the module docstring says; None for any other."""
    if src == "vi":
        return _befell(text) or _sent(text) or _got(text) or _cancelled(text) or _where(text) or _called(text)
    text = text.replace("’", "'")
    return (_befell_vi(text) or _missing_vi(text) or _sent_vi(text) or _got_vi(text) or _cancelled_vi(text) or
            _where_vi(text) or _called_vi(text))


def _order(m: re.Match, item: bool = False) -> str | None:
    """The order of a match of _ORDER in English: "my order", "my mother's parcel", "the box", "hàng" without whose
    as "the item" where `item` (arrived damaged); None for "hàng" without whose elsewhere (a shop's stock?), a box
    with whose, and someone English cannot name."""
    what = _ORDERS[keyed(m["order"])]
    if m["owner"] or m["someone"]:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
        suffix = "" if m["owner"] else "'s"  # ("my mother's order")
        return None if whose is None or what == "box" else f"{whose}{suffix} {what}"
    return ("the item" if item else None) if keyed(m["order"]) == "hàng" else f"the {what}"


def _befell(text: str) -> str | None:
    """"Đơn hàng của tôi bị giao nhầm địa chỉ." as "My order was delivered to the wrong address.", "Đơn hàng của bạn
    có bị hủy không?" as "Was your order cancelled?", "Hộp bị móp." as "The box is dented." (_BEFELL); None else."""
    m = _BEFELL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or (order := _order(m, bool(m["damaged"]))) is None or "?" in m["end"] and not (asked or m["yet"]) or \
            "?" not in m["end"] and (asked or m["yet"]) or bool(m["ask"]) != asked or asked and m["yet"]:
        return None
    box = order.endswith("box")
    if m["dented"] or m["damaged"]:
        if m["dented"] and order.split()[-1] not in _BOXES or m["yet"] or m["done"] or m["did"] or m["not"]:
            return None
        if m["dented"] and not m["arrived"]:
            return f"Is {order} dented?" if asked else capitalised(f"{order} is dented.")
        how = "dented" if m["dented"] else "broken" if keyed(m["damaged"]) == "vỡ" else "damaged"
        return f"Did {order} arrive {how}?" if asked else capitalised(f"{order} arrived {how}.")
    if box or m["short"] and m["order"].lower() == "hàng" or m["cancel"] and keyed(m["order"]) != "đơn hàng":
        # (a box is only dented or damaged; "Hàng của tôi bị thiếu": short of stock?; "Gói hàng bị hủy": destroyed?)
        return None
    if m["short"]:
        return _short(m, order, asked)
    not_ = keyed(m["not"] or "")
    if m["yet"] or not_ == "chưa":  # (only a cancelling is asked, or denied, with "chưa")
        if not m["cancel"] or m["done"] or m["yet"] and not_:
            return None
        return f"Has {order} been cancelled?" if m["yet"] else capitalised(f"{order} hasn't been cancelled yet.")
    if m["late"] and (m["done"] or m["days"] and (asked or not_)) or m["done"] and (asked or not_):
        return None
    if m["lost"]:
        said = ("Did {} get lost?", "{} didn't get lost.", "{} has been lost.", "{} got lost.")
    else:
        done = ("delivered to the wrong address" if m["address"] else "delivered to the wrong person" if m["person"]
                else "cancelled" if m["cancel"] else "delivered late")
        if m["days"]:
            return capitalised(f"{order} was {_DAYS[keyed(m['days'])]} {'day' if m['days'] in ('một', '1') else 'days'}"
                               " late.")
        said = (f"Was {{}} {done}?", f"{{}} wasn't {done}.", f"{{}} has been {done}.", f"{{}} was {done}.")
    shape = said[0] if asked else said[1] if not_ else said[2] if m["done"] else said[3]
    return capitalised(shape.format(order))


def _short(m: re.Match, order: str, asked: bool) -> str | None:
    """An order short of items, of a match of _BEFELL, in English: "An item is missing from my order.", "Two items are
    missing …", "Something is missing …", "Is anything missing …?" ("thiếu gì"), "Nothing is missing …"; None else."""
    some, n = keyed(m["some"] or ""), _N.get(keyed(m["n"] or ""))
    if m["done"] or m["did"] or m["yet"] or (some == "gì") != bool(asked or m["not"]) or \
            keyed(m["not"] or "") == "chưa":
        return None
    if some == "gì":
        return f"Is anything missing from {order}?" if asked else capitalised(f"nothing is missing from {order}.")
    if n:
        return f"{'An item is' if n == 'one' else n.capitalize() + ' items are'} missing from {order}."
    return f"Something is missing from {order}."


def _sent(text: str) -> str | None:
    """"Họ gửi nhầm hàng cho tôi." as "They sent me the wrong item.", "Shop giao nhầm màu cho mẹ tôi." as "The shop
    delivered the wrong colour to my mother.", "… rồi" as "They've sent me …" (_SENT); None for anything else."""
    m = _SENT.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    sender, what = _SENDERS[keyed(m["sender"])], _WRONG[keyed(m["what"])]
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if whom is None or m["did"] and m["done"]:
        return None
    has = (" have" if sender == "they" else " has") if m["done"] else ""
    if m["verb"] == "gửi":
        said = f"{sender}{has} sent {whom + ' ' if whom else ''}the wrong {what}."
    else:
        said = f"{sender}{has} delivered the wrong {what}{' to ' + whom if whom else ''}."
    return capitalised(said.replace("they have", "they've"))


def _got(text: str) -> str | None:
    """"Tôi nhận được nhầm màu." as "I received the wrong colour." (_GOT); None for anything else, and a pet."""
    m = _GOT.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and who(m, False)
    return capitalised(f"{said[0]} received the wrong {_WRONG[keyed(m['what'])]}.") if said else None


def _cancelled(text: str) -> str | None:
    """"Tôi đã hủy đơn hàng." as "I cancelled the order.", "Bạn đã hủy đơn hàng chưa?" as "Have you cancelled the
    order yet?", "Tôi muốn hủy đơn hàng." as "I want to cancel the order." (_CANCELLED); None for a plain "Tôi hủy
    đơn hàng." (did, or does now?) and anything else."""
    m = _CANCELLED.fullmatch(text)
    if not m:
        return None
    asked, tense, yet = bool(m["asked"]), keyed(m["tense"] or ""), bool(m["yet"])
    if ("?" in m["end"]) != (asked or yet) or bool(m["ask"]) != asked or asked and yet or m["done"] and tense not in (
            "", "đã") or yet and tense not in ("", "đã") or asked and tense not in ("", "muốn"):
        return None
    if m["sender"]:
        who_, one = "the " + ("seller" if "bán" in keyed(m["sender"]) else "shop"), True
    elif animal(m) or (said := who(m, asked or yet)) is None:
        return None
    else:
        who_, one = said
    whose = (OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")) if m["owner"] or m["someone"] \
        else "the"
    if whose is None:
        return None
    order = f"{whose} order" if m["owner"] or whose == "the" else f"{whose}'s order"
    have = "has" if one else "have"
    if yet:
        return f"{have.capitalize()} {who_} cancelled {order} yet?"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} want to cancel {order}?" if tense else None
    if m["done"]:
        return capitalised(contracted(who_, f"{have} cancelled {order}."))
    if tense in ("vừa", "mới", "vừa mới"):
        return capitalised(contracted(who_, f"{have} just cancelled {order}."))
    if tense in ("sẽ", "muốn"):
        return capitalised(contracted(who_, "will cancel" if tense == "sẽ" else
                                      f"{'wants' if one else 'want'} to cancel") + f" {order}.")
    return capitalised(f"{who_} cancelled {order}.") if tense == "đã" else None


def _where(text: str) -> str | None:
    """"Đơn hàng của tôi đâu rồi?" as "Where's my order?" (_WHERE); None for a box, and said without "?"."""
    m = _WHERE.fullmatch(text)
    order = m and "?" in m["end"] and _order(m)
    return f"Where's {order}?" if order and not order.endswith("box") else None


def _called(text: str) -> str | None:
    """"Shipper gọi mà tôi không nghe máy." as "The delivery driver called but I didn't pick up.", "… gọi cho mẹ
    tôi nhưng mẹ tôi …" (_CALLED); None for anything else, and a pet."""
    m = _CALLED.fullmatch(text)
    if not m or "?" in m["end"] or animal(m) or (said := who(m, False)) is None:
        return None
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    return None if whom is None else \
        capitalised(f"the delivery driver called{' ' + whom if whom else ''} but {said[0]} didn't pick up.")


def _order_vi(m: re.Match) -> str | None:
    """The order of a match of _ORDER_EN in Vietnamese: "Đơn hàng của tôi", "gói hàng của mẹ tôi", "hộp"; None for
    a box with whose, and someone not read ("my item" is "hàng của tôi")."""
    what, whose = _ORDERS_VI[m["order"]], (m["whose"] or "").lower()
    if whose == "the":
        return what
    owner = WHOSE_VI[whose] if whose else someone(m["someone"], "en")
    return None if owner is None or m["order"] == "box" else f"{what} của {owner}"


def _befell_vi(text: str) -> str | None:
    """"My order was delivered to the wrong address." as "Đơn hàng của tôi bị giao nhầm địa chỉ.", "The box was
    dented." as "Hộp bị móp." (_BEFELL_EN); None for anything else, and where the verb does not go with what is said
    ("My order got cancelled late", "Did my order lost?") or the count does not agree with "days" ("one days late")."""
    m = _BEFELL_EN.fullmatch(text)
    if not m or (order := _order_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    not_ = "not" in aux or "n't" in aux
    what, box = m["order"], m["order"] in ("box", "item")
    said = f"{order} {'có ' if q else 'không ' if not_ else ''}bị {{}}{' không?' if q else '.'}"
    if m["dented"] or m["damaged"]:  # ("arrived damaged", "Did … arrive damaged?", "is dented", "was dented")
        arrive = aux == "arrived" or q == "did" and "arrive" in m[0]
        dented = bool(m["dented"])
        if not_ or what not in _BOXES | {"item"} and not arrive or dented and what not in _BOXES or not (
                arrive or dented and (aux in ("is", "was") or q in ("is", "was") and not aux)) or \
                q and aux == "arrived":
            return None
        how = "móp" if dented else "vỡ" if m["damaged"] == "broken" else "hỏng"
        return capitalised(said.format(f"{how} khi giao" if arrive else how))
    if box:
        return None
    if m["lost"]:  # ("got lost", "was lost", "has been lost", "Did … get lost?", "didn't get lost")
        get = "get lost" in m[0]
        ok = {("", "got"): "", ("", "was"): "", ("", "is"): "", ("", "has been"): " rồi", ("", "'s been"): " rồi",
              ("", "has got"): " rồi", ("did", ""): "", ("was", ""): "", ("", "didn't"): "", ("", "did not"): "",
              ("", "wasn't"): "", ("", "was not"): ""}
        if (q, aux) not in ok or get != (q == "did" or aux in ("didn't", "did not")):
            return None
        return capitalised(said.format("thất lạc") + ok[q, aux]).replace(". rồi", " rồi.")
    if m["address"] or m["cancel"]:
        place = "địa chỉ" if m["went"] or m["place"] == "address" else "cho người khác"
        done = f"giao nhầm {place}" if m["address"] else "hủy"
        if m["went"]:
            return capitalised(said.format(done)) if not (q or aux) else None
        if q == "has" and aux == "been" and m["cancel"]:
            return capitalised(f"{order} đã bị hủy chưa?")
        if aux in ("hasn't been", "has not been") and m["cancel"]:
            return capitalised(f"{order} chưa bị hủy.")
        if aux in ("has been", "'s been"):
            return capitalised(f"{order} đã bị {done} rồi.")
        ok = aux in ("was", "wasn't", "was not") or q == "was" and not aux or aux == "got" and m["address"]
        return capitalised(said.format(done)) if ok else None
    # late: "was delivered late", "arrived late", "was late", "was three days late", "Was … delivered late?"
    late = " ".join((m["late"] or "").split())
    if q == "did" and late == "arrive late" and not aux:
        return capitalised(said.format("giao chậm"))
    if not_ or q and (m["days"] or q != "was" or aux or late != "delivered late") or not q and (
            aux not in ("was", "arrived") or late == "arrive late" or aux == "arrived" and late == "delivered late"):
        return None
    if m["days"]:
        days = m["days"].lower()
        if (days in ("one", "1")) != (m["day"] == "day"):
            return None  # ("one days late", "three day late": the count and the word do not agree)
        return capitalised(f"{order} bị giao chậm {EN_TO_VI.get(days, days)} ngày.")
    return capitalised(said.format("giao chậm"))


def _missing_vi(text: str) -> str | None:
    """"An item is missing from my order." as "Đơn hàng của tôi bị thiếu một món.", "Is anything missing from your
    order?" as "Đơn hàng của bạn có bị thiếu gì không?", "Nothing is missing …" as "… không bị thiếu gì."
    (_MISSING_EN); None for anything else, where the count and the verb do not agree, and for a box."""
    m = _MISSING_EN.fullmatch(text)
    if not m or (order := _order_vi(m)) is None or m["order"] not in ("order", "parcel", "package") or \
            bool(m["q"]) != ("?" in m["end"]):
        return None
    if m["n"]:
        one = m["n"].lower() in ("an", "one")
        if one != (m["items"] == "item") or one != (m["be"] == "is"):
            return None
        return capitalised(f"{order} bị thiếu {EN_TO_VI.get(m['n'].lower(), 'một')} món.")
    if m["q"]:
        return capitalised(f"{order} có bị thiếu gì không?")
    return capitalised(f"{order} bị thiếu đồ." if m["some"] == "Something" else f"{order} không bị thiếu gì.")


def _sent_vi(text: str) -> str | None:
    """"They sent me the wrong item." as "Họ gửi nhầm hàng cho tôi.", "The shop delivered the wrong size to my
    mother." as "Shop giao nhầm cỡ cho mẹ tôi.", "They've sent us the wrong colour." as "Họ gửi nhầm màu cho chúng
    tôi rồi." (_SENT_EN); None for anything else, whom both before and after, and "has" not agreeing."""
    m = _SENT_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["whom"] and m["to"] or m["to"] and m["verb"] == "sent":
        return None
    sender = " ".join(m["sender"].lower().split())
    have = (m["have"] or "").strip()
    if have and (have in ("'s", "has")) == (sender == "they") or m["whom"] and m["verb"] == "delivered":
        return None
    whom = as_whom(m["whom"] or m["to"], "en") if m["whom"] or m["to"] else ""
    if whom is None:
        return None
    verb = "gửi" if m["verb"] == "sent" else "giao"
    to = f" cho {whom}" if whom else ""
    return f"{_SENDERS_VI[sender]} {verb} nhầm {_WRONG_VI[m['what'].lower()]}{to}{' rồi' * bool(have)}."


def _got_vi(text: str) -> str | None:
    """"I received the wrong colour." as "Tôi nhận được nhầm màu." (_GOT_EN); None for anything else."""
    m = _GOT_EN.fullmatch(text)
    if not m or "?" in m["end"] or animal(m):
        return None
    return capitalised(f"{who_vi(m)[0]} nhận được nhầm {_WRONG_VI[m['what'].lower()]}.")


def _cancelled_vi(text: str) -> str | None:
    """"I cancelled the order." as "Tôi đã hủy đơn hàng.", "Have you cancelled the order yet?" as "Bạn đã hủy đơn
    hàng chưa?", "I'd like to cancel my order." as "Tôi muốn hủy đơn hàng." (_CANCELLED_EN); None for anything else,
    and where a verb does not agree with who ("She have cancelled", "I cancel the order.")."""
    m = _CANCELLED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    if m["sender"]:
        who_, one, own = ("Shop" if "shop" in m["sender"] else "Người bán"), True, None
    elif animal(m):
        return None
    else:
        who_, one = who_vi(m)
    q, aux, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["verb"]
    whose = (m["owner"] or "").lower()
    # one's own order is "đơn hàng" ("I … my order", "My mother … her order"); his or hers after a name, unclear
    own = whose == "the" or not m["sender"] and whose and own_thing(m, who_, one)
    owner = "" if own else None if own is None or not whose and not someone(m["someone"], "en") else \
        f" của {WHOSE_VI[whose] if whose else someone(m['someone'], 'en')}"
    if owner is None or aux in ("has", "'s", "wants to") and not one or aux in ("have", "'ve", "want to") and one:
        return None
    if q and m["sender"] or (q in ("have", "has")) and (q == "has") != one:
        return None
    order = f"đơn hàng{owner}"
    base = verb == "cancel"
    if q in ("have", "has"):
        return capitalised(f"{who_} đã hủy {order} chưa?") if not (aux or m["just"] or base) else None
    if q == "did":
        return capitalised(f"{who_} có hủy {order} không?") if base and not (aux or m["just"] or m["yet"]) else None
    if m["yet"]:
        return None
    if aux in ("have", "'ve", "has", "'s"):
        return None if base else capitalised(f"{who_} vừa hủy {order}." if m["just"] else f"{who_} đã hủy {order} rồi.")
    if m["just"]:
        return None
    if aux:
        will = "sẽ" if aux in ("will", "'ll") else "muốn"
        return capitalised(f"{who_} {will} hủy {order}.") if base else None
    return None if base else capitalised(f"{who_} đã hủy {order}.")


def _where_vi(text: str) -> str | None:
    """"Where's my order?" as "Đơn hàng của tôi đâu rồi?" (_WHERE_EN); None for a box or an item, and "the"."""
    m = _WHERE_EN.fullmatch(text)
    if not m or m["order"] in ("box", "item") or (m["whose"] or "").lower() == "the":
        return None
    order = _order_vi(m)
    return order and capitalised(f"{order} đâu rồi?")


def _called_vi(text: str) -> str | None:
    """"The delivery driver called but I didn't pick up." as "Shipper gọi mà tôi không nghe máy.", "… called me …" as
    "Shipper gọi cho tôi mà …" (_CALLED_EN); None for anything else, a pet, and kin called then "she"
    (_kin_then_pronoun)."""
    m = _CALLED_EN.fullmatch(text)
    if not m or animal(m) or _kin_then_pronoun(m):
        return None
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    return None if whom is None else f"Shipper gọi{' cho ' + whom if whom else ''} mà {who_vi(m)[0]} không nghe máy."


def _kin_then_pronoun(m: re.Match) -> bool:
    """Whether a match of _CALLED_EN calls kin and then says "he", "she" or "they" ("called my mother but she …"):
    Vietnamese does not speak of one's mother as "cô ấy", and "my father … she" may be someone else."""
    whom = (m["whom"] or "").lower().split()
    kin = len(whom) > 1 and whom[0] in WHOSE_VI  # ("my mother"; not "her", nor a name: "Lan … she" is said)
    return kin and (m["who"] or "").lower() in ("he", "she", "they")
