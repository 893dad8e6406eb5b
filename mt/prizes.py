"""Prizes, medals and school awards won, and competitions entered, both ways, written whole by rule. v8 (rules on)
reads "giải nhất" as the best, "huy chương" as a chapter, "học sinh giỏi" as good school, "giấy khen" as strict and
"đi thi" as a test: "Tôi được giải nhất cuộc thi vẽ." → "I was the best of the competition.", "Lan đoạt giải ba cuộc
thi hát." → "Lands won three competitions.", "Con trai tôi giành huy chương vàng." → "My son won the gold chapter.",
"Con tôi đạt học sinh giỏi." → "My child achieves good school.", "Con tôi được giấy khen." → "My child is stricted.",
"Tuần sau con tôi đi thi vẽ." → "Next week, I'll go to the test."; and back, "I won first prize in the drawing
competition." → "Tôi thắng giải lần đầu tiên trong cuộc thi vẽ.", "My son won a gold medal." → "Con trai tôi giành
được một bữa ăn vàng." (a golden meal), "My child got a certificate of merit." → "Con tôi có một chứng nhận của nghi
thức.", "My child has a drawing competition next week." → "Con tôi có cuộc cạnh tranh vẽ vào tuần tới.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked, "anh", "chị", "em" alone only asking) won a prize
(first to fourth, a consolation prize, a prize; "được", "đoạt", "giành", "đạt") in a competition of CONTESTS (of a
school, a district, a province, a city, the nation), a medal (gold, silver, bronze, counted; in a competition or not),
or got a certificate of merit ("giấy khen"): done, just, done already ("rồi"), on a day behind or of today
(mt.dates.near_days), not (any prizes, any medals), asked ("có … không?"); who was named an excellent or outstanding
student ("đạt học sinh giỏi", "học sinh xuất sắc"), just, already, every year ("năm nào cũng"), not, asked; who takes
part in a competition ("đi thi vẽ", "tham gia cuộc thi hát", "has a drawing competition"): on a day ahead or of
today, will ("sẽ"), about to ("sắp"), now ("đang"), or did (a day behind, "đã"), asked with a day. Left: a prize with
no competition ("Tôi được giải nhất.", "Bạn có được giải không?", "He won first prize.": mt/lottery.py's), "là học
sinh giỏi" (mt/school_trouble.py), exams ("đi thi", "thi toán", "đi thi piano": a contest or a test? mt/exams.py,
mt/revising.py), matches won (mt/matches.py, mt/scores.py), marks (mt/school_reports.py), bonuses (mt/bonuses.py), a
competition entered with no word of tense or when, a prize on a day ahead, "giải hai cuộc thi hát" (second prize, or
prizes in two?), "has got" (having: "I've got two gold medals."), "chưa?", and anything else.
mt.phrasebook.translate tries these after mt/therapies.py.

    >>> translate("Tôi được giải nhất cuộc thi vẽ.", "vi", "en"), translate("My son won a gold medal.", "en", "vi")
    ('I won first prize in the drawing competition.', 'Con trai tôi giành huy chương vàng.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, asked_of, be_agrees, person_of
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN, en_nth, en_ordinal
from .rule_keys import key_checked
from .text import ASKED_END, alternatives, be, capitalised, keyed, stop

# competitions by what is done in them, English before "competition" (the first Vietnamese of each is written back);
# those of BARE are also said "đi thi vẽ" ("đi thi toán" is a maths exam as well, "đi thi piano" a piano exam)
CONTESTS = {"vẽ": "drawing", "vẽ tranh": "painting", "hát": "singing", "ca hát": "singing", "nhảy": "dance",
            "múa": "dance", "kể chuyện": "storytelling", "hùng biện": "public speaking", "nấu ăn": "cooking",
            "cờ vua": "chess", "bơi": "swimming", "piano": "piano", "toán": "maths", "tiếng Anh": "English",
            "khoa học": "science", "viết": "writing", "nhiếp ảnh": "photography", "ảnh": "photography"}
CONTESTS_VI = {en.lower(): vi for vi, en in reversed(CONTESTS.items())} | {"math": "toán", "dancing": "nhảy",
                                                                           "speech": "hùng biện"}
BARE = {"vẽ", "vẽ tranh", "hát", "nhảy", "múa", "kể chuyện", "hùng biện", "nấu ăn", "cờ vua", "bơi"}
_CONTESTS_KEYED = {keyed(vi): en for vi, en in CONTESTS.items()}
# whose competition it is, after it ("cuộc thi vẽ cấp tỉnh": the provincial drawing competition)
LEVELS = {"của trường": "school", "cấp trường": "school", "cấp huyện": "district", "cấp quận": "district",
          "cấp tỉnh": "provincial", "cấp thành phố": "city", "cấp quốc gia": "national", "toàn quốc": "national"}
LEVELS_VI = {en: vi for vi, en in reversed(LEVELS.items())}
_NTH = {"nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4}
_NTH_VI = {1: "nhất", 2: "nhì", 3: "ba", 4: "tư"}
_NTH_EN = {said: n for n in _NTH_VI for said in (en_nth(n), en_ordinal(n))}
_METALS = {"vàng": "gold", "bạc": "silver", "đồng": "bronze"}
_METALS_VI = {en: vi for vi, en in _METALS.items()}
_GRADES = {"giỏi": "excellent", "xuất sắc": "outstanding"}
_GRADES_VI = {en: vi for vi, en in _GRADES.items()}
# days behind, of today and ahead: a prize is won on the first two, a competition entered on any
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "cuối tuần rồi", "tháng trước", "năm ngoái",
                  "năm trước", "hôm nay", "sáng nay", "chiều nay", "tuần này", "tháng này", "năm nay", "ngày mai",
                  "sáng mai", "chiều mai", "ngày kia", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                  "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giải|huy\s+chương|học\s+sinh|giấy\s+khen|cuộc\s+thi|đi\s+thi|dự\s+thi)"),
         "en": lazy(r"(?i:prize|medal|student|certificate|competition|contest)")}

_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY1 = rf"(?:\s+(?P<day1>(?i:{alternatives(_DAYS)})))?"
_CONTEST = (rf"(?P<one>(?i:một)\s+)?cuộc\s+thi\s+(?P<kind>(?i:{alternatives(CONTESTS)}))"
            rf"(?:\s+(?P<level>{alternatives(LEVELS)}))?")
_COUNT = rf"(?i:{alternatives(VI_TO_EN)})"
# won ("Tôi được giải nhất cuộc thi vẽ.", "Con trai tôi giành huy chương vàng.", "Con tôi được giấy khen.")
_WON = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?"
            r"(?P<verb>được|nhận(?:\s+được)?|(?:đoạt|giành|đạt)(?:\s+được)?)\s+(?:(?P<prize>giải)(?:\s+(?P<nth>nhất|"
            rf"nhì|hai|ba|tư)|\s+(?P<cons>khuyến\s+khích)|\s+(?P<any>gì|nào))?|(?:(?P<n>{_COUNT})\s+)?(?:tấm\s+)?"
            r"(?P<medal>huy\s+chương)(?:\s+(?P<metal>vàng|bạc|đồng))?(?:\s+(?P<anym>nào))?|(?:(?:một\s+)?tấm\s+)?"
            rf"(?P<merit>giấy\s+khen))(?:\s+(?:(?P<in>trong|tại|ở)\s+)?{_CONTEST})?{_DAY1}(?:\s+(?P<done>rồi))?"
            rf"{ASKED_END}")
# named an excellent student ("Con tôi đạt học sinh giỏi.", "Năm nào con tôi cũng đạt học sinh giỏi.")
_NAMED = lazy(rf"{_DAY0}(?:(?P<every0>[Nn]ăm\s+nào)\s+)?{WHO}\s+(?:(?P<every>(?:năm\s+nào\s+)?cũng)\s+)?"
              r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?:đạt|được)(?:\s+danh\s+"
              rf"hiệu)?\s+học\s+sinh\s+(?P<grade>giỏi|xuất\s+sắc){_DAY1}(?:\s+(?P<done>rồi))?{ASKED_END}")
# taking part ("Tuần sau con tôi đi thi vẽ.", "Tuần trước chúng tôi tham gia cuộc thi nấu ăn.")
_ENTER = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+|(?P<tense>sẽ|sắp|đang|đã)\s+)?(?:(?:đi|dự)\s+thi\s+"
              rf"(?P<bare>(?i:{alternatives(BARE)}))|(?:tham\s+gia|dự\s+thi|dự)\s+{_CONTEST}){_DAY1}{ASKED_END}")

# ... in English
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_CONTEST_EN = (rf"(?P<det>the|an?)\s+(?:(?P<level>{alternatives(LEVELS_VI)})\s+)?(?P<kind>(?i:"
               rf"{alternatives(CONTESTS_VI)}))\s+(?:competition|contest)")
_WON_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+didn['’]t|\s+did\s+not|\s+has|\s+have|['’]ve|['’]s)?"
               r"(?:\s+(?P<just>just))?\s+(?P<verb>won|win|got|get)\s+(?:(?:the\s+)?(?P<nth>"
               rf"{alternatives(_NTH_EN)})\s+(?P<prize>prize)|(?P<cons>a\s+consolation\s+prize)|(?P<a>a\s+prize)|"
               rf"(?P<any>any\s+prizes)|(?P<n>a|any|{alternatives(EN_TO_VI)})\s+(?:(?P<metal>gold|silver|bronze)\s+)?"
               r"(?P<medal>medals?)|an?\s+(?P<merit>certificate\s+of\s+merit))"
               rf"(?:\s+(?:in|at)\s+{_CONTEST_EN})?{_DAY_EN}\s*(?P<end>[.!?]*)")
_NAMED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}(?P<aux>\s+(?:was|were)(?:\s+not|n['’]t)?|(?:\s+has|\s+have|['’]ve|"
                 r"['’]s)(?:\s+just)?\s+been)?\s+named\s+(?P<an>an\s+)?(?P<grade>excellent|outstanding)\s+"
                 rf"(?P<student>students?)(?P<every>\s+every\s+year)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_ENTER_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Will|Did)\s+)?{WHO_EN}(?P<aux>\s+is|\s+are|\s+am|['’](?:s|re|m)|\s+will|['’]ll)?"
                 r"\s+(?P<verb>(?:taking|take|took)\s+part\s+in|(?:competing|compete|competed)\s+in|entering|enter|"
                 rf"entered|has|have)\s+{_CONTEST_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_ING, _PAST = ("taking", "competing", "entering"), ("took", "competed", "entered")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a prize, a medal or a school award won, or a competition entered; None for
    any other."""
    if src == "vi":
        return _won(text) or _named(text) or _enter(text)
    return _won_vi(text) or _named_vi(text) or _enter_vi(text)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a Vietnamese match in English (" last week") and its way from today ("behind", "today", "ahead"),
    ("", "") for none; None where one is said twice."""
    if m["day0"] and m["day1"]:
        return None
    day = keyed(m["day0"] or m["day1"] or "")
    return (f" {_DAYS[day]}", NEAR_WAY[day]) if day else ("", "")


def _contest(m: re.Match, bare: str | None = None) -> str:
    """The competition of a match in English: "the drawing competition", "a singing competition" ("một", or "đi thi
    hát": `bare`), "the provincial drawing competition"."""
    kind = _CONTESTS_KEYED[keyed(bare or m["kind"])]
    level = f"{LEVELS[keyed(m['level'])]} " if not bare and m["level"] else ""
    return f"{'a' if bare or m['one'] else 'the'} {level}{kind} competition"


def _said(m: re.Match) -> tuple[bool, str, bool, str, str] | None:
    """Whether a match of _WON, _NAMED or _ENTER asks, who in English and whether one ("he"), the day and its way;
    None for a pet, "I" asked, "anh" saying, or a day said twice."""
    asked = asked_of(m)
    said = None if asked is None else person_of(m, asked)
    day = said and _day(m)
    return day and (asked, *said, *day)


def _won(text: str) -> str | None:
    """"Tôi được giải nhất cuộc thi vẽ." as "I won first prize in the drawing competition.", "Con trai tôi giành huy
    chương vàng." as "My son won a gold medal.", "Con tôi được giấy khen." as "My child got a certificate of merit.",
    "Bạn có được giải trong cuộc thi vẽ không?" as "Did you win a prize in the drawing competition?" (_WON); None for
    anything else, a prize with no competition (mt/lottery.py's), a day ahead, and "giải hai" before a competition
    (second prize, or prizes in two?)."""
    m = _WON.fullmatch(text)
    said = m and _said(m)
    if not said or said[4] == "ahead" or bool(m["prize"]) and not m["kind"] or m["merit"] and m["kind"]:
        return None
    asked, who_, one, day, _ = said
    tense, verb = keyed(m["tense"] or ""), keyed(m["verb"])
    if (m["any"] or m["anym"]) and not (asked or m["not"]) or m["merit"] and verb not in ("được", "nhận", "nhận được"):
        return None
    if keyed(m["nth"] or "") == "hai" and m["kind"] and not m["in"]:
        return None  # ("giải hai cuộc thi hát": second prize, or prizes in two competitions?)
    if (m["done"] or tense in ("vừa", "mới", "vừa mới")) and (day or asked or m["not"] or m["done"] and tense):
        return None
    if m["prize"]:
        thing = "any prizes" if m["any"] else "a consolation prize" if m["cons"] else \
            f"{en_nth(_NTH[keyed(m['nth'])])} prize" if m["nth"] else "a prize"
    elif m["medal"]:
        n = VI_TO_EN[keyed(m["n"])] if m["n"] else "one"
        metal = f"{_METALS[keyed(m['metal'])]} " if m["metal"] else ""
        thing = f"any {metal}medals" if m["anym"] and n == "one" else None if m["anym"] else \
            f"a {metal}medal" if n == "one" else f"{n} {metal}medals"
    else:
        thing = "a certificate of merit"
    if thing is None:
        return None
    base, done = ("get", "got") if m["merit"] else ("win", "won")
    what = f"{thing}{' in ' + _contest(m) if m['kind'] else ''}"
    if asked:
        return f"Did {who_} {base} {what}{day}?"
    has = "has" if one else "have"
    perfect = "received" if m["merit"] else done  # ("has got a certificate" reads as having one)
    how = f"didn't {base}" if m["not"] else f"{has} just {done}" if tense not in ("", "đã") else \
        f"{has} {perfect}" if m["done"] else done
    return capitalised(f"{who_} {how} {what}{day}{stop(m['end'])}")


def _named(text: str) -> str | None:
    """"Con tôi đạt học sinh giỏi." as "My child was named an excellent student.", "Năm nào con tôi cũng đạt học sinh
    giỏi." as "My child has been named an excellent student every year.", "Con bạn có đạt học sinh giỏi không?" as
    "Was your child named an excellent student?" (_NAMED); None for anything else, and "cũng" alone (also)."""
    m = _NAMED.fullmatch(text)
    said = m and _said(m)
    if not said or said[4] == "ahead":
        return None
    asked, who_, one, day, _ = said
    tense, every = keyed(m["tense"] or ""), keyed(m["every"] or "")
    if every and (every == "cũng") != bool(m["every0"]) or m["every0"] and not every:
        return None  # ("Con tôi cũng đạt học sinh giỏi.": also)
    if (every or m["done"] or tense in ("vừa", "mới", "vừa mới")) and (day or asked or m["not"]) or m["done"] and (
            every or tense not in ("", "đã")) or every and tense:
        return None
    was, has = "was" if one or who_ == "I" else "were", "has" if one else "have"
    many = who_ in ("we", "they")  # ("We were named excellent students.")
    student = f"named {'' if many else 'an '}{_GRADES[keyed(m['grade'])]} student{'s' * many}"
    if asked:
        return f"{was.capitalize()} {who_} {student}{day}?"
    just = tense in ("vừa", "mới", "vừa mới")  # ("đã" is the past: "was named")
    how = f"{has} been" if every or m["done"] else f"{has} just been" if just else f"{was}n't" if m["not"] else was
    return capitalised(f"{who_} {how} {student}{' every year' if every else day}{stop(m['end'])}")


def _enter(text: str) -> str | None:
    """"Tuần sau con tôi đi thi vẽ." as "My child is taking part in a drawing competition next week.", "Tuần trước
    chúng tôi tham gia cuộc thi nấu ăn." as "We took part in the cooking competition last week.", "Con gái tôi sẽ
    tham gia cuộc thi hát." as "My daughter will take part in the singing competition." (_ENTER); None for anything
    else, and where no word says when ("Con tôi đi thi vẽ.": going, or gone?)."""
    m = _ENTER.fullmatch(text)
    said = m and _said(m)
    if not said:
        return None
    asked, who_, one, day, way = said
    tense, contest = keyed(m["tense"] or ""), _contest(m, m["bare"])
    if tense == "sẽ" and way in ("behind", "today") or tense == "sắp" and way or tense == "đang" and way not in (
            "", "today") or tense == "đã" and way == "ahead" or not (tense or way):
        return None
    if asked:
        if way == "behind":
            return f"Did {who_} take part in {contest}{day}?"
        return f"{be(who_).capitalize()} {who_} taking part in {contest}{day}?"
    how = "will take part" if tense == "sẽ" else f"{be(who_)} about to take part" if tense == "sắp" else \
        "took part" if tense == "đã" or way == "behind" else f"{be(who_)} taking part"
    return capitalised(f"{who_} {how} in {contest}{day}{stop(m['end'])}")


def _day_vi(m: re.Match) -> tuple[str, str]:
    """The day of an English match in Vietnamese, to open the sentence ("Tuần trước "), and its way from today."""
    day = (m["day"] or "").lower()
    return (f"{_DAYS_VI[day]} ", NEAR_WAY[_DAYS_VI[day]]) if day else ("", "")


def _contest_vi(m: re.Match) -> str | None:
    """The competition of an English match in Vietnamese ("cuộc thi vẽ", "một cuộc thi vẽ cấp tỉnh"); None where "a"
    or "an" does not sound right ("a English")."""
    kind, det = m["kind"].lower(), m["det"]
    if det != "the" and a_or_an(m["level"] or kind) != det:
        return None
    level = f" {LEVELS_VI[m['level']]}" if m["level"] else ""
    return f"{'một ' if det != 'the' else ''}cuộc thi {CONTESTS_VI[kind]}{level}"


def _opened(day: str, said: str, end: str | None) -> str:
    """A Vietnamese sentence, the day opening it: "Tuần trước con tôi …"."""
    return capitalised(f"{day}{said}{'' if said.endswith('?') else stop(end)}")


def _won_vi(text: str) -> str | None:
    """"I won first prize in the drawing competition." as "Tôi đoạt giải nhất cuộc thi vẽ.", "My son won a gold
    medal." as "Con trai tôi giành huy chương vàng.", "Did she get a certificate of merit?" as "Cô ấy có được giấy
    khen không?" (_WON_EN); None for anything else, a prize with no competition (mt/lottery.py's), where a verb or a
    count does not agree ("She have won", "two medal"), "has got" (having, not just received), and "didn't just"."""
    m = _WON_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or (m["prize"] or m["cons"] or m["a"] or m["any"]) and not m[
            "kind"] or m["merit"] and (m["kind"] or m["verb"] in ("won", "win")):
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    base, q, not_ = m["verb"] in ("win", "get"), bool(m["q"]), aux in ("didn't", "did not")
    day, way = _day_vi(m)
    if base != (q or not_) or q and aux or aux in ("has", "'s") and not one or aux in ("have", "'ve") and one or \
            way == "ahead" or (m["just"] or aux and not not_) and (day or q) or m["any"] and not (q or not_):
        return None
    if m["verb"] == "got" and aux and not m["just"] or m["just"] and not_:
        return None  # ("I've got two gold medals.": having them; "didn't just win": not only won)
    contest = m["kind"] and _contest_vi(m)
    if m["kind"] and not contest:
        return None
    if m["medal"]:
        n = m["n"].lower()
        if (m["medal"] == "medal") != (n == "a") or n == "any" and not (q or not_):
            return None
        metal = f" {_METALS_VI[m['metal']]}" if m["metal"] else ""
        thing = f"huy chương{metal} nào" if n == "any" else f"{EN_TO_VI[n] + ' ' if n != 'a' else ''}huy chương{metal}"
        verb, contest = "giành", f" trong {contest}" if contest else ""
    elif m["merit"]:
        thing, verb, contest = "giấy khen", "được", ""
    else:
        nth = f" {_NTH_VI[_NTH_EN[m['nth'].lower()]]}" if m["nth"] else " khuyến khích" if m["cons"] else \
            " nào" if m["any"] else ""
        thing, verb = f"giải{nth}", "đoạt"
        contest = f" {contest}" if m["nth"] or m["cons"] else f" trong {contest}"
    if q:
        return _opened(day, f"{who_} có {verb} {thing}{contest} không?", None)
    if not_:  # ("không đoạt được giải nào": could not win)
        return _opened(day, f"{who_} không {verb if verb == 'được' else verb + ' được'} {thing}{contest}", m["end"])
    how = f"vừa {verb}" if m["just"] else verb
    return _opened(day, f"{who_} {how} {thing}{contest}{' rồi' if aux and not m['just'] else ''}", m["end"])


def _named_vi(text: str) -> str | None:
    """"My child was named an excellent student." as "Con tôi đạt học sinh giỏi.", "Were you named an excellent
    student this year?" as "Năm nay bạn có đạt học sinh giỏi không?", "She has been named an excellent student every
    year." as "Năm nào cô ấy cũng đạt học sinh giỏi." (_NAMED_EN); None for anything else, and where "was" or "has"
    does not agree with who."""
    m = _NAMED_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = said
    words = (m["q"] or m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split()
    first, day, way = (words or [""])[0], *_day_vi(m)
    been, just, not_ = "been" in words, "just" in words, "not" in words
    if first in ("was", "were") and (first == "was") != (one or who_ == "tôi") or first in ("has", "'s") and not one \
            or first in ("have", "'ve") and one or not first or way == "ahead" or m["q"] and m["aux"]:
        return None
    if bool(m["an"]) != (m["student"] == "student") or (m["student"] == "students") != (who_ in ("chúng tôi", "họ")):
        return None  # ("We were named an excellent student.")
    if been and day or m["every"] and (not been or just):
        return None  # ("has been named" says no day; every year, not just)
    student = f"đạt học sinh {_GRADES_VI[m['grade']]}"
    if m["q"]:
        return _opened(day, f"{who_} có {student} không?", None)
    if m["every"]:
        return _opened("năm nào ", f"{who_} cũng {student}", m["end"])
    how = f"vừa {student}" if just else f"{student} rồi" if been else f"không {student}" if not_ else student
    return _opened(day, f"{who_} {how}", m["end"])


def _enter_vi(text: str) -> str | None:
    """"My child has a drawing competition next week." and "My child is taking part in a drawing competition next
    week." as "Tuần sau con tôi đi thi vẽ.", "We took part in the cooking competition last week." as "Tuần trước
    chúng tôi tham gia cuộc thi nấu ăn.", "Will you enter the singing competition?" as "Bạn có tham gia cuộc thi hát
    không?" (_ENTER_EN); None for anything else, "is taking part" with no day (now, or planned?), and where a verb
    does not agree."""
    m = _ENTER_EN.fullmatch(text)
    said = m and person_of(m, bool(m["q"]), "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or not (contest := _contest_vi(m)):
        return None
    who_, one = said
    aux = (m["q"] or m["aux"] or "").lower().replace("’", "'").strip()
    verb, (day, way) = m["verb"].split()[0], _day_vi(m)
    will, be_ = aux in ("will", "'ll"), aux in ("is", "are", "am", "'s", "'re", "'m")
    if be_ and not be_agrees(m, aux) or verb in ("has", "have") and ((verb == "has") != one or aux):
        return None
    if m["det"] != "the" and not m["level"] and keyed(CONTESTS_VI[m["kind"].lower()]) in BARE:
        contest = f"đi thi {CONTESTS_VI[m['kind'].lower()]}"
    else:
        contest = f"tham gia {contest}"
    if be_ and verb in _ING or verb in ("has", "have") and m["det"] != "the":
        ok, how = way in ("ahead", "today"), ""
    elif will and verb in ("take", "compete", "enter"):
        ok, how = way in ("", "ahead"), "" if m["q"] else "sẽ "
    elif verb in _PAST and not aux or aux == "did" and verb in ("take", "compete", "enter"):
        ok, how = way != "ahead", "" if day or m["q"] else "đã "
    else:
        ok = False
    if not ok:
        return None
    if m["q"]:
        return _opened(day, f"{who_} có {contest} không?", None)
    return _opened(day, f"{who_} {how}{contest}", m["end"])
