"""Locked in, both ways, written whole by rule: a door or a window stuck or that won't open or close, someone stuck or
locked in the toilet, the bathroom or a room, or out on the balcony, someone who locked themselves in, who can't open
the door, a lock stuck or broken, a key stuck in the lock, and calling someone to open the door. v8 (rules on) reads
"kẹt" as caught or trapped, "nhốt" as snug or good, "ổ khóa" as a drive: "Cửa nhà vệ sinh bị kẹt." → "The store of
toilet is stuck.", "Chúng tôi bị nhốt trong phòng." → "We're well in the room.", "Ổ khóa cửa bị hỏng rồi." → "The drive
of the door is corrupt."; "The bathroom door is jammed." → "Cửa nhà vệ sinh bị chọc vào." (poked), "I'm locked out on
the balcony." → "Tôi bị khóa trên đống bánh." (a heap of cakes).

Taken: a door of DOORS (the toilet's, a room's with whose: "cửa phòng tôi", "the door to my room") stuck ("bị kẹt": is
stuck; "kẹt cứng": jammed), still, on a day behind (got stuck), asked ("có bị kẹt không?"), or that won't open or close
("không mở được"); who (mt.hobbies.WHO, WHO_EN; a pet too) stuck or locked ("nhốt", "khóa") in a room of ROOMS, in here,
in there or out on the balcony: now ("đang", "rồi", "vẫn": still, "trong này"), asked ("có đang … không?"), just, or got
so ("bị kẹt" alone, "đã", a day behind, as mt/lifts.py says "got stuck in the lift"); who (not a pet) locked themselves
in a room (their own: "tự nhốt mình trong phòng"), just, has, on a day behind; who can't or couldn't open or close a
door; a lock stuck, a door's lock broken, a key stuck in the lock; "Gọi người đến mở cửa đi." and who will call, called
or is calling someone to open the door. Left: a lock or "khóa cửa" broken with no door said ("Ổ khóa bị hỏng.", "The
door lock is broken.": mt/broken.py's), locked out ("Tôi bị khóa ở ngoài.": mt/keys.py's), stuck in a lift
(mt/lifts.py), a finger caught in a door ("kẹt tay": mt/knocks.py), doors opened, closed, locked or left open
(mt/doors.py), creaking (mt/creaks.py), "kẹt" of traffic or money, "kẹt trong nhà" (at home, in a lockdown?), "Cửa không
mở." (won't, or isn't, open?), "có bị kẹt … không?" of a person (now, or ever?), a name locking themselves in (his or
her?), whose room not own ("Lan … his room"), whose "mình" after anyone but "tôi" (theirs, or the speaker's?), "anh ấy",
"cô ấy", "họ" that reads as who's own ("Con trai tôi … phòng anh ấy"), "his", "her", "their" room after anyone but a
pronoun ("My son … his room"), "You can't open" (or may not?), "phải gọi" (has or had to?), and anything else.
mt.phrasebook.translate tries these after mt/leftovers.py.

    >>> translate("Cửa nhà vệ sinh bị kẹt.", "vi", "en"), translate("I'm locked out on the balcony.", "en", "vi")
    ('The toilet door is stuck.', 'Tôi đang bị nhốt ngoài ban công.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import OWNER, WHO, WHO_EN, animal, be_agrees, owner_of, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_SELF, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised, contracted,
                   keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:kẹt|nhốt|không\s+mở|không\s+đóng|mở\s+không|đóng\s+không|mở\s+cửa|ổ\s+kh|bị\s+kh|"
                   r"tự\s+kh)"),
         "en": lazy(r"(?i:stuck|jammed|\block|won.t|wouldn.t|will\s+not|would\s+not|"
                    r"open\s+the|close\s+the|shut\s+the)")}
# doors (the first Vietnamese of each is written back); a room's door is "cửa" with a room of ROOMS after it
DOORS = {"cửa": "door", "cửa chính": "front door", "cửa trước": "front door", "cửa sau": "back door",
         "cửa sổ": "window", "cửa ban công": "balcony door"}
ROOMS = {"nhà vệ sinh": "toilet", "phòng vệ sinh": "toilet", "toilet": "toilet", "phòng tắm": "bathroom",
         "nhà tắm": "bathroom", "phòng ngủ": "bedroom", "phòng": "room"}
_DOORS_VI = {en: vi for vi, en in reversed(DOORS.items())} | {
    "toilet door": "cửa nhà vệ sinh", "bathroom door": "cửa phòng tắm", "bedroom door": "cửa phòng ngủ"}
_ROOMS_VI = {en: vi for vi, en in reversed(ROOMS.items())} | {"loo": "nhà vệ sinh"}
_OWNED = {"phòng", "phòng ngủ"}  # (rooms said with whose: "phòng tôi", not "nhà vệ sinh tôi")
# the days behind a door got stuck or someone was locked in, and back
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "đêm qua", "hôm kia", "sáng nay", "tuần trước")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
_SELVES = {EN_WHOSE[who_]: self_ for who_, self_ in EN_SELF.items()}  # ("his": "himself")
_SELF_WHOSE = {self_: whose for whose, self_ in _SELVES.items()}

_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>{alternatives(DAYS)}))?"
_KH = r"kh(?:óa|oá)"
_DOOR = (rf"(?P<kind>(?i:{alternatives(DOORS)}))(?:\s+(?P<room>{alternatives(ROOMS)})(?:\s+(?:của\s+)?{OWNER})?)?"
         r"(?:\s+(?P<this>này))?")
_IN = (rf"(?:(?:ở\s+)?(?:bên\s+)?trong\s+(?P<here>này|đó)|(?:ở\s+trong|bên\s+trong|ở|trong)\s+"
       rf"(?P<room>{alternatives(ROOMS)})(?:\s+(?:của\s+)?{OWNER})?)")
# a door stuck or that won't open ("Cửa nhà vệ sinh bị kẹt.", "Cửa phòng tôi không mở được.", "Cửa có bị kẹt không?")
_STATE = lazy(rf"{_DAY}{_DOOR}\s+(?:(?P<still>vẫn(?:\s+còn)?)\s+)?(?:(?P<ask>có)\s+|(?P<ing>đang)\s+)?"
              rf"(?:(?:bị\s+)?(?P<stuck>kẹt)(?P<hard>\s+cứng)?|không\s+(?P<v>mở|đóng)(?:\s+(?P<back>ra|lại))?\s+được|"
              rf"(?P<v2>mở|đóng)\s+không\s+được)(?:\s+(?P<done>rồi))?{_DAY2}{ASKED_END}")
# who is stuck or locked in ("Tôi bị kẹt trong nhà vệ sinh.", "Tôi bị nhốt ngoài ban công.")
_STUCK = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>đang|đã|vừa|vẫn(?:\s+(?:đang|còn))?)\s+|(?P<ask>có)\s+đang\s+)?bị\s+"
              rf"(?P<v>kẹt|nhốt|{_KH})\s+(?:{_IN}|(?P<out>(?:ở\s+)?(?:bên\s+)?ngoài\s+ban\s+công))"
              rf"(?:\s+(?P<done>rồi))?{_DAY2}{ASKED_END}")
# who locked themselves in ("Con tôi tự nhốt mình trong phòng.")
_SELF = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>đã|vừa)\s+)?tự\s+(?:nhốt|{_KH})\s+mình\s+(?:ở\s+trong|bên\s+trong|ở|trong)\s+"
             rf"(?P<room>{alternatives(ROOMS)})(?:\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)}))?"
             rf"(?:\s+(?P<done>rồi))?{_DAY2}{SOFTENED_END}")
# who can't open the door ("Tôi không mở được cửa.", "Mẹ tôi không mở cửa ra được.")
_CANT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<still>vẫn)\s+)?không\s+(?P<v>mở|đóng)\s+(?P<can>được\s+)?{_DOOR}"
             rf"(?:\s+(?P<back>ra|lại))?(?P<can2>\s+được)?{_DAY2}{SOFTENED_END}")
# a lock stuck or broken, a key stuck in it ("Ổ khóa cửa bị hỏng rồi.", "Chìa khóa bị kẹt trong ổ.")
_LOCK = lazy(rf"(?:(?P<lock>(?i:ổ\s+{_KH}))(?:\s+{_DOOR})?|(?P<key>(?i:chìa\s+{_KH})))\s+(?:(?P<ask>có)\s+)?"
             rf"(?:bị\s+)?(?:(?P<stuck>kẹt)(?P<hard>\s+cứng)?|(?P<broken>hỏng|hư))(?P<inlock>\s+(?:ở\s+)?trong\s+ổ"
             rf"(?:\s+{_KH})?)?(?:\s+(?P<done>rồi))?{ASKED_END}")
# calling someone to open it ("Gọi người đến mở cửa đi.", "Tôi sẽ gọi người đến mở cửa.")
_OPENER = r"gọi\s+(?:người|ai\s+đó)\s+(?:đến|tới)\s+mở\s+cửa"
_CALL = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|hãy))\s+)?(?i:{_OPENER})(?P<me>\s+(?:giúp|cho)\s+(?:tôi|mình))?"
             r"(?:\s+(?P<soft>đi|với|nhé|nha))?\s*(?P<end>[.!]*)")
_CALLED = lazy(rf"{WHO}\s+(?:(?P<aux>sẽ|đã|vừa|đang)\s+)?{_OPENER}(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English ("the toilet door", "this door", "my bedroom door", "the door to my room")
_DOOR_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+(?P<door>(?:toilet|bathroom|bedroom|front|back|balcony)\s+"
            rf"door|door|window)|(?i:the)\s+door\s+(?:to|of)\s+(?P<rdet>the|this|{WHOSE_WORDS})\s+room)")
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_DOOR_EN}(?:(?P<be>\s+is|['’]s)?(?P<still>\s+still)?\s+(?P<stuck>stuck|jammed)|"
                 r"\s+(?P<got>got)\s+(?P<stuck2>stuck|jammed)|(?P<still2>\s+still)?\s+(?P<wont>won['’]t|will\s+not|"
                 rf"wouldn['’]t|would\s+not)\s+(?P<v>open|close|shut))(?P<shut>\s+shut)?{_DAY_EN}\s*(?P<end>[.!?]*)")
_WHERE_EN = (rf"(?:in\s+(?:(?P<here>here|there)|the\s+(?P<room>{alternatives(_ROOMS_VI)})|(?P<rwhose>(?i:"
             rf"{WHOSE_WORDS}))\s+(?P<room2>room|bedroom))|(?P<out>out\s+on\s+the\s+balcony))")
_STUCK_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?"
                 r"(?P<still>\s+still)?|\s+(?P<got>got)|(?P<just>\s+just\s+got)|(?P<was>\s+was|\s+were))\s+"
                 rf"(?P<v>stuck|locked)\s+{_WHERE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_SELF_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?P<just>\s+just)?\s+locked\s+"
                rf"(?P<self>{alternatives(_SELF_WHOSE)})\s+in\s+(?:the\s+(?P<room>{alternatives(_ROOMS_VI)})|"
                rf"(?P<rwhose>(?i:{WHOSE_WORDS}))\s+(?P<room2>room|bedroom)){_DAY_EN}\s*(?P<end>[.!]*)")
_CANT_EN = lazy(rf"{WHO_EN}\s+(?P<still>still\s+)?(?P<cant>can['’]t|cannot|can\s+not|couldn['’]t|could\s+not)\s+"
                rf"(?P<v>open|close|shut)\s+{_DOOR_EN}{_DAY_EN}\s*(?P<end>[.!]*)")
_LOCK_EN = lazy(r"(?:(?P<q>Is)\s+)?(?:(?P<key>[Tt]he\s+key)|[Tt]he\s+(?P<dlock>door\s+)?lock(?:\s+on\s+"
                rf"{_DOOR_EN})?)(?P<be>\s+is|['’]s)?\s+(?:(?P<stuck>stuck|jammed)|(?P<broken>broken))"
                r"(?P<inlock>\s+in\s+the\s+lock)?\s*(?P<end>[.!?]*)")
_CALL_EN = lazy(r"(?:(?P<please>[Pp]lease)\s+)?(?P<call>[Cc]all)\s+someone\s+to\s+open\s+the\s+door(?P<me>\s+for\s+me)?"
                r"(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_CALLED_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ll|\s+will|\s+called|['’]ve\s+just\s+called|\s+ha(?:ve|s)\s+just\s+called|"
                  r"['’]s\s+just\s+called|\s+is\s+calling|\s+am\s+calling|\s+are\s+calling|['’](?:m|re|s)\s+calling)"
                  r"(?:\s+call)?\s+someone\s+to\s+open\s+the\s+door\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a door is stuck, someone is stuck or locked in (or locked themselves
    in), can't open the door, a lock or key is stuck, or someone is called to open it; None for any other."""
    if src == "vi":
        return _state(text) or _stuck(text) or _self(text) or _cant(text) or _lock(text) or _call(text)
    return (_state_vi(text) or _stuck_vi(text) or _self_vi(text) or _cant_vi(text) or _lock_vi(text) or
            _call_vi(text))


def _day(m: re.Match) -> str | None:
    """The day behind of a Vietnamese match in English (" yesterday"), "" for none; None for a day said twice."""
    if m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    return f" {DAYS[keyed(day)]}" if day else ""


def _door(m: re.Match) -> str | None:
    """The door of a match of _DOOR in English: "the toilet door", "this window", "the door to my room"; None for a
    room after a door that is not "cửa", whose for a room not one's own ("nhà vệ sinh tôi"), "này" after a room."""
    kind, room = DOORS[keyed(m["kind"])], m["room"] and ROOMS[keyed(m["room"])]
    if not room:
        return f"{'this' if m['this'] else 'the'} {kind}"
    owned = m["owner"] or m["someone"]
    if kind != "door" or m["this"] or owned and keyed(m["room"]) not in _OWNED or (whose := owner_of(m)) is None:
        return None
    return f"the door to {whose} room" if room == "room" else f"{whose} {room} door"


def _unclear(m: re.Match, who_: str) -> bool:
    """Whether whose of a room after who (WHO; `who_` in English) is unclear: "mình" after anyone but "tôi" (their
    own?); "anh ấy", "cô ấy", "họ" not who that English would read as who's own ("Con trai tôi … phòng anh ấy")."""
    owner, said = keyed(m["owner"] or ""), keyed(m["who"] or "")
    if OWNERS.get(owner) in ("his", "her", "their") and owner != said:
        return whose_own(m, who_) in (None, OWNERS[owner]) or keyed(m["kin"] or "") == "con"
    return owner == "mình" and said not in ("tôi", "mình")


def _state(text: str) -> str | None:
    """"Cửa nhà vệ sinh bị kẹt." as "The toilet door is stuck.", "Cửa không mở được." as "The door won't open.", "Hôm
    qua cửa bị kẹt." as "The door got stuck yesterday." (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (door := _door(m)) is None:
        return None
    day, still = _day(m), " still" if m["still"] else ""
    if day is None or day and (still or m["ing"] or m["done"]):
        return None
    if m["stuck"]:
        state = "jammed" if m["hard"] else "stuck"
        if asked:
            return None if still or m["ing"] or m["done"] else f"Is {door} {state}?"
        return capitalised(f"{door} got {state}{day}." if day else f"{door} is{still} {state}.")
    verb = m["v"] or m["v2"]
    if asked or m["ing"] or m["done"] or m["back"] and m["back"] != ("ra" if verb == "mở" else "lại"):
        return None
    said = "open" if verb == "mở" else "close"
    return capitalised(f"{door} wouldn't {said}{day}." if day else f"{door}{still} won't {said}.")


def _where(m: re.Match) -> str | None:
    """Where someone is stuck of a match of _IN (or out on the balcony) in English: "in the toilet", "in here", "in
    my room", "out on the balcony"; None for whose of a room that has none ("nhà vệ sinh tôi")."""
    if m["out"]:
        return "out on the balcony"
    if m["here"]:
        return "in here" if m["here"] == "này" else "in there"
    room, owned = ROOMS[keyed(m["room"])], m["owner"] or m["someone"]
    if owned and keyed(m["room"]) not in _OWNED:
        return None
    return (whose := owner_of(m)) and f"in {whose} {room}"


def _stuck(text: str) -> str | None:
    """"Tôi bị kẹt trong nhà vệ sinh." as "I got stuck in the toilet.", "Tôi đang (or "vẫn") bị kẹt trong này." as
    "I'm (still) stuck in here." (_STUCK); None for anything else, whose unclear, and for "I" or "we" asked."""
    m = _STUCK.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None or \
            _unclear(m, said[0]):
        return None
    (who_, _), where, day, aux = said, _where(m), _day(m), keyed(m["aux"] or "")
    if where is None or day is None or asked and (who_ in ("I", "we") or day or m["done"]):
        return None
    state = f"{'stuck' if m['v'] == 'kẹt' else 'locked'} {where}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {state}?"
    if aux.startswith("vẫn") or aux == "đang" or m["done"] or m["here"] == "này" and not (aux or day):
        if day or m["done"] and aux:
            return None
        return capitalised(contracted(who_, f"{be(who_)}{' still' * aux.startswith('vẫn')} {state}{stop(m['end'])}"))
    if aux == "vừa":
        return None if day else capitalised(f"{who_} just got {state}{stop(m['end'])}")
    return capitalised(f"{who_} got {state}{day}{stop(m['end'])}")


def _self(text: str) -> str | None:
    """"Con trai tôi tự nhốt mình trong phòng (rồi)." as "My son (has) locked himself in his room." (_SELF); None for
    anything else, a pet, whose unclear, and a name alone (his or her?)."""
    m = _SELF.fullmatch(text)
    if not m or "?" in m["end"] or animal(m) or (said := who(m, False)) is None or _unclear(m, said[0]):
        return None
    (who_, one), day, aux = said, _day(m), keyed(m["aux"] or "")
    own = whose_own(m, who_) or ("their" if keyed(m["kin"] or "") == "con" else None)
    if own is None or day is None or day and (aux == "vừa" or m["done"]) or aux and m["done"] or \
            m["owner"] and keyed(m["room"]) not in _OWNED:
        return None
    room = ROOMS[keyed(m["room"])]
    # ("tự nhốt mình trong phòng": their own room, as said; "phòng ngủ", "nhà vệ sinh" are the house's)
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else own if keyed(m["room"]) == "phòng" else "the"
    did = f"{'has' if one else 'have'}{' just' * (aux == 'vừa')} locked" if aux == "vừa" or m["done"] else "locked"
    return capitalised(contracted(who_, f"{did} {_SELVES[own]} in {whose} {room}{day}{stop(m['end'])}"))


def _cant(text: str) -> str | None:
    """"Tôi không mở được cửa." as "I can't open the door.", "Hôm qua tôi không mở được cửa." as "I couldn't open the
    door yesterday." (_CANT); None for anything else, and whose unclear."""
    m = _CANT.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or _unclear(m, said[0]) or \
            (door := _door(m)) is None:
        return None
    day, verb, back = _day(m), m["v"], m["back"]
    if day is None or day and m["still"] or bool(m["can"]) == bool(m["can2"]) or back and (
            m["can"] or back != ("ra" if verb == "mở" else "lại")):
        return None
    act, can = "open" if verb == "mở" else "close", "couldn't" if day else "still can't" if m["still"] else "can't"
    return capitalised(f"{said[0]} {can} {act} {door}{day}{stop(m['end'])}")


def _lock(text: str) -> str | None:
    """"Ổ khóa cửa bị hỏng rồi." as "The door lock is broken.", "Chìa khóa bị kẹt trong ổ." as "The key is stuck in
    the lock." (_LOCK); None for anything else, and for a lock broken with no door said (mt/broken.py's)."""
    m = _LOCK.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and m["done"]:
        return None
    state = "broken" if m["broken"] else "jammed" if m["hard"] else "stuck"
    if m["key"]:
        if not (m["stuck"] and m["inlock"]):
            return None
        return f"Is the key {state} in the lock?" if asked else f"The key is {state} in the lock."
    if m["inlock"] or m["broken"] and not m["kind"]:
        return None
    if (door := _door(m) if m["kind"] else "the") is None:
        return None
    lock = "the lock" if door == "the" else "the door lock" if door == "the door" else f"the lock on {door}"
    return f"Is {lock} {state}?" if asked else capitalised(f"{lock} is {state}.")


def _call(text: str) -> str | None:
    """"Gọi người đến mở cửa đi." as "Call someone to open the door.", "Tôi sẽ gọi người đến mở cửa." as "I'll call
    someone to open the door." (_CALL, _CALLED); None for anything else, and for no time said ("Tôi gọi …")."""
    if m := _CALL.fullmatch(text):
        if not (m["please"] or m["soft"] or m["end"]):
            return None  # (a heading, not a request)
        please = "Please call" if m["please"] and keyed(m["please"]) != "hãy" else "Call"
        return f"{please} someone to open the door{' for me' * bool(m['me'])}{stop(m['end'])}"
    m = _CALLED.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    (who_, one), aux = said, keyed(m["aux"] or "")
    if m["done"] and aux not in ("", "đã") or not (aux or m["done"]):
        return None
    did = {"sẽ": "will call", "đã": "called", "vừa": f"{'has' if one else 'have'} just called",
           "đang": f"{be(who_)} calling"}.get(aux, f"{'has' if one else 'have'} called")
    if m["done"]:
        did = f"{'has' if one else 'have'} called"
    return capitalised(contracted(who_, f"{did} someone to open the door{stop(m['end'])}"))


def _door_vi(m: re.Match) -> str | None:
    """The door of a match of _DOOR_EN in Vietnamese ("cửa nhà vệ sinh", "cửa này", "cửa phòng ngủ của tôi", "cửa
    phòng tôi"); None for whose before any door but a bedroom's ("my door": which?) and "this" before a room's."""
    if m["rdet"]:
        rdet = m["rdet"].lower()
        return "cửa phòng" + ("" if rdet == "the" else " này" if rdet == "this" else f" {WHOSE_VI[rdet]}")
    det, door = m["det"].lower(), m["door"]
    if det not in ("the", "this") and door != "bedroom door" or det == "this" and door not in ("door", "window"):
        return None
    owner = f" của {WHOSE_VI[det]}" if det not in ("the", "this") else ""
    return f"{_DOORS_VI[door]}{' này' * (det == 'this')}{owner}"


def _state_vi(text: str) -> str | None:
    """"The toilet door is stuck." as "Cửa nhà vệ sinh bị kẹt.", "The door won't open." as "Cửa không mở được."
    (_STATE_EN); None for anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (door := _door_vi(m)) is None:
        return None
    day = f"{DAYS_VI[m['day']]} " if m["day"] else ""
    if m["stuck"] or m["stuck2"]:
        state = "kẹt cứng" if (m["stuck"] or m["stuck2"]) == "jammed" else "kẹt"
        if m["q"]:
            return None if m["be"] or m["still"] or m["got"] or day else capitalised(f"{door} có bị {state} không?")
        if m["got"]:
            return capitalised(f"{day}{door} bị {state}.")
        return None if not m["be"] or day else capitalised(f"{door} {'vẫn còn ' if m['still'] else ''}bị {state}.")
    past = m["wont"].lower().startswith("would")
    if m["q"] or m["shut"] or day and not past or m["still2"] and past:
        return None
    verb = "mở" if m["v"] == "open" else "đóng"
    return capitalised(f"{day}{door} {'vẫn ' if m['still2'] else ''}không {verb} được.")


def _where_vi(m: re.Match) -> str:
    """Where someone is stuck of a match of _WHERE_EN in Vietnamese: "trong này", "trong phòng tôi"."""
    if m["out"]:
        return "ngoài ban công"
    if m["here"]:
        return "trong này" if m["here"] == "here" else "trong đó"
    if m["room"]:
        return f"trong {_ROOMS_VI[m['room']]}"
    return f"trong {_owned_vi(m['room2'], m['rwhose'])}"


def _owned_vi(room: str, whose: str) -> str:
    """A room of _WHERE_EN's room2 with whose in Vietnamese: "phòng tôi", "phòng ngủ của tôi" (not "phòng ngủ tôi")."""
    return f"{_ROOMS_VI[room]} {'của ' * (room == 'bedroom')}{WHOSE_VI[whose.lower()]}"


def _anothers(m: re.Match, whose: str | None) -> bool:
    """Whether `whose` of a room or door is "his", "her" or "their" after who of a match of WHO_EN not a pronoun ("My
    son … his room": his own, or another's? "phòng anh ấy" reads as another's)."""
    return (whose or "").lower() in ("his", "her", "their") and not m["who"]


def _stuck_vi(text: str) -> str | None:
    """"I'm stuck in the toilet." as "Tôi đang bị kẹt trong nhà vệ sinh.", "I got stuck in here." as "Tôi bị kẹt
    trong này." (_STUCK_EN); None for anything else, where "is" does not agree with who, "I" asked, and another's."""
    m = _STUCK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or _anothers(m, m["rwhose"]):
        return None
    who_, where, verb = who_vi(m)[0], _where_vi(m), "kẹt" if m["v"] == "stuck" else "nhốt"
    day = f"{DAYS_VI[m['day']]} " if m["day"] else ""
    if m["q"]:
        if m["be"] or m["got"] or m["just"] or m["was"] or m["still"] or day or who_ == "tôi" or \
                not be_agrees(m, m["q"]):
            return None
        return capitalised(f"{who_} có đang bị {verb} {where} không?")
    if m["was"]:
        return capitalised(f"{day}{who_} bị {verb} {where}.") if be_agrees(m, m["was"], True) else None
    if m["got"] or m["just"]:
        return None if m["just"] and day else capitalised(f"{day}{who_} {'vừa ' * bool(m['just'])}bị {verb} {where}.")
    if not m["be"] or day or not be_agrees(m, m["be"]):
        return None
    return capitalised(f"{who_} {'vẫn đang' if m['still'] else 'đang'} bị {verb} {where}.")


def _self_vi(text: str) -> str | None:
    """"My son has locked himself in his room." as "Con trai tôi tự nhốt mình trong phòng rồi." (_SELF_EN); None for
    anything else, a pet, where "himself" is not who's, and where "has" does not agree with who."""
    m = _SELF_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    whose = _SELF_WHOSE[m["self"].lower()]
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if m["kin"] and keyed(m["kin"]) == "child":
        own = "their"  # ("my child … themselves … their room", as the Vietnamese reads back)
    if own != whose and not (own is None and m["given"] and whose in ("his", "her")):
        return None
    aux = (m["aux"] or "").strip().lower().replace("’", "'")
    if aux and (aux in ("has", "'s")) != one or m["day"] and (aux or m["just"]) or m["just"] and not aux:
        return None
    if m["room2"]:
        rwhose = m["rwhose"].lower()
        room = _ROOMS_VI[m["room2"]] if rwhose == whose else _owned_vi(m["room2"], rwhose)
    else:
        room = _ROOMS_VI[m["room"]]
    day = f"{DAYS_VI[m['day']]} " if m["day"] else ""
    done = " rồi" if aux and not m["just"] else ""
    return capitalised(f"{day}{who_} {'vừa ' * bool(m['just'])}tự nhốt mình trong {room}{done}.")


def _cant_vi(text: str) -> str | None:
    """"I can't open the door." as "Tôi không mở được cửa.", "I couldn't open the door yesterday." as "Hôm qua tôi
    không mở được cửa." (_CANT_EN); None for anything else, "you" (or not allowed?), and another's."""
    m = _CANT_EN.fullmatch(text)
    if not m or (door := _door_vi(m)) is None or _anothers(m, m["det"] or m["rdet"]):
        return None
    past, who_ = m["cant"].lower().startswith("could"), who_vi(m)[0]
    # ("You can't open the door.": unable, or not allowed?)
    if m["day"] and not past or m["still"] and past or who_ == "bạn":
        return None
    day = f"{DAYS_VI[m['day']]} " if m["day"] else ""
    verb = "mở" if m["v"] == "open" else "đóng"
    return capitalised(f"{day}{who_} {'vẫn ' * bool(m['still'])}không {verb} được {door}.")


def _lock_vi(text: str) -> str | None:
    """"The lock is stuck." as "Ổ khóa bị kẹt.", "The key is stuck in the lock." as "Chìa khóa bị kẹt trong ổ khóa."
    (_LOCK_EN); None for anything else, and a lock broken with no door said, or "the door lock" (mt/broken.py's)."""
    m = _LOCK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    state = "hỏng" if m["broken"] else "kẹt cứng" if m["stuck"] == "jammed" else "kẹt"
    if m["key"]:
        if not (m["inlock"] and m["stuck"]):
            return None
        return f"Chìa khóa có bị {state} trong ổ khóa không?" if m["q"] else f"Chìa khóa bị {state} trong ổ khóa."
    has_door = m["det"] or m["rdet"]
    if m["inlock"] or m["broken"] and not has_door or m["dlock"] and has_door:
        return None
    if (door := _door_vi(m) if has_door else "cửa" if m["dlock"] else "") is None:
        return None
    lock = f"Ổ khóa {door}".strip()
    return f"{lock} có bị {state} không?" if m["q"] else f"{lock} bị {state}."


def _call_vi(text: str) -> str | None:
    """"Call someone to open the door." as "Gọi người đến mở cửa đi.", "I'll call someone …" as "Tôi sẽ gọi người
    đến mở cửa." (_CALL_EN, _CALLED_EN); None for anything else, and where the verb does not agree with who."""
    if m := _CALL_EN.fullmatch(text):
        if m["please"] and m["please2"] or m["please"] and m["call"] == "Call":
            return None
        me = " giúp tôi" if m["me"] else ""
        if m["please"] or m["please2"]:
            return f"Làm ơn gọi người đến mở cửa{me}{stop(m['end'])}"
        return f"Gọi người đến mở cửa{me} đi{stop(m['end'])}"
    if not (m := _CALLED_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().replace("’", "'").split())
    will = aux in ("'ll", "will")
    if will != (" call someone" in text) or aux.endswith("calling") and not be_agrees(m, aux.split()[0]) or \
            aux.startswith(("has", "have", "'ve", "'s just")) and (aux.startswith(("has", "'s")) != one):
        return None
    how = "sẽ" if will else "đã" if aux == "called" else "đang" if aux.endswith("calling") else "vừa"
    return capitalised(f"{who_} {how} gọi người đến mở cửa{stop(m['end'])}")
