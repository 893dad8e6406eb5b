"""Bringing lunch from home to work or school, both ways, written whole by rule: who brings it (a habit, done, to
come), who packs whose lunch, who forgot theirs, who eats out at lunchtime instead, and who heats it up in the
microwave. v8 (every other rule on) reads "cơm" as muscles, "hộp" as a box, "chuẩn bị" as being ready and "hâm" as
nothing: "Tôi mang cơm trưa đi làm." → "I bring lunchs to work.", "Bạn có mang cơm đi làm không?" → "Do you bring
muscles to work?", "Mẹ tôi chuẩn bị cơm hộp cho tôi." → "My mother was ready to get the box for me.", "Ai chuẩn bị cơm
hộp cho bạn?" → "Who prepares the box for you?", "Hôm nay tôi quên mang cơm." → "I forgot to carry my rice today.",
"Tôi thường ăn trưa ở ngoài." → "I usually eat noon outside.", "Tôi hâm nóng cơm trưa trong lò vi sóng." → "I aheated
lunch in the microwave."; "I usually bring my lunch to work." → "Tôi thường ăn trưa để làm việc.", "My mother packs my
lunch." → "Mẹ tôi đóng gói bữa trưa của tôi.", "He forgot to bring his lunch." → "Anh ấy quên ăn trưa.", "Do you eat
out for lunch?" → "Bạn có ăn trưa không?", "I heat up my lunch in the microwave." → "Tôi nóng bữa trưa của tôi trong lò
vi sóng.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) brings ("mang", "đem") lunch ("cơm", "cơm trưa", "cơm hộp", "hộp cơm",
"đồ ăn trưa") to work or school ("đi làm", "đi học"; "đến trường" … only by "I" or "you"): plain (a habit), how often
(mt.hobbies.SELDOM, "thường" as "often", "usually" before EVERY: often_said; EVERY), denied, asked, done ("đã", a day
behind: mt.dates.near_days), to come ("sẽ", tomorrow); who packs ("chuẩn bị", "làm" "cơm hộp") lunch for whom
(mt.hobbies.WHOM) or their own ("tự"), as a habit, done, to come, asked, and "Ai …?" (who); who forgot ("quên mang")
their lunch or lunchbox, today, yesterday, again ("lại"), to work, asked, or often; who eats out ("ăn ngoài", "ăn trưa
ở ngoài") with how often said; who heats up their lunch ("cơm trưa", "cơm hộp") in the microwave, as a habit or asked,
at work. Left: "Hôm nay tôi mang cơm đi làm." (bringing or brought?), "mang cơm" with nowhere to (food for someone?),
lunch brought "đến trường" … by another ("Mẹ tôi mang cơm đến trường.": for a child?), "chuẩn bị cơm trưa" (cooked at
home?), "cơm" alone heated ("Tôi hâm nóng cơm trong lò vi sóng.": rice, mt/fridge.py's with a tense), heating done or
to come (mt/fridge.py), "ăn ngoài" with no habit said (today? outdoors?), how often that "every" says otherwise ("hay
… mỗi ngày", "sometimes … every day"), saving by bringing lunch (mt/savings.py), a lunchbox left somewhere
(mt/left_behind.py), meals had yet (mt/meals.py), "anh", "chị", "em" alone saying it, "I" asked, "his", "her" or
"their" lunch packed by another (whose?), packing denied in Vietnamese (doesn't, or didn't?), a lunch packed by "I"
for "you" or by "you" for "I" with neither a habit nor a tense (packed, to pack, or asked to?), oneself said as another,
"Did …?" with no day in English (Vietnamese "có … không?" asks of a habit), "makes my lunch" (cooks?), and anything
else.
mt.phrasebook.translate tries these after mt/skipped_meals.py.

    >>> translate("Tôi mang cơm trưa đi làm.", "vi", "en"), translate("My mother packs my lunch.", "en", "vi")
    ('I bring my lunch to work.', 'Mẹ tôi chuẩn bị cơm hộp cho tôi.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import PRONOUNS
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, asked_of, often_said,
                      own_thing, pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cơm|đồ\s+ăn\s+trưa|ăn\s+(?:trưa\s+)?(?:ở\s+)?ngoài)"),
         "en": lazy(r"(?i:lunch|eat\s+out|eats\s+out)")}
# lunch as brought from home ("hộp cơm", the box, is a lunchbox forgotten)
_FOOD = r"(?P<food>(?i:cơm(?:\s+trưa|\s+hộp)?|hộp\s+cơm|đồ\s+ăn\s+trưa))"
# where to (the first Vietnamese of each is written back)
_TO = {"đi làm": "to work", "đến công ty": "to work", "lên công ty": "to work", "đi học": "to school",
       "đến trường": "to school"}
_TO_VI = {en: vi for vi, en in reversed(_TO.items())}
_THERE = {"đến công ty", "lên công ty", "đến trường"}  # lunch brought there may be another's (_bring)
# how often said with "every" (mỗi ngày …): only these agree with it ("I often bring my lunch to work every day.")
_EVERY_HOW = {"usually", "always"}
# the days read, and back
_DAYS = near_days("hôm qua", "hôm nay", "sáng nay", "ngày mai")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>{alternatives(_DAYS)}))?"
_EVERY = rf"(?:\s+(?P<every>{alternatives(EVERY)}))?"
_HOW = rf"(?:(?P<how>{alternatives(SELDOM)})\s+)?"
_AUX = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<will>sẽ)\s+|(?P<did>đã)\s+)?"

# lunch brought ("Tôi mang cơm trưa đi làm.", "Bạn có mang cơm đi làm không?", "Hôm qua anh ấy đã mang cơm đi làm.")
_BRING = lazy(rf"{_DAY}{WHO}\s+{_AUX}{_HOW}(?:mang|đem)\s+{_FOOD}(?:\s+theo)?\s+(?P<to>{alternatives(_TO)})"
              rf"{_EVERY}{_DAY2}{ASKED_END}")
# lunch packed for someone ("Mẹ tôi chuẩn bị cơm hộp cho tôi.", "Ai chuẩn bị cơm hộp cho bạn?", "Tôi tự làm cơm hộp.")
_PACK = lazy(rf"(?:{WHO}|(?P<anyone>(?i:ai)))\s+{_AUX}{_HOW}(?P<own>tự\s+)?(?:chuẩn\s+bị|làm)\s+cơm\s+hộp"
             rf"(?:\s+cho\s+{WHOM})?{_EVERY}{ASKED_END}")
# lunch forgotten ("Hôm nay tôi quên mang cơm.", "Bố tôi lại quên mang cơm đi làm rồi.")
_FORGOT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+|(?P<how>hay|thường|luôn)\s+)?(?:(?P<again>lại)\s+)?(?:đã\s+)?"
               rf"quên\s+mang\s+{_FOOD}(?:\s+theo)?(?:\s+(?P<to>{alternatives(_TO)}))?(?:\s+(?P<done>rồi))?{_DAY2}"
               rf"{ASKED_END}")
# eating out, how often said ("Tôi thường ăn trưa ở ngoài.", "Bạn có hay ăn ngoài không?")
_OUT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<how>{alternatives(SELDOM)})\s+(?:đi\s+)?ăn(?P<lunch>\s+trưa)?\s+"
            rf"(?:ở\s+)?ngoài{_EVERY}{ASKED_END}")
# lunch heated up ("Tôi hâm nóng cơm trưa trong lò vi sóng.": "cơm" alone is rice, mt/fridge.py's)
_HEAT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?{_HOW}(?:hâm(?:\s+nóng)?|làm\s+nóng)(?:\s+lại)?\s+"
             r"(?P<food>cơm\s+trưa|cơm\s+hộp|hộp\s+cơm|đồ\s+ăn\s+trưa)(?:\s+lại)?\s+(?:trong|bằng)\s+lò\s+vi\s+"
             rf"(?:sóng|ba)(?P<work>\s+ở\s+(?:công\s+ty|chỗ\s+làm))?{ASKED_END}")

# ... and in English: the verb after who agreeing with who (_tense_en)
_Q_EN = r"(?:(?P<q>Do|Does|Did)\s+)?"
_AUX_EN = (r"(?P<aux>\s+(?:do|does|did)\s+not|\s+(?:don|doesn|didn|won)['’]t|\s+will\s+not|['’]ll|\s+will)?"
           rf"(?:\s+(?P<how>{alternatives(HABIT_VI)}))?")
_EVERY_EN = rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_BRING_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>bring|brings|brought|take|takes|took)\s+(?:(?P<owner>"
                 rf"(?i:{WHOSE_WORDS}))\s+|(?P<a>a)\s+)?(?P<packed>packed\s+)?lunch\s+(?P<to>{alternatives(_TO_VI)})"
                 rf"{_EVERY_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_PACK_EN = lazy(rf"{_Q_EN}(?:{WHO_EN}|(?P<anyone>Who)){_AUX_EN}\s+(?P<verb>pack|packs|packed)\s+"
                rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<own>own\s+)?"
                rf"(?P<lunch>lunch|lunches){_EVERY_EN}\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"{_Q_EN}{WHO_EN}(?:\s+(?P<how>often|always))?\s+(?P<verb>forgot|forget|forgets)\s+"
                  rf"(?P<bring>to\s+(?:bring|take)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+)?(?P<what>lunch|lunchbox|"
                  rf"lunch\s+box)(?:\s+(?P<to>{alternatives(_TO_VI)}))?(?P<again>\s+again)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>eat|eats)\s+(?:(?P<lunch0>lunch)\s+out|out(?:\s+(?P<lunch>"
               rf"at\s+lunch(?:time)?|for\s+lunch))?){_EVERY_EN}\s*(?P<end>[.!?]*)")
_HEAT_EN = lazy(rf"{_Q_EN}{WHO_EN}{_AUX_EN}\s+(?P<verb>heat|heats|warm|warms)\s+(?:(?P<up0>up)\s+)?(?P<owner>"
                rf"(?i:{WHOSE_WORDS}))\s+lunch(?:\s+(?P<up>up))?\s+in\s+the\s+microwave(?P<work>\s+at\s+work)?"
                r"\s*(?P<end>[.!?]*)")
# English verbs: base, said of one, past
_FORMS = {"bring": ("brings", "brought"), "take": ("takes", "took"), "pack": ("packs", "packed"),
          "forget": ("forgets", "forgot"), "eat": ("eats", "ate"), "heat": ("heats", "heated"),
          "warm": ("warms", "warmed")}
_BASE = {form: base for base, forms in _FORMS.items() for form in (base, *forms)}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who brings, packs or forgot their lunch, eats out at lunchtime
    or heats their lunch up in the microwave; None for any other."""
    if src == "vi":
        return _bring(text) or _pack(text) or _forgot(text) or _out(text) or _heat(text)
    return _bring_vi(text) or _pack_vi(text) or _forgot_vi(text) or _out_vi(text) or _heat_vi(text)


def _person(m: re.Match) -> tuple[str, bool, bool] | None:
    """Who of a Vietnamese match in English, whether one ("she brings"), and whether asked ("có … không?"); None for
    a pet, "I" asked, "anh", "em" … saying, "có" or "không?" alone, or a "?" on a statement."""
    asked = asked_of(m)
    said = None if asked is None or animal(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else (*said, asked)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a Vietnamese match in English, with a space before it, and its way ("behind", "today", "ahead");
    ("", "") for none; None where it is said twice."""
    if m["day"] and m["day2"]:
        return None
    day = keyed(m["day"] or m["day2"] or "")
    return (f" {_DAYS[day]}", NEAR_WAY[day]) if day else ("", "")


def _often(m: re.Match) -> str:
    """How often a Vietnamese match says, in English (mt.hobbies.SELDOM: "thường" is "often", "usually" before "mỗi
    ngày" …, as mt.hobbies.often_said gives it); "" for none."""
    return often_said(m["how"], bool(m.groupdict().get("every"))) if m["how"] else ""


def _tense(m: re.Match, way: str) -> str | None:
    """The tense a Vietnamese match says with its day's `way`: "now" (a habit, "thường" …), "not", "ask", "did"
    ("đã", a day behind), "didn't" (a day behind denied), "will" ("sẽ", tomorrow); None where they do not agree,
    for a day with a habit, for how often that "every" says otherwise ("hay … mỗi ngày": often every day?), and for
    today with neither "đã" nor "sẽ" (brought, or bringing?)."""
    groups = m.groupdict()
    how, every, ask, not_ = groups.get("how"), groups.get("every"), m["asked"], groups.get("not")
    did, will = groups.get("did"), groups.get("will")
    if (how or every) and (way or did or will or not_) or did and way == "ahead" or will and way in ("behind", "today"):
        return None
    if how and keyed(how) == "không bao giờ" and ask or how and every and _often(m) not in _EVERY_HOW:
        return None
    if did or way == "behind":
        return "didn't" if not_ else None if will else "ask did" if ask else "did"
    if will or way == "ahead":
        return None if ask or not_ else "will"
    return None if way else "ask" if ask else "not" if not_ else "now"


def _said_en(who_: str, one: bool, tense: str, verb: str, rest: str, adverb: str = "", day: str = "") -> str:
    """A sentence in English in `tense` (as _tense gives it), its verb (a base of _FORMS) agreeing with who: "I bring
    my lunch to work.", "Does she bring lunch to work?", "He brought his lunch to work yesterday."."""
    adverb = f"{adverb} " if adverb else ""
    if tense == "ask did":
        return f"Did {who_} {verb} {rest}{day}?"
    if tense in ("did", "didn't"):
        said = f"didn't {verb}" if tense == "didn't" else _FORMS[verb][1]
        return capitalised(f"{who_} {said} {rest}{day}.")
    if tense == "will":
        return capitalised(contracted(who_, f"will {verb} {rest}{day}."))
    return present(who_, one, verb, rest, tense == "ask", tense == "not", adverb=adverb)


def _whose(m: re.Match, who_: str, tense: str) -> str:
    """Whose lunch, with a space after it, for who of a match of WHO said `who_`: "my " for "I", "her " for "mẹ tôi";
    "" asked, denied or never (as "Do you bring lunch to work?"), for "we" and "they" (one lunch, or many?), and where
    English cannot tell his from hers (a name alone)."""
    whose = whose_own(m, who_) if tense in ("now", "did", "will") and keyed(m["how"] or "") != "không bao giờ" else None
    return f"{whose} " if whose and whose not in ("our", "their") else ""


def _bring(text: str) -> str | None:
    """"Tôi mang cơm trưa đi làm." as "I bring my lunch to work.", "Bạn có mang cơm đi làm không?" as "Do you bring
    lunch to work?", "Tôi thường mang cơm đi làm." as "I often bring my lunch to work.", "Hôm qua anh ấy mang cơm
    đi làm." as "He brought his lunch to work yesterday." (_BRING); None for anything else, and for lunch brought
    "đến" or "lên" somewhere by anyone but "I" and "you" (_THERE)."""
    m = _BRING.fullmatch(text)
    said = m and _person(m)
    day = said and _day(m)
    if not (tense := day and _tense(m, day[1])) or keyed(m["food"]) == "hộp cơm" or keyed(m["to"]) in _THERE and \
            said[0] not in ("I", "you"):
        return None  # ("Mẹ tôi mang cơm đến trường.", "Chúng tôi mang cơm đến trường.": for a child? for the poor?)
    who_, one, _ = said
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    rest = f"{_whose(m, who_, tense)}lunch {_TO[keyed(m['to'])]}{every}"
    return _said_en(who_, one, tense, "bring", rest, _often(m), day[0])


def _pack(text: str) -> str | None:
    """"Mẹ tôi chuẩn bị cơm hộp cho tôi." as "My mother packs my lunch.", "Ai chuẩn bị cơm hộp cho bạn?" as "Who
    packs your lunch?", "Tôi tự chuẩn bị cơm hộp." as "I pack my own lunch.", "Vợ tôi đã chuẩn bị cơm hộp cho con tôi."
    as "My wife packed my child's lunch." (_PACK); None for anything else, a lunch packed for no one said, for
    oneself said as another ("Tôi chuẩn bị cơm hộp cho tôi.", "Lan chuẩn bị cơm hộp cho Lan."), and for "you" by "I"
    (or for "I" by "you") with neither a habit nor a tense said."""
    m = _PACK.fullmatch(text)
    if not m or bool(m["own"]) == bool(m["whom"]) or pet(m["whom"], "vi") or m["not"] or m["anyone"] and (
            m["ask"] or m["asked"] or m["how"] or m["every"] or m["own"] or "?" not in m["end"]):
        return None  # ("Anh ấy không chuẩn bị cơm hộp cho tôi.": doesn't, or didn't?)
    said = ("who", True, False) if m["anyone"] else _person(m)
    if not (tense := said and _tense(m, "")):
        return None
    who_, one, asked = said
    if m["own"]:
        whose = None if m["anyone"] else whose_own(m, who_)
        lunch = whose and f"{whose} own lunch"
    else:
        whom = keyed(m["whom"])
        whose = EN_WHOSE[PRONOUNS[whom]] if whom in PRONOUNS else f"{someone(m['whom'], 'vi')}'s"
        lunch = None if not m["anyone"] and whose in (whose_own(m, who_), f"{who_}'s") else \
            f"{whose} {'lunches' if whose in ('our', 'their') else 'lunch'}"
    # between the one speaking and the one spoken to, with neither a habit nor a tense: "Tôi chuẩn bị cơm hộp cho
    # bạn." (I've packed it, or I'll pack it?), "Bạn chuẩn bị cơm hộp cho tôi." (pack it for me?)
    between = (who_, whose) in (("I", "your"), ("you", "my")) and tense == "now" and not (m["how"] or m["every"])
    if not lunch or between:
        return None
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    if m["anyone"]:  # ("Ai chuẩn bị cơm hộp cho bạn?": "Who packs your lunch?")
        verb = {"now": "packs", "did": "packed", "will": "will pack"}[tense.removeprefix("ask ")]
        return f"Who {verb} {lunch}?"
    return _said_en(who_, one, tense, "pack", f"{lunch}{every}", _often(m))


def _forgot(text: str) -> str | None:
    """"Hôm nay tôi quên mang cơm." as "I forgot my lunch today.", "Bố tôi lại quên mang cơm đi làm rồi." as "My
    father forgot to bring his lunch to work again.", "Bạn có quên mang cơm không?" as "Did you forget your lunch?",
    "Tôi hay quên mang cơm." as "I often forget my lunch." (_FORGOT); None for anything else, and for a day ahead."""
    m = _FORGOT.fullmatch(text)
    said = m and _person(m)
    day = said and _day(m)
    if not day or day[1] == "ahead" or m["how"] and (day[0] or m["done"] or m["again"]):
        return None
    who_, one, asked = said
    whose = whose_own(m, who_)
    box = keyed(m["food"]) == "hộp cơm"
    if box and whose is None:
        return None  # ("Lan quên mang hộp cơm.": his or her lunchbox?)
    # ("Họ quên mang hộp cơm.": a box each, "their lunchboxes")
    what = ("lunchboxes" if whose in ("our", "their") else "lunchbox") if box else "lunch"
    lunch = f"{whose} {what}" if whose else "lunch"
    to = f" {_TO[keyed(m['to'])]}" if m["to"] else ""
    again = " again" if m["again"] else ""
    # ("forgot to bring lunch" where whose is not known, and to where)
    lunch = f"{lunch}{to}" if whose and not to else f"to bring {lunch}{to}"
    if m["how"]:
        return present(who_, one, "forget", lunch, asked, adverb=f"{_often(m)} ")
    if asked:
        return f"Did {who_} forget {lunch}{again}{day[0]}?"
    return capitalised(f"{who_} forgot {lunch}{again}{day[0]}.")


def _out(text: str) -> str | None:
    """"Tôi thường ăn trưa ở ngoài." as "I often eat out at lunchtime.", "Anh ấy hay ăn ngoài." as "He often eats
    out.", "Bạn có hay ăn trưa ở ngoài không?" as "Do you often eat out at lunchtime?" (_OUT); None for anything
    else."""
    m = _OUT.fullmatch(text)
    said = m and _person(m)
    if not (tense := said and _tense(m, "")):
        return None
    who_, one, _ = said
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    rest = f"out{' at lunchtime' if m['lunch'] else ''}{every}"
    return _said_en(who_, one, tense, "eat", rest, _often(m))


def _heat(text: str) -> str | None:
    """"Tôi hâm nóng cơm trưa trong lò vi sóng." as "I heat up my lunch in the microwave.", "Bạn có hâm nóng cơm hộp
    bằng lò vi sóng không?" as "Do you heat up your lunch in the microwave?" (_HEAT); None for anything else."""
    m = _HEAT.fullmatch(text)
    said = m and _person(m)
    if not (tense := said and _tense(m, "")):
        return None
    who_, one, asked = said
    whose = whose_own(m, who_)
    rest = f"up {whose + ' ' if whose else ''}lunch in the microwave{' at work' if m['work'] else ''}"
    return _said_en(who_, one, tense, "heat", rest, _often(m))


def _tense_en(m: re.Match, one: bool) -> str | None:
    """The tense of an English match, its verb agreeing with who (`one`): "now", "not", "ask", "did", "didn't", "ask
    did", "will", "won't"; None where the verb does not agree ("She bring", "Does you", "I brings")."""
    q, verb = (m["q"] or "").lower(), m["verb"].lower()
    aux = " ".join((m.groupdict().get("aux") or "").lower().replace("’", "'").split())
    base = verb in _FORMS
    if q or aux:
        if not base or q and aux:
            return None
        said = {"do": "ask", "does": "ask", "did": "ask did", "don't": "not", "do not": "not", "doesn't": "not",
                "does not": "not", "didn't": "didn't", "did not": "didn't", "will": "will", "'ll": "will",
                "won't": "won't", "will not": "won't"}[q or aux]
        third = (q or aux).startswith("does")
        return said if third == one or not (q or aux).startswith("do") else None
    if verb == _FORMS[_BASE[verb]][1]:
        return "did"
    return "now" if (verb != _BASE[verb]) == one else None


def _said_vi(who_: str, tense: str, rest: str, how: str = "", day: str = "") -> str:
    """A sentence in Vietnamese in `tense` (as _tense_en gives it): "Tôi mang cơm trưa đi làm.", "Bạn có mang cơm
    trưa đi làm không?", "Hôm qua anh ấy mang cơm trưa đi làm.", "Tôi sẽ mang …"."""
    how = f"{how} " if how else ""
    day = f"{day} " if day else ""
    if tense.startswith("ask"):
        return capitalised(f"{day}{who_} có {how}{rest} không?")
    behind = NEAR_WAY.get(day.strip()) == "behind"  # ("Hôm qua tôi mang …": the day says it was done)
    aux = {"now": "", "not": "không ", "did": "" if behind else "đã ", "didn't": "không " if behind else "đã không ",
           "will": "sẽ ", "won't": "sẽ không "}[tense]
    return capitalised(f"{day}{who_} {aux}{how}{rest}.")


def _asked_right(m: re.Match, tense: str | None) -> bool:
    """Whether an English match's tense is read, asks where it ends with "?" and only there, says how often only of a
    habit kept (and with "every" only "usually" or "always"), and a day only of a tense that has one ("yesterday"
    done, "tomorrow" to come)."""
    if tense is None or tense.startswith("ask") != ("?" in m["end"]):
        return False
    groups = m.groupdict()
    how, day = keyed(groups.get("how") or ""), groups.get("day")
    if how and (tense not in ("now", "ask") or how == "never" and tense == "ask"):
        return False
    if groups.get("every") and (tense not in ("now", "ask", "not") or how and how not in _EVERY_HOW):
        return False
    way = NEAR_WAY[_DAYS_VI[day]] if day else ""
    return not way or tense in ("did", "didn't", "ask did") and way != "ahead" or tense in ("will", "won't") and \
        way != "behind"


def _match_en(pattern: re.Pattern, text: str) -> re.Match | None:
    """The full match of an English `pattern` over WHO_EN, None for none and for a pet as who ("My dog brings his
    lunch to work.")."""
    m = pattern.fullmatch(text)
    return None if m is None or animal(m) else m


def _said_by(m: re.Match) -> tuple[str, bool, str] | None:
    """Who of an English match in Vietnamese, whether one, and its tense (_tense_en); None where _asked_right says
    no, and for "I" asked ("Do I bring …?": asked of oneself)."""
    who_, one = who_vi(m)
    tense = _tense_en(m, one)
    return (who_, one, tense) if _asked_right(m, tense) and not (tense.startswith("ask") and who_ == "tôi") else None


def _bring_vi(text: str) -> str | None:
    """"I bring my lunch to work." as "Tôi mang cơm trưa đi làm.", "Do you bring lunch to work?" as "Bạn có mang cơm
    trưa đi làm không?", "She takes a packed lunch to school." as "Cô ấy mang cơm hộp đi học." (_BRING_EN); None for
    anything else, for another's lunch ("I bring your lunch"), for "a lunch", and for "Did …?" with no day."""
    m = _match_en(_BRING_EN, text)
    if not m or m["a"] and not m["packed"] or m["owner"] and m["packed"] or not (said := _said_by(m)):
        return None
    who_, one, tense = said
    if m["owner"] and own_thing(m, who_, one) is not True or tense == "ask did" and not m["day"]:
        return None  # ("Did you …?": "Bạn có mang …?" asks of a habit)
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    how = HABIT_VI[m["how"].lower()] if m["how"] else ""
    day = _DAYS_VI[m["day"]] if m["day"] else ""
    food = "cơm hộp" if m["packed"] else "cơm trưa"
    return _said_vi(who_, tense, f"mang {food} {_TO_VI[m['to']]}{every}", how, day)


def _pack_vi(text: str) -> str | None:
    """"My mother packs my lunch." as "Mẹ tôi chuẩn bị cơm hộp cho tôi.", "Who packs your lunch?" as "Ai chuẩn bị
    cơm hộp cho bạn?", "I pack my own lunch." as "Tôi tự chuẩn bị cơm hộp." (_PACK_EN); None for anything else,
    for "his", "her" or "their" lunch without "own" (whose?), for a pet's, for oneself said as another ("Lan packs
    Lan's lunch."), and for "Did …?" (there is no day)."""
    m = _match_en(_PACK_EN, text)
    owner = m and (m["owner"] or "").lower()
    if not m or pet(m["someone"], "en") or m["lunch"] == "lunches" and owner not in ("our", "their"):
        return None
    if m["anyone"]:  # ("Who packs your lunch?", "Who packed her lunch?")
        if m["q"] or m["aux"] or m["how"] or m["own"] or m["verb"] == "pack" or "?" not in m["end"]:
            return None
        who_, one, tense, own = "ai", True, "now", False
    else:
        if not (said := _said_by(m)) or said[2] == "ask did" or m["someone"] and someone(m["someone"], "en") == said[0]:
            return None  # ("Did your mother pack your lunch?": "Mẹ bạn có chuẩn bị …?" asks of a habit)
        who_, one, tense = said
        own = bool(owner) and own_thing(m, who_, one) is True
        if m["own"] and not own or not m["own"] and owner in ("his", "her", "their"):
            return None  # ("My mother packs her lunch.": her own, or a daughter's?)
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    how = HABIT_VI[m["how"].lower()] if m["how"] else ""
    whom = WHOSE_VI[owner] if owner else someone(m["someone"], "en")
    rest = f"tự chuẩn bị cơm hộp{every}" if own else f"chuẩn bị cơm hộp cho {whom}{every}"
    if m["anyone"]:
        return f"Ai {'đã ' if m['verb'] == 'packed' else ''}{rest}?"
    return _said_vi(who_, tense, rest, how)


def _forgot_vi(text: str) -> str | None:
    """"I forgot my lunch today." as "Hôm nay tôi quên mang cơm.", "He forgot to bring his lunch to work." as "Anh ấy
    quên mang cơm đi làm.", "Did you forget your lunch?" as "Bạn có quên mang cơm không?", "I often forget my lunch."
    as "Tôi hay quên mang cơm." (_FORGOT_EN); None for anything else, and for another's lunch."""
    m = _match_en(_FORGOT_EN, text)
    if not m or not (m["owner"] or m["bring"]) or m["to"] and not m["bring"] or not (said := _said_by(m)):
        return None
    who_, one, tense = said
    if tense not in ("now", "did", "ask did") or m["owner"] and own_thing(m, who_, one) is not True or \
            tense == "now" and (not m["how"] or m["again"]):
        return None  # ("I forget my lunch.": a habit with no how often)
    what = "hộp cơm" if "box" in m["what"] else "cơm"
    again = "lại " if m["again"] else ""
    to = f" {_TO_VI[m['to']]}" if m["to"] else ""
    day = f"{_DAYS_VI[m['day']]} " if m["day"] else ""
    if tense == "ask did":
        return capitalised(f"{day}{who_} có {again}quên mang {what}{to} không?")
    how = f"{HABIT_VI[m['how'].lower()]} " if m["how"] else ""
    return capitalised(f"{day}{who_} {how}{again}quên mang {what}{to}{stop(m['end'])}")


def _out_vi(text: str) -> str | None:
    """"I usually eat out at lunchtime." as "Tôi thường ăn trưa ở ngoài.", "Do you eat out for lunch?" as "Bạn có ăn
    trưa ở ngoài không?", "She often eats lunch out." as "Cô ấy hay ăn trưa ở ngoài." (_OUT_EN); None for anything
    else, and for eating out done or to come (where, and when?)."""
    m = _match_en(_OUT_EN, text)
    if not (said := m and _said_by(m)) or said[2] not in ("now", "not", "ask"):
        return None
    who_, _, tense = said
    lunch = m["lunch0"] or m["lunch"]
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    how = HABIT_VI[m["how"].lower()] if m["how"] else ""
    return _said_vi(who_, tense, f"ăn {'trưa ở ' if lunch else ''}ngoài{every}", how)


def _heat_vi(text: str) -> str | None:
    """"I heat up my lunch in the microwave." as "Tôi hâm nóng cơm trưa bằng lò vi sóng.", "Does she heat her lunch
    up in the microwave?" as "Cô ấy có hâm nóng cơm trưa bằng lò vi sóng không?" (_HEAT_EN); None for anything else,
    and for another's lunch."""
    m = _match_en(_HEAT_EN, text)
    if not m or m["up0"] and m["up"] or not (said := _said_by(m)):
        return None
    who_, one, tense = said
    if tense not in ("now", "not", "ask") or own_thing(m, who_, one) is not True:
        return None
    how = HABIT_VI[m["how"].lower()] if m["how"] else ""
    return _said_vi(who_, tense, f"hâm nóng cơm trưa bằng lò vi sóng{' ở công ty' if m['work'] else ''}", how)
