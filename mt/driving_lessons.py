"""Learning to drive, both ways, written whole by rule: who is learning to drive a car or to ride a motorbike, has a
driving lesson on a near day, who is teaching whom to drive, who is practising, at which driving school, how many
lessons a week, and what one's driving instructor is like. v8 (the rules on) reads "học lái xe ô tô" as studying
cars, "buổi học lái" as a driver, "tập lái" as putting: "Tôi đang học lái xe ô tô." → "I'm studying car.", "Tôi có
buổi học lái vào chiều mai." → "I had a driver of tomorrow afternoon.", "Bố tôi đang dạy tôi lái xe." → "My father is
teaching me the drive.", "Con trai tôi đang tập lái ô tô." → "My son is putting a car.", "Bạn đang học lái xe ở trung
tâm nào?" → "What do you study driving?", "Mỗi tuần tôi học lái xe hai buổi." → "Every week I learn two afternoon
driving.", "Thầy dạy lái của tôi rất kiên nhẫn." → "My driver is very patient."; and back, "I'm taking driving
lessons." → "Tôi đang lái xe bài học.", "My son is practising driving." → "Con trai tôi đang lái xe.", "Which driving
school are you learning at?" → "Bạn đang lái xe ở trường nào?", "We're taking driving lessons." → "Chúng tôi đang lái
xe những bài học.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) "đang học", "muốn học", "mới bắt đầu học" "lái xe ô tô" (a car),
"lái xe", "lái xe máy", asked ("có đang … không?", "… à?"); "taking driving lessons", "learning to ride a motorbike";
a driving lesson ("buổi học lái", "… đầu tiên": their first) on a near day (mt.dates.near_days: had behind, have
today or ahead), asked, denied; "đang" or "đã dạy X lái xe" ("… lái xe cho X"), asked, "Ai đang/đã dạy bạn lái xe?",
who teaches driving; "đang tập lái" or "tập lái … mỗi ngày" (practising); "đang/đã học lái xe ở trung tâm nào?" or
"ở đâu?" (which driving school, where); "học lái xe hai buổi một tuần", asked with "mấy"; whose driving instructor
("thầy", "cô", "giáo viên dạy lái") is patient, strict, easy-going (very, not very). "lái xe" alone is driving, a car
or not said ("learning to drive"), as English says it; "ô tô", "xe hơi" say a car, "xe máy" a motorbike. Left: "học
lái xe" with "đang", "muốn", "mới bắt đầu" where mt/skills.py takes it first ("lái xe", "lái ô tô", "lái xe máy"; it
writes them as here), lessons had ("Tôi đã học lái xe được mười buổi.") and "learning to drive" in English
(mt/driving_tests.py), "Tôi đã học mười buổi rồi." (lessons of what?), a plain "Bạn học lái xe ở trung tâm nào?" and
"Ai dạy bạn lái xe?" (learning now, or learnt?), "Bố tôi dạy tôi lái xe." and "My father teaches me to drive." (now,
or taught?), "tập lái" plain (is, or does?), motorbike lessons on a day, "sáng nay", "tuần này" (had, or still to
have?), a lesson with no day, a name or "bạn tôi" with their first lesson (his or hers?), "his son" taught (one's
own?), "anh", "chị", "em" alone saying it, "em" with "ạ" (the speaker, a learner to the instructor?), a pet, "I"
asked in Vietnamese (a slip?), and anything else.
mt.phrasebook.translate tries these after mt/school_closures.py.

    >>> translate("Tôi đang học lái xe ô tô.", "vi", "en"), translate("I'm taking driving lessons.", "en", "vi")
    ("I'm learning to drive a car.", 'Tôi đang học lái xe.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .free_time import placed
from .hobbies import (EVERY, EVERY_VI, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, em_speaking, own_thing,
                      pet, who, who_vi, whose_own)
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_OBJECT, SOFTENED_END, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed,
                   present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lái)"),
         "en": lazy(r"(?i:driving|drive|motorbike|motorcycle)")}
# what is learnt, taught or practised (English after "to"; the first Vietnamese of each is written back)
_DRIVE = {"lái xe": "drive", "lái": "drive", "lái ô tô": "drive a car", "lái xe ô tô": "drive a car",
          "lái xe hơi": "drive a car", "lái xe máy": "ride a motorbike"}
_DRIVE_VI = {en: vi for vi, en in reversed(_DRIVE.items())}
_DRIVING = {"drive": "driving", "drive a car": "driving a car", "ride a motorbike": "riding a motorbike"}
_DRIVING_VI = {en: _DRIVE_VI[drive] for drive, en in _DRIVING.items()}
# near days a lesson is had on ("sáng nay", "tuần này" left: had, or still to have?)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "hôm kia", "tuần trước", "hôm nay", "chiều nay", "tối nay", "ngày mai", "sáng mai", "chiều mai",
                  "tối mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# what a driving instructor is like
_LIKE = {"kiên nhẫn": "patient", "nghiêm khắc": "strict", "dễ tính": "easy-going", "nhiệt tình": "enthusiastic",
         "vui tính": "good-humoured"}
_LIKE_VI = {en: vi for vi, en in _LIKE.items()}

_DRIVE_P = rf"(?P<drive>(?i:{alternatives(_DRIVE)}))"
_END = rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}"
_DAY = rf"(?:[Vv]ào\s+)?(?P<{{}}>(?i:{alternatives(_DAYS)}))"
_N = rf"(?P<n>[1-7]|(?i:{alternatives(list(VI_TO_EN)[:7])}|mấy))"
# learning ("Tôi đang học lái xe ô tô.", "Bạn có đang học lái xe không?", "Tôi mới bắt đầu học lái xe ô tô.")
_LEARNING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<how>đang|muốn|mới\s+bắt\s+đầu)\s+học\s+{_DRIVE_P}{_END}")
# a lesson on a day ("Tôi có buổi học lái vào chiều mai.", "Hôm nay tôi có buổi học lái xe đầu tiên.")
_LESSON = lazy(rf"(?:{_DAY.format('day0')}\s*,?\s+)?{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:một\s+)?buổi\s+học\s+"
               rf"lái(?:\s+xe|\s+ô\s+tô|\s+xe\s+ô\s+tô)?(?P<first>\s+đầu\s+tiên)?(?:\s+{_DAY.format('day')})?{_END}")
# teaching ("Bố tôi đang dạy tôi lái xe.", "Bố tôi đã dạy lái xe cho tôi.", "Ai đã dạy bạn lái xe?")
_TENSE = r"(?:(?P<ask>có)\s+)?(?P<tense>đang|đã)\s+dạy\s+"
_TEACHING = [lazy(rf"{WHO}\s+{_TENSE}{WHOM}\s+{_DRIVE_P}{_END}"),
             lazy(rf"{WHO}\s+{_TENSE}{_DRIVE_P}\s+cho\s+{WHOM}{_END}")]
_WHO_TAUGHT = lazy(rf"(?i:ai)\s+(?P<tense>đang|đã)\s+dạy\s+{WHOM}\s+{_DRIVE_P}{SOFTENED_QUESTION}")
_TEACHES = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?dạy\s+lái\s+xe{_END}")
# practising ("Con trai tôi đang tập lái ô tô.", "Tôi tập lái xe mỗi ngày.")
_PRACTISING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?tập\s+{_DRIVE_P}"
                   rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?{_END}")
# where ("Bạn đang học lái xe ở trung tâm nào?", "Bạn đã học lái xe ở đâu?")
_SCHOOL = lazy(rf"{WHO}\s+(?P<tense>đang|đã)\s+học\s+{_DRIVE_P}\s+ở\s+(?:(?P<where>đâu)|(?:trung\s+tâm|trường)"
               rf"(?:\s+(?:dạy|đào\s+tạo)\s+lái\s+xe)?\s+nào){SOFTENED_QUESTION}")
# how many a week ("Mỗi tuần tôi học lái xe hai buổi.", "Tôi học lái xe ba buổi một tuần.")
_WEEK = lazy(rf"(?P<week0>(?i:mỗi\s+tuần)\s+)?{WHO}\s+học\s+lái(?:\s+xe)?\s+{_N}\s+buổi"
             rf"(?P<week>\s+(?:một|mỗi)\s+tuần)?{SOFTENED_END}")
# an instructor ("Thầy dạy lái của tôi rất kiên nhẫn.", "Cô dạy lái xe của tôi không nghiêm khắc lắm.")
_INSTRUCTOR = lazy(rf"(?i:thầy|cô|giáo\s+viên)\s+dạy\s+lái(?:\s+xe)?\s+(?:của\s+)?"
                   rf"(?P<owner>(?i:{alternatives(OWNERS)}))"
                   rf"\s+(?:(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<like>{alternatives(_LIKE)})(?:\s+(?P<much>lắm))?"
                   r"\s*(?P<end>[.!]*)")

# ... and in English
_TAKING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?\s+(?:taking\s+(?P<kind>driving|motorbike|motorcycle)"
                  r"\s+lessons|learning\s+to\s+ride\s+a\s+(?P<moto>motorbike|motorcycle))\s*(?P<end>[.!?]*)")
_NOT_EN = r"(?P<neg>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not)"
_LESSON_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}\s+(?:{_NOT_EN}\s+)?(?P<v>have|has|had)\s+(?:a|(?P<owner>"
                  rf"{WHOSE_WORDS})\s+(?P<first>first))\s+driving\s+lesson\s+(?P<day>(?i:{alternatives(_DAYS_VI)}))"
                  r"\s*(?P<end>[.!?]*)")
_TO_DRIVE_EN = r"(?:how\s+)?to\s+(?P<drive>drive(?:\s+a\s+car)?|ride\s+a\s+(?:motorbike|motorcycle))"
_TEACHING_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Did)\s+)?{WHO_EN}(?:{BE_EN}?\s+(?P<ing>teaching)|\s+(?P<v>taught|teach))"
                    rf"\s+{WHOM_EN}\s+{_TO_DRIVE_EN}\s*(?P<end>[.!?]*)")
_WHO_TAUGHT_EN = lazy(rf"Who(?:\s+(?P<taught>taught)|(?:\s+is|['’]s)\s+teaching)\s+{WHOM_EN}\s+{_TO_DRIVE_EN}\s*\?+")
_PRACTISING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}?\s+practi[sc]ing|\s+(?P<v>practi[sc]es?))\s+"
                      rf"(?P<what>driving(?:\s+a\s+car)?|riding\s+a\s+motorbike)(?:\s+(?P<every>"
                      rf"{alternatives(EVERY_VI)}))?\s*(?P<end>[.!?]*)")
_SCHOOL_EN = lazy(rf"(?:Which\s+driving\s+school|(?P<where>Where))\s+(?P<aux>are|is|am|did|do|does)\s+{WHO_EN}\s+"
                  rf"(?P<v>learning|learn|go)(?:\s+(?P<to>{_TO_DRIVE_EN}))?(?:\s+(?P<at>at|to))?\s*\?+")
_WEEK_EN = [lazy(rf"How\s+many\s+driving\s+lessons\s+(?:a|per)\s+week\s+(?P<q>do|does)\s+{WHO_EN}\s+have\s*\?+"),
            lazy(rf"{WHO_EN}\s+(?P<v>have|has)\s+(?P<n>[1-7]|{alternatives(list(EN_TO_VI)[:7])})\s+driving\s+"
                 r"lesson(?P<many>s)?\s+(?:a|per|every)\s+week\s*(?P<end>[.!]*)")]
_INSTRUCTOR_EN = lazy(rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+driving\s+instructor(?:\s+is|['’]s)\s+(?:(?P<very>very|really)"
                      rf"\s+|(?P<not>not\s+very)\s+)?(?P<like>{alternatives(_LIKE_VI)})\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who is learning to drive, has a driving lesson, is taught or practising, at
    which driving school, how many lessons a week, or what their instructor is like; None for any other."""
    if src == "vi":
        return (_learning(text) or _lesson(text) or _teaching(text) or _who_taught(text) or _teaches(text) or
                _practising(text) or _school(text) or _week(text) or _instructor(text))
    text = text.replace("’", "'")
    return (_taking_vi(text) or _lesson_vi(text) or _teaching_vi(text) or _who_taught_vi(text) or
            _practising_vi(text) or _school_vi(text) or _week_vi(text) or _instructor_vi(text))


def _asked(m: re.Match, has_ask: bool = True) -> bool | None:
    """Whether a Vietnamese match asks: "có … không?" (with "có" where the shape has one, `has_ask`) or "… à?"
    without it; False said; None for a "?" on a statement, "không?" without "có", "có" not asking, "không" denied and
    asked."""
    asked, ask = keyed(m["asked"] or ""), bool(m.groupdict().get("ask"))
    if bool(asked) != ("?" in m["end"]) or asked == "à" and ask or has_ask and ask != (asked == "không"):
        return None
    return None if asked and m.groupdict().get("not") else bool(asked)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("my son", True); None for a pet, "anh" alone saying it,
    "em" with "ạ" and "I" asked (of one's own doing: likely a slip)."""
    if em_speaking(m):
        return None  # ("Mỗi tuần em học lái xe mấy buổi ạ?": a learner asking the instructor, how many do I have?)
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _learning(text: str) -> str | None:
    """"Tôi đang học lái xe ô tô." as "I'm learning to drive a car.", "Bạn có đang học lái xe không?" as "Are you
    learning to drive?", "Cô ấy muốn học lái xe máy." as "She wants to learn to ride a motorbike." (_LEARNING); None
    for anything else, and asked but of "đang"."""
    m = _LEARNING.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or asked and keyed(m["how"]) != "đang" or not (said := _who(m, asked)):
        return None
    (who_, one), drive, how = said, _DRIVE[keyed(m["drive"])], keyed(m["how"])
    if how == "muốn":
        return capitalised(f"{who_} want{'s' * one} to learn to {drive}.")
    if how != "đang":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just started learning to {drive}."))
    return f"{be(who_).capitalize()} {who_} learning to {drive}?" if asked else \
        capitalised(contracted(who_, f"{be(who_)} learning to {drive}."))


def _lesson(text: str) -> str | None:
    """"Tôi có buổi học lái vào chiều mai." as "I have a driving lesson tomorrow afternoon.", "Hôm qua tôi có buổi học
    lái xe." as "I had a driving lesson yesterday.", "Ngày mai bạn có buổi học lái không?" as "Do you have a driving
    lesson tomorrow?", "Hôm nay tôi có buổi học lái xe đầu tiên." as "I have my first driving lesson today."
    (_LESSON); None for anything else, no day or two, and a first lesson of a name (his or hers?)."""
    m = _LESSON.fullmatch(text)
    asked = m and _asked(m, False)
    if not m or asked is None or bool(m["day0"]) == bool(m["day"]) or not (said := _who(m, asked)):
        return None
    (who_, one), vi = said, keyed(m["day0"] or m["day"])
    lesson = "a driving lesson"
    if m["first"]:
        if m["not"] or not (whose := whose_own(m, who_)):
            return None
        lesson = f"{whose} first driving lesson"
    day = _DAYS[vi]
    if NEAR_WAY[vi] != "behind":
        return present(who_, one, "have", f"{lesson} {day}", asked, bool(m["not"]))
    if asked:
        return f"Did {who_} have {lesson} {day}?"
    return capitalised(f"{who_} {'didn’t have' if m['not'] else 'had'} {lesson} {day}.".replace("’", "'"))


def _teaching(text: str) -> str | None:
    """"Bố tôi đang dạy tôi lái xe." as "My father is teaching me to drive.", "Anh ấy đã dạy lái xe cho tôi." as "He
    taught me to drive.", "Bố bạn có đang dạy bạn lái xe không?" as "Is your father teaching you to drive?"
    (_TEACHING); None for anything else, whom a pet or who themself, and "đã" asked ("có đã" is not said)."""
    m = next((m for p in _TEACHING if (m := p.fullmatch(text))), None)
    asked = m and _asked(m)
    if not m or asked is None or asked and keyed(m["tense"]) != "đang" or pet(m["whom"], "vi"):
        return None
    said, whom = _who(m, asked), as_whom(m["whom"], "vi")
    if not said or not whom or whom == EN_OBJECT.get(said[0], said[0]):
        return None  # (… and "Tôi đang dạy tôi lái xe.", who teaching themself)
    (who_, _), drive = said, _DRIVE[keyed(m["drive"])]
    if keyed(m["tense"]) == "đã":
        return capitalised(f"{who_} taught {whom} to {drive}.")
    return f"{be(who_).capitalize()} {who_} teaching {whom} to {drive}?" if asked else \
        capitalised(contracted(who_, f"{be(who_)} teaching {whom} to {drive}."))


def _who_taught(text: str) -> str | None:
    """"Ai đã dạy bạn lái xe?" as "Who taught you to drive?", "Ai đang dạy con trai bạn lái xe?" as "Who is teaching
    your son to drive?" (_WHO_TAUGHT); None for anything else, "Ai dạy …?" with no tense, and a pet."""
    m = _WHO_TAUGHT.fullmatch(text)
    whom = m and not pet(m["whom"], "vi") and as_whom(m["whom"], "vi")
    if not whom:
        return None
    teach = "taught" if keyed(m["tense"]) == "đã" else "is teaching"
    return f"Who {teach} {whom} to {_DRIVE[keyed(m['drive'])]}?"


def _teaches(text: str) -> str | None:
    """"Anh ấy dạy lái xe." as "He teaches driving.", "Bố bạn có dạy lái xe không?" as "Does your father teach
    driving?" (_TEACHES); None for anything else."""
    m = _TEACHES.fullmatch(text)
    asked = m and _asked(m)
    said = m and asked is not None and _who(m, asked)
    return said and present(*said, "teach", "driving", asked) or None


def _practising(text: str) -> str | None:
    """"Con trai tôi đang tập lái ô tô." as "My son is practising driving a car.", "Tôi tập lái xe mỗi ngày." as "I
    practise driving every day.", "Bạn có tập lái xe mỗi ngày không?" as "Do you practise driving every day?"
    (_PRACTISING); None for anything else, "tập lái" plain (is, or does?), and "đang" asked with a habit."""
    m = _PRACTISING.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or not (m["now"] or m["every"]) or asked and m["now"] and m["every"]:
        return None
    if not (said := _who(m, asked)):
        return None
    (who_, one), doing = said, _DRIVING[_DRIVE[keyed(m["drive"])]]
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    if not m["now"]:
        return present(who_, one, "practise", f"{doing}{every}", asked)
    return f"{be(who_).capitalize()} {who_} practising {doing}?" if asked else \
        capitalised(contracted(who_, f"{be(who_)} practising {doing}{every}."))


def _school(text: str) -> str | None:
    """"Bạn đang học lái xe ở trung tâm nào?" as "Which driving school are you learning at?", "Bạn đã học lái xe ở
    đâu?" as "Where did you learn to drive?" (_SCHOOL); None for anything else, and a motorbike at a driving school."""
    m = _SCHOOL.fullmatch(text)
    said = m and _who(m, True)
    drive = m and _DRIVE[keyed(m["drive"])]
    if not said or not m["where"] and drive != "drive":
        return None
    who_, one = said
    if keyed(m["tense"]) == "đã":
        return f"Where did {who_} learn to {drive}?" if m["where"] else f"Which driving school did {who_} learn at?"
    return f"Where {be(who_)} {who_} learning to {drive}?" if m["where"] else \
        f"Which driving school {be(who_)} {who_} learning at?"


def _week(text: str) -> str | None:
    """"Mỗi tuần tôi học lái xe hai buổi." as "I have two driving lessons a week.", "Bạn học lái xe mấy buổi một
    tuần?" as "How many driving lessons a week do you have?" (_WEEK); None for anything else, and the week said
    twice or not at all."""
    m = _WEEK.fullmatch(text)
    n = m and keyed(m["n"])
    if not m or bool(m["week0"]) == bool(m["week"]) or (n == "mấy") != ("?" in m["end"]):
        return None
    if not (said := _who(m, n == "mấy")):
        return None
    (who_, one), n = said, VI_TO_EN.get(n, n)
    if n == "mấy":
        return f"How many driving lessons a week {'does' if one else 'do'} {who_} have?"
    lessons = "driving lesson" if n in ("one", "1") else "driving lessons"
    return present(who_, one, "have", f"{n} {lessons} a week")


def _instructor(text: str) -> str | None:
    """"Thầy dạy lái của tôi rất kiên nhẫn." as "My driving instructor is very patient.", "… không nghiêm khắc lắm."
    as "… is not very strict." (_INSTRUCTOR); None for anything else, "không" without "lắm" and "rất" with it."""
    m = _INSTRUCTOR.fullmatch(text)
    if not m or m["not"] and not m["much"] or m["very"] and m["much"]:
        return None
    very = "not very " if m["not"] else "very " if m["very"] or m["much"] else ""
    return capitalised(f"{OWNERS[keyed(m['owner'])]} driving instructor is {very}{_LIKE[keyed(m['like'])]}.")


def _asked_be(m: re.Match) -> bool | None:
    """Whether a match of a pattern over WHO_EN with "is" before who (group be0) or after (be) asks; None where both
    or neither are said, the "?" is not as it asks, or "is" does not agree with who."""
    if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or not be_agrees(m, m["be"] or m["be0"]):
        return None
    return bool(m["be0"])


def _person(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English said it with "-s" (mt.hobbies.who_vi); None for a
    pet ("My dog is learning to ride a motorbike.")."""
    return None if animal(m) else who_vi(m)


def _said_vi(who_: str, said: str, asked: bool) -> str:
    """Who does it in Vietnamese, said or asked with "có … không?": "Tôi đang học lái xe.", "Bạn có đang …?"."""
    return capitalised(f"{who_} có {said} không?" if asked else f"{who_} {said}.")


def _taking_vi(text: str) -> str | None:
    """"I'm taking driving lessons." as "Tôi đang học lái xe.", "Is she learning to ride a motorbike?" as "Cô ấy có
    đang học lái xe máy không?" (_TAKING_EN); None for anything else, and "is" not agreeing."""
    m = _TAKING_EN.fullmatch(text)
    asked = m and _asked_be(m)
    if asked is None or not m or not (said := _person(m)):
        return None
    drive = "lái xe" if (m["kind"] or "").lower() == "driving" else "lái xe máy"
    return _said_vi(said[0], f"đang học {drive}", asked)


def _lesson_vi(text: str) -> str | None:
    """"I have a driving lesson tomorrow afternoon." as "Chiều mai tôi có buổi học lái xe.", "Did you have a driving
    lesson yesterday?" as "Hôm qua bạn có buổi học lái xe không?", "I have my first driving lesson today." as "Hôm
    nay tôi có buổi học lái xe đầu tiên." (_LESSON_EN); None for anything else, a verb not agreeing with who or the
    day, and a first lesson not one's own."""
    m = _LESSON_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["neg"] or not (said := _person(m)):
        return None
    (who_, one), vi = said, _DAYS_VI[keyed(m["day"])]
    past = NEAR_WAY[vi] == "behind"
    aux = keyed(m["q"] or m["neg"] or "")
    if aux and (m["v"] != "have" or aux.startswith("did") != past or not past and aux.startswith("does") != one):
        return None
    if not aux and (m["v"] == "had") != past or not aux and not past and (m["v"] == "has") != one:
        return None
    if m["owner"] and (m["neg"] or m["owner"].lower() in ("his", "her") and not m["who"] and not his_her(who_) or
                       own_thing(m, who_, one) is not True):
        return None
    said = f"{'không ' * bool(m['neg'])}có buổi học lái xe{' đầu tiên' * bool(m['first'])}"
    return placed(f"{who_} {said}", vi, " không?" if m["q"] else ".")


def _teaching_vi(text: str) -> str | None:
    """"My father is teaching me to drive." as "Bố tôi đang dạy tôi lái xe.", "My father taught me to drive." as
    "Bố tôi đã dạy tôi lái xe.", "Did your father teach you to drive?" as "Bố bạn có dạy bạn lái xe không?"
    (_TEACHING_EN); None for anything else, and a verb not agreeing with who."""
    m = _TEACHING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    q, v = (m["q"] or "").lower(), (m["v"] or "").lower()
    if m["ing"]:
        ok = be_agrees(m, m["be"] or m["q"]) and bool(m["be"]) != bool(q) and q != "did"
    else:
        ok = not m["be"] and (v == "taught" and not q or v == "teach" and q == "did")
    said, whom = _person(m), as_whom(m["whom"], "en")
    if not ok or not said or not whom or whom == said[0] or pet(m["whom"], "en") or \
            m["whom"].lower().startswith(("his ", "her ", "their ")):
        return None  # ("He is teaching his son …": "con trai anh ấy" is not said of one's own)
    who_ = said[0]
    drive = _DRIVE_VI[" ".join(m["drive"].lower().replace("motorcycle", "motorbike").split())]
    if q == "did":
        return capitalised(f"{who_} có dạy {whom} {drive} không?")
    return _said_vi(who_, f"{'đang' if m['ing'] else 'đã'} dạy {whom} {drive}", bool(q))


def _who_taught_vi(text: str) -> str | None:
    """"Who taught you to drive?" as "Ai đã dạy bạn lái xe?", "Who's teaching your son to drive?" as "Ai đang dạy
    con trai bạn lái xe?" (_WHO_TAUGHT_EN); None for anything else."""
    m = _WHO_TAUGHT_EN.fullmatch(text)
    whom = m and not pet(m["whom"], "en") and as_whom(m["whom"], "en")
    if not whom:
        return None
    drive = _DRIVE_VI[" ".join(m["drive"].lower().replace("motorcycle", "motorbike").split())]
    return f"Ai {'đã' if m['taught'] else 'đang'} dạy {whom} {drive}?"


def _practising_vi(text: str) -> str | None:
    """"My son is practising driving." as "Con trai tôi đang tập lái xe.", "I practise driving every day." as "Tôi tập
    lái xe mỗi ngày." (_PRACTISING_EN); None for anything else, and a verb not agreeing with who."""
    m = _PRACTISING_EN.fullmatch(text)
    if not m or not (said := _person(m)):
        return None
    who_, one = said
    if m["v"]:
        if m["be0"] or m["be"] or not m["every"] or "?" in m["end"] or m["v"].lower().endswith("s") != one:
            return None
        asked = False
    elif (asked := _asked_be(m)) is None or asked and m["every"]:
        return None
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    doing = _DRIVING_VI[" ".join(m["what"].lower().split())]
    return _said_vi(who_, f"{'' if m['v'] else 'đang '}tập {doing}{every}", asked)


def _school_vi(text: str) -> str | None:
    """"Which driving school are you learning at?" as "Bạn đang học lái xe ở trung tâm nào?", "Which driving school
    did you go to?" as "Bạn đã học lái xe ở trung tâm nào?", "Where did you learn to drive?" as "Bạn đã học lái xe ở
    đâu?" (_SCHOOL_EN); None for anything else, and a verb not agreeing with who."""
    m = _SCHOOL_EN.fullmatch(text)
    if not m or not (said := _person(m)):
        return None
    (who_, one), aux, v = said, m["aux"], m["v"]
    if aux in ("are", "is", "am") and (v != "learning" or not be_agrees(m, aux)) or aux in ("do", "does") and (
            v != "go" or m["where"] or (aux == "does") != one) or aux == "did" and v == "learning":
        return None
    if m["where"] and (not m["to"] or m["at"] or v == "go") or not m["where"] and (
            m["to"] or (m["at"] or "") != ("to" if v == "go" else "at")):
        return None
    drive = _DRIVE_VI[" ".join(m["drive"].lower().replace("motorcycle", "motorbike").split())] if m["to"] else "lái xe"
    where = "đâu" if m["where"] else "trung tâm nào"
    return capitalised(f"{who_} {'đã' if aux == 'did' else 'đang'} học {drive} ở {where}?")


def _week_vi(text: str) -> str | None:
    """"I have two driving lessons a week." as "Mỗi tuần tôi học lái xe hai buổi.", "How many driving lessons a week
    do you have?" as "Mỗi tuần bạn học lái xe mấy buổi?" (_WEEK_EN); None for anything else, a verb not agreeing with
    who, and "one driving lessons"."""
    m = next((m for p in _WEEK_EN if (m := p.fullmatch(text))), None)
    if not m or not (said := _person(m)):
        return None
    who_, one = said
    if "q" in m.groupdict():
        return capitalised(f"mỗi tuần {who_} học lái xe mấy buổi?") if (m["q"] == "does") == one else None
    n = m["n"].lower()
    if (m["v"] == "has") != one or (n in ("one", "1")) == bool(m["many"]):
        return None
    return capitalised(f"mỗi tuần {who_} học lái xe {EN_TO_VI.get(n, n)} buổi{m['end'] or '.'}")


def _instructor_vi(text: str) -> str | None:
    """"My driving instructor is very patient." as "Giáo viên dạy lái xe của tôi rất kiên nhẫn.", "… is not very
    strict." as "… không nghiêm khắc lắm." (_INSTRUCTOR_EN); None for anything else."""
    m = _INSTRUCTOR_EN.fullmatch(text)
    if not m:
        return None
    like = _LIKE_VI[m["like"]]
    said = f"không {like} lắm" if m["not"] else f"rất {like}" if m["very"] else like
    return f"Giáo viên dạy lái xe của {WHOSE_VI[m['owner'].lower()]} {said}{m['end'] or '.'}"
