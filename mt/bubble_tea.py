"""Bubble tea ("trà sữa", here always "bubble tea", as mt/orders.py, drinks.py, addiction.py and favourites.py name it;
"milk tea" is read in English), both ways, written whole by rule: one ordered with toppings, a size, sugar and ice;
wanting or craving one; a bubble tea shop always busy; a new one opening. v8 (the rules on) reads "trân châu" as
Xinjiang, "đông" as large, "thèm" as getting, "quán" as a bar: "Tôi muốn uống trà sữa trân châu." → "I want to drink
milk tea Xinjiang.", "Cho tôi một ly trà sữa trân châu size L, 50% đường, không đá." → "Let me a cup of milk tea
appreciate L, 50% of sugar, no ice, please.", "Tôi thèm trà sữa quá." → "I'm getting milk tea too.", "Quán trà sữa này
lúc nào cũng đông." → "Too much this milk tea is always large.", "Gần nhà tôi mới mở một quán trà sữa." → "My home
opened a bar milk tea."; "I'd like a bubble tea with pearls." → "Tôi muốn uống trà quả bong bóng bằngearls.", "I'm
craving bubble tea." → "Tôi đang vặn trà bọt." (twisting), "This bubble tea shop is always busy." → "Cửa hàng trà bọt
này luôn bận rộn.", "The new bubble tea shop opens tomorrow." → "Cửa hàng trà bọt mới mở ngày mai.".

Taken: servings of bubble tea ("một ly", "hai cốc"; "a", "two") with a topping of _TOPPINGS (pearls, jelly, cheese
foam; "không topping"), a size (size M, L, cỡ vừa, lớn ↔ medium, large) or sugar or ice in per cent (50% đường ↔ half
sugar), with "ít", "không", "nhiều" sugar or ice besides: "Cho tôi (xin) …", "Cho chúng tôi …", "… được không?", "Tôi
muốn (uống) …", "Tôi lấy …" ↔ "…, please.", "I'd like …", "I'll have …", "Can I have …?"; who (mt.hobbies.WHO,
WHO_EN) wants bubble tea (said, asked: "Would you like some …?", denied bare) or is craving it (said, asked); a bubble
tea shop (this, that, whose, near a home, the school, the office) always or usually busy, packed, or with a queue,
asked ("à?", "có phải … không?"), or "không phải lúc nào cũng"; a new bubble tea shop just opened, opening soon or on a
day ahead, there near somewhere; the new shop opening on a day ahead or soon, opened, not yet, asked "chưa?". Left: a
serving (but "Tôi muốn …") with only "ít", "không", "nhiều" sugar or ice (mt/drinks.py's) or bare (mt/orders.py's, "I'd
like a bubble tea." mt/patterns.py's), "Would you like a bubble tea?" (mt/hosting.py's), who addicted, cutting down,
ordering it delivered or liking it best (mt/addiction.py, cutting_down.py, food_delivery.py, favourites.py), a shop
crowded today (mt/crowds.py), "Cho em …", "Cho anh …" (the speaker, or another?), "mình" as whose (mine, or ours?), "gần
đây" (nearby, or lately?), "thêm" (patterns'), flavours, "không thèm" (can't be bothered?), "muốn … lắm", "I", "we"
asked of themselves, "em" asking with "ạ" (the speaker), a topping said twice, pearl milk tea craved, "Quán trà sữa mới
khai trương." ("mới": new, or just?), "quán trà sữa" with no this or where (which, or all?), "thế", "vậy" said, a "?" on
a statement, and anything else. mt.phrasebook.translate tries these after mt/deworming.py.

    >>> translate("Tôi muốn uống trà sữa trân châu.", "vi", "en"), translate("I'm craving bubble tea.", "en", "vi")
    ("I'd like a bubble tea with pearls.", 'Tôi đang thèm trà sữa.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, em_speaking, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, be_said, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:trà\s+sữa)"), "en": lazy(r"(?i:bubble\s+tea|milk\s+tea)")}
# what goes in one (kind, English; the first Vietnamese of each English is written back)
_TOPPINGS = {"trân châu": "pearls", "trân châu đen": "black pearls", "trân châu trắng": "white pearls",
             "trân châu đường đen": "brown sugar pearls", "thạch": "jelly", "thạch dừa": "coconut jelly",
             "pudding": "pudding", "kem cheese": "cheese foam", "kem phô mai": "cheese foam",
             "không topping": "no toppings"}
_TOPPINGS_VI = {en: vi for vi, en in reversed(_TOPPINGS.items())} | {"tapioca pearls": "trân châu"}
_SIZES = {"size s": "small", "size m": "medium", "size l": "large", "cỡ nhỏ": "small", "cỡ vừa": "medium",
          "cỡ lớn": "large"}
_SIZES_VI = {"small": "size S", "medium": "size M", "large": "size L"}
_HOW_MUCH = {"không": "no", "ít": "less", "nhiều": "extra"}  # (as mt/drinks.py says them)
_HOW_MUCH_VI = {en: vi for vi, en in _HOW_MUCH.items()}
_ADDED = {"đường": "sugar", "đá": "ice"}
_ADDED_VI = {en: vi for vi, en in _ADDED.items()}
_PER_CENT = r"(?:0|10|20|25|30|40|50|60|70|75|80|90|100)\s*%"
_ITEM = (rf"(?i:{alternatives(_TOPPINGS)}|{alternatives(_SIZES)}|(?:{alternatives(_HOW_MUCH)}|{_PER_CENT})\s+"
         rf"(?:{alternatives(_ADDED)}))")
_ITEM_EN = (rf"(?i:{alternatives(_TOPPINGS_VI)}|(?:no|less|extra|half|{_PER_CENT})\s+(?:sugar|ice))")
_APART, _APART_EN = r"(?:\s*,\s*|\s+và\s+|\s+)", r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_ISNT, _ILL, _ID = "isn't", "I'll have", "I'd like"
_OWN = {"tôi": "my", "bạn": "your", "anh ấy": "his", "cô ấy": "her", "chúng tôi": "our", "họ": "their"}
_OWN_VI = {en: vi for vi, en in _OWN.items()}
_AHEAD = near_days("ngày mai", "ngày kia", "tuần sau", "tuần tới", "tháng sau", "tháng tới")
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}

# a serving ordered ("Cho tôi một ly trà sữa trân châu size L, 50% đường, không đá.", "Tôi muốn uống trà sữa.")
_N = rf"(?P<n>(?i:{alternatives(VI_TO_EN)}))"
_ORDER = lazy(rf"(?:(?P<give>[Cc]ho)\s+(?P<us>tôi|chúng\s+tôi)(?:\s+xin)?|(?P<i>[Tt]ôi)\s+(?P<verb>muốn(?:\s+uống)?|"
              rf"lấy|sẽ\s+lấy))\s+(?:{_N}\s+(?:ly|cốc)\s+)?trà\s+sữa(?P<items>(?:{_APART}{_ITEM})*)"
              r"(?P<can>\s+được\s+không)?(?:\s+(?P<please>nhé|nha|ạ))?\s*(?P<end>[.!?]*)")
# who wants or craves one ("Cô ấy muốn uống trà sữa thạch.", "Bạn có thèm trà sữa không?")
_WANT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<verb>muốn\s+uống|(?:đang\s+)?thèm(?:\s+uống)?)\s+"
             rf"trà\s+sữa(?P<items>(?:{_APART}{_ITEM})*)(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
# where ("gần nhà tôi", "gần trường", "đối diện công ty")
_NEAR = (r"(?P<near>(?i:gần|đối\s+diện))\s+(?:nhà\s+(?:của\s+)?(?P<home>"
         rf"{alternatives(_OWN)})|(?P<school>trường(?:\s+học)?)|(?P<office>công\s+ty)(?:\s+(?:của\s+)?"
         rf"(?P<office_own>{alternatives(_OWN)}))?)")
_SHOP = (rf"(?i:quán|cửa\s+hàng|tiệm)\s+trà\s+sữa(?:\s+(?P<this>này|đó|ấy|kia)|\s+của\s+(?P<owner>"
         rf"{alternatives(_OWN)})|\s+{_NEAR})")
_BUSY = lazy(rf"{_SHOP}\s+(?:(?P<ask>có\s+phải|có)\s+|(?P<not>không\s+phải)\s+)?(?P<often>lúc\s+nào\s+cũng|"
             r"luôn\s+luôn|luôn|thường)\s+(?:(?P<very>rất)\s+)?(?P<busy>đông(?:\s+(?:khách|người))?|chật\s+kín"
             r"(?:\s+(?:khách|người))?|phải\s+xếp\s+hàng(?P<long>\s+dài)?)(?:\s+(?P<much>lắm))?"
             rf"(?:\s+(?P<asked>không)|\s+(?P<a>à))?{SOFTENED_END}")
# a new one opening ("Gần nhà tôi mới mở một quán trà sữa.", "Tuần sau gần trường sẽ mở một quán trà sữa mới.")
_DAY = rf"(?P<day>(?i:{alternatives(_AHEAD)}))"
_OPENING = lazy(rf"(?:{_DAY}\s+)?{_NEAR}\s+(?P<when>vừa\s+mới|vừa|mới|sắp|sẽ)\s+mở\s+(?:một\s+)?(?:quán|cửa\s+hàng|"
                rf"tiệm)\s+trà\s+sữa(?P<new>\s+mới)?{SOFTENED_END}")
_A_NEW = r"(?:một\s+)?(?:quán|cửa\s+hàng|tiệm)\s+trà\s+sữa\s+mới(?:\s+mở)?"
_THERE = [lazy(rf"[Cc]ó\s+{_A_NEW}\s+{_NEAR}{SOFTENED_END}"), lazy(rf"{_NEAR}\s+có\s+{_A_NEW}{SOFTENED_END}")]
_NEW_SHOP = lazy(rf"(?:{_DAY}\s+)?(?i:quán|cửa\s+hàng|tiệm)\s+trà\s+sữa\s+mới(?:\s+{_NEAR})?\s+(?:(?P<aux>sắp|sẽ|đã|"
                 rf"chưa)\s+)?khai\s+trương(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... in English
_N_EN = rf"(?P<n>(?i:an?|{alternatives(EN_TO_VI)}))"
_TEA_EN = r"(?P<tea>(?i:(?P<pearl>pearl\s+)?milk|bubble)\s+tea(?P<many>s)?)"
_ORDER_EN = lazy(rf"(?:(?P<can>Can|Could|May)\s+(?P<qwho>I|we)\s+(?:have|get)\s+|(?P<who>I|We)(?:['’]d|\s+would)\s+"
                 rf"like\s+|(?P<who2>I|We)(?:['’]ll|\s+will)\s+have\s+)?{_N_EN}\s+(?:(?P<size>small|medium|large)\s+)?"
                 rf"{_TEA_EN}(?P<items>(?:\s+with\s+|\s*,\s*){_ITEM_EN}(?:{_APART_EN}{_ITEM_EN})*)?"
                 r"(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)")
_WANT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                rf"(?P<verb>wants?)\s+(?P<a>a|some|any)\s+{_TEA_EN}(?:\s+with\s+(?P<items>{_ITEM_EN}"
                rf"(?:{_APART_EN}{_ITEM_EN})*))?\s*(?P<end>[.!?]*)")
_CRAVE_EN = lazy(rf"(?:(?P<q>Am|Is|Are)\s+)?{WHO_EN}(?P<be>\s+(?:am|is|are)|['’](?:m|s|re))?\s+(?P<really>really\s+)?"
                 rf"craving\s+(?:a\s+)?{_TEA_EN}\s*(?P<end>[.!?]*)")
_NEAR_EN = (r"(?P<near>near|opposite)\s+(?:(?P<home>my|your|his|her|our|their)\s+(?:house|home)|the\s+"
            r"(?P<school>school)|(?:the|(?P<office_own>my|your|his|her|our|their))\s+(?P<office>office))")
_SHOP_EN = (rf"(?P<det>(?i:this|that|the|{WHOSE_WORDS}))\s+(?:bubble|milk)\s+tea\s+(?:shop|place|café|cafe)"
            rf"(?:\s+{_NEAR_EN})?")
_BUSY_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_SHOP_EN}(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+(?P<often>always|usually)\s+"
                r"(?:(?P<very>very|really)\s+)?(?P<busy>busy|crowded|packed)\s*(?P<end>[.!?]*)")
_QUEUE_EN = lazy(rf"(?:There(?:['’]s|\s+is)\s+(?P<often>always|usually)\s+a\s+(?P<long>long\s+)?(?:queue|line)|You\s+"
                 rf"(?P<often2>always|usually)\s+have\s+to\s+queue)\s+at\s+{_SHOP_EN}\s*(?P<end>[.!]*)")
_OPENING_EN = lazy(rf"A\s+new\s+(?:bubble|milk)\s+tea\s+shop\s+(?P<verb>has\s+(?P<just>just\s+)?opened|is\s+opening|"
                   rf"will\s+open)\s+{_NEAR_EN}(?:\s+(?P<soon>soon)|\s+(?P<day>{alternatives(_AHEAD_VI)}))?"
                   r"\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"There(?:['’]s|\s+is)\s+a\s+new\s+(?:bubble|milk)\s+tea\s+shop\s+{_NEAR_EN}\s*(?P<end>[.!?]*)")
_NEW_SHOP_EN = lazy(rf"(?:(?P<has>Has)\s+)?[Tt]he\s+new\s+(?:bubble|milk)\s+tea\s+shop(?:\s+{_NEAR_EN})?\s+"
                    r"(?P<verb>opens|is\s+opening|will\s+open|has\s+opened|hasn['’]t\s+opened|has\s+not\s+opened|"
                    rf"opened)(?:\s+(?P<soon>soon)|\s+(?P<day>{alternatives(_AHEAD_VI)})|\s+(?P<yet>yet))?"
                    r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that orders bubble tea, says who wants or craves it, that a bubble tea shop is
    always busy, or that a new one opens; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("… lúc nào cũng đông thế.": so busy, said more than English would)
        return _order(text) or _want(text) or _busy(text) or _opening(text) or _new_shop(text)
    return _order_vi(text) or _want_vi(text) or _busy_vi(text) or _opening_vi(text) or _new_shop_vi(text)


def _items(said: str, lang: str) -> tuple[list[str], str, bool] | None:
    """What goes in a serving, of a run of _ITEM (`lang` "vi") in English or of _ITEM_EN ("en") in Vietnamese, but
    the size; the size ("large", "size L"; "" for none); and whether anything is said that mt/drinks.py does not
    read (a topping, a size, a per cent). None where the size, the sugar, the ice or a topping is said twice ("kem
    cheese, kem phô mai"), or "no toppings" with a topping."""
    listed, size, kinds = [], "", []
    for part in (keyed(p) for p in re.findall(_ITEM if lang == "vi" else _ITEM_EN, said or "")):
        if part in (_SIZES if lang == "vi" else _SIZES_VI):
            kinds.append("size")
            size = _SIZES.get(part) or _SIZES_VI[part]
        elif part in (_TOPPINGS if lang == "vi" else _TOPPINGS_VI):
            listed.append(_TOPPINGS[part] if lang == "vi" else _TOPPINGS_VI[part])
            kinds.append("none" if part in ("no toppings", "không topping") else "topping")
        else:
            how, added = part.rsplit(" ", 1)
            kinds.append(_ADDED.get(added, added))
            if "%" in how or how == "half":
                n = how.replace(" ", "")
                listed.append(f"{'half' if n == '50%' else n} {_ADDED[added]}" if lang == "vi" else
                              f"{'50%' if n == 'half' else n} {_ADDED_VI[added]}")
            else:
                listed.append(f"{_HOW_MUCH[how]} {_ADDED[added]}" if lang == "vi" else
                              f"{_HOW_MUCH_VI[how]} {_ADDED_VI[added]}")
    if any(kinds.count(k) > 1 for k in ("size", "sugar", "ice", "none")) or "none" in kinds and "topping" in kinds \
            or kinds.count("topping") > 2 or len(set(listed)) < len(listed):
        return None
    return listed, size, bool(size) or any(k in ("topping", "none") for k in kinds) or any(
        x[0].isdigit() or x.startswith("half") for x in listed)


def _listed(said: list[str]) -> str:
    """Things listed as English lists them: "pearls", "pearls and less ice", "pearls, half sugar and no ice"."""
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"


def _serving(n: str, size: str, listed: list[str]) -> str:
    """Servings of bubble tea in English: "a large bubble tea with pearls and less ice", "two bubble teas"."""
    count = "a" if n in ("", "one") else n
    with_ = f" with {_listed(listed)}" if listed else ""
    return f"{count} {size + ' ' if size else ''}bubble tea{'s' * (count != 'a')}{with_}"


def _order(text: str) -> str | None:
    """"Cho tôi một ly trà sữa trân châu size L, 50% đường, không đá." as "A large bubble tea with pearls, half sugar
    and no ice, please.", "Cho tôi hai ly trà sữa thạch được không?" as "Can I have two bubble teas with jelly?",
    "Tôi muốn uống trà sữa trân châu." as "I'd like a bubble tea with pearls." (_ORDER); None for anything else, and
    a serving with nothing drinks or orders leave ("Cho tôi một ly trà sữa ít đường.": theirs)."""
    m = _ORDER.fullmatch(text)
    said = m and _items(m["items"], "vi")
    if not said or bool(m["can"]) != ("?" in m["end"]) or m["can"] and not m["give"] or not m["n"] and not (
            m["verb"] or "").startswith("muốn") or m["verb"] and m["please"] in ("nhé", "nha"):
        return None
    listed, size, new = said
    if not new and not (m["verb"] or "").startswith("muốn"):
        return None  # (mt/orders.py and mt/drinks.py take these)
    serving = _serving(VI_TO_EN.get(keyed(m["n"] or ""), ""), size, listed)
    we = keyed(m["us"] or "") == "chúng tôi"
    if m["can"]:
        return f"Can {'we' if we else 'I'} have {serving}?"
    if m["i"]:
        return f"{_ILL if 'lấy' in m['verb'] else _ID} {serving}."
    return capitalised(f"{serving}, please.")


def _want(text: str) -> str | None:
    """"Cô ấy muốn uống trà sữa thạch." as "She wants a bubble tea with jelly.", "Bạn có muốn uống trà sữa trân châu
    không?" as "Would you like some bubble tea with pearls?", "Tôi thèm trà sữa quá." as "I'm really craving bubble
    tea." (_WANT); None for anything else, "I" wanting said (_order's), and what the module leaves."""
    m = _WANT.fullmatch(text)
    items = m and _items(m["items"], "vi")
    asked = bool(m and m["asked"])
    if not items or items[1] or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or animal(m) or m["much"] and (
            asked or m["not"] or "muốn" in m["verb"]) or em_speaking(m) or (said := who(m, asked)) is None:
        return None
    if asked and said[0] in ("I", "we") or said[0] == "I" and not m["not"] and "muốn" in m["verb"]:
        return None  # ("I" wanting, said: _order's; "I", "we" asked of themselves: a slip?)
    (who_, one), listed = said, items[0]
    with_ = f" with {_listed(listed)}" if listed else ""
    if m["verb"].startswith("muốn"):
        if asked:
            return f"Would {who_} like some bubble tea{with_}?"
        if m["not"]:
            return None if listed else capitalised(f"{who_} {'doesn' if one else 'don'}'t want any bubble tea.")
        if one:
            return capitalised(f"{who_} wants a bubble tea{with_}.")
        return capitalised(f"{who_}'d like some bubble tea{with_}.") if who_ in ("we", "they") else None
    if m["not"] or listed:
        return None  # ("không thèm": not craving, or can't be bothered?)
    be_ = be(who_)
    if asked:
        return f"{be_.capitalize()} {who_} craving bubble tea?"
    return capitalised(contracted(who_, f"{be_} {'really ' * bool(m['much'])}craving bubble tea."))


def _near(m: re.Match) -> str:
    """Where of a match of _NEAR in English: "near my house", "near the school", "opposite your office"."""
    near = "near" if keyed(m["near"]) == "gần" else "opposite"
    if m["home"]:
        return f"{near} {_OWN[keyed(m['home'])]} house"
    if m["school"]:
        return f"{near} the school"
    return f"{near} {_OWN[keyed(m['office_own'])] if m['office_own'] else 'the'} office"


def _shop(m: re.Match) -> str:
    """The shop of a match of _SHOP in English: "this bubble tea shop", "her bubble tea shop", "the bubble tea shop
    near my house"."""
    if m["this"]:
        return f"{'this' if keyed(m['this']) == 'này' else 'that'} bubble tea shop"
    if m["owner"]:
        return f"{_OWN[keyed(m['owner'])]} bubble tea shop"
    return f"the bubble tea shop {_near(m)}"


def _busy(text: str) -> str | None:
    """"Quán trà sữa này lúc nào cũng đông." as "This bubble tea shop is always busy.", "Quán trà sữa gần trường có
    phải lúc nào cũng đông không?" as "Is the bubble tea shop near the school always busy?", "Quán trà sữa này lúc
    nào cũng phải xếp hàng." as "There's always a queue at this bubble tea shop." (_BUSY); None for anything else."""
    m = _BUSY.fullmatch(text)
    if not m:
        return None
    asked, always = bool(m["asked"] or m["a"]), keyed(m["often"]) != "thường"
    ask = keyed(m["ask"] or "")
    if asked != ("?" in m["end"]) or bool(m["asked"]) != bool(ask) or m["a"] and (ask or m["not"]) or \
            ask and (ask == "có phải") != always or m["not"] and not always or (m["very"] or m["much"]) and not (
            m["busy"].startswith("đông")) or m["very"] and m["much"]:
        return None
    shop, often = _shop(m), "always" if always else "usually"
    if m["busy"].startswith("phải"):
        queue = f"a {'long ' * bool(m['long'])}queue at {shop}"
        return (f"Is there {often} {queue}?" if asked else f"There isn't always {queue}." if m["not"] else
                f"There's {often} {queue}.")
    busy = f"{'very ' * bool(m['very'] or m['much'])}{'busy' if m['busy'].startswith('đông') else 'packed'}"
    if asked:
        return f"Is {shop} {often} {busy}?"
    return capitalised(f"{shop} {_ISNT if m['not'] else 'is'} {often} {busy}.")


def _opening(text: str) -> str | None:
    """"Gần nhà tôi mới mở một quán trà sữa." as "A new bubble tea shop has just opened near my house.", "Gần trường
    sắp mở một quán trà sữa mới." as "A new bubble tea shop is opening near the school soon.", "Có một quán trà sữa
    mới mở gần nhà tôi." as "There's a new bubble tea shop near my house." (_OPENING, _THERE); None for anything
    else, a day with "vừa", "mới", and a "?"."""
    m = _THERE[0].fullmatch(text) or _THERE[1].fullmatch(text)
    if m and "?" not in m["end"]:
        return f"There's a new bubble tea shop {_near(m)}."
    m = _OPENING.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    when, near = keyed(m["when"]), _near(m)
    if when in ("vừa", "mới", "vừa mới"):
        return None if m["day"] else f"A new bubble tea shop has just opened {near}."
    if m["day"]:
        return f"A new bubble tea shop is opening {near} {_AHEAD[keyed(m['day'])]}."
    return f"A new bubble tea shop {'is opening' if when == 'sắp' else 'will open'} {near}{' soon' * (when == 'sắp')}."


def _new_shop(text: str) -> str | None:
    """"Ngày mai quán trà sữa mới khai trương." as "The new bubble tea shop is opening tomorrow.", "Quán trà sữa mới
    khai trương chưa?" as "Has the new bubble tea shop opened yet?", "Quán trà sữa mới sắp khai trương." as "The new
    bubble tea shop is opening soon." (_NEW_SHOP); None for anything else, and "mới khai trương" bare (new, or
    just?)."""
    m = _NEW_SHOP.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]):
        return None
    aux, shop = keyed(m["aux"] or ""), f"the new bubble tea shop{' ' + _near(m) if m['near'] else ''}"
    if m["day"]:
        ok = aux in ("", "sẽ") and not (m["done"] or m["yet"])
        return capitalised(f"{shop} is opening {_AHEAD[keyed(m['day'])]}.") if ok else None
    if m["yet"]:
        return f"Has {shop} opened yet?" if aux in ("", "đã") else None
    if m["done"] or aux == "đã":
        return capitalised(f"{shop} has opened.") if aux == "đã" else None
    shapes = {"sắp": "{} is opening soon.", "chưa": "{} hasn't opened yet."}
    return capitalised(shapes[aux].format(shop)) if aux in shapes else None


def _order_vi(text: str) -> str | None:
    """"A large bubble tea with pearls, half sugar and no ice, please." as "Cho tôi một ly trà sữa trân châu size L,
    50% đường, không đá.", "Can I have two bubble teas with jelly?" as "Cho tôi hai ly trà sữa thạch được không?",
    "I'd like a pearl milk tea." as "Cho tôi một ly trà sữa trân châu." (_ORDER_EN); None for anything else, a count
    or "please" that does not agree, and a serving mt/drinks.py or mt/orders.py reads."""
    m = _ORDER_EN.fullmatch(text)
    said = m and _items(m["items"] or "", "en")
    n = keyed(m["n"]) if m else ""
    if not said or bool(m["can"]) != ("?" in m["end"]) or (n in ("a", "one")) == bool(m["many"]) or n == "an" or (
            not (m["can"] or m["who"] or m["who2"] or m["please"])):
        return None
    if not (said[2] or m["size"] or m["pearl"]) or m["pearl"] and any(not x.endswith(("đường", "đá")) for x in said[0]):
        return None  # (mt/drinks.py and mt/orders.py take the first; a pearl milk tea with a topping: which?)
    tea = _tea_vi(said[0], ["trân châu"] * bool(m["pearl"]), _SIZES_VI.get(keyed(m["size"] or ""), ""))
    serving = f"{'một' if n in ('a', 'one') else EN_TO_VI[n]} ly {tea}"
    we = keyed(m["qwho"] or m["who"] or m["who2"] or "") == "we"
    return f"Cho {'chúng tôi' if we else 'tôi'} {serving}{' được không?' if m['can'] else '.'}"


def _tea_vi(listed: list[str], toppings: list[str], size: str) -> str:
    """Bubble tea in Vietnamese with what goes in it (`listed`, of _items, and `toppings` besides) and a size: "trà
    sữa trân châu size L, 50% đường, không đá", "trà sữa ít đường, ít đá" (as mt/drinks.py writes it)."""
    toppings = toppings + [x for x in listed if not x.endswith(("đường", "đá"))]
    tea = " ".join(filter(None, ("trà sữa", " và ".join(toppings), size)))
    rest = ", ".join(x for x in listed if x.endswith(("đường", "đá")))
    return f"{tea}{', ' if tea != 'trà sữa' else ' '}{rest}" if rest else tea


def _want_vi(text: str) -> str | None:
    """"She wants a bubble tea with jelly." as "Cô ấy muốn uống một ly trà sữa thạch.", "My sister doesn't want any
    bubble tea." as "Em gái tôi không muốn uống trà sữa." (_WANT_EN); "I'm craving bubble tea." as "Tôi đang thèm trà
    sữa.", "Are you really craving bubble tea?" … (_CRAVE_EN); None for anything else, a verb that does not agree,
    and sizes (an order: "I'd like …")."""
    if m := _CRAVE_EN.fullmatch(text):
        who_, _ = who_vi(m)
        be_ = be_said(m["q"] or m["be"] or "")
        en = m["who"].lower() if m["who"] else "he"
        if be_ != be({"i": "I"}.get(en, en)) or bool(m["q"]) != ("?" in m["end"]) or m["many"] or animal(m) or (
                bool(m["q"]) == bool(m["be"])) or m["q"] and en in ("i", "we") or m["pearl"]:
            return None
        if m["q"]:
            return None if m["really"] else capitalised(f"{who_} có đang thèm trà sữa không?")
        return capitalised(f"{who_} thèm trà sữa quá." if m["really"] else f"{who_} đang thèm trà sữa.")
    m = _WANT_EN.fullmatch(text)
    said = m and _items(m["items"] or "", "en")
    if not said or said[1] or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or animal(m):
        return None
    who_, one = who_vi(m)
    does = (m["do"] or m["not"] or "").lower()
    a, listed = m["a"].lower(), said[0]
    if (m["verb"] == "wants") != (one and not does) or does and does.startswith("does") != one or a == "any" and not (
            m["not"] or m["do"]) or m["not"] and (a != "any" or listed) or a == "a" and m["many"] or m["pearl"] or (
            m["do"] and who_ in ("tôi", "chúng tôi")):
        return None
    what = f"{'một ly ' if a == 'a' else ''}{_tea_vi(listed, [], '')}"
    if m["do"]:
        return capitalised(f"{who_} có muốn uống {what} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}muốn uống {what}.")


def _near_vi(m: re.Match) -> str:
    """Where of a match of _NEAR_EN in Vietnamese: "gần nhà tôi", "gần trường", "đối diện công ty bạn"."""
    near = "gần" if m["near"] == "near" else "đối diện"
    if m["home"]:
        return f"{near} nhà {_OWN_VI[m['home']]}"
    if m["school"]:
        return f"{near} trường"
    return f"{near} công ty{' ' + _OWN_VI[m['office_own']] if m['office_own'] else ''}"


def _busy_vi(text: str) -> str | None:
    """"This bubble tea shop is always busy." as "Quán trà sữa này lúc nào cũng đông.", "Is the bubble tea shop near
    the school usually busy?" as "Quán trà sữa gần trường có thường đông không?", "There's always a queue at this
    bubble tea shop." as "Quán trà sữa này lúc nào cũng phải xếp hàng." (_BUSY_EN, _QUEUE_EN); None for anything
    else, "the" shop with no where, "this" shop with one, and "isn't usually"."""
    m = _BUSY_EN.fullmatch(text) or _QUEUE_EN.fullmatch(text)
    if not m or m.re == _BUSY_EN and (bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"])):
        return None
    det = m["det"].lower()
    if (det == "the") != bool(m["near"]):
        return None
    shop = "quán trà sữa " + ({"this": "này", "that": "đó", "the": _near_vi(m)}.get(det) or f"của {_OWN_VI[det]}")
    if m.re == _QUEUE_EN:
        often = m["often"] or m["often2"]
        line = f"phải xếp hàng{' dài' * bool(m['long'])}"
        return capitalised(f"{shop} {'lúc nào cũng' if often == 'always' else 'thường'} {line}.")
    not_ = "not" in (m["be"] or "") or "n't" in (m["be"] or "").replace("’", "'")
    always, packed = m["often"] == "always", m["busy"] == "packed"
    if not_ and not always or packed and m["very"]:
        return None
    busy = "chật kín người" if packed else f"{'rất ' * bool(m['very'])}đông"
    if m["q"]:
        return capitalised(f"{shop} có {'phải lúc nào cũng' if always else 'thường'} {busy} không?")
    often = "không phải lúc nào cũng" if not_ else "lúc nào cũng" if always else "thường"
    return capitalised(f"{shop} {often} {busy}.")


def _opening_vi(text: str) -> str | None:
    """"A new bubble tea shop has just opened near my house." as "Gần nhà tôi vừa mở một quán trà sữa mới.", "A new
    bubble tea shop is opening near the school next week." as "Tuần sau gần trường sẽ mở một quán trà sữa mới.",
    "There's a new bubble tea shop near my office." as "Gần công ty tôi có một quán trà sữa mới." (_OPENING_EN,
    _THERE_EN); None for anything else, and "is opening" with no day or "soon" (now?)."""
    if (m := _THERE_EN.fullmatch(text)) and "?" not in m["end"]:
        return capitalised(f"{_near_vi(m)} có một quán trà sữa mới.")
    m = _OPENING_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    verb, near = " ".join(m["verb"].split()), _near_vi(m)
    if verb.startswith("has"):
        said = None if m["soon"] or m["day"] else "vừa mở" if m["just"] else "mới mở"
        return said and capitalised(f"{near} {said} một quán trà sữa{' mới' * bool(m['just'])}.")
    if not (m["day"] or m["soon"] or verb == "will open"):
        return None  # ("is opening" alone: now?)
    when = f"{_AHEAD_VI[keyed(m['day'])]} {near} sẽ" if m["day"] else f"{near} {'sắp' if m['soon'] else 'sẽ'}"
    return capitalised(f"{when} mở một quán trà sữa mới.")


def _new_shop_vi(text: str) -> str | None:
    """"The new bubble tea shop opens tomorrow." as "Ngày mai quán trà sữa mới khai trương.", "Has the new bubble tea
    shop opened yet?" as "Quán trà sữa mới đã khai trương chưa?", "The new bubble tea shop hasn't opened yet." as
    "Quán trà sữa mới chưa khai trương." (_NEW_SHOP_EN); None for anything else, "opened" (when?), and a tense not
    agreeing with the day or "yet"."""
    m = _NEW_SHOP_EN.fullmatch(text)
    if not m or bool(m["has"]) != ("?" in m["end"]):
        return None
    verb = " ".join(m["verb"].replace("’", "'").split())
    shop = f"quán trà sữa mới{' ' + _near_vi(m) if m['near'] else ''}"
    if m["has"]:
        return f"{capitalised(shop)} đã khai trương chưa?" if verb == "opened" and m["yet"] else None
    if verb in ("opens", "is opening", "will open") and (m["day"] or m["soon"]):
        return (f"{_AHEAD_VI[keyed(m['day'])].capitalize()} {shop} khai trương." if m["day"] else
                capitalised(f"{shop} sắp khai trương."))
    if verb == "has opened" and not (m["day"] or m["soon"] or m["yet"]):
        return capitalised(f"{shop} đã khai trương rồi.")
    if verb in ("hasn't opened", "has not opened") and m["yet"]:
        return capitalised(f"{shop} chưa khai trương.")
    return None
