"""Car and motorbike horns, both ways, written whole by rule: someone honking (just, now, often, never, too much),
keeping on honking, being honked at, a no-honking zone, being told not to honk, and a horn that doesn't work. v8
(rules on) reads "bóp còi" as brewing or massaging, "cứ" as keeping something, "inh ỏi" as nothing, and "honk" as
fun or a cough: "Sao anh cứ bóp còi mãi thế?" → "Why don't you massage?", "Xe sau cứ bóp còi inh ỏi." → "The car
after keeping a brew.", "Tôi bị bóp còi." → "I'm battered.", "Khu này cấm bóp còi." → "This area bans a brew.",
"Còi xe tôi bị hỏng." → "My car is broken.", "Anh ấy hay bóp còi." → "He or brew.", "Đừng bóp còi nữa!" → "Don't
brew!"; "Why do you keep honking?" → "Tại sao bạn lại giữ thú vị?", "The car behind keeps honking." → "Xe hơi đằng
sau giữ thú vị.", "Someone honked at me." → "Có ai cũng thích thú với tôi.", "Honking is not allowed in this area." →
"Không cho phép việc chuẩn bị trong khu vực này.", "My horn isn't working." → "Horn của tôi không làm việc.", "Don't
honk!" → "Đừng cough!".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) or a driver or car of HONKERS ("xe sau", the car behind; "tài xế", the
driver; "ai đó", someone) that keeps honking ("cứ bóp còi mãi", "inh ỏi": loudly, "liên tục": non-stop; kept, on a
day behind), asked why ("Sao … cứ bóp còi mãi thế?"); who just honked, honked ("đã"), is honking (at whom: "vừa bóp
còi tôi"), often or never honks (someone of WHO, or people), honks too much, asked "có hay … không?"; who got honked
at ("Tôi bị bóp còi.", by a driver of HONKERS, just, again, on a day behind); "Cấm bóp còi." and honking banned or
not allowed in a place of PLACES, asked, "you can't honk here"; "Đừng bóp còi (nữa)!" and "Don't honk!", "Stop
honking!"; a horn ("còi xe", of a motorbike or a car; whose of mt.terms.OWNERS) broken or not working, asked. Left: a
bare "bóp còi" with no word of when ("Anh ấy bóp còi.": honked, or honks?), "có … không?" of one time ("Bạn có bóp
còi không?": did, or do?), "Ai bóp còi thế?", "anh", "chị", "em" alone saying it, "em" with "ạ" (the speaker), "I"
asked, a pet honking, "hay", "không bao giờ" of a bare driver, car or bus (all of them?) or of everyone ("Mọi người
không bao giờ bóp còi.": nobody ever), someone's habits, honking at oneself ("I honked at me."), "just" with a day,
"thế"/"vậy" closing a statement (so much?), "còi" with no "xe" (a whistle: "thổi còi", "còi báo cháy" of
mt/fire_safety.py), "My horn is broken." (a horn to play?), "hooting" and "beeping", honking to greet or warn. No
module before this one takes horns or honking (mt/noise.py, traffic.py, driving.py, car_trouble.py, vehicles.py,
complaining.py and broken.py have none). mt.phrasebook.translate tries these after mt/fake_notes.py.

    >>> translate("Xe sau cứ bóp còi inh ỏi.", "vi", "en"), translate("Why do you keep honking?", "en", "vi")
    ('The car behind keeps honking loudly.', 'Sao bạn cứ bóp còi mãi thế?')
"""
from __future__ import annotations

import re

from .dates import near_days
from .ever import YOU
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, em_speaking, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_OBJECT, STRESSED_SAID, alternatives, capitalised, contracted, keyed, stop

# who honks besides WHO: drivers, cars, someone (English, whether one; the first Vietnamese of each is written back)
HONKERS = {"xe sau": ("the car behind", True), "xe đằng sau": ("the car behind", True),
           "xe phía sau": ("the car behind", True), "xe đằng trước": ("the car in front", True),
           "xe phía trước": ("the car in front", True), "tài xế": ("the driver", True), "bác tài": ("the driver", True),
           "người lái xe": ("the driver", True), "tài xế taxi": ("the taxi driver", True),
           "tài xế xe buýt": ("the bus driver", True), "xe buýt": ("the bus", True), "ai đó": ("someone", True),
           "mọi người": ("everyone", True), "người ta": ("people", False)}
HONKERS_VI = {en: vi for vi, (en, _) in reversed(HONKERS.items())}
_ONE_EN = {en: one for en, one in HONKERS.values()}
# where honking is banned (the first Vietnamese of each is written back; AFTER may stand after the verb too)
PLACES = {"khu này": "in this area", "khu vực này": "in this area", "ở đây": "here", "chỗ này": "here",
          "đường này": "on this street", "con đường này": "on this street", "gần bệnh viện": "near the hospital",
          "gần trường học": "near the school", "trong khu này": "in this area", "trong khu vực này": "in this area",
          "trên đường này": "on this street"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {"on this road": "đường này"}
_AFTER = {"ở đây", "gần bệnh viện", "gần trường học", "trong khu này", "trong khu vực này", "trên đường này"}
# a horn's vehicle ("còi xe": the horn; "còi xe máy": the motorbike horn)
VEHICLES = {"xe": "", "xe máy": "motorbike ", "xe hơi": "car ", "ô tô": "car ", "xe ô tô": "car "}
VEHICLES_VI = {"": "xe", "motorbike": "xe máy", "car": "ô tô"}
# how one keeps honking, and back ("mãi", on and on, English says with "keep" alone)
HOW = {"mãi": "", "hoài": "", "inh ỏi": " loudly", "liên tục": " non-stop"}
HOW_VI = {"": "mãi", "loudly": "inh ỏi", "non-stop": "liên tục", "nonstop": "liên tục"}
# the days behind that a shape may open with, and back
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "đêm qua", "hôm kia")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:còi|bóp\s+kèn)"), "en": lazy(r"(?i:honk|horn)")}

_HONK = r"(?:(?:bóp|bấm|nhấn)\s+còi|bóp\s+kèn)"
_DAY = rf"(?:(?P<day>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_WHO = rf"(?:(?P<honker>(?i:{alternatives(HONKERS)}))|{WHO})"
# keeping on honking ("Xe sau cứ bóp còi inh ỏi.", "Sao anh cứ bóp còi mãi thế?")
_KEEP = lazy(rf"(?:(?P<why>(?i:tại\s+sao|sao))\s+)?{_DAY}{_WHO}\s+(?:lại\s+)?cứ\s+{_HONK}"
             rf"(?:\s+(?P<how>{alternatives(HOW)}))?{ASKED_END}")
# honking, at whom or not ("Xe sau vừa bóp còi tôi.", "Anh ấy hay bóp còi.", "Bạn có hay bóp còi không?")
_AUX = {"vừa mới": "just", "vừa": "just", "mới": "just", "đã": "past", "đang": "now", "hay": "often",
        "thường": "often", "thường xuyên": "often", "không bao giờ": "never"}
_HONKS = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?{_HONK}"
              rf"(?:\s+(?:(?:với|vào)\s+)?{WHOM})?(?:\s+(?P<much>nhiều\s+quá|quá\s+nhiều))?"
              rf"(?:\s+(?P<loud>inh\s+ỏi))?{ASKED_END}")
# honked at ("Tôi bị bóp còi.", "Hôm qua tôi bị xe buýt bóp còi.")
_AT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|lại)\s+)?bị\s+(?:(?P<by>(?i:{alternatives(HONKERS)}))\s+)?"
           rf"{_HONK}{ASKED_END}")
# honking banned ("Khu này cấm bóp còi.", "Cấm bóp còi!", "Ở đây có được bóp còi không?")
_PLACE = rf"(?i:{alternatives(PLACES)})"
_BANNED = lazy(rf"(?:(?P<place>{_PLACE})\s+)?(?:(?P<ask>có)\s+)?(?P<ban>(?i:nghiêm\s+cấm|cấm|không\s+được|được))\s+"
               rf"{_HONK}(?:\s+(?P<place2>{_PLACE}))?{ASKED_END}")
# told not to ("Đừng bóp còi nữa!", "Làm ơn đừng bóp còi.")
_DONT = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+)?(?:(?i:{YOU})\s+)?(?i:đừng)\s+{_HONK}(?:\s+(?P<more>nữa))?"
             r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
# a horn broken ("Còi xe tôi bị hỏng.", "Còi xe máy của tôi không kêu.", "Còi xe bạn có kêu không?")
_BROKEN = lazy(rf"[Cc]òi\s+(?P<veh>{alternatives(VEHICLES)})(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
               r"\s+(?:(?P<ask>có)\s+)?(?:(?P<broken>bị\s+hỏng|hỏng)(?:\s+rồi)?|(?P<dead>không\s+kêu(?:\s+được)?)|"
               rf"(?P<works>kêu(?:\s+được)?)){ASKED_END}")

# ... and in English
_WHO_EN = rf"(?:(?P<honker>(?i:{alternatives(HONKERS_VI)}))|{WHO_EN})"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_KEEP_EN = lazy(rf"(?:(?P<why>Why)\s+(?P<do>do|does|did)\s+)?{_WHO_EN}\s+(?P<verb>keeps|keep|kept)\s+(?:on\s+)?"
                rf"honking(?:\s+(?P<how>{alternatives(k for k in HOW_VI if k)}))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_HONKS_EN = lazy(rf"(?:(?P<q>Does|Do|Is|Are|Am)\s+)?{_WHO_EN}(?P<aux>\s+is|\s+are|\s+am|['’]s|['’]re|['’]m|\s+just|"
                 r"\s+never|\s+often)?\s+(?P<verb>honks|honk|honked|honking)(?:\s+at\s+" + WHOM_EN + ")?"
                 rf"(?:\s+(?P<much>a\s+lot|too\s+much))?{_DAY_EN}\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"{WHO_EN}\s+(?P<aux>just\s+got|got|was|were)\s+honked\s+at{_DAY_EN}\s*(?P<end>[.!]*)")
_PLACE_EN = rf"(?:\s+(?P<place>{alternatives(PLACES_VI)}))?"
_BANNED_EN = lazy(r"(?:(?P<q>Is\s+honking)\s+(?P<qhow>allowed|banned|prohibited|forbidden)|"
                  r"(?i:honking)(?P<be>\s+is\s+not|\s+isn['’]t|\s+is|['’]s\s+not|['’]s)\s+"
                  r"(?P<how>allowed|(?:strictly\s+)?(?:banned|prohibited|forbidden))|(?P<no>No\s+honking)|"
                  r"(?P<you>You(?:\s+(?:can['’]t|cannot|are\s+not\s+allowed\s+to|aren['’]t\s+allowed\s+to)|"
                  rf"['’]re\s+not\s+allowed\s+to)\s+honk)){_PLACE_EN}\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:(?P<please>Please)\s+)?(?:(?P<stop>[Ss]top\s+honking)|[Dd]on['’]t\s+honk|[Dd]o\s+not\s+honk)"
                r"(?:,?\s+(?P<please2>please))?\s*(?P<end>[.!]*)")
_BROKEN_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?(?P<whose>(?i:the|{WHOSE_WORDS}))\s+(?:(?P<veh>car|motorbike)\s+)?horn"
                  r"(?P<state>\s+isn['’]t\s+working|\s+is\s+not\s+working|['’]s\s+not\s+working|\s+doesn['’]t\s+work|"
                  r"\s+does\s+not\s+work|\s+has\s+stopped\s+working|\s+stopped\s+working|\s+is\s+broken|['’]s\s+broken|"
                  r"\s+broken|\s+working|\s+work)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who honks or keeps honking, who got honked at, that honking is
    banned, not to honk, or that a horn doesn't work; None for any other."""
    if src == "vi":
        return _keep(text) or _honks(text) or _at(text) or _banned(text) or _dont(text) or _broken(text)
    text = text.replace("’", "'")
    return (_keep_vi(text) or _honks_vi(text) or _got_vi(text) or _banned_vi(text) or _dont_vi(text)
            or _broken_vi(text))


def _honker(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who honks, of a match of _WHO, in English and whether one ("the car behind", True; "people", False); None for
    a pet, "anh" … saying it (mt.hobbies.who), "I" asked, and "em" with "ạ" (mt.hobbies.em_speaking: the speaker,
    so "I" too: "Em có hay bóp còi không ạ?")."""
    if m["honker"]:
        return HONKERS[keyed(m["honker"])]
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _honker_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who honks, of a match of _WHO_EN, in Vietnamese and whether English says it with "-s"; None for a pet."""
    if m["honker"]:
        en = m["honker"].lower()
        return HONKERS_VI[" ".join(en.split())], _ONE_EN[" ".join(en.split())]
    return None if animal(m) else who_vi(m)


# the speaker, alone or with others, in either language (`_oneself`: "I … us" is honking at oneself too)
_SELF = {"I", "me", "we", "us", "tôi", "chúng tôi"}


def _oneself(who_: str, whom: str) -> bool:
    """Whether who honks at themselves, both said in one language, whom as English says it after a verb ("me", "my
    mother", "anh ấy"): "Tôi vừa bóp còi tôi." is not "I just honked at me.", and "He honked at him." cannot be
    "Anh ấy bị anh ấy bóp còi." (one man or two?)."""
    said = EN_OBJECT.get(who_, who_)
    return whom == said or {said, whom} <= _SELF


def _said_end(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… không?" with "có"), False said; None for a "?" on a statement, "có" or
    "không?" alone, and a statement closed by "thế" or "vậy" (mt.text.STRESSED_SAID: so much?)."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m.groupdict().get("ask")) != asked:
        return None
    return None if not asked and STRESSED_SAID.search(m.string) else asked


def _keep(text: str) -> str | None:
    """"Xe sau cứ bóp còi inh ỏi." as "The car behind keeps honking loudly.", "Sao anh cứ bóp còi mãi thế?" as "Why
    do you keep honking?", "Hôm qua tài xế cứ bóp còi mãi." as "The driver kept honking yesterday." (_KEEP); None for
    anything else, "không?" and why with a day."""
    m = _KEEP.fullmatch(text)
    why = bool(m and m["why"])
    if not m or m["asked"] or why != ("?" in m["end"]) or why and m["day"] or not why and STRESSED_SAID.search(text):
        return None
    said = _honker(m, why)
    if said is None:
        return None
    who_, one = said
    how = HOW[keyed(m["how"] or "mãi")]
    if why:
        return f"Why {'does' if one else 'do'} {who_} keep honking{how}?"
    if m["day"]:
        return capitalised(f"{who_} kept honking{how} {DAYS[keyed(m['day'])]}{stop(m['end'])}")
    return capitalised(f"{who_} {'keeps' if one else 'keep'} honking{how}{stop(m['end'])}")


def _honks(text: str) -> str | None:
    """"Xe sau vừa bóp còi tôi." as "The car behind just honked at me.", "Anh ấy đang bóp còi." as "He is honking.",
    "Anh ấy hay bóp còi." as "He often honks.", "Bố tôi không bao giờ bóp còi." as "My father never honks.", "Tài xế
    taxi bóp còi nhiều quá." as "The taxi driver honks too much.", "Bạn có hay bóp còi không?" as "Do you often
    honk?" (_HONKS); None for anything else, a bare "bóp còi" (honked, or honks?), a habit English does not say
    (_habit_said) and honking at oneself."""
    m = _HONKS.fullmatch(text)
    asked = None if not m else _said_end(m)
    aux = _AUX.get(keyed(m["aux"] or "")) if m else None
    if asked is None or asked and aux != "often" or m["much"] and (aux or m["whom"] or m["loud"]) or \
            not (aux or m["much"]):
        return None
    said = _honker(m, asked)
    whom = as_whom(m["whom"], "vi") if m["whom"] else ""
    if said is None or whom is None or whom and _oneself(said[0], whom) or not _habit_said(m, aux):
        return None
    who_, one = said
    at = f" at {whom}" if whom else ""
    loud = " loudly" if m["loud"] else ""
    if m["much"]:
        return capitalised(f"{who_} {'honks' if one else 'honk'} too much{stop(m['end'])}")
    if aux == "often" and asked:
        return f"{'Does' if one else 'Do'} {who_} often honk{at}{loud}?"
    if aux == "now":  # ("He's honking.", "I'm honking.")
        return capitalised(f"{contracted(who_, f'{_be(who_, one)} honking')}{at}{loud}{stop(m['end'])}")
    said_of = {"just": "just honked", "past": "honked", "often": f"often {'honks' if one else 'honk'}",
               "never": f"never {'honks' if one else 'honk'}"}[aux]
    return capitalised(f"{who_} {said_of}{at}{loud}{stop(m['end'])}")


def _habit_said(m: re.Match, aux: str | None) -> bool:
    """Whether English says a habit ("often", "never"; too much) of who honks of a match of _HONKS: not "often" or
    "never" of a driver, car or bus of HONKERS (a bare noun with a habit may be all of them: "Tài xế taxi hay bóp
    còi.", taxi drivers often honk), nor of everyone ("Mọi người không bao giờ bóp còi.": nobody ever honks), nor any
    of someone ("Ai đó bóp còi nhiều quá."); "người ta" (people) and anyone of WHO are said."""
    honker = keyed(m["honker"] or "")
    if honker in ("", "người ta"):
        return True
    return honker != "ai đó" if m["much"] else aux not in ("often", "never")


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are" after who in English ("I am", "he is", "people are")."""
    return "am" if who_ == "I" else "is" if one else "are"


def _at(text: str) -> str | None:
    """"Tôi bị bóp còi." as "Someone honked at me.", "Hôm qua tôi bị xe buýt bóp còi." as "The bus honked at me
    yesterday.", "Mẹ tôi vừa bị bóp còi." as "Someone just honked at my mother." (_AT); None for anything else,
    asked (did, or does?), and a day with "vừa"."""
    m = _AT.fullmatch(text)
    if not m or _said_end(m) is not False or m["day"] and m["aux"] or animal(m):
        return None
    said = who(m, False)
    if said is None:
        return None
    whom = EN_OBJECT.get(said[0], said[0])
    by = HONKERS[keyed(m["by"])][0] if m["by"] else "someone"
    aux = keyed(m["aux"] or "")
    day = f" {DAYS[keyed(m['day'])]}" if m["day"] else ""
    said_of = "honked at {} again" if aux == "lại" else "just honked at {}" if aux else "honked at {}"
    return capitalised(f"{by} {said_of.format(whom)}{day}{stop(m['end'])}")


def _banned(text: str) -> str | None:
    """"Khu này cấm bóp còi." as "Honking is not allowed in this area.", "Cấm bóp còi!" as "No honking!", "Ở đây có
    cấm bóp còi không?" as "Is honking banned here?", "Ở đây không được bóp còi." as "You can't honk here."
    (_BANNED); None for anything else, and "được" or "không được" with no place."""
    m = _BANNED.fullmatch(text)
    asked = None if not m else _said_end(m)
    if asked is None or m["place"] and m["place2"] or m["place2"] and keyed(m["place2"]) not in _AFTER:
        return None
    place, ban = m["place"] or m["place2"], keyed(m["ban"])
    where = f" {PLACES[keyed(place)]}" if place else ""
    if asked:
        if not place or ban not in ("cấm", "được"):
            return None
        return f"Is honking {'allowed' if ban == 'được' else 'banned'}{where}?"
    if ban == "được" or ban == "không được" and not place:
        return None
    if ban == "không được":
        return f"You can't honk{where}{stop(m['end'])}"
    if not place:
        return f"{'Honking is strictly prohibited' if ban == 'nghiêm cấm' else 'No honking'}{stop(m['end'])}"
    strict = "strictly prohibited" if ban == "nghiêm cấm" else "not allowed"
    return f"Honking is {strict}{where}{stop(m['end'])}"


def _dont(text: str) -> str | None:
    """"Đừng bóp còi nữa!" as "Stop honking!", "Làm ơn đừng bóp còi." as "Please don't honk." (_DONT); None for
    anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    said = "stop honking" if m["more"] else "don't honk"
    return capitalised(f"{'please ' if m['please'] else ''}{said}{stop(m['end'])}")


def _broken(text: str) -> str | None:
    """"Còi xe tôi bị hỏng." as "My horn isn't working.", "Còi xe máy của tôi không kêu." as "My motorbike horn isn't
    working.", "Còi xe bạn có bị hỏng không?" as "Is your horn broken?", "Còi xe bạn có kêu không?" as "Is your horn
    working?" (_BROKEN); None for anything else, "không kêu" asked, and "kêu" said."""
    m = _BROKEN.fullmatch(text)
    asked = None if not m else _said_end(m)
    if asked is None or m["dead"] and asked or m["works"] and not asked:
        return None
    horn = f"{OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {VEHICLES[keyed(m['veh'])]}horn"
    if asked:
        return f"Is {horn} {'working' if m['works'] else 'broken'}?"
    return capitalised(f"{horn} isn't working{stop(m['end'])}")


def _keep_vi(text: str) -> str | None:
    """"Why do you keep honking?" as "Sao bạn cứ bóp còi mãi thế?", "The car behind keeps honking loudly." as "Xe sau
    cứ bóp còi inh ỏi.", "The driver kept honking yesterday." as "Hôm qua tài xế cứ bóp còi mãi." (_KEEP_EN); None
    for anything else, and where the verb does not agree with who ("He keep honking.")."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["why"]) != ("?" in m["end"]) or (said := _honker_vi(m)) is None:
        return None
    who_, one = said
    verb, do = m["verb"], m["do"] or ""
    if m["why"] and (verb != "keep" or do != "did" and (do == "does") != one or m["day"]) or \
            not m["why"] and (verb != "kept" and (verb == "keeps") != one or m["day"] and verb != "kept"):
        return None
    how = HOW_VI[(m["how"] or "").lower()]
    if m["why"]:
        return f"Sao {who_} cứ bóp còi {how} thế?"
    day = f"{DAYS_VI[' '.join(m['day'].lower().split())]} " if m["day"] else ""
    return capitalised(f"{day}{who_} cứ bóp còi {how}{stop(m['end'])}")


def _honks_vi(text: str) -> str | None:
    """"He often honks." and "He honks a lot." as "Anh ấy hay bóp còi.", "My father never honks." as "Bố tôi không
    bao giờ bóp còi.", "The taxi driver is honking." as "Tài xế taxi đang bóp còi.", "The driver just honked at me."
    as "Tôi vừa bị tài xế bóp còi.", "Does your father honk a lot?" as "Bố bạn có hay bóp còi không?" (_HONKS_EN);
    None for anything else, where a verb does not agree with who, "just" with a day, someone's habits ("Ai đó hay
    bóp còi." is not said) and honking at oneself."""
    m = _HONKS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _honker_vi(m)) is None:
        return None
    who_, one = said
    q, aux, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()).lower(), m["verb"]
    be = {"is": "is", "'s": "is", "am": "am", "'m": "am", "are": "are", "'re": "are"}.get(q or aux)
    right_be = "am" if who_ == "tôi" else "is" if one else "are"
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if whom is None or q and aux or be and (be != right_be or verb != "honking") or m["day"] and verb != "honked" \
            or m["day"] and aux == "just" or whom and _oneself(who_, whom):
        return None
    at = f" {whom}" if whom else ""
    if q in ("do", "does"):
        if (q == "does") != one or verb != "honk" or m["much"] != "a lot" or whom or who_ == "ai đó":
            return None
        return f"{capitalised(who_)} có hay bóp còi không?"
    if be:
        # (asked of someone, "có ai": "Ai đó có đang …" is not said)
        asked = f"{'Có ai' if who_ == 'ai đó' else f'{capitalised(who_)} có'} đang bóp còi{at} không?"
        return None if m["much"] else asked if q else capitalised(f"{who_} đang bóp còi{at}{stop(m['end'])}")
    if verb == "honked" and aux in ("", "just") and not m["much"]:
        return _honked_vi(m, who_, whom)
    present = verb in ("honks", "honk") and (verb == "honks") == one and aux in ("", "never", "often")
    if not present or whom or aux and m["much"] or not aux and not m["much"] or who_ == "ai đó":
        return None
    how = {"never": "không bao giờ bóp còi", "often": "hay bóp còi", "a lot": "hay bóp còi",
           "too much": "bóp còi nhiều quá"}[aux or " ".join(m["much"].split())]
    return capitalised(f"{who_} {how}{stop(m['end'])}")


def _honked_vi(m: re.Match, who_: str, whom: str) -> str:
    """"She honked at me." as "Tôi bị cô ấy bóp còi." (told as whom's, "bị"), "Someone honked at me." as "Tôi bị bóp
    còi.", "He just honked." as "Anh ấy vừa bóp còi.", and the speaker's own, "I honked at him.", as "Tôi đã bóp còi
    anh ấy." ("Anh ấy bị tôi bóp còi." tells it as his), of a match of _HONKS_EN with "honked"."""
    day = f"{DAYS_VI[' '.join(m['day'].lower().split())]} " if m["day"] else ""
    just = "vừa " if m["aux"] else "đã "
    if not whom or who_ in ("tôi", "chúng tôi"):
        return capitalised(f"{day}{who_} {just}bóp còi{' ' * bool(whom)}{whom}{stop(m['end'])}")
    by = "" if who_ == "ai đó" else f"{who_} "
    return capitalised(f"{day}{whom} {just.replace('đã ', '')}bị {by}bóp còi{stop(m['end'])}")


def _got_vi(text: str) -> str | None:
    """"I got honked at." as "Tôi bị bóp còi.", "She just got honked at." as "Cô ấy vừa bị bóp còi.", "We were honked
    at yesterday." as "Hôm qua chúng tôi bị bóp còi." (_GOT_EN); None for anything else, and "was" or "were" not
    agreeing."""
    m = _GOT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].split())
    if aux in ("was", "were") and (aux == "was") != (one or who_ == "tôi") or aux == "just got" and m["day"]:
        return None
    day = f"{DAYS_VI[' '.join(m['day'].lower().split())]} " if m["day"] else ""
    return capitalised(f"{day}{who_} {'vừa ' if aux == 'just got' else ''}bị bóp còi{stop(m['end'])}")


def _banned_vi(text: str) -> str | None:
    """"Honking is not allowed in this area." as "Khu này cấm bóp còi.", "No honking!" as "Cấm bóp còi!", "Is honking
    allowed here?" as "Ở đây có được bóp còi không?", "You can't honk here." as "Ở đây không được bóp còi."
    (_BANNED_EN); None for anything else, "isn't banned" and "is allowed" said, and asked or "can't" with no place."""
    m = _BANNED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    place = PLACES_VI[" ".join(m["place"].lower().split())] if m["place"] else ""
    if m["q"] or m["you"]:
        if not place:
            return None
        said = "không được" if m["you"] else "có được" if m["qhow"] == "allowed" else "có cấm"
        return capitalised(f"{place} {said} bóp còi{' không?' if m['q'] else stop(m['end'])}")
    if m["how"]:
        denied = "not" in m["be"] or "n't" in m["be"]
        if denied != (m["how"] == "allowed"):
            return None
    ban = "nghiêm cấm" if m["how"] and m["how"].startswith("strictly") else "cấm"
    return capitalised(f"{place} {ban} bóp còi{stop(m['end'])}".strip())


def _dont_vi(text: str) -> str | None:
    """"Stop honking!" as "Đừng bóp còi nữa!", "Please don't honk." as "Làm ơn đừng bóp còi." (_DONT_EN); None for
    anything else."""
    m = _DONT_EN.fullmatch(text)
    if not m or m["please"] and m["please2"]:
        return None
    said = "đừng bóp còi nữa" if m["stop"] else "đừng bóp còi"
    return capitalised(f"{'làm ơn ' if m['please'] or m['please2'] else ''}{said}{stop(m['end'])}")


def _broken_vi(text: str) -> str | None:
    """"My horn isn't working." as "Còi xe tôi bị hỏng.", "My car horn is broken." as "Còi ô tô của tôi bị hỏng.",
    "Is your horn working?" as "Còi xe bạn có kêu không?" (_BROKEN_EN); None for anything else, and a horn broken
    with no car or motorbike said (a horn to play?)."""
    m = _BROKEN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    state, q = " ".join(m["state"].split()), m["q"] or ""
    broken = state.endswith("broken")
    if broken and not m["veh"] or q and state not in {"Is": ("working", "broken"), "Does": ("work",)}[q] or \
            not q and state in ("working", "work", "broken"):
        return None
    whose = m["whose"].lower()
    veh = VEHICLES_VI[m["veh"] or ""]
    owner = "" if whose == "the" else f" {WHOSE_VI[whose]}" if veh == "xe" else f" của {WHOSE_VI[whose]}"
    if q:
        return f"Còi {veh}{owner} có {'bị hỏng' if broken else 'kêu'} không?"
    return f"Còi {veh}{owner} bị hỏng{stop(m['end'])}"
