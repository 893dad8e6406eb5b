"""Alarms and oversleeping, both ways, written whole by rule. v8 reads "ngủ quên" (overslept) as forgot to sleep, "kêu"
(ring) as appealing, "đặt báo thức lúc" as alarms at: "Sáng nay tôi ngủ quên." → "This morning, I forgot to sleep.",
"Tôi lại ngủ quên rồi." → "I'm left to bed.", "Báo thức không kêu." → "The alarm is not appealing.", "Báo thức của
tôi không kêu." → "My knowledge doesn't appeal.", "Tôi đặt báo thức lúc sáu giờ." → "I set alarms at 6:00.", "Bạn đã
đặt báo thức chưa?" → "Are you set alarms?", "Gọi tôi dậy lúc bảy giờ nhé." → "I got up at 7:00.", "Bạn tắt báo thức
giúp tôi được không?" → "Did you turn off the alarm for me?"; and back, "I overslept this morning." → "Tôi vượt quá
sáng nay.", "She overslept." → "Cô ấy khóc." (cried), "My alarm didn't go off." → "B alarm của tôi không tắt.", "I set
my alarm for six." → "Tôi đặt báo thức của tôi cho sáu.", "I slept through my alarm." → "Tôi ngủ qua báo động của
tôi.", "Wake me up at seven." → "Đưa tôi lên lúc bảy.", "Can you wake me up at 6?" → "Bạn có thể thức dậy lúc 6 giờ
không?" (get up yourself).

Taken: who (mt.hobbies.WHO, WHO_EN) overslept, almost, not, again, asked, on a day behind (_PAST_DAYS, read by
mt.free_time.when); an alarm (clock), whose by a pronoun or someone (mt.hobbies.OWNER: "báo thức của mẹ tôi"), that did
not go off, went off, is going off, has gone off, asked; who set, sets, will set, has (just) set or forgot to set their
alarm, for a time (mt.dates.clock), or has set it, asked, and at what time; turn off (someone's) alarm, bidden or asked;
who did not hear or slept through their alarm ("báo thức của mình" who's own; the speaker's after "tôi", "bạn"); wake me
(anyone of mt.hobbies.WHOM) up at a time, bidden or asked. Left: English "the alarm" alone, which may be a fire or
burglar alarm ("Turn off the alarm.", "Did you set the alarm?"; "the alarm clock" and "set the alarm for six" are
taken), "ngủ quên" last night (fell asleep), the alarm's time asked without "đã", setting said of he or she without a
tense in Vietnamese (sets or set), snooze, and sleep, bed and wake-up times (mt/sleep.py, mt/routines.py), being late
(mt/hurry.py), "báo thức của mình" not heard by a name alone (his or hers?).
mt.phrasebook.translate tries these after mt/compliments.py.

    >>> translate("Sáng nay tôi ngủ quên.", "vi", "en"), translate("I set my alarm for six.", "en", "vi")
    ('I overslept this morning.', 'Tôi đặt báo thức lúc 6 giờ.')
"""
from __future__ import annotations

import re

from . import dates
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngủ\s+quên|báo\s+thức|đánh\s+thức|dậy)"), "en": lazy(r"(?i:oversle|alarm|wake)")}
# the days one oversleeps, or an alarm does not go off, in English ("ngủ quên" last night is falling asleep)
# (and a day of the week, "on Monday")
_PAST_DAYS = {"this morning", "today", "yesterday", "yesterday morning"}
_CLOCKS = {"báo thức": "alarm", "chuông báo thức": "alarm", "đồng hồ báo thức": "alarm clock"}
_OWNER = rf"(?P<owner>(?i:{alternatives(OWNERS)}))"
_END = r"(?:\s+(?P<sft>nhé|nha|đi|với))?"
# a time after "lúc" or "for", not the word ending the sentence ("Bạn đã đặt báo thức chưa?")
_TIME = r"(?P<time>(?!(?:rồi|chưa|nhé|nha)(?!\w))[^,!?]+?)"

_OVERSLEPT = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<almost>suýt(?:\s+nữa)?"
                  rf"(?:\s+thì)?)\s+|(?P<again>lại)\s+|đã\s+)?ngủ\s+quên(?:\s+mất)?{DAY_AFTER}"
                  rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
_RANG = lazy(rf"{DAY_OPENING}(?P<clock>(?i:{alternatives(_CLOCKS)}))(?:\s+(?:của\s+)?{OWNER})?\s+"
             r"(?:(?P<not>(?:đã\s+)?không|chẳng)\s+|(?P<ask>có)\s+|(?P<now>đang)\s+|(?P<did>đã)\s+)?"
             rf"(?:kêu|reo|đổ\s+chuông)(?:\s+(?P<there>kìa))?{DAY_AFTER}(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_SET = lazy(rf"{WHO}\s+(?:(?P<tense>đã|sẽ|vừa|mới|thường)\s+)?(?P<forgot>quên\s+(?:không\s+)?)?đặt\s+"
            rf"(?P<clock>(?:đồng\s+hồ\s+)?báo\s+thức)(?:\s+(?:vào\s+)?(?:lúc\s+)?{_TIME})?(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_OFF = lazy(rf"(?:(?P<you>(?i:bạn))\s+(?:(?P<can>có\s+thể)\s+)?)?(?i:tắt)\s+"
            rf"(?P<clock>(?i:{alternatives(_CLOCKS)}))(?:\s+(?:của\s+)?{_OWNER})?"
            rf"(?:\s+(?P<me>giúp\s+tôi|cho\s+tôi|hộ\s+tôi))?(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không))?"
            rf"{_END}{SOFTENED_END}")
_HEARD = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<slept>ngủ\s+say(?:\s+quá)?)\s+(?:nên\s+)?|đã\s+)?không\s+nghe\s+"
              rf"thấy\s+(?:tiếng\s+)?(?:chuông\s+)?báo\s+thức(?:\s+(?:của\s+)?{_OWNER})?{DAY_AFTER}"
              rf"{SOFTENED_END}")
_WAKE = lazy(rf"(?:(?P<please>(?i:hãy|nhớ|làm\s+ơn))\s+)?(?:(?P<you>(?i:bạn))\s+(?:(?P<can>có\s+thể)\s+)?)?"
             rf"(?i:(?P<call>gọi)|đánh\s+thức)\s+{WHOM}(?(call)\s+dậy|(?:\s+dậy)?)\s+(?:vào\s+)?lúc\s+{_TIME}"
             rf"(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không))?{_END}{SOFTENED_END}")

# ... and in English ("my alarm", "the alarm clock"; "the alarm" alone may be a fire alarm: _owned)
_ALARM_EN = rf"(?P<own>(?i:an|the|{WHOSE_WORDS}))\s+alarm(?P<clock>\s+clock)?"
_OVERSLEPT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?:(?P<not>didn['’]t|did\s+not)\s+|(?P<almost>almost|"
                     r"nearly)\s+)?(?P<verb>overslept|oversleep)(?:\s+(?P<again>again))?"
                     rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# ... someone's too ("My mother's alarm didn't go off.")
_SOMEONES_EN = rf"(?P<someone>{SOMEONE_EN})['’]s\s+alarm(?P<clock2>\s+clock)?"
_RANG_EN = lazy(rf"(?:(?P<did>Did)\s+)?(?:{_SOMEONES_EN}|{_ALARM_EN})(?:\s+|(?=['’]))(?P<verb>didn['’]t\s+go|"
                rf"did\s+not\s+go|go|went|is\s+going|['’]s\s+going|has\s+gone|['’]s\s+gone)\s+off{DAY_AFTER_EN}"
                r"\s*(?P<end>[.!?]*)")
# ... what the words between who and the alarm say: the Vietnamese word of tense, and whether they are said of one
# (he, she: True), of others (False) or of anyone (None)
_SETTING_EN = {"set": ("", None), "sets": ("", True), "usually set": ("thường", False),
               "usually sets": ("thường", True), "have set": ("đã", False), "'ve set": ("đã", False),
               "has set": ("đã", True), "'s set": ("đã", True),
               "have just set": ("vừa", False), "'ve just set": ("vừa", False), "has just set": ("vừa", True),
               "'s just set": ("vừa", True), "will set": ("sẽ", None), "'ll set": ("sẽ", None),
               "forgot to set": ("quên", None)}
_SET_EN = lazy(rf"(?:(?P<aux>Did|Have|Has)\s+)?{WHO_EN}(?P<verb>(?:\s+|(?=['’]))[^\s.!?]+(?:\s+[^\s.!?]+)*?)\s+"
               rf"{_ALARM_EN}(?:\s+for\s+{_TIME})?\s*(?P<end>[.!?]*)")
_WHAT_TIME_EN = lazy(rf"What\s+time\s+did\s+{WHO_EN}\s+set\s+{_ALARM_EN}\s+for\s*\?+")
_OFF_EN = lazy(rf"(?:(?P<can>Can|Could)\s+you\s+)?(?:(?P<please>(?i:please))\s+)?(?i:turn|switch)\s+"
               rf"(?P<off>off\s+)?{_ALARM_EN}(?(off)|\s+off)(?P<me>\s+for\s+me)?(?:,?\s+please)?"
               r"\s*(?P<end>[.!?]*)")
_HEARD_EN = lazy(rf"{WHO_EN}\s+(?:(?P<slept>slept\s+through)|didn['’]t\s+hear|did\s+not\s+hear)\s+{_ALARM_EN}"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_WAKE_EN = lazy(rf"(?:(?P<can>Can|Could)\s+you\s+)?(?:(?P<please>(?i:please|remember\s+to|don['’]t\s+forget\s+"
                rf"to))\s+)?(?i:wake)\s+{WHOM_EN}\s+up\s+at\s+{_TIME}(?:,?\s+please)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about oversleeping, an alarm going off, set, turned off or not heard, or being
    woken at a time; None for any other."""
    rules = (_overslept, _rang, _set, _off, _heard, _wake) if src == "vi" else (
        _overslept_vi, _rang_vi, _set_vi, _off_vi, _heard_vi, _wake_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _ended(said: str, end: str) -> str:
    """`said` and "!" or ".", one dot after "a.m." ("for 6 a.m.")."""
    return f"{said}!" if "!" in end else said if said.endswith(".") else f"{said}."


def _day(said: str | None, src: str) -> str | None:
    """A day behind (_PAST_DAYS) in the other language with a space before it ("sáng nay" → " this morning"), ""
    for none; None for any other ("tối qua", "tomorrow")."""
    day = when(said, src)
    key = keyed((day if src == "vi" else said) or "")  # (a day `when` cannot read: None)
    if day is None or said and key not in _PAST_DAYS and not key.startswith("on "):
        return None
    return f" {day}" if day else ""


def _own_en(m: re.Match, said: str) -> str | None:
    """Whose alarm who of a match of WHO sets, in English: "my" for "I", "her" for "mẹ tôi"; None for a name."""
    if m["who"]:
        return WHOSE_OF[said.lower()]
    return his_her_of(m)


def _owned(m: re.Match, who_: str | None = None) -> bool:
    """Whether the alarm of a match of _ALARM_EN is one to take and, where who (Vietnamese, of WHO_EN) is given, is
    theirs: "my" after "I", "her" after "my mother", "an", "the" with "clock" or a time (else a fire alarm)."""
    own = m["own"].lower()
    if own == "the" and not (m["clock"] or m.groupdict().get("time")):
        return False
    if who_ is None or own in ("an", "the"):
        return True
    return own == WHOSE_OF[m["who"].lower()] if m["who"] else own == his_her(who_) if m["kin"] else own in (
        "his", "her")


def _clock(said: str | None, src: str) -> str | None:
    """A time after "lúc" or "for", in the other language ("sáu giờ" → "6:00", "six" → "6 giờ"); "" for none."""
    return dates.clock(said, src, "en" if src == "vi" else "vi") if said else ""


def _overslept(text: str) -> str | None:
    """"Sáng nay tôi ngủ quên." as "I overslept this morning.", "Tôi lại ngủ quên rồi." as "I overslept again.",
    "Bạn có ngủ quên không?" as "Did you oversleep?" (_OVERSLEPT); None for anything else."""
    m = _OVERSLEPT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or m["done"] and (m["not"] or m["almost"]):
        return None
    if (m["asked"] == "không") != bool(m["ask"]) or m["asked"] == "à" and (m["not"] or m["almost"]):
        return None
    day, said = _day(m["day0"] or m["day"], "vi"), who(m, asked)
    if day is None or said is None:
        return None
    again = " again" * bool(m["again"])
    if asked:
        return f"Did {said[0]} oversleep{again}{day}?"
    verb = "didn't oversleep" if m["not"] else "almost overslept" if m["almost"] else "overslept"
    return capitalised(_ended(f"{said[0]} {verb}{again}{day}", m["end"]))


def _rang(text: str) -> str | None:
    """"Báo thức của tôi không kêu." as "My alarm didn't go off.", "Báo thức của bạn đang kêu kìa." as "Your alarm
    is going off.", "Sáng nay báo thức có kêu không?" as "Did the alarm go off this morning?" (_RANG); None for
    anything else, and for "Báo thức kêu." (when not said)."""
    m = _RANG.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["day0"] and m["day"]:
        return None
    day = _day(m["day0"] or m["day"], "vi")
    now = m["now"] or m["there"]
    if day is None or day and (now or m["done"]) or sum(map(bool, (m["not"], m["ask"], now, m["done"], m["did"]))) != 1:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s" if m["someone"] else "the"
    alarm = f"{whose} {_CLOCKS[keyed(m['clock'])]}"
    if asked:
        return f"Did {alarm} go off{day}?"
    verb = "didn't go off" if m["not"] else "is going off" if now else "went off" if m["did"] else "has gone off"
    return capitalised(_ended(f"{alarm} {verb}{day}", m["end"]))


def _set(text: str) -> str | None:
    """"Tôi đặt báo thức lúc sáu giờ." as "I set my alarm for 6:00.", "Tôi quên đặt báo thức." as "I forgot to set my
    alarm.", "Bạn đã đặt báo thức chưa?" as "Have you set your alarm?", "Bạn đã đặt báo thức lúc mấy giờ?" as "What
    time did you set your alarm for?" (_SET); None for anything else, and for he or she without a tense."""
    m = _SET.fullmatch(text)
    asked, tense = "?" in (m["end"] if m else ""), m and m["tense"]
    if not m or (said := who(m, asked)) is None or (own := _own_en(m, said[0])) is None:
        return None
    who_, one = said
    alarm = f"{own} alarm{' clock' * ('đồng' in m['clock'])}"
    if asked and m["time"] and keyed(m["time"]) == "mấy giờ" and not (m["asked"] or m["done"] or m["forgot"]):
        return f"What time did {who_} set {alarm} for?" if tense == "đã" else None
    time = _clock(m["time"], "vi")
    if time is None or asked != bool(m["asked"]) or (m["done"] or asked or m["forgot"]) and tense not in (None, "đã"):
        return None
    time = f" for {time}" if time else ""
    if asked:
        return None if m["forgot"] else f"{'Has' if one else 'Have'} {who_} set {alarm}{time}?"
    if m["forgot"]:
        return capitalised(_ended(f"{who_} forgot to set {alarm}{time}", m["end"]))
    have = "has" if one else "have"
    verb = {"sẽ": "will set", "vừa": f"{have} just set", "mới": f"{have} just set", "thường":
            f"usually set{'s' * one}"}.get(tense) or (f"{have} set" if m["done"] or tense and not time else "set")
    if verb in ("set", "usually set", "usually sets") and (not time or verb == "set" and one and not tense):
        return None  # ("Mẹ tôi đặt báo thức lúc 6 giờ.": sets, as a habit, or set)
    return capitalised(_ended(contracted(who_, f"{verb} {alarm}{time}"), m["end"]))


def _off(text: str) -> str | None:
    """"Tắt báo thức đi." as "Turn off the alarm.", "Bạn tắt báo thức giúp tôi được không?" as "Can you turn off the
    alarm for me?" (_OFF); None for anything else, and for "Bạn tắt báo thức." (a statement)."""
    m = _OFF.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["you"]) or asked and not (m["can"] or m["can2"]):
        return None
    if m["sft"] and (asked or m["sft"] == "với" and not m["me"]) or not asked and (m["can"] or m["can2"]):
        return None
    alarm = f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {_CLOCKS[keyed(m['clock'])]}"
    me = " for me" * bool(m["me"])
    return f"Can you turn off {alarm}{me}?" if asked else _ended(f"Turn off {alarm}{me}", m["end"])


def _heard(text: str) -> str | None:
    """"Tôi không nghe thấy báo thức." as "I didn't hear my alarm.", "Sáng nay tôi ngủ say quá nên không nghe thấy
    báo thức." as "I slept through my alarm this morning." (_HEARD); None for anything else."""
    m = _HEARD.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (said := who(m, False)) is None:
        return None
    if (day := _day(m["day0"] or m["day"], "vi")) is None:
        return None
    own = OWNERS[keyed(m["owner"])] if m["owner"] else _own_en(m, said[0]) or "the"
    if keyed(m["owner"] or "") == "mình" and said[0] not in ("I", "you"):
        own = _own_en(m, said[0])  # (who's own, as mt.terms' _whose reads it: "Cô ấy … báo thức của mình.": hers)
    if own is None:
        return None
    verb = "slept through" if m["slept"] else "didn't hear"
    return capitalised(_ended(f"{said[0]} {verb} {own} alarm{day}", m["end"]))


def _wake(text: str) -> str | None:
    """"Gọi tôi dậy lúc bảy giờ nhé." as "Wake me up at 7:00.", "Bạn có thể đánh thức tôi lúc 6 giờ không?" as "Can
    you wake me up at 6:00?", "Nhớ gọi tôi dậy lúc 6 giờ nhé." as "Remember to wake me up at 6:00." (_WAKE); None for
    anything else."""
    m = _WAKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["you"]) or asked and not (m["can"] or m["can2"]) or \
            asked and (m["please"] or m["sft"]) or not asked and (m["can"] or m["can2"]):
        return None
    whom, time = as_whom(m["whom"], "vi"), _clock(m["time"], "vi")
    if not whom or not time:
        return None
    said = f"wake {whom} up at {time}"
    if asked:
        return f"Can you {said}?"
    please = keyed(m["please"] or "")
    return _ended(f"Remember to {said}" if please == "nhớ" else f"Please {said}" if please else capitalised(said),
                  m["end"])


def _overslept_vi(text: str) -> str | None:
    """"I overslept this morning." as "Sáng nay tôi ngủ quên.", "Did you oversleep again?" as "Bạn lại ngủ quên à?"
    (_OVERSLEPT_EN); None for anything else."""
    m = _OVERSLEPT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or bool(m["did"] or m["not"]) != (m["verb"] == "oversleep"):
        return None
    if m["again"] and (m["not"] or m["almost"]) or (day := _day(m["day"], "en")) is None:
        return None
    who_ = who_vi(m)[0]
    if m["did"]:
        return placed(f"{who_} {'lại' if m['again'] else 'có'} ngủ quên", day.strip(),
                      " à?" if m["again"] else " không?")
    said = f"{who_} {'không ' * bool(m['not'])}{'suýt ' * bool(m['almost'])}{'lại ' * bool(m['again'])}ngủ quên"
    return placed(said, day.strip(), "!" if "!" in m["end"] else ".")


def _alarm_vi(m: re.Match) -> str:
    """The alarm of a match of _ALARM_EN in Vietnamese: "báo thức của tôi", "đồng hồ báo thức" (or of
    _SOMEONES_EN: "báo thức của mẹ tôi")."""
    if m.groupdict().get("someone"):
        return f"{'đồng hồ ' * bool(m['clock2'])}báo thức của {someone(m['someone'], 'en')}"
    own = m["own"].lower()
    return f"{'đồng hồ ' * bool(m['clock'])}báo thức{f' của {WHOSE_VI[own]}' if own in WHOSE_VI else ''}"


def _rang_vi(text: str) -> str | None:
    """"My alarm didn't go off." as "Báo thức của tôi không kêu.", "Your alarm is going off." as "Báo thức của bạn
    đang kêu.", "Did your alarm go off this morning?" as "Sáng nay báo thức của bạn có kêu không?" (_RANG_EN); None
    for anything else."""
    m = _RANG_EN.fullmatch(text)
    if not m or not m["someone"] and (not _owned(m) or m["own"].lower() == "an") or bool(m["did"]) != ("?" in m["end"]):
        return None
    verb = keyed(m["verb"].replace("’", "'")).replace("'s going", "is going").replace("'s gone", "has gone")
    said = {"didn't go": "không kêu", "did not go": "không kêu", "went": "đã kêu", "is going": "đang kêu",
            "has gone": "kêu rồi"}.get(verb)
    day = _day(m["day"], "en")
    if bool(m["did"]) != (verb == "go") or day is None or day and verb in ("is going", "has gone"):
        return None
    if m["did"]:
        return placed(f"{_alarm_vi(m)} có kêu", day.strip(), " không?")
    return placed(f"{_alarm_vi(m)} {said}", day.strip(), "!" if "!" in m["end"] else ".")


def _set_vi(text: str) -> str | None:
    """"I set my alarm for six." as "Tôi đặt báo thức lúc 6 giờ.", "Have you set your alarm?" as "Bạn đã đặt báo thức
    chưa?", "What time did you set your alarm for?" as "Bạn đã đặt báo thức lúc mấy giờ?" (_SET_EN, _WHAT_TIME_EN);
    None for anything else, and where the verb or whose does not agree with who."""
    if m := _WHAT_TIME_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} đã đặt báo thức lúc mấy giờ?") if _owned(m, who_vi(m)[0]) else None
    m = _SET_EN.fullmatch(text)
    if not m or not _owned(m, (said := who_vi(m))[0]) or bool(m["aux"]) != ("?" in m["end"]):
        return None
    who_, one = said
    verb = keyed(m["verb"].replace("’", "'"))
    aux = (m["aux"] or "").lower()
    if aux:
        tense, of_one = ("đã", {"has": True, "have": False}.get(aux)) if verb == "set" else (None, None)
    else:
        tense, of_one = _SETTING_EN.get(verb, (None, None))
    time = _clock(m["time"], "en")
    if tense is None or of_one is not None and of_one != one or time is None or tense in ("", "thường") and not time:
        return None  # ("I set my alarm.": set when?)
    clock, time = "đồng hồ " * bool(m["clock"]), f" lúc {time}" if time else ""
    if aux:
        return capitalised(f"{who_} đã đặt {clock}báo thức{time} chưa?")
    return capitalised(_ended(f"{who_} {f'{tense} ' if tense else ''}đặt {clock}báo thức{time}", m["end"]))


def _off_vi(text: str) -> str | None:
    """"Turn off my alarm." as "Tắt báo thức của tôi đi.", "Can you turn off your alarm?" as "Bạn có thể tắt báo
    thức của bạn không?", "Turn off the alarm clock for me." as "Tắt đồng hồ báo thức giúp tôi đi." (_OFF_EN); None
    for anything else, and for "the alarm" alone (a fire alarm too)."""
    m = _OFF_EN.fullmatch(text)
    if not m or not _owned(m) or m["own"].lower() == "an" or bool(m["can"]) != ("?" in m["end"]):
        return None
    mine = m["me"] and m["own"].lower() == "my"  # ("turn off my alarm for me": "tắt báo thức giúp tôi")
    said = f"tắt {'báo thức' if mine else _alarm_vi(m)}{' giúp tôi' * bool(m['me'])}"
    return f"Bạn có thể {said} không?" if m["can"] else capitalised(f"{said} đi{'!' if '!' in m['end'] else '.'}")


def _heard_vi(text: str) -> str | None:
    """"I didn't hear my alarm." as "Tôi không nghe thấy báo thức.", "I slept through my alarm this morning." as "Sáng
    nay tôi ngủ say quá nên không nghe thấy báo thức." (_HEARD_EN); None for anything else, and for "the alarm" alone
    (a fire alarm too)."""
    m = _HEARD_EN.fullmatch(text)
    if not m or not _owned(m) or m["own"].lower() == "an" or (day := _day(m["day"], "en")) is None:
        return None
    own, who_ = m["own"].lower(), who_vi(m)[0]
    whose = f" của {WHOSE_VI[own]}" if own in WHOSE_VI and not _owned(m, who_) else ""
    said = f"{who_} {'ngủ say quá nên ' * bool(m['slept'])}không nghe thấy {'đồng hồ ' * bool(m['clock'])}báo thức"
    return placed(f"{said}{whose}", day.strip(), "!" if "!" in m["end"] else ".")


def _wake_vi(text: str) -> str | None:
    """"Wake me up at seven." as "Gọi tôi dậy lúc 7 giờ nhé.", "Can you wake me up at 6?" as "Bạn có thể gọi tôi dậy
    lúc 6 giờ không?", "Remember to wake me up at six." as "Nhớ gọi tôi dậy lúc 6 giờ nhé." (_WAKE_EN); None for
    anything else."""
    m = _WAKE_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["can"] and m["please"] and keyed(m["please"]) != "please":
        return None
    whom, time = as_whom(m["whom"], "en"), _clock(m["time"], "en")
    if not whom or not time:
        return None
    said = f"gọi {whom} dậy lúc {time}"
    if m["can"]:
        return f"Bạn có thể {said} không?"
    please = keyed((m["please"] or "").replace("’", "'"))
    if please == "please":
        return f"Làm ơn {said}{'!' if '!' in m['end'] else '.'}"
    opening = {"remember to": "Nhớ ", "don't forget to": "Đừng quên "}.get(please, "")
    return capitalised(f"{opening}{said} nhé{'!' if '!' in m['end'] else '.'}")
