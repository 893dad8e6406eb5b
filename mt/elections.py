"""Elections, both ways, written whole by rule: who voted or will vote (on a day near today, for the first time,
just, already, not yet), for whom, who is old enough to vote, election day, and the election results out or not. v8
(rules on) reads "bầu" as an election gone to and loses who and when: "Bạn bầu cho ai?" → "Who is you electoral?",
"Tôi đi bầu cử lần đầu." → "I went to the first election.", "Bạn đã đi bỏ phiếu chưa?" → "Did you vote?", "Năm nay
tôi đủ tuổi đi bầu." → "This year, I am old enough to go to the electoral.", "Tôi chưa đi bầu." → "I'm not going to go
to the vote.", "Mẹ tôi đã bầu cho ai?" → "Who's my mother elected?", "Đã có kết quả bầu cử chưa?" → "Are there a
result of election results?"; and back, "Who did you vote for?" → "Cậu bỏ phiếu cho mình?", "I voted for the first
time." → "Lần đầu tôi bỏ phiếu lần đầu.", "Are the election results out yet?" → "Cuộc bầu cử vẫn chưa?".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) votes ("đi bầu (cử)", "(đi) bỏ phiếu"; "bỏ phiếu" written back): on a
day behind (voted), a day ahead (is going to), "đã", "vừa", "rồi" (already), "sẽ", "sẽ không", "chưa" (hasn't yet),
"không" with a day, "lần đầu" with a tense (voted for the first time; "sẽ": will); asked "… chưa?" (have … yet?) or
"có … không?" with a day; "bầu cho ai?" with "đã" or a day behind (who did … vote for; "sẽ" or a day ahead: will),
who voted or will vote for whom (mt.hobbies.WHOM); who is, is not yet, or will be old enough to vote ("đủ tuổi đi
bầu"; this year, next year), asked; a day near today or "Chủ nhật này" that is election day, "Ngày bầu cử là khi
nào?"; the election results out, not yet, asked, when, or out tomorrow; "Did you vote?" as "Bạn đã bỏ phiếu chưa?".
Left: "Tôi đi bầu." and "Bạn có đi bầu không?" (did, does or will?), "hôm nay", "sáng nay", "chiều nay" without "đã"
(done or ahead?), "Tôi đi bầu cử lần đầu.", "Tôi bầu cho Lan.", "Bạn bầu cho ai?" (did, or will?), "mình" as whom
(me, or himself?), another who "đi bầu rồi", "vừa đi bầu" (has voted, or has gone to vote?), asked of oneself ("Tôi
đã đi bầu chưa?"), "Chúng ta đi bầu chưa?" (shall we go?), "anh", "chị", "em" alone saying it, "có bầu" (pregnant:
mt/babies.py), "bầu trời" (mt/sky.py), "ông bầu", votes in general ("We voted to stay.", "I vote we go."), "Did you
vote for the first time?", "we" asked in English ("Who are we voting for?": chúng ta, or chúng tôi?), and anything
else.
mt.phrasebook.translate tries these after mt/fire_safety.py.

    >>> translate("Bạn đã đi bỏ phiếu chưa?", "vi", "en"), translate("Who did you vote for?", "en", "vi")
    ('Have you voted yet?', 'Bạn đã bỏ phiếu cho ai?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import (EN_DAYS, EN_OBJECT, SOFTENED_END, VI_DAYS, agreement_asked, alternatives, be, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bầu|bỏ\s+phiếu)"), "en": lazy(r"(?i:vot|election)")}
# the days a vote is said on (mt.dates.NEAR_WAY is the tense: "hôm nay", "sáng nay", "chiều nay" left without "đã")
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tuần trước", "cuối tuần trước",
                  "tháng trước", "năm ngoái", "năm trước", "sáng nay", "hôm nay", "chiều nay", "ngày mai", "sáng mai",
                  "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                  "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# ... being old enough to vote ("năm nay": is; a year ahead: will be)
_AGE_DAYS = near_days("năm nay", "năm sau", "năm tới", "tháng sau", "tháng tới")
_AGE_DAYS_VI = {en: vi for vi, en in reversed(_AGE_DAYS.items())}
# ... election day: a day near today, or a weekday of this week or the next ("Chủ nhật này": this Sunday)
_ON = near_days("hôm qua", "hôm nay", "ngày mai", "ngày kia", "ngày mốt")
_WEEKDAYS_VI = dict(zip(EN_DAYS, VI_DAYS))
_WEEKDAYS = {keyed(vi): en for en, vi in _WEEKDAYS_VI.items()}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())}
_WEEK = {"này": "this {}", "tuần sau": "{} next week", "tuần tới": "{} next week"}

_VOTE = r"(?P<verb>đi\s+bầu(?:\s+cử)?|(?:đi\s+)?bỏ\s+phiếu)"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_END = rf"(?:\s+(?P<q>chưa|không))?{SOFTENED_END}"
# who voted ("Tôi đi bầu cử sáng nay.", "Bạn đã đi bỏ phiếu chưa?", "Tôi đi bầu cử lần đầu.")
_VOTED = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>đã|sẽ\s+không|sẽ|vừa\s+mới|vừa|vẫn\s+chưa|chưa|không|có)\s+)?{_VOTE}"
              rf"(?:\s+(?P<first>lần\s+đầu(?:\s+tiên)?))?{_DAY2}(?:\s+(?P<done>rồi))?{_END}")
# ... for whom ("Bạn bầu cho ai?", "Tôi đã bỏ phiếu cho anh ấy.")
_FOR = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>đã|sẽ)\s+)?(?:đi\s+)?(?:bầu|bỏ\s+phiếu)\s+cho\s+(?:(?P<ai>ai)|{WHOM})"
            rf"{_DAY2}{SOFTENED_END}")
# old enough ("Năm nay tôi đủ tuổi đi bầu.", "Con tôi chưa đủ tuổi đi bầu.", "Bạn đủ tuổi đi bầu chưa?")
_AGE = lazy(rf"(?:(?P<day0>(?i:{alternatives(_AGE_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<aux>đã|sẽ|vẫn\s+chưa|chưa|có|"
            r"không)\s+)?đủ\s+tuổi\s+(?:đi\s+bầu(?:\s+cử)?|bầu\s+cử|(?:đi\s+)?bỏ\s+phiếu)"
            rf"(?:\s+(?P<day2>(?i:{alternatives(_AGE_DAYS)})))?(?:\s+(?P<done>rồi))?{_END}")
# election day ("Chủ nhật này là ngày bầu cử.", "Hôm nay có phải là ngày bầu cử không?", "Ngày bầu cử là khi nào?")
_DAY = (rf"(?:(?P<near>(?i:{alternatives(_ON)}))|(?P<wd>(?i:{alternatives(_WEEKDAYS)}))\s+"
        r"(?P<week>này|tuần\s+sau|tuần\s+tới))")
_DAY_IS = lazy(rf"{_DAY}\s+(?:(?P<ask>có\s+phải)\s+)?(?:là\s+)?ngày\s+bầu\s+cử(?:\s+(?P<q>không|à))?{SOFTENED_END}")
_IS_DAY = lazy(r"(?:(?i:ngày)\s+bầu\s+cử\s+(?:là\s+)?(?:(?P<when>khi\s+nào|bao\s+giờ|ngày\s+nào|hôm\s+nào)|"
               rf"{_DAY})|(?P<when2>(?i:khi\s+nào|bao\s+giờ))\s+(?:là\s+)?ngày\s+bầu\s+cử){SOFTENED_END}")
# the results ("Đã có kết quả bầu cử chưa?", "Chưa có kết quả bầu cử.", "Khi nào có kết quả bầu cử?")
_RESULTS = lazy(rf"(?:(?P<when>(?i:khi\s+nào|bao\s+giờ))\s+(?:thì\s+)?|(?P<day>(?i:{alternatives(_ON)}))\s+)?"
                r"(?:(?P<aux>(?i:đã|vẫn\s+chưa|chưa|sẽ))\s+)?(?i:có)\s+kết\s+quả\s+bầu\s+cử(?:\s+(?P<done>rồi))?"
                rf"(?:\s+(?P<q>chưa))?{SOFTENED_END}|(?i:kết)\s+quả\s+bầu\s+cử\s+(?:(?P<aux2>đã|vẫn\s+chưa|chưa)\s+)?"
                rf"có(?:\s+(?P<done2>rồi))?(?:\s+(?P<q2>chưa))?{SOFTENED_END.replace('end', 'end2')}")

# ... and in English: who, then "voted", "has voted", "will vote", "is going to vote" …, read by _verb
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_AUX_EN = (r"(?P<vp>(?:'(?:s|m|re|ve|ll)|(?:\s+still)?\s+(?:has|have|is|am|are|will|did|won't|didn't|hasn't|"
           r"haven't|isn't|aren't))?(?:\s+(?:not|still|just|already|going\s+to))*\s+(?:vote|voted|voting))")
_VOTED_EN = lazy(rf"{WHO_EN}{_AUX_EN}(?P<first>\s+for\s+the\s+first\s+time)?{_DAY_EN}(?P<yet>\s+yet)?"
                 r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<q>Did|Have|Has|Are|Is|Will)\s+{WHO_EN}\s+(?P<verb>vote|voted|going\s+to\s+vote)"
                 rf"(?P<first>\s+for\s+the\s+first\s+time)?{_DAY_EN}(?P<yet>\s+yet)?\s*\?+")
_WHOM_Q_EN = lazy(rf"Who\s+(?P<q>did|will|are|is)\s+{WHO_EN}\s+(?P<verb>vote|voting|going\s+to\s+vote)\s+for"
                  rf"{_DAY_EN}\s*\?+")
_FOR_EN = lazy(rf"{WHO_EN}{_AUX_EN}\s+for\s+{WHOM_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_AGE_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<vp>'(?:s|m|re|ll\s+be)|\s+(?:is|am|are|will\s+be|isn't|"
               r"aren't))?(?P<not>\s+not)?\s+old\s+enough\s+to\s+vote(?:\s+(?P<day>this\s+year|next\s+year|"
               r"next\s+month)|(?P<now>\s+now)|(?P<yet>\s+yet))?\s*(?P<end>[.!?]*)")
_DAY_EN_ON = (rf"(?:(?P<near>(?i:{alternatives(_ON_VI)}))|(?P<this>(?i:this))\s+(?P<wd>{alternatives(_WEEKDAYS_VI)})|"
              rf"(?P<wd2>{alternatives(_WEEKDAYS_VI)})\s+next\s+week)")
_DAY_IS_EN = lazy(rf"(?:(?P<q>Is|Was)\s+)?{_DAY_EN_ON}(?P<be>\s+is|\s+was|'s)?\s+election\s+day\s*(?P<end>[.!?]*)")
_WHEN_EN = lazy(r"When(?:'s|\s+is)\s+election\s+day\s*\?+")
_RESULTS_EN = lazy(r"(?:(?P<q>Are)\s+the\s+election\s+results\s+out(?P<yet>\s+yet)?|(?P<when>When)\s+will\s+the"
                   r"\s+election\s+results\s+be\s+out|The\s+election\s+results\s+(?P<vp>are|aren't|are\s+not|"
                   r"are\s+still\s+not|will\s+be)\s+out(?:\s+(?P<day>tomorrow))?(?P<yet2>\s+yet)?)\s*(?P<end>[.!?]*)")
# who is not asked of in English: oneself ("Did I vote?"), and we ("Who are we voting for?": chúng ta, or chúng tôi?)
_NOT_ASKED = ("tôi", "chúng tôi")
# English verbs as _verb reads them ("'s voted" is "has voted", "'s going" "is going"): what is said, and whether it
# must agree with "-s" (True for "has", False for "have"), with be ("be"), or with any who (None)
_VERBS = {"voted": ("past", None), "just voted": ("just", None), "has voted": ("done", True),
          "have voted": ("done", False), "has already voted": ("done", True), "have already voted": ("done", False),
          "has just voted": ("just", True), "have just voted": ("just", False), "already voted": ("done", None),
          "has not voted": ("not yet", True), "have not voted": ("not yet", False),
          "has still not voted": ("still not", True), "have still not voted": ("still not", False),
          "still has not voted": ("still not", True), "still have not voted": ("still not", False),
          "did not vote": ("didn't", None), "will vote": ("will", None), "will not vote": ("won't", None),
          "be going to vote": ("will", "be"), "be not going to vote": ("won't", "be"), "be voting": ("ing", "be")}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who voted or will vote, for whom, who is old enough to vote,
    which day is election day or whether the results are out; None for any other."""
    if src == "vi":  # ("… nhỉ?" asks to be agreed with: left)
        said = None if agreement_asked(text) else (_voted(text) or _for(text) or _age(text) or
                                                   _election_day(text) or _results(text))
    else:
        text = text.replace("’", "'")
        said = (_voted_vi(text) or _asked_vi(text) or _for_vi(text) or _age_vi(text) or
                _election_day_vi(text) or _results_vi(text))
    # (a statement's end as the source's: "!" kept)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _who(m: re.Match, asked: bool, me: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("my father", True), as mt.hobbies.who gives it; None for a
    pet, and for "I" asked unless `me` ("Tôi đã đi bầu chưa?" is not asked of oneself)."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" and not me else said


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match of _VOTED or _FOR in English and its way (mt.dates.NEAR_WAY): (" yesterday", "behind");
    ("", "") for none; None for two."""
    if m["day0"] and m["day2"]:
        return None
    day = keyed(m["day0"] or m["day2"] or "")
    return (f" {_DAYS[day]}", NEAR_WAY[day]) if day else ("", "")


def _has(who_: str, one: bool, rest: str) -> str:
    """Who has done it, in English: "I've voted", "My father has voted"."""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {rest}"))


def _voted(text: str) -> str | None:
    """"Tôi đã đi bầu cử sáng nay." as "I voted this morning.", "Bạn đã đi bỏ phiếu chưa?" as "Have you voted yet?",
    "Tôi chưa đi bầu." as "I haven't voted yet." (_VOTED); None for anything else, for a tense not known ("Tôi đi
    bầu.": did, do or will?), and for another who "đi bầu rồi" or "vừa đi bầu" (has voted, or has gone to vote?)."""
    m = _VOTED.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (when := _day(m)) is None:
        return None
    aux, q, first, done = keyed(m["aux"] or ""), m["q"], " for the first time" if m["first"] else "", bool(m["done"])
    said, (day, way) = _who(m, bool(q)), when
    if said is None or (aux == "có") != (q == "không") or done and (q or day or first) or q and first:
        return None
    who_, one = said
    # ("Mẹ tôi đi bầu rồi.", "Anh ấy vừa đi bầu.": voted, or gone off to vote? Not "I", "we", "you": they are here)
    if (done or aux.startswith("vừa")) and who_ not in ("I", "we", "you") and keyed(m["verb"]).startswith("đi "):
        return None
    if q == "chưa":  # ("Chúng ta đi bầu chưa?": shall we go and vote?)
        ok = aux in ("", "đã") and not day and who_ != "we"
        return f"{'Has' if one else 'Have'} {who_} voted yet?" if ok else None
    if q:  # ("Hôm qua bạn có đi bầu không?", "Ngày mai bạn có đi bầu không?"; no day: did, do or will?)
        return (f"Did {who_} vote{first}{day}?" if way == "behind" else
                f"{be(who_).capitalize()} {who_} going to vote{first}{day}?" if way == "ahead" else None)
    if done:
        return _has(who_, one, "already voted.") if aux in ("", "đã") else None
    if aux in ("vừa", "vừa mới"):
        return _has(who_, one, f"just voted{first}.") if not day else None
    if aux in ("chưa", "vẫn chưa"):
        yet, still = (" yet", "") if aux == "chưa" else ("", "still ")  # (not "still hasn't voted yet")
        return capitalised(f"{who_} {still}{'hasn' if one else 'haven'}'t voted{yet}.") if not (day or first) else None
    if aux in ("sẽ", "sẽ không"):
        said = f"{who_} won't vote{day}." if aux == "sẽ không" else contracted(who_, f"will vote{first}{day}.")
        return capitalised(said) if way != "behind" and not (first and aux == "sẽ không") else None
    if aux == "không" and not first:
        return (capitalised(f"{who_} didn't vote{day}.") if way == "behind" else
                capitalised(contracted(who_, f"{be(who_)} not going to vote{day}.")) if way == "ahead" else None)
    # done on a day behind, or with "đã" on a day not ahead ("Tôi đi bầu cử sáng nay." may be said before going)
    if aux in ("", "đã") and (way == "behind" or aux and way != "ahead"):
        return capitalised(f"{who_} voted{first}{day}.")
    if way == "ahead" and not aux:
        return capitalised(contracted(who_, f"{be(who_)} going to vote{first}{day}."))
    return None


def _for(text: str) -> str | None:
    """"Bạn đã bầu cho ai?" as "Who did you vote for?", "Bạn sẽ bầu cho ai?" as "Who will you vote for?", "Tôi đã bỏ
    phiếu cho anh ấy." as "I voted for him.", "Tôi sẽ bầu cho Lan." as "I'll vote for Lan." (_FOR); None for anything
    else, for no tense ("Tôi bầu cho Lan.", "Bạn bầu cho ai?": did, or will?), and for "mình" (me, or himself?)."""
    m = _FOR.fullmatch(text)
    if not m or bool(m["ai"]) != ("?" in m["end"]) or (when := _day(m)) is None:
        return None
    said, aux, (day, way) = _who(m, bool(m["ai"])), keyed(m["aux"] or ""), when
    if said is None or not (aux or day) or way == "today" or aux == "đã" and way == "ahead" or \
            aux == "sẽ" and way == "behind":
        return None
    who_, will = said[0], aux == "sẽ" or way == "ahead"
    if m["ai"]:
        return f"Who will {who_} vote for{day}?" if will else f"Who did {who_} vote for{day}?"
    whom = as_whom(m["whom"], "vi")
    # (not "I voted for me"; "mình" after another is "himself" as often as "me")
    if whom is None or whom == EN_OBJECT.get(who_, who_) or keyed(m["whom"]) == "mình":
        return None
    return capitalised(contracted(who_, f"will vote for {whom}{day}.") if will else f"{who_} voted for {whom}{day}.")


def _age(text: str) -> str | None:
    """"Năm nay tôi đủ tuổi đi bầu." as "I'm old enough to vote this year.", "Con tôi chưa đủ tuổi đi bầu." as "My
    child isn't old enough to vote yet.", "Bạn đủ tuổi đi bầu chưa?" as "Are you old enough to vote yet?" (_AGE); None
    for anything else."""
    m = _AGE.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["day0"] and m["day2"] or (m["aux"] == "có") != (
            m["q"] == "không"):
        return None
    said = _who(m, bool(m["q"]), me=True)
    aux, day = keyed(m["aux"] or ""), keyed(m["day0"] or m["day2"] or "")
    if said is None or day and (m["q"] or aux not in ("", "sẽ", "đã") or m["done"] and day != "năm nay"):
        return None
    who_, _ = said
    be_, on = be(who_), f" {_AGE_DAYS[day]}" if day else ""
    if m["q"]:
        yet = " yet" if m["q"] == "chưa" else ""
        return f"{be_.capitalize()} {who_} old enough to vote{yet}?" if aux in ("", "đã", "có") else None
    if aux in ("chưa", "vẫn chưa", "không"):
        if m["done"]:
            return None
        if aux == "vẫn chưa":
            return capitalised(contracted(who_, f"{be_} still not old enough to vote."))
        nt = "'m not" if be_ == "am" else f" {be_}n't"
        return capitalised(f"{who_}{nt} old enough to vote{' yet' * (aux == 'chưa')}.")
    if aux == "sẽ" or NEAR_WAY.get(day) == "ahead":
        return None if aux == "đã" or m["done"] else capitalised(contracted(who_, f"will be old enough to vote{on}."))
    now = " now" if m["done"] and not day else ""
    return capitalised(contracted(who_, f"{be_} old enough to vote{on}{now}."))


def _on(m: re.Match) -> str:
    """The day of a match of _DAY in English: "today", "this Sunday", "Sunday next week"."""
    if m["near"]:
        return _ON[keyed(m["near"])]
    return _WEEK[keyed(m["week"])].format(_WEEKDAYS[keyed(m["wd"])])


def _election_day(text: str) -> str | None:
    """"Chủ nhật này là ngày bầu cử." as "This Sunday is election day.", "Ngày bầu cử là khi nào?" as "When is election
    day?" (_DAY_IS, _IS_DAY); None for any other."""
    m = _IS_DAY.fullmatch(text)
    if m:  # ("Ngày bầu cử là hôm qua." left: was)
        if ("?" in m["end"]) != bool(m["when"] or m["when2"]) or keyed(m["near"] or "") == "hôm qua":
            return None
        return "When is election day?" if m["when"] or m["when2"] else f"Election day is {_on(m)}."
    m = _DAY_IS.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]) or bool(m["ask"]) != (m["q"] == "không"):
        return None
    be_ = "was" if keyed(m["near"] or "") == "hôm qua" else "is"
    return f"{be_.capitalize()} {_on(m)} election day?" if m["q"] else capitalised(f"{_on(m)} {be_} election day.")


def _results(text: str) -> str | None:
    """"Đã có kết quả bầu cử chưa?" as "Are the election results out yet?", "Chưa có kết quả bầu cử." as "The election
    results aren't out yet." (_RESULTS); None for anything else."""
    m = _RESULTS.fullmatch(text)
    if not m:
        return None
    aux, q = keyed(m["aux"] or m["aux2"] or ""), m["q"] or m["q2"]
    done, day, asked = m["done"] or m["done2"], keyed(m["day"] or ""), "?" in (m["end"] or m["end2"] or "")
    if asked != bool(q or m["when"]) or m["when"] and (aux or done or day) or q and (aux not in ("", "đã") or done):
        return None
    if m["when"]:
        return "When will the election results be out?"
    if q:
        return "Are the election results out yet?"
    if day or aux == "sẽ":
        return "The election results will be out tomorrow." if day == "ngày mai" and aux == "sẽ" and not done else None
    if aux in ("chưa", "vẫn chưa"):
        still = aux == "vẫn chưa"
        return None if done else f"The election results {'still ' * still}aren't out{' yet' * (not still)}."
    return "The election results are out." if done or aux == "đã" else None


def _verb(m: re.Match, who_: str, one: bool) -> str | None:
    """What the verb of a match of _AUX_EN (group vp) says, of _VERBS, where it agrees with who (`who_`, `one` as
    mt.hobbies.who_vi gives them: "She has voted", not "She have voted"); None for any other."""
    words = " ".join(m["vp"].lower().replace("won't", "will not").replace("n't", " not").replace("'", " '").split())
    words = words.replace("'ll", "will").replace("'m", "am").replace("'re", "are").replace("'ve", "have")
    if "'s" in words:  # ("She's voted": has; "She's going to vote": is)
        words = words.replace("'s", "has" if words.split("'s ")[1].startswith(("voted", "just", "already")) else "is")
    said = words.split()
    be_ = next((w for w in said if w in ("is", "am", "are")), None)
    if be_ and be_ != be_of(who_, one):
        return None
    what, agrees = _VERBS.get(" ".join("be" if w == be_ else w for w in said), (None, None))
    return what if what and (agrees in (None, "be") or agrees == one) else None


def _day_vi(m: re.Match) -> tuple[str, str]:
    """The day of an English match (group day) in Vietnamese and its way: ("hôm qua", "behind"); ("", "") for none."""
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    return day, NEAR_WAY.get(day, "")


def _said_on(day: str, who_: str, rest: str) -> str:
    """A Vietnamese sentence, the day (if any) opening it: "Hôm qua bố tôi đã bỏ phiếu."."""
    return capitalised(f"{day} {who_} {rest}" if day else f"{who_} {rest}")


def _voted_vi(text: str) -> str | None:
    """"I voted this morning." as "Sáng nay tôi đã bỏ phiếu.", "I've just voted." as "Tôi vừa bỏ phiếu.", "We'll vote
    tomorrow." as "Ngày mai chúng tôi sẽ đi bỏ phiếu." (_VOTED_EN); None for anything else, where the verb does not
    agree with who, and a pet."""
    m = _VOTED_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    what, (day, way), first = _verb(m, who_, one), _day_vi(m), " lần đầu tiên" if m["first"] else ""
    if what is None or m["yet"] and (what not in ("not yet", "done") or day or first or m["vp"].endswith("already")):
        return None
    end = "!" if "!" in m["end"] else "."
    if what in ("past", "didn't"):
        said = "đã bỏ phiếu" if what == "past" else "không đi bỏ phiếu" if day else "đã không đi bỏ phiếu"
        return None if way == "ahead" or first and what != "past" else _said_on(day, who_, f"{said}{first}{end}")
    if what in ("will", "won't", "ing"):
        said = "sẽ đi bỏ phiếu" if what != "won't" else "sẽ không đi bỏ phiếu"
        return _said_on(day, who_, f"{said}{first}{end}") if way == "ahead" or what != "ing" and not day else None
    if day or first and what != "just":
        return None
    rest = {"just": f"vừa bỏ phiếu{first}", "done": "đã bỏ phiếu rồi", "not yet": "chưa bỏ phiếu",
            "still not": "vẫn chưa bỏ phiếu"}[what]
    return None if what == "done" and m["yet"] else _said_on("", who_, rest + end)


def _asked_vi(text: str) -> str | None:
    """"Have you voted yet?" and "Did you vote?" as "Bạn đã bỏ phiếu chưa?", "Did you vote yesterday?" as "Hôm qua
    bạn có đi bỏ phiếu không?", "Are you going to vote?" as "Bạn có định đi bỏ phiếu không?" (_ASKED_EN); None for
    anything else, for "I" and "we" asked (_NOT_ASKED), and where "Has", "Is" do not agree."""
    m = _ASKED_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    q, verb, (day, way), first = m["q"], " ".join(m["verb"].split()), _day_vi(m), " lần đầu tiên" if m["first"] else ""
    if who_ in _NOT_ASKED or q in ("Has", "Have") and (q == "Has") != one or q in ("Is", "Are") and q.lower() != be_of(
            who_, one):
        return None
    if q in ("Has", "Have"):
        return _said_on("", who_, "đã bỏ phiếu chưa?") if verb == "voted" and not (day or first) else None
    if m["yet"] or first:  # ("Did you vote for the first time?": was it the first?)
        return None
    if q == "Did":  # ("Bạn có đi bỏ phiếu không?" with no day behind reads as "Are you going to vote?")
        ask = "có đi bỏ phiếu không?" if way == "behind" else "đã bỏ phiếu chưa?"
        return _said_on(day, who_, ask) if verb == "vote" and way != "ahead" else None
    if (verb == "vote") != (q == "Will") or way not in ("", "ahead"):
        return None
    return _said_on(day, who_, "có đi bỏ phiếu không?" if day else "có định đi bỏ phiếu không?")


def _for_vi(text: str) -> str | None:
    """"Who did you vote for?" as "Bạn đã bỏ phiếu cho ai?", "Who are you voting for?" as "Bạn sẽ bỏ phiếu cho ai?",
    "I voted for her." as "Tôi đã bỏ phiếu cho cô ấy.", "I'll vote for Lan." as "Tôi sẽ bỏ phiếu cho Lan." (_WHOM_Q_EN,
    _FOR_EN); None for anything else, for "I" and "we" asked (_NOT_ASKED), and where a verb does not agree."""
    m = _WHOM_Q_EN.fullmatch(text)
    if m:
        who_, one = who_vi(m)
        day, way = _day_vi(m)
        q, verb = m["q"], " ".join(m["verb"].split())
        if who_ in _NOT_ASKED or animal(m) or q in ("is", "are") and (q != be_of(who_, one) or verb == "vote") or \
                q in ("did", "will") and verb != "vote" or (q == "did") != (way in ("", "behind")) and day:
            return None
        return _said_on(day, who_, "đã bỏ phiếu cho ai?" if q == "did" else "sẽ bỏ phiếu cho ai?")
    m = _FOR_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    what, (day, way), whom = _verb(m, who_, one), _day_vi(m), as_whom(m["whom"], "en")
    said = {"past": "đã bỏ phiếu", "didn't": "không bỏ phiếu" if day else "đã không bỏ phiếu", "will": "sẽ bỏ phiếu",
            "ing": "sẽ bỏ phiếu", "won't": "sẽ không bỏ phiếu", "just": "vừa bỏ phiếu"}.get(what or "")
    ahead = what in ("will", "ing", "won't")
    if said is None or whom is None or whom == who_ or day and (ahead != (way == "ahead") or what == "just"):
        return None
    return _said_on(day, who_, f"{said} cho {whom}{'!' if '!' in m['end'] else '.'}")


def _age_vi(text: str) -> str | None:
    """"I'm old enough to vote this year." as "Năm nay tôi đủ tuổi đi bầu.", "Are you old enough to vote?" as "Bạn có
    đủ tuổi đi bầu không?" (_AGE_EN); None for anything else, for "we" asked (chúng ta, or chúng tôi?), and where the
    verb does not agree."""
    m = _AGE_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) == bool(m["vp"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    vp = " ".join((m["q"] or m["vp"]).lower().replace("n't", " not").replace("'", " '").split())
    vp = {"'s": "is", "'m": "am", "'re": "are", "'ll be": "will be", "is not": "is", "are not": "are"}.get(vp, vp)
    not_ = bool(m["not"]) or "n't" in (m["vp"] or "")
    day = _AGE_DAYS_VI.get(" ".join((m["day"] or "").lower().split()), "")
    if vp != "will be" and vp != be_of(who_, one) or m["not"] and (m["q"] or "n't" in m["vp"]):
        return None
    if m["q"]:
        ask = "đã đủ tuổi đi bầu chưa?" if m["yet"] else "có đủ tuổi đi bầu không?"
        return None if day or m["now"] or who_ == "chúng tôi" else _said_on("", who_, ask)
    if not_:
        return None if vp == "will be" or day or m["now"] else _said_on("", who_, "chưa đủ tuổi đi bầu.")
    if vp == "will be":
        return None if m["now"] or m["yet"] else _said_on(day, who_, "sẽ đủ tuổi đi bầu.")
    if m["yet"] or day and NEAR_WAY[day] == "ahead":
        return None
    return _said_on(day, who_, "đã đủ tuổi đi bầu rồi." if m["now"] else "đủ tuổi đi bầu.")


def _election_day_vi(text: str) -> str | None:
    """"This Sunday is election day." as "Chủ nhật này là ngày bầu cử.", "Yesterday was election day." as "Hôm qua là
    ngày bầu cử.", "Is today election day?" as "Hôm nay có phải là ngày bầu cử không?", "When is election day?" as
    "Ngày bầu cử là khi nào?" (_DAY_IS_EN, _WHEN_EN); None for anything else, and "was" of a day not behind."""
    if _WHEN_EN.fullmatch(text):
        return "Ngày bầu cử là khi nào?"
    m = _DAY_IS_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    wd = _WEEKDAYS_VI.get(m["wd"] or m["wd2"] or "")
    day = _ON_VI[m["near"].lower()] if m["near"] else f"{wd} này" if m["wd"] else f"{wd} tuần sau"
    was = (m["q"] or m["be"] or "").strip().lower() == "was"
    if was != (day == "hôm qua"):
        return None
    return capitalised(f"{day} có phải là ngày bầu cử không?" if m["q"] else f"{day} là ngày bầu cử.")


def _results_vi(text: str) -> str | None:
    """"Are the election results out yet?" as "Đã có kết quả bầu cử chưa?", "The election results aren't out yet." as
    "Chưa có kết quả bầu cử.", "When will the election results be out?" as "Khi nào có kết quả bầu cử?" (_RESULTS_EN);
    None for anything else."""
    m = _RESULTS_EN.fullmatch(text)
    if not m or bool(m["q"] or m["when"]) != ("?" in m["end"]):
        return None
    if m["q"] or m["when"]:
        return "Đã có kết quả bầu cử chưa?" if m["q"] else "Khi nào có kết quả bầu cử?"
    vp = " ".join(m["vp"].lower().replace("n't", " not").split())
    if (vp == "will be") != bool(m["day"]) or m["yet2"] and vp in ("are", "will be"):
        return None
    return {"are": "Đã có kết quả bầu cử.", "are not": "Chưa có kết quả bầu cử.",
            "are still not": "Vẫn chưa có kết quả bầu cử.", "will be": "Ngày mai sẽ có kết quả bầu cử."}[vp]
