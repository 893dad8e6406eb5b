"""Pests in the house, both ways, written whole by rule: cockroaches, mice, ants, termites … in a room or a house
(many, none, asked, one, all over it, filling it), one seen or caught, pest control called, pests got rid of or
sprayed for, food put away before they get it. v8 (rules on) reads "gián" as prices, "chuột" as cramps, "mối" as a
connection, "kiến" as opinions, and "cockroaches" as sockets or fans, "ants" as farmers: "Nhà tôi có nhiều gián." →
"My home has many prices.", "Nhà tôi có chuột." → "My house has cramps.", "Nhà tôi có mối." → "My home has a
connection.", "Kiến bò khắp bếp." → "Show around the kitchen.", "Trong bếp có nhiều kiến quá." → "There are many
opinions in the kitchen.", "Mẹ tôi vừa thấy một con gián." → "My mother had just seen a price.", "Mèo nhà tôi bắt được
một con chuột." → "Cats I catch a mouse.", "Chúng ta cần gọi dịch vụ diệt côn trùng." → "We need to call the killer
service.", "Tôi đã phun thuốc diệt côn trùng." → "I sprayed sperm.", "Cất đồ ăn đi kẻo kiến bò vào." → "Every food
goes to the beef."; "There are cockroaches in the kitchen." → "Có những ổ cắm trong nhà bếp.", "We have cockroaches."
→ "Chúng tôi có những người hâm mộ.", "There are ants everywhere." → "Có những người nông dân khắp nơi.", "We need to
call pest control." → "Chúng ta cần gọi sự kiểm soát tốt nhất.", "The kitchen is full of ants." → "Nhà bếp đầy đủ.".

Taken: PESTS (mt.outdoors' and mice, rats, termites, spiders) in a place of mt.tidying.PLACES ("nhà tôi", "bếp",
"phòng tắm", with whose, someone's or "này"): there are (a lot of, so many), none, asked, one ("Có một con gián trong
bếp."), all over it or everywhere (ants, cockroaches, spiders: "Kiến bò khắp bếp."), full of them; "we" (and "you",
"they", but of mice) have them ("Nhà chúng tôi có chuột."); who (mt.hobbies.WHO, WHO_EN) saw one, or caught one (and
the cat: "Con mèo bắt được một con chuột."); who needs to, has to, should, will, did, has just, has already, is
doing or has yet (asked) call pest control, get rid of them or spray for them (_DOINGS), "Let's …"; food put away or
covered "kẻo kiến bò vào" ("or the ants will get it"). Left: "ở đây", "trong phòng", "trong nhà" and bites
(mt/outdoors.py's), afraid of them or hating them (mt/fears.py, mt/dislikes.py), "chuột" but seen, caught, in a
place or got rid of (a computer's: "Chuột của tôi bị hỏng."), "bugs" (software?), "he has mice" (pets?), a plain
Vietnamese verb ("Tôi gọi dịch vụ diệt côn trùng.": did, does or will?), doings denied, "anh", "chị", "em" alone
saying it, and anything else, to the model.
mt.phrasebook.translate tries these after mt/leaks.py.

    >>> translate("Nhà tôi có nhiều gián.", "vi", "en"), translate("There are cockroaches in the kitchen.", "en", "vi")
    ('There are a lot of cockroaches in my house.', 'Trong bếp có gián.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .outdoors import PESTS as _OUTSIDE
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import ASKED_END, EN_WHO_VI, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed
from .tidying import PLACES, PLACES_VI

# what comes into a house, as English says many of them (the first Vietnamese of each is written back)
PESTS = _OUTSIDE | {"chuột": "mice", "chuột cống": "rats", "mối": "termites", "nhện": "spiders"}
# ... one of them ("một con gián"), and English back to Vietnamese, many or one
ONE = {"mosquitoes": "mosquito", "insects": "insect", "ants": "ant", "flies": "fly", "cockroaches": "cockroach",
       "mice": "mouse", "rats": "rat", "termites": "termite", "spiders": "spider"}
PESTS_VI = {en: vi for vi, en in PESTS.items()} | {"mosquitos": "muỗi", "roaches": "gián"}  # (not "bugs": software)
_ONE_VI = {one: PESTS_VI[many] for many, one in ONE.items()} | {"roach": "gián"}
_CRAWLERS = {"kiến", "gián", "nhện"}  # (what "bò khắp" says: crawls all over)
_MICE = {"chuột", "chuột cống"}  # (not sprayed for; "Do you have mice?" may be asked in a computer shop)
_PLACES_VI = PLACES_VI | {"kitchen": "bếp"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:gián|chuột|kiến|muỗi|mối|ruồi|nhện|côn\s+trùng)"),
         "en": lazy(r"(?i:\b(?:cockroach|roach|mice|mouse|rats?|ants?|mosquito|termite|fl(?:y|ies)|spider|insect|"
                    r"pest))")}

_PEST = rf"(?P<pest>(?i:{alternatives(PESTS)}))"
_PEST_EN = rf"(?P<pest>(?i:{alternatives(PESTS_VI | _ONE_VI)}))"
# a place of the house ("bếp", "nhà tôi", "bếp nhà tôi", "phòng ngủ của mẹ tôi", "phòng này")
_PLACE = (rf"(?P<place>(?i:{alternatives(PLACES)}))(?:\s+(?P<this>này)|\s+(?:của\s+|nhà\s+)?(?:(?P<owner>(?i:"
          rf"{alternatives(OWNERS)}))|(?P<someone>{SOMEONE})))?")
_PLACE_EN = (rf"(?:(?P<owner>(?i:the|this|{alternatives(WHOSE_VI)}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<place>(?i:{alternatives(_PLACES_VI)}))")
# there are some in it, none, asked, one ("Nhà tôi có nhiều gián.", "Bếp không có kiến.", "Có gián trong bếp không?")
_HOW = r"(?:(?P<many>(?:rất\s+)?nhiều)\s+|(?P<one>một\s+con)\s+)?"
_AFTER = r"(?:\s+(?P<so>quá|lắm|thế|vậy)|\s+(?P<none>nào(?:\s+cả)?|cả))?"
_THERE = [lazy(rf"(?:[Tt]rong\s+)?{_PLACE}\s+(?:(?P<not>không|chẳng)\s+)?(?:có|(?P<hit>bị))\s+{_HOW}{_PEST}"
               rf"{_AFTER}{ASKED_END}"),
          lazy(rf"Có\s+{_HOW}{_PEST}\s+trong\s+{_PLACE}{_AFTER}{ASKED_END}")]
_CRAWL = lazy(rf"{_PEST}\s+bò\s+khắp\s+(?:(?P<everywhere>nơi|mọi\s+nơi)|{_PLACE})(?:\s+luôn)?{SOFTENED_END}")
_FULL = lazy(rf"{_PLACE}\s+đầy\s+{_PEST}(?:\s+luôn)?{SOFTENED_END}")
# what is done about them, in Vietnamese and in English ("gọi dịch vụ diệt côn trùng", "diệt gián", "phun thuốc diệt
# muỗi", "thấy một con chuột", "bắt được một con chuột")
_ALL = alternatives(PESTS)
_DOINGS = {"call": rf"gọi\s+(?:dịch\s+vụ|người|thợ|công\s+ty|bên)\s+diệt\s+(?i:{_ALL})",
          "rid": rf"diệt\s+(?:hết\s+)?{_PEST}", "spray": rf"(?:phun|xịt)\s+thuốc\s+diệt\s+{_PEST}",
          "see": rf"(?:nhìn\s+)?thấy\s+một\s+con\s+{_PEST}(?:\s+trong\s+{_PLACE})?",
          "catch": r"bắt\s+được\s+một\s+con\s+(?P<pest>chuột\s+cống|chuột|gián)"}
# ... and how each is said in English: its base, past, participle and "-ing", then the rest
_FORMS = {"call": ("call", "called", "called", "calling"), "rid": ("get", "got", "got", "getting"),
          "spray": ("spray", "sprayed", "sprayed", "spraying"), "see": ("see", "saw", "seen", "seeing"),
          "catch": ("catch", "caught", "caught", "catching")}
_DOINGS_EN = {"call": r"(?P<verb>call(?:ed|ing)?)\s+(?:the\s+)?pest\s+control",
              "rid": rf"(?P<verb>get|got|getting)\s+rid\s+of\s+(?:the\s+|all\s+the\s+)?{_PEST_EN}",
              "spray": rf"(?P<verb>spray(?:ed|ing)?)\s+(?:(?P<insecticide>insecticide)|for\s+{_PEST_EN})",
              "see": rf"(?P<verb>saw|seen)\s+(?P<a>an?)\s+{_PEST_EN}(?:\s+in\s+{_PLACE_EN})?",
              "catch": rf"(?P<verb>caught)\s+(?P<a>an?)\s+{_PEST_EN}"}
# when, as the Vietnamese says it before the verb (and "rồi", "chưa" after it), and as it is said in English
_ASPECTS = {"cần": "need", "cần phải": "need", "phải": "must", "nên": "should", "sẽ": "will", "đã": "past",
            "vừa": "just", "mới": "just", "vừa mới": "just", "đang": "now"}
_ASPECTS_VI = {"need": "cần", "must": "phải", "should": "nên", "will": "sẽ", "past": "đã", "done": "đã", "just": "vừa",
               "now": "đang", "yet": "đã"}
_HAS = {"have": False, "'ve": False, "has": True, "'s": True}  # (English "have" after who, and whether of one)
_HAPPENED = {"see": {"past", "just"}, "catch": {"past", "just", "done"}}  # (not "need to see a mouse")
_WHO_OR_CAT = rf"(?:(?P<cat>(?:[Cc]on\s+)?[Mm]èo)(?:\s+nhà\s+(?P<catowner>(?i:{alternatives(OWNERS)})))?|{WHO})"
_DOING = {verb: lazy(rf"{_WHO_OR_CAT}\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?{said}(?:\s+(?P<done>rồi)|"
                     rf"\s+(?P<yet>chưa)|\s+(?P<tail>thôi|đi))?{SOFTENED_END}") for verb, said in _DOINGS.items()}
_AUX_EN = (r"(?P<aux>\s+needs?\s+to|\s+ha(?:ve|s)\s+to|\s+should|['’]ll|\s+will|['’]ve|['’]s|\s+have|\s+has|['’]re|"
           r"['’]m|\s+is|\s+are|\s+am)?(?P<adv>\s+just|\s+already)?")
_DOING_EN = {verb: lazy(rf"(?:(?P<q>Have|Has)\s+)?(?:(?P<cat>The\s+cat)|{WHO_EN}){_AUX_EN}\s+{said}(?P<yet>\s+yet)?"
                        r"\s*(?P<end>[.!?]*)") for verb, said in _DOINGS_EN.items()}
_LETS_EN = {verb: lazy(rf"Let['’]s\s+{_DOINGS_EN[verb].replace('(?P<verb>', '(?:')}\s*[.!]*")
            for verb in ("call", "rid", "spray")}
# there are some, in English ("There are lots of ants in the kitchen.", "There's a mouse in the bathroom.")
_THERE_EN = lazy(rf"There(?:(?:\s+are|['’]re)(?P<not>\s+not|n['’]t|\s+no)?|(?P<is>\s+is|['’]s))\s+(?P<how>(?:an?|any|"
                 rf"(?:so|too)\s+many|a\s+lot\s+of|lots\s+of|many)\s+)?{_PEST_EN}\s+(?:(?P<everywhere>everywhere)|"
                 rf"(?P<prep>in|all\s+over)\s+{_PLACE_EN})\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:Are|Is)\s+there\s+(?P<how>(?:an?|any|many|a\s+lot\s+of|lots\s+of)\s+)?{_PEST_EN}\s+in\s+"
                 rf"{_PLACE_EN}\s*\?+")
_FULL_EN = lazy(rf"{_PLACE_EN}(?:\s+is|['’]s)\s+full\s+of\s+{_PEST_EN}\s*(?P<end>[.!]*)")
_HAVE_EN = lazy(rf"(?:(?P<do>Do)\s+)?(?P<who>(?i:we|you|they))(?P<not>\s+don['’]t|\s+do\s+not)?(?:\s+have|['’]ve\s+"
                rf"got|\s+have\s+got)\s+(?P<how>(?:any|a\s+lot\s+of|lots\s+of)\s+)?{_PEST_EN}\s*(?P<end>[.!?]*)")
# food put away, or covered, before they get it
_FOOD = lazy(rf"(?P<verb>Cất|Đậy)\s+đồ\s+ăn\s+(?:đi|lại)\s*,?\s+(?:kẻo|không\s+thì|không\s+là)\s+{_PEST}\s+"
             r"(?:bò\s+vào|ăn\s+mất|bâu\s+vào)(?:\s+(?:đấy|đó|bây\s+giờ))?\s*[.!]*")
_FOOD_EN = lazy(rf"(?:(?P<put>Put)\s+(?:the|your)\s+food\s+away|Cover\s+(?:the|your)\s+food)\s*,?\s+or\s+"
                rf"(?:the\s+)?{_PEST_EN}\s+will\s+get\s+(?:it|into\s+it|at\s+it)\s*[.!]*")
_FOOD_VI = {"kiến": "bò vào", "gián": "bò vào", "chuột": "ăn mất", "ruồi": "bâu vào"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about pests in the house; None for any other."""
    if src == "vi":
        return _there(text) or _all_over(text) or _doing(text) or _food(text)
    return _there_vi(text) or _full_vi(text) or _have_vi(text) or _doing_vi(text) or _food_vi(text)


def _place_en(m: re.Match) -> str | None:
    """The place of a match of _PLACE in English: "the kitchen", "my house", "this room", "my mother's house"."""
    place = PLACES[keyed(m["place"])]
    if m["someone"]:
        whose = someone(m["someone"], "vi")
        return whose and f"{whose}'s {place}"
    return f"{'this' if m['this'] else OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} {place}"


def _place_vi(m: re.Match) -> str | None:
    """The place of a match of _PLACE_EN in Vietnamese: "bếp", "nhà tôi", "phòng này", "phòng ngủ của mẹ tôi"."""
    place, owner = _PLACES_VI[keyed(m["place"])], (m["owner"] or "").lower()
    if owner in ("the", "this"):
        return f"{place} này" if owner == "this" else place
    whose = WHOSE_VI[owner] if owner else someone(m["someone"], "en")
    return whose and (f"{place} {whose}" if place == "nhà" else f"{place} của {whose}")


def _there(text: str) -> str | None:
    """"Nhà tôi có nhiều gián." as "There are a lot of cockroaches in my house.", "Bếp không có kiến." as "There
    aren't any ants in the kitchen.", "Có gián trong bếp không?" as "Are there any cockroaches in the kitchen?",
    "Có một con gián trong bếp." as "There's a cockroach in the kitchen." (_THERE); None for anything else."""
    m = next((m for p in _THERE if (m := p.fullmatch(text))), None)
    if not m or (place := _place_en(m)) is None or bool(m["asked"]) != ("?" in m["end"]):
        return None
    not_, hit, asked, many, so = m.groupdict().get("not"), m.groupdict().get("hit"), m["asked"], m["many"], m["so"]
    if m["one"] and (not_ or hit or asked or so or m["none"]) or m["none"] and not not_ or not_ and (
            many or so or asked or hit) or hit and (many or so or asked) or so and (asked or not many):
        return None  # ("không có một con", "có gián nào", "không có nhiều", "có gián quá", "có nhiều gián quá không")
    pest = PESTS[keyed(m["pest"])]
    if m["one"]:
        return f"There's {a_or_an(ONE[pest])} {ONE[pest]} in {place}."
    if asked:
        return f"Are there {'many' if many else 'any'} {pest} in {place}?"
    how = "" if not many else "so many " if keyed(so or "") in ("quá", "thế", "vậy") else "a lot of "
    are = "aren't any" if not_ else "are"
    return f"There {are} {how}{pest} in {place}."


def _all_over(text: str) -> str | None:
    """"Kiến bò khắp bếp." as "There are ants all over the kitchen.", "Gián bò khắp nơi." as "There are cockroaches
    everywhere.", "Nhà đầy muỗi." as "The house is full of mosquitoes." (_CRAWL, _FULL); None for anything else, and
    for what does not crawl ("Muỗi bò khắp nơi.")."""
    m = _CRAWL.fullmatch(text) or _FULL.fullmatch(text)
    if not m or "?" in m["end"] or m.re == _CRAWL and keyed(m["pest"]) not in _CRAWLERS:
        return None
    pest, place = PESTS[keyed(m["pest"])], None if m.groupdict().get("everywhere") else _place_en(m)
    if m.re == _FULL:
        return place and capitalised(f"{place} is full of {pest}.")
    return f"There are {pest} everywhere." if m["everywhere"] else place and f"There are {pest} all over {place}."


def _doing(text: str) -> str | None:
    """"Chúng ta cần gọi dịch vụ diệt côn trùng." as "We need to call pest control.", "Tôi đã phun thuốc diệt côn
    trùng." as "I sprayed insecticide.", "Mẹ tôi vừa thấy một con gián." as "My mother has just seen a cockroach.",
    "Con mèo bắt được một con chuột." as "The cat caught a mouse.", "Bạn đã gọi dịch vụ diệt côn trùng chưa?" as
    "Have you called pest control yet?" (_DOING); None for anything else, and for a plain verb of call, get rid of or
    spray (did, does or will?)."""
    verb, m = next(((v, m) for v, p in _DOING.items() if (m := p.fullmatch(text))), (None, None))
    if not m or bool(m["yet"]) != ("?" in m["end"]):
        return None
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""), "")
    if m["yet"] or m["done"]:
        aspect = "yet" if m["yet"] and aspect in ("", "past") else "done" if aspect in ("", "past") else None
    elif m["tail"]:
        lets = m["tail"] == "đi" and not aspect and keyed(m["who"] or "") == "chúng ta"
        aspect = "lets" if lets else aspect if m["tail"] == "thôi" and aspect in ("need", "must", "should") else None
    elif not aspect:
        aspect = "past" if verb in _HAPPENED else None
    if aspect is None or verb in _HAPPENED and aspect not in _HAPPENED[verb] or m["cat"] and verb != "catch" or \
            verb == "spray" and keyed(m["pest"]) in _MICE:
        return None
    if m["cat"]:
        said = (f"{OWNERS[keyed(m['catowner'])]} cat" if m["catowner"] else "the cat"), True
    else:
        said = who(m, aspect == "yet")
    return said and _told(said[0], aspect, verb, _rest(verb, m))


def _rest(verb: str, m: re.Match) -> str:
    """What follows the verb of a match of _DOING in English: " pest control", " rid of the ants", " for ants",
    " insecticide", " a mouse in the kitchen"."""
    pest = PESTS[keyed(m["pest"])] if verb != "call" else ""
    if verb in ("see", "catch"):
        place = m.groupdict().get("place") and _place_en(m)
        return f" {a_or_an(ONE[pest])} {ONE[pest]}{f' in {place}' if place else ''}"
    return {"call": " pest control", "rid": f" rid of the {pest}",
            "spray": " insecticide" if pest == "insects" else f" for {pest}"}[verb]


def _told(who_: str, aspect: str, verb: str, rest: str) -> str:
    """Who does `verb` (of _FORMS) as `aspect` says, in English: "We need to call pest control.", "I've just seen a
    mouse.", "Have you called pest control yet?", "Let's call pest control."."""
    base, past, done, doing = _FORMS[verb]
    one = be(who_) == "is"
    said = {"need": f"{'needs' if one else 'need'} to {base}", "must": f"{'has' if one else 'have'} to {base}",
            "should": f"should {base}", "will": f"will {base}", "past": past,
            "done": f"{'has' if one else 'have'} already {done}", "just": f"{'has' if one else 'have'} just {done}",
            "now": f"{be(who_)} {doing}"}
    if aspect == "yet":
        return f"{'Has' if one else 'Have'} {who_} {done}{rest} yet?"
    if aspect == "lets":
        return f"Let's {base}{rest}."
    if aspect in ("need", "must", "should", "past"):  # ("we have to", not "we've to")
        return capitalised(f"{who_} {said[aspect]}{rest}.")
    return capitalised(contracted(who_, f"{said[aspect]}{rest}."))


def _food(text: str) -> str | None:
    """"Cất đồ ăn đi kẻo kiến bò vào." as "Put the food away or the ants will get it." (_FOOD); None for anything
    else."""
    m = _FOOD.fullmatch(text)
    if not m or keyed(m["pest"]) not in _FOOD_VI:
        return None
    away = "Put the food away" if m["verb"] == "Cất" else "Cover the food"
    return f"{away} or the {PESTS[keyed(m['pest'])]} will get it."


def _pest_vi(m: re.Match, many: bool) -> str | None:
    """The pest of a match of _PEST_EN in Vietnamese, where English says it as many (`many`) or one; None else."""
    said = m["pest"].lower()
    return (PESTS_VI if many else _ONE_VI).get(said)


def _there_vi(text: str) -> str | None:
    """"There are cockroaches in the kitchen." as "Trong bếp có gián.", "There are so many ants in my house." as "Nhà
    tôi có nhiều kiến quá.", "Are there any mice in the kitchen?" as "Trong bếp có chuột không?", "There's a mouse in
    the bathroom." as "Có một con chuột trong phòng tắm.", "There are ants everywhere." as "Kiến bò khắp nơi."
    (_THERE_EN, _ASKED_EN); None for anything else, and where "is", "are", "a" do not agree with the pest."""
    m = _THERE_EN.fullmatch(text) or _ASKED_EN.fullmatch(text)
    if not m:
        return None
    asked, how, got = m.re == _ASKED_EN, " ".join((m["how"] or "").lower().split()), m.groupdict()
    one, not_ = how in ("a", "an"), "" if asked else (m["not"] or "").strip()
    pest = _pest_vi(m, not one)
    if pest is None or one != bool(text.startswith("Is") if asked else m["is"]) or one and how != a_or_an(m["pest"]) \
            or how == "any" and not (asked or not_) or not_ and how not in ("", "any") or not_ == "no" and how:
        return None  # ("There is mice …", "There's an mouse …", "There are any …", "There aren't so many …")
    if got.get("everywhere") or got.get("prep", "in") != "in":
        if pest not in _CRAWLERS or one or not_ or how:
            return None
        place = "nơi" if m["everywhere"] else _place_vi(m)
        return place and capitalised(f"{pest} bò khắp {place}.")
    if (place := _place_vi(m)) is None:
        return None
    if one:
        return f"Có một con {pest} trong {place}{' không?' if asked else '.'}"
    many, so = "nhiều " if how not in ("", "any") else "", " quá" if how in ("so many", "too many") else ""
    said = f"{'không ' if not_ else ''}có {many}{pest}{so}{' không?' if asked else '.'}"
    return capitalised(f"{place} {said}" if place.startswith("nhà ") else f"trong {place} {said}")


def _full_vi(text: str) -> str | None:
    """"The kitchen is full of ants." as "Bếp đầy kiến." (_FULL_EN); None for anything else."""
    m = _FULL_EN.fullmatch(text)
    place, pest = (_place_vi(m), _pest_vi(m, True)) if m else (None, None)
    return place and pest and capitalised(f"{place} đầy {pest}.")


def _have_vi(text: str) -> str | None:
    """"We have mice." as "Nhà chúng tôi có chuột.", "Do you have cockroaches?" as "Nhà bạn có gián không?", "We
    don't have any ants." as "Nhà chúng tôi không có kiến." (_HAVE_EN); None for anything else."""
    m = _HAVE_EN.fullmatch(text)
    if not m or (pest := _pest_vi(m, True)) is None or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] \
            or pest in _MICE and (m["do"] or m["who"].lower() != "we"):
        return None
    how = " ".join((m["how"] or "").lower().split())
    if how == "any" and not (m["do"] or m["not"]) or m["not"] and how not in ("", "any"):
        return None
    said = f"Nhà {EN_WHO_VI[m['who'].lower()]} {'không ' if m['not'] else ''}có {'nhiều ' * (how not in ('', 'any'))}"
    return f"{said}{pest}{' không?' if m['do'] else '.'}"


def _aspect_en(m: re.Match, verb: str, one: bool, who_: str) -> str | None:
    """When a match of _DOING_EN says it is done, as _ASPECTS_VI keys it ("need", "past", "just", "yet" …); None where
    the words do not go together or do not agree with who ("She need to", "I has just", "We're called")."""
    aux, adv = " ".join((m["aux"] or "").lower().replace("’", "'").split()), (m["adv"] or "").strip()
    form, (base, past, done, doing) = m["verb"].lower(), _FORMS[verb]
    if m["q"] or m["yet"] or "?" in m["end"]:
        ok = m["q"] and m["yet"] and "?" in m["end"] and not aux and not adv and form == done
        return "yet" if ok and (m["q"] == "Has") == one else None
    if not aux:
        return None if form != past else "just" if adv == "just" else "done" if adv else "past"
    if aux in ("am", "is", "are", "'m", "'re", "'s") and form == doing:
        return "now" if not adv and be_said(aux) == be_of(who_, one) else None
    if aux in _HAS:
        return None if form != done or _HAS[aux] != one else "just" if adv == "just" else "done"
    if adv or form != base:
        return None
    if aux.endswith(" to"):
        return None if (aux in ("needs to", "has to")) != one else "need" if aux.startswith("need") else "must"
    return {"should": "should", "'ll": "will", "will": "will"}.get(aux)


def _doing_vi(text: str) -> str | None:
    """"We need to call pest control." as "Chúng ta cần gọi dịch vụ diệt côn trùng.", "I've just seen a mouse." as
    "Tôi vừa thấy một con chuột.", "The cat caught a mouse." as "Con mèo bắt được một con chuột.", "Let's call pest
    control." as "Chúng ta gọi dịch vụ diệt côn trùng đi." (_DOING_EN, _LETS_EN); None for anything else."""
    verb, m = next(((v, m) for v, p in _LETS_EN.items() if (m := p.fullmatch(text))), (None, None))
    if m:
        said = _said_vi(verb, m)
        return said and f"Chúng ta {said} đi."
    verb, m = next(((v, m) for v, p in _DOING_EN.items() if (m := p.fullmatch(text))), (None, None))
    if not m or m["cat"] and verb != "catch":
        return None
    who_, one = ("con mèo", True) if m["cat"] else who_vi(m)
    aspect, said = _aspect_en(m, verb, one, who_), _said_vi(verb, m)
    if m["kin"] and m["kin"].lower() == "cat":  # ("my cat": "con mèo nhà tôi")
        who_ = f"con mèo nhà {WHOSE_VI[m['whose'].lower()]}"
    if aspect is None or said is None or verb in _HAPPENED and aspect not in _HAPPENED[verb]:
        return None
    if who_ == "chúng tôi" and aspect in ("need", "must", "should"):  # (what all of us must do)
        who_ = "chúng ta"
    word = "" if aspect == "past" and verb in _HAPPENED else f"{_ASPECTS_VI[aspect]} "
    end = " chưa?" if aspect == "yet" else " rồi." if aspect == "done" else "."
    return capitalised(f"{who_} {word}{said}{end}")


def _said_vi(verb: str, m: re.Match) -> str | None:
    """The doing of a match of _DOINGS_EN in Vietnamese: "gọi dịch vụ diệt côn trùng", "diệt gián", "phun thuốc diệt
    muỗi", "thấy một con chuột trong bếp", "bắt được một con chuột"; None where the pest's number does not agree."""
    if verb == "call":
        return "gọi dịch vụ diệt côn trùng"
    if m.groupdict().get("insecticide"):
        return "phun thuốc diệt côn trùng"
    one = verb in _HAPPENED
    pest = _pest_vi(m, not one)
    if pest is None or one and a_or_an(m["pest"]) != m["a"].lower() or one and verb == "catch" and pest not in (
            "chuột", "chuột cống", "gián"):
        return None
    if one:
        place = m.groupdict().get("place") and _place_vi(m)
        if m.groupdict().get("place") and not place:
            return None
        act = "thấy" if verb == "see" else "bắt được"
        return f"{act} một con {pest}{f' trong {place}' * bool(place)}"
    return f"diệt {pest}" if verb == "rid" else None if pest in _MICE else f"phun thuốc diệt {pest}"


def _food_vi(text: str) -> str | None:
    """"Put the food away or the ants will get it." as "Cất đồ ăn đi kẻo kiến bò vào." (_FOOD_EN); None for anything
    else."""
    m = _FOOD_EN.fullmatch(text)
    pest = m and _pest_vi(m, True)
    if not pest or pest not in _FOOD_VI:
        return None
    return f"{'Cất đồ ăn đi' if m['put'] else 'Đậy đồ ăn lại'} kẻo {pest} {_FOOD_VI[pest]}."
