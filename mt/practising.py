"""Practising a musical instrument at home, both ways, written whole by rule: who is practising the piano, the guitar
or the violin now, practises every evening and for how long, has practised yet, has to practise more or before a
lesson, or practised yesterday. v8 (rules on) reads "tập đàn" as getting, filing or a man, and "practise" as singing,
exercise or joking: "Con tôi đang tập đàn piano." → "I'm getting piano.", "Mỗi tối tôi tập đàn một tiếng." → "Every
night I filed the man.", "Con đã tập đàn chưa?" → "Have you filed?", "Bạn phải tập đàn nhiều hơn." → "You must have
more engagement.", "Tôi chưa tập đàn." → "I'm not set up for men.", "Hôm qua tôi tập đàn hai tiếng." → "Yesterday, I
file two hours."; "My son is practising the piano." → "Con trai tôi đang hát đàn dương cầm." (singing), "I practise
the guitar for an hour every evening." → "Tôi chúc nóguitar một tiếng đồng hồ mỗi tối.", "Have you practised the piano
yet?" → "Bạn chưa được chú chót ra sao?", "Does he practise every day?" → "Có phải anh ấy tập thể dục mỗi ngày
không?" (exercise), "I practised for two hours yesterday." → "Tôi đã đùa trong vòng hai tiếng đồng hồ hôm qua."
(joked), "I've already practised." → "Tôi đã bị điên rồ.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet; "Con" alone as "you" only asking, without "ạ") "tập" or "luyện" an
instrument of mt.music.INSTRUMENTS or "đàn" (no instrument said: "practise"): "đang" (is practising), for a performance
or a concert (whose own); a habit of mt.hobbies.EVERY, for how long ("một tiếng", "nửa tiếng", "ba mươi phút", "một
tiếng rưỡi"), said, denied or asked, and "bao lâu?" with it (how long … every day?); "… chưa?" (yet, today), "chưa" (not
yet), "… rồi" (already); "phải", "cần" (have to, need to; "nhiều hơn", "thêm": need to practise more), before a lesson,
asked of oneself too; a day behind (mt.dates.near_days) said, denied or asked, and "Hôm nay … đã" (have today). English:
"practise" or "practice", the instrument with "the" or not, in the same shapes, each verb agreeing with who; without an
instrument "luyện tập" (practise, of anything). Left: "tập" as exercise, drills or learning ("tập thể dục", "tập hát"
(mt/singing.py), "tập chơi đàn", "học đàn" (mt/lessons.py), "tập lái" (mt/driving_lessons.py), "tập thiền"
(mt/meditation.py)), playing (mt/music.py, mt/skills.py), "đàn organ" (an organ, or a keyboard?) and "đàn bầu", "tập
đàn" plain or "đã tập đàn" (now, a habit, or done?), "Hôm nay" asked or denied (today done, or ahead?), "giờ" alone
(hours, or o'clock?), "anh", "chị", "em", "Con" alone saying it (the speaker?), "em", "Con" asking with "ạ" (the
speaker), a statement ending "thế" or "vậy" (says more), "không" after a habit put first ("Mỗi ngày tôi không tập đàn.":
never?), Vietnamese "luyện tập" (of anything), English "practise" with no instrument and nothing after it, or another
thing ("law", "yoga"), "already … yet" said, a "?" on a statement, and anything else.
mt.phrasebook.translate tries these after mt/mosquito_coils.py.

    >>> translate("Mỗi tối tôi tập đàn một tiếng.", "vi", "en"), translate("My son is practising.", "en", "vi")
    ('I practise for an hour every evening.', 'Con trai tôi đang luyện tập.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (EVERY, EVERY_VI, POLITE, WHO, WHO_EN, animal, asked_of, be_agrees, em_speaking, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .music import INSTRUMENTS, INSTRUMENTS_VI
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, capitalised, contracted,
                   keyed, present, progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tập|luyện)"), "en": lazy(r"(?i:practis|practic)")}
# what is practised, in English ("đàn" alone: no instrument said) and back ("organ": a keyboard too, only this way)
_INSTRUMENTS = {keyed(vi): en for vi, en in INSTRUMENTS.items()}
_INSTRUMENTS_VI = {en: vi for en, vi in INSTRUMENTS_VI.items() if not en.startswith("the ")} | {"organ": "đàn organ"}
# the days behind a practice is told of, and back (the first Vietnamese of each is written back)
_BEHIND = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia", "sáng qua", "sáng hôm qua",
                    "chiều qua", "chiều hôm qua")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_TODAY = near_days("hôm nay")
_EVERY_VI = EVERY_VI | {"every night": "mỗi tối"}
# numbers in words, for how long (mt.numbers)
_VI_N = {vi_word(n): n for n in range(1, 101)}
_EN_N = {en_word(n): n for n in range(2, 101)}
_SHOWS = {"biểu diễn": "performance", "hòa nhạc": "concert"}
_SHOWS_VI = {"recital": "biểu diễn", "performance": "biểu diễn", "concert": "hòa nhạc"}

# how long, in Vietnamese ("một tiếng", "hai tiếng đồng hồ", "nửa tiếng", "ba mươi phút", "một tiếng rưỡi"; "giờ"
# alone is left: "hai giờ" is also two o'clock)
_SPAN = (rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_VI_N)}))\s+(?:(?P<hours>tiếng(?:\s+đồng\s+hồ)?|giờ\s+đồng\s+hồ)|"
         r"(?P<half>tiếng\s+rưỡi)|(?P<mins>phút))|(?P<halfhour>(?i:nửa)\s+tiếng(?:\s+đồng\s+hồ)?)")
_SPAN_READ = lazy(_SPAN)
_SPAN_ANY = re.sub(r"\(\?P<\w+>", "(?:", _SPAN)  # (inside a sentence's pattern, read again by _SPAN_READ)
_SPAN_EN = (r"(?P<an>an|one|1)\s+hour(?P<andhalf>\s+and\s+a\s+half)?|(?P<halfhour>half\s+an\s+hour)|"
            rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_EN_N)}))(?P<half>\s+and\s+a\s+half)?\s+hours|"
            rf"(?P<mn>\d{{1,3}}|(?i:{alternatives(_EN_N)}))\s+minutes")
_SPAN_EN_READ = lazy(_SPAN_EN)
_SPAN_EN_ANY = re.sub(r"\(\?P<\w+>", "(?:", _SPAN_EN)

_WHO = rf"(?:{WHO}|(?P<con>[Cc]on))"  # ("Con" alone: the child spoken to, asking)
_DOING = (rf"(?P<verb>(?i:tập|luyện))\s+(?:(?P<inst>(?i:{alternatives(_INSTRUMENTS)}))|(?P<dan>(?i:đàn)))"
          rf"(?:\s+(?:được\s+)?(?P<span>{_SPAN_ANY}))?")
_EVERY = rf"(?i:{alternatives(EVERY)})"
_SHOW = (r"(?:\s+(?:để\s+chuẩn\s+bị\s+)?cho\s+buổi\s+(?P<show>biểu\s+diễn|hòa\s+nhạc)"
         r"(?:\s+(?P<soon>sắp\s+tới))?)?")
# now ("Con tôi đang tập đàn piano.", "Lan đang tập đàn cho buổi biểu diễn.", "Bạn có đang tập đàn không?")
_NOW = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?đang\s+{_DOING}{_SHOW}{ASKED_END}")
# a habit ("Mỗi tối tôi tập đàn một tiếng.", "Con gái tôi tập đàn violin mỗi ngày.", "Bạn có tập đàn mỗi ngày không?")
_HABIT = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+)?{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?{_DOING}"
              rf"(?:\s+(?P<every>{_EVERY}))?(?:\s+(?P<span2>{_SPAN_ANY}))?{ASKED_END}")
_HOW_LONG = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+)?{_WHO}\s+{_DOING}\s+(?:trong\s+)?bao\s+lâu"
                 rf"(?:\s+(?P<every>{_EVERY}))?{SOFTENED_END}")
# yet, already ("Con đã tập đàn chưa?", "Tôi chưa tập đàn.", "Tôi tập đàn rồi.", "Hôm nay bạn tập đàn chưa?")
_YET = lazy(rf"(?:(?P<today>(?i:hôm\s+nay))\s*,?\s+)?{_WHO}\s+(?:(?P<aux>đã|chưa)\s+)?{_DOING}"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# must ("Bạn phải tập đàn nhiều hơn.", "Tôi phải tập đàn trước buổi học.", "Tôi có phải tập đàn không?")
_MUST = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<must>phải|cần)\s+{_DOING}"
             rf"(?:\s+(?P<more>nhiều\s+hơn|thêm))?(?:\s+(?P<every>{_EVERY}))?(?:\s+(?P<before>trước\s+buổi\s+học)"
             rf"(?:\s+(?:(?P<linst>{alternatives(_INSTRUMENTS)})|(?P<ldan>đàn)))?|{_SHOW}){ASKED_END}")
# a day behind ("Hôm qua tôi tập đàn hai tiếng.", "Hôm qua bạn có tập đàn không?", "Hôm nay tôi đã tập đàn một tiếng.")
_PAST = lazy(rf"(?P<day>(?i:{alternatives(_BEHIND | _TODAY)}))\s*,?\s+{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|"
             rf"(?P<did>đã)\s+)?{_DOING}(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_OBJ_EN = rf"(?:\s+(?:the\s+)?(?P<inst>(?i:{alternatives(_INSTRUMENTS_VI)})))?"
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_EVERY_EN = rf"(?P<every>(?i:{alternatives(_EVERY_VI)}))"
_SHOW_EN = (rf"(?:\s+for\s+(?P<owner>the|(?i:{WHOSE_WORDS}))\s+(?P<soon>upcoming\s+)?"
            r"(?P<show>recital|concert|performance))?")
_NOW_EN = lazy(rf"(?:(?P<q>Am|Is|Are)\s+)?{WHO_EN}{BE_EN}?\s+practi[sc]ing{_OBJ_EN}{_SHOW_EN}\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}\s+(?P<verb>practi[sc]es?){_OBJ_EN}"
                 rf"(?:\s+for\s+(?P<span>{_SPAN_EN_ANY}))?\s+{_EVERY_EN}(?:\s+for\s+(?P<span2>{_SPAN_EN_ANY}))?"
                 r"\s*(?P<end>[.!?]*)")
_HOW_LONG_EN = lazy(rf"How\s+long\s+(?P<q>do|does)\s+{WHO_EN}\s+practi[sc]e{_OBJ_EN}\s+{_EVERY_EN}\s*\?+")
_YET_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has)(?:\s+not|n['’]t)?|['’](?:ve|s))?"
               rf"(?:\s+(?P<already>already))?\s+practi[sc]ed{_OBJ_EN}(?:\s+(?P<when>yet|today|already))?"
               r"\s*(?P<end>[.!?]*)")
_MUST_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_NOT_EN}\s+(?P<must>needs?|ha(?:ve|s))\s+to\s+practi[sc]e{_OBJ_EN}"
                rf"(?:\s+(?P<more>more))?(?:\s+{_EVERY_EN})?(?:\s+(?P<before>before)\s+(?P<lowner>the|"
                rf"(?i:{WHOSE_WORDS}))\s+(?:(?P<linst>(?i:{alternatives(_INSTRUMENTS_VI)}))\s+)?lesson|{_SHOW_EN})"
                r"\s*(?P<end>[.!?]*)")
_DAY_EN = rf"(?i:{alternatives(_BEHIND_VI)})"
_PAST_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,?\s+)?(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<not>didn['’]t|did\s+not))?"
                rf"\s+(?P<verb>practi[sc]ed|practi[sc]e){_OBJ_EN}(?:\s+for\s+(?P<span>{_SPAN_EN_ANY}))?"
                rf"(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who is practising an instrument, practises every day and for how long, has
    practised yet, has to practise, or practised on a day behind; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Tôi đang tập đàn vậy.": so, then; more than English would say)
            return None
        return _now(text) or _habit(text) or _how_long(text) or _yet(text) or _must(text) or _past(text)
    text = text.replace("’", "'")
    return (_now_vi(text) or _habit_vi(text) or _how_long_vi(text) or _yet_vi(text) or _must_vi(text) or
            _past_vi(text))


def _who(m: re.Match, asked: bool, mine: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my son practises"); "Con" alone as "you" only asking;
    None for a pet, "I" asked (but where `mine`: "Do I have to practise?"), "anh", "em" … alone saying it, and "em"
    or "Con" with "ạ" (mt.hobbies.POLITE: said up to the one spoken to, so the speaker: "Con có phải tập đàn không
    ạ?", do I have to?)."""
    if m["con"]:
        return ("you", False) if asked and not POLITE.search(m.string) else None
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" and not mine else said


def _what(m: re.Match) -> str:
    """What is practised, in English, after "practise": " the piano"; "" for "đàn" alone."""
    return f" {_INSTRUMENTS[keyed(m['inst'])]}" if m["inst"] else ""


def _span(said: str | None) -> str | None:
    """How long of _SPAN in English: "một tiếng" as "an hour", "hai tiếng" as "two hours", "nửa tiếng" as "half an
    hour", "ba mươi phút" as "thirty minutes", "một tiếng rưỡi" as "an hour and a half"; None for none or nought."""
    m = said and _SPAN_READ.fullmatch(keyed(said))
    if not m or m["halfhour"]:
        return m and "half an hour"
    n = int(m["n"]) if m["n"].isdigit() else _VI_N[m["n"]]
    if n == 0:
        return None
    count = m["n"] if m["n"].isdigit() else en_word(n)
    if m["mins"]:
        return "a minute" if n == 1 else f"{count} minutes"
    if m["half"]:
        return "an hour and a half" if n == 1 else f"{count} and a half hours"
    return "an hour" if n == 1 else f"{count} hours"


def _for(m: re.Match, who_: str) -> str:
    """A show practised for, in English, of a match with _SHOW: " for my performance", " for the concert" (whose
    own, or "the" where English cannot tell), " for her upcoming performance"; "" for none."""
    if not m["show"]:
        return ""
    soon = "upcoming " if m["soon"] else ""
    return f" for {whose_own(m, who_) or 'the'} {soon}{_SHOWS[keyed(m['show'])]}"


def _now(text: str) -> str | None:
    """"Con tôi đang tập đàn piano." as "My child is practising the piano.", "Lan đang tập đàn cho buổi biểu diễn."
    as "Lan is practising for the performance.", "Bạn có đang tập đàn không?" as "Are you practising?" (_NOW); None
    for anything else, and for how long said ("đang tập đàn một tiếng": for an hour now, or every day?)."""
    m = _NOW.fullmatch(text)
    if not m or m["span"] or (asked := asked_of(m)) is None or not (said := _who(m, asked)):
        return None
    who_ = said[0]
    return progressive(who_, be(who_), f"practising{_what(m)}{_for(m, who_)}", asked, m["end"])


def _habit(text: str) -> str | None:
    """"Mỗi tối tôi tập đàn một tiếng." as "I practise for an hour every evening.", "Con gái tôi tập đàn violin mỗi
    ngày." as "My daughter practises the violin every day.", "Bạn có tập đàn mỗi ngày không?" as "Do you practise every
    day?", "Con trai tôi không tập đàn mỗi ngày." as "My son doesn't practise every day." (_HABIT); None for anything
    else, where no habit or two are said ("Tôi tập đàn.": now, or as a habit?), and denied after a habit put first
    ("Mỗi ngày tôi không tập đàn.": never, or not every day?)."""
    m = _HABIT.fullmatch(text)
    if not m or bool(m["every0"]) == bool(m["every"]) or m["span"] and m["span2"] or m["span2"] and not m["every"] or \
            m["not"] and m["every0"]:
        return None
    asked, span = asked_of(m), _span(m["span"] or m["span2"])
    if asked is None or (m["span"] or m["span2"]) and (span is None or m["not"]) or not (said := _who(m, asked)):
        return None
    rest = f"{_what(m)}{f' for {span}' if span else ''} {EVERY[keyed(m['every0'] or m['every'])]}"
    return present(*said, "practise", rest.strip(), asked, bool(m["not"]), m["end"])


def _how_long(text: str) -> str | None:
    """"Mỗi ngày bạn tập đàn bao lâu?" and "Bạn tập đàn bao lâu mỗi ngày?" as "How long do you practise every day?"
    (_HOW_LONG); None for anything else, and with no habit ("Bạn tập đàn bao lâu?": each day, or so far?)."""
    m = _HOW_LONG.fullmatch(text)
    if not m or "?" not in m["end"] or m["span"] or bool(m["every0"]) == bool(m["every"]) or \
            not (said := _who(m, True)):
        return None
    every = EVERY[keyed(m["every0"] or m["every"])]
    return f"How long {'does' if said[1] else 'do'} {said[0]} practise{_what(m)} {every}?"


def _yet(text: str) -> str | None:
    """"Con đã tập đàn chưa?" as "Have you practised yet?", "Hôm nay bạn tập đàn chưa?" as "Have you practised
    today?", "Tôi chưa tập đàn piano." as "I haven't practised the piano yet.", "Tôi tập đàn rồi." as "I've already
    practised." (_YET); None for anything else ("Tôi đã tập đàn.": done, or a while back?)."""
    m = _YET.fullmatch(text)
    if not m or m["span"]:
        return None
    aux, asked = m["aux"] or "", "?" in m["end"]
    if bool(m["yet"]) != asked or aux == "chưa" and (m["done"] or asked) or \
            not (m["yet"] or m["done"] or aux == "chưa") or not (said := _who(m, asked)):
        return None
    who_, one = said
    when = "today" if m["today"] else "yet"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} practised{_what(m)} {when}?"
    if aux == "chưa":
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t practised{_what(m)} {when}.")
    today = " today" if m["today"] else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} already practised{_what(m)}{today}."))


def _must(text: str) -> str | None:
    """"Bạn phải tập đàn nhiều hơn." as "You need to practise more.", "Tôi phải tập đàn trước buổi học." as "I have
    to practise before my lesson.", "Con có phải tập đàn mỗi ngày không?" as "Do you have to practise every day?",
    "Bạn không cần tập đàn mỗi ngày." as "You don't need to practise every day." (_MUST); None for anything else,
    and "more" denied."""
    m = _MUST.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["more"] and m["not"] or m["span"] and not m["every"]:
        return None
    said, span = _who(m, asked, mine=True), _span(m["span"])
    if not said or m["span"] and span is None:
        return None
    who_, one = said
    need = "need to" if m["must"] == "cần" or m["more"] else "have to"  # ("phải … nhiều hơn": should, need to)
    rest = [_what(m), " more" if m["more"] else "", f" for {span}" if span else "",
            f" {EVERY[keyed(m['every'])]}" if m["every"] else "", _for(m, who_)]
    if m["before"]:
        whose = whose_own(m, who_) or "the"
        kind = f"{_INSTRUMENTS[keyed(m['linst'])].removeprefix('the ')} " if m["linst"] else "music " * bool(m["ldan"])
        rest.append(f" before {whose} {kind}lesson")
    return present(who_, one, need, "practise" + "".join(rest), asked, bool(m["not"]), m["end"])


def _past(text: str) -> str | None:
    """"Hôm qua tôi tập đàn hai tiếng." as "I practised for two hours yesterday.", "Tối qua bạn có tập đàn không?" as
    "Did you practise last night?", "Hôm qua tôi không tập đàn." as "I didn't practise yesterday.", "Hôm nay tôi đã
    tập đàn một tiếng." as "I've practised for an hour today." (_PAST); None for anything else, and "hôm nay" asked,
    denied or plain (done, or ahead?)."""
    m = _PAST.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or m["not"] and m["span"]:
        return None
    day = keyed(m["day"])
    today = day in _TODAY
    if today and (asked or m["not"] or not (m["did"] or m["done"])) or m["done"] and not today:
        return None
    said, span = _who(m, asked), _span(m["span"])
    if not said or m["span"] and span is None:
        return None
    who_, one = said
    what, when = f"{_what(m)}{f' for {span}' if span else ''}", (_BEHIND | _TODAY)[day]
    if today:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} practised{what} today."))
    if asked:
        return f"Did {who_} practise{what} {when}?"
    return capitalised(f"{who_} didn't practise{what} {when}." if m["not"] else f"{who_} practised{what} {when}.")


def _doing_vi(m: re.Match) -> str:
    """What is practised of a match with _OBJ_EN, in Vietnamese: "tập đàn piano"; "luyện tập" where none is said."""
    return f"tập {_INSTRUMENTS_VI[keyed(m['inst'])]}" if m["inst"] else "luyện tập"


def _span_vi(said: str | None) -> str | None:
    """How long of _SPAN_EN in Vietnamese: "an hour" as "một tiếng", "two hours" as "hai tiếng", "half an hour" as
    "nửa tiếng", "an hour and a half" as "một tiếng rưỡi", "thirty minutes" as "ba mươi phút"; None for none, and one
    not agreeing ("1 hours", "1 minutes")."""
    m = said and _SPAN_EN_READ.fullmatch(" ".join(said.lower().split()))
    if not m or m["halfhour"]:
        return m and "nửa tiếng"
    if m["an"]:
        return f"một tiếng{' rưỡi' * bool(m['andhalf'])}"
    n = m["n"] or m["mn"]
    count = int(n) if n.isdigit() else _EN_N[n]
    if count < 2:
        return None
    said_vi = n if n.isdigit() else vi_word(count)
    return f"{said_vi} phút" if m["mn"] else f"{said_vi} tiếng{' rưỡi' * bool(m['half'])}"


def _who_vi(m: re.Match, asked: bool, mine: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one (who_vi); None for a pet, "I" asked (but where `mine`)."""
    said = None if animal(m) else who_vi(m)
    return None if not said or asked and said[0] == "tôi" and not mine else said


# the verbs and auxiliaries said of one (he, she, my mother, a name), as _agrees reads them
_THIRD = {"does", "doesn't", "has", "hasn't", "'s", "needs", "practises", "practices"}


def _agrees(first: str, one: bool) -> bool:
    """Whether the verb or auxiliary `first` (by its first word: "does", "don't", "'ve") agrees with who (`one`)."""
    return (first.lower().split()[0] in _THIRD) == one


def _own(whose: str, m: re.Match, who_: str, one: bool) -> bool:
    """Whether a lesson or a show whose is `whose` ("my", "her", "the") is who's own, of a match of WHO_EN (`who_`,
    `one` as who_vi gives them): "I … my", "My mother … her", "Lan … his" or "her"; "the" too (mt.hobbies.own_thing,
    for a group named otherwise)."""
    whose = whose.lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    return whose in ("the", own) or own is None and one and whose in ("his", "her")


def _show_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """A show practised for, of a match with _SHOW_EN, in Vietnamese: " cho buổi biểu diễn", " cho buổi hòa nhạc
    sắp tới"; "" for none; None where it is not who's own or "the" ("for your recital" of "I")."""
    if not m["show"] or not _own(m["owner"], m, who_, one):
        return None if m["show"] else ""
    return f" cho buổi {_SHOWS_VI[m['show']]}{' sắp tới' * bool(m['soon'])}"


def _sentence_vi(who_: str, doing: str, asked: bool, denied: bool) -> str:
    """Who doing, in Vietnamese: asked ("… có … không?"), denied ("… không …") or said."""
    return capitalised(f"{who_} có {doing} không?" if asked else f"{who_} {'không ' * denied}{doing}.")


def _now_vi(text: str) -> str | None:
    """"My son is practising the piano." as "Con trai tôi đang tập đàn piano.", "She's practising for her recital." as
    "Cô ấy đang luyện tập cho buổi biểu diễn.", "Are you practising?" as "Bạn có đang luyện tập không?" (_NOW_EN);
    None for anything else, and where "is" does not agree with who."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or \
            not be_agrees(m, m["q"] or m["be"]):
        return None
    said = _who_vi(m, bool(m["q"]))
    show = said and _show_vi(m, *said)
    if show is None:
        return None
    return _sentence_vi(said[0], f"đang {_doing_vi(m)}{show}", bool(m["q"]), False)


def _habit_vi(text: str) -> str | None:
    """"I practise the guitar for an hour every evening." as "Mỗi tối tôi tập đàn ghi-ta một tiếng.", "She practises
    the violin every day." as "Cô ấy tập đàn violin mỗi ngày.", "Does he practise every day?" as "Anh ấy có luyện tập
    mỗi ngày không?", "My mother doesn't practise every day." as "Mẹ tôi không luyện tập mỗi ngày." (_HABIT_EN); None
    for anything else, and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or m["span"] and m["span2"]:
        return None
    said, said_span = _who_vi(m, bool(m["q"])), m["span"] or m["span2"]
    span, aux = _span_vi(said_span), m["q"] or m["not"]
    if not said or said_span and (span is None or m["not"]) or aux and m["verb"].lower().endswith("s") or \
            not _agrees(aux or m["verb"], said[1]):
        return None
    who_, every, doing = said[0], _EVERY_VI[keyed(m["every"])], _doing_vi(m)
    if span and not m["q"]:
        return capitalised(f"{every} {who_} {doing} {span}.")
    return _sentence_vi(who_, f"{doing}{f' {span}' if span else ''} {every}", bool(m["q"]), bool(m["not"]))


def _how_long_vi(text: str) -> str | None:
    """"How long do you practise every day?" as "Mỗi ngày bạn luyện tập bao lâu?", "How long does she practise the
    piano every day?" as "Mỗi ngày cô ấy tập đàn piano bao lâu?" (_HOW_LONG_EN); None for anything else."""
    m = _HOW_LONG_EN.fullmatch(text)
    said = m and _who_vi(m, True)
    if not said or not _agrees(m["q"], said[1]):
        return None
    return capitalised(f"{_EVERY_VI[keyed(m['every'])]} {said[0]} {_doing_vi(m)} bao lâu?")


def _yet_vi(text: str) -> str | None:
    """"Have you practised the piano yet?" as "Bạn đã tập đàn piano chưa?", "Has she practised today?" as "Hôm nay cô
    ấy đã luyện tập chưa?", "I haven't practised yet." as "Tôi chưa luyện tập.", "I've already practised." as "Tôi
    luyện tập rồi." (_YET_EN); None for anything else, "I've practised." alone (when?), and "yet" said ("I have
    already practised yet.")."""
    m = _YET_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["aux"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux, when = " ".join((m["q"] or m["aux"]).lower().split()), (m["when"] or "").lower()
    denied = "not" in aux or "n't" in aux
    already = bool(m["already"]) or when == "already"
    if m["already"] and when == "already" or (m["q"] or denied) and (already or not when) or \
            not (m["q"] or denied) and (not already or when == "yet"):
        return None
    said = _who_vi(m, bool(m["q"]))
    if not said or not _agrees(aux, said[1]):
        return None
    who_, doing = said[0], _doing_vi(m)
    today = "Hôm nay " if when == "today" else ""
    if m["q"]:
        return capitalised(f"{today}{who_} đã {doing} chưa?")
    return capitalised(f"{today}{who_} {'chưa ' * denied}{doing}{' rồi' * (not denied)}.")


def _must_vi(text: str) -> str | None:
    """"You need to practise more." as "Bạn cần luyện tập nhiều hơn.", "I have to practise the piano before my
    lesson." as "Tôi phải tập đàn piano trước buổi học.", "Does she have to practise every day?" as "Cô ấy có phải
    luyện tập mỗi ngày không?" (_MUST_EN); None for anything else, where a verb does not agree, and a lesson or a show
    not who's own."""
    m = _MUST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or m["more"] and m["not"]:
        return None
    said, aux = _who_vi(m, bool(m["q"]), mine=True), m["q"] or m["not"]
    if not said or aux and m["must"] in ("needs", "has") or not _agrees(aux or m["must"], said[1]):
        return None
    show = _show_vi(m, *said)
    if show is None or m["before"] and not _own(m["lowner"], m, *said):
        return None
    must = "cần" if m["must"].startswith("need") else "phải"
    every = f" {_EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    lesson = (f" trước buổi học {_INSTRUMENTS_VI[keyed(m['linst'])]}" if m["linst"]
              else " trước buổi học" * bool(m["before"]))
    doing = f"{must} {_doing_vi(m)}{' nhiều hơn' * bool(m['more'])}{every}{show}{lesson}"
    return _sentence_vi(said[0], doing, bool(m["q"]), bool(m["not"]))


def _past_vi(text: str) -> str | None:
    """"I practised for two hours yesterday." and "Yesterday I practised for two hours." as "Hôm qua tôi luyện tập
    hai tiếng.", "Did you practise the piano last night?" as "Tối qua bạn có tập đàn piano không?", "She didn't
    practise yesterday." as "Hôm qua cô ấy không luyện tập." (_PAST_EN); None for anything else, and where no day or
    two are said, or the verb's form does not fit ("I practise yesterday.")."""
    m = _PAST_EN.fullmatch(text)
    aux = m and (m["q"] or m["not"])
    if not m or bool(m["day0"]) == bool(m["day"]) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or \
            bool(aux) != (m["verb"].lower() in ("practise", "practice")) or m["not"] and m["span"]:
        return None
    said, span = _who_vi(m, bool(m["q"])), _span_vi(m["span"])
    if not said or m["span"] and span is None:
        return None
    day = _BEHIND_VI[keyed(m["day0"] or m["day"])]
    return _sentence_vi(f"{day} {said[0]}", f"{_doing_vi(m)}{f' {span}' if span else ''}", bool(m["q"]), bool(m["not"]))
