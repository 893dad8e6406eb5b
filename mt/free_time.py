"""Whether someone is free or busy, and when, said or asked, both ways, written whole by rule. v7: "Tôi rảnh vào
chiều thứ bảy." → "I am free on Saturday." (the afternoon lost), "Mẹ tôi rảnh vào cuối tuần." → "My mother was freed at
the weekend."; "I'm free on Saturday afternoon." → "Tôi có thể rảnh vào chiều thứ Bảy." (can be free), "I'm too busy
today." → "Hôm nay tôi cũng bận rộn." (also busy), "She isn't free this weekend." → "Cô ấy không được miễn phí cuối tuần
này." (free of charge).

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); when a day or a part of one that mt.dates reads
whole (`dates.day`: "vào chiều thứ bảy", "tối nay", "cuối tuần này") or one of NOW. mt.phrasebook.translate tries
these after mt/ailments.py.

    >>> translate("Bạn có rảnh tối nay không?", "vi", "en"), translate("I'm busy on Monday.", "en", "vi")
    ('Are you free tonight?', 'Tôi bận vào thứ Hai.')
"""
from __future__ import annotations

from . import dates, tense
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .text import EN_DAYS, be, be_said, capitalised, contracted, keyed
from .weather import DEGREE, EN_DEGREE

_STATES = {"rảnh": "free", "bận": "busy", "bận rộn": "busy"}
_STATES_VI = {"free": "rảnh", "busy": "bận"}
# days mt.dates leaves to the model, said alone
NOW = {"hôm nay": "today", "bây giờ": "now", "lúc này": "now", "tuần này": "this week", "tuần sau": "next week",
       "tháng này": "this month"}
NOW_VI = {en: vi for vi, en in reversed(NOW.items())}
# (a day opens with one of these words: not "không" asking, nor who; mt/pickups.py, mt/exams.py and mt/workdays.py
# read days so too)
OPENS = r"(?i:hôm|tối|sáng|chiều|trưa|đêm|ngày|mai|cuối|tuần|tháng|năm|thứ|chủ|vào|bây|lúc)(?!\w)"
_DAY = rf"(?P<day>{OPENS}[^,.!?]*?)"
# a day opening a sentence or after what is said, in Vietnamese as `when` reads it, and after it in English: the
# fragments of the rules that read their days with `when` (mt/pickups.py, exams, workdays, loans, matches, messages)
DAY_OPENING = rf"(?:(?P<day0>{OPENS}[^,.!?]*?)\s*,?\s+)?"
DAY_AFTER = rf"(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
DAY_AFTER_EN = r"(?:\s+(?P<day>[^,.!?]+?))?"
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|"
             r"(?P<very>rất)\s+)?(?:(?P<will>sẽ)\s+)?(?P<state>rảnh|bận\s+rộn|bận)(?:\s+(?P<much>quá|lắm))?"
             rf"(?:\s+{_DAY})?(?:\s+(?P<asked>không))?(?:\s+(?:ạ|nhé))?\s*(?P<end>[.!?]*)")
# "Khi nào bạn rảnh?", "Bạn rảnh lúc nào?"
_WHEN = lazy(rf"(?:(?P<when0>[Kk]hi\s+nào|[Bb]ao\s+giờ|[Hh]ôm\s+nào)\s+)?{WHO}\s+(?:(?P<will>sẽ)\s+)?(?:có\s+)?"
             r"rảnh(?:\s+(?P<when>khi\s+nào|lúc\s+nào|hôm\s+nào|ngày\s+nào))?(?:\s+(?:vậy|thế|nhỉ|ạ))?\s*\?+")
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Am|Are|Was|Were)\s+)?{WHO_EN}"
                r"(?:(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)"
                r"(?:\s+(?P<not>not)|(?P<nt>n['’]t))?|"
                r"(?P<will>['’]ll|\s+will)(?:\s+(?P<wnot>not))?\s+be)?\s+(?:(?P<much>very|so|too|really)\s+)?"
                r"(?P<state>free|busy)(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(rf"When\s+(?:(?P<be>is|are|am)|will)\s+{WHO_EN}(?(be)|\s+be)\s+free\s*\?+")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone is free or busy, and when; None for any
    other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _free(text) or _when(text)
    return _free_vi(text) or _when_vi(text) if (src, tgt) == ("en", "vi") else None


def when(said: str | None, src: str, more: dict[str, str] | None = None) -> str | None:
    """A day said in the other language (`dates.day`, NOW and `more`, Vietnamese to English: "tối nay" → "tonight",
    "hôm nay" → "today", "thứ bảy" → "on Saturday"); "" for none said, None for one not read. mt/pickups.py,
    mt/exams.py and mt/workdays.py read their days with it."""
    if not said:
        return ""
    more = more or {}
    table = NOW | more if src == "vi" else {en: vi for vi, en in reversed(more.items())} | NOW_VI
    if now := table.get(keyed(said).removeprefix("vào ") if src == "vi" else keyed(said)):
        return now
    day = dates.day(said, src, "en" if src == "vi" else "vi")
    return f"on {day}" if day in EN_DAYS else day  # ("thứ bảy" without "vào": "on Saturday")


def placed(said: str, day: str, end: str) -> str:
    """A Vietnamese sentence with its day: after what is said where it is said with "vào" or is a day of the week, which
    takes it ("Tôi bận vào thứ Hai.", "Bạn có rảnh vào thứ Năm tuần sau không?"), or is a span ago ("… cách đây hai
    năm"), before it otherwise ("Tối nay tôi rảnh."), and `end` ("." or " không?") after both. mt/pickups.py,
    mt/exams.py, mt/trips.py and mt/workdays.py write their days so."""
    if day.startswith(("thứ ", "Chủ nhật")):
        day = f"vào {day}"
    said = f"{said} {day}" if day.startswith(("vào ", "cách đây ")) else f"{day} {said}".strip()
    return capitalised(f"{said}{end}")


def _free(text: str) -> str | None:
    """"Tôi rảnh vào chiều thứ bảy." as "I'm free on Saturday afternoon.", "Bạn có rảnh tối nay không?" as "Are you
    free tonight?", "Hôm nay tôi bận quá." as "I'm so busy today.", "Ngày mai tôi bận." as "I'll be busy tomorrow.",
    "Hôm qua tôi rất bận." as "I was very busy yesterday." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    much = m["very"] or m["much"]
    if much and (asked or m["not"] or m["state"] == "rảnh") or not (said := who(m, asked)):
        return None  # ("rảnh quá" is glad to be idle, not "so free")
    who_ = said[0]
    day = when(m["day0"] or m["day"], "vi")
    if day is None:
        return None
    # the tense by the day where Vietnamese says none ("Ngày mai tôi bận.": will be; "Hôm qua …": was)
    past = bool(tense.BEHIND.match(day))
    if past and m["will"]:
        return None
    will = bool(m["will"] or dates.AHEAD.match(day))
    day = f" {day}" if day else ""
    state = f"{DEGREE[much]} {_STATES[keyed(m['state'])]}" if much else _STATES[keyed(m["state"])]
    be_ = ("was" if be(who_) in ("am", "is") else "were") if past else be(who_)
    if asked:  # ("Bạn có rảnh ngày mai không?" asks "Are you free tomorrow?"; "sẽ" said, "Will you be …?")
        return f"Will {who_} be {state}{day}?" if m["will"] else f"{be_.capitalize()} {who_} {state}{day}?"
    if will:
        return capitalised(contracted(who_, f"will {'not ' * bool(m['not'])}be {state}{day}{m['end'] or '.'}"))
    return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} {state}{day}{m['end'] or '.'}"))


def _when(text: str) -> str | None:
    """"Khi nào bạn rảnh?" and "Bạn rảnh lúc nào?" as "When are you free?" (_WHEN); None for anything else."""
    m = _WHEN.fullmatch(text)
    if not m or bool(m["when0"]) == bool(m["when"]) or not (said := who(m, True)):
        return None
    return f"When will {said[0]} be free?" if m["will"] else f"When {be(said[0])} {said[0]} free?"


def _free_vi(text: str) -> str | None:
    """"I'm free on Saturday afternoon." as "Tôi rảnh vào chiều thứ Bảy.", "Are you free tonight?" as "Tối nay bạn
    có rảnh không?", "I'm too busy today." as "Hôm nay tôi bận quá.", "I was busy yesterday." as "Hôm qua tôi bận."
    (_SAID_EN); None for anything else, where "is", "am", "are", "was" or "were" does not agree with who, and for
    the past without a day behind."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and (m["be"] or m["will"]) or not (
            m["be0"] or m["be"] or m["will"]):
        return None
    who_, one = who_vi(m)
    said_be = be_said(m["be0"] or m["be"] or "")
    past = said_be in ("was", "were")
    if not m["will"] and said_be != be_of(who_, one, past):
        return None
    not_ = m["not"] or m["nt"] or m["wnot"]
    day = when(m["day"], "en")
    if past and not (day and tense.BEHIND.search(m["day"])):
        return None  # ("I was busy.": when is not said, and Vietnamese says the past by the day)
    if day is None or m["much"] and (m["be0"] or not_ or m["state"] == "free"):
        return None
    before, after = EN_DEGREE.get((m["much"] or "").lower(), ("", ""))  # ("very busy": "rất bận"; "so": "bận quá")
    state = " ".join(w for w in (before, _STATES_VI[m["state"]], after) if w)
    will = "sẽ " if m["will"] else ""
    said = f"{who_} có {will}{state}" if m["be0"] else f"{who_} {'không ' if not_ else ''}{will}{state}"
    return placed(said, day, " không?" if m["be0"] else m["end"] or ".")


def _when_vi(text: str) -> str | None:
    """"When are you free?" as "Khi nào bạn rảnh?" (_WHEN_EN); None for anything else, and where "is" or "are" does
    not agree with who."""
    m = _WHEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if m["be"] and m["be"] != be_of(who_, one):
        return None
    return f"Khi nào {who_} {'sẽ ' * (not m['be'])}rảnh?"
