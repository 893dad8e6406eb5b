"""Resits, both ways, written whole by rule: who has to retake an exam or a subject after failing ("thi lại", "học lại
môn"), who failed and has to retake it, who passed or failed the resit, who retakes it on a day, and who repeats a
year ("ở lại lớp", "lưu ban"). v8 (rules on) reads "thi lại" as testing, "trượt" as skiing, "lưu ban" as imposed,
and "retake", "resit" as taking back, rebuilding: "Tôi phải thi lại môn toán." → "I have to test the subject.", "Con
tôi bị trượt, phải thi lại." → "My child skied, got to test again.", "Tôi thi lại đỗ rồi." → "I took it back.", "Anh
ấy không phải thi lại môn nào." → "He is not going to test again.", "Con trai tôi bị lưu ban." → "My son was
imposed.", "Bạn đã bao giờ bị lưu ban chưa?" → "You've never been saved?"; "I have to retake the maths exam." → "Tôi
phải làm lại bài kiểm toán." (an audit), "She had to repeat a year." → "Cô ấy phải lặp lại một năm.", "I passed the
resit." → "Tôi đã đi qua ghế tái thiết.", "I have to resit two subjects." → "Tôi phải tái thiết hai chủ đề.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) has to retake ("phải thi lại": the exam, a subject's exam of
mt.school_reports.SUBJECTS, N subjects; "phải học lại môn …": a subject), said, denied ("không … môn nào": any
subjects), asked ("có … không?", which or how many subjects), past ("đã", a day behind), ahead ("sẽ", a day ahead,
"năm nay"); who failed (a subject) and has to retake it; who passed, failed or did not pass the resit, asked; who
retakes it on a day ahead or behind, will ("sẽ") or did ("đã"); who repeats a year ("phải ở lại lớp": has to, had
to, doesn't, asked), was held back a year ("bị lưu ban", "bị ở lại lớp"; last year), was once, has never been, and
ever asked. Left: "học lại" with no "môn" ("học lại toán": or study it again?), "thi lại" with no day, "sẽ" nor "đã"
("Tôi thi lại môn toán.": when?), "học lại môn" or "retake" a subject on a day, a week or a month (studying it
again? its exam?), "không bị lưu ban" and "sắp thi lại" (tense unsure), a day of today but "năm nay"
("Hôm nay tôi phải thi lại.": before or after?), a day but last year with a year repeated, a past asked with "phải"
("Did you have to …?"), "retake the test" (a driving or a medical test?), "held back" with no "a year", "repeated a
year" (chosen?), held back asked of oneself, pets as who, "anh", "chị", "em" alone saying it; passed and failed exams
(mt/exams.py), exams on a day and revising (mt/revising.py), marks (mt/school_reports.py), detention
(mt/school_trouble.py), and anything else.
mt.phrasebook.translate tries these after mt/collecting.py.

    >>> translate("Tôi phải thi lại môn toán.", "vi", "en"), translate("She had to repeat a year.", "en", "vi")
    ('I have to retake the maths exam.', 'Cô ấy đã phải ở lại lớp.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .school_reports import SUBJECTS, SUBJECTS_VI
from .terms import his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thi\s+lại|học\s+lại|lưu\s+ban|ở\s+lại\s+lớp)"),
         "en": lazy(r"(?i:retak|retook|resit|resat|re-sit|repeat\s+a\s+year|back\s+a\s+year)")}

_SUBJECTS = {keyed(vi): en for vi, en in SUBJECTS.items()}
_SUBJ, _SUBJ_EN = rf"(?i:{alternatives(SUBJECTS)})", rf"(?i:{alternatives(SUBJECTS_VI)})"
# how many subjects (one to ten, in words or a digit)
_COUNT = {vi: en for vi, en in VI_TO_EN.items() if en in EN_TO_VI} | {str(n): str(n) for n in range(1, 10)}
_COUNT_EN = {en: vi for en, vi in EN_TO_VI.items() if vi in VI_TO_EN} | {str(n): str(n) for n in range(1, 10)}
# days a resit is had to or taken on (today only "năm nay": "Hôm nay tôi phải thi lại." may be over), and back
_DAYS = (near_days("hôm qua", "tuần trước", "tháng trước", "năm ngoái", "năm trước") | near_days("năm nay")
         | near_days("ngày mai", "tuần sau", "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới"))
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_YEAR = r"(?:ở\s+lại\s+lớp|lưu\s+ban)"

# had to retake ("Tôi phải thi lại môn toán.", "Bạn có phải thi lại không?", "Anh ấy không phải thi lại môn nào.")
_MUST = lazy(rf"{_DAY}{WHO}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?phải\s+(?P<verb>thi|học)"
             rf"\s+lại(?:\s+(?P<mon>môn\s+)?(?P<subj>{_SUBJ})|\s+(?P<n>{alternatives(_COUNT)})\s+môn|"
             rf"\s+môn\s+(?P<which>nào|gì)|\s+(?P<many>mấy|bao\s+nhiêu)\s+môn)?{_DAY2}{ASKED_END}")
# failed, and has to retake it ("Con tôi bị trượt, phải thi lại.", "Lan bị trượt môn toán nên phải thi lại.")
_FAILED = lazy(rf"{WHO}\s+(?:đã\s+)?(?:thi\s+)?(?:bị\s+)?(?:trượt|rớt)(?:\s+(?:môn\s+)?(?P<subj>{_SUBJ}))?"
               rf"(?:\s*,\s*(?:nên\s+)?|\s+nên\s+|\s+và\s+)phải\s+thi\s+lại(?:\s+(?:môn\s+)?(?P<subj2>{_SUBJ}))?"
               rf"{SOFTENED_END}")
# the resit passed or failed ("Tôi thi lại đỗ rồi.", "Bạn thi lại có đỗ không?", "Tôi đã đỗ kỳ thi lại.")
_RESULT = r"(?:(?P<passed>đỗ|đậu)|(?:bị\s+)?(?P<failed>trượt|rớt))"
_RESAT = [lazy(rf"{WHO}\s+(?:đã\s+)?thi\s+lại(?:\s+(?:môn\s+)?(?P<subj>{_SUBJ}))?\s+(?:(?P<ask>có)\s+|(?P<not>không)"
               rf"\s+|(?P<still>vẫn)\s+|đã\s+)?{_RESULT}(?:\s+(?P<done>rồi))?{ASKED_END}"),
          lazy(rf"{WHO}\s+(?:đã\s+)?{_RESULT}\s+(?:kỳ|bài)\s+thi\s+lại(?:\s+môn\s+(?P<subj>{_SUBJ}))?"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")]
# a resit on a day, or ahead ("Ngày mai tôi thi lại môn hóa.", "Tôi sẽ thi lại.")
_ON = lazy(rf"{_DAY}{WHO}\s+(?:(?P<tense>sẽ|đã)\s+)?thi\s+lại(?:\s+(?:môn\s+)?(?P<subj>{_SUBJ}))?{_DAY2}{SOFTENED_END}")
# a year repeated ("Cô ấy phải ở lại lớp.", "Con trai tôi bị lưu ban.", "Bạn đã bao giờ bị lưu ban chưa?")
_EVER = {"đã bao giờ": "ever", "có bao giờ": "ever", "đã từng": "once", "từng": "once", "có từng": "ever",
         "chưa bao giờ": "never", "chưa từng": "never"}
_REPEAT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<how>{alternatives(_EVER)})\s+|(?P<tense>đã)\s+)?(?:(?P<ask>có)\s+|"
               rf"(?P<not>không)\s+)?(?:(?P<bi>bị)|phải)\s+{_YEAR}{_DAY2}(?:\s+(?P<yet>chưa))?{ASKED_END}")

# ... and in English
_AUX_EN = (r"(?P<aux>\s+(?:has|have|had|will\s+have|will\s+not\s+have|won['’]t\s+have|(?:do|does|did)\s+not\s+have|"
           r"(?:don|doesn|didn)['’]t\s+have)|['’]ll\s+have)")
_WHAT_EN = (rf"(?:(?P<exam>the\s+exam)|the\s+(?P<esubj>{_SUBJ_EN})\s+exam|(?P<subj>{_SUBJ_EN})|(?P<any>any\s+subjects)|"
            rf"(?P<n>{alternatives(_COUNT_EN)})\s+(?P<units>subjects?)|(?P<year>a\s+year))")
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_MUST_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_AUX_EN}\s+to\s+(?P<verb>retake|resit|re-sit|repeat)\s+{_WHAT_EN}"
                rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_WHICH_EN = lazy(rf"(?:(?P<which>Which)\s+subjects?|How\s+many\s+subjects)\s+(?P<do>do|does)\s+{WHO_EN}\s+have\s+to\s+"
                 r"(?:retake|resit|re-sit)\s*\?+")
_FAILED_EN = lazy(rf"{WHO_EN}\s+failed(?:\s+(?P<subj>{_SUBJ_EN})|\s+the\s+(?P<esubj>{_SUBJ_EN})\s+exam|"
                  rf"\s+(?P<exam>the\s+exam))?,?\s+and\s+(?P<aux>has|have)\s+to\s+(?:retake|resit|re-sit)\s+"
                  rf"(?:(?P<it>it)|the\s+(?P<subj2>{_SUBJ_EN})\s+exam|(?P<exam2>the\s+exam))\s*(?P<end>[.!]*)")
_RESAT_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)|['’](?:s|ve)|\s+did\s+not|\s+didn['’]t)?"
                 r"\s+(?P<verb>passed|pass|failed|fail)\s+(?P<owner>the|my|your|his|her|our|their)\s+"
                 rf"(?:(?P<subj>{_SUBJ_EN})\s+)?(?:resit|re-sit|retake)\s*(?P<end>[.!?]*)")
_ON_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:am|is|are|will)|['’](?:m|s|re|ll))?\s+(?P<verb>retaking|retake|retook|"
              rf"resitting|resit|resat)\s+(?:(?P<exam>the\s+exam)|the\s+(?P<subj>{_SUBJ_EN})\s+exam){_DAY_EN}"
              r"\s*(?P<end>[.!]*)")
_HELD_EN = lazy(rf"(?:(?P<q>Was|Were|Has|Have)\s+)?{WHO_EN}(?P<aux>\s+(?:was|were|has|have)|['’](?:s|ve))?"
                r"(?:\s+(?P<how>once|never|ever))?\s+(?:(?P<been>been\s+)?(?:held|kept)\s+back|(?P<had>had\s+to\s+"
                r"repeat))\s+a\s+year(?:\s+(?P<day>last\s+year))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has to retake an exam or a subject, failed and has to,
    passed or failed the resit, retakes it on a day, or repeats a year; None for any other."""
    if src == "vi":
        return _must(text) or _failed(text) or _resat(text) or _on(text) or _repeat(text)
    text = text.replace("’", "'")
    return _must_vi(text) or _which_vi(text) or _failed_vi(text) or _resat_vi(text) or _on_vi(text) or _held_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("she has"); None for a pet, and as mt.hobbies.who does
    ("Anh phải thi lại." may be the speaker)."""
    return None if animal(m) else who(m, asked)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a Vietnamese match (before who or at the end) in English with its way ("last year", "behind");
    ("", "") for none; None for two."""
    if m["day"] and m["day2"]:
        return None
    day = keyed(m["day"] or m["day2"] or "")
    return (_DAYS[day], NEAR_WAY[day]) if day else ("", "")


def _subject(said: str | None) -> str:
    """A subject of SUBJECTS in English ("toán": "maths"); "" for none."""
    return _SUBJECTS[keyed(said)] if said else ""


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có phải … không?", "… phải … không?"); None for "có" not asking, "không"
    twice, or a "?" with no asking word."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["not"]:
        return None
    return asked


def _must(text: str) -> str | None:
    """"Tôi phải thi lại môn toán." as "I have to retake the maths exam.", "Năm nay tôi phải học lại môn tiếng Anh."
    as "I have to retake English this year.", "Anh ấy không phải thi lại môn nào." as "He doesn't have to retake any
    subjects.", "Bạn phải thi lại mấy môn?" as "How many subjects do you have to retake?" (_MUST); None for anything
    else, "học lại" with no "môn" or on a day, a week or a month, and a past asked."""
    m = _MUST.fullmatch(text)
    if not m or (day := _day(m)) is None:
        return None
    on, way = day
    if m["verb"] == "học" and on and not on.endswith("year"):
        return None  # ("Ngày mai tôi phải học lại môn toán.": studying it again that day, not a course retaken)
    on, tense = f" {on}" if on else "", m["tense"]
    if m["many"] or m["which"] and not m["not"]:  # (which or how many: asked by its own word, a "?" and no other)
        said = None if "?" not in m["end"] or m["ask"] or m["asked"] or m["not"] or tense or way == "behind" else \
            _person(m, True)
        asked = "Which subjects" if m["which"] else "How many subjects"
        return said and f"{asked} {'does' if said[1] else 'do'} {said[0]} have to retake{on}?"
    asked = _asked(m)
    if asked is None or m["which"] and asked or tense == "đã" and way in ("today", "ahead") or \
            tense == "sẽ" and way == "behind" or m["verb"] == "học" and not (m["mon"] or m["n"] or m["which"]):
        return None  # (… and "học lại toán": or study it again?)
    past, ahead = tense == "đã" or way == "behind", tense == "sẽ"
    said = None if asked and (tense or past) else _person(m, asked)
    if said is None:
        return None
    who_, one = said
    subj = _subject(m["subj"])
    what = (f"the {subj} exam" if subj else "the exam") if m["verb"] == "thi" else subj
    if m["n"]:
        n = _COUNT[keyed(m["n"])]
        what = f"{n} subject{'' if n in ('one', '1') else 's'}"
    elif m["which"]:
        what = "any subjects"  # ("không phải thi lại môn nào")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have to retake {what}{on}?"
    return capitalised(f"{who_} {_have(past, ahead, bool(m['not']), one)} to retake {what}{on}{stop(m['end'])}")


def _have(past: bool, ahead: bool, not_: bool, one: bool) -> str:
    """"have" in English as said with who (`one`: "she has"), past ("had"), ahead ("will have") or now, denied or
    not ("didn't have", "won't have", "doesn't have")."""
    if past or ahead:
        return ("didn't have" if not_ else "had") if past else "won't have" if not_ else "will have"
    return ("doesn't have" if one else "don't have") if not_ else "has" if one else "have"


def _failed(text: str) -> str | None:
    """"Con tôi bị trượt, phải thi lại." as "My child failed and has to retake the exam.", "Lan bị trượt môn toán nên
    phải thi lại." as "Lan failed maths and has to retake it." (_FAILED); None for anything else, and two subjects."""
    m = _FAILED.fullmatch(text)
    said = m and "?" not in m["end"] and _person(m, False)
    subj, subj2 = _subject(m and m["subj"]), _subject(m and m["subj2"])
    if not said or subj and subj2 and subj != subj2:
        return None
    who_, one = said
    failed = f"failed {subj} and" if subj else "failed and"
    what = "it" if subj else f"the {subj2} exam" if subj2 else "the exam"
    return capitalised(f"{who_} {failed} {'has' if one else 'have'} to retake {what}{stop(m['end'])}")


def _resat(text: str) -> str | None:
    """"Tôi thi lại đỗ rồi." as "I passed the resit.", "Lan thi lại môn văn vẫn bị trượt." as "Lan failed the
    literature resit.", "Tôi thi lại không đỗ." as "I didn't pass the resit.", "Bạn thi lại có đỗ không?" as "Did you
    pass the resit?" (_RESAT); None for anything else."""
    m = next((m for p in _RESAT if (m := p.fullmatch(text))), None)
    groups = m.groupdict() if m else {}
    if not m or groups.get("still") and not m["failed"] or groups.get("not") and (m["failed"] or m["done"]):
        return None
    asked = _asked(m) if "asked" in groups else None if "?" in m["end"] else False
    said = None if asked is None or asked and m["done"] else _person(m, asked)
    if said is None:
        return None
    who_, subj = said[0], _subject(m["subj"])
    resit = f"the {subj} resit" if subj else "the resit"
    if asked:
        return f"Did {who_} {'pass' if m['passed'] else 'fail'} {resit}?"
    did = "didn't pass" if groups.get("not") else "passed" if m["passed"] else "failed"
    return capitalised(f"{who_} {did} {resit}{stop(m['end'])}")


def _on(text: str) -> str | None:
    """"Ngày mai tôi thi lại môn hóa." as "I'm retaking the chemistry exam tomorrow.", "Tôi sẽ thi lại." as "I'll
    retake the exam.", "Hôm qua Lan thi lại." as "Lan retook the exam yesterday." (_ON); None for anything else, and
    with no day, "sẽ" nor "đã" (when?)."""
    m = _ON.fullmatch(text)
    day = m and "?" not in m["end"] and _day(m)
    if not day or day[1] == "today" or not (day[0] or m["tense"]) or \
            m["tense"] == "sẽ" and day[1] == "behind" or m["tense"] == "đã" and day[1] == "ahead":
        return None
    said = _person(m, False)
    if said is None:
        return None
    (who_, _), subj, on = said, _subject(m["subj"]), f" {day[0]}" if day[0] else ""
    what = f"the {subj} exam" if subj else "the exam"
    if day[1] == "behind" or m["tense"] == "đã":
        return capitalised(f"{who_} retook {what}{on}{stop(m['end'])}")
    verb = f"will retake {what}" if m["tense"] else f"{be(who_)} retaking {what}"
    return capitalised(f"{contracted(who_, verb)}{on}{stop(m['end'])}")


def _repeat(text: str) -> str | None:
    """"Cô ấy phải ở lại lớp." as "She has to repeat a year.", "Con trai tôi bị lưu ban." as "My son was held back a
    year.", "Tôi chưa bao giờ bị lưu ban." as "I've never been held back a year.", "Bạn đã bao giờ bị lưu ban chưa?"
    as "Have you ever been held back a year?" (_REPEAT); None for anything else, "không bị lưu ban" (or won't be?),
    and held back asked of oneself."""
    m = _REPEAT.fullmatch(text)
    if not m or (day := _day(m)) is None or day[0] not in ("", "last year"):
        return None  # (a year repeated is not said of a day: "Hôm qua tôi bị lưu ban.")
    on, how, held = f" {day[0]}" if day[0] else "", _EVER.get(keyed(m["how"] or "")), bool(m["bi"])
    past = m["tense"] or on
    if how == "ever":  # ("Bạn đã bao giờ bị lưu ban chưa?", "Bạn có bao giờ phải ở lại lớp không?")
        ok = "?" in m["end"] and bool(m["yet"]) != bool(m["asked"]) and not (m["ask"] or m["not"] or on)
        said = ok and _person(m, True)
        said = said and said[0] != "I" and said  # (asked of oneself: one knows)
        did = "been held back" if held else "had to repeat"
        return said and f"{'Has' if said[1] else 'Have'} {said[0]} ever {did} a year?" or None
    if m["yet"]:
        return None
    asked = _asked(m)
    if asked is None or how and (asked or m["ask"] or m["not"] or on) or held and m["not"] or asked and past:
        return None
    said = _person(m, asked)
    if said is None or asked and held and said[0] == "I":
        return None
    (who_, one), end = said, stop(m["end"])
    if how == "never":
        verb = f"{'has' if one else 'have'} never {'been held back' if held else 'had to repeat'}"
        return capitalised(f"{contracted(who_, verb)} a year{end}")
    if how == "once":
        return capitalised(f"{who_} {'was once held back' if held else 'once had to repeat'} a year{end}")
    if held:
        was = "was" if one or who_ == "I" else "were"
        return f"{capitalised(was)} {who_} held back a year?" if asked else \
            capitalised(f"{who_} {was} held back a year{on}{end}")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have to repeat a year?"
    return capitalised(f"{who_} {_have(bool(past), False, bool(m['not']), one)} to repeat a year{on}{end}")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English says it with "-s"; None for a pet."""
    return None if animal(m) else who_vi(m)


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the verb `word` said with who in English agrees with it ("she has", "I was", "do you")."""
    if word in ("was", "were"):
        return (word == "was") == (one or who_ == "tôi")
    if word in ("has", "does", "'s", "doesn't"):
        return one
    return not one if word in ("have", "do", "'ve", "don't") else True


def _day_vi(m: re.Match) -> tuple[str, str]:
    """The day of an English match in Vietnamese with a space after it ("ngày mai "), and its way ("ahead"); ("", "")
    for none."""
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    return (f"{day} ", NEAR_WAY[day]) if day else ("", "")


def _subject_vi(said: str | None) -> str:
    """A subject of SUBJECTS_VI in Vietnamese after "môn", a space before it ("maths": " môn toán"); "" for none."""
    return f" môn {SUBJECTS_VI[said.lower()]}" if said else ""


def _must_vi(text: str) -> str | None:
    """"I have to retake the maths exam." as "Tôi phải thi lại môn toán.", "I have to retake English this year." as
    "Năm nay tôi phải học lại môn tiếng Anh.", "She had to repeat a year." as "Cô ấy đã phải ở lại lớp.", "Do you have
    to resit two subjects?" as "Bạn có phải thi lại hai môn không?" (_MUST_EN); None for anything else, where the verb
    does not agree with who or the day with the tense, "any subjects" said, a year repeated on a day but last year,
    and "retake" a subject on a day, a week or a month."""
    m = _MUST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    aux = " ".join(m["aux"].lower().replace("won't", "will not").replace("n't", " not").replace("'ll", "will").split())
    not_, verb, q = "not" in aux, m["verb"], (m["q"] or "").lower()
    aux, (day, way) = aux.replace(" not", ""), _day_vi(m)
    past, ahead = aux in ("had", "did have"), aux == "will have"
    if q and (aux != "have" or not _agrees(q, who_, one)) or not q and not _agrees(aux.split()[0], who_, one) or \
            past and way in ("today", "ahead") or not past and way == "behind" or m["any"] and not not_:
        return None
    if (verb == "repeat") != bool(m["year"]) or m["n"] and (m["units"] == "subject") != (m["n"] in ("one", "1")):
        return None
    on = (m["day"] or "").lower()
    # ("Tuần sau tôi phải ở lại lớp." is staying behind after class; "retake maths tomorrow": its exam, or the course?)
    if m["year"] and on not in ("", "last year") or m["subj"] and verb == "retake" and on and not on.endswith("year"):
        return None
    if m["year"]:
        what = "ở lại lớp"
    elif m["subj"] and verb == "retake":
        what = f"học lại{_subject_vi(m['subj'])}"
    elif m["subj"] or m["esubj"]:
        what = f"thi lại{_subject_vi(m['subj'] or m['esubj'])}"
    else:
        what = f"thi lại {_COUNT_EN[m['n'].lower()]} môn" if m["n"] else "thi lại môn nào" if m["any"] else "thi lại"
    if q:
        return capitalised(f"{day}{who_} có phải {what} không?")
    tense = "sẽ " if ahead else "đã " if past and not day else ""
    return capitalised(f"{day}{who_} {tense}{'không ' * not_}phải {what}{stop(m['end'])}")


def _which_vi(text: str) -> str | None:
    """"Which subjects do you have to retake?" as "Bạn phải thi lại môn nào?", "How many subjects does he have to
    resit?" as "Anh ấy phải thi lại mấy môn?" (_WHICH_EN); None for anything else, and "do" not agreeing."""
    m = _WHICH_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or not _agrees(m["do"], *said):
        return None
    return capitalised(f"{said[0]} phải thi lại {'môn nào' if m['which'] else 'mấy môn'}?")


def _failed_vi(text: str) -> str | None:
    """"My child failed and has to retake the exam." as "Con tôi bị trượt, phải thi lại.", "Lan failed maths and has
    to retake it." as "Lan bị trượt môn toán, phải thi lại." (_FAILED_EN); None for anything else, "it" with nothing
    failed said, and two subjects."""
    m = _FAILED_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or not _agrees(m["aux"], *said):
        return None
    subj, subj2 = m["subj"] or m["esubj"], m["subj2"]
    if m["it"] and not (subj or m["exam"]) or subj2 and (m["exam"] or subj and _subject_vi(subj) != _subject_vi(subj2)):
        return None
    retake = _subject_vi(subj2 if not subj else None)
    return capitalised(f"{said[0]} bị trượt{_subject_vi(subj)}, phải thi lại{retake}{stop(m['end'])}")


def _resat_vi(text: str) -> str | None:
    """"I passed the resit." as "Tôi thi lại đỗ rồi.", "Lan failed the literature resit." as "Lan thi lại môn văn vẫn
    bị trượt.", "Did you pass the resit?" as "Bạn thi lại có đỗ không?" (_RESAT_EN); None for anything else, where
    the verb does not agree, and a resit not one's own ("I passed your resit")."""
    m = _RESAT_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    owner, verb, own = m["owner"].lower(), m["verb"].lower(), _own(m, who_)
    plain = verb in ("pass", "fail")
    if owner != "the" and owner != own and not (own is None and owner in ("his", "her", "their")) or \
            plain != bool(m["q"] or aux == "did not") or m["q"] and aux or aux and not _agrees(aux, who_, one):
        return None
    subj = _subject_vi(m["subj"])
    if m["q"]:
        return capitalised(f"{who_} thi lại{subj} có {'đỗ' if verb == 'pass' else 'bị trượt'} không?")
    if aux == "did not":
        return capitalised(f"{who_} thi lại{subj} không đỗ{stop(m['end'])}") if verb == "pass" else None
    return capitalised(f"{who_} thi lại{subj} {'đỗ rồi' if verb == 'passed' else 'vẫn bị trượt'}{stop(m['end'])}")


def _own(m: re.Match, who_: str) -> str | None:
    """Whose, in English, who's own things are, of a match of WHO_EN ("my" for "I", "her" for "my mother"); None
    where English cannot tell (a name, "my child")."""
    return EN_WHOSE[m["who"].lower() if m["who"].lower() != "i" else "I"] if m["who"] else his_her(who_)


def _held_vi(text: str) -> str | None:
    """"My son was held back a year." as "Con trai tôi bị lưu ban.", "I've never had to repeat a year." as "Tôi chưa
    bao giờ phải ở lại lớp.", "Have you ever been held back a year?" as "Bạn đã bao giờ bị lưu ban chưa?" (_HELD_EN);
    None for anything else, where a verb does not agree with who, and held back asked of oneself."""
    m = _HELD_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _who_vi(m)
    if not said:
        return None
    who_, one = said
    be_, how, day = (m["q"] or m["aux"] or "").strip().lower(), m["how"], m["day"]
    year = "phải ở lại lớp" if m["had"] else "bị lưu ban"
    if not _agrees(be_, who_, one) or day and (how or m["q"]) or m["q"] and who_ == "tôi":
        return None
    never, ever = "{} chưa bao giờ {}.", "{} đã bao giờ {} chưa?"
    shape = {  # (first word, how, been, had) as Vietnamese says it
        ("was", None, False, False): "{} bị lưu ban.", ("has", None, True, False): "{} bị lưu ban.",
        ("was", "once", False, False): "{} từng bị lưu ban.", ("", "once", False, True): "{} từng phải ở lại lớp.",
        ("has", "never", True, False): never, ("has", "never", False, True): never, ("", "never", False, True): never,
        ("has?", "ever", True, False): ever, ("has?", "ever", False, True): ever,
        ("was?", None, False, False): "{} có bị lưu ban không?"}.get((
            {"were": "was", "have": "has", "'s": "has", "'ve": "has"}.get(be_, be_) + "?" * bool(m["q"]), how,
            bool(m["been"]), bool(m["had"])))
    if shape is None:
        return None
    said = shape.format(who_, year).replace(".", stop(m["end"]))
    return capitalised(f"{_day_vi(m)[0]}{said[0].lower()}{said[1:]}" if day else said)


def _on_vi(text: str) -> str | None:
    """"I'm retaking the chemistry exam tomorrow." as "Ngày mai tôi thi lại môn hóa.", "I'll retake the exam." as
    "Tôi sẽ thi lại.", "Lan retook the exam yesterday." as "Hôm qua Lan thi lại." (_ON_EN); None for anything else,
    "retaking" with no day ahead (this year's course?), and where a verb or the day does not agree."""
    m = _ON_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said:
        return None
    (who_, one), aux, verb, (day, way) = said, (m["aux"] or "").strip().lower(), m["verb"].lower(), _day_vi(m)
    be_ = {"am": "I", "'m": "I", "is": "one", "'s": "one", "are": "many", "'re": "many"}.get(aux)
    if verb.endswith("ing"):
        ok = be_ == ("I" if who_ == "tôi" else "one" if one else "many") and way == "ahead"
    elif verb in ("retook", "resat"):
        ok = not aux and way in ("", "behind")
    else:
        ok = aux in ("will", "'ll") and way in ("", "ahead")
    if not ok:
        return None
    tense = "sẽ " if aux in ("will", "'ll") else "đã " if not day and verb in ("retook", "resat") else ""
    return capitalised(f"{day}{who_} {tense}thi lại{_subject_vi(m['subj'])}{stop(m['end'])}")
