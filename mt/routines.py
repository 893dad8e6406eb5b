"""The time someone gets up, goes to bed, goes to work, has a meal or gets home (or that they do it early or late), and
how they get to work or to school, said or asked, both ways, written whole by rule. v6: "Tôi ăn sáng lúc 7 giờ." → "I
eat breakfast 7:00.", "Tôi tan làm lúc 5 giờ." → "I'm left at 5:00.", "Mấy giờ bạn đi ngủ?" → "Now you go to bed?", "Bạn
thường dậy lúc mấy giờ?" → "What often do you get up at time?"; "I get up at half past six." → "Tôi lên lúc 6 giờ rưỡi."
(up), "What time do you go to bed?" → "Bạn đi ngủ gì?", "I finish work at 5 pm." → "Tôi đã làm việc lúc 5 giờ chiều." (I
worked).

What is done is one of _ROUTINES, who as in mt/hobbies.py, and the time one mt.dates reads whole after "lúc" or "at"
(`dates.clock`), or "sớm", "muộn" (early, late: v6 wrote "I get up early." as "Tôi đã dậy sớm.", in the past). Said of a
habit, in the present: a time of one day ("7 giờ sáng nay") and "đã" are left to the model. mt.phrasebook.translate
tries these after mt/timetables.py.

    >>> translate("Tôi thường dậy lúc 6 giờ sáng.", "vi", "en"), translate("What time do you go to bed?", "en", "vi")
    ('I usually get up at 6 a.m.', 'Bạn đi ngủ lúc mấy giờ?')
"""
from __future__ import annotations

import re

from . import dates, terms
from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, often_said, who, who_vi
from .lazy_re import lazy
from .tense import said_of_one
from .text import SOFTENER, alternatives, capitalised, keyed

# what is done each day, and how English says it (the first Vietnamese of each is written back)
_ROUTINES = {"dậy": "get up", "thức dậy": "get up", "ngủ dậy": "get up", "đi ngủ": "go to bed", "đi làm": "go to work",
             "đi học": "go to school", "ăn sáng": "have breakfast", "ăn trưa": "have lunch", "ăn tối": "have dinner",
             "ăn cơm tối": "have dinner", "về nhà": "get home", "về đến nhà": "get home", "tan làm": "finish work",
             "tan học": "finish school", "bắt đầu làm việc": "start work"}
_ROUTINES_VI = {en: vi for vi, en in reversed(_ROUTINES.items())} | {
    "wake up": "thức dậy", "come home": "về nhà", "go home": "về nhà", "eat breakfast": "ăn sáng",
    "eat lunch": "ăn trưa", "eat dinner": "ăn tối", "leave work": "tan làm", "leave for work": "đi làm"}
_ROUTINES_VI_ONE = {said_of_one(en): vi for en, vi in _ROUTINES_VI.items()}  # ("He gets up at 6.")
_DAILY = {"mỗi ngày": "every day", "hằng ngày": "every day", "hàng ngày": "every day"}
_DOING = rf"(?:(?P<usually>{alternatives(SELDOM)})\s+)?(?P<doing>(?i:{alternatives(_ROUTINES)}))"
_MORE = SOFTENER + r"\s*\?+"
_EARLY = {"sớm": "early", "muộn": "late", "trễ": "late"}
_EARLY_VI = {"early": "sớm", "late": "muộn"}
_SAID = lazy(rf"{WHO}\s+{_DOING}\s+(?:(?:vào\s+)?lúc\s+(?P<time>[^.!?]+?)|(?P<early>{alternatives(_EARLY)}))"
             rf"(?:\s+(?P<daily>{alternatives(_DAILY)}))?\s*(?P<end>[.!]*)")
_ASKED = [lazy(rf"(?:[Ll]úc\s+)?[Mm]ấy\s+giờ\s+{WHO}\s+{_DOING}{_MORE}"),
          lazy(rf"{WHO}\s+{_DOING}\s+(?:vào\s+)?lúc\s+mấy\s+giờ{_MORE}")]
_DOING_EN = (rf"(?:(?P<usually>{alternatives(SELDOM_VI)})\s+)?"
             rf"(?P<doing>{alternatives(_ROUTINES_VI)}|{alternatives(_ROUTINES_VI_ONE)})")
_SAID_EN = lazy(rf"{WHO_EN}\s+{_DOING_EN}\s+(?:at\s+(?P<time>[^.!?]+?)|(?P<early>early|late))"
                r"(?:\s+(?P<daily>every\s+day))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"What\s+time\s+(?P<do>do|does)\s+{WHO_EN}\s+{_DOING_EN}\s*\?+")
# how someone gets to work or to school, said or asked ("Bạn đi làm bằng gì?" → "What do you go to work equal to?",
# "Anh ấy thường đi làm bằng xe buýt." → "He is often goes to work by bus."; "How do you get to work?" → "Bạn có thể
# làm việc như thế nào?", "I take the bus to work." → "Tôi đi xe buýt để làm.", "She drives to work." → "Cô ấy lái xe.")
# (the ride read by the term list's "bằng xe buýt" = "by bus" …: mt/resources/terms.*.txt)
_TO = {"đi làm": "work", "đi học": "school"}
_TO_VI = {en: vi for vi, en in _TO.items()}
_BY = lazy(rf"{WHO}\s+(?:(?P<usually>{alternatives(SELDOM)})\s+)?(?P<to>{alternatives(_TO)})\s+bằng\s+"
           rf"(?:(?P<ride>[^.!?]+?)(?:\s+(?P<daily>{alternatives(_DAILY)}))?\s*(?P<end>[.!]*)|"
           rf"(?P<what>gì|phương\s+tiện\s+gì|cái\s+gì){_MORE})")
# ... in English: by a ride, taking one, or walking, driving, cycling there
_HOW_EN = {"walk": "đi bộ", "drive": "lái xe", "cycle": "đạp xe", "ride a bike": "đi xe đạp",
           "ride a motorbike": "đi xe máy"}  # ("ride a bike" as the term list says it: mt/resources/terms.en-vi.txt)
_HOW_EN_ONE = {said_of_one(en): vi for en, vi in _HOW_EN.items()}
_BY_EN = [lazy(rf"{WHO_EN}\s+(?:(?P<usually>{alternatives(SELDOM_VI)})\s+)?(?:(?P<go>go|goes)\s+to\s+"
               r"(?P<to>work|school)\s+by\s+(?P<ride>[a-z]+)|(?P<take>take|takes)\s+"
               r"(?:the|a)\s+(?P<taken>[a-z]+)\s+to\s+(?P<to2>work|school)|"
               rf"(?P<how>{alternatives(_HOW_EN)}|{alternatives(_HOW_EN_ONE)})\s+to\s+(?P<to3>work|school))"
               r"(?:\s+(?P<daily>every\s+day))?\s*(?P<end>[.!]*)"),
          lazy(rf"How\s+(?P<do>do|does)\s+{WHO_EN}\s+(?:(?P<usually>usually)\s+)?(?:get|go)\s+to\s+"
               r"(?P<to>work|school)\s*\?+")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks the time someone does a thing of their day, or how they get to
    work or to school; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _said(text) or _asked(text) or _by(text)
    return _said_vi(text) or _asked_vi(text) or _by_vi(text) if (src, tgt) == ("en", "vi") else None


def _said(text: str) -> str | None:
    """"Tôi thường dậy lúc 6 giờ sáng." as "I usually get up at 6 a.m.", "Tôi dậy sớm." as "I get up early." (_SAID);
    None for anything else, and for a time of a day that is not any day's ("lúc 7 giờ sáng nay")."""
    m = _SAID.fullmatch(text)
    if m is None or m["time"] and re.search(r"\b(?:nay|qua|mai|hôm)\b", m["time"]) or not (said := who(m, False)):
        return None
    if m["time"] and not (time := dates.clock(m["time"], "vi", "en")):
        return None
    who_, one = said
    doing = _ROUTINES[keyed(m["doing"])]
    usually = often_said(m["usually"], True) + " " if m["usually"] else ""
    daily = " every day" if m["daily"] else ""
    when = _EARLY[m["early"]] if m["early"] else f"at {time}"
    return capitalised(f"{who_} {usually}{said_of_one(doing) if one else doing} {when}{daily}"
                       f"{_end(time, m) if m['time'] else m['end'] or '.'}")


def _asked(text: str) -> str | None:
    """"Mấy giờ bạn đi ngủ?", "Bạn đi ngủ lúc mấy giờ?" as "What time do you go to bed?" (_ASKED); None for
    anything else."""
    m = next((m for p in _ASKED if (m := p.fullmatch(text))), None)
    if m is None or not (said := who(m, True)):
        return None
    who_, one = said
    usually = often_said(m["usually"], True) + " " if m["usually"] else ""
    return f"What time {'does' if one else 'do'} {who_} {usually}{_ROUTINES[keyed(m['doing'])]}?"


def _said_vi(text: str) -> str | None:
    """"I usually get up at 6 am." as "Tôi thường dậy lúc 6 giờ sáng.", "I get up early." as "Tôi dậy sớm."
    (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if m is None or not (doing := _doing_vi(m)):
        return None
    if m["time"] and not (time := dates.clock(m["time"], "en", "vi")):
        return None
    when = _EARLY_VI[m["early"]] if m["early"] else f"lúc {time}"
    daily = " mỗi ngày" if m["daily"] else ""
    return capitalised(f"{who_vi(m)[0]} {doing} {when}{daily}{m['end'] or '.'}")


def _asked_vi(text: str) -> str | None:
    """"What time do you usually get up?" as "Bạn thường dậy lúc mấy giờ?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    if m is None or (m["do"] == "does") != who_vi(m)[1] or not (doing := _doing_vi(m, asked=True)):
        return None
    return capitalised(f"{who_vi(m)[0]} {doing} lúc mấy giờ?")


def _by(text: str) -> str | None:
    """"Anh ấy thường đi làm bằng xe buýt." as "He usually goes to work by bus.", "Bạn đi làm bằng gì?" as "How do
    you get to work?" (_BY); None for anything else."""
    m = _BY.fullmatch(text)
    if m is None or not (said := who(m, bool(m["what"]))) or m["ride"] and not (ride := _by_ride(m["ride"], "vi")):
        return None
    who_, one = said
    usually = often_said(m["usually"], True) + " " if m["usually"] else ""
    to = _TO[keyed(m["to"])]
    if m["what"]:
        return f"How {'does' if one else 'do'} {who_} {usually}get to {to}?"
    daily = " every day" if m["daily"] else ""
    return capitalised(f"{who_} {usually}{'goes' if one else 'go'} to {to} {ride}{daily}{m['end'] or '.'}")


def _by_vi(text: str) -> str | None:
    """"He usually goes to work by bus." and "He takes the bus to work." as "Anh ấy thường đi làm bằng xe buýt.",
    "She walks to school." as "Cô ấy đi bộ đi học.", "How do you get to work?" as "Bạn đi làm bằng gì?" (_BY_EN); None
    for anything else, and where the verb does not agree with who."""
    m = next((m for p in _BY_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    who_, one = who_vi(m)
    usually = SELDOM_VI[m["usually"].lower()] + " " if m["usually"] else ""
    if m.re == _BY_EN[1]:
        if (m["do"] == "does") != one:
            return None
        return capitalised(f"{who_} {usually}{_TO_VI[m['to']]} bằng gì?")
    verb = m["go"] or m["take"] or m["how"]
    one_said = verb in ("goes", "takes") or verb in _HOW_EN_ONE
    if one_said != one:
        return None  # ("He go to work by bus.", "I walks to school.")
    to = _TO_VI[m["to"] or m["to2"] or m["to3"]]
    daily = " mỗi ngày" if m["daily"] else ""
    if m["how"]:
        how = _HOW_EN_ONE.get(m["how"]) or _HOW_EN[m["how"]]
        return capitalised(f"{who_} {usually}{how} {to}{daily}{m['end'] or '.'}")
    if not (ride := _by_ride(m["ride"] or m["taken"], "en")):
        return None
    return capitalised(f"{who_} {usually}{to} {ride}{daily}{m['end'] or '.'}")


def _by_ride(ride: str, src: str) -> str | None:
    """How one goes by a ride, in the other language, as the term list says it ("xe buýt" → "by bus", "bus" → "bằng
    xe buýt"); None for a ride it does not list."""
    said = ("bằng " if src == "vi" else "by ") + ride
    found = terms.matches(said, src, "en" if src == "vi" else "vi")
    return found[0].replacement if len(found) == 1 and (found[0].start, found[0].end) == (0, len(said)) else None


def _doing_vi(m: re.Match, asked: bool = False) -> str | None:
    """What is done in Vietnamese, with how often before it ("thường dậy"); None where the verb does not agree with
    who ("He get up", "I gets up")."""
    one = who_vi(m)[1] and not asked
    doing = (_ROUTINES_VI_ONE if one else _ROUTINES_VI).get(keyed(m["doing"]))
    if doing is None:
        return None
    return f"{SELDOM_VI[m['usually'].lower()]} {doing}" if m["usually"] else doing


def _end(time: str, m: re.Match) -> str:
    """The source's end, or a full stop; none after "p.m." that ends the sentence."""
    end = m["end"] or "."
    return "" if time.endswith(".") and end == "." and not m["daily"] else end
