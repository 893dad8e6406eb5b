"""Getting into university or a specialist school, both ways, written whole by rule: who got in ("trúng tuyển", "đỗ
vào"), failed on a year or a number of times, is taking the entrance exam on a year, how many points someone got, the
cut-off score, being points short, and applying to schools ("nộp hồ sơ"). v8 (rules on) reads "đỗ" as parking or
bringing, "trượt" as slipping or skiing, "điểm chuẩn" as a standard point and "nộp hồ sơ" as filing a profile: "Con tôi
đỗ vào trường chuyên." → "My child brought into a special school.", "Bạn đỗ đại học chưa?" → "Are you universities?",
"Tôi trượt đại học năm ngoái." → "I slipped college last year.", "Anh ấy thi trượt đại học hai lần." → "He skied his
college twice.", "Năm nay con tôi thi đại học." → "This year, I had a college exam.", "Điểm chuẩn năm nay cao quá." →
"The standard point this year is too high.", "Tôi thiếu nửa điểm." → "I'm half a point missing.", "Tôi nộp hồ sơ vào
ba trường." → "I file a profile in three schools."; "My sister got into university." → "Chị của tôi đến trường đại
học.", "He failed the university entrance exam twice." → "Anh ấy không thể kiểm tra quyền hạn hai lần.", "My son is
taking the university entrance exam this year." → "Con trai tôi đang đi khám trường đại học vào năm nay.", "I was half
a point short." → "Tôi là nửa điểm ngắn.", "I applied to three universities." → "Tôi áp dụng cho ba trường đại học.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets; "em" alone left: brother or sister?) getting into university or
a specialist school ("trường chuyên") — "trúng tuyển", "đỗ vào", a year (mt.dates.near_days), just, not, not yet,
asked "… chưa?" — or failing it on a year or a number of times ("hai lần"); taking the entrance exam this year, next
year or last year, said, denied, asked ("có … không?"); the points got in the exam ("thi được 27 điểm"), asked ("bao
nhiêu điểm?"); the cut-off score high or low (mt.weather's degrees), on a year, or what it is; points short ("thiếu
nửa điểm", of getting in); applying ("nộp hồ sơ") to university, a specialist school or a number of schools, asked
how many. Left: a plain "đỗ đại học", "thi đỗ … chưa?", "trượt đại học" and "failed the university entrance exam"
(mt/exams.py's), "ôn thi đại học" and exams on a day (mt/revising.py), "có đỗ đại học không?" (did, or will?),
"trúng tuyển" with no school (a job?), a university by its name ("đại học Bách khoa": which?), "được 27 điểm" with no
"thi" and "How many points did you get?" with no exam (a game?), "thiếu … điểm nữa" (still to get), "à?" asking,
college (university, or a college?), and anything else.
mt.phrasebook.translate tries these after mt/sick_leave.py.

    >>> translate("Con tôi đỗ vào trường chuyên.", "vi", "en"), translate("I was half a point short.", "en", "vi")
    ('My child got into a specialist school.', 'Tôi thiếu nửa điểm.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, be, capitalised, keyed, progressive, stop
from .weather import DEGREE, EN_DEGREE

_KEYS = {"vi": lazy(r"(?i:đỗ|đậu|trúng\s+tuyển|trượt|rớt|thi\b|điểm\s+chuẩn|thiếu|nộp\s+hồ\s+sơ)"),
         "en": lazy(r"(?i:got\s+into|get\s+into|gotten\s+into|exam|points|cut-off|cutoff|short|applied|apply)")}
# where one gets in (the first Vietnamese of each is written back)
_PLACES = {"đại học": "university", "trường đại học": "university", "trường chuyên": "a specialist school"}
_PLACES_VI = {"university": "đại học", "a specialist school": "trường chuyên", "a specialised school": "trường chuyên",
              "a specialized school": "trường chuyên", "a specialist high school": "trường chuyên"}
_EXAMS = {"đại học": "the university entrance exam", "trường chuyên": "the entrance exam for a specialist school"}
_DAYS = near_days("năm ngoái", "năm trước", "năm nay", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_TIMES = {"một": "once", "1": "once", "hai": "twice", "2": "twice", "ba": "three times", "3": "three times"}
_TIMES_VI = {en: vi for vi, en in reversed(_TIMES.items())}
_SHORT = {"nửa": "half a point", "một": "one point", "1": "one point", "hai": "two points", "2": "two points",
          "ba": "three points", "3": "three points"}
_SHORT_VI = {"half a point": "nửa", "a point": "một", "one point": "một", "two points": "hai", "three points": "ba"}

_PLACE = rf"(?P<place>(?i:{alternatives(_PLACES)}))"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_N = r"(?P<n>\d{1,2}(?:[,.]\d{1,2})?)"
# got in ("Con tôi đỗ vào trường chuyên.", "Em trai tôi trúng tuyển đại học rồi.", "Bạn đỗ đại học chưa?")
_GOT = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?:(?P<not>không|chưa)\s+)?(?P<exam>thi\s+)?"
            rf"(?P<verb>đỗ|đậu|trúng\s+tuyển)(?:\s+(?P<into>vào))?\s+{_PLACE}{_DAY}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# failed, on a year or a number of times ("Tôi trượt đại học năm ngoái.", "Anh ấy thi trượt đại học hai lần.")
_FAILED = lazy(rf"{_DAY0}{WHO}\s+(?:đã\s+)?(?P<exam>thi\s+)?(?:bị\s+)?(?:trượt|rớt)(?:\s+(?P<into>vào))?\s+{_PLACE}"
               rf"(?:\s+(?P<times>{alternatives(_TIMES)})\s+lần)?{_DAY}{SOFTENED_END}")
# taking the exam on a year ("Năm nay con tôi thi đại học.", "Năm nay bạn có thi đại học không?")
_SITTING = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<will>sẽ)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?thi\s+(?:vào\s+)?"
                rf"(?P<exam>(?i:{alternatives(_EXAMS)})){_DAY}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# the points got ("Tôi thi được 27 điểm.", "Bạn thi đại học được bao nhiêu điểm?")
_POINTS = lazy(rf"{WHO}\s+(?:đã\s+)?thi(?:\s+(?:vào\s+)?(?P<exam>(?i:{alternatives(_EXAMS)})))?\s+được\s+"
               rf"(?:(?P<how>bao\s+nhiêu|mấy)|{_N})\s+điểm{SOFTENED_END}")
# the cut-off score ("Điểm chuẩn năm nay cao quá.", "Điểm chuẩn năm nay là bao nhiêu?")
_CUTOFF = lazy(rf"{_DAY0}[Đđ]iểm\s+chuẩn{_DAY}\s+(?:(?:(?P<before>rất|khá|hơi)\s+)?(?P<how>cao|thấp)"
               rf"(?:\s+(?P<after>quá|lắm))?|là\s+(?:(?P<what>bao\s+nhiêu(?:\s+điểm)?)|{_N}\s+điểm)){SOFTENED_END}")
# points short ("Tôi thiếu nửa điểm.", "Tôi chỉ thiếu nửa điểm để đỗ đại học."; "thiếu có": only)
_SHORT_OF = lazy(rf"{WHO}\s+(?:(?P<only>chỉ)\s+)?(?:bị\s+)?thiếu\s+(?:(?P<only3>có)\s+)?"
                 rf"(?P<n>{alternatives(_SHORT)})\s+điểm(?:\s+để\s+(?:đỗ|đậu)\s+(?:vào\s+)?{_PLACE})?"
                 rf"(?:\s+(?P<only2>thôi))?{SOFTENED_END}")
# applying ("Tôi nộp hồ sơ vào ba trường.", "Bạn nộp hồ sơ vào mấy trường?"; "mới" left: just, or only three?)
_APPLIED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa)\s+)?nộp\s+hồ\s+sơ\s+(?:xét\s+tuyển\s+)?vào\s+"
                rf"(?:(?:(?P<how>mấy|bao\s+nhiêu)|(?P<n>\d|(?i:{alternatives(VI_TO_EN)})))\s+trường"
                rf"(?P<uni>\s+đại\s+học)?|{_PLACE})(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English (’ read as ')
_DAY_EN = r"(?:\s+(?P<day>last\s+year|this\s+year|next\s+year))?"
_PLACE_EN = rf"(?P<place>{alternatives(_PLACES_VI)})"
_GOT_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)\s+just|'(?:s|ve)\s+just|\s+did\s+not|"
               r"\s+didn't|\s+(?:has|have)\s+not|\s+(?:hasn|haven)'t)?\s+(?P<verb>got|get|gotten)\s+into\s+"
               rf"{_PLACE_EN}{_DAY_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_EXAM_EN = r"(?:the\s+)?(?P<uni>university\s+)?entrance\s+exam(?:ination)?"
_FAILED_EN = lazy(rf"{WHO_EN}\s+(?P<verb>failed|passed)\s+{_EXAM_EN}(?:\s+(?P<times>{alternatives(_TIMES_VI)}))?"
                  rf"{_DAY_EN}\s*(?P<end>[.!]*)")
_SITTING_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Will|Did)\s+)?{WHO_EN}(?P<aux>\s+(?:is|are|am|will)(?:\s+not)?|"
                   r"\s+(?:isn't|aren't|won't)|'(?:s|re|m|ll))?\s+(?P<verb>taking|sitting|take|sit|took|sat)\s+"
                   r"(?P<exam>the\s+university\s+entrance\s+exam|the\s+entrance\s+exam\s+for\s+a\s+specialist\s+school)"
                   rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_IN_EXAM_EN = r"\s+in\s+(?P<exam>the\s+exam|the\s+university\s+entrance\s+exam)"
_POINTS_EN = lazy(rf"How\s+many\s+points\s+did\s+{WHO_EN}\s+get{_IN_EXAM_EN}\s*\?+")
_GOT_POINTS_EN = lazy(rf"{WHO_EN}\s+got\s+(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?)\s+(?P<points>points?){_IN_EXAM_EN}"
                      r"\s*(?P<end>[.!]*)")
_CUTOFF_EN = lazy(rf"(?:(?P<what>What)\s+(?P<be0>is|was)\s+the|The)\s+cut-?off\s+(?:score|mark)(?:\s+(?P<day0>this\s+"
                  rf"year|last\s+year))?(?:\s+(?P<be>is|was)\s+(?:(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?P<how>"
                  r"high|low)|(?P<n>\d{1,2}(?:\.\d{1,2})?)\s+(?P<points>points?)))?"
                  r"(?:\s+(?P<day>this\s+year|last\s+year))?\s*(?P<end>[.!?]*)")
_SHORT_EN = lazy(rf"{WHO_EN}\s+(?P<be>was|were)\s+(?:(?P<only>only|just)\s+)?(?P<n>{alternatives(_SHORT_VI)})\s+"
                 rf"short(?:\s+of\s+getting\s+into\s+{_PLACE_EN})?\s*(?P<end>[.!]*)")
_APPLIED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+just)?|'(?:s|ve)(?:\s+just)?)?\s+applied\s+to\s+(?:(?P<n>"
                   rf"\d|{alternatives(EN_TO_VI)})\s+(?P<what>schools|universities)|{_PLACE_EN})\s*(?P<end>[.!]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+(?P<what>schools|universities)\s+did\s+{WHO_EN}\s+apply\s+to\s*\?+")

@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of getting into university or a specialist school, failing, taking the entrance
    exam, points got or short, the cut-off score, or applying; None for any other."""
    if src == "vi":
        return _got(text) or _failed(text) or _sitting(text) or _points(text) or _cutoff(text) or _short(text) or \
            _applied(text)
    text = text.replace("’", "'")
    return _got_vi(text) or _failed_vi(text) or _sitting_vi(text) or _points_vi(text) or _cutoff_vi(text) or \
        _short_vi(text) or _applied_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my son", True); None for a pet, "em" alone (a brother or a
    sister?), "I" asked, and mt.hobbies.who's None ("Anh" alone saying it)."""
    if animal(m) or keyed(m["kin"] or "") == "em":
        return None
    said = who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one ("con trai tôi", True); None for a pet."""
    return None if animal(m) else who_vi(m)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The year of a match (groups day0, day) in English and its way ("last year", "behind"), ("", "") for none;
    None for two."""
    if m["day0"] and m["day"]:
        return None
    said = keyed(m["day0"] or m["day"] or "")
    return (_DAYS[said], NEAR_WAY[said]) if said else ("", "")


def _has(one: bool) -> str:
    """"has" after one (he, my son), "have" after others."""
    return "has" if one else "have"


def _got(text: str) -> str | None:
    """"Con tôi đỗ vào trường chuyên." as "My child got into a specialist school.", "Em trai tôi trúng tuyển đại học
    rồi." as "My younger brother got into university.", "Bạn đỗ đại học chưa?" as "Did you get into university?",
    "Con tôi chưa đỗ đại học." as "My child hasn't got into university yet." (_GOT); None for anything else, and for a
    plain "đỗ đại học" or "thi đỗ đại học chưa?" (mt/exams.py's)."""
    m = _GOT.fullmatch(text)
    if not m or (asked := bool(m["asked"])) != ("?" in m["end"]) or (day := _day(m)) is None or day[1] == "ahead":
        return None
    plain = keyed(m["verb"]) != "trúng tuyển" and not m["into"] and keyed(m["place"]) == "đại học"
    if plain and not (day[0] or m["not"] or asked and not m["exam"]) or (said := _who(m, asked)) is None:
        return None
    (who_, one), place, tense, on = said, _PLACES[keyed(m["place"])], keyed(m["tense"] or ""), day[0] and f" {day[0]}"
    if asked:
        return f"Did {who_} get into {place}?" if not (m["not"] or tense not in ("", "đã") or m["done"] or on) else None
    if m["not"]:
        if tense or m["done"] or m["not"] == "chưa" and on:
            return None
        said = f"didn't get into {place}{on}" if m["not"] == "không" else f"{_has(one)}n't got into {place} yet"
    elif tense in ("vừa", "mới", "vừa mới"):
        if on or m["done"]:
            return None
        said = f"{_has(one)} just got into {place}"
    else:
        said = f"got into {place}{on}"
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _failed(text: str) -> str | None:
    """"Tôi trượt đại học năm ngoái." as "I failed the university entrance exam last year.", "Anh ấy thi trượt đại
    học hai lần." as "He failed the university entrance exam twice.", "Con tôi trượt trường chuyên." as "My child
    didn't get into a specialist school." (_FAILED); None for anything else, a year with times, and a plain
    "trượt đại học" (mt/exams.py's)."""
    m = _FAILED.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or day[1] not in ("", "behind") or \
            day[0] and m["times"] or (said := _who(m, False)) is None:
        return None
    place = _PLACES[keyed(m["place"])]
    times = m["times"] and f" {_TIMES[keyed(m['times'])]}"
    if place == "university":
        if not (day[0] or times):
            return None
        said_ = f"failed the university entrance exam{times or ''}"
    else:
        said_ = f"didn't get into {place}" if not times else f"failed to get into {place}{times}"
    return capitalised(f"{said[0]} {said_}{day[0] and ' ' + day[0]}{stop(m['end'])}")


def _sitting(text: str) -> str | None:
    """"Năm nay con tôi thi đại học." as "My child is taking the university entrance exam this year.", "Năm nay bạn
    có thi đại học không?" as "Are you taking …?", "Năm sau tôi sẽ thi vào trường chuyên." as "I will take the
    entrance exam for a specialist school next year." (_SITTING); None for anything else, and without a year."""
    m = _SITTING.fullmatch(text)
    if not m or (asked := bool(m["asked"])) != ("?" in m["end"]) or bool(m["ask"]) != asked or not (day := _day(m)):
        return None
    if not day[0] or m["will"] and day[1] == "behind" or (said := _who(m, asked)) is None:
        return None
    who_, rest, way, end = said[0], f"{_EXAMS[keyed(m['exam'])]} {day[0]}", day[1], stop(m["end"])
    if way == "behind":  # (a year behind: took, or didn't)
        return f"Did {who_} take {rest}?" if asked else \
            capitalised(f"{who_} didn't take {rest}{end}" if m["not"] else f"{who_} took {rest}{end}")
    if way == "ahead" or m["will"]:
        will = "won't" if m["not"] else "will"
        return f"Will {who_} take {rest}?" if asked else capitalised(f"{who_} {will} take {rest}{end}")
    be_ = be(who_)
    return progressive(who_, f"{be_} not" if m["not"] else be_, f"taking {rest}", asked, m["end"])


def _points(text: str) -> str | None:
    """"Tôi thi được 27 điểm." as "I got 27 points.", "Bạn thi đại học được bao nhiêu điểm?" as "How many points
    did you get in the university entrance exam?" (_POINTS); None for anything else."""
    m = _POINTS.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or (said := _who(m, bool(m["how"]))) is None:
        return None
    exam = f" in {_EXAMS[keyed(m['exam'])]}" if m["exam"] else ""
    if m["how"]:
        return f"How many points did {said[0]} get{exam}?"
    n = m["n"].replace(",", ".")
    return capitalised(f"{said[0]} got {n} point{'' if n == '1' else 's'}{exam}{stop(m['end'])}")


def _cutoff(text: str) -> str | None:
    """"Điểm chuẩn năm nay cao quá." as "The cut-off score is so high this year.", "Điểm chuẩn năm ngoái rất thấp."
    as "The cut-off score was very low last year.", "Điểm chuẩn năm nay là bao nhiêu?" as "What is the cut-off score
    this year?" (_CUTOFF); None for anything else, and a year ahead."""
    m = _CUTOFF.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or (day := _day(m)) is None or day[1] == "ahead" or \
            m["before"] and m["after"]:
        return None
    be_, on = "was" if day[1] == "behind" else "is", day[0] and f" {day[0]}"
    if m["what"]:
        return f"What {be_} the cut-off score{on}?"
    if m["n"]:
        n = m["n"].replace(",", ".")
        return f"The cut-off score{on} {be_} {n} point{'' if n == '1' else 's'}{stop(m['end'])}"
    degree = DEGREE[m["before"] or m["after"]] + " " if m["before"] or m["after"] else ""
    return f"The cut-off score {be_} {degree}{'high' if m['how'] == 'cao' else 'low'}{on}{stop(m['end'])}"


def _short(text: str) -> str | None:
    """"Tôi thiếu nửa điểm." as "I was half a point short.", "Con tôi chỉ thiếu một điểm để đỗ đại học." as "My child
    was only one point short of getting into university.", "Tôi thiếu có nửa điểm." as "I was only half a point
    short." (_SHORT_OF); None for anything else, and "chỉ … thôi" both."""
    m = _SHORT_OF.fullmatch(text)
    if not m or "?" in m["end"] or m["only"] and m["only2"] or (said := _who(m, False)) is None:
        return None
    who_, one = said
    was = "was" if one or who_ == "I" else "were"
    only = "only " if m["only"] or m["only2"] or m["only3"] else ""
    of = f" of getting into {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    return capitalised(f"{who_} {was} {only}{_SHORT[keyed(m['n'])]} short{of}{stop(m['end'])}")


def _applied(text: str) -> str | None:
    """"Tôi nộp hồ sơ vào ba trường." as "I applied to three schools.", "Chúng tôi đã nộp hồ sơ vào đại học." as "We
    applied to university.", "Bạn nộp hồ sơ vào mấy trường đại học?" as "How many universities did you apply to?"
    (_APPLIED); None for anything else."""
    m = _APPLIED.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or (said := _who(m, bool(m["how"]))) is None:
        return None
    (who_, one), tense = said, keyed(m["tense"] or "")
    schools = "universities" if m["uni"] else "schools"
    if m["how"]:
        return f"How many {schools} did {who_} apply to?" if not (tense or m["done"]) else None
    n = m["n"] and VI_TO_EN.get(keyed(m["n"]), m["n"])
    if n in ("one", "1"):  # (one school: "a school", or "only one"?)
        return None
    if n:
        where = f"{n} {schools}"
    else:
        where = _PLACES[keyed(m["place"])]
    if tense in ("vừa", "vừa mới"):
        return None if m["done"] else capitalised(f"{who_} {_has(one)} just applied to {where}{stop(m['end'])}")
    return capitalised(f"{who_} {_has(one) + ' ' if m['done'] else ''}applied to {where}{stop(m['end'])}")


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether an English verb or auxiliary agrees with who (`who_` in Vietnamese): "has", "is", "was" with one,
    "am" and "was" with "tôi" (not "are", "were"), the others with the rest."""
    word = word.lower().split()[0].replace("n't", "")
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word in ("was",):
        return one or who_ == "tôi"
    if who_ == "tôi" and word in ("are", "'re", "aren", "were"):  # ("I are", "I were": not one, yet not agreeing)
        return False
    return word not in ("has", "is", "'s", "was", "isn", "hasn") if not one else word not in (
        "have", "are", "'re", "'ve", "were", "aren", "haven")


# the verb each way of saying it takes ("did not get", "has just got")
_GOT_VERBS = {"did": ("get",), "got": ("got",), "just": ("got", "gotten"), "has": ("got", "gotten")}


def _got_vi(text: str) -> str | None:
    """"My sister got into university." as "Em gái tôi đỗ đại học.", "My son has just got into a specialist school."
    as "Con trai tôi vừa đỗ vào trường chuyên.", "Did you get into university?" as "Bạn có đỗ đại học không?", "Have
    you got into university yet?" as "Bạn đã đỗ đại học chưa?" (_GOT_EN); None for anything else, and a verb not
    agreeing."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None or m["q"] and m["aux"]:
        return None
    (who_, one), q, aux = said, m["q"] or "", " ".join((m["aux"] or "").split())
    # what is said: "got" (or "did not get"), "has just got", "has not got … yet", asked "did" or "has … yet"
    kind = ("did" if q == "Did" or "did" in aux else "just" if "just" in aux else "has" if q or aux else "got")
    if (q or aux) and not _agrees(q or aux, who_, one) or m["day"] and (kind in ("just", "has") or
                                                                         keyed(m["day"]) == "next year"):
        return None
    if m["verb"] not in _GOT_VERBS[kind] or bool(m["yet"]) != (kind == "has"):
        return None
    place = "vào trường chuyên" if _PLACES_VI[m["place"]] == "trường chuyên" else "đại học"
    day, end = f" {_DAYS_VI[keyed(m['day'])]}" if m["day"] else "", stop(m["end"])
    if q:
        return capitalised(f"{who_} có đỗ {place}{day} không?" if q == "Did" else f"{who_} đã đỗ {place} chưa?")
    said_ = {"did": "không đỗ", "just": "vừa đỗ", "has": "chưa đỗ", "got": "đỗ"}[kind]
    return capitalised(f"{who_} {said_} {place}{day}{end}")


def _failed_vi(text: str) -> str | None:
    """"I failed the university entrance exam last year." as "Tôi thi trượt đại học năm ngoái.", "He failed the
    entrance exam twice." as "Anh ấy trượt kỳ thi tuyển sinh hai lần." (_FAILED_EN); None for anything else, a year
    with times, passing more than once, and a plain "failed the university entrance exam" (mt/exams.py's)."""
    m = _FAILED_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or m["times"] and (m["day"] or m["verb"] == "passed"):
        return None
    if m["day"] and keyed(m["day"]) != "last year" or m["uni"] and not (m["day"] or m["times"]):
        return None
    done = "đỗ" if m["verb"] == "passed" else "trượt"
    said_ = f"thi {done} đại học" if m["uni"] else f"{done} kỳ thi tuyển sinh"
    times = f" {_TIMES_VI[keyed(m['times'])]} lần" if m["times"] else ""
    day = f" {_DAYS_VI[keyed(m['day'])]}" if m["day"] else ""
    return capitalised(f"{said[0]} {said_}{times}{day}{stop(m['end'])}")


def _sitting_vi(text: str) -> str | None:
    """"My son is taking the university entrance exam this year." as "Năm nay con trai tôi thi đại học.", "Are you
    taking the university entrance exam this year?" as "Năm nay bạn có thi đại học không?", "I will take … next
    year." as "Năm sau tôi sẽ thi đại học.", "She took … last year." as "Năm ngoái cô ấy thi đại học." (_SITTING_EN);
    None for anything else, without a year, and a verb or a year not agreeing."""
    m = _SITTING_EN.fullmatch(text)
    if not m or not m["day"] or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None or m["q"] and \
            m["aux"]:
        return None
    (who_, one), q, aux = said, m["q"] or "", " ".join((m["aux"] or "").lower().split())
    first = (q or aux).lower().replace("'", "")
    kind = "be" if first.startswith(("is", "are", "am", "s", "re", "m")) else "will" if first.startswith(
        ("will", "won", "ll")) else "did" if q == "Did" else "past"
    behind = NEAR_WAY[_DAYS_VI[keyed(m["day"])]] == "behind"
    verbs = {"be": ("taking", "sitting"), "will": ("take", "sit"), "did": ("take", "sit"), "past": ("took", "sat")}
    if m["verb"] not in verbs[kind] or behind != (kind in ("did", "past")) or (q or aux) and not _agrees(
            q or aux, who_, one):
        return None
    not_ = "not" in aux or "n't" in aux
    modal = "có " if q else "sẽ không " if kind == "will" and not_ else "không " if not_ else "sẽ " if \
        kind == "will" else ""
    exam = "đại học" if "university" in m["exam"] else "vào trường chuyên"
    said_ = f"{_DAYS_VI[keyed(m['day'])]} {who_} {modal}thi {exam}"
    return capitalised(f"{said_} không?" if q else f"{said_}{stop(m['end'])}")


def _points_vi(text: str) -> str | None:
    """"How many points did you get in the exam?" as "Bạn thi được bao nhiêu điểm?", "I got 27 points in the
    university entrance exam." as "Tôi thi đại học được 27 điểm." (_POINTS_EN); None for anything else, and "1
    points"."""
    m = _POINTS_EN.fullmatch(text) or _GOT_POINTS_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    exam = " đại học" if "university" in m["exam"] else ""
    if m.re == _POINTS_EN:
        return capitalised(f"{said[0]} thi{exam} được bao nhiêu điểm?")
    if (m["n"] == "1") != (m["points"] == "point"):
        return None
    return capitalised(f"{said[0]} thi{exam} được {m['n'].replace('.', ',')} điểm{stop(m['end'])}")


def _cutoff_vi(text: str) -> str | None:
    """"The cut-off score is very high this year." as "Điểm chuẩn năm nay rất cao.", "What is the cut-off score this
    year?" as "Điểm chuẩn năm nay là bao nhiêu?" (_CUTOFF_EN); None for anything else, a tense not agreeing with
    the year ("was … this year"), and "1 points"."""
    m = _CUTOFF_EN.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["what"]) != ("?" in m["end"]) or bool(m["what"]) == bool(m["be"]):
        return None
    if m["n"] and (m["n"] == "1") != (m["points"] == "point"):  # ("1 points", "27 point")
        return None
    day = keyed(m["day0"] or m["day"] or "")
    if (m["be0"] or m["be"]) != ("was" if day == "last year" else "is"):
        return None
    on = f" {_DAYS_VI[day]}" if day else ""
    if m["what"]:
        return f"Điểm chuẩn{on} là bao nhiêu?"
    if m["n"]:
        return f"Điểm chuẩn{on} là {m['n'].replace('.', ',')} điểm{stop(m['end'])}"
    before, after = EN_DEGREE[keyed(m["d"])] if m["d"] else ("", "")
    how = "cao" if m["how"] == "high" else "thấp"
    return f"Điểm chuẩn{on} {before + ' ' if before else ''}{how}{' ' + after if after else ''}{stop(m['end'])}"


def _short_vi(text: str) -> str | None:
    """"I was half a point short." as "Tôi thiếu nửa điểm.", "My son was only one point short of getting into
    university." as "Con trai tôi chỉ thiếu một điểm để đỗ đại học." (_SHORT_EN); None for anything else, and "was"
    or "were" not agreeing."""
    m = _SHORT_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or not _agrees(m["be"], *said):
        return None
    only = "chỉ " if m["only"] else ""
    of = f" để đỗ {'vào trường chuyên' if 'school' in m['place'] else 'đại học'}" if m["place"] else ""
    return capitalised(f"{said[0]} {only}thiếu {_SHORT_VI[keyed(m['n'])]} điểm{of}{stop(m['end'])}")


def _applied_vi(text: str) -> str | None:
    """"I applied to three universities." as "Tôi đã nộp hồ sơ vào ba trường đại học.", "She has just applied to a
    specialist school." as "Cô ấy vừa nộp hồ sơ vào trường chuyên.", "How many schools did you apply to?" as "Bạn
    nộp hồ sơ vào mấy trường?" (_APPLIED_EN); None for anything else, "has" not agreeing, and "one schools"."""
    m = _APPLIED_EN.fullmatch(text) or _HOW_MANY_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    if m.re == _HOW_MANY_EN:
        return capitalised(f"{said[0]} nộp hồ sơ vào mấy trường{' đại học' if m['what'] == 'universities' else ''}?")
    (who_, one), aux = said, " ".join((m["aux"] or "").split())
    if aux and not _agrees(aux, who_, one) or m["n"] and m["n"].lower() in ("one", "1"):
        return None
    if m["n"]:
        where = f"{EN_TO_VI.get(m['n'].lower(), m['n'])} trường{' đại học' if m['what'] == 'universities' else ''}"
    else:
        where = _PLACES_VI[m["place"]]
    return capitalised(f"{who_} {'vừa' if 'just' in aux else 'đã'} nộp hồ sơ vào {where}{stop(m['end'])}")
