"""Turning things on and off, and the sound up, both ways, written whole by rule: the light, the fan, the air
conditioner, the TV, the heater, the radio, the music, the computer, told, asked of someone, done, asked whether done
or who did it, left on, and on or off now. v8 with every current rule reads "bật" as enable, "quạt" (fan) as sector,
"điều hòa" as peace, "đèn" (of a light on) as overwhelm, and "fan" as an admirer: "Anh bật quạt được không?" → "Could
you enable the sector?", "Bật điều hòa lên giúp tôi." → "Turn on the air conditioning up for me.", "Bạn có thể tắt
đèn không?" → "Can you disable the light?", "Tôi đã tắt đèn rồi." → "I'm getting off the light.", "Bạn tắt máy tính
chưa?" → "Do you turn off the computer?", "Bạn để đèn sáng." → "You let the lights.", "Đèn vẫn còn bật." → "The
overwhelm is still on.", "Đừng quên tắt đèn." → "Don't forget the light.", "Vặn to tiếng tivi lên." → "Turn TV
up."; "Can you turn on the fan?" → "Bạn có thể bật người hâm mộ không?", "Turn off the lights, please." → "Hãy tắt
đèn, vui lòng.", "You left the light on." → "Bạn đã rời khỏi ánh sáng.", "Is the light on?" → "Cái đèn có phải
không?", "The light is still on." → "Ánh sáng vẫn còn tiếp tục.", "Turn the TV up." → "Hãy biến tivi lên.", "She
turned on the radio." → "Cô bé ngoảnh mặt trên radio.".

Taken: a thing of THINGS (with a room of _ROOMS, "này" or whose of mt.terms.OWNERS) turned on or off, or the TV, the
radio or the music turned up: told ("Tắt đèn đi.", "Làm ơn …", "Đừng (quên) …", "Nhớ …"), asked of someone ("Anh bật
quạt được không?", "… giúp tôi"), asked leave ("Tôi bật quạt được không?", "Tôi bật quạt nhé?"), offered ("Để tôi …");
who (mt.hobbies.WHO, WHO_EN) did it ("đã"), has done it ("rồi"), has just ("vừa"), will ("sẽ"), has not yet ("chưa")
or forgot to ("quên"), asked ("Bạn tắt điều hòa chưa?") or "Ai bật đèn vậy?"; who left it on ("để đèn sáng"); a
thing on or off, or still, said or asked ("Đèn vẫn còn bật."). Left: a plain verb said ("Tôi tắt đèn.": a habit, or
done), "Bạn có tắt đèn không?" (do or did), "Em bật quạt được không?" (may I, or can you?), "vặn nhỏ" the music or
the TV, and "turn … down" (mt/neighbours.py's), the air conditioner or the heater turned up or down (the temperature,
or the fan?), a thing that will not turn on (mt/broken.py's), a phone switched off (mt/reception.py's), "tắt điện" and
"tắt máy" (the power, or hung up).
mt.phrasebook.translate tries these after mt/outages.py.

    >>> translate("Anh bật quạt được không?", "vi", "en"), translate("Can you turn on the fan?", "en", "vi")
    ('Could you turn on the fan?', 'Bạn có thể bật quạt không?')
"""
from __future__ import annotations

import re

from . import broken
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed

# what is switched: those of mt/broken.py's things that are, and more (the first Vietnamese of each is written back)
_SWITCHED = {"light", "fan", "air conditioner", "TV", "computer", "laptop"}
THINGS = {vi: en for vi, en in broken.THINGS.items() if en in _SWITCHED} | {
    "máy sưởi": "heater", "lò sưởi": "heater", "radio": "radio", "đài": "radio", "nhạc": "music",
    "bình nóng lạnh": "water heater"}
THINGS_VI = {keyed(en): vi for vi, en in reversed(THINGS.items())} | {
    en: vi for en, vi in broken.THINGS_VI.items() if THINGS.get(vi) in _SWITCHED} | {
    "lights": "đèn", "heating": "máy sưởi", "air con": "điều hòa", "a/c": "điều hòa",
    "air conditioner": "máy điều hòa"}  # (as mt/resources/terms.en-vi.txt writes it)
_MANY = {"lights"}  # ("the lights are on")
_SOUND = {"TV", "radio", "music"}  # what is turned up (its sound: "vặn to tiếng tivi")
_ROOMS = {"phòng khách": "living room", "phòng ngủ": "bedroom", "phòng tắm": "bathroom", "bếp": "kitchen",
          "nhà bếp": "kitchen"}
_ROOMS_VI = {en: vi for vi, en in reversed(_ROOMS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bật|tắt|mở|vặn|sáng)"), "en": lazy(r"(?i:turn|switch|\bo(?:n|ff)\b)")}

# the thing ("quạt", "cái quạt này", "đèn phòng khách", "máy tính của tôi")
_THING = (rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?:(?:trong|ở)\s+)?(?P<room>(?i:"
          rf"{alternatives(_ROOMS)}))|\s+của\s+(?P<owner>(?i:{alternatives(OWNERS)}))|\s+(?P<this>này))?")
# turned on ("bật", "mở" in the South) or off, or its sound up ("vặn to tiếng tivi lên", "vặn nhạc to lên")
_LOUD = alternatives(k for k, v in THINGS.items() if v in _SOUND)
_ACT = (rf"(?:(?P<verb>(?i:bật|mở|tắt))\s+{_THING}(?:\s+(?P<up>lên))?|(?i:vặn)\s+(?:(?:to|lớn)\s+(?:tiếng\s+)?"
        rf"(?P<sound>{_LOUD})|(?:tiếng\s+)?(?P<sound2>{_LOUD})\s+(?:to|lớn)(?:\s+hơn)?)(?:\s+lên)?)")
_FOR_ME = r"(?P<forme>\s+(?:giúp|giùm|hộ|cho)\s+(?:tôi|mình))?"
_WHO_ANY = rf"(?:(?P<ai>(?i:ai))|{WHO})"  # (someone, or "ai": who?)
# told ("Tắt đèn đi.", "Làm ơn bật quạt lên.", "Đừng quên tắt đèn.", "Bật điều hòa lên giúp tôi.")
_TOLD = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng))\s+|(?i:hãy)\s+|(?P<dont>(?i:đừng))\s+"
             rf"(?P<forget>quên\s+)?|(?P<remember>(?i:nhớ))\s+)?{_ACT}{_FOR_ME}(?:\s+(?:đi|nhé|nha|với))?"
             rf"{SOFTENED_END}")
# asked of someone, or leave asked ("Anh bật quạt được không?", "Bạn có thể giúp tôi tắt đèn không?")
_ASK = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?(?:(?P<help>giúp\s+tôi)\s+)?{_ACT}{_FOR_ME}"
            rf"(?:\s+(?P<can2>được))?\s+không{SOFTENED_END}")
# done, to be done, asked whether done, offered ("Tôi đã tắt đèn rồi.", "Bạn tắt điều hòa chưa?", "Tôi bật quạt nhé?")
_SAID = lazy(rf"(?:(?P<let>(?i:để))\s+)?{_WHO_ANY}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ|chưa|quên)\s+)?"
             rf"{_ACT}(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa)|\s+(?P<shall>nhé|nha))?{SOFTENED_END}")
# left on ("Bạn để đèn sáng.", "Ai để tivi bật cả đêm vậy?")
_LEFT = lazy(rf"{_WHO_ANY}\s+(?:đã\s+)?để\s+{_THING}\s+(?P<on>bật|sáng|mở)(?P<night>\s+(?:cả|suốt)\s+đêm)?"
             rf"(?:\s+rồi)?{SOFTENED_END}")
# on or off now ("Tivi đang bật.", "Đèn vẫn còn sáng.", "Đèn có đang bật không?")
_STATE = lazy(rf"{_THING}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+|(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?"
              rf"(?P<on>bật|mở|sáng|tắt){ASKED_END}")

# ... and in English ("the light", "the lights in the kitchen", "the bedroom fan", "this fan", "my computer")
_ROOM_EN = rf"(?i:{alternatives(_ROOMS_VI)})"
_THING_EN = (rf"(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+(?:(?P<room>{_ROOM_EN})\s+)?"
             rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))(?:\s+in\s+the\s+(?P<room2>{_ROOM_EN}))?")
_ACT_EN = (r"(?P<verb>(?i:turn|switch))(?P<ed>ed)?\s+(?:(?P<on>on|off|up)\s+)?"
           rf"{_THING_EN}(?:\s+(?P<on2>on|off|up))?")
_WHO_ANY_EN = rf"(?:(?P<ai>Who)|{WHO_EN})"
_TOLD_EN = lazy(r"(?:(?P<please0>(?i:please))\s+|(?P<dont>Don['’]t|Do\s+not)\s+(?P<forget>forget\s+to\s+)?|"
                rf"(?P<remember>Remember)\s+to\s+)?{_ACT_EN}(?P<forme>\s+for\s+me)?(?:,?\s+(?P<please>please))?"
                r"\s*(?P<end>[.!]*)")
_ASK_EN = lazy(rf"(?P<can>Can|Could|Would|Will|May|Shall)\s+{WHO_EN}\s+(?:please\s+)?{_ACT_EN}"
               r"(?P<forme>\s+for\s+me)?(?:,?\s+please)?\s*\?+")
_SAID_EN = lazy(rf"{_WHO_ANY_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s|\s+will|['’]ll|\s+haven['’]t|\s+hasn['’]t|"
                rf"\s+forgot\s+to)?(?:\s+(?P<just>just|already))?\s+{_ACT_EN}(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_ASKED_EN = lazy(rf"(?P<do>Did|Have|Has)\s+{WHO_EN}\s+(?:already\s+)?{_ACT_EN}(?:\s+yet)?\s*\?+")
_LEFT_EN = lazy(rf"{_WHO_ANY_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?\s+left\s+{_THING_EN}\s+on"
                r"(?P<night>\s+all\s+night)?\s*(?P<end>[.!?]*)")
_STATE_EN = [lazy(rf"(?P<be>Is|Are)\s+{_THING_EN}\s+(?:(?P<still>still)\s+)?(?P<on>on|off)\s*(?P<end>\?+)"),
             lazy(rf"{_THING_EN}(?P<be>\s+is|\s+are|['’]s|['’]re)\s+(?:(?P<still>still)\s+)?(?P<on>on|off)"
                  r"\s*(?P<end>[.!]*)")]
# who has, by the word that says it ("'s" after "he" is "has" here: "he's turned off …")
_HAS = {"has": True, "'s": True, "hasn't": True, "have": False, "'ve": False, "haven't": False}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that tells or asks someone to turn a thing on, off or up, says or asks who did,
    who left it on, or whether it is on; None for any other."""
    if src == "vi":
        return _told(text) or _ask(text) or _said(text) or _left(text) or _state(text)
    return _told_vi(text) or _ask_vi(text) or _said_vi(text) or _asked_vi(text) or _left_vi(text) or _state_vi(text)


def _thing_en(m: re.Match) -> str | None:
    """The thing of a match of _THING in English: "the fan", "this fan", "the living room light", "my computer";
    None for the music of a room or of someone's."""
    said = THINGS[keyed(m["thing"])]
    if m["room"] or m["owner"]:
        return None if said == "music" else (
            f"the {_ROOMS[keyed(m['room'])]} {said}" if m["room"] else f"{OWNERS[keyed(m['owner'])]} {said}")
    return f"{'this' if m['this'] else 'the'} {said}"


def _doing(m: re.Match) -> str | None:
    """What is done of a match of _ACT, in English: "turn on the fan", "turn off the light", "turn the TV up"; None
    for "tắt … lên" (off, up)."""
    if sound := m["sound"] or m["sound2"]:
        return f"turn the {THINGS[keyed(sound)]} up"
    on = keyed(m["verb"]) != "tắt"
    if m["up"] and not on or (thing := _thing_en(m)) is None:
        return None
    return f"turn {'on' if on else 'off'} {thing}"


def _told(text: str) -> str | None:
    """"Tắt đèn đi." as "Turn off the light.", "Làm ơn bật quạt lên." as "Please turn on the fan.", "Đừng quên tắt
    đèn." as "Don't forget to turn off the light.", "Bật điều hòa lên giúp tôi." as "Could you turn on the air
    conditioner for me?" (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"] or (doing := _doing(m)) is None or m["forme"] and (m["dont"] or m["remember"]):
        return None
    end = "!" if "!" in m["end"] else "."
    if m["forme"]:
        return f"Could you {doing} for me?"
    if m["dont"]:
        return f"Don't {'forget to ' * bool(m['forget'])}{doing}{end}"
    return capitalised(f"{'remember to ' if m['remember'] else 'please ' if m['please'] else ''}{doing}{end}")


def _ask(text: str) -> str | None:
    """"Anh bật quạt được không?" as "Could you turn on the fan?", "Bạn có thể giúp tôi tắt đèn không?" as "Could
    you turn off the light for me?", "Tôi bật quạt được không?" as "Can I turn on the fan?" (_ASK); None for anything
    else, someone else asked of ("Anh ấy bật quạt được không?": can he, or may he?), "em" asked, and "Bạn bật quạt
    không?"."""
    m = _ASK.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["can"] or m["can2"]) or (said := who(m, True)) is None or keyed(
            m["who"] or "") == "em":  # ("Em bật quạt được không?": may I, as often as can you)
        return None
    doing, forme = _doing(m), m["forme"] or m["help"]
    if doing is None or said[0] not in ("you", "I", "we") or forme and said[0] != "you":
        return None
    return f"Could you {doing}{' for me' * bool(forme)}?" if said[0] == "you" else f"Can {said[0]} {doing}?"


def _said(text: str) -> str | None:
    """"Tôi đã tắt đèn." as "I turned off the light.", "Tôi tắt đèn rồi." as "I've turned off the light.", "Mẹ tôi
    vừa tắt tivi." as "My mother has just turned off the TV.", "Bạn tắt điều hòa chưa?" as "Have you turned off the
    air conditioner?", "Ai bật đèn vậy?" as "Who turned on the light?", "Tôi bật quạt nhé?" as "Shall I turn on the
    fan?", "Để tôi tắt đèn." as "Let me turn off the light." (_SAID); None for anything else, and for a plain verb
    said ("Tôi tắt đèn.": a habit, or done)."""
    m = _SAID.fullmatch(text)
    asked, tense = bool(m and "?" in m["end"]), keyed(m and m["tense"] or "")
    if not m or (doing := _doing(m)) is None:
        return None
    if m["ai"]:  # (asked of what was done: "Ai bật đèn vậy?")
        plain = tense in ("", "đã") and not (m["let"] or m["done"] or m["yet"] or m["shall"])
        return f"Who {doing.replace('turn', 'turned', 1)}?" if asked and plain else None
    said = who(m, asked and bool(m["yet"]))
    if said is None or (m["let"] or m["shall"]) and (tense or m["done"] or m["yet"] or said[0] not in ("I", "we")):
        return None
    who_, one = said
    if m["let"]:
        return None if asked else f"Let {'me' if who_ == 'I' else 'us'} {doing}."
    if m["shall"]:
        return f"Shall {who_} {doing}?" if asked else None  # ("Tôi bật quạt nhé.": I will, or shall I?)
    done, has = doing.replace("turn", "turned", 1), "has" if one else "have"
    if m["yet"]:
        return f"{has.capitalize()} {who_} {done}?" if asked and tense in ("", "đã") and not m["done"] else None
    if asked or not tense and not m["done"] or m["done"] and tense not in ("", "đã", "quên"):
        return None
    if tense == "quên":
        return capitalised(f"{who_} forgot to {doing}.")
    said = f"{has} {done}" if m["done"] else {"đã": done, "sẽ": f"will {doing}", "chưa": f"{has}n't {done} yet"}.get(
        tense, f"{has} just {done}")
    return capitalised(contracted(who_, said) + ".")


def _left(text: str) -> str | None:
    """"Bạn để đèn sáng." as "You left the light on.", "Ai để tivi bật cả đêm vậy?" as "Who left the TV on all
    night?" (_LEFT); None for anything else, and "sáng" (lit) of any but a light."""
    m = _LEFT.fullmatch(text)
    if not m or (thing := _thing_en(m)) is None or m["on"] == "sáng" and not thing.endswith("light"):
        return None
    night, asked = " all night" * bool(m["night"]), "?" in m["end"]
    if m["ai"]:
        return f"Who left {thing} on{night}?" if asked else None
    said = None if asked else who(m, False)
    return said and capitalised(f"{said[0]} left {thing} on{night}.")


def _state(text: str) -> str | None:
    """"Tivi đang bật." as "The TV is on.", "Đèn vẫn còn sáng." as "The light is still on.", "Đèn có đang bật
    không?" as "Is the light on?" (_STATE); None for anything else, and without "đang" or "vẫn" ("Đèn tắt.": went
    off)."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or not (m["now"] or m["still"]) or (
            thing := _thing_en(m)) is None or m["on"] == "sáng" and (asked or not thing.endswith("light")):
        return None
    on = "off" if m["on"] == "tắt" else "on"
    if asked:
        return f"Is {thing} {on}?"
    return capitalised(f"{thing} is {'still ' * bool(m['still'])}{on}.")


def _thing_vi(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THING_EN in Vietnamese, and whether English says it as many: ("quạt", False) for
    "the fan", ("đèn phòng khách", True) for "the living room lights", "quạt này" for "this fan", "máy tính của tôi"
    for "my computer"; None for "this lights", and a room with whose ("my kitchen light")."""
    vi, det, room = THINGS_VI[keyed(m["thing"])], m["det"].lower(), m["room"] or m["room2"]
    many = m["thing"].lower() in _MANY
    if room and (det != "the" or m["room"] and m["room2"]) or det == "this" and many:
        return None
    if room:
        return f"{vi} {_ROOMS_VI[keyed(room)]}", many
    return (vi if det == "the" else f"{vi} này" if det == "this" else f"{vi} của {WHOSE_VI[det]}"), many


def _doing_vi(m: re.Match) -> tuple[str, str] | None:
    """What is done of a match of _ACT_EN in Vietnamese, and the word after it told: ("bật quạt", " lên"), ("tắt
    đèn", " đi"), ("vặn to tiếng tivi", " lên"); None for "on" said twice or not at all, and "up" of other things."""
    on = (m["on"] or m["on2"] or "").lower()
    if bool(m["on"]) == bool(m["on2"]) or (thing := _thing_vi(m)) is None:
        return None
    if on == "up":
        if m["verb"].lower() != "turn" or THINGS[THINGS_VI[keyed(m["thing"])]] not in _SOUND:
            return None
        return f"vặn to {'' if thing[0].startswith('nhạc') else 'tiếng '}{thing[0]}", " lên"
    return (f"bật {thing[0]}", " lên") if on == "on" else (f"tắt {thing[0]}", " đi")


def _told_vi(text: str) -> str | None:
    """"Turn off the light." as "Tắt đèn đi.", "Turn off the lights, please." as "Làm ơn tắt đèn.", "Don't forget to
    turn off the lights." as "Đừng quên tắt đèn.", "Turn on the fan for me." as "Bật quạt lên giúp tôi." (_TOLD_EN);
    None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or m["ed"] or (said := _doing_vi(m)) is None or m["forme"] and (m["dont"] or m["remember"]):
        return None
    doing, after = said
    if m["dont"]:
        return f"Đừng {'quên ' * bool(m['forget'])}{doing}."
    if m["remember"]:
        return f"Nhớ {doing} nhé."
    after = "" if after == " đi" and (m["please"] or m["please0"] or m["forme"]) else after
    return capitalised(f"{'làm ơn ' * bool(m['please'] or m['please0'])}{doing}{after}"
                       f"{' giúp tôi' * bool(m['forme'])}{'!' if '!' in m['end'] else '.'}")


def _ask_vi(text: str) -> str | None:
    """"Can you turn on the fan?" as "Bạn có thể bật quạt không?", "Could you turn off the light for me?" as "Bạn
    có thể tắt đèn giúp tôi không?", "Can I turn on the fan?" as "Tôi bật quạt được không?", "Shall I turn on the
    fan?" as "Tôi bật quạt nhé?" (_ASK_EN); None for anything else, and someone else asked of."""
    m = _ASK_EN.fullmatch(text)
    if not m or m["ed"] or not m["who"] or (said := _doing_vi(m)) is None:
        return None
    doing, can, who_ = said[0], m["can"].lower(), m["who"].lower()
    if who_ == "you" and can not in ("may", "shall"):
        return f"Bạn có thể {doing}{' giúp tôi' * bool(m['forme'])} không?"
    if who_ not in ("i", "we") or m["forme"] or can in ("would", "will"):
        return None
    who_ = "chúng ta" if who_ == "we" and can == "shall" else who_vi(m)[0]  # ("Shall we": the listener too)
    return f"{who_.capitalize()} {doing} {'nhé' if can == 'shall' else 'được không'}?"


def _said_vi(text: str) -> str | None:
    """"I turned off the lights." as "Tôi đã tắt đèn.", "I've turned off the light." as "Tôi đã tắt đèn rồi.", "She
    has just turned on the radio." as "Cô ấy vừa bật radio.", "Who turned on the light?" as "Ai bật đèn vậy?"
    (_SAID_EN); None for anything else, and where "has" … does not agree with who ("She have")."""
    m = _SAID_EN.fullmatch(text)
    if not m or (said := _doing_vi(m)) is None:
        return None
    doing, ed, asked = said[0], bool(m["ed"]), "?" in m["end"]
    aux, just = keyed((m["aux"] or "").replace("’", "'")), keyed(m["just"] or "")
    if m["ai"]:
        return f"Ai {doing} vậy?" if asked and ed and not (aux or just or m["yet"]) else None
    who_, one = who_vi(m)
    if asked or aux in _HAS and (_HAS[aux] != one or not ed) or m["yet"] and aux not in ("hasn't", "haven't"):
        return None
    if aux in ("will", "'ll", "forgot to"):
        done = not (ed or just) and f"{'sẽ' if aux != 'forgot to' else 'quên'} {doing}"
    elif aux in _HAS:
        done = f"chưa {doing}" if aux.endswith("n't") else f"vừa {doing}" if just == "just" else f"đã {doing} rồi"
    else:
        done = ed and just != "already" and f"{'vừa' if just else 'đã'} {doing}"
    return done and capitalised(f"{who_} {done}.")


def _asked_vi(text: str) -> str | None:
    """"Did you turn off the AC?" as "Bạn đã tắt điều hòa chưa?", "Has he turned off the computer?" as "Anh ấy đã
    tắt máy tính chưa?" (_ASKED_EN); None for anything else, and where "has" … does not agree ("Did you turned")."""
    m = _ASKED_EN.fullmatch(text)
    if not m or (said := _doing_vi(m)) is None:
        return None
    do, (who_, one) = m["do"].lower(), who_vi(m)
    if bool(m["ed"]) == (do == "did") or do != "did" and (do == "has") != one:
        return None
    return f"{capitalised(who_)} đã {said[0]} chưa?"


def _left_vi(text: str) -> str | None:
    """"You left the light on." as "Bạn để đèn sáng.", "Who left the TV on all night?" as "Ai để tivi bật cả đêm
    vậy?" (_LEFT_EN); None for anything else."""
    m = _LEFT_EN.fullmatch(text)
    aux = keyed((m and m["aux"] or "").replace("’", "'"))
    if not m or (thing := _thing_vi(m)) is None or bool(m["ai"]) != ("?" in m["end"]) or aux and (
            m["ai"] or _HAS[aux] != who_vi(m)[1]):
        return None
    on = "sáng" if thing[0].startswith("đèn") else "bật"
    said = f"để {thing[0]} {on}{' cả đêm' * bool(m['night'])}"
    return f"Ai {said} vậy?" if m["ai"] else capitalised(f"{who_vi(m)[0]} {said}.")


def _state_vi(text: str) -> str | None:
    """"The TV is on." as "Tivi đang bật.", "The light is still on." as "Đèn vẫn còn sáng.", "Is the light on?" as
    "Đèn có đang sáng không?" (_STATE_EN); None for anything else, and where "is" does not agree ("The lights is")."""
    m = next((m for p in _STATE_EN if (m := p.fullmatch(text))), None)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    said, many = thing
    if (m["be"].strip().lower().replace("’", "'") in ("are", "'re")) != many:
        return None
    on = "tắt" if m["on"] == "off" else "sáng" if said.startswith("đèn") else "bật"
    if "?" in m["end"]:
        return capitalised(f"{said} có {'còn' if m['still'] else 'đang'} {on} không?")
    return capitalised(f"{said} {'vẫn còn' if m['still'] else 'đang'} {on}.")
