"""Who picks whom up, where and when, said or asked, both ways, written whole by rule. v7 reads "đón" (to pick up)
as anything else: "Tôi sẽ đón bạn ở sân bay." → "I'm going to be you at the airport.", "Mẹ tôi sẽ đón tôi ở nhà ga."
→ "My mother will be hungry at the station.", "Bạn có thể đón tôi lúc 6 giờ không?" → "Can you get me at 6:00?", "Ai
sẽ đón bạn?" → "Who will you be hungry?"; and "pick up" as choosing or lifting: "I'll pick you up at the airport." →
"Tôi sẽ chọn bạn lên sân bay.", "My mother will pick me up at the station." → "Mẹ tôi sẽ nhặt tôi ở gai.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name), or "Ai" (who) asking; whom a pronoun
(mt.ever.OBJECTS), someone as mt/hobbies.py reads them, or "con" (the kids); where a place mt.journeys.place_en knows;
when a time mt.dates reads after "lúc" (`dates.clock`) and a day mt.free_time.when reads. mt.phrasebook.translate tries
these after mt/sleep.py.

    >>> translate("Tôi sẽ đón bạn ở sân bay.", "vi", "en"), translate("Can you pick me up at 6?", "en", "vi")
    ("I'll pick you up at the airport.", 'Bạn có thể đón tôi lúc 6 giờ không?')
"""
from __future__ import annotations

from . import dates
from .ever import OBJECTS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, someone, who, who_vi
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .patterns import the_for
from .text import EN_OBJECT_VI, capitalised, contracted, keyed

# whom, besides a pronoun (mt.ever.OBJECTS): the kids
_KIDS = {"con": "the kids", "các con": "the kids", "bọn trẻ": "the kids"}
_KIDS_VI = {"the kids": "con", "my kids": "con", "the children": "con", "my children": "con"}
_PLACE = r"[^,.!?]+?"
_SAID = lazy(
    rf"{DAY_OPENING}(?:{WHO}|(?P<anyone>[Aa]i))\s+(?:(?P<will>sẽ)\s+|(?P<can>có\s+thể)\s+|"
    rf"(?P<must>phải)\s+)?(?:(?:đi|ra|đến|tới)\s+(?:(?P<at0>{_PLACE})\s+)?)?đón\s+(?P<whom>{_PLACE})"
    rf"(?:\s+(?:ở|tại)\s+(?P<at>{_PLACE}))?(?:\s+(?:vào\s+)?lúc\s+(?P<time>{_PLACE}))?"
    rf"{DAY_AFTER}(?:\s+(?P<asked>(?:được\s+)?không))?(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(
    rf"(?:(?P<can>Can|Could)\s+)?(?:{WHO_EN}|(?P<anyone>Who))(?:(?P<will>['’]ll|\s+will)|"
    r"\s+(?P<must>have\s+to|has\s+to)|(?P<be>['’]s|\s+is|\s+are|['’]re|\s+am|['’]m)(?=\s+picking))?\s+"
    r"(?P<pick>pick|picks|picking)\s+(?:(?P<obj>me|you|him|her|us|them)\s+up|up\s+(?P<whom>[^,.!?]+?))"
    r"(?:\s+(?:at|from)\s+(?P<at>[^,.!?]+?))?"
    r"(?:\s+at\s+(?P<time>[^,.!?]+?))?(?:\s+(?P<day>today|tonight|tomorrow(?:\s+\w+)?|this\s+\w+|on\s+\w+(?:\s+\w+)?))?"
    r"\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who picks whom up, where and when; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _picks_up(text)
    return _picks_up_vi(text) if (src, tgt) == ("en", "vi") else None


def _whom(said: str) -> tuple[str, bool] | None:
    """Whom in English and whether it is a pronoun ("bạn" → "you"; "mẹ tôi" → "my mother"); None for anyone else."""
    said = keyed(said)
    if said in OBJECTS:
        return OBJECTS[said], True
    found = _KIDS.get(said) or someone(said, "vi")
    return (found, False) if found else None


def _picks_up(text: str) -> str | None:
    """"Tôi sẽ đón bạn ở sân bay." as "I'll pick you up at the airport.", "Bạn có thể đón tôi lúc 6 giờ không?" as
    "Can you pick me up at 6:00?", "Ai sẽ đón bạn?" as "Who will pick you up?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and (m["asked"] or m["anyone"]))
    can = bool(m and (m["can"] or m["asked"] and "được" in m["asked"]))  # ("Bạn đón tôi được không?")
    if not m or asked != ("?" in m["end"]) or bool(m["asked"]) != can or m["at0"] and m["at"] or \
            m["day0"] and m["day"] or m["anyone"] and (can or m["must"]):
        return None
    said = ("who", True) if m["anyone"] else who(m, asked)
    whom = _whom(m["whom"])
    at_said = m["at0"] or m["at"]
    at = at_said and place_en(" ".join(at_said.split()))
    time_said, day_said = m["time"], m["day0"] or m["day"]
    if time_said and m["day"] and when(m["day"], "vi") is None:  # ("lúc 5 giờ chiều": the time goes on)
        time_said, day_said = f"{time_said} {m['day']}", ""
    time = time_said and dates.clock(time_said, "vi", "en")
    day = when(day_said, "vi")
    if not (said and whom) or at_said and not at or m["time"] and not time or day is None:
        return None
    (who_, one), (whom_, pronoun) = said, whom
    where = " ".join(w for w in (at and " ".join(("at", the_for(at), at)).replace("  ", " "), time and f"at {time}",
                                 day) if w)
    picks = f"pick {whom_} up" if pronoun else f"pick up {whom_}"
    if m["anyone"]:
        return f"Who will {picks}{' ' * bool(where)}{where}?" if m["will"] else \
            f"Who's {picks.replace('pick', 'picking', 1)}{' ' * bool(where)}{where}?"
    if can:
        return f"Can {who_} {picks}{' ' * bool(where)}{where}?"
    if m["will"]:
        said_ = contracted(who_, f"will {picks}")
    elif m["must"]:
        said_ = f"{who_} {'has' if one else 'have'} to {picks}"
    else:
        said_ = f"{who_} {picks.replace('pick', 'picks', 1) if one else picks}"
    said_, end = f"{said_}{' ' * bool(where)}{where}", m["end"] or "."
    return capitalised(said_ if end == "." and said_.endswith(".") else said_ + end)  # ("at 5 p.m.")


def _picks_up_vi(text: str) -> str | None:
    """"I'll pick you up at the airport." as "Tôi sẽ đón bạn ở sân bay.", "Can you pick me up at 6?" as "Bạn có thể
    đón tôi lúc 6 giờ không?", "Who's picking you up?" as "Ai sẽ đón bạn?" (_SAID_EN); None for anything else, and
    where "picks" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    asked = bool(m and (m["can"] or m["anyone"]))
    if not m or asked != ("?" in m["end"]) or (m["pick"] == "picking") != bool(m["be"]) or m["can"] and (
            m["will"] or m["must"] or m["be"]):
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    if m["pick"] == "picks" and not (one and not (m["will"] or m["must"] or m["can"])) or \
            m["pick"] == "pick" and one and not (m["will"] or m["must"] or m["can"] or m["anyone"]) or \
            m["must"] and m["must"].startswith("has") != one:
        return None  # ("He pick me up.", "I picks …", "He have to …" are not English)
    whom = EN_OBJECT_VI.get(m["obj"]) if m["obj"] else _KIDS_VI.get(keyed(m["whom"])) or someone(m["whom"], "en")
    at, time = m["at"] and place_vi(m["at"]), m["time"]
    if m["at"] and not at and not time:  # ("pick me up at 6": a time, not a place)
        at, time = None, m["at"]
    time = time and dates.clock(time, "en", "vi")
    day = when(m["day"], "en")
    if not whom or m["at"] and not (at or time) or (m["time"] or m["at"] and not at) and not time or day is None:
        return None
    verb = "sẽ " if m["will"] or m["be"] or m["anyone"] else "phải " if m["must"] else "có thể " if m["can"] else ""
    said = " ".join(w for w in (f"{who_} {verb}đón {whom}", at and f"ở {at}", time and f"lúc {time}") if w)
    return placed(said, day, " không?" if m["can"] else "?" if m["anyone"] else m["end"] or ".")
