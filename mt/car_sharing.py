"""Lifts (rides) in someone's car, both ways, written whole by rule: who got a lift with whom, gave whom a lift,
carpools, asks for a lift, needs or wants one, or offers one, to work, home or to a place. v8 (the rules on) reads
"đi nhờ" as asking or getting rid of, "chở" as giving or carrying, and "lift" as a suitcase, a chair or a workout:
"Tôi đi nhờ xe đồng nghiệp." → "I went to ask my co-workers.", "Tôi hay đi nhờ xe bạn đi làm." → "I usually get rid
of your car to work.", "Hôm qua anh ấy chở tôi về nhà." → "Yesterday, he gave me home.", "Để tôi cho bạn đi nhờ." →
"Let me get rid of you.", "Cho tôi đi nhờ được không?" → "Can I get thanks?", "Bạn có cần đi nhờ không?" → "Do you
need to go through?", "Tôi đi chung xe với bạn." → "I'm going to go with you.", "Chúng tôi đi chung xe đi làm." →
"We're going to go to work."; and back, "I got a lift with a colleague." → "Tôi có một chiếc va-li với một chiếc
va-li.", "I gave him a lift." → "Tôi đưa anh ấy một chiếc ghế.", "Let me give you a lift." → "Để tôi cho bạn một cái
tập thể dục.", "Do you need a lift?" → "Bạn có cần phải tập thể dục không?", "He drove me home." → "Anh ta rèn tôi về
nhà.", "I carpool with a friend." → "Tôi ô tô với một người bạn.".

Taken: who (mt.hobbies.WHO, WHO_EN) got a lift ("đi nhờ xe", "quá giang") with whom (mt.hobbies.WHOM, WHOM_EN; "đồng
nghiệp", "a colleague" …), gave whom a lift ("cho … đi nhờ", "chở" with a place) or carpools ("đi chung xe"), to a
place of PLACES, where a word says when: a day behind or "đã" (past), a day ahead or "sẽ" (will), "hay", "thường" …
or "mỗi ngày" (a habit), said, denied or asked ("có … không?"); carpooling to work or school with no such word (a
habit); who can get or give a lift ("… được không?", "có thể … không?"), needs or wants one ("Bạn có cần đi nhờ
không?"); "Cho tôi đi nhờ được không?" (Can I get a lift?); "Để tôi chở bạn về." (let me), "Tôi chở bạn về nhé?"
(shall I); English "lift" or "ride" only in these shapes (a lift is also an elevator: mt/lifts.py's). Left: a lift
with no word of when ("Tôi đi nhờ xe đồng nghiệp.", "Anh ấy chở tôi về nhà.": once, or a habit?), "rồi", "bạn" and
"mình" as whom in a statement ("xe bạn": your car, or a friend's?), "mình", "chúng ta" saying it (I or we; let's?),
"anh", "chị", "em" alone saying it, "chở" asked for (mt/journeys.py's "Anh chở tôi ra ga được không?") and to school
(mt/school_days.py), taxis (mt/taxis.py), pick-ups (mt/pickups.py), driving (mt/driving.py), how long a commute
takes (mt/commutes.py), "Did you get a lift?" and "Will you …?" with no day, "I need a lift." with no place (a
ride, or cheering up?), "Shall we …?" (chúng ta, or chúng tôi?), "nhỉ", "thế", "vậy" ending a statement, an animal
as who or whom, who as whom or among it ("Lan chở Lan", "I gave us a lift"), "em", "anh", "chị" asking to get a
lift ("Em đi nhờ xe anh được không?": I, or you?), how often with "mỗi ngày" ("often … every day"), a lift needed
or wanted with whom ("Would you like a lift with me?"), "Tôi có muốn …?", "đồng nghiệp" or "hàng xóm" given a
lift (one, or many?), "never", "rarely" asked ("Bạn có không bao giờ …?"), and anything else.
mt.phrasebook.translate tries these after mt/school_reports.py.

    >>> translate("Hôm qua tôi đi nhờ xe đồng nghiệp.", "vi", "en"), translate("We carpool to work.", "en", "vi")
    ('I got a lift with a colleague yesterday.', 'Chúng tôi đi chung xe đi làm.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, EN_OBJECT, EN_OBJECT_VI, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhờ|chở|chung\s+xe|quá\s+giang)"), "en": lazy(r"(?i:lift|ride|carpool|drove|drive)")}
# where a lift goes (the first Vietnamese of each is written back)
PLACES = {"đi làm": "to work", "về nhà": "home", "ra ga": "to the station", "ra nhà ga": "to the station",
          "đến ga": "to the station", "ra sân bay": "to the airport", "đến sân bay": "to the airport",
          "đi học": "to school", "đến trường": "to school", "về": "back"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_SCHOOL = {"đi học", "đến trường"}  # ("chở con đi học": mt/school_days.py's, takes whom to school)
# whom by no name ("xe đồng nghiệp": a colleague's car), and back
_BARE = {"đồng nghiệp": "a colleague", "một đồng nghiệp": "a colleague", "một người bạn": "a friend",
         "hàng xóm": "a neighbour", "một người hàng xóm": "a neighbour"}
_BARE_VI = {"a colleague": "một đồng nghiệp", "a friend": "một người bạn", "a neighbour": "một người hàng xóm",
            "a neighbor": "một người hàng xóm", "a co-worker": "một đồng nghiệp"}
# days behind and ahead (mt.dates.NEAR_DAYS; "sáng nay" left: done, or ahead?), and back
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "hôm kia", "tuần trước", "ngày mai", "sáng mai", "chiều mai", "tối mai", "tuần sau", "tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# "anh", "chị", "em" … as you, asking or offering ("Anh cho em đi nhờ được không?": em is the speaker)
_YOU = {"bạn", "anh", "chị", "em", "cô", "chú", "bác", "cậu"}
_PARTICLE_SAID = lazy(r"\s(?i:nhỉ|thế|vậy)\s*[.!]*\Z")
_NOT_OFTEN = {"hay", "thường", "thường xuyên"}  # ("không hay": not often; "không luôn" is no Vietnamese)


def _whom(name: str) -> str:
    """Whom, in Vietnamese, as a group `name`: a pronoun, someone (mt.hobbies.SOMEONE), or one of _BARE."""
    return rf"(?P<{name}>(?i:{alternatives(OBJECTS.keys() | _BARE.keys() | _YOU)})|{SOMEONE})"


def _whom_en(name: str) -> str:
    """Whom, in English, as a group `name`: a pronoun, someone (mt.hobbies.SOMEONE_EN), or one of _BARE_VI."""
    return rf"(?P<{name}>(?i:{alternatives(EN_OBJECT_VI.keys() | _BARE_VI.keys())})|{SOMEONE_EN})"


_LIFT = r"(?:đi\s+nhờ|quá\s+giang)(?P<car>\s+xe)?"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
# who got, gave, needs or can get a lift, or carpools, when ("Hôm qua tôi đi nhờ xe đồng nghiệp.", "Bạn cho tôi đi
# nhờ đến ga được không?", "Bạn có cần đi nhờ không?", "Chúng tôi đi chung xe đi làm.")
_SAID = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?:(?P<able>có\s+thể)|(?P<aux>đã|sẽ)|(?P<need>cần|muốn)|(?P<often>{alternatives(SELDOM)}))\s+)?"
             rf"(?:(?P<get>{_LIFT})(?:\s+{_whom('by')})?|(?P<pool>đi\s+chung\s+xe)(?:\s+(?P<place0>(?i:"
             rf"{alternatives(PLACES)})))?(?:\s+với\s+{_whom('mate')})?|"
             rf"(?P<give>cho|chở)\s+{_whom('whom')}(?:\s+(?P<lift>(?:đi\s+nhờ|quá\s+giang)(?:\s+xe)?))?)"
             rf"{_PLACE}(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?"
             rf"(?P<can>\s+được)?{ASKED_END}")
# a lift asked for with no one asked ("Cho tôi đi nhờ được không?", "Cho tôi đi nhờ ra ga được không?")
_LET_ME_GET = lazy(rf"[Cc]ho\s+(?P<me>tôi|chúng\s+tôi)\s+{_LIFT}{_PLACE}\s+được\s+không\s*(?P<end>\?+)")
# a lift offered ("Để tôi cho bạn đi nhờ.", "Để anh chở em về.", "Tôi chở bạn về nhé?")
_OFFER = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?(?P<me>(?i:tôi|chúng\s+tôi|anh|chị|em))\s+(?:cho\s+{_whom('whom')}\s+"
              rf"(?:đi\s+nhờ|quá\s+giang)(?:\s+xe)?|chở\s+{_whom('whom2')}){_PLACE}(?:\s+(?P<nhe>nhé|nha))?"
              r"\s*(?P<end>[.!?]*)")

# ... and in English ("I got a lift with a colleague yesterday.", "Can you give me a lift to the station?", "Would
# you like a lift home?", "We carpool to work.", "He drove me home.")
_PLACE_EN = rf"(?P<place>{alternatives(PLACES_VI)})"
_SAID_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Will|Can|Could|Would)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will(?:\s+not)?|"
                r"\s+won['’]t|\s+didn['’]t|\s+did\s+not|\s+don['’]t|\s+doesn['’]t|\s+do\s+not|\s+does\s+not)?"
                rf"(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+(?:(?P<get>get|gets|got)\s+a\s+(?:lift|ride)|"
                rf"(?P<give>give|gives|gave|drove)\s+{_whom_en('whom')}(?P<lift>\s+a\s+(?:lift|ride))?|"
                r"(?P<pool>carpool|carpools|carpooled)|(?P<need>need|needs|want|wants|like)\s+a\s+(?:lift|ride))"
                rf"(?:\s+{_PLACE_EN})?(?:\s+(?:with|from)\s+{_whom_en('by')})?(?:\s+(?P<place2>"
                rf"{alternatives(PLACES_VI)}))?(?:\s+(?P<every>{alternatives(EVERY_VI)}))?"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_OFFER_EN = lazy(rf"(?:(?P<let>Let\s+(?P<me>me|us))|(?P<shall>Shall\s+I))\s+(?P<verb>give|drive)\s+"
                 rf"{_whom_en('whom')}(?P<lift>\s+a\s+(?:lift|ride))?(?:\s+{_PLACE_EN})?\s*(?P<end>[.!?]*)")
# English verbs: base, with "-s", past
_VERBS = {"get": ("get", "gets", "got"), "give": ("give", "gives", "gave"),
          "pool": ("carpool", "carpools", "carpooled"), "need": ("need", "needs", "needed"),
          "want": ("want", "wants", "wanted"), "like": ("like", "likes", "liked")}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who got, gave, needs or can get a lift, carpools, asks for
    or offers a lift; None for any other."""
    if src == "vi":  # (a particle ending a statement says more: "… nhỉ." asks to be agreed with, "thế", "vậy" stress)
        return None if _PARTICLE_SAID.search(text) else _said(text) or _let_me_get(text) or _offer(text)
    return _said_vi(text) or _offer_vi(text)


def _tense(day: str | None, aux: str, often: str | None, every: str | None) -> str | None:
    """When a Vietnamese lift is, by its words: "past" (a day behind, "đã"), "will" (a day ahead, "sẽ"), "habit"
    ("hay", "mỗi ngày" …); "" where no word says it; None where the words do not agree ("Hôm qua tôi sẽ …")."""
    if day:
        way = "past" if NEAR_WAY[keyed(day)] == "behind" else "will"
        return way if not (often or every or aux == ("sẽ" if way == "past" else "đã")) else None
    if aux:
        return None if often or every else "past" if aux == "đã" else "will"
    return "habit" if often or every else ""


def _whom_said(said: str, who_: str | None, offered: bool = False) -> str | None:
    """Whom of _whom in English ("anh ấy" as "him", "đồng nghiệp" as "a colleague"; "bạn" as "you" only `offered`
    or asked); None for an animal, for anh, chị, em (read by the callers), for who themself ("Lan chở Lan", "bố tôi
    … bố tôi"), and for I among us or we with me ("Tôi cho chúng tôi đi nhờ xe.": "I gave us a lift")."""
    key = keyed(said)
    if key in _YOU - {"bạn"} or key == "mình" or key == "bạn" and not offered:
        return None  # ("xe bạn": your car, or a friend's?; "mình": me, or us?)
    whom = _BARE.get(key) or as_whom(said, "vi")
    if whom is None or who_ and whom in (EN_OBJECT.get(who_), who_) or _pet(whom):
        return None
    return None if who_ in ("I", "we") and whom in ("me", "us") else whom


def _pet(whom: str) -> bool:
    """Whether whom, in English or Vietnamese, is a pet ("my dog", "con mèo của tôi"): no one gives a cat a lift."""
    return whom.split()[-1:] in (["dog"], ["cat"]) or keyed(whom).startswith(("con chó", "con mèo"))


def _said(text: str) -> str | None:
    """"Hôm qua tôi đi nhờ xe đồng nghiệp." as "I got a lift with a colleague yesterday.", "Tôi hay đi nhờ xe bạn tôi
    đi làm." as "I often get a lift to work with my friend.", "Hôm qua anh ấy chở tôi về nhà." as "He gave me a lift
    home yesterday.", "Bạn cho tôi đi nhờ đến ga được không?" as "Can you give me a lift to the station?", "Bạn có
    cần đi nhờ không?" as "Do you need a lift?", "Chúng tôi đi chung xe đi làm." as "We carpool to work." (_SAID);
    None for anything else, and where no word says when."""
    m = _SAID.fullmatch(text)
    if not m or (m["day0"] and m["day"]) or (asked := _asked(m)) is None or m["aux"] and asked == "can":
        return None
    said = who(m, bool(asked))
    if said is None or animal(m) or not asked and keyed(m["who"] or "") in ("mình", "chúng ta"):
        return None  # ("Mình đi chung xe đi làm.": I or we, or let's?)
    who_, one = said
    if m["place0"] and m["place"]:
        return None
    place = PLACES[keyed(m["place0"] or m["place"])] if m["place0"] or m["place"] else ""
    whom = _whom_of(m, asked, who_)
    if whom is None or m["by"] and not m["car"] or _many(m["mate"]):
        return None  # ("đi nhờ anh ấy": on him, or with him?; "đi chung xe với đồng nghiệp": one, or many?)
    if m["give"]:
        rest = _joined(whom, "a lift", place)
        if _many(m["whom"]):
            return None  # ("chở đồng nghiệp về nhà": a colleague, or colleagues?)
        if (m["give"] == "chở") == bool(m["lift"]) or m["give"] == "chở" and (not place or keyed(m["place"]) in
                                                                                   _SCHOOL or asked == "can"):
            return None  # ("chở" asked: mt/journeys.py's; to school: mt/school_days.py's)
        verb = "give"
    else:
        verb = "pool" if m["pool"] else "get"
        rest = _joined("" if m["pool"] else "a lift", place, f"with {whom}" if whom else "")
    every = EVERY[keyed(m["every"])] if m["every"] else ""
    if asked == "can":
        return None if m["need"] or m["often"] or every or m["day"] or m["day0"] or m["pool"] else \
            f"Can {who_} {_joined(verb, rest)}?"
    if m["need"]:
        return _needed(m, who_, one, asked, rest, verb)
    tense = _tense(m["day0"] or m["day"], keyed(m["aux"] or ""), m["often"], m["every"])
    if tense == "" and m["pool"] and keyed(m["place0"] or m["place"] or "") in ("đi làm", "đi học") and not (
            asked or m["not"]):
        tense = "habit"  # (carpooling to work: a habit, as English says it)
    often = SELDOM[keyed(m["often"])] if m["often"] else ""
    if often and every:
        return None  # ("often … every day" says two things, and "thường" there is "usually")
    if not tense or m["not"] and (tense == "habit" and keyed(m["often"] or "") not in _NOT_OFTEN or every) or \
            asked and tense == "habit" and m["often"] and often not in ("often", "usually", "always", "sometimes"):
        return None
    day = _DAYS[keyed(m["day0"] or m["day"])] if m["day0"] or m["day"] else ""
    return _en(who_, one, tense, bool(asked), bool(m["not"]), often, verb, _joined(rest, every, day), m["end"])


def _whom_of(m: re.Match, asked: str, who_: str) -> str | None:
    """Whom of a match of _SAID in English (`_whom_said`; "" where none is said): asking what one can do, "anh",
    "chị", "em" are "you" to "I" ("Tôi đi nhờ xe anh được không?"), and "me" to another of them giving ("Anh cho em
    đi nhờ được không?"); None where whom is not known, and for another of them getting ("Em đi nhờ xe anh được
    không?": I, asking, or you?)."""
    said = m["by"] or m["mate"] or m["whom"]
    if not said:
        return ""
    kin, asker = keyed(said), keyed(m["who"] or "")
    if asked == "can" and asker in _YOU - {"bạn"} and kin in ("em", "anh", "chị"):
        # (giving, the one asked is "you"; getting, "Em đi nhờ xe anh được không?" is as often em asking to go)
        return "me" if kin != asker and m["whom"] else None
    if asked == "can" and who_ in ("I", "we") and kin in _YOU:
        return "you"
    return _whom_said(said, who_, bool(asked))


def _many(said: str | None) -> bool:
    """Whether whom said is "đồng nghiệp" or "hàng xóm" with no "một": one, or many ("chở đồng nghiệp về nhà": a
    colleague, or colleagues?), where a car ("xe đồng nghiệp") is one's."""
    return keyed(said or "") in ("đồng nghiệp", "hàng xóm")


def _asked(m: re.Match) -> str | None:
    """How a match of _SAID asks: "yes" ("có … không?"), "can" ("… được không?", "có thể … không?"), "" said; None
    where the asking words and the "?" do not agree ("có" with no "không", "không?" with no "có")."""
    q = "?" in m["end"]
    if not q:
        return "" if not (m["ask"] or m["asked"] or m["can"] or m["able"]) else None
    if m["asked"] and (m["can"] or m["able"]) and not (m["ask"] or m["not"]):
        return "can"
    return "yes" if m["ask"] and m["asked"] and not (m["can"] or m["able"] or m["not"]) else None


def _joined(*words: str) -> str:
    """The words said, one space apart ("a lift", "", "home": "a lift home")."""
    return " ".join(w for w in words if w)


def _needed(m: re.Match, who_: str, one: bool, asked: str, rest: str, verb: str) -> str | None:
    """Who needs or wants a lift, of a match of _SAID: "Do you need a lift?", "Would you like a lift home?", "I need
    a lift to the airport."; None for anything but a lift got, a day or a habit, a statement with no place, whom
    ("Would you like a lift with me?" says no English), and "muốn" asked of I or we ("Would I like …?")."""
    if m["by"]:
        return None  # ("Bạn có muốn đi nhờ xe tôi không?": "a lift with me" says no English)
    if verb != "get" or m["aux"] or m["often"] or m["every"] or m["day0"] or m["day"] or not (asked or m["place"] or
                                                                                              m["not"]):
        return None
    if keyed(m["need"]) == "muốn" and asked:  # (an offer, made to another)
        return None if who_ in ("I", "we") else f"Would {who_} like {rest}?"
    return present(who_, one, "need" if keyed(m["need"]) == "cần" else "want", rest, bool(asked), bool(m["not"]),
                   m["end"])


def _en(who_: str, one: bool, tense: str, asked: bool, not_: bool, often: str, verb: str, rest: str,
        end: str | None) -> str:
    """A lift in English, its verb (of _VERBS) in the tense: "I got a lift …", "Did you get …?", "He didn't give …",
    "I'll get …", "Will you …?", "My father often gives …", "Do you often get …?", "We carpool …"."""
    base, _, past = _VERBS[verb]
    if tense == "habit":
        return present(who_, one, base, rest, asked, not_, end, f"{often} " if often else "")
    if tense == "past":
        said = f"Did {who_} {base} {rest}?" if asked else f"{who_} didn't {base} {rest}" if not_ else \
            f"{who_} {past} {rest}"
    else:
        said = f"Will {who_} {base} {rest}?" if asked else f"{who_} won't {base} {rest}" if not_ else \
            contracted(who_, f"will {base} {rest}")
    return said if asked else capitalised(said) + stop(end)


def _let_me_get(text: str) -> str | None:
    """"Cho tôi đi nhờ được không?" as "Can I get a lift?", "Cho chúng tôi đi nhờ xe ra ga được không?" as "Can we
    get a lift to the station?" (_LET_ME_GET); None for anything else."""
    m = _LET_ME_GET.fullmatch(text)
    if not m:
        return None
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    return f"Can {'we' if keyed(m['me']) == 'chúng tôi' else 'I'} get a lift{place}?"


def _offer(text: str) -> str | None:
    """"Để tôi cho bạn đi nhờ." as "Let me give you a lift.", "Để anh chở em về." as "Let me give you a lift back.",
    "Tôi chở bạn về nhà nhé?" as "Shall I give you a lift home?" (_OFFER); None for anything else, and for "anh",
    "chị", "em" offering any but another of them."""
    m = _OFFER.fullmatch(text)
    if not m or "?" in m["end"] and not m["nhe"] or not ("?" in m["end"] or m["let"]):
        return None  # ("Tôi chở bạn về nhà." with no "để", no "nhé?": when?)
    me, said = keyed(m["me"]), m["whom"] or m["whom2"]
    if _many(said):
        return None  # ("Để tôi chở đồng nghiệp về nhà.": one, or many?)
    if me in _YOU:  # ("Để anh chở em về.": anh the speaker, em spoken to)
        whom = "you" if keyed(said) in _YOU - {"bạn"} and keyed(said) != me else None
    else:  # ("Để tôi chở anh về.": anh spoken to)
        whom = "you" if keyed(said) in _YOU else _whom_said(said, "we" if me == "chúng tôi" else "I", True)
    if whom is None or whom in ("me", "us"):
        return None
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    lead = "Shall we" if "?" in m["end"] and me == "chúng tôi" else "Shall I" if "?" in m["end"] else \
        "Let us" if me == "chúng tôi" else "Let me"
    return f"{lead} give {whom} a lift{place}" + ("?" if "?" in m["end"] else stop(m["end"]))


def _said_vi(text: str) -> str | None:
    """"I got a lift with a colleague yesterday." as "Hôm qua tôi đi nhờ xe một đồng nghiệp.", "My father often
    gives me a lift to work." as "Bố tôi hay chở tôi đi làm.", "Can you give me a lift to the station?" as "Bạn cho
    tôi đi nhờ xe ra ga được không?", "Do you need a lift?" as "Bạn có cần đi nhờ xe không?", "We carpool to work."
    as "Chúng tôi đi chung xe đi làm.", "He drove me home." as "Anh ấy đã chở tôi về nhà." (_SAID_EN); None for
    anything else, where a verb does not agree with who or with its tense, and "Did", "Will" with no day."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["place"] and m["place2"] or animal(m):
        return None
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").split())
    aux = {"'ll": "will", "won't": "will not", "didn't": "did not", "don't": "do not", "doesn't": "does not"}.get(
        aux, aux)
    verb = m["get"] or m["give"] or m["pool"] or m["need"]
    kind = "give" if verb == "drove" else next(k for k, forms in _VERBS.items() if verb in forms)
    form = "past" if verb in ("got", "gave", "drove", "carpooled") else "s" if verb in _s_forms() else "base"
    who_, one = who_vi(m)
    place = PLACES_VI[(m["place"] or m["place2"]).lower()] if m["place"] or m["place2"] else ""
    whom = _whom_vi(m["whom"] or m["by"], who_)
    needing, dont = kind in ("need", "want", "like"), aux in ("do not", "does not")
    if whom is None or m["give"] and (verb == "drove") == bool(m["lift"]) or verb == "drove" and not place or (
            kind == "like") != (q == "would") or needing and m["by"]:
        return None  # (a verb and its lift: "gave me a lift", "drove me home"; "like" only after "Would")
    if m["give"]:  # (asked: "cho … đi nhờ", as "chở tôi ra ga được không?" is mt/journeys.py's)
        core = f"chở {whom} {place}" if place and not q else _joined(f"cho {whom} đi nhờ xe", place)
    elif kind == "pool":
        core = _joined("đi chung xe", place, f"với {whom}" if whom else "")
    else:
        core = _joined({"need": "cần", "want": "muốn", "like": "muốn"}.get(kind, ""), "đi nhờ xe", whom, place)
    often, every, day = (m["often"] or "").lower(), (m["every"] or "").lower(), (m["day"] or "").lower()
    if q in ("can", "could") or needing:
        if aux and not dont or aux and q or often or every or day or form == "past" or kind == "pool" or (
                q in ("can", "could")) == needing or not (q or place or aux) or not _agrees(q, aux, form, one):
            return None  # ("I need a lift." with no place: a ride, or cheering up?)
        if needing:
            return _vi(who_, "", bool(q), bool(aux), "", core, "", "", m["end"])
        first = f"Cho {who_}" if who_ in ("tôi", "chúng tôi") and not whom and kind == "get" else capitalised(who_)
        return f"{first} {core} được không?"
    tense = "past" if q == "did" or aux == "did not" or form == "past" else "will" if q == "will" or aux in (
        "will", "will not") else "habit"
    way = NEAR_WAY[_DAYS_VI[day]] if day else ""
    if form == "past" and (q or aux) or form != "past" and not _agrees(q, aux, form, one) or day and (
            way != ("behind" if tense == "past" else "ahead")) or (often or every) and tense != "habit" or \
            q in ("did", "will") and not day or tense == "habit" and (day or dont and (every or often and
                                                                                              often != "often")):
        return None
    if q and often in ("never", "rarely"):
        return None  # ("Do you never …?": "Bạn có không bao giờ … không?" is no Vietnamese)
    return _vi(who_, tense, bool(q), dont or aux in ("did not", "will not"), HABIT_VI.get(often, ""), core,
               EVERY_VI.get(every, ""), _DAYS_VI.get(day, ""), m["end"])


def _whom_vi(said: str | None, who_: str) -> str | None:
    """Whom of _whom_en in Vietnamese ("him" as "anh ấy", "a colleague" as "một đồng nghiệp"); "" where none is
    said; None for a pet, for who themself ("I gave me a lift"), and for I among us or we with me ("I gave us a
    lift")."""
    if said is None:
        return ""
    whom = _BARE_VI.get(said.lower()) or as_whom(said, "en")
    if whom is None or keyed(whom) == keyed(who_) or _pet(whom):
        return None
    return None if {keyed(whom), keyed(who_)} == {"tôi", "chúng tôi"} else whom


def _s_forms() -> set[str]:
    """The English verbs of _VERBS with "-s" ("gets", "carpools")."""
    return {forms[1] for forms in _VERBS.values()}


def _agrees(q: str, aux: str, form: str, one: bool) -> bool:
    """Whether an English verb in the present agrees with who: "Does she", "she doesn't", "she gets"; "Do I", "I
    don't", "I get"; after "will", "Can" its base."""
    if q in ("do", "does") or aux in ("do not", "does not"):
        return form == "base" and (q or aux.split()[0]) == ("does" if one else "do")
    return form == "base" if q or aux else (form == "s") == one


def _vi(who_: str, tense: str, asked: bool, not_: bool, often: str, core: str, every: str, day: str,
        end: str | None) -> str:
    """A lift in Vietnamese, its tense said by a day (at the front), "đã", "sẽ" or how often: "Hôm qua tôi đi nhờ
    xe …", "Bạn có hay đi nhờ xe … không?", "Tôi đã không …", "Ngày mai bạn có … không?"."""
    front = _joined(day, who_)
    if asked:
        return capitalised(f"{front} có {_joined(often, core, every)} không?")
    aux = {"past": "" if day else "đã", "will": "sẽ"}.get(tense, "")
    said = _joined(front, aux, "không" if not_ else "", often, core, every)
    return capitalised(said) + stop(end)


def _offer_vi(text: str) -> str | None:
    """"Let me give you a lift." as "Để tôi cho bạn đi nhờ xe.", "Let me drive you home." as "Để tôi chở bạn về
    nhà.", "Shall I give you a lift home?" as "Tôi chở bạn về nhà nhé?" (_OFFER_EN); None for anything else."""
    m = _OFFER_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]) or (m["verb"] == "drive") == bool(m["lift"]):
        return None
    me = "chúng tôi" if m["me"] == "us" else "tôi"  # ("Shall we …?": chúng ta, with you, or chúng tôi?)
    whom = _whom_vi(m["whom"], me)
    if not whom or whom in ("tôi", "chúng tôi") or m["verb"] == "drive" and not m["place"]:
        return None
    place = PLACES_VI[m["place"].lower()] if m["place"] else ""
    core = f"chở {whom} {place}" if place else f"cho {whom} đi nhờ xe"
    return f"{capitalised(me)} {core} nhé?" if m["shall"] else f"Để {me} {core}{stop(m['end'])}"
