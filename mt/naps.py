"""Naps, as a habit, just had or not had, needed, wanted or about to be had, and the baby's now, said or asked, both
ways, written whole by rule. v8 (rules on) reads "ngủ trưa" as lunch, "chợp mắt" as an eye, "thường" as not, and
"nap" as a cake: "Tôi thường ngủ trưa một tiếng." → "I don't sleep an hour.", "Bạn có ngủ trưa không?" → "Do you have
lunch?", "Trưa nào tôi cũng ngủ một lát." → "Give me every while I'm sleeping.", "Tôi chỉ chợp mắt một chút thôi." →
"I just had a little eye.", "Anh ấy luôn ngủ trưa." → "He always had lunch.", "Em bé đang ngủ trưa." → "The baby is
sleeping lunch.", "Tôi cần chợp mắt một lát." → "I need to have an eye for a while.", "Hôm nay tôi chưa ngủ trưa." →
"I hadn't sleep lunch today."; "Do you have a nap after lunch?" → "Bạn có nap sau bữa trưa không?", "I just had a
quick nap." → "Tôi chỉ có một chiếc bánh nhanh thôi.", "I need a nap." → "Tôi cần một món bánh.", "The baby is
napping." → "Bé không vui vẻ.", "He napped for two hours." → "Anh ấy niềm vui trong vòng hai tiếng đồng hồ.", "She
takes a nap every day." → "Cô ấy ngủ một ngày.".

Taken: who (mt.hobbies.WHO, WHO_EN) or the baby ("em bé") naps ("ngủ trưa", "chợp mắt", "ngủ một lát": a quick nap)
as a habit — how often (mt.hobbies.SELDOM), "trưa/chiều/ngày nào … cũng", every day or afternoon, after lunch, in the
afternoon, for how long (mt.spans) —, asked ("Bạn có (hay) ngủ trưa không?", "How long do you usually nap?"); just
had one, only a quick one, had one on a day behind or with "đã", has not had one yet or today, did not have one; needs
or wants one (said or asked), will have one, is going to ("Tôi đi ngủ trưa đây."); the baby taking a nap now, or anyone
a quick one. Left: "Anh ấy đang ngủ trưa." and "He is napping." (mt/at_the_moment.py), how one sleeps and hours a
night (mt/sleep.py), waking up (mt/waking.py), "Tôi ngủ trưa một lát." and "Hôm nay tôi không ngủ trưa." (done or to
do?), "ngủ trưa … rồi" without "đã" (asleep now, or done?), "ngủ một giấc", "I could use a nap", and anything else.
mt.phrasebook.translate tries these after mt/hangovers.py.

    >>> translate("Tôi thường ngủ trưa một tiếng.", "vi", "en"), translate("I just had a quick nap.", "en", "vi")
    ('I usually nap for an hour after lunch.', 'Tôi vừa chợp mắt một lát.')
"""
from __future__ import annotations

import re


from . import spans
from .free_time import placed, when
from .hobbies import EVERY, HABIT_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import (ASKED_END, BE_EN, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, present,
                   progressive, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngủ\s+trưa|chợp\s+mắt|ngủ\s+(?:một|1)\s+(?:lát|chút|tí|lúc))"),
         "en": lazy(r"(?i:\bnap)")}
# a nap: "ngủ trưa", "chợp mắt", and "ngủ" only before a while ("ngủ một lát"), which makes any of them a quick one
_SHORT = r"(?:một|1)\s+(?:lát|chút|tí|lúc)(?:\s+xíu)?"
_NAP = rf"(?P<nap>(?i:ngủ\s+trưa|chợp\s+mắt|ngủ(?=\s+{_SHORT})))(?:\s+(?P<short>{_SHORT}))?"
_SUBJ = rf"(?:(?P<baby>(?i:em\s+bé))|{WHO})"
# for how long ("một tiếng", "khoảng nửa tiếng"; not "2 giờ", which may be two o'clock)
_SPAN = rf"(?:\s+(?:trong\s+)?(?:(?P<about>{alternatives(spans.ABOUT)})\s+)?(?P<span>{spans.VI}))?"
_SPAN_UNITS = {"phút", "tiếng", "tiếng đồng hồ"}
_WHEN = {"sau bữa trưa": "after lunch", "sau bữa cơm trưa": "after lunch", "sau khi ăn trưa": "after lunch",
         "vào buổi chiều": "in the afternoon", "buổi chiều": "in the afternoon"}
_EVERY = {vi: en for vi, en in EVERY.items() if en == "every day"} | {
    "mỗi trưa": "every day", "mỗi buổi trưa": "every day", "mỗi chiều": "every afternoon",
    "mỗi buổi chiều": "every afternoon", "mỗi cuối tuần": "every weekend"}
_EACH = {"trưa": "every day", "chiều": "every afternoon", "ngày": "every day"}  # ("chiều nào … cũng")
_NEVER = {"không bao giờ", "hiếm khi", "ít khi"}  # (no "every day" with these)
_EACH_AT = r"(?:(?P<each{n}>(?i:trưa|chiều|ngày))\s+nào\s+)?"
_HABIT = lazy(
    rf"(?:(?P<every0>(?i:{alternatives(_EVERY)}))\s*,?\s+)?{_EACH_AT.format(n=0)}{_SUBJ}\s+{_EACH_AT.format(n=1)}"
    rf"(?:(?P<also>cũng)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)}|bao\s+giờ)\s+)?{_NAP}{_SPAN}"
    rf"(?:\s+(?P<when>{alternatives(_WHEN)}))?(?:\s+(?P<every>{alternatives(_EVERY)}))?"
    rf"(?P<long>\s+(?:trong\s+)?bao\s+lâu)?{ASKED_END}")
# a day a nap was had ("trưa nay" as today), and those of them behind today ("Hôm qua tôi ngủ trưa ba tiếng.")
_DAYS = ("hôm nay", "trưa nay", "chiều nay", "hôm qua", "chiều hôm qua", "trưa hôm qua", "hôm kia")
_NOON = {"trưa nay": "today", "trưa hôm qua": "yesterday"}
_BEHIND = {"yesterday", "yesterday afternoon", "the day before yesterday"}
_DAY = rf"(?P<day{{n}}>(?i:{alternatives(_DAYS)}))"
_DONE = lazy(
    rf"(?:{_DAY.format(n=0)}\s*,?\s+)?{_SUBJ}\s+(?:{_DAY.format(n=1)}\s+)?"
    r"(?:(?P<tense>vừa\s+mới|vừa|mới|đã\s+không|đã|chỉ|chưa|không)\s+)?"
    rf"{_NAP}{_SPAN}(?:\s+(?P<done>xong|rồi))?(?:\s+(?P<only>thôi))?(?:\s+{_DAY.format(n=2)})?"
    rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_WANT = lazy(rf"{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?P<want>cần|muốn|sẽ|đi)\s+{_NAP}(?:\s+(?P<here>đây))?"
             rf"{ASKED_END}")
_NOW = lazy(rf"{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?P<still>vẫn\s+(?:còn\s+)?)?đang\s+{_NAP}"
            rf"(?:\s+(?P<asked>không|à|hả))?{SOFTENED_END}")

# ... and in English
_SUBJ_EN = rf"(?:(?P<baby>(?i:the)\s+baby)|{WHO_EN})"
_A_NAP = r"a\s+(?:(?P<quick>quick|short|little)\s+)?nap"
_SPAN_EN = rf"(?:\s+for\s+(?:(?P<about>{alternatives(spans.ABOUT_EN)})\s+)?(?P<span>{spans.EN}))?"
_EVERY_EN = {"every day": "mỗi ngày", "every afternoon": "mỗi chiều", "every weekend": "mỗi cuối tuần"}
_ONE_FORMS = {"naps", "has", "takes", "needs", "wants", "does", "hasn't"}  # (said after he, she, the baby)
_HABIT_EN = lazy(
    rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}|ever))?\s+"
    rf"(?P<verb>naps?|(?:have|has|take|takes)\s+(?:{_A_NAP}|(?P<naps>naps)))"
    rf"{_SPAN_EN}(?:\s+(?P<when>after\s+lunch|in\s+the\s+afternoons?))?"
    r"(?:\s+(?P<every>every\s+(?:day|afternoon|weekend)))?\s*(?P<end>[.!?]*)")
_HOW_LONG_EN = lazy(rf"How\s+long\s+(?P<do>do|does)\s+{_SUBJ_EN}\s+(?:(?P<seldom>usually)\s+)?nap\s*\?+")
_DAYS_EN = r"(?:\s+(?P<day>(?i:today|this\s+afternoon|yesterday(?:\s+afternoon)?|the\s+day\s+before\s+yesterday)))?"
_DONE_EN = lazy(
    rf"{_SUBJ_EN}(?P<have>\s+have|\s+has|['’]ve|['’]s)?(?:\s+(?P<adv>just|only|already))?\s+"
    rf"(?:(?P<had>had|took)\s+{_A_NAP}|napped{_SPAN_EN}){_DAYS_EN}\s*(?P<end>[.!]*)")
_NOT_EN = lazy(
    rf"{_SUBJ_EN}\s+(?:(?:didn['’]t|did\s+not)\s+(?:nap|have\s+a\s+nap|take\s+a\s+nap)|"
    r"(?P<has>haven['’]t|hasn['’]t|have\s+not|has\s+not)\s+had\s+a\s+nap)(?:\s+(?P<yet>yet))?"
    rf"{_DAYS_EN}\s*(?P<end>[.!]*)")
_DID_EN = lazy(
    rf"(?P<aux>Did|Have|Has)\s+{_SUBJ_EN}\s+(?:(?P<had>had)\s+a\s+nap|(?:have|take)\s+a\s+nap|nap)"
    rf"(?:\s+(?P<yet>yet))?{_DAYS_EN}\s*\?+")
_WANT_EN = lazy(
    rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}(?:\s+(?P<want>needs?|wants?)\s+(?:to\s+(?:have|take)\s+)?|"
    rf"(?P<will>['’]ll|\s+will)\s+(?:have|take)\s+|{BE_EN}\s+going\s+to\s+(?:have|take)\s+){_A_NAP}\s*(?P<end>[.!?]*)")
_NOW_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_SUBJ_EN}{BE_EN}?(?:\s+(?P<still>still))?\s+"
               rf"(?:napping|(?:having|taking)\s+{_A_NAP})\s*(?P<end>[.!?]*)")

@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who naps as a habit, had, has not had, needs, wants or will
    have a nap, or is having one now; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    rules = (_habit, _done, _want, _now) if src == "vi" else (
        _habit_vi, _how_long_vi, _done_vi, _not_vi, _did_vi, _want_vi, _now_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether English says "-s" after them: ("the baby", True), ("I",
    False); None for a word of kinship alone said (the speaker or "you": mt.hobbies.who), and for "I" asked."""
    said = ("the baby", True) if m["baby"] else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether English says "-s" after them: ("em bé", True)."""
    return ("em bé", True) if m["baby"] else who_vi(m)


def _span(m: re.Match, tgt: str) -> str | None:
    """For how long a match says, in `tgt` with "about" … before it ("an hour", "khoảng nửa tiếng"); "" for none; None
    for a unit not of a nap ("2 giờ", "hai ngày") or an English plural that does not agree ("two hour")."""
    if not m["span"]:
        return ""
    if tgt == "en":
        if not m["half_hour"] and keyed(m["unit"]) not in _SPAN_UNITS:
            return None
        about = f"{spans.ABOUT[keyed(m['about'])]} " if m["about"] else ""
    else:
        one = not m["half_hour"] and keyed(m["n"]) in ("a", "an", "one", "1") and not m["half"]
        if not m["half_hour"] and (keyed(m["unit"]) not in ("hour", "minute") or
                                   bool(re.search(r"(?:hour|minute)s\b", m["span"])) == one):
            return None
        about = f"{spans.ABOUT_EN[keyed(m['about'])]} " if m["about"] else ""
    return about + spans.said(m, tgt)


def _a_nap(m: re.Match) -> str:
    """A nap in English, "a quick nap" for a short one ("chợp mắt một lát")."""
    return f"a{' quick' * bool(m['short'])} nap"


def _habit(text: str) -> str | None:
    """"Tôi thường ngủ trưa một tiếng." as "I usually nap for an hour after lunch.", "Trưa nào tôi cũng ngủ một
    lát." as "I have a quick nap after lunch every day.", "Anh ấy chiều nào cũng ngủ trưa." as "He has a nap every
    afternoon.", "Bạn có ngủ trưa không?" as "Do you have a nap after lunch?" (_HABIT); None where nothing says a
    habit ("Tôi ngủ trưa một lát.")."""
    m = _HABIT.fullmatch(text)
    asked = bool(m and (m["asked"] or m["long"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"] or m["long"]) != asked or m["each0"] and m["each1"]:
        return None
    each, seldom = keyed(m["each0"] or m["each1"] or ""), keyed(m["seldom"] or "")
    if m["every0"] and (m["every"] or m["each0"]):
        return None
    if m["long"]:  # (not without "thường": how long one napped, or naps?)
        if seldom != "thường" or m["ask"] or m["asked"] or each or m["span"] or m["when"] or m["every"] or m["every0"]:
            return None
        if (said := _who(m, True)) is None:
            return None
        return f"How long {'does' if said[1] else 'do'} {said[0]} usually nap?"
    said_every = m["every0"] or m["every"]
    if bool(each) != bool(m["also"]) or each and (said_every or seldom or asked) or m["short"] and m["span"]:
        return None
    if asked and (seldom not in ("", "hay", "thường", "bao giờ") or m["span"]) or not asked and (
            seldom == "bao giờ" or not (each or seldom or said_every)) or seldom in _NEVER and said_every:
        return None
    if (said := _who(m, asked)) is None or (span := _span(m, "en")) is None:
        return None
    who_, one = said
    every = _EACH[each] if each else _EVERY[keyed(said_every)] if said_every else ""
    when_ = _WHEN[keyed(m["when"])] if m["when"] else ""
    if when_ and every == "every afternoon":
        return None  # ("chiều nào … cũng … vào buổi chiều", "… sau bữa trưa")
    if not when_ and every != "every afternoon" and (keyed(m["nap"]) == "ngủ trưa" or each == "trưa"):
        when_ = "after lunch"  # (a nap at noon)
    rest = "".join(f" {w}" for w in (when_, every) if w)
    if asked:
        how = {"hay": " often", "thường": " usually", "bao giờ": " ever"}.get(seldom, "")
        return f"{'Does' if one else 'Do'} {who_}{how} have {_a_nap(m)}{rest}?"
    how = f"{'usually' if seldom == 'thường' else SELDOM[seldom]} " if seldom else ""  # (a nap is timed: usually)
    napping = f"nap{'s' * one} for {span}" if span else f"{'has' if one else 'have'} {_a_nap(m)}"
    return capitalised(f"{who_} {how}{napping}{rest}{stop(m['end'])}")


def _done(text: str) -> str | None:
    """"Tôi vừa ngủ trưa xong." as "I just had a nap.", "Tôi chỉ chợp mắt một chút thôi." as "I only had a quick
    nap.", "Hôm qua tôi ngủ trưa ba tiếng." as "I napped for three hours yesterday.", "Hôm nay tôi chưa ngủ trưa." as
    "I haven't had a nap today.", "Bạn ngủ trưa chưa?" as "Have you had a nap yet?" (_DONE); None where done or to do
    is not told ("Hôm nay tôi không ngủ trưa.", "Tôi ngủ trưa rồi.")."""
    m = _DONE.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    days = [m[f"day{n}"] for n in range(3) if m and m[f"day{n}"]]
    if not m or asked != bool(m["yet"]) or len(days) > 1 or (span := _span(m, "en")) is None:
        return None
    tense, done = keyed(m["tense"] or ""), keyed(m["done"] or "")
    day = when(days[0], "vi", _NOON) if days else ""
    if day is None or m["short"] and span or m["only"] and (tense != "chỉ" or done):
        return None
    if keyed(m["nap"]) == "ngủ" and tense not in ("vừa", "mới", "vừa mới"):
        return None  # ("Tôi chỉ ngủ một chút thôi.": a night's sleep, too)
    if (said := _who(m, asked)) is None:
        return None
    who_, one = said
    has, on = "has" if one else "have", f" {day}" if day else ""
    behind = day in _BEHIND
    if tense in ("chưa", "đã không", "không") or asked:
        if m["short"] or span or done or behind and (tense == "chưa" or asked) or tense == "không" and not behind:
            return None  # ("chưa … hôm qua"; "Hôm nay tôi không ngủ trưa.": didn't, or won't?)
        if asked:
            return None if tense not in ("", "đã") else f"{has.capitalize()} {who_} had a nap{on or ' yet'}?"
        if tense == "chưa":
            return capitalised(f"{who_} {has}n't had a nap{on or ' yet'}{stop(m['end'])}")
        return capitalised(f"{who_} didn't have a nap{on}{stop(m['end'])}")
    had = f"napped for {span}" if span else f"had {_a_nap(m)}"
    if tense in ("vừa", "mới", "vừa mới"):
        return None if day or done == "rồi" else capitalised(f"{who_} just {had}{stop(m['end'])}")
    if tense == "chỉ":
        return None if done or not (m["short"] or span) else capitalised(f"{who_} only {had}{on}{stop(m['end'])}")
    if tense == "đã" and done and not day:
        return capitalised(contracted(who_, f"{has} already had {_a_nap(m)}{stop(m['end'])}")) if not span else None
    if done or not (tense == "đã" or behind):
        return None
    return capitalised(f"{who_} {had}{on}{stop(m['end'])}")


def _want(text: str) -> str | None:
    """"Tôi cần chợp mắt một lát." as "I need a quick nap.", "Bạn có muốn ngủ trưa không?" as "Do you want a nap?",
    "Tôi sẽ chợp mắt một lát." as "I'll have a quick nap.", "Tôi đi ngủ trưa đây." as "I'm going to have a nap."
    (_WANT); None for anything else."""
    m = _WANT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (m["want"] == "đi") != bool(m["here"]):
        return None
    if asked and m["want"] in ("sẽ", "đi") or (said := _who(m, asked)) is None:
        return None
    who_, one = said
    if m["want"] == "đi":
        return capitalised(contracted(who_, f"{be(who_)} going to have {_a_nap(m)}{stop(m['end'])}")) if \
            who_ in ("I", "we") else None
    if m["want"] == "sẽ":
        return capitalised(contracted(who_, f"will have {_a_nap(m)}{stop(m['end'])}"))
    verb = "need" if m["want"] == "cần" else "want"
    return present(who_, one, verb, _a_nap(m), asked, end=m["end"])


def _now(text: str) -> str | None:
    """"Em bé đang ngủ trưa." as "The baby is taking a nap.", "Bà tôi đang chợp mắt một lát." as "My grandmother is
    taking a quick nap.", "Em bé vẫn đang ngủ trưa à?" as "Is the baby still taking a nap?" (_NOW); None for anyone
    but the baby "đang ngủ trưa" (mt/at_the_moment.py's)."""
    m = _NOW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and m["asked"] != "không" or m["asked"] == "không" and not (
            m["ask"]) or not (m["baby"] or m["short"] or keyed(m["nap"]) == "chợp mắt"):
        return None
    if (said := _who(m, asked)) is None or m["ask"] and m["still"]:
        return None
    who_, still = said[0], "still " * bool(m["still"])
    return progressive(who_, be(who_), f"{still}taking {_a_nap(m)}", asked, end=m["end"])


def _nap_vi(m: re.Match) -> str:
    """A nap in Vietnamese: "chợp mắt một lát" for a quick or short one, else "ngủ trưa"."""
    return "chợp mắt một lát" if m["quick"] else "ngủ trưa"


def _agrees(verb: str, one: bool) -> bool:
    """Whether an English verb of the present agrees with who ("has" after "he", "have" after "I")."""
    return (keyed(verb.replace("’", "'")).split()[0] in _ONE_FORMS) == one


def _habit_vi(text: str) -> str | None:
    """"I usually nap for an hour." as "Tôi thường ngủ trưa một tiếng.", "He always naps in the afternoon." as "Anh
    ấy chiều nào cũng ngủ trưa.", "She takes a nap every day." as "Cô ấy ngủ trưa mỗi ngày.", "Do you have a nap
    after lunch?" as "Bạn có ngủ trưa không?" (_HABIT_EN); None for anything else, and where the verb does not agree
    with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["span"] and (m["quick"] or m["verb"].startswith(("h", "t"))):
        return None
    who_, one = _who_vi(m)
    seldom, asked = keyed(m["seldom"] or ""), bool(m["do"])
    if not _agrees(m["do"] or m["verb"], one) or asked and not re.fullmatch(r"nap|have .*|take .*", m["verb"]) or (
            seldom == "ever") != (asked and seldom == "ever") or m["naps"] and m["verb"].startswith("h"):
        return None
    if (span := _span(m, "vi")) is None or not asked and not (seldom or m["every"]):
        return None  # ("I nap after lunch.": "Tôi ngủ trưa." says no habit)
    afternoon = bool(m["when"] and "afternoon" in m["when"])
    every = keyed(m["every"] or "")
    each = every == "every afternoon" or afternoon and seldom == "always" and not every
    when_ = " vào buổi chiều" if afternoon and m["quick"] and not each else " sau bữa trưa" if (
        m["when"] and not afternoon and m["quick"]) else ""
    if each and not asked and seldom and not afternoon or every and (afternoon or seldom in ("never", "rarely")):
        return None
    nap, often = f"{_nap_vi(m)}{' ' + span if span else ''}{when_}", f" {_EVERY_EN[every]}" if every else ""
    if asked:
        how = {"usually": "thường ", "often": "hay ", "ever": "bao giờ "}.get(seldom)
        return None if how is None and seldom else capitalised(f"{who_} có {how or ''}{nap}{often} không?")
    if each:
        return capitalised(f"{who_} chiều nào cũng {nap}{stop(m['end'])}")
    return capitalised(f"{who_} {HABIT_VI[seldom] + ' ' if seldom else ''}{nap}{often}{stop(m['end'])}")


def _how_long_vi(text: str) -> str | None:
    """"How long do you usually nap?" as "Bạn thường ngủ trưa bao lâu?" (_HOW_LONG_EN); None where "do" does not
    agree with who, and without "usually" (how long one napped, or naps?)."""
    m = _HOW_LONG_EN.fullmatch(text)
    if not m or not m["seldom"] or not _agrees(m["do"], (said := _who_vi(m))[1]):
        return None
    return capitalised(f"{said[0]} thường ngủ trưa bao lâu?")


def _day_vi(m: re.Match) -> tuple[str, bool]:
    """The day of a match of _DAYS_EN in Vietnamese ("hôm qua", "" for none), and whether it is behind today."""
    return when(m["day"], "en") if m["day"] else "", bool(m["day"]) and keyed(m["day"]) in _BEHIND


def _done_vi(text: str) -> str | None:
    """"I just had a quick nap." as "Tôi vừa chợp mắt một lát.", "He napped for two hours." as "Anh ấy đã ngủ trưa
    hai tiếng.", "I had a nap this afternoon." as "Chiều nay tôi đã ngủ trưa.", "I've already had a nap." as "Tôi đã
    ngủ trưa rồi." (_DONE_EN); None where "have" does not agree with who, or goes with a day behind."""
    m = _DONE_EN.fullmatch(text)
    if not m or (span := _span(m, "vi")) is None:
        return None
    (who_, one), (day, behind), adv = _who_vi(m), _day_vi(m), keyed(m["adv"] or "")
    have = be_said(m["have"] or "").replace("'ve", "have")
    if have and (m["had"] != "had" or (have in ("has", "is")) != one or behind) or adv == "already" and day:
        return None
    nap, end = f"{_nap_vi(m)}{' ' + span if span else ''}", stop(m["end"])
    if adv == "just":
        return None if day else capitalised(f"{who_} vừa {nap}{end}")
    if adv == "only":
        return placed(f"{who_} chỉ {nap} thôi", day, end) if m["quick"] or span else None
    if have and not day or adv == "already":
        return capitalised(f"{who_} đã {nap} rồi{end}")
    return placed(f"{who_} đã {nap}", day, end)


def _not_vi(text: str) -> str | None:
    """"I didn't nap today." as "Hôm nay tôi không ngủ trưa.", "She hasn't had a nap yet." as "Cô ấy chưa ngủ
    trưa." (_NOT_EN); None where "has" does not agree with who, or goes with a day behind."""
    m = _NOT_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), (day, behind) = _who_vi(m), _day_vi(m)
    if m["has"] and (not _agrees(m["has"], one) or behind or m["yet"] and day) or not m["has"] and m["yet"]:
        return None
    said = f"{who_} chưa ngủ trưa" if m["has"] else f"{who_} {'' if day else 'đã '}không ngủ trưa"
    return placed(said, day, stop(m["end"]))


def _did_vi(text: str) -> str | None:
    """"Did you have a nap yesterday?" as "Hôm qua bạn có ngủ trưa không?", "Have you had a nap yet?" and "Did you
    have a nap?" as "Bạn đã ngủ trưa chưa?" (_DID_EN); None for "Did I …", and where "has" does not agree."""
    m = _DID_EN.fullmatch(text)
    if not m or (m["aux"] == "Did") == bool(m["had"]) or m["yet"] and (m["day"] or m["aux"] == "Did"):
        return None
    (who_, one), (day, behind) = _who_vi(m), _day_vi(m)
    if who_ == "tôi" or m["had"] and (behind or (m["aux"] == "Has") != one):
        return None
    return placed(f"{who_} có ngủ trưa", day, " không?") if behind else placed(f"{who_} đã ngủ trưa", day, " chưa?")


def _want_vi(text: str) -> str | None:
    """"I need a nap." as "Tôi cần ngủ trưa.", "Do you want a quick nap?" as "Bạn có muốn chợp mắt một lát không?",
    "I'll take a quick nap." as "Tôi sẽ chợp mắt một lát.", "I'm going to have a nap." as "Tôi đi ngủ trưa đây."
    (_WANT_EN); None where the verb does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or asked and not m["want"]:
        return None
    who_, one = _who_vi(m)
    want, end = keyed(m["want"] or ""), stop(m["end"])
    if m["want"] and not _agrees(m["do"] or want, one) or asked and want.endswith("s") or m["be"] and (
            be_said(m["be"]) != be_of(who_, one)):
        return None
    verb = "cần" if want.startswith("need") else "muốn"
    if asked:
        return capitalised(f"{who_} có {verb} {_nap_vi(m)} không?")
    if m["be"] and who_ in ("tôi", "chúng tôi"):
        return capitalised(f"{who_} đi {_nap_vi(m)} đây{end}")
    return capitalised(f"{who_} {'sẽ' if m['will'] or m['be'] else verb} {_nap_vi(m)}{end}")


def _now_vi(text: str) -> str | None:
    """"The baby is napping." as "Em bé đang ngủ trưa.", "Is the baby still napping?" as "Em bé vẫn đang ngủ trưa
    à?", "My mother is having a quick nap." as "Mẹ tôi đang chợp mắt một lát." (_NOW_EN); None for anyone but the
    baby napping, having or taking a nap (mt/at_the_moment.py's), and where "is" does not agree with who."""
    m = _NOW_EN.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or not (m["baby"] or m["quick"]):
        return None
    who_, one = _who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or asked and who_ == "tôi":
        return None
    if asked:
        return capitalised(f"{who_} vẫn đang {_nap_vi(m)} à?" if m["still"] else f"{who_} có đang {_nap_vi(m)} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {_nap_vi(m)}{stop(m['end'])}")
