"""English tests and their scores, both ways, written whole by rule: IELTS, TOEIC, TOEFL and VSTEP sat on a day, the
score got or needed, registering, studying for one, and a part's band (the speaking test). v8 (rules on) reads "thi"
as executing or testing, "được" as being, "ôn thi" as hugging, and "take", "score", "sitting" as "lấy", "ghi bàn",
"ngồi": "Tôi được 7.0 IELTS." → "I'm 7,0 IELTS.", "Tôi thi IELTS được 7.0." → "IELTS was 7,0.", "Bạn được bao nhiêu
điểm IELTS?" → "How many IELTS points are you?", "Tuần sau tôi thi IELTS." → "Next week, I'll test IELTS.", "Bạn đã
thi IELTS chưa?" → "Are you enforced IELTS?", "Chị ấy đang ôn thi IELTS." → "She is huging the IELTS test.",
"Phần thi nói của tôi được 6.5." → "My test is 6.5."; "I got 7.0 in IELTS." → "Tôi có 7,0 trong IELTS.", "I'm taking
the IELTS test next week." → "Tôi đang thử nghiệm IELTS vào tuần tới.", "My mother scored 850 in TOEIC." → "Mẹ tôi ghi
bàn 850 ở TOEIC.", "I took IELTS last year." → "Tôi lấy IELTS vào năm ngoái.", "What TOEIC score do you need?" → "Bạn
cần ghi bàn TOEIC gì?", "I got 6.5 in the speaking test." → "Tôi có 6,5 trong thử nghiệm nói.".

Taken: who (mt.hobbies.WHO, WHO_EN; people) got a score ("được", "đạt"; "thi IELTS được 7.0"; "got", "scored") in a
test, on a day behind, denied ("không đạt", "didn't get"), not yet ("chưa đạt"), asked ("bao nhiêu điểm?", "What IELTS
score did you get?"); who needs a score, only, asked; whose score is what, asked; who sits a test on a day ahead (-ing),
behind or today with "đã" (took), will, is about to, has, has just, has not yet, asked ("có … không?" with a day ahead,
"… chưa?"); who registers for one ("đăng ký thi") as who sits one; who is studying for one ("đang ôn thi", "luyện thi",
"học"), asked; whose speaking, writing, listening or reading test got a band ("Phần thi nói của tôi được 6.5.", "Tôi
được 6.5 phần nói."), asked. A score is one the test gives (IELTS a band 1–9 by halves, TOEIC 10–990 by fives, TOEFL
0–120), "6,5" written "6.5" both ways; a part's band is an IELTS band with its decimal. Left: VSTEP scores (a level, B1,
or a mark out of ten?), scores a test does not give ("được 10 IELTS"), "em", "anh", "chị" alone saying it ("Tuần sau em
thi IELTS.": the speaker, or the one spoken to?), "I" asking, pets, "thi" with no day or tense ("Tôi thi IELTS.":
when?), "hôm nay", "tuần này", "năm nay" with no tense word, asked too ("Hôm nay tôi thi IELTS.": done, or ahead?), "có
thi … không?" with no day, "đăng ký thi" with no tense, "đăng ký IELTS" (a course?), "ôn thi" with no "đang" (a habit?),
"chưa ôn" (begun or done?), "à?" asking, "thế", "vậy" ending a statement, "thi lại" (mt/resits.py), "thi đỗ", "passed"
(mt/exams.py), mock tests ("thi thử"), "chấm" bands ("7 chấm"), and anything else.
mt.phrasebook.translate tries these after mt/skin_marks.py.

    >>> translate("Tôi được 7.0 IELTS.", "vi", "en"), translate("I'm taking the IELTS test next week.", "en", "vi")
    ('I got 7.0 in IELTS.', 'Tuần sau tôi thi IELTS.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (BE_EN, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ielts|toeic|toefl|vstep|phần\s+thi|phần\s+nói|phần\s+viết|phần\s+nghe|phần\s+đọc)"),
         "en": lazy(r"(?i:ielts|toeic|toefl|vstep|speaking|writing|listening|reading)")}
_TESTS = {"ielts": "IELTS", "toeic": "TOEIC", "toefl": "TOEFL", "vstep": "VSTEP"}
_PARTS = {"nói": "speaking", "viết": "writing", "nghe": "listening", "đọc": "reading"}
_PARTS_VI = {en: vi for vi, en in _PARTS.items()}
# the days these shapes are said on (their way, mt.dates.NEAR_WAY, is the tense; the first Vietnamese is written back)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "năm trước", "hôm nay", "tuần này",
                  "tháng này", "năm nay", "ngày mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau",
                  "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_TEST = rf"(?i:{alternatives(_TESTS)})"
_SCORE = r"\d{1,3}(?:[.,]\d)?"
_HOW = r"(?P<how>bao\s+nhiêu|mấy)"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_OPEN = rf"(?:(?P<day0>{_DAY})\s+)?"
_CLOSE = rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
_PART = rf"(?P<part>{alternatives(_PARTS)})"

# a score got ("Tôi được 7.0 IELTS.", "Mẹ tôi đạt 850 điểm TOEIC.", "Bạn được bao nhiêu điểm IELTS?")
_GOT = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<aux>đã|không|chưa)\s+)?(?P<verb>được|đạt)\s+(?:(?P<score>{_SCORE})\s+(?:điểm\s+)?"
            rf"(?P<test>{_TEST})|(?P<test2>{_TEST})\s+(?P<score2>{_SCORE})|{_HOW}\s+điểm\s+(?P<test3>{_TEST})){_CLOSE}"
            rf"{SOFTENED_END}")
# ... said after the test ("Tôi thi IELTS được 7.0.", "Bạn thi TOEIC được bao nhiêu điểm?")
_GOT_AFTER = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<aux>đã)\s+)?thi\s+(?P<test>{_TEST})\s+(?P<verb>được|đạt)\s+"
                  rf"(?:(?P<score>{_SCORE})|{_HOW})(?:\s+điểm)?{SOFTENED_END}")
# a score needed ("Tôi cần 6.5 IELTS.", "Bạn cần bao nhiêu điểm TOEIC?")
_NEED = lazy(rf"{WHO}\s+(?:(?P<only>chỉ)\s+)?cần\s+(?:(?P<score>{_SCORE})\s+(?:điểm\s+)?(?P<test>{_TEST})|"
             rf"(?P<test2>{_TEST})\s+(?P<score2>{_SCORE})|{_HOW}\s+điểm\s+(?P<test3>{_TEST})){SOFTENED_END}")
# whose score is what ("Điểm IELTS của tôi là 7.0.", "Điểm TOEIC của bạn là bao nhiêu?")
_SCORE_IS = lazy(rf"[Đđ]iểm\s+(?P<test>{_TEST})\s+(?:của\s+)?{WHO}\s+là\s+(?:(?P<score>{_SCORE})|{_HOW})"
                 rf"(?:\s+điểm)?{SOFTENED_END}")
# a test sat or registered for ("Tuần sau tôi thi IELTS.", "Bạn đã thi IELTS chưa?", "Tôi đã đăng ký thi TOEIC.",
# "Tuần sau bạn có thi TOEIC không?"; "đăng ký IELTS" may be a course)
_DO = lazy(rf"{_OPEN}{WHO}\s+(?:(?P<aux>đã|sẽ|sắp|chưa|vừa|mới|có)\s+)?(?P<reg>đăng\s+ký\s+)?thi\s+(?P<test>{_TEST})"
           rf"{_CLOSE}(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa)|\s+(?P<asked>không))?{SOFTENED_END}")
# studying for one ("Chị ấy đang ôn thi IELTS.", "Bạn có đang luyện thi TOEIC không?")
_STUDY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?đang\s+(?:ôn\s+thi|luyện\s+thi|ôn|luyện|học)\s+(?P<test>{_TEST})"
              rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# a part's band ("Phần thi nói của tôi được 6.5.", "Tôi được 6.5 phần nói.")
_PART_GOT = lazy(rf"[Pp]hần\s+thi\s+{_PART}(?:\s+(?P<test>{_TEST}))?\s+(?:của\s+)?{WHO}\s+(?:đã\s+)?(?:được|đạt)\s+"
                 rf"(?:(?P<score>{_SCORE})|{_HOW})(?:\s+điểm)?{SOFTENED_END}")
_GOT_PART = lazy(rf"{WHO}\s+(?:đã\s+)?(?:được|đạt)\s+(?P<score>{_SCORE})(?:\s+điểm)?\s+(?:ở\s+)?phần\s+(?:thi\s+)?"
                 rf"{_PART}(?:\s+(?P<test>{_TEST}))?{SOFTENED_END}")

# ... in English (’ read as ')
_TEST_EN = rf"(?:the\s+)?(?P<test>{_TEST})(?:\s+(?:test|exam))?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_GOT_EN = lazy(rf"{WHO_EN}\s+(?:(?P<neg>didn't|did\s+not)\s+(?:get|score)|(?:got|scored))\s+(?P<score>{_SCORE})\s+"
               rf"(?:in|on)\s+{_TEST_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_ASK_GOT_EN = [lazy(rf"What\s+(?P<test>{_TEST})\s+score\s+did\s+{WHO_EN}\s+get{_DAY_EN}\s*\?+"),
               lazy(rf"What\s+did\s+{WHO_EN}\s+get\s+(?:in|on)\s+{_TEST_EN}{_DAY_EN}\s*\?+")]
_NEED_EN = lazy(rf"{WHO_EN}\s+(?:(?P<only>only)\s+)?(?P<verb>needs?)\s+(?:(?P<score>{_SCORE})\s+(?:in|on)\s+{_TEST_EN}|"
                rf"(?P<art>an?)\s+(?P<test2>{_TEST})\s+score\s+of\s+(?P<score2>{_SCORE}))\s*(?P<end>[.!]*)")
_ASK_NEED_EN = lazy(rf"What\s+(?P<test>{_TEST})\s+score\s+(?P<do>do|does)\s+{WHO_EN}\s+need\s*\?+")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)"
_SCORE_EN = lazy(rf"{_WHOSE_EN}\s+(?:(?P<test>{_TEST})\s+)?(?:(?P<part>speaking|writing|listening|reading)\s+)?score\s+"
                 rf"(?P<be>is|was)\s+(?P<score>{_SCORE})\s*(?P<end>[.!]*)")
_ASK_SCORE_EN = lazy(rf"What(?:'s|\s+is)\s+{_WHOSE_EN}\s+(?P<test>{_TEST})\s+score\s*\?+")
# (the verbs of a test sat and registered for, as English says them: -ing, base, participle, past)
_FORMS = {"thi": ("taking", "take", "taken", "took"), "đăng ký thi": ("registering for", "register for",
                                                                     "registered for", "registered for")}
_VERBS_EN = {"taking": "ing", "sitting": "ing", "registering": "ing", "signing up": "ing", "take": "base",
             "sit": "base", "register": "base", "sign up": "base", "taken": "part", "sat": "part past", "took": "past",
             "registered": "part past", "signed up": "part past"}
_DO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|will|have|has)|'(?:s|m|re|ll|ve)|"
              r"\s+(?:haven't|hasn't|have\s+not|has\s+not))?(?P<about>\s+about\s+to)?(?:\s+(?P<just>just))?\s+"
              rf"(?P<verb>{alternatives(_VERBS_EN)})(?P<reg>\s+for)?\s+{_TEST_EN}{_DAY_EN}(?:\s+(?P<yet>yet))?"
              r"\s*(?P<end>[.!?]*)")
_STUDY_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?\s+(?:studying|preparing|revising)\s+for\s+{_TEST_EN}"
                 r"\s*(?P<end>[.!?]*)")
_PART_EN = lazy(rf"{WHO_EN}\s+(?:got|scored)\s+(?P<score>{_SCORE})\s+(?:in|on|for)\s+(?:the\s+)?"
                rf"(?:(?P<test>{_TEST})\s+)?(?P<part>speaking|writing|listening|reading)(?:\s+(?:test|part|section))?"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an English test (IELTS, TOEIC, TOEFL, VSTEP) sat, registered for or studied
    for, or of a score got or needed; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("… thế.", "… vậy.": a statement saying more than English would)
        said = _got(text) or _need(text) or _score_is(text) or _do(text) or _study(text) or _part(text)
    else:
        text = text.replace("’", "'")
        said = _got_vi(text) or _need_vi(text) or _score_vi(text) or _do_vi(text) or _study_vi(text) or _part_vi(text)
    # (a statement's end as the source has it: "!" kept)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _score(test: str, said: str, band: bool = False) -> str | None:
    """A score of `test` ("IELTS") as both languages write it ("6,5" as "6.5"), where the test gives it: IELTS a
    band 1–9 by halves (with its decimal where `band`: a part's), TOEIC 10–990 by fives, TOEFL 0–120; None for any
    other, and for VSTEP (a level, or a mark out of ten?)."""
    score = said.replace(",", ".")
    value = float(score)
    if re.match(r"0\d", score) or band and (test != "IELTS" or "." not in score):
        return None
    if test == "IELTS":
        return score if value <= 9 and (value * 2).is_integer() and value >= 1 else None
    if "." in score:
        return None
    return score if test == "TOEIC" and 10 <= value <= 990 and value % 5 == 0 or test == "TOEFL" and value <= 120 \
        else None


def _test(m: re.Match, *names: str) -> str:
    """The test of a match, the first of its groups `names` said, as English writes it ("IELTS")."""
    return _TESTS[keyed(next(m[n] for n in names if m[n]))]


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she gets"), as mt.hobbies.who gives it; None for a pet,
    "em" with "ạ" (the speaker), and "I" asked."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match (at the opening or the end, not both) in English and its way ("behind", "today", "ahead");
    ("", "") where none is said; None where both are."""
    day0, day = m["day0"], m.groupdict().get("day")  # (_GOT_AFTER has none at the end)
    if day0 and day:
        return None
    said = keyed(day0 or day or "")
    return (_DAYS[said], NEAR_WAY[said]) if said else ("", "")


def _asked(m: re.Match, *words: str) -> bool | None:
    """Whether a Vietnamese match asks (one of its groups `words` said, and a "?"); None for a "?" on a statement or
    a question with none."""
    asked = any(m.groupdict().get(w) for w in words)
    return None if asked != ("?" in m["end"]) else asked


def _got(text: str) -> str | None:
    """"Tôi được 7.0 IELTS." as "I got 7.0 in IELTS.", "Năm ngoái mẹ tôi đạt 850 TOEIC." as "My mother got 850 in
    TOEIC last year.", "Tôi không đạt 6.5 IELTS." as "I didn't get 6.5 in IELTS.", "Bạn được bao nhiêu điểm IELTS?" as
    "What IELTS score did you get?" (_GOT, _GOT_AFTER); None for anything else, a day but behind, and "không được"
    (not allowed?)."""
    m = _GOT.fullmatch(text) or _GOT_AFTER.fullmatch(text)
    if not m or (asked := _asked(m, "how")) is None or (day := _day(m)) is None or day[1] not in ("", "behind"):
        return None
    aux, test = keyed(m["aux"] or ""), _test(m, "test", "test2", "test3")
    said = _person(m, asked)
    if said is None or aux in ("không", "chưa") and (keyed(m["verb"]) != "đạt" or asked or day[0]):
        return None
    on = f" {day[0]}" if day[0] else ""
    if asked:
        return f"What {test} score did {said[0]} get{on}?"
    score = _score(test, m["score"] or m["score2"])
    if score is None:
        return None
    if aux == "chưa":
        return capitalised(f"{said[0]} {'hasn' if said[1] else 'haven'}'t scored {score} in {test} yet.")
    got = "didn't get" if aux == "không" else "got"
    return capitalised(f"{said[0]} {got} {score} in {test}{on}.")


def _need(text: str) -> str | None:
    """"Tôi cần 6.5 IELTS." as "I need 6.5 in IELTS.", "Cô ấy chỉ cần 600 TOEIC." as "She only needs 600 in TOEIC.",
    "Bạn cần bao nhiêu điểm TOEIC?" as "What TOEIC score do you need?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    if not m or (asked := _asked(m, "how")) is None or (said := _person(m, asked)) is None or asked and m["only"]:
        return None
    test = _test(m, "test", "test2", "test3")
    if asked:
        return f"What {test} score {'does' if said[1] else 'do'} {said[0]} need?"
    score = _score(test, m["score"] or m["score2"])
    return score and present(*said, "need", f"{score} in {test}", adverb="only " if m["only"] else "")


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _score_is(text: str) -> str | None:
    """"Điểm IELTS của tôi là 7.0." as "My IELTS score is 7.0.", "Điểm TOEIC của bạn là bao nhiêu?" as "What is your
    TOEIC score?" (_SCORE_IS); None for anything else."""
    m = _SCORE_IS.fullmatch(text)
    if not m or (asked := _asked(m, "how")) is None or (said := _person(m, asked)) is None:
        return None
    test = _test(m, "test")
    if asked:
        return f"What is {_whose(said[0])} {test} score?"
    score = _score(test, m["score"])
    return score and capitalised(f"{_whose(said[0])} {test} score is {score}.")


def _has(who_: str, one: bool, done: str) -> str:
    """Who has done it, contracted as English says it ("I've taken IELTS.", "My mother has taken IELTS.")."""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {done}") + ".")


def _do(text: str) -> str | None:
    """"Tuần sau tôi thi IELTS." as "I'm taking IELTS next week.", "Năm ngoái mẹ tôi thi TOEIC." as "My mother took
    TOEIC last year.", "Tôi sẽ thi IELTS." as "I'll take IELTS.", "Tôi chưa đăng ký thi IELTS." as "I haven't
    registered for IELTS yet.", "Bạn đã thi IELTS chưa?" as "Have you taken IELTS yet?", "Tuần sau bạn có thi IELTS
    không?" as "Are you taking IELTS next week?" (_DO); None for anything else, where no day nor tense says when
    ("Tôi thi IELTS."), and a day of this week, month or year with no tense word ("Hôm nay tôi thi IELTS.": done, or
    ahead?)."""
    m = _DO.fullmatch(text)
    if not m or (asked := _asked(m, "yet", "asked")) is None or (day := _day(m)) is None:
        return None
    if (said := _person(m, asked)) is None or bool(m["asked"]) != (keyed(m["aux"] or "") == "có"):
        return None  # ("có … không?", both or neither)
    (who_, one), aux, (on, way), done = said, keyed(m["aux"] or ""), day, bool(m["done"])
    ing, base, part, past = _FORMS["đăng ký thi" if m["reg"] else "thi"]
    what, dayed = f"{_test(m, 'test')}{' ' * bool(on)}{on}", bool(on)
    # ("có … không?" of a day ahead: the plan; of today, "Hôm nay bạn có thi IELTS không?" may ask what was done)
    if m["asked"]:
        return f"{be(who_).capitalize()} {who_} {ing} {what}?" if way == "ahead" and not done else None
    if m["yet"]:
        return f"{'Has' if one else 'Have'} {who_} {part} {what} yet?" if aux in ("", "đã") and not (
            dayed or done) else None
    if aux in ("chưa", "sắp", "vừa", "mới") and (dayed or done):
        return None
    if aux == "chưa":
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t {part} {what} yet.")
    if aux == "sắp":
        return capitalised(contracted(who_, f"{be(who_)} about to {base} {what}."))
    if aux in ("vừa", "mới"):
        return _has(who_, one, f"just {part} {what}")
    if aux == "sẽ":
        return capitalised(f"{contracted(who_, 'will ' + base)} {what}.") if way != "behind" and not done else None
    if way == "behind" and not done or aux == "đã" and way == "today" and not done:
        return capitalised(f"{who_} {past} {what}.")
    if not dayed and (aux == "đã" or done):
        return _has(who_, one, f"{part} {what}")
    if aux == "" and way == "ahead" and not done:  # (of today with no tense word: done, or ahead?)
        return capitalised(contracted(who_, f"{be(who_)} {ing} {what}."))
    return None


def _study(text: str) -> str | None:
    """"Chị ấy đang ôn thi IELTS." as "She is studying for IELTS.", "Bạn có đang luyện thi TOEIC không?" as "Are you
    studying for TOEIC?" (_STUDY); None for anything else, and "có" or "không" alone."""
    m = _STUDY.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or (asked := _asked(m, "asked")) is None:
        return None
    said = _person(m, asked)
    return said and progressive(said[0], be(said[0]), f"studying for {_test(m, 'test')}", asked)


def _part(text: str) -> str | None:
    """"Phần thi nói của tôi được 6.5." and "Tôi được 6.5 phần nói." as "I got 6.5 in the speaking test.", "Phần thi
    viết IELTS của cô ấy được 6.0." as "She got 6.0 in the IELTS writing test.", "Phần thi nói của bạn được bao
    nhiêu?" as "What did you get in the speaking test?" (_PART_GOT, _GOT_PART); None for anything else, and a band
    IELTS does not give."""
    m = _PART_GOT.fullmatch(text) or _GOT_PART.fullmatch(text)
    if not m or (asked := _asked(m, "how")) is None or (said := _person(m, asked)) is None:
        return None
    test = f"{_TESTS[keyed(m['test'])]} " if m["test"] else ""
    if test not in ("", "IELTS "):
        return None  # (a TOEIC part's score is not a band)
    what = f"the {test}{_PARTS[keyed(m['part'])]} test"
    if asked:
        return f"What did {said[0]} get in {what}?"
    score = _score("IELTS", m["score"], band=True)
    return score and capitalised(f"{said[0]} got {score} in {what}.")


def _person_vi(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one ("she"), as mt.hobbies.who_vi gives it; None for a pet
    and "I" asked."""
    said = None if animal(m) else who_vi(m)
    return None if not said or asked and said[0] == "tôi" else said


def _day_vi(m: re.Match) -> tuple[str, str]:
    """The day of a match of English in Vietnamese, opening the sentence, and its way; ("", "") where none is said."""
    said = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    return (f"{said} ", NEAR_WAY[said]) if said else ("", "")


def _got_vi(text: str) -> str | None:
    """"I got 7.0 in IELTS." as "Tôi được 7.0 IELTS.", "My mother scored 850 in TOEIC last year." as "Năm ngoái mẹ tôi
    được 850 TOEIC.", "I didn't get 6.5 in IELTS." as "Tôi không đạt 6.5 IELTS.", "What IELTS score did you get?" as
    "Bạn được bao nhiêu điểm IELTS?" (_GOT_EN, _ASK_GOT_EN); None for anything else, and a day but behind."""
    asked = next((m for p in _ASK_GOT_EN if (m := p.fullmatch(text))), None)
    m = asked or _GOT_EN.fullmatch(text)
    if not m or (said := _person_vi(m, bool(asked))) is None:
        return None
    (day, way), test = _day_vi(m), _test(m, "test")
    if way not in ("", "behind"):
        return None
    if asked:
        return capitalised(f"{day}{said[0]} được bao nhiêu điểm {test}?")
    score = _score(test, m["score"])
    if score is None or m["neg"] and day:
        return None
    return capitalised(f"{day}{said[0]} {'không đạt' if m['neg'] else 'được'} {score} {test}.")


def _need_vi(text: str) -> str | None:
    """"I need 6.5 in IELTS." and "I need an IELTS score of 6.5." as "Tôi cần 6.5 IELTS.", "She only needs 600 in
    TOEIC." as "Cô ấy chỉ cần 600 TOEIC.", "What TOEIC score do you need?" as "Bạn cần bao nhiêu điểm TOEIC?"
    (_NEED_EN, _ASK_NEED_EN); None for anything else, and where the verb does not agree with who."""
    asked = _ASK_NEED_EN.fullmatch(text)
    m = asked or _NEED_EN.fullmatch(text)
    if not m or (said := _person_vi(m, bool(asked))) is None:
        return None
    who_, one = said
    if asked:
        return capitalised(f"{who_} cần bao nhiêu điểm {_test(m, 'test')}?") if (m["do"] == "does") == one else None
    test = _test(m, "test", "test2")
    score = _score(test, m["score"] or m["score2"])
    if score is None or (m["verb"] == "needs") != one or m["test2"] and (m["art"] == "an") != (test == "IELTS"):
        return None
    return capitalised(f"{who_} {'chỉ ' * bool(m['only'])}cần {score} {test}.")


def _score_vi(text: str) -> str | None:
    """"My IELTS score is 7.0." as "Điểm IELTS của tôi là 7.0.", "My speaking score was 6.5." as "Phần thi nói của
    tôi được 6.5.", "What's your TOEIC score?" as "Điểm TOEIC của bạn là bao nhiêu?" (_SCORE_EN, _ASK_SCORE_EN); None
    for anything else, a pet's ("My dog's IELTS score …", as every other shape leaves a pet), and a test's score that
    was (then, or still?)."""
    asked = _ASK_SCORE_EN.fullmatch(text)
    m = asked or _SCORE_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en"))
    if not whose or m["someone"] and pet(m["someone"], "en"):
        return None
    test = _test(m, "test") if m["test"] else ""
    if asked:
        return f"Điểm {test} của {whose} là bao nhiêu?"
    if m["part"]:
        score = _score("IELTS", m["score"], band=True)
        test = f" {test}" if test else ""
        return score and test in ("", " IELTS") and f"Phần thi {_PARTS_VI[m['part']]}{test} của {whose} được {score}."
    score = test and _score(test, m["score"])
    return f"Điểm {test} của {whose} là {score}." if score and m["be"] == "is" else None


def _do_vi(text: str) -> str | None:
    """"I'm taking IELTS next week." as "Tuần sau tôi thi IELTS.", "I took IELTS last year." as "Năm ngoái tôi thi
    IELTS.", "I'll take TOEIC." as "Tôi sẽ thi TOEIC.", "I haven't registered for IELTS yet." as "Tôi chưa đăng ký thi
    IELTS.", "Have you taken IELTS yet?" as "Bạn đã thi IELTS chưa?", "Are you taking IELTS next week?" as "Tuần sau
    bạn có thi IELTS không?" (_DO_EN); None for anything else, and where the verb does not agree with who, "for" with
    the verb, or the day with the tense."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    if (said := _person_vi(m, bool(m["q"]))) is None:
        return None
    (who_, one), test, (day, way) = said, _test(m, "test"), _day_vi(m)
    verb, form = " ".join(m["verb"].split()), _VERBS_EN[" ".join(m["verb"].split())]
    do = "đăng ký thi" if verb.startswith(("regist", "sign")) else "thi"
    words = (m["q"] or m["aux"] or "").lower().replace("n't", " not").split()
    aux, neg = (words or [""])[0], "not" in words
    aux = {"'s": "has" if "part" in form else "is", "'m": "am", "'re": "are", "'ll": "will",
           "'ve": "have"}.get(aux, aux)
    if bool(m["reg"]) != (do != "thi") or aux in ("is", "am", "are") and not be_agrees(m, aux) or \
            aux in ("has", "have") and (aux == "has") != one:
        return None
    plain = not (m["just"] or m["about"] or m["yet"])
    if aux in ("is", "am", "are") and form == "ing" and plain and way in ("today", "ahead"):
        return capitalised(f"{day}{who_} có {do} {test} không?" if m["q"] else f"{day}{who_} {do} {test}.")
    if aux in ("is", "am", "are") and m["about"] and form == "base" and not (m["q"] or day or m["just"]):
        return capitalised(f"{who_} sắp {do} {test}.")
    if aux == "will" and form == "base" and plain and way in ("", "ahead"):
        return capitalised(f"{day}{who_} sẽ {do} {test}.")
    if not aux and "past" in form and plain and way in ("", "behind"):
        return capitalised(f"{day}{who_} {'' if day else 'đã '}{do} {test}.")
    if aux not in ("has", "have") or "part" not in form or day or m["about"]:
        return None
    if m["q"] or neg:
        said = f"{who_} đã {do} {test} chưa?" if m["q"] else f"{who_} chưa {do} {test}."
        return None if m["just"] else capitalised(said)
    if m["yet"]:
        return None
    return capitalised(f"{who_} vừa {do} {test}." if m["just"] else f"{who_} đã {do} {test} rồi.")


def _study_vi(text: str) -> str | None:
    """"She is studying for IELTS." as "Cô ấy đang ôn thi IELTS.", "Are you preparing for TOEIC?" as "Bạn có đang ôn
    thi TOEIC không?" (_STUDY_EN); None for anything else, and where "is", "am", "are" does not agree with who."""
    m = _STUDY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    said = _person_vi(m, bool(m["q"]))
    if said is None or not be_agrees(m, m["q"] or m["be"]):
        return None
    test = _test(m, "test")
    return capitalised(f"{said[0]} có đang ôn thi {test} không?" if m["q"] else f"{said[0]} đang ôn thi {test}.")


def _part_vi(text: str) -> str | None:
    """"I got 6.5 in the speaking test." as "Phần thi nói của tôi được 6.5.", "She scored 7.0 in IELTS writing." as
    "Phần thi viết IELTS của cô ấy được 7.0." (_PART_EN); None for anything else, and a band IELTS does not give."""
    m = _PART_EN.fullmatch(text)
    said = m and _person_vi(m, False)
    if not said or m["test"] and keyed(m["test"]) != "ielts":
        return None
    score = _score("IELTS", m["score"], band=True)
    test = " IELTS" if m["test"] else ""
    return score and f"Phần thi {_PARTS_VI[m['part']]}{test} của {said[0]} được {score}."
