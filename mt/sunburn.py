"""Sun on the skin, both ways, written whole by rule: a tan got, had or looked, sunburn or a tan got on a day behind
or at the beach, who burns or tans easily, who does not want to get sunburnt, who will, a sunburn that hurts, and a
hat or sunscreen worn in the sun as a habit. v8 reads "rám nắng" as sunshine, "cháy nắng" as sunlight, "đen đi" as
black, and English "tan" as a car or as broken: "Da tôi bị rám nắng." → "My skin was sunshine.", "Bạn rám nắng quá."
→ "You're too sunshine.", "Bạn đen đi nhiều quá." → "You're blacking too much.", "Tôi dễ bị cháy nắng." → "I'm easy
to get sunlight.", "Hôm qua tôi bị cháy nắng." → "Yesterday, I was sunlight.", "Vết cháy nắng của tôi đau quá." →
"My sunlight is too painful.", "Tôi luôn đội mũ khi ra nắng." → "I always took my hat on sun."; "She got a tan." →
"Cô ấy có một chiếc xe hơi.", "You look tanned." → "Bạn trông có vẻ tan vỡ.", "My skin is tanned." → "Da của tôi bị
tan vỡ.", "I get sunburnt easily." → "Tôi bị ợ nóng dễ dàng.", "My sunburn hurts." → "Mặt trời của tôi bị ợ nóng.",
"You'll get sunburnt." → "Bạn sẽ bị ợ nóng.", "I always wear a hat in the sun." → "Tôi luôn mặc một cái nón trong mặt
trời.".

Taken: who (mt.hobbies.WHO, WHO_EN), or a part of the body of mt.outdoors.SKIN with whose ("da tôi", "my skin"),
tanned ("bị rám nắng", "rám nắng quá", "đen đi nhiều quá"; "got a tan", "is so tanned", "has a nice tan", "looks
tanned"), said, asked or not; sunburnt or tanned on a day mt.free_time.when reads that is not ahead, or at the beach;
burning or tanning easily ("dễ bị cháy nắng"), said or asked; not wanting to get sunburnt or a tan, wanting a tan,
going to get sunburnt ("sẽ bị cháy nắng"); whose sunburn hurts ("Vết cháy nắng của tôi đau rát quá."); a hat or
sunglasses worn in the sun, or sunscreen (mt.outdoors.GUARDS) put on, with how often (mt.hobbies.SELDOM). Left:
sunburn with no day ("Tôi bị cháy nắng.": the phrasebook's; "Mẹ tôi bị cháy nắng.", "Lưng tôi bị cháy nắng.", putting
sunscreen on, told or asked, a hat told: mt/outdoors.py; "I got sunburnt.": mt/ailments.py), sunscreen brought along
(mt/bring_along.py), the weather ("It's too sunny to go out.": mt/weather*.py), how someone looks otherwise
(mt/looks.py), "đen" alone (also unlucky), "anh", "chị", "em" alone saying it (mt.hobbies.who).
mt.phrasebook.translate tries these after mt/reflexes.py.

    >>> translate("Da tôi bị rám nắng.", "vi", "en"), translate("She got a tan.", "en", "vi")
    ('My skin is tanned.', 'Cô ấy bị rám nắng.')
"""
from __future__ import annotations

import re

from .dates import LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, be_of, often_said, someone, who, who_vi
from .lazy_re import lazy
from .outdoors import GUARDS, GUARDS_VI, SKIN, SKIN_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, BE_EN, alternatives, be, be_said, capitalised, contracted, keyed, present, stop
from .weather import DEGREE, EN_DEGREE

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nắng|đen\s+đi|bị\s+đen|chống)"),
         "en": lazy(r"(?i:\btan|burn|sun|repellent|spray)")}
_DEGREES_EN = {en: vi for en, vi in EN_DEGREE.items() if en not in ("still", "too")}  # ("too tanned" blames)
_GOT = {"cháy nắng": "sunburnt", "rám nắng": "a tan", "đen đi": "a tan"}  # (after "got"; "đen" alone is unlucky too)
_SO_FAR = {"today", "this morning", "this afternoon"}  # (days sunburn is got on, besides mt.tense.BEHIND's)
_NT = "n't"  # (in an f-string of Python 3.11)

# who, or a part of them ("da tôi", "lưng của mẹ tôi")
_SUBJECT = rf"(?:(?P<part>(?i:{alternatives(SKIN)}))\s+(?:của\s+)?{OWNER}|{WHO})"
# "Tôi bị rám nắng.", "Da bạn có bị rám nắng không?", "Hôm qua tôi bị cháy nắng.", "Tôi bị cháy nắng ở biển."
_GOT_SAID = lazy(rf"{DAY_OPENING}{_SUBJECT}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:đã\s+)?bị\s+"
                 rf"(?P<got>{alternatives(_GOT)})(?P<beach>\s+(?:ở|khi\s+đi|lúc\s+đi)\s+(?:bãi\s+)?biển)?"
                 rf"{DAY_AFTER}{ASKED_END}")
# "Bạn rám nắng quá.", "Trông bạn rám nắng quá.", "Bạn đen đi nhiều quá."
_TANNED = lazy(rf"(?:(?P<look>(?i:trông))\s+)?{_SUBJECT}\s+(?:(?P<before>rất|hơi|khá)\s+)?(?:bị\s+)?"
               r"(?:rám\s+nắng|(?P<dark>đen\s+đi)(?:\s+(?P<much>nhiều|hẳn))?)(?:\s+(?P<after>quá|lắm|ghê|thế))?"
               r"\s*(?P<end>[.!]*)")
# "Cô ấy có làn da rám nắng rất đẹp."
_SKIN_HAD = lazy(rf"{WHO}\s+có\s+(?:làn\s+)?da\s+rám\s+nắng(?:\s+(?P<very>rất\s+)?(?P<nice>đẹp))?"
                 r"(?:\s+(?P<so>quá|lắm))?\s*(?P<end>[.!]*)")
# "Tôi dễ bị cháy nắng.", "Bạn có dễ bị cháy nắng không?", "Da tôi rất dễ bị rám nắng."
_EASILY = lazy(rf"{_SUBJECT}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<very>rất\s+)?dễ\s+bị\s+"
               rf"(?P<got>cháy\s+nắng|rám\s+nắng|đen){ASKED_END}")
# "Tôi không muốn bị cháy nắng.", "Tôi muốn có làn da rám nắng.", "Bạn sẽ bị cháy nắng đấy."
_WANT = lazy(rf"{WHO}\s+(?:(?P<not>không\s+)?muốn\s+(?:bị\s+(?P<got>cháy\s+nắng|rám\s+nắng|đen)|"
             r"(?P<had>có\s+(?:làn\s+)?da\s+rám\s+nắng))|"
             r"(?P<will>sẽ)\s+bị\s+(?P<will_got>cháy\s+nắng|rám\s+nắng))"
             r"(?:\s+(?:đấy|đó|mất))?\s*(?P<end>[.!]*)")
# "Vết cháy nắng của tôi đau rát quá."
_HURTS = lazy(rf"(?i:vết|chỗ)\s+(?:bị\s+)?cháy\s+nắng\s+(?:của\s+)?{OWNER}\s+(?P<very>rất\s+)?"
              r"(?:đau\s+rát|đau|rát)(?:\s+(?P<so>quá|lắm))?\s*(?P<end>[.!]*)")
# "Tôi luôn đội mũ khi ra nắng.", "Mẹ tôi lúc nào cũng bôi kem chống nắng."
_SUN = r"(?P<sun>\s+khi\s+(?:(?:đi\s+)?ra\s+(?:ngoài\s+)?nắng|trời\s+nắng)|\s+ngoài\s+nắng)?"
_HABIT = lazy(rf"{WHO}\s+(?P<often>{alternatives(SELDOM)}|lúc\s+nào\s+cũng)\s+(?:(?P<hat>đội\s+(?:mũ|nón))|"
              rf"(?P<glasses>đeo\s+kính\s+(?:râm|mát))|(?:bôi|thoa)\s+(?P<guard>{alternatives(GUARDS)})){_SUN}"
              r"\s*(?P<end>[.!]*)")

# ... and in English: who, or whose part ("my skin", "my mother's back")
_SUBJECT_EN = (rf"(?:(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
               rf"(?P<part>{alternatives(SKIN_VI)})|{WHO_EN})")
_TAN_EN = r"tan(?:ned)?"
_BURNT_EN = r"sunburn(?:ed|t)"
# "She got a tan.", "Did you get a tan?", "You got so tanned!", "I got sunburnt at the beach yesterday."
_GOT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{_SUBJECT_EN}\s+(?P<verb>got|get|didn['’]t\s+get|did\s+not\s+get)\s+"
               rf"(?:(?P<tan>a\s+tan|{_TAN_EN})|(?P<deg>so|really)\s+{_TAN_EN}|(?P<burnt>{_BURNT_EN}))"
               rf"(?P<beach>\s+at\s+the\s+beach)?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# "You're so tanned.", "You look tanned.", "My skin is tanned.", "Are you tanned?"
_TANNED_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{_SUBJECT_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?|\s+(?P<look>looks?))?"
                  rf"\s+(?:(?P<deg>{alternatives(_DEGREES_EN)})\s+)?{_TAN_EN}\s*(?P<end>[.!?]*)")
# "I've got a tan.", "He has a nice tan.", "She has tanned skin."
_HAS_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve\s+got|['’]s\s+got|\s+have\s+got|\s+has\s+got|\s+have|\s+has)\s+"
               r"(?:a\s+(?P<very>(?:really|very)\s+)?(?P<nice>(?:nice|great|good|lovely)\s+)?tan|"
               r"(?P<skin>tanned\s+skin))\s*(?P<end>[.!]*)")
# "I get sunburnt easily.", "She burns easily.", "Do you tan easily?"
_DONT = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_EASILY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_SUBJECT_EN}{_DONT}\s+(?:(?P<get>gets?)\s+"
                  rf"(?:{_BURNT_EN}|burnt|burned|(?P<tanned>tanned))|(?P<verb>burns?|tans?))"
                  r"\s+(?P<very>really\s+|very\s+)?easily\s*(?P<end>[.!?]*)")
# "I don't want to get sunburnt.", "She wants to get a tan.", "You'll get sunburnt."
_WANT_EN = lazy(rf"{WHO_EN}(?:{_DONT}\s+(?P<want>wants?)\s+to|"
                rf"(?P<will>['’]ll|\s+will)|{BE_EN}\s+going\s+to)\s+get\s+(?:(?P<tan>a\s+tan|tanned)|"
                rf"{_BURNT_EN}|burnt|burned)\s*(?P<end>[.!]*)")
# "My sunburn really hurts."
_HURTS_EN = lazy(rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+sunburn\s+"
                 r"(?P<very>really\s+)?hurts(?P<so>\s+(?:so\s+much|a\s+lot))?\s*(?P<end>[.!]*)")
# "I always wear a hat in the sun.", "She never puts on sunscreen."
_WORN_EN = {"a hat": "đội mũ", "a sun hat": "đội mũ", "sunglasses": "đeo kính râm"}
_HABIT_EN = lazy(rf"{WHO_EN}\s+(?P<often>{alternatives(SELDOM_VI)})\s+(?P<verb>wears?|puts?\s+on)\s+"
                 rf"(?:(?P<worn>{alternatives(_WORN_EN)})|(?P<guard>{alternatives(GUARDS_VI)}))"
                 r"(?P<sun>\s+in\s+the\s+sun)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a tan or sunburn, or a hat or sunscreen worn in the sun; None for any
    other."""
    if src == "vi":
        return _got(text) or _tanned(text) or _skin_had(text) or _easily(text) or _want(text) or _hurts(text) or \
            _habit(text)
    return _got_vi(text) or _tanned_vi(text) or _has_vi(text) or _easily_vi(text) or _want_vi(text) or \
        _hurts_vi(text) or _habit_vi(text)


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who or whose part (_SUBJECT) in English, and whether it takes "is" and "does": ("my skin", True), ("my
    arms", False), ("she", True); None for "anh" … alone saying it, as mt.hobbies.who."""
    if not m["part"]:
        return who(m, asked)
    whose, part = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi"), SKIN[keyed(m["part"])]
    if whose is None:
        return None
    return f"{whose}{'' if m['owner'] else chr(39) + 's'} {part}", not part.endswith("s")  # (arms, shoulders, legs)


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who or whose part (_SUBJECT_EN) in Vietnamese, and whether English said it of one ("da tôi", True); None for
    a part said of one that English says of two ("my arm")."""
    if not m["part"]:
        return who_vi(m)
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    part = m["part"]
    if whose is None or part in ("shoulder", "arm", "leg"):
        return None
    return f"{SKIN_VI[part]} {whose}", not part.endswith("s")


def _day(said: str | None, src: str) -> str | None:
    """A day (mt.free_time.when, mt.dates.LAST) in the other language where it is behind or today ("hôm qua" →
    "yesterday"); "" for none, None for one not read or any other ("ngày mai", "tối nay", "thứ bảy": which?)."""
    day = when(said, src, LAST)
    if not day:
        return day
    en = keyed(day if src == "vi" else said or "")
    return day if BEHIND.fullmatch(en) or en in _SO_FAR else None


def _got(text: str) -> str | None:
    """"Tôi bị rám nắng." as "I got a tan.", "Da tôi bị rám nắng." as "My skin is tanned.", "Bạn có bị rám nắng
    không?" as "Did you get a tan?", "Hôm qua tôi bị cháy nắng." as "I got sunburnt yesterday." (_GOT_SAID); None for
    anything else, and for sunburn with no day nor the beach (mt/outdoors.py's)."""
    m = _GOT_SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"]:
        return None
    got, day = _GOT[keyed(m["got"])], _day(m["day0"] or m["day"], "vi")
    if day is None or got == "sunburnt" and not (day or m["beach"]) or (said := _subject(m, asked)) is None:
        return None
    (subject, one), where = said, f"{' at the beach' * bool(m['beach'])}{' ' * bool(day)}{day}"
    if m["part"]:
        if day or m["beach"] or got != "a tan":
            return None
        return f"{'Is' if one else 'Are'} {subject} tanned?" if asked else capitalised(
            f"{subject} {'is' if one else 'are'}{_NT * bool(m['not'])} tanned.")
    if asked:
        return f"Did {subject} get {got}{where}?"
    return capitalised(f"{subject} {'did' + _NT + ' get' if m['not'] else 'got'} {got}{where}.")


def _degree(m: re.Match) -> str | None:
    """How much of a match of _TANNED in English ("very", "so", "really"); "" for none, None for two."""
    if m["before"] and m["after"]:
        return None
    return DEGREE[keyed(m["before"] or m["after"])] if m["before"] or m["after"] else ""


def _tanned(text: str) -> str | None:
    """"Bạn rám nắng quá." as "You're so tanned.", "Trông cô ấy rám nắng." as "She looks tanned.", "Bạn đen đi nhiều
    quá." as "You got so tanned." (_TANNED); None for anything else, and for "đen đi" looked or with "rất"."""
    m = _TANNED.fullmatch(text)
    if not m or (deg := _degree(m)) is None or (said := _subject(m, False)) is None:
        return None
    (subject, one), end = said, stop(m["end"])
    if m["dark"]:
        if m["look"] or m["before"] or m["part"]:
            return None
        deg = "so" if deg == "so" else "really" if deg or m["much"] else ""
        return capitalised(f"{subject} got {deg} tanned{end}" if deg else f"{subject} got a tan{end}")
    deg = f"{deg} " if deg else ""
    if m["look"]:
        return capitalised(f"{subject} {'looks' if one else 'look'} {deg}tanned{end}")
    be_ = be(subject) if subject in ("I", "you", "we", "they") else "is" if one else "are"  # ("my arms are")
    return capitalised(contracted(subject, f"{be_} {deg}tanned{end}"))


def _skin_had(text: str) -> str | None:
    """"Cô ấy có làn da rám nắng." as "She has tanned skin.", "… rám nắng rất đẹp." as "She has a really nice tan."
    (_SKIN_HAD); None for anything else."""
    m = _SKIN_HAD.fullmatch(text)
    if not m or m["so"] and not m["nice"] or (said := who(m, False)) is None:
        return None
    (subject, one), end = said, stop(m["end"])
    has = "has" if one else "have"
    if m["nice"]:
        return capitalised(f"{subject} {has} a {'really ' * bool(m['very'] or m['so'])}nice tan{end}")
    return capitalised(f"{subject} {has} tanned skin{end}")


def _easily(text: str) -> str | None:
    """"Tôi dễ bị cháy nắng." as "I get sunburnt easily.", "Da tôi dễ bị cháy nắng." as "My skin burns easily.",
    "Bạn có dễ bị rám nắng không?" as "Do you tan easily?" (_EASILY); None for anything else."""
    m = _EASILY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := _subject(m, asked)) is None:
        return None
    (subject, one), tan = said, keyed(m["got"]) != "cháy nắng"
    verb = ("tan" if tan else "burn") if m["part"] or tan else f"get{'s' * one} sunburnt"
    how = f"{'very ' * bool(m['very'])}easily"
    if asked:
        return f"{'Does' if one else 'Do'} {subject} {verb.replace('gets', 'get')} {how}?"
    if m["not"]:
        return capitalised(f"{subject} {'doesn' if one else 'don'}'t {verb.replace('gets', 'get')} {how}.")
    return capitalised(f"{subject} {verb if verb.startswith('get') or not one else verb + 's'} {how}.")


def _want(text: str) -> str | None:
    """"Tôi không muốn bị cháy nắng." as "I don't want to get sunburnt.", "Tôi muốn có làn da rám nắng." as "I want a
    tan.", "Bạn sẽ bị cháy nắng đấy." as "You'll get sunburnt." (_WANT); None for anything else, and for wanting to
    get sunburnt."""
    m = _WANT.fullmatch(text)
    if not m or m["got"] and not m["not"] or (said := who(m, False)) is None:
        return None
    (subject, one), end = said, stop(m["end"])
    if m["will"]:
        return capitalised(contracted(subject, f"will get {_GOT[keyed(m['will_got'])]}{end}"))
    if m["had"]:
        return present(subject, one, "want", "a tan", denied=bool(m["not"]), end=m["end"])
    got = _GOT.get(keyed(m["got"]), "a tan")  # ("bị đen")
    return capitalised(f"{subject} {'doesn' if one else 'don'}'t want to get {got}{end}")


def _hurts(text: str) -> str | None:
    """"Vết cháy nắng của tôi đau rát quá." as "My sunburn really hurts." (_HURTS); None for anything else."""
    m = _HURTS.fullmatch(text)
    whose = m and (OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi"))
    if not m or whose is None or m["very"] and m["so"]:
        return None
    whose = whose if m["owner"] else f"{whose}'s"
    return capitalised(f"{whose} sunburn {'really ' * bool(m['very'] or m['so'])}hurts{stop(m['end'])}")


def _habit(text: str) -> str | None:
    """"Tôi luôn đội mũ khi ra nắng." as "I always wear a hat in the sun.", "Mẹ tôi lúc nào cũng bôi kem chống nắng."
    as "My mother always puts on sunscreen." (_HABIT); None for anything else, and for a hat without the sun (a
    helmet?)."""
    m = _HABIT.fullmatch(text)
    if not m or m["hat"] and not m["sun"] or (said := who(m, False)) is None:
        return None
    (subject, one), often = said, "always" if "cũng" in m["often"] else often_said(m["often"], bool(m["sun"]))
    if m["guard"]:
        doing = f"put{'s' * one} on {GUARDS[keyed(m['guard'])]}"
    else:
        doing = f"wear{'s' * one} {'a hat' if m['hat'] else 'sunglasses'}"
    return capitalised(f"{subject} {often} {doing}{' in the sun' * bool(m['sun'])}{stop(m['end'])}")


def _not_said(m: re.Match) -> bool:
    """Whether a match with groups q (asked) and end asks as its end says."""
    return bool(m["q"]) != ("?" in m["end"])


def _got_vi(text: str) -> str | None:
    """"She got a tan." as "Cô ấy bị rám nắng.", "Did you get a tan?" as "Bạn có bị rám nắng không?", "You got so
    tanned!" as "Bạn đen đi nhiều quá!", "I got sunburnt yesterday." as "Hôm qua tôi bị cháy nắng." (_GOT_EN); None
    for anything else, and for sunburn with no day nor the beach (mt/ailments.py's, mt/outdoors.py's)."""
    m = _GOT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or bool(m["did"]) != (m["verb"] == "get") or m["part"]:
        return None
    day, not_ = _day(m["day"], "en"), m["verb"].startswith("did")
    said = "cháy nắng" if m["burnt"] else "rám nắng"
    if day is None or m["burnt"] and not (day or m["beach"]) or m["deg"] and (m["did"] or not_ or day or m["beach"]):
        return None
    who_ = who_vi(m)[0]
    if m["deg"]:
        return capitalised(f"{who_} đen đi nhiều {'quá' if m['deg'] == 'so' else 'lắm'}{stop(m['end'])}")
    beach = " ở biển" * bool(m["beach"])
    if m["did"]:
        return placed(f"{who_} có bị {said}{beach}", day, " không?")
    return placed(f"{who_} {'không ' * not_}bị {said}{beach}", day, stop(m["end"]))


def _tanned_vi(text: str) -> str | None:
    """"You're so tanned." as "Bạn rám nắng quá.", "You look tanned." as "Trông bạn rám nắng.", "My skin is tanned."
    as "Da tôi bị rám nắng.", "Are you tanned?" as "Bạn có bị rám nắng không?" (_TANNED_EN); None for anything else,
    and where "is", "are" or "looks" does not agree."""
    m = _TANNED_EN.fullmatch(text)
    if not m or _not_said(m) or not (m["q"] or m["be"] or m["look"]) or (said := _subject_vi(m)) is None:
        return None
    (subject, one), be_ = said, be_said(m["q"] or m["be"] or "")
    if be_ and be_ != be_of(subject, one) or m["look"] and (m["look"] == "looks") != one or m["q"] and (
            m["deg"] or m["not"]) or m["not"] and (m["deg"] or m["look"]):
        return None
    before, after = _DEGREES_EN[m["deg"].lower()] if m["deg"] else ("", "")
    tanned = f"{before + ' ' if before else ''}rám nắng{' ' + after if after else ''}"
    if m["q"]:
        return capitalised(f"{subject} có bị rám nắng không?")
    if m["look"]:
        return f"Trông {subject} {tanned}{stop(m['end'])}"
    if m["not"]:
        return capitalised(f"{subject} không bị rám nắng{stop(m['end'])}")
    return capitalised(f"{subject} {'bị ' * (tanned == 'rám nắng')}{tanned}{stop(m['end'])}")


def _has_vi(text: str) -> str | None:
    """"I've got a tan." as "Tôi bị rám nắng.", "He has a nice tan." as "Anh ấy có làn da rám nắng đẹp.", "She has
    tanned skin." as "Cô ấy có làn da rám nắng." (_HAS_EN); None for anything else, and where "has" does not agree."""
    m = _HAS_EN.fullmatch(text)
    if not m or m["very"] and not m["nice"]:
        return None
    (who_, one), have = who_vi(m), m["have"].split()[0].replace("’", "'").lstrip("'")
    if (have in ("has", "s")) != one:
        return None
    end = stop(m["end"])
    if m["nice"]:
        return capitalised(f"{who_} có làn da rám nắng {'rất ' * bool(m['very'])}đẹp{end}")
    return capitalised(f"{who_} có làn da rám nắng{end}" if m["skin"] else f"{who_} bị rám nắng{end}")


def _easily_vi(text: str) -> str | None:
    """"I get sunburnt easily." and "I burn easily." as "Tôi dễ bị cháy nắng.", "Do you tan easily?" as "Bạn có dễ
    bị rám nắng không?" (_EASILY_EN); None for anything else, and where the verb does not agree."""
    m = _EASILY_EN.fullmatch(text)
    if not m or _not_said(m) or m["q"] and m["not"] or (said := _subject_vi(m)) is None:
        return None
    (subject, one), verb = said, m["get"] or m["verb"]
    aux = (m["q"] or m["not"] or "").split()
    if aux and (verb.endswith("s") or aux[0].lower().startswith("does") != one) or not aux and verb.endswith(
            "s") != one:
        return None
    got = "rám nắng" if m["tanned"] or verb.startswith("tan") else "cháy nắng"
    easily = f"{'rất ' * bool(m['very'])}dễ bị {got}"
    if m["q"]:
        return capitalised(f"{subject} có {easily} không?")
    return capitalised(f"{subject} {'không ' * bool(m['not'])}{easily}{stop(m['end'])}")


def _want_vi(text: str) -> str | None:
    """"I don't want to get sunburnt." as "Tôi không muốn bị cháy nắng.", "She wants to get a tan." as "Cô ấy muốn
    có làn da rám nắng.", "You'll get sunburnt." as "Bạn sẽ bị cháy nắng đấy." (_WANT_EN); None for anything else,
    for wanting to get sunburnt, and where the verb does not agree with who."""
    m = _WANT_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), got = who_vi(m), "rám nắng" if m["tan"] else "cháy nắng"
    if m["be"]:
        if be_said(m["be"]) != be_of(who_, one):
            return None
    elif m["want"]:
        aux = (m["not"] or "").split()
        if aux and (m["want"] == "wants" or aux[0].startswith("does") != one) or not aux and (
                m["want"] == "wants") != one or not (aux or m["tan"]):
            return None
        return capitalised(f"{who_} không muốn bị {got}." if aux else f"{who_} muốn có làn da rám nắng.")
    return capitalised(f"{who_} sẽ bị {got} đấy.")


def _hurts_vi(text: str) -> str | None:
    """"My sunburn really hurts." as "Vết cháy nắng của tôi đau rát quá." (_HURTS_EN); None for anything else."""
    m = _HURTS_EN.fullmatch(text)
    whose = m and (WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en"))
    if not m or whose is None:
        return None
    return capitalised(f"vết cháy nắng của {whose} đau rát{' quá' * bool(m['very'] or m['so'])}{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    """"I always wear a hat in the sun." as "Tôi luôn đội mũ khi ra nắng.", "She never puts on sunscreen." as "Cô ấy
    không bao giờ bôi kem chống nắng." (_HABIT_EN); None for anything else, for a hat without the sun, for sunscreen
    worn with "puts on" of one, and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or m["worn"] and not m["sun"] or m["worn"] and m["verb"].startswith("put"):
        return None
    (who_, one), verb = who_vi(m), m["verb"].split()[0]
    if verb.endswith("s") != one:
        return None
    doing = _WORN_EN[m["worn"].lower()] if m["worn"] else f"bôi {GUARDS_VI[keyed(m['guard'])]}"
    often = SELDOM_VI[m["often"].lower()]
    return capitalised(f"{who_} {often} {doing}{' khi ra nắng' * bool(m['sun'])}{stop(m['end'])}")
