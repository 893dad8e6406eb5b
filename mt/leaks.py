"""Leaks and blocked pipes at home, both ways, written whole by rule: a tap, a pipe or the roof leaking, the sink or
the toilet blocked, the toilet that won't flush, a pipe burst, water coming through the ceiling, calling a plumber,
the plumber coming and the landlord sending someone to fix it. v8 (every rule on) reads "rò rỉ" as done to it, "dột"
and "tắc" not at all, "vòi nước" as water and "thợ sửa ống nước" as a pipe: "Vòi nước bị rò rỉ." → "The water was
leaked.", "Trần nhà bị dột." → "The house was blisted.", "Nhà tôi bị dột." → "My house is drunk.", "Bồn cầu bị tắc." →
"The question was ruled.", "Bồn cầu không xả được." → "The demand was not possible.", "Chúng ta cần gọi thợ sửa ống
nước." → "We need to call our pipeline.", "Chủ nhà sẽ cho người đến sửa." → "The owner will give the person to fix.";
and "tap" as a fit, "sink" as sinking, "plumber" as a doll: "The tap is leaking." → "Cơn này đang rò rỉ.", "The sink
is blocked." → "Tiếng chìm bị chặn.", "The toilet won't flush." → "Nhà vệ sinh không flush.", "We need to call a
plumber." → "Chúng ta cần gọi điện cho con búp bê.", "The landlord will send someone to fix it." → "Vịnh hạ cánh sẽ
gởi người nào đó sửa chữa.".

Taken: one of THINGS (tap, pipe, roof, ceiling, sink, toilet, drain, washing machine) with whose it is (mt.terms.OWNERS,
mt.hobbies.SOMEONE), "này", a room, or at someone's house ("nhà tôi"), leaking ("rò rỉ"; "dột": the roof, the ceiling,
"Nhà tôi bị dột."), dripping, blocked, not flushing or burst, now, still, again or asked ("có bị … không?"); a pipe
burst ("Vỡ ống nước rồi."); water coming through the ceiling; who (mt.hobbies.WHO, WHO_EN) needing, having, going to
call a plumber, having called one or not, asked to, or asked whether they know a good one; the plumber coming (on a day
of mt.free_time.when), on the way or here; the landlord sending someone to fix it. Left: a thing broken ("Vòi nước bị
hỏng.": mt/broken.py's), the bath blocked (mt/showers.py's), "Nhà vệ sinh bị tắc." (the phrasebook's), no water
(mt/outages.py's), a flood (mt/floods.py's), how long a thing has leaked, "bị rỉ" alone (also rusty), "There's a leak."
(v8 writes it well), plural things ("The pipes are leaking."), and "anh", "chị" … alone calling a plumber.
mt.phrasebook.translate tries these after mt/sales.py.

    >>> translate("Vòi nước bị rò rỉ.", "vi", "en"), translate("The toilet won't flush.", "en", "vi")
    ('The tap is leaking.', 'Bồn cầu không xả được.')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\brò|rỉ|dột|tắc|nghẹt|xả|vỡ|bể|nhỏ\s+giọt|thợ|chủ\s+nhà|trần)"),
         "en": lazy(r"(?i:leak|drip|block|clog|flush|burst|plumber|landlord|landlady|ceiling)")}
# what leaks or gets blocked ("nhà" only leaking, as the roof: "Nhà tôi bị dột.")
THINGS = {"vòi nước": "tap", "ống nước": "pipe", "đường ống nước": "pipe", "mái nhà": "roof", "nhà": "roof",
          "trần nhà": "ceiling", "bồn rửa": "sink", "chậu rửa": "sink", "bồn rửa bát": "kitchen sink",
          "bồn rửa chén": "kitchen sink", "chậu rửa bát": "kitchen sink", "bồn rửa mặt": "washbasin",
          "lavabo": "washbasin", "bồn cầu": "toilet", "nhà vệ sinh": "toilet", "toilet": "toilet", "cống": "drain",
          "máy giặt": "washing machine"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items()) if vi != "nhà"} | {
    "faucet": "vòi nước", "water pipe": "ống nước", "bathroom sink": "bồn rửa mặt", "basin": "bồn rửa mặt"}
_THINGS_KEYED = {keyed(vi): en for vi, en in THINGS.items()}
# what may be said of each ("dột" of the roof or the ceiling; the roof and the ceiling leak as "dột" back)
_FITS = {"leak": {"tap", "pipe", "roof", "ceiling", "washing machine", "toilet"}, "dot": {"roof", "ceiling"},
         "drip": {"tap"}, "blocked": {"sink", "kitchen sink", "washbasin", "toilet", "drain", "pipe"},
         "flush": {"toilet"}, "burst": {"pipe"}}
_WRONG_EN = {"leak": "leaking", "dot": "leaking", "drip": "dripping", "blocked": "blocked"}
_ROOMS_VI = {"kitchen": "trong bếp", "bathroom": "trong phòng tắm"}
_PLUMBER = "thợ sửa ống nước"

# the thing and whose it is ("vòi nước của tôi", "mái nhà mẹ tôi", "bồn cầu nhà tôi", "bồn rửa trong bếp")
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:của\s+)?(?P<owner>{_OWNER})|"
          rf"\s+(?:của\s+)?(?P<named>{SOMEONE})|\s+(?i:nhà)\s+(?:(?P<howner>{_OWNER})|(?P<hnamed>{SOMEONE}))|"
          r"(?P<this>\s+này)|(?:\s+(?:(?:ở\s+)?trong|ở))?\s+(?:(?P<kitchen>(?:nhà\s+)?bếp)|"
          rf"(?P<bath>(?:phòng|nhà)\s+tắm)|(?P<room>phòng)(?:\s+(?:của\s+)?(?P<rowner>{_OWNER})|"
          r"(?P<thisroom>\s+này))?))?")
_WRONG = (r"(?:bị\s+)?(?:(?P<leak>rò\s+rỉ(?:\s+nước)?|rỉ\s+nước|rò\s+nước)|(?P<dot>dột(?:\s+nước)?)|"
          r"(?P<drip>nhỏ\s+giọt)|(?P<blocked>tắc(?:\s+nghẽn)?|nghẹt)|(?P<flush>xả\s+(?:nước\s+)?được|xả\s+nước)|"
          r"(?P<flush2>xả\s+không\s+được)|(?P<burst>vỡ|bể))")
_STATE = lazy(rf"{_THING}\s+(?:(?P<still>vẫn(?:\s+còn)?)\s+|(?P<again>lại)\s+|(?P<now>đang)\s+|(?P<ask>có)\s+|"
              rf"(?P<did>đã)\s+)?(?:(?P<not>không)\s+)?{_WRONG}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?"
              rf"{SOFTENED_END}")
# a pipe burst at someone's house or none ("Vỡ ống nước rồi.", "Nhà tôi bị vỡ ống nước.")
_PIPE = lazy(rf"(?:(?i:nhà)\s+(?:(?P<howner>{_OWNER})|(?P<hnamed>{SOMEONE}))\s+)?(?:(?i:bị)\s+)?(?i:vỡ|bể)\s+ống\s+"
             rf"nước(?:\s+rồi)?{SOFTENED_END}")
_CEILING = lazy(r"(?:(?i:có)\s+)?(?i:nước)\s+(?:đang\s+)?(?:chảy|dột|thấm|rỉ|rò\s+rỉ)\s+(?:xuống\s+)?(?:qua|từ)\s+"
                rf"trần(?:\s+nhà)?(?:\s+xuống)?{SOFTENED_END}")
# a plumber called ("Chúng ta cần gọi thợ sửa ống nước.", "Bạn gọi thợ sửa ống nước chưa?"), known, coming
_PLUMBER_VI = r"(?i:thợ\s+(?:sửa\s+)?ống\s+nước|thợ\s+sửa\s+nước|thợ\s+nước)"
_CALL = lazy(rf"{WHO}\s+(?:(?P<verb>cần|phải|nên|sẽ|đã|chưa|có\s+thể)\s+)?gọi\s+(?:cho\s+)?(?:một\s+)?(?:người\s+)?"
             rf"{_PLUMBER_VI}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_KNOW = lazy(rf"{WHO}\s+có\s+biết\s+(?:người\s+)?{_PLUMBER_VI}\s+nào(?:\s+(?P<good>tốt|giỏi|uy\s+tín))?\s+"
             rf"không{SOFTENED_END}")
_COMING = lazy(rf"{DAY_OPENING}{_PLUMBER_VI}\s+(?:(?P<will>sẽ|sắp)\s+(?:đến|tới|qua)|(?P<now>đang)\s+(?:đến|tới|"
               rf"qua)|(?:đã\s+)?(?P<here>đến|tới)\s+rồi){DAY_AFTER}{SOFTENED_END}")
_LANDLORD = lazy(rf"{DAY_OPENING}(?i:chủ\s+nhà)(?:\s+(?:của\s+)?(?P<owner>{_OWNER}))?\s+sẽ\s+cho\s+người\s+(?:đến|tới|"
                 rf"qua|sang)\s+sửa(?:\s+(?:nó|lại|cho\s+(?:tôi|chúng\s+tôi)))?{DAY_AFTER}{SOFTENED_END}")
# (the phrasebook's: "Nhà vệ sinh bị tắc.")
_LISTED = lazy(r"(?i:nhà\s+vệ\s+sinh\s+bị\s+tắc)\s*[.!]*")

# ... and in English ("the tap", "my mother's roof", "the kitchen sink", "the tap in the kitchen", "… at my house")
_THING_EN = (rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+|(?P<named>{SOMEONE_EN})['’]s\s+)(?:(?P<room0>kitchen|"
             rf"bathroom)\s+)?(?P<thing>{alternatives(THINGS_VI)})(?:\s+in\s+(?:the\s+(?P<room>kitchen|bathroom)|"
             rf"(?P<rdet>the|this|{WHOSE_WORDS})\s+room)|\s+at\s+(?:(?P<hdet>{WHOSE_WORDS})\s+(?:house|place)|"
             rf"(?P<hnamed>{SOMEONE_EN})['’]s(?:\s+(?:house|place))?))?")
_STATE_EN = lazy(rf"{_THING_EN}(?:(?:\s+is|['’]s)(?P<still>\s+still)?\s+(?:(?P<leaking>leaking)|(?P<dripping>dripping)|"
                 r"(?P<blocked>(?:blocked|clogged)(?:\s+up)?))(?P<again>\s+again)?|(?P<leaks>\s+leaks)|"
                 r"(?P<still2>\s+still)?\s+(?P<flush>won['’]t|will\s+not|doesn['’]t|does\s+not)\s+flush|"
                 r"(?P<burst>\s+has\s+burst|['’]s\s+burst|\s+burst))\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<q>Is|Has|Does)\s+{_THING_EN}\s+(?P<wrong>leaking|dripping|blocked|clogged|burst|flush)\s*\?+")
_PIPE_EN = lazy(rf"A\s+pipe\s+(?:has\s+)?burst(?:\s+at\s+(?:(?P<hdet>{WHOSE_WORDS})\s+(?:house|place)|"
                rf"(?P<hnamed>{SOMEONE_EN})['’]s(?:\s+(?:house|place))?))?\s*[.!]*")
_CEILING_EN = lazy(r"(?:There(?:['’]s|\s+is)\s+water|Water(?:['’]s|\s+is))\s+coming\s+(?:in\s+)?through\s+the\s+"
                   r"ceiling\s*[.!]*")
_CALL_EN = lazy(rf"{WHO_EN}(?P<verb>\s+needs?\s+to|\s+ha(?:ve|s)\s+to|\s+should|\s+will|['’]ll|\s+ha(?:ve|s)|"
                r"['’]ve|\s+ha(?:ve|s)n['’]t|\s+ha(?:ve|s)\s+not)(?:\s+(?P<already>already))?\s+"
                r"(?P<call>call|called)\s+a\s+plumber(?P<yet>\s+yet)?(?P<already2>\s+already)?\s*(?P<end>[.!]*)")
_ASK_EN = lazy(rf"(?P<q>Can|Could|Have|Has|Do|Does)\s+{WHO_EN}\s+(?:please\s+)?(?P<verb>call|called|know)\s+a\s+"
               r"(?P<good>good\s+)?plumber(?P<yet>\s+yet)?(?:,?\s+please)?\s*\?+")
_COMING_EN = lazy(r"The\s+plumber(?:(?:\s+is|['’]s)\s+(?:(?P<coming>coming)|(?P<way>on\s+(?:the|his|her)\s+way)|"
                  r"(?P<here>here))|\s+will\s+(?P<come>come|be\s+here))(?:\s+(?P<day>[^,.!?]+?))?\s*[.!]*")
_LANDLORD_EN = lazy(rf"(?P<det>The|{WHOSE_WORDS})\s+(?:landlord|landlady)(?:\s+will|['’]ll|\s+is\s+going\s+to|"
                    r"['’]s\s+going\s+to)\s+send\s+someone(?:\s+(?:round|over))?"
                    r"(?P<fix>\s+to\s+fix\s+(?:it|them))?"
                    r"(?:\s+(?P<day>[^,.!?]+?))?\s*[.!]*", re.IGNORECASE)

_BEHIND = lazy(r"(?i:\b(?:yesterday|last|ago)\b)")  # (the plumber "will come" yesterday: left)

@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks that something leaks, is blocked, won't flush or has burst,
    or is about a plumber or the landlord sending someone; None for any other."""
    if src == "vi":
        return _state(text) or _pipe(text) or _coming(text) or _plumber(text) or _landlord(text)
    return _state_vi(text) or _pipe_vi(text) or _coming_vi(text) or _plumber_vi(text) or _landlord_vi(text)


def _thing_en(m: re.Match) -> str | None:
    """The thing of a match of _THING in English with whose it is: "my tap", "my mother's roof", "this sink", "the
    toilet at my house", "the tap in the kitchen", "the sink in my room", "the pipe"; None for someone not known, or
    a room with the kitchen sink."""
    thing = _THINGS_KEYED[keyed(m["thing"])]
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {thing}"
    if m["named"]:
        return (named := someone(m["named"], "vi")) and f"{named}'s {thing}"
    if (house := _at_house(m, "vi")) is None or thing == "kitchen sink" and (m["kitchen"] or m["bath"] or m["room"]):
        return None
    if m["kitchen"] or m["bath"]:
        return f"the {thing} in the {'kitchen' if m['kitchen'] else 'bathroom'}"
    whose = OWNERS[keyed(m["rowner"])] if m["rowner"] else "this" if m["thisroom"] else "the"
    return f"this {thing}" if m["this"] else f"the {thing} in {whose} room" if m["room"] else f"the {thing}{house}"


def _wrong_of(m: re.Match) -> str | None:
    """Which of _FITS a match of _STATE says ("flush" for "không xả được" and "xả không được"); None where it
    does not go with the thing ("Vòi nước bị tắc." is left, "nhà" only "dột")."""
    wrong = next((w for w in ("leak", "dot", "drip", "blocked", "flush", "burst") if m[w]), "flush")
    thing = keyed(m["thing"])
    said = _THINGS_KEYED[thing]
    placed_ = any(m[g] for g in ("this", "howner", "hnamed", "kitchen", "bath", "room"))  # ("Nhà này bị dột.")
    return None if said not in _FITS[wrong] or thing == "nhà" and (wrong != "dot" or placed_) else wrong


def _state(text: str) -> str | None:
    """"Vòi nước bị rò rỉ." as "The tap is leaking.", "Trần nhà bị dột." as "The ceiling is leaking.", "Bồn cầu
    nhà tôi lại bị tắc rồi." as "The toilet at my house is blocked again.", "Bồn cầu không xả được." as "The toilet
    won't flush.", "Ống nước bị vỡ rồi." as "The pipe has burst.", "Mái nhà có bị dột không?" as "Is the roof
    leaking?" (_STATE); None for anything else."""
    m = None if _LISTED.fullmatch(text) else _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (wrong := _wrong_of(m)) is None:
        return None
    flush = wrong == "flush"
    if (bool(m["not"]) != (flush and not asked and not m["flush2"]) or m["flush2"] and (m["ask"] or m["still"]) or
            m["did"] and wrong != "burst" or m["now"] and wrong not in ("leak", "dot", "drip") or
            wrong == "burst" and (m["still"] or m["again"]) or flush and m["again"] or
            m["done"] and (m["still"] or m["now"] or asked) or (thing := _thing_en(m)) is None):
        return None
    if asked:
        return capitalised(f"Does {thing} flush?" if flush else f"Has {thing} burst?" if wrong == "burst" else
                           f"Is {thing} {_WRONG_EN[wrong]}?")
    if flush:
        said = f"{'still ' * bool(m['still'])}won't flush"
    elif wrong == "burst":
        said = "has burst"
    else:
        said = f"is {'still ' * bool(m['still'])}{_WRONG_EN[wrong]}{' again' * bool(m['again'])}"
    return capitalised(f"{thing} {said}.")


def _at_house(m: re.Match, lang: str) -> str | None:
    """Whose house of a match (groups howner, hnamed; hdet in English) in the other language: " at my house", " at
    my mother's house"; " nhà tôi", " nhà mẹ tôi"; "" for none, None for someone not known."""
    owner = m["howner"] if lang == "vi" else m["hdet"]
    if owner:
        return f" at {OWNERS[keyed(owner)]} house" if lang == "vi" else f" nhà {WHOSE_VI[owner.lower()]}"
    if not m["hnamed"]:
        return ""
    named = someone(m["hnamed"], lang)
    return None if not named else f" at {named}'s house" if lang == "vi" else f" nhà {named}"


def _pipe(text: str) -> str | None:
    """"Vỡ ống nước rồi." as "A pipe has burst.", "Nhà tôi bị vỡ ống nước." as "A pipe has burst at my house.",
    "Nước đang chảy qua trần nhà." as "There's water coming through the ceiling." (_PIPE, _CEILING); None for
    anything else."""
    if _CEILING.fullmatch(text) and "?" not in text:
        return "There's water coming through the ceiling."
    m = _PIPE.fullmatch(text)
    if not m or "?" in m["end"] or (house := _at_house(m, "vi")) is None:
        return None
    return f"A pipe has burst{house}."


def _coming(text: str) -> str | None:
    """"Thợ sửa ống nước sẽ đến vào ngày mai." as "The plumber is coming tomorrow.", "Thợ sửa ống nước đang đến." as
    "The plumber is on the way.", "… đến rồi." as "The plumber is here." (_COMING); None for anything else."""
    m = _COMING.fullmatch(text)
    day = m and when(m["day0"] or m["day"], "vi")
    if not m or day is None or m["day0"] and m["day"] or "?" in m["end"] or (m["now"] or m["here"]) and day or \
            _BEHIND.search(day):  # ("Hôm qua thợ sửa ống nước sẽ đến.": was going to: left)
        return None
    return "The plumber is here." if m["here"] else "The plumber is on the way." if m["now"] else \
        f"The plumber is coming{' ' * bool(day)}{day}."


def _plumber(text: str) -> str | None:
    """"Chúng ta cần gọi thợ sửa ống nước." as "We need to call a plumber.", "Bạn có thể gọi thợ sửa ống nước
    không?" as "Can you call a plumber?", "Bạn gọi thợ sửa ống nước chưa?" as "Have you called a plumber yet?", "Bạn
    có biết thợ sửa ống nước nào tốt không?" as "Do you know a good plumber?" (_CALL, _KNOW); None for anything
    else."""
    m = _CALL.fullmatch(text) or _KNOW.fullmatch(text)
    asked = "?" in (m["end"] if m else "")
    if not m or (said := who(m, asked)) is None:
        return None
    who_, one = said
    if m.re == _KNOW:
        return f"{'Does' if one else 'Do'} {who_} know a {'good ' * bool(m['good'])}plumber?" if asked else None
    verb, ask = keyed(m["verb"] or ""), m["asked"] or ""
    if asked != bool(ask) or (ask == "không") != (verb == "có thể") or ask and m["done"]:
        return None
    if ask == "chưa" and verb in ("", "đã"):
        return f"{'Has' if one else 'Have'} {who_} called a plumber yet?"
    if (m["done"] or verb == "đã") and verb in ("", "đã"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} called a plumber."))
    if verb == "có thể":
        return f"Can {who_} call a plumber?"
    doing = {"cần": f"{'needs' if one else 'need'} to", "phải": f"{'has' if one else 'have'} to", "nên": "should",
             "sẽ": "will", "chưa": f"{'hasn' if one else 'haven'}'t"}.get(verb)
    if not doing or m["done"]:
        return None
    call = "called a plumber yet" if verb == "chưa" else "call a plumber"
    return capitalised(f"{who_} {doing} {call}." if verb == "phải" else contracted(who_, f"{doing} {call}."))


def _landlord(text: str) -> str | None:
    """"Chủ nhà sẽ cho người đến sửa." as "The landlord will send someone to fix it.", "Ngày mai chủ nhà của tôi sẽ
    cho người đến sửa." as "My landlord will send someone to fix it tomorrow." (_LANDLORD); None for anything
    else."""
    m = _LANDLORD.fullmatch(text)
    day = m and when(m["day0"] or m["day"], "vi")
    if not m or day is None or m["day0"] and m["day"] or "?" in m["end"] or _BEHIND.search(day):
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else "the"
    return capitalised(f"{whose} landlord will send someone to fix it{' ' * bool(day)}{day}.")


def _thing_vi(m: re.Match) -> tuple[str, str] | None:
    """The thing of a match of _THING_EN in Vietnamese with whose it is, and the thing as THINGS says it: ("vòi nước
    của tôi", "tap"), ("mái nhà của mẹ tôi", "roof"), ("bồn rửa bát", "kitchen sink"), "vòi nước trong bếp", "bồn cầu
    nhà tôi", "bồn rửa trong phòng tôi"; None where whose or where is said twice, or someone is not known."""
    det, room, thing = (m["det"] or "").lower(), m["room0"] or m["room"], m["thing"].lower()
    if m["room0"] and f"{m['room0']} {thing}" in THINGS_VI:
        thing, room = f"{m['room0']} {thing}", m["room"]  # ("the kitchen sink": a thing of its own)
    vi = THINGS_VI[thing]
    places = [p for p in (m["room0"] and m["room"], room, m["rdet"], m["hdet"] or m["hnamed"]) if p]
    if len(places) > 1 or places and (m["named"] or det != "the") or room and vi in ("bồn rửa bát", "bồn rửa mặt"):
        return None
    en = _THINGS_KEYED[vi]
    if m["named"]:
        named = someone(m["named"], "en")
        return (f"{vi} của {named}", en) if named else None
    if room:
        return f"{vi} {_ROOMS_VI[room]}", en
    if m["rdet"]:
        rdet = m["rdet"].lower()
        return f"{vi} trong phòng{'' if rdet == 'the' else ' này' if rdet == 'this' else ' ' + WHOSE_VI[rdet]}", en
    if (house := _at_house(m, "en")) is None:
        return None
    if not house and det != "the":
        house = " này" if det == "this" else f" của {WHOSE_VI[det]}"
    return f"{vi}{house}", en


# what English says is wrong, as _FITS keys it, and what each is in Vietnamese (leaking of the roof: "bị dột")
_WRONG_OF = {"leaking": "leak", "leaks": "leak", "dripping": "drip", "blocked": "blocked", "clogged": "blocked",
             "flush": "flush", "burst": "burst"}
_WRONG_VI = {"leak": "bị rò rỉ", "dot": "bị dột", "drip": "bị nhỏ giọt", "blocked": "bị tắc", "burst": "bị vỡ"}
_ASKED_BY = {"is": ("leak", "drip", "blocked"), "has": ("burst",), "does": ("flush",)}


def _state_vi(text: str) -> str | None:
    """"The tap is leaking." as "Vòi nước bị rò rỉ.", "Our roof is leaking." as "Mái nhà của chúng tôi bị dột.", "The
    toilet won't flush." as "Bồn cầu không xả được.", "The pipe has burst." as "Ống nước bị vỡ rồi.", "Is the sink
    blocked?" as "Bồn rửa có bị tắc không?" (_STATE_EN, _ASKED_EN); None for anything else, and what does not go with
    the thing ("The roof is blocked.")."""
    m = _STATE_EN.fullmatch(text) or _ASKED_EN.fullmatch(text)
    if not m or (found := _thing_vi(m)) is None:
        return None
    thing, en = found
    asked = m.re == _ASKED_EN
    wrong = _WRONG_OF[m["wrong"] if asked else next(w for w in _WRONG_OF if m.groupdict().get(w))]
    if en not in _FITS[wrong] or asked and wrong not in _ASKED_BY[m["q"].lower()] or not asked and (
            m["still"] and m["again"]):
        return None
    if wrong == "leak" and en in _FITS["dot"]:
        wrong = "dot"
    if wrong == "flush":
        return capitalised(f"{thing} có xả được không?" if asked else
                           f"{thing} {'vẫn ' * bool(m['still2'])}không xả được.")
    if asked:
        return capitalised(f"{thing} có {_WRONG_VI[wrong]} không?")
    if wrong == "burst":
        return capitalised(f"{thing} bị vỡ{'' if m['burst'].strip() == 'burst' else ' rồi'}.")
    return capitalised(f"{thing} {'vẫn ' * bool(m['still'])}{'lại ' * bool(m['again'])}{_WRONG_VI[wrong]}.")


def _pipe_vi(text: str) -> str | None:
    """"A pipe has burst." as "Vỡ ống nước rồi.", "… at my house." as "Nhà tôi bị vỡ ống nước rồi.", "There's water
    coming through the ceiling." as "Nước đang chảy xuống từ trần nhà." (_PIPE_EN, _CEILING_EN); None for anything
    else."""
    if _CEILING_EN.fullmatch(text):
        return "Nước đang chảy xuống từ trần nhà."
    m = _PIPE_EN.fullmatch(text)
    if not m or (house := _at_house(m, "en")) is None:
        return None
    return capitalised(f"{house.strip()} bị vỡ ống nước rồi.") if house else "Vỡ ống nước rồi."


# what English asks, whether its verb says one ("has", "does"; None: either), and which verb goes with it
_ASKS = {"can": (None, "call"), "could": (None, "call"), "have": (False, "called"), "has": (True, "called"),
         "do": (False, "know"), "does": (True, "know")}
_CALLS_VI = {"call": "có thể gọi {} không?", "called": "đã gọi {} chưa?", "know": "có biết {} nào{} không?"}
_WILL_VI = {"should": "nên", "will": "sẽ", "'ll": "sẽ"}


def _coming_vi(text: str) -> str | None:
    """"The plumber is coming tomorrow." as "Ngày mai thợ sửa ống nước sẽ đến.", "The plumber's on his way." as "Thợ
    sửa ống nước đang đến.", "The plumber is here." as "Thợ sửa ống nước đến rồi." (_COMING_EN); None for anything
    else, and for a day with "on the way" or "here"."""
    m = _COMING_EN.fullmatch(text)
    day = m and when(m["day"], "en")
    if not m or day is None or (m["way"] or m["here"]) and day or m["come"] and m["come"] != "come" and not day or \
            _BEHIND.search(m["day"] or ""):
        return None
    if m["here"]:
        return f"{capitalised(_PLUMBER)} đến rồi."
    return placed(f"{_PLUMBER} {'sẽ' if day or m['come'] else 'đang'} đến", day, ".")


def _plumber_vi(text: str) -> str | None:
    """"We need to call a plumber." as "Chúng tôi cần gọi thợ sửa ống nước.", "Can you call a plumber?" as "Bạn có
    thể gọi thợ sửa ống nước không?", "Do you know a good plumber?" as "Bạn có biết thợ sửa ống nước nào tốt
    không?" (_CALL_EN, _ASK_EN); None for anything else, and where the verb does not agree with who ("She need
    to …", "Has you …")."""
    m = _CALL_EN.fullmatch(text) or _ASK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().replace("’", "'").split())
    if m.re == _ASK_EN:
        agrees, fits = _ASKS[m["q"].lower()]
        if agrees is not None and agrees != one or verb != fits or m["yet"] and fits != "called" or m["good"] and (
                fits != "know"):
            return None
        return capitalised(f"{who_} {_CALLS_VI[fits].format(_PLUMBER, ' tốt' * bool(m['good']))}")
    agrees = None if verb in _WILL_VI else verb.startswith(("needs", "has"))
    done, nt = verb.startswith(("have", "has", "'ve")) and not verb.endswith(" to"), "n't" in verb or "not" in verb
    already = m["already"] or m["already2"]
    if agrees is not None and agrees != one or (m["call"] == "called") != done or m["already"] and m["already2"] or (
            already and nt) or m["yet"] and not nt:
        return None
    if done:
        said = f"chưa gọi {_PLUMBER}" if nt else f"đã gọi {_PLUMBER} rồi"
    else:
        said = f"{_WILL_VI.get(verb) or ('cần' if 'need' in verb else 'phải')} gọi {_PLUMBER}"
    return capitalised(f"{who_} {said}.")


def _landlord_vi(text: str) -> str | None:
    """"The landlord will send someone to fix it." as "Chủ nhà sẽ cho người đến sửa.", "… tomorrow." as "Ngày mai chủ
    nhà sẽ cho người đến sửa." (_LANDLORD_EN); None for anything else."""
    m = _LANDLORD_EN.fullmatch(text)
    day = m and when(m["day"], "en")
    if not m or day is None or _BEHIND.search(m["day"] or ""):
        return None
    det = m["det"].lower()
    whose = "" if det == "the" else f" của {WHOSE_VI[det]}"
    return placed(f"chủ nhà{whose} sẽ cho người đến{' sửa' * bool(m['fix'])}", day, ".")
