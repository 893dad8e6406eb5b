"""Doors, windows and gates opened, closed, locked or left open, and someone at the door, both ways, written whole by
rule. v8 (with every rule before this one): "Đóng cửa lại giúp tôi." → "Close door for me.", "Bạn khóa cửa chưa?" →
"Do you lock the door?", "Mẹ tôi khóa cửa chưa?" → "Are my mother locking the door?", "Tôi khóa cửa rồi." → "I lock
the door.", "Nhớ khóa cửa nhé." → "Remember the door key.", "Cửa đã khóa chưa?" → "Key already locked?", "Cửa chưa
khóa." → "The window has not been locked.", "Có người gõ cửa." → "There was a knocker.", "Ai gõ cửa vậy?" → "Who
entered the door?", "Chuông cửa đang reo." → "The door is reo."; "Did you lock the door?" → "Có khóa cửa không?" (who
lost), "Can I open the window?" → "Có thể mở cửa sổ không?" (who lost), "Please close the window." → "Vui lòng đóng
cửa sổ." (stiff), "Would you mind closing the window?" → "Bạn có muốn đóng cửa sổ không?" (want to), "You left the
door open." → "Bạn đã rời khỏi cửa mở." (went away from), "Let me get the door." → "Để tôi lấy cửa." (fetch).

Taken: a door, window or gate of DOORS ("này" for this) opened, closed, locked or unlocked (_VERBS), asked for ("giúp
tôi", "làm ơn", "đừng", "đừng quên", "nhớ"; "Bạn … được không?"), asked leave for ("Tôi mở cửa sổ được không?",
"Tôi đóng cửa nhé?", "Để tôi …", "Bạn có phiền nếu tôi …"), or done by who (mt.hobbies.WHO, WHO_EN; "anh", "chị",
"em" alone only asking, and asking a favour only with "giúp em" …), said or asked ("chưa?", "có … không?", "rồi",
"đã", "vừa", "chưa", "quên", "có nhớ"); who (or "ai") left it open or unlocked; it open, closed or locked (still,
yet), said or asked; someone knocking, at the door, ringing the doorbell; "Let me get the door.".
Left: "cửa" opened or closed with no "lại", "ra" or "giúp tôi" ("Chúng tôi đóng cửa rồi.", "Bạn mở cửa chưa?": a
shop's, mt/timetables.py's and the phrasebook's), keys and being locked out (mt/keys.py), a lock broken or a door that
won't close (mt/broken.py's or the model's; "Cửa không mở." too), a plain "Tôi không khóa cửa." (a habit or the
past?), a time or a day said, lights and fans, and anything else.
mt.phrasebook.translate tries these after mt/switches.py.

    >>> translate("Đóng cửa lại giúp tôi.", "vi", "en"), translate("Did you lock the door?", "en", "vi")
    ('Could you close the door for me?', 'Bạn đã khóa cửa chưa?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cửa|cổng)"), "en": lazy(r"(?i:door|window|gate)")}
# what is opened or closed (the first Vietnamese of each is written back)
DOORS = {"cửa": "door", "cửa ra vào": "door", "cửa chính": "front door", "cửa trước": "front door",
         "cửa sau": "back door", "cửa sổ": "window", "cổng": "gate", "cửa xe": "car door", "cửa gara": "garage door",
         "cửa ga-ra": "garage door"}
DOORS_VI = {en: vi for vi, en in reversed(DOORS.items())} | {"doors": "cửa", "windows": "cửa sổ", "gates": "cổng"}
_MANY = {"doors", "windows", "gates"}
# what is done to it; "ra mở cửa" is going to answer it ("get the door"), and "mở khóa" unlocking it
_VERBS = {"đóng": "close", "mở": "open", "khóa": "lock", "mở khóa": "unlock", "ra mở": "get"}
_VERBS_VI = {"close": "đóng", "shut": "đóng", "open": "mở", "lock": "khóa", "unlock": "mở khóa"}
_BACK = {"đóng": "lại", "khóa": "lại", "mở": "ra"}  # said after the door when asked to: "đóng cửa lại", "mở cửa ra"
# the forms of the English verbs: "-s", past, participle, "-ing"
_FORMS = {"close": ("closes", "closed", "closed", "closing"), "shut": ("shuts", "shut", "shut", "shutting"),
          "open": ("opens", "opened", "opened", "opening"), "lock": ("locks", "locked", "locked", "locking"),
          "unlock": ("unlocks", "unlocked", "unlocked", "unlocking")}
_BASES = {form: base for base, forms in _FORMS.items() for form in (base, *forms)}
_STATES = {"mở": "open", "đóng": "closed", "khóa": "locked"}
_STATES_VI = {"open": "mở", "closed": "đóng", "shut": "đóng", "locked": "khóa", "unlocked": "không khóa"}

_DOOR = rf"(?P<door>(?i:{alternatives(DOORS)}))(?:\s+(?P<this>này))?"
_ACT = rf"(?P<verb>(?i:{alternatives(_VERBS)}))\s+{_DOOR}(?:\s+(?P<back>lại|ra))?"
# "giúp tôi" (for me; "giúp em", "giúp anh" asking as the younger or the elder, not "giúp anh ấy")
_ME = r"(?:\s+(?:giúp|hộ|cho)\s+(?P<me>tôi|mình|tớ|em|anh|chị)(?!\s+ấy))?"
_REQUEST = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng|hãy))\s+)?(?:(?P<dont>(?i:đừng))\s+(?:(?P<forget>quên)"
                rf"\s+)?|(?P<remember>(?i:nhớ))\s+)?{_ACT}{_ME}(?:\s+(?P<soft>nhé|nha|với|đi|ạ))?"
                r"\s*(?P<end>[.!]*)")
_CAN = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?{_ACT}{_ME}(?:\s+(?P<ok>được))?\s+không{SOFTENED_END}")
_LET = lazy(rf"(?:(?P<let>(?i:để))\s+)?(?i:tôi|mình)\s+{_ACT}(?:\s+(?P<shall>nhé|nha))?\s*(?P<end>[.!?]*)")
_MIND = lazy(rf"(?i:bạn)\s+có\s+phiền\s+(?:không\s+)?nếu\s+tôi\s+{_ACT}(?:\s+không)?\s*\?+")
_DONE = lazy(rf"{WHO}\s+(?:(?P<tense>đã\s+không|đã|vừa|mới|chưa|quên|có\s+nhớ|có)\s+)?{_ACT}"
             rf"(?:\s+(?P<tail>rồi|chưa|không))?{SOFTENED_END}")
_LEFT = lazy(rf"(?:{WHO}|(?P<ai>(?i:ai))|(?P<dont>(?i:đừng)))\s+(?:(?P<again>lại)\s+)?để\s+{_DOOR}\s+"
             rf"(?:(?P<open>mở)(?:\s+toang)?|(?P<unlocked>không\s+khóa))(?:\s+rồi)?{SOFTENED_END}")
_STATE = lazy(rf"{_DOOR}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<mark>đang|đã|bị|chưa|"
              rf"không)\s+)?(?P<state>mở|đóng|khóa)(?:\s+(?P<tail>rồi|chưa|không))?{SOFTENED_END}")
# someone at the door, said or asked (a pattern, and the English)
_SOMEONE = r"(?:người|ai\s+đó|ai)\s+(?:đang\s+)?"
_OUTSIDE = r"(?:đang\s+)?(?:ở\s+)?(?:ngoài|trước)\s+cửa"
_ASKED = rf"{SOFTENER}\s*\?+"
_AT_DOOR = [(rf"(?i:có)\s+{_SOMEONE}gõ\s+cửa(?:\s+kìa)?\s*[.!]*", "Someone's knocking at the door."),
            (rf"(?i:có)\s+{_SOMEONE}{_OUTSIDE}(?:\s+kìa)?\s*[.!]*", "There's someone at the door."),
            (rf"(?i:có)\s+{_SOMEONE}(?:bấm|nhấn)\s+chuông\s+cửa(?:\s+kìa)?\s*[.!]*", "Someone's ringing the doorbell."),
            (r"(?i:chuông)\s+cửa\s+(?:đang\s+(?:reo|kêu)|(?:reo|kêu)\s+kìa)\s*[.!]*", "The doorbell is ringing."),
            (rf"(?i:có)\s+ai\s+{_OUTSIDE}\s+không{_ASKED}",
             "Is there anyone at the door?"),
            (rf"(?i:ai)\s+(?:đang\s+)?gõ\s+cửa{_ASKED}", "Who's knocking at the door?"),
            (rf"(?i:ai)\s+{_OUTSIDE}{_ASKED}", "Who's at the door?")]
_AT_DOOR = [(lazy(p), en) for p, en in _AT_DOOR]

# ... and in English ("the window", "this door", "the windows")
_DOOR_EN = rf"(?P<det>(?i:the|this))\s+(?P<door>(?i:{alternatives(DOORS_VI)}))"
_VERB_EN = rf"(?P<verb>(?i:{alternatives(_BASES)}))"
_REQUEST_EN = lazy(rf"(?:(?P<please>(?i:please))\s+)?(?:(?P<dont>(?i:don['’]t|do\s+not))\s+(?:(?P<forget>forget"
                   rf"\s+to)\s+)?|(?P<remember>(?i:remember\s+to))\s+)?{_VERB_EN}\s+{_DOOR_EN}"
                   r"(?P<me>\s+for\s+me)?(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_CAN_EN = lazy(rf"(?P<modal>Can|Could|Will|Would|May)\s+{WHO_EN}\s+(?:please\s+)?(?:{_VERB_EN}\s+{_DOOR_EN}|"
               r"(?P<get>get|answer)\s+the\s+door)(?P<me>\s+for\s+me)?(?:,?\s+please)?\s*\?+")
_MIND_EN = lazy(rf"(?:Would|Do)\s+you\s+mind\s+(?:(?P<if>if\s+I)\s+)?{_VERB_EN}\s+{_DOOR_EN}\s*\?+")
_LET_EN = lazy(rf"(?:(?P<let>Let\s+me)|(?P<shall>Shall|Should)\s+I)\s+(?:{_VERB_EN}\s+{_DOOR_EN}|"
               r"(?P<get>get|answer)\s+the\s+door)\s*(?P<end>[.!?]*)|(?P<will>I['’]ll|I\s+will)\s+(?P<get2>get|"
               r"answer)\s+the\s+door\s*(?P<end2>[.!]*)")
_DONE_EN = lazy(rf"(?P<aux>Did|Have|Has)\s+{WHO_EN}\s+(?P<remember>remember\s+to\s+)?{_VERB_EN}\s+{_DOOR_EN}"
                r"(?:\s+(?P<yet>yet))?\s*\?+")
_DID_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+did\s+not|\s+didn['’]t|\s+have\s+not|"
               r"\s+haven['’]t|\s+has\s+not|\s+hasn['’]t)?(?P<just>\s+just)?(?P<forgot>\s+forgot\s+to)?\s+"
               rf"{_VERB_EN}\s+{_DOOR_EN}(?:\s+(?P<yet>yet))?\s*[.!]*")
_LEFT_EN = lazy(rf"(?:{WHO_EN}|(?P<asker>Who|Someone|Somebody)|(?P<dont>Don['’]t|Do\s+not))\s+(?P<left>left|"
                rf"leave)\s+{_DOOR_EN}\s+(?P<state>open|unlocked)(?:\s+(?P<again>again))?\s*(?P<end>[.!?]*)")
_STATE_EN = lazy(rf"(?:(?P<is>Is|Are)\s+)?{_DOOR_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)?(?P<not>\s+not|n['’]t)?"
                 r"(?:\s+(?P<still>still))?\s+(?P<state>open|closed|shut|locked|unlocked)(?:\s+(?P<yet>yet))?"
                 r"\s*(?P<end>[.!?]*)")
_SOMEONE_EN = r"(?:There(?:['’]s|\s+is)\s+(?:someone|somebody)|(?:Someone|Somebody)(?:['’]s|\s+is))"
_AT_DOOR_EN = [(rf"{_SOMEONE_EN}\s+at\s+the\s+(?:front\s+)?door\s*[.!]*", "Có người ở ngoài cửa."),
               (rf"{_SOMEONE_EN}\s+knocking\s+(?:at|on)\s+the\s+(?:front\s+)?door\s*[.!]*", "Có người gõ cửa."),
               (r"(?:Someone|Somebody)(?:['’]s|\s+is)\s+ringing\s+the\s+doorbell\s*[.!]*", "Có người bấm chuông cửa."),
               (r"The\s+doorbell(?:['’]s|\s+is)\s+ringing\s*[.!]*", "Chuông cửa đang reo."),
               (r"Is\s+(?:there\s+)?(?:someone|somebody|anyone|anybody)\s+at\s+the\s+door\s*\?+",
                "Có ai ở ngoài cửa không?"),
               (r"Who(?:['’]s|\s+is)\s+knocking(?:\s+(?:at|on)\s+the\s+door)\s*\?+", "Ai gõ cửa vậy?"),
               (r"Who(?:['’]s|\s+is)\s+at\s+the\s+door\s*\?+", "Ai ở ngoài cửa vậy?")]
_AT_DOOR_EN = [(lazy(p), vi) for p, vi in _AT_DOOR_EN]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for a door or a window to be opened, closed or locked, asks or says
    whether someone has done it or left it open, says or asks whether it is open or locked, or says someone is at
    the door; None for any other."""
    if src == "vi":
        text = text.replace("khoá", "khóa").replace("Khoá", "Khóa")
        return (next((en for p, en in _AT_DOOR if p.fullmatch(text)), None) or _request(text) or _can(text) or
                _let(text) or _done(text) or _left(text) or _state(text))
    return (next((vi for p, vi in _AT_DOOR_EN if p.fullmatch(text)), None) or _request_vi(text) or _can_vi(text) or
            _let_vi(text) or _done_vi(text) or _left_vi(text) or _state_vi(text))


def _act(m: re.Match, meant: bool = False) -> tuple[str, str] | None:
    """The verb and the door of a match of _ACT in English: ("close", "the window"), ("lock", "this door"), ("get",
    "the door"); None for a particle that does not go with the verb ("đóng cửa ra"), and for "cửa" opened or closed
    with no "lại", "ra" or "giúp tôi" (a shop's: "Chúng tôi đóng cửa rồi.") unless `meant` ("làm ơn", "đừng", "nhớ",
    "quên" … say a door)."""
    verb, door = keyed(m["verb"]), keyed(m["door"])
    back = m["back"] and _BACK.get(verb)
    if m["back"] and back != m["back"] or verb == "ra mở" and (door != "cửa" or m["this"]):
        return None
    if door == "cửa" and verb in ("đóng", "mở") and not (meant or back or m.groupdict().get("me")):
        return None
    return _VERBS[verb], f"{'this' if m['this'] else 'the'} {DOORS[door]}"


def _request(text: str) -> str | None:
    """"Đóng cửa lại giúp tôi." as "Could you close the door for me?", "Làm ơn mở cửa sổ ra." as "Please open the
    window.", "Đừng quên khóa cửa." as "Don't forget to lock the door.", "Nhớ khóa cửa nhé." as "Remember to lock the
    door." (_REQUEST); None for anything else."""
    m = _REQUEST.fullmatch(text)
    told = bool(m and (m["dont"] or m["remember"]))
    if not m or not (said := _act(m, told or bool(m["please"]))) or told and (m["me"] or said[0] == "get") or (
            m["please"] and m["remember"]):
        return None
    verb, door = said
    if told:
        said = f"remember to {verb} {door}." if m["remember"] else f"don't {'forget to ' * bool(m['forget'])}" \
            f"{verb} {door}."
        return capitalised(f"please {said}" if m["please"] else said)
    if m["me"]:
        return f"Please {verb} {door} for me." if m["please"] else f"Could you {verb} {door} for me?"
    if m["please"] and keyed(m["please"]) != "hãy":
        return f"Please {verb} {door}."
    return capitalised(f"{verb} {door}.") if m["end"] or m["soft"] else None  # (not a label: "Đóng cửa sổ")


def _can(text: str) -> str | None:
    """"Bạn đóng cửa giúp tôi được không?" as "Could you close the door for me?", "Tôi mở cửa sổ được không?" as "Can
    I open the window?" (_CAN); None for anything else, and for "I" asking for themselves ("Tôi … giúp tôi")."""
    m = _CAN.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["can"] or m["ok"]) or not (said := _act(m)):
        return None
    person, word = who(m, True), keyed(m["who"] or "")
    # ("Em mở cửa sổ được không?" may be the younger asking leave; "giúp em" says it is asked of "anh", "chị")
    kin = person and person[0] == "you" and word != "bạn"
    if person is None or kin and (not m["me"] or word == m["me"]) or m["me"] and person[0] in ("I", "we") or (
            said[0] == "get" and person[0] != "you"):
        return None
    verb, door = said
    me = " for me" if m["me"] else ""
    return f"Could you {verb} {door}{me}?" if person[0] == "you" else f"Can {person[0]} {verb} {door}{me}?"


def _let(text: str) -> str | None:
    """"Để tôi ra mở cửa." as "Let me get the door.", "Tôi đóng cửa sổ nhé?" as "Shall I close the window?", "Bạn có
    phiền nếu tôi mở cửa sổ không?" as "Do you mind if I open the window?" (_LET, _MIND); None for anything else."""
    if m := _MIND.fullmatch(text):
        said = _act(m, True)
        return said and said[0] != "get" and f"Do you mind if I {said[0]} {said[1]}?" or None
    m = _LET.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or not (said := _act(m, True)) or asked != bool(m["shall"] and not m["let"]) or not (m["let"] or asked):
        return None
    return f"Shall I {said[0]} {said[1]}?" if asked else f"Let me {said[0]} {said[1]}."


def _done(text: str) -> str | None:
    """"Bạn khóa cửa chưa?" as "Have you locked the door?", "Bạn có khóa cửa không?" as "Did you lock the door?",
    "Tôi khóa cửa rồi." as "I've locked the door.", "Tôi quên đóng cửa sổ." as "I forgot to close the window." (_DONE);
    None for anything else, a plain "Tôi khóa cửa." (a habit?) and a shop's ("Chúng tôi đóng cửa rồi.")."""
    m = _DONE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (person := who(m, asked)) is None:
        return None
    tense, tail = " ".join((m["tense"] or "").split()), m["tail"]
    said = _act(m, tense in ("quên", "có nhớ"))
    if not said or said[0] == "get":
        return None
    (who_, one), (verb, door) = person, said
    done = _FORMS[verb][2]
    if asked:
        if tail == "chưa" and tense in ("", "đã"):
            return f"{'Has' if one else 'Have'} {who_} {done} {door}?"
        if tail == "không" and tense in ("có", "có nhớ"):
            return f"Did {who_} {'remember to ' * (tense == 'có nhớ')}{verb} {door}?"
        return None
    if tense == "quên" and tail in (None, "rồi"):
        return capitalised(f"{who_} forgot to {verb} {door}.")
    if tail == "rồi" and tense in ("", "đã") or tense in ("vừa", "mới") and tail in (None, "rồi"):
        just = "just " if tense in ("vừa", "mới") else ""
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{done} {door}."))
    if tail is None and tense in ("đã", "chưa", "đã không"):
        return capitalised(f"{who_} {_FORMS[verb][1]} {door}." if tense == "đã" else f"{who_} didn't {verb} {door}."
                           if tense == "đã không" else f"{who_} {'hasn' if one else 'haven'}'t {done} {door}.")
    return None


def _left(text: str) -> str | None:
    """"Bạn để cửa mở." as "You left the door open.", "Ai để cửa sổ mở vậy?" as "Who left the window open?", "Đừng để
    cửa mở." as "Don't leave the door open." (_LEFT); None for anything else."""
    m = _LEFT.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["ai"]) or m["dont"] and m["again"]:
        return None
    door = f"{'this' if m['this'] else 'the'} {DOORS[keyed(m['door'])]}"
    state = "open" if m["open"] else "unlocked"
    if m["dont"]:
        return f"Don't leave {door} {state}."
    person = ("Who", True) if m["ai"] else who(m, False)
    again = " again" if m["again"] else ""
    return person and capitalised(f"{person[0]} left {door} {state}{again}{'?' if asked else '.'}")


def _state(text: str) -> str | None:
    """"Cửa sổ vẫn mở." as "The window is still open.", "Cửa đã khóa chưa?" as "Is the door locked?", "Cửa chưa
    khóa." as "The door isn't locked yet." (_STATE); None for anything else, and for "không" before "mở" or "đóng"
    ("Cửa không mở.": won't open?)."""
    m = _STATE.fullmatch(text)
    if not m:
        return None
    asked, mark, tail, still = "?" in m["end"], m["mark"], m["tail"], bool(m["still"])
    door = f"{'this' if m['this'] else 'the'} {DOORS[keyed(m['door'])]}"
    state = _STATES[m["state"]]
    if mark in ("bị", "không") and state != "locked" or mark == "đang" and state == "locked":
        return None
    if asked:
        if tail == "chưa" and mark in (None, "đã") and not (still or m["ask"]) or tail == "không" and (
                m["ask"] or still) and mark in (None, "đang") and not (m["ask"] and still):
            return f"Is {door}{' still' * still} {state}?"
        return None
    if m["ask"] or tail in ("chưa", "không"):
        return None
    if mark in ("chưa", "không"):
        return capitalised(f"{door}{' still' * still} isn't {state}{' yet' * (mark == 'chưa' and not still)}.")
    if still and mark is None and tail is None or mark in ("đang", "đã", "bị") or tail == "rồi":
        return capitalised(f"{door} is{' still' * still} {state}.")
    return None


def _door_vi(m: re.Match) -> str | None:
    """The door of a match of _DOOR_EN in Vietnamese ("cửa sổ", "cửa này"); None for "this" with many ("this
    windows")."""
    door = keyed(m["door"])
    if door in _MANY and m["det"].lower() == "this":
        return None
    return f"{DOORS_VI[door]}{' này' * (m['det'].lower() == 'this')}"


def _verb_vi(m: re.Match, form: int | None) -> str | None:
    """The Vietnamese of a match's verb (_VERB_EN) if it is in the English form wanted (None: the base; else the
    index in _FORMS: 1 the past, 2 the participle, 3 "-ing"); None for another form ("Did you locked")."""
    said = m["verb"].lower()
    base = _BASES[said]
    return _VERBS_VI[base] if said == (base if form is None else _FORMS[base][form]) else None


def _request_vi(text: str) -> str | None:
    """"Please close the window." as "Làm ơn đóng cửa sổ lại.", "Don't forget to lock the door." as "Đừng quên khóa
    cửa nhé.", "Close the door." as "Đóng cửa lại." (_REQUEST_EN); None for anything else."""
    m = _REQUEST_EN.fullmatch(text)
    if not m or not (verb := _verb_vi(m, None)) or not (door := _door_vi(m)) or m["please"] and m["please2"]:
        return None
    please = "Làm ơn " if m["please"] or m["please2"] else ""
    if m["dont"] or m["remember"]:
        if m["me"]:
            return None
        said = "Nhớ" if m["remember"] else f"Đừng{' quên' * bool(m['forget'])}"
        nhe = " nhé" if m["remember"] or m["forget"] else ""
        return capitalised(f"{please}{said.lower() if please else said} {verb} {door}{nhe}.")
    if not (please or m["me"] or m["end"]):
        return None  # (a label: "Close the window" is "Đóng cửa sổ")
    back = f" {_BACK[verb]}" if verb in _BACK else ""
    return capitalised(f"{please}{verb} {door}{back}{' giúp tôi' * bool(m['me'])}.")


def _can_vi(text: str) -> str | None:
    """"Could you close the door?" as "Bạn đóng cửa lại giúp tôi được không?", "Can I open the window?" as "Tôi mở
    cửa sổ được không?", "Would you mind closing the window?" as "Bạn đóng cửa sổ lại giúp tôi được không?" (_CAN_EN,
    _MIND_EN); None for anything else."""
    if m := _MIND_EN.fullmatch(text):
        verb, door = _verb_vi(m, None if m["if"] else 3), _door_vi(m)
        if not verb or not door:
            return None
        if m["if"]:
            return f"Bạn có phiền nếu tôi {verb} {door} không?" if text.startswith("Do") else None
        return f"Bạn {verb} {door}{' ' + _BACK[verb] if verb in _BACK else ''} giúp tôi được không?"
    m = _CAN_EN.fullmatch(text)
    if not m:
        return None
    who_, _ = who_vi(m)
    if m["get"]:
        return "Bạn ra mở cửa giúp tôi được không?" if who_ == "bạn" and not m["me"] else None
    if not (verb := _verb_vi(m, None)) or not (door := _door_vi(m)):
        return None
    if who_ == "bạn":
        back = f" {_BACK[verb]}" if verb in _BACK else ""
        return None if m["modal"] == "May" else f"Bạn {verb} {door}{back} giúp tôi được không?"
    if m["me"] or m["modal"] in ("Will", "Would"):
        return None
    return capitalised(f"{who_} {verb} {door} được không?")


def _let_vi(text: str) -> str | None:
    """"Let me get the door." and "I'll get the door." as "Để tôi ra mở cửa.", "Shall I close the window?" as "Tôi
    đóng cửa sổ nhé?" (_LET_EN); None for anything else."""
    m = _LET_EN.fullmatch(text)
    if not m or ("?" in (m["end"] or m["end2"] or "")) != bool(m["shall"]):
        return None
    if m["will"] or m["get"]:
        doing = "ra mở cửa"
    elif not (verb := _verb_vi(m, None)) or not (door := _door_vi(m)):
        return None
    else:
        doing = f"{verb} {door}"
    return f"Tôi {doing} nhé?" if m["shall"] else f"Để tôi {doing}."


def _done_vi(text: str) -> str | None:
    """"Did you lock the door?" and "Have you locked the door?" as "Bạn đã khóa cửa chưa?", "I've locked the door."
    as "Tôi khóa cửa rồi.", "I forgot to lock the door." as "Tôi quên khóa cửa." (_DONE_EN, _DID_EN); None for
    anything else, and where the verb does not agree with who ("Has you", "She have", "Did you locked")."""
    if m := _DONE_EN.fullmatch(text):
        who_, one = who_vi(m)
        did = m["aux"] == "Did"
        verb, door = _verb_vi(m, None if did else 2), _door_vi(m)
        if not verb or not door or not did and (m["remember"] or (m["aux"] == "Has") != one) or did and m["yet"]:
            return None
        return capitalised(f"{who_} có nhớ {verb} {door} không?" if m["remember"] else f"{who_} đã {verb} {door} chưa?")
    m = _DID_EN.fullmatch(text)
    if not m or not (door := _door_vi(m)):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split()).replace(" not", "n't")  # ("has not": "hasn't")
    has = aux.startswith(("'s", "has"))
    if aux.startswith(("'ve", "have", "'s", "has")) and has != one or m["yet"] and "n't" not in aux:
        return None
    if m["forgot"] or aux.startswith("did"):
        verb = _verb_vi(m, None)
        if not verb or m["forgot"] and (aux or m["just"]) or m["just"] and aux:
            return None
        return capitalised(f"{who_} {'quên' if m['forgot'] else 'không'} {verb} {door}.")
    if not aux:
        verb = _verb_vi(m, 1)
        return verb and capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {verb} {door}.")
    if not (verb := _verb_vi(m, 2)) or "n't" in aux and m["just"]:
        return None
    if "n't" in aux:
        return capitalised(f"{who_} chưa {verb} {door}.")
    return capitalised(f"{who_} vừa {verb} {door}." if m["just"] else f"{who_} {verb} {door} rồi.")


def _left_vi(text: str) -> str | None:
    """"You left the door open." as "Bạn để cửa mở.", "Who left the window open?" as "Ai để cửa sổ mở vậy?", "Don't
    leave the door open." as "Đừng để cửa mở." (_LEFT_EN); None for anything else."""
    m = _LEFT_EN.fullmatch(text)
    if not m or not (door := _door_vi(m)) or ("?" in m["end"]) != (m["asker"] == "Who") or (
            m["left"] == "leave") != bool(m["dont"]):
        return None
    state = _STATES_VI[m["state"]]
    if m["dont"]:
        return None if m["again"] else f"Đừng để {door} {state}."
    if m["asker"]:
        return f"{'Ai' if m['asker'] == 'Who' else 'Có người'}{' lại' * bool(m['again'])} để {door} {state}" + (
            " vậy?" if m["asker"] == "Who" else ".")
    return capitalised(f"{who_vi(m)[0]}{' lại' * bool(m['again'])} để {door} {state}.")


def _state_vi(text: str) -> str | None:
    """"The window is still open." as "Cửa sổ vẫn còn mở.", "Is the door locked?" as "Cửa đã khóa chưa?", "The door
    isn't locked." as "Cửa chưa khóa." (_STATE_EN); None for anything else, and where "is" does not agree with the
    door ("The windows is")."""
    m = _STATE_EN.fullmatch(text)
    if not m or not (door := _door_vi(m)) or bool(m["is"]) == bool(m["be"]) or bool(m["is"]) != ("?" in m["end"]):
        return None
    be = (m["is"] or m["be"]).strip().lower().replace("’", "'")
    state, still, no = m["state"], bool(m["still"]), bool(m["not"])
    if (be in ("are", "'re")) != (keyed(m["door"]) in _MANY) or m["is"] and no or m["yet"] and not no:
        return None
    said = _STATES_VI[state]
    if m["is"]:
        if state == "unlocked":
            return None
        if state == "open":
            return capitalised(f"{door} {'còn' if still else 'có đang'} mở không?")
        return capitalised(f"{door} {'vẫn còn ' + said + ' không' if still else 'đã ' + said + ' chưa'}?")
    if no:
        if state == "unlocked":
            return None
        return capitalised(f"{door} {'vẫn ' * still}{'không' if state == 'open' else 'chưa'} {said}.")
    if state == "open":
        return capitalised(f"{door} {'vẫn còn' if still else 'đang'} mở.")
    return capitalised(f"{door} vẫn {said}." if still else f"{door} {said}{' rồi' * (state != 'unlocked')}.")
