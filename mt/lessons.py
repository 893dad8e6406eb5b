"""Lessons in music, sport and dance, both ways, written whole by rule: who takes lessons, has one on a day or every
week, goes to classes or practice, is learning an instrument, wants to, how long for, and who teaches it. v8 (rules
on) reads "học" as the past or as school, "học đàn" as studying men, "võ" as a retina, "múa" as scooping: "Con tôi học
đàn piano." → "My child learned the piano.", "Cô ấy có buổi học bơi mỗi thứ Bảy." → "She has a swimming pool every
Saturday.", "Con trai tôi đi học võ mỗi tối." → "My son goes to school retina.", "Bạn có học đàn không?" → "Do you
study men?", "Anh ấy đang học ghi-ta." → "He's learning to write-ta.", "Con gái tôi học múa ba lê." → "My daughter
learned to scoop three.", "Ai dạy đàn violin cho cô ấy?" → "Who teaches her vilin for her?", "Cô ấy dạy đàn piano." →
"She taught the piano."; "My daughter takes piano lessons." → "Đứa con gái tôi lấy bài học đàn dương cầm." (grabs),
"I take guitar lessons." → "Tôi lấy cây học ghita.", "I'm taking dance classes." → "Tôi đang học trò khiêu vũ." (a
pupil), "Do you take dance lessons?" → "Bạn có thực hiện bài học vũ công không?", "My daughter goes to ballet class
every Monday." → "… đi học bóng đá …" (football), "Who teaches your son the piano?" → "Ai dạy con trai của bạn là đàn
dương cầm?", "I'm learning the drums." → "Tôi đang học drums.".

Taken: what is learnt one of SUBJECTS (mt.music.INSTRUMENTS, "đàn", "nhạc", swimming, singing, dance, ballet, martial
arts, tennis) or practice of one of PRACTICE (football …); who as mt.hobbies.WHO, WHO_EN ("anh", "chị", "em" alone
only asking). "học X" plain (takes X lessons), asked, or with a weekly habit (has X lessons every Saturday, on
Saturdays, twice a week, after school); "đi học X", "đi tập X" with a habit of _HABITS or asked (goes to X classes or
practice); "đang", "muốn", "mới/vừa bắt đầu" (is learning, wants to learn, has just started); "… bao lâu rồi?" and
"… được hai năm rồi" (how long); "có buổi học X", "có lớp X", "có buổi tập X" with a day (mt.free_time.when, a day
behind: had) or a habit (has a lesson); "Ai dạy (whom) X?" with whom a third person; "X dạy đàn piano." (teaches
piano). English: takes, is taking, goes to X lessons, classes or practice; has a lesson, lessons or practice on a day
or every …; is learning, wants to learn, has just started learning; how long has … been learning or taking; who
teaches whom X; who teaches X; each with its verb agreeing with who. Left: "học bơi", "học nhảy", "học hát" plain,
with "đang", "muốn", "mới bắt đầu" (mt/skills.py's), playing (mt/music.py), "biết chơi" (mt/skills.py), languages
(mt/languages.py), signing up (mt/enrolment.py), extra classes and tutors (mt/tutoring.py), "đi học X" with no habit
(goes, or has gone?), "đang đi học X" (now, or these days?), "học X mỗi ngày" (lessons, or practice?), "học nhạc"
without "đi" (studying music, as often), "Ai dạy bạn …?" and "dạy … chơi" (taught, likely), one day with "học"
("học bơi vào thứ Bảy": this one, or every?), a lesson with no day, "took lessons" (the past, to the model).
mt.phrasebook.translate tries these after mt/pensions.py.

    >>> translate("Con tôi học đàn piano.", "vi", "en"), translate("Who teaches her the violin?", "en", "vi")
    ('My child takes piano lessons.', 'Ai dạy cô ấy đàn violin?')
"""
from __future__ import annotations

import re

from . import dates, hobbies
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, WHOM, WHOM_EN, who, who_vi
from .lazy_re import lazy
from .music import INSTRUMENTS, INSTRUMENTS_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .text import (BE_EN, EN_DAYS, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   progressive, stop, third_person)

# what is learnt: (as English learns it, or None; its lessons; "lessons" or "classes"), the first Vietnamese of each
# English written back
SUBJECTS = {vi: (en, "drum" if en == "the drums" else en.removeprefix("the "), "lessons")
            for vi, en in INSTRUMENTS.items()} | {
    "nhạc": (None, "music", "lessons"), "đàn": (None, "music", "lessons"), "bơi": ("to swim", "swimming", "lessons"),
    "bơi lội": ("to swim", "swimming", "lessons"), "hát": ("to sing", "singing", "lessons"),
    "nhảy": ("to dance", "dance", "classes"), "múa": ("to dance", "dance", "classes"),
    "khiêu vũ": ("to dance", "dance", "classes"), "múa ba lê": ("ballet", "ballet", "classes"),
    "ba lê": ("ballet", "ballet", "classes"), "võ": ("martial arts", "martial arts", "classes"),
    "võ thuật": ("martial arts", "martial arts", "classes"), "karate": ("karate", "karate", "classes"),
    "taekwondo": ("taekwondo", "taekwondo", "classes"), "judo": ("judo", "judo", "classes"),
    "quần vợt": ("tennis", "tennis", "lessons"), "tennis": ("tennis", "tennis", "lessons")}
_SUBJECTS_KEYED = {keyed(vi): said for vi, said in SUBJECTS.items()}
# ... and back, by the lessons ("piano lessons", "dance classes") and by what is learnt ("the piano", "to swim")
LESSONS_VI = {said[1]: vi for vi, said in reversed(SUBJECTS.items())} | {"dancing": "nhảy", "drums": "trống",
                                                                       "voice": "hát"}
LEARNT_VI = {said[0]: vi for vi, said in reversed(SUBJECTS.items()) if said[0]} | INSTRUMENTS_VI
# the sports one goes to practice for ("đi tập bóng đá": football practice)
PRACTICE = {"bóng đá": "football", "đá bóng": "football", "bóng rổ": "basketball", "bóng chuyền": "volleyball",
            "cầu lông": "badminton", "bơi": "swimming", "võ": "martial arts"}
PRACTICE_VI = {en: vi for vi, en in reversed(PRACTICE.items())} | {"soccer": "bóng đá"}
# a habit lessons are kept ("every" as mt.hobbies.EVERY says it; a lesson is not had every day: _DAILY)
_HABITS = EVERY | {"hàng tuần": "every week", "mỗi chiều": "every afternoon", "mỗi buổi chiều": "every afternoon",
                   "sau giờ học": "after school", "sau giờ làm": "after work"}
_HABITS_KEYED = {keyed(vi): en for vi, en in _HABITS.items()}
_HABITS_VI = EVERY_VI | {"every afternoon": "mỗi buổi chiều", "after school": "sau giờ học",
                         "after work": "sau giờ làm"}
_DAILY = {"every day", "every morning", "every afternoon", "every evening", "after work"}
_TIMES = {"một": "once", "1": "once", "hai": "twice", "2": "twice", "ba": "three times", "3": "three times"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())}
_MANY = {"lessons", "classes"}
_WEEKDAY = r"(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
_WEEKDAY_EN = alternatives(EN_DAYS)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:học|dạy|tập|lớp)"), "en": lazy(r"(?i:lesson|class|practice|learn|teach)")}


def _habit(g: str) -> str:
    """A regex for a habit in Vietnamese, its groups named after `g` ("mỗi thứ Bảy", "vào các ngày thứ Bảy", "thứ
    Bảy hằng tuần", "mỗi tuần hai buổi", "sau giờ học"), read by `_habit_en`."""
    return (rf"(?:(?i:vào)\s+)?(?:(?P<{g}every>(?i:{alternatives(_HABITS)}))|(?i:mỗi)\s+(?P<{g}each>{_WEEKDAY})|"
            rf"(?i:các\s+ngày)\s+(?P<{g}days>{_WEEKDAY})|(?P<{g}weekly>{_WEEKDAY})\s+(?i:hằng|hàng)\s+tuần|"
            rf"(?i:mỗi|một)\s+tuần\s+(?P<{g}n>một|hai|ba|\d)\s+(?:buổi|lần)|"
            rf"(?P<{g}n2>(?i:một|hai|ba|\d))\s+(?:buổi|lần)\s+(?:một|mỗi)\s+tuần)")


_SUBJECT = rf"(?P<subject>(?i:{alternatives(SUBJECTS)}))"
_SPORT = rf"(?P<sport>(?i:{alternatives(PRACTICE)}))"
_OPENING = rf"(?:{_habit('h0')}\s*,?\s+)?"
# who takes lessons, is learning, wants to, goes to classes or practice ("Con tôi học đàn piano.", "Cô ấy học bơi mỗi
# thứ Bảy.", "Con trai tôi đi tập bóng đá sau giờ học.", "Bạn có học đàn không?")
_LEARNING = lazy(rf"{_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|muốn|(?:vừa|mới)\s+bắt\s+đầu)\s+)?"
                 rf"(?:(?P<go>đi\s+)?học\s+{_SUBJECT}|đi\s+tập\s+{_SPORT})(?:\s+{_habit('h')})?"
                 rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# how long ("Bạn học đàn piano được bao lâu rồi?", "Tôi học đàn piano được hai năm rồi.")
_HOW_LONG = lazy(rf"{WHO}\s+học\s+{_SUBJECT}\s+(?:(?P<so_far>được)\s+)?(?:(?P<how_long>bao\s+lâu)|{dates.SPAN})"
                 rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_SPAN_UNITS = {"ngày", "tuần", "tháng", "năm"}
# a lesson on a day ("Ngày mai cô ấy có buổi học đàn piano.", "Con tôi có buổi tập bóng đá vào thứ Ba.")
_HAS = lazy(rf"{DAY_OPENING}{_OPENING}{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:(?:(?:buổi|giờ)\s+học|lớp(?:\s+học)?)\s+"
            rf"{_SUBJECT}|(?P<practice>buổi\s+tập)\s+{_SPORT})(?:\s+{_habit('h')}|{DAY_AFTER})"
            rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who teaches it ("Ai dạy cô ấy đàn violin?", "Ai dạy đàn cho con bạn?", "Cô ấy dạy đàn piano.")
_TEACHES = [lazy(rf"[Aa]i\s+dạy\s+{WHOM}\s+{_SUBJECT}{SOFTENED_END}"),
            lazy(rf"[Aa]i\s+dạy\s+{_SUBJECT}\s+cho\s+{WHOM}{SOFTENED_END}")]
_TEACHER = lazy(rf"{WHO}\s+dạy\s+{_SUBJECT}{SOFTENED_END}")

# ... and in English
_NOT = r"(?P<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not)"
_LESSONS_EN = (rf"(?P<a>an?\s+)?(?P<lessons>(?i:{alternatives(LESSONS_VI)}))\s+(?P<kind>lessons?|class(?:es)?)|"
               rf"(?P<sport>(?i:{alternatives(PRACTICE_VI)}))\s+practice")
_HABIT_EN = (rf"(?:(?P<every>(?i:{alternatives(_HABITS_VI)}))|every\s+(?P<each>{_WEEKDAY_EN})|"
             rf"on\s+(?P<days>{_WEEKDAY_EN})s|(?P<n>once|twice|three\s+times)\s+a\s+week)")
_LEARNT_EN = rf"(?P<play>to\s+play\s+)?(?P<learnt>(?i:{alternatives(LEARNT_VI)}))"
# who takes lessons, goes to classes or practice ("My daughter takes piano lessons.", "I'm taking dance classes.",
# "My son goes to football practice after school.")
_TAKES_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+{_NOT}|{BE_EN})?\s+(?P<verb>takes?|taking|go(?:es)?\s+to)\s+"
                 rf"(?:{_LESSONS_EN})(?:\s+{_HABIT_EN})?\s*(?P<end>[.!?]*)")
# a lesson on a day ("She has a swimming lesson every Saturday.", "Does he have football practice tomorrow?")
_HAS_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?:\s+{_NOT})?\s+(?P<verb>has|have|had)\s+(?:{_LESSONS_EN})"
               rf"(?:\s+{_HABIT_EN}|{DAY_AFTER_EN})\s*(?P<end>[.!?]*)")
# learning it, wanting to, just started ("He's learning the guitar.", "Are you learning the piano?")
_LEARNING_EN = lazy(rf"(?:(?P<be0>Am|Is|Are|Do|Does)\s+)?{WHO_EN}(?:{BE_EN}|\s+(?P<want>wants?)\s+to|"
                    rf"(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+just\s+started)?"
                    rf"\s+(?P<verb>learning|learn)\s+{_LEARNT_EN}\s*(?P<end>[.!?]*)")
# how long ("How long have you been learning the piano?", "She's been learning the violin for three years.")
_HOW_LONG_EN = lazy(rf"(?:How\s+long\s+(?P<have0>have|has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+"
                    rf"been\s+(?:learning\s+{_LEARNT_EN}|taking\s+(?:{_LESSONS_EN}))"
                    rf"(?:\s+for\s+(?P<span>[\w\s]+?))?\s*(?P<end>[.!?]*)")
# who teaches it ("Who teaches her the violin?", "She teaches piano.")
_TEACHES_EN = lazy(rf"Who\s+teaches\s+{WHOM_EN}\s+{_LEARNT_EN}\s*\?+")
_TEACHER_EN = lazy(rf"{WHO_EN}\s+(?P<verb>teach(?:es)?)\s+(?P<lessons>(?i:{alternatives(LESSONS_VI)}))"
                   r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who takes lessons, has one, goes to classes or practice, is
    learning an instrument, how long for, or who teaches it; None for any other."""
    if src == "vi":
        return _learning(text) or _how_long(text) or _has(text) or _teaches(text)
    return _takes_vi(text) or _has_vi(text) or _learning_vi(text) or _how_long_vi(text) or _teaches_vi(text)


def _habit_en(m: re.Match, g: str) -> str | None:
    """The habit of a match of `_habit(g)` in English: "every Saturday", "on Saturdays", "twice a week", "after
    school"; "" for none said, None for one not read."""
    found = m.groupdict()
    if found[f"{g}every"]:
        return _HABITS_KEYED[keyed(found[f"{g}every"])]
    if day := found[f"{g}each"] or found[f"{g}days"] or found[f"{g}weekly"]:
        name = (when(day, "vi") or "").removeprefix("on ")
        return None if name not in EN_DAYS else f"every {name}" if found[f"{g}each"] else f"on {name}s"
    n = found[f"{g}n"] or found[f"{g}n2"]
    return "" if not n else f"{_TIMES[keyed(n)]} a week" if keyed(n) in _TIMES else None


def _habit_vi(m: re.Match) -> str:
    """The habit of a match of _HABIT_EN in Vietnamese: "mỗi thứ Bảy", "vào các ngày thứ Bảy", "mỗi tuần hai buổi",
    "sau giờ học"; "" for none said."""
    if m["every"]:
        return _HABITS_VI[keyed(m["every"])]
    if m["each"] or m["days"]:
        day = when(f"on {m['each'] or m['days']}", "en").removeprefix("vào ")
        return f"mỗi {day}" if m["each"] else f"vào các ngày {day}"
    return f"mỗi tuần {_TIMES_VI[keyed(m['n'])]} buổi" if m["n"] else ""


def _behind(day: str) -> bool:
    """Whether a day in English is behind ("yesterday", "last week", "last Saturday": mt.tense.BEHIND and more)."""
    return bool(BEHIND.match(day) or day.lower().startswith("last "))


def _lessons(subject: str, one: bool = False) -> str:
    """The lessons of a subject of SUBJECTS in English: "piano lessons", "dance classes"; `one`: "a piano lesson"."""
    _, noun, kind = _SUBJECTS_KEYED[keyed(subject)]
    return f"a {noun} {kind.removesuffix('es') if kind == 'classes' else kind.removesuffix('s')}" if one else \
        f"{noun} {kind}"


def _does(who_: str, one: bool, verb: str) -> str:
    """Who and a verb agreeing: "she takes", "I take", "he goes to", "my son has"."""
    return f"{who_} {third_person(verb) if one else verb}"


def _learning(text: str) -> str | None:
    """"Con tôi học đàn piano." as "My child takes piano lessons.", "Cô ấy học bơi mỗi thứ Bảy." as "She has swimming
    lessons every Saturday.", "Con trai tôi đi tập bóng đá sau giờ học." as "My son goes to football practice after
    school.", "Anh ấy đang học ghi-ta." as "He's learning the guitar." (_LEARNING); None for anything else, and for
    "học nhạc" without "đi" (studying music, as often as taking lessons).

    >>> _learning("Tôi đang học nhạc."), _learning("Mỗi thứ Bảy con tôi đi học nhạc.")
    (None, 'My child goes to music lessons every Saturday.')
    """
    m = _LEARNING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked:
        return None
    first, after = _habit_en(m, "h0"), _habit_en(m, "h")
    aux, go = keyed(m["aux"] or ""), m["go"] or m["sport"]
    if first is None or after is None or first and after or (first or after) and aux or go and aux:
        return None
    habit = f" {first or after}" if first or after else ""
    subject = m["subject"] and keyed(m["subject"])
    if subject == "nhạc" and not go:
        return None
    skilled = subject in ("bơi", "bơi lội", "nhảy", "hát") and not (habit or go or asked or "vừa" in aux)
    if go and not (habit or asked) or not go and habit.strip() in _DAILY or skilled or not (said := who(m, asked)):
        return None  # ("đi học võ": goes, or has gone?; "học piano mỗi ngày": lessons, or practice?; mt/skills.py's)
    who_, one = said
    lessons = f"{PRACTICE[keyed(m['sport'])]} practice" if m["sport"] else _lessons(subject)
    learnt = m["subject"] and _SUBJECTS_KEYED[subject][0]
    doing = f"learning {learnt}" if learnt else f"taking {lessons}"
    if aux == "đang":
        return progressive(who_, be(who_), doing, asked, end=m["end"])
    if aux == "muốn":
        want = f"to learn {learnt}" if learnt else f"to take {lessons}"
        return present(who_, one, "want", want, asked, end=m["end"])
    if aux:
        return None if asked else capitalised(contracted(who_, f"{'has' if one else 'have'} just started {doing}"
                                                                f"{stop(m['end'])}"))
    verb = "go to" if go else "have" if habit else "take"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {lessons}{habit}?"
    return capitalised(f"{_does(who_, one, verb)} {lessons}{habit}{stop(m['end'])}")


def _how_long(text: str) -> str | None:
    """"Bạn học đàn piano được bao lâu rồi?" as "How long have you been learning the piano?", "Tôi học đàn piano được
    hai năm rồi." as "I've been learning the piano for two years." (_HOW_LONG); None for anything else, a span
    with neither "được" nor "rồi" (may be over), and "học nhạc" (studying music, or taking lessons?)."""
    m = _HOW_LONG.fullmatch(text)
    if m and keyed(m["subject"]) == "nhạc":
        return None
    asked = bool(m and m["how_long"])
    if not m or asked != ("?" in m["end"]) or not asked and not (m["so_far"] or m["done"]) or m["u"] and keyed(
            m["u"]) not in _SPAN_UNITS or not (said := who(m, asked)):
        return None
    who_, one = said
    learnt = _SUBJECTS_KEYED[keyed(m["subject"])][0]
    doing = f"learning {learnt}" if learnt else f"taking {_lessons(m['subject'])}"
    have = "has" if one else "have"
    if asked:
        return f"How long {have} {who_} been {doing}?"
    return capitalised(contracted(who_, f"{have} been {doing} for {dates.span(m)}{stop(m['end'])}"))


def _has(text: str) -> str | None:
    """"Cô ấy có buổi học bơi mỗi thứ Bảy." as "She has a swimming lesson every Saturday.", "Ngày mai tôi có buổi học
    đàn ghi-ta." as "I have a guitar lesson tomorrow.", "Con bạn có buổi tập bóng đá hôm nay không?" as "Does your
    child have football practice today?" (_HAS); None for anything else, and with no day said."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    first, after, said_day = _habit_en(m, "h0"), _habit_en(m, "h"), m["day0"] or m["day"]
    if first is None or after is None or sum(map(bool, (first, after, said_day))) != 1 or not (said := who(m, asked)):
        return None
    who_, one = said
    day = when(said_day, "vi", dates.LAST) if said_day else first or after
    if not day:
        return None
    past = bool(said_day and _behind(day))
    lesson = f"{PRACTICE[keyed(m['sport'])]} practice" if m["sport"] else _lessons(m["subject"], one=True)
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} have {lesson} {day}?"
    if m["not"]:
        return capitalised(f"{who_} {'didn' if past else 'doesn' if one else 'don'}'t have {lesson} {day}"
                           f"{stop(m['end'])}")
    return capitalised(f"{who_} {'had' if past else 'has' if one else 'have'} {lesson} {day}{stop(m['end'])}")


def _teaches(text: str) -> str | None:
    """"Ai dạy cô ấy đàn violin?" and "Ai dạy đàn violin cho cô ấy?" as "Who teaches her the violin?", "Cô ấy dạy
    đàn piano." as "She teaches piano." (_TEACHES, _TEACHER); None for anything else, and for "Ai dạy bạn …?" (taught,
    likely)."""
    if m := _TEACHER.fullmatch(text):
        said = "?" not in m["end"] and who(m, False)
        noun = _SUBJECTS_KEYED[keyed(m["subject"])][1]
        return capitalised(f"{_does(said[0], said[1], 'teach')} {'drums' if noun == 'drum' else noun}"
                           f"{stop(m['end'])}") if said else None
    m = next((m for p in _TEACHES if (m := p.fullmatch(text))), None)
    whom = m and "?" in m["end"] and hobbies.as_whom(m["whom"], "vi")
    if not whom or whom in ("me", "you", "us"):
        return None
    learnt, noun, _ = _SUBJECTS_KEYED[keyed(m["subject"])]
    return f"Who teaches {whom} {learnt or noun}?"


def _agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether "Do"/"Does", "don't"/"doesn't" or a verb ("take", "takes", "goes to") agrees with who (`one`:
    "he"); False for "did"."""
    said = (m["do"] or m["not"] or "").lower()
    third = verb.split()[0] in ("takes", "goes", "has", "wants", "teaches")
    if said:
        return not third and not said.startswith("did") and said.startswith(("does", "doesn")) == one
    return third == one


def _takes_vi(text: str) -> str | None:
    """"My daughter takes piano lessons." as "Con gái tôi học đàn piano.", "I'm taking dance classes." as "Tôi đang
    học nhảy.", "My son goes to football practice after school." as "Con trai tôi đi tập bóng đá sau giờ học."
    (_TAKES_EN); None for anything else, and where the verb does not agree with who."""
    m = _TAKES_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["be"]):
        return None
    who_, one = who_vi(m)
    verb = keyed(m["verb"])
    go, many = verb.startswith("go"), m["kind"] in _MANY
    if m["a"] or m["sport"] and not go or m["lessons"] and not (many or go):
        return None  # ("takes a piano lesson"; "goes to ballet class" is said)
    if verb == "taking":
        if not m["be"] or be_said(m["be"]) != hobbies.be_of(who_, one) or m["not"] or m["every"] or m["each"] or \
                m["days"] or m["n"]:
            return None
    elif m["be"] or not _agrees(m, verb, one):
        return None
    said = f"tập {PRACTICE_VI[keyed(m['sport'])]}" if m["sport"] else f"học {LESSONS_VI[keyed(m['lessons'])]}"
    said = f"{'đi ' * go}{said}" + (f" {habit}" if (habit := _habit_vi(m)) else "")
    if m["do"]:
        return capitalised(f"{who_} có {said} không?")
    return capitalised(f"{who_} {'đang ' if verb == 'taking' else 'không ' if m['not'] else ''}{said}"
                       f"{stop(m['end'])}")


def _has_vi(text: str) -> str | None:
    """"She has a swimming lesson every Saturday." as "Cô ấy có buổi học bơi mỗi thứ Bảy.", "I have a guitar lesson
    tonight." as "Tối nay tôi có buổi học đàn ghi-ta.", "Does he have football practice tomorrow?" as "Ngày mai anh
    ấy có buổi tập bóng đá không?" (_HAS_EN); None for anything else, with no day, and where the verb or the tense
    does not agree."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    verb, aux = m["verb"].lower(), (m["do"] or m["not"] or "").lower()
    past = verb == "had" or aux.startswith("did")
    if aux and (verb != "have" or not aux.startswith("did") and not _agrees(m, verb, one)) or \
            not aux and verb != "had" and _agrees(m, verb, one) is False:
        return None
    if m["lessons"] and bool(m["a"]) == (m["kind"] in _MANY) or m["n"] and (m["a"] or m["not"]):
        return None  # ("a piano lessons", "piano lesson", "a piano lesson twice a week")
    habit = _habit_vi(m)
    day = habit or when(m["day"], "en", dates.LAST)
    if not day or habit and past or not habit and past != _behind(m["day"]):
        return None
    what = f"tập {PRACTICE_VI[keyed(m['sport'])]}" if m["sport"] else f"học {LESSONS_VI[keyed(m['lessons'])]}"
    lesson = f"buổi {what}" if not m["n"] else what  # ("has piano lessons twice a week": "học … mỗi tuần hai buổi")
    said = f"{who_} {'không ' * bool(m['not'])}{'có ' * (not m['n'] or bool(m['do']))}{lesson}"
    end = " không?" if m["do"] else stop(m["end"])
    return capitalised(f"{said} {habit}{end}") if habit else placed(said, day, end)


def _learnt_vi(m: re.Match) -> str | None:
    """What is learnt of a match of _LEARNT_EN in Vietnamese ("the piano": "đàn piano", "to swim": "bơi"); None for
    "to play" and no instrument."""
    learnt = keyed(m["learnt"])
    return None if m["play"] and learnt not in INSTRUMENTS_VI else LEARNT_VI[learnt]


def _learning_vi(text: str) -> str | None:
    """"He's learning the guitar." as "Anh ấy đang học đàn ghi-ta.", "Are you learning the piano?" as "Bạn có đang học
    đàn piano không?", "She wants to learn the violin." as "Cô ấy muốn học đàn violin.", "I've just started learning
    the drums." as "Tôi mới bắt đầu học trống." (_LEARNING_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _LEARNING_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or (learnt := _learnt_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    be0, learning = (m["be0"] or "").lower(), m["verb"] == "learning"
    if learning and m["have"]:
        ok = not be0 and (keyed(m["have"]).strip("'’") in ("has", "s")) == one
        doing = "mới bắt đầu học"
    elif learning:
        ok = bool(be0) != bool(m["be"]) and be_said(be0 or m["be"]) == hobbies.be_of(who_, one)
        doing = "đang học"
    else:
        ok = bool(m["want"]) and not m["be"] and (m["want"] == "want" and (be0 == "does") == one if be0 else
                                                   (m["want"] == "wants") == one) and be0 in ("", "do", "does")
        doing = "muốn học"
    if not ok:
        return None
    if be0:
        return capitalised(f"{who_} có {doing} {learnt} không?")
    return capitalised(f"{who_} {doing} {learnt}{stop(m['end'])}")


def _how_long_vi(text: str) -> str | None:
    """"How long have you been learning the piano?" as "Bạn học đàn piano được bao lâu rồi?", "She's been learning the
    violin for three years." as "Cô ấy học đàn violin được ba năm rồi." (_HOW_LONG_EN); None for anything else, and
    where "has" does not agree with who."""
    m = _HOW_LONG_EN.fullmatch(text)
    asked = bool(m and m["have0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["have"]) or asked == bool(m["span"]) or m["sport"] or \
            m["lessons"] and (m["a"] or m["kind"] not in _MANY):
        return None
    who_, one = who_vi(m)
    if (keyed(m["have0"] or m["have"]).strip("'’") in ("has", "s")) != one:
        return None
    learnt = LESSONS_VI[keyed(m["lessons"])] if m["lessons"] else _learnt_vi(m)
    if learnt is None:
        return None
    if asked:
        return capitalised(f"{who_} học {learnt} được bao lâu rồi?")
    read = dates.whole(f"{keyed(m['span'])} ago", "en", "vi") or ""
    span = read.removeprefix("cách đây ")
    if span == read or span.split()[-1] not in _SPAN_UNITS:
        return None
    return capitalised(f"{who_} học {learnt} được {span} rồi{stop(m['end'])}")


def _teaches_vi(text: str) -> str | None:
    """"Who teaches her the violin?" as "Ai dạy cô ấy đàn violin?", "She teaches piano." as "Cô ấy dạy đàn piano."
    (_TEACHES_EN, _TEACHER_EN); None for anything else, and where "teaches" does not agree with who."""
    if m := _TEACHER_EN.fullmatch(text):
        who_, one = who_vi(m)
        return None if (m["verb"] == "teaches") != one else \
            capitalised(f"{who_} dạy {LESSONS_VI[keyed(m['lessons'])]}{stop(m['end'])}")
    m = _TEACHES_EN.fullmatch(text)
    whom = m and hobbies.as_whom(m["whom"], "en")
    learnt = whom and _learnt_vi(m)
    return f"Ai dạy {whom} {learnt}?" if learnt else None
