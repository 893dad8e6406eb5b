"""Looking after someone's home while they are away, both ways, written whole by rule: a favour asked ("Bạn trông nhà
giúp tôi mấy hôm được không?"), chores while away (the cat fed, the plants watered, the post collected), who is
looking after whose house, and who will be away. v8 (rules on) reads "trông nhà" as looking at or for a house, "nhờ"
as thanks, "tưới cây" as putting a tree, and "look after", "house-sit", "water" as seeking, sitting and water:
"Bạn trông nhà giúp tôi mấy hôm được không?" → "Can you look at the house for me for days?", "Tôi đang trông nhà cho
cô tôi." → "I'm looking for her.", "Nhờ bạn cho mèo ăn khi tôi đi vắng nhé." → "Thank you to your cat to eat when I'm
gone.", "Nhờ bạn tưới cây giúp tôi khi tôi đi vắng." → "Thank you to put the tree to help me when I'm gone.", "Tôi sẽ
đi vắng mấy hôm." → "I'm going to go away today."; "Can you look after my house for a few days?" → "Bạn có thể tìm
thấy nhà mình trong một vài ngày không?" (find), "I'm house-sitting for my aunt." → "Tôi đang ngồi nhà vì không.",
"Please water my plants while I'm away." → "Vui lòng nước của tôi trong khi tôi đi vắng.", "I'll be away all week." →
"Tôi sẽ đi hết tuần.".

Taken: a favour asked of "you" ("Nhờ bạn …": Please; "Bạn … được không?": Can you; "Bạn có thể … (được) không?":
Could you) of chores of CHORES (the house looked after, a cat, a dog or fish fed, the plants or flowers watered, the
post collected, the dog walked), for whom ("giúp tôi", "cho mẹ tôi"), for how long (SPANS), a day ahead (DAYS) and
while who is away, on business or on holiday (AWAY); chores but the house only with "khi … đi vắng" or the house among
them, and only the speaker's (or "our"); who (mt.hobbies.WHO, WHO_EN; "Ai", who?) is looking after, will, has to or
looked after whose house ("trông nhà cho cô tôi": aunts and uncles by "cô", "dì", "chú", "cậu"; "hàng xóm" alone as
the speaker's neighbour), how long, while away, a day ahead or behind; who will be away, for how long or on a day
ahead (a span longer than the day "from" it: "for a few days from tomorrow"), and "How long will you be away?"; in
Vietnamese, an elder away said again ("khi mẹ tôi đi vắng", not "cô ấy") and a day before "while" said first ("Tuần
sau bạn trông nhà giúp tôi khi …"). Left: a plain "Tôi trông nhà cho cô tôi." (now, or as a habit?), "Nhà tôi đi
vắng …" ("nhà tôi" may be a spouse), "đi vắng" without "sẽ" or a day ahead (out, mt/calls.py's; or in the past?),
chores without "while away" or the house (mt/pets.py, mt/plants.py, mt/post.py, mt/favours.py), "trông con", "trông
em" (mt/childcare.py), "bác" (an aunt or an uncle?), "cô bạn", "cậu bạn" (a friend, or your aunt or uncle?), a
spouse's or a child's house (their own, or the one shared?), parents as who (mt.hobbies.WHO reads none), "anh", "em"
alone as whose (the speaker, or you?), the speaker as who and "we" as whose or who is away (or the other way), a pet
as who, "Will you …?", "his", "her", "their" house said of he, she or they, or "anh ấy", "cô ấy", "họ" as whose of a
name or kin (their own, or another's?), "he", "she" away after a name or kin as who, or "anh ấy", "cô ấy" after one
as who or an elder as whose (English would read them as that one), a day ending "sau", "tới" right before "khi" (the
week after, or until?) and "Please …" with a day before "while" (it cannot go first), a span that does not fit its
day ("for a few days tomorrow", "cả tuần" not of a week, longer than a day behind), and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Bạn trông nhà giúp tôi mấy hôm được không?", "vi", "en"), translate("I'm house-sitting for my aunt.",
    ...                                                                             "en", "vi")
    ('Can you look after my house for a few days?', 'Tôi đang trông nhà cho cô tôi.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import PRONOUNS, YOU
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, someone, who, who_vi
from .lazy_re import lazy
from .people import PARENTS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT_VI, EN_WHO_VI, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trông\s+nhà|vắng|công\s+tác|du\s+lịch)"),
         "en": lazy(r"(?i:house|away|holiday|vacation)")}
# the chores (English verb and thing, whose between them); the first Vietnamese of each is written back
CHORES = {"trông nhà": ("look after", "house"), "cho mèo ăn": ("feed", "cat"), "cho con mèo ăn": ("feed", "cat"),
          "cho chó ăn": ("feed", "dog"), "cho con chó ăn": ("feed", "dog"), "cho cá ăn": ("feed", "fish"),
          "tưới cây": ("water", "plants"), "tưới hoa": ("water", "flowers"), "lấy thư": ("collect", "post"),
          "dắt chó đi dạo": ("walk", "dog")}
CHORES_VI = {en: vi for vi, en in reversed(CHORES.items())} | {
    ("collect", "mail"): "lấy thư", ("feed", "cats"): "cho mèo ăn", ("feed", "dogs"): "cho chó ăn",
    ("house-sit", ""): "trông nhà"}
SPANS = {"mấy hôm": "for a few days", "vài hôm": "for a few days", "mấy ngày": "for a few days",
         "vài ngày": "for a few days", "một tuần": "for a week", "hai tuần": "for two weeks",
         "một tháng": "for a month", "cả tuần": "all week"}
SPANS_VI = {en: vi for vi, en in reversed(SPANS.items())}
DAYS = near_days("ngày mai", "tuần sau", "tuần tới", "cuối tuần này", "cuối tuần sau", "cuối tuần tới", "tháng sau",
                 "tháng tới", "tuần trước", "cuối tuần trước", "tháng trước", "năm ngoái")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
AWAY = {"đi vắng": "away", "đi công tác": "away on business", "đi du lịch": "on holiday"}
AWAY_VI = {en: vi for vi, en in AWAY.items()} | {"on vacation": "đi du lịch", "away on holiday": "đi du lịch"}
# aunts and uncles with whose (as mt.people.KIN_WORDS reads them since stop 67; "bác" is either, and left)
_ELDERS = {"cô": "aunt", "dì": "aunt", "chú": "uncle", "cậu": "uncle"}
_ELDERS_VI = {"aunt": "cô", "uncle": "chú"}
# ... but "cô bạn", "cậu bạn" are left: a friend more often than your aunt or uncle ("cô của bạn" is taken)
_FRIEND = {"cô bạn", "cậu bạn"}
# elders in English with their pronoun: "he", "she" after them reads as them (Vietnamese says them again: _while_vi)
_ELDERS_EN = {"mother": "she", "mum": "she", "mom": "she", "grandmother": "she", "aunt": "she", "father": "he",
              "dad": "he", "grandfather": "he", "uncle": "he", "parents": "they", "grandparents": "they"}
# whose house is one's own too ("trông nhà cho chồng tôi": for him, or his own house?)
_HOUSEHOLD = {"husband", "wife", "child", "son", "daughter"}
# how many days a span takes and a day holds (a span longer than a day ahead starts on it: _day)
_SPAN_DAYS = {"for a few days": 2, "for a week": 7, "for two weeks": 14, "for a month": 30}
_DAY_DAYS = {"tomorrow": 1, "weekend": 2, "week": 7, "month": 31, "year": 366}
_WHOSE = {PRONOUNS[vi]: whose for vi, whose in OWNERS.items()}  # ("I": "my", "she": "her")
_EN_VI = EN_WHO_VI | EN_OBJECT_VI  # English pronouns, as who or whom, in Vietnamese

_OWNER_WORDS = rf"(?i:{alternatives(OWNERS)})"
# someone whose house it is, or who is away, as one group (read by _person_en)
_PERSON = (rf"(?:{_OWNER_WORDS}|(?i:{alternatives(_ELDERS)}|{alternatives(PARENTS)})\s+(?:của\s+)?{_OWNER_WORDS}|"
           rf"(?i:hàng\s+xóm)|{SOMEONE})")
_CHORE = rf"(?i:{alternatives(CHORES)})"
_CHORES = rf"(?P<chores>{_CHORE}(?:\s*,\s*{_CHORE})*(?:\s+và\s+{_CHORE})?)"
_FOR = rf"(?:\s+(?P<prep>giúp|cho)\s+(?P<owner>{_PERSON}))?"
_SPAN = rf"(?:\s+(?P<span>(?i:{alternatives(SPANS)})))?"
_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_WHILE = (rf"(?:\s*,?\s+(?i:khi|lúc|trong\s+lúc|trong\s+khi)\s+(?P<away_who>{_PERSON})\s+"
          rf"(?P<away>(?i:{alternatives(AWAY)})))?")
_YOU = rf"(?P<you>(?i:{YOU}))(?!\s+(?:ấy|ta)(?!\w))"
# a favour: "Nhờ bạn tưới cây giúp tôi khi tôi đi vắng nhé.", "Bạn trông nhà giúp tôi mấy hôm được không?"
_PLEASE = lazy(rf"[Nn]hờ\s+{_YOU}\s+{_CHORES}{_FOR}{_SPAN}(?:\s+(?P<day>{_DAY}))?{_WHILE}"
               r"(?:\s+(?:nhé|nha|với)(?:\s+ạ)?|\s+ạ)?\s*(?P<end>[.!]*)")
_CAN = lazy(rf"{_DAY0}{_YOU}\s+(?:(?P<could>có\s+thể)\s+)?{_CHORES}{_FOR}{_SPAN}(?:\s+(?P<day>{_DAY}))?{_WHILE}"
            rf"\s+(?P<asked>được\s+không|không){SOFTENED_END}")
# who looks after whose house: "Tôi đang trông nhà cho cô tôi.", "Ai sẽ trông nhà cho bạn khi bạn đi vắng?"
_DOING = lazy(rf"{_DAY0}(?:(?P<anyone>[Aa]i)|{WHO})\s+(?:(?P<aux>đang|sẽ\s+phải|sẽ|đã|phải)\s+)?trông\s+nhà\s+"
              rf"(?:cho|giúp)\s+(?P<owner>{_PERSON}){_SPAN}{_WHILE}(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
# who will be away: "Tôi sẽ đi vắng mấy hôm.", "Tuần sau chúng tôi đi vắng.", "Bạn sẽ đi vắng bao lâu?"
_AWAY_SAID = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>sẽ)\s+)?đi\s+vắng(?:\s+(?:(?P<long>(?:trong\s+)?bao\s+lâu)|"
                  rf"(?P<span>(?i:{alternatives(SPANS)}))))?(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")

# ... and in English: someone (group-less), a chore, a span, a day, while away
_PERSON_EN = rf"(?:(?i:{WHOSE_WORDS})\s+(?:aunt|uncle|(?:grand)?parents)|{SOMEONE_EN})"
_ITEM_EN = (rf"(?:(?:feed|water|collect|walk|look\s+after)\s+(?:(?i:{WHOSE_WORDS})|the|{_PERSON_EN}['’]s?)\s+"
            r"(?:cats?|dogs?|fish|plants|flowers|post|mail|house)|house-sit)")
_ITEM = lazy(rf"(?P<verb>feed|water|collect|walk|look\s+after)\s+(?:(?P<whose>(?i:{WHOSE_WORDS})|the)|"
             rf"(?P<owner>{_PERSON_EN})['’]s?)\s+(?P<thing>cats?|dogs?|fish|plants|flowers|post|mail|house)|"
             r"(?P<sit>house-sit)")
_SPAN_EN = rf"(?:\s+(?P<span>{alternatives(SPANS_VI)}))?"
_DAY_EN = rf"(?:{alternatives(DAYS_VI)})"
_DAY0_EN = rf"(?:(?P<day0>(?i:{_DAY_EN})),?\s+)?"
_WHILE_EN = (rf"(?:,?\s+while\s+(?P<away_who>I|you|he|she|we|they|{_PERSON_EN})(?P<away_be>['’]m|['’]re|['’]s|"
             rf"\s+am|\s+are|\s+is|\s+was|\s+were)\s+(?P<away>{alternatives(AWAY_VI)}))?")
_FAVOUR_EN = lazy(rf"(?:(?P<please>Please)\s+|(?P<can>Can|Could)\s+you\s+)(?P<chores>{_ITEM_EN}(?:(?:\s*,\s*|,?\s+"
                  rf"and\s+){_ITEM_EN})*)(?:\s+for\s+(?P<for>me|us|{_PERSON_EN}))?{_SPAN_EN}(?:\s+(?P<day>"
                  rf"{_DAY_EN}))?{_WHILE_EN}(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_DOING_EN = lazy(rf"{_DAY0_EN}(?:(?P<anyone>Who)|{WHO_EN})(?P<aux>['’](?:m|re|s|ll)|\s+(?:am|are|is|will|has\s+to|"
                 r"have\s+to))?\s+(?:(?P<look>looking|look|looked)\s+after\s+(?:(?P<poss>(?i:"
                 rf"{WHOSE_WORDS}))|(?P<owner>{_PERSON_EN})['’]s?)\s+house|(?P<sit>house-sitting|house-sit|house-sat)"
                 rf"\s+for\s+(?P<for>me|you|him|her|us|them|{_PERSON_EN})){_SPAN_EN}{_WHILE_EN}(?:\s+(?P<day>"
                 rf"{_DAY_EN}))?\s*(?P<end>[.!?]*)")
_AWAY_EN = lazy(rf"{_DAY0_EN}{WHO_EN}(?P<aux>['’]ll\s+be|\s+will\s+be|['’](?:m|re|s)|\s+(?:am|are|is))\s+away"
                rf"{_SPAN_EN}(?:\s+(?P<day>{_DAY_EN}))?\s*(?P<end>[.!]*)")
_HOW_LONG_EN = lazy(rf"How\s+long\s+will\s+{WHO_EN}\s+be\s+away\s*\?+")
_BE = {"m": "am", "re": "are", "s": "is"}  # (contracted, the apostrophe dropped)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks a favour of looking after a house or chores while away, says who looks
    after whose house, or who will be away; None for any other."""
    if src == "vi":
        return _favour(text) or _doing(text) or _away(text)
    text = text.replace("’", "'")
    return _favour_vi(text) or _doing_vi(text) or _away_vi(text)


def _person_en(said: str) -> tuple[str, bool] | None:
    """Someone of _PERSON in English, and whether a pronoun: "tôi" ("I", True), "cô tôi" ("my aunt", False), "bố mẹ
    tôi" ("my parents", False); None for "hàng xóm" alone, "cô bạn", "cậu bạn" (_FRIEND), a pet, or one not read."""
    key = keyed(said)
    if key in _FRIEND:
        return None
    if key in OWNERS:
        return PRONOUNS[key], True
    words = key.replace(" của ", " ").split()
    if len(words) >= 2 and (kin := " ".join(words[:-1])) in _ELDERS | PARENTS and words[-1] in OWNERS:
        return f"{OWNERS[words[-1]]} {(_ELDERS | PARENTS)[kin]}", False
    en = someone(said, "vi")
    return None if en is None or en.split()[-1] in ("dog", "cat") else (en, False)


def _of(en: str, pronoun: bool) -> str:
    """Whose, in English, of someone as _person_en gives them: "my", "my aunt's", "my boss's", "my parents'"."""
    return _WHOSE[en] if pronoun else f"{en}'" if en.endswith("parents") else f"{en}'s"


def _owner_en(said: str) -> tuple[str, bool] | None:
    """Whose house, as _person_en gives them; None for a spouse or a child (_HOUSEHOLD: theirs, or one shared?)."""
    owner = _person_en(said)
    return None if owner is None or owner[0].split()[-1] in _HOUSEHOLD else owner


def _same(one: str, other: str) -> bool:
    """Whether two people, as _person_en or _person_vi gives them, are one or the speaker and "we" (one's own house)."""
    return one == other or {one, other} in ({"I", "we"}, {"tôi", "chúng tôi"})


def _before_khi(day: str | None) -> bool:
    """Whether a Vietnamese day runs into "khi" after it ("tuần sau khi": the week after, "tuần tới khi": until)."""
    return bool(day) and keyed(day).split()[-1] in ("sau", "tới")


def _fits(span: str, day: str) -> bool | None:
    """Whether an English span fits in a day ("next week"); False where longer, None for "all week" not of a week."""
    unit = day.split()[-1]
    if span == "all week":
        return True if unit == "week" else None
    return _SPAN_DAYS[span] <= _DAY_DAYS[unit]


def _person_vi(said: str) -> str | None:
    """Someone of _PERSON_EN, a pronoun or whose in Vietnamese: "me" "tôi", "my aunt" "cô tôi", "my parents" "bố mẹ
    tôi", "our" "chúng tôi"; None for a pet or one not read."""
    low = keyed(said)
    if low in _EN_VI or low in WHOSE_VI:
        return _EN_VI.get(low) or WHOSE_VI[low]
    whose, _, kin = low.partition(" ")
    if kin in _ELDERS_VI or kin in ("parents", "grandparents"):
        return f"{_ELDERS_VI.get(kin) or {'parents': 'bố mẹ'}.get(kin, 'ông bà')} {WHOSE_VI[whose]}"
    vi = someone(said, "en")
    return None if vi is None or said.split()[-1].lower() in ("dog", "cat") else vi


def _while(m: re.Match, past: bool = False, owner: tuple[str, bool] | None = None, named: bool = False) -> str | None:
    """" while I'm away" of a match's "khi tôi đi vắng" (groups away_who, away; "was" with `past`); "" where none is
    said, None for one not read, and for "anh ấy", "cô ấy" away where English "he", "she" reads as who looks after
    the house (`named`: by name or kin) or as an elder whose it is (`owner` as _person_en gives it: _ELDERS_EN)."""
    if not m["away"]:
        return ""
    said = _person_en(m["away_who"])
    if said is None or said[0] in ("he", "she") and (named or owner and owner[0].split()[-1] in _ELDERS_EN):
        return None
    en, pronoun = said
    verb = be(en) if not past else "was" if be(en) in ("am", "is") else "were"
    return f" while {contracted(en, verb) if pronoun else f'{en} {verb}'} {AWAY[keyed(m['away'])]}"


def _day(m: re.Match) -> tuple[str, bool | None] | None:
    """The day of a match (group day0 or day) in English, and whether ahead (None where none is said), "from" it where
    the span said (group span) is longer ("mấy hôm ngày mai": for a few days from tomorrow); None where both are said,
    and for a span longer than a day behind or one that does not fit (_fits)."""
    day0 = m.groupdict().get("day0")
    if day0 and m["day"]:
        return None
    day = keyed(day0 or m["day"] or "")
    if not day:
        return "", None
    en, ahead, span = DAYS[day], NEAR_WAY[day] != "behind", m.groupdict().get("span")  # ("cuối tuần này": ahead)
    fits = _fits(SPANS[keyed(span)], en) if span else True
    return (en, ahead) if fits else (f"from {en}", True) if fits is False and ahead else None


def _favour(text: str) -> str | None:
    """"Nhờ bạn cho mèo ăn khi tôi đi vắng nhé." as "Please feed my cat while I'm away.", "Bạn trông nhà giúp tôi mấy
    hôm được không?" as "Can you look after my house for a few days?", "Bạn có thể trông nhà giúp tôi khi tôi đi
    vắng không?" as "Could you look after my house while I'm away?" (_PLEASE, _CAN); None for anything else, chores
    but the house without "khi … đi vắng", another's cat, plants or post, and a day that runs into "khi"."""
    m = _PLEASE.fullmatch(text)
    if not m:
        m = _CAN.fullmatch(text)
        if not m or "?" not in m["end"] or m["could"] is None and keyed(m["asked"]) == "không":
            return None  # ("Bạn trông nhà giúp tôi không?": asked whether you do it)
    chores = [CHORES[keyed(c)] for c in re.split(r"\s*,\s*|\s+và\s+", m["chores"])]
    house = [c for c in chores if c[1] == "house"]
    day = _day(m)
    if len(house) > 1 or m["prep"] == "cho" and chores != house or not (house or m["away"]) or day is None or \
            day[1] is False or m["away"] and _before_khi(m["day"]):
        return None
    owner = _owner_en(m["owner"]) if m["owner"] else None
    mine = {_person_en(s) for s in (m["owner"], m["away_who"]) if s}
    if owner is None:  # (no one for whom, or "hàng xóm": whose is who is away, the speaker)
        if m["owner"] or not mine <= {("I", True), ("we", True)} or len(mine) != 1:
            return None
        owner = mine.pop()
    elif owner[0] == "you":
        return None  # ("Bạn trông nhà giúp bạn …": your own house?)
    elif len(chores) > len(house) and not (len(mine) == 1 and owner in (("I", True), ("we", True))):
        return None  # (the cat fed "giúp tôi" while my mother is away: whose cat?)
    if (away := _while(m, owner=owner)) is None:
        return None
    whose = _of(*owner)
    said = " and ".join(f"{verb} {whose} {thing}" for verb, thing in chores)
    said = said.replace(" and ", ", ", said.count(" and ") - 1)
    span = f" {SPANS[keyed(m['span'])]}" if m["span"] else ""
    said = f"{said}{span}{' ' * bool(day[0])}{day[0]}{away}"
    if m.re == _PLEASE:
        return f"Please {said}{'!' if '!' in m['end'] else '.'}"
    return f"{'Could' if m['could'] else 'Can'} you {said}?"


def _doing(text: str) -> str | None:
    """"Tôi đang trông nhà cho cô tôi." as "I'm looking after my aunt's house.", "Tuần sau tôi sẽ trông nhà cho hàng
    xóm." as "I'll look after my neighbour's house next week.", "Ai sẽ trông nhà cho bạn khi bạn đi vắng?" as "Who
    will look after your house while you're away?" (_DOING); None for anything else, for no tense said or one the
    day does not fit, whose house is who looks after it (or "we" of "I"), a spouse's or a child's, "his", "her",
    "their" of a name or kin, and "anh ấy", "cô ấy" away after them (English "he", "she" would read as them)."""
    m = _DOING.fullmatch(text)
    day = m and _day(m)
    if not m or not day or bool(m["anyone"]) != ("?" in m["end"]) or not m["anyone"] and animal(m):
        return None
    said = ("Who", True) if m["anyone"] else who(m, False)
    aux = keyed(m["aux"] or ("sẽ" if day[1] else "đã" if day[1] is False else ""))
    if said is None or not aux or day[1] and aux == "đã" or day[1] is False and aux != "đã" or aux == "đang" and day[0]:
        return None
    who_, one = said
    named = not m["who"] and not m["anyone"]  # (by name or kin: "Mẹ tôi", "Lan")
    owner = ("neighbour", False) if keyed(m["owner"]) == "hàng xóm" else _owner_en(m["owner"])
    if owner is None or _same(owner[0], who_) or owner[0] == "neighbour" and who_ not in ("I", "we") or \
            named and owner[0] in ("he", "she", "they") or (away := _while(m, aux == "đã", owner, named)) is None or \
            m["away"] and (day[0].startswith("from ") or _same((_person_en(m["away_who"]) or ("",))[0], who_)):
        return None  # (… and who looks after it while away themselves; "Lan … her house": her own?)
    house = f"{_WHOSE[who_]} neighbour's" if owner[0] == "neighbour" else _of(*owner)
    verb = {"đang": f"{be(who_)} looking after", "sẽ": "will look after", "đã": "looked after",
            "phải": f"{'has' if one else 'have'} to look after", "sẽ phải": "will have to look after"}[aux]
    span = f" {SPANS[keyed(m['span'])]}" if m["span"] else ""
    day = f" {day[0]}" if day[0] else ""
    return capitalised(f"{contracted(who_, verb)} {house} house{span}{away}{day}{'?' if m['anyone'] else '.'}")


def _away(text: str) -> str | None:
    """"Tôi sẽ đi vắng mấy hôm." as "I'll be away for a few days.", "Tuần sau chúng tôi đi vắng." as "We'll be away
    next week.", "Bạn sẽ đi vắng bao lâu?" as "How long will you be away?" (_AWAY_SAID); None for anything else, and
    without "sẽ" or a day ahead (out now, or in the past?)."""
    m = _AWAY_SAID.fullmatch(text)
    day = m and _day(m)
    if not m or not day or day[1] is False or not (m["aux"] or day[1]) or animal(m) or \
            bool(m["long"]) != ("?" in m["end"]):
        return None
    if (said := who(m, bool(m["long"]))) is None:
        return None
    if m["long"]:
        return None if day[0] or not m["aux"] else f"How long will {said[0]} be away?"
    span = f" {SPANS[keyed(m['span'])]}" if m["span"] else ""
    return capitalised(f"{contracted(said[0], 'will be')} away{span}{' ' * bool(day[0])}{day[0]}.")


def _while_vi(m: re.Match, past: bool = False, owner: str = "") -> str | None:
    """" khi tôi đi vắng" of a match's "while I'm away" (groups away_who, away_be, away; "was" with `past`), the verb
    agreeing, and an elder whose house it is (`owner`, English: "my mother") said again for "he", "she", "they"
    ("khi mẹ tôi đi vắng"); "" where none is said, None for one not read or a pronoun not the elder's."""
    if not m["away"]:
        return ""
    said, verb = m["away_who"], keyed(m["away_be"]).replace("'", "")
    vi, now = _person_vi(said), be(said if said == "I" else said.lower() if said.lower() in _EN_VI else "x")
    if said.rsplit(" ", 1)[-1].lower() in ("parents", "grandparents"):
        now = "are"
    was = "was" if now in ("am", "is") else "were"
    elder = _ELDERS_EN.get(owner.rsplit(" ", 1)[-1].lower()) if " " in owner else None
    if elder and said.lower() in ("he", "she", "they"):
        vi = _person_vi(owner) if said.lower() == elder else None  # ("my mother's house while he's away": who?)
    if vi is None or _BE.get(verb, verb) != (was if past else now):
        return None
    return f" khi {vi} {AWAY_VI[m['away']]}"


def _day_vi(m: re.Match) -> tuple[str, bool | None] | None:
    """The day of an English match (group day0 or day) in Vietnamese, and whether ahead (None where none is said);
    None where both are said, and for a span (group span) that does not fit in it ("for a few days tomorrow")."""
    day0 = m.groupdict().get("day0")
    if day0 and m["day"]:
        return None
    day = (day0 or m["day"] or "").lower()
    if day and m.groupdict().get("span") and not _fits(m["span"], day):
        return None
    return (DAYS_VI[day], NEAR_WAY[DAYS_VI[day]] != "behind") if day else ("", None)


def _favour_vi(text: str) -> str | None:
    """"Please feed my cat while I'm away." as "Nhờ bạn cho mèo ăn giúp tôi khi tôi đi vắng nhé.", "Can you look
    after my house for a few days?" as "Bạn trông nhà giúp tôi mấy hôm được không?", "Could you house-sit for me?" as
    "Bạn có thể trông nhà giúp tôi không?" (_FAVOUR_EN), a day with "while" said first ("Tuần sau bạn trông nhà giúp
    tôi khi tôi đi vắng được không?": not "tuần sau khi", the week after); None for anything else, chores but the
    house without "while … away", chores of more than one whose, and "Please" with a day that would run into "khi"."""
    m = _FAVOUR_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or (day := _day_vi(m)) is None or day[1] is False:
        return None
    items = [_ITEM.fullmatch(c) for c in re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", m["chores"])]
    said = [i["whose"] or i["owner"] or "" for i in items if not i["sit"]] + [m["for"] or ""]
    # (whose, small letters but a name: "my", "my mother", "Lan"; "for me" as "my")
    owners = {{"me": "my", "us": "our"}.get(o.lower(), o.lower() if o.lower() in WHOSE_VI or o.lower() in (
        "me", "us", "the") else o) for o in said if o} - {"the"}
    house = sum(1 for i in items if i["sit"] or i["thing"] == "house")
    if len(owners) > 1 or house > 1 or not (house or m["away"]):
        return None
    owner = owners.pop() if owners else ""
    if house < len(items) and owner not in ("", "my", "our") or not owner and not m["away"]:
        return None  # (another's cat; the house of no one said)
    if m["away"]:  # (whose is who is away where none is said; chores but the house only of who is away)
        theirs = {"I": "my", "we": "our"}.get(m["away_who"], "")
        if not (owner or theirs) or owner and house < len(items) and owner != theirs:
            return None
        owner = owner or theirs
    whose = _person_vi(owner)
    if whose == "bạn":
        return None  # ("Can you look after your house?": asked of one's own)
    chores = [CHORES_VI.get(("house-sit", "") if i["sit"] else (keyed(i["verb"]), i["thing"])) for i in items]
    first = day[0] if m["away"] and _before_khi(day[0]) else ""
    if whose is None or None in chores or first and m["please"] or (away := _while_vi(m, owner=owner)) is None:
        return None  # (after "Nhờ bạn" the day cannot be said first)
    said = " và ".join(chores).replace(" và ", ", ", len(chores) - 2)
    span = f" {SPANS_VI[m['span']]}" if m["span"] else ""
    later = f" {day[0]}" if day[0] and not first else ""
    said = f"{said} giúp {whose}{span}{later}{away}"
    if m["please"]:
        return f"Nhờ bạn {said} nhé{'!' if '!' in m['end'] else '.'}"
    said = f"bạn có thể {said} không?" if m["can"] == "Could" else f"bạn {said} được không?"
    return capitalised(f"{first} {said}".strip())


def _doing_vi(text: str) -> str | None:
    """"I'm house-sitting for my aunt." and "I'm looking after my aunt's house." as "Tôi đang trông nhà cho cô tôi.",
    "I'll look after my neighbour's house next week." as "Tuần sau tôi sẽ trông nhà cho hàng xóm.", "Who will look
    after your house while you're away?" as "Ai sẽ trông nhà cho bạn khi bạn đi vắng?" (_DOING_EN); None for anything
    else, a verb not agreeing, a day the tense does not fit, "his", "her", "their" house of he, she or they, "our" of
    "I" or "my" of "we", and "he", "she" away after a name or kin as who (them, or another?)."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["anyone"]) != ("?" in m["end"]) or (day := _day_vi(m)) is None or not m["anyone"] and animal(m):
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    en = "who" if m["anyone"] else (m["who"] or "x").lower()
    aux, verb = keyed(m["aux"] or "").replace("'", ""), (m["look"] or m["sit"]).lower()
    now = be("I" if en == "i" else en if en in _EN_VI else "x")
    if aux in ("m", "re", "s", "am", "are", "is"):
        tense = "đang" if _BE.get(aux, aux) == now and verb in ("looking", "house-sitting") else None
    elif aux in ("ll", "will"):
        tense = "sẽ" if verb in ("look", "house-sit") else None
    elif aux in ("has to", "have to"):
        tense = "phải" if verb in ("look", "house-sit") and (aux == "has to") == one else None
    else:
        tense = "đã" if verb in ("looked", "house-sat") else None
    if tense is None or day[1] is False and tense != "đã" or day[1] and tense == "đã":
        return None
    if tense == "đang" and day[1]:
        tense = "sẽ"  # ("I'm house-sitting for my aunt next week.")
    poss = (m["poss"] or "").lower()
    if poss in ("his", "her", "their") and en not in ("i", "you", "we") or \
            m["away"] and m["away_who"].lower() in ("he", "she") and (m["kin"] or m["given"]):
        return None  # (her own house, or another's?; "My mother … while she's away": she, or another?)
    owner = _person_vi(poss or m["owner"] or m["for"])
    if owner is None or _same(owner, who_) or (away := _while_vi(m, tense == "đã", poss or m["owner"] or m["for"])) \
            is None or m["away"] and _same(_person_vi(m["away_who"]) or "", who_):
        return None
    if owner.startswith("hàng xóm ") and owner[len("hàng xóm "):] == who_:
        owner = "hàng xóm"  # ("my neighbour's" of "I": "trông nhà cho hàng xóm")
    span = f" {SPANS_VI[m['span']]}" if m["span"] else ""
    said = f"{day[0]} {who_} {tense} trông nhà cho {owner}{span}{away}"
    return capitalised(f"{said.strip()}{'?' if m['anyone'] else '.'}")


def _away_vi(text: str) -> str | None:
    """"I'll be away for a few days." as "Tôi sẽ đi vắng mấy hôm.", "We're away all week." as "Chúng tôi đi vắng cả
    tuần.", "We'll be away next week." as "Tuần sau chúng tôi sẽ đi vắng.", "How long will you be away?" as "Bạn sẽ
    đi vắng bao lâu?" (_AWAY_EN, _HOW_LONG_EN); None for anything else, "I'm away." alone (out?), and a day behind."""
    if m := _HOW_LONG_EN.fullmatch(text):
        return None if animal(m) else f"{capitalised(who_vi(m)[0])} sẽ đi vắng bao lâu?"
    m = _AWAY_EN.fullmatch(text)
    if not m or animal(m) or (day := _day_vi(m)) is None or day[1] is False:
        return None
    who_ = who_vi(m)[0]
    en, aux = (m["who"] or "x").lower(), keyed(m["aux"]).replace("'", "")
    will = aux in ("ll be", "will be")
    now = be("I" if en == "i" else en if en in _EN_VI else "x")
    if not will and (_BE.get(aux, aux) != now or not (m["span"] or day[1])):
        return None
    span = f" {SPANS_VI[m['span']]}" if m["span"] else ""
    return capitalised(f"{day[0]} {who_} {'sẽ ' * will}đi vắng{span}".strip() + ".")
