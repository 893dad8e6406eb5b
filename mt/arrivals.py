"""Getting somewhere, both ways, written whole by rule: who will be there (here, home, back) in how long, soon or right
away, who has arrived or got home (asked: yet?), when someone arrives or arrived, who is stuck in traffic, and who is
always (often, never) late. v7: "Tôi đến nơi rồi." → "I came to where I was.", "Tôi đang bị kẹt xe." → "I'm traffic
jam.", "Mẹ tôi sắp về." → "My mother was coming back.", "Khi nào bạn đến?" → "When did you come?" (Vietnamese asks the
future with "khi nào" first, the past with it last), "Anh ấy luôn đến muộn." → "He's always going to be late."; "I'll be
there in ten minutes." → "Tôi sẽ ở đó trong vòng 10 phút." (staying there ten minutes), "I'm stuck in traffic." → "Tôi
bị kẹt trong giao thông.", "What time will you get home?" → "Bạn sẽ về nhà?".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name), or parents and grandparents with whose
(mt.people.PARENTS_WHOSE, PARENTS_WHOSE_EN: "Bố mẹ tôi đến nơi rồi." → "My parents have arrived."; v8 "Bố mẹ tôi đến
nơi rồi." → "My parents came to the place.", "My parents have arrived." → "Cha mẹ tôi đã đến."), the verb agreeing
("My parents has arrived." is not taken); a span as mt/spans.py reads it; a time as
mt.dates.clock reads it. How late someone is by some minutes is mt/mishaps.py's. mt.phrasebook.translate tries these
after mt/workdays.py.

    >>> translate("Tôi đến nơi rồi.", "vi", "en"), translate("I'll be there in ten minutes.", "en", "vi")
    ("I've arrived.", 'Tôi sẽ đến trong mười phút nữa.')
"""
from __future__ import annotations

import re

from . import dates, spans
from .free_time import OPENS, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .text import alternatives, be, be_said, capitalised, contracted, keyed

# who: mt.hobbies' WHO, WHO_EN, or someone's parents or grandparents ("bố mẹ tôi", "your grandparents": _who, _who_vi
# say them, and that the verb is plural)
_WHO, _WHO_EN = rf"(?:{PARENTS_WHOSE}|{WHO})", rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})"

# where someone will be, by the verb of getting there, and back
_TO = {"đến": "there", "tới": "there", "đến đó": "there", "tới đó": "there", "đến đây": "here", "tới đây": "here",
       "có mặt": "there", "về": "back", "quay lại": "back", "trở lại": "back", "quay về": "back", "về nhà": "home",
       "về đến nhà": "home", "về tới nhà": "home"}
_TO_VI = {"there": "đến", "here": "đến đây", "back": "quay lại", "home": "về đến nhà"}
_SOON = lazy(rf"(?:(?P<span0>(?i:{spans.VI.replace('?P<', '?P<a_')}))\s+nữa\s*,?\s+)?{_WHO}\s+"
             rf"(?:sẽ\s+|(?P<soon>sắp)\s+)?(?P<to>{alternatives(_TO)})(?:\s+(?:trong\s+)?(?P<span>{spans.VI})"
             r"\s+nữa|\s+(?P<now>ngay))?(?(soon)(?:\s+rồi)?)(?:\s+(?:nhé|nha|đây))?\s*(?P<end>[.!]*)")
_SOON_EN = lazy(rf"{_WHO_EN}(?:['’]ll|\s+will)\s+(?:be\s+(?P<where>there|here|back|home)|"
                r"(?P<get>arrive|get\s+(?:there|here|home|back)))"
                rf"\s+(?:in\s+(?P<span>{spans.EN})|(?P<now>right\s+away|soon))\s*(?P<end>[.!]*)")
_SOON_RIGHT_EN = lazy(rf"{_WHO_EN}(?:['’]ll|\s+will)\s+be\s+right\s+(?P<where>there|here|back)\s*(?P<end>[.!]*)")
# arrived or got home: by "đã" (did), "vừa"/"mới" (just), "rồi" (has), or asked "chưa" (yet)
_HOME = {"đến nơi": False, "tới nơi": False, "về đến nhà": True, "về tới nhà": True}
_ARRIVED = lazy(rf"{_WHO}\s+(?:(?P<did>đã)\s+|(?P<just>vừa|mới|vừa\s+mới)\s+)?(?P<got>{alternatives(_HOME)})"
                r"(?:\s+(?P<safe>an\s+toàn))?(?:\s+lúc\s+(?P<time>[^,.!?]+?))?"
                r"(?:\s+(?P<done>rồi)|\s+(?P<asked>chưa))?(?:\s+(?:nhé|ạ))?\s*(?P<end>[.!?]*)")
_ARRIVED_EN = lazy(rf"(?:(?P<has>Has|Have)\s+)?{_WHO_EN}(?P<had>['’]ve|['’]s|\s+has|\s+have)?"
                   r"(?:\s+(?P<just>just))?\s+(?P<got>arrived|got\s+home|gotten\s+home)"
                   r"(?:\s+(?P<safe>safely))?(?:\s+at\s+(?P<time>[^,.!?]+?))?(?:\s+(?P<yet>yet))?"
                   r"\s*(?P<end>[.!?]*)")
# when someone comes: "khi nào" first asks what will be, last what was
_COME = {"đến": "arrive", "tới": "arrive", "về": "be back", "về nhà": "get home", "về đến nhà": "get home",
         "quay lại": "be back"}
_COME_PAST = {"arrive": "arrive", "be back": "get back", "get home": "get home"}
_WHEN = r"(?i:khi\s+nào|bao\s+giờ|lúc\s+nào)"
_WILL_COME = lazy(rf"(?P<ask>{_WHEN}|(?i:mấy\s+giờ))\s+{_WHO}\s+(?:sẽ\s+)?(?P<come>{alternatives(_COME)})"
                  r"(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_CAME = lazy(rf"{_WHO}\s+(?:đã\s+)?(?P<come>{alternatives(_COME)})\s+{_WHEN}(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_COME_EN = {"arrive": "đến", "get here": "đến", "get there": "đến", "be here": "đến", "be there": "đến",
            "be back": "về", "get back": "về", "get home": "về đến nhà", "be home": "về đến nhà"}
_WHEN_EN = lazy(rf"(?P<ask>When|What\s+time)\s+(?:(?P<will>will)|(?P<did>did))\s+{_WHO_EN}\s+"
                rf"(?P<come>{alternatives(_COME_EN)})\s*\?+")
# stuck in traffic, now or on a day behind
_TRAFFIC = lazy(rf"(?:(?P<day>{OPENS}[^,.!?]*?)\s*,?\s+)?{_WHO}\s+(?:(?P<now>đang)\s+)?(?:bị\s+)?"
                r"(?:kẹt|tắc)\s+xe(?:\s+(?P<long>(?:mất\s+)?[^,.!?]+?))?\s*(?P<end>[.!]*)")
_TRAFFIC_EN = lazy(rf"{_WHO_EN}(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is|\s+was|\s+were|\s+got)"
                   r"\s+stuck\s+in\s+(?:the\s+)?traffic(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!]*)")
# late, how often
_OFTEN = {"luôn": "always", "luôn luôn": "always", "lúc nào cũng": "always", "hay": "often", "thường": "usually",
          "thường xuyên": "often", "không bao giờ": "never", "ít khi": "rarely", "hiếm khi": "rarely"}
_OFTEN_EN = {"always": "luôn", "often": "hay", "usually": "thường", "never": "không bao giờ", "rarely": "ít khi"}
_FOR = {"đến": "", "tới": "", "đi làm": " for work", "đi học": " for school", "đến lớp": " for class"}
_FOR_EN = {"": "đến", "for work": "đi làm", "for school": "đi học", "for class": "đến lớp"}
_LATE = lazy(rf"{_WHO}\s+(?P<often>{alternatives(_OFTEN)})\s+(?P<to>{alternatives(_FOR)})\s+(?:muộn|trễ)"
             r"\s*(?P<end>[.!]*)")
_LATE_EN = lazy(rf"{_WHO_EN}(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)\s+(?P<often>{alternatives(_OFTEN_EN)})"
                r"\s+late(?:\s+(?P<to>for\s+(?:work|school|class)))?\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about getting somewhere; None for any other."""
    text = " ".join(text.split())
    ways = (_soon, _arrived, _when, _stuck, _late) if (src, tgt) == ("vi", "en") else \
        (_soon_vi, _arrived_vi, _when_vi, _stuck_vi, _late_vi) if (src, tgt) == ("en", "vi") else ()
    return next((said for way in ways if (said := way(text))), None)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "has", "does": mt.hobbies.who, or ("my parents",
    False)."""
    return (parents_said(m, "en"), False) if m["parents"] else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English said it with "-s" ("has"): mt.hobbies.who_vi, or
    ("bố mẹ tôi", False)."""
    return (parents_said(m, "vi"), False) if m["parents"] else who_vi(m)


def _ended(said: str, end: str) -> str:
    """A sentence with its end, "." where none was said (one: "at 11 p.m.")."""
    end = end or "."
    return capitalised(said if end == "." and said.endswith(".") else said + end)


def _soon(text: str) -> str | None:
    """"Tôi sẽ đến trong mười phút nữa." as "I'll be there in ten minutes.", "Tôi về ngay." as "I'll be right back.",
    "Mẹ tôi sắp về." as "My mother will be back soon." (_SOON); None for anything else."""
    m = _SOON.fullmatch(text)
    if not m or [bool(m[g]) for g in ("span0", "span", "now", "soon")].count(True) != 1 or not (said := _who(m, False)):
        return None
    where = _TO[keyed(m["to"])]
    if m["soon"]:  # (v7: "Mẹ tôi sắp về." → "My mother was coming back.")
        soon = f"{where} soon"
    elif m["now"]:
        soon = "home right away" if where == "home" else f"right {where}"
    else:
        lasts = re.fullmatch(spans.VI, (m["span0"] or m["span"]).lower())
        soon = f"{where} in {spans.said(lasts, 'en')}"
    return _ended(contracted(said[0], f"will be {soon}"), m["end"])


def _soon_vi(text: str) -> str | None:
    """"I'll be there in ten minutes." as "Tôi sẽ đến trong mười phút nữa.", "I'll be right back." as "Tôi quay lại
    ngay." (_SOON_EN, _SOON_RIGHT_EN); None for anything else."""
    if m := _SOON_RIGHT_EN.fullmatch(text):
        return _ended(f"{_who_vi(m)[0]} {_TO_VI[m['where']]} ngay", m["end"])
    if not (m := _SOON_EN.fullmatch(text)):
        return None
    where = m["where"] or {"arrive": "there"}.get(m["get"]) or m["get"].split()[-1]
    if m["now"]:  # ("sắp … rồi": soon; "sẽ đến sớm" would be early)
        said = f"sắp {_TO_VI[where]} rồi" if m["now"] == "soon" else f"sẽ {_TO_VI[where]} ngay"
        return _ended(f"{_who_vi(m)[0]} {said}", m["end"])
    return _ended(f"{_who_vi(m)[0]} sẽ {_TO_VI[where]} trong {spans.said(m, 'vi')} nữa", m["end"])


def _arrived(text: str) -> str | None:
    """"Tôi đến nơi rồi." as "I've arrived.", "Anh ấy đã đến nơi an toàn." as "He arrived safely.", "Mẹ bạn về đến
    nhà chưa?" as "Is your mother home yet?" (_ARRIVED); None for anything else."""
    m = _ARRIVED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and (m["just"] or m["time"]) or not (said := _who(m, asked)):
        return None
    time = m["time"] and dates.clock(m["time"], "vi", "en")
    if m["time"] and not time:
        return None
    who_, home = said[0], _HOME[keyed(m["got"])]
    if asked:
        return capitalised(f"{be(who_).capitalize() if home else 'Has' if said[1] else 'Have'} {who_} "
                           f"{'home' if home else 'arrived'}{' safely' * bool(m['safe'])} yet?")
    how = "".join((" safely" * bool(m["safe"]), f" at {time}" if time else ""))
    if m["done"] and not (m["did"] or m["just"] or time):  # ("rồi": has, now)
        return _ended(contracted(who_, f"{be(who_)} home{how}" if home else
                                 f"{'has' if said[1] else 'have'} arrived{how}"), m["end"])
    just = "just " if m["just"] else ""
    return _ended(f"{who_} {just}{'got home' if home else 'arrived'}{how}", m["end"].rstrip("?"))


def _arrived_vi(text: str) -> str | None:
    """"I've arrived." as "Tôi đến nơi rồi.", "Has he arrived yet?" as "Anh ấy đến nơi chưa?", "I just got home." as
    "Tôi vừa về đến nhà." (_ARRIVED_EN); None for anything else, and where has/have does not agree."""
    m = _ARRIVED_EN.fullmatch(text)
    asked = bool(m and m["has"])
    if not m or asked != ("?" in m["end"]) or asked and (m["had"] or m["just"] or m["time"]) or \
            bool(m["yet"]) and not asked or m["has"] and m["got"] != "arrived":
        return None
    who_, one = _who_vi(m)
    had = (m["has"] or m["had"] or "").strip("'’ ").lower()
    if had and (had in ("has", "s")) != one:
        return None  # ("Has you arrived?", "He've arrived.")
    got = "về đến nhà" if "home" in m["got"] else "đến nơi"
    time = m["time"] and dates.clock(m["time"], "en", "vi")
    if m["time"] and not time:
        return None
    how = " an toàn" if m["safe"] else ""
    if asked:
        return capitalised(f"{who_} {got}{how} chưa?")
    just = "vừa " if m["just"] else "đã " if not had and how else ""
    done = " rồi" if had and not m["just"] else ""
    return _ended(f"{who_} {just}{got}{how}{f' lúc {time}' if time else ''}{done}", m["end"])


def _when(text: str) -> str | None:
    """"Khi nào bạn đến?" as "When will you arrive?", "Bạn đến khi nào?" as "When did you arrive?", "Mấy giờ anh ấy
    về đến nhà?" as "What time will he get home?" (_WILL_COME, _CAME); None for anything else."""
    if m := _WILL_COME.fullmatch(text):
        if not (said := _who(m, True)):
            return None
        ask = "What time" if keyed(m["ask"]).startswith("mấy") else "When"
        return f"{ask} will {said[0]} {_COME[keyed(m['come'])]}?"
    if not (m := _CAME.fullmatch(text)) or not (said := _who(m, True)):
        return None
    return f"When did {said[0]} {_COME_PAST[_COME[keyed(m['come'])]]}?"


def _when_vi(text: str) -> str | None:
    """"When will you arrive?" as "Khi nào bạn đến?", "When did he get home?" as "Anh ấy về đến nhà khi nào?", "What
    time will you get home?" as "Mấy giờ bạn về đến nhà?" (_WHEN_EN); None for anything else."""
    if not (m := _WHEN_EN.fullmatch(text)):
        return None
    who_, come = _who_vi(m)[0], _COME_EN[" ".join(m["come"].split())]
    ask = "Mấy giờ" if m["ask"] != "When" else "Khi nào"
    if m["will"]:
        return f"{ask} {who_} {come}?"
    return capitalised(f"{who_} {come} {'lúc mấy giờ' if ask == 'Mấy giờ' else 'khi nào'}?")


def _stuck(text: str) -> str | None:
    """"Tôi đang bị kẹt xe." as "I'm stuck in traffic.", "Sáng nay tôi bị kẹt xe." as "I got stuck in traffic this
    morning." (_TRAFFIC); None for anything else, and for how long ("kẹt xe mất một tiếng": left to the model)."""
    m = _TRAFFIC.fullmatch(text)
    if not m or m["long"] or m["day"] and m["now"] or not (said := _who(m, False)):
        return None
    if m["day"]:  # (on a day behind or earlier today: "Sáng nay")
        day = when(m["day"], "vi")
        return _ended(f"{said[0]} got stuck in traffic {day}", m["end"]) if day and not dates.AHEAD.match(day) else None
    return _ended(contracted(said[0], f"{be(said[0])} stuck in traffic"), m["end"])


def _stuck_vi(text: str) -> str | None:
    """"I'm stuck in traffic." as "Tôi đang bị kẹt xe.", "We got stuck in traffic yesterday." as "Hôm qua chúng tôi
    bị kẹt xe." (_TRAFFIC_EN); None for anything else, and where the verb does not agree."""
    m = _TRAFFIC_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    verb = be_said(m["be"])
    if verb != "got" and verb != be_of(who_, one, verb in ("was", "were")):
        return None
    day = m["day"] and dates.whole(m["day"], "en", "vi")
    if m["day"] and not day or day and verb not in ("was", "were", "got"):
        return None
    if day:
        return _ended(f"{day} {who_} bị kẹt xe", m["end"])
    return _ended(f"{who_} {'đã' if verb in ('was', 'were', 'got') else 'đang'} bị kẹt xe", m["end"])


def _late(text: str) -> str | None:
    """"Anh ấy luôn đến muộn." as "He's always late.", "Tôi hay đi làm muộn." as "I'm often late for work." (_LATE);
    None for anything else."""
    if not (m := _LATE.fullmatch(text)) or not (said := _who(m, False)):
        return None
    often = _OFTEN[keyed(m["often"])]
    return _ended(contracted(said[0], f"{be(said[0])} {often} late{_FOR[keyed(m['to'])]}"), m["end"])


def _late_vi(text: str) -> str | None:
    """"He's always late." as "Anh ấy luôn đến muộn.", "I'm never late for work." as "Tôi không bao giờ đi làm
    muộn." (_LATE_EN); None for anything else, and where "be" does not agree."""
    if not (m := _LATE_EN.fullmatch(text)):
        return None
    who_, one = _who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    to = _FOR_EN[" ".join((m["to"] or "").split())]
    return _ended(f"{who_} {_OFTEN_EN[m['often']]} {to} muộn", m["end"])
