"""How someone sleeps or slept, said or asked, both ways, written whole by rule. v7 reads "dạo này" (lately) as rice
and "mất ngủ" (insomnia) as a state: "Dạo này tôi ngủ không ngon." → "This rice I didn't sleep well.", "Dạo này mẹ tôi
ngủ không ngon." → "This rice isn't good for my mother.", "Tôi bị mất ngủ." → "I'm insomnia.", "Bạn ngủ có ngon
không?" → "Are you good sleep?", "Bạn thường ngủ mấy tiếng một đêm?" → "How often do you sleep for a night?", "Tối
qua tôi ngủ rất ngon." → "Last night I was a good sleep."; and back, "I haven't been sleeping well lately." → "Tôi đã
không ngủ ngon." (lately lost), "I haven't been able to sleep lately." → "Tôi không ngủ được muộn." (late), "I'm so
sleepy." → "Tôi ngủ quá.", "Are you sleepy?" → "Bạn có ngủ không?", "How many hours do you usually sleep a night?" →
"Bạn thường ngủ bao nhiêu tiếng đồng hồ?" (a night lost).

Taken: how well one slept or sleeps ("ngủ ngon", "ngủ không ngon", "không ngủ được"), last night (WHEN_SLEPT: "tối
qua" …), lately ("dạo này", "gần đây", "mấy hôm nay" …) or as a rule (no time), and asked ("Bạn ngủ có ngon
không?"); insomnia ("bị mất ngủ"); sleepy ("buồn ngủ"); hours slept a night or last night, said or asked ("Tôi thường
ngủ tám tiếng một đêm.", "Bạn thường ngủ mấy tiếng một đêm?"). Who as in mt/hobbies.py (a pronoun, kin and whose, a
name). Left to the model: bed and wake-up times (mt/routines.py), "hôm qua" alone, "Bạn ngủ ngon." (a wish, good
night), an English past with no time ("I slept well.": v7 writes it well), and anything else. mt.phrasebook.translate
tries these after mt/meals.py.

    >>> translate("Dạo này tôi ngủ không ngon.", "vi", "en"), translate("I'm so sleepy.", "en", "vi")
    ("I haven't been sleeping well lately.", 'Tôi buồn ngủ quá.')
"""
from __future__ import annotations

import re

from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import agreement_checked
from .text import SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed, stop
from .weather import DEGREE

# when one slept: last night, or lately (English then says "have been sleeping"); the first Vietnamese written back
WHEN_SLEPT = {"tối qua": "last night", "đêm qua": "last night", "tối hôm qua": "last night",
              "đêm hôm qua": "last night", "dạo này": "lately", "dạo gần đây": "lately", "gần đây": "lately",
              "thời gian gần đây": "lately", "mấy hôm nay": "lately", "mấy ngày nay": "lately", "độ này": "lately"}
WHEN_SLEPT_VI = {"last night": "tối qua", "lately": "dạo này", "recently": "gần đây", "these days": "dạo này"}
# how well one sleeps ("ngủ ngon", "ngủ rất say"), and back (badly: _how_vi)
WELL = {"ngon": "well", "ngon giấc": "well", "say": "soundly", "kém": "badly", "tệ": "badly"}
_WELL_VI = {"well": "ngon", "soundly": "say"}
# how much, as Vietnamese says it before ("rất ngon") or after ("ngon quá") the word (mt.weather.DEGREE)
_DEGREE_VI = {en: vi for vi, en in reversed(DEGREE.items())} | {"a little": "hơi"}
_BEFORE = ("rất", "khá", "hơi")  # (the others after: "ngon lắm")
# how English says it, by how well and when (`have`, `do`, `s` as who takes them)
_SLEEPING = {("well", "past"): "slept {how}", ("well", "lately"): "{have} been sleeping {how}",
             ("well", "now"): "sleep{s} {how}", ("not", "past"): "didn't sleep {how}",
             ("not", "lately"): "{have}n't been sleeping {how}", ("not", "now"): "{do}n't sleep {how}",
             ("cannot", "past"): "couldn't sleep{how}", ("cannot", "lately"): "{have}n't been able to sleep{how}",
             ("cannot", "now"): "can't sleep{how}"}

_TIME = rf"(?i:{alternatives(WHEN_SLEPT)})"
_WHEN_FIRST = rf"(?:(?P<when0>{_TIME})\s*,?\s+)?"
_WHEN_MID = rf"(?:(?P<when1>{_TIME})\s+)?"  # ("Mẹ tôi dạo này ngủ không ngon.")
_WHEN_LAST = rf"(?:\s+(?P<when2>{_TIME}))?"
_SLEPT = lazy(rf"{_WHEN_FIRST}{WHO}\s+{_WHEN_MID}(?:(?P<did>đã)\s+)?(?:"
              rf"ngủ\s+(?:(?P<before>rất|khá)\s+)?(?P<well>{alternatives(WELL)})(?:\s+(?P<after>quá|lắm))?|"
              r"(?:ngủ\s+không|không\s+ngủ)\s+(?:được\s+)?(?P<not>ngon)(?:\s+giấc)?(?:\s+(?P<very>lắm))?|"
              r"(?P<cannot>không\s+ngủ\s+được|ngủ\s+không\s+được)(?:\s+(?P<at_all>chút\s+nào|tí\s+nào))?)"
              rf"{_WHEN_LAST}(?:\s+ạ)?\s*(?P<end>[.!]*)")
_ASKED = lazy(rf"{_WHEN_FIRST}{WHO}\s+{_WHEN_MID}(?:ngủ\s+(?:có\s+)?|có\s+ngủ\s+)ngon(?:\s+giấc)?\s+(?:không|chứ)"
              rf"{_WHEN_LAST}{SOFTENER}\s*\?+")
_INSOMNIA = lazy(rf"{_WHEN_FIRST}{WHO}\s+{_WHEN_MID}(?:(?P<not>không)\s+|(?P<ask>có)\s+|"
                 rf"(?P<seldom>{alternatives(SELDOM)})\s+)?(?:bị\s+)?mất\s+ngủ(?:\s+(?P<asked>không))?"
                 rf"{_WHEN_LAST}{SOFTENED_END}")
_SLEEPY = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?P<feel>(?:cảm\s+)?thấy\s+)?"
               r"(?:(?P<before>rất|hơi|khá)\s+)?buồn\s+ngủ(?:\s+(?P<after>quá|lắm))?(?:\s+(?P<asked>không))?"
               rf"(?:\s+rồi)?{SOFTENED_END}")
# hours slept ("tám tiếng", "7 tiếng rưỡi", "mấy tiếng"), a night or a day ("một đêm", "mỗi đêm")
_N = rf"(?:(?P<n>\d{{1,2}}|{alternatives(VI_TO_EN)})|(?P<many>mấy|bao\s+nhiêu))"
_PERIODS = {"đêm": "night", "tối": "night", "ngày": "day"}
_PER = rf"(?:mỗi|một)\s+(?P<per>{alternatives(_PERIODS)})"
_HOURS = lazy(rf"(?:(?P<when0>{_TIME})\s*,?\s+|(?i:mỗi)\s+(?P<per0>{alternatives(_PERIODS)})\s*,?\s+)?{WHO}\s+"
              rf"{_WHEN_MID}(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<only>chỉ)\s+)?ngủ\s+(?:được\s+)?"
              rf"(?:(?P<about>khoảng|tầm|chừng)\s+)?{_N}\s+(?P<unit>tiếng|giờ)(?:\s+(?P<half>rưỡi))?"
              rf"(?:\s+đồng\s+hồ)?(?:\s+{_PER})?{_WHEN_LAST}(?:\s+ạ)?{SOFTENED_END}")


def _not_spelled(said: dict[str, tuple]) -> dict[str, tuple]:
    """A table of English verbs with each "n't" also spelled " not" ("didn't sleep", "did not sleep"); not "can't"
    ("cannot")."""
    return said | {verb.replace("n't", " not"): means for verb, means in said.items()
                   if "n't" in verb and not verb.startswith("can")}


# in English: the words between who and how well ("didn't sleep" very well), keyed with "'" for "’": when, and how
# well (who and the verb must agree: _agrees)
_SLEEPING_EN = _not_spelled({
    "slept": ("past", "well"), "didn't sleep": ("past", "not"), "couldn't sleep": ("past", "cannot"),
    "have been sleeping": ("lately", "well"), "'ve been sleeping": ("lately", "well"),
    "has been sleeping": ("lately", "well"), "'s been sleeping": ("lately", "well"),
    "haven't been sleeping": ("lately", "not"), "hasn't been sleeping": ("lately", "not"),
    "haven't been able to sleep": ("lately", "cannot"), "hasn't been able to sleep": ("lately", "cannot"),
    "sleep": ("now", "well"), "sleeps": ("now", "well"), "don't sleep": ("now", "not"), "doesn't sleep": ("now", "not"),
    "can't sleep": ("now", "cannot"), "cannot sleep": ("now", "cannot")})
_TIME_EN = rf"(?i:{alternatives(WHEN_SLEPT_VI)})"
_WHEN_FIRST_EN = rf"(?:(?P<when0>{_TIME_EN})\s*,?\s+)?"
_WHEN_LAST_EN = rf"(?:\s+(?P<when>{_TIME_EN}))?"
# the words after who ("'ve been sleeping", " didn't sleep"), as few as let the rest match, looked up in a table
_VERB_EN = r"(?P<verb>(?:\s+|(?=['’]))[^\s.!?]+(?:\s+[^\s.!?]+)*?)"
_SLEPT_EN = lazy(rf"{_WHEN_FIRST_EN}{WHO_EN}{_VERB_EN}(?:\s+(?:(?P<deg>very|really|so|quite)\s+)?"
                 r"(?P<how>well|soundly|badly)|\s+(?P<at_all>at\s+all))?"
                 rf"{_WHEN_LAST_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<aux>Did|Do|Does|Have|Has)\s+{WHO_EN}\s+(?:(?P<been>been\s+sleeping)|sleep)\s+well"
                 rf"{_WHEN_LAST_EN}\s*\?+")
# ... insomnia: the words between who and "insomnia": (lately, not); asked, after "Do" or "Have"
_HAVING_EN = _not_spelled({
    "have": (False, False), "has": (False, False), "suffer from": (False, False), "suffers from": (False, False),
    "don't have": (False, True), "doesn't have": (False, True), "don't suffer from": (False, True),
    "doesn't suffer from": (False, True), "have had": (True, False), "'ve had": (True, False),
    "has had": (True, False), "'s had": (True, False), "haven't had": (True, True), "hasn't had": (True, True)})
_INSOMNIA_EN = lazy(rf"{WHO_EN}(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?"
                    rf"{_VERB_EN}\s+insomnia{_WHEN_LAST_EN}\s*(?P<end>[.!]*)")
_INSOMNIA_ASKED_EN = lazy(rf"(?P<aux>Do|Does|Have|Has)\s+{WHO_EN}\s+(?P<verb>have|suffer\s+from|had)\s+"
                          rf"insomnia{_WHEN_LAST_EN}\s*\?+")
_SLEEPY_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)"
                  r"(?:\s+(?P<not>not)|(?P<nt>n['’]t))?|\s+(?P<feel>feels?))?"
                  r"(?:\s+(?P<deg>very|so|really|quite|a\s+bit|a\s+little))?\s+sleepy\s*(?P<end>[.!?]*)")
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)})|an)"
_PERIODS_VI = {"night": "đêm", "day": "ngày"}
_PER_EN = rf"(?:\s+(?:a|per|each|every)\s+(?P<per>{alternatives(_PERIODS_VI)}))?"
_HOURS_EN = lazy(rf"{_WHEN_FIRST_EN}{WHO_EN}(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?(?:\s+(?P<only>only))?"
                 r"(?P<verb>(?:\s+|(?=['’]))(?:have|has|['’]ve|['’]s)\s+(?:(?P<only2>only)\s+)?been\s+sleeping|"
                 r"\s+sleeps?|\s+slept)(?:\s+(?P<only3>only))?(?:\s+(?P<about>about|around))?\s+"
                 rf"{_N_EN}(?P<half>\s+and\s+a\s+half)?\s+(?P<unit>hours?)(?P<half2>\s+and\s+a\s+half)?{_PER_EN}"
                 rf"{_WHEN_LAST_EN}"
                 r"\s*(?P<end>[.!]*)")
_HOURS_ASKED_EN = lazy(rf"How\s+many\s+hours\s+(?P<aux>do|does|did)\s+{WHO_EN}\s+(?:(?P<seldom>usually)\s+)?"
                       rf"sleep{_PER_EN}(?:\s+(?P<when>last\s+night))?\s*\?+")
# the verbs said after one (he, she, Lan …), and after others
_ONE_FORMS = {"sleeps", "has", "'s", "does", "doesn't", "does not", "hasn't", "has not", "suffers"}
_MANY_FORMS = {"sleep", "have", "'ve", "do", "don't", "do not", "haven't", "have not", "suffer"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks how someone sleeps or slept; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _slept(text) or _asked(text) or _insomnia(text) or _sleepy(text) or _hours(text)
    if (src, tgt) == ("en", "vi"):
        return _slept_vi(text) or _asked_vi(text) or _insomnia_vi(text) or _sleepy_vi(text) or _hours_vi(text)
    return None


def _when(m: re.Match) -> str | None:
    """"last night", "lately" or "" (none) as a match of the Vietnamese says when (WHEN_SLEPT); None where it says it
    twice ("Tối qua tôi ngủ ngon tối qua.")."""
    said = [m[g] for g in ("when0", "when1", "when2") if m[g]]
    return None if len(said) > 1 else WHEN_SLEPT[keyed(said[0])] if said else ""


def _said(who_: str, said: str) -> str:
    """Who and what is said of them, "have been" and "have had" contracted ("I've been sleeping", "I've often had"),
    not "have" alone ("I have insomnia", not "I've insomnia")."""
    return contracted(who_, said) if re.match(r"ha(?:ve|s) (?:\w+ )?(?:been|had) ", said) else f"{who_} {said}"


def _slept(text: str) -> str | None:
    """"Tối qua tôi ngủ rất ngon." as "I slept very well last night.", "Dạo này mẹ tôi ngủ không ngon." as "My mother
    hasn't been sleeping well lately.", "Tôi không ngủ được." as "I can't sleep." (_SLEPT); None for anything else,
    and for "Bạn ngủ ngon." (a wish)."""
    m = _SLEPT.fullmatch(text)
    if not m or (when := _when(m)) is None or m["did"] and when == "lately" or m["before"] and m["after"]:
        return None
    if not (said := who(m, False)):
        return None
    who_, one = said
    time = "past" if when == "last night" or m["did"] else "lately" if when else "now"
    if time == "now" and who_ == "you":  # ("Bạn ngủ ngon nhé.": sleep well)
        return None
    if m["well"]:
        kind, how = "well", " ".join(w for w in (DEGREE.get(m["before"] or m["after"]), WELL[keyed(m["well"])]) if w)
    elif m["not"]:
        kind, how = "not", "very well" if m["very"] else "well"
    else:
        kind, how = "cannot", " at all" if m["at_all"] else ""
    verb = _SLEEPING[kind, time].format(how=how, have="has" if one else "have", do="does" if one else "do",
                                        s="s" * one)
    return capitalised(_said(who_, f"{verb}{f' {when}' if when else ''}{stop(m['end'])}"))


def _asked(text: str) -> str | None:
    """"Bạn ngủ có ngon không?" as "Did you sleep well?", "Tối qua bạn ngủ có ngon không?" as "Did you sleep well last
    night?", "Dạo này …" as "Have you been sleeping well lately?" (_ASKED); None for anything else."""
    m = _ASKED.fullmatch(text)
    if not m or (when := _when(m)) is None or not (said := who(m, True)):
        return None
    who_, one = said
    if when == "lately":
        return f"{'Has' if one else 'Have'} {who_} been sleeping well lately?"
    return f"Did {who_} sleep well{' last night' if when else ''}?"


def _insomnia(text: str) -> str | None:
    """"Tôi bị mất ngủ." as "I have insomnia.", "Bạn có bị mất ngủ không?" as "Do you have insomnia?", "Dạo này tôi bị
    mất ngủ." as "I've had insomnia lately.", "Tối qua tôi bị mất ngủ." as "I couldn't sleep last night." (_INSOMNIA);
    None for anything else."""
    m = _INSOMNIA.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (when := _when(m)) is None:
        return None
    seldom = often_said(m["seldom"], False) if m["seldom"] else ""
    if seldom and (when == "last night" or when and seldom not in ("often", "sometimes")) or \
            when == "last night" and (asked or m["not"]) or not (said := who(m, asked)):
        return None  # ("Dạo này tôi hay bị mất ngủ.": I've often had insomnia lately)
    who_, one = said
    has, have = ("has", "Has") if one else ("have", "Have")
    if asked:
        if when:
            return f"{have} {who_} had insomnia lately?"
        return f"{'Does' if one else 'Do'} {who_} have insomnia?"
    if when == "last night":
        return capitalised(f"{who_} couldn't sleep last night{stop(m['end'])}")
    if when:
        has = f"{has}n't" if m["not"] else f"{has} {seldom}" if seldom else has
        return capitalised(_said(who_, f"{has} had insomnia lately{stop(m['end'])}"))
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have insomnia{stop(m['end'])}")
    return capitalised(f"{who_} {f'{seldom} ' if seldom else ''}{has} insomnia{stop(m['end'])}")


def _sleepy(text: str) -> str | None:
    """"Tôi buồn ngủ quá." as "I'm so sleepy.", "Bạn có buồn ngủ không?" as "Are you sleepy?", "Tôi không buồn ngủ
    lắm." as "I'm not very sleepy." (_SLEEPY); None for anything else."""
    m = _SLEEPY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["before"] and m["after"]:
        return None
    degree = m["before"] or m["after"]
    if (asked or m["not"]) and degree and not (m["not"] and degree == "lắm") or asked and m["feel"]:
        return None
    if not (said := who(m, asked)):
        return None
    who_, one = said
    how = ("very" if m["not"] else DEGREE[keyed(degree)]) if degree else ""  # ("không buồn ngủ lắm": not very)
    sleepy = " ".join(w for w in ("not" if m["not"] else "", how, "sleepy") if w)
    if asked:
        return f"{be(who_).capitalize()} {who_} sleepy?"
    if m["feel"]:
        return capitalised(f"{who_} feel{'s' * one} {sleepy}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{be(who_)} {sleepy}{stop(m['end'])}"))


def _hours_en(n: str, half: bool) -> str:
    """Hours as English says them: "eight hours", "7 and a half hours", "an hour" (`n` Vietnamese or digits)."""
    if n in ("một", "1"):
        return "an hour and a half" if half else "an hour"
    return f"{VI_TO_EN.get(n, n)}{' and a half' * half} hours"


def _hours(text: str) -> str | None:
    """"Tôi thường ngủ tám tiếng một đêm." as "I usually sleep eight hours a night.", "Tối qua tôi chỉ ngủ được năm
    tiếng." as "I only slept five hours last night.", "Bạn thường ngủ mấy tiếng một đêm?" as "How many hours do you
    usually sleep a night?" (_HOURS); None for anything else, and where neither when, a night nor how often is
    said ("Tôi ngủ tám tiếng.")."""
    m = _HOURS.fullmatch(text)
    asked = bool(m and m["many"])
    if not m or asked != ("?" in m["end"]) or (when := _when(m)) is None or m["per0"] and m["per"]:
        return None
    per = m["per0"] or m["per"]
    if not (per or when or m["seldom"]) or m["unit"] == "giờ" and not per or when and m["seldom"]:
        return None  # ("ngủ 8 giờ" alone may be at 8)
    if when == "last night" and per or asked and (m["only"] or m["about"] or when == "lately"):
        return None
    if not (said := who(m, asked)):
        return None
    who_, one = said
    a_night = f" a {_PERIODS[keyed(per)]}" if per else ""
    if asked:
        if when:
            return f"How many hours did {who_} sleep last night?"
        seldom = f" {often_said(m['seldom'], True)}" if m["seldom"] else ""
        return f"How many hours {'does' if one else 'do'} {who_}{seldom} sleep{a_night}?"
    hours = f"{'about ' * bool(m['about'])}{_hours_en(keyed(m['n']), bool(m['half']))}"
    only = "only " if m["only"] else ""
    if when == "last night":
        return capitalised(f"{who_} {only}slept {hours} last night{stop(m['end'])}")
    if when:
        return capitalised(_said(who_, f"{'has' if one else 'have'} {only}been sleeping {hours}{a_night} lately"
                                       f"{stop(m['end'])}"))
    seldom = f"{often_said(m['seldom'], True)} " if m["seldom"] else ""
    return capitalised(f"{who_} {seldom}{only}sleep{'s' * one} {hours}{a_night}{stop(m['end'])}")


def _agrees(verb: str, one: bool) -> bool:
    """Whether an English verb agrees with who ("sleeps" after "he", "have" after "I"); a verb that takes anyone
    ("slept", "can't") does."""
    verb = keyed(verb.replace("’", "'"))
    return verb not in _ONE_FORMS | _MANY_FORMS or (verb in _ONE_FORMS) == one


def _how_vi(kind: str, how: str | None, degree: str | None, at_all: bool) -> str | None:
    """How one sleeps in Vietnamese: "ngủ rất ngon", "ngủ không ngon lắm", "không ngủ được chút nào" (`kind` "well",
    "not" or "cannot"); None where the words do not go with it ("couldn't sleep well")."""
    if kind == "cannot":
        return None if how else f"không ngủ được{' chút nào' * at_all}"
    if not how or at_all:
        return None
    if kind == "not":
        return "ngủ không ngon lắm" if degree == "very" and how == "well" else None if degree or how != "well" else \
            "ngủ không ngon"
    if how == "badly":  # ("I slept badly.": "ngủ không ngon")
        return None if degree else "ngủ không ngon"
    word = _WELL_VI[how]
    if not degree:
        return f"ngủ {word}"
    said = _DEGREE_VI[degree]
    return f"ngủ {said} {word}" if said in _BEFORE else f"ngủ {word} {said}"


def _when_vi(m: re.Match, time: str) -> str | None:
    """When a match of the English says one slept, in Vietnamese ("tối qua", "dạo này"), for a verb of `time`
    ("past", "lately", "now"); None where the time does not go with the verb ("I sleep well last night.") or is said
    twice."""
    said = [w for w in (m.groupdict().get("when0"), m["when"]) if w]
    if len(said) > 1:
        return None
    when = WHEN_SLEPT_VI[keyed(said[0])] if said else ""
    if time == "past":
        return when if when == "tối qua" else None  # (an English past alone is left to the model)
    if time == "lately":
        return when or "dạo này" if when != "tối qua" else None
    return None if when else ""


def _slept_vi(text: str) -> str | None:
    """"I didn't sleep well last night." as "Tối qua tôi ngủ không ngon.", "My mother hasn't been sleeping well
    lately." as "Dạo này mẹ tôi ngủ không ngon.", "I can't sleep." as "Tôi không ngủ được." (_SLEPT_EN); None for
    anything else."""
    m = _SLEPT_EN.fullmatch(text)
    found = m and _SLEEPING_EN.get(keyed(m["verb"].replace("’", "'")))
    if not found:
        return None
    time, kind = found
    who_, one = who_vi(m)
    how = _how_vi(kind, m["how"], m["deg"], bool(m["at_all"]))
    when = _when_vi(m, time)
    if how is None or when is None or not _agrees(m["verb"].split()[0], one):
        return None
    return capitalised(f"{f'{when} ' if when else ''}{who_} {how}{stop(m['end'])}")


def _asked_vi(text: str) -> str | None:
    """"Did you sleep well?" as "Bạn ngủ có ngon không?", "Did you sleep well last night?" as "Tối qua bạn ngủ có
    ngon không?", "Have you been sleeping well lately?" as "Dạo này bạn ngủ có ngon không?" (_ASKED_EN); None for
    anything else."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    aux = m["aux"].lower()
    time = "lately" if aux in ("have", "has") else "past" if aux == "did" else "now"
    if bool(m["been"]) != (time == "lately") or not _agrees(aux, who_vi(m)[1]):
        return None
    when = "" if time == "past" and not m["when"] else _when_vi(m, time)  # ("Did you sleep well?")
    if when is None:
        return None
    return capitalised(f"{f'{when} ' if when else ''}{who_vi(m)[0]} ngủ có ngon không?")


def _insomnia_vi(text: str) -> str | None:
    """"I have insomnia." as "Tôi bị mất ngủ.", "Does your father have insomnia?" as "Bố bạn có bị mất ngủ không?",
    "I've had insomnia lately." as "Dạo này tôi bị mất ngủ." (_INSOMNIA_EN, _INSOMNIA_ASKED_EN); None for anything
    else."""
    if m := _INSOMNIA_ASKED_EN.fullmatch(text):  # "Do you have", "Have you had"
        lately, not_, first = m["aux"] in ("Have", "Has"), False, m["aux"]
        if (keyed(m["verb"]) == "had") != lately:
            return None
    elif (m := _INSOMNIA_EN.fullmatch(text)) and (found := _HAVING_EN.get(keyed(m["verb"].replace("’", "'")))):
        (lately, not_), first = found, m["verb"].split()[0]
        if m["seldom"] and (lately or not_):
            return None
    else:
        return None
    who_, one = who_vi(m)
    when = WHEN_SLEPT_VI[keyed(m["when"])] if m["when"] else "dạo này" * lately
    if not _agrees(first, one) or when == "tối qua" or m["when"] and not lately:
        return None
    if m.re == _INSOMNIA_ASKED_EN:
        return capitalised(f"{f'{when} ' if when else ''}{who_} có bị mất ngủ không?")
    seldom = f"{SELDOM_VI[keyed(m['seldom'])]} " if m["seldom"] else ""
    return capitalised(f"{f'{when} ' if when else ''}{who_} {'không ' * not_}{seldom}bị mất ngủ{stop(m['end'])}")


def _sleepy_vi(text: str) -> str | None:
    """"I'm so sleepy." as "Tôi buồn ngủ quá.", "Are you sleepy?" as "Bạn có buồn ngủ không?", "She isn't very
    sleepy." as "Cô ấy không buồn ngủ lắm." (_SLEEPY_EN); None for anything else, and where "is", "am" or "are" does
    not agree with who."""
    m = _SLEEPY_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"] or m["feel"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if m["feel"] and m["feel"].endswith("s") != one or not m["feel"] and be_said(m["be0"] or m["be"]) != be_of(
            who_, one):
        return None
    not_, degree = m["not"] or m["nt"], keyed(m["deg"]) if m["deg"] else ""
    if m["be0"]:
        return None if degree else capitalised(f"{who_} có buồn ngủ không?")
    if not_:
        return None if degree not in ("", "very") else capitalised(
            f"{who_} không buồn ngủ{' lắm' * bool(degree)}{stop(m['end'])}")
    said = _DEGREE_VI[degree] if degree else ""
    sleepy = f"{said} buồn ngủ" if said in _BEFORE else f"buồn ngủ {said}"
    return capitalised(f"{who_} {'cảm thấy ' * bool(m['feel'])}{sleepy.strip()}{stop(m['end'])}")


def _hours_vi(text: str) -> str | None:
    """"I usually sleep eight hours a night." as "Tôi thường ngủ tám tiếng mỗi đêm.", "I only slept five hours last
    night." as "Tối qua tôi chỉ ngủ được năm tiếng.", "How many hours do you usually sleep a night?" as "Bạn thường
    ngủ mấy tiếng một đêm?" (_HOURS_EN, _HOURS_ASKED_EN); None for anything else."""
    if m := _HOURS_ASKED_EN.fullmatch(text):
        who_, one = who_vi(m)
        if m["aux"] == "did":
            return None if m["seldom"] or m["per"] or not m["when"] else f"Tối qua {who_} ngủ được mấy tiếng?"
        if m["when"] or not _agrees(m["aux"], one):
            return None
        seldom = " thường" if m["seldom"] else ""
        per = f" một {_PERIODS_VI[m['per'].lower()]}" if m["per"] else ""
        return capitalised(f"{who_}{seldom} ngủ mấy tiếng{per}?")
    m = _HOURS_EN.fullmatch(text)
    if not m or sum(bool(m[g]) for g in ("only", "only2", "only3")) > 1:
        return None
    verb = keyed(m["verb"].replace("’", "'"))
    time = "past" if verb == "slept" else "now" if verb.startswith("sleep") else "lately"
    who_, one = who_vi(m)
    n = keyed(m["n"])
    when = _when_vi(m, time)
    if when is None or not _agrees(verb.split()[0], one) or m["half2"] and m["unit"] != "hour" or \
            (m["unit"] == "hour") != (n in ("one", "an", "1") and not m["half"]) or n == "an" and m["half"]:
        return None  # ("eight hour", "an and a half hours"; "an hour and a half", "seven and a half hours")
    if time == "past" and m["per"] or time == "now" and not (m["per"] or m["seldom"]) or time != "now" and m[
            "seldom"]:
        return None
    hours = f"{'khoảng ' * bool(m['about'])}{'một' if n == 'an' else EN_TO_VI.get(n, n)} tiếng" \
            f"{' rưỡi' * bool(m['half'] or m['half2'])}"
    words = [when, who_, SELDOM_VI[keyed(m["seldom"])] if m["seldom"] else "",
             "chỉ" if m["only"] or m["only2"] or m["only3"] else "", "ngủ", "được" if time != "now" else "", hours,
             f"mỗi {_PERIODS_VI[m['per'].lower()]}" if m["per"] else ""]
    return capitalised(" ".join(w for w in words if w) + stop(m['end']))
