"""Feeling cold or hot, and how cold or warm it is in a room, both ways, written whole by rule: who is cold, hot,
freezing or warm enough, or feels it, said or asked; it cold, hot, warm or stuffy in here, in the room, in the house or
the car, or a room so; someone's hands or feet cold; and putting on a jumper, a coat or something warm. v8 with every
current rule reads "thấy" as saw, "rét" as glad, "freezing" as free, "jumper" as one who jumps and "Are you cold?" as
having a cold: "Tôi lạnh quá." → "I'm too cold.", "Tôi thấy lạnh." → "I saw cold.", "Tôi rét quá." → "I'm glad.",
"Bạn có nóng không?" → "Do you have hot?", "Trong phòng lạnh quá." → "In the cold room.", "Phòng tôi nóng quá." →
"Let me get too hot.", "Tay tôi lạnh quá." → "My hand was too cold.", "Mặc áo len vào đi." → "The coat went on.",
"Bạn có đủ ấm không?" → "Do you have enough warm?"; "I'm freezing." → "Tôi đang tự dozing.", "Are you cold?" → "Bạn
có cảm lạnh không?", "It's freezing in here." → "Trời rét ở đây." (the sky), "It's hot in here." → "Nó nóng ở đây.",
"My hands are freezing." → "Tay tôi đang tự do.", "Put on a jumper." → "Đặt vào một người nhảy.", "Are you warm
enough?" → "Bạn có nóng đủ không?".

Taken: who (mt.hobbies.WHO, WHO_EN) cold, hot, freezing or warm enough ("lạnh", "rét", "nóng", "lạnh cóng", "đủ ấm"),
with how much (mt.weather.DEGREE, EN_DEGREE) or not, or who feels it ("thấy"), said or asked; it cold, hot, freezing,
warm or stuffy in here, in a room, a house or the car (this one, whose, the), or a room or house so; hands, feet, a nose
or ears (whose of mt.terms.OWNERS, or someone's) cold; told to put on (or who should or will put on) a jumper, a coat,
something warm or another layer. Left: a plain "cold" or "hot" said of anyone but "I" and "we" (a cold person is
unfriendly, a hot one good-looking: "Cô ấy lạnh quá.", "He's hot."), "hot" asked of anyone but "you", "bị lạnh" (caught
a chill?), how much asked ("Bạn có lạnh lắm không?"), a day or the past ("Hôm qua tôi lạnh quá."), the weather outside
(mt/weather.py, mt/weather_said.py, mt/weather_asked.py, which take "Anh có lạnh không?" first: "Is it cold in the
UK?"), a car or a motorbike hot or cold (its engine?), a fever (mt/ailments.py), the heater (mt/switches.py), wearing
and getting dressed (mt/outfits.py), and anything else.
mt.phrasebook.translate tries these after mt/tastes.py.

    >>> translate("Tôi lạnh quá.", "vi", "en"), translate("It's freezing in here.", "en", "vi")
    ("I'm so cold.", 'Trong này lạnh cóng.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import (
    ASKED_END,
    BE_EN,
    EN_WHOSE,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)
from .weather import DEGREE, EN_DEGREE

# how a person feels (the first Vietnamese of each English is written back)
FELT = {"lạnh cóng": "freezing", "rét cóng": "freezing", "lạnh": "cold", "rét": "cold", "nóng": "hot",
        "đủ ấm": "warm enough"}
FELT_VI = {en: vi for vi, en in reversed(FELT.items())}
# ... how the air in a room is, and how hands are to the touch
AIR = FELT | {"nóng nực": "hot", "ấm": "warm", "ấm áp": "warm", "ngột ngạt": "stuffy", "bí": "stuffy"}
AIR_VI = {en: vi for vi, en in reversed(AIR.items()) if en != "warm enough"}
TOUCH = {"lạnh": "cold", "lạnh cóng": "freezing", "lạnh buốt": "freezing", "lạnh ngắt": "ice-cold"}
TOUCH_VI = {en: vi for vi, en in reversed(TOUCH.items())} | {"ice cold": "lạnh ngắt"}
# where it is so ("Trong này lạnh quá.": it's so cold in here), and a room so ("Phòng tôi nóng quá.")
_PLACES = {"này": "here", "phòng": "room", "nhà": "house", "xe": "car"}
_ROOMS_VI = {en: vi for vi, en in _PLACES.items() if en != "here"}
_THE = {"room": "căn phòng", "house": "căn nhà"}  # ("the room" said alone)
PARTS = {"tay": "hands", "bàn tay": "hands", "chân": "feet", "bàn chân": "feet", "tay chân": "hands and feet",
         "mũi": "nose", "tai": "ears"}
PARTS_VI = {en: vi for vi, en in reversed(PARTS.items())} | {"hand": "tay", "foot": "chân", "ear": "tai"}
# what is put on ("thêm áo": one more layer), and in English (the first Vietnamese of each is written back)
GARMENTS = {"áo len": "a jumper", "áo ấm": "some warm clothes", "áo khoác": "a coat", "thêm áo": "another layer"}
GARMENTS_VI = {"jumper": "áo len", "sweater": "áo len", "coat": "áo khoác", "jacket": "áo khoác",
               "something warm": "áo ấm", "some warm clothes": "áo ấm", "warm clothes": "áo ấm",
               "another layer": "thêm áo", "an extra layer": "thêm áo"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lạnh|rét|nóng|\bấm|ngột|bí|mặc)"),
         "en": lazy(r"(?i:cold|\bhot|freezing|warm|stuffy|\bput)")}

_HOW = r"(?:(?P<before>rất|hơi|khá)\s+)?"
_MUCH = r"(?:\s+(?P<after>quá|lắm|ghê|thế))?"
# who feels it ("Tôi lạnh quá.", "Mẹ tôi thấy lạnh.", "Bạn có lạnh không?", "Tôi đủ ấm rồi.")
_PERSON = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<still>vẫn)\s+|đang\s+)?"
               rf"(?:(?P<feel>(?:cảm\s+)?thấy)\s+)?{_HOW}(?P<w>{alternatives(FELT)}){_MUCH}(?:\s+(?P<done>rồi))?"
               rf"{ASKED_END}")
# the air somewhere ("Trong này lạnh cóng.", "Trong phòng tôi nóng quá.", "Phòng này có lạnh không?")
_WHERE = (rf"(?P<place>{alternatives(_PLACES)})(?:\s+(?P<this>này)|\s+(?:của\s+)?(?P<whose>(?i:"
          rf"{alternatives(OWNERS)})))?")
_AIR = lazy(rf"(?:(?P<in>(?i:(?:ở\s+)?trong))\s+|(?P<the>(?i:căn))\s+)?(?i:{_WHERE})\s+(?:(?P<ask>có)\s+|"
            rf"(?P<not>không)\s+)?(?:đang\s+)?{_HOW}(?P<w>{alternatives(AIR)}){_MUCH}{ASKED_END}")
# hands and feet ("Tay tôi lạnh quá.", "Tay con tôi lạnh cóng.", "Tay bạn có lạnh không?")
_HANDS = lazy(rf"(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
              rf"(?P<someone>{SOMEONE}))\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?{_HOW}"
              rf"(?P<w>{alternatives(TOUCH)}){_MUCH}{ASKED_END}")
# put on ("Mặc áo len vào đi.", "Con mặc áo ấm vào nhé.", "Bạn nên mặc áo khoác vào.")
_GARMENT = rf"mặc\s+(?P<g>{alternatives(GARMENTS)})(?P<in>\s+vào)?"
_PUT_ON = lazy(rf"(?:(?i:bạn|con|các\s+con|các\s+bạn)\s+)?(?P<hay>(?i:hãy)\s+)?(?i:{_GARMENT})"
               r"(?:\s+(?P<go>đi|nhé|nha))?\s*(?P<end>[.!]*)")
_PUTTING_ON = lazy(rf"{WHO}\s+(?P<modal>nên|sẽ)\s+{_GARMENT}{SOFTENED_END}")

# ... and in English ("I'm so cold.", "She feels cold.", "Are you warm enough?", "Do you feel cold?")
_FELT_EN = rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?P<w>{alternatives(FELT_VI)})"
_PERSON_EN = lazy(rf"{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?|(?:\s+(?P<nt>don['’]t|doesn['’]t|do\s+not|"
                  rf"does\s+not))?\s+(?P<feel>feels?))\s+{_FELT_EN}\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<be>Is|Are|Am)|(?P<do>Do|Does))\s+{WHO_EN}(?:\s+(?P<feel>feel))?\s+{_FELT_EN}"
                 r"\s*(?P<end>\?+)")
# the air ("It's freezing in here.", "Is it cold in the room?", "My room is so hot.", "Is this room cold?")
_AIR_WORD = rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?P<w>{alternatives(AIR_VI)})"
_ROOM_EN = rf"(?P<det>(?i:the|this|{alternatives(WHOSE_VI)}))\s+(?P<room>room|house|car)"
_AIR_EN = [lazy(rf"It(?:['’]s|\s+is)(?P<not>\s+not|n['’]t)?\s+{_AIR_WORD}\s+in\s+(?:(?P<here>here)|{_ROOM_EN})"
                r"\s*(?P<end>[.!]*)"),
           lazy(rf"(?P<be>Is)\s+it\s+{_AIR_WORD}\s+in\s+(?:(?P<here>here)|{_ROOM_EN})\s*(?P<end>\?+)"),
           lazy(rf"{_ROOM_EN}(?:['’]s|\s+is)(?P<not>\s+not|n['’]t)?\s+{_AIR_WORD}\s*(?P<end>[.!]*)"),
           lazy(rf"(?P<be>Is)\s+{_ROOM_EN}\s+{_AIR_WORD}\s*(?P<end>\?+)")]
# hands ("My hands are freezing.", "Are your hands cold?", "My son's hands are cold.")
_PART_EN = (rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
            rf"(?P<part>{alternatives(PARTS_VI)})")
_TOUCH_EN = rf"(?:(?P<d>{alternatives(EN_DEGREE)})\s+)?(?P<w>{alternatives(TOUCH_VI)})"
_HANDS_EN = [lazy(rf"{_PART_EN}(?P<be>\s+are|\s+is|['’]s|['’]re)(?P<not>\s+not|n['’]t)?\s+{_TOUCH_EN}"
                  r"\s*(?P<end>[.!]*)"),
             lazy(rf"(?P<be>Are|Is)\s+{_PART_EN}\s+{_TOUCH_EN}\s*(?P<end>\?+)")]
# put on ("Put on a jumper.", "Put your coat on.", "You should put on something warm.", "I'll put my coat on.")
_WORN_EN = (rf"(?:(?:(?P<mine>{alternatives(WHOSE_VI)})|an?)\s+(?P<g>jumper|sweater|coat|jacket)|"
            rf"(?P<g2>something\s+warm|(?:some\s+)?warm\s+clothes|another\s+layer|an\s+extra\s+layer))")
_PUT_EN = rf"put\s+(?:on\s+{_WORN_EN}|{_WORN_EN.replace('?P<', '?P<o')}\s+on)"  # (its groups again, o-named)
_PUT_ON_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?i:{_PUT_EN})(?:,?\s+please)?\s*(?P<end>[.!]*)")
_PUTTING_ON_EN = lazy(rf"{WHO_EN}(?P<modal>\s+should|['’]ll|\s+will)\s+{_PUT_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is cold or hot, how cold or warm it is in a room or how
    cold someone's hands are, or tells someone to put on a jumper; None for any other."""
    if src == "vi":
        return _person(text) or _air(text) or _hands(text) or _put_on(text)
    return _person_vi(text) or _air_vi(text) or _hands_vi(text) or _put_on_vi(text)


def said_plainly(who_: str, word: str, asked: bool) -> bool:
    """Whether "cold", "hot" … may be said of who with "be" (not "feel"): "freezing" of anyone; "I" and "we" of
    anything; asked, "you" of anything and anyone of "cold" and "warm enough" ("Is he hot?" asks his looks)."""
    return word in ("freezing", "ice-cold") or who_.lower() in ("i", "we") or asked and (
        who_ == "you" or word in ("cold", "warm enough"))


def _how_much(m: re.Match, word: str) -> str | None:
    """How much of a match's before and after in English, with a space after it ("so ", "a bit ", ""); None for
    one with "freezing", "warm enough" (no how much) or a question."""
    said = m["before"] or m["after"]
    if not said:
        return ""
    asked = m["asked"] or "?" in m["end"]
    return None if asked or word in ("freezing", "ice-cold", "warm enough") else f"{DEGREE[said]} "


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… không?"); None where its words and its end disagree, or
    "có" says without asking."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked else asked


def _person(text: str) -> str | None:
    """"Tôi lạnh quá." as "I'm so cold.", "Mẹ tôi thấy lạnh." as "My mother feels cold.", "Bạn có lạnh không?" as
    "Are you cold?", "Tôi đủ ấm rồi." as "I'm warm enough." (_PERSON); None for anything else, and for "Cô ấy lạnh
    quá." (cold-hearted?)."""
    m = _PERSON.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    word = FELT[keyed(m["w"])]
    much = _how_much(m, word)
    if much is None or not (m["feel"] or said_plainly(who_, word, asked)) or m["not"] and (much or m["still"]) or \
            m["done"] and word != "warm enough":
        return None
    still = "still " if m["still"] else ""
    if m["feel"]:
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {still}feel {word}?"
        feel = f"{'doesn' if one else 'don'}'t feel" if m["not"] else f"{still}feel{'s' * one}"
        return capitalised(f"{who_} {feel} {much}{word}.")
    if asked:
        return f"{be(who_).capitalize()} {who_} {still}{word}?"
    return capitalised(contracted(who_, f"{be(who_)} {'not ' * bool(m['not'])}{still}{much}{word}."))


def _air(text: str) -> str | None:
    """"Trong này lạnh cóng." as "It's freezing in here.", "Trong phòng nóng quá." as "It's so hot in the room.",
    "Phòng tôi nóng quá." as "My room is so hot.", "Trong này có lạnh không?" as "Is it cold in here?" (_AIR); None
    for anything else, and for "này" with "này" or without "trong", "căn" with whose."""
    m = _AIR.fullmatch(text)
    if not m or (asked := _asked(m)) is None:
        return None
    place = _PLACES[keyed(m["place"])]
    word = AIR[keyed(m["w"])]
    much = _how_much(m, word)
    mine = m["this"] or m["whose"]
    if much is None or word == "warm enough" or place == "here" and (not m["in"] or mine) or m["the"] and mine or \
            place == "car" and not m["in"]:  # ("Xe tôi nóng quá.": its engine, or a motorbike's?)
        return None
    whose = "this" if m["this"] else OWNERS[keyed(m["whose"])] if m["whose"] else "the"
    if m["in"]:
        where = "here" if place == "here" else f"{whose} {place}"
        return f"Is it {word} in {where}?" if asked else \
            f"It's {'not ' * bool(m['not'])}{much}{word} in {where}."
    if asked:
        return f"Is {whose} {place} {word}?"
    return capitalised(f"{whose} {place} is {'not ' * bool(m['not'])}{much}{word}.")


def _hands(text: str) -> str | None:
    """"Tay tôi lạnh quá." as "My hands are so cold.", "Chân con tôi lạnh cóng." as "My child's feet are freezing.",
    "Tay bạn có lạnh không?" as "Are your hands cold?" (_HANDS); None for anything else."""
    m = _HANDS.fullmatch(text)
    if not m or (asked := _asked(m)) is None:
        return None
    whose = OWNERS[keyed(m["whose"])] if m["whose"] else someone(m["someone"], "vi")
    word = TOUCH[keyed(m["w"])]
    if not whose or (much := _how_much(m, word)) is None:
        return None
    part = PARTS[keyed(m["part"])]
    whose = whose if m["whose"] else f"{whose}'s"
    are = "is" if part == "nose" else "are"
    if asked:
        return f"{are.capitalize()} {whose} {part} {word}?"
    nt = "n't" if m["not"] else ""
    return capitalised(f"{whose} {part} {are}{nt} {much}{word}.")


def _put_on(text: str) -> str | None:
    """"Mặc áo len vào đi." as "Put on a jumper.", "Bạn nên mặc áo ấm vào." as "You should put on some warm
    clothes.", "Tôi sẽ mặc áo khoác vào." as "I'll put on a coat." (_PUT_ON, _PUTTING_ON); None for anything else,
    and for "Tôi mặc áo len." (done, or a habit)."""
    m = _PUT_ON.fullmatch(text)
    if m and (m["in"] or m["go"] or m["hay"]):
        return f"Put on {GARMENTS[keyed(m['g'])]}{m['end'][:1] or '.'}"
    m = _PUTTING_ON.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    doing = f"put on {GARMENTS[keyed(m['g'])]}."
    return capitalised(contracted(said[0], f"will {doing}") if m["modal"] == "sẽ" else f"{said[0]} should {doing}")


def _person_vi(text: str) -> str | None:
    """"I'm so cold." as "Tôi lạnh quá.", "I'm cold." as "Tôi thấy lạnh.", "She feels cold." as "Cô ấy thấy lạnh.",
    "Are you cold?" as "Bạn có lạnh không?" (_PERSON_EN, _ASKED_EN); None for anything else, where the verb does not
    agree with who, and for "He's hot." (his looks?)."""
    m = _PERSON_EN.fullmatch(text)
    asked = m is None
    if asked and not (m := _ASKED_EN.fullmatch(text)) or not _agrees(m, asked):
        return None
    who_, _ = who_vi(m)
    word, feel, nt = m["w"].lower(), bool(m["feel"]), bool(not asked and (m["not"] or m["nt"]))
    if m["d"] and (asked or nt or word in ("freezing", "warm enough")) or not (
            feel or said_plainly(m["who"] or "someone", word, asked)):
        return None
    before, after = EN_DEGREE.get((m["d"] or "").lower(), ("", ""))
    said = " ".join(w for w in ("thấy" if feel else "", before, FELT_VI[word], after) if w)
    if asked:
        return capitalised(f"{who_} có {said} không?")
    if not feel and not m["d"] and word in ("cold", "hot"):
        said = f"thấy {said}"  # ("Tôi thấy lạnh.": "Tôi lạnh." alone sounds cut short)
    done = " rồi" if word == "warm enough" and not nt else ""
    return capitalised(f"{who_} {'không ' * nt}{said}{done}{m['end'][:1] or '.'}")


def _agrees(m: re.Match, asked: bool) -> bool:
    """Whether the verb of a match of _PERSON_EN or _ASKED_EN agrees with who ("I am", "she feels", "Does he feel",
    "she doesn't feel"), and "Do" asks with "feel" and "Is" without."""
    _, one = who_vi(m)
    if m["be"]:
        return not m["feel"] and be_said(m["be"]) == be_of(who_vi(m)[0], one)
    if asked:
        return bool(m["do"] and m["feel"]) and (m["do"] == "Does") == one
    if m["nt"]:
        return m["nt"].lower().startswith("does") == one and m["feel"] == "feel"
    return (m["feel"] == "feels") == one


def _air_vi(text: str) -> str | None:
    """"It's freezing in here." as "Trong này lạnh cóng.", "It's so hot in the room." as "Trong phòng nóng quá.", "My
    room is so hot." as "Phòng tôi nóng quá.", "Is it cold in here?" as "Trong này có lạnh không?" (_AIR_EN); None for
    anything else, and for how much asked or with "not"."""
    i, m = next(((i, m) for i, p in enumerate(_AIR_EN) if (m := p.fullmatch(text))), (None, None))
    found = m and m.groupdict()
    if not m or m["d"] and (found.get("be") or found.get("not") or m["w"] == "freezing"):
        return None
    before, after = EN_DEGREE.get((m["d"] or "").lower(), ("", ""))
    said = " ".join(w for w in (before, AIR_VI[m["w"]], after) if w)
    where = "trong này" if found.get("here") else _room_vi(m, inside=i < 2)
    if where is None:
        return None
    if found.get("be"):
        return capitalised(f"{where} có {said} không?")
    return capitalised(f"{where} {'không ' * bool(found.get('not'))}{said}{m['end'][:1] or '.'}")


def _room_vi(m: re.Match, inside: bool) -> str | None:
    """The room of a match of _ROOM_EN in Vietnamese: "phòng này", "nhà tôi", "căn phòng" (the room), and after
    "in" "trong phòng" ("trong phòng tôi"); None for a car, but in it."""
    room, det = m["room"], m["det"].lower()
    if room == "car" and not inside:
        return None  # ("The car is hot.": its engine, its paint in the sun?)
    if det == "the":
        return f"trong {_ROOMS_VI[room]}" if inside else _THE[room]
    said = f"{_ROOMS_VI[room]} {'này' if det == 'this' else WHOSE_VI[det]}"
    return f"trong {said}" if inside else said


def _hands_vi(text: str) -> str | None:
    """"My hands are freezing." as "Tay tôi lạnh cóng.", "Are your hands cold?" as "Tay bạn có lạnh không?", "My
    son's hands are cold." as "Tay con trai tôi lạnh." (_HANDS_EN); None for anything else, and where "is" or "are"
    does not go with the hands ("My hands is cold.")."""
    m = next((m for p in _HANDS_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    part = m["part"].lower()
    many = part not in ("nose", "hand", "foot", "ear")
    asked = "?" in m["end"]
    if (be_said(m["be"]) == "are") != many or m["d"] and (asked or m["not"] or m["w"] != "cold"):
        return None
    whose = WHOSE_VI[m["whose"].lower()] if m["whose"] else someone(m["someone"], "en")
    before, after = EN_DEGREE.get((m["d"] or "").lower(), ("", ""))
    said = " ".join(w for w in (before, TOUCH_VI[m["w"].lower()], after) if w)
    if asked:
        return capitalised(f"{PARTS_VI[part]} {whose} có {said} không?")
    return capitalised(f"{PARTS_VI[part]} {whose} {'không ' * bool(m['not'])}{said}{m['end'][:1] or '.'}")


def _put_on_vi(text: str) -> str | None:
    """"Put on a jumper." as "Mặc áo len vào đi.", "Put your coat on." as "Mặc áo khoác vào đi.", "You should put on
    something warm." as "Bạn nên mặc áo ấm vào.", "I'll put my coat on." as "Tôi sẽ mặc áo khoác vào." (_PUT_ON_EN,
    _PUTTING_ON_EN); None for anything else, and for whose that is not who's own ("I'll put on your coat.")."""
    told = _PUT_ON_EN.fullmatch(text)
    m = told or _PUTTING_ON_EN.fullmatch(text)
    if not m:
        return None
    g = keyed((m["g"] or m["g2"] or m["og"] or m["og2"]).lower())
    whose = (m["mine"] or m["omine"] or "").lower()
    worn = GARMENTS_VI[g]
    doing = f"mặc {worn} vào" if worn != "thêm áo" else "mặc thêm áo vào"
    if told:
        return None if whose not in ("", "your") else capitalised(f"{doing} đi{m['end'][:1] or '.'}")
    who_, _ = who_vi(m)
    pronoun = next((en for en, vi_ in EN_WHOSE.items() if vi_ == whose), None)
    if whose and (not m["who"] or pronoun is None or pronoun.lower() != m["who"].lower()):
        return None
    modal = "nên" if "should" in m["modal"] else "sẽ"
    return capitalised(f"{who_} {modal} {doing}{m['end'][:1] or '.'}")
