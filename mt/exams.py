"""Whether someone passed or failed an exam, a test or their driving test, or got into university, said or asked, and an
exam someone has on a day, and how hard an exam was, both ways, written whole by rule. v7: "Tôi đã thi đỗ." → "I was
thirted.", "Tôi bị trượt kỳ thi." → "I'm skied to skirt."; "I passed the exam." → "Tôi đã qua cuộc thi." (a contest), "I
failed the exam." → "Tôi đã thất bại cuộc thi.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); what was passed one of _PASSED ("đỗ" alone is
also to park, "trượt" to slip: "thi" or what was passed must be said); a day one mt.free_time.when reads.
mt.phrasebook.translate tries these after mt/trips.py.

    >>> translate("Tôi bị trượt kỳ thi.", "vi", "en"), translate("I passed my driving test.", "en", "vi")
    ('I failed the exam.', 'Tôi đã thi đỗ bằng lái xe.')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .text import EN_WHOSE, alternatives, capitalised, keyed
from .weather import DEGREE, EN_DEGREE

# what is passed or failed, in English ("{whose}": whose it is), and back (None: not said, "the exam")
_PASSED = {"kỳ thi": "the exam", "bài thi": "the exam", "bài kiểm tra": "the test", "đại học": "university",
           "bằng lái xe": "{whose} driving test", "bằng lái": "{whose} driving test", "lái xe": "{whose} driving test"}
_PASSED_VI = {"exam": "", "test": "bài kiểm tra", "driving test": "bằng lái xe", "exams": "", "final exam": "",
              "university entrance exam": "đại học"}
_WHAT = r"(?P<what>kỳ\s+thi|bài\s+thi|bài\s+kiểm\s+tra|đại\s+học|(?:thi\s+)?(?:bằng\s+lái(?:\s+xe)?|lái\s+xe))"
_END = r"(?:\s+(?:rồi|ạ))?\s*(?P<end>[.!]*)"
# "Tôi đã thi đỗ.", "Con tôi bị trượt kỳ thi.", "Lan vừa đỗ đại học."
_SAID = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<just>vừa|mới)\s+)?(?P<exam>thi\s+)?(?:(?P<passed>đỗ|đậu)|(?:bị\s+)?"
             rf"(?P<failed>trượt|rớt))(?:\s+{_WHAT})?{_END}")
# "Bạn thi có đỗ không?", "Bạn có thi đỗ không?", "Con bạn thi đỗ đại học chưa?"
_ASKED = lazy(rf"{WHO}\s+(?:có\s+)?thi\s+(?:có\s+)?(?:đỗ|đậu)(?:\s+{_WHAT})?\s+(?:không|chưa)"
              r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")
# "Ngày mai tôi có bài kiểm tra.", "Tôi có kỳ thi vào thứ hai."
_HAS = lazy(rf"{DAY_OPENING}{WHO}\s+(?:sẽ\s+)?có\s+(?:một\s+)?"
            rf"(?P<kind>bài\s+thi|kỳ\s+thi|bài\s+kiểm\s+tra){DAY_AFTER}\s*(?P<end>[.!]*)")
_WHAT_EN = r"(?P<what>(?:the|an?|my|his|her|their|our|your)\s+(?:exams?|test|driving\s+test|final\s+exams?)|" \
           r"(?:the\s+)?university\s+entrance\s+exam)"
_SAID_EN = lazy(rf"{WHO_EN}\s*(?:(?P<just>(?:\s+have|\s+has|['’]ve|['’]s)\s+just)\s+)?\s*(?P<v>passed|failed)\s+"
                rf"{_WHAT_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"Did\s+{WHO_EN}\s+pass\s+{_WHAT_EN}\s*\?+")
# how hard it was ("Bài thi rất khó." → "The exam was very difficult."; v7 "The test was very difficult." → "Xét
# nghiệm rất khó khăn.", a medical test), or asked ("Bài thi thế nào?" → "How was the exam?"); "này" (this) is now
_KINDS = {"bài thi": "exam", "kỳ thi": "exam", "đề thi": "exam", "bài kiểm tra": "test"}
_KINDS_VI = {"exam": "bài thi", "test": "bài kiểm tra", "exams": "bài thi"}
_HARD = {"khó": "difficult", "dễ": "easy"}
_HARD_VI = {"difficult": "khó", "hard": "khó", "easy": "dễ"}
_HOW = lazy(rf"(?P<kind>(?i:{alternatives(_KINDS)}))(?:\s+(?P<this>này))?\s+(?:(?P<how>thế\s+nào|ra\s+sao)|"
            rf"(?:(?P<before>rất|khá|hơi)\s+)?(?P<hard>khó|dễ)(?:\s+(?P<after>quá|lắm))?)"
            r"(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"(?:How\s+was\s+(?P<whose>the|your)\s+(?P<kind_asked>exam|test)\s*\?+|"
               rf"(?P<this>The|This)\s+(?P<kind>exam|test)\s+(?P<be>was|is)\s+"
               rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?P<hard>difficult|hard|easy)\s*(?P<end>[.!]*))")
_HAS_EN = lazy(rf"{WHO_EN}\s+(?P<have>have|has)\s+(?:an?\s+)?(?P<kind>exam|test)\s+(?P<day>[^,.!?]+?)\s*"
               r"(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone passed an exam, or that they have one; None
    for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _passed(text) or _asked(text) or _has(text) or _how(text)
    return _passed_vi(text) or _asked_vi(text) or _has_vi(text) or _how_vi(text) if (src, tgt) == ("en", "vi") else None


def _what(said: str | None, who_: str) -> str:
    """What was passed in English ("the exam" where nothing is said; "got into university")."""
    what = _PASSED[keyed(said).removeprefix("thi ")] if said else "the exam"
    return what.format(whose=EN_WHOSE.get(who_, "the"))


def _passed(text: str) -> str | None:
    """"Tôi đã thi đỗ." as "I passed the exam.", "Con tôi bị trượt kỳ thi." as "My child failed the exam.", "Lan vừa
    đỗ đại học." as "Lan has just got into university." (_SAID); None for anything else, and for "đỗ" or "trượt"
    without "thi" or what ("Tôi đã đỗ." may be parked)."""
    m = _SAID.fullmatch(text)
    if not m or not (m["exam"] or m["what"]) or not (said := who(m, False)):
        return None
    who_, one = said
    what = _what(m["what"], who_)
    if what == "university":
        said_ = "got into university" if m["passed"] else "didn't get into university"
    else:
        said_ = f"{'passed' if m['passed'] else 'failed'} {what}"
    if m["just"]:
        return capitalised(f"{who_} {'has' if one else 'have'} just {said_}{m['end'] or '.'}")
    return capitalised(f"{who_} {said_}{m['end'] or '.'}")


def _asked(text: str) -> str | None:
    """"Bạn thi có đỗ không?" as "Did you pass the exam?", "Con bạn thi đỗ đại học chưa?" as "Did your child get into
    university?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or not (said := who(m, True)):
        return None
    what = _what(m["what"], said[0])
    return f"Did {said[0]} {'get into' if what == 'university' else 'pass'} {what}?"


def _has(text: str) -> str | None:
    """"Ngày mai tôi có bài kiểm tra." as "I have a test tomorrow." (_HAS); None for anything else, and without a day
    that mt.free_time.when reads."""
    m = _HAS.fullmatch(text)
    if not m or not (m["day0"] or m["day"]) or m["day0"] and m["day"] or not (said := who(m, False)):
        return None
    day = when(m["day0"] or m["day"], "vi")
    if not day:
        return None
    who_, one = said
    kind = "a test" if "kiểm" in m["kind"] else "an exam"
    return capitalised(f"{who_} {'has' if one else 'have'} {kind} {day}{m['end'] or '.'}")


def _passed_vi(text: str) -> str | None:
    """"I passed the exam." as "Tôi đã thi đỗ.", "My son failed his driving test." as "Con trai tôi đã thi trượt bằng
    lái xe.", "She's just passed the test." as "Cô ấy vừa qua bài kiểm tra." (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["just"] and (m["just"].strip().lower().startswith(("has", "'s", "’s")) != one):
        return None  # ("I has just passed …")
    what = _PASSED_VI[re.sub(r"^(?:the|an?|my|his|her|their|our|your)\s+", "", " ".join(m["what"].lower().split()))]
    when_ = "vừa" if m["just"] else "đã"
    if what == "bài kiểm tra":
        said = f"{'qua' if m['v'] == 'passed' else 'trượt'} bài kiểm tra"
    else:
        said = f"thi {'đỗ' if m['v'] == 'passed' else 'trượt'}{' ' + what if what else ''}"
    return capitalised(f"{who_} {when_} {said}{m['end'] or '.'}")


def _asked_vi(text: str) -> str | None:
    """"Did you pass the exam?" as "Bạn thi có đỗ không?", "Did you pass your driving test?" as "Bạn thi bằng lái xe
    có đỗ không?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    what = m["what"].lower()
    kind = "bằng lái xe " if "driving" in what else "đại học " if "university" in what else ""
    return capitalised(f"{who_vi(m)[0]} thi {kind}có đỗ không?")


def _has_vi(text: str) -> str | None:
    """"I have a test tomorrow." as "Ngày mai tôi có bài kiểm tra." (_HAS_EN); None for anything else, and where
    "have" does not agree with who or the day is not read."""
    m = _HAS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    day = when(m["day"], "en")
    if (m["have"] == "has") != one or not day:
        return None
    kind = "bài kiểm tra" if m["kind"] == "test" else "bài thi"
    return placed(f"{who_} có {kind}", day, m["end"] or ".")


def _how(text: str) -> str | None:
    """"Bài thi rất khó." as "The exam was very difficult.", "Bài kiểm tra này dễ quá." as "This test is so easy.",
    "Bài thi thế nào?" as "How was the exam?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["before"] and m["after"]:
        return None
    kind = _KINDS[keyed(m["kind"])]
    if m["how"]:
        return f"How {'is this' if m['this'] else 'was the'} {kind}?"
    degree = DEGREE.get(m["before"] or m["after"] or "", "")
    said = " ".join(w for w in ("This" if m["this"] else "The", kind, "is" if m["this"] else "was", degree,
                                _HARD[m["hard"]]) if w)
    return said + (m["end"] or ".")


def _how_vi(text: str) -> str | None:
    """"The test was very difficult." as "Bài kiểm tra rất khó.", "How was the exam?" as "Bài thi thế nào?"
    (_HOW_EN); None for anything else."""
    if not (m := _HOW_EN.fullmatch(text)):
        return None
    if m["kind_asked"]:
        return capitalised(f"{_KINDS_VI[m['kind_asked']]}{' của bạn' * (m['whose'] == 'your')} thế nào?")
    before, after = EN_DEGREE.get(m["d"] or "", ("", ""))
    if m["d"] == "still":
        return None
    said = " ".join(w for w in (_KINDS_VI[m["kind"]], "này" if m["this"] == "This" else "", before,
                                _HARD_VI[m["hard"]], after) if w)
    return capitalised(said + (m["end"] or "."))
