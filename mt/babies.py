"""Someone pregnant, expecting a baby or due, and a baby born (a boy, a girl, twins; its weight or name), said or
asked, both ways, written whole by rule. v7 reads "sinh" (to give birth) as being born and "bầu" as an election:
"Chị tôi vừa sinh con trai." → "She was born in my son.", "Cô ấy sinh đôi." → "She was born.", "Vợ tôi sắp sinh." →
"My wife is going to be born.", "Chị tôi dự sinh vào tháng sau." → "My sister was born next month.", "Lan có bầu
rồi." → "Lan has an electoral.", "Khi nào chị sinh?" → "When When is born?", "Chúng tôi sắp có con đầu lòng." → "We're
going to have our head.", "Con trai hay con gái?" → "The son or daughter?"; "My sister just had a baby boy." → "Chị
của tôi chỉ có một cậu bé." (only has a little boy), "She had twins." → "Cô ấy có đôi vợ.", "We're expecting a baby."
→ "Chúng tôi đang mong em bé." (wishing for), "My wife is three months pregnant." → "Vợ tôi là ba tháng mang thai.",
"When is your baby due?" → "Bé của bạn đến khi nào vậy?", "Is it a boy or a girl?" → "Một cậu bé hay một cô gái?".
("Cô ấy đang mang thai." and "She's pregnant." v7 writes well; they are taken with the rest.)

Taken: someone pregnant (for so many months or weeks, with twins), or not, or asked whether or how far along;
expecting a baby (their first, second), or due (soon, in a month, a day that mt.free_time.when reads); a baby born or
due ("Em bé sẽ chào đời vào tháng Năm."); someone who just had, had or has had a baby (BABIES: a boy, a girl, twins,
triplets), with its weight in kilograms or its name (one of mt.names' given names); asked when one is due and whether
it is a boy or a girl. Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone
only asking); one a man by his word ("anh ấy", "chồng tôi", "he": mt.terms.his_her) is not pregnant, due or giving
birth, and such a sentence is left to the model. Left to it too: congratulations (mt.phrasebook's phrases), someone's
own birth ("Mẹ tôi sinh tôi vào năm 1990."), a weight in pounds, a time that is not read, and anything else.
mt.phrasebook.translate tries these after mt/matches.py.

    >>> translate("Chị tôi vừa sinh con trai.", "vi", "en"), translate("We're having a baby.", "en", "vi")
    ('My sister just had a baby boy.', 'Chúng tôi sắp có em bé.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, VI_MONTH_WORDS, near_days
from .free_time import OPENS, placed, when
from .hobbies import SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN_AFTER_KIN, GIVEN_EN
from .numbers import EN_NUMBER_WORDS, EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN, restyled
from .rule_keys import agreement_checked
from .tense import BEHIND
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_MONTHS, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised,
                   contracted, keyed, strip_marks)
from .weight import KILOS

# the baby or babies had, and how English says them (the first Vietnamese of each is written back): "sinh đôi", "sinh
# ba" are twins and triplets
BABIES = {"con": "a baby", "em bé": "a baby", "một em bé": "a baby", "con trai": "a baby boy", "bé trai": "a baby boy",
          "một bé trai": "a baby boy", "một cậu con trai": "a baby boy", "con gái": "a baby girl",
          "bé gái": "a baby girl", "một bé gái": "a baby girl", "một cô con gái": "a baby girl", "đôi": "twins",
          "ba": "triplets"}
BABIES_VI = {en: vi for vi, en in reversed(BABIES.items())} | {
    "a boy": "con trai", "a son": "con trai", "a baby son": "con trai", "a girl": "con gái", "a daughter": "con gái",
    "a baby daughter": "con gái"}
_ONE_BABY = {"con", "con trai", "con gái", "em bé"}  # (as BABIES_VI writes them: a weight or a name is of one)
# which baby one is expecting ("con đầu lòng", our first), and back
NTH = {"đầu lòng": "first", "thứ hai": "second", "thứ ba": "third"}
NTH_VI = {en: vi for vi, en in NTH.items()}
# days near this one that mt.free_time.when leaves (a baby due next month, born last week)
NEAR = near_days("tháng sau", "tháng tới", "tuần tới", "tuần trước", "tháng trước")

_BEARER = rf"(?P<bearer>{WHO})"
_DAY = rf"(?P<day>{OPENS}[^,.!?]*?)"  # (as mt.free_time reads one: "vào tháng Năm", "tuần sau")
# pregnant: said, denied ("không", "chưa"), asked ("có … không", "… à?") or asked how far along ("mấy tháng")
_PREGNANT = lazy(rf"{_BEARER}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+(?:đang\s+)?|(?:đang|đã)\s+)?"
                 r"(?P<verb>mang\s+thai|có\s+thai|có\s+bầu|mang\s+bầu)(?:\s+(?P<twins>đôi|ba))?"
                 rf"(?:\s+(?:được\s+)?(?:(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))|(?P<many>mấy))\s+"
                 r"(?P<unit>tháng|tuần))?(?:\s+rồi)?(?:\s+(?P<asked>không|chưa|à|hả))?"
                 rf"{SOFTENED_END}")
# expecting a baby ("sắp có em bé", "sắp có con đầu lòng", "sắp có một cặp sinh đôi"), or asked ("… phải không?");
# which one read first ("con thứ hai": a second baby, not a baby on Monday)
_EXPECTING = lazy(rf"{_BEARER}\s+(?P<will>sắp|sẽ)\s+(?:có|đón)\s+(?:(?:em\s+bé|con|đứa\s+con)\s+"
                  rf"(?P<nth>{alternatives(NTH)})|(?P<baby>em\s+bé|con)|(?P<twins>(?:một\s+)?cặp\s+(?:sinh\s+đôi|"
                  r"song\s+sinh)))"
                  rf"(?:\s+{_DAY})?(?:\s+rồi)?(?:\s+(?P<asked>à|hả|phải\s+không))?{SOFTENED_END}")
# due, said of the mother ("Vợ tôi sắp sinh.", "Chị tôi dự sinh vào tháng sau.") or of the baby ("Em bé sẽ chào đời
# vào tháng Năm."), or a baby born ("Em bé đã chào đời hôm qua.")
_BABY = r"(?P<baby>(?i:em\s+bé|bé|cháu\s+bé))"
_BABY_OF = rf"{_BABY}(?:\s+của\s+{_BEARER})?"  # ("Em bé của chị tôi": my sister's baby)
_DUE = [lazy(rf"{_BEARER}\s+(?:(?P<soon>sắp)\s+sinh(?:\s+(?:em\s+bé|con))?|(?:sẽ|dự|dự\s+kiến(?:\s+sẽ)?)\s+sinh"
             rf"(?:\s+(?:em\s+bé|con))?\s+{_DAY})(?:\s+rồi)?(?:\s+(?:ạ|nhé))?\s*(?P<end>[.!]*)"),
        lazy(rf"{_BABY_OF}\s+(?:(?P<soon>sắp)\s+(?:chào|ra)\s+đời|(?:(?P<will>sẽ|dự\s+kiến"
             r"(?:\s+sẽ)?)\s+(?:chào|ra)\s+đời|(?P<due>dự\s+sinh)|(?:(?P<did>đã|vừa|mới)\s+)?(?:chào|ra)\s+đời)"
             rf"\s+{_DAY})(?:\s+rồi)?\s*(?P<end>[.!]*)")]
# when, asked: "khi nào", "bao giờ" first (what is to come; after the verb they ask what was: "Chị sinh khi nào?", when
# were you born), or after "dự sinh"
_WHEN_VI = r"(?:[Kk]hi\s+nào|[Bb]ao\s+giờ)"
_ASKED_WHEN = r"(?:vào\s+)?(?:khi\s+nào|bao\s+giờ|ngày\s+nào|lúc\s+nào|hôm\s+nào|tháng\s+mấy)"
_DUE_ASKED = [lazy(rf"{_WHEN_VI}\s+{_BEARER}\s+(?:sẽ\s+)?(?:dự\s+sinh|sinh|đẻ)(?:\s+(?:em\s+bé|con))?"
                   rf"{SOFTENER}\s*\?+"),
              lazy(rf"{_WHEN_VI}\s+{_BABY_OF}\s+(?:sẽ\s+)?(?:chào|ra)\s+đời{SOFTENER}\s*\?+"),
              lazy(rf"{_BEARER}\s+dự\s+sinh\s+{_ASKED_WHEN}{SOFTENER}\s*\?+"),
              lazy(rf"{_BABY_OF}\s+(?:dự\s+sinh|sẽ\s+chào\s+đời)\s+{_ASKED_WHEN}{SOFTENER}\s*\?+")]
# a baby had: just ("vừa", "mới"), had ("đã", or nothing said), has had ("rồi"); its weight ("nặng 3,2 kg") or name
_WEIGHT = rf"(?P<kg>[1-6](?:[.,]\d{{1,2}})?)\s?(?:{alternatives(KILOS)})(?:\s?gam)?"  # (mt.weight's units)
_BIRTH = lazy(rf"{_BEARER}\s+(?:(?P<did>vừa\s+mới|vừa|mới|đã)\s+)?(?:sinh|đẻ|hạ\s+sinh)(?:\s+được)?"
              rf"(?:\s+(?P<baby>{alternatives(BABIES)}))?(?:\s+nặng\s+{_WEIGHT})?(?:\s*,?\s+(?:(?:bé|cháu)\s+)?"
              rf"(?:đặt\s+)?tên\s+(?:là\s+)?(?P<name>{alternatives(GIVEN_AFTER_KIN)}))?(?:\s+(?P<done>rồi))?"
              r"(?:\s+(?:ạ|nhé))?\s*(?P<end>[.!]*)")
# a boy or a girl, asked ("Con trai hay con gái?", "Chị sinh con trai hay con gái?") or said ("Là con trai.")
_BOY_OR_GIRL = r"(?i:con|bé)\s+trai\s+hay\s+(?:con|bé)\s+gái"
_WHICH = [lazy(rf"(?:{_BABY}\s+(?:là\s+)?|[Ll]à\s+)?{_BOY_OR_GIRL}{SOFTENER}\s*\?+"),
          lazy(rf"{_BEARER}\s+(?:(?:đã|vừa|mới)\s+)?sinh\s+{_BOY_OR_GIRL}{SOFTENER}\s*\?+")]
_IT_IS = lazy(rf"(?:{_BABY}\s+là|[Ll]à)\s+(?:một\s+)?(?:con|bé)\s+(?P<sex>trai|gái)\s*(?P<end>[.!]*)")

# ... and in English: who, with "is" after or before them
_BEARER_EN = rf"(?P<bearer>{WHO_EN})"
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"
_PREGNANT_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{_BEARER_EN}(?:{BE_EN}(?:\s+(?P<not>not)|(?P<nt>n['’]t))?)?"
                    rf"(?:\s+{_N_EN}\s+(?P<unit>months?|weeks?))?\s+pregnant(?:\s+with\s+(?P<twins>twins|"
                    r"triplets))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HOW_FAR_EN = lazy(rf"How\s+(?:many\s+(?P<unit>months|weeks)\s+pregnant|far\s+along)\s+(?P<be>is|am|are)\s+"
                   rf"{_BEARER_EN}\s*\?+")
_EXPECTING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{_BEARER_EN}(?:{BE_EN})?\s+(?P<verb>having|expecting)"
                     rf"(?:\s+(?:(?P<baby>a\s+baby)|(?P<of>{WHOSE_WORDS})\s+"
                     rf"(?P<nth>{alternatives(NTH_VI)})\s+(?:baby|child)|(?P<twins>twins)))?"
                     r"(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
_BABY_EN = rf"(?:(?P<the>[Tt]he)|(?P<of>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+baby"
_DUE_EN = [lazy(rf"{_BEARER_EN}{BE_EN}\s+due\s+(?:(?P<soon>soon|any\s+day\s+now)|(?P<day>[^,.!?]+?))"
                r"\s*(?P<end>[.!]*)"),
           lazy(rf"{_BABY_EN}(?:(?P<be>\s+is|['’]s)\s+due|\s+(?P<born>was\s+born))\s+(?:(?P<soon>soon|any\s+day"
                r"\s+now)|(?P<day>[^,.!?]+?))\s*(?P<end>[.!]*)")]
_DUE_ASKED_EN = [lazy(rf"When\s+(?P<be>is|am|are)\s+{_BEARER_EN}\s+due\s*\?+"),
                 lazy(rf"When(?:['’]s|\s+is)\s+{_BABY_EN}\s+due\s*\?+")]
_BABIES_EN = alternatives(BABIES_VI)
_BIRTH_EN = lazy(rf"{_BEARER_EN}(?P<has>\s+has|\s+have|['’]s|['’]ve)?\s+(?:(?P<just>just)\s+)?"
                 rf"(?:had\s+(?P<baby>{_BABIES_EN})|(?P<gave>gave|given)\s+birth(?:\s+to\s+(?P<baby2>"
                 rf"{_BABIES_EN}))?)(?:\s+weighing\s+(?P<kg>[1-6](?:\.\d{{1,2}})?)\s?(?:kg|kilos?|kilograms?))?"
                 rf"(?:\s*,?\s+(?:named|called)\s+(?P<name>{alternatives(GIVEN_EN)}))?\s*(?P<end>[.!]*)")
_WHICH_EN = [lazy(r"Is\s+(?:it|(?P<baby>the\s+baby))\s+a\s+boy\s+or\s+a\s+girl\s*\?+"),
             lazy(rf"Did\s+{_BEARER_EN}\s+have\s+a\s+boy\s+or\s+a\s+girl\s*\?+")]
_IT_IS_EN = lazy(r"(?:It['’]s|It\s+is|(?P<baby>The\s+baby)\s+is)\s+a\s+(?P<sex>boy|girl)\s*(?P<end>[.!]*)")
_MONTH = lazy(rf"(?:vào\s+)?tháng\s+(?:(?P<m>\d{{1,2}})|(?P<w>{alternatives(VI_MONTH_WORDS)}))", re.IGNORECASE)
_MONTH_EN = lazy(rf"in\s+(?P<month>{'|'.join(EN_MONTHS)})")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that someone is pregnant, expecting or due, or has had a
    baby; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return (_pregnant(text) or _expecting(text) or _due(text) or _due_asked(text) or _birth(text)
                or _which(text))
    if (src, tgt) == ("en", "vi"):
        return (_pregnant_vi(text) or _expecting_vi(text) or _due_vi(text) or _due_asked_vi(text) or _birth_vi(text)
                or _which_vi(text))
    return None


def bears(said: str) -> bool:
    """Whether someone said in Vietnamese ("chị tôi", "Lan", "bạn") may be the one pregnant or giving birth: not one
    called a man ("anh ấy", "chồng tôi", "Bác Hùng": mt.terms.his_her)."""
    return his_her(said) != "his"


def day_said(said: str, src: str) -> str | None:
    """When a baby is due or was born, in the other language: a month ("vào tháng Năm", "tháng 5" → "in May"; "in
    May" → "vào tháng 5"), a day mt.free_time.when reads, or one of NEAR ("tháng sau" → "next month"; "vào ngày 5
    tháng 3" → "on March 5"); None for anything else."""
    if src == "vi" and (m := _MONTH.fullmatch(said)):
        month = int(m["m"]) if m["m"] else VI_MONTH_WORDS[keyed(m["w"])]
        return f"in {EN_MONTHS[month - 1]}" if 1 <= month <= 12 else None
    if src == "en" and (m := _MONTH_EN.fullmatch(said)):
        return f"vào tháng {EN_MONTHS.index(m['month']) + 1}"
    day = when(said, src, NEAR)
    if day and day.split()[0] in EN_MONTHS:  # ("ngày 5 tháng 3" without "vào": "March 5")
        return f"on {day}"
    return day or None


def _whose(who_: str) -> str:
    """Whose, of who in English: "my" of "I", "my sister's" of "my sister"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _count(n: str, lang: str) -> int:
    """A count said in digits or words ("ba", "three", "20") as a number."""
    return int(n) if n.isdigit() else (VI_NUMBER_WORDS if lang == "vi" else EN_NUMBER_WORDS).index(n.lower())


def _pregnant(text: str) -> str | None:
    """"Cô ấy đang mang thai." as "She's pregnant.", "Vợ tôi có thai được ba tháng." as "My wife is three months
    pregnant.", "Bạn có đang mang thai không?" as "Are you pregnant?", "Chị mang thai được mấy tháng rồi?" as "How many
    months pregnant are you?" (_PREGNANT); None for anything else."""
    m = _PREGNANT.fullmatch(text)
    asking = bool(m and (m["asked"] or m["many"]))
    if not m or asking != ("?" in m["end"]) or m["ask"] and (not m["asked"] or m["verb"].startswith("có")) or (
            m["not"] and asking) or m["many"] and m["asked"] or not bears(m["bearer"]):
        return None
    said = who(m, asking)
    if said is None or m["n"] and _count(m["n"], "vi") > (9 if m["unit"] == "tháng" else 42):
        return None
    who_ = said[0]
    unit = "month" if m["unit"] == "tháng" else "week"
    if m["many"]:
        return f"How many {unit}s pregnant {be(who_)} {who_}?"
    n = VI_TO_EN.get(keyed(m["n"] or ""), m["n"])
    pregnant = f"{n} {unit}{'s' * (_count(m['n'], 'vi') != 1)} pregnant" if n else "pregnant"
    pregnant += f" with {BABIES[m['twins']]}" if m["twins"] else ""
    yet = " yet" if "chưa" in (m["not"], m["asked"]) else ""
    if asking:
        return f"{be(who_).capitalize()} {who_} {pregnant}{yet}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {pregnant}{yet}{m['end'] or '.'}"))


def _expecting(text: str) -> str | None:
    """"Chúng tôi sắp có em bé." as "We're having a baby.", "… có con đầu lòng" as "… having our first baby",
    "Bạn sắp có em bé à?" as "Are you having a baby?" (_EXPECTING); None for anything else, and for whose first baby
    English cannot say ("Lan": his or hers)."""
    m = _EXPECTING.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or not (said := who(m, bool(m["asked"]))):
        return None
    who_ = said[0]
    day = day_said(m["day"], "vi") if m["day"] else ""
    if day is None or BEHIND.match(day):
        return None
    if m["nth"]:
        whose = EN_WHOSE.get(who_) or his_her(m["bearer"])
        if whose is None:
            return None
        baby = f"{whose} {NTH[keyed(m['nth'])]} baby"
    else:
        baby = "twins" if m["twins"] else "a baby"
    day = f" {day}" if day else ""
    if m["asked"]:
        return f"{be(who_).capitalize()} {who_} having {baby}{day}?"
    return capitalised(contracted(who_, f"{be(who_)} having {baby}{day}{m['end'] or '.'}"))


def _due(text: str) -> str | None:
    """"Vợ tôi sắp sinh." as "My wife is due soon.", "Chị tôi dự sinh vào tháng sau." as "My sister is due next
    month.", "Em bé sẽ chào đời vào tháng Năm." as "The baby is due in May.", "Em bé đã chào đời hôm qua." as "The baby
    was born yesterday." (_DUE); None for anything else, and where the time and the tense disagree."""
    m = next((m for p in _DUE if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    found = m.groupdict()
    baby = found.get("baby")
    if m["bearer"]:
        said = who(m, False)
        if said is None or not (baby or bears(m["bearer"])):
            return None
    day = "soon" if m["soon"] else day_said(m["day"], "vi")
    if day is None:
        return None
    # a baby born: said so ("đã", "vừa") or by a time past; due: said so ("sẽ", "dự sinh", "sắp"), and a mother always
    due = not baby or bool(m["soon"] or found.get("will") or found.get("due"))
    born = bool(found.get("did")) or not due and bool(BEHIND.match(day))
    if not (due or born) or born and AHEAD.match(day) or not born and BEHIND.match(day):
        return None
    if not baby:
        return capitalised(contracted(said[0], f"{be(said[0])} due {day}{m['end'] or '.'}"))
    whose = _whose(said[0]) if m["bearer"] else "the"
    return capitalised(f"{whose} baby {'was born' if born else 'is due'} {day}{m['end'] or '.'}")


def _due_asked(text: str) -> str | None:
    """"Khi nào chị sinh?" as "When is your baby due?", "Khi nào em bé chào đời?" as "When is the baby due?"
    (_DUE_ASKED); None for anything else."""
    m = next((m for p in _DUE_ASKED if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    baby = m.groupdict().get("baby")
    if not m["bearer"]:
        return "When is the baby due?"
    said = who(m, True)
    if said is None or not (baby or bears(m["bearer"])):
        return None
    return f"When is {_whose(said[0])} baby due?"


def _birth(text: str) -> str | None:
    """"Chị tôi vừa sinh con trai." as "My sister just had a baby boy.", "Cô ấy sinh đôi." as "She had twins.", "Vợ
    tôi vừa sinh một bé gái nặng 3,2 kg." as "My wife just had a baby girl weighing 3.2 kg.", "… con gái, tên là Mai"
    as "… a baby girl named Mai", "Vợ tôi sinh rồi." as "My wife has given birth." (_BIRTH); None for anything else,
    and for a weight and a name both said."""
    m = _BIRTH.fullmatch(text)
    if not m or not (m["baby"] or m["did"] or m["done"]) or not bears(m["bearer"]) or not (said := who(m, False)):
        return None
    baby = BABIES[keyed(m["baby"])] if m["baby"] else ""
    if (m["kg"] or m["name"]) and (baby not in ("a baby", "a baby boy", "a baby girl") or m["kg"] and m["name"]):
        return None
    who_, one = said
    just = keyed(m["did"] or "") in ("vừa", "mới", "vừa mới")
    if just or not m["done"]:
        did = f"{'just ' * just}{'had' if baby else 'gave birth'}"
    else:
        did = f"{'has' if one else 'have'} {'had' if baby else 'given birth'}"
    more = f" weighing {restyled(m['kg'], 'en')} kg" if m["kg"] else f" named {strip_marks(m['name'])}" if m[
        "name"] else ""
    return capitalised(contracted(who_, f"{did}{' ' * bool(baby)}{baby}{more}{m['end'] or '.'}"))


def _which(text: str) -> str | None:
    """"Con trai hay con gái?" as "Is it a boy or a girl?", "Chị sinh con trai hay con gái?" as "Did you have a boy
    or a girl?" (_WHICH), "Là con trai." as "It's a boy." (_IT_IS); None for anything else."""
    if m := _IT_IS.fullmatch(text):
        said = "The baby is" if m["baby"] else "It's"
        return f"{said} a {'boy' if m['sex'] == 'trai' else 'girl'}{m['end'] or '.'}"
    m = next((m for p in _WHICH if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    if m.re == _WHICH[0]:
        return f"Is {'the baby' if m['baby'] else 'it'} a boy or a girl?"
    said = who(m, True)
    return said and bears(m["bearer"]) and f"Did {said[0]} have a boy or a girl?" or None


def _agrees(m: re.Match, bearer: str, one: bool) -> bool:
    """Whether "is", "am" or "are" (before who or after it: groups be0, be) agrees with who (in Vietnamese, `one` as
    mt.hobbies.who_vi gives it)."""
    said = m.groupdict().get("be0") or m["be"]
    return said is None or be_said(said) == be_of(bearer, one)


def _pregnant_vi(text: str) -> str | None:
    """"She's pregnant." as "Cô ấy đang mang thai.", "My wife is three months pregnant." as "Vợ tôi có thai được ba
    tháng.", "Are you pregnant?" as "Bạn có đang mang thai không?" (_PREGNANT_EN), "How far along are you?" as "Bạn
    mang thai được mấy tháng rồi?" (_HOW_FAR_EN); None for anything else, and where "is" does not agree with who."""
    if m := _HOW_FAR_EN.fullmatch(text):
        bearer, one = who_vi(m)
        if not _agrees(m, bearer, one) or not bears(bearer):
            return None
        return capitalised(f"{bearer} mang thai được mấy {'tuần' if m['unit'] == 'weeks' else 'tháng'} rồi?")
    m = _PREGNANT_EN.fullmatch(text)
    not_ = bool(m and (m["not"] or m["nt"]))
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["yet"] and not (
            m["be0"] or not_) or m["be0"] and (not_ or m["n"]):
        return None
    bearer, one = who_vi(m)
    if not _agrees(m, bearer, one) or not bears(bearer):
        return None
    n = m["n"] and _count(m["n"], "en")
    if n is not None and (n > (9 if m["unit"].startswith("month") else 42) or m["unit"].endswith("s") != (n != 1)):
        return None
    twins = f" {BABIES_VI[m['twins']]}" if m["twins"] else ""
    if m["be0"]:
        return capitalised(f"{bearer} đã có thai chưa?" if m["yet"] else f"{bearer} có đang mang thai{twins} không?")
    if not_:
        return capitalised(f"{bearer} {'chưa có thai' if m['yet'] else 'không mang thai'}{m['end'] or '.'}")
    if n:
        said = f"{'mang thai' + twins if twins else 'có thai'} được {EN_TO_VI.get(m['n'].lower(), m['n'])} " + (
            "tháng" if m["unit"].startswith("month") else "tuần")
        return capitalised(f"{bearer} {said}{m['end'] or '.'}")
    return capitalised(f"{bearer} đang mang thai{twins}{m['end'] or '.'}")


def _expecting_vi(text: str) -> str | None:
    """"We're having a baby." and "We're expecting." as "Chúng tôi sắp có em bé.", "… our first baby" as "… con đầu
    lòng", "… in May" as "Chúng tôi sẽ có em bé vào tháng 5." (_EXPECTING_EN); None for anything else, and where
    "is" or whose first baby does not agree with who."""
    m = _EXPECTING_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or (
            not (m["baby"] or m["nth"] or m["twins"]) and (m["verb"] == "having" or m["day"])):
        return None
    bearer, one = who_vi(m)
    if not _agrees(m, bearer, one) or m["of"] and m["of"] != _whose_en(m, bearer):
        return None
    day = day_said(m["day"], "en") if m["day"] else ""
    if day is None or day and (m["be0"] or BEHIND.match(m["day"])):
        return None
    baby = f"con {NTH_VI[m['nth']]}" if m["nth"] else "một cặp sinh đôi" if m["twins"] else "em bé"
    if m["be0"]:
        return capitalised(f"{bearer} sắp có {baby} phải không?")
    if day:
        return placed(f"{bearer} sẽ có {baby}", day, m["end"] or ".")
    return capitalised(f"{bearer} sắp có {baby}{m['end'] or '.'}")


def _whose_en(m: re.Match, bearer: str) -> str | None:
    """Whose, in English, of who in a match of WHO_EN ("our" of "we"; "her" of "my sister" by its Vietnamese,
    `bearer`); None for one by name (either)."""
    if m["who"]:
        return EN_WHOSE[m["who"] if m["who"] == "I" else m["who"].lower()]
    return his_her(bearer) or (m["of"] if m["of"] in ("his", "her") else None)


def _due_vi(text: str) -> str | None:
    """"My sister is due next month." as "Em gái tôi dự sinh vào tháng sau.", "She's due soon." as "Cô ấy sắp
    sinh.", "The baby is due in May." as "Em bé sẽ chào đời vào tháng 5.", "The baby was born yesterday." as "Hôm qua
    em bé chào đời." (_DUE_EN); None for anything else, and where the time and the tense disagree."""
    m = next((m for p in _DUE_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    found = m.groupdict()
    born = bool(found.get("born"))
    day = "" if m["soon"] else day_said(m["day"], "en")
    if day is None or born and (m["soon"] or AHEAD.match(m["day"])) or not born and m["day"] and BEHIND.match(
            m["day"]):
        return None
    if found.get("bearer"):
        bearer, one = who_vi(m)
        if not _agrees(m, bearer, one) or not bears(bearer):
            return None
        return placed(f"{bearer} {'sắp sinh' if m['soon'] else 'dự sinh'}", day, m["end"] or ".")
    whose = WHOSE_VI[m["of"].lower()] if m["of"] else someone(m["someone"], "en") if m["someone"] else ""
    if whose is None:
        return None
    baby = f"em bé của {whose}" if whose else "em bé"
    return placed(f"{baby} {'sắp chào đời' if m['soon'] else 'chào đời' if born else 'sẽ chào đời'}", day,
                  m["end"] or ".")


def _due_asked_vi(text: str) -> str | None:
    """"When is your baby due?" and "When are you due?" as "Khi nào bạn sinh?", "When is the baby due?" as "Khi nào
    em bé chào đời?" (_DUE_ASKED_EN); None for anything else, and where "is" does not agree with who."""
    m = next((m for p in _DUE_ASKED_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    if m.re == _DUE_ASKED_EN[0]:
        bearer, one = who_vi(m)
        if not _agrees(m, bearer, one) or not bears(bearer):
            return None
        return capitalised(f"Khi nào {bearer} sinh?")
    whose = WHOSE_VI[m["of"].lower()] if m["of"] else someone(m["someone"], "en") if m["someone"] else ""
    if whose is None:
        return None
    if not whose:
        return "Khi nào em bé chào đời?"
    return f"Khi nào {whose} sinh?" if bears(whose) else f"Khi nào em bé của {whose} chào đời?"


def _birth_vi(text: str) -> str | None:
    """"My sister just had a baby boy." as "Em gái tôi vừa sinh con trai.", "She had twins." as "Cô ấy sinh đôi.",
    "She's had a baby girl weighing 3.2 kg." as "Cô ấy đã sinh con gái nặng 3,2 kg.", "She just gave birth." as "Cô
    ấy vừa sinh." (_BIRTH_EN); None for anything else, and where "has" does not agree with who."""
    m = _BIRTH_EN.fullmatch(text)
    if not m or m["gave"] == "gave" and m["has"] or m["gave"] == "given" and not m["has"]:
        return None
    bearer, one = who_vi(m)
    has = keyed(m["has"] or "").replace("’", "'")
    if has and has not in (("has", "'s") if one else ("have", "'ve")) or not bears(bearer):
        return None
    baby = BABIES_VI.get(keyed(m["baby"] or m["baby2"] or ""), "")
    if (m["kg"] or m["name"]) and (baby not in _ONE_BABY or m["kg"] and m["name"]):
        return None
    did = "vừa " if m["just"] else "đã " if has or not baby else ""
    more = f" nặng {restyled(m['kg'], 'vi')} kg" if m["kg"] else f", tên là {m['name']}" if m["name"] else ""
    return capitalised(f"{bearer} {did}sinh{' ' * bool(baby)}{baby}{more}{m['end'] or '.'}")


def _which_vi(text: str) -> str | None:
    """"Is it a boy or a girl?" as "Con trai hay con gái?", "Did she have a boy or a girl?" as "Cô ấy sinh con trai
    hay con gái?" (_WHICH_EN), "It's a boy." as "Là con trai." (_IT_IS_EN); None for anything else."""
    if m := _IT_IS_EN.fullmatch(text):
        return f"{'Em bé là' if m['baby'] else 'Là'} con {'trai' if m['sex'] == 'boy' else 'gái'}{m['end'] or '.'}"
    m = next((m for p in _WHICH_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    if m.re == _WHICH_EN[0]:
        return "Em bé là con trai hay con gái?" if m["baby"] else "Con trai hay con gái?"
    bearer, _ = who_vi(m)
    return capitalised(f"{bearer} sinh con trai hay con gái?") if bears(bearer) else None
