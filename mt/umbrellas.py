"""Umbrellas, both ways, written whole by rule: whose umbrella is broken, torn, holed, blown inside out or away; who
has none or didn't bring one while it rains; asking to be lent one; taking one because it looks like rain; sharing one;
closing it. v8 (the rules on) reads "ô" as a cell, a car or a hug, and "lật" as overthrown: "Ô của tôi bị gãy." → "My
cell was broken.", "Ô của mẹ tôi bị rách." → "My mother was spared.", "Ô của tôi bị gió thổi lật." → "My cell was
overwhelmed.", "Trời mưa mà tôi không mang ô." → "It rain without bring an umbrella.", "Tôi không có ô." → "I don't
have a car.", "Bạn có dù không?" → "Did you?", "Cho tôi mượn ô nhé." → "Let me borrow.", "Mang ô đi, trời có vẻ sắp
mưa." → "Bring an umbrella went, it seemed to rain.", "Chúng ta đi chung ô nhé." → "Let's go in a whole cell.", "Gấp ô
lại đi." → "Repeat cells."; "My umbrella is torn." → "Ô của tôi là rn.", "My mother's umbrella is broken." → "Mẹ tôi ô
bị vỡ.", "My umbrella blew inside out." → "Ô của tôi thổi bên trong.", "It's raining and I forgot to bring an
umbrella." → "Trời đang mưa và I quên mang một chiếc ô.", "Lend me your umbrella." → "Đưa tôi ô của bạn.", "Take an
umbrella, it looks like rain." → "Mang theo ô nhé, nó trông giống như mưa.", "Let's share an umbrella." → "Chúng ta
hãy chia sẻ một chiếc ô.", "Close your umbrella." → "Đóng ô của bạn.".

Taken: an umbrella ("ô", "cái ô", "chiếc ô"; "dù" only with "của" or "này": alone it is also "although") whose
(mt.hobbies.OWNER after "của", a pronoun of mt.terms.OWNERS without it, "này", or no one's: "the") broken ("bị gãy",
"hỏng", "hư"), torn, holed ("thủng"), blown inside out ("bị lật", "bị gió thổi lật (ngược)") or away ("bị gió thổi
bay (mất)"): said, again ("lại"), just (blown), on a day done (mt.floods.DAYS_DONE), asked "… có bị … không?";
"Trời (đang) mưa (to) mà" who (mt.hobbies.WHO, WHO_EN) didn't bring, forgot to bring, forgot their own, or has no
umbrella ("It's raining and …"); who has an umbrella, has none, asked, "Có ai có ô không?" ("Does anyone have …?");
"(Bạn) cho tôi mượn ô nhé/với/đi" ("Lend me your umbrella, please.", for a moment); "Mang ô (theo) đi" with "trời
(có vẻ) sắp mưa" before or after it, or "phòng khi trời mưa" ("in case it rains"); "Chúng ta đi chung ô nhé." ("Let's
share an umbrella."), "Bạn có muốn đi chung ô (với tôi) không?", "Tôi đi chung ô với bạn được không?" ("Can I share
your umbrella?"); "Gập ô lại." ("Close your umbrella.").
Left: "our", "their" umbrella (one or several?), "Họ có ô." (one each?), a pet's, "Dù bị gãy." (although?), "đã bị
gãy" with no day or "rồi" (was or is?), "Cho tôi mượn ô." with no word of asking, "Mình đi chung ô nhé." (I or
we?), "we" and "our mother" in English (chúng tôi or chúng ta?), a day with the rain ("Hôm qua trời mưa mà …", "It was
raining and …"), "… nên bị ướt" (mt/getting_wet.py), "Have you got an umbrella?" (v8 writes it right), buying one, who
took it, "I" asked, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, "Bạn có mang ô không?" (mt/patterns.py
takes it first), and what other modules write: an umbrella left at a place (mt/left_behind.py), forgotten or brought
along alone (mt/bring_along.py, getting_wet.py), borrowed or lent by who (mt/loans.py), lost or found
(mt/finding.py), "Ô này bị rách." (mt/returns.py), opened (mt/getting_wet.py).
mt.phrasebook.translate tries these after mt/food_smells.py.

    >>> translate("Ô của tôi bị gió thổi lật.", "vi", "en"), translate("Lan's umbrella is torn.", "en", "vi")
    ('My umbrella got blown inside out.', 'Ô của Lan bị rách.')
"""
from __future__ import annotations

import re

from .floods import DAYS_DONE
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, asked_of, em_speaking, owner_of, own_thing, person_of, pet,
                      someone, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:\b(?:ô|dù)\s+(?:của|này|bị|có|lại|vừa|đã|tôi|mình|bạn|anh\s+ấy|cô\s+ấy)|"
                    r"(?:có|mượn|mang|theo|quên|chung|gập|gấp|cụp|cái|chiếc)\s+(?:ô|dù)\b)"),
         "en": lazy(r"(?i:umbrella)")}
_UMB = r"(?:(?i:cái|chiếc)\s+)?(?P<umb>(?i:ô|dù))"
_MANY = {"chúng tôi", "chúng ta", "họ"}  # (whose umbrella: one, or one each?)
# what befalls it, and its kind ("bị gãy" is snapped, "hỏng", "hư" broken: all "broken" in English)
_STATES = {"gãy": "broken", "hỏng": "broken", "hư": "broken", "rách": "torn", "thủng": "holed",
           "lật": "inside out", "lật ngược": "inside out", "gió thổi lật": "inside out",
           "gió thổi lật ngược": "inside out", "gió thổi bay": "away", "gió thổi bay mất": "away"}
_EVENTS = {"inside out", "away"}  # (said as what happened: "got blown inside out")
# each kind in English: now, on a day done, asked; and the Vietnamese written back
_SAID = {"broken": ("is broken", "broke", "Is {u} broken?", "bị hỏng"),
         "torn": ("is torn", "got torn", "Is {u} torn?", "bị rách"),
         "holed": ("has a hole in it", "got a hole in it", "Does {u} have a hole in it?", "bị thủng"),
         "inside out": ("got blown inside out", "got blown inside out", "Did {u} get blown inside out?",
                        "bị gió thổi lật"),
         "away": ("got blown away", "got blown away", "Did {u} get blown away?", "bị gió thổi bay mất")}
_DAYS_VI = {en: vi for vi, en in reversed(DAYS_DONE.items())}

# broken ("Ô của tôi bị gãy.", "Hôm qua ô của Lan bị gió thổi lật.", "Ô của bạn có bị rách không?")
_BROKEN = lazy(rf"(?:(?P<day>(?i:{alternatives(DAYS_DONE)}))\s*,?\s+)?{_UMB}(?:\s+của\s+{OWNER}|\s+(?P<bare>(?i:"
               rf"tôi|mình|bạn|anh\s+ấy|cô\s+ấy))|\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>lại|vừa|đã)\s+)?"
               rf"bị\s+(?P<state>{alternatives(_STATES)})(?:\s+(?P<done>rồi))?{ASKED_END}")
# raining, and who has no umbrella ("Trời mưa mà tôi không mang ô.", "Trời đang mưa to mà mẹ tôi quên mang ô.")
_RAIN_VERBS = {"không mang": "didn't bring", "không mang theo": "didn't bring", "quên mang": "forgot to bring",
               "quên mang theo": "forgot to bring", "quên không mang": "forgot to bring", "không có": "have",
               "quên": "forgot"}
_RAIN = lazy(rf"(?i:trời)\s+(?:đang\s+)?mưa(?P<hard>\s+to)?\s+mà\s+{WHO}\s+(?P<verb>{alternatives(_RAIN_VERBS)})\s+"
             rf"{_UMB}(?:\s+(?P<along>theo))?{SOFTENED_END}")
# who has one ("Bạn có ô không?", "Tôi không có ô.", "Có ai có ô không?")
_HAVE = lazy(rf"(?:{WHO}|(?P<anyone>(?i:có\s+ai)))\s+(?:(?P<not>không)\s+)?có\s+{_UMB}{ASKED_END}")
# asking to be lent one ("Cho tôi mượn ô nhé.", "Bạn cho mình mượn ô một lát với.")
_LEND = lazy(rf"(?:(?i:bạn)\s+)?(?i:cho)\s+(?:tôi|mình)\s+mượn\s+{_UMB}(?:\s+của\s+bạn)?(?P<while>\s+(?:một\s+)?"
             r"(?:lát|chút|tí))?\s+(?P<tell>nhé|nha|với|đi)(?:\s+(?:bạn|ạ))?\s*(?P<end>[.!]*)")
# taken because of rain ("Mang ô theo đi, trời sắp mưa.", "Trời có vẻ sắp mưa, mang ô theo đi.")
_TAKING = (rf"(?P<verb>(?i:mang|đem|cầm))\s+(?:(?P<along>theo)\s+)?{_UMB}(?:\s+(?P<along2>theo))?"
           r"(?:\s+(?:đi\s+nhé|đi|nhé|nha))?")
_SOON = (r"(?i:trời)\s+(?:(?P<looks>có\s+vẻ|hình\s+như|trông\s+như)\s+)?(?:sắp|sẽ)\s+mưa(?:\s+(?:rồi|đấy|đó))?")
_TAKE = lazy(rf"{_TAKING}(?:\s*,\s*(?P<soon>{_SOON})|\s+(?P<case>(?:phòng\s+khi|kẻo)\s+(?:trời\s+)?mưa))"
             r"\s*(?P<end>[.!]*)")
_TAKE_AFTER = lazy(rf"(?P<soon>{_SOON})\s*,\s*{_TAKING}\s*(?P<end>[.!]*)")
# shared ("Chúng ta đi chung ô nhé.", "Bạn có muốn đi chung ô với tôi không?", "Tôi đi chung ô với bạn được không?")
_SHARE = rf"(?:đi|che)\s+chung\s+(?:một\s+)?{_UMB}"
_SHARED = (lazy(rf"(?P<lets>(?i:chúng\s+ta))\s+(?:cùng\s+)?{_SHARE}\s+(?:nhé|nha|đi)\s*(?P<end>[.!]*)"),
           lazy(rf"(?i:bạn)\s+có\s+muốn\s+{_SHARE}(?P<me>\s+với\s+(?:tôi|mình))?\s+không\s*(?P<end>\?+)"),
           lazy(rf"(?:(?i:cho)\s+)?(?P<can>(?i:tôi|mình))\s+{_SHARE}\s+với\s+bạn\s+(?:được\s+không|nhé)\s*"
                r"(?P<end>\?+)"))
# closed ("Gập ô lại đi.")
_CLOSE = lazy(rf"(?i:gập|gấp|cụp)\s+{_UMB}\s+lại(?:\s+(?:đi|nhé))?\s*(?P<end>[.!]*)")

# ... in English: whose ("my umbrella", "Lan's umbrella", "this umbrella", "the umbrella")
_UMB_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this))|(?P<someone>{SOMEONE_EN})['’]s)\s+umbrella"
# how English says each kind: the kind, and "now", "past", "just", or the question's first word
_BROKE_EN = {"is broken": ("broken", "now"), "'s broken": ("broken", "now"), "broke": ("broken", "past"),
             "just broke": ("broken", "just"), "has just broken": ("broken", "just"), "broken": ("broken", "Is"),
             "is torn": ("torn", "now"), "'s torn": ("torn", "now"), "is ripped": ("torn", "now"),
             "got torn": ("torn", "past"), "torn": ("torn", "Is"), "ripped": ("torn", "Is"),
             "has a hole in it": ("holed", "now"), "has a hole": ("holed", "now"),
             "have a hole in it": ("holed", "Does"), "have a hole": ("holed", "Does"),
             **{f"{verb} {how}": (kind, "past") for verb in ("got blown", "was blown", "blew")
                for how, kind in (("inside out", "inside out"), ("away", "away"))},
             "turned inside out": ("inside out", "past"), "just got blown inside out": ("inside out", "just"),
             "just blew inside out": ("inside out", "just"), "get blown inside out": ("inside out", "Did"),
             "just got blown away": ("away", "just"), "get blown away": ("away", "Did")}
_BROKEN_EN = lazy(rf"(?:(?P<q>Is|Did|Does)\s+)?{_UMB_EN}(?:\s+|(?='))(?P<verb>{alternatives(_BROKE_EN)})"
                  rf"(?:\s+(?P<again>again))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_RAIN_EN_VERBS = {"didn't bring": "không mang", "did not bring": "không mang", "forgot to bring": "quên mang",
                  "forgot": "quên mang", **{f"{do} have": "không có" for do in ("don't", "doesn't", "do not",
                                                                                   "does not")}}
_RAIN_EN = lazy(rf"It(?:['’]s|\s+is)\s+(?P<how>raining(?:\s+hard)?|pouring)(?:,?\s+and|,?\s+but)\s+{WHO_EN}\s+"
                rf"(?P<verb>{alternatives(_RAIN_EN_VERBS)})\s+(?P<owner>an|(?i:{WHOSE_WORDS}))\s+umbrella"
                r"\s*(?P<end>[.!]*)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:{WHO_EN}|(?P<anyone>anyone))\s+(?:(?P<not>don['’]t|doesn['’]t|do\s+not|"
                r"does\s+not)\s+)?(?P<verb>have|has)\s+an\s+umbrella\s*(?P<end>[.!?]*)")
_LEND_EN = lazy(r"(?P<please>Please\s+)?(?i:lend)\s+me\s+(?:your|an)\s+umbrella(?P<while>\s+for\s+a\s+(?:moment|"
                r"minute|bit|while))?(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_SOON_EN = (r"(?P<soon>(?i:it)(?:\s+(?P<looks>looks\s+like\s+(?:rain|it's\s+going\s+to\s+rain))|'s\s+going\s+to\s+rain|"
            r"\s+is\s+going\s+to\s+rain))")
_TAKING_EN = r"(?i:take|bring)\s+(?:an|your)\s+umbrella(?:\s+with\s+you)?"
_TAKE_EN = lazy(rf"{_TAKING_EN}(?:\s*[,;]\s*{_SOON_EN}|\s+(?P<case>in\s+case\s+it\s+rains))\s*(?P<end>[.!]*)")
_TAKE_AFTER_EN = lazy(rf"{_SOON_EN}\s*,\s*{_TAKING_EN}\s*(?P<end>[.!]*)")
_SHARED_EN = lazy(r"(?:(?P<lets>Let['’]s|Let\s+us)\s+share\s+an|(?P<want>Do\s+you\s+want\s+to|Would\s+you\s+like\s+to)"
                  r"\s+share\s+(?P<whose>an|my)|(?P<can>Can|Could|May)\s+I\s+share\s+your)\s+umbrella"
                  r"(?P<me>\s+with\s+me)?\s*(?P<end>[.!?]*)")
_CLOSE_EN = lazy(r"(?:[Cc]lose|[Ff]old(?:\s+up)?)\s+your\s+umbrella\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an umbrella broken or blown inside out, had or not brought in the rain, lent,
    taken against rain, shared or closed; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _broken(text) or _rain(text) or _have(text) or _lend(text) or _take(text) or _shared(text) or _close(text))
    text = text.replace("’", "'")
    return (_broken_vi(text) or _rain_vi(text) or _have_vi(text) or _lend_vi(text) or _take_vi(text) or
            _shared_vi(text) or _close_vi(text))


def _umbrella(m: re.Match) -> str | None:
    """The umbrella of a match of _BROKEN in English: "my umbrella", "Lan's umbrella", "this umbrella", "the umbrella"
    where no one's; None for "dù" with no "của" or "này" (although?), "our", "their" (one, or one each?), a pet's."""
    owner, dù = keyed(m["owner"] or m["bare"] or ""), keyed(m["umb"]) == "dù"
    if m["this"]:
        return "this umbrella"
    if owner in _MANY or pet(m["someone"], "vi") or dù and not (m["owner"] or m["someone"]):
        return None
    if m["bare"]:
        return f"{OWNERS[owner]} umbrella"
    whose = owner_of(m)
    return whose and f"{whose} umbrella"


def _broken(text: str) -> str | None:
    """"Ô của tôi bị gãy." as "My umbrella is broken.", "Hôm qua ô của Lan bị gió thổi lật." as "Lan's umbrella got
    blown inside out yesterday.", "Ô của bạn có bị rách không?" as "Is your umbrella torn?" (_BROKEN, _SAID); None for
    anything else, "đã" with neither a day nor "rồi" (was, or is?), and "vừa" but for an event ("vừa bị gãy")."""
    m = _BROKEN.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (umb := _umbrella(m)) is None:
        return None
    kind = _STATES[keyed(m["state"])]
    now, past, ask, _ = _SAID[kind]
    aux, day, done = keyed(m["aux"] or ""), m["day"], m["done"]
    if asked:
        return None if aux or day or done else ask.format(u=umb)
    if aux == "vừa":
        said = f"just {now}" if kind in _EVENTS and not (day or done) else None
    elif aux == "lại":
        said = None if day else f"{now} again"
    elif day:
        said = None if done else f"{past} {DAYS_DONE[keyed(day)]}"
    else:
        said = None if aux == "đã" and not done and kind not in _EVENTS else now
    return said and capitalised(f"{umb} {said}{stop(m['end'])}")


def _rain(text: str) -> str | None:
    """"Trời mưa mà tôi không mang ô." as "It's raining and I didn't bring an umbrella.", "Trời đang mưa to mà mẹ tôi
    quên ô." as "It's raining hard and my mother forgot her umbrella." (_RAIN); None for anything else, "theo" after
    "có" or said twice, and whose own not known ("Lan quên ô": his or hers?; "we", "they": one, or one each?)."""
    m = _RAIN.fullmatch(text)
    if not m or "?" in m["end"] or em_speaking(m) or (said := person_of(m, False)) is None:
        return None
    (who_, one), verb = said, _RAIN_VERBS[keyed(m["verb"])]
    thing = "an umbrella"
    if verb == "have":
        verb = "doesn't have" if one else "don't have"
    if verb == "forgot":
        whose = None if who_ in ("we", "they") else whose_own(m, who_)
        thing = whose and f"{whose} umbrella"
    if thing is None or m["along"] and ("bring" not in verb or "theo" in m["verb"]):
        return None
    return capitalised(f"It's raining{' hard' * bool(m['hard'])} and {who_} {verb} {thing}{stop(m['end'])}")


def _have(text: str) -> str | None:
    """"Bạn có ô không?" as "Do you have an umbrella?", "Tôi không có ô." as "I don't have an umbrella.", "Có ai có ô
    không?" as "Does anyone have an umbrella?" (_HAVE); None for anything else, "I" asked, and "we", "they" having it
    ("Họ có ô.": one between them, or one each?)."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or m["anyone"] and not asked or em_speaking(m):
        return None
    if m["anyone"]:
        return "Does anyone have an umbrella?"
    said = person_of(m, asked)
    if not said or said[0] in ("we", "they") and not (asked or m["not"]):
        return None
    return present(*said, "have", "an umbrella", asked, bool(m["not"]), m["end"])


def _lend(text: str) -> str | None:
    """"Cho tôi mượn ô nhé." as "Lend me your umbrella, please.", "Cho tôi mượn ô một lát đi." as "Lend me your
    umbrella for a moment." (_LEND); None for anything else."""
    m = _LEND.fullmatch(text)
    please = ", please" if m and keyed(m["tell"]) != "đi" else ""
    return m and f"Lend me your umbrella{' for a moment' * bool(m['while'])}{please}{stop(m['end'])}"


def _take(text: str) -> str | None:
    """"Mang ô theo đi, trời sắp mưa." as "Bring an umbrella, it's going to rain.", "Trời có vẻ sắp mưa, mang ô đi." as
    "It looks like rain, take an umbrella.", "Mang ô theo phòng khi trời mưa." as "Bring an umbrella in case it
    rains." (_TAKE, _TAKE_AFTER); None for anything else, "theo" said twice, and "cầm" without it (hold?)."""
    m = _TAKE.fullmatch(text) or _TAKE_AFTER.fullmatch(text)
    along = bool(m) and bool(m["along"] or m["along2"])
    if not m or m["along"] and m["along2"] or keyed(m["verb"]) == "cầm" and not along:
        return None
    take, soon = "Bring" if along else "Take", "it looks like rain" if m["looks"] else "it's going to rain"
    if m.re == _TAKE_AFTER:
        return f"{capitalised(soon)}, {take.lower()} an umbrella{stop(m['end'])}"
    return f"{take} an umbrella{' in case it rains' if m['case'] else f', {soon}'}{stop(m['end'])}"


def _shared(text: str) -> str | None:
    """"Chúng ta đi chung ô nhé." as "Let's share an umbrella.", "Bạn có muốn đi chung ô với tôi không?" as "Do you
    want to share an umbrella with me?", "Tôi đi chung ô với bạn được không?" as "Can I share your umbrella?"
    (_SHARED); None for anything else."""
    m = next((m for p in _SHARED if (m := p.fullmatch(text))), None)
    if not m:
        return None
    if m.groupdict().get("lets"):
        return f"Let's share an umbrella{stop(m['end'])}"
    if m.groupdict().get("can"):
        return "Can I share your umbrella?"
    return f"Do you want to share an umbrella{' with me' * bool(m['me'])}?"


def _close(text: str) -> str | None:
    """"Gập ô lại đi." as "Close your umbrella." (_CLOSE); None for anything else."""
    m = _CLOSE.fullmatch(text)
    return m and f"Close your umbrella{stop(m['end'])}"


def _umbrella_vi(m: re.Match) -> str | None:
    """The umbrella of a match of _UMB_EN in Vietnamese: "ô của tôi", "ô của mẹ tôi", "ô này", "ô" (the); None for
    "our", "their" (one, or one each?), "our mother's" (chúng tôi, or chúng ta?) and a pet's."""
    if m["someone"]:
        named = None if pet(m["someone"], "en") else someone(m["someone"], "en")
        return named and "chúng tôi" not in named and f"ô của {named}" or None
    det = m["owner"].lower()
    if det in ("our", "their"):
        return None
    return "ô" if det == "the" else "ô này" if det == "this" else f"ô của {WHOSE_VI[det]}"


def _broken_vi(text: str) -> str | None:
    """"My mother's umbrella is broken." as "Ô của mẹ tôi bị hỏng.", "My umbrella blew inside out yesterday." as "Hôm
    qua ô của tôi bị gió thổi lật.", "Is your umbrella torn?" as "Ô của bạn có bị rách không?" (_BROKEN_EN); None for
    anything else, a question's first word not agreeing, and "is broken" on a day done."""
    m = _BROKEN_EN.fullmatch(text)
    if not m or (umb := _umbrella_vi(m)) is None:
        return None
    (kind, form), q = _BROKE_EN[keyed(m["verb"])], m["q"] or ""
    if q != (form if form[0].isupper() else "") or ("?" in m["end"]) != bool(q):
        return None
    vi, again, day = _SAID[kind][3], m["again"], m["day"]
    if q or form == "just":
        return None if again or day else capitalised(f"{umb} có {vi} không?" if q else f"{umb} vừa {vi}.")
    if day:
        return None if again or form == "now" else f"{_DAYS_VI[keyed(day)].capitalize()} {umb} {vi}{stop(m['end'])}"
    if again:
        return capitalised(f"{umb} lại {vi} rồi{stop(m['end'])}")
    done = " rồi" * (form == "past" and kind not in _EVENTS)
    return capitalised(f"{umb} {vi}{done}{stop(m['end'])}")


def _rain_vi(text: str) -> str | None:
    """"It's raining and I didn't bring an umbrella." as "Trời đang mưa mà tôi không mang ô.", "It's pouring and my
    mother forgot her umbrella." as "Trời đang mưa to mà mẹ tôi quên mang ô." (_RAIN_EN); None for anything else,
    "we", "our mother" (chúng tôi, or chúng ta?), a verb not agreeing, and another's umbrella forgotten."""
    m = _RAIN_EN.fullmatch(text)
    if not m or (said := person_of(m, False, "en")) is None or "chúng tôi" in said[0]:
        return None
    (who_, one), raw, det = said, keyed(m["verb"]), m["owner"].lower()
    if "have" in raw and (det != "an" or ("does" in raw) != one) or raw == "forgot" and det == "an":
        return None
    if det != "an" and (own_thing(m, who_, one) is not True or m["given"] and named_his_her(m["given"]) not in (
            None, det)):
        return None
    hard = " to" * (m["how"] != "raining")
    return f"Trời đang mưa{hard} mà {who_} {_RAIN_EN_VERBS[raw]} ô{stop(m['end'])}"


def _have_vi(text: str) -> str | None:
    """"Do you have an umbrella?" as "Bạn có ô không?", "My mother doesn't have an umbrella." as "Mẹ tôi không có
    ô.", "Does anyone have an umbrella?" as "Có ai có ô không?" (_HAVE_EN); None for anything else, "I" asked, "we",
    "our mother" (chúng tôi, or chúng ta?), and a verb not agreeing."""
    m = _HAVE_EN.fullmatch(text)
    q, neg = (m["q"] or "").lower() if m else "", (m["not"] or "").lower() if m else ""
    if not m or ("?" in m["end"]) != bool(q) or q and neg:
        return None
    if m["anyone"]:
        return "Có ai có ô không?" if q == "does" and m["verb"] == "have" else None
    if (said := person_of(m, bool(q), "en")) is None or "chúng tôi" in said[0]:
        return None
    who_, one = said
    if (q or neg) and (q or neg).startswith("does") != one or (m["verb"] == "has") != (one and not (q or neg)):
        return None
    return capitalised(f"{who_} có ô không?" if q else f"{who_} {'không ' * bool(neg)}có ô{stop(m['end'])}")


def _lend_vi(text: str) -> str | None:
    """"Lend me your umbrella, please." as "Cho tôi mượn ô nhé.", "Lend me your umbrella for a moment." as "Cho tôi
    mượn ô một lát đi." (_LEND_EN); None for anything else, and "please" said twice."""
    m = _LEND_EN.fullmatch(text)
    if not m or m["please"] and m["please2"]:
        return None
    tell = "nhé" if m["please"] or m["please2"] else "đi"
    return f"Cho tôi mượn ô{' một lát' * bool(m['while'])} {tell}{stop(m['end'])}"


def _take_vi(text: str) -> str | None:
    """"Take an umbrella, it looks like rain." as "Mang ô theo đi, trời có vẻ sắp mưa.", "It's going to rain, bring
    an umbrella." as "Trời sắp mưa, mang ô theo đi.", "Take an umbrella in case it rains." as "Mang ô theo phòng khi
    trời mưa." (_TAKE_EN, _TAKE_AFTER_EN); None for anything else."""
    m = _TAKE_EN.fullmatch(text) or _TAKE_AFTER_EN.fullmatch(text)
    if not m:
        return None
    soon = "trời có vẻ sắp mưa" if m["looks"] else "trời sắp mưa"
    if m.re == _TAKE_AFTER_EN:
        return f"{capitalised(soon)}, mang ô theo đi{stop(m['end'])}"
    return f"Mang ô theo {'phòng khi trời mưa' if m['case'] else f'đi, {soon}'}{stop(m['end'])}"


def _shared_vi(text: str) -> str | None:
    """"Let's share an umbrella." as "Chúng ta đi chung ô nhé.", "Do you want to share my umbrella?" as "Bạn có muốn
    đi chung ô với tôi không?", "Can I share your umbrella?" as "Tôi đi chung ô với bạn được không?" (_SHARED_EN);
    None for anything else, a "?" on "Let's", and "with me" said twice."""
    m = _SHARED_EN.fullmatch(text)
    if not m or ("?" in m["end"]) == bool(m["lets"]) or m["me"] and (m["lets"] or m["can"] or m["whose"] == "my"):
        return None
    if m["lets"]:
        return f"Chúng ta đi chung ô nhé{stop(m['end'])}"
    if m["can"]:
        return "Tôi đi chung ô với bạn được không?"
    return f"Bạn có muốn đi chung ô{' với tôi' * bool(m['me'] or m['whose'] == 'my')} không?"


def _close_vi(text: str) -> str | None:
    """"Close your umbrella." as "Gập ô lại đi." (_CLOSE_EN); None for anything else."""
    m = _CLOSE_EN.fullmatch(text)
    return m and f"Gập ô lại đi{stop(m['end'])}"
