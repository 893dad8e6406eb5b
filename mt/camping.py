"""Camping, both ways, written whole by rule: a tent pitched or taken down, a campfire had, lit, sat around or put out,
sleeping in a tent, a tent or a sleeping bag brought along, had, leaking, wet or torn. v8 (the rules on) reads "lều"
as margins, "lửa trại" as a farm, "túi ngủ" as sleep bags, and "pitch", "campfire" as a pitch, a settlement: "Chúng
tôi dựng lều bên bờ hồ." → "We set tents across the shore.", "Tối nay có đốt lửa trại không?" → "Tonight, is
flames?", "Tối nay chúng ta đốt lửa trại nhé." → "Tonight, we burn farm train.", "Bạn đã dựng lều chưa?" → "Do you
have built margins?", "Chúng tôi ngồi quanh lửa trại." → "We sat around the farm.", "Nhớ dập lửa trại nhé." →
"Remember to train the farm.", "Bạn đã bao giờ ngủ trong lều chưa?" → "Are you never sleep in the tent?", "Tôi quên
mang túi ngủ." → "I forgot to bring sleep bags.", "Lều của chúng tôi bị dột." → "Our margin is blisted."; "We pitched
our tent by the lake." → "Chúng tôi vội vã của chúng tôi bằng hồ.", "Is there a campfire tonight?" → "Có cắm trại tối
nay không?", "Let's have a campfire tonight." → "Chúng ta có một cuộc cắm trại tối nay.", "We're sleeping in a tent
tonight." → "Chúng tôi đang ngủ trong lều tối nay.", "Remember to bring your sleeping bag." → "Hãy nhớ mang va-li ngủ
của bạn.", "The tent is leaking." → "Tình trạng căng thẳng đang rò rỉ.".

Taken: who (mt.hobbies.WHO, WHO_EN) doing one of _DOINGS ("dựng lều", "dỡ lều", "thu lều", "đốt lửa trại", "nhóm lửa
trại", "ngồi quanh lửa trại", "dập lửa trại", "ngủ trong lều", "mang theo lều", "mang theo túi ngủ"; "pitch", "put up",
"take down" a tent, "have", "make", "light", "sit around", "put out" a campfire, "sleep in" a tent, "bring" one or a
sleeping bag), where (mt.outings.PLACES, "ở đây") and before dark or bed: done ("đã", a day behind; "Chúng tôi dựng lều
bên bờ hồ." as done: a tent pitched in a place, said by "tôi", "chúng tôi", someone), done by now ("rồi", "xong"),
just, not yet, asked "… chưa?", now ("đang"), on a day ahead, will, has to, needs to, forgot to, knows how to (asked,
denied), never or ever asked; suggested ("Chúng ta … nhé.", "… thôi."; "Let's …"), reminded ("Nhớ …", "Đừng quên …"),
where we should pitch the tent; a campfire on a day ahead, said or asked ("Is there a campfire tonight?"); who has a
tent or a sleeping bag (vi→en: English is right); one's tent leaking, one's tent or sleeping bag wet or torn.
Left: a bare verb with no day ("Bố tôi dựng lều.": did, does or will?) but for the tent pitched in a place, and that
said of "chúng ta", "mình" or "you" (a suggestion, told?); "Bạn có mang lều không?" (did, or will?); "chúng tôi",
"họ" bringing their sleeping bags (one or several?) and a name's own ("Lan quên mang túi ngủ.": his or hers?);
another's tent pitched; "anh", "chị", "em" alone saying it (mt.hobbies.who); a pet as who or whose; "Dựng lều đi!"
(told, or let's?); "Hãy …" alone; "thế"/"vậy" statements; English in the simple present (a habit); renting a tent
(mt/rentals.py), going camping (mt/outings.py), "I want to sleep in a tent." and "Do you have a tent?" (v8 right);
a bare verb "ở đây" or before dark (now, or a plan?), before dark with the perfect; "đang mang" (carrying: "I'm
bringing …" is a plan, but for a day ahead); "chúng tôi", "họ" with their sleeping bags wet; "we" asked, told
"have to", "need to", and "our" asked in English ("chúng ta", or "chúng tôi"?).
mt.phrasebook.translate tries these after mt/home_alone.py.

    >>> translate("Chúng tôi dựng lều bên bờ hồ.", "vi", "en"), translate("Let's have a campfire tonight.", "en", "vi")
    ('We pitched our tent by the lake.', 'Tối nay chúng ta đốt lửa trại nhé.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY
from .floods import DAYS, DAYS_DONE, DAYS_VI
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, em_speaking, first_agrees, owner_of, own_thing, person_of, pet,
                      someone, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .outings import PLACES, PLACES_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present,
                   stop)

_KEYS = {"vi": lazy(r"(?i:lều|lửa\s+trại|túi\s+ngủ)"), "en": lazy(r"(?i:\btents?\b|camp\s*fire|sleeping\s+bag)")}
# what is done: the verb in English and the thing ("tent", "campfire", "sleeping bag": whose or "the" as who says it;
# "a tent", "a campfire" as they are)
_DOINGS = {"dựng lều": ("pitch", "tent"), "căng lều": ("pitch", "tent"), "dỡ lều": ("take down", "tent"),
           "thu lều": ("take down", "tent"), "gỡ lều": ("take down", "tent"), "ngủ trong lều": ("sleep in", "a tent"),
           "đốt lửa trại": ("have", "a campfire"), "nhóm lửa trại": ("light", "campfire"),
           "ngồi quanh lửa trại": ("sit around", "campfire"), "dập lửa trại": ("put out", "campfire"),
           "dập tắt lửa trại": ("put out", "campfire"), "mang theo lều": ("bring", "tent"),
           "mang lều": ("bring", "tent"), "mang theo túi ngủ": ("bring", "sleeping bag"),
           "mang túi ngủ": ("bring", "sleeping bag")}
# each verb's past, participle and -ing
_FORMS = {"pitch": ("pitched", "pitched", "pitching"), "put up": ("put up", "put up", "putting up"),
          "take down": ("took down", "taken down", "taking down"), "have": ("had", "had", "having"),
          "make": ("made", "made", "making"), "light": ("lit", "lit", "lighting"),
          "sit around": ("sat around", "sat around", "sitting around"),
          "put out": ("put out", "put out", "putting out"),
          "sleep in": ("slept in", "slept in", "sleeping in"), "bring": ("brought", "brought", "bringing")}
# ... and back: the verb and the thing in English as Vietnamese says them
_DOINGS_VI = {("pitch", "tent"): "dựng lều", ("put up", "tent"): "dựng lều", ("take down", "tent"): "dỡ lều",
              ("sleep in", "tent"): "ngủ trong lều", ("have", "campfire"): "đốt lửa trại",
              ("make", "campfire"): "đốt lửa trại", ("light", "campfire"): "nhóm lửa trại",
              ("sit around", "campfire"): "ngồi quanh lửa trại", ("put out", "campfire"): "dập lửa trại",
              ("bring", "tent"): "mang theo lều", ("bring", "sleeping bag"): "mang theo túi ngủ"}


def _forms_said() -> dict[str, tuple[str, set]]:
    """Each English form of _FORMS as said: its verb and which forms it is ("put out": base, past and participle)."""
    said: dict[str, tuple[str, set]] = {}
    for base, forms in _FORMS.items():
        for form, word in zip(("base", "past", "pp", "ing"), (base, *forms)):
            said.setdefault(word, (base, set()))[1].add(form)
    return said


_SAID_EN = _forms_said()
_PLACES = PLACES | {"ở đây": "here"}
_PLACES_VI = PLACES_VI | {"by the lake": "bên bờ hồ", "on the beach": "trên bãi biển", "here": "ở đây"}
_BEFORE = {"trước khi trời tối": "before dark", "trước khi đi ngủ": "before going to bed"}
_BEFORE_VI = {en: vi for vi, en in _BEFORE.items()} | {"before it gets dark": "trước khi trời tối",
                                                       "before bed": "trước khi đi ngủ"}
# the days: "p" behind, "d" today and done by now (said with "đã"), "a" ahead
_DAY_KIND = {vi: "p" if NEAR_WAY[vi] == "behind" else "d" if vi in DAYS_DONE else "a" for vi in DAYS}
_AHEAD = alternatives(vi for vi, kind in _DAY_KIND.items() if kind == "a")
_AHEAD_EN = alternatives(en for en, vi in DAYS_VI.items() if _DAY_KIND[vi] == "a")

_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_DOING = rf"(?P<doing>(?i:{alternatives(_DOINGS)}))"
_WHERE = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?(?:\s+(?P<before>(?i:{alternatives(_BEFORE)})))?"
_AUX = ("đã", "đang", "sẽ", "vừa", "mới", "vừa mới", "phải", "cần", "quên", "quên không", "biết", "bao giờ",
        "đã bao giờ", "từng", "đã từng")
# done, doing, will, must, never … ("Chúng tôi đã dựng lều bên bờ hồ.", "Bạn đã bao giờ ngủ trong lều chưa?")
_TOLD = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?"
             rf"{_DOING}{_WHERE}(?:\s+(?P<done>xong\s+rồi|xong|rồi))?(?:\s+(?P<day1>{_DAY}))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# suggested or reminded ("Tối nay chúng ta đốt lửa trại nhé.", "Dỡ lều thôi.", "Nhớ dập lửa trại nhé.")
_LETS = lazy(rf"{_DAY0}(?:(?P<lead>(?i:chúng\s+ta|chúng\s+mình|hãy\s+nhớ|nhớ|đừng\s+quên))\s+)?(?:hãy\s+)?"
             rf"(?:cùng\s+)?{_DOING}{_WHERE}(?:\s+(?P<ending>nhé|nha|đi|thôi|nào))?\s*(?P<end>[.!]*)")
_WHERE_Q = lazy(rf"(?:[Cc]húng\s+ta|[Cc]húng\s+mình)\s+(?P<should>nên\s+)?{_DOING}\s+ở\s+đâu{SOFTENED_END}")
_THERE = lazy(rf"(?:(?P<day0>(?i:{_AHEAD}))\s*,?\s+)?[Cc]ó\s+(?:đốt\s+)?lửa\s+trại(?:\s+(?P<day1>(?i:{_AHEAD})))?"
              rf"{ASKED_END}")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:(?:một\s+)?(?:cái|chiếc)\s+)?(?P<thing>lều|túi\s+ngủ)"
             rf"{ASKED_END}")
_STATE = lazy(rf"(?P<thing>[Ll]ều|[Tt]úi\s+ngủ)(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+)?"
              rf"(?:(?:đã\s+)?bị\s+)?(?P<state>dột|ướt|rách)(?:\s+(?P<done>rồi))?{ASKED_END}")
_STATES = {"dột": "leaking", "ướt": "wet", "rách": "torn"}

# ... in English
_THING_EN = r"(?P<thing>tent|camp\s*fire|sleeping\s+bag)"
_DOING_EN = rf"(?P<verb>{alternatives(_SAID_EN)})\s+(?P<owner>(?i:{WHOSE_WORDS}|the|an?))\s+{_THING_EN}"
_WHERE_EN = (rf"(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?(?:\s+(?P<before>{alternatives(_BEFORE_VI)}))?"
             rf"(?:\s+(?P<yet>yet))?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|do|does)(?:\s+not|n't)|'ve|'s|'m|"
                r"'re|'ll|\s+(?:have|has|am|is|are|will))?(?:\s+(?P<adv>just|already|never|ever))?"
                rf"(?:\s+(?P<to>forgot|needs?|have|has|knows?\s+how)\s+to)?\s+{_DOING_EN}{_WHERE_EN}")
_LETS_EN = lazy(rf"(?:(?P<lets>Let's|Let\s+us)|(?P<rem>Remember\s+to|Don't\s+forget\s+to))\s+{_DOING_EN}{_WHERE_EN}")
_WHERE_Q_EN = lazy(rf"Where\s+(?P<should>should|shall)\s+we\s+{_DOING_EN}\s*\?+")
_THERE_EN = lazy(rf"(?:(?P<q>Is)\s+there|(?P<q2>Will)\s+there\s+be|There(?:'s|\s+is|\s+will\s+be|'ll\s+be))\s+a\s+"
                 rf"camp\s*fire\s+(?P<day>{_AHEAD_EN})\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this))|(?P<someone>{SOMEONE_EN})'s)\s+"
                 r"(?P<thing>tent|sleeping\s+bag)(?P<is>\s+is|'s)?\s+(?P<state>leaking|wet|torn)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a tent pitched or taken down, a campfire, sleeping in a tent, a tent or a
    sleeping bag brought, had or wet; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _told(text) or _lets(text) or _where(text) or _there(text) or _have(text) or _state(text))
    text = text.replace("’", "'")
    return _told_vi(text) or _lets_vi(text) or _where_vi(text) or _there_vi(text) or _state_vi(text)


def _thing(thing: str, whose: str | None, generic: bool) -> str | None:
    """A thing of _DOINGS in English: "a tent", "a campfire" as they are, or `generic` ("a sleeping bag"); a tent
    `whose` ("my", "our"; "the" for anyone else's), the campfire, and a sleeping bag `whose` (None where not known)."""
    if thing.startswith("a ") or generic:
        return thing if thing.startswith("a ") else f"{a_or_an(thing)} {thing}"
    if thing == "tent":
        return f"{whose if whose in ('my', 'our') else 'the'} tent"
    return "the campfire" if thing == "campfire" else whose and f"{whose} {thing}"


def _phrase(m: re.Match, form: int, whose: str | None, generic: bool = False) -> str | None:
    """The doing of a match of _TOLD or _LETS in English, the verb in `form` (0 the base, 1 the past, 2 the participle,
    3 -ing) with the thing, where and before what ("pitched our tent by the lake"); None for the thing not known."""
    verb, thing = _DOINGS[keyed(m["doing"])]
    said = _thing(thing, whose, generic)
    verb = _FORMS[verb][form - 1] if form else verb
    where = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    return said and f"{verb} {said}{where}{' ' + _BEFORE[keyed(m['before'])] if m['before'] else ''}"


# what Vietnamese says (asking "có", "không"/"chưa", before the verb, "rồi"/"xong", asked) and how English says it
# after who, the days it is said on ("-" none, "p" behind, "d" today, "a" ahead), and the thing in general ("a tent")
_TENSES = {("", "", "đã", "", ""): ("{past}", "-pd"), ("", "", "sẽ", "", ""): ("will {base}", "-a"),
           ("", "", "đang", "", ""): ("{be} {ing}", "-"), ("", "", "", "rồi", ""): ("{have} {pp}", "-"),
           ("", "", "đã", "rồi", ""): ("{have} {pp}", "-"), ("", "", "vừa", "", ""): ("{have} just {pp}", "-"),
           ("", "", "vừa", "rồi", ""): ("{have} just {pp}", "-"), ("", "chưa", "", "", ""): ("{have}n't {pp} yet", "-"),
           ("", "", "", "", "chưa"): ("{Have} {w} {pp} yet?", "-"), ("", "", "đã", "", "chưa"):
           ("{Have} {w} {pp} yet?", "-"), ("", "", "phải", "", ""): ("{have} to {base}", "-"),
           ("", "", "cần", "", ""): ("need{s} to {base}", "-"), ("", "", "quên", "", ""): ("forgot to {base}", "-p"),
           ("", "", "biết", "", ""): ("know{s} how to {a}", "-"), ("", "không", "biết", "", ""):
           ("{do}n't know how to {a}", "-"), ("có", "", "biết", "", "không"): ("{Do} {w} know how to {a}?", "-"),
           ("", "chưa", "ever", "", ""): ("{have} never {apast}", "-"), ("", "", "ever", "", "chưa"):
           ("{Have} {w} ever {apast}?", "-")}
_SAME = {"mới": "vừa", "vừa mới": "vừa", "quên không": "quên", "bao giờ": "ever", "đã bao giờ": "ever",
         "từng": "ever", "đã từng": "ever", "xong": "rồi", "xong rồi": "rồi"}


def _told(text: str) -> str | None:
    """"Chúng tôi dựng lều bên bờ hồ." as "We pitched our tent by the lake.", "Bạn đã dựng lều chưa?" as "Have you
    pitched the tent yet?" (_TOLD, _TENSES); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m or m["day0"] and m["day1"] or em_speaking(m):
        return None
    asked, day = "?" in m["end"], m["day0"] or m["day1"]
    kind = _DAY_KIND[keyed(day)] if day else "-"
    shape = tuple(_SAME.get(w, w) for w in (keyed(m[g] or "") for g in ("ask", "not", "aux", "done", "asked")))
    said = None if bool(m["asked"]) != asked else person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    if shape == ("", "", "", "", ""):  # (a day behind: done; ahead: planned; none: a tent pitched in a place, done)
        bare = not day and m["place"] and keyed(m["place"]) != "ở đây" and not m["before"] and _DOINGS[keyed(
            m["doing"])][0] == "pitch" and who_ != "you" and keyed(m["who"] or "") not in ("chúng ta", "mình")
        template, days = ("{past}", "p-" if bare else "p") if kind != "a" else ("{be} {ing}", "a")
    else:
        template, days = _TENSES.get(shape, ("", ""))
    # ("before dark" with the perfect, "how to" or now: "Have you put out the campfire before going to bed yet?";
    # "đang mang": carrying, where "I'm bringing …" is a plan)
    now = template == "{be} {ing}" and kind != "a"
    wrong = m["before"] and ("{pp}" in template or "{a" in template or now) or now and "mang" in m["doing"]
    if kind not in days or asked != template.endswith("?") or wrong:
        return None
    thing = _DOINGS[keyed(m["doing"])][1]
    whose = None if thing == "sleeping bag" and who_ in ("we", "they") else whose_own(m, who_)
    phrases = {k: _phrase(m, form, whose, k.startswith("a")) for k, form in (
        ("base", 0), ("past", 1), ("pp", 2), ("ing", 3), ("a", 0), ("apast", 2))}
    if None in phrases.values():
        return None
    have, do = ("has", "does") if one else ("have", "do")
    words = phrases | {"have": have, "Have": have.capitalize(), "do": do, "Do": do.capitalize(), "be": be(who_),
                       "s": "s" * one, "w": who_}
    if asked:  # (said with no day)
        return template.format(**words)
    when = f" {DAYS[keyed(day)]}" if day else ""
    return capitalised(contracted(who_, template.format(**words)) + f"{when}{stop(m['end'])}")


def _lets(text: str) -> str | None:
    """"Tối nay chúng ta đốt lửa trại nhé." as "Let's have a campfire tonight.", "Nhớ dập lửa trại nhé." as "Remember
    to put out the campfire." (_LETS); None for anything else, a day told but for "let's", a sleeping bag of ours."""
    m = _LETS.fullmatch(text)
    if not m:
        return None
    lead, ending, day = keyed(m["lead"] or ""), m["ending"], m["day0"]
    ours = lead in ("chúng ta", "chúng mình", "") and bool(ending) and (lead or ending == "thôi")
    told = lead in ("nhớ", "hãy nhớ", "đừng quên") and ending in (None, "nhé", "nha")
    if not (ours or told) or day and (told or _DAY_KIND[keyed(day)] != "a"):
        return None
    doing = _phrase(m, 0, None if ours else "your")
    said = "Let's" if ours else "Don't forget to" if lead == "đừng quên" else "Remember to"
    return doing and f"{said} {doing}{' ' + DAYS[keyed(day)] if day else ''}{stop(m['end'])}"


def _where(text: str) -> str | None:
    """"Chúng ta nên dựng lều ở đâu?" as "Where should we pitch the tent?" (_WHERE_Q); None for anything else."""
    m = _WHERE_Q.fullmatch(text)
    if not m or "?" not in m["end"] or _DOINGS[keyed(m["doing"])][0] != "pitch":
        return None
    return f"Where {'should' if m['should'] else 'shall'} we pitch the tent?"


def _there(text: str) -> str | None:
    """"Tối nay có đốt lửa trại không?" as "Is there a campfire tonight?", "Tối nay có lửa trại." as "There's a
    campfire tonight." (_THERE); None for anything else, and no day or two."""
    m = _THERE.fullmatch(text)
    if not m or bool(m["day0"]) == bool(m["day1"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    day = DAYS[keyed(m["day0"] or m["day1"])]
    return f"Is there a campfire {day}?" if m["asked"] else f"There's a campfire {day}{stop(m['end'])}"


def _have(text: str) -> str | None:
    """"Bạn có túi ngủ không?" as "Do you have a sleeping bag?", "Tôi không có lều." as "I don't have a tent."
    (_HAVE); None for anything else, "không" said twice, a pet, and "we" or "they" having a sleeping bag."""
    m = _HAVE.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or em_speaking(m) or (
            said := person_of(m, asked)) is None:
        return None
    thing = "tent" if keyed(m["thing"]) == "lều" else "sleeping bag"
    if thing != "tent" and said[0] in ("we", "they"):  # (one each, or one between them?)
        return None
    return present(*said, "have", f"a {thing}", asked, bool(m["not"]), m["end"])


def _state(text: str) -> str | None:
    """"Lều của chúng tôi bị dột." as "Our tent is leaking.", "Túi ngủ của bạn có bị ướt không?" as "Is your sleeping
    bag wet?" (_STATE); None for anything else, a sleeping bag leaking, a pet's, and "có" or "không" alone."""
    m = _STATE.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["done"] or pet(
            m["someone"], "vi"):
        return None
    thing, state = ("tent" if keyed(m["thing"]) == "lều" else "sleeping bag"), _STATES[keyed(m["state"])]
    whose = "this" if m["this"] else owner_of(m)
    if whose is None or thing != "tent" and (state == "leaking" or whose in ("our", "their")):  # (one each?)
        return None
    return f"Is {whose} {thing} {state}?" if asked else capitalised(f"{whose} {thing} is {state}{stop(m['end'])}")


def _doing_vi(m: re.Match, form: str) -> str | None:
    """The doing of a match of _DOING_EN in Vietnamese, its verb in `form` ("base", "past", "pp", "ing"), where
    and before what after it ("dựng lều bên bờ hồ"); None for a verb in another form, a thing not so done ("have a
    tent"), and "a" not agreeing."""
    base, forms = _SAID_EN[keyed(m["verb"])]
    thing = "campfire" if "fire" in m["thing"] else keyed(m["thing"])
    det = m["owner"].lower()
    if form not in forms or (base, thing) not in _DOINGS_VI or det in ("a", "an") and det != a_or_an(thing):
        return None
    place, before = m.groupdict().get("place"), m.groupdict().get("before")  # (none asking where)
    where = f" {_PLACES_VI[keyed(place)]}" if place else ""
    return f"{_DOINGS_VI[base, thing]}{where}{' ' + _BEFORE_VI[keyed(before)] if before else ''}"


# what English says (asking, the auxiliaries, "just" …, the verb before "to") and how Vietnamese says it, the verb's
# form, and the days it is said on
_TENSES_VI = {("", "", "", ""): ("đã {v}", "past", "-pd"), ("", "have", "", ""): ("đã {v} rồi", "pp", "-"),
              ("", "have", "just", ""): ("vừa {v}", "pp", "-"), ("", "have", "already", ""): ("đã {v} rồi", "pp", "-"),
              ("", "have not", "", ""): ("chưa {v}", "pp", "-"), ("", "have", "never", ""):
              ("chưa bao giờ {v}", "pp", "-"), ("have", "", "", ""): ("đã {v} chưa?", "pp", "-"),
              ("have", "", "ever", ""): ("đã bao giờ {v} chưa?", "pp", "-"),
              ("", "be", "", ""): ("đang {v}", "ing", "-"),
              ("", "will", "", ""): ("sẽ {v}", "base", "-a"), ("", "", "", "forgot"): ("quên {v}", "base", "-p"),
              ("", "", "", "need"): ("cần {v}", "base", "-"), ("", "", "", "have"): ("phải {v}", "base", "-"),
              ("", "", "", "know"): ("biết {v}", "base", "-"),
              ("", "do not", "", "know"): ("không biết {v}", "base", "-"),
              ("do", "", "", "know"): ("có biết {v} không?", "base", "-")}
_AUX_SAME = {"has": "have", "'ve": "have", "does": "do", "am": "be", "is": "be", "are": "be", "'m": "be", "'re": "be",
             "'ll": "will"}


def _told_vi(text: str) -> str | None:
    """"We pitched our tent by the lake." as "Chúng tôi đã dựng lều bên bờ hồ.", "We're sleeping in a tent tonight." as
    "Tối nay chúng tôi sẽ ngủ trong lều." (_TOLD_EN, _TENSES_VI); None for anything else, a verb, "to" or "yet" not
    agreeing, and another's thing ("I pitched your tent.")."""
    m = _TOLD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    who_, one = said
    words = f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split()
    to = (m["to"] or "").lower().split()[:1]
    pp = "pp" in _SAID_EN[keyed(m["verb"])][1]
    said_ = [_AUX_SAME.get(w, "have" if pp else "be") if w == "'s" else _AUX_SAME.get(w, w) for w in words]
    q, aux = (said_[0], " ".join(said_[1:])) if m["q"] else ("", " ".join(said_))
    to_ = {"needs": "need", "has": "have", "knows": "know"}.get(to[0], to[0]) if to else ""
    entry = _TENSES_VI.get((q, aux, (m["adv"] or "").lower(), to_))
    day, yet = m["day"], m["yet"]
    kind = _DAY_KIND[DAYS_VI[keyed(day)]] if day else "-"
    agrees = not to or to_ == "forgot" or (to[0] == to_ if words else (to[0] != to_) == one)  # ("she needs to")
    # ("Have we …?", "We have to …": "chúng ta", the one told too, or "chúng tôi"?)
    ours = who_ == "chúng tôi" and (q or to_ in ("have", "need"))
    if entry is None or ours or not agrees or not first_agrees(words[0] if words else "", who_, one) or yet and not (
            aux == "have not" or q == "have" and not m["adv"]):
        return None
    template, form, days = entry
    if entry[1] == "ing" and kind == "a":
        template, days = "sẽ {v}", "a"
    elif form == "ing" and _SAID_EN[keyed(m["verb"])][0] == "bring":  # ("I'm bringing …": a plan, not "đang mang")
        return None
    det = m["owner"].lower()
    own = det in ("a", "an") or own_thing(m, who_, one) is True and not (
        m["given"] and det in ("his", "her") and named_his_her(m["given"]) not in (None, det))
    doing = own and kind in days and _doing_vi(m, form)
    if not doing:
        return None
    if day:  # (done on a day behind: no "đã"; today's keeps it: "Sáng nay chúng tôi dỡ lều." may be ahead)
        template = template.replace("đã ", "") if form == "past" and kind == "p" else template
        return capitalised(f"{DAYS_VI[keyed(day)]} {who_} {template.format(v=doing)}") + "." * (not q)
    return capitalised(f"{who_} {template.format(v=doing)}") + "." * (not q)


def _lets_vi(text: str) -> str | None:
    """"Let's have a campfire tonight." as "Tối nay chúng ta đốt lửa trại nhé.", "Remember to bring your sleeping
    bag." as "Nhớ mang theo túi ngủ nhé." (_LETS_EN); None for anything else, and a day not ahead."""
    m = _LETS_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["yet"] or (doing := _doing_vi(m, "base")) is None:
        return None
    det, day = m["owner"].lower(), m["day"]
    if det not in ("the", "a", "an", "our" if m["lets"] else "your") or day and (
            m["rem"] or _DAY_KIND[DAYS_VI[keyed(day)]] != "a"):
        return None
    if m["lets"]:
        return capitalised(f"{DAYS_VI[keyed(day)] + ' ' if day else ''}chúng ta {doing} nhé.")
    return f"{'Đừng quên' if m['rem'].startswith('D') else 'Nhớ'} {doing} nhé."


def _where_vi(text: str) -> str | None:
    """"Where should we pitch the tent?" as "Chúng ta nên dựng lều ở đâu?" (_WHERE_Q_EN); None for anything else."""
    m = _WHERE_Q_EN.fullmatch(text)
    if not m or m["owner"].lower() not in ("the", "our") or _doing_vi(m, "base") != "dựng lều":
        return None
    return f"Chúng ta {'nên ' * (m['should'] == 'should')}dựng lều ở đâu?"


def _there_vi(text: str) -> str | None:
    """"Is there a campfire tonight?" as "Tối nay có đốt lửa trại không?" (_THERE_EN); None for anything else."""
    m = _THERE_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"] or m["q2"])
    if not m or asked != ("?" in m["end"]):
        return None
    return capitalised(f"{DAYS_VI[keyed(m['day'])]} có đốt lửa trại{' không?' if asked else '.'}")


def _state_vi(text: str) -> str | None:
    """"Our tent is leaking." as "Lều của chúng tôi bị dột.", "Is your sleeping bag wet?" as "Túi ngủ của bạn có bị ướt
    không?" (_STATE_EN); None for anything else, a sleeping bag leaking, and a pet's."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["is"]) or m["q"] and m["owner"] and m[
            "owner"].lower() == "our":  # ("Is our tent …?": "chúng ta", or "chúng tôi"?)
        return None
    thing = "lều" if m["thing"] == "tent" else "túi ngủ"
    state = {"leaking": "dột", "wet": "ướt", "torn": "rách"}[m["state"]]
    det = (m["owner"] or "").lower()
    whose = "" if det == "the" else " này" if det == "this" else f" của {WHOSE_VI[det]}" if det else None
    if whose is None:
        named = None if pet(m["someone"], "en") else someone(m["someone"], "en")
        whose = named and f" của {named}"
    if whose is None or thing == "túi ngủ" and state == "dột":
        return None
    return capitalised(f"{thing}{whose} có bị {state} không?" if m["q"] else f"{thing}{whose} bị {state}.")
