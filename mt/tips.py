"""Tipping, both ways, written whole by rule: whether one needs to or should tip, how much, a tip left or given, how
often one tips, keeping the change, service or the tip included. v8 (with the other rules on) does not know "boa" and
reads "tip" as advice, investing or an end: "Có cần để lại tiền boa không?" → "Do you need to leave boa cash?", "Bao
nhiêu tiền boa là đủ?" → "How many boauses are enough?", "Tôi để lại tiền boa cho người phục vụ." → "I left the boause
for the server.", "Tôi có phải boa không?" → "Is I boa?", "Khỏi thối." → "The amniotic fluid.", "Đã bao gồm phí phục
vụ chưa?" → "Does the cost of the server?"; "Do you tip in Vietnam?" → "Bạn có đầu tư vào Việt Nam không?", "How much
should I tip?" → "Tôi nên gợi ý bao nhiêu?", "I left a tip for the waiter." → "Tôi đã để lại lời khuyên cho người chờ
đợi.", "I tipped the driver." → "Tôi ôm người lái xe.", "You can keep the change." → "Bạn có thể giữ thay đổi.".

Taken: who (mt.hobbies.WHO, WHO_EN, "người ta", "people"; no one: "I" asking, "you" telling or asking of a place)
needs to, has to or should tip or leave a tip, in a place of PLACES; how much one should, usually does or did tip; a
tip left or given, someone tipped (done, just, already, not yet, "Have you …?"); how often one tips (mt.hobbies.SELDOM,
"thường" usually), whether people tip in a place; "Khỏi thối.", "Anh cứ giữ tiền thừa.", "You can keep the change.";
service or the tip included (in the bill, the price) or not; whom to, one of TIPPED (the waiter, the driver …). "tip"
is taken only as money: after "need to", "should", "leave a", "How much", before one of TIPPED or a place; Vietnamese
"tip" alone (also "mẹo") only before "cho" and one of TIPPED. Left: "tip" as advice ("Thanks for the tip!"), sums and
percentages ("Boa 10% là đủ."), "Bạn có boa không?" and "Tôi boa cho tài xế." (does or did?), "anh", "chị", "em" alone
telling, the phrasebook's ("Keep the change.", "Không cần thối lại.", "Is service included?", "Có phí phục vụ
không?"), the price including the service charge (mt/patterns.py), who pays (mt/bills.py), change in coins
(mt/cash.py).
mt.phrasebook.translate tries these after mt/travel_sickness.py.

    >>> translate("Có cần để lại tiền boa không?", "vi", "en"), translate("I left a tip for the waiter.", "en", "vi")
    ('Do I need to leave a tip?', 'Tôi đã để lại tiền boa cho người phục vụ.')
"""
from __future__ import annotations

import re

from .hobbies import SELDOM, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .people import JOBS
from .rule_keys import agreement_checked
from .taxis import DRIVERS
from .text import SOFTENED_END, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed, present

# whom a tip goes to (the first Vietnamese of each is written back)
_TIPPED_EN = {"waiter", "driver", "taxi driver", "guide", "tour guide", "hairdresser"}
TIPPED = {"người phục vụ": "waiter", "nhân viên phục vụ": "waiter", "cô phục vụ": "waitress", "nhân viên": "staff",
          "người giao hàng": "delivery driver", "shipper": "delivery driver"} | {
    vi: en for vi, en in (JOBS | DRIVERS).items() if en in _TIPPED_EN}
TIPPED_VI = {en: vi for vi, en in reversed(TIPPED.items())}
# where, keyed (the first Vietnamese of each is written back)
PLACES = {"ở đây": "here", "tại đây": "here", "ở việt nam": "in Vietnam", "tại việt nam": "in Vietnam",
          "ở nhà hàng": "in restaurants", "ở khách sạn": "in hotels"}
PLACES_VI = {en.lower(): vi.replace("việt nam", "Việt Nam") for vi, en in reversed(PLACES.items())}
# how often (mt.hobbies.SELDOM, but "thường" is "usually" here)
OFTEN = SELDOM | {"thường": "usually", "thường thường": "usually"}
OFTEN_VI = {en: vi for vi, en in reversed(OFTEN.items())} | {"often": "hay"}
# what is included, and in what
FEES = {"phí phục vụ": "service", "tiền phục vụ": "service", "phí dịch vụ": "service", "tiền boa": "the tip",
        "tiền tip": "the tip"}
FEES_VI = {"service": "phí phục vụ", "the service charge": "phí phục vụ", "a service charge": "phí phục vụ",
           "the tip": "tiền boa", "a tip": "tiền boa"}
_BILLS = {"hóa đơn": "the bill", "giá": "the price"}
_BILLS_VI = {"bill": "hóa đơn", "price": "giá"}
# the English verbs: base, past, participle, "-s"
_FORMS = {"leave": ("leave", "left", "left", "leaves"), "give": ("give", "gave", "given", "gives"),
          "tip": ("tip", "tipped", "tipped", "tips")}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:boa|tip|thối|tiền\s+thừa|phục\s+vụ|bao\s+gồm)"),
         "en": lazy(r"(?i:tip|keep\s+the\s+change|service)")}

_R = rf"(?i:{alternatives(TIPPED)})"
_PLACE = rf"(?P<place>(?i:{alternatives(PLACES)}))"
_SUBJECT = rf"(?:{_PLACE.replace('<place>', '<place0>')}\s*,?\s+)?(?:(?P<people>[Nn]gười\s+ta)\s+|{WHO}\s+)?"
# the tip, left ("để lại tiền boa cho người phục vụ") or given ("boa cho tài xế", "cho tài xế tiền boa")
_TIP = (rf"(?:(?P<leave>để\s+lại)\s+tiền\s+(?:boa|tip)|(?:(?:để|cho|đưa)\s+tiền\s+(?:boa|tip)|boa|tip(?=\s+cho\s))|"
        rf"cho\s+(?P<r2>{_R})\s+tiền\s+(?:boa|tip))(?:\s+cho\s+(?P<r>{_R}))?")
# who needs to, has to or should ("Tôi có cần boa không?", "Ở đây không cần boa.", "Có nên boa cho tài xế không?")
_NEED = lazy(rf"{_SUBJECT}(?:(?P<ask>(?i:có))\s+|(?P<not>(?i:không))\s+)?(?P<modal>(?i:cần\s+phải|cần|phải|nên))"
             rf"\s+{_TIP}(?:\s+{_PLACE})?(?:\s+(?P<asked>không)|\s+(?P<dau>đâu))?{SOFTENED_END}")
# how much ("Tôi nên boa bao nhiêu?", "Ở Việt Nam thường boa bao nhiêu?", "Bao nhiêu tiền boa là đủ?")
_MUCH = lazy(rf"{_SUBJECT}(?:(?P<should>(?i:nên))\s+|(?P<usual>(?i:thường))\s+|(?P<did>đã)\s+)?"
             rf"(?:(?i:boa|tip(?=\s+cho\s))(?:\s+cho\s+(?P<r>{_R}))?\s+bao\s+nhiêu(?:\s+tiền)?|"
             rf"(?P<leave>(?i:để\s+lại))\s+bao\s+nhiêu\s+tiền\s+(?:boa|tip))"
             rf"(?:\s+(?P<enough>là\s+(?:đủ|hợp\s+lý)))?(?:\s+{_PLACE})?{SOFTENED_QUESTION}")
_ENOUGH = lazy(rf"(?:[Bb]ao\s+nhiêu\s+tiền\s+(?:boa|tip)|[Tt]iền\s+(?:boa|tip)\s+bao\s+nhiêu)\s+là\s+"
               rf"(?:đủ|hợp\s+lý)(?:\s+{_PLACE})?{SOFTENED_QUESTION}")
# a tip left or given ("Tôi để lại tiền boa cho người phục vụ.", "Bạn đã boa cho tài xế chưa?")
_DID = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+|(?P<yet>chưa)\s+)?{_TIP}"
            rf"(?:\s+(?P<table>trên\s+bàn))?(?:\s+(?P<done>rồi)|\s+(?P<asked>chưa))?{SOFTENED_END}")
# how often ("Tôi luôn boa.", "Ở Việt Nam người ta thường không boa.", "Ở Việt Nam người ta có boa không?")
_OFTEN = lazy(rf"{_SUBJECT}(?:(?P<ask>có)\s+)?(?:(?P<often>{alternatives(OFTEN)})\s+)?(?:(?P<not>không)\s+)?"
              rf"{_TIP}(?:\s+{_PLACE})?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# keeping the change ("Khỏi thối.", "Anh cứ giữ tiền thừa nhé."; "Em giữ tiền thừa nhé." may be the speaker's)
_CHANGE = lazy(r"(?:(?i:anh|chị|em|bạn|cô|chú|bác)\s+(?=cứ\s|.*\sđi\W*$))?(?:(?i:cứ)\s+)?(?:(?i:giữ)"
               r"(?:\s+(?:lại|lấy))?\s+tiền\s+(?:thừa|thối)|(?i:khỏi|không\s+cần)\s+thối(?:\s+lại)?"
               r"(?:\s+tiền)?)(?:\s+(?:đi|nhé|nha|đâu|ạ))*\s*[.!]*")
# service or the tip included ("Đã bao gồm phí phục vụ chưa?", "Tiền boa đã được tính vào hóa đơn chưa?")
_FEE = rf"(?P<what>(?i:{alternatives(FEES)}))"
_BILL = rf"(?P<bill>(?i:{alternatives(_BILLS)}))"
_AFTER = rf"(?:\s+(?P<already>rồi)|\s+(?P<asked>chưa|không))?{SOFTENED_END}"
_INCLUDED = [lazy(rf"(?:{_BILL}\s+)?(?:(?P<done>(?i:đã))\s+|(?P<yet>(?i:chưa|không))\s+|(?P<ask>(?i:có))\s+)?"
                  rf"(?i:bao\s+gồm)\s+{_FEE}{_AFTER}"),
             lazy(rf"{_FEE}\s+(?:(?P<done>đã)\s+|(?P<yet>chưa|không)\s+)?(?:được\s+)?(?:bao\s+gồm|tính)"
                  rf"(?:\s+(?:trong|vào)\s+{_BILL})?{_AFTER}")]

# ... and in English
_WHO_EN = rf"(?:(?P<people>(?i:people))|{WHO_EN})"
_PLACE_EN = rf"(?P<place>{alternatives(PLACES_VI)}|(?i:in\s+Vietnam))"
_R_EN = r"(?:the|our)\s+(?P<{}>" + alternatives(TIPPED_VI) + ")"
_TIP_EN = (rf"(?:(?P<leave>leaves?|left)\s+a\s+tip(?:\s+for\s+{_R_EN.format('r')})?|(?P<tip>tips?|tipped)(?:\s+"
           rf"{_R_EN.format('r2')})?|(?P<gave>gave)\s+{_R_EN.format('r3')}\s+a\s+tip)"
           r"(?:\s+(?P<table>on\s+the\s+table))?")
_NEG = r"(?P<neg>don['’]t|doesn['’]t|didn['’]t|haven['’]t|hasn['’]t|do\s+not|does\s+not|did\s+not)"
_MODAL = r"(?P<modal>needs?\s+to|ha(?:ve|s)\s+to|should(?:n['’]t|\s+not)?)"
_SAID_EN = lazy(rf"(?:(?P<aux>Do|Does|Did|Should|Have|Has)\s+)?{_WHO_EN}\s+(?:(?P<often>"
                rf"{alternatives(OFTEN_VI)})\s+)?(?:{_NEG}\s+)?(?:(?P<often2>usually)\s+)?(?:{_MODAL}\s+)?"
                rf"{_TIP_EN}(?:\s+{_PLACE_EN})?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
# ... what is said, by the kind of its words after who (how it is asked, "don't" …, "need to" …), in Vietnamese
_KINDS = {"does": "do", "has": "have", "don't": "do", "doesn't": "do", "do not": "do", "does not": "do",
          "didn't": "did", "did not": "did", "haven't": "have", "hasn't": "have", "needs to": "need to",
          "has to": "have to", "shouldn't": "should not"}
_SAID_VI = {("do", "", "need to"): "{who} có cần {tip} không?", ("do", "", "have to"): "{who} có phải {tip} không?",
            ("", "", "need to"): "{who} cần {tip}.", ("", "", "have to"): "{who} phải {tip}.",
            ("", "", "should"): "{who} nên {tip}.", ("", "", "should not"): "{who} không nên {tip}.",
            ("", "do", "need to"): "{who} không cần {tip}.", ("", "do", "have to"): "{who} không phải {tip}.",
            ("should", "", ""): "{who} có nên {tip} không?", ("do", "", ""): "{who} có {often} {tip} không?",
            ("did", "", ""): "{who} đã {tip} chưa?", ("have", "", ""): "{who} đã {tip} chưa?",
            ("", "have", ""): "{who} chưa {tip}.", ("", "did", ""): "{who} đã không {tip}.",
            ("", "do", ""): "{who} {usually} không {tip}.", ("", "", ""): "{who} {often} {tip}."}
# ... and which of the words say he or she (True) or not ("" a plain verb)
_ONE = {w: w in ("does", "has", "doesn't", "does not", "hasn't", "needs to", "has to", "s") for w in (
    "do", "does", "have", "has", "don't", "do not", "doesn't", "does not", "haven't", "hasn't", "need to", "needs to",
    "have to", "has to", "s", "")}
_MUCH_EN = lazy(rf"How\s+much\s+(?P<aux>should|do|does|did)\s+{_WHO_EN}\s+(?:(?P<often>usually)\s+)?"
                rf"(?:tip(?:\s+{_R_EN.format('r')})?|(?P<leave>leave\s+(?:as|for)\s+a\s+tip))"
                rf"(?:\s+{_PLACE_EN})?\s*\?+")
_NO_NEED_EN = lazy(rf"(?:There['’]s\s+|There\s+is\s+)?[Nn]o\s+need\s+to\s+tip(?:\s+{_PLACE_EN})?\s*[.!]*")
_CHANGE_EN = lazy(r"(?:(?:You\s+can|Please)\s+keep|Keep)\s+the\s+change(?:,?\s+please)?\s*[.!]*")
_FEE_EN = rf"(?P<what>(?i:{alternatives(FEES_VI)}))"
_IN_BILL_EN = r"(?:\s+in\s+the\s+(?P<bill>bill|price))?"
_INCLUDED_EN = [lazy(rf"(?P<ask>Is)\s+{_FEE_EN}\s+included{_IN_BILL_EN}\s*\?+"),
                lazy(rf"{_FEE_EN}(?:\s+is|['’]s)(?P<not>\s+not|n['’]t)?\s+included{_IN_BILL_EN}\s*[.!]*"),
                lazy(rf"(?P<ask>Does)\s+the\s+(?P<bill>bill)\s+include\s+{_FEE_EN}\s*\?+")]


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about tipping, keeping the change or service included; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _need(text) or _much(text) or _did(text) or _often(text) or _change(text) or _included(text)
    return _said_vi(text) or _much_vi(text) or _no_need_vi(text) or _included_vi(text)


def _subject(m: re.Match, asked: bool, generic: str) -> tuple[str, bool] | None:
    """Who of a match of _SUBJECT in English, and whether it takes "does": "people" for "người ta", `generic` for no
    one said; None for "anh", "chị" … alone telling (mt.hobbies.who)."""
    if m["people"]:
        return "people", False
    return who(m, asked) if m["who"] or m["kin"] or m["titled"] or m["given"] else (generic, False)


def _tip_en(m: re.Match, form: int) -> str:
    """The tip of a match of _TIP in English, in the `form` of _FORMS (0 base, 1 past …): "leave a tip for the
    waiter", "tipped the driver", "given the waiter a tip"."""
    if m["r2"]:
        return f"{_FORMS['give'][form]} the {TIPPED[keyed(m['r2'])]} a tip"
    whom = f" the {TIPPED[keyed(m['r'])]}" if m["r"] else ""
    return f"{_FORMS['leave'][form]} a tip{' for' * bool(whom)}{whom}" if m["leave"] else f"{_FORMS['tip'][form]}{whom}"


def _place(m: re.Match) -> str | None:
    """Where of a match (groups place0 and place, or place), a space before it: " in Vietnam"; "" for none; None for
    two."""
    first, then = m.groupdict().get("place0"), m["place"]
    return None if first and then else f" {PLACES[keyed(first or then)]}" if first or then else ""


def _need(text: str) -> str | None:
    """"Có cần để lại tiền boa không?" as "Do I need to leave a tip?", "Ở Việt Nam có phải để tiền boa không?" as
    "Do you have to tip in Vietnam?", "Bạn không cần boa ở đây." as "You don't need to tip here.", "Tôi có nên boa
    cho tài xế không?" as "Should I tip the driver?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["dau"] and not m["not"]:
        return None
    place = _place(m)
    said = None if place is None else _subject(m, asked, "you" if place or not asked else "I")
    if said is None:
        return None
    who_, one = said
    act, modal = f"{_tip_en(m, 0)}{place}", keyed(m["modal"])
    if modal == "nên":
        should = "shouldn't" if m["not"] else "should"
        return f"Should {who_} {act}?" if asked else capitalised(f"{who_} {should} {act}.")
    verb = "need" if modal.startswith("cần") else "have"
    return present(who_, one, verb, f"to {act}", asked, bool(m["not"]))


def _much(text: str) -> str | None:
    """"Tôi nên boa bao nhiêu?" as "How much should I tip?", "Ở Việt Nam thường boa bao nhiêu?" as "How much do
    people usually tip in Vietnam?", "Bao nhiêu tiền boa là đủ?" as "How much should I tip?" (_MUCH, _ENOUGH); None
    for anything else, and for "Bạn boa bao nhiêu?" (does or did?)."""
    if m := _ENOUGH.fullmatch(text):
        return f"How much should {'you' if m['place'] else 'I'} tip{_place(m)}?"
    m = _MUCH.fullmatch(text)
    place = _place(m) if m else None
    if place is None or not (m["should"] or m["enough"] or m["usual"] or m["did"]) or m["enough"] and (
            m["usual"] or m["did"]) or m["leave"] and not m["should"]:
        return None
    said = _subject(m, True, "people" if m["usual"] else "" if m["did"] else "you" if place else "I")
    if not said or not said[0]:
        return None
    who_, one = said
    whom = f" the {TIPPED[keyed(m['r'])]}" if m["r"] else ""
    if m["leave"]:
        return f"How much should {who_} leave as a tip{place}?"
    if m["usual"]:
        return f"How much {'does' if one else 'do'} {who_} usually tip{whom}{place}?"
    return f"How much {'did' if m['did'] else 'should'} {who_} tip{whom}{place}?"


def _did(text: str) -> str | None:
    """"Tôi để lại tiền boa cho người phục vụ." as "I left a tip for the waiter.", "Mẹ tôi đã boa cho tài xế." as "My
    mother tipped the driver.", "Tôi vừa boa cho tài xế." as "I've just tipped the driver.", "Bạn đã để lại tiền boa
    chưa?" as "Have you left a tip?" (_DID); None for anything else, and for "Tôi boa cho tài xế." (does or did?)."""
    m = _DID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["table"] and not m["leave"] or m["r"] and m["r2"]:
        return None
    said, tense = who(m, asked), keyed(m["tense"] or "")
    if said is None or asked and (m["yet"] or m["done"] or tense not in ("", "đã")) or m["yet"] and m["done"]:
        return None
    who_, one = said
    done, table, have = _tip_en(m, 2), " on the table" * bool(m["table"]), "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {done}{table}?"
    if m["yet"]:
        return capitalised(f"{who_} {have}n't {done}{table} yet.")
    if tense in ("vừa", "mới", "vừa mới") or m["done"]:
        return capitalised(contracted(who_, f"{have} {'already' if m['done'] else 'just'} {done}{table}."))
    return capitalised(f"{who_} {_tip_en(m, 1)}{table}.") if tense or m["leave"] else None


def _often(text: str) -> str | None:
    """"Tôi luôn boa." as "I always tip.", "Ở Việt Nam người ta thường không boa." as "People don't usually tip in
    Vietnam.", "Ở Việt Nam người ta có boa không?" as "Do people tip in Vietnam?", "Bạn có thường boa không?" as "Do
    you usually tip?" (_OFTEN); None for anything else, and for "Bạn có boa không?" (does or did?)."""
    m = _OFTEN.fullmatch(text)
    asked = bool(m and m["asked"])
    place = _place(m) if m else None
    if place is None or asked != ("?" in m["end"]) or asked != bool(m["ask"]):
        return None
    often = OFTEN[keyed(m["often"])] if m["often"] else ""
    someone = m["who"] or m["kin"] or m["given"] or m["titled"] or m["people"]
    if m["not"] and (asked or often not in ("usually", "")) or asked and often == "never" or not (
            often or asked and (place or m["people"])) or not (someone or place):
        return None
    said = _subject(m, asked, "people")
    if said is None:
        return None
    who_, one = said
    often = f" {often}" if often else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{often} {_tip_en(m, 0)}{place}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t{often} {_tip_en(m, 0)}{place}.")
    return capitalised(f"{who_}{often} {_tip_en(m, 3 if one else 0)}{place}.")


def _change(text: str) -> str | None:
    """"Khỏi thối." and "Anh cứ giữ tiền thừa nhé." as "Keep the change." (_CHANGE); None for anything else."""
    return "Keep the change." if _CHANGE.fullmatch(text) else None


def _included(text: str) -> str | None:
    """"Đã bao gồm phí phục vụ chưa?" as "Is service included?", "Tiền boa đã được tính vào hóa đơn chưa?" as "Is the
    tip included in the bill?", "Giá chưa bao gồm phí phục vụ." as "Service isn't included in the price."
    (_INCLUDED); None for anything else, and for "phí dịch vụ" in the price (mt/patterns.py's)."""
    m = next((m for p in _INCLUDED if (m := p.fullmatch(text))), None)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["yet"] and (asked or m["done"] or m["already"]) or asked and (
            m["already"] or m.groupdict().get("ask") and keyed(m["asked"]) != "không"):
        return None
    what, bill = FEES[keyed(m["what"])], f" in {_BILLS[keyed(m['bill'])]}" if m["bill"] else ""
    if keyed(m["what"]) == "phí dịch vụ" and bill:
        return None
    if asked:
        return f"Is {what} included{bill}?"
    be = "isn't" if m["yet"] else "is"
    return capitalised(f"{what} {be} included{bill}.")


def _who_vi(m: re.Match, generic: bool) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "người ta" for "people", ""
    for "you" asked of a place (`generic`: "Do you have to tip in Vietnam?" "Ở Việt Nam có phải boa không?")."""
    if m["people"]:
        return "người ta", False
    said = who_vi(m)
    return ("", False) if generic and said[0] == "bạn" and m["who"] else said


def _tip_vi(m: re.Match) -> str:
    """The tip of a match of _TIP_EN in Vietnamese: "để lại tiền boa cho người phục vụ", "boa cho tài xế"."""
    r = m["r"] or m["r2"] or m["r3"]
    whom, table = f" cho {TIPPED_VI[r]}" if r else "", " trên bàn" if m["table"] else ""
    return f"{'để lại tiền boa' if m['leave'] else 'boa'}{whom}{table}"


def _said(*words: str) -> str:
    """Words joined by one space, those empty left out, as a sentence with a capital."""
    return capitalised(" ".join(" ".join(words).split()))


def _said_vi(text: str) -> str | None:
    """"Do I need to tip?" as "Tôi có cần boa không?", "Do you have to tip in Vietnam?" as "Ở Việt Nam có phải boa
    không?", "Should I tip the driver?" as "Tôi có nên boa cho tài xế không?", "You don't have to tip here." as "Ở đây
    bạn không phải boa.", "Do you tip in Vietnam?" as "Ở Việt Nam người ta có boa không?", "I left a tip for the
    waiter." as "Tôi đã để lại tiền boa cho người phục vụ.", "I always tip." as "Tôi luôn boa." (_SAID_EN, _SAID_VI);
    None for anything else, and where "does", "has", "tips" … does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["aux"]) != ("?" in m["end"]) or m["table"] and not m["leave"]:
        return None
    aux, neg, modal = (" ".join((g or "").lower().replace("’", "'").split()) for g in (m["aux"], m["neg"], m["modal"]))
    verb = (m["leave"] or m["tip"] or m["gave"]).lower()
    form = "s" if verb in ("leaves", "tips") else "past" if verb in ("left", "tipped", "gave") else ""
    key = (_KINDS.get(aux, aux), _KINDS.get(neg, neg), _KINDS.get(modal, modal))
    finite = next((w for w in (aux, neg, modal) if w), form)  # (the word that agrees with who)
    place = PLACES_VI[m["place"].lower()] if m["place"] else ""
    who_, one = _who_vi(m, bool(place) and key[0] in ("do", "should"))
    often = OFTEN_VI[m["often"].lower()] if m["often"] else ""
    if key not in _SAID_VI or _ONE.get(finite, one) != one or modal in ("needs to", "has to") and finite != modal:
        return None  # ("Does she tip", "She don't", "Does she needs to")
    if (form == "past") != ("have" in key[:2]) and key != ("", "", "") or form == "s" and finite != "s" or (
            m["gave"] and key != ("", "", "")) or m["yet"] and "have" not in key[:2]:
        return None  # ("Have you tip", "Do you tips", "Did you gave", "I tipped yet")
    if often and (key not in (("do", "", ""), ("", "", "")) or form == "past" or key[0] and often in (
            "không bao giờ", "hiếm khi")) or m["often2"] and key != ("", "do", ""):
        return None
    said = "{who} đã {tip}." if key == ("", "", "") and form == "past" else _SAID_VI[key]
    who_ = who_ or ("người ta" if key == ("do", "", "") else "")  # ("Do you tip in Vietnam?": do people)
    return _said(place, said.format(who=who_, tip=_tip_vi(m), often=often, usually="thường" * bool(m["often2"])))


def _much_vi(text: str) -> str | None:
    """"How much should I tip?" as "Tôi nên boa bao nhiêu?", "How much do you tip in Vietnam?" as "Ở Việt Nam người
    ta thường boa bao nhiêu?", "How much did you tip the driver?" as "Bạn đã boa cho tài xế bao nhiêu?" (_MUCH_EN);
    None for anything else, and where "does" does not agree with who."""
    m = _MUCH_EN.fullmatch(text)
    if not m or m["aux"] in ("do", "does") and (m["aux"] == "does") != _who_vi(m, False)[1] or m["leave"] and (
            m["aux"] != "should") or m["often"] and m["aux"] not in ("do", "does"):
        return None
    place = PLACES_VI[m["place"].lower()] if m["place"] else ""
    who_, whom = _who_vi(m, bool(place))[0], f" cho {TIPPED_VI[m['r']]}" if m["r"] else ""
    if m["leave"]:
        return _said(place, who_, "nên để lại bao nhiêu tiền boa?")
    if m["aux"] == "did":
        return None if place else _said(who_, f"đã boa{whom} bao nhiêu?")
    if m["aux"] == "should" or who_ in ("tôi", "chúng tôi") and not m["often"]:  # ("How much do I tip?": should)
        return _said(place, who_, f"nên boa{whom} bao nhiêu?")
    return _said(place, who_ or "người ta", f"thường boa{whom} bao nhiêu?")


def _no_need_vi(text: str) -> str | None:
    """"There's no need to tip." as "Không cần boa đâu.", "No need to tip here." as "Ở đây không cần boa đâu."
    (_NO_NEED_EN); "You can keep the change." as "Bạn cứ giữ tiền thừa nhé." (_CHANGE_EN); None for anything else."""
    if _CHANGE_EN.fullmatch(text):
        return "Bạn cứ giữ tiền thừa nhé."
    m = _NO_NEED_EN.fullmatch(text)
    return _said(PLACES_VI[m["place"].lower()] if m["place"] else "", "không cần boa đâu.") if m else None


def _included_vi(text: str) -> str | None:
    """"Is the service charge included?" as "Đã bao gồm phí phục vụ chưa?", "Is the tip included in the bill?" as
    "Hóa đơn đã bao gồm tiền boa chưa?", "Service isn't included." as "Chưa bao gồm phí phục vụ." (_INCLUDED_EN);
    None for anything else, and for "Is service included?" (the phrasebook's)."""
    m = next((m for p in _INCLUDED_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    what, bill = FEES_VI[m["what"].lower()], _BILLS_VI[m["bill"]] if m["bill"] else ""
    if m.groupdict().get("ask"):
        return _said(bill, f"đã bao gồm {what} chưa?")
    return _said(bill, f"{'chưa' if m['not'] else 'đã'} bao gồm {what}.")
