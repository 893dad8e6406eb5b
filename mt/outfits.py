"""Clothes and how they look, both ways, written whole by rule: a thing or colour that suits someone, what someone is
wearing or should wear, new clothes bought, getting dressed, shoes taken off. v8 reads "hợp với" as combined,
"váy" as a patch, "cởi" as anything: "Áo này hợp với bạn." → "It's OK for you.", "Cái váy này hợp với cô ấy lắm." →
"This dress was associated with her.", "Cô ấy đang mặc một chiếc váy đỏ." → "She is wearing a red patch.", "Tôi nên
mặc gì?" → "What should I be worn?", "Tôi vừa mua một đôi giày mới." → "I just bought a new shoes.", "Con tôi đang
mặc quần áo." → "My child is wearing clothes.", "Mặc quần áo vào đi." → "Tear the clothes go.", "Tôi có cần cởi giày
không?" → "Do I need to slip my shoes?"; "This shirt looks good on you." → "Cái áo này trông có vẻ tốt đối với
bạn.", "That colour suits you." → "Cái va-li đó phù hợp với bạn.", "What are you wearing?" → "Bạn đang đeo tay gì?",
"What should I wear to the party?" → "Tôi nên mặc bữa tiệc là gì?", "I don't know what to wear." → "Tôi không biết
phải đeo tay.", "I'm getting dressed." → "Tôi đang ăn mặc.", "Please take your shoes off." → "Hãy lấy đôi giày ra
ngoài.".

Taken: a thing of OUTFITS with "này", "đó" (this, that), "màu này" or a colour of mt.patterns.COLOURS that suits
someone (mt.ever.OBJECTS, mt.hobbies.SOMEONE), really or not, said or asked ("looks good on" written "hợp với …
lắm"); who (mt.hobbies.WHO, WHO_EN) is wearing a thing (in a colour) now ("đang"), or what; what who should or will
wear, or does not know what to wear, to one of _EVENTS, on a day of mt.free_time.when; who bought or has just bought
a new thing; who is getting dressed or changed, and "Get dressed."; "Please take your shoes off." (before coming
in), and whether who needs to, has to or should. Left: "anh", "chị", "em" alone, asking too ("Em nên mặc gì?": the
speaker's own question?), wearing without "đang" ("Cô ấy mặc váy đỏ.": now or then), "You look great in that dress."
(v8's right), sizes and trying on (mt/sizes.py, mt/patterns.py, the phrasebook's), too big (mt/patterns.py),
returns (mt/returns.py), new clothes had ("Tôi có đôi giày mới.": v8's right), and anything else.
mt.phrasebook.translate tries these after mt/waiting.py.

    >>> translate("Áo này hợp với bạn.", "vi", "en"), translate("This shirt looks good on you.", "en", "vi")
    ('This shirt suits you.', 'Cái áo này hợp với bạn lắm.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHOM, WHOM_EN, WHO_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .patterns import COLOURS, COLOURS_VI, WORN
from .rule_keys import key_checked
from .text import (
    ASKED_END,
    BE_EN,
    EN_WHOSE,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# clothes (mt.patterns.WORN and more); the first Vietnamese of each English is written back ("shirt": "áo")
OUTFITS = WORN | {"áo sơ mi": "shirt", "áo phông": "T-shirt", "áo thun": "T-shirt", "áo len": "jumper",
                  "áo dài": "ao dai", "đầm": "dress", "chân váy": "skirt", "quần jean": "jeans", "quần bò": "jeans",
                  "quần short": "shorts", "quần đùi": "shorts", "giày thể thao": "trainers", "bộ vest": "suit",
                  "bộ com lê": "suit", "bộ đồ": "outfit"}
OUTFITS_VI = {en.lower(): vi for vi, en in reversed(OUTFITS.items())} | {
    "coat": "áo khoác", "sweater": "áo len", "sneakers": "giày thể thao"}
_PAIRED = {"trousers", "shoes", "sandals", "jeans", "shorts", "trainers", "sneakers"}  # "these jeans", "new shoes"
_ON_FEET = {"shoes", "sandals", "trainers", "sneakers"}  # "đôi giày", worn with "đi" ("mang" read too)
HUES = {vi.removeprefix("màu "): en for vi, en in COLOURS.items()}  # after the thing: "váy đỏ" ("váy màu đỏ" too)
# where one dresses for, after "mặc gì" and "wear" (the first Vietnamese of each is written back)
_EVENTS = {"đi dự tiệc": "to the party", "đi tiệc": "to the party", "đến bữa tiệc": "to the party",
           "dự tiệc": "to the party", "đi đám cưới": "to the wedding", "đi dự đám cưới": "to the wedding",
           "đi ăn cưới": "to the wedding", "đến đám cưới": "to the wedding", "đi phỏng vấn": "to the interview",
           "đến buổi phỏng vấn": "to the interview", "cho buổi phỏng vấn": "to the interview", "đi làm": "to work",
           "đi học": "to school", "đi biển": "to the beach"}
_EVENTS_VI = {en.removeprefix("to "): vi for vi, en in reversed(_EVENTS.items())}
# what is taken off at the door, and whether one needs to, has to or should
_OFF = {"giày": "shoes", "giày dép": "shoes", "áo khoác": "jacket", "mũ": "hat"}
_OFF_VI = {"shoes": "giày", "jacket": "áo khoác", "coat": "áo khoác", "hat": "mũ"}
_MODALS = {"cần": "need to", "phải": "have to", "nên": ""}
_MODALS_VI = {"need": "cần", "have": "phải", "": "nên"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hợp\s+với|mặc|mua|cởi|thay\s+(?:đồ|quần)|đang\s+(?:đi|mang|đội))"),
         "en": lazy(r"(?i:suit|look|wear|bought|dressed|changed|\btake)")}

# the thing ("cái áo này", "đôi giày đó", "màu này", "màu đỏ"), and whom it suits
_THIS = (rf"(?i:(?:(?P<one>cái|chiếc|đôi)\s+)?(?P<thing>{alternatives(OUTFITS)})\s+(?P<this>này|đó)|"
         rf"màu\s+(?P<hue>này|đó)|(?P<named>{alternatives(COLOURS)}))")
_SUIT = lazy(rf"{_THIS}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?:phù\s+)?hợp\s+với\s+"
             rf"{WHOM}(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# what who is wearing now ("Cô ấy đang mặc một chiếc váy đỏ.", "Bạn đang mặc gì?")
_WORN = rf"(?:(?P<a>một)\s+)?(?:(?P<one>cái|chiếc|đôi)\s+)?(?P<thing>(?i:{alternatives(OUTFITS)}))"
_WEARING = lazy(rf"{WHO}\s+đang\s+(?P<verb>mặc|đi|mang|đội)\s+(?:(?P<what>gì)|{_WORN}"
                rf"(?:\s+(?:màu\s+)?(?P<hue>{alternatives(HUES)}))?){SOFTENED_END}")
# what to wear ("Tôi nên mặc gì đi dự tiệc?", "Tôi không biết mặc gì.")
_TO_WEAR = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<not>không\s+biết)\s+(?:(?:nên|phải)\s+)?|"
                rf"(?P<modal>nên|sẽ|định)\s+)mặc\s+gì(?:\s+(?P<event>{alternatives(_EVENTS)}))?{DAY_AFTER}"
                rf"{SOFTENED_END}")
# new clothes bought ("Tôi vừa mua một đôi giày mới.")
_BOUGHT = lazy(rf"{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã)\s+)?mua\s+{_WORN}\s+mới{SOFTENED_END}")
# getting dressed or changed ("Con tôi đang mặc quần áo.", "Mặc quần áo vào đi.")
_DRESSING = lazy(rf"{WHO}\s+đang\s+(?:(?P<dress>mặc\s+quần\s+áo)|thay\s+(?:quần\s+áo|đồ)){SOFTENED_END}")
_GET_DRESSED = lazy(r"(?i:(?P<dress>mặc\s+quần\s+áo(?:\s+vào)?)|(?P<go>đi\s+)?thay\s+(?:quần\s+áo|đồ))"
                    r"\s+(?:(?P<hurry>nhanh\s+lên)|đi)\s*(?P<end>[.!]*)")
# shoes off at the door ("Vui lòng cởi giày ra.", "Tôi có cần cởi giày không?")
_TAKEN_OFF = rf"cởi\s+(?P<thing>{alternatives(_OFF)})(?:\s+ra)?"
_OFF_SAID = lazy(rf"(?:(?P<please>(?i:xin\s+vui\s+lòng|vui\s+lòng|làm\s+ơn|xin\s+mời|mời|xin))\s+)?"
                 rf"(?:(?P<you>(?i:bạn|quý\s+khách))\s+)?(?:(?i:hãy)\s+)?(?i:{_TAKEN_OFF})"
                 r"(?P<before>\s+trước\s+khi\s+vào(?:\s+nhà)?)?(?:\s+(?P<nhe>nhé|nha|đi))?\s*(?P<end>[.!]*)")
_OFF_ASKED = lazy(rf"{WHO}\s+có\s+(?P<modal>cần|phải|nên)\s+{_TAKEN_OFF}\s+không{SOFTENED_END}")

# ... and in English ("this shirt", "those shoes", "that colour", "red", "it")
_THIS_EN = (rf"(?:(?P<it>(?i:it))|(?P<det>(?i:this|that|these|those))\s+(?:(?P<thing>(?i:"
            rf"{alternatives(OUTFITS_VI)}))|(?P<hue>colou?r))|(?P<named>(?i:{alternatives(COLOURS_VI)})))")
_SUIT_EN = lazy(rf"(?:(?P<do>Does|Do)\s+)?{_THIS_EN}(?:\s+(?P<really>really))?(?:\s+(?P<nt>doesn['’]t|"
                r"don['’]t|does\s+not|do\s+not))?\s+(?:(?P<suit>suits?)|(?P<look>looks?)\s+(?:(?:really|very|so)"
                rf"\s+)?(?:good|great|nice|lovely)\s+on)\s+{WHOM_EN}\s*(?P<end>[.!?]*)")
_WORN_EN = rf"(?:(?P<a>an?)\s+)?(?:(?P<hue>{alternatives(COLOURS_VI)})\s+)?(?P<thing>(?i:{alternatives(OUTFITS_VI)}))"
_WEARING_EN = [lazy(rf"{WHO_EN}{BE_EN}\s+wearing\s+{_WORN_EN}\s*(?P<end>[.!]*)"),
               lazy(rf"What(?:\s+(?P<be>is|are|am)|['’]s)\s+{WHO_EN}\s+wearing\s*(?P<end>\?+)")]
_EVENT_EN = rf"(?:\s+(?:to|for)\s+(?P<event>{alternatives(_EVENTS_VI)}))?{DAY_AFTER_EN}"
_TO_WEAR_EN = [lazy(rf"What\s+(?P<aux>should|will|is|are|am)\s+{WHO_EN}(?P<going>\s+going\s+to)?\s+wear"
                    rf"{_EVENT_EN}\s*(?P<end>\?+)"),
               lazy(rf"{WHO_EN}\s+(?P<nt>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+know\s+what\s+to\s+wear"
                    rf"{_EVENT_EN}\s*(?P<end>[.!]*)")]
_BOUGHT_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<just>\s+just)?\s+bought\s+(?:(?P<a>a)"
                  rf"\s+new\s+(?P<pair>pair\s+of\s+)?|new\s+)(?P<thing>(?i:{alternatives(OUTFITS_VI)}))"
                  r"\s*(?P<end>[.!]*)")
_DRESSING_EN = lazy(rf"{WHO_EN}{BE_EN}\s+getting\s+(?P<how>dressed|changed)\s*(?P<end>[.!]*)")
_GET_DRESSED_EN = lazy(r"(?:(?P<hurry>Hurry\s+up\s+and)\s+|(?P<go>Go\s+and)\s+)?(?i:get)\s+(?P<how>dressed|"
                       r"changed)(?:,?\s+please)?\s*(?P<end>[.!]*)")
_THINGS_OFF = alternatives(_OFF_VI)
_OFF_SAID_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?i:take)\s+(?:your\s+(?P<thing>{_THINGS_OFF})\s+off|off\s+"
                    rf"your\s+(?P<thing2>{_THINGS_OFF}))(?P<before>\s+before\s+(?:you\s+come|coming)\s+in"
                    r"(?:side)?)?(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_OFF_ASKED_EN = lazy(rf"(?:(?P<do>Do|Does)|Should)\s+{WHO_EN}\s+(?:(?P<modal>need|have)\s+to\s+)?take\s+"
                     rf"(?P<own>my|your|his|her|our|their)\s+(?P<thing>{_THINGS_OFF})\s+off\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether clothes suit someone, what someone is wearing or
    should wear, new clothes bought, getting dressed, or shoes taken off; None for any other."""
    rules = (_suit, _wearing, _to_wear, _bought, _dressing, _off) if src == "vi" else (
        _suit_vi, _wearing_vi, _to_wear_vi, _bought_vi, _dressing_vi, _off_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO (mt.hobbies.who), None for "anh", "chị", "em" … alone asking too: "Em nên mặc gì?" is
    as often the speaker's own question as one to "you"."""
    said = who(m, asked)
    return None if said is None or said[0] == "you" and m["who"] and keyed(m["who"]) != "bạn" else said


def _worn_en(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THIS or _WORN in English, and whether it is many: ("shoes", True); None where the
    classifier does not go with it ("cái giày", "đôi áo")."""
    en, one = OUTFITS[keyed(m["thing"])], keyed(m["one"] or "")
    return None if one and (one == "đôi") != (en in _ON_FEET) else (en, en in _PAIRED)


def _thing_en(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THIS in English, and whether it is many: ("this shirt", False), ("those shoes",
    True), ("that colour", False), ("red", False); None for a classifier that does not go with it."""
    if m["named"]:
        return COLOURS[keyed(m["named"])], False
    near = keyed(m["this"] or m["hue"]) == "này"
    if m["hue"] or (worn := _worn_en(m)) is None:
        return (f"{'this' if near else 'that'} colour", False) if m["hue"] else None
    en, many = worn
    return f"{('these' if many else 'this') if near else ('those' if many else 'that')} {en}", many


def _the_one(en: str, vi: str, counted: bool = False) -> str:
    """The classifier before a thing in Vietnamese: "đôi" (shoes), "" ("bộ vest"), "cái" ("chiếc" after "một")."""
    return "đôi" if en in _ON_FEET else "" if vi.startswith("bộ ") else "chiếc" if counted else "cái"


def _verb_vi(en: str) -> str:
    """The Vietnamese verb for wearing a thing: "đi" (shoes), "đội" (a hat), "mặc" (any other)."""
    return "đi" if en in _ON_FEET else "đội" if en == "hat" else "mặc"


def _thing_vi(m: re.Match) -> tuple[str, bool] | None:
    """The thing of a match of _THIS_EN in Vietnamese, and whether English said it as many: ("cái áo này", False),
    ("đôi giày đó", True), ("màu đó", False), ("màu đỏ", False), ("nó", False); None where "this" or "these" does
    not go with it ("these shirt", "these colour")."""
    if m["it"] or m["named"]:
        return ("nó" if m["it"] else COLOURS_VI[m["named"].lower()]), False
    det = m["det"].lower()
    many, near = det in ("these", "those"), "này" if det in ("this", "these") else "đó"
    if m["hue"]:
        return None if many else (f"màu {near}", False)
    en = m["thing"].lower()
    vi = OUTFITS_VI[en]
    return None if many != (en in _PAIRED) else (" ".join(w for w in (_the_one(en, vi), vi, near) if w), many)


def _suit(text: str) -> str | None:
    """"Áo này hợp với bạn." as "This shirt suits you.", "Cái váy này hợp với cô ấy lắm." as "This dress really
    suits her.", "Cái áo này có hợp với tôi không?" as "Does this shirt suit me?", "Màu đỏ không hợp với mẹ tôi." as
    "Red doesn't suit my mother." (_SUIT); None for anything else."""
    m = _SUIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (asked or m["not"]) and (
            m["very"] or m["much"]) or asked and m["not"] or (thing := _thing_en(m)) is None:
        return None
    (said, many), whom = thing, as_whom(m["whom"], "vi")
    if not whom:
        return None
    if asked:
        return f"{'Do' if many else 'Does'} {said} suit {whom}?"
    if m["not"]:
        return capitalised(f"{said} {'don' if many else 'doesn'}'t suit {whom}.")
    return capitalised(f"{said} {'really ' * bool(m['very'] or m['much'])}suit{'' if many else 's'} {whom}.")


def _wearing(text: str) -> str | None:
    """"Cô ấy đang mặc một chiếc váy đỏ." as "She's wearing a red dress.", "Anh ấy đang đi giày đen." as "He's
    wearing black shoes.", "Bạn đang mặc gì?" as "What are you wearing?" (_WEARING); None for anything else, and
    for a verb that does not go with the thing ("đang mang áo khoác": carrying it?)."""
    m = _WEARING.fullmatch(text)
    asked = bool(m and m["what"])
    if not m or asked != ("?" in m["end"]) or (said := _who(m, asked)) is None:
        return None
    who_, verb = said[0], keyed(m["verb"])
    if asked:
        return f"What {be(who_)} {who_} wearing?" if verb == "mặc" else None
    if (worn := _worn_en(m)) is None or verb != _verb_vi(worn[0]) and not (verb == "mang" and worn[0] in _ON_FEET):
        return None
    en, many = worn
    said = f"{HUES[keyed(m['hue'])]} {en}" if m["hue"] else en
    return capitalised(contracted(who_, f"{be(who_)} wearing {'' if many else a_or_an(said) + ' '}{said}."))


def _to_wear(text: str) -> str | None:
    """"Tôi nên mặc gì?" as "What should I wear?", "Tối nay bạn sẽ mặc gì đi dự tiệc?" as "What are you going to
    wear to the party tonight?", "Tôi không biết mặc gì." as "I don't know what to wear." (_TO_WEAR); None for
    anything else, and a day not read (mt.free_time.when)."""
    m = _TO_WEAR.fullmatch(text)
    asked = bool(m and m["modal"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or (said := _who(m, asked)) is None or (
            day := when(m["day0"] or m["day"], "vi")) is None:
        return None
    who_, one = said
    rest = "".join(f" {w}" for w in (m["event"] and _EVENTS[keyed(m["event"])], day) if w)
    if not asked:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t know what to wear{rest}.")
    if keyed(m["modal"]) == "nên":
        return f"What should {who_} wear{rest}?"
    return f"What {be(who_)} {who_} going to wear{rest}?"


def _bought(text: str) -> str | None:
    """"Tôi mua một cái áo khoác mới." as "I bought a new jacket.", "Tôi vừa mua một đôi giày mới." as "I've just
    bought a new pair of shoes.", "Chị tôi mua giày mới." as "My sister bought new shoes." (_BOUGHT); None for
    anything else."""
    m = _BOUGHT.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (worn := _worn_en(m)) is None:
        return None
    (who_, one), (en, many) = said, worn
    thing = f"a new pair of {en}" if many and m["a"] else f"new {en}" if many else f"a new {en}"
    if m["aux"] and keyed(m["aux"]) != "đã":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just bought {thing}."))
    return capitalised(f"{who_} bought {thing}.")


def _dressing(text: str) -> str | None:
    """"Con tôi đang mặc quần áo." as "My child is getting dressed.", "Tôi đang thay đồ." as "I'm getting
    changed." (_DRESSING), "Mặc quần áo vào đi." as "Get dressed.", "Thay đồ nhanh lên." as "Hurry up and get
    changed." (_GET_DRESSED); None for anything else."""
    if m := _GET_DRESSED.fullmatch(text):
        get = f"get {'dressed' if m['dress'] else 'changed'}"
        return f"{'Hurry up and ' if m['hurry'] else 'Go and ' if m['go'] else ''}{get}{m['end'] or '.'}".capitalize()
    if not (m := _DRESSING.fullmatch(text)) or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} getting {'dressed' if m['dress'] else 'changed'}."))


def _off(text: str) -> str | None:
    """"Vui lòng cởi giày ra." as "Please take your shoes off.", "Cởi giày ra trước khi vào nhà." as "Take your
    shoes off before you come in." (_OFF_SAID), "Tôi có cần cởi giày không?" as "Do I need to take my shoes off?"
    (_OFF_ASKED); None for anything else."""
    if m := _OFF_SAID.fullmatch(text):
        please = m["please"] or m["you"] or m["nhe"] and keyed(m["nhe"]) != "đi"
        before = " before you come in" if m["before"] else ""
        return f"{'Please take' if please else 'Take'} your {_OFF[keyed(m['thing'])]} off{before}{m['end'] or '.'}"
    m = _OFF_ASKED.fullmatch(text)
    if not m or "?" not in m["end"] or not m["who"] or (said := _who(m, True)) is None:
        return None
    (who_, one), modal = said, _MODALS[keyed(m["modal"])]
    thing = f"{EN_WHOSE[who_]} {_OFF[keyed(m['thing'])]}"
    return f"{'Does' if one else 'Do'} {who_} {modal} take {thing} off?" if modal else \
        f"Should {who_} take {thing} off?"


def _suit_vi(text: str) -> str | None:
    """"This shirt suits you." as "Cái áo này hợp với bạn.", "This shirt looks good on you." as "Cái áo này hợp với
    bạn lắm.", "Does this dress suit me?" as "Cái váy này có hợp với tôi không?" (_SUIT_EN); None for anything else,
    and where the verb does not agree with the thing ("These shoes suits you.", "Does these shoes suit me?")."""
    m = _SUIT_EN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or bool(m["do"]) != asked or m["really"] and (asked or m["nt"]) or (thing := _thing_vi(m)) is None:
        return None
    aux, verb = (m["do"] or m["nt"] or "").lower(), m["suit"] or m["look"]
    one = aux.startswith("does") if aux else verb.endswith("s")
    (said, many), whom = thing, as_whom(m["whom"], "en")
    if aux and verb.endswith("s") or one == many or not whom:
        return None
    if asked:
        return capitalised(f"{said} có hợp với {whom} không?")
    if m["nt"]:
        return capitalised(f"{said} không hợp với {whom}.")
    return capitalised(f"{said} {'rất ' * bool(m['really'])}hợp với {whom}{' lắm' * bool(m['look'])}.")


def _wearing_vi(text: str) -> str | None:
    """"She's wearing a red dress." as "Cô ấy đang mặc váy màu đỏ.", "He's wearing black shoes." as "Anh ấy đang
    đi giày màu đen.", "What are you wearing?" as "Bạn đang mặc gì?" (_WEARING_EN); None for anything else, where
    "is" does not agree with who, or "a" with the thing ("a shoes", "a orange dress")."""
    if not (m := next((m for p in _WEARING_EN if (m := p.fullmatch(text))), None)):
        return None
    who_, one = who_vi(m)
    if m["be"] and be_said(m["be"]) != be_of(who_, one):
        return None
    if "?" in m["end"]:
        return capitalised(f"{who_} đang mặc gì?")
    en = m["thing"].lower()
    said = f"{m['hue'].lower()} {en}" if m["hue"] else en
    if (en in _PAIRED) == bool(m["a"]) or m["a"] and m["a"].lower() != a_or_an(said):
        return None
    hue = f" {COLOURS_VI[m['hue'].lower()]}" if m["hue"] else ""
    return capitalised(f"{who_} đang {_verb_vi(en)} {OUTFITS_VI[en]}{hue}.")


def _to_wear_vi(text: str) -> str | None:
    """"What should I wear to the party?" as "Tôi nên mặc gì đi dự tiệc?", "What are you going to wear tonight?" as
    "Tối nay bạn sẽ mặc gì?", "I don't know what to wear." as "Tôi không biết mặc gì." (_TO_WEAR_EN); None for
    anything else, a day not read, and "is", "does" not agreeing with who."""
    m = next((m for p in _TO_WEAR_EN if (m := p.fullmatch(text))), None)
    if not m or (day := when(m["day"], "en")) is None:
        return None
    who_, one = who_vi(m)
    event = f" {_EVENTS_VI[keyed(m['event'])]}" if m["event"] else ""
    if m.groupdict().get("nt"):
        return None if m["nt"].lower().startswith("does") != one else placed(
            f"{who_} không biết mặc gì{event}", day, ".")
    aux = m["aux"]
    if (aux in ("is", "are", "am")) != bool(m["going"]) or m["going"] and aux != be_of(who_, one):
        return None
    return placed(f"{who_} {'nên' if aux == 'should' else 'sẽ'} mặc gì{event}", day, "?")


def _bought_vi(text: str) -> str | None:
    """"I bought a new jacket." as "Tôi mua một chiếc áo khoác mới.", "I've just bought new shoes." as "Tôi vừa mua
    giày mới." (_BOUGHT_EN); None for anything else, "has" not agreeing with who, "a new shoes", "have bought"
    without "just"."""
    if not (m := _BOUGHT_EN.fullmatch(text)) or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    have, en = (m["have"] or "").strip().replace("’", "'"), m["thing"].lower()
    many, vi = en in _PAIRED, OUTFITS_VI[en]
    if have and (not m["just"] or (have in ("has", "'s")) != one) or bool(m["pair"]) != (many and bool(m["a"])):
        return None
    thing = " ".join(w for w in ("một", _the_one(en, vi, True), vi) if w) if m["a"] else vi
    return capitalised(f"{who_} {'vừa ' * bool(m['just'])}mua {thing} mới.")


def _dressing_vi(text: str) -> str | None:
    """"I'm getting dressed." as "Tôi đang mặc quần áo.", "My son is getting changed." as "Con trai tôi đang thay
    đồ." (_DRESSING_EN), "Get dressed." as "Mặc quần áo vào đi." (_GET_DRESSED_EN); None for anything else."""
    if m := _GET_DRESSED_EN.fullmatch(text):
        done = "mặc quần áo" if m["how"] == "dressed" else "thay đồ"
        if m["hurry"]:
            return f"{done.capitalize()} nhanh lên{m['end'] or '.'}"
        return capitalised(f"{'đi ' * bool(m['go'])}{done}{' vào' * (m['how'] == 'dressed')} đi{m['end'] or '.'}")
    if not (m := _DRESSING_EN.fullmatch(text)) or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    if be_said(m["be"]) != be_of(who_, one):
        return None
    return capitalised(f"{who_} đang {'mặc quần áo' if m['how'] == 'dressed' else 'thay đồ'}.")


def _off_vi(text: str) -> str | None:
    """"Please take your shoes off." as "Vui lòng cởi giày ra.", "Take your shoes off before you come in." as "Cởi
    giày ra trước khi vào nhà." (_OFF_SAID_EN), "Do I need to take my shoes off?" as "Tôi có cần cởi giày không?"
    (_OFF_ASKED_EN); None for anything else, and whose or "does" not agreeing with who."""
    if m := _OFF_SAID_EN.fullmatch(text):
        please = m["please"] or m["please2"]
        if m["please"] and m["please2"]:
            return None
        before = " trước khi vào nhà" if m["before"] else "" if please else " đi"
        thing = _OFF_VI[(m["thing"] or m["thing2"]).lower()]
        return f"{'Vui lòng c' if please else 'C'}ởi {thing} ra{before}{m['end'] or '.'}"
    if not (m := _OFF_ASKED_EN.fullmatch(text)) or not m["who"]:
        return None
    who_, one = who_vi(m)
    own = EN_WHOSE["I" if m["who"].lower() == "i" else m["who"].lower()]
    if m["own"] != own or bool(m["do"]) != bool(m["modal"]) or m["do"] and (m["do"] == "Does") != one:
        return None
    return capitalised(f"{who_} có {_MODALS_VI[m['modal'] or '']} cởi {_OFF_VI[m['thing'].lower()]} không?")
