"""Religion: what religion someone is, whether they are religious, and going to the pagoda or to church, said or
asked, both ways, written whole by rule. v8 (with every other rule) reads "đạo" as vagina and leader, "chùa" as
squiring and blind, "Phật" as "Buddddh": "Bạn theo đạo gì?" → "What's your vaginal?", "Bạn có theo đạo không?" →
"Are you a vaginal leader?", "Tôi không theo đạo." → "I don't follow my vaginal.", "Tôi theo đạo Phật." → "I followed
by Buddddh.", "Anh ấy là người theo đạo Thiên Chúa." → "He is the Jewish leader.", "Tôn giáo của bạn là gì?" →
"What's your teacher?", "Bà tôi đi chùa mỗi tuần." → "My grandparents are squiring every week.", "Chúng tôi đi chùa
vào ngày mùng một." → "We went on blind day.", "Tôi là người vô thần." → "I'm an innocent."; "I'm a Buddhist." → "Tôi
là một ngư dân." (a fisherman), "They're Protestant." → "Họ là người biểu tình." (protesters), "I'm an atheist." →
"Tôi là người gây mê." (an anaesthetist), "We go to the pagoda on the first day of the month." → "Chúng tôi đi tuần
tra …" (on patrol), "What religion is he?" → "Ông ta là gì?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; and "gia đình tôi", "my family") follows a
faith of FAITHS ("theo đạo Phật", "là người Công giáo", "là Phật tử"; "I'm a Buddhist", "She's Catholic"), is an
atheist, is religious or devout ("theo đạo", "có đạo", "sùng đạo"), or not ("không theo đạo nào", "I don't have a
religion"), said or asked; what religion someone is ("Bạn theo đạo gì?", "Tôn giáo của bạn là gì?", "What's your
religion?"); who goes to the pagoda ("đi chùa", "đi lễ chùa") or to church ("đi nhà thờ", "đi lễ nhà thờ"): as a
habit (how often: mt.hobbies.SELDOM; every week …, on Sundays, on the first day or the full moon of the lunar month,
at Tet, at Christmas), on a day behind (past), or ahead ("sẽ", will or going to; the day mt.free_time.when reads).
Left: believing in God (mt/lies.py's), Tet and Christmas spent somewhere (mt/holidays.py's), "đi chùa" with no day,
"sẽ" or "không" ("Tôi đi chùa.": going now, or as a habit?), "đi lễ" alone (Mass?), "temple" (chùa, or đền?), "đã …
chưa", "à?" asked, a day read as neither behind nor ahead without "đã" or "sẽ" ("Sáng nay tôi đi chùa."), "Did you go
to church?" with no day, and the rest. mt.phrasebook.translate tries these after mt/makeup.py.

    >>> translate("Bạn theo đạo gì?", "vi", "en"), translate("She goes to the pagoda every week.", "en", "vi")
    ('What religion are you?', 'Cô ấy đi chùa mỗi tuần.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import OPENS, placed, when
from .hobbies import EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, EN_DAYS, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đạo|tôn\s+giáo|chùa|nhà\s+thờ|phật|vô\s+thần|công\s+giáo|hồi\s+giáo|tin\s+lành)"),
         "en": lazy(r"(?i:religio|church|pagoda|buddhist|catholic|christian|protestant|muslim|hindu|jewish|"
                    r"atheist)")}
# the faiths, as English says one of them before a noun ("Catholic"; the first Vietnamese of each is written back);
# "đạo Thiên Chúa" is most often said of Catholics, but is Christian all the same
FAITHS = {"Phật": "Buddhist", "Phật giáo": "Buddhist", "Công giáo": "Catholic", "Thiên Chúa": "Christian",
          "Thiên Chúa giáo": "Christian", "Cơ Đốc": "Christian", "Cơ Đốc giáo": "Christian", "Tin Lành": "Protestant",
          "Hồi": "Muslim", "Hồi giáo": "Muslim", "Hindu": "Hindu", "Ấn Độ giáo": "Hindu", "Do Thái": "Jewish",
          "Do Thái giáo": "Jewish"}
FAITHS_VI = {en: vi for vi, en in reversed(FAITHS.items())}
_FAITHS_KEYED = {keyed(vi): en for vi, en in FAITHS.items()}
_BARE = {"phật giáo", "công giáo", "thiên chúa giáo", "cơ đốc giáo", "tin lành", "hồi giáo", "ấn độ giáo",
         "do thái giáo"}  # (said without "đạo": "theo Công giáo"; not "theo Phật", "theo Hồi")
_NOUNS = {"Buddhist", "Catholic", "Christian", "Protestant", "Muslim", "Hindu"}  # ("a Catholic"; not "a Jewish")
# the places gone to, in English, and back
_PLACES = {"chùa": "the pagoda", "lễ chùa": "the pagoda", "nhà thờ": "church", "lễ nhà thờ": "church"}
_PLACES_VI = {"the pagoda": "chùa", "church": "lễ nhà thờ"}

# who, and their family ("Gia đình tôi theo đạo Phật.", "My family is Buddhist.")
_WHO = rf"(?:(?P<fam>[Gg]ia\s+đình)\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))|{WHO})"
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
# a faith ("đạo Phật", "Công giáo"), or a Buddhist or an atheist after "là"
_FAITH = rf"(?:(?P<dao>đạo)\s+)?(?P<faith>(?i:{alternatives(FAITHS)}))"
_FOLLOWS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<is>(?:phải\s+)?là)\s+(?:một\s+)?"
                r"(?:(?P<person>người|tín\s+đồ)\s+(?:(?P<theo>theo)\s+)?)?|theo\s+)"
                rf"(?:{_FAITH}|(?P<tu>Phật\s+tử)|(?P<atheist>vô\s+thần)){ASKED_END}")
# what religion someone is ("Bạn theo đạo gì?", "Tôn giáo của bạn là gì?")
_WHAT = [lazy(rf"{_WHO}\s+theo\s+(?:đạo|tôn\s+giáo)\s+(?:gì|nào){SOFTENER}\s*\?+"),
         lazy(rf"[Tt]ôn\s+giáo\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))\s+là\s+gì{SOFTENER}\s*\?+")]
# religious or not ("Bạn có theo đạo không?", "Tôi không theo đạo nào.", "Bà tôi rất sùng đạo.")
_RELIGIOUS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?:theo\s+(?:đạo|tôn\s+giáo)"
                  r"(?:\s+(?P<any>nào))?|(?P<have>có)\s+(?:đạo|tôn\s+giáo)|(?P<devout>sùng\s+đạo|mộ\s+đạo))"
                  rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
# going to the pagoda or to church, and when ("Bà tôi đi chùa mỗi tuần.", "Ngày mai tôi sẽ đi lễ nhà thờ.")
_WHEN_VI = rf"(?:{OPENS}|(?i:mỗi|hằng|hàng|các|mùng|mồng|rằm|dịp|lễ|đêm)(?!\w))[^,.!?]*?"
_GOES = lazy(rf"(?:(?P<day0>{_WHEN_VI})\s*,?\s+)?{_WHO}\s+(?:(?P<will>sẽ)\s+|(?P<did>đã)\s+)?"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<not>không)\s+)?"
             rf"đi\s+(?P<place>{alternatives(_PLACES)})(?:\s+(?P<day>{_WHEN_VI}))?{ASKED_END}")
# the days of a habit, in Vietnamese (keyed, "vào" and "ngày" dropped; a weekday is mt.free_time.when's)
_HABITS = {"mỗi tháng": "every month", "hằng tháng": "every month", "mỗi năm": "every year",
           "hằng năm": "every year", "mùng một": "on the first day of the lunar month",
           "mùng một hằng tháng": "on the first day of every lunar month", "rằm": "on full moon days",
           "rằm hằng tháng": "on full moon days", "mùng một và rằm": "on the first and fifteenth of the lunar month",
           "rằm và mùng một": "on the first and fifteenth of the lunar month", "dịp tết": "at Tet",
           "tết": "at Tet", "dịp giáng sinh": "at Christmas", "lễ giáng sinh": "at Christmas",
           "đêm giáng sinh": "on Christmas Eve"} | {keyed(vi): en for vi, en in EVERY.items()}
_WEEKLY = lazy(r"(?:(?P<each>mỗi|các\s+ngày|các)\s+)?(?P<day>thứ\s+\S+|chủ\s+nhật)(?P<weekly>\s+hằng\s+tuần)?")
# ... in English (small letters), as written back
HABITS_VI = EVERY_VI | {
    "every month": "hằng tháng", "every year": "hằng năm", "on the first day of the month": "vào ngày mùng một",
    "on the first day of the lunar month": "vào ngày mùng một",
    "on the first day of every month": "vào ngày mùng một hằng tháng",
    "on the first day of every lunar month": "vào ngày mùng một hằng tháng", "on full moon days": "vào ngày rằm",
    "on the full moon": "vào ngày rằm",
    "on the first and fifteenth of the lunar month": "vào ngày mùng một và ngày rằm",
    "at tet": "vào dịp Tết", "at christmas": "vào dịp Giáng sinh", "on christmas eve": "vào đêm Giáng sinh"}

# ... in English: a faith, an atheist, religious ("I'm a Buddhist.", "Is she religious?", "We're not Catholics.")
_FAITHS_EN = alternatives([*FAITHS_VI, *(f"{n}s" for n in _NOUNS), "religious", "atheist", "atheists"])
_FOLLOWS_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{_WHO_EN}(?:{BE_EN})?(?P<not>\s+not|n['’]t)?\s+(?:(?P<a>an?)\s+)?"
                   rf"(?:(?P<very>very|really)\s+)?(?P<faith>{_FAITHS_EN})\s*(?P<end>[.!?]*)")
_WHAT_EN = [lazy(rf"What\s+religion\s+(?P<be>is|are|am)\s+{_WHO_EN}\s*\?+"),
            lazy(r"What(?:['’]s|\s+is)\s+(?P<owner>your|his|her|their)\s+religion\s*\?+"),
            lazy(rf"What\s+religion\s+(?P<do>do|does)\s+{_WHO_EN}\s+(?:follow|practi[cs]e)\s*\?+")]
_NONE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                r"(?P<verb>have|has|follow|follows)\s+(?P<det>a|any|no)\s+religion\s*(?P<end>[.!?]*)")
_GOES_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will|Are|Is|Am)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does|did|will|wo)"
                r"(?:\s+not|n['’]t)|\s+will|['’]ll|(?:\s+(?:am|is|are)|['’](?:m|s|re))(?:\s+not|n['’]t)?)?"
                rf"(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+(?P<verb>go|goes|went|going)\s+to\s+"
                r"(?P<place>church|the\s+pagoda)(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what religion someone is, whether they are religious, or who
    goes to the pagoda or to church; None for any other."""
    if src == "vi":
        return _what(text) or _follows(text) or _religious(text) or _goes(text)
    return _what_vi(text) or _follows_vi(text) or _none_vi(text) or _goes_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "is", "does": ("my family", True), ("I", False); None
    as mt.hobbies.who."""
    if m["fam"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    return who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English said it with "-s": ("gia đình tôi", True)."""
    return (f"gia đình {WHOSE_VI[m['fwhose'].lower()]}", True) if m["fwhose"] else who_vi(m)


def _is(who_: str, said: str, asked: bool, denied: bool) -> str:
    """Who is what is `said` in English: "I'm Buddhist.", "My father isn't Catholic.", "Are you religious?"."""
    be_ = be(who_)
    if asked:
        return f"{be_.capitalize()} {who_} {said}?"
    if denied:
        pronoun = who_.lower() in ("i", "you", "we", "they", "he", "she")  # ("she's not"; "my father isn't")
        said = f"{be_} not {said}" if pronoun else f"{be_}n't {said}"
        return capitalised(contracted(who_, said) + ".")
    return capitalised(contracted(who_, f"{be_} {said}."))


def _what(text: str) -> str | None:
    """"Bạn theo đạo gì?" as "What religion are you?", "Gia đình bạn theo đạo gì?" as "What religion is your family?",
    "Tôn giáo của bạn là gì?" as "What's your religion?" (_WHAT); None for anything else."""
    m = next((m for p in _WHAT if (m := p.fullmatch(text))), None)
    if m and m.groupdict().get("owner"):
        return f"What's {OWNERS[keyed(m['owner'])]} religion?"
    said = m and _who(m, True)
    return f"What religion {be(said[0])} {said[0]}?" if said else None


def _follows(text: str) -> str | None:
    """"Tôi theo đạo Phật." as "I'm Buddhist.", "Bố tôi là người Công giáo." as "My father is Catholic.", "Bạn có
    phải là người theo đạo Phật không?" as "Are you Buddhist?", "Tôi là người vô thần." as "I'm an atheist." (_FOLLOWS);
    None for anything else, and for a faith said with neither "đạo" nor "người" where Vietnamese needs one."""
    m = _FOLLOWS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked:
        return None
    is_, person, faith = keyed(m["is"] or ""), keyed(m["person"] or ""), keyed(m["faith"] or "")
    if is_ and (is_ == "phải là") != bool(m["ask"] or m["not"]):
        return None  # ("có phải là … không?", "không phải là …"; not "không là", "Tôi phải là …")
    if m["tu"] and (person or not is_) or m["atheist"] and (person != "người" or m["theo"]) or is_ and not (
            person or m["tu"]) or faith and not m["dao"] and faith not in _BARE:
        return None  # ("là Phật tử", "là người vô thần"; not "là đạo Phật", "theo Phật")
    if (said := _who(m, asked)) is None:
        return None
    who_ = said[0]
    if m["atheist"] or m["tu"]:  # (a noun: "a Buddhist", "atheists")
        noun = "an atheist" if m["atheist"] else "a Buddhist"
        many = be(who_) == "are" and who_ != "you"
        return _is(who_, f"{noun.split()[1]}s" if many else noun, asked, bool(m["not"]))
    return _is(who_, _FAITHS_KEYED[faith], asked, bool(m["not"]))


def _religious(text: str) -> str | None:
    """"Bạn có theo đạo không?" as "Are you religious?", "Tôi không theo đạo nào." as "I'm not religious.", "Bà tôi rất
    sùng đạo." as "My grandmother is very religious." (_RELIGIOUS); None for anything else."""
    m = _RELIGIOUS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and (not asked or m["have"]) or asked and not (
            m["ask"] or m["have"]) or m["not"] and asked:
        return None
    very = bool(m["very"] or m["much"])
    if m["any"] and not m["not"] or very and (not m["devout"] or asked or m["very"] and m["much"]):
        return None
    said = _who(m, asked)
    return said and _is(said[0], "very religious" if very else "religious", asked, bool(m["not"]))


def habit_en(said: str) -> str | None:
    """A day of a habit in English ("mỗi tuần": "every week", "vào ngày rằm": "on full moon days", "vào mùng một hằng
    tháng": "on the first day of every lunar month"); None for any other."""
    k = re.sub(r"\bmồng\b", "mùng", re.sub(r"\bhàng\b", "hằng", keyed(said).removeprefix("vào ")))
    k = re.sub(r"\bngày\s+(?=mùng|rằm|tết)", "", k)
    if k in _HABITS:
        return _HABITS[k]
    m = _WEEKLY.fullmatch(k)
    day = m and (m["each"] or m["weekly"]) and not (m["each"] == "mỗi" and m["weekly"]) and when(m["day"], "vi")
    if not day or day.removeprefix("on ") not in EN_DAYS:
        return None
    return f"every {day[3:]}" if m["each"] == "mỗi" else f"{day}s"  # ("mỗi Chủ nhật", "vào các ngày Chủ nhật")


def _behind(day: str) -> bool:
    """Whether an English day is behind this one ("yesterday", "last Sunday")."""
    return bool(BEHIND.match(day)) or day.startswith(("yesterday", "last "))


def _day_en(said: str | None) -> tuple[str, str] | None:
    """A day said in Vietnamese, in English, and what it is: "habit", "weekday" ("on Sunday": a habit where no "sẽ"
    or "đã" is said), "behind", "ahead" or "other" ("today"); ("", "") for none, None for one not read."""
    if not said:
        return "", ""
    if habit := habit_en(said):
        return habit, "habit"
    if (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    if day in (f"on {d}" for d in EN_DAYS):
        return day, "weekday"
    return day, "behind" if _behind(day) else "ahead" if AHEAD.match(day) else "other"


def _aspect(m: re.Match, kind: str) -> str | None:
    """What a match of _GOES says by its words and its day (`kind` as _day_en's): "habit", "past", "going" (a day
    ahead), "will" (no day); None where they do not go together or the tense is not known."""
    if m["seldom"]:
        return "habit" if not (m["will"] or m["did"] or m["not"]) and kind in ("", "habit", "weekday") else None
    if m["will"]:
        return ("going" if kind else "will") if kind in ("", "ahead", "weekday", "other") and not m["ask"] else None
    if m["did"] or kind == "behind":
        return "past" if kind in ("", "behind", "weekday") and not (m["did"] and m["ask"]) else None
    if kind == "ahead":
        return "going"
    return "habit" if kind in ("habit", "weekday") or kind == "" and (m["ask"] or m["not"]) else None


def _goes(text: str) -> str | None:
    """"Bà tôi đi chùa mỗi tuần." as "My grandmother goes to the pagoda every week.", "Họ đi lễ nhà thờ vào Chủ
    nhật." as "They go to church on Sundays.", "Bạn có hay đi chùa không?" as "Do you often go to the pagoda?", "Hôm
    qua mẹ tôi đã đi chùa." as "My mother went to the pagoda yesterday.", "Ngày mai tôi sẽ đi chùa." as "I'm going to
    the pagoda tomorrow." (_GOES); None for anything else."""
    m = _GOES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and not (m["ask"] or m["will"]) or (
            m["day0"] and m["day"]) or m["not"] and asked:
        return None
    if (day := _day_en(m["day0"] or m["day"])) is None or (aspect := _aspect(m, day[1])) is None:
        return None
    if (said := _who(m, asked)) is None:
        return None
    (who_, one), (day, kind) = said, day
    if aspect == "habit" and kind == "weekday":
        day += "s"  # ("vào Chủ nhật": on Sundays)
    place, day = _PLACES[keyed(m["place"])], f" {day}" if day else ""
    often = f"{often_said(m['seldom'], bool(day))} " if m["seldom"] else ""
    do, be_ = ("does" if one else "do"), be(who_)
    if asked:
        verb = {"habit": f"{do} {who_} {often}go", "past": f"did {who_} go", "will": f"will {who_} go",
                "going": f"{be_} {who_} going"}[aspect]
        return capitalised(f"{verb} to {place}{day}?")
    if m["not"]:
        verb = {"habit": f"{do}n't go", "past": "didn't go", "will": "won't go", "going": f"{be_} not going"}[aspect]
    else:
        verb = {"habit": f"{often}{'goes' if one else 'go'}", "past": "went", "will": "will go",
                "going": f"{be_} going"}[aspect]
    return capitalised(contracted(who_, f"{verb} to {place}{day}."))


def _what_vi(text: str) -> str | None:
    """"What religion are you?" and "What's your religion?" as "Bạn theo đạo gì?", "What religion is your family?" as
    "Gia đình bạn theo đạo gì?" (_WHAT_EN); None for anything else, and where "is" or "does" does not agree."""
    m = next((m for p in _WHAT_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    if m.groupdict().get("owner"):
        return f"{capitalised(WHOSE_VI[m['owner']])} theo đạo gì?"
    who_, one = _who_vi(m)
    if m.groupdict().get("do") and (m["do"] == "does") != one or m.groupdict().get("be") and m["be"] != be_of(who_,
                                                                                                              one):
        return None
    return f"{capitalised(who_)} theo đạo gì?"


def _follows_vi(text: str) -> str | None:
    """"I'm a Buddhist." as "Tôi theo đạo Phật.", "She isn't Catholic." as "Cô ấy không theo đạo Công giáo.", "Are you
    religious?" as "Bạn có theo đạo không?", "My grandmother is very religious." as "Bà tôi rất sùng đạo.", "I'm an
    atheist." as "Tôi là người vô thần." (_FOLLOWS_EN); None for anything else, and where "is", "a" or the noun does
    not agree with who ("She are", "We're a Buddhist", "I'm Buddhists")."""
    m = _FOLLOWS_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or asked and m["not"]:
        return None
    who_, one = _who_vi(m)
    if be_said(m["q"] or m["be"]) != be_of(who_, one):
        return None
    faith, a, many = m["faith"], (m["a"] or "").lower(), who_ in ("chúng tôi", "họ")
    noun, plural = faith.rstrip("s") in _NOUNS | {"atheist"}, faith.endswith("s") and faith != "religious"
    if m["very"] and (faith != "religious" or asked) or a and (not noun or plural or many or a != (
            "an" if faith[0] in "aeiouAEIOU" else "a")) or plural and not (many or who_ == "bạn"):
        return None  # ("a Jewish", "an Buddhist", "We're a Catholic", "I'm Buddhists")
    if faith == "religious":
        said = ("không sùng đạo lắm" if m["not"] else "rất sùng đạo") if m["very"] else (
            "không theo đạo" if m["not"] else "theo đạo")
        return capitalised(f"{who_} có theo đạo không?" if asked else f"{who_} {said}.")
    if faith.lower().startswith("atheist"):
        if not a and not plural:
            return None  # ("I'm atheist": said with "an")
        return capitalised(f"{who_} có phải là người vô thần không?" if asked else
                           f"{who_} {'không phải ' * bool(m['not'])}là người vô thần.")
    said = f"theo đạo {FAITHS_VI[faith.removesuffix('s') if plural else faith]}"
    return capitalised(f"{who_} có {said} không?" if asked else f"{who_} {'không ' * bool(m['not'])}{said}.")


def _none_vi(text: str) -> str | None:
    """"I don't have a religion." and "I have no religion." as "Tôi không theo đạo nào.", "Do you have a religion?"
    as "Bạn có theo đạo không?" (_NONE_EN); None for anything else, and where the verb does not agree with who."""
    m = _NONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = _who_vi(m)
    aux, verb = (m["q"] or m["not"] or "").lower(), m["verb"]
    if aux:
        if verb not in ("have", "follow") or ("does" in aux) != one or m["det"] == "no":
            return None
    elif m["det"] != "no" or verb != ("has" if one else "have"):
        return None  # ("I follow a religion.": which?)
    return capitalised(f"{who_} có theo đạo không?" if m["q"] else f"{who_} không theo đạo nào.")


def _day_vi(said: str | None) -> tuple[str, str] | None:
    """A day said in English, in Vietnamese, and what it is (as _day_en's); ("", "") for none, None for one not
    read."""
    if not said:
        return "", ""
    k = keyed(said)
    if habit := HABITS_VI.get(k) or _weekly_vi(k):
        return habit, "habit"
    if (day := when(said, "en", NEAR_SPANS)) is None:
        return None
    if k in (f"on {d.lower()}" for d in EN_DAYS):
        return day, "weekday"
    return day, "behind" if _behind(k) else "ahead" if AHEAD.match(k) else "other"


def _weekly_vi(said: str) -> str | None:
    """"every Sunday" as "mỗi Chủ nhật", "on Sundays" as "vào các ngày Chủ nhật" (`said` keyed); None for any
    other."""
    m = re.fullmatch(r"(?P<every>every|on)\s+(?P<day>[a-z]+)", said)
    if not m or m["day"].removesuffix("s").capitalize() not in EN_DAYS or (m["every"] == "on") != m["day"].endswith(
            "s"):
        return None
    day = when(f"on {m['day'].removesuffix('s').capitalize()}", "en").removeprefix("vào ")
    return f"mỗi {day}" if m["every"] == "every" else f"vào các ngày {day}"


def _goes_vi(text: str) -> str | None:
    """"My grandmother goes to the pagoda every week." as "Bà tôi đi chùa mỗi tuần.", "They go to church on
    Sundays." as "Họ đi lễ nhà thờ vào các ngày Chủ nhật.", "I went to the pagoda yesterday." as "Hôm qua tôi đi
    chùa.", "Are you going to church tomorrow?" as "Ngày mai bạn có đi lễ nhà thờ không?" (_GOES_EN); None for
    anything else, and where the verb does not agree with who or the day."""
    m = _GOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (day := _day_vi(m["day"])) is None:
        return None
    who_, one = _who_vi(m)
    (day, kind), verb = day, m["verb"]
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    word, denied = aux.removesuffix(" not"), aux.endswith(" not")
    word = {"'m": "am", "'s": "is", "'re": "are", "'ll": "will", "wo": "will"}.get(word, word)
    if m["seldom"] and (word not in ("", "do", "does") or denied or kind not in ("", "habit") or m["q"] and m[
            "seldom"] not in ("often", "usually")):
        return None
    if word in ("am", "is", "are"):
        ok = verb == "going" and word == be_of(who_, one) and kind in ("ahead", "weekday", "other")
        aspect = "going" if ok else None
    elif word == "will":
        aspect = "going" if verb == "go" and kind in ("", "ahead", "weekday", "other") else None
    elif word == "did" or verb == "went":
        aspect = "past" if verb == ("go" if word else "went") and kind in ("", "behind") else None
    else:
        ok = verb == ("go" if word else "goes" if one else "go") and word in ("", "does" if one else "do")
        aspect = "habit" if ok and kind in ("", "habit", "weekday") and (kind or word or m["seldom"]) else None
    if aspect is None or m["q"] and not day and aspect != "habit":
        return None
    place = f"đi {_PLACES_VI[' '.join(m['place'].split())]}"
    if aspect == "habit":
        often = f"{'hay' if m['q'] and m['seldom'] == 'often' else SELDOM_VI[m['seldom']]} " if m["seldom"] else ""
        said = f"{who_} {'có ' * bool(m['q'])}{'không ' * denied}{often}{place}{f' {day}' * bool(day)}"
        return capitalised(f"{said}{' không?' if m['q'] else '.'}")
    pre = "có" if m["q"] else ("sẽ không" if denied else "sẽ") if aspect == "going" else "không" if denied else ""
    if not day and aspect == "past":
        pre = "đã không" if denied else "đã"
    said = f"{who_} {pre} {place}".replace("  ", " ")
    return placed(said, day, " không?" if m["q"] else ".")
