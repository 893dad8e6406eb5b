"""Changing money between currencies, both ways, written whole by rule: a sum changed, money changed or not yet,
where to change it at a good rate, whether a bank, a gold shop, a hotel or the airport changes it, the rate of a
currency, and what the rate is like. v8 (the rules on) reads "năm" in a sum as a year, "bảng" as tables, "tỷ giá" as
the price, and "change" as altering: "Tôi muốn đổi năm trăm đô." → "I want to change the year of dollars.", "Lan vừa
đổi năm mươi bảng." → "Lan has changed twenty-five tables.", "Đổi tiền ở đâu được giá?" → "Where is the change of
money?", "Tiệm vàng có đổi đô không?" → "Do gold change?", "Ngân hàng có đổi yên không?" → "Do you change the bank?",
"Tỷ giá đô hôm nay thế nào?" → "How today's the price?", "Tôi đổi tiền rồi." → "I change my money."; "I'd like to
change five hundred dollars." → "Tôi muốn thay đổi 5 trăm đô la.", "Do you change money here?" → "Bạn có thay đổi tiền
ở đây không?", "Does the bank change yen?" → "Ngân hàng có đồng yên thay đổi không?", "What's the won rate today?" →
"Hôm nay sẽ là gì?", "The bank doesn't change baht." → "Ngân hàng không thay đổi hói.".

Taken: who (mt.hobbies.WHO, WHO_EN) changed, has just or already changed, has not yet changed, will, would like to,
needs to or has to change money, a currency or a sum of one (in words, "năm trăm đô", or 1 to 999 in figures), into
another, at a place of PLACES, on a near day (behind: changed; ahead: will), said or asked ("Bạn đã đổi tiền chưa?";
"Did you change money?" as "… có … không?"); where who can or should change money or a currency, at a good or the best
rate ("Đổi tiền ở đâu được giá?"); whether a bank, a gold shop or a hotel (this one) changes it, or one can at the
airport, said, denied or asked, and "Do you change money here?"; the rate of a currency (at a place, today or
yesterday) asked ("là bao nhiêu?", "thế nào?"); the rate good, high or low (very, quite, a bit), not, still, up or
down, going up or down, gone up or down. Left: what mt/cash.py takes (wanting, needing or having to change money or a
sum in figures, "Ở đây có đổi tiền không?", "Tỷ giá đô la là bao nhiêu?", "What's the dollar rate today?"), changing
said bare ("Tôi đổi tiền.": when?), "có đổi … không?" of who (did, or does?), sums of đồng (mt/amounts.py), of one
unit, past 999 in figures or said in two parts ("hai trăm năm mươi"), "tệ" and "bảng" but after a sum of ten or more
("tỷ giá tệ": yuan, or a bad rate?; "đổi hai bảng": boards?), "đổi tiền lẻ" (small change), goods exchanged
(mt/returns.py), "the rate" alone in English (interest? a hotel's? pay?), dong alone in English ("Where can I change
dong?"), a pet as who, "anh", "chị", "em" alone saying it or asking where (may be the speaker), and anything else.
mt.phrasebook.translate tries these after mt/on_duty.py.

    >>> translate("Tôi muốn đổi năm trăm đô.", "vi", "en"), translate("Does the gold shop change dollars?", "en", "vi")
    ("I'd like to change five hundred dollars.", 'Tiệm vàng có đổi đô la không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .text import EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đổi|tỷ\s+giá|tỉ\s+giá)"), "en": lazy(r"(?i:chang|rate)")}
# currencies said alone, English (one, many); the first Vietnamese of each is written back ("đồng yên": the yen)
CURRENCIES = {"đô la": ("dollar", "dollars"), "đô": ("dollar", "dollars"), "đô la mỹ": ("dollar", "dollars"),
              "usd": ("dollar", "dollars"), "euro": ("euro", "euros"), "yên": ("yen", "yen"),
              "yên nhật": ("yen", "yen"), "won": ("won", "won"), "bảng anh": ("pound", "pounds"),
              "nhân dân tệ": ("yuan", "yuan"), "baht": ("baht", "baht"), "bạt": ("baht", "baht")}
# ... and after a sum ("năm trăm tệ", "hai trăm bảng": alone, "tệ" is also bad and "bảng" a board)
AFTER_SUM = CURRENCIES | {"tệ": ("yuan", "yuan"), "bảng": ("pound", "pounds")}
_CUR_VI = {en: vi for vi, (en, _) in reversed(CURRENCIES.items())} | {"pound": "bảng Anh"}
_SUM_CUR_VI = _CUR_VI | {"dollar": "đô"}  # ("năm trăm đô", as one says it)
_CUR_EN = {many: one for one, many in AFTER_SUM.values()} | {"us dollars": "dollar", "dong": "dong"}
_INTO = {"tiền việt": "dong", "tiền việt nam": "dong", "tiền đồng": "dong"} | {k: v[0] for k, v in CURRENCIES.items()}
_INTO_VI = {"dong": "tiền Việt"} | _CUR_VI
# numbers in words, and the scales after them
_VI_N = {vi_word(n): n for n in range(1, 100)}
_EN_N = {en_word(n): n for n in range(1, 100)} | {"a": 1}
_SCALES = {"trăm": "hundred", "nghìn": "thousand", "ngàn": "thousand", "triệu": "million"}
_SCALES_VI = {"hundred": "trăm", "thousand": "nghìn", "million": "triệu"}
# where money is changed (at it, in English; the first Vietnamese of each is written back)
PLACES = {"sân bay": "at the airport", "ngân hàng": "at the bank", "tiệm vàng": "at a gold shop",
          "cửa hàng vàng": "at a gold shop", "khách sạn": "at the hotel", "đây": "here"}
_PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"at the gold shop": "tiệm vàng"}
_SHOPS = {"ngân hàng": "bank", "tiệm vàng": "gold shop", "cửa hàng vàng": "gold shop", "khách sạn": "hotel"}
_SHOPS_VI = {en: vi for vi, en in reversed(_SHOPS.items())}
# near days: behind, said of what was done; ahead, of what will be; today's only with a verb that tells
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tuần trước",
                  "hôm nay", "sáng nay", "chiều nay", "ngày mai", "sáng mai", "chiều mai", "tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_CUR = rf"(?i:{alternatives(CURRENCIES)})"
_SUM = (rf"(?:(?P<n>[1-9]\d{{0,2}})|(?P<w>(?i:{alternatives(_VI_N)}))"
        rf"(?:\s+(?P<scale>(?i:{alternatives(_SCALES)})))?)\s+(?P<cur>(?i:{alternatives(AFTER_SUM)}))")
_MONEY = rf"(?:{_SUM}|(?P<some>(?:một\s+)?(?:ít|chút)\s+)?(?P<money>tiền)|(?:đồng\s+)?(?P<cur2>{_CUR}))"
_INTO_P = rf"(?:\s+(?:sang|ra|thành)\s+(?P<into>(?i:{alternatives(_INTO)})))?"
_PLACE = rf"(?:\s+ở\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_DAY = rf"(?P<day>(?i:{alternatives(_DAYS)}))"
# who changed money, will, would like to … ("Tôi đã đổi hai trăm đô ở sân bay.", "Bạn đã đổi tiền chưa?")
_CHANGE = lazy(rf"(?:{_DAY}\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|sẽ|chưa|muốn|cần|phải)\s+)?đổi\s+{_MONEY}"
               rf"{_INTO_P}{_PLACE}(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?(?:\s+(?P<done>rồi))?"
               rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# where to change it ("Đổi tiền ở đâu được giá?", "Tôi nên đổi đô ở đâu?")
_WHERE = lazy(rf"(?:{WHO}\s+(?P<modal>có\s+thể|nên)\s+|(?P<should>[Nn]ên)\s+)?(?i:đổi)\s+(?:(?P<money>tiền)|"
              rf"(?P<cur2>{_CUR}))\s+ở\s+đâu(?:\s+(?P<good>được\s+giá(?:\s+tốt)?|giá\s+tốt)(?P<best>\s+nhất)?)?"
              rf"{SOFTENED_QUESTION}")
# whether a place changes it ("Tiệm vàng có đổi đô không?", "Ngân hàng không đổi baht.")
_DOES = lazy(rf"(?P<shop>(?i:{alternatives([*_SHOPS, 'sân bay'])}))(?P<this>\s+này)?\s+(?:(?P<ask>có)\s+|"
             rf"(?P<not>không)\s+)?đổi\s+(?:(?P<money>tiền)|(?P<cur2>{_CUR})){_INTO_P}(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
_RATE_OF = (rf"[Tt][ỷỉ]\s+giá(?:\s+hối\s+đoái)?(?:\s+(?:đồng\s+)?(?P<cur>{_CUR}))?{_PLACE}"
            r"(?:\s+(?P<day>hôm\s+nay|hôm\s+qua))?")
# the rate asked ("Tỷ giá đô hôm nay thế nào?", "Tỷ giá won là bao nhiêu?") and said ("Tỷ giá hôm nay tốt.")
_RATE = lazy(rf"{_RATE_OF}\s+(?:là\s+)?(?:bao\s+nhiêu|thế\s+nào|ra\s+sao){SOFTENED_QUESTION}")
_RATE_SAID = lazy(rf"{_RATE_OF}\s+(?:(?P<aux>đang|không|đã|vẫn)\s+)?(?:(?P<very>rất|khá|hơi)\s+)?"
                  r"(?P<adj>tốt|cao|thấp|tăng|giảm)(?:\s+(?P<much>lắm))?(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
_ADJ = {"tốt": "good", "cao": "high", "thấp": "low", "tăng": "up", "giảm": "down"}
_ADJ_VI = {en: vi for vi, en in _ADJ.items()}

# ... and in English
_SUM_EN = (rf"(?:(?P<n>[1-9]\d{{0,2}})|(?P<w>(?i:{alternatives(_EN_N)}))"
           rf"(?:\s+(?P<scale>hundred|thousand|million))?)\s+(?P<cur>(?i:{alternatives(_CUR_EN)}))")
_MANY_EN = rf"(?i:{alternatives(_CUR_EN)})"
_MONEY_EN = rf"(?:{_SUM_EN}|(?:(?P<some>some|any)\s+)?(?:(?P<money>money)|(?P<cur2>{_MANY_EN})))"
_INTO_EN = rf"(?:\s+(?:into|for)\s+(?P<into>{_MANY_EN}))?"
_PLACE_EN = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?"
_AUX_EN = (r"(?P<aux>\s+(?:has|have)(?:\s+(?:just|already))?|['’]ve(?:\s+(?:just|already))?|['’]s\s+(?:just|already)|"
           r"\s+(?:haven|hasn)['’]t|\s+just|['’]ll|\s+will|['’]d\s+like\s+to|\s+would\s+like\s+to|\s+needs?\s+to|"
           r"\s+ha(?:s|ve)\s+to)?")
_CHANGE_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>changed|change)\s+{_MONEY_EN}{_INTO_EN}"
                  rf"{_PLACE_EN}(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+(?:(?P<modal>can|should)\s+{WHO_EN}\s+change\s+"
                 rf"(?:(?P<money>money)|(?P<cur2>{_MANY_EN}))"
                 r"(?:\s+at\s+(?:a\s+(?P<good>good)|the\s+(?P<best>best))\s+(?:exchange\s+)?rate)?|"
                 r"can\s+I\s+get\s+(?:a\s+(?P<good2>good)|the\s+(?P<best2>best))\s+exchange\s+rate)\s*\?+")
_DOES_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>[Tt]he|[Tt]his)\s+(?P<shop>{alternatives(_SHOPS_VI)})"
                r"(?P<v>\s+changes|\s+change|\s+doesn['’]t\s+change|\s+does\s+not\s+change)\s+"
                rf"(?:(?P<money>money)|(?P<cur2>{_MANY_EN})){_INTO_EN}\s*(?P<end>[.!?]*)")
_AIRPORT_EN = lazy(rf"(?:(?P<q>Can)\s+you|(?P<you>You)(?P<v>\s+can|\s+can['’]t|\s+cannot))\s+change\s+"
                   rf"(?:(?P<money>money)|(?P<cur2>{_MANY_EN})){_INTO_EN}\s+at\s+(?P<this>the|this)\s+airport"
                   r"\s*(?P<end>[.!?]*)")
_HERE_EN = lazy(rf"(?:Do|Can)\s+you\s+change\s+(?:(?P<money>money)|(?P<cur2>{_MANY_EN})){_INTO_EN}\s+here\s*\?+")
# the rate of a currency (one: "the dollar rate"), or the exchange rate
_ONE_EN = {one: one for one, _ in AFTER_SUM.values()}
_RATE_OF_EN = (rf"(?:(?P<cur>(?i:{alternatives(_ONE_EN)}))\s+(?:exchange\s+)?|(?P<ex>exchange)\s+)?rate"
               rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?")
_RATE_EN = lazy(rf"(?:What(?P<was>\s+was)|What(?:['’]s|\s+is)|(?P<how>How(?:['’]s|\s+is)))\s+the\s+{_RATE_OF_EN}"
                r"(?:\s+(?P<day>today|yesterday))?\s*\?+")
_RATE_SAID_EN = lazy(rf"The\s+{_RATE_OF_EN}(?P<v>\s+is\s+not|\s+isn['’]t|['’]s|\s+is|\s+has\s+gone|\s+is\s+going|"
                     r"\s+is\s+still)\s+(?:(?P<very>very|quite|a\s+bit)\s+)?(?P<adj>good|high|low|up|down)"
                     r"(?:\s+(?P<day>today))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of money changed, where to change it, whether a place changes it, or the
    exchange rate asked or said; None for any other."""
    if src == "vi":
        return _change(text) or _where(text) or _does(text) or _rate(text) or _rate_said(text)
    return _change_vi(text) or _where_vi(text) or _does_vi(text) or _rate_vi(text) or _rate_said_vi(text)


def _money(m: re.Match, table: dict, some: str = "some") -> str | None:
    """The money of a match of _MONEY (`table` AFTER_SUM) or _MONEY_EN (_CUR_EN) in English, "any" or "some" as
    `some` says: "five hundred dollars", "300 yen", "some money", "any dollars", with "into dong"; None for a sum of
    one, and money into itself."""
    g = m.groupdict()
    if g["money"]:
        said, cur = f"{some} money".strip(), None
    elif g["cur2"]:
        cur = _cur(g["cur2"], table)
        said = f"{some} {_many(cur)}".strip()
    else:
        value, scale, cur = _value(m, table), g["scale"] and keyed(g["scale"]), _cur(g["cur"], table)
        if value == 1 and not scale or value < 10 and not scale and keyed(g["cur"]) in ("bảng", "tệ"):
            return None  # ("đổi hai bảng": two boards swapped, more likely than two pounds)
        n = g["n"] or ("a" if value == 1 else en_word(value))
        said = f"{n}{f' {_SCALES.get(scale, scale)}' if scale else ''} {_many(cur)}"
    into = g["into"] and (_INTO.get(keyed(g["into"])) or _CUR_EN.get(keyed(g["into"])))
    return None if into and into == cur else f"{said} into {_many(into)}" if into else said


def _value(m: re.Match, table: dict) -> int:
    """The number of a sum of a match of _SUM (`table` AFTER_SUM) or _SUM_EN, before its scale: 500, 5."""
    return int(m["n"]) if m["n"] else (_VI_N if table is AFTER_SUM else _EN_N)[keyed(m["w"])]


def _cur(said: str, table: dict) -> str:
    """A currency said, in English, one ("dollar")."""
    word = keyed(said)
    return table[word][0] if table is AFTER_SUM else table[word]


def _many(cur: str) -> str:
    """A currency in English, many: "dollars", "yen"."""
    return next((many for one, many in AFTER_SUM.values() if one == cur), cur)


def _change(text: str) -> str | None:
    """"Tôi đã đổi hai trăm đô ở sân bay." as "I changed two hundred dollars at the airport.", "Tôi muốn đổi năm trăm
    đô." as "I'd like to change five hundred dollars.", "Tôi đổi tiền rồi." as "I've changed some money.", "Bạn đã
    đổi tiền chưa?" as "Have you changed any money yet?", "Hôm qua tôi đổi ba trăm đô." as "I changed three hundred
    dollars yesterday." (_CHANGE); None for anything else, for changing said bare, and for a pet."""
    m = _CHANGE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["day"] and m["day2"] or animal(m) or not (said := who(m, asked)):
        return None
    (who_, one), aux, done = said, keyed(m["aux"] or ""), bool(m["done"])
    day = keyed(m["day"] or m["day2"] or "")
    way = NEAR_WAY.get(day)
    if asked:  # ("Bạn đã đổi tiền chưa?": have you yet)
        money = _money(m, AFTER_SUM, "any")
        if aux not in ("", "đã") or done or day or who_ == "I" or not money:
            return None
        return f"{'Has' if one else 'Have'} {who_} changed {money}{_at(m)} yet?"
    money, have = _money(m, AFTER_SUM, "any" if aux == "chưa" else "some"), "has" if one else "have"
    if aux in ("muốn", "cần", "phải"):  # ("I'd like", "My mother would like")
        verb = {"muốn": "'d like" if who_ in EN_WHOSE else " would like", "cần": " needs" if one else " need",
                "phải": f" {have}"}[aux]
        said = None if done or way == "behind" else f"{who_}{verb} to change"
    elif aux == "sẽ" or not aux and way == "ahead" and not done:
        said = None if done or way == "behind" else contracted(who_, "will change")
    elif aux in ("vừa", "vừa mới"):
        said = None if done or day else contracted(who_, f"{have} just changed")
    elif aux == "chưa":
        said = None if done or day else f"{who_} {have}n't changed"
    elif done:  # ("rồi": have; "đã … rồi": already)
        said = None if day else contracted(who_, f"{have} {'already ' * (aux == 'đã')}changed")
    else:  # ("đã", or a day behind; "Tôi đổi tiền.": when?)
        said = f"{who_} changed" if aux == "đã" and way != "ahead" or not aux and way == "behind" else None
    if not said or not money:
        return None
    when = f" {_DAYS[day]}" if day else ""
    return capitalised(f"{said} {money}{_at(m)}{when}{' yet' * (aux == 'chưa')}{'!' if '!' in m['end'] else '.'}")


def _at(m: re.Match) -> str:
    """Where money was changed, in English (" at the airport", " here"), or ""."""
    return f" {PLACES[keyed(m['place'])]}" if m["place"] else ""


def _where(text: str) -> str | None:
    """"Đổi tiền ở đâu được giá?" as "Where can I change money at a good rate?", "Tôi nên đổi đô ở đâu?" as "Where
    should I change dollars?", "Đổi đô ở đâu được giá nhất?" as "… at the best rate?" (_WHERE); None for anything
    else."""
    if not (m := _WHERE.fullmatch(text)):
        return None
    said = ("I", False) if not m["modal"] else None if animal(m) else who(m, True)
    if not said or said[0] == "you" and keyed(m["who"] or "") != "bạn":
        return None  # ("Em nên đổi tiền ở đâu?": "em" may be the speaker)
    what = "money" if m["money"] else _many(_cur(m["cur2"], AFTER_SUM))
    rate = f" at {'the best' if m['best'] else 'a good'} rate" if m["good"] else ""
    modal = "should" if m["should"] or m["modal"] and keyed(m["modal"]) == "nên" else "can"
    return f"Where {modal} {said[0]} change {what}{rate}?"


def _does(text: str) -> str | None:
    """"Tiệm vàng có đổi đô không?" as "Does the gold shop change dollars?", "Ngân hàng không đổi baht." as "The bank
    doesn't change baht.", "Sân bay có đổi tiền không?" as "Can you change money at the airport?" (_DOES); None for
    anything else."""
    m = _DOES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["not"]:
        return None
    money = _money(m, AFTER_SUM, "")
    if not money:
        return None
    shop = keyed(m["shop"])
    end = "?" if asked else "!" if "!" in m["end"] else "."
    if shop == "sân bay":
        place, can = f"at {'this' if m['this'] else 'the'} airport", "can't" if m["not"] else "can"
        return f"Can you change {money} {place}?" if asked else f"You {can} change {money} {place}{end}"
    shop = f"{'this' if m['this'] else 'the'} {_SHOPS[shop]}"
    if asked:
        return f"Does {shop} change {money}?"
    verb = "doesn't change" if m["not"] else "changes"
    return capitalised(f"{shop} {verb} {money}{end}")


def _rate_of(m: re.Match) -> str:
    """The rate of a match of _RATE_OF in English: "the dollar rate", "the exchange rate at the airport"."""
    cur = m["cur"] and _cur(m["cur"], AFTER_SUM)
    return f"the {cur or 'exchange'} rate{_at(m)}"


def _rate(text: str) -> str | None:
    """"Tỷ giá đô hôm nay thế nào?" as "What's the dollar rate today?", "Tỷ giá won là bao nhiêu?" as "What's the won
    rate?", "Tỷ giá đô hôm qua là bao nhiêu?" as "What was the dollar rate yesterday?" (_RATE); None for anything
    else."""
    if not (m := _RATE.fullmatch(text)):
        return None
    day = keyed(m["day"] or "")
    what = "What was" if day == "hôm qua" else "What's"
    return f"{what} {_rate_of(m)}{f' {_DAYS[day]}' if day else ''}?"


def _rate_said(text: str) -> str | None:
    """"Tỷ giá hôm nay tốt." as "The rate is good today.", "Tỷ giá đô đang tăng." as "The dollar rate is going up.",
    "Tỷ giá ở sân bay không tốt lắm." as "The exchange rate at the airport isn't very good.", "Tỷ giá đô tăng rồi."
    as "The dollar rate has gone up." (_RATE_SAID); None for anything else, and for yesterday's."""
    if not (m := _RATE_SAID.fullmatch(text)) or keyed(m["day"] or "") == "hôm qua":
        return None
    adj, aux, very, done = _ADJ[m["adj"]], m["aux"] or "", m["very"] or "", bool(m["done"])
    very = "very" if m["much"] and not very or very == "rất" else {"khá": "quite", "hơi": "a bit", "": ""}.get(very)
    moves = adj in ("up", "down")
    if moves and (very or aux in ("không", "vẫn") or aux == "đang" and done) or not moves and (
            done or aux in ("đã", "đang") or very == "a bit" and adj == "good" or m["very"] and (m["much"] or aux)):
        return None
    if moves:
        verb = "has gone" if aux == "đã" or done else "is going" if aux == "đang" else "is"
    else:
        verb = "isn't" if aux == "không" else "is still" if aux == "vẫn" else "is"
    rate = _rate_of(m) if m["cur"] or m["place"] else "the rate"
    day = " today" if m["day"] else ""
    return capitalised(f"{rate} {verb} {very + ' ' if very else ''}{adj}{day}{'!' if '!' in m['end'] else '.'}")


def _money_vi(m: re.Match) -> str | None:
    """The money of a match of _MONEY_EN in Vietnamese: "tiền", "đô la", "năm trăm đô", "100 euro", with "sang tiền
    Việt"; None where _money leaves it, and for dong alone."""
    if _money(m, _CUR_EN) is None:
        return None
    if not m["cur"]:
        return _what_vi(m)
    scale = m["scale"] and _SCALES_VI[keyed(m["scale"])]
    n = m["n"] or vi_word(_value(m, _CUR_EN))
    cur = _SUM_CUR_VI.get(_cur(m["cur"], _CUR_EN))
    return cur and _what_vi(m, f"{n}{f' {scale}' if scale else ''} {cur}")


# what Vietnamese says for each English form of _CHANGE_EN (the question's word, or the auxiliary), and whether the
# verb is "changed"
_FORMS = {"did": ("có", False), "have": ("đã", True), "has": ("đã", True), "'d like to": ("muốn", False),
          "would like to": ("muốn", False), "need to": ("cần", False), "needs to": ("cần", False),
          "have to": ("phải", False), "has to": ("phải", False), "'ll": ("sẽ", False), "will": ("sẽ", False),
          "hasn't": ("chưa", True), "haven't": ("chưa", True), "just": ("vừa", True), "": ("đã", True)}
_THIRD, _OTHER = {"has", "'s", "hasn't", "needs"}, {"have", "'ve", "haven't", "need"}


def _change_vi(text: str) -> str | None:
    """"I changed two hundred dollars at the airport." as "Tôi đã đổi hai trăm đô ở sân bay.", "I'd like to change
    five hundred dollars." as "Tôi muốn đổi năm trăm đô.", "Have you changed any money yet?" as "Bạn đã đổi tiền
    chưa?", "I haven't changed any money yet." as "Tôi chưa đổi tiền.", "I'll change some money tomorrow." as "Ngày
    mai tôi sẽ đổi tiền." (_CHANGE_EN); None for anything else, and where the verb does not agree with who."""
    if not (m := _CHANGE_EN.fullmatch(text)) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux, q = " ".join((m["aux"] or "").lower().replace("’", "'").split()), (m["q"] or "").lower()
    first = (q or aux).split(" ")[0]
    if first in _THIRD and not one or first in _OTHER and one or q and (aux or who_ == "tôi"):
        return None
    # ("has just", "'ve already": just, already; "has", "'ve": done, written "đã … rồi")
    said = q or ("just" if aux.endswith("just") else "has" if aux.split(" ")[0] in ("has", "have", "'ve", "'s")
                 and aux not in ("has to", "have to") else aux)
    how, past = _FORMS.get(said, (None, None))
    some, yet, day = (m["some"] or "").lower(), bool(m["yet"]), m["day"] and _DAYS_VI[keyed(m["day"])]
    way, asked = NEAR_WAY.get(day or ""), q in ("have", "has")
    if how is None or past != (m["verb"] == "changed") or some == "any" and not (q or how == "chưa") or \
            some == "some" and how == "chưa" or yet and not (asked or how == "chưa") or \
            day and (asked or said == "has" or how in ("vừa", "chưa")) or way == "ahead" and how in ("đã", "có") or \
            way == "behind" and how not in ("đã", "có") or not (money := _money_vi(m)):
        return None
    place = f" ở {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = f"{who_} {how} đổi {money}{place}{' rồi' * (said == 'has' and not asked)}"
    said = capitalised(f"{day} {said}" if day else said)
    return f"{said} {'chưa' if asked else 'không'}?" if q else said + ("!" if "!" in m["end"] else ".")


def _where_vi(text: str) -> str | None:
    """"Where can I change money at a good rate?" as "Tôi có thể đổi tiền ở đâu được giá?", "Where should I change
    dollars?" as "Tôi nên đổi đô la ở đâu?", "Where can I get a good exchange rate?" as "Đổi tiền ở đâu được giá?"
    (_WHERE_EN); None for anything else, and for dong alone."""
    if not (m := _WHERE_EN.fullmatch(text)):
        return None
    if not m["modal"]:
        return f"Đổi tiền ở đâu được giá{' nhất' * bool(m['best2'])}?"
    if animal(m):
        return None
    who_ = who_vi(m)[0]
    what = "tiền" if m["money"] else _CUR_VI.get(_cur(m["cur2"], _CUR_EN))
    if not what:
        return None  # (dong alone, as _what_vi leaves it)
    rate = " được giá nhất" if m["best"] else " được giá" if m["good"] else ""
    return capitalised(f"{who_} {'nên' if m['modal'] == 'should' else 'có thể'} đổi {what} ở đâu{rate}?")


def _what_vi(m: re.Match, said: str | None = None) -> str | None:
    """What is changed, of a match of _DOES_EN, _AIRPORT_EN, _HERE_EN or _MONEY_EN, in Vietnamese: "tiền", "đô la", or
    the sum `said` ("năm trăm đô"), with "sang tiền Việt"; None for dong alone, and money into itself."""
    cur = m["cur2"] and _cur(m["cur2"], _CUR_EN)
    what, into = said or ("tiền" if m["money"] else _CUR_VI.get(cur)), m["into"] and _cur(m["into"], _CUR_EN)
    if not what or into and into == cur:
        return None
    return f"{what} sang {_INTO_VI[into]}" if into else what


def _does_vi(text: str) -> str | None:
    """"Does the gold shop change dollars?" as "Tiệm vàng có đổi đô la không?", "The bank doesn't change baht." as
    "Ngân hàng không đổi baht.", "Can you change money at the airport?" as "Sân bay có đổi tiền không?", "You can
    change money at the airport." as "Bạn có thể đổi tiền ở sân bay.", "Do you change money here?" as "Ở đây có đổi
    tiền không?" (_DOES_EN, _AIRPORT_EN, _HERE_EN); None for anything else."""
    if m := _HERE_EN.fullmatch(text):
        return (what := _what_vi(m)) and f"Ở đây có đổi {what} không?"
    if m := _AIRPORT_EN.fullmatch(text):
        what, v = _what_vi(m), keyed(m["v"] or "").replace("’", "'")
        if not what or bool(m["q"]) != ("?" in m["end"]):
            return None
        airport, end = f"Sân bay{' này' * (m['this'] == 'this')}", "!" if "!" in m["end"] else "."
        if m["q"]:
            return f"{airport} có đổi {what} không?"
        # ("Sân bay đổi tiền." would say the airport itself changes it)
        return f"Bạn có thể đổi {what} ở {airport.lower()}{end}" if v == "can" else f"{airport} không đổi {what}{end}"
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (keyed(m["v"]) == "change") != bool(m["q"]):
        return None
    what, shop = _what_vi(m), _SHOPS_VI[keyed(m["shop"])] + " này" * (m["det"].lower() == "this")
    if not what:
        return None
    if m["q"]:
        return capitalised(f"{shop} có đổi {what} không?")
    end = "!" if "!" in m["end"] else "."
    return capitalised(f"{shop} {'đổi' if keyed(m['v']) == 'changes' else 'không đổi'} {what}{end}")


def _rate_of_vi(m: re.Match) -> str | None:
    """The rate of a match of _RATE_OF_EN in Vietnamese: "Tỷ giá đô la", "Tỷ giá ở sân bay"; None for "the rate"
    alone."""
    if not (m["cur"] or m["ex"]):
        return None
    place = f" ở {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    cur = f" {_CUR_VI[keyed(m['cur'])]}" if m["cur"] else ""
    return f"Tỷ giá{cur}{place}"


def _rate_vi(text: str) -> str | None:
    """"What's the won rate today?" as "Tỷ giá won hôm nay là bao nhiêu?", "How's the dollar rate today?" as "Tỷ giá
    đô la hôm nay thế nào?", "What was the yen rate yesterday?" as "Tỷ giá yên hôm qua là bao nhiêu?" (_RATE_EN);
    None for anything else."""
    m = _RATE_EN.fullmatch(text)
    rate = m and _rate_of_vi(m)
    if not rate or bool(m["was"]) != (m["day"] == "yesterday") or m["how"] and m["was"]:
        return None
    day = f" {_DAYS_VI[m['day']]}" if m["day"] else ""
    return f"{rate}{day} {'thế nào' if m['how'] else 'là bao nhiêu'}?"


def _rate_said_vi(text: str) -> str | None:
    """"The exchange rate is good today." as "Tỷ giá hôm nay tốt.", "The dollar rate is going up." as "Tỷ giá đô la
    đang tăng.", "The exchange rate at the airport isn't good." as "Tỷ giá ở sân bay không tốt." (_RATE_SAID_EN);
    None for anything else, and for "the rate" alone (an interest rate? a hotel's, a pay rate, a heart's?)."""
    if not (m := _RATE_SAID_EN.fullmatch(text)):
        return None
    v, adj, very = " ".join(m["v"].lower().replace("’", "'").split()), m["adj"], " ".join((m["very"] or "").split())
    rate = _rate_of_vi(m)
    moves = adj in ("up", "down")
    if not rate or moves and (v not in ("has gone", "is going", "is", "'s") or very) or \
            not moves and v in ("has gone", "is going") or very == "a bit" and adj == "good" or \
            very in ("quite", "a bit") and v in ("is not", "isn't"):
        return None  # ("isn't quite good": not said so in Vietnamese)
    aux = {"has gone": "đã ", "is going": "đang ", "is not": "không ", "isn't": "không ", "is still": "vẫn "}.get(v, "")
    if very == "very":
        very, much = ("", " lắm") if aux == "không " else ("rất ", "")
    else:
        very, much = {"quite": "khá ", "a bit": "hơi "}.get(very, ""), ""
    day = " hôm nay" if m["day"] else ""
    return f"{rate}{day} {aux}{very}{_ADJ_VI[adj]}{much}{'!' if '!' in m['end'] else '.'}"
