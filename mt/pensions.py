"""Pensions, the retirement age and plans to retire, both ways, written whole by rule. v8 (rules on) reads "lương
hưu" as retiring, "pension" as high blood pressure, and loses who or the age: "Bố tôi nhận lương hưu." → "My father
retired.", "Bố tôi có lương hưu." → "My father has retired.", "Lương hưu của tôi không đủ sống." → "My retirement
isn't enough live.", "Lương hưu của bạn là bao nhiêu?" → "How much are your retirement?", "Cô ấy nghỉ hưu năm 60
tuổi." → "She retired 60 years old.", "Bạn định khi nào nghỉ hưu?" → "When did you retire?", "Tuổi nghỉ hưu ở Việt
Nam là bao nhiêu?" → "How much does the retirement in Vietnam?", "Bố tôi sắp đến tuổi nghỉ hưu." → "I'm going to
retire.", "Anh ấy năm sau nghỉ hưu." → "He was five years after retire."; "My father gets a pension." → "Cha tôi bị
cao huyết áp.", "My grandmother lives on her pension." → "Bà tôi sống trên chiều cao của cô ấy.", "My pension isn't
enough to live on." → "Sự hưu trí của tôi không đủ để sống.", "She retired at sixty." → "Cô ấy nghỉ hưu lúc 6ty.",
"He's retiring next year." → "Anh ta đang tái thiết vào năm tới.", "At what age do you want to retire?" → "Bạn muốn
nghỉ hưu gì?".

Taken: who (mt.hobbies.WHO, WHO_EN) gets, has or lives on a pension (still, not, monthly), said or asked; whose pension
(mt.hobbies.OWNER) enough to live on or not, low, high or small, said or asked, how much it is; who retired, will
retire, wants or plans to retire (or not, not yet) early or at an age (30 to 90, words or digits, as mt.ages writes
them), said or asked, and at what age; when who wants or plans to; the retirement age (in a country of
mt.people.COUNTRIES), asked or said; who close to, at or not yet at it (Vietnamese). Left: being retired, retiring on a
day ("He's retiring next year."; "Anh ấy năm sau nghỉ hưu.", the day between, to the model), about to, going to or just
retired, when who will or did retire (mt/work_status.py, mt/people.py; v8 has "When do you plan to retire?" right),
saving for retirement (mt/savings.py), a pension's sum, "Lương hưu không đủ sống." (whose?), "anh", "chị", "em" alone
saying it.
mt.phrasebook.translate tries these after mt/airports.py.

    >>> translate("Bố tôi nhận lương hưu.", "vi", "en"), translate("My father gets a pension.", "en", "vi")
    ('My father gets a pension.', 'Bố tôi nhận lương hưu.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, be_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import BE_EN, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed, third_person

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hưu)"), "en": lazy(r"(?i:retir|pension)")}
# an age one retires at, in words or digits (mt.ages writes them); one outside these is not read as an age
_YEARS = range(30, 91)
_AGES_VI = {vi_word(n): n for n in _YEARS}
_AGES_EN = {en_word(n): n for n in _YEARS} | {en_word(n).replace("-", " "): n for n in _YEARS}
_N_VI = rf"(?P<n>\d\d|(?i:{alternatives(_AGES_VI)}))(?!\w)"
_N_EN = rf"(?P<n>\d\d|(?i:{alternatives(_AGES_EN)}))(?![\w-])"
_RETIRE = r"(?:nghỉ|về)\s+hưu"
_WHEN = r"(?i:khi\s+nào|bao\s+giờ|lúc\s+nào)"
# what who does of retiring ("" and "đã": done, as a day or an age says it)
_PLANS = {"": "did", "đã": "did", "sẽ": "will", "muốn": "want", "định": "plan", "dự định": "plan", "không muốn": "not",
          "chưa muốn": "not yet"}
_DEGREES = {"rất": "very", "khá": "quite", "hơi": "a bit", "quá": "too"}
_LEVELS = {"thấp": "low", "cao": "high", "ít": "small"}
_DEGREES_VI = {"very": "rất", "quite": "khá", "pretty": "khá", "a bit": "hơi", "too": "quá"}
_LEVELS_VI = {en: vi for vi, en in _LEVELS.items()}

# who retired, will, wants or plans to, early or at an age, or at what age asked ("Cô ấy nghỉ hưu năm 60 tuổi.",
# "Anh ấy muốn nghỉ hưu sớm.", "Bạn muốn nghỉ hưu năm bao nhiêu tuổi?")
_AT = r"năm|lúc|khi|vào\s+năm|vào\s+lúc|ở\s+tuổi|ở\s+độ\s+tuổi"
_RETIRING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<plan>{alternatives(_PLANS.keys() - {''})})\s+)?{_RETIRE}"
                 rf"(?:\s+(?P<early>sớm)|\s+(?P<at>{_AT})\s+(?:{_N_VI}|(?P<how>bao\s+nhiêu|mấy))(?P<years>\s+tuổi)?)?"
                 rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# when who wants or plans to ("Bạn định bao giờ nghỉ hưu?", "Khi nào bạn muốn nghỉ hưu?")
_WHEN_PLANNED = lazy(rf"(?:(?P<when0>{_WHEN})\s+)?{WHO}\s+(?P<plan>muốn|định|dự\s+định)\s+(?:(?P<when1>{_WHEN})\s+)?"
                     rf"{_RETIRE}(?:\s+(?:vào\s+)?(?P<when2>{_WHEN}))?{SOFTENER}\s*\?+")
# who gets, has or lives on a pension ("Bố tôi nhận lương hưu.", "Bạn có nhận lương hưu không?")
_GETS = {"nhận": "get", "lĩnh": "get", "lãnh": "get", "hưởng": "get", "được hưởng": "get", "được nhận": "get",
         "có": "have", "sống bằng": "live on", "sống nhờ": "live on", "sống dựa vào": "live on", "sống vào": "live on"}
_PENSION = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<still>vẫn\s+còn|vẫn|còn)\s+|đang\s+)?"
                rf"(?P<verb>{alternatives(_GETS)})\s+(?:tiền\s+)?lương\s+hưu(?P<monthly>\s+(?:hàng|hằng|mỗi)\s+tháng)?"
                rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# whose pension, enough or how high, or how much ("Lương hưu của tôi không đủ sống.", "Lương hưu của bạn là bao
# nhiêu?")
_WHOSE_PENSION = rf"(?:[Tt]iền\s+)?[Ll]ương\s+hưu\s+(?:của\s+)?{OWNER}\s+"
_ENOUGH = lazy(rf"{_WHOSE_PENSION}(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<enough>đủ\s+(?:để\s+)?sống)|(?:(?P<deg>"
               rf"{alternatives(_DEGREES)})\s+)?(?P<level>{alternatives(_LEVELS)})(?P<post>\s+lắm)?)"
               rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOW_MUCH = lazy(rf"{_WHOSE_PENSION}(?:là\s+|được\s+)?bao\s+nhiêu(?:\s+tiền)?{SOFTENER}\s*\?+")
# the retirement age, in a country or not ("Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?", "… là 60 tuổi.")
_PLACE = alternatives(COUNTRIES)
_AGE_LIMIT = lazy(rf"(?:[Ởở]\s+(?P<place0>{_PLACE})\s*,\s*)?(?:[Đđ]ộ\s+)?[Tt]uổi\s+{_RETIRE}(?:\s+(?:ở|tại)\s+"
                  rf"(?P<place>{_PLACE}))?\s+(?:là\s+)?(?:(?P<how>bao\s+nhiêu|mấy)|{_N_VI})(?:\s+tuổi)?"
                  rf"{SOFTENED_END}")
# who close to, at, or not yet at it ("Bố tôi sắp đến tuổi nghỉ hưu.", "Bố bạn đã đến tuổi nghỉ hưu chưa?")
_REACHED = lazy(rf"{WHO}\s+(?:(?P<aspect>sắp|gần|đã|chưa)\s+)?(?:đến|tới|đủ)\s+tuổi\s+{_RETIRE}(?P<done>\s+rồi)?"
                rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... and in English
_PENSION_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                   r"(?P<still>\s+still)?\s+(?P<verb>gets?|receives?|draws?|has|have|lives?\s+on)\s+(?:an?|"
                   rf"(?P<owner>{alternatives(WHOSE_VI)}))\s+(?P<monthly>monthly\s+)?(?:state\s+)?pension"
                   r"(?P<every>\s+every\s+month)?\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+pension"
_ENOUGH_EN = lazy(rf"(?:(?P<be0>Is)\s+)?{_WHOSE_EN}(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?\s+(?:(?P<enough>enough"
                  rf"\s+to\s+live\s+on)|(?:(?P<deg>{alternatives(_DEGREES_VI)})\s+)?(?P<level>low|high|small))"
                  r"\s*(?P<end>[.!?]*)")
_HOW_MUCH_EN = lazy(rf"(?:How\s+much|What)(?:\s+is|['’]s)\s+{_WHOSE_EN}\s*\?+")
_RETIRING_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:(?P<will>\s+will|['’]ll)|(?P<not>\s+(?:don['’]t|doesn['’]t"
                    rf"|do\s+not|does\s+not))|{BE_EN}\s+going\s+to)?(?:\s+(?P<plan>wants?|plans?)\s+to)?\s+"
                    rf"(?P<verb>retired?)(?:\s+(?P<early>early)|\s+at\s+(?:the\s+age\s+of\s+|age\s+)?{_N_EN})?"
                    r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_AT_WHAT_AGE_EN = lazy(rf"At\s+what\s+age\s+(?P<do>do|does|did|will)\s+{WHO_EN}\s+(?:(?P<plan>want|plan)\s+to\s+)?"
                       r"retire\s*\?+")
_PLACE_EN = rf"(?:\s+in\s+(?P<place>{alternatives(COUNTRIES_VI)}))?"
_AGE_LIMIT_EN = lazy(rf"(?:(?P<ask>What(?:['’]s|\s+is)|How\s+old\s+is)\s+the|The)\s+retirement\s+age{_PLACE_EN}"
                     rf"(?:\s+is\s+{_N_EN}(?:\s+years\s+old)?)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a pension, the retirement age, or retiring early, at an age or as
    planned; None for any other."""
    if src == "vi":
        return (_retiring(text) or _when_planned(text) or _pension(text) or _enough(text) or _age_limit(text) or
                _reached(text))
    return (_pension_vi(text) or _enough_vi(text) or _retiring_vi(text) or _at_what_age_vi(text) or
            _age_limit_vi(text))


def _age(said: str, lang: str) -> str | None:
    """An age of _YEARS said in `lang`, in the other language: "60" as "60", "sáu mươi" as "sixty", "sixty-five" as
    "sáu mươi lăm"; None for one outside _YEARS."""
    said = keyed(said).replace("-", " ")
    n = int(said) if said.isdigit() else (_AGES_VI if lang == "vi" else _AGES_EN)[said]
    if n not in _YEARS:
        return None
    return said if said.isdigit() else en_word(n) if lang == "vi" else vi_word(n)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match with groups "ask" ("có") and "asked" ("không") asks, by its "?"; None where they
    do not agree with it, or "có" is said without "không"."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked else asked


def _retiring(text: str) -> str | None:
    """"Cô ấy nghỉ hưu năm 60 tuổi." as "She retired at 60.", "Anh ấy muốn nghỉ hưu sớm." as "He wants to retire
    early.", "Bạn có muốn nghỉ hưu sớm không?" as "Do you want to retire early?", "Bạn muốn nghỉ hưu năm bao nhiêu
    tuổi?" as "At what age do you want to retire?" (_RETIRING); None for anything else, retiring alone done or ahead
    (mt/work_status.py), "năm 60" without "tuổi" (a year?) and "Bạn có nghỉ hưu sớm không?" (did, or will?)."""
    m = _RETIRING.fullmatch(text)
    if not m:
        return None
    plan = _PLANS[keyed(m["plan"] or "")]
    asked = _asked(m) if not m["how"] else "?" in m["end"] and not (m["asked"] or m["ask"]) or None
    if asked is None or m["at"] and not (m["years"] or "tuổi" in m["at"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    age, want, do = _age(m["n"], "vi") if m["n"] else "", plan in ("want", "plan"), "does" if one else "do"
    if m["how"]:
        return f"At what age {do} {who_} {plan} to retire?" if want else \
            f"At what age {plan} {who_} retire?" if plan in ("did", "will") else None
    tail = " early" if m["early"] else f" at {age}" if age else ""
    if age is None or not (tail or want or plan.startswith("not")) or plan == "not yet" and tail or asked and not want:
        return None
    if asked:
        return f"{do.capitalize()} {who_} {plan} to retire{tail}?"
    verb = {"did": "retired", "will": "will retire"}.get(plan) or \
        (do + "n't want" if plan.startswith("not") else plan + "s" * one) + " to retire"
    return capitalised(contracted(who_, f"{verb}{tail}{' yet' * (plan == 'not yet')}{m['end'] or '.'}"))


def _when_planned(text: str) -> str | None:
    """"Bạn định bao giờ nghỉ hưu?" as "When do you plan to retire?", "Khi nào anh ấy muốn nghỉ hưu?" as "When does
    he want to retire?" (_WHEN_PLANNED); None for anything else, and "when" said twice."""
    m = _WHEN_PLANNED.fullmatch(text)
    if not m or sum(bool(m[g]) for g in ("when0", "when1", "when2")) != 1 or (said := who(m, True)) is None:
        return None
    who_, one = said
    return f"When {'does' if one else 'do'} {who_} {'want' if keyed(m['plan']) == 'muốn' else 'plan'} to retire?"


def _pension(text: str) -> str | None:
    """"Bố tôi nhận lương hưu." as "My father gets a pension.", "Bạn có nhận lương hưu không?" as "Do you get a
    pension?", "Bà tôi sống bằng lương hưu." as "My grandmother lives on a pension." (_PENSION); None for anything
    else."""
    m = _PENSION.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["not"] and asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb = _GETS[keyed(m["verb"])]
    if m["monthly"] and verb != "get":
        return None
    what = f"a pension{' every month' * bool(m['monthly'])}"
    still = " still" if m["still"] else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{still} {verb} {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {what}{m['end'] or '.'}")
    said = third_person(verb) if one else verb
    return capitalised(f"{who_}{still} {said} {what}{m['end'] or '.'}")


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "my mother's"; None for one not read."""
    said = OWNERS[keyed(m["owner"])] if m["owner"] else someone(m["someone"], "vi")
    return said and (said if m["owner"] else f"{said}'s")


def _enough(text: str) -> str | None:
    """"Lương hưu của tôi không đủ sống." as "My pension isn't enough to live on.", "Lương hưu của bà ấy rất thấp."
    as "Her pension is very low." (_ENOUGH), "Lương hưu của bạn là bao nhiêu?" as "How much is your pension?"
    (_HOW_MUCH); None for anything else."""
    if m := _HOW_MUCH.fullmatch(text):
        return (whose := _whose(m)) and f"How much is {whose} pension?"
    m = _ENOUGH.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["not"] and asked or m["deg"] and m["post"] or not (whose := _whose(m)):
        return None
    said = "enough to live on" if m["enough"] else _LEVELS[keyed(m["level"])]
    deg = "very" if m["post"] else _DEGREES.get(keyed(m["deg"] or ""), "")
    said = f"{deg} {said}".strip()
    if asked:
        return f"Is {whose} pension {said}?"
    is_ = "isn't" if m["not"] else "is"
    return capitalised(f"{whose} pension {is_} {said}{m['end'] or '.'}")


def _age_limit(text: str) -> str | None:
    """"Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?" as "What's the retirement age in Vietnam?", "Tuổi nghỉ hưu ở Việt
    Nam là 60 tuổi." as "The retirement age in Vietnam is 60." (_AGE_LIMIT); None for anything else."""
    m = _AGE_LIMIT.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["place0"] and m["place"]:
        return None
    place = m["place0"] or m["place"]
    where = f" in {COUNTRIES[' '.join(place.split())]}" if place else ""
    if m["how"]:
        return f"What's the retirement age{where}?"
    age = _age(m["n"], "vi")
    return age and f"The retirement age{where} is {age}{m['end'] or '.'}"


def _reached(text: str) -> str | None:
    """"Bố tôi sắp đến tuổi nghỉ hưu." as "My father is close to retirement age.", "Bà ấy đã đến tuổi nghỉ hưu." as
    "She's reached retirement age.", "Bố bạn đã đến tuổi nghỉ hưu chưa?" as "Has your father reached retirement age
    yet?" (_REACHED); None for anything else."""
    m = _REACHED.fullmatch(text)
    aspect = keyed(m["aspect"] or "") if m else ""
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or asked and aspect not in ("", "đã") or m["done"] and (
            asked or aspect not in ("", "đã")) or not (aspect or m["done"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    have, end = "has" if one else "have", m["end"] or "."
    if asked:
        return f"{have.capitalize()} {who_} reached retirement age yet?"
    if aspect in ("sắp", "gần"):
        return capitalised(contracted(who_, f"{be(who_)} close to retirement age{end}"))
    if aspect == "chưa":
        return capitalised(f"{who_} {have}n't reached retirement age yet{end}")
    return capitalised(contracted(who_, f"{have} reached retirement age{end}"))



def _pension_vi(text: str) -> str | None:
    """"My father gets a pension." as "Bố tôi nhận lương hưu.", "Do you get a pension?" as "Bạn có nhận lương hưu
    không?", "My grandmother lives on her pension." as "Bà tôi sống bằng lương hưu." (_PENSION_EN); None for anything
    else, where the verb does not agree with who, and whose pension is another's."""
    m = _PENSION_EN.fullmatch(text)
    asked = bool(m and m["do"])
    if not m or asked != ("?" in m["end"]) or m["monthly"] and m["every"]:
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().split())
    base = "have" if verb == "has" else re.sub(r"^(\w+)s\b", r"\1", verb)
    aux = (m["do"] or m["not"] or "").strip().lower()
    if (aux.startswith("does") if aux else verb != base) != one or aux and verb != base or m["still"] and m["not"] \
            or m["owner"] and (base != "live on" or own_thing(m, who_, one) is not True) or \
            (m["monthly"] or m["every"]) and base == "live on":
        return None  # ("She get", "Does she gets", "I live on his pension")
    said = {"have": "có", "live on": "sống bằng"}.get(base, "nhận")
    monthly = " hàng tháng" * bool(m["monthly"] or m["every"])
    if asked:
        ask = "còn " if m["still"] else "có " if said != "có" else ""
        return capitalised(f"{who_} {ask}{said} lương hưu{monthly} không?")
    neg = " không" if m["not"] else " vẫn" if m["still"] else ""
    return capitalised(f"{who_}{neg} {said} lương hưu{monthly}{m['end'] or '.'}")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese: "tôi" for "my", "mẹ tôi" for "my mother's"."""
    return WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")


def _enough_vi(text: str) -> str | None:
    """"My pension isn't enough to live on." as "Lương hưu của tôi không đủ sống.", "Her pension is very low." as
    "Lương hưu của cô ấy rất thấp.", "How much is your pension?" as "Lương hưu của bạn là bao nhiêu?" (_ENOUGH_EN,
    _HOW_MUCH_EN); None for anything else, "is" asking without "?", and a degree asked ("Is it very low?")."""
    if m := _HOW_MUCH_EN.fullmatch(text):
        return (whose := _whose_vi(m)) and f"Lương hưu của {whose} là bao nhiêu?"
    m = _ENOUGH_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    deg = m and (m["deg"] or "").lower()
    if not m or asked != ("?" in m["end"]) or asked == bool(m["be"]) or m["not"] and (asked or not m["be"]) or \
            deg and (asked or m["not"] and deg != "very") or not (whose := _whose_vi(m)):
        return None
    said = "đủ sống" if m["enough"] else _LEVELS_VI[m["level"].lower()]
    if asked:
        return f"Lương hưu của {whose} có {said} không?"
    if m["not"]:
        return f"Lương hưu của {whose} không {said}{' lắm' * bool(deg)}{m['end'] or '.'}"
    return f"Lương hưu của {whose} {f'{_DEGREES_VI[deg]} ' if deg else ''}{said}{m['end'] or '.'}"


def _age_vi(m: re.Match) -> str | None:
    """The age of a match with group "n" in Vietnamese, with "tuổi": "60 tuổi", "sáu mươi tuổi"; "" for none."""
    return f"{age} tuổi" if m["n"] and (age := _age(m["n"], "en")) else None if m["n"] else ""


def _retiring_vi(text: str) -> str | None:
    """"She retired at 60." as "Cô ấy nghỉ hưu năm 60 tuổi.", "He wants to retire early." as "Anh ấy muốn nghỉ hưu
    sớm.", "I don't want to retire yet." as "Tôi chưa muốn nghỉ hưu.", "Do you plan to retire early?" as "Bạn có định
    nghỉ hưu sớm không?" (_RETIRING_EN); None for anything else, retiring alone done or ahead (mt/work_status.py)
    and where the verb does not agree with who."""
    m = _RETIRING_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or (age := _age_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    plan, aux, ahead = (m["plan"] or "").lower(), (m["do"] or m["not"] or "").strip().lower(), m["will"] or m["be"]
    tail = " sớm" if m["early"] else f" {'lúc' if age.startswith('năm') else 'năm'} {age}" if age else ""
    if m["yet"] and (tail or not m["not"]):
        return None
    if plan:  # ("-s" or "does" agreeing with who)
        if (aux.startswith("does") if aux else plan.endswith("s")) != one or aux and plan.endswith("s") or ahead or \
                m["verb"] != "retire":
            return None
        said = "muốn" if plan.startswith("want") else "định"
        if m["do"]:
            return capitalised(f"{who_} có {said} nghỉ hưu{tail} không?")
        neg = ("chưa " if m["yet"] else "không ") if m["not"] else ""
        return capitalised(f"{who_} {neg}{said} nghỉ hưu{tail}{m['end'] or '.'}")
    if not tail or aux or (m["verb"] == "retire") != bool(ahead) or m["be"] and be_said(m["be"]) != be_of(who_, one):
        return None  # ("She retired.", "He'll retire.": mt/work_status.py; "Do you retire early?")
    return capitalised(f"{who_} {'sẽ ' if ahead else 'đã ' * bool(m['early'])}nghỉ hưu{tail}{m['end'] or '.'}")


def _at_what_age_vi(text: str) -> str | None:
    """"At what age do you want to retire?" as "Bạn muốn nghỉ hưu năm bao nhiêu tuổi?", "At what age did he retire?"
    as "Anh ấy nghỉ hưu năm bao nhiêu tuổi?" (_AT_WHAT_AGE_EN); None for anything else, "do" without "want" or "plan"
    and "does" not agreeing with who."""
    m = _AT_WHAT_AGE_EN.fullmatch(text)
    if not m or (m["do"] in ("do", "does")) != bool(m["plan"]):
        return None
    who_, one = who_vi(m)
    if m["plan"] and (m["do"] == "does") != one:
        return None
    said = {"want": "muốn ", "plan": "định ", None: "sẽ " if m["do"] == "will" else ""}[m["plan"]]
    return capitalised(f"{who_} {said}nghỉ hưu năm bao nhiêu tuổi?")


def _age_limit_vi(text: str) -> str | None:
    """"What's the retirement age in Vietnam?" as "Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?", "The retirement age is
    60." as "Tuổi nghỉ hưu là 60 tuổi." (_AGE_LIMIT_EN); None for anything else."""
    m = _AGE_LIMIT_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or bool(m["ask"]) == bool(m["n"]) or (age := _age_vi(m)) is None:
        return None
    where = f" ở {COUNTRIES_VI[' '.join(m['place'].split())]}" if m["place"] else ""
    return f"Tuổi nghỉ hưu{where} là {age or 'bao nhiêu?'}{'.' * bool(age)}"
