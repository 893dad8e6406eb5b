"""Wages owed, paid late or not yet paid, and the day of the month someone gets paid, both ways, written whole by rule.
v8 (rules on) reads "nợ" as debt, "chậm" as slowing, "về" as returning and "mùng năm" as a year: "Công ty nợ lương
tôi." → "My debt company.", "Công ty chậm lương hai tháng rồi." → "The company slows the wages two months.", "Sếp trả
lương muộn." → "The boss pays later.", "Lương tháng này chưa về." → "This month is not yet returned.", "Lương tháng
này về chưa?" → "Is this month?", "Tôi được trả lương vào ngày mùng năm." → "I was paid for the day of the year's
blind.", "Tôi được trả lương vào cuối tháng." → "I was paid at the end of the month."; "The company owes me wages." →
"Công ty này kêu gọi tôi tiền lương.", "The company is two months behind with our wages." → "Công ty này đứng sau hai
tháng với mức lương của chúng ta.", "This month's pay hasn't come in yet." → "Tiền trả của tháng này vẫn chưa đến.",
"I haven't been paid this month." → "Tháng này tôi không trả tiền." (I don't pay), "I get paid on the fifth." → "Tôi
được trả tiền thứ năm." (Thursday), "I get paid at the end of the month." → "Tôi đã trả tiền vào cuối tháng.".

Taken: a payer (a company, factory, shop, restaurant or boss, whose or not; "Sếp" alone is "my boss" or "our boss"
where it owes or pays "tôi" or "chúng tôi", as mt/leave.py reads it, else "the boss") that owes whom (mt.hobbies.WHOM)
wages, still, not, asked, or a span of months' wages; that is a span of months behind with wages ("chậm lương"; whose
wages "chậm trả lương cho …"), behind now ("đang"), late with them ("rồi") or again ("lại"); that pays wages or whom
late as a habit (mt.hobbies.SELDOM) or not, asked, or did last month; that has not paid whom yet, this month or for a
span of months, asked yet or this month; this or last month's pay, whose or not, that has not come in or been paid
yet (still), asked yet, or has; who (mt.hobbies.WHO, WHO_EN) has not been paid this month or for a span of months,
asked this month; who gets paid (usually) on a day of the month ("mùng năm", "ngày 15"), at its start, middle or end,
every month, asked. Left: who not yet paid with no month, when who gets paid, got paid, payday, pay and how much
(mt/earnings.py), bonuses (mt/bonuses.py), overtime pay (mt/overtime.py), broke until payday (mt/broke.py), money
owed between people (mt/loans.py), "Công ty chậm lương." bare or with a habit, "trả lương muộn" with "lại" (this once,
or a habit?), a payer paying on a day, "Lương chưa về." (whose?), who not paid last month (not, or not yet?), "hai
tháng nay" behind, "anh", "chị", "em" alone as whom or who saying it, a pet as who, whom or whose, a name alone
right after "Lương" ("Lương Lan chưa về.": Luong Lan, a surname, has not come home?), in English a company, factory,
shop or restaurant that pays whom late or has not paid whom where wages are unsaid and it is not whom's own ("my
company … me" is taken, "The shop hasn't paid us yet." may be owed for goods, not wages), a "?" with no asking
words, and anything else.
mt.phrasebook.translate tries these after mt/dorms.py.

    >>> translate("Công ty nợ lương tôi.", "vi", "en"), translate("I get paid on the fifth.", "en", "vi")
    ('The company owes me wages.', 'Tôi được trả lương vào ngày mùng năm.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, pet, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN, en_nth, en_ordinal
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, agreement_asked, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:lương)"), "en": lazy(r"(?i:wage|pay|paid|salar)")}
# who pays wages (English, after "the", "my" …)
_PAYERS = {"công ty": "company", "nhà máy": "factory", "cửa hàng": "shop", "nhà hàng": "restaurant", "sếp": "boss"}
_PAYERS_VI = {en: vi for vi, en in _PAYERS.items()}
# days of the month said in words ("mùng năm": the fifth), and parts of the month
_NTH = {vi: en_nth(n) for n, vi in enumerate(VI_TO_EN, 1)}
_NTH_VI = {en: vi for vi, en in _NTH.items()}
_PARTS = {"cuối": "at the end of", "đầu": "at the start of", "giữa": "in the middle of"}
_PARTS_VI = {"end": "cuối", "start": "đầu", "beginning": "đầu", "middle": "giữa"}
_LAST = near_days("tháng trước")  # (paid late last month: the only day a payment is surely past)
_OBJECT_WHOSE = {"me": "my", "us": "our", "you": "your", "him": "his", "her": "her", "them": "their"}


def _n(name: str) -> str:
    """A regex for a number of months, one to twelve, in words or figures, in a group called `name`."""
    return rf"(?P<{name}>(?i:{alternatives(VI_TO_EN)})|1[0-2]|[1-9])"


_PAYER = rf"(?P<payer>(?i:{alternatives(_PAYERS)}))(?:\s+(?:của\s+)?(?P<pwhose>(?i:{alternatives(OWNERS)})))?"
_SPAN = rf"(?:\s+{_n('n')}\s+tháng(?:\s+(?P<done>rồi|nay))?)"
# wages owed ("Công ty nợ lương tôi.", "Công ty nợ lương tôi hai tháng rồi.", "Sếp có nợ lương bạn không?")
_OWE = lazy(rf"{_PAYER}\s+(?:(?P<ask>có)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<not>không)\s+)?nợ\s+lương\s+{WHOM}"
            rf"{_SPAN}?{ASKED_END}")
# behind with wages ("Công ty chậm lương hai tháng rồi.", "Công ty tôi đang chậm lương.")
_BEHIND = lazy(rf"{_PAYER}\s+(?:(?P<aux>đang|lại)\s+)?chậm\s+(?P<pay>trả\s+)?lương(?:\s+cho\s+{WHOM})?{_SPAN}?"
               rf"(?:\s+(?P<now>rồi))?{SOFTENED_END}")
# paying late ("Sếp trả lương muộn.", "Công ty bạn có trả lương muộn không?", "Tháng trước công ty trả lương muộn.")
_LATE = lazy(rf"(?:(?P<day>(?i:{alternatives(_LAST)}))\s+)?{_PAYER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<habit>(?i:{alternatives(SELDOM)}))\s+)?trả\s+lương(?:\s+cho\s+{WHOM})?\s+(?:muộn|chậm|trễ)"
             rf"{ASKED_END}")
# not paid yet ("Công ty chưa trả lương cho chúng tôi hai tháng rồi.", "Công ty đã trả lương cho bạn chưa?")
_NOT_PAID = lazy(rf"(?:(?P<month0>[Tt]háng\s+này)\s+)?{_PAYER}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<aux>chưa|đã)\s+)?"
                 rf"trả\s+lương\s+cho\s+{WHOM}(?:\s+(?P<month>tháng\s+này)|{_SPAN})?(?:\s+(?P<yet>chưa))?"
                 rf"{SOFTENED_END}")
# pay not in yet ("Lương tháng này chưa về.", "Lương của tôi vẫn chưa về.", "Lương tháng này về chưa?")
_IN = lazy(rf"[Ll]ương\s+(?:(?P<month>tháng\s+(?:này|trước))\s+)?(?:(?P<of>của\s+)?{OWNER}\s+)?(?:(?P<still>vẫn)\s+)?"
           r"(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?(?P<verb>về|được\s+trả)(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?"
           rf"{SOFTENED_END}")
# who is not paid ("Tháng này tôi chưa được trả lương.", "Hai tháng nay tôi chưa được trả lương.")
_UNPAID = lazy(rf"(?:(?P<month0>[Tt]háng\s+này)\s+|(?:[Đđ]ã\s+)?{_n('n0')}\s+tháng\s+(?:rồi|nay)\s+)?{WHO}\s+"
               r"(?:(?P<still>vẫn)\s+)?(?:(?P<aux>chưa|đã)\s+)?(?:được\s+trả\s+lương|nhận\s+(?:được\s+)?lương)"
               rf"(?:\s+(?P<month>tháng\s+này)|{_SPAN})?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# the day of the month paid ("Tôi được trả lương vào ngày mùng năm.", "Công ty trả lương vào cuối tháng.")
_ON = (rf"(?:vào\s+)?(?:(?:ngày\s+)?(?:mùng|mồng)\s+(?P<nth>(?i:{alternatives(_NTH)})|10|[1-9])|ngày\s+"
       r"(?P<d>3[01]|[12]\d|[1-9])|(?P<part>cuối|đầu|giữa)\s+(?P<each>mỗi\s+)?tháng)(?:\s+(?P<every>hàng|hằng|mỗi)"
       r"\s+tháng)?")
_WHEN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<habit>thường)\s+)?(?:được\s+trả\s+lương|nhận\s+lương)\s+{_ON}"
             rf"{ASKED_END}")

# ... in English
_PAYER_EN = rf"(?P<pdet>(?i:the|{WHOSE_WORDS}))\s+(?P<payer>{alternatives(_PAYERS_VI)})"
_N_EN = r"(?P<n>(?i:" + alternatives(EN_TO_VI) + r")|1[0-2]|[1-9])"
_MONTHS_EN = rf"(?:(?P<a>a|one)\s+month|{_N_EN}\s+months)"
_END = r"\s*(?P<end>[.!?]*)"
_OWE_EN = lazy(rf"(?:(?P<do>Does)\s+)?{_PAYER_EN}(?:\s+(?P<still>still))?(?:\s+(?P<not>doesn['’]t|does\s+not)|"
               rf"(?P<has>\s+has|['’]s))?\s+(?P<owe>owes|owe|owed)\s+{WHOM_EN}\s+(?:(?P<any>any\s+)?(?:wages|pay)|"
               rf"(?:(?P<a>a|one)\s+month['’]s|{_N_EN}\s+months['’])\s+(?:wages|pay|salary)){_END}")
_BEHIND_EN = lazy(rf"{_PAYER_EN}(?:\s+is|['’]s)\s+(?:{_MONTHS_EN}\s+)?(?:(?P<behind>behind)|(?P<late>late))\s+"
                  rf"(?:on|with)\s+(?:the\s+|(?P<whose>{WHOSE_WORDS})\s+|(?P<someone>{SOMEONE_EN})['’]s\s+)?"
                  rf"(?:wages|pay)(?:\s+(?P<again>again))?\s*(?P<end>[.!]*)")
_LATE_EN = lazy(rf"(?:(?P<do>Does)\s+)?{_PAYER_EN}(?:\s+(?P<habit>{alternatives(HABIT_VI)}))?(?:\s+(?P<not>doesn['’]t|"
                rf"does\s+not))?\s+(?P<pay>pays|pay|paid)\s+(?:wages|{WHOM_EN})\s+late(?:\s+(?P<day>last\s+month))?"
                rf"{_END}")
_NOT_PAID_EN = lazy(rf"(?:(?P<has0>Has)\s+)?{_PAYER_EN}(?:\s+(?P<still>still))?(?P<aux>\s+has|['’]s)?"
                    rf"(?P<not>\s+not|n['’]t)?\s+paid\s+{WHOM_EN}(?:\s+(?P<month>this\s+month)|\s+for\s+{_MONTHS_EN}|"
                    rf"\s+(?P<yet>yet))?{_END}")
_IN_EN = lazy(rf"(?:(?P<has0>Has|Have)\s+)?(?:(?P<month>(?i:this|last))\s+month['’]s|(?P<whose>(?i:{WHOSE_WORDS}))|"
              rf"(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<what>pay|salary|wages)(?:\s+for\s+(?P<month2>this|last)\s+"
              r"month)?(?:\s+(?P<still>still))?(?P<aux>\s+has|\s+have|['’]s)?(?P<not>\s+not|n['’]t)?\s+"
              rf"(?P<verb>come\s+in|been\s+paid)(?:\s+(?P<yet>yet))?{_END}")
_UNPAID_EN = lazy(rf"(?:(?P<has0>Has|Have)\s+)?{WHO_EN}(?:\s+(?P<still>still))?(?P<aux>['’]ve|['’]s|\s+have|\s+has)?"
                  rf"(?P<not>\s+not|n['’]t)?\s+been\s+paid\s+(?:(?P<month>this\s+month)|for\s+{_MONTHS_EN}){_END}")
_ON_EN = (rf"(?:on\s+the\s+(?P<nth>{alternatives(_NTH_VI)}|\d{{1,2}}(?:st|nd|rd|th))(?P<every>\s+of\s+(?:every|each|"
          r"the)\s+month)?|(?:at\s+the\s+(?P<part>end|start|beginning)|in\s+the\s+(?P<mid>middle))\s+of\s+(?:the|"
          r"(?P<each>every|each))\s+month)")
_WHEN_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<habit>usually))?\s+(?P<get>gets|get)\s+paid\s+{_ON_EN}"
                rf"{_END}")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of wages owed, paid late or not, pay not in, or a monthly payday; else None."""
    if src == "vi":  # ("… nhỉ" asks to be agreed with: left)
        return None if agreement_asked(text) else _owe(text) or _behind(text) or _late(text) or _not_paid(text) or \
            _in(text) or _unpaid(text) or _when(text)
    text = text.replace("’", "'")
    return _owe_vi(text) or _behind_vi(text) or _late_vi(text) or _not_paid_vi(text) or _in_vi(text) or \
        _unpaid_vi(text) or _when_vi(text)


def _asked(m: re.Match, also: str = "ask") -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"); None where "?" and "không" do not agree, "không" asks with
    neither "có" nor the group `also`, "có" is said without "không", or "không" both denies and asks."""
    g = m.groupdict()
    asked = bool(g.get("asked"))
    if asked != ("?" in m["end"]) or asked and not (g.get("ask") or g.get(also)) or g.get("ask") and not asked or \
            g.get("not") and asked:
        return None
    return asked


def _payer(m: re.Match, whom: str | None = None) -> str:
    """The payer of a match of _PAYER in English: "the company", "my company", "my boss" for "Sếp" paying "me"."""
    payer = _PAYERS[keyed(m["payer"])]
    whose = OWNERS[keyed(m["pwhose"])] if m["pwhose"] else payer == "boss" and {"me": "my", "us": "our"}.get(whom)
    return f"{whose or 'the'} {payer}"


def _months(n: str) -> str:
    """A number of Vietnamese months in English: "hai" as "two months", "một" as "a month"."""
    n = keyed(n)
    return "a month" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} months"


def _person(said: str, lang: str) -> str | None:
    """Whom or whose `said` in the other language, as mt.hobbies.as_whom gives it; None for a pet: it earns no wages."""
    return None if pet(said, lang) else as_whom(said, lang)


def _owe(text: str) -> str | None:
    """"Công ty nợ lương tôi." as "The company owes me wages." (_OWE); None for anything else."""
    m = _OWE.fullmatch(text)
    asked = m and _asked(m, "still")
    whom = asked is not None and _person(m["whom"], "vi")
    done = whom and keyed(m["done"] or "")
    if not whom or done == "nay" or done and (asked or m["not"] or m["still"]) or m["not"] and m["n"]:
        return None
    payer, still, span = _payer(m, whom), "still " * bool(m["still"]), m["n"] and _months(m["n"])
    wages = "a month's wages" if span == "a month" else f"{span}' wages" if span else "wages"
    if asked:
        return f"Does {payer} {still}owe {whom} {wages}?"
    if m["not"]:
        return capitalised(f"{payer} doesn't owe {whom} any wages.")
    return capitalised(f"{payer} has owed {whom} {wages}." if done else f"{payer} {still}owes {whom} {wages}.")


def _behind(text: str) -> str | None:
    """"Công ty tôi đang chậm lương." as "My company is behind with the wages." (_BEHIND); None for anything else,
    and "Công ty chậm lương." (late now, or as a habit?)."""
    m = _BEHIND.fullmatch(text)
    whom = m and m["whom"] and _person(m["whom"], "vi")
    if not m or "?" in m["end"] or m["whom"] and not (whom and m["pay"]) or keyed(m["done"] or "") == "nay":
        return None
    payer, aux = _payer(m, whom), keyed(m["aux"] or "")
    wages = f"{_OBJECT_WHOSE.get(whom) or f'{whom}’s'} wages".replace("’", "'") if whom else "the wages"
    if m["n"]:
        return None if aux == "lại" or m["now"] else capitalised(f"{payer} is {_months(m['n'])} behind with {wages}.")
    if aux == "lại":
        return capitalised(f"{payer} is late with {wages} again.")
    if bool(aux) == bool(m["now"]):
        return None
    return capitalised(f"{payer} is {'behind' if aux else 'late'} with {wages}.")


def _late(text: str) -> str | None:
    """"Sếp tôi hay trả lương cho chúng tôi muộn." as "My boss often pays us late." (_LATE); None for anything else."""
    m = _LATE.fullmatch(text)
    asked = m and _asked(m)
    whom = m and m["whom"] and _person(m["whom"], "vi")
    habit = m and m["habit"] and SELDOM[keyed(m["habit"])]
    if asked is None or m["whom"] and not whom or m["not"] and habit or habit == "never" and asked or m["day"] and (
            asked or m["not"] or habit):
        return None
    payer, paid, habit = _payer(m, whom), f"{whom or 'wages'} late", f"{habit} " if habit else ""
    if m["day"]:
        return capitalised(f"{payer} paid {paid} {_LAST[keyed(m['day'])]}.")
    if asked:
        return f"Does {payer} {habit}pay {paid}?"
    return capitalised(f"{payer} doesn't pay {paid}." if m["not"] else f"{payer} {habit}pays {paid}.")


def _not_paid(text: str) -> str | None:
    """"Công ty đã trả lương cho bạn chưa?" as "Has the company paid you yet?" (_NOT_PAID); None for anything else."""
    m = _NOT_PAID.fullmatch(text)
    whom = m and _person(m["whom"], "vi")
    if not whom or bool(m["yet"]) != ("?" in m["end"]) or m["month0"] and (m["month"] or m["n"]):
        return None
    payer, aux, month = _payer(m, whom), keyed(m["aux"] or ""), " this month" if m["month0"] or m["month"] else ""
    if m["yet"]:
        return None if aux == "chưa" or m["still"] or m["n"] else f"Has {payer} paid {whom}{month or ' yet'}?"
    if aux != "chưa" or m["still"] and (month or m["n"]):
        return None
    span = f" for {_months(m['n'])}" if m["n"] else month or "" if m["still"] else month or " yet"
    return capitalised(f"{payer} {'still ' * bool(m['still'])}hasn't paid {whom}{span}.")


def _in(text: str) -> str | None:
    """"Lương tháng trước chưa được trả." as "Last month's wages haven't been paid yet." (_IN); None for anything
    else, and "Lương chưa về." (whose?), a pet's, and "Lương Lan chưa về." (Luong Lan, not home yet?)."""
    m = _IN.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or not (m["month"] or m["owner"] or m["someone"]):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else m["someone"] and _person(m["someone"], "vi")
    named = m["someone"] and not (m["of"] or m["month"]) and re.fullmatch(WHO, " ".join(m["someone"].split()))["given"]
    if m["someone"] and not whose or named:
        return None
    whose = whose and (whose if m["owner"] else f"{whose}'s")
    month = m["month"] and f"{'this' if keyed(m['month']).endswith('này') else 'last'} month"
    what, has, done = ("pay", "has", "come in") if keyed(m["verb"]) == "về" else ("wages", "have", "been paid")
    pay = f"{whose} {what} for {month}" if whose and month else f"{whose} {what}" if whose else f"{month}'s {what}"
    if m["yet"]:
        return None if m["not"] or m["still"] or m["done"] else f"{has.capitalize()} {pay} {done} yet?"
    if m["not"]:
        return None if m["done"] or m["did"] else capitalised(
            f"{pay} still {has}n't {done}." if m["still"] else f"{pay} {has}n't {done} yet.")
    return capitalised(f"{pay} {has} {done}.") if m["done"] and not m["still"] else None


def _unpaid(text: str) -> str | None:
    """"Tháng này tôi chưa được trả lương." as "I haven't been paid this month." (_UNPAID); None for anything else,
    and with no month (mt/earnings.py)."""
    m = _UNPAID.fullmatch(text)
    spans = m and [g for g in ("month0", "n0", "month", "n") if m[g]]
    said = m and not animal(m) and len(spans) == 1 and bool(m["yet"]) == ("?" in m["end"]) and who(m, bool(m["yet"]))
    if not said:
        return None
    (who_, one), aux, n = said, keyed(m["aux"] or ""), m["n0"] or m["n"]
    has = "has" if one else "have"
    if m["yet"]:
        return None if aux == "chưa" or m["still"] or n else f"{has.capitalize()} {who_} been paid this month?"
    span = f"for {_months(n)}" if n else "this month"
    return capitalised(f"{who_} {'still ' * bool(m['still'])}{has}n't been paid {span}.") if aux == "chưa" else None


def _when(text: str) -> str | None:
    """"Mẹ tôi được trả lương vào ngày 15 hàng tháng." as "My mother gets paid on the 15th of every month." (_WHEN);
    None for anything else, and every month said twice."""
    m = _WHEN.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and not animal(m) and not (m["each"] and m["every"]) and who(m, asked)
    if not said:
        return None
    (who_, one), every = said, bool(m["every"])
    if m["part"]:
        on = f"{_PARTS[keyed(m['part'])]} {'every' if m['each'] or every else 'the'} month"
    else:
        nth = keyed(m["nth"] or m["d"])
        on = f"on the {_NTH.get(nth) or en_ordinal(int(nth))}{' of every month' * every}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} get paid {on}?"
    return capitalised(f"{who_} {'usually ' * bool(m['habit'])}get{'s' * one} paid {on}.")


# ... and back, English to Vietnamese
def _payer_vi(m: re.Match) -> str:
    """The payer of a match of _PAYER_EN in Vietnamese: "công ty", "công ty tôi", "sếp"."""
    det = m["pdet"].lower()
    return f"{_PAYERS_VI[m['payer']]}{'' if det == 'the' else ' ' + WHOSE_VI[det]}"


def _months_vi(m: re.Match) -> str | None:
    """The months of a match of _MONTHS_EN in Vietnamese ("hai tháng"), "" for none; None for "one months"."""
    if not (m["a"] or m["n"]):
        return ""
    n = keyed(m["n"] or "một")
    return None if n in ("one", "1") else f"{EN_TO_VI.get(n, n)} tháng"


def _owe_vi(text: str) -> str | None:
    """"Does the company still owe you wages?" as "Công ty còn nợ lương bạn không?" (_OWE_EN); None for anything
    else, and the verb not agreeing."""
    m = _OWE_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or not (whom := _person(m["whom"], "en")):
        return None
    months = _months_vi(m)
    form = "owe" if asked or m["not"] else "owed" if m["has"] else "owes"
    if m["owe"] != form or months is None or m["any"] and not (asked or m["not"]) or m["has"] and (
            not months or m["still"]) or m["not"] and (months or m["still"]) or asked and m["has"]:
        return None
    payer, span = _payer_vi(m), f" {months}" if months else ""
    if asked:
        return capitalised(f"{payer} {'còn' if m['still'] else 'có'} nợ lương {whom}{span} không?")
    if m["not"]:
        return capitalised(f"{payer} không nợ lương {whom}.")
    return capitalised(f"{payer} {'vẫn ' * bool(m['still'])}nợ lương {whom}{span}{' rồi' * bool(m['has'])}.")


def _behind_vi(text: str) -> str | None:
    """"The company is two months behind with our wages." as "Công ty chậm trả lương cho chúng tôi hai tháng rồi."
    (_BEHIND_EN); None for anything else."""
    m = _BEHIND_EN.fullmatch(text)
    whom = m and (WHOSE_VI[m["whose"].lower()] if m["whose"] else m["someone"] and _person(m["someone"], "en"))
    months = m and _months_vi(m)
    if not m or m["someone"] and not whom or months is None or m["again"] and (m["behind"] or months):
        return None
    said = f"{_payer_vi(m)} {{}}chậm {f'trả lương cho {whom}' if whom else 'lương'}"
    if months:
        return capitalised(f"{said.format('')} {months} rồi.")
    if m["again"]:
        return capitalised(f"{said.format('lại ')}.")
    return capitalised(f"{said.format('đang ')}." if m["behind"] else f"{said.format('')} rồi.")


def _employs(m: re.Match) -> bool:
    """Whether the payer of a match of _PAYER_EN plainly pays whom wages: a boss, or whom's own company, shop … ("My
    company hasn't paid me.", "our company" paying "me": where they work); "The shop hasn't paid us." and "The company
    pays me late." say no wages, and a company or shop pays its suppliers too (an invoice, not "lương")."""
    whom = m["whom"].lower()
    return m["payer"] == "boss" or m["pdet"].lower() in (_OBJECT_WHOSE.get(whom), {"me": "our", "us": "my"}.get(whom))


def _late_vi(text: str) -> str | None:
    """"My boss pays us late." as "Sếp tôi trả lương cho chúng tôi muộn." (_LATE_EN); None for anything else, the
    verb not agreeing, and whom paid by a payer that may owe them for goods (_employs)."""
    m = _LATE_EN.fullmatch(text)
    asked = bool(m and m["do"])
    whom = m and m["whom"] and _person(m["whom"], "en")
    if not m or asked != ("?" in m["end"]) or m["whom"] and not (whom and _employs(m)):
        return None
    form, habit = "paid" if m["day"] else "pay" if asked or m["not"] else "pays", (m["habit"] or "").lower()
    if m["pay"] != form or (m["day"] or m["not"]) and habit or m["day"] and (asked or m["not"]) or \
            asked and habit == "never":
        return None
    payer, paid = _payer_vi(m), f"trả lương{f' cho {whom}' if whom else ''} muộn"
    habit = f"{HABIT_VI[habit]} " if habit else ""
    if m["day"]:
        return f"Tháng trước {payer} {paid}."
    if asked:
        return capitalised(f"{payer} có {habit}{paid} không?")
    return capitalised(f"{payer} {'không ' * bool(m['not'])}{habit}{paid}.")


def _not_paid_vi(text: str) -> str | None:
    """"Has your boss paid you yet?" as "Sếp bạn đã trả lương cho bạn chưa?" (_NOT_PAID_EN); None for anything else,
    and whom paid by a payer that may owe them for goods ("The company hasn't paid us.": _employs)."""
    m = _NOT_PAID_EN.fullmatch(text)
    asked = bool(m and m["has0"])
    whom = m and _employs(m) and _person(m["whom"], "en")
    months = whom and _months_vi(m)
    if not whom or asked != ("?" in m["end"]) or asked == bool(m["aux"]) or asked == bool(m["not"]) or \
            months is None or asked and (months or m["still"]) or m["still"] and (m["yet"] or m["month"] or months):
        return None
    payer, paid = _payer_vi(m), f"trả lương cho {whom}"
    if asked:
        return f"Tháng này {payer} đã {paid} chưa?" if m["month"] else capitalised(f"{payer} đã {paid} chưa?")
    if m["month"]:
        return f"Tháng này {payer} chưa {paid}."
    return capitalised(f"{payer} {'vẫn ' * bool(m['still'])}chưa {paid}{f' {months} rồi' if months else ''}.")


def _in_vi(text: str) -> str | None:
    """"My pay still hasn't come in." as "Lương của tôi vẫn chưa về." (_IN_EN); None for anything else, and "has" or
    "have" not agreeing."""
    m = _IN_EN.fullmatch(text)
    asked = bool(m and m["has0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["aux"]) or m["month"] and m["month2"]:
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else m["someone"] and _person(m["someone"], "en")
    have = (m["has0"] or m["aux"]).strip().lower()
    if m["someone"] and not whose or (have == "have") != (m["what"] == "wages") or asked and (m["not"] or m["still"]) \
            or m["yet"] and not (asked or m["not"]) or m["still"] and (m["yet"] or not m["not"]):
        return None
    month = (m["month"] or m["month2"] or "").lower()
    pay = "Lương" + {"this": " tháng này", "last": " tháng trước", "": ""}[month] + (f" của {whose}" if whose else "")
    verb = "về" if m["verb"] == "come in" else "được trả"
    if asked:
        return f"{pay} {'đã ' * (verb != 'về')}{verb} chưa?"
    return f"{pay} {'vẫn ' * bool(m['still'])}chưa {verb}." if m["not"] else f"{pay} {verb} rồi."


def _agrees(said: str, one: bool) -> bool:
    """Whether "has", "have", "do", "does", "get", "gets", "'s", "'ve" `said` agrees with who, one or not."""
    return (said.strip().lower() in ("has", "'s", "does", "gets")) == one


def _unpaid_vi(text: str) -> str | None:
    """"She hasn't been paid for two months." as "Cô ấy chưa được trả lương hai tháng rồi." (_UNPAID_EN); None for
    anything else, and "has" or "have" not agreeing."""
    m = _UNPAID_EN.fullmatch(text)
    asked = bool(m and m["has0"])
    if not m or animal(m) or asked != ("?" in m["end"]) or asked == bool(m["aux"]) or asked == bool(m["not"]):
        return None
    (who_, one), months = who_vi(m), _months_vi(m)
    if not _agrees(m["has0"] or m["aux"], one) or months is None or asked and (months or m["still"]):
        return None
    if asked:
        return f"Tháng này {who_} đã được trả lương chưa?"
    still = "vẫn " * bool(m["still"])
    return capitalised(f"{who_} {still}chưa được trả lương {months} rồi.") if months else \
        f"Tháng này {who_} {still}chưa được trả lương."


def _when_vi(text: str) -> str | None:
    """"Do you get paid at the end of the month?" as "Bạn có được trả lương vào cuối tháng không?" (_WHEN_EN); None
    for anything else, an ordinal miswritten ("the 5st"), and the verb not agreeing."""
    m = _WHEN_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or asked and (m["habit"] or m["get"] != "get") or animal(m):
        return None
    who_, one = who_vi(m)
    if m["part"] or m["mid"]:
        on = f"{_PARTS_VI[(m['part'] or m['mid']).lower()]} {'mỗi ' * bool(m['each'])}tháng"
    elif (nth := m["nth"].lower()) in _NTH_VI:
        on = f"ngày mùng {_NTH_VI[nth]}"
    else:
        n = int(nth[:-2])
        on = f"ngày {'mùng ' * (n <= 10)}{n}" if 1 <= n <= 31 and en_ordinal(n) == nth else None
    if not on or not _agrees(m["do"] or m["get"], one):
        return None
    on += " hàng tháng" * bool(m["every"])
    if asked:
        return capitalised(f"{who_} có được trả lương vào {on} không?")
    return capitalised(f"{who_} {'thường ' * bool(m['habit'])}được trả lương vào {on}.")
