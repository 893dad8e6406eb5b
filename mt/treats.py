"""Treating others, both ways, written whole by rule: paying for a group as a treat ("khao", "đãi", "bao"), whose
treat it is today or next time, "it's my treat, don't pay", treats owed. v8 (the rules on) reads "khao" as copying or
softening, "mời" without its tense, "nợ" as a verb "debt", and "treat" as medical treatment: "Để tôi khao cả nhóm." →
"Let me copy all groups.", "Lần sau bạn mời nhé." → "Next time you invited.", "Sếp khao cả phòng đi ăn vì được thăng
chức." → "The boss snugged his room for healing.", "Hôm nay anh ấy khao." → "He is extremelyao today.", "Anh ấy vừa
khao chúng tôi đi uống cà phê." → "He just softened us to drink coffee.", "Bạn còn nợ tôi một chầu." → "You're debtd
for me."; and back, "Let me treat everyone." → "Để tôi điều trị mọi người.", "It's my treat today, don't pay." → "Đó
là điều trị của tôi hôm nay, không trả tiền.", "You can treat next time." → "Bạn có thể điều trị lần kế tiếp.", "The
boss treated the whole office to a meal for his promotion." → "Sếp điều trị toàn bộ văn phòng cho chương trình khuyến
khích của mình.", "You owe me a treat." → "Bạn cũng hãy cho tôi một điều trị.".

Taken: who (mt.hobbies.WHO, WHO_EN; "Sếp", the boss) treating whom (a group: "cả nhóm", "mọi người", "cả phòng" …;
mt.hobbies.WHOM, WHOM_EN) with "khao", "đãi", "bao", to what (_TO: "đi ăn", "trà sữa" …), why (_WHY: "vì được thăng
chức", to celebrate getting promoted; "nhân dịp sinh nhật tôi", for my birthday; in English "for his promotion",
"because she passed the exam" of who's own; "for her birthday" after kin or the boss as who's: "sinh nhật mẹ tôi"),
on a near day (mt.dates.near_days): "Để tôi …" (let me), did ("đã", a day behind, or a reason told with no tense:
"Sếp khao cả phòng đi ăn vì được thăng chức."), has just ("vừa"), will ("sẽ"), is going to ("sắp"), is planning to
("định"), wants to ("muốn"), has to ("phải"); a round by its time ("hôm nay", "lần này", "lần sau", "lần trước")
with "mời", "khao", "bao", "đãi" and nothing after: who is treating, can treat ("nhé"), will treat ("sẽ", with "nhé"
too), treated last time ("khao", "bao", "đãi" only), who asked ("Hôm nay ai khao?"), whose turn ("Đến lượt bạn
khao."); "Hôm nay tôi mời, bạn đừng trả tiền."; who (still) owes whom a treat, a meal, a drink.
Left: "mời" with whom ("Anh ấy mời tôi đi ăn tối.": invited, mt/parties.py), "mời" last time (treated, or invited?),
the speaker's round today, this time, next time ("Hôm nay tôi bao.", "It's on me.", "My treat.": mt/bills.py and the
phrasebook), paying ("Để tôi trả.", mt/bills.py; "trả cho cả bàn", mt/the_bill.py), a treat with no tense and no
reason ("Sếp khao cả phòng.": did, does, or will?), today with no tense (done, or to come?), "rồi" but last time,
asked treats ("Bạn có khao cả nhóm không?"), a treat denied, "anh", "chị", "em" alone saying it, "sếp" with "nhé"
or "nha" (asked of the boss: you?), a pet treating or treated (a pet's treat is a snack), "mình" as whom (me, or
us?), whom as who ("Lan khao Lan", "We treated us"), "I" treating "us" in English (chúng tôi, or chúng ta?), "bao"
someone, or "cả phòng", with nothing to (keeps, or covers for? booked the whole room?), a birthday whose is not
said, "sinh nhật mình" but the speaker's treat (his own, or mine?), "anh ấy", "cô ấy"'s birthday after kin
(another's, that English would read as who's own), a reason not who's own ("I treated them for her promotion"), an
English treat with nothing to or for but "Let me" you or a group ("She treated us.", "Let me treat him.": a
doctor?), "treats" as a habit, "a treat" as a sweet, and anything else.
mt.phrasebook.translate tries these after mt/pet_birds.py.

    >>> translate("Để tôi khao cả nhóm.", "vi", "en"), translate("You can treat next time.", "en", "vi")
    ('Let me treat the whole group.', 'Lần sau bạn mời nhé.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, NEAR_WAY, near_days
from .hobbies import (SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, first_agrees, pet, someone, who,
                      who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_OBJECT, EN_WHOSE, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:khao|đãi|bao|mời|nợ)"), "en": lazy(r"(?i:treat|owe)")}
# a round's time (the first Vietnamese of each is written back)
_TIMES = {"hôm nay": "today", "lần này": "this time", "lần sau": "next time", "lần tới": "next time",
          "lần trước": "last time"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())}
# whom as a group ("us" in English is mt.hobbies.WHOM_EN's: "chúng tôi")
_GROUPS = {"cả nhóm": "the whole group", "mọi người": "everyone", "cả phòng": "the whole office",
           "cả lớp": "the whole class", "cả nhà": "the whole family", "cả đội": "the whole team",
           "cả công ty": "the whole company", "cả bàn": "the whole table", "bọn tôi": "us", "bọn mình": "us",
           "tụi mình": "us", "chúng mình": "us"}
_GROUPS_VI = {en: vi for vi, en in reversed(_GROUPS.items()) if en != "us"} | {"everybody": "mọi người"}
# what the treat is ("khao cả phòng đi ăn": to a meal)
_TO = {"đi ăn": "a meal", "một bữa": "a meal", "một bữa ăn": "a meal", "đi ăn tối": "dinner", "ăn tối": "dinner",
       "một bữa tối": "dinner", "đi ăn trưa": "lunch", "ăn trưa": "lunch", "một bữa trưa": "lunch", "cà phê": "coffee",
       "đi uống cà phê": "coffee", "uống cà phê": "coffee", "trà sữa": "bubble tea", "đi uống trà sữa": "bubble tea",
       "kem": "ice cream", "ăn kem": "ice cream", "đi ăn kem": "ice cream", "đi ăn lẩu": "hotpot", "ăn lẩu": "hotpot",
       "lẩu": "hotpot", "pizza": "pizza", "ăn pizza": "pizza", "bia": "beer", "đi uống bia": "beer",
       "đi uống": "drinks", "đi nhậu": "drinks"}
_TO_VI = {en: vi for vi, en in reversed(_TO.items())} | {"milk tea": "trà sữa"}
# why: what who got or did (English as celebrated; the first Vietnamese of each is written back)
_WHY = {"được thăng chức": "getting promoted", "được lên chức": "getting promoted",
        "được tăng lương": "getting a pay rise", "thi đỗ": "passing the exam", "thi đậu": "passing the exam",
        "đỗ đại học": "getting into university", "đậu đại học": "getting into university",
        "có việc mới": "getting a new job"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())}
_WHY_NOUNS = {"promotion": "getting promoted", "pay rise": "getting a pay rise", "raise": "getting a pay rise",
              "new job": "getting a new job"}
_WHY_DONE = {"got promoted": "getting promoted", "got a pay rise": "getting a pay rise", "got a raise":
             "getting a pay rise", "passed the exam": "passing the exam", "got into university":
             "getting into university", "got a new job": "getting a new job"}
# near days a treat is said on (behind: did; today; ahead: will)
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "hôm nay",
                  "tối nay", "cuối tuần này", "ngày mai", "tối mai", "tuần sau", "cuối tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_WAY_EN = {en: way for way, days in NEAR_DAYS.items() for en in days.values()}
# what is owed ("nợ tôi một chầu": a treat)
_OWED = {"một chầu": "a treat", "một bữa": "a meal", "một bữa ăn": "a meal", "một bữa trưa": "lunch",
         "một bữa tối": "dinner", "một ly": "a drink", "một ly cà phê": "a coffee"}
_OWED_VI = {en: vi for vi, en in reversed(_OWED.items())}

_END = r"(?:\s+(?P<soft>nhé|nha|đấy|đó))?(?:\s+ạ)?\s*(?P<end>[.!?]*)"
_WHO = rf"(?:(?P<boss>[Ss]ếp)|{WHO})"
_WHOM = rf"(?:(?P<group>(?i:{alternatives(_GROUPS)}))|{WHOM})"
_REASON = (rf"(?:\s+(?:vì|do|mừng|để\s+mừng|nhân\s+dịp)\s+(?:(?:đã\s+)?(?P<why>(?i:{alternatives(_WHY)}))|"
           rf"sinh\s+nhật\s+(?:của\s+)?(?P<bday>(?i:{alternatives(OWNERS)}))))?")
# who treats whom ("Để tôi khao cả nhóm.", "Sếp khao cả phòng đi ăn vì được thăng chức.", "Hôm qua mẹ tôi đãi …")
_TREAT = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?:(?P<let>[Đđ]ể)\s+)?{_WHO}\s+(?:(?P<aux>(?i:đã|"
              rf"vừa\s+mới|vừa|sẽ|sắp|phải|muốn|định))\s+)?(?P<verb>(?i:khao|đãi|bao))\s+{_WHOM}"
              rf"(?:\s+(?P<to>(?i:{alternatives(_TO)})))?{_REASON}{_END}")
# a round by its time ("Lần sau bạn mời nhé.", "Hôm nay ai khao?", "Đến lượt bạn khao.")
_TIME = rf"(?i:{alternatives(_TIMES)})"
_ROUND = lazy(rf"(?:(?P<time0>{_TIME})\s+)?(?:(?P<turn>[Đđ]ến\s+lượt)\s+)?(?:(?P<ai>[Aa]i)|{_WHO})\s+"
              rf"(?:(?P<aux>đã|sẽ)\s+)?(?P<verb>mời|khao|bao|đãi)(?:\s+(?P<time>{_TIME}))?(?:\s+(?P<done>rồi))?{_END}")
# the speaker's treat, the others told not to pay ("Hôm nay tôi mời, bạn đừng trả tiền.")
_DONT_PAY = lazy(r"(?:(?P<time>(?i:hôm\s+nay|lần\s+này))\s+)?(?:[Đđ]ể\s+)?(?i:tôi|mình)\s+(?:mời|bao|khao|đãi)"
                 r"(?:\s+(?P<time2>hôm\s+nay|lần\s+này))?\s*,\s*(?:(?:bạn|các\s+bạn|mọi\s+người)\s+)?"
                 r"(?P<dont>đừng|không\s+cần|khỏi)\s+trả(?:\s+tiền)?(?:\s+(?P<soft>nhé|nha))?\s*(?P<end>[.!?]*)")
# who owes whom a treat ("Bạn còn nợ tôi một chầu.")
_OWES = lazy(rf"{_WHO}\s+(?:(?P<still>(?i:vẫn\s+còn|vẫn|còn))\s+)?nợ\s+{_WHOM}\s+(?P<what>(?i:{alternatives(_OWED)}))"
             rf"{_END}")

# ... and in English
_WHO_EN = rf"(?:(?P<boss>[Tt]he\s+boss)|{WHO_EN})"
_WHOM_EN = rf"(?:(?P<group>(?i:{alternatives(_GROUPS_VI)}))|{WHOM_EN})"
_WHY_EN = (rf"(?:\s+(?:to\s+celebrate\s+(?:(?P<ger>{alternatives(_WHY_VI)})|(?P<poss>(?i:{WHOSE_WORDS}))\s+"
           rf"(?P<noun>{alternatives(_WHY_NOUNS)}))|for\s+(?P<poss2>(?i:{WHOSE_WORDS}))\s+(?:(?P<noun2>"
           rf"{alternatives(_WHY_NOUNS)})|(?P<bday>birthday))|because\s+(?P<pron>(?i:i|you|he|she|we|they))\s+"
           rf"(?P<did>{alternatives(_WHY_DONE)})))?")
_TREAT_EN = lazy(rf"(?:(?P<let>Let\s+(?P<us>me|us))|{_WHO_EN}(?P<aux>\s+will|['’]ll|(?:\s+is|\s+are|\s+am|['’]s|"
                 r"['’]re|['’]m)\s+(?:going|planning)\s+to|\s+(?:has|have)\s+(?:just|to)|['’](?:s|ve)\s+just|\s+just|"
                 rf"\s+wants?\s+to)?)\s+(?P<verb>treat|treated)\s+{_WHOM_EN}(?:\s+to\s+(?P<to>{alternatives(_TO_VI)}))?"
                 rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?{_WHY_EN}\s*(?P<end>[.!]*)")
_TIME_EN = r"today|this\s+time|next\s+time"
_ROUND_EN = lazy(rf"(?:(?P<ai>Who)|{_WHO_EN})(?P<aux>\s+can|\s+will|['’]ll|['’]s|['’]re|['’]m|\s+is|\s+are|\s+am)?"
                 rf"\s+(?P<verb>treat|treated|treating)\s+(?P<time>{_TIME_EN}|last\s+time)\s*(?P<end>[.!?]*)")
_TURN_EN = lazy(rf"(?:It['’]s|It\s+is)\s+(?:(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN}|the\s+boss)['’]s)\s+"
                rf"(?P<turn>turn\s+to\s+)?treat(?:\s+(?P<time>{_TIME_EN}))?\s*[.!]*|"
                rf"Whose\s+turn\s+is\s+it\s+to\s+treat(?:\s+(?P<time2>{_TIME_EN}))?\s*\?+")
_DONT_PAY_EN = lazy(r"(?:It['’]s|It\s+is)\s+my\s+treat(?:\s+(?P<time>today|this\s+time))?\s*,\s*(?:(?P<please>please)"
                    r"\s+)?(?:(?P<dont>don['’]t\s+pay)|you\s+don['’]t\s+(?:need|have)\s+to\s+pay)\s*(?P<end>[.!]*)")
_OWES_EN = lazy(rf"{_WHO_EN}(?:\s+(?P<still>still))?\s+(?P<verb>owes?)\s+{_WHOM_EN}\s+"
                rf"(?P<what>{alternatives(_OWED_VI)})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who treats whom (to what, why, when), whose treat a round is, "it's my treat,
    don't pay", or a treat owed; None for any other."""
    if src == "vi":
        return _treat(text) or _round(text) or _dont_pay(text) or _owes(text)
    return _treat_vi(text) or _round_vi(text) or _turn_vi(text) or _dont_pay_vi(text) or _owes_vi(text)


def _who(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("the boss", True); None for a pet, and for "anh", "chị",
    "em" alone (the speaker, or you?)."""
    if m["boss"]:
        return "the boss", True
    return None if animal(m) else who(m, False)


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "the boss's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _WHOM in English ("the whole group", "me", "my mother"); None for "mình" (me, or us?), a
    pet (a pet's treat is a snack) and whom that is who ("Tôi khao tôi", "Lan khao Lan", "Chúng tôi khao bọn mình")."""
    if m["group"]:
        whom = _GROUPS[keyed(m["group"])]
    else:
        whom = None if keyed(m["whom"]) == "mình" or pet(m["whom"], "vi") else as_whom(m["whom"], "vi")
    return None if whom is None or whom in (who_, EN_OBJECT.get(who_)) else whom


def _to_boss(m: re.Match) -> bool:
    """Whether who of a match is "sếp" with "nhé" or "nha": asked of the boss, perhaps ("Lần này sếp bao nhé!": you,
    boss)."""
    return bool(m["boss"]) and keyed(m["soft"] or "") in ("nhé", "nha")


def _birthday(m: re.Match, who_: str) -> str | None:
    """" for my birthday" of a match of _TREAT (who said `who_` in English; "" for none); None for "mình" but the
    speaker's treat (his own, or mine?) and "anh ấy", "cô ấy" after kin or a title ("Mẹ tôi … sinh nhật cô ấy":
    another's, that English would read as hers)."""
    if not m["bday"]:
        return ""
    bday = keyed(m["bday"])
    if bday == "mình" and who_ != "I" or bday in ("anh ấy", "cô ấy") and (m["kin"] or m["titled"]):
        return None
    return f" for {OWNERS[bday]} birthday"


def _treat(text: str) -> str | None:
    """"Để tôi khao cả nhóm." as "Let me treat the whole group.", "Sếp khao cả phòng đi ăn vì được thăng chức." as
    "The boss treated the whole office to a meal to celebrate getting promoted.", "Anh ấy vừa khao chúng tôi đi uống
    cà phê." as "He has just treated us to coffee.", "Ngày mai mẹ tôi sẽ đãi cả nhà đi ăn lẩu." as "My mother will
    treat the whole family to hotpot tomorrow." (_TREAT); None for anything else, a treat with no tense and no reason,
    and a day that is not the tense's."""
    m = _TREAT.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m)
    if not said:
        return None
    who_, one = said
    whom = _whom(m, who_)
    way, aux, soft = NEAR_WAY[keyed(m["day"])] if m["day"] else None, keyed(m["aux"] or ""), keyed(m["soft"] or "")
    if whom is None or soft and not (m["let"] or aux in ("sẽ", "phải")) or soft in ("đấy", "đó") and m["let"] or \
            _to_boss(m):
        return None
    # ("bao" someone alone: keeps, or covers for?; "bao cả phòng" alone: booked the whole room?)
    if keyed(m["verb"]) == "bao" and not m["to"] and keyed(m["group"] or "") in ("", "cả phòng"):
        return None
    if m["let"]:
        if aux or way not in (None, "today") or keyed(m["who"] or "") not in ("tôi", "mình", "chúng tôi"):
            return None
        verb = f"Let {'me' if who_ == 'I' else 'us'} treat"
    elif aux in ("", "đã"):  # (no tense: done where a day behind says so, or a reason is told, as of an event)
        if way == "ahead" or not aux and not (way == "behind" or way is None and (m["why"] or m["bday"])):
            return None
        verb = f"{who_} treated"
    elif aux in ("vừa", "vừa mới"):
        verb = None if way else f"{who_} {'has' if one else 'have'} just treated"
    else:
        verb = None if way == "behind" else contracted(who_, {
            "sẽ": "will treat", "sắp": f"{be(who_)} going to treat", "định": f"{be(who_)} planning to treat",
            "phải": f"{'has' if one else 'have'} to treat", "muốn": f"{'wants' if one else 'want'} to treat"}[aux])
    why = f" to celebrate {_WHY[keyed(m['why'])]}" if m["why"] else _birthday(m, who_)
    to, day = f" to {_TO[keyed(m['to'])]}" if m["to"] else "", f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    return verb and why is not None and capitalised(f"{verb} {whom}{to}{day}{why}{stop(m['end'])}")


def _round(text: str) -> str | None:
    """"Lần sau bạn mời nhé." as "You can treat next time.", "Hôm nay anh ấy khao." as "He's treating today.", "Lần
    trước Lan khao rồi." as "Lan treated last time.", "Hôm nay ai khao?" as "Who's treating today?", "Đến lượt bạn
    khao." as "It's your turn to treat." (_ROUND); None for anything else, the speaker's round but last time
    (mt/bills.py's), and "mời" last time (treated, or invited?)."""
    m = _ROUND.fullmatch(text)
    if not m or m["time0"] and m["time"]:
        return None
    time = _TIMES[keyed(m["time0"] or m["time"])] if m["time0"] or m["time"] else ""
    asked, aux, soft, when_ = "?" in m["end"], m["aux"] or "", keyed(m["soft"] or ""), f" {time}" * bool(time)
    if bool(m["ai"]) != asked or soft in ("đấy", "đó") or m["done"] and (time != "last time" or soft) or _to_boss(m):
        return None
    if m["turn"]:
        if time == "last time" or aux or m["done"]:
            return None
        if m["ai"]:
            return None if soft else f"Whose turn is it to treat{when_}?"
        said = _who(m)
        return said and f"It's {_whose(said[0])} turn to treat{when_}{stop(m['end'])}"
    if not time or time == "last time" and (m["verb"] == "mời" or aux == "sẽ" or soft):
        return None
    if m["ai"]:
        if soft or aux or m["done"]:
            return None
        return "Who treated last time?" if time == "last time" else f"Who's treating{when_}?"
    said = _who(m)
    if not said or said[0] == "I" and time != "last time" or aux == "đã" and time != "last time":
        return None
    who_ = said[0]
    if time == "last time":
        return capitalised(f"{who_} treated last time{stop(m['end'])}")
    if soft and aux != "sẽ":  # (a suggestion: "Lần sau bạn mời nhé."; "sẽ … nhé" keeps its will)
        return capitalised(f"{who_} can treat{when_}{stop(m['end'])}")
    if aux == "sẽ" or time == "next time":
        return capitalised(f"{contracted(who_, 'will treat')}{when_}{stop(m['end'])}")
    return capitalised(f"{contracted(who_, be(who_) + ' treating')}{when_}{stop(m['end'])}")


def _dont_pay(text: str) -> str | None:
    """"Hôm nay tôi mời, bạn đừng trả tiền." as "It's my treat today, don't pay.", "Tôi bao, mọi người không cần
    trả tiền." as "It's my treat, you don't need to pay." (_DONT_PAY); None for anything else."""
    m = _DONT_PAY.fullmatch(text)
    if not m or m["time"] and m["time2"] or "?" in m["end"]:
        return None
    time = _TIMES[keyed(m["time"] or m["time2"])] if m["time"] or m["time2"] else ""
    pay = "don't pay" if keyed(m["dont"]) == "đừng" else "you don't need to pay"
    return f"It's my treat{' ' * bool(time)}{time}, {pay}{stop(m['end'])}"


def _owes(text: str) -> str | None:
    """"Bạn còn nợ tôi một chầu." as "You still owe me a treat.", "Tôi nợ bạn một bữa." as "I owe you a meal."
    (_OWES); None for anything else."""
    m = _OWES.fullmatch(text)
    said = m and "?" not in m["end"] and keyed(m["soft"] or "") != "nhé" and not _to_boss(m) and _who(m)
    whom = said and _whom(m, said[0])
    if not whom:
        return None
    what = f"{whom} {_OWED[keyed(m['what'])]}"
    return present(*said, "owe", what, end=m["end"], adverb="still " * bool(m["still"]))


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one ("sếp", True); None for a pet."""
    if m["boss"]:
        return "sếp", True
    return None if animal(m) else who_vi(m)


def _whom_vi(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _WHOM_EN in Vietnamese ("cả nhóm", "chúng tôi", "mẹ tôi"); None where whom is who, for a
    pet (a pet's treat is a snack), and for "us" after "I" ("I treated us": chúng tôi, or chúng ta?)."""
    whom = _GROUPS_VI[keyed(m["group"])] if m["group"] else None if pet(m["whom"], "en") else as_whom(m["whom"], "en")
    return None if whom is None or whom == who_ or (who_, whom) == ("tôi", "chúng tôi") else whom


def _own(m: re.Match, who_: str, poss: str) -> bool:
    """Whether whose `poss` ("his", "my") is who's own, for who of a match of _WHO_EN said `who_` in Vietnamese:
    "I … my", "my mother … her", "Lan … his" or "her", "the boss … his" or "her"."""
    poss = poss.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == poss
    known = his_her(who_) if m["kin"] else None
    return poss == known if known else poss in ("his", "her")


def _why_vi(m: re.Match, who_: str) -> str | None:
    """The reason of a match of _WHY_EN in Vietnamese (" vì được thăng chức", " nhân dịp sinh nhật cô ấy"; "" for
    none); None for a reason not who's own ("I … for her promotion")."""
    if m["bday"]:  # (who's own after kin or the boss said as who: "cô ấy" is not one's mother)
        poss = m["poss2"].lower()
        own = poss in ("his", "her") and (m["kin"] or m["boss"]) and _own(m, who_, poss)
        return f" nhân dịp sinh nhật {who_ if own else WHOSE_VI[poss]}"
    poss = m["poss"] or m["poss2"] or (WHOSE_OF[m["pron"].lower()] if m["pron"] else None)
    if poss and not _own(m, who_, poss):
        return None
    ger = m["ger"] or _WHY_NOUNS.get(keyed(m["noun"] or m["noun2"] or "")) or _WHY_DONE.get(keyed(m["did"] or ""))
    return f" vì {_WHY_VI[keyed(ger)]}" if ger else ""


def _treat_vi(text: str) -> str | None:
    """"Let me treat everyone." as "Để tôi khao mọi người.", "The boss treated the whole office to a meal for his
    promotion." as "Sếp đã khao cả phòng đi ăn vì được thăng chức.", "He just treated us to coffee." as "Anh ấy vừa
    khao chúng tôi cà phê.", "We'll treat the whole class to bubble tea tomorrow." as "Ngày mai chúng tôi sẽ khao cả
    lớp trà sữa." (_TREAT_EN); None for anything else, where a verb does not agree, a habit ("treats"), and a day
    that is not the tense's."""
    m = _TREAT_EN.fullmatch(text)
    if not m:
        return None
    said = ("tôi" if m["us"] == "me" else "chúng tôi", False) if m["let"] else _who_vi(m)
    whom = said and _whom_vi(m, said[0])
    why = whom and _why_vi(m, said[0])
    if why is None:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    first, way = aux.split(" ")[0] if aux else "", _WAY_EN[keyed(m["day"])] if m["day"] else None
    if first in ("wants", "want") and (first == "wants") != one or not first_agrees(first, who_, one):
        return None
    if m["let"]:
        tense = "để" if m["verb"] == "treat" and way in (None, "today") else None
    elif m["verb"] == "treated":  # (done: "đã", or nothing on a day behind; just: "vừa", on no day)
        if aux not in ("", "just", "has just", "have just", "'s just", "'ve just") or aux and way or way == "ahead":
            return None
        tense = "vừa" if aux else "" if way == "behind" else "đã"
    else:  # ("will treat", "has to treat" …; "treat" bare, a habit or an order, is left)
        tense = None if not aux or way == "behind" else "sẽ" if aux in ("will", "'ll") or aux.endswith("going to") \
            else "định" if aux.endswith("planning to") else "phải" if aux.endswith("has to") or aux.endswith(
                "have to") else "muốn" if aux.endswith("to") else None
    # ("She treated us.", "Let me treat him.": a doctor, perhaps; "Let me treat you.", "… everyone.": a treat)
    if tense is None or not (m["to"] or why or m["let"] and (m["group"] or whom == "bạn")):
        return None
    to = f" {_TO_VI[keyed(m['to'])]}" if m["to"] else ""
    said_ = f"để {who_}" if tense == "để" else f"{who_}{' ' * bool(tense)}{tense}"
    day = f"{_DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{said_} khao {whom}{to}{why}{stop(m['end'])}")


def _round_vi(text: str) -> str | None:
    """"You can treat next time." as "Lần sau bạn mời nhé.", "She's treating today." as "Hôm nay cô ấy mời.", "Lan
    treated last time." as "Lần trước Lan mời rồi.", "Who's treating today?" as "Hôm nay ai mời?" (_ROUND_EN); None
    for anything else, and where a verb does not agree."""
    m = _ROUND_EN.fullmatch(text)
    if not m or bool(m["ai"]) != ("?" in m["end"]):
        return None
    said = ("ai", True) if m["ai"] else _who_vi(m)
    if said is None:
        return None
    who_, one = said
    aux, verb = keyed((m["aux"] or "").replace("’", "'")), m["verb"]
    time = keyed(m["time"])
    opener = capitalised(_TIMES_VI[time])
    if verb == "treated":
        if aux or time != "last time":
            return None
        return "Lần trước ai mời?" if m["ai"] else f"Lần trước {who_} mời rồi."
    if time == "last time":
        return None
    if verb == "treating":
        be_ = {"'s": "is", "'re": "are", "'m": "am"}.get(aux, aux)
        if m["ai"]:
            return f"{opener} ai mời?" if be_ == "is" else None
        return f"{opener} {who_} mời." if be_ in ("is", "are", "am") and first_agrees(be_, who_, one) else None
    if aux == "can":
        return None if m["ai"] else f"{opener} {who_} mời nhé."
    if aux in ("will", "'ll"):
        return f"{opener} {who_} sẽ mời{'?' if m['ai'] else '.'}"
    return None


def _turn_vi(text: str) -> str | None:
    """"It's your turn to treat." as "Đến lượt bạn mời.", "It's my mother's treat today." as "Hôm nay mẹ tôi mời.",
    "Whose turn is it to treat?" as "Đến lượt ai mời?" (_TURN_EN); None for anything else."""
    m = _TURN_EN.fullmatch(text)
    if not m:
        return None
    time = keyed(m["time"] or m["time2"] or "")
    opener = f"{_TIMES_VI[time]} " if time else ""
    if not (m["own"] or m["someone"]):
        return capitalised(f"{opener}đến lượt ai mời?")
    whose = WHOSE_VI[m["own"].lower()] if m["own"] else "sếp" if keyed(m["someone"]) == "the boss" else someone(
        m["someone"], "en")
    if whose is None or pet(m["someone"], "en"):
        return None
    return capitalised(f"{opener}{'đến lượt ' if m['turn'] else ''}{whose} mời.")


def _dont_pay_vi(text: str) -> str | None:
    """"It's my treat today, don't pay." as "Hôm nay tôi mời, bạn đừng trả tiền.", "It's my treat, you don't need to
    pay." as "Tôi mời, bạn không cần trả tiền." (_DONT_PAY_EN); None for anything else."""
    m = _DONT_PAY_EN.fullmatch(text)
    if not m:
        return None
    time = f"{_TIMES_VI[keyed(m['time'])]} " if m["time"] else ""
    pay = "đừng trả tiền" if m["dont"] else "không cần trả tiền"
    return capitalised(f"{time}tôi mời, bạn {pay}{' nhé' if m['please'] else ''}{stop(m['end'])}")


def _owes_vi(text: str) -> str | None:
    """"You owe me a treat." as "Bạn nợ tôi một chầu.", "I still owe you a meal." as "Tôi vẫn còn nợ bạn một bữa."
    (_OWES_EN); None for anything else, and where "owe" does not agree with who."""
    m = _OWES_EN.fullmatch(text)
    said = m and _who_vi(m)
    whom = said and (m["verb"] == "owes") == said[1] and _whom_vi(m, said[0])
    if not whom:
        return None
    still = "vẫn còn " if m["still"] else ""
    return capitalised(f"{said[0]} {still}nợ {whom} {_OWED_VI[m['what'].lower()]}{stop(m['end'])}")
