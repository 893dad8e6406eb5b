"""Bites and stings from animals, both ways, written whole by rule: what bit or stung whom, who was bitten or stung by
what, whether an animal bites, whether it was a snake bite, what bit someone, bites that itch or swell, who is covered
in mosquito bites. v8 reads "đốt" as burned, "rắn" as a verb, "vò vẽ" as slighted, and English "stung" as swung, "bites"
as damp: "Ong đốt tôi." → "I burned me.", "Mẹ tôi bị rắn cắn." → "My mother was snaked.", "Chân tôi bị muỗi đốt sưng
lên." → "My foot was burnt up."; "A bee stung me." → "Một con bò đã vung cho tôi." (a cow swung), "The mosquito bites
are so itchy." → "Những vết cắn do ẩm quá nhiều.".

Taken: an animal of BEASTS (bees, wasps, hornets, jellyfish, scorpions sting; snakes, dogs, cats, spiders, monkeys,
centipedes bite), alone ("a dog"), with "con" ("the dog"), "này", "đó" ("this dog", "that dog"), whose ("my dog") or the
neighbours' ("chó nhà hàng xóm"), that bit or stung whom (mt.hobbies.WHOM, WHOM_EN; "vừa" just, a day behind as
mt.free_time.when reads it); who (mt.hobbies.WHO, WHO_EN) bitten or stung by one (said, or asked "có … không?", "Were
you …?", "Did the dog bite you?"); whether one (not "a dog") bites or stings (people), asked or denied; "was it a snake
bite?" and "is this a bee sting?"; what bit or stung someone; the bite or sting ("vết muỗi đốt", "vết ong đốt của tôi",
"vết cắn"; mosquitoes' and ants' as many) itchy or swollen, said, denied or asked; whose part (_PARTS: "chân" the legs)
itchy, swollen or covered from mosquito or ant bites; who covered in them, bitten by them all over a part ("got",
"was"), or asked whether bitten. Left: mosquitoes and ants said bitten (mt/injuries.py), all over the body, "khắp người"
(mt/outdoors.py), "bị ong, chó, mèo đốt, cắn" said and "stung by a bee", "bitten by a dog, a cat" said
(mt/injuries.py's), allergic to bee stings (mt/allergies.py), an animal alone asked ("Chó có cắn không?": dogs?), "anh",
"chị", "em" alone saying it (the speaker or "you": mt.hobbies.who), "nó" (a dog or a child?), "vết đốt" alone (a bite or
a sting?), a part stung by one bee (one arm or both?), "has been bitten … all over his legs", scratching ("Don't scratch
it.": the bite or the car?; "Đừng gãi.", left for room), "nhỉ" saying (isn't it?), and anything else, to the model.
mt.phrasebook.translate tries these after mt/emergencies.py.

    >>> translate("Ong đốt tôi.", "vi", "en"), translate("I was stung by a wasp.", "en", "vi")
    ('A bee stung me.', 'Tôi bị ong vò vẽ đốt.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_WHOSE, PAST_BE, SOFTENER, WHOSE_OF, alternatives, be, be_said,
                   capitalised, contracted, keyed, stop)

# what bites or stings, and whether it bites or stings (the first Vietnamese of each is written back)
BEASTS = {"ong": ("bee", "sting"), "ong vò vẽ": ("wasp", "sting"), "ong bắp cày": ("hornet", "sting"),
          "sứa": ("jellyfish", "sting"), "bọ cạp": ("scorpion", "sting"), "rắn": ("snake", "bite"),
          "chó": ("dog", "bite"), "mèo": ("cat", "bite"), "nhện": ("spider", "bite"), "khỉ": ("monkey", "bite"),
          "rết": ("centipede", "bite")}
BEASTS_VI = {en: vi for vi, (en, _) in reversed(BEASTS.items())}
# ... the Vietnamese verbs of each ("chích" a bee's too), and English's: said, past, participle
_VERBS_VI = {"bite": ("cắn",), "sting": ("đốt", "chích")}
_FORMS = {"bite": ("bite", "bit", "bitten"), "sting": ("sting", "stung", "stung")}
_FORM_OF = {form: verb for verb, forms in _FORMS.items() for form in forms}
_KEPT = {"chó", "mèo"}  # kept ones, known where "con" alone says them: "Con chó cắn tôi.", the dog; "Con ong", a bee
_INJURIES = {"ong", "chó", "mèo"}  # bitten or stung by these alone, said, is mt/injuries.py's ("Tôi bị chó cắn.")
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cắn|đốt|chích)"), "en": lazy(r"(?i:\b(?:bit|bites?|bitten|stung|stings?)\b)")}

# the animal: "ong", "một con ong", "con chó", "con chó này", "chó nhà tôi", "con chó của hàng xóm"
_BEAST = (rf"(?:(?P<one>(?i:một)\s+)?(?P<cls>(?i:con))\s+)?(?P<beast>(?i:{alternatives(BEASTS)}))"
          rf"(?:\s+(?:(?:của|nhà)\s+)?(?:(?P<of>{alternatives(OWNERS)})|(?P<nb>hàng\s+xóm))|\s+(?P<this>này|đó|kia))?")
_BITES = r"(?P<bites>cắn|đốt|chích)"
# "Ong đốt tôi.", "Chó nhà hàng xóm cắn con trai tôi.", "Hôm qua một con rắn cắn bố tôi."
_ACTIVE = lazy(rf"{DAY_OPENING}{_BEAST}\s+(?:(?P<did>vừa|đã)\s+)?{_BITES}\s+{WHOM}{DAY_AFTER}{SOFTENER}"
               r"\s*(?P<end>[.!]*)")
# "Tôi bị sứa đốt.", "Bạn có bị ong đốt không?", "Con tôi bị chó nhà hàng xóm cắn."
_BITTEN = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<did>vừa|đã)\s+)?bị\s+{_BEAST}\s+{_BITES}"
               rf"{DAY_AFTER}{ASKED_END}")
# "Con chó có cắn không?", "Chó nhà tôi không cắn người đâu."
_BITES_Q = lazy(rf"{_BEAST}\s+(?:(?P<ask>có)|(?P<not>không))\s+{_BITES}(?P<people>\s+người)?"
                rf"(?:\s+(?P<asked>không)|\s+(?P<really>đâu))?{SOFTENER}\s*(?P<end>[.!?]*)")
# "Có phải bị rắn cắn không?", "Đây có phải vết ong đốt không?"
_WAS_IT = lazy(rf"(?:(?P<this>Đây)\s+có|Có)\s+phải\s+(?:là\s+)?(?:(?P<mark>vết)\s+|(?:bị|do)\s+)?"
               rf"(?P<beast>{alternatives(BEASTS)})\s+{_BITES}\s+không{SOFTENER}\s*\?+")
# "Con gì cắn bạn vậy?"; "Bạn bị con gì đốt?"
_WHAT = [lazy(rf"Con\s+gì\s+(?:vừa\s+)?{_BITES}\s+{WHOM}{SOFTENER}\s*\?+"),
         lazy(rf"{WHO}\s+(?:vừa\s+)?bị\s+con\s+gì\s+{_BITES}{SOFTENER}\s*\?+")]

# ... and in English: "a wasp", "the dog", "this dog", "your dog", "the neighbours' dog"
_BEAST_EN = (rf"(?:(?P<a>(?i:a))|(?P<the>(?i:the))|(?P<this>(?i:this|that))|(?P<nb>(?i:the|my|our)\s+"
             rf"neighbou?rs?['’]s?)|(?P<of>(?i:{WHOSE_WORDS})))\s+(?P<beast>(?i:{alternatives(BEASTS_VI)}))")
_ACTIVE_EN = lazy(rf"{_BEAST_EN}(?P<just>\s+just)?\s+(?P<verb>bit|stung)\s+{WHOM_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_BITTEN_EN = lazy(rf"(?:(?P<be0>Was|Were)\s+)?{WHO_EN}(?:\s+(?P<was>was|were|got)|(?P<have>['’]ve|\s+have|['’]s|"
                  rf"\s+has)(?P<just>\s+just)?\s+been)?\s+(?P<verb>bitten|stung)\s+by\s+{_BEAST_EN}"
                  rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_DID_EN = lazy(rf"Did\s+{_BEAST_EN}\s+(?P<verb>bite|sting)\s+{WHOM_EN}{DAY_AFTER_EN}\s*\?+")
_DOES_EN = lazy(rf"(?:(?P<does>Does)\s+)?{_BEAST_EN}(?(does)|\s+(?P<not>doesn['’]t|does\s+not))\s+"
                r"(?P<verb>bite|sting)(?P<people>\s+people)?\s*(?P<end>[.!?]*)")
_WAS_IT_EN = lazy(rf"(?P<was>Was\s+it|Is\s+(?:it|this))\s+an?\s+(?P<beast>(?i:{alternatives(BEASTS_VI)}))\s+"
                  r"(?P<verb>bite|sting)\s*\?+")
_WHAT_EN = lazy(rf"What\s+(?P<verb>bit|stung)\s+{WHOM_EN}\s*\?+")

# bites itching, swollen, all over: mosquitoes and ants by the many ("the mosquito bites are"), BEASTS by one
_SWARMS = {"muỗi": "mosquito", "kiến": "ant"}
_SWARMS_VI = {"mosquito": "muỗi đốt", "mosquitoes": "muỗi đốt", "ant": "kiến cắn", "ants": "kiến cắn"}
_MARKERS = {vi: en for vi, (en, _) in BEASTS.items()} | _SWARMS
_MARKERS_VI = {en: vi for vi, en in reversed(_MARKERS.items())}
# where ("chân" the legs, as mt/outdoors.py's SKIN: the foot is "bàn chân"; "tay" the arms, the hand "bàn tay")
_PARTS = {"chân": "legs", "tay": "arms", "cánh tay": "arms", "mặt": "face", "lưng": "back", "cổ": "neck"}
_PARTS_VI = {en: vi for vi, en in reversed(_PARTS.items())} | {"leg": "chân", "arm": "tay"}
_HOW, _HOW_VI = {"rất": "very ", "quá": "so ", "lắm": "really "}, {"so": "quá", "very": "rất", "really": "lắm"}
_NOT = "n't"  # (in an f-string of Python 3.11)
_STATE = r"(?:(?P<very>rất)\s+)?(?P<state>ngứa|sưng(?:\s+lên|\s+to)?)(?:\s+(?P<so>quá|lắm))?"
_PEST = r"(?P<pest>(?i:muỗi|kiến))\s+(?P<bites>đốt|cắn)"
# "vết muỗi đốt", "mấy vết ong đốt của tôi", "vết cắn" (not "vết đốt" alone: a bite or a sting?)
_MARK = (rf"(?:(?P<many>(?i:mấy|những|các))\s+)?(?i:vết)\s+(?:(?P<beast>{alternatives(_MARKERS)})\s+)?"
         rf"(?P<bites>đốt|cắn|chích)(?:\s+của\s+(?P<of>{alternatives(OWNERS)}))?")
# "Vết muỗi đốt ngứa quá.", "Vết ong đốt của tôi sưng lên.", "Vết rắn cắn có sưng không?"
_ITCHES = lazy(rf"{_MARK}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:bị\s+)?{_STATE}{ASKED_END}")
# "Chân tôi bị muỗi đốt sưng lên.", "Chân tôi bị muỗi đốt đầy.", "Tay mẹ tôi đầy vết muỗi đốt."
_WHOSE_PART = (rf"(?P<part>(?i:{alternatives(_PARTS)}))\s+(?:của\s+)?(?:(?P<owner>(?i:{alternatives(OWNERS)}))|"
               rf"(?P<someone>{SOMEONE}))")
_PART = [lazy(rf"{_WHOSE_PART}\s+(?:bị\s+)?{_PEST}\s+(?:{_STATE}|(?P<full>đầy))\s*(?P<end>[.!]*)"),
         lazy(rf"{_WHOSE_PART}\s+(?P<full>đầy)\s+(?:những\s+)?vết\s+{_PEST}\s*(?P<end>[.!]*)")]
# "Con tôi bị muỗi đốt đầy chân.", "Tôi bị muỗi đốt đầy người.", "Bạn có bị muỗi đốt không?"
_COVERED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?bị\s+{_PEST}(?:\s+(?P<all>đầy|khắp)\s+(?:(?P<body>người)|"
                rf"(?P<part>{alternatives(_PARTS)})))?{ASKED_END}")

# ... and in English: "the mosquito bites", "my bee sting", "the bite"
_MARK_EN = (rf"(?P<whose>(?i:the|{WHOSE_WORDS}))\s+(?:(?P<beast>(?i:{alternatives(_MARKERS_VI)}))\s+)?"
            r"(?P<verb>bite|sting)(?P<many>s)?")
_ITCHES_EN = lazy(rf"(?:(?P<be0>Is|Are)\s+)?{_MARK_EN}(?(be0)|(?P<be>\s+is|\s+are|['’]s|['’]re)"
                  r"(?P<not>\s+not|n['’]t)?)\s+(?:(?P<how>so|very|really)\s+)?(?P<state>itchy|itching|swollen)"
                  r"\s*(?P<end>[.!?]*)")
_PESTS_EN = r"(?P<pest>mosquito|ant)\s+bites"
# "My legs are swollen from mosquito bites.", "My son's legs are covered in mosquito bites."
_PART_EN = lazy(rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<part>"
                rf"{alternatives(_PARTS_VI)})\s+(?P<be>is|are)\s+(?:(?:(?P<how>so|very|really)\s+)?(?P<state>itchy|"
                rf"swollen)\s+from|(?P<full>covered\s+(?:in|with)|full\s+of))\s+{_PESTS_EN}\s*[.!]*")
_COVERED_EN = lazy(rf"{WHO_EN}{BE_EN}\s+covered\s+(?:in|with)\s+{_PESTS_EN}\s*[.!]*")
# "My son got bitten by mosquitoes all over his legs.", "Were you bitten by mosquitoes?", "Did you get bitten …?"
_ALL_OVER_EN = lazy(rf"(?:(?P<q>Were|Was|Did)\s+)?{WHO_EN}(?:\s+(?P<was>got|get|was|were))?\s+bitten\s+by\s+"
                    rf"(?P<pest>mosquitoes|ants)(?:\s+all\s+over\s+(?P<own>my|your|his|her|our|their)\s+"
                    rf"(?P<part>{alternatives(_PARTS_VI)}))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks a bite or a sting from an animal; None for any other."""
    if src == "vi":
        return (_active(text) or _bitten(text) or _bites(text) or _was_it(text) or _what(text) or _itches(text) or
                _part(text) or _covered(text))
    return (_active_vi(text) or _bitten_vi(text) or _bites_vi(text) or _was_it_vi(text) or
            _what_vi(text) or _itches_vi(text) or _part_vi(text) or _covered_vi(text))


def _verb(beast: str, bites: str) -> str | None:
    """Whether `beast` (Vietnamese) bites or stings ("bite", "sting") where said to `bites`; None for "chó đốt"."""
    verb = BEASTS[keyed(beast)][1]
    return verb if keyed(bites) in _VERBS_VI[verb] else None


def _day(said: str | None, src: str) -> str | None:
    """A day behind or today in the other language ("yesterday"); "" for none, None for one ahead or not read."""
    day = when(said, src, LAST)
    en = day if src == "vi" else said
    return None if day is None or day and (AHEAD.search(keyed(en or "")) or keyed(en or "") == "now") else day


def _beast_en(m: re.Match) -> str:
    """The animal of a match of _BEAST in English: "a dog" (alone, "một con"), "the dog" ("con chó"; but "con ong",
    a bee), "this dog", "my dog", "the neighbours' dog"."""
    en = BEASTS[keyed(m["beast"])][0]
    if m["of"]:
        return f"{OWNERS[keyed(m['of'])]} {en}"
    if m["nb"]:
        return f"the neighbours' {en}"
    if m["this"]:
        return f"{'this' if m['this'] == 'này' else 'that'} {en}"
    return f"{'the' if m['cls'] and not m['one'] and keyed(m['beast']) in _KEPT else 'a'} {en}"


def _alone(m: re.Match) -> bool:
    """Whether the animal of a match of _BEAST is said alone ("chó": a dog, or dogs)."""
    return not (m["cls"] or m["of"] or m["nb"] or m["this"])


def _active(text: str) -> str | None:
    """"Ong đốt tôi." as "A bee stung me.", "Chó nhà hàng xóm cắn con trai tôi." as "The neighbours' dog bit my
    son.", "Con chó vừa cắn tôi." as "The dog just bit me." (_ACTIVE); None for anything else, "vừa" with a day."""
    m = _ACTIVE.fullmatch(text)
    if not m or m["day0"] and m["day"] or (verb := _verb(m["beast"], m["bites"])) is None:
        return None
    whom, day, just = as_whom(m["whom"], "vi"), _day(m["day0"] or m["day"], "vi"), m["did"] == "vừa"
    if whom is None or day is None or just and day:
        return None
    return capitalised(f"{_beast_en(m)}{' just' * just} {_FORMS[verb][1]} {whom}{f' {day}' * bool(day)}.")


def _bitten(text: str) -> str | None:
    """"Tôi bị sứa đốt." as "I've been stung by a jellyfish.", "Bạn có bị ong đốt không?" as "Were you stung by a
    bee?" (_BITTEN); None for anything else, and for mt/injuries.py's ("Tôi bị chó cắn.")."""
    m = _BITTEN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["day0"] and m["day"]:
        return None
    said, day, verb = who(m, asked), _day(m["day0"] or m["day"], "vi"), _verb(m["beast"], m["bites"])
    if said is None or day is None or verb is None or m["did"] and (day or asked) or not asked and _alone(m) and (
            keyed(m["beast"]) in _INJURIES) or asked and said[0] == "I":  # ("Tôi có bị rắn cắn không?": was I?)
        return None
    who_, one = said
    done, by = _FORMS[verb][2], f" by {_beast_en(m)}{f' {day}' * bool(day)}"
    if asked:
        return f"{PAST_BE[be(who_)].capitalize()} {who_} {done}{by}?"
    if day:
        return capitalised(f"{who_} got {done}{by}.")
    just = " just" if m["did"] == "vừa" else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} been {done}{by}."))


def _bites(text: str) -> str | None:
    """"Con chó có cắn không?" as "Does the dog bite?", "Chó nhà tôi không cắn người đâu." as "My dog doesn't bite
    people." (_BITES_Q); None for anything else, and an animal alone ("Chó có cắn không?": dogs?)."""
    m = _BITES_Q.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or m["really"] and asked or _alone(m):
        return None
    verb, beast = _verb(m["beast"], m["bites"]), _beast_en(m)
    if verb is None or beast.startswith("a "):  # ("Con ong có đốt không?": do bees sting?)
        return None
    people = " people" * bool(m["people"])
    return f"Does {beast} {verb}{people}?" if asked else capitalised(f"{beast} doesn't {verb}{people}.")


def _was_it(text: str) -> str | None:
    """"Có phải bị rắn cắn không?" as "Was it a snake bite?", "Đây có phải vết ong đốt không?" as "Is this a bee
    sting?" (_WAS_IT); None for anything else."""
    m = _WAS_IT.fullmatch(text)
    if not m or (verb := _verb(m["beast"], m["bites"])) is None or bool(m["this"]) != bool(m["mark"]):
        return None
    return f"{'Is this' if m['this'] else 'Was it'} a {BEASTS[keyed(m['beast'])][0]} {verb}?"


def _what(text: str) -> str | None:
    """"Con gì cắn bạn vậy?" and "Bạn bị con gì cắn?" as "What bit you?" (_WHAT); None for anything else."""
    m = next((m for p in _WHAT if (m := p.fullmatch(text))), None)
    said = m and m.re == _WHAT[1] and who(m, True)  # (who was bitten: "Bạn bị con gì cắn?"; or whom)
    whom = EN_OBJECT.get(said[0], said[0]) if said else m and m.re == _WHAT[0] and as_whom(m["whom"], "vi")
    return f"What {'bit' if m['bites'] == 'cắn' else 'stung'} {whom}?" if whom else None


def _beast_vi(m: re.Match, verb: str) -> tuple[str, bool] | None:
    """The animal of a match of _BEAST_EN in Vietnamese, and whether it was "a" ("ong vò vẽ", True; "con chó của
    bạn", "con chó nhà hàng xóm", "con chó này"); None where it does not `verb` ("a dog stung")."""
    vi = BEASTS_VI[m["beast"].lower()]
    if BEASTS[vi][1] != verb:
        return None
    if m["a"]:
        return vi, True
    if m["of"]:
        return f"con {vi} của {WHOSE_VI[m['of'].lower()]}", False
    if m["nb"]:
        return f"con {vi} nhà hàng xóm", False
    return f"con {vi}{' này' if (m['this'] or '').lower() == 'this' else ' đó' if m['this'] else ''}", False


def _active_vi(text: str) -> str | None:
    """"A bee stung me." as "Tôi bị ong đốt.", "The dog bit my son." as "Con chó cắn con trai tôi." (_ACTIVE_EN), "Did
    the dog bite you?" as "Con chó có cắn bạn không?" (_DID_EN); None for anything else, and a dog that stung."""
    m = _ACTIVE_EN.fullmatch(text) or _DID_EN.fullmatch(text)
    verb, did, just = (_FORM_OF[m["verb"]], m.re == _DID_EN, m.groupdict().get("just")) if m else ("", False, None)
    beast = m and _beast_vi(m, verb)
    whom, day = (as_whom(m["whom"], "en"), _day(m["day"], "en")) if m else (None, None)
    if not beast or whom is None or day is None or just and day:
        return None
    (said, a), bites, done = beast, _VERBS_VI[verb][0], "có " if did else "vừa " * bool(just)
    return placed(f"{whom} {done}bị {said} {bites}" if a else f"{said} {done}{bites} {whom}", day,
                  " không?" if did else ".")


def _bitten_vi(text: str) -> str | None:
    """"I was stung by a wasp." as "Tôi bị ong vò vẽ đốt.", "Were you stung by a bee?" as "Bạn có bị ong đốt không?"
    (_BITTEN_EN); None for anything else, "was", "has" not agreeing with who, and mt/injuries.py's."""
    m = _BITTEN_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or bool(m["be0"]) == bool(m["was"] or m["have"]):
        return None
    verb = _FORM_OF[m["verb"]]
    beast, (who_, one), day = _beast_vi(m, verb), who_vi(m), _day(m["day"], "en")
    was = (m["be0"] or m["was"] or "").lower()
    have = keyed((m["have"] or "").replace("’", "'"))
    if beast is None or day is None or was in ("was", "were") and was != be_of(who_, one, past=True) or (
            have and (have in ("has", "'s")) != one or (m["have"] or m["just"]) and day or m["be0"] and m["just"]):
        return None
    said, a = beast
    if a and not m["be0"] and BEASTS_VI[m["beast"].lower()] in _INJURIES:
        return None
    done = "có " if m["be0"] else "vừa " * bool(m["just"])
    return placed(f"{who_} {done}bị {said} {_VERBS_VI[verb][0]}", day, " không?" if m["be0"] else ".")


def _bites_vi(text: str) -> str | None:
    """"Does your dog bite?" as "Con chó của bạn có cắn không?", "The dog doesn't bite." as "Con chó không cắn
    đâu." (_DOES_EN); None for anything else, and "a dog"."""
    m = _DOES_EN.fullmatch(text)
    beast = m and _beast_vi(m, m["verb"])
    if not beast or beast[1] or bool(m["does"]) != ("?" in m["end"]):
        return None
    said, people, bites = capitalised(beast[0]), " người" * bool(m["people"]), _VERBS_VI[m["verb"]][0]
    return f"{said} có {bites}{people} không?" if m["does"] else f"{said} không {bites}{people} đâu."


def _was_it_vi(text: str) -> str | None:
    """"Was it a snake bite?" as "Có phải bị rắn cắn không?", "Is this a bee sting?" as "Đây có phải vết ong đốt
    không?" (_WAS_IT_EN); None for anything else, and "a dog sting"."""
    m = _WAS_IT_EN.fullmatch(text)
    vi = m and BEASTS_VI[m["beast"].lower()]
    if not vi or BEASTS[vi][1] != m["verb"]:
        return None
    return f"{'Có phải bị' if m['was'].startswith('Was') else 'Đây có phải vết'} {vi} {_VERBS_VI[m['verb']][0]} không?"


def _what_vi(text: str) -> str | None:
    """"What bit you?" as "Con gì cắn bạn vậy?", "What stung her?" as "Con gì đốt cô ấy vậy?" (_WHAT_EN); None else."""
    m = _WHAT_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    return f"Con gì {'cắn' if m['verb'] == 'bit' else 'đốt'} {whom} vậy?" if whom else None


def _marked(m: re.Match) -> tuple[str, bool] | None:
    """The bite of a match of _MARK in English, and whether it is many ("mosquito bites", True; "bee sting"; "bite"
    for "vết cắn"); None for "vết chó đốt", "vết đốt" alone."""
    beast, bites = keyed(m["beast"] or ""), keyed(m["bites"])
    if not beast:
        return ("bite" + "s" * bool(m["many"]), bool(m["many"])) if bites == "cắn" else None
    if beast in _SWARMS:
        return f"{_SWARMS[beast]} bites", True
    verb = _verb(beast, bites)
    return verb and (f"{BEASTS[beast][0]} {verb}{'s' * bool(m['many'])}", bool(m["many"]))


def _state_en(m: re.Match) -> str:
    """The state of a match of _STATE in English, with how much: "so itchy", "very itchy", "swollen"."""
    how = m["very"] or m["so"]
    return f"{_HOW[keyed(how)] if how else ''}{'itchy' if m['state'] == 'ngứa' else 'swollen'}"


def _of_part(whose: str, part: str, said: str, end: str | None) -> str:
    """Whose part is what, "are" or "is" agreeing with the part: "My legs are …", "Lan's face is …"."""
    return capitalised(f"{whose} {part} {'are' if part in ('legs', 'arms') else 'is'} {said}{stop(end)}")


def _itches(text: str) -> str | None:
    """"Vết muỗi đốt ngứa quá." as "The mosquito bites are so itchy.", "Vết rắn cắn có sưng không?" as "Is the snake
    bite swollen?" (_ITCHES); None for anything else, how much asked or denied, a "?" not asked."""
    m = _ITCHES.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != bool(m["ask"]) or asked != ("?" in m["end"]) or (m["very"] or m["so"]) and (
            m["very"] and m["so"] or m["ask"] or m["not"]) or not (bite := _marked(m)):
        return None
    (said, many), whose = bite, OWNERS[keyed(m["of"])] if m["of"] else "the"
    be_ = "are" if many else "is"
    if asked:
        return f"{be_.capitalize()} {whose} {said} {_state_en(m)}?"
    return capitalised(f"{whose} {said} {be_}{_NOT * bool(m['not'])} {_state_en(m)}{stop(m['end'])}")


def _part(text: str) -> str | None:
    """"Chân tôi bị muỗi đốt sưng lên." as "My legs are swollen from mosquito bites.", "Chân con tôi đầy vết muỗi
    đốt." as "My child's legs are covered in mosquito bites." (_PART); None for anything else, "rất" with "quá"."""
    m = next((m for p in _PART if (m := p.fullmatch(text))), None)
    if not m or m.groupdict().get("very") and m["so"]:
        return None
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    pest = _SWARMS[keyed(m["pest"])]
    said = f"covered in {pest} bites" if m["full"] else f"{_state_en(m)} from {pest} bites"
    return _of_part(whose, _PARTS[keyed(m["part"])], said, m["end"])


def _covered(text: str) -> str | None:
    """"Con tôi bị muỗi đốt đầy chân." as "My child's legs are covered in mosquito bites.", "Bạn có bị muỗi đốt
    không?" as "Did you get bitten by mosquitoes?" (_COVERED); None for anything else, "khắp người", "Tôi có bị …"."""
    m = _COVERED.fullmatch(text)
    asked = bool(m and m["asked"])
    said = m and who(m, asked)
    if not said or asked != bool(m["ask"]) or asked == bool(m["all"]) or asked != ("?" in m["end"]):
        return None
    who_, pest = said[0], _SWARMS[keyed(m["pest"])]
    if asked:
        return None if who_ == "I" else f"Did {who_} get bitten by {pest}{'es' if pest == 'mosquito' else 's'}?"
    if m["body"]:
        covered = f"covered in {pest} bites{stop(m['end'])}"
        return None if m["all"] == "khắp" else capitalised(contracted(who_, f"{be(who_)} {covered}"))
    return _of_part(EN_WHOSE.get(who_, f"{who_}'s"), _PARTS[keyed(m["part"])], f"covered in {pest} bites", m["end"])


def _mark_vi(m: re.Match) -> str | None:
    """The bite of a match of _MARK_EN in Vietnamese ("vết muỗi đốt của tôi", "vết ong đốt", "vết cắn"); None where
    the animal does not bite or sting so ("a bee bite", "a mosquito sting")."""
    beast, verb = (m["beast"] or "").lower(), m["verb"]
    vi, bites = _MARKERS_VI.get(beast, ""), "cắn" if verb == "bite" else "đốt"
    if vi and (verb != "bite" if vi in _SWARMS else BEASTS[vi][1] != verb):
        return None
    if vi in _SWARMS:
        vi, bites = _SWARMS_VI[beast].split()
    whose = m["whose"].lower()
    return f"vết {vi}{' ' * bool(vi)}{bites}{f' của {WHOSE_VI[whose]}' if whose != 'the' else ''}"


def _state_vi(state: str, how: str | None, swollen: str) -> str:
    """"itchy", "swollen" in Vietnamese with how much ("so": "ngứa quá", "very": "rất ngứa"), "swollen" alone said
    as `swollen` ("bị sưng", "sưng lên")."""
    said = "ngứa" if state != "swollen" else "sưng" if how else swollen
    how = _HOW_VI.get(how or "", "")
    return f"rất {said}" if how == "rất" else f"{said} {how}".rstrip()


def _itches_vi(text: str) -> str | None:
    """"The mosquito bites are so itchy." as "Vết muỗi đốt ngứa quá.", "Is the bite itchy?" as "Vết cắn có ngứa
    không?" (_ITCHES_EN); None for anything else, how much asked or denied, "is" not agreeing with the bites."""
    m = _ITCHES_EN.fullmatch(text)
    said = m and _mark_vi(m)
    asked = bool(m and m["be0"])
    if not said or asked != ("?" in m["end"]) or be_said(m["be0"] or m["be"]) != ("are" if m["many"] else "is"):
        return None
    if (m["how"] or m["state"] == "itching") and (asked or m["not"]) or m["state"] == "itching" and m["how"]:
        return None
    state = _state_vi(m["state"], m["how"], "bị sưng")
    if asked:
        return f"{capitalised(said)} có {state} không?"
    return capitalised(f"{said} {'không ' * bool(m['not'])}{state}.")


def _part_vi(text: str) -> str | None:
    """"My legs are swollen from mosquito bites." as "Chân tôi bị muỗi đốt sưng lên.", "My legs are covered in
    mosquito bites." as "Chân tôi đầy vết muỗi đốt." (_PART_EN); None for anything else, "is" not agreeing."""
    m = _PART_EN.fullmatch(text)
    if not m or (m["be"] == "are") != (m["part"] in ("legs", "arms")):
        return None
    part = f"{_PARTS_VI[m['part']]} {WHOSE_VI[m['whose'].lower()] if m['whose'] else someone(m['someone'], 'en')}"
    pest = _SWARMS_VI[m["pest"]]
    return capitalised(f"{part} đầy vết {pest}." if m["full"] else
                       f"{part} bị {pest} {_state_vi(m['state'], m['how'], 'sưng lên')}.")


def _covered_vi(text: str) -> str | None:
    """"I'm covered in mosquito bites." as "Tôi bị muỗi đốt khắp người.", "My son got bitten by mosquitoes all over
    his legs." as "Con trai tôi bị muỗi đốt đầy chân." (_COVERED_EN, _ALL_OVER_EN); None for anything else, "is",
    "was" not agreeing with who, "his" not who's own, and "I" asked."""
    if m := _COVERED_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} bị {_SWARMS_VI[m['pest']]} khắp người.") if be_agrees(m, m["be"]) else None
    m = _ALL_OVER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["part"]):
        return None
    (who_, one), q, was = who_vi(m), (m["q"] or "").lower(), (m["was"] or "").lower()
    if (q == "did") != (was == "get") or q and was not in ("", "get") or not (q or was) or (
            q or was) in ("was", "were") and (q or was) != be_of(who_, one, past=True):
        return None
    if q:
        return None if who_ == "tôi" else capitalised(f"{who_} có bị {_SWARMS_VI[m['pest']]} không?")
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_)
    if m["own"] != own and not (own is None and m["own"] in ("his", "her", "their") and one):
        return None
    return capitalised(f"{who_} bị {_SWARMS_VI[m['pest']]} đầy {_PARTS_VI[m['part']]}.")
