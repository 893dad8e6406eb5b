"""Investing, both ways, written whole by rule: who invests in stocks, shares, gold or cryptocurrency, plays the stock
market, bought, has bought, will buy or sold it, lost money or made a profit on it, keeps gold at home or in a safe,
and the price of gold or of shares going up or down. v8 (the rules on) reads "chứng khoán" as a security, "lỗ" as a
hole, "lãi" as interesting, "tiền ảo" as virtual money and "crypto" as crying: "Tôi đầu tư vào chứng khoán." → "I invest
in the security.", "Bạn có chơi chứng khoán không?" → "Do you play the security?", "Anh ấy lỗ tiền chứng khoán." → "He
holes the stock.", "Tôi lãi được 10 triệu nhờ chứng khoán." → "I am interesting 10 million shares.", "Tôi bị lỗ 5 triệu
khi chơi chứng khoán." → "I have a 5- million hole when playing the stock.", "Mẹ tôi giữ vàng trong két." → "My mother
kept gold in the car.", "Anh ấy đã mua tiền ảo." → "He bought virtual money.", "Chị Lan vừa mua Bitcoin." → "Lan just
buy Bitcoin."; "He bought cryptocurrency." → "Anh ấy mua lại sự khóc lóc.", "We don't invest in crypto." → "Chúng tôi
không đầu tư vào khóc.", "My mother keeps gold in a safe." → "Mẹ tôi giữ vàng an toàn.", "I lost 5 million dong on
cryptocurrency." → "Tôi mất 5 triệu đồng trên khóc.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) invests ("đầu tư (vào)") in one of HELD, plays the stock market
("chơi chứng khoán") or keeps gold at home or in a safe: said, denied, asked, "đã" (invested, played), "từng" (used
to), "vẫn" (still); who bought or sold one of HELD with "đã" or a day behind (past), "rồi" (has), "vừa", "mới" (has
just), "sẽ" (will), "hay", "thường" (often), sold all of it ("bán hết": all my shares), and buys gold as savings ("để
tiết kiệm"); who lost money ("lỗ tiền", "bị lỗ") or made a profit ("lãi", "lời") on one of HELD, a sum said as
mt.amounts reads it ("10 triệu": VND10 million), past, just, has, or is; the price of gold, of Bitcoin, shares or
stocks gone up or down (plain, "rồi", "đã": has; "vừa": has just; "đang": is), sharply, again, today, asked with
"chưa?". Left: "mua" or "bán" with no word of tense ("Tôi mua vàng.": bought or buys?), asked buying or selling,
"chỉ" and "cây" of gold (a weight English has no word for), sums in words ("mười triệu": mt.amounts reads none), a
profit or a loss on nothing said ("Tôi lãi được 10 triệu.": interest on savings?), a sum straight before what is
held ("lãi 5 triệu cổ phiếu": 5 million shares?), "lãi tiền" (interest), "giữ" gold with no place (holds on to it,
or keeps it?), "anh", "chị", "em" alone saying it, "I" asked, an animal as who, a statement with "nhỉ" (asks to be
agreed with), lottery tickets (mt/lottery.py), saving (mt/savings.py), earnings (mt/earnings.py), prices of things
(mt/prices.py), and anything else.
mt.phrasebook.translate tries these after mt/mid_autumn.py.

    >>> translate("Anh ấy lỗ tiền chứng khoán.", "vi", "en"), translate("He bought cryptocurrency.", "en", "vi")
    ('He lost money on the stock market.', 'Anh ấy đã mua tiền ảo.')
"""
from __future__ import annotations

import re

from . import amounts
from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chứng\s+khoán|cổ\s+phiếu|vàng|tiền\s+ảo|tiền\s+điện\s+tử|tiền\s+mã|bitcoin)"),
         "en": lazy(r"(?i:stock|shares|share\s+price|gold|crypto|bitcoin)")}
# what is held: English as held ("invest in stocks"), and as what money is made or lost on ("on the stock market")
HELD = {"chứng khoán": ("stocks", "the stock market"), "thị trường chứng khoán": ("the stock market",) * 2,
        "cổ phiếu": ("shares",) * 2, "cổ phiếu ngân hàng": ("bank shares",) * 2, "vàng": ("gold",) * 2,
        "tiền ảo": ("cryptocurrency",) * 2, "tiền điện tử": ("cryptocurrency",) * 2,
        "tiền mã hóa": ("cryptocurrency",) * 2, "bitcoin": ("Bitcoin",) * 2}
HELD_VI = {"stocks": "chứng khoán", "the stock market": "thị trường chứng khoán", "shares": "cổ phiếu",
           "bank shares": "cổ phiếu ngân hàng", "gold": "vàng", "cryptocurrency": "tiền ảo", "crypto": "tiền ảo",
           "bitcoin": "Bitcoin"}
_MARKET = {"chứng khoán", "thị trường chứng khoán"}  # (not bought or sold: "mua chứng khoán" is stocks, the market not)
# where gold is kept
_PLACES = {"trong két sắt": "in a safe", "trong két": "in a safe", "ở nhà": "at home", "trong nhà": "at home"}
_PLACES_VI = {"in a safe": "trong két sắt", "in the safe": "trong két sắt", "at home": "ở nhà"}
# days behind a purchase or a sale (their way, mt.dates.NEAR_WAY, is the past), and back
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "năm trước")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# the price of what, and whether English says it of one ("the price of gold has", "share prices have")
_PRICED = {"vàng": ("the price of gold", True), "bitcoin": ("the price of Bitcoin", True),
           "cổ phiếu": ("share prices", False), "chứng khoán": ("stock prices", False)}
_PRICED_VI = {"the price of gold": "vàng", "the gold price": "vàng", "gold prices": "vàng",
              "the price of bitcoin": "Bitcoin", "share prices": "cổ phiếu", "stock prices": "chứng khoán"}
# which way a price goes: English done and going, and English of every tense back to Vietnamese
_MOVES = {"tăng": ("gone up", "going up"), "lên": ("gone up", "going up"), "giảm": ("fallen", "falling"),
          "xuống": ("come down", "coming down")}
_MOVES_VI = {"gone up": "tăng", "going up": "tăng", "went up": "tăng", "risen": "tăng", "rising": "tăng",
             "rose": "tăng", "fallen": "giảm", "falling": "giảm", "fell": "giảm", "gone down": "giảm",
             "going down": "giảm", "went down": "giảm", "dropped": "giảm", "dropping": "giảm", "come down": "giảm",
             "coming down": "giảm", "came down": "giảm"}
_NUM = r"\d+(?:[.,]\d+)*"  # (as mt.amounts reads a number: mt.amounts.sum_said says whether it is a sum of đồng)
_SUM = rf"(?P<sum>{_NUM}(?:\s*[^\W\d_]+){{0,2}}?)"
_SUM_EN = rf"(?P<sum>(?:VND\s?)?{_NUM}(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_HELD = rf"(?P<what>(?i:{alternatives(HELD)}))"
_HELD_EN = rf"(?P<what>(?i:{alternatives(HELD_VI)}))"

# who invests, plays the stock market, keeps gold ("Tôi đầu tư vào chứng khoán.", "Bạn có chơi chứng khoán không?")
_DOES = lazy(rf"{WHO}\s+(?:(?P<pre>đã|từng|vẫn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<invest>đầu\s+tư)"
             rf"\s+(?:vào\s+)?{_HELD}|(?P<play>chơi)\s+chứng\s+khoán|(?P<keep>giữ)\s+vàng\s+"
             rf"(?P<place>{alternatives(_PLACES)})){ASKED_END}")
# who bought or sold it ("Hôm qua tôi mua vàng.", "Tôi bán hết cổ phiếu rồi.", "Bố tôi mua vàng để tiết kiệm.")
_TRADE = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s+)?{WHO}\s+(?:(?P<pre>đã|vừa\s+mới|vừa|mới|sẽ|"
              rf"{alternatives(SELDOM)})\s+)?(?P<verb>mua|bán)\s+(?P<all>hết\s+)?{_HELD}"
              r"(?:\s+(?P<save>để\s+(?:tiết\s+kiệm|dành)))?(?:\s+(?P<done>rồi))?" + SOFTENED_END)
# who lost or made money on it ("Anh ấy lỗ tiền chứng khoán.", "Tôi lãi được 10 triệu nhờ chứng khoán.")
_MONEY = lazy(rf"{WHO}\s+(?:(?P<pre>đã|vừa|mới|đang)\s+)?(?P<bi>bị\s+)?(?P<verb>(?:thua\s+)?lỗ|lãi|lời)"
              rf"(?P<got>\s+được)?(?P<lost>\s+mất)?(?:\s+(?P<money>tiền)|\s+{_SUM})?\s+(?:(?P<by>khi|vì|do|với|từ|"
              rf"nhờ)\s+)?(?:(?P<doing>chơi|đầu\s+tư(?:\s+vào)?)\s+)?{_HELD}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# the price of it gone up or down ("Giá vàng tăng rồi.", "Giá cổ phiếu đang giảm mạnh.", "Giá vàng tăng chưa?")
_PRICE = lazy(rf"[Gg]iá\s+(?P<what>(?i:{alternatives(_PRICED)}))(?:\s+(?P<today>hôm\s+nay))?\s+(?:(?P<again>lại)\s+)?"
              rf"(?:(?P<pre>đang|vừa|đã)\s+)?(?P<move>{alternatives(_MOVES)})(?:\s+(?P<sharp>mạnh))?"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... in English
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<aux>don['’]t|doesn['’]t|do\s+not|does\s+not|used\s+to|"
                r"still))?\s+(?:(?P<invest>invests?|invested)\s+in\s+" + _HELD_EN + r"|(?P<play>plays?|played)\s+the"
                rf"\s+stock\s+market|(?P<keep>keeps?)\s+gold\s+(?P<place>{alternatives(_PLACES_VI)}))"
                r"\s*(?P<end>[.!?]*)")
_TRADE_EN = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS_VI)})),?\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|"
                 rf"\s+will|['’]ll)?(?:\s+(?P<adv>just|{alternatives(HABIT_VI)}))?\s+(?P<verb>bought|sold|buys?|"
                 rf"sells?)\s+(?:(?P<all>all)\s+(?P<owner>{WHOSE_WORDS})\s+)?{_HELD_EN}(?:\s+(?P<save>as\s+savings))?"
                 rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?\s*(?P<end>[.!?]*)")
_MONEY_EN = lazy(rf"{WHO_EN}(?:\s+(?P<just>just))?\s+(?P<verb>lost|made)\s+(?:(?P<money>money)|(?P<profit>a\s+"
                 rf"profit)|(?:(?P<of>a\s+profit\s+of)\s+)?{_SUM_EN})\s+on\s+{_HELD_EN}\s*(?P<end>[.!?]*)")
_PRICE_EN = lazy(rf"(?:(?P<has>Has|Have)\s+)?(?P<what>(?i:{alternatives(_PRICED_VI)}))(?P<aux>\s+has|\s+have|['’]s|"
                 rf"\s+is|\s+are)?(?:\s+(?P<just>just))?\s+(?P<move>{alternatives(_MOVES_VI)})"
                 r"(?:\s+(?P<sharp>sharply))?(?:\s+(?P<again>again))?(?:\s+(?P<today>today))?(?:\s+(?P<yet>yet))?"
                 r"\s*(?P<end>[.!?]*)")
_PAST = {"went up", "rose", "fell", "went down", "came down"}  # (the past; "dropped" too, where nothing has it)
_ONE = {"does", "doesn't", "does not", "has", "'s", "is"}  # (said of one: he, she, my mother, the price)


@key_checked(_KEYS)  # ("Giá vàng tăng rồi nhỉ.": hasn't it?, not written as a plain statement)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who invests in, plays, buys, sells, keeps, loses or makes money on stocks,
    shares, gold or cryptocurrency, or of the price of gold or shares going up or down; None for any other."""
    if src == "vi":
        return _does(text) or _trade(text) or _money(text) or _price(text)
    text = text.replace("’", "'")
    return _does_vi(text) or _trade_vi(text) or _money_vi(text) or _price_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("my father", True), as mt.hobbies.who gives it; None for a
    pet ("Con mèo của tôi": investing is people's), "anh", "chị", "em" alone saying it, and "I" asked."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _person_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, as mt.hobbies.who_vi gives it; None for a pet."""
    return None if animal(m) else who_vi(m)


def _does(text: str) -> str | None:
    """"Tôi đầu tư vào chứng khoán." as "I invest in stocks.", "Bạn có chơi chứng khoán không?" as "Do you play the
    stock market?", "Mẹ tôi giữ vàng trong két." as "My mother keeps gold in a safe.", "Anh ấy đã đầu tư vào vàng."
    as "He invested in gold.", "Tôi từng chơi chứng khoán." as "I used to play the stock market." (_DOES); None for
    anything else, and "có" or "không?" alone."""
    m = _DOES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["pre"] and (m["ask"] or m["not"]):
        return None
    said = _person(m, asked)
    if said is None or m["pre"] == "đã" and m["keep"]:
        return None  # ("đã giữ vàng": kept it once, or has kept it?)
    who_, one = said
    verb, rest = ("invest", f"in {HELD[keyed(m['what'])][0]}") if m["invest"] else ("play", "the stock market") \
        if m["play"] else ("keep", f"gold {_PLACES[keyed(m['place'])]}")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {rest}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {rest}.")
    if m["pre"] in ("đã", "từng"):
        return capitalised(f"{who_} {verb}ed {rest}." if m["pre"] == "đã" else f"{who_} used to {verb} {rest}.")
    still = "still " if m["pre"] else ""
    return capitalised(f"{who_} {still}{verb}{'s' * one} {rest}.")


def _trade(text: str) -> str | None:
    """"Tôi đã mua cổ phiếu ngân hàng." as "I bought bank shares.", "Hôm qua tôi mua vàng." as "I bought gold
    yesterday.", "Tôi bán hết cổ phiếu rồi." as "I've sold all my shares.", "Chị Lan vừa mua Bitcoin." as "Lan has
    just bought Bitcoin.", "Chúng tôi hay mua vàng." as "We often buy gold.", "Bố tôi mua vàng để tiết kiệm." as "My
    father buys gold as savings." (_TRADE); None for anything else, a plain "mua" (bought, or buys?), asked, and all
    of it bought ("mua hết": bought up) or sold by a name alone (his or hers?)."""
    m = _TRADE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _person(m, False)) is None or keyed(m["what"]) in _MARKET:
        return None
    who_, one = said
    pre, what, verb = keyed(m["pre"] or ""), HELD[keyed(m["what"])][0], m["verb"]
    if m["all"]:
        whose = verb == "bán" and whose_own(m, who_)
        if not whose or pre in SELDOM or m["save"]:
            return None
        what = f"all {whose} {what}"
    past, base = ("bought", "buy") if verb == "mua" else ("sold", "sell")
    if m["save"]:  # (buying gold as a way of saving: a habit)
        ok = verb == "mua" and what == "gold" and not (m["day"] or m["done"]) and pre in ("", *SELDOM)
        return capitalised(f"{who_} {_often(pre)}{base}{'s' * one} gold as savings.") if ok else None
    if m["day"]:
        ok = pre in ("", "đã") and not m["done"] and NEAR_WAY[keyed(m["day"])] == "behind"
        return capitalised(f"{who_} {past} {what} {_DAYS[keyed(m['day'])]}.") if ok else None
    if pre in SELDOM:
        return None if m["done"] or m["all"] else capitalised(f"{who_} {_often(pre)}{base}{'s' * one} {what}.")
    if pre in ("vừa", "mới", "vừa mới") and not m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {past} {what}."))
    if pre == "sẽ" and not m["done"]:
        return capitalised(contracted(who_, f"will {base} {what}."))
    if pre in ("", "đã") and m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {past} {what}."))
    return capitalised(f"{who_} {past} {what}.") if pre == "đã" else None


def _often(pre: str) -> str:
    """How often of a word of mt.hobbies.SELDOM in English, before the verb ("hay" as "often "); "" for none."""
    return f"{SELDOM[pre]} " if pre else ""


def _money(text: str) -> str | None:
    """"Anh ấy lỗ tiền chứng khoán." as "He lost money on the stock market.", "Tôi bị lỗ 5 triệu khi chơi chứng
    khoán." as "I lost VND5 million on the stock market.", "Tôi lãi được 10 triệu nhờ chứng khoán." as "I made a profit
    of VND10 million on the stock market.", "Bố tôi đang lỗ tiền ảo." as "My father is losing money on
    cryptocurrency." (_MONEY); None for anything else, a sum mt.amounts does not read, a sum straight before what is
    held ("lãi 5 triệu cổ phiếu": 5 million shares?), and words that do not go with the verb ("bị lãi", "lãi tiền":
    interest)."""
    m = _MONEY.fullmatch(text)
    if not m or "?" in m["end"] or (said := _person(m, False)) is None:
        return None
    who_, one = said
    lose, pre, by = "lỗ" in m["verb"], keyed(m["pre"] or ""), m["by"] or ""
    if lose and (m["got"] or by == "nhờ") or not lose and (m["bi"] or m["lost"] or m["money"] or by in ("vì", "do")):
        return None  # ("bị lãi" is no Vietnamese; "lãi tiền" is interest; one loses "vì", gains "nhờ")
    if m["sum"] and not (by or m["doing"]):
        return None  # ("5 triệu cổ phiếu" reads as a number of shares too)
    sum_ = amounts.sum_said(m["sum"], "vi") if m["sum"] else ""
    if sum_ is None or pre == "đang" and (sum_ or m["done"]) or pre and m["done"]:
        return None
    on = HELD[keyed(m["what"])][1]
    if pre == "đang":
        return capitalised(contracted(who_, f"{'is' if one else 'am' if who_ == 'I' else 'are'} "
                                            f"{'losing money' if lose else 'making a profit'} on {on}."))
    what = (sum_ or "money") if lose else f"a profit of {sum_}" if sum_ else "a profit"
    done = f"{'lost' if lose else 'made'} {what} on {on}."
    if pre in ("vừa", "mới") or m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {'just ' * bool(pre)}{done}"))
    return capitalised(f"{who_} {done}")


def _price(text: str) -> str | None:
    """"Giá vàng tăng rồi." as "The price of gold has gone up.", "Giá vàng giảm." as "The price of gold has fallen.",
    "Giá cổ phiếu đang giảm mạnh." as "Share prices are falling sharply.", "Giá vàng lại tăng rồi." as "The price of
    gold has gone up again.", "Giá vàng tăng chưa?" as "Has the price of gold gone up yet?" (_PRICE); None for anything
    else."""
    m = _PRICE.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]):
        return None
    price, one = _PRICED[keyed(m["what"])]
    done, going = _MOVES[keyed(m["move"])]
    pre, after = m["pre"] or "", "".join((" sharply" * bool(m["sharp"]), " again" * bool(m["again"]),
                                          " today" * bool(m["today"])))
    if m["yet"]:
        ok = not (pre or m["done"] or after)
        return f"{'Has' if one else 'Have'} {price} {done} yet?" if ok else None
    if pre == "đang":
        return None if m["done"] else capitalised(f"{price} {'is' if one else 'are'} {going}{after}.")
    just = "just " if pre == "vừa" else ""
    return None if just and m["done"] else capitalised(f"{price} {'has' if one else 'have'} {just}{done}{after}.")


def _agrees(first: str, one: bool) -> bool:
    """Whether the first verb after who in English (or "Do", "Does" before who) agrees with who: "does", "has",
    "invests" said of one, "do", "have", "invest" of others."""
    first = " ".join(first.lower().split())
    return (first in _ONE or first.endswith("s")) == one


def _does_vi(text: str) -> str | None:
    """"I invest in stocks." as "Tôi đầu tư vào chứng khoán.", "Do you play the stock market?" as "Bạn có chơi chứng
    khoán không?", "My mother keeps gold in a safe." as "Mẹ tôi giữ vàng trong két sắt.", "He invested in gold." as
    "Anh ấy đã đầu tư vào vàng.", "She used to play the stock market." as "Cô ấy từng chơi chứng khoán." (_DOES_EN);
    None for anything else, and where a verb does not agree with who ("He invest", "Does she invests")."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    verb, aux = (m["invest"] or m["play"] or m["keep"]).lower(), " ".join((m["aux"] or "").lower().split())
    if (said := _person_vi(m)) is None:
        return None
    who_, one = said
    if verb.endswith("ed"):  # (the past said, and nothing before it)
        ok = not (m["q"] or aux)
    elif m["q"] or aux not in ("", "still"):  # ("used to" said of anyone: "She used to play")
        ok = not verb.endswith("s") and (aux == "used to" or _agrees(m["q"] or aux, one))
    else:
        ok = _agrees(verb, one)
    if not ok:
        return None
    said = f"đầu tư vào {HELD_VI[keyed(m['what'])]}" if m["invest"] else "chơi chứng khoán" if m["play"] else \
        f"giữ vàng {_PLACES_VI[keyed(m['place'])]}"
    if m["q"]:
        return capitalised(f"{who_} có {said} không?")
    pre = "không " if "not" in aux or "n't" in aux else "từng " if aux == "used to" else "vẫn " if aux else \
        "đã " if verb.endswith("ed") else ""
    return capitalised(f"{who_} {pre}{said}.")


def _trade_vi(text: str) -> str | None:
    """"He bought cryptocurrency." as "Anh ấy đã mua tiền ảo.", "I bought gold yesterday." as "Hôm qua tôi mua
    vàng.", "I've sold all my shares." as "Tôi bán hết cổ phiếu rồi.", "She has just bought Bitcoin." as "Cô ấy vừa
    mua Bitcoin.", "My father buys gold as savings." as "Bố tôi mua vàng để tiết kiệm.", "We'll buy gold." as
    "Chúng tôi sẽ mua vàng." (_TRADE_EN); None for anything else, where a verb does not agree with who, and all of
    another's sold ("I sold all her shares")."""
    m = _TRADE_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or keyed(m["what"]) == "the stock market" or \
            (said := _person_vi(m)) is None:
        return None
    who_, one = said
    aux, adv, verb = " ".join((m["aux"] or "").lower().split()), (m["adv"] or "").lower(), m["verb"]
    what, day = HELD_VI[keyed(m["what"])], keyed(m["day0"] or m["day"] or "")
    done, base = verb in ("bought", "sold"), "mua" if verb.startswith("b") else "bán"
    if m["all"]:
        if base != "bán" or own_thing(m, who_, one) is not True or m["owner"].lower() == "the":
            return None
        what = f"hết {what}"
    habit = adv not in ("", "just")
    if aux in ("'ve", "'s", "have", "has"):
        if not done or habit or day or m["save"] or not _agrees(aux if aux != "'ve" else "have", one):
            return None
        return capitalised(f"{who_} vừa {base} {what}." if adv else f"{who_} {base} {what} rồi.")
    if aux in ("will", "'ll"):
        ok = not (done or verb.endswith("s") or adv or day or m["save"])
        return capitalised(f"{who_} sẽ {base} {what}.") if ok else None
    if done:
        if habit or m["save"] or adv and day:
            return None
        return capitalised(f"{_DAYS_VI[day]} {who_} {base} {what}." if day else
                           f"{who_} {'vừa' if adv else 'đã'} {base} {what}.")
    if not _agrees(verb, one) or day or adv == "just" or m["all"] or m["save"] and (base != "mua" or what != "vàng"):
        return None
    often = f"{HABIT_VI[adv]} " if adv else ""
    return capitalised(f"{who_} {often}{base} {what}{' để tiết kiệm' * bool(m['save'])}.")


def _money_vi(text: str) -> str | None:
    """"He lost money on the stock market." as "Anh ấy bị lỗ khi chơi chứng khoán.", "I lost 5 million dong on
    cryptocurrency." as "Tôi bị lỗ 5 triệu đồng khi đầu tư tiền ảo.", "I made a profit of 10 million dong on shares."
    as "Tôi lãi được 10 triệu đồng nhờ đầu tư cổ phiếu." (_MONEY_EN); None for anything else, a sum mt.amounts does not
    read, and "lost a profit"."""
    m = _MONEY_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["verb"] == "lost" and (m["profit"] or m["of"]) or (said := _person_vi(m)) is None:
        return None
    who_ = said[0]
    sum_ = amounts.sum_said(m["sum"], "en") if m["sum"] else ""
    if sum_ is None:
        return None
    what = HELD_VI[keyed(m["what"])]
    doing = "chơi chứng khoán" if what in _MARKET else f"đầu tư {what}"
    just = "vừa " if m["just"] else ""
    if m["verb"] == "lost":
        return capitalised(f"{who_} {just}bị lỗ{f' {sum_}' * bool(sum_)} khi {doing}.")
    return capitalised(f"{who_} {just}lãi{f' được {sum_}' * bool(sum_)} nhờ {doing}.")


def _price_vi(text: str) -> str | None:
    """"The price of gold has gone up." as "Giá vàng tăng rồi.", "Gold prices are falling." as "Giá vàng đang
    giảm.", "The price of gold went up today." as "Hôm nay giá vàng tăng.", "Has the price of gold gone up yet?" as
    "Giá vàng tăng chưa?" (_PRICE_EN); None for anything else, and where a verb does not agree ("Share prices has")."""
    m = _PRICE_EN.fullmatch(text)
    if not m or bool(m["has"]) != ("?" in m["end"]) or bool(m["has"]) != bool(m["yet"]) or m["has"] and m["aux"]:
        return None
    key, move = keyed(m["what"]), keyed(m["move"])
    bare = move in _PAST or move == "dropped" and not (m["has"] or m["aux"])
    form = "going" if move.split()[0].endswith("ing") else "past" if bare else "done"
    aux = keyed(m["has"] or m["aux"] or "")
    aux = {"'s": "is" if form == "going" else "has"}.get(aux, aux)
    want = {"going": ("is", "are"), "done": ("has", "have"), "past": ("",)}[form]
    if aux not in want or aux and (aux in ("is", "has")) == key.endswith("prices"):
        return None
    price, extra = f"giá {_PRICED_VI[key]}", m["just"] or m["sharp"] or m["again"] or m["today"]
    if m["yet"]:
        return capitalised(f"{price} {_MOVES_VI[move]} chưa?") if form == "done" and not extra else None
    if m["just"] and form != "done":
        return None
    pre = {"going": "đang ", "past": "" if m["again"] or m["today"] else "đã "}.get(form, "vừa " * bool(m["just"]))
    sharp, again = " mạnh" * bool(m["sharp"]), "lại " * bool(m["again"])
    done = " rồi" if form == "done" and not (m["just"] or m["today"]) else ""
    said = f"{price} {again}{pre}{_MOVES_VI[move]}{sharp}{done}."
    return f"Hôm nay {said}" if m["today"] else capitalised(said)
