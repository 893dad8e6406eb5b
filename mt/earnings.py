"""What someone earns and how they are paid, said or asked, both ways, written whole by rule. v8 (with the other
rules on) reads "lương" as bones and "paid" as paying: "Cô ấy kiếm được bao nhiêu một tháng?" → "How many months are
she earned?", "Lan kiếm được bao nhiêu một tháng?" → "How many months do you make?", "Lương của tôi thấp." → "My bones
are low.", "Lương của bạn là bao nhiêu?" → "How much are your bones?", "Cô ấy được trả lương cao." → "She was paid
high.", "Tôi được trả lương theo giờ." → "I'm paid for an hour."; "How much does she earn a month?" → "Bé kiếm được
bao nhiêu tiền trong một tháng?" (a baby), "My salary is low." → "Thanh quản của tôi thấp." (the larynx), "She's well
paid." → "Cô ấy trả tiền tốt." (she pays), "I got paid today." → "Tôi đã trả tiền hôm nay." (I paid), "What's your
salary?" → "Bạn là gì?", "Today is payday." → "Ngày nay là ngày thanh toán.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking); whose
salary one of mt.terms.OWNERS or someone (mt.hobbies.SOMEONE); a sum as mt.amounts reads it ("10 triệu", "10 million
dong"), per a unit of PER. Taken: who earns a lot (of money) or not much, said or asked; how much who earns a month
(a year …), or a sum a month; whose salary low or high (very, quite …), said or asked, how much it is, or a sum; who
is well or poorly paid, said or asked, or paid by the hour, weekly or monthly; who just got paid, got paid today or
yesterday ("đã", "rồi"), has been paid, or not yet, asked with "chưa"; when who gets paid; today or tomorrow as
payday, asked, and when payday is. Left: "Hôm nay tôi nhận lương." (gets or got?), "Bạn kiếm được bao nhiêu?" (a
month, or from one sale?), a sum earned without a unit, sums in words or of other currencies ("mười triệu", "$500":
mt.amounts writes neither), "makes a lot" without "money", a pay rise (mt/careers.py), money paid, owed or borrowed
(mt/bills.py, mt/cash.py, mt/loans.py, mt/transfers.py).
mt.phrasebook.translate tries these after mt/luck.py.

    >>> translate("Lương của tôi thấp.", "vi", "en"), translate("How much does she earn a month?", "en", "vi")
    ('My salary is low.', 'Cô ấy kiếm được bao nhiêu tiền một tháng?')
"""
from __future__ import annotations

import re

from . import amounts
from . import text as _text
from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_END, SOFTENER, alternatives, capitalised, keyed
from .workdays import UNITS

# what a sum is earned per ("một tháng": "a month")
PER = UNITS | {"năm": "year", "giờ": "hour", "tiếng": "hour"}
PER_VI = {en: vi for vi, en in reversed(PER.items())}
_KEYS = {"vi": lazy(r"(?i:kiếm|lương)"), "en": lazy(r"(?i:\bearn|mak|salary|paid|payday)")}

_PER = rf"\s+(?:một|mỗi)\s+(?P<per>{alternatives(PER)})"
_PER_FIRST = rf"(?:(?:[Mm]ột|[Mm]ỗi)\s+(?P<per0>{alternatives(PER)})\s+)?"
_SUM = r"(?P<sum>\d[\d.,]*(?:\s*[^\W\d_]+){0,3}?)"  # (mt.amounts says whether it is a sum, and which)
_EARN = r"kiếm\s+(?:được\s+)?"
# a lot or not much ("Anh ấy kiếm được nhiều tiền.", "Anh ấy kiếm không nhiều.", "Bạn có kiếm được nhiều tiền không?")
_MUCH = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?{_EARN}(?:(?P<few>ít|không\s+nhiều)|"
             rf"(?:(?P<very>rất|khá)\s+)?nhiều)(?P<money>\s+tiền)?{ASKED_END}")
# how much a month, or a sum ("Cô ấy kiếm được bao nhiêu một tháng?", "Tôi kiếm được 10 triệu một tháng.")
_HOW_MUCH = lazy(rf"{_PER_FIRST}{WHO}\s+{_EARN}(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_SUM})(?:{_PER})?"
                 rf"{SOFTENED_END}")
# whose salary, how high, how much ("Lương của tôi thấp.", "Lương của bạn có cao không?", "Lương bạn bao nhiêu?")
_LEVELS = {"thấp": "low", "cao": "high"}
_DEGREES = {"rất": "very", "khá": "quite", "hơi": "a bit", "quá": "too"}
_SALARY = lazy(rf"[Ll]ương\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<deg>"
               rf"{alternatives(_DEGREES)})\s+)?(?P<level>thấp|cao)(?:\s+(?P<post>lắm|quá))?{ASKED_END}")
_SALARY_SUM = lazy(rf"[Ll]ương\s+(?:của\s+)?{OWNER}\s+(?:là\s+)?(?:(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_SUM})"
                   rf"(?:{_PER})?{SOFTENED_END}")
# well or poorly paid, how often ("Cô ấy được trả lương cao.", "Tôi được trả lương theo giờ.")
_PAID_HOW = {"theo giờ": "by the hour", "theo ngày": "by the day", "hàng tuần": "weekly", "hằng tuần": "weekly",
             "theo tuần": "weekly", "hàng tháng": "monthly", "hằng tháng": "monthly", "theo tháng": "monthly"}
_PAID = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?được\s+trả\s+lương\s+(?:(?:(?P<deg>rất|khá)\s+)?"
             rf"(?P<level>cao|thấp)(?:\s+(?P<post>lắm))?|(?P<how>{alternatives(_PAID_HOW)})){ASKED_END}")
# got paid: just, today, yesterday, already, not yet ("Tôi vừa nhận lương.", "Bạn đã nhận lương chưa?")
_GOT = r"(?:được\s+trả\s+lương|nhận\s+(?:được\s+)?lương|lĩnh\s+lương|lãnh\s+lương)"
_DAYS = {"hôm nay": "today", "hôm qua": "yesterday", "ngày mai": "tomorrow", "mai": "tomorrow"}
_GOT_PAID = lazy(rf"(?:(?P<day>[Hh]ôm\s+(?:nay|qua))\s+)?{WHO}\s+(?:(?P<aspect>vừa\s+mới|vừa|mới|đã|chưa)\s+)?"
                 rf"{_GOT}(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
_WHEN_PAID = lazy(rf"(?:[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+{WHO}\s+(?:được\s+trả\s+lương|nhận\s+lương|lĩnh\s+lương|"
                  rf"lãnh\s+lương){SOFTENED_END}")
# payday ("Hôm nay là ngày lĩnh lương.", "Khi nào là ngày lĩnh lương?", "Ngày lĩnh lương là ngày nào?")
_PAYDAY_VI = r"gày\s+(?:nhận|lĩnh|lãnh|trả)\s+lương"  # (after "n" or "N")
_PAYDAY = lazy(rf"(?P<day>(?i:hôm\s+nay|ngày\s+mai|mai))\s+(?:(?P<ask>có\s+phải)\s+)?(?:là\s+)?n{_PAYDAY_VI}"
               rf"{ASKED_END}|(?:(?:[Kk]hi\s+nào|[Nn]gày\s+nào)\s+là\s+n{_PAYDAY_VI}|[Nn]{_PAYDAY_VI}\s+là\s+"
               rf"(?:ngày\s+nào|khi\s+nào))(?P<when>{SOFTENER}\s*\?+)")

# ... and in English
_DO = r"(?:(?P<do>Do|Does)\s+)?"
_NOT = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_END = r"\s*(?P<end>[.!?]*)"
_MUCH_EN = lazy(rf"{_DO}{WHO_EN}{_NOT}\s+(?:(?P<earn>earns?)|(?P<make>makes?))\s+(?:(?P<lot>a\s+lot|lots)|"
                r"(?P<quite>quite\s+a\s+lot)|(?P<much>much)|(?P<good>good))(?P<money>\s+of\s+money|\s+money)?"
                rf"{_END}")
_PER_EN = r"\s+(?:a|an|per)\s+(?P<per>month|year|week|day|hour)"
_HOW_MUCH_EN = lazy(rf"How\s+much(?:\s+money)?\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<verb>earn|make|get\s+paid)"
                    rf"(?:{_PER_EN})?\s*\?+")
_SUM_EN = r"(?P<sum>(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"
_SUM_EARNED_EN = lazy(rf"{WHO_EN}\s+(?P<verb>earns?|makes?)\s+{_SUM_EN}{_PER_EN}{_END}")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)"
_LEVELS_VI = {en: vi for vi, en in _LEVELS.items()}
_DEGREES_VI = {"very": "rất", "quite": "khá", "a bit": "hơi", "too": "quá", "pretty": "khá"}
_SALARY_EN = lazy(rf"(?:(?P<be0>Is)\s+)?{_WHOSE_EN}\s+salary(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?"
                  rf"(?:\s+(?P<deg>{alternatives(_DEGREES_VI)}))?\s+(?P<level>low|high){_END}")
_WHAT_SALARY_EN = lazy(rf"What(?:['’]s|\s+is)\s+{_WHOSE_EN}(?:\s+(?P<per>monthly|annual))?\s+salary\s*\?+")
_SALARY_SUM_EN = lazy(rf"{_WHOSE_EN}\s+salary\s+is\s+{_SUM_EN}(?:{_PER_EN})?{_END}")
_PAID_HOW_VI = {en: vi for vi, en in reversed(_PAID_HOW.items())} | {"every month": "hàng tháng",
                                                                    "every week": "hàng tuần"}
_PAID_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:{_text.BE_EN}(?P<not>\s+not|n['’]t)?)?\s+(?:(?P<deg>very|"
                rf"quite|really|pretty)\s+)?(?P<level>well|badly|poorly)[\s-]paid{_END}")
_PAID_HOW_EN = lazy(rf"{_DO}{WHO_EN}{_NOT}\s+(?P<get>gets?)\s+paid\s+(?P<how>{alternatives(_PAID_HOW_VI)}){_END}")
_GOT_PAID_EN = lazy(rf"{WHO_EN}(?:\s+(?P<just>just))?\s+got\s+paid(?:\s+(?P<day>today|yesterday))?{_END}")
_BEEN_PAID_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?"
                     rf"(?P<not>\s+not|n['’]t)?(?:\s+(?P<just>just|already))?\s+been\s+paid(?:\s+(?P<yet>yet))?"
                     rf"{_END}")
_WHEN_PAID_EN = lazy(rf"When\s+(?P<do>do|does)\s+{WHO_EN}\s+get\s+paid\s*\?+")
_PAYDAY_EN = lazy(r"(?:(?P<day>Today|Tomorrow)\s+is|It(?:['’]s|\s+is))\s+payday(?:\s+(?P<day2>today|"
                  r"tomorrow))?\s*(?P<end>[.!]*)|Is\s+(?:(?P<day3>today|tomorrow)|it)\s+payday(?:\s+(?P<day4>"
                  r"today|tomorrow))?\s*\?+|(?P<when>When(?:['’]s|\s+is)\s+payday\s*\?+)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone earns, their salary, how they are paid, whether
    they got paid, or payday; None for any other."""
    if src == "vi":
        return _much(text) or _how_much(text) or _salary(text) or _paid(text) or _got_paid(text) or _payday(text)
    return (_much_vi(text) or _how_much_vi(text) or _salary_vi(text) or _paid_vi(text) or _got_paid_vi(text) or
            _payday_vi(text))


def _do(one: bool) -> str:
    """"Does" after he, she or someone (`one`), "Do" after the others."""
    return "Does" if one else "Do"


def _asked(m: re.Match) -> bool | None:
    """Whether a match of a Vietnamese pattern with groups "ask" ("có") and "asked" ("không") asks, by its "?"; None
    where the two do not agree, or "có" is said without "không", or "không" both denies and asks."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    return asked


def _much(text: str) -> str | None:
    """"Anh ấy kiếm được nhiều tiền." as "He earns a lot of money.", "Bạn có kiếm được nhiều tiền không?" as "Do you
    earn a lot of money?", "Anh ấy kiếm không nhiều." as "He doesn't earn much." (_MUCH); None for anything else."""
    m = _MUCH.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["few"] and (asked or m["not"]) or m["very"] and m["not"]:
        return None
    if not (said := who(m, asked)):
        return None
    who_, one = said
    if m["not"] or m["few"]:
        return capitalised(f"{who_} {_do(one).lower()}n't earn much{' money' * bool(m['money'])}.")
    lot = f"{'quite ' * (keyed(m['very'] or '') == 'khá')}a lot{' of money' * bool(m['money'])}"
    return f"{_do(one)} {who_} earn {lot}?" if asked else capitalised(f"{who_} earn{'s' * one} {lot}.")


def _how_much(text: str) -> str | None:
    """"Cô ấy kiếm được bao nhiêu một tháng?" as "How much does she earn a month?", "Tôi kiếm được 10 triệu một
    tháng." as "I earn VND10 million a month." (_HOW_MUCH: the sum as mt.amounts writes it); None for anything else,
    and without a month, a year … ("Bạn kiếm được bao nhiêu?": from one sale?)."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or bool(m["per0"]) == bool(m["per"]) or bool(m["how"]) != ("?" in m["end"]):
        return None
    per = PER[keyed(m["per0"] or m["per"])]
    said = who(m, bool(m["how"]))
    earned = m["sum"] and amounts.sum_said(m["sum"], "vi")
    if not said or not (m["how"] or earned):
        return None
    who_, one = said
    if m["how"]:
        return f"How much {_do(one).lower()} {who_} earn {a_or_an(per)} {per}?"
    return capitalised(f"{who_} earn{'s' * one} {earned} {a_or_an(per)} {per}.")


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "my mother's", "Lan's"; None for one not read."""
    said = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    return said and (said if m["owner"] else f"{said}'s")


def _salary(text: str) -> str | None:
    """"Lương của tôi thấp." as "My salary is low.", "Lương bạn có cao không?" as "Is your salary high?", "Lương tôi
    không cao lắm." as "My salary isn't very high." (_SALARY), "Lương của bạn là bao nhiêu?" as "What's your
    salary?", "Lương của tôi là 10 triệu một tháng." as "My salary is VND10 million a month." (_SALARY_SUM); None for
    anything else, and a salary asked by the week or the day."""
    if m := _SALARY_SUM.fullmatch(text):
        per, whose = PER[keyed(m["per"])] if m["per"] else "", bool(m["how"]) == ("?" in m["end"]) and _whose(m)
        every = {"": "", "month": "monthly ", "year": "annual "}.get(per) if whose and m["how"] else None
        earned = whose and not m["how"] and amounts.sum_said(m["sum"], "vi")
        if every is not None or not earned:
            return None if every is None else f"What's {whose} {every}salary?"
        return capitalised(f"{whose} salary is {earned}{f' {a_or_an(per)} {per}' if per else ''}.")
    m = _SALARY.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["deg"] and (m["post"] or m["not"]) or m["not"] and keyed(m["post"] or "") == "quá":
        return None
    whose, level = _whose(m), _LEVELS[keyed(m["level"])]
    deg = _DEGREES[keyed(m["deg"])] if m["deg"] else {"lắm": "very", "quá": "so"}.get(keyed(m["post"] or ""), "")
    said, is_ = f"{deg} {level}".strip(), "isn't" if m["not"] else "is"
    if not whose:
        return None
    return f"Is {whose} salary {said}?" if asked else capitalised(f"{whose} salary {is_} {said}.")


def _paid(text: str) -> str | None:
    """"Cô ấy được trả lương cao." as "She's well paid.", "Bạn có được trả lương cao không?" as "Are you well
    paid?", "Tôi được trả lương theo giờ." as "I get paid by the hour." (_PAID); None for anything else."""
    m = _PAID.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["not"] and (m["deg"] or keyed(m["level"] or "") == "thấp") or m["deg"] and m["post"]:
        return None
    if not (said := who(m, asked)):
        return None
    who_, one = said
    if m["how"]:
        how = _PAID_HOW[keyed(m["how"])]
        if asked or m["not"]:
            return capitalised(f"{_do(one)} {who_} get paid {how}?" if asked else
                               f"{who_} {_do(one).lower()}n't get paid {how}.")
        return capitalised(f"{who_} get{'s' * one} paid {how}.")
    deg = {"rất": "very ", "khá": "quite ", "": ""}[keyed(m["deg"] or "")] or "very " * bool(m["post"])
    paid = f"{deg}{'well' if keyed(m['level']) == 'cao' else 'poorly'} paid"
    if asked:
        return f"{_text.be(who_).capitalize()} {who_} {paid}?"
    if m["not"]:
        return capitalised(f"I'm not {paid}." if who_ == "I" else f"{who_} {_text.be(who_)}n't {paid}.")
    return capitalised(_text.contracted(who_, f"{_text.be(who_)} {paid}."))


def _got_paid(text: str) -> str | None:
    """"Tôi vừa nhận lương." as "I just got paid.", "Hôm nay tôi đã nhận lương." as "I got paid today.", "Tôi chưa
    được trả lương." as "I haven't been paid yet.", "Bạn đã nhận lương chưa?" as "Have you been paid yet?"
    (_GOT_PAID); None for anything else, and "Hôm nay tôi nhận lương." (gets or got?)."""
    m = _GOT_PAID.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]):
        return None
    aspect, day = keyed(m["aspect"] or ""), _DAYS.get(keyed(m["day"] or ""), "")
    if not (said := who(m, bool(m["yet"]))):
        return None
    who_, one = said
    has = "has" if one else "have"
    if m["yet"]:
        return None if day or aspect not in ("", "đã") else f"{has.capitalize()} {who_} been paid yet?"
    if aspect == "chưa":
        return None if day or m["done"] else capitalised(f"{who_} {has}n't been paid yet.")
    if aspect in ("vừa", "mới", "vừa mới"):
        return None if day else capitalised(f"{who_} just got paid.")
    if day:
        return capitalised(f"{who_} got paid {day}.") if aspect or m["done"] or day == "yesterday" else None
    if aspect or m["done"]:
        return capitalised(_text.contracted(who_, f"{has} {'already ' * bool(m['done'])}been paid."))
    return None


def _payday(text: str) -> str | None:
    """"Hôm nay là ngày lĩnh lương." as "Today is payday.", "Mai có phải là ngày lĩnh lương không?" as "Is tomorrow
    payday?", "Khi nào là ngày lĩnh lương?" as "When is payday?" (_PAYDAY), "Khi nào bạn nhận lương?" as "When do you
    get paid?" (_WHEN_PAID); None for anything else."""
    if m := _WHEN_PAID.fullmatch(text):
        said = "?" in m["end"] and who(m, True)
        return said and f"When {_do(said[1]).lower()} {said[0]} get paid?"
    m = _PAYDAY.fullmatch(text)
    if not m or m["when"]:
        return m and "When is payday?"
    asked, day = bool(m["asked"]), _DAYS[keyed(m["day"])]
    if asked != ("?" in m["end"]) or asked != bool(m["ask"]):
        return None
    return f"Is {day} payday?" if asked else f"{day.capitalize()} is payday{m['end'] or '.'}"


def _agreed(m: re.Match, verb: str) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether it is asked, where "Do" or "Does" (group do), "don't" or
    "doesn't" (group not) and `verb` agree with who ("She earns", "Does she earn", "I don't"), the verb is bare after
    either, and "?" ends what is asked; None for anything else ("She earn", "Does he earns", "Doesn't he …?")."""
    g = m.groupdict()
    do, end, asked = (g.get("do") or g.get("not") or "").lower(), g.get("end"), bool(g.get("do"))
    who_, one = who_vi(m)
    if end is not None and asked != ("?" in end) or asked and g.get("not") or do and verb.endswith("s") or (
            do.startswith("does") if do else verb.endswith("s")) != one:
        return None
    return who_, asked


def _much_vi(text: str) -> str | None:
    """"He earns a lot of money." as "Anh ấy kiếm được nhiều tiền.", "Does she earn a lot?" as "Cô ấy có kiếm được
    nhiều tiền không?", "He doesn't earn much." as "Anh ấy không kiếm được nhiều tiền." (_MUCH_EN); None for anything
    else, "makes a lot" without "money", and where the verb does not agree with who."""
    m = _MUCH_EN.fullmatch(text)
    said = m and _agreed(m, m["earn"] or m["make"])
    if not said or m["make"] and not m["money"] or m["money"] and (m["money"].split()[0] == "of") != bool(
            m["lot"] or m["quite"]) or m["good"] and not m["money"] or (m["good"] or m["quite"]) and m["not"] or (
            m["much"] and not (said[1] or m["not"])):
        return None  # ("a lot money", "much of money", "good" alone, "earns much", "doesn't make good money")
    much = "khá nhiều" if m["good"] or m["quite"] else "nhiều"
    if said[1]:
        return capitalised(f"{said[0]} có kiếm được {much} tiền không?")
    return capitalised(f"{said[0]} {'không ' * bool(m['not'])}kiếm được {much} tiền.")


def _how_much_vi(text: str) -> str | None:
    """"How much does she earn a month?" as "Cô ấy kiếm được bao nhiêu tiền một tháng?", "How much do you get paid
    an hour?" as "Bạn được trả bao nhiêu tiền một giờ?" (_HOW_MUCH_EN), "I earn 10 million dong a month." as "Tôi
    kiếm được 10 triệu đồng một tháng." (_SUM_EARNED_EN: the sum as mt.amounts writes it); None for anything else, a
    sum it does not read ("ten million", "$500"), and the verb not agreeing with who."""
    m = _HOW_MUCH_EN.fullmatch(text) or _SUM_EARNED_EN.fullmatch(text)
    said = m and _agreed(m, m["verb"])
    per = f" một {PER_VI[m['per']]}" if said and m["per"] else ""
    if said and m.re == _HOW_MUCH_EN:
        return capitalised(f"{said[0]} {'được trả' if m['verb'] == 'get paid' else 'kiếm được'} bao nhiêu tiền{per}?")
    earned = said and not said[1] and amounts.sum_said(m["sum"], "en")
    return earned and capitalised(f"{said[0]} kiếm được {earned}{per}.")


def _salary_vi(text: str) -> str | None:
    """"My salary is low." as "Lương của tôi thấp.", "Is your salary high?" as "Lương của bạn có cao không?", "My
    salary isn't very high." as "Lương của tôi không cao lắm." (_SALARY_EN), "What's your salary?" as "Lương của bạn
    là bao nhiêu?" (_WHAT_SALARY_EN), "My salary is 10 million dong a month." as "Lương của tôi là 10 triệu đồng một
    tháng." (_SALARY_SUM_EN); None for anything else."""
    m = _SALARY_EN.fullmatch(text) or _WHAT_SALARY_EN.fullmatch(text) or _SALARY_SUM_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en"))
    if not whose or m.re != _WHAT_SALARY_EN and ("?" in m["end"]) != bool(m.groupdict().get("be0")):
        return None
    if m.re == _WHAT_SALARY_EN:
        every = {"monthly": "hàng tháng ", "annual": "hàng năm "}.get((m["per"] or "").lower(), "")
        return f"Lương {every}của {whose} là bao nhiêu?"
    if m.re == _SALARY_SUM_EN:
        earned, per = amounts.sum_said(m["sum"], "en"), f" một {PER_VI[m['per']]}" if m["per"] else ""
        return earned and f"Lương của {whose} là {earned}{per}."
    asked, deg, level = bool(m["be0"]), (m["deg"] or "").lower(), _LEVELS_VI[m["level"].lower()]
    if asked == bool(m["be"]) or m["not"] and (asked or not m["be"]) or deg and (asked or m["not"] and deg != "very"):
        return None
    if asked:
        return f"Lương của {whose} có {level} không?"
    if m["not"]:
        return f"Lương của {whose} không {level}{' lắm' * bool(deg)}."
    return f"Lương của {whose} {f'{_DEGREES_VI[deg]} ' if deg else ''}{level}."


def _paid_vi(text: str) -> str | None:
    """"She's well paid." as "Cô ấy được trả lương cao.", "Are you well paid?" as "Bạn có được trả lương cao
    không?", "I'm poorly paid." as "Tôi được trả lương thấp." (_PAID_EN), "I get paid by the hour." as "Tôi được trả
    lương theo giờ." (_PAID_HOW_EN); None for anything else, and "is", "are", "gets" … not agreeing with who."""
    if m := _PAID_HOW_EN.fullmatch(text):
        said = _agreed(m, m["get"])
        how = said and _PAID_HOW_VI[keyed(m["how"])]
        if not how:
            return None
        return capitalised(f"{said[0]} có được trả lương {how} không?" if said[1] else
                           f"{said[0]} {'không ' * bool(m['not'])}được trả lương {how}.")
    m = _PAID_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or m["not"] and asked:
        return None
    who_, one = who_vi(m)
    level, deg = ("cao" if m["level"].lower() == "well" else "thấp"), (m["deg"] or "").lower()
    if _text.be_said(m["be0"] or m["be"]) != be_of(who_, one) or m["not"] and (deg or level == "thấp") or deg and asked:
        return None
    if asked:
        return capitalised(f"{who_} có được trả lương {level} không?")
    deg = {"very": "rất ", "really": "rất ", "quite": "khá ", "pretty": "khá ", "": ""}[deg]
    return capitalised(f"{who_} {'không ' * bool(m['not'])}được trả lương {deg}{level}.")


def _got_paid_vi(text: str) -> str | None:
    """"I just got paid." as "Tôi vừa nhận lương.", "I got paid today." as "Hôm nay tôi đã nhận lương."
    (_GOT_PAID_EN), "I haven't been paid yet." as "Tôi chưa được trả lương.", "Have you been paid yet?" as "Bạn đã
    được trả lương chưa?" (_BEEN_PAID_EN); None for anything else, and "has" not agreeing with who."""
    if m := _GOT_PAID_EN.fullmatch(text):
        who_, _ = who_vi(m)
        day = {"today": "Hôm nay ", "yesterday": "Hôm qua "}.get((m["day"] or "").lower(), "")
        if "?" in m["end"] or m["just"] and day:
            return None
        return f"{day}{who_ if day else capitalised(who_)} {'vừa' if m['just'] else 'đã'} nhận lương."
    m = _BEEN_PAID_EN.fullmatch(text)
    asked = bool(m and m["have0"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["have"]) or m["not"] and (asked or m["just"]):
        return None
    who_, one = who_vi(m)
    just = (m["just"] or "").lower()
    if ((m["have0"] or m["have"]).strip().lower() in ("has", "'s", "’s")) != one or m["yet"] and not (
            asked or m["not"]) or asked and just:
        return None
    if asked or m["not"]:
        return capitalised(f"{who_} đã được trả lương chưa?" if asked else f"{who_} chưa được trả lương.")
    return capitalised(f"{who_} {'vừa' if just == 'just' else 'đã'} được trả lương{' rồi' * (just == 'already')}.")


def _payday_vi(text: str) -> str | None:
    """"Today is payday." and "It's payday." as "Hôm nay là ngày nhận lương.", "Is tomorrow payday?" as "Ngày mai
    có phải là ngày nhận lương không?", "When is payday?" as "Ngày nhận lương là ngày nào?" (_PAYDAY_EN), "When do
    you get paid?" as "Khi nào bạn nhận lương?" (_WHEN_PAID_EN); None for anything else."""
    if m := _WHEN_PAID_EN.fullmatch(text):
        said = _agreed(m, "get")
        return said and f"Khi nào {said[0]} nhận lương?"
    m = _PAYDAY_EN.fullmatch(text)
    days = m and [d.lower() for d in (m["day"], m["day2"], m["day3"], m["day4"]) if d]
    if not m or m["when"] or len(days) > 1:
        return m and m["when"] and "Ngày nhận lương là ngày nào?"
    day = {"today": "Hôm nay", "tomorrow": "Ngày mai"}[days[0] if days else "today"]
    if m["end"] is None:
        return f"{day} có phải là ngày nhận lương không?"
    return f"{day} là ngày nhận lương{m['end'] or '.'}"
