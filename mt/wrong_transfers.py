"""Money transferred to the wrong account or person, both ways, written whole by rule: who sent it wrong (to the wrong
account, to the wrong person, the wrong amount), someone's money sent into whose account by mistake, getting it back,
asking for it back, and the bank refunding it. v8 (the rules on) reads "nhầm" as wrong-headed, taking, turning or
confused, and "hoàn" as completing: "Tôi chuyển tiền nhầm tài khoản." → "I transfer the account wrong.", "Tôi chuyển
nhầm tiền cho người khác." → "I took the money to others.", "Mẹ tôi chuyển nhầm năm triệu." → "My mother turned five
million wrong.", "Có người chuyển nhầm tiền vào tài khoản của tôi." → "There was a person who took the money into my
account.", "Bạn có chuyển nhầm tài khoản không?" → "Do you miss the account?", "Làm sao để lấy lại tiền chuyển nhầm?"
→ "How do you get confused money?", "Ngân hàng đã hoàn lại tiền cho tôi." → "The bank has completed my money."; and
back, "I transferred money to the wrong account." → "Tôi chuyển tiền đến tài khoản sai.", "I sent money to the wrong
person." → "Tôi gửi tiền cho người sai.", "Someone transferred money to my account by mistake." → "Một số người chuyển
tiền sang tài khoản của tôi bằng sai lầm.", "The bank has refunded my money." → "Ngân hàng đã trả tiền.".

Taken: who (mt.hobbies.WHO, WHO_EN) transferred money ("tiền", a sum of mt.patterns.SUM_VI or of mt.amounts.SUM_WORDS:
"năm triệu" as "five million dong") to the wrong account ("nhầm tài khoản", "chuyển nhầm tiền"), sent it to the wrong
person ("cho người khác", "nhầm người"), transferred the wrong amount ("chuyển sai số tiền"), or money to whose account
by mistake ("Có người chuyển nhầm tiền vào tài khoản của tôi."): said, "lỡ" (accidentally), just, "rồi", denied, asked
("có … không?", "à?"), on a day behind or today; getting back money transferred by mistake, asked how or whether one
can, wanted or needed; asking "you" to return the money "tôi" sent by mistake; the bank refunding whose money: has,
has just, will, hasn't yet, asked yet. Left: "Tôi có lấy lại được tiền không?" and "Bạn trả lại tiền cho tôi được
không?" alone (what money? the model writes them, or mt/loans.py's paying back), "chuyển nhầm số tiền" (the wrong sum,
or the sum sent by mistake?), "Ngân hàng hoàn tiền cho tôi." with no tense (has, or will?) and "có … không?" of the bank
(did, or will?), a shop's refund (mt/returns.py), money sent right (mt/transfers.py), other things done wrong
(mt/mistakes.py), "I" asked, a pet sending money or getting it back, "anh", "chị", "em" alone saying it, "nhỉ", an
account "his", "her" or "their" that may be who's own ("Mẹ tôi … vào tài khoản của cô ấy": not hers; "My mother … to
her account"), "có lấy lại … không?" with neither "thể" nor "được" (did you take it back?) and with "được" alone of
another than "tôi", "chúng tôi" ("Bạn có lấy lại được tiền chuyển nhầm không?": can you, or did you?), and anything
else. mt.phrasebook.translate tries these after mt/ghosts.py.

    >>> translate("Tôi chuyển tiền nhầm tài khoản.", "vi", "en"), translate("The bank refunded my money.", "en", "vi")
    ('I transferred money to the wrong account.', 'Ngân hàng đã hoàn lại tiền cho tôi.')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, SUM_WORDS_EN, words_sum
from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, SOFTENER, agreement_asked, alternatives, capitalised, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhầm|hoàn\s+lại\s+tiền|hoàn\s+tiền|sai\s+số\s+tiền)"),
         "en": lazy(r"(?i:wrong|by\s+mistake|refund)")}
# the days a transfer was made on (behind, or today: done by the time it is told)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "tuần trước", "tháng trước", "hôm nay", "sáng nay", "chiều nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"

# who sent it wrong, in Vietnamese: a day before or after, the tense before the verb, asked at the end
_MONEY = rf"(?:(?P<money>tiền)|{SUM_VI}|(?P<words>{SUM_WORDS}))"
_HEAD = (rf"(?:(?P<day>{_DAY})\s*,?\s+)?(?:{WHO}|(?P<anyone>(?i:có\s+người|ai\s+đó)))\s+(?:(?P<aux>đã\s+lỡ|đã|lỡ|"
         r"vừa\s+mới|vừa|mới)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?chuyển(?:\s+khoản)?\s+")
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<day2>{_DAY}))?(?:\s+(?P<asked>không|à|hả))?{SOFTENED_END}"
# ... what went wrong, by kind ("chuyển tiền nhầm tài khoản", "chuyển nhầm tiền cho người khác", "chuyển sai số tiền",
# "chuyển nhầm tiền vào tài khoản của tôi")
_BODIES = {"account": (r"nhầm\s+(?:số\s+)?tài\s+khoản",
                       rf"{_MONEY}\s+(?:vào\s+|sang\s+)?nhầm\s+(?:số\s+)?tài\s+khoản",
                       rf"nhầm\s+{_MONEY}(?:\s+(?:vào|sang)\s+tài\s+khoản\s+khác)?"),
           # (money said: "chuyển nhầm cho người khác" may be a call or a message forwarded)
           "person": (rf"nhầm\s+{_MONEY}\s+cho\s+người\s+khác", rf"{_MONEY}\s+nhầm\s+cho\s+người\s+khác",
                      rf"{_MONEY}\s+(?:cho\s+)?nhầm\s+người"),
           "amount": (r"sai\s+số\s+tiền",),
           "into": (rf"nhầm\s+{_MONEY}\s+vào\s+tài\s+khoản\s+(?:của\s+)?{OWNER}",)}
_WRONG = [(kind, lazy(_HEAD + body + _TAIL)) for kind, bodies in _BODIES.items() for body in bodies]
# getting it back: asked how, whether one can, wanted; "you" asked to return it ("tiền tôi chuyển nhầm")
_BACK = r"(?:lấy|đòi)\s+lại\s+(?:số\s+)?tiền\s+(?:đã\s+)?(?:bị\s+)?chuyển\s+nhầm(?P<acct>\s+tài\s+khoản)?"
_HOW_BACK = lazy(rf"(?i:làm\s+(?:sao|thế\s+nào|cách\s+nào))\s+để\s+{_BACK}{SOFTENER}\s*\?+")
# ("có thể", or "được" where who asks of themselves: "Bạn có lấy lại được … không?" may ask whether you did)
_CAN_BACK = lazy(rf"{WHO}\s+có\s+(?:(?P<can>thể)\s+)?(?:lấy|đòi)\s+lại\s+(?:(?P<got>được)\s+)?(?:số\s+)?tiền\s+"
                 rf"(?:đã\s+)?(?:bị\s+)?chuyển\s+nhầm(?P<acct>\s+tài\s+khoản)?(?:\s+(?P<got2>được))?\s+không"
                 rf"{SOFTENER}\s*\?+")
_WANT_BACK = lazy(rf"{WHO}\s+(?P<want>muốn|cần)\s+{_BACK}{SOFTENED_END}")
_RETURN = lazy(rf"{WHO}\s+(?:có\s+thể\s+)?(?:trả|chuyển|gửi)\s+lại\s+(?:cho\s+tôi\s+)?(?:số\s+)?tiền\s+(?:mà\s+)?tôi\s+"
               rf"(?:đã\s+)?chuyển\s+nhầm\s+được\s+không{SOFTENER}\s*\?+")
# the bank refunding it ("Ngân hàng đã hoàn lại tiền cho tôi.", "Ngân hàng hoàn tiền cho bạn chưa?")
_REFUND = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?(?i:ngân\s+hàng)\s+(?:(?P<aux>đã|vừa\s+mới|vừa|sẽ|chưa)\s+)?hoàn\s+"
               rf"(?:lại\s+)?tiền(?:\s+lại)?(?:\s+cho\s+{OWNER})?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?"
               rf"{SOFTENED_END}")

# ... and in English: who, the tense after who, money, and where it went wrong
_MONEY_EN = rf"(?:(?P<money>(?:the\s+|some\s+)?money)|{SUM_EN}|(?P<words>{SUM_WORDS_EN}))"
_WRONG_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:{WHO_EN}|(?P<anyone>Someone|Somebody))(?P<aux>\s+(?:have|has|did)(?:\s+not|"
                 r"n['’]t)?|['’](?:ve|s))?(?:\s+(?P<adv>just|accidentally))?\s+(?P<verb>transferred|transfer|sent|send)"
                 rf"\s+(?:{_MONEY_EN}\s+)?(?:to\s+the\s+wrong\s+(?P<kind>account|bank\s+account|person)"
                 r"(?:\s+by\s+mistake)?|(?P<amount>the\s+wrong\s+amount)|(?P<into>(?:in)?to)\s+(?:(?P<owner>"
                 rf"{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)\s+(?:bank\s+)?account\s+by\s+mistake)"
                 rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_BACK_EN = r"(?:the\s+)?money\s+(?:transferred|sent)\s+(?:by\s+mistake|to\s+the\s+(?P<acct>wrong\s+account))"
_HOW_BACK_EN = lazy(rf"How\s+(?:can|do)\s+I\s+get\s+back\s+{_BACK_EN}\s*\?+")
_CAN_BACK_EN = lazy(rf"(?:Can|Could)\s+{WHO_EN}\s+get\s+back\s+{_BACK_EN}\s*\?+")
_WANT_BACK_EN = lazy(rf"{WHO_EN}\s+(?P<want>wants?|needs?)\s+to\s+get\s+back\s+{_BACK_EN}\s*(?P<end>[.!?]*)")
_RETURN_EN = lazy(r"(?:Can|Could)\s+you\s+(?:please\s+)?(?:return|send\s+back|give\s+back)\s+the\s+money\s+I\s+"
                  r"(?:transferred|sent)\s+(?:to\s+you\s+)?by\s+mistake(?:,?\s+please)?\s*\?+")
_REFUND_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?i:the)\s+bank(?P<aux>\s+has(?:\s+not|n['’]t)?|['’]s|\s+will|['’]ll)?"
                  r"(?:\s+(?P<adv>just|already))?\s+(?P<verb>refunded|refund)\s+(?:(?P<owner>"
                  rf"{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s|(?P<the>the))\s+money(?P<yet>\s+yet)?{_DAY_EN}"
                  r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who sent money wrong or into whose account by mistake, how to
    get it back, asks for it back, or says the bank refunded it; None for any other."""
    if src == "vi":
        return None if agreement_asked(text) else _wrong(text) or _back(text) or _refund(text)
    return _wrong_vi(text) or _back_vi(text) or _refund_vi(text)


def _tense(m: re.Match) -> str | None:
    """How a match of _WRONG tells it: "asked" ("có … không?", "… à?"), "not", "just" ("vừa"), "done" ("rồi"), or
    "past" (bare, "đã", "lỡ", a day); None where these clash ("không" without "có", a day with "vừa" or "rồi")."""
    aux, asked, day = keyed(m["aux"] or ""), keyed(m["asked"] or ""), m["day"] or m["day2"]
    if bool(asked) != ("?" in m["end"]) or m["day"] and m["day2"] or bool(m["ask"]) != (asked == "không"):
        return None
    if asked:
        return "asked" if not (aux or m["not"] or m["done"]) else None
    if m["not"]:
        return None if m["done"] else "not"
    if aux in ("vừa", "mới", "vừa mới"):
        return None if day else "just"
    return "done" if m["done"] and not day else None if m["done"] else "past"


def _money_en(m: re.Match) -> str:
    """The money of a match of _MONEY in English: "money", "5,000,000 dong" ("5 triệu"), "five million dong"."""
    if m.groupdict().get("n"):
        return f"{sum_said(m, 'en')} dong"
    return words_sum(m["words"], "vi") if m.groupdict().get("words") else "money"


def _whose_en(m: re.Match) -> str:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "my mother's", "Lan's"."""
    return OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"


def _wrong(text: str) -> str | None:
    """"Tôi chuyển tiền nhầm tài khoản." as "I transferred money to the wrong account.", "Tôi chuyển nhầm tiền cho
    người khác." as "I sent money to the wrong person.", "Bạn có chuyển sai số tiền không?" as "Did you transfer the
    wrong amount?", "Có người chuyển nhầm tiền vào tài khoản của tôi." as "Someone transferred money to my account by
    mistake." (_WRONG); None for anything else, "I" asked, a pet sending it and whose account English may read as
    who's own (`_maybe_own`)."""
    kind, m = next(((kind, m) for kind, p in _WRONG if (m := p.fullmatch(text))), (None, None))
    tense = m and _tense(m)
    if not tense:
        return None
    if m["anyone"]:  # ("Có người …": someone, only into whose account, said)
        said = ("someone", True) if kind == "into" and tense in ("past", "done", "just") else None
    else:
        said = None if animal(m) else who(m, tense == "asked")
    if said is None or tense == "asked" and said[0] == "I":
        return None
    who_, one = said
    money = _money_en(m)
    if kind == "into":
        whose = _whose_en(m)
        if keyed(m["owner"] or "") == "mình" and who_ not in ("someone", "I") or _maybe_own(m, who_, whose):
            return None  # ("Mẹ tôi chuyển nhầm tiền vào tài khoản của mình.": hers, or the speaker's?)
        what = f"{money} to {whose} account by mistake"
    else:
        what = {"account": f"{money} to the wrong account", "person": f"{money} to the wrong person",
                "amount": "the wrong amount"}[kind]
    verb = ("send", "sent") if kind == "person" else ("transfer", "transferred")
    day = _DAYS[keyed(m["day"] or m["day2"])] if m["day"] or m["day2"] else ""
    adverb = "accidentally " if "lỡ" in keyed(m["aux"] or "") else ""
    return _said_en(who_, one, tense, verb, f"{what}{' ' + day if day else ''}", adverb, m["end"])


def _maybe_own(m: re.Match, who_: str, whose: str) -> bool:
    """Whether English may read whose account of a match of _WRONG (`whose` as `_whose_en` gives it) as who's own
    (`who_` in English): "my" of "I", "her" of "mẹ tôi" ("Mẹ tôi … của cô ấy" is another woman's, "her account" reads
    as hers), or "his", "her", "their" of who whose own English does not know (a name alone, "bạn tôi", someone)."""
    own = None if m["anyone"] else whose_own(m, who_)
    return whose == own or own is None and whose in ("his", "her", "their")


def _said_en(who_: str, one: bool, tense: str, verb: tuple[str, str], what: str, adverb: str, end: str) -> str:
    """Who did `verb` (base, past), then `what`, in English by `tense` (as `_tense` says it): "Did you transfer …?",
    "I didn't transfer …", "She has just sent …", "I've accidentally transferred …", "My mother transferred …"."""
    if tense == "asked":
        return f"Did {who_} {verb[0]} {what}?"
    if tense == "not":
        return capitalised(f"{who_} didn't {verb[0]} {what}{stop(end)}")
    if tense in ("just", "done"):
        have = "has" if one else "have"
        return capitalised(f"{who_} {have} {'just ' if tense == 'just' else ''}{adverb}{verb[1]} {what}{stop(end)}")
    return capitalised(f"{who_} {adverb}{verb[1]} {what}{stop(end)}")


def _back(text: str) -> str | None:
    """"Làm sao để lấy lại tiền chuyển nhầm?" as "How can I get back money transferred by mistake?", "Tôi có lấy lại
    được tiền chuyển nhầm không?" as "Can I get back the money transferred by mistake?", "Mẹ tôi muốn đòi lại tiền
    chuyển nhầm." as "My mother wants to get back the money transferred by mistake.", "Bạn trả lại tiền tôi chuyển
    nhầm được không?" as "Could you return the money I transferred by mistake?" (_HOW_BACK, _CAN_BACK, _WANT_BACK,
    _RETURN); None for anything else, another than "you" asked to return it, and "có lấy lại … không?" with neither
    "thể" nor "được" (did you take it back?) or with "được" alone of another than "tôi", "chúng tôi" (can, or did?)."""
    if m := _HOW_BACK.fullmatch(text):
        return f"How can I get back money transferred {'to the wrong account' if m['acct'] else 'by mistake'}?"
    if m := _RETURN.fullmatch(text):
        return "Could you return the money I transferred by mistake?" if _person(m, True) == ("you", False) else None
    m = _CAN_BACK.fullmatch(text) or _WANT_BACK.fullmatch(text)
    said = m and _person(m, m.re == _CAN_BACK)
    if not said or m.re == _WANT_BACK and "?" in m["end"]:
        return None
    who_, one = said
    money = f"the money transferred {'to the wrong account' if m['acct'] else 'by mistake'}"
    if m.re == _CAN_BACK:
        can = m["can"] or (m["got"] or m["got2"]) and who_ in ("I", "we")
        return f"Can {who_} get back {money}?" if can else None
    want = "want" if keyed(m["want"]) == "muốn" else "need"
    return capitalised(f"{who_} {want}{'s' if one else ''} to get back {money}{stop(m['end'])}")


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one, as mt.hobbies.who gives them; None for a pet."""
    return None if animal(m) else who(m, asked)


def _refund(text: str) -> str | None:
    """"Ngân hàng đã hoàn lại tiền cho tôi." as "The bank has refunded my money.", "Ngân hàng chưa hoàn tiền cho
    tôi." as "The bank hasn't refunded my money yet.", "Ngân hàng đã hoàn tiền cho bạn chưa?" as "Has the bank
    refunded your money yet?", "Ngân hàng sẽ hoàn tiền cho mẹ tôi." as "The bank will refund my mother's money."
    (_REFUND); None for anything else, and "Ngân hàng hoàn tiền cho tôi." (has, or will?)."""
    m = _REFUND.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]):
        return None
    aux, day = keyed(m["aux"] or ""), _DAYS.get(keyed(m["day"] or ""))
    whose = _whose_en(m) if m["owner"] or m["someone"] else "the"
    money = f"{whose} money"
    if m["asked"]:
        return f"Has the bank refunded {money} yet?" if aux in ("", "đã") and not day else None
    if aux in ("chưa", "sẽ"):
        said = f"hasn't refunded {money} yet" if aux == "chưa" else f"will refund {money}"
        return None if m["done"] or day else f"The bank {said}{stop(m['end'])}"
    if aux in ("vừa", "vừa mới"):
        return None if m["done"] or day else f"The bank has just refunded {money}{stop(m['end'])}"
    if day:
        return f"The bank refunded {money} {day}{stop(m['end'])}" if aux == "đã" and not m["done"] else None
    return f"The bank has refunded {money}{stop(m['end'])}" if aux or m["done"] else None


def _money_vi(m: re.Match) -> str:
    """The money of a match of _MONEY_EN in Vietnamese: "tiền", "5.000.000 đồng", "năm triệu đồng"."""
    if m["n"]:
        return f"{sum_said(m, 'vi')} đồng"
    return words_sum(m["words"], "en") if m["words"] else "tiền"


def _wrong_vi(text: str) -> str | None:
    """"I transferred money to the wrong account." as "Tôi chuyển tiền nhầm tài khoản.", "Did you send money to the
    wrong person?" as "Bạn có chuyển nhầm tiền cho người khác không?", "He has just transferred the wrong amount." as
    "Anh ấy vừa chuyển sai số tiền.", "Someone transferred money to my account by mistake." as "Có người chuyển nhầm
    tiền vào tài khoản của tôi." (_WRONG_EN); None for anything else, where the verb does not agree with who, a pet
    sending it, and "his", "her", "their" account that may be who's own ("My mother … her account")."""
    m = _WRONG_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    verb, adv = m["verb"], m["adv"] or ""
    past = verb in ("transferred", "sent")
    if m["q"]:
        tense = "asked" if not (aux or adv) and not past else None
    elif aux.startswith("did"):
        tense = "not" if aux == "did not" and not adv and not past else None
    elif aux:
        tense = ("just" if adv == "just" else "done") if past and "not" not in aux else None
    else:
        tense = ("just" if adv == "just" else "past") if past else None
    who_, one = ("có người", True) if m["anyone"] else who_vi(m)
    if tense is None or aux in ("have", "'ve", "has") and (aux == "has") != one or aux == "'s" and not one:
        return None
    if m["anyone"] and not (m["into"] and tense in ("past", "done", "just")) or tense == "asked" and who_ == "tôi":
        return None
    money = _money_vi(m) if m["money"] or m["n"] or m["words"] else ""
    if m["amount"]:
        what = None if money else "chuyển sai số tiền"
    elif m["into"]:
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
        # (who's own, or may be: "My mother … her account" is hers, not "của cô ấy"; "Someone … their account")
        own = m["owner"] and (own_thing(m, who_, one) or m["anyone"] and m["owner"].lower() == "their")
        what = None if not money or own else f"chuyển nhầm {money} vào tài khoản của {whose}"
    elif m["kind"] == "person":
        what = f"chuyển nhầm {money} cho người khác" if money else None
    else:
        what = f"chuyển {money} nhầm tài khoản" if money else "chuyển nhầm tài khoản"
    if what is None or m["day"] and tense in ("just", "done"):
        return None
    lo = "lỡ " if adv == "accidentally" else ""
    said = {"asked": f"có {what} không", "not": f"không {what}", "just": f"vừa {what}", "done": f"đã {lo}{what} rồi",
            "past": f"{lo}{what}"}[tense]
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""  # (the day first: "Hôm qua tôi …")
    return capitalised(f"{day}{who_} {said}{'?' if tense == 'asked' else stop(m['end'])}")


def _back_vi(text: str) -> str | None:
    """"How can I get back money transferred by mistake?" as "Làm sao để lấy lại tiền chuyển nhầm?", "Can I get back
    the money transferred by mistake?" as "Tôi có lấy lại được tiền chuyển nhầm không?", "She wants to get back the
    money transferred by mistake." as "Cô ấy muốn lấy lại tiền chuyển nhầm.", "Could you return the money I
    transferred by mistake?" as "Bạn có thể trả lại số tiền tôi chuyển nhầm được không?" (_HOW_BACK_EN, _CAN_BACK_EN,
    _WANT_BACK_EN, _RETURN_EN); "Can you …" as "Bạn có thể lấy lại … được không?" ("Bạn có lấy lại được … không?"
    may ask whether you did); None for anything else, "wants" that does not agree with who, and a pet."""
    if _RETURN_EN.fullmatch(text):
        return "Bạn có thể trả lại số tiền tôi chuyển nhầm được không?"
    if m := _HOW_BACK_EN.fullmatch(text):
        return f"Làm sao để lấy lại tiền chuyển nhầm{' tài khoản' if m['acct'] else ''}?"
    m = _CAN_BACK_EN.fullmatch(text) or _WANT_BACK_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    money = f"tiền chuyển nhầm{' tài khoản' if m['acct'] else ''}"
    if m.re == _CAN_BACK_EN:
        if who_ in ("tôi", "chúng tôi"):  # ("được" asked of oneself is can; of another it may ask "did you")
            return capitalised(f"{who_} có lấy lại được {money} không?")
        return capitalised(f"{who_} có thể lấy lại {money} được không?")
    if "?" in m["end"] or m["want"].endswith("s") != one:
        return None
    return capitalised(f"{who_} {'muốn' if m['want'].startswith('want') else 'cần'} lấy lại {money}{stop(m['end'])}")


def _refund_vi(text: str) -> str | None:
    """"The bank has refunded my money." as "Ngân hàng đã hoàn lại tiền cho tôi.", "Has the bank refunded your money
    yet?" as "Ngân hàng đã hoàn tiền cho bạn chưa?", "The bank hasn't refunded my money yet." as "Ngân hàng chưa hoàn
    tiền cho tôi.", "The bank will refund my money." as "Ngân hàng sẽ hoàn tiền cho tôi." (_REFUND_EN); None for
    anything else."""
    m = _REFUND_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    aux = {"'s": "has", "'ll": "will"}.get(aux, aux)
    refunded, adv, yet, day = m["verb"] == "refunded", m["adv"], bool(m["yet"]), m["day"]
    whom = f" cho {WHOSE_VI[m['owner'].lower()] if m['owner'] else someone(m['someone'], 'en')}" if not m["the"] else ""
    end = stop(m["end"])
    if m["q"] or aux == "has not":
        if not refunded or aux and m["q"] or adv or day:
            return None
        return f"Ngân hàng đã hoàn tiền{whom} chưa?" if m["q"] else f"Ngân hàng chưa hoàn tiền{whom}{end}"
    if yet or (aux == "will") == refunded or aux == "will" and (adv or day) or aux == "has" and day:
        return None
    if aux == "will":
        return f"Ngân hàng sẽ hoàn tiền{whom}{end}"
    if adv == "just":
        return None if day else f"Ngân hàng vừa hoàn lại tiền{whom}{end}"
    if day:
        return None if adv else f"{_DAYS_VI[day.lower()].capitalize()} ngân hàng đã hoàn lại tiền{whom}{end}"
    return f"Ngân hàng đã hoàn lại tiền{whom}{' rồi' if adv == 'already' else ''}{end}"
