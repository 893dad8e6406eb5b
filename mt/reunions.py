"""Class reunions, both ways, written whole by rule: a class having its reunion ("họp lớp"), who goes to theirs, can't,
went or is going, meeting old friends again there, the first reunion in so many years, and how many years it has been
since someone left school ("ra trường"). v8 (rules on) reads "lớp" as a layer, "họp lớp" as a class meeting, "bạn cũ"
as "you old", "ra trường" as going to school, and "reunion" as rebuilding ("tái thiết") or a classroom: "Tuần sau lớp
tôi họp lớp." → "Next week, layer I meeting class.", "Mười năm rồi lớp tôi mới họp lớp." → "Ten years and I'm new
class meeting.", "Tôi gặp lại bạn cũ ở buổi họp lớp." → "I met you old at the class meeting.", "Mẹ tôi đã đi họp lớp
cấp ba." → "My mother went to the third class meeting.", "Chúng tôi ra trường được mười năm rồi." → "We have been going
to school for ten years."; "We're having a class reunion next week." → "Chúng tôi đang có một sự tái thiết lớp vào tuần
tới.", "Are you going to the class reunion?" → "Bạn sẽ đến phòng học không?", "I can't go to the class reunion." → "Tôi
không thể đến tái thiết lớp.", "My mother went to her high school reunion." → "Mẹ tôi đi học ở trường trung học của
mình.", "It's been ten years since we left school." → "Đó là mười năm kể từ khi chúng tôi đi học.".

Taken: a class ("lớp tôi", "lớp cấp ba của mẹ tôi"; "my class") or who (mt.hobbies.WHO, WHO_EN) having a reunion on a
day ahead or behind (mt.dates.near_days), soon ("sắp"), every year, said, denied or asked; who goes ("đi (dự) họp lớp")
to their class, high school, middle school or university reunion on a day, will, soon, "đã" (went), "đang" (is at it),
asked ("Are you going …?"), can, can't, couldn't (a day behind); who met old friends or classmates again there (plain,
"đã", a day behind: met; "sẽ": will); the first reunion in years ("Mười năm rồi lớp tôi mới họp lớp.", "Đây là lần họp
lớp đầu tiên sau mười năm."); the years since who left school ("ra trường được mười năm rồi", "mấy năm", "bao lâu").
Left: "đi họp lớp" with no tense ("Mẹ tôi đi họp lớp cấp ba.": went, or going?), "không đi" with no day (not going,
didn't, never?), "rồi" (gone there, or been?), "hôm nay" (done or ahead?), "Did you go …?" with no day, "reunion" alone
(a family's?), someone else's reunion ("I went to her class reunion."), children and younger siblings
(mt.people.YOUNG_KIN: "họp lớp" is their class meeting; English "sister", written "em gái"), "I" or "we" asked
(English "we": "chúng ta" or "chúng tôi"?), a name's "his" or "her" ("Tom … her": another's?), a pet, "anh", "chị",
"em" alone saying it, graduating ("tốt nghiệp": mt/graduation.py), classmates (mt/school_years.py), meeting up
(mt/meeting_up.py), work meetings (mt/meetings.py), parties (mt/parties.py), and anything else.
mt.phrasebook.translate tries these after mt/longevity.py.

    >>> translate("Tuần sau lớp tôi họp lớp.", "vi", "en"), translate("I can't go to the class reunion.", "en", "vi")
    ('My class is having a reunion next week.', 'Tôi không đi họp lớp được.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .names import woman_named
from .numbers import en_word, vi_word
from .people import YOUNG_KIN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted, keyed,
                   present, stop)

_KEYS = {"vi": lazy(r"(?i:họp\s+lớp|ra\s+trường)"),
         "en": lazy(r"(?i:reunion|left\s+school|graduated|finished\s+school)")}
# the days a reunion is on ("hôm nay", "năm nay" left: done or ahead?; "tối nay", "cuối tuần này" read ahead)
_DAYS = near_days("hôm qua", "tối qua", "hôm kia", "tuần trước", "cuối tuần trước", "cuối tuần rồi", "tháng trước",
                  "năm ngoái", "năm trước", "tối nay", "cuối tuần này", "ngày mai", "tối mai", "ngày kia", "tuần sau",
                  "tuần tới", "cuối tuần sau", "cuối tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# whose reunion, by the school (the first Vietnamese of each is written back)
_KINDS = {"cấp ba": "high school", "cấp 3": "high school", "cấp hai": "middle school", "cấp 2": "middle school",
          "đại học": "university"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())} | {"college": "đại học"}
_S, _DIDNT = "'s", "didn't "  # (for f-strings)
_EVERY = {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year"}
# old friends met again (the first Vietnamese of each English is written back)
_FRIENDS = {"bạn cũ": "old friends", "các bạn cũ": "old friends", "bạn bè cũ": "old friends",
            "những người bạn cũ": "old friends", "nhiều bạn cũ": "a lot of old friends",
            "rất nhiều bạn cũ": "a lot of old friends", "nhiều bạn bè cũ": "a lot of old friends",
            "bạn học cũ": "old classmates", "các bạn học cũ": "old classmates", "bạn cùng lớp cũ": "old classmates",
            "nhiều bạn học cũ": "a lot of old classmates"}
_FRIENDS_VI = {en: vi for vi, en in reversed(_FRIENDS.items())}
# how many years, in words or figures ("mười", "hai mươi lăm", "vài": a few)
_YEARS = {vi_word(n): en_word(n) for n in range(1, 61)} | {"vài": "a few"}
_YEARS_VI = {en: vi for vi, en in _YEARS.items()} | {en_word(n).replace("-", " "): vi_word(n) for n in range(21, 61)}

_DAY = rf"(?i:{alternatives(_DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?:vào\s+)?(?P<day2>{_DAY}))?"
_KIND = rf"(?i:{alternatives(_KINDS)})"
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(_YEARS)}))"
# a class, whose ("lớp tôi", "lớp cấp ba của mẹ tôi"), or who (WHO)
_CLASS = rf"(?:(?P<cls>[Ll]ớp)\s+(?:(?P<kind0>{_KIND})\s+)?(?:của\s+)?{OWNER}|{WHO})"
# a reunion had ("Tuần sau lớp tôi họp lớp.", "Lớp tôi họp lớp mỗi năm.", "Tuần sau chúng tôi họp lớp.")
_HOLD = lazy(rf"{_DAY0}{_CLASS}\s+(?:(?P<aux>sẽ\s+không|sẽ|sắp|đã|có|không)\s+)?họp\s+lớp(?:\s+(?P<kind>{_KIND}))?"
             rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?{_DAY2}{ASKED_END}")
# who goes ("Tôi không đi họp lớp được.", "Bạn có đi họp lớp không?", "Hôm qua tôi đi họp lớp.")
_GO = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>sẽ\s+không|không\s+thể|có\s+thể|sẽ|sắp|đã|đang|có|không)\s+)?"
           rf"(?:đi\s+(?:dự\s+)?|dự\s+)họp\s+lớp(?:\s+(?P<kind>{_KIND}))?{_DAY2}(?:\s+(?P<can>được))?{ASKED_END}")
# old friends met again there ("Tôi gặp lại bạn cũ ở buổi họp lớp.")
_MET = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>đã|sẽ)\s+)?gặp\s+lại\s+(?P<friends>(?i:{alternatives(_FRIENDS)}))\s+"
            rf"(?:ở|tại|trong)\s+(?:buổi\s+)?họp\s+lớp(?:\s+(?P<kind>{_KIND}))?{_DAY2}{SOFTENED_END}")
# the first in years ("Mười năm rồi lớp tôi mới họp lớp.", "Đây là lần họp lớp đầu tiên sau mười năm.")
_FIRST = lazy(rf"{_N}\s+năm\s+rồi\s+{_CLASS}\s+mới\s+(?:đi\s+)?họp\s+lớp(?:\s+(?P<kind>{_KIND}))?{SOFTENED_END}")
_THIS_FIRST = lazy(rf"[Đđ]ây\s+là\s+lần\s+họp\s+lớp(?:\s+(?P<kind>{_KIND}))?\s+đầu\s+tiên\s+(?:sau|trong)\s+{_N}\s+năm"
                   rf"{SOFTENED_END}")
# years since leaving school ("Chúng tôi ra trường được mười năm rồi.", "Bạn ra trường được mấy năm rồi?")
_SINCE = lazy(rf"{WHO}\s+ra\s+trường\s+(?:(?:đã\s+)?được\s+|đã\s+)?(?:{_N}\s+năm|(?P<how>mấy\s+năm|bao\s+lâu))"
              rf"\s+rồi{SOFTENED_END}")

# ... and in English
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_KIND_EN = rf"(?i:{alternatives(_KINDS_VI)})"
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(_YEARS_VI)}))"
_AUX_EN = (r"(?P<aux>\s+(?:is|are|am|did|does|do|can|could|will|has)(?:\s+not|n['’]t)?|\s+cannot|\s+can['’]t|"
           r"['’](?:s|re|m|ll)(?:\s+not)?|\s+won['’]t)?")
_REUNION_EN = rf"(?:(?P<kind>{_KIND_EN})|class)\s+reunion"
_HOLD_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Did|Does|Do|Will)\s+)?(?:(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})"
                rf"['’]s)\s+(?:(?P<ckind>{_KIND_EN})\s+)?(?P<cls>class)|(?P<subj>{WHO_EN})){_AUX_EN}\s+"
                rf"(?P<verb>having|have|has|had)\s+a\s+(?:(?P<plain>reunion)|{_REUNION_EN})"
                rf"(?:\s+(?P<every>every\s+year))?{_DAY_EN}(?:\s+(?P<soon>soon))?\s*(?P<end>[.!?]*)")
_GO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Can|Will)\s+)?(?P<subj>{WHO_EN}){_AUX_EN}\s+(?:(?P<verb>going|go|went)\s+to|"
              rf"(?P<at>at))\s+(?P<det>the|a|(?i:{WHOSE_WORDS}))\s+{_REUNION_EN}{_DAY_EN}(?:\s+(?P<soon>soon))?"
              r"\s*(?P<end>[.!?]*)")
_MET_EN = lazy(rf"(?P<subj>{WHO_EN})(?P<verb>\s+met|\s+saw|\s+will\s+(?:meet|see)|['’]ll\s+(?:meet|see))"
               rf"(?:\s+up\s+with)?\s+(?:(?P<lots>a\s+lot\s+of|lots\s+of|many)\s+)?(?:(?P<poss>{WHOSE_WORDS})\s+)?"
               rf"old\s+(?P<mates>friends|classmates)(?:\s+again)?\s+at\s+(?P<det>the|{WHOSE_WORDS})\s+{_REUNION_EN}"
               rf"{_DAY_EN}\s*(?P<end>[.!]*)")
_FIRST_EN = lazy(rf"(?:It['’]s|It\s+is|This\s+is)\s+(?:(?P<the>the)|(?P<owner>{WHOSE_WORDS})|(?P<named>{SOMEONE_EN})"
                 rf"['’]s)\s+(?:(?P<cls>class['’]s)\s+first\s+reunion|first\s+{_REUNION_EN})\s+in\s+(?:the\s+last\s+)?"
                 rf"{_N_EN}\s+years\s*(?P<end>[.!]*)")
_SINCE_EN = lazy(rf"(?:It['’]s\s+been\s+(?:{_N_EN}\s+years|(?P<one>a|one)\s+year)|"
                 rf"(?P<how>How\s+many\s+years|How\s+long)\s+has\s+it\s+been)\s+since\s+(?P<subj>{WHO_EN})\s+"
                 r"(?:(?:left|finished)\s+school|graduated)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a class reunion: had, gone to, old friends met there, the
    first in years, or the years since leaving school; None for any other."""
    if src == "vi":
        return _hold(text) or _go(text) or _met(text) or _first(text) or _since(text)
    text = text.replace("’", "'")
    return _hold_vi(text) or _go_vi(text) or _met_vi(text) or _first_vi(text) or _since_vi(text)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a Vietnamese match (group day0 or day2) in English and its way ("behind", "ahead": "tối nay" is
    ahead), ("", "") where none is said; None where two are."""
    if m["day0"] and m["day2"]:
        return None
    said = keyed(m["day0"] or m["day2"] or "")
    return (_DAYS[said], "behind" if NEAR_WAY[said] == "behind" else "ahead") if said else ("", "")


def _kind(m: re.Match, first: str = "kind0") -> str | None:
    """The school of a reunion in English ("high school"), "" where none is said; None where said twice."""
    said = [k for k in (m.groupdict().get(first), m["kind"]) if k]
    return None if len(said) > 1 else _KINDS[keyed(said[0])] if said else ""


def _asked(m: re.Match, asking: tuple[str, ...] = ("có",)) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"); None where "?" and "không" disagree, or where the aux (group
    aux) is one of `asking` but not asked, or asked without one ("Bạn đi họp lớp không?" left)."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or asked != (keyed(m["aux"] or "") in asking) else asked


def _class(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who or what class of a match of _CLASS in English ("my class", "my mother's high school class", "we") and
    whether English says it with "-s"; None for "anh", "chị", "em" alone saying it, a pet, "I" asked."""
    if m.groupdict().get("cls"):
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else not _young(m["someone"]) and someone(m["someone"], "vi")
        kind = _KINDS[keyed(m["kind0"])] + " " if m["kind0"] else ""
        return (f"{whose if m['owner'] else whose + _S} {kind}class", True) if whose else None
    said = None if animal(m) or _young(m["kin"]) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _young(said: str | None) -> bool:
    """Whether someone said in Vietnamese ("con trai tôi", "em gái"; English as Vietnamese writes it: "my sister" is
    "em gái tôi", older or not) is a child or a younger sibling (mt.people's YOUNG_KIN), whose class still meets and
    whose "họp lớp" may be its class meeting, or a pet ("con chó tôi")."""
    return bool(said) and (any(f" {keyed(said)} ".startswith(f" {kin} ") for kin in YOUNG_KIN) or pet(said, "vi"))


def _is_not(who_: str) -> str:
    """Who and "be not" in English: "I'm not", "we're not", "my class isn't"."""
    return contracted(who_, f"{be(who_)} not") if who_ in EN_WHOSE else f"{who_} {be(who_)}n't"


def _hold(text: str) -> str | None:
    """"Tuần sau lớp tôi họp lớp." as "My class is having a reunion next week.", "Tuần sau chúng tôi họp lớp." as "We
    have a class reunion next week.", "Lớp tôi họp lớp mỗi năm." as "My class has a reunion every year.", "Tuần trước
    lớp bạn có họp lớp không?" as "Did your class have a reunion last week?" (_HOLD); None for anything else, and where
    no day, "sắp", "đã", "sẽ" or "mỗi năm" says when."""
    m = _HOLD.fullmatch(text)
    if not m or (day := _day(m)) is None or (kind := _kind(m)) is None or (asked := _asked(m)) is None or \
            m["cls"] and m["kind"] or (said := _class(m, asked)) is None:
        return None  # ("Lớp tôi họp lớp cấp ba": whose school?)
    (who_, one), (on, way), aux, end = said, day, keyed(m["aux"] or ""), stop(m["end"])
    what, on = ("a reunion" if m["cls"] else f"a {kind or 'class'} reunion"), f" {on}" if on else ""
    not_ = aux in ("không", "sẽ không")
    if m["every"]:
        return None if on or aux not in ("", "có") else present(who_, one, "have", f"{what} every year", asked, end=end)
    if way == "behind" and aux in ("", "đã", "có", "không"):
        return f"Did {who_} have {what}{on}?" if asked else capitalised(
            f"{who_} {_DIDNT + 'have' if not_ else 'had'} {what}{on}{end}")
    if way == "ahead" and aux in ("", "sẽ", "có", "không", "sẽ không"):
        if not m["cls"]:  # (who has one, the class is having it)
            return present(who_, one, "have", f"{what}{on}", asked, not_, end)
        return f"Is {who_} having {what}{on}?" if asked else capitalised(
            f"{_is_not(who_) if not_ else who_ + ' is'} having {what}{on}{end}")
    if way or asked or aux not in ("sắp", "đã", "sẽ"):
        return None
    if aux == "sắp":
        return capitalised(f"{who_} is having {what} soon{end}" if m["cls"] else
                           present(who_, one, "have", f"{what} coming up", end=end))
    return capitalised(f"{who_} {'had' if aux == 'đã' else 'will have'} {what}{end}")


def _go(text: str) -> str | None:
    """"Tôi không đi họp lớp được." as "I can't go to my class reunion.", "Bạn có đi họp lớp không?" as "Are you going
    to your class reunion?", "Hôm qua tôi đi họp lớp." as "I went to my class reunion yesterday.", "Mẹ tôi đã đi họp lớp
    cấp ba." as "My mother went to her high school reunion." (_GO); None for anything else, and where no tense is
    said ("Mẹ tôi đi họp lớp.")."""
    m = _GO.fullmatch(text)
    if not m or (day := _day(m)) is None or (kind := _kind(m, "")) is None or (
            asked := _asked(m, ("có", "có thể"))) is None or (said := _class(m, asked)) is None:
        return None
    (who_, _), (on, way), aux, end = said, day, keyed(m["aux"] or ""), stop(m["end"])
    to, on = f" to {whose_own(m, who_) or 'the'} {kind or 'class'} reunion", f" {on}" if on else ""
    if aux in ("đang", "sắp") and not (m["can"] or aux in ("không thể", "có thể")):
        return None if on else capitalised(
            contracted(who_, f"{be(who_)} at{to[3:]}" if aux == "đang" else f"{be(who_)} going{to} soon") + end)
    return went(who_, aux, way, asked, bool(m["can"]), to, on, end)


def went(who_: str, aux: str, way: str, asked: bool, can: bool, to: str, on: str, end: str) -> str | None:
    """Who going somewhere (`to`: " to my class reunion") on a day (`on`: " yesterday", or ""), in English as the
    Vietnamese says it: `aux` the word before "đi" ("", "đã", "có", "không", "sẽ", "sẽ không", "có thể", "không
    thể"), `way` the day's ("behind", "ahead", ""), `can` for "được": "I can't go …", "Can you go …?", "I couldn't
    go …", "I'll go …", "I went …", "Did you go …?", "I'm not going …"; None for a tense the words do not say
    (mt/year_end.py writes its going with it too)."""
    if can or aux in ("không thể", "có thể"):
        if way == "behind":
            return capitalised(f"{who_} couldn't go{to}{on}{end}") if aux in ("không", "không thể") else None
        if asked:
            return f"Can {who_} go{to}{on}?"
        can_said = {"không": "can't", "không thể": "can't", "": "can"}.get(aux)
        return can_said and capitalised(f"{who_} {can_said} go{to}{on}{end}")
    if aux in ("sẽ", "sẽ không") and way != "behind":
        return capitalised(contracted(who_, f"will go{to}{on}") if aux == "sẽ" else f"{who_} won't go{to}{on}") + end
    if way == "behind" and aux in ("", "đã", "có", "không") or not way and aux == "đã":
        return f"Did {who_} go{to}{on}?" if asked else capitalised(
            f"{who_} {_DIDNT + 'go' if aux == 'không' else 'went'}{to}{on}{end}")
    if way == "ahead" and aux in ("", "không", "có") or not way and asked:
        return f"{be(who_).capitalize()} {who_} going{to}{on}?" if asked else capitalised(
            f"{_is_not(who_) if aux else contracted(who_, be(who_))} going{to}{on}{end}")
    return None


def _met(text: str) -> str | None:
    """"Tôi gặp lại bạn cũ ở buổi họp lớp." as "I met old friends again at the class reunion.", "Tuần sau tôi sẽ gặp
    lại các bạn học cũ ở buổi họp lớp." as "I'll meet old classmates again at the class reunion next week." (_MET);
    None for anything else, and asked."""
    m = _MET.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or (kind := _kind(m, "")) is None or (
            said := _class(m, False)) is None:
        return None
    (on, way), aux, end = day, keyed(m["aux"] or ""), stop(m["end"])
    at, on = f"{_FRIENDS[keyed(m['friends'])]} again at the {kind or 'class'} reunion", f" {on}" if on else ""
    if aux == "sẽ" and way != "behind" or way == "ahead" and not aux:
        return capitalised(contracted(said[0], f"will meet {at}{on}") + end)
    return capitalised(f"{said[0]} met {at}{on}{end}") if way != "ahead" and aux != "sẽ" else None


def _years(said: str, table: dict = _YEARS) -> str:
    """Years of a match of _N in English: "mười" as "ten", "20" as it is (or of _N_EN in Vietnamese, `table`
    _YEARS_VI: "twenty-five" as "hai mươi lăm")."""
    return table.get(keyed(said), said)


def _first(text: str) -> str | None:
    """"Mười năm rồi lớp tôi mới họp lớp." as "It's my class's first reunion in ten years.", "Mười năm rồi chúng tôi
    mới họp lớp." as "It's our first class reunion in ten years.", "Đây là lần họp lớp đầu tiên sau mười năm." as
    "This is the first class reunion in ten years." (_FIRST, _THIS_FIRST); None for anything else, and one year."""
    m = _FIRST.fullmatch(text) or _THIS_FIRST.fullmatch(text)
    if not m or "?" in m["end"] or (n := _years(m["n"])) in ("one", "1") or (kind := _kind(m)) is None:
        return None
    if m.re == _THIS_FIRST:
        return f"This is the first {kind or 'class'} reunion in {n} years{stop(m['end'])}"
    if m["cls"] and m["kind"] or (said := _class(m, False)) is None:
        return None
    whose = said[0] if m["cls"] else EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    first = f"{whose}'s first reunion" if m["cls"] else f"{whose} first {kind or 'class'} reunion"
    return f"It's {first} in {n} years{stop(m['end'])}"


def _since(text: str) -> str | None:
    """"Chúng tôi ra trường được mười năm rồi." as "It's been ten years since we graduated.", "Bạn ra trường được mấy
    năm rồi?" as "How many years has it been since you graduated?" (_SINCE); None for anything else."""
    m = _SINCE.fullmatch(text)
    asked = bool(m and m["how"])
    if not m or asked != ("?" in m["end"]) or (said := _class(m, asked)) is None:
        return None
    if asked:
        return f"How {'long' if keyed(m['how']) == 'bao lâu' else 'many years'} has it been since {said[0]} graduated?"
    span = "a year" if (n := _years(m["n"])) in ("one", "1") else f"{n} years"
    return f"It's been {span} since {said[0]} graduated{stop(m['end'])}"


# who English asks of, left ("Am I going …?"; "Are we going …?": "chúng ta", among us, or "chúng tôi"?)
_US = ("I", "we")
# contractions written out, in this order ("can't" before "n't")
_EXPANDED = {"can't": "can not", "cannot": "can not", "won't": "will not", "n't": " not", "'s": "is", "'re": "are",
             "'m": "am", "'ll": "will"}


def _form(m: re.Match, be_: str, one: bool) -> tuple[str, str] | None:
    """The verb of an English match (groups q, aux, verb, at) as ("?be", "going"), ("be not", "having"), ("did
    not", "have"), ("", "went"), ("can not", "go"), ("be", "at"): "?" asking, "be" and "do" agreed with who (`be_`,
    `one`), "has" read "have"; None where they do not agree ("She are", "Does we", "I has") or two are said."""
    q, aux = (m["q"] or "").lower(), keyed(m["aux"] or "")
    for short, said in _EXPANDED.items():
        aux = aux.replace(short, said)
    verb = (m.groupdict().get("verb") or "at").lower()
    if q and aux and aux != "not":
        return None
    lead, neg = (q or aux).removesuffix(" not"), "not" in aux.split()
    if lead in ("is", "are", "am"):
        lead = "be" if lead == be_ else "?"
    elif lead in ("do", "does"):
        lead = "do" if lead == ("does" if one else "do") else "?"
    if lead == "?" or not lead and verb in ("has", "have") and (verb == "has") != one:
        return None
    verb = "have" if verb == "has" else verb
    return f"{'?' if q else ''}{lead}{' not' if neg else ''}", verb


def _subject_vi(m: re.Match) -> tuple[str, str, bool, str] | None:
    """Who of a match of WHO_EN (group subj) in Vietnamese, in English as `be` reads it, whether one, and their own
    whose ("my", "her"; "" for a friend: his or hers; a name: "her" for a woman's, mt.names.WOMEN, else "the", his
    or hers unknown: "Tom … her" may be another's); None for a pet and the young (_young)."""
    vi, one = who_vi(m)
    if animal(m) or _young(vi):
        return None
    en = "I" if (low := m["subj"].lower()) == "i" else low if low in WHOSE_OF else m["subj"]
    named = m["given"] and ("her" if woman_named(vi) else "the")
    own = WHOSE_OF.get(m["who"].lower()) if m["who"] else named or his_her(vi) or ""
    return vi, en, one, own


def _owns(said: str | None, own: str) -> bool:
    """Whether whose said before a reunion or friends (`said`, or none) is who's own (`own`; "" for his or hers)."""
    said = (said or "").lower()
    return not said or said in ("the", "a") or said == own or not own and said in ("his", "her")


def _on_vi(m: re.Match) -> tuple[str, str]:
    """The day of an English match (group day) in Vietnamese, with a space after it, and its way ("behind",
    "ahead"); ("", "") where none is said."""
    vi = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    return (f"{vi} ", "behind" if NEAR_WAY[vi] == "behind" else "ahead") if vi else ("", "")


def _hold_vi(text: str) -> str | None:
    """"My class is having a reunion next week." as "Tuần sau lớp tôi họp lớp.", "We're having a class reunion next
    week." as "Tuần sau chúng tôi họp lớp.", "My class has a reunion every year." as "Lớp tôi họp lớp mỗi năm.", "Did
    your class have a reunion last year?" as "Năm ngoái lớp bạn có họp lớp không?" (_HOLD_EN); None for anything else,
    "a reunion" of who (a family's?), and no day said ("We're having a class reunion.": now?)."""
    m = _HOLD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["cls"]) != bool(m["plain"]):
        return None
    if m["cls"]:
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
        kind = f"{_KINDS_VI[keyed(m['ckind'])]} của " if m["ckind"] else ""
        we_asked = m["q"] and keyed(m["owner"] or "") == "our"  # ("Is our class …?": as "we" asked)
        subject, be_, one, tail = not we_asked and whose and not _young(whose) and f"lớp {kind}{whose}", "is", True, ""
    else:
        if (said := _subject_vi(m)) is None or said[1] in _US and m["q"]:
            return None
        subject, be_, one, tail = said[0], be(said[1]), said[2], f" {_KINDS_VI[keyed(m['kind'])]}" if m["kind"] else ""
    form, (on, way) = _form(m, be_, one), _on_vi(m)
    if not subject or form is None or [bool(on), bool(m["every"]), bool(m["soon"])].count(True) > 1:
        return None
    said = {("ahead", "be", "having"): "", ("ahead", "", "have"): "", ("ahead", "will", "have"): "sẽ ",
            ("ahead", "be not", "having"): "không ", ("ahead", "do not", "have"): "không ",
            ("ahead", "will not", "have"): "sẽ không ", ("ahead", "?be", "having"): "có ",
            ("ahead", "?do", "have"): "có ", ("ahead", "?will", "have"): "có ", ("behind", "", "had"): "",
            ("behind", "did not", "have"): "không ", ("behind", "?did", "have"): "có ", ("every", "", "have"): "",
            ("every", "?do", "have"): "có ", ("soon", "be", "having"): "sắp ", ("", "", "had"): "đã ",
            ("", "will", "have"): "sẽ "}.get((way or "every" * bool(m["every"]) or "soon" * bool(m["soon"]), *form))
    every, asked = " mỗi năm" * bool(m["every"]), " không?" if form[0].startswith("?") else stop(m["end"])
    return None if said is None else capitalised(f"{on}{subject} {said}họp lớp{tail}{every}{asked}")


def _go_vi(text: str) -> str | None:
    """"I can't go to the class reunion." as "Tôi không đi họp lớp được.", "Are you going to the class reunion?" as
    "Bạn có đi họp lớp không?", "I went to a class reunion yesterday." as "Hôm qua tôi đi họp lớp.", "My mother went to
    her high school reunion." as "Mẹ tôi đã đi họp lớp cấp ba." (_GO_EN); None for anything else, and someone else's
    reunion ("I went to her class reunion.")."""
    m = _GO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _subject_vi(m)) is None or not _owns(m["det"], said[3]):
        return None
    subject, en, one, _ = said
    form, (on, way) = _form(m, be(en), one), _on_vi(m)
    if form is None or on and m["soon"] or en in _US and m["q"]:
        return None
    when = way or "soon" * bool(m["soon"])
    said = {("ahead", "be", "going"): "", ("", "be", "going"): "sẽ ", ("soon", "be", "going"): "sắp ",
            ("ahead", "be not", "going"): "không ", ("", "be not", "going"): "sẽ không ",
            ("ahead", "?be", "going"): "có ", ("", "?be", "going"): "có ", ("behind", "", "went"): "",
            ("", "", "went"): "đã ", ("behind", "did not", "go"): "không ", ("", "did not", "go"): "đã không ",
            ("behind", "?did", "go"): "có ", ("ahead", "can not", "go"): "không ", ("", "can not", "go"): "không ",
            ("behind", "could not", "go"): "không ", ("ahead", "?can", "go"): "có ", ("", "?can", "go"): "có ",
            ("ahead", "can", "go"): "", ("", "can", "go"): "", ("ahead", "will", "go"): "sẽ ",
            ("", "will", "go"): "sẽ ", ("ahead", "will not", "go"): "sẽ không ", ("", "will not", "go"): "sẽ không ",
            ("", "be", "at"): "đang ", ("ahead", "?will", "go"): "có ", ("", "?will", "go"): "có "}.get((when, *form))
    kind = f" {_KINDS_VI[keyed(m['kind'])]}" if m["kind"] else ""
    can = " được" if "can" in form[0] or "could" in form[0] else ""
    asked = " không?" if form[0].startswith("?") else stop(m["end"])
    return None if said is None else capitalised(f"{on}{subject} {said}đi họp lớp{kind}{can}{asked}")


def _met_vi(text: str) -> str | None:
    """"I met old friends again at the class reunion." as "Tôi đã gặp lại bạn cũ ở buổi họp lớp.", "We'll see lots of
    old classmates at the reunion next week." … as "Tuần sau chúng tôi sẽ gặp lại nhiều bạn học cũ ở buổi họp lớp."
    (_MET_EN); None for anything else, and someone else's friends or reunion."""
    m = _MET_EN.fullmatch(text)
    if not m or (said := _subject_vi(m)) is None or not (_owns(m["poss"], said[3]) and _owns(m["det"], said[3])):
        return None
    (on, way), will = _on_vi(m), "'ll" in m["verb"] or "will" in m["verb"]
    if way == ("behind" if will else "ahead"):
        return None
    friends = _FRIENDS_VI[f"{'a lot of ' if m['lots'] else ''}old {m['mates']}"]
    kind, aux = f" {_KINDS_VI[keyed(m['kind'])]}" if m["kind"] else "", "sẽ " if will else "" if on else "đã "
    return capitalised(f"{on}{said[0]} {aux}gặp lại {friends} ở buổi họp lớp{kind}{stop(m['end'])}")


def _first_vi(text: str) -> str | None:
    """"It's the first class reunion in ten years." as "Đây là lần họp lớp đầu tiên sau mười năm.", "It's my class's
    first reunion in ten years." as "Mười năm rồi lớp tôi mới họp lớp.", "It's our first class reunion in ten years."
    as "Mười năm rồi chúng tôi mới họp lớp." (_FIRST_EN); None for anything else, and one year."""
    m = _FIRST_EN.fullmatch(text)
    if not m or (n := _years(m["n"], _YEARS_VI)) in ("một", "1") or m["the"] and m["cls"]:
        return None
    kind = f" {_KINDS_VI[keyed(m['kind'])]}" if m["kind"] else ""
    if m["the"]:
        return f"Đây là lần họp lớp{kind} đầu tiên sau {n} năm{stop(m['end'])}"
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
    who_ = whose and not _young(whose) and (f"lớp {whose}" if m["cls"] else whose)
    return who_ and f"{n[0].upper()}{n[1:]} năm rồi {who_} mới họp lớp{kind}{stop(m['end'])}"


def _since_vi(text: str) -> str | None:
    """"It's been ten years since we left school." and "… since we graduated." as "Chúng tôi ra trường được mười năm
    rồi.", "How many years has it been since you graduated?" as "Bạn ra trường được mấy năm rồi?" (_SINCE_EN); None
    for anything else."""
    m = _SINCE_EN.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or (said := _subject_vi(m)) is None or m["how"] and said[1] in _US:
        return None
    if m["how"]:
        return capitalised(f"{said[0]} ra trường được {'bao lâu' if 'long' in m['how'] else 'mấy năm'} rồi?")
    span = "một năm" if m["one"] else f"{_years(m['n'], _YEARS_VI)} năm"
    return capitalised(f"{said[0]} ra trường được {span} rồi{stop(m['end'])}")
