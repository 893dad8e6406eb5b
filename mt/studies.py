"""What someone studies (their subject at university) and when they graduated, said or asked, both ways, written whole
by rule. v7: "Tôi học ngành kinh tế." → "I learned the economic industry.", "Bạn học ngành gì?" → "What do you learn?",
"Tôi tốt nghiệp năm 2020." → "I'm better than 2020."; "What's your major?" → "Bạn chính là gì?", "I study
economics." → "Tôi học về kinh tế học.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); a subject one of SUBJECTS. Where someone is at
school is mt.people's. mt.phrasebook.translate tries these after mt/allergies.py.

    >>> translate("Tôi học ngành kinh tế.", "vi", "en"), translate("What's your major?", "en", "vi")
    ('I study economics.', 'Bạn học ngành gì?')
"""
from __future__ import annotations

from .articles import a_or_an
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .tense import said_of_one
from .text import SOFTENED_END, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed

# subjects at university, and how English says them (the first Vietnamese of each is written back)
SUBJECTS = {"kinh tế": "economics", "kinh tế học": "economics", "luật": "law", "y": "medicine", "y khoa": "medicine",
            "dược": "pharmacy", "kỹ thuật": "engineering", "công nghệ thông tin": "information technology",
            "khoa học máy tính": "computer science", "tin học": "computer science", "kế toán": "accounting",
            "tài chính": "finance", "tài chính ngân hàng": "finance and banking",
            "quản trị kinh doanh": "business administration", "marketing": "marketing", "du lịch": "tourism",
            "sư phạm": "education", "kiến trúc": "architecture", "báo chí": "journalism",
            "ngôn ngữ Anh": "English", "tiếng Anh": "English", "toán": "mathematics", "toán học": "mathematics",
            "vật lý": "physics", "hóa học": "chemistry", "sinh học": "biology", "lịch sử": "history",
            "văn học": "literature", "tâm lý học": "psychology", "âm nhạc": "music", "mỹ thuật": "fine arts",
            "nông nghiệp": "agriculture", "điều dưỡng": "nursing", "quan hệ quốc tế": "international relations",
            "ngôn ngữ học": "linguistics", "triết học": "philosophy", "xã hội học": "sociology",
            "thiết kế đồ họa": "graphic design", "công nghệ sinh học": "biotechnology"}
SUBJECTS_VI = {en: vi for vi, en in reversed(SUBJECTS.items())} | {
    "maths": "toán", "math": "toán", "IT": "công nghệ thông tin", "business": "quản trị kinh doanh",
    "computing": "tin học"}
_STUDENT = {"medicine": "medical", "mathematics": "maths", "education": "teaching"}  # ("a medical student")
_KEYED = {keyed(vi): en for vi, en in SUBJECTS.items()}
_KEYED_VI = {keyed(en): vi for en, vi in SUBJECTS_VI.items()}
# "học ngành kinh tế", "đang học ngành gì?", "là sinh viên ngành luật"; and "Chuyên ngành của bạn là gì?"
_STUDIES = lazy(rf"{WHO}\s+(?:(?P<student>là\s+sinh\s+viên)|(?:(?P<tense>đang|đã)\s+)?học)\s+"
                rf"(?:chuyên\s+)?(?:ngành|khoa)\s+(?:(?P<subject>(?i:{alternatives(SUBJECTS)}))|"
                rf"(?P<what>gì)){SOFTENED_END}")
_MAJOR = lazy(rf"(?:[Cc]huyên\s+)?[Nn]gành(?:\s+học)?\s+(?:của\s+)?bạn\s+là\s+gì{SOFTENED_QUESTION}")
# "tốt nghiệp (đại học) (năm 2020)", asked "năm nào?", "chưa?"
_GRADUATED = lazy(rf"{WHO}\s+(?:đã\s+)?tốt\s+nghiệp(?:\s+(?P<school>đại\s+học|cấp\s+ba))?"
                  r"(?:\s+(?:vào\s+)?năm\s+(?:(?P<year>(?:19|20)\d\d)|(?P<which>nào))|\s+(?P<yet>chưa))?"
                  + SOFTENED_END)
# (after who: "I'm studying" has no space before the verb)
_STUDY_EN = {"study": "", "studies": "", "am studying": "đang ", "'m studying": "đang ", "are studying": "đang ",
             "'re studying": "đang ", "is studying": "đang ", "'s studying": "đang ", "studied": "đã ",
             "major in": "", "majors in": "", "majored in": "đã ", "am majoring in": "đang ",
             "'m majoring in": "đang ", "is majoring in": "đang "}
_STUDIES_EN = lazy(rf"{WHO_EN}\s*(?P<verb>{alternatives(k for k in _STUDY_EN)})\s+"
                   rf"(?P<subject>(?i:{alternatives(SUBJECTS_VI)}))(?:\s+at\s+university)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"What\s+(?:(?P<did>did)|do|does|(?P<now>is|are))\s+{WHO_EN}\s+(?(now)studying|study)"
                 r"(?:\s+at\s+university)?\s*\?+"
                 r"|What(?:['’]s|\s+is)\s+(?P<yours>your)\s+major\s*\?+")
_GRADUATED_ASKED_EN = lazy(rf"When\s+did\s+{WHO_EN}\s+graduate\s*\?+")
_GRADUATED_EN = lazy(rf"{WHO_EN}\s+graduated(?:\s+from\s+(?P<school>university|college|high\s+school))?"
                     r"(?:\s+in\s+(?P<year>(?:19|20)\d\d))?\s*[.!]*")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone studies or when they graduated; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _studies(text) or _major(text) or _graduated(text)
    return (_studies_vi(text) or _graduated_vi(text)) if (src, tgt) == ("en", "vi") else None


def _studies(text: str) -> str | None:
    """"Tôi học ngành kinh tế." as "I study economics.", "Bạn học ngành gì?" as "What do you study?", "Lan là sinh
    viên ngành luật." as "Lan is a law student." (_STUDIES); None for anything else."""
    m = _STUDIES.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or not (said := who(m, bool(m["what"]))):
        return None
    who_, one = said
    if m["what"]:
        if m["student"]:
            return None
        if m["tense"] == "đang":
            return f"What {be(who_)} {who_} studying?"
        return f"What {'did' if m['tense'] else 'does' if one else 'do'} {who_} study?"
    subject = _KEYED[keyed(m["subject"])]
    if m["student"]:
        subject = _STUDENT.get(subject, subject)
        return capitalised(contracted(who_, f"{be(who_)} {a_or_an(subject)} {subject} student."))
    if m["tense"] == "đang":
        return capitalised(contracted(who_, f"{be(who_)} studying {subject}."))
    verb = "studied" if m["tense"] else said_of_one("study") if one else "study"
    return capitalised(f"{who_} {verb} {subject}.")


def _major(text: str) -> str | None:
    """"Chuyên ngành của bạn là gì?" as "What's your major?" (_MAJOR)."""
    return "What's your major?" if _MAJOR.fullmatch(text) else None


def _graduated(text: str) -> str | None:
    """"Tôi tốt nghiệp năm 2020." as "I graduated in 2020.", "Bạn tốt nghiệp năm nào?" as "When did you graduate?",
    "Bạn tốt nghiệp chưa?" as "Have you graduated yet?" (_GRADUATED); None for anything else."""
    m = _GRADUATED.fullmatch(text)
    asked = bool(m and (m["which"] or m["yet"]))
    if not m or asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    if m["yet"]:
        return f"{'Has' if one else 'Have'} {who_} graduated yet?"
    if m["which"]:
        return f"When did {who_} graduate?"
    school = {"đại học": " from university", "cấp ba": " from high school"}.get(keyed(m["school"] or ""), "")
    return capitalised(f"{who_} graduated{school}{' in ' + m['year'] if m['year'] else ''}.")


def _studies_vi(text: str) -> str | None:
    """"I study economics." as "Tôi học ngành kinh tế.", "What do you study?" and "What's your major?" as "Bạn học
    ngành gì?" (_STUDIES_EN, _ASKED_EN); None for anything else."""
    text = text.replace("’", "'")
    if m := _ASKED_EN.fullmatch(text):
        if m["yours"]:
            return "Bạn học ngành gì?"
        return capitalised(f"{who_vi(m)[0]} {'đã ' if m['did'] else 'đang ' if m['now'] else ''}học ngành gì?")
    m = _STUDIES_EN.fullmatch(text)
    if m is None:
        return None
    verb = " ".join(m["verb"].lower().split())
    who_, one = who_vi(m)
    if not _agrees(verb.lstrip("'").split()[0], who_, one):
        return None
    if m["subject"] == "English" and "major" not in verb:  # (learning the language as often as a subject)
        return capitalised(f"{who_} {_STUDY_EN[verb]}học tiếng Anh.")
    return capitalised(f"{who_} {_STUDY_EN[verb]}học ngành {_KEYED_VI[keyed(m['subject'])]}.")


def _graduated_vi(text: str) -> str | None:
    """"I graduated in 2020." as "Tôi tốt nghiệp năm 2020.", "When did you graduate?" as "Bạn tốt nghiệp năm nào?"
    (_GRADUATED_EN); None for anything else."""
    if m := _GRADUATED_ASKED_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} tốt nghiệp năm nào?")
    m = _GRADUATED_EN.fullmatch(text)
    if m is None:
        return None
    who_ = who_vi(m)[0]
    school = {"university": " đại học", "college": " đại học", "high school": " cấp ba"}.get(
        " ".join((m["school"] or "").split()), "")
    return capitalised(f"{who_} tốt nghiệp{school}{' năm ' + m['year'] if m['year'] else ''}.")


def _agrees(verb: str, who_: str, one: bool) -> bool:
    """Whether the first word of an English verb agrees with who ("I study", "she studies", "I'm", "they're")."""
    if verb in ("studied", "majored"):
        return True
    if be := {"m": "am", "s": "is", "re": "are"}.get(verb, verb if verb in ("am", "is", "are") else ""):
        return be == be_of(who_, one)
    return one == (verb in ("studies", "majors"))
