"""Someone's weight going up or down, a diet, and losing or gaining weight wanted or tried, said or asked, both ways,
written whole by rule. v7 reads "cân" (kilos, weight) as a balance and "ăn kiêng" as eating a patient: "Tôi đã giảm
được 5 cân." → "I've lost five balances.", "Tôi đang cố giảm cân." → "I'm trying to balance.", "Tôi đang ăn kiêng." →
"I'm eating patient.", "Dạo này anh ấy tăng cân." → "This rice is weight gain.", "Bạn gầy đi đấy." → "You're gone.",
"Bạn đã giảm được bao nhiêu cân?" → "How many weights do you have been lost?", "Mẹ tôi đã tăng 2 ký." → "My mother has
risen two signs."; and back, "I've put on weight." → "Tôi đã cân nặng." (I weighed), "I'm on a diet." → "Tôi đang ở
chế độ ăn uống.", "I'm trying to lose weight." → "Tôi đang cố mất cân." ("mất", lost as a wallet is), "He's been
putting on weight lately." → "Ông ta đang tập trung vào trọng lượng cuối cùng.", "My father doesn't want to put on
weight." → "Cha tôi không muốn giảm cân." (to lose it), "What's your weight?" → "Độ cân của bạn là gì?".

Taken: weight put on or lost ("tăng cân", "lên cân", "giảm cân", "xuống cân", "sụt cân"; "I've put on weight", "I've
lost 5 kilos") or not, how much asked ("Bạn đã giảm được bao nhiêu cân?"), lately (mt.sleep.WHEN_SLEPT's) or this
week or month (mt.free_time.when); thinner or fatter ("Bạn gầy đi đấy.", "Anh ấy béo lên."; "Trông bạn gầy đi.", you
look thinner, but not fatter: a look is a remark); on a diet ("ăn kiêng"); trying, wanting, needing or having to lose
or gain weight or a number of kilos (AIMS); and how much someone named weighs ("Lan nặng 50 cân.", "How much do you
weigh?"; who else weighs what is mt.people's). Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name).
Kilos are "cân", "ký", "kí", "ki-lô" and "kg" (kept as "kg", as mt.amounts keeps it), up to ten in words or in digits,
"nửa" (half) and "rưỡi" (and a half). Left to the model: a weight gone from one number to another, a day gone by
("tháng trước", which mt.free_time.when does not read), advice ("Bạn nên giảm cân."), and anything else.
mt.phrasebook.translate tries these after mt/babies.py.

    >>> translate("Tôi đã giảm được 5 cân.", "vi", "en"), translate("I'm on a diet.", "en", "vi")
    ("I've lost 5 kilos.", 'Tôi đang ăn kiêng.')
"""
from __future__ import annotations

import re

from .free_time import OPENS, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN, restyled
from .rule_keys import agreement_checked
from .sleep import WHEN_SLEPT, WHEN_SLEPT_VI
from .spans import ABOUT
from .tense import said_of_one
from .terms import WHOSE_VI
from .text import alternatives, be, capitalised, contracted, keyed, stop

# lately, as weight comes and goes (mt.sleep's, and weeks and months); said back the first way
LATELY = {vi: en for vi, en in WHEN_SLEPT.items() if en == "lately"} | {"mấy tuần nay": "lately",
                                                                          "mấy tháng nay": "lately"}
LATELY_VI = {en: vi for en, vi in WHEN_SLEPT_VI.items() if en != "last night"}
# ... and the days mt.free_time.when reads that a weight is put on or lost in so far ("Tháng này …")
_SO_FAR = {"this week", "this month"}
# words for a kilo (and "kg", kept as it is)
KILOS = ("cân", "ký", "kí", "kilô", "kilo", "ki-lô", "ki lô", "kg")
_UNIT = rf"(?:{alternatives(KILOS)})"
# kilos said (groups half_kilo, n, unit, half; read by kilos_en), public for mt/newborns.py's baby weights
KILOS_SAID = (rf"(?:(?P<half_kilo>nửa)\s+{_UNIT}|(?P<n>\d{{1,3}}(?:[.,]\d)?|(?i:{alternatives(VI_TO_EN)}))\s*"
              rf"(?P<unit>{alternatives(KILOS)})(?:\s+(?P<half>rưỡi))?)")
_HOW = rf"(?P<how>bao\s+nhiêu|mấy)\s+{_UNIT}"  # asked ("bao nhiêu cân": how much weight; "mấy cân": how many kilos)
_LATE = rf"(?i:{alternatives(LATELY)})"
_TIME = rf"(?:{_LATE}|{OPENS}[^,.!?]*?)"
_GAIN = {"tăng": True, "lên": True, "giảm": False, "xuống": False, "sụt": False}
# weight put on or lost ("Tôi tăng cân.", "Dạo này anh ấy tăng cân.", "Tôi đã giảm được 5 cân.", "Bạn có tăng cân
# không?", "Bạn đã giảm được bao nhiêu cân?", "Tôi chưa giảm được cân nào.")
_CHANGED = lazy(rf"(?:(?P<when0>{_TIME})\s*,?\s+)?{WHO}\s+(?:(?P<when1>{_LATE})\s+)?"
                r"(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+)?(?:(?P<tense>đã|đang|vừa|mới)\s+)?(?:bị\s+)?"
                rf"(?P<verb>{alternatives(_GAIN)})\s+(?:(?P<got>được)\s+)?"
                r"(?:(?P<weight>cân)(?:\s+(?P<any>nào))?(?:\s+(?P<much>nhiều)(?:\s+(?:quá|lắm))?)?|"
                rf"(?P<much2>nhiều)\s+cân|{KILOS_SAID}|{_HOW})(?:\s+(?P<asked>không))?(?:\s+rồi)?"
                rf"(?:\s+(?P<when2>{_TIME}))?(?:\s+(?:đấy|đó|ạ|nhỉ|vậy|thế))?\s*(?P<end>[.!?]*)")
# thinner or fatter ("Bạn gầy đi đấy.", "Anh ấy béo lên nhiều.", "Trông bạn gầy đi.", "Tôi có béo lên không?")
_LOOKS = lazy(rf"(?:(?P<look>[Tt]rông|[Nn]hìn)\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<look2>trông)\s+)?"
              r"(?:đã\s+)?(?:(?P<thin>gầy|ốm)\s+đi|(?P<fat>béo|mập)\s+(?:lên|ra))"
              r"(?:\s+(?P<much>nhiều(?:\s+(?:quá|lắm))?|quá|lắm))?(?:\s+(?P<asked>không))?"
              r"(?:\s+(?:rồi|đấy|đó|nhỉ|ạ|thế))*\s*(?P<end>[.!?]*)")
# on a diet ("Tôi đang ăn kiêng.", "Bạn có đang ăn kiêng không?", "Mẹ tôi ăn kiêng để giảm cân.", "Dạo này tôi ăn
# kiêng.")
_DIET = lazy(rf"(?:(?P<when0>{_LATE})\s*,?\s+)?{WHO}\s+(?:(?P<when1>{_LATE})\s+)?"
             r"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?"
             r"(?:ăn\s+kiêng|theo\s+(?:một\s+)?chế\s+độ\s+ăn\s+kiêng)(?:\s+để\s+(?P<aim>giảm|tăng)\s+cân)?"
             r"(?:\s+(?P<asked>không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# losing or gaining weight tried, wanted, needed or had to (the English verb; "phải", must: "have to")
AIMS = {"cố": "try", "cố gắng": "try", "muốn": "want", "cần": "need", "phải": "have"}
AIMS_VI = {en: vi for vi, en in reversed(AIMS.items())}  # (reversed: the first wins, "cố")
_AIMED = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?"
              rf"(?P<aim>{alternatives(AIMS)})\s+(?P<verb>giảm|tăng)\s+(?:được\s+)?"
              rf"(?:(?P<weight>cân)|{KILOS_SAID}|{_HOW})(?:\s+(?P<asked>không))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# how much someone named weighs (mt.people's: anyone else)
_WEIGHS = lazy(rf"{WHO}\s+nặng\s+(?:(?P<about>{alternatives(ABOUT)})\s+)?"
               rf"(?:(?P<kg>\d{{1,3}}(?:[.,]\d)?)\s*{_UNIT}|(?P<how>bao\s+nhiêu)(?:\s+{_UNIT})?)"
               r"(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")

# in English: kilos, weight, and when
_N_EN = rf"(?P<n>\d{{1,3}}(?:\.\d)?|(?i:{alternatives(EN_TO_VI)}))"
# ... in English (groups half_kilo, a, half2, n, half, unit; read by kilos_vi), public as KILOS_SAID is
KILOS_SAID_EN = (r"(?:(?P<half_kilo>half\s+a\s+kilo)|(?P<a>a)\s+kilo(?P<half2>\s+and\s+a\s+half)?|"
                 rf"{_N_EN}(?P<half>\s+and\s+a\s+half)?\s*(?P<unit>kg|kilos?|kilograms?))")
_WHAT_EN = rf"(?:(?:(?P<much>a\s+lot\s+of|much)|(?P<any>any))\s+)?(?P<weight>weight)|{KILOS_SAID_EN}"
_WHEN_EN = rf"(?:\s+(?P<when>(?i:{alternatives([*LATELY_VI, *_SO_FAR])})))?"
# the English verbs, whether they gain, and their form
_VERBS_EN = {"put on": (True, "done"), "gained": (True, "done"), "lost": (False, "done"),
             "putting on": (True, "ing"), "gaining": (True, "ing"), "losing": (False, "ing"), "gain": (True, "base"),
             "lose": (False, "base")}
# the words between who and such a verb (keyed, "'" for "’") and its form: what time they say, and whether not
_HAVES = ("have", "has", "'ve", "'s")
_CHANGING_EN = ({("", "done"): ("past", False)} | {(have, "done"): ("perfect", False) for have in _HAVES}
                | {(f"{have} just", "done"): ("just", False) for have in _HAVES}
                | {(f"{have} been", "ing"): ("lately", False) for have in _HAVES}
                | {(no, "done"): ("perfect", True) for no in ("haven't", "hasn't", "have not", "has not")}
                | {(be_, "ing"): ("now", False) for be_ in ("am", "is", "are", "'m", "'s", "'re")}
                | {(no, "base"): ("cannot", True) for no in ("can't", "cannot", "can not")})
# ... and before "to" and the verb: the aim, and whether not (who agrees with the first word: _agrees)
_AIMING_EN = ({(f"{do} {aim} to" if do else f"{aim} to"): (aim, bool(do)) for aim in ("want", "need", "have")
               for do in ("", "don't", "do not")}
              | {f"{said_of_one(aim)} to": (aim, False) for aim in ("want", "need", "have")}
              | {f"{do} {aim} to": (aim, True) for aim in ("want", "need", "have") for do in ("doesn't", "does not")}
              | {f"{be_} trying to": ("try", False) for be_ in ("am", "is", "are", "'m", "'s", "'re")}
              | {f"{be_} trying to": ("try", True) for be_ in ("am not", "is not", "are not", "'m not", "'s not",
                                                               "'re not", "isn't", "aren't")})
_ONE = {"has", "'s", "hasn't", "is", "isn't", "does", "doesn't", "wants", "needs"}  # (said after he, she, Lan)
_MANY = {"have", "'ve", "haven't", "are", "'re", "aren't", "do", "don't", "want", "need"}
_VERB_EN = r"(?P<aux>(?:\s+|(?=['’]))[^\s.!?]+(?:\s+[^\s.!?]+)*?)?"  # (as few words as let the rest match)
_CHANGED_EN = lazy(rf"{WHO_EN}{_VERB_EN}\s+(?P<verb>{alternatives(_VERBS_EN)})\s+(?:{_WHAT_EN}){_WHEN_EN}"
                   r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<aux>Have|Has|Are|Is|Am)\s+{WHO_EN}\s+(?:(?P<been>been)\s+)?"
                 rf"(?P<verb>{alternatives(_VERBS_EN)})\s+(?:(?P<any>any)\s+)?weight{_WHEN_EN}\s*\?+")
_HOW_EN = r"How\s+(?:much\s+weight|(?P<many>many)\s+(?:kilos|kilograms|kg))"
_HOW_MUCH_EN = lazy(rf"{_HOW_EN}\s+(?P<aux>have|has)\s+{WHO_EN}\s+(?P<verb>put\s+on|gained|lost){_WHEN_EN}"
                    r"\s*\?+")
_DIET_EN = lazy(rf"(?:(?P<be0>Is|Am|Are|Have|Has)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|\s+have|\s+has|"
                r"['’]s|['’]m|['’]re|['’]ve)?(?:\s+(?P<not>not)|(?P<nt>n['’]t))?(?:\s+(?P<been>been))?"
                r"\s+(?:on\s+a\s+diet|(?P<dieting>dieting))(?:\s+to\s+(?P<aim>lose|gain|put\s+on)\s+weight)?"
                rf"(?:\s+(?P<when>(?i:{alternatives(LATELY_VI)})))?\s*(?P<end>[.!?]*)")
_AIMED_EN = lazy(rf"(?:(?P<do>Do|Does|Are|Is|Am)\s+)?{WHO_EN}{_VERB_EN}\s+(?P<verb>lose|gain|put\s+on)\s+"
                 rf"(?:{_WHAT_EN})\s*(?P<end>[.!?]*)")
_AIMED_HOW_EN = lazy(rf"{_HOW_EN}\s+(?P<aux>do|does)\s+{WHO_EN}\s+(?P<aim>want|need|have)\s+to\s+"
                     r"(?P<verb>lose|gain|put\s+on)\s*\?+")
_LOOKS_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?P<look>looks?)\s+(?P<much>(?:a\s+lot|much)\s+)?"
                 r"(?:thinner|slimmer)\s*(?P<end>[.!?]*)")
_WEIGHS_EN = lazy(rf"How\s+much\s+(?P<aux>do|does)\s+{WHO_EN}\s+weigh\s*\?+|"
                  r"What(?:['’]s|\s+is)\s+(?P<owner>your|his|her|their)\s+weight\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks someone's weight put on or lost, a diet, weight to lose or
    gain, or how much someone weighs; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _changed(text) or _looks(text) or _diet(text) or _aimed(text) or _weighs(text)
    if (src, tgt) == ("en", "vi"):
        return (_changed_vi(text) or _asked_vi(text) or _diet_vi(text) or _aimed_vi(text) or _looks_vi(text)
                or _weighs_vi(text))
    return None


def kilos_en(m: re.Match) -> str | None:
    """Kilos of a match of KILOS_SAID in English: "5 cân" as "5 kilos", "ba ký" as "three kilos", "nửa cân" as "half a
    kilo", "một cân rưỡi" as "a kilo and a half", "1,5 kg" as "1.5 kg"; None for "1,5 cân rưỡi"."""
    if m["half_kilo"]:
        return "half a kilo"
    n, half = keyed(m["n"]), bool(m["half"])
    if half and not n.isalpha() and not n.isdigit():
        return None
    if keyed(m["unit"]) == "kg":  # (in digits, as mt.amounts writes a measure)
        number = str(VI_NUMBER_WORDS.index(n)) if n in VI_TO_EN else restyled(n, "en")
        return f"{number}{'.5' * half} kg"
    if n in ("một", "1"):
        return f"a kilo{' and a half' * half}"
    return f"{VI_TO_EN.get(n) or restyled(n, 'en')}{' and a half' * half} kilos"


def kilos_vi(m: re.Match) -> str | None:
    """Kilos of a match of KILOS_SAID_EN in Vietnamese: "5 kilos" as "5 cân", "three kilos" as "ba cân", "half a kilo"
    as "nửa cân", "1.5 kg" as "1,5 kg"; None where the kilos do not agree with the number ("five kilo", "one
    kilos")."""
    if m["half_kilo"]:
        return "nửa cân"
    if m["a"]:
        return f"một cân{' rưỡi' * bool(m['half2'])}"
    n, unit, half = m["n"].lower(), m["unit"], bool(m["half"])
    if unit == "kg":
        return None if half else f"{EN_NUMBER_WORDS.index(n) if n in EN_TO_VI else restyled(n, 'vi')} kg"
    if (n in ("one", "1") and not half) != (unit in ("kilo", "kilogram")):
        return None
    return f"{EN_TO_VI.get(n) or restyled(n, 'vi')} cân{' rưỡi' * half}"


def _time(m: re.Match) -> str | None:
    """When a match of the Vietnamese says weight was put on or lost: "lately" (LATELY), "this week", "this month",
    or "" (none); None for any other day, or one said twice."""
    said = [m[g] for g in ("when0", "when1", "when2") if m.groupdict().get(g)]
    if len(said) > 1:
        return None
    if not said:
        return ""
    day = LATELY.get(keyed(said[0])) or when(said[0], "vi")
    return day if day == "lately" or day in _SO_FAR else None


def _fits(m: re.Match, time: str, tense: str, amount: bool) -> bool:
    """Whether the words of a match of _CHANGED go together: "nào" (any) and "không" or "chưa" without a tense ("Tôi
    chưa giảm được cân nào.", not "Tôi giảm cân nào.", "Tôi không đã tăng cân."); an amount neither asked ("Bạn có
    tăng 3 cân không?") nor going on ("Tôi đang giảm 3 cân.": left to the model), nor kilos denied; just ("vừa") at
    no other time."""
    if m["any"] and not m["not"] or m["not"] and (tense or m["unit"] or m["half_kilo"]) or amount and m["asked"]:
        return False
    if tense == "đang" and (amount or m["how"] or time in _SO_FAR):
        return False
    return not (tense in ("vừa", "mới") and (time or m["asked"]))


def _changed(text: str) -> str | None:
    """"Tôi tăng cân." as "I've put on weight.", "Tôi đã giảm được 5 cân." as "I've lost 5 kilos.", "Dạo này anh ấy
    tăng cân." as "He's been putting on weight lately.", "Tôi đang giảm cân." as "I'm losing weight.", "Bạn có tăng
    cân không?" as "Have you put on weight?", "Bạn đã giảm được bao nhiêu cân?" as "How much weight have you lost?",
    "Tôi chưa giảm được cân nào." as "I haven't lost any weight." (_CHANGED); None for anything else."""
    m = _CHANGED.fullmatch(text)
    asked, how = bool(m and m["asked"]), m and m["how"]
    if not m or ("?" in m["end"]) != (asked or bool(how)) or bool(m["ask"]) != asked or how and (asked or m["not"]):
        return None
    time, tense, much = _time(m), keyed(m["tense"] or ""), m["much"] or m["much2"]
    kilos = kilos_en(m) if m["unit"] or m["half_kilo"] else ""
    if time is None or kilos is None or not _fits(m, time, tense, bool(kilos or much)) or not (
            said := who(m, asked or bool(how))):
        return None
    who_, one = said
    gain = _GAIN[keyed(m["verb"])]
    done, doing, have = "put on" if gain else "lost", "putting on" if gain else "losing", "has" if one else "have"
    after = f" {time}" if time else ""
    if how:
        return f"How {'many kilos' if keyed(how) == 'mấy' else 'much weight'} {have} {who_} {done}{after}?"
    if asked:
        if time == "lately" and tense != "đã":  # ("Dạo này bạn có giảm cân không?")
            return f"{have.capitalize()} {who_} been {doing} weight lately?"
        if tense == "đang":  # ("Bạn có đang giảm cân không?")
            return f"{be(who_).capitalize()} {who_} {doing} weight?"
        return f"{have.capitalize()} {who_} {done} weight{after}?"
    if m["not"]:
        if m["got"] and keyed(m["not"]) == "không" and not time:  # ("Tôi không giảm được cân.": can't)
            return None if much else capitalised(
                f"{who_} can't {'gain' if gain else 'lose'} {'any ' * bool(m['any'])}weight{stop(m['end'])}")
        what = "much weight" if much else "any weight" if m["any"] else "weight"
        return capitalised(f"{who_} {have}n't {done} {what}{after}{stop(m['end'])}")
    what = kilos or ("a lot of weight" if much else "weight")
    if tense == "đang" or time == "lately" and not (tense or kilos or much):
        if time:  # ("Dạo này anh ấy tăng cân.": he's been putting it on)
            return capitalised(contracted(who_, f"{have} been {doing} weight lately{stop(m['end'])}"))
        return capitalised(contracted(who_, f"{be(who_)} {doing} weight{stop(m['end'])}"))
    just = " just" if tense in ("vừa", "mới") else ""
    return capitalised(contracted(who_, f"{have}{just} {done} {what}{after}{stop(m['end'])}"))


def _looks(text: str) -> str | None:
    """"Bạn gầy đi đấy." as "You've lost weight.", "Anh ấy béo lên nhiều." as "He's put on a lot of weight.",
    "Trông bạn gầy đi." as "You look thinner.", "Tôi có béo lên không?" as "Have I put on weight?" (_LOOKS); None for
    anything else, and for fatter looked ("Trông bạn béo lên.": a remark left to the model)."""
    m = _LOOKS.fullmatch(text)
    asked = bool(m and m["asked"])
    look = m and (m["look"] or m["look2"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["look"] and m["look2"] or look and m[
            "fat"] or asked and m["much"] or not (said := who(m, asked)):
        return None
    who_, one = said
    if look:
        if asked:
            return f"{'Does' if one else 'Do'} {who_} look thinner?"
        return capitalised(f"{who_} {said_of_one('look') if one else 'look'} {'a lot ' * bool(m['much'])}thinner"
                           f"{stop(m['end'])}")
    done, have = "lost" if m["thin"] else "put on", "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {done} weight?"
    return capitalised(contracted(who_, f"{have} {done} {'a lot of ' * bool(m['much'])}weight{stop(m['end'])}"))


def _diet(text: str) -> str | None:
    """"Tôi đang ăn kiêng." as "I'm on a diet.", "Bạn có đang ăn kiêng không?" as "Are you on a diet?", "Tôi không
    ăn kiêng." as "I'm not on a diet.", "… để giảm cân" as "… to lose weight", "Dạo này tôi ăn kiêng." as "I've been
    on a diet lately." (_DIET); None for anything else."""
    m = _DIET.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and (m["now"] or m["aim"]):
        return None
    if (time := _time(m)) is None or time and m["aim"] or not (said := who(m, asked)):
        return None
    who_, one = said
    aim = f" to {'gain' if m['aim'] == 'tăng' else 'lose'} weight" if m["aim"] else ""
    if time:  # ("Dạo này tôi ăn kiêng.": I've been on one)
        have = "has" if one else "have"
        if asked:
            return f"{have.capitalize()} {who_} been on a diet lately?"
        have += "n't" if m["not"] else ""
        return capitalised(contracted(who_, f"{have} been on a diet lately{stop(m['end'])}"))
    if asked:
        return f"{be(who_).capitalize()} {who_} on a diet{aim}?"
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} on a diet{aim}{stop(m['end'])}"))


def _aimed(text: str) -> str | None:
    """"Tôi đang cố giảm cân." as "I'm trying to lose weight.", "Tôi muốn giảm 3 cân." as "I want to lose 3 kilos.",
    "Bạn có muốn giảm cân không?" as "Do you want to lose weight?", "Bạn muốn giảm bao nhiêu cân?" as "How much
    weight do you want to lose?" (_AIMED); None for anything else."""
    m = _AIMED.fullmatch(text)
    asked, how = bool(m and m["asked"]), m and m["how"]
    if not m or ("?" in m["end"]) != (asked or bool(how)) or bool(m["ask"]) != asked or how and (asked or m["not"]):
        return None
    aim = AIMS[keyed(m["aim"])]
    kilos = kilos_en(m) if m["unit"] or m["half_kilo"] else ""
    if kilos is None or m["now"] and aim != "try" or aim == "try" and how or not (
            said := who(m, asked or bool(how))):
        return None
    who_, one = said
    verb = f"{'gain' if m['verb'] == 'tăng' else 'lose'}"
    what = kilos or "weight"
    do = "does" if one else "do"
    if how:
        return f"How {'many kilos' if keyed(how) == 'mấy' else 'much weight'} {do} {who_} {aim} to {verb}?"
    if aim == "try":
        if asked:
            return f"{be(who_).capitalize()} {who_} trying to {verb} {what}?"
        return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} trying to {verb} {what}")) + \
            stop(m["end"])
    if asked:
        return f"{do.capitalize()} {who_} {aim} to {verb} {what}?"
    aims = f"{do}n't {aim}" if m["not"] else said_of_one(aim) if one else aim
    return capitalised(f"{who_} {aims} to {verb} {what}{stop(m['end'])}")


def _weighs(text: str) -> str | None:
    """"Lan nặng 50 cân." as "Lan weighs 50 kg.", "Lan nặng bao nhiêu?" as "How much does Lan weigh?" (_WEIGHS), as
    mt.people writes others' weight; None for anything else, and for who mt.people takes ("Tôi nặng 60 cân.")."""
    m = _WEIGHS.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or m["how"] and m["about"] or not (m["given"] or m["titled"]):
        return None
    who_ = who(m, False)[0]
    if m["how"]:
        return f"How much does {who_} weigh?"
    about = f"{ABOUT[keyed(m['about'])]} " if m["about"] else ""
    return f"{who_} weighs {about}{restyled(m['kg'], 'en')} kg{stop(m['end'])}"


def _agrees(word: str, who_vi_: str, one: bool) -> bool:
    """Whether an English word agrees with who (`who_vi_`, `one` as hobbies.who_vi gives them): "has" after he,
    "am" after I, "are" after you; a word that takes anyone ("can't", "lost") does."""
    word = keyed(word.replace("’", "'"))
    if word in ("am", "'m"):
        return who_vi_ == "tôi"
    if word in _ONE:
        return one
    if word in _MANY:
        return not one and not (who_vi_ == "tôi" and word in ("are", "'re", "aren't"))
    return True


def _when_vi(m: re.Match) -> str | None:
    """When a match of the English says it, in Vietnamese ("dạo này", "tháng này"); "" for none."""
    said = m["when"]
    return (LATELY_VI.get(keyed(said)) or when(said, "en")) if said else ""


def _weight_vi(gain: bool, m: re.Match, kilos: str) -> str:
    """What is put on or lost in Vietnamese, after the verb: "tăng cân", "giảm được 5 cân", "giảm được nhiều cân"."""
    verb = "tăng" if gain else "giảm"
    if kilos:
        return f"{verb}{' được' * (not gain)} {kilos}"
    return f"{verb}{' được' * (not gain)} nhiều cân" if m["much"] else f"{verb} cân"


def _fits_en(m: re.Match, time: str, not_: bool, day: str, kilos: str, much: str) -> bool:
    """Whether what a match of _CHANGED_EN says goes with its time (_CHANGING_EN): "any" and "much" only denied, "a
    lot of" only said, no kilos denied; no day, kilos or much with what goes on or cannot be ("I'm losing 3 kilos.",
    "I can't lose weight lately."); no kilos with "been losing", no day with "just"."""
    if m["any"] and not not_ or (much == "much") != bool(not_ and much) or not_ and kilos:
        return False
    if time in ("now", "cannot") and (day or kilos or much):
        return False
    return not (time == "lately" and kilos or time == "just" and day)


def _changed_vi(text: str) -> str | None:
    """"I've put on weight." as "Tôi đã tăng cân.", "I've lost 5 kilos." as "Tôi đã giảm được 5 cân.", "He's been
    putting on weight lately." as "Dạo này anh ấy tăng cân.", "I'm losing weight." as "Tôi đang giảm cân.", "I
    haven't lost any weight." as "Tôi chưa giảm được cân nào.", "I can't lose weight." as "Tôi không giảm được cân."
    (_CHANGED_EN); None for anything else, and where who and the verb do not agree."""
    m = _CHANGED_EN.fullmatch(text)
    if not m:
        return None
    gain, form = _VERBS_EN[keyed(m["verb"])]
    aux = keyed((m["aux"] or "").replace("’", "'"))
    forms = ("done", "base") if keyed(m["verb"]) == "put on" else (form,)  # ("put on" is both)
    found = next(filter(None, (_CHANGING_EN.get((aux, f)) for f in forms)), None)
    if not found:
        return None
    time, not_ = found
    who_, one = who_vi(m)
    kilos = kilos_vi(m) if m["unit"] or m["half_kilo"] or m["a"] else ""
    day = _when_vi(m)
    much = keyed(m["much"] or "")
    if kilos is None or day is None or aux and not _agrees(aux.split()[0], who_, one) or not _fits_en(
            m, time, not_, day, kilos, much):
        return None
    if time == "cannot":  # ("I can't lose weight.")
        said = f"{who_} không {'tăng' if gain else 'giảm'} được cân{' nào' * bool(m['any'])}"
    elif not_:
        if gain:
            said = f"{who_} không tăng cân{' nhiều' * bool(much)}{' chút nào' * bool(m['any'])}"
        else:
            said = f"{who_} chưa giảm được {'nhiều cân' if much else 'cân nào'}" if much or m["any"] else \
                f"{who_} chưa giảm cân"
    elif time == "now":
        said = f"{who_} đang {'tăng' if gain else 'giảm'} cân"
    elif time == "lately":
        day = day or "dạo này"  # ("I've been losing weight.")
        said = f"{who_} {'tăng' if gain else 'giảm'} cân{' nhiều' * bool(much)}"
    else:
        said = f"{who_} {'vừa' if time == 'just' else 'đã'} {_weight_vi(gain, m, kilos)}"
    return placed(said, day, stop(m['end']))


def _asked_vi(text: str) -> str | None:
    """"Have you lost weight?" as "Bạn có giảm cân không?", "Have you been putting on weight lately?" as "Dạo này bạn
    có tăng cân không?", "Are you losing weight?" as "Bạn có đang giảm cân không?", "How much weight have you lost?"
    as "Bạn đã giảm được bao nhiêu cân?" (_ASKED_EN, _HOW_MUCH_EN); None for anything else."""
    if m := _HOW_MUCH_EN.fullmatch(text):
        who_, one = who_vi(m)
        gain = _VERBS_EN[keyed(m["verb"])][0]
        day = _when_vi(m)
        if day is None or not _agrees(m["aux"], who_, one):
            return None
        said = f"{who_} đã {'tăng' if gain else 'giảm được'} {'mấy' if m['many'] else 'bao nhiêu'} cân"
        return placed(said, day, "?")
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    gain, form = _VERBS_EN[keyed(m["verb"])]
    have, day = m["aux"] in ("Have", "Has"), _when_vi(m)
    if day is None or not _agrees(m["aux"], who_, one) or form != ("ing" if m["been"] or not have else "done") or (
            m["any"] and (m["been"] or not have)) or day and not have:
        return None
    verb = "tăng" if gain else "giảm"
    if not have:  # ("Are you losing weight?")
        return capitalised(f"{who_} có đang {verb} cân không?")
    if m["any"]:
        return placed(f"{who_} có {verb}{' được' * (not gain)} cân nào không", day, "?")
    return placed(f"{who_} có {verb} cân không", day or "dạo này" * bool(m["been"]), "?")


def _diet_vi(text: str) -> str | None:
    """"I'm on a diet." as "Tôi đang ăn kiêng.", "Are you on a diet?" as "Bạn có đang ăn kiêng không?", "She isn't on
    a diet." as "Cô ấy không ăn kiêng." (_DIET_EN); None for anything else, and where "is", "am" or "are" does not
    agree with who."""
    m = _DIET_EN.fullmatch(text)
    not_ = m and (m["not"] or m["nt"])
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and not_ or (
            not_ and not m["be"]):
        return None
    who_, one = who_vi(m)
    aux = keyed((m["be0"] or m["be"]).replace("’", "'"))
    if (aux in _HAVES) != bool(m["been"]) and aux != "'s" or not _agrees(aux, who_, one) or m["dieting"] and (
            m["aim"] or m["been"]) or (m["been"] or m["when"]) and m["aim"]:
        return None  # ("I have on a diet.", "I've been dieting.")
    day = LATELY_VI[keyed(m["when"])] if m["when"] else "dạo này" * bool(m["been"])
    aim = f" để {'giảm' if m['aim'] == 'lose' else 'tăng'} cân" if m["aim"] else ""
    now = "" if m["been"] else "đang "  # ("I've been on a diet lately.": "Dạo này tôi ăn kiêng.")
    if m["be0"]:
        return placed(f"{who_} có {now}ăn kiêng{aim} không", day, "?")
    return placed(f"{who_} {'không ' if not_ else now}ăn kiêng{aim}", day, stop(m['end']))


def _aimed_vi(text: str) -> str | None:
    """"I'm trying to lose weight." as "Tôi đang cố giảm cân.", "I want to lose 3 kilos." as "Tôi muốn giảm 3
    cân.", "Do you want to lose weight?" as "Bạn có muốn giảm cân không?", "How much weight do you want to lose?" as
    "Bạn muốn giảm bao nhiêu cân?" (_AIMED_EN, _AIMED_HOW_EN); None for anything else, and where who and the verb do
    not agree."""
    if m := _AIMED_HOW_EN.fullmatch(text):
        who_, one = who_vi(m)
        if not _agrees(m["aux"], who_, one):
            return None
        verb = "giảm" if m["verb"] == "lose" else "tăng"
        return capitalised(f"{who_} {AIMS_VI[m['aim']]} {verb} {'mấy' if m['many'] else 'bao nhiêu'} cân?")
    m = _AIMED_EN.fullmatch(text)
    aux = m and keyed((m["aux"] or "").replace("’", "'"))
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["much"] or m["any"]:
        return None
    who_, one = who_vi(m)
    kilos = kilos_vi(m) if m["unit"] or m["half_kilo"] or m["a"] else ""
    if m["do"]:  # ("Do you want to", "Are you trying to": the aim's base after "do", "trying" after "are")
        aim = "try" if aux == "trying to" else aux.removesuffix(" to") if aux in ("want to", "need to", "have to") \
            else None
        not_ = False
        if aim is None or (aim == "try") != (m["do"] in ("Are", "Is", "Am")) or not _agrees(m["do"], who_, one):
            return None
    elif aux in _AIMING_EN:
        aim, not_ = _AIMING_EN[aux]
        if not _agrees(aux.split()[0], who_, one):
            return None
    else:
        return None
    if kilos is None:
        return None
    what = f"{'giảm' if m['verb'] == 'lose' else 'tăng'} {kilos or 'cân'}"
    if m["do"]:
        return capitalised(f"{who_} có {'đang ' * (aim == 'try')}{AIMS_VI[aim]} {what} không?")
    if not_:
        return capitalised(f"{who_} không {AIMS_VI[aim]} {what}{stop(m['end'])}")
    return capitalised(f"{who_} {'đang ' * (aim == 'try')}{AIMS_VI[aim]} {what}{stop(m['end'])}")


def _looks_vi(text: str) -> str | None:
    """"You look thinner." as "Trông bạn gầy đi.", "Do I look thinner?" as "Trông tôi có gầy đi không?" (_LOOKS_EN);
    None for anything else, and where who and "look" do not agree."""
    m = _LOOKS_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if m["do"] and (m["look"] != "look" or (m["do"] == "Does") != one or m["much"]) or not m["do"] and (
            m["look"] == "looks") != one:
        return None
    if m["do"]:
        return f"Trông {who_} có gầy đi không?"
    return f"Trông {who_} gầy đi{' nhiều' * bool(m['much'])}{stop(m['end'])}"


def _weighs_vi(text: str) -> str | None:
    """"How much do you weigh?" as "Bạn nặng bao nhiêu cân?", "What's your weight?" too (_WEIGHS_EN); None for
    anything else, and where "do" or "does" does not agree with who."""
    m = _WEIGHS_EN.fullmatch(text)
    if not m:
        return None
    if m["owner"]:
        return capitalised(f"{WHOSE_VI[m['owner']]} nặng bao nhiêu cân?")
    who_, one = who_vi(m)
    return capitalised(f"{who_} nặng bao nhiêu cân?") if _agrees(m["aux"], who_, one) else None
