"""Trouble with a bank card or a payment, both ways, written whole by rule: charged twice, a card blocked, declined or
expired, a payment that did not go through, a PIN forgotten or entered wrong, money taken from an account, and calling
the bank. v8 (rules on) reads "trừ tiền" as cracking, "charged" as accused, and writes "chặn" for a blocked card:
"Tôi bị trừ tiền hai lần." → "I was cracked twice as money.", "Thẻ của bạn có bị khóa không?" → "Do you have
locks?", "Thẻ của Lan bị từ chối." → "Land's tag was rejected.", "Thẻ của tôi sắp hết hạn." → "My card is limited.",
"Tôi quên mã PIN." → "I forgot to PIN code."; "I was charged twice." → "Tôi đã bị buộc tội hai lần." (accused), "My
card has been blocked." → "Thẻ của tôi bị chặn.", "The payment didn't go through." → "Tiền trả không đi qua.", "I
entered the wrong PIN three times." → "Tôi bước vào PIN sai ba lần.", "My card is about to expire." → "Thẻ của tôi
sắp trục xuất." (deported).

Taken: a card of _CARDS ("thẻ", "thẻ tín dụng", "thẻ ATM" …; whose: mt.hobbies.OWNER, SOMEONE_EN; "the", "this")
blocked ("bị khóa": has been, just, again, not, not yet, asked), declined (was, just, again, not, asked), expired
("hết hạn rồi", "đã", just, about to, not yet, asked with "chưa?") or charged twice; who (mt.hobbies.WHO, WHO_EN) or
whose account charged twice (was, has been, just, not, asked), money taken from whose account, who whose card was
blocked ("Tôi bị khóa thẻ."); the bank blocking whose card; the payment or the transaction (whose) that did not go
through, failed, went through, has not yet, asked; who forgot or cannot remember their PIN (of a card), who entered
the wrong PIN (how many times); who has to, needs to, should or will call the bank, denied, asked. Left: the ATM that
ate a card and cards taken (mt/cash.py), accounts locked and passwords (mt/accounts.py), refunds (mt/returns.py),
papers and an ID card expiring (mt/papers.py), scams and theft (mt/scams.py, mt/theft.py), cards of other kinds
(library, student, membership), "hết hạn" with no "rồi" or "đã" (expires or expired?), a day said, "Tôi bị trừ
tiền." alone (fined, docked?), sums, "anh", "chị", "em" alone saying it, a name's own PIN (his or hers?), "Uncle
Hung's" in English (SOMEONE_EN has no titles), a pet as who or whose, "pin" alone forgotten (a battery), and anything
else.
mt.phrasebook.translate tries these after mt/car_sharing.py.

    >>> translate("Tôi bị trừ tiền hai lần.", "vi", "en"), translate("My card has been blocked.", "en", "vi")
    ('I was charged twice.', 'Thẻ của tôi bị khóa rồi.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted,
                   keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thẻ|tài\s+khoản|thanh\s+toán|giao\s+dịch|\bpin|ngân\s+hàng|trừ\s+tiền)"),
         "en": lazy(r"(?i:card|charged|account|payment|transaction|\bpin|bank)")}
# cards, and accounts ("bank" kept both ways)
_CARDS = {"thẻ": "card", "thẻ ngân hàng": "bank card", "thẻ tín dụng": "credit card", "thẻ atm": "debit card",
          "thẻ ghi nợ": "debit card", "thẻ visa": "Visa card", "tài khoản": "account",
          "tài khoản ngân hàng": "bank account"}
_CARDS_VI = {"card": "thẻ", "bank card": "thẻ ngân hàng", "credit card": "thẻ tín dụng", "debit card": "thẻ ATM",
             "atm card": "thẻ ATM", "visa card": "thẻ Visa", "account": "tài khoản",
             "bank account": "tài khoản ngân hàng"}
_TIMES = {"một": "once", "1": "once", "hai": "twice", "2": "twice", "ba": "three times", "3": "three times",
          "bốn": "four times", "4": "four times", "năm": "five times", "5": "five times"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())}
_MODALS = {"phải": "have to", "cần": "need to", "nên": "should", "sẽ": "will"}
_MODALS_VI = {"have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần", "should": "nên",
              "will": "sẽ", "'ll": "sẽ"}

_KHOA = r"kh(?:óa|oá)"  # (both placings of the mark are typed)
_CARD = r"(?P<card>(?i:thẻ)(?:\s+(?i:ngân\s+hàng|tín\s+dụng|ghi\s+nợ|atm|visa))?)"
_OWNED = rf"(?:\s+(?:(?:của\s+)?{OWNER}|(?P<this>này)))?"
# a card blocked, declined, expired or charged twice; an account charged ("Tài khoản của tôi bị trừ tiền hai lần.")
_STATE = lazy(rf"(?:{_CARD}|(?P<account>(?i:tài\s+khoản)(?:\s+ngân\s+hàng)?)){_OWNED}\s+(?:(?P<ask>có)\s+|"
              r"(?P<not>không)\s+|(?P<aux>đã|vừa\s+mới|vừa|lại|sắp|chưa)\s+)?(?P<state>bị\s+" + _KHOA +
              r"|bị\s+từ\s+chối|hết\s+hạn|bị\s+trừ\s+tiền(?P<twice>\s+(?:hai|2)\s+lần)?)(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
# who charged twice ("Tôi bị trừ tiền hai lần.", "Bạn có bị trừ tiền hai lần không?"), or whose card blocked
_CHARGED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aux>đã|vừa\s+mới|vừa)\s+)?bị\s+trừ\s+tiền\s+"
                rf"(?:hai|2)\s+lần(?:\s+(?P<done>rồi))?{ASKED_END}")
_LOCKED = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa)\s+)?bị\s+{_KHOA}\s+{_CARD}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_BANK = lazy(rf"(?i:ngân\s+hàng)\s+(?:(?P<aux>đã|vừa\s+mới|vừa)\s+)?{_KHOA}\s+{_CARD}{_OWNED}(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
# a payment ("Thanh toán không thành công.", "Giao dịch có thành công không?", "Tôi thanh toán không thành công.")
_PAID = lazy(rf"(?:(?P<pay>(?i:thanh\s+toán|giao\s+dịch)){_OWNED}|{WHO}\s+thanh\s+toán)\s+(?:(?P<ask>có)\s+|"
             r"(?P<aux>đã|chưa|vẫn\s+chưa)\s+)?(?P<verb>không\s+thành\s+công|thành\s+công|thất\s+bại)"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# a PIN forgotten ("mã pin" or "PIN" asked for: "pin" alone is a battery, mt/batteries.py's) or entered wrong
_PIN = r"(?:mã\s+)?(?:PIN|pin)"
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<aux>đã)\s+)?(?P<verb>quên(?:\s+mất)?|không\s+nhớ)\s+(?:mã\s+(?:PIN|pin)|PIN)"
               rf"(?:\s+(?:của\s+)?{_CARD})?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_WRONG = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa)\s+)?(?:nhập|bấm)\s+sai\s+{_PIN}(?:\s+(?P<n>{alternatives(_TIMES)})\s+lần)?"
              rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_CALL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<modal>phải|cần|nên|sẽ)\s+gọi\s+(?:điện\s+)?"
             rf"(?:cho\s+)?ngân\s+hàng{ASKED_END}")

# ... and in English: whose card or account, and what befell it
_WHOSE_EN = rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_CARD_EN = r"(?P<card>(?i:(?:bank|credit|debit|atm|visa)\s+)?card)"
_THING_EN = rf"{_WHOSE_EN}\s+(?:{_CARD_EN}|(?P<account>(?i:bank\s+)?account))"
_VERBS_EN = {"blocked": "block", "locked": "block", "declined": "decline", "rejected": "decline",
             "expired": "expire", "charged twice": "twice", "double-charged": "twice", "double charged": "twice"}
_STATE_EN = lazy(rf"(?:(?P<q>Has|Was|Is)\s+)?{_THING_EN}(?P<aux>\s+has(?:\s+not|n['’]t)?|\s+was(?:\s+not|n['’]t)?|"
                 r"\s+is(?:\s+not|n['’]t)?|\s+got|['’]s)?(?:\s+(?P<just>just))?(?P<been>\s+been)?"
                 rf"\s+(?P<verb>{alternatives(_VERBS_EN)})(?:\s+(?P<again>again))?(?:\s+(?P<yet>yet))?"
                 r"\s*(?P<end>[.!?]*)")
_SOON_EN = lazy(rf"{_THING_EN}(?:\s+is|['’]s)\s+about\s+to\s+expire\s*(?P<end>[.!]*)")
_CHARGED_EN = lazy(rf"(?:(?P<q>Was|Were|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:was|were)(?:\s+not|n['’]t)?|\s+got|"
                   r"\s+(?:has|have)|['’]ve|['’]s)?(?:\s+(?P<just>just))?(?P<been>\s+been)?\s+(?P<verb>charged\s+twice|"
                   r"double[-\s]charged)\s*(?P<end>[.!?]*)")
_TAKEN_EN = lazy(rf"Money\s+(?P<aux>was|has\s+been|has\s+just\s+been)\s+taken\s+(?:from|out\s+of)\s+{_THING_EN}"
                 r"\s*(?P<end>[.!]*)")
_BANK_EN = lazy(rf"The\s+bank(?P<aux>\s+has|['’]s)?(?:\s+(?P<just>just))?\s+blocked\s+{_THING_EN}\s*(?P<end>[.!]*)")
_PAID_EN = lazy(rf"(?:(?P<q>Did|Has)\s+)?(?P<det>(?i:the|{WHOSE_WORDS}))\s+(?P<pay>payment|transaction)"
                r"(?P<aux>\s+(?:did|has)(?:\s+not|n['’]t)?|\s+still\s+hasn['’]t)?\s+(?P<verb>go|gone|went|failed)"
                r"(?P<through>\s+through)?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_PIN_EN = r"PIN(?:\s+(?:code|number))?"
_FORGOT_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:have|has)|['’]ve|['’]s|\s+can['’]t|\s+cannot|\s+can\s+not)?\s+"
                  rf"(?P<verb>forgot|forgotten|remember)\s+(?P<poss>(?i:{WHOSE_WORDS}))\s+(?:{_CARD_EN}\s+)?{_PIN_EN}"
                  r"\s*(?P<end>[.!]*)")
_WRONG_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:have|has)|['’]ve|['’]s)?(?:\s+(?P<just>just))?\s+(?:entered|typed(?:\s+in)?|"
                 rf"put\s+in)\s+(?:the|a)\s+wrong\s+{_PIN_EN}(?:\s+(?P<n>{alternatives(_TIMES_VI)}))?\s*(?P<end>[.!]*)")
_CALL_EN = lazy(rf"(?:(?P<q>Do|Does|Should)\s+)?{WHO_EN}(?P<modal>\s+(?:have|has|need|needs)\s+to|\s+should|\s+will|"
                r"['’]ll|\s+(?:don['’]t|doesn['’]t)\s+(?:have|need)\s+to)?\s+call\s+the\s+bank\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of card or payment trouble (the module docstring's "Taken"); None for any other."""
    if src == "vi":
        rules = (_state, _charged, _locked, _paid, _pin, _call)
    else:
        text, rules = text.replace("’", "'"), (_state_vi, _charged_vi, _taken_vi, _paid_vi, _pin_vi, _call_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?", "… chưa?"); None where "có", "không" and "?" do not agree."""
    groups = m.groupdict()
    asked = bool(m["asked"] or groups.get("yet"))
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != bool(m["asked"]):
        return None
    return None if asked and (groups.get("not") or groups.get("done")) else asked


def _whose(m: re.Match, noun: str) -> str | None:
    """Whose thing of a match of _OWNED in English ("my card", "Lan's card", "this card"); None for a pet's."""
    if m["someone"]:
        said = someone(m["someone"], "vi")
        return None if not said or pet(m["someone"], "vi") else f"{said}'s {noun}"
    return f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'this' if m['this'] else 'the'} {noun}"


# what befell a card or an account in English, by what and the Vietnamese tense (as _tense gives it)
_SAID = {(what, tense): said for what, tenses in {
    "block": {**dict.fromkeys(("", "rồi", "đã"), "{} has been blocked."), "vừa": "{} has just been blocked.",
              "lại": "{} has been blocked again.", "ask": "Has {} been blocked?", "not": "{} hasn't been blocked.",
              "chưa": "{} hasn't been blocked yet.", "yet": "Has {} been blocked yet?"},
    "decline": {**dict.fromkeys(("", "rồi", "đã"), "{} was declined."), "vừa": "{} was just declined.",
                "lại": "{} was declined again.", "ask": "Was {} declined?", "not": "{} wasn't declined."},
    "expire": {**dict.fromkeys(("rồi", "đã"), "{} has expired."), "vừa": "{} has just expired.",
               "sắp": "{} is about to expire.", "chưa": "{} hasn't expired yet.", "yet": "Has {} expired yet?"},
    "twice": {**dict.fromkeys(("", "đã"), "{} was charged twice."), "rồi": "{} has been charged twice.",
              "vừa": "{} has just been charged twice.", "ask": "Was {} charged twice?",
              "not": "{} wasn't charged twice."},
    "taken": {**dict.fromkeys(("", "đã"), "Money was taken from {}."), "rồi": "Money has been taken from {}.",
              "vừa": "Money has just been taken from {}."}}.items() for tense, said in tenses.items()}


def _tense(m: re.Match, asked: bool) -> str | None:
    """The tense of a Vietnamese match as _SAID keys it: "ask", "yet", "not", "rồi", or its "đã", "vừa", "lại", "sắp",
    "chưa" ("rồi" after "đã", "lại" or "sắp" said as they are); None for "rồi" after any other."""
    yet = m.groupdict().get("yet")
    if asked:  # ("Thẻ của bạn sắp hết hạn chưa?": not "Has … expired yet?")
        return None if m["aux"] and m["aux"] != "đã" or yet and m["asked"] else "yet" if yet else "ask"
    if m.groupdict().get("not"):
        return None if m["done"] else "not"
    aux = keyed(m["aux"] or "").replace("vừa mới", "vừa")
    if m["done"]:
        return aux if aux in ("đã", "lại", "sắp") else "rồi" if not aux else None
    return aux


def _state(text: str) -> str | None:
    """"Thẻ của tôi bị khóa rồi." as "My card has been blocked.", "Tài khoản của tôi bị trừ tiền." as "Money was taken
    from my account." (_STATE); None for anything else, an account blocked and a card "bị trừ tiền" alone."""
    m = _STATE.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (tense := _tense(m, asked)) is None:
        return None
    state = keyed(m["state"])
    what = ("block" if state.startswith("bị kh") else "decline" if "chối" in state else "expire" if "hạn" in state
            else "twice" if m["twice"] else "taken")
    if m["account"] and what not in ("twice", "taken") or m["card"] and what == "taken":
        return None
    said, thing = _SAID.get((what, tense)), _whose(m, _CARDS[keyed(m["card"] or m["account"])])
    return said and thing and _ended(capitalised(said.format(thing)), m["end"])


def _charged(text: str) -> str | None:
    """"Tôi bị trừ tiền hai lần." as "I was charged twice." (_CHARGED); None for anything else, and a pet."""
    m = _CHARGED.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or animal(m) or (tense := _tense(m, asked)) is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    was, has = "was" if one or who_ == "I" else "were", "has" if one else "have"
    if tense == "ask":
        return f"{capitalised(was)} {who_} charged twice?"
    done = {"": was, "đã": was, "not": f"{was}n't", "rồi": f"{has} been", "vừa": f"{has} just been"}[tense]
    return capitalised(contracted(who_, f"{done} charged twice{stop(m['end'])}"))


def _ended(said: str, end: str) -> str:
    """A statement of a table ending "." with "!" where the source ended so."""
    return f"{said[:-1]}!" if said.endswith(".") and "!" in end else said


def _someones(who_: str) -> str:
    """Whose, in English, of who said: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _locked(text: str) -> str | None:
    """"Tôi bị khóa thẻ." as "My card has been blocked." (_LOCKED), "Ngân hàng khóa thẻ của tôi rồi." as "The bank has
    blocked my card." (_BANK); None for anything else, a pet, and the bank's "khóa" with no "đã", "vừa" or "rồi"."""
    m = _BANK.fullmatch(text) or _LOCKED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    just = " just" if m["aux"] and m["aux"] != "đã" else ""
    if m.re == _BANK:
        thing = _whose(m, _CARDS[keyed(m["card"])])
        if not thing or not (m["aux"] or m["done"]) or just and m["done"]:
            return None
        return f"The bank has{just} blocked {thing}{stop(m['end'])}"
    said = not animal(m) and who(m, False)
    if not said or just and m["done"]:
        return None
    return capitalised(f"{_someones(said[0])} {_CARDS[keyed(m['card'])]} has{just} been blocked{stop(m['end'])}")


def _paid(text: str) -> str | None:
    """"Thanh toán không thành công." as "The payment didn't go through." (_PAID); None for anything else, and a plain
    "thành công" (an app's notice)."""
    m = _PAID.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None:
        return None
    if m["pay"]:
        thing = _whose(m, "transaction" if "dịch" in keyed(m["pay"]) else "payment")
    else:
        said = not animal(m) and who(m, False)
        thing = said and f"{_someones(said[0])} payment"
    aux, verb, done = keyed(m["aux"] or ""), keyed(m["verb"]), bool(m["done"])
    if not thing or asked and (verb != "thành công" or aux not in ("", "đã") or m["asked"] and aux):
        return None
    if asked:
        return f"Has {thing} gone through yet?" if m["yet"] else f"Did {thing} go through?"
    shape = {("không thành công", "", False): "{} didn't go through.", ("thất bại", "", False): "{} failed.",
             ("thành công", "", True): "{} has gone through.", ("thành công", "đã", True): "{} has gone through.",
             ("thành công", "đã", False): "{} went through.",
             ("thành công", "chưa", False): "{} hasn't gone through yet.",
             ("thành công", "vẫn chưa", False): "{} still hasn't gone through."}
    said = shape.get((verb, "" if aux == "đã" and verb != "thành công" else aux, done))
    return said and _ended(capitalised(said.format(thing)), m["end"])


def _pin(text: str) -> str | None:
    """"Tôi quên mã PIN." as "I forgot my PIN." (_FORGOT), "Tôi nhập sai mã PIN ba lần." as "I entered the wrong PIN
    three times." (_WRONG); None for anything else, a pet, and a name alone (whose PIN: his or hers?)."""
    m = _FORGOT.fullmatch(text) or _WRONG.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and who(m, False)
    if not said:
        return None
    who_, one = said
    has, end = "has" if one else "have", stop(m["end"])
    if m.re == _WRONG:
        n = f" {_TIMES[keyed(m['n'])]}" if m["n"] else ""
        did = f"{has} entered" if m["done"] and not m["aux"] else "just entered" if m["aux"] == "vừa" else "entered"
        return None if m["done"] and m["aux"] else capitalised(contracted(who_, f"{did} the wrong PIN{n}{end}"))
    whose, card = whose_own(m, who_), f"{_CARDS[keyed(m['card'])]} " if m["card"] else ""
    recall = keyed(m["verb"]) == "không nhớ"
    if not whose or recall and (m["done"] or m["aux"]):
        return None
    forgot = "can't remember" if recall else f"{has} forgotten" if m["done"] else "forgot"
    return capitalised(contracted(who_, f"{forgot} {whose} {card}PIN{end}"))


def _call(text: str) -> str | None:
    """"Tôi phải gọi ngân hàng." as "I have to call the bank." (_CALL); None for anything else."""
    m = _CALL.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and not animal(m) and who(m, asked)
    if not said or m["not"] and m["modal"] not in ("phải", "cần") or asked and m["modal"] == "sẽ":
        return None
    who_, one = said
    modal = _MODALS[m["modal"]]
    if asked:
        return f"Should {who_} call the bank?" if modal == "should" else \
            f"{'Does' if one else 'Do'} {who_} {modal} call the bank?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {modal} call the bank{stop(m['end'])}")
    if one and modal in ("have to", "need to"):
        modal = modal.replace("have", "has").replace("need", "needs")
    return capitalised(contracted(who_, f"{modal} call the bank{stop(m['end'])}"))


def _owner_vi(m: re.Match) -> str | None:
    """A card or account of a match of _THING_EN in Vietnamese ("Thẻ của tôi", "Thẻ này"); None for a pet's."""
    det, noun = (m["det"] or "").lower(), _CARDS_VI[keyed(m["card"] or m["account"])]
    if m["someone"]:
        return None if pet(m["someone"], "en") else capitalised(f"{noun} của {someone(m['someone'], 'en')}")
    return capitalised(f"{noun} này" if det == "this" else noun if det == "the" else f"{noun} của {WHOSE_VI[det]}")


def _form(m: re.Match, verb: str) -> str | None:
    """The English tense of a match of _STATE_EN or _CHARGED_EN: "perfect", "past", "present" or "bare" ("expired"
    alone), with " not" after it where denied; None where the words make none ("has blocked", "is been")."""
    q, aux, been = (m["q"] or "").lower(), keyed((m["aux"] or "").replace("n't", " not")), bool(m["been"])
    if q and aux:
        return None
    words = (q or aux).split()
    first, neg = (words or [""])[0], " not" if "not" in words else ""
    if first in ("has", "have", "'ve") or first == "'s" and (been or verb == "expire"):
        form = "perfect" if been != (verb == "expire") else None  # ("has expired", "has been blocked")
    else:
        form = None if been else {"was": "past", "were": "past", "got": "past", "is": "present", "'s": "present",
                                  "": "bare"}[first]
    return form and form + neg


_VI = {"block": "bị khóa", "decline": "bị từ chối", "expire": "hết hạn", "twice": "bị trừ tiền hai lần"}
# the tenses each is said in, asked or denied ("My card is blocked.", not "My card is declined.")
_BASES = {"block": ("perfect", "past", "present"), "decline": ("perfect", "past"), "expire": ("perfect", "present"),
          "twice": ("perfect", "past")}


def _said_vi(thing: str, verb: str, form: str, m: re.Match) -> str | None:
    """What befell a card or an account (`thing`, in Vietnamese) in Vietnamese, by `verb` (a key of _VI), the English
    `form` (as _form gives it) and "just", "again", "yet" of a match; None where English does not say it so."""
    asked, neg, base = bool(m["q"]), form.endswith(" not"), form.removesuffix(" not")
    groups, said, end = m.groupdict(), _VI[verb], stop(m["end"])
    just, again, yet = bool(groups["just"]), bool(groups.get("again")), bool(groups.get("yet"))
    if just or again:
        if asked or neg or yet or just and again or again and verb not in ("block", "decline") or \
                base not in (("perfect", "bare") if verb == "expire" else ("perfect", "past")):
            return None
        return f"{thing} {'vừa' if just else 'lại'} {said}{end}"
    if base == "bare":
        return f"{thing} đã hết hạn{end}" if verb == "expire" and not (asked or neg or yet) else None
    if base not in _BASES[verb] or yet and (verb not in ("block", "expire") or base != "perfect" or not (asked or neg)):
        return None
    if asked:
        return f"{thing} {said} chưa?" if verb == "expire" or yet else f"{thing} có {said} không?"
    if neg:
        return f"{thing} {'chưa' if verb == 'expire' or yet else 'không'} {said}{end}"
    done = " rồi" if verb == "expire" or base == "perfect" and verb != "decline" else ""
    return f"{thing} {said}{done}{end}"


def _state_vi(text: str) -> str | None:
    """"My card has been blocked." as "Thẻ của tôi bị khóa rồi." (_STATE_EN, _SOON_EN); None for anything else."""
    if m := _SOON_EN.fullmatch(text):
        return (thing := m["card"] and _owner_vi(m)) and f"{thing} sắp hết hạn{stop(m['end'])}"
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    verb = _VERBS_EN[keyed(m["verb"].replace("-", " "))]
    if (form := _form(m, verb)) is None or m["account"] and verb != "twice":
        return None
    return (thing := _owner_vi(m)) and _said_vi(thing, verb, form, m)


def _charged_vi(text: str) -> str | None:
    """"I was charged twice." as "Tôi bị trừ tiền hai lần." (_CHARGED_EN); None for anything else, where the verb does
    not agree with who ("I were", "He have"), and a pet."""
    m = _CHARGED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (form := _form(m, "twice")) is None:
        return None
    who_, one = who_vi(m)
    first = ((m["q"] or m["aux"] or "").lower().replace("n't", "").split() or [""])[0]
    if first in ("was", "were") and (first == "was") != (one or who_ == "tôi") or \
            first in ("has", "'s", "have", "'ve") and (first in ("has", "'s")) != one:
        return None
    return _said_vi(capitalised(who_), "twice", form, m)


def _taken_vi(text: str) -> str | None:
    """"Money was taken from my account." as "Tài khoản của tôi bị trừ tiền.", "The bank has blocked my card." as
    "Ngân hàng khóa thẻ của tôi rồi." (_TAKEN_EN, _BANK_EN); None for anything else."""
    if (m := _BANK_EN.fullmatch(text)) and m["card"] and (thing := _owner_vi(m)):  # (an account: mt/accounts.py)
        done = "vừa khóa {}" if m["just"] else "khóa {} rồi" if m["aux"] else "đã khóa {}"
        return f"Ngân hàng {done.format(thing[0].lower() + thing[1:])}{stop(m['end'])}"
    m = _TAKEN_EN.fullmatch(text)
    if not m or not m["account"] or not (thing := _owner_vi(m)):
        return None
    aux = keyed(m["aux"])
    done = "vừa bị trừ tiền" if "just" in aux else "bị trừ tiền rồi" if aux == "has been" else "bị trừ tiền"
    return f"{thing} {done}{stop(m['end'])}"


def _paid_vi(text: str) -> str | None:
    """"The payment didn't go through." as "Thanh toán không thành công." (_PAID_EN); None for anything else."""
    m = _PAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "failed") == bool(m["through"]):
        return None
    det, pay = m["det"].lower(), "Giao dịch" if m["pay"] == "transaction" else "Thanh toán"
    thing = pay if det == "the" else f"{pay} của {WHOSE_VI[det]}"
    key = (m["q"] or "", keyed((m["aux"] or "").replace("n't", " not")), m["verb"])
    if m["yet"] and key not in (("Has", "", "gone"), ("", "has not", "gone")):
        return None  # ("yet" only asked, or denied)
    said = {("Did", "", "go"): "{} có thành công không?", ("Has", "", "gone"): "{} đã thành công chưa?",
            **dict.fromkeys((("", "did not", "go"), ("", "", "failed"), ("", "has", "failed")), "{} không thành công."),
            ("", "", "went"): "{} đã thành công.", ("", "still has not", "gone"): "{} vẫn chưa thành công.",
            ("", "has", "gone"): "{} thành công rồi.", ("", "has not", "gone"): "{} chưa thành công."}.get(key)
    return said and _ended(said.format(thing), m["end"])


def _pin_vi(text: str) -> str | None:
    """"I forgot my PIN." as "Tôi quên mã PIN." (_FORGOT_EN), "I entered the wrong PIN." as "Tôi nhập sai mã PIN."
    (_WRONG_EN); None for anything else, another's PIN ("I forgot your PIN."), and where the verb does not agree."""
    m = _FORGOT_EN.fullmatch(text) or _WRONG_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    aux = keyed((m["aux"] or "").replace("cannot", "can't").replace("can not", "can't"))
    if aux in ("has", "'s", "have", "'ve") and (aux in ("has", "'s")) != one:
        return None
    end = stop(m["end"])
    if m.re == _WRONG_EN:
        n = f" {_TIMES_VI[keyed(m['n'])]} lần" if m["n"] else ""
        did = "vừa nhập" if m["just"] else "nhập"
        return None if m["just"] and aux else capitalised(f"{who_} {did} sai mã PIN{n}{' rồi' if aux else ''}{end}")
    poss, own = m["poss"].lower(), WHOSE_OF.get((m["who"] or "").lower()) or his_her(who_)
    verb = {"": "forgot", "can't": "remember"}.get(aux, "forgotten" if aux else None)
    if poss != own and not (m["given"] and poss in ("his", "her")) or verb != m["verb"]:
        return None
    card = f" {_CARDS_VI[keyed(m['card'])]}" if m["card"] else ""
    said = "không nhớ mã PIN{}" if aux == "can't" else "quên mã PIN{} rồi" if aux else "quên mã PIN{}"
    return capitalised(f"{who_} {said.format(card)}{end}")


def _call_vi(text: str) -> str | None:
    """"I have to call the bank." as "Tôi phải gọi ngân hàng." (_CALL_EN); None for anything else, and "She have to"."""
    m = _CALL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, words = (m["q"] or "").lower(), keyed(m["modal"] or "").split()
    neg = words[:1] in (["don't"], ["doesn't"])
    if neg and (words[0] == "doesn't") != one or q in ("do", "does") and (q == "does") != one:
        return None
    if q == "should":
        return None if words else capitalised(f"{who_} có nên gọi ngân hàng không?")
    modal = " ".join(words[1:] if neg else words)
    if q or neg:
        vi = {"have to": "phải", "need to": "cần"}.get(modal)
        return vi and capitalised(f"{who_} có {vi} gọi ngân hàng không?" if q else
                                  f"{who_} không {vi} gọi ngân hàng{stop(m['end'])}")
    if words[:1] in (["has"], ["needs"], ["have"], ["need"]) and (words[0] in ("has", "needs")) != one:
        return None
    vi = _MODALS_VI.get(modal)
    return vi and capitalised(f"{who_} {vi} gọi ngân hàng{stop(m['end'])}")
