"""Days off, leave, overtime, shifts, and quitting, losing or starting a job, said or asked, both ways, written whole by
rule. v7 reads "được nghỉ" as apart or idle and "nghỉ việc" as taking a job or a break: "Hôm nay tôi được nghỉ." → "I'm
apart today.", "Hôm nay bạn có được nghỉ không?" → "Are you a holiday today?", "Tôi xin nghỉ phép ba ngày." → "I'm sorry
to take three days.", "Tôi phải làm thêm giờ tối nay." → "I have to make more hours tonight.", "Tối nay tôi phải tăng
ca." → "Tonight, I have to increase hangs.", "Tôi làm ca đêm." → "I did the night.", "Tôi sẽ nghỉ việc vào tháng sau." →
"I'll take a job next month.", "Tôi vừa nghỉ việc." → "I've just been a vacation."; and back, "I have the day off
today." → "Tôi có ngày hôm nay.", "Which days are you off?" → "Cậu bỏ lỡ những ngày nào?", "I have to work overtime
tonight." → "Tôi phải làm việc qua giờ tối nay.", "Which shift do you work?" → "Bạn có dịch chuyển nào không?", "I'm
quitting my job next month." → "Tháng tới tôi đang bỏ công việc của tôi.", "I just lost my job." → "Tôi chỉ mất công
việc của tôi.".

Taken: a day off ("được nghỉ", "have the day off" for one whole day, "be off" for a longer or shorter time; "Bạn được
nghỉ ngày nào?"), leave ("xin nghỉ phép ba ngày", "được nghỉ phép một tuần", "đang nghỉ phép", "nghỉ ốm", "nghỉ thai
sản", called in sick: "Hôm nay tôi xin nghỉ ốm."), overtime and shifts (WORKS: "phải (đi) làm thêm giờ", "thường làm ca
đêm", "Bạn làm ca nào?"), and quitting, losing, starting or finding a job (JOBS: "sẽ nghỉ việc", "vừa bị mất việc", "mới
bắt đầu công việc mới"). Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); "his" or "her" job by the
word of kinship (mt.terms.his_her), and a name alone, whose job English cannot say, is left to the model. When a day or
a time that mt.free_time.when reads, with the years and the past of mt.dates.NEAR_SPANS ("hôm nay", "tháng sau", "năm
ngoái"); any other is left to the model, and so is "nghỉ việc" with one day (taking it off or quitting then?) or with
nothing that says when ("Tôi nghỉ việc.": quitting, or off today?), "nghỉ hưu" (mt/people.py), "làm thêm" alone as a
habit (a job on the side), and anything else. mt.phrasebook.translate tries these after mt/exams.py.

    >>> translate("Hôm nay tôi được nghỉ.", "vi", "en"), translate("I'm quitting my job next month.", "en", "vi")
    ('I have the day off today.', 'Tháng sau tôi sẽ nghỉ việc.')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, his_her_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import KIN_VI
from .rule_keys import agreement_checked
from .tense import said_of_one
from .terms import his_her
from .text import EN_DAYS, EN_WHOSE, SOFTENER_NHE, alternatives, be, capitalised, contracted, keyed

# one whole day (a day off: "have the day off"; anything longer or shorter: "be off"), a week, a month or a year (the
# time one quits a job in: "Ngày mai tôi sẽ nghỉ việc." may be a day off), a time past, a part of a day
_ONE_DAY = lazy(rf"today|tomorrow|yesterday|the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)|"
                rf"(?:(?:on|this|next|last)\s+)?(?:{'|'.join(EN_DAYS)})", re.IGNORECASE)
_PERIOD = lazy(r"(?:this|next|last)\s+(?:week|month|year)", re.IGNORECASE)
_PAST = lazy(r"yesterday|last\s|the\s+day\s+before", re.IGNORECASE)
_PART = lazy(r"night|morning|afternoon|evening", re.IGNORECASE)
_ASKED = rf"(?:\s+(?P<asked>không))?{SOFTENER_NHE}\s*(?P<end>[.!?]*)"
# "do", "am", "will" … after who, with "not" or "n't" or without, as `_aux` reads them
_AUX_EN = (r"(?P<aux>\s+(?:do|does|did|will|am|are|is|have|has)(?:\s+not)?|"
           r"\s+(?:don|doesn|didn|won|isn|aren|haven|hasn)['’]t|['’](?:m|re|s|ll|ve)(?:\s+not)?)?")
_AUX0_EN = r"(?:(?P<aux0>Do|Does|Did|Will|Am|Are|Is|Have|Has)\s+)?"
_SHORT = {"'m": "am", "'re": "are", "'s": "is", "'ll": "will", "'ve": "have", "wo": "will"}  # ("won't")

# a day off ("Hôm nay tôi được nghỉ.", "Bạn có được nghỉ vào thứ bảy không?"), and which days
_OFF = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
            rf"được\s+nghỉ(?:\s+làm)?{DAY_AFTER}{_ASKED}")
_WHICH_DAYS = lazy(rf"{WHO}\s+(?:thường\s+)?được\s+nghỉ(?:\s+làm)?\s+(?:vào\s+)?(?:những\s+)?(?:ngày|hôm)\s+nào"
                   rf"{SOFTENER_NHE}\s*\?+")
_OFF_EN = lazy(rf"{_AUX0_EN}{WHO_EN}{_AUX_EN}\s+(?:(?P<have>have|has|had)\s+(?:the\s+day|(?P<named>today|"
               rf"tomorrow|(?:(?:this|next)\s+)?(?:{'|'.join(EN_DAYS)})))\s+off|(?P<off>off)(?:\s+work)?)"
               rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHICH_DAYS_EN = lazy(rf"(?:Which|What)\s+days?\s+(?P<aux>are|is|am|do|does)\s+{WHO_EN}\s+(?P<have>have\s+)?"
                      r"off(?:\s+work)?\s*\?+")

# leave: asked for ("Tôi xin nghỉ phép ba ngày."), taken ("Tuần sau tôi sẽ nghỉ phép ba ngày."), or being on it
LEAVES = {"phép": "on leave", "ốm": "off sick", "thai sản": "on maternity leave"}
LEAVES_VI = {en: vi for vi, en in reversed(LEAVES.items())} | {"on sick leave": "ốm"}  # (not "on holiday": đi nghỉ)
UNITS = {"ngày": "day", "tuần": "week", "tháng": "month"}
UNITS_VI = {en: vi for vi, en in UNITS.items()}
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>{alternatives(UNITS)})"
_N_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>(?:{alternatives(UNITS_VI)})s?)"
_LEAVE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
              rf"(?:(?P<aux>đã|đang)\s+)?(?:(?P<xin>xin\s+)|(?P<get>được\s+))?nghỉ(?:\s+(?P<kind>"
              rf"{alternatives(LEAVES)}))?"
              rf"(?:\s+{_N})?{DAY_AFTER}{_ASKED}")
_ON_LEAVE_EN = lazy(rf"{_AUX0_EN}{WHO_EN}{_AUX_EN}(?:\s+(?P<past>was|were)|(?P<be>\s+be))?\s+"
                    rf"(?P<kind>{alternatives(LEAVES_VI)}){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_CALLED_EN = lazy(rf"{WHO_EN}\s+called\s+in\s+sick{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_DAYS_OFF_EN = lazy(rf"{WHO_EN}{_AUX_EN}\s+(?P<verb>asked\s+for|taking|going\s+to\s+take|took)\s+{_N_EN}\s+off"
                    rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")

# overtime and shifts, and how English says them (the first Vietnamese of each is written back; "làm thêm" alone is
# overtime only with "phải" or a time: as a habit it may be a job on the side)
WORKS = {"làm thêm giờ": "work overtime", "làm thêm": "work overtime", "tăng ca": "work overtime",
         "làm ca đêm": "work the night shift", "làm ca sáng": "work the morning shift",
         "làm ca chiều": "work the afternoon shift", "làm ca tối": "work the evening shift",
         "làm ca ngày": "work the day shift"}
WORKS_VI = {en.removeprefix("work "): vi for vi, en in reversed(WORKS.items())} | {
    "the early shift": "làm ca sáng", "the late shift": "làm ca tối", "nights": "làm ca đêm"}
_WORK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
             rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<must>phải)\s+(?P<go>đi\s+)?|(?P<is>đang)\s+)?"
             rf"(?:(?P<work>{alternatives(WORKS)})|(?P<which>làm\s+ca\s+nào)){DAY_AFTER}{_ASKED}")
_WORK_EN = lazy(rf"{_AUX0_EN}{WHO_EN}{_AUX_EN}(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+"
                r"(?P<verb>(?:(?:have|has|had)\s+to\s+)?(?:work|works|worked|working))\s+"
                rf"(?P<what>{alternatives(WORKS_VI)}){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_WHICH_SHIFT_EN = lazy(rf"Which\s+shift\s+(?P<aux>do|does|did|am|are|is)\s+{WHO_EN}\s+(?P<verb>work|working)"
                       rf"{DAY_AFTER_EN}\s*\?+")

# quitting, losing, starting or finding a job, and how English says it (base, past, participle, "-ing"; "X" for whose)
JOBS = {"nghỉ việc": "quit", "bỏ việc": "quit", "bị mất việc": "lose", "mất việc": "lose",
        "bắt đầu công việc mới": "start", "bắt đầu một công việc mới": "start", "bắt đầu việc mới": "start",
        "tìm được việc mới": "find", "tìm được công việc mới": "find", "tìm được một công việc mới": "find",
        "tìm được việc làm mới": "find"}
_JOBS_VI = {en: vi for vi, en in reversed(JOBS.items())}
_SAID = {"quit": ("quit X job", "quit X job", "quit X job", "quitting X job"),
         "lose": ("lose X job", "lost X job", "lost X job", "losing X job"),
         "start": ("start a new job", "started a new job", "started a new job", "starting a new job"),
         "find": ("find a new job", "found a new job", "found a new job", "finding a new job")}
_JOB_OF = {said.split()[0]: job for job, forms in _SAID.items() for said in forms}  # ("quitting": "quit")
_GOT = {"get": "find", "got": "found"}  # ("got a new job")
# what is said of it: going to, about to, just done, done, wanted, planned
_ASPECTS = {"sẽ": "going", "sắp": "about", "vừa": "just", "mới": "just", "vừa mới": "just", "đã": "done",
            "muốn": "want", "định": "plan"}
_JOB = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
            rf"(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?"
            rf"(?:(?P<not2>không)\s+)?(?P<job>{alternatives(JOBS)}){DAY_AFTER}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>không|chưa))?{SOFTENER_NHE}\s*(?P<end>[.!?]*)")
_JOB_EN = lazy(rf"{_AUX0_EN}{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?(?:\s+(?P<how>going\s+to|about\s+to|"
               r"planning\s+to|wants?\s+to))?\s+(?P<verb>(?i:[a-z]+))\s+(?:(?P<whose2>my|your|his|her|our|"
               rf"their)\s+job|a\s+new\s+job)(?:\s+(?P<yet>yet)|{DAY_AFTER_EN})\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a day off, leave, overtime, a shift, or quitting, losing or
    starting a job; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _off(text) or _which_days(text) or _leave(text) or _work(text) or _job(text)
    if (src, tgt) == ("en", "vi"):
        return (_off_vi(text) or _which_days_vi(text) or _on_leave_vi(text) or _called_in_vi(text) or
                _days_off_vi(text) or _work_vi(text) or _which_shift_vi(text) or _job_vi(text))
    return None


def _aux(said: str | None) -> tuple[str, bool]:
    """A word of _AUX_EN as said in full, and whether "not" or "n't" was said with it (" don't" → ("do", True),
    "'m" → ("am", False)); ("", False) for none."""
    if not said:
        return "", False
    said = keyed(said.replace("’", "'"))
    word = said.removesuffix(" not").removesuffix("n't")
    return _SHORT.get(word, word), word != said


def _question(m: re.Match) -> bool | None:
    """Whether a match of a Vietnamese pattern asks ("có … không?"); None where "có", "không" and "?" do not agree."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    return asked


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose job, in English, of who of a match of WHO: "my", "his" for "bố tôi", "her" for "em gái tôi"; None for a
    name alone or kin whose English says neither ("bạn tôi")."""
    if m["kin"] or m["titled"]:
        return his_her_of(m)
    return None if m["given"] else EN_WHOSE[who_]


def _was(who_: str, one: bool, past: bool) -> str:
    """"am", "is", "are" after who in English, or "was", "were" where `past`."""
    return ("was" if one or who_ == "I" else "were") if past else be(who_)


def _off(text: str) -> str | None:
    """"Hôm nay tôi được nghỉ." as "I have the day off today.", "Bạn có được nghỉ vào thứ bảy không?" as "Do you have
    the day off on Saturday?", "Tuần sau tôi được nghỉ." as "I'm off next week." (_OFF); None for anything else, and
    where no day is said ("được nghỉ" alone may be let rest)."""
    m = _OFF.fullmatch(text)
    asked = m and _question(m)
    if asked is None or not (said := who(m, asked)) or not (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)):
        return None
    who_, one = said
    past, not_, end = bool(_PAST.match(day)), bool(m["not"]), m["end"] or "."
    if past and m["will"]:
        return None
    if _ONE_DAY.fullmatch(day):  # ("I have the day off today.")
        do, off = ("did" if past else "does" if one else "do"), f"have the day off {day}"
        have = f"{do}n't have" if not_ else "had" if past else "has" if one else "have"
        said = f"{who_} {have} the day off {day}"
    else:  # ("I'm off next week.")
        do, off = _was(who_, one, past), f"off {day}"
        said = contracted(who_, f"{do}{' not' * not_} off {day}")
    if m["will"]:
        do, off = "will", off if off.startswith("have ") else f"be {off}"
        said = f"{who_} won't {off}" if not_ else contracted(who_, f"will {off}")
    return f"{do.capitalize()} {who_} {off}?" if asked else capitalised(f"{said}{end}")


def _which_days(text: str) -> str | None:
    """"Bạn được nghỉ ngày nào?" as "Which days are you off?" (_WHICH_DAYS); None for anything else."""
    m = _WHICH_DAYS.fullmatch(text)
    if not m or not (said := who(m, True)):
        return None
    return f"Which days {be(said[0])} {said[0]} off?"


def _off_vi(text: str) -> str | None:
    """"I have the day off today." and "I'm off today." as "Hôm nay tôi được nghỉ.", "Do you have Monday off?" as
    "Bạn có được nghỉ vào thứ Hai không?", "I'm off next week." as "Tuần sau tôi được nghỉ." (_OFF_EN); None for
    anything else, where "do", "has" or "is" does not agree with who, and for "off" with a part of a day ("I'm off
    tonight": leaving?)."""
    m = _OFF_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"] or m["named"] and m["day"]:
        return None
    said = m["day"] or m["named"] or ""
    said = f"on {said}" if said.capitalize() in EN_DAYS else said  # ("I have Monday off.")
    if not said or (day := when(said, "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m["aux0"] or m["aux"])
    past = bool(_PAST.match(said))
    if m["off"]:  # ("I'm off today.", "Are you off next week?")
        if _PART.search(said) or aux != be_of(who_, one) or past or said.lower().endswith("now"):
            return None  # ("I'm off now.": leaving, as "I'm off tonight" may be)
    elif not _ONE_DAY.fullmatch(said):
        return None
    elif aux:  # ("I don't have the day off today.", "Did you have the day off yesterday?", "I'll have …")
        do = "did" if past else "does" if one else "do"
        if m["have"] != "have" or aux not in (do, "will") or aux == "will" and past:
            return None
    elif m["have"] != ("had" if past else "has" if one else "have"):
        return None
    will = "sẽ " if aux == "will" else ""
    if m["aux0"]:  # ("Will you have the day off tomorrow?": "Ngày mai bạn có được nghỉ không?")
        return placed(f"{who_} có được nghỉ", day, " không?")
    return placed(f"{who_} {will}{'không ' * not_}được nghỉ", day, m["end"] or ".")


def _which_days_vi(text: str) -> str | None:
    """"Which days are you off?" and "What days do you have off?" as "Bạn được nghỉ ngày nào?" (_WHICH_DAYS_EN); None
    for anything else, and where "do" or "is" does not agree with who."""
    m = _WHICH_DAYS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    agrees = ("does" if one else "do") if m["have"] else be_of(who_, one)
    return capitalised(f"{who_} được nghỉ ngày nào?") if m["aux"] == agrees else None


def _span(n: str, unit: str, src: str) -> str | None:
    """A span of _N in English ("ba ngày" → "three days", "một tuần" → "a week"), or of _N_EN in Vietnamese ("a
    week" → "một tuần"); None where English says "days" of one or "day" of more."""
    if src == "vi":
        count = VI_TO_EN.get(keyed(n), n)
        return f"a {UNITS[keyed(unit)]}" if count in ("one", "1") else f"{count} {UNITS[keyed(unit)]}s"
    one = n.lower() in ("a", "an", "one", "1")
    if unit.endswith("s") == one or n.lower() == "an":
        return None
    return f"{'một' if one else EN_TO_VI.get(n.lower(), n)} {UNITS_VI[unit.removesuffix('s')]}"


def _leave(text: str) -> str | None:
    """"Tôi xin nghỉ phép ba ngày." as "I've asked for three days off.", "Tuần sau tôi sẽ nghỉ phép ba ngày." as "I'm
    taking three days off next week.", "Tôi đang nghỉ phép." as "I'm on leave.", "Bạn có đang nghỉ ốm không?" as "Are
    you off sick?" (_LEAVE); None for anything else, and for "nghỉ" with neither "xin" nor a kind of leave."""
    m = _LEAVE.fullmatch(text)
    asked = m and _question(m)
    if asked is None or not (m["kind"] or m["xin"]) or m["get"] and not m["n"] or not (said := who(m, asked)):
        return None
    who_, one = said
    if (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None or (past := bool(_PAST.match(day))) and m["will"]:
        return None
    day, end, not_ = f" {day}" if day else "", m["end"] or ".", bool(m["not"])
    if m["n"]:  # (asked for, or taken: "ba ngày")
        span, kind = _span(m["n"], m["unit"], "vi"), keyed(m["kind"] or "phép")
        if asked or not_ or m["aux"] == "đang" or kind != "phép" or m["xin"] and m["will"]:
            return None
        if m["get"]:  # ("Tôi được nghỉ phép một tuần.": given it, v8 "I'm allowed for a week.")
            if m["aux"] == "đã" or past:
                return None if m["will"] else capitalised(f"{who_} got {span} off{day}{end}")
            return capitalised(f"{who_} {'gets' if one else 'get'} {span} off{day}{end}")
        if m["xin"]:
            return capitalised(contracted(who_, f"{'has' if one else 'have'} asked for {span} off{day}{end}"))
        if m["aux"] == "đã" or past:
            return None if m["will"] else capitalised(f"{who_} took {span} off{day}{end}")
        return capitalised(contracted(who_, f"{be(who_)} taking {span} off{day}{end}"))
    if m["xin"] and keyed(m["kind"] or "") == "ốm" and not (asked or not_ or m["will"] or m["aux"]) and (
            past or day == " today"):  # ("Hôm nay tôi xin nghỉ ốm.": v8 "I'm sick today."; no day: asking now?)
        return capitalised(f"{who_} called in sick{day}{end}")
    if m["xin"] or m["aux"] == "đã" or m["aux"] and m["will"]:
        return None
    leave, was = LEAVES[keyed(m["kind"])], _was(who_, one, past)
    if asked:
        return f"Will {who_} be {leave}{day}?" if m["will"] else f"{was.capitalize()} {who_} {leave}{day}?"
    if m["will"]:
        return capitalised(f"{who_} won't" if not_ else contracted(who_, "will")) + f" be {leave}{day}{end}"
    return capitalised(contracted(who_, f"{was}{' not' * not_} {leave}{day}{end}"))


def _on_leave_vi(text: str) -> str | None:
    """"I'm on leave." as "Tôi đang nghỉ phép.", "Is your mother off sick today?" as "Hôm nay mẹ bạn có nghỉ ốm
    không?", "He'll be on leave next week." as "Tuần sau anh ấy sẽ nghỉ phép." (_ON_LEAVE_EN); None for anything
    else, and where "is" or "was" does not agree with who."""
    m = _ON_LEAVE_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"] or \
            (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m["aux0"] or m["aux"])
    past = bool(m["day"] and _PAST.match(m["day"]))
    if m["past"]:  # ("I was on leave last week.")
        ok = not aux and m["past"] == ("was" if one or who_ == "tôi" else "were") and past
    elif aux == "will":
        ok = m["be"] and not past
    else:
        ok = not m["be"] and aux == be_of(who_, one) and not past
    if not ok:
        return None
    leave = LEAVES_VI[keyed(m["kind"])]
    now = "" if day or aux == "will" else "đang "  # ("Tôi đang nghỉ phép.", "Hôm nay tôi nghỉ phép.")
    if m["aux0"]:
        return placed(f"{who_} có {now}nghỉ {leave}", day, " không?")
    how = f"sẽ {'không ' * not_}" if aux == "will" else "không " if not_ else now
    return placed(f"{who_} {how}nghỉ {leave}", day, m["end"] or ".")


def _called_in_vi(text: str) -> str | None:
    """"I called in sick today." as "Hôm nay tôi xin nghỉ ốm." (v8: "Tôi gọi trong bệnh hôm nay."), "She called in
    sick." as "Cô ấy đã xin nghỉ ốm." (_CALLED_EN); None for anything else, and for a day ahead."""
    m = _CALLED_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None or m["day"] and not (
            _PAST.match(m["day"]) or keyed(m["day"]) == "today"):
        return None
    return placed(f"{who_vi(m)[0]} {'' if day else 'đã '}xin nghỉ ốm", day, m["end"] or ".")


def _days_off_vi(text: str) -> str | None:
    """"I've asked for three days off." as "Tôi đã xin nghỉ phép ba ngày.", "I'm taking a week off next month." as
    "Tháng sau tôi sẽ nghỉ phép một tuần.", "She took two days off." as "Cô ấy đã nghỉ phép hai ngày."
    (_DAYS_OFF_EN); None for anything else, and where "has" or "is" does not agree with who."""
    m = _DAYS_OFF_EN.fullmatch(text)
    if not m or (span := _span(m["n"], m["unit"], "en")) is None or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m["aux"])
    verb, past = keyed(m["verb"]), bool(m["day"] and _PAST.match(m["day"]))
    if verb == "asked for":  # ("I've asked", "she's asked", "I asked")
        ok = aux in ("", "has" if one else "have") or aux == "is" and one
    elif verb == "took":
        ok = not aux
    else:  # ("I'm taking", "I'm going to take")
        ok = aux == be_of(who_, one) and not past
    if not ok or not_:
        return None
    how = {"asked for": "đã xin nghỉ phép", "took": "đã nghỉ phép"}.get(verb, "sẽ nghỉ phép")
    return placed(f"{who_} {how} {span}", day, m["end"] or ".")


def _work(text: str) -> str | None:
    """"Tôi phải làm thêm giờ tối nay." as "I have to work overtime tonight.", "Tôi thường làm thêm giờ." as "I often
    work overtime.", "Tôi làm ca đêm." as "I work the night shift.", "Hôm nay bạn làm ca nào?" as "Which shift are you
    working today?" (_WORK); None for anything else."""
    m = _WORK.fullmatch(text)
    if m and m["which"]:  # (asked without "có … không")
        plain = not (m["asked"] or m["ask"] or m["will"] or m["not"] or m["seldom"] or m["must"] or m["is"])
        asked = True if plain and "?" in m["end"] and not (m["day0"] and m["day"]) else None
    else:
        asked = m and _question(m)
    if asked is None or not (said := who(m, asked)) or (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    who_, one = said
    past, not_, end = bool(_PAST.match(day)), bool(m["not"]), m["end"] or "."
    verb = WORKS.get(keyed(m["work"] or ""), "")
    do = "did" if past else "does" if one else "do"
    if m["which"]:
        if past or not day:
            return f"Which shift {do} {who_} work{' ' * bool(day)}{day}?"
        return f"Which shift {be(who_)} {who_} working {day}?"
    if keyed(m["work"]) == "làm thêm" and not (m["must"] or day):
        return None  # (a job on the side?)
    day = f" {day}" if day else ""
    if m["seldom"]:  # ("Tôi thường làm thêm giờ.", "Bạn có hay làm ca đêm không?")
        if not_ or m["will"] or m["must"] or m["is"] or past or asked and keyed(m["seldom"]) not in ("thường", "hay"):
            return None
        if asked:
            return f"{do.capitalize()} {who_} often {verb}{day}?"
        often = often_said(m["seldom"], bool(day))
        return capitalised(f"{who_} {often} {said_of_one(verb) if one else verb}{day}{end}")
    if m["must"]:
        if m["will"] or m["is"]:
            return None
        if asked:
            return f"{do.capitalize()} {who_} have to {verb}{day}?"
        have = f"{do}n't have" if not_ else "had" if past else "has" if one else "have"
        return capitalised(f"{who_} {have} to {verb}{day}{end}")
    if m["will"]:
        if past or m["is"]:
            return None
        if asked:
            return f"Will {who_} {verb}{day}?"
        return capitalised(f"{who_} won't {verb}{day}{end}" if not_ else contracted(who_, f"will {verb}{day}{end}"))
    working = verb.replace("work", "working", 1)
    if m["is"] or day and not past:  # ("Tối nay tôi làm thêm giờ.": "I'm working overtime tonight.")
        if past:
            return None
        if asked:
            return f"{be(who_).capitalize()} {who_} {working}{day}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * not_} {working}{day}{end}"))
    if asked:
        return f"{do.capitalize()} {who_} {verb}{day}?"
    if not_:
        return capitalised(f"{who_} {do}n't {verb}{day}{end}")
    does = verb.replace("work", "worked", 1) if past else said_of_one(verb) if one else verb
    return capitalised(f"{who_} {does}{day}{end}")


def _work_vi(text: str) -> str | None:
    """"I have to work overtime tonight." as "Tối nay tôi phải làm thêm giờ.", "Do you often work overtime?" as "Bạn
    có hay làm thêm giờ không?", "I'm working the night shift tomorrow." as "Ngày mai tôi làm ca đêm." (_WORK_EN);
    None for anything else, and where "do", "has" or "is" does not agree with who."""
    m = _WORK_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]) or m["aux0"] and m["aux"] or \
            (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    aux, not_ = _aux(m["aux0"] or m["aux"])
    words, past = keyed(m["verb"]).split(), bool(m["day"] and _PAST.match(m["day"]))
    must, form, seldom = len(words) > 1, words[-1], keyed(m["seldom"] or "")
    do = "did" if past else "does" if one else "do"
    if must:  # ("I have to", "She doesn't have to", "Did you have to")
        ok = not seldom and (words[0] == "have" and aux == do if aux else
                             words[0] == ("had" if past else "has" if one else "have"))
    elif form == "working":
        ok = not seldom and aux == be_of(who_, one) and not past
    elif form == "works":
        ok = not aux and one and not past
    elif form == "worked":  # ("I worked overtime.": "Tôi đã làm thêm giờ.")
        ok, past = not aux and not seldom and (past or not day), True
    else:  # ("work": "I work", "Do you often work", "I don't work", "I'll work")
        ok = (aux == do or aux == "will" and not past) if aux else not (one or past)
        ok = ok and not (seldom and (not_ or aux == "will" or past or m["aux0"] and seldom not in ("often", "usually")))
    if not ok:
        return None
    what = WORKS_VI[keyed(m["what"])]
    if m["aux0"]:
        how = "phải " if must else ("hay " if seldom == "often" else "thường ") if seldom else ""
        return placed(f"{who_} có {how}{what}", day, " không?")
    how = [SELDOM_VI[seldom] if seldom else "", "sẽ" if aux == "will" else "", "không" if not_ else "",
           "phải" if must else "", "đang" if form == "working" and not day else "",
           "đã" if past and not (day or not_ or must) else ""]
    return placed(" ".join(w for w in (who_, *how, what) if w), day, m["end"] or ".")


def _which_shift_vi(text: str) -> str | None:
    """"Which shift do you work?" as "Bạn làm ca nào?", "Which shift are you working today?" as "Hôm nay bạn làm ca
    nào?" (_WHICH_SHIFT_EN); None for anything else, and where "do" or "is" does not agree with who."""
    m = _WHICH_SHIFT_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    past = bool(m["day"] and _PAST.match(m["day"]))
    if m["verb"] == "working":
        ok = m["aux"] == be_of(who_, one) and not past
    else:
        ok = m["aux"] == ("did" if past else "does" if one else "do")
    return placed(f"{who_} làm ca nào", day, "?") if ok else None


def _job(text: str) -> str | None:
    """"Tôi sẽ nghỉ việc vào tháng sau." as "I'm going to quit my job next month.", "Tôi vừa nghỉ việc." as "I've just
    quit my job.", "Tôi vừa bị mất việc." as "I just lost my job.", "Tôi mới bắt đầu công việc mới." as "I just started
    a new job.", "Bạn có muốn nghỉ việc không?" as "Do you want to quit your job?", "Bạn đã tìm được việc mới chưa?" as
    "Have you found a new job yet?" (_JOB); None for anything else, and for "nghỉ việc" on a day (off or quitting?) or
    with nothing that says it is done or to be."""
    m = _JOB.fullmatch(text)
    if not m or m["day0"] and m["day"] or (m["asked"] == "không") != bool(m["ask"]) or bool(m["asked"]) != (
            "?" in m["end"]):
        return None
    asked = bool(m["asked"])
    if not (said := who(m, asked)) or (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    who_, one = said
    job, aspect = JOBS[keyed(m["job"])], _ASPECTS.get(keyed(m["aspect"] or ""), "")
    whose = _whose(m, who_) if job in ("quit", "lose") else ""
    past, end = bool(_PAST.match(day)), m["end"] or "."
    if whose is None or job == "quit" and day and not _PERIOD.fullmatch(day):
        return None
    base, did, done, doing = (f.replace("X", whose) for f in _SAID[job])
    not_ = bool(m["not"] or m["not2"])
    if m["not"] and aspect not in ("want", "plan") or m["not2"] and aspect != "going" or m["done"] and (
            aspect not in ("done", "") or asked):
        return None
    day = f" {day}" if day else ""
    if aspect in ("going", "about", "plan"):
        if past or asked and aspect != "plan" or aspect == "about" and (day or not_ or job == "find"):
            return None
        how = {"going": "going to", "about": "about to", "plan": "planning to"}[aspect]
        if asked:
            return f"{be(who_).capitalize()} {who_} {how} {base}{day}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * not_} {how} {base}{day}{end}"))
    if aspect == "want":
        if past or job not in ("quit", "start"):
            return None
        do = "does" if one else "do"
        if asked:
            return f"{do.capitalize()} {who_} want to {base}{day}?"
        return capitalised(f"{who_} {do}n't want" if not_ else f"{who_} want{'s' * one}") + f" to {base}{day}{end}"
    if aspect == "just":
        if day or asked:
            return None
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just {done}{end}") if job == "quit"
                           else f"{who_} just {did}{end}")
    if asked:  # ("Bạn đã nghỉ việc chưa?")
        if day or m["asked"] != "chưa":
            return None
        return f"{'Has' if one else 'Have'} {who_} {done} yet?"
    if day:
        return capitalised(f"{who_} {did}{day}{end}") if past else None
    if aspect == "done" or m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {done}{end}"))
    return capitalised(f"{who_} {did}{end}") if job == "lose" else None  # ("Tôi bị mất việc."; not "Tôi nghỉ việc.")


def _job_vi(text: str) -> str | None:
    """"I'm going to quit my job next month." and "I'm quitting my job next month." as "Tháng sau tôi sẽ nghỉ việc.",
    "I've just quit my job." as "Tôi vừa nghỉ việc.", "I just lost my job." as "Tôi vừa bị mất việc.", "Do you want to
    quit your job?" as "Bạn có muốn nghỉ việc không?", "Have you found a new job yet?" as "Bạn đã tìm được việc mới
    chưa?" (_JOB_EN); None for anything else, where "is", "has" or "do" does not agree with who, or whose job is not
    theirs ("I quit his job")."""
    m = _JOB_EN.fullmatch(text)
    if not m or m["aux0"] and m["aux"] or bool(m["aux0"]) != ("?" in m["end"]) or \
            (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    verb = _GOT.get(keyed(m["verb"]), keyed(m["verb"]))
    if (job := _JOB_OF.get(verb)) is None or bool(m["whose2"]) != (job in ("quit", "lose")):
        return None
    base, did, done, doing = (_SAID[job][i].split()[0] == verb for i in range(4))
    who_, one = who_vi(m)
    if m["who"]:  # (whose job: "I … my job", "my mother … her job", a name … any)
        whose = [EN_WHOSE["I" if m["who"].lower() == "i" else m["who"].lower()]]
    else:
        whose = [his_her_] if m["kin"] and (his_her_ := his_her(KIN_VI[m["kin"].lower()])) else ["his", "her", "their"]
    if m["whose2"] and m["whose2"].lower() not in whose:
        return None
    aux, not_ = _aux(m["aux0"] or m["aux"])
    how, past, end = keyed(m["how"] or "").removesuffix(" to"), bool(m["day"] and _PAST.match(m["day"])), m["end"]
    if aux == "is" and m["aux"] and m["aux"][0] in "'’" and done and not how:
        aux = "has"  # ("He's just quit his job.")
    said, be_ok, end = _JOBS_VI[job], aux == be_of(who_, one), end or "."
    if job == "quit" and m["day"] and not _PERIOD.fullmatch(m["day"]) or m["yet"] and aux not in ("have", "has"):
        return None  # ("I'm quitting tomorrow": a day off?)
    if how in ("going", "planning") or not how and doing:  # ("I'm going to quit", "I'm quitting my job")
        if not be_ok or past or m["just"] or not (base if how else job in ("quit", "start")):
            return None
        if m["aux0"]:
            return placed(f"{who_} có định {said}", day, " không?")
        plan = "định" if how == "planning" else "sẽ"
        plan = ("không định" if plan == "định" else "sẽ không") if not_ else plan
        return placed(f"{who_} {plan} {said}", day, end)
    if how == "about":
        ok = be_ok and base and not (not_ or m["aux0"] or m["day"] or m["just"] or job == "find")
        return placed(f"{who_} sắp {said}", "", end) if ok else None
    if how in ("want", "wants"):  # ("She wants to", "Do you want to", "I don't want to")
        agrees = aux == ("does" if one else "do") and how == "want" if aux else (how == "wants") == one
        if not agrees or not base or past or m["just"] or job not in ("quit", "start"):
            return None
        if m["aux0"]:
            return placed(f"{who_} có muốn {said}", day, " không?")
        return placed(f"{who_} {'không ' * not_}muốn {said}", day, end)
    if aux:  # ("I've just quit my job.", "Have you found a new job yet?", "I haven't found a new job yet.")
        if aux != ("has" if one else "have") or not done or m["day"]:
            return None
        if m["aux0"] or not_:
            return None if m["just"] else capitalised(f"{who_} đã {said} chưa?" if m["aux0"] else
                                                      f"{who_} chưa {said}{end}")
    elif not did or m["day"] and not past:
        return None
    if m["just"]:
        return None if m["day"] else capitalised(f"{who_} vừa {said}{end}")
    return placed(f"{who_} đã {said}", day, end)
