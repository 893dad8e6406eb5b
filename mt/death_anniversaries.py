"""A death anniversary (giỗ) at home, both ways, written whole by rule: a family (or who) having one on a day, so who
can't go or come, who goes back to their hometown for one ("về quê ăn giỗ"), and who cooks or prepares its feast
("nấu cỗ", "làm cỗ"). v8 (rules on) reads "giỗ" as a blaze or a washcloth and "cỗ" as a coffin: "Mai nhà tôi có
giỗ." → "My house has blaze.", "Mai tôi có giỗ nên không đi được." → "Tomorrow, I have a washcloth.", "Tôi phải về
quê ăn giỗ." → "I have to go to the country to eat.", "Tôi phải về quê ăn giỗ bà tôi." → "I have to go home to my
grandmother.", "Cả nhà đang làm cỗ giỗ." → "The whole house is doing coffin.", "Mẹ tôi đang nấu cỗ cho đám giỗ." →
"My mother was cooking for the lab."; "We have a death anniversary at home tomorrow." → "Chúng tôi có kỷ niệm chết
tại nhà ngày mai.", "I have to go back to my hometown for my grandmother's death anniversary." → "Tôi phải quay về
quê hương của tôi cho lễ kỷ niệm chết của bà.", "My mother is cooking for the death anniversary." → "Mẹ tôi đang nấu
lễ kỷ niệm chết.".

Taken: a family ("nhà tôi", "gia đình bạn", "cả nhà", "my family", "we … at home") or I, we, you
"có giỗ" on a day (mt.free_time.when; "Mai" opening: a person is not a day here) or none, asked "… có giỗ không?",
and "nên tôi không đi (làm, học) được", "nên không đến được" after it (", so I can't go"); who has to, will, is going
to, is planning to, wants to or went back to their hometown for (whose, mt.hobbies.SOMEONE) death anniversary ("về
quê ăn giỗ", "dự giỗ"), a bare "về quê" only with a day ahead, asked "có … không?" and "có phải … không?"; who is
cooking, making or preparing (has to, will, did) the feast for (whose) death anniversary ("nấu cỗ giỗ", "làm cỗ cho
đám giỗ", "chuẩn bị cỗ cúng giỗ"). Left: whose death anniversary is when, "ăn giỗ", "làm giỗ" and "đi ăn giỗ"
(mt/funerals.py's), "cúng tổ tiên" (mt/ancestors.py's), a bare "Tôi về quê ăn giỗ." (now, a habit, or a plan?), "vừa
về quê ăn giỗ" (just went, or just back?), "Mai nhà tôi có giỗ nên không đi được." (who can't go?), "ăn giỗ bà"
(whose grandmother?), a name going back to their hometown (his or hers?), "anh", "chị", "em" alone saying it, "Mẹ tôi
có giỗ." (hers to go to, or her own?), a pet, "nấu cỗ" without "giỗ" (a feast of any day), "I'm going back …" with no
day (now?), "Bạn có nấu cỗ giỗ không?" (now, or each year?), "thế"/"vậy" said, a "?" on a statement, a day gone
with "có giỗ" or asked going, "is cooking" with a day ahead, whose the one who goes or cooks, his or hers after
someone not a pronoun ("Mẹ tôi … giỗ bố cô ấy", "My mother … her father's"), "we" asked or with "have to", "will",
"want to", "planning to" (chúng tôi, or chúng ta?), and anything else.
mt.phrasebook.translate tries these after mt/critters.py.

    >>> translate("Mai nhà tôi có giỗ.", "vi", "en"), translate("I have to go back to my hometown for my grandmother's "
    ...     "death anniversary.", "en", "vi")
    ('My family has a death anniversary tomorrow.', 'Tôi phải về quê ăn giỗ bà tôi.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import (SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, first_agrees, own_thing, person_of, pet,
                      someone, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI
from .text import STRESSED_SAID, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:giỗ)"), "en": lazy(r"(?i:death\s+anniversary)")}
# the days read beyond mt.free_time.when's ("Mai" opens a sentence as tomorrow: a name is not a day)
_MORE_DAYS = NEAR_SPANS | {"ngày mai": "tomorrow", "mai": "tomorrow", "chủ nhật này": "this Sunday",
                           "thứ bảy này": "this Saturday"}
# a family: "nhà tôi", "gia đình bạn", "cả nhà"; who else is mt.hobbies.WHO
_FAMILY = rf"(?P<fam>(?P<all>(?i:cả)\s+)?(?i:nhà|gia\s+đình)(?:\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)})))?)"
# whose death anniversary ("giỗ bà tôi"): kin with whose, or a name (mt.hobbies.SOMEONE)
_DEAD = rf"(?:\s+(?:của\s+)?(?P<dead>{SOMEONE}))?"
_GIO = r"(?:đám\s+|ngày\s+)?giỗ"
# what can't be done after it ("nên tôi không đi làm được")
_CANT = {"đi": "go", "đến": "come", "tới": "come", "đi làm": "go to work", "đi học": "go to school"}
_CANT_VI = {en: vi for vi, en in reversed(_CANT.items())}
_HAS = lazy(rf"{DAY_OPENING}(?:{_FAMILY}|{WHO})\s+(?P<ask>có)\s+giỗ{DAY_AFTER}(?:\s*,?\s+nên\s+(?:(?P<who2>tôi|"
            rf"chúng\s+tôi)\s+)?không\s+(?P<cant>{alternatives(_CANT)})\s+được)?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# going back to the hometown for it, and how English says it after who ("{have}", "{be}", "{s}" agreeing)
_HOME_TENSES = {"phải": "{have} to go", "sẽ": "will go", "đang": "{be} going", "định": "{be} planning to go",
                "muốn": "want{s} to go", "đã": "went", "": "{be} going"}
_HOME = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có(?:\s+phải)?)\s+)?(?:(?P<aux>phải|sẽ|đang|định|muốn|đã)\s+)?về\s+quê"
             rf"\s+(?:đi\s+)?(?:ăn|dự)\s+{_GIO}{_DEAD}{DAY_AFTER}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# the feast cooked for it ("Mẹ tôi đang nấu cỗ giỗ.", "Cả nhà đang làm cỗ cho đám giỗ ông tôi.")
_COOKS = {"nấu": "cook", "làm": "make", "chuẩn bị": "prepare"}
_COOKS_VI = {"cook": "nấu", "make": "làm", "prepare": "chuẩn bị"}
_COOK_TENSES = {"đang": "{be} {ing}", "phải": "{have} to {v}", "sẽ": "will {v}", "đã": "{past}",
                "bận": "{be} busy {ing}"}
_COOK = lazy(rf"{DAY_OPENING}(?:(?P<fam>(?i:cả)\s+nhà)|{WHO})\s+(?P<aux>{alternatives(_COOK_TENSES)})\s+"
             rf"(?P<cook>{alternatives(_COOKS)})\s+cỗ\s+(?:cho\s+|cúng\s+)?{_GIO}{_DEAD}{DAY_AFTER}{SOFTENED_END}")

# ... and in English: whose death anniversary ("a", "the", "my grandmother's", "Lan's")
_DEAD_EN = rf"(?:(?P<art>a|the)|(?P<dead>{SOMEONE_EN})['’]s)\s+death\s+anniversary"
_FAMILY_EN = r"(?:(?P<fwhose>[Mm]y|[Yy]our|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+family)"
_HAS_EN = [lazy(rf"(?:{_FAMILY_EN}\s+(?P<has>has)|{WHO_EN}\s+(?P<have>have|has))\s+a\s+death\s+anniversary"
                rf"(?P<home>\s+at\s+home)?{DAY_AFTER_EN}(?:\s*,\s*so\s+(?P<who2>I|we)\s+(?:can['’]t|cannot)\s+"
                rf"(?P<cant>{alternatives(_CANT_VI)}))?\s*(?P<end>[.!]*)"),
           lazy(rf"(?P<q>Does|Do)\s+(?:{_FAMILY_EN}|{WHO_EN})\s+have\s+a\s+death\s+anniversary(?P<home>\s+at\s+home)?"
                rf"{DAY_AFTER_EN}\s*(?P<end>\?+)")]
_HOME_VI = {"have to": "phải", "has to": "phải", "will": "sẽ", "going": "", "planning to": "định", "want to": "muốn",
            "wants to": "muốn"}
# English auxiliaries written out ("'m" as "am"), to read them alike
_LONG = {"'m": " am", "'s": " is", "'re": " are", "'ll": " will"}
_SHORT = lazy(r"'m|'s|'re|'ll")
_HOME_EN = [lazy(rf"{WHO_EN}(?P<aux>\s+(?:have|has)\s+to|\s+will|['’]ll|\s*(?:\s+am|\s+is|\s+are|['’]m|['’]s|['’]re)"
                 r"\s+(?:going|planning\s+to)|\s+wants?\s+to)?(?:\s+(?P<verb>go|went))?\s+back\s+to\s+"
                 rf"(?P<owner>my|your|his|her|our|their)\s+hometown\s+for\s+{_DEAD_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)"),
            lazy(rf"(?P<q>Are|Is|Do|Does)\s+{WHO_EN}\s+(?P<aux>going|have\s+to|has\s+to)\s+(?P<verb>go)?\s*back\s+to\s+"
                 rf"(?P<owner>my|your|his|her|our|their)\s+hometown\s+for\s+{_DEAD_EN}{DAY_AFTER_EN}\s*(?P<end>\?+)")]
_COOK_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:is|am|are)(?:\s+busy)?|['’](?:s|m|re)(?:\s+busy)?|\s+(?:have|has)\s+to|"
                r"\s+will|['’]ll)?\s+(?P<verb>cooking|making|preparing|cooked|made|prepared|cook|make|prepare)\s+the\s+"
                rf"feast\s+for\s+{_DEAD_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a family having a death anniversary, who goes back to their hometown for
    one, or who cooks its feast; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _has(text) or _home(text) or _cook(text)
    text = text.replace("’", "'")
    return _has_vi(text) or _home_vi(text) or _cook_vi(text)


def _day(m: re.Match, src: str = "vi") -> str | None:
    """The day of a match (groups "day0", "day") in the other language, " " before it ("" for none); None for one not
    read, or two."""
    day0, day = m.groupdict().get("day0"), m["day"]
    said = None if day0 and day else when(day0 or day, src, _MORE_DAYS)
    return None if said is None else f" {said}" if said else ""


def _fits(tense: str, day: str) -> bool:
    """Whether a day in English fits the tense ("đã" a day gone or none; "" and "sẽ" a day ahead, "" one said)."""
    behind, ahead = bool(BEHIND.search(day)), bool(AHEAD.match(day.strip())) or " this " in day or "today" in day
    return not day or behind if tense == "đã" else bool(day) and ahead if tense == "" else not behind


def _whose_dead(m: re.Match, asked: bool, who_: str) -> str | None:
    """Whose death anniversary of a match of _DEAD in English ("my grandmother's death anniversary") after who
    `who_`; "a death anniversary" ("the" asked) for none; None for a pet's, one not read, who's own ("Bà tôi … giỗ bà
    tôi"), and his or hers after someone not a pronoun ("Mẹ tôi … giỗ bố cô ấy": English reads "her" as hers)."""
    if not m["dead"]:
        return f"{'the' if asked else 'a'} death anniversary"
    named = None if pet(m["dead"], "vi") else someone(m["dead"], "vi")
    if not named or named.lower() == who_.lower() or not m["who"] and named.split()[0] in ("his", "her", "their"):
        return None
    return f"{named}'s death anniversary"


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match with _FAMILY or WHO in English ("my family", "the whole family", "my mother"), whether one; None
    for "nhà" alone, a pet, "em" saying it, "I" asked."""
    fam = m.groupdict().get("fam")
    if fam:
        whose, whole = m.groupdict().get("fwhose"), keyed(fam).startswith("cả")
        said = f"{OWNERS[keyed(whose)] if whose else 'the'}{' whole' * whole} family"
        return (said, True) if whose or whole else None
    return None if em_speaking(m) else person_of(m, asked)


def _has(text: str) -> str | None:
    """"Mai nhà tôi có giỗ." as "My family has a death anniversary tomorrow.", "… nên tôi không đi làm được." as ", so
    I can't go to work." (_HAS); None for anything else, and for who can't go unsaid after a family."""
    m = _HAS.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["cant"] or (day := _day(m)) is None:
        return None
    if BEHIND.search(day):
        return None  # ("Hôm qua nhà tôi có giỗ": had)
    said = _who(m, bool(m["asked"]))
    if said is None or not m["fam"] and said[0] not in ("I", "we", "you"):
        return None  # ("Mẹ tôi có giỗ": hers to go to, or her own?)
    if m["cant"] and not m["who2"] and (m["fam"] or said[0] != "I"):
        return None  # ("Nhà tôi có giỗ nên không đi được": who can't?)
    who_, one = said
    if m["asked"]:
        return f"{'Does' if one else 'Do'} {who_} have a death anniversary{day}?"
    we = keyed(m["who2"] or "") == "chúng tôi"
    cant = m["cant"] and f", so {'we' if we else 'I'} can't {_CANT[keyed(m['cant'])]}"
    return capitalised(f"{who_} {'has' if one else 'have'} a death anniversary{day}{cant or ''}.")


def _home(text: str) -> str | None:
    """"Tôi phải về quê ăn giỗ bà tôi." as "I have to go back to my hometown for my grandmother's death anniversary."
    (_HOME); None for anything else, a bare "về quê" without a day ahead, and whose hometown unknown (a name's)."""
    m = _HOME.fullmatch(text)
    if not m or (day := _day(m)) is None:
        return None
    asked, ask, aux = bool(m["asked"]), keyed(m["ask"] or ""), keyed(m["aux"] or "")
    if asked != ("?" in m["end"]) or asked != bool(ask) or asked and (aux or BEHIND.search(day)) or not (
            asked or _fits(aux, day)):
        return None
    said = _who(m, asked)
    dead = said and _whose_dead(m, asked, said[0])
    whose = said and whose_own(m, said[0])
    if not (said and dead and whose):
        return None
    (who_, one), place = said, f"back to {whose} hometown for {dead}{day}"
    if asked:
        if ask == "có phải":
            return f"{'Does' if one else 'Do'} {who_} have to go {place}?"
        return f"{be(who_).capitalize()} {who_} going {place}?"
    verb = _HOME_TENSES[aux].format(have="has" if one else "have", be=be(who_), s="s" * one)
    return capitalised(contracted(who_, f"{verb} {place}."))


def _cook(text: str) -> str | None:
    """"Mẹ tôi đang nấu cỗ giỗ." as "My mother is cooking the feast for the death anniversary." (_COOK); None for
    anything else."""
    m = _COOK.fullmatch(text)
    if not m or "?" in m["end"] or (day := _day(m)) is None or not _fits(keyed(m["aux"]).replace("bận", "đang"), day):
        return None
    said = _who(m, False)
    dead = said and _whose_dead(m, False, said[0])
    if not (said and dead):
        return None
    (who_, one), v = said, _COOKS[keyed(m["cook"])]
    past = {"cook": "cooked", "make": "made", "prepare": "prepared"}[v]
    verb = _COOK_TENSES[keyed(m["aux"])].format(be=be(who_), have="has" if one else "have", v=v, past=past,
                                                ing=f"{v.removesuffix('e')}ing")
    return capitalised(contracted(who_, f"{verb} the feast for {dead.replace('a death', 'the death')}{day}."))


def _dead_vi(m: re.Match, who_: str) -> str | None:
    """Whose death anniversary of a match of _DEAD_EN in Vietnamese (" bà tôi"; "" for "a", "the") after who `who_`;
    None for a pet's, who's own, and his or hers after someone not a pronoun ("My mother … her father's": not "bố cô
    ấy")."""
    if not m["dead"]:
        return ""
    named = None if pet(m["dead"], "en") else someone(m["dead"], "en")
    if not named or named == who_ or not m["who"] and m["dead"].split()[0].lower() in ("his", "her", "their"):
        return None
    return f" {named}"


def _day_vi(m: re.Match) -> str | None:
    """The day of a match of an English pattern in Vietnamese ("" for none); None for one not read."""
    return when(m["day"], "en", _MORE_DAYS) if m["day"] else ""


def _has_vi(text: str) -> str | None:
    """"My family has a death anniversary tomorrow." as "Ngày mai nhà tôi có giỗ.", "We have a death anniversary at
    home." as "Nhà tôi có giỗ." (_HAS_EN); None for anything else, and for a verb not agreeing."""
    m = next((m for p in _HAS_EN if (m := p.fullmatch(text))), None)
    if not m or (day := _day_vi(m)) is None or m["day"] and BEHIND.search(m["day"]) or animal(m):
        return None
    asked = "q" in m.re.groupindex
    if m["fwhose"]:
        who_, one = f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    else:
        who_, one = who_vi(m)
    verb = (m["q"] if asked else m["has"] or m["have"]).lower()
    if (verb in ("has", "does")) != one or asked and (who_ == "tôi" or "chúng tôi" in who_) or (
            m["home"] and who_ not in ("chúng tôi", "bạn")):
        return None  # (asked: "Do we …?" is "chúng ta")
    if m["home"]:  # ("We have … at home": our family's)
        who_ = f"nhà {'tôi' if who_ == 'chúng tôi' else 'bạn'}"
    if asked:
        return placed(f"{who_} có giỗ", day, " không?")
    cant = f" nên {'chúng tôi' if m['who2'] == 'we' else 'tôi'} không {_CANT_VI[m['cant']]} được" if m["cant"] else ""
    return placed(f"{who_} có giỗ", day, "") + cant + "."


def _home_vi(text: str) -> str | None:
    """"I have to go back to my hometown for my grandmother's death anniversary." as "Tôi phải về quê ăn giỗ bà
    tôi." (_HOME_EN); None for anything else, another's hometown, and a verb not agreeing."""
    m = next((m for p in _HOME_EN if (m := p.fullmatch(text))), None)
    if not m or (day := _day_vi(m)) is None or animal(m):
        return None
    who_, one = who_vi(m)
    if (dead := _dead_vi(m, who_)) is None:
        return None
    asked = "q" in m.re.groupindex
    aux = _SHORT.sub(lambda w: _LONG[w[0]], " ".join((m["aux"] or "").split())).strip()
    first = (m["q"] or "").lower() if asked else aux.split(" ")[0]
    if not first_agrees(first, who_, one) or own_thing(m, who_, one) is not True or asked and who_ == "tôi":
        return None
    if asked:
        if (aux == "going") != (first in ("are", "is")) or bool(m["verb"]) == (aux == "going") or (
                who_ == "chúng tôi" or m["day"] and BEHIND.search(m["day"])):
            return None  # ("Are we …?": "chúng ta"; "Are you going … yesterday?")
        return placed(f"{who_} có {'phải ' * (aux != 'going')}về quê ăn giỗ{dead}", day, " không?")
    if first in ("wants", "want") and (first == "wants") != one or (m["verb"] == "went") != (not aux) or (
            not m["verb"]) != aux.endswith("going"):
        return None
    tense = "đã" if not aux else _HOME_VI.get(aux.split(" ", 1)[1] if first in ("am", "is", "are") else aux)
    if tense is None or not _fits(tense, f" {m['day']}" if m["day"] else "") or who_ == "chúng tôi" and tense in (
            "phải", "sẽ", "muốn", "định"):
        return None  # ("We have to …": chúng tôi, or chúng ta?)
    said = f"{who_} {tense} về quê ăn giỗ{dead}"
    return placed(" ".join(said.split()), day, ".")


def _cook_vi(text: str) -> str | None:
    """"My mother is cooking the feast for the death anniversary." as "Mẹ tôi đang nấu cỗ giỗ." (_COOK_EN); None for
    anything else, "a death anniversary", and a verb not agreeing."""
    m = _COOK_EN.fullmatch(text)
    if not m or m["art"] == "a" or (day := _day_vi(m)) is None or animal(m):
        return None
    who_, one = who_vi(m)
    if (dead := _dead_vi(m, who_)) is None:
        return None
    aux, verb = " ".join((m["aux"] or "").replace("'", " '").split()), m["verb"]
    busy, first = aux.endswith("busy"), aux.split(" ")[0] if aux else ""
    if not first_agrees(first, who_, one):
        return None
    if first in ("is", "am", "are", "'s", "'m", "'re"):
        tense = ("bận" if busy else "đang") if verb.endswith("ing") else None
    elif first in ("have", "has"):
        tense = "phải" if verb in _COOKS_VI else None
    elif first in ("will", "'ll"):
        tense = "sẽ" if verb in _COOKS_VI else None
    else:
        tense = "đã" if verb.endswith("ed") or verb == "made" else None
    if tense is None or not _fits(tense.replace("bận", "đang"), f" {m['day']}" if m["day"] else ""):
        return None
    if tense in ("đang", "bận") and m["day"] not in (None, "today") or who_ == "chúng tôi" and tense in ("phải", "sẽ"):
        return None  # ("is cooking … tomorrow": now, for tomorrow's?; "We have to …": chúng ta?)
    cook = next(vi for en, vi in _COOKS_VI.items() if verb[:2] == en[:2])  # ("made", "making": "make")
    return placed(f"{who_} {tense} {cook} cỗ giỗ{dead}", day, ".")
