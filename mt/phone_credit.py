"""Phone credit, mobile data and SIM cards, both ways, written whole by rule: who needs, has or wants to top up a phone
(with a sum or not), has topped it up or asks where they can, or asks someone to; who or a phone out or almost out of
credit or data, data used up, how much is left; a SIM card needed, bought or asked where. v8 with every other rule
reads "nạp" as load, "hết" as all, "dung lượng" as content, garbles "sim", and reads "top up" as flip or stand at the
top, "credit" as "tín dụng": "Tôi cần nạp tiền điện thoại." → "I need to load phone money.", "Tôi hết tiền điện thoại
rồi." → "I'm all phone money.", "Tôi hết data rồi." → "I'm all the data.", "Bạn còn data không?" → "Do you have no
data?", "Tôi có thể mua sim ở đâu?" → "Where can I buy anim?", "Tôi cần sim địa phương." → "I need localization.",
"Bạn đã nạp tiền điện thoại chưa?" → "Do you load the phone money?"; "I need to top up my phone." → "Tôi cần phải lật
điện thoại.", "I've run out of credit." → "Tôi đã chạy khỏi tín dụng.", "My mother has run out of credit." → "Mẹ tôi
đã hết nợ." (debt), "How much data do you have left?" → "Bạn có left bao nhiêu dữ liệu không?", "Can you top up my
phone for me?" → "Bạn có thể đứng đầu điện thoại cho tôi được không?", "I'm almost out of credit." → "Tôi hầu như
không biết tín dụng.", "I need a local SIM." → "Tôi cần một SIM cục bộ.".

Taken: who (mt.hobbies.WHO, WHO_EN) needs, has or wants to, will, can, is, has (just) or did top up their own phone
("nạp tiền (vào) điện thoại", "nạp thẻ (điện thoại)", a sum of mt.amounts.sum_said "vào điện thoại"), or someone's
("cho mẹ tôi"), asked ("… chưa?", "có … không?", "… ở đâu?"), and "you" asked to top up the speaker's ("… giúp tôi
được không?"); who, or a phone with whose ("hết tiền" of a pronoun's is mt/mishaps.py's), out or almost out of credit
("tiền điện thoại") or data ("data", "4G", "dung lượng 4G"), data or credit used up, how much is left, any left (asked),
none left, some GB left; who needs, wants or needs to buy a SIM card (local, Vietnamese, tourist, new, prepaid) or a
top-up card ("thẻ cào"), or asks where they can buy one. Left: "nạp tiền" with no phone (a bank card, a wallet?),
"dung lượng" alone (storage?), a phone of "tôi", "bạn" or no one out of money ("Điện thoại tôi hết tiền rồi.":
mt/mishaps.py's, which says "money"), "Ở đây có bán sim không?" and "Mua thẻ sim ở đâu?" (mt/patterns.py's), the
battery (mt/batteries.py), the wifi (mt/wifi.py), the signal (mt/reception.py), bills (mt/bills.py), a name alone
topping up their phone (his or her?), "Bạn có thể nạp tiền điện thoại không?" (a shop asked?), "anh", "chị", "em"
alone said.
mt.phrasebook.translate tries these after mt/outings.py.

    >>> translate("Tôi cần nạp tiền điện thoại.", "vi", "en"), translate("I need to top up my phone.", "en", "vi")
    ('I need to top up my phone.', 'Tôi cần nạp tiền điện thoại.')
"""
from __future__ import annotations

import re

from .amounts import sum_said
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, be_of, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed,
                   present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nạp|sim|data|[345]g|dung\s+lượng|điện\s+thoại|thẻ\s+cào)"),
         "en": lazy(r"(?i:\btop|credit|data|sim)")}
# what runs out (the first Vietnamese of each is written back; "dung lượng" alone may be storage)
_STUFF = {"tiền điện thoại": "credit", "data": "data", "4G": "data", "3G": "data", "5G": "data",
          "dung lượng data": "data", "dung lượng 4G": "data", "dung lượng 3G": "data", "dữ liệu di động": "data"}
_STUFF_KEYED = {keyed(vi): en for vi, en in _STUFF.items()}
_STUFF_VI = {"credit": "tiền điện thoại", "phone credit": "tiền điện thoại", "data": "data", "mobile data": "data"}
# a SIM card's kind (the first of each is written back)
_KINDS = {"địa phương": "local", "Việt Nam": "Vietnamese", "du lịch": "tourist", "mới": "new", "trả trước": "prepaid"}
_KINDS_VI = {en.lower(): vi for vi, en in reversed(_KINDS.items())}
_KINDS_KEYED = {keyed(vi): en for vi, en in _KINDS.items()}
_AUX = {"cần": "need", "phải": "have", "muốn": "want"}  # (said with "to" in English)
_AUX_VI = {"need": "cần", "have": "phải", "want": "muốn", "'d like": "muốn", "would like": "muốn", "will": "sẽ",
           "'ll": "sẽ"}

# who tops up whose phone, or asks ("Mẹ tôi cần nạp tiền điện thoại.", "Bạn đã nạp tiền điện thoại chưa?", "Tôi có
# thể nạp tiền điện thoại ở đâu?", "Bạn nạp tiền điện thoại giúp tôi được không?", "Tôi muốn nạp 50k vào điện thoại.")
_PHONE = rf"điện\s+thoại(?:\s+(?:của\s+)?{OWNER})?"
_SUM = r"(?P<sum>\d+(?:[.,]\d+)*\s*(?:[kK]|nghìn|ngàn|triệu)?(?:\s*(?:đồng|đ|VNĐ|VND))?)"
_TOPUP = lazy(
    rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>cần|phải|muốn|đã|vừa|mới|sẽ|đang|có\s+thể)\s+)?nạp\s+"
    rf"(?:(?:tiền\s+(?:(?:vào|cho)\s+)?|{_SUM}\s+(?:tiền|vào)\s+|thẻ\s+){_PHONE}|(?P<bare>thẻ))"
    rf"(?:\s+(?P<for>cho|giúp)\s+{WHOM})?(?:\s+ở\s+(?:(?P<here>đây)|(?P<where>đâu)))?(?:\s+(?P<can>được))?"
    rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
# who, or someone's phone, out of credit or data ("Tôi hết data rồi.", "Điện thoại mẹ tôi sắp hết tiền.", "Tôi dùng
# hết 4G rồi.")
_HAS = rf"(?:{WHO}|(?P<phone>[Đđ]iện\s+thoại)\s+(?:của\s+)?{OWNER})"
_OUT = lazy(rf"{_HAS}\s+(?:(?P<soon>sắp)\s+|đã\s+)?(?P<used>dùng\s+)?hết\s+(?:(?P<stuff>{alternatives(_STUFF)})|"
            rf"(?P<money>tiền))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# ... how much is left ("Bạn còn bao nhiêu data?", "Bạn còn data không?", "Tôi không còn tiền điện thoại.", "Tôi còn
# 2GB data.")
_LEFT = lazy(rf"{_HAS}\s+(?:(?P<not>không)\s+)?còn\s+(?:(?P<how>bao\s+nhiêu)\s+|(?P<n>\d+(?:[.,]\d+)?)\s*"
             rf"(?P<unit>GB|MB)\s+)?(?:(?P<stuff>{alternatives(_STUFF)})|(?P<money>tiền))(?:\s+(?P<more>nữa))?"
             rf"{ASKED_END}")
# a SIM card or a top-up card needed or bought ("Tôi cần một cái sim địa phương.", "Tôi có thể mua sim ở đâu?")
_CARD = (rf"(?:(?:một\s+)?(?:cái|chiếc)\s+|một\s+)?(?:(?P<sim>(?:thẻ\s+)?sim(?:\s+điện\s+thoại)?)(?:\s+(?P<kind>"
         rf"{alternatives(_KINDS)}))?|(?P<topup>thẻ\s+cào|thẻ\s+nạp(?:\s+điện\s+thoại)?))")
_SIM = lazy(rf"(?:{WHO}\s+(?:(?P<aux>cần|muốn|có\s+thể)\s+)?)?(?P<buy>[Mm]ua\s+)?{_CARD}"
            rf"(?:\s+ở\s+(?P<where>đâu)(?:\s+(?P<can>được))?)?{SOFTENED_END}")

# ... and in English: whose phone ("my phone", "my mother's phone")
_PHONE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?:mobile\s+)?phones?"
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d+(?:[.,]\d+)*(?:\s+(?:thousand|million))?(?:\s+(?:dong|VND))?)"
_TOPUP_EN = lazy(
    rf"(?:(?P<where>Where)\s+)?(?:(?P<do>Do|Does|Have|Has|Can|Could|can|could)\s+)?{WHO_EN}(?:\s+(?P<aux>needs?|"
    r"ha(?:s|ve)|wants?)\s+to|(?P<like>['’]d\s+like|\s+would\s+like)\s+to|(?P<will>['’]ll|\s+will)|"
    rf"(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+(?P<ed>topped)|{BE_EN}\s+(?P<ing>topping))?"
    rf"\s+(?P<top>top)?\s*(?P<up0>up\s+)?{_PHONE_EN}(?(up0)|\s+up)(?:\s+with\s+{_SUM_EN})?"
    r"(?P<forme>\s+for\s+me)?(?P<here>\s+here)?(?P<yet>\s+yet)?(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_HAS_EN = rf"(?:{WHO_EN}|{_PHONE_EN})"
_STUFF_EN = rf"(?P<stuff>(?i:{alternatives(_STUFF_VI)}))"
# ... out ("I've run out of credit.", "I'm almost out of data.", "She's used up all her data.", "My phone has no
# credit.")
_OUT_EN = lazy(
    rf"{_HAS_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?:run|ran)\s+out\s+of|{BE_EN}\s+(?:(?P<soon>almost\s+out"
    r"\s+of|nearly\s+out\s+of|running\s+out\s+of|running\s+low\s+on)|out\s+of)|(?P<has>['’]ve\s+got|['’]s\s+got|\s+has|"
    r"\s+have)\s+no|(?P<used>['’]ve|['’]s|\s+have|\s+has)\s+used\s+up\s+all(?:\s+of)?\s+(?P<own>(?i:"
    rf"{WHOSE_WORDS})))\s+{_STUFF_EN}(?P<left>\s+left)?\s*(?P<end>[.!]*)")
# ... left ("How much data do you have left?", "Does your phone have any credit left?", "I have 2GB of data left.")
_LEFT_EN = lazy(rf"(?:(?P<how>How\s+much\s+{_STUFF_EN}\s+)?(?P<do>[Dd]o|[Dd]oes)\s+)?{_HAS_EN}\s+(?P<verb>have|"
                rf"has)\s+(?:(?P<any>any)\s+(?P<stuff2>(?i:{alternatives(_STUFF_VI)}))\s+|(?P<n>\d+(?:\.\d+)?)\s*"
                r"(?P<unit>GB|MB)\s+of\s+(?P<data>(?:mobile\s+)?data)\s+)?left\s*(?P<end>[.!?]*)")
# ... a SIM card or a top-up card ("I need a local SIM.", "Where can I buy a SIM card?")
_CARD_EN = (rf"an?\s+(?:(?P<kind>(?i:{alternatives(_KINDS_VI)}))\s+)?(?:(?P<sim>SIM(?:\s+card)?)|"
            r"(?P<topup>top-?up\s+card))")
_SIM_EN = lazy(rf"(?:(?P<where>Where)\s+(?:can|could)\s+)?{WHO_EN}(?:\s+(?P<aux>needs?|wants?)|(?P<like>['’]d\s+"
               r"like|\s+would\s+like))?(?P<to>\s+to)?(?:\s+(?P<buy>buy|get))?\s+"
               rf"{_CARD_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about topping up a phone, credit or data run out or left, or a SIM card; None for
    any other."""
    if src == "vi":
        return _topup(text) or _out(text) or _left(text) or _sim(text)
    text = text.replace("’", "'")  # (the patterns read "'" alone)
    return _topup_vi(text) or _out_vi(text) or _left_vi(text) or _sim_vi(text)



def _whose(m: re.Match, who_: str) -> str | None:
    """Whose phone a match of _TOPUP tops up, in English: who's own ("my"; "của mình" too), an owner's ("your"),
    someone's ("my mother's": "điện thoại của mẹ tôi", "cho mẹ tôi"); None where English cannot tell."""
    if m["owner"] and keyed(m["owner"]) != "mình":
        return OWNERS[keyed(m["owner"])]
    if m["someone"] or m["whom"] and keyed(m["whom"]) not in OWNERS:
        said = someone(m["someone"] or m["whom"], "vi")
        return f"{said}'s" if said else None
    return OWNERS[keyed(m["whom"])] if m["whom"] else whose_own(m, who_)


def _topup(text: str) -> str | None:
    """"Tôi cần nạp tiền điện thoại." as "I need to top up my phone.", "Bạn đã nạp tiền điện thoại chưa?" as "Have
    you topped up your phone?", "Tôi có thể nạp tiền điện thoại ở đâu?" as "Where can I top up my phone?", "Bạn nạp
    tiền điện thoại giúp tôi được không?" as "Can you top up my phone for me?" (_TOPUP); None for anything else."""
    m = _TOPUP.fullmatch(text)
    if not m or m["whom"] and (m["owner"] or m["someone"]) or m["for"] and m["where"]:
        return None
    asked = "?" in m["end"]
    aux, can = keyed(m["aux"] or ""), m["can"] or keyed(m["aux"] or "") == "có thể"
    if asked != bool(m["asked"] or m["yet"] or m["where"] or m["can"]) or m["ask"] and not m["asked"]:
        return None
    if (said := who(m, asked)) is None:
        return None
    who_, one = said
    bare = m["bare"]  # ("nạp thẻ": top up, the phone not said)
    if (whose := "" if bare else _whose(m, who_)) is None:
        return None
    me = m["whom"] and keyed(m["whom"]) == "tôi" and who_ == "you"  # ("giúp tôi": asked of "you", for the speaker)
    phones = "phones" if whose in ("our", "their") and not (m["owner"] or m["whom"]) else "phone"
    phone = "" if bare else f" {whose} {phones}"
    amount = sum_said(m["sum"], "vi") if m["sum"] else ""
    if amount is None or whose == "my" and who_ != "I" and not me:
        return None
    rest = f"{phone}{f' with {amount}' if amount else ''}{' for me' if me else ''}"
    if m["where"]:
        return None if m["ask"] or m["done"] or aux not in ("", "có thể") else f"Where can {who_} top up{rest}?"
    if can:
        if not asked or m["ask"] or m["done"] or aux not in ("", "có thể") or m["can"] and aux:
            return None
        if who_ == "you" and not (m["whom"] or m["owner"] or m["someone"]):
            return None  # ("Bạn có thể nạp tiền điện thoại không?": do you do top-ups, asked of a shop?)
        return f"Can {who_} top up{rest}{' here' if m['here'] else ''}?"
    if m["here"] or m["ask"] and aux not in _AUX:
        return None
    have = "has" if one else "have"
    if m["yet"]:
        return f"{have.capitalize()} {who_} topped up{rest}?" if aux in ("", "đã") else None
    if aux in ("vừa", "mới") or aux == "đã" or m["done"] and aux == "":
        just = " just" if aux in ("vừa", "mới") else ""
        return None if asked else capitalised(contracted(who_, f"{have}{just} topped up{rest}."))
    if m["done"]:
        return None
    if aux in _AUX:
        return None if asked and not m["ask"] else present(who_, one, _AUX[aux], f"to top up{rest}", asked)
    if asked or not aux:
        return None
    if aux == "sẽ":
        return capitalised(f"{who_}'ll top up{rest}." if who_ in EN_WHOSE else f"{who_} will top up{rest}.")
    return capitalised(contracted(who_, f"{be(who_)} topping up{rest}."))


def _has(m: re.Match, asked: bool, out: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _HAS in English and whether it takes "does": ("I", False), ("my mother's phone", True);
    None for a word of kinship alone said, a phone of someone not known, and "tiền" run `out` of a pronoun's."""
    if m["phone"]:
        if m["owner"]:  # (a phone of "tôi", "bạn" … out of "tiền" is mt/mishaps.py's: "money")
            return None if m["money"] and out else (f"{OWNERS[keyed(m['owner'])]} phone", True)
        said = someone(m["someone"], "vi")
        return (f"{said}'s phone", True) if said else None
    return who(m, asked)


def _stuff(m: re.Match) -> str | None:
    """What runs out or is left of a match of _OUT or _LEFT in English: "credit", "data"; "tiền" only of a phone."""
    return "credit" if m["money"] and m["phone"] else _STUFF_KEYED[keyed(m["stuff"])] if m["stuff"] else None


def _out(text: str) -> str | None:
    """"Tôi hết tiền điện thoại rồi." as "I've run out of credit.", "Điện thoại mẹ tôi sắp hết tiền." as "My mother's
    phone is almost out of credit.", "Tôi dùng hết data rồi." as "I've used up all my data." (_OUT); None for
    anything else."""
    m = _OUT.fullmatch(text)
    if not m or "?" in m["end"] or m["soon"] and m["used"] or (stuff := _stuff(m)) is None:
        return None
    if (said := _has(m, False, out=True)) is None:
        return None
    who_, one = said
    if m["soon"]:
        return capitalised(contracted(who_, f"{be(who_)} almost out of {stuff}."))
    have = "has" if one else "have"
    if m["used"]:
        own = None if m["phone"] else whose_own(m, who_)
        return capitalised(contracted(who_, f"{have} used up all {own} {stuff}.")) if own else None
    return capitalised(contracted(who_, f"{have} run out of {stuff}."))


def _left(text: str) -> str | None:
    """"Bạn còn bao nhiêu data?" as "How much data do you have left?", "Bạn còn data không?" as "Do you have any data
    left?", "Tôi không còn tiền điện thoại." as "I have no credit left.", "Tôi còn 2GB data." as "I have 2GB of data
    left." (_LEFT); None for anything else, and "còn data" said ("some left": how much?)."""
    m = _LEFT.fullmatch(text)
    if not m or (stuff := _stuff(m)) is None:
        return None
    asked = "?" in m["end"]
    if asked != bool(m["how"] or m["asked"]) or m["how"] and m["asked"] or m["not"] and (asked or m["n"]) or \
            m["more"] and not m["not"] or m["n"] and stuff != "data" or not (asked or m["not"] or m["n"]):
        return None
    if (said := _has(m, asked)) is None:
        return None
    who_, one = said
    do, have = ("Does", "has") if one else ("Do", "have")
    if m["how"]:
        return f"How much {stuff} {do.lower()} {who_} have left?"
    if asked:
        return f"{do} {who_} have any {stuff} left?"
    if m["not"]:
        return capitalised(f"{who_} {have} no {stuff} left.")
    return capitalised(f"{who_} {have} {m['n']}{m['unit']} of data left.")


def _sim(text: str) -> str | None:
    """"Tôi cần một cái sim địa phương." as "I need a local SIM card.", "Tôi muốn mua sim." as "I want to buy a SIM
    card.", "Tôi có thể mua sim ở đâu?" as "Where can I buy a SIM card?", "Mua sim ở đâu?" as "Where can I buy a SIM
    card?" (_SIM); None for anything else."""
    m = _SIM.fullmatch(text)
    if not m:
        return None
    asked, someone_ = "?" in m["end"], m["who"] or m["kin"] or m["given"] or m["titled"]
    said = who(m, asked) if someone_ else ("I", False) if m["buy"] and m["where"] else None  # ("Mua sim ở đâu?")
    if said is None or asked != bool(m["where"]) or m["where"] and not m["buy"]:
        return None
    who_, one = said
    aux = keyed(m["aux"] or "")
    kind = f"{_KINDS_KEYED[keyed(m['kind'])]} " if m["kind"] else ""
    card = f"a {kind}{'SIM card' if m['sim'] else 'top-up card'}"
    if m["where"]:
        return f"Where can {who_} buy {card}?" if aux in ("", "có thể") else None
    if aux not in ("cần", "muốn"):
        return None
    verb = _AUX[aux] + ("s" if one else "")
    return capitalised(f"{who_} {verb} {'to buy ' if m['buy'] else ''}{card}.")


def _phone_vi(m: re.Match) -> str:
    """Whose phone of a match of _PHONE_EN in Vietnamese: "tôi", "mẹ tôi"."""
    return someone(m["someone"], "en") if m["someone"] else WHOSE_VI[m["owner"].lower()]


def _agrees(m: re.Match, said: str, one: bool) -> bool:
    """Whether "do", "have", "needs" … `said` (as typed: "Does", "'s", " have") agrees with who (`one`: "she")."""
    said = " ".join(said.lower().split())
    return (said in ("does", "has", "'s", "needs", "wants")) == one


def _topup_vi(text: str) -> str | None:
    """"I need to top up my phone." as "Tôi cần nạp tiền điện thoại.", "Have you topped up your phone?" as "Bạn đã
    nạp tiền điện thoại chưa?", "Can you top up my phone for me?" as "Bạn nạp tiền điện thoại giúp tôi được không?",
    "Where can I top up my phone?" as "Tôi có thể nạp tiền điện thoại ở đâu?" (_TOPUP_EN); None for anything else,
    and where the verb does not agree with who."""
    m = _TOPUP_EN.fullmatch(text)
    if not m or m["where"] and m["do"] not in ("can", "could") or not m["where"] and m["do"] in ("can", "could"):
        return None
    who_, one = who_vi(m)
    do, asked = (m["do"] or "").lower(), "?" in m["end"]
    own = own_thing(m, who_, one) if m["owner"] else False
    me = do in ("can", "could") and m["owner"] and m["owner"].lower() == "my" and who_ == "bạn" and not m["where"]
    if asked != bool(do) or own is None or m["forme"] and not me or m["here"] and do not in ("can", "could"):
        return None
    amount = sum_said(m["sum"], "en") if m["sum"] else ""
    if amount is None:
        return None
    whose = "" if own or me else f" cho {_phone_vi(m)}"
    doing = f"nạp {amount} vào điện thoại{whose}" if amount else f"nạp tiền điện thoại{whose}"
    forms = [bool(m[k]) for k in ("aux", "like", "will", "ed", "ing")]
    if do in ("can", "could"):
        if any(forms) or not m["top"] or m["yet"]:
            return None
        if me:
            return f"Bạn {doing} giúp tôi được không?"
        return capitalised(f"{who_} có thể {doing} ở đâu?" if m["where"] else
                           f"{who_} có thể {doing}{' ở đây' if m['here'] else ''} không?")
    if m["ed"]:
        have = m["have"] or ""
        if do in ("have", "has"):
            return capitalised(f"{who_} đã {doing} chưa?") if not have and _agrees(m, do, one) else None
        if m["yet"] or have and not _agrees(m, have, one) or do:
            return None
        return capitalised(f"{who_} vừa {doing}." if m["just"] else f"{who_} đã {doing} rồi." if have else
                           f"{who_} đã {doing}.")
    if m["ing"]:
        return capitalised(f"{who_} đang {doing}.") if not do and be_said(m["be"]) == be_of(who_, one) else None
    if not m["top"] or m["yet"]:
        return None
    if m["like"] or m["will"]:
        return None if do else capitalised(f"{who_} {_AUX_VI[' '.join((m['like'] or m['will']).split())]} {doing}.")
    if not m["aux"]:
        return None
    aux = m["aux"].lower()
    verb = {"needs": "need", "has": "have", "wants": "want"}.get(aux, aux)
    if do:
        if do not in ("do", "does") or aux != verb or not _agrees(m, do, one):
            return None
        return capitalised(f"{who_} có {_AUX_VI[verb]} {doing} không?")
    return capitalised(f"{who_} {_AUX_VI[verb]} {doing}.") if _agrees(m, aux, one) else None


def _has_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _HAS_EN in Vietnamese and whether English says it with "-s": ("tôi", False), ("điện thoại
    của mẹ tôi", True)."""
    if m["owner"] or m["someone"]:
        return f"điện thoại của {_phone_vi(m)}", True
    return who_vi(m)


def _out_vi(text: str) -> str | None:
    """"I've run out of credit." as "Tôi hết tiền điện thoại rồi.", "I'm almost out of data." as "Tôi sắp hết data
    rồi.", "She's used up all her data." as "Cô ấy dùng hết data rồi.", "My phone has no credit." as "Điện thoại của
    tôi hết tiền rồi." (_OUT_EN); None for anything else, and where the verb does not agree with who."""
    m = _OUT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _has_vi(m)
    phone = bool(m["owner"] or m["someone"])
    stuff = "tiền" if phone and _STUFF_VI[keyed(m["stuff"])] != "data" else _STUFF_VI[keyed(m["stuff"])]
    if m["be"] is not None:
        if be_said(m["be"]) != (be_of(who_, one) if not phone else "is") or m["left"]:
            return None
        return capitalised(f"{who_} sắp hết {stuff} rồi." if m["soon"] else f"{who_} hết {stuff} rồi.")
    said = m["have"] or m["has"] or m["used"]
    if said is None and " ran " not in text or said is not None and not _agrees(m, said.split()[0], one) or \
            m["left"] and not m["has"]:
        return None
    if m["used"]:
        # (own_thing reads whose as group "owner", which _HAS_EN gives the phone's)
        own = own_thing({"owner": m["own"], "who": m["who"], "kin": m["kin"]}, who_, one) if not phone else None
        return capitalised(f"{who_} dùng hết {stuff} rồi.") if own else None
    return capitalised(f"{who_} hết {stuff} rồi.")


def _left_vi(text: str) -> str | None:
    """"How much data do you have left?" as "Bạn còn bao nhiêu data?", "Does your phone have any credit left?" as
    "Điện thoại của bạn còn tiền không?", "I have 2GB of data left." as "Tôi còn 2GB data." (_LEFT_EN); None for
    anything else, and where "does" or "has" does not agree with who."""
    m = _LEFT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _has_vi(m)
    asked, phone = "?" in m["end"], bool(m["owner"] or m["someone"])
    if asked != bool(m["do"]) or asked and not (m["how"] or m["any"]) or not asked and not m["n"] or \
            not _agrees(m, m["do"] or m["verb"], one) or m["do"] and m["verb"] != "have":
        return None
    stuff_en = keyed(m["stuff"] or m["stuff2"] or m["data"])
    stuff = "tiền" if phone and _STUFF_VI[stuff_en] != "data" else _STUFF_VI[stuff_en]
    if m["how"]:
        return capitalised(f"{who_} còn bao nhiêu {stuff}?")
    if asked:
        return capitalised(f"{who_} còn {stuff} không?")
    return capitalised(f"{who_} còn {m['n']}{m['unit']} data.")


def _sim_vi(text: str) -> str | None:
    """"I need a local SIM." as "Tôi cần một thẻ sim địa phương.", "I'd like to buy a SIM card." as "Tôi muốn mua một
    thẻ sim.", "Where can I buy a SIM card?" as "Tôi có thể mua thẻ sim ở đâu?" (_SIM_EN); None for anything else, and
    where the verb does not agree with who."""
    m = _SIM_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, aux = "?" in m["end"], (m["aux"] or "").lower()
    kind = f" {_KINDS_VI[m['kind'].lower()]}" if m["kind"] else ""
    card = f"một thẻ sim{kind}" if m["sim"] else "thẻ cào"  # ("thẻ sim", as mt/patterns.py writes it)
    if m["where"]:
        if not asked or aux or m["like"] or m["to"] or not m["buy"]:
            return None
        return capitalised(f"{who_} có thể mua {card.removeprefix('một ')} ở đâu?")
    if asked or not (aux or m["like"]) or bool(m["to"]) != bool(m["buy"]) or aux and not _agrees(m, aux, one):
        return None
    if aux.startswith("need"):
        return capitalised(f"{who_} cần {'mua ' if m['buy'] else ''}{card}.")
    return capitalised(f"{who_} muốn mua {card}.")  # ("I'd like a SIM card": to buy one)
