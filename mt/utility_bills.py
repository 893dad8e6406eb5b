"""The electricity, water and internet bills at home, both ways, written whole by rule: paying them (done, not yet,
asked, just, on a day, ahead, had to, as a habit and how), forgetting to, told to remember, how much one is this or
last month or a month, a sum said, one too high, and the supply cut off for not paying. v8 (rules on) reads "đóng" as
closing and "tiền điện" as power money: "Tôi quên đóng tiền điện." → "I forgot to close my power.", "Tháng này tiền
điện nhà tôi cao quá." → "This month, my home power money is too high.", "Bạn đóng tiền internet chưa?" → "Have you
closed the Internet yet?", "Nhà tôi bị cắt điện vì chưa đóng tiền." → "My home was cut by no money.", "Tiền nước
tháng này hết bao nhiêu?" → "How much this month is the country?", "Tôi chưa đóng tiền nước." → "I have not been
watery."; and "bill" as a law: "Our electricity bill is really high this month." → "Dự luật điện của chúng tôi thực
sự là cao trong tháng này.", "Have you paid the internet bill yet?" → "Bạn đã trả tiền dự luật internet vẫn chưa?",
"How much is the water bill this month?" → "Dự luật nước vào tháng này bao nhiêu?".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) pays ("đóng", "nộp", "trả", "thanh toán") a bill of BILLS ("tiền
điện", "hóa đơn nước", "tiền mạng" …; "tiền điện tháng này", this month's): has paid ("rồi"), not yet ("chưa"), asked
yet ("… chưa?"), just ("vừa"), on a day behind or ahead (mt.dates.near_days), will, has to, needs to, as a habit
("thường", "mỗi tháng", or how: "qua app", "bằng thẻ" …), asked how ("có … qua app không?"); forgot to pay (again,
almost); "Đừng quên …", "Nhớ …" (told); how much a bill is ("hết bao nhiêu?", this or last month, a month, whose:
"nhà tôi", our), or is said to be (a sum of mt.patterns.SUM_VI, as it writes it: "800,000 dong"; "khoảng"); a bill
high ("cao quá", "rất cao", "hơi cao", denied, asked); the power, water or internet of a home or of who cut off
because they had not paid, did not, or forgot to. Left: "trả tiền nước" and "tiền nước" with no month or home ("của
bạn": the drinks at a café?), a bill paid bare or "hôm nay" ("Tôi đóng tiền điện.": did, do or will?) or denied
("không đóng": didn't, don't or won't), "mỗi tháng" of a bill paid once ("đã", a day), one month's bill as a habit,
a name's supply cut off (his or hers?), someone else's bill ("I paid her bill"), English cuts of kin, a cut alone
(mt/outages.py), the phone bill (mt/phone_credit.py), rent (mt/tenancy.py), splitting a meal's bill (mt/bills.py),
paying in cash bare (mt/transfers.py), "anh", "chị", "em" alone saying it, pets, and anything else.
mt.phrasebook.translate tries these after mt/packed_lunches.py.

    >>> translate("Tôi quên đóng tiền điện.", "vi", "en"), translate("Have you paid the internet bill yet?", "en", "vi")
    ('I forgot to pay the electricity bill.', 'Bạn đã đóng tiền internet chưa?')
"""
from __future__ import annotations

import re

from . import patterns
from .amounts import sum_said
from .dates import NEAR_WAY, near_days
from .hobbies import EVERY_MONTH, HABIT_VI, WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, present

_KEYS = {"vi": lazy(r"(?i:tiền\s+điện|tiền\s+nước|tiền\s+mạng|tiền\s+internet|tiền\s+wifi|hóa\s+đơn|hoá\s+đơn|"
                    r"cước\s+internet|cước\s+mạng|bị\s+cắt)"),
         "en": lazy(r"(?i:bill|cut\s+off)")}
# the bills, and what each is of in English ("and" in it: bills, many)
BILLS = {"tiền điện": "electricity", "hóa đơn điện": "electricity", "hoá đơn điện": "electricity",
         "hóa đơn tiền điện": "electricity", "hoá đơn tiền điện": "electricity", "tiền nước": "water",
         "hóa đơn nước": "water", "hoá đơn nước": "water", "hóa đơn tiền nước": "water", "hoá đơn tiền nước": "water",
         "tiền mạng": "internet", "tiền internet": "internet", "hóa đơn internet": "internet",
         "hoá đơn internet": "internet", "tiền wifi": "internet", "cước internet": "internet",
         "cước mạng": "internet", "tiền điện nước": "electricity and water"}
BILLS_VI = {"electricity": "tiền điện", "electric": "tiền điện", "power": "tiền điện", "water": "tiền nước",
            "internet": "tiền internet", "wifi": "tiền wifi", "wi-fi": "tiền wifi", "broadband": "tiền internet",
            "electricity and water": "tiền điện nước"}
# how one pays (the first Vietnamese of each is written back)
HOW = {"qua app": "through an app", "qua ứng dụng": "through an app", "bằng app": "through an app",
       "qua mạng": "online", "online": "online", "trực tuyến": "online", "bằng thẻ": "by card",
       "bằng tiền mặt": "in cash", "bằng chuyển khoản": "by bank transfer", "qua ngân hàng": "through the bank",
       "ở bưu điện": "at the post office"}
HOW_VI = {en: vi for vi, en in reversed(HOW.items())} | {
    "via an app": "qua app", "with an app": "qua app", "using an app": "qua app", "on an app": "qua app"}
# days paid on, behind or ahead (with NEAR_WAY's way); months a bill is of, and whose home's bill
_DAYS = near_days("hôm qua", "hôm kia", "sáng nay", "tuần trước", "hôm nay", "ngày mai", "ngày kia", "tuần sau",
                  "cuối tuần này")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_MONTHS = near_days("tháng này", "tháng trước")
_MONTHS_VI = {en: vi for vi, en in _MONTHS.items()}
_HOMES = {"tôi": "our", "chúng tôi": "our", "mình": "our", "bạn": "your", "họ": "their", "anh ấy": "his",
          "cô ấy": "her"}
_HOMES_VI = {"my": "tôi", "our": "tôi", "your": "bạn", "their": "họ", "his": "anh ấy", "her": "cô ấy"}
_HABITS = {vi: en for en, vi in HABIT_VI.items() if en in ("usually", "always", "often")}
_CUT = {"điện": "electricity", "nước": "water", "mạng": "internet", "internet": "internet", "wifi": "internet"}
_CUT_VI = {"electricity": "điện", "power": "điện", "water": "nước", "internet": "mạng", "wifi": "mạng"}
_KIND = {en: BILLS[vi] for en, vi in BILLS_VI.items()} | {"power": "electricity", "wifi": "internet"}
_ANIMALS = {"con chó", "con mèo", "dog", "cat"}
_OWN = {"tôi": "my", "bạn": "your", "chúng tôi": "our", "họ": "their", "anh ấy": "his", "cô ấy": "her"}
# the verbs said of one (he, she, my mother) and of others, as _paid_vi reads them
_THIRD = {"has", "does", "hasn't", "needs", "pays"}
_OTHER = {"have", "do", "haven't", "need", "pay"}
_CUT_WHO = {"our": "Nhà tôi", "my": "Tôi", "your": "Bạn", "his": "Anh ấy", "her": "Cô ấy", "their": "Nhà họ"}
_PRONOUN_OF = {"my": "I", "our": "we", "your": "you", "his": "he", "her": "she", "their": "they"}

_PAY = r"(?P<pay>(?i:đóng|nộp|trả|thanh\s+toán))"
_BILL = rf"(?P<bill>(?i:{alternatives(BILLS)}))(?:\s+(?P<bmonth>tháng\s+này|tháng\s+trước))?"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_MONTH = rf"(?i:{alternatives(_MONTHS)})"
_HOME = rf"(?:\s+(?P<home>nhà\s+(?:của\s+)?|của\s+)(?P<owner>{alternatives(_HOMES)}))?"
_FOR = (rf"(?:(?P<m0>{_MONTH})\s+)?(?P<bill>(?i:{alternatives(BILLS)})){_HOME}(?:\s+(?P<m1>{_MONTH})|"
        r"\s+(?P<per>một\s+tháng|mỗi\s+tháng))?")

# who pays ("Tôi đóng tiền điện rồi.", "Bạn đóng tiền internet chưa?", "Ngày mai tôi sẽ đóng tiền điện.")
_PAID = lazy(rf"(?:(?P<day0>{_DAY})\s+)?{WHO}\s+(?:(?P<aux>vẫn\s+chưa|chưa|đã|vừa\s+mới|vừa|mới|sẽ|phải|cần|thường|"
             rf"hay|luôn|có)\s+)?{_PAY}\s+{_BILL}(?:\s+(?P<how>{alternatives(HOW)}))?"
             rf"(?:\s+(?P<every>{alternatives(EVERY_MONTH)}))?(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
# who forgot ("Tôi quên đóng tiền điện.", "Mẹ tôi lại quên đóng tiền nước rồi."), and told
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<aux>lại|suýt\s+nữa|suýt)\s+)?quên\s+(?:không\s+)?{_PAY}\s+{_BILL}"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_TOLD = lazy(rf"(?P<verb>[Đđ]ừng\s+quên|[Nn]hớ)\s+{_PAY}\s+{_BILL}(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
# how much ("Tiền nước tháng này hết bao nhiêu?"), a sum ("Tiền điện nhà tôi một tháng khoảng 1 triệu.")
_HOW_MUCH = lazy(rf"{_FOR}\s+(?:là\s+|hết\s+)?bao\s+nhiêu(?:\s+tiền)?{SOFTENED_END}")
_SUM = lazy(rf"{_FOR}\s+(?:là\s+|hết\s+)?(?P<about>khoảng\s+|tầm\s+)?{patterns.SUM_VI}\s*(?P<end>[.!]*)")
# ... high ("Tháng này tiền điện nhà tôi cao quá.", "Tiền điện nhà bạn có cao không?")
_HIGH = lazy(rf"{_FOR}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<deg>rất\s+|hơi\s+|khá\s+)?(?:cao|đắt)"
             rf"(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
# cut off ("Nhà tôi bị cắt điện vì chưa đóng tiền.", "Tôi bị cắt nước vì quên đóng tiền nước.")
_CUT_OFF = lazy(rf"(?:(?P<house>[Nn]hà)\s+(?:của\s+)?(?P<hwho>(?i:tôi|chúng\s+tôi|bạn|họ))|{WHO})\s+bị\s+cắt\s+"
                rf"(?P<what>{alternatives(_CUT)})\s+vì\s+(?P<why>chưa|không|quên(?:\s+không)?)\s+{_PAY}\s+"
                rf"(?:tiền|{_BILL})\s*(?P<end>[.!]*)")

# ... in English: a bill, "the" or whose ("this month's": group month)
_BILL_EN = (rf"(?P<det>(?i:the|my|our|your|his|her|their)|(?i:this|last)\s+month['’]s)\s+(?P<kind>(?i:"
            rf"{alternatives(BILLS_VI)}))\s+(?P<bills>bills?)")
_PAY_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|will|need|needs)(?:\s+not|n['’]t)?"
               r"(?:\s+to)?|['’](?:ve|s|ll)|\s+won['’]t)?(?:\s+(?P<adv>just|already|usually|always|often|almost))?"
               rf"\s+(?P<verb>pays?|paid|forgot\s+to\s+pay)\s+{_BILL_EN}(?:\s+(?P<how>{alternatives(HOW_VI)}))?"
               rf"(?:\s+(?P<every>every\s+month|each\s+month))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
               r"(?:\s+(?P<again>again))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?P<verb>Don['’]t\s+forget|Do\s+not\s+forget|Remember)\s+to\s+pay\s+{_BILL_EN}\s*(?P<end>[.!]*)")
_WHEN_EN = r"(?:\s+(?P<when>this\s+month|last\s+month|a\s+month|per\s+month))?"
_HOW_MUCH_EN = lazy(rf"How\s+much\s+(?P<be>is|was|are|were)\s+{_BILL_EN}{_WHEN_EN}\s*\?+")
_SUM_EN = lazy(rf"{_BILL_EN}\s+(?P<be>is|was|are|were)\s+(?P<about>about\s+|around\s+)?(?P<sum>VND[\d.,]+"
               rf"(?:\s+(?:thousand|million))?|[\d.,]+(?:\s+(?:thousand|million))?\s+dong){_WHEN_EN}\s*(?P<end>[.!]*)")
_HIGH_EN = lazy(rf"(?:(?P<q>Is|Was|Are|Were)\s+)?{_BILL_EN}(?:\s+(?P<be>is|was|are|were)|(?P<s>['’]s))?"
                r"(?P<not>\s+not|n['’]t)?(?:\s+(?P<deg>really|very|too|so|a\s+bit|quite))?\s+high"
                rf"(?:\s+(?P<when>this\s+month|last\s+month))?\s*(?P<end>[.!?]*)")
_CUT_EN = lazy(r"(?P<whose>(?i:our|my|your|his|her|their))\s+(?P<what>(?i:electricity|power|water|internet|wifi))\s+"
               r"(?:was|got)\s+cut\s+off\s+because\s+(?P<sub>we|I|you|he|she|they)\s+(?P<why>hadn['’]t\s+paid|had\s+not"
               rf"\s+paid|didn['’]t\s+pay|did\s+not\s+pay|forgot\s+to\s+pay)(?:\s+(?P<obj>the\s+bill|{_BILL_EN}))?"
               r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a home's electricity, water or internet bill paid, forgotten, how much or
    high, or the supply cut off for not paying; None for any other."""
    if src == "vi":
        return _paid(text) or _forgot(text) or _how_much(text) or _high(text) or _cut_off(text)
    text = text.replace("’", "'")
    return _paid_vi(text) or _told_vi(text) or _how_much_vi(text) or _high_vi(text) or _cut_off_vi(text)


def _bill(m: re.Match, whose: str = "the") -> str | None:
    """The bill of a match of _BILL in English: "the electricity bill", "this month's water bill", "the electricity
    and water bills"; None for "tiền nước" paid with "trả" or "thanh toán" (the drinks at a café?)."""
    bill, pay = keyed(m["bill"]), keyed(m.groupdict().get("pay") or "")
    if bill == "tiền nước" and pay in ("trả", "thanh toán"):
        return None
    kind, bmonth = BILLS[bill], m.groupdict().get("bmonth")
    month = f"{_MONTHS[keyed(bmonth)]}'s" if bmonth else whose
    return f"{month} {kind} {'bills' if ' and ' in kind else 'bill'}"


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she pays"); None for a pet, or "anh" … alone saying it."""
    if keyed(m["kin"] or "") in _ANIMALS:
        return None
    return who(m, asked)


def _paid(text: str) -> str | None:
    """"Tôi đóng tiền điện rồi." as "I've paid the electricity bill.", "Bạn đóng tiền internet chưa?" as "Have you
    paid the internet bill yet?", "Ngày mai tôi sẽ đóng tiền điện." as "I'll pay the electricity bill tomorrow.", "Tôi
    đóng tiền điện qua app." as "I pay the electricity bill through an app." (_PAID); None for anything else."""
    m = _PAID.fullmatch(text)
    if not m or m["day0"] and m["day1"] or (bill := _bill(m)) is None:
        return None
    yet, asked, end, aux = bool(m["yet"]), bool(m["asked"]), m["end"], keyed(m["aux"] or "")
    if (yet or asked) != ("?" in end) or yet and asked or (aux == "có") != asked or (
            said := _person(m, yet or asked)) is None:
        return None
    (who_, one), day = said, m["day0"] or m["day1"]
    way, day_en = (NEAR_WAY[keyed(day)], f" {_DAYS[keyed(day)]}") if day else ("", "")
    how = f" {HOW[keyed(m['how'])]}" if m["how"] else ""
    every = f" {EVERY_MONTH[keyed(m['every'])]}" if m["every"] else ""
    has, plain = "has" if one else "have", not (day or m["done"] or how or every)
    plain_done = not (day or how or every)
    if (month := keyed(m["bmonth"] or "")) == "tháng trước" and aux not in ("chưa", "vẫn chưa"):
        return None  # (paid last month, or last month's bill?)
    if every and (day or aux not in ("", "có", *_HABITS)):
        return None  # ("Tôi đã đóng tiền điện mỗi tháng.": paid once, every month?)
    if yet:
        return f"{has.capitalize()} {who_} paid {bill} yet?" if aux in ("", "đã") and plain else None
    if asked:
        ok = (how or every) and not (day or month)
        return present(who_, one, "pay", f"{bill}{how}{every}", True) if ok else None
    if aux in ("chưa", "vẫn chưa"):
        still = " still" if aux == "vẫn chưa" else ""
        yet_ = "" if still else " yet"  # ("still … yet" says it twice)
        return capitalised(f"{who_}{still} {has}n't paid {bill}{yet_}.") if plain else None
    if m["done"]:
        return capitalised(_perfect(who_, has, f"paid {bill}")) if aux in ("", "đã") and plain_done else None
    if aux in ("vừa", "mới", "vừa mới"):
        return capitalised(_perfect(who_, has, f"just paid {bill}{how}")) if not (day or every) else None
    if aux in ("", "đã") and (way == "behind" or aux and way in ("", "today")):
        return capitalised(f"{who_} paid {bill}{how}{day_en}." if day else _perfect(who_, has, f"paid {bill}{how}"))
    if aux in ("", "sẽ", "phải", "cần") and (way == "ahead" or aux and way in ("", "today")):
        will = "'ll" if who_ in ("I", "you", "we", "they", "he", "she") else " will"
        verb = {"phải": f" {has} to", "cần": " needs to" if one else " need to"}.get(aux, will)
        return capitalised(f"{who_}{verb} pay {bill}{how}{day_en}.")
    if day or month or not (how or every or aux in _HABITS) or aux not in ("", *_HABITS):
        return None  # ("Tôi đóng tiền điện.": did, do or will?; "tiền điện tháng này" is paid once, not as a habit)
    adverb = f"{_HABITS[aux]} " if aux else ""
    return present(who_, one, "pay", f"{bill}{how}{every}", adverb=adverb)


def _perfect(who_: str, has: str, done: str) -> str:
    """Who has done it, in English: "I've paid …", "My mother has paid …"."""
    return f"{who_}'ve {done}." if who_ in ("I", "you", "we", "they") else f"{who_} {has} {done}."


def _forgot(text: str) -> str | None:
    """"Tôi quên đóng tiền điện." as "I forgot to pay the electricity bill.", "Mẹ tôi lại quên đóng tiền nước." as
    "My mother forgot to pay the water bill again.", "Đừng quên đóng tiền mạng nhé." as "Don't forget to pay the
    internet bill." (_FORGOT, _TOLD); None for anything else."""
    if m := _TOLD.fullmatch(text):
        bill, told = _bill(m), "Don't forget" if keyed(m["verb"]).startswith("đừng") else "Remember"
        return bill and f"{told} to pay {bill}{m['end'] or '.'}"
    m = _FORGOT.fullmatch(text)
    if not m or "?" in m["end"] or (bill := _bill(m)) is None or (said := _person(m, False)) is None:
        return None
    aux = keyed(m["aux"] or "")
    almost, again = " almost" if aux.startswith("suýt") else "", " again" if aux == "lại" else ""
    return capitalised(f"{said[0]}{almost} forgot to pay {bill}{again}{m['end'] or '.'}")


def _whose_bill(m: re.Match) -> tuple[str, str, str] | None:
    """A match of _FOR's bill with whose in English, when, and "is", "are", "was" or "were" for it: ("our electricity
    bill", " this month", "is"), ("the water bill", " last month", "was"), ("the electricity and water bills", " a
    month", "are"); None for a month said twice or with "a month", or "tiền nước" with no month nor home."""
    month = keyed(m["m0"] or m["m1"] or "")
    if m["m0"] and (m["m1"] or m["per"]) or keyed(m["bill"]) == "tiền nước" and not (
            month or m["per"] or (m["home"] or "").startswith("nhà")):
        return None  # ("Tiền nước hết bao nhiêu?", "Tiền nước của bạn …": the drinks?)
    owner = keyed(m["owner"] or "")
    if not (whose := "the" if not owner else _HOMES[owner] if m["home"].startswith("nhà") else OWNERS.get(owner)):
        return None
    many = " and " in BILLS[keyed(m["bill"])]  # (bills: "are", "were")
    be = ("were" if many else "was") if month == "tháng trước" else "are" if many else "is"
    return _bill(m, whose), f" {_MONTHS[month]}" if month else " a month" if m["per"] else "", be


def _how_much(text: str) -> str | None:
    """"Tiền nước tháng này hết bao nhiêu?" as "How much is the water bill this month?", "Tiền điện nhà tôi tháng này
    hết 800 nghìn." as "Our electricity bill is 800,000 dong this month." (_HOW_MUCH, _SUM); None for anything
    else."""
    m = _HOW_MUCH.fullmatch(text)
    if m and "?" in m["end"] and (said := _whose_bill(m)):
        return f"How much {said[2]} {said[0]}{said[1]}?"
    m = _SUM.fullmatch(text)
    if not m or not (m["m0"] or m["m1"] or m["per"]) or (said := _whose_bill(m)) is None:
        return None
    (bill, when, be), about = said, "about " * bool(m["about"])
    amount = f"{patterns.sum_said(m, 'en')} dong"  # ("800,000 dong", as mt/loans.py writes it: not "VND800 thousand")
    return capitalised(f"{bill} {be} {about}{amount}{when}{m['end'] or '.'}")


def _high(text: str) -> str | None:
    """"Tháng này tiền điện nhà tôi cao quá." as "Our electricity bill is really high this month.", "Tiền điện nhà bạn
    có cao không?" as "Is your electricity bill high?", "Tiền nước tháng trước hơi cao." as "The water bill was a bit
    high last month." (_HIGH); None for anything else."""
    m = _HIGH.fullmatch(text)
    if not m or m["per"] or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    if (said := _whose_bill(m)) is None:
        return None
    (bill, when, be), deg, much = said, keyed(m["deg"] or ""), keyed(m["much"] or "")
    if m["asked"]:
        return f"{be.capitalize()} {bill} high{when}?" if not (deg or much) else None
    if m["not"]:
        how = {("", ""): "", ("", "lắm"): "very "}.get((deg, much))
        return None if how is None else capitalised(f"{bill} {be}n't {how}high{when}{m['end'] or '.'}")
    how = {("", "quá"): "really ", ("", "lắm"): "very ", ("rất", ""): "very ", ("hơi", ""): "a bit ",
           ("khá", ""): "quite ", ("", ""): ""}.get((deg, much))
    return None if how is None else capitalised(f"{bill} {be} {how}high{when}{m['end'] or '.'}")


def _cut_off(text: str) -> str | None:
    """"Nhà tôi bị cắt điện vì chưa đóng tiền." as "Our electricity was cut off because we hadn't paid.", "Mẹ tôi bị
    cắt nước vì quên đóng tiền." as "My mother's water was cut off because she forgot to pay." (_CUT_OFF); None for
    anything else, a name alone (his or hers?) and a bill other than what was cut."""
    m = _CUT_OFF.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    what = _CUT[keyed(m["what"])]
    if m["bill"] and (what not in BILLS[keyed(m["bill"])] or m["bmonth"] or _bill(m) is None):
        return None
    if m["house"]:
        whose = own = _HOMES[keyed(m["hwho"])]
    elif (said := _person(m, False)) and (own := whose_own(m, said[0])):
        whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    else:
        return None  # ("Lan bị cắt nước …": her water, or his?)
    sub, why = _PRONOUN_OF[own], keyed(m["why"])
    did = "hadn't paid" if why == "chưa" else "didn't pay" if why == "không" else "forgot to pay"
    obj = f" {_bill(m)}" if " and " in BILLS.get(keyed(m["bill"] or ""), "") else " the bill" if m["bill"] else ""
    return capitalised(f"{whose} {what} was cut off because {sub} {did}{obj}{m['end'] or '.'}")


# ... and back
def _bill_vi(m: re.Match, who_: str | None = None) -> tuple[str, str] | None:
    """The bill of a match of _BILL_EN in Vietnamese, and whose home ("tiền điện", "nhà tôi"; "this month's": "tiền
    điện tháng này"); None where "bill" or "bills" does not agree, or whose is not who's own (`who_` in Vietnamese,
    where who pays: "I paid her bill")."""
    kind, det = keyed(m["kind"]), keyed(m["det"]).replace("’", "'")
    if (" and " in kind) != (m["bills"] == "bills"):
        return None
    bill = BILLS_VI[kind]
    if det.endswith("month's"):
        return f"{bill} {_MONTHS_VI[det[:-2]]}", ""
    if det == "the" or who_ is None:
        return bill, _HOMES_VI.get(det, "")
    own = _OWN.get(keyed(who_)) or his_her(keyed(who_))
    return (bill, "") if own == det else None


def _paid_vi(text: str) -> str | None:
    """"I've paid the electricity bill." as "Tôi đóng tiền điện rồi.", "Have you paid the internet bill yet?" as "Bạn
    đã đóng tiền internet chưa?", "I pay the electricity bill through an app." as "Tôi đóng tiền điện qua app.", "My
    mother forgot to pay the water bill." as "Mẹ tôi quên đóng tiền nước." (_PAY_EN); None for anything else, where
    a verb does not agree with who, and a bill not who's own."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or keyed(m["kin"] or "") in _ANIMALS:
        return None
    who_, one = who_vi(m)
    if (said := _bill_vi(m, who_)) is None:
        return None
    bill, q, month = said[0], (m["q"] or "").lower(), m["det"].lower().endswith("'s")
    aux, adv, verb = keyed(m["aux"] or "").replace(" not", "n't"), m["adv"] or "", m["verb"].split()[0]
    aux = {"'ve": "have", "'s": "has", "'ll": "will"}.get(aux, aux)
    day, how = m["day"], f" {HOW_VI[keyed(m['how'])]}" if m["how"] else ""
    every = " mỗi tháng" if m["every"] else ""
    way = NEAR_WAY[_DAYS_VI[keyed(day)]] if day else ""
    first = q or aux.split(" ")[0] or verb
    if first in _THIRD and not one or first in _OTHER and one:
        return None  # ("She have paid …", "Do she pay …")
    when = f"{_DAYS_VI[keyed(day)]} " if day else ""
    extra = bool(m["again"]) or bool(m["yet"]) and (q not in ("have", "has") and "n't" not in aux)
    if verb == "forgot":
        if aux or q or how or every or day or m["yet"] or adv not in ("", "almost"):
            return None
        doing = "suýt quên" if adv else "lại quên" if m["again"] else "quên"
        return capitalised(f"{who_} {doing} đóng {bill}.")
    if extra or m["again"]:
        return None
    if q in ("have", "has"):
        ok = not (aux or day or how or every) and adv in ("", "already") and verb == "paid"
        return f"{capitalised(who_)} đã đóng {bill} chưa?" if ok else None
    if q in ("do", "does"):
        ok = not aux and verb == "pay" and (how or every) and not (day or adv or month)
        return f"{capitalised(who_)} có đóng {bill}{how}{every} không?" if ok else None
    if aux in ("haven't", "hasn't"):
        ok = verb == "paid" and not (adv or day or how or every)
        return capitalised(f"{who_} chưa đóng {bill}.") if ok else None
    if aux in ("have", "has"):
        if verb != "paid" or day or every or adv not in ("", "just", "already"):
            return None
        return capitalised(f"{who_} vừa đóng {bill}{how}." if adv == "just" else f"{who_} đóng {bill}{how} rồi.")
    if aux in ("will", "have to", "has to", "need to", "needs to"):
        if verb != "pay" or adv or every or way == "behind":
            return None
        doing = "sẽ" if aux == "will" else "phải" if aux.endswith("ve to") or aux == "has to" else "cần"
        return capitalised(f"{when}{who_} {doing} đóng {bill}{how}.")
    if aux:
        return None
    if verb == "paid":
        if every or way == "ahead" or adv not in ("", "just"):
            return None
        return capitalised(f"{who_} vừa đóng {bill}{how}." if adv else f"{when}{who_} đã đóng {bill}{how}.")
    if day or month or adv in ("just", "already", "almost") or not (how or every or adv):
        return None  # ("this month's bill" is paid once, not as a habit)
    habit = f"{HABIT_VI[adv]} " if adv else ""
    return capitalised(f"{who_} {habit}đóng {bill}{how}{every}.")


def _told_vi(text: str) -> str | None:
    """"Don't forget to pay the internet bill." as "Đừng quên đóng tiền internet nhé.", "Remember to pay the water
    bill." as "Nhớ đóng tiền nước nhé." (_TOLD_EN); None for anything else, and a bill of "my", "his" …"""
    m = _TOLD_EN.fullmatch(text)
    if not m or keyed(m["det"]) not in ("the", "your", "this month's") or (said := _bill_vi(m)) is None:
        return None
    told = "Nhớ" if m["verb"] == "Remember" else "Đừng quên"
    return f"{told} đóng {said[0]} nhé{'!' if '!' in m['end'] else '.'}"


def _home_bill(m: re.Match, be: str) -> tuple[str, str] | None:
    """The bill of a match of _BILL_EN, with whose home, in Vietnamese, and when of _WHEN_EN ("tiền điện nhà tôi",
    "tháng này"; "hóa đơn tiền nước" for the water bill said alone, not the drinks); None for "this month's" (said
    after it), and where `be` does not agree with "bill" or "bills", or with when ("last month": was)."""
    said, when = _bill_vi(m), keyed(m["when"] or "")
    if said is None or m["det"].lower().endswith("'s") or (be in ("are", "were")) != (m["bills"] == "bills"):
        return None
    if (be in ("was", "were")) != (when == "last month"):
        return None
    bill, home = said
    if bill == "tiền nước" and not home and not when:
        bill = "hóa đơn tiền nước"
    return f"{bill} nhà {home}" if home else bill, _MONTHS_VI.get(when, when and "một tháng")


def _how_much_vi(text: str) -> str | None:
    """"How much is the water bill this month?" as "Tiền nước tháng này hết bao nhiêu?", "Our electricity bill is
    VND800,000 this month." as "Tiền điện nhà tôi tháng này hết 800.000 đồng." (_HOW_MUCH_EN, _SUM_EN); None for
    anything else."""
    asked = _HOW_MUCH_EN.fullmatch(text)
    if not (m := asked or _SUM_EN.fullmatch(text)) or (said := _home_bill(m, m["be"])) is None:
        return None
    bill, when = capitalised(said[0]), f" {said[1]}" if said[1] else ""
    if asked:
        return f"{bill}{when} hết bao nhiêu?"
    amount, end = sum_said(" ".join(m["sum"].split()), "en"), "!" if "!" in m["end"] else "."
    return f"{bill}{when} hết {'khoảng ' * bool(m['about'])}{amount}{end}" if amount and when else None


def _high_vi(text: str) -> str | None:
    """"Our electricity bill is really high this month." as "Tháng này tiền điện nhà tôi cao quá.", "Is your
    electricity bill high?" as "Tiền điện nhà bạn có cao không?" (_HIGH_EN); None for anything else."""
    m = _HIGH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m["s"]):
        return None
    if (said := _home_bill(m, (m["q"] or m["be"] or "is").lower())) is None:
        return None
    (bill, when), deg = said, keyed(m["deg"] or "")
    opening = f"{capitalised(when)} {bill}" if when else capitalised(bill)
    if m["q"]:
        return f"{opening} có cao không?" if not (deg or m["not"]) else None
    how = ({"": "không cao", "very": "không cao lắm"} if m["not"] else {
        "really": "cao quá", "too": "cao quá", "so": "cao quá", "very": "rất cao", "a bit": "hơi cao",
        "quite": "khá cao", "": "cao"}).get(deg)
    return how and f"{opening} {how}{'!' if '!' in m['end'] else '.'}"


def _cut_off_vi(text: str) -> str | None:
    """"Our electricity was cut off because we hadn't paid." as "Nhà tôi bị cắt điện vì chưa đóng tiền.", "My water
    was cut off because I forgot to pay the water bill." as "Tôi bị cắt nước vì quên đóng tiền nước." (_CUT_EN); None
    for anything else, and where who did not pay is not whose supply it is."""
    m = _CUT_EN.fullmatch(text)
    if not m or _PRONOUN_OF[whose := m["whose"].lower()] != m["sub"]:  # (who did not pay: whose it is)
        return None
    what, why = m["what"].lower(), keyed(m["why"])
    did = "chưa" if why.startswith("had") else "quên" if why.startswith("forgot") else "không"
    money = "tiền"
    if m["det"]:  # (the bill, or whose own: "our water bill"; of what was cut)
        said = _bill_vi(m)
        if said is None or keyed(m["det"]) not in ("the", whose) or _KIND[what] not in _KIND[keyed(m["kind"])]:
            return None
        money = said[0]
    return f"{_CUT_WHO[whose]} bị cắt {_CUT_VI[what]} vì {did} đóng {money}{'!' if '!' in m['end'] else '.'}"
