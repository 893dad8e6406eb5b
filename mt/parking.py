"""Parking a car or a motorbike, both ways, written whole by rule: where one can park, asked; where someone parked or
left it; not finding a parking space; no parking here; what parking costs. v7 reads "đỗ xe" (to park) as getting a
car and "gửi xe" (to leave it with an attendant) as sending one: "Bạn đỗ xe ở đâu?" → "Where do you get a car?", "Tôi
đỗ xe trước ngân hàng." → "I'm getting a car before the bank.", "Gửi xe bao nhiêu tiền?" → "How much money does the
car send?"; and "park" as a park: "Where did you park?" → "Bạn công viên ở đâu?", "No parking." → "Không có công
viên.". A parking ticket lost, v8 (rules on): "Tôi bị mất thẻ xe." → "I lost my cards.", "Mất vé gửi xe thì phải làm
gì?" → "Whatever a car sends tickets do?"; "I had to pay a fine for losing my parking ticket." → "Tôi phải trả bình
thường để mất vé công viên của mình.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); what is parked "xe" (none said) or one of
VEHICLES (mt.rentals.THINGS); where a place mt.journeys.place_en knows, someone's house, here, or a car park of SPOTS,
after a word of where (_NEXT_TO); a price of mt.patterns.SUM_VI. Left to others: whether there is "chỗ đỗ xe" or "bãi đỗ
xe" here or at a hotel, and "Is there parking here?" (mt.patterns' amenities), "Tôi có thể đỗ xe ở đây không?" and "Can
I park here?" (the phrase list). Left: where I or we park, asked without "đã" (did, or do?), "để xe ở nhà" (left
unused). Taken too: a parking ticket or card ("vé gửi xe", "thẻ giữ xe máy", "thẻ xe": a car park's card) lost, denied
or asked; what to do if one loses it (I, you, we); a fine paid or to be paid for it ("đã phải", "sẽ phải", "bị phạt";
asked, "phải" only of "tôi", "chúng tôi", "bị phạt" only of others). Left: "vé xe" lost (a bus ticket too; taken with
a fine), "phải" told alone (has to, or had to?), a name alone (his or hers), the attendant ("bảo vệ", "người trông
xe"): none of his shapes read for sure. mt.phrasebook.translate tries these after mt/reception.py.

    >>> translate("Tôi đỗ xe trước ngân hàng.", "vi", "en"), translate("I can't find a parking space.", "en", "vi")
    ('I parked in front of the bank.', 'Tôi không tìm được chỗ đỗ xe.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, his_her_of, own_thing, who, who_vi, whose_own
from .journeys import place_en, place_vi
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said, the_for
from .rentals import THINGS, THINGS_VI
from .rule_keys import agreement_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# what is parked, when it is said (the first Vietnamese of each is written back); "xe" alone is left unsaid
VEHICLES = {vi: en for vi, en in THINGS.items() if en in ("motorbike", "bicycle", "electric bike", "car")}
VEHICLES_VI = {en: vi for en, vi in THINGS_VI.items() if vi in VEHICLES}
# a place to park, and the English of each (the first Vietnamese of each is written back)
SPOTS = {"chỗ đỗ xe": "a parking space", "chỗ đậu xe": "a parking space", "chỗ để xe": "a parking space",
         "chỗ gửi xe": "a parking space", "chỗ nào để đỗ xe": "anywhere to park",
         "chỗ nào để đậu xe": "anywhere to park", "chỗ nào để gửi xe": "anywhere to park", "bãi đỗ xe": "a car park",
         "bãi đậu xe": "a car park", "bãi gửi xe": "a car park", "bãi để xe": "a car park", "bãi xe": "a car park"}
SPOTS_VI = {en: vi for vi, en in reversed(SPOTS.items())} | {
    "a parking spot": "chỗ đỗ xe", "a parking place": "chỗ đỗ xe", "a place to park": "chỗ đỗ xe",
    "somewhere to park": "chỗ nào để đỗ xe", "any parking": "chỗ đỗ xe", "parking": "chỗ đỗ xe",
    "a parking lot": "bãi đỗ xe", "the car park": "bãi đỗ xe", "the parking lot": "bãi đỗ xe"}
# ... those mt.patterns asks about ("Ở đây có chỗ đỗ xe không?" → "Is there parking here?"; "Is there parking here?")
_AMENITIES = {"chỗ đỗ xe", "chỗ đậu xe", "bãi đỗ xe", "bãi đậu xe", "parking", "any parking"}
# where, before a place (English "in" the car park, "at" anywhere else)
_NEXT_TO = {"ở": "at", "tại": "at", "trong": "in", "trước": "in front of", "trước cửa": "in front of",
            "phía trước": "in front of", "sau": "behind", "phía sau": "behind", "đằng sau": "behind", "cạnh": "next to",
            "bên cạnh": "next to", "gần": "near", "đối diện": "opposite"}
_NEXT_TO_VI = {en: vi for vi, en in reversed(_NEXT_TO.items())} | {"in": "ở", "outside": "trước", "by": "cạnh",
                                                                   "across from": "đối diện"}
_HOUSE = lazy(rf"nhà(?:\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)}))?")  # ("trước nhà tôi")
# (a sentence is read only where one of these is in it: every rule is tried on every sentence)
_KEY_VI = lazy(r"(?i:(?:đỗ|đậu|để|gửi|giữ|bãi|vé|thẻ)\s+(?:xe|ô\s+tô)(?!\w))")
_VEHICLE = rf"(?:(?P<vehicle>(?i:{alternatives(VEHICLES)}))|xe)"
_PARK = rf"(?P<verb>(?i:đỗ|đậu|để|gửi))\s+{_VEHICLE}"
_AT = rf"(?:ở\s+)?(?P<rel>{alternatives(_NEXT_TO)})\s+(?P<place>[^,.!?]+?)"
_SPOT = rf"(?P<spot>{alternatives(SPOTS)})"
# where someone parked or left it, will or should park, or can ("Tôi đỗ xe trước ngân hàng.", "Bạn đỗ xe ở đâu?",
# "Tôi có thể đỗ xe ở đâu?", "Tôi đỗ xe ở đâu được?", "Chúng tôi có thể đỗ xe ở đây không?")
_PARKS = lazy(rf"(?:{WHO}\s+)?(?:(?P<did>đã)\s+|(?P<will>sẽ)\s+|(?P<should>nên)\s+|(?P<can>(?i:có\s+thể))\s+)?"
              rf"{_PARK}\s+"
              rf"(?:(?P<where>ở\s+đâu)|{_AT})(?:\s+(?P<able>được))?{ASKED_END}")
# no parking ("Không được đỗ xe ở đây.", "Ở đây không được đỗ xe.", "Cấm đỗ xe.")
_BANNED = lazy(rf"(?:(?P<here>Ở\s+đây)\s+)?(?:(?P<you>(?i:bạn|quý\s+khách))\s+)?(?:(?P<ban>(?i:cấm))|"
               rf"(?i:không\s+(?:được|thể)))\s+{_PARK}(?:\s+{_AT})?(?:\s+(?:nhé|ạ))?\s*(?P<end>[.!]*)")
# a parking space not found, or asked ("Tôi không tìm được chỗ đỗ xe.", "Bạn có tìm được chỗ đỗ xe không?")
_FOUND = lazy(rf"{WHO}\s+(?:(?P<not>không)|(?P<ask>có))\s+(?:tìm\s+(?:được|thấy|ra)|thấy)\s+{_SPOT}"
              rf"(?:\s+nào)?(?:\s+(?P<near>ở\s+đây|gần\s+đây))?{ASKED_END}")
# whether there is one here ("Ở đây có chỗ để xe không?"; those of _AMENITIES are mt.patterns')
_THERE = lazy(rf"(?P<near>Ở|Gần|Quanh)\s+đây\s+có\s+{_SPOT}(?:\s+nào)?\s+không{SOFTENER}\s*\?+")
# what it costs ("Gửi xe bao nhiêu tiền?", "Phí đỗ xe ở đây là bao nhiêu?", "Gửi xe máy 5.000 đồng.")
_COSTS = lazy(rf"(?:(?i:phí|tiền|giá)\s+)?{_PARK}(?P<here>\s+ở\s+đây)?\s+(?:(?:là\s+|hết\s+|mất\s+)?"
              r"(?P<ask>bao\s+nhiêu)(?:\s+tiền)?|có\s+(?P<free_q>miễn\s+phí|mất\s+(?:tiền|phí))\s+không|"
              rf"(?P<free>miễn\s+phí)|(?:là\s+|hết\s+|mất\s+)?{SUM_VI}){SOFTENED_END}")

# a parking ticket or card ("vé gửi xe", "thẻ giữ xe máy", "thẻ xe"); "vé xe" (group bare) is a bus ticket as often
_TICKET = (rf"(?P<card>vé|thẻ)\s+(?:(?:gửi|giữ|đỗ|đậu)\s+(?:(?P<vehicle>{alternatives(VEHICLES)})|xe)|"
           r"(?P<bare>xe))")
_LOSE = r"(?:(?:làm|bị|đánh)\s+)?[Mm]ất"
# a parking ticket lost ("Tôi làm mất vé gửi xe.", "Bạn có làm mất thẻ xe không?", "Tôi không làm mất vé gửi xe.")
_LOST = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?{_LOSE}\s+{_TICKET}"
             rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# what to do if one loses it ("Mất vé gửi xe thì phải làm sao?", "Nếu tôi làm mất thẻ xe thì nên làm gì?")
_TODO = lazy(rf"(?:[Nn]ếu\s+)?(?:{WHO}\s+)?{_LOSE}\s+{_TICKET}\s*,?\s+thì\s+(?:(?P<should>nên)\s+|(?:phải|cần)\s+)?"
             rf"làm\s+(?:sao|gì|thế\s+nào){SOFTENER}\s*\?+")
# a fine paid for losing it ("Tôi phải nộp phạt vì mất vé xe.", "Mẹ tôi bị phạt 50.000 đồng vì mất thẻ xe.")
_FINED = lazy(rf"{WHO}\s+(?:(?P<will>sẽ)\s+|(?P<did>đã)\s+|(?P<ask>có)\s+)?(?:(?P<pay>phải\s+(?:nộp|đóng|trả)\s+"
              rf"(?:tiền\s+)?phạt)|bị\s+phạt)(?:\s+{SUM_VI})?\s+vì\s+{_LOSE}\s+{_TICKET}{ASKED_END}")
_KEY_EN = lazy(rf"(?i:park|(?:leave|left)\s+\w+\s+(?:{alternatives(VEHICLES_VI)}))")
_VEHICLE_EN = rf"(?P<its>(?i:{alternatives(WHOSE_VI)}|the))\s+(?P<vehicle>{alternatives(VEHICLES_VI)})"
_AT_EN = rf"(?:(?P<here>here|there)|(?P<rel>{alternatives(_NEXT_TO_VI)})\s+(?P<place>[^,.!?]+?))"
_SPOT_EN = rf"(?P<spot>{alternatives(SPOTS_VI)})"
_PARKS_EN = [lazy(rf"{WHO_EN}(?:(?P<will>['’]ll|\s+will)|\s+(?P<should>should))?\s+"
                  rf"(?P<verb>parked|park|left|leave)(?:\s+{_VEHICLE_EN})?\s+{_AT_EN}\s*(?P<end>[.!]*)"),
             lazy(rf"Where\s+(?P<aux>did|will|can|could|should)\s+{WHO_EN}\s+(?P<verb>park|leave)"
                  rf"(?:\s+{_VEHICLE_EN})?\s*\?+"),
             lazy(rf"(?P<aux>Can|Could|May)\s+{WHO_EN}\s+(?P<verb>park|leave)(?:\s+{_VEHICLE_EN})?\s+{_AT_EN}"
                  r"\s*\?+")]
_BANNED_EN = lazy(r"(?:You\s+(?:can['’]t|cannot|can\s+not|mustn['’]t|must\s+not|aren['’]t\s+allowed\s+to)\s+"
                  rf"(?P<verb>park|leave)(?:\s+{_VEHICLE_EN})?|(?P<ban>No)\s+parking)(?:\s+{_AT_EN})?"
                  r"\s*(?P<end>[.!]*)")
_FOUND_EN = lazy(rf"(?:(?P<ask>Did)\s+)?{WHO_EN}\s+(?:(?P<not>can['’]t|couldn['’]t|cannot|can\s+not)\s+)?"
                 rf"find\s+{_SPOT_EN}(?:\s+(?P<near>here|nearby))?\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"Is\s+there\s+{_SPOT_EN}\s+(?P<near>here|nearby|near\s+here|around\s+here)\s*\?+")
_PARKING_EN = rf"(?:(?P<vehicle>(?i:{alternatives(VEHICLES_VI)}))\s+)?(?i:parking)"
_COSTS_EN = [lazy(rf"How\s+much\s+(?:is|does)\s+{_PARKING_EN}(?:\s+cost)?(?P<here>\s+here)?\s*(?P<ask>\?+)"),
             lazy(r"How\s+much\s+(?:is\s+it|does\s+it\s+cost)\s+to\s+park(?:\s+an?\s+(?P<vehicle>"
                  rf"{alternatives(VEHICLES_VI)}))?(?P<here>\s+here)?\s*(?P<ask>\?+)"),
             lazy(rf"Is\s+{_PARKING_EN}\s+(?P<free_q>free)(?P<here>\s+here)?\s*\?+"),
             lazy(rf"{_PARKING_EN}(?P<here>\s+here)?\s+(?:is|costs)\s+(?:(?P<free>free)|{SUM_EN})"
                  r"(?P<here2>\s+here)?\s*(?P<end>[.!]*)")]
_TICKET_EN = (rf"(?P<owner>{alternatives(WHOSE_VI)}|the)\s+(?:(?P<vehicle>{alternatives(VEHICLES_VI)})\s+)?parking\s+"
              r"(?P<card>ticket|card)")
_LOST_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+haven['’]t|\s+hasn['’]t|"
                rf"\s+didn['’]t|\s+did\s+not|\s+have\s+not|\s+has\s+not)?\s+(?P<verb>lost|lose)\s+{_TICKET_EN}"
                r"\s*(?P<end>[.!?]*)")
_TODO_EN = lazy(rf"What\s+(?P<aux>do|should)\s+(?P<who>I|we|you)\s+do\s+if\s+(?P<who2>I|we|you)\s+lose\s+{_TICKET_EN}"
                r"\s*\?+")
_FINED_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+had\s+to|\s+(?:has|have)\s+to|(?:['’]ll|\s+will)\s+have"
                 rf"\s+to)\s+pay\s+an?\s+(?:{SUM_EN}\s+)?fine\s+for\s+losing\s+{_TICKET_EN}\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about parking a car or a motorbike; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return (_parks(text) or _banned(text) or _found(text) or _there(text) or _costs(text) or _lost(text)
                or _todo(text) or _fined(text)) if _KEY_VI.search(text) else None
    if (src, tgt) != ("en", "vi") or not _KEY_EN.search(text):
        return None
    return _parks_vi(text) or _banned_vi(text) or _found_vi(text) or _there_vi(text) or _costs_vi(text) or \
        _lost_vi(text) or _todo_vi(text) or _fined_vi(text)


def _where(rel: str, said: str) -> str | None:
    """Where in English: "ở đây" → "here", "trước ngân hàng" → "in front of the bank", "ở bãi gửi xe" → "in the car
    park", "ở nhà" → "at home"; None for a place not known ("trước đây" is "before", "gần đây" "lately")."""
    rel, said = _NEXT_TO[keyed(rel)], " ".join(said.split())
    if keyed(said) in ("đây", "đó"):
        return ("here" if keyed(said) == "đây" else "there") if rel == "at" else None
    if SPOTS.get(keyed(said)) == "a car park":
        return f"{'in' if rel == 'at' else rel} the car park"
    if house := _HOUSE.fullmatch(keyed(said)):
        return f"{rel} {OWNERS[house['whose']]} house" if house["whose"] else "at home" if rel == "at" else \
            f"{rel} the house"
    place = place_en(said)
    return place and " ".join(w for w in (rel, the_for(place), place) if w)


def _where_vi(m: re.Match, verb: str = "đỗ") -> str | None:
    """Where in Vietnamese, of a match of _AT_EN: "here" → "ở đây", "in front of the bank" → "trước ngân hàng", "in
    the car park" → "ở bãi đỗ xe" ("bãi gửi xe" where it is left there: `verb`); "" for none said, None for a place
    not known."""
    if m["here"]:
        return f"ở {'đây' if m['here'] == 'here' else 'đó'}"
    if not m["place"]:
        return ""
    rel, said = _NEXT_TO_VI[keyed(m["rel"])], keyed(m["place"])
    if said == "home" or said == "the house":
        place = "nhà"
    elif SPOTS_VI.get(said) == "bãi đỗ xe":
        place = f"bãi {verb} xe"
    else:
        place = place_vi(m["place"])
    return place and f"{rel} {place}"


def _whose(m: re.Match, who_: str) -> str:
    """Whose a vehicle is, after who of a match of WHO in English: "my" for "I", "his" for "bố tôi" (mt.terms.his_her),
    "the" for one whose English says neither ("Lan", "bạn tôi")."""
    if who_ in EN_WHOSE:
        return EN_WHOSE[who_]
    return his_her_of(m) or "the"


def _parks(text: str) -> str | None:
    """"Tôi đỗ xe trước ngân hàng." as "I parked in front of the bank.", "Bạn đỗ xe ở đâu?" as "Where did you park?",
    "Tôi có thể đỗ xe ở đâu?" as "Where can I park?", "Chúng tôi có thể đỗ xe ở đây không?" as "Can we park here?"
    (_PARKS); None for anything else, "Tôi đỗ xe ở đâu?" (did I, or do I?) and "để xe ở nhà" (left at home, unused)."""
    m = _PARKS.fullmatch(text)
    if m is None:
        return None
    asked, can = "?" in m["end"], bool(m["can"] or m["able"])
    # where, asked ("… ở đâu?"), or at a place: asked whether one can ("… được không?"), or said
    fits = asked and not m["asked"] if m["where"] else asked == bool(m["asked"]) == can
    if not fits or can and (m["did"] or m["will"] or m["should"]):
        return None
    someone = m["who"] or m["kin"] or m["given"] or m["titled"]
    said = who(m, asked) if someone else ("I", False) if can and m["where"] else None
    where = "" if m["where"] else _where(m["rel"], m["place"])
    if said is None or where is None:
        return None
    who_, bare, left = said[0], not m["vehicle"], keyed(m["verb"]) in ("để", "gửi")
    aux = "can" if can else "will" if m["will"] else "should" if m["should"] else "did" if m["did"] else ""
    # (the phrase list's "Tôi có thể đỗ xe ở đây không?"; "để xe ở nhà": left at home, unused; "Tôi đỗ xe ở đâu?":
    # did I, or do I?)
    if who_ == "I" and where == "here" and bare and m["asked"] or left and bare and where == "at home" or \
            m["where"] and not aux and who_ in ("I", "we"):
        return None
    leave = left and not bare  # ("gửi xe máy": leave it with an attendant)
    parks = ("leave" if leave else "park") + ("" if bare else f" {_whose(m, who_)} {VEHICLES[keyed(m['vehicle'])]}")
    if m["where"] or can:
        return f"Where {aux or 'did'} {who_} {parks}?" if m["where"] else f"Can {who_} {parks} {where}?"
    if m["will"] or m["should"]:
        return capitalised(contracted(who_, f"{aux} {parks} {where}{m['end'] or '.'}"))
    parked = parks.replace("leave", "left", 1) if leave else parks.replace("park", "parked", 1)
    return capitalised(f"{who_} {parked} {where}{m['end'] or '.'}")


def _banned(text: str) -> str | None:
    """"Không được đỗ xe ở đây." and "Ở đây không được đỗ xe." as "You can't park here.", "Cấm đỗ xe." as "No
    parking." (_BANNED); None for anything else."""
    m = _BANNED.fullmatch(text)
    if not m or m["here"] and m["place"] or m["ban"] and m["you"] or not (m["ban"] or m["here"] or m["place"]):
        return None
    where = "here" if m["here"] else _where(m["rel"], m["place"]) if m["place"] else ""
    if where is None:
        return None
    vehicle = VEHICLES[keyed(m["vehicle"])] if m["vehicle"] else ""
    if m["ban"]:
        return " ".join(w for w in ("No", vehicle, "parking", where) if w) + (m["end"] or ".")
    return " ".join(w for w in ("You can't park", vehicle and f"your {vehicle}", where) if w) + (m["end"] or ".")


def _found(text: str) -> str | None:
    """"Tôi không tìm được chỗ đỗ xe." as "I can't find a parking space.", "Bạn có tìm được chỗ đỗ xe không?" as "Did
    you find a parking space?" (_FOUND); None for anything else."""
    m = _FOUND.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or not (said := who(m, asked)):
        return None
    spot = SPOTS[keyed(m["spot"])] + {"ở đây": " here", "gần đây": " nearby", "": ""}[keyed(m["near"] or "")]
    return f"Did {said[0]} find {spot}?" if asked else capitalised(f"{said[0]} can't find {spot}{m['end'] or '.'}")


def _there(text: str) -> str | None:
    """"Ở đây có chỗ để xe không?" as "Is there anywhere to park here?", "Gần đây có bãi gửi xe không?" as "Is there
    a car park near here?" (_THERE); None for anything else, and for mt.patterns' "chỗ đỗ xe"."""
    m = _THERE.fullmatch(text)
    if not m or keyed(m["spot"]) in _AMENITIES:
        return None
    spot = SPOTS[keyed(m["spot"])].replace("a parking space", "anywhere to park")
    near = {"Ở": "here", "Gần": "near here"}.get(m["near"], "around here")
    return f"Is there {spot} {near}?"


def _costs(text: str) -> str | None:
    """"Gửi xe bao nhiêu tiền?" as "How much is parking?", "Gửi xe máy ở đây có miễn phí không?" as "Is motorbike
    parking free here?", "Gửi xe máy 5.000 đồng." as "Motorbike parking is 5,000 dong." (_COSTS); None for anything
    else."""
    m = _COSTS.fullmatch(text)
    if not m or bool(m["ask"] or m["free_q"]) != ("?" in m["end"]):
        return None
    parking = " ".join(w for w in (m["vehicle"] and VEHICLES[keyed(m["vehicle"])], "parking") if w)
    here = " here" if m["here"] else ""
    if m["ask"]:
        return f"How much is {parking}{here}?"
    if m["free_q"]:
        return f"Is {parking} free{here}?" if "miễn" in m["free_q"] else f"Do I have to pay for {parking}{here}?"
    cost = "free" if m["free"] else f"{sum_said(m, 'en')} dong"
    return capitalised(f"{parking} is {cost}{here}{m['end'] or '.'}")


def _parks_vi(text: str) -> str | None:
    """"I parked in front of the bank." as "Tôi đỗ xe trước ngân hàng.", "I left my motorbike in the car park." as
    "Tôi gửi xe máy ở bãi gửi xe.", "Where did you park?" as "Bạn đỗ xe ở đâu?", "Where can I park?" as "Tôi có thể
    đỗ xe ở đâu?", "Can we park here?" as "Chúng tôi có thể đỗ xe ở đây không?" (_PARKS_EN); None for anything else,
    where whose the vehicle is does not agree with who, and for "left" with no vehicle."""
    i, m = next(((i, m) for i, p in enumerate(_PARKS_EN) if (m := p.fullmatch(text))), (0, None))
    if m is None or m["verb"].startswith("le") and not m["vehicle"] or i == 0 and (
            bool(m["will"] or m["should"]) != (m["verb"] in ("park", "leave"))):
        return None
    who_, _ = who_vi(m)
    pronoun = m["who"] and ("I" if m["who"].lower() == "i" else m["who"].lower())
    its = keyed(m["its"] or "the")
    if its != "the" and (its != EN_WHOSE[pronoun] if pronoun else its not in ("his", "her", "their")):
        return None  # ("I parked his car": whose it is lost in Vietnamese)
    car_park = i != 1 and m["place"] and SPOTS_VI.get(keyed(m["place"])) == "bãi đỗ xe"
    verb = "đỗ" if m["verb"].startswith("park") else "gửi" if car_park else "để"
    parks = f"{verb} {VEHICLES_VI[keyed(m['vehicle'])] if m['vehicle'] else 'xe'}"
    if i == 1:
        aux = {"did": "", "will": "sẽ ", "should": "nên "}.get(m["aux"], "có thể ")
        return capitalised(f"{who_} {aux}{parks} ở đâu?")
    where = _where_vi(m, verb)
    if not where or i == 2 and who_ == "tôi" and where == "ở đây" and not m["vehicle"]:
        return None  # (a place not known; "Can I park here?": the phrase list's)
    if i == 2:
        return capitalised(f"{who_} có thể {parks} {where} không?")
    aux = "sẽ " if m["will"] else "nên " if m["should"] else ""
    return capitalised(f"{who_} {aux}{parks} {where}{m['end'] or '.'}")


def _banned_vi(text: str) -> str | None:
    """"You can't park here." as "Bạn không được đỗ xe ở đây.", "No parking." as "Cấm đỗ xe." (_BANNED_EN); None for
    anything else, and for "your" not said of "you"."""
    m = _BANNED_EN.fullmatch(text)
    where = m and _where_vi(m)
    if where is None or keyed(m["its"] or "your") not in ("your", "the") or m["verb"] == "leave" and not m["vehicle"]:
        return None
    said = "Cấm đỗ xe" if m["ban"] else \
        f"Bạn không được {'để' if m['verb'] == 'leave' else 'đỗ'} {VEHICLES_VI.get(keyed(m['vehicle'] or ''), 'xe')}"
    return f"{said}{' ' * bool(where)}{where}{m['end'] or '.'}"


def _found_vi(text: str) -> str | None:
    """"I can't find a parking space." as "Tôi không tìm được chỗ đỗ xe.", "Did you find a parking space?" as "Bạn có
    tìm được chỗ đỗ xe không?" (_FOUND_EN); None for anything else."""
    m = _FOUND_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or bool(m["ask"]) == bool(m["not"]):
        return None
    who_, _ = who_vi(m)
    spot = SPOTS_VI[keyed(m["spot"])] + {"here": " ở đây", "nearby": " gần đây", "": ""}[m["near"] or ""]
    return capitalised(f"{who_} có tìm được {spot} không?" if m["ask"] else
                       f"{who_} không tìm được {spot}{m['end'] or '.'}")


def _there_vi(text: str) -> str | None:
    """"Is there anywhere to park here?" as "Ở đây có chỗ đỗ xe không?", "Is there a car park nearby?" as "Gần đây
    có bãi đỗ xe không?" (_THERE_EN); None for anything else, and for mt.patterns' "parking"."""
    m = _THERE_EN.fullmatch(text)
    if not m or keyed(m["spot"]) in _AMENITIES or m["spot"].startswith("the "):
        return None
    spot = SPOTS_VI[keyed(m["spot"])].replace("chỗ nào để", "chỗ")
    return f"{'Ở' if m['near'] == 'here' else 'Gần'} đây có {spot} không?"


def _costs_vi(text: str) -> str | None:
    """"How much is parking?" as "Gửi xe bao nhiêu tiền?", "Is parking free here?" as "Gửi xe ở đây có miễn phí
    không?", "Motorbike parking is 5,000 dong." as "Gửi xe máy 5.000 đồng." (_COSTS_EN); None for anything else."""
    m = next((m for p in _COSTS_EN if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    found = m.groupdict()
    here = m["here"] or found.get("here2")
    parking = f"gửi {VEHICLES_VI[keyed(m['vehicle'])] if m['vehicle'] else 'xe'}{' ở đây' if here else ''}"
    if found.get("ask"):
        return capitalised(f"{parking} bao nhiêu tiền?")
    if found.get("free_q"):
        return capitalised(f"{parking} có miễn phí không?")
    cost = "miễn phí" if m["free"] else f"{sum_said(m, 'vi')} đồng"
    return capitalised(f"{parking} {cost}{m['end'] or '.'}")


def _ticket(m: re.Match, lang: str = "en") -> str:
    """A ticket of _TICKET in English ("motorbike parking card"), or of _TICKET_EN in Vietnamese ("vé gửi xe")."""
    card = m["card"] in ("vé", "ticket")
    if lang == "vi":
        return f"{'vé' if card else 'thẻ'} gửi {VEHICLES_VI.get(keyed(m['vehicle'] or ''), 'xe')}"
    return f"{VEHICLES[keyed(m['vehicle'])] + ' ' if m['vehicle'] else ''}parking {'ticket' if card else 'card'}"


def _lost(text: str) -> str | None:
    """"Tôi làm mất vé gửi xe." as "I've lost my parking ticket.", "Bạn có làm mất thẻ xe không?" as "Did you lose
    your parking card?" (_LOST); None for anything else, "vé xe" (a bus ticket too) and a name alone (his or hers)."""
    m = _LOST.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["bare"] and m["card"] == "vé" or asked != bool(m["ask"]) or asked != bool(m["asked"]) or \
            (m["ask"] or m["not"]) and (m["did"] or m["done"]) or not (said := who(m, asked)) or \
            not (whose := whose_own(m, said[0])):
        return None
    lost = f"{whose} {_ticket(m)}{'?' if asked else m['end'] or '.'}"
    if m["ask"] or m["not"]:
        return f"Did {said[0]} lose {lost}" if asked else capitalised(f"{said[0]} didn't lose {lost}")
    return capitalised(contracted(said[0], f"{'has' if said[1] else 'have'} lost {lost}"))


def _todo(text: str) -> str | None:
    """"Mất vé gửi xe thì phải làm sao?" as "What do I do if I lose my parking ticket?" (_TODO); None for anything
    else, for who other than "I", "you", "we" ("nên": "What should you do …"), and for "vé xe"."""
    m = _TODO.fullmatch(text)
    said = m and (who(m, True) if m["who"] else None if m["kin"] or m["given"] or m["titled"] else ("I", False))
    if not said or said[0] not in ("I", "you", "we") or m["bare"] and m["card"] == "vé":
        return None
    return f"What {'should' if m['should'] else 'do'} {said[0]} do if {said[0]} lose {EN_WHOSE[said[0]]} {_ticket(m)}?"


def _fined(text: str) -> str | None:
    """"Tôi đã phải nộp phạt vì mất vé xe." as "I had to pay a fine for losing my parking ticket.", "Mẹ tôi bị phạt
    50.000 đồng vì mất thẻ xe." as "My mother was fined 50,000 dong for losing her parking card.", "Tôi có phải nộp
    phạt vì mất vé xe không?" as "Do I have to pay a fine for losing my parking ticket?" (_FINED); None for anything
    else, "phải" told without "đã" or "sẽ" (has to, or had to?), "phải" asked of others (did they, or do they?), and
    "bị phạt" asked of oneself ("Tôi có bị phạt …": will I be, not was I)."""
    m = _FINED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["ask"]) or asked != bool(m["asked"]) or not (said := who(m, asked)) or \
            not (whose := whose_own(m, said[0])):
        return None
    (who_, one), sum_ = said, f"{sum_said(m, 'en')} dong " if m["n"] else ""
    if (asked and (who_ in ("I", "we")) != bool(m["pay"])) or m["pay"] and not asked and not (m["did"] or m["will"]):
        return None
    why = f"for losing {whose} {_ticket(m)}{'?' if asked else m['end'] or '.'}"
    if m["pay"]:
        fine = f"pay a {sum_}fine {why}"
        return f"Do {who_} have to {fine}" if asked else \
            capitalised(contracted(who_, f"will have to {fine}") if m["will"] else f"{who_} had to {fine}")
    was, fined = "was" if one or who_ == "I" else "were", f"fined {sum_}{why}"
    return f"{was.capitalize()} {who_} {fined}" if asked else \
        capitalised(contracted(who_, f"will be {fined}") if m["will"] else f"{who_} {was} {fined}")


def _lost_vi(text: str) -> str | None:
    """"I've lost my parking ticket." as "Tôi làm mất vé gửi xe rồi.", "Have you lost your parking card?" as "Bạn có
    làm mất thẻ gửi xe không?" (_LOST_EN); None for anything else, "has" not agreeing, and another's ticket."""
    m = _LOST_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]) or own_thing(m, *(said := who_vi(m))) is not True:
        return None
    word = keyed(m["q"] or m["aux"] or "").replace("’", "'")
    did, not_ = word.startswith("did"), "n't" in word or " not" in word
    if m["q"] and m["aux"] or (m["verb"] == "lose") != did or word and not did and (word[:3] == "has" or
                                                                                  word == "'s") != said[1]:
        return None
    if m["q"]:
        return capitalised(f"{said[0]} có làm mất {_ticket(m, 'vi')} không?")
    done = " rồi" if word and not did and not not_ else ""
    return capitalised(f"{said[0]} {'không ' * not_}làm mất {_ticket(m, 'vi')}{done}{m['end'] or '.'}")


def _todo_vi(text: str) -> str | None:
    """"What do I do if I lose my parking ticket?" as "Nếu tôi làm mất vé gửi xe thì phải làm sao?" (_TODO_EN); None
    for anything else, and for who or whose not the same twice."""
    m = _TODO_EN.fullmatch(text)
    if not m or m["who"] != m["who2"] or keyed(m["owner"]) not in (EN_WHOSE[m["who"]], "the"):
        return None
    then = "nên làm gì" if m["aux"] == "should" else "phải làm sao"
    return f"Nếu {WHOSE_VI[EN_WHOSE[m['who']]]} làm mất {_ticket(m, 'vi')} thì {then}?"


def _fined_vi(text: str) -> str | None:
    """"I had to pay a fine for losing my parking ticket." as "Tôi đã phải nộp phạt vì làm mất vé gửi xe.", "Do I
    have to pay a fine for losing my parking ticket?" as "Tôi có phải nộp phạt vì làm mất vé gửi xe không?"
    (_FINED_EN); None for anything else, a verb not agreeing with who, and another's ticket."""
    m = _FINED_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]) or own_thing(m, *(said := who_vi(m))) is not True:
        return None
    aux, q = keyed(m["aux"]), keyed(m["q"] or "")
    if q and (aux != "have to" or (q == "does") != said[1]) or not q and aux in ("has to", "have to") and (
            aux == "has to") != said[1]:
        return None
    fine = f"phải nộp phạt{' ' + sum_said(m, 'vi') + ' đồng' if m['n'] else ''} vì làm mất {_ticket(m, 'vi')}"
    if q:
        return capitalised(f"{said[0]} có {fine} không?")
    tense = "sẽ " if "ll" in aux else "đã " if aux == "had to" else ""
    return capitalised(f"{said[0]} {tense}{fine}{m['end'] or '.'}")
