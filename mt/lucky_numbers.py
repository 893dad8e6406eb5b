"""Lucky numbers, both ways, written whole by rule: "nice" (lucky) phone numbers, SIMs and number plates ("số đẹp",
"sim số đẹp", "biển số đẹp") bought, wanted or had, whose number is one, a car with one, a sum paid for one, and
numbers held lucky or unlucky ("Số 8 được coi là may mắn."), someone's lucky number, and numbers avoided ("kiêng số
4"). v8 (every other rule on) reads "sim số đẹp" as a squiring, "biển số" as the sea, "kiêng" as patience, "chịu chi"
as suffering, and "number plate" as a dish: "Anh ấy mua được sim số đẹp." → "He bought a beautiful squiring.", "Xe
của bố tôi có biển số đẹp." → "My father's car has a beautiful sea.", "Người ta kiêng số 4 vì nó nghe giống chữ tử."
→ "The number 4 is patient because it hears the same text."; "He paid a lot for a lucky number plate." → "Anh ấy trả
rất nhiều cho một đĩa số may mắn." (more in the tests).

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked) wants (to buy), has, got ("mua được"), bought ("đã
mua"), has just bought or got ("vừa", "mới"), will buy a SIM with a lucky number, a lucky phone number or number plate
(_THING), said, denied, asked ("có … không?"); whose (mt.hobbies.OWNER) phone number, SIM number or number plate is a
lucky one, said, denied, asked ("có phải là … không?"); a car or motorbike (this one, or whose) with a lucky number
plate ("xe" alone read as a car); who spent or paid ("đã", "vừa": "chi", "bỏ ra", "trả", "chịu chi") a sum (_SUMS, N
"triệu", "tỷ" by mt.numbers) to buy one, or is willing to ("sẵn sàng"); a number (digits or mt.numbers words) held
lucky or unlucky ("được coi là", "là (số) may mắn", "ở Việt Nam"), asked; whose lucky number is what, or asked; who,
"người ta", "nhiều người" … avoids a number (4 "because it sounds like the word for death"), denied, asked. Left:
"mua số đẹp" with no phone, SIM or plate said (which?), plain "mua" (bought, or buys?), plain "chịu chi" (was, or is
willing?), "muốn mua … không?" with no "có", a statement ending in "thế", "vậy" (saying more), "one" alone in English
(one of them?), a number's luck denied, a sum paid asked, plate auctions, lottery numbers (mt/lottery.py), luck of
people (mt/luck.py), omens and zodiac years (mt/fortune.py), a new or changed number (mt/phone_numbers.py), SIM cards
bought with no lucky number (mt/phone_credit.py), vehicle papers (mt/vehicle_papers.py), and anything else.
mt.phrasebook.translate tries these after mt/cold_hands.py.

    >>> translate("Anh ấy mua được sim số đẹp.", "vi", "en"), translate("My lucky number is 7.", "en", "vi")
    ('He got a SIM with a lucky number.', 'Số may mắn của tôi là số 7.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, owner_of, someone, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed, present,
                   stop)

_KEYS = {"vi": lazy(r"(?i:đẹp|may\b|xui|đen\s+đủi|kiêng|tránh)"),
         "en": lazy(r"(?i:lucky|nice\s+number|nice\s+phone|avoid)")}
# numbers in words (1 to 99; "không" is 0 and "not", left), by mt.numbers
_N_VI = {vi_word(n): n for n in range(1, 100)}
_N_EN = {en_word(n): n for n in range(1, 100)}
_N = rf"(?P<n>[1-9]\d{{0,2}}|(?i:{alternatives(_N_VI)}))"
_N_ENG = rf"(?P<n>[1-9]\d{{0,2}}|(?i:{alternatives(_N_EN)}))"
# a lucky SIM, phone number or number plate (groups sim, phone, plate), and in English
_THING = (r"(?:(?:một|1)\s+)?(?:(?:cái|chiếc)\s+)?(?:(?P<sim>(?:thẻ\s+)?(?i:sim)\s+số\s+đẹp)|"
          r"(?P<phone>số\s+điện\s+thoại\s+đẹp)|(?P<plate>biển\s+số(?:\s+xe)?\s+đẹp))")
_THING_EN = (r"(?:(?P<sim>a\s+(?i:sim)(?:\s+card)?\s+with\s+a\s+(?:lucky|nice)\s+number)|a\s+(?:lucky|nice)\s+"
             r"(?:(?P<phone>phone\s+number)|(?P<plate>number\s+plate|licen[cs]e\s+plate)))")
_THINGS = {"sim": ("a SIM with a lucky number", "một sim số đẹp"), "phone": ("a lucky phone number",
           "một số điện thoại đẹp"), "plate": ("a lucky number plate", "một biển số đẹp")}
# who buys, wants or has one: (how, English verb); how "ask" only asked, "now" and "not" in the present
_VERBS = {"muốn mua": ("now", "want to buy"), "muốn có": ("now", "want"), "có": ("now", "have"),
          "không muốn mua": ("not", "want to buy"), "không muốn có": ("not", "want"), "không có": ("not", "have"),
          "có muốn mua": ("ask", "want to buy"), "có muốn có": ("ask", "want"), "mua được": ("past", "got"),
          "đã mua được": ("past", "got"), "vừa mua được": ("just", "got"), "mới mua được": ("just", "got"),
          "vừa mới mua được": ("just", "got"), "đã mua": ("past", "bought"), "vừa mua": ("just", "bought"),
          "mới mua": ("just", "bought"), "vừa mới mua": ("just", "bought"), "sẽ mua": ("will", "buy")}
_BUY = lazy(rf"{WHO}\s+(?P<verb>{alternatives(_VERBS)})\s+{_THING}{ASKED_END}")
# ... in English: (do, aux, verb) → Vietnamese verb (the verb's agreeing with who checked by _agrees)
_VERBS_VI = {("", "", "want to buy"): "muốn mua", ("", "", "want"): "muốn có", ("", "", "have"): "có",
             ("", "", "got"): "mua được", ("", "", "bought"): "đã mua", ("", "not", "want to buy"): "không muốn mua",
             ("", "not", "want"): "không muốn có", ("", "not", "have"): "không có", ("", "will", "buy"): "sẽ mua",
             ("", "just", "bought"): "vừa mua", ("", "just", "got"): "vừa mua được",
             ("do", "", "want to buy"): "có muốn mua", ("do", "", "want"): "có muốn có", ("do", "", "have"): "có"}
_BUY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+will|['’]ll|"
               r"\s+(?:has|have)\s+just|['’](?:s|ve)\s+just)?\s+(?P<verb>wants?\s+to\s+buy|wants?|has|have|got|"
               rf"bought|buy)\s+{_THING_EN}\s*(?P<end>[.!?]*)")
_ONE = {"wants", "has", "does", "doesn't", "'s", "is"}  # (the verbs said of one: he, my mother; and of many)
_MANY = {"want", "have", "do", "don't", "'ve", "are", "'re"}

# whose number is a lucky one ("Số điện thoại của anh ấy là số đẹp.")
_NUMBERS = {"số điện thoại": "phone number", "số sim": "SIM number", "biển số": "number plate",
            "biển số xe": "number plate"}
_NUMBERS_VI = {"phone number": "Số điện thoại", "sim number": "Số sim", "number plate": "Biển số xe",
               "licence plate": "Biển số xe", "license plate": "Biển số xe"}
_WHOSE_NUMBER = lazy(rf"(?P<num>(?i:{alternatives(_NUMBERS)}))\s+(?:(?:của\s+)?{OWNER}|(?P<this>này))\s+"
                     rf"(?:(?P<ask>có\s+phải)\s+|(?P<not>không\s+phải)\s+)?là\s+(?:một\s+)?số\s+đẹp{ASKED_END}")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|(?P<this>(?i:this)))"
_WHOSE_NUMBER_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+(?P<num>phone\s+number|(?i:sim)\s+number|number\s+plate|"
                        r"licen[cs]e\s+plate)(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+a\s+(?:lucky|nice)\s+"
                        r"(?:number|one)\s*(?P<end>[.!?]*)")
# a car with a lucky number plate ("Chiếc xe này (có) biển số đẹp."; "xe" alone is read as a car)
_CARS = {"xe ô tô": "car", "xe hơi": "car", "ô tô": "car", "xe": "car", "xe máy": "motorbike"}
_CARS_VI = {"car": "xe ô tô", "motorbike": "xe máy", "motorcycle": "xe máy"}
_CAR = lazy(rf"(?:(?:[Cc]hiếc|[Cc]ái)\s+)?(?P<car>(?i:{alternatives(_CARS)}))(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})"
            rf"\s+(?:(?P<has>có)\s+|(?P<not>không\s+có)\s+)?biển\s+số(?:\s+xe)?\s+đẹp{ASKED_END}")
_CAR_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_WHOSE_EN}\s+(?P<car>car|motorbike|motorcycle)\s+(?P<verb>has|have|doesn['’]t\s+"
               r"have|does\s+not\s+have)\s+a\s+(?:lucky|nice)\s+(?:number|licen[cs]e)\s+plate\s*(?P<end>[.!?]*)")

# a sum paid for one (English, Vietnamese written back)
_SUMS = {"rất nhiều tiền": "a lot of money", "nhiều tiền": "a lot of money", "hàng chục triệu": "tens of millions",
         "mấy chục triệu": "tens of millions", "cả chục triệu": "as much as ten million",
         "hàng trăm triệu": "hundreds of millions", "cả trăm triệu": "as much as a hundred million"}
_SUMS_VI = {"a lot": "rất nhiều tiền", "a lot of money": "rất nhiều tiền", "lots of money": "rất nhiều tiền",
            "tens of millions of dong": "hàng chục triệu đồng", "hundreds of millions of dong": "hàng trăm triệu đồng"}
_SCALES = {"triệu": "million", "tỷ": "billion", "tỉ": "billion"}
_SUM = (rf"(?:(?P<sum>{alternatives(_SUMS)})|{_N}\s+(?P<scale>{alternatives(_SCALES)}))(?P<dong>\s+đồng)?")
_SUM_EN = rf"(?:(?P<sum>{alternatives(_SUMS_VI)})|{_N_ENG}\s+(?P<scale>million|billion)\s+dong)"
_PAYS = {"chi": "spent", "bỏ ra": "spent", "trả": "paid", "chịu chi": "splashed out"}
_PAID = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+(?P<verb>{alternatives(_PAYS)})|(?P<ready>sẵn\s+sàng)\s+"
             rf"(?:chi|bỏ\s+ra|trả))\s+{_SUM}\s+(?:để\s+mua|cho)\s+{_THING}{SOFTENED_END}")
_PAID_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:has|have)\s+just|['’](?:s|ve)\s+just|\s+(?:is|are|am)\s+willing\s+to|"
                rf"['’](?:s|re|m)\s+willing\s+to)?\s+(?P<verb>paid|spent|pay|spend)\s+{_SUM_EN}\s+(?P<prep>for|on|"
                rf"to\s+buy)\s+{_THING_EN}\s*(?P<end>[.!]*)")

# a number held lucky or unlucky ("Số 8 được coi là may mắn.", "Số 4 là số xui.")
_LUCK = {"may mắn": "lucky", "không may mắn": "unlucky", "không may": "unlucky", "xui": "unlucky",
         "xui xẻo": "unlucky", "đen đủi": "unlucky"}
_HELD = {"là": "is", "được coi là": "is considered", "được xem là": "is seen as", "được cho là": "is thought to be",
         "bị coi là": "is considered", "bị xem là": "is seen as"}
_PLACES = {"ở việt nam": "in Vietnam", "ở trung quốc": "in China"}
_LUCKY = lazy(rf"(?:[Cc]on\s+)?[Ss]ố\s+{_N}\s+(?:(?P<q>có\s+phải|có)\s+)?(?P<held>{alternatives(_HELD)})\s+"
              rf"(?P<num>(?:một\s+)?(?:con\s+)?số\s+)?(?P<luck>{alternatives(_LUCK)})(?:\s+(?P<place>(?i:"
              rf"{alternatives(_PLACES)})))?{ASKED_END}")
_HELD_VI = {"": "là", "considered": "được coi là", "seen as": "được xem là", "thought to be": "được cho là",
            "believed to be": "được cho là"}
_LUCKY_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<named>(?i:the\s+number|number))\s+)?{_N_ENG}(?P<be>\s+is|['’]s)?"
                 r"(?:\s+(?P<held>considered|seen\s+as|thought\s+to\s+be|believed\s+to\s+be))?\s+(?:(?P<a>an?)\s+)?"
                 r"(?P<luck>lucky|unlucky)(?P<num>\s+number)?(?:\s+(?P<place>in\s+Vietnam|in\s+China))?"
                 r"\s*(?P<end>[.!?]*)")
# whose lucky number ("Số may mắn của tôi là số 7.", "Số may mắn của bạn là số mấy?")
_WHOSE_LUCKY = lazy(rf"(?:[Cc]on\s+)?[Ss]ố\s+may\s+mắn\s+(?:của\s+)?{OWNER}\s+là\s+(?:(?:con\s+)?số\s+)?"
                    rf"(?:{_N}|(?P<what>mấy|gì)){SOFTENED_END}")
_WHOSE_LUCKY_EN = lazy(rf"(?:(?P<what>What)(?:['’]s|\s+is)\s+)?{_WHOSE_EN}\s+lucky\s+number(?:(?:\s+is|['’]s)\s+"
                       rf"(?:the\s+number\s+)?{_N_ENG})?\s*(?P<end>[.!?]*)")
# a number avoided ("Người ta kiêng số 4 vì nó nghe giống chữ tử.")
_PEOPLE = {"người ta": ("people", "Người ta"), "nhiều người": ("many people", "Nhiều người"),
           "người việt": ("Vietnamese people", "Người Việt"), "người việt nam": ("Vietnamese people", "Người Việt"),
           "người trung quốc": ("Chinese people", "Người Trung Quốc"),
           "người hoa": ("Chinese people", "Người Trung Quốc")}
_PEOPLE_VI = {en.lower(): vi for en, vi in _PEOPLE.values()}
_WHY = r"(?P<why>\s+vì\s+(?:nó|số\s+(?:4|bốn))\s+(?:nghe|đọc)\s+(?:giống|như)\s+(?:chữ|từ)\s+[\"“]?tử[\"”]?)?"
_AVOID = lazy(rf"(?:(?P<people>(?i:{alternatives(_PEOPLE)}))|{WHO})\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
              rf"(?:kiêng|tránh)\s+(?:con\s+)?số\s+{_N}{_WHY}{ASKED_END}")
_WHY_EN = r"(?P<why>\s+because\s+it\s+sounds\s+like\s+the\s+word\s+for\s+[\"“]?death[\"”]?)?"
_AVOID_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:(?P<people>(?i:{alternatives(_PEOPLE_VI)}))|{WHO_EN})"
                 rf"(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+(?P<verb>avoids?)\s+the\s+number\s+"
                 rf"{_N_ENG}{_WHY_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a lucky phone number, SIM or number plate bought, had or paid for, a number
    held lucky or unlucky, someone's lucky number, or a number avoided; None for any other."""
    if src == "vi":  # (none of a statement ending in "thế", "vậy": "đẹp thế" says more, so lucky)
        return None if STRESSED_SAID.search(text) else _buy(text) or _whose_number(text) or _car(text) or \
            _paid(text) or _lucky(text) or _whose_lucky(text) or _avoid(text)
    text = text.replace("’", "'")
    return _buy_vi(text) or _whose_number_vi(text) or _car_vi(text) or _paid_vi(text) or _lucky_vi(text) or \
        _whose_lucky_vi(text) or _avoid_vi(text)


def _asked(m: re.Match, ask: str | None) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?", `ask` its "có"); None where "có", "không" and "?" do not
    agree ("Bạn muốn mua sim số đẹp không?": no "có", not surely asked)."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == bool(ask) else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, "I" asked, or "em" with
    "ạ" (the speaker)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _thing(m: re.Match, lang: str) -> str:
    """The lucky SIM, phone number or plate of a match of _THING (`lang` "vi") in English, or of _THING_EN in
    Vietnamese."""
    kind = "sim" if m["sim"] else "phone" if m["phone"] else "plate"
    return _THINGS[kind][0 if lang == "vi" else 1]


def _buy(text: str) -> str | None:
    """"Anh ấy mua được sim số đẹp." as "He got a SIM with a lucky number.", "Tôi muốn mua một sim số đẹp." as "I
    want to buy a SIM with a lucky number.", "Bạn có sim số đẹp không?" as "Do you have a SIM with a lucky number?"
    (_BUY); None for anything else."""
    if not (m := _BUY.fullmatch(text)):
        return None
    (how, verb), asked = _VERBS[keyed(m["verb"])], bool(m["asked"])
    if asked != ("?" in m["end"]) or (how == "ask") != asked and (how, verb) != ("now", "have") or \
            (said := _who(m, asked)) is None:
        return None  # (asked: "có muốn mua … không?", or "có … không?")
    who_, one = said
    thing = _thing(m, "vi")
    if how in ("now", "not", "ask"):
        return present(who_, one, verb, thing, asked, how == "not", m["end"])
    verb = f"{'has' if one else 'have'} just {verb}" if how == "just" else "will buy" if how == "will" else verb
    return capitalised(f"{who_} {verb} {thing}{stop(m['end'])}")


def _agrees(word: str, one: bool) -> bool:
    """Whether an English verb or auxiliary (`word`, its first word) agrees with who (`one`: he, she, my mother)."""
    return not (word in _ONE and not one or word in _MANY and one)


def _who_en(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi); None for a pet or "I" asked."""
    said = who_vi(m)
    return None if animal(m) or asked and said[0] == "tôi" else said


def _buy_vi(text: str) -> str | None:
    """"He got a SIM with a lucky number." as "Anh ấy mua được một sim số đẹp.", "Do you want to buy a SIM with a
    lucky number?" as "Bạn có muốn mua một sim số đẹp không?" (_BUY_EN); None for anything else and where the verb
    does not agree with who."""
    m = _BUY_EN.fullmatch(text)
    q, end = (m["q"] or "").lower() if m else "", m and m["end"]
    if not m or bool(q) != ("?" in end) or (said := _who_en(m, bool(q))) is None:
        return None
    aux, verb = " ".join((m["aux"] or "").split()), " ".join(m["verb"].split())
    kind = "not" if "not" in aux or "n't" in aux else "will" if aux in ("will", "'ll") else "just" if aux else ""
    first = q or aux.split(" ")[0] if q or kind in ("not", "just") else verb.split(" ")[0]
    base = verb.replace("wants", "want").replace("has", "have")
    how = _VERBS_VI.get(("do" if q else "", kind, base))
    if how is None or not _agrees(first, said[1]) or base != verb and (q or kind):
        return None
    who_, thing = capitalised(said[0]), _thing(m, "en")
    if q or kind == "not":  # ("Bạn có sim số đẹp không?", "Tôi không có sim số đẹp.": no "một")
        thing = thing.removeprefix("một ")
    return f"{who_} {how} {thing} không?" if q else f"{who_} {how} {thing}{stop(end)}"


def _whose_number(text: str) -> str | None:
    """"Số điện thoại của anh ấy là số đẹp." as "His phone number is a lucky number.", "Biển số xe của bố tôi là số
    đẹp." as "My father's number plate is a lucky one.", "Số điện thoại của bạn có phải là số đẹp không?" as "Is your
    phone number a lucky number?" (_WHOSE_NUMBER); None for anything else."""
    m = _WHOSE_NUMBER.fullmatch(text)
    if not m or (asked := _asked(m, m["ask"])) is None or m["this"] and keyed(m["num"]) == "biển số xe":
        return None  # ("biển số xe này": this car's)
    whose = "this" if m["this"] else owner_of(m)
    if whose is None:
        return None
    num = _NUMBERS[keyed(m["num"])]
    lucky = "a lucky one" if num == "number plate" else "a lucky number"
    if asked:
        return f"Is {whose} {num} {lucky}?"
    be = "isn't" if m["not"] else "is"
    return capitalised(f"{whose} {num} {be} {lucky}{stop(m['end'])}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese, after "của" ("anh ấy", "mẹ tôi"), or "này" for "this"; None
    where someone is not read."""
    if m["this"]:
        return "này"
    return WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")


def _whose_number_vi(text: str) -> str | None:
    """"His phone number is a lucky number." as "Số điện thoại của anh ấy là số đẹp.", "Is your phone number a lucky
    one?" as "Số điện thoại của bạn có phải là số đẹp không?" (_WHOSE_NUMBER_EN); None for anything else."""
    m = _WHOSE_NUMBER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (whose := _whose_vi(m)) is None:
        return None
    num, owner = _NUMBERS_VI[keyed(m["num"])], f"của {whose}"
    if whose == "này":  # ("biển số xe này" reads as this car's plate, as _whose_number leaves it)
        num, owner = num.removesuffix(" xe"), whose
    if m["q"]:
        return f"{num} {owner} có phải là số đẹp không?"
    denied = "not" in m["be"] or "n't" in m["be"]
    return f"{num} {owner} {'không phải là' if denied else 'là'} số đẹp{stop(m['end'])}"


def _car(text: str) -> str | None:
    """"Chiếc xe này biển số đẹp." as "This car has a lucky number plate.", "Xe máy của bạn có biển số đẹp không?"
    as "Does your motorbike have a lucky number plate?" (_CAR); None for anything else."""
    m = _CAR.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and not m["has"] or \
            (whose := "this" if m["this"] else owner_of(m)) is None:
        return None  # ("Chiếc xe này biển số đẹp." with no "có" is said, not asked)
    car = f"{whose} {_CARS[keyed(m['car'])]}"
    return present(car, True, "have", "a lucky number plate", asked, bool(m["not"]), m["end"])


def _car_vi(text: str) -> str | None:
    """"This car has a lucky number plate." as "Chiếc xe ô tô này có biển số đẹp.", "Does your car have a lucky
    number plate?" as "Xe ô tô của bạn có biển số đẹp không?" (_CAR_EN); None for anything else."""
    m = _CAR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != (m["verb"] == "have") or \
            (whose := _whose_vi(m)) is None:
        return None
    car = _CARS_VI[m["car"]]
    car = f"Chiếc {car} này" if whose == "này" else capitalised(f"{car} của {whose}")
    if m["q"]:
        return f"{car} có biển số đẹp không?"
    return f"{car} {'có' if m['verb'] == 'has' else 'không có'} biển số đẹp{stop(m['end'])}"


def _n(m: re.Match, lang: str) -> str:
    """The number of a match (group n; `lang` the source's) in the other language: digits as they are, words as
    words ("tám" as "eight", "thirteen" as "mười ba")."""
    n = m["n"]
    if n.isdigit():
        return n
    return en_word(_N_VI[keyed(n)]) if lang == "vi" else vi_word(_N_EN[n.lower()])


def _paid(text: str) -> str | None:
    """"Anh ấy đã chi rất nhiều tiền để mua biển số đẹp." as "He spent a lot of money on a lucky number plate.", "Tôi
    sẵn sàng chi …" as "I'm willing to spend …" (_PAID); None for anything else, and "chịu chi" but past."""
    m = _PAID.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, False)) is None:
        return None
    who_, one = said
    verb = _PAYS[keyed(m["verb"])] if m["verb"] else ""
    if m["sum"]:
        sum_ = _SUMS[keyed(m["sum"])]
        sum_ += " of dong" if sum_.endswith("s") else "" if "money" in sum_ else " dong"
    else:
        sum_ = f"{_n(m, 'vi')} {_SCALES[keyed(m['scale'])]} dong"
    if "money" in sum_ and m["dong"] or m["ready"] is None and keyed(m["tense"]) != "đã" and verb == "splashed out":
        return None
    prep = "for" if verb == "paid" else "on"
    if m["ready"]:
        said_ = contracted(who_, f"{'am' if who_ == 'I' else 'is' if one else 'are'} willing to spend")
    elif keyed(m["tense"]) == "đã":
        said_ = f"{who_} {verb}"
    else:
        said_ = f"{who_} {'has' if one else 'have'} just {verb}"
    return capitalised(f"{said_} {sum_} {prep} {_thing(m, 'vi')}{stop(m['end'])}")


def _paid_vi(text: str) -> str | None:
    """"He paid a lot for a lucky number plate." as "Anh ấy đã bỏ ra rất nhiều tiền để mua một biển số đẹp.", "I'm
    willing to spend tens of millions of dong on a SIM with a lucky number." as "Tôi sẵn sàng chi hàng chục triệu
    đồng để mua …" (_PAID_EN); None for anything else."""
    m = _PAID_EN.fullmatch(text)
    if not m or (said := _who_en(m, False)) is None:
        return None
    who_, one = said
    aux, verb, prep = " ".join((m["aux"] or "").split()), m["verb"], " ".join(m["prep"].split())
    willing = "willing" in aux
    if prep != "to buy" and prep != ("for" if verb in ("paid", "pay") else "on") or \
            willing != (verb in ("pay", "spend")) or aux and not _agrees(aux.split(" ")[0], one) or \
            willing and (aux.split(" ")[0] in ("am", "'m")) != (who_ == "tôi"):
        return None
    if m["sum"]:
        sum_ = _SUMS_VI[keyed(m["sum"])]
    else:
        sum_ = f"{_n(m, 'en')} {'triệu' if m['scale'] == 'million' else 'tỷ'} đồng"
    how = "sẵn sàng chi" if willing else "vừa bỏ ra" if aux else "đã bỏ ra"
    return capitalised(f"{who_} {how} {sum_} để mua {_thing(m, 'en')}{stop(m['end'])}")


def _lucky(text: str) -> str | None:
    """"Số 8 được coi là may mắn." as "The number 8 is considered lucky.", "Số 4 là số xui." as "The number 4 is an
    unlucky number.", "Số 8 có phải là số may mắn không?" as "Is the number 8 a lucky number?" (_LUCKY); None for
    anything else, and "bị coi là" lucky."""
    m = _LUCKY.fullmatch(text)
    if not m or (asked := _asked(m, m["q"])) is None:
        return None
    held, luck = _HELD[keyed(m["held"])], _LUCK[keyed(m["luck"])]
    q, verb = keyed(m["q"] or ""), keyed(m["held"])
    if verb.startswith("bị") and luck == "lucky" or q and (q == "có phải") != (verb == "là"):
        return None
    said = f"{a_or_an(luck)} {luck} number" if m["num"] else luck
    place = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    number = f"the number {_n(m, 'vi')}"
    if asked:
        return f"Is {number} {held[3:] + ' ' if held != 'is' else ''}{said}{place}?"
    return capitalised(f"{number} {held} {said}{place}{stop(m['end'])}")


def _lucky_vi(text: str) -> str | None:
    """"The number 8 is considered lucky." as "Số 8 được coi là may mắn.", "8 is a lucky number." as "Số 8 là số may
    mắn.", "Is 13 an unlucky number?" as "Số 13 có phải là số không may mắn không?" (_LUCKY_EN); None for anything
    else."""
    m = _LUCKY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or \
            bool(m["a"]) != bool(m["num"]) or m["a"] and m["a"] != a_or_an(m["luck"]) or \
            m["n"].lower() == "one" and not (m["named"] or m["num"]):
        return None  # ("One is lucky.": one of them, maybe)
    luck = "may mắn" if m["luck"] == "lucky" else "không may mắn"
    held = _HELD_VI[" ".join((m["held"] or "").split())]
    said = f"số {luck}" if m["num"] or held == "là" else luck  # ("8 is lucky.": "Số 8 là số may mắn.")
    place = " ở Việt Nam" if m["place"] == "in Vietnam" else " ở Trung Quốc" if m["place"] else ""
    number = f"Số {_n(m, 'en')}"
    if m["q"]:
        return f"{number} có {'phải ' * (held == 'là')}{held} {said}{place} không?"
    return f"{number} {held} {said}{place}{stop(m['end'])}"


def _whose_lucky(text: str) -> str | None:
    """"Số may mắn của tôi là số 7." as "My lucky number is 7.", "Số may mắn của bạn là số mấy?" as "What's your lucky
    number?" (_WHOSE_LUCKY); None for anything else."""
    m = _WHOSE_LUCKY.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or (whose := owner_of(m)) is None:
        return None
    if m["what"]:
        return f"What's {whose} lucky number?"
    return capitalised(f"{whose} lucky number is {_n(m, 'vi')}{stop(m['end'])}")


def _whose_lucky_vi(text: str) -> str | None:
    """"My lucky number is 7." as "Số may mắn của tôi là số 7.", "What's your lucky number?" as "Số may mắn của bạn
    là số mấy?" (_WHOSE_LUCKY_EN); None for anything else."""
    m = _WHOSE_LUCKY_EN.fullmatch(text)
    if not m or m["this"] or bool(m["what"]) == bool(m["n"]) or bool(m["what"]) != ("?" in m["end"]) or \
            (whose := _whose_vi(m)) is None:
        return None
    if m["what"]:
        return f"Số may mắn của {whose} là số mấy?"
    return f"Số may mắn của {whose} là số {_n(m, 'en')}{stop(m['end'])}"


def _avoid(text: str) -> str | None:
    """"Người ta kiêng số 4 vì nó nghe giống chữ tử." as "People avoid the number 4 because it sounds like the word
    for death.", "Bạn có kiêng số 4 không?" as "Do you avoid the number 4?" (_AVOID); None for anything else, and
    the reason said of another number or asked."""
    m = _AVOID.fullmatch(text)
    if not m or (asked := _asked(m, m["ask"])) is None or m["why"] and (asked or m["not"] or _n(m, "vi") not in (
            "4", "four")):
        return None
    said = (_PEOPLE[keyed(m["people"])][0], False) if m["people"] else _who(m, asked)
    if said is None:
        return None
    why = " because it sounds like the word for death" if m["why"] else ""
    return present(*said, "avoid", f"the number {_n(m, 'vi')}{why}", asked, bool(m["not"]), m["end"])


def _avoid_vi(text: str) -> str | None:
    """"People avoid the number 4 because it sounds like the word for death." as "Người ta kiêng số 4 vì nó nghe
    giống chữ tử.", "Does your mother avoid the number 13?" as "Mẹ bạn có kiêng số 13 không?" (_AVOID_EN); None for
    anything else and where the verb does not agree with who."""
    m = _AVOID_EN.fullmatch(text)
    q = (m["q"] or "").lower() if m else ""
    if not m or bool(q) != ("?" in m["end"]) or q and m["aux"]:
        return None
    said = (_PEOPLE_VI[" ".join(m["people"].lower().split())], False) if m["people"] else _who_en(m, bool(q))
    if said is None:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").split())
    first = q or aux.split(" ")[0] if q or aux else m["verb"]
    n = _n(m, "en")
    if not _agrees(first.replace("avoids", "does").replace("avoid", "do"), one) or (q or aux) and m["verb"] != "avoid" \
            or m["why"] and (q or aux or n not in ("4", "bốn")):
        return None
    why = " vì nó nghe giống chữ tử" if m["why"] else ""
    if q:
        return f"{capitalised(who_)} có kiêng số {n} không?"
    return capitalised(f"{who_} {'không kiêng' if aux else 'kiêng'} số {n}{why}{stop(m['end'])}")
