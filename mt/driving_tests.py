"""The driving test, driving lessons and a licence run out, both ways, written whole by rule. v8 with every other
rule reads "thi bằng lái" as doing or getting a driver, "trượt" as skiing, "buổi" as ages, "test" as a medical test:
"Tôi thi bằng lái xe tuần sau." → "I have done a driver's license next week.", "Tôi thi trượt bằng lái hai lần." →
"I'm skiing two times.", "Cô ấy thi đỗ bằng lái ngay lần đầu." → "She took a driver at the first time.", "Bạn đã học
lái xe bao nhiêu buổi?" → "How many ages do you study?", "Bạn đã thi bằng lái chưa?" → "Are you driverd?", "Bằng lái
xe máy của tôi hết hạn rồi." → "A motorbike licence of my expired."; "I failed my driving test twice." → "Tôi đã thất
bại kiểm tra lái xe của tôi hai lần.", "She passed her driving test first time." → "Cô ấy đã qua đời thử nghiệm lái
xe lần đầu tiên." (died), "My driving test is tomorrow." → "Xét nghiệm lái xe của tôi là ngày mai.", "How many lessons
did you have?" → "Bạn có bao nhiêu bài học đã không?", "My licence has expired." → "Sự licence của tôi đã hết hạn.".

Taken: who (mt.hobbies.WHO, WHO_EN) takes their driving or motorbike test on a day (mt.free_time.when with
mt.dates.NEAR_SPANS; ahead, or behind in the past) or soon, asked, and when; has taken it (yet, not yet, already,
asked); failed it twice, three times (mt.numbers) or again, passed it first time or at the second attempt
(mt.residence.FLOORS), passed or failed a motorbike test; how many lessons someone had, who has had ten driving
lessons; in English, who is learning or wants to learn to drive; whose motorbike licence (or "licence" alone, in
English) has expired, expired or is about to. Left: a plain pass or fail of the driving test and "thi đỗ … chưa?"
(mt/exams.py), a licence had or just got (mt/driving.py), a driving licence expiring (mt/papers.py), "học lái xe" in
Vietnamese (mt/skills.py), driving lessons signed up for (mt/enrolment.py); "anh", "chị", "em" alone saying it, a
name alone (his or her test?), and in English a name or "my friend" with "his" or "her" (theirs, or another's?),
"khi nào" after (did or will?), "Tôi thi bằng lái." with no day (now, or planned?).
mt.phrasebook.translate tries these after mt/insomnia.py.

    >>> translate("Tôi thi bằng lái xe tuần sau.", "vi", "en"), translate("I failed my driving test twice.", "en", "vi")
    ("I'm taking my driving test next week.", 'Tôi đã thi trượt bằng lái xe hai lần.')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import OWNER, WHO, WHO_EN, be_agrees, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .residence import FLOORS, FLOORS_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, BE_EN, SOFTENED_END, SOFTENED_QUESTION, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bằng\s+lái|thi\s+lái|buổi)"),
         "en": lazy(r"(?i:driv|licen[cs]e|lessons|motor)")}

# the test: "bằng lái", "bằng lái xe (máy)", "lái xe"; a motorbike's is "motorbike test" (the first is written back)
_KIND = r"(?:\s+(?P<kind>xe\s+máy|ô\s+tô|xe))"
_TEST = rf"(?:bằng\s+lái|lái(?=\s+(?:xe|ô\s+tô))){_KIND}?"
# taken on a day: "Tôi thi bằng lái xe tuần sau.", "Tuần sau bạn có thi bằng lái không?", "Tôi sắp thi bằng lái."
_TAKING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>sẽ|sắp|đã)\s+)?(?P<ask>có\s+)?thi\s+{_TEST}{DAY_AFTER}{ASKED_END}")
_WHEN = lazy(rf"(?i:khi\s+nào|bao\s+giờ)\s+{WHO}\s+(?:sẽ\s+)?thi\s+{_TEST}{SOFTENED_QUESTION}")
# taken yet: "Bạn đã thi bằng lái chưa?", "Tôi chưa thi bằng lái.", "Tôi đã thi bằng lái rồi."
_YET = lazy(rf"{WHO}\s+(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?thi\s+{_TEST}(?:\s+(?P<q>chưa)|\s+(?P<done>rồi))?"
            rf"{SOFTENED_END}")
# how it went: "Tôi thi trượt bằng lái hai lần.", "Cô ấy đỗ bằng lái ngay lần đầu.", "Tôi lại trượt bằng lái rồi."
_RESULT = lazy(rf"{WHO}\s+(?:đã\s+)?(?:(?P<again>lại)\s+)?(?:thi\s+)?(?:bị\s+)?(?:(?P<passed>đỗ|đậu)|trượt|rớt)\s+"
               rf"bằng\s+lái{_KIND}?(?:\s+(?:(?P<first>(?:ngay\s+)?(?:từ\s+)?lần\s+đầu(?:\s+tiên)?)|(?:ở\s+|vào\s+)?"
               rf"lần\s+thứ\s+(?P<nth>\w+)|(?P<n>\d+|\w+)\s+lần))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# lessons: "Bạn đã học lái xe bao nhiêu buổi?", "Tôi đã học lái xe được mười buổi."
_HOW_MANY = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?học\s+(?:(?P<drive>lái\s+xe)\s+)?(?:được\s+)?bao\s+nhiêu\s+buổi"
                 rf"(?:\s+(?P<drive2>lái\s+xe))?(?:\s+(?P<done>rồi))?{SOFTENED_QUESTION}")
_HAD = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?học\s+(?:lái\s+xe\s+(?:được\s+)?(?P<n>\w+)\s+buổi|(?:được\s+)?(?P<n2>\w+)"
            rf"\s+buổi\s+lái\s+xe)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# a motorbike licence run out (a driving licence is mt/papers.py's): "Bằng lái xe máy của tôi hết hạn rồi."
_EXPIRED = lazy(rf"(?i:bằng\s+lái\s+xe\s+máy)\s+(?:của\s+)?{OWNER}\s+(?:(?P<aux>đã|sắp)\s+)?hết\s+hạn"
                r"(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")

# ... and in English ("my driving test", "her motorbike test")
_TEST_EN = rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<kind>driving|driver['’]s|motorbike|motorcycle)\s+test"
_TAKING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}?\s+taking|\s+(?P<have>have|has|had|took))\s+"
                  rf"{_TEST_EN}(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_IS_EN = lazy(rf"(?:(?P<when>When)(?:['’]s|\s+is)\s+)?{_TEST_EN}(?:(?:['’]s|\s+is)\s+(?P<day>[^,.!?]+?))?"
              r"\s*(?P<end>[.!?]*)")
_YET_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<not>n['’]t|\s+not)?"
               rf"(?:\s+(?P<already>already))?\s+(?P<v>taken|passed)\s+{_TEST_EN}(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_NTH_EN = r"first|second|third|fourth|fifth"
_RESULT_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<v>passed|failed)\s+{_TEST_EN}"
                  r"(?:\s+(?:(?P<n>twice|once|(?P<num>\d+|[a-z]+)\s+times)|(?P<again>again)|(?:on|at)\s+"
                  rf"(?P<own>the|{WHOSE_WORDS})\s+(?P<nth>{_NTH_EN})\s+(?:try|attempt)|(?:the\s+)?"
                  rf"(?P<nth2>{_NTH_EN})\s+time))?\s*(?P<end>[.!]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+(?P<drive>driving\s+)?lessons\s+(?P<aux>did|have|has)\s+{WHO_EN}\s+"
                    r"(?P<v>have|had)\s*\?+")
_HAD_EN = lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+had|\s+had)\s+(?P<n>\d+|[a-z]+)\s+driving\s+"
               r"lessons\s*(?P<end>[.!]*)")
_LEARNING_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}?\s+learning|\s+(?P<want>wants?)\s+to\s+learn)"
                    r"\s+to\s+drive(?:\s+a\s+(?P<what>car|motorbike|motorcycle))?\s*(?P<end>[.!?]*)")
_EXPIRED_EN = lazy(rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<moto>motorbike\s+|motorcycle\s+)?licen[cs]e"
                   r"(?P<be>\s+has|\s+is|['’]s)?\s+(?P<v>expired|about\s+to\s+expire)\s*(?P<end>[.!]*)")
# ("has" or "is" said, and what: the Vietnamese, as mt/papers.py writes it)
_EXPIRY_VI = {("has", "expired"): "hết hạn rồi", ("'s", "expired"): "hết hạn rồi", ("", "expired"): "đã hết hạn",
              ("is", "about to expire"): "sắp hết hạn", ("'s", "about to expire"): "sắp hết hạn"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks when someone takes their driving test, how it went, their
    driving lessons, or that their licence has run out; None for any other."""
    if src == "vi":
        return (_taking(text) or _when(text) or _yet(text) or _result(text) or _how_many(text) or _had(text) or
                _expired(text))
    return (_taking_vi(text) or _is_vi(text) or _yet_vi(text) or _result_vi(text) or _how_many_vi(text) or
            _had_vi(text) or _learning_vi(text) or _expired_vi(text))


def _who(m: re.Match, asked: bool = False) -> tuple[str, bool, str, str] | None:
    """Who of a match of WHO in English, whether it takes "does", whose and the test in English ("my driving test",
    "our driving tests", "her motorbike test"); None for "anh" alone saying it, and a name alone (his or her?)."""
    said = who(m, asked)
    whose = said and (whose_own(m, said[0]))
    if not whose:
        return None
    kind = "motorbike" if keyed(m["kind"] or "") == "xe máy" else "driving"
    return said[0], said[1], whose, f"{kind} test{'s' * (said[0] in ('we', 'they'))}"


def _test_vi(m: re.Match) -> str:
    """The test of a match of _TEST_EN in Vietnamese: "bằng lái xe máy" or "bằng lái xe"."""
    return "bằng lái xe máy" if m["kind"].lower().startswith("motor") else "bằng lái xe"


def _has(one: bool) -> str:
    """"has" or "have"."""
    return "has" if one else "have"


def _taking(text: str) -> str | None:
    """"Tôi thi bằng lái xe tuần sau." as "I'm taking my driving test next week.", "Bạn có thi bằng lái tuần sau
    không?" as "Are you taking your driving test next week?", "Tôi sắp thi bằng lái." as "I'm taking my driving test
    soon.", "Hôm qua tôi thi bằng lái." as "I took my driving test yesterday." (_TAKING); None for anything else."""
    m = _TAKING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["day0"] and m["day"]:
        return None
    said, day = _who(m, asked), when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    tense = keyed(m["tense"] or "")
    if not said or day in (None, "now") or not day and tense != "sắp" or asked and tense:
        return None
    who_, _, whose, test = said
    if BEHIND.fullmatch(day):
        return None if tense in ("sẽ", "sắp") else (
            f"Did {who_} take {whose} {test} {day}?" if asked else capitalised(f"{who_} took {whose} {test} {day}."))
    if tense == "đã":
        return None
    if asked:
        return f"{be(who_).capitalize()} {who_} taking {whose} {test} {day}?"
    return capitalised(contracted(who_, f"{be(who_)} taking {whose} {test} {day or 'soon'}."))


def _when(text: str) -> str | None:
    """"Khi nào bạn thi bằng lái?" as "When are you taking your driving test?" (_WHEN); None for anything else."""
    m = _WHEN.fullmatch(text)
    said = m and _who(m, True)
    return said and f"When {be(said[0])} {said[0]} taking {said[2]} {said[3]}?"


def _yet(text: str) -> str | None:
    """"Bạn đã thi bằng lái chưa?" as "Have you taken your driving test yet?", "Tôi chưa thi bằng lái." as "I haven't
    taken my driving test yet.", "Tôi đã thi bằng lái rồi." as "I've already taken my driving test." (_YET)."""
    m = _YET.fullmatch(text)
    q = bool(m and m["q"])
    if not m or q != ("?" in m["end"]) or m["not"] and (q or m["done"]) or not (m["not"] or q or m["done"]):
        return None
    if not (said := _who(m, q)):
        return None
    who_, one, whose, test = said
    if q:
        return f"{_has(one).capitalize()} {who_} taken {whose} {test} yet?"
    if m["not"]:
        return capitalised(f"{who_} {_has(one)}n't taken {whose} {test} yet.")
    return capitalised(contracted(who_, f"{_has(one)} already taken {whose} {test}."))


def _times(n: str) -> str | None:
    """How many times in English ("hai" → "twice", "ba" → "three times", "4" → "4 times"); None for no number."""
    n = VI_TO_EN.get(keyed(n), n)
    return {"one": "once", "1": "once", "two": "twice", "2": "twice"}.get(n) or (
        f"{n} times" if n.isdigit() or n in VI_TO_EN.values() else None)


def _result(text: str) -> str | None:
    """"Tôi thi trượt bằng lái hai lần." as "I failed my driving test twice.", "Cô ấy thi đỗ bằng lái ngay lần
    đầu." as "She passed her driving test first time.", "Tôi thi đỗ bằng lái lần thứ hai." as "I passed my driving
    test on my second attempt.", "Tôi lại trượt bằng lái rồi." as "I've failed my driving test again." (_RESULT);
    None for anything else, and a plain pass or fail of a driving test (mt/exams.py's)."""
    m = _RESULT.fullmatch(text)
    if not m or "?" in m["end"] or not (said := _who(m)):
        return None
    who_, one, whose, test = said
    passed, n = bool(m["passed"]), m["n"] and _times(m["n"])
    if m["first"] or m["nth"]:
        nth = "first" if m["first"] else FLOORS.get(keyed(m["nth"]))
        if not passed or m["again"] or not nth:
            return None
        when_ = "first time" if m["first"] else f"on {whose} {nth} attempt"
        return capitalised(f"{who_} passed {whose} {test} {when_}.")
    how = n or ("again" if m["again"] else "")
    if m["n"] and not n or passed and how or not how and "motorbike" not in test:
        return None  # (passed twice? a plain pass or fail: mt/exams.py)
    said = f"{'passed' if passed else 'failed'} {whose} {test}{' ' * bool(how)}{how}."
    return capitalised(contracted(who_, f"{_has(one)} {said}") if m["done"] else f"{who_} {said}")


def _count(n: str, src: str) -> str | None:
    """A number of lessons in the other language ("mười" → "ten", "three" → "ba", "12" → "12"); None for no number."""
    n = keyed(n)
    return n if n.isdigit() else (VI_TO_EN if src == "vi" else EN_TO_VI).get(n)


def _how_many(text: str) -> str | None:
    """"Bạn đã học lái xe bao nhiêu buổi?" as "How many driving lessons did you have?", "… bao nhiêu buổi rồi?" as
    "How many … have you had?" (_HOW_MANY); None for anything else, and "học" with neither "đã" nor "rồi"."""
    m = _HOW_MANY.fullmatch(text)
    if not (said := m and (m["did"] or m["done"]) and not (m["drive"] and m["drive2"]) and who(m, True)):
        return None
    drive = "driving " if m["drive"] or m["drive2"] else ""
    if m["done"]:
        return f"How many {drive}lessons {_has(said[1])} {said[0]} had?"
    return f"How many {drive}lessons did {said[0]} have?"


def _had(text: str) -> str | None:
    """"Tôi đã học lái xe được mười buổi." as "I've had ten driving lessons." (_HAD); None for anything else."""
    m = _HAD.fullmatch(text)
    said = m and "?" not in m["end"] and (m["did"] or m["done"]) and who(m, False)
    n = said and _count(m["n"] or m["n2"], "vi")
    if not n or n in ("1", "one"):
        return None
    return capitalised(contracted(said[0], f"{_has(said[1])} had {n} driving lessons."))


def _expired(text: str) -> str | None:
    """"Bằng lái xe máy của tôi hết hạn rồi." as "My motorbike licence has expired.", "… sắp hết hạn." as "… is about
    to expire." (_EXPIRED); None for anything else, and "hết hạn" alone (expires, or expired?)."""
    m = _EXPIRED.fullmatch(text)
    soon = bool(m and keyed(m["aux"] or "") == "sắp")
    if not m or soon == bool(m["done"] or m["aux"] == "đã"):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    return capitalised(f"{whose} motorbike licence {'is about to expire' if soon else 'has expired'}.")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English said it with "-s", where the test (_TEST_EN) is
    their own ("She … her driving test", "My son … his"); None for another's, and for a name or kin of no known sex
    with "his" or "her" ("Lan … his", "My friend … her": their own, or someone else's? the vi→en side leaves a name
    alone for that)."""
    who_, one = who_vi(m)
    if m["owner"].lower() in ("his", "her") and not m["who"] and not his_her(who_):
        return None
    return (who_, one) if own_thing(m, who_, one) is True and m["owner"].lower() != "the" else None


def _taking_vi(text: str) -> str | None:
    """"I'm taking my driving test next week." as "Tuần sau tôi thi bằng lái xe.", "Are you taking your driving test
    tomorrow?" as "Ngày mai bạn có thi bằng lái xe không?", "I took my driving test yesterday." as "Hôm qua tôi thi
    bằng lái xe." (_TAKING_EN); None for anything else, no day said, and "is" or "has" not agreeing with who."""
    m = _TAKING_EN.fullmatch(text)
    if not m or not m["day"] or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (m["have"] or m["be"]):
        return None
    said, soon = _who_vi(m), keyed(m["day"]) == "soon"  # ("now": being taken, or planned?)
    day = "" if soon else when(m["day"], "en", NEAR_SPANS)
    have = (m["have"] or "").lower()
    if not said or day in (None, "bây giờ") or not (soon or day) or not (have or be_agrees(m, m["be"] or m["be0"])):
        return None
    past = bool(BEHIND.fullmatch(keyed(m["day"])))
    if have in ("have", "has") and (have == "has") != said[1] or past != (have in ("had", "took")) or soon and past:
        return None
    test = _test_vi(m)
    if soon:
        return capitalised(f"{said[0]} sắp thi {test}.")
    return placed(f"{said[0]} {'có ' * bool(m['be0'])}thi {test}", day, " không?" if m["be0"] else ".")


def _is_vi(text: str) -> str | None:
    """"My driving test is tomorrow." as "Ngày mai tôi thi bằng lái xe.", "When is your driving test?" as "Khi nào
    bạn thi bằng lái xe?" (_IS_EN); None for anything else, and a day behind."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["when"]) == bool(m["day"]) or bool(m["when"]) != ("?" in m["end"]):
        return None
    who_ = WHOSE_VI[m["owner"].lower()]
    if m["when"]:
        return f"Khi nào {who_} thi {_test_vi(m)}?"
    day = when(m["day"], "en", NEAR_SPANS)
    return day and not BEHIND.fullmatch(keyed(m["day"])) and placed(f"{who_} thi {_test_vi(m)}", day, ".") or None


def _yet_vi(text: str) -> str | None:
    """"Have you taken your driving test yet?" as "Bạn đã thi bằng lái xe chưa?", "I haven't passed my driving test
    yet." as "Tôi chưa thi đỗ bằng lái xe.", "I've taken my driving test." as "Tôi đã thi bằng lái xe rồi."
    (_YET_EN); None for anything else, and "has" or "have" not agreeing with who."""
    m = _YET_EN.fullmatch(text)
    if not m or bool(m["have0"]) != ("?" in m["end"]) or bool(m["have0"]) == bool(m["have"]) or (said := _who_vi(m)) \
            is None or m["yet"] and not (m["have0"] or m["not"]) or m["already"] and (m["have0"] or m["not"]):
        return None
    has = keyed((m["have0"] or m["have"]).replace("’", "'"))
    if (has in ("has", "'s")) != said[1]:
        return None
    done = f"thi {'đỗ ' * (m['v'] == 'passed')}{_test_vi(m)}"
    if m["have0"]:
        return capitalised(f"{said[0]} đã {done} chưa?")
    return capitalised(f"{said[0]} chưa {done}." if m["not"] else f"{said[0]} đã {done} rồi.")


def _result_vi(text: str) -> str | None:
    """"I failed my driving test twice." as "Tôi đã thi trượt bằng lái xe hai lần.", "She passed her driving test
    first time." as "Cô ấy thi đỗ bằng lái xe ngay lần đầu.", "I passed my driving test on my second attempt." as
    "Tôi thi đỗ bằng lái xe ở lần thứ hai.", "He failed his driving test again." as "Anh ấy lại thi trượt bằng lái
    xe." (_RESULT_EN); None for anything else, a plain driving test (mt/exams.py's), and "has" not agreeing."""
    m = _RESULT_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None or m["own"] and m["own"].lower() not in ("the", m["owner"].lower()):
        return None
    have = keyed((m["have"] or "").replace("’", "'"))
    nth, passed, test = m["nth"] or m["nth2"], m["v"] == "passed", _test_vi(m)
    if have and (have in ("has", "'s")) != said[1]:
        return None
    if nth:
        where = "ngay lần đầu" if nth == "first" else f"ở lần thứ {FLOORS_VI[nth]}"
        return capitalised(f"{said[0]} thi đỗ {test} {where}.") if passed and not have else None
    n = m["n"] and ({"once": "một", "twice": "hai"}.get(m["n"]) or _count(m["num"], "en"))
    if m["n"] and not n or passed and (n or m["again"]) or not (n or m["again"]) and "máy" not in test:
        return None
    verb = f"thi {'đỗ' if passed else 'trượt'} {test}"
    return capitalised(f"{said[0]} lại {verb}." if m["again"] else f"{said[0]} đã {verb}{f' {n} lần' * bool(n)}.")


def _how_many_vi(text: str) -> str | None:
    """"How many lessons did you have?" as "Bạn đã học bao nhiêu buổi?", "How many driving lessons have you had?" as
    "Bạn đã học lái xe bao nhiêu buổi rồi?" (_HOW_MANY_EN); None for anything else."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m or (m["aux"] == "did") != (m["v"] == "have"):
        return None
    who_, one = who_vi(m)
    if m["aux"] != "did" and (m["aux"] == "has") != one:
        return None
    return capitalised(f"{who_} đã học {'lái xe ' * bool(m['drive'])}bao nhiêu buổi{' rồi' * (m['aux'] != 'did')}?")


def _had_vi(text: str) -> str | None:
    """"I've had ten driving lessons." as "Tôi đã học lái xe được mười buổi rồi." (_HAD_EN); None for anything else,
    and "has" not agreeing with who."""
    m = _HAD_EN.fullmatch(text)
    n = m and _count(m["n"], "en")
    if not n or n == "một":
        return None
    (who_, one), have = who_vi(m), keyed((m["have"] or "").replace("’", "'"))
    if have and (have in ("has", "'s")) != one:
        return None
    return capitalised(f"{who_} đã học lái xe được {n} buổi{' rồi' * bool(have)}.")


def _learning_vi(text: str) -> str | None:
    """"My mother is learning to drive." as "Mẹ tôi đang học lái xe.", "Are you learning to drive?" as "Bạn có đang
    học lái xe không?", "She wants to learn to drive a car." as "Cô ấy muốn học lái ô tô." (_LEARNING_EN); None for
    anything else, and "is" or "wants" not agreeing with who."""
    m = _LEARNING_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (m["want"] or m["be"]):
        return None
    who_, one = who_vi(m)
    if m["want"] and (m["want"] == "wants") != one or not m["want"] and not be_agrees(m, m["be"] or m["be0"]):
        return None
    drive = {"car": "lái ô tô", "motorbike": "lái xe máy", "motorcycle": "lái xe máy"}.get(m["what"], "lái xe")
    if m["be0"]:
        return capitalised(f"{who_} có đang học {drive} không?")
    return capitalised(f"{who_} {'muốn' if m['want'] else 'đang'} học {drive}.")


def _expired_vi(text: str) -> str | None:
    """"My licence has expired." as "Bằng lái của tôi hết hạn rồi.", "His motorbike licence is about to expire." as
    "Bằng lái xe máy của anh ấy sắp hết hạn." (_EXPIRED_EN); None for anything else (mt/papers.py's)."""
    m = _EXPIRED_EN.fullmatch(text)
    if not (said := m and _EXPIRY_VI.get((keyed((m["be"] or "").replace("’", "'")), keyed(m["v"])))):
        return None
    return capitalised(f"bằng lái{' xe máy' * bool(m['moto'])} của {WHOSE_VI[m['owner'].lower()]} {said}.")
