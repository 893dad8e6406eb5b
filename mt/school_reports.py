"""A child's school reports, both ways, written whole by rule: a parents' meeting gone to or held, the teacher
complaining about a child or praising one for something, a mark got in a subject, a child doing well or badly at
school. v8 (rules on): "Tôi đi họp phụ huynh." → "I'm going to meet my parents.", "Tối nay có họp phụ huynh." →
"Tonight, has a parent meeting.", "Mấy giờ họp phụ huynh?" → "At the time of parents?", "Cô giáo hay phàn nàn về con
trai tôi." → "The teacher or complains about my son.", "Con tôi bị điểm kém môn toán." → "My child was subjected in
math.", "Con gái tôi được điểm mười môn văn." → "My daughter was ten subjects.", "Con bạn học có tốt không?" → "Do you
study good?"; "I went to a parents' meeting yesterday." → "Tôi đến cuộc họp của bố mẹ hôm qua.", "My son got a bad
mark in maths." → "Con trai tôi có một đánh dấu sai trong toán." (a wrong tick), "My daughter got ten out of ten in
literature." → "Đứa con gái của tôi ra khỏi 10 lít.", "My son is weak at English." → "… suy yếu ở tiếng Anh.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a child, not a pet) going to a parents' meeting with a word of when (a day
behind: went, had to; a day ahead or tonight: is going; "sẽ", "phải"), asked; a parents' meeting there was or is on a
day; when, what time, what day it is; the teacher ("cô giáo", "thầy giáo", "giáo viên", the form or the maths teacher;
English's "the teacher" written "cô giáo", as mt/school_trouble.py writes it) complaining about someone (to someone), or
praising someone for something of _FOR: a plain verb the past (a parent telling what the teacher did, as
mt/school_trouble.py reads "Cô giáo khen con tôi."), just, often, always, asked; a mark got in a subject, bad, low,
good, high, full marks or "N out of ten" (marks are out of ten: "a ten" would not say so): a plain verb the past, a day
behind or today, just, often or always (marks, many, as for we and they), never ("has never had"), asked, what mark; a
child (CHILD_KIN, a name) doing well or badly at school or in a subject, very, quite, not, asked, how. Left: "đi họp phụ
huynh" with no word of when or "đã" alone (went, or has gone?), "hôm nay" with a plain verb (before or after?); "mới"
alone after the teacher (the new teacher?) or before a mark of a number (only 5?), a mark of a number with no subject
("Tôi được 8 điểm.": or points in a game?); praise, telling off, calling in with no reason, "bị mời phụ huynh", a good
student (mt/school_trouble.py); the best in the class, grades (mt/school_years.py); exams (mt/exams.py); homework, extra
classes (mt/homework.py, mt/tutoring.py); goals (mt/scores.py); work meetings (mt/meetings.py); "bị" with a good mark,
"được" with a bad one; a test's mark; "him", "her" complained about (a child: "anh ấy"?); "anh", "chị", "em" alone
saying it; grown-ups doing well or badly ("Mẹ tôi học giỏi toán.": now, or long ago?), and in English a name good or bad
at something (a grown-up?); good at music or art (a gift, not a subject); "nhỉ".
mt.phrasebook.translate tries these after mt/order_trouble.py.

    >>> translate("Con tôi bị điểm kém môn toán.", "vi", "en"), translate("My son is weak at English.", "en", "vi")
    ('My child got a bad mark in maths.', 'Con trai tôi học kém môn tiếng Anh.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import CHILD_KIN, CHILD_KIN_EN
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed, stop
from .tutoring import SUBJECTS_TUTORED

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phụ\s+huynh|điểm|phàn\s+nàn|khen|giỏi|kém|yếu|dở|học\s+tốt|học\s+có|học\s+thế|học\s+ra|"
                    r"học\s+hành|học\s+môn|học\s+không|học\s+khá|học\s+rất)"),
         "en": lazy(r"(?i:\bparent|\bmark|grade|out\s+of|complain|prais|at\s+school|good\s+at|weak\s+at|bad\s+at|"
                    r"poor\s+at|well\s+in|doing\s+in)")}

# school subjects (mt.tutoring's, and a few more taught at school); the first Vietnamese of each is written back
SUBJECTS = SUBJECTS_TUTORED | {"địa lý": "geography", "địa lí": "geography", "khoa học": "science",
                               "mỹ thuật": "art", "âm nhạc": "music"}
_SUBJECTS_KEYED = {keyed(vi): en for vi, en in SUBJECTS.items()}
SUBJECTS_VI = {en.lower(): vi for vi, en in reversed(SUBJECTS.items())} | {"math": "toán", "mathematics": "toán"}
_SUBJECT, _SUBJECT_EN = rf"(?i:{alternatives(SUBJECTS)})", rf"(?i:{alternatives(SUBJECTS_VI)})"
# days behind, today and ahead (mt.dates; tonight is ahead: a meeting tonight is to come), and back, the first of each
_DAYS = NEAR_DAYS["behind"] | near_days("hôm nay", "chiều nay", "tối nay", "đêm nay", "tuần này") | NEAR_DAYS["ahead"]
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_MEETING = r"(?:(?i:buổi|cuộc)\s+)?(?i:họp)\s+phụ\s+huynh"
_MEETING_EN = r"(?i:parents['’]?|parent-teacher)\s+(?:meeting|evening)"

# who goes to it ("Hôm qua tôi đi họp phụ huynh.", "Vợ tôi phải đi họp phụ huynh.")
_GO = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>sẽ|đã)\s+)?(?:(?P<ask>có)\s+)?(?P<must>phải\s+)?đi\s+họp\s+phụ\s+huynh{_DAY2}"
           rf"{ASKED_END}")
# a meeting there is ("Tối nay có họp phụ huynh.", "Hôm qua có họp phụ huynh không?"), and when
_THERE = lazy(rf"{_DAY}(?:(?P<aux>sẽ)\s+)?(?:(?P<ask>có)\s+)?{_MEETING}{_DAY2}{ASKED_END}")
_WHEN = {"khi nào": "When", "bao giờ": "When", "mấy giờ": "What time", "hôm nào": "What day", "ngày nào": "What day"}
_WHEN_VI = {"When": "Khi nào", "What time": "Mấy giờ", "What day": "Hôm nào"}
_ASK_WHEN = [lazy(rf"(?P<when>(?i:{alternatives(_WHEN)}))\s+(?:thì\s+)?(?:có\s+)?{_MEETING}{SOFTENED_QUESTION}"),
             lazy(rf"(?i:buổi|cuộc)\s+họp\s+phụ\s+huynh\s+(?:là\s+|vào\s+|lúc\s+)?(?P<when>(?i:{alternatives(_WHEN)}))"
                  rf"{SOFTENED_QUESTION}")]

# the teacher ("cô giáo", "thầy giáo chủ nhiệm", "cô dạy toán"; "cô", "thầy" alone may be anyone)
_TEACHER = (rf"(?i:(?:cô|thầy)\s+giáo|giáo\s+viên)(?:\s+(?P<form>chủ\s+nhiệm)|\s+(?:dạy\s+)?(?:môn\s+)?"
            rf"(?P<tsubj>{_SUBJECT}))?|(?i:cô|thầy)\s+(?:(?P<form2>chủ\s+nhiệm)|dạy\s+(?:môn\s+)?"
            rf"(?P<tsubj2>{_SUBJECT}))")
_HOW = {"đã": "past", "vừa": "just", "vừa mới": "just", "hay": "often", "thường": "often",
        "thường xuyên": "often", "luôn": "always", "lúc nào cũng": "always"}
# what a child is praised for (the first Vietnamese of each is written back)
_FOR = {"học giỏi": "doing well at school", "học tốt": "doing well at school", "chăm chỉ": "working hard",
        "chăm học": "working hard", "ngoan": "being good", "tiến bộ": "making progress"}
_FOR_VI = {en: vi for vi, en in reversed(_FOR.items())}
_TEACHER_DID = lazy(rf"(?:{_TEACHER})\s+(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?(?:(?P<complained>phàn"
                    rf"\s+nàn)(?:\s+với\s+(?P<to>(?i:{alternatives(OBJECTS)})|{SOMEONE}))?\s+về|khen(?:\s+ngợi)?)\s+"
                    rf"{WHOM}(?:\s+(?:vì\s+|là\s+)?(?P<for>{alternatives(_FOR)}))?{ASKED_END}")

# a mark got ("Con tôi bị điểm kém môn toán.", "Con gái tôi được điểm mười môn văn.", "Con bạn được mấy điểm?")
_MARKS = {"kém": ("bị", "a bad mark", "bad marks"), "xấu": ("bị", "a bad mark", "bad marks"),
          "thấp": ("bị", "a low mark", "low marks"), "tốt": ("được", "a good mark", "good marks"),
          "cao": ("được", "a high mark", "high marks"), "tuyệt đối": ("được", "full marks", "full marks")}
_MARKS_VI = {en: vi for vi, (_, one, many) in reversed(_MARKS.items()) for en in (one, many)} | {
    "a poor mark": "kém", "poor marks": "kém"}
_MARKS_VI |= {en.replace("mark", "grade"): vi for en, vi in _MARKS_VI.items() if "full" not in en}
_MARK_HOW = _HOW | {"mới": "just", "chưa bao giờ": "never", "chưa từng": "never"}
_N = rf"(?:10|\d|(?i:{alternatives(VI_TO_EN)}))"
_MARK = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(_MARK_HOW)})\s+)?(?P<verb>bị|được)\s+"
             rf"(?:điểm\s+(?:(?P<kind>{alternatives(_MARKS)})|(?P<n>{_N})|(?P<what2>mấy))|(?P<n2>{_N})\s+điểm|"
             rf"(?P<what>mấy|bao\s+nhiêu)\s+điểm)(?:\s+(?:môn\s+)?(?P<subj>{_SUBJECT}))?{_DAY2}{ASKED_END}")

# a child doing well or badly ("Con tôi học rất giỏi.", "Con trai tôi học kém môn tiếng Anh."), and asked
_GOOD = {"giỏi": "good", "tốt": "well", "kém": "weak", "yếu": "weak", "dở": "bad"}
_DOING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?học(?:\s+hành)?\s+(?:(?P<not>không)\s+)?(?:(?P<deg>rất|khá)\s+)?"
              rf"(?P<good>{alternatives(_GOOD)})(?:\s+(?:môn\s+)?(?P<subj>{_SUBJECT}))?(?:\s+(?P<much>lắm|quá))?"
              rf"{ASKED_END}")
_DOING_ASKED = lazy(rf"{WHO}\s+học(?:\s+hành)?(?:\s+(?:môn\s+)?(?P<subj>{_SUBJECT}))?\s+(?:(?P<how>thế\s+nào|ra\s+sao)|"
                    rf"có\s+(?P<good>tốt|giỏi)\s+không){SOFTENED_QUESTION}")

# ... and in English
_GO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:am|is|are|will|(?:has|have|had)\s+to)|"
              rf"['’](?:m|s|re|ll))?(?:\s+(?P<have>have\s+to))?\s+(?P<verb>going|go|went)\s+to\s+(?:a|the)\s+"
              rf"{_MEETING_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
# (question, aux, verb): how Vietnamese says it, and the ways of a day it may have ("" for none)
_GOING = {("", "be", "going"): ("", ("", "today", "ahead")), ("", "", "went"): ("đã", ("", "behind", "today")),
          ("", "will", "go"): ("sẽ", ("", "today", "ahead")), ("", "has to", "go"): ("phải", ("", "today", "ahead")),
          ("", "had to", "go"): ("phải", ("", "behind", "today")), ("be", "", "going"): ("có", ("", "today", "ahead")),
          ("did", "", "go"): ("có", ("", "behind", "today")), ("do", "has to", "go"): ("có phải", ("", "ahead"))}
_AS = {"am": "be", "is": "be", "are": "be", "'m": "be", "'s": "be", "'re": "be", "does": "do", "'ll": "will",
       "have to": "has to"}  # (English verbs as _GOING keys them)
_THERE_EN = lazy(rf"(?P<there>There['’]s|There\s+is|Is\s+there|There\s+was|Was\s+there|There\s+will\s+be|"
                 rf"There['’]ll\s+be|Will\s+there\s+be)\s+a\s+{_MEETING_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_ASK_WHEN_EN = lazy(rf"(?P<when>When|What\s+time|What\s+day)(?:['’]s|\s+is)\s+the\s+{_MEETING_EN}\s*\?+")
_TEACHER_DID_EN = lazy(rf"(?:(?P<q>Did|Does)\s+)?[Tt]he\s+(?:(?P<form>form|class|homeroom)\s+|(?P<tsubj>{_SUBJECT_EN})"
                       rf"\s+)?teacher(?P<how>\s+just|\s+often|\s+always|\s+has\s+just|\s+is\s+always|['’]s\s+just|"
                       rf"['’]s\s+always)?\s+(?:(?P<verb>complain(?:ed|s|ing)?)(?:\s+to\s+(?P<to>(?i:me|us|you)|"
                       rf"{SOMEONE_EN}))?\s+about|(?P<praise>prais(?:ed|es|e|ing)))\s+{WHOM_EN}(?:\s+for\s+"
                       rf"(?P<for>{alternatives(_FOR_VI)}))?\s*(?P<end>[.!?]*)")
# (question, how, the verb's ending): how Vietnamese says the complaint or praise
_TEACHER_HOW = {("", "", "ed"): "", ("", "just", "ed"): "vừa", ("", "has just", "ed"): "vừa", ("", "'s just", "ed"):
                "vừa", ("", "often", "s"): "hay", ("", "always", "s"): "lúc nào cũng", ("", "is always", "ing"):
                "lúc nào cũng", ("", "'s always", "ing"): "lúc nào cũng", ("did", "", ""): "có",
                ("does", "often", ""): "có hay"}
_MARK_EN = lazy(rf"(?:(?P<q>Did|Does|Do)\s+)?{WHO_EN}(?P<how>\s+just|\s+often|\s+always|"
                rf"\s+(?:has|have)\s+(?:just|never)|'(?:s|ve)\s+(?:just|never))?\s+(?P<verb>got|gets|get|had)\s+"
                rf"(?P<mark>(?i:{alternatives(_MARKS_VI)})|(?P<n>10|\d|(?i:{alternatives(EN_TO_VI)}))\s+out\s+of\s+"
                rf"(?:ten|10))(?:\s+(?:in|for)\s+(?P<subj>{_SUBJECT_EN}))?{_DAY_EN}\s*(?P<end>[.!?]*)")
# (question, how, verb): how Vietnamese says a mark got, and whether English says marks, many (a habit)
_MARK_HOW_VI = {("", "", "got"): ("", False), ("", "just", "got"): ("vừa", False), ("", "often", "get"): ("hay", True),
                ("", "always", "get"): ("luôn", True), ("", "never", "had"): ("chưa bao giờ", False),
                ("did", "", "get"): ("", False), ("do", "often", "get"): ("hay", True)}
_WHAT_MARK_EN = lazy(rf"What\s+(?:mark|grade)\s+did\s+{WHO_EN}\s+get(?:\s+in\s+(?P<subj>{_SUBJECT_EN}))?{_DAY_EN}"
                     r"\s*\?+")
_DOING_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?{WHO_EN}(?P<aux>\s+is|['’]s|\s+is\s+not|\s+isn['’]t|\s+does\s+not|"
                 rf"\s+doesn['’]t)?\s+(?:(?P<verb>doing|does|do)\s+(?P<deg>very\s+|quite\s+|really\s+)?(?P<well>well|"
                 rf"badly)\s+(?:at\s+school|in\s+(?P<subj>{_SUBJECT_EN}))|(?P<deg2>very\s+|quite\s+|really\s+)?"
                 rf"(?P<good>good|weak|bad|poor)\s+at\s+(?P<subj2>{_SUBJECT_EN}))\s*(?P<end>[.!?]*)")
# (question, aux, verb) of _DOING_EN that are English ("My son does well", "Is he doing well", "He's good at")
_DOING_HEARD = {("", "", "does"), ("", "is", "doing"), ("", "is", "is"), ("", "does not", "do"), ("", "is not", "is"),
                ("", "is not", "doing"), ("is", "", "doing"), ("does", "", "do"), ("is", "", "is")}
_HOW_EN = lazy(rf"How(?:['’]s|\s+is)\s+{WHO_EN}\s+doing\s+(?:at\s+school|in\s+(?P<subj>{_SUBJECT_EN}))\s*\?+")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a school report (the module docstring's "Taken"); None for any other."""
    if src == "vi":
        return _go(text) or _there(text) or _ask_when(text) or _teacher(text) or _mark(text) or _doing(text)
    text = text.replace("’", "'")
    return (_go_vi(text) or _there_vi(text) or _ask_when_vi(text) or _teacher_vi(text) or _mark_vi(text) or
            _doing_vi(text))


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for one without the other, or two days."""
    asked, two_days = bool(m["asked"]), bool(m.groupdict().get("day") and m.groupdict().get("day2"))
    return None if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or two_days else asked


def _day(m: re.Match) -> tuple[str, str]:
    """A Vietnamese match's day in English (" yesterday") and its way ("behind", "today", "ahead"), or ("", "")."""
    day = keyed(m["day"] or m["day2"] or "")
    return (f" {_DAYS[day]}", "ahead" if day in ("tối nay", "đêm nay") else NEAR_WAY[day]) if day else ("", "")


def _person(m: re.Match, asked: bool, child: bool = False) -> tuple[str, bool] | None:
    """Who of WHO in English, whether one (mt.hobbies.who); None for a pet, "I" asked, (`child`) not a child or name."""
    said = None if animal(m) or child and not (keyed(m["kin"] or "") in CHILD_KIN or m["given"]) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _go(text: str) -> str | None:
    """"Hôm qua tôi đi họp phụ huynh." as "I went to a parents' meeting yesterday." (_GO); None for anything else."""
    m = _GO.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or not m or keyed(m["kin"] or "") in CHILD_KIN else _person(m, asked)
    if said is None:
        return None
    (who_, one), (day, way), aux, end = said, _day(m), keyed(m["aux"] or ""), stop(m["end"])
    if aux == "đã" and way != "behind" or aux == "sẽ" and (way == "behind" or asked or m["must"]):
        return None
    if aux == "sẽ":
        return capitalised(contracted(who_, f"will go to the parents' meeting{day}{end}"))
    if m["must"]:
        do, has = ("Did", "had") if way == "behind" else ("Does", "has") if one else ("Do", "have")
        return f"{do} {who_} have to go to the parents' meeting{day}?" if asked else \
            capitalised(f"{who_} {has} to go to a parents' meeting{day}{end}")
    if way == "behind":
        return f"Did {who_} go to the parents' meeting{day}?" if asked else \
            capitalised(f"{who_} went to a parents' meeting{day}{end}")
    if way != "ahead":  # (no day, or "hôm nay": going, or gone?)
        return None
    return f"{be(who_).capitalize()} {who_} going to the parents' meeting{day}?" if asked else \
        capitalised(contracted(who_, f"{be(who_)} going to a parents' meeting{day}{end}"))


def _there(text: str) -> str | None:
    """"Tối nay có họp phụ huynh." as "There's a parents' meeting tonight." (_THERE); None for anything else."""
    m = _THERE.fullmatch(text)
    asked = bool(m and m["asked"])  # ("có" alone is there being one, not asking)
    if not m or asked != ("?" in m["end"]) or asked and not m["ask"] or m["day"] and m["day2"]:
        return None
    day, way = _day(m)
    if not way or m["aux"] and way == "behind" or not m["ask"] and way != "ahead":
        return None  # ("Hôm nay họp phụ huynh.": there is one, or we had one?)
    there = ("Was there", "There was") if way == "behind" else ("Will there be", "There will be") if m["aux"] else \
        ("Is there", "There's")
    return f"{there[0]} a parents' meeting{day}?" if asked else f"{there[1]} a parents' meeting{day}{stop(m['end'])}"


def _ask_when(text: str) -> str | None:
    """"Khi nào họp phụ huynh?" as "When is the parents' meeting?" (_ASK_WHEN); None for anything else."""
    m = next((m for p in _ASK_WHEN if (m := p.fullmatch(text))), None)
    return m and f"{_WHEN[keyed(m['when'])]} is the parents' meeting?"


def _whom(said: str, lang: str) -> str | None:
    """Whom of WHOM (`lang` "vi") in English, of WHOM_EN ("en") in Vietnamese; None for a pet, "him", "her", "them"."""
    whom = None if lang == "en" and said.lower() in ("him", "her", "them") else as_whom(said, lang)
    return None if whom is None or {"dog", "cat", "chó", "mèo"} & set(whom.split()) else whom


def _teacher(text: str) -> str | None:
    """"Cô giáo khen con tôi ngoan." as "The teacher praised my child for being good." (_TEACHER_DID); None else."""
    m = _TEACHER_DID.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or not m or bool(m["complained"]) == bool(m["for"]):
        return None  # (praise with no reason is mt/school_trouble.py's; a complaint's reason is not read)
    how, whom, to = _HOW.get(keyed(m["how"] or ""), ""), _whom(m["whom"], "vi"), _whom(m["to"], "vi") if m["to"] else ""
    if whom is None or to is None or asked and how not in ("", "often"):
        return None
    subject = m["tsubj"] or m["tsubj2"]
    kind = "form " if m["form"] or m["form2"] else f"{_SUBJECTS_KEYED[keyed(subject)]} " if subject else ""
    verb, said = ("complain", f"about {whom}") if m["complained"] else ("praise", f"{whom} for {_FOR[keyed(m['for'])]}")
    said = f"to {to} {said}" if to else said
    if asked:
        return f"{'Does' if how else 'Did'} the {kind}teacher{' often' if how else ''} {verb} {said}?"
    done = f"{verb}d" if verb == "praise" else f"{verb}ed"
    how = {"": done, "past": done, "just": f"has just {done}", "often": f"often {verb}s",
           "always": "is always complaining" if verb == "complain" else "always praises"}[how]
    return f"The {kind}teacher {how} {said}{stop(m['end'])}"


def _value(n: str) -> int:
    """A mark of _N as a number: 9 for "9" or "chín"."""
    return int(n) if n.isdigit() else list(VI_TO_EN).index(keyed(n)) + 1


def _mark(text: str) -> str | None:
    """"Con tôi bị điểm kém môn toán." as "My child got a bad mark in maths." (_MARK); None for anything else."""
    m = _MARK.fullmatch(text)
    what = bool(m and (m["what"] or m["what2"]))
    if what and (m["ask"] or m["asked"] or "?" not in m["end"] or m["verb"] != "được"):
        return None
    asked = False if what else m and _asked(m)
    said = None if asked is None or not m else _person(m, asked)
    if said is None:
        return None
    (who_, one), (day, way), how = said, _day(m), _MARK_HOW.get(keyed(m["how"] or ""), "")
    if way == "ahead" or (day or what) and how not in ("", "past") or asked and how not in ("", "often"):
        return None
    n = m["n"] or m["n2"]
    one_mark = many_marks = n and (f"{n} out of 10" if n.isdigit() else f"{VI_TO_EN[keyed(n)]} out of ten")
    if m["kind"]:
        verb, one_mark, many_marks = _MARKS[keyed(m["kind"])]
        if m["verb"] != verb:  # ("bị điểm cao": a good mark is not suffered)
            return None
    elif n and (m["verb"] == "bị" and _value(n) > 4 or how in ("often", "always", "never") or
                keyed(m["how"] or "") == "mới" or not m["subj"]):
        return None  # ("mới được 5 điểm": has just got 5, or got only 5?; "Tôi được 8 điểm.": or points in a game?)
    where = f" in {_SUBJECTS_KEYED[keyed(m['subj'])]}" if m["subj"] else ""
    got = many_marks if who_ in ("we", "they") else one_mark  # (each their own: "They got high marks.")
    if what:
        return f"What mark did {who_} get{where}{day}?"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} often get {many_marks}{where}?" if how else \
            f"Did {who_} get {got}{where}{day}?"
    has, s = ("has", "s") if one else ("have", "")
    said = {"": f"got {got}", "past": f"got {got}", "just": f"{has} just got {got}",
            "often": f"often get{s} {many_marks}", "always": f"always get{s} {many_marks}",
            "never": f"{has} never had {one_mark}"}[how]
    return capitalised(f"{who_} {said}{where}{day}{stop(m['end'])}")


def _doing(text: str) -> str | None:
    """"Con tôi học rất giỏi." as "My child does very well at school." (_DOING, _DOING_ASKED); None for any other."""
    if (m := _DOING_ASKED.fullmatch(text)) and (said := _person(m, True, child=True)):
        subject = m["subj"] and _SUBJECTS_KEYED[keyed(m["subj"])]
        if m["how"]:
            return f"How is {said[0]} doing {f'in {subject}' if subject else 'at school'}?"
        at = f"{'good at' if m['good'] == 'giỏi' else 'doing well in'} {subject}" if subject else "doing well at school"
        return f"Is {said[0]} {at}?"
    m = _DOING.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or not m else _person(m, asked, child=True)
    if said is None:
        return None
    good, deg, much = _GOOD[keyed(m["good"])], keyed(m["deg"] or ""), m["much"]
    if deg and much or (m["not"] or asked) and (deg or good not in ("good", "well")) or asked and (m["not"] or much):
        return None
    very = "very " if deg == "rất" or m["not"] and much else "quite " if deg == "khá" else "really " if much else ""
    who_, end, subject = said[0], stop(m["end"]), m["subj"] and _SUBJECTS_KEYED[keyed(m["subj"])]
    if subject:
        at = f"doing well in {subject}" if good == "well" else f"good at {subject}"
        if asked or m["not"]:
            return f"Is {who_} {at}?" if asked else capitalised(f"{who_} isn't {very}{at}{end}")
        return capitalised(f"{who_} does {very}well in {subject}{end}" if good == "well" else
                           f"{who_} is {very}{good} at {subject}{end}")
    if asked or m["not"]:
        return f"Is {who_} doing well at school?" if asked else \
            capitalised(f"{who_} doesn't do {very}well at school{end}")
    return capitalised(f"{who_} does {very}{'well' if good in ('good', 'well') else 'badly'} at school{end}")


def _norm(said: str | None) -> str:
    """English words as compared: small letters, one space apart."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _way(day_en: str | None) -> tuple[str, str]:
    """An English day of _DAY_EN in Vietnamese ("hôm qua") and its way ("behind", "today", "ahead"), or ("", "")."""
    vi = _DAYS_VI[_norm(day_en)] if day_en else ""
    return vi, "ahead" if vi in ("tối nay", "đêm nay") else NEAR_WAY.get(vi, "")


def _vi(*words: str, end: str = "") -> str:
    """Vietnamese words joined, those said ("" left out), capitalised, and `end`: "Hôm qua tôi đi họp phụ huynh."."""
    return capitalised(" ".join(w for w in words if w) + end)


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the English verb `word` ("'m", "has to") agrees with who_vi's `who_`, `one`; True for "will", "got"."""
    if word in ("am", "'m", "are", "'re"):
        return who_ == "tôi" if word in ("am", "'m") else not one and who_ != "tôi"
    return one if word in ("is", "'s", "does", "has to", "has", "gets") else \
        not one if word in ("do", "have to", "have", "'ve", "get") else True


def _go_vi(text: str) -> str | None:
    """"I went to a parents' meeting yesterday." as "Hôm qua tôi đi họp phụ huynh." (_GO_EN); None for anything else."""
    m = _GO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (m["kin"] or "").lower() in CHILD_KIN_EN:
        return None
    (who_, one), q, aux = who_vi(m), _norm(m["q"]), _norm(m["aux"]) or ("have to" if m["have"] else "")
    heard, (day, way) = (_AS.get(q, q), _AS.get(aux, aux), m["verb"]), _way(m["day"])
    form = _GOING.get(heard) if not (m["have"] and m["aux"]) else None
    if form is None or way not in form[1] or not _agrees(q or aux, who_, one) or q and who_ == "tôi":
        return None
    if form[0].startswith("có"):
        return _vi(day, who_, form[0], "đi họp phụ huynh không", end="?")
    said = form[0] if heard[1] != "had to" else "phải" if day else "đã phải"  # (a day behind says when)
    return _vi(day, who_, "" if said == "đã" and day else said, "đi họp phụ huynh", end=stop(m["end"]))


def _there_vi(text: str) -> str | None:
    """"There's a parents' meeting tonight." as "Tối nay có họp phụ huynh." (_THERE_EN); None for anything else."""
    m = _THERE_EN.fullmatch(text)
    there = _norm(m and m["there"])
    asked = there.startswith(("is", "was", "will"))
    if not m or asked != ("?" in m["end"]) or not m["day"]:
        return None
    (day, way), will = _way(m["day"]), "will" in there or "'ll" in there
    if ("was" in there) != (way == "behind") or will and way == "behind":
        return None
    return _vi(day, "sẽ" * (will and not asked), "có họp phụ huynh", "không" * asked, end="?" if asked else
               stop(m["end"]))


def _ask_when_vi(text: str) -> str | None:
    """"When is the parents' meeting?" as "Khi nào họp phụ huynh?" (_ASK_WHEN_EN); None for anything else."""
    m = _ASK_WHEN_EN.fullmatch(text)
    return m and f"{_WHEN_VI[' '.join(m['when'].split())]} họp phụ huynh?"


def _teacher_vi(text: str) -> str | None:
    """"The teacher complained about me." as "Cô giáo phàn nàn về tôi." (_TEACHER_DID_EN); None for anything else."""
    m = _TEACHER_DID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["praise"]) != bool(m["for"]):
        return None
    ending = next((e for e in ("ed", "ing", "s") if (m["verb"] or m["praise"]).lower().endswith(e)), "")
    how = _TEACHER_HOW.get((_norm(m["q"]), _norm(m["how"]), ending))
    whom, to = _whom(m["whom"], "en"), _whom(m["to"], "en") if m["to"] else ""
    if how is None or whom is None or to is None:
        return None
    subject = m["tsubj"] and SUBJECTS_VI[m["tsubj"].lower()]
    teacher = "Cô giáo chủ nhiệm" if m["form"] else f"Cô giáo dạy {subject}" if subject else "Cô giáo"
    done = f"khen {whom} {_FOR_VI[m['for']]}" if m["praise"] else f"phàn nàn{f' với {to}' if to else ''} về {whom}"
    return _vi(teacher, how, done, "không" * bool(m["q"]), end="?" if m["q"] else stop(m["end"]))


def _mark_vi(text: str) -> str | None:
    """"My son got a bad mark." as "Con trai tôi bị điểm kém." (_MARK_EN, _WHAT_MARK_EN); None for anything else."""
    m = _WHAT_MARK_EN.fullmatch(text) or _MARK_EN.fullmatch(text)
    if not m or animal(m) or m.re == _MARK_EN and bool(m["q"]) != ("?" in m["end"]):
        return None
    (day, way), subject = _way(m["day"]), m["subj"] and f"môn {SUBJECTS_VI[m['subj'].lower()]}"
    if m.re == _WHAT_MARK_EN:
        return None if way == "ahead" else _vi(day, who_vi(m)[0], "được mấy điểm", subject, end="?")
    (who_, one), q, how, mark = who_vi(m), _norm(m["q"]), _norm(m["how"]), _norm(m["mark"])
    said = _MARK_HOW_VI.get((_AS.get(q, q), how.split()[-1] if how else "", m["verb"].removesuffix("s")))
    first = q or (how.split()[0] if " " in how else m["verb"])
    if m["n"]:
        n = EN_TO_VI.get(mark.split()[0], mark.split()[0])
        mark, many = f"{'bị' if _value(n) <= 4 else 'được'} điểm {n}", False
    else:
        kind = _MARKS_VI[mark]
        mark, many = f"{_MARKS[kind][0]} điểm {kind}", None if kind == "tuyệt đối" else not mark.startswith("a ")
    if said is None or many not in (None, said[1]) or day and (how or q not in ("", "did")) or way == "ahead" or \
            not _agrees({"'s": "has", "'ve": "have"}.get(first, first), who_, one):
        return None
    return _vi(day, who_, "có" * bool(q), said[0], mark, subject, "không" * bool(q), end="?" if q else stop(m["end"]))


def _doing_vi(text: str) -> str | None:
    """"My child does very well at school." as "Con tôi học rất giỏi." (_DOING_EN, _HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text) or _DOING_EN.fullmatch(text)
    if not m or not (m["given"] or (m["kin"] or "").lower() in CHILD_KIN_EN):
        return None
    subject, who_ = m["subj"] or m.groupdict().get("subj2"), who_vi(m)[0]
    if m.groupdict().get("good") and (m["given"] or subject.lower() in ("music", "art")):
        return None
    where = subject and f"môn {SUBJECTS_VI[subject.lower()]}"
    if m.re == _HOW_EN:
        return _vi(who_, "học", where or "hành", "thế nào", end="?")
    q, aux = _norm(m["q"]), _norm(m["aux"]).replace("'s", "is").replace("n't", " not")
    deg, denied = _norm(m["deg"] or m["deg2"]), "not" in aux
    bad = m["well"] == "badly" or m["good"] in ("weak", "bad", "poor")
    good = "kém" if bad else "giỏi" if m["good"] or m["verb"] in ("does", "do") else "tốt"
    if bool(q) != ("?" in m["end"]) or (q, aux, m["verb"] or "is") not in _DOING_HEARD or (denied or q) and bad or \
            q and deg or denied and (deg not in ("", "very") or deg and where):
        return None
    if q:
        return _vi(who_, "có học giỏi", where, "không", end="?") if m["good"] else \
            _vi(who_, "học", where, f"có {good} không", end="?")
    very = "" if denied else {"very": "rất", "really": "rất", "quite": "khá"}.get(deg, "")
    return _vi(who_, "học", "không" * denied, very, good, "lắm" * bool(denied and deg), where, end=stop(m["end"]))
