"""Light bulbs and lamps, both ways, written whole by rule: a bulb gone, a lamp not working, a light flickering, too
dim or too bright, who changes the bulb, a new one needed, none left, an LED bulb. v8 with every current rule reads
"bóng" as a shadow or a ball, "cháy" as fired, "đèn" as overwhelm, "bulb" as a pimple or a dish: "Bóng đèn bị cháy
rồi." → "The lights were fired.", "Bóng đèn bị hỏng." → "The light shadow is broken.", "Đèn cứ nhấp nháy." →
"Overrides Flash.", "Đèn chập chờn." → "The overheating was waiting.", "Đèn mờ quá." → "Overlay.", "Đèn bàn không bật
được." → "The overwhelm is not enabled.", "Bố tôi đang thay bóng đèn." → "I'm changing the light.", "Đây là bóng
LED." → "This is the LED ball."; "The bulb in the bathroom has gone." → "Mụn tắm trong phòng tắm đã đi.", "Can you
change the light bulb?" → "Bạn có thể thay đổi bulb ánh sáng không?", "The light keeps flickering." → "Ánh sáng giữ
cho ánh sáng rực rỡ.", "We're out of light bulbs." → "Chúng tôi ra khỏi những cái bulbs.".

Taken: a thing of LIGHTS in a room of mt.tidying.ROOMS (whose of mt.terms.OWNERS, or "này"), with "này", or a lamp
with whose; a bulb gone ("cháy", "hỏng" with "bị", "đã", "rồi"; "lại": again) or asked; a bulb or a lamp not working,
a lamp broken; a light that keeps flickering ("cứ nhấp nháy", "chập chờn"); a light too, very, a bit, quite dim or
bright; who (mt.hobbies.WHO, WHO_EN) changing the bulb ("đã", "vừa", "đang", "sẽ", "chưa", "cần", "phải", "rồi"),
asked whether they have or asked to; the bulb needing changing; who needs or wants to buy a new one; none left; an
LED bulb. Left: "đèn" alone broken or not lighting, "the lamp" (mt/broken.py's), a light turned on or off
(mt/switches.py's), the power off (mt/outages.py's), "Đèn cháy rồi." (the bulb, or a fire?), "Đèn (đang) nhấp
nháy." (flashing), "the light" alone too dim or bright (daylight?), a plain verb ("Tôi thay bóng đèn.": now, or a
habit), "anh", "chị", "em" alone saying it or asking leave ("Em thay bóng đèn được không?": may I?).
mt.phrasebook.translate tries these after mt/damp.py.

    >>> translate("Bóng đèn trong bếp cháy rồi.", "vi", "en"), translate("Can you change the light bulb?", "en", "vi")
    ('The light bulb in the kitchen has blown.', 'Bạn có thể thay bóng đèn không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed
from .tidying import ROOMS, ROOMS_VI

# what gives light (the first Vietnamese of each is written back)
LIGHTS = {"bóng đèn": "light bulb", "bóng đèn LED": "LED bulb", "bóng LED": "LED bulb", "đèn": "light",
          "đèn bàn": "desk lamp", "đèn trần": "ceiling light"}
LIGHTS_VI = {keyed(en): vi for vi, en in reversed(LIGHTS.items())} | {
    "bulb": "bóng đèn", "lightbulb": "bóng đèn", "led light bulb": "bóng đèn LED", "lights": "đèn", "lamp": "đèn",
    "table lamp": "đèn bàn"}
_LIGHTS_KEYED = {keyed(vi): en for vi, en in LIGHTS.items()}
_BULBS = {"light bulb", "LED bulb"}  # what blows, and is changed
_LAMPS = {"desk lamp", "ceiling light"}  # someone's, broken (not "đèn" alone, "the lamp": mt/broken.py's)
_DEGREES = {"quá": "too", "rất": "very", "lắm": "very", "hơi": "a bit", "khá": "quite"}
_DEGREES_VI = {"too": "quá", "so": "quá", "very": "rất", "really": "rất", "a bit": "hơi", "a little": "hơi",
               "quite": "khá", "rather": "khá"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đèn|bóng)"), "en": lazy(r"(?i:bulb|lamp|light)")}

# the thing ("bóng đèn", "bóng đèn trong bếp", "đèn phòng tôi", "bóng đèn này", "đèn bàn của tôi")
_OWNER = rf"(?i:{alternatives(OWNERS)})"
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(LIGHTS)}))(?:\s+(?P<this>này)|\s+của\s+"
          rf"(?P<owner>{_OWNER})|(?:\s+(?:trong|ở|của))?\s+(?P<room>(?i:{alternatives(ROOMS)}))(?:\s+(?:của\s+)?"
          rf"(?P<roomowner>{_OWNER})|\s+(?P<thisroom>này))?)?")
# gone or broken ("Bóng đèn bị cháy rồi.", "Bóng đèn (đã) lại cháy rồi.", "Bóng đèn có bị cháy không?")
_GONE = lazy(rf"{_THING}\s+(?:(?P<did>đã)\s+)?(?:(?P<again>lại)\s+)?(?:(?P<ask>có)\s+)?(?P<bi>bị\s+)?"
             rf"(?P<verb>cháy|hỏng|hư)(?:\s+mất)?(?:\s+(?P<done>rồi))?{ASKED_END}")
# not working ("Đèn bàn không bật được.", "Bóng đèn không sáng nữa.")
_OFF = lazy(rf"{_THING}\s+không\s+(?:(?P<on>bật\s+(?:lên\s+)?được)|sáng|hoạt\s+động|chạy)(?P<more>\s+nữa)?"
            rf"{SOFTENED_END}")
# flickering ("Đèn cứ nhấp nháy.", "Đèn chập chờn.", "Đèn trong bếp nhấp nháy liên tục.")
_FLICKER = lazy(rf"{_THING}\s+(?:(?P<keep>cứ)\s+|(?P<now>đang)\s+)?(?P<bi>bị\s+)?(?P<verb>nhấp\s+nháy|chập\s+chờn)"
                rf"(?P<on>\s+(?:liên\s+tục|mãi))?{SOFTENED_END}")
# too dim, too bright ("Bóng đèn mờ quá.", "Đèn này hơi tối.")
_DIM = lazy(rf"{_THING}\s+(?:(?P<deg>quá|rất|hơi|khá)\s+)?(?P<how>mờ|tối|yếu|sáng|chói)(?:\s+(?P<deg2>quá|lắm))?"
            rf"{SOFTENED_END}")
# who changes it ("Tôi vừa thay bóng đèn.", "Bạn thay bóng đèn giúp tôi được không?", "Bạn thay bóng đèn chưa?")
_ME = r"tôi|mình|em|anh|chị"
_CHANGE = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới|đang|sẽ|chưa|cần|phải)\s+)?"
               rf"(?:giúp\s+(?P<helped>{_ME})\s+)?thay\s+{_THING}(?:\s+mới)?(?:\s+(?:giúp|giùm|hộ|cho)\s+"
               rf"(?P<forme>{_ME}))?(?:\s+(?P<can2>được))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# ... needing it ("Cần thay bóng đèn.", "Bóng đèn cần được thay rồi.")
_NEEDS = [lazy(rf"(?i:cần|phải)\s+thay\s+{_THING}(?:\s+mới)?(?:\s+rồi)?{SOFTENED_END}"),
          lazy(rf"{_THING}\s+cần\s+(?:được\s+)?thay(?:\s+mới)?(?:\s+rồi)?{SOFTENED_END}")]
# a new one ("Chúng ta cần một cái bóng đèn mới.", "Tôi muốn mua một bóng đèn LED."), none left ("Hết bóng đèn rồi.")
_BULB = rf"(?P<thing>(?i:{alternatives(k for k, v in LIGHTS.items() if v in _BULBS)}))"
_NEW = lazy(rf"{WHO}\s+(?P<need>cần|muốn)\s+(?P<buy>mua\s+)?(?:(?P<one>một)\s+)?(?:(?:cái|chiếc)\s+)?{_BULB}"
            rf"(?:\s+(?P<new>mới))?{SOFTENED_END}")
_OUT = lazy(rf"(?:(?i:nhà\s+)?(?i:mình|chúng\s+ta|chúng\s+tôi)\s+)?(?i:hết)\s+{_BULB}\s+rồi{SOFTENED_END}")
# an LED bulb ("Đây là bóng LED.", "Đây có phải là bóng đèn LED không?")
_THIS = {"đây": "this", "cái này": "this", "đó": "that", "cái đó": "that", "nó": "it"}
_IS = {"this": "This is", "that": "That's", "it": "It's"}
_LED = lazy(rf"(?P<this>(?i:{alternatives(_THIS)}))\s+(?:(?P<ask>có\s+phải\s+)(?:là\s+)?|là\s+)(?:một\s+)?"
            rf"(?:cái\s+)?bóng\s+(?:đèn\s+)?(?i:LED){ASKED_END}")

# ... and in English ("the bulb", "the kitchen light", "the light bulb in my room", "this lamp", "my desk lamp")
_ROOM_EN = rf"(?i:{alternatives(ROOMS_VI)})"
_DET = rf"(?i:the|this|{WHOSE_WORDS})"
_THING_EN = (rf"(?P<det>{_DET})\s+(?:(?P<room>{_ROOM_EN})\s+)?(?P<thing>(?i:{alternatives(LIGHTS_VI)}))"
             rf"(?:\s+in\s+(?P<roomdet>{_DET})\s+(?P<room2>{_ROOM_EN}))?")
_GONE_EN = lazy(rf"{_THING_EN}(?:(?:\s+has|['’]s)\s+(?P<verb>gone|blown|burn(?:t|ed)\s+out|died)|(?:\s+is|['’]s)\s+"
                r"(?P<dead>dead))(?P<again>\s+again)?\s*(?P<end>[.!]*)")
_OFF_EN = lazy(rf"{_THING_EN}(?:(?P<on>\s+(?:won['’]t|will\s+not|doesn['’]t|does\s+not)\s+turn\s+on)|"
               r"(?P<work>\s+(?:doesn['’]t|does\s+not)\s+work|(?:\s+is\s+not|\s+isn['’]t|['’]s\s+not)\s+working)|"
               r"(?P<stopped>(?:\s+has|['’]s)\s+stopped\s+working)|(?P<broken>(?:\s+is|['’]s)\s+broken))"
               r"\s*(?P<end>[.!]*)")
_FLICKER_EN = lazy(rf"{_THING_EN}(?:\s+(?P<keep>keeps?)|(?P<be>\s+is|\s+are|['’]s|['’]re))\s+flickering"
                   r"\s*(?P<end>[.!]*)")
_DIM_EN = lazy(rf"{_THING_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?P<deg>{alternatives(_DEGREES_VI)})\s+"
               r"(?P<how>dim|bright)\s*(?P<end>[.!]*)")
_CHANGE_EN = r"(?P<verb>chang|replac)"
_CAN_EN = lazy(rf"(?:Can|Could)\s+{WHO_EN}\s+(?:please\s+)?{_CHANGE_EN}e\s+{_THING_EN}(?P<forme>\s+for\s+me)?"
               r"(?:,?\s+please)?\s*\?+")
_SAID_EN = lazy(rf"{WHO_EN}(?P<aux>\s+ha(?:ve|s)\s+to|\s+needs?\s+to|\s+have|\s+has|['’]ve|['’]s|\s+haven['’]t|"
                rf"\s+hasn['’]t|\s+am|\s+is|\s+are|['’]m|['’]re|\s+will|['’]ll)?(?:\s+(?P<just>just))?\s+{_CHANGE_EN}"
                rf"(?P<form>ed|ing|e)\s+{_THING_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<do>Have|Has|Did)\s+{WHO_EN}\s+(?:already\s+)?{_CHANGE_EN}(?P<form>ed|e)\s+{_THING_EN}"
                 r"(?:\s+yet)?\s*\?+")
_NEW_EN = lazy(rf"{WHO_EN}\s+(?P<need>needs?|wants?)\s+(?P<buy>to\s+buy\s+)?(?P<a>an?\s+)?(?P<new>new\s+)?"
               r"(?P<led>LED\s+)?(?:light\s*)?bulb(?P<many>s)?\s*(?P<end>[.!]*)")
_OUT_EN = lazy(r"We(?:['’]re|\s+are|(?:['’]ve|\s+have)\s+run)\s+out\s+of\s+(?P<led>LED\s+)?(?:light\s*)?bulbs"
               r"\s*[.!]*")
_LED_EN = lazy(r"(?:(?P<this>This|That|It)(?:\s+is|['’]s)|(?P<ask>Is)\s+(?P<this2>this|that|it))\s+an\s+LED\s+"
               r"(?:light\s*)?bulb\s*(?P<end>[.!?]*)")
# what English says of it (the helper, and the verb's ending) in Vietnamese; the helper as keyed there, and whether
# it is said of one (None: either)
_SAID_VI = {("", "ed"): "đã thay", ("have", "ed"): "đã thay", ("haven't", "ed"): "chưa thay",
            ("be", "ing"): "đang thay", ("will", "e"): "sẽ thay", ("need to", "e"): "cần thay",
            ("have to", "e"): "phải thay"}
_AUX = {"has": ("have", True), "have": ("have", False), "'ve": ("have", False), "hasn't": ("haven't", True),
        "haven't": ("haven't", False), "needs to": ("need to", True), "need to": ("need to", False),
        "has to": ("have to", True), "have to": ("have to", False), "'ll": ("will", None), "will": ("will", None)}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a bulb has gone, a lamp is not working, a light flickers or is too
    dim or bright, who changes the bulb or needs a new one, or that it is an LED bulb; None for any other."""
    if src == "vi":
        return (_gone(text) or _off(text) or _flicker(text) or _dim(text) or _change(text) or _needs(text) or
                _new(text) or _led(text))
    return (_gone_vi(text) or _off_vi(text) or _flicker_vi(text) or _dim_vi(text) or _can_vi(text) or
            _said_vi(text) or _asked_vi(text) or _new_vi(text) or _led_vi(text))


def _thing_en(m: re.Match) -> tuple[str, str] | None:
    """The thing of a match of _THING in English, and what it is: ("the light bulb in the kitchen", "light bulb"),
    ("my desk lamp", "desk lamp"); None for whose of any but a lamp ("bóng đèn của tôi")."""
    said = _LIGHTS_KEYED[keyed(m["thing"])]
    if m["owner"]:
        return (f"{OWNERS[keyed(m['owner'])]} {said}", said) if said in _LAMPS else None
    if m["room"]:
        whose = OWNERS[keyed(m["roomowner"])] if m["roomowner"] else "this" if m["thisroom"] else "the"
        return f"the {said} in {whose} {ROOMS[keyed(m['room'])]}", said
    return f"{'this' if m['this'] else 'the'} {said}", said


def _gone(text: str) -> str | None:
    """"Bóng đèn phòng tắm lại cháy rồi." as "The light bulb in the bathroom has blown again.", "Bóng đèn có bị hỏng
    không?" as "Has the light bulb gone?", "Đèn bàn bị hỏng." as "The desk lamp is broken." (_GONE); None for
    anything else, "Đèn cháy rồi." (a fire?), "Bóng đèn cháy." (burns), "Bóng đèn có cháy không?" (does it burn?) and
    "lại đã" (said "đã lại")."""
    m = _GONE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (thing := _thing_en(m)) is None:
        return None
    (said, what), blown = thing, m["verb"] == "cháy"
    if what in _LAMPS and not blown and not (m["again"] or m["did"] and m["done"]):
        return f"Is {said} broken?" if asked else capitalised(f"{said} is broken.")
    if what not in _BULBS or not (m["bi"] or m["did"] or m["done"]) or asked and (m["again"] or m["done"]):
        return None  # ("Bóng đèn (có) cháy không?": burns, or does it burn?)
    verb = "blown" if blown else "gone"
    return f"Has {said} {verb}?" if asked else capitalised(f"{said} has {verb}{' again' * bool(m['again'])}.")


def _off(text: str) -> str | None:
    """"Đèn bàn không bật được." as "The desk lamp won't turn on.", "Bóng đèn không sáng nữa." as "The light bulb has
    stopped working." (_OFF); None for anything else, and "đèn" alone (mt/broken.py's)."""
    m = _OFF.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing_en(m)) is None or thing[1] == "light" or m["on"] and m["more"]:
        return None
    said = "won't turn on" if m["on"] else "has stopped working" if m["more"] else "isn't working"
    return capitalised(f"{thing[0]} {said}.")


def _flicker(text: str) -> str | None:
    """"Đèn cứ nhấp nháy." as "The light keeps flickering.", "Đèn chập chờn." as "The light is flickering." (_FLICKER);
    None for anything else, and "Đèn (đang) nhấp nháy." (a flashing light)."""
    m = _FLICKER.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing_en(m)) is None or m["now"] and m["on"]:
        return None
    if m["keep"] or m["on"]:
        return capitalised(f"{thing[0]} keeps flickering.")
    plain = "nhấp" in m["verb"] and not m["bi"]  # ("Đèn đang nhấp nháy.": flashing, as often)
    return None if plain else capitalised(f"{thing[0]} is flickering.")


def _dim(text: str) -> str | None:
    """"Bóng đèn mờ quá." as "The light bulb is too dim.", "Đèn này hơi tối." as "This light is a bit dim.", "Đèn
    sáng quá." as "The light is too bright." (_DIM); None for anything else, and without how ("Đèn sáng.": on)."""
    m = _DIM.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["deg"]) == bool(m["deg2"]) or (thing := _thing_en(m)) is None:
        return None
    how = "bright" if m["how"] in ("sáng", "chói") else "dim"
    return capitalised(f"{thing[0]} is {_DEGREES[m['deg'] or m['deg2']]} {how}.")


def _change(text: str) -> str | None:
    """"Tôi vừa thay bóng đèn." as "I've just changed the light bulb.", "Bạn thay bóng đèn giúp tôi được không?" as
    "Can you change the light bulb for me?", "Bạn thay bóng đèn chưa?" as "Have you changed the light bulb?"
    (_CHANGE); None for anything else, and an animal changing it ("Con chó của tôi đã thay bóng đèn.")."""
    m = _CHANGE.fullmatch(text)
    asked, tense = bool(m and "?" in m["end"]), keyed(m and m["tense"] or "")
    if not m or (thing := _thing_en(m)) is None or thing[1] not in _BULBS or (said := who(m, asked)) is None:
        return None
    if animal(m):
        return None
    (who_, _), thing, forme = said, thing[0], m["forme"] or m["helped"]
    has = "has" if be(who_) == "is" else "have"
    if m["yet"]:
        ok = asked and tense in ("", "đã") and not (m["done"] or m["can"] or m["can2"] or forme or m["asked"])
        return f"{has.capitalize()} {who_} changed {thing}?" if ok else None
    if asked:
        kin = keyed(m["who"] or "") not in ("", "bạn", "tôi", "mình", "chúng tôi", "chúng ta")
        if not m["asked"] or tense or m["done"] or not (m["can"] or m["can2"]) or kin and not forme or forme and (
                who_ != "you" or keyed(forme) == keyed(m["who"] or "")):
            return None  # ("Em thay bóng đèn được không?": may I, as often as can you)
        return f"Can {who_} change {thing}{' for me' * bool(forme)}?" if who_ in ("you", "I", "we") else None
    if m["asked"] or m["can"] or m["can2"] or forme or m["done"] and tense not in ("", "đã"):
        return None
    if m["done"] or tense == "đã":
        done = f"{has} changed" if m["done"] else "changed"
    else:
        done = f"{has} just changed" if tense in ("vừa", "mới", "vừa mới") else {
            "đang": f"{be(who_)} changing", "sẽ": "will change", "cần": f"need{'s' * (has == 'has')} to change",
            "phải": f"{has} to change", "chưa": f"{has}n't changed"}.get(tense)
    if done is None:
        return None
    return capitalised(contracted(who_, f"{done} {thing}{' yet' * (tense == 'chưa')}."))


def _needs(text: str) -> str | None:
    """"Cần thay bóng đèn." as "The light bulb needs changing.", "Bóng đèn trong bếp cần được thay rồi." as "The light
    bulb in the kitchen needs changing." (_NEEDS); None for anything else."""
    m = next((m for p in _NEEDS if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or (thing := _thing_en(m)) is None or thing[1] not in _BULBS:
        return None
    return capitalised(f"{thing[0]} needs changing.")


def _new(text: str) -> str | None:
    """"Chúng ta cần một cái bóng đèn mới." as "We need a new light bulb." (_NEW), "Hết bóng đèn rồi." as "We're out
    of light bulbs." (_OUT); None for anything else, and how many not said ("Tôi cần mua bóng đèn.": one, or some)."""
    if m := _OUT.fullmatch(text):
        return None if "?" in m["end"] else f"We're out of {_LIGHTS_KEYED[keyed(m['thing'])]}s."
    m = _NEW.fullmatch(text)
    if not m or "?" in m["end"] or not (m["one"] or m["new"]) or m["need"] == "muốn" and not m["buy"] or (
            said := who(m, False)) is None:
        return None
    who_, bulb = said[0], _LIGHTS_KEYED[keyed(m["thing"])]
    verb = ("need" if m["need"] == "cần" else "want") + "s" * (be(who_) == "is")
    bulb = f"a new {bulb}" if m["new"] else f"{'an' if bulb.startswith('LED') else 'a'} {bulb}"
    return capitalised(f"{who_} {verb} {'to buy ' * bool(m['buy'])}{bulb}.")


def _led(text: str) -> str | None:
    """"Đây là bóng LED." as "This is an LED bulb.", "Đây có phải là bóng đèn LED không?" as "Is this an LED bulb?"
    (_LED); None for anything else."""
    m = _LED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]):
        return None
    this = _THIS[keyed(m["this"])]
    return f"Is {this} an LED bulb?" if asked else f"{_IS[this]} an LED bulb."


def _thing_vi(m: re.Match) -> tuple[str, str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, what it is, and whether English says it as many: ("bóng đèn
    trong bếp", "light bulb", False) for "the kitchen bulb", ("bóng đèn trong phòng ngủ của tôi", …) for "the bulb in
    my bedroom", ("đèn", "light", True) for "the lights"; None for "this lights", whose of any but a lamp, and a room
    said twice or after whose ("my kitchen light")."""
    vi, det = LIGHTS_VI[keyed(m["thing"])], m["det"].lower()
    what, many, room = _LIGHTS_KEYED[keyed(vi)], m["thing"].lower() == "lights", m["room"] or m["room2"]
    if room and (det != "the" or m["room"] and m["room2"]) or det == "this" and many:
        return None
    if room:
        roomdet = (m["roomdet"] or "the").lower()
        whose = "" if roomdet == "the" else " này" if roomdet == "this" else f" của {WHOSE_VI[roomdet]}"
        return f"{vi} trong {ROOMS_VI[keyed(room)]}{whose}", what, many
    if det in WHOSE_VI:
        return (f"{vi} của {WHOSE_VI[det]}", what, many) if what in _LAMPS else None
    return f"{vi}{' này' * (det == 'this')}", what, many


def _gone_vi(text: str) -> str | None:
    """"The light bulb has blown." as "Bóng đèn cháy rồi.", "The bulb in the bathroom has gone again." as "Bóng đèn
    trong phòng tắm lại hỏng rồi." (_GONE_EN); None for anything else, and any but a bulb."""
    m = _GONE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or thing[1] not in _BULBS:
        return None
    verb = "hỏng" if m["dead"] or m["verb"] in ("gone", "died") else "cháy"
    return capitalised(f"{thing[0]} {'lại ' * bool(m['again'])}{verb} rồi.")


def _off_vi(text: str) -> str | None:
    """"The desk lamp won't turn on." as "Đèn bàn không bật được.", "The bulb has stopped working." as "Bóng đèn
    không sáng nữa." (_OFF_EN); None for anything else, the light and the lamp (mt/broken.py's), a bulb broken
    (shattered?) or turned on."""
    m = _OFF_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or thing[1] not in _LAMPS | _BULBS or thing[2]:
        return None
    bulb = thing[1] in _BULBS
    if bulb and (m["on"] or m["broken"]):
        return None
    said = "không bật được" if m["on"] else "bị hỏng" if m["broken"] else "không sáng" if bulb else "không hoạt động"
    return capitalised(f"{thing[0]} {said}{' nữa' * bool(m['stopped'])}.")


def _flicker_vi(text: str) -> str | None:
    """"The light keeps flickering." as "Đèn cứ nhấp nháy.", "The lights are flickering." as "Đèn đang chập chờn."
    (_FLICKER_EN); None for anything else, and where "keeps" or "is" does not agree ("The lights keeps")."""
    m = _FLICKER_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    many = thing[2]
    if m["keep"] and (m["keep"] == "keep") != many or m["be"] and (be_said(m["be"]) == "are") != many:
        return None
    return capitalised(f"{thing[0]} {'cứ nhấp nháy' if m['keep'] else 'đang chập chờn'}.")


def _dim_vi(text: str) -> str | None:
    """"The bulb is too dim." as "Bóng đèn mờ quá.", "This lamp is a bit bright." as "Đèn này hơi sáng." (_DIM_EN);
    None for anything else, "the light" alone (the daylight?) and "is" not agreeing."""
    m = _DIM_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or (be_said(m["be"]) == "are") != thing[2] or thing[0] == "đèn" and \
            m["thing"].lower() == "light":
        return None
    deg, how = _DEGREES_VI[keyed(m["deg"].lower())], "mờ" if m["how"] == "dim" else "sáng"
    return capitalised(f"{thing[0]} {how} quá." if deg == "quá" else f"{thing[0]} {deg} {how}.")


def _can_vi(text: str) -> str | None:
    """"Could you change the bulb for me?" as "Bạn có thể thay bóng đèn giúp tôi không?", "Can I change the bulb?" as
    "Tôi thay bóng đèn được không?" (_CAN_EN); None for anything else, and "for me" asked of oneself."""
    m = _CAN_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or thing[1] not in _BULBS:
        return None
    who_ = who_vi(m)[0]
    if who_ in ("tôi", "chúng tôi"):
        return None if m["forme"] else capitalised(f"{who_} thay {thing[0]} được không?")
    return capitalised(f"{who_} có thể thay {thing[0]}{' giúp tôi' * bool(m['forme'])} không?")


def _said_vi(text: str) -> str | None:
    """"I've just changed the bulb." as "Tôi vừa thay bóng đèn.", "My dad is changing the bulb." as "Bố tôi đang
    thay bóng đèn.", "We need to change the bulb." as "Chúng tôi cần thay bóng đèn." (_SAID_EN); None for anything
    else, and where "has", "is", "needs" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or "?" in m["end"] or (thing := _thing_vi(m)) is None or thing[1] not in _BULBS or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    key, of_one = _AUX.get(aux, ("be", None) if aux else ("", None))
    if aux == "'s":  # ("she's changed", "she's changing")
        key, of_one = "have" if m["form"] == "ed" else "be", True
    if of_one is not None and of_one != one or key == "be" and aux != "'s" and be_said(aux) != be_of(who_, one):
        return None
    said = _SAID_VI.get((key, m["form"]))
    if said is None or m["just"] and key != "have" or m["yet"] and key != "haven't":
        return None
    said = "vừa thay" if m["just"] else said
    done = " rồi" if key == "have" and not m["just"] else ""
    return capitalised(f"{who_} {said} {thing[0]}{done}.")


def _asked_vi(text: str) -> str | None:
    """"Have you changed the bulb yet?" as "Bạn đã thay bóng đèn chưa?", "Did your dad change the bulb?" as "Bố bạn
    đã thay bóng đèn chưa?" (_ASKED_EN); None for anything else, and "Did … changed", "Has you"."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None or thing[1] not in _BULBS:
        return None
    do, (who_, one) = m["do"].lower(), who_vi(m)
    if (m["form"] == "ed") == (do == "did") or do != "did" and (do == "has") != one:
        return None
    return capitalised(f"{who_} đã thay {thing[0]} chưa?")


def _new_vi(text: str) -> str | None:
    """"I want to buy an LED bulb." as "Tôi muốn mua một bóng đèn LED." (_NEW_EN), "We're out of light bulbs." as
    "Hết bóng đèn rồi." (_OUT_EN); None for anything else, "want" without "to buy", "a" wrong, "needs" not agreeing."""
    if m := _OUT_EN.fullmatch(text):
        return f"Hết bóng đèn{' LED' * bool(m['led'])} rồi."
    m = _NEW_EN.fullmatch(text)
    if not m or (who_ := who_vi(m))[1] != m["need"].endswith("s") or m["need"].startswith("want") and not m["buy"]:
        return None
    a = (m["a"] or "").strip()
    if bool(a) == bool(m["many"]) or a and a != ("an" if m["led"] and not m["new"] else "a"):
        return None
    verb = "cần" if m["need"].startswith("need") else "muốn"
    bulb = f"{'một ' * bool(a)}bóng đèn{' LED' * bool(m['led'])}{' mới' * bool(m['new'])}"
    return capitalised(f"{who_[0]} {verb} {'mua ' * bool(m['buy'])}{bulb}.")


def _led_vi(text: str) -> str | None:
    """"It's an LED bulb." as "Đó là bóng đèn LED.", "Is this an LED bulb?" as "Đây có phải là bóng đèn LED không?"
    (_LED_EN); None for anything else."""
    m = _LED_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    this = "Đây" if (m["this"] or m["this2"]).lower() == "this" else "Đó"
    return f"{this} có phải là bóng đèn LED không?" if m["ask"] else f"{this} là bóng đèn LED."
