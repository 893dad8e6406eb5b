"""Money sent and got, paying in cash or by card, and getting money out, said or asked, both ways, written whole by
rule. v7 (with the other rules on): "Tôi đã chuyển tiền cho bạn rồi." and "Tôi đã chuyển khoản cho bạn rồi." → "I've
transferred you.", "Tôi đã chuyển 500 nghìn cho mẹ tôi." → "I transferred 500 thousand mothers.", "Tôi chưa chuyển
tiền cho anh ấy." → "I have not been transferred to him.", "Bạn nhận được tiền chưa?" → "Have you got money yet?",
"Tôi nhận được tiền rồi." → "I get money.", "Tôi trả bằng tiền mặt." → "I pay in cash.", "Bạn muốn trả bằng tiền mặt
hay thẻ?" → "Do you want to pay in cash or tabs?", "Anh ấy phải đi rút tiền." → "He had to walk money."; "Did you get
the money?" → "Bạn có nhận tiền không?", "I got the money." → "Tôi có tiền." (I have money), "I transferred 500,000
dong to my mother." → "… đến mẹ tôi.", "I have to go and get some money out." → "Tôi phải đi và lấy một số tiền ra.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); whom a pronoun of mt.ever.OBJECTS or someone
(mt.hobbies.SOMEONE: "anh", "chị" … alone are left: the speaker or "you"); money "tiền" or a sum as mt.patterns reads
one ("500 nghìn", "500,000 dong"); how one pays one of MEANS; when a day mt.free_time.when reads, and the tense by "đã",
"sẽ", "chưa", "vừa", "rồi" … or by the day (loans' way: said bare, sent and got are past, paying is what the speaker
will do). Taken: money transferred or sent to someone or to their account ("tài khoản của mình" who's own, the speaker's
after "tôi" or "bạn"), by bank transfer ("chuyển khoản"), asked whether, when, or whether one can; money got, asked
whether; paying (in cash, by card, by QR code "bằng mã QR" …), asked how ("… tiền mặt hay thẻ?"); getting money out,
having to, and where. Left: borrowing, lending, owing and paying back (mt/loans.py), "gửi tiền" with no one said (sent
or put in the bank), "I've got the money" (got or has), paying for something or someone ("trả tiền phòng", "trả cho
bạn"), "tài khoản của mình" after a name alone (his or hers?), a day of the week and no tense ("Tôi chuyển tiền cho bạn
vào thứ Sáu.": sent or to send), habits, paying denied with no day ("Tôi không trả bằng thẻ.": didn't, don't or won't),
which way asked of oneself ("Tôi trả bằng tiền mặt hay thẻ?": shall I, not "Am I paying"), a word of kinship alone
("Anh", "Em") asking which way, when or whether one can (the speaker or "you"; "you" beside "tôi"), and "Did you pay
by card?" (how one paid: "… chưa?" asks whether yet). The phrasebook's own phrases ("Can I pay by card?") are found
before these. mt.phrasebook.translate tries these after mt/pets.py.

    >>> translate("Tôi đã chuyển tiền cho bạn rồi.", "vi", "en"), translate("Did you get the money?", "en", "vi")
    ("I've already transferred the money to you.", 'Bạn nhận được tiền chưa?')
"""
from __future__ import annotations

import re

from . import dates, tense
from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import EN_OBJECT, EN_OBJECT_VI, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed

# how one pays (the first Vietnamese of each is written back); MEANS_VI keyed, lower-cased ("by qr code")
MEANS = {"tiền mặt": "in cash", "thẻ": "by card", "thẻ tín dụng": "by credit card", "thẻ ghi nợ": "by debit card",
         "thẻ ATM": "by debit card", "chuyển khoản": "by bank transfer", "mã QR": "by QR code"}
MEANS_VI = {en.lower(): vi for vi, en in reversed(MEANS.items())} | {
    "cash": "tiền mặt", "with cash": "tiền mặt", "with a card": "thẻ", "with a credit card": "thẻ tín dụng",
    "with a qr code": "mã QR"}
_MEANS_KEYED = {keyed(vi): en for vi, en in MEANS.items()}
# ... as a thing alone, asked which ("Cash or card?")
_NOUNS_VI = {en.split(" ", 1)[1]: vi for en, vi in MEANS_VI.items() if en.startswith(("in ", "by "))}
# where money is got out (keyed: "ATM" as "atm")
PLACES = {"cây atm": "the ATM", "atm": "the ATM", "ngân hàng": "the bank"}
PLACES_VI = {"atm": "cây ATM", "cash machine": "cây ATM", "cashpoint": "cây ATM", "bank": "ngân hàng"}
# the English verbs: base, past, participle
_FORMS = {"transfer": ("transfer", "transferred", "transferred"), "send": ("send", "sent", "sent"),
          "get": ("get", "got", "got"), "receive": ("receive", "received", "received"), "pay": ("pay", "paid", "paid"),
          "withdraw": ("withdraw", "withdrew", "withdrawn"), "take": ("take", "took", "taken"),
          "go": ("go and get", "", "")}  # ("Tôi phải đi rút tiền.": have to go and get it; not said done)
_BASE = {form: base for base, forms in _FORMS.items() for form in forms}
# having to, needing or wanting to, as said after one or after others, and in the past ("Hôm qua tôi phải …")
_MODALS = {"phải": ("have to", "has to", "had to"), "cần": ("need to", "needs to", "needed to"),
           "muốn": ("want to", "wants to", "wanted to")}

# the parts of a sentence in Vietnamese: who, the tense or a modal before the verb, money, whom, asked
_MONEY = rf"(?:(?P<money>tiền)|{SUM_VI})"
_TO = (rf"(?:\s+cho\s+(?P<to>(?i:{alternatives(OBJECTS)})|{SOMEONE})|"
       rf"\s+vào\s+tài\s+khoản\s+(?:của\s+)?(?P<acct>(?i:{alternatives(OWNERS)})))")
_TENSE = tense.TENSE_VI + r"(?:(?P<modal>có\s+thể|phải|cần|muốn|có)\s+)?"
# ... and asked: "được không?" (can), "không?", "chưa?" or "rồi chưa?" (yet)
_ASKED = (r"(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không|(?:rồi\s+)?chưa))?(?:\s+(?P<done>rồi))?"
          r"(?:\s+(?:ạ|(?P<nhe>nhé)|nhỉ|vậy|thế|hả))?\s*(?P<end>[.!?]*)")
# each doing, with a word that must be in the sentence for it to be tried (a cheap test first)
_DOINGS = {"pay": (r"trả|thanh", rf"(?P<v>trả|thanh\s+toán)(?:\s+(?P<money>tiền))?"
                                 rf"(?:\s+bằng\s+(?P<means>(?i:{alternatives(MEANS)})))?"),
           "send": (r"chuyển|gửi", rf"(?P<v>chuyển\s+khoản|chuyển|gửi)(?:\s+{_MONEY})?{_TO}?"),
           "get": (r"nhận", rf"(?P<v>nhận)\s+(?:được\s+)?{_MONEY}"),
           "out": (r"rút", rf"(?P<go>đi\s+)?(?P<v>rút)\s+{_MONEY}"
                           rf"(?:\s+(?:ở|tại)\s+(?P<place>(?i:{alternatives(PLACES)})))?")}
_SAID = {doing: (lazy(key), lazy(rf"{DAY_OPENING}(?:(?P<when>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+"
                                 rf"{_TENSE}{said}{DAY_AFTER}{_ASKED}"))
         for doing, (key, said) in _DOINGS.items()}
_KEYS = lazy(r"(?i:chuyển|gửi|nhận|trả|thanh\s+toán|rút|tiền\s+mặt|thẻ)")
# asked how one pays ("Bạn muốn trả bằng tiền mặt hay thẻ?", "Tiền mặt hay thẻ?"), where to get money out
_MEAN = rf"(?i:{alternatives(MEANS)})"
_EITHER = lazy(rf"(?:{WHO}\s+(?:(?P<want>muốn)\s+)?(?:trả|thanh\s+toán)(?:\s+tiền)?\s+bằng\s+)?(?P<a>{_MEAN})\s+"
               rf"hay\s+(?:bằng\s+)?(?P<b>{_MEAN}){SOFTENER}\s*\?+")
_WHERE = lazy(rf"{WHO}\s+(?:có\s+thể\s+)?(?:đi\s+)?rút\s+tiền\s+ở\s+đâu{SOFTENER}\s*\?+")
# the speaker as "tôi" in whom or whose account, beside which a word of kinship is "you" ("cho tôi", "mẹ tôi")
_TOI = lazy(r"(?i:(?<!\w)tôi(?!\w))")

# ... and in English: the tense or a modal after who, as Vietnamese says it before the verb, the verb's form it
# takes (0 base, 1 past, 2 participle) and whether it is said of one ("has") or of others ("have"), or either
_AUX_EN = (r"(?P<aux>['’](?:ll|ve|s|d\s+like\s+to)|\s+(?:will(?:\s+not)?|won['’]t|did(?:\s+not|n['’]t)|"
           r"ha(?:ve|s)(?:\s+not|n['’]t|\s+to)?|had\s+to|needs?\s+to|wants?\s+to|would\s+like\s+to))?")
_AUX_VI = {"": ("đã", 1, None), "'ll": ("sẽ", 0, None), "will": ("sẽ", 0, None), "will not": ("sẽ không", 0, None),
           "won't": ("sẽ không", 0, None), "did not": ("không", 0, None), "didn't": ("không", 0, None),
           "'ve": ("đã", 2, False), "have": ("đã", 2, False), "'s": ("đã", 2, True), "has": ("đã", 2, True),
           "have not": ("chưa", 2, False), "haven't": ("chưa", 2, False), "has not": ("chưa", 2, True),
           "hasn't": ("chưa", 2, True), "have to": ("phải", 0, False), "has to": ("phải", 0, True),
           "had to": ("phải", 0, None), "need to": ("cần", 0, False), "needs to": ("cần", 0, True),
           "want to": ("muốn", 0, False), "wants to": ("muốn", 0, True), "'d like to": ("muốn", 0, None),
           "would like to": ("muốn", 0, None), "did": ("", 0, None), "can": ("có thể", 0, None),
           "could": ("có thể", 0, None), "when will": ("", 0, None)}  # (the last four, and "have", asking)
_MONEY_EN = rf"(?:(?P<money>(?:(?:the|some|any)\s+)?money)|{SUM_EN})"
_WHOM_EN = rf"(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN}"
_DOINGS_EN = {
    "pay": (r"pa(?:y|id)", rf"(?P<v>pay|paid)(?:\s+(?P<means>(?i:{alternatives(MEANS_VI)})))?"),
    "send": (r"transfer|sen[dt]", rf"(?P<v>transfer|transferred|send|sent)(?:\s+(?P<to0>{_WHOM_EN}))?\s+{_MONEY_EN}"
                                  rf"(?:\s+to\s+(?:(?P<acct>(?i:{alternatives(WHOSE_VI)}))\s+(?:bank\s+)?account|"
                                  rf"(?P<to>{_WHOM_EN})))?(?P<bank>\s+by\s+bank\s+transfer)?"),
    "get": (r"money|dong|VND", rf"(?P<v>get|got|receive|received)\s+{_MONEY_EN}"),
    "out": (r"out|withdr", rf"(?P<go>go\s+and\s+)?(?:(?P<v>get|got|take|took|taken)\s+(?:some\s+|any\s+)?"
                           rf"money\s+out|(?P<v2>withdraw|withdrew|withdrawn)\s+{_MONEY_EN})"
                           rf"(?:\s+(?:at|from)\s+the\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?")}
_SAID_EN = {doing: (lazy(key), lazy(
    rf"(?:(?P<q>Did|Have|Has|Can|Could|When\s+will)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>just|already))?\s+{said}"
    rf"(?P<yet>\s+yet)?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")) for doing, (key, said) in _DOINGS_EN.items()}
_KEYS_EN = lazy(r"(?i:transfer|sen[dt]|money|dong|VND|pa(?:y|id)|cash|card|withdr)")
_NOUN = rf"(?i:{alternatives(_NOUNS_VI)})"
_EITHER_EN = lazy(rf"(?:(?P<q>Would|Are|Is|Am)\s+{WHO_EN}\s+(?P<pay>like\s+to\s+pay|paying)\s+"
                  rf"(?:in|by|with)\s+)?(?P<a>{_NOUN})\s+or\s+(?:(?:in|by|with)\s+)?(?P<b>{_NOUN})\s*\?+")
_WHERE_EN = lazy(rf"Where\s+can\s+{WHO_EN}\s+(?:get\s+(?:some\s+)?money\s+out|withdraw\s+(?:some\s+)?money)"
                 r"\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who sent or got money, how one pays, or getting money out;
    None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _said(text) or _either(text) or _where(text) if _KEYS.search(text) else None
    ours = (src, tgt) == ("en", "vi") and _KEYS_EN.search(text)
    return _said_vi(text) or _either_vi(text) or _where_vi(text) if ours else None


def _whom(said: str, who_: str) -> str | None:
    """Whom of _TO in English ("anh ấy" → "him", "mẹ tôi" → "my mother"); None for someone not known, and for who
    (`who_`, in English) themselves ("Tôi chuyển tiền cho tôi.")."""
    whom = as_whom(said, "vi")
    return None if whom is None or whom == EN_OBJECT.get(who_, who_) else whom


def _doing(doing: str, m: re.Match, who_: str) -> tuple[tuple[str, str, str], str] | None:
    """The English verb's forms of a doing of _DOINGS, and what follows it, with a space before: "chuyển tiền cho bạn"
    → transfer " the money to you", "chuyển khoản cho bạn" → send " you the money by bank transfer", "gửi tiền cho mẹ
    tôi" → send " my mother the money", "nhận được 2 triệu" → get " 2,000,000 dong", "trả bằng thẻ" → pay " by card",
    "rút tiền ở cây ATM" → get " some money out at the ATM"; None for what is not said whole ("trả" alone, "gửi
    tiền" to no one, "chuyển" no money)."""
    if doing == "pay":
        means = _MEANS_KEYED.get(keyed(m["means"] or ""), "")
        return None if m["v"] == "trả" and not (m["money"] or means) else (_FORMS["pay"], f" {means}".rstrip())
    what = f"{sum_said(m, 'en')} dong" if m["n"] else "the money"
    if doing == "get":
        return _FORMS["get"], f" {what}"
    if doing == "out":
        place = f" at {PLACES[keyed(m['place'])]}" if m["place"] else ""
        verb = _FORMS["go" if m["go"] else "get" if m["money"] else "withdraw"]
        return verb, f" {'some money out' if m['money'] else what}{place}"
    v = keyed(m["v"])
    to = _whom(m["to"], who_) if m["to"] else ""
    whose = _account(m, who_) if m["acct"] else ""
    acct = f" to {whose} account" if whose else ""
    if whose is None or to is None or not (m["money"] or m["n"]) and v != "chuyển khoản" or v == "gửi" and not (
            to or acct):
        return None
    if v == "chuyển khoản" and not m["n"]:  # ("Tôi đã chuyển khoản cho bạn rồi.": sent you the money by bank transfer)
        return _FORMS["send"], f"{' ' + to if to else ''} the money{acct} by bank transfer"
    if v == "gửi":  # ("Bố tôi gửi tiền cho tôi.": sent me the money)
        return _FORMS["send"], f" {to} {what}" if to else f" {what}{acct}"
    return _FORMS["transfer"], f" {what}{' to ' + to if to else acct}"


def _account(m: re.Match, who_: str) -> str | None:
    """Whose the account of a match of _TO is ("tài khoản của bạn": "your"); "của mình" the speaker's after "I" or
    "you" (`who_`, English; friends' "mình"), else who's own, as mt.terms' _whose reads it ("Mẹ tôi đã chuyển tiền
    vào tài khoản của mình.": hers); None for someone by name (his or hers?)."""
    if keyed(m["acct"]) != "mình" or who_ in ("I", "you"):
        return OWNERS[keyed(m["acct"])]
    return whose_own(m, who_)


def _said(text: str) -> str | None:
    """"Tôi đã chuyển tiền cho bạn rồi." as "I've already transferred the money to you.", "Bạn nhận được tiền chưa?"
    as "Did you get the money?", "Tôi đã trả bằng tiền mặt." as "I paid in cash.", "Tôi phải đi rút tiền." as "I have
    to go and get some money out." (_SAID); None for anything else."""
    m, doing = next(((m, d) for d, (key, said) in _SAID.items() if key.search(text) and (m := said.fullmatch(text))),
                    (None, ""))
    if m is None or not (said := who(m, "?" in m["end"])) or m["nhe"] and not (m["tense"] or m["done"]):
        return None  # ("Bạn chuyển khoản cho tôi nhé.": asked to, not done)
    who_, one = said
    done = _doing(doing, m, who_)
    return done and _tensed(m, doing, who_, one, *done)


def _tensed(m: re.Match, doing: str, who_: str, one: bool, verb: tuple[str, str, str], rest: str) -> str | None:
    """Who doing it (`verb`, then `rest`) in English by the tense, the day and the modal: "I transferred …" ("đã",
    or a day behind), "I've already …" ("đã … rồi"), "I've got …" ("rồi"), "I'll …" ("sẽ", or a day ahead), "I didn't
    …" ("không"), "I haven't … yet" ("chưa"), "I've just …" ("vừa"), "I have to …" ("phải"); asked, as `_asked` says
    it; said bare, in the past, but paying what the speaker will do ("Tôi trả bằng tiền mặt." → "I'll pay in cash.")
    and going to get money out what one is off to do; None where these do not agree ("sẽ" with a day behind, "chưa"
    with a day)."""
    found = m.groupdict()
    day = None if found["day0"] and m["day"] else when(found["day0"] or m["day"], "vi")
    if day is None or ("?" in m["end"]) != bool(m["asked"] or found["when"]):
        return None
    if "?" in m["end"]:
        return _asked(m, doing, who_, one, verb, rest, day)
    said, modal, done, end = keyed(m["tense"] or ""), keyed(m["modal"] or ""), m["done"], m["end"] or "."
    base, past, participle = verb
    behind, ahead = tense.BEHIND.match(day), dates.AHEAD.match(day)
    day, have, any_ = f" {day}" if day else "", "has" if one else "have", rest.replace("some money", "any money")
    if m["can2"] or modal in ("có thể", "có") or modal and (said or done) or modal and doing == "get":
        return None  # ("Tôi cần nhận được tiền": got or found)
    if modal:  # ("Tôi phải đi rút tiền.", "Hôm qua tôi phải …": had to)
        return capitalised(f"{who_} {_MODALS[modal][2 if behind else int(one)]} {base}{rest}{day}{end}")
    if said in ("chưa", "vừa", "mới"):  # ("Tôi chưa nhận được tiền.", "Tôi vừa chuyển tiền cho bạn.")
        if day or done or not participle:
            return None
        if said == "chưa":
            return capitalised(f"{who_} {have}n't {participle}{any_} yet{end}")
        return capitalised(contracted(who_, f"{have} just {participle}{rest}{end}"))
    if said in ("sẽ", "sẽ không") or not said and not done and ahead:
        if behind or done:
            return None
        will = f"won't {base}{any_}" if said == "sẽ không" else f"will {base}{rest}"
        return capitalised(contracted(who_, f"{will}{day}{end}"))
    if not participle:  # ("Tôi đi rút tiền.": I'm off to get it)
        return None if said or done or day else capitalised(contracted(who_, f"{be(who_)} going to get{rest}{end}"))
    if ahead or said == "không" and done:
        return None
    if said == "không":  # (paying with no day: didn't, don't or won't; "Hôm qua tôi không trả …": didn't)
        return None if doing == "pay" and not day else capitalised(f"{who_} didn't {base}{any_}{day}{end}")
    if done and not day:  # ("Tôi nhận được tiền rồi.": I've got it; "đã … rồi": already)
        return capitalised(contracted(who_, f"{have} {'already ' * (said == 'đã')}{participle}{rest}{end}"))
    if day and not (said or done or behind):
        return None  # (a day of the week and no tense: sent or to send)
    if said or day or done or doing != "pay":
        return capitalised(f"{who_} {past}{rest}{day}{end}")
    return capitalised(contracted(who_, f"will pay{rest}{end}")) if who_ in ("I", "we") else None


def _asked(m: re.Match, doing: str, who_: str, one: bool, verb: tuple[str, str, str], rest: str,
           day: str) -> str | None:
    """Who doing it asked: "When will you …?" ("Khi nào …?"), "Can you …?" ("có thể … không?", "… được không?"),
    "Have you … yet?" ("… chưa?"), "Did you get …?" ("nhận được … chưa?", "có nhận được … không?"); None for anything
    else, for a day behind, and for a word of kinship alone asking when or whether one can (_kin_alone)."""
    said, modal, base = keyed(m["tense"] or ""), keyed(m["modal"] or ""), verb[0]
    asked = keyed(m["asked"] or "").removeprefix("rồi ")  # ("Bạn nhận được tiền rồi chưa?")
    if m["done"] or tense.BEHIND.match(day) or not verb[2]:
        return None
    day = f" {day}" if day else ""
    if (m["when"] or modal == "có thể" or m["can2"]) and _kin_alone(m, who_):
        return None  # ("Em trả bằng mã QR được không?": can I or can you?)
    if m["when"]:  # ("Khi nào bạn chuyển tiền cho tôi?")
        return None if m["asked"] or m["can2"] or modal or said not in ("", "sẽ") or day else \
            f"When will {who_} {base}{rest}?"
    if modal == "có thể" or m["can2"]:  # ("Bạn chuyển khoản cho tôi được không?")
        return None if asked != "không" or said or modal not in ("", "có thể") else \
            f"Can {who_} {base}{rest}{day}?"
    if day or modal not in ("", "có") or said not in ("", "đã") or (modal == "có") != (asked == "không"):
        return None
    if doing == "get":  # ("Bạn nhận được tiền chưa?", "Anh ấy có nhận được tiền không?")
        return f"Did {who_} get{rest}?"
    if modal:
        return None  # ("Bạn có trả bằng thẻ không?": are paying, will pay or paid)
    return f"{'Has' if one else 'Have'} {who_} {verb[2]}{rest.replace('some money', 'any money')} yet?"


def _kin_alone(m: re.Match, who_: str) -> bool:
    """Whether who of a match of WHO (`who_`, in English) is "you" said by a word of kinship alone ("Anh", "Em"), with
    no "tôi" in whom or whose account: in shop talk the speaker often calls themselves "anh" or "em" ("Em trả bằng mã
    QR được không?": can I or can you?), but not beside "tôi" ("Anh chuyển tiền cho tôi được không?": you)."""
    found = m.groupdict()
    return who_ == "you" and keyed(m["who"] or "") != "bạn" and not _TOI.search(
        f"{found.get('to') or ''} {found.get('acct') or ''}")


def _either(text: str) -> str | None:
    """"Bạn muốn trả bằng tiền mặt hay thẻ?" as "Would you like to pay in cash or by card?", "Bạn trả bằng tiền mặt
    hay thẻ?" as "Are you paying in cash or by card?", "Tiền mặt hay thẻ?" as "Cash or card?" (_EITHER); None for
    anything else, asked of oneself ("Tôi trả bằng tiền mặt hay thẻ?": shall I, not "Am I paying …?") and by a word
    of kinship alone (_kin_alone)."""
    m = _EITHER.fullmatch(text)
    a, b = (_MEANS_KEYED[keyed(m["a"])], _MEANS_KEYED[keyed(m["b"])]) if m else ("", "")
    if a == b:  # (none, or the same twice)
        return None
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):
        return capitalised(f"{a.split(' ', 1)[1]} or {b.split(' ', 1)[1]}?")
    if not (said := who(m, True)) or said[0] in ("I", "we") or _kin_alone(m, said[0]):
        return None
    if m["want"]:
        return f"Would {said[0]} like to pay {a} or {b}?"
    return f"{be(said[0]).capitalize()} {said[0]} paying {a} or {b}?"


def _where(text: str) -> str | None:
    """"Tôi có thể rút tiền ở đâu?" as "Where can I get some money out?" (_WHERE); None for anything else, and for
    a word of kinship alone asking (_kin_alone)."""
    m = _WHERE.fullmatch(text)
    said = m and who(m, True)
    return f"Where can {said[0]} get some money out?" if said and not _kin_alone(m, said[0]) else None


def _whom_vi(said: str | None, who_: str) -> str | None:
    """Whom of _WHOM_EN in Vietnamese ("him" → "anh ấy", "my mother" → "mẹ tôi"); "" for none said, None for someone
    not known, and for who (`who_`, in Vietnamese) themselves."""
    whom = as_whom(said, "en") if said else ""
    return None if whom is None or whom and whom == who_ else whom


def _doing_vi(doing: str, m: re.Match, who_: str) -> tuple[str, str] | None:
    """The English verb's base, and the doing of _DOINGS_EN in Vietnamese: "transferred the money to you" → "chuyển
    tiền cho bạn", "sent you the money by bank transfer" → "chuyển khoản cho bạn", "got the money" → "nhận được
    tiền", "paid in cash" → "trả bằng tiền mặt", "go and get some money out" → "đi rút tiền"; None for someone not
    known, and whom said twice ("sent you the money to him")."""
    verb = m["v"] or m.groupdict().get("v2")
    if doing == "pay":
        return _BASE[verb], f"trả bằng {MEANS_VI[keyed(m['means'])]}" if m["means"] else "trả tiền"
    what = f"{sum_said(m, 'vi')} đồng" if m["n"] else "tiền"
    if doing == "get":
        return _BASE[verb], f"nhận được {what}"
    if doing == "out":
        place = f" ở {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
        return ("go" if m["go"] else _BASE[verb]), f"{'đi ' * bool(m['go'])}rút {what}{place}"
    to0, to = _whom_vi(m["to0"], who_), _whom_vi(m["to"], who_)
    if to0 is None or to is None or to0 and (to or m["acct"]):
        return None
    to = f" cho {to0 or to}" if to0 or to else f" vào tài khoản của {WHOSE_VI[m['acct'].lower()]}" if m["acct"] else ""
    if m["bank"]:  # ("I sent you the money by bank transfer.")
        return _BASE[verb], f"chuyển khoản{'' if m['money'] else ' ' + what}{to}"
    return _BASE[verb], f"{'chuyển' if _BASE[verb] == 'transfer' else 'gửi'} {what}{to}"


def _said_vi(text: str) -> str | None:
    """"I've transferred the money to you." as "Tôi đã chuyển tiền cho bạn rồi.", "Did you get the money?" as "Bạn
    nhận được tiền chưa?", "I paid in cash." as "Tôi đã trả bằng tiền mặt.", "I have to go and get some money out." as
    "Tôi phải đi rút tiền." (_SAID_EN); None for anything else, for a verb whose form does not go with its tense ("I
    will paid", "I pay"), "has" or "have" not agreeing with who, a day that does not go with the tense, and "Did …
    pay by card?" (how, not "… chưa?")."""
    m, doing = next(((m, d) for d, (key, said) in _SAID_EN.items() if key.search(text) and (m := said.fullmatch(text))),
                    (None, ""))
    if m is None or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["adv"]):
        return None
    who_, one = who_vi(m)
    aux = keyed((m["q"] or m["aux"] or "").replace("’", "'"))
    said, form, of_one = _AUX_VI[aux]
    if (done := _doing_vi(doing, m, who_)) is None or of_one is not None and of_one != one:
        return None
    base, doing_vi = done
    verb = m["v"] or m.groupdict().get("v2")
    if base == "go" and said not in ("sẽ", "phải", "cần", "muốn") or base != "go" and _FORMS[base][form] != verb:
        return None  # ("He will paid", "I pay", "I went and got" …)
    if doing == "get" and (form == 2 and verb == "got" or said in ("phải", "cần", "muốn", "có thể")):
        return None  # ("I've got the money": got or has; "I need to get the money": find it)
    if m["yet"] and not (said == "chưa" or m["q"] and aux in ("did", "have", "has")) or \
            m["adv"] and (form != 2 or said != "đã"):
        return None
    day = when(m["day"], "en")
    if day is None or day and (form == 2 or m["q"] and said != "có thể") or \
            said in ("sẽ", "sẽ không") and tense.BEHIND.match(m["day"] or "") or \
            said in ("đã", "không") and dates.AHEAD.match(m["day"] or ""):
        return None
    if m["q"]:
        if aux == "did" and not m["yet"] and (m.groupdict().get("means") or m.groupdict().get("bank")):
            return None  # ("Did you pay by card?": how one paid; "… chưa?" asks whether yet)
        if aux == "when will":
            return f"Khi nào {who_} {doing_vi}?"
        if said == "có thể":
            return placed(f"{who_} có thể {doing_vi}", day, " không?")
        return capitalised(f"{who_} {said + ' ' if said else ''}{doing_vi} chưa?")
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa {doing_vi}{m['end'] or '.'}")
    done = " rồi" if form == 2 and said == "đã" else ""  # ("I've transferred …": "đã … rồi")
    return placed(f"{who_} {said} {doing_vi}{done}", day, m["end"] or ".")


def _either_vi(text: str) -> str | None:
    """"Would you like to pay in cash or by card?" as "Bạn muốn trả bằng tiền mặt hay thẻ?", "Cash or card?" as
    "Tiền mặt hay thẻ?" (_EITHER_EN); None for anything else, and where "is", "am" or "are" does not agree with
    who."""
    m = _EITHER_EN.fullmatch(text)
    if not m or m["a"].lower() == m["b"].lower():
        return None
    a, b = _NOUNS_VI[m["a"].lower()], _NOUNS_VI[m["b"].lower()]
    if not m["q"]:
        return capitalised(f"{a} hay {b}?")
    who_, one = who_vi(m)
    if (m["q"] == "Would") != m["pay"].startswith("like") or m["q"] != "Would" and be_said(m["q"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} {'muốn ' if m['q'] == 'Would' else ''}trả bằng {a} hay {b}?")


def _where_vi(text: str) -> str | None:
    """"Where can I get some money out?" as "Tôi có thể rút tiền ở đâu?" (_WHERE_EN); None for anything else."""
    m = _WHERE_EN.fullmatch(text)
    return capitalised(f"{who_vi(m)[0]} có thể rút tiền ở đâu?") if m else None
