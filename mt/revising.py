"""Revising for exams, both ways, written whole by rule: who is revising now, who stayed up late revising, an exam on
a day (end-of-term, final, mid-term, an entrance exam, a subject's), when someone's exams are, waiting for the
results, and the results out. v8 (rules on) reads "ôn thi" as getting a test, "thức khuya" as waking, "thi" as
testing, and "revising" as amending: "Tôi đang ôn thi." → "I'm getting a test.", "Tối qua tôi thức khuya ôn bài." →
"Last night, I got a skept.", "Mai tôi thi học kỳ." → "Tomorrow, I'll have a test.", "Con tôi sắp thi vào lớp mười."
→ "I'm going to test in class.", "Khi nào bạn thi?" → "When did you get ready?", "Đã có kết quả thi chưa?" → "Have
the results of the test?"; "I'm revising for my exams." → "Tôi đang sửa đổi cuộc thi của tôi.", "I stayed up late
revising." → "Tôi ở lại sửa đổi trễ.", "I have my end-of-term exams tomorrow." → "Tôi có cuộc thi cuối của tôi ngày
mai.", "When are your exams?" → "Xét nghiệm của bạn khi nào?", "The exam results are out." → "Kết quả kiểm tra ra.".

Taken: who (mt.hobbies.WHO, WHO_EN; only pronouns, names and kin who sit exams: _PUPILS) revising ("đang ôn thi",
"ôn bài", "ôn tập" ↔ "revising (for my exams)"), still, asked; who stayed up late revising on a night behind
(mt.dates.near_days) or with "đã", often, asked; who has an exam of _KINDS, _SUBJECTS or "vào lớp N" (grades as
mt/school_years.py writes them: "grade 10") on a day ahead, today or behind, or is about to ("sắp"); when someone's
exams are ("Khi nào bạn thi?"); who is waiting for their exam results; the exam results out, not yet, asked, when.
Left: "thi" with no day ("Tôi thi học kỳ.": when?), "Mai tôi thi." (an exam, or a contest?), a bare "Tôi ôn thi."
and "thức khuya ôn bài" with no day (a habit, or last night?), parents, grandparents and pets as who, "anh", "chị",
"em" alone saying it, "thi hát", "thi chạy" (contests), passed and failed, "có bài thi", "have an exam" (mt/exams.py),
worries before an exam (mt/worries.py), putting off revising (mt/procrastination.py), test results (mt/check_ups.py),
which subjects asked ("Bạn thi môn gì?": one exam or several?), not yet revised ("Tôi chưa ôn bài.", "I haven't
revised yet.": begun, or done?), "à?" asking, "still" asked, a statement with "nhỉ" (asking to be agreed with),
an exam "sáng nay", "chiều nay" with no tense (over, or to come?), "của mình" after anyone but "tôi" ("Anh ấy đang đợi
kết quả thi của mình.": his, or the speaker's?), "his" after a woman's name ("Lan is waiting for his exam results."),
"a" or "an" not agreeing ("a English exam"), and anything else.
mt.phrasebook.translate tries these after mt/digestion.py.

    >>> translate("Mai tôi thi học kỳ.", "vi", "en"), translate("I'm revising for my exams.", "en", "vi")
    ('I have my end-of-term exams tomorrow.', 'Tôi đang ôn thi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, be_of, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .names import WOMEN
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, be,
                   capitalised, contracted, keyed, strip_marks)

# who sits exams: kin of mt.people.NAMED_WHO (not parents, grandparents, a boss or a pet: "Mẹ tôi đang đợi kết quả
# thi." is likely her child's results)
_PUPILS = {"con", "con trai", "con gái", "em", "em trai", "em gái", "anh", "chị", "anh trai", "chị gái", "bạn",
           "bạn thân", "bạn cùng lớp", "bạn cùng phòng", "anh họ", "chị họ", "em họ", "bạn trai", "bạn gái"}
# exams by kind, in English (plural: "exams"), and subjects (mt.studies', at school "toán" is "maths"), one exam each
_KINDS = {"học kỳ": "end-of-term exams", "học kì": "end-of-term exams", "cuối kỳ": "final exams",
          "cuối kì": "final exams", "giữa kỳ": "mid-term exams", "giữa kì": "mid-term exams",
          "đại học": "university entrance exam", "vào đại học": "university entrance exam"}
_SUBJECTS = {"toán": "maths", "toán học": "maths", "văn": "literature", "ngữ văn": "literature", "tiếng Anh": "English",
             "vật lý": "physics", "lý": "physics", "hóa": "chemistry", "hóa học": "chemistry", "sinh học": "biology",
             "lịch sử": "history", "địa lý": "geography"}
_KINDS_EN = {"end-of-term": "học kỳ", "end of term": "học kỳ", "final": "cuối kỳ", "mid-term": "giữa kỳ",
             "midterm": "giữa kỳ", "university entrance": "đại học"}
_SUBJECTS_KEYED = {keyed(vi): en for vi, en in _SUBJECTS.items()}
_SUBJECTS_EN = {en.lower(): vi for vi, en in reversed(_SUBJECTS.items())} | {"math": "toán"}
_GRADES = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
           "mười một": 11, "mười hai": 12}
# the days of each shape (mt.dates), "Mai" opening a sentence read as "ngày mai"
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau",
                   "tháng tới")
_TODAY = near_days("hôm nay", "sáng nay", "chiều nay", "tuần này", "tháng này")
# ... of which these are said of an exam over already as often as of one to come ("Sáng nay tôi thi toán.": had, or
# have?), and left from Vietnamese (English says which: "I have my maths exam this morning.")
_TENSELESS = {"sáng nay", "chiều nay"}
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                    "tháng trước")
_NIGHTS = near_days("tối qua", "tối hôm qua", "đêm qua", "hôm qua", "hôm kia", "tuần trước")
_DAYS = _AHEAD | _TODAY | _BEHIND
_DAYS_VI = {en: vi for vi, en in reversed((_DAYS | _NIGHTS).items())}  # (and back: "last night" is "tối qua")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\bthi|ôn\s+bài|ôn\s+tập)"), "en": lazy(r"(?i:revis|exam|finals)")}

_GRADE = rf"(?P<grade>1[0-2]|[1-9]|(?i:{alternatives(_GRADES)}))(?!\w)"
_KIND = (rf"(?P<kind>(?i:{alternatives(_KINDS)})|vào\s+lớp\s+{_GRADE}|(?:môn\s+)?"
         rf"(?P<subject>(?i:{alternatives(_SUBJECTS)})))")
_REVISING = rf"ôn\s+(?:(?P<exams>thi)(?:\s+{_KIND})?|bài|tập)"
_DAY = r"(?:(?P<day>(?i:{0}))\s*,?\s+)?"
_DAY2 = r"(?:\s+(?P<day2>(?i:{0})))?"
# revising now ("Tôi đang ôn thi.", "Con tôi đang ôn thi học kỳ.", "Bạn có đang ôn thi không?")
_REVISE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>vẫn\s+đang|đang|vẫn)\s+{_REVISING}{ASKED_END}")
# up late revising ("Tối qua tôi thức khuya ôn bài.", "Tôi hay thức khuya ôn thi.")
_LATE = lazy(_DAY.format(alternatives(_NIGHTS)) + rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<often>hay|thường)\s+|"
             rf"(?P<did>đã)\s+)?thức\s+khuya\s+(?:để\s+)?{_REVISING}" + _DAY2.format(alternatives(_NIGHTS)) + ASKED_END)
# an exam on a day ("Mai tôi thi học kỳ.", "Tuần sau con tôi thi cuối kỳ.", "Con tôi sắp thi vào lớp mười.")
_EXAM = lazy(rf"(?:(?P<mai>[Mm]ai)\s+|{_DAY.format(alternatives(_DAYS))})?{WHO}\s+(?:(?P<aux>sẽ|sắp|đã)\s+)?thi\s+"
             rf"{_KIND}{_DAY2.format(alternatives(_DAYS))}{SOFTENED_END}")
# when ("Khi nào bạn thi?", "Bao giờ con bạn thi học kỳ?")
_WHEN = lazy(rf"(?i:khi\s+nào|bao\s+giờ)\s+{WHO}\s+(?:sẽ\s+)?thi(?:\s+{_KIND})?{SOFTENED_QUESTION}")
# waiting for the results ("Tôi đang đợi kết quả thi.", "Con gái tôi vẫn đang chờ kết quả thi.")
_RESULTS = rf"kết\s+quả\s+thi(?:\s+{_KIND})?(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
_WAIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>vẫn\s+đang|đang|vẫn|còn)\s+(?:chờ|đợi)\s+{_RESULTS}{ASKED_END}")
# the results out ("Đã có kết quả thi chưa?", "Kết quả thi có rồi.", "Vẫn chưa có kết quả thi.", "Khi nào có …?")
_OUT = lazy(rf"(?:(?P<aux>(?i:đã|vẫn\s+chưa|chưa|khi\s+nào|bao\s+giờ))\s+)?(?i:có)\s+{_RESULTS}"
            rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
_OUT2 = lazy(rf"(?i:{_RESULTS})\s+(?:(?P<aux>đã|vẫn\s+chưa|chưa)\s+)?có(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")

# women's names as English writes them ("Huong"): "his" after one is another's (_own)
_WOMEN_EN = {strip_marks(name) for name in WOMEN}

# ... and in English: an exam ("my end-of-term exams", "the grade 10 entrance exam", "a maths exam", "exams")
_KIND_EN = (rf"(?:(?P<kind>{alternatives(_KINDS_EN)})\s+|(?P<subject>(?i:{alternatives(_SUBJECTS_EN)}))\s+|"
            r"(?:grade|year)\s+(?P<grade>1[0-2]|[1-9])\s+entrance\s+)?(?P<exam>exams?)|(?P<finals>finals)|"
            r"entrance\s+exam\s+for\s+(?:grade|year)\s+(?P<grade2>1[0-2]|[1-9])")
_OWNED_EN = rf"(?:(?P<owner>the|an?|{WHOSE_WORDS})\s+)?(?:{_KIND_EN})"
_REVISE_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<still>\s+still)?\s+(?P<verb>revising|studying)"
                  rf"(?:\s+for\s+{_OWNED_EN})?\s*(?P<end>[.!?]*)")
_LATE_EN = lazy(rf"(?:(?P<q>Did|Do|Does)\s+)?{WHO_EN}\s+(?:(?P<often>often|usually)\s+)?(?P<verb>stayed|stays|stay)"
                rf"\s+up\s+late\s+revising(?:\s+for\s+{_OWNED_EN})?(?:\s+(?P<day>{alternatives(_NIGHTS.values())}))?"
                r"\s*(?P<end>[.!?]*)")
_EXAM_EN = lazy(rf"{WHO_EN}(?:\s+(?P<verb>have|has|had)|(?P<about>{BE_EN}\s+about\s+to\s+take))\s+{_OWNED_EN}"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"When\s+(?P<is>is|are)\s+(?:(?P<owner>{WHOSE_WORDS})|(?P<named>{SOMEONE_EN})['’]s)\s+(?:{_KIND_EN})"
                r"\s*\?+")
_RESULTS_EN = (rf"(?P<owner>[Tt]he|(?i:{WHOSE_WORDS}))\s+(?:(?P<kind>{alternatives(_KINDS_EN)})\s+|(?P<subject>"
               rf"(?i:{alternatives(_SUBJECTS_EN)}))\s+|(?:grade|year)\s+(?P<grade>1[0-2]|[1-9])\s+entrance\s+)?"
               r"exam\s+results")
_WAIT_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<still>\s+still)?\s+waiting\s+for\s+{_RESULTS_EN}"
                r"\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"(?:(?P<q>Are)\s+)?{_RESULTS_EN}(?P<be>\s+are|['’]re)?(?P<not>\s+not|n['’]t)?\s+out"
               r"(?:\s+(?P<yet>yet|now|already))?\s*(?P<end>[.!?]*)")
_WHEN_OUT_EN = lazy(rf"When\s+(?P<w>will|are|do)\s+{_RESULTS_EN}\s+(?P<how>be\s+out|out|come\s+out)\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who is revising or stayed up late revising, who has an exam on a day
    or when, who is waiting for their exam results, or whether the results are out; None for any other."""
    if src == "vi":
        said = _revise(text) or _late(text) or _exam(text) or _when(text) or _wait(text) or _out(text)
    else:
        text = text.replace("’", "'")
        said = _revise_vi(text) or _late_vi(text) or _exam_vi(text) or _when_vi(text) or _wait_vi(text) or _out_vi(text)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said  # (the end as said)


def _pupil(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my son", True), for one who sits exams (a pronoun, a name,
    a child, a sibling, a friend: _PUPILS); None for anyone else, and "anh", "chị", "em" alone saying it."""
    kin, title = keyed(m["kin"] or ""), keyed(m["title"] or "")
    if kin and (animal(m) or kin not in _PUPILS) or title and title not in ("anh", "chị", "em", "bạn"):
        return None
    return who(m, asked)


def _pupil_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English says it with "-s", for one who sits exams; None
    for a parent, a grandparent, a boss or a pet."""
    return None if m["kin"] and KIN_VI[m["kin"].lower()] not in _PUPILS else who_vi(m)


def _kind(m: re.Match) -> tuple[str, bool]:
    """The exam of a match of _KIND in English, and whether many: ("end-of-term exams", True), ("maths exam",
    False), ("grade 10 entrance exam", False); ("exams", True) where none is said."""
    if m["subject"]:
        return f"{_SUBJECTS_KEYED[keyed(m['subject'])]} exam", False
    if m["grade"]:
        grade = m["grade"] if m["grade"].isdigit() else _GRADES[keyed(m["grade"])]
        return f"grade {grade} entrance exam", False
    kind = _KINDS[keyed(m["kind"])] if m["kind"] else "exams"
    return kind, kind.endswith("s")


def _phrase(m: re.Match, whose: str | None, having: bool = False) -> str:
    """The exam of a match of _KIND with whose ("my end-of-term exams"), where whose is not known "the" ("the final
    exams"; "exams" alone), or after "have" (`having`) none ("final exams") or "a" for a subject ("a maths exam")."""
    kind, many = _kind(m)
    if whose:
        return f"{whose} {kind}"
    if having and (many or m["subject"]):
        return kind if many else f"{a_or_an(kind)} {kind}"  # ("an English exam")
    return kind if kind == "exams" else f"the {kind}"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?" (False: said); None for "có", "không" or "?" alone."""
    asked = "?" in m["end"]
    return asked if bool(m["ask"]) == bool(m["asked"]) == asked else None


def _revise(text: str) -> str | None:
    """"Tôi đang ôn thi." as "I'm revising for my exams.", "Con tôi đang ôn thi học kỳ." as "My child is revising for
    the end-of-term exams.", "Bạn có đang ôn thi không?" as "Are you revising for your exams?" (_REVISE); None for
    anything else, "vẫn" asked, and asked of oneself."""
    m = _REVISE.fullmatch(text)
    asked = m and _asked(m)
    said = None if not m or asked is None else _pupil(m, asked)
    if said is None or asked and (said[0] in ("I", "we") or keyed(m["aux"]) != "đang"):
        return None
    who_ = said[0]
    for_ = f" for {_phrase(m, whose_own(m, who_))}" if m["exams"] else ""
    if asked:
        return f"{be(who_).capitalize()} {who_} revising{for_}?"
    still = "" if keyed(m["aux"]) == "đang" else "still "
    return capitalised(contracted(who_, f"{be(who_)} {still}revising{for_}."))


def _late(text: str) -> str | None:
    """"Tối qua tôi thức khuya ôn bài." as "I stayed up late revising last night.", "Tôi đã thức khuya ôn thi." as "I
    stayed up late revising for my exams.", "Con tôi hay thức khuya ôn bài." as "My child often stays up late
    revising.", "Tối qua bạn có thức khuya ôn bài không?" as "Did you stay up late revising last night?" (_LATE);
    None for anything else, and no day, no "đã", no "hay" (a habit, or last night?)."""
    m = _LATE.fullmatch(text)
    asked = m and _asked(m)
    said = None if not m or asked is None or (m["day"] and m["day2"]) else _pupil(m, asked)
    if said is None:
        return None
    who_, one = said
    day = m["day"] or m["day2"]
    for_ = f" for {_phrase(m, whose_own(m, who_))}" if m["exams"] else ""
    if m["often"]:
        if day or m["did"]:
            return None
        often = "often" if keyed(m["often"]) == "hay" else "usually"
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {often} stay up late revising{for_}?"
        return capitalised(f"{who_} {often} {'stays' if one else 'stay'} up late revising{for_}.")
    when = f" {_NIGHTS[keyed(day)]}" if day else ""
    if asked:
        return f"Did {who_} stay up late revising{for_}{when}?" if day and not m["did"] else None
    return capitalised(f"{who_} stayed up late revising{for_}{when}.") if day or m["did"] else None


def _exam(text: str) -> str | None:
    """"Mai tôi thi học kỳ." as "I have my end-of-term exams tomorrow.", "Tuần sau con tôi thi cuối kỳ." as "My child
    has final exams next week.", "Hôm qua chúng tôi thi toán." as "We had our maths exam yesterday.", "Con tôi sắp
    thi vào lớp mười." as "My child is about to take the grade 10 entrance exam." (_EXAM); None for anything else,
    no day ("Tôi thi học kỳ.": when?), "sáng nay", "chiều nay" (over, or to come?), and a day that is not the verb's
    ("Hôm qua tôi sẽ thi …")."""
    m = _EXAM.fullmatch(text)
    if not m or "?" in m["end"] or m["mai"] and m["given"] or (m["day"] and m["day2"]):
        return None
    said = _pupil(m, False)
    if said is None:
        return None
    who_, one = said
    day, aux = "ngày mai" if m["mai"] else keyed(m["day"] or m["day2"] or ""), keyed(m["aux"] or "")
    if aux == "sắp":
        taken = _phrase(m, EN_WHOSE.get(who_))
        return None if day else capitalised(contracted(who_, f"{be(who_)} about to take {taken}."))
    way = NEAR_WAY.get(day)
    if not day or day in _TENSELESS or aux == "sẽ" and way != "ahead" or aux == "đã" and way != "behind":
        return None
    verb = "had" if way == "behind" else "has" if one else "have"
    return capitalised(f"{who_} {verb} {_phrase(m, EN_WHOSE.get(who_), True)} {_DAYS[day]}.")


def _when(text: str) -> str | None:
    """"Khi nào bạn thi?" as "When are your exams?", "Bao giờ con bạn thi học kỳ?" as "When are your child's
    end-of-term exams?", "Khi nào Lan thi toán?" as "When is Lan's maths exam?" (_WHEN); None for anything else."""
    m = _WHEN.fullmatch(text)
    said = m and _pupil(m, True)
    if not said:
        return None
    kind, many = _kind(m)
    return f"When {'are' if many else 'is'} {EN_WHOSE.get(said[0]) or said[0] + chr(39) + 's'} {kind}?"


def _results(m: re.Match, whose: str | None) -> str:
    """The results of a match of _RESULTS in English, with whose ("the" where not known): "my exam results", "the
    end-of-term exam results", "your maths exam results"."""
    kind, _ = _kind(m)
    kind = kind.removesuffix("s").removesuffix("exam")
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else whose or "the"
    return f"{whose} {kind}exam results"


def _wait(text: str) -> str | None:
    """"Tôi đang đợi kết quả thi." as "I'm waiting for my exam results.", "Con gái tôi vẫn đang chờ kết quả thi." as
    "My daughter is still waiting for her exam results.", "Bạn có đang đợi kết quả thi không?" as "Are you waiting
    for your exam results?" (_WAIT); None for anything else, asked of oneself, and "của mình" after anyone but "tôi"
    (their own, or the speaker's?)."""
    m = _WAIT.fullmatch(text)
    asked = m and _asked(m)
    said = None if not m or asked is None else _pupil(m, asked)
    aux = keyed(m["aux"]) if m else ""
    if said is None or asked and (said[0] in ("I", "we") or aux != "đang"):
        return None
    if keyed(m["owner"] or "") == "mình" and said[0] != "I":
        return None  # ("Anh ấy đang đợi kết quả thi của mình.": his own, or the speaker's, "mình" as I?)
    who_, _ = said
    results = _results(m, whose_own(m, who_))
    if asked:
        return f"{be(who_).capitalize()} {who_} waiting for {results}?"
    still = "" if aux == "đang" else "still "
    return capitalised(contracted(who_, f"{be(who_)} {still}waiting for {results}."))


def _out(text: str) -> str | None:
    """"Đã có kết quả thi chưa?" as "Are the exam results out yet?", "Kết quả thi có rồi." as "The exam results are
    out.", "Vẫn chưa có kết quả thi." as "The exam results aren't out yet.", "Khi nào có kết quả thi?" as "When will
    the exam results be out?" (_OUT, _OUT2); None for anything else."""
    m = _OUT.fullmatch(text) or _OUT2.fullmatch(text)
    if not m:
        return None
    aux, tail, asked = keyed(m["aux"] or ""), keyed(m["tail"] or ""), "?" in m["end"]
    results = _results(m, None)
    if aux in ("khi nào", "bao giờ"):
        return f"When will {results} be out?" if asked and not tail else None
    if tail == "chưa":
        return f"Are {results} out yet?" if asked and aux in ("", "đã") else None
    if asked:
        return None
    if aux in ("chưa", "vẫn chưa"):
        return None if tail else capitalised(f"{results} aren't out yet.")
    return capitalised(f"{results} are out.") if tail == "rồi" else None


def _kind_vi(m: re.Match) -> tuple[str, bool] | None:
    """The exam of a match of _KIND_EN in Vietnamese, after "thi", and whether many: ("học kỳ", True) for
    "end-of-term exams", ("môn toán", False) for "maths exam", ("vào lớp 10", False), ("", True) for "exams"; None
    for an entrance exam or a subject's said as many ("maths exams")."""
    if m["finals"]:
        return "cuối kỳ", True
    many = m["exam"] == "exams"
    grade = m["grade"] or m.groupdict().get("grade2")
    if grade or m["subject"] or m["kind"] and "entrance" in m["kind"]:
        if many:
            return None
        return (f"vào lớp {grade}" if grade else f"môn {_SUBJECTS_EN[m['subject'].lower()]}" if m["subject"] else
                _KINDS_EN[keyed(m["kind"])]), False
    return (_KINDS_EN[keyed(m["kind"])] if m["kind"] else ""), many


def _owned(m: re.Match, who_: str, one: bool) -> tuple[str, bool] | None:
    """The exam of a match of _OWNED_EN in Vietnamese ("học kỳ", "" for plain "exams") and whether many, where its
    whose is who's own, "the", or "a" or "an" (agreeing) for one subject's exam, or none for many; None for anything
    else."""
    kind = _kind_vi(m)
    owner = (m["owner"] or "").lower()
    if kind is None or owner in ("a", "an") and not (m["subject"] and not kind[1] and owner == a_or_an(m["subject"])):
        return None  # (one subject's exam, the article agreeing: "a maths exam", "an English exam")
    if not owner:
        return kind if kind[1] else None
    return kind if owner in ("the", "a", "an") or _own(m, who_, one) else None


def _own(m: re.Match, who_: str, one: bool) -> bool | None:
    """mt.hobbies.own_thing, but False for "his" after a woman's name (mt.names.WOMEN): "Lan is waiting for his exam
    results." are another's."""
    if m["given"] in _WOMEN_EN and m["owner"].lower() == "his":
        return False
    return own_thing(m, who_, one)


def _doing(m: re.Match, who_: str, one: bool) -> str | None:
    """What is revised, of a match of _REVISE_EN or _LATE_EN, in Vietnamese: "ôn thi học kỳ" for "revising for my
    end-of-term exams", "ôn bài" for "revising" alone; None where the exams are not who's own (_owned)."""
    if not (m["exam"] or m["finals"] or m["grade2"]):  # ("the entrance exam for grade 10" says no "exam" group)
        return "ôn bài"
    kind = _owned(m, who_, one)
    return kind and f"ôn thi{' ' * bool(kind[0])}{kind[0]}"


def _verb_agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether "Are you", "Is she" asked or "you're", "she is" said (be of a match) agrees with who; a sentence asked
    ends "?", and says no "is" after who."""
    if m["q"]:
        return not m["be"] and "?" in m["end"] and m["q"].lower() == be_of(who_, one)
    return "?" not in m["end"] and be_agrees(m, m["be"])


def _revise_vi(text: str) -> str | None:
    """"I'm revising for my exams." as "Tôi đang ôn thi.", "My child is revising for the end-of-term exams." as "Con
    tôi đang ôn thi học kỳ.", "Are you revising?" as "Bạn có đang ôn bài không?", "She's studying for her finals." as
    "Cô ấy đang ôn thi cuối kỳ." (_REVISE_EN); None for anything else, another's exams ("I'm revising for your
    exams."), and asked of oneself."""
    m = _REVISE_EN.fullmatch(text)
    said = m and _pupil_en(m)
    doing = said and _verb_agrees(m, *said) and _doing(m, *said)
    who_ = said and said[0]
    if not doing or m["verb"] == "studying" and doing == "ôn bài" or m["q"] and (who_ in ("tôi", "chúng tôi")
                                                                                or m["still"]):
        return None  # ("studying" alone is not revising; "Are we …?", "Are you still …?" left)
    if m["q"]:
        return capitalised(f"{who_} có đang {doing} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {doing}.")


def _late_vi(text: str) -> str | None:
    """"I stayed up late revising last night." as "Tối qua tôi thức khuya ôn bài.", "I stayed up late revising." as
    "Tôi đã thức khuya ôn bài.", "He often stays up late revising." as "Anh ấy hay thức khuya ôn bài.", "Did you
    stay up late revising last night?" as "Tối qua bạn có thức khuya ôn bài không?" (_LATE_EN); None for anything
    else, and where the verb does not agree with who or with the day ("I stay up late revising last night.")."""
    m = _LATE_EN.fullmatch(text)
    said = m and _pupil_en(m)
    doing = said and _doing(m, *said)
    if not doing or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    q, verb, often, day = (m["q"] or "").lower(), m["verb"], (m["often"] or "").lower(), (m["day"] or "").lower()
    habit = {"often": "hay", "usually": "thường"}.get(often)
    if habit:  # (a habit: "stays" said of one, "Does" asked of one, no day)
        agrees = verb == "stay" and q == ("does" if one else "do") if q else verb == ("stays" if one else "stay")
        if not agrees or day:
            return None
        return capitalised(f"{who_} {'có ' * bool(q)}{habit} thức khuya {doing}{' không?' if q else '.'}")
    opening = f"{_DAYS_VI[day]} " if day else ""
    if q:
        return capitalised(f"{opening}{who_} có thức khuya {doing} không?") if q == "did" and verb == "stay" and day \
            else None
    return capitalised(f"{opening}{who_} {'' if day else 'đã '}thức khuya {doing}.") if verb == "stayed" else None


def _exam_vi(text: str) -> str | None:
    """"I have my end-of-term exams tomorrow." as "Ngày mai tôi thi học kỳ.", "My child has final exams next week."
    as "Tuần sau con tôi thi cuối kỳ.", "We had our mid-term exams yesterday." as "Hôm qua chúng tôi thi giữa kỳ.",
    "My child is about to take the grade 10 entrance exam." as "Con tôi sắp thi vào lớp 10." (_EXAM_EN); None for
    anything else, where the verb does not agree with who or the day ("I had my exams tomorrow.")."""
    m = _EXAM_EN.fullmatch(text)
    said = m and _pupil_en(m)
    kind = said and _owned(m, *said)
    if not kind:
        return None
    who_, one = said
    exam = f"thi{' ' * bool(kind[0])}{kind[0]}"
    if m["about"]:
        return capitalised(f"{who_} sắp {exam}.") if not m["day"] and be_agrees(m, m["be"]) else None
    day = _DAYS_VI.get((m["day"] or "").lower())
    way = NEAR_WAY.get(day or "")
    if not day or way not in ("ahead", "today", "behind") or (m["verb"] == "had") != (way == "behind"):
        return None
    if m["verb"] != "had" and (m["verb"] == "has") != one:
        return None
    return capitalised(f"{day} {who_} {exam}.")


def _when_vi(text: str) -> str | None:
    """"When are your exams?" as "Khi nào bạn thi?", "When is your son's maths exam?" as "Khi nào con trai bạn thi
    môn toán?" (_WHEN_EN); None for anything else, and "is" not agreeing ("When is your exams?")."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    named = m["named"] and re.fullmatch(WHO_EN, " ".join(m["named"].split()))
    said = (WHOSE_VI[m["owner"].lower()], False) if m["owner"] else named and _pupil_en(named)
    kind = said and _kind_vi(m)
    if not kind or (m["is"] == "are") != kind[1]:
        return None
    return capitalised(f"Khi nào {said[0]} thi{' ' * bool(kind[0])}{kind[0]}?")


def _results_vi(m: re.Match) -> str:
    """The results of a match of _RESULTS_EN in Vietnamese: "kết quả thi", "kết quả thi học kỳ của tôi"."""
    grade, owner = m["grade"], m["owner"].lower()
    kind = f"vào lớp {grade}" if grade else f"môn {_SUBJECTS_EN[m['subject'].lower()]}" if m["subject"] else \
        _KINDS_EN[keyed(m["kind"])] if m["kind"] else ""
    whose = "" if owner == "the" else f" của {WHOSE_VI[owner]}"
    return f"kết quả thi{' ' * bool(kind)}{kind}{whose}"


def _wait_vi(text: str) -> str | None:
    """"I'm waiting for my exam results." as "Tôi đang đợi kết quả thi.", "My son is still waiting for his exam
    results." as "Con trai tôi vẫn đang đợi kết quả thi.", "Are you waiting for your exam results?" as "Bạn có đang
    đợi kết quả thi không?" (_WAIT_EN); None for anything else, another's results, and asked of oneself."""
    m = _WAIT_EN.fullmatch(text)
    said = m and _pupil_en(m)
    if not said or not _verb_agrees(m, *said):
        return None
    who_, one = said
    if not _own(m, who_, one) or m["q"] and (who_ in ("tôi", "chúng tôi") or m["still"]):
        return None
    results = _results_vi(m).split(" của ")[0]  # (one's own: "kết quả thi")
    if m["q"]:
        return capitalised(f"{who_} có đang đợi {results} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang đợi {results}.")


def _out_vi(text: str) -> str | None:
    """"The exam results are out." as "Đã có kết quả thi rồi.", "Are the exam results out yet?" as "Đã có kết quả
    thi chưa?", "The exam results aren't out yet." as "Vẫn chưa có kết quả thi." ("aren't out": "Chưa có …"), "When
    will the exam results be out?" as "Khi nào có kết quả thi?" (_OUT_EN, _WHEN_OUT_EN); None for anything else."""
    m = _OUT_EN.fullmatch(text)
    if m:
        results, yet, asked = _results_vi(m), (m["yet"] or "").lower(), "?" in m["end"]
        if m["q"]:
            return f"Đã có {results} chưa?" if asked and not m["be"] and not m["not"] and yet in ("", "yet") else None
        if asked or not m["be"]:
            return None
        if m["not"]:
            # ("aren't out yet": "vẫn chưa", still not; "aren't out": "chưa")
            return f"{'Vẫn chưa' if yet else 'Chưa'} có {results}." if yet in ("", "yet") else None
        return f"Đã có {results} rồi." if yet != "yet" else None
    m = _WHEN_OUT_EN.fullmatch(text)
    if not m or (m["w"], " ".join(m["how"].split())) not in (("will", "be out"), ("are", "out"), ("do", "come out")):
        return None
    return f"Khi nào có {_results_vi(m)}?"
