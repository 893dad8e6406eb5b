"""Looking forward to something, not being able to wait for it, and being excited about it, said or asked, both ways,
written whole by rule. v8 with every other rule reads "nóng lòng" as hot, "mong chờ" as expected, "háo hức" as eager:
"Tôi nóng lòng quá." → "I'm too hot.", "Nóng lòng quá!" → "It's too!", "Tôi rất mong chờ." → "I'm very expected.",
"Bạn có mong chờ chuyến đi không?" → "Do you expect the trip?", "Bọn trẻ mong đến Tết lắm." → "The children are
expected to arrive on Tet.", "Tôi nóng lòng muốn gặp bạn." → "I'm warming to meet you.", "Bọn trẻ háo hức lắm." → "The
children eagerly.", "Bạn có háo hức không?" → "Do you eager?"; "I can't wait!" → "Tôi không thể đợi!", "She's really
looking forward to the wedding." → "Cô ấy thật sự đang nhìn về phía cưới.", "My mother is looking forward to seeing
you." → "Mẹ tôi đang tìm cách nhìn bạn.", "I look forward to the party." → "Tôi mong đảng.", "We can't wait for the
weekend." → "Chúng tôi không thể đợi vào cuối tuần.".

Taken: who (mt.hobbies.WHO, WHO_EN; "the kids", "everyone": mt.noise.GROUPS) looking forward to a thing of THINGS (the
trip, the holiday, the weekend, the party, Tet …, with "này", this, or a day mt.free_time.when reads after it; "sinh
nhật tôi", my birthday), to it, or to seeing someone or going home or on holiday ("rất mong chờ", "mong đợi" with
"rất" or "lắm", "mong được"), said, asked, or not; who can't wait ("nóng lòng quá", said alone too), can't wait to do
one of those or for a thing ("nóng lòng muốn …", "nóng lòng chờ …", "mong đến … lắm"); who is excited, about a thing
("háo hức", "Háo hức quá!"), said or asked; with "cũng" (too). Left: "mong" alone (hope: "Tôi mong bạn khỏe."),
"mong đến" an event (also "hope to come to": "mong đến bữa tiệc"), "mong đợi" asked or not (expect), "anh", "chị",
"em" alone saying it, "you" who can't wait (impatient?), a time before or ahead ("đã", "sẽ"), "I can't wait any longer"
(mt/waiting.py's), "I look forward to hearing from you." (the phrasebook's, whose "I'm looking forward to it." and "…
to seeing you." come first, in these words), going home for Tet (mt/holidays.py's), trips to a place (mt/trips.py's),
meeting up (mt/suggestions.py's), and anything else.
mt.phrasebook.translate tries these after mt/doing_now.py.

    >>> translate("Tôi nóng lòng quá.", "vi", "en"), translate("The kids can't wait for Tet.", "en", "vi")
    ("I can't wait.", 'Bọn trẻ mong đến Tết lắm.')
"""
from __future__ import annotations

import re

from .free_time import OPENS, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    alternatives,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# what is looked forward to (English says "the" before each but these three; "Tết này" is not "this Tet")
THINGS = {"chuyến đi": "trip", "kỳ nghỉ": "holiday", "kì nghỉ": "holiday", "kỳ nghỉ hè": "summer holiday",
          "cuối tuần": "weekend", "bữa tiệc": "party", "đám cưới": "wedding", "buổi hòa nhạc": "concert",
          "buổi hoà nhạc": "concert", "trận đấu": "match", "buổi biểu diễn": "show", "mùa hè": "summer", "Tết": "Tet",
          "Giáng sinh": "Christmas", "Noel": "Christmas"}
_NAMED = {"summer", "Tet", "Christmas"}
_NO_THIS = {"Tet", "Christmas"}
_EVENTS = {"trip", "party", "wedding", "concert", "match", "show"}  # ("mong đến bữa tiệc" is also "hope to come to")
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {
    "holidays": "kỳ nghỉ", "vacation": "kỳ nghỉ", "summer holidays": "kỳ nghỉ hè", "summer vacation": "kỳ nghỉ hè",
    "game": "trận đấu", "Tết": "Tết"}
_THINGS_KEYED = {keyed(vi): en for vi, en in THINGS.items()}
_THINGS_VI_KEYED = {keyed(en): vi for en, vi in THINGS_VI.items()}
# what one can't wait to do, or looks forward to doing (and seeing someone, again or not)
GOING = {"về nhà": "go home", "về quê": "go home", "đi nghỉ": "go on holiday", "đi du lịch": "travel"}
GOING_VI = {en: vi for vi, en in reversed(GOING.items())} | {
    "go on a holiday": "đi nghỉ", "go on vacation": "đi nghỉ", "go on a vacation": "đi nghỉ"}
_ING = {"go": "going", "travel": "travelling", "see": "seeing", "meet": "meeting"}
_GOING_ING_VI = {f"{_ING[en.split()[0]]}{en[len(en.split()[0]):]}": vi for en, vi in GOING_VI.items()} | {
    "traveling": "đi du lịch"}
# the kids, everyone (mt/noise.py's), said in Vietnamese
_GROUPS_EN = {en: vi for vi, (en, _) in reversed(GROUPS.items()) if en != "you"} | {
    "the children": "bọn trẻ", "everybody": "mọi người"}
_KEYS = {"vi": lazy(r"(?i:mong|nóng\s+lòng|háo\s+hức)"), "en": lazy(r"(?i:forward|wait|excited)")}

_WHO = rf"(?:{WHO}|(?P<group>(?i:{alternatives(GROUPS)})))"
_THING = (rf"(?:(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?P<this>này))?(?:\s+(?P<day>{OPENS}[^,.!?]*?))?|"
          rf"sinh\s+nhật\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))")
_DOING = rf"(?:(?P<meet>gặp)(?P<again>\s+lại)?\s+{WHOM}|(?P<going>{alternatives(GOING)}))"
_ALSO = r"(?:(?P<also>cũng)\s+)?(?:đang\s+)?"
# "Tôi rất mong chờ chuyến đi.", "Bạn có mong chờ không?", "Tôi cũng rất mong chờ.", "Mẹ tôi mong đợi đám cưới lắm."
_LOOK = lazy(rf"{_WHO}\s+{_ALSO}(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?:đang\s+)?mong\s+"
             rf"(?P<verb>chờ|đợi)(?:\s+{_THING})?(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# "Tôi rất mong được gặp bạn.", "Tôi rất mong gặp lại bạn."
_TO = lazy(rf"{_WHO}\s+{_ALSO}(?:(?P<ask>có)\s+|(?P<very>rất)\s+)?mong\s+(?P<get>được\s+)?{_DOING}"
           rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
# "Bọn trẻ mong đến Tết lắm.", "Tôi nóng lòng chờ đến cuối tuần."
_FOR = lazy(rf"{_WHO}\s+(?:(?:(?P<very>rất)\s+)?mong\s+(?:đến|tới)|(?:rất\s+)?nóng\s+lòng\s+(?P<wait>chờ|đợi)"
            rf"(?:\s+(?:đến|tới))?)\s+{_THING}(?:\s+(?P<much>lắm|quá))?{SOFTENED_END}")
# "Tôi nóng lòng quá.", "Nóng lòng quá!", "Anh ấy nóng lòng muốn về nhà."
_EAGER = lazy(rf"(?:{_WHO}\s+)?(?:rất\s+)?(?i:nóng)\s+lòng(?:\s+(?P<much>quá|lắm)|\s+(?:(?:muốn|được)\s+)?"
              rf"{_DOING})\s*(?P<end>[.!]*)")
# "Chúng tôi rất háo hức về kỳ nghỉ.", "Bạn có háo hức không?", "Háo hức quá!"
_EXCITED = lazy(rf"(?:{_WHO}\s+{_ALSO}(?:(?P<ask>có)\s+|(?P<very>rất)\s+)?)?(?i:háo)\s+hức(?:\s+(?:về|với)\s+"
                rf"{_THING})?(?:\s+(?P<much>lắm|quá))?{ASKED_END}")

# ... and in English
_WHO_EN = rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(_GROUPS_EN)})))"
_THING_EN = (rf"(?:(?:(?P<this>(?i:the|this))\s+)?(?P<thing>(?i:{alternatives(THINGS_VI)}))(?:\s+(?P<day>[^,.!?]+?))?|"
             rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+birthday)")
_DOING_EN = rf"(?:(?P<meet>see|meet)\s+{WHOM_EN}(?P<again>\s+again)?|(?P<going>{alternatives(GOING_VI)}))"
_DOING_ING = rf"(?:(?P<meet>seeing|meeting)\s+{WHOM_EN}(?P<again>\s+again)?|(?P<going>{alternatives(_GOING_ING_VI)}))"
_TOO = r"(?P<too>,?\s+too)?\s*(?P<end>[.!?]*)"
_LOOK_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_WHO_EN}(?:(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?"
                r"(?:\s+(?P<also>also))?(?:\s+(?P<very>really|so))?\s+looking|"
                r"(?:\s+(?P<also2>also))?(?:\s+(?P<very2>really))?\s+"
                rf"(?P<look>looks?))\s+forward\s+to\s+(?:(?P<it>it)|{_THING_EN}|{_DOING_ING}){_TOO}")
_WAIT_EN = lazy(rf"{_WHO_EN}\s+(?:can['’]t|cannot|can\s+not|can\s+hardly)\s+wait(?:\s+to\s+{_DOING_EN}|"
                rf"\s+for\s+{_THING_EN})?\s*(?P<end>[.!]*)")
_EXCITED_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{_WHO_EN}{BE_EN}?(?:\s+(?P<also>also))?"
                   rf"(?:\s+(?P<very>really|so|very))?\s+excited(?:\s+(?:about|for)\s+{_THING_EN}|"
                   rf"\s+to\s+{_DOING_EN})?{_TOO}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who looks forward to something, can't wait for it or is
    excited about it; None for any other."""
    if src == "vi":
        return _look(text) or _for(text) or _eager(text) or _excited(text)
    return _look_vi(text) or _wait_vi(text) or _excited_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English and whether English says "is": ("my mother", True), ("the kids", False),
    ("I", False) where none is said; None for "anh", "chị" … alone said (the speaker or the listener)."""
    if m["group"]:
        return GROUPS[keyed(m["group"])]
    if not any(m[g] for g in ("who", "kin", "title", "given")):
        return "I", False
    return who(m, asked)


def _be(who_: str, one: bool) -> str:
    """"is", "am" or "are" after who in English."""
    return "is" if one else "am" if who_ == "I" else "are"


def _thing(m: re.Match) -> str | None:
    """A thing of _THING in English: "the trip", "this weekend", "Tet", "the party tonight", "my birthday"; None for
    "này" after Tet or Christmas, or a day mt.free_time.when does not read."""
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} birthday"
    said = _THINGS_KEYED[keyed(m["thing"])]
    day = when(m["day"], "vi")
    if day is None or m["this"] and said in _NO_THIS:
        return None
    said = f"this {said}" if m["this"] else said if said in _NAMED else f"the {said}"
    return f"{said} {day}".strip()


def _doing(m: re.Match, ing: bool) -> str | None:
    """What is done of _DOING in English: "see you again", "go home"; "seeing my mother", "going home" (`ing`)."""
    if m["meet"]:
        whom = as_whom(m["whom"], "vi")
        return whom and f"{'seeing' if ing else 'see'} {whom}{' again' * bool(m['again'])}"
    said = GOING[keyed(m["going"])]
    verb, _, rest = said.partition(" ")
    return f"{_ING[verb] if ing else verb} {rest}".strip()


def _said(m: re.Match, rest: str) -> str | None:
    """Who of the match is, or is asked whether they are, `rest` ("looking forward to the trip", "excited"), with
    "cũng" as "too" and the end of the source; None where who is not sure, or "có" is not asked."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or m["also"] and asked or not (said := _who(m, asked)):
        return None
    who_, one = said
    be = _be(who_, one)
    if asked:
        return f"{be.capitalize()} {who_} {rest}?"
    end = "!" if "!" in m["end"] else "."
    return capitalised(contracted(who_, f"{be} {rest}{' too' * bool(m['also'])}{end}"))


def _look(text: str) -> str | None:
    """"Tôi rất mong chờ." as "I'm really looking forward to it.", "Bạn có mong chờ chuyến đi không?" as "Are you
    looking forward to the trip?", "Tôi rất mong được gặp bạn." as "I'm really looking forward to seeing you."
    (_LOOK, _TO); None for anything else, and "mong đợi" (also expect) without "rất" or "lắm", or not said."""
    if m := _LOOK.fullmatch(text):
        very = m["very"] or m["much"]
        if m["verb"] == "đợi" and (not very or m["asked"] or m["not"]) or m["not"] and (
                very or not m["thing"] or m["also"] or m["asked"]):
            return None
        thing = _thing(m) if m["thing"] or m["owner"] else "it"
    elif m := _TO.fullmatch(text):
        very = m["very"] or m["much"]
        if not (m["get"] or very):  # ("Tôi mong gặp lại bạn.": I hope to)
            return None
        thing = _doing(m, True)
    else:
        return None
    if thing is None:
        return None
    degree = "not " if m.groupdict().get("not") else "really " if very and not m["asked"] else ""
    return _said(m, f"{degree}looking forward to {thing}")


def _for(text: str) -> str | None:
    """"Bọn trẻ mong đến Tết lắm." as "The kids can't wait for Tet.", "Tôi nóng lòng chờ đến cuối tuần." as "I can't
    wait for the weekend." (_FOR); None for anything else, and "mong đến" an event without "chờ" (hope to come to)."""
    m = _FOR.fullmatch(text)
    if not m or "?" in m["end"] or not (m["wait"] or m["very"] or m["much"]) or (said := _who(m, False)) is None:
        return None
    thing = _thing(m)
    if thing is None or not m["wait"] and m["thing"] and _THINGS_KEYED[keyed(m["thing"])] in _EVENTS:
        return None
    return capitalised(f"{said[0]} can't wait for {thing}{m['end'] if m['end'] == '!' else '.'}")


def _eager(text: str) -> str | None:
    """"Tôi nóng lòng quá." as "I can't wait.", "Nóng lòng quá!" as "I can't wait!", "Anh ấy nóng lòng muốn về nhà."
    as "He can't wait to go home." (_EAGER); None for anything else, and "you" alone ("Bạn nóng lòng quá.": too
    impatient?)."""
    m = _EAGER.fullmatch(text)
    if not m or (said := _who(m, False)) is None or m["much"] and said[0] == "you":
        return None
    doing = "" if m["much"] else _doing(m, False)
    if doing is None:
        return None
    return capitalised(f"{said[0]} can't wait{f' to {doing}' if doing else ''}{m['end'][:1] or '.'}")


def _excited(text: str) -> str | None:
    """"Chúng tôi rất háo hức về kỳ nghỉ." as "We're really excited about the holiday.", "Bạn có háo hức không?" as
    "Are you excited?", "Háo hức quá!" as "I'm so excited!" (_EXCITED); None for anything else."""
    m = _EXCITED.fullmatch(text)
    alone = m and not any(m[g] for g in ("who", "kin", "title", "given", "group"))  # ("Háo hức quá!")
    if not m or alone and not (m["much"] and not m["asked"] and not m["thing"] and not m["owner"]):
        return None
    thing = _thing(m) if m["thing"] or m["owner"] else ""
    if thing is None:
        return None
    degree = "" if m["asked"] else "so " if m["much"] == "quá" and not thing else "really " if m["very"] or m[
        "much"] else ""
    return _said(m, f"{degree}excited{f' about {thing}' if thing else ''}")


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s"."""
    if m["group"]:
        return _GROUPS_EN[keyed(m["group"])], keyed(m["group"]).startswith("every")
    return who_vi(m)


def _thing_vi(m: re.Match, who_: str) -> tuple[str, bool] | None:
    """A thing of _THING_EN in Vietnamese and whether it is an event: ("chuyến đi này", True), ("Tết", False),
    ("bữa tiệc tối nay", True), ("sinh nhật", False) for who's own birthday ("sinh nhật bạn" for "your" said by
    "I"); None where "the" is missing or wrong, or the day is not read."""
    if m["owner"]:
        whose = WHOSE_VI[m["owner"].lower()]
        return f"sinh nhật{'' if whose == who_ else f' {whose}'}", False
    thing = keyed(m["thing"])
    vi, en = _THINGS_VI_KEYED[thing], _THINGS_KEYED[keyed(_THINGS_VI_KEYED[thing])]
    this = (m["this"] or "").lower()
    day = when(m["day"], "en")
    if day is None or (this == "the" or this and en in _NO_THIS if en in _NAMED else not this):
        return None
    return f"{vi}{' này' if this == 'this' else ''} {day}".strip(), en in _EVENTS


def _doing_vi(m: re.Match) -> str | None:
    """What is done of _DOING_EN or _DOING_ING in Vietnamese: "gặp lại bạn", "về nhà", "đi du lịch"."""
    if m["meet"]:
        whom = as_whom(m["whom"], "en")
        return whom and f"gặp{' lại' * bool(m['again'])} {whom}"
    going = keyed(m["going"])
    return GOING_VI.get(going) or _GOING_ING_VI[going]


def _agrees(m: re.Match, one: bool, who_: str) -> bool:
    """Whether "is", "are", "am" or "looks" of the match agree with who ("She are", "I looks" do not), and it is
    asked with "Is …?" only where it ends with "?"."""
    if m.groupdict().get("look"):
        return not (m["be0"] or m["be"]) and (m["look"] == "looks") == one and "?" not in m["end"]
    return bool(m["be0"]) != bool(m["be"]) and be_said(m["be0"] or m["be"]) == be_of(who_, one) and \
        bool(m["be0"]) == ("?" in m["end"])


def _look_vi(text: str) -> str | None:
    """"I'm looking forward to the trip." as "Tôi rất mong chờ chuyến đi.", "Are you looking forward to it?" as "Bạn
    có mong chờ không?", "My mother is looking forward to seeing you." as "Mẹ tôi rất mong được gặp bạn." (_LOOK_EN);
    None for anything else, and where the verb does not agree with who."""
    m = _LOOK_EN.fullmatch(text)
    if not m or not _agrees(m, (said := _who_vi(m))[1], said[0]):
        return None
    doing = m["meet"] or m["going"]
    what = _doing_vi(m) if doing else "" if m["it"] else (thing := _thing_vi(m, said[0])) and thing[0]
    if what is None or m["not"] and (m["it"] or doing or m["very"]) or m["be0"] and m["very"]:
        return None
    verb = f"mong được {what}" if doing else f"mong chờ {what}".strip()
    also = m["also"] or m["also2"] or m["too"]
    if m["be0"]:
        return None if also else capitalised(f"{said[0]} có {verb} không?")
    return capitalised(f"{said[0]} {'cũng ' * bool(also)}{'không' if m['not'] else 'rất'} {verb}{m['end'] or '.'}")


def _wait_vi(text: str) -> str | None:
    """"I can't wait!" as "Tôi nóng lòng quá!", "I can't wait to see you." as "Tôi nóng lòng muốn gặp bạn.", "The
    kids can't wait for Tet." as "Bọn trẻ mong đến Tết lắm." (_WAIT_EN); None for anything else, and "you" alone."""
    m = _WAIT_EN.fullmatch(text)
    if not m:
        return None
    who_ = _who_vi(m)[0]
    end = m["end"][:1] or "."
    if m["meet"] or m["going"]:
        return (doing := _doing_vi(m)) and capitalised(f"{who_} nóng lòng muốn {doing}{end}")
    if not (m["thing"] or m["owner"]):
        return None if who_ == "bạn" else capitalised(f"{who_} nóng lòng quá{end}")
    if (thing := _thing_vi(m, who_)) is None:
        return None
    return capitalised(f"{who_} nóng lòng chờ {thing[0]}{end}" if thing[1] else f"{who_} mong đến {thing[0]} lắm{end}")


def _excited_vi(text: str) -> str | None:
    """"We're excited about the holiday." as "Chúng tôi rất háo hức về kỳ nghỉ.", "I'm so excited!" as "Tôi háo hức
    quá!", "Are you excited?" as "Bạn có háo hức không?" (_EXCITED_EN); None for anything else, and where "is",
    "are" or "am" does not agree with who."""
    m = _EXCITED_EN.fullmatch(text)
    if not m or not _agrees(m, (said := _who_vi(m))[1], said[0]):
        return None
    thing = _thing_vi(m, said[0]) if m["thing"] or m["owner"] else ("", False)
    doing = _doing_vi(m) if m["meet"] or m["going"] else ""
    if thing is None or doing is None:
        return None
    what = f" được {doing}" if doing else f" về {thing[0]}" if thing[0] else ""
    also = m["also"] or m["too"]
    if m["be0"]:
        return None if also or m["very"] else capitalised(f"{said[0]} có háo hức{what} không?")
    if m["very"] == "so" and not what:
        return capitalised(f"{said[0]} {'cũng ' * bool(also)}háo hức quá{m['end'] or '.'}")
    return capitalised(f"{said[0]} {'cũng ' * bool(also)}rất háo hức{what}{m['end'] or '.'}")
