"""Long-term health conditions and what is measured of them, both ways, written whole by rule: who has high blood
pressure, diabetes, heart disease, asthma …, someone's blood pressure, blood sugar or temperature, and who takes
medicine for a condition. v8 loses whose, reads "cao" as tall and "bị" as the past, and writes English "has" as
"có": "Huyết áp của bà tôi cao." → "My blood pressure is high.", "Huyết áp bà tôi cao." → "My grandmother was tall.",
"Bà tôi bị huyết áp cao." → "My grandparents have high blood pressure.", "Ông tôi bị huyết áp thấp." → "My
grandfather was low blood pressure.", "Mẹ tôi không bị tiểu đường." → "My mother wasn't diabetes.", "Anh ấy bị bệnh
tiểu đường." → "He has a diabetes.", "Cô ấy bị hen." → "She was snugged.", "Mẹ tôi bị viêm khớp." → "My mother was
arthritis.", "Huyết áp của bạn thế nào?" → "How is your pressure?", "Nhiệt độ của con tôi cao." → "My child's
temperature is tall.", "Tôi uống thuốc huyết áp." → "I take medicine blood pressure."; "My son has a high
temperature." → "Con trai tôi có nhiệt độ cao.", "Does your father have diabetes?" → "Bố của bạn bị tiểu đường?",
"He's diabetic." → "Anh ta hoài nghi." (sceptical), "His blood sugar is high." → "Đường huyết của ông cao.", "I take
medicine for my blood pressure." → "Tôi uống thuốc để làm huyết áp.".

Taken: who (mt.hobbies.WHO, WHO_EN, or parents of mt.people.PARENTS_WHOSE) has, has not, or is asked whether they
have one or more of CONDITIONS ("bị", "mắc", "có vấn đề về tim"; "has", "suffers from", "is diabetic"), "too"
("cũng") or "both" ("đều"); someone's (mt.terms.OWNERS, mt.hobbies.SOMEONE) blood pressure, blood sugar,
cholesterol or temperature high, low, normal or stable ("hơi", "rất", "khá", "quá", "vẫn"), said or asked, and how
it is or what it is asked; who takes medicine for a condition (a plain "uống thuốc huyết áp", the habit). Left: a
fever ("sốt", "sốt cao") and other ailments (mt/ailments.py), since when or how long ("Mẹ tôi bị tiểu đường hai năm
rồi."), "đã bị" (had, or has had), a heart attack or a stroke ("bị đau tim", "đột quỵ": an event), "anh", "chị",
"em" alone saying it (the speaker or the listener), a temperature of a name alone ("Nhiệt độ Vinh": a city too),
medicine taken how often, now, or asked (mt/medicine.py), type 2 diabetes, measuring blood pressure.
mt.phrasebook.translate tries these after mt/phone_credit.py.

    >>> translate("Huyết áp của bà tôi cao.", "vi", "en"), translate("My son has a high temperature.", "en", "vi")
    ("My grandmother's blood pressure is high.", 'Con trai tôi bị sốt cao.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, joined, listed, someone, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be_said, capitalised, keyed, stop

# what one has (the first Vietnamese of each English is written back); "bệnh" may come before any
CONDITIONS = {"huyết áp cao": "high blood pressure", "cao huyết áp": "high blood pressure",
              "tăng huyết áp": "high blood pressure", "huyết áp thấp": "low blood pressure", "tiểu đường": "diabetes",
              "đái tháo đường": "diabetes", "bệnh tim": "heart disease", "bệnh tim mạch": "heart disease",
              "vấn đề về tim": "heart problems", "hen suyễn": "asthma", "hen": "asthma", "suyễn": "asthma",
              "mỡ máu cao": "high cholesterol", "cholesterol cao": "high cholesterol", "viêm khớp": "arthritis",
              "gút": "gout", "gout": "gout"}
CONDITIONS_VI = {en: vi for vi, en in reversed(CONDITIONS.items())} | {
    "hypertension": "huyết áp cao", "a heart condition": "bệnh tim", "heart trouble": "vấn đề về tim",
    "a high temperature": "sốt cao"}  # ("sốt cao" the other way is mt/ailments.py's "a high fever")
_KEYED = {k: en for vi, en in CONDITIONS.items() for k in (vi, f"bệnh {vi}")}
_HAD = "heart problems"  # (had, "có", not suffered, "bị")
# what is measured, how it is, and how much so
MEASURES = {"huyết áp": "blood pressure", "đường huyết": "blood sugar", "đường trong máu": "blood sugar",
            "lượng đường trong máu": "blood sugar", "mỡ máu": "cholesterol", "cholesterol": "cholesterol",
            "nhiệt độ": "temperature", "thân nhiệt": "temperature"}
MEASURES_VI = {en: vi for vi, en in reversed(MEASURES.items())}
LEVELS = {"cao": "high", "thấp": "low", "bình thường": "normal", "ổn định": "stable"}
LEVELS_VI = {en: vi for vi, en in LEVELS.items()}
_DEGREES = {"hơi": "a bit", "rất": "very", "khá": "quite", "quá": "too", "vẫn": "still", "vẫn còn": "still",
            "còn": "still"}
_DEGREES_VI = {en: vi for vi, en in reversed(_DEGREES.items())} | {"a little": "hơi", "slightly": "hơi",
                                                                    "really": "rất"}
# a medicine by what it is for
_MEDS = {"huyết áp": "blood pressure", "tiểu đường": "diabetes", "tim mạch": "heart", "tim": "heart",
         "mỡ máu": "cholesterol", "hen suyễn": "asthma"}
_MEDS_VI = {en: vi for vi, en in reversed(_MEDS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:huyết|đường|\btim|\bhen|suyễn|mỡ\s+máu|cholesterol|khớp|gút|gout|nhiệt)"),
         "en": lazy(r"(?i:blood|diabet|heart|asthma|cholesterol|arthritis|gout|temperature|hypertension)")}

_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"
# who has it ("Bà tôi bị huyết áp cao.", "Bạn có bị tiểu đường không?", "Bố tôi có vấn đề về tim.")
_HAS = lazy(rf"{_WHO}\s+(?:(?P<both>đều)\s+|(?P<too>cũng)\s+)?(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
            rf"(?P<verb>bị|mắc|có)\s+(?P<what>{joined(rf'(?i:{alternatives(_KEYED)})', 'và')})"
            rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# someone's blood pressure, how it is ("Huyết áp của bà tôi cao.", "Huyết áp của bạn thế nào?")
_MEASURE = (rf"(?P<what>(?i:{alternatives(MEASURES)}))\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
            rf"(?P<someone>{SOMEONE}))")
_LEVEL = lazy(rf"{_MEASURE}\s+(?:(?P<ask>có)\s+)?(?:(?P<deg>{alternatives(_DEGREES)})\s+)?"
              rf"(?P<level>{alternatives(LEVELS)})(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOW = lazy(rf"{_MEASURE}\s+(?:(?P<how>(?:như\s+)?thế\s+nào|ra\s+sao)|(?:là\s+)?bao\s+nhiêu){SOFTENER}\s*\?+")
# who takes medicine for it ("Tôi uống thuốc huyết áp.")
_ON_MEDS = lazy(rf"{_WHO}\s+(?:(?P<too>cũng)\s+)?uống\s+thuốc\s+(?:(?:chữa|trị|điều\s+trị)\s+(?:bệnh\s+)?)?"
                rf"(?P<med>(?i:{alternatives(_MEDS)}))\s*(?P<end>[.!]*)")

# ... and in English
_HAS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}\s+(?:(?P<both>both)\s+|(?P<also>also)\s+)?"
               r"(?:(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+)?(?P<have>have|has|suffers?\s+from)\s+"
               rf"(?P<what>{joined(rf'(?i:{alternatives(CONDITIONS_VI)})', 'and')})(?P<too>\s+too|\s+as\s+well)?"
               r"\s*(?P<end>[.!?]*)")
_ADJECTIVES = {"diabetic": "tiểu đường", "asthmatic": "hen suyễn"}
_ADJ = r"\s+(?P<adj>diabetic|asthmatic)\s*(?P<end>[.!?]*)"
_IS_EN = [lazy(rf"{_WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?P<not>\s+not|n['’]t)?{_ADJ}"),
          lazy(rf"(?P<be>Is|Am|Are)\s+{_WHO_EN}{_ADJ}")]
_MEASURE_EN = (rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<what>blood\s+pressure|"
               r"blood\s+sugar(?:\s+level)?|temperature|cholesterol(?:\s+level)?)")
_LEVEL_EN = lazy(rf"(?:(?P<ask>Is)\s+{_MEASURE_EN}|{_MEASURE_EN.replace('(?P<', '(?P<s_')}(?:\s+is|['’]s))"
                 rf"(?:\s+(?P<deg>{alternatives(_DEGREES_VI)}))?\s+(?P<level>{alternatives(LEVELS_VI)})"
                 r"\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"(?:(?P<how>How)|What)(?:\s+is|['’]s)\s+{_MEASURE_EN}\s*\?+")
_MED_EN = rf"(?:high\s+)?(?:{alternatives(_MEDS_VI)})"
_ON_MEDS_EN = lazy(rf"{_WHO_EN}\s+(?:(?P<also>also)\s+)?(?P<take>takes?)\s+(?:(?:medicine|medication|tablets|"
                   rf"pills)\s+for\s+(?P<owner>{WHOSE_WORDS})\s+(?P<med>{_MED_EN})|(?P<med2>{_MED_EN})\s+"
                   r"(?:medicine|medication|tablets|pills))(?P<too>\s+too)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has a long-term condition, how someone's blood pressure,
    blood sugar or temperature is, or who takes medicine for a condition; None for any other."""
    if src == "vi":
        return _has(text) or _level(text) or _how(text) or _on_meds(text)
    return _has_vi(text) or _is_vi(text) or _level_vi(text) or _how_vi(text) or _on_meds_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "has": "my parents" (False), or mt.hobbies.who."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "bố mẹ tôi" (False), or
    mt.hobbies.who_vi."""
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)


def _many(who_: str, one: bool) -> bool:
    """Whether who is more than one ("we", "they", "my parents"), as "both" and "đều" need."""
    return not one and who_.lower() not in ("i", "you", "tôi", "mình", "bạn")


def _has(text: str) -> str | None:
    """"Bà tôi bị huyết áp cao." as "My grandmother has high blood pressure.", "Bạn có bị tiểu đường không?" as "Do
    you have diabetes?", "Bố tôi có vấn đề về tim." as "My father has heart problems." (_HAS); None for anything
    else, and for "có" with anything but heart problems ("Tôi có hen.")."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and (m["not"] or m["both"] or m["too"]) or m["too"] and m["not"]:
        return None
    said = _who(m, asked)
    verb = keyed(m["verb"])
    what = listed(m["what"], _KEYED, {"và": "and"})[0]
    if said is None or bool(m["ask"]) != (asked and verb != "có") or verb == "có" and what != _HAD:
        return None
    who_, one = said
    if m["both"] and not _many(who_, one):
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {what}{stop(m['end'])}")
    both = " both" if m["both"] else ""
    return capitalised(f"{who_}{both} {'has' if one else 'have'} {what}{' too' * bool(m['too'])}{stop(m['end'])}")


def _measured(m: re.Match) -> tuple[str, str] | None:
    """What is measured of a match of _MEASURE, and whose in English: ("blood pressure", "my grandmother's"); None
    for someone it does not know, and for a temperature of a name alone (a city too: "Nhiệt độ Vinh")."""
    what = MEASURES[keyed(m["what"])]
    if m["whose"]:
        return what, OWNERS[keyed(m["whose"])]
    named = re.fullmatch(WHO, " ".join(m["someone"].split()))
    if what == "temperature" and named and named["given"] or (said := someone(m["someone"], "vi")) is None:
        return None
    return what, f"{said}'s"


def _level(text: str) -> str | None:
    """"Huyết áp của bà tôi cao." as "My grandmother's blood pressure is high.", "Đường huyết của tôi hơi cao." as
    "My blood sugar is a bit high.", "Huyết áp của bạn có cao không?" as "Is your blood pressure high?" (_LEVEL); None
    for anything else, and for "rất bình thường" (how much, said of what is not high or low)."""
    m = _LEVEL.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (measured := _measured(m)) is None:
        return None
    level, deg = LEVELS[keyed(m["level"])], _DEGREES.get(keyed(m["deg"] or ""), "")
    if deg not in ("", "still") and level not in ("high", "low"):
        return None
    said = f"{measured[1]} {measured[0]}"
    if asked:
        return f"Is {said}{f' {deg}' * bool(deg)} {level}?"
    return capitalised(f"{said} is{f' {deg}' * bool(deg)} {level}{stop(m['end'])}")


def _how(text: str) -> str | None:
    """"Huyết áp của bạn thế nào?" as "How is your blood pressure?", "Nhiệt độ của con bạn là bao nhiêu?" as "What is
    your child's temperature?" (_HOW); None for anything else."""
    m = _HOW.fullmatch(text)
    if not m or (measured := _measured(m)) is None:
        return None
    return f"{'How' if m['how'] else 'What'} is {measured[1]} {measured[0]}?"


def _on_meds(text: str) -> str | None:
    """"Tôi uống thuốc huyết áp." as "I take blood pressure medicine.", "Bố tôi uống thuốc tiểu đường." as "My father
    takes diabetes medicine." (_ON_MEDS); None for anything else."""
    m = _ON_MEDS.fullmatch(text)
    if not m or (said := _who(m, False)) is None:
        return None
    who_, one = said
    too = " too" if m["too"] else ""
    return capitalised(f"{who_} take{'s' * one} {_MEDS[keyed(m['med'])]} medicine{too}{stop(m['end'])}")


def _has_vi(text: str) -> str | None:
    """"My grandmother has high blood pressure." as "Bà tôi bị huyết áp cao.", "Does he have diabetes?" as "Anh ấy
    có bị tiểu đường không?", "My son has a high temperature." as "Con trai tôi bị sốt cao." (_HAS_EN); None for
    anything else, and where "has" or "does" does not agree with who ("My son have asthma.")."""
    m = _HAS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["both"] or m["also"] or m["too"]):
        return None
    who_, one = _who_vi(m)
    have = m["have"].split()[0]
    said_one = m["do"] == "Does" if m["do"] else m["not"].startswith("does") if m["not"] else have in ("has", "suffers")
    if said_one != one or (m["do"] or m["not"]) and have in ("has", "suffers") or m["not"] and (m["also"] or m["too"]):
        return None
    if m["both"] and not _many(who_, one) or m["also"] and m["too"]:
        return None
    what, n = listed(m["what"], {keyed(en): vi for en, vi in CONDITIONS_VI.items()}, {"and": "và"})
    had = what == CONDITIONS_VI[_HAD]
    if n > 1 and CONDITIONS_VI[_HAD] in what or had and have == "suffers":
        return None
    verb = "có" if had else "bị"
    if m["do"]:
        return capitalised(f"{who_} có {'' if had else 'bị '}{what} không?")
    adv = "đều " if m["both"] else "cũng " if m["also"] or m["too"] else ""
    return capitalised(f"{who_} {adv}{'không ' * bool(m['not'])}{verb} {what}{stop(m['end'])}")


def _is_vi(text: str) -> str | None:
    """"He's diabetic." as "Anh ấy bị tiểu đường.", "Is she asthmatic?" as "Cô ấy có bị hen suyễn không?" (_IS_EN);
    None for anything else, and where "is" does not agree with who."""
    i, m = next(((i, m) for i, p in enumerate(_IS_EN) if (m := p.fullmatch(text))), (0, None))
    if not m or (i == 1) != ("?" in m["end"]):
        return None
    who_, one = _who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    what = _ADJECTIVES[m["adj"]]
    if i == 1:
        return capitalised(f"{who_} có bị {what} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}bị {what}{stop(m['end'])}")


def _whose_vi(m: re.Match, prefix: str = "") -> tuple[str, str] | None:
    """What is measured of a match of _MEASURE_EN (its groups after `prefix`), and whose in Vietnamese: ("huyết áp",
    "bà tôi"); None for someone it does not know."""
    whose, named = m[f"{prefix}whose"], m[f"{prefix}someone"]
    said = WHOSE_VI[whose.lower()] if whose else someone(named, "en")
    what = " ".join(m[f"{prefix}what"].lower().split()).removesuffix(" level")
    return None if said is None else (MEASURES_VI[what], said)


def _level_vi(text: str) -> str | None:
    """"My grandmother's blood pressure is high." as "Huyết áp của bà tôi cao.", "Is your blood pressure still
    high?" as "Huyết áp của bạn có còn cao không?" (_LEVEL_EN); None for anything else, and for "very normal"."""
    m = _LEVEL_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    measured = _whose_vi(m, "" if m["ask"] else "s_")
    deg = (m["deg"] or "").lower()
    if measured is None or deg not in ("", "still") and m["level"] not in ("high", "low"):
        return None
    level = LEVELS_VI[m["level"]]
    if m["ask"]:
        deg = "còn " if deg == "still" else f"{_DEGREES_VI[deg]} " if deg else ""
        return f"{capitalised(measured[0])} của {measured[1]} có {deg}{level} không?"
    deg = f"{_DEGREES_VI[deg]} " if deg else ""
    return f"{capitalised(measured[0])} của {measured[1]} {deg}{level}{stop(m['end'])}"


def _how_vi(text: str) -> str | None:
    """"How is your blood pressure?" as "Huyết áp của bạn thế nào?", "What's your temperature?" as "Nhiệt độ của
    bạn là bao nhiêu?" (_HOW_EN); None for anything else."""
    m = _HOW_EN.fullmatch(text)
    if not m or (measured := _whose_vi(m)) is None:
        return None
    return f"{capitalised(measured[0])} của {measured[1]} {'thế nào' if m['how'] else 'là bao nhiêu'}?"


def _on_meds_vi(text: str) -> str | None:
    """"I take medicine for my blood pressure." and "I take blood pressure medicine." as "Tôi uống thuốc huyết áp."
    (_ON_MEDS_EN); None for anything else, where "takes" does not agree with who, and for another's condition ("I
    take medicine for your blood pressure")."""
    m = _ON_MEDS_EN.fullmatch(text)
    if not m or m["also"] and m["too"]:
        return None
    who_, one = _who_vi(m)
    if (m["take"] == "takes") != one:
        return None
    if m["owner"]:
        own = ("their",) if m["parents"] else (WHOSE_OF[m["who"].lower()],) if m["who"] else (
            (his_her(who_),) if m["kin"] else ("his", "her"))
        if m["owner"].lower() not in own:
            return None
    med = " ".join((m["med"] or m["med2"]).lower().split()).removeprefix("high ")
    also = "cũng " if m["also"] or m["too"] else ""
    return capitalised(f"{who_} {also}uống thuốc {_MEDS_VI[med]}{stop(m['end'])}")
