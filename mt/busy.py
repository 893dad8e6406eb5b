"""Being busy, both ways, written whole by rule: who is busy right now or at the moment, busy with what (work,
studying, a meeting …), busy all day or all week, too busy to come (or go, call, help …), busy lately, and what
someone is busy with, asked. v8 says "bận rộn" and "quá … để" as English does, and loses "không … được": "She's too
busy to come." → "Cô ấy quá bận rộn để đến.", "He's busy at the moment." → "Anh ấy bận rộn vào lúc này.", "I'm busy
right now." → "Tôi đang bận rộn ngay bây giờ.", "I'm too busy to come tomorrow." → "Tôi quá bận rộn đến ngày mai.",
"I'm a bit busy." → "Tôi đang bận rộn.", "I've been really busy lately." → "Tôi thật sự bận rộn về cuối.", "I'm busy
studying." → "Tôi đang bận rộn khi học."; "Cô ấy bận quá không đến được." → "She is too busy.", "Lan bận quá không giúp
được." → "It's too busy to help.", "Bạn có bận việc không?" → "Do you busy?", "Dạo này mẹ tôi bận quá." → "This rice is
my mother is too busy.", "Anh ấy đang bận gì?" → "What's he busy?", "Lúc này anh ấy đang bận." → "At this time he's
busy.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) busy with "đang" (now, or with a day of
_NOW: "right now", "at the moment"), with what of WITH, all day or all week (ALL), a bit or quite, said or asked, on a
day mt.free_time.when reads (a day behind: was; ahead: will be); too busy to do one of DOINGS ("bận quá không đến
được"); busy lately ("Dạo này …": "has been"); "What are you busy with?". Left: busy or free plain, or on a day
("Tối nay tôi bận.", "Are you busy?", "When will you be free?": mt/free_time.py's), "Dạo này tôi bận quá." (a pronoun
busy lately: mt/feelings.py's), busy until a time, "đang" with a day not now, "not" with what or all day, and
questions of being too busy. mt.phrasebook.translate tries these after mt/getting_lost.py.

    >>> translate("Cô ấy bận quá không đến được.", "vi", "en"), translate("He's busy at the moment.", "en", "vi")
    ("She's too busy to come.", 'Lúc này anh ấy đang bận.')
"""
from __future__ import annotations

import re

from .dates import AHEAD
from .free_time import OPENS, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import (
    ASKED_END,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)
from .weather import DEGREE, EN_DEGREE

# now, as said with "đang" (mt.free_time.NOW reads "bây giờ" and "lúc này" as "now" without it)
_NOW = {"bây giờ": "right now", "ngay bây giờ": "right now", "lúc này": "at the moment", "hiện giờ": "at the moment",
        "hiện tại": "at the moment"}
_LATELY = {"dạo này", "dạo gần đây", "gần đây", "mấy hôm nay"}
# what one is busy with (the first Vietnamese of each is written back); the last two are said only of now
WITH = {"công việc": "with work", "việc": "with work", "làm việc": "working", "việc nhà": "with housework",
        "học": "studying", "học bài": "studying", "làm bài tập": "doing homework", "nấu ăn": "cooking",
        "nấu cơm": "cooking", "họp": "in a meeting", "nghe điện thoại": "on the phone"}
WITH_VI = {en: vi for vi, en in reversed(WITH.items())} | {"with homework": "làm bài tập"}
_NOW_ONLY = {"in a meeting", "on the phone"}
ALL = {"cả ngày": "all day", "suốt cả ngày": "all day", "cả tuần": "all week", "cả buổi sáng": "all morning",
       "cả buổi chiều": "all afternoon", "cả buổi tối": "all evening", "cả tối": "all evening"}
ALL_VI = {en: vi for vi, en in reversed(ALL.items())}
# what one is too busy to do
DOINGS = {"đến": "come", "tới": "come", "đi": "go", "gọi": "call", "gọi điện": "call", "gọi lại": "call back",
          "giúp": "help", "nấu ăn": "cook", "ăn": "eat", "ăn trưa": "have lunch", "ăn sáng": "have breakfast",
          "ngủ": "sleep", "trả lời": "reply", "đi chơi": "go out", "tập thể dục": "exercise", "nói chuyện": "talk",
          "nghe máy": "answer the phone"}
DOINGS_VI = {en: vi for vi, en in reversed(DOINGS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bận)"), "en": lazy(r"(?i:busy)")}

# a day or "lately" opening the sentence ("Lúc này anh ấy đang bận.", "Dạo này mẹ tôi bận việc quá.")
_OPENING = rf"(?:(?P<day0>(?:{OPENS}|(?i:hiện|dạo|gần|mấy|ngay)(?!\w))[^,.!?]*?)\s*,?\s+)?"
_BUSY = lazy(rf"{_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?(?:(?P<very>rất|hơi|khá)\s+)?"
             rf"bận(?:\s+rộn)?(?:\s+(?P<with>{alternatives(WITH)}))?(?:\s+(?P<much>quá|lắm))?"
             rf"(?:\s+(?P<all>{alternatives(ALL)}))?(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
             rf"{ASKED_END}")
_TOO = lazy(rf"{_OPENING}{WHO}\s+(?:đang\s+)?bận(?:\s+rộn)?\s+quá\s*,?\s+(?:nên\s+)?không\s+(?:thể\s+)?"
            rf"(?P<doing>{alternatives(DOINGS)})\s+được{SOFTENED_END}")
_WHAT = lazy(rf"{WHO}\s+(?:(?P<now>đang)\s+)?bận(?:\s+rộn)?\s+(?:việc\s+)?gì{SOFTENER}\s*\?+")

# ... and in English ("I'm busy right now.", "Is your father busy with work?", "I'll be busy all day tomorrow.")
_BE_EN = r"(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|['’]s|['’]m|['’]re)"
_MUCH_EN = r"(?:(?P<much>very|so|really|quite|a\s+bit|a\s+little)\s+)?"
_WITH_EN = rf"(?:\s+(?P<with>{alternatives(WITH_VI)}))?"
_BUSY_EN = lazy(rf"(?:(?P<be0>Is|Am|Are|Was|Were)\s+)?{WHO_EN}(?:{_BE_EN}(?P<not>\s+not|n['’]t)?|"
                rf"(?P<will>['’]ll|\s+will)\s+be)?\s+{_MUCH_EN}busy{_WITH_EN}"
                rf"(?:\s+(?P<all>{alternatives(ALL_VI)}))?(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_TOO_EN = lazy(rf"{WHO_EN}{_BE_EN}\s+too\s+busy\s+to\s+(?P<doing>{alternatives(DOINGS_VI)})"
               r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
_LATELY_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+been\s+"
                  rf"{_MUCH_EN}busy{_WITH_EN}\s+(?:lately|recently)\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What(?:\s+(?P<be>is|are|am)|['’](?P<s>s))\s+{WHO_EN}\s+busy\s+with\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is busy now, with what, all day, lately, or too busy to
    do something; None for any other."""
    if src == "vi":
        return _busy(text) or _too(text) or _what(text)
    return _busy_vi(text) or _too_vi(text) or _lately_vi(text) or _what_vi(text)


def _state(m: re.Match) -> str:
    """How busy, with what and how long, of a match of _BUSY in English: "busy", "a bit busy", "so busy with work all
    day"."""
    much = DEGREE[keyed(m["very"] or m["much"])] + " " if m["very"] or m["much"] else ""
    with_ = f" {WITH[keyed(m['with'])]}" if m["with"] else ""
    return f"{much}busy{with_}{' ' + ALL[keyed(m['all'])] if m['all'] else ''}"


def _busy(text: str) -> str | None:
    """"Lúc này anh ấy đang bận." as "He's busy at the moment.", "Bạn có bận việc không?" as "Are you busy with
    work?", "Hôm nay tôi bận cả ngày." as "I'm busy all day today.", "Dạo này mẹ tôi bận quá." as "My mother has been
    so busy lately." (_BUSY); None for anything else, and for what mt/free_time.py takes ("Tối nay tôi bận.")."""
    m = _BUSY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["day0"] and m["day"] or (
            m["very"] and m["much"]) or asked and (m["very"] or m["much"]) or not (said := who(m, asked)):
        return None
    said_day = m["day0"] or m["day"]
    lately = bool(m["day0"]) and keyed(m["day0"]) in _LATELY
    day = "" if lately else when(said_day, "vi", _NOW)
    now = keyed(said_day or "") in _NOW
    with_ = WITH.get(keyed(m["with"] or ""), "")
    if day is None or m["now"] and (day and not now or lately) or with_ in _NOW_ONLY and (day and not now or lately
                                                                                          or m["all"]):
        return None
    if not (m["now"] or with_ or m["all"] or keyed(m["very"] or "") in ("hơi", "khá") or lately and (
            asked or not m["who"])):
        return None  # (mt/free_time.py's, or a pronoun busy lately: mt/feelings.py's)
    who_, one = said
    if asked and who_ == "I":
        return None  # ("Tôi đang bận việc không?")
    day = f" {day}" if day else " lately" if lately else ""
    if lately:
        verb = f"{'has' if one else 'have'} been"
        return f"{verb.split()[0].capitalize()} {who_} been {_state(m)}{day}?" if asked else capitalised(
            contracted(who_, f"{verb} {_state(m)}{day}."))
    if BEHIND.match(day.strip()):
        verb = "was" if be(who_) in ("am", "is") else "were"
    else:
        verb = "will be" if AHEAD.match(day.strip()) else be(who_)
    if asked:
        head, _, rest = verb.partition(" ")
        return f"{head.capitalize()} {who_}{' ' + rest if rest else ''} {_state(m)}{day}?"
    return capitalised(contracted(who_, f"{verb} {_state(m)}{day}."))


def _too(text: str) -> str | None:
    """"Cô ấy bận quá không đến được." as "She's too busy to come.", "Hôm qua tôi bận quá nên không gọi được." as "I
    was too busy to call yesterday." (_TOO); None for anything else."""
    m = _TOO.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)):
        return None
    day = when(m["day0"], "vi", _NOW)
    if day is None or keyed(m["day0"] or "") in _LATELY:
        return None
    who_ = said[0]
    verb = ("was" if be(who_) in ("am", "is") else "were") if BEHIND.match(day) else be(who_)
    doing = DOINGS[keyed(m["doing"])]
    return capitalised(contracted(who_, f"{verb} too busy to {doing}{' ' + day if day else ''}."))


def _what(text: str) -> str | None:
    """"Anh ấy đang bận gì?" as "What's he busy with?", "Bạn bận gì vậy?" as "What are you busy with?" (_WHAT); None
    for anything else."""
    m = _WHAT.fullmatch(text)
    if not m or not (said := who(m, True)):
        return None
    who_ = said[0]
    return f"What's {who_} busy with?" if be(who_) == "is" else f"What {be(who_)} {who_} busy with?"


def _busy_said(m: re.Match) -> str:
    """How busy and with what, of a match of _BUSY_EN or _LATELY_EN in Vietnamese: "bận", "hơi bận", "bận công
    việc quá", "rất bận cả ngày"."""
    before, after = EN_DEGREE.get(" ".join((m["much"] or "").lower().split()), ("", ""))
    with_ = f" {WITH_VI[keyed(m['with'])]}" if m["with"] else ""
    all_ = f" {ALL_VI[keyed(m['all'])]}" if m.groupdict().get("all") else ""
    return f"{before + ' ' if before else ''}bận{with_}{' ' + after if after else ''}{all_}"


def _busy_vi(text: str) -> str | None:
    """"He's busy at the moment." as "Lúc này anh ấy đang bận.", "Are you busy with work?" as "Bạn có bận công việc
    không?", "I'll be busy all day tomorrow." as "Ngày mai tôi sẽ bận cả ngày." (_BUSY_EN); None for anything else,
    where "is", "am" … does not agree with who, and for what mt/free_time.py takes ("I'm busy tonight.")."""
    m = _BUSY_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["be0"]) != asked or m["be0"] and (m["be"] or m["will"]) or not (m["be0"] or m["be"] or
                                                                                        m["will"]):
        return None
    who_, one = who_vi(m)
    said_be = be_said(m["be0"] or m["be"] or "")
    past = said_be in ("was", "were")
    much = " ".join((m["much"] or "").lower().split())
    now = keyed(m["day"] or "") in ("right now", "at the moment")
    day = when(m["day"], "en", _NOW)
    if not m["will"] and said_be != be_of(who_, one, past) or day is None or past != bool(BEHIND.fullmatch(
            m["day"] or "")) or m["will"] and (now or asked) or (m["with"] or m["all"] or much or asked) and m["not"]:
        return None
    with_ = keyed(m["with"] or "")
    if with_ in _NOW_ONLY and (day and not now or m["all"]) or asked and much or not (
            m["with"] or m["all"] or now or much in ("quite", "a bit", "a little")):
        return None  # (mt/free_time.py's: "I'm busy tonight.")
    state = _busy_said(m)
    if asked:
        return placed(f"{who_} có {state}", day, " không?")
    ongoing = "đang " if (now or m["with"] and not day and not m["all"]) and not m["not"] else ""
    said = f"{who_} {'không ' * bool(m['not'])}{'sẽ ' * bool(m['will'])}{ongoing}{state}"
    return placed(said, day, m["end"] or ".")


def _too_vi(text: str) -> str | None:
    """"She's too busy to come." as "Cô ấy bận quá không đến được.", "I was too busy to call yesterday." as "Hôm qua
    tôi bận quá không gọi được." (_TOO_EN); None for anything else, and where "is", "am" … does not agree with
    who."""
    m = _TOO_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said_be = be_said(m["be"])
    past = said_be in ("was", "were")
    day = when(m["day"], "en", _NOW)
    if said_be != be_of(who_, one, past) or day is None or m["day"] and past != bool(BEHIND.fullmatch(m["day"])):
        return None  # ("I was too busy to call." is taken: Vietnamese says that so too, with no day)
    return placed(f"{who_} bận quá không {DOINGS_VI[keyed(m['doing'])]} được", day, m["end"] or ".")


def _lately_vi(text: str) -> str | None:
    """"I've been really busy lately." as "Dạo này tôi rất bận.", "Has your mother been busy with work lately?" as
    "Dạo này mẹ bạn có bận công việc không?" (_LATELY_EN); None for anything else, and where "have" or "has" does
    not agree with who."""
    m = _LATELY_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["have0"]) != asked or bool(m["have"]) == asked or asked and m["much"]:
        return None
    who_, one = who_vi(m)
    have = keyed((m["have0"] or m["have"]).replace("’", "'"))
    if (have in ("has", "'s")) != one:
        return None
    said = f"{who_} có {_busy_said(m)} không?" if asked else f"{who_} {_busy_said(m)}{m['end'] or '.'}"
    return f"Dạo này {said}"


def _what_vi(text: str) -> str | None:
    """"What are you busy with?" as "Bạn đang bận gì vậy?" (_WHAT_EN); None for anything else, and where "is" or
    "are" does not agree with who."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if be_said(m["be"] or "is") != be_of(who_, one):
        return None
    return capitalised(f"{who_} đang bận gì vậy?")
