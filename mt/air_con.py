"""Air conditioning and fans set and argued over, both ways, written whole by rule. v8 with every current rule reads
"điều hòa" as peace, "để" as to or let and "turn" as transform: "Điều hòa để bao nhiêu độ?" → "How much is the
peace?", "Để điều hòa 26 độ." → "To regulate 26 degrees.", "Giảm điều hòa xuống." → "Reduce the peace down.", "Điều
hòa lạnh quá." → "It's too cold.", "Điều hòa không đủ lạnh." → "The peace is not enough cold.", "Vặn quạt nhỏ lại."
→ "The small fans are back.", "Không có điều hòa tôi không ngủ được." → "No peace I couldn't sleep.", "Nhà tôi có
điều hòa." → "My home has a drawback.", "Bật điều hòa lên đi, nóng quá." → "Turn on the air conditioning go up,
hot."; "Turn the air conditioning down." → "Hóa điều hòa xuống.", "Set the air conditioning to 26 degrees." → "Đặt
điều hòa thành 26 độ.", "What temperature is the air conditioning on?" → "Việc điều hòa nhiệt độ là gì?", "Turn the
fan down." → "Hãy biến fan hâm mộ xuống.", "Put the air conditioning on 25." → "Đặt cái điều hòa vào ngày 25.",
"The air con is too strong." → "Không khí quá mạnh.".

Taken: the air conditioning ("điều hòa", "máy lạnh"), the fan or the temperature turned up or down (a bit, or to 16 to
32 degrees), or the air conditioning set to a number of degrees: told, asked of "you", asked leave, offered ("Để tôi
…", "Tôi … nhé?"); what it is set to, or who usually sets it to, said or asked; it too cold, strong, weak or noisy,
not cold enough or not cooling; who can't sleep without it (on); whose house, room, bedroom, flat or office has it, or
whether there is one there; a clause told of it (mt/switches.py's or these) with "nóng quá", "lạnh quá" before or
after. "Turn the air conditioning down" and "giảm điều hòa xuống" both turn the machine down (warmer, or less cold?
neither tells) and are written as each other; "the temperature" is turned up or down. Left: turning it on or off, on
or off now (mt/switches.py), broken (mt/broken.py), "It's too cold in here." (mt/temperatures.py), "Phòng này có
điều hòa không?" (mt/patterns.py), "mát quá" (praise), "quạt lạnh" (an air cooler), "Quạt to quá." (big or loud?),
a fan's speed by number, "I set the air conditioning to 26." (then, or every day?), a kinship word alone saying it.
mt.phrasebook.translate tries these after mt/fridge.py.

    >>> translate("Điều hòa để bao nhiêu độ?", "vi", "en"), translate("Turn the air conditioning down.", "en", "vi")
    ('What temperature is the air conditioning set to?', 'Giảm điều hòa xuống.')
"""
from __future__ import annotations

import re

from . import broken, switches
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# what is turned up or down (mt/broken.py's words for them; "air conditioning", as the English for the cooling)
DEVICES = {vi: "fan" if en == "fan" else "air conditioning" for vi, en in broken.THINGS.items()
           if en in ("air conditioner", "fan")}
DEVICES_VI = {"air conditioning": "điều hòa", "air conditioner": "điều hòa", "air con": "điều hòa",  # (small letters)
              "aircon": "điều hòa", "ac": "điều hòa", "a/c": "điều hòa", "fan": "quạt"}
_AC = "air conditioning"
# which way, and how it is written back (a fan "to lên", "nhỏ lại"; anything else "tăng … lên", "giảm … xuống")
_UP = {"lên": "up", "to lên": "up", "mạnh lên": "up", "cao lên": "up", "xuống": "down", "nhỏ lại": "down",
       "nhỏ xuống": "down", "thấp xuống": "down"}
_UP_VI = {("up", False): ("tăng", "lên"), ("down", False): ("giảm", "xuống"), ("up", True): ("vặn", "to lên"),
          ("down", True): ("vặn", "nhỏ lại")}
_N = r"(?P<n>1[6-9]|2\d|3[0-2])"  # (degrees the air conditioning is set to; "xuống 10 độ" may be by how much)
_BIT = r"(?P<bit>\s+(?:một\s+)?(?:chút|tí)(?:\s+xíu)?)?"
# how the air conditioning or the fan is ("quá" of a complaint: too), and back
_HOW = {"lạnh": "cold", "mạnh": "strong", "yếu": "weak", "ồn": "noisy"}
_HOW_VI = {en: vi for vi, en in _HOW.items()} | {"loud": "ồn"}
_MUCH = {"quá": "too", "lắm": "really", "rất": "very", "hơi": "a bit", "khá": "quite"}
_MUCH_VI = {"too": ("", "quá"), "so": ("", "quá"), "very": ("rất", ""), "really": ("rất", ""),
            "quite": ("khá", ""), "a bit": ("hơi", ""), "a little": ("hơi", "")}
# where it is had ("Nhà tôi có điều hòa.")
_PLACES = {"nhà": "house", "phòng": "room", "phòng ngủ": "bedroom", "căn hộ": "apartment",
           "văn phòng": "office"}
_PLACES_VI = {en: vi for vi, en in _PLACES.items()} | {"home": "nhà", "flat": "căn hộ"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:điều\s+hòa|máy\s+lạnh|quạt|nhiệt\s+độ)"),
         "en": lazy(r"(?i:air\s*con|\ba/?c\b|\bfan\b|temperature)")}

_DEV = rf"(?:(?i:cái|chiếc)\s+)?(?P<dev>(?i:{alternatives(DEVICES)}))"
# turned up or down, or set ("giảm điều hòa xuống một chút", "tăng nhiệt độ điều hòa lên", "để điều hòa 26 độ")
_ACT = (rf"(?P<verb>(?i:tăng|giảm|chỉnh|vặn|để|cài|đặt))\s+(?:(?P<temp>nhiệt\s+độ)(?:\s+(?:của\s+)?"
        rf"{_DEV.replace('?P<dev>', '?P<on>')})?|{_DEV})(?:\s+(?P<dir>{alternatives(_UP)}))?{_BIT}"
        rf"(?:\s+(?:ở\s+|về\s+)?{_N}\s+độ)?")
_FOR_ME = r"(?P<forme>\s+(?:giúp|giùm|hộ|cho)\s+(?:tôi|mình))?"
_TOLD = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng))\s+|(?i:hãy)\s+|(?P<dont>(?i:đừng))\s+)?{_ACT}"
             rf"{_FOR_ME}(?:\s+(?:đi|nhé|nha|với))?{SOFTENED_END}")
_ASK = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?(?:(?P<help>giúp\s+tôi)\s+)?{_ACT}{_FOR_ME}"
            rf"(?:\s+(?P<can2>được))?\s+không{SOFTENED_END}")
_OFFER = lazy(rf"(?:(?P<let>(?i:để))\s+(?:tôi|mình)|(?i:tôi|mình))\s+{_ACT}"
              rf"(?:\s+(?P<shall>nhé|nha))?{SOFTENED_END}")
# what it is set to ("Điều hòa đang để 18 độ.", "Điều hòa để bao nhiêu độ?", "Bạn thường để điều hòa bao nhiêu độ?")
_DEGREES = rf"(?:ở\s+)?(?:{_N}|(?P<what>bao\s+nhiêu))\s+độ"
_SET = lazy(rf"{_DEV}\s+(?:(?P<now>đang)\s+)?(?:(?P<put>để|chỉnh)\s+)?{_DEGREES}{SOFTENED_END}")
_SETS = lazy(rf"{WHO}\s+(?:(?P<usually>thường|hay)\s+|(?P<did>đã)\s+)?để\s+{_DEV}\s+{_DEGREES}"
             rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# how it is ("Điều hòa lạnh quá.", "Điều hòa không đủ lạnh.", "Quạt mạnh quá.")
_STATE = lazy(rf"{_DEV}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<before>rất|hơi|khá)\s+|"
              r"(?P<enough>đủ)\s+)?(?P<w>lạnh|mát|mạnh|yếu|ồn)(?:\s+(?P<after>quá|lắm))?"
              rf"{ASKED_END}")
# who can't sleep without it ("Tôi không ngủ được nếu không có điều hòa.", "Không có quạt tôi không ngủ được.")
_SLEEP = r"\s+không\s+(?:(?P<can>thể)\s+)?ngủ(?:\s+(?P<can2>được))?"
_WITHOUT = [lazy(rf"{WHO}{_SLEEP}\s+(?:nếu|mà|khi)\s+(?:không\s+(?:(?P<on>bật)|có)|thiếu)\s+{_DEV}"
                 rf"{SOFTENED_END}"),
            lazy(rf"(?:(?i:nếu)\s+)?(?i:không)\s+(?:(?P<on>bật)|có)\s+{_DEV}(?:\s+thì|\s*,)?\s+{WHO}"
                 rf"{_SLEEP}{SOFTENED_END}")]
# a house or a room that has it ("Nhà tôi có điều hòa.", "Phòng ngủ của bạn có quạt không?")
_HAS = lazy(rf"(?P<place>(?i:{alternatives(_PLACES)}))(?:\s+(?:của\s+)?(?P<owner>(?i:"
            rf"{alternatives(OWNERS)}))|\s+(?P<this>này))?\s+(?P<not>không\s+)?có\s+{_DEV}{ASKED_END}")
# it so hot or so cold, before or after a clause told ("Bật điều hòa lên đi, nóng quá.")
_HOT = lazy(r"(?:(?P<in>(?i:trong\s+này|trong\s+phòng))\s+)?(?:(?P<w>(?i:nóng|lạnh))\s+(?:quá|thế|ghê)|"
            r"(?i:hơi)\s+(?P<bit>nóng|lạnh))")
_HOT_EN = lazy(r"(?i:it['’]s|it\s+is)\s+(?:(?P<d>so|too|really|a\s+bit)\s+)?(?P<w>(?i:hot|cold|freezing|"
               r"boiling))(?:\s+in\s+(?P<in>here|the\s+room))?")
_DOING = ("Turn", "Set", "Please", "Could you", "Don't", "Let me", "Bật", "Tắt", "Tăng", "Giảm", "Vặn", "Để",
          "Làm ơn", "Đừng", "Bạn")

# ... and in English ("turn the air conditioning down a bit", "turn up the fan", "set the AC to 26 degrees")
_DEV_EN = rf"(?P<dev>(?i:{alternatives(DEVICES_VI)}))"
_THING_EN = rf"(?i:the)\s+(?:(?P<temp>temperature)(?:\s+on\s+the\s+(?P<on>{alternatives(DEVICES_VI)}))?|{_DEV_EN})"
_DEGREES_EN = r"(?:\s*°C?|\s+degrees)?"
_ACT_EN = (rf"(?:(?P<set>(?i:set|put))|(?i:turn)(?:\s+(?P<dir>up|down))?)\s+{_THING_EN}(?:\s+(?P<dir2>up|down))?"
           rf"(?P<bit>\s+a\s+(?:little\s+)?bit|\s+a\s+little)?(?:\s+(?P<to>to|on|at)\s+{_N}{_DEGREES_EN})?"
           rf"(?:\s+on\s+the\s+(?P<on2>{alternatives(DEVICES_VI)}))?")
_TOLD_EN = lazy(rf"(?:(?P<please0>Please)\s+|(?P<dont>Don['’]t|Do\s+not)\s+|(?P<let>Let\s+(?:me|us))\s+)?"
                rf"{_ACT_EN}(?:,?\s+(?P<please>please))?\s*(?P<end>[.!]*)")
_ASK_EN = lazy(rf"(?P<can>Can|Could|Would|Will|Shall)\s+(?P<you>you|I|we)\s+(?:please\s+)?{_ACT_EN}"
               r"(?P<forme>\s+for\s+me)?(?:,?\s+please)?\s*\?+")
# what it is set to, what who sets it to, who has set it (by its place in the list: _set_vi)
_TO_EN = rf"\s+(?:to|at|on)\s+{_N}{_DEGREES_EN}\s*[.!]*"
_SET_EN = [lazy(rf"The\s+{_DEV_EN}(?:\s+is|['’]s)\s+(?:set\s+)?(?:to|on|at)\s+{_N}{_DEGREES_EN}\s*[.!]*"),
           lazy(rf"What(?:\s+temperature\s+is|['’]s|\s+is)\s+the\s+{_DEV_EN}\s+(?:set\s+)?(?:to|on|at)"
                r"\s*\?+"),
           lazy(rf"What\s+temperature\s+(?P<do>do|does)\s+{WHO_EN}\s+(?:usually\s+)?(?:set|keep|have)"
                rf"\s+the\s+{_DEV_EN}\s+(?:to|at|on)\s*\?+"),
           lazy(rf"{WHO_EN}\s+(?:usually|normally|always)\s+(?P<v>sets?|keeps?)\s+the\s+{_DEV_EN}{_TO_EN}"),
           lazy(rf"{WHO_EN}(?P<has>['’]ve|\s+have|['’]s|\s+has)\s+set\s+the\s+{_DEV_EN}{_TO_EN}")]
_STATE_EN = [lazy(rf"The\s+{_DEV_EN}(?:\s+is|['’]s)(?P<not>\s+not|n['’]t)?\s+(?:(?P<d>"
                  rf"{alternatives(_MUCH_VI)})\s+)?(?:(?P<w>{alternatives(_HOW_VI)})(?P<enough>\s+enough)?|"
                  r"(?P<cooling>cooling))\s*[.!]*"),
             lazy(rf"Is\s+the\s+{_DEV_EN}\s+(?P<w>cold|strong)(?P<enough>\s+enough)\s*\?+")]
_WITHOUT_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+sleep\s+without\s+(?:(?P<the>the|an?)"
                   rf"\s+)?{_DEV_EN}(?P<on>\s+on)?\s*[.!]*")
_THING_HAD = r"(?P<thing>air\s+conditioning|a\s+fan|an\s+air\s+conditioner)"
_PLACE_EN = rf"(?P<owner>(?i:the|this|{alternatives(WHOSE_VI)}))\s+(?P<place>{alternatives(_PLACES_VI)})"
_HAS_EN = [lazy(rf"{_PLACE_EN}\s+(?:(?P<has>has)|doesn['’]t\s+have|does\s+not\s+have)\s+{_THING_HAD}"
                r"\s*[.!]*"),
           lazy(rf"(?P<asked>Does)\s+{_PLACE_EN}\s+have\s+{_THING_HAD}\s*\?+"),
           lazy(rf"(?:(?P<asked>Is)\s+there|There(?:['’]s|\s+is)\s+(?P<no>no))\s+{_THING_HAD}\s+in\s+"
                rf"{_PLACE_EN}\s*[.!?]*")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that turns the air conditioning, a fan or the temperature up or down or sets
    it, asks or says what it is set to or how it is, says who can't sleep without it or whose house has it; None for
    any other."""
    if src == "vi":
        return _told(text) or _set(text) or _state(text) or _without(text) or _has(text) or _hot(text, src)
    return _told_vi(text) or _set_vi(text) or _state_vi(text) or _without_vi(text) or _has_vi(text) or _hot(text, src)


def _doing(m: re.Match) -> str | None:
    """What is done of a match of _ACT, in English: "turn the air conditioning down a bit", "turn the temperature up
    on the air conditioning", "set the air conditioning to 26 degrees"; None where the verb and the way disagree
    ("tăng … xuống"), for "để" without degrees, and degrees of a fan."""
    verb, way = keyed(m["verb"]), _UP.get(keyed(m["dir"] or ""))
    dev = DEVICES[keyed(m["dev"] or m["on"])] if m["dev"] or m["on"] else None
    if way is None and verb in ("tăng", "giảm"):
        way = "up" if verb == "tăng" else "down"
    if verb in ("tăng", "giảm") and way != ("up" if verb == "tăng" else "down") or dev == "fan" and (
            m["temp"] or m["n"]) or m["n"] and m["bit"] or verb in ("để", "cài", "đặt") and (way or not m["n"]):
        return None
    thing = "the temperature" if m["temp"] else f"the {dev}"
    on = f" on the {dev}" if m["temp"] and dev else ""
    if not way:
        return f"set {thing} to {m['n']} degrees{on}" if m["n"] else None
    to = f" to {m['n']} degrees" if m["n"] else ""
    return f"turn {thing} {way}{' a bit' * bool(m['bit'])}{to}{on}"


def _told(text: str) -> str | None:
    """"Giảm điều hòa xuống." as "Turn the air conditioning down.", "Để điều hòa 26 độ." as "Set the air conditioning
    to 26 degrees.", "Bạn giảm điều hòa xuống được không?" as "Could you turn the air conditioning down?", "Tôi tăng
    điều hòa lên nhé?" as "Shall I turn the air conditioning up?" (_TOLD, _ASK, _OFFER); None for anything else, and
    "em" asked ("may I", as often as "can you")."""
    if m := _TOLD.fullmatch(text):
        if "?" in m["end"] or (doing := _doing(m)) is None or m["forme"] and m["dont"]:
            return None
        if m["forme"]:
            return f"Could you {doing} for me?"
        lead = "please " if m["please"] else "don't " if m["dont"] else ""
        return capitalised(f"{lead}{doing}.")
    if (m := _OFFER.fullmatch(text)) and bool(m["let"]) != bool(m["shall"]) and bool(m["shall"]) == ("?" in m["end"]):
        doing = _doing(m)
        return doing and (f"Let me {doing}." if m["let"] else f"Shall I {doing}?")
    m = _ASK.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["can"] or m["can2"]) or (said := who(m, True)) is None or keyed(
            m["who"] or "") == "em" or (doing := _doing(m)) is None or said[0] not in ("you", "I", "we"):
        return None
    forme = m["forme"] or m["help"]
    if said[0] == "you":
        return f"Could you {doing}{' for me' * bool(forme)}?"
    return None if forme else f"Can {said[0]} {doing}?"


def _set(text: str) -> str | None:
    """"Điều hòa đang để 18 độ." as "The air conditioning is set to 18 degrees.", "Điều hòa để bao nhiêu độ?" as
    "What temperature is the air conditioning set to?", "Mẹ tôi thường để điều hòa 27 độ." as "My mother usually
    sets the air conditioning to 27 degrees.", "Tôi để điều hòa 26 độ rồi." as "I've set the air conditioning to 26
    degrees." (_SET, _SETS); None for anything else, a fan, and "Tôi để điều hòa 26 độ." (then, or every day?)."""
    m = _SET.fullmatch(text) or _SETS.fullmatch(text)
    if not m or DEVICES[keyed(m["dev"])] != _AC or bool(m["what"]) != ("?" in m["end"]):
        return None
    if m.re == _SET:
        if m["what"]:
            return f"What temperature is the {_AC} set to?"
        return f"The {_AC} is set to {m['n']} degrees." if m["now"] or m["put"] else None
    said = who(m, bool(m["what"]))
    if said is None or m["what"] and (m["did"] or m["done"]) or m["did"] and not m["done"]:
        return None
    who_, one = said
    if m["what"]:
        return f"What temperature {'does' if one else 'do'} {who_}{' usually' * bool(m['usually'])} set the {_AC} to?"
    if m["usually"]:
        return None if m["done"] else capitalised(f"{who_} usually set{'s' * one} the {_AC} to {m['n']} degrees.")
    has = "has" if one else "have"
    return capitalised(contracted(who_, f"{has} set the {_AC} to {m['n']} degrees.")) if m["done"] else None


def _state(text: str) -> str | None:
    """"Điều hòa lạnh quá." as "The air conditioning is too cold.", "Điều hòa không đủ lạnh." as "The air
    conditioning isn't cold enough.", "Điều hòa không mát." as "The air conditioning isn't cooling.", "Quạt mạnh
    quá." as "The fan is too strong." (_STATE); None for anything else: "mát quá" (praise), a fan cold ("quạt lạnh":
    an air cooler), "lạnh" without how much."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked:
        return None
    dev, w, much = DEVICES[keyed(m["dev"])], m["w"], m["before"] or m["after"]
    how = "cold" if w == "mát" else _HOW[w]
    if dev == "fan" and how == "cold" or m["before"] and m["after"] or much and (m["not"] or m["enough"] or asked):
        return None
    if m["enough"]:
        return f"Is the {dev} {how} enough?" if asked else f"The {dev} is{'nt' * bool(m['not'])} {how} enough."\
            .replace("isnt", "isn't")
    if m["not"]:
        return f"The {dev} isn't cooling." if how == "cold" else None
    return None if asked or not much or w == "mát" else f"The {dev} is {_MUCH[much]} {how}."


def _without(text: str) -> str | None:
    """"Tôi không ngủ được nếu không có điều hòa." and "Không có điều hòa tôi không ngủ được." as "I can't sleep
    without the air conditioning.", "Con tôi không ngủ được nếu không bật quạt." as "My child can't sleep without the
    fan on." (_WITHOUT); None for anything else, and "không ngủ" (doesn't, or can't?)."""
    m = next((m for p in _WITHOUT if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or not (m["can"] or m["can2"]) or (said := who(m, False)) is None:
        return None
    return capitalised(f"{said[0]} can't sleep without the {DEVICES[keyed(m['dev'])]}{' on' * bool(m['on'])}.")


def _has(text: str) -> str | None:
    """"Nhà tôi có điều hòa." as "My house has air conditioning.", "Phòng ngủ của bạn có quạt không?" as "Does your
    bedroom have a fan?", "Nhà này không có điều hòa." as "This house doesn't have air conditioning." (_HAS); None
    for anything else."""
    m = _HAS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else "this" if m["this"] else "the"
    where, dev = f"{whose} {_PLACES[keyed(m['place'])]}", DEVICES[keyed(m["dev"])]
    thing = _AC if dev == _AC else "a fan"
    if asked:
        return f"Does {where} have {thing}?"
    has = "doesn't have" if m["not"] else "has"
    return capitalised(f"{where} {has} {thing}.")


def _hot(text: str, src: str) -> str | None:
    """"Bật điều hòa lên đi, nóng quá." as "Turn on the air conditioner, it's so hot.", "It's freezing, turn the air
    conditioning down." as "Lạnh quá, giảm điều hòa xuống." (_HOT, _HOT_EN, and a clause told of the air conditioning
    or a fan, by mt/switches.py or these); None for anything else, and a question before "it's so hot"."""
    parts = [p.strip() for p in text.split(",")]
    pattern = _HOT if src == "vi" else _HOT_EN
    hot_first = len(parts) == 2 and pattern.fullmatch(parts[0])
    hot = hot_first or len(parts) == 2 and pattern.fullmatch(parts[1].rstrip(".!"))
    end = parts[-1][-1:] if parts[-1][-1:] in ".!?" else "."
    told = hot and _told_any(capitalised(parts[1 if hot_first else 0].rstrip(".!?")) + end, src)
    said = told and told.startswith(_DOING) and (hot_first or not told.endswith("?")) and _hot_said(hot, src)
    if not said or _reversed(said, told):
        return None
    return f"{capitalised(said)}, {told[0].lower()}{told[1:]}" if hot_first else f"{told[:-1]}, {said}."


def _reversed(said: str, told: str) -> bool:
    """Whether "down" (less cooling, in English) goes with hot, or "up" with cold: "Nóng quá, giảm điều hòa xuống."
    means lower the setting (more cooling), which English "turn it down" does not; both are left."""
    hot = "hot" in said or "nóng" in said
    told_ = told.lower()
    down = any(w in told_ for w in (" down", "giảm", "nhỏ lại"))
    up = any(w in told_ for w in (" up", "tăng", "to lên"))
    return ("air condition" in told_ or "điều hòa" in told_) and (hot and down or not hot and up)


def _hot_said(m: re.Match, src: str) -> str | None:
    """How hot or cold it is, of a match of _HOT in English ("it's so hot in here"), of _HOT_EN in Vietnamese ("trong
    này hơi lạnh"); None for "it's hot" without how much (of the soup?)."""
    if src == "vi":
        where = "" if not m["in"] else " in here" if keyed(m["in"]).endswith("này") else " in the room"
        return f"it's {'a bit' if m['bit'] else 'so'} {'hot' if keyed(m['w'] or m['bit']) == 'nóng' else 'cold'}{where}"
    w = "lạnh" if m["w"].lower() in ("cold", "freezing") else "nóng"
    if not (m["d"] or m["w"].lower() in ("freezing", "boiling")):
        return None
    said = f"hơi {w}" if m["d"] == "a bit" else f"{w} quá"
    return f"trong {'này' if m['in'] == 'here' else 'phòng'} {said}" if m["in"] else said


def _told_any(text: str, src: str) -> str | None:
    """A clause told of the air conditioning or a fan, by mt/switches.py or these; None for any other."""
    said = switches.translate(text, src, "en" if src == "vi" else "vi") or (_told if src == "vi" else _told_vi)(text)
    things = ("air condition", "fan", "temperature", "điều hòa", "quạt", "nhiệt độ")
    return said if said and any(t in said for t in things) else None


def _doing_vi(m: re.Match) -> str | None:
    """What is done of a match of _ACT_EN, in Vietnamese: "giảm điều hòa xuống một chút", "vặn quạt to lên",
    "tăng nhiệt độ điều hòa lên", "để điều hòa 26 độ"; None for "up" said twice, no way, degrees of a fan."""
    dev = DEVICES_VI.get((m["dev"] or m["on"] or m["on2"] or "").lower())
    fan, n, way = dev == "quạt", m["n"], m["dir"] or m["dir2"]
    if fan and (n or m["temp"]) or m["on"] and m["on2"] or m["on2"] and not m["temp"] or m["dir"] and m["dir2"] or (
            n and m["bit"] or (not n or way) if m["set"] else not way or n and m["to"] != "to"):
        return None
    thing = f"nhiệt độ{' ' + dev if dev else ''}" if m["temp"] else dev
    if m["set"]:
        return f"để {thing} {n} độ"
    verb, said = _UP_VI[way, fan and not m["temp"]]
    return f"{verb} {thing} {said}{' một chút' * bool(m['bit'])}{f' {n} độ' if n else ''}"


def _told_vi(text: str) -> str | None:
    """"Turn the air conditioning down." as "Giảm điều hòa xuống.", "Set the AC to 26 degrees." as "Để điều hòa 26
    độ.", "Can you turn the fan up?" as "Bạn có thể vặn quạt to lên không?", "Shall I turn the temperature down?" as
    "Tôi giảm nhiệt độ xuống nhé?" (_TOLD_EN, _ASK_EN); None for anything else."""
    if m := _TOLD_EN.fullmatch(text):
        if (doing := _doing_vi(m)) is None:
            return None
        if m["let"]:
            return f"Để {'chúng tôi' if m['let'].lower().endswith('us') else 'tôi'} {doing}."
        return capitalised(f"{'làm ơn ' if m['please0'] or m['please'] else 'đừng ' if m['dont'] else ''}{doing}.")
    m = _ASK_EN.fullmatch(text)
    if not m or (doing := _doing_vi(m)) is None:
        return None
    can, you = m["can"], m["you"]
    if you == "you" and can == "Shall" or can in ("Would", "Will") and you != "you" or m["forme"] and you != "you":
        return None
    if can == "Shall":  # ("Shall we …?": we with you, "chúng ta")
        return f"{'Tôi' if you == 'I' else 'Chúng ta'} {doing} nhé?"
    if m["forme"]:
        return f"Bạn {doing} giúp tôi được không?"
    return f"{'Bạn' if you == 'you' else 'Tôi' if you == 'I' else 'Chúng tôi'} có thể {doing} không?"


def _set_vi(text: str) -> str | None:
    """"The air conditioning is set to 18 degrees." as "Điều hòa đang để 18 độ.", "What temperature is the air
    conditioning on?" as "Điều hòa đang để bao nhiêu độ?", "She usually sets the AC to 27." as "Cô ấy thường để
    điều hòa 27 độ.", "I've set the air con to 26." as "Tôi đã để điều hòa 26 độ rồi." (_SET_EN); None for
    anything else, a fan, and where the verb does not agree with who."""
    i, m = next(((i, m) for i, p in enumerate(_SET_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or DEVICES_VI[m["dev"].lower()] != "điều hòa":
        return None
    if i < 2:
        return f"Điều hòa đang để {m['n']} độ." if i == 0 else "Điều hòa đang để bao nhiêu độ?"
    who_, one = who_vi(m)
    said = {2: m.groupdict().get("do") == "does", 3: (m.groupdict().get("v") or "").endswith("s"),
            4: (m.groupdict().get("has") or "").strip().lstrip("'’") in ("has", "s")}[i]
    if said != one or i == 2 and who_ in ("tôi", "chúng tôi"):  # ("What temperature do I set …?": what should I?)
        return None
    if i == 2:
        return capitalised(f"{who_} thường để điều hòa bao nhiêu độ?")
    return capitalised(f"{who_} {'thường' if i == 3 else 'đã'} để điều hòa {m['n']} độ{' rồi' * (i == 4)}.")


def _state_vi(text: str) -> str | None:
    """"The air conditioning is too cold." as "Điều hòa lạnh quá.", "The air con isn't cold enough." as "Điều hòa
    không đủ lạnh.", "The fan is too noisy." as "Quạt ồn quá.", "Is the AC cold enough?" as "Điều hòa có đủ lạnh
    không?" (_STATE_EN); None for anything else, a fan cold, and how much with "not" or "enough"."""
    m = next((m for p in _STATE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    found = m.groupdict()
    dev, w, d, nt = DEVICES_VI[m["dev"].lower()], m["w"], found.get("d"), found.get("not")
    if dev == "quạt" and w in ("cold", None) or d and (nt or m["enough"]) or found.get("cooling") and not nt:
        return None
    if found.get("cooling") or nt and not m["enough"]:
        return f"{capitalised(dev)} không mát." if found.get("cooling") or w == "cold" else None
    if m["enough"]:
        said = f"đủ {_HOW_VI[w]}"
        return capitalised(f"{dev} có {said} không?" if "?" in text else f"{dev} {'không ' if nt else ''}{said}"
                           f"{'' if nt else ' rồi'}.")
    before, after = _MUCH_VI.get((d or "").lower(), (None, None))
    if before is None:
        return None
    return capitalised(" ".join(x for x in (dev, before, _HOW_VI[w], after) if x) + ".")


def _without_vi(text: str) -> str | None:
    """"I can't sleep without the air conditioning." as "Tôi không ngủ được nếu không có điều hòa.", "She can't sleep
    without the fan on." as "Cô ấy không ngủ được nếu không bật quạt." (_WITHOUT_EN); None for anything else, and "a"
    air conditioning."""
    m = _WITHOUT_EN.fullmatch(text)
    dev = m and (DEVICES_VI[m["dev"].lower()])
    if not m or m["the"] and m["the"].lower() != "the" and dev != "quạt":
        return None
    return capitalised(f"{who_vi(m)[0]} không ngủ được nếu không {'bật' if m['on'] else 'có'} {dev}.")


def _has_vi(text: str) -> str | None:
    """"My house has air conditioning." as "Nhà tôi có điều hòa.", "Does your bedroom have a fan?" as "Phòng ngủ của
    bạn có quạt không?", "Is there air conditioning in the room?" as "Trong phòng có điều hòa không?" (_HAS_EN); None
    for anything else."""
    i, m = next(((i, m) for i, p in enumerate(_HAS_EN) if (m := p.fullmatch(text))), (None, None))
    found = m.groupdict() if m else {}
    asked = bool(found.get("asked"))
    if not m or asked != text.endswith("?") or i == 2 and not (asked or found["no"]):
        return None
    owner, place = m["owner"].lower(), _PLACES_VI[m["place"]]
    of = "" if place in ("nhà", "phòng") else "của "  # ("nhà tôi", "căn hộ của tôi")
    where = place if owner == "the" else f"{place} này" if owner == "this" else f"{place} {of}{WHOSE_VI[owner]}"
    thing = "quạt" if "fan" in m["thing"] else "điều hòa"
    if asked:
        return capitalised(f"{'trong ' * (i == 2)}{where} có {thing} không?")
    return capitalised(f"{where} {'' if found.get('has') else 'không '}có {thing}.")
