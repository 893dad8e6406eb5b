"""Waking up, said, asked or told, both ways, written whole by rule. v8 (rules on) reads "woke up" as dressed and "ngủ
dậy" as falling asleep, loses the baby to "your" and the past to a habit: "I woke up late this morning." → "Tôi mặc
lên cuối sáng nay.", "The baby woke up at 3 a.m." → "Bé mặc lên lúc 3 giờ sáng.", "She hasn't woken up yet." → "Cô ấy
vẫn chưa mặc quần áo.", "Is he up yet?" → "Anh ấy vẫn chưa?", "What time did you get up today?" → "Hôm nay cậu đã làm
được gì?", "The noise woke me up." → "Tiếng ồn mặc tôi lên.", "Please don't wake me up." → "Xin đừng thức dậy.", "Did
I wake you up?" → "Có thức dậy mày không?", "Time to get up!" → "Thời gian để lên!"; and back, "Đêm qua em bé thức dậy
lúc 3 giờ sáng." → "Last night, your baby woke up at 3 a.m.", "Tôi đã thức dậy giữa đêm." → "I got up between
night.", "Em bé dậy chưa?" → "Are you up?", "Anh ấy thức chưa?" → "Is he awakened?", "Tôi vừa ngủ dậy." → "I just fell
asleep.", "Sáng nay bạn dậy lúc mấy giờ?" → "This morning, how many hours are you up?", "Tôi đã dậy từ 5 giờ." → "I
got up from five o'clock.", "Tiếng ồn đã đánh thức tôi." → "The noise was awakened me.", "Dậy đi!" → "Get!".

Taken: who (mt.hobbies.WHO, WHO_EN) or the baby ("em bé", "the baby") woke up, early, late, at a time (mt.dates.clock),
at midnight or in the middle of the night, on a day behind (_DAYS: this morning, yesterday, last night …) or with
"đã"; just woke up, said or asked ("Bạn vừa ngủ dậy à?"); has been up since a time; what time who woke up on a day
behind, asked; couldn't get up on a day behind; is up or awake, still awake, not up yet, said or asked ("Anh ấy dậy
chưa?", "Has he woken up yet?"); someone, the baby or the noise woke someone (mt.hobbies.WHOM) up, and "Did I wake you
up?"; "Don't wake the baby.", "Wake up!", "Time to get up!". Left: a habit with no day and no "đã" ("Tôi dậy muộn.",
"What time do you get up?": mt/routines.py's), "Tôi không dậy nổi." with no day (can't or couldn't), "thức" alone
without "đang", "còn", "vẫn" or "rồi" (awake or stay up), staying up late, oversleeping, alarms and "wake me up at six"
(mt/alarms.py), sleeping (mt/sleep.py), bed and wake-up times (mt/routines.py), "my baby", and anything else.
mt.phrasebook.translate tries these after mt/queues.py.

    >>> translate("Em bé đã thức dậy lúc 3 giờ sáng.", "vi", "en")
    'The baby woke up at 3 a.m.'
    >>> translate("I woke up late this morning.", "en", "vi")
    'Sáng nay tôi dậy muộn.'
"""
from __future__ import annotations

import re

from . import dates
from .free_time import placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import BE_EN, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dậy|thức|tỉnh)"), "en": lazy(r"(?i:wak|woke|\bup\b)")}
# the days behind that make "dậy" a waking, not a habit (as mt.free_time.when reads them; "đêm qua" written back)
_DAYS = ("sáng nay", "hôm nay", "hôm qua", "sáng hôm qua", "đêm qua", "tối qua", "đêm hôm qua", "tối hôm qua",
         "hôm kia")
_DAYS_EN = ("this morning", "today", "yesterday", "yesterday morning", "last night", "the day before yesterday")
_LAST_NIGHT = {"đêm qua": "last night"}  # (when() writes "tối qua", the evening; one wakes in the night)
# waking, and being up or awake: the words of "dậy" say up ("dậy chưa?": up yet?), the others awake
_WOKE = ("dậy", "thức dậy", "ngủ dậy", "tỉnh dậy", "thức giấc", "tỉnh giấc")
_AWAKE = {"thức", "tỉnh", "thức giấc", "tỉnh giấc"}
_EARLY = {"sớm": "early", "muộn": "late", "trễ": "late"}
_EARLY_VI = {"early": "sớm", "late": "muộn"}

_SUBJ = rf"(?:(?P<baby>(?i:em\s+bé))|{WHO})"
_WHOM = rf"(?:(?P<babyw>(?i:em\s+bé))|{WHOM})"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY1 = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
_VERB = rf"(?P<verb>(?i:{alternatives(_WOKE)}))"
_HOW = (rf"(?:\s+(?:(?P<early>{alternatives(_EARLY)})|(?P<mid>giữa\s+đêm)|(?:vào\s+)?lúc\s+(?:(?P<midnight>nửa\s+đêm)|"
        r"(?P<time>[^,.!?]+?))|từ\s+(?P<since>[^,.!?]+?)))?")
# who woke up ("Sáng nay tôi dậy muộn.", "Em bé đã thức dậy lúc 3 giờ sáng.", "Tôi vừa ngủ dậy.", "Bạn vừa ngủ dậy à?")
_WOKE_UP = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?P<tense>đã|vừa|mới)\s+)?{_VERB}{_HOW}{_DAY1}"
                rf"(?:\s+(?P<asked>à|hả))?{SOFTENED_END}")
_WHAT_TIME = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?P<tense>đã)\s+)?{_VERB}\s+(?:vào\s+)?lúc\s+mấy\s+giờ{_DAY1}"
                  rf"{SOFTENER}\s*\?+")
_COULDNT = lazy(rf"{_DAY0}{_SUBJ}\s+(?:(?:đã\s+)?không\s+(?:thể\s+)?{_VERB}\s+(?:nổi|được)|"
                rf"{_VERB.replace('verb', 'v')}\s+không\s+nổi){_DAY1}{SOFTENED_END}")
# up or awake: "Anh ấy dậy chưa?", "Cô ấy vẫn chưa dậy.", "Tôi dậy rồi.", "Bạn vẫn còn thức à?", "Anh ấy có đang thức
# không?"
_YET = lazy(rf"{_SUBJ}\s+(?:(?P<still>vẫn\s+)?(?P<not>chưa)\s+|đã\s+)?(?P<verb>(?i:{alternatives(_WOKE)}|thức|"
            rf"tỉnh))(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")
_STILL = lazy(rf"{_SUBJ}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<ask>có)\s+)?(?P<now>đang\s+)?thức"
              rf"(?:\s+(?P<asked>à|hả|không))?{SOFTENED_END}")
# someone or something woke someone ("Tiếng ồn đã đánh thức tôi.", "Em bé làm tôi thức giấc.") or is not to
_WOKE_WHOM = lazy(rf"{_DAY0}(?:(?P<noise>(?i:tiếng\s+ồn))|{_SUBJ})\s+(?:(?P<tense>đã)\s+)?(?P<verb>đánh\s+thức|"
                  rf"gọi|làm)\s+{_WHOM}(?P<rest>\s+dậy|\s+thức\s+giấc)?(?:\s+(?:vào\s+)?lúc\s+"
                  rf"(?P<time>[^,.!?]+?))?{_DAY1}(?:\s+(?P<asked>à|hả))?{SOFTENED_END}")
_DONT = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+)?(?i:đừng)\s+(?P<verb>đánh\s+thức|gọi|làm)\s+{_WHOM}"
             rf"(?P<rest>\s+dậy|\s+thức\s+giấc)?(?:\s+(?:nhé|nha))?{SOFTENED_END}")
_UP = lazy(r"(?i:(?:thức\s+)?dậy)\s+(?P<word>đi|thôi)(?:\s+nào)?\s*(?P<end>[.!]*)")

# ... and in English
_SUBJ_EN = rf"(?:(?P<baby>(?i:the)\s+baby)|{WHO_EN})"
_WHOM_EN = rf"(?:(?P<babyw>(?i:the\s+baby))|{WHOM_EN})"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_EN)})))?"
_WOKE_UP_EN = lazy(rf"{_SUBJ_EN}\s+(?:(?P<just>just)\s+)?(?:woke|got)\s+up(?:\s+(?:(?P<early>early|late)|"
                   r"(?P<mid>in\s+the\s+middle\s+of\s+the\s+night)|at\s+(?P<time>[^,!?]+?)))?"
                   rf"{_DAY_EN}\s*(?P<end>[.!]*)")
_JUST_EN = lazy(rf"{_SUBJ_EN}(?P<have>\s+have|\s+has|['’]ve|['’]s)\s+just\s+(?:woken|got|gotten)\s+up"
                r"\s*(?P<end>[.!]*)")
_WHAT_TIME_EN = lazy(rf"What\s+time\s+did\s+{_SUBJ_EN}\s+(?:wake|get)\s+up{_DAY_EN}\s*\?+")
_COULDNT_EN = lazy(rf"{_SUBJ_EN}\s+(?:couldn['’]t|could\s+not)\s+(?:get|wake)\s+up{_DAY_EN}\s*(?P<end>[.!]*)")
_AWAKE_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{_SUBJ_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<still>still))?"
                 r"\s+(?P<state>awake|up)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HAS_EN = lazy(rf"(?:(?P<aux0>Has|Have)\s+)?{_SUBJ_EN}(?P<aux>\s+has\s+not|\s+have\s+not|\s+hasn['’]t|"
               r"\s+haven['’]t)?\s+(?:woken|got|gotten)\s+up\s+yet\s*(?P<end>[.!?]*)")
_WOKE_WHOM_EN = lazy(rf"(?:(?P<did>Did)\s+)?(?:(?P<noise>(?i:the\s+noise))|{_SUBJ_EN})\s+(?P<verb>woke|wake)\s+"
                     rf"{_WHOM_EN}(?P<up>\s+up)?(?:\s+at\s+(?P<time>[^,!?]+?))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?P<please>(?i:please))\s+)?(?i:don['’]t|do\s+not)\s+wake\s+(?:(?P<up0>up)\s+)?{_WHOM_EN}"
                r"(?P<up>\s+up)?(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_UP_EN = lazy(r"(?:(?P<go>Wake\s+up|Get\s+up)|(?:It['’]s\s+)?[Tt]ime\s+to\s+(?:get|wake)\s+up)(?:\s+now)?"
              r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who woke up or when, who is up, awake or not yet, who woke
    whom, or tells someone to wake up or not to wake another; None for any other."""
    rules = (_woke_up, _what_time, _couldnt, _yet, _still, _woke_whom, _dont, _up) if src == "vi" else (
        _woke_up_vi, _just_vi, _what_time_vi, _couldnt_vi, _awake_vi, _has_vi, _woke_whom_vi, _dont_vi, _up_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _subj(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of _SUBJ in English and the "be" English says after it: ("the baby", "is"), ("I", "am"), ("my
    parents", "are"); None for a word of kinship alone said (the speaker or "you": mt.hobbies.who)."""
    said = "the baby" if m["baby"] else (who(m, asked) or (None,))[0]
    return None if said is None else (said, be(said))


def _day(m: re.Match, src: str) -> str | None:
    """The day behind of a match (groups day0, day) in the other language ("sáng nay": "this morning", "last night":
    "đêm qua"); "" for none; None for a day said twice."""
    if m.groupdict().get("day0") and m["day"]:
        return None
    return when(m.groupdict().get("day0") or m["day"], src, _LAST_NIGHT)


def _time(said: str | None, src: str) -> str | None:
    """A time after "lúc" or "at" in the other language (mt.dates.clock: "3 giờ sáng" → "3 a.m.", "3 a.m." → "3 giờ
    sáng", its dot not read before a day: "at 3 a.m. last night"); "" for none."""
    return dates.clock(said.rstrip("."), src, "en" if src == "vi" else "vi") if said else ""


def _ended(said: str, end: str) -> str:
    """`said` and its full stop (mt.text.stop), one dot after "a.m." ("at 3 a.m.")."""
    mark = stop(end)
    return said if mark == "." and said.endswith(".") else f"{said}{mark}"


def _woke_up(text: str) -> str | None:
    """"Sáng nay tôi dậy muộn." as "I woke up late this morning.", "Đêm qua em bé thức dậy lúc 3 giờ sáng." as "The baby
    woke up at 3 a.m. last night.", "Tôi vừa ngủ dậy." as "I just woke up.", "Tôi đã dậy từ 5 giờ." as "I've been up
    since 5:00." (_WOKE_UP); None for a habit ("Tôi dậy muộn.": no day, no "đã")."""
    m = _WOKE_UP.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["asked"]) or (said := _subj(m, asked)) is None or (day := _day(m, "vi")) is None:
        return None
    who_, be_ = said
    how = [k for k in ("early", "mid", "midnight", "time", "since") if m[k]]
    if m["tense"] in ("vừa", "mới"):
        if how or day:
            return None
        return f"Did {who_} just wake up?" if asked else capitalised(f"{who_} just woke up{stop(m['end'])}")
    if asked:
        return None
    if m["since"]:
        if day or m["tense"] != "đã" or not (time := _time(m["since"], "vi")):  # ("dậy từ 5 giờ": a habit too)
            return None
        have = "has" if be_ == "is" else "have"
        return capitalised(_ended(contracted(who_, f"{have} been up since {time}"), m["end"]))
    if not (day or m["tense"]):
        return None
    time = _time(m["time"], "vi")
    if time is None:
        return None
    rest = (f" {_EARLY[keyed(m['early'])]}" if m["early"] else " in the middle of the night" if m["mid"] else
            " at midnight" if m["midnight"] else f" at {time}" if time else "")
    return capitalised(_ended(f"{who_} woke up{rest}{f' {day}' if day else ''}", m["end"]))


def _what_time(text: str) -> str | None:
    """"Sáng nay bạn dậy lúc mấy giờ?" as "What time did you wake up this morning?", "Bạn đã dậy lúc mấy giờ?" as
    "What time did you wake up?" (_WHAT_TIME); None without a day or "đã" ("Bạn dậy lúc mấy giờ?": mt/routines.py)."""
    m = _WHAT_TIME.fullmatch(text)
    if not m or (said := _subj(m, True)) is None or (day := _day(m, "vi")) is None or not (day or m["tense"]):
        return None
    return f"What time did {said[0]} wake up{f' {day}' if day else ''}?"


def _couldnt(text: str) -> str | None:
    """"Sáng nay tôi không dậy nổi." as "I couldn't get up this morning." (_COULDNT); None without a day behind
    ("Tôi không dậy nổi.": can't or couldn't)."""
    m = _COULDNT.fullmatch(text)
    if not m or "?" in m["end"] or (said := _subj(m, False)) is None or not (day := _day(m, "vi")):
        return None
    return capitalised(f"{said[0]} couldn't get up {day}{stop(m['end'])}")


def _yet(text: str) -> str | None:
    """"Anh ấy dậy chưa?" as "Is he up yet?", "Em bé thức chưa?" as "Is the baby awake yet?", "Cô ấy vẫn chưa dậy." as
    "She's not up yet.", "Tôi dậy rồi." as "I'm up.", "Em bé thức rồi." as "The baby is awake." (_YET); None for "I"
    asked, and for "chưa" said twice."""
    m = _YET.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    yet = keyed(m["yet"] or "") if m else ""
    if not m or asked != (yet == "chưa") or m["not"] and yet or not (m["not"] or yet) or m["still"] and not m["not"]:
        return None
    if (said := _subj(m, asked)) is None or asked and said[0] == "I" or keyed(m["verb"]) == "tỉnh":
        return None  # ("tỉnh": sober, or come round, too)
    who_, be_ = said
    state = "awake" if keyed(m["verb"]) in _AWAKE else "up"
    if asked:
        return f"{be_.capitalize()} {who_} {state} yet?"
    if m["not"]:
        pronoun = who_ in ("I", "you", "he", "she", "we", "they")
        return capitalised(contracted(who_, f"{be_} not {state} yet.") if pronoun else f"{who_} {be_}n't {state} yet.")
    return capitalised(contracted(who_, f"{be_} {state}{stop(m['end'])}"))


def _still(text: str) -> str | None:
    """"Bạn vẫn còn thức à?" as "Are you still awake?", "Tôi vẫn còn thức." as "I'm still awake.", "Anh ấy có đang thức
    không?" as "Is he awake?" (_STILL); None for "thức" alone (awake, or staying up)."""
    m = _STILL.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["asked"]) or not (m["still"] or m["now"]) or bool(m["ask"]) and m["asked"] != "không":
        return None
    if m["asked"] == "không" and not (m["ask"] or m["still"] and "còn" in m["still"]):
        return None
    if (said := _subj(m, asked)) is None or asked and said[0] == "I":
        return None
    who_, be_ = said
    still = " still" * bool(m["still"])
    return f"{be_.capitalize()} {who_}{still} awake?" if asked else capitalised(
        contracted(who_, f"{be_}{still} awake{stop(m['end'])}"))


def _whom(m: re.Match, lang: str) -> str | None:
    """Whom of a match of _WHOM (`lang` "vi") in English, or of _WHOM_EN in Vietnamese: "em bé" as "the baby", "tôi"
    as "me", "him" as "anh ấy"; None for anything else."""
    if m["babyw"]:
        return "the baby" if lang == "vi" else "em bé"
    return as_whom(m["whom"], lang)


def _woken(m: re.Match) -> bool:
    """Whether the words of waking of a match of _WOKE_WHOM or _DONT go together: "đánh thức X (dậy)", "gọi X dậy",
    "làm X thức giấc" ("gọi X" alone is calling)."""
    rest, verb = keyed(m["rest"] or ""), keyed(m["verb"])
    return {"đánh thức": rest in ("", "dậy"), "gọi": rest == "dậy", "làm": rest == "thức giấc"}[verb]


def _woke_whom(text: str) -> str | None:
    """"Tiếng ồn đã đánh thức tôi." as "The noise woke me up.", "Đêm qua em bé làm tôi thức giấc lúc 3 giờ sáng." as
    "The baby woke me up at 3 a.m. last night.", "Tôi làm bạn thức giấc à?" as "Did I wake you up?" (_WOKE_WHOM);
    None without a day or "đã" (woke or wakes)."""
    m = _WOKE_WHOM.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or asked != bool(m["asked"]) or not _woken(m) or (whom := _whom(m, "vi")) is None:
        return None
    said = ("the noise", "is") if m["noise"] else _subj(m, asked)
    if said is None or (day := _day(m, "vi")) is None or (time := _time(m["time"], "vi")) is None:
        return None
    if asked:
        return "Did I wake you up?" if (said[0], whom) == ("I", "you") and not (time or day or m["tense"]) else None
    if not (day or m["tense"]) or (said[0], whom) in (("I", "me"), ("we", "us")):
        return None
    return capitalised(_ended(f"{said[0]} woke {whom} up{f' at {time}' if time else ''}{f' {day}' if day else ''}",
                              m["end"]))


def _dont(text: str) -> str | None:
    """"Đừng đánh thức em bé." as "Don't wake the baby.", "Làm ơn đừng gọi tôi dậy." as "Please don't wake me up."
    (_DONT); None for "Đừng gọi tôi." (calling)."""
    m = _DONT.fullmatch(text)
    if not m or "?" in m["end"] or not _woken(m) or (whom := _whom(m, "vi")) is None:
        return None
    said = f"don't wake {whom}{' up' * (keyed(m['rest'] or '') == 'dậy')}{stop(m['end'])}"
    return f"Please {said}" if m["please"] else capitalised(said)


def _up(text: str) -> str | None:
    """"Dậy đi!" as "Wake up!", "Dậy thôi!" as "Time to get up!" (_UP); None for anything else."""
    m = _UP.fullmatch(text)
    return None if not m else f"{'Wake up' if m['word'] == 'đi' else 'Time to get up'}{stop(m['end'])}"


def _subj_vi(m: re.Match) -> tuple[str, str]:
    """Who of a match of _SUBJ_EN in Vietnamese, and the "be" English says after them: ("em bé", "is"), ("tôi",
    "am"), ("mẹ tôi", "is")."""
    if m["baby"]:
        return "em bé", "is"
    who_, one = who_vi(m)
    return who_, be_of(who_, one)


def _day_vi(m: re.Match) -> str:
    """The day of a match of _DAY_EN in Vietnamese ("this morning": "sáng nay", "last night": "đêm qua"); "" for
    none."""
    return when(m["day"], "en", _LAST_NIGHT) or ""


def _woke_up_vi(text: str) -> str | None:
    """"I woke up late this morning." as "Sáng nay tôi dậy muộn.", "The baby woke up at 3 a.m." as "Em bé đã thức dậy
    lúc 3 giờ sáng.", "I woke up in the middle of the night." as "Tôi đã thức giấc giữa đêm.", "I just woke up." as
    "Tôi vừa ngủ dậy." (_WOKE_UP_EN); None for anything else."""
    m = _WOKE_UP_EN.fullmatch(text)
    if not m or (time := _time(m["time"], "en")) is None:
        return None
    who_, day, end = _subj_vi(m)[0], _day_vi(m), stop(m["end"])
    if m["just"]:
        return None if m["early"] or m["mid"] or time or day else capitalised(f"{who_} vừa ngủ dậy{end}")
    said = (f"dậy {_EARLY_VI[m['early']]}" if m["early"] else "thức giấc giữa đêm" if m["mid"] else
            f"thức dậy lúc {time}" if time else "thức dậy")
    return placed(f"{who_} {said}", day, end) if day else capitalised(f"{who_} đã {said}{end}")


def _just_vi(text: str) -> str | None:
    """"I've just woken up." as "Tôi vừa ngủ dậy.", "She's just got up." as "Cô ấy vừa ngủ dậy." (_JUST_EN); None
    where "have" does not agree with who."""
    m = _JUST_EN.fullmatch(text)
    if not m:
        return None
    who_, be_ = _subj_vi(m)
    if (be_said(m["have"]).replace("'ve", "have") in ("has", "is")) != (be_ == "is"):
        return None
    return capitalised(f"{who_} vừa ngủ dậy{stop(m['end'])}")


def _what_time_vi(text: str) -> str | None:
    """"What time did you wake up this morning?" as "Sáng nay bạn dậy lúc mấy giờ?", "What time did the baby wake
    up?" as "Em bé đã dậy lúc mấy giờ?" (_WHAT_TIME_EN); None for anything else."""
    m = _WHAT_TIME_EN.fullmatch(text)
    if not m:
        return None
    who_, day = _subj_vi(m)[0], _day_vi(m)
    return placed(f"{who_} dậy lúc mấy giờ", day, "?") if day else capitalised(f"{who_} đã dậy lúc mấy giờ?")


def _couldnt_vi(text: str) -> str | None:
    """"I couldn't get up this morning." as "Sáng nay tôi không dậy nổi." (_COULDNT_EN); None for anything else."""
    m = _COULDNT_EN.fullmatch(text)
    return placed(f"{_subj_vi(m)[0]} không dậy nổi", _day_vi(m), stop(m["end"])) if m else None


def _awake_vi(text: str) -> str | None:
    """"Is he awake?" as "Anh ấy có đang thức không?", "Is he up yet?" as "Anh ấy dậy chưa?", "Are you still awake?"
    as "Bạn vẫn còn thức à?", "She's not awake yet." as "Cô ấy vẫn chưa dậy.", "I'm up." as "Tôi dậy rồi."
    (_AWAKE_EN); None where "is" does not agree with who, and for "not awake" without "yet"."""
    m = _AWAKE_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or m["still"] and (m["not"] or m["yet"]):
        return None
    who_, be_ = _subj_vi(m)
    if be_said(m["be0"] or m["be"]) != be_ or asked and (m["not"] or who_ == "tôi") or bool(m["not"]) and not m["yet"]:
        return None
    end = "?" if asked else stop(m["end"])
    if m["still"]:
        return capitalised(f"{who_} vẫn còn thức{' à' * asked}{end}")
    if asked:
        return capitalised(f"{who_} dậy chưa?" if m["yet"] or m["state"] == "up" else f"{who_} có đang thức không?")
    if m["not"]:
        return capitalised(f"{who_} vẫn chưa dậy{end}")
    return None if m["yet"] else capitalised(f"{who_} {'dậy rồi' if m['state'] == 'up' else 'đang thức'}{end}")


def _has_vi(text: str) -> str | None:
    """"Has he woken up yet?" as "Anh ấy dậy chưa?", "She hasn't woken up yet." as "Cô ấy vẫn chưa dậy." (_HAS_EN);
    None where "has" does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["aux0"]) == bool(m["aux"]) or bool(m["aux0"]) != asked:
        return None
    who_, be_ = _subj_vi(m)
    if (m["aux0"] or m["aux"]).strip().lower().startswith("has") != (be_ == "is"):
        return None
    return capitalised(f"{who_} dậy chưa?" if asked else f"{who_} vẫn chưa dậy{stop(m['end'])}")


def _woke_whom_vi(text: str) -> str | None:
    """"The noise woke me up." as "Tiếng ồn đã làm tôi thức giấc.", "My mother woke me up at six." as "Mẹ tôi đã đánh
    thức tôi lúc 6 giờ.", "Did I wake you up?" as "Tôi làm bạn thức giấc à?" (_WOKE_WHOM_EN); None for anything
    else."""
    m = _WOKE_WHOM_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["did"]) != asked or asked != (m["verb"] == "wake") or (whom := _whom(m, "en")) is None:
        return None
    if asked:
        return "Tôi làm bạn thức giấc à?" if m["who"] == "I" and whom == "bạn" and not (m["time"] or m["day"]) else None
    who_ = "tiếng ồn" if m["noise"] else _subj_vi(m)[0]
    if (time := _time(m["time"], "en")) is None or who_ == whom:
        return None
    woke = f"làm {whom} thức giấc" if m["noise"] or m["baby"] else f"đánh thức {whom}"
    woke += f" lúc {time}" if time else ""
    day = _day_vi(m)
    return placed(f"{who_} {woke}", day, stop(m["end"])) if day else capitalised(f"{who_} đã {woke}{stop(m['end'])}")


def _dont_vi(text: str) -> str | None:
    """"Don't wake the baby." as "Đừng đánh thức em bé.", "Please don't wake me up." as "Làm ơn đừng đánh thức tôi."
    (_DONT_EN); None for "wake up him"."""
    m = _DONT_EN.fullmatch(text)
    if not m or (whom := _whom(m, "en")) is None or m["up0"] and (m["up"] or m["whom"] and m["whom"].lower() in (
            "me", "him", "her", "us", "them", "you")):
        return None
    said = f"đừng đánh thức {whom}{stop(m['end'])}"
    return f"Làm ơn {said}" if m["please"] or m["please2"] else capitalised(said)


def _up_vi(text: str) -> str | None:
    """"Wake up!" as "Dậy đi!", "Time to get up!" as "Dậy thôi!" (_UP_EN); None for anything else."""
    m = _UP_EN.fullmatch(text)
    return None if not m else f"Dậy {'đi' if m['go'] else 'thôi'}{stop(m['end'])}"
