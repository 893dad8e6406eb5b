"""Work meetings and presentations, both ways, written whole by rule. v8 (every other rule on) reads "hoãn" as
delayed, "thuyết trình" as a noun, "give a presentation" as performing, and loses the meeting's day and "is": "Cuộc
họp bị hoãn rồi." → "The meeting was delayed.", "Cuộc họp có bị hủy không?" → "The meeting was canceled?", "Mấy giờ
họp?" → "Time of meeting?", "Cuộc họp lúc mấy giờ?" → "How long are the meeting?", "Cuộc họp ở đâu?" → "Where are
the meeting?", "Cô ấy họp cả buổi chiều." → "She meetings both afternoon.", "Tôi phải thuyết trình vào thứ Hai." →
"I have to presentation on Monday.", "Tôi vừa thuyết trình xong." → "I'm just theory.", "Chiều nay tôi có họp." →
"This afternoon, I had a meeting."; "The meeting has been postponed." → "Cuộc họp đã được hoãn." (được for a
setback), "The meeting has been moved to Friday." → "… được di chuyển sang thứ Sáu.", "What time is the meeting?" →
"Cuộc họp là gì?", "She's in a meeting all afternoon." → "Cô ấy đang gặp buổi chiều.", "I have to give a
presentation on Monday." → "Tôi phải trình diễn vào thứ Hai." (perform), "She's giving a presentation." → "Cô ấy
đang thuyết phục." (persuading), "Can we reschedule the meeting?" → "… tái thiết cuộc họp không?" (rebuild).

Taken: the meeting ("cuộc họp", "buổi họp"; of a day mt.free_time.when reads: "Tomorrow's meeting") postponed,
cancelled, moved or rescheduled (to a day), said, said ahead ("sẽ") or asked ("có … không?", "… chưa?"); what time,
when, what day, where or in which room the meeting is, and that it is at a time (mt.dates.clock) or on a day; who
(mt.hobbies.WHO, WHO_EN) is, was or will be in a meeting all day or all afternoon (mt.dates.WHOLE_SPANS); who has a
meeting or a presentation (at a time, on a day), has to give a presentation, is giving, will give or gave one, has
just finished theirs; whether who can reschedule, move, postpone or cancel the meeting. Left: in a meeting now ("Anh
ấy đang họp.", "Is he in a meeting?": mt/at_the_moment.py), busy with one (mt/busy.py), when it starts or ends
(mt/timetables.py, mt.patterns), how it went (mt/how_was.py and the phrasebook), late for it (mt/lateness.py), good
luck (mt/wishes.py), an appointment (mt/appointments.py), meeting friends (mt/meeting_up.py); "anh", "chị", "em"
alone saying it; a day behind where the tense says otherwise; whose meeting; who cancelled it, "I'm in a meeting,
I'll call you back." (v8 has them right); English not agreeing ("She have").
mt.phrasebook.translate tries these after mt/bites.py.

    >>> translate("Cuộc họp bị hoãn rồi.", "vi", "en"), translate("The meeting has been postponed.", "en", "vi")
    ('The meeting has been postponed.', 'Cuộc họp đã bị hoãn.')
"""
from __future__ import annotations

import re

from . import dates, tense
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, OPENS, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised,
                   contracted, keyed)

_KEYS = {"vi": lazy(r"(?i:họp|thuyết\s+trình)"), "en": lazy(r"(?i:meeting|presentation)")}
# what befalls it, by the Vietnamese verb: postponed, cancelled, or moved (to a day; "dời" alone: rescheduled)
_BEFALLS = {"hoãn": "postponed", "hoãn lại": "postponed", "hủy": "cancelled", "huỷ": "cancelled",
            "hủy bỏ": "cancelled", "huỷ bỏ": "cancelled", "dời": "moved", "dời lại": "moved", "dời lịch": "moved",
            "đổi lịch": "moved", "chuyển": "moved", "lùi": "moved"}
_BEFALLS_EN = {"postponed": "hoãn", "put off": "hoãn", "cancelled": "hủy", "canceled": "hủy", "called off": "hủy",
               "moved": "dời", "rescheduled": "dời", "pushed back": "dời"}
_DOES_EN = {"postpone": "hoãn", "put off": "hoãn", "cancel": "hủy", "call off": "hủy", "move": "dời",
            "reschedule": "dời", "push back": "dời"}
_BEFALL = rf"(?P<verb>{alternatives(_BEFALLS)})"
# the meeting, and its day ("cuộc họp ngày mai"; not "lúc mấy giờ", "vào lúc nào", asked)
_MEETING = (r"(?i:cuộc|buổi)\s+họp(?:\s+(?!(?:vào\s+)?(?:lúc|khi|hôm\s+nào|ngày\s+nào))"
            rf"(?P<of>{OPENS}[^,.!?]*?))?")
_TO = r"(?:\s+(?:sang|đến|tới)\s+(?P<to>[^,.!?]+?))?"
_STATE = lazy(rf"{_MEETING}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<by>bị|được)\s+)?{_BEFALL}{_TO}"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# what time, when, what day, where the meeting is ("Mấy giờ họp?", "Cuộc họp lúc mấy giờ?", "Khi nào họp?")
_WHAT = lazy(rf"{_MEETING}\s+(?:là\s+|diễn\s+ra\s+|được\s+tổ\s+chức\s+)?(?:(?P<time>(?:lúc\s+)?mấy\s+giờ)|"
             r"(?P<when>(?:vào\s+)?(?:khi\s+nào|lúc\s+nào))|(?P<day>(?:vào\s+)?ngày\s+nào)|(?P<where>ở\s+đâu)|"
             rf"(?P<room>ở\s+phòng\s+nào)|lúc\s+(?P<at>[^,.!?]+?)|(?P<on>(?![^,.!?]*(?:mấy|nào)){OPENS}[^,.!?]*?))"
             rf"{SOFTENER}\s*(?P<end>[.!?]*)")
_WHAT_FIRST = lazy(rf"{DAY_OPENING}(?:(?P<time>[Mm]ấy\s+giờ)|(?P<when>[Kk]hi\s+nào|[Bb]ao\s+giờ))\s+(?:thì\s+)?"
                   rf"(?:có\s+)?(?:(?:cuộc|buổi)\s+)?họp{SOFTENER}\s*\?+")
# in a meeting all afternoon ("Cô ấy họp cả buổi chiều.")
_SPAN = rf"(?P<span>{alternatives(dates.WHOLE_SPANS)})"
_ALL = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đang|đã|sẽ)\s+)?họp\s+{_SPAN}{SOFTENED_END}")
# who gives a presentation, has to, will, did, just did ("Tôi phải thuyết trình vào thứ Hai.")
_GIVE = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>phải|sẽ|đã|vừa|mới)\s+)?thuyết\s+trình"
             rf"(?:\s+(?P<done>xong))?{DAY_AFTER}{ASKED_END}")
# who has a meeting or a presentation ("Chiều nay tôi có họp.", "Tôi có một cuộc họp lúc 3 giờ.")
_HAVE = lazy(rf"{DAY_OPENING}{WHO}\s+có\s+(?:một\s+)?(?:(?P<kind>(?:cuộc|buổi)\s+họp|(?:bài|buổi)\s+thuyết\s+trình)|"
             rf"(?P<bare>họp))(?:\s+lúc\s+(?P<at>[^,.!?]+?))?{DAY_AFTER}{ASKED_END}")
# who can reschedule, move, postpone or cancel it, asked ("Chúng ta dời cuộc họp sang thứ Sáu được không?")
_MOVE = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?{_BEFALL}\s+(?:(?:cuộc|buổi|lịch)\s+)?họp(?:\s+lại)?{_TO}"
             rf"(?:\s+(?P<ok>được))?\s+không{SOFTENER}\s*\?+")

# ... and in English ("the meeting", "the meeting on Friday", "tomorrow's meeting")
_MEETING_EN = r"(?:[Tt]he\s+meeting(?:\s+(?P<of>(?:on\s+)?[^,.!?]+?))??|(?P<poss>[\w ]+?)['’]s\s+meeting)"
_TO_EN = r"(?:\s+(?P<prep>to|until|till|for)\s+(?P<to>[^,.!?]+?))?"
_STATE_EN = lazy(rf"(?:(?P<q>Has|Was|Is)\s+)?{_MEETING_EN}(?(q)|(?P<aux>\s+has|\s+was|\s+is|['’]s|\s+will))"
                 rf"(?:\s+(?P<been>been|be))?\s+(?P<verb>{alternatives(_BEFALLS_EN)})"
                 rf"{_TO_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"(?:(?P<time>What\s+time)|(?P<when>When)|(?P<day>What\s+day)|(?P<where>Where)|(?P<room>Which\s+room))"
                rf"(?:\s+is|['’]s)\s+{_MEETING_EN}(?(room)\s+in)\s*\?+|"
                rf"{_MEETING_EN.replace('of>', 'of2>').replace('poss>', 'poss2>')}\s+is\s+(?:at\s+(?P<at>[^,.!?]+?)|"
                r"(?P<on>(?:on|tomorrow|today|tonight|this|next)\b[^,.!?]*?))\s*(?P<end>[.!]*)")
_ALL_EN = lazy(rf"{WHO_EN}(?:{BE_EN}|(?P<was>\s+was|\s+were)|(?P<will>['’]ll\s+be|\s+will\s+be)|"
               r"(?P<has>['’]ve\s+been|\s+have\s+been|\s+has\s+been|['’]s\s+been))\s+in\s+(?:a\s+meeting|meetings)\s+"
               rf"(?P<span>{alternatives(dates.WHOLE_SPANS_EN)}){DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?P<has>\s+has|\s+have|\s+had|['’]ve\s+got|\s+have\s+got|"
                rf"\s+has\s+got)\s+(?:(?P<give>to\s+give)\s+)?a\s+(?P<kind>meeting|presentation){DAY_AFTER_EN}"
                r"\s*(?P<end>[.!?]*)")
_GIVE_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?P<verb>{BE_EN}\s+giving|(?P<bare>\s+giving)|\s+will\s+give|"
                r"['’]ll\s+give|(?P<gave>\s+gave)|(?P<have>['’]ve|\s+have|\s+has|['’]s)\s+just\s+(?:given|finished))"
                rf"\s+(?:a|(?P<own>my|his|her|your|our|their))\s+presentation{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_MOVE_EN = lazy(rf"(?:Can|Could)\s+{WHO_EN}\s+(?:please\s+)?(?P<does>{alternatives(_DOES_EN)})\s+the\s+meeting"
                rf"{_TO_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a work meeting or a presentation; None for any other."""
    if src == "vi":
        return _state(text) or _what(text) or _all(text) or _give(text) or _have(text) or \
            _move(text)
    return _state_vi(text) or _what_vi(text) or _all_vi(text) or _have_vi(text) or \
        _give_vi(text) or _move_vi(text)


def _day(said: str | None, src: str = "vi") -> str | None:
    """A day in the other language (mt.free_time.when, with "tuần tới", "tháng sau" …): "thứ Sáu" → "on Friday",
    "next week" → "tuần sau"; "" for none said, None for one not read."""
    return when(said, src, dates.NEAR_SPANS)


def _ahead(said: str | None, src: str = "vi") -> str | None:
    """A day not behind, bare, to move a meeting to ("thứ Sáu" → "Friday", "next week" → "tuần sau"); None for a day
    behind or not read, "" for none."""
    day = _day(said, src)
    if day is None or day and (tense.BEHIND.match(day) if src == "vi" else tense.BEHIND.match(said)):
        return None
    return day.removeprefix("on ").removeprefix("at ").removeprefix("vào ")


def _stopped(said: str) -> str:
    """An English sentence with one full stop: none added where it ends in a clock's "a.m." or "p.m." (not "… 3
    p.m..").

    >>> _stopped("The meeting has been moved to 3 p.m."), _stopped("I have a meeting today")
    ('The meeting has been moved to 3 p.m.', 'I have a meeting today.')
    """
    return said if said.endswith(".") else f"{said}."


def _by(prep: str | None, does: str) -> bool:
    """Whether an English word before the day goes with what befalls the meeting (`does`, "hoãn", "hủy" or "dời"):
    "postponed until", "moved to", "rescheduled for"; not "cancelled to"."""
    return not prep or does != "hủy" and (prep not in ("until", "till") or does == "hoãn") and (
        prep != "for" or does == "dời")


def _meeting(m: re.Match) -> str | None:
    """The meeting of a match of _MEETING in English: "the meeting", "tomorrow's meeting", "Friday's meeting";
    None for a day not read, behind, or said with "at"."""
    day = _day(m["of"])
    if day and (tense.BEHIND.match(day) or day.startswith("at ")):
        return None
    return None if day is None else f"{day.removeprefix('on ')}'s meeting" if day else "the meeting"


def _meeting_vi(m: re.Match, n: str = "") -> str | None:
    """The meeting of a match of _MEETING_EN in Vietnamese ("cuộc họp", "cuộc họp ngày mai", "cuộc họp thứ Sáu");
    None for a day not read or behind; `n` names its groups' ending."""
    of, poss = m[f"of{n}"], m[f"poss{n}"]
    said = of or poss and (poss if poss[0].isupper() and _day(poss, "en") else f"{poss[0].lower()}{poss[1:]}")
    day = _ahead(said, "en")
    return None if day is None else f"cuộc họp {day}".strip()


def _state(text: str) -> str | None:
    """"Cuộc họp bị hoãn rồi." as "The meeting has been postponed.", "Cuộc họp được dời sang thứ Sáu." as "The
    meeting has been moved to Friday.", "Cuộc họp ngày mai có bị hủy không?" as "Has tomorrow's meeting been
    cancelled?" (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    if not m or (noun := _meeting(m)) is None or (to := _ahead(m["to"])) is None:
        return None
    asked, verb = m["asked"], _BEFALLS[keyed(m["verb"])]
    if asked and (("?" not in m["end"]) or bool(m["ask"]) != (asked == "không") or m["tense"] == "sẽ" or m["done"]) \
            or not asked and (m["ask"] or "?" in m["end"]) or m["ask"] and m["tense"]:
        return None
    if verb == "cancelled" and to or verb == "moved" and not to and not keyed(m["verb"]).startswith("dời") or not (
            m["by"] or m["tense"] or m["done"] or asked or verb == "moved" and to):
        return None
    if verb == "moved" and not to:
        verb = "rescheduled"
    done = f"{verb}{f' until {to}' if verb == 'postponed' and to else f' to {to}' if to else ''}"
    if asked:
        return f"Has {noun} been {done}{' yet' * (asked == 'chưa')}?"
    return capitalised(_stopped(f"{noun} {'will be' if m['tense'] == 'sẽ' else 'has been'} {done}"))


def _state_vi(text: str) -> str | None:
    """"The meeting has been postponed." as "Cuộc họp đã bị hoãn.", "The meeting has been moved to Friday." as
    "Cuộc họp đã được dời sang thứ Sáu.", "Was the meeting cancelled?" as "Cuộc họp có bị hủy không?" (_STATE_EN);
    None for anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (noun := _meeting_vi(m)) is None:
        return None
    aux = keyed((m["q"] or m["aux"]).replace("’", "'"))
    aux = ("has" if m["been"] else "is") if aux == "'s" else aux
    if (m["been"] or "") != {"has": "been", "will": "be"}.get(aux, "") or aux == "will" and m["q"]:
        return None
    said = " ".join(m["verb"].split())
    does, to = _BEFALLS_EN[said], _ahead(m["to"], "en")
    if to is None or not _by(m["prep"], does) or does == "dời" and not to and said != "rescheduled":
        return None
    by = "được" if does == "dời" else "bị"
    done = f"{by} {does}{f' sang {to}' if to else ' lại' if does == 'dời' else ''}"
    if m["q"]:
        return capitalised(f"{noun} có {done} không?")
    return capitalised(f"{noun} {'sẽ' if aux == 'will' else 'đã'} {done}.")


def _what(text: str) -> str | None:
    """"Mấy giờ họp?" and "Cuộc họp lúc mấy giờ?" as "What time is the meeting?", "Khi nào họp?" as "When is the
    meeting?", "Cuộc họp ở phòng nào?" as "Which room is the meeting in?", "Cuộc họp lúc 3 giờ chiều." as "The
    meeting is at 3 p.m." (_WHAT, _WHAT_FIRST); None for anything else."""
    m = _WHAT.fullmatch(text) or _WHAT_FIRST.fullmatch(text)
    if not m:
        return None
    first = m.re == _WHAT_FIRST
    noun, day = ("the meeting", _day(m["day0"])) if first else (_meeting(m), "")
    kind = next((k for k in ("time", "when", "day", "where", "room") if m.groupdict().get(k)), None)
    if noun is None or day is None or first and day and m["when"]:
        return None
    if kind:
        if "?" not in text:
            return None
        said = {"time": "What time", "when": "When", "day": "What day", "where": "Where", "room": "Which room"}[kind]
        return f"{said} is {noun}{f' {day}' if day else ''}{' in' * (kind == 'room')}?"
    at = dates.clock(m["at"], "vi", "en") if m["at"] else _day(m["on"])
    if not at or "?" in m["end"] or m["of"] or tense.BEHIND.match(at):
        return None
    return _stopped(f"The meeting is {'at ' * bool(m['at'])}{at}")


def _what_vi(text: str) -> str | None:
    """"What time is the meeting?" as "Cuộc họp lúc mấy giờ?", "Where is tomorrow's meeting?" as "Cuộc họp ngày mai
    ở đâu?", "The meeting is at 3 p.m." as "Cuộc họp diễn ra lúc 3 giờ chiều." (_WHAT_EN); None for anything else."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    asked = m["end"] is None
    noun = _meeting_vi(m, "" if asked else "2")
    if noun is None:
        return None
    if asked:
        kind = next(k for k in ("time", "when", "day", "where", "room") if m[k])
        said = {"time": "lúc mấy giờ", "when": "diễn ra khi nào", "day": "vào ngày nào", "where": "ở đâu",
                "room": "ở phòng nào"}[kind]
        return capitalised(f"{noun} {said}?")
    if noun != "cuộc họp":
        return None
    at = f"lúc {dates.clock(m['at'], 'en', 'vi')}" if m["at"] and dates.clock(m["at"], "en", "vi") else \
        _day(m["on"], "en") if m["on"] else None
    if not at or tense.BEHIND.match(m["on"] or ""):
        return None
    return f"Cuộc họp diễn ra {'' if at.startswith(('lúc ', 'vào ')) else 'vào '}{at}."


def _tensed(day: str, will: bool = False) -> str:
    """The tense a day gives an English sentence where Vietnamese says none: "past" behind ("yesterday"), "will"
    ahead ("tomorrow", or `will` said), "" otherwise (today, this afternoon, on Friday: as planned)."""
    return "past" if tense.BEHIND.match(day) else "will" if will or dates.AHEAD.match(day) else ""


def _all(text: str) -> str | None:
    """"Cô ấy họp cả buổi chiều." as "She's in a meeting all afternoon.", "Hôm qua tôi họp cả ngày." as "I was in
    meetings all day yesterday.", "Tôi đã họp cả ngày." as "I've been in meetings all day." (_ALL); None for anything
    else, and for a part of a day twice ("Chiều nay tôi họp cả buổi chiều.")."""
    m = _ALL.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)) or (day := _day(m["day0"])) is None:
        return None
    span = dates.WHOLE_SPANS[keyed(m["span"])]
    when_, tense_ = _tensed(day, m["tense"] == "sẽ"), m["tense"] or ""
    if day and ("afternoon" in day or "morning" in day or "night" in day or "evening" in day) and span != "all day" \
            or when_ == "past" and tense_ in ("đang", "sẽ") or when_ == "will" and tense_ in ("đang", "đã"):
        return None
    who_, meeting = said[0], "meetings" if span in ("all day", "all week") else "a meeting"
    verb = "was" if be(who_) != "are" else "were"
    verb = verb if when_ == "past" else "will be" if when_ == "will" else (
        "has been" if said[1] else "have been") if tense_ == "đã" else be(who_)
    return capitalised(contracted(who_, _stopped(f"{verb} in {meeting} {span}{f' {day}' if day else ''}")))


def _all_vi(text: str) -> str | None:
    """"She's in a meeting all afternoon." as "Cô ấy họp cả buổi chiều.", "I was in meetings all day yesterday." as
    "Hôm qua tôi họp cả ngày.", "He'll be in meetings all week." as "Anh ấy sẽ họp cả tuần." (_ALL_EN); None for
    anything else, and where "is", "was" or "has" does not agree with who."""
    m = _ALL_EN.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m["day"], "en")) is None:
        return None
    who_, one = who_vi(m)
    said = keyed((m["be"] or m["was"] or m["has"] or "").replace("’", "'"))
    if m["be"] and be_said(said) != be_of(who_, one) or m["was"] and said != be_of(who_, one, True) or \
            m["has"] and said.split()[0] not in (("has", "'s") if one else ("have", "'ve")):
        return None
    if m["was"] and day and not tense.BEHIND.match(m["day"]) or not m["was"] and tense.BEHIND.match(m["day"] or ""):
        return None
    aux = "sẽ " if m["will"] else "đã " if m["has"] or m["was"] and not day else ""
    return placed(f"{who_} {aux}họp {dates.WHOLE_SPANS_EN[m['span']]}", day, ".")



def _give(text: str) -> str | None:
    """"Tôi phải thuyết trình vào thứ Hai." as "I have to give a presentation on Monday.", "Hôm qua cô ấy thuyết
    trình." as "She gave a presentation yesterday.", "Tôi vừa thuyết trình xong." as "I've just finished my
    presentation." (_GIVE); None for anything else, and for one with no day, "phải", "sẽ" nor "vừa"."""
    m = _GIVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    aux, said, day = m["aux"] or "", who(m, asked), _day(m["day0"] or m["day"])
    if not said or day is None or bool(m["done"]) != (aux in ("vừa", "mới")) or m["done"] and (day or asked):
        return None
    (who_, one), when_ = said, _tensed(day or "", aux == "sẽ")
    day = f" {day}" if day else ""
    if m["done"]:
        whose = whose_own(m, who_)
        done = f"{'has' if one else 'have'} just finished {whose} presentation."
        return whose and capitalised(contracted(who_, done))
    if aux == "phải":
        if asked:
            return f"{'Did' if when_ == 'past' else 'Does' if one else 'Do'} {who_} have to give a presentation{day}?"
        have = "had" if when_ == "past" else "has" if one else "have"
        return capitalised(_stopped(f"{who_} {have} to give a presentation{day}"))
    if when_ == "past" and aux in ("", "đã") and not asked:
        return capitalised(_stopped(f"{who_} gave a presentation{day}"))
    if aux in ("", "sẽ") and day and when_ != "past":
        giving = f"giving a presentation{day}"
        if asked:
            return f"{be(who_).capitalize()} {who_} {giving}?"
        return capitalised(contracted(who_, _stopped(f"{be(who_)} {giving}")))
    return None


def _give_vi(text: str) -> str | None:
    """"She's giving a presentation." as "Cô ấy đang thuyết trình.", "I'm giving a presentation on Monday." as "Tôi
    sẽ thuyết trình vào thứ Hai.", "He gave a presentation yesterday." as "Hôm qua anh ấy đã thuyết trình.", "I've
    just finished my presentation." as "Tôi vừa thuyết trình xong." (_GIVE_EN); None for anything else, where the
    verb does not agree with who, or whose is another's."""
    m = _GIVE_EN.fullmatch(text)
    asked = "?" in m["end"] if m else False
    if not m or asked != bool(m["be0"]) or (day := _day(m["day"], "en")) is None:
        return None
    who_, one = who_vi(m)
    be_ = m["be0"] or m["be"]
    if be_ and be_said(be_) != be_of(who_, one) or bool(m["be0"]) != bool(m["bare"]) or m["have"] and (
            keyed(m["have"]).replace("’", "'") in ("has", "'s")) != one:
        return None
    behind = tense.BEHIND.match(m["day"] or "")
    if m["have"]:
        whose = m["own"] and m["own"].lower()
        own = EN_WHOSE.get({"tôi": "I", "chúng tôi": "we", "bạn": "you", "họ": "they"}.get(who_, ""))
        if day or whose and whose != own and not (one and whose in ("his", "her")):
            return None
        return capitalised(f"{who_} vừa thuyết trình xong.")
    if m["own"] or bool(behind) != bool(m["gave"]):
        return None
    if asked:
        return placed(f"{who_} có {'đang ' * (not day)}thuyết trình", day, " không?")
    aux = "đã" if m["gave"] else "sẽ" if day or "give" in m["verb"] else "đang"
    return placed(f"{who_} {aux} thuyết trình", day, ".")


def _have(text: str) -> str | None:
    """"Chiều nay tôi có họp." as "I have a meeting this afternoon.", "Tôi có một cuộc họp lúc 3 giờ chiều." as "I
    have a meeting at 3 p.m.", "Ngày mai bạn có buổi thuyết trình không?" as "Do you have a presentation tomorrow?"
    (_HAVE); None for anything else, and for "có họp" with no time nor day."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or not (said := who(m, asked)):
        return None
    at = dates.clock(" ".join(w for w in (m["at"], m["day"]) if w), "vi", "en") if m["at"] else ""
    day = _day(m["day0"] or (None if m["at"] else m["day"]))
    if at is None or day is None or m["bare"] and not (at or day) or m["day0"] and at and " " in at:
        return None
    (who_, one), past = said, bool(tense.BEHIND.match(day) or tense.BEHIND.search(at))
    kind = "presentation" if "thuyết" in (m["kind"] or "") else "meeting"
    rest = f"a {kind}{f' at {at}' if at else ''}{f' {day}' if day else ''}"
    if asked:
        return f"{'Did' if past else 'Does' if one else 'Do'} {who_} have {rest}?"
    return capitalised(_stopped(f"{who_} {'had' if past else 'has' if one else 'have'} {rest}"))


def _have_vi(text: str) -> str | None:
    """"I have a meeting at 3pm." as "Tôi có một cuộc họp lúc 3 giờ chiều.", "I have to give a presentation on
    Monday." as "Tôi phải thuyết trình vào thứ Hai.", "Do you have a meeting tomorrow?" as "Ngày mai bạn có họp
    không?" (_HAVE_EN); None for anything else, and where "has", "does" does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    has, do = keyed(m["has"].replace("’", "'")), (m["do"] or "").lower()
    if do and (has != "have" or do != "did" and (do == "does") != one) or not do and has != "had" and (
            has.startswith(("has", "'s")) != one):
        return None
    said = m["day"] or ""
    at = dates.clock(said.removeprefix("at "), "en", "vi") if said.startswith("at ") else ""
    day = "" if at else _day(said, "en")
    past = do == "did" or has == "had"
    if at is None or day is None or past != bool(tense.BEHIND.match(said)) and (day or do) or \
            m["give"] and m["kind"] != "presentation":
        return None
    if m["give"]:
        doing = f"{'có ' * bool(do)}phải thuyết trình"
    elif m["kind"] == "meeting":
        doing = "có họp" if do else "có một cuộc họp"
    else:
        doing = f"có {'' if do else 'một '}buổi thuyết trình"
    doing = f"{'đã ' * (past and not day and not do)}{doing}{f' lúc {at}' if at else ''}"
    return placed(f"{who_} {doing}", day, " không?" if do else ".")


def _move(text: str) -> str | None:
    """"Chúng ta có thể dời cuộc họp sang thứ Sáu không?" as "Can we move the meeting to Friday?", "Chúng ta đổi
    lịch họp được không?" as "Can we reschedule the meeting?" (_MOVE); None for anything else."""
    m = _MOVE.fullmatch(text)
    if not m or not (m["can"] or m["ok"]) or not (said := who(m, True)) or (to := _ahead(m["to"])) is None:
        return None
    done = _BEFALLS[keyed(m["verb"])]
    does = {"postponed": "postpone", "cancelled": "cancel"}.get(done, "move" if to else "reschedule")
    if done == "cancelled" and to or does == "reschedule" and keyed(m["verb"]) == "lùi":
        return None
    to = f" until {to}" if does == "postpone" and to else f" to {to}" if to else ""
    return f"Can {said[0]} {does} the meeting{to}?"


def _move_vi(text: str) -> str | None:
    """"Can we reschedule the meeting?" as "Chúng ta có thể dời cuộc họp được không?", "Could you move the meeting to
    Friday?" as "Bạn có thể dời cuộc họp sang thứ Sáu được không?" (_MOVE_EN); None for anything else."""
    m = _MOVE_EN.fullmatch(text)
    if not m or (to := _ahead(m["to"], "en")) is None or not _by(m["prep"], does := _DOES_EN[keyed(m["does"])]):
        return None
    who_ = "chúng ta" if m["who"] and m["who"].lower() == "we" else who_vi(m)[0]
    return capitalised(f"{who_} có thể {does} cuộc họp{f' sang {to}' if to else ''} được không?")
