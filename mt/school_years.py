"""Which year or class someone is in at school, both ways, written whole by rule: in the same class (as someone), the
youngest, oldest, tallest, shortest or best in their class, which class or year, asked, a class by its name ("lớp
3A"), and a grade with a year: going into it, in it this year, next year, last year. v8 (rules on): "Chúng tôi học
cùng lớp." → "We studied the same class.", "Con gái tôi học cùng lớp với con trai chị Lan." → "My daughter learned
with his son Lan.", "Em gái tôi năm nay lên lớp sáu." → "My sister This year is up to six.", "Năm sau con tôi lên lớp
hai." → "Next year, I'll be on the second class.", "Năm ngoái tôi học lớp 10." → "Last year, I studied class 10.",
"Cô ấy nhỏ tuổi nhất lớp." → "She is the oldest of class.", "Bạn học lớp nào?" → "Which class do you study?", "Bạn
học năm thứ mấy?" → "What's the fifth year you study?", "Tôi học lớp 3A." → "I am in grade 3A."; "What year are you
in?" → "Bạn vào năm nào?", "My son is in year 3." → "Con trai tôi ở trong năm 3.", "My son is going into year 7." →
"Con trai tôi sẽ vào năm 7.", "She's the youngest in her class." → "Cô ấy là thanh niên nhất trong lớp của cô ấy.",
"Which class is your son in?" → "Con trai bạn học nào?", "We were classmates." → "Chúng tôi là những người bạn lớp.".

Grades are written "grade 3" in English (as mt/people.py writes them), "lớp 3" in Vietnamese; English "year 7"
(British), "seventh grade", "grade 7" are read, 1 to 12, as the same number ("year 7" is "lớp 7"). Taken: who
(mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) in the same class ("học cùng lớp", "chung lớp"), we or
they, or anyone with someone (a pronoun, kin and whose, a name, or a child of someone by name: "con trai chị Lan",
"Lan's son"), now, once ("từng", used to be) or before ("đã", were), asked now; we or they classmates; one the youngest
… best student ("học giỏi nhất") in their class; which class, or what year (at university: "sinh viên năm mấy"), asked
(alone "What year are you in?" is "năm thứ mấy", which a pupil also understands); in class "3A"; a grade with a year of
_YEARS (this, next, last, school year; after the number only where it cannot be read as "ba năm nay", three years): in
it, going into it ("lên lớp"), starting it ("vào lớp"), "sắp" (about to). Left: a grade said or asked without a year and
a university year (mt/people.py's), what someone studies (mt/studies.py), "Lan và tôi …" (two joined), the youngest
asked, grades above 12, anything else.
mt.phrasebook.translate tries these after mt/business_trips.py.

    >>> translate("Chúng tôi học cùng lớp.", "vi", "en"), translate("My son is going into year 7.", "en", "vi")
    ("We're in the same class.", 'Con trai tôi sắp lên lớp 7.')
"""
from __future__ import annotations

import re

from .dates import VI_HOURS
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN, KIN
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import his_her
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, alternatives, be, be_said,
                   capitalised, contracted, keyed)

# a year near this one, and its English (the first Vietnamese of each is written back)
_YEARS = {"năm nay": "this year", "năm sau": "next year", "năm tới": "next year", "sang năm": "next year",
          "năm ngoái": "last year", "năm học này": "this school year", "năm học tới": "next school year",
          "năm học sau": "next school year"}
_YEARS_VI = {en: vi for vi, en in reversed(_YEARS.items())}
# ... after the grade only those that do not read with a number before them ("lớp ba năm nay": three years now)
_YEARS_AFTER = ("năm ngoái", "sang năm", "năm học này", "năm học tới", "năm học sau")
_KEYS = {"vi": lazy(r"(?i:lớp|năm\s+(?:thứ\s+)?mấy)"), "en": lazy(r"(?i:class|grade|year)")}

_GRADE = rf"(?P<n>1[0-2]|[1-9]|(?i:{alternatives(VI_HOURS)}))(?!\w)"
_NAMED = r"(?P<named>\d{1,2}[A-Za-z]\d{0,2})(?!\w)"  # a class by its name: "3A", "12A1"
# a child or sibling of someone by name ("con trai chị Lan": "Lan's son"; not "bạn Lan", which is Lan)
_CHILDREN = ("con trai", "con gái", "con", "em trai", "em gái", "anh trai", "chị gái")
_CHILDREN_EN = {"son": "con trai", "daughter": "con gái", "child": "con"}
_OTHER = (rf"(?:{WHOM}|(?P<child>(?i:{alternatives(_CHILDREN)}))\s+(?P<of>của\s+)?(?:(?P<title2>(?i:"
          rf"{alternatives(KIN)}))\s+)?(?P<parent>{alternatives(GIVEN)}))")
_OTHER_EN = (rf"(?:(?P<parent>{alternatives(GIVEN_EN)})['’]s\s+(?P<child>{alternatives(_CHILDREN_EN)})|"
             rf"{WHOM_EN})")

# in the same class ("Chúng tôi học cùng lớp.", "Con gái tôi học cùng lớp với con trai chị Lan.", "Chúng tôi là bạn
# cùng lớp.")
_SAME = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<once>(?:đã\s+)?từng)\s+|(?P<did>đã)\s+)?"
             r"(?:(?:học\s+)?(?:cùng|chung)\s+(?:một\s+)?lớp(?:\s+(?:với\s+)?(?:(?P<each>nhau)|"
             rf"{_OTHER}))?|(?P<mates>là\s+bạn\s+(?:học\s+)?cùng\s+lớp)){ASKED_END}")
# the youngest … in the class ("Cô ấy nhỏ tuổi nhất lớp.", "Con tôi học giỏi nhất lớp.")
_MOST = {"nhỏ tuổi": "youngest", "ít tuổi": "youngest", "trẻ": "youngest", "lớn tuổi": "oldest",
         "nhiều tuổi": "oldest", "cao": "tallest", "thấp": "shortest", "học giỏi": "best student"}
_MOST_VI = {en: vi for vi, en in reversed(_MOST.items())}
_MOST_SAID = lazy(rf"{WHO}\s+(?:là\s+(?:người|đứa)\s+)?(?P<most>{alternatives(_MOST)})\s+nhất\s+(?:trong\s+)?lớp"
                  rf"{SOFTENED_END}")
# which class, what year, asked ("Bạn học lớp nào?", "Bạn học năm thứ mấy?", "Bạn là sinh viên năm mấy?")
_WHICH = lazy(rf"{WHO}\s+(?:(?:đang\s+)?học\s+(?:(?P<cls>lớp\s+nào)|năm\s+thứ\s+mấy)|là\s+sinh\s+viên\s+năm\s+"
              rf"(?:thứ\s+)?mấy){SOFTENED_QUESTION}")
_CLASS_NAMED = lazy(rf"{WHO}\s+(?:đang\s+)?học\s+lớp\s+{_NAMED}{SOFTENED_END}")
# a grade with a year ("Năm nay con tôi lên lớp một.", "Em gái tôi năm nay lên lớp sáu.", "Năm ngoái tôi học lớp 10.")
_GRADED = lazy(rf"(?:(?P<when0>(?i:{alternatives(_YEARS)}))\s*,?\s+)?{WHO}(?:\s+(?P<when>(?i:{alternatives(_YEARS)})))?"
               rf"(?:\s+(?P<tense>sẽ|sắp|đã|đang))?\s+(?P<verb>lên|vào|học)\s+lớp\s+{_GRADE}"
               rf"(?:\s+(?P<when2>(?i:{alternatives(_YEARS_AFTER)})))?{SOFTENED_END}")

# ... in English
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_GRADE_EN = (rf"(?:(?:the\s+)?(?P<nth>{alternatives(_NTH)}|\d{{1,2}}(?:st|nd|rd|th))\s+grade|grade\s+(?P<n>\d{{1,2}})|"
             r"[Yy]ear\s+(?P<y>\d{1,2}))(?!\w)")
_BE_ANY = r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re|\s+was|\s+were)"
_SAME_EN = lazy(rf"(?:(?P<ask>Are|Is|Am)\s+)?{WHO_EN}(?:{_BE_ANY}|\s+(?P<used>used\s+to\s+be))?\s+"
                rf"(?:in\s+the\s+same\s+class(?:\s+as\s+{_OTHER_EN})?|(?P<mates>classmates))\s*(?P<end>[.!?]*)")
_MOST_EN = lazy(rf"{WHO_EN}{BE_EN}\s+the\s+(?P<most>{alternatives(_MOST_VI)})\s+in\s+"
                r"(?P<owner>the|my|your|his|her)\s+class\s*(?P<end>[.!]*)")
_WHICH_EN = lazy(rf"(?:Which|What)\s+(?P<what>class|year)\s+(?P<be>is|am|are)\s+{WHO_EN}\s+in"
                 r"(?:\s+at\s+(?P<at>school|university|college|uni))?\s*\?+")
_CLASS_NAMED_EN = lazy(rf"{WHO_EN}{BE_EN}\s+in\s+class\s+{_NAMED}\s*(?P<end>[.!]*)")
# a grade, in it, going into it, starting it, with a year or not ("My son is going into year 7.", "She'll be in grade
# 2 next year.", "I was in year 10 last year.")
_VERBS_EN = (rf"{_BE_ANY}\s+(?P<doing>in|going\s+into|starting|moving\s+up\s+to)|(?P<will>\s+will|['’]ll)\s+"
             r"(?P<will_do>be\s+in|go\s+into|start|move\s+up\s+to)|\s+(?P<did>went\s+into|started|moved\s+up\s+to)|"
             r"\s+(?P<does>starts?|goes\s+into|go\s+into|moves?\s+up\s+to)")
_GRADED_EN = lazy(rf"{WHO_EN}(?:{_VERBS_EN})\s+{_GRADE_EN}(?:\s+(?P<when>{alternatives(_YEARS_VI)}))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who is in the same class, the youngest … in it, in which class or
    grade, or asks which class or year; None for any other."""
    if src == "vi":
        return _same(text) or _most(text) or _which(text) or _class_named(text) or _graded(text)
    return _same_vi(text) or _most_vi(text) or _which_vi(text) or _class_named_vi(text) or _graded_vi(text)


def _other(m: re.Match) -> str | None:
    """Whom of a match of _OTHER in English: "Lan", "my mother", "him", "Lan's son" ("con trai chị Lan"); None for
    none said, or one this does not read."""
    if m["child"]:  # ("con Lan" alone may be Lan herself)
        parent = someone(f"{m['title2'] or ''} {m['parent']}", "vi")
        bare = keyed(m["child"]) == "con" and not (m["title2"] or m["of"])
        return None if bare or not parent else f"{parent}'s {NAMED_WHO[keyed(m['child'])]}"
    return as_whom(m["whom"], "vi") if m["whom"] else None


def _same(text: str) -> str | None:
    """"Chúng tôi học cùng lớp." as "We're in the same class.", "Tôi từng học cùng lớp với Lan." as "I used to be in
    the same class as Lan.", "Bạn có học cùng lớp với Lan không?" as "Are you in the same class as Lan?", "Chúng tôi
    là bạn cùng lớp." as "We're classmates." (_SAME); None for anything else, and one alone in the same class."""
    m = _SAME.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["once"] or m["did"]):
        return None
    if (said := who(m, asked)) is None:
        return None
    who_, one = said
    whom = _other(m)
    many = who_ in ("we", "they")
    if whom in (who_, EN_OBJECT.get(who_)) or (m["whom"] or m["child"]) and not whom or \
            m["mates"] and (asked or not many) or not whom and not many:
        return None
    what = "classmates" if m["mates"] else f"in the same class{f' as {whom}' if whom else ''}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {what}?"
    if m["once"]:
        return capitalised(f"{who_} used to be {what}.")
    if m["did"]:
        return capitalised(f"{who_} {_was(who_, one)} {what}.")
    return capitalised(contracted(who_, f"{be(who_)} {what}."))


def _most(text: str) -> str | None:
    """"Cô ấy nhỏ tuổi nhất lớp." as "She's the youngest in her class.", "Con tôi học giỏi nhất lớp." as "My child is
    the best student in the class." (_MOST_SAID); None for anything else, and we or they."""
    m = _MOST_SAID.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or said[0] in ("we", "they"):
        return None
    who_ = said[0]
    whose = EN_WHOSE.get(who_) or m["kin"] and his_her(f"{m['kin']} {m['whose']}") or "the"
    most = _MOST[keyed(m["most"])]
    return capitalised(contracted(who_, f"{be(who_)} the {most} in {whose} class."))


def _which(text: str) -> str | None:
    """"Bạn học lớp nào?" as "Which class are you in?", "Bạn học năm thứ mấy?" and "Bạn là sinh viên năm mấy?" as
    "What year are you in?" (_WHICH); None for anything else."""
    m = _WHICH.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    who_ = said[0]
    return f"{'Which class' if m['cls'] else 'What year'} {be(who_)} {who_} in?"


def _was(who_: str, one: bool) -> str:
    """"was" or "were" after who in English ("I was", "my son was", "we were")."""
    return "was" if one or who_ == "I" else "were"


def _class_named(text: str) -> str | None:
    """"Tôi học lớp 3A." as "I'm in class 3A." (_CLASS_NAMED); None for anything else."""
    m = _CLASS_NAMED.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} in class {m['named'].upper()}."))


def _graded(text: str) -> str | None:
    """"Năm nay con tôi lên lớp một." as "My child is going into grade 1 this year.", "Năm sau con tôi vào lớp một."
    as "My child is starting grade 1 next year.", "Năm ngoái tôi học lớp 10." as "I was in grade 10 last year.",
    "Con tôi sắp lên lớp 7." as "My child is going into grade 7." (_GRADED); None for anything else, more than one
    year, and a year the tense does not go with."""
    m = _GRADED.fullmatch(text)
    whens = [w for w in (m["when0"], m["when"], m["when2"]) if w] if m else []
    if not m or "?" in m["end"] or len(whens) > 1 or (said := who(m, False)) is None:
        return None
    who_, one = said
    when = _YEARS[keyed(whens[0])] if whens else ""
    rel, tense, verb = when.split(" ")[0], m["tense"] or "", m["verb"]
    soon = tense in ("sắp", "sẽ") and verb != "học" and rel != "last"  # ("sắp lên lớp 7": going into it)
    if not (when or soon) or tense and not soon and tense != {"this": "đang", "next": "sẽ", "last": "đã"}.get(rel):
        return None
    grade = m["n"] if m["n"].isdigit() else VI_HOURS[keyed(m["n"])]
    at = f" {when}" if when else ""
    if verb == "học":
        if rel == "last":
            return capitalised(f"{who_} {_was(who_, one)} in grade {grade}{at}.")
        return capitalised(f"{who_} will be in grade {grade}{at}." if rel == "next" else
                           contracted(who_, f"{be(who_)} in grade {grade}{at}."))
    going = "starting" if verb == "vào" else "going into"
    if rel == "last":
        return capitalised(f"{who_} {'started' if verb == 'vào' else 'went into'} grade {grade}{at}.")
    return capitalised(contracted(who_, f"{be(who_)} {going} grade {grade}{at}."))


def _other_vi(m: re.Match) -> str | None:
    """Whom of a match of _OTHER_EN in Vietnamese: "Lan", "mẹ tôi", "anh ấy", "con trai của Lan"; None for none
    said."""
    if m["child"]:
        return f"{_CHILDREN_EN[m['child']]} của {m['parent']}"
    return as_whom(m["whom"], "en") if m["whom"] else None


def _same_vi(text: str) -> str | None:
    """"We're in the same class." as "Chúng tôi học cùng lớp.", "Are you in the same class as Lan?" as "Bạn có học
    cùng lớp với Lan không?", "We used to be classmates." as "Chúng tôi từng là bạn cùng lớp." (_SAME_EN); None for
    anything else, "is", "are" … that does not agree with who, and one alone in the same class."""
    m = _SAME_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["ask"]) != asked or asked == bool(m["be"] or m["used"]):
        return None
    who_, one = who_vi(m)
    said = (m["ask"] or m["be"] or "").strip().lower()
    past = said in ("was", "were") or bool(m["used"])
    whom = _other_vi(m)
    if said and be_said(said) != be_of(who_, one, past) or whom == who_ or \
            (m["whom"] or m["child"]) and not whom or not whom and who_ not in ("chúng tôi", "họ"):
        return None
    what = "là bạn cùng lớp" if m["mates"] else f"học cùng lớp{f' với {whom}' if whom else ''}"
    if asked:
        return None if m["mates"] else capitalised(f"{who_} có {what} không?")
    return capitalised(f"{who_} {'từng ' * past}{what}.")


def _most_vi(text: str) -> str | None:
    """"She's the youngest in her class." as "Cô ấy nhỏ tuổi nhất lớp.", "My son is the best student in the class."
    as "Con trai tôi học giỏi nhất lớp." (_MOST_EN); None for anything else, whose not theirs ("I'm … in his class")
    and "is", "am" that does not agree."""
    m = _MOST_EN.fullmatch(text.replace("’", "'"))
    if not m:
        return None
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one) or who_ in ("chúng tôi", "họ") or not _own_class(m, who_, one):
        return None
    return capitalised(f"{who_} {_MOST_VI[m['most']]} nhất lớp.")


def _own_class(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the class of a match of _MOST_EN is the subject's own ("I … my", "my son … his", "Lan … her"; "the")."""
    whose = m["owner"].lower()
    if m["who"]:
        return whose in ("the", EN_WHOSE.get(m["who"] if m["who"] == "I" else m["who"].lower()))
    own = his_her(who_) if m["kin"] else None
    return whose == "the" or whose == own or own is None and whose in ("his", "her")


def _which_vi(text: str) -> str | None:
    """"Which class are you in?" as "Bạn học lớp nào?", "What year are you in?" as "Bạn học năm thứ mấy?", "What year
    is your son in at school?" as "Con trai bạn học lớp mấy?" (_WHICH_EN); None for anything else."""
    m = _WHICH_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["be"] != be_of(who_, one) or m["what"] == "class" and m["at"]:
        return None
    if m["what"] == "class":
        return capitalised(f"{who_} học lớp nào?")
    at = m["at"] or ""  # (asked alone, of school or university: the year of either)
    asked = "học lớp mấy" if at == "school" else "là sinh viên năm mấy" if at else "học năm thứ mấy"
    return capitalised(f"{who_} {asked}?")


def _class_named_vi(text: str) -> str | None:
    """"I'm in class 3A." as "Tôi học lớp 3A." (_CLASS_NAMED_EN); None for anything else."""
    m = _CLASS_NAMED_EN.fullmatch(text)
    if not m or be_said(m["be"]) != be_of(*who_vi(m)):
        return None
    return capitalised(f"{who_vi(m)[0]} học lớp {m['named'].upper()}.")


def _graded_vi(text: str) -> str | None:
    """"My son is going into year 7." as "Con trai tôi sắp lên lớp 7.", "She'll be in grade 2 next year." as "Năm sau
    cô ấy sẽ học lớp 2.", "I was in year 10 last year." as "Năm ngoái tôi học lớp 10.", "My son is in year 3." as "Con
    trai tôi đang học lớp 3." (_GRADED_EN); None for anything else, a verb that does not agree with who or the year,
    and "is in grade 3" without a year (mt/people.py's)."""
    m = _GRADED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    grade = int(m["n"] or m["y"] or _NTH.get(m["nth"].lower()) or m["nth"][:-2])
    rel = m["when"].split()[0] if m["when"] else ""
    said = (m["be"] or "").strip().lower()
    past = said in ("was", "were") or bool(m["did"])
    does = m["does"] and " ".join(m["does"].split())
    verb = " ".join((m["doing"] or m["will_do"] or m["did"] or does).split())
    if not 1 <= grade <= 12 or said and be_said(said) != be_of(who_, one, past) or (rel == "last") != past or \
            does and (does.split()[0] in ("starts", "goes", "moves")) != one or does and not rel or \
            (m["will"] and rel in ("this", "last")) or verb == "in" and not rel and not (m["y"] and not past):
        return None
    into = "học" if verb.endswith("in") else "vào" if verb.startswith("start") else "lên"
    when = f"{_YEARS_VI[m['when']].capitalize()} " if rel else ""
    tense = "sẽ " if m["will"] else "sắp " if not rel and into != "học" else "đang " if not rel else ""
    return f"{when}{who_ if rel else capitalised(who_)} {tense}{into} lớp {grade}."
