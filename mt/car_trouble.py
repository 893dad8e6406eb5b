"""Trouble with a car or a motorbike on the road, both ways, written whole by rule: a flat tyre (the Southern "bể
bánh" too), the engine dead or not starting, breaking down or running out of petrol on the way, the nearest petrol
station or mechanic, where to get it fixed or a puncture mended, and help to push it. v8 with every other rule: "Xe
bị thủng lốp." → "The car was tires.", "Xe máy tôi bị bể bánh." → "My motorcycle was banned.", "Xe máy của tôi bị
chết máy." → "My motorcycle was killed.", "Xe không nổ máy." → "The car doesn't explode.", "Xe tôi bị hỏng giữa
đường." → "My car is broken between the road.", "Xe tôi hết xăng giữa đường." → "My car is all the road.", "Cây xăng
gần nhất ở đâu?" → "Where is the most recent gas?", "Gần đây có tiệm sửa xe không?" → "Is it a car editor
recently?", "Bạn có thể giúp tôi đẩy xe không?" → "Can you help me drive the car?", "Tôi cần vá xe." → "I need to fix
the car."; "Where's the nearest petrol station?" → "Con thú cưng gần nhất ở đâu?" (a pet), "The engine won't start."
→ "Công cụ sẽ không bắt đầu." (a tool), "My car has stalled." → "Xe hơi của tôi bị vất vả.", "We broke down on the
way." → "Chúng tôi đi xuống đường.", "We ran out of petrol on the way." → "… cà phê trên đường.", "Where can I get my
tyre fixed?" → "Tôi có thể cố gắng lốp xe ở đâu?", "Is there a mechanic near here?" → "Có một thợ máy gần đây
không?".

Taken: a vehicle of mt.parking.VEHICLES (whose, someone's or the), "xe" with whose (a pronoun of mt.terms.OWNERS, or
someone of mt.hobbies.SOMEONE for a tyre or petrol: "I", "my mother"), "xe" alone ("we", as mt/supplies.py says it; "the
engine"), or who (mt.hobbies.WHO) with a flat tyre ("thủng", "xịt", "xẹp", "xì", "bể", "lủng" with "lốp", "bánh",
"săm"), the engine dead ("chết máy": a vehicle "has stalled", "xe" "the engine has died"), not starting ("không nổ",
"không khởi động được"), broken down (a vehicle, "I" or "we"; "hỏng xe" of who) or out of petrol on the way ("giữa
đường"), and back; the nearest, one near here, where is there one, looking for or needing to find a place of PLACES;
where who can get a vehicle fixed or a puncture mended, or needs to; who can help me or us push it. Left: a flat tyre,
petrol or a vehicle broken or not starting where mt/driving.py, mt/supplies.py, mt/mishaps.py or mt/broken.py take them
("Xe tôi bị thủng lốp.", "Xe hết xăng rồi.", "Xe máy không nổ máy được."), "trạm xăng gần nhất" (mt/patterns.py),
someone else's "xe" broken down or dead (whose car?), "I broke down." and "He stalled." (crying, a driver's slip),
"garage" and "repair shop" (a petrol station? a phone?), "push it" and "get it fixed" in English (what?), asked
troubles.
mt.phrasebook.translate tries these after mt/milestones.py.

    >>> translate("Xe bị thủng lốp.", "vi", "en"), translate("Where's the nearest petrol station?", "en", "vi")
    ("We've got a flat tyre.", 'Cây xăng gần nhất ở đâu?')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import OWNER, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .parking import VEHICLES, VEHICLES_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, capitalised, contracted, keyed

# places one looks for on the road (the first Vietnamese of each is written back; "garage" is also a petrol station)
PLACES = {"cây xăng": "petrol station", "trạm xăng": "petrol station", "trạm đổ xăng": "petrol station",
          "cửa hàng xăng dầu": "petrol station", "thợ sửa xe": "mechanic", "tiệm sửa xe": "mechanic",
          "chỗ sửa xe": "mechanic", "tiệm sửa xe máy": "motorbike repair shop", "gara ô tô": "car repair shop",
          "chỗ vá xe": "place to fix a puncture", "tiệm vá xe": "place to fix a puncture"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "gas station": "cây xăng", "filling station": "cây xăng", "petrol station": "cây xăng", "mechanic's": "tiệm sửa xe",
    "motorcycle repair shop": "tiệm sửa xe máy", "motorbike repair shop": "tiệm sửa xe máy"}
_KEYS = {"vi": lazy(r"(?i:xăng|lốp|bánh|săm|máy|nổ|khởi\s+động|đường|đẩy|sửa|vá|gara)"),
         "en": lazy(r"(?i:petrol|\bgas\b|filling|tyre|\btire|puncture|engine|stall|broke|start|mechanic|repair|"
                    r"fix|push|looking)")}

# who or what has the trouble ("Xe máy của tôi", "Xe tôi", "Xe", "Tôi"), and what it is
_SUBJ = rf"(?:(?:(?P<vehicle>(?i:{alternatives(VEHICLES)}))|(?P<xe>(?i:xe)))(?:\s+(?:của\s+)?{OWNER})?|{WHO})"
_WRONG = (r"(?:(?P<did>đã)\s+)?(?:(?P<flat>(?:bị\s+)?(?:thủng|xịt|xẹp|xì|bể|lủng)\s+(?:lốp|bánh|săm)(?:\s+xe)?)|"
          r"(?P<stall>(?:bị\s+)?chết\s+máy)|(?P<down>(?:bị\s+)?(?:hỏng|hư)(?P<car>\s+xe)?)|(?P<petrol>(?P<bi>bị\s+)?"
          r"hết\s+xăng)|(?P<start>không\s+(?:chịu\s+)?(?:nổ\s+máy|nổ|khởi\s+động)(?:\s+được)?))")
_TROUBLE = lazy(rf"{_SUBJ}\s+{_WRONG}(?P<way>\s+(?:giữa|dọc)\s+đường)?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# where the place is, or whether one is near ("Cây xăng gần nhất ở đâu?", "Gần đây có tiệm sửa xe không?")
_PLACE = rf"(?P<place>(?i:{alternatives(PLACES)}))"
_WHERE = lazy(rf"{_PLACE}(?:\s+(?P<nearest>gần(?:\s+đây)?\s+nhất))?\s+ở\s+đâu{SOFTENER}\s*\?+")
_THERE = lazy(rf"(?:[Ởở]\s+)?(?P<near>(?i:gần)\s+)?(?i:đây)\s+có\s+{_PLACE}(?:\s+nào)?\s+không{SOFTENER}\s*\?+|"
              rf"(?P<where>(?i:ở\s+đâu))\s+có\s+{_PLACE.replace('place', 'place2')}{SOFTENER}\s*\?+")
_LOOK = lazy(rf"{WHO}\s+(?P<mod>cần|phải|đang)\s+(?:đi\s+)?tìm\s+(?:một\s+)?{_PLACE}{SOFTENED_END}")
# where who can get it fixed, or needs to ("Tôi có thể sửa xe máy ở đâu?", "Tôi cần vá xe."), and petrol
_MENDED = (rf"(?:(?P<mend>vá)\s+(?:xe|lốp|săm|bánh)(?:\s+xe)?|sửa\s+(?:(?P<vehicle>(?i:{alternatives(VEHICLES)}))|xe)|"
           r"(?P<petrol>đổ\s+xăng))")
_FIX = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+(?:đi\s+)?{_MENDED}\s+ở\s+đâu{SOFTENER}\s*\?+|"
            rf"(?P<need>cần|phải)\s+(?:đi\s+)?{_MENDED.replace('?P<', '?P<n_')}{SOFTENED_END})")
# help to push it ("Bạn có thể giúp tôi đẩy xe không?", "Có ai giúp chúng tôi đẩy xe được không?")
_PUSH = lazy(rf"(?:{WHO}|(?P<anyone>(?i:có\s+ai)))\s+(?:có\s+thể\s+)?giúp\s+(?P<me>tôi|chúng\s+tôi)\s+đẩy\s+"
             rf"(?:(?P<vehicle>(?i:{alternatives(VEHICLES)}))|xe)(?:\s+(?:của\s+)?(?P<owner>tôi|chúng\s+tôi))?"
             rf"(?:\s+(?P<can>được))?\s+không{SOFTENER}\s*\?+")

# ... and in English
_TROUBLE_EN = lazy(
    rf"(?:(?P<det>(?i:{WHOSE_WORDS}|the))\s+(?:(?P<vehicle>(?i:{alternatives(VEHICLES_VI)}))|(?P<engine>engine))|"
    rf"{WHO_EN})(?P<have>['’]s|['’]ve|\s+has|\s+have)?\s+(?:(?P<down>broken\s+down|broke\s+down)|(?P<stall>stalled)|"
    r"(?P<died>died)|(?P<petrol>run\s+out|ran\s+out)\s+of\s+(?:petrol|gas)|(?P<flat>got)\s+a\s+(?:flat(?:\s+tyre|"
    r"\s+tire)?|puncture)|(?P<start>won['’]t\s+start|will\s+not\s+start))(?P<way>\s+on\s+the\s+way)?\s*(?P<end>[.!]*)")
_PLACE_EN = rf"(?P<place>(?i:{alternatives(PLACES_VI)}))"
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+the\s+(?:(?P<nearest>nearest|closest)\s+)?{_PLACE_EN}\s*\?+")
_THERE_EN = lazy(rf"Is\s+there\s+an?\s+{_PLACE_EN}\s+(?:near\s+here|around\s+here|nearby|close\s+by)\s*\?+")
_LOOK_EN = lazy(rf"{WHO_EN}(?:(?P<be>['’]m|['’]re|['’]s|\s+am|\s+are|\s+is)\s+looking\s+for|\s+(?P<need>needs?|"
                rf"ha(?:ve|s))\s+to\s+find)\s+an?\s+{_PLACE_EN}\s*(?P<end>[.!]*)")
_FIX_EN = lazy(rf"Where\s+can\s+{WHO_EN}\s+(?:(?:get|have)\s+(?:(?P<det>(?i:{WHOSE_WORDS}|the))\s+(?:(?P<vehicle>"
               rf"{alternatives(VEHICLES_VI)})|(?P<tyre>(?:flat\s+)?(?:tyre|tire)))|(?P<puncture>a\s+puncture))\s+"
               r"(?:fixed|repaired|mended)|(?P<petrol>get\s+(?:petrol|gas)))\s*\?+")
_PUSH_EN = lazy(rf"(?:Can|Could)\s+(?:(?P<anyone>someone|anyone|somebody|anybody)|you)\s+(?:please\s+)?help\s+"
                rf"(?P<me>me|us)\s+push\s+(?P<det>(?i:{WHOSE_WORDS}|the))\s+(?P<vehicle>{alternatives(VEHICLES_VI)})"
                r"(?:,?\s+please)?\s*\?+")
_NEED = {"cần": ("need", "needs"), "phải": ("have", "has")}  # (said of many or of one)
# ... in Vietnamese, by the group of _TROUBLE_EN that said it
_WRONG_VI = {"down": "bị hỏng", "stall": "bị chết máy", "died": "bị chết máy", "petrol": "bị hết xăng",
             "flat": "bị thủng lốp", "start": "không nổ máy"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a car or a motorbike has a flat tyre, a dead engine, won't start, broke
    down or ran out of petrol on the way, asks for a petrol station, a mechanic, a repair or help to push; else None."""
    if src == "vi":
        return _trouble(text) or _place(text) or _fix(text) or _push(text)
    return _trouble_vi(text) or _place_vi(text) or _fix_vi(text) or _push_vi(text)


def _vehicle_en(m: re.Match) -> str:
    """A vehicle of a match of _SUBJ in English with whose it is: "my motorbike", "my mother's car", "the bike"."""
    other = m["someone"] and someone(m["someone"], "vi")
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{other}'s" if other else "the"
    return f"{whose} {VEHICLES[keyed(m['vehicle'])].replace('bicycle', 'bike')}"


def _rider(m: re.Match) -> tuple[str, bool] | None:
    """Who has the trouble of a match of _SUBJ that is not a vehicle named: "xe tôi" ("I"), "xe của mẹ tôi" ("my
    mother"), "xe" ("we", as mt/supplies.py says it), "Tôi"; and whether it takes "has"; None for "anh" alone."""
    if not m["xe"]:
        return who(m, False)
    if m["someone"]:
        other = someone(m["someone"], "vi")
        return (other, True) if other else None
    said = PRONOUNS[keyed(m["owner"])] if m["owner"] else "we"
    return said, said in ("he", "she")


def _trouble(text: str) -> str | None:
    """"Xe bị thủng lốp." as "We've got a flat tyre.", "Xe máy của tôi bị chết máy." as "My motorbike has stalled.",
    "Xe tôi không nổ máy." as "My engine won't start.", "Xe tôi bị hỏng giữa đường." as "I broke down on the way.",
    "Chúng tôi hết xăng giữa đường." as "We ran out of petrol on the way." (_TROUBLE); None for anything else."""
    m = _TROUBLE.fullmatch(text)
    if not m or "?" in m["end"] or m["did"] and not m["way"] or m["start"] and (m["way"] or m["done"]) or \
            m["down"] and not m["way"] or bool(m["car"]) == bool(m["vehicle"] or m["xe"]) and m["down"] or \
            m["petrol"] and not (m["way"] or m["bi"]):
        return None
    way = " on the way" * bool(m["way"])
    if m["vehicle"] and "bicycle" in VEHICLES[keyed(m["vehicle"])] and not m["flat"]:
        return None  # (a bicycle has no engine nor petrol)
    if m["vehicle"]:
        said = _vehicle_en(m)
        past = {"flat": "got a flat tyre", "stall": "stalled", "down": "broke down", "petrol": "ran out of petrol"}
        now = {"flat": "has a flat tyre", "stall": "has stalled", "petrol": "has run out of petrol",
               "start": "won't start"}
        return capitalised(f"{said} {(past if way else now)[_wrong(m)]}{way}.")
    if m["stall"] or m["start"]:
        if not m["xe"] or m["someone"]:
            return None
        engine = f"{OWNERS[keyed(m['owner'])]} engine" if m["owner"] else "the engine"
        done = "won't start" if m["start"] else "died" if way else "has died"
        return capitalised(f"{engine} {done}{way}.")
    rider = _rider(m)
    if rider is None:
        return None
    said, one = rider
    if m["down"] and said not in ("I", "we"):
        return None  # ("He broke down on the way." reads as crying)
    if way:
        done = "broke down" if m["down"] else "ran out of petrol" if m["petrol"] else "got a flat tyre"
        return capitalised(f"{said} {done}{way}.")
    have = "has" if one else "have"
    return capitalised(contracted(said, f"{have} run out of petrol." if m["petrol"] else f"{have} got a flat tyre."))


def _wrong(m: re.Match) -> str:
    """What is wrong, by the group of _WRONG that said it: "flat", "stall", "down", "petrol" or "start"."""
    return next(k for k in ("flat", "stall", "down", "petrol", "start") if m[k])


def _place(text: str) -> str | None:
    """"Cây xăng gần nhất ở đâu?" as "Where's the nearest petrol station?", "Gần đây có tiệm sửa xe không?" as "Is
    there a mechanic near here?", "Ở đâu có cây xăng?" as "Where is there a petrol station?", "Tôi đang tìm cây
    xăng." as "I'm looking for a petrol station." (_WHERE, _THERE, _LOOK); None for anything else."""
    if m := _WHERE.fullmatch(text):
        return f"Where's the {'nearest ' * bool(m['nearest'])}{PLACES[keyed(m['place'])]}?"
    if m := _THERE.fullmatch(text):
        if m["where"]:
            return f"Where is there a {PLACES[keyed(m['place2'])]}?"
        return f"Is there a {PLACES[keyed(m['place'])]} {'near' if m['near'] else 'around'} here?"
    m = _LOOK.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_, one = said
    place = PLACES[keyed(m["place"])]
    if m["mod"] == "đang":
        return capitalised(contracted(who_, f"{be(who_)} looking for a {place}."))
    return capitalised(f"{who_} {_NEED[m['mod']][one]} to find a {place}.")


def _fix(text: str) -> str | None:
    """"Tôi có thể sửa xe máy ở đâu?" as "Where can I get my motorbike fixed?", "Tôi có thể sửa xe ở đâu?" as "Where
    can I get it fixed?", "Tôi cần vá xe." as "I need to get a puncture fixed.", "Tôi có thể đổ xăng ở đâu?" as
    "Where can I get petrol?" (_FIX); None for anything else, and "anh" alone."""
    m = _FIX.fullmatch(text)
    if not m or (said := who(m, bool(m["can"]))) is None:
        return None
    who_, one = said
    n = "" if m["can"] else "n_"
    if m[f"{n}petrol"]:
        if not m["can"]:
            return None  # (mt/driving.py's)
        done = "petrol"
    else:
        whose = EN_WHOSE.get(who_)
        vehicle = m[f"{n}vehicle"] and VEHICLES[keyed(m[f"{n}vehicle"])].replace("bicycle", "bike")
        if vehicle and not whose:
            return None
        thing = "a puncture" if m[f"{n}mend"] else f"{whose} {vehicle}" if vehicle else "it"
        done = f"{thing} fixed"
    if m["can"]:
        return f"Where can {who_} get {done}?"
    if "?" in m["end"]:
        return None
    return capitalised(f"{who_} {_NEED[m['need']][one]} to get {done}.")


def _push(text: str) -> str | None:
    """"Bạn có thể giúp tôi đẩy xe không?" as "Can you help me push it?", "Có ai giúp chúng tôi đẩy xe máy được
    không?" as "Can someone help us push the motorbike?" (_PUSH); None for anything else."""
    m = _PUSH.fullmatch(text)
    if not m:
        return None
    said = ("someone", True) if m["anyone"] else who(m, True)
    if said is None or said[0] != "you" and not m["anyone"]:
        return None
    me = "us" if "chúng" in m["me"] else "me"
    if m["owner"] and ("chúng" in m["owner"]) != (me == "us"):
        return None
    vehicle = m["vehicle"] and VEHICLES[keyed(m["vehicle"])].replace("bicycle", "bike")
    whose = "our" if me == "us" else "my"
    what = (f"{whose if m['owner'] else 'the'} {vehicle}" if vehicle else "it")
    return f"Can {said[0]} help {me} push {what}?"


def _whose_vi(det: str) -> str:
    """Whose of "my", "the" … after a thing in Vietnamese: " của tôi", "" for "the"."""
    return "" if det.lower() == "the" else f" của {WHOSE_VI[det.lower()]}"


def _trouble_vi(text: str) -> str | None:
    """"My car has stalled." as "Ô tô của tôi bị chết máy rồi.", "The engine won't start." as "Xe không nổ máy.", "We
    broke down on the way." as "Xe của chúng tôi bị hỏng giữa đường." (_TROUBLE_EN); None for anything else, where
    "has" does not agree with who, "I broke down." (crying?) and "He stalled." (a slip)."""
    m = _TROUBLE_EN.fullmatch(text)
    if not m:
        return None
    wrong = next(k for k in _WRONG_VI if m[k])
    have = (m["have"] or "").strip().replace("’", "'").lower()
    if m["vehicle"] and m["vehicle"].lower() in ("bike", "bicycle", "e-bike") and wrong != "flat":
        return None  # ("My bike won't start.": a motorbike, likely; a bicycle has no engine)
    if m["vehicle"] or m["engine"]:
        one, said = True, f"{VEHICLES_VI[m['vehicle'].lower()] if m['vehicle'] else 'xe'}{_whose_vi(m['det'])}"
        if (wrong in ("died", "stall", "start")) < bool(m["engine"]) or m["vehicle"] and wrong == "died":
            return None  # ("The engine broke down", "My car died")
    else:
        who_, one = who_vi(m)
        said = f"xe của {who_}"
        if wrong in ("stall", "died", "start") or wrong == "down" and (who_ not in ("tôi", "chúng tôi") or not (
                m["way"] or have)):
            return None  # ("He broke down." reads as crying, "I stalled." as a slip)
    # whether the verb said wants "has" ("has broken down", not "has broke down"); None where either goes ("stalled")
    perfect = {"down": "broken" in (m["down"] or ""), "petrol": (m["petrol"] or "").startswith("run"),
               "flat": not m["way"], "start": False}.get(wrong)
    if perfect is not None and bool(have) != perfect or have and (have in ("has", "'s")) != one or \
            m["way"] and (have or m["start"]):
        return None
    done = " giữa đường" if m["way"] else " rồi" if have and wrong != "flat" else ""
    return capitalised(f"{said} {_WRONG_VI[wrong]}{done}.")


def _place_vi(text: str) -> str | None:
    """"Where's the nearest petrol station?" as "Cây xăng gần nhất ở đâu?", "Is there a mechanic near here?" as "Gần
    đây có thợ sửa xe không?", "I'm looking for a petrol station." as "Tôi đang tìm cây xăng." (_WHERE_EN, _THERE_EN,
    _LOOK_EN); None for anything else, and where the verb does not agree with who."""
    if m := _WHERE_EN.fullmatch(text):
        return capitalised(f"{PLACES_VI[keyed(m['place'])]}{' gần nhất' * bool(m['nearest'])} ở đâu?")
    if m := _THERE_EN.fullmatch(text):
        return f"Gần đây có {PLACES_VI[keyed(m['place'])]} không?"
    m = _LOOK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = (m["be"] or m["need"]).strip().replace("’", "'").lower()
    if not _agrees(verb, who_ == "tôi", one):
        return None
    mod = "đang" if m["be"] else "cần" if verb.startswith("need") else "phải"
    return capitalised(f"{who_} {mod} tìm {PLACES_VI[keyed(m['place'])]}.")


def _agrees(verb: str, i: bool, one: bool) -> bool:
    """Whether a verb of English ("'m", "is", "are", "needs", "have") goes with who: I (`i`), he or she (`one`)."""
    if verb in ("'m", "am"):
        return i
    return one if verb in ("'s", "is", "needs", "has") else not one and not (i and verb in ("'re", "are"))


def _fix_vi(text: str) -> str | None:
    """"Where can I get my motorbike fixed?" as "Tôi có thể sửa xe máy ở đâu?", "Where can I get my tyre fixed?" as
    "Tôi có thể vá lốp ở đâu?", "Where can I get petrol?" as "Tôi có thể đổ xăng ở đâu?" (_FIX_EN); None for anything
    else, and another's vehicle ("Where can I get your car fixed?")."""
    m = _FIX_EN.fullmatch(text)
    if not m:
        return None
    who_, _ = who_vi(m)
    det = (m["det"] or "the").lower()
    if det != "the" and det != WHOSE_OF.get((m["who"] or "").lower()):
        return None  # (another's: "Where can I get your car fixed?")
    done = "đổ xăng" if m["petrol"] else "vá lốp" if m["tyre"] else "vá xe" if m["puncture"] else \
        f"sửa {VEHICLES_VI[m['vehicle'].lower()]}"
    return capitalised(f"{who_} có thể {done} ở đâu?")


def _push_vi(text: str) -> str | None:
    """"Can you help me push the car?" as "Bạn có thể giúp tôi đẩy xe không?", "Could someone help us push our
    motorbike?" as "Có ai giúp chúng tôi đẩy xe máy được không?" (_PUSH_EN); None for anything else, and another's."""
    m = _PUSH_EN.fullmatch(text)
    if not m or m["det"].lower() not in ("the", "my" if m["me"] == "me" else "our"):
        return None
    me = "tôi" if m["me"] == "me" else "chúng tôi"
    vehicle = VEHICLES_VI[m["vehicle"].lower()]
    vehicle = "xe" if vehicle == "ô tô" else vehicle  # ("đẩy xe": the car said as the one there)
    return f"Có ai giúp {me} đẩy {vehicle} được không?" if m["anyone"] else f"Bạn có thể giúp {me} đẩy {vehicle} không?"
