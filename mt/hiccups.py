"""Hiccups beyond having them, both ways, written whole by rule: hiccups that will not stop, ways to stop them told
(water, holding one's breath, a fright), how often one gets them, how long one has had them, and their stopping. v8
(rules on) reads "nấc" as snugging, stunning or lifting, and "hiccups" as hills ("đồi") or renting ("thuê"): "Tôi bị
nấc cụt mãi không hết." → "I'm snugging forever.", "Uống nước đi cho hết nấc." → "Take water away for all snuggs.",
"Nín thở đi cho hết nấc." → "The breath of breath is all snugging.", "Để tôi hù bạn cho hết nấc nhé." → "Let me fool
you.", "Tôi hết nấc rồi." → "I'm all stunning.", "Tôi bị nấc mười phút rồi." → "I'm snugging ten minutes."; and back,
"I can't get rid of my hiccups." → "Tôi không thể bỏ đồi của tôi.", "Drink some water to stop the hiccups." → "Uống
một vài nước để ngăn chặn đồi.", "Hold your breath to get rid of the hiccups." → "Giữ thở của bạn để thoát khỏi nấp
nấp.", "Do you often get hiccups?" → "Bạn có thường bị thuê nhà không?", "My hiccups have stopped." → "Bọn đồi đã dừng
lại.", "How long have you had hiccups?" → "Bạn đã thuê bao lâu rồi?".

Taken: who (mt.hobbies.WHO, WHO_EN) or the baby with hiccups that will not go ("bị nấc mãi không hết", "can't get rid
of my hiccups"; on a day behind, "couldn't"); a way of CURES told, tried ("Uống nước đi cho hết nấc.", "Try holding
your breath to get rid of the hiccups."); a fright told or offered ("Hù anh ấy cho hết nấc đi.", "Để tôi hù bạn cho
hết nấc nhé."); hiccups got as a habit (mt.hobbies.SELDOM, HABIT_VI; after eating, feeding, at night), said or asked;
still had ("vẫn còn bị nấc"); had for how long ("mười phút rồi", "for ten minutes"; "bao lâu rồi?"); stopped, asked,
not yet ("hết nấc rồi", "hết nấc chưa?", "vẫn chưa hết nấc"). Left: hiccups had, now, all morning, on and on, and how
to get rid of them asked (mt/reflexes.py's: "Tôi bị nấc.", "Em bé bị nấc suốt.", "Làm sao để hết nấc?"), "anh",
"chị", "em" alone saying it, a pet as who, a name's own hiccups ("Lan can't get rid of her hiccups": his or hers is
not known), a way one did or does ("Tôi nín thở cho hết nấc.": now, or as a habit?), "anh", "chị", "em", "con" told a
way with "nhé" alone ("Con uống nước cho hết nấc nhé.": or the speaker's "I'll …, okay?"), the one told to scare
scared ("Hù bạn cho hết nấc đi.", "chúng ta"), "em" with "ạ" (the speaker), "bé" alone asked (or a child asked), "hết
nấc" with no "rồi", "đã" or "chưa", "hết nấc rồi" with no one said (or maxed out: "vặn hết nấc"), "rồi à?", feeding
but for a baby or a child, a pet's hiccups stopped (in English too), and anything else.
mt.phrasebook.translate tries these after mt/customs.py.

    >>> translate("Tôi bị nấc mãi không hết.", "vi", "en"), translate("Are your hiccups gone?", "en", "vi")
    ("I can't get rid of my hiccups.", 'Bạn hết nấc chưa?')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, em_speaking, pet,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed, present

# ways to stop them: Vietnamese, English told, English tried ("Try holding …"); the first Vietnamese of each is
# written back
CURES = {"uống nước": ("drink some water", "drinking some water"),
         "uống một cốc nước": ("drink a glass of water", "drinking a glass of water"),
         "uống một ly nước": ("drink a glass of water", "drinking a glass of water"),
         "uống một ngụm nước": ("take a sip of water", "taking a sip of water"),
         "nín thở": ("hold your breath", "holding your breath"),
         "hít thở sâu": ("breathe deeply", "breathing deeply"),
         "hít một hơi thật sâu": ("take a deep breath", "taking a deep breath"),
         "ăn một thìa đường": ("eat a spoonful of sugar", "eating a spoonful of sugar"),
         "ăn một muỗng đường": ("eat a spoonful of sugar", "eating a spoonful of sugar")}
CURES_VI = {en: (vi, i == 1) for vi, ens in reversed(CURES.items()) for i, en in enumerate(ens)}
# when one gets them as a habit, and back (the first of each); feeding is a baby's or a child's
WHEN = {"sau khi ăn": "after eating", "sau bữa ăn": "after meals", "sau khi bú": "after feeding",
        "sau khi bú sữa": "after feeding", "vào ban đêm": "at night", "ban đêm": "at night"}
WHEN_VI = {en: vi for vi, en in reversed(WHEN.items())}
_CHILDREN = {"con", "con trai", "con gái"}
# "you" by kinship, who may be the speaker too ("Con uống nước nhé.": a child's "I'll drink some water, okay?")
_KIN_YOU = {"anh", "chị", "em", "con"}
# the days behind on which hiccups would not go ("Hôm qua tôi bị nấc mãi không hết."), and back
DAYS = near_days("hôm qua", "sáng hôm qua", "chiều hôm qua", "tối qua", "tối hôm qua", "đêm qua")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# how long: units, and the numbers said in words (from mt.numbers, 1 to 60)
UNITS = {"phút": "minute", "tiếng": "hour", "tiếng đồng hồ": "hour", "giờ": "hour", "ngày": "day"}
UNITS_VI = {"minute": "phút", "hour": "tiếng", "day": "ngày"}
_VI_N = {vi_word(n): n for n in range(1, 61)}
_EN_N = {en_word(n): n for n in range(1, 61)}
# whose a thing of whom is, in English ("scare him … his hiccups")
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
_KEYS = {"vi": lazy(r"(?i:nấc)"), "en": lazy(r"(?i:hiccup)")}

# who: the baby first ("Em bé" is not "Em", you), or who as mt/hobbies.py reads them
_SUBJ = rf"(?:(?P<baby>(?i:em\s+bé|bé))|{WHO})"
_NAC = r"nấc(?:\s+cụt)?"
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
# hiccups that will not go ("Tôi bị nấc cụt mãi không hết.", "Hôm qua mẹ tôi bị nấc mãi không dứt.")
_STUCK = lazy(rf"{_DAY}{_SUBJ}\s+(?:bị\s+)?{_NAC}\s+mãi\s+(?:mà\s+)?không\s+(?:hết|dứt)(?:\s+được)?{SOFTENED_END}")
# a way told ("Uống nước đi cho hết nấc.", "Bạn thử nín thở xem cho hết nấc.", "Con uống nước cho hết nấc nhé.")
_CURE = lazy(rf"(?:(?P<to>(?i:bạn|anh|chị|em|con))\s+)?(?:(?P<try>(?i:thử))\s+)?(?P<cure>(?i:{alternatives(CURES)}))"
             r"(?:\s+(?P<go>đi|xem))?\s+(?:cho|để)\s+hết\s+nấc(?:\s+cụt)?(?:\s+(?P<tail>đi|nhé))?\s*(?P<end>[.!]*)")
# a fright ("Hù anh ấy cho hết nấc đi.", "Để tôi hù cho bạn hết nấc nhé.")
_SCARE = lazy(rf"(?:(?P<let>(?i:để\s+(?:tôi|mình)))\s+)?(?i:hù|doạ|dọa)\s+(?P<cho>cho\s+)?{WHOM}"
              rf"(?:\s+một\s+cái)?(?:\s+(?P<cho2>cho|để))?\s+hết\s+{_NAC}(?:\s+(?P<tail>đi|nhé))?\s*(?P<end>[.!]*)")
# as a habit ("Em bé hay bị nấc sau khi bú.", "Bạn có hay bị nấc không?")
_OFTEN = lazy(rf"{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?P<seldom>{alternatives(SELDOM)})\s+bị\s+{_NAC}"
              rf"(?:\s+(?P<when>{alternatives(WHEN)}))?{ASKED_END}")
# still ("Tôi vẫn còn bị nấc.", "Em bé vẫn còn nấc à?")
_STILL = lazy(rf"{_SUBJ}\s+vẫn(?:\s+còn)?\s+(?:bị\s+)?{_NAC}(?:\s+(?P<tag>à|hả))?{SOFTENED_END}")
# for how long ("Tôi bị nấc mười phút rồi.", "Bạn bị nấc bao lâu rồi?")
_LONG = lazy(rf"{_SUBJ}\s+(?:đã\s+)?bị\s+{_NAC}\s+(?:được\s+)?(?:(?P<n>\d{{1,2}}|(?i:{alternatives(_VI_N)}))\s+"
             rf"(?P<unit>{alternatives(UNITS)})|(?P<half>nửa\s+tiếng)|(?P<how>bao\s+lâu))\s+(?:rồi|nay){SOFTENED_END}")
# stopped, asked, not yet ("Tôi hết nấc rồi.", "Bạn hết nấc chưa?", "Mẹ tôi vẫn chưa hết nấc."; "Hết nấc rồi!", read
# to be left)
_OVER = lazy(rf"(?:{_SUBJ}\s+)?(?:(?P<still>(?i:vẫn))\s+)?(?:(?P<yet>(?i:chưa))\s+|(?P<did>(?i:đã))\s+)?(?i:hết)\s+"
             rf"{_NAC}(?:\s+(?P<tag>rồi|chưa))?{SOFTENED_END}")

# ... and in English: the baby, or who as mt/hobbies.py reads them
_SUBJ_EN = rf"(?:(?P<baby>(?i:the\s+baby))|{WHO_EN})"
_RID = r"(?:get\s+rid\s+of|stop)"
_STUCK_EN = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS_VI)}))\s*,?\s+)?{_SUBJ_EN}\s+(?P<cant>can['’]t|cannot|can\s+not|"
                 rf"couldn['’]t|could\s+not)\s+{_RID}\s+(?P<poss>{WHOSE_WORDS}|its)\s+hiccups\s*(?P<end>[.!]*)")
_CURE_EN = lazy(rf"(?:(?P<try>(?i:try))\s+)?(?P<cure>(?i:{alternatives(CURES_VI)}))\s+to\s+{_RID}\s+(?:the|your)\s+"
                r"hiccups\s*(?P<end>[.!]*)")
_SCARE_EN = lazy(rf"(?P<let>(?i:let\s+me)\s+)?(?i:scare)\s+{WHOM_EN}\s+to\s+{_RID}\s+(?P<poss>{WHOSE_WORDS})\s+"
                 r"hiccups\s*(?P<end>[.!]*)")
_OFTEN_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}\s+(?P<seldom>{alternatives(HABIT_VI)})\s+(?P<get>get|gets)\s+"
                 rf"(?:the\s+)?hiccups(?:\s+(?P<when>{alternatives(WHEN_VI)}))?\s*(?P<end>[.!?]*)")
_STILL_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}\s+still\s+(?P<have>have|has)\s+(?:the\s+)?hiccups"
                 r"\s*(?P<end>[.!?]*)")
_LONG_EN = lazy(rf"{_SUBJ_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+had\s+(?:the\s+)?hiccups\s+for\s+"
                rf"(?:(?P<n>\d{{1,2}}|(?i:{alternatives(_EN_N)}))\s+(?P<unit>minutes|hours|days)|"
                r"(?P<a>an?)\s+(?P<one>minute|hour|day)|(?P<half>half\s+an\s+hour))\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"(?i:how\s+long)\s+(?P<have>have|has)\s+{_SUBJ_EN}\s+had\s+(?:the\s+)?hiccups\s*\?+")
_WHOSE_EN = rf"(?:(?P<the>(?i:the))|(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN}|(?i:the\s+baby))['’]s)"
_OVER_EN = lazy(rf"(?:(?P<q>Have|Are)\s+)?{_WHOSE_EN}\s+hiccups(?:\s+(?P<still>still))?(?P<aux>\s+have\s+not|"
                r"\s+haven['’]t|\s+have|\s+are|['’]ve|['’]re)?\s+(?P<done>stopped|gone)(?P<yet>\s+yet)?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of hiccups that will not stop, a way to stop them told, hiccups as a habit,
    still had, had for how long, or stopped; None for any other."""
    if src == "vi":
        return _stuck(text) or _cure(text) or _scare(text) or _often(text) or _still(text) or _long(text) or \
            _over(text)
    return _stuck_vi(text) or _cure_vi(text) or _scare_vi(text) or _often_vi(text) or _still_vi(text) or \
        _long_vi(text) or _over_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether one ("she has"): "the baby", or as mt.hobbies.who says; None
    for a pet, "anh", "chị", "em" alone said, "em" with "ạ" (the speaker: mt.hobbies.em_speaking), and "bé" alone
    asked ("Bé hết nấc chưa?": the baby, or a little one asked of their own)."""
    if m["baby"]:
        return None if asked and keyed(m["baby"]) == "bé" else ("the baby", True)
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether English said it with "-s": "the baby" as "em bé", or as
    mt.hobbies.who_vi says; None for a pet."""
    if m["baby"]:
        return "em bé", True
    return None if animal(m) else who_vi(m)


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "the baby's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _stuck(text: str) -> str | None:
    """"Tôi bị nấc cụt mãi không hết." as "I can't get rid of my hiccups.", "Hôm qua mẹ tôi bị nấc mãi không hết." as
    "Yesterday my mother couldn't get rid of her hiccups.", "Em bé bị nấc mãi không hết." as "The baby can't stop
    hiccupping." (_STUCK); None for anything else, and a name alone (his or hers?)."""
    m = _STUCK.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said:
        return None
    who_, day = said[0], f"{DAYS[keyed(m['day'])]} " if m["day"] else ""
    can = "couldn't" if day else "can't"
    if m["baby"]:
        return capitalised(f"{day}the baby {can} stop hiccupping.")
    whose = whose_own(m, who_)
    return whose and capitalised(f"{day}{who_} {can} get rid of {whose} hiccups.")


def _cure(text: str) -> str | None:
    """"Uống nước đi cho hết nấc." as "Drink some water to get rid of the hiccups.", "Thử nín thở xem cho hết nấc."
    as "Try holding your breath to get rid of the hiccups." (_CURE); None for anything else, one said doing it
    with no "đi", "nhé" or "thử" ("Bạn uống nước cho hết nấc.": told, or what you do?), and "anh", "chị", "em",
    "con" with "nhé" alone (_KIN_YOU: told, or the speaker's offer)."""
    m = _CURE.fullmatch(text)
    if not m or m["go"] == "xem" and not m["try"] or m["go"] and m["tail"] == "đi" or \
            m["to"] and not (m["go"] or m["tail"] or m["try"]) or \
            keyed(m["to"] or "") in _KIN_YOU and not (m["go"] or m["try"] or m["tail"] == "đi"):
        return None
    told, tried = CURES[keyed(m["cure"])]
    return f"{'Try ' + tried if m['try'] else capitalised(told)} to get rid of the hiccups{m['end'] or '.'}"


def _scare(text: str) -> str | None:
    """"Hù anh ấy cho hết nấc đi." as "Scare him to get rid of his hiccups.", "Để tôi hù bạn cho hết nấc nhé." as
    "Let me scare you to get rid of your hiccups." (_SCARE); None for anything else, whom English cannot say his
    or hers of ("bạn tôi", a name), and the one told scared ("Hù bạn …": you, or a friend; "chúng ta")."""
    m = _SCARE.fullmatch(text)
    if not m or bool(m["cho"]) == bool(m["cho2"]) or m["let"] and m["tail"] == "đi" or \
            not m["let"] and m["tail"] == "nhé":
        return None
    whom = as_whom(m["whom"], "vi")
    whose = whom and (_OBJECT_WHOSE.get(whom) or his_her(keyed(m["whom"])))
    if not whose or whom == "me" or m["let"] and whom == "us" or \
            not m["let"] and (whom == "you" or keyed(m["whom"]) == "chúng ta"):
        return None
    return f"{'Let me scare' if m['let'] else 'Scare'} {whom} to get rid of {whose} hiccups{m['end'] or '.'}"


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _OFTEN asks ("có … không?"), False said; None where "có", "không" and "?" do not agree."""
    asked = "?" in m["end"]
    return asked if bool(m["ask"]) == bool(m["asked"]) == asked else None


def _often(text: str) -> str | None:
    """"Em bé hay bị nấc sau khi bú." as "The baby often gets hiccups after feeding.", "Bạn có hay bị nấc không?" as
    "Do you often get hiccups?", "Tôi hiếm khi bị nấc." as "I rarely get hiccups." (_OFTEN); None for anything else,
    never or rarely asked, and feeding but of a baby or a child."""
    m = _OFTEN.fullmatch(text)
    asked = m and _asked(m)
    said = m and asked is not None and _who(m, asked)
    seldom = said and SELDOM[keyed(m["seldom"])]
    if not said or asked and seldom in ("never", "rarely"):
        return None
    when = WHEN.get(keyed(m["when"] or ""), "")
    if when == "after feeding" and not (m["baby"] or keyed(m["kin"] or "") in _CHILDREN):
        return None
    return present(*said, "get", f"hiccups {when}".strip(), asked, adverb=f"{seldom} ")


def _still(text: str) -> str | None:
    """"Tôi vẫn còn bị nấc." as "I still have hiccups.", "Em bé vẫn còn nấc à?" as "Does the baby still have
    hiccups?" (_STILL); None for anything else, and a "?" with no "à", "hả"."""
    m = _STILL.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or asked != bool(m["tag"]) or (said := _who(m, asked)) is None:
        return None
    return present(*said, "have", "hiccups", asked, adverb="still ")


def _span(n: int, digits: str | None, unit: str) -> str | None:
    """How long in English: (10, None, "minute") as "ten minutes", (1, None, "hour") as "an hour", (15, "15",
    "minute") as "15 minutes"; None for none."""
    if n == 1:
        return f"{'an' if unit == 'hour' else 'a'} {unit}"
    return f"{digits or en_word(n)} {unit}s" if n else None


def _long(text: str) -> str | None:
    """"Tôi bị nấc mười phút rồi." as "I've had hiccups for ten minutes.", "Em bé bị nấc nửa tiếng rồi." as "The baby
    has had hiccups for half an hour.", "Bạn bị nấc bao lâu rồi?" as "How long have you had hiccups?" (_LONG); None
    for anything else, and a "?" on how long said, or none on how long asked."""
    m = _LONG.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or asked != bool(m["how"]) or (said := _who(m, asked)) is None:
        return None
    who_, have = said[0], "has" if said[1] else "have"
    if asked:
        return f"How long {have} {who_} had hiccups?"
    if m["half"]:
        span = "half an hour"
    else:
        digits = m["n"] if m["n"].isdigit() else None
        span = _span(int(digits) if digits else _VI_N[keyed(m["n"])], digits, UNITS[keyed(m["unit"])])
    return span and capitalised(contracted(who_, f"{have} had hiccups for {span}{m['end'] or '.'}"))


def _over(text: str) -> str | None:
    """"Tôi hết nấc rồi." as "My hiccups have stopped.", "Bạn hết nấc chưa?" as "Have your hiccups stopped?", "Mẹ tôi
    vẫn chưa hết nấc." as "My mother's hiccups still haven't stopped." (_OVER); None for anything else, "hết nấc" with
    no "rồi", "đã" or "chưa", a "?" but on "chưa?", and no one said ("Hết nấc rồi!": or maxed out, "vặn hết nấc")."""
    m = _OVER.fullmatch(text)
    if not m:
        return None
    asked, tag = "?" in m["end"], m["tag"] or ""
    if asked != (tag == "chưa") or m["yet"] and (tag or m["did"]) or m["still"] and not m["yet"] or \
            not (m["yet"] or m["did"] or tag):
        return None
    subject = m["baby"] or m["who"] or m["kin"] or m["given"] or m["title"]
    if not subject or (said := _who(m, asked)) is None:  # ("Hết nấc rồi!": whose? or a fan's last notch?)
        return None
    whose = _whose(said[0])
    if asked:
        return f"Have {whose} hiccups stopped?"
    if m["yet"]:
        return capitalised(f"{whose} hiccups {'still ' * bool(m['still'])}haven't stopped{' yet' * (not m['still'])}.")
    return capitalised(f"{whose} hiccups have stopped{m['end'] or '.'}")


def _agrees_own(m: re.Match, who_: str, poss: str) -> bool:
    """Whether whose hiccups (`poss`, "my", "her") of a match of _SUBJ_EN are who's own (`who_` in Vietnamese): "I …
    my", "My mother … her", "The baby … its"; not "I … his", "My mother … his", nor a name's (his or hers is theirs
    to know, but nothing tells)."""
    if m["baby"]:
        return poss in ("its", "his", "her")
    if m["who"]:
        return EN_WHOSE["I" if m["who"].lower() == "i" else m["who"].lower()] == poss
    return bool(m["kin"]) and poss in ("his", "her") and poss == (his_her(who_) or poss)


def _stuck_vi(text: str) -> str | None:
    """"I can't get rid of my hiccups." as "Tôi bị nấc mãi không hết.", "Yesterday my mother couldn't stop her
    hiccups." as "Hôm qua mẹ tôi bị nấc mãi không hết." (_STUCK_EN); None for anything else, "couldn't" with no day,
    a day with "can't", and whose hiccups not who's."""
    m = _STUCK_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["day"]) != m["cant"].lower().startswith("could") or \
            not _agrees_own(m, said[0], m["poss"].lower()):
        return None
    day = f"{DAYS_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{said[0]} bị nấc mãi không hết.")


def _cure_vi(text: str) -> str | None:
    """"Drink some water to stop the hiccups." as "Uống nước đi cho hết nấc.", "Try holding your breath to get rid of
    the hiccups." as "Thử nín thở đi cho hết nấc." (_CURE_EN); None for anything else, and "try" with the way told
    ("Try hold your breath …") or the way tried with no "try"."""
    m = _CURE_EN.fullmatch(text)
    if not m:
        return None
    vi, tried = CURES_VI[" ".join(m["cure"].lower().split())]
    if tried != bool(m["try"]):
        return None
    return capitalised(f"{'thử ' * tried}{vi} đi cho hết nấc{m['end'] or '.'}")


def _scare_vi(text: str) -> str | None:
    """"Scare him to get rid of his hiccups." as "Hù anh ấy cho hết nấc đi.", "Let me scare you to get rid of your
    hiccups." as "Để tôi hù bạn cho hết nấc nhé." (_SCARE_EN); None for anything else, whose hiccups not whom's, and
    "you" told to be scared ("Scare you …")."""
    m = _SCARE_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    if not whom:
        return None
    said, poss = m["whom"].lower(), m["poss"].lower()
    own = _OBJECT_WHOSE.get(said) or (poss in ("his", "her") and poss == (his_her(whom) or poss) and poss)
    if own != poss or said == "me" or m["let"] and said == "us" or not m["let"] and said == "you":
        return None
    if m["let"]:
        return f"Để tôi hù {whom} cho hết nấc nhé{m['end'] or '.'}"
    return f"Hù {whom} cho hết nấc đi{m['end'] or '.'}"


def _often_vi(text: str) -> str | None:
    """"The baby often gets hiccups after feeding." as "Em bé hay bị nấc sau khi bú.", "Do you often get hiccups?" as
    "Bạn có hay bị nấc không?" (_OFTEN_EN); None for anything else, a verb that does not agree with who, never or
    rarely asked, and feeding but of a baby or a child."""
    m = _OFTEN_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["do"]) != ("?" in m["end"]):
        return None
    (who_, one), seldom = said, HABIT_VI[m["seldom"].lower()]
    if (m["get"] == "gets") != (one and not m["do"]) or m["do"] and (m["do"] == "Does") != one or \
            m["do"] and seldom in ("không bao giờ", "hiếm khi"):
        return None
    when = m["when"] and WHEN_VI[keyed(m["when"])]
    if when and "bú" in when and not (m["baby"] or keyed(m["kin"] or "") in ("son", "daughter", "child")):
        return None
    said_ = f"{seldom} bị nấc{' ' + when if when else ''}"
    return capitalised(f"{who_} có {said_} không?" if m["do"] else f"{who_} {said_}.")


def _still_vi(text: str) -> str | None:
    """"I still have hiccups." as "Tôi vẫn còn bị nấc.", "Does the baby still have hiccups?" as "Em bé vẫn còn bị nấc
    à?" (_STILL_EN); None for anything else, and a verb that does not agree with who."""
    m = _STILL_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or bool(m["do"]) != ("?" in m["end"]):
        return None
    (who_, one), asked = said, bool(m["do"])
    if (m["have"] == "has") != (one and not asked) or asked and (m["do"] == "Does") != one:
        return None
    return capitalised(f"{who_} vẫn còn bị nấc{' à?' if asked else '.'}")


def _long_vi(text: str) -> str | None:
    """"I've had hiccups for ten minutes." as "Tôi bị nấc mười phút rồi.", "How long have you had hiccups?" as "Bạn
    bị nấc bao lâu rồi?" (_LONG_EN, _HOW_LONG_EN); None for anything else, and "has" not agreeing with who."""
    m = _LONG_EN.fullmatch(text) or _HOW_LONG_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or ("s" in m["have"].lower()) != said[1]:
        return None
    if "half" not in m.groupdict():
        return capitalised(f"{said[0]} bị nấc bao lâu rồi?")
    n = int(m["n"]) if m["n"] and m["n"].isdigit() else _EN_N.get((m["n"] or "").lower())
    if n in (0, 1):  # ("for one minutes", "for 1 minutes")
        return None
    span = "nửa tiếng" if m["half"] else f"một {UNITS_VI[m['one']]}" if m["one"] else \
        f"{m['n'] if m['n'].isdigit() else vi_word(n)} {UNITS_VI[m['unit'][:-1]]}"
    return capitalised(f"{said[0]} bị nấc {span} rồi.")


def _over_vi(text: str) -> str | None:
    """"My hiccups have stopped." as "Tôi hết nấc rồi.", "Are your hiccups gone?" as "Bạn hết nấc chưa?", "My
    mother's hiccups still haven't stopped." as "Mẹ tôi vẫn chưa hết nấc.", "The hiccups have stopped." as "Hết nấc
    rồi." (_OVER_EN); None for anything else, and a pet's ("My dog's hiccups …")."""
    m = _OVER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    be = " ".join(((m["q"] or "") + (m["aux"] or "")).lower().replace("’", "'").split())
    not_ = "not" in be or "n't" in be
    if m["done"] == "stopped" and not ("have" in be or "'ve" in be) or m["still"] and not not_ or \
            m["yet"] and not (not_ or m["q"]) or m["still"] and m["yet"] or \
            be.startswith("are") and m["done"] != "gone":
        return None  # ("My hiccups are stopped.": odd; "still haven't … yet": said twice)
    if m["the"]:
        return None if m["q"] or not_ else f"Hết nấc rồi{m['end'] or '.'}"
    who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else "em bé" if m["someone"].lower() == "the baby" else \
        someone(m["someone"], "en")
    if not who_ or m["someone"] and pet(m["someone"], "en"):
        return None
    if m["q"]:
        return capitalised(f"{who_} hết nấc chưa?")
    if not_:
        return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}chưa hết nấc.")
    return capitalised(f"{who_} hết nấc rồi{m['end'] or '.'}")
