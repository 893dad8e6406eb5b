"""Cash, change and cards, both ways, written whole by rule: having change or cash, what a place takes, the ATM that
ate a card, getting cash out, changing money, the exchange rate. v8 (with the other rules on) reads "change" as
altering and "take" as getting: "Do you have any change?" → "Bạn có thay đổi nào không?", "Do you have change for a
500,000 note?" → "Bạn có thay đổi 500.000 ghi chú không?", "Cash only." → "Chỉ làm tiền thôi.", "Do you take cards?"
→ "Bạn có thẻ không?", "The ATM ate my card." → "ATM ăn thẻ của tôi.", "I need to get some cash." → "Tôi cần có một
số tiền.", "I'd like to change dollars into dong." → "Tôi muốn thay đổi đồng đô la vào quảng cáo."; "Máy ATM nuốt thẻ
của tôi." → "ATM swallows my card.", "Tôi muốn đổi tiền." → "I want to change my money.", "Chúng tôi chỉ nhận tiền
mặt." → "We only get cash.", "Bạn có tiền lẻ cho tờ 500 nghìn không?" → "Do you have small change for the page 500
thousand?", "Tỷ giá là bao nhiêu?" → "How much is the price?", "Một đô la bằng bao nhiêu tiền Việt?" → "How much does
the Vietnamese money?"; and paying by QR code and what a shop takes: "Tôi trả tiền bằng mã QR." → "I pay for QR code.",
"Ở đây có quét mã được không?" → "Is the scanned here?", "Tôi quét mã để trả tiền." → "I scand my code to pay.",
"Cửa hàng này không nhận chuyển khoản." → "This store does not receive the transfer."; "Can I pay by QR code here?" →
"Có thể tôi trả tiền bằng mã QR ở đây không?", "I paid with a QR code." → "Tôi đã trả bằng một mã QR.", "This shop
doesn't take bank transfers." → "Cửa hàng này không đưa ra chuyển giao ngân hàng.".

Taken: who (mt.hobbies.WHO, WHO_EN) has change or cash, any, enough, none, only cash or only a note, and change for a
note, said or asked ("Anh ấy có tiền lẻ không?"), "thôi" at the end as "only" ("Tôi có tiền mặt thôi."); what we, they,
you, "ở đây" (here) or a shop ("Cửa hàng này", "this shop": SHOPS) take, only take or do not take (cash, cards,
dollars, bank transfers, QR codes …: TAKEN; "… nhận tiền mặt thôi.": only take), and "Cash only."; paying by QR code
("bằng mã QR", "by QR code", "with a QR code"), as mt/transfers.py reads it (one of its MEANS: its tense, who and
asking; said bare by "tôi" or "chúng tôi", what the speaker will do); whether one can pay by QR code here ("Ở đây có
quét mã được không?"); who scans the code, to pay or not, by the tense ("đã", "rồi", "vừa", "sẽ", "chưa"), asked "chưa?"
or "được không?"; the ATM that ate or kept whose card ("Máy ATM nuốt thẻ của tôi.", "Tôi bị cây ATM nuốt thẻ."); who
would like, needs or has to change money (into a currency of CURRENCIES) or get some cash, or asks whether they can
here; the exchange rate of a currency, today, and one of it in đồng. Sums of đồng are read and written by mt/amounts.py
("tờ 500.000 đồng" "a VND500,000 note"). Left: "Bạn có tiền lẻ không?", "Bạn có tiền mặt không?" (mt/patterns.py),
running out of cash (mt/mishaps.py), cash brought (mt/bring_along.py), paying in cash or by card, money sent by bank
transfer and getting money ("tiền") out (mt/transfers.py), the phrasebook's ("Tôi muốn đổi đô la.", "I'd like to change
some money.", "What's the exchange rate?", "Bạn có nhận thẻ không?"), bills (mt/bills.py), prices (mt/prices.py),
lending (mt/loans.py), "I" or he or she taking cards ("nhận thẻ": also receiving a card), sums of other currencies past
999, changing money done; "nhận mã QR" but by a shop or here (also getting a code), paying "qua mã QR", scanning said
bare by others (scans, will or scanned?) or asked "có … không?", "Ở đây có quét mã không?" (maybe a ticket), "I scanned
the code to pay." (v8's); "thôi" asked; what mt/transfers.py leaves of paying by QR code ("Tôi không trả bằng mã QR.",
"Did you pay by QR code?" …); a word of kinship alone ("Anh", "Em") asking whether one can pay here or scan (the speaker
or "you"), a pet asking to pay here; "by QR", "with QR code" (not among mt.transfers.MEANS_VI). mt.phrasebook.translate
tries these after mt/days_off.py.

    >>> translate("Máy ATM nuốt thẻ của tôi.", "vi", "en"), translate("Do you have any change?", "en", "vi")
    ('The ATM ate my card.', 'Bạn có tiền lẻ không?')
"""
from __future__ import annotations

import re

from . import amounts
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed
from .transfers import translate as paid_by

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tiền|tờ|nhận|atm|đổi|t[ỷỉ]\s+giá|qr|quét)"),
         "en": lazy(r"(?i:change|cash|card|note|bill|\btake|accept|atm|\brate|dollar|euro|pound|yen|dong|vnd|qr)")}
# currencies, keyed, and what English calls one ("đồng" alone is left: also bronze, and a sum of đồng is amounts')
CURRENCIES = {"đô la": "dollar", "đô la mỹ": "dollar", "đô": "dollar", "tiền đô": "dollar", "tiền đô la": "dollar",
              "usd": "dollar", "euro": "euro", "bảng anh": "pound", "yên": "yen", "yên nhật": "yen",
              "tiền việt": "dong", "tiền đồng": "dong", "tiền việt nam": "dong", "vnd": "dong"}
CURRENCIES_VI = {"dollar": "đô la", "euro": "euro", "pound": "bảng Anh", "yen": "yên", "dong": "tiền Việt"}
_MANY = {"dollar": "dollars", "euro": "euros", "pound": "pounds", "yen": "yen", "dong": "dong"}
_CURRENCIES_EN = {**{w: w for w in _MANY}, **{many: one for one, many in _MANY.items()}, "us dollars": "dollar",
                  "us dollar": "dollar", "vietnamese dong": "dong", "vnd": "dong"}
_CUR = rf"(?i:{alternatives(CURRENCIES)})"
_CUR_EN = rf"(?i:{alternatives(_CURRENCIES_EN)})"
# what a place takes (the first Vietnamese of each is written back)
TAKEN = {"tiền mặt": "cash", "thẻ": "cards", "thẻ tín dụng": "credit cards", "thẻ visa": "Visa", "đô la": "dollars",
         "đô": "dollars", "usd": "dollars", "euro": "euros", "chuyển khoản": "bank transfers",
         "thanh toán bằng mã qr": "QR codes", "thanh toán qua mã qr": "QR codes", "mã qr": "QR codes"}
TAKEN_VI = {en.lower(): vi.replace("visa", "Visa").replace("qr", "QR") for vi, en in reversed(TAKEN.items())} | {
    "card": "thẻ", "credit card": "thẻ tín dụng", "us dollars": "đô la", "qr code payments": "thanh toán bằng mã QR"}
# a shop or a place as what takes them, said of one ("This shop takes"; also mt/e_wallets.py's shops)
SHOPS = {"cửa hàng này": "this shop", "tiệm này": "this shop", "quán này": "this place", "nhà hàng này":
          "this restaurant", "khách sạn này": "this hotel", "siêu thị này": "this supermarket"}
_SHOPS_VI = {"this shop": "cửa hàng này", "this store": "cửa hàng này", "this restaurant": "nhà hàng này",
             "this hotel": "khách sạn này", "this supermarket": "siêu thị này", "this place": "ở đây"}
_NUM = r"\d+(?:[.,]\d+)*"

# who has change or cash, or a note ("Bạn có tiền lẻ để đổi tờ 500 nghìn không?"); "thôi" at the end says "only"
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+(?:có\s+)?|(?P<only>chỉ)\s+có\s+|có\s+)(?P<enough>đủ\s+)?"
             r"(?:tiền\s+(?P<what>lẻ|mặt))?(?:\s*(?:(?P<for>để\s+đổi|cho)\s+)?tờ\s+"
             rf"(?P<note>{_NUM}(?:\s*[^\W\d_]+){{0,2}}?))?(?:\s+(?P<alone>thôi))?{ASKED_END}")
# what who, a shop or a place ("ở đây") takes ("Ở đây có nhận đô la không?"); "thôi" at the end says "only"
_TAKE = lazy(rf"(?:(?P<here>[Ởở]\s+đây)\s+|(?P<shop>(?i:{alternatives(SHOPS)}))\s+|{WHO}\s+)?"
             r"(?:(?P<only>[Cc]hỉ)\s+|(?P<not>không)\s+|(?P<ask>có)\s+)?"
             rf"nhận\s+(?P<what>(?i:{alternatives(TAKEN)}))(?P<here2>\s+ở\s+đây)?(?:\s+(?P<alone>thôi))?{ASKED_END}")
# the ATM that ate a card ("Máy ATM nuốt thẻ của tôi.", "Tôi bị cây ATM nuốt thẻ.")
_ATM = lazy(rf"(?:(?P<by>{WHO})\s+bị\s+)?(?i:máy|cây)\s+ATM(?P<this>\s+này)?\s+(?:(?P<just>vừa)\s+|đã\s+)?"
            rf"(?P<v>nuốt|giữ)(?:\s+mất)?\s+thẻ(?:\s+ATM)?(?:\s+của\s+{OWNER})?(?:\s+rồi)?\s*(?P<end>[.!]*)")
# who would like, needs or has to change money or get cash, or can ("Tôi muốn đổi 100 đô sang tiền Việt.")
_DOING = (rf"(?:đổi\s+(?:(?P<n>[1-9]\d{{0,2}})\s+(?P<cur>{_CUR})|(?P<money>tiền)|(?P<cur2>{_CUR}))"
          rf"(?:\s+(?:sang|ra|thành)\s+(?P<into>{_CUR}))?|(?P<get>(?P<go>đi\s+)?rút\s+(?:(?:một\s+)?ít\s+)?"
          r"tiền\s+mặt))(?P<here>\s+ở\s+đây)?")
_WANTS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<modal>muốn|cần|phải|có\s+thể)\s+)?{_DOING}"
              rf"(?:\s+(?P<can>được))?{ASKED_END}")
_HERE = lazy(rf"[Ởở]\s+đây\s+có\s+đổi\s+(?:(?P<money>tiền)|(?P<cur2>{_CUR}))\s+không{SOFTENED_QUESTION}")
# the exchange rate ("Tỷ giá đô la hôm nay là bao nhiêu?"), one of a currency in đồng
_RATE = lazy(rf"[Tt][ỷỉ]\s+giá(?:\s+hối\s+đoái)?(?:\s+(?P<cur>{_CUR}))?(?P<today>\s+hôm\s+nay)?\s+(?:là\s+)?"
             rf"bao\s+nhiêu{SOFTENED_QUESTION}")
# paying by QR code, read by mt/transfers.py (one of its MEANS): "bằng mã QR", "tiền mặt hay mã QR", and back
_QR = lazy(r"(?i:(?:bằng|hay)\s+mã\s+qr|mã\s+qr(?=\s+hay\s))")
_QR_EN = lazy(r"(?i:by\s+qr\s+code|with\s+a\s+qr\s+code)(?!\w)")
# ... "bạn", "you" where a word of kinship alone asking whether one can may be the speaker (_kin_alone)
_BAN = lazy(r"(?i:(?<!\w)bạn(?!\w))")
# ... asked whether one can here ("Ở đây trả bằng mã QR được không?", "Ở đây có quét mã được không?")
_PAY = r"(?:trả|thanh\s+toán)(?:\s+tiền)?"
_HERE_QR = lazy(rf"(?:[Ởở]\s+đây\s+(?:(?P<ask>có)\s+)?(?:{_PAY}\s+bằng\s+(?i:mã\s+qr)|(?P<scan>quét\s+mã"
                rf"(?:\s+QR)?))|{WHO}\s+(?:(?P<can>có\s+thể)\s+)?{_PAY}\s+bằng\s+(?i:mã\s+qr)\s+ở\s+đây)"
                rf"(?:\s+(?P<can2>được))?\s+không{SOFTENED_QUESTION}")
# who scans the code, to pay or not, said by the tense or asked ("Tôi đã quét mã rồi.", "Bạn quét mã chưa?")
_SCAN = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa|sẽ|chưa)\s+)?(?:(?P<can>có\s+thể)\s+)?quét\s+mã(?P<qr>\s+QR)?"
             rf"(?P<pay>\s+để\s+{_PAY})?(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không|chưa))?(?:\s+(?P<done>rồi))?"
             r"(?:\s+(?:ạ|vậy|thế))?\s*(?P<end>[.!?]*)")
_ONE = lazy(rf"(?i:một|1)\s+(?P<cur>{_CUR})\s+(?:bằng|được|đổi\s+được|là)\s+bao\s+nhiêu\s+"
            rf"(?:tiền\s+Việt|tiền\s+đồng|đồng|VND){SOFTENED_QUESTION}")

# ... and in English
_NOTE_EN = r"(?P<note>(?:VND|VNĐ)\s?\d[\d,.]*(?:\s+(?:thousand|million))?|\d[\d,.]*(?:\s+(?:thousand|million))?" \
           r"(?:[\s-]?(?:dong|VND))?)"
_ONLY_NOT_EN = r"(?:\s+(?P<only>only)|\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"  # _HAVE_EN's, _TAKE_EN's
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_ONLY_NOT_EN}\s+(?P<v>have|has)\s+(?:(?P<q>any|some|enough)\s+)?"
                rf"(?P<what>change|cash)?(?:\s*(?P<for>for\s+)?a\s+{_NOTE_EN}\s+(?:note|bill))?\s*(?P<end>[.!?]*)")
_TAKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?(?:(?P<shop>(?i:{alternatives(_SHOPS_VI)}))|{WHO_EN}){_ONLY_NOT_EN}\s+"
                rf"(?P<v>take|takes|accept|accepts)\s+(?P<what>(?i:{alternatives(TAKEN_VI)}))(?P<here>\s+here)?"
                r"\s*(?P<end>[.!?]*)")
_ONLY_EN = lazy(r"(?P<what>Cash|Cards)\s+only\s*[.!]*")
_ATM_EN = lazy(rf"(?P<this>The|This)\s+(?:ATM|cash\s+machine|cashpoint)\s+(?P<just>just\s+)?(?P<has>has\s+|['’]s\s+)?"
               rf"(?P<v>ate|eaten|swallowed|kept)\s+(?:(?P<whose>{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)"
               r"\s+(?:bank\s+|debit\s+|ATM\s+)?card\s*(?P<end>[.!]*)")
_DOING_EN = (rf"(?:change\s+(?:(?P<n>[1-9]\d{{0,2}})\s+(?P<cur>{_CUR_EN})|(?:some\s+)?(?:(?P<money>money)|"
             rf"(?P<cur2>{_CUR_EN})))(?:\s+(?:into|to|for)\s+(?P<into>{_CUR_EN}))?|(?P<get>(?P<go>go\s+and\s+)?"
             r"(?:get|withdraw)\s+some\s+cash))(?P<here>\s+here)?")
_WANTS_EN = lazy(rf"(?:(?P<q>Would|Do|Does|Can|Could)\s+)?{WHO_EN}(?P<modal>['’]d\s+like|\s+would\s+like|\s+like|"
                 rf"\s+wants?|\s+needs?|\s+ha(?:ve|s))?\s+(?P<to>to\s+)?{_DOING_EN}(?:,?\s+please)?\s*"
                 r"(?P<end>[.!?]*)")
_RATE_EN = lazy(rf"What(?:['’]s|\s+is)\s+the\s+(?:(?P<cur>{_CUR_EN})\s+(?:exchange\s+)?rate|exchange\s+rate"
                rf"(?:\s+for\s+(?:the\s+)?(?P<cur2>{_CUR_EN}))?)(?P<today>\s+today)?\s*\?+")
_HERE_QR_EN = lazy(rf"Can\s+{WHO_EN}\s+pay\s+(?:by|with)\s+(?:a\s+)?(?i:QR)\s+code\s+here\s*\?+")
_ONE_EN = lazy(rf"How\s+much\s+is\s+(?:a|one|1)\s+(?P<cur>{_CUR_EN})\s+in\s+(?:Vietnamese\s+)?(?:dong|VND)\s*\?+")
# ... the modals, in Vietnamese (would like, need, have to)
_MODALS_VI = {"'d like": "muốn", "would like": "muốn", "want": "muốn", "wants": "muốn", "need": "cần", "needs": "cần",
              "have": "phải", "has": "phải"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence this module takes (the module docstring's "Taken"); None for any other."""
    rules = (_have, _take, _atm, _wants, _rate, _paid, _here_qr, _scan) if src == "vi" else (
        _have_vi, _take_vi, _atm_vi, _wants_vi, _rate_vi, _paid_vi, _here_qr_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _note_en(said: str) -> str | None:
    """A note of đồng in English ("500.000 đồng" "a VND500,000 note"); None where mt.amounts reads no sum of đồng."""
    return (sum_ := amounts.sum_said(said, "vi")) and f"a {sum_} note"


def _note_vi(said: str) -> str | None:
    """A note in English in Vietnamese ("500,000" and "500,000 dong" "tờ 500.000 đồng"); None for anything else."""
    said = said.replace("-dong", " dong") if not re.fullmatch(r"[\d,]+", said) else f"{said} dong"
    return (sum_ := amounts.sum_said(said, "en")) and f"tờ {sum_}"


def _have(text: str) -> str | None:
    """"Tôi có tiền mặt thôi." as "I only have cash." and the like (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    (who_, one), thing = said, {"lẻ": "change", "mặt": "cash", None: ""}[m["what"] and keyed(m["what"])]
    note, only = m["note"] and _note_en(m["note"]), m["only"] or m["alone"] and not m["not"]  # ("có … thôi": only)
    if m["note"] and not note or not (note or thing) or bool(m["for"]) != bool(note and thing) or asked and (
            m["not"] or m["only"] or m["alone"]):
        return None
    have = "has" if one else "have"
    if asked:
        said = f"change for {note}" if note else f"{'enough' if m['enough'] else 'any'} {thing}"
        return f"{'Does' if one else 'Do'} {who_} have {said}?" if not note or thing == "change" else None
    if only:
        said = None if m["enough"] or thing == "change" or note and thing else note or thing
        return said and capitalised(f"{who_} only {have} {said}.")
    if note or not thing:
        return None
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {'enough' if m['enough'] else 'any'} {thing}.")
    return None if m["enough"] else capitalised(f"{who_} {have} some {thing}.")


def _take(text: str) -> str | None:
    """"Ở đây có nhận đô la không?" as "Do you take dollars here?" and the like (_TAKE); None for anything else."""
    m = _TAKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["here"] and m["here2"] or \
            asked and m["alone"]:
        return None
    only = m["only"] or m["alone"] and not m["not"]  # ("… nhận tiền mặt thôi.": only; "không … thôi": just not)
    what, here = TAKEN[keyed(m["what"])], bool(m["here"] or m["here2"])
    if keyed(m["what"]) == "mã qr" and not (here or m["shop"]) or m["shop"] and here:
        return None
    if m["shop"]:
        shop, verb = SHOPS[keyed(m["shop"])], "doesn't take" if m["not"] else "only takes" if only else "takes"
        return f"Does {shop} take {what}?" if asked else capitalised(f"{shop} {verb} {what}.")
    if not (m["here"] or m["who"] or m["kin"] or m["title"] or m["given"]):
        return f"{what.capitalize()} only." if only and not here and what in ("cash", "cards") else None
    said = ("you" if asked else "they", False) if m["here"] else who(m, asked)
    if said is None or said[0] not in ("you", "we", "they") or not asked and said[0] == "you":
        return None
    where, verb = " here" if here else "", "don't take" if m["not"] else "only take" if only else "take"
    return f"Do {said[0]} take {what}{where}?" if asked else capitalised(f"{said[0]} {verb} {what}{where}.")


def _atm(text: str) -> str | None:
    """"Tôi bị cây ATM nuốt thẻ." as "The ATM ate my card." (_ATM); None for anything else, or whose card unsaid."""
    m = _ATM.fullmatch(text)
    if not m or bool(m["by"]) == bool(m["owner"] or m["someone"]):
        return None
    said = who(m, False) if m["by"] else None if m["owner"] else (someone(m["someone"], "vi"), True)
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else said and said[0] and (EN_WHOSE.get(said[0]) or
                                                                              f"{said[0]}'s")
    if not whose:
        return None
    ate = "kept" if keyed(m["v"]) == "giữ" else "ate"
    return f"{'This' if m['this'] else 'The'} ATM {'just ' if m['just'] else ''}{ate} {whose} card."


def _money_en(m: re.Match, table: dict[str, str]) -> str | None:
    """The money of a match of _DOING (`table` CURRENCIES) or _DOING_EN (_CURRENCIES_EN) in English: "some money",
    "some dollars", "100 dollars into dong"; None for a sum of đồng, "1 dollars", or money into itself."""
    g = m.groupdict()  # (_HERE has no sum, and no currency it is changed into)
    if g["money"]:
        cur, said = None, "some money"
    else:
        word, n = keyed(g.get("cur") or g["cur2"]), g.get("n")
        cur = table[word]
        many = _MANY[cur]
        if cur == "dong" and n or table is _CURRENCIES_EN and cur != many and (word.split()[-1] == cur) != (n == "1"):
            return None
        said = f"{n} {cur if n == '1' else many}" if n else f"some {many}"
    into = g.get("into") and table[keyed(g["into"])]
    return None if into and into == cur else f"{said} into {_MANY[into]}" if into else said


def _wants(text: str) -> str | None:
    """"Ở đây có đổi tiền không?" as "Can I change some money here?" and the like (_WANTS, _HERE); None for others."""
    if m := _HERE.fullmatch(text):
        return f"Can I change {_money_en(m, CURRENCIES)} here?"
    m = _WANTS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    (who_, one), modal = said, keyed(m["modal"] or "")
    money = None if m["get"] else _money_en(m, CURRENCIES)
    if not (m["get"] or money):
        return None
    doing = f"{'go and ' if m['go'] else ''}get some cash" if m["get"] else f"change {money}"
    doing += " here" if m["here"] else ""
    if asked:
        if m["ask"] and not m["can"] and modal in ("muốn", "cần") and who_ != "I":
            return f"Would {who_} like to {doing}?" if modal == "muốn" else \
                f"{'Does' if one else 'Do'} {who_} need to {doing}?"
        return f"Can {who_} {doing}?" if not m["ask"] and modal in ("", "có thể") and (modal or m["can"]) else None
    if m["ask"] or m["can"] or modal in ("", "có thể"):
        return None
    verb = {"muốn": "would like", "cần": "needs" if one else "need", "phải": "has" if one else "have"}[modal]
    verb = "'d like" if verb == "would like" and who_ in EN_WHOSE else f" {verb}"
    return capitalised(f"{who_}{verb} to {doing}.")


def _rate(text: str) -> str | None:
    """"Tỷ giá đô la hôm nay là bao nhiêu?" as "What's the exchange rate for the dollar today?", "Một đô la bằng bao
    nhiêu tiền Việt?" as "How much is one dollar in dong?" (_RATE, _ONE); None for anything else."""
    if m := _ONE.fullmatch(text):
        cur = CURRENCIES[keyed(m["cur"])]
        return None if cur == "dong" else f"How much is one {cur} in dong?"
    m = _RATE.fullmatch(text)
    cur = m and m["cur"] and CURRENCIES[keyed(m["cur"])]
    if not m or cur == "dong":
        return None
    return f"What's the exchange rate{f' for the {cur}' if cur else ''}{' today' if m['today'] else ''}?"


def _paid(text: str) -> str | None:
    """"Tôi đã trả tiền bằng mã QR." as "I paid by QR code.", as mt/transfers.py reads it (_QR); None for anything
    it leaves, and where "chuyển khoản" or scanning is also said."""
    return None if len(_QR.findall(text)) != 1 or re.search(r"(?i:chuyển\s+khoản|quét)", text) else \
        paid_by(text, "vi", "en")


def _here_qr(text: str) -> str | None:
    """"Ở đây có quét mã được không?" as "Can I pay by QR code here?" and the like (_HERE_QR); None for any other."""
    m = _HERE_QR.fullmatch(text)
    if not m or m["scan"] and not m["can2"] or not (m["ask"] or m["can"] or m["can2"]):
        return None
    said = not animal(m) and who(m, True) if m["who"] or m["kin"] or m["title"] or m["given"] else ("I", False)
    return f"Can {said[0]} pay by QR code here?" if said and not _kin_alone(m, said[0]) else None


def _kin_alone(m: re.Match, who_: str) -> bool:
    """Whether `who_` (of a match of WHO, in English) is "you" said by a word of kinship alone ("Anh", "Em")."""
    return who_ == "you" and not _BAN.fullmatch(m["who"] or "")


def _scan(text: str) -> str | None:
    """"Tôi quét mã để trả tiền." as "I'll scan the code to pay.", "Bạn quét mã chưa?" as "Have you scanned the code
    yet?" (_SCAN); None for anything else, and for a word of kinship alone asking whether one can (_kin_alone)."""
    m = _SCAN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or animal(m) or (said := who(m, asked)) is None:
        return None
    (who_, one), said, done = said, keyed(m["tense"] or ""), m["done"]
    code, can, have = f"the {'QR ' * bool(m['qr'])}code{' to pay' * bool(m['pay'])}", m["can"] or m["can2"], \
        "has" if one else "have"
    if asked:
        if keyed(m["asked"]) == "không":
            return f"Can {who_} scan {code}?" if can and not (said or done or _kin_alone(m, who_)) else None
        return f"{have.capitalize()} {who_} scanned {code} yet?" if said in ("", "đã") and not (can or done) and \
            who_ != "I" else None
    if can or done and said not in ("", "đã") or not (said or done or who_ in ("I", "we")):
        return None  # ("Mẹ tôi quét mã.": scans, will or scanned?)
    said = f"{have} {'already ' * bool(said)}scanned" if done else {  # ("rồi": have; "đã … rồi": already)
        "chưa": f"{have}n't scanned", "đã": "scanned", "vừa": f"{have} just scanned"}.get(said, "will scan")
    yet = " yet" * said.endswith("n't scanned")
    return capitalised(contracted(who_, f"{said} {code}{yet}{m['end'] or '.'}"))


def _have_vi(text: str) -> str | None:
    """"I only have a 500,000 note." as "Tôi chỉ có tờ 500.000 đồng." (_HAVE_EN); None for anything else, and where
    "has" or "does" does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux = (m["do"] or m["not"] or "").lower()
    if (aux.startswith("does") if aux else m["v"] == "has") != one or aux and m["v"] == "has" or \
            m["do"] and who_ == "tôi":
        return None
    what = {"change": "tiền lẻ", "cash": "tiền mặt", None: ""}[m["what"]]
    note, q = m["note"] and _note_vi(m["note"]), m["q"] or ""
    if m["note"] and not note or bool(m["for"]) != bool(note and what):
        return None
    enough = "đủ " if q == "enough" else ""
    if m["do"]:
        if note:
            return f"{who_.capitalize()} có tiền lẻ để đổi {note} không?" if what == "tiền lẻ" and not q else None
        return capitalised(f"{who_} có {enough}{what} không?") if what and q != "some" else None
    if m["only"]:
        return capitalised(f"{who_} chỉ có {note or what}.") if (note and not what or what == "tiền mặt") and not q \
            else None
    if note or not what or m["not"] and q == "some" or not m["not"] and q in ("any", "enough"):
        return None
    return capitalised(f"{who_} {'không ' if m['not'] else ''}có {enough}{what}.")


def _take_vi(text: str) -> str | None:
    """"Do you take cards here?" as "Ở đây có nhận thẻ không?", "Cash only." as "Chỉ nhận tiền mặt." (_TAKE_EN,
    _ONLY_EN); None for anything else, and where "takes" or "does" does not agree with who."""
    if m := _ONLY_EN.fullmatch(text):
        return f"Chỉ nhận {TAKEN_VI[m['what'].lower()]}."
    m = _TAKE_EN.fullmatch(text)
    aux = m and (m["do"] or m["not"] or "").lower()
    if not m or bool(m["do"]) != ("?" in m["end"]) or (aux.startswith("does") if aux else m["v"].endswith("s")) != \
            bool(m["shop"]) or aux and m["v"].endswith("s") or m["do"] and (m["only"] or m["not"]):
        return None
    what = TAKEN_VI[m["what"].lower()]
    if m["shop"]:  # (a shop said of one; "this place" as "ở đây")
        shop, said = _SHOPS_VI[keyed(m["shop"])], f"{'không ' if m['not'] else 'chỉ ' if m['only'] else ''}nhận"
        said = f"{shop} có nhận {what} không?" if m["do"] else f"{shop} {said} {what}."
        return None if m["here"] else capitalised(said)
    who_, _ = who_vi(m)
    if who_ not in ("bạn", "chúng tôi", "họ") or (who_ == "bạn") != bool(m["do"]):
        return None
    if m["do"]:
        return f"Ở đây có nhận {what} không?" if m["here"] else f"Bạn có nhận {what} không?"
    said = f"{'chỉ ' if m['only'] else 'không ' if m['not'] else ''}nhận {what}"
    if m["here"] and who_ == "họ":
        return f"Ở đây {said}."
    return capitalised(f"{who_} {said}{' ở đây' * bool(m['here'])}.")


def _atm_vi(text: str) -> str | None:
    """"The ATM ate my card." as "Máy ATM nuốt thẻ của tôi." and the like (_ATM_EN); None for anything else."""
    m = _ATM_EN.fullmatch(text)
    if not m or bool(m["has"]) != (m["v"] == "eaten") and m["v"] in ("ate", "eaten") or m["has"] and m["just"]:
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    if not whose:
        return None
    done = bool(m["has"])
    verb = f"{'vừa ' if m['just'] else ''}{'giữ' if m['v'] == 'kept' else 'nuốt'}{' mất' if done else ''}"
    return f"Máy ATM{' này' if m['this'] == 'This' else ''} {verb} thẻ của {whose}{' rồi' if done else ''}."


def _money_vi(m: re.Match) -> str | None:
    """The money of a match of _DOING_EN in Vietnamese: "tiền", "100 đô la", "đô la sang tiền Việt"."""
    if _money_en(m, _CURRENCIES_EN) is None:
        return None
    cur = m["cur"] or m["cur2"]
    said = "tiền" if m["money"] else CURRENCIES_VI[_CURRENCIES_EN[keyed(cur)]]
    said = f"{m['n']} {said}" if m["n"] else said
    return f"{said} sang {CURRENCIES_VI[_CURRENCIES_EN[keyed(m['into'])]]}" if m["into"] else said


def _wants_vi(text: str) -> str | None:
    """"Can I change money here?" as "Tôi có thể đổi tiền ở đây không?" (_WANTS_EN); None for anything else, and
    where "wants", "needs", "has" or "does" does not agree with who."""
    m = _WANTS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["modal"]) != bool(m["to"]):
        return None
    who_, one = who_vi(m)
    q, modal = (m["q"] or "").lower(), " ".join((m["modal"] or "").replace("’", "'").split())
    doing = f"{'đi ' if m['go'] else ''}rút ít tiền mặt" if m["get"] else (said := _money_vi(m)) and f"đổi {said}"
    if not doing:
        return None
    doing += " ở đây" if m["here"] else ""
    if q in ("can", "could"):
        return capitalised(f"{who_} có thể {doing} không?") if not modal else None
    if q == "would":
        return capitalised(f"{who_} có muốn {doing} không?") if modal == "like" else None
    if q:
        return capitalised(f"{who_} có cần {doing} không?") if modal == "need" and (q == "does") == one else None
    if modal not in _MODALS_VI or modal.endswith("s") != one and modal not in ("'d like", "would like"):
        return None
    return capitalised(f"{who_} {_MODALS_VI[modal]} {doing}.")


def _rate_vi(text: str) -> str | None:
    """"What's the exchange rate for the dollar today?" as "Tỷ giá đô la hôm nay là bao nhiêu?", "How much is one
    dollar in dong?" as "Một đô la bằng bao nhiêu tiền Việt?" (_RATE_EN, _ONE_EN); None for anything else."""
    if m := _ONE_EN.fullmatch(text):
        cur = _CURRENCIES_EN[keyed(m["cur"])]
        one = cur != "dong" and keyed(m["cur"]).split()[-1] == cur
        return f"Một {CURRENCIES_VI[cur]} bằng bao nhiêu tiền Việt?" if one else None
    m = _RATE_EN.fullmatch(text)
    cur = m and (m["cur"] or m["cur2"])
    cur = cur and _CURRENCIES_EN[keyed(cur)]
    if not m or cur == "dong" or m["cur"] and keyed(m["cur"]).split()[-1] != cur:  # ("the dollars rate")
        return None
    return f"Tỷ giá{f' {CURRENCIES_VI[cur]}' if cur else ''}{' hôm nay' if m['today'] else ''} là bao nhiêu?"


def _paid_vi(text: str) -> str | None:
    """"I paid with a QR code." as "Tôi đã trả bằng mã QR.", as mt/transfers.py reads it (_QR_EN); None if it leaves."""
    return None if len(_QR_EN.findall(text)) != 1 else paid_by(text, "en", "vi")


def _here_qr_vi(text: str) -> str | None:
    """"Can I pay by QR code here?" as "Ở đây trả bằng mã QR được không?" (_HERE_QR_EN); None for any other."""
    who_ = (m := _HERE_QR_EN.fullmatch(text)) and not animal(m) and who_vi(m)[0]  # ("I": asked of the place)
    return who_ and ("Ở đây trả bằng mã QR" if who_ == "tôi" else capitalised(f"{who_} trả bằng mã QR ở đây")) + \
        " được không?"
