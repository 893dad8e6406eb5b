"""Being broke or short of money, both ways, written whole by rule: broke now, completely broke, short of money (a
bit, these days, this month, until payday), broke again or still, always or often broke at the end of the month, and
having to wait until payday. v8 (rules on) reads "cháy túi" as a bag on fire, "kẹt tiền" as money trapped, "broke"
as broke up or broken: "Tôi cháy túi rồi." → "I fired my bag.", "Tôi hết sạch tiền rồi." → "I'm all money
cleaning.", "Dạo này tôi đang kẹt tiền." → "This rice is trapped money.", "Bạn có đang kẹt tiền không?" → "Are you
trapped money?", "Chúng tôi đang viêm màng túi." → "We're inflammation of the bag.", "Cuối tháng anh trai tôi hay bị
kẹt tiền." → "End of month my brother or trapped money."; "I'm broke." → "Tôi đã chia tay.", "I'm flat broke." →
"Tôi phẳng bẹt.", "I'm always broke at the end of the month." → "Tôi luôn phá vỡ vào cuối tháng.", "I'm skint." →
"Tôi không da.", "We're strapped for cash." → "Chúng tôi đã vỗ tiền.", "I always run out of money at the end of the
month." → "Tôi luôn chạy khỏi số tiền vào cuối tháng.".

Taken: who (mt.hobbies.WHO, WHO_EN) broke ("cháy túi", "viêm màng túi", "nhẵn túi", "rỗng túi"; "broke", "skint"),
completely broke ("hết sạch tiền rồi"; "completely", "flat broke") or short of money ("kẹt tiền", "túng tiền",
"thiếu tiền", a bit, really; "short of money", "strapped for cash", "hard up" …): now, these days, this week or month,
until payday, again, still, on a week or month behind (was), denied or asked ("có … không?", "à?"); always, often,
usually … (mt.hobbies.SELDOM) broke or out of money at the end of the month ("Cuối tháng nào tôi cũng hết tiền."),
asked with often or usually; who has to wait until payday, denied or asked. Left: "Tôi hết tiền rồi." (mt/mishaps.py),
money spent ("Tôi tiêu hết tiền rồi.": mt/savings.py), phone credit (mt/phone_credit.py), payday said or asked
(mt/earnings.py), lending (mt/loans.py), something broke, broke down, broke up (mt/accidents.py, mt/broken.py,
mt/car_trouble.py, mt/dating.py), "go broke" (bankrupt?), "kẹt" without "tiền" (stuck), broke said bare ("Tôi cháy
túi.": went broke, or is?), the end of the month with no word of habit ("Cuối tháng tôi hết sạch tiền.": this month,
or every month?), asked of oneself, denied and asked at once ("Are you not broke?"), "anh", "chị", "em" alone saying
it, a pet as who, and anything else.
mt.phrasebook.translate tries these after mt/fussy_babies.py.

    >>> translate("Tôi cháy túi rồi.", "vi", "en"), translate("I'm short of money these days.", "en", "vi")
    ("I'm broke.", 'Dạo này tôi đang kẹt tiền.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, PAST_BE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, \
    present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cháy\s+túi|màng\s+túi|nhẵn\s+túi|rỗng\s+túi|sạch\s+tiền|hết\s+tiền|kẹt\s+tiền|túng\s+tiền|"
                    r"thiếu\s+tiền|lĩnh\s+lương|nhận\s+lương)"),
         "en": lazy(r"(?i:broke|skint|short\s+of|short\s+on|low\s+on|strapped|hard\s+up|tight\s+on|run\s+out|"
                    r"runs\s+out|payday)")}
# being broke (the English; "hết tiền", out of money, only at the end of the month: now it is mt/mishaps.py's)
_BROKE = {"cháy túi": "broke", "viêm màng túi": "broke", "nhẵn túi": "broke", "rỗng túi": "broke",
          "hết sạch tiền": "completely broke", "kẹt tiền": "short of money", "túng tiền": "short of money",
          "thiếu tiền": "short of money"}
_SHORT = {"kẹt tiền", "túng tiền", "thiếu tiền"}  # (the states that take a degree and need no "rồi")
_DEGREE = {"hơi": "a bit", "rất": "really", "khá": "quite"}
# when (a week or a month behind: "was"); the first Vietnamese of each English is written back
_DAYS = {"dạo này": "these days", "hiện giờ": "at the moment", "hiện tại": "at the moment"} | near_days(
    "tuần trước", "tháng trước", "tuần này", "tháng này")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())} | {"right now": "hiện giờ"}
# how often at the end of the month ("thường" before a time is "usually"), and back ("always": "lúc nào cũng")
_HABIT = SELDOM | {"lúc nào cũng": "always", "thường": "usually"}
_HABIT_VI = HABIT_VI | {"always": "lúc nào cũng"}
_PAYDAY = r"(?:cho\s+)?(?:đến|tới)\s+ngày\s+(?:lĩnh|nhận)\s+lương"

# broke or short of money now, or on a day ("Tôi cháy túi rồi.", "Dạo này tôi đang kẹt tiền.", "Bạn cháy túi à?")
_NOW = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
            r"(?:(?P<still>vẫn\s+còn|vẫn|còn|lại)\s+)?(?:(?P<ing>đang)\s+)?(?:(?P<bi>bị)\s+)?"
            rf"(?:(?P<deg>{alternatives(_DEGREE)})\s+)?(?P<what>(?i:{alternatives(_BROKE)}))(?P<payday>\s+{_PAYDAY})?"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<a>à|hả))?{ASKED_END}")
# ... at the end of the month, as a habit ("Cuối tháng tôi lúc nào cũng hết tiền.", "Tôi hay bị kẹt tiền vào cuối
# tháng.", "Cuối tháng nào tôi cũng cháy túi.")
_OUT = rf"(?:bị\s+)?(?P<what>(?i:hết\s+tiền|{alternatives(_BROKE)}))"
_OFTEN = rf"(?:(?P<ask>có)\s+)?(?P<habit>(?i:{alternatives(_HABIT)}))\s+{_OUT}"
_MONTH = [lazy(rf"(?:[Vv]ào\s+)?[Cc]uối\s+tháng\s*,?\s+{WHO}\s+{_OFTEN}{ASKED_END}"),
          lazy(rf"{WHO}\s+{_OFTEN}\s+(?:vào\s+)?cuối\s+tháng{ASKED_END}"),
          lazy(rf"[Cc]uối\s+tháng\s+nào\s+{WHO}\s+cũng\s+{_OUT}{SOFTENED_END}")]
# waiting until payday ("Tôi phải đợi đến ngày lĩnh lương.", "Bạn có phải chờ tới ngày nhận lương không?")
_WAIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?phải\s+(?:đợi|chờ)\s+(?:{_PAYDAY}|ngày\s+(?:lĩnh|nhận)"
             rf"\s+lương){ASKED_END}")

# ... in English
_WHAT_EN = {"broke": "broke", "skint": "broke", "short of money": "short", "short of cash": "short",
            "short on money": "short", "short on cash": "short", "low on money": "short", "low on cash": "short",
            "strapped for cash": "short", "hard up": "short", "tight on money": "short"}
# what is said in Vietnamese of a kind and a degree ("a bit broke": a bit short of money)
_DEGREE_EN = {("broke", ""): "cháy túi", ("short", ""): "kẹt tiền", ("short", "really"): "rất kẹt tiền",
              ("short", "very"): "rất kẹt tiền", ("short", "quite"): "khá kẹt tiền"} | {
    (kind, deg): "hơi kẹt tiền" for kind in ("broke", "short") for deg in ("a bit", "a little")} | {
    ("broke", deg): "hết sạch tiền" for deg in ("completely", "totally", "absolutely", "flat", "stony")}
_DEG_EN = alternatives({deg for _, deg in _DEGREE_EN if deg})
_NOW_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Were|Was)\s+)?{WHO_EN}(?P<be>\s+(?:is|am|are|was|were)|['’](?:s|m|re))?"
               rf"(?P<not>\s+not|n['’]t)?(?:\s+(?P<still>still))?(?:\s+(?P<deg>{_DEG_EN}))?"
               rf"\s+(?P<what>{alternatives(_WHAT_EN)})(?:\s+(?P<again>again))?(?:\s+(?P<day>{alternatives(_DAYS_VI)})|"
               r"(?P<payday>\s+until\s+payday))?\s*(?P<end>[.!?]*)")
_MONTH_EN = lazy(rf"(?:(?P<q>Are|Is|Do|Does)\s+)?{WHO_EN}(?P<be>\s+(?:is|am|are)|['’](?:s|m|re))?\s+"
                 rf"(?P<habit>{alternatives(_HABIT_VI)})\s+(?:(?:(?P<deg>completely|totally|flat)\s+)?"
                 rf"(?P<what>{alternatives(_WHAT_EN)})|(?P<run>run|runs)\s+out\s+of\s+(?:money|cash))\s+(?:at|by)\s+the"
                 r"\s+end\s+of\s+the\s+month\s*(?P<end>[.!?]*)")
_WAIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                r"(?P<have>have|has)\s+to\s+wait\s+(?:until|till|for)\s+payday\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is broke or short of money (now, on a day, at the end of
    the month) or has to wait until payday; None for any other."""
    if src == "vi":
        return _now(text) or _month(text) or _wait(text)
    return _now_vi(text) or _month_vi(text) or _wait_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of WHO in English and "am", "is" or "are" after it; None for a pet, "anh" … saying it, and "I"
    asked (whether one is broke is known)."""
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    return said[0], be(said[0])


def _now(text: str) -> str | None:
    """"Tôi cháy túi rồi." as "I'm broke.", "Tôi hết sạch tiền rồi." as "I'm completely broke.", "Dạo này tôi đang
    kẹt tiền." as "I'm short of money these days.", "Bạn có đang kẹt tiền không?" as "Are you short of money?", "Tháng
    trước tôi bị cháy túi." as "I was broke last month." (_NOW); None for anything else."""
    m = _NOW.fullmatch(text)
    if not m:
        return None
    asked = bool(m["asked"] or m["a"])
    what, day, still = keyed(m["what"]), keyed(m["day"] or ""), keyed(m["still"] or "")
    past, short = NEAR_WAY.get(day) == "behind", what in _SHORT
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["a"] and m["ask"] or m["not"] and (
            asked or still or m["deg"] or m["done"] or m["payday"]) or m["deg"] and not short:
        return None
    if past and (m["ing"] or m["done"] or still or m["payday"] or m["a"]) or m["done"] and (m["ing"] or m["payday"]):
        return None
    if what == "hết sạch tiền" and not (m["done"] and not (m["not"] or m["ing"] or m["bi"] or m["deg"])):
        return None  # ("Tôi hết sạch tiền." ran out when? only "… rồi" is broke now)
    if not (short or past or m["not"] or asked or m["ing"] or m["done"] or still):
        return None  # ("Tôi cháy túi.", "Tôi bị cháy túi.": went broke, or is?)
    if m["payday"] and (day or asked or still) or m["ask"] and still == "lại" or still == "còn" and not m["ask"] or \
            m["not"] and m["ing"] or m["done"] and still and still != "lại":
        return None  # ("Tôi còn kẹt tiền.": still, or also? "còn" is taken only asked: "Bạn có còn … không?")
    said = _who(m, asked)
    if said is None:
        return None
    who_, be_ = said
    be_ = PAST_BE[be_] if past else be_
    adj = f"{_DEGREE[keyed(m['deg'])]} {_BROKE[what]}" if m["deg"] else _BROKE[what]
    adj = f"still {adj}" if still and still != "lại" else f"{adj} again" if still else adj
    tail = f" {_DAYS[day]}" if day else " until payday" if m["payday"] else ""
    if asked:
        return f"{be_.capitalize()} {who_} {adj}{tail}?"
    if m["not"]:
        return capitalised(f"{who_} {be_}n't {adj}{tail}{stop(m['end'])}" if past or be_ == "is" else
                           f"{contracted(who_, be_)} not {adj}{tail}{stop(m['end'])}")
    return capitalised(f"{contracted(who_, f'{be_} {adj}')}{tail}{stop(m['end'])}")


def _month(text: str) -> str | None:
    """"Cuối tháng tôi lúc nào cũng hết tiền." and "Cuối tháng nào tôi cũng hết tiền." as "I'm always broke at the end
    of the month.", "Cuối tháng bạn có hay bị kẹt tiền không?" as "Are you often short of money at the end of the
    month?" (_MONTH); None for anything else, and asked with any but often or usually."""
    m = next((m for p in _MONTH if (m := p.fullmatch(text))), None)
    if not m:
        return None
    groups = m.groupdict()
    asked, habit = bool(groups.get("asked")), _HABIT[keyed(groups.get("habit") or "lúc nào cũng")]
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != asked or asked and habit not in ("often", "usually"):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, be_ = said
    adj = _BROKE.get(keyed(m["what"]), "broke")
    if asked:
        return f"{be_.capitalize()} {who_} {habit} {adj} at the end of the month?"
    return capitalised(f"{contracted(who_, be_)} {habit} {adj} at the end of the month{stop(m['end'])}")


def _wait(text: str) -> str | None:
    """"Tôi phải đợi đến ngày lĩnh lương." as "I have to wait until payday.", "Bạn có phải chờ đến ngày nhận lương
    không?" as "Do you have to wait until payday?" (_WAIT); None for anything else."""
    m = _WAIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked:
        return None
    said = None if animal(m) else who(m, asked)  # ("Do I have to wait until payday?" is asked of oneself)
    if said is None:
        return None
    who_, one = said
    return present(who_, one, "have", "to wait until payday", asked, bool(m["not"]), m["end"])


def _vi(who_: str, said: str, day: str = "") -> str:
    """The Vietnamese sentence of who and what is said of them, a day (Vietnamese) before who."""
    return capitalised(f"{day} {who_} {said}" if day else f"{who_} {said}")


def _now_vi(text: str) -> str | None:
    """"I'm broke." as "Tôi cháy túi rồi.", "I'm flat broke." as "Tôi hết sạch tiền rồi.", "I'm a bit short of
    money." as "Tôi hơi kẹt tiền.", "Are you short of money?" as "Bạn có đang kẹt tiền không?", "My brother is broke
    again." as "Anh trai tôi lại cháy túi rồi.", "I was broke last month." as "Tháng trước tôi bị cháy túi." (_NOW_EN);
    None for anything else, where "is", "are" does not agree with who, asked with "not", "not" until payday, and
    "still" said in the past."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be_ = (m["q"] or m["be"]).strip().lower()
    past = be_ in ("was", "were")
    if not be_agrees(m, be_, past):
        return None
    kind, deg = _WHAT_EN[" ".join(m["what"].lower().split())], " ".join((m["deg"] or "").split())
    said, day = _DEGREE_EN.get((kind, deg)), (m["day"] or "").lower()
    day_vi = _DAYS_VI.get(" ".join(day.split()), "")
    if said is None or past != (NEAR_WAY.get(day_vi) == "behind"):
        return None
    if m["not"] and (m["q"] or m["still"] or deg or m["again"] or m["payday"]) or past and m["still"] and not m["q"]:
        return None  # ("Are you not broke?", "I'm not broke until payday.", "I was still broke …": not written back)
    all_ = said == "hết sạch tiền"
    if (m["q"] or past) and (deg or m["again"] or m["payday"]) or m["still"] and (m["again"] or all_ or m["payday"]) \
            or all_ and (m["not"] or m["payday"] or m["q"]) or m["again"] and day:
        return None
    who_ = who_vi(m)[0]
    if animal(m) or m["q"] and who_ == "tôi":
        return None  # ("Am I broke?": whether one is broke is known)
    day_vi = capitalised(day_vi)
    if m["q"]:
        how = "còn " if m["still"] else "bị " if past else "" if day else "đang "
        return _vi(who_, f"có {how}{said} không?", day_vi)
    end = stop(m["end"])
    if m["not"]:
        return _vi(who_, f"không {'bị ' * past}{said}{end}", day_vi)
    if past:
        return _vi(who_, f"bị {said}{end}", day_vi)
    if m["still"] or m["again"]:
        return _vi(who_, f"vẫn {said}{end}" if m["still"] else f"lại {said} rồi{end}", day_vi)
    if m["payday"]:
        return _vi(who_, f"{said} cho đến ngày lĩnh lương{end}")
    ing = "" if deg else "đang "
    return _vi(who_, f"{said} rồi{end}" if all_ or said == "cháy túi" and not day else f"{ing}{said}{end}", day_vi)


def _month_vi(text: str) -> str | None:
    """"I'm always broke at the end of the month." and "I always run out of money at the end of the month." as "Cuối
    tháng tôi lúc nào cũng hết tiền.", "Are you often short of money at the end of the month?" as "Cuối tháng bạn có
    hay kẹt tiền không?" (_MONTH_EN); None for anything else, where the verb does not agree with who, and asked with
    any but often or usually."""
    m = _MONTH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    q, habit = (m["q"] or "").lower(), m["habit"].lower()
    if m["run"]:
        agrees = not m["be"] and (m["run"] == "run" and q == ("does" if one else "do") if q else
                                  (m["run"] == "runs") == one)
        kind = "broke"
    else:
        agrees = bool(q) != bool(m["be"]) and q not in ("do", "does") and be_agrees(m, q or m["be"])
        kind = _WHAT_EN[" ".join(m["what"].lower().split())]
    if not agrees or q and habit not in ("often", "usually") or m["deg"] and kind != "broke" or animal(m) or \
            q and who_ == "tôi":
        return None
    said = "hết sạch tiền" if m["deg"] else "kẹt tiền" if kind == "short" else "hết tiền"
    if q:
        return _vi(who_, f"có {_HABIT_VI[habit]} {said} không?", "Cuối tháng")
    return _vi(who_, f"{_HABIT_VI[habit]} {said}{stop(m['end'])}", "Cuối tháng")


def _wait_vi(text: str) -> str | None:
    """"I have to wait until payday." as "Tôi phải đợi đến ngày lĩnh lương.", "Does she have to wait until payday?"
    as "Cô ấy có phải đợi đến ngày lĩnh lương không?" (_WAIT_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _WAIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    do = " ".join(((m["q"] or "") + (m["aux"] or "")).lower().split())
    if do and (m["have"] != "have" or do.startswith("does") != one) or not do and (m["have"] == "has") != one:
        return None
    if m["q"]:
        return _vi(who_, "có phải đợi đến ngày lĩnh lương không?")
    return _vi(who_, f"{'không ' * bool(m['aux'])}phải đợi đến ngày lĩnh lương{stop(m['end'])}")
