"""Deposits, both ways, written whole by rule: who paid or has to pay a deposit (a sum, months' rent, on a car or a
house), how much, the landlord or the shop giving it back or not, losing it, and getting it back. v8 (the rules on)
reads "đặt cọc" as putting, "cọc" as a picket or a screw, and "deposit" as "tiền gửi" (savings): "Tôi phải đặt cọc
hai tháng tiền nhà." → "I have to put up two months of my house.", "Tôi đã đặt cọc năm triệu." → "I put five millions
of dollars.", "Tôi đặt cọc mua xe." → "I put a car picket.", "Tôi bị mất cọc." → "I was lost.", "Tôi lấy lại tiền
cọc rồi." → "I regained my money.", "Bạn đặt cọc bao nhiêu?" → "How much do you put it?", "Bạn đã đặt cọc chưa?" →
"Would you have put the fet?"; "I have to pay two months' rent as a deposit." → "Tôi phải trả tiền thuê nhà hai tháng
như tiền gửi.", "The landlord hasn't given my deposit back yet." → "Trái đất vẫn chưa đưa tiền gửi của tôi trở
lại.", "I put down a deposit on a car." → "Tôi đặt tiền gửi lên xe hơi.", "How much deposit did you pay?" → "Bạn trả
tiền bao nhiêu?".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) paid a deposit ("đặt cọc"): a sum (mt.amounts, or one to ten thousand,
million, billion in words), months' rent, on a car ("ô tô"), a motorbike or a house (mua …), to buy a flat, or to rent
one (thuê …), or none said: in the past ("đã"), just, already ("rồi"), not yet, asked "chưa?", has to, had to, will
(have to), "có phải … không?", and how much ("đã … bao nhiêu?", "… bao nhiêu rồi?", "phải … bao nhiêu?"); how much
the deposit is, or what it is ("Tiền cọc là …"); the landlord, the shop, the hotel … (or "họ", "anh ấy" …) giving it
back ("trả lại", "hoàn lại"; whose by "của …" or "cho …"): didn't ("đã không"), not yet, did, has, just, will, asked
"chưa?"; who lost their deposit ("bị", or past, already, just, will); who got it back (did, has, just, not yet, will,
asked "chưa?").
Left: "không" and "có … không?" on losing, getting or giving it back ("Bạn có bị mất cọc không?": did, or will?;
"Chủ nhà không trả lại tiền cọc.": didn't, won't, or doesn't?), "không chịu trả lại" (won't, or refused?), "trả cọc"
with no "lại" (paid or returned?), a bare "đặt cọc" ("Tôi đặt cọc năm triệu.": done, about to, or with "chúng ta"
let's?; "Bạn đặt cọc bao nhiêu?": paid, or to pay?), "mua xe" (a car, or a motorbike?), a bare "Tôi mất cọc." (lost,
or would lose?), a bare "Tôi lấy lại tiền cọc." (when?), "nhỉ" on a statement (isn't it?), "anh", "chị", "em" alone
saying it, pets, a deposit given back to someone by kin or name in English ("gave my mother her deposit back"), "a
deposit on a flat" in English (to rent it, or to buy?), "Will you pay a deposit?", deposits with a bank ("gửi tiền",
"tiền gửi"), the rent itself (mt/tenancy.py), bookings (mt/bookings.py), refunds of a purchase (mt/returns.py), and
anything else (none of these modules takes a sentence with "cọc" or "deposit" now).
mt.phrasebook.translate tries these after mt/car_servicing.py.

    >>> translate("Tôi đã đặt cọc năm triệu.", "vi", "en"), translate("I lost my deposit.", "en", "vi")
    ('I paid a deposit of five million dong.', 'Tôi bị mất cọc.')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, SUM_WORDS_EN, sum_said, words_sum
from .hobbies import WHO, WHO_EN, WHOM, animal, as_whom, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import EN_OBJECT_VI, SOFTENED_END, agreement_asked, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cọc)"), "en": lazy(r"(?i:deposit)")}
# what a deposit is put down on (the first Vietnamese of each is written back); not "mua xe" ("xe" alone is as
# often a motorbike), and a flat bought said as such ("a deposit on a flat" may be one rented)
_ON = {"mua ô tô": "on a car", "mua xe ô tô": "on a car", "mua xe máy": "on a motorbike",
       "mua nhà": "on a house", "mua căn hộ": "to buy a flat", "thuê nhà": "to rent a house",
       "thuê căn hộ": "to rent a flat", "thuê phòng": "to rent a room"}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())} | {"to buy an apartment": "mua căn hộ",
                                                        "to rent an apartment": "thuê căn hộ"}
# who gives a deposit back (the first Vietnamese of each is written back)
_GIVERS = {"chủ nhà": "the landlord", "chủ trọ": "the landlord", "chủ nhà trọ": "the landlord",
           "bà chủ nhà": "the landlady", "cửa hàng": "the shop", "chủ cửa hàng": "the shop owner",
           "khách sạn": "the hotel", "công ty": "the company", "người bán": "the seller", "họ": "they",
           "anh ấy": "he", "anh ta": "he", "ông ấy": "he", "cô ấy": "she", "cô ta": "she", "chị ấy": "she",
           "bà ấy": "she"}
_GIVERS_VI = {en: vi for vi, en in reversed(_GIVERS.items())} | {"the store": "cửa hàng"}
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}

# a sum (mt.amounts reads it, in digits or words: one to ten (hundred) thousand, million or billion), or months' rent
_SUM = rf"(?P<sum>\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|tr|k))?(?:\s*(?:đồng|đ|VNĐ|VND))?|{SUM_WORDS})"
_MONTHS = rf"(?P<months>(?i:{alternatives(VI_TO_EN)})|\d{{1,2}})\s+tháng\s+tiền\s+(?:nhà|thuê(?:\s+nhà)?|phòng)"
_END = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
_WHOM = WHOM.replace("(?P<whom>", "(?:", 1)  # (used twice below: of whom, to whom)

# a deposit paid ("Tôi đã đặt cọc năm triệu.", "Bạn đặt cọc bao nhiêu?", "Bạn có phải đặt cọc không?")
_PAY = lazy(rf"{WHO}\s+(?:(?P<aux>đã\s+phải|sẽ\s+phải|có\s+phải|phải|đã|vừa\s+mới|vừa|sẽ|chưa)\s+)?"
            rf"đặt\s+(?:tiền\s+)?cọc(?:\s+(?:{_MONTHS}|{_SUM}|(?P<on>{alternatives(_ON)})|"
            rf"(?P<how>bao\s+nhiêu)(?:\s+tiền)?))?{_END}")
# what the deposit is ("Tiền cọc là bao nhiêu?", "Tiền cọc là hai tháng tiền nhà.")
_IS = lazy(rf"(?i:tiền\s+(?:đặt\s+)?cọc)(?:\s+(?P<is>là))?\s+(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_MONTHS}|{_SUM})"
           rf"{SOFTENED_END}")
# a deposit given back ("Chủ nhà chưa trả lại tiền cọc cho tôi.")
_BACK = lazy(rf"(?P<giver>(?i:{alternatives(_GIVERS)}))\s+(?:(?P<aux>đã\s+không|không|chưa|đã|vừa\s+mới|vừa|sẽ|có)"
             rf"\s+)?(?P<verb>trả\s+lại|hoàn\s+lại|hoàn\s+trả)\s+(?:tiền\s+)?cọc(?:\s+của\s+(?P<of>{_WHOM}))?"
             rf"(?:\s+cho\s+(?P<to>{_WHOM}))?{_END}")
# a deposit lost ("Tôi bị mất cọc.") and got back ("Tôi lấy lại tiền cọc rồi.")
_LOST = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa|sẽ)\s+)?(?:(?P<bi>bị)\s+)?mất\s+(?:tiền\s+)?cọc(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
_GOT = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|chưa|sẽ)\s+)?(?:lấy|nhận)\s+lại\s+(?:được\s+)?(?:tiền\s+)?cọc"
            rf"{_END}")

# ... and in English (’ read as ')
_SUM_EN = (r"(?P<sum>VND\s?\d[\d.,]*(?:\s+(?:thousand|million|billion))?|"
           rf"\d[\d.,]*(?:\s+(?:thousand|million|billion))?\s+(?:dong|VND)|{SUM_WORDS_EN})")
_MONTHS_EN = rf"(?P<months>(?i:a|{alternatives(EN_TO_VI)})|\d{{1,2}})\s+(?P<unit>month's|months')\s+rent"
_OWNER_EN = r"(?P<owner>the|my|your|his|her|our|their)"
# who asked, and the auxiliary after who (_FORMS reads which tense, and which verb goes with it)
_Q_EN = r"(?:(?P<q>Do|Does|Did|Have|Has|Will)\s+)?"
_AUX_EN = (r"(?P<aux>\s+(?:have|has|had|will\s+have)\s+to|'ll\s+have\s+to|\s+(?:have|has)\s+just|'(?:ve|s)\s+just|"
           r"\s+just|\s+(?:haven't|hasn't|have\s+not|has\s+not|didn't|did\s+not|won't|will|have|has)|'ve|'s|'ll)?")
_YET_END = r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)"
_PAY_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>pay|paid|put\s+down)\s+(?:(?:a|the)\s+deposit(?:\s+of\s+"
               rf"{_SUM_EN}|\s+(?P<on>{alternatives(_ON_VI)}))?|{_MONTHS_EN}\s+as\s+(?:a|the)\s+deposit){_YET_END}")
_HOW_EN = lazy(rf"How\s+much(?P<dep>\s+deposit|\s+of\s+a\s+deposit)?\s+(?P<q>did|do|does|will)\s+{WHO_EN}"
               r"(?P<to>\s+have\s+to)?\s+(?:pay|put\s+down)(?P<as>\s+as\s+(?:a|the)\s+deposit)?\s*\?+")
_IS_EN = lazy(rf"(?:How\s+much\s+(?:is|was)\s+the\s+deposit\s*(?P<q>\?+)|The\s+deposit\s+is\s+"
              rf"(?:{_MONTHS_EN}|{_SUM_EN})\s*(?P<end>[.!]*))")
_BACK_EN = lazy(rf"{_Q_EN}(?P<giver>(?i:{alternatives(_GIVERS_VI)})){_AUX_EN}"
                r"\s+(?P<verb>give|gave|given|return|returned|refund|refunded)\s+"
                rf"(?:(?P<obj>me|you|him|her|us|them)\s+)?{_OWNER_EN}\s+deposit(?P<back>\s+back)?{_YET_END}")
_LOST_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>lose|lost)\s+{_OWNER_EN}\s+deposit\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>get|got|gotten)\s+{_OWNER_EN}\s+deposit\s+back{_YET_END}")
# the first word after who that tells one ("she has") from many ("they have")
_ONE_HEADS, _MANY_HEADS = {"has", "does", "hasn't", "doesn't", "'s"}, {"have", "do", "haven't", "don't", "'ve"}
# English auxiliaries (asked, said) as a tense, with the form of the verb each takes: "past" (paid), "done" (given),
# "base" (give)
_FORMS = {("", ""): ("past", "past"), ("", "just"): ("past", "just"), ("", "didn't"): ("base", "not"),
          ("", "did not"): ("base", "not"), ("", "won't"): ("base", "won't"), ("", "will"): ("base", "will"),
          ("", "'ll"): ("base", "will"), ("", "had to"): ("base", "had to"), ("did", ""): ("base", "did?"),
          ("will", ""): ("base", "will?"), ("do", "have to"): ("base", "must?"), ("does", "have to"): ("base", "must?"),
          ("have", ""): ("done", "yet?"), ("has", ""): ("done", "yet?")}
_FORMS |= {("", aux): ("done", "perfect") for aux in ("have", "has", "'ve", "'s")}
_FORMS |= {("", f"{aux} just"): ("done", "just") for aux in ("have", "has", "'ve", "'s")}
_FORMS |= {("", aux): ("done", "not yet") for aux in ("haven't", "hasn't", "have not", "has not")}
_FORMS |= {("", aux): ("base", "must") for aux in ("have to", "has to")}
_FORMS |= {("", aux): ("base", "will have to") for aux in ("will have to", "'ll have to")}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a deposit paid, how much it is, given back, lost or got back; None for any
    other."""
    if src == "vi":
        if agreement_asked(text) and not text.rstrip().endswith("?"):
            return None  # ("Tôi đặt cọc rồi nhỉ.": I've paid it, haven't I?)
        return _pay(text) or _is(text) or _back(text) or _lost(text) or _got(text)
    text = text.replace("’", "'")
    return _pay_vi(text) or _how_vi(text) or _is_vi(text) or _back_vi(text) or _lost_vi(text) or _got_vi(text)


def _sum_en(m: re.Match) -> str | None:
    """The sum of a match of _SUM in English: "VND5 million", "five million dong" (mt.amounts); None for one not
    read."""
    return words_sum(m["sum"], "vi") or sum_said(m["sum"], "vi")


def _months_en(said: str) -> str:
    """Months of rent of _MONTHS in English: "hai" as "two months' rent", "một" as "a month's rent"."""
    n = VI_TO_EN.get(keyed(said), said)
    return "a month's rent" if n in ("one", "1") else f"{n} months' rent"


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, and where mt.hobbies.who
    gives none ("Anh" alone saying it)."""
    return None if animal(m) else who(m, asked)


def _have(who_: str, one: bool) -> str:
    """Who and "have" as English says it: "I've", "they've", "my mother has", "Lan has"."""
    return f"{who_}'ve" if who_ in ("I", "you", "we", "they") else f"{who_} {'has' if one else 'have'}"


def _pay(text: str) -> str | None:
    """"Tôi phải đặt cọc hai tháng tiền nhà." as "I have to pay two months' rent as a deposit.", "Tôi đã đặt cọc năm
    triệu." as "I paid a deposit of five million dong.", "Tôi đã đặt cọc mua ô tô." as "I put down a deposit on a car.",
    "Bạn đã đặt cọc chưa?" as "Have you paid the deposit yet?", "Bạn đã đặt cọc bao nhiêu?" as "How much deposit did
    you pay?" (_PAY); None for anything else, a sum not read, and a bare "đặt cọc" ("Tôi đặt cọc năm triệu.", "Bạn đặt
    cọc bao nhiêu?": done, or to do?)."""
    m = _PAY.fullmatch(text)
    if not m:
        return None
    aux, asked, done, how = keyed(m["aux"] or ""), keyed(m["asked"] or ""), bool(m["done"]), bool(m["how"])
    if ("?" in m["end"]) != bool(asked or how) or asked and how or done and (asked or aux not in ("", "đã")) or (
            (asked == "không") != (aux == "có phải") or asked == "chưa" and aux not in ("", "đã")):
        return None
    said = _who(m, bool(asked or how))
    if said is None:
        return None
    who_, one = said
    if how and done:  # ("Bạn đặt cọc bao nhiêu rồi?": so far)
        return f"How much deposit {'has' if one else 'have'} {who_} paid?"
    if how:  # (bare, not asked: paid, or about to pay at the counter?)
        does = {"đã": "did", "phải": "does" if one else "do", "đã phải": "did", "sẽ phải": "will"}.get(aux)
        to = " have to" if aux.endswith("phải") else ""
        return does and f"How much deposit {does} {who_}{to} pay?"
    verb, paid = ("put down", "put down") if m["on"] and _ON[keyed(m["on"])].startswith("on ") else ("pay", "paid")
    if m["months"]:
        what = f"{_months_en(m['months'])} as a deposit"
    elif m["sum"]:
        sum_ = _sum_en(m)
        if sum_ is None:
            return None
        what = f"a deposit of {sum_}"
    elif m["on"]:
        what = f"a deposit {_ON[keyed(m['on'])]}"
    else:  # (the deposit known to both, yet to be paid: "Bạn đã đặt cọc chưa?")
        what = "the deposit" if "chưa" in (aux, asked) else "a deposit"
    if asked == "chưa":
        return f"{'Has' if one else 'Have'} {who_} {paid} {what} yet?"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have to {verb} {what}?"
    if done:
        return capitalised(f"{_have(who_, one)} {paid} {what}.")
    # (bare: done, about to at the counter, or "Chúng ta đặt cọc …" let's?)
    said = {"đã": paid, "vừa": f"just {paid}", "vừa mới": f"just {paid}",
            "phải": f"{'has' if one else 'have'} to {verb}", "đã phải": f"had to {verb}",
            "sẽ phải": f"will have to {verb}", "sẽ": f"will {verb}",
            "chưa": f"{'hasn' if one else 'haven'}'t {paid}"}.get(aux)
    if said is None:
        return None
    if aux.startswith("vừa"):
        return capitalised(f"{_have(who_, one)} {said} {what}.")
    return capitalised(f"{who_} {said} {what}{' yet' if aux == 'chưa' else ''}.")


def _is(text: str) -> str | None:
    """"Tiền cọc là bao nhiêu?" as "How much is the deposit?", "Tiền cọc là hai tháng tiền nhà." as "The deposit is
    two months' rent.", "Tiền cọc là 5 triệu." as "The deposit is VND5 million." (_IS); None for anything else."""
    m = _IS.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["how"]):
        return None
    if m["how"]:
        return "How much is the deposit?"
    what = _months_en(m["months"]) if m["months"] else _sum_en(m)
    return what and m["is"] and f"The deposit is {what}{m['end'] or '.'}"


def _whose_en(said: str | None) -> str | None:
    """Whose, in English, of whom of WHOM: "tôi" as "my", "mẹ tôi" as "my mother's", "Lan" as "Lan's"; "the" for
    none, None for one not read."""
    if not said:
        return "the"
    whom = as_whom(said, "vi")
    return whom and (_OBJECT_WHOSE.get(whom) or f"{whom}'s")


def _back(text: str) -> str | None:
    """"Chủ nhà đã không trả lại tiền cọc." as "The landlord didn't give the deposit back.", "Chủ nhà chưa trả lại
    tiền cọc cho tôi." as "The landlord hasn't given my deposit back yet.", "Cửa hàng đã trả lại tiền cọc cho mẹ tôi
    rồi." as "The shop has given my mother's deposit back." (_BACK); None for anything else, both "của" and "cho", a
    bare "Chủ nhà trả lại tiền cọc." (when?), and "không", "có … không?" (didn't, won't, or doesn't?)."""
    m = _BACK.fullmatch(text)
    if not m or m["of"] and m["to"] or (owner := _whose_en(m["of"] or m["to"])) is None:
        return None
    aux, asked, done = keyed(m["aux"] or ""), keyed(m["asked"] or ""), bool(m["done"])
    if ("?" in m["end"]) != bool(asked) or asked == "không" or aux in ("không", "có") or done and (
            asked or aux not in ("", "đã")) or asked == "chưa" and aux not in ("", "đã"):
        return None  # ("Chủ nhà không trả lại tiền cọc.": a landlord who didn't, won't, or never does)
    giver = _GIVERS[keyed(m["giver"])]
    one = giver not in ("they",)
    back = f"{owner} deposit back"
    if asked == "chưa":
        return f"{'Has' if one else 'Have'} {giver} given {back} yet?"
    if done:
        return capitalised(f"{giver} {'has' if one else 'have'} given {back}.")
    said = {"đã không": "didn't give", "đã": "gave", "sẽ": "will give",
            "vừa": f"{'has' if one else 'have'} just given", "vừa mới": f"{'has' if one else 'have'} just given",
            "chưa": f"{'hasn' if one else 'haven'}'t given"}.get(aux)
    return said and capitalised(f"{giver} {said} {back}{' yet' if aux == 'chưa' else ''}.")


def _lost(text: str) -> str | None:
    """"Tôi bị mất cọc." as "I lost my deposit.", "Mẹ tôi bị mất tiền cọc rồi." as "My mother has lost her
    deposit.", "Bạn sẽ bị mất cọc." as "You will lose your deposit." (_LOST); None for anything else ("?": did, or
    will?), and a bare "Tôi mất cọc." (lost, or would lose if …?)."""
    m = _LOST.fullmatch(text)
    if not m or "?" in m["end"] or not (m["bi"] or m["aux"] or m["done"]) or (said := _who(m, False)) is None:
        return None
    who_, one = said
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    owner = whose_own(m, who_) or "the"
    if done:
        return capitalised(f"{_have(who_, one)} lost {owner} deposit.") if aux in ("", "đã") else None
    if aux == "vừa":
        return capitalised(f"{_have(who_, one)} just lost {owner} deposit.")
    return capitalised(f"{who_} {'will lose' if aux == 'sẽ' else 'lost'} {owner} deposit.")


def _got(text: str) -> str | None:
    """"Tôi lấy lại tiền cọc rồi." as "I've got my deposit back.", "Anh ấy chưa lấy lại được tiền cọc." as "He hasn't
    got his deposit back yet.", "Bạn đã lấy lại tiền cọc chưa?" as "Have you got your deposit back yet?" (_GOT); None
    for anything else, and bare "Tôi lấy lại tiền cọc." (when?)."""
    m = _GOT.fullmatch(text)
    if not m:
        return None
    aux, asked, done = keyed(m["aux"] or ""), keyed(m["asked"] or ""), bool(m["done"])
    if ("?" in m["end"]) != bool(asked) or asked == "không" or done and (asked or aux not in ("", "đã")) or (
            asked and aux not in ("", "đã")) or (said := _who(m, bool(asked))) is None:
        return None
    who_, one = said
    back = f"{whose_own(m, who_) or 'the'} deposit back"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} got {back} yet?"
    if done:
        return capitalised(f"{_have(who_, one)} got {back}.")
    said = {"đã": "got", "sẽ": "will get", "chưa": f"{'hasn' if one else 'haven'}'t got"}.get(aux)
    if aux.startswith("vừa"):
        return capitalised(f"{_have(who_, one)} just got {back}.")
    return said and capitalised(f"{who_} {said} {back}{' yet' if aux == 'chưa' else ''}.")


def _tense(m: re.Match, one: bool, verbs: dict[str, set[str]]) -> str | None:
    """The tense of a match of an English pattern (groups q, aux, verb, yet) as _FORMS names it, where its verb is
    one of `verbs` of the form the auxiliary takes ("has given", "didn't give"), the first verb agrees with who
    (`one`: "Does she", "they have"), and "yet" goes with not yet or asked; None for any other."""
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()).lower()
    form, tense = _FORMS.get((q, aux), (None, None))
    head = next(iter((q or aux).split()), "")
    if form is None or " ".join(m["verb"].split()) not in verbs[form] or (
            one if head in _MANY_HEADS else not one if head in _ONE_HEADS else False):
        return None
    return tense if bool(m.groupdict().get("yet")) <= (tense in ("not yet", "yet?")) else None


def _asked_vi(said: str, tense: str) -> str:
    """A Vietnamese sentence said, or asked as the English tense asks it: "… không?", "… chưa?"."""
    return f"{said} {'chưa' if tense == 'yet?' else 'không'}?" if tense.endswith("?") else f"{said}."


_PAID = {"past": {"paid", "put down"}, "done": {"paid", "put down"}, "base": {"pay", "put down"}}
_PAID_VI = {"past": "đã", "just": "vừa", "not yet": "chưa", "not": "không", "must": "phải", "had to": "đã phải",
            "will have to": "sẽ phải", "will": "sẽ", "must?": "có phải", "did?": "có", "yet?": "đã"}


def _pay_vi(text: str) -> str | None:
    """"I have to pay two months' rent as a deposit." as "Tôi phải đặt cọc hai tháng tiền nhà.", "I paid a deposit of
    five million dong." as "Tôi đã đặt cọc năm triệu đồng.", "Have you paid the deposit yet?" as "Bạn đã đặt cọc
    chưa?" (_PAY_EN); None for anything else, and where the verb does not agree with who or the tense."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if (tense := _tense(m, one, _PAID)) not in _PAID_VI and tense != "perfect":
        return None
    if m["months"]:
        n = m["months"].lower()
        if (n in ("a", "one", "1")) != (m["unit"] == "month's"):
            return None
        what = f" {'một' if n == 'a' else EN_TO_VI.get(n, n)} tháng tiền nhà"
    elif m["sum"]:
        if (sum_ := _sum_vi(m)) is None:
            return None
        what = f" {sum_}"
    else:
        what = f" {_ON_VI[keyed(m['on'])]}" if m["on"] else ""
    if tense == "perfect":
        return capitalised(f"{who_} đã đặt cọc{what} rồi.")
    return capitalised(_asked_vi(f"{who_} {_PAID_VI[tense]} đặt cọc{what}", tense))


def _sum_vi(m: re.Match) -> str | None:
    """The sum of a match of _SUM_EN in Vietnamese: "5 triệu đồng", "năm triệu đồng" (mt.amounts); None for one not
    read."""
    return words_sum(m["sum"], "en") or sum_said(m["sum"], "en")


def _how_vi(text: str) -> str | None:
    """"How much deposit did you pay?" as "Bạn đã đặt cọc bao nhiêu?", "How much deposit do I have to pay?" as "Tôi
    phải đặt cọc bao nhiêu?" (_HOW_EN); None for anything else, and "do" without "have to"."""
    m = _HOW_EN.fullmatch(text)
    if not m or bool(m["dep"]) == bool(m["as"]) or animal(m):
        return None
    who_, one = who_vi(m)
    tense = {("did", False): "đã", ("did", True): "đã phải", ("do", True): "phải", ("does", True): "phải",
             ("will", False): "sẽ", ("will", True): "sẽ phải"}.get((m["q"], bool(m["to"])))
    if tense is None or m["q"] in ("do", "does") and (m["q"] == "does") != one:
        return None
    return capitalised(f"{who_} {tense} đặt cọc bao nhiêu?")


def _is_vi(text: str) -> str | None:
    """"How much is the deposit?" as "Tiền cọc là bao nhiêu?", "The deposit is two months' rent." as "Tiền cọc là hai
    tháng tiền nhà." (_IS_EN); None for anything else."""
    m = _IS_EN.fullmatch(text)
    if not m:
        return None
    if m["q"]:
        return "Tiền cọc là bao nhiêu?"
    if m["months"]:
        n = m["months"].lower()
        if (n in ("a", "one", "1")) != (m["unit"] == "month's"):
            return None
        return f"Tiền cọc là {'một' if n == 'a' else EN_TO_VI.get(n, n)} tháng tiền nhà{m['end'] or '.'}"
    sum_ = _sum_vi(m)
    return sum_ and f"Tiền cọc là {sum_}{m['end'] or '.'}"


_GIVEN = {"past": {"gave", "returned", "refunded"}, "done": {"given", "returned", "refunded"},
          "base": {"give", "return", "refund"}}
_GIVEN_VI = {"past": "đã", "not": "không", "not yet": "chưa", "just": "vừa", "won't": "không chịu", "will": "sẽ",
             "did?": "có", "yet?": "đã"}


def _back_vi(text: str) -> str | None:
    """"The landlord didn't give the deposit back." as "Chủ nhà không trả lại tiền cọc.", "The landlord hasn't given
    my deposit back yet." as "Chủ nhà chưa trả lại tiền cọc cho tôi.", "The shop won't refund my deposit." as "Cửa
    hàng không chịu hoàn lại tiền cọc cho tôi." (_BACK_EN); None for anything else, "give" without "back" or
    "return" with it, and "me … your deposit"."""
    m = _BACK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["back"]) != m["verb"].startswith("g"):
        return None
    giver, owner, obj = _GIVERS_VI[keyed(m["giver"])], m["owner"], m["obj"]
    if obj and owner != "the" and owner != _OBJECT_WHOSE[obj]:
        return None
    to = f" cho {EN_OBJECT_VI[obj] if obj else WHOSE_VI[owner]}" if obj or owner != "the" else ""
    if (tense := _tense(m, keyed(m["giver"]) != "they", _GIVEN)) not in _GIVEN_VI and tense != "perfect":
        return None
    said = f"{'hoàn' if m['verb'].startswith('ref') else 'trả'} lại tiền cọc{to}"
    if tense == "perfect":
        return capitalised(f"{giver} đã {said} rồi.")
    return capitalised(_asked_vi(f"{giver} {_GIVEN_VI[tense]} {said}", tense))


_LOST_VI = {"past": "bị", "perfect": "bị", "just": "vừa bị", "will": "sẽ bị", "won't": "sẽ không bị",
            "not": "không bị", "did?": "có bị", "will?": "có bị"}


def _lost_vi(text: str) -> str | None:
    """"I lost my deposit." as "Tôi bị mất cọc.", "She's lost her deposit." as "Cô ấy bị mất cọc rồi.", "Did you
    lose your deposit?" as "Bạn có bị mất cọc không?" (_LOST_EN); None for anything else, and another's deposit ("I
    lost your deposit.")."""
    m = _LOST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    tense = _tense(m, one, {"past": {"lost"}, "done": {"lost"}, "base": {"lose"}})
    if tense not in _LOST_VI or not own_thing(m, who_, one):
        return None
    said = f"{who_} {_LOST_VI[tense]} mất cọc"
    return capitalised(f"{said} rồi." if tense == "perfect" else _asked_vi(said, tense))


_GOT_VI = {"past": "đã", "just": "vừa", "not yet": "chưa", "will": "sẽ", "not": "không", "did?": "có",
           "yet?": "đã"}


def _got_vi(text: str) -> str | None:
    """"I've got my deposit back." as "Tôi lấy lại tiền cọc rồi.", "He hasn't got his deposit back yet." as "Anh ấy
    chưa lấy lại được tiền cọc.", "Did you get your deposit back?" as "Bạn có lấy lại được tiền cọc không?"
    (_GOT_EN); None for anything else, and another's deposit."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    tense = _tense(m, one, {"past": {"got"}, "done": {"got", "gotten"}, "base": {"get"}})
    if tense not in _GOT_VI and tense != "perfect" or not own_thing(m, who_, one):
        return None
    if tense == "perfect":
        return capitalised(f"{who_} lấy lại tiền cọc rồi.")
    return capitalised(_asked_vi(f"{who_} {_GOT_VI[tense]} lấy lại được tiền cọc", tense))
