"""Renting a home, both ways, written whole by rule: who rents a flat, a house or a room, or lives in a rented room
("ở trọ"), and where; who is looking for a room to rent, or has found one; the rent (how much, a sum a month, gone up,
paid or not yet, when paid); the landlord (nice, strict …, what they are like, raising the rent). v8 (the rules
on) reads "thuê" as hiring, "trọ" as whole and "chủ nhà" as the home: "Tôi đang thuê nhà." → "I'm hiring my house.",
"Tôi thuê một căn phòng nhỏ gần trường." → "I hired a small room near school.", "Tôi ở trọ." → "I'm in the whole.",
"Tiền nhà bao nhiêu một tháng?" → "How many months are the home?", "Tôi phải trả tiền nhà vào đầu tháng." → "I have
to pay my home in early months.", "Chủ nhà của tôi rất tốt." → "My home is very good.", "Chủ nhà đòi tăng tiền nhà."
→ "The owner demands increased home money.", "Tôi muốn tìm phòng trọ." → "I'd like a whole room."; "I'm renting a
flat." → "Tôi đang quay lại một cái phẳng.", "My rent went up this month." → "Tôi thuê nhà vào tháng này.", "The
landlord wants to raise the rent." → "Đất nước này muốn huy động đất.", "My landlord is very strict." → "Hạ cánh của
tôi rất khắt khe.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) rents ("thuê nhà", renting one's home whatever it is, is English's "I
rent", "I'm renting"), a house, a flat or a room ("căn phòng", "phòng trọ"; small, big, cheap), near the school, near
work, in the centre: said, denied, asked, "đang", "vẫn"; lives in a rented room ("ở trọ"); where who rents (asked); who
is looking for, wants or needs to find, has found or not yet a room ("phòng trọ"), a flat or a place to rent; the rent
("tiền thuê nhà", "tiền trọ"; "tiền nhà" only with a month, paying or the landlord, "tiền thuê phòng" with a month or
the landlord) how much (a month), a sum (mt.amounts: "VND5 million"), gone up (last, this, next month; again, just,
about to), paid, just, not yet, asked yet, has to pay, pays at the start or the end of the month (one's own rent in
Vietnamese without whose: "Mẹ tôi trả tiền nhà"); the landlord ("chủ nhà" with whose, "chủ trọ"; "bà chủ nhà" a
landlady) nice, strict …, asked, denied, what they are like ("là người thế nào"); the landlord ("chủ nhà" beside the
rent) wanting, planning, about to, just or again raising the rent. Left: renting wanted ("muốn thuê": mt/rentals.py),
hiring people (mt/careers.py, mt/tutoring.py), splitting the rent (mt/flatmates.py), the landlord sending someone
(mt/leaks.py), "thuê phòng" without "căn" (a hotel room?), renting done ("đã thuê": a holiday flat?), "tìm nhà" alone
(to buy?), "nhà trọ" (a guesthouse), "chủ nhà" alone with a trait ("Chủ nhà rất khó tính.": a party's host too) or "thế
nào" (how they are doing?), "tiền nhà" alone gone up or a sum (a house's price?), "tiền thuê phòng" without a month (a
hotel room's?), "tháng trước" after paying done or due ("đã trả tiền nhà tháng trước", "phải trả …": paid last month?),
when the rent is due, English "I rent."/"I'm renting." alone (a car?), a "mean" landlord (unkind?) or a "nice" one
without "very" ("Chủ nhà tốt.": a good landlord?), cities, "I" asked, a pet as who, the rest.
mt.phrasebook.translate tries these after mt/fireworks.py.

    >>> translate("Tôi đang thuê nhà.", "vi", "en"), translate("My landlord is very strict.", "en", "vi")
    ("I'm renting.", 'Chủ nhà của tôi rất khó tính.')
"""
from __future__ import annotations

import re

from .amounts import sum_said
from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, asked_of, own_thing, person_of
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present,
                   progressive, stop)

_KEYS = {"vi": lazy(r"(?i:thuê|trọ|tiền\s+nhà|chủ\s+nhà)"), "en": lazy(r"(?i:\brent|landlord|landlady)")}
# what is rented (English; "" for "nhà" alone, renting one's home; None for "phòng" alone, a hotel room too)
_HOMES = {"nhà": "", "căn nhà": "house", "ngôi nhà": "house", "căn hộ": "flat", "căn phòng": "room",
          "phòng trọ": "room", "căn phòng trọ": "room"}
_HOMES_VI = {"place": "nhà", "house": "một căn nhà", "flat": "một căn hộ", "apartment": "một căn hộ",
             "room": "một căn phòng"}
# ... asked or denied, as Vietnamese says it ("Mẹ tôi không thuê nhà.", not "… không thuê một căn nhà.")
_HOMES_ANY_VI = {"place": "nhà", "house": "nhà", "flat": "căn hộ", "apartment": "căn hộ", "room": "phòng"}
_SIZES = {"nhỏ": "small", "lớn": "big", "to": "big", "rẻ": "cheap"}
_SIZES_VI = {en: vi for vi, en in reversed(_SIZES.items())}
_NEAR = {"gần trường": "near the school", "ở gần trường": "near the school", "gần chỗ làm": "near work",
         "ở gần chỗ làm": "near work", "gần trung tâm": "near the centre", "ở trung tâm": "in the centre",
         "ở trung tâm thành phố": "in the city centre"}
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())} | {
    "near school": "gần trường", "near the center": "gần trung tâm", "in the center": "ở trung tâm"}
# what is looked for, to rent, in English ("nhà trọ" is a guesthouse too)
_SOUGHT = {"phòng": "room", "căn phòng": "room", "căn hộ": "flat", "nhà": "place"}
_SOUGHT_VI = {en: f"{vi} để thuê" for en, vi in _HOMES_ANY_VI.items()} | {"room": "phòng trọ"}
_WHEN = {"vào đầu tháng": "at the start of the month", "đầu tháng": "at the start of the month",
         "vào cuối tháng": "at the end of the month", "cuối tháng": "at the end of the month"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {"at the beginning of the month": "vào đầu tháng"}
_MONTHS = near_days("tháng trước", "tháng này", "tháng sau", "tháng tới")
_MONTHS_VI = {en: vi for vi, en in reversed(_MONTHS.items())}
_KIND = {"tốt": "nice", "tốt bụng": "kind", "tử tế": "kind", "thân thiện": "friendly", "dễ tính": "easy-going",
         "khó tính": "strict", "nghiêm khắc": "strict", "keo kiệt": "stingy"}
# ... in English, "fussy" too (not "mean": unkind too)
_KIND_VI = {en: vi for vi, en in reversed(_KIND.items())} | {"fussy": "khó tính", "easygoing": "dễ tính"}
_HOW = {"rất": "very", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely"}
_HOW_VI = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi", "extremely": "cực kỳ", "so": "rất"}

_JUST = ("vừa", "vừa mới", "mới")
_OWNER = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
# renting ("Tôi đang thuê nhà.", "Tôi thuê một căn phòng nhỏ gần trường.", "Bạn thuê nhà ở đâu?", "Tôi ở trọ.")
_RENT = lazy(rf"{WHO}\s+(?:(?P<still>vẫn)\s+)?{_ASK}(?:(?P<ing>đang)\s+)?(?:thuê\s+(?:(?P<one>một)\s+)?"
             rf"(?P<home>(?i:{alternatives(_HOMES)}|phòng))(?:\s+(?P<size>{alternatives(_SIZES)}))?|(?P<lodge>ở\s+trọ))"
             rf"(?:\s+(?P<near>{alternatives(_NEAR)}))?(?:\s+(?P<where>ở\s+đâu))?{ASKED_END}")
# looking for one ("Tôi đang tìm phòng trọ.", "Bạn tìm được phòng trọ chưa?")
_LOOK = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|muốn|cần|đã|vừa\s+mới|vừa|mới|chưa)\s+)?tìm"
             r"(?:\s+(?P<found>được))?\s+(?:một\s+)?(?P<what>phòng|căn\s+phòng|căn\s+hộ|nhà)\s+"
             rf"(?P<how>trọ|(?:để\s+)?thuê)(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# the rent ("tiền nhà" is a house's price too, "tiền thuê phòng" a hotel room's: `_sure`)
_MONEY = r"(?P<money>(?i:tiền)\s+(?P<kind>thuê\s+nhà|thuê\s+phòng\s+trọ|thuê\s+phòng|phòng\s+trọ|trọ|nhà))"
_PER = r"(?:một|mỗi|1)\s+tháng"
_SUM = r"(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?)"  # (mt.amounts says whether it is a sum of đồng)
_HOW_MUCH = lazy(rf"{_MONEY}{_OWNER}(?:\s+(?P<per0>{_PER})|\s+(?P<this>tháng\s+này))?\s+(?:là\s+|hết\s+|mất\s+)?"
                 rf"(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_SUM})(?:\s+(?P<per>{_PER}))?{SOFTENED_END}")
_RISE = lazy(rf"(?:(?P<day0>(?i:{alternatives(_MONTHS)}))\s+)?{_MONEY}{_OWNER}(?:\s+(?P<day>{alternatives(_MONTHS)}))?"
             r"\s+(?:(?P<aux>lại|đã|vừa\s+mới|vừa|mới|sắp|sẽ)\s+)?tăng(?:\s+lên)?(?:\s+(?P<done>rồi))?" + SOFTENED_END)
_PAY = lazy(rf"{WHO}\s+(?:(?P<aux>đã|chưa|phải|vừa\s+mới|vừa|mới|sẽ)\s+)?(?:trả|đóng)\s+{_MONEY}{_OWNER}"
            rf"(?:\s+(?P<day>tháng\s+này|tháng\s+trước))?(?:\s+(?P<when>{alternatives(_WHEN)}))?(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# the landlord ("chủ nhà" with whose or "chủ trọ"; alone, a host too, but for raising the rent)
_LORD = rf"(?:(?P<sex>(?i:ông|bà))\s+)?(?i:chủ)\s+(?P<of>(?i:nhà\s+trọ|nhà|trọ)){_OWNER}"
_LORD_IS = lazy(rf"{_LORD}\s+{_ASK}(?:(?P<how>{alternatives(_HOW)})\s+)?(?P<like>{alternatives(_KIND)})"
                rf"(?:\s+(?P<after>lắm|quá))?{ASKED_END}")
_LORD_LIKE = lazy(rf"{_LORD}\s+là\s+người\s+(?:như\s+)?thế\s+nào{SOFTENED_END}")
_RAISE = lazy(rf"{_LORD}\s+(?:(?P<aux>đòi|muốn|định|sắp|sẽ|vừa\s+mới|vừa|mới|lại|đã)\s+)?tăng\s+(?:{_MONEY}|giá\s+thuê"
              rf"(?:\s+nhà|\s+phòng)?)(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English
_DO_EN = (r"(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+am|\s+is|\s+are|['’](?:m|s|re)|\s+(?:have|has)\s+not"
          r"|\s+(?:haven|hasn)['’]t|\s+have|\s+has|['’]ve|\s+(?:need|needs|want|wants)\s+to|\s+(?:have|has)\s+to"
          r"|\s+will|['’]ll)?")
_RENT_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is)\s+)?{WHO_EN}{_DO_EN}(?:\s+(?P<still>still))?\s+(?:(?P<verb>rent|rents|"
                rf"renting)\s+(?:an\s+(?P<apt>apartment)|a\s+(?:(?P<size>{alternatives(_SIZES_VI)})\s+)?"
                r"(?P<thing>house|flat|room|place))|(?P<live>live|lives|living)\s+in\s+a\s+rented\s+room)"
                rf"(?:\s+(?P<near>{alternatives(_NEAR_VI)}))?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where\s+(?P<q>do|does|are|is)\s+{WHO_EN}\s+(?P<verb>rent|renting)(?P<room>\s+a\s+room)?\s*\?+")
_LOOK_EN = lazy(rf"(?:(?P<q>Are|Is|Have|Has)\s+)?{WHO_EN}{_DO_EN}(?:\s+(?P<just>just))?\s+(?P<verb>looking\s+for|"
                r"found|find)\s+(?:a\s+(?P<thing>room|flat|house|place)|an\s+(?P<apt>apartment))\s+to\s+rent"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_RENT_N = rf"(?:(?P<owner>(?i:the|{WHOSE_WORDS}))\s+rent|(?P<month>(?i:this|last|next)\s+month)['’]s\s+rent)"
_HOW_MUCH_EN = lazy(rf"How\s+much\s+is\s+{_RENT_N}(?:\s+(?P<per>a|per)\s+month)?\s*\?+")
_SUM_EN = lazy(rf"{_RENT_N}\s+is\s+(?P<sum>(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million))?(?:\s+(?:dong|VND))?)"
               r"(?:\s+(?P<per>a|per)\s+month)?\s*(?P<end>[.!]*)")
_RISE_EN = lazy(rf"{_RENT_N}(?P<aux>\s+has|\s+is|['’]s)?(?:\s+(?P<just>just))?\s+(?P<verb>went|gone|going)\s+up"
                rf"(?:\s+(?P<again>again))?(?:\s+(?P<day>(?i:{alternatives(_MONTHS_VI)})))?\s*(?P<end>[.!]*)")
_PAY_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_DO_EN}(?:\s+(?P<just>just))?\s+(?P<verb>paid|pay|pays)\s+"
               rf"(?:(?P<bare>rent)|{_RENT_N})(?:\s+(?P<when>{alternatives(_WHEN_VI)}))?(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_LORD_EN = rf"(?P<det>(?i:the|{WHOSE_WORDS}))\s+(?P<lord>landlord|landlady)"
_LORD_IS_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_LORD_EN}(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?"
                   rf"(?:\s+(?P<how>{alternatives(_HOW_VI)}))?\s+(?P<like>{alternatives(_KIND_VI)})\s*(?P<end>[.!?]*)")
_LORD_LIKE_EN = lazy(rf"What(?:['’]s|\s+is)\s+{_LORD_EN}\s+like\s*\?+")
_RAISE_EN = lazy(rf"{_LORD_EN}(?P<aux>\s+wants\s+to|(?:\s+is|['’]s)\s+(?:going|planning|about)\s+to|\s+will|['’]ll|"
                 r"\s+has|['’]s)?(?:\s+(?P<just>just))?\s+(?P<verb>raise|raised)\s+the\s+rent(?:\s+(?P<again>again))?"
                 r"\s*(?P<end>[.!]*)")
_BE = ("am", "is", "are", "'m", "'s", "'re")
# the landlord's raising the rent to come, both ways
_PLANS = {"đòi": "wants to", "muốn": "wants to", "định": "is planning to", "sắp": "is about to", "sẽ": "is going to"}
_PLANS_VI = {en: vi for vi, en in _PLANS.items()} | {"will": "sẽ", "'ll": "sẽ"}  # ("wants to": "muốn", the last)
# the verbs said of one (he, she, my mother) and of others
_ONE = {"does", "is", "'s", "doesn't", "does not", "has", "hasn't", "has not", "has to", "needs to", "wants to",
        "rents", "lives", "pays"}
_MANY = {"do", "are", "'re", "don't", "do not", "have", "haven't", "have not", "'ve", "have to", "need to", "want to",
         "rent", "live", "pay"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of renting a home, looking for one, the rent or the landlord; else None."""
    if src == "vi":
        return _rent(text) or _look(text) or _how_much(text) or _rise(text) or _pay(text) or _lord(text)
    text = text.replace("’", "'")
    return _rent_vi(text) or _look_vi(text) or _how_much_vi(text) or _rise_vi(text) or _pay_vi(text) or _lord_vi(text)


def _rent(text: str) -> str | None:
    """Who rents a home or lives in a rented room, or where, in English (_RENT): "I'm renting."; else None."""
    m = _RENT.fullmatch(text)
    thing = _HOMES.get(keyed(m["home"] or "")) if m else None  # (None for "phòng" alone, and "ở trọ")
    if not m or m["home"] and thing is None or (m["one"] or m["size"]) and not thing:
        return None
    if m["where"]:
        said = "?" in m["end"] and not (m["ask"] or m["not"] or m["asked"] or m["still"] or m["near"] or thing)
        if not (said := said and person_of(m, True)):
            return None
        (who_, one), room = said, " a room" if m["lodge"] else ""
        return f"Where {be(who_)} {who_} renting{room}?" if m["ing"] else \
            f"Where {'does' if one else 'do'} {who_} rent{room}?"
    asked = asked_of(m)
    if asked is None or m["not"] and (m["ing"] or m["still"]) or asked and m["still"] or \
            not (said := person_of(m, asked)):
        return None
    who_, one = said
    what = f" a {_SIZES[keyed(m['size'])] + ' ' if m['size'] else ''}{thing}" if thing else ""
    verb, doing, rest = ("live", "living", " in a rented room") if m["lodge"] else ("rent", "renting", what)
    rest += f" {_NEAR[keyed(m['near'])]}" if m["near"] else ""
    still = "still " if m["still"] else ""
    if m["ing"]:  # (denied with "đang" was left above)
        return progressive(who_, be(who_), f"{still}{doing}{rest}", asked, m["end"])
    return present(who_, one, verb, rest.strip(), asked, bool(m["not"]), m["end"], still)


def _look(text: str) -> str | None:
    """Who looks for, wants or needs to find, or found a place to rent, in English (_LOOK); else None."""
    m = _LOOK.fullmatch(text)
    what = keyed(m["what"]) if m else ""
    if not m or what in ("căn hộ", "nhà") and m["how"] == "trọ" or not (said := person_of(m, "?" in m["end"])):
        return None
    (who_, one), aux, end, sought = said, keyed(m["aux"] or ""), m["end"], f"a {_SOUGHT[what]} to rent"
    if m["found"]:  # ("… chưa?" asks)
        if m["ask"] or m["asked"] or aux not in ("", "đã", "chưa", *_JUST) or bool(m["yet"]) != ("?" in end):
            return None
        return _done(who_, one, aux, bool(m["done"]), f"found {sought}", end)
    asked = asked_of(m)
    if asked is None or m["yet"] or m["done"] or aux not in ("đang", "muốn", "cần"):
        return None
    if aux == "đang":
        return progressive(who_, be(who_), f"looking for {sought}", asked, end=end)
    return present(who_, one, "need" if aux == "cần" else "want", f"to find {sought}", asked, end=end)


def _done(who_: str, one: bool, aux: str, done: bool, said: str, end: str) -> str | None:
    """`said` ("paid the rent") done, just done or not yet (`aux`, `done`), or asked (`end`), in English; or None."""
    has = "has" if one else "have"
    if "?" in end:
        return f"{has.capitalize()} {who_} {said} yet?" if aux in ("", "đã") and not done else None
    if aux == "chưa":
        return None if done else capitalised(f"{who_} {has}n't {said} yet{stop(end)}")
    just = "just " if aux in _JUST else ""
    return capitalised(contracted(who_, f"{has} {just}{said}") + stop(end)) if just or done or aux == "đã" else None


def _sure(m: re.Match, month: object) -> bool:
    """Whether the money of a match of _MONEY is the rent: "tiền nhà", "tiền thuê phòng" only with a `month`."""
    return bool(month) or keyed(m["kind"]) not in ("nhà", "thuê phòng")


def _whose(m: re.Match) -> str:
    """Whose the rent or the landlord of a match is in English, by its group "owner": "my", "the"."""
    return OWNERS[keyed(m["owner"])] if m["owner"] else "the"


def _how_much(text: str) -> str | None:
    """How much the rent is, or a sum, in English (_HOW_MUCH): "How much is the rent a month?"; else None."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["per0"] and m["per"] or m["this"] and (
            m["per"] or m["owner"]) or not _sure(m, m["per0"] or m["per"] or m["this"]):  # (a house's price?)
        return None
    per, rent = " a month" if m["per0"] or m["per"] else "", "this month's rent" if m["this"] else f"{_whose(m)} rent"
    if m["how"]:
        return f"How much is {rent}{per}?"
    return (money := sum_said(m["sum"], "vi")) and capitalised(f"{rent} is {money}{per}{stop(m['end'])}")


def _rise(text: str) -> str | None:
    """The rent gone up (last, this, next month; again, just, about to), in English (_RISE); else None."""
    m = _RISE.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or not _sure(m, m["day0"] or m["day"]):
        return None
    rent, aux, done = capitalised(f"{_whose(m)} rent"), keyed(m["aux"] or ""), bool(m["done"])
    day = keyed(m["day0"] or m["day"] or "")
    if day:
        way, on = NEAR_WAY[day], _MONTHS[day]
        if way == "ahead" and aux in ("", "sẽ", "sắp") and not done or way == "today" and aux in ("sẽ", "sắp"):
            return f"{rent} is going up {on}{stop(m['end'])}"
        if way != "ahead" and aux in ("", "đã", "lại"):
            return f"{rent} went up{' again' * (aux == 'lại')} {on}{stop(m['end'])}"
        return None
    said = {("lại", True): "has gone up again", ("lại", False): "has gone up again", ("", True): "has gone up",
            ("đã", True): "has gone up", ("sắp", False): "is about to go up"}.get((aux, done))
    said = "has just gone up" if aux in _JUST and not done else said
    return said and f"{rent} {said}{stop(m['end'])}"


def _pay(text: str) -> str | None:
    """Who pays, has to pay or paid the rent, or not yet, in English (_PAY); else None."""
    m = _PAY.fullmatch(text)
    day = keyed(m["day"] or "") if m else ""
    if not m or day and m["owner"] or not _sure(m, day or keyed(m["kind"]) == "nhà"):  # (paid, "tiền nhà" is rent)
        return None
    asked, aux, end = "?" in m["end"], keyed(m["aux"] or ""), m["end"]
    # ("… tháng trước" may say when it was paid, "I paid the rent last month"; not after "chưa", "sẽ" or asked)
    if not (said := person_of(m, asked)) or bool(m["yet"]) != asked or day == "tháng trước" and not (
            asked or aux in ("chưa", "sẽ")):
        return None
    who_, one = said
    rent = {"tháng này": "this month's rent", "tháng trước": "last month's rent"}.get(day) or f"{_whose(m)} rent"
    when = f" {_WHEN[keyed(m['when'])]}" if m["when"] else ""
    if not asked and (aux in ("phải", "sẽ") or not aux and when):
        verb = {"phải": f"{'has' if one else 'have'} to pay", "sẽ": "will pay"}.get(aux, "pays" if one else "pay")
        return None if m["done"] else capitalised(f"{who_} {verb} {rent}{when}{stop(end)}")
    return None if when else _done(who_, one, aux, bool(m["done"]), f"paid {rent}", end)


def _lord(text: str) -> str | None:
    """The landlord, what they are like or raising the rent, in English (_LORD_IS, _LORD_LIKE, _RAISE); else None."""
    m = _LORD_IS.fullmatch(text) or _LORD_LIKE.fullmatch(text) or _RAISE.fullmatch(text)
    if not m:
        return None
    lord = f"{_whose(m)} {'landlady' if keyed(m['sex'] or '') == 'bà' else 'landlord'}"
    sure = m["owner"] or keyed(m["of"]) != "nhà"
    if m.re == _RAISE:
        aux, done = keyed(m["aux"] or ""), bool(m["done"])
        said = f"{_PLANS[aux]} raise" if aux in _PLANS else f"has {'just ' * (aux in _JUST)}raised"
        if "?" in m["end"] or not (aux or done) or done and aux not in ("", "đã", "lại"):
            return None
        return capitalised(f"{lord} {said} the rent{' again' * (aux == 'lại')}{stop(m['end'])}")
    if not sure or m.re == _LORD_LIKE and ("?" not in m["end"] or keyed(m["owner"] or "") in ("tôi", "mình")):
        return None
    if m.re == _LORD_LIKE:
        return f"What's {lord} like?"
    asked, after = asked_of(m), keyed(m["after"] or "")
    if asked is None or m["how"] and (after or m["not"]) or after == "quá" and m["not"]:
        return None
    how = _HOW[keyed(m["how"])] + " " if m["how"] else "very " if after == "lắm" else "so " if after == "quá" else ""
    like = _KIND[keyed(m["like"])]
    if asked:
        return None if how else f"Is {lord} {like}?"
    is_ = "isn't" if m["not"] else "is"
    return capitalised(f"{lord} {is_} {how}{like}{stop(m['end'])}")


def _fits(word: str, who_: str, one: bool, verb: str = "") -> bool:
    """Whether English `word` agrees with who ("I am", "she has"), and `verb` after it is bare ("Does she rent")."""
    word = keyed(word)
    if verb.endswith("s") and word != verb:
        return False
    if word in ("am", "'m", "are", "'re"):
        return who_ == "tôi" if word in ("am", "'m") else not one and who_ != "tôi"
    return one if word in _ONE else not one if word in _MANY else True


def _rent_vi(text: str) -> str | None:
    """Who rents, lives in a rented room or where, in Vietnamese (_RENT_EN, _WHERE_EN); else None."""
    if m := _WHERE_EN.fullmatch(text):
        said, ing = person_of(m, True, "en"), m["verb"] == "renting"
        return None if not said or ing != (m["q"] in ("are", "is")) or not _fits(m["q"], *said) else \
            capitalised(f"{said[0]} {'đang ' * ing}{'ở trọ' if m['room'] else 'thuê nhà'} ở đâu?")
    m = _RENT_EN.fullmatch(text)
    q, aux = m and m["q"], m and keyed(m["aux"] or "")
    if not m or bool(q) != ("?" in m["end"]) or q and aux or \
            aux not in ("", "do not", "does not", "don't", "doesn't", *_BE):
        return None
    said, verb = person_of(m, bool(q), "en"), m["verb"] or m["live"]
    ing, neg = verb.endswith("ing"), "not" in aux or "n't" in aux
    if not said or not _fits(q or aux or verb, *said, verb) or ing != (q in ("Are", "Is") or aux in _BE) or \
            m["still"] and (q or neg) or m["size"] and m["thing"] == "place":
        return None
    who_ = capitalised(said[0])
    what = "ở trọ" if m["live"] else "thuê " + (_HOMES_ANY_VI if q or neg else _HOMES_VI)[m["apt"] or m["thing"]] + (
        f" {_SIZES_VI[m['size']]}" if m["size"] else "")
    what += f" {_NEAR_VI[m['near'].lower()]}" if m["near"] else ""
    aspect = ("vẫn " if m["still"] else "") + ("đang " if ing else "")
    return f"{who_} có {aspect}{what} không?" if q else f"{who_} {'không ' if neg else aspect}{what}{stop(m['end'])}"


def _look_vi(text: str) -> str | None:
    """Who looks for, needs or wants to find, or found a place to rent, in Vietnamese (_LOOK_EN); else None."""
    m = _LOOK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or \
            not (said := person_of(m, bool(m["q"]), "en")):
        return None
    aux, verb, q = keyed(m["aux"] or ""), m["verb"], (m["q"] or "").lower()
    first, sought = q or aux or verb, _SOUGHT_VI[m["apt"] or m["thing"]]
    if not _fits(first, *said) or m["just"] and (verb != "found" or q or "n" in aux) or m["yet"] and verb != "found":
        return None
    who_ = capitalised(said[0])
    if verb == "looking for" and (q in ("are", "is") or aux in _BE):
        return f"{who_} có đang tìm {sought} không?" if q else f"{who_} đang tìm {sought}{stop(m['end'])}"
    if verb == "find" and aux in ("need to", "needs to", "want to", "wants to"):
        return f"{who_} {'cần' if 'need' in aux else 'muốn'} tìm {sought}{stop(m['end'])}"
    return _done_vi(m, aux, who_, f"tìm được {sought}", f"tìm được {sought}") if verb == "found" else None


def _done_vi(m: re.Match, aux: str, who_: str, said: str, asked: str) -> str | None:
    """`said` ("trả tiền nhà") done, just done or not yet, or `asked` ("đã trả …"), of _LOOK_EN, _PAY_EN; or None."""
    end = stop(m["end"])
    if m["q"]:
        return f"{who_} {asked} chưa?" if m["yet"] and m["q"].lower() in ("have", "has") else None
    if aux in ("have not", "has not", "haven't", "hasn't"):
        return f"{who_} chưa {said}{end}" if m["yet"] else None
    if m["yet"] or aux not in ("", "have", "has", "'ve", "'s"):
        return None
    return f"{who_} {'vừa' if m['just'] else 'đã'} {said}{' rồi' * bool(aux and not m['just'])}{end}"


def _rent_n(m: re.Match, sure: bool = False) -> str:
    """The rent of a match of _RENT_N in Vietnamese: "tiền nhà của tôi" ("tiền thuê nhà" if `sure` must be said)."""
    if m["month"]:
        return f"tiền nhà {_MONTHS_VI[m['month'].lower()]}"
    whose = m["owner"].lower()
    return f"tiền {'thuê ' * sure}nhà" + ("" if whose == "the" else f" của {WHOSE_VI[whose]}")


def _how_much_vi(text: str) -> str | None:
    """How much the rent is, or a sum, in Vietnamese (_HOW_MUCH_EN, _SUM_EN); else None."""
    m = _SUM_EN.fullmatch(text) or _HOW_MUCH_EN.fullmatch(text)
    if not m or m.re == _HOW_MUCH_EN and m["month"] and m["per"]:
        return None
    per, money = " một tháng" if m["per"] else "", m.re == _SUM_EN and sum_said(m["sum"], "en")
    if m.re == _HOW_MUCH_EN:
        return capitalised(f"{_rent_n(m, not per)} bao nhiêu{per}?")
    return money and capitalised(f"{_rent_n(m, not per)} là {money}{per}{stop(m['end'])}")


def _rise_vi(text: str) -> str | None:
    """The rent gone up (last, this, next month; again, just), in Vietnamese (_RISE_EN); else None."""
    m = _RISE_EN.fullmatch(text)
    if not m or m["month"]:
        return None
    aux, verb, day = keyed(m["aux"] or ""), m["verb"], (m["day"] or "").lower()
    rent, again = _rent_n(m, not day), "lại " if m["again"] else ""  # ("tiền nhà" alone gone up: a house's price?)
    if verb == "went" and not aux and not m["just"] and not day.startswith("next"):
        return capitalised(f"{_MONTHS_VI[day]} {rent} {again}tăng{stop(m['end'])}" if day else
                           f"{rent} {again or 'đã '}tăng{stop(m['end'])}")
    if verb == "gone" and aux in ("has", "'s") and not day and not (m["just"] and again):
        return capitalised(f"{rent} {'vừa tăng' if m['just'] else again + 'tăng rồi'}{stop(m['end'])}")
    if verb == "going" and aux in ("is", "'s") and day.startswith("next") and not (again or m["just"]):
        return capitalised(f"{_MONTHS_VI[day]} {rent} sẽ tăng{stop(m['end'])}")
    return None


def _pay_vi(text: str) -> str | None:
    """Who pays, has to pay or paid the rent, or not yet, in Vietnamese (_PAY_EN); else None."""
    m = _PAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or \
            not (said := person_of(m, bool(m["q"]), "en")):
        return None
    aux, verb, q, end = keyed(m["aux"] or ""), m["verb"], (m["q"] or "").lower(), m["end"]
    if not _fits(q or aux or verb, *said, verb) or m["bare"] and (verb == "paid" or aux) or m["just"] and (
            q or m["when"]):
        return None
    # (one's own rent without whose: "Mẹ tôi trả tiền nhà", not "… của cô ấy", another woman's)
    own = m["bare"] or m["owner"] and own_thing(m, *said)
    who_, rent = capitalised(said[0]), "tiền nhà" if own else _rent_n(m)
    when = f" {_WHEN_VI[m['when'].lower()]}" if m["when"] else ""
    if verb in ("pay", "pays") and not m["yet"]:
        how = {"": "", "have to": "phải ", "has to": "phải ", "will": "sẽ ", "'ll": "sẽ "}.get(aux)
        return None if how is None or not (how or when) else f"{who_} {how}trả {rent}{when}{stop(end)}"
    return None if verb != "paid" or when else _done_vi(m, aux, who_, f"trả {rent}", f"đã trả {rent}")


def _lord_vi(text: str) -> str | None:
    """The landlord, what they are like or raising the rent, in Vietnamese (_LORD_IS_EN, _LORD_LIKE_EN, _RAISE_EN)."""
    m = _LORD_IS_EN.fullmatch(text) or _LORD_LIKE_EN.fullmatch(text) or _RAISE_EN.fullmatch(text)
    if not m:
        return None
    det = m["det"].lower()
    lord = ("bà " if m["lord"] == "landlady" else "") + "chủ nhà" + ("" if det == "the" else f" của {WHOSE_VI[det]}")
    if m.re == _LORD_LIKE_EN:
        return None if det in ("my", "our") else capitalised(f"{lord} là người như thế nào?")
    if m.re == _RAISE_EN:
        aux, past = keyed(m["aux"] or ""), m["verb"] == "raised"
        if past != (aux in ("", "has", "'s")) or m["just"] and (not aux or m["again"]) or m["again"] and not past:
            return None
        said = ("vừa " if m["just"] else "lại " if m["again"] else "đã " if not aux else "") if past else \
            _PLANS_VI[aux.replace("'s ", "is ")] + " "  # ("'s going to": "is going to")
        done = " rồi" if past and aux and not m["just"] else ""
        return capitalised(f"{lord} {said}tăng tiền nhà{done}{stop(m['end'])}")
    q, not_, like, how = bool(m["q"]), bool(m["not"]), _KIND_VI[m["like"]], m["how"]
    if q != ("?" in m["end"]) or q == bool(m["be"]) or q and (not_ or how):
        return None
    if q:
        return capitalised(f"{lord} có {like} không?")
    if not_:
        return None if how and how not in ("very", "really") else \
            capitalised(f"{lord} không {like}{' lắm' * bool(how)}{stop(m['end'])}")
    if like == "tốt" and not how:
        return None  # (a bare "tốt" reads as "a good landlord", or as against another)
    return capitalised(f"{lord} {_HOW_VI[how] + ' ' if how else ''}{like}{stop(m['end'])}")
