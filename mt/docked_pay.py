"""Pay docked or cut at work, and why, and waiting for pay to come in, both ways, written whole by rule: who had their
pay docked (by the boss, the company) or cut, for being late or missing work, how many days' pay, who was fined for
being late, the boss docking whose pay, who is waiting for their pay or for payday, whether the pay has come in, and
payday near. v8 (every other rule on) reads "trừ" as except or cracked, "lương về" as bones coming, and "docked",
"pay" as cut, paying: "Tôi bị trừ lương vì đi muộn." → "I'm salaries for late.", "Sếp trừ lương tôi." → "His boss
except for me.", "Anh ấy bị trừ hai ngày lương." → "He was cracked for two days.", "Bạn có bị trừ lương không?" → "Do
you have cracked wages?", "Tôi đang chờ lương về." → "I'm waiting for my salaries.", "Lương về chưa?" → "Isn't it?",
"Lương chưa về." → "The bones are not coming.", "Tuần sau mới có lương." → "Next week, new salaries."; "My boss docked
my pay." → "Sếp tôi chi trả cho ông.", "He had two days' pay docked." → "Anh ta có hai ngày trả tiền.", "I'm waiting
for payday." → "Tôi đang đợi trả tiền.", "Has the pay come in yet?" → "Có tiền trả đến chưa?", "Payday is next
week." → "Ngày Payday là tuần tới.", "She was fined for being late to work." → "Cô ấy rất tốt để làm việc trễ.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) "bị trừ lương", "bị cắt lương" (by "sếp" or "công ty" or not), for a
reason of REASONS or not: said (past: "My pay was docked."), "đã", "vừa", "lại" (again), "sẽ", denied, asked ("có …
không?"); "bị trừ hai ngày lương" (a number of days' pay, half a day's), asked how many; "bị phạt tiền vì …" with a
reason said; a boss or a company ("Sếp", "Công ty tôi") that docks or cuts whose pay (mt.hobbies.WHOM); who "đang" or
"vẫn" waiting for their pay (to come in) or for payday; "Lương" (the pay: read so, as mt.names.GIVEN has no
"Lương") come in, not yet, still not, asked yet; a near day (mt.dates.near_days) that is payday ("có lương"), asked,
"mới" (not until), and when payday is. English
the same, its verbs agreeing. Left: whose pay unsaid where English needs it (a name alone waiting for pay: his or
hers?), "Tôi chờ lương về." with no "đang" or "vẫn" (waiting, or will wait?), "I" asked (of a payer too: "Sếp có
trừ lương tôi không?", will the boss?), "anh", "chị", "em" alone saying it, "bị phạt" with no money or no reason
(punished? mt/fines.py has the traffic), "again" denied ("I wasn't fined again.": not this time, or never again?),
"the boss" cutting "his" or "her" pay (his own?), sums docked, a reason with who again ("vì tôi đi muộn"), this or
last month's pay and whose pay come in (mt/unpaid_wages.py), got paid and payday as "ngày lĩnh lương"
(mt/earnings.py), broke until payday (mt/broke.py), overtime pay (mt/overtime.py), bonuses (mt/bonuses.py), "rồi" on a
day ahead ("Ngày mai có lương rồi."), "Tháng sau có lương." (payday, or paid from next month on?), and anything else,
to the model.
mt.phrasebook.translate tries these after mt/late_nights.py.

    >>> translate("Tôi bị trừ lương vì đi muộn.", "vi", "en"), translate("My boss docked my pay.", "en", "vi")
    ('My pay was docked for being late.', 'Tôi bị sếp trừ lương.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import (SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, be_agrees, own_thing, person_of, pet, someone,
                      who_vi, whose_own)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, keyed, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lương|phạt\s+tiền)"), "en": lazy(r"(?i:dock|pay|wages|salary|fined)")}
# why pay was docked (the first Vietnamese of each English is written back)
REASONS = {"đi muộn": "being late", "đi trễ": "being late", "đến muộn": "being late", "đến trễ": "being late",
           "đi làm muộn": "being late for work", "đi làm trễ": "being late for work", "nghỉ làm": "missing work",
           "nghỉ không phép": "taking leave without permission",
           "nghỉ làm không phép": "taking leave without permission", "về sớm": "leaving early",
           "quên chấm công": "forgetting to clock in"}
REASONS_VI = {en: vi for vi, en in reversed(REASONS.items())} | {"coming in late": "đi làm muộn",
                                                                  "being late to work": "đi làm muộn"}
# days of pay docked, in words or figures (one to thirty)
_DAYS = {vi_word(n): n for n in range(1, 31)} | {str(n): n for n in range(1, 31)}
_DAYS_EN = {en_word(n): n for n in range(2, 31)} | {str(n): n for n in range(2, 31)}
# near days that are payday ("Hôm nay có lương.")
_PAYDAYS = near_days("hôm nay", "ngày mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới")
_PAYDAYS_VI = {en: vi for vi, en in reversed(_PAYDAYS.items())}
_PAYERS = {"sếp": "boss", "công ty": "company"}
_OBJECT_WHOSE = {"me": "my", "us": "our", "you": "your", "him": "his", "her": "her", "them": "their"}

_WHY = rf"(?:\s+(?:vì|do)\s+(?P<why>(?i:{alternatives(REASONS)})))?"
_TENSE = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<aux>đã|vừa\s+mới|vừa|lại|sẽ)\s+)?"
# docked, cut or fined ("Tôi bị trừ lương vì đi muộn.", "Tôi bị sếp trừ lương.", "Anh ấy bị trừ hai ngày lương.")
_DOCKED = lazy(rf"{WHO}\s+{_TENSE}bị\s+(?:(?:(?P<agent>sếp|công\s+ty)\s+)?(?P<verb>trừ|cắt(?:\s+giảm)?)\s+lương|"
               rf"trừ\s+(?:(?P<half>nửa)|(?P<n>{alternatives(_DAYS)}))\s+ngày\s+lương|(?P<fine>phạt\s+tiền)){_WHY}"
               rf"{ASKED_END}")
_HOW_MANY = lazy(rf"{WHO}\s+(?:đã\s+)?bị\s+trừ\s+(?:mấy|bao\s+nhiêu)\s+ngày\s+lương{SOFTENED_END}")
# a payer docking whose pay ("Sếp trừ lương tôi.", "Công ty tôi cắt lương chúng tôi vì đi làm muộn.")
_PAYER = lazy(rf"(?P<payer>[Ss]ếp|[Cc]ông\s+ty)(?:\s+(?:của\s+)?(?P<pwhose>(?i:{alternatives(OWNERS)})))?\s+{_TENSE}"
              rf"(?P<verb>trừ|cắt(?:\s+giảm)?)\s+lương\s+{WHOM}{_WHY}{ASKED_END}")
# waiting for pay or payday ("Tôi đang chờ lương về.", "Chúng tôi vẫn đang đợi đến ngày lĩnh lương.")
_WAIT = lazy(rf"{WHO}\s+(?:(?P<still>vẫn)\s+)?(?:(?P<ing>đang)\s+)?(?:chờ|đợi)\s+(?:(?P<pay>lương)(?P<in>\s+về)?|"
             rf"(?P<payday>(?:đến|tới)\s+ngày\s+(?:lĩnh|nhận|lãnh)\s+lương)){SOFTENED_END}")
# the pay come in ("Lương về chưa?", "Lương vẫn chưa về.", "Lương về rồi.")
_IN = lazy(r"[Ll]ương\s+(?:(?P<still>vẫn)\s+)?(?:(?P<not>chưa)\s+|(?P<did>đã)\s+)?về(?:\s+(?P<done>rồi)|\s+"
           rf"(?P<yet>chưa))?{SOFTENED_END}")
# payday near ("Hôm nay có lương rồi.", "Tuần sau mới có lương.", "Bao giờ có lương?")
_PAYDAY = lazy(rf"(?:(?P<day>(?i:{alternatives(_PAYDAYS)}))\s+(?:(?P<only>mới)\s+)?|(?P<when>(?i:bao\s+giờ|khi\s+nào))"
               rf"\s+(?:mới\s+)?)có\s+lương(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_END = r"\s*(?P<end>[.!?]*)"
_WHY_EN = rf"(?:\s+for\s+(?P<why>{alternatives(REASONS_VI)}))?"
_PAY_EN = r"(?P<what>pay|salary|wages)"
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_DOCKED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{_WHOSE_EN}\s+{_PAY_EN}(?P<aux>\s+(?:was|were)(?:\s+not|n['’]t)?|"
                  r"\s+(?:has|have)\s+just\s+been|\s+will\s+be|\s+got)?\s+(?P<verb>docked|cut)(?:\s+(?P<again>again))?"
                  rf"{_WHY_EN}{_END}")
_GOT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?P<neg>\s+didn['’]t|\s+did\s+not)?\s+(?P<get>got|get|had|have)\s+"
               rf"(?P<owner>{WHOSE_WORDS})\s+{_PAY_EN}\s+(?P<verb>docked|cut)(?:\s+(?P<again>again))?{_WHY_EN}{_END}")
_N_DAYS_EN = rf"(?:(?P<half>half\s+)?a\s+day['’]s|(?P<n>{alternatives(_DAYS_EN)})\s+days['’])\s+pay"
_DAYS_DOCKED_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}\s+(?P<get>had|have)\s+{_N_DAYS_EN}\s+docked{_WHY_EN}{_END}")
_HOW_MANY_EN = lazy(rf"How\s+many\s+days['’]\s+pay\s+did\s+{WHO_EN}\s+have\s+docked\s*\?+")
_BOSS_EN = lazy(rf"(?:(?P<did>Did)\s+)?(?P<pdet>(?i:the|{WHOSE_WORDS}))\s+(?P<payer>boss|company)"
                r"(?:\s+(?P<not>didn['’]t|did\s+not)|\s+(?P<will>will)|\s+(?P<just>has\s+just))?"
                rf"\s+(?P<verb>docked|dock|cut)\s+{_WHOSE_EN}\s+{_PAY_EN}(?:\s+(?P<again>again))?{_WHY_EN}{_END}")
_FINED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}(?:\s+(?P<be>was|were)(?P<not>\s+not|n['’]t)?)?\s+fined"
                 rf"(?:\s+(?P<again>again))?\s+for\s+(?P<why>{alternatives(REASONS_VI)}){_END}")
_WAIT_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?:\s+(?P<still>still))?\s+waiting\s+for\s+"
                rf"(?:(?P<owner>{WHOSE_WORDS})\s+{_PAY_EN}(?P<in>\s+to\s+come\s+in)?|(?P<payday>payday)){_END}")
_IN_EN = lazy(r"(?:(?P<has0>Has)\s+the|The)\s+pay(?:\s+(?P<still>still))?(?P<aux>\s+has|['’]s)?(?P<not>\s+not|n['’]t)?"
              rf"\s+come\s+in(?:\s+(?P<yet>yet))?{_END}")
_PAYDAY_EN = lazy(r"(?:(?P<q>Is)\s+payday|Payday)(?:\s+(?P<be>is|isn['’]t\s+until))?\s+(?P<day>"
                  rf"{alternatives(_PAYDAYS_VI)}){_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of pay docked or cut and why, days' pay docked, a fine for lateness, waiting for
    pay or payday, the pay come in, or payday near; None for any other."""
    if src == "vi":
        return _docked(text) or _how_many(text) or _payer(text) or _wait(text) or _in(text) or _payday(text)
    text = text.replace("’", "'")
    return (_docked_vi(text) or _got_vi(text) or _days_vi(text) or _how_many_vi(text) or _boss_vi(text) or
            _fined_vi(text) or _wait_vi(text) or _in_vi(text) or _payday_vi(text))


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match of _TENSE and ASKED_END asks ("có … không?"), False said; None for "có" or
    "không?" alone, "không" both denying and asking, a "?" on a statement, or asked with a tense ("sẽ … không?")."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and (m["not"] or m["aux"]):
        return None
    return asked


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _why(m: re.Match) -> str:
    """The reason of a Vietnamese match in English (" for being late"), or ""."""
    return f" for {REASONS[keyed(m['why'])]}" if m["why"] else ""


def _done(by: str | None, pay: str, verb: str, m: re.Match, asked: bool) -> str:
    """Pay docked in English, as the tense of a match of _TENSE says it: by a payer `by` ("My boss docked my pay.",
    "Did your boss dock your pay?") or unsaid ("My pay was docked.", "Was your pay docked?"), `verb` "dock" or "cut",
    with the reason and the sentence's end."""
    aux, past = keyed(m["aux"] or ""), "docked" if verb == "dock" else "cut"
    again, why = " again" if aux == "lại" else "", _why(m)
    if by is None:
        if asked:
            return f"Was {pay} {past}{why}?"
        said = ("wasn't" if m["not"] else "has just been" if aux.startswith("vừa") else "will be" if aux == "sẽ"
                else "was")
        return capitalised(f"{pay} {said} {past}{again}{why}{stop(m['end'])}")
    if asked:
        return f"Did {by} {verb} {pay}{why}?"
    said = ("didn't " + verb if m["not"] else "has just " + past if aux.startswith("vừa") else "will " + verb
            if aux == "sẽ" else past)
    return capitalised(f"{by} {said} {pay}{again}{why}{stop(m['end'])}")


def _docked(text: str) -> str | None:
    """"Tôi bị trừ lương vì đi muộn." as "My pay was docked for being late.", "Tôi bị sếp trừ lương." as "My boss
    docked my pay.", "Anh ấy bị trừ hai ngày lương." as "He had two days' pay docked.", "Lan bị phạt tiền vì đi làm
    muộn." as "Lan was fined for being late for work." (_DOCKED); None for anything else, and a fine with no reason."""
    m = _DOCKED.fullmatch(text)
    asked = m and _asked(m)
    said = asked is not None and person_of(m, asked)
    if not said or m["fine"] and not m["why"]:
        return None
    who_, one = said
    aux, why, end = keyed(m["aux"] or ""), _why(m), stop(m["end"])
    if m["fine"]:
        was = "was" if one or who_ == "I" else "were"
        if asked:
            return f"{was.capitalize()} {who_} fined{why}?"
        said = (f"{was}n't" if m["not"] else "has just been" if one and aux.startswith("vừa") else "have just been"
                if aux.startswith("vừa") else "will be" if aux == "sẽ" else was)
        return capitalised(f"{who_} {said} fined{' again' * (aux == 'lại')}{why}{end}")
    if m["n"] or m["half"]:
        n = _DAYS[keyed(m["n"])] if m["n"] else 0
        days = "half a day's pay" if m["half"] else "a day's pay" if n == 1 else f"{en_word(n)} days' pay"
        if m["not"]:
            return None  # ("Tôi không bị trừ hai ngày lương.": docked less, or nothing?)
        if asked:
            return f"Did {who_} have {days} docked{why}?"
        had = ("has just had" if one else "have just had") if aux.startswith("vừa") else "will have" if aux == "sẽ" \
            else "had"
        return capitalised(f"{who_} {had} {days} docked{' again' * (aux == 'lại')}{why}{end}")
    verb = "dock" if keyed(m["verb"]) == "trừ" else "cut"
    if m["agent"] and keyed(m["agent"]) == "công ty":
        return _done("the company", f"{_whose(who_)} pay", verb, m, asked)
    if m["agent"]:  # ("Mẹ tôi bị sếp trừ lương.": her own boss, "My mother's boss docked her pay.")
        own = whose_own(m, who_)
        by, pay = (f"{_whose(who_)} boss", f"{own} pay") if own else ("the boss", f"{_whose(who_)} pay")
        return _done(by, pay, verb, m, asked)
    return _done(None, f"{_whose(who_)} pay", verb, m, asked)


def _how_many(text: str) -> str | None:
    """"Bạn bị trừ mấy ngày lương?" as "How many days' pay did you have docked?" (_HOW_MANY); None for anything
    else."""
    m = _HOW_MANY.fullmatch(text)
    said = m and "?" in m["end"] and person_of(m, True)
    return f"How many days' pay did {said[0]} have docked?" if said else None


def _payer(text: str) -> str | None:
    """"Sếp trừ lương tôi." as "My boss docked my pay.", "Công ty cắt lương chúng tôi." as "The company cut our pay.",
    "Sếp có trừ lương bạn không?" as "Did the boss dock your pay?" (_PAYER); None for anything else, a pet's pay, and
    "tôi" asked (will the boss?)."""
    m = _PAYER.fullmatch(text)
    asked = m and _asked(m)
    whom = asked is not None and not pet(m["whom"], "vi") and as_whom(m["whom"], "vi")
    if not whom or asked and whom == "me":
        return None  # ("Sếp có trừ lương tôi không?": will the boss? as person_of leaves "I" asked)
    payer = _PAYERS[keyed(m["payer"])]
    # ("Sếp" alone docking "tôi" is "my boss", as mt/unpaid_wages.py reads it; else "the boss")
    whose = OWNERS[keyed(m["pwhose"])] if m["pwhose"] else payer == "boss" and {"me": "my", "us": "our"}.get(whom)
    pay = f"{_OBJECT_WHOSE.get(whom) or _whose(whom)} pay"
    return _done(f"{whose or 'the'} {payer}", pay, "dock" if keyed(m["verb"]) == "trừ" else "cut", m, asked)


def _wait(text: str) -> str | None:
    """"Tôi đang chờ lương về." as "I'm waiting for my pay to come in.", "Mẹ tôi vẫn đang đợi lương." as "My mother
    is still waiting for her pay.", "Tôi đang chờ đến ngày lĩnh lương." as "I'm waiting for payday." (_WAIT); None
    for anything else, with no "đang" or "vẫn", and a name's own pay (his or hers?)."""
    m = _WAIT.fullmatch(text)
    said = m and (m["ing"] or m["still"]) and "?" not in m["end"] and person_of(m, False)
    if not said:
        return None
    who_ = said[0]
    own = whose_own(m, who_)
    if m["pay"] and not own:
        return None
    what = "payday" if m["payday"] else f"{own} pay{' to come in' if m['in'] else ''}"
    return progressive(who_, be(who_), f"{'still ' * bool(m['still'])}waiting for {what}", end=m["end"])


def _in(text: str) -> str | None:
    """"Lương về chưa?" as "Has the pay come in yet?", "Lương về rồi." as "The pay has come in.", "Lương vẫn chưa
    về." as "The pay still hasn't come in." (_IN); None for anything else, and a bare "Lương về." ("Luong is coming
    home"?)."""
    m = _IN.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or m["still"] and not m["not"] or m["not"] and (m["done"] or
                                                                                                     m["yet"]):
        return None
    if m["yet"]:
        return "Has the pay come in yet?"
    end = stop(m["end"])
    if m["not"]:
        return f"The pay still hasn't come in{end}" if m["still"] else f"The pay hasn't come in yet{end}"
    return f"The pay has come in{end}" if m["done"] or m["did"] else None


def _payday(text: str) -> str | None:
    """"Hôm nay có lương." and "Hôm nay có lương rồi." as "It's payday today.", "Tuần sau mới có lương." as "Payday
    isn't until next week.", "Ngày mai có lương không?" as "Is it payday tomorrow?", "Bao giờ có lương?" as "When's
    payday?" (_PAYDAY); None for anything else, and "rồi" on a day ahead."""
    m = _PAYDAY.fullmatch(text)
    if not m or bool(m["asked"] or m["when"]) != ("?" in m["end"]):
        return None
    if m["when"]:
        return None if m["asked"] or m["done"] else "When's payday?"
    day = _PAYDAYS[keyed(m["day"])]
    if m["done"] and (day != "today" or m["asked"]) or m["only"] and (day == "today" or m["asked"]):
        return None
    if m["asked"]:
        return f"Is it payday {day}?"
    return f"Payday isn't until {day}{stop(m['end'])}" if m["only"] else f"It's payday {day}{stop(m['end'])}"


def _who_of_whose(m: re.Match) -> str:
    """Who in Vietnamese of a match of _WHOSE_EN: "my" as "tôi", "my mother's" as "mẹ tôi", "Lan's" as "Lan"."""
    return WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")


def _said_vi(who_: str, how: str, agent: str, verb: str, why: str | None, end: str) -> str:
    """Pay docked in Vietnamese: who, the tense (`how`: "", "đã", "vừa", "lại", "sẽ", "không", or "có" asking), by
    `agent` ("sếp ", "công ty " or ""), `verb` ("docked", "dock" or "cut"), the reason in English or None."""
    vi = "cắt" if verb == "cut" else "trừ"
    why = f" vì {REASONS_VI[why.lower()]}" if why else ""
    if how == "có":
        return capitalised(f"{who_} có bị {agent}{vi} lương{why} không?")
    return capitalised(f"{who_} {how + ' ' if how else ''}bị {agent}{vi} lương{why}{stop(end)}")


def _docked_vi(text: str) -> str | None:
    """"My pay was docked for being late." as "Tôi bị trừ lương vì đi muộn.", "Was your pay docked?" as "Bạn có bị
    trừ lương không?", "My mother's salary has just been cut." as "Mẹ tôi vừa bị cắt lương." (_DOCKED_EN); None for
    anything else, and where "was", "has" does not agree ("My wages was docked.")."""
    m = _DOCKED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or m["again"]) or pet(m["someone"], "en"):
        return None
    aux, many = " ".join((m["q"] or m["aux"] or "").lower().split()), m["what"] == "wages"
    if aux.startswith(("was", "has")) and many or aux.startswith(("were", "have")) and not many or not aux:
        return None  # ("My pay docked.": a headline)
    not_ = "not" in aux or "n't" in aux
    if m["again"] and (not_ or "just" in aux or aux == "will be"):
        return None  # ("My pay wasn't docked again.": not this time, or never again?)
    how = ("có" if m["q"] else "không" if not_ else "vừa" if "just" in aux else "sẽ" if aux == "will be" else "lại"
           if m["again"] else "")
    return _said_vi(_who_of_whose(m), how, "", m["verb"], m["why"], m["end"])


def _got_vi(text: str) -> str | None:
    """"I got my pay docked for missing work." as "Tôi bị trừ lương vì nghỉ làm.", "Did you get your pay docked?" as
    "Bạn có bị trừ lương không?", "She had her salary cut." as "Cô ấy bị cắt lương." (_GOT_EN); None for anything
    else, and another's pay ("I got your pay docked.")."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or (m["did"] or m["neg"]) and m["again"] or animal(m):
        return None
    who_, one = who_vi(m)
    if bool(m["did"] or m["neg"]) != (m["get"] in ("get", "have")) or own_thing(m, who_, one) is not True:
        return None
    how = "có" if m["did"] else "không" if m["neg"] else "lại" if m["again"] else ""
    return _said_vi(who_, how, "", m["verb"], m["why"], m["end"])


def _days_vi(text: str) -> str | None:
    """"He had two days' pay docked." as "Anh ấy bị trừ hai ngày lương.", "Did you have a day's pay docked?" as "Bạn
    có bị trừ một ngày lương không?" (_DAYS_DOCKED_EN); None for anything else."""
    m = _DAYS_DOCKED_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or bool(m["did"]) != (m["get"] == "have") or animal(m):
        return None
    who_ = who_vi(m)[0]
    days = f"{'nửa' if m['half'] else vi_word(_DAYS_EN[m['n'].lower()]) if m['n'] else 'một'} ngày lương"
    why = f" vì {REASONS_VI[m['why'].lower()]}" if m["why"] else ""
    if m["did"]:
        return capitalised(f"{who_} có bị trừ {days}{why} không?")
    return capitalised(f"{who_} bị trừ {days}{why}{stop(m['end'])}")


def _how_many_vi(text: str) -> str | None:
    """"How many days' pay did you have docked?" as "Bạn bị trừ mấy ngày lương?" (_HOW_MANY_EN); None for anything
    else."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m or animal(m):
        return None
    return capitalised(f"{who_vi(m)[0]} bị trừ mấy ngày lương?")


def _boss_vi(text: str) -> str | None:
    """"My boss docked my pay." as "Tôi bị sếp trừ lương.", "Did the company cut your pay?" as "Bạn có bị công ty cắt
    lương không?", "The boss will dock Lan's pay." as "Lan sẽ bị sếp trừ lương." (_BOSS_EN); None for anything else,
    a payer not whose pay it is ("My boss docked your pay."), and "the boss" cutting "his", "her" pay (his own?)."""
    m = _BOSS_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and (m["not"] or m["will"] or m["again"]) or \
            pet(m["someone"], "en"):
        return None
    plain = not (m["did"] or m["not"] or m["will"])
    if m["again"] and not plain or m["again"] and m["just"]:
        return None
    if m["verb"] != "cut" and (m["verb"] == "docked") != plain:
        return None
    det, whose = m["pdet"].lower(), (m["owner"] or "").lower()
    if det != "the" and det != whose:
        return None  # ("My boss docked his pay.": whose boss is whose?)
    if det == "the" and whose in ("his", "her") and m["verb"] == "cut":
        return None  # ("The boss cut his pay.": the boss may have cut his own; none docks his own)
    how = "có" if m["did"] else "không" if m["not"] else "sẽ" if m["will"] else "vừa" if m["just"] else "lại" if \
        m["again"] else ""
    agent = "sếp " if m["payer"] == "boss" else "công ty "
    return _said_vi(_who_of_whose(m), how, agent, m["verb"], m["why"], m["end"])


def _fined_vi(text: str) -> str | None:
    """"She was fined for being late to work." as "Cô ấy bị phạt tiền vì đi làm muộn.", "Were you fined for being
    late?" as "Bạn có bị phạt tiền vì đi muộn không?" (_FINED_EN); None for anything else, "was" not agreeing, and
    "again" asked or denied."""
    m = _FINED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or animal(m) or \
            (m["q"] or m["not"]) and m["again"]:
        return None  # ("I wasn't fined again.": not this time, or never again?)
    who_, one = who_vi(m)
    if (m["q"] or m["be"]).lower() != ("was" if one or who_ == "tôi" else "were"):
        return None
    why = REASONS_VI[m["why"].lower()]
    if m["q"]:
        return capitalised(f"{who_} có bị phạt tiền vì {why} không?")
    how = "không " if m["not"] else "lại " if m["again"] else ""
    return capitalised(f"{who_} {how}bị phạt tiền vì {why}{stop(m['end'])}")


def _wait_vi(text: str) -> str | None:
    """"I'm waiting for my pay to come in." as "Tôi đang chờ lương về.", "She's still waiting for her salary." as "Cô
    ấy vẫn đang chờ lương.", "We're waiting for payday." as "Chúng tôi đang chờ đến ngày lĩnh lương." (_WAIT_EN); None
    for anything else, "is" not agreeing, and another's pay ("I'm waiting for your pay.")."""
    m = _WAIT_EN.fullmatch(text)
    if not m or "?" in m["end"] or animal(m) or not be_agrees(m, m["be"]):
        return None
    who_, one = who_vi(m)
    if m["owner"] and own_thing(m, who_, one) is not True:
        return None
    what = "đến ngày lĩnh lương" if m["payday"] else f"lương{' về' if m['in'] else ''}"
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang chờ {what}{stop(m['end'])}")


def _in_vi(text: str) -> str | None:
    """"Has the pay come in yet?" as "Lương về chưa?", "The pay has come in." as "Lương về rồi.", "The pay still
    hasn't come in." as "Lương vẫn chưa về." (_IN_EN); None for anything else."""
    m = _IN_EN.fullmatch(text)
    if not m or bool(m["has0"]) != ("?" in m["end"]):
        return None
    if m["has0"]:
        return "Lương về chưa?" if m["yet"] and not (m["aux"] or m["not"] or m["still"]) else None
    if not m["aux"] or m["still"] and not m["not"] or m["yet"] and (m["still"] or not m["not"]):
        return None
    end = stop(m["end"])
    return f"Lương vẫn chưa về{end}" if m["still"] else f"Lương chưa về{end}" if m["not"] else f"Lương về rồi{end}"


def _payday_vi(text: str) -> str | None:
    """"Payday is next week." as "Tuần sau có lương.", "Payday isn't until next week." as "Tuần sau mới có lương.",
    "Is payday tomorrow?" as "Ngày mai có lương không?" (_PAYDAY_EN); None for anything else."""
    m = _PAYDAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    day = capitalised(_PAYDAYS_VI[keyed(m["day"])])
    if m["q"]:
        return f"{day} có lương không?"
    only = "mới " if m["be"].lower() != "is" else ""
    return None if only and day == "Hôm nay" else f"{day} {only}có lương{stop(m['end'])}"
