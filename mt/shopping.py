"""Going shopping and the everyday things of it, both ways, written whole by rule: going to the supermarket, the market
or the mall to buy food or things, going shopping, what someone bought, the shopping list, a bag, a receipt asked
for and the checkout. v8 with every other rule reads "đi" as walking or moving, "mua đồ" as buying a hill, a chart or
an umbrella, and "danh sách mua sắm" as "a list of shopping": "Tôi đi siêu thị mua đồ." → "I walked to the
supermarket to buy a hill.", "Tôi đang đi siêu thị." → "I'm moving to the supermarket.", "Tôi đi siêu thị mua sữa."
→ "I went to the supermarket bought milk.", "Mẹ tôi đi chợ mua rau." → "My mother went out to the market.", "Tôi ra
chợ mua đồ." → "I came out the market bought my umbrella.", "Tôi vừa đi siêu thị về." → "I just went supermarket.",
"Bạn mua gì vậy?" → "What do you buy?", "Anh ấy mua gì?" → "What's he bought?", "Tôi quên danh sách mua sắm rồi." →
"I forgot to buy a list of shopping.", "Bạn có mang túi không?" → "Do you carry bags?", "Cho tôi một cái túi." →
"Let me a bag.", "Bạn có cần hóa đơn không?" → "Do you need to bill?", "Quầy thanh toán ở đâu?" → "Where is the
settlement?"; "I'm going to the market to buy some fish." → "Tôi sẽ chợ mua một số cá.", "I'm going to the
supermarket to do some shopping." → "Tôi sẽ siêu thị để làm một số việc mua sắm.", "Are you going to the
supermarket?" → "Bạn sẽ đến siêu thị không?", "I've just got back from the supermarket." → "Tôi vừa quay lại từ
siêu thị.", "Can I have a plastic bag?" → "Tôi có thể có một túi nhựa không?", "I brought my own bag." → "Tôi mang
va-li riêng của mình." (a suitcase), "Can I have a receipt, please?" → "Cho tôi có thể có hóa đơn không?", "Where is
the checkout?" → "Bộ kiểm tra ở đâu?".

Taken: who (mt.hobbies.WHO, WHO_EN) going ("đi", "ra") to one of PLACES, to buy one of BOUGHT (mt.supplies' STOCK,
and food) or things ("mua đồ": "to do some shopping"), or going shopping ("đi mua sắm", "đi mua đồ"); the tense as
mt/haircuts.py reads it ("đi" alone and "sẽ" are going now or soon, "đang" going, "đã" or a day behind went, "vừa",
"mới" just been, "… về" just got back, "… rồi" has gone, "… đây" off to, "… à?" asked whether going) with the day
mt.free_time.when reads; what someone bought, asked ("Bạn mua gì vậy?", "What did she buy?"); the shopping list
forgotten, brought, made or where it is; a bag or a receipt needed, asked for or brought ("Cho tôi xin một cái
túi."); swiping a card ("Có quẹt thẻ được không?") and the checkout. Left: "đi chợ" with nothing bought (a chore:
mt/chores.py), "Bạn có đi siêu thị không?" (now, or a habit?), "I'm going shopping." and anything v8 already says
right of going shopping in English, "anh", "chị", "em" alone saying it or asking "mua gì" (a shopkeeper's "What would
you like?"), needing or having to buy things (mt/supplies.py, and v8 is right), paying in cash or by card and cards
taken (mt/transfers.py and the phrasebook's), "Cho tôi xin hóa đơn." (the phrasebook's: the bill), the receipt kept
or lost and taking things back (mt/returns.py), a size (mt/sizes.py), what things cost (the phrasebook's), presents
(mt/gifts.py).
mt.phrasebook.translate tries these after mt/outfits.py.

    >>> translate("Tôi đi siêu thị mua đồ.", "vi", "en"), translate("What did you buy?", "en", "vi")
    ("I'm going to the supermarket to do some shopping.", 'Bạn đã mua gì?')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .supplies import STOCK, STOCK_VI
from .tense import BEHIND
from .text import (
    BE_EN,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:siêu\s+thị|chợ|thương\s+mại|mua|túi|hóa\s+đơn|thẻ|thanh\s+toán)"),
         "en": lazy(r"(?i:supermarket|market|mall|shopping|bought|buy|bag|receipt|checkout)")}

PLACES = {"siêu thị": "the supermarket", "chợ": "the market", "trung tâm thương mại": "the mall"}
PLACES_VI = {en: vi for vi, en in PLACES.items()} | {"the shopping centre": "trung tâm thương mại",
                                                     "the shopping center": "trung tâm thương mại",
                                                     "the shopping mall": "trung tâm thương mại"}
# what one goes out to buy ("cơm" is a meal bought, petrol and gas are not got at the shops)
BOUGHT = {vi: en for vi, en in STOCK.items() if vi not in ("cơm", "ga", "xăng")} | {
    "đồ ăn": "food", "thức ăn": "food", "thực phẩm": "food"}
BOUGHT_VI = {en: vi for en, vi in STOCK_VI.items() if vi in BOUGHT} | {"food": "đồ ăn", "groceries": "đồ ăn"}
# a bag, a receipt; the shopping list
_THINGS = {"túi": "a bag", "túi ni lông": "a plastic bag", "túi nilon": "a plastic bag", "hóa đơn": "a receipt"}
_THINGS_VI = {en: vi for vi, en in reversed(_THINGS.items())} | {"bags": "túi", "plastic bags": "túi ni lông"}
_LIST = r"(?i:danh)\s+sách\s+(?:mua\s+sắm|đồ\s+cần\s+mua|đi\s+chợ|mua\s+đồ)"

# who goes to a place to buy something, or goes shopping ("Tôi đi siêu thị mua đồ.", "Mẹ tôi vừa đi chợ về.")
_BUY = (rf"\s+mua\s+(?:(?P<stuff>đồ|sắm)|(?:(?:một\s+)?ít\s+)?(?P<thing>{alternatives(BOUGHT)}))")
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đang|sẽ|đã|vừa\s+mới|vừa|mới)\s+)?(?P<go>đi|ra)\s+"
              rf"(?:(?P<place>{alternatives(PLACES)})(?:{_BUY})?|(?P<shop>mua\s+(?:sắm|đồ))"
              rf"(?:\s+(?:ở|tại)\s+(?P<at>{alternatives(PLACES)}))?)(?:\s+(?P<back>về))?"
              rf"{DAY_AFTER}(?:\s+(?P<tail>rồi|đây|à))?{SOFTENER}\s*(?P<end>[.!?]*)")
# what someone bought ("Bạn mua gì vậy?", "Anh ấy vừa mua gì ở chợ thế?")
_WHAT = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?mua\s+(?:những\s+)?gì"
             rf"(?:\s+(?:ở|tại)\s+(?P<place>{alternatives(PLACES)}))?(?:\s+(?:đấy|thế|vậy|ạ))?\s*\?+")
# a bag or a receipt needed, asked for, a bag or the list brought or forgotten, the list made or where it is
_NEED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?cần\s+(?P<what>{alternatives(_THINGS)})(?:\s+(?P<q>không))?"
             rf"{SOFTENER}\s*(?P<end>[.!?]*)")
_GIVE = lazy(r"(?:(?i:làm\s+ơn)\s+)?[Cc]ho\s+(?P<me>tôi|chúng\s+tôi)\s+(?:xin\s+)?(?P<n>một|hai|ba)\s+(?:cái\s+)?"
             r"(?P<what>túi(?:\s+ni\s+lông|\s+nilon)?)(?:\s+(?P<q>nhé|được\s+không|với))?(?:\s+ạ)?\s*[.!?]*")
_BRING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<forgot>(?:đã\s+)?quên)\s+)?(?P<bring>mang\s+)?"
              rf"(?:(?P<bag>túi)(?:\s+(?P<own>riêng))?|(?P<list>{_LIST}))(?:\s+(?P<tail>không|rồi))?"
              rf"{SOFTENER}\s*(?P<end>[.!?]*)")
_MADE = lazy(rf"{WHO}\s+(?:(?P<tense>đã|sẽ|vừa|đang)\s+)?(?P<verb>viết|lập|làm)\s+(?:một\s+)?{_LIST}"
             r"(?:\s+(?P<done>rồi))?\s*[.!]*")
_MAKE = {"viết": ("write", "wrote", "written"), "lập": ("make", "made", "made"), "làm": ("make", "made", "made")}
_FIXED = {lazy(rf"(?:[Cc]ái\s+)?{_LIST}\s+(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENER}\s*\?+"): "Where's the shopping list?",
          lazy(rf"[Qq]uầy\s+thanh\s+toán\s+ở\s+đâu{SOFTENER}\s*\?+"): "Where's the checkout?",
          lazy(rf"(?:[Tt]ôi\s+|[Cc]ó\s+)?(?:quẹt|cà)\s+thẻ\s+được\s+không{SOFTENER}\s*\?+"): "Can I pay by card?"}

# ... in English: going to a place, to buy something ("to do some shopping", "to buy some milk")
_PLACE_EN = rf"(?P<place>(?i:{alternatives(PLACES_VI)}))"
_BUY_EN = (rf"(?:\s+to\s+(?:(?P<stuff>do\s+(?:some|the)\s+shopping)|(?:buy|get)\s+(?:some\s+)?"
           rf"(?P<thing>(?i:{alternatives(BOUGHT_VI)}))))?")
_GOING_EN = [lazy(rf"{WHO_EN}{BE_EN}\s+(?P<going>going|off)\s+to\s+{_PLACE_EN}{_BUY_EN}{DAY_AFTER_EN}"
                  r"\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<be>Are|Is|Am)\s+{WHO_EN}\s+(?P<going>going)\s+to\s+{_PLACE_EN}{_BUY_EN}\s*(?P<end>\?+)")]
_WENT_EN = lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)(?:\s+(?P<just>just|already))?)?\s+"
                rf"(?:(?P<went>went|gone|been)\s+(?:to\s+{_PLACE_EN}{_BUY_EN}|(?P<shop>shopping))|"
                rf"(?P<back>got\s+back)\s+from\s+(?:{_PLACE_EN.replace('?P<place>', '?P<from>')}|"
                rf"(?P<from_shop>shopping))){DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_WHAT_EN = lazy(rf"What\s+(?P<aux>did|have|has)\s+{WHO_EN}\s+(?P<just>just\s+)?(?P<buy>buy|bought)"
                rf"(?:\s+at\s+{_PLACE_EN})?\s*\?+")
_THING_EN = r"(?P<what>(?i:a\s+(?:plastic\s+)?bag|(?:two|three)\s+(?:plastic\s+)?bags|a\s+receipt))"
_NEED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+{WHO_EN}\s+need|(?P<would>Would)\s+you\s+like)\s+{_THING_EN}\s*\?+")
_GIVE_EN = lazy(rf"(?:Can|Could|May)\s+(?P<me>I|we)\s+(?:have|get)\s+{_THING_EN}(?:,?\s+please)?\s*\?+")
_BRING_EN = lazy(rf"(?:(?P<did>Did)\s+{WHO_EN}\s+bring\s+(?:a\s+bag|(?P<list>the\s+shopping\s+list))\s*\?+|"
                 r"(?P<me>I|We)(?:['’]ve|\s+have)?\s+brought\s+(?:my|our)\s+own\s+bags?\s*[.!]*)")
_CHECKOUT_EN = lazy(r"Where(?:['’]s|\s+is)\s+the\s+checkout\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who goes shopping or what they bought, or speaks of the
    shopping list, a bag, a receipt or the checkout; None for any other."""
    if src == "vi":
        return (_going(text) or _what(text) or _need(text) or _give(text) or _bring(text) or _made(text) or
                next((en for p, en in _FIXED.items() if p.fullmatch(text)), None))
    return (_going_vi(text) or _went_vi(text) or _what_vi(text) or _need_vi(text) or _give_vi(text) or
            _bring_vi(text) or ("Quầy thanh toán ở đâu?" if _CHECKOUT_EN.fullmatch(text) else None))


def _chore(m: re.Match) -> bool:
    """Whether a match says going to the market for nothing said ("đi chợ", "go to the market": mt/chores.py's)."""
    return keyed(m["place"] or "") in ("chợ", "the market") and not (m["stuff"] or m["thing"] or
                                                                     m.groupdict().get("back"))


def _to_buy(m: re.Match) -> str:
    """What someone goes out for, in English: " to do some shopping", " to buy some milk"; "" for nothing said."""
    if m["stuff"]:
        return " to do some shopping"
    return f" to buy some {BOUGHT[keyed(m['thing'])]}" if m["thing"] else ""


def _going(text: str) -> str | None:
    """"Tôi đi siêu thị mua đồ." as "I'm going to the supermarket to do some shopping.", "Hôm qua mẹ tôi đi chợ mua
    cá." as "My mother went to the market to buy some fish yesterday.", "Tôi vừa đi siêu thị về." as "I've just got
    back from the supermarket.", "Anh ấy đi mua sắm rồi." as "He's gone shopping.", "Bạn đi siêu thị à?" as "Are
    you going to the supermarket?" (_GOING); None for anything else, and for "đi chợ" with nothing bought."""
    m = _GOING.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != (m["tail"] == "à") or m["go"] == "ra" and not m["place"] or (said := who(m, asked)) is None:
        return None
    place = m["place"] and PLACES[keyed(m["place"])]
    if _chore(m):
        return None
    who_, one = said
    tense, tail, day = keyed(m["tense"] or ""), m["tail"] or "", when(m["day0"] or m["day"], "vi", LAST)
    more = m["stuff"] or m["thing"] or m["at"] or tail  # (none said with "về": "just got back from")
    if day is None or m["back"] and (tense not in ("vừa", "mới", "vừa mới") or more):
        return None
    ahead, behind = bool(AHEAD.match(day) or day == "tonight"), bool(BEHIND.match(day))
    at = f" at {PLACES[keyed(m['at'])]}" if m["at"] else ""
    to = f"to {place}{_to_buy(m)}" if place else f"shopping{at}"
    has, day = "has" if one else "have", f" {day}" if day else ""
    if asked:
        return f"{be(who_).capitalize()} {who_} going {to}?" if tense in ("", "đang") and not day else None
    if tense in ("vừa", "mới", "vừa mới") and not day and not tail:
        back = f"got back from {place or 'shopping'}" if m["back"] else f"been {to}"
        return capitalised(contracted(who_, f"{has} just {back}."))
    if (tense == "đã" or not tense and behind) and not ahead and not tail:
        return capitalised(f"{who_} went {to}{day}.")
    if tense or day:
        ok = tense in ("", "sẽ") and (tense or ahead) and not behind or tense == "đang" and not day
        return capitalised(contracted(who_, f"{be(who_)} going {to}{day}.")) if ok and not tail else None
    if tail == "rồi":
        return capitalised(contracted(who_, f"{has} gone {to}."))
    if tail == "đây":  # (the speaker leaving now)
        return capitalised(contracted(who_, f"{be(who_)} off {to}.")) if who_ in ("I", "we") else None
    return capitalised(contracted(who_, f"{be(who_)} going {to}."))


def _what(text: str) -> str | None:
    """"Bạn mua gì vậy?" as "What did you buy?", "Mẹ tôi vừa mua gì ở chợ?" as "What did my mother just buy at the
    market?" (_WHAT); None for anything else, for "anh", "chị" … alone or the speaker asking with no tense (a
    shopkeeper's "What would you like?", "What shall we buy?"), and for a place with no tense (a habit?)."""
    m = _WHAT.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    tense = keyed(m["tense"] or "")
    if not tense and (m["place"] or said[0] in ("I", "we") or said[0] == "you" and keyed(m["who"]) != "bạn"):
        return None
    at = f" at {PLACES[keyed(m['place'])]}" if m["place"] else ""
    return f"What did {said[0]} {'just ' * (tense not in ('', 'đã'))}buy{at}?"


def _need(text: str) -> str | None:
    """"Bạn có cần túi không?" as "Do you need a bag?", "Tôi cần túi ni lông." as "I need a plastic bag." (_NEED);
    None for anything else, and for "Tôi cần hóa đơn." (a bill or a receipt?)."""
    m = _NEED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["ask"]) or asked != bool(m["q"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    what = _THINGS[keyed(m["what"])]
    return None if what == "a receipt" and not asked else present(who_, one, "need", what, asked)


def _give(text: str) -> str | None:
    """"Cho tôi xin một cái túi." as "Can I have a bag, please?", "Cho chúng tôi hai cái túi ni lông nhé." as "Can we
    have two plastic bags, please?" (_GIVE); None for anything else."""
    m = _GIVE.fullmatch(text)
    if not m:
        return None
    me, n = "we" if "chúng" in m["me"] else "I", {"một": "a", "hai": "two", "ba": "three"}[m["n"]]
    what = _THINGS[keyed(m["what"])].removeprefix("a ")
    return f"Can {me} have {n} {what}{'' if n == 'a' else 's'}, please?"


def _bring(text: str) -> str | None:
    """"Bạn có mang túi không?" as "Did you bring a bag?", "Tôi mang túi riêng rồi." as "I've brought my own bag.",
    "Tôi quên mang túi." as "I forgot to bring a bag.", "Tôi quên danh sách mua sắm rồi." as "I've forgotten the
    shopping list." (_BRING); None for anything else."""
    m = _BRING.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != (m["tail"] == "không") or asked and not m["ask"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    thing = "the shopping list" if m["list"] else "a bag"
    if not (m["bring"] or m["list"] and m["forgot"]) or m["own"] and (asked or m["forgot"] or who_ not in ("I", "we")):
        return None
    if asked:
        return f"Did {who_} bring {thing}?"
    if m["forgot"]:
        said = f"to bring {thing}" if m["bring"] else thing
        return capitalised(contracted(who_, f"{'has' if one else 'have'} forgotten {said}.") if m["tail"] else
                           f"{who_} forgot {said}.")
    if m["tail"] != "rồi" or m["list"]:
        return None
    said = f"{'my' if who_ == 'I' else 'our'} own bag{'s' * (who_ == 'we')}" if m["own"] else "a bag"
    return capitalised(contracted(who_, f"have brought {said}."))


def _made(text: str) -> str | None:
    """"Tôi sẽ viết danh sách mua sắm." as "I'll make a shopping list.", "Mẹ tôi đã lập danh sách mua sắm." as "My
    mother made a shopping list." (_MADE); None for anything else, and for a plain verb."""
    m = _MADE.fullmatch(text)
    if not m or (said := who(m, False)) is None:
        return None
    who_, one = said
    has, (base, did, done) = "has" if one else "have", _MAKE[keyed(m["verb"])]
    made = {("sẽ", ""): f"will {base}", ("đã", ""): did, ("vừa", ""): f"{has} just {done}",
            ("đang", ""): f"{be(who_)} {base.removesuffix('e')}ing", ("", "rồi"): f"{has} already {done}",
            ("đã", "rồi"): f"{has} already {done}"}.get((m["tense"] or "", m["done"] or ""))
    return made and capitalised(contracted(who_, f"{made} a shopping list."))


def _to_buy_vi(m: re.Match) -> str:
    """What someone goes out for, in Vietnamese: " mua đồ", " mua sữa"; "" for nothing said."""
    if m["stuff"]:
        return " mua đồ"
    return f" mua {BOUGHT_VI[keyed(m['thing'])]}" if m["thing"] else ""


def _going_vi(text: str) -> str | None:
    """"I'm going to the supermarket to do some shopping." as "Tôi sẽ đi siêu thị mua đồ.", "She's going to the
    market to buy some fish tomorrow." as "Ngày mai cô ấy sẽ đi chợ mua cá.", "I'm off to the supermarket." as "Tôi
    đi siêu thị đây.", "Are you going to the supermarket?" as "Bạn có đi siêu thị không?" (_GOING_EN); None for
    anything else, a day behind, and where "is" does not agree with who."""
    m = next((m for p in _GOING_EN if (m := p.fullmatch(text))), None)
    day = m and when(m.groupdict().get("day"), "en", LAST)
    if not m or day in (None, "bây giờ") or BEHIND.match(m.groupdict().get("day") or "") or _chore(m) or \
            m["going"] == "off" and day:
        return None  # (going "now" is no "sẽ")
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    going = f"đi {PLACES_VI[keyed(m['place'])]}{_to_buy_vi(m)}"
    if "?" in m["end"]:
        return capitalised(f"{who_} có {going} không?")
    if m["going"] == "off":
        return capitalised(f"{who_} {going} đây.") if who_ in ("tôi", "chúng tôi") else None
    return placed(f"{who_} sẽ {going}", day, ".")



def _went_vi(text: str) -> str | None:
    """"I went to the supermarket to buy some milk yesterday." as "Hôm qua tôi đã đi siêu thị mua sữa.", "She's gone
    shopping." as "Cô ấy đi mua sắm rồi.", "I've just been to the market." as "Tôi vừa đi chợ.", "I've just got back
    from the supermarket." as "Tôi vừa đi siêu thị về." (_WENT_EN); None for anything else, a day ahead, and where
    "has" does not agree with who."""
    m = _WENT_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", LAST)) is None or AHEAD.match(m["day"] or ""):
        return None
    who_, one = who_vi(m)
    have = keyed(m["have"] or "").replace("’", "'")
    if have and (have in ("'s", "has")) != one or bool(have) != (m["went"] != "went") or have and day:
        return None
    place = m["place"] or m["from"]
    if m["place"] and _chore(m):
        return None
    going = f"đi {PLACES_VI[keyed(place)]}{_to_buy_vi(m)}" if place else "đi mua sắm"
    if m["back"]:
        return capitalised(f"{who_} vừa {going} về.") if m["just"] == "just" else None
    if m["went"] == "went":
        return placed(f"{who_} đã {going}", day, ".")
    if m["just"] == "just":
        return capitalised(f"{who_} vừa {going}.")
    return capitalised(f"{who_} {'đã ' * (m['went'] == 'been')}{going} rồi.")


def _what_vi(text: str) -> str | None:
    """"What did you buy?" as "Bạn đã mua gì?", "What did your mother just buy at the market?" as "Mẹ bạn vừa mua gì
    ở chợ?" (_WHAT_EN); None for anything else, and where "has" or "buy" does not go with the words before it."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = m["aux"]
    if (aux == "did") != (m["buy"] == "buy") or aux != "did" and (aux == "has") != one:
        return None
    at = f" ở {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} mua gì{at}?")


def _what_thing(m: re.Match) -> str:
    """A bag or a receipt of _THING_EN in Vietnamese, counted where English counts more than one: "túi",
    "hai cái túi ni lông", "hóa đơn"."""
    what = keyed(m["what"])
    n, _, said = what.partition(" ")
    if n in ("two", "three"):
        return f"{'hai' if n == 'two' else 'ba'} cái {_THINGS_VI[said]}"
    return _THINGS_VI[what]


def _need_vi(text: str) -> str | None:
    """"Do you need a bag?" and "Would you like a bag?" as "Bạn có cần túi không?", "Does she need a receipt?" as
    "Cô ấy có cần hóa đơn không?" (_NEED_EN); None for anything else, and where "does" does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m or keyed(m["what"]).startswith(("two", "three")):
        return None
    who_, one = who_vi(m) if m["do"] else ("bạn", False)
    if m["do"] and (m["do"] == "Does") != one:
        return None
    return capitalised(f"{who_} có cần {_what_thing(m)} không?")


def _give_vi(text: str) -> str | None:
    """"Can I have a bag, please?" as "Cho tôi xin một cái túi.", "Could we get two plastic bags?" as "Cho chúng tôi
    xin hai cái túi ni lông.", "Can I have a receipt?" as "Cho tôi xin hóa đơn." (_GIVE_EN); None for anything
    else."""
    m = _GIVE_EN.fullmatch(text)
    if not m:
        return None
    what = _what_thing(m)
    what = what if " cái " in what or what == "hóa đơn" else f"một cái {what}"
    return f"Cho {'tôi' if m['me'] == 'I' else 'chúng tôi'} xin {what}."


def _bring_vi(text: str) -> str | None:
    """"Did you bring a bag?" as "Bạn có mang túi không?", "I brought my own bag." as "Tôi mang túi riêng rồi."
    (_BRING_EN); None for anything else, and for "our" after "I" or "my" after "we"."""
    m = _BRING_EN.fullmatch(text)
    if not m:
        return None
    if m["did"]:
        return capitalised(f"{who_vi(m)[0]} có mang {'danh sách mua sắm' if m['list'] else 'túi'} không?")
    me = m["me"] == "I"
    if me != (" my " in text):
        return None
    return f"{'Tôi' if me else 'Chúng tôi'} mang túi riêng rồi."
