"""Asking for and settling the bill in a restaurant or café, both ways, written whole by rule: the bill asked for
("tính tiền"), a receipt, a VAT invoice ("hóa đơn đỏ") issued for whose company, paying separately or on one bill,
each paying for themselves, one paying for everyone, and a mistake on the bill. v8 (the rules on) reads "tính tiền" as
calculating money, "xuất" as exporting and "riêng" as a personality: "Chị ơi, tính tiền cho em." → "Excuse me,
calculates your money.", "Cho em xin hóa đơn nhé." → "Let me be Billed.", "Anh ơi, xuất hóa đơn đỏ cho công ty em."
→ "Excuse me, export red bills for your company.", "Tính riêng cho bọn em nhé." → "Calculates your personality for
us.", "Tính chung hay tính riêng ạ?" → "Is the general calculation or personality?", "Ai ăn nấy trả." → "Everybody
ates aggregate.", "Hình như hóa đơn tính nhầm." → "It looks like confusion bills.", "Cho em xin biên lai." → "Let me
have the future."; and back, "Could we have the bill, please?" → "Xin vui lòng chúng ta có thể dự luật được không?"
(a law), "Can we get the check, please?" → "… có thể kiểm tra được không?", "Could you issue a VAT invoice for my
company?" → "… phát hành một đơn hàng gửi VAT …", "There's a mistake on the bill." → "Có sai lầm về dự luật.",
"Together or separately?" → "Riêng biệt hay không?".

Taken: the bill asked for by the speaker ("Tính tiền cho em.", "Cho chúng tôi tính tiền nhé.", "Cho em xin hóa đơn.":
the bill, as the phrasebook reads "Cho tôi xin hóa đơn."; "Could I have the bill, please?", "We'd like the check.") or
bare ("Tính tiền đi.": "The bill, please."), after a call ("Chị ơi,": "Excuse me,"); a receipt ("biên lai"); a VAT
invoice asked for ("Xuất hóa đơn đỏ cho công ty em.", "Can I get a VAT invoice?"), whether a place issues them ("Ở đây",
"Bên chị", "Quán này": "this place"), who needs one (mt.hobbies.WHO, WHO_EN; said, denied, asked); separate bills or one
bill ("Tính riêng cho bọn em nhé."), the waiter's "together or separately?", each paying for themselves ("Ai ăn nấy
trả."); the speaker paying for everyone or the whole table; a mistake on the bill (said, "hình như": I think, denied,
asked) and the bill checked again. Who the bill is for is the speaker: "tôi", "em", "chúng tôi", "bọn em" …; "anh",
"chị" only after "Em ơi", "cháu" only after an elder's call. Left: "mình" (I, or we?), "Em ơi, … cho em" and "Em ơi, …
cho bọn em" (who?), "em" asking with "ạ" (the speaker: "Em có cần hóa đơn đỏ không ạ?"), a statement ending "vậy",
"thế" (so, then), "Tính tiền?" and "Tính tiền được không?" (who pays?), "thanh toán" (mt/transfers.py: "Chúng tôi muốn
thanh toán."), "tính nhầm" without "hóa đơn" (change, or any sum?), "nhầm" without "tính" ("Hóa đơn bị nhầm.": mixed
up with another's?), "Chị có xuất hóa đơn đỏ không?" (do, or did?), "cần xuất" (need one, or need to issue one?), "Xuất
hóa đơn đỏ." and "Xem lại hóa đơn." bare (asked, or done?), and with "nhé?" (the cashier offering: shall I?), "The
bill." with no "please" or "Excuse me" (handed over?), "in the bill" (a law?), a company without whose, a pet,
splitting the bill ("chia tiền"), treats, paying separately, "It's on me" and "Let me get the bill" (mt/bills.py and
the phrasebook), "Could I have a receipt?" (mt/shopping.py), "The bill is wrong." (the phrasebook), a bill as a law or a
man, utility bills (mt/utility_bills.py), and anything else.
mt.phrasebook.translate tries these after mt/updates.py.

    >>> translate("Chị ơi, tính tiền cho em.", "vi", "en"), translate("Could we have the bill, please?", "en", "vi")
    ('Excuse me, could I have the bill, please?', 'Cho chúng tôi tính tiền.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, em_speaking, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, STRESSED_SAID, alternatives, capitalised, keyed, present

_KEYS = {"vi": lazy(r"(?i:tính\s+tiền|tính\s+riêng|tính\s+chung|hóa\s+đơn|hoá\s+đơn|biên\s+lai|nấy|trả\s+cho|"
                    r"trả\s+tiền\s+cho)"),
         "en": lazy(r"(?i:bill|check|receipt|invoice|separately|pay\s+for\s+every|pay\s+for\s+the\s+whole)")}
# the speaker, as the bill is asked "for" them ("cho em"); "anh", "chị", "cháu" only after a call that says so
_SELF = {"tôi": "I", "em": "I", "anh": "I", "chị": "I", "cháu": "I", "chúng tôi": "we", "chúng em": "we",
         "bọn em": "we", "bọn tôi": "we", "tụi em": "we", "tụi tôi": "we", "chúng mình": "we", "bọn mình": "we",
         "tụi mình": "we", "chúng cháu": "we"}
_SELF_EN = {"I": ("tôi", "me", "my"), "we": ("chúng tôi", "us", "our")}
_FOR_EN = {"me": "tôi", "us": "chúng tôi", "my company": "công ty tôi", "our company": "công ty chúng tôi"}
_ELDERS = {"cô", "chú", "bác", "ông", "bà"}
_ALL = {"mọi người": "everyone", "cả bàn": "the whole table", "cả nhóm": "the whole group"}
_ALL_VI = {en: vi for vi, en in _ALL.items()}
_PLACES = {"quán này": "this place", "nhà hàng này": "this restaurant"}  # (asked whether it issues VAT invoices)

# a call before it ("Chị ơi,": "Excuse me,")
_CALL = r"(?:(?P<call>anh|chị|em|cô|chú|bác|bạn|ông|bà|cháu)\s+ơi\s*,?\s+)?"
_FOR = rf"(?:{alternatives(_SELF)})"
_HOA_DON = r"(?:hóa|hoá)\s+đơn"
_VAT = rf"(?:{_HOA_DON}\s+(?:đỏ|vat|gtgt|giá\s+trị\s+gia\s+tăng))"
# a request's end: "với", "nhé", "đi", "được không?", "ạ" (group soft), and the sentence's end
_PLEASE = r"(?:\s+(?P<soft>với|nhé|nha|đi|được\s+không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)"
# the bill, a receipt or a VAT invoice asked for ("Tính tiền cho em.", "Cho em xin hóa đơn đỏ.")
_ASK = lazy(rf"(?i){_CALL}(?:làm\s+ơn\s+)?(?:cho\s+(?P<for>{_FOR})\s+(?:xin\s+)?(?P<what>tính\s+tiền|{_VAT}|"
            rf"{_HOA_DON}|biên\s+lai)|(?P<calc>tính\s+tiền)(?:\s+(?:cho|giúp|giùm)\s+(?P<for2>{_FOR}))?){_PLEASE}")
# a VAT invoice issued ("Xuất hóa đơn đỏ cho công ty em nhé.")
_ISSUE = lazy(rf"(?i){_CALL}(?:làm\s+ơn\s+)?xuất(?:\s+(?:giúp|giùm)\s+(?P<for2>{_FOR}))?\s+{_VAT}(?:\s+cho\s+"
              rf"(?P<co>công\s+ty\s+)?(?P<for>{_FOR}))?(?:\s+(?:giúp|giùm)\s+(?P<for3>{_FOR}))?{_PLEASE}")
# ... whether a place issues them ("Ở đây có xuất hóa đơn đỏ không?"), and who needs one
_ISSUES = lazy(rf"(?i)(?P<here>ở\s+đây|quán\s+mình|quán\s+này|nhà\s+hàng\s+này|bên\s+(?:anh|chị|em|mình|bạn))\s+có\s+"
               rf"xuất\s+{_VAT}"
               r"\s+không\s*(?P<end>\?+)")
_NEED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?cần\s+(?:lấy\s+)?(?i:{_VAT}){ASKED_END}")
# separate bills or one ("Tính riêng cho bọn em nhé."), and the waiter's asking which
_SPLIT = lazy(rf"(?i){_CALL}(?:làm\s+ơn\s+)?(?:cho\s+(?P<for>{_FOR})\s+tính\s+(?P<how>riêng|chung)|tính\s+"
              rf"(?P<how2>riêng|chung)(?:\s+(?:cho|giúp|giùm)\s+(?P<for2>{_FOR}))?){_PLEASE}")
_WHICH = lazy(r"(?i)(?:(?P<you>anh\s+chị|các\s+anh|các\s+chị|các\s+bạn|mọi\s+người|quý\s+khách)\s+(?:muốn\s+)?)?"
              r"tính\s+chung\s+hay\s+(?:tính\s+)?riêng(?:\s+ạ)?\s*\?+")
# each pays for themselves ("Ai ăn nấy trả.", "Ai trả phần người nấy nhé.")
_EACH = lazy(r"(?i)(?:ai\s+ăn\s+nấy\s+trả|ai\s+trả\s+phần\s+(?:người\s+)?nấy|ai\s+trả\s+nấy|mạnh\s+ai\s+nấy\s+trả)"
             r"(?:\s+(?:nhé|nha|đi|thôi))?\s*(?P<end>[.!]*)")
# the speaker paying for everyone ("Để tôi trả cho cả bàn.")
_ALL_PAY = lazy(rf"(?i)để\s+(?P<self>tôi|chúng\s+tôi)\s+trả(?:\s+tiền)?\s+cho\s+(?P<all>{alternatives(_ALL)})"
                r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# a mistake on the bill ("Hình như hóa đơn tính nhầm.", "Hóa đơn có bị tính sai không?"); "nhầm" only after "tính"
# ("Hóa đơn bị nhầm.": a bill mixed up with another table's?)
_WRONG = lazy(rf"(?i){_CALL}(?:(?P<think>hình\s+như|có\s+lẽ|(?:tôi|em)\s+(?:nghĩ|thấy)(?:\s+là)?)\s+)?{_HOA_DON}"
              r"(?P<this>\s+này)?\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:bị\s+)?(?:tính\s+(?:sai|nhầm)|sai)"
              r"(?:\s+(?P<done>rồi)|\s+(?P<at_all>đâu))?(?:\s+(?P<asked>không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# the bill checked again ("Kiểm tra lại hóa đơn giúp em với.")
_CHECK = lazy(rf"(?i){_CALL}(?:làm\s+ơn\s+)?(?:kiểm\s+tra|xem)\s+lại\s+{_HOA_DON}(?P<this>\s+này)?"
              rf"(?:\s+(?:giúp|giùm|cho)\s+(?P<for>{_FOR}))?{_PLEASE}")

# ... in English (a call before it: "Excuse me,")
_EXCUSE = r"(?:(?P<excuse>Excuse\s+me),?\s+)?"
_CAN = r"(?:[Cc]ould|[Cc]an|[Mm]ay)"
_PLEASE_EN = r"(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)"
_BILL_EN = lazy(rf"{_EXCUSE}(?:(?:{_CAN}\s+(?P<who>I|we)\s+(?:have|get)|(?P<like>I|We|we)['’]d\s+like|"
                rf"{_CAN}\s+you\s+bring\s+(?P<whom>me|us))\s+the\s+(?:bill|check)|(?P<bare>[Tt]he\s+(?:bill|check)))"
                rf"{_PLEASE_EN}")
_VAT_EN = lazy(rf"{_EXCUSE}(?:{_CAN}\s+you\s+(?:please\s+)?issue\s+(?:(?P<to>me|us)\s+)?a\s+VAT\s+invoice(?:\s+for\s+"
               rf"(?P<for>me|us|my\s+company|our\s+company))?|{_CAN}\s+(?P<who>I|we)\s+(?:have|get)\s+a\s+VAT\s+"
               rf"invoice){_PLEASE_EN}")
_ISSUES_EN = lazy(r"Do\s+you\s+issue\s+VAT\s+invoices(?P<here>\s+here)?\s*\?+")
_NEED_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>do\s+not|does\s+not|don['’]t|doesn['’]t))?\s+"
                r"(?P<verb>needs?)\s+a\s+VAT\s+invoice\s*(?P<end>[.!?]*)")
_SPLIT_EN = lazy(rf"{_EXCUSE}(?:{_CAN}\s+we\s+(?:have|get)\s+(?P<how>separate\s+bills|one\s+bill)|"
                 rf"(?P<bare>Separate\s+bills|One\s+bill)){_PLEASE_EN}")
_WHICH_EN = lazy(r"(?:(?P<you>Would\s+you\s+like|Do\s+you\s+want)\s+to\s+pay\s+together|Together)\s+or\s+separately"
                 r"\s*\?+")
_ALL_PAY_EN = lazy(rf"(?:Let\s+me|I['’]ll)\s+pay\s+for\s+(?P<all>{alternatives(_ALL_VI)})\s*(?P<end>[.!]*)")
_WRONG_EN = lazy(r"(?:(?P<think>I\s+think)\s+)?(?:(?P<q>Is)\s+there|[Tt]here(?:['’]s|\s+is))\s+(?P<no>no\s+|a\s+)"
                 r"mistake\s+on\s+(?P<det>the|this)\s+bill\s*(?P<end>[.!?]*)")
_CHECK_EN = lazy(rf"{_EXCUSE}{_CAN}\s+you\s+check\s+(?P<det>the|this)\s+bill\s+again(?:\s+for\s+(?P<whom>me|us))?"
                 rf"{_PLEASE_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for the bill, a receipt or a VAT invoice, asks for separate bills or
    one, offers to pay for everyone, or says the bill has a mistake; None for any other."""
    if src == "vi":
        return (_ask(text) or _issue(text) or _issues(text) or _need(text) or _split(text) or _which(text) or
                _each(text) or _all_pay(text) or _wrong(text) or _check(text))
    text = text.replace("’", "'")
    return (_bill_vi(text) or _vat_vi(text) or _issues_vi(text) or _need_vi(text) or _split_vi(text) or
            _which_vi(text) or _all_pay_vi(text) or _wrong_vi(text) or _check_vi(text))


def _speaker(m: re.Match, *groups: str) -> str | None:
    """The speaker ("I", "we") of the first of `groups` said in a Vietnamese match, as the call before it allows ("Em
    ơi, … cho anh": the speaker is "anh"; "Em ơi, … cho em" or "… cho bọn em": who?); "" where none is said; None
    where not the speaker, or more than one is said."""
    said = [keyed(m[g]) for g in groups if m[g]]
    if len(said) > 1:
        return None
    if not said:
        return ""
    call, self_ = keyed(m["call"] or ""), said[0]
    # ("Em ơi, … cho bọn em": the one called is "em", so "bọn em" is not the speaker's side, or not only)
    if call in ("em", "cháu") and self_.split()[-1] == call or self_ in ("anh", "chị") and call != "em" or (
            self_ == "cháu" and call not in _ELDERS):
        return None
    return _SELF[self_]


def _requested(m: re.Match, said: str) -> str | None:
    """A request read from a match ending in _PLEASE, in English with the call ("Excuse me, could I …?"); None where a
    "?" ends it without "nhé", "nha" or "được không" asking."""
    if "?" in m["end"] and keyed(m["soft"] or "") not in ("nhé", "nha", "được không"):
        return None
    return f"Excuse me, {said[0].lower()}{said[1:]}" if m["call"] else said


def _offered(m: re.Match, self_: str) -> bool:
    """Whether a match ending in _PLEASE, said to no one and for no one, asks with "nhé?" or "nha?": the one who
    serves may be offering it ("Xuất hóa đơn đỏ nhé?": shall I issue one?), not the customer asking."""
    return not (self_ or m["call"]) and "?" in m["end"] and keyed(m["soft"] or "") in ("nhé", "nha")


def _ask(text: str) -> str | None:
    """"Tính tiền cho em." as "Could I have the bill, please?", "Cho chúng tôi xin hóa đơn đỏ." as "Could we have a
    VAT invoice, please?", "Cho em xin biên lai." as "Could I have a receipt, please?", "Anh ơi, tính tiền!" as "Excuse
    me, the bill, please!" (_ASK); None for anything else, and "Tính tiền được không?" (who pays?)."""
    m = _ASK.fullmatch(text)
    if not m or (self_ := _speaker(m, "for", "for2")) is None:
        return None
    if not self_:
        if m["soft"] and keyed(m["soft"]) == "được không" or "?" in m["end"]:
            return None
        return _requested(m, f"The bill, please{'!' if '!' in m['end'] else '.'}")
    what = keyed(m["what"] or "")
    thing = ("a receipt" if what == "biên lai" else "the bill" if what in ("tính tiền", "") or what.endswith("đơn")
             else "a VAT invoice")
    return _requested(m, f"Could {self_} have {thing}, please?")


def _issue(text: str) -> str | None:
    """"Anh ơi, xuất hóa đơn đỏ cho công ty em." as "Excuse me, could you issue a VAT invoice for my company?", "Xuất
    giúp em hóa đơn VAT nhé." as "Could you issue a VAT invoice for me?" (_ISSUE); None for anything else, and a bare
    "Xuất hóa đơn đỏ." (asked, or said what was done?) or "Xuất hóa đơn đỏ nhé?" (the cashier offering?)."""
    m = _ISSUE.fullmatch(text)
    if not m or (self_ := _speaker(m, "for", "for2", "for3")) is None or m["co"] and not m["for"]:
        return None
    if not (m["call"] or m["soft"] or self_) or _offered(m, self_):
        return None  # ("Xuất hóa đơn đỏ.": asked, or what was done?; "… nhé?": shall I?)
    whom = {"I": "me", "we": "us", "": ""}[self_]
    if m["co"]:
        whom = f"{'my' if self_ == 'I' else 'our'} company"
    return _requested(m, f"Could you issue a VAT invoice{f' for {whom}' if whom else ', please'}?")


def _issues(text: str) -> str | None:
    """"Ở đây có xuất hóa đơn đỏ không?" as "Do you issue VAT invoices here?", "Chị có xuất hóa đơn VAT không?" as
    "Do you issue VAT invoices?", "Quán này có …?" as "Does this place issue VAT invoices?" (_ISSUES); None for
    anything else."""
    m = _ISSUES.fullmatch(text)
    if not m:
        return None
    here = keyed(m["here"])
    if here in _PLACES:  # (a place named is said: "Quán này có …?" may be asked of a friend, not of the staff)
        return f"Does {_PLACES[here]} issue VAT invoices?"
    return f"Do you issue VAT invoices{' here' if here == 'ở đây' else ''}?"


def _need(text: str) -> str | None:
    """"Tôi cần hóa đơn đỏ." as "I need a VAT invoice.", "Anh có cần xuất hóa đơn đỏ không?" as "Do you need a VAT
    invoice?", "Mẹ tôi không cần hóa đơn VAT." as "My mother doesn't need a VAT invoice." (_NEED); None for anything
    else, "em" asking with "ạ" (the speaker), "mình" (I, or we?) and a statement ending "vậy", "thế" (so, then)."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked or animal(m):
        return None  # (a pet needs no invoice)
    if em_speaking(m) or keyed(m["who"] or "") == "mình" or not asked and STRESSED_SAID.search(text):
        return None  # ("Em có cần … không ạ?": do I?; "Mình cần …": I, or we?; "… vậy.": so, then)
    said = who(m, asked)
    return said and present(*said, "need", "a VAT invoice", asked, bool(m["not"]), m["end"])


def _split(text: str) -> str | None:
    """"Tính riêng cho bọn em nhé." as "Could we have separate bills, please?", "Cho em tính riêng." as "Could I pay
    separately, please?", "Tính chung nhé." as "One bill, please." (_SPLIT); None for anything else, and one bill
    for "em" alone (put on whose bill?)."""
    m = _SPLIT.fullmatch(text)
    if not m or (self_ := _speaker(m, "for", "for2")) is None:
        return None
    apart = keyed(m["how"] or m["how2"]) == "riêng"
    if not self_:
        if m["soft"] and keyed(m["soft"]) == "được không" or "?" in m["end"]:
            return None
        return _requested(m, "Separate bills, please." if apart else "One bill, please.")
    if self_ == "I":
        return _requested(m, "Could I pay separately, please?") if apart else None
    return _requested(m, f"Could we have {'separate bills' if apart else 'one bill'}, please?")


def _which(text: str) -> str | None:
    """"Tính chung hay tính riêng ạ?" as "Together or separately?", "Anh chị muốn tính chung hay riêng ạ?" as "Would
    you like to pay together or separately?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    return m and ("Would you like to pay together or separately?" if m["you"] else "Together or separately?")


def _each(text: str) -> str | None:
    """"Ai ăn nấy trả." and "Ai trả phần người nấy nhé." as "Let's each pay for ourselves." (_EACH); None for anything
    else."""
    m = _EACH.fullmatch(text)
    return m and f"Let's each pay for ourselves{'!' if '!' in m['end'] else '.'}"


def _all_pay(text: str) -> str | None:
    """"Để tôi trả cho cả bàn." as "Let me pay for the whole table.", "Để chúng tôi trả tiền cho mọi người." as "Let us
    pay for everyone." (_ALL_PAY); None for anything else."""
    m = _ALL_PAY.fullmatch(text)
    if not m:
        return None
    us = "me" if keyed(m["self"]) == "tôi" else "us"
    return f"Let {us} pay for {_ALL[keyed(m['all'])]}{'!' if '!' in m['end'] else '.'}"


def _wrong(text: str) -> str | None:
    """"Hình như hóa đơn tính nhầm." as "I think there's a mistake on the bill.", "Hóa đơn bị sai rồi." as "There's a
    mistake on the bill.", "Hóa đơn có bị tính sai không?" as "Is there a mistake on the bill?", "Hóa đơn không bị
    sai đâu." as "There's no mistake on the bill." (_WRONG); None for anything else."""
    m = _WRONG.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (m["done"] or m["think"]) or (
            m["at_all"] and not m["not"]) or asked and (m["think"] or m["done"] or m["at_all"]):
        return None
    bill = "this bill" if m["this"] else "the bill"
    if asked:
        said = f"Is there a mistake on {bill}?"
    else:
        said = (f"{'I think there' if m['think'] else 'There'}'s {'no' if m['not'] else 'a'} mistake on {bill}"
                f"{'!' if '!' in m['end'] else '.'}")
    if not m["call"]:
        return said
    return f"Excuse me, {said if said.startswith('I ') else said[0].lower() + said[1:]}"


def _check(text: str) -> str | None:
    """"Kiểm tra lại hóa đơn giúp em với." as "Could you check the bill again for me?" (_CHECK); None for anything
    else."""
    m = _CHECK.fullmatch(text)
    if not m or (self_ := _speaker(m, "for")) is None or not (m["call"] or m["soft"] or self_) or _offered(m, self_):
        return None  # ("Xem lại hóa đơn.": asked, or what was done?; "Xem lại hóa đơn nhé?": shall we?)
    whom = {"I": " for me", "we": " for us", "": ", please"}[self_]
    return _requested(m, f"Could you check {'this' if m['this'] else 'the'} bill again{whom}?")


def _excused(m: re.Match, said: str) -> str:
    """A Vietnamese request with "Xin lỗi," where the English opened with "Excuse me,"."""
    return f"Xin lỗi, {said[0].lower()}{said[1:]}" if m["excuse"] else said


def _asking_end(m: re.Match, asks: bool) -> bool:
    """Whether an English match ends as it asks: "?" after "Could I …", not after "I'd like …"."""
    return asks == ("?" in m["end"]) or asks and not m["end"]


def _bill_vi(text: str) -> str | None:
    """"Could we have the bill, please?" as "Cho chúng tôi tính tiền.", "Excuse me, can I get the check?" as "Xin
    lỗi, cho tôi tính tiền.", "I'd like the bill, please." as "Cho tôi tính tiền.", "The check, please." as "Tính
    tiền nhé." (_BILL_EN); None for anything else, and "The bill." with no "please" or "Excuse me"."""
    m = _BILL_EN.fullmatch(text)
    if not m or not _asking_end(m, bool(m["who"] or m["whom"])):
        return None
    if m["bare"]:  # (bare, "The bill." may be the waiter handing it over, a law, a cheque)
        return None if "?" in m["end"] or not (m["please"] or m["excuse"]) else _excused(m, "Tính tiền nhé.")
    self_ = "chúng tôi" if (m["who"] or m["like"] or "").lower() == "we" or m["whom"] == "us" else "tôi"
    return _excused(m, f"Cho {self_} tính tiền.")


def _vat_vi(text: str) -> str | None:
    """"Could you issue a VAT invoice for my company?" as "Bạn xuất hóa đơn đỏ cho công ty tôi được không?", "Can I
    get a VAT invoice?" as "Cho tôi xin hóa đơn đỏ." (_VAT_EN); None for anything else."""
    m = _VAT_EN.fullmatch(text)
    if not m or not _asking_end(m, True) or m["to"] and m["for"]:
        return None
    if m["who"]:
        return _excused(m, f"Cho {_SELF_EN[m['who'] if m['who'] == 'I' else 'we'][0]} xin hóa đơn đỏ.")
    whom = m["to"] or m["for"]
    for_ = f" cho {_FOR_EN[keyed(whom)]}" if whom else ""
    return _excused(m, f"Bạn xuất hóa đơn đỏ{for_} được không?")


def _issues_vi(text: str) -> str | None:
    """"Do you issue VAT invoices?" as "Bên bạn có xuất hóa đơn đỏ không?", "… here?" as "Ở đây có xuất hóa đơn đỏ
    không?" (_ISSUES_EN); None for anything else."""
    m = _ISSUES_EN.fullmatch(text)
    return m and f"{'Ở đây' if m['here'] else 'Bên bạn'} có xuất hóa đơn đỏ không?"


def _need_vi(text: str) -> str | None:
    """"I need a VAT invoice." as "Tôi cần hóa đơn đỏ.", "Do you need a VAT invoice?" as "Bạn có cần hóa đơn đỏ
    không?", "She doesn't need a VAT invoice." as "Cô ấy không cần hóa đơn đỏ." (_NEED_EN); None for anything else,
    and where the verb does not agree with who ("She need …", "Does I …")."""
    m = _NEED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or animal(m):
        return None
    who_, one = who_vi(m)
    aux = keyed(m["q"] or m["not"] or "")
    if aux:
        if m["verb"] != "need" or one != aux.startswith("does"):
            return None
    elif (m["verb"] == "needs") != one:
        return None
    how = "có cần" if m["q"] else "không cần" if m["not"] else "cần"
    return capitalised(f"{who_} {how} hóa đơn đỏ{' không?' if m['q'] else '.'}")


def _split_vi(text: str) -> str | None:
    """"Could we have one bill, please?" as "Cho chúng tôi tính chung.", "Separate bills, please." as "Tính riêng
    nhé." (_SPLIT_EN; mt/bills.py takes "Could we have separate bills?"); None for anything else."""
    m = _SPLIT_EN.fullmatch(text)
    if not m or not _asking_end(m, not m["bare"]):
        return None
    how = "riêng" if keyed(m["how"] or m["bare"]).startswith("separate") else "chung"
    return _excused(m, f"Cho chúng tôi tính {how}." if m["how"] else f"Tính {how} nhé.")


def _which_vi(text: str) -> str | None:
    """"Together or separately?" as "Tính chung hay tính riêng ạ?", "Would you like to pay together or separately?"
    as "Quý khách muốn tính chung hay tính riêng ạ?" (_WHICH_EN); None for anything else."""
    m = _WHICH_EN.fullmatch(text)
    return m and f"{'Quý khách muốn tính' if m['you'] else 'Tính'} chung hay tính riêng ạ?"


def _all_pay_vi(text: str) -> str | None:
    """"Let me pay for everyone." and "I'll pay for everyone." as "Để tôi trả cho mọi người.", "… for the whole
    table." as "… cho cả bàn." (_ALL_PAY_EN); None for anything else."""
    m = _ALL_PAY_EN.fullmatch(text)
    return m and f"Để tôi trả cho {_ALL_VI[keyed(m['all'])]}{'!' if '!' in m['end'] else '.'}"


def _wrong_vi(text: str) -> str | None:
    """"I think there's a mistake on the bill." as "Hình như hóa đơn bị tính nhầm rồi.", "Is there a mistake on the
    bill?" as "Hóa đơn có bị tính nhầm không?", "There's no mistake on the bill." as "Hóa đơn không bị tính nhầm."
    (_WRONG_EN); None for anything else."""
    m = _WRONG_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked and (m["think"] or m["no"].startswith("no")) or (
            m["think"] and m["no"].startswith("no")):
        return None
    bill = "Hóa đơn này" if m["det"] == "this" else "Hóa đơn"
    if asked:
        return f"{bill} có bị tính nhầm không?"
    if m["no"].startswith("no"):
        return f"{bill} không bị tính nhầm."
    return f"Hình như {bill.lower()} bị tính nhầm rồi." if m["think"] else f"{bill} bị tính nhầm rồi."


def _check_vi(text: str) -> str | None:
    """"Could you check the bill again for me?" as "Bạn kiểm tra lại hóa đơn giúp tôi được không?" (_CHECK_EN); None
    for anything else."""
    m = _CHECK_EN.fullmatch(text)
    if not m or not _asking_end(m, True):
        return None
    whom = f" giúp {_FOR_EN[m['whom']]}" if m["whom"] else ""
    return _excused(m, f"Bạn kiểm tra lại hóa đơn{' này' if m['det'] == 'this' else ''}{whom} được không?")
