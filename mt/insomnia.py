"""Sleeping badly for a while, both ways, written whole by rule: nights or weeks without sleep, waking in the night and
not getting back to sleep, a night lain awake, sleeping pills, and the heat or the cold that keeps one awake. v8 (rules
on) reads "mấy đêm nay" as tonight, "thức trắng" as white, "trằn trọc" and "chợp mắt" as nothing it knows, and "keep",
"get back to sleep", "toss and turn" word by word: "Tôi bị mất ngủ mấy đêm nay." → "I have a few sleeps tonight.",
"Mấy đêm nay tôi không ngủ được." → "The stenn tonight I can't sleep.", "Tôi bị mất ngủ một tuần rồi." → "I'm insomnia
a week.", "Tôi cứ thức dậy lúc 3 giờ sáng." → "I kept up at 3 a.m.", "Tôi thức trắng cả đêm." → "I got white at
night.", "Tôi trằn trọc cả đêm." → "I'm getting a whole night.", "Cả đêm tôi không chợp mắt được." → "All night I
didn't get the eyes.", "Bạn có uống thuốc ngủ không?" → "Are you take medicine sleep?", "Tôi không ngủ được vì nóng
quá." → "I can't sleep because hot."; and back, "I keep waking up at 3 a.m." → "Tôi thức dậy lúc 3 giờ sáng." (keep
lost), "He keeps waking up in the middle of the night." → "Anh ấy giữ thức dậy giữa đêm." (holds), "I couldn't get back
to sleep." → "Tôi không thể quay lại giấc ngủ.", "I tossed and turned all night." → "Tôi đi chơi và quay lại suốt
đêm.", "I didn't sleep a wink last night." → "Tôi không ngủ được một thắng lợi tối qua.", "Does she take sleeping
pills?" → "Bé có uống thuốc ngủ không?", "I stayed up all night." → "Tôi ở lại cả đêm.".

Taken: who (mt.hobbies.WHO, WHO_EN) has had insomnia, has not been able to sleep or slept well for a span (_TIME:
"mấy đêm nay", "hai tuần rồi", "ba đêm liền", "cả tuần"; "for the past few nights", "for a week", "all week"); can't or
couldn't sleep (last night, all night) because of the heat, the cold, the mosquitoes (CAUSES); can't or couldn't get
back to sleep; lay awake, was up, tossed and turned all night, didn't sleep a wink; keeps waking up (at a time of
mt.dates.clock, in the middle of the night; then can't get back to sleep), wakes up at a time every night, often in
the middle of the night; takes sleeping pills (asked, not, how often), has to to get to sleep, can't sleep without
them. Left: insomnia or sleeping badly lately, last night or now, "Tôi không ngủ được." (mt/sleep.py), waking up on a
day (mt/waking.py), "ồn quá" (mt/noise.py), sleeping pills taken, needed or had to (mt/medicine.py), "anh", "chị",
"em" alone saying it (mt.hobbies.who), "bạn", "chúng ta" with "cứ" (just get up at 6) or taking pills (an
instruction?), waking at 5 a.m. or later (a morning), a past span ("Tuần trước …"), "không ngủ lại" (won't), and
anything else.
mt.phrasebook.translate tries these after mt/chargers.py.

    >>> translate("Tôi bị mất ngủ mấy đêm nay.", "vi", "en"), translate("I lay awake all night.", "en", "vi")
    ("I haven't been able to sleep for the past few nights.", 'Tôi nằm thao thức cả đêm.')
"""
from __future__ import annotations

import re

from . import dates, workdays
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .sleep import WHEN_SLEPT
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngủ|thức|tỉnh|chợp|trằn)"), "en": lazy(r"(?i:sleep|slept|insomnia|awake|wak|tossed|\bup\b)")}
# a span of nights, days, weeks or months up to now ("mấy đêm nay", "ba đêm liền", "cả tuần"), and last night
_UNITS, _UNITS_VI = {"đêm": "night", "hôm": "day"} | workdays.UNITS, {"night": "đêm"} | workdays.UNITS_VI
_LAST_NIGHT = [vi for vi, en in WHEN_SLEPT.items() if en == "last night"]
_N = rf"(?:\d{{1,2}}|{alternatives(VI_TO_EN)}|mấy|vài)"
_TIME = (rf"(?i:{alternatives(_LAST_NIGHT)}|(?:cả|suốt)\s+(?:đêm|tuần|tháng)(?:\s+nay)?|"
         rf"{_N}\s+(?:{alternatives(_UNITS)})\s+(?:nay|qua|rồi|liền)(?:\s+rồi)?)")
_SPAN = lazy(rf"(?P<all>cả|suốt)\s+(?P<aunit>đêm|tuần|tháng)(?:\s+nay)?|(?P<n>{_N})\s+(?P<unit>{alternatives(_UNITS)})"
             r"\s+(?P<rel>nay|qua|rồi|liền)(?:\s+rồi)?", re.IGNORECASE)
# what keeps one awake (the first Vietnamese of each is written back; "nóng quá": "it's so hot")
CAUSES = {"trời nóng": "the heat", "nóng": "the heat", "cái nóng": "the heat", "trời lạnh": "the cold",
          "lạnh": "the cold", "muỗi": "the mosquitoes", "tiếng ồn": "the noise"}
CAUSES_VI = {en: vi for vi, en in reversed(CAUSES.items())}
_CAUSE = rf"(?:\s+vì\s+(?P<cause>(?:trời\s+)?(?P<so>nóng|lạnh)\s+quá|{alternatives(CAUSES)}))?"
_AGAIN = r"không\s+(?:thể\s+ngủ\s+lại(?:\s+được)?|ngủ\s+lại\s+được)(?:\s+nữa)?"  # (not "không ngủ lại": won't)
# sleeping badly for a while, by what is said of it (the verb a group of its own: _SLEPT_SAID)
_VERBS = {"insomnia": r"(?:bị\s+)?mất\s+ngủ", "cannot": r"không\s+(?:thể\s+)?ngủ\s+được|ngủ\s+không\s+được",
          "badly": r"(?:ngủ\s+không|không\s+ngủ)\s+ngon(?:\s+giấc)?|ngủ\s+(?:kém|tệ)",
          "back": _AGAIN, "awake": r"thức\s+trắng(?:\s+đêm)?",
          "lay": r"(?:nằm\s+)?thao\s+thức", "toss": r"(?:nằm\s+)?trằn\s+trọc",
          "wink": r"không\s+(?:hề\s+)?chợp\s+mắt(?:\s+được)?(?P<at_all>\s+(?:chút|tí)\s+nào)?"}
_SLEPT = lazy(rf"(?:(?P<time0>{_TIME})\s*,?\s+)?{WHO}\s+(?:(?P<time1>{_TIME})\s+)?(?:(?P<did>đã)\s+)?"
              rf"(?:{'|'.join(f'(?P<{k}>{v})' for k, v in _VERBS.items())})(?:\s+(?P<time>{_TIME}))?{_CAUSE}"
              rf"{SOFTENED_END}")
# ... in English, by what is said of it (what, and when: "now", "past" or "span"; who and the verb must agree)
_SLEPT_SAID = {said: (kind, time) for kind, time, forms in (
    ("cannot", "span", "haven't been able to sleep|hasn't been able to sleep"),
    ("cannot", "span", "haven't slept|hasn't slept"),
    ("cannot", "past", "couldn't sleep"), ("cannot", "now", "can't sleep|cannot sleep"),
    ("insomnia", "span", "have had insomnia|'ve had insomnia|has had insomnia|'s had insomnia"),
    ("badly", "span", "haven't slept well|hasn't slept well|haven't been sleeping well|hasn't been sleeping well"),
    ("badly", "span", "have been sleeping badly|'ve been sleeping badly|has been sleeping badly"),
    ("badly", "span", "'s been sleeping badly"),
    ("back", "now", "can't get back to sleep|cannot get back to sleep|can't go back to sleep"),
    ("back", "past", "couldn't get back to sleep|couldn't go back to sleep"), ("lay", "past", "lay awake"),
    ("awake", "past", "was awake|were awake|was up|were up|stayed up"), ("toss", "past", "tossed and turned"),
    ("wink", "past", "didn't sleep a wink")) for said in forms.split("|")}
_SLEPT_SAID |= {k.replace("n't", " not"): v for k, v in _SLEPT_SAID.items() if "n't" in k and not k.startswith("can")}
# ... and as Vietnamese says it (the span placed first, "Mấy đêm nay tôi không ngủ được.", but after "mất ngủ")
_SLEPT_VI = {"cannot": "không ngủ được", "insomnia": "bị mất ngủ", "badly": "ngủ không ngon",
             "back": "không ngủ lại được", "lay": "nằm thao thức", "awake": "thức trắng", "toss": "trằn trọc",
             "wink": "không chợp mắt"}
_SPAN_EN = (r"(?P<span>(?P<all>all\s+)?(?:for\s+)?(?P<past>the\s+(?:past|last)\s+)?(?:(?P<few>a\s+few|few|several)\s+|"
            rf"(?P<n>an?|\d{{1,2}}|{alternatives(EN_TO_VI)})\s+)?(?P<unit>nights?|days?|weeks?|months?)"
            r"(?P<row>\s+in\s+a\s+row|\s+running)?)")
_CAUSE_EN = (r"(?:\s+because\s+(?:of\s+(?P<of>the\s+(?:heat|cold|mosquitoes|noise))|(?P<it>it['’]s|it\s+is|it\s+was)"
             r"\s+(?:(?P<so>so|too)\s+)?(?P<hot>hot|cold)))?")
_VERB_EN = r"(?P<verb>(?:\s+|(?=['’]))[^\s.!?]+(?:\s+[^\s.!?]+)*?)"  # (as few words as let the rest match)
_SLEPT_EN = lazy(rf"{WHO_EN}{_VERB_EN}(?:\s+{_SPAN_EN})?(?:\s+(?P<night>last\s+night))?{_CAUSE_EN}\s*(?P<end>[.!]*)")

# waking in the night again and again ("Tôi cứ thức dậy lúc 3 giờ sáng.", "Đêm nào tôi cũng thức dậy lúc 3 giờ sáng.")
_BACK = rf"(?P<back>\s*,?\s+(?:rồi|và)\s+{_AGAIN})?"
_WAKING = lazy(rf"(?:(?P<each>(?i:đêm\s+nào))\s+)?{WHO}\s+(?:(?P<keep>cứ)\s+|(?P<often>hay|thường\s+xuyên)\s+|"
               r"(?P<also>cũng)\s+)?(?:thức|tỉnh)\s+(?:dậy|giấc)(?:\s+(?:vào\s+)?lúc\s+(?:(?P<midnight>nửa\s+đêm)|"
               rf"(?P<time>[^,.!?]+?))|\s+(?P<mid>giữa\s+đêm|nửa\s+đêm|trong\s+đêm))?{_BACK}{SOFTENED_END}")
_WAKING_EN = lazy(rf"{WHO_EN}\s+(?:(?P<keep>keeps?)\s+waking|(?:(?P<often>often)\s+)?(?P<wake>wakes?))\s+up"
                  r"(?:\s+at\s+(?:(?P<midnight>midnight)|(?P<time>(?:(?!\s+every\s)[^,!?])+?))|"
                  r"\s+(?P<mid>in\s+the\s+middle\s+of\s+the\s+night))?(?P<every>\s+every\s+night)?"
                  r"(?P<back>,?\s+and\s+(?:can['’]t|cannot)\s+get\s+back\s+to\s+sleep)?\s*(?P<end>[.!]*)")
# sleeping pills taken as a habit ("Cô ấy uống thuốc ngủ.", "Bạn có uống thuốc ngủ không?"), to get to sleep
_PILLS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<seldom>{alternatives(SELDOM)})\s+|(?P<must>phải)\s+)?"
              rf"uống\s+thuốc\s+ngủ(?P<to_sleep>\s+mới\s+ngủ\s+được)?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_WITHOUT = lazy(rf"{WHO}\s+không\s+(?:thể\s+)?ngủ\s+được\s+nếu\s+không\s+(?:uống|có)\s+thuốc\s+ngủ{SOFTENED_END}")
_PILLS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)|"
                 rf"\s+(?P<seldom>{alternatives(SELDOM_VI)})|\s+(?P<must>have|has)\s+to)?\s+(?P<take>takes?)\s+"
                 r"sleeping\s+pills(?P<to_sleep>\s+to\s+(?:get\s+to\s+)?sleep)?\s*(?P<end>[.!?]*)")
_WITHOUT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot)\s+sleep\s+without\s+(?:taking\s+)?sleeping\s+pills"
                   r"\s*(?P<end>[.!]*)")
# the verbs said of one (he, she, my mother …), and of others
_ONE_FORMS = {"has", "hasn't", "'s", "does", "doesn't", "keeps", "wakes", "takes", "was"}
_MANY_FORMS = {"have", "haven't", "'ve", "do", "don't", "keep", "wake", "take", "were"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who has slept badly for a while, lay awake, keeps waking in the night
    or takes sleeping pills; None for any other."""
    said = (_slept(text) or _waking(text) or _pills(text) if src == "vi" else
            _slept_vi(text) or _waking_vi(text) or _pills_vi(text))
    # an English statement's pattern met with a question mark ("She was awake all night?") is left (a Vietnamese one
    # mt.phrasebook passes over, for every rule)
    return None if src == "en" and said and said.endswith("?") != text.endswith("?") else said


def _agrees(verb: str, who_: str, one: bool) -> bool:
    """Whether an English verb agrees with who ("has" after "she", "were" after "we"); a verb that takes anyone
    ("couldn't", "lay") does."""
    verb = keyed(verb.replace("’", "'"))
    if verb in ("was", "were"):
        return verb == be_of(who_, one, past=True)
    return verb not in _ONE_FORMS | _MANY_FORMS or (verb in _ONE_FORMS) == one


def _span_en(said: str) -> tuple[str, str] | None:
    """A Vietnamese time of _TIME in English, and what it is: ("last night", "night"), ("all night", "all"), ("all
    week", "span"), ("for the past few nights", "nights"), ("for three nights in a row", "nights"), ("for a week",
    "span"); None for one night or day counted ("một đêm nay")."""
    if keyed(said) in _LAST_NIGHT:
        return "last night", "night"
    m = _SPAN.fullmatch(said)
    if m["all"]:
        unit = _UNITS[keyed(m["aunit"])]
        return f"all {unit}", "all" if unit == "night" else "span"
    unit, n, rel = _UNITS[keyed(m["unit"])], keyed(m["n"]), keyed(m["rel"])
    kind = "nights" if unit == "night" else "span"
    if n in ("mấy", "vài"):
        return {"liền": f"for several {unit}s in a row", "rồi": f"for a few {unit}s"}.get(
            rel, f"for the past few {unit}s"), kind
    if n in ("một", "1"):
        return None if unit in ("night", "day") or rel == "liền" else (f"for a {unit}", kind)
    n = VI_TO_EN.get(n, n)
    return {"liền": f"for {n} {unit}s in a row", "rồi": f"for {n} {unit}s"}.get(rel, f"for the past {n} {unit}s"), kind


def _cause_en(m: re.Match, now: bool) -> str:
    """What kept one awake, in English: " because of the heat", " because it's so hot" (" was" not `now`); "" for
    nothing said."""
    if not m["cause"]:
        return ""
    if m["so"]:
        it = "it's" if now else "it was"
        return f" because {it} so {'hot' if keyed(m['so']) == 'nóng' else 'cold'}"
    return f" because of {CAUSES[keyed(m['cause'])]}"


def _slept(text: str) -> str | None:
    """"Tôi bị mất ngủ mấy đêm nay." as "I haven't been able to sleep for the past few nights.", "Mẹ tôi bị mất ngủ
    một tuần nay." as "My mother has had insomnia for a week.", "Tôi không ngủ được vì nóng quá." as "I can't sleep
    because it's so hot.", "Tôi thức trắng cả đêm." as "I was awake all night." (_SLEPT); None for anything else."""
    m = _SLEPT.fullmatch(text)
    times = [m[g] for g in ("time0", "time1", "time") if m[g]] if m else []
    if not m or len(times) > 1 or (said := who(m, False)) is None or (
            found := _span_en(times[0]) if times else ("", "")) is None:
        return None
    (who_, one), (span, when), kind = said, found, next(k for k in _VERBS if m[k])
    has, hasnt = ("has", "hasn't") if one else ("have", "haven't")
    cause = _cause_en(m, now=not (when or m["did"]))
    if kind in ("insomnia", "cannot") and when in ("nights", "span"):
        said = f"{who_} {hasnt} been able to sleep {span}" if kind == "cannot" or when == "nights" else \
            contracted(who_, f"{has} had insomnia {span}")
        return capitalised(f"{said}{cause}{stop(m['end'])}")
    if kind == "cannot" and (cause or when == "all"):
        if when not in ("", "night", "all"):
            return None
        verb = "can't" if not (when or m["did"]) else "couldn't"
        return capitalised(f"{who_} {verb} sleep{f' {span}' if span else ''}{cause}{stop(m['end'])}")
    if cause or kind in ("insomnia", "cannot"):
        return None
    if kind == "badly":
        return capitalised(f"{who_} {hasnt} slept well {span}{stop(m['end'])}") if when in ("nights", "span") else None
    if kind == "back":
        if when not in ("", "night"):
            return None
        verb = "couldn't" if when or m["did"] else "can't"
        return capitalised(f"{who_} {verb} get back to sleep{f' {span}' if span else ''}{stop(m['end'])}")
    return _night(m, kind, who_, one, when)


def _night(m: re.Match, kind: str, who_: str, one: bool, when: str) -> str | None:
    """A night lain awake (_SLEPT's "awake", "lay", "toss", "wink"), in English: "I was awake all night.", "She
    tossed and turned all night last night.", "I didn't sleep a wink last night."; None without "cả đêm" (or "đêm"
    after "thức trắng", or "chút nào" after "chợp mắt")."""
    whole = when == "all" or kind == "awake" and keyed(m["awake"]).endswith("đêm")
    if kind == "wink":
        if not (whole or when == "night" or m["at_all"]) or when not in ("", "night", "all"):
            return None
        return capitalised(f"{who_} didn't sleep a wink{' all night' * (when == 'all')}"
                           f"{' last night' * (when == 'night')}{stop(m['end'])}")
    if when not in ("", "night", "all") or not (whole or kind == "awake" and when == "night"):
        return None
    said = {"awake": f"{'was' if one or who_ == 'I' else 'were'} awake", "lay": "lay awake",
            "toss": "tossed and turned"}[kind]
    return capitalised(f"{who_} {said} all night{' last night' * (when == 'night')}{stop(m['end'])}")


def _time(said: str | None, src: str) -> str | None:
    """A time after "lúc" or "at" in the other language (mt.dates.clock: "3 giờ sáng" → "3 a.m.", "3 a.m." → "3 giờ
    sáng"); "" for none."""
    return dates.clock(said.rstrip("."), src, "en" if src == "vi" else "vi") if said else ""


def _in_the_night(time: str) -> bool:
    """Whether a time in English (mt.dates.clock's) is in the night, before 5 a.m.: "3 a.m.", "4:30 a.m.", "12:30
    a.m."; not "5 a.m." and later (an ordinary morning: "Tôi cứ thức dậy lúc 5 giờ sáng." may be "I'll just get up at
    5"), "11 p.m.", nor "6:00" (six in the morning or evening)."""
    hour = time.split(":")[0].split()[0]
    return time.endswith("a.m.") and hour.isdigit() and (int(hour) < 5 or int(hour) == 12)


def _waking(text: str) -> str | None:
    """"Tôi cứ thức dậy lúc 3 giờ sáng." as "I keep waking up at 3 a.m.", "Đêm nào mẹ tôi cũng tỉnh giấc lúc 4 giờ
    sáng." as "My mother wakes up at 4 a.m. every night.", "Anh ấy hay thức giấc giữa đêm." as "He often wakes up in
    the middle of the night." (_WAKING); None for anything else, for "hay" with a time (a habit: mt/routines.py), a
    time from 5 a.m. on (_in_the_night), and "cứ" after "bạn" or "chúng ta" ("Bạn cứ thức dậy lúc 5 giờ sáng.": just
    get up at 5; "anh", "chị" … alone are left by mt.hobbies.who)."""
    m = _WAKING.fullmatch(text)
    if not m or bool(m["each"]) != bool(m["also"]) or not (m["keep"] or m["each"] or m["often"] and m["mid"]):
        return None
    if m["keep"] and keyed(m["who"] or "") in ("bạn", "chúng ta"):  # (the go-ahead "cứ": go ahead and, let's just)
        return None
    if m["each"] and not (m["time"] or m["mid"] or m["midnight"]) or (time := _time(m["time"], "vi")) is None or \
            time and not _in_the_night(time):
        return None
    if m["often"] and m["back"] or (said := who(m, False)) is None:
        return None
    who_, one = said
    at = f" at {time}" if time else " at midnight" if m["midnight"] else " in the middle of the night" if m["mid"] \
        else ""
    back = " and can't get back to sleep" if m["back"] else ""
    if m["keep"]:
        said = f"{who_} keep{'s' * one} waking up{at}{back}"
    elif m["each"]:
        said = f"{who_} wake{'s' * one} up{at} every night{back}"
    else:
        said = f"{who_} often wake{'s' * one} up{at}"
    return capitalised(said if said.endswith(".") and stop(m["end"]) == "." else f"{said}{stop(m['end'])}")


def _pills(text: str) -> str | None:
    """"Cô ấy uống thuốc ngủ." as "She takes sleeping pills.", "Bạn có uống thuốc ngủ không?" as "Do you take
    sleeping pills?", "Tôi phải uống thuốc ngủ mới ngủ được." as "I have to take sleeping pills to get to sleep.",
    "Tôi không ngủ được nếu không uống thuốc ngủ." as "I can't sleep without sleeping pills." (_PILLS, _WITHOUT); None
    for anything else, for "phải" without "mới ngủ được" (mt/medicine.py's), and for "bạn" or "chúng ta" in a statement
    ("Bạn uống thuốc ngủ.": an instruction, or one past event?)."""
    if m := _WITHOUT.fullmatch(text):
        said = who(m, False)
        return said and capitalised(f"{said[0]} can't sleep without sleeping pills{stop(m['end'])}")
    m = _PILLS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or bool(m["must"]) != bool(m["to_sleep"]) or (
            said := who(m, asked)) is None or not asked and keyed(m["who"] or "") in ("bạn", "chúng ta"):
        return None
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} take sleeping pills?"
    if m["must"]:
        return capitalised(f"{who_} {'has' if one else 'have'} to take sleeping pills to get to sleep{stop(m['end'])}")
    take = f"take{'s' * one}" if not m["not"] else f"{'does' if one else 'do'}n't take"
    seldom = f"{often_said(m['seldom'], False)} " if m["seldom"] else ""
    return capitalised(f"{who_} {seldom}{take} sleeping pills{stop(m['end'])}")


def _span_vi(m: re.Match) -> tuple[str, str] | None:
    """A span of _SPAN_EN in Vietnamese, and what it is: ("mấy đêm nay", "nights"), ("ba đêm liền", "nights"), ("một
    tuần nay", "span"), ("cả tuần nay", "span"), ("cả đêm", "all"); None where the words do not go together ("for a
    nights", "all weeks", "for all night")."""
    unit, n, few = m["unit"].lower(), (m["n"] or "").lower(), (m["few"] or "").lower()
    single, unit = unit[-1] != "s", unit.rstrip("s")
    kind = "nights" if unit == "night" else "span"
    if m["all"]:
        if m["span"].count(" ") != 1 or not single or unit == "day":
            return None
        return ("cả đêm", "all") if unit == "night" else (f"cả {_UNITS_VI[unit]} nay", kind)
    one = n in ("a", "one", "1") or bool(m["past"]) and not (n or few)  # ("for a week", "for the past week")
    if one != single or n == "an" or few == "few" and not m["past"]:
        return None  # ("for a nights", "for two night", "for few nights")
    if single:
        return (f"một {_UNITS_VI[unit]} nay", kind) if unit in ("week", "month") and not m["row"] else None
    if not m["span"].lower().startswith(("for ", "the ")) or not (few or n) and (m["row"] or unit == "night"):
        return None  # ("two nights" without "for", "for nights", "for days in a row")
    said = "mấy" if few or not n else EN_TO_VI.get(n, n)
    unit_vi = "hôm" if said == "mấy" and unit == "day" else _UNITS_VI[unit]
    return f"{said} {unit_vi} {'liền' if m['row'] else 'nay'}", kind


def _cause_vi(m: re.Match, past: bool) -> str | None:
    """What kept one awake, in Vietnamese: " vì trời nóng", " vì nóng quá"; "" for nothing said; None for "it was"
    said of now, or "it's" of the past."""
    if m["of"]:
        return f" vì {CAUSES_VI[keyed(m['of'])]}"
    if not m["it"]:
        return ""
    if ("was" in m["it"]) != past:
        return None
    hot = "nóng" if m["hot"].lower() == "hot" else "lạnh"
    return f" vì {hot} quá" if m["so"] else f" vì trời {hot}"


def _slept_vi(text: str) -> str | None:
    """"I haven't been able to sleep for the past few nights." as "Mấy đêm nay tôi không ngủ được.", "I've had
    insomnia for a week." as "Tôi bị mất ngủ một tuần nay.", "I can't sleep because of the heat." as "Tôi không ngủ
    được vì trời nóng.", "I lay awake all night." as "Tôi nằm thao thức cả đêm." (_SLEPT_EN, _SLEPT_SAID); None for
    anything else, and where who and the verb do not agree."""
    m = _SLEPT_EN.fullmatch(text)
    found = m and _SLEPT_SAID.get(keyed(m["verb"].replace("’", "'")))
    if not found:
        return None
    kind, time = found
    who_, one = who_vi(m)
    span = _span_vi(m) if m["span"] else ("", "")
    cause = _cause_vi(m, time == "past" or bool(m["night"]))
    if span is None or cause is None or not _agrees(m["verb"].split()[0], who_, one):
        return None
    said, when = span
    night = "Đêm qua " if m["night"] else ""
    if time == "span":  # ("for the past few nights": not "last night", nor "all night")
        if when not in ("nights", "span") or m["night"] or cause and kind == "badly":
            return None
        if kind == "insomnia":
            return capitalised(f"{who_} bị mất ngủ {said}{cause}{stop(m['end'])}")
        return capitalised(f"{said} {who_} {_SLEPT_VI[kind]}{cause}{stop(m['end'])}")
    if when not in ("", "all") or when == "all" and kind in ("back", "wink") and m["night"] or time == "now" and (
            m["night"] or when):
        return None
    if kind == "cannot" and not (cause or when):
        return None  # ("I can't sleep.": mt/sleep.py's)
    if kind in ("lay", "awake", "toss") and when != "all" or cause and kind != "cannot":
        return None
    if when and kind in ("back", "wink"):  # ("cả đêm" first: not "Tôi không ngủ lại được cả đêm.")
        return f"Cả đêm {who_} {_SLEPT_VI[kind]}{stop(m['end'])}"
    if kind == "wink":
        return capitalised(f"{night}{who_} không chợp mắt chút nào{stop(m['end'])}")
    return capitalised(f"{night}{who_} {_SLEPT_VI[kind]}{' cả đêm' * bool(when)}{cause}{stop(m['end'])}")


def _waking_vi(text: str) -> str | None:
    """"I keep waking up at 3 a.m." as "Tôi cứ thức dậy lúc 3 giờ sáng.", "She wakes up at 4 a.m. every night." as
    "Đêm nào cô ấy cũng thức dậy lúc 4 giờ sáng.", "He often wakes up in the middle of the night." as "Anh ấy hay
    thức dậy giữa đêm." (_WAKING_EN); None for anything else, and where who and the verb do not agree."""
    m = _WAKING_EN.fullmatch(text)
    if not m or (time := _time(m["time"], "en")) is None:
        return None
    who_, one = who_vi(m)
    verb = m["keep"] or m["wake"]
    if not _agrees(verb, who_, one) or m["often"] and (m["back"] or m["every"]) or not (
            m["keep"] or m["every"] and (time or m["mid"] or m["midnight"]) or m["often"] and m["mid"]):
        return None
    at = f" lúc {time}" if time else " lúc nửa đêm" if m["midnight"] else " giữa đêm" if m["mid"] else ""
    back = " rồi không ngủ lại được" if m["back"] else ""
    if m["every"]:  # ("I keep waking up at 3 a.m. every night." too)
        return f"Đêm nào {who_} cũng thức dậy{at}{back}{stop(m['end'])}"
    if m["keep"]:
        return capitalised(f"{who_} cứ thức dậy{at}{back}{stop(m['end'])}")
    return capitalised(f"{who_} hay thức dậy{at}{stop(m['end'])}")


def _pills_vi(text: str) -> str | None:
    """"She takes sleeping pills." as "Cô ấy uống thuốc ngủ.", "Does she take sleeping pills?" as "Cô ấy có uống
    thuốc ngủ không?", "I have to take sleeping pills to get to sleep." as "Tôi phải uống thuốc ngủ mới ngủ được."
    (_PILLS_EN, _WITHOUT_EN); None for anything else, and where who and the verb do not agree."""
    if m := _WITHOUT_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} không ngủ được nếu không uống thuốc ngủ{stop(m['end'])}")
    m = _PILLS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or bool(m["must"]) != bool(m["to_sleep"]):
        return None
    who_, one = who_vi(m)
    first = m["do"] or m["not"] or m["must"] or m["take"]
    if not _agrees(first.split()[0], who_, one) or (m["do"] or m["not"] or m["must"]) and \
            m["take"] != "take" or m["do"] and (m["not"] or m["seldom"] or m["must"]):
        return None
    if m["do"]:
        return capitalised(f"{who_} có uống thuốc ngủ không?")
    if m["must"]:
        return capitalised(f"{who_} phải uống thuốc ngủ mới ngủ được{stop(m['end'])}")
    seldom = f"{SELDOM_VI[keyed(m['seldom'])]} " if m["seldom"] else "không " if m["not"] else ""
    return capitalised(f"{who_} {seldom}uống thuốc ngủ{stop(m['end'])}")
