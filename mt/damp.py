"""Damp and humid air at home, both ways, written whole by rule: the "nồm" weather of the north's spring and its season,
walls, ceilings, floors and houses damp, mouldy or sweating, mould on them, the clothes that won't dry, and the
dehumidifier turned on or off. v8 (rules on) reads "nồm" as hard or massive, "ẩm" as moisturised, "mốc" as a milestone
and "máy hút ẩm" as a humidifier, and "damp" as a dam, "mould" as nothing, "dehumidifier" as a participant or an enemy:
"Trời nồm quá." → "It's too hard.", "Dạo này trời nồm quá." → "This rice is too massive.", "Nhà tôi bị nồm." → "My home
was rushed.", "Nhà bạn có bị nồm không?" → "Are you snugged?", "Tường bị ẩm." → "Humidifier.", "Tường bị mốc." → "It
seems milestone.", "Tường nhà đổ mồ hôi." → "The sweat of the sweat.", "Trên tường có mốc." → "There is a milestone on
the wall.", "Quần áo phơi mãi không khô." → "Players forever.", "Bật máy hút ẩm lên đi." → "Enables the humidifier.",
"Tôi vừa bật máy hút ẩm." → "I humidifier."; "The walls are damp." → "Các bức tường đang đập.", "The walls are wet
because of the humidity." → "Các bức tường đang ẩm ướt vì ẩm.", "There's mould on the wall." → "Sẽ trên tường.", "The
ceiling is mouldy." → "Trần nhà là khu trung tâm.", "The laundry won't dry." → "Người ta vẫn không khô.", "Turn on the
dehumidifier." → "Bật tùy theo bộ phận.", "I've turned on the dehumidifier." → "Tôi đã quay về người tham gia.", "It's
damp in here." → "Đó là sự dai dẳng ở đây.".

Taken: "trời nồm" (so, very …; today, lately, again) as "humid", and "It's damp" (today, lately, in here); the "mùa nồm"
here (in the north, in Hanoi); a surface of _SURFACES (the walls, the ceiling, the floor, the clothes, the wardrobe), in
a place of mt.tidying.PLACES with whose (mt.terms.OWNERS) or "này", or the place itself, damp, mouldy, wet, wet and
slippery or sweating, said, denied, asked, got so ("rồi") or because of the humidity; mould on a surface or in a place,
said or asked; the clothes that won't dry; "trời nồm" joined by "nên" or a comma to one of these ("It's so humid that
the clothes won't dry."); the dehumidifier turned on or off, told, asked of "you", done (just, already, asked yet; who:
mt.hobbies.WHO, WHO_EN). Left: "Trời ẩm quá." and "It's so humid." (the weather's, mt/weather.py and
mt/weather_said.py), the floor wet or slippery without "bị" (mt/cautions.py), clothes dry, still wet or not dry yet
(mt/laundry.py), "mùi ẩm mốc" (mt/smells.py), food gone mouldy (mt/supplies.py), leaks and "thấm" (mt/leaks.py), "Quần
áo không khô." (not dry, or won't dry?), "trần" without a place (also bare), a plain verb ("Tôi bật máy hút ẩm.": habit
or done; "I put it on" too), the dehumidifier had or needed, "anh", "chị", "em" alone saying it, "not" or a question
with a degree ("Tường không hơi ẩm.", "Are the walls still damp?"), a denial with "because" ("vì"), "It's damp."
without a day (a towel?), "too … that", a tag "nhỉ" but after "trời nồm", and anything else.
mt.phrasebook.translate tries these after mt/blood_types.py.

    >>> translate("Trời nồm quá.", "vi", "en"), translate("The walls are damp.", "en", "vi")
    ("It's so humid.", 'Tường bị ẩm.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed
from .tidying import PLACES, PLACES_VI
from .weather import DEGREE, EN_DEGREE

# what gets damp in a room, and whether English says it as many ("the walls are")
_SURFACES = {"tường": "walls", "bức tường": "wall", "trần": "ceiling", "sàn": "floor", "quần áo": "clothes",
             "tủ quần áo": "wardrobe"}
_SURFACES_VI = {en: vi for vi, en in _SURFACES.items()}
_MANY = {"walls", "clothes"}
_WITHOUT_PLACE = {"clothes", "wardrobe"}  # ("quần áo trong phòng": kept, not damp)
# how it is (the first Vietnamese of each is written back)
_STATES = {"ẩm": "damp", "ẩm ướt": "damp", "ẩm thấp": "damp", "nồm": "damp", "mốc": "mouldy", "mốc meo": "mouldy",
           "ẩm mốc": "damp and mouldy", "ướt": "wet", "ướt và trơn": "wet and slippery", "đổ mồ hôi": "sweating"}
_STATES_VI = {en: vi for vi, en in reversed(_STATES.items())} | {"moldy": "mốc", "damp and moldy": "ẩm mốc"}
# ... and what it has got or gone ("rồi")
_BECOME = {"damp": "got damp", "mouldy": "gone mouldy", "wet": "got wet"}
# the days "trời nồm" is said with, and whether English says "It's been" for them
_DAYS = {"hôm nay": ("today", False), "sáng nay": ("this morning", False), "dạo này": ("lately", True),
         "mấy hôm nay": ("these past few days", True), "mấy ngày nay": ("these past few days", True),
         "tuần này": ("this week", True)}
_VERBS = {"bật": "on", "mở": "on", "tắt": "off"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nồm|\bẩm|mốc|ướt|mồ\s+hôi|\bkhô\b)"),
         "en": lazy(r"(?i:damp|humid|mou?ld|wet|sweating|dry|drying|dehumidifier)")}

# a surface, in a place ("tường phòng tôi", "trần nhà tắm"), or the place itself ("nhà tôi", "phòng này")
_PLACE = rf"(?P<place>{alternatives(PLACES)})(?:\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)})|\s+(?P<this>này))?"
_SUBJECT = rf"(?i:(?P<surface>{alternatives(_SURFACES)})?(?:(?(surface)\s+(?:(?:trong|ở)\s+)?){_PLACE})?)"
_DEGREE = r"(?:(?P<before>rất|hơi|khá)\s+)?"
_AFTER = r"(?:\s+(?P<after>quá|lắm))?"
_STATE = lazy(rf"{_SUBJECT}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?{_DEGREE}(?P<bi>bị\s+)?"
              rf"(?P<state>{alternatives(_STATES)}){_AFTER}(?:\s+(?P<done>rồi))?"
              rf"(?P<why>\s+(?:vì|do)\s+(?:trời\s+)?nồm)?{ASKED_END}")
# mould on it, or in a place ("Trên tường có nấm mốc.", "Có mốc trên trần nhà.", "Phòng tắm có mốc.")
_MOULD = [lazy(rf"(?:(?P<prep>(?i:trên|ở|trong))\s+)?{_SUBJECT}\s+có\s+(?:nấm\s+)?mốc{ASKED_END}"),
          lazy(rf"[Cc]ó\s+(?:nấm\s+)?mốc\s+(?P<prep>trên|ở|trong)\s+{_SUBJECT}{SOFTENED_END}")]
_CLOTHES = lazy(rf"(?i:(?:phơi\s+)?quần\s+áo)(?:\s+(?P<hung>phơi))?(?:\s+(?P<long>mãi))?(?:\s+(?:mà|vẫn))?"
                rf"\s+(?:không|chẳng)\s+(?P<will>chịu\s+)?khô(?:\s+(?P<can>được))?{SOFTENED_END}")
_NOM = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s+)?(?:(?P<sky>[Tt]rời)\s+)?(?:(?P<again>lại)\s+)?{_DEGREE}"
            rf"(?i:nồm)(?:\s+(?P<after>quá|lắm|ghê))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_SEASON = lazy(rf"(?i:(?:(?:ở\s+)?(?P<at>miền\s+bắc|ngoài\s+bắc|hà\s+nội)\s+)?(?:(?:đang|đã)\s+)?(?:vào|là)\s+mùa\s+"
               rf"nồm(?:\s+rồi)?|mùa\s+nồm\s+(?P<again>lại\s+)?(?P<come>đến|tới|về)\s+rồi){SOFTENED_END}")
# "nhỉ" ending it asks the listener to agree ("Trời nồm nhỉ.": "It's humid, isn't it?")
_TAG = lazy(r"\snhỉ\s*[.!?]*\Z")
_JOINED = lazy(r"(?P<first>[^,]+?)(?:\s*,\s*(?:nên\s+)?|\s+nên\s+)(?P<then>[^,]+)")
# the dehumidifier turned on or off, told, asked of "you", done
_MACHINE = r"(?:(?:một\s+)?cái\s+)?máy\s+hút\s+ẩm"
_HELP = r"(?:\s+(?P<help>giúp|giùm|hộ)(?:\s+(?:tôi|mình))?)?"
_TOLD = lazy(rf"(?:(?P<please>[Hh]ãy|[Ll]àm\s+ơn)\s+)?(?P<verb>(?i:bật|mở|tắt))\s+{_MACHINE}(?:\s+(?P<up>lên))?"
             rf"{_HELP}(?:\s+(?:đi|nhé|nha))?{SOFTENED_END}")
_ASKED = lazy(rf"(?:(?P<you>(?i:bạn|anh|chị|em|cậu))\s+)?(?P<can>có\s+thể\s+)?(?P<verb>(?i:bật|mở|tắt))\s+{_MACHINE}"
              rf"(?:\s+(?P<up>lên))?{_HELP}\s+(?:(?P<duoc>được)\s+)?không{SOFTENED_END}")
_DONE = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?(?P<verb>bật|mở|tắt)\s+{_MACHINE}(?:\s+(?:lên|đi))?"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")

# ... and in English ("the walls", "the bathroom ceiling", "the walls in my bedroom", "my house")
_ROOM_EN = alternatives(PLACES_VI)
_SUBJECT_EN = (rf"(?P<whose>(?i:the|this|{WHOSE_WORDS}))\s+(?:(?:(?P<room>{_ROOM_EN})\s+)?(?P<surface>walls?|ceiling|"
               rf"floor|clothes|wardrobe)(?:\s+in\s+(?P<whose2>the|this|{WHOSE_WORDS})\s+(?P<place>{_ROOM_EN}))?|"
               rf"(?P<place0>{_ROOM_EN}))")
_STATE_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_SUBJECT_EN}(?:(?P<be>\s+is|\s+are|['’]s|['’]re)(?P<not>\s+not|n['’]t)?|"
                 r"(?P<have>\s+have|\s+has|['’]ve)\s+(?:got|gone|become))?"
                 rf"(?:\s+(?P<d>{alternatives(EN_DEGREE)}))?\s+(?P<state>{alternatives(_STATES_VI)})"
                 r"(?P<why>\s+because\s+of\s+the\s+(?:humidity|damp))?\s*(?P<end>[.!?]*)")
_MOULD_EN = lazy(rf"(?:(?P<is>Is)\s+there|There(?:['’]s|\s+is))\s+(?:some\s+)?mou?ld\s+(?P<prep>on|in)\s+"
                 rf"{_SUBJECT_EN}\s*(?P<end>[.!?]*)")
_CLOTHES_EN = lazy(r"The\s+(?:(?P<many>clothes)|washing|laundry)(?:\s+just)?\s+(?:won['’]t\s+dry|will\s+not\s+dry|"
                   r"(?P<be>aren['’]t|are\s+not|isn['’]t|is\s+not)\s+drying)\s*[.!]*")
_DAMP_EN = lazy(rf"It(?:(?P<been>['’]s\s+been|\s+has\s+been)|['’]s|\s+is)(?:\s+(?P<d>{alternatives(EN_DEGREE)}))?"
                r"\s+damp(?:\s+(?P<day>today|this\s+morning|lately|these\s+days|in\s+here))?\s*[.!]*")
_SEASON_EN = lazy(r"It['’]s\s+the\s+(?:humid|damp)\s+season\s+in\s+(?P<at>the\s+north|Hanoi)(?:\s+now)?\s*[.!]*")
_HUMID_EN = lazy(rf"It(?:['’]s|\s+is)(?:\s+(?P<d>{alternatives(EN_DEGREE)}))?\s+(?:humid|damp)(?P<today>\s+today)?"
                 r"(?:\s+(?P<that>that)\s+|,\s+so\s+)(?P<then>.+)")
_ON_EN = r"(?:(?P<on>on|off)\s+the\s+dehumidifier|the\s+dehumidifier\s+(?P<on2>on|off))"
_TOLD_EN = lazy(rf"(?P<please>Please\s+)?(?i:turn|switch|put)\s+{_ON_EN}(?P<please2>,?\s+please)?\s*[.!]*")
_ASKED_EN = lazy(rf"(?:Can|Could|Would)\s+you\s+(?:please\s+)?(?:turn|switch|put)\s+{_ON_EN}(?:,?\s+please)?"
                 r"(?P<me>\s+for\s+me)?\s*\?+")
_DONE_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just|"
                rf"already))?\s+(?P<verb>turned|switched|put)\s+{_ON_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence on damp or humid air at home, mould, clothes that won't dry or the
    dehumidifier; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        if _TAG.search(text):  # only "trời nồm" says its tag back; the rest would lose it
            return _nom(text)
        return (_nom(text) or _season(text) or _said(text) or _joined(text) or _told(text) or _asked(text) or
                _done(text))
    return (_damp_vi(text) or _season_vi(text) or _said_vi(text) or _humid_vi(text) or _told_vi(text) or
            _done_vi(text))


def _degree(m: re.Match) -> str | None:
    """How much of a match (groups before, after), in English with a space after it: "so ", "a bit ", ""; None for
    both said ("rất nồm quá")."""
    if m["before"] and m["after"]:
        return None
    said = m["before"] or m["after"]
    return f"{DEGREE[keyed(said)]} " if said else ""


def _nom(text: str) -> str | None:
    """"Trời nồm quá." as "It's so humid.", "Dạo này trời nồm quá." as "It's been so humid lately.", "Trời lại nồm
    rồi." as "It's humid again.", "Trời nồm nhỉ." as "It's humid, isn't it?" (_NOM); None for "nồm" alone and "rồi"
    without "lại"."""
    m = _NOM.fullmatch(text)
    tag = _TAG.search(text) is not None  # ("Trời nồm nhỉ?" asks to agree too)
    if not m or "?" in m["end"] and not tag or not (m["sky"] or m["before"] or m["after"]) or \
            m["done"] and not m["again"] or m["day"] and m["again"] or (much := _degree(m)) is None:
        return None
    day, been = _DAYS[keyed(m["day"])] if m["day"] else ("", False)
    end = f", {'hasn' if been else 'isn'}'t it?" if tag else "."
    return f"It's {'been ' * been}{much}humid{f' {day}' if day else ''}{' again' * bool(m['again'])}{end}"


def _season(text: str) -> str | None:
    """"Miền Bắc đang vào mùa nồm." as "It's the humid season in the north.", "Mùa nồm lại đến rồi." as "The humid
    season is here again." (_SEASON); None for anything else."""
    m = _SEASON.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m["come"]:
        return f"The humid season is here{' again' * bool(m['again'])}."
    at = {"": "", "hà nội": " in Hanoi"}.get(keyed(m["at"] or ""), " in the north")
    return f"It's the humid season{at}."


def _subject(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _SUBJECT in English, and whether it is many: ("the walls", True), ("the ceiling in my
    bedroom", False), ("my house", False); None for neither said, "trần" alone (also bare) or clothes in a room."""
    surface = _SURFACES.get(keyed(m["surface"] or ""))
    place = PLACES.get(keyed(m["place"] or ""))
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else "this" if m["this"] else "the"
    if not surface:
        return (f"{whose} {place}", False) if place else None
    if surface == "ceiling" and not place or surface in _WITHOUT_PLACE and place:
        return None
    if place is None or place == "house" and whose == "the":
        return f"the {surface}", surface in _MANY
    return f"the {surface} in {whose} {place}", surface in _MANY


def _said(text: str) -> str | None:
    """"Tường bị ẩm." as "The walls are damp.", "Nhà bạn có bị nồm không?" as "Is your house damp?", "Tường bị mốc
    rồi." as "The walls have gone mouldy.", "Tường bị ướt vì trời nồm." as "The walls are wet because of the
    humidity." (_STATE); then mould there (_mould) and the clothes (_clothes). None for "không" with a degree before
    ("Tường không hơi ẩm."), a question with a degree ("Tường có bị ẩm quá không?"), and a denial with "vì"."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := _subject(m)) is None:
        return _mould(text) or _clothes(text)
    state, (subject, many) = _STATES[keyed(m["state"])], said
    much = _degree(m)
    # "không" with "rất", "hơi", "khá" before is not Vietnamese ("Tường không hơi ẩm."); a question's degree and a
    # denial's "vì" (the scope: not damp, or not because of it?) are left
    if much is None or m["not"] and (m["before"] or m["why"]) or asked and much:
        return None
    if state == "wet" and not m["bi"] or m["not"] and (asked or m["done"]) or \
            state == "sweating" and (much or m["not"]) or m["done"] and (asked or much or state not in _BECOME) or \
            m["why"] and asked or state in ("wet", "sweating") and not m["surface"]:
        return None
    be = "are" if many else "is"
    why = " because of the humidity" if m["why"] else ""
    if asked:
        return f"{be.capitalize()} {subject} {state}?"
    if m["done"]:
        return capitalised(f"{subject} {'have' if many else 'has'} {_BECOME[state]}{why}.")
    nt = "n't" if m["not"] else ""
    return capitalised(f"{subject} {be}{nt} {much}{state}{why}.")


def _mould(text: str) -> str | None:
    """"Trên tường có nấm mốc." as "There's mould on the walls.", "Phòng tắm có mốc." as "There's mould in the
    bathroom.", "Trên trần nhà có mốc không?" as "Is there mould on the ceiling?" (_MOULD); None for anything else."""
    m = next((m for p in _MOULD if (m := p.fullmatch(text))), None)
    asked = bool(m and m.groupdict().get("asked"))
    prep = keyed(m["prep"] or "") if m else ""
    if not m or asked != ("?" in m["end"]) or (said := _subject(m)) is None or prep == "trên" and not m["surface"] or \
            prep == "trong" and m["surface"]:
        return None
    at = f"{'on' if m['surface'] else 'in'} {said[0]}"
    return f"Is there mould {at}?" if asked else f"There's mould {at}."


def _clothes(text: str) -> str | None:
    """"Quần áo phơi mãi không khô." and "Quần áo không khô được." as "The clothes won't dry." (_CLOTHES); None for
    "Quần áo không khô." (not dry, or won't dry?)."""
    m = _CLOTHES.fullmatch(text)
    if not m or "?" in m["end"] or not (m["hung"] or m["long"] or m["will"] or m["can"] or
                                        keyed(text).startswith("phơi")):
        return None
    return "The clothes won't dry."


def _joined(text: str) -> str | None:
    """"Trời nồm quá nên quần áo không khô được." as "It's so humid that the clothes won't dry.", "Trời nồm, tường đổ
    mồ hôi." as "It's humid, so the walls are sweating." (_JOINED: the weather, then what it does); None for
    anything else."""
    m = _JOINED.fullmatch(text) if "," in text or " nên " in text else None
    first = m and _nom(m["first"].rstrip(",") + ".")
    then = first and _said(capitalised(m["then"]))
    if not then or then.endswith("?") or " again" in first:
        return None
    return f"{first[:-1]}{' that' if ' so ' in first else ', so'} {then[0].lower()}{then[1:]}"


def _told(text: str) -> str | None:
    """"Bật máy hút ẩm lên đi." as "Turn on the dehumidifier.", "Làm ơn tắt máy hút ẩm." as "Please turn off the
    dehumidifier.", "Bật máy hút ẩm giúp tôi." as "Could you turn on the dehumidifier for me?" (_TOLD)."""
    m = _TOLD.fullmatch(text)
    on = m and _VERBS[keyed(m["verb"])]
    if not m or "?" in m["end"] or m["up"] and on == "off":
        return None
    if m["help"]:
        return f"Could you turn {on} the dehumidifier for me?"
    return f"{'Please turn' if m['please'] else 'Turn'} {on} the dehumidifier."


def _asked(text: str) -> str | None:
    """"Bạn bật máy hút ẩm giúp tôi được không?" as "Could you turn on the dehumidifier for me?", "Bạn có thể tắt
    máy hút ẩm không?" as "Could you turn off the dehumidifier?" (_ASKED); None without "bạn" or "giúp" (may I, or
    can you?)."""
    m = _ASKED.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["can"] or m["duoc"]) or not (
            m["help"] or keyed(m["you"] or "") == "bạn") or m["up"] and _VERBS[keyed(m["verb"])] == "off":
        return None
    return f"Could you turn {_VERBS[keyed(m['verb'])]} the dehumidifier{' for me' * bool(m['help'])}?"


def _done(text: str) -> str | None:
    """"Tôi vừa bật máy hút ẩm." as "I've just turned on the dehumidifier.", "Tôi đã tắt máy hút ẩm rồi." as "I've
    turned off the dehumidifier.", "Bạn đã bật máy hút ẩm chưa?" as "Have you turned on the dehumidifier yet?"
    (_DONE); None for a plain verb ("Tôi bật máy hút ẩm.": a habit or done)."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["yet"])
    tense = keyed(m["tense"] or "") if m else ""
    if not m or asked != ("?" in m["end"]) or not (tense or m["done"]) or asked and (m["done"] or tense not in (
            "", "đã")) or tense not in ("", "đã") and m["done"] or (said := who(m, asked)) is None:
        return None
    (who_, one), on = said, _VERBS[keyed(m["verb"])]
    if asked:
        return f"{'Has' if one else 'Have'} {who_} turned {on} the dehumidifier yet?"
    if tense == "đã" and not m["done"]:
        return capitalised(f"{who_} turned {on} the dehumidifier.")
    just = "just " if tense and tense != "đã" else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}turned {on} the dehumidifier."))


def _damp_vi(text: str) -> str | None:
    """"It's so damp today." as "Hôm nay trời ẩm quá.", "It's been so damp lately." as "Dạo này trời ẩm quá.",
    "It's damp in here." as "Trong này bị ẩm." (_DAMP_EN); None where "been" and the day do not go together, and
    without a day or "in here" ("It's still damp.": a towel?)."""
    m = _DAMP_EN.fullmatch(text)
    day = m and (m["day"] or "").lower()
    # "It's damp." with no day or "in here" is often a thing ("it": a towel, the clothes)
    if not m or not day or bool(m["been"]) != (day in ("lately", "these days")):
        return None
    before, after = EN_DEGREE[m["d"].lower()] if m["d"] else ("", "")
    much = f"{before} ẩm {after}".strip() if m["d"] else "ẩm"
    if day == "in here":
        return f"Trong này {much}." if m["d"] else "Trong này bị ẩm."
    opening = {"today": "Hôm nay trời", "this morning": "Sáng nay trời", "": "Trời"}.get(day, "Dạo này trời")
    return f"{opening} {much}."


def _season_vi(text: str) -> str | None:
    """"It's the humid season in the north." as "Miền Bắc đang vào mùa nồm." (_SEASON_EN)."""
    m = _SEASON_EN.fullmatch(text)
    return m and f"{'Hà Nội' if m['at'] == 'Hanoi' else 'Miền Bắc'} đang vào mùa nồm."


def _place_vi(place: str, whose: str) -> str:
    """A place of mt.tidying.PLACES_VI with whose it is, in Vietnamese: "nhà tôi", "phòng ngủ của tôi", "phòng
    này", "phòng tắm" (whose after "của" as mt/tidying.py writes it, but "nhà tôi")."""
    vi, whose = PLACES_VI[keyed(place)], whose.lower()
    if whose in ("the", "this"):
        return f"{vi}{' này' * (whose == 'this')}"
    return f"{vi}{' của' * (vi != 'nhà')} {WHOSE_VI[whose]}"


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _SUBJECT_EN in Vietnamese, and whether English said it as many: ("tường", True) for "the
    walls", ("trần phòng tắm", False) for "the bathroom ceiling" or "the ceiling in the bathroom", ("nhà tôi",
    False) for "my house"; None for a surface with whose and no place ("my walls": mine, or ours?), or two places."""
    if not m["surface"]:
        return _place_vi(m["place0"], m["whose"]), False
    if m["room"] and m["place"] or not (m["room"] or m["place"]) and m["whose"].lower() != "the":
        return None
    place, whose = (m["room"], m["whose"]) if m["room"] else (m["place"], m["whose2"])
    surface = m["surface"].lower()
    if surface in _WITHOUT_PLACE and place:
        return None
    vi = _SURFACES_VI[surface]
    at = _place_vi(place, whose) if place else "nhà" if vi in ("trần", "sàn") else ""
    return f"{vi} {at}".rstrip(), surface in _MANY


def _said_vi(text: str) -> str | None:
    """"The walls are damp." as "Tường bị ẩm.", "Is your house damp?" as "Nhà bạn có bị ẩm không?", "The ceiling has
    gone mouldy." as "Trần nhà bị mốc rồi.", "The walls are wet because of the humidity." as "Tường bị ướt vì trời
    nồm." (_STATE_EN); then mould (_mould_vi) and the clothes (_clothes_vi). None where "is" does not agree, for
    the floor wet or slippery alone (mt/cautions.py's), for "not" or a question with a degree ("The walls aren't very
    damp.", "Are the walls still damp?"), and for "not" with "because"."""
    m = _STATE_EN.fullmatch(text)
    said = m and _subject_vi(m)
    if not said:
        return _mould_vi(text) or _clothes_vi(text)
    (subject, many), state, asked = said, m["state"].lower(), "?" in m["end"]
    be = (m["be0"] or m["be"] or "").strip().lower().replace("’", "'")
    have = (m["have"] or "").strip().lower().replace("’", "'")
    # "not" with a degree ("isn't very damp": "không rất ẩm" is not Vietnamese), a question's degree (lost), and a
    # denial with "because" (not damp, or not because of it?) are left
    if m["d"] and (m["not"] or asked) or m["not"] and m["why"]:
        return None
    if bool(m["be0"]) != asked or m["be0"] and m["be"] or not (be or have) or (be in ("are", "'re")) != many and be or \
            have and (have in ("have", "'ve")) != many or m["not"] and asked or m["why"] and asked or have and (
            m["not"] or m["d"] or state.replace("moldy", "mouldy") not in _BECOME) or state == "sweating" and (
            m["d"] or m["not"] or have) or state == "wet" and subject == "sàn nhà" and not m["why"] or state in (
            "wet", "sweating") and not m["surface"]:
        return None
    before, after = EN_DEGREE[m["d"].lower()] if m["d"] else ("", "")
    vi = _STATES_VI[state]
    bi = "" if state in ("sweating", "wet and slippery") or before in ("rất", "khá", "cực kỳ") else "bị "
    if asked:
        return capitalised(f"{subject} có {bi}{vi} không?")
    said = " ".join(f"{subject} {'không ' * bool(m['not'])}{before} {bi}{vi} {after}".split())
    return capitalised(f"{said}{' rồi' * bool(have)}{' vì trời nồm' * bool(m['why'])}.")


def _mould_vi(text: str) -> str | None:
    """"There's mould on the wall." as "Trên tường có nấm mốc.", "Is there mould in the bathroom?" as "Trong phòng
    tắm có nấm mốc không?" (_MOULD_EN); None for "on" a room or "in" a surface."""
    m = _MOULD_EN.fullmatch(text)
    said = m and _subject_vi(m)
    if not said or bool(m["is"]) != ("?" in m["end"]) or (m["prep"] == "on") != bool(m["surface"]):
        return None
    at = said[0].removeprefix("bức ")  # ("trên tường": on the wall, or the walls)
    return f"{'Trên' if m['surface'] else 'Trong'} {at} có nấm mốc{' không?' if m['is'] else '.'}"


def _clothes_vi(text: str) -> str | None:
    """"The clothes won't dry." and "The washing isn't drying." as "Quần áo phơi mãi không khô." (_CLOTHES_EN);
    None for "The clothes isn't drying."."""
    m = _CLOTHES_EN.fullmatch(text)
    if not m or m["be"] and m["be"].lower().startswith("are") != bool(m["many"]):
        return None
    return "Quần áo phơi mãi không khô."


def _humid_vi(text: str) -> str | None:
    """"It's so humid that the clothes won't dry." as "Trời nồm quá nên quần áo phơi mãi không khô." (_HUMID_EN: the
    weather, then what it does); None for "that" without "so" ("It's too humid that …")."""
    m = _HUMID_EN.fullmatch(text)
    # "that" goes after "so" alone ("It's too humid that …" is not English)
    if not m or m["that"] and (m["d"] or "").lower() != "so":
        return None
    then = _said_vi(capitalised(m["then"]))
    if not then or then.endswith("?"):
        return None
    before, after = EN_DEGREE[m["d"].lower()] if m["d"] else ("", "")
    nom = " ".join(f"{'Hôm nay ' * bool(m['today'])}trời {before} nồm {after}".split())
    return capitalised(f"{nom} nên {then[0].lower()}{then[1:]}")


def _told_vi(text: str) -> str | None:
    """"Turn on the dehumidifier." as "Bật máy hút ẩm lên.", "Please turn it off" as "Làm ơn tắt máy hút ẩm.", "Can
    you turn on the dehumidifier?" as "Bạn có thể bật máy hút ẩm không?" (_TOLD_EN, _ASKED_EN)."""
    m = _TOLD_EN.fullmatch(text) or _ASKED_EN.fullmatch(text)
    if not m:
        return None
    on = (m["on"] or m["on2"]).lower() == "on"
    verb = "bật" if on else "tắt"
    if m.re == _ASKED_EN:
        return f"Bạn {verb} máy hút ẩm giúp tôi được không?" if m["me"] else f"Bạn có thể {verb} máy hút ẩm không?"
    if m["please"] or m["please2"]:
        return f"Làm ơn {verb} máy hút ẩm{' lên' * on}."
    return f"{verb.capitalize()} máy hút ẩm {'lên' if on else 'đi'}."


def _done_vi(text: str) -> str | None:
    """"I've just turned on the dehumidifier." as "Tôi vừa bật máy hút ẩm.", "Have you turned off the dehumidifier
    yet?" as "Bạn đã tắt máy hút ẩm chưa?", "I turned on the dehumidifier." as "Tôi đã bật máy hút ẩm." (_DONE_EN);
    None where "has" does not agree with who, and for "put" without "have" after I, you, we, they (present too)."""
    m = _DONE_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), asked = who_vi(m), "?" in m["end"]
    have = (m["have0"] or m["have"] or "").strip().lower().replace("’", "'")
    verb = "bật" if (m["on"] or m["on2"]).lower() == "on" else "tắt"
    if bool(m["have0"]) != asked or m["have0"] and (m["have"] or m["just"]) or have and (
            have in ("has", "'s")) != one or m["yet"] and not asked:
        return None
    if m["verb"] == "put" and not (have or one):  # ("I put the dehumidifier on.": a habit, or done?)
        return None
    if asked:
        return capitalised(f"{who_} đã {verb} máy hút ẩm chưa?")
    just = (m["just"] or "").lower()
    if just == "just":
        return capitalised(f"{who_} vừa {verb} máy hút ẩm.")
    return capitalised(f"{who_} đã {verb} máy hút ẩm{' rồi' * bool(have or just)}.")

