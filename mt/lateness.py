"""Being late, both ways, written whole by rule: why someone is (was, is always) late, who was, is again or will be late
for work, school, class or the meeting, by how long, on what day and why, "don't be late", and not wanting to be (hating
being) late. v8 with every other rule: "Sao bạn đến muộn vậy?" → "Why are you coming later?", "Tại sao bạn đến muộn?" →
"Why are you coming lately?", "Sao anh ấy đến muộn?" → "Why are he coming later?", "Hôm nay tôi đi làm muộn." → "I'm go
to work late today.", "Tôi bị muộn giờ làm." → "I'm late to do.", "Tôi đến lớp muộn." → "I came to the class late.",
"Bạn lại muộn rồi." → "You're later.", "Cô ấy lại đi làm muộn." → "She was goes to work late.", "Mẹ tôi sẽ về muộn." →
"My mother will go back to late.", "Đừng đi học muộn nhé." → "Don't go to school later.", "Lần sau đừng đến muộn nữa." →
"Don't come later.", "Tôi không muốn đến muộn." → "I don't want to go later.", "Tôi ghét đến muộn." → "I hate to late.",
"Tôi đến muộn vì ngủ quên." → "I'm late forgot to sleep.", "Tôi bị muộn làm hôm nay." → "I'm late to do today.", "Hôm
qua anh ấy bị muộn làm." → "Yesterday, he was late to do.", "Tôi lại muộn làm rồi." → "I'm late to do it.", "Hôm qua
Minh muộn làm." → "Yesterday, Minh lately.", "Sáng qua tôi đi làm muộn." → "I'm went to work The morning."; "Why are you
late?" → "Tại sao bạn lại muộn?", "Why is she late?" → "Tại sao lại muộn?" (she lost), "Why were you late for work?" →
"Sao cậu về làm việc?", "I was late for school yesterday." → "Tôi ở cuối trường hôm qua." (at the end of the school),
"I'm late for class." → "Tôi về lớp.", "You're late again." → "Bạn đã về muộn.", "Don't be late for school." → "Đừng
muộn gì để học.", "I was ten minutes late for work." → "Tôi mất 10 phút để làm việc.", "Am I late?" → "Tôi late không?".

Taken: who (mt.hobbies.WHO, WHO_EN) asked why they are, were or are always late ("Sao …", "Tại sao …", "Vì sao … vậy?"),
late for work, school, class or the meeting ("đi làm", "đi học", "đến lớp", "đến họp"; "(bị) muộn giờ làm", "muộn làm",
"muộn học"), again ("lại … rồi"), by minutes or hours (mt/spans.py), on a day (mt.free_time.when and "sáng qua", "chiều
qua": past with a day behind or "đã", to come with "sẽ", now with "rồi", "lại", "bị" or "muộn làm"), home late to come
("sẽ về muộn"), because of the traffic or the rain or because they overslept, got up late or missed the bus; "Đừng (đi
làm) muộn (nữa) nhé!" for tomorrow, tonight, this week or next time; not wanting to be late, hating it; asked in English
whether someone is or was late. Left: "Tôi đến muộn.", "đến muộn" and "sẽ muộn" by a span or plain (mt/mishaps.py),
always or never late (mt/arrivals.py), going to be or running late (mt/hurry.py), "Sorry I'm late." and "Muộn rồi." (the
phrasebook's), a bus or flight late (mt/delays.py), "anh", "chị", "em" alone saying it, "đi làm muộn" with nothing that
says when, or only "hôm nay" or a weekday (a habit, or a plan: "Hôm nay tôi đi làm muộn (mười phút)."), "làm muộn"
(working late), asked in Vietnamese ("Bạn có đến muộn không?", "Bạn muộn làm à?": are you, or will you be?), "về muộn"
but to come, "suýt", "không" or "chưa bao giờ" late, "đến muộn làm" ("… làm mọi người phải chờ": making everyone wait),
late by days or weeks (on two days, or two days late?), late now this week or month (has been late) or on a weekday
("She's late for work on Monday.").
mt.phrasebook.translate tries these after mt/busy.py.

    >>> translate("Sao bạn đến muộn vậy?", "vi", "en"), translate("Why are you late?", "en", "vi")
    ('Why are you late?', 'Sao bạn đến muộn vậy?')
"""
from __future__ import annotations

import re

from . import spans
from .dates import AHEAD, LAST, near_days
from .free_time import OPENS, placed, when
from .hobbies import WHO, WHO_EN, be_of, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import his_her
from .text import (
    PAST_BE,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:muộn|trễ)"), "en": lazy(r"(?i:\blate\b)")}
# where someone is late for, said before "muộn" ("đi làm muộn"), after it ("muộn giờ làm"), and back
_TO = {"đến": "", "tới": "", "đi làm": " for work", "đi học": " for school", "đến lớp": " for class",
       "tới lớp": " for class", "vào lớp": " for class", "đến họp": " for the meeting", "đi họp": " for the meeting",
       "về": " home", "về nhà": " home"}
_TO_AFTER = {"giờ làm": " for work", "làm": " for work", "học": " for school", "giờ học": " for class",
             "họp": " for the meeting"}  # ("muộn làm", "muộn học": late for work, for school; not "làm muộn")
_TO_VI = {"": "đến", " for work": "đi làm", " for school": "đi học", " for class": "đến lớp",
          " for the meeting": "đến họp", " home": "về"}
_TO_AFTER_VI = {en: vi for vi, en in reversed(_TO_AFTER.items())}  # (the first written back: "giờ làm")
# why ("{}": who again, as a pronoun: "because she overslept")
_REASONS = {"kẹt xe": "of the traffic", "tắc đường": "of the traffic", "tắc xe": "of the traffic",
            "trời mưa": "of the rain", "mưa": "of the rain", "ngủ quên": "{} overslept", "dậy muộn": "{} got up late",
            "lỡ xe buýt": "{} missed the bus", "bị lỡ xe buýt": "{} missed the bus"}
_REASONS_VI = {en.removeprefix("{} "): vi for vi, en in reversed(_REASONS.items())} | {"of traffic": "kẹt xe"}
_PRONOUNS = {"I", "you", "he", "she", "we", "they"}
# (days mt.free_time.when does not read alone; "sáng hôm qua" before "sáng qua", the one written back)
_MORE_DAYS = LAST | near_days("sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua") | {"lần sau": "next time"}
# spans too long to be late by at once (spans.VI and EN read them: "late for work on two days" too)
_DAYS_LONG = {"ngày", "tuần", "day", "week"}
_YOU_ALL = r"(?i:bạn|anh|chị|em|con|cậu|các\s+bạn|các\s+em|các\s+con)"  # bidden: "Con đừng đi học muộn nhé."

_DAY0 = rf"(?:(?P<day0>(?:{OPENS}|[Ll]ần\s+sau)[^,.!?]*?)\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
_LATE_VI = (rf"(?:(?P<to>{alternatives(_TO)})\s+)?(?:bị\s+)?(?:muộn|trễ)"
            rf"(?:\s+(?P<to2>{alternatives(_TO_AFTER)}))?")
# "Hôm qua tôi đi làm muộn mười phút vì kẹt xe.", "Bạn lại đến muộn rồi.", "Tôi bị muộn giờ làm."
_SPAN_VI = rf"(?:\s+(?:(?P<about>khoảng)\s+)?{spans.VI})?"
_BECAUSE = rf"(?:\s+(?:là\s+)?(?:vì|do|tại)\s+(?P<why>{alternatives(_REASONS)}))?"
_LATE = lazy(rf"{_DAY0}{WHO}{_DAY}\s+(?:(?P<tense>đã|sẽ)\s+)?(?:(?P<again>lại)\s+)?(?P<bi>bị\s+)?{_LATE_VI}"
             rf"{_SPAN_VI}{_DAY.replace('day>', 'day3>')}{_BECAUSE}(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?"
             r"(?:\s+(?:đấy|ạ))?\s*(?P<end>[.!]*)")
_WHY = lazy(rf"{_DAY0}(?:[Ss]ao|[Tt]ại\s+sao|[Vv]ì\s+sao)\s+(?:(?P<day>{OPENS}[^,.!?]*?)\s+)?{WHO}\s+"
            rf"(?:lại\s+)?(?:(?P<always>luôn|lúc\s+nào\s+cũng)\s+)?{_LATE_VI}(?:\s+(?P<more>nữa))?"
            rf"{SOFTENER}\s*\?+")
_DONT = lazy(rf"{_DAY0}(?:{_YOU_ALL}\s+)?(?:(?P<please>[Ll]àm\s+ơn|[Xx]in)\s+)?[Đđ]ừng\s+{_LATE_VI}"
             r"(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha|nhá|đấy|đó))?\s*(?P<end>[.!]*)")
_WANT = lazy(rf"{WHO}\s+(?P<v>không\s+muốn|ghét)\s+{_LATE_VI}(?:\s+(?:đâu|lắm))?\s*(?P<end>[.!]*)")

# ... and in English
_DAYS_EN = (r"(?i:today|tonight|tomorrow(?:\s+morning)?|yesterday(?:\s+(?:morning|afternoon|evening))?|next\s+time|"
            r"this\s+(?:morning|afternoon|evening)|last\s+(?:night|week|month)|on\s+(?:mon|tues|wednes|thurs|fri|satur|"
            r"sun)day)")
_SPAN_EN = r"(?:(?:about|around)\s+)?" + re.sub(r"\(\?P<\w+>", "(?:", spans.EN)  # (read again by _span_vi)
_FOR_EN = r"(?P<to>\s+for\s+(?:work|school|class|the\s+meeting))?"
_BECAUSE_EN = (r"(?:\s+because\s+(?:(?P<of>of\s+(?:the\s+traffic|traffic|the\s+rain))|(?P<pron>I|you|he|she|we|they)\s+"
               r"(?P<did>overslept|got\s+up\s+late|missed\s+the\s+bus)))?")
_BE_EN = r"(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is|\s+was|\s+were|(?P<will>['’]ll|\s+will)\s+be)"
_LATE_EN = lazy(rf"(?:(?P<day0>{_DAYS_EN})\s*,?\s+)?{WHO_EN}{_BE_EN}(?:\s+(?P<span>{_SPAN_EN}))?"
                rf"(?P<home>\s+home)?\s+late{_FOR_EN}(?:\s+by\s+(?P<by>{_SPAN_EN}))?(?P<again>\s+again)?"
                rf"(?:\s+(?P<day>{_DAYS_EN}))?{_BECAUSE_EN}(?:\s+(?P<day2>{_DAYS_EN}))?\s*(?P<end>[.!]*)")
_WHY_EN = lazy(rf"Why\s+(?P<be>am|is|are|was|were)\s+{WHO_EN}\s+(?:(?P<always>always)\s+)?late{_FOR_EN}"
               rf"(?P<again>\s+again)?(?:\s+(?P<day>{_DAYS_EN}))?\s*\?+")
_ASKED_EN = lazy(rf"(?P<be>Am|Is|Are|Was|Were)\s+{WHO_EN}\s+late{_FOR_EN}(?:\s+(?P<day>{_DAYS_EN}))?\s*\?+")
_DONT_EN = lazy(rf"(?:(?P<please>[Pp]lease)\s+)?(?:[Dd]on['’]t|[Dd]o\s+not)\s+be\s+late{_FOR_EN}"
                rf"(?P<again>\s+again)?(?:\s+(?P<day>{_DAYS_EN}))?(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_WANT_EN = lazy(rf"{WHO_EN}\s+(?:(?P<dont>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+want\s+to\s+be|"
                rf"(?P<hate>hates?)\s+being)\s+late{_FOR_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks why someone is late, who was, is or will be late for what,
    again, by how long or why, or bids someone not to be late; None for any other."""
    if src == "vi":
        return _why(text) or _late(text) or _dont(text) or _want(text)
    return _why_vi(text) or _asked_vi(text) or _late_vi(text) or _dont_vi(text) or _want_vi(text)


def _day(said: str | None, src: str) -> tuple[str, str] | None:
    """A day in the other language and when it is, "past", "ahead", "now" (today, this afternoon), "this" (this week
    or month) or "" (a weekday): "hôm qua" ("yesterday", "past"), "lần sau" ("next time", "ahead"), "tonight" ("tối
    nay", "ahead"); ("", "") for none said, None for one not read."""
    day = when(said, src, _MORE_DAYS)
    if not said or not day:
        return None if said else ("", "")
    en = keyed(day if src == "vi" else said)
    if BEHIND.match(en) or en == "this morning" and src == "vi":
        return day, "past"
    if en in ("this week", "this month"):  # (late in it is "has been late": "Tuần này tôi lại muộn làm rồi.")
        return day, "this"
    return day, "ahead" if AHEAD.match(en) or en in ("tonight", "next time") else "now" if en.startswith(
        ("today", "this ")) else ""


def _for(m: re.Match) -> str | None:
    """What someone is late for (" for work", " home"), in English, from "đi làm muộn", "muộn giờ làm" or "muộn làm";
    None for both said but "đến muộn giờ làm", and for "đến muộn" before a bare "làm", "học" or "họp" ("Tôi đến muộn
    làm mọi người phải chờ": came late, making everyone wait)."""
    if m["to"] and m["to2"] and (keyed(m["to"]) not in ("đến", "tới") or not keyed(m["to2"]).startswith("giờ ")):
        return None
    return _TO_AFTER[keyed(m["to2"])] if m["to2"] else _TO[keyed(m["to"])] if m["to"] else ""


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO as a pronoun, for what they did ("because she overslept"): "mẹ tôi" as "she"; None for a
    name alone."""
    if who_ in _PRONOUNS:
        return who_
    return {"his": "he", "her": "she"}.get(his_her_of(m) or "")


def _why(text: str) -> str | None:
    """"Sao bạn đến muộn vậy?" as "Why are you late?", "Sao hôm qua anh ấy đi làm muộn?" as "Why was he late for work
    yesterday?", "Sao bạn lúc nào cũng đến muộn thế?" as "Why are you always late?" (_WHY); None for anything else,
    "tôi" (said to oneself), and a day to come."""
    m = _WHY.fullmatch(text)
    said = m and not (m["day0"] and m["day"]) and who(m, True)
    day = said and _day(m["day0"] or m["day"], "vi")
    to = day and _for(m)
    if not day or to in (None, " home") or said[0] == "I" or day[1] in ("ahead", "this") or day[0] and not day[1]:
        return None
    if m["always"] and (day[0] or m["more"]):
        return None
    be_ = PAST_BE[be(said[0])] if day[1] == "past" else be(said[0])
    always = " always" if m["always"] else ""
    return f"Why {be_} {said[0]}{always} late{to}{' again' * bool(m['more'])}{' ' * bool(day[0])}{day[0]}?"


def _tense(m: re.Match, when_: str) -> str | None:
    """"past", "will" or "now" for a match of _LATE said on a day that is `when_` (as _day says): "đã" or a day behind,
    "sẽ", or now with "rồi", "lại", "bị" or a reason; None where these do not agree or nothing says when (this week
    or month: "has been late")."""
    said = keyed(m["tense"] or "")
    if said == "đã":
        return "past" if when_ != "ahead" and not m["done"] else None
    if said == "sẽ":
        return "will" if when_ != "past" and not m["done"] else None
    if when_ == "past":
        return "past"
    return "now" if when_ in ("now", "none") and (m["done"] or m["again"] or m["bi"] or m["why"] or m["to2"]) else None


def _late(text: str) -> str | None:
    """"Hôm qua tôi đi làm muộn." as "I was late for work yesterday.", "Bạn lại đến muộn rồi." as "You're late
    again.", "Tôi bị muộn giờ làm." as "I'm late for work.", "Mẹ tôi sẽ về muộn." as "My mother will be home late.",
    "Tôi đến muộn vì ngủ quên." as "I'm late because I overslept.", "Sáng qua anh ấy bị muộn làm." as "He was late
    for work yesterday morning." (_LATE); None for anything else."""
    m = _LATE.fullmatch(text)
    said = m and sum(bool(m[g]) for g in ("day0", "day", "day3")) < 2 and who(m, False)
    day = said and _day(m["day0"] or m["day"] or m["day3"], "vi")
    to = day and _for(m)
    tense = to is not None and day and _tense(m, day[1] if day[0] else "none")
    if not tense or m["more"] and not m["again"] or to == " home" and (tense != "will" or m["n"] or m["half_hour"]):
        return None
    if m["unit"] and keyed(m["unit"]) in _DAYS_LONG:  # ("đi làm muộn hai ngày": on two days, or two days late?)
        return None
    who_ = said[0]
    why = _REASONS[keyed(m["why"])] if m["why"] else ""
    if "{}" in why:
        if (pronoun := _pronoun(m, who_)) is None:
            return None
        why = why.format(pronoun)
    span = spans.said(m, "en")
    span = f"{'about ' if m['about'] else ''}{span} " if span else ""
    late = "home late" if to == " home" else f"late{to}"
    rest = f"{span}{late}{' again' * bool(m['again'])}{' ' * bool(day[0])}{day[0]}{' because ' * bool(why)}{why}"
    if tense == "will":
        said_ = contracted(who_, f"will be {rest}")
    else:
        said_ = f"{who_} {PAST_BE[be(who_)]} {rest}" if tense == "past" else contracted(who_, f"{be(who_)} {rest}")
    return capitalised(f"{said_}{m['end'] or '.'}")


def _dont(text: str) -> str | None:
    """"Đừng đến muộn nhé." as "Don't be late.", "Lần sau đừng đến muộn nữa." as "Don't be late again next time.",
    "Con đừng đi học muộn nhé!" as "Don't be late for school!" (_DONT); None for anything else, and a day behind."""
    m = _DONT.fullmatch(text)
    day = m and _day(m["day0"], "vi")
    to = day and _for(m)
    if not day or to in (None, " home") or day[0] and day[1] not in ("ahead", "now", "this"):
        return None
    please = "Please don't" if m["please"] else "Don't"
    return f"{please} be late{to}{' again' * bool(m['more'])}{' ' * bool(day[0])}{day[0]}{m['end'] or '.'}"


def _want(text: str) -> str | None:
    """"Tôi không muốn đến muộn." as "I don't want to be late.", "Cô ấy ghét đi làm muộn." as "She hates being late
    for work." (_WANT); None for anything else."""
    m = _WANT.fullmatch(text)
    said = m and who(m, False)
    to = said and _for(m)
    if not said or to is None or to == " home":
        return None
    who_, one = said
    if keyed(m["v"]) == "ghét":
        return capitalised(f"{who_} {'hates' if one else 'hate'} being late{to}{m['end'] or '.'}")
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t want to be late{to}{m['end'] or '.'}")


def _to_vi(m: re.Match) -> str:
    """What someone is late for, as Vietnamese says it before "muộn": "đến", "đi làm", "đến lớp"."""
    return _TO_VI[" " + " ".join(m["to"].split()) if m["to"] else ""]


def _span_vi(said: str | None) -> str | None:
    """A span of _SPAN_EN in Vietnamese, " " before it ("ten minutes" → " mười phút"); "" for none, None for days or
    weeks ("đi làm muộn hai ngày" is late on two days too)."""
    if not said:
        return ""
    m = re.fullmatch(rf"(?:(?P<about>about|around)\s+)?{spans.EN}", " ".join(said.split()), re.IGNORECASE)
    if m["unit"] and m["unit"].lower() in _DAYS_LONG:
        return None
    return f" {'khoảng ' if m['about'] else ''}{spans.said(m, 'vi')}"


def _why_vi(text: str) -> str | None:
    """"Why are you late?" as "Sao bạn đến muộn vậy?", "Why were you late for work yesterday?" as "Sao hôm qua bạn đi
    làm muộn vậy?", "Why is he always late?" as "Sao anh ấy lúc nào cũng đến muộn vậy?" (_WHY_EN); None for anything
    else, and where "is", "are" … does not agree with who or the day."""
    m = _WHY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    past = m["be"] in ("was", "were")
    day = _day(m["day"], "en")
    if m["be"] != be_of(who_, one, past) or who_ == "tôi" or not day or day[1] in ("ahead", "") and day[0]:
        return None
    if day[1] == "past" and not past or m["always"] and (m["again"] or day[0]):
        return None
    how = "lúc nào cũng " if m["always"] else "lại " if m["again"] else ""
    return f"Sao {day[0]}{' ' * bool(day[0])}{who_} {how}{_to_vi(m)} muộn{' nữa' * bool(m['again'])} vậy?"


def _asked_vi(text: str) -> str | None:
    """"Am I late?" as "Tôi có đến muộn không?", "Were you late for work yesterday?" as "Hôm qua bạn có đi làm muộn
    không?", "Are you late for class?" as "Bạn có bị muộn giờ học không?" (_ASKED_EN); None for anything else."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    past = m["be"] in ("Was", "Were")
    day = _day(m["day"], "en")
    if m["be"].lower() != be_of(who_, one, past) or not day or day[1] == "ahead" or day[1] == "past" and not past:
        return None
    to = " " + " ".join(m["to"].split()) if m["to"] else ""
    late = f"bị muộn {_TO_AFTER_VI[to]}" if to and not past else f"{_to_vi(m)} muộn"
    return placed(f"{who_} có {late}", day[0], " không?")


def _because_vi(m: re.Match, who_: str) -> str | None:
    """Why someone was late, in Vietnamese after "muộn" (" vì kẹt xe", " vì ngủ quên"); "" for nothing said, None
    where the pronoun is not who ("I was late because she overslept")."""
    if m["of"]:
        return f" vì {_REASONS_VI[' '.join(m['of'].split())]}"
    if not m["pron"]:
        return ""
    pron = m["pron"]
    if m["who"]:
        own = pron.lower() == m["who"].lower()
    else:
        own = pron in ("he", "she") if m["given"] else {"his": "he", "her": "she"}.get(his_her(who_) or "") == pron
    return f" vì {_REASONS_VI[' '.join(m['did'].split())]}" if own else None


def _late_vi(text: str) -> str | None:
    """"I was late for school yesterday." as "Hôm qua tôi đi học muộn.", "You're late again." as "Bạn lại đến muộn
    rồi.", "I'm late for work." as "Tôi bị muộn giờ làm rồi.", "He's late by twenty minutes." as "Anh ấy đến muộn hai
    mươi phút." (_LATE_EN); None for anything else, for what mt/mishaps.py takes ("I'm late.", "She'll be ten minutes
    late."), and where "is", "are" … does not agree with who or the day."""
    m = _LATE_EN.fullmatch(text)
    if not m or sum(bool(m[g]) for g in ("day0", "day", "day2")) > 1 or m["span"] and m["by"]:
        return None
    who_, one = who_vi(m)
    be_ = "will" if m["will"] else be_said(m["be"])
    tense = "will" if m["will"] else "past" if be_ in ("was", "were") else "now"
    day = _day(m["day0"] or m["day"] or m["day2"], "en")
    why = _because_vi(m, who_)
    if tense != "will" and be_ != be_of(who_, one, tense == "past") or not day or why is None or m["home"] and (
            tense != "will") or not (m["to"] or m["again"] or why or day[0] or m["by"] or m["home"]):
        return None
    # ("I'll be late tonight": home late, or there?; "She's late for work on Monday.": not now)
    if day[1] == "past" and tense != "past" or day[1] == "ahead" and tense != "will" or day[0] == "tối nay" and not (
            m["to"] or m["home"]) or day[0] and not day[1] and tense == "now":
        return None
    span, again = _span_vi(m["span"] or m["by"]), "lại " if m["again"] else ""
    if span is None:
        return None
    to = " " + " ".join(m["to"].split()) if m["to"] else ""
    verb = "về" if m["home"] else _to_vi(m)
    if tense == "will":
        said = f"{who_} sẽ {again}{verb} muộn{span}{why}"
    elif tense == "past":
        said = f"{who_} {'' if day[1] == 'past' or again else 'đã '}{again}{verb} muộn{span}{why}"
    elif span or why:
        said = f"{who_} {again}{verb} muộn{span}{why}"
    else:
        said = f"{who_} lại {verb} muộn rồi" if again else f"{who_} bị muộn {_TO_AFTER_VI[to]} rồi" if to else \
            f"{who_} đến muộn rồi"
    return placed(said, day[0], m["end"] or ".")


def _dont_vi(text: str) -> str | None:
    """"Don't be late." as "Đừng đến muộn nhé.", "Don't be late again next time." as "Lần sau đừng đến muộn nữa
    nhé.", "Please don't be late for class." as "Làm ơn đừng đến lớp muộn." (_DONT_EN); None for anything else, and a
    day behind."""
    m = _DONT_EN.fullmatch(text)
    day = m and _day(m["day"], "en")
    if not day or day[0] and day[1] not in ("ahead", "now") or m["please"] and m["please2"]:
        return None
    please = m["please"] or m["please2"]
    said = f"{'làm ơn ' if please else ''}đừng {_to_vi(m)} muộn{' nữa' * bool(m['again'])}{'' if please else ' nhé'}"
    return capitalised(f"{day[0]} {said}{m['end'] or '.'}".strip())


def _want_vi(text: str) -> str | None:
    """"I don't want to be late." as "Tôi không muốn đến muộn.", "She hates being late for work." as "Cô ấy ghét đi
    làm muộn." (_WANT_EN); None for anything else, and where "doesn't", "hates" … does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said = keyed((m["dont"] or m["hate"]).replace("’", "'"))
    if (said in ("doesn't", "does not", "hates")) != one:
        return None
    return capitalised(f"{who_} {'ghét' if m['hate'] else 'không muốn'} {_to_vi(m)} muộn{m['end'] or '.'}")
