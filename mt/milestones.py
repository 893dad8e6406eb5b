"""A baby's firsts, said or asked, both ways, written whole by rule: crawling, walking, talking, sitting up, rolling
over and standing (can now, can't yet, started, starting to, learning to), the first steps, the first word and the
first tooth, and teeth yet. v8 (rules on) reads "biết" (can) as knowing, "bò" (crawl) as a cow and "lẫy" (roll over)
as "even though", and loses the child to "I": "Con tôi biết bò rồi." → "I know that cow.", "Em bé biết đi chưa?" →
"Have you known about it yet?", "Con gái tôi biết đi rồi." → "My daughter knew.", "Con trai tôi biết lẫy rồi." → "My
son knows even though.", "Em bé biết ngồi chưa?" → "Have you known your child sits yet?", "Cháu đã biết nói chưa?" →
"Have you known that I say yet?", "Con tôi đang tập đi." → "My child is walking.", "Hôm qua con tôi đi được những bước
đầu tiên." → "Yesterday, I walked the first steps.", "Con tôi đã nói được tiếng đầu tiên." → "I was speaking first.",
"Con trai tôi mọc chiếc răng đầu tiên rồi." → "My son grows the first teeth.", "Con bạn mọc răng chưa?" → "Are you
growing teeth?"; "He took his first steps yesterday." → "Anh ta bước đầu tiên hôm qua.", "My son has got his first
tooth." → "Con trai tôi đã trở thành con trai đầu tiên của mình.", "He's got his first tooth." → "Anh ta bị răng đầu
tiên.", "My son said his first word yesterday." → "Con trai tôi nói từ đầu của anh ấy hôm qua.", "Can your son walk
yet?" → "Con trai của bạn có thể đi bộ được không?", "Is the baby crawling yet?" → "Bé vẫn chưa được bò?", "Can he
roll over yet?" → "Anh ta có thể cuộn qua được không?", "My son is learning to walk." → "Con trai tôi đang học đi dạo."
("My son has started crawling." v8 writes well; it is taken with the rest.)

Taken: who is the baby ("em bé", "bé", "bé nhà tôi"; "the baby", "my baby" as "con tôi"), a child of
mt.getting_lost.CHILDREN ("thằng bé", "the boy"), or young kin with whose ("con tôi", "em trai bạn"; "my son", "your
little sister"); he, she or a name (mt.hobbies.WHO, WHO_EN) only where what is said is a baby's alone: crawling, rolling
over, the firsts, and learning to (v8 gives "She can walk now." as "Giờ đây cô ấy có thể đi bộ.", right of a grown-up).
Can now ("biết bò rồi"), can ("biết bò"), can't (yet), asked ("biết bò chưa?", "có biết bò không?", "Is the baby
crawling yet?"); started ("bắt đầu bò", "has started crawling"), starting to ("bắt đầu biết nói", "is starting to
talk"), learning to ("đang tập đi", "chập chững biết đi"); the first steps, word or words, tooth or teeth, just, done,
on a day ("hôm qua", mt.dates.LAST) or asked; any teeth yet, asked or denied. Left: I, we, you and they, "anh", "chị",
"em", "cháu" alone ("Cháu đã biết nói chưa?": the child or the one asked), elders and pets, "biết" of skills
(mt/skills.py: "biết bơi", "biết nói tiếng Anh"), teething (mt/crying.py: "đang mọc răng", "bắt đầu mọc răng"), births
(mt/babies.py), growing (mt/growing.py), "Did he take his first steps?", a baby crawling now ("The baby is crawling."),
"can't walk" without "yet" (may be for good), and anything else.
mt.phrasebook.translate tries these after mt/platforms.py.

    >>> translate("Con tôi biết bò rồi.", "vi", "en"), translate("He took his first steps yesterday.", "en", "vi")
    ('My child can crawl now.', 'Hôm qua anh ấy đi được những bước đầu tiên.')
"""
from __future__ import annotations

import re

from .dates import LAST, near_days
from .getting_lost import CHILDREN, CHILDREN_VI
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .people import YOUNG_KIN, YOUNG_KIN_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be_said, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:biết|bắt\s+đầu|tập|chập\s+chững|đầu\s+tiên|mọc\s+răng)"),
         "en": lazy(r"(?i:crawl|walk|talk|\bsit|\broll|\bstand|first|teeth)")}
# what a baby learns to do, in English: after "can", and with "-ing"
_DOINGS = {"bò": ("crawl", "crawling"), "đi": ("walk", "walking"), "nói": ("talk", "talking"),
           "ngồi": ("sit up", "sitting up"), "lẫy": ("roll over", "rolling over"), "đứng": ("stand", "standing")}
_DOINGS_VI = {en: vi for vi, (en, _) in _DOINGS.items()} | {"sit": "ngồi", "stand up": "đứng"}
_ING_VI = {ing: vi for vi, (_, ing) in _DOINGS.items()} | {"standing up": "đứng"}
_BABY_ONLY = {"bò", "lẫy"}  # (said of he, she or a name too: "Anh ấy biết đi rồi." may be of a grown-up)
# days a first was on (the first Vietnamese of each is written back)
_DAYS = near_days("hôm qua", "hôm kia", "hôm nay", "sáng nay", "chiều nay", "tối qua") | LAST
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
# a child not said by kin, one only; and young kin ("Mẹ tôi biết đi rồi." is not said of a baby)
_CHILDREN = {vi: en for vi, en in CHILDREN.items() if en != "the children"}
_CHILDREN_VI = {en: vi for en, vi in CHILDREN_VI.items() if en not in ("the children", "the kids")}
_YOUNG, _YOUNG_EN = YOUNG_KIN, YOUNG_KIN_EN
_POSSESSIVES = {"his", "her", "their", "its"}

# who: the baby first ("Em bé" is not "Em", you), a child, or WHO
_BABY = rf"(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:của|nhà)\s+(?P<owner>(?i:{alternatives(OWNERS)})))?"
_WHO = rf"(?:{_BABY}|(?P<child>(?i:{alternatives(_CHILDREN)}))|{WHO})"
_DOING = rf"(?P<doing>{alternatives(_DOINGS)})"
_TENSE = r"(?:(?P<did>đã|vừa\s+mới|vừa|mới)\s+)?"
_DONE = r"(?:\s+(?P<done>rồi))?"
# can ("Con tôi biết bò rồi.", "Em bé biết đi chưa?", "Con bạn có biết ngồi không?", "Con tôi chưa biết đi.")
_CAN = lazy(rf"{_WHO}\s+{_TENSE}(?:(?P<not>chưa|không)\s+|(?P<ask>có)\s+)?biết\s+{_DOING}{_DONE}"
            rf"(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
# started ("Con trai tôi bắt đầu bò.", "… bắt đầu biết nói", "… bắt đầu tập đi"), learning to ("đang tập đi")
_START = lazy(rf"{_WHO}\s+{_TENSE}bắt\s+đầu\s+(?:(?P<how>biết|tập)\s+)?{_DOING}{_DONE}(?:\s+(?P<asked>chưa))?"
              rf"{SOFTENED_END}")
_LEARNING = lazy(rf"{_WHO}\s+(?:(?P<now>đang)\s+)?(?:(?P<just>chập\s+chững)\s+)?(?P<how>tập|biết)\s+{_DOING}"
                 rf"{SOFTENED_END}")
# the firsts: steps, word or words, tooth or teeth; on a day before or after, done, asked
_DAY = rf"(?i:{alternatives(_DAYS)})"
_FIRST = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_WHO}\s+{_TENSE}"
              r"(?:(?P<steps>(?:đi\s+được|bước|có|chập\s+chững)\s+(?:những\s+)?bước(?:\s+đi)?)|"
              r"(?P<word>nói\s+(?:được\s+)?(?P<words>những\s+)?(?:tiếng|từ|lời)(?:\s+nói)?)|"
              r"(?P<tooth>mọc\s+(?:(?P<teeth>những\s+)?(?:chiếc|cái)\s+)?răng))\s+đầu\s+tiên"
              rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?{_DONE}(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_TEETH = lazy(rf"{_WHO}\s+(?:(?P<did>đã)\s+|(?P<not>chưa)\s+)?mọc\s+răng(?:\s+(?P<asked>chưa))?{SOFTENED_END}")

# ... and in English
_WHO_EN = (rf"(?:(?P<baby>(?i:the)\s+baby|(?P<owner>(?i:{WHOSE_WORDS}))\s+baby)|"
           rf"(?P<child>(?i:{alternatives(_CHILDREN_VI)}))|{WHO_EN})")
_DOING_EN = rf"(?P<doing>{alternatives(_DOINGS_VI)})"
_CAN_EN = lazy(rf"(?:(?P<can0>Can)\s+)?{_WHO_EN}(?:\s+(?P<can>can(?:not|['’]t|\s+not)?))?(?:\s+(?P<now0>now))?"
               rf"\s+{_DOING_EN}(?:\s+(?P<when>now|yet))?\s*(?P<end>[.!?]*)")
_YET_EN = lazy(rf"(?P<be0>Is|Are|Am)\s+{_WHO_EN}\s+(?P<ing>{alternatives(_ING_VI)})\s+yet\s*\?+")
_ING = rf"(?:(?P<ing>{alternatives(_ING_VI)})|to\s+{_DOING_EN})"
_STARTED_EN = [lazy(rf"(?P<has0>Has|Have)\s+{_WHO_EN}\s+started\s+{_ING}(?:\s+yet)?\s*\?+"),
               lazy(rf"{_WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)(?:\s+(?P<just>just))?\s+started\s+{_ING}"
                    r"\s*(?P<end>[.!]*)")]
_STARTING_EN = lazy(rf"{_WHO_EN}{BE_EN}\s+(?P<what>starting|learning)\s+to\s+{_DOING_EN}\s*(?P<end>[.!]*)")
_FIRST_EN = lazy(rf"(?:(?P<has0>Has|Have)\s+)?{_WHO_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just))?"
                 r"\s+(?P<verb>took|taken|said|got|gotten|cut)\s+(?P<poss>(?i:his|her|their|its))\s+"
                 r"(?:very\s+)?first\s+(?P<noun>steps|words?|tooth|teeth)"
                 rf"(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TEETH_EN = [lazy(rf"(?P<q>Has|Does)\s+{_WHO_EN}\s+(?P<verb>got|have)\s+any\s+teeth(?:\s+yet)?\s*\?+"),
             lazy(rf"{_WHO_EN}\s+(?P<q>hasn['’]t|has\s+not|doesn['’]t|does\s+not)\s+(?P<verb>got|have)\s+any\s+teeth"
                  r"\s+yet\s*(?P<end>[.!]*)")]
# the verbs each first takes, in the past and after "has" ("took", "has taken"), and the first in Vietnamese
_FIRSTS = {"steps": ({"took"}, {"taken"}, "đi được những bước đầu tiên"),
           "word": ({"said"}, {"said"}, "nói được từ đầu tiên"),
           "words": ({"said"}, {"said"}, "nói được những từ đầu tiên"),
           "tooth": ({"got", "cut"}, {"got", "gotten", "cut"}, "mọc chiếc răng đầu tiên"),
           "teeth": ({"got", "cut"}, {"got", "gotten", "cut"}, "mọc những chiếc răng đầu tiên")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what a baby can do, has started or is learning to do, or that
    says or asks of their first steps, word or tooth; None for any other."""
    if src == "vi":
        return _can(text) or _start(text) or _learning(text) or _first(text) or _teeth(text)
    return _can_vi(text) or _yet_vi(text) or _started_vi(text) or _starting_vi(text) or _first_vi(text) or \
        _teeth_vi(text)


def _who_en(m: re.Match, asked: bool) -> tuple[str, str, bool] | None:
    """Who of a match of _WHO in English, whose ("his", "her"; "their" where Vietnamese says neither) and whether
    young: ("the baby", "their", True), ("my son", "his", True), ("she", "her", False), ("Minh", "", False); None for
    I, we, you, they, "anh" … alone, elders and pets."""
    if m["baby"]:
        return (f"{OWNERS[keyed(m['owner'])]} baby" if m["owner"] else "the baby"), "their", True
    if m["child"]:
        said = _CHILDREN[keyed(m["child"])]
        return said, {"the boy": "his", "the girl": "her"}.get(said, "their"), True
    if m["titled"] or m["kin"] and keyed(m["kin"]) not in _YOUNG or (said := who(m, asked)) is None:
        return None
    if m["kin"]:
        return said[0], his_her(f"{m['kin']} {m['whose']}") or "their", True
    return (said[0], EN_WHOSE[said[0]], False) if said[0] in ("he", "she") else (said[0], "", False) if m[
        "given"] else None


def _young_or(said: tuple[str, str, bool] | None, doing: str) -> bool:
    """Whether who (as _who_en or _who_vi gives them) may do `doing` (Vietnamese) in this module's sense: the young
    anything, anyone else only what a baby alone does."""
    return bool(said) and (said[2] or doing in _BABY_ONLY)


def _can(text: str) -> str | None:
    """"Con tôi biết bò rồi." as "My child can crawl now.", "Em bé biết đi chưa?" as "Can the baby walk yet?", "Con
    gái tôi chưa biết đi." as "My daughter can't walk yet.", "Con tôi mới biết ngồi." as "My child has just learned to
    sit up." (_CAN); None for anything else."""
    m = _CAN.fullmatch(text)
    asked = m and m["asked"]
    if not m or bool(asked) != ("?" in m["end"]) or bool(m["ask"]) != (asked == "không") or m["not"] and (
            asked or m["did"] or m["done"]) or asked and (m["done"] or m["did"] not in (None, "đã") or (
            m["did"] and asked == "không")):
        return None
    said = _who_en(m, bool(asked))
    if not _young_or(said, keyed(m["doing"])):
        return None
    who_, doing = said[0], _DOINGS[keyed(m["doing"])][0]
    if asked:
        return f"Can {who_} {doing}{' yet' * (asked == 'chưa')}?"
    if m["not"]:
        return capitalised(f"{who_} can't {doing}{' yet' * (m['not'] == 'chưa')}.")
    if m["did"] and m["did"] != "đã":
        return capitalised(f"{who_} has just learned to {doing}.")
    return capitalised(f"{who_} can {doing}{' now' * bool(m['did'] or m['done'])}{'!' if '!' in m['end'] else '.'}")


def _start(text: str) -> str | None:
    """"Con trai tôi bắt đầu bò." as "My son has started crawling.", "Con gái tôi bắt đầu biết nói." as "My daughter
    is starting to talk.", "Con tôi đã bắt đầu tập đi." as "My child has started learning to walk.", "Em bé bắt đầu bò
    chưa?" as "Has the baby started crawling yet?" (_START); None for anything else."""
    m = _START.fullmatch(text)
    asked = m and m["asked"]
    if not m or bool(asked) != ("?" in m["end"]) or asked and (m["done"] or m["did"] not in (None, "đã")):
        return None
    said = _who_en(m, bool(asked))
    if not _young_or(said, keyed(m["doing"])):
        return None
    who_, (doing, ing) = said[0], _DOINGS[keyed(m["doing"])]
    started = f"started learning to {doing}" if m["how"] == "tập" else f"started {ing}"
    if asked:
        return f"Has {who_} {started} yet?"
    if m["how"] == "biết" and not m["did"]:
        return capitalised(f"{who_} is starting to {doing}.")
    return capitalised(f"{who_} has {'just ' * (m['did'] not in (None, 'đã'))}{started}.")


def _learning(text: str) -> str | None:
    """"Con tôi đang tập đi." as "My child is learning to walk.", "Con tôi đang chập chững tập đi." and "Con tôi
    chập chững biết đi." as "My child is just learning to walk." (_LEARNING); None for anything else."""
    m = _LEARNING.fullmatch(text)
    if not m or "?" in m["end"] or not (m["now"] or m["just"]) or m["how"] == "biết" and not (
            m["just"] and keyed(m["doing"]) == "đi"):
        return None
    said = _who_en(m, False)
    if said is None:
        return None
    return capitalised(f"{said[0]} is {'just ' * bool(m['just'])}learning to {_DOINGS[keyed(m['doing'])][0]}.")


def _first(text: str) -> str | None:
    """"Hôm qua con tôi đi được những bước đầu tiên." as "My child took their first steps yesterday.", "Con gái tôi
    đã nói được từ đầu tiên." as "My daughter has said her first word.", "Con trai tôi vừa mọc chiếc răng đầu tiên." as
    "My son has just got his first tooth.", "… chưa?" as "Has … yet?" (_FIRST); None for anything else, and for one by
    name (whose, in English?)."""
    m = _FIRST.fullmatch(text)
    asked = bool(m and m["asked"])
    day = m and (m["day0"] or m["day"])
    just = m and m["did"] not in (None, "đã")
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or asked and (day or m["done"] or just) or (
            day and (m["done"] or just)) or not (said := _who_en(m, asked)) or not said[1]:
        return None
    who_, whose = said[:2]
    kind = "steps" if m["steps"] else "word" if m["word"] else "tooth"
    first = {"steps": "first steps", "word": f"first word{'s' * bool(m['words'])}",
             "tooth": f"first {'teeth' if m['teeth'] else 'tooth'}"}[kind]
    past, done = {"steps": ("took", "taken"), "word": ("said", "said"), "tooth": ("got", "got")}[kind]
    if asked:
        return f"Has {who_} {done} {whose} {first} yet?"
    if day:
        return capitalised(f"{who_} {past} {whose} {first} {_DAYS[keyed(day)]}.")
    return capitalised(f"{who_} has {'just ' * bool(just)}{done} {whose} {first}.")


def _teeth(text: str) -> str | None:
    """"Con bạn mọc răng chưa?" as "Has your child got any teeth yet?", "Con tôi chưa mọc răng." as "My child hasn't
    got any teeth yet." (_TEETH); None for anything else."""
    m = _TEETH.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["not"]) or m["did"] and not asked:
        return None
    said = _who_en(m, asked)
    if not said or not said[2]:
        return None
    return f"Has {said[0]} got any teeth yet?" if asked else capitalised(f"{said[0]} hasn't got any teeth yet.")


def _who_vi(m: re.Match) -> tuple[str, set[str], bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, the words for whose that go with them, and whether young: ("em bé",
    {"his", "her", "their", "its"}, True), ("con trai tôi", {"his"}, True) for "my son", ("anh ấy", {"his"}, False)
    for "he"; None for I, we, you, they, elders and pets."""
    if m["baby"]:
        return (f"con {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else "em bé"), _POSSESSIVES, True
    if m["child"]:
        said = m["child"].lower()
        return _CHILDREN_VI[said], {"his"} if "boy" in said else {"her"} if "girl" in said else _POSSESSIVES, True
    if m["kin"] and m["kin"].lower() not in _YOUNG_EN:
        return None
    said, _ = who_vi(m)
    if m["kin"]:
        whose = his_her(said)
        return said, {whose} if whose else _POSSESSIVES, True
    if m["given"]:
        return said, {"his", "her", "their"}, False
    return (said, {EN_WHOSE[m["who"].lower()]}, False) if m["who"].lower() in ("he", "she") else None


def _can_vi(text: str) -> str | None:
    """"My child can crawl now." as "Con tôi biết bò rồi.", "Can the baby sit up yet?" as "Em bé biết ngồi chưa?",
    "Can your son walk?" as "Con trai bạn có biết đi không?", "My son can't walk yet." as "Con trai tôi chưa biết đi."
    (_CAN_EN); None for anything else, and for "can't" without "yet"."""
    m = _CAN_EN.fullmatch(text)
    if not m or bool(m["can0"]) == bool(m["can"]) or bool(m["can0"]) != ("?" in m["end"]) or m["now0"] and m["when"]:
        return None
    said = _who_vi(m)
    doing = _DOINGS_VI[m["doing"].lower()]
    if not _young_or(said, doing):
        return None
    who_ = said[0]
    if m["can0"]:
        return capitalised(f"{who_} biết {doing} chưa?" if m["when"] or m["now0"] else f"{who_} có biết {doing} không?")
    if m["can"] != "can":
        return capitalised(f"{who_} chưa biết {doing}.") if m["when"] == "yet" and not m["now0"] else None
    if m["when"] == "yet":
        return None
    return capitalised(f"{who_} biết {doing}{' rồi' * bool(m['now0'] or m['when'])}{'!' if '!' in m['end'] else '.'}")


def _yet_vi(text: str) -> str | None:
    """"Is the baby crawling yet?" as "Em bé đã biết bò chưa?" (_YET_EN); None for anything else, and where "is" does
    not agree with who."""
    m = _YET_EN.fullmatch(text)
    said = m and _who_vi(m)
    doing = m and _ING_VI[m["ing"].lower()]
    if not m or m["be0"] != "Is" or not _young_or(said, doing):
        return None
    return capitalised(f"{said[0]} đã biết {doing} chưa?")


def _started_vi(text: str) -> str | None:
    """"My son has started crawling." as "Con trai tôi đã bắt đầu bò.", "She's just started rolling over." as "Cô ấy
    vừa bắt đầu lẫy.", "Has the baby started walking yet?" as "Em bé đã bắt đầu biết đi chưa?" (_STARTED_EN); None for
    anything else, and where "has" does not agree with who."""
    m = next((m for p in _STARTED_EN if (m := p.fullmatch(text))), None)
    if m is None or (m.groupdict().get("has0") or m.groupdict().get("has")).strip().lower() not in ("has", "'s", "’s"):
        return None
    said = _who_vi(m)
    doing = _ING_VI[m["ing"].lower()] if m["ing"] else _DOINGS_VI[m["doing"].lower()]
    if not _young_or(said, doing):
        return None
    doing = doing if doing in _BABY_ONLY else f"biết {doing}"  # ("bắt đầu đi" is also setting off)
    if m.re == _STARTED_EN[0]:
        return capitalised(f"{said[0]} đã bắt đầu {doing} chưa?")
    return capitalised(f"{said[0]} {'vừa' if m['just'] else 'đã'} bắt đầu {doing}.")


def _starting_vi(text: str) -> str | None:
    """"My daughter is starting to talk." as "Con gái tôi bắt đầu biết nói rồi.", "My son is learning to walk." as
    "Con trai tôi đang tập đi." (_STARTING_EN); None for anything else, and where "is" does not agree with who."""
    m = _STARTING_EN.fullmatch(text)
    said = m and _who_vi(m)
    if not said or be_said(m["be"]) != "is":
        return None
    doing = _DOINGS_VI[m["doing"].lower()]
    if m["what"] == "learning":
        return capitalised(f"{said[0]} đang tập {doing}.")
    return capitalised(f"{said[0]} bắt đầu biết {doing} rồi.") if _young_or(said, doing) else None


def _first_vi(text: str) -> str | None:
    """"He took his first steps yesterday." as "Hôm qua anh ấy đi được những bước đầu tiên.", "She said her first
    word." as "Cô ấy đã nói được từ đầu tiên.", "He's got his first tooth." as "Anh ấy đã mọc chiếc răng đầu tiên.",
    "Has the baby said her first word yet?" as "Em bé đã nói được từ đầu tiên chưa?" (_FIRST_EN); None for anything
    else, and where "has", the verb or "his" does not agree."""
    m = _FIRST_EN.fullmatch(text)
    if not m or bool(m["has0"]) != ("?" in m["end"]) or m["has0"] and (m["has"] or m["day"] or m["just"]) or m[
            "yet"] and not m["has0"]:
        return None
    has = (m["has0"] or m["has"] or "").strip().lower().replace("’", "'")
    past, done, said_vi = _FIRSTS[m["noun"]]
    said = _who_vi(m)
    if has not in ("", "has", "'s") or m["verb"] not in (done if has else past) or has and m["day"] or not said or (
            m["poss"].lower() not in said[1]):
        return None
    who_ = said[0]
    if m["has0"]:
        return capitalised(f"{who_} đã {said_vi} chưa?")
    if m["day"]:
        return None if m["just"] else capitalised(f"{_DAYS_EN[m['day']]} {who_} {said_vi}.")
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {said_vi}.")


def _teeth_vi(text: str) -> str | None:
    """"Has your baby got any teeth yet?" as "Con bạn mọc răng chưa?", "My son hasn't got any teeth yet." as "Con
    trai tôi chưa mọc răng." (_TEETH_EN); None for anything else."""
    m = next((m for p in _TEETH_EN if (m := p.fullmatch(text))), None)
    said = m and _who_vi(m)
    if not said or not said[2] or m["q"].lower().startswith("has") != (m["verb"] == "got"):
        return None
    return capitalised(f"{said[0]} mọc răng chưa?" if m.re == _TEETH_EN[0] else f"{said[0]} chưa mọc răng.")
