"""Extra classes and tutors, both ways, written whole by rule: who goes to extra classes or cram school, has extra
classes of a subject, is looking for, wants to hire or has a tutor, works as one, tutors someone, and what a tutor
costs. v8 (rules on) reads "học thêm" as studying more, "đi học" as going to school, and "gia sư" as a lawyer, a
professor or nothing, "tutor" as a guide: "Tôi đi học thêm buổi tối." → "I'm going to go to school for dinner.",
"Con tôi học thêm toán." → "I learned more math.", "Con gái tôi đi học thêm tiếng Anh." → "My daughter goes to school
add English.", "Tôi đang tìm gia sư tiếng Anh cho con." → "I'm looking for English.", "Con gái tôi có gia sư toán." →
"My daughter has a lawyer.", "Cô ấy làm gia sư." → "She made a professor.", "Thuê gia sư mất bao nhiêu tiền?" → "How
much money does the collector?", "Bạn có đi học thêm không?" → "Do you study more?"; "My son has a maths tutor." →
"Con trai tôi có một người hướng dẫn toán học.", "She tutors children after work." → "Cô ấy thâm nhập bọn trẻ sau khi
làm việc.", "How much does a tutor cost?" → "Chi phí hướng dẫn bao nhiêu?", "Does he go to cram school?" → "Anh ấy có
phải đi học không?", "My son has extra maths classes." → "Con trai tôi có lớp toán bổ sung.".

Taken: who (mt.hobbies.WHO, WHO_EN; "Ai", who, asking) goes ("đi học thêm"), will go, has to go or does not go to extra
classes (of a subject of SUBJECTS_TUTORED) or cram school ("đi học luyện thi", "lò luyện thi"), has extra classes of
a subject ("học thêm toán") or has extra classes ("có lớp học thêm"), as a habit (mt.hobbies.EVERY, "buổi tối", "sau
giờ làm", "vào thứ Bảy": on Saturdays), on a day ahead or behind (mt.free_time.when), asked ("có … không?"); who is
looking for, wants or needs to find, has hired, has just hired, wants, needs, plans to or will hire a tutor (of a
subject, private) for someone ("cho con": a pronoun's own child); who has a tutor or not, asked; works or is working as
a tutor, is one; tutors someone or a subject; how much a tutor costs (an hour, a lesson, a month). English is read by
writing each Vietnamese reading back (`_readings`) and comparing, contractions, "math", "lessons", "takes" aside.
Left: "học thêm" without "đi", "lớp" or a subject ("Tôi cần học thêm.": study more), "học thêm" of a subject with a
modal ("phải học thêm toán": study more?) or of a language without "đi" or "lớp" ("Tôi học thêm tiếng Anh.": also
learning it?), "cho mình" (me, or oneself?) and "Tôi … cho tôi" (myself), "đang đi học thêm" (now, or these days?),
a price said (mt/prices.py), learning a language (mt/languages.py), signing up for a class (mt/enrolment.py),
homework (mt/homework.py), "anh", "chị", "em" alone saying it (the speaker or "you"), "kids", "Is he a tutor?", a day
opening an English sentence. "có lớp học thêm" on one day is "an extra class", as a habit "extra classes".
mt.phrasebook.translate tries these after mt/check_ups.py.

    >>> translate("Con tôi học thêm toán.", "vi", "en"), translate("My daughter has a maths tutor.", "en", "vi")
    ('My child has extra maths classes.', 'Con gái tôi có gia sư toán.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import AHEAD
from .free_time import DAY_OPENING, OPENS, placed, when
from .hobbies import EVERY, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .skills import LANGUAGES_VI
from .studies import SUBJECTS
from .tense import BEHIND
from .text import (ASKED_END, EN_DAYS, EN_WHOSE, EXPANDED, SOFTENER, alternatives, be, capitalised, contracted, keyed,
                   progressive, third_person)

# subjects one has extra classes or a tutor in (mt.studies'; at school "toán" is "maths"), and some languages
SUBJECTS_TUTORED = {vi: SUBJECTS[vi] for vi in ("tiếng Anh", "vật lý", "hóa học", "sinh học", "lịch sử")} | {
    "toán": "maths", "toán học": "maths", "hóa": "chemistry", "lý": "physics", "văn": "literature",
    "ngữ văn": "literature"} | {LANGUAGES_VI[en]: en for en in ("Vietnamese", "French", "Japanese", "Korean",
                                                                "Chinese", "German")}
_SUBJECTS_KEYED = {keyed(vi): en for vi, en in SUBJECTS_TUTORED.items()}
# languages among them: "học thêm tiếng Anh" without "đi" or "lớp" is as often "also learning English"
_LANGUAGES_KEYED = {keyed(vi) for vi, en in SUBJECTS_TUTORED.items() if LANGUAGES_VI.get(en) == vi}
# whom one cannot do it for but oneself ("cho mình": me, or him- or herself?; "I … for me": "myself")
_SELF = {"I": "me", "we": "us"}
SUBJECTS_TUTORED_VI = {en.lower(): vi for vi, en in reversed(SUBJECTS_TUTORED.items())} | {"math": "toán"}
_SUBJECT = rf"(?i:{alternatives(SUBJECTS_TUTORED)})"
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:học\s+thêm|gia\s+sư|dạy\s+kèm|luyện\s+thi)"),
         "en": lazy(r"(?i:extra\s+(?:\w+\s+)?(?:class(?:es)?|lessons)|tutor|cram\s+school)")}
# times a habit is kept at, besides the days of the week ("vào thứ Bảy": "on Saturdays")
_HABITS = EVERY | {"buổi tối": "in the evening", "buổi sáng": "in the morning", "buổi chiều": "in the afternoon",
                   "cuối tuần": "at the weekend", "sau giờ học": "after school", "sau giờ làm": "after work"}
_HABITS_KEYED = {keyed(vi): en for vi, en in _HABITS.items()}
_HABITS_VI = {en: ("" if vi.startswith(("mỗi ", "sau ")) else "vào ") + vi for vi, en in reversed(_HABITS.items())}
_ON_DAYS = lazy(rf"on (?:{'|'.join(EN_DAYS)})")
_DAY = rf"(?:\s+(?P<day>(?:{OPENS}|(?i:mỗi|hằng|hàng|sau|buổi)(?!\w))[^,.!?]*?))?"

# who goes to extra classes or cram school, or has extra classes ("Tôi đi học thêm buổi tối.", "Con tôi học thêm
# toán.", "Ngày mai con tôi có lớp học thêm.", "Bạn có đi học thêm không?")
_CLASSES = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<aux>có|không|phải|sẽ)\s+)?(?:(?P<cram>đi\s+(?:học\s+)?(?:ở\s+)?"
                r"(?:lò|trung\s+tâm)\s+luyện\s+thi|đi\s+học\s+luyện\s+thi)|(?P<go>đi\s+học\s+thêm)|"
                r"(?P<has>có\s+(?:lớp|buổi)\s+học\s+thêm)|(?P<take>học\s+thêm))"
                rf"(?:\s+(?:môn\s+)?(?P<subject>{_SUBJECT}))?{_DAY}{ASKED_END}")
# a tutor ("gia sư toán", "gia sư dạy tiếng Anh", "gia sư riêng"), and for whom ("cho con", "cho con trai tôi")
_TUTOR = rf"(?i:gia)\s+sư(?:\s+(?:dạy\s+)?(?:môn\s+)?(?P<subject>{_SUBJECT}))?(?:\s+(?P<private>riêng))?"
_FOR = rf"(?:\s+cho\s+(?:{WHOM}|(?P<child>con)(?:\s+(?P<sex>trai|gái))?))?"
# who is looking for one or hires one ("Tôi đang tìm gia sư tiếng Anh cho con.", "Bạn có muốn thuê gia sư không?")
_SEEKS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>đang|muốn|cần|định|đã|vừa|sẽ)\s+(?P<verb>tìm|thuê)\s+"
              rf"(?:một\s+)?{_TUTOR}{_FOR}{ASKED_END}")
_SEEKING = {("đang", "tìm"): "be looking for", ("muốn", "tìm"): "want to find", ("cần", "tìm"): "need to find",
            ("muốn", "thuê"): "want to hire", ("cần", "thuê"): "need to hire", ("định", "thuê"): "be planning to hire",
            ("đã", "thuê"): "hired", ("vừa", "thuê"): "have just hired", ("sẽ", "thuê"): "will hire"}
# who has one, works as one, is one ("Con gái tôi có gia sư toán.", "Cô ấy làm gia sư.")
_HAS = lazy(rf"{WHO}\s+(?:(?P<aux>không|có|đang)\s+)?(?P<verb>có|làm|là)\s+(?:một\s+|người\s+)?{_TUTOR}{ASKED_END}")
# who tutors whom, in what ("Cô ấy dạy kèm trẻ em sau giờ làm.", "Ai dạy kèm cho con bạn?")
_TUTORS = lazy(rf"(?:{WHO}|(?P<ai>[Aa]i))\s+(?:(?P<aux>không|có)\s+)?dạy\s+kèm"
               rf"(?:\s+(?:môn\s+)?(?P<subject>{_SUBJECT}))?"
               rf"(?:\s+(?:cho\s+)?(?:(?P<pupils>trẻ\s+em|học\s+sinh)|{WHOM}))?{_DAY}{ASKED_END}")
_PUPILS = {"trẻ em": "children", "học sinh": "students"}
# what one costs ("Thuê gia sư mất bao nhiêu tiền?", "Một gia sư giá bao nhiêu một giờ?")
_COST = lazy(rf"(?i:thuê\s+|một\s+)?(?:một\s+)?{_TUTOR}\s+(?:thì\s+)?(?:mất|tốn|hết|giá)\s+(?:khoảng\s+)?bao\s+nhiêu"
             rf"(?:\s+tiền)?(?:\s+(?:một|mỗi)\s+(?P<per>buổi|giờ|tiếng|tháng))?{SOFTENER}\s*\?+")
_PER = {"buổi": "per lesson", "giờ": "per hour", "tiếng": "per hour", "tháng": "per month"}
_PER_VI = {"lesson": "một buổi", "hour": "một giờ", "month": "một tháng"}

# English: who opens it (after "Do", "Are" …), and the words each reading needs
_WHO_OPENING = lazy(rf"(?:(?:Do|Does|Did|Are|Is|Am|Will)\s+)?(?:{WHO_EN}|(?P<ai>Who))(?=[\s'’])")
_SUBJECT_EN = lazy(rf"(?i:\b(?:{alternatives(SUBJECTS_TUTORED_VI)})\b)")
_WHOM_OPENS = lazy(rf"\b(?:for|tutors?)\s+(?:(?P<pupils>children|students)|{WHOM_EN})\b")
_DAY_EN = lazy(r"\s(?P<day>(?:in\s+the|on|at|after|every|tonight|tomorrow|today|yesterday|next|last)\b[^.!?]*?)"
               r"\s*[.!?]*$")
_PER_EN = lazy(r"\s(?:per|an?)\s+(?P<per>lesson|hour|month)\s*\?*$")
# English said another way, as the readings write it
_CANON = [(lazy(r"\bmath\b"), "maths"), (lazy(r"\blessons\b"), "classes"),
          (lazy(r"\ban? extra (\w+ )?class\b"), r"extra \1classes"), (lazy(r"\btakes(?= extra)"), "has"),
          (lazy(r"\btake(?= extra)"), "have"), (lazy(r"\btook(?= extra)"), "had"),
          (lazy(r"\bin the (morning|afternoon|evening)s\b"), r"in the \1"),
          (lazy(r"\b(?:at|on) weekends\b|\bon the weekend\b"), "at the weekend"),
          (lazy(r"\b(?:an|a) (?=hour|lesson|month)"), "per "),
          (lazy(r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit))'s(?= just\b)"), " has"),
          (lazy(r"(?:(?<=\bhe)|(?<=\bshe)|(?<=\bit))'s\b"), " is")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about extra classes, cram school or a tutor; None for any other."""
    return _english(text) if src == "vi" else _vietnamese(text)


def _english(text: str) -> str | None:
    """A Vietnamese sentence of this module's in English; None for any other."""
    return _classes(text) or _seeks(text) or _has(text) or _tutors(text) or _cost(text)


def _asked(m: re.Match, ask: bool | None) -> bool | None:
    """Whether a match asks ("… không?"; with "có" before it where `ask` tells whether "có" was said, "có" being
    the verb where it is None); None where the "?" and the words disagree."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or ask is not None and asked != ask else asked


def _day(said: str | None) -> tuple[str, str] | None:
    """A day in English and what it tells of the tense: "mỗi tối" ("every evening", "habit"), "vào thứ Bảy" ("on
    Saturdays", "habit"), "tối nay" ("tonight", "ahead"), "hôm qua" ("yesterday", "behind"); ("", "") for none, None
    for one not read or that tells nothing ("tuần này")."""
    if not said:
        return "", ""
    if habit := _HABITS_KEYED.get(keyed(said).removeprefix("vào ")):
        return habit, "habit"
    day = when(said, "vi")
    if not day:
        return None
    if _ON_DAYS.fullmatch(day):
        return f"{day}s", "habit"
    return (day, "behind") if BEHIND.match(day) else (day, "ahead") if AHEAD.match(day) or day == "tonight" else None


def _subject(m: re.Match) -> str:
    """The subject of a match in English, and a space after it ("maths "); "" for none."""
    return f"{_SUBJECTS_KEYED[keyed(m['subject'])]} " if m["subject"] else ""


def _classes(text: str) -> str | None:
    """"Tôi đi học thêm buổi tối." as "I go to extra classes in the evening.", "Con tôi học thêm toán." as "My child has
    extra maths classes.", "Tối nay tôi phải đi học thêm." as "I have to go to extra classes tonight.", "Bạn có đi học
    thêm không?" as "Do you go to extra classes?", "Tối nay tôi có lớp học thêm." as "I have an extra class tonight."
    (_CLASSES); None for anything else, "học thêm" alone (study more) or of a language (also learning it?).

    >>> _classes("Tôi học thêm tiếng Anh."), _classes("Tôi có lớp học thêm tiếng Anh vào thứ Bảy.")
    (None, 'I have extra English classes on Saturdays.')
    """
    m = _CLASSES.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["take"] and m["subject"] and keyed(m["subject"]) in _LANGUAGES_KEYED:
        return None
    aux = keyed(m["aux"] or "")
    asked = _asked(m, None if m["has"] and not aux else aux == "có")
    go = bool(m["go"] or m["cram"])
    if asked is None or m["take"] and (not m["subject"] or aux in ("phải", "sẽ")) or m["cram"] and m["subject"] or \
            aux == "phải" and not go or m["has"] and aux == "có":
        return None
    said, day = who(m, asked), _day(m["day0"] or m["day"])
    if not said or not day or day[1] not in ("", "habit") and aux == "không" or day[1] == "behind" and aux == "sẽ":
        return None
    (who_, one), (day, span) = said, day
    # on one day ahead or behind, "có lớp học thêm" is one class; as a habit or with no day, classes
    one_class = bool(m["has"]) and span in ("ahead", "behind")
    verb, what = ("go", "to cram school" if m["cram"] else f"to extra {_subject(m)}classes") if go else (
        "have", f"an extra {_subject(m)}class" if one_class else f"extra {_subject(m)}classes")
    said = f"{what}{' ' * bool(day)}{day}"
    does = "does" if one else "do"
    if aux == "không":
        return capitalised(f"{who_} {does}n't {verb} {said}.")
    if aux == "phải":
        return capitalised(f"{who_} {'had' if span == 'behind' else 'has' if one else 'have'} to {verb} {said}.")
    if aux == "sẽ":
        return capitalised(contracted(who_, f"will {verb} {said}."))
    if span == "ahead" and go:
        return progressive(who_, be(who_), f"going {said}", asked)
    if asked:
        return f"{'Did' if span == 'behind' else does.capitalize()} {who_} {verb} {said}?"
    verb = {"go": "went", "have": "had"}[verb] if span == "behind" else {"go": "goes", "have": "has"}[verb] if one \
        else verb
    return capitalised(f"{who_} {verb} {said}.")


def _tutor(m: re.Match) -> str:
    """A tutor of a match of _TUTOR in English, with "a" or "an": "a tutor", "an English tutor", "a private maths
    tutor"."""
    said = f"{'private ' * bool(m['private'])}{_subject(m)}tutor"
    return f"{a_or_an(said)} {said}"


def _whom(said: str, who_: str) -> str | None:
    """Whom (of WHOM) one does it for or tutors in English; None for "mình" (me, or him- or herself?) and for who's
    own self ("Tôi tìm gia sư cho tôi.": "myself").

    >>> _whom("con trai tôi", "she"), _whom("mình", "she"), _whom("tôi", "I")
    ('my son', None, None)
    """
    whom = keyed(said) != "mình" and as_whom(said, "vi")
    return whom if whom and _SELF.get(who_) != whom else None


def _for(m: re.Match, who_: str) -> str | None:
    """For whom of a match of _FOR in English: " for my son", " for my child" ("cho con" said by "tôi"); "" for none,
    None for a child whose parent English cannot tell ("Mẹ tôi tìm gia sư cho con.") and for "mình" or oneself."""
    if m["whom"]:
        whom = _whom(m["whom"], who_)
        return whom and f" for {whom}"
    if not m["child"]:
        return ""
    whose = EN_WHOSE.get(who_)
    return whose and f" for {whose} {({'trai': 'son', 'gái': 'daughter'}).get(keyed(m['sex'] or ''), 'child')}"


def _seeks(text: str) -> str | None:
    """"Tôi đang tìm gia sư tiếng Anh cho con." as "I'm looking for an English tutor for my child.", "Chúng tôi đã
    thuê gia sư cho con trai." as "We hired a tutor for our son.", "Bạn có muốn thuê gia sư không?" as "Do you want to
    hire a tutor?" (_SEEKS); None for anything else, and for "tìm" alone (is looking, or looked?)."""
    m = _SEEKS.fullmatch(text)
    aux, verb = (keyed(m["aux"]), keyed(m["verb"])) if m else ("", "")
    doing = _SEEKING.get((aux, verb))
    asked = _asked(m, bool(m["ask"])) if doing else None
    if asked is None or asked and aux not in ("đang", "muốn", "cần", "định") or not (said := who(m, asked)):
        return None
    who_, one = said
    whom = _for(m, who_)
    if whom is None:
        return None
    said = f"{_tutor(m)}{whom}"
    if doing.startswith("be "):
        return progressive(who_, be(who_), f"{doing[3:]} {said}", asked)
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {doing} {said}?"
    return capitalised(contracted(who_, f"{third_person(doing) if one else doing} {said}."))


def _has(text: str) -> str | None:
    """"Con gái tôi có gia sư toán." as "My daughter has a maths tutor.", "Bạn có gia sư không?" as "Do you have a
    tutor?", "Cô ấy làm gia sư." as "She works as a tutor.", "Anh ấy là gia sư toán." as "He's a maths tutor." (_HAS);
    None for anything else."""
    m = _HAS.fullmatch(text)
    aux, verb = (keyed(m["aux"] or ""), keyed(m["verb"])) if m else ("", "")
    asked = m and _asked(m, None if verb == "có" and not aux else aux == "có")
    if asked is None or verb == "có" and aux not in ("", "không") or verb == "là" and aux or \
            not (said := who(m, asked)):
        return None
    (who_, one), tutor = said, _tutor(m)
    if verb == "là":
        return capitalised(contracted(who_, f"{be(who_)} {tutor}."))
    base, does = ("have", "has") if verb == "có" else ("work as", "works as")
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} working as {tutor}."))
    if asked or aux == "có":
        return f"{'Does' if one else 'Do'} {who_} {base} {tutor}?"
    if aux == "không":
        return capitalised(f"{who_} {'does' if one else 'do'}n't {base} {tutor}.")
    return capitalised(f"{who_} {does if one else base} {tutor}.")


def _tutors(text: str) -> str | None:
    """"Cô ấy dạy kèm trẻ em sau giờ làm." as "She tutors children after work.", "Tôi dạy kèm tiếng Anh." as "I tutor
    English.", "Ai dạy kèm cho con bạn?" as "Who tutors your child?" (_TUTORS); None for anything else, and for a day
    that is not a habit."""
    m = _TUTORS.fullmatch(text)
    day = _day(m["day"]) if m else None
    if not day or day[1] not in ("", "habit"):
        return None
    if m["ai"]:
        if m["aux"] or m["asked"] or "?" not in m["end"]:
            return None
        asked, (who_, one) = True, ("who", True)
    else:
        asked = _asked(m, keyed(m["aux"] or "") == "có")
        said = None if asked is None else who(m, asked)
        if not said:
            return None
        who_, one = said
    whom = _PUPILS[keyed(" ".join(m["pupils"].split()))] if m["pupils"] else m["whom"] and _whom(m["whom"], who_)
    if m["whom"] and not whom:
        return None
    subject = _subject(m).strip()
    said = " ".join(w for w in (whom, f"in {subject}" if whom and subject else subject, day[0]) if w)
    said = f" {said}" if said else ""
    if m["ai"]:
        return f"Who tutors{said}?"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} tutor{said}?"
    if m["aux"]:
        return capitalised(f"{who_} {'does' if one else 'do'}n't tutor{said}.")
    return capitalised(f"{who_} {'tutors' if one else 'tutor'}{said}.")


def _cost(text: str) -> str | None:
    """"Thuê gia sư mất bao nhiêu tiền?" as "How much does a tutor cost?", "Một gia sư tiếng Anh giá bao nhiêu một
    giờ?" as "How much does an English tutor cost per hour?" (_COST); None for anything else."""
    m = _COST.fullmatch(text)
    return m and f"How much does {_tutor(m)} cost{' ' + _PER[keyed(m['per'])] if m['per'] else ''}?"


def _canon(text: str) -> str:
    """English as the readings write it, to compare: contractions written out, small letters, "math" as "maths",
    "lessons" as "classes", "takes extra" as "has extra", the stop left off ("i'm looking for a tutor" → "i am looking
    for a tutor")."""
    text = " ".join(text.replace("’", "'").split()).rstrip(".!? ").lower()
    for pattern, said in _CANON:
        text = pattern.sub(said, text)
    for short, said in EXPANDED.items():
        text = text.replace(short, said)
    return text


def _readings(text: str) -> list[str]:
    """The Vietnamese sentences an English one may say, with who, the subject, for whom and the day it names in
    Vietnamese: the first whose English (`_english`) is the sentence is its translation."""
    m = _WHO_OPENING.match(text)
    subjects = {s.lower() for s in _SUBJECT_EN.findall(text)}
    whom = _WHOM_OPENS.search(text)
    day = _DAY_EN.search(text)
    per = _PER_EN.search(text)
    if len(subjects) > 1:
        return []
    subj = f" {SUBJECTS_TUTORED_VI[subjects.pop()]}" if subjects else ""
    day = day and (_HABITS_VI.get(_canon(day["day"])) or when(day["day"], "en")) or ""
    pupils = whom and whom["pupils"] and {en: vi for vi, en in _PUPILS.items()}[whom["pupils"]]
    whom = whom and (pupils or whom["whom"] and as_whom(whom["whom"], "en"))
    tutor = f"gia sư{subj}{' riêng' * bool(re.search(r'(?i:private)', text))}"
    if not m:
        per = f" {_PER_VI[per['per']]}" if per else ""
        return [f"Thuê {tutor} tốn bao nhiêu tiền{per}?"] if text.startswith("How much") else []
    who_ = "Ai" if m["ai"] else who_vi(m)[0]
    end = "?" if m["ai"] else " không?" if "?" in text else "."
    forms = []
    if re.search(r"(?i:extra|cram)", text):
        forms += [f"{aux}{form}" for form in (f"đi học thêm{subj}", f"học thêm{subj}", f"có lớp học thêm{subj}",
                                              "đi học luyện thi") for aux in ("", "có ", "không ", "phải ", "sẽ ")]
    if "tutor" in text.lower():
        whom_ = f" cho {whom}" if whom else ""
        forms += [f"{aux} {verb} {tutor}{whom_}" for aux, verb in _SEEKING] + [
            f"có {aux} {verb} {tutor}{whom_}" for aux, verb in _SEEKING if aux in ("đang", "muốn", "cần", "định")]
        forms += [f"{aux}{verb} {tutor}" for aux, verb in (("", "có"), ("không ", "có"), ("", "làm"), ("", "là"),
                                                            ("đang ", "làm"), ("không ", "làm"), ("có ", "làm"))]
        whom_ = f" {whom}" if whom and not subj else whom_  # ("dạy kèm trẻ em", "dạy kèm toán cho trẻ em")
        forms += [f"{aux}dạy kèm{subj}{whom_}" for aux in ("", "không ", "có ")]
    said = [(f"{who_} {form}", day) for form in forms]
    return [capitalised(f"{s}{' ' * bool(d)}{d}{end}") if d.startswith(("mỗi ", "sau ", "vào ")) or not d else
            placed(s, d, end) for s, d in said]


def _vietnamese(text: str) -> str | None:
    """An English sentence of this module's in Vietnamese: the first of its readings (`_readings`) that says it;
    None where none does (a verb that does not agree with who, a tense or a word the readings do not write)."""
    said = _canon(text)
    asked = "?" in text.rstrip()[-1:]
    return next((vi for vi in _readings(text) if (en := _english(vi)) and en.endswith("?") == asked and
                 _canon(en) == said), None)
