"""Ordering food and drink at a café or restaurant, both ways, written whole by rule. v8 reads "Cho tôi" as "let me"
or "give me", "gọi" as "order" in the present, "I'll have" as "Tôi sẽ có" and "get" as "nhận được": "Cho tôi một
ly cà phê sữa đá." → "Let me a cup of iced milk coffee.", "Cho tôi một tô phở bò." → "Let me a bowl of beef pho.",
"Cho tôi một phần bún chả." → "Give me a part bun cha.", "Cho tôi một ly sinh tố." → "Give me a glass of bilirubin.",
"Tôi gọi một ly nước cam." → "I order a glass of orange juice.", "Cho tôi một ly cà phê sữa đá được không?" → "Can I
a cup of iced milk coffee?"; "Can I get an iced coffee?" → "Có thể nhận được cà phê đá không?", "I'll have a glass
of orange juice." → "Tôi sẽ có một ly nước cam ép.", "I'll have a smoothie." → "Tôi sẽ có một con mịn.", "I'll have a
can of beer." → "Tôi sẽ có bộ bia một lon.", "An iced coffee with milk, please." → "Một số cà phê đá bằng sữa, vui
lòng.".

Taken: one or more servings ("một ly cà phê sữa đá", "hai tô phở bò và một chai bia"; "an iced coffee", "two bowls of
pho") of the drinks and dishes of ORDERED (mt/patterns.py's, and a few more), each counted in a container it comes in
(ly, cốc, tách, chai, lon, tô, bát, đĩa, phần, suất; a drink English counts alone, "một cà phê sữa đá", without one):
asked for with "Cho tôi …" ("Cho chúng tôi …", "Cho tôi xin …", "Làm ơn cho tôi …", "Vui lòng cho tôi …"), asked whether
("… được không?", "Có thể cho tôi … không?"), ordered by the speaker ("Tôi sẽ gọi …", "Chúng tôi lấy …", "Tôi muốn gọi
…", "Tôi muốn …"); in English "…, please.", "I'll have …" (who as in mt/hobbies.py: "My wife will have …"), "I'd like
…", "I'd like to order …", "Can I have …?", "Could we get …?". Left: "thêm", "nữa", "another", "more" (mt/patterns.py
takes them, as it takes "Can I have …", "I'd like …" and "…, please" of its own things first), "Cho tôi xem thực đơn."
(the phrasebook's), "Bạn cho tôi …", "Chị có thể cho tôi … không?" (a request of someone: mt.phrasebook.addressed), "Tôi
gọi …" alone (ordering now, or told of?), "Cho em …", "Cho anh …" (the speaker, or someone else), what is ordered for
whom in Vietnamese ("Cho mẹ tôi …"), "Mình gọi … nhé" (may be "let's order"), a drink's sugar or ice ("ít đường", "không
đá"), "some", "the pho", a dish without its bowl or plate, anything not of ORDERED, and English that does not agree
("two beer", "a orange juice"). mt.phrasebook.translate tries these after mt/bills.py.

    >>> translate("Cho tôi một ly cà phê sữa đá.", "vi", "en"), translate("I'll have two beers.", "en", "vi")
    ('An iced milk coffee, please.', 'Cho tôi hai chai bia.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import WHO_EN, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, EN_TO_VI, VI_TO_EN
from .patterns import SERVED
from .text import alternatives, capitalised, keyed, regular_plural

# each drink or dish in English: the containers Vietnamese serves it in (the first written back), and what English
# calls a "ly" of it ("": the drink counted alone, "an iced tea"; None: a dish, never in a "ly")
_KEPT = {"coffee": ("ly cốc tách", ""), "black coffee": ("ly cốc tách", ""), "milk coffee": ("ly cốc tách", ""),
         "iced coffee": ("ly cốc", ""), "iced milk coffee": ("ly cốc", ""), "iced black coffee": ("ly cốc", ""),
         "tea": ("ly cốc tách", "cup"), "green tea": ("ly cốc tách", "cup"), "iced tea": ("ly cốc", "cup"),
         "bubble tea": ("ly cốc", ""), "smoothie": ("ly cốc", ""), "avocado smoothie": ("ly cốc", ""),
         "mango smoothie": ("ly cốc", ""), "orange juice": ("ly cốc chai", "glass"),
         "sugarcane juice": ("ly cốc", "glass"),
         "water": ("chai ly cốc", "glass"), "mineral water": ("chai", "glass"), "milk": ("ly cốc", "glass"),
         "beer": ("chai lon ly cốc", "glass"), "wine": ("ly chai", "glass"), "red wine": ("ly chai", "glass"),
         "white wine": ("ly chai", "glass"), "Coke": ("lon chai ly cốc", "glass"), "pho": ("bát tô", None),
         "beef pho": ("bát tô", None), "chicken pho": ("bát tô", None), "fried rice": ("đĩa phần suất", None),
         "broken rice": ("đĩa phần suất", None), "bun cha": ("phần suất", None)}
# ("a beer", "two Cokes", "an orange juice")
_ALONE = {en for en, (_, glass) in _KEPT.items() if glass == ""} | {"beer", "Coke", "orange juice", "iced tea"}
# what is ordered: mt/patterns.py's food and drink ("Cho tôi thêm …"), and a few more
ORDERED = {vi: en for vi, en in SERVED.items() if en in _KEPT} | {
    "cà phê đá": "iced coffee", "cà phê đen đá": "iced black coffee", "trà xanh": "green tea", "sinh tố bơ":
    "avocado smoothie", "sinh tố xoài": "mango smoothie", "cơm tấm": "broken rice", "nước khoáng": "mineral water",
    "rượu vang đỏ": "red wine", "rượu vang trắng": "white wine", "coca": "Coke"}
ORDERED_VI = {en.lower(): vi for vi, en in reversed(ORDERED.items())} | {
    "iced coffee with milk": "cà phê sữa đá", "coffee with milk": "cà phê sữa", "milk tea": "trà sữa", "coca-cola":
    "coca"} | {vi: vi for vi in ("phở", "phở bò", "phở gà", "bún chả")}  # (as mt/names.py keeps them in English)
# the containers, in English, and back (a "cup" is a "tách" where the drink comes in one)
_HELD = {"ly": "glass", "cốc": "glass", "tách": "cup", "chai": "bottle", "lon": "can", "tô": "bowl", "bát": "bowl",
         "đĩa": "plate", "phần": "portion", "suất": "portion"}
_HELD_VI = {"glass": "ly", "cup": "ly", "bottle": "chai", "can": "lon", "bowl": "bát", "plate": "đĩa",
            "portion": "phần", "serving": "phần"}
_KEYS = {"vi": lazy(rf"(?i:{alternatives(ORDERED)})"), "en": lazy(rf"(?i:{alternatives(ORDERED_VI)})")}
_ASKING = lazy(r"(?i:(?<!\w)(?:cho|gọi|lấy|muốn)(?!\w))")  # ("nước" alone is in every other sentence)

# one serving ("một ly cà phê sữa đá", "hai tô phở bò", "một cà phê"), and several ("…, … và …")
_ITEM = lazy(rf"(?P<n>(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)|[1-9]|10)\s+"
             rf"(?:(?P<held>(?i:{alternatives(_HELD)}))\s+)?(?P<thing>(?i:{alternatives(ORDERED)}))")
_AND = lazy(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_ITEMS = r"(?P<items>[^.!?]+?)"
# asked for ("Cho tôi …", "Làm ơn cho tôi xin …", "Vui lòng cho tôi …", "Bạn có thể cho tôi … không?")
# (not "Bạn cho tôi …", "Chị có thể cho tôi … không?": asked of someone, a request, as mt.phrasebook.addressed has it)
_GIVE = lazy(r"(?:(?i:làm\s+ơn|vui\s+lòng|xin)\s+)?(?:(?P<can>có\s+thể)\s+)?"
             rf"(?i:cho)\s+(?P<me>tôi|mình|chúng\s+tôi|chúng\s+mình)\s+(?:xin\s+)?{_ITEMS}(?:\s+(?:nhé|nha|với))?"
             r"(?P<asked>(?:\s+được)?\s+không)?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# ... ordered by the speaker ("Tôi gọi …", "Chúng tôi sẽ lấy …", "Tôi muốn gọi …", "Tôi muốn …"; not "Mình gọi … nhé",
# which may be "let's order")
_ORDER = lazy(r"(?P<me>(?i:tôi|chúng\s+tôi))\s+(?:(?P<want>muốn)\s+)?(?:(?P<will>sẽ)\s+)?"
              rf"(?:(?P<verb>gọi|lấy)\s+)?{_ITEMS}(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)")
_WE = {"chúng tôi", "chúng mình"}

# ... and in English ("an iced coffee", "two bowls of beef pho", "a glass of orange juice")
_ITEM_EN = lazy(rf"(?P<n>an?|one|{'|'.join(EN_NUMBER_WORDS[2:11])}|[1-9]|10)\s+"
                rf"(?:(?P<held>{alternatives(_HELD_VI)})(?P<heldS>e?s)?\s+of\s+)?"
                rf"(?P<thing>{alternatives(ORDERED_VI)})(?P<s>s)?", re.IGNORECASE)
_AND_EN = lazy(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_PLEASE = r"(?:,?\s+please)?"
_SAID_EN = {"please": lazy(rf"{_ITEMS},?\s+please\s*[.!]*"),
            "have": lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+have\s+{_ITEMS}{_PLEASE}\s*[.!]*"),
            "like": lazy(rf"{WHO_EN}(?:['’]d|\s+would)\s+like\s+(?P<order>to\s+order\s+)?{_ITEMS}{_PLEASE}"
                         r"\s*[.!]*"),
            "can": lazy(rf"(?:Can|Could|May)\s+(?P<we>I|we)\s+(?:please\s+)?(?:have|get)\s+{_ITEMS}{_PLEASE}"
                        r"\s*\?+")}


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that orders food or drink of ORDERED, or asks for it; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or src == "vi" and not _ASKING.search(text) or \
            not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _given(text) or _ordered(text)
    return _ordered_vi(text)


def _items(said: str, lang: str) -> str | None:
    """The servings of a list ("một ly cà phê và hai chai bia"; "a coffee and two beers") in the other language,
    joined as it joins them ("an iced milk coffee and two bottles of beer"); None where any one is not a serving
    taken."""
    parts = (_AND if lang == "vi" else _AND_EN).split(said)
    done = [_item_en(m) if lang == "vi" else _item_vi(m) for p in parts
            if (m := (_ITEM if lang == "vi" else _ITEM_EN).fullmatch(p))]
    if len(done) != len(parts) or None in done:
        return None
    joins = ("and", "và")[lang == "en"]
    return done[0] if len(done) == 1 else f"{', '.join(done[:-1])} {joins} {done[-1]}"


def _item_en(m: re.Match) -> str | None:
    """A serving in English: "một ly cà phê sữa đá" as "an iced milk coffee", "hai tô phở bò" as "two bowls of beef
    pho", "một ly trà" as "a cup of tea", "một chai bia" as "a bottle of beer"; None for a container the thing does
    not come in ("một tô bia"), or none where English does not count it alone ("một phở")."""
    thing = ORDERED[keyed(m["thing"])]
    kept, glass = _KEPT[thing]
    held = keyed(m["held"] or "")
    if held and held not in kept.split() or not held and thing not in _ALONE:
        return None
    said = glass if held in ("ly", "cốc") else _HELD.get(held, "")
    n = keyed(m["n"])
    count = EN_NUMBER_WORDS[int(n)] if n.isdigit() else VI_TO_EN[n]
    word = said or thing
    if count == "one":
        return f"{a_or_an(word)} {word}{f' of {thing}' * bool(said)}"
    return f"{count} {regular_plural(word)}{f' of {thing}' * bool(said)}"


def _given(text: str) -> str | None:
    """"Cho tôi một ly cà phê sữa đá." as "An iced milk coffee, please.", "Cho chúng tôi hai tô phở bò được không?" as
    "Can we have two bowls of beef pho?", "Có thể cho tôi một ly nước cam không?" as "Could I have a glass of
    orange juice?" (_GIVE); None for anything else."""
    m = _GIVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["can"] and not asked or not (items := _items(m["items"], "vi")):
        return None
    if asked:
        return f"{'Could' if m['can'] else 'Can'} {'we' if keyed(m['me']) in _WE else 'I'} have {items}?"
    return capitalised(f"{items}, please{'!' if '!' in m['end'] else '.'}")


def _ordered(text: str) -> str | None:
    """"Tôi sẽ gọi một ly nước cam." as "I'll have a glass of orange juice.", "Tôi muốn gọi một tô phở bò." as "I'd
    like to order a bowl of beef pho.", "Chúng tôi lấy hai ly trà đá." as "We'll have two cups of iced tea.", "Tôi
    muốn một chai bia." as "I'd like a bottle of beer." (_ORDER); None for anything else, and for "Tôi muốn sẽ …"."""
    m = _ORDER.fullmatch(text)
    if not m or not (m["want"] or m["verb"]) or m["want"] and m["will"] or not (items := _items(m["items"], "vi")):
        return None
    if m["verb"] == "gọi" and not (m["want"] or m["will"]):
        return None  # ("Tôi gọi hai bát phở.": ordering now, or told of? mt.terms._ordered has the model say "order")
    me = "We" if keyed(m["me"]) in _WE else "I"
    if not m["want"]:
        return f"{me}'ll have {items}."
    return f"{me}'d like {'to order ' * (m['verb'] == 'gọi')}{items}."


def _item_vi(m: re.Match) -> str | None:
    """A serving in Vietnamese: "an iced coffee" as "một ly cà phê đá", "two beers" as "hai chai bia", "a bowl of
    pho" as "một bát phở", "a cup of tea" as "một tách trà"; None where "a" or "an", the count and the plural do not
    agree ("a orange juice", "two beer", "a coffees"), or for a container the thing does not come in."""
    vi = ORDERED_VI[keyed(m["thing"])]
    thing = ORDERED[vi]
    kept = _KEPT[thing][0].split()
    n, held = keyed(m["n"]), keyed(m["held"] or "")
    one = n in ("a", "an", "one", "1")
    first = held or keyed(m["thing"])
    if n in ("a", "an") and n != a_or_an(first) or bool(m["s"]) == one and not held or held and (
            m["s"] or bool(m["heldS"]) == one) or not held and thing not in _ALONE:
        return None
    said = "tách" if held == "cup" and "tách" in kept else _HELD_VI[held] if held else kept[0]
    if said not in kept:
        return None
    count = "một" if one else EN_TO_VI.get(n, n)
    return f"{count} {said} {vi}"


def _ordered_vi(text: str) -> str | None:
    """"Two beers, please." as "Cho tôi hai chai bia.", "I'll have a glass of orange juice." as "Cho tôi một ly nước
    cam.", "My wife will have a cup of tea." as "Cho vợ tôi một tách trà.", "I'd like to order a bowl of pho." as "Tôi
    muốn gọi một bát phở.", "Can I get an iced coffee?" as "Cho tôi một ly cà phê đá được không?" (_SAID_EN); None for
    anything else, and for "you"."""
    return next((said for how, p in _SAID_EN.items() if (m := p.fullmatch(text)) and (said := _said_vi(how, m))), None)


def _said_vi(how: str, m: re.Match) -> str | None:
    """What a match of _SAID_EN (`how` it is said) says in Vietnamese; None where a serving is not taken."""
    if not (items := _items(m["items"], "en")):
        return None
    if how == "please":
        return f"Cho tôi {items}."
    if how == "can":
        return f"Cho {'chúng tôi' if m['we'] == 'we' else 'tôi'} {items} được không?"
    if m["who"] and m["who"].lower() == "you":
        return None
    whom = who_vi(m)[0]
    return capitalised(f"{whom} muốn gọi {items}.") if how == "like" and m["order"] else f"Cho {whom} {items}."
