"""Washing a car or a motorbike at a car wash, both ways, written whole by rule: who takes one for a wash or to the car
wash, goes to or is at the car wash, what a wash costs or how long it takes, where a car wash is, and one dirty or
needing a wash. v8 (the rules on): "Tôi mang xe máy đi rửa." → "I bring the motorcycle to wash.", "Tôi mang ô tô đi
rửa." → "I bring an umbrella bowls washing.", "Tôi vừa mang xe máy đi rửa." → "I've carried a washcloth.", "Rửa xe ở
đây bao nhiêu tiền?" → "How much money does the car be here?", "Rửa xe máy mất bao lâu?" → "How long does the
motorcycle lose?", "Gần đây có tiệm rửa xe không?" → "Do you recently get a car washcloth?", "Tôi đang ở tiệm rửa
xe." → "I'm in the shop of washing.", "Xe máy của tôi bẩn quá rồi." → "My machine care is too dirty.", "Xe máy của
tôi cần rửa." → "My motorcycle needs to wash."; "I'm taking my car to the car wash." → "Tôi đang ô tô tôi vào giặt
giặt.", "How much is a car wash here?" → "Xe hơi được rửa sạch ở đây bao nhiêu?", "Is there a car wash near here?" →
"Có khăn mặt ở gần đây không?" (a towel), "My motorbike is so dirty." → "Máy vận động của tôi rất bẩn.", "My
motorbike needs a wash." → "Máy vận động của tôi cần khăn mặt.".

Taken: who (mt.hobbies.WHO, WHO_EN) takes ("mang", "đưa", "đem") a motorbike or a car (whose after it, or who's own)
for a wash ("đi rửa") or to the car wash ("ra tiệm rửa xe"), or goes to the car wash ("ra", "đến", "tới"): now ("đang";
a plain one by "tôi", "chúng tôi", with "đi rửa" or "ra": being done), will, has to, needs to, wants to (asked "có muốn
… không?"), did (a day behind, "đã"), has just, has already ("rồi"), hasn't yet, asked "… chưa?", every week
(mt.hobbies.EVERY), on a day ahead; who is at the car wash ("đang ở"; a plain "ở" said by the speaker); what washing
one, or a wash, costs ("Rửa xe máy bao nhiêu tiền?", "Giá rửa xe ở đây là bao nhiêu?") or how long it takes, here or
not; whether there is a car wash near here, where the nearest is, where there is one; a motorbike or a car (whose,
"this", or "the") dirty ("bẩn", "dơ"; "quá", "lắm": really; "rất": very), asked, or needing a wash. "xe" alone is a car
or a motorbike (most often a motorbike), and English has no word for both but "vehicle", which no one says of their
own: it is taken only where English names no vehicle ("a wash", and "car wash" as the place's name: a "tiệm rửa xe"
washes both, and "tiệm rửa xe máy" is a "motorbike wash"). Left: "xe" alone taken, washed or dirty ("Tôi mang xe đi
rửa.", "Tôi phải đi rửa xe.", "Xe bẩn quá rồi."), washing one oneself or "đi rửa xe máy" (mt/car_servicing.py), a
name's own vehicle (his or hers?), our or their motorbikes (one, or more?), a plain "mang … đi rửa" of anyone but the
speaker (done, or bidden?) or with "đến", "tới" (come?), "vừa", "rồi", "chưa" of going there (gone, or been?), "Bạn ở
tiệm rửa xe." (stay there?), "I" asked, a pet, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, "scooter" (a
kick scooter?), "a wash" in English (a car's, or one's hair?), sums paid, opening hours, "bạn", "chúng ta", "mình"
with a day ahead and no tense word (told, bidden, or let's?), a name named again as owner (his or hers?), English
"we", "our", "us" (chúng tôi, or chúng ta?), and anything else.
mt.phrasebook.translate tries these after mt/building_noise.py.

    >>> translate("Tôi mang xe máy đi rửa.", "vi", "en"), translate("Is there a car wash near here?", "en", "vi")
    ("I'm taking my motorbike for a wash.", 'Gần đây có tiệm rửa xe không?')
"""
from __future__ import annotations

import re

from . import nearby
from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, OWNER, SOMEONE_EN, WHO, WHO_EN, em_speaking, first_agrees, own_thing, owner_of,
                      person_of, pet, someone, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, WE_EN, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:rửa\s+xe|rửa\s+ô\s+tô|rửa\s+chiếc|rửa\s+một|đi\s+rửa|cần\s+rửa|cần\s+được\s+rửa|"
                    r"cần\s+đi\s+rửa|phải\s+đi\s+rửa|bẩn|\bdơ\b)"),
         "en": lazy(r"(?i:car\s+wash|motorbike\s+wash|motorcycle\s+wash|for\s+a\s+wash|be\s+washed|it\s+washed|"
                    r"to\s+wash\s+a|needs?\s+a\s+wash|needs?\s+washing|dirty)")}
# the vehicles, both ways ("xe" alone is either: left but where English names none)
_VEHICLES = {"xe máy": "motorbike", "ô tô": "car", "xe ô tô": "car", "xe hơi": "car"}
_VEHICLES_VI = {"car": "ô tô", "motorbike": "xe máy", "motorcycle": "xe máy"}
# the place, both ways (the first Vietnamese of each is written back)
_PLACES = {"tiệm rửa xe": "car wash", "tiệm rửa ô tô": "car wash", "tiệm rửa xe hơi": "car wash",
           "tiệm rửa xe ô tô": "car wash", "cửa hàng rửa xe": "car wash", "chỗ rửa xe": "car wash",
           "điểm rửa xe": "car wash", "tiệm rửa xe máy": "motorbike wash", "chỗ rửa xe máy": "motorbike wash"}
_PLACES_VI = {"car wash": "tiệm rửa xe", "motorbike wash": "tiệm rửa xe máy", "motorcycle wash": "tiệm rửa xe máy"}
# days behind, of today and ahead (mt.dates.NEAR_WAY tells which)
_DAYS = near_days("hôm qua", "sáng hôm qua", "chiều hôm qua", "hôm kia", "tuần trước", "cuối tuần trước", "hôm nay",
                  "sáng nay", "chiều nay", "cuối tuần này", "ngày mai", "sáng mai", "chiều mai", "tuần sau",
                  "cuối tuần sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# the English verbs' forms: base, after he or she, past, participle, "-ing"
_FORMS = {"take": ("take", "takes", "took", "taken", "taking"), "go": ("go", "goes", "went", "gone", "going")}
_KINDS = ("base", "s", "past", "part", "ing")
_FORMS_EN = {form: (verb, kind) for verb, forms in _FORMS.items() for kind, form in zip(_KINDS, forms)}

_VEH = rf"(?:(?i:chiếc)\s+)?(?P<veh>(?i:{alternatives(_VEHICLES)}))"
# one's vehicle: whose after it ("xe máy của tôi", "ô tô của bố tôi", "xe máy tôi"), "này", or no one's
_OWNED = rf"{_VEH}(?:\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?"
_PLACE = rf"(?P<place>(?i:{alternatives(_PLACES)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_WHEN = (rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
         rf"(?:\s+(?P<tail>rồi|chưa))?{ASKED_END}")
_AUX = r"đang|sẽ|phải|cần|có\s+muốn|muốn|đã|vừa\s+mới|vừa|mới|chưa"
# taken for a wash, or to the car wash ("Tôi mang xe máy đi rửa.", "Bố tôi đã đưa ô tô ra tiệm rửa xe chưa?")
_TAKE = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?(?:mang|đưa|đem)\s+{_OWNED}\s+"
             rf"(?:đi\s+rửa|(?P<to>ra|đến|tới)\s+{_PLACE}){_WHEN}")
# going to the car wash ("Tôi đang ra tiệm rửa xe.") or being there ("Mẹ tôi đang ở tiệm rửa xe.")
_GO = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?(?P<at>ở|ra|đi\s+ra|đến|tới)\s+{_PLACE}"
           rf"{_WHEN}")
# what a wash costs, or how long it takes ("Rửa xe máy bao nhiêu tiền?", "Giá rửa xe ở đây là bao nhiêu?")
_COST = lazy(rf"(?:(?P<here0>[Ởở]\s+đây)\s+)?(?P<price>[Gg]iá\s+)?[Rr]ửa\s+(?:(?P<one>một\s+chiếc|chiếc)\s+)?"
             rf"(?P<veh>(?i:{alternatives(_VEHICLES)}|xe))(?:\s+(?P<here>ở\s+đây))?\s+(?:(?P<la>là\s+)?(?:hết\s+|"
             rf"mất\s+)?bao\s+nhiêu(?P<tien>\s+tiền)?|(?P<long>mất\s+bao\s+lâu)){SOFTENED_END}")
# where a car wash is ("Gần đây có tiệm rửa xe không?", "Tiệm rửa xe gần nhất ở đâu?", "Ở đâu có tiệm rửa xe?")
_WHERE = nearby.patterns(_PLACE)
# dirty, or needing a wash ("Xe máy của tôi bẩn quá rồi.", "Ô tô của bạn có cần rửa không?")
_DIRTY = lazy(rf"{_OWNED}\s+(?:(?P<ask>có)\s+)?(?:(?P<very>rất)\s+|bị\s+)?(?:bẩn|dơ)(?:\s+(?P<much>quá|lắm))?"
              rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
_NEEDS = lazy(rf"{_OWNED}\s+(?:(?P<ask>có)\s+)?(?:cần|phải)\s+(?:được\s+|đi\s+)?rửa(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... in English
_VEH_EN = rf"(?P<veh>(?i:{alternatives(_VEHICLES_VI)}))"
_PLACE_EN = rf"(?i:{alternatives(_PLACES_VI)})"
_OWNED_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}|the|this))|(?P<someone>{SOMEONE_EN})'s)\s+{_VEH_EN}"
_AUX_EN = (r"(?P<aux>'(?:s|re|m|ll|ve)|\s+(?:is|am|are|will|has|have)(?:n't|\s+not)?|"
           r"\s+(?:has|have|needs?|wants?)\s+to)?")
_TAKE_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>just|already))?\s+"
                rf"(?P<verb>{alternatives(_FORMS_EN)})\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+{_VEH_EN}\s+(?:for\s+a\s+"
                rf"wash|to\s+be\s+washed|to\s+get\s+it\s+washed|to\s+the\s+(?P<place>{_PLACE_EN}))|to\s+the\s+"
                rf"(?P<place2>{_PLACE_EN}))(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<day>"
                rf"{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_AT_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+am|\s+are|'s|'m|'re)\s+at\s+the\s+(?P<place>{_PLACE_EN})\s*(?P<end>[.!]*)")
_COST_EN = lazy(r"How\s+(?:(?P<much>much)\s+(?:is\s+a\s+(?P<veh>car|motorbike|motorcycle)\s+wash|(?:is\s+it|does\s+it"
                r"\s+cost)\s+to\s+wash\s+a\s+(?P<veh2>car|motorbike|motorcycle))|long\s+(?:does\s+a\s+(?P<veh3>car|"
                r"motorbike|motorcycle)\s+wash\s+take|does\s+it\s+take\s+to\s+wash\s+a\s+(?P<veh4>car|motorbike|"
                r"motorcycle)))(?P<here>\s+here)?\s*\?+")
_WHERE_EN = nearby.patterns_en(rf"(?P<place>{_PLACE_EN})")
_DIRTY_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWNED_EN}(?P<is>\s+is|'s)?\s+(?:(?P<very>really|so|very)\s+)?dirty"
                 r"\s*(?P<end>[.!?]*)")
_NEEDS_EN = lazy(rf"(?:(?P<q>Does)\s+)?{_OWNED_EN}\s+(?P<verb>needs|need)\s+(?:a\s+wash|washing|to\s+be\s+"
                 r"washed)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a car or a motorbike taken to be washed, the car wash gone to, what a wash
    costs, where a car wash is, or a vehicle dirty; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _take(text) or _cost(text) or _where(text) or _dirty(text))
    text = text.replace("’", "'")
    if WE_EN.search(text):  # ("We're at the car wash.", "Our car is dirty.": chúng tôi, or chúng ta?)
        return None
    return _take_vi(text) or _cost_vi(text) or _where_vi(text) or _dirty_vi(text)


def _vehicle(m: re.Match) -> str | None:
    """The vehicle of a match of _OWNED in English: "my motorbike", "Lan's car", "this car", "the car"; None for a
    pet's, whose not read, and our or their motorbikes (one, or more?)."""
    veh = _VEHICLES[keyed(m["veh"])]
    whose = "this" if m["this"] else None if pet(m["someone"], "vi") else owner_of(m)
    return None if whose is None or veh == "motorbike" and whose in ("our", "their") else f"{whose} {veh}"


def _vehicle_vi(m: re.Match) -> str | None:
    """The vehicle of a match of _OWNED_EN in Vietnamese: "xe máy của tôi", "ô tô của mẹ tôi", "ô tô này", "ô tô"
    ("the"); None for a pet's, or someone not read."""
    veh = _VEHICLES_VI[m["veh"].lower()]
    if m["someone"]:
        named = None if pet(m["someone"], "en") else someone(m["someone"], "en")
        return named and f"{veh} của {named}"
    det = m["owner"].lower()
    return veh if det == "the" else f"{veh} này" if det == "this" else f"{veh} của {WHOSE_VI[det]}"


def _when(m: re.Match) -> tuple[str, str] | None:
    """The day of a match of _TAKE or _GO in English with a space before it (" tomorrow"), and its kind ("behind",
    "today", "ahead"; "" for none); None where a day is said twice or with how often."""
    if m["day0"] and m["day"] or (m["day0"] or m["day"]) and m["every"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    return (f" {_DAYS[day]}", NEAR_WAY[day]) if day else ("", "")


def _take(text: str) -> str | None:
    """"Tôi mang xe máy đi rửa." as "I'm taking my motorbike for a wash.", "Bạn đã mang ô tô ra tiệm rửa xe chưa?" as
    "Have you taken your car to the car wash yet?", "Tôi đang ra tiệm rửa xe." as "I'm going to the car wash.", "Mẹ
    tôi đang ở tiệm rửa xe." as "My mother is at the car wash." (_TAKE, _GO); None for anything else."""
    m = _TAKE.fullmatch(text) or _GO.fullmatch(text)
    asked = bool(m) and bool(m["asked"] or m["tail"] == "chưa")
    if not m or asked != ("?" in m["end"]) or em_speaking(m) or (said := person_of(m, asked)) is None or (
            day := _when(m)) is None:
        return None
    who_, one = said
    place = f"the {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    if m.re == _GO:
        if keyed(m["at"]) == "ở":  # (at it now: "đang", or nothing said by the speaker; "Bạn ở …": stay there?)
            aux = keyed(m["aux"] or "")
            plain = aux == "đang" or not aux and who_ in ("I", "we")
            plain = plain and not (m["every"] or m["tail"] or day[0] or asked)
            return capitalised(f"{contracted(who_, f'{be(who_)} at {place}')}{stop(m['end'])}") if plain else None
        if keyed(m["aux"] or "") in ("vừa", "vừa mới", "mới", "chưa") or m["tail"]:
            return None  # ("Tôi vừa ra tiệm rửa xe.": just gone, or just been?)
        verb, rest = "go", f"to {place}"
    else:
        whose = "this" if m["this"] else owner_of(m, "") if m["owner"] or m["someone"] else whose_own(m, who_)
        if m["someone"] and someone(m["someone"], "vi") == who_:  # ("Mẹ tôi … ô tô của mẹ tôi": her own)
            whose = whose_own(m, who_)
        if not whose or pet(m["someone"], "vi") or _VEHICLES[keyed(m["veh"])] == "motorbike" and whose in (
                "our", "their"):
            return None  # ("Lan mang xe máy đi rửa.": his, or hers?)
        verb, rest = "take", f"{whose} {_VEHICLES[keyed(m['veh'])]} {f'to {place}' if place else 'for a wash'}"
    forms = {kind: f"{form} {rest}" for kind, form in zip(_KINDS, _FORMS[verb])}
    said = _asked(m, who_, one, forms, day) if asked else _said(m, who_, one, forms, day)
    return said if not said or asked else capitalised(f"{said}{stop(m['end'])}")


def _asked(m: re.Match, who_: str, one: bool, forms: dict[str, str], day: tuple[str, str]) -> str | None:
    """A question of _TAKE or _GO in English: "… chưa?" as "Have you taken … yet?", "có muốn … không?" as "Do you
    want to take …?" (a day ahead too); None for any other."""
    aux, (on, kind) = keyed(m["aux"] or ""), day
    if m["tail"] == "chưa":
        ok = aux in ("", "đã") and not (kind or m["every"] or m["asked"]) and forms["base"].startswith("take")
        return f"{'Has' if one else 'Have'} {who_} {forms['part']} yet?" if ok else None
    ok = aux == "có muốn" and kind in ("", "ahead") and not m["every"]
    return f"{'Does' if one else 'Do'} {who_} want to {forms['base']}{on}?" if ok else None


def _said(m: re.Match, who_: str, one: bool, forms: dict[str, str], day: tuple[str, str]) -> str | None:
    """A statement of _TAKE or _GO in English, by "đang", "sẽ", "phải" … before the verb, "rồi" after it and the
    day's kind (no end); a plain one is now only said by the speaker ("Mẹ tôi mang xe máy đi rửa.": done, or
    bidden?); None where the tense is not read for sure."""
    aux, tail, (on, kind) = keyed(m["aux"] or ""), keyed(m["tail"] or ""), day
    have = "has" if one else "have"
    if m["every"]:
        every = EVERY[keyed(m["every"])]
        return f"{who_} {forms['s' if one else 'base']} {every}" if not (aux or tail) else None
    if tail:  # ("rồi": done already, with no day)
        return contracted(who_, f"{have} already {forms['part']}") if aux in ("", "đã") and not kind else None
    if kind == "behind" or aux == "đã":
        return f"{who_} {forms['past']}{on}" if aux in ("", "đã") and kind != "ahead" else None
    if aux in ("sẽ", "phải", "cần", "muốn"):
        said = {"sẽ": "will", "phải": f"{have} to", "cần": f"need{'s' * one} to", "muốn": f"want{'s' * one} to"}[aux]
        return contracted(who_, f"{said} {forms['base']}{on}")
    # (a plain "đến", "tới": going there, or come?)
    to = keyed(m["at"] if m.re == _GO else m["to"] or "ra")
    told = who_ == "you" or keyed(m["who"] or "") in ("chúng ta", "mình")  # ("Ngày mai bạn …": bidden, or let's?)
    going = who_ in ("I", "we") and not told and to in ("ra", "đi ra")
    if aux == "đang" and not kind or aux == "" and (kind == "ahead" and not told or going and not kind):
        return contracted(who_, f"{be(who_)} {forms['ing']}{on}")
    if kind or aux == "đang":
        return None
    if aux == "chưa":
        return contracted(who_, f"{have}n't {forms['part']} yet")
    return contracted(who_, f"{have} just {forms['part']}") if aux in ("vừa", "vừa mới", "mới") else None


def _cost(text: str) -> str | None:
    """"Rửa xe máy bao nhiêu tiền?" as "How much does it cost to wash a motorbike?", "Rửa xe ở đây bao nhiêu tiền?"
    as "How much is a wash here?", "Rửa ô tô mất bao lâu?" as "How long does it take to wash a car?" (_COST); None for
    anything else, "here" said twice, and "chiếc xe" (a car?)."""
    m = _COST.fullmatch(text)
    if not m or "?" not in m["end"] or m["here0"] and m["here"] or m["long"] and (m["price"] or m["tien"]) or (
            m["la"] and not m["price"]):
        return None
    veh, here = keyed(m["veh"]), " here" if m["here0"] or m["here"] else ""
    if veh == "xe":
        return None if m["one"] else f"How {'long does a wash take' if m['long'] else 'much is a wash'}{here}?"
    veh = _VEHICLES[veh]
    return f"How {'long does it take' if m['long'] else 'much does it cost'} to wash a {veh}{here}?"


def _where(text: str) -> str | None:
    """"Gần đây có tiệm rửa xe không?" as "Is there a car wash near here?", "Tiệm rửa xe gần nhất ở đâu?" as "Where's
    the nearest car wash?", "Ở đâu có tiệm rửa xe?" as "Where is there a car wash?" (_WHERE); None for anything
    else."""
    m = nearby.found(_WHERE, text)
    return m and nearby.said(m, _PLACES[keyed(m["place"])])


def _dirty(text: str) -> str | None:
    """"Xe máy của tôi bẩn quá rồi." as "My motorbike is really dirty.", "Ô tô của bạn có bẩn không?" as "Is your car
    dirty?", "Xe máy của tôi cần rửa." as "My motorbike needs a wash." (_DIRTY, _NEEDS); None for anything else."""
    m = _DIRTY.fullmatch(text) or _NEEDS.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (veh := _vehicle(m)) is None:
        return None
    if m.re == _NEEDS:
        return f"Does {veh} need a wash?" if asked else capitalised(f"{veh} needs a wash{stop(m['end'])}")
    if asked:
        return None if m["very"] or m["much"] or m["done"] else f"Is {veh} dirty?"
    very = "very " if m["very"] else "really " if m["much"] else ""
    return capitalised(f"{veh} is {very}dirty{stop(m['end'])}")


def _how_en(m: re.Match, form: str) -> tuple[str, str] | None:
    """How a match of _TAKE_EN says its tense: "be", "will", "have" ("'s" by the verb's `form`), "not" (hasn't),
    "has to", "need to", "want to" or "" (none), and the word said first that agrees with who (the question's, or
    the auxiliary's: "needs to" as "has"); None where that word does not agree."""
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    first = (m["q"] or aux.split(" ")[0] if aux or m["q"] else "").lower()
    how = {"is": "be", "am": "be", "are": "be", "'m": "be", "'re": "be", "will": "will", "'ll": "will",
           "has": "have", "have": "have", "'ve": "have", "has not": "not", "have not": "not", "has to": "has to",
           "have to": "has to", "needs to": "need to", "need to": "need to", "wants to": "want to",
           "want to": "want to", "'s": "be" if form == "ing" else "have", "": ""}.get(aux)
    said = {"needs": "has", "wants": "has", "need": "have", "want": "have"}.get(first, first)
    if how is None or m["q"] and aux not in ("", "want to", "need to") or not first_agrees(said, *who_vi(m)):
        return None  # ("Does she wants to …?")
    return how, said


# the English tenses of _TAKE_EN (the question's first word, how, the verb's form, the adverb) and the Vietnamese
_TENSES_VI = {("", "", "past", ""): "đã {v}", ("", "", "past", "just"): "vừa {v}", ("", "be", "ing", ""): "đang {v}",
              ("", "will", "base", ""): "sẽ {v}", ("", "has to", "base", ""): "phải {v}",
              ("", "need to", "base", ""): "cần {v}", ("", "want to", "base", ""): "muốn {v}",
              ("", "have", "part", "just"): "vừa {v}", ("", "have", "part", ""): "đã {v} rồi",
              ("", "have", "part", "already"): "đã {v} rồi", ("", "not", "part", ""): "chưa {v}",
              ("have", "", "part", ""): "đã {v} chưa?", ("do", "want to", "base", ""): "có muốn {v} không?"}


def _take_vi(text: str) -> str | None:
    """"I'm taking my car to the car wash." as "Tôi đang mang ô tô ra tiệm rửa xe.", "Have you taken your motorbike
    for a wash yet?" as "Bạn đã mang xe máy đi rửa chưa?", "I'm going to the car wash." as "Tôi đang ra tiệm rửa
    xe.", "She's at the car wash." as "Cô ấy đang ở tiệm rửa xe." (_TAKE_EN, _AT_EN); None for anything else, where a
    verb does not agree with who, a pet, and another's "his", "her" or "their"."""
    if (at := _AT_EN.fullmatch(text)) and person_of(at, False, "en") and first_agrees(at["be"].strip(), *who_vi(at)):
        return f"{capitalised(who_vi(at)[0])} đang ở {_PLACES_VI[at['place'].lower()]}{stop(at['end'])}"
    m = _TAKE_EN.fullmatch(text)
    if not m or (said := person_of(m, bool(m["q"]), "en")) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    (who_, one), (verb, form) = said, _FORMS_EN[m["verb"].lower()]
    if (verb == "take") != bool(m["owner"]) or (how := _how_en(m, form)) is None:
        return None
    if verb == "go":
        does = f"ra {_PLACES_VI[m['place2'].lower()]}"
    else:
        own = own_thing(m, who_, one)
        if own is None or m["given"] and named_his_her(m["given"]) not in (None, m["owner"].lower()):
            return None  # ("Lan took his car …": another's, or his own?)
        veh = _VEHICLES_VI[m["veh"].lower()] + ("" if own else f" của {WHOSE_VI[m['owner'].lower()]}")
        does = f"mang {veh} {'ra ' + _PLACES_VI[m['place'].lower()] if m['place'] else 'đi rửa'}"
    return _tensed_vi(m, how, form, who_, one, does, verb)


def _tensed_vi(m: re.Match, how: tuple[str, str], form: str, who_: str, one: bool, does: str, verb: str) -> str | None:
    """The Vietnamese of a match of _TAKE_EN by its tense (`how` as _how_en gives it), the verb's `form`, a day
    (first: "Hôm qua tôi mang …"), how often or "yet"; None for a tense not read, and one the day does not fit."""
    q, adv = (m["q"] or "").lower().replace("has", "have").replace("does", "do"), (m["adv"] or "").lower()
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    kind = NEAR_WAY[day] if day else ""
    if m["every"]:  # (a habit: "She takes her car for a wash every week."; without how often, left: when?)
        ok = not (q or how[0] or adv or day or m["yet"]) and form in ("base", "s") and (form == "s") == one
        shape = f"{{v}} {EVERY_VI[m['every'].lower()]}" if ok else None
    else:
        shape = _TENSES_VI.get((q, how[0], form, adv))
    if shape is None or m["yet"] and "chưa" not in shape or verb == "go" and (adv or "rồi" in shape or "chưa" in shape):
        return None
    if day:  # (a day behind with the past, ahead with what is to come)
        if kind == "behind" and shape == "đã {v}":
            shape = "{v}"
        elif kind == "ahead" and shape in ("đang {v}", "sẽ {v}", "phải {v}", "cần {v}", "muốn {v}"):
            shape = shape.replace("đang", "sẽ")
        elif not (kind == "today" and shape == "đã {v}"):
            return None
    said = capitalised(f"{day} {who_} {shape.format(v=does)}".lstrip())
    return said if said.endswith("?") else f"{said}{stop(m['end'])}"


def _cost_vi(text: str) -> str | None:
    """"How much is a car wash here?" as "Rửa ô tô ở đây bao nhiêu tiền?", "How long does it take to wash a
    motorbike?" as "Rửa xe máy mất bao lâu?" (_COST_EN); None for anything else."""
    m = _COST_EN.fullmatch(text)
    if not m:
        return None
    veh = _VEHICLES_VI[(m["veh"] or m["veh2"] or m["veh3"] or m["veh4"]).lower()]
    return f"Rửa {veh}{' ở đây' * bool(m['here'])} {'bao nhiêu tiền' if m['much'] else 'mất bao lâu'}?"


def _where_vi(text: str) -> str | None:
    """"Is there a car wash near here?" as "Gần đây có tiệm rửa xe không?", "Where's the nearest car wash?" as "Tiệm
    rửa xe gần nhất ở đâu?" (_WHERE_EN); None for anything else."""
    m = nearby.found(_WHERE_EN, text)
    return m and nearby.said_vi(m, _PLACES_VI[m["place"].lower()])


def _dirty_vi(text: str) -> str | None:
    """"My motorbike is so dirty." as "Xe máy của tôi bẩn quá.", "Is your car dirty?" as "Ô tô của bạn có bẩn
    không?", "My car needs a wash." as "Ô tô của tôi cần rửa." (_DIRTY_EN, _NEEDS_EN); None for anything else, and
    where the verb does not agree."""
    m = _DIRTY_EN.fullmatch(text) or _NEEDS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (veh := _vehicle_vi(m)) is None:
        return None
    veh = capitalised(veh)
    if m.re == _NEEDS_EN:
        if (m["verb"] == "needs") == bool(m["q"]):
            return None  # ("Does my car needs …", "My car need …")
        return f"{veh} có cần rửa không?" if m["q"] else f"{veh} cần rửa{stop(m['end'])}"
    if bool(m["q"]) == bool(m["is"]):
        return None
    if m["q"]:
        return None if m["very"] else f"{veh} có bẩn không?"
    very = (m["very"] or "").lower()
    return f"{veh} {'rất bẩn' if very == 'very' else 'bẩn quá' if very else 'bị bẩn'}{stop(m['end'])}"
