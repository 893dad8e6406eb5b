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

# who sits exams: kin of mt.people.NAMED_WHO, not parents, grandparents, a boss or a pet ("Mẹ tôi" waits for a child's)
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
# ... of which these say no tense ("Sáng nay tôi thi toán.": had, or have?): left from Vietnamese, not from English
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

# ... and in English: an exam ("my end-of-term exams", "the grade 10 entrance exam", "a maths exam", "exams"), which
_WHICH_EN = (rf"(?:(?P<kind>{alternatives(_KINDS_EN)})\s+|(?P<subject>(?i:{alternatives(_SUBJECTS_EN)}))\s+|"
             r"(?:grade|year)\s+(?P<grade>1[0-2]|[1-9])\s+entrance\s+)?")
_KIND_EN = (rf"{_WHICH_EN}(?P<exam>exams?)|(?P<finals>finals)|"
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
_RESULTS_EN = rf"(?P<owner>[Tt]he|(?i:{WHOSE_WORDS}))\s+{_WHICH_EN}exam\s+results"
_WAIT_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<still>\s+still)?\s+waiting\s+for\s+{_RESULTS_EN}"
                r"\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"(?:(?P<q>Are)\s+)?{_RESULTS_EN}(?P<be>\s+are|['’]re)?(?P<not>\s+not|n['’]t)?\s+out"
               r"(?:\s+(?P<yet>yet|now|already))?\s*(?P<end>[.!?]*)")
_WHEN_OUT_EN = lazy(rf"When\s+(?P<w>will|are|do)\s+{_RESULTS_EN}\s+(?P<how>be\s+out|out|come\s+out)\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of one of the shapes taken (the module docstring); None for any other."""
    if src == "vi":
        said = _revise(text) or _late(text) or _exam(text) or _when(text) or _wait(text) or _out(text)
    else:
        text = text.replace("’", "'")
        said = _revise_vi(text) or _late_vi(text) or _exam_vi(text) or _when_vi(text) or _wait_vi(text) or _out_vi(text)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said  # (the end as said)


def _pupil(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my son", True), for one who sits exams (_PUPILS); or None."""
    kin, title = keyed(m["kin"] or ""), keyed(m["title"] or "")
    if kin and (animal(m) or kin not in _PUPILS) or title and title not in ("anh", "chị", "em", "bạn"):
        return None
    return who(m, asked)


def _pupil_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one ("-s"), for one who sits exams; None for others."""
    return None if m["kin"] and KIN_VI[m["kin"].lower()] not in _PUPILS else who_vi(m)


def _kind(m: re.Match) -> tuple[str, bool]:
    """The exam of a match of _KIND in English, and whether many: ("maths exam", False), ("exams", True) for none."""
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


def _now(m: re.Match | None) -> tuple[str, bool] | None:
    """Who of a match of _REVISE or _WAIT in English, and whether asked; None for asked of oneself or with "vẫn"."""
    asked = m and _asked(m)
    said = None if not m or asked is None else _pupil(m, asked)
    if said is None or asked and (said[0] in ("I", "we") or keyed(m["aux"]) != "đang"):
        return None
    return said[0], asked


def _being(m: re.Match, who_: str, asked: bool, doing: str) -> str:
    """Who is doing, of a match of _REVISE or _WAIT, in English: "Are you …?" asked, "I'm still …" said with "vẫn"."""
    if asked:
        return f"{be(who_).capitalize()} {who_} {doing}?"
    still = "" if keyed(m["aux"]) == "đang" else "still "
    return capitalised(contracted(who_, f"{be(who_)} {still}{doing}."))


def _revise(text: str) -> str | None:
    """_REVISE in English: "Tôi đang ôn thi." as "I'm revising for my exams."; None for anything else."""
    m = _REVISE.fullmatch(text)
    said = _now(m)
    if said is None:
        return None
    who_, asked = said
    return _being(m, who_, asked, f"revising for {_phrase(m, whose_own(m, who_))}" if m["exams"] else "revising")


def _late(text: str) -> str | None:
    """_LATE in English: "Tối qua tôi thức khuya ôn bài." as "I stayed up late revising last night.", or None."""
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
    """_EXAM in English: "Mai tôi thi học kỳ." as "I have my end-of-term exams tomorrow."; None for anything else,
    and a day that is not the verb's ("Hôm qua tôi sẽ thi …")."""
    m = _EXAM.fullmatch(text)
    said = None if not m or "?" in m["end"] or m["mai"] and m["given"] or (m["day"] and m["day2"]) else _pupil(m, False)
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
    """_WHEN in English: "Khi nào Lan thi toán?" as "When is Lan's maths exam?"; None for anything else."""
    m = _WHEN.fullmatch(text)
    said = m and _pupil(m, True)
    if not said:
        return None
    kind, many = _kind(m)
    return f"When {'are' if many else 'is'} {EN_WHOSE.get(said[0]) or said[0] + chr(39) + 's'} {kind}?"


def _results(m: re.Match, whose: str | None) -> str:
    """The results of a match of _RESULTS in English, with whose ("the" where not known): "my exam results"."""
    kind, _ = _kind(m)
    kind = kind.removesuffix("s").removesuffix("exam")
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else whose or "the"
    return f"{whose} {kind}exam results"


def _wait(text: str) -> str | None:
    """_WAIT in English: "Tôi đang đợi kết quả thi." as "I'm waiting for my exam results."; None for anything else."""
    m = _WAIT.fullmatch(text)
    said = _now(m)
    if said is None or keyed(m["owner"] or "") == "mình" and said[0] != "I":
        return None  # ("Anh ấy đang đợi kết quả thi của mình.": his own, or the speaker's, "mình" as I?)
    who_, asked = said
    return _being(m, who_, asked, f"waiting for {_results(m, whose_own(m, who_))}")


def _out(text: str) -> str | None:
    """_OUT, _OUT2 in English: "Đã có kết quả thi chưa?" as "Are the exam results out yet?"; None for anything else."""
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


def _thi(m: re.Match, grade: str | None) -> str:
    """The exam of a match of _KIND_EN or _RESULTS_EN in Vietnamese: "thi vào lớp 10", "thi môn toán", "thi"."""
    if grade:
        return f"thi vào lớp {grade}"
    if m["subject"]:
        return f"thi môn {_SUBJECTS_EN[m['subject'].lower()]}"
    return f"thi {_KINDS_EN[keyed(m['kind'])]}" if m["kind"] else "thi"


def _kind_vi(m: re.Match) -> tuple[str, bool] | None:
    """The exam of a match of _KIND_EN in Vietnamese (_thi) and whether many; None for "maths exams" and the like."""
    if m["finals"]:
        return "thi cuối kỳ", True
    many = m["exam"] == "exams"
    grade = m["grade"] or m.groupdict().get("grade2")
    if many and (grade or m["subject"] or m["kind"] and "entrance" in m["kind"]):
        return None
    return _thi(m, grade), many


def _owned(m: re.Match, who_: str, one: bool) -> tuple[str, bool] | None:
    """The exam of a match of _OWNED_EN in Vietnamese and whether many (_kind_vi), where its whose is who's own, "the",
    "a" or "an" (agreeing) for one subject's exam, or none for many; None for anything else."""
    kind = _kind_vi(m)
    owner = (m["owner"] or "").lower()
    if kind is None or owner in ("a", "an") and not (m["subject"] and not kind[1] and owner == a_or_an(m["subject"])):
        return None  # (one subject's exam, the article agreeing: "a maths exam", "an English exam")
    if not owner:
        return kind if kind[1] else None
    return kind if owner in ("the", "a", "an") or _own(m, who_, one) else None


def _own(m: re.Match, who_: str, one: bool) -> bool | None:
    """mt.hobbies.own_thing, but False for "his" after a woman's name (mt.names.WOMEN): another's."""
    if m["given"] in _WOMEN_EN and m["owner"].lower() == "his":
        return False
    return own_thing(m, who_, one)


def _doing(m: re.Match, who_: str, one: bool) -> str | None:
    """What is revised ("ôn thi học kỳ", "ôn bài"), of a match of _REVISE_EN or _LATE_EN; None where not _owned."""
    if not (m["exam"] or m["finals"] or m["grade2"]):  # ("the entrance exam for grade 10" says no "exam" group)
        return "ôn bài"
    kind = _owned(m, who_, one)
    return kind and f"ôn {kind[0]}"


def _verb_agrees(m: re.Match, who_: str, one: bool) -> bool:
    """Whether be of a match ("Are you" asked, "you're" said) agrees with who, "?" ending just what is asked."""
    if m["q"]:
        return not m["be"] and "?" in m["end"] and m["q"].lower() == be_of(who_, one)
    return "?" not in m["end"] and be_agrees(m, m["be"])


def _being_vi(m: re.Match, who_: str, doing: str) -> str | None:
    """Who is doing, of a match of _REVISE_EN or _WAIT_EN, in Vietnamese; None for "still" and oneself asked."""
    if not m["q"]:
        return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {doing}.")
    return None if who_ in ("tôi", "chúng tôi") or m["still"] else capitalised(f"{who_} có đang {doing} không?")


def _revise_vi(text: str) -> str | None:
    """_REVISE_EN in Vietnamese: "I'm revising for my exams." as "Tôi đang ôn thi."; None for anything else, and
    another's exams ("I'm revising for your exams.")."""
    m = _REVISE_EN.fullmatch(text)
    said = m and _pupil_en(m)
    doing = said and _verb_agrees(m, *said) and _doing(m, *said)
    if not doing or m["verb"] == "studying" and doing == "ôn bài":
        return None  # ("studying" alone is not revising)
    return _being_vi(m, said[0], doing)


def _late_vi(text: str) -> str | None:
    """_LATE_EN in Vietnamese: "I stayed up late revising last night." as "Tối qua tôi thức khuya ôn bài."; None for
    anything else, and the verb not agreeing with who or the day ("I stay up late revising last night.")."""
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
    if q == "did" and verb == "stay" and day:
        return capitalised(f"{opening}{who_} có thức khuya {doing} không?")
    return None if q or verb != "stayed" else capitalised(f"{opening}{who_} {'' if day else 'đã '}thức khuya {doing}.")


def _exam_vi(text: str) -> str | None:
    """_EXAM_EN in Vietnamese: "I have my end-of-term exams tomorrow." as "Ngày mai tôi thi học kỳ."; None for anything
    else, and where the verb does not agree with who or the day ("I had my exams tomorrow.")."""
    m = _EXAM_EN.fullmatch(text)
    said = m and _pupil_en(m)
    kind = said and _owned(m, *said)
    if not kind:
        return None
    who_, one = said
    if m["about"]:
        return capitalised(f"{who_} sắp {kind[0]}.") if not m["day"] and be_agrees(m, m["be"]) else None
    day = _DAYS_VI.get((m["day"] or "").lower())
    way = NEAR_WAY.get(day or "")
    if (not day or way not in ("ahead", "today", "behind") or (m["verb"] == "had") != (way == "behind")
            or m["verb"] != "had" and (m["verb"] == "has") != one):
        return None
    return capitalised(f"{day} {who_} {kind[0]}.")


def _when_vi(text: str) -> str | None:
    """_WHEN_EN in Vietnamese: "When are your exams?" as "Khi nào bạn thi?"; None for anything else."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    named = m["named"] and re.fullmatch(WHO_EN, " ".join(m["named"].split()))
    said = (WHOSE_VI[m["owner"].lower()], False) if m["owner"] else named and _pupil_en(named)
    kind = said and _kind_vi(m)
    if not kind or (m["is"] == "are") != kind[1]:
        return None
    return capitalised(f"Khi nào {said[0]} {kind[0]}?")  # (and "is" agreeing: not "When is your exams?")


def _results_vi(m: re.Match) -> str:
    """The results of a match of _RESULTS_EN in Vietnamese: "kết quả thi", "kết quả thi học kỳ của tôi"."""
    owner = m["owner"].lower()
    whose = "" if owner == "the" else f" của {WHOSE_VI[owner]}"
    return f"kết quả {_thi(m, m['grade'])}{whose}"


def _wait_vi(text: str) -> str | None:
    """_WAIT_EN in Vietnamese: "I'm waiting for my exam results." as "Tôi đang đợi kết quả thi."; None for any other."""
    m = _WAIT_EN.fullmatch(text)
    said = m and _pupil_en(m)
    if not said or not _verb_agrees(m, *said) or not _own(m, *said):
        return None
    return _being_vi(m, said[0], f"đợi {_results_vi(m).split(' của ')[0]}")  # (one's own: "kết quả thi")


def _out_vi(text: str) -> str | None:
    """_OUT_EN, _WHEN_OUT_EN in Vietnamese: "The exam results aren't out yet." as "Vẫn chưa có kết quả thi." ("aren't
    out": "Chưa có …"); None for anything else."""
    m = _OUT_EN.fullmatch(text)
    if m:
        results, yet, asked = _results_vi(m), (m["yet"] or "").lower(), "?" in m["end"]
        if m["q"]:
            return f"Đã có {results} chưa?" if asked and not m["be"] and not m["not"] and yet in ("", "yet") else None
        if asked or not m["be"]:
            return None
        if m["not"]:
            return f"{'Vẫn chưa' if yet else 'Chưa'} có {results}." if yet in ("", "yet") else None
        return f"Đã có {results} rồi." if yet != "yet" else None
    m = _WHEN_OUT_EN.fullmatch(text)
    if not m or (m["w"], " ".join(m["how"].split())) not in (("will", "be out"), ("are", "out"), ("do", "come out")):
        return None
    return f"Khi nào có {_results_vi(m)}?"
