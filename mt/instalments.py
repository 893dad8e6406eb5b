"""Buying on instalments (trả góp), both ways, written whole by rule: who bought a thing on instalments, whether one
can pay in instalments or a shop offers them (0% interest too), how many months of instalments are left, how much
who pays a month, and the instalments paid off. v8 (rules on) reads "trả góp" as a contribution and "instalments" as
"ngay tức khắc" (at once) or advice: "Tôi mua xe máy trả góp." → "I bought my motorcycle contributed.", "Tôi mua trả
góp chiếc điện thoại này." → "I bought this phone.", "Có trả góp được không?" → "Can I get a contribution?", "Ở đây có
cho trả góp không?" → "Is it a contribution here?", "Tôi còn phải trả góp sáu tháng nữa." → "I have to pay six
months.", "Tôi trả hết góp rồi." → "I'm paying all the contribution.", "Bạn đã trả góp xong chưa?" → "Do you have
finished?"; "I bought my motorbike in instalments." → "Tôi đã mua xe máy của tôi ở ngay tức khắc.", "Can I pay in
instalments?" → "Có thể tôi trả tiền ngay không?", "Do you offer instalments here?" → "Bạn có đưa ra những lời khuyên
ở đây không?", "I've paid off the instalments." → "Tôi đã trả hết những món hàng.".

English is written British, "in instalments" ("bought a motorbike in instalments", "pay in instalments"); "on" and
"installments" are read too. Sums are mt.amounts.sum_said's ("VND2 million", "2 triệu đồng").

Taken: who (mt.hobbies.WHO, WHO_EN) bought, has just bought or is buying a thing of THINGS ("a motorbike", "this phone")
in instalments, asked with "à?" (Vietnamese) or "Did …?"; "Can I (we) pay (buy …) in instalments (here)?"; whether
instalments (0% interest) are offered: here, by a shop, by "bên em", "bên chúng tôi" or "chúng tôi", "chúng em" with
"cho", "hỗ trợ" or "nhận" (we, said) or "bên anh", "bên em" (you, asked), "Instalments are available here."; "0%
interest instalments." alone; who still has N months (years) of instalments to pay, or how many, asked; who no longer
has to pay them; who pays (has to pay) a sum a month in instalments (as mt.amounts.sum_said writes it: "VND500
thousand"), or how much, asked; who has paid off the instalments, just, not yet, or asked "… chưa?". Left: buying asked
with "có … không?" or denied in Vietnamese (now, or then?), this (that) thing bought in Vietnamese with no "đã", "vừa",
"mới", "đang" or "rồi" (at the counter: "I'll buy this phone …"), "chúng ta" buying with none of them (a plan: "Let's
buy …"), "chúng tôi", "chúng em" with "trả góp" alone (the buyers: "We aren't paying in instalments"), "I" asked, a pet
as who, "anh", "chị", "em" alone saying it, a verb not agreeing, another's thing, a name with "his" or "her" (own, or
another's?), "góp" alone (chipping in, "góp ý"), "tiền góp", a thing not in THINGS, other interest rates, loans
(mt/loans.py), bills (mt/bills.py), prices (mt/prices.py), paying by card or cash (mt/cash.py), shopping
(mt/shopping.py, mt/online_shopping.py), savings (mt/savings.py), and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Tôi mua xe máy trả góp.", "vi", "en"), translate("Can I pay in instalments?", "en", "vi")
    ('I bought a motorbike in instalments.', 'Tôi có thể trả góp được không?')
"""
from __future__ import annotations

import re

from .amounts import sum_said
from .articles import a_or_an
from .hobbies import WHO, WHO_EN, animal, own_thing, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes ("góp": "trả" let the module in on most sentences; "góp" alone is left)
_KEYS = {"vi": lazy(r"(?i:góp)"), "en": lazy(r"(?i:instalment|installment)")}
# things bought (the first Vietnamese of each is written back, with its classifier before "này")
THINGS = {"xe máy": "motorbike", "xe gắn máy": "motorbike", "điện thoại": "phone", "điện thoại di động": "mobile phone",
          "laptop": "laptop", "máy tính xách tay": "laptop", "tủ lạnh": "fridge", "ô tô": "car", "xe ô tô": "car",
          "xe hơi": "car", "nhà": "house", "căn hộ": "flat", "ti vi": "TV", "tivi": "TV", "máy giặt": "washing machine",
          "điều hòa": "air conditioner", "điều hoà": "air conditioner"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {
    "motorcycle": "xe máy", "scooter": "xe máy", "mobile": "điện thoại", "smartphone": "điện thoại",
    "refrigerator": "tủ lạnh", "apartment": "căn hộ", "television": "ti vi", "air conditioning unit": "điều hòa"}
_THINGS_VI_KEYED = {keyed(en): vi for en, vi in THINGS_VI.items()}  # ("tv" typed for "TV")
_CLASSES = {"nhà": "căn", "căn hộ": ""}  # (others: "chiếc")
_THIS = {"này": "this", "đó": "that"}
_INSTALMENTS = r"instal{1,2}ments"
_IN = rf"(?:in|on|by)\s+{_INSTALMENTS}"

# bought on instalments ("Tôi mua xe máy trả góp.", "Tôi mua trả góp chiếc điện thoại này.", "Bạn mua ô tô trả góp à?")
_THING = (rf"(?:(?i:chiếc|cái|căn|ngôi)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
          rf"(?:\s+(?P<this>{alternatives(_THIS)}))?")
_BUY = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|đang)\s+)?mua\s+(?P<pre>trả\s+góp\s+)?{_THING}"
            r"(?P<post>\s+trả\s+góp)?(?:\s+(?P<done>rồi))?(?:\s+(?P<ah>à|hả))?" + SOFTENED_END)
# can one pay in instalments ("Có trả góp được không?", "Tôi có thể mua trả góp chiếc xe máy này không?")
_CAN = lazy(r"(?:(?P<here0>(?i:ở\s+đây))\s+)?(?:(?P<who>(?i:tôi|chúng\s+tôi))\s+)?(?:(?P<ask>[Cc]ó)\s+(?!thể))?"
            r"(?:(?P<can>[Cc]ó\s+thể)\s+)?(?P<buy>mua\s+)?trả\s+góp"
            rf"(?:\s+{_THING})?(?:\s+(?P<here>ở\s+đây))?(?:\s+(?P<able>được))?\s+không{SOFTENED_END}")
# instalments offered ("Ở đây có cho trả góp không?", "Bên em có hỗ trợ trả góp.", "Trả góp 0% lãi suất.")
_SIDES = {"ở đây": "here", "cửa hàng này": "this shop", "cửa hàng": "the shop", "shop": "the shop"}
_OFFER = lazy(rf"(?:(?P<side>(?i:{alternatives(_SIDES)}))\s+|(?P<we>(?i:bên\s+em|(?:bên\s+)?chúng\s+(?:tôi|em)))\s+|"
              r"(?P<you>(?i:bên\s+(?:anh|chị|em|bạn)))\s+)?(?:(?P<ask>[Cc]ó)\s+|(?P<not>không)\s+)?"
              r"(?:(?P<verb>cho|hỗ\s+trợ|nhận)\s+)?[Tt]rả\s+góp"
              rf"(?P<zero>\s+0\s?%(?:\s+lãi\s+suất)?|\s+(?:với\s+)?lãi\s+suất\s+0\s?%)?{ASKED_END}")
# months left ("Tôi còn phải trả góp sáu tháng nữa.", "Bạn còn phải trả góp mấy tháng nữa?")
_UNITS = {"tháng": ("month", "months"), "năm": ("year", "years")}
_LEFT = lazy(rf"{WHO}\s+(?:vẫn\s+)?còn\s+(?P<must>phải\s+)?trả\s+góp\s+(?:thêm\s+)?(?:(?P<n>\d{{1,2}}|"
             rf"{alternatives(VI_TO_EN)})|(?P<how>mấy|bao\s+nhiêu))\s+(?P<unit>tháng|năm)\s+nữa{SOFTENED_END}")
_NO_MORE = lazy(rf"{WHO}\s+không\s+còn\s+(?P<must>phải\s+)?trả\s+góp\s+nữa{SOFTENED_END}")
# a sum a month ("Mỗi tháng tôi trả góp 2 triệu.", "Mỗi tháng bạn trả góp bao nhiêu?")
_MONTHLY = r"(?:mỗi|hàng|hằng)\s+tháng"
_SUM = r"(?P<sum>\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tr|k)?(?:\s*(?:đồng|đ|VNĐ|VND))?)"
_A_MONTH = lazy(rf"(?:(?P<every0>(?i:{_MONTHLY}))\s+)?{WHO}\s+(?:(?P<must>phải)\s+)?trả\s+góp\s+(?:(?P<every1>"
                rf"{_MONTHLY})\s+)?(?:{_SUM}|(?P<how>bao\s+nhiêu(?:\s+tiền)?))"
                rf"(?:\s+(?P<every2>{_MONTHLY}|một\s+tháng))?{SOFTENED_END}")
# paid off ("Tôi trả hết góp rồi.", "Tôi đã trả góp xong.", "Bạn đã trả góp xong chưa?")
_PAID = lazy(rf"{WHO}\s+(?:(?P<aux>đã|chưa|vừa\s+mới|vừa|mới)\s+)?(?:trả\s+góp\s+xong|trả\s+(?:hết|xong)\s+góp|"
             r"trả\s+(?:hết|xong)\s+tiền\s+trả\s+góp)(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?" + SOFTENED_END)

# ... and in English
_THING_EN = (rf"(?P<owner>a|an|the|this|that|{WHOSE_WORDS})\s+(?P<thing>(?i:{alternatives(THINGS_VI)}))")
_BUY_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|is|are|am)|['’](?:ve|s|re|m)|\s+did\s+not|"
               rf"\s+didn['’]t)?(?:\s+(?P<just>just))?\s+(?P<verb>bought|buy|buying)\s+{_THING_EN}\s+{_IN}"
               r"\s*(?P<end>[.!?]*)")
_CAN_EN = lazy(rf"(?:Can\s+(?P<who>I|we)\s+|(?P<possible>Is\s+it\s+possible\s+to)\s+)"
               rf"(?:pay(?:\s+for\s+(?:it|this|that))?|"
               rf"(?P<buy>buy)(?:\s+(?:it|{_THING_EN}))?)\s+{_IN}(?P<here>\s+here)?\s*\?+")
_SIDES_EN = {"you": "bạn", "we": "chúng tôi", "they": "họ", "this shop": "cửa hàng này", "the shop": "cửa hàng",
             "this store": "cửa hàng này", "the store": "cửa hàng"}
_ZERO_EN = r"0\s?%\s+(?:interest\s+)?"
_OFFER_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?(?P<side>(?i:{alternatives(_SIDES_EN)}))(?P<not>\s+(?:do|does)\s+not|"
                 rf"\s+(?:don|doesn)['’]t)?\s+(?P<verb>offer|offers)\s+(?P<zero>{_ZERO_EN})?{_INSTALMENTS}"
                 r"(?P<here>\s+here)?\s*(?P<end>[.!?]*)")
_AVAILABLE_EN = lazy(rf"(?P<zero>{_ZERO_EN})?[Ii]nstal{{1,2}}ments\s+(?P<be>are|aren['’]t|are\s+not)\s+available"
                     r"(?P<here>\s+here)?\s*\.?")
_ZERO_ALONE_EN = lazy(r"(?:0\s?%\s+interest\s+instal{1,2}ments|[Ii]nstal{1,2}ments\s+at\s+0\s?%\s+interest)\s*[.!]?")
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"
_LEFT_EN = lazy(rf"{WHO_EN}(?:\s+still)?(?P<have>\s+has|\s+have|['’](?:ve|s)\s+got|\s+(?:has|have)\s+got)\s+"
                rf"{_N_EN}(?:\s+more)?\s+(?P<unit>months?|years?)\s+of\s+{_INSTALMENTS}\s+(?:left\s+)?"
                r"(?:to\s+pay|left)\s*[.!]*")
_HOW_LONG_EN = lazy(rf"How\s+many\s+(?:more\s+)?(?P<unit>months|years)\s+of\s+{_INSTALMENTS}\s+(?P<do>do|does)\s+"
                    rf"{WHO_EN}\s+(?:still\s+)?have\s+(?:left\s+)?(?:to\s+pay|left)\s*\?+")
_NO_MORE_EN = lazy(rf"{WHO_EN}\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)|no\s+longer)\s+"
                   rf"(?P<must>(?:have|has)\s+to\s+)?(?P<verb>pay|pays)\s+{_INSTALMENTS}(?P<more>\s+any\s*more)?"
                   r"\s*(?P<end>[.!]*)")
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_A_MONTH_EN = lazy(rf"{WHO_EN}\s+(?:(?P<must>has|have)\s+to\s+)?(?P<verb>pay|pays)\s+{_SUM_EN}\s+a\s+month\s+"
                   rf"{_IN}\s*(?P<end>[.!]*)")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<must>have\s+to\s+)?pay\s+a\s+month\s+{_IN}\s*\?+")
_PAID_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s))?"
                r"(?:\s+(?P<adv>just|already))?\s+(?:paid\s+off|finished\s+paying(?:\s+off)?)\s+"
                rf"(?P<owner>the|{WHOSE_WORDS})\s+{_INSTALMENTS}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_NOT = {"offer": "don't offer", "offers": "doesn't offer", "are": "aren't"}
_BE = {"I": "I'm", "you": "you're", "we": "we're", "they": "they're", "he": "he's", "she": "she's"}
_HAVE = {"I": "I've", "you": "you've", "we": "we've", "they": "they've", "he": "he's", "she": "she's"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of buying on instalments, paying in instalments, instalments offered, left,
    paid a month or paid off; None for any other."""
    if src == "vi":
        return _buy(text) or _can(text) or _offer(text) or _left(text) or _a_month(text) or _paid(text)
    text = text.replace("’", "'")
    return _buy_vi(text) or _can_vi(text) or _offer_vi(text) or _left_vi(text) or _a_month_vi(text) or _paid_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my mother", True); None for a pet, "anh", "chị", "em"
    alone saying it, and "I" asked (a slip, not a question)."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _has(who_: str, one: bool) -> str:
    """Who and "have" in English, contracted for a pronoun: "I've", "She's", "My mother has"."""
    return _HAVE.get(who_) or f"{who_} {'has' if one else 'have'}"


def _thing(m: re.Match) -> str:
    """The thing of a match of _THING in English: "a motorbike", "an air conditioner", "this phone"."""
    thing = THINGS[keyed(m["thing"])]
    return f"{_THIS[keyed(m['this'])]} {thing}" if m["this"] else f"{a_or_an(thing)} {thing}"


def _buy(text: str) -> str | None:
    """A thing bought in instalments in English ("Tôi mua xe máy trả góp." as "I bought a motorbike in instalments.",
    _BUY); None for anything else, "trả góp" said twice or not at all, and what the module docstring leaves."""
    m = _BUY.fullmatch(text)
    if not m or bool(m["pre"]) == bool(m["post"]) or bool(m["ah"]) != ("?" in m["end"]):
        return None
    aux, asked = keyed(m["aux"] or ""), bool(m["ah"])
    said = _who(m, asked)
    if said is None or m["done"] and (asked or aux == "đang") or asked and aux not in ("", "đã"):
        return None
    # (this thing with no "đã", "rồi" …: at the counter; "chúng ta" with a bare verb: a plan, "Let's buy …")
    if (m["this"] or keyed(m["who"] or "") == "chúng ta") and not (aux or m["done"]):
        return None
    who_, one = said
    thing = f"{_thing(m)} in instalments"
    if asked:
        return f"Did {who_} buy {thing}?"
    if aux == "đang":
        return capitalised(f"{_BE.get(who_) or who_ + (' is' if one else ' are')} buying {thing}.")
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(f"{_has(who_, one)} just bought {thing}.")
    return capitalised(f"{_has(who_, one)} bought {thing}." if m["done"] else f"{who_} bought {thing}.")


def _can(text: str) -> str | None:
    """Whether one can pay in instalments, in English ("Có trả góp được không?" as "Can I pay in instalments?",
    _CAN); None for anything else, and neither "có thể" nor "được" said."""
    m = _CAN.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["can"] or m["able"]) or m["thing"] and not m["buy"] or \
            m["here0"] and m["here"]:
        return None
    who_ = "we" if keyed(m["who"] or "") == "chúng tôi" else "I"
    here = " here" if m["here0"] or m["here"] else ""
    if m["buy"]:
        return f"Can {who_} buy {_thing(m) if m['thing'] else 'it'} in instalments{here}?"
    return f"Can {who_} pay in instalments{here}?"


def _offer(text: str) -> str | None:
    """Instalments offered, in English ("Ở đây có cho trả góp không?" as "Do you offer instalments here?", _OFFER);
    None for anything else, and whose side as the module docstring leaves it."""
    m = _OFFER.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and (not m["ask"] or m["not"]):
        return None
    zero, side, we = "0% interest " * bool(m["zero"]), _SIDES.get(keyed(m["side"] or "")), keyed(m["we"] or "")
    if not (m["side"] or we or m["you"] or m["ask"] or m["not"] or m["verb"]):
        return "0% interest instalments." if m["zero"] and not asked else None  # (an advert: "Trả góp 0% lãi suất.")
    if asked:
        if we and we != "bên em":
            return None
        if side in ("this shop", "the shop"):
            return f"Does {side} offer {zero}instalments?"
        return f"Do you offer {zero}instalments{' here' if side == 'here' else ''}?"
    if m["you"] or not (m["ask"] or m["verb"] or m["not"]):
        return None  # ("bên anh" saying it: whose side?)
    if we in ("chúng tôi", "chúng em") and not m["verb"]:
        return None  # (the buyers too: "Chúng tôi không trả góp.", "We aren't paying in instalments.")
    if we:
        return f"We {_NOT['offer'] if m['not'] else 'offer'} {zero}instalments."
    if side == "here":
        return capitalised(f"{zero}instalments {_NOT['are'] if m['not'] else 'are'} available here.")
    return side and capitalised(f"{side} {_NOT['offers'] if m['not'] else 'offers'} {zero}instalments.")


def _n_units(n: str, unit: str) -> str:
    """A count of months or years in English: "sáu", "tháng" as "six months"; "một", "năm" as "one year"."""
    count = VI_TO_EN.get(keyed(n), n)
    return f"{count} {_UNITS[unit][0] if count in ('one', '1') else _UNITS[unit][1]}"


def _left(text: str) -> str | None:
    """Months (years) of instalments left, or none, in English ("Tôi còn phải trả góp sáu tháng nữa." as "I still
    have six months of instalments to pay.", _LEFT, _NO_MORE); None for anything else."""
    m = _LEFT.fullmatch(text)
    if m:
        asked = bool(m["how"])
        said = None if asked != ("?" in m["end"]) else _who(m, asked)
        if said is None:
            return None
        who_, one = said
        if asked:
            return f"How many {_UNITS[keyed(m['unit'])][1]} of instalments {'does' if one else 'do'} {who_} still " \
                   "have to pay?"
        return capitalised(f"{who_} still {'has' if one else 'have'} {_n_units(m['n'], keyed(m['unit']))} of "
                           "instalments to pay.")
    m = _NO_MORE.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said:
        return None
    must = "have to pay" if m["must"] else "pay"
    return capitalised(f"{said[0]} {'doesn' if said[1] else 'don'}'t {must} instalments any more.")


def _a_month(text: str) -> str | None:
    """A sum paid a month, in English ("Mỗi tháng tôi trả góp 2 triệu." as "I pay VND2 million a month in
    instalments.", _A_MONTH); None for anything else, and a month said twice or not."""
    m = _A_MONTH.fullmatch(text)
    if not m or [bool(m[g]) for g in ("every0", "every1", "every2")].count(True) != 1 or bool(m["how"]) != (
            "?" in m["end"]) or (said := _who(m, bool(m["how"]))) is None:
        return None
    who_, one = said
    if m["how"]:
        return f"How much {'does' if one else 'do'} {who_} {'have to pay' if m['must'] else 'pay'} a month in " \
               "instalments?"
    money = sum_said(m["sum"], "vi")
    if money is None:
        return None
    pay = f"{'has' if one else 'have'} to pay" if m["must"] else "pays" if one else "pay"
    return capitalised(f"{who_} {pay} {money} a month in instalments.")


def _paid(text: str) -> str | None:
    """The instalments paid off, in English ("Tôi trả hết góp rồi." as "I've paid off the instalments.", _PAID);
    None for anything else."""
    m = _PAID.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _who(m, asked)) is None:
        return None
    aux, (who_, one) = keyed(m["aux"] or ""), said
    if asked:
        return f"{'Has' if one else 'Have'} {who_} paid off the instalments yet?" if aux in ("", "đã") and not m[
            "done"] else None
    if aux == "chưa":
        if m["done"]:
            return None
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t paid off the instalments yet.")
    just = " just" if aux in ("vừa", "mới", "vừa mới") else ""
    return capitalised(f"{_has(who_, one)}{just} paid off the instalments.")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one (mt.hobbies.who_vi); None for a pet ("my dog")."""
    return None if animal(m) else who_vi(m)


def _thing_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """The thing of a match of _THING_EN (after WHO_EN) in Vietnamese: "my motorbike" (who's own) as "xe máy", "this
    phone" as "chiếc điện thoại này"; None for a wrong "a"/"an", another's thing and a name's "his", "her"."""
    owner, vi = m["owner"].lower(), _THINGS_VI_KEYED[keyed(m["thing"])]
    if owner in ("a", "an"):
        return vi if owner == a_or_an(m["thing"]) else None
    if owner in ("this", "that"):
        cls = _CLASSES.get(vi, "chiếc")
        return f"{cls + ' ' if cls else ''}{vi} {'này' if owner == 'this' else 'đó'}"
    return vi if owner == "the" or who_ and own_thing(m, who_, one) and not _name_his_her(m) else None


def _name_his_her(m: re.Match) -> bool:
    """Whether a match of WHO_EN is a name with "his" or "her" as whose: own, or another's? (mt.hobbies.own_thing
    takes either as own; no table says whether Lan is a woman)."""
    return bool(m["given"]) and m["owner"].lower() in ("his", "her")


def _agrees(word: str, one: bool, who_: str) -> bool:
    """Whether an English verb said after (or before) who agrees with who (`who_` in Vietnamese, `one` as who_vi
    gives it): "has", "is", "pays" … with one, "am" with "tôi" only, "have", "are" … with others, "did" with any."""
    word = " ".join(word.lower().split())
    if word in ("did", "did not", "didn't", "bought"):
        return True
    if word in ("am", "'m"):
        return who_ == "tôi"
    third = word in ("has", "is", "does", "pays", "'s", "doesn't", "does not", "offers")
    return third == one and not (who_ == "tôi" and word in ("are", "'re"))


def _buy_vi(text: str) -> str | None:
    """A thing bought in instalments, in Vietnamese ("I bought my motorbike in instalments." as "Tôi mua xe máy trả
    góp.", _BUY_EN); None for anything else, and a verb not agreeing with who."""
    m = _BUY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None:
        return None
    (who_, one), aux, verb, just = said, " ".join((m["aux"] or "").split()).lower(), m["verb"], m["just"]
    thing = _thing_vi(m, who_, one)
    if thing is None or aux and not _agrees(aux, one, who_):
        return None
    if m["q"] or aux in ("did not", "didn't"):  # ("Did you buy …?", "I didn't buy …")
        if aux and m["q"] or just or verb != "buy":
            return None
        done = "đã " if m["q"] and m["owner"].lower() in ("this", "that") else ""  # (else "Are you buying …?")
        return capitalised(f"{who_} {done}mua {thing} trả góp à?" if m["q"] else f"{who_} không mua {thing} trả góp.")
    be = aux in ("is", "are", "am", "'re", "'m", "'s")
    if verb == "buying":
        return capitalised(f"{who_} đang mua {thing} trả góp.") if be and not just else None
    if verb != "bought" or be and aux != "'s":
        return None
    if just:
        return capitalised(f"{who_} vừa mua {thing} trả góp.")
    if aux:
        return capitalised(f"{who_} đã mua {thing} trả góp rồi.")
    # ("đã" with this thing: "Chúng tôi mua căn hộ này trả góp." may be said at the counter, buying it now)
    return capitalised(f"{who_} {'đã ' * (m['owner'].lower() in ('this', 'that'))}mua {thing} trả góp.")


def _can_vi(text: str) -> str | None:
    """Whether one can pay in instalments, in Vietnamese ("Can I pay in instalments?" as "Tôi có thể trả góp được
    không?", _CAN_EN); None for anything else."""
    m = _CAN_EN.fullmatch(text)
    thing = m and m["thing"] and _thing_vi(m, "", False)
    if not m or m["thing"] and thing is None:
        return None
    doing = f"{'mua ' if m['buy'] else ''}trả góp{' ' + thing if thing else ''}{' ở đây' if m['here'] else ''}"
    who_ = "" if m["possible"] else "Tôi " if m["who"] == "I" else "Chúng tôi "
    return capitalised(f"{who_}có thể {doing} được không?")


def _offer_vi(text: str) -> str | None:
    """Instalments offered, in Vietnamese ("Do you offer instalments here?" as "Ở đây có cho trả góp không?",
    _OFFER_EN, _AVAILABLE_EN, _ZERO_ALONE_EN); None for anything else."""
    if _ZERO_ALONE_EN.fullmatch(text):
        return "Trả góp 0% lãi suất."
    m = _AVAILABLE_EN.fullmatch(text)
    if m:  # (said only of here: "Instalments are available." is of what, where?)
        zero = " 0% lãi suất" if m["zero"] else ""
        return f"Ở đây {'có' if m['be'] == 'are' else 'không'} cho trả góp{zero}." if m["here"] else None
    m = _OFFER_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    side, zero = m["side"].lower(), " 0% lãi suất" if m["zero"] else ""
    said = m["do"] or (m["not"] or "").strip() or m["verb"]
    if not _agrees(said, side not in ("you", "we", "they"), "") or (m["do"] or m["not"]) and m["verb"] != "offer":
        return None
    if m["do"]:  # ("Do we offer …?", "Does this shop offer instalments here?": left)
        whose = ("Ở đây" if m["here"] else "Bên bạn") if side == "you" else _SIDES_EN[side]
        if side == "we" or m["here"] and side != "you":
            return None
        return capitalised(f"{whose} có cho trả góp{zero} không?")
    if side == "you" or m["here"]:
        return None
    verb = "hỗ trợ" if side == "we" else "cho"
    return capitalised(f"{_SIDES_EN[side]} {'không' if m['not'] else 'có'} {verb} trả góp{zero}.")


def _left_vi(text: str) -> str | None:
    """Months (years) of instalments left, or none, in Vietnamese (_LEFT_EN, _HOW_LONG_EN, _NO_MORE_EN); None for
    anything else, and a count or a verb not agreeing."""
    m = _LEFT_EN.fullmatch(text) or _HOW_LONG_EN.fullmatch(text)
    if m and (said := _who_vi(m)):
        (who_, one), unit = said, "năm" if m["unit"].startswith("year") else "tháng"
        if m.re == _HOW_LONG_EN:
            return capitalised(f"{who_} còn phải trả góp mấy {unit} nữa?") if _agrees(m["do"], one, who_) else None
        n = m["n"].lower()
        if m["unit"].endswith("s") == (n in ("one", "1")) or not _agrees(m["have"].split()[0], one, who_):
            return None
        return capitalised(f"{who_} còn phải trả góp {EN_TO_VI.get(n, n)} {unit} nữa.")
    m = _NO_MORE_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or m["must"] and m["verb"] != "pay" or bool(m["more"]) != bool(m["not"]):
        return None  # ("She no longer has to pays", "I don't pay instalments.", "… no longer … any more")
    (who_, one), must = said, (m["must"] or "").split()
    if m["not"] and (m["verb"] != "pay" or must and must[0] != "have"):
        return None
    if not _agrees(m["not"] or (must or [m["verb"]])[0], one, who_):
        return None
    return capitalised(f"{who_} không còn {'phải ' if must else ''}trả góp nữa.")


def _a_month_vi(text: str) -> str | None:
    """A sum paid a month, in Vietnamese ("I pay VND2 million a month in instalments." as "Mỗi tháng tôi trả góp 2
    triệu đồng.", _A_MONTH_EN, _HOW_MUCH_EN); None for anything else, and a sum not read as đồng ("2 million")."""
    m = _HOW_MUCH_EN.fullmatch(text) or _A_MONTH_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    (who_, one), must = said, "phải " if m["must"] else ""
    if m.re == _HOW_MUCH_EN:
        return f"Mỗi tháng {who_} {must}trả góp bao nhiêu?" if _agrees(m["do"], one, who_) else None
    money = sum_said(m["sum"], "en")
    if money is None or must and m["verb"] != "pay" or not _agrees(m["must"] or m["verb"], one, who_):
        return None
    return f"Mỗi tháng {who_} {must}trả góp {money}."


def _paid_vi(text: str) -> str | None:
    """The instalments paid off, in Vietnamese ("I've paid off the instalments." as "Tôi đã trả góp xong.", _PAID_EN);
    None for anything else, and whose not who's own."""
    m = _PAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (said := _who_vi(m)) is None:
        return None
    (who_, one), aux = said, " ".join((m["q"] or m["aux"] or "").split()).lower()
    have = aux.split()[0].replace("n't", "") if aux else ""
    if m["owner"].lower() != "the" and (not own_thing(m, who_, one) or _name_his_her(m)) or have and not _agrees(
            have, one, who_):
        return None
    if m["q"] or "not" in aux or "n't" in aux:
        if m["adv"]:
            return None
        return capitalised(f"{who_} {'đã trả góp xong chưa?' if m['q'] else 'chưa trả góp xong.'}")
    if m["yet"]:
        return None
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa trả góp xong.")
    return capitalised(f"{who_} đã trả góp xong{' rồi' if m['adv'] else ''}.")
