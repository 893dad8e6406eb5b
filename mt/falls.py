"""Falling over — tripping, slipping, falling down the stairs or out of bed, almost falling — both ways, written whole
by rule. v8 (rules on) reads "vấp" as stirred or tripled, "trượt" as skiing, "ngã cầu thang" without "down", "suýt"
as done, and English "trip" as a journey: "Tôi bị vấp ngã." → "I was tripled.", "Tôi bị vấp." → "I'm stirred.", "Cô
ấy vấp phải hòn đá." → "She stirred to rock.", "Tôi bị trượt chân ngã." → "I was skied.", "Tôi bị trượt chân trên
băng." → "I was skied on the band.", "Bà tôi bị ngã cầu thang." → "My grandfather fell the stairs.", "Bà tôi bị té
cầu thang." → "My grandmother was getting stairs.", "Con tôi bị ngã từ trên giường xuống." → "My child fell from bed
down.", "Tôi suýt ngã." → "I fell.", "Bạn có bị vấp ngã không?" → "Do you have a fall?"; "I tripped." → "Tôi chuyến
đi.", "She tripped over a stone." → "Cô ấy chuyến đi một viên sỏi.", "I slipped." → "Tôi trượt dốc.", "I slipped and
fell." → "Tôi trượt xuống và ngã.", "The baby fell out of bed." → "Bé nằm ra ngoài giường.", "I almost fell." → "Tôi
hầu như ngã.", "Did you trip?" → "Bạn có chuyến đi không?", "Did you hurt yourself?" → "Bạn có làm tổn thương chính
mình không?", "She's fallen down the stairs." → "Cô ấy xuống cầu thang.".

Taken: who (mt.hobbies.WHO, WHO_EN) or the baby ("em bé", "đứa bé") tripped ("vấp ngã", "bị vấp", "vấp té"), over a
thing of OBSTACLES ("vấp phải hòn đá", over a stone), slipped ("trượt chân"), slipped and fell ("trượt ngã", "trượt
chân ngã"), fell down the stairs ("ngã cầu thang", "ngã xuống cầu thang", "té cầu thang"), out of bed, off a chair or
a ladder, out of a tree ("ngã từ trên giường xuống", "ngã khỏi giường"), each at a place of PLACES ("trên sàn ướt", on
the wet floor; "trong nhà tắm") or fell at one ("Bố tôi bị ngã trong nhà tắm."); said, with "vừa" (just), "suýt"
(almost), a day behind (mt.free_time.when, mt.dates.LAST), or asked ("Bạn có bị vấp ngã không?", "Did you trip?");
"Did you hurt yourself?" and who hurt themselves (English only: "Bạn có bị thương không?" is mt/injuries.py's).
Left: "anh", "chị", "em" alone saying it (the speaker or "you": mt.hobbies.who), "bị ngã", "bị té" alone and off a
bike (mt/injuries.py: "Tôi bị ngã xe đạp." → "I fell off my bike."), a fall denied ("không bị ngã"), "trượt" alone
(also failing an exam), "vấp phải khó khăn" and any other thing tripped over, "Be careful not to fall."
(mt/cautions.py and the phrasebook's), a day ahead, and anything else.
mt.phrasebook.translate tries these after mt/hair_loss.py.

    >>> translate("Bà tôi bị ngã cầu thang.", "vi", "en"), translate("She tripped over a stone.", "en", "vi")
    ('My grandmother fell down the stairs.', 'Cô ấy vấp phải hòn đá.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, EN_SELF, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:vấp|trượt|ngã|té)"), "en": lazy(r"(?i:trip|slip|fell|fall|hurt)")}

# what one trips over (the first Vietnamese of each is written back)
OBSTACLES = {"hòn đá": "a stone", "cục đá": "a stone", "viên đá": "a stone", "đá": "a stone", "rễ cây": "a tree root",
             "bậc thang": "a step", "bậc thềm": "a step", "cái ghế": "a chair", "ghế": "a chair",
             "dây điện": "a cable", "đồ chơi": "a toy", "tấm thảm": "the rug", "thảm": "the rug"}
OBSTACLES_VI = {en.split(" ", 1)[1]: vi for vi, en in reversed(OBSTACLES.items())} | {
    "rock": "hòn đá", "root": "rễ cây", "wire": "dây điện"}
# where one falls to or from: English, and the Vietnamese written back
_DOWN = {"cầu thang": ("down the stairs", "cầu thang"), "giường": ("out of bed", "từ trên giường xuống"),
         "ghế": ("off a chair", "từ trên ghế xuống"), "thang": ("off a ladder", "từ trên thang xuống"),
         "cây": ("out of a tree", "từ trên cây xuống")}
_DOWN_VI = {"down the stairs": "cầu thang", "out of bed": "giường", "off the bed": "giường", "off a chair": "ghế",
            "off the chair": "ghế", "off a ladder": "thang", "off the ladder": "thang", "out of a tree": "cây",
            "out of the tree": "cây"}
# where it happened (the first Vietnamese of each is written back)
PLACES = {"trên sàn ướt": "on the wet floor", "trên sàn nhà ướt": "on the wet floor", "trên băng": "on the ice",
          "trên mặt băng": "on the ice", "trong nhà tắm": "in the bathroom", "trong phòng tắm": "in the bathroom",
          "ở nhà tắm": "in the bathroom", "ở phòng tắm": "in the bathroom", "trong bếp": "in the kitchen",
          "ở trong bếp": "in the kitchen", "trên cầu thang": "on the stairs", "ở cầu thang": "on the stairs",
          "ở trường": "at school", "ngoài đường": "in the street"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
# English verbs by form: base (after "did"), past, participle (after "have")
_FORMS = {"trip": ("trip", "tripped", "tripped"), "slip": ("slip", "slipped", "slipped"),
          "fall": ("fall", "fell", "fallen")}
_BASE = {form: base for base, forms in _FORMS.items() for form in forms}
_SELF = EN_SELF  # ("hurt myself", "ashamed of himself")

_WHO = rf"(?:(?P<baby>(?i:em\s+bé|đứa\s+bé))|{WHO})"
# tripped (over something), slipped, then fell (down the stairs, out of bed); the fall after a space, or alone
_FALL = (r"(?:\s+|(?<=\s))(?:(?P<and>và|rồi)\s+)?(?P<fall>ngã|té)(?:\s+(?:xuống\s+)?(?P<stairs>cầu\s+thang)|"
         rf"\s+(?:từ\s+(?:trên\s+)?(?:cái\s+)?(?P<from>{alternatives(_DOWN)})\s+xuống|khỏi\s+(?P<off>giường|ghế)))?")
_EVENT = (rf"(?:(?P<trip>vấp)(?:\s+(?:phải\s+|vào\s+)?(?:một\s+)?(?P<obstacle>(?i:{alternatives(OBSTACLES)})))?|"
          rf"(?P<slip>trượt\s+chân|trượt(?=\s+(?:ngã|té))))?(?:{_FALL})?")
# "Tôi bị vấp ngã.", "Hôm qua bà tôi bị ngã cầu thang.", "Anh ấy bị trượt chân trên sàn ướt.", "Tôi suýt ngã.",
# "Bạn có bị vấp ngã không?"
_SAID = lazy(rf"{DAY_OPENING}{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<did>đã|vừa(?:\s+mới)?)\s+|"
             rf"(?P<almost>suýt)\s+)?(?:bị\s+)?{_EVENT}(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
             rf"{DAY_AFTER}{ASKED_END}")

_WHO_EN = rf"(?:(?P<baby>[Tt]he\s+baby)|{WHO_EN})"
_HAVE_EN = r"(?P<have>['’]ve|\s+have|['’]s|\s+has)"
# "I tripped.", "She tripped over a stone.", "I slipped and fell.", "The baby fell out of bed.", "Did you trip?"
_EVENT_EN = (rf"(?:(?P<trip>tripped|trip)(?:\s+(?:over|on)\s+(?:a|the)\s+(?P<obstacle>{alternatives(OBSTACLES_VI)})|"
             r"\s+over)?|(?P<slip>slipped|slip))?(?:(?:\s+and\s+|(?<=\s))(?P<fall>fell|fallen|fall)"
             rf"(?:\s+(?P<down>{alternatives(_DOWN_VI)})|\s+(?:over|down))?)?")
_DONE_EN = lazy(rf"(?:(?P<did>Did)\s+)?{_WHO_EN}(?:{_HAVE_EN})?(?P<just>\s+just)?(?:\s+(?P<almost>almost|"
                rf"nearly))?\s+{_EVENT_EN}(?:\s+(?P<place>{alternatives(PLACES_VI)}))?{DAY_AFTER_EN}"
                r"\s*(?P<end>[.!?]*)")
# "Did you hurt yourself?", "My mother hurt herself yesterday."
_HURT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{_WHO_EN}\s+hurt\s+(?P<self>{alternatives(_SELF.values())})"
                rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that someone tripped, slipped or fell somewhere; None for any
    other."""
    if src == "vi":
        return _said(text)
    return _done_vi(text) or _hurt_vi(text)


def _day(said: str | None, src: str) -> str | None:
    """A day behind or today in the other language ("hôm qua" → "yesterday", "last week" → "tuần trước"); "" for
    none, None for one not read or ahead ("ngày mai", "tomorrow")."""
    day = when(said, src, LAST)
    en = keyed((day if src == "vi" else said) or "")
    return None if day is None or day and (AHEAD.search(en) or en == "now") else day


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it is one: "the baby", or as mt.hobbies.who says."""
    return ("the baby", True) if m["baby"] else who(m, asked)


def _event(m: re.Match) -> list[tuple[str, str]] | None:
    """What happened, of a match of _SAID, as English verbs and what follows each: [("trip", " over a stone")],
    [("slip", ""), ("fall", " down the stairs")]; "vấp ngã" is tripping alone ("I tripped."); None for a fall with
    nowhere said (mt/injuries.py's "bị ngã") or nothing."""
    down = _DOWN[keyed(m["stairs"] or m["from"] or m["off"])][0] if m["fall"] and (
        m["stairs"] or m["from"] or m["off"]) else ""
    said = []
    if m["trip"]:
        said.append(("trip", f" over {OBSTACLES[keyed(m['obstacle'])]}" if m["obstacle"] else ""))
    if m["slip"]:
        said.append(("slip", ""))
    if m["fall"] and (m["slip"] or not m["trip"] or m["obstacle"] or m["and"] or down):
        said.append(("fall", f" {down}" if down else ""))
    if not said or said == [("fall", "")] and not (m["place"] or m["almost"]):
        return None
    return said


def _said(text: str) -> str | None:
    """"Tôi bị vấp ngã." as "I tripped.", "Cô ấy vấp phải hòn đá." as "She tripped over a stone.", "Hôm qua bà tôi
    bị ngã cầu thang." as "My grandmother fell down the stairs yesterday.", "Tôi vừa bị trượt chân trên sàn ướt." as
    "I just slipped on the wet floor.", "Tôi suýt ngã." as "I almost fell.", "Bạn có bị vấp ngã không?" as "Did you
    trip?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    said, day, event = _who(m, asked), _day(m["day0"] or m["day"], "vi"), _event(m)
    just = m["did"] and keyed(m["did"]) != "đã"
    if said is None or day is None or event is None or m["ask"] and (m["did"] or m["almost"]) or just and day:
        return None
    form = 0 if asked else 1
    done = " and ".join(f"{_FORMS[verb][form]}{rest}" for verb, rest in event)
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    when_ = f" {day}" if day else ""
    if asked:
        return f"Did {said[0]} {done}{place}{when_}?"
    how = "just " if just else "almost " if m["almost"] else ""
    return capitalised(f"{said[0]} {how}{done}{place}{when_}.")


def _who_en(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese ("em bé" for "the baby"), and whether English said it with "-s"."""
    return ("em bé", True) if m["baby"] else who_vi(m)


def _have_agrees(have: str | None, one: bool) -> bool:
    """Whether "have", "has" ("'ve", "'s") or nothing agrees with who (`one`: said of one)."""
    said = keyed((have or "").replace("’", "'"))
    return not said or (said in ("has", "'s")) == one


def _event_vi(m: re.Match) -> str | None:
    """What happened, of a match of _DONE_EN, in Vietnamese: "vấp ngã" (tripped, tripped over, tripped and fell),
    "vấp phải hòn đá", "trượt chân ngã", "ngã cầu thang", "trượt chân ngã xuống cầu thang"; None for a fall with
    nowhere said (mt/injuries.py's "I fell over.") or nothing."""
    down = _DOWN_VI[keyed(m["down"])] if m["down"] else ""
    if m["trip"]:
        said = f"vấp phải {OBSTACLES_VI[keyed(m['obstacle'])]}{' và ngã' * bool(m['fall'])}" if m["obstacle"] else \
            "vấp ngã"
    elif m["slip"]:
        said = f"trượt chân{' ngã' * bool(m['fall'])}"
    elif m["fall"] and (down or m["place"] or m["almost"]):
        said = "ngã"
    else:
        return None
    if down == "cầu thang":  # ("bị ngã cầu thang", but "trượt chân ngã xuống cầu thang")
        return f"{said}{' ' if said == 'ngã' else ' xuống '}cầu thang"
    return f"{said} {_DOWN[down][1]}" if down else said


def _done_vi(text: str) -> str | None:
    """"I tripped." as "Tôi bị vấp ngã.", "She tripped over a stone." as "Cô ấy vấp phải hòn đá.", "He slipped on
    the wet floor." as "Anh ấy bị trượt chân trên sàn ướt.", "The baby fell out of bed." as "Em bé bị ngã từ trên
    giường xuống.", "Did you trip?" as "Bạn có bị vấp ngã không?", "I almost fell." as "Tôi suýt ngã." (_DONE_EN);
    None for anything else, and where a verb's form or "has" does not agree."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]) or m["did"] and (m["have"] or m["just"] or m["almost"]):
        return None
    who_, one = _who_en(m)
    form = 0 if m["did"] else 2 if m["have"] else 1
    verbs = [keyed(v) for v in (m["trip"], m["slip"], m["fall"]) if v]
    if any(_FORMS[_BASE[v]][form] != v for v in verbs) or not _have_agrees(m["have"], one) or m["have"] and (
            m["almost"]) or (said := _event_vi(m)) is None:
        return None
    day = _day(m["day"], "en")
    if day is None or day and (m["have"] or m["just"]):
        return None
    place = f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    bi = "" if said.startswith("vấp phải") else "bị "  # ("Cô ấy vấp phải hòn đá.": "bị" goes with the fall)
    if m["did"]:
        return placed(f"{who_} có {bi}{said}{place}", day, " không?")
    how = "suýt " if m["almost"] else f"vừa {bi}" if m["just"] else bi
    return placed(f"{who_} {how}{said}{place}", day, ".")


def _hurt_vi(text: str) -> str | None:
    """"Did you hurt yourself?" as "Bạn có bị thương không?", "My mother hurt herself yesterday." as "Hôm qua mẹ tôi
    bị thương." (_HURT_EN); None for anything else, and where "-self" is not who's."""
    m = _HURT_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]):
        return None
    who_, _ = _who_en(m)
    own = m["self"].lower()
    if m["who"]:
        agrees = _SELF["I" if m["who"].lower() == "i" else m["who"].lower()] == own
    else:
        known = {"his": "himself", "her": "herself"}.get(his_her(who_) or "")
        agrees = own in ("himself", "herself") and known in (None, own)
    day = _day(m["day"], "en")
    if not agrees or day is None:
        return None
    return placed(f"{who_} có bị thương", day, " không?") if m["did"] else placed(f"{who_} bị thương", day, ".")
