"""Clothes gone wrong and their care, both ways, written whole by rule: the iron (where it is, broken, had, borrowed,
burning a shirt), clothes creased, shrunk, faded, run in the wash, stained or needing ironing, and stains that will
not come out. v8 (rules on) reads "bàn là" as a table, "iron" as the metal, "co" as contracted, "phai" as slighted,
"vết" as anything: "Bàn là ở đâu?" → "Where is the table?", "Bàn là bị hỏng." → "The table is broken.", "Cái áo này
bị co lại." → "This coat is contracted.", "Áo tôi bị phai màu." → "I'm slighted.", "Áo tôi bị dính vết cà phê." →
"I'm sticking to coffee.", "Quần áo nhăn hết rồi." → "The shirt is empty.", "Vết cà phê không tẩy được." → "Coffee
is not boycot."; "Where's the iron?" → "Sắt ở đâu?", "The iron is broken." → "Chất sắt bị vỡ.", "My sweater shrank
in the wash." → "Mồ hôi của tôi lắc lư trong khăn mặt.", "My shirt is all creased." → "Chiếc áo của tôi tất cả đều
bị vỗ.", "The colour ran in the wash." → "Màu sắc xóc trong khăn mặt.", "The stain won't come out." → "Bốn sẽ không
ra ngoài.", "This shirt needs ironing." → "Chiếc áo này cần sắt.".

Taken: the iron ("bàn là", "bàn ủi"; whose, mt.terms.OWNERS, mt.hobbies.SOMEONE, or "này") where, broken, said or
asked; who (mt.hobbies.WHO, WHO_EN) has an iron or not, asked; is there an iron (here, in the room); "I" or "we"
asking to borrow one; the iron burnt a thing, who burnt it ironing. A thing of mt.laundry.CLOTHES or "quần áo" (the
clothes), with whose or "này" (none: "quần áo" only), creased (all, really, not; asked), shrunk (in the wash),
faded, its colour run in the wash, a stain of STAINS on it, needing ironing or not; how to get a stain out (of a
thing); a stain that won't come or wash out, or will it. Left: the iron too hot or not working (mt/appliances.py,
mt/cautions.py), ironing as a chore (mt/laundry.py, mt/chores.py), coffee spilt and buttons off (mt/accidents.py,
mending), torn (mt/mending.py), "nó"/"it" (what?), a thing without whose ("Áo bị nhăn."), care labels, a colour
turned ("turned pink"), and anything else.
mt.phrasebook.translate tries these after mt/running.py.

    >>> translate("Áo tôi bị phai màu.", "vi", "en"), translate("My sweater shrank in the wash.", "en", "vi")
    ('My shirt has faded.', 'Áo len của tôi bị co lại khi giặt.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .laundry import CLOTHES, CLOTHES_VI
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, SOFTENED_QUESTION, WHOSE_OF, alternatives, capitalised,
                   keyed)

# what a stain is of (the first Vietnamese of each is written back; "bẩn", "ố": a stain of nothing said)
STAINS = {"cà phê": "coffee", "trà": "tea", "rượu vang": "wine", "rượu": "wine", "mực": "ink", "dầu mỡ": "grease",
          "dầu": "oil", "mỡ": "grease", "máu": "blood", "son môi": "lipstick", "son": "lipstick", "mồ hôi": "sweat",
          "bùn": "mud", "cỏ": "grass", "sô cô la": "chocolate", "nước sốt": "sauce", "sốt cà chua": "ketchup"}
STAINS_VI = {en: vi for vi, en in reversed(STAINS.items())}
_MANY = {"trousers", "jeans", "shorts", "clothes"}  # ("these jeans have", "the clothes are")
_KEYS = {"vi": lazy(r"(?i:bàn\s+(?:là|ủi)|nhăn|nhàu|(?<!\w)(?:co|rút)(?!\w)|phai|bạc|ra\s+màu|vết|"
                    r"cần\s+(?:được\s+)?(?:là|ủi)|(?:là|ủi)\s+cháy)"),
         "en": lazy(r"(?i:iron|crease|wrinkle|crumple|shr[iau]nk|faded|ran\b|stain)")}

# the iron, and the thing ("cái áo này", "áo tôi", "quần bò của mẹ tôi", "quần áo")
_IRON_WORD = r"(?i:bàn)\s+(?:là|ủi)"
_IRON = rf"(?:(?i:cái|chiếc)\s+)?{_IRON_WORD}(?:\s+(?P<this>này)|\s+của\s+{OWNER})?"
_CLOTH = (rf"(?:(?P<clothes>(?i:quần\s+áo))|(?:(?P<one>(?i:cái|chiếc))\s+)?(?P<thing>(?i:{alternatives(CLOTHES)})))"
          rf"(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})?")
_STAIN = rf"(?i:vết)(?:\s+(?:(?P<dirt>bẩn|ố)|(?P<stain>{alternatives(STAINS)})))?(?:\s+(?P<sthis>này|đó))?"
_WHERE = lazy(rf"(?:{_IRON}\s+(?:(?:để|ở)\s+)?(?:ở\s+)?|{WHO}\s+(?P<keep>để)\s+{_IRON_WORD}\s+ở\s+)đâu"
              rf"{SOFTENED_QUESTION}")
_BROKEN = lazy(rf"{_IRON}\s+(?:(?P<ask>có)\s+)?(?:bị\s+)?(?:hỏng|hư)(?:\s+rồi)?{ASKED_END}")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:(?:cái|chiếc)\s+)?{_IRON_WORD}{ASKED_END}")
_PLACES = {"ở đây": " here", "trong phòng": " in the room", "phòng": " in the room", "phòng tôi": " in my room",
           "phòng của tôi": " in my room", "phòng này": " in this room"}
_THERE = lazy(rf"(?:(?P<place>(?i:{alternatives(_PLACES)}))\s+)?(?i:có)\s+{_IRON_WORD}\s+không{SOFTENED_QUESTION}")
_BORROW = lazy(rf"(?:{WHO}\s+(?:có\s+thể\s+)?|(?i:cho)\s+(?P<me>tôi|mình)\s+)mượn\s+{_IRON}(?:\s+được)?\s+không"
               rf"{SOFTENED_QUESTION}")
_BURNT = lazy(rf"(?:(?P<iron>{_IRON_WORD})\s+(?:đã\s+)?làm|{WHO}\s+(?:đã\s+|lỡ\s+)?(?:là|ủi))\s+cháy\s+{_CLOTH}"
              rf"(?:\s+rồi)?{SOFTENED_END}")
# what is wrong with the thing, or what it needs ("Áo tôi bị phai màu.", "Áo sơ mi này cần ủi.")
_STATE = lazy(rf"{_CLOTH}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<creased>(?:bị\s+)?(?:nhăn|nhàu)"
              r"(?:\s+nheo|\s+nhúm)?)(?P<all>\s+hết)?(?P<so>\s+quá|\s+lắm)?|(?P<washed>giặt\s+)?(?:(?P<shrunk>bị\s+"
              r"(?:co|rút)(?:\s+lại)?|co\s+lại)|(?P<ran>bị\s+ra\s+màu))(?P<wash>\s+(?:khi|sau\s+khi)\s+giặt)?|"
              r"(?P<faded>bị\s+(?:phai|bạc)(?:\s+màu)?)|(?P<needs>cần\s+(?:được\s+)?(?:là|ủi)(?:\s+lại)?)|"
              rf"(?:bị\s+dính|có)\s+(?:một\s+)?(?P<stained>{_STAIN}))(?P<done>\s+rồi)?{ASKED_END}")
_HOW = lazy(rf"(?i:làm)\s+(?:sao|thế\s+nào|cách\s+nào)\s+(?:để\s+)?tẩy\s+(?:sạch\s+)?{_STAIN}"
            rf"(?:\s+(?:trên|khỏi)\s+{_CLOTH})?{SOFTENED_QUESTION}")
# a stain that won't come or wash out, or will it ("Vết cà phê không tẩy được.", "Vết này có tẩy được không?")
_WONT = {"không ra": "come", "không tẩy được": "come", "không tẩy đi được": "come", "không tẩy ra được": "come",
         "tẩy không ra": "come", "tẩy không được": "come", "tẩy mãi không ra": "come", "giặt không ra": "wash",
         "giặt mãi không ra": "wash", "không giặt ra được": "wash"}
_WILL = {"có tẩy được không": "come", "tẩy được không": "come", "có tẩy ra được không": "come",
         "có ra không": "come", "giặt có ra không": "wash", "có giặt ra được không": "wash"}
_OUT = lazy(rf"{_STAIN}\s+(?:(?P<wont>{alternatives(_WONT)})|(?P<will>{alternatives(_WILL)})){SOFTENED_END}")

# ... and in English ("the iron", "my mother's iron"; "this shirt", "my jeans", "the clothes"; "this coffee stain")
_IRON_EN = rf"(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+iron"
_CLOTH_EN = (rf"(?:(?P<cdet>(?i:this|these|the|{WHOSE_WORDS}))|(?P<cnamed>{SOMEONE_EN})['’]s)\s+(?:(?P<clothes>"
             rf"clothes)|(?P<thing>(?i:{alternatives(CLOTHES_VI)})))")
_STAIN_EN = rf"(?:(?P<sdet>(?i:this|that|the|an?))\s+)?(?:(?P<stain>(?i:{alternatives(STAINS_VI)}))\s+)?(?P<s>stains?)"
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+{_IRON_EN}\s*\?+|Where\s+do\s+you\s+keep\s+(?P<keep>the)\s+iron\s*\?+")
_BROKEN_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_IRON_EN}(?P<be>\s+is|['’]s)?\s+broken\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                r"(?P<have>have|has)\s+an\s+iron\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(r"Is\s+there\s+an\s+iron(?P<place>\s+here|\s+in\s+(?:the|my|this)\s+room)?\s*\?+")
_BORROW_EN = lazy(rf"(?:Can|Could|May)\s+(?P<me>I|we)\s+borrow\s+(?:an\s+iron|{_IRON_EN})(?:,?\s+please)?\s*\?+")
_BURNT_EN = lazy(rf"(?:(?P<iron>The\s+iron)(?:\s+has)?|{WHO_EN})\s+(?:burnt|burned|scorched)\s+{_CLOTH_EN}"
                 r"(?P<ironing>\s+with\s+the\s+iron|\s+(?:while\s+)?ironing\s+it)?\s*(?P<end>[.!]*)")
_STATE_EN = lazy(rf"(?:(?P<q>(?i:is|are|has|have|does|do))\s+)?{_CLOTH_EN}(?P<aux>\s+is|\s+are|['’]s|['’]re|"
                 r"\s+has|\s+have|['’]ve|\s+does|\s+do)?(?P<not>\s+not|n['’]t)?(?P<adv>\s+all|\s+really|\s+so)?\s+"
                 r"(?P<state>creased|wrinkled|crumpled|shrunk|shrank|faded|needs?\s+ironing)(?P<wash>\s+in\s+the\s+"
                 r"wash)?\s*(?P<end>[.!?]*)")
_RAN_EN = lazy(rf"(?:The\s+colou?rs?|(?:The\s+colou?rs?\s+of\s+)?{_CLOTH_EN})\s+ran\s+in\s+the\s+wash\s*(?P<end>[.!]*)")
_STAINED_EN = lazy(rf"(?:There['’]s|There\s+is|(?P<me>I['’]ve\s+got|I\s+have))\s+{_STAIN_EN}\s+on\s+{_CLOTH_EN}"
                   r"\s*(?P<end>[.!]*)")
_HOW_EN = lazy(rf"How\s+(?:do|can|should)\s+(?:I|you|we)\s+(?P<verb>get|remove)\s+{_STAIN_EN}(?P<out>\s+out)?"
               rf"(?:\s+(?P<prep>of|from)\s+{_CLOTH_EN})?\s*\?+")
_OUT_EN = lazy(rf"(?:(?P<q>Will)\s+)?{_STAIN_EN}(?:\s+(?P<wont>won['’]t|will\s+not))?\s+(?P<verb>come|wash)\s+out"
               r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about the iron, clothes creased, shrunk, faded, run, stained or needing ironing,
    or a stain got out; None for any other."""
    if src == "vi":
        return _iron(text) or _burnt(text) or _state(text) or _stain(text)
    return _iron_vi(text) or _burnt_vi(text) or _state_vi(text) or _stain_vi(text)


def _whose_en(m: re.Match) -> str | None:
    """Whose of the groups owner and someone (mt.hobbies.OWNER) in English: "my", "my mother's"; "" for none."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    return (named := someone(m["someone"], "vi")) and f"{named}'s" if m["someone"] else ""


def _iron_en(m: re.Match) -> str:
    """The iron of a match of _IRON in English: "the iron", "this iron", "your iron", "Lan's iron"."""
    return "this iron" if m["this"] else f"{_whose_en(m) or 'the'} iron"


def _cloth_en(m: re.Match, own: str | None = None) -> tuple[str, bool] | None:
    """The thing of a match of _CLOTH in English, and whether English says it as many: ("this shirt", False), ("my
    jeans", True), ("the clothes", True); a thing without whose is `own`'s ("a": ("a shirt", False), not "a jeans");
    None for one without it, or "cái quần áo"."""
    if m["clothes"] and m["one"]:
        return None
    said = "clothes" if m["clothes"] else CLOTHES[keyed(m["thing"])]
    many = said in _MANY
    if m["this"]:
        return f"{'these' if many else 'this'} {said}", many
    whose = _whose_en(m) or ("the" if m["clothes"] else own)
    if whose == "a":
        return None if many else (f"{a_or_an(said)} {said}", False)
    return (f"{whose} {said}", many) if whose else None


def _stain_en(m: re.Match, many: bool = False) -> str:
    """The stain of a match of _STAIN in English: "this stain", "that stain", "the coffee stain", "coffee stains"
    (`many`)."""
    what = f"{STAINS[keyed(m['stain'])]} " if m["stain"] else ""
    if m["sthis"]:
        return f"{'this' if keyed(m['sthis']) == 'này' else 'that'} {what}stain"
    return f"{what}stains" if many else f"the {what}stain"


def _iron(text: str) -> str | None:
    """"Bàn là ở đâu?" as "Where's the iron?", "Bàn là bị hỏng." as "The iron is broken.", "Bạn có bàn là không?" as
    "Do you have an iron?", "Trong phòng có bàn là không?" as "Is there an iron in the room?", "Tôi mượn bàn là của
    bạn được không?" as "Can I borrow your iron?"; None for anything else."""
    if m := _WHERE.fullmatch(text):
        said = m["keep"] and who(m, True)
        if m["keep"]:
            return "Where do you keep the iron?" if said and said[0] == "you" else None
        return f"Where's {_iron_en(m)}?" if _whose_en(m) is not None else None
    if (m := _BROKEN.fullmatch(text)) and bool(m["asked"]) == ("?" in m["end"]) == bool(m["ask"]):
        return None if _whose_en(m) is None else capitalised(
            f"Is {_iron_en(m)} broken?" if m["asked"] else f"{_iron_en(m)} is broken.")
    if m := _HAVE.fullmatch(text):
        asked = bool(m["asked"])
        if asked != ("?" in m["end"]) or asked and m["not"] or (said := who(m, asked)) is None:
            return None
        (who_, one), do = said, "does" if said[1] else "do"
        if asked:
            return f"{do.capitalize()} {who_} have an iron?"
        have = f"{do}n't have" if m["not"] else "has" if one else "have"
        return capitalised(f"{who_} {have} an iron.")
    if m := _THERE.fullmatch(text):
        return f"Is there an iron{_PLACES[keyed(m['place'])] if m['place'] else ''}?"
    if m := _BORROW.fullmatch(text):
        said = ("I", False) if m["me"] else who(m, True)
        whose = _whose_en(m)
        if not said or said[0] not in ("I", "we") or whose is None or m["this"]:
            return None
        return f"Can {said[0]} borrow {f'{whose} iron' if whose else 'an iron'}?"
    return None


def _own(m: re.Match, who_: str) -> str | None:
    """Whose a thing is of who of a match of WHO (`who_`, in English) said of their own: "my", "her"."""
    return EN_WHOSE.get(who_) or (his_her(m["kin"]) if m["kin"] else None)


def _burnt(text: str) -> str | None:
    """"Bàn là làm cháy áo của tôi." as "The iron burnt my shirt.", "Tôi ủi cháy áo sơ mi rồi." as "I burnt my shirt
    with the iron.", "Mẹ tôi ủi cháy áo sơ mi." as "My mother burnt a shirt with the iron." (_BURNT); None for
    anything else, and for whose said as who again ("Mẹ tôi ủi cháy áo của mẹ tôi.")."""
    m = _BURNT.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m["iron"]:
        thing = _cloth_en(m)
        return thing and f"The iron burnt {thing[0]}."
    said = who(m, False)
    if not said or m["someone"] and someone(m["someone"], "vi") == said[0]:
        return None  # (English says "her shirt", not "my mother burnt my mother's shirt")
    # a thing without whose is the speaker's own ("Tôi ủi cháy áo."); another's may be anyone's: "a shirt"
    thing = _cloth_en(m, _own(m, said[0]) if said[0] in ("I", "we") else "a")
    return thing and capitalised(f"{said[0]} burnt {thing[0]} with the iron.")


def _state(text: str) -> str | None:
    """"Quần áo nhăn hết rồi." as "The clothes are all creased.", "Cái áo này bị co lại." as "This shirt has shrunk.",
    "Áo len của tôi bị co lại khi giặt." as "My jumper shrank in the wash.", "Áo tôi bị phai màu." as "My shirt has
    faded.", "Áo này giặt bị ra màu." as "The colour of this shirt ran in the wash.", "Áo tôi bị dính vết cà phê." as
    "There's a coffee stain on my shirt.", "Áo sơ mi này cần ủi." as "This shirt needs ironing." (_STATE); None for
    anything else."""
    m = _STATE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (thing := _cloth_en(m)) is None:
        return None
    (said, many), washed = thing, bool(m["washed"] or m["wash"])
    if m["not"] and not (m["creased"] or m["needs"]) or (m["all"] or m["so"]) and (asked or m["not"]) or (
            m["done"] and (asked or m["not"] or m["needs"] or m["so"])) or m["stained"] and (asked or m["sthis"]):
        return None
    if m["stained"] and not (m["dirt"] or m["stain"]):
        return None  # ("Áo tôi có vết.": "vết" alone may be any mark, a tear, a scorch)
    be, has = ("are", "have") if many else ("is", "has")
    if m["creased"]:
        if asked:
            return f"{be.capitalize()} {said} creased?"
        how = "n't" if m["not"] else " all" if m["all"] else " really" if m["so"] else ""
        return capitalised(f"{said} {be}{how} creased.")
    if m["shrunk"]:
        if asked:
            return f"Did {said} shrink in the wash?" if washed else f"{has.capitalize()} {said} shrunk?"
        return capitalised(f"{said} shrank in the wash." if washed else f"{said} {has} shrunk.")
    if m["ran"]:
        return f"The colour of {said} ran in the wash." if washed and not asked else None
    if m["faded"]:
        return f"{has.capitalize()} {said} faded?" if asked else capitalised(f"{said} {has} faded.")
    if m["needs"]:
        if asked:
            return f"{'Do' if many else 'Does'} {said} need ironing?"
        need = f"{'do' if many else 'does'}n't need" if m["not"] else "need" if many else "needs"
        return capitalised(f"{said} {need} ironing.")
    what = STAINS[keyed(m["stain"])] if m["stain"] else ""
    return f"There's {a_or_an(what or 'stain')} {f'{what} ' if what else ''}stain on {said}."


def _stain(text: str) -> str | None:
    """"Làm sao để tẩy vết bẩn này?" as "How do I get this stain out?", "Vết cà phê không tẩy được." as "The coffee
    stain won't come out.", "Vết này có tẩy được không?" as "Will this stain come out?" (_HOW, _OUT); None for
    anything else."""
    if m := _HOW.fullmatch(text):
        thing = _cloth_en(m) if m["clothes"] or m["thing"] else ("", False)
        stain = _stain_en(m, many=not m["thing"] and not m["clothes"])
        return thing and f"How do I get {stain} out{f' of {thing[0]}' if thing[0] else ''}?"
    m = _OUT.fullmatch(text)
    said = m and (m["dirt"] or m["stain"] or "tẩy" in m[0] or "giặt" in m[0])
    if not said or bool(m["will"]) != ("?" in m["end"]):
        return None  # ("Vết này có ra không?": a mark on the skin?)
    if m["will"]:
        return f"Will {_stain_en(m)} {_WILL[keyed(m['will'])]} out?"
    return capitalised(f"{_stain_en(m)} won't {_WONT[keyed(m['wont'])]} out.")


def _whose_vi(m: re.Match, det: str, named: str) -> str | None:
    """Whose of a det word and a name of a match in English (groups `det`, `named`) in Vietnamese: " của tôi", " của
    mẹ tôi"; "" for "the"; None for "this", "these"."""
    if m[named]:
        said = someone(m[named], "en")
        return said and f" của {said}"
    det = m[det].lower()
    return "" if det == "the" else None if det in ("this", "these") else f" của {WHOSE_VI[det]}"


def _cloth_vi(m: re.Match, own: tuple[str, ...] = ()) -> tuple[str, bool] | None:
    """The thing of a match of _CLOTH_EN in Vietnamese, and whether English says it as many: ("cái áo này", False),
    ("quần jean của tôi", True), ("quần áo", True) for "the clothes"; whose left out where it is one of `own`; None
    where "this" or "these" does not go with the thing, or for "the shirt"."""
    said = "clothes" if m["clothes"] else m["thing"].lower()
    vi, many, det = ("quần áo" if m["clothes"] else CLOTHES_VI[said]), said in _MANY, (m["cdet"] or "").lower()
    if det in ("this", "these"):
        one = "" if m["clothes"] or vi.startswith("bộ") else "cái "
        return (f"{one}{vi} này", many) if (det == "these") == many else None
    whose = _whose_vi(m, "cdet", "cnamed")
    if whose is None or det == "the" and not m["clothes"]:
        return None
    return f"{vi}{'' if det and det in own else whose}", many


def _stain_vi(text: str) -> str | None:
    """"How do I get this stain out?" as "Làm sao để tẩy vết bẩn này?", "The coffee stain won't come out." as "Vết cà
    phê không tẩy được.", "Will that stain come out?" as "Vết bẩn đó có tẩy được không?" (_HOW_EN, _OUT_EN); None
    for anything else."""
    m = _HOW_EN.fullmatch(text) or _OUT_EN.fullmatch(text)
    if not m:
        return None
    det, many = (m["sdet"] or "").lower(), m["s"] == "stains"
    if many != (not det) or many and m.re == _OUT_EN or m.re == _OUT_EN and det in ("a", "an"):
        return None
    near = {"this": " này", "that": " đó"}.get(det, "")
    stain = f"vết {STAINS_VI[m['stain'].lower()] if m['stain'] else 'bẩn'}{near}"
    if m.re == _HOW_EN:
        if (m["verb"] == "get") != bool(m["out"]) or m["prep"] and (m["prep"] == "of") != bool(m["out"]):
            return None
        thing = _cloth_vi(m) if m["prep"] else ("", False)
        return thing and f"Làm sao để tẩy {stain}{f' trên {thing[0]}' if thing[0] else ''}?"
    if bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["wont"]):
        return None
    wash = m["verb"] == "wash"
    if m["q"]:
        return capitalised(f"{stain} có {'giặt ra' if wash else 'tẩy'} được không?")
    return capitalised(f"{stain} {'giặt không ra' if wash else 'không tẩy được'}.")


def _iron_vi(text: str) -> str | None:
    """"Where's the iron?" as "Bàn là ở đâu?", "The iron is broken." as "Bàn là bị hỏng.", "Do you have an iron?" as
    "Bạn có bàn là không?", "Is there an iron in the room?" as "Trong phòng có bàn là không?", "Can I borrow your
    iron?" as "Tôi có thể mượn bàn là của bạn không?"; None for anything else, and where "does", "has" does not agree
    with who."""
    if m := _WHERE_EN.fullmatch(text):
        whose = None if m["keep"] else _whose_vi(m, "det", "named")
        return "Bạn để bàn là ở đâu?" if m["keep"] else whose is not None and f"Bàn là{whose} ở đâu?" or None
    if (m := _BROKEN_EN.fullmatch(text)) and bool(m["q"]) != bool(m["be"]) and bool(m["q"]) == ("?" in m["end"]):
        this = (m["det"] or "").lower() == "this"
        iron = "bàn là này" if this else (w := _whose_vi(m, "det", "named")) is not None and f"bàn là{w}"
        return iron and capitalised(f"{iron} có bị hỏng không?" if m["q"] else f"{iron} bị hỏng.")
    if (m := _HAVE_EN.fullmatch(text)) and bool(m["q"]) == ("?" in m["end"]):
        who_, one = who_vi(m)
        do = (m["q"] or m["not"] or "").lower()
        if (do.startswith("does") if do else m["have"] == "has") != one or do and m["have"] == "has":
            return None
        return capitalised(f"{who_} có bàn là không?" if m["q"] else f"{who_} {'không ' * bool(m['not'])}có bàn là.")
    if m := _THERE_EN.fullmatch(text):
        place = {"": "", "here": "Ở đây ", "in the room": "Trong phòng ", "in my room": "Phòng tôi ",
                 "in this room": "Phòng này "}[" ".join((m["place"] or "").split())]
        return f"{place}{'c' if place else 'C'}ó bàn là không?"
    if (m := _BORROW_EN.fullmatch(text)) and (m["det"] or "the").lower() != "this":
        whose = _whose_vi(m, "det", "named") if m["det"] or m["named"] else ""
        return whose is not None and f"{'Tôi' if m['me'] == 'I' else 'Chúng tôi'} có thể mượn bàn là{whose} không?" \
            or None
    return None


def _burnt_vi(text: str) -> str | None:
    """"The iron burnt my shirt." as "Bàn là làm cháy áo của tôi rồi.", "I burnt my shirt with the iron." as "Tôi ủi
    cháy áo rồi.", "My father burnt his suit with the iron." as "Bố tôi ủi cháy bộ vest rồi." (_BURNT_EN); None for
    anything else."""
    m = _BURNT_EN.fullmatch(text)
    if not m or bool(m["iron"]) == bool(m["ironing"]):
        return None
    if m["iron"]:
        thing = _cloth_vi(m)
        return thing and f"Bàn là làm cháy {thing[0]} rồi."
    who_, _ = who_vi(m)
    # whose that is who's own is left out, as Vietnamese says it ("Bố tôi ủi cháy bộ vest rồi."; "của anh ấy" would
    # read as another's): a pronoun's own, kin's "his" or "her", and either after a name or kin of neither ("Lan")
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    thing = _cloth_vi(m, (own,) if own else ("his", "her"))
    return thing and capitalised(f"{who_} ủi cháy {thing[0]} rồi.")


def _needs(state: str, aux: str, many: bool, m: re.Match) -> bool:
    """Whether "shrank", "needs ironing" or "need ironing" of a match of _STATE_EN agrees with what is said before it
    (`aux`, "does" or "do" asked or with "not") and the thing (`many`): "This shirt needs ironing.", "Does it need
    ironing?", "These jeans don't need ironing."; not "This shirt need ironing."."""
    if state != "need ironing":
        return not (aux or m["not"]) and (state == "shrank" or not many)
    if not aux:
        return many and not m["not"]
    return aux == ("do" if many else "does") and bool(m["q"]) != bool(m["not"])


def _state_vi(text: str) -> str | None:
    """"My shirt is all creased." as "Áo của tôi nhăn hết rồi.", "My sweater shrank in the wash." as "Áo len của tôi
    bị co lại khi giặt.", "My jeans have faded." as "Quần jean của tôi bị phai màu rồi.", "The colour ran in the
    wash." as "Bị ra màu khi giặt.", "There's a coffee stain on my shirt." as "Áo của tôi bị dính vết cà phê.",
    "This shirt needs ironing." as "Cái áo này cần ủi." (_STATE_EN, _RAN_EN, _STAINED_EN); None for anything else,
    and where "is", "has", "needs" does not agree with the thing."""
    if m := _RAN_EN.fullmatch(text):
        thing = _cloth_vi(m) if m["clothes"] or m["thing"] else ("", False)
        return thing and (f"{capitalised(thing[0])} giặt bị ra màu." if thing[0] else "Bị ra màu khi giặt.")
    if m := _STAINED_EN.fullmatch(text):
        det = (m["sdet"] or "").lower()
        # ("a" or "an" as the next word sounds: not "an stain", "a ink stain")
        agrees = det == a_or_an(m["stain"] or m["s"])
        thing = agrees and m["s"] == "stain" and not (m["me"] and m["cdet"] != "my") and _cloth_vi(m)
        stain = STAINS_VI[m["stain"].lower()] if m["stain"] else "bẩn"
        return thing and capitalised(f"{thing[0]} bị dính vết {stain}.")
    m = _STATE_EN.fullmatch(text)
    if not m or (thing := _cloth_vi(m)) is None or bool(m["q"] and m["aux"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    (said, many), state = thing, " ".join(m["state"].split())
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("’", "'").split())
    kind = {"creased": "be", "wrinkled": "be", "crumpled": "be", "shrunk": "have", "faded": "have"}.get(state, "")
    forms = {"be": (("is", "'s"), ("are", "'re")), "have": (("has", "'s"), ("have", "'ve"))}
    if m["adv"] and kind != "be" or m["not"] and kind == "have" or m["wash"] and not state.startswith("shr"):
        return None
    if kind and aux not in forms[kind][many] or m["q"] and m["adv"] or not kind and not _needs(state, aux, many, m):
        return None
    adv, ask = (m["adv"] or "").strip(), bool(m["q"])
    if kind == "be":
        done = "nhăn hết rồi" if adv == "all" else "nhăn quá" if adv else f"{'không ' * bool(m['not'])}bị nhăn"
        return capitalised(f"{said} có bị nhăn không?" if ask else f"{said} {done}.")
    if state.startswith("need"):
        return capitalised(f"{said} có cần ủi không?" if ask else f"{said} {'không ' * bool(m['not'])}cần ủi.")
    said_vi = "bị co lại" if state.startswith("shr") else "bị phai màu"
    wash = " khi giặt" if m["wash"] else "" if state == "shrank" else " rồi"
    if ask:
        return capitalised(f"{said} có {said_vi}{' khi giặt' * bool(m['wash'])} không?")
    return capitalised(f"{said} {said_vi}{wash}.")
