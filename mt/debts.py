"""Debts, both ways, written whole by rule: who owes the bank money (how much), has credit card debt, is in debt or deep
in debt, owes a lot of money, is out of debt, does not want to get into debt, pays off their debts, is being chased
for a debt, or works as a debt collector. v8 (rules on) reads "nợ" as a verb "debt", "đòi nợ" as insisting, "chồng
chất" as a husband, and "owe" as nothing or calling: "Tôi đang nợ ngân hàng." → "I'm getting a bank debt.", "Tôi nợ
ngân hàng 200 triệu." → "I debt 200 million.", "Chú tôi nợ nần chồng chất." → "I debt my husband.", "Lan nợ ngập
đầu." → "Land obstacles.", "Chú tôi bị đòi nợ." → "I'm getting debt.", "Chị ấy nợ thẻ tín dụng." → "She debts the
credit card.", "Tôi hết nợ rồi." → "I'm all debt.", "Anh ấy làm nghề đòi nợ thuê." → "He has a job of hiring debt.";
"I owe the bank money." → "Tôi owe tiền ngân hàng.", "My uncle is being chased for a debt." → "Tôi đang bị đuổi vì
nợ." (run after), "He owes a lot of money." → "Anh ấy kêu gọi rất nhiều tiền.", "He's a debt collector." → "Anh ta là
một nhà sưu tập nợ.", "I'm out of debt now." → "Tôi đang nợ nần." (in debt).

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) owes the bank ("nợ ngân hàng": money, a lot, a sum of mt.amounts, how
much asked) or has credit card debt ("nợ thẻ tín dụng"): said, still, denied, no longer ("không còn"), asked; is in debt
("mắc nợ", "nợ nần"): the same; is deep in debt ("nợ nần chồng chất", "nợ ngập đầu", "nợ như chúa chổm") or owes a lot
of money ("nợ nhiều lắm"); is out of debt ("hết nợ rồi": finally, not yet, asked "chưa?"); does not want or fears (very)
to get into debt; has paid off all their debts (to the bank: "đã", "rồi", on a day behind, just), not yet, still not,
asked "… chưa?", when asked ("Bao giờ …?"), will (on a day ahead), has to, is paying them ("trả nợ": has to, needs to,
is paying); is being chased for a debt ("bị đòi nợ"), asked; works as a debt collector ("làm nghề đòi nợ thuê").
Left: who owes whom how much, owing no one, paying back (mt/loans.py), a favour or an apology owed (mt/favours.py,
mt/forgiving.py), wages owed (mt/unpaid_wages.py), a debit card (mt/card_trouble.py), pawning to pay debts
(mt/pawnshops.py), instalments (mt/instalments.py), "nợ" with nothing owed ("Tôi đang nợ."), "mắc nợ ai" (money or a
favour?), deep in debt or a lot owed asked or denied, "bị nợ" (owed, or owing?), "chúng ta" out of debt or no longer in
it (quits with each other?), "bị đòi nợ" denied or with "vừa" (chased, or paid?), "đòi nợ" someone (for oneself or
hired?), "trả nợ" done or ahead (a payment, or all?), paying off with no word of time ("Tôi trả hết nợ.": did or will?),
"… trả hết nợ bao giờ?" and "Bao giờ …" with "đã" or "rồi" (when did …?), a name alone paying off (his or her debts?),
"anh", "chị", "em" alone saying it, "I" asked, a "?" on a statement, "à" or "phải không" asking.
mt.phrasebook.translate tries these after mt/house_buying.py.

    >>> translate("Tôi trả hết nợ rồi.", "vi", "en"), translate("He's deep in debt.", "en", "vi")
    ("I've paid off all my debts.", 'Anh ấy nợ nần chồng chất.')
"""
from __future__ import annotations

import re

from .amounts import sum_said, words_sum
from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, be_agrees, own_thing, person_of, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS
from .text import (ASKED_END, BE_EN, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present,
                   progressive, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nợ)"), "en": lazy(r"(?i:debt|\bowe)")}
# the days of paying off: done on a day behind, to be done on a day ahead (the first Vietnamese is written back)
_DAYS = near_days("hôm qua", "tuần trước", "tháng trước", "năm ngoái", "năm trước", "tuần sau", "tuần tới",
                  "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# how deep in debt, after "nợ", "nợ nần" or "mắc nợ" (English "deep in debt"); how much owed, after "nợ" alone
_DEEP = {"chồng chất", "ngập đầu", "như chúa chổm", "nhiều lắm", "rất nhiều", "nhiều quá"}
_LOT = {"nhiều lắm", "rất nhiều", "nhiều quá", "rất nhiều tiền", "nhiều tiền lắm"}

# who, and what is said before the verb: still, asked or denied, no longer ("không còn"), now
_WHO = rf"{WHO}\s+(?:(?P<still>vẫn(?:\s+còn)?)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<more>còn)\s+)?"
_NOW = r"(?:(?P<now>đang)\s+)?"
_SUM = r"(?P<sum>(?:\d(?:[\d.,]*\d)?|(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w))(?:\s+[^\s?!.]+){0,4}?)"
# the bank or a credit card owed ("Tôi đang nợ ngân hàng.", "Tôi nợ ngân hàng 200 triệu.", "… bao nhiêu?")
_BANK = lazy(rf"{_WHO}{_NOW}nợ\s+(?P<what>(?i:ngân\s+hàng|thẻ\s+tín\s+dụng))(?:\s+(?P<lot>{alternatives(_LOT)})|"
             rf"\s+(?P<much>bao\s+nhiêu(?:\s+tiền)?)|\s+{_SUM})?(?:\s+(?P<again>nữa))?{ASKED_END}")
# in debt, deep in it, or owing a lot ("Tôi đang mắc nợ.", "Anh ấy nợ nần chồng chất.", "Anh ấy nợ nhiều lắm.")
_IN_DEBT = lazy(rf"{_WHO}{_NOW}(?:(?P<by>bị)\s+)?(?P<verb>mắc\s+nợ|nợ\s+nần|nợ)"
                rf"(?:\s+(?P<deep>{alternatives(_DEEP | _LOT)}))?(?:\s+(?P<again>nữa))?{ASKED_END}")
# out of debt ("Tôi hết nợ rồi.", "Cuối cùng tôi cũng hết nợ rồi.", "Bạn hết nợ chưa?")
_FREE = lazy(rf"(?:(?P<finally>(?i:cuối\s+cùng))\s+)?{WHO}\s+(?:(?P<aux>đã|cũng|cũng\s+đã|vẫn\s+chưa|chưa)\s+)?hết\s+nợ"
             rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
# not wanting it ("Tôi không muốn mắc nợ.", "Mẹ tôi sợ mắc nợ.")
_WANT = lazy(rf"{WHO}\s+(?P<how>không\s+muốn|(?:(?P<very>rất)\s+)?sợ)\s+(?:bị\s+)?(?:mắc\s+nợ|nợ\s+nần)"
             rf"{SOFTENED_END}")
_DAY = rf"(?i:{alternatives(_DAYS)})"
# paying off ("Tôi trả hết nợ rồi.", "Bạn trả hết nợ chưa?", "Bao giờ bạn trả hết nợ?", "Tôi đang trả nợ.")
_PAID = lazy(rf"(?:(?P<when>(?i:bao\s+giờ|khi\s+nào))\s+|(?P<day>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|"
             r"vừa|mới|vẫn\s+chưa|chưa|sẽ|phải|cần|đang)\s+)?trả\s+(?P<all>hết\s+)?(?:(?:các|những)\s+khoản\s+)?nợ"
             rf"(?P<bank>\s+(?:cho\s+)?ngân\s+hàng)?(?:\s+(?P<tail>rồi|chưa))?(?:\s+(?:vào\s+)?(?P<day2>{_DAY}))?"
             rf"{SOFTENED_END}")
# chased for a debt ("Chú tôi bị đòi nợ.", "Bạn có đang bị đòi nợ không?")
_CHASED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?bị\s+đòi\s+nợ{ASKED_END}")
# a debt collector ("Anh ấy làm nghề đòi nợ thuê.", "Anh ấy là dân đòi nợ thuê."); not "… à." nor "… phải không.",
# which ask even where a full stop ends them
_COLLECTOR = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:làm\s+nghề|(?P<is>là|làm)\s+(?:người|dân)(?=\s+đòi\s+nợ\s+thuê)|"
                  rf"làm(?=\s+đòi\s+nợ\s+thuê))\s+đòi\s+nợ(?:\s+thuê)?{ASKED_END}")

# ... and in English: "don't" denying; "Are" asking, who, and "is", "isn't" or "not" after who; the end
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_BE_Q_EN = rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}"
_BE_NOT_EN = rf"{_BE_Q_EN}(?:{BE_EN}|\s+(?P<isnt>isn['’]t|aren['’]t))?(?:\s+(?P<not>not))?"
_END_EN = r"\s*(?P<end>[.!?]*)"
_BANK_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<still>still))?\s+(?P<verb>owes?)"
                r"(?P<bank>\s+the\s+bank)?\s+(?:(?P<money>money)|(?P<any>any\s+money|anything)|(?P<lot>a\s+lot\s+of\s+"
                rf"money|lots\s+of\s+money)|(?P<sum>[\w.,]*\w(?:\s+[\w.,]*\w){{0,3}}?)){_END_EN}")
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?P<q>do|does)\s+{WHO_EN}(?:\s+(?P<still>still))?\s+owe\s+the\s+bank\s*\?+")
_CARD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}(?:\s+(?P<still>still))?\s+(?P<verb>has|have)\s+"
                rf"(?:(?P<lot>a\s+lot\s+of|lots\s+of)\s+|(?P<any>any)\s+)?credit\s+card\s+debts?{_END_EN}")
_IN_DEBT_EN = lazy(rf"{_BE_NOT_EN}(?:\s+(?P<still>still|no\s+longer))?\s+(?:(?P<deep>deep|deeply|heavily)\s+)?in\s+debt"
                   rf"(?P<bank>\s+to\s+the\s+bank)?(?:\s+(?P<more>any\s*more))?{_END_EN}")
_FREE_EN = lazy(rf"{_BE_NOT_EN}(?:\s+(?P<finally>finally))?\s+(?:out\s+of\s+debt|debt[-\s]free)"
                rf"(?:\s+(?P<tail>now|yet))?{_END_EN}")
_WANT_EN = lazy(rf"{WHO_EN}(?:{_NOT_EN}\s+(?P<want>want)\s+to\s+(?:get|go|fall)\s+into|{BE_EN}"
                r"\s+(?:afraid|scared)\s+of\s+(?:getting|going|falling)\s+into)\s+debt\s*(?P<end>[.!]*)")
_PAID_EN = lazy(rf"(?:(?P<q>Have|Has|When\s+will)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?:(?P<has>\s+has|\s+have|"
                r"['’]ve|['’]s(?=\s+(?:just\s+)?paid))|(?P<hasnt>\s+(?:has|have)(?:\s+not|n['’]t))|(?P<will>\s+will|"
                rf"['’]ll)|\s+(?P<to>(?:has|have|needs?)\s+to)|{BE_EN})?(?:\s+(?P<just>just))?\s+(?P<verb>paid|pay|"
                rf"paying)(?P<off>\s+off)?\s+(?P<all>all\s+(?:of\s+)?)?(?P<owner>(?i:{WHOSE_WORDS}))\s+debts?"
                rf"(?P<bank>\s+to\s+the\s+bank)?(?:\s+(?P<yet>yet))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?{_END_EN}")
# ... as Vietnamese says it, by how it is asked, the auxiliary's group and the verb
_PAID_VI = {("has", "", "paid"): "đã trả hết nợ{} chưa?", ("have", "", "paid"): "đã trả hết nợ{} chưa?",
            ("when will", "", "pay"): "trả hết nợ{}?", ("", "has", "paid"): "đã trả hết nợ{} rồi.",
            ("", "hasnt", "paid"): "chưa trả hết nợ{}.", ("", "will", "pay"): "sẽ trả hết nợ{}.",
            ("", "to", "pay"): "phải trả hết nợ{}.", ("", "be", "paying"): "đang trả nợ{}.",
            ("", "", "paid"): "đã trả hết nợ{}."}
_CHASED_EN = lazy(rf"{_BE_Q_EN}{BE_EN}?\s+being\s+(?:chased|hounded)\s+for\s+(?:a\s+|the\s+)?debts?{_END_EN}")
_COLLECTOR_EN = lazy(rf"{_BE_Q_EN}(?:{BE_EN}|\s+(?P<verb>works?)\s+as)?\s+an?\s+debt\s+collector{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the bank or a credit card owed, being in debt or out of it, paying debts off,
    being chased for one or collecting them; None for any other."""
    if src == "vi":
        return _bank(text) or _in_debt(text) or _free(text) or _want(text) or _paid(text) or _chased(text)
    return _bank_vi(text) or _in_debt_vi(text) or _free_vi(text) or _want_vi(text) or _paid_vi(text) or _chased_vi(text)


def _said(m: re.Match | None) -> tuple[str, bool, bool, str] | None:
    """Who of a match of _WHO in English, whether one, whether asked ("có … không?", "còn … không?", "bao nhiêu?"),
    and how long ("still", "no longer", ""); None where it does not match, asks wrongly ("có" and no "không?", a "?"
    on a statement), or says both "vẫn" and "không", or "nữa" without "không còn"."""
    if not m:
        return None
    asked = bool(m["asked"])
    if m.groupdict().get("much"):  # ("Bạn nợ ngân hàng bao nhiêu?": asked by "bao nhiêu" alone)
        if asked or m["ask"] or m["not"] or "?" not in m["end"]:
            return None
        asked = True
    elif asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or not (m["ask"] or m["more"])):
        return None
    nolonger = bool(m["not"] and m["more"])
    if m["still"] and m["not"] or m["again"] and not nolonger:
        return None
    found = person_of(m, asked)
    how = "no longer" if nolonger else "still" if m["still"] or m["more"] else ""
    return found and (*found, asked, how)


def _bank(text: str) -> str | None:
    """"Tôi đang nợ ngân hàng." as "I owe the bank money.", "Tôi nợ ngân hàng 200 triệu." as "I owe the bank VND200
    million.", "Bạn nợ ngân hàng bao nhiêu?" as "How much do you owe the bank?", "Chị ấy nợ thẻ tín dụng." as "She
    has credit card debt." (_BANK); None for anything else."""
    said = _said(m := _BANK.fullmatch(text))
    if said is None or m["sum"] and m["not"] or m["lot"] and (m["not"] or m["asked"]):
        return None
    who_, one, asked, how = said
    card = keyed(m["what"]) != "ngân hàng"
    if card and (m["much"] or m["sum"]) or m["much"] and how == "no longer":
        return None
    if m["much"]:
        return f"How much {'does' if one else 'do'} {who_} {how + ' ' if how else ''}owe the bank?"
    owed = m["sum"] and (sum_said(m["sum"], "vi") or words_sum(m["sum"], "vi"))
    if m["sum"] and not owed:
        return None
    lot = "a lot of " if m["lot"] else ""
    what = f"{'any ' if m['not'] else lot}credit card debt" if card else owed or f"{lot}money"
    if how == "no longer":
        return capitalised(f"{who_} no longer {'has' if one else 'have'} {what}." if card else
                           f"{who_} no longer {'owes' if one else 'owe'} the bank anything.")
    verb, rest = ("have", what) if card else ("owe", f"the bank {'any money' if m['not'] else what}")
    return present(who_, one, verb, rest, asked, bool(m["not"]), m["end"], f"{how} " if how else "")


def _in_debt(text: str) -> str | None:
    """"Tôi đang mắc nợ." as "I'm in debt.", "Anh ấy nợ nần chồng chất." as "He's deep in debt.", "Anh ấy nợ nhiều
    lắm." as "He owes a lot of money." (_IN_DEBT); None for anything else, "nợ" with nothing owed, and deep in debt
    or a lot owed asked or denied."""
    said = _said(m := _IN_DEBT.fullmatch(text))
    if said is None:
        return None
    who_, one, asked, how = said
    bare, deep = keyed(m["verb"]) == "nợ", keyed(m["deep"] or "")
    if deep and (asked or m["not"]) or bare and (not deep or m["by"]):
        return None  # ("Tôi bị nợ nhiều lắm.": owed a lot, or owing it?)
    if how == "no longer" and _between_us(m):
        return None  # (quits with each other?)
    if bare and deep in _LOT:
        return present(who_, one, "owe", "a lot of money", end=m["end"], adverb=f"{how} " if how else "")
    if deep and deep not in _DEEP or deep in _LOT and keyed(m["verb"]) == "mắc nợ":
        return None  # ("mắc nợ nhiều lắm": a lot owed, deep in it?)
    state = f"{how + ' ' if how else ''}{'not ' if m['not'] and not how else ''}{'deep ' if deep else ''}in debt"
    return progressive(who_, be(who_), state, asked, m["end"])


def _free(text: str) -> str | None:
    """"Tôi hết nợ rồi." as "I'm out of debt now.", "Bạn hết nợ chưa?" as "Are you out of debt yet?" (_FREE); None for
    anything else, and "hết nợ" with no word of time."""
    m = _FREE.fullmatch(text)
    asked = bool(m and m["tail"] == "chưa")
    found = m and asked == ("?" in m["end"]) and not _between_us(m) and person_of(m, asked)
    if not found:
        return None
    who_, aux, tail = found[0], keyed(m["aux"] or ""), m["tail"] or ""
    if asked:
        return None if aux and aux != "đã" or m["finally"] else progressive(who_, be(who_), "out of debt yet", True)
    if aux.endswith("chưa"):
        yet = "still not out of debt" if aux != "chưa" else "not out of debt yet"
        return None if tail or m["finally"] else progressive(who_, be(who_), yet, end=m["end"])
    if bool(m["finally"]) != aux.startswith("cũng") or not (tail or aux):
        return None
    return progressive(who_, be(who_), "finally out of debt" if m["finally"] else "out of debt now", end=m["end"])


def _between_us(m: re.Match) -> bool:
    """Whether who of a match of WHO is "chúng ta", the one spoken to with the speaker (quits with each other?)."""
    return keyed(m["who"] or "") == "chúng ta"


def _want(text: str) -> str | None:
    """"Tôi không muốn mắc nợ." as "I don't want to get into debt.", "Mẹ tôi sợ mắc nợ." as "My mother is afraid of
    getting into debt." (_WANT); None for anything else."""
    m = _WANT.fullmatch(text)
    found = m and "?" not in m["end"] and person_of(m, False)
    if not found:
        return None
    who_, one = found
    if keyed(m["how"]) == "không muốn":
        return present(who_, one, "want", "to get into debt", denied=True, end=m["end"])
    return progressive(who_, be(who_), f"{'very ' if m['very'] else ''}afraid of getting into debt", end=m["end"])


def _paid(text: str) -> str | None:
    """"Tôi trả hết nợ rồi." as "I've paid off all my debts.", "Bạn trả hết nợ chưa?" as "Have you paid off your debts
    yet?", "Tôi đang trả nợ ngân hàng." as "I'm paying off my debt to the bank." (_PAID); None for anything else,
    and a name alone (his or her debts?)."""
    m = _PAID.fullmatch(text)
    if not m or m["day"] and m["day2"]:
        return None
    aux, tail, asked, day = keyed(m["aux"] or ""), m["tail"] or "", "?" in m["end"], keyed(m["day"] or m["day2"] or "")
    found = asked == bool(m["when"] or tail == "chưa") and person_of(m, asked)
    if not found or (whose := whose_own(m, found[0])) is None:
        return None
    who_, one = found
    end, way, has = stop(m["end"]), NEAR_WAY.get(day), "has" if one else "have"
    debts = f"{whose} debt to the bank" if m["bank"] else f"{whose} debts"
    if not m["all"]:  # ("trả nợ": paying them, not all of them)
        said = {"đang": f"{be(who_)} paying off", "phải": f"{has} to pay",
                "cần": f"{'needs' if one else 'need'} to pay"}.get(aux)
        return None if said is None or tail or day or asked else capitalised(contracted(who_, f"{said} {debts}{end}"))
    if asked:
        if m["when"] and not (tail or day) and aux in ("", "sẽ"):
            return f"When will {who_} pay off {debts}?"
        # ("Bao giờ anh ấy đã trả hết nợ?": when did he?, not whether)
        return f"{has.capitalize()} {who_} paid off {debts} yet?" if aux in ("", "đã") and not (
            day or m["when"]) else None
    if aux.endswith("chưa"):
        still = aux != "chưa"
        return None if tail or day else capitalised(
            f"{who_} {'still ' * still}{has}n't paid off {debts}{'' if still else ' yet'}.")
    on_day = f" {_DAYS[day]}" if day else ""
    if aux in ("vừa", "mới", "vừa mới"):
        return None if day else capitalised(contracted(who_, f"{has} just paid off all {debts}{end}"))
    if way == "behind" and aux in ("", "đã"):
        return capitalised(f"{who_} paid off all {debts}{on_day}{end}")
    if aux in ("sẽ", "") and not tail and (way == "ahead" or aux and not day):
        return capitalised(contracted(who_, f"will pay off {debts}{on_day}{end}"))
    if aux == "phải" and not day and not tail:
        return capitalised(f"{who_} {has} to pay off {debts}{end}")
    if (aux == "đã" or tail == "rồi") and not day:
        return capitalised(contracted(who_, f"{has} paid off all {debts}{end}"))
    return None


def _chased(text: str) -> str | None:
    """"Chú tôi bị đòi nợ." as "My uncle is being chased for a debt.", "Bạn có đang bị đòi nợ không?" as "Are you
    being chased for a debt?" (_CHASED); "Anh ấy làm nghề đòi nợ thuê." as "He works as a debt collector."
    (_COLLECTOR); None for anything else."""
    m, collector = _CHASED.fullmatch(text), False
    if not m:
        m, collector = _COLLECTOR.fullmatch(text), True
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (found := person_of(m, asked)) is None:
        return None
    who_, one = found
    if collector and keyed(m["is"] or "") == "là" and not asked:
        return progressive(who_, be(who_), "a debt collector", end=m["end"])
    if collector:
        return present(who_, one, "work", "as a debt collector", asked, end=m["end"])
    return progressive(who_, be(who_), "being chased for a debt", asked, m["end"])


def _agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether the simple present of a match over WHO_EN agrees with who (`one`: he, she, a name): "Does she owe",
    "He doesn't have", "She owes", not "She owe" nor "Does she owes"."""
    first = (m.groupdict().get("q") or m.groupdict().get("not") or "").lower()
    if first:
        return not verb.endswith("s") and first.startswith("does") == one
    return verb.endswith("s") == one


def _person_vi(m: re.Match | None, verb: str = "") -> tuple[str, bool, bool] | None:
    """Who of a match over WHO_EN in Vietnamese, whether one, and whether asked; None where it does not match, asks
    wrongly, the `verb` (a group's name) does not agree, or for a pet or "I" asked."""
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    found = person_of(m, bool(m["q"]), "en")
    if found is None or verb and not _agrees(m, m[verb], found[1]):
        return None
    return (*found, bool(m["q"]))


def _bank_vi(text: str) -> str | None:
    """"I owe the bank money." as "Tôi đang nợ ngân hàng.", "He owes a lot of money." as "Anh ấy nợ rất nhiều tiền."
    (_BANK_EN), "How much do you owe the bank?" as "Bạn nợ ngân hàng bao nhiêu tiền?" (_HOW_MUCH_EN); "She has
    credit card debt." as "Cô ấy nợ thẻ tín dụng." (_CARD_EN); None for anything else."""
    if m := _HOW_MUCH_EN.fullmatch(text):
        found = person_of(m, True, "en")
        if found is None or (m["q"].lower() == "does") != found[1]:
            return None
        return capitalised(f"{found[0]} {'còn ' * bool(m['still'])}nợ ngân hàng bao nhiêu tiền?")
    found = _person_vi(m := _BANK_EN.fullmatch(text) or _CARD_EN.fullmatch(text), "verb")
    card = bool(m) and "money" not in m.groupdict()
    if found is None or m["any"] and not (m["q"] or m["not"]) or m["lot"] and (m["q"] or m["not"]) or \
            m["still"] and m["not"] or not card and (m["money"] or m["sum"]) and m["not"]:
        return None
    who_, _, asked = found
    still, what = "còn " if m["still"] else "", "thẻ tín dụng" if card else "ngân hàng"
    if not card and not m["bank"]:  # ("He owes a lot of money."; not "He owes money.": whom?)
        return None if asked or not m["lot"] else capitalised(f"{who_} {'vẫn còn ' * bool(still)}nợ rất nhiều tiền.")
    if not card and m["sum"]:
        owed = sum_said(m["sum"], "en") or words_sum(m["sum"], "en")
        return None if owed is None or asked else capitalised(f"{who_} {'vẫn còn ' * bool(still)}nợ ngân hàng {owed}.")
    if asked:
        return f"{capitalised(who_)} có {still}nợ {what} không?"
    if m["not"]:
        return capitalised(f"{who_} không nợ {what}.")
    lot = (" rất nhiều" if card else " rất nhiều tiền") if m["lot"] else ""
    return capitalised(f"{who_} {'vẫn còn ' if still else '' if lot or card else 'đang '}nợ {what}{lot}.")


def _be_vi(m: re.Match | None) -> tuple[str, bool, bool] | None:
    """Who of a match over WHO_EN and BE_EN (or "isn't", group "isnt") in Vietnamese, whether denied ("not",
    "isn't") and whether asked; None where "is", "am", "are" does not agree with who or is missing."""
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m.groupdict().get("isnt")):
        return None
    isnt, not_ = m.groupdict().get("isnt"), m.groupdict().get("not")
    said = m["q"] or m["be"] or isnt.lower().replace("’", "'").replace("n't", "")
    found = person_of(m, bool(m["q"]), "en")
    if found is None or not be_agrees(m, said) or isnt and not_ or m["q"] and not_:
        return None
    return found[0], bool(isnt or not_), bool(m["q"])


def _in_debt_vi(text: str) -> str | None:
    """"I'm in debt." as "Tôi đang mắc nợ.", "He's deep in debt." as "Anh ấy nợ nần chồng chất.", "I'm in debt to the
    bank." as "Tôi đang nợ ngân hàng." (_IN_DEBT_EN); None for anything else."""
    found = _be_vi(m := _IN_DEBT_EN.fullmatch(text))
    if found is None:
        return None
    who_, not_, asked = found
    how = keyed(m["still"] or "")
    nolonger = how == "no longer" or not_ and m["more"]
    if m["more"] and not (not_ and not how) or not_ and how or asked and nolonger or m["deep"] and (
            asked or not_ or nolonger or m["bank"]):
        return None
    what = "nợ ngân hàng" if m["bank"] else "mắc nợ"
    if asked:
        return f"{capitalised(who_)} có {'còn' if how else 'đang'} {what} không?"
    if nolonger:
        return capitalised(f"{who_} không còn {what} nữa.")
    if not_:
        return capitalised(f"{who_} không {what}.")
    what = "nợ nần chồng chất" if m["deep"] else what
    return capitalised(f"{who_} {'vẫn còn' if how else '' if m['deep'] else 'đang'} {what}.".replace("  ", " "))


def _free_vi(text: str) -> str | None:
    """"I'm out of debt now." as "Tôi hết nợ rồi.", "Are you out of debt yet?" as "Bạn hết nợ chưa?" (_FREE_EN); None
    for anything else, and "debt-free" with no word of time (never in debt?)."""
    found = _be_vi(m := _FREE_EN.fullmatch(text))
    if found is None:
        return None
    who_, not_, asked = found
    tail, free = m["tail"] or "", "free" in text.lower()
    if asked:
        return None if tail != "yet" or m["finally"] or free else f"{capitalised(who_)} hết nợ chưa?"
    if not_:
        return None if tail == "now" or m["finally"] or free else capitalised(f"{who_} chưa hết nợ.")
    if tail == "yet" or free and not (tail or m["finally"]):
        return None
    return capitalised(f"cuối cùng {who_} cũng hết nợ rồi." if m["finally"] else f"{who_} hết nợ rồi.")


def _want_vi(text: str) -> str | None:
    """"I don't want to get into debt." as "Tôi không muốn mắc nợ.", "She's afraid of getting into debt." as "Cô ấy sợ
    mắc nợ." (_WANT_EN); None for anything else, and "want to" said ("I want to get into debt.")."""
    m = _WANT_EN.fullmatch(text)
    found = m and person_of(m, False, "en")
    if not found or m["want"] and not (m["not"] and _agrees(m, "want", found[1])) or m["be"] and not be_agrees(
            m, m["be"]):
        return None
    return capitalised(f"{found[0]} {'không muốn' if m['want'] else 'sợ'} mắc nợ.")


def _paid_vi(text: str) -> str | None:
    """"I've paid off all my debts." as "Tôi đã trả hết nợ rồi.", "I'll pay off my debts next month." as "Tôi sẽ trả
    hết nợ vào tháng sau." (_PAID_EN); None for anything else, where the verb does not agree with who, and another's
    debts ("I … his debts")."""
    m = _PAID_EN.fullmatch(text)
    found = m and _person_vi(m)
    if not found or not own_thing(m, *found[:2]):
        return None
    who_, one, _ = found
    q, aux = keyed(m["q"] or ""), keyed((m["has"] or m["hasnt"] or m["to"] or "").replace("’", "'"))
    kind = next((k for k in ("has", "hasnt", "will", "to", "be") if m[k]), "")
    how, day = _PAID_VI.get((q, kind, m["verb"])), m["day"] or ""
    if how is None or aux and aux.startswith(("has", "'s", "needs")) != one or q.startswith("ha") and (
            q == "has") != one or m["be"] and not be_agrees(m, m["be"]) or not m["off"] and kind not in ("to", "be"):
        return None
    way = NEAR_WAY.get(_DAYS_VI.get(day, ""))
    if m["still"] and kind != "hasnt" or m["just"] and kind != "has" or m["yet"] and not (
            q.startswith("ha") or kind == "hasnt" and not m["still"]) or \
            m["all"] and kind not in ("has", "hasnt", "") or \
            day and not (way == "behind" and not kind or way == "ahead" and kind == "will"):
        return None
    how = how.replace("phải", "cần") if aux.startswith("need") else how
    how = "vẫn " + how if m["still"] else "vừa trả hết nợ{}." if m["just"] else how
    said = f"{'Bao giờ ' if q == 'when will' else ''}{who_} {how.format(' ngân hàng' if m['bank'] else '')}"
    if day:
        said = f"{said[:-1]} vào {_DAYS_VI[day]}." if way == "ahead" else f"{_DAYS_VI[day]} {said}"
    return capitalised(said if m["off"] else said.replace("hết ", ""))


def _chased_vi(text: str) -> str | None:
    """"My uncle is being chased for a debt." as "Chú tôi đang bị đòi nợ.", "Are you being chased for a debt?" as
    "Bạn có đang bị đòi nợ không?" (_CHASED_EN); "He's a debt collector." and "He works as a debt collector." as "Anh
    ấy làm nghề đòi nợ thuê." (_COLLECTOR_EN); None for anything else."""
    if m := _COLLECTOR_EN.fullmatch(text):
        if m["verb"]:
            found = None if m["q"] else _person_vi(m, "verb")
        else:
            found = _be_vi(m) if m["q"] or m["be"] else None
        if found is None:
            return None
        asked = found[-1]
        return capitalised(f"{found[0]} {'có ' * asked}làm nghề đòi nợ thuê{' không?' if asked else '.'}")
    found = _be_vi(_CHASED_EN.fullmatch(text))
    return found and capitalised(f"{found[0]} có đang bị đòi nợ không?" if found[2] else f"{found[0]} đang bị đòi nợ.")
