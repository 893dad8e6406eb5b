"""Television, both ways, written whole by rule: what is on TV, a programme's time and channel, who watches TV and how
much, the channel changed, the TV too loud. v8 (rules on) reads "có gì trên ti vi" as what TV is, "xem" as see,
"chuyển" as move, and "match" as a fit: "Tối nay có gì trên ti vi?" → "Tonight, what's TV?", "Trên ti vi có gì hay
không?" → "What's the TV?", "Ti vi đang chiếu gì vậy?" → "What's the Tivising?", "Trận bóng đá chiếu trên ti vi lúc
tám giờ." → "The TV football game 8:00.", "Chương trình đó chiếu trên kênh nào?" → "Which channel showing?", "Anh ấy
xem tivi suốt ngày." → "He watch TV all day.", "Tối qua bạn có xem ti vi không?" → "Last night, do you see TV?", "Tôi
chuyển kênh được không?" → "Can I move Channel?", "Tiếng ti vi to quá." → "TV is too much."; "What's on TV tonight?"
→ "TV tối nay là gì?", "Is there anything good on TV?" → "Có cái gì tốt trên tivi không?", "The match is on TV at 8
o'clock." → "Cuộc khớp này nằm trên TV lúc 8 giờ.", "What channel is it on?" → "Mặt kênh là gì?".

Taken: what is (good) on TV or the other channel, asked, or nothing on, on a day of today or ahead (mt.free_time.when);
a programme of SHOWS on TV at a time (mt.dates.clock) or on a day, said or asked, and what time or channel it ("nó")
is on; who (mt.hobbies.WHO, WHO_EN, mt.noise.GROUPS) watches TV all day, much, a lot or too much, said, denied or
asked, or watched it on a day behind; "Stop watching TV."; the channel changed, asked of "you", leave asked, offered,
told, or who changed it; the TV too loud. "ti vi", "tivi", "ti-vi", "TV" are read, "ti vi" written. Left: the TV
turned on, off or up (mt/switches.py), turned down (mt/neighbours.py), the remote and "What channel is he watching?"
(the phrasebook's), watching TV now, as a hobby or every day (mt/doing_now.py, mt/hobbies.py), a match watched
(mt/matches.py), films seen (mt/books_films.py), a plain "Tôi xem ti vi." (a habit, or done), "Bạn có xem ti vi
không?" (do or did?), "cả buổi tối" with no day, "em" asking (may I, or can you?), "anh", "chị" alone said, a day of
today with watching (planned, or done?), "Turn it over." (flipped?), "Ti vi to quá." (too big, or too loud?), what
was on.
mt.phrasebook.translate tries these after mt/boring.py.

    >>> translate("Tối nay có gì trên ti vi?", "vi", "en"), translate("What's on TV tonight?", "en", "vi")
    ("What's on TV tonight?", 'Tối nay trên ti vi có gì?')
"""
from __future__ import annotations

import re

from . import dates
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import agreement_checked
from .tense import BEHIND
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

_TV = r"(?i:ti[\s-]?vi|TV)"  # ("ti vi", "tivi", "ti-vi", "TV"; "ti vi" is written)
_TV_EN = r"(?:TV|television|telly)"
_THE_TV_EN = r"(?:(?:the\s+)?TV|(?:the\s+)?television|the\s+telly)"
# what is on (the first Vietnamese of each is written back); those counted take "this" or "that"
SHOWS = {"trận đấu": "match", "trận bóng đá": "football match", "trận bóng": "football match", "bóng đá": "football",
         "thời sự": "news", "bản tin thời sự": "news", "tin tức": "news", "bộ phim": "film",
         "chương trình": "programme"}
SHOWS_VI = {en: vi for vi, en in reversed(SHOWS.items())} | {
    "game": "trận đấu", "movie": "bộ phim", "program": "chương trình", "show": "chương trình"}
_COUNTED = {"match", "football match", "film", "programme", "game", "movie", "program", "show"}
_THIS = {"này": "this", "đó": "that", "ấy": "that", "kia": "that"}
_THIS_VI = {"this": "này", "that": "đó"}
# how much or how long TV is watched, and back (the first of each is written back)
_HOW = {"cả ngày": "all day", "suốt ngày": "all day", "cả buổi tối": "all evening", "cả tối": "all evening",
        "cả đêm": "all night", "nhiều quá": "too much", "quá nhiều": "too much", "nhiều": "much", "nhiều lắm": "much"}
_HOW_VI = {en: vi for vi, en in reversed(_HOW.items())} | {"a lot": "nhiều", "a lot of": "nhiều",
                                                          "all day long": "cả ngày"}
_ALL = {"all day", "all evening", "all night", "all day long"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ti[\s-]?vi|\btv\b|kênh|chiếu)"),
         "en": lazy(r"(?i:\btv\b|televis|telly|channel|what\s+time\s+is)")}

# what is on ("Tối nay có gì trên ti vi?", "Trên ti vi có gì hay không?", "Ti vi đang chiếu gì?", "Trên ti vi chẳng
# có gì hay cả.", "Kênh kia có gì?")
_PLACE = rf"(?:(?P<tv>{_TV})|(?P<other>(?i:kênh)\s+(?:khác|kia)))"
_GOOD = r"(?P<good>\s+hay)?(?:\s+(?:để\s+)?xem)?"
_ON = [lazy(rf"{DAY_OPENING}(?:(?i:trên)\s+)?{_PLACE}{DAY_AFTER}\s+(?:(?P<now>đang\s+)?(?:chiếu|có)\s+gì|"
            rf"(?P<none>không|chẳng)\s+có\s+gì){_GOOD}(?:\s+cả)?{ASKED_END}"),
       lazy(rf"{DAY_OPENING}(?:(?P<none>(?i:không|chẳng))\s+)?(?i:có)\s+gì{_GOOD}\s+trên\s+{_PLACE}{DAY_AFTER}"
            rf"(?:\s+cả)?{ASKED_END}")]
_ON_EN = lazy(r"(?:(?P<what>What)(?:['’]s|\s+is)|(?P<any>Is\s+there\s+anything)|(?P<none>There(?:['’]s|\s+is)\s+"
              r"nothing|There\s+isn['’]t\s+anything))(?P<good>\s+good)?\s+on\s+(?:(?P<tv>"
              rf"{_THE_TV_EN})|(?P<other>the\s+other\s+channel)){DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# a programme on TV at a time or on a day, said or asked ("Trận bóng đá chiếu trên ti vi lúc tám giờ.", "Tối nay ti vi
# có chiếu bóng đá không?"), what time ("Trận đấu chiếu lúc mấy giờ?") or what channel ("Nó chiếu trên kênh nào?")
_SHOW = rf"(?P<show>(?i:{alternatives(SHOWS)}))(?:\s+(?P<this>{alternatives(_THIS)}))?"
_SHOW_EN = rf"(?P<det>(?i:the|this|that))\s+(?P<show>{alternatives(SHOWS_VI)})"
_TIME = r"(?:\s+(?P<time>(?!không\b)[^,.!?]+?))?"  # (not "không" asking)
_SHOWN = [lazy(rf"{DAY_OPENING}{_SHOW}(?:\s+sẽ)?(?:\s+(?P<ask>có))?(?:\s+được)?\s+chiếu\s+trên\s+{_TV}"
               rf"{_TIME}{ASKED_END}"),
          lazy(rf"{DAY_OPENING}{_TV}\s+(?P<ask>có)\s+chiếu\s+{_SHOW}{_TIME}{ASKED_END}"),
          lazy(rf"{DAY_OPENING}(?P<ask>(?i:có))\s+{_SHOW}\s+trên\s+{_TV}{_TIME}{ASKED_END}")]
_TIME_ON = lazy(rf"(?:(?P<when0>(?i:mấy\s+giờ))\s+)?{_SHOW}\s+(?:được\s+)?chiếu(?P<tv2>\s+trên\s+{_TV})?"
                rf"(?(when0)|\s+lúc\s+mấy\s+giờ){SOFTENED_END}")
_CHANNEL_ON = lazy(rf"(?:(?:{_SHOW}|(?P<it>(?i:nó)))\s+(?:được\s+)?chiếu\s+(?:trên|ở)\s+kênh\s+(?:nào|mấy|gì)|"
                   rf"(?i:kênh)\s+nào\s+chiếu\s+(?:{_SHOW.replace('?P<', '?P<x')})){SOFTENED_END}")
_SHOWN_EN = lazy(rf"(?:(?P<be0>Is)\s+)?{_SHOW_EN}(?(be0)|\s+is)\s+on\s+{_THE_TV_EN}(?:\s+(?P<time>[^,.!?]+?))?"
                 r"\s*(?P<end>[.!?]*)")
_TIME_ON_EN = lazy(rf"What\s+time\s+is\s+{_SHOW_EN}\s+on(?P<tv>\s+{_THE_TV_EN})?\s*\?+")
_CHANNEL_ON_EN = lazy(rf"(?:What|Which)\s+channel\s+is\s+(?:{_SHOW_EN}|(?P<it>it))\s+on\s*\?+")
# a time ("lúc 8 giờ", "at eight") after a day or before one, or a day alone
_AT = {"vi": lazy(r"(?:(?P<day>.+?)\s+)?(?i:lúc)\s+(?P<rest>.+)"),
       "en": lazy(r"(?:(?P<day>.+?)\s+)?(?i:at)\s+(?P<rest>.+)")}
# who watches TV, how much, or on a day behind ("Anh ấy xem tivi suốt ngày.", "Tối qua bạn có xem ti vi không?")
_WHO_ANY = rf"(?:{WHO}|(?P<group>(?i:{alternatives(GROUPS)})))"
_WATCH = lazy(rf"{DAY_OPENING}{_WHO_ANY}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<did>đã)\s+)?xem\s+{_TV}"
              rf"(?:\s+(?P<how>{alternatives(_HOW)}))?{DAY_AFTER}{ASKED_END}")
_STOP = lazy(rf"(?:(?i:đừng)\s+xem\s+{_TV}\s+nữa|(?i:thôi)\s+xem\s+{_TV}\s+đi){SOFTENED_END}")
_WHO_EN_ANY = rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)})))"
_WATCH_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{_WHO_EN_ANY}(?:\s+(?P<not>(?:do|does|did)\s+not|"
                 r"(?:don|doesn|didn)['’]t))?\s+(?P<verb>watch(?:es|ed)?)\s+(?:(?P<much>much|a\s+lot\s+of|too\s+"
                 rf"much)\s+{_TV_EN}|{_TV_EN}(?:\s+(?P<how>much|a\s+lot|{alternatives(_ALL)}))?)"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(rf"Stop\s+watching\s+{_TV_EN}\s*(?P<end>[.!]*)")
# the channel changed, asked ("Tôi đổi kênh được không?"), offered ("Tôi đổi kênh nhé?"), told ("Đổi kênh đi."), who
# did it ("Ai đổi kênh vậy?")
_CHANGE = r"(?i:đổi|chuyển)(?P<to>\s+sang)?\s+kênh(?P<other>\s+khác)?"
_CHANNEL_ASK = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?{_CHANGE}(?:\s+(?P<can2>được))?\s+(?P<q>không|nhé|nha)"
                    rf"{SOFTENED_END}")
_CHANNEL_TOLD = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+|(?i:hãy)\s+|(?P<dont>(?i:đừng))\s+)?{_CHANGE}"
                     rf"(?:\s+(?P<go>đi|nhé|nha))?{SOFTENED_END}")
_CHANGED = lazy(rf"(?i:ai)\s+(?:(?:đã|vừa)\s+)?{_CHANGE}(?:\s+(?:rồi|thế|vậy))?\s*\?+")
_CHANGE_EN = (r"(?:(?P<change>change\s+the\s+channel|switch\s+channels)|(?P<other>(?:switch|change|turn(?:\s+it)?\s+"
              r"over)\s+to\s+(?:another|the\s+other)\s+channel))")
_CHANNEL_ASK_EN = lazy(rf"(?P<can>Can|Could|May|Shall)\s+{WHO_EN}\s+(?:please\s+)?{_CHANGE_EN}(?:,?\s+please)?"
                       r"\s*\?+")
_CHANNEL_TOLD_EN = lazy(rf"(?:(?P<please>Please)\s+|(?P<dont>Don['’]t)\s+)?(?i:{_CHANGE_EN})(?:,?\s+please)?"
                        r"\s*(?P<end>[.!]*)")
# the TV too loud ("to" alone may be big)
_LOUD = lazy(rf"(?i:tiếng)\s+{_TV}\s+(?:to|lớn)\s+(?:quá|lắm)\s*(?P<end>[.!]*)")
_LOUD_EN = lazy(r"The\s+TV(?:['’]s|\s+is)\s+too\s+loud\s*(?P<end>[.!]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of what is on TV, a programme's time or channel, who watches TV, the channel
    changed, or the TV too loud; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _on(text) or _shown(text) or _time_on(text) or _watch(text) or _channel(text) or _loud(text)
    return _on_vi(text) or _shown_vi(text) or _watch_vi(text) or _channel_vi(text)


def _first(patterns: list[re.Pattern], text: str) -> dict | None:
    """The groups of the first of `patterns` that takes the whole text (a group a pattern lacks as None)."""
    return next((m.groupdict() for p in patterns if (m := p.fullmatch(text))), None)


def _timed(said: str | None, src: str) -> tuple[str, str, bool] | None:
    """A time, a day or both of `said` in the other language, and whether the day is behind: "lúc 8 giờ tối nay" →
    ("8:00", "tonight", False), "tối qua" → ("", "last night", True), "at eight" → ("8 giờ", "", False); ("", "",
    False) for nothing said, None for what mt.dates and mt.free_time.when do not read."""
    if not said:
        return "", "", False
    m = _AT[src].fullmatch(said)
    if not m:
        if said[0].isdigit():  # (a clock time without "at"/"lúc", which `when` reads as a day: "on TV 8 o'clock")
            return None
        day = when(said, src)
        return day and ("", day, bool(BEHIND.search(day if src == "vi" else said)))
    words = m["rest"].split()
    for k in range(len(words), 0, -1):  # (the longest time first: "8 giờ tối" before "8 giờ" and "tối")
        time, after = dates.clock(" ".join(words[:k]), src, "en" if src == "vi" else "vi"), " ".join(words[k:])
        if time and not (m["day"] and after) and (day := when(m["day"] or after, src)) is not None:
            return time, day, bool(BEHIND.search(f"{time} {day}" if src == "vi" else said))  # ("8 p.m. yesterday")
    return None


def _show(g: dict) -> str | None:
    """The programme of _SHOW in English: "the match", "that film"; None for "this" or "that" with one not counted
    ("bóng đá đó")."""
    show, this = SHOWS[keyed(g["show"])], _THIS.get(keyed(g["this"] or ""))
    return None if this and show not in _COUNTED else f"{this or 'the'} {show}"


def _show_vi(m: re.Match) -> str | None:
    """The programme of _SHOW_EN in Vietnamese: "trận đấu", "bộ phim đó"; None for "this" or "that" with one not
    counted ("that football")."""
    det, show = m["det"].lower(), m["show"].lower()
    if det != "the" and show not in _COUNTED:
        return None
    return f"{SHOWS_VI[show]} {_THIS_VI[det]}" if det != "the" else SHOWS_VI[show]


def _on(text: str) -> str | None:
    """"Tối nay có gì trên ti vi?" as "What's on TV tonight?", "Trên ti vi có gì hay không?" as "Is there anything
    good on TV?", "Trên ti vi chẳng có gì hay cả." as "There's nothing good on TV." (_ON); None for anything else, a
    day behind, and "đang" with a day."""
    g = _first(_ON, text)
    if not g or g["day0"] and g["day"] or (t := _timed(g["day0"] or g["day"], "vi")) is None or t[0] or t[2]:
        return None
    asked, end = bool(g["asked"]), g["end"]
    good, day = " good" * bool(g["good"]), f" {t[1]}" * bool(t[1])
    place = "the other channel" if g["other"] else "TV"
    if g["none"]:
        return None if "?" in end else f"There's nothing{good} on {place}{day}."
    if "?" not in end or g.get("now") and (day or asked):
        return None
    return f"Is there anything{good} on {place}{day}?" if asked else f"What's{good} on {place}{day}?"


def _shown(text: str) -> str | None:
    """"Trận bóng đá chiếu trên ti vi lúc tám giờ." as "The football match is on TV at 8:00.", "Tối nay ti vi có
    chiếu bóng đá không?" as "Is the football on TV tonight?" (_SHOWN), "Nó chiếu trên kênh nào?" as "What channel is
    it on?" (_CHANNEL_ON); None for anything else, a day behind, and a statement with no time nor day."""
    if m := _CHANNEL_ON.fullmatch(text):
        said = "it" if m["it"] else _show(m.groupdict() if m["show"] else {"show": m["xshow"], "this": m["xthis"]})
        return said and "?" in m["end"] and f"What channel is {said} on?" or None
    g = _first(_SHOWN, text)
    asked = bool(g and g["asked"])
    if not g or asked != ("?" in g["end"]) or bool(g["ask"]) != asked or (show := _show(g)) is None:
        return None
    t = _timed(" ".join(w for w in (g["day0"], g["time"]) if w), "vi")
    if t is None or t[2] or not (asked or t[0] or t[1]):
        return None
    at = "".join(f" {w}" for w in (t[0] and f"at {t[0]}", t[1]) if w)
    return f"Is {show} on TV{at}?" if asked else capitalised(f"{show} is on TV{at}.")


def _time_on(text: str) -> str | None:
    """"Trận đấu chiếu lúc mấy giờ?" and "Mấy giờ trận đấu chiếu?" as "What time is the match on?" (_TIME_ON); None
    for anything else."""
    m = _TIME_ON.fullmatch(text)
    show = m and "?" in m["end"] and _show(m.groupdict())
    return f"What time is {show} on{' TV' * bool(m['tv2'])}?" if show else None


def _who_en(g: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of _WHO_ANY in English and whether English says "does": ("the kids", False), ("my mother", True); None
    as mt.hobbies.who gives it ("anh" alone said)."""
    return GROUPS[keyed(g["group"])] if g["group"] else who(g, asked)


def _watch(text: str) -> str | None:
    """"Anh ấy xem tivi suốt ngày." as "He watches TV all day.", "Tôi không xem ti vi nhiều." as "I don't watch much
    TV.", "Bọn trẻ xem ti vi nhiều quá." as "The kids watch too much TV.", "Tối qua bạn có xem ti vi không?" as "Did
    you watch TV last night?" (_WATCH), "Đừng xem ti vi nữa." as "Stop watching TV." (_STOP); None for anything else,
    a day of today or ahead, and "xem ti vi" with neither a day nor how much ("Tôi xem ti vi.": a habit, or done)."""
    if (m := _STOP.fullmatch(text)) and "?" not in m["end"]:
        return "Stop watching TV."
    m = _WATCH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    said, t = _who_en(m, asked), _timed(m["day0"] or m["day"], "vi")
    how = _HOW.get(keyed(m["how"] or ""))
    if said is None or t is None or t[0] or t[1] and not t[2] or asked and said[0] == "I":
        return None
    (who_, one), past = said, t[2] or bool(m["did"])
    if not how and not t[1] or how == "too much" and (asked or m["not"]) or how in _ALL - {"all day"} and not past:
        return None  # ("cả buổi tối" with no day: every evening, or one?)
    tv = "much TV" if how == "much" and (asked or m["not"]) else "a lot of TV" if how == "much" else \
        "too much TV" if how == "too much" else "TV"
    tv += "".join(f" {w}" for w in (how if how in _ALL else "", t[1]) if w)
    if past:
        said = f"Did {who_} watch" if asked else f"{who_} didn't watch" if m["not"] else f"{who_} watched"
    else:
        do = "Does" if one else "Do"
        said = f"{do} {who_} watch" if asked else f"{who_} {do.lower()}n't watch" if m["not"] else \
            f"{who_} {'watches' if one else 'watch'}"
    return capitalised(f"{said} {tv}{'?' if asked else '.'}")


def _channel(text: str) -> str | None:
    """"Tôi đổi kênh được không?" as "Can I change the channel?", "Bạn chuyển kênh được không?" as "Could you change
    the channel?", "Tôi đổi kênh nhé?" as "Shall I change the channel?", "Đổi kênh đi." as "Change the channel.", "Ai
    đổi kênh vậy?" as "Who changed the channel?"; None for anything else, "em" asking (may I, or can you?), and
    someone else asked of."""
    if m := _CHANGED.fullmatch(text):
        return None if m["to"] and not m["other"] else "Who changed the channel?"
    m = _CHANNEL_ASK.fullmatch(text) or _CHANNEL_TOLD.fullmatch(text)
    if not m or m["to"] and not m["other"]:
        return None
    act = "switch to another channel" if m["to"] else "change the channel"
    g = m.groupdict()
    if "q" not in g:  # (told)
        if "?" in m["end"] or m["dont"] and (m["go"] or m["to"]):
            return None
        return f"Don't {act}." if m["dont"] else f"Please {act}." if m["please"] else f"{capitalised(act)}."
    said = "?" in m["end"] and keyed(m["who"] or "") not in ("em", "mình") and who(m, True)  # (or "we": "mình")
    if not said or said[0] not in ("I", "we", "you"):
        return None
    if m["q"] != "không":  # ("nhé": offered)
        return None if m["can"] or m["can2"] or said[0] == "you" else f"Shall {said[0]} {act}?"
    if not (m["can"] or m["can2"]):
        return None
    return f"Could you {act}?" if said[0] == "you" else f"Can {said[0]} {act}?"


def _loud(text: str) -> str | None:
    """"Tiếng ti vi to quá." as "The TV is too loud." (_LOUD); None for anything else."""
    return "The TV is too loud." if _LOUD.fullmatch(text) else None


def _on_vi(text: str) -> str | None:
    """"What's on TV tonight?" as "Tối nay trên ti vi có gì?", "Is there anything good on TV?" as "Trên ti vi có gì
    hay không?", "There's nothing on TV." as "Trên ti vi chẳng có gì để xem cả." (_ON_EN); None for anything else,
    and a day behind."""
    m = _ON_EN.fullmatch(text)
    if not m or ("?" in m["end"]) == bool(m["none"]) or (t := _timed(m["day"], "en")) is None or t[0] or t[2]:
        return None
    place, hay = "trên ti vi" if m["tv"] else "kênh kia", " hay" * bool(m["good"])
    if m["none"]:
        return placed(f"{place} chẳng có gì {'hay' if m['good'] else 'để xem'} cả", t[1], ".")
    return placed(f"{place} có gì{hay}", t[1], " không?" if m["any"] else "?")


def _shown_vi(text: str) -> str | None:
    """"The football is on TV at eight." as "Bóng đá chiếu trên ti vi lúc 8 giờ.", "Is the match on TV tonight?" as
    "Tối nay trận đấu có chiếu trên ti vi không?" (_SHOWN_EN), "What time is the news on?" as "Thời sự chiếu lúc mấy
    giờ?" (_TIME_ON_EN), "What channel is it on?" as "Nó chiếu trên kênh nào?" (_CHANNEL_ON_EN); None for anything
    else, a day behind, and a statement with no time nor day."""
    if m := _CHANNEL_ON_EN.fullmatch(text):
        show = "nó" if m["it"] else _show_vi(m)
        return show and capitalised(f"{show} chiếu trên kênh nào?")
    if m := _TIME_ON_EN.fullmatch(text):
        show = _show_vi(m)
        return show and capitalised(f"{show} chiếu{' trên ti vi' * bool(m['tv'])} lúc mấy giờ?")
    m = _SHOWN_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or (show := _show_vi(m)) is None or (t := _timed(m["time"], "en")) is None:
        return None
    if t[2] or not (asked or t[0] or t[1]):
        return None
    said = f"{show}{' có' * asked} chiếu trên ti vi{f' lúc {t[0]}' * bool(t[0])}"
    return placed(said, t[1], " không?" if asked else ".")


def _watch_vi(text: str) -> str | None:
    """"He watches TV all day." as "Anh ấy xem ti vi cả ngày.", "I don't watch much TV." as "Tôi không xem ti vi
    nhiều.", "Did you watch TV last night?" as "Tối qua bạn có xem ti vi không?" (_WATCH_EN), "Stop watching TV." as
    "Đừng xem ti vi nữa." (_STOP_EN); None for anything else, and where the verb does not agree with who."""
    if _STOP_EN.fullmatch(text):
        return "Đừng xem ti vi nữa."
    m = _WATCH_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = (GROUPS_VI[keyed(m["group"])], keyed(m["group"]).startswith("every")) if m["group"] else who_vi(m)
    aux, verb = (m["do"] or m["not"] or "").lower(), m["verb"].lower()
    how = " ".join((m["much"] or m["how"] or "").lower().split())
    past, t = aux.startswith("did") or verb == "watched", _timed(m["day"], "en")
    if verb != ("watch" if aux else "watched" if past else "watches" if one else "watch") or aux and not past and \
            aux.startswith("does") != one:
        return None  # ("She watch", "Does he watches", "I didn't watched")
    if t is None or t[0] or past != t[2] and not (past and how in _ALL) or not how and not t[1]:
        return None  # (the past on a day behind, or all day; the present on none)
    if how == "much" and not aux or how == "too much" and aux:
        return None  # ("I watch much TV.", "Do you watch too much TV?")
    tv = "ti vi" + "".join(f" {w}" for w in (_HOW_VI.get(how, ""),) if w)
    said = f"{who_} có xem {tv}" if m["do"] else f"{who_} không xem {tv}" if m["not"] else \
        f"{who_} {'đã ' * (past and not t[1])}xem {tv}"
    return placed(said, t[1], " không?" if m["do"] else ".")


def _channel_vi(text: str) -> str | None:
    """"Can I change the channel?" as "Tôi đổi kênh được không?", "Could you change the channel?" as "Bạn đổi kênh
    được không?", "Shall we change the channel?" as "Chúng ta đổi kênh nhé?", "Change the channel, please." as "Làm
    ơn đổi kênh đi.", "Who changed the channel?" as "Ai đổi kênh vậy?", "The TV is too loud." as "Tiếng ti vi to
    quá."; None for anything else ("May you …", "Shall you …")."""
    if re.fullmatch(r"Who\s+changed\s+the\s+channel\s*\?+", text):
        return "Ai đổi kênh vậy?"
    if _LOUD_EN.fullmatch(text):
        return "Tiếng ti vi to quá."
    m = _CHANNEL_ASK_EN.fullmatch(text) or _CHANNEL_TOLD_EN.fullmatch(text)
    if not m:
        return None
    act = "chuyển sang kênh khác" if m["other"] else "đổi kênh"
    if "can" not in m.groupdict():  # (told)
        please = m["please"] or "please" in text.lower()
        return f"Đừng {act}." if m["dont"] and not please else None if m["dont"] else \
            capitalised(f"{'Làm ơn ' * bool(please)}{act} đi.")
    who_ = who_vi(m)[0]
    if who_ not in ("tôi", "chúng tôi", "bạn") or who_ == "bạn" and m["can"] in ("May", "Shall"):
        return None
    who_ = "chúng ta" if who_ == "chúng tôi" else who_
    return capitalised(f"{who_} {act} {'nhé' if m['can'] == 'Shall' else 'được không'}?")
