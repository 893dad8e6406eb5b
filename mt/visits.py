"""Where someone is, asked, how often someone has been somewhere, and whether it is their first time there, said or
asked, both ways, written whole by rule. v7: "Anh ấy đang ở đâu?" → "Where did he be?", "Bạn đang ở đâu?" → "Where are
you moving?", "Tôi đã đến Việt Nam ba lần." → "I reached Vietnam three times.", "Bạn đến Việt Nam lần đầu à?" → "You
come to Vietnam?"; "Where is Minh?" → "Có Minh ở đâu?", "Is this your first time in Vietnam?" → "Đây có lần đầu tiên
của bạn ở Việt Nam không?".

And someone who moved, or is moving, to a place ("Anh ấy mới chuyển đến Hà Nội.", v7 "He just turned to Hanoi.").
Who as in mt/hobbies.py; the place one by its name (mt.people.named_place).
mt.phrasebook.translate tries these last.

    >>> translate("Bạn đến Việt Nam lần đầu à?", "vi", "en"), translate("I've been to Hue twice.", "en", "vi")
    ('Is this your first time in Vietnam?', 'Tôi đã đến Huế hai lần rồi.')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .people import named_place
from .terms import WHOSE_VI
from .dates import NEAR_SPANS
from .text import EN_WHOSE, alternatives, be, be_said, capitalised, contracted, keyed

_GO = r"(?:đến|tới|đi|sang|ra|thăm)"
_PLACE = r"(?P<place>[^,.!?]+?)"
_TIMES_VI = rf"(?P<n>{'|'.join(VI_TO_EN)}|\d{{1,3}})\s+lần"
_VISITS = [lazy(rf"{WHO}\s+(?:đã\s+)?{_GO}\s+{_PLACE}\s+(?:(?P<ask>mấy|bao\s+nhiêu)\s+lần|{_TIMES_VI})"
                r"(?:\s+rồi)?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)"),
           # the first time ("Đây là lần đầu tiên bạn đến Việt Nam à?", "Bạn đến Việt Nam lần đầu à?")
           lazy(rf"(?:Đây\s+là\s+|[Ll]à\s+)?lần\s+đầu(?:\s+tiên)?\s+{WHO}\s+{_GO}\s+{_PLACE}"
                r"(?P<asked>\s+(?:à|hả|phải\s+không|đúng\s+không))?\s*(?P<end>[.!?]*)"),
           lazy(rf"{WHO}\s+{_GO}\s+{_PLACE}\s+lần\s+đầu(?:\s+tiên)?"
                r"(?P<asked>\s+(?:à|hả|phải\s+không|đúng\s+không))?\s*(?P<end>[.!?]*)")]
_WHERE = lazy(rf"{WHO}\s+(?:(?:đang\s+)?ở\s+đâu|đâu)(?:\s+(?:rồi|vậy|thế|ạ))*\s*\?+")
# someone moved, or is moving, to a place by its name (v7: "Anh ấy mới chuyển đến Hà Nội." → "He just turned to
# Hanoi."; "We moved to Da Nang last year." → …)
_MOVING = {"mới": "just moved", "vừa": "just moved", "vừa mới": "just moved", "đã": "moved", "sắp": "be moving",
           "sẽ": "will move"}
# ... and when ahead, for a move to come ("He's moving to London next year." was the model's: "đang di chuyển")
_AHEAD = {"tuần sau": "next week"} | {vi: en for vi, en in NEAR_SPANS.items() if en.startswith("next")}
_AHEAD_EN = {en: vi for vi, en in reversed(_AHEAD.items())}
_MOVED = lazy(rf"{WHO}\s+(?:(?P<when>vừa\s+mới|mới|vừa|đã|sắp|sẽ)\s+)?chuyển\s+(?:nhà\s+)?"
              rf"(?:đến|tới|về|sang|ra|vào)\s+(?:sống\s+ở\s+)?{_PLACE}(?:\s+(?P<year>năm\s+ngoái)|"
              rf"\s+(?:vào\s+)?(?P<ahead>{alternatives(_AHEAD)}))?(?:\s+rồi)?\s*(?P<end>[.!]*)")
_MOVED_EN = lazy(rf"{WHO_EN}\s*(?:(?P<just>['’]ve\s+just|['’]s\s+just|\s+(?:have|has)\s+just|\s+just)\s+"
                 rf"moved|\s+moved|(?P<will>['’]ll|\s+will)\s+move|(?P<be>['’]re|['’]s|['’]m|\s+are|\s+is|\s+am)"
                 rf"\s+moving)\s+to\s+{_PLACE}(?:(?P<year>\s+last\s+year)|"
                 rf"\s+(?P<ahead>{alternatives(_AHEAD_EN)}))?"
                 r"\s*(?P<end>[.!]*)")
_WHERE_EN = lazy(rf"Where\s*(?P<be>['’]s|\s+is|\s+are|\s+am)\s+{WHO_EN}(?:\s+now)?\s*\?+")
_TIMES_EN = {"once": "một", "twice": "hai"}
_VISITS_EN = [lazy(rf"{WHO_EN}\s*(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+been\s+to\s+{_PLACE}\s+"
                   r"(?P<n>once|twice|(?P<k>\w+)\s+times)\s*(?P<end>[.!]*)"),
              lazy(rf"How\s+many\s+times\s+(?P<have>have|has)\s+{WHO_EN}\s+been\s+to\s+{_PLACE}\s*\?+"),
              lazy(r"(?:(?P<asked>Is\s+this)|This\s+is)\s+(?P<whose>my|your|his|her|our|their)\s+first\s+"
                   rf"(?:time|visit)\s+(?:in|to)\s+{_PLACE}\s*(?P<end>[.!?]*)")]


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks where someone is, or says or asks how often someone has been
    somewhere or whether it is their first time there; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _where(text) or _visits(text) or _moved(text)
    return _where_vi(text) or _visits_vi(text) or _moved_vi(text) if (src, tgt) == ("en", "vi") else None


def _where(text: str) -> str | None:
    """"Anh ấy đang ở đâu?" as "Where is he?", "Chị Lan đâu rồi?" as "Where is Lan?" (_WHERE)."""
    m = _WHERE.fullmatch(text)
    if not m or not (said := who(m, True)):
        return None
    return f"Where {be(said[0])} {said[0]}?"


def _where_vi(text: str) -> str | None:
    """"Where is Minh?" as "Minh đang ở đâu?", "Where are you?" as "Bạn đang ở đâu?" (_WHERE_EN); None for anything
    else, and where "is" or "are" does not agree with who."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said_be = be_said(m["be"])
    if said_be != be_of(who_, one):
        return None
    return capitalised(f"{who_} đang ở đâu?")


def _visits(text: str) -> str | None:
    """"Tôi đã đến Huế hai lần." as "I've been to Hue twice.", "Bạn đã đến Hà Nội mấy lần rồi?" as "How many times
    have you been to Hanoi?", "Bạn đến Việt Nam lần đầu à?" as "Is this your first time in Vietnam?" (_VISITS)."""
    m = next((m for p in _VISITS if (m := p.fullmatch(text))), None)
    if not m or not (place := named_place(m["place"], "vi")):
        return None
    found = m.groupdict()
    asked = bool(found.get("ask") or found.get("asked"))
    if asked != ("?" in m["end"]) or not (said := who(m, asked)):
        return None
    who_, one = said
    have = "has" if one else "have"
    if found.get("n"):
        n = keyed(m["n"])
        times = {"một": "once", "1": "once", "hai": "twice", "2": "twice"}.get(n, f"{VI_TO_EN.get(n, n)} times")
        return capitalised(contracted(who_, f"{have} been to {place} {times}{m['end'] or '.'}"))
    if found.get("ask"):
        return f"How many times {have} {who_} been to {place}?"
    whose = EN_WHOSE.get(who_, f"{who_}'s")
    return f"Is this {whose} first time in {place}?" if asked else f"This is {whose} first time in {place}."


def _visits_vi(text: str) -> str | None:
    """"I've been to Hue twice." as "Tôi đã đến Huế hai lần rồi.", "How many times have you been to Hanoi?" as "Bạn
    đã đến Hà Nội mấy lần rồi?", "Is this your first time in Vietnam?" as "Đây có phải là lần đầu tiên bạn đến Việt
    Nam không?" (_VISITS_EN); None for anything else, and where "have" does not agree with who."""
    m = next((m for p in _VISITS_EN if (m := p.fullmatch(text))), None)
    if not m or not (place := named_place(m["place"], "en")):
        return None
    found = m.groupdict()
    if found.get("whose"):
        whose = WHOSE_VI[m["whose"]]
        asked = bool(m["asked"])
        if asked != ("?" in m["end"]):
            return None
        return (f"Đây có phải là lần đầu tiên {whose} đến {place} không?" if asked
                else f"Đây là lần đầu tiên {whose} đến {place}{m['end'] or '.'}")
    who_, one = who_vi(m)
    have = keyed(m["have"].replace("’", "'"))
    if {"has": True, "'s": True, "have": False, "'ve": False}[have] != one:
        return None
    if "n" not in found:
        return capitalised(f"{who_} đã đến {place} mấy lần rồi?")
    n = _TIMES_EN.get(m["n"].lower()) or EN_TO_VI.get((m["k"] or "").lower()) or (m["k"] if (m["k"] or "").isdigit()
                                                                                    else None)
    return capitalised(f"{who_} đã đến {place} {n} lần rồi{m['end'] or '.'}") if n else None


def _moved(text: str) -> str | None:
    """"Anh ấy mới chuyển đến Hà Nội." as "He just moved to Hanoi.", "… sắp chuyển …" as "… is moving to …", "… năm
    ngoái" as "last year" (_MOVED); None for anything else, and for a place not known by its name."""
    m = _MOVED.fullmatch(text)
    place = m and named_place(m["place"], "vi")
    if not place or not (said := who(m, False)):
        return None
    who_, moving = said[0], _MOVING[keyed(m["when"] or "đã")]
    if m["year"]:  # (last year: moved, and no more)
        if not moving.endswith("moved"):
            return None
        return capitalised(f"{who_} moved to {place} last year.")
    if m["ahead"] and moving not in ("be moving", "will move"):
        return None  # ("Anh ấy đã chuyển đến Huế năm sau." is not said)
    if moving == "be moving":
        moving = f"{be(who_)} moving"
    ahead = f" {_AHEAD[keyed(m['ahead'])]}" if m["ahead"] else ""
    return capitalised(contracted(who_, f"{moving} to {place}{ahead}."))


def _moved_vi(text: str) -> str | None:
    """"He just moved to Hanoi." as "Anh ấy mới chuyển đến Hà Nội.", "We're moving to Hue." as "Chúng tôi sắp chuyển
    đến Huế." (_MOVED_EN); None for anything else, and for a place not known by its name."""
    m = _MOVED_EN.fullmatch(text)
    place = m and named_place(m["place"], "en")
    if not place:
        return None
    when = "mới " if m["just"] else "sẽ " if m["will"] else "sắp " if m["be"] else "đã "
    year = " năm ngoái" if m["year"] else ""
    if year and when != "đã " or m["ahead"] and when not in ("sẽ ", "sắp "):
        return None
    if m["ahead"]:  # ("Năm sau anh ấy sẽ chuyển đến Luân Đôn.": a day ahead first, and "sẽ")
        return f"{capitalised(_AHEAD_EN[keyed(m['ahead'])])} {who_vi(m)[0]} sẽ chuyển đến {place}."
    return capitalised(f"{who_vi(m)[0]} {when}chuyển đến {place}{year}.")
