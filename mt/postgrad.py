"""Studying after a first degree, both ways, written whole by rule: doing a master's ("học thạc sĩ", "học cao học"), a
PhD ("học tiến sĩ", "làm nghiên cứu sinh") or a second degree ("văn bằng hai"), in a subject, in a country or abroad,
wanting, planning or going to do one; what or where someone is doing it, asked; working and studying at once; having
a master's or a PhD; having finished or got one. v8 (rules on) reads "thạc sĩ" and "tiến sĩ" as a doctor, "văn bằng
hai" as text with two, "cao học" as high school, and "master's degree" as a master's rank: "Tôi đang học thạc sĩ." →
"I'm studying the doctor.", "Chị tôi đang làm nghiên cứu sinh ở Nhật." → "She's working on study in Japan.", "Anh
ấy có bằng thạc sĩ kinh tế." → "He has an economic officer.", "Tôi học văn bằng hai." → "I study text with two.",
"Bạn học thạc sĩ ngành gì?" → "What do you learn the industry?", "Tôi vừa đi làm vừa học thạc sĩ." → "I'm just went
to work studying my doctor.", "Bạn có đang học cao học không?" → "Are you studying high school?"; "I'm doing a
master's degree." → "Tôi đang làm mức độ chủ nhân.", "He has a master's degree in economics." → "Anh ấy có mức độ
chủ yếu trong kinh tế học.", "I'm doing a second degree." → "Tôi đang làm một độ hai.", "What are you doing your
master's in?" → "Bạn đang làm gì cho chủ nhân của mình?", "I'm working and doing a master's at the same time." →
"Tôi đang làm việc và làm đúng giờ.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) doing a degree of _DEGREES, with no word for the tense (now),
"đang", "đã" (did), "sẽ", "sẽ không", "muốn", "định", "dự định", "không muốn" (a day ahead of mt.dates with "sẽ",
"muốn", "định"), in a subject of mt.studies.SUBJECTS ("ngành kinh tế"), in a country of mt.people.COUNTRIES or abroad
("ở nước ngoài"), asked ("có đang … không?", "có muốn … không?", "… à?"); what ("ngành gì?") or where ("ở đâu?") someone
is doing ("đang") or did ("đã") it, whose own in English (mt.hobbies.whose_own); working and studying, or doing a
degree, at once ("vừa đi làm vừa học thạc sĩ"); who has a master's, a PhD ("có bằng thạc sĩ") or a second degree (we
and they one each: "PhDs"), in a subject, not, asked, already ("rồi"); who has just ("vừa"), has ("đã", "rồi"), has not
yet ("chưa"), asked ("… chưa?"), or on a day behind finished ("học xong", "tốt nghiệp") or got ("lấy bằng") one. Left:
"mới" (just, or not until?); a plain "Tôi học thạc sĩ ở Anh." (now, or in the past?), "Bạn học thạc sĩ ở đâu?" and
"… ngành gì?" with no "đang" or "đã" (asked as often of a degree long done), "Tôi không học thạc sĩ." (isn't, or
didn't?) and "có học thạc sĩ không?" (does, did or will?); "vừa làm vừa học" with no degree (also learning on the
job); "là tiến sĩ" ("tiến sĩ" is also "Dr.", mt/names.py); theses and supervisors (mt/theses.py), a subject with no
degree (mt/studies.py), "du học" (mt/graduation.py, mt/scholarships.py), a scholarship, graduating from university
(mt/graduation.py); "I've got my master's" (had or got?); a name's "his" or "her" (English cannot tell which); "anh",
"chị", "em" alone saying it; "I" asked; and anything else, to the model.
mt.phrasebook.translate tries these after mt/newborns.py.

    >>> translate("Tôi đang học thạc sĩ.", "vi", "en"), translate("He has a master's degree in economics.", "en", "vi")
    ("I'm doing a master's degree.", 'Anh ấy có bằng thạc sĩ kinh tế.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, be_of, own_thing, who, who_vi, whose_own
from .lazy_re import lazy
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .studies import SUBJECTS, SUBJECTS_VI
from .text import SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
# (each working-and-studying sentence says "vừa học": "vừa đi làm vừa học …")
_KEYS = {"vi": lazy(r"(?i:thạc|tiến\s+s|cao\s+học|nghiên\s+cứu\s+sinh|văn\s+bằng|vừa\s+học)"),
         "en": lazy(r"(?i:master|phd|ph\.\s*d|doctorate|second\s+degree|same\s+time)")}
# degrees, and which ("nghiên cứu sinh" is done, "làm"; the others studied, "học")
_DEGREES = {"thạc sĩ": "master", "thạc sỹ": "master", "cao học": "master", "tiến sĩ": "phd", "tiến sỹ": "phd",
            "văn bằng hai": "second", "văn bằng 2": "second", "nghiên cứu sinh": "phd"}
_DEG = rf"(?i:{alternatives(_DEGREES)})"
# ... in English: with "a", the short "a" (working as well), and with whose
_A = {"master": "a master's degree", "phd": "a PhD", "second": "a second degree"}
_MANY = {"master": "master's degrees", "phd": "PhDs", "second": "second degrees"}  # (had by we or they: one each)
_A_SHORT = _A | {"master": "a master's"}
_OWN = {"master": "master's", "phd": "PhD", "second": "second degree"}
_OWN_DONE = _OWN | {"master": "master's degree"}
_VI = {"master": "thạc sĩ", "phd": "tiến sĩ", "second": "văn bằng hai"}
_DEG_EN = r"(?P<deg>master['’]?s(?:\s+degree)?|(?i:phd)|Ph\.\s?D\.?|doctorate|second\s+degree)"
_SUBJECTS = {keyed(vi): en for vi, en in SUBJECTS.items()}
_SUBJECTS_VI = {keyed(en): vi for en, vi in SUBJECTS_VI.items()}
_SUBJECT = rf"(?:\s+(?:chuyên\s+)?(?:ngành\s+)?(?P<subject>(?i:{alternatives(SUBJECTS)})))?"
_SUBJECT_EN = rf"(?:\s+in\s+(?P<subject>(?i:{alternatives(SUBJECTS_VI)})))?"
_PLACE = rf"(?:\s+ở\s+(?:(?P<place>{alternatives(COUNTRIES)})|(?P<abroad>nước\s+ngoài)))?"
_PLACE_EN = rf"(?:\s+in\s+(?P<place>{alternatives(COUNTRIES_VI)})|\s+(?P<abroad>abroad))?"
# days a degree is begun on (ahead) and finished on (behind)
_AHEAD = near_days("năm nay", "tháng sau", "tháng tới", "năm sau", "năm tới")
_BEHIND = near_days("tuần trước", "tháng trước", "năm ngoái", "năm trước")
_AHEAD_EN = {en: vi for vi, en in reversed(_AHEAD.items())}
_BEHIND_EN = {en: vi for vi, en in reversed(_BEHIND.items())}
# a sentence's end, asked by "không" or "à" (group asked) or not
_END = rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}"

# doing one ("Tôi đang học thạc sĩ.", "Năm sau tôi sẽ học tiến sĩ.", "Bạn có muốn học cao học không?")
_TENSES = r"đang|đã|sẽ\s+không|sẽ|không\s+muốn|muốn|không\s+định|dự\s+định|định|không"  # ("không": left)
_STUDY = lazy(rf"(?:(?P<day0>(?i:{alternatives(_AHEAD)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>{_TENSES})"
              rf"\s+)?(?P<verb>học|làm)\s+(?P<deg>{_DEG}){_SUBJECT}{_PLACE}(?:\s+(?P<day>{alternatives(_AHEAD)}))?"
              rf"{_END}")
# what or where ("Bạn đang học thạc sĩ ngành gì?", "Bạn đã học thạc sĩ ở đâu?"), said with its tense: "Bạn học thạc sĩ
# ở đâu?" asks as often of a degree long done as of one being done
_WHAT = lazy(rf"{WHO}\s+(?P<tense>đang|đã)\s+(?P<verb>học|làm)\s+(?P<deg>{_DEG})\s+(?:(?P<what>(?:chuyên\s+)?"
             rf"ngành\s+gì)|ở\s+(?P<where>đâu)){SOFTENED_END}")
# working and studying ("Tôi vừa đi làm vừa học thạc sĩ.", "Tôi vừa học vừa đi làm.")
_WORK = r"đi\s+làm|làm\s+việc|làm"
_BOTH = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?vừa\s+(?:(?P<work1>{_WORK})\s+vừa\s+học(?:\s+(?P<deg>{_DEG}))?|"
             rf"học(?:\s+(?P<deg2>{_DEG}))?\s+vừa\s+(?P<work2>{_WORK})){_END}")
# having one ("Anh ấy có bằng thạc sĩ kinh tế.", "Tôi có văn bằng hai.")
_HAS = lazy(rf"{WHO}\s+(?:(?P<tense>đã|không)\s+)?có\s+(?P<deg>(?i:bằng\s+(?:thạc\s+s[ĩỹ]|tiến\s+s[ĩỹ]|cao\s+học)|"
            rf"văn\s+bằng\s+(?:hai|2))){_SUBJECT}(?:\s+(?P<done>rồi))?{_END}")
# finished or got one ("Tôi vừa học xong thạc sĩ.", "Năm ngoái cô ấy lấy bằng tiến sĩ.", "Bạn học xong chưa?")
_DONE = lazy(rf"(?:(?P<day0>(?i:{alternatives(_BEHIND)}))\s*,?\s+)?{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|đã|chưa)\s+)?"
             r"(?:(?P<fin>học\s+xong|tốt\s+nghiệp|hoàn\s+thành)|(?P<got>(?:lấy|nhận)\s+(?:được\s+)?bằng))\s+"
             rf"(?P<deg>{_DEG}){_SUBJECT}(?:\s+(?P<day>{alternatives(_BEHIND)}))?(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... and in English (who agreeing with the verb, checked by _agrees)
_AUX_EN = r"\s+(?:am|is|are|do|does)|['’](?:m|s|re)|\s+(?:isn|aren|don|doesn)['’]t"
_DOING_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?(?P<not>\s+not)?\s+(?P<verb>doing|did|"
                 r"going\s+to\s+do|planning\s+to\s+do|wants?\s+to\s+do|plans?\s+to\s+do|will\s+do)\s+"
                 rf"(?:an?\s+|(?P<owner>(?i:my|your|his|her|our|their))\s+){_DEG_EN}{_SUBJECT_EN}{_PLACE_EN}"
                 rf"(?:\s+(?P<day>{alternatives(_AHEAD_EN)}))?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"(?P<ask>What|Where)\s+(?P<q>are|is|am|did)\s+{WHO_EN}\s+(?P<verb>doing|do)\s+"
                rf"(?P<owner>(?i:my|your|his|her|our|their))\s+{_DEG_EN}(?P<in>\s+in)?\s*\?+")
_BOTH_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<aux>{_AUX_EN})?\s+(?P<one>working|studying|doing\s+an?\s+"
                rf"{_DEG_EN})\s+and\s+(?P<two>working|studying|doing\s+an?\s+(?P<deg2>master['’]?s(?:\s+degree)?|"
                r"(?i:phd)|doctorate|second\s+degree))\s+at\s+the\s+same\s+time\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
               rf"(?:\s+(?P<already>already))?\s+(?P<verb>has|have)\s+an?\s+{_DEG_EN}{_SUBJECT_EN}\s*(?P<end>[.!?]*)")
_DONE_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not)?|['’](?:ve|s)|"
                r"\s+(?:haven|hasn)['’]t)?(?:\s+(?P<just>just))?\s+(?P<verb>finished|completed|got|received)\s+"
                rf"(?P<owner>(?i:my|your|his|her|our|their))\s+{_DEG_EN}{_SUBJECT_EN}"
                rf"(?:\s+(?P<day>{alternatives(_BEHIND_EN)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who is doing, wants or plans to do a master's, a PhD or a second degree, what
    or where in, working at once, has one, or has finished or got one; None for any other."""
    if src == "vi":
        return _study(text) or _what(text) or _both(text) or _has(text) or _done(text)
    text = text.replace("’", "'")
    return _study_vi(text) or _what_vi(text) or _both_vi(text) or _has_vi(text) or _done_vi(text)


def _kind(deg: str) -> str:
    """Which degree a Vietnamese ("thạc sĩ", "bằng tiến sĩ") or English ("master's", "PhD") word is: "master",
    "phd" or "second"."""
    said = keyed(deg).removeprefix("bằng ").replace("'", "")
    return _DEGREES.get(said) or ("master" if said.startswith("master") else "second" if "second" in said else "phd")


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, "anh", "chị", "em" alone saying
    it, and "I" asked (a slip, more likely than "Am I doing a master's?")."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def asks(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks (its group "asked" said: "… không?", "… à?"), False said; None where a "?"
    (group "end") ends a sentence that does not ask, or the word that asks ends one with no "?" (unlike
    mt.hobbies.asked_of, no "có" is needed)."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) else asked


def _said(m: re.Match) -> str:
    """What of a match in English: the subject ("in economics") and the place ("in Japan", "abroad"), or nothing."""
    subject = f" in {_SUBJECTS[keyed(m['subject'])]}" if m["subject"] else ""
    place = m.groupdict().get("place")
    where = f" in {COUNTRIES[' '.join(place.split())]}" if place else " abroad" if m.groupdict().get("abroad") else ""
    return subject + where


def _study(text: str) -> str | None:
    """"Tôi đang học thạc sĩ." as "I'm doing a master's degree.", "Chị tôi đang làm nghiên cứu sinh ở Nhật." as "My
    sister is doing a PhD in Japan.", "Năm sau tôi sẽ học tiến sĩ." as "I'm going to do a PhD next year.", "Bạn có
    muốn học thạc sĩ không?" as "Do you want to do a master's degree?" (_STUDY); None for anything else."""
    m = _STUDY.fullmatch(text)
    if not m or (asked := asks(m)) is None or (m["verb"] == "làm") != (keyed(m["deg"]) == "nghiên cứu sinh"):
        return None
    tense, day = " ".join((m["tense"] or "").split()), m["day0"] or m["day"]
    if asked and (m["asked"] == "không") != bool(m["ask"]) or not asked and m["ask"]:
        return None  # ("có" with no "không", "không" with no "có": "Bạn có học thạc sĩ?")
    if tense == "không" or asked and tense not in (("đang", "muốn", "định", "dự định") if m["ask"] else (
            "", "đang", "đã", "sẽ", "muốn", "định", "dự định")):
        return None  # ("Bạn có học thạc sĩ không?": does, did or will? "Tôi không học thạc sĩ.": isn't, or didn't?)
    if m["day0"] and m["day"] or day and tense not in ("sẽ", "muốn", "định", "dự định") or (
            m["place"] or m["abroad"]) and not tense:
        return None  # (a plain "Tôi học thạc sĩ ở Anh." may be the past)
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    be_, what = be(who_), _A[_kind(m["deg"])] + _said(m) + (f" {_AHEAD[keyed(day)]}" if day else "")
    if tense in ("", "đang"):
        return progressive(who_, be_, f"doing {what}", asked, m["end"])
    if tense == "đã":
        return f"Did {who_} do {what}?" if asked else capitalised(f"{who_} did {what}{stop(m['end'])}")
    if tense in ("sẽ không", "không định"):
        doing = "going to do" if tense == "sẽ không" else "planning to do"
        return capitalised(contracted(who_, f"{be_} not {doing} {what}") + stop(m["end"]))
    if tense in ("muốn", "không muốn"):
        return present(who_, one, "want", f"to do {what}", asked, tense != "muốn", m["end"])
    return progressive(who_, be_, f"{'going' if tense == 'sẽ' else 'planning'} to do {what}", asked, m["end"])


def _what(text: str) -> str | None:
    """"Bạn đang học thạc sĩ ngành gì?" as "What are you doing your master's in?", "Bạn đã học thạc sĩ ở đâu?" as
    "Where did you do your master's?" (_WHAT); None for anything else, with no "đang" or "đã" (now, or done?), and
    where whose is not known ("Lan": his or hers?)."""
    m = _WHAT.fullmatch(text)
    if not m or "?" not in m["end"] or (m["verb"] == "làm") != (keyed(m["deg"]) == "nghiên cứu sinh"):
        return None
    said = _person(m, True)
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    who_, degree = said[0], f"{whose} {_OWN[_kind(m['deg'])]}"
    ask, in_ = ("What", " in") if m["what"] else ("Where", "")
    if m["tense"] == "đã":
        return f"{ask} did {who_} do {degree}{in_}?"
    return f"{ask} {be(who_)} {who_} doing {degree}{in_}?"


def _both(text: str) -> str | None:
    """"Tôi vừa đi làm vừa học thạc sĩ." as "I'm working and doing a master's at the same time.", "Tôi vừa học vừa đi
    làm." as "I'm studying and working at the same time." (_BOTH); None for anything else, and "vừa làm vừa học"
    with no degree (also learning on the job)."""
    m = _BOTH.fullmatch(text)
    if not m or (asked := asks(m)) is None or bool(m["ask"]) != (m["asked"] == "không"):
        return None  # ("có … không?" or "… à?" asks)
    work, deg = keyed(m["work1"] or m["work2"]), m["deg"] or m["deg2"]
    if work != "đi làm" and not deg or deg and keyed(deg) == "nghiên cứu sinh":
        return None
    said = _person(m, asked)
    if said is None:
        return None
    studying = f"doing {_A_SHORT[_kind(deg)]}" if deg else "studying"
    doing = f"working and {studying}" if m["work1"] else f"{studying} and working"
    return progressive(said[0], be(said[0]), f"{doing} at the same time", asked, m["end"])


def _has(text: str) -> str | None:
    """"Anh ấy có bằng thạc sĩ kinh tế." as "He has a master's degree in economics.", "Mẹ bạn có bằng tiến sĩ
    không?" as "Does your mother have a PhD?", "Tôi không có bằng thạc sĩ." as "I don't have a master's degree.",
    "Cô ấy đã có bằng thạc sĩ rồi." as "She already has a master's degree.", "Họ có bằng tiến sĩ." as "They have
    PhDs." (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (asked := asks(m)) is None or m["tense"] and asked or m["done"] and (asked or m["tense"] == "không"):
        return None
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    # (we or they have one each: "They have a PhD." would be one between them)
    what = (_MANY if who_ in ("we", "they") else _A)[_kind(m["deg"])] + _said(m)
    if m["done"]:
        return capitalised(f"{who_} already {'has' if one else 'have'} {what}{stop(m['end'])}")
    return present(who_, one, "have", what, asked, m["tense"] == "không", m["end"])


def _done(text: str) -> str | None:
    """"Tôi vừa học xong thạc sĩ." as "I've just finished my master's degree.", "Năm ngoái cô ấy lấy bằng tiến sĩ."
    as "She got her PhD last year.", "Bạn học xong thạc sĩ chưa?" as "Have you finished your master's degree yet?",
    "Anh ấy chưa học xong tiến sĩ." as "He hasn't finished his PhD yet." (_DONE); None for anything else, "bằng"
    of a second degree, and a plain "Tôi học xong thạc sĩ." (done, or to be?)."""
    m = _DONE.fullmatch(text)
    kind = _kind(m["deg"]) if m else ""
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["got"] and kind == "second" or kind == "phd" and \
            keyed(m["deg"]) == "nghiên cứu sinh":
        return None
    tense, day, done, yet = keyed(m["tense"] or ""), m["day0"] or m["day"], m["done"], m["yet"]
    if m["day0"] and m["day"] or day and (tense not in ("", "đã") or done or yet) or yet and tense not in ("", "đã"):
        return None
    if done and (yet or tense not in ("", "đã")) or not (day or done or yet or tense):
        return None  # (a plain "Tôi học xong thạc sĩ." may be ahead; "vừa … rồi" is not said)
    said = _person(m, bool(yet))
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    who_ = said[0]
    verb, what = "got" if m["got"] else "finished", f"{whose} {_OWN_DONE[kind]}" + _said(m)
    has = "has" if be(who_) == "is" else "have"
    if yet:
        return f"{has.capitalize()} {who_} {verb} {what} yet?"
    if day:
        return capitalised(f"{who_} {verb} {what} {_BEHIND[keyed(day)]}{stop(m['end'])}")
    if tense == "chưa":
        return capitalised(contracted(who_, f"{has}n't {verb} {what} yet") + stop(m["end"]))
    just = "just " if tense.startswith("vừa") else ""
    return capitalised(contracted(who_, f"{has} {just}{verb} {what}") + stop(m["end"]))


_BASES = {"'m": "am", "'s": "is", "'re": "are", "'ve": "have", "isn": "is", "aren": "are", "don": "do", "doesn": "does",
          "haven": "have", "hasn": "has"}
_FAMILY = {"am": "be", "is": "be", "are": "be", "do": "do", "does": "do", "have": "have", "has": "have"}


def _aux(said: str | None, s: str = "is") -> tuple[str, bool]:
    """An English auxiliary as said after who ("'m", " don't", "'s" as `s`), written out ("am", "do", "is" or
    "has"), and whether "not" was said with it; ("", False) for none."""
    words = keyed(said or "").replace("n't", " not").split()
    neg = "not" in words
    base = next((w for w in words if w != "not"), "")
    return ("has" if base == "'s" and s == "has" else _BASES.get(base, base)), neg


def _agrees(m: re.Match, aux: str) -> bool:
    """Whether "am", "is", "are", "do", "does", "have" or "has" (`aux`, small letters) agrees with who of a match of
    WHO_EN ("she is", "do you", "my mother has")."""
    who_, one = who_vi(m)
    family = _FAMILY.get(aux)
    expected = {"be": be_of(who_, one), "do": "does" if one else "do", "have": "has" if one else "have"}
    return family is not None and expected[family] == aux


def _person_vi(m: re.Match, asked: bool) -> str | None:
    """Who of a match of WHO_EN in Vietnamese; None for a pet and for "I" asked."""
    who_ = who_vi(m)[0]
    return None if animal(m) or asked and who_ == "tôi" else who_


def _said_vi(m: re.Match, ngành: str = " ngành") -> str:
    """What of an English match in Vietnamese: the subject (" ngành kinh tế", `ngành` before it) and the place (" ở
    Nhật Bản", " ở nước ngoài"), or nothing."""
    subject = f"{ngành} {_SUBJECTS_VI[keyed(m['subject'])]}" if m["subject"] else ""
    place = m.groupdict().get("place")
    where = f" ở {COUNTRIES_VI[' '.join(place.split())]}" if place else " ở nước ngoài" if m.groupdict().get("abroad") \
        else ""
    return subject + where


# how English says doing one, by the auxiliary's family and the verb, in Vietnamese
_DOING_VI = {("be", "doing"): "đang", ("be", "going to do"): "sẽ", ("be", "planning to do"): "định",
             ("do", "want to do"): "muốn", ("", "want to do"): "muốn", ("", "wants to do"): "muốn",
             ("do", "plan to do"): "định", ("", "plan to do"): "định", ("", "plans to do"): "định", ("", "did"): "đã",
             ("", "will do"): "sẽ"}
_NOT_VI = {"đang": "không", "sẽ": "sẽ không", "định": "không định", "muốn": "không muốn"}


def _study_vi(text: str) -> str | None:
    """"I'm doing a master's degree." as "Tôi đang học thạc sĩ.", "My sister is doing a PhD in Japan." as "Chị tôi
    đang làm nghiên cứu sinh ở Nhật Bản.", "I'm going to do a PhD next year." as "Năm sau tôi sẽ học tiến sĩ.", "Do
    you want to do a master's?" as "Bạn có muốn học thạc sĩ không?" (_DOING_EN); None for anything else, where a
    verb does not agree with who, and another's degree ("I'm doing her master's")."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    base, neg = _aux(m["aux"])
    neg, aux, verb = neg or bool(m["not"]), (m["q"] or "").lower() or base, keyed(m["verb"])
    who_ = _person_vi(m, bool(m["q"]))
    one = who_vi(m)[1]
    if who_ is None or m["q"] and (base or neg) or aux and not _agrees(m, aux) or (
            m["owner"] and own_thing(m, who_, one) is not True):
        return None
    if not aux and verb in ("want to do", "plan to do", "wants to do", "plans to do") and one != verb.endswith(
            "s to do"):
        return None
    tense = _DOING_VI.get((_FAMILY.get(aux, ""), verb))
    if tense is None or neg and tense not in _NOT_VI or m["q"] and tense == "đã" or m["day"] and tense in (
            "đang", "đã"):
        return None
    if m["q"] and tense == "sẽ":
        tense = "định"  # ("Are you going to do a PhD?": "Bạn có định học tiến sĩ không?")
    kind = _kind(m["deg"])
    degree = "làm nghiên cứu sinh" if kind == "phd" and tense == "đang" and not neg else f"học {_VI[kind]}"
    day = f"{_AHEAD_EN[m['day'].lower()]} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day}{who_} có {tense} {degree}{_said_vi(m)} không?")
    return capitalised(f"{day}{who_} {_NOT_VI[tense] if neg else tense} {degree}{_said_vi(m)}{stop(m['end'])}")


def _what_vi(text: str) -> str | None:
    """"What are you doing your master's in?" as "Bạn học thạc sĩ ngành gì?", "Where did you do your PhD?" as "Bạn
    đã học tiến sĩ ở đâu?" (_WHAT_EN); None for anything else, and another's degree."""
    m = _WHAT_EN.fullmatch(text)
    if not m or (m["ask"] == "What") != bool(m["in"]) or (m["q"] == "did") != (m["verb"] == "do"):
        return None
    who_ = _person_vi(m, True)
    if who_ is None or m["q"] != "did" and not _agrees(m, m["q"]) or own_thing(m, who_, who_vi(m)[1]) is not True:
        return None
    asked = " ngành gì?" if m["in"] else " ở đâu?"
    return capitalised(f"{who_} {'đã ' if m['q'] == 'did' else ''}học {_VI[_kind(m['deg'])]}{asked}")


def _both_vi(text: str) -> str | None:
    """"I'm working and doing a master's at the same time." as "Tôi vừa đi làm vừa học thạc sĩ.", "She's studying
    and working at the same time." as "Cô ấy vừa học vừa đi làm." (_BOTH_EN); None for anything else, and where
    neither or both are working."""
    m = _BOTH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    base, neg = _aux(m["aux"])
    who_ = _person_vi(m, bool(m["q"]))
    if who_ is None or neg or not _agrees(m, (m["q"] or "").lower() or base) or \
            (m["one"] == "working") == (m["two"] == "working"):
        return None
    deg = m["deg"] or m["deg2"]
    studying = f"học {_VI[_kind(deg)]}" if deg else "học"
    both = f"vừa đi làm vừa {studying}" if m["one"] == "working" else f"vừa {studying} vừa đi làm"
    return capitalised(f"{who_} có {both} không?" if m["q"] else f"{who_} {both}{stop(m['end'])}")


def _has_vi(text: str) -> str | None:
    """"He has a master's degree in economics." as "Anh ấy có bằng thạc sĩ kinh tế.", "Does your mother have a
    PhD?" as "Mẹ bạn có bằng tiến sĩ không?", "I don't have a master's degree." as "Tôi không có bằng thạc sĩ."
    (_HAS_EN); None for anything else, and where a verb does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or m["already"] and (m["q"] or m["aux"]):
        return None
    base, _ = _aux(m["aux"])
    who_ = _person_vi(m, bool(m["q"]))
    aux = (m["q"] or "").lower() or base
    if who_ is None or aux and (m["verb"] != "have" or not _agrees(m, aux)) or not aux and not _agrees(m, m["verb"]):
        return None
    kind = _kind(m["deg"])
    what = ("" if kind == "second" else "bằng ") + _VI[kind] + _said_vi(m, "")
    if m["q"]:
        return capitalised(f"{who_} có {what} không?")
    said = f"không có {what}" if aux else f"đã có {what} rồi" if m["already"] else f"có {what}"
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _done_vi(text: str) -> str | None:
    """"I've just finished my master's." as "Tôi vừa học xong thạc sĩ.", "She got her PhD last year." as "Năm ngoái
    cô ấy lấy bằng tiến sĩ.", "Have you finished your master's yet?" as "Bạn đã học xong thạc sĩ chưa?", "He
    hasn't finished his PhD yet." as "Anh ấy chưa học xong tiến sĩ." (_DONE_EN); None for anything else, another's
    degree, and "I've got my master's." (had, or got?)."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    base, neg = _aux(m["aux"], "has")
    aux, verb, kind = (m["q"] or "").lower() or base, m["verb"], _kind(m["deg"])
    who_ = _person_vi(m, bool(m["q"]))
    if who_ is None or aux and not _agrees(m, aux) or own_thing(m, who_, who_vi(m)[1]) is not True:
        return None
    if verb in ("got", "received") and kind == "second" or bool(m["yet"]) != bool(m["q"] or neg):
        return None
    did = f"lấy bằng {_VI[kind]}" if verb in ("got", "received") else f"học xong {_VI[kind]}"
    did += _said_vi(m, "")
    if m["q"] or neg:
        return None if m["just"] or m["day"] else capitalised(
            f"{who_} đã {did} chưa?" if m["q"] else f"{who_} chưa {did}{stop(m['end'])}")
    if m["day"]:
        return None if aux or m["just"] else f"{_BEHIND_EN[m['day'].lower()].capitalize()} {who_} {did}{stop(m['end'])}"
    if m["just"]:
        return capitalised(f"{who_} vừa {did}{stop(m['end'])}")
    if aux and verb in ("got", "received"):
        return None  # ("I've got my master's." may be had)
    return capitalised(f"{who_} {did} rồi{stop(m['end'])}" if aux else f"{who_} đã {did}{stop(m['end'])}")
