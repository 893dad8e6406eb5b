"""Mopping and wet floors at home, both ways, written whole by rule: who has just mopped the floor or finished it, how
often the floor is mopped, the floor still wet, not dry yet or dry, don't walk on it, and who slipped because the
floor was wet. v8 (rules on) reads "lau nhà" as wiping the house, "sàn nhà" as the house, "trượt chân" as skiing,
and "mop" as slapping or a mosquito: "Tôi vừa lau nhà xong." → "I've wiped the house done.", "Ngày nào mẹ tôi cũng lau
nhà." → "All day my mother wiped home.", "Mẹ tôi lau nhà hai ngày một lần." → "My mother wiped her home two days.",
"Sàn nhà còn ướt." → "The wet house is wet.", "Sàn nhà khô chưa?" → "Are you dry?", "Sàn nhà còn ướt, đừng đi vào." →
"It's wet home, don't go.", "Bà tôi bị trượt chân vì sàn ướt." → "My grandmother was skied for the wet floor."; "I've
just finished mopping the floor." → "Tôi vừa vỗ rẩy xuống sàn.", "I mop the floor twice a week." → "Tôi muỗi sàn nhà
hai lần một tuần.", "She mops the floor every other day." → "Cô ấy dọn sàn nhà mỗi ngày." (every day), "How often do
you mop the floor?" → "Bạn dọn sàn nhà như thế nào?", "The floor has just been mopped." → "Sàn nhà vừa bị động đất."
(an earthquake), "The floor is still wet, don't walk on it." → "Cơn sàn vẫn còn ướt, không đi bộ trên đó.", "My
grandmother slipped because the floor was wet." → "Bà tôi trượt dốc vì sàn nhà bị ướt.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) has just mopped the floor ("vừa lau nhà xong"), has finished ("lau nhà
xong rồi"), has not yet or still not, asked ("Bạn lau nhà xong chưa?", "we" asked as "chúng ta"); who mops the floor
every day, week, morning ("Ngày nào mẹ tôi cũng lau nhà.", asked with "à?"), so many times a day, week or month ("Mỗi
tuần tôi lau nhà hai lần.": twice a week), every other day or every three days ("hai ngày một lần"), how often and how
many times asked; the floor ("sàn nhà", "sàn", "nền nhà") still wet, not dry yet, dry now, just mopped, asked ("Sàn nhà
khô chưa?", "Is the floor still wet?"), alone or with "don't walk on it" ("đừng đi vào", "đừng giẫm lên", yet: "vội")
before or after it, joined by a comma or "nên" (so); "I've just mopped the floor, don't walk on it."; who slipped
("trượt chân", and fell: "trượt ngã"), just, almost, on a day behind (mt.dates.near_days), asked, because the floor was
wet, still wet or slippery ("vì sàn ướt": "on the wet floor"). Left: who is mopping, has to, mopped on a day, has just
mopped without "xong", mops it every day in English, or often (mt/chores.py: "Mẹ tôi đang lau nhà."), "The floor is
wet." and "Sàn nhà ướt." alone or with a warning (mt/cautions.py), slipping on the wet floor in English and "trượt chân
trên sàn ướt" (mt/falls.py), things left on the floor (mt/tidying.py), a leak or a flood (mt/leaks.py, mt/floods.py),
"đừng đi vào" alone (don't go in), "anh", "chị", "em" alone saying it, asked of oneself ("Did we slip …?" too), "our"
asked in English (with the one asked or not), a statement ending "thế", "vậy" (mt.text.STRESSED_SAID), "lau nhà xong"
without "vừa", "rồi" or "chưa" ("when I have mopped …"), a pet, and anything else.
mt.phrasebook.translate tries these after mt/police_reports.py.

    >>> translate("Sàn nhà còn ướt, đừng đi vào.", "vi", "en"), translate("I mop the floor twice a week.", "en", "vi")
    ("The floor is still wet, don't walk on it.", 'Mỗi tuần tôi lau nhà hai lần.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, first_agrees, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS, en_word, vi_word
from .rule_keys import key_checked
from .text import (SOFTENED_END, SOFTENER, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present,
                   stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lau|sàn|nền\s+nhà)"), "en": lazy(r"(?i:floor)")}

# the days behind a slip may be said on (the first Vietnamese of each is written back)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "hôm kia", "tuần trước", "hôm nay", "sáng nay", "chiều nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# "… nào … cũng" (every), and the parts of a count ("hai lần một tuần": twice a week)
_EVERY = {"ngày": "every day", "hôm": "every day", "tuần": "every week", "sáng": "every morning",
          "buổi sáng": "every morning", "tối": "every evening", "buổi tối": "every evening"}
_PER = {"ngày": "day", "tuần": "week", "tháng": "month"}
_PER_VI = {en: vi for vi, en in _PER.items()}
# the floor as it is, said after "sàn nhà" (English after "the floor"), and whether it may be said alone ("Sàn nhà
# ướt." is mt/cautions.py's); the first Vietnamese of each is written back
_STATES = {"còn ướt": ("is still wet", True), "vẫn còn ướt": ("is still wet", True), "vẫn ướt": ("is still wet", True),
           "còn ướt lắm": ("is still very wet", True), "vẫn còn ướt lắm": ("is still very wet", True),
           "ướt": ("is wet", False), "khô rồi": ("is dry now", True), "đã khô rồi": ("is dry now", True),
           "chưa khô": ("isn't dry yet", True), "vẫn chưa khô": ("still isn't dry", True),
           "vừa mới lau xong": ("has just been mopped", True), "vừa lau xong": ("has just been mopped", True),
           "vừa mới lau": ("has just been mopped", True), "vừa lau": ("has just been mopped", True),
           "mới lau xong": ("has just been mopped", True), "vừa được lau": ("has just been mopped", True),
           "vừa mới được lau": ("has just been mopped", True)}
_STATES_VI = {en: vi for vi, (en, _) in reversed(_STATES.items())} | {
    "is dry": "khô rồi", "is not dry yet": "chưa khô", "'s still wet": "còn ướt", "'s wet": "ướt",
    "'s just been mopped": "vừa mới lau xong", "still is not dry": "vẫn chưa khô", "is not dry": "chưa khô",
    "isn't dry": "chưa khô", "'s dry now": "khô rồi", "is still not dry": "vẫn chưa khô"}
_ASKED_STATES = {"khô chưa": "Is the floor dry yet?", "đã khô chưa": "Is the floor dry yet?",
                 "khô rồi chưa": "Is the floor dry yet?", "còn ướt không": "Is the floor still wet?",
                 "vẫn còn ướt không": "Is the floor still wet?", "còn ướt à": "Is the floor still wet?",
                 "vẫn còn ướt à": "Is the floor still wet?"}
_ASKED_STATES_VI = {"is the floor dry yet": "Sàn nhà khô chưa?", "is the floor dry": "Sàn nhà khô chưa?",
                    "is the floor still wet": "Sàn nhà còn ướt không?"}
# don't walk on it (the first Vietnamese of each is written back)
_DONT = {"đi vào": "walk", "đi lên": "walk", "giẫm lên": "step", "dẫm lên": "step", "giẫm vào": "step",
         "dẫm vào": "step"}
_DONT_VI = {en: vi for vi, en in reversed(_DONT.items())}

_MOP = r"lau\s+(?:nhà|sàn\s+nhà|sàn|nền\s+nhà)"  # ("nhà" mopped is the floor, not the house)
_FLOOR = r"(?i:sàn\s+nhà|sàn|nền\s+nhà)"
_N = rf"(?:[1-9]|{alternatives(VI_NUMBER_WORDS[1:])})"
# who has just mopped it, has finished, not yet ("Tôi vừa lau nhà xong.", "Bạn lau nhà xong chưa?")
_DONE = lazy(rf"{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<did>đã)\s+|(?P<yet>(?:vẫn\s+)?chưa)\s+)?{_MOP}\s+xong"
             rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
# every day ("Ngày nào mẹ tôi cũng lau nhà.", "Mẹ tôi ngày nào cũng lau nhà à?")
_EVERY_DAY = lazy(rf"(?:(?P<per>(?i:{alternatives(_EVERY)}))\s+nào\s+)?{WHO}\s+(?:(?P<per2>{alternatives(_EVERY)})"
                  rf"\s+nào\s+)?cũng\s+{_MOP}(?:\s+(?P<ah>à))?{SOFTENER}\s*(?P<end>[.!?]*)")
# so many times ("Mỗi tuần tôi lau nhà hai lần.", "Tôi lau nhà hai ngày một lần.", "Bạn lau nhà bao lâu một lần?")
_TIMES = lazy(rf"(?:(?i:mỗi|một)\s+(?P<per>ngày|tuần|tháng)\s+)?{WHO}\s+{_MOP}\s+(?:(?P<n>{_N})\s+lần|"
              rf"(?P<many>mấy)\s+lần|(?P<every>{_N})\s+(?P<per3>ngày|tuần|tháng)\s+một\s+lần|"
              r"(?P<often>bao\s+lâu)\s+một\s+lần)"
              rf"(?:\s+(?:một|mỗi)\s+(?P<per2>ngày|tuần|tháng))?{SOFTENED_END}")
_HOW_OFTEN = lazy(rf"(?:(?P<often0>(?i:bao\s+lâu))\s+)?{WHO}\s+(?:(?P<often2>bao\s+lâu)\s+)?{_MOP}\s+một\s+lần"
                  rf"{SOFTENER}\s*(?P<end>\?+)")
# the floor as it is, alone or with "đừng đi vào" ("Sàn nhà còn ướt.", "Sàn nhà khô chưa?")
_STATE = lazy(rf"(?:{_FLOOR}|(?P<house>(?i:nhà)))\s+(?P<state>.+?)(?:\s+(?:đấy|đó))?")
_ASKED_STATE = lazy(rf"{_FLOOR}\s+(?P<state>.+?){SOFTENER}\s*\?+")
_MOPPED = lazy(rf"{WHO}\s+(?:vừa\s+mới|vừa|mới)\s+{_MOP}(?:\s+xong)?")  # (a clause: said alone, mt/chores.py's)
_DONT_DO = lazy(rf"(?i:đừng)\s+(?P<do>{alternatives(_DONT)})(?P<yet>\s+vội)?(?:\s+(?:nhé|nha|nhá|đấy))?")
_TWO = lazy(r"(?P<a>[^,]+?)(?:\s*,\s*|\s+(?P<so>nên)\s+)(?P<b>[^,]+?)\s*(?P<end>[.!]*)")
# who slipped ("Bà tôi bị trượt chân vì sàn ướt.", "Hôm qua tôi suýt trượt ngã vì sàn nhà còn ướt.")
_SLIP = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|suýt\s+nữa\s+thì|"
             rf"suýt\s+nữa|suýt|đã)\s+|(?P<ask>có)\s+)?(?:bị\s+)?trượt\s+(?:chân(?P<fell>\s+(?:ngã|té))?|"
             rf"(?P<fell2>ngã|té))\s+(?:vì|do)\s+{_FLOOR}\s+(?P<still>(?:vẫn\s+)?còn\s+)?(?P<state>ướt|trơn)"
             rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... and in English (read with straight apostrophes)
_FLOORS = r"the\s+floors?"
_DONE_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<still>\s+still)?(?P<aux>\s+(?:have|has)\s+not|\s+haven't|"
                rf"\s+hasn't|\s+have|\s+has|'ve|'s)?(?:\s+(?P<adv>just|already))?\s+finished\s+mopping\s+{_FLOORS}"
                r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_TIMES_EN = lazy(rf"{WHO_EN}\s+(?P<verb>mops|mop)\s+{_FLOORS}\s+(?:(?:(?P<once>once)|(?P<twice>twice)|(?P<n>\w+)"
                 r"\s+times)\s+(?:a|per)\s+(?P<per>day|week|month)|every\s+(?:(?P<other>other)|(?P<k>\w+))\s+"
                 r"(?P<pers>days?|weeks?|months?))\s*(?P<end>[.!]*)")
_HOW_OFTEN_EN = lazy(rf"How\s+(?:(?P<often>often)|many\s+times\s+(?:a|per)\s+(?P<per>day|week|month))\s+"
                     rf"(?P<do>do|does)\s+{WHO_EN}\s+mop\s+{_FLOORS}\s*\?+")
_STATE_EN = lazy(r"(?i:the)\s+floor(?P<state>(?:\s+still)?(?:\s+|')(?:is|isn't|has|s)\s*.+?)")
_MOPPED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+have|\s+has|'ve|'s)\s+just\s+mopped\s+{_FLOORS}")
_DONT_EN = lazy(r"(?i:don't|do\s+not)\s+(?P<do>walk|step)\s+on\s+it(?P<yet>\s+yet)?")
_TWO_EN = lazy(r"(?P<a>[^,]+?)\s*,\s*(?P<so>so\s+)?(?P<b>[^,]+?)\s*(?P<end>[.!]*)")
_SLIP_EN = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS_VI)}))\s*,?\s+)?(?:(?P<q>Did)\s+)?{WHO_EN}\s+"
                r"(?:(?P<adv>just|almost|nearly)\s+)?(?P<verb>slipped|slip)(?:\s+and\s+(?P<fell>fell|fall))?"
                rf"\s+because\s+the\s+floor\s+was\s+(?P<still>still\s+)?(?P<state>wet|slippery)"
                rf"(?:\s+(?P<day2>{alternatives(DAYS_VI)}))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who mopped the floor or how often, the floor still wet or dry, don't walk
    on it, or who slipped because the floor was wet; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("Tôi lau nhà xong rồi vậy.": "thế", "vậy" ending a statement say more than English would)
        return _done(text) or _every_day(text) or _times(text) or _floor(text) or _slip(text)
    text = text.replace("’", "'")
    return _done_vi(text) or _times_vi(text) or _floor_vi(text) or _slip_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether "has", "does" goes with them; None for a pet (only people
    mop), "anh", "chị", "em" saying it (mt.hobbies.who), and "I" asked (one knows what one has done)."""
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    return said[0], be(said[0]) == "is"


def _person_vi(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether English says it with "has", "does": "we" asked as "chúng
    ta" (the one asked is one of us); None for a pet, for "I" asked, and for "our" asked ("Has our mother …?": "mẹ
    chúng ta" or "mẹ chúng tôi", whether the one asked shares her is not said)."""
    if animal(m) or asked and (m["whose"] or "").lower() == "our":
        return None
    who_, one = who_vi(m)
    if asked and who_ == "chúng tôi":
        return "chúng ta", one
    return None if asked and who_ == "tôi" else (who_, one)


def _done(text: str) -> str | None:
    """"Tôi vừa lau nhà xong." as "I've just mopped the floor.", "Mẹ tôi lau nhà xong rồi." as "My mother has
    finished mopping the floor.", "Bạn lau nhà xong chưa?" as "Have you finished mopping the floor?", "Tôi chưa lau
    nhà xong." as "I haven't finished mopping the floor yet." (_DONE); None for anything else, and for "lau nhà xong"
    alone ("when I have mopped …")."""
    m = _DONE.fullmatch(text)
    tail, asked = m and (m["tail"] or ""), m and "?" in m["end"]
    if not m or asked != (tail == "chưa") or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    has = "has" if one else "have"
    if asked:
        return None if m["just"] or m["yet"] else f"{has.capitalize()} {who_} finished mopping the floor?"
    if m["yet"]:
        still = keyed(m["yet"]) != "chưa"
        return None if tail else capitalised(f"{who_} {'still ' * still}{has}n't finished mopping the floor"
                                             f"{' yet' * (not still)}{stop(m['end'])}")
    if m["just"]:
        return capitalised(contracted(who_, f"{has} just mopped the floor{stop(m['end'])}"))
    return capitalised(contracted(who_, f"{has} finished mopping the floor{stop(m['end'])}")) if tail else None


def _every_day(text: str) -> str | None:
    """"Ngày nào mẹ tôi cũng lau nhà." as "My mother mops the floor every day.", "Sáng nào bạn cũng lau nhà à?" as
    "Do you mop the floor every morning?" (_EVERY_DAY); None for anything else, and for "… nào" said twice."""
    m = _EVERY_DAY.fullmatch(text)
    asked = m and "?" in m["end"]
    if not m or bool(m["per"]) == bool(m["per2"]) or asked != bool(m["ah"]) or (said := _person(m, asked)) is None:
        return None
    return present(*said, "mop", f"the floor {_EVERY[keyed(m['per'] or m['per2'])]}", asked, end=m["end"])


def _times(text: str) -> str | None:
    """"Mỗi tuần tôi lau nhà hai lần." as "I mop the floor twice a week.", "Mẹ tôi lau nhà hai ngày một lần." as "My
    mother mops the floor every other day.", "Một tuần bạn lau nhà mấy lần?" as "How many times a week do you mop the
    floor?", "Bạn lau nhà bao lâu một lần?" as "How often do you mop the floor?" (_TIMES, _HOW_OFTEN); None for
    anything else, and for a count without its period or with two."""
    m = _TIMES.fullmatch(text) or _HOW_OFTEN.fullmatch(text)
    if m is None:
        return None
    groups, asked = m.groupdict(), "?" in m["end"]
    per = groups.get("per") or groups.get("per2")
    counted = groups.get("n") or groups.get("many")
    often = groups.get("often") or "often0" in groups and bool(m["often0"]) != bool(m["often2"])
    if counted and (not per or groups["per"] and groups["per2"]) or not counted and per or \
            asked != bool(groups.get("many") or often):
        return None
    said = _person(m, asked)
    if said is None:
        return None
    who_, one = said
    do = "Does" if one else "Do"
    if asked:
        how = f"How many times a {_PER[keyed(per)]}" if counted else "How often"
        return f"{how} {do.lower()} {who_} mop the floor?"
    if counted:
        n = _number(m["n"])
        times = {1: "once", 2: "twice"}.get(n) or f"{en_word(n)} times"
        return present(who_, one, "mop", f"the floor {times} a {_PER[keyed(per)]}", end=m["end"])
    n, period = _number(m["every"]), _PER[keyed(m["per3"])]
    if n < 2:
        return None  # ("một ngày một lần": once a day, said so seldom it is left)
    every = f"every other {period}" if n == 2 else f"every {en_word(n)} {period}s"
    return present(who_, one, "mop", f"the floor {every}", end=m["end"])


def _number(said: str) -> int:
    """A count of _N ("hai", "3") as a number."""
    return int(said) if said.isdigit() else VI_NUMBER_WORDS.index(keyed(said))


def _floor(text: str) -> str | None:
    """"Sàn nhà còn ướt." as "The floor is still wet.", "Sàn nhà khô chưa?" as "Is the floor dry yet?", "Sàn nhà còn
    ướt, đừng đi vào." as "The floor is still wet, don't walk on it.", "Tôi vừa lau nhà xong, đừng giẫm lên nhé." as
    "I've just mopped the floor, don't step on it." (_STATE, _ASKED_STATE, _MOPPED, _DONT_DO, _TWO); None for
    anything else, "Đừng đi vào." alone (don't go in), and "Sàn nhà ướt." alone (mt/cautions.py's)."""
    if (m := _ASKED_STATE.fullmatch(text)) is not None:
        return _ASKED_STATES.get(keyed(m["state"]))
    if "?" in text:
        return None
    said = _state(text.rstrip(".! "), True)
    if said:
        return capitalised(said + stop(text))
    m = _TWO.fullmatch(text)
    if m is None:
        return None
    first, second = _state(m["a"], False) or _mopped(m["a"]), _dont(m["b"])
    if not (first and second):
        first, second = _dont(m["a"]), not m["so"] and (_state(m["b"], False) or _mopped(m["b"]))
    if not (first and second):
        return None
    return capitalised(f"{first}, {'so ' * bool(m['so'])}{second}{stop(m['end'])}")


def _state(clause: str, alone: bool) -> str | None:
    """The floor as a clause of _STATE says it in English ("the floor is still wet"), said `alone` or with another;
    None for anything else, "nhà" but just mopped ("Nhà còn ướt.": the house), and "ướt" alone."""
    m = _STATE.fullmatch(clause)
    state = m and _STATES.get(keyed(m["state"]))
    if not state or alone and not state[1] or m["house"] and not state[0].endswith("mopped"):
        return None
    return f"the floor {state[0]}"


def _mopped(clause: str) -> str | None:
    """Who has just mopped the floor in a clause of _MOPPED in English ("I've just mopped the floor"); None for
    anything else."""
    m = _MOPPED.fullmatch(clause)
    said = m and _person(m, False)
    return said and contracted(said[0], f"{'has' if said[1] else 'have'} just mopped the floor")


def _dont(clause: str) -> str | None:
    """"đừng đi vào" as "don't walk on it", "đừng giẫm lên vội" as "don't step on it yet" (_DONT_DO); None for
    anything else."""
    m = _DONT_DO.fullmatch(clause)
    return m and f"don't {_DONT[keyed(m['do'])]} on it{' yet' * bool(m['yet'])}"


def _slip(text: str) -> str | None:
    """"Bà tôi bị trượt chân vì sàn ướt." as "My grandmother slipped on the wet floor.", "Hôm qua tôi suýt trượt ngã
    vì sàn trơn." as "I almost slipped and fell on the slippery floor yesterday.", "Bạn có bị trượt chân vì sàn ướt
    không?" as "Did you slip on the wet floor?" (_SLIP); None for anything else."""
    m = _SLIP.fullmatch(text)
    asked = m and "?" in m["end"]
    if not m or asked != bool(m["asked"]) or asked != bool(m["ask"]) or (said := _person(m, asked)) is None:
        return None
    aux, fell, state = keyed(m["aux"] or ""), m["fell"] or m["fell2"], keyed(m["state"])
    if m["day"] and aux.startswith("vừa") or m["still"] and state != "ướt":
        return None
    day = f" {DAYS[keyed(m['day'])]}" if m["day"] else ""
    floor = "because the floor was still wet" if m["still"] else \
        f"on the {'wet' if state == 'ướt' else 'slippery'} floor"
    if asked:
        return f"Did {said[0]} slip{' and fall' * bool(fell)} {floor}{day}?"
    how = "just " if aux.startswith("vừa") else "almost " if aux.startswith("suýt") else ""
    return capitalised(f"{said[0]} {how}slipped{' and fell' * bool(fell)} {floor}{day}{stop(m['end'])}")


def _done_vi(text: str) -> str | None:
    """"I've just finished mopping the floor." as "Tôi vừa lau nhà xong.", "She has finished mopping the floor." as
    "Cô ấy lau nhà xong rồi.", "Have you finished mopping the floor yet?" as "Bạn lau nhà xong chưa?", "I haven't
    finished mopping the floor yet." as "Tôi chưa lau nhà xong." (_DONE_EN); None for anything else, and where the
    verb does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    asked = m and "?" in m["end"]
    if not m or asked != bool(m["q"]) or (said := _person_vi(m, asked)) is None:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").split())
    not_ = "not" in aux or "n't" in aux
    first = (m["q"] or aux.split(" ")[0] if m["q"] or aux else "").lower()
    if not first_agrees({"haven't": "have", "hasn't": "has"}.get(first, first), who_, one):
        return None
    if asked:
        return None if aux or m["still"] or m["adv"] else capitalised(f"{who_} lau nhà xong chưa?")
    if not_:
        return None if m["adv"] else capitalised(f"{who_} {'vẫn ' * bool(m['still'])}chưa lau nhà xong{stop(m['end'])}")
    if m["still"] or m["yet"]:
        return None
    if m["adv"] == "just":
        return capitalised(f"{who_} vừa lau nhà xong{stop(m['end'])}")
    done = "lau nhà xong rồi" if aux or m["adv"] else "đã lau nhà xong"
    return capitalised(f"{who_} {done}{stop(m['end'])}")


def _times_vi(text: str) -> str | None:
    """"I mop the floor twice a week." as "Mỗi tuần tôi lau nhà hai lần.", "She mops the floor every other day." as
    "Cô ấy lau nhà hai ngày một lần.", "How often do you mop the floor?" as "Bạn lau nhà bao lâu một lần?", "How many
    times a week does your mother mop the floor?" as "Mỗi tuần mẹ bạn lau nhà mấy lần?" (_TIMES_EN, _HOW_OFTEN_EN);
    None for anything else, and where the verb does not agree with who."""
    if (m := _HOW_OFTEN_EN.fullmatch(text)) is not None:
        said = _person_vi(m, True)
        if said is None or not first_agrees(m["do"], *said):
            return None
        if m["often"]:
            return capitalised(f"{said[0]} lau nhà bao lâu một lần?")
        return f"Mỗi {_PER_VI[m['per']]} {said[0]} lau nhà mấy lần?"
    m = _TIMES_EN.fullmatch(text)
    said = m and _person_vi(m, False)
    if not said or (m["verb"] == "mops") != said[1]:
        return None
    who_ = said[0]
    if m["per"]:
        n = 1 if m["once"] else 2 if m["twice"] else _en_number(m["n"])
        if not n or m["n"] and n == 1:
            return None  # ("one times a week")
        return f"Mỗi {_PER_VI[m['per']]} {who_} lau nhà {vi_word(n)} lần{stop(m['end'])}"
    n, period = 2 if m["other"] else _en_number(m["k"]), m["pers"].rstrip("s")
    if not n or n < 2 or bool(m["other"]) == m["pers"].endswith("s"):
        return None  # ("every other days", "every three day")
    return capitalised(f"{who_} lau nhà {vi_word(n)} {_PER_VI[period]} một lần{stop(m['end'])}")


def _en_number(said: str) -> int | None:
    """A count in English words or figures ("three", "4") from 1 to 10; None for anything else."""
    n = int(said) if said.isdigit() else EN_NUMBER_WORDS.index(said) if said in EN_NUMBER_WORDS else None
    return n if n and n <= 10 else None


def _floor_vi(text: str) -> str | None:
    """"The floor is still wet." as "Sàn nhà còn ướt.", "Is the floor dry yet?" as "Sàn nhà khô chưa?", "The floor
    is still wet, don't walk on it." as "Sàn nhà còn ướt, đừng đi vào.", "I've just mopped the floor, don't step on
    it." as "Tôi vừa lau nhà xong, đừng giẫm lên." (_STATE_EN, _MOPPED_EN, _DONT_EN, _TWO_EN); None for anything else,
    and "The floor is wet." alone (mt/cautions.py's)."""
    if text.endswith("?"):
        return _ASKED_STATES_VI.get(keyed(text.rstrip("? ")))
    said = _state_vi(text.rstrip(".! "), True)
    if said:
        return capitalised(said + stop(text))
    m = _TWO_EN.fullmatch(text)
    if m is None:
        return None
    first, second = _state_vi(m["a"], False) or _mopped_vi(m["a"]), _dont_vi(m["b"])
    if not (first and second):
        first, second = _dont_vi(m["a"]), not m["so"] and (_state_vi(m["b"], False) or _mopped_vi(m["b"]))
    if not (first and second):
        return None
    return capitalised(f"{first}{' nên ' if m['so'] else ', '}{second}{stop(m['end'])}")


def _state_vi(clause: str, alone: bool) -> str | None:
    """The floor as a clause of _STATE_EN says it in Vietnamese ("sàn nhà còn ướt"), said `alone` or with another;
    None for anything else, and "is wet" alone."""
    m = _STATE_EN.fullmatch(clause)
    state = m and " ".join(m["state"].split())
    said = state and _STATES_VI.get(state)
    return None if not said or alone and said == "ướt" else f"sàn nhà {said}"


def _mopped_vi(clause: str) -> str | None:
    """Who has just mopped the floor in a clause of _MOPPED_EN in Vietnamese ("tôi vừa lau nhà xong"); None for
    anything else, and where "has" does not agree with who."""
    m = _MOPPED_EN.fullmatch(clause)
    said = m and _person_vi(m, False)
    return said and first_agrees(m["aux"].strip().lower(), *said) and f"{said[0]} vừa lau nhà xong" or None


def _dont_vi(clause: str) -> str | None:
    """"don't walk on it" as "đừng đi vào", "don't step on it yet" as "đừng giẫm lên vội" (_DONT_EN); None for
    anything else."""
    m = _DONT_EN.fullmatch(clause)
    return m and f"đừng {_DONT_VI[m['do']]}{' vội' * bool(m['yet'])}"


def _slip_vi(text: str) -> str | None:
    """"My grandmother slipped because the floor was wet." as "Bà tôi bị trượt chân vì sàn ướt.", "I almost slipped
    and fell because the floor was slippery." as "Tôi suýt trượt chân ngã vì sàn trơn.", "Did you slip because the
    floor was wet?" as "Bạn có bị trượt chân vì sàn ướt không?" (_SLIP_EN); None for anything else."""
    m = _SLIP_EN.fullmatch(text)
    asked = m and "?" in m["end"]
    if not m or asked != bool(m["q"]) or asked != (m["verb"] == "slip") or (said := _person_vi(m, asked)) is None \
            or said[0] == "chúng ta":
        return None  # ("Did we slip …?": asked of ourselves, as "Did I …?")
    fell, adv, day = m["fell"], m["adv"] or "", m["day"] or m["day2"]
    if fell and (fell == "fall") != asked or m["day"] and m["day2"] or asked and adv or day and adv == "just" or \
            m["still"] and m["state"] != "wet":
        return None
    day_vi = f"{DAYS_VI[day.lower()]} " if day else ""
    floor = f"sàn {'còn ' * bool(m['still'])}{'ướt' if m['state'] == 'wet' else 'trơn'}"
    slip = f"trượt chân{' ngã' * bool(fell)} vì {floor}"
    if asked:
        return capitalised(f"{day_vi}{said[0]} có bị {slip} không?")
    how = "suýt " if adv in ("almost", "nearly") else "vừa bị " if adv == "just" else "bị "
    return capitalised(f"{day_vi}{said[0]} {how}{slip}{stop(m['end'])}")
