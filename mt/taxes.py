"""Taxes, both ways, written whole by rule: who pays, has to pay, has paid, files or evades taxes, how much tax who
pays, the tax deadline, a tax's rate, a price with VAT or without, a tax refund. v8 (rules on) reads "nộp", "đóng",
"khai" as surrender, close, open, "hoàn thuế" as total, "hạn" as cuts: "Tôi phải nộp thuế." → "I have to taxes.",
"Tôi phải đóng thuế thu nhập." → "I must tax the income.", "Anh ấy không đóng thuế." → "He doesn't tax.", "Lan phải
nộp thuế." → "You have to surrender tax.", "Tôi phải quyết toán thuế." → "I have to decide tax pay.", "Tôi đã nộp thuế
rồi." → "I've applied tax.", "Bạn đóng thuế bao nhiêu?" → "How much do you tax?", "Hạn nộp thuế là khi nào?" → "When
is tax cuts?", "Thuế thu nhập là 10%." → "Income is 10%.", "Tôi được hoàn thuế." → "I'm total tax.", "Giá chưa bao
gồm VAT." → "The price is not included in the VAT."; "When is the tax deadline?" → "Khi nào thuế chết?", "Income tax
is 10%." → "Thu nhập là 10%.", "I got a tax refund." → "Tôi có một khoản trợ cấp thuế.", "He evades taxes." → "Anh ta
đánh thuế.", "I have to file my tax return." → "Tôi phải tập tin trả về thuế của tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) pays ("nộp", "đóng"), files ("khai": taxes; "quyết toán": a tax return) or
evades ("trốn") taxes or a kind of KINDS: does, does not, asked, has to, needs to, need not, will, has ("đã … rồi"),
has not yet ("chưa"), has yet ("đã … chưa?"), just, every year (mt.hobbies.EVERY and more), a sum (mt.amounts); how
much tax who pays; the deadline, asked or said with a day (mt.free_time.when); a kind's rate in per cent; a price with
VAT or tax or without, and whether it is included; who got, just got, has got ("rồi") or will get a tax refund (a
sum), has had it yet or not. Left: "Giá (này) đã/có bao gồm VAT chưa/không?", "Does the price include VAT?"
(mt/patterns.py's), "anh", "chị", "em" alone saying it (may be the speaker), "Bạn có được hoàn thuế không?" (did,
does or will?), whose unknown for a name alone ("Lan đã nộp thuế rồi.": his or her taxes?), "Thuế cao quá." (v8 has
it), sums not of đồng, per cents with decimals, a date that cannot be ("ngày 30 tháng 2"), fines (mt/fines.py), bills
(mt/bills.py), deadlines at work (mt/deadlines.py).
mt.phrasebook.translate tries these after mt/military_service.py.

    >>> translate("Tôi phải nộp thuế.", "vi", "en"), translate("When is the tax deadline?", "en", "vi")
    ('I have to pay taxes.', 'Hạn nộp thuế là khi nào?')
"""
from __future__ import annotations

import calendar
import re

from . import amounts
from . import text as _text
from .free_time import when
from .hobbies import EVERY, WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .terms import his_her
from .text import EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, keyed, stop

# kinds of tax, after "thuế" (the first Vietnamese of each English is written back)
KINDS = {"thu nhập cá nhân": "personal income tax", "TNCN": "personal income tax", "thu nhập": "income tax",
         "thu nhập doanh nghiệp": "corporate income tax", "VAT": "VAT", "GTGT": "VAT", "giá trị gia tăng": "VAT",
         "nhà đất": "property tax", "đất": "land tax"}
KINDS_VI = {en: vi for vi, en in reversed(KINDS.items())} | {"corporation tax": "thu nhập doanh nghiệp"}
_KINDS_KEYED = {keyed(vi): en for vi, en in KINDS.items()}
_KINDS_VI_KEYED = {keyed(en): vi for en, vi in KINDS_VI.items()}
_EVERY = EVERY | {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year",
                  "mỗi tháng": "every month", "hằng tháng": "every month", "hàng tháng": "every month"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thuế|vat)"), "en": lazy(r"(?i:tax|vat)")}

_TAX = rf"thuế(?:\s+(?P<kind>(?i:{alternatives(KINDS)})))?"
_SUM = r"(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?)"  # (mt.amounts says whether it is a sum, and which)
_EVERY_AT = rf"(?:(?P<every0>(?i:{alternatives(_EVERY)}))\s+)?"
# who pays, files or evades ("Tôi phải nộp thuế.", "Bạn đã khai thuế chưa?", "Anh ấy trốn thuế.")
_VERBS = {"nộp": "pay", "đóng": "pay", "khai": "file", "kê khai": "file", "quyết toán": "return",
          "nộp tờ khai": "return", "trốn": "evade"}
_MOOD = r"phải|cần|không\s+phải|không\s+cần|không|có\s+phải|có|sẽ|đã|chưa|vừa\s+mới|vừa|mới"
_PAY = lazy(rf"{_EVERY_AT}{WHO}\s+(?:(?P<mood>(?i:{_MOOD}))\s+)?(?P<verb>{alternatives(_VERBS)})\s+{_TAX}"
            rf"(?:\s+{_SUM})?(?:\s+(?P<every>{alternatives(_EVERY)}))?(?:\s+(?P<done>rồi|chưa))?{_text.ASKED_END}")
# ... its mood in English, by the word before the verb, the word after and whether it is asked
_MOODS = {("", "", False): "plain", ("không", "", False): "not", ("có", "", True): "ask", ("phải", "", False): "must",
          ("cần", "", False): "need", ("không phải", "", False): "mustnt", ("không cần", "", False): "neednt",
          ("có phải", "", True): "ask_must", ("sẽ", "", False): "will", ("đã", "", False): "done",
          ("đã", "rồi", False): "done", ("", "rồi", False): "done", ("chưa", "", False): "notyet",
          ("đã", "chưa", True): "ask_done", ("", "chưa", True): "ask_done", ("vừa", "", False): "just",
          ("vừa mới", "", False): "just", ("mới", "", False): "just"}
_PERFECT = {"done", "notyet", "ask_done", "just"}
_HABIT = {"plain", "not", "ask", "must", "need"}  # (the moods said with "every year")
_SUMMED = {"plain", "must", "need", "will", "done", "just", "past"}  # (… and with a sum)
# how much tax who pays ("Bạn đóng thuế bao nhiêu?", "Mỗi năm bạn phải nộp bao nhiêu tiền thuế?")
_HOW_MUCH = lazy(rf"{_EVERY_AT}{WHO}\s+(?:(?P<mood>phải|đã)\s+)?(?:nộp|đóng)\s+(?:{_TAX}\s+bao\s+nhiêu(?:\s+tiền)?|"
                 rf"bao\s+nhiêu\s+(?:tiền\s+)?{_TAX.replace('<kind>', '<kind2>')})"
                 rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?{SOFTENED_END}")
# the deadline ("Hạn nộp thuế là khi nào?", "Khi nào là hạn quyết toán thuế?", "Hạn nộp thuế là ngày 31 tháng 3.")
_DEADLINE = lazy(r"(?:(?P<when0>[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+(?:là\s+|hết\s+)?)?(?i:hạn)(?:\s+(?:chót|cuối))?\s+"
                 rf"(?:để\s+)?(?P<verb>nộp|đóng|khai|quyết\s+toán)\s+{_TAX}(?:\s+(?:là\s+)?(?:(?P<when>khi\s+nào|"
                 rf"bao\s+giờ|ngày\s+nào|hôm\s+nào)|(?P<day>[^.!?]+?)))?{SOFTENED_END}")
# ... a date in it as mt.free_time.when writes it, to tell one that cannot be ("ngày 30 tháng 2": "February 30")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DATE_OF = lazy(rf"(?P<mon>{'|'.join(_MONTHS)})\s+(?P<d>\d{{1,2}})(?:,\s+(?P<y>\d{{4}}))?|"
                r"ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s+năm\s+(?P<y2>\d{4}))?")
# a kind's rate ("Thuế thu nhập là 10%.", "Thuế suất là bao nhiêu?", "Thuế VAT là bao nhiêu phần trăm?")
_RATE = lazy(rf"[Tt](?:huế\s+(?P<kind>(?i:{alternatives(KINDS)}))|(?P<rate>huế\s+suất))\s+(?:là\s+|ở\s+mức\s+)?"
             rf"(?:(?P<pct>\d{{1,2}})\s*(?:%|phần\s+trăm)|(?P<how>bao\s+nhiêu(?P<pc>\s+phần\s+trăm|\s*%)?))"
             rf"{SOFTENED_END}")
# a price with VAT or without ("Giá đã bao gồm VAT.", "Giá chưa bao gồm thuế.", "Đã bao gồm VAT chưa?")
_INCLUDED = lazy(r"(?:(?P<price>[Gg]iá)(?:\s+(?P<this>này))?\s+)?(?P<aux>(?i:đã|chưa|có))?\s*(?i:bao\s+)?gồm\s+"
                 r"(?:cả\s+)?(?:(?P<pct>\d{1,2})\s*%\s+)?(?P<item>VAT|thuế(?:\s+(?P<vat>VAT|GTGT))?)"
                 rf"(?:\s+(?P<q>chưa|không))?{SOFTENED_END}")
# a refund ("Tôi được hoàn thuế.", "Tôi vừa được hoàn thuế 2 triệu đồng.", "Bạn đã được hoàn thuế chưa?")
_REFUND = lazy(rf"{WHO}\s+(?:(?P<mood>(?i:đã|vừa\s+mới|vừa|mới|sẽ|chưa))\s+)?(?:được\s+hoàn\s+(?:lại\s+)?thuế|"
               rf"nhận\s+(?:được\s+)?tiền\s+hoàn\s+thuế)(?:\s+{_SUM})?(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")

# ... and in English
_OWN = r"(?P<own>(?i:my|your|his|her|our|their))"
_TAX_EN = (rf"(?:{_OWN}\s+)?(?:(?P<kind>{alternatives(KINDS_VI)})(?P<ret>\s+returns?)?|(?i:taxes|tax)|"
           r"(?P<ret2>(?i:tax\s+returns?)))")
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d(?:[\d.,]*\d)?(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_AUX_EN = (r"(?P<aux>\s+(?:have|has|need|needs)\s+to|\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)"
           r"(?:\s+(?:have|need)\s+to)?|\s+will|['’]ll|\s+(?:have|has)(?:n['’]t|\s+not)?|['’]ve|['’]s)?")
_PAY_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just|already))?\s+"
               rf"(?P<verb>pay|pays|paid|file|files|filed|evade|evades|evaded)\s+(?:{_SUM_EN}\s+in\s+)?{_TAX_EN}"
               rf"(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
# ... the mood, by the question's first word and the words before the verb (_aux: "does", "has", "needs", "'s" as
# "do", "have", "need", "'ve"), and the verb ("pay" for "file", "evade"; "paid" for "filed", "evaded")
_FORMS = {("", "", "pay"): "plain", ("", "", "paid"): "past", ("", "do not", "pay"): "not", ("do", "", "pay"): "ask",
          ("", "have to", "pay"): "must", ("", "need to", "pay"): "need", ("", "do not have to", "pay"): "mustnt",
          ("", "do not need to", "pay"): "neednt", ("do", "have to", "pay"): "ask_must", ("", "will", "pay"): "will",
          ("", "'ll", "pay"): "will", ("", "have", "paid"): "done", ("", "'ve", "paid"): "done",
          ("", "have not", "paid"): "notyet", ("have", "", "paid"): "ask_done"}
_OF_ONE = {"does": "do", "has": "have", "needs": "need", "'s": "'ve"}  # (said of one: "he", "my mother", "Lan")
# ... in Vietnamese, before the verb and after the tax
_MOODS_VI = {"plain": ("", ""), "past": ("đã", ""), "not": ("không", ""), "ask": ("có", " không"),
             "must": ("phải", ""), "need": ("cần", ""), "mustnt": ("không phải", ""), "neednt": ("không cần", ""),
             "ask_must": ("có phải", " không"), "will": ("sẽ", ""), "done": ("đã", " rồi"), "notyet": ("chưa", ""),
             "ask_done": ("đã", " chưa"), "just": ("vừa", "")}
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?:(?P<kind>{alternatives(KINDS_VI)})|tax)\s+(?P<q>do|does|did)\s+{WHO_EN}"
                    rf"\s+(?P<must>have\s+to\s+)?pay(?:\s+(?P<every>{alternatives(_EVERY_VI)}|a\s+year|a\s+month))?"
                    r"\s*\?+")
_DEADLINE_EN = lazy(rf"(?:When(?:['’]s|\s+is)\s+the\s+(?:(?P<kind>{alternatives(KINDS_VI)})|tax)(?P<ret>\s+return)?"
                    r"\s+deadline|When(?:['’]s|\s+is)\s+the\s+deadline\s+(?:for|to)\s+(?P<verb>pay|paying|file|"
                    r"filing)\s+(?:(?:your|my|our)\s+)?(?:taxes|tax|(?P<ret2>tax\s+returns?))|When\s+are\s+taxes"
                    r"\s+due)\s*\?+|The\s+tax(?P<ret3>\s+return)?\s+deadline\s+is\s+(?P<day>[^.!?]+?)\s*(?P<end>[.!]*)")
_RATE_EN = lazy(rf"(?:(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+is|The\s+tax\s+rate\s+is)\s+(?P<pct>\d{{1,2}})\s*"
                rf"(?:%|\s+per\s?cent)\s*(?P<end>[.!]*)|What(?:['’]s|\s+is)\s+the\s+(?:(?P<kind2>"
                rf"{alternatives(KINDS_VI)})|tax)\s+rate\s*\?+")
_PRICE_EN = lazy(r"(?:(?P<this>The|This)\s+price|(?:The\s+)?(?P<many>[Pp]rices))\s+(?:(?P<verb>includes?|"
                 r"excludes?)|(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+include)\s+(?:(?P<pct>\d{1,2})%\s+)?"
                 r"(?P<item>VAT|tax|taxes)\s*(?P<end>[.!]*)")
_INCLUDED_EN = lazy(r"(?:(?P<be0>Is|Are)\s+)?(?P<item>VAT|[Tt]ax|[Tt]axes)(?:\s+(?P<be>is|are)(?P<not>\s+not|n['’]t)?)?"
                    r"\s+included(?P<in>\s+in\s+the\s+price)?\s*(?P<end>[.!?]*)")
_REFUND_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+just|['’]ll|\s+will|\s+(?:have|has)(?:n['’]t|"
                  rf"\s+not))?\s+(?P<verb>got|get|received)\s+(?:a|{_OWN})\s+tax\s+refund(?:\s+of\s+{_SUM_EN})?"
                  r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
# ... in Vietnamese, by the question's first word, the words before the verb (_aux), the verb and whose said
_REFUNDS = {("", "", "got", False): "đã", ("", "", "got", True): "đã", ("", "just", "got", False): "vừa",
            ("", "will", "get", False): "sẽ", ("", "'ll", "get", False): "sẽ", ("did", "", "get", False): "có",
            ("have", "", "received", True): "đã", ("", "have not", "received", True): "chưa"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who pays, files or evades taxes, how much, the tax deadline,
    a tax's rate, a price with VAT, or a tax refund; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    rules = (_pay, _how_much, _deadline, _rate, _included, _refund) if src == "vi" else (
        _pay_vi, _how_much_vi, _deadline_vi, _rate_vi, _price_vi, _included_vi, _refund_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of a match of WHO in English, whether the verb takes "-s" ("my parents" not), and whose ("my", "her";
    None for a name alone); None where mt.hobbies.who leaves them."""
    said = who(m, asked)
    if said is None:
        return None
    return said[0], be(said[0]) == "is", whose_own(m, said[0])


def _kind(m: re.Match) -> str:
    """The kind of a match of _TAX in English ("income tax"), "" for "thuế" alone."""
    kind = m["kind"] or m.groupdict().get("kind2")
    return _KINDS_KEYED[keyed(kind)] if kind else ""


def _sum(m: re.Match, src: str) -> str | None:
    """The sum of a match in the other language (mt.amounts.sum_said); "" for none, None for one not of đồng."""
    return amounts.sum_said(m["sum"], src) if m["sum"] else ""


def _pay(text: str) -> str | None:
    """"Tôi phải nộp thuế." as "I have to pay taxes.", "Bạn đã khai thuế chưa?" as "Have you filed your taxes yet?"
    (_PAY, _MOODS); None for anything else, and whose unknown where English says it ("file her tax return")."""
    m = _PAY.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    mood = m and _MOODS.get((keyed(m["mood"] or ""), m["done"] or "", asked))
    if not m or not mood or bool(m["asked"]) != (mood in ("ask", "ask_must")) or (said := _who(m, asked)) is None:
        return None
    (who_, one, whose), verb, kind, every = said, _VERBS[keyed(m["verb"])], _kind(m), m["every0"] or m["every"]
    owned = verb != "pay" or mood in _PERFECT and not m["sum"]  # ("file my taxes", "I've paid my taxes")
    if m["every0"] and m["every"] or every and mood not in _HABIT or m["sum"] and (
            verb != "pay" or mood not in _SUMMED) or verb == "evade" and mood not in ("plain", "done") or (
            owned and not whose) or (sum_ := _sum(m, "vi")) is None:
        return None
    if verb == "evade":  # ("đã trốn thuế": evaded; "… rồi": has evaded)
        evades = ("has" if one else "have") + " evaded" if m["done"] else "evaded" if mood == "done" else \
            "evade" + "s" * one
        return capitalised(_text.contracted(who_, f"{evades} {kind or 'taxes'}{stop(m['end'])}"))
    thing = kind or ("tax" if sum_ else "taxes")
    if verb != "pay":
        thing = f"{kind} return" if kind else "tax return" if verb == "return" else "taxes"
    thing = f"{sum_} in {thing}" if sum_ else f"{whose} {thing}" if owned else thing
    doing = f"{'pay' if verb == 'pay' else 'file'} {thing}{' ' + _EVERY[keyed(every)] if every else ''}"
    return _english(mood, who_, one, doing, stop(m["end"]))


def _english(mood: str, who_: str, one: bool, doing: str, end: str) -> str:
    """A sentence of `mood` (_MOODS) in English of who, with `doing` ("pay taxes") and `end` ("." or "!")."""
    verb, rest = doing.split(" ", 1)
    done, contracted = {"pay": "paid", "file": "filed"}[verb], _text.contracted
    do, has = ("Does", "has") if one else ("Do", "have")
    said = {"plain": f"{who_} {verb}{'s' * one} {rest}", "not": f"{who_} {do.lower()}n't {doing}",
            "ask": f"{do} {who_} {doing}?", "must": f"{who_} {has} to {doing}",
            "need": f"{who_} need{'s' * one} to {doing}", "mustnt": f"{who_} {do.lower()}n't have to {doing}",
            "neednt": f"{who_} {do.lower()}n't need to {doing}", "ask_must": f"{do} {who_} have to {doing}?",
            "will": contracted(who_, f"will {doing}"), "done": contracted(who_, f"{has} {done} {rest}"),
            "notyet": f"{who_} {has}n't {done} {rest} yet", "ask_done": f"{has.capitalize()} {who_} {done} {rest} yet?",
            "just": contracted(who_, f"{has} just {done} {rest}")}[mood]
    return capitalised(said if said.endswith("?") else f"{said}{end}")


def _how_much(text: str) -> str | None:
    """"Bạn đóng thuế bao nhiêu?" as "How much tax do you pay?", "Mỗi năm bạn phải nộp bao nhiêu thuế?" as "How
    much tax do you have to pay every year?" (_HOW_MUCH); None for anything else."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or "?" not in m["end"] or m["every0"] and m["every"] or (said := _who(m, True)) is None:
        return None
    every = m["every0"] or m["every"]
    do = "did" if m["mood"] == "đã" else "does" if said[1] else "do"
    if every and do == "did":
        return None
    must = "have to " if m["mood"] == "phải" else ""
    return f"How much {_kind(m) or 'tax'} {do} {said[0]} {must}pay{' ' + _EVERY[keyed(every)] if every else ''}?"


def _deadline(text: str) -> str | None:
    """"Hạn nộp thuế là khi nào?" as "When is the tax deadline?", "Hạn quyết toán thuế là ngày 31 tháng 3." as "The
    tax return deadline is March 31." (_DEADLINE); None for anything else, a day behind, and a date that cannot be
    ("ngày 30 tháng 2")."""
    m = _DEADLINE.fullmatch(text)
    if not m or bool(m["day"]) == ("?" in m["end"]) or bool(m["when0"]) == bool(m["when"] or m["day"]):
        return None
    what = f"{_kind(m) or 'tax'}{' return' if keyed(m['verb']) == 'quyết toán' else ''} deadline"
    if not m["day"]:
        return f"When is the {what}?"
    day = when(m["day"], "vi")
    if not day or day == "yesterday" or day.startswith("last ") or " ago" in day or not _real(day):
        return None
    return f"The {what} is {day}{stop(m['end'])}"


def _real(day: str) -> bool:
    """Whether a day as mt.free_time.when writes it, English or Vietnamese, can be; True for one that names no date.

    >>> _real("February 30"), _real("ngày 31 tháng 4"), _real("February 29, 2025"), _real("ngày 29 tháng 2")
    (False, False, False, True)
    """
    m = _DATE_OF.search(day)
    if not m:
        return True
    month = _MONTHS.index(m["mon"]) + 1 if m["mon"] else int(m["m2"])
    year = int(m["y"] or m["y2"] or 2000)  # (no year said: a leap year, so that February 29 can be)
    return 1 <= month <= 12 and 1 <= int(m["d"] or m["d2"]) <= calendar.monthrange(year, month)[1]


def _rate(text: str) -> str | None:
    """"Thuế thu nhập là 10%." as "Income tax is 10%.", "Thuế VAT là bao nhiêu phần trăm?" as "What's the VAT
    rate?" (_RATE); None for anything else, and "Thuế thu nhập là bao nhiêu?" (a sum asked?)."""
    m = _RATE.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["how"] and not (m["rate"] or m["pc"]):
        return None
    kind = _kind(m) or "tax"
    return f"What's the {kind} rate?" if m["how"] else capitalised(
        f"{'the tax rate' if m['rate'] else kind} is {m['pct']}%{stop(m['end'])}")


def _included(text: str) -> str | None:
    """"Giá chưa bao gồm VAT." as "The price doesn't include VAT.", "Đã bao gồm VAT chưa?" as "Is VAT included?"
    (_INCLUDED); None for anything else, and the price asked of (mt/patterns.py's)."""
    m = _INCLUDED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    aux, q = keyed(m and m["aux"] or ""), m and m["q"]
    if not m or asked != bool(q) or asked and (m["price"] or m["pct"] or (aux, q) not in (
            ("đã", "chưa"), ("có", "không"))) or not asked and aux == "có" or not (m["price"] or aux):
        return None
    item = f"{m['pct'] + '% ' if m['pct'] else ''}{'VAT' if 'VAT' in m['item'] or m['vat'] else 'tax'}"
    verb, be_ = ("includes", "is") if aux == "đã" or not aux else ("doesn't include", "isn't")
    if asked or not m["price"]:
        return f"Is {item} included?" if asked else capitalised(f"{item} {be_} included{stop(m['end'])}")
    return f"{'This' if m['this'] else 'The'} price {verb} {item}{stop(m['end'])}"


def _refund(text: str) -> str | None:
    """"Tôi vừa được hoàn thuế 2 triệu đồng." as "I just got a tax refund of VND2 million.", "Bạn đã được hoàn thuế
    chưa?" as "Have you received your tax refund yet?", "Tôi được hoàn thuế rồi." as "I've got my tax refund."
    (_REFUND); None for anything else, and "rồi" with a sum or whose unknown."""
    m = _REFUND.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    mood, done = keyed(m and m["mood"] or ""), m and m["done"] or ""
    if not m or asked != (done == "chưa") or asked and mood not in ("", "đã") or not asked and (
            done and mood not in ("", "đã") or mood == "chưa" and m["sum"]) or (said := _who(m, asked)) is None or (
            sum_ := _sum(m, "vi")) is None:
        return None
    who_, one, whose = said
    has = "has" if one else "have"
    if asked or mood == "chưa":
        return whose and (f"{has.capitalize()} {who_} received {whose} tax refund yet?" if asked else capitalised(
            f"{who_} {has}n't received {whose} tax refund yet{stop(m['end'])}"))
    if done:  # ("đã … rồi", "… rồi": it has come, not the past "I got …"; with a sum, whose unknown: left)
        return None if sum_ or not whose else capitalised(
            _text.contracted(who_, f"{has} got {whose} tax refund{stop(m['end'])}"))
    verb = {"sẽ": "will get", "vừa": "just got", "vừa mới": "just got", "mới": "just got"}.get(mood, "got")
    return capitalised(_text.contracted(who_, f"{verb} a tax refund{' of ' * bool(sum_)}{sum_}{stop(m['end'])}"))


def _aux(m: re.Match) -> tuple[str, str, bool | None]:
    """The question's first word and the words before the verb of an English match (keyed, "’" as "'", "n't" as
    "not", said of one as of many: _OF_ONE), and whether the first of them is said of one (None: neither)."""
    said = [keyed((w or "").replace("’", "'").replace("n't", " not")) for w in (m["q"], m["aux"])]
    first = " ".join(said).split()[:1]
    one = None if not first else True if first[0] in _OF_ONE else False if first[0] in _OF_ONE.values() else None
    return *(" ".join(_OF_ONE.get(w, w) for w in words.split()) for words in said), one


def _agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose of a match of WHO_EN (group "own"; none: True) goes with who (`who_` in Vietnamese, `one` as
    who_vi gives them): "I … my", "she … her", "my mother … her", "Lan … his" or "her"."""
    whose, said, kin = (m["own"] or "").lower(), (m["who"] or "").lower(), his_her(who_)
    if not whose or said:
        return not whose or whose == EN_WHOSE[{"i": "I"}.get(said, said)]
    return whose == kin if kin else whose in ("his", "her") if one else whose == "their"


def _pay_vi(text: str) -> str | None:
    """"He doesn't pay taxes." as "Anh ấy không đóng thuế.", "Have you filed your taxes yet?" as "Bạn đã khai thuế
    chưa?" (_PAY_EN, _FORMS); None for anything else, and where the verb or whose does not agree with who."""
    m = _PAY_EN.fullmatch(text)
    if not m:
        return None
    q, aux, takes = _aux(m)
    verb, (who_, one), just = m["verb"].lower(), who_vi(m), (m["just"] or "").lower()
    mood = _FORMS.get((q, aux, "paid" if verb.endswith("d") else "pay"))
    ret, evade, files = bool(m["ret"] or m["ret2"]), verb.startswith("evade"), verb.startswith("file")
    if mood is None or (verb.endswith("s") if mood == "plain" else takes) not in (None, one) or verb.endswith(
            "s") and mood != "plain" or ("?" in m["end"]) != mood.startswith("ask") or bool(m["yet"]) != (
            mood in ("notyet", "ask_done")) or just and mood not in ("done", "past"):
        return None
    mood = "just" if just == "just" else "done" if just else mood
    if not _agrees(m, who_, one) or ret and not files or files and not m["own"] or evade and (
            mood not in ("plain", "past") or m["own"]) or m["sum"] and (files or evade or m["own"] or (
            mood not in _SUMMED)) or m["every"] and mood not in _HABIT or (sum_ := _sum(m, "en")) is None:
        return None
    (before, after), kind = _MOODS_VI[mood], f" {KINDS_VI[m['kind']]}" if m["kind"] else ""
    doing = "trốn" if evade else "đóng" if not files else "quyết toán" if ret else "khai"
    said = (f"{who_} {before + ' ' * bool(before)}{doing} thuế{kind}{' ' * bool(sum_)}{sum_}"
            f"{' ' + _EVERY_VI[keyed(m['every'])] if m['every'] else ''}{after}")
    return capitalised(f"{said}?" if mood.startswith("ask") else f"{said}{stop(m['end'])}")


def _how_much_vi(text: str) -> str | None:
    """"How much income tax does he pay a year?" as "Mỗi năm anh ấy đóng thuế thu nhập bao nhiêu?" (_HOW_MUCH_EN);
    None for anything else, and "do" not agreeing with who."""
    m = _HOW_MUCH_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    every = keyed(m["every"] or "").replace("a ", "every ")
    if m["q"] != "did" and (m["q"] == "does") != one or m["q"] == "did" and (m["must"] or every):
        return None
    mood = "đã " if m["q"] == "did" else "phải " if m["must"] else ""
    kind = f" {KINDS_VI[m['kind']]}" if m["kind"] else ""
    return capitalised(f"{_EVERY_VI[every] + ' ' if every else ''}{who_} {mood}đóng thuế{kind} bao nhiêu?")


def _deadline_vi(text: str) -> str | None:
    """"When's the deadline for filing tax returns?" as "Hạn quyết toán thuế là khi nào?", "The tax deadline is March
    31." as "Hạn nộp thuế là ngày 31 tháng 3." (_DEADLINE_EN); None for anything else, a day behind, and a date that
    cannot be ("February 30")."""
    m = _DEADLINE_EN.fullmatch(text)
    if not m:
        return None
    verb = "quyết toán" if m["ret"] or m["ret2"] or m["ret3"] else "khai" if "fil" in (m["verb"] or "") else "nộp"
    if not m["day"]:
        return f"Hạn {verb} thuế{' ' + KINDS_VI[m['kind']] if m['kind'] else ''} là khi nào?"
    day = when(m["day"], "en")
    if not day or day == "hôm qua" or "trước" in day or "ngoái" in day or not _real(day):
        return None
    return f"Hạn {verb} thuế là {day.removeprefix('vào ')}{stop(m['end'])}"


def _rate_vi(text: str) -> str | None:
    """"Income tax is 10%." as "Thuế thu nhập là 10%.", "The tax rate is 10 percent." as "Thuế suất là 10%.",
    "What's the VAT rate?" as "Thuế VAT là bao nhiêu phần trăm?" (_RATE_EN); None for anything else."""
    m = _RATE_EN.fullmatch(text)
    kind = m and (m["kind"] or m["kind2"])
    if not m or m["kind"] and kind[0].islower():  # ("income tax is": a sentence opens with a capital)
        return None
    what = f"Thuế {_KINDS_VI_KEYED[keyed(kind)]}" if kind else "Thuế suất"
    return f"{what} là {m['pct']}%{stop(m['end'])}" if m["pct"] else f"{what} là bao nhiêu phần trăm?"


def _price_vi(text: str) -> str | None:
    """"This price doesn't include tax." as "Giá này chưa bao gồm thuế.", "Prices exclude VAT." as "Giá chưa bao
    gồm VAT." (_PRICE_EN); None for anything else, and a verb not agreeing with the price."""
    m = _PRICE_EN.fullmatch(text)
    verb = m and (m["verb"] or m["not"]).lower()
    if not m or (verb.endswith("s") or verb.startswith("does")) == bool(m["many"]):
        return None
    item = f"{m['pct'] + '% ' if m['pct'] else ''}{'VAT' if m['item'] == 'VAT' else 'thuế'}"
    nope = m["not"] or verb.startswith("exclude")
    return f"Giá{' này' * (m['this'] == 'This')} {'chưa' if nope else 'đã'} bao gồm {item}{stop(m['end'])}"


def _included_vi(text: str) -> str | None:
    """"Is VAT included?" as "Đã bao gồm VAT chưa?", "VAT is included in the price." as "Giá đã bao gồm VAT."
    (_INCLUDED_EN); None for anything else, and "is" or "are" not agreeing."""
    m = _INCLUDED_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["be0"]) == bool(m["be"]) or asked != bool(m["be0"]) or asked and m["not"] or (
            (m["be0"] or m["be"]).lower() == "are") != (m["item"].lower() == "taxes") or m["item"][0].islower() and (
            not asked):
        return None
    said = f"{'giá ' * bool(m['in'])}{'chưa' if m['not'] else 'đã'} bao gồm {'VAT' if m['item'] == 'VAT' else 'thuế'}"
    return capitalised(f"{said} chưa?" if asked else f"{said}{stop(m['end'])}")


def _refund_vi(text: str) -> str | None:
    """"I got a tax refund." as "Tôi đã được hoàn thuế.", "Have you received your tax refund yet?" as "Bạn đã được
    hoàn thuế chưa?" (_REFUND_EN, _REFUNDS); None for anything else, and where a word does not agree with who."""
    m = _REFUND_EN.fullmatch(text)
    if not m:
        return None
    (q, aux, takes), (who_, one) = _aux(m), who_vi(m)
    mood = _REFUNDS.get((q, aux, m["verb"], bool(m["own"])))
    if mood is None or ("?" in m["end"]) != bool(q) or bool(m["yet"]) != (q == "have" or mood == "chưa") or (
            takes not in (None, one)) or not _agrees(m, who_, one) or m["sum"] and (
            mood in ("có", "chưa") or m["own"]) or (sum_ := _sum(m, "en")) is None:
        return None
    said = f"{who_} {mood} được hoàn thuế{' ' * bool(sum_)}{sum_}"
    return capitalised(f"{said} {'không' if q == 'did' else 'chưa'}?" if q else f"{said}{stop(m['end'])}")
