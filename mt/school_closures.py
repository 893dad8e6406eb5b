"""School or class off, both ways, written whole by rule: the school cancelling classes for a storm, the floods or the
heat, a class off because the teacher is ill, a period off, and lessons made up on another day. v8 (the rules on)
reads "cho … nghỉ học" as taking school, "học bù" as outbreaks or compensation, "được nghỉ" as a vacation or rest,
"tiết" as details: "Trường cho học sinh nghỉ học vì bão." → "Schools for students to take school because of the
storm.", "Hôm qua trường con tôi cho học sinh nghỉ học vì rét." → "Yesterday, I gave my child a college break.",
"Con tôi phải học bù vào thứ bảy." → "I had to study outbreaks on Saturday.", "Bạn có phải học bù không?" → "Do you
have to learn compensation?", "Hôm nay lớp tôi được nghỉ tiết cuối." → "I'm a vacation today.", "Hôm qua con tôi được
nghỉ hai tiết cuối." → "Yesterday, I had a break of two last details.", "Cô giáo ốm nên lớp tôi được nghỉ." → "The
teacher is sick, my class was rested."; and back, "My child has to make up lessons on Saturday." → "Con tôi phải làm
bài học vào thứ Bảy.", "My class has the last period off today." → "Lớp tôi có giai đoạn cuối hôm nay.", "The teacher
is sick, so we have the day off." → "Thầy giáo viên bị bệnh, vì vậy chúng ta có một ngày.", "Has the school cancelled
classes?" → "Có trường bị hủy bỏ chưa?".

Taken: the school ("trường", "nhà trường", whose: "trường con tôi"; "các trường", schools) letting the pupils off
("cho học sinh nghỉ học" ↔ "has cancelled classes") for a reason of _WHY ("vì bão", "do nắng nóng"), or on a day (a
day behind: "cancelled classes yesterday"; today; ahead: "for tomorrow"; after the reason with "vào"), "vừa" (just),
"sẽ" (will), asked ("có … không?", "đã … chưa?"); who (mt.hobbies.WHO, WHO_EN; their class: "lớp tôi", "my class")
making up lessons ("học bù"): "phải" (has to, had to on a day behind), "sẽ", "sẽ phải", "không phải", plain on a day
behind (made up) or ahead (is making up), asked with "có phải … không?"; who having a period off ("được nghỉ tiết
cuối", "hai tiết đầu", "tiết ba"), said, asked, on a day, and in English denied; the teacher (whose, the form teacher)
ill, off sick, away or busy, "nên" who has the day off ("được nghỉ", "được nghỉ học") now or on a whole day behind,
or a period off. Left: "cho học sinh nghỉ học" with no reason and no day, or denied ("không cho nghỉ": a rule of the
school?), expelled ("cho em ấy nghỉ học"), a day after the reason without "vào" ("vì bão hôm qua": yesterday's
storm?), "Trường" with a capital after a day (Truong, a name), a city letting pupils off ("Hà Nội cho học sinh nghỉ
học"), a teacher by name ("cô giáo Lan"), the teacher ill on a day ahead, the day off in a week, a weekend or part of
a day ("chiều nay … được nghỉ": the afternoon off?), "học bù" plain with no day or on a bare weekday (this one, or
every?), "có học bù không?" (no "phải"), making up a test, a period denied ("không được nghỉ tiết cuối": not allowed
to skip it?), "Did … have the last period off?" with no day (Vietnamese would ask of now), a subject's period off
("tiết toán"), "anh", "chị", "em" alone saying it, an animal as who or whose ("my dog's class"), "nhỉ", and anything
else; schools closed ("đóng cửa", "trường nghỉ học vì bão": mt/floods.py), no school on a day and who is off school
("được nghỉ học": mt/school_days.py), days off work (mt/days_off.py), skipping school (mt/truancy.py), starting school
(mt/enrolment.py).
mt.phrasebook.translate tries these after mt/wedding_gifts.py.

    >>> translate("Trường cho nghỉ học vì bão.", "vi", "en"), translate("Do you have to make up lessons?", "en", "vi")
    ('The school has cancelled classes because of the storm.', 'Bạn có phải học bù không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .floods import WHY, WHY_VI
from .free_time import placed
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi
from .lazy_re import lazy
from .numbers import en_nth, en_word, vi_word
from .people import KIN_WORDS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_DAYS, EN_WHOSE, SOFTENED_END, VI_DAYS, agreement_asked, alternatives, be,
                   capitalised, contracted, keyed, present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:học\s+bù|cho\s+nghỉ|cho\s+học\s+sinh|cho\s+các\s+em|được\s+nghỉ)"),
         "en": lazy(r"(?i:cancel|make\s+up|made\s+up|making\s+up|period|day\s+off)")}
# why the school let the pupils off (mt.floods' storms and floods, and the weather; the first Vietnamese is written)
_WHY = WHY | {"nắng nóng": "the heat", "trời nóng": "the heat", "rét đậm": "the severe cold", "rét": "the cold",
              "trời rét": "the cold", "dịch": "the epidemic", "dịch bệnh": "the epidemic", "mưa lớn": "the heavy rain",
              "mưa to": "the heavy rain"}
_WHY_VI = WHY_VI | {en: vi for vi, en in reversed(_WHY.items()) if en not in WHY_VI} | {"the heatwave": "nắng nóng"}
# days near today (mt.dates) and the days of the week, by their English; its way from today by the English
_NEAR = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "hôm nay", "sáng nay", "chiều nay",
                  "tuần này", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "ngày mốt", "tuần sau",
                  "tuần tới", "cuối tuần sau", "cuối tuần tới")
_WEEK_WAYS = (("vào ", "", "on "), ("", "", "on "), ("", " này", "this "), ("", " tuần sau", "next "),
              ("", " tuần tới", "next "), ("", " tuần trước", "last "))
_WEEK = {f"{pre}{vi}{post}": f"{rel}{en}" for en, vi in zip(EN_DAYS, VI_DAYS) for pre, post, rel in _WEEK_WAYS}
_WEEK |= {"vào cuối tuần": "at the weekend", "cuối tuần": "at the weekend"}
_DAYS = {keyed(vi): en for vi, en in (_NEAR | _WEEK).items()}
_DAYS_VI = {en.lower(): vi for vi, en in reversed((_NEAR | _WEEK).items())}
_DAY, _DAY_EN = rf"(?i:{alternatives(_DAYS)})", rf"(?i:{alternatives(_DAYS_VI)})"
_DAY0, _DAY_END = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?", rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
_ILL = {"ốm": ("is ill", "was ill"), "bị ốm": ("is ill", "was ill"), "bệnh": ("is ill", "was ill"),
        "bị bệnh": ("is ill", "was ill"), "nghỉ ốm": ("is off sick", "was off sick"),
        "đi vắng": ("is away", "was away"), "bận": ("is busy", "was busy")}
_ILL_VI = {"ill": "bị ốm", "sick": "bị ốm", "off sick": "nghỉ ốm", "away": "đi vắng", "busy": "bận"}

# who (mt.hobbies.WHO), or their class ("lớp tôi", "lớp của con tôi")
_CLASS = rf"(?:(?P<cls>[Ll]ớp)\s+(?:của\s+)?)?{WHO}"
# the school cancelling classes ("Trường cho học sinh nghỉ học vì bão."; "Trường" a name after a day; "vào" before
# the day at the end, which without it may date the reason: "vì bão hôm qua", yesterday's storm)
_CLOSE = lazy(rf"{_DAY0}(?:(?P<all>[Cc]ác\s+)?(?:^T|t|[Nn]hà\s+t)rường(?:\s+học)?(?:\s+(?:của\s+)?{WHO})?)\s+"
              r"(?:(?P<aux>đã|sẽ|vừa\s+mới|vừa|mới)\s+)?(?P<ask>có\s+)?cho\s+(?:(?:các\s+em\s+)?học\s+sinh\s+)?nghỉ"
              rf"(?:\s+học)?(?:\s+(?:vì|do)\s+(?P<why>(?i:{alternatives(_WHY)})))?(?:\s+(?P<on>vào\s+)?"
              rf"(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# lessons made up ("Con tôi phải học bù vào thứ bảy.", "Bạn có phải học bù không?")
_MAKE_UP = lazy(rf"{_DAY0}{_CLASS}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>sẽ\s+phải|đã\s+phải|không\s+phải|phải|sẽ|đã)\s+)?"
                rf"học\s+bù{_DAY_END}{ASKED_END}")
# a period ("tiết cuối", "hai tiết đầu", "tiết ba")
_NTH = {vi_word(n): n for n in range(1, 6)} | {str(n): n for n in range(1, 6)} | {"nhất": 1}
_PERIOD = (r"(?:(?P<n>hai|ba|2|3)\s+)?tiết\s+(?:(?P<last>cuối(?:\s+cùng)?)|(?P<first>đầu(?:\s+tiên)?)|"
           rf"(?:thứ\s+)?(?P<nth>{alternatives(_NTH)}))")
# (not "không được nghỉ": not allowed to skip it?)
_PERIOD_OFF = lazy(rf"{_DAY0}{_CLASS}\s+(?:(?P<ask>có)\s+)?được\s+nghỉ\s+{_PERIOD}(?:\s+học)?{_DAY_END}{ASKED_END}")
# the teacher ill, so who is off ("Cô giáo ốm nên lớp tôi được nghỉ.")
_TEACHER = (r"(?P<teacher>[Cc]ô\s+giáo|[Tt]hầy\s+giáo|[Gg]iáo\s+viên)(?P<form>\s+chủ\s+nhiệm)?(?:\s+(?:của\s+)?"
            rf"(?:(?P<tkin>(?i:{KIN_WORDS}))\s+(?:của\s+)?)?(?P<towner>(?i:{alternatives(OWNERS)})))?")
_SO = lazy(rf"{_DAY0}{_TEACHER}\s+(?P<ill>{alternatives(_ILL)})\s*,?\s+(?:nên|cho\s+nên|vì\s+vậy|vì\s+thế)\s+"
           rf"(?:(?P<day1>{_DAY})\s+)?{_CLASS}\s+được\s+nghỉ(?:\s+học|\s+{_PERIOD})?{_DAY_END}{SOFTENED_END}")

# ... and in English: the school, whose, or schools; who or their class
_SCHOOL_EN = (r"(?:(?P<all>[Ss]chools|[Tt]he\s+schools|[Aa]ll\s+(?:the\s+)?schools)|[Tt]he\s+school|"
              rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+school|(?P<someone>{SOMEONE_EN})['’]s\s+school)")
_CLASS_EN = rf"(?:(?P<cowner>(?i:{WHOSE_WORDS}))\s+class|(?P<csomeone>{SOMEONE_EN})['’]s\s+class|{WHO_EN})"
_CLOSE_EN = lazy(rf"(?:(?P<q>Has|Have|Did)\s+)?{_SCHOOL_EN}(?P<aux>\s+has|\s+have|\s+will)?(?P<just>\s+just)?"
                 rf"\s+(?P<verb>cancell?ed|cancel)\s+(?:all\s+)?(?:classes|lessons)(?:\s+(?P<for>for\s+)?(?P<day>"
                 rf"{_DAY_EN}))?(?:\s+(?:because\s+of|due\s+to)\s+(?P<why>(?i:{alternatives(_WHY_VI)})))?"
                 r"\s*(?P<end>[.!?]*)")
_MAKING = {"has to make": ("phải", "one"), "have to make": ("phải", "many"), "had to make": ("phải", "past"),
           "will make": ("sẽ", ""), "will have to make": ("sẽ phải", ""), "doesn't have to make": ("không phải", "one"),
           "don't have to make": ("không phải", "many"), "didn't have to make": ("không phải", "past"),
           "made": ("", "past"), "is making": ("", "is"), "are making": ("", "are"), "am making": ("", "am")}
_MAKE_UP_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{_CLASS_EN}(?P<verb>(?:'ll|'re|'m|'s)?\s+[a-z' ]+?)\s+up\s+"
                   rf"(?:the\s+)?lessons(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_PERIOD_EN = (r"the\s+(?:(?P<which>last|first)\s+(?P<n>two|three)\s+periods|(?P<nth>last|first|second|third|fourth|"
              r"fifth)\s+period)")
_PERIOD_OFF_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{_CLASS_EN}(?P<not>\s+(?:don['’]t|doesn['’]t|didn['’]t|do\s+not|"
                      rf"does\s+not|did\s+not))?\s+(?P<verb>has|have|had)\s+{_PERIOD_EN}\s+off"
                      rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_TEACHER_EN = (rf"(?:[Tt]he|(?P<towner>(?i:{WHOSE_WORDS}))|(?P<tsomeone>{SOMEONE_EN})['’]s)\s+(?P<form>form\s+)?"
               r"teacher")
_SO_EN = lazy(rf"{_TEACHER_EN}\s+(?P<be>is|was)\s+(?P<ill>{alternatives(_ILL_VI)})(?:\s+(?P<day>{_DAY_EN}))?\s*,?"
              rf"\s+so\s+{_CLASS_EN}\s+(?P<verb>has|have|had)\s+(?:(?P<dayoff>the\s+day\s+off)|{_PERIOD_EN}\s+off)"
              r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the school cancelling classes, lessons made up, a period off, or a class off
    because the teacher is ill; None for any other."""
    if src == "vi":
        return None if agreement_asked(text) else _close(text) or _make_up(text) or _period(text) or _so(text)
    text = text.replace("’", "'")
    return _close_vi(text) or _make_up_vi(text) or _period_off_vi(text) or _so_vi(text)


def _day(said: str | None, lang: str) -> tuple[str, str] | None:
    """A day said in `lang` ("vi": "hôm qua", "vào thứ bảy"; "en": "yesterday") in the other language, and its way
    from today ("behind", "today", "ahead", or "week" for a weekday that may be either); ("", "") for none said."""
    if not said:
        return "", ""
    en = _DAYS.get(keyed(said)) if lang == "vi" else said
    if en is None or (key := keyed(en)) not in _DAYS_VI:
        return None
    way = NEAR_WAY.get(keyed(_DAYS_VI[key])) or ("behind" if key.startswith("last ") else
                                                  "ahead" if key.startswith("next ") else "week")
    return (en if lang == "vi" else _DAYS_VI[key]), way


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _class_who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _CLASS in English, and whether one ("my class", "my son", "we"); None for an animal, and for
    "anh", "chị", "em" alone saying it (mt.hobbies.who)."""
    said = None if animal(m) else who(m, asked)
    if said is None:
        return None
    return (f"{_whose(said[0])} class", True) if m["cls"] else said


def _class_vi(m: re.Match) -> tuple[str, str] | None:
    """Who of a match of _CLASS_EN in Vietnamese ("lớp tôi", "lớp của con trai tôi", "mẹ tôi") and how English says
    "be" of it ("is", "am", "are"); None for an animal, and an animal's class."""
    if m["cowner"]:
        return f"lớp {WHOSE_VI[m['cowner'].lower()]}", "is"
    if m["csomeone"]:
        owner = None if pet(m["csomeone"], "en") else someone(m["csomeone"], "en")
        return owner and (f"lớp của {owner}", "is")
    if animal(m):
        return None
    who_, one = who_vi(m)
    return who_, "am" if who_ == "tôi" else "is" if one else "are"


def _period_said(m: re.Match) -> str:
    """The period of a match of _PERIOD in English: "the last period", "the first two periods", "the third period"."""
    if m["n"]:
        n = en_word(_NTH[keyed(m["n"])])
        return f"the {'last' if m['last'] else 'first'} {n} periods" if m["last"] or m["first"] else ""
    return f"the {'last' if m['last'] else 'first' if m['first'] else en_nth(_NTH[keyed(m['nth'])])} period"


def _period_said_vi(m: re.Match) -> str:
    """The period of a match of _PERIOD_EN in Vietnamese: "tiết cuối", "hai tiết đầu", "tiết ba"."""
    if m["which"]:
        n = {"two": 2, "three": 3}[m["n"].lower()]
        return f"{vi_word(n)} tiết {'cuối' if m['which'].lower() == 'last' else 'đầu'}"
    nth = m["nth"].lower()
    return "tiết cuối" if nth == "last" else "tiết đầu" if nth == "first" else \
        f"tiết {vi_word(['second', 'third', 'fourth', 'fifth'].index(nth) + 2)}"


def _close(text: str) -> str | None:
    """"Trường cho học sinh nghỉ học vì bão." as "The school has cancelled classes because of the storm.", "Hôm qua
    trường con tôi cho học sinh nghỉ học vì rét." as "My child's school cancelled classes yesterday because of the
    cold.", "Ngày mai trường có cho học sinh nghỉ học không?" as "Has the school cancelled classes for tomorrow?"
    (_CLOSE); None for anything else, for a statement with no reason and no day (expelled?), and a day after the
    reason without "vào" ("vì bão hôm qua": yesterday's storm?)."""
    m = _CLOSE.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "vi")) is None or day[1] == "week" or \
            m["why"] and m["day"] and not (m["on"] or keyed(m["day"]).startswith("vào ")):
        return None  # ("vì bão hôm qua": yesterday's storm, the school's day unsaid?)
    aux, asked, (on, way) = keyed(m["aux"] or ""), keyed(m["asked"] or ""), day
    if bool(asked) != ("?" in m["end"]) or bool(m["ask"]) != (asked == "không") or asked and (
            aux and aux != "đã" or m["done"]) or asked == "chưa" and (on or m["why"]) or not (asked or m["why"] or on):
        return None
    if m["who"] or m["kin"] or m["given"] or m["title"]:
        said = None if m["all"] or m["given"] or m["title"] or animal(m) else who(m, asked)
        if said is None:
            return None
        school = f"{_whose(said[0])} school"
    else:
        school = "schools" if m["all"] else "the school"
    has = "have" if m["all"] else "has"
    why = f" because of {_WHY[keyed(m['why'])]}" if m["why"] else ""
    when = f" for {on}" if way == "ahead" else f" {on}" if on else ""
    if asked:
        if way == "behind":
            return f"Did {school} cancel classes {on}{why}?"
        return f"{has.capitalize()} {school} cancelled classes{when}{why}{' yet' * (asked == 'chưa')}?"
    if aux == "sẽ":  # ("Ngày mai trường sẽ cho …": tomorrow's classes, as English says it too)
        said = f"{school} will cancel classes{f' {on}' * bool(on)}{why}."
        return None if way in ("behind", "today") or m["done"] else capitalised(said)
    if way == "behind":
        return None if aux not in ("", "đã") or m["done"] else capitalised(f"{school} cancelled classes {on}{why}.")
    just = " just" if aux in ("vừa", "mới", "vừa mới") else ""
    return None if just and m["done"] else capitalised(f"{school} {has}{just} cancelled classes{when}{why}.")


def _make_up(text: str) -> str | None:
    """"Con tôi phải học bù vào thứ bảy." as "My child has to make up lessons on Saturday.", "Hôm qua chúng tôi phải
    học bù." as "We had to make up lessons yesterday.", "Lớp tôi sẽ học bù vào chủ nhật." as "My class will make up
    lessons on Sunday.", "Bạn có phải học bù không?" as "Do you have to make up lessons?" (_MAKE_UP); None for
    anything else, and a plain "học bù" with no day or a bare weekday (this one, or every?)."""
    m = _MAKE_UP.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "vi")) is None:
        return None
    asked, aux, (on, way) = bool(m["asked"]), keyed(m["aux"] or ""), day
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and aux != "phải" or \
            (said := _class_who(m, asked)) is None:
        return None
    who_, one = said
    lessons = f"make up lessons{f' {on}' * bool(on)}"
    if asked:
        return f"Did {who_} have to {lessons}?" if way == "behind" else present(who_, one, "have to", lessons, True)
    if way == "behind" or aux == "đã phải" and not way:
        past = {"phải": "had to ", "đã phải": "had to ", "không phải": "didn't have to ", "": "", "đã": ""}.get(aux)
        made = f"{past}{'made up' if aux in ('', 'đã') else 'make up'} lessons{f' {on}' * bool(on)}"
        return None if past is None else capitalised(f"{who_} {made}.")
    if aux in ("phải", "không phải"):
        return present(who_, one, "have to", lessons, denied=aux == "không phải")
    if aux in ("sẽ", "sẽ phải"):
        return capitalised(contracted(who_, f"will {'have to ' * (aux == 'sẽ phải')}{lessons}."))
    if aux or way not in ("today", "ahead"):
        return None
    return capitalised(contracted(who_, f"{be(who_)} making up lessons {on}."))


def _period(text: str) -> str | None:
    """"Hôm nay lớp tôi được nghỉ tiết cuối." as "My class has the last period off today.", "Hôm qua con tôi được nghỉ
    hai tiết đầu." as "My child had the first two periods off yesterday.", "Hôm nay bạn có được nghỉ tiết cuối
    không?" as "Do you have the last period off today?" (_PERIOD_OFF); None for anything else, and denied ("không
    được nghỉ tiết cuối": not allowed to skip it?)."""
    m = _PERIOD_OFF.fullmatch(text)
    if not m or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], "vi")) is None:
        return None
    asked, (on, way) = bool(m["asked"]), day
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (period := _period_said(m)) or \
            (said := _class_who(m, asked)) is None:
        return None
    who_, one = said
    rest = f"{period} off{f' {on}' * bool(on)}"
    if way == "behind":
        return f"Did {who_} have {rest}?" if asked else capitalised(f"{who_} had {rest}.")
    return present(who_, one, "have", rest, asked)


def _so(text: str) -> str | None:
    """"Cô giáo ốm nên lớp tôi được nghỉ." as "The teacher is ill, so my class has the day off.", "Hôm qua thầy giáo
    bị ốm nên chúng tôi được nghỉ học." as "The teacher was ill yesterday, so we had the day off.", "Cô giáo nghỉ ốm
    nên lớp tôi được nghỉ tiết cuối." as "The teacher is off sick, so my class has the last period off." (_SO); None
    for anything else, a day ahead (the teacher ill tomorrow?), and the day off on a week, a weekend or part of a day
    (the week or the afternoon off?)."""
    m = _SO.fullmatch(text)
    days = [d for d in (m["day0"], m["day1"], m["day"]) if d] if m else []
    if not m or "?" in m["end"] or len(days) > 1 or (day := _day(days[0] if days else None, "vi")) is None or \
            day[1] not in ("", "today", "behind") or (said := _class_who(m, False)) is None or \
            said[0] in ("he", "she", "they"):
        return None  # ("Cô giáo ốm nên cô ấy được nghỉ.": the teacher herself?)
    (on, _), (who_, one), past = day, said, day[1] == "behind"
    period = m["n"] or m["last"] or m["first"] or m["nth"]
    if not period and on not in ("", "today", "yesterday", "the day before yesterday"):
        return None  # ("tuần này", "chiều nay … được nghỉ": the week or the afternoon off, not the day)
    teacher = f"the {'form ' * bool(m['form'])}teacher"
    if m["towner"]:
        owner = someone(f"{m['tkin']} {m['towner']}", "vi") if m["tkin"] else OWNERS[keyed(m["towner"])]
        if owner is None:
            return None
        teacher = f"{_whose(owner)} {teacher[4:]}" if m["tkin"] else f"{owner} {teacher[4:]}"
    off = "the day off"
    if period:
        off = _period_said(m)
        if not off:
            return None
        off += " off"
    has = "had" if past else "has" if one else "have"
    return capitalised(f"{teacher} {_ILL[keyed(m['ill'])][past]}{f' {on}' * bool(on)}, so {who_} {has} {off}.")


def _close_vi(text: str) -> str | None:
    """"The school has cancelled classes because of the storm." as "Trường cho học sinh nghỉ học vì bão.", "My son's
    school cancelled classes yesterday because of the heat." as "Hôm qua trường của con trai tôi đã cho học sinh nghỉ
    học vì nắng nóng.", "Has the school cancelled classes?" as "Trường có cho học sinh nghỉ học không?" (_CLOSE_EN);
    None for anything else, where the verb does not agree, and a statement with no reason and no day."""
    m = _CLOSE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (day := _day(m["day"], "en")) is None or day[1] == "week":
        return None
    q, aux, cancel, many = (m["q"] or "").lower(), keyed(m["aux"] or ""), m["verb"] == "cancel", bool(m["all"])
    form = ("perfect" if not (aux or cancel) and (q == "have") == many else None) if q in ("has", "have") else \
        ("past" if not aux and cancel else None) if q == "did" else \
        ("perfect" if not cancel and (aux == "have") == many else None) if aux in ("has", "have") else \
        ("will" if cancel else None) if aux == "will" else None if cancel else "past"
    (vi_day, way), just = day, bool(m["just"])
    if form is None or bool(m["for"]) and way != "ahead" or way == "ahead" and not m["for"] and form != "will" or \
            form == "perfect" and way == "behind" or form == "will" and way in ("behind", "today") or \
            just and (q or form == "will") or not (q or m["why"] or vi_day):
        return None
    if m["owner"]:
        school = f"trường {WHOSE_VI[m['owner'].lower()]}"
    elif m["someone"]:
        if (owner := someone(m["someone"], "en")) is None or pet(m["someone"], "en"):
            return None  # (a pet's school: no pupils to let off)
        school = f"trường của {owner}"
    else:
        school = ("tất cả các trường" if m["all"].lower().startswith("all") else "các trường") if many else "trường"
    why = f" vì {_WHY_VI[keyed(m['why'])]}" if m["why"] else ""
    # (the day first before a reason: "vì lũ vào thứ Sáu tuần trước" is the floods on that Friday)
    first, vi_day = (f"{vi_day} ", "") if why and vi_day else ("", vi_day)
    if q:
        return placed(f"{first}{school} có cho học sinh nghỉ học{why}", vi_day, " không?")
    aux_vi = "vừa " if just else "sẽ " if form == "will" else "đã " if form == "past" and not (vi_day or first) else ""
    return placed(f"{first}{school} {aux_vi}cho học sinh nghỉ học{why}", vi_day, ".")


def _make_up_vi(text: str) -> str | None:
    """"My child has to make up lessons on Saturday." as "Con tôi phải học bù vào thứ Bảy.", "We'll make up the
    lessons on Sunday." as "Chúng tôi sẽ học bù vào Chủ nhật.", "Did you have to make up lessons yesterday?" as "Hôm
    qua bạn có phải học bù không?" (_MAKE_UP_EN); None for anything else, and where the verb does not agree."""
    m = _MAKE_UP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (day := _day(m["day"], "en")) is None or \
            (said := _class_vi(m)) is None:
        return None
    (who_, be_), (vi_day, way) = said, day
    verb = keyed(m["verb"])
    verb = {"'ll": "will", "'re": "are", "'m": "am", "'s": "is"}.get(verb.split()[0], verb.split()[0]) + \
        verb[len(verb.split()[0]):]
    if m["q"]:
        q = m["q"].lower()
        if verb != "have to make" or (way == "behind") != (q == "did") or q != "did" and (q == "does") != (be_ == "is"):
            return None
        return placed(f"{who_} có phải học bù", vi_day, " không?")
    aux, kind = _MAKING.get(verb, (None, None))
    if aux is None or kind in ("one", "many") and (kind == "one") != (be_ == "is") or kind in ("is", "are", "am") \
            and kind != be_ or (kind == "past") != (way == "behind") and not (kind == "past" and not way):
        return None
    if kind in ("is", "are", "am") and way not in ("today", "ahead", "week") or kind == "past" and not way and \
            aux == "không phải":
        return None
    aux = "sẽ" if kind in ("is", "are", "am") and way == "week" else "đã phải" if aux == "phải" and kind == "past" \
        and not way else "đã" if kind == "past" and not aux and not way else aux
    return placed(" ".join(filter(None, (who_, aux, "học bù"))), vi_day, ".")


def _period_off_vi(text: str) -> str | None:
    """"My class has the last period off today." as "Hôm nay lớp tôi được nghỉ tiết cuối.", "Do you have the last
    period off today?" as "Hôm nay bạn có được nghỉ tiết cuối không?", "I had the first two periods off yesterday."
    as "Hôm qua tôi được nghỉ hai tiết đầu." (_PERIOD_OFF_EN); None for anything else, where the verb does not
    agree, and "Did" with no day (Vietnamese would ask it of now)."""
    m = _PERIOD_OFF_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (day := _day(m["day"], "en")) is None or \
            (said := _class_vi(m)) is None or m["q"] and m["not"]:
        return None
    (who_, be_), (vi_day, way) = said, day
    aux, verb = (m["q"] or m["not"] or "").split()[0].lower() if m["q"] or m["not"] else "", m["verb"].lower()
    past = aux.startswith("did") or verb == "had"
    if (verb == "have") != bool(aux) and not (verb == "have" and be_ != "is") or verb == "has" and be_ != "is" or \
            aux and not past and aux.startswith("does") != (be_ == "is") or past != (way == "behind") and \
            not (past and not way):
        return None
    if m["q"] and past and not way:
        return None  # ("Bạn có được nghỉ tiết cuối không?" asks of now)
    neg = "không " if m["not"] else ""
    said_vi = f"{who_} {'có ' * bool(m['q'])}{'đã ' * (past and not way)}{neg}được nghỉ"
    return placed(f"{said_vi} {_period_said_vi(m)}", vi_day, " không?" if m["q"] else ".")


def _so_vi(text: str) -> str | None:
    """"The teacher is ill, so my class has the day off." as "Cô giáo bị ốm nên lớp tôi được nghỉ học.", "The
    teacher was sick yesterday, so we had the day off." as "Hôm qua cô giáo bị ốm nên chúng tôi được nghỉ học."
    (_SO_EN); None for anything else, and where the verb does not agree with who or the day."""
    m = _SO_EN.fullmatch(text)
    if not m or (day := _day(m["day"], "en")) is None or (said := _class_vi(m)) is None or \
            (m["who"] or "").lower() in ("he", "she", "they"):
        return None
    (who_, be_), (vi_day, way), past, verb = said, day, m["be"].lower() == "was", m["verb"].lower()
    if (verb == "had") != past or verb == "has" and be_ != "is" or verb == "have" and be_ == "is" or \
            way not in (("", "behind") if past else ("", "today")):
        return None
    teacher = f"cô giáo{' chủ nhiệm' * bool(m['form'])}"
    if m["towner"]:
        whose = WHOSE_VI[m["towner"].lower()]
        teacher += f" {'của ' * whose.endswith(' ấy')}{whose}"  # ("cô giáo cô ấy" says "cô" twice)
    elif m["tsomeone"]:
        if (owner := someone(m["tsomeone"], "en")) is None or pet(m["tsomeone"], "en"):
            return None
        teacher += f" của {owner}"
    off = "được nghỉ học" if m["dayoff"] else f"được nghỉ {_period_said_vi(m)}"
    said_vi = f"{teacher} {_ILL_VI[keyed(m['ill'])]} nên {who_} {'đã ' * (past and not way)}{off}"
    return placed(said_vi, vi_day, ".")
