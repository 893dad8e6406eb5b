"""Someone's birthday, said or asked, both ways, written whole by rule. v6 reads "sinh nhật" badly when it opens a
sentence and writes "ngày sinh" (date of birth) for "birthday": "Sinh nhật tôi là ngày 5 tháng 3." → "We're going
to be March 5.", "Sinh nhật em gái tôi là 20/10." → "Birthday my sister is 20/10."; "When is your birthday?"
→ "Khi nào sinh nhật của bạn là gì?", "Today is my birthday." → "Hôm nay là ngày sinh của tôi.".

Whose is one of mt.terms.OWNERS, kin with whose after it (mt.people.NAMED_WHO: "mẹ tôi"), someone mt.calls.someone
knows ("chị ấy", "chị Lan") or a given name alone ("Lan"; in English a name, "Mr. Smith"); when is a date that
mt.dates reads, a day and month with a slash ("5/3"), a month, or a day or week near today. mt.phrasebook.translate
tries these after mt/favourites.py.

    >>> translate("Sinh nhật của mẹ tôi là ngày 20 tháng 10.", "vi", "en")
    "My mother's birthday is October 20."
    >>> translate("When is your birthday?", "en", "vi")
    'Sinh nhật bạn là ngày nào?'
"""
from __future__ import annotations

import re

from . import dates
from .calls import someone
from .dates import VI_MONTH_WORDS
from .lazy_re import lazy
from .names import EN_TITLES, NOT_GIVEN, english_name
from .people import KIN_VI, KIN_WORDS, NAMED_WHO
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import EN_MONTHS, alternatives, capitalised, keyed, strip_marks

# days and weeks near today, both ways (what mt.dates leaves to the model in a sentence's middle)
_NEAR = {"hôm nay": "today", "ngày mai": "tomorrow", "mai": "tomorrow", "hôm qua": "yesterday",
         "tuần này": "this week", "tuần sau": "next week", "tuần tới": "next week", "tháng này": "this month",
         "tháng sau": "next month", "tháng tới": "next month", "tuần trước": "last week", "tháng trước": "last month"}
_NEAR_VI = {en: vi for vi, en in reversed(_NEAR.items())}
# whose: of OWNERS or kin and whose, else someone mt.calls.someone knows ("chị ấy", "chị Lan") or a given name
_WHOSE = (rf"(?:(?:(?P<kin>(?i:{KIN_WORDS}))\s+(?:của\s+)?)?"
          rf"(?P<whose>(?i:{alternatives(OWNERS)}))|(?P<who>[^.!?]+?))")
_WHOSE_EN = (rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))(?:\s+(?P<kin>(?i:{alternatives(KIN_VI)}))['’]s)?|"
             r"(?:(?P<title>Mr|Mrs|Ms|Miss)\.?\s+)?(?P<name>[A-Z][a-z]+)['’]s)")
_THEIRS = {"he": "his", "she": "her", "they": "their"}
_ENDING = r"(?:\s+(?:vậy|thế|nhỉ))?(?:\s+(?:ạ|nhé))?\s*(?P<end>[.!?]*)"
_ASKED = r"(?:là\s+)?(?:vào\s+)?(?:ngày\s+nào|khi\s+nào|bao\s+giờ|hôm\s+nào|ngày\s+bao\s+nhiêu|(?P<month>tháng\s+mấy))"
_BIRTHDAY = lazy(rf"[Ss]inh\s+nhật\s+(?:của\s+)?{_WHOSE}\s+(?:{_ASKED}|(?P<is>là|vào|là\s+vào)\s+"
                 rf"(?P<when>[^.!?]+?)){_ENDING}")
_DAY_IS = lazy(rf"(?P<day>{alternatives(_NEAR)})\s+(?:là\s+)?sinh\s+nhật\s+(?:của\s+)?{_WHOSE}{_ENDING}",
                     re.IGNORECASE)
_BIRTHDAY_EN = [lazy(rf"{_WHOSE_EN}\s+birthday\s+is\s+(?P<when>[^.!?]+?)\s*(?P<end>[.!]*)"),
                lazy(rf"(?P<ask>When)(?:['’]s|\s+is)\s+{_WHOSE_EN}\s+birthday\s*\?+"),
                lazy(rf"(?P<day>Today|Tomorrow|Yesterday)\s+(?:is|was)\s+{_WHOSE_EN}\s+birthday"
                     r"\s*(?P<end>[.!]*)"),
                lazy(rf"It['’]s\s+{_WHOSE_EN}\s+birthday\s+(?P<day>today|tomorrow)\s*(?P<end>[.!]*)")]
_MONTH_VI = lazy(rf"(?:(?P<in>vào)\s+)?tháng\s+(?:(?P<m>\d{{1,2}})|(?P<w>{alternatives(VI_MONTH_WORDS)}))",
                       re.IGNORECASE)
_DAY_MONTH = lazy(r"(?:(?P<on>vào)\s+)?(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})")
_MONTH_EN = lazy(rf"(?:(?P<in>in)\s+)?(?P<mon>{'|'.join(EN_MONTHS)})")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's birthday; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _birthday(text) or _day_is(text)
    return _birthday_vi(text) if (src, tgt) == ("en", "vi") else None


def _birthday(text: str) -> str | None:
    """"Sinh nhật tôi là ngày 5 tháng 3." as "My birthday is March 5.", "Sinh nhật bạn là ngày nào?" as "When is
    your birthday?" (_BIRTHDAY); None for anything else, and for a "when" not read."""
    m = _BIRTHDAY.fullmatch(text)
    if m is None or bool(m["is"]) == ("?" in m["end"]) or not _whose(m):
        return None
    if not m["is"]:
        return f"Which month is {_whose(m)} birthday in?" if m["month"] else f"When is {_whose(m)} birthday?"
    when = _when(m["when"])
    return when and capitalised(f"{_whose(m)} birthday is {when}{m['end'] or '.'}")


def _day_is(text: str) -> str | None:
    """"Hôm nay là sinh nhật tôi." as "Today is my birthday." (_DAY_IS); None for anything else."""
    m = _DAY_IS.fullmatch(text)
    if m is None or "?" in m["end"] or not _whose(m):
        return None
    day = _NEAR[keyed(m["day"])]
    if day not in ("today", "tomorrow", "yesterday"):
        return capitalised(f"{_whose(m)} birthday is {day}{m['end'] or '.'}")
    return f"{capitalised(day)} {'was' if day == 'yesterday' else 'is'} {_whose(m)} birthday{m['end'] or '.'}"


def _whose(m: re.Match) -> str | None:
    """Whose birthday, in English: "my", "my mother's", "her", "Lan's" (groups of _WHOSE); None for anyone else."""
    if m["who"]:
        said = m["who"].strip()
        if len(said.split()) == 1 and said[0].isupper() and said not in NOT_GIVEN:  # a given name alone ("Lan")
            return strip_marks(said) + "'s"
        who = someone(said)
        return _THEIRS.get(who) or who and who + "'s"
    whose = OWNERS[keyed(m["whose"])]
    return f"{whose} {NAMED_WHO[keyed(m['kin'])]}'s" if m["kin"] else whose


def _when(said: str) -> str | None:
    """A birthday's "when" in English: a date mt.dates reads ("on March 5"), "5/3" as "March 5", a month ("in June"),
    a day or week near today ("next week"); None for anything else."""
    if read := dates.whole(said, "vi", "en"):
        return read
    if m := _DAY_MONTH.fullmatch(said):
        day, month = int(m["d"]), int(m["m"])
        return "on " * bool(m["on"]) + f"{EN_MONTHS[month - 1]} {day}" if 1 <= day <= 31 and 1 <= month <= 12 else None
    if m := _MONTH_VI.fullmatch(said):
        month = int(m["m"]) if m["m"] else VI_MONTH_WORDS[keyed(m["w"])]
        return f"in {EN_MONTHS[month - 1]}" if 1 <= month <= 12 else None
    return _NEAR.get(keyed(said))


def _birthday_vi(text: str) -> str | None:
    """"My birthday is on March 5." as "Sinh nhật tôi vào ngày 5 tháng 3.", "When is your birthday?" as "Sinh nhật
    bạn là ngày nào?", "Today is my birthday." as "Hôm nay là sinh nhật tôi." (_BIRTHDAY_EN); None for anything
    else."""
    m = next((m for p in _BIRTHDAY_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    whose = _whose_vi(m)
    if whose is None:
        return None
    if m.groupdict().get("ask"):
        return f"Sinh nhật {whose} là ngày nào?"
    if day := m.groupdict().get("day"):
        return f"{capitalised(_NEAR_VI[day.lower()])} là sinh nhật {whose}{m['end'] or '.'}"
    when = _when_vi(m["when"])
    if when is None:
        return None
    return f"Sinh nhật {whose} {when if when.startswith('vào ') else 'là ' + when}{m['end'] or '.'}"


def _whose_vi(m: re.Match) -> str | None:
    """Whose birthday, in Vietnamese: "tôi", "mẹ tôi", "Lan", "ông Smith" (groups of _WHOSE_EN); None for a word
    that is not a name ("Today's")."""
    if m["name"]:
        title = EN_TITLES[m["title"].lower()] + " " if m["title"] else ""
        return title + m["name"] if m["title"] or english_name(m["name"]) else None
    return f"{KIN_VI[m['kin'].lower()]} {WHOSE_VI[m['whose'].lower()]}" if m["kin"] else WHOSE_VI[m["whose"].lower()]


def _when_vi(said: str) -> str | None:
    """A birthday's "when" in Vietnamese: a date mt.dates reads ("vào ngày 5 tháng 3"), a month ("vào tháng 6"), a
    day or week near today ("tuần sau"); None for anything else."""
    if read := dates.whole(said, "en", "vi"):
        return read
    if m := _MONTH_EN.fullmatch(said):
        return f"{'vào ' if m['in'] else ''}tháng {EN_MONTHS.index(m['mon']) + 1}"
    return _NEAR_VI.get(said.lower())
