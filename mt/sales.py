"""A shop's sales and discounts, both ways, written whole by rule: a thing on sale, so much off or half price, a sale
on at a shop and when it ends, buy one get one free, a thing bought in the sale, the price after the discount, a
discount for students and the like. v8 (with the other rules on) reads "giảm giá" as prices falling, "khuyến mãi" as
a recommendation, "sale" as selling, "off" as lost: "Cái này có đang giảm giá không?" → "Are this drop in price?",
"Đôi giày này đang giảm giá 50%." → "The shoes are falling by 50%.", "Áo này đang giảm nửa giá." → "It's down half
the price.", "Cuối tuần này trung tâm thương mại có khuyến mãi." → "This weekend, commercial centre is recommended
forever.", "Cửa hàng đang xả hàng." → "The store is taking a row.", "Mua một tặng một." → "Buy one.", "Giảm giá xong
thì bao nhiêu?" → "How much is it done?", "Sinh viên có được giảm giá không?" → "Is the students lower prices?"; "Is
this on sale?" → "Việc bán này có bán không?", "Everything is 30% off." → "Mọi thứ đều mất 30%.", "I got it half
price." → "Tôi có giá là nửa.", "I bought it in the sale." → "Tôi mua nó trong bán hàng.", "Buy one get one free." →
"Bạn hãy mua một cái trống." (a drum), "Do students get a discount?" → "Sinh viên có thể giảm giá không?".

Taken: a thing (it, "this", "these", one of mt.returns' GOODS with "này") or everything ("tất cả", "mọi thứ") on
sale, so much per cent off or half price, said, asked, or not on sale; a sale or a clearance at a shop
(mt.shopping's PLACES but the market, "cửa hàng") or none named, with a day mt.free_time.when reads, said or asked;
the sale running until a day, ending when, over; buy one (two …) get one free; who (mt.hobbies.WHO, WHO_EN) bought a
thing in the sale, half price or so much off; the price after the discount; a discount for one of GROUPS, asked or
said. Left: "giảm" without "giá" or a per cent ("Cái này đang giảm.": falling?), "Nó giảm 30%." (of anything), a
thing "khuyến mãi" (a sale, or a gift with it?), a thing "có được giảm giá không?" (is it, or can it be?), "Có giảm
giá không?" and discounts asked for (mt/prices.py, mt/bargaining.py), a sale at the market or a day behind, and
"anh", "chị", "em" alone saying they bought it (speaker or listener?).
mt.phrasebook.translate tries these after mt/car_trouble.py.

    >>> translate("Cái này có đang giảm giá không?", "vi", "en"), translate("Everything is 30% off.", "en", "vi")
    ('Is this on sale?', 'Tất cả đều giảm 30%.')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .returns import GOODS, GOODS_VI, this_good, this_good_vi
from .rule_keys import key_checked
from .shopping import PLACES, PLACES_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giảm|khuyến\s+mãi|sale|xả\s+hàng|nửa\s+giá|tặng)"),
         "en": lazy(r"(?i:sale|\boff\b|half|discount|free)")}
# where a sale is on (a market has no sales)
_SHOPS = {vi: en for vi, en in PLACES.items() if en != "the market"} | {"cửa hàng": "the shop",
                                                                          "cửa hàng này": "this shop"}
_SHOPS_VI = {en: vi for en, vi in PLACES_VI.items() if vi in _SHOPS} | {"the shop": "cửa hàng", "the store": "cửa hàng",
                                                                         "this shop": "cửa hàng này"}
# who gets a discount, and the words English puts before "discount" ("a student discount")
GROUPS = {"sinh viên": "students", "học sinh": "schoolchildren", "trẻ em": "children", "thành viên": "members",
          "người cao tuổi": "senior citizens", "hội viên": "members", "giáo viên": "teachers"}
GROUPS_VI = {en: vi for vi, en in reversed(GROUPS.items())} | {"pupils": "học sinh", "kids": "trẻ em", "seniors":
                                                               "người cao tuổi", "pensioners": "người cao tuổi"}
_AS_KIND = {"student": "students", "senior": "seniors", "child": "children", "member": "members", "teacher": "teachers"}
_PCT = r"(?P<pct>\d{1,2})\s*(?:%|phần\s+trăm)"
_PCT_EN = r"(?P<pct>\d{1,2})\s*(?:%|\s+per\s?cent)\s+off"
_BEHIND = lazy(r"\b(?:yesterday|last|ago)\b")  # (a sale a day behind was: left)

# the thing: "nó", "tất cả", "mấy cái này", "cái này", "đôi này", "cái áo này", "áo này"
_THING = (r"(?i:(?P<it>nó)|(?P<all>tất\s+cả(?:\s+mọi\s+thứ)?|mọi\s+thứ)|(?P<these>mấy|những)\s+cái\s+này|"
          rf"(?:(?P<one>cái|chiếc|đôi)\s+)?(?:(?P<thing>{alternatives(GOODS)})\s+)?(?P<this>này))")
# on sale, so much off, half price ("đang giảm giá", "được giảm 20%", "giảm nửa giá", "nửa giá", "đang sale 50%")
_DEAL = (rf"(?:(?P<cut>giảm)(?P<price>\s+giá)?|(?P<sale>sale))(?:\s+(?:{_PCT}|(?P<half>một\s+nửa)))?|"
         r"giảm\s+(?P<half2>nửa\s+giá)|(?P<half3>nửa\s+giá)")
_ON_SALE = lazy(rf"{_THING}(?:\s+(?P<each>đều))?(?:\s+(?P<ask>có))?(?:\s+(?P<not>không))?(?:\s+(?P<now>đang))?"
                rf"(?:\s+(?P<got>được))?\s+(?:{_DEAL}){ASKED_END}")
_SALE = r"(?:(?P<run>đợt|chương\s+trình)\s+)?(?P<kind>khuyến\s+mãi|giảm\s+giá|sale|xả\s+hàng)"
# a sale on ("Cuối tuần này trung tâm thương mại có khuyến mãi.", "Cửa hàng đang xả hàng.", "Hôm nay có sale không?")
_EVENT = lazy(rf"{DAY_OPENING}(?:(?P<place>(?i:{alternatives(_SHOPS)}))\s+)?(?P<verb>(?i:(?:(?:có\s+)?đang\s+)?"
              rf"(?:có\s+)?)){_SALE}{DAY_AFTER}{ASKED_END}")
# until when ("Khuyến mãi đến khi nào?", "Khi nào hết đợt giảm giá?", "Đợt giảm giá kéo dài đến Chủ nhật.")
_SALE_ENDS = r"(?:(?:đợt|chương\s+trình)\s+)?(?:khuyến\s+mãi|giảm\s+giá|sale)"
_ENDS = lazy(rf"(?i:(?P<when>khi\s+nào|bao\s+giờ)\s+(?:thì\s+)?hết\s+{_SALE_ENDS}|(?P<over>(?:đã\s+)?hết)\s+"
             rf"{_SALE_ENDS}\s+rồi|{_SALE_ENDS}\s+(?:(?P<ends>kết\s+thúc\s+vào)|(?:kéo\s+dài\s+)?(?:đến|tới))\s+"
             rf"(?:(?P<asked>khi\s+nào|bao\s+giờ|hôm\s+nào)|(?P<day>[^,.!?]+?))){SOFTENED_END}")
_NUMBER = rf"(?i:{alternatives(VI_TO_EN)}|\d)"
_FREE = lazy(rf"[Mm]ua\s+(?P<n>{_NUMBER})\s+(?:được\s+)?tặng\s+(?P<k>{_NUMBER})(?:\s+miễn\s+phí)?{SOFTENED_END}")
# bought in the sale ("Tôi mua cái áo này lúc giảm giá.", "Tôi mua được nửa giá.", "Mẹ tôi mua nó được giảm 30%.")
_BOUGHT = lazy(rf"{WHO}\s+(?:đã\s+)?mua\s+(?:{_THING}\s+)?(?:(?:lúc|khi|hồi|trong\s+đợt|vào\s+đợt)\s+(?:đang\s+)?"
               r"(?P<kind>giảm\s+giá|khuyến\s+mãi|sale|xả\s+hàng)|(?:được\s+)?(?:với\s+)?(?P<half>nửa\s+giá|giá\s+một"
               rf"\s+nửa)|được\s+giảm\s+(?:giá\s+)?{_PCT}){SOFTENED_END}")
_AFTER = lazy(rf"(?:{_THING}\s+)?(?i:(?:sau\s+khi|khi)\s+giảm(?:\s+giá)?(?:\s+(?:thì|là))?|giảm(?:\s+giá)?\s+"
              r"(?:xong|rồi)(?:\s+(?:thì|là))?|giá\s+sau\s+(?:khi\s+)?giảm(?:\s+giá)?(?:\s+là)?)\s+(?:còn\s+)?bao\s+"
              rf"nhiêu(?:\s+tiền)?{SOFTENED_END}")
_GROUP = rf"(?i:{alternatives(GROUPS)})"
_FOR_GROUP = lazy(rf"(?:[Cc]ó\s+giảm\s+giá\s+cho\s+(?P<group>{_GROUP})|(?P<got>{_GROUP})\s+có\s+được\s+giảm\s+giá)"
                  rf"\s+không{SOFTENED_END}")
_GROUP_GETS = lazy(rf"(?P<got>{_GROUP})\s+được\s+giảm(?P<price>\s+giá)?(?:\s+{_PCT})?{SOFTENED_END}")

# ... and in English ("it", "everything", "this", "this one", "this pair", "these", "this shirt", "these shoes")
_THING_EN = (r"(?:(?P<it>(?i:it))|(?P<all>(?i:everything))|(?P<det>(?i:this|these))(?:\s+(?P<one>one|pair)|"
             rf"\s+(?P<thing>(?i:{alternatives(GOODS_VI)})))?)")
_ON_SALE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_THING_EN}(?:(?P<be>['’]s|\s+is|\s+are)(?P<not>\s+not|n['’]t)?|"
                   r"(?P<nt>\s+isn['’]t|\s+aren['’]t))?\s+(?:(?P<sale>on\s+sale|in\s+the\s+sale)|"
                   rf"{_PCT_EN}|(?P<half>half[\s-]price|half\s+off))\s*(?P<end>[.!?]*)")
_PLACE_EN = rf"(?P<place>(?i:{alternatives(_SHOPS_VI)}))"
_CLEARANCE = r"\s+a\s+(?P<clear>clearance\s+)?sale"
_EVENT_EN = [lazy(rf"(?P<is>Is\s+there|There(?:['’]s|\s+is)){_CLEARANCE}(?:\s+on)?(?:\s+(?:at|in)\s+{_PLACE_EN})?"
                  rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)"),
             lazy(rf"(?P<is>Is\s+)?{_PLACE_EN}(?(is)|\s+is)\s+having{_CLEARANCE}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")]
_DAY_EN = r"(?P<day>tomorrow|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_ENDS_EN = lazy(r"(?:(?P<when>When\s+does\s+the\s+sale\s+(?:end|finish)|How\s+long\s+(?:is\s+the\s+sale\s+on|does\s+"
                r"the\s+sale\s+(?:last|run|go\s+on)))\s*\?+|(?P<over>The\s+sale(?:['’]s|\s+is)\s+over)|The\s+sale\s+"
                rf"(?:(?P<ends>ends|finishes)\s+(?:on\s+)?|(?:runs|lasts|goes\s+on|is\s+on)\s+until\s+){_DAY_EN})"
                r"\s*(?P<end>[.!]*)")
_NUMBER_EN = rf"(?i:{alternatives(EN_TO_VI)})|\d"
_FREE_EN = lazy(rf"[Bb]uy\s+(?P<n>{_NUMBER_EN}),?\s+get\s+(?P<k>{_NUMBER_EN})\s+free\s*(?P<end>[.!]*)")
_BOUGHT_EN = lazy(rf"{WHO_EN}\s+(?:bought|got)\s+{_THING_EN}\s+(?:(?P<sale>in\s+(?:the|a)\s+(?P<clear>clearance\s+)?"
                  rf"sale|on\s+sale)|(?:at\s+|for\s+)?(?P<half>half[\s-]price)|{_PCT_EN})\s*(?P<end>[.!]*)")
_AFTER_EN = lazy(rf"(?:How\s+much\s+(?P<be>is|are)\s+{_THING_EN}|(?P<price>What(?:['’]s|\s+is)\s+the\s+price))\s+"
                 r"(?:after|with)\s+the\s+discount\s*\?+")
_GROUP_EN = rf"(?i:{alternatives(GROUPS_VI)})"
_FOR_GROUP_EN = lazy(rf"(?:Is\s+there\s+(?:a|any)\s+discount\s+for\s+(?P<group>{_GROUP_EN})|Is\s+there\s+(?:a|any)\s+"
                     rf"(?P<kind>{alternatives(_AS_KIND)})\s+discount|Do\s+(?P<got>{_GROUP_EN})\s+get\s+a\s+discount)"
                     r"\s*\?+")
_GROUP_GETS_EN = lazy(rf"(?P<got>{_GROUP_EN})\s+get\s+(?:a\s+discount|{_PCT_EN})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a shop's sale or a discount (a thing on sale, a sale on or ending, buy one
    get one free, bought in the sale, the price after it, a discount for students); None for any other."""
    rules = (_on_sale, _event, _ends, _free, _bought, _after, _for_group) if src == "vi" else (
        _on_sale_vi, _event_vi, _ends_vi, _free_vi, _bought_vi, _after_vi, _for_group_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _thing_en(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING in English, and whether it is many: ("this shirt", False), ("these shoes", True),
    "this", "this pair", "these", "everything", "it"; None for "đôi áo" (not a pair), or "này" alone."""
    if m["it"] or m["all"]:
        return ("it" if m["it"] else "everything"), False
    if m["these"]:
        return "these", True
    one = keyed(m["one"] or "")
    if not m["thing"]:
        return ("this pair" if one == "đôi" else "this", False) if one else None
    return this_good(m["thing"], one)


def _on_sale(text: str) -> str | None:
    """"Cái này có đang giảm giá không?" as "Is this on sale?", "Tất cả giảm 30%." as "Everything is 30% off.", "Áo
    này đang giảm nửa giá." as "This shirt is half price." (_ON_SALE); None for anything else and "giảm" alone."""
    m = _ON_SALE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["each"] and not m["all"] or \
            (thing := _thing_en(m)) is None:
        return None
    half = m["half"] or m["half2"] or m["half3"]
    if m["cut"] and not (m["price"] or m["pct"] or m["half2"]) or m["it"] and m["cut"] and not m["price"] or \
            m["got"] and (asked or m["not"]) or m["not"] and (asked or m["pct"] or half or m["all"]):
        return None
    said, many = thing
    deal = _off(m, "half price" if half else "on sale")
    be = "are" if many else "is"
    if asked:
        return f"{be.capitalize()} {said} {deal}?"
    if m["not"]:
        return capitalised(f"{said} {be}n't {deal}.")
    return capitalised(contracted(said, f"{be} {deal}."))


def _off(m: re.Match, other: str) -> str:
    """The per cent off of a match ("30% off"), or `other` where none is said."""
    return f"{m['pct']}% off" if m["pct"] else other


def _event(text: str) -> str | None:
    """"Cuối tuần này trung tâm thương mại có khuyến mãi." as "There's a sale at the mall this weekend.", "Cửa hàng
    đang xả hàng." as "The shop is having a clearance sale." (_EVENT); None for anything else, a day behind, and
    "giảm giá" without "đợt" unless a shop has it now (a discount?)."""
    m = _EVENT.fullmatch(text)
    asked = bool(m and m["asked"])
    verb = keyed(m["verb"]) if m else ""  # ("có đang" only asks; without a shop, "có" is there)
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or not verb or \
            verb.startswith("có đang") and not asked or not m["place"] and "có" not in verb:
        return None
    now, kind = "đang" in verb, keyed(m["kind"])
    if kind == "giảm giá" and not m["run"] and not (now and m["place"]):
        return None
    if (day := when(m["day0"] or m["day"], "vi")) is None or _BEHIND.search(day):
        return None
    day = f" {day}".rstrip()
    place = _SHOPS[keyed(m["place"])] if m["place"] else ""
    sale, where = f"a {'clearance ' * (kind == 'xả hàng')}sale", f"at {place}" if place else "on"
    if asked:
        return f"Is {place} having {sale}{day}?" if place and now else f"Is there {sale} {where}{day}?"
    if place and now and not day:
        return capitalised(f"{place} is having {sale}.")
    return f"There's {sale} {where}{day}."


def _ends(text: str) -> str | None:
    """"Khuyến mãi đến khi nào?" as "When does the sale end?", "Đợt giảm giá kéo dài đến Chủ nhật." as "The sale runs
    until Sunday." (_ENDS); None for anything else, and a day not a weekday or tomorrow."""
    m = _ENDS.fullmatch(text)
    if not m or bool(m["when"] or m["asked"]) != ("?" in m["end"]):
        return None
    if m["when"] or m["asked"]:
        return "When does the sale end?"
    if m["over"]:
        return "The sale's over."
    day = when(m["day"], "vi") or ""
    if day != "tomorrow" and not day.startswith("on "):
        return None
    return f"The sale {'ends on' if m['ends'] else 'runs until'} {day.removeprefix('on ')}."


def _free(text: str) -> str | None:
    """"Mua một tặng một." as "Buy one get one free.", "Mua 2 tặng 1." as "Buy 2 get 1 free." (_FREE); None for
    anything else."""
    m = _FREE.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    n, k = (VI_TO_EN.get(keyed(m[g]), m[g]) for g in ("n", "k"))
    return f"Buy {n} get {k} free{m['end'] or '.'}"


def _bought(text: str) -> str | None:
    """"Tôi mua nó lúc giảm giá." as "I bought it in the sale.", "Tôi mua được nửa giá." as "I got it half price."
    (_BOUGHT); None for anything else, asked, and "anh", "chị", "em" alone (who?)."""
    m = _BOUGHT.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    thing = _thing_en(m) if m["it"] or m["all"] or m["these"] or m["this"] else ("it", False)
    if thing is None:
        return None
    if m["kind"]:
        clearance = "clearance " * (keyed(m["kind"]) == "xả hàng")
        return capitalised(f"{said[0]} bought {thing[0]} in the {clearance}sale.")
    return capitalised(f"{said[0]} got {thing[0]} {_off(m, 'half price')}.")


def _after(text: str) -> str | None:
    """"Giảm giá xong thì bao nhiêu?" as "How much is it after the discount?", "Cái áo này sau khi giảm giá còn bao
    nhiêu?" as "How much is this shirt after the discount?" (_AFTER); None for anything else."""
    m = _AFTER.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    thing = _thing_en(m) if m["it"] or m["these"] or m["this"] else ("it", False)
    if thing is None or m["all"]:
        return None
    return f"How much {'are' if thing[1] else 'is'} {thing[0]} after the discount?"


def _for_group(text: str) -> str | None:
    """"Có giảm giá cho sinh viên không?" as "Is there a discount for students?", "Sinh viên được giảm 10%." as
    "Students get 10% off." (_FOR_GROUP, _GROUP_GETS); None for anything else."""
    m = _FOR_GROUP.fullmatch(text)
    if m and m["end"] in ("", "?"):
        if m["group"]:
            return f"Is there a discount for {GROUPS[keyed(m['group'])]}?"
        return f"Do {GROUPS[keyed(m['got'])]} get a discount?"
    m = _GROUP_GETS.fullmatch(text)
    if not m or "?" in m["end"] or not (m["price"] or m["pct"]):
        return None
    return capitalised(f"{GROUPS[keyed(m['got'])]} get {_off(m, 'a discount')}.")


def _thing_vi(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English said it as many: ("cái áo này", False),
    ("đôi giày này", True), "cái này", "đôi này", "mấy cái này", "tất cả", "nó"; None for "these shirt", "these one"."""
    if m["it"] or m["all"]:
        return ("nó" if m["it"] else "tất cả"), False
    many = m["det"].lower() == "these"
    if not m["thing"]:
        return None if many and m["one"] else ("mấy cái này", True) if many else (
            f"{'đôi' if m['one'] == 'pair' else 'cái'} này", False)
    said = this_good_vi(m["thing"], many)
    return (said, many) if said else None


def _on_sale_vi(text: str) -> str | None:
    """"Is this on sale?" as "Cái này có đang giảm giá không?", "Everything is 30% off." as "Tất cả đều giảm 30%."
    (_ON_SALE_EN); None for anything else, and where "is" or "are" does not agree."""
    m = _ON_SALE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or bool(m["be0"]) == bool(m["be"] or m["nt"]):
        return None
    asked, said, many = "?" in m["end"], *thing
    be = (m["be0"] or m["be"] or m["nt"]).strip().lower().replace("’", "'")
    neg = m["not"] or m["nt"]
    if asked != bool(m["be0"]) or be.startswith(("are", "'re", "aren")) != many or neg and (m["all"] or not m["sale"]):
        return None
    deal = f"giảm {m['pct']}%" if m["pct"] else "giảm nửa giá" if m["half"] else "giảm giá"
    if asked:
        return capitalised(f"{said} có đang {deal} không?")
    if neg:
        return capitalised(f"{said} không {deal}.")
    return capitalised(f"{said} {'đều' if m['all'] else 'đang'} {deal}.")


def _event_vi(text: str) -> str | None:
    """"There's a sale at the mall this weekend." as "Cuối tuần này trung tâm thương mại có đợt giảm giá.", "Is there
    a sale on today?" as "Hôm nay có đợt giảm giá không?" (_EVENT_EN); None for anything else, a day behind."""
    m = next((m for p in _EVENT_EN if (m := p.fullmatch(text))), None)
    asked = bool(m and m["is"] and m["is"].startswith("Is"))
    if not m or asked != ("?" in m["end"]) or (day := when(m["day"], "en")) is None or _BEHIND.search(m["day"] or ""):
        return None
    place = _SHOPS_VI[m["place"].lower()] if m["place"] else ""
    said = f"{place} {'có' if day or asked else 'đang có'} đợt {'xả hàng' if m['clear'] else 'giảm giá'}".strip()
    return placed(said, day, " không?" if asked else ".")


def _ends_vi(text: str) -> str | None:
    """"When does the sale end?" as "Đợt giảm giá kéo dài đến khi nào?", "The sale's over." as "Hết đợt giảm giá
    rồi.", "The sale ends on Sunday." as "Đợt giảm giá kết thúc vào Chủ nhật." (_ENDS_EN); None for anything else."""
    if not (m := _ENDS_EN.fullmatch(text)):
        return None
    if m["when"]:
        return "Đợt giảm giá kéo dài đến khi nào?"
    if m["over"]:
        return "Hết đợt giảm giá rồi."
    day = when(m["day"], "en")
    return day and f"Đợt giảm giá {'kết thúc vào' if m['ends'] else 'kéo dài đến'} {day}."


def _free_vi(text: str) -> str | None:
    """"Buy one get one free." as "Mua một tặng một." (_FREE_EN); None for anything else."""
    m = _FREE_EN.fullmatch(text)
    if not m:
        return None
    n, k = (EN_TO_VI.get(m[g].lower(), m[g]) for g in ("n", "k"))
    return f"Mua {n} tặng {k}{m['end'] or '.'}"


def _bought_vi(text: str) -> str | None:
    """"I bought it in the sale." as "Tôi mua nó lúc giảm giá.", "I got it half price." as "Tôi mua nó được nửa
    giá." (_BOUGHT_EN); None for anything else."""
    m = _BOUGHT_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    deal = f"lúc {'xả hàng' if m['clear'] else 'giảm giá'}" if m["sale"] else \
        f"được giảm {m['pct']}%" if m["pct"] else "được nửa giá"
    return capitalised(f"{who_vi(m)[0]} mua {thing[0]} {deal}.")


def _after_vi(text: str) -> str | None:
    """"How much is it after the discount?" as "Sau khi giảm giá thì còn bao nhiêu tiền?" (_AFTER_EN); None for
    anything else, and where "is" or "are" does not agree."""
    m = _AFTER_EN.fullmatch(text)
    if not m:
        return None
    thing = ("nó", False) if m["price"] else _thing_vi(m)
    if thing is None or m["all"] or (m["be"] == "are") != thing[1]:
        return None
    if thing[0] == "nó":
        return "Sau khi giảm giá thì còn bao nhiêu tiền?"
    return capitalised(f"{thing[0]} sau khi giảm giá còn bao nhiêu tiền?")


def _for_group_vi(text: str) -> str | None:
    """"Is there a student discount?" as "Có giảm giá cho sinh viên không?", "Students get 10% off." as "Sinh viên
    được giảm 10%." (_FOR_GROUP_EN, _GROUP_GETS_EN); None for anything else."""
    m = _FOR_GROUP_EN.fullmatch(text)
    if m:
        if m["got"]:
            return capitalised(f"{GROUPS_VI[m['got'].lower()]} có được giảm giá không?")
        group = m["group"] or _AS_KIND[m["kind"]]
        return f"Có giảm giá cho {GROUPS_VI[group.lower()]} không?"
    m = _GROUP_GETS_EN.fullmatch(text)
    if not m:
        return None
    return capitalised(f"{GROUPS_VI[m['got'].lower()]} được giảm {m['pct'] + '%' if m['pct'] else 'giá'}.")
