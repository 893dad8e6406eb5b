"""Being called up to the board in class and tested on the last lesson at the start of it, both ways, written whole by
rule: the teacher calling someone up ("gọi … lên bảng"), someone called up, tested on the last lesson ("bị kiểm tra
bài cũ"), afraid of either, not having studied the last lesson, and the mark got for it. v8 (rules on) reads "bảng"
as a table, "bài cũ" as an old song or article, "kiểm tra miệng" as a mouth: "Cô giáo gọi tôi lên bảng." → "The
teacher called me on the table.", "Cô gọi tôi lên bảng." → "Call me to the table.", "Hôm nay tôi bị gọi lên bảng." →
"I'm called on the table today.", "Tôi sợ bị kiểm tra bài cũ." → "I'm afraid to get an old test.", "Hôm nay cô kiểm
tra bài cũ." → "Today she checked the old song.", "Tôi chưa học bài cũ." → "I'm not learning old.", "Tôi được điểm
mười kiểm tra miệng." → "I was ten points of my mouth."; and back, "The teacher called me up to the board." → "Thầy
giáo viên gọi tôi lên bàn.", "I'm afraid of being tested on the last lesson." → "Tôi sợ được thử nghiệm trên bài học
cuối cùng.", "I often get called up to the board." → "Tôi thường được gọi lên bàn cờ.", "I've just been called up to
the board." → "Tôi vừa gọi lên cái bảng.".

Taken: the teacher ("cô giáo", "thầy giáo", "giáo viên", "cô", "thầy" alone; "the teacher", written "cô giáo" as
mt/school_trouble.py writes it) calling whom (mt.hobbies.WHOM, WHOM_EN; not a pet) up to the board, "to be tested on
the last lesson" ("… lên bảng kiểm tra bài cũ", "… trả bài"), or testing the class on it ("us"): done (a plain verb,
"đã", a near day behind or today of mt.dates.near_days), just ("vừa"), often, always, not on a day, not yet, never,
asked on a day ("có … không?"), often ("có hay … không?") or yet ("đã … chưa?"); who (mt.hobbies.WHO, WHO_EN; not a
pet, not "I" asked) called up or tested so ("bị gọi lên bảng", "bị kiểm tra bài cũ"; "bị cô gọi lên bảng": the teacher
called whom), as the same; who afraid of being called up or tested (very, not, asked); who has not studied, forgot to
study the last lesson ("chưa học bài cũ", "quên học bài cũ"), asked ("đã … chưa?"); who got a mark in the oral test
("kiểm tra miệng") or at the board ("khi lên bảng"): good, bad, high, low, or N out of ten ("bị" under five, "được" five
and over), done or just.
Left: "cô", "thầy" alone asking ("Cô có gọi tôi lên bảng không?": you, asked?), with "bạn" after them, with "sẽ" or
"nhé" (the teacher speaking), testing with no day, "đã" or "vừa" (a habit, or the teacher saying what she will do), or
on a day of today plainly or with "không", testing or calling someone not the speaker's own ("Hôm nay cô kiểm tra bài
cũ.": today I test you?), "mới" (just, or the new teacher?), "em", "anh", "chị" alone, whom as "em" ("Cô gọi em lên
bảng.": the speaker?), "ba bạn" as who or whom (three pupils, or your father?), "thế", "vậy" ending a statement, "gọi
trả bài" with no board (called on where?), writing on the board ("viết lên bảng"), a plain "có … không?" with no day
(did, or does?), days with a habit, "Cô Lan gọi …" (a teacher by name), "Are you really afraid …?" (truly?), praise and
telling off (mt/school_trouble.py), marks in a subject (mt/school_reports.py), tests and exams (mt/exams.py), homework
(mt/homework.py), and anything else.
mt.phrasebook.translate tries these after mt/tolls.py.

    >>> translate("Cô giáo gọi tôi lên bảng.", "vi", "en"), translate("I was called up to the board.", "en", "vi")
    ('The teacher called me up to the board.', 'Tôi bị gọi lên bảng.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, em_speaking, first_agrees, pet, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS, en_word
from .rule_keys import key_checked
from .text import EN_OBJECT, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lên\s+bảng|bài\s+cũ|kiểm\s+tra\s+miệng)"),
         "en": lazy(r"(?i:board|last\s+lesson|oral\s+test)")}
# the days a call or a test is told on: behind, or today (done by now)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                  "hôm nay", "sáng nay", "chiều nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_TODAY = {vi for vi in _DAYS if vi.endswith(" nay")}  # (the teacher may say what she will do on these)
_TEACHER = r"(?P<teacher>(?i:cô\s+giáo|thầy\s+giáo|giáo\s+viên|cô|thầy))"
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
# how it is said before the verb: done, just, often, always, not, not yet, never ("mới" left: the new teacher?)
_HOW = {"đã": "", "vừa": "just", "vừa mới": "just", "hay": "often", "thường": "often", "thường xuyên": "often",
        "luôn": "always", "luôn luôn": "always", "lúc nào cũng": "always", "không": "not", "chưa": "yet",
        "chưa bao giờ": "never", "chưa từng": "never"}
_HOW_VI = {"": "", "done": "đã", "just": "vừa", "often": "hay", "always": "luôn", "not": "không", "yet": "chưa",
           "never": "chưa bao giờ"}
_ASKING = rf"(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?"
_END = rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}"
# what is done: called up to the board (to be tested on the last lesson), or tested on it
_UP = r"lên\s+bảng(?P<extra>\s+(?:kiểm\s+tra\s+bài\s+cũ|trả\s+bài))?"
_TESTED = r"kiểm\s+tra\s+bài\s+cũ"
_EXTRA_EN = " to be tested on the last lesson"
_EXTRA = r"\s+to\s+be\s+tested\s+on\s+the\s+last\s+lesson"

# the teacher calling whom up, or testing the class ("Cô giáo gọi tôi lên bảng.", "Hôm nay cô kiểm tra bài cũ.")
_CALLS = lazy(rf"{_DAY}{_TEACHER}\s+{_ASKING}(?:gọi\s+{WHOM}\s+{_UP}|(?P<test>{_TESTED})){_DAY2}{_END}")
# who called up or tested, by the teacher or not ("Hôm nay tôi bị gọi lên bảng.", "Tôi bị cô kiểm tra bài cũ.")
_CALLED = lazy(rf"{_DAY}{WHO}\s+{_ASKING}bị\s+(?:{_TEACHER}\s+)?(?:gọi\s+{_UP}|(?P<test>{_TESTED})){_DAY2}{_END}")
# who afraid of it ("Tôi sợ bị kiểm tra bài cũ.", "Bạn có sợ bị gọi lên bảng không?")
_AFRAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<very>rất)\s+)?sợ\s+bị\s+"
               rf"(?:gọi\s+{_UP}|(?P<test>{_TESTED}))(?:\s+(?P<much>lắm))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who has not studied the last lesson ("Tôi chưa học bài cũ.", "Bạn đã học bài cũ chưa?")
_STUDIED = lazy(rf"{WHO}\s+(?:(?P<how>chưa|quên|đã)\s+)?học\s+bài\s+cũ(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# the mark got for it ("Tôi được điểm mười kiểm tra miệng.", "Hôm nay con tôi bị điểm kém khi lên bảng.")
_MARKS = {"kém": ("bị", "a bad mark"), "xấu": ("bị", "a bad mark"), "thấp": ("bị", "a low mark"),
          "tốt": ("được", "a good mark"), "cao": ("được", "a high mark")}
_MARKS_VI = {en: (got, vi) for vi, (got, en) in reversed(_MARKS.items())}
_N = rf"(?:10|\d|{alternatives(VI_NUMBER_WORDS)})"
_WHERE = {"ở bài kiểm tra miệng": "in the oral test", "bài kiểm tra miệng": "in the oral test",
          "kiểm tra miệng": "in the oral test", "khi lên bảng": "at the board"}
_WHERE_VI = {en: vi for vi, en in reversed(_WHERE.items())}
_MARK = lazy(rf"{_DAY}{WHO}\s+(?:(?P<how>đã|vừa)\s+)?(?P<got>bị|được)\s+(?:điểm\s+(?:(?P<kind>{alternatives(_MARKS)})|"
             rf"(?P<n>{_N}))|(?P<n2>{_N})\s+điểm)\s+(?P<where>{alternatives(_WHERE)}){_DAY2}{SOFTENED_END}")

# ... in English ("’" written "'" before these are tried)
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_PP_EN = (rf"(?:(?P<up>called\s+up\s+to\s+the\s+board)(?P<extra>{_EXTRA})?|"
          r"(?P<test>tested\s+on\s+the\s+last\s+lesson))")
_CALLS_EN = lazy(rf"(?:(?P<q>Did|Does|Has)\s+)?(?P<teacher>[Tt]he\s+teacher)(?P<aux>(?:\s+(?:has|hasn['’]t|just|often|"
                 r"always|never|didn['’]t|did\s+not|has\s+not))*)\s+(?P<verb>called|calls|call|tested|tests|test)\s+"
                 rf"{WHOM_EN}\s+(?:(?P<up>up\s+to\s+the\s+board)(?P<extra>{_EXTRA})?|"
                 rf"(?P<on>on\s+the\s+last\s+lesson)){_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_CALLED_EN = lazy(rf"(?:(?P<q>Was|Were|Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>(?:\s+(?:was|were|wasn['’]t|weren['’]t|"
                  r"not|has|have|hasn['’]t|haven['’]t|just|never|been|often|always|get|gets|got)|['’](?:s|ve))*)\s+"
                  rf"{_PP_EN}{_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_AFRAID_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|'s|'m|'re)?(?P<not>\s+not|n't)?"
                  rf"(?:\s+(?P<very>really|very))?\s+(?:afraid|scared)\s+of\s+being\s+{_PP_EN}\s*(?P<end>[.!?]*)")
_STUDIED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+not|n['’]t)|['’]ve\s+not|"
                   r"\s+forgot\s+to)?\s+(?P<verb>studied|study)\s+the\s+last\s+lesson(?:\s+(?P<yet>yet))?"
                   r"\s*(?P<end>[.!?]*)")
_MARK_EN = lazy(rf"{WHO_EN}(?P<just>\s+(?:has|have)\s+just|['’](?:s|ve)\s+just)?\s+got\s+(?:(?P<kind>"
                rf"{alternatives(_MARKS_VI)})|(?P<n>10|\d|(?i:{alternatives(EN_NUMBER_WORDS[:11])}))\s+out\s+of\s+"
                rf"(?:ten|10))\s+(?P<where>{alternatives(_WHERE_VI)}){_DAY_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of being called up to the board, or tested on the last lesson, afraid of it,
    not having studied it, or the mark got for it; None for any other."""
    if src == "vi":
        return _calls(text) or _called(text) or _afraid(text) or _studied(text) or _mark(text)
    text = text.replace("’", "'")
    return _calls_vi(text) or _called_vi(text) or _afraid_vi(text) or _studied_vi(text) or _mark_vi(text)


def _how(m: re.Match) -> tuple[str, bool] | None:
    """How a match of _CALLS or _CALLED says it (a key of _HOW_VI) and whether it asks: ("", True) for "có … không?"
    on a day, ("often", True) for "có hay … không?", ("yet", True) for "đã … chưa?"; None for "có" or "không?"
    alone, a "?" on a statement, a day with anything but done or not, and "không" or "có … không?" with no day."""
    how, tail, day, asked = keyed(m["how"] or ""), keyed(m["asked"] or ""), m["day"] or m["day2"], "?" in m["end"]
    if bool(tail) != asked or bool(m["ask"]) != (tail == "không") or m["day"] and m["day2"]:
        return None
    if tail == "không":
        said = {"": "", "hay": "often", "thường": "often"}.get(how)
    elif tail == "chưa":
        said = "yet" if how in ("", "đã") else None
    else:
        said = _HOW.get(how, "")  # (no "không" or "chưa" after: a statement)
    if said is None or day and said not in ("", "not") or not day and (said == "not" or asked and said == ""):
        return None  # (a plain "không" or "có … không?": did, or does?)
    if not asked and STRESSED_SAID.search(m.string):
        return None  # ("thế", "vậy" ending a statement say more)
    return said, asked


def _three(said: str | None) -> bool:
    """Whether someone said is "ba bạn" ("của" not said): in class three pupils as well as your father."""
    return keyed(said or "") == "ba bạn"


def _left_who(m: re.Match) -> bool:
    """Whether who of a match of WHO is left: a pet, "em" speaking (mt.hobbies.em_speaking), or "ba bạn" (_three)."""
    return animal(m) or em_speaking(m) or bool(m["kin"]) and _three(m.string[m.start("kin"):m.end("whose")])


def _speakers(whom: str) -> bool:
    """Whether whom in English is the speaker or the speaker's own ("me", "us", "my son")."""
    return whom in ("me", "us") or whom.startswith(("my ", "our "))


def _day_en(m: re.Match) -> str:
    """The day of a match in English, with a space before it ("hôm nay": " today"); "" for none."""
    day = m["day"] or m.groupdict().get("day2")
    return f" {_DAYS[keyed(day)]}" if day else ""


def _teacher_en(how: str, asked: bool, verb: str, rest: str, day: str) -> str:
    """The teacher calling or testing (`verb` "call" or "test") whom (`rest`: "me up to the board"), in English as
    `how` and `asked` say it: "The teacher called me up to the board today.", "Did the teacher call you …?"."""
    past = f"{verb}ed"
    said = {"": f"{past} {rest}{day}.", "just": f"has just {past} {rest}.", "often": f"often {verb}s {rest}.",
            "always": f"always {verb}s {rest}.", "not": f"didn't {verb} {rest}{day}.",
            "yet": f"hasn't {past} {rest} yet.", "never": f"has never {past} {rest}."}
    asked_said = {"": f"Did the teacher {verb} {rest}{day}?", "often": f"Does the teacher often {verb} {rest}?",
                  "yet": f"Has the teacher {past} {rest} yet?"}
    return asked_said[how] if asked else f"The teacher {said[how]}"


def _done_en(m: re.Match) -> tuple[str, str]:
    """The verb ("call", "test") of a match of _CALLS or _CALLED, and what is said after whom ("up to the board",
    "up to the board to be tested on the last lesson", "on the last lesson")."""
    if m["test"]:
        return "test", "on the last lesson"
    return "call", f"up to the board{_EXTRA_EN if m['extra'] else ''}"


def _calls(text: str) -> str | None:
    """"Cô giáo gọi tôi lên bảng." as "The teacher called me up to the board.", "Hôm qua cô kiểm tra bài cũ." as "The
    teacher tested us on the last lesson yesterday.", "Thầy giáo có hay gọi bạn lên bảng không?" as "Does the teacher
    often call you up to the board?" (_CALLS); None for anything else, a pet, "ba bạn", "cô", "thầy" alone asking,
    or on a day of today plainly or with "không" unless calling the speaker's own, and the class tested with no day
    or "đã" (a habit, or the teacher speaking?)."""
    m = _CALLS.fullmatch(text)
    said = m and _how(m)
    if not said:
        return None
    how, asked = said
    # "cô", "thầy" alone asking, or with "bạn" after them, may be the teacher spoken to or speaking ("Cô gọi bạn Lan
    # lên bảng."); the class tested by them plainly, or by "cô giáo" with nothing said before the verb, a habit
    bare, how_said = keyed(m["teacher"]) in ("cô", "thầy"), keyed(m["how"] or "")
    if bare and (asked or f"{keyed(m['whom'] or '')} ".startswith("bạn ")) or m["test"] and not (
            m["day"] or m["day2"] or how_said in ("đã", "vừa") or how_said and not bare):
        return None
    whom = "us" if m["test"] else as_whom(m["whom"], "vi")
    if whom is None or pet(m["whom"], "vi") or _three(m["whom"]):
        return None
    # "cô", "thầy" alone today, plainly or not, may be the teacher saying what she will do ("Hôm nay cô kiểm tra bài
    # cũ.": today I test you; "Hôm nay thầy gọi Minh lên bảng."), not where whom is the speaker's ("gọi tôi")
    if bare and how_said in ("", "không") and keyed(m["day"] or m["day2"] or "") in _TODAY and (
            m["test"] or not _speakers(whom)):
        return None
    verb, rest = _done_en(m)
    return _teacher_en(how, asked, verb, f"{whom} {rest}", _day_en(m))


def _called(text: str) -> str | None:
    """"Hôm nay tôi bị gọi lên bảng." as "I was called up to the board today.", "Tôi vừa bị kiểm tra bài cũ." as "I've
    just been tested on the last lesson.", "Tôi bị cô giáo gọi lên bảng." as "The teacher called me up to the board."
    (_CALLED); None for anything else, a pet, "I" asked, and "em" asking with "ạ" (the speaker)."""
    m = _CALLED.fullmatch(text)
    said = m and _how(m)
    if not said or _left_who(m):
        return None
    how, asked = said
    person = who(m, asked)
    if person is None or asked and person[0] == "I":
        return None
    who_, one = person
    verb, rest = _done_en(m)
    day = _day_en(m)
    if m["teacher"]:
        return _teacher_en(how, asked, verb, f"{EN_OBJECT.get(who_, who_)} {rest}", day)
    pp = f"{verb}ed {rest}"
    was, has, does = ("was" if one or who_ == "I" else "were"), ("has" if one else "have"), ("does" if one else "do")
    if asked:
        return {"": f"{was.capitalize()} {who_} {pp}{day}?", "often": f"{does.capitalize()} {who_} often get {pp}?",
                "yet": f"{has.capitalize()} {who_} been {pp} yet?"}[how]
    said = {"": f"{was} {pp}{day}", "just": f"{has} just been {pp}", "often": f"often get{'s' * one} {pp}",
            "always": f"always get{'s' * one} {pp}", "not": f"{was}n't {pp}{day}", "yet": f"{has}n't been {pp} yet",
            "never": f"{has} never been {pp}"}[how]
    return capitalised(contracted(who_, said) + ".")


def _afraid(text: str) -> str | None:
    """"Tôi sợ bị kiểm tra bài cũ." as "I'm afraid of being tested on the last lesson.", "Con gái tôi rất sợ bị gọi
    lên bảng." as "My daughter is really afraid of being called up to the board.", "Bạn có sợ bị gọi lên bảng không?"
    as "Are you afraid of being called up to the board?" (_AFRAID); None for anything else."""
    m = _AFRAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (asked or m["very"] or m["much"]):
        return None
    if _left_who(m) or not asked and STRESSED_SAID.search(text):
        return None
    person = who(m, asked)
    if person is None or asked and person[0] == "I":
        return None
    who_ = person[0]
    verb, rest = _done_en(m)
    pp = f"{verb}ed {rest}"
    very = ("very " if asked else "really ") if m["very"] or m["much"] else ""  # (asked, "really" is "truly")
    if asked:
        return f"{be(who_).capitalize()} {who_} {very}afraid of being {pp}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {very}afraid of being {pp}") + ".")


def _studied(text: str) -> str | None:
    """"Tôi chưa học bài cũ." as "I haven't studied the last lesson yet.", "Con tôi quên học bài cũ." as "My child
    forgot to study the last lesson.", "Bạn đã học bài cũ chưa?" as "Have you studied the last lesson yet?"
    (_STUDIED); None for anything else, and a plain "học bài cũ" (a habit, or done?)."""
    m = _STUDIED.fullmatch(text)
    asked = bool(m and m["asked"])
    how = keyed(m["how"] or "") if m else ""
    if not m or asked != ("?" in m["end"]) or (how in ("", "đã")) != asked or _left_who(m):
        return None
    if not asked and STRESSED_SAID.search(text):
        return None  # ("thế", "vậy" ending a statement say more)
    person = who(m, asked)
    if person is None or asked and person[0] == "I":
        return None
    who_, one = person
    has = "has" if one else "have"
    if asked:
        return f"{has.capitalize()} {who_} studied the last lesson yet?"
    said = "forgot to study the last lesson" if how == "quên" else f"{has}n't studied the last lesson yet"
    return capitalised(f"{who_} {said}.")


def _mark(text: str) -> str | None:
    """"Tôi được điểm mười kiểm tra miệng." as "I got ten out of ten in the oral test.", "Hôm nay con tôi bị điểm
    kém khi lên bảng." as "My child got a bad mark at the board today." (_MARK); None for anything else, "bị" with a
    good mark or one of five and over, "được" with a bad one, and "vừa" with a day."""
    m = _MARK.fullmatch(text)
    if not m or "?" in m["end"] or m["day"] and m["day2"] or _left_who(m) or STRESSED_SAID.search(text):
        return None
    person, got = who(m, False), keyed(m["got"])
    if person is None or keyed(m["how"] or "") == "vừa" and (m["day"] or m["day2"]):
        return None
    if m["kind"]:
        need, mark = _MARKS[keyed(m["kind"])]
    else:  # ("bị" a mark under five, "được" five and over: "bị điểm tám" is not said)
        said = m["n"] or m["n2"]  # (a mark of _N: "10" as 10, "tám" as 8)
        n = int(said) if said.isdigit() else VI_NUMBER_WORDS.index(keyed(said))
        need, mark = ("bị" if n < 5 else "được"), f"{en_word(n)} out of ten"
    if got != need:
        return None
    who_, one = person
    verb = f"{'has' if one else 'have'} just got" if m["how"] and keyed(m["how"]) == "vừa" else "got"
    return capitalised(contracted(who_, f"{verb} {mark} {_WHERE[keyed(m['where'])]}{_day_en(m)}") + ".")


def _aux(said: str | None) -> str:
    """English auxiliaries in small letters, one space apart, written out ("'ve" as "have", "n't" as " not")."""
    said = (said or "").lower().replace("n't", " not").replace("'ve", " have").replace("'s", " has")
    return " ".join(said.split())


# (question's first word, auxiliaries): how it is said, for _calls_vi ("Did", "didn't") and _called_vi ("was")
_TEACHER_HOWS = {("", ""): ("", False), ("", "has just"): ("just", False), ("", "often"): ("often", False),
                 ("", "always"): ("always", False), ("", "did not"): ("not", False), ("", "has not"): ("yet", False),
                 ("", "has never"): ("never", False), ("did", ""): ("", True), ("does", "often"): ("often", True),
                 ("has", ""): ("yet", True)}
_VERB_OF = {"": "past", "just": "past", "often": "s", "always": "s", "not": "base", "yet": "past", "never": "past"}


def _vi_day(m: re.Match) -> str:
    """The day of an English match in Vietnamese, opening the sentence ("today": "Hôm nay "); "" for none."""
    return f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""


def _said_vi(day: str, who_: str, how: str, asked: bool, done: str) -> str:
    """A Vietnamese sentence of who (`who_`) and what was `done` ("bị gọi lên bảng"), as `how` and `asked` say it:
    "Hôm nay tôi bị gọi lên bảng.", "Bạn có hay bị gọi lên bảng không?", "Bạn đã bị gọi lên bảng chưa?"."""
    if asked:
        said = f"{who_} đã {done} chưa?" if how == "yet" else f"{who_} có {'hay ' * (how == 'often')}{done} không?"
    else:
        said = f"{who_} {_HOW_VI[how] + ' ' if how else ''}{done}."
    return capitalised(f"{day}{said}")


def _day_fits(how: str, day: str | None, yet: str | None) -> bool:
    """Whether a day and "yet" said fit how it is said: a day only with done or not ("Did …", "didn't": English says
    the past, a day or none), "yet" only with not yet."""
    return bool(yet) == (how == "yet") and (not day or how in ("", "not"))


def _calls_vi(text: str) -> str | None:
    """"The teacher called me up to the board." as "Cô giáo gọi tôi lên bảng.", "The teacher tested us on the last
    lesson today." as "Hôm nay cô giáo kiểm tra bài cũ.", "Did the teacher call you up to the board today?" as "Hôm
    nay cô giáo có gọi bạn lên bảng không?" (_CALLS_EN); None for anything else, and a verb that does not fit how
    it is said ("The teacher often called me")."""
    m = _CALLS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["up"]) == m["verb"].startswith("test"):
        return None
    said = _TEACHER_HOWS.get(((m["q"] or "").lower(), _aux(m["aux"])))
    if said is None or m["q"] and m["teacher"][0] != "t" or not m["q"] and m["teacher"][0] != "T":
        return None
    how, asked = said
    base = "call" if m["verb"].startswith("call") else "test"
    form = "base" if asked and how != "yet" else _VERB_OF[how]
    if m["verb"] != {"base": base, "past": f"{base}ed", "s": f"{base}s"}[form] or \
            not _day_fits(how, m["day"], m["yet"]):
        return None
    if m["whom"].lower() == "us" and base == "test":  # (the class tested: "tested us" as Vietnamese says it)
        day = _vi_day(m)
        return _said_vi(day, "cô giáo", how or ("" if day or asked else "done"), asked, "kiểm tra bài cũ")
    whom = as_whom(m["whom"], "en")
    if whom is None or pet(m["whom"], "en"):
        return None
    if base == "test":
        return _said_vi(_vi_day(m), whom, how, asked, "bị cô giáo kiểm tra bài cũ")
    extra = " kiểm tra bài cũ" if m["extra"] else ""
    return _said_vi(_vi_day(m), "cô giáo", how, asked, f"gọi {whom} lên bảng{extra}")


def _called_vi(text: str) -> str | None:
    """"I was called up to the board today." as "Hôm nay tôi bị gọi lên bảng.", "I often get called up to the
    board." as "Tôi hay bị gọi lên bảng.", "Have you been tested on the last lesson yet?" as "Bạn đã bị kiểm tra bài
    cũ chưa?" (_CALLED_EN); None for anything else, and a verb that does not agree with who ("I were", "She get")."""
    m = _CALLED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, aux = (m["q"] or "").lower(), _aux(m["aux"])
    was, has, gets = ("was" if one or who_ == "tôi" else "were"), ("has" if one else "have"), ("gets" if one else "get")
    hows = {("", was): ("", False), ("", "got"): ("", False), ("", f"{has} just been"): ("just", False),
            ("", f"often {gets}"): ("often", False), ("", f"always {gets}"): ("always", False),
            ("", f"{was} not"): ("not", False), ("", f"{has} not been"): ("yet", False),
            ("", f"{has} never been"): ("never", False), (was, ""): ("", True), (has, "been"): ("yet", True),
            ("does" if one else "do", "often get"): ("often", True)}
    said = hows.get((q, aux))
    if said is None or animal(m) or said[1] and who_ == "tôi" or not _day_fits(said[0], m["day"], m["yet"]):
        return None
    done = "bị kiểm tra bài cũ" if m["test"] else f"bị gọi lên bảng{' kiểm tra bài cũ' if m['extra'] else ''}"
    return _said_vi(_vi_day(m), who_, *said, done)


def _afraid_vi(text: str) -> str | None:
    """"I'm afraid of being tested on the last lesson." as "Tôi sợ bị kiểm tra bài cũ.", "Are you afraid of being
    called up to the board?" as "Bạn có sợ bị gọi lên bảng không?", "He isn't afraid of being called up to the
    board." as "Anh ấy không sợ bị gọi lên bảng." (_AFRAID_EN); None for anything else, "is" not agreeing, and
    "really" or "very" asked."""
    m = _AFRAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    if m["q"] and (m["not"] or m["very"]):
        return None  # ("Are you not …?"; asked, "really" may be "truly": "Are you really afraid …?")
    who_, one = who_vi(m)
    first = (m["q"] or m["be"]).strip().lower()
    if not first_agrees(first, who_, one) or m["not"] and m["very"] or animal(m) or m["q"] and who_ == "tôi":
        return None
    done = "bị kiểm tra bài cũ" if m["test"] else f"bị gọi lên bảng{' kiểm tra bài cũ' if m['extra'] else ''}"
    very = "rất " if m["very"] else ""
    if m["q"]:
        return capitalised(f"{who_} có sợ {done} không?")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}{very}sợ {done}.")


def _studied_vi(text: str) -> str | None:
    """"I haven't studied the last lesson yet." as "Tôi chưa học bài cũ.", "He forgot to study the last lesson." as
    "Anh ấy quên học bài cũ.", "Have you studied the last lesson yet?" as "Bạn đã học bài cũ chưa?" (_STUDIED_EN);
    None for anything else."""
    m = _STUDIED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux, has = _aux(m["aux"]), "has" if one else "have"
    if m["q"]:
        ok = m["q"].lower() == has and not aux and m["verb"] == "studied" and m["yet"] and who_ != "tôi"
        return capitalised(f"{who_} đã học bài cũ chưa?") if ok else None
    if aux == "forgot to" and m["verb"] == "study" and not m["yet"]:
        return capitalised(f"{who_} quên học bài cũ.")
    ok = aux == f"{has} not" and m["verb"] == "studied"
    return capitalised(f"{who_} chưa học bài cũ.") if ok else None


def _mark_vi(text: str) -> str | None:
    """"I got ten out of ten in the oral test." as "Tôi được điểm 10 kiểm tra miệng.", "My son got a bad mark at the
    board today." as "Hôm nay con trai tôi bị điểm kém khi lên bảng." (_MARK_EN); None for anything else."""
    m = _MARK_EN.fullmatch(text)
    if not m or animal(m) or m["just"] and m["day"]:
        return None
    who_, one = who_vi(m)
    if m["just"] and _aux(m["just"]) != f"{'has' if one else 'have'} just":
        return None
    if m["kind"]:
        got, mark = _MARKS_VI[keyed(m["kind"])]
    else:
        n = int(m["n"]) if m["n"].isdigit() else EN_NUMBER_WORDS.index(m["n"].lower())
        got, mark = ("bị" if n < 5 else "được"), str(n)
    just = "vừa " if m["just"] else ""
    return capitalised(f"{_vi_day(m)}{who_} {just}{got} điểm {mark} {_WHERE_VI[keyed(m['where'])]}.")
