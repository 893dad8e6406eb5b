"""Small accidents with things, both ways, written whole by rule: something spilled (on something), broken, knocked
over or dropped, by whom, asked who did it, a thing said to be broken, and not having meant it. v8 reads "làm đổ" as
made or poured, "làm vỡ" now right, now not: "Tôi làm đổ cà phê lên áo." → "I poured coffee on my coat.", "Tôi vừa
làm đổ nước ra sàn." → "I made water out of the floor.", "Con tôi làm vỡ bình hoa." → "My child breaks the flower.",
"Cô ấy làm vỡ cái gương." → "She broken the mirror.", "Con mèo của tôi làm đổ bình hoa." (the cat: "The cat made
flowers."), "Tôi đánh rơi cái đĩa." → "I fell the disc.", "Bình hoa bị vỡ." → "The vaple was broken.", "Tôi không cố
ý làm vậy." → "I don't try to do that."; "I spilled coffee on my shirt." → "Tôi đã cốc cà phê vào áo phông.", "I broke
a glass." → "Tôi đã tách một ly.", "My son broke the vase." → "… làm cho cái va-li.", "I dropped my phone." → "Tôi ghé
điện thoại.", "He knocked over the vase." → "Anh ta gõ cửa đi lang thang.", "Who broke this?" → "Ai đã phá vỡ điều
này?", "I didn't do it on purpose." → "Tôi không làm điều đó.".

Taken: who (mt.hobbies.WHO, WHO_EN; "ai", who?) spilled a drink of LIQUIDS (on a thing of SURFACES: "lên áo", on
their own shirt, "ra sàn", on the floor), broke, knocked over or dropped a thing of BREAKABLE ("bình hoa", a vase;
"cốc nước", a glass of water; "màn hình điện thoại", a phone screen, cracked), "nó" (it) or "cái này" (this); just
("vừa"), almost ("suýt"), accidentally ("vô tình", "lỡ tay"), not ("không"), not meaning to ("không cố ý"), asked
("… có làm vỡ … không?", "Did …?", "Who …?"), after "Xin lỗi," (Sorry,); "I've broken …"; a thing of BREAKABLE broken
("Cái cốc bị vỡ rồi.", "Is the vase broken?"); who did not mean to (do that), and "It wasn't on purpose.". In English
a phone, a camera or a laptop dropped too ("Tôi đánh rơi điện thoại.", which v8 writes right, is left to it). Left: a
drink spilled with no one who spilled it ("Cà phê bị đổ"), things many ("mấy quả trứng"), a pet alone as who ("Con
mèo"), keys dropped (mt/keys.py), things lost or dropped by kin (mt/mishaps.py), a device broken (mt/broken.py), a
bone broken (mt/injuries.py), "Tôi không cố ý." and "I didn't mean to." (the phrasebook's), "It was an accident."
(v8 writes it right).
mt.phrasebook.translate tries these after mt/injuries.py.

    >>> translate("Tôi làm đổ cà phê lên áo.", "vi", "en"), translate("I broke a glass.", "en", "vi")
    ('I spilled coffee on my shirt.', 'Tôi làm vỡ một cái ly.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .broken import THINGS_VI
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi
from .people import KIN_VI
from .lazy_re import lazy
from .names import woman_named
from .patterns import SERVED, WORN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed

# what breaks (the first Vietnamese of each is written back: "cốc" a cup, "ly" a glass, as v8 has them right)
BREAKABLE = {"cốc": "cup", "ly": "glass", "tách": "cup", "bát": "bowl", "tô": "bowl", "đĩa": "plate",
             "bình hoa": "vase", "lọ hoa": "vase", "gương": "mirror", "cửa sổ": "window", "chai": "bottle",
             "ấm trà": "teapot", "trứng": "egg", "màn hình điện thoại": "phone screen"}
BREAKABLE_VI = {en: vi for vi, en in reversed(BREAKABLE.items())} | {"mug": "cốc", "dish": "đĩa"}
_TIPPED = {"cup", "glass", "mug", "bowl", "vase", "bottle", "teapot"}  # what is knocked over
_UNDROPPED = {"window", "phone screen"}
_CLASS = {"egg": "quả", "window": "", "phone screen": ""}  # classifier before it ("quả trứng"); else "cái"
_CLASS_A = {"window": "ô"}  # ... after "một" ("một ô cửa sổ")
# (English only: what else falls from a hand; "điện thoại" dropped is v8's and mt/mishaps.py's)
DROPPED_VI = {en: THINGS_VI[en] for en in ("phone", "camera", "laptop")}
# what is spilled (drinks of mt.patterns.SERVED, and a few more)
_DRINKS = {"water", "orange juice", "coffee", "tea", "iced tea", "beer", "wine", "milk", "black coffee", "milk coffee",
           "bubble tea", "smoothie"}
LIQUIDS = {vi: en for vi, en in SERVED.items() if en in _DRINKS} | {
    "nước ép": "juice", "nước hoa quả": "juice", "canh": "soup", "súp": "soup", "mực": "ink", "sơn": "paint"}
LIQUIDS_VI = {en: vi for vi, en in reversed(LIQUIDS.items())}
_HOT = {"coffee", "tea", "black coffee", "milk coffee"}  # "a cup of", not "a glass of"
# what it is spilled on (clothes of mt.patterns.WORN, and the rest); whose it is said or the spiller's (_OWNED)
SURFACES = WORN | {"áo sơ mi": "shirt", "bàn": "table", "sàn": "floor", "sàn nhà": "floor", "thảm": "carpet",
                   "ghế sofa": "sofa", "sofa": "sofa", "giường": "bed", "bàn phím": "keyboard", "laptop": "laptop",
                   "máy tính xách tay": "laptop", "điện thoại": "phone"}
SURFACES_VI = {en: vi for vi, en in reversed(SURFACES.items())} | {"pants": "quần", "rug": "thảm", "couch": "ghế sofa"}
_OWNED = set(WORN.values()) | {"keyboard", "laptop", "phone", "phone screen"}
# what is done, in English (base, past) and in Vietnamese
_ACTS = {"break": ("break", "broke", "làm vỡ"), "crack": ("crack", "cracked", "làm vỡ"), "drop": ("drop", "dropped",
         "đánh rơi"), "spill": ("spill", "spilled", "làm đổ"), "knock": ("knock over", "knocked over", "làm đổ")}
# ... and each English form of it: the act, and which form it is (base, past, participle)
_FORMS = {"break": ("break", "b"), "broke": ("break", "p"), "broken": ("break", "n"), "crack": ("crack", "b"),
          "cracked": ("crack", "pn"), "spill": ("spill", "b"), "spilled": ("spill", "pn"), "spilt": ("spill", "pn"),
          "knock": ("knock", "b"), "knocked": ("knock", "pn"), "drop": ("drop", "b"), "dropped": ("drop", "pn")}
_KEYS = {"vi": lazy(r"(?i:vỡ|bể|đổ|rơi|cố\s+(?:ý|tình))"),
         "en": lazy(r"(?i:brok|break|spil|knock|drop|crack|purpose|mean)")}


def _owner(g: str) -> str:
    """Whose a thing is, after it, as groups g+"owner" (a pronoun) and g+"named" ("của mẹ tôi")."""
    return rf"(?:\s+(?:của\s+)?(?:(?P<{g}owner>(?i:{alternatives(OWNERS)}))|(?P<{g}named>{SOMEONE})))?"


_LIQUID = rf"(?P<liquid>(?i:{alternatives(LIQUIDS)})){_owner('l')}"
_THING = (rf"(?:(?P<a>(?i:một))\s+)?(?:(?i:cái|chiếc|quả|tấm|ô)\s+)?(?P<thing>(?i:{alternatives(BREAKABLE)}))"
          rf"(?:\s+(?P<filled>(?i:{alternatives(LIQUIDS)})))?{_owner('t')}(?P<this>\s+này)?")
_SURFACE = rf"\s+(?:lên|ra|vào|xuống)\s+(?P<surface>(?i:{alternatives(SURFACES)})){_owner('s')}"
# who did it ("Tôi vừa làm vỡ cái đĩa.", "Ai làm đổ nước ra sàn thế?", "Bạn có làm vỡ bình hoa không?")
_DONE = lazy(
    rf"(?:(?P<sorry>(?i:xin\s+lỗi))(?:\s+(?i:bạn|anh|chị|em))?\s*,\s*)?(?:(?P<anyone>[Aa]i)|(?P<isit>[Cc]ó\s+phải\s+)?"
    rf"{WHO})\s+(?:(?P<did>đã)\s+|(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<almost>suýt(?:\s+nữa)?(?:\s+thì)?)\s+|"
    r"(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<oops>vô\s+tình|lỡ\s+tay|lỡ)\s+|(?P<meant>không\s+cố\s+(?:ý|tình))\s+)?"
    rf"(?:làm|đánh)\s+(?P<verb>vỡ|bể|đổ|rơi)\s+(?:{_LIQUID}|{_THING}|(?P<it>nó)|cái\s+(?P<this1>này))(?:{_SURFACE})?"
    rf"(?:\s+(?:mất\s+)?rồi|\s+mất)?{ASKED_END}")
# a thing broken ("Cái cốc bị vỡ rồi.", "Bình hoa có bị vỡ không?")
_BROKEN = lazy(rf"{_THING}\s+(?:(?P<ask>có)\s+)?(?:đã\s+)?(?:bị\s+)?(?P<broke>vỡ|bể|nứt)(?:\s+(?:mất\s+)?rồi)?"
               rf"{ASKED_END}")
# not meant ("Tôi không cố ý làm vậy.", "Không phải cố ý đâu.")
_MEANT = lazy(rf"(?:{WHO}\s+(?:đã\s+)?không\s+cố\s+(?:ý|tình)(?P<that>\s+làm\s+(?:vậy|thế|như\s+vậy|điều\s+đó))?|"
              r"(?P<purpose>(?:[Đđ]ó\s+)?(?i:không\s+phải)\s+(?:là\s+)?cố\s+(?:ý|tình)))(?:\s+(?:đâu|mà))?"
              rf"{SOFTENED_END}")

# ... and in English ("a glass", "the vase", "my mother's cup", "a glass of water", "my coffee", "it")
_DET_EN = rf"(?:(?P<{{g}}det>(?i:an?|the|this|that|some|{WHOSE_WORDS}))\s+|(?P<{{g}}named>{SOMEONE_EN})['’]s\s+)"
_THING_EN = (rf"(?P<thing>(?i:{alternatives(BREAKABLE_VI | DROPPED_VI)}))"
             rf"(?:\s+of\s+(?P<filled>(?i:{alternatives(LIQUIDS_VI)})))?")
_OBJECT_EN = (rf"(?:{_DET_EN.format(g='o')}?(?:{_THING_EN}|(?P<liquid>(?i:{alternatives(LIQUIDS_VI)})))|"
              r"(?P<it>(?i:it|this|that)))")
_SURFACE_EN = (rf"\s+(?:on|onto|all\s+over|over)\s+{_DET_EN.format(g='s')}"
               rf"(?P<surface>(?i:{alternatives(SURFACES_VI)}))")
_DONE_EN = lazy(
    rf"(?:(?P<sorry>(?:I['’]m\s+)?[Ss]orry)\s*,\s*)?(?:(?P<anyone>Who)|(?:(?P<did>Did)\s+)?{WHO_EN})"
    r"(?:(?P<have>['’]ve|\s+have|['’]s|\s+has)|(?P<didnt>\s+didn['’]t|\s+did\s+not))?"
    r"(?P<adv>\s+just(?:\s+accidentally)?|\s+accidentally|\s+almost|\s+nearly|\s+mean\s+to)?"
    rf"\s+(?P<verb>(?i:{alternatives(_FORMS)}))(?P<over1>\s+over)?\s+{_OBJECT_EN}(?P<over2>\s+over)?"
    rf"(?:{_SURFACE_EN})?\s*(?P<end>[.!?]*)")
_BROKEN_EN = lazy(rf"(?:(?P<is>Is|Was)\s+{_DET_EN.format(g='o')}{_THING_EN}\s+(?P<broken>broken|cracked)\s*\?+|"
                  rf"{_DET_EN.format(g='s')}(?P<thing2>(?i:{alternatives(BREAKABLE_VI)}))\s+(?:(?P<be>is|was|"
                  r"['’]s|has\s+been|got)\s+)?(?P<broke>broken|broke|cracked)\s*[.!]*)")
_MEANT_EN = lazy(rf"(?:{WHO_EN}\s+(?:didn['’]t|did\s+not)\s+(?:mean\s+to(?P<that>\s+do\s+(?:that|it|this))?|"
                 r"(?P<that2>do\s+(?:it|that|this))\s+on\s+purpose)|(?P<purpose>It\s+(?:wasn['’]t|was\s+not)\s+"
                 r"on\s+purpose))\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who spilled, broke, knocked over or dropped something, that
    a thing is broken, or that it was not meant; None for any other."""
    if src == "vi":
        return _done(text) or _broken(text) or _meant(text)
    return _done_vi(text) or _broken_vi(text) or _meant_vi(text)


def _whose_en(m: re.Match, g: str) -> str | None:
    """Whose a thing is of _owner's groups, in English with its space ("my ", "my mother's "); "" for none said."""
    if m[f"{g}owner"]:
        return f"{OWNERS[keyed(m[f'{g}owner'])]} "
    return f"{someone(m[f'{g}named'], 'vi')}'s " if m[f"{g}named"] else ""


def _own_en(m: re.Match, said: str) -> str | None:
    """Whose of who of a match of WHO said in English as `said`: "my" for "I", "her" for "mẹ tôi"; None where
    English cannot say it ("Lan", "con tôi") or says it of many ("we": our shirts?)."""
    if m["who"]:
        return EN_WHOSE.get(said) if said not in ("we", "they") else None
    return his_her_of(m)


def _thing_en(m: re.Match, said: str, asked: bool) -> str | None:
    """The thing of _THING in English: "a vase", "this cup", "my mother's vase", "a glass of water", "my phone
    screen" (the spiller's); "the vase" asked; None for a phone screen whose owner English cannot say."""
    en = BREAKABLE[keyed(m["thing"])]
    if m["filled"]:
        drink = LIQUIDS[keyed(m["filled"])]
        en = f"{('cup' if drink in _HOT else 'glass') if en in ('cup', 'glass') else en} of {drink}"
    whose = _whose_en(m, "t")
    if m["this"] or m["a"]:
        return None if whose or m["this"] and m["a"] else f"this {en}" if m["this"] else f"{a_or_an(en)} {en}"
    if whose:
        return f"{whose}{en}"
    if en == "phone screen":
        own = _own_en(m, said)
        return own and f"{own} {en}"
    return f"{'the' if asked else a_or_an(en)} {en}"


def _act(m: re.Match, said: str, asked: bool) -> tuple[str, str] | None:
    """What was done and to what, in English: ("spill", "coffee on my shirt"), ("break", "a vase"), ("knock",
    "a glass of water"); None where the verb does not go with the thing ("làm vỡ nước", "làm đổ gương")."""
    verb, thing = keyed(m["verb"]), m["thing"] and BREAKABLE[keyed(m["thing"])]
    if verb in ("vỡ", "bể"):
        act = "crack" if thing == "phone screen" else "break" if thing and not m["filled"] or m["it"] or m["this1"] \
            else None
    elif verb == "rơi":
        act = "drop" if thing and not m["filled"] and thing not in _UNDROPPED else None
    else:
        act = "spill" if m["liquid"] or m["filled"] and m["surface"] else "knock" if thing in _TIPPED else None
    if act is None or m["surface"] and not (act == "spill" or act == "drop" and keyed(m["surface"]).startswith("sàn")):
        return None
    if m["liquid"]:
        obj = f"{_whose_en(m, 'l')}{LIQUIDS[keyed(m['liquid'])]}"
    else:
        obj = _thing_en(m, said, asked) if thing else "it" if m["it"] else "this"
    place = _surface_en(m, said) if m["surface"] else ""
    return None if obj is None or place is None else (act, f"{obj}{place}")


def _surface_en(m: re.Match, said: str) -> str | None:
    """Where it was spilled, in English: " on my shirt" (the spiller's unless said), " on the floor"."""
    en = SURFACES[keyed(m["surface"])]
    whose = _whose_en(m, "s").strip() or (_own_en(m, said) if en in _OWNED else "the")
    return whose and f" on {whose} {en}"


def _done(text: str) -> str | None:
    """"Tôi làm đổ cà phê lên áo." as "I spilled coffee on my shirt.", "Con tôi làm vỡ bình hoa." as "My child broke
    a vase.", "Ai làm vỡ cái này?" as "Who broke this?", "Bạn có làm vỡ bình hoa không?" as "Did you break the
    vase?" (_DONE); None for anything else, and for "Anh làm vỡ …" (the speaker?)."""
    m = _DONE.fullmatch(text)
    if not m:
        return None
    asked, question = bool(m["ask"] or m["isit"]), "?" in m["end"]
    if question != (asked or bool(m["anyone"])) or asked != bool(m["asked"]) or (m["anyone"] or asked) and (
            m["sorry"] or m["not"] or m["meant"] or m["almost"]) or m["meant"] and (m["just"] or m["oops"]) or \
            m["not"] and m["oops"]:
        return None
    found = ("Who", True) if m["anyone"] else who(m, asked)
    done = found and _act(m, found[0], question)
    if not done or m["sorry"] and found[0] not in ("I", "we"):
        return None
    said, (act, obj) = found[0], done
    base, past, _ = _ACTS[act]
    if act == "knock" and obj in ("it", "this"):
        base, past = f"knock {obj} over", f"knocked {obj} over"
    else:
        base, past = f"{base} {obj}", f"{past} {obj}"
    if asked:
        return f"Did {said} {base}?"
    if m["not"] or m["meant"]:
        return capitalised(f"{said} didn't {'mean to ' * bool(m['meant'])}{base}.")
    how = f"{'just ' * bool(m['just'])}{'almost ' * bool(m['almost'])}{'accidentally ' * bool(m['oops'])}"
    said = capitalised(f"{said} {how}{past}{'?' if question else '.'}")
    return f"Sorry, {said if said.startswith('I ') else said[0].lower() + said[1:]}" if m["sorry"] else said


def _broken(text: str) -> str | None:
    """"Cái cốc bị vỡ rồi." as "The cup is broken.", "Bình hoa có bị vỡ không?" as "Is the vase broken?",
    "Màn hình điện thoại của tôi bị vỡ." as "My phone screen is cracked." (_BROKEN); None for anything else."""
    m = _BROKEN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or m["a"] or m["filled"]:
        return None
    en = BREAKABLE[keyed(m["thing"])]
    whose = _whose_en(m, "t")
    if m["this"] and whose:
        return None
    thing = f"{'this ' if m['this'] else whose or 'the '}{en}"
    broken = "cracked" if en == "phone screen" or keyed(m["broke"]) == "nứt" else "broken"
    return f"Is {thing} {broken}?" if asked else capitalised(f"{thing} is {broken}.")


def _meant(text: str) -> str | None:
    """"Tôi không cố ý làm vậy." as "I didn't mean to do that.", "Không phải cố ý đâu." as "It wasn't on purpose."
    (_MEANT); None for anything else."""
    m = _MEANT.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if m["purpose"]:
        return "It wasn't on purpose."
    said = who(m, False)
    return said and capitalised(f"{said[0]} didn't mean to{' do that' * bool(m['that'])}.")


def _whose_vi(m: re.Match, g: str, own: set[str]) -> str | None:
    """Whose a thing is of _DET_EN's groups, in Vietnamese with its space (" của bạn"); "" for "the", and for whose
    among `own` (the doer's: "Tôi làm đổ cà phê lên áo."); None for "a", "this", "some" or nothing."""
    det = (m[f"{g}det"] or "").lower()
    if m[f"{g}named"]:
        return f" của {someone(m[f'{g}named'], 'en')}"
    if det == "the" or det in own:
        return ""
    return f" của {WHOSE_VI[det]}" if det in WHOSE_VI else None


def _object_vi(m: re.Match, own: set[str]) -> str | None:
    """The thing of _OBJECT_EN in Vietnamese: "một cái ly" (a glass), "cái bình hoa" (the vase), "cái ly này",
    "một ly nước", "cà phê" (my coffee, mine spilling it), "nó"; None for "a coffee", "some vase", "glass"."""
    det = (m["odet"] or "").lower()
    if m["it"]:
        return {"it": "nó", "this": "cái này", "that": "cái đó"}[m["it"].lower()]
    if m["liquid"]:
        whose = "" if det in ("", "some") else _whose_vi(m, "o", own)
        return None if whose is None else f"{LIQUIDS_VI[m['liquid'].lower()]}{whose}"
    en = keyed(m["thing"])
    vi = BREAKABLE_VI.get(en) or DROPPED_VI[en]
    kind = _CLASS.get(en, "" if en in DROPPED_VI else "cái")
    if m["filled"]:  # ("một ly nước", a glass of water)
        vi, kind = f"{vi} {LIQUIDS_VI[m['filled'].lower()]}", ""
    if det in ("a", "an"):
        kind = _CLASS_A.get(en, kind or "cái") if not m["filled"] else ""
        return " ".join(w for w in ("một", kind, vi) if w) if det == a_or_an(en) else None
    if det in ("this", "that"):
        return f"{kind or 'cái'} {vi} {'này' if det == 'this' else 'đó'}"
    whose = _whose_vi(m, "o", own)
    return None if whose is None else f"{kind} {vi}{whose}".strip()


def _agrees(m: re.Match, form: str, one: bool) -> bool:
    """Whether the verb's form goes with what is before it: the base after "did" and "didn't", the participle after
    "has" (said of one) or "have", the past else; "just", "accidentally" … only where English says them."""
    adv, have = " ".join((m["adv"] or "").split()), (m["have"] or "").strip().lower().replace("’", "'")
    need = "b" if m["did"] or m["didnt"] else "n" if have else "p"
    return need in form and not (
        m["did"] and adv or m["didnt"] and adv not in ("", "mean to") or not m["didnt"] and adv == "mean to" or
        have and (adv not in ("", "just", "accidentally") or (have in ("has", "'s")) != one) or
        m["anyone"] and (have or m["didnt"] or adv))


def _fits(m: re.Match, act: str) -> bool:
    """Whether the act goes with the thing: a thing of BREAKABLE broken (a phone screen cracked), a drink spilled,
    a cup or a vase knocked over ("knocked over the vase", "knocked it over"), a thing dropped."""
    thing = (m["thing"] or "").lower()
    if (act == "knock") != bool(m["over1"] or m["over2"]) or m["over1"] and m["over2"] or m["it"] and m["over1"]:
        return False
    if act in ("break", "crack"):
        return (thing in BREAKABLE_VI and not m["filled"] or bool(m["it"])) and (act == "crack") == (
            thing == "phone screen")
    if act == "spill":
        return bool(m["liquid"] or m["filled"])
    if act == "knock":
        return bool(thing in _TIPPED or m["filled"] or m["liquid"] or m["it"])
    return not (thing in _UNDROPPED or m["liquid"] or m["filled"])


def _done_vi(text: str) -> str | None:
    """"I spilled coffee on my shirt." as "Tôi làm đổ cà phê lên áo.", "I broke a glass." as "Tôi làm vỡ một cái
    ly.", "Who broke this?" as "Ai làm vỡ cái này?", "Did you break the vase?" as "Bạn có làm vỡ cái bình hoa
    không?" (_DONE_EN); None for anything else, where the verb's form does not go with "did", "has" or who, and
    where the act does not go with the thing ("broke the coffee", "broke my phone")."""
    m = _DONE_EN.fullmatch(text)
    if not m:
        return None
    act, form = _FORMS[m["verb"].lower()]
    who_, one = ("Ai", True) if m["anyone"] else who_vi(m)
    if bool(m["did"] or m["anyone"]) != ("?" in m["end"]) or not _agrees(m, form, one) or not _fits(m, act) or \
            m["sorry"] and who_ not in ("tôi", "chúng tôi"):
        return None
    pronoun = (m["who"] or "").lower()
    own = set() if m["anyone"] else {EN_WHOSE["I" if pronoun == "i" else pronoun]} if pronoun else _own_of(m)
    if {(m[f"{g}det"] or "").lower() for g in "os"} & {"his", "her"} - own and not (pronoun or m["kin"]):
        return None  # ("Lan spilled coffee on his laptop.": another's, or a man named Lan's own?)
    obj = _object_vi(m, own)
    place = _surface_vi(m, act, own) if m["surface"] else ""
    if obj is None or place is None:
        return None
    did, adv = _ACTS[act][2], " ".join((m["adv"] or "").split())
    if m["did"]:
        return capitalised(f"{who_} có {did} {obj}{place} không?")
    how = {"": "", "just": "vừa ", "accidentally": "vô tình ", "almost": "suýt ", "nearly": "suýt ",
           "just accidentally": "vừa vô tình ", "mean to": "cố ý "}[adv]
    done = " rồi" * bool(m["have"] and not how)
    end = "?" if m["anyone"] else "."
    said = capitalised(f"{who_} {'không ' * bool(m['didnt'])}{how}{did} {obj}{place}{done}{end}")
    return f"Xin lỗi, {said[0].lower()}{said[1:]}" if m["sorry"] else said


def _own_of(m: re.Match) -> set[str]:
    """The whose of the doer's own things for a doer by kin or by name (WHO_EN): the kin's "his" or "her" ("My
    mother … her laptop"; "his" is another's; either for a friend), a woman's name's "her" (mt.names.woman_named);
    none for another name."""
    if m["kin"]:
        said = his_her(KIN_VI[m["kin"].lower()])
        return {said} if said else {"his", "her"}  # ("My friend … his laptop": the friend's, most likely)
    return {"her"} if woman_named(m["given"]) else set()


def _surface_vi(m: re.Match, act: str, own: set[str]) -> str | None:
    """Where it was spilled, in Vietnamese: " lên áo" (the doer's), " lên áo của bạn", " ra sàn" (spilled), " xuống
    sàn" (dropped); None where it does not go with the act ("broke a glass on the table")."""
    vi = SURFACES_VI[m["surface"].lower()]
    floor = SURFACES[vi] == "floor"
    whose = _whose_vi(m, "s", own) if act == "spill" or act == "drop" and floor else None
    return None if whose is None else f" {'lên' if not floor else 'ra' if act == 'spill' else 'xuống'} {vi}{whose}"


def _broken_vi(text: str) -> str | None:
    """"The vase broke." as "Cái bình hoa bị vỡ.", "The glass is broken." as "Cái ly bị vỡ rồi.", "Is the vase
    broken?" as "Cái bình hoa có bị vỡ không?" (_BROKEN_EN); None for anything else ("The vase is broke.")."""
    m = _BROKEN_EN.fullmatch(text)
    g = "o" if m and m["is"] else "s"
    if not m or m["is"] and (m["filled"] or m["thing"].lower() not in BREAKABLE_VI):
        return None
    det, en = (m[f"{g}det"] or "").lower(), (m["thing"] or m["thing2"]).lower()
    be = (m["be"] or "").lower().replace("’", "'")
    if det in ("a", "an", "some") or not m["is"] and (m["broke"] == "broke") == bool(be):
        return None
    whose = "" if det in ("this", "that") else _whose_vi(m, g, set())
    if whose is None:
        return None
    thing = f"{_CLASS.get(en, 'cái')} {BREAKABLE_VI[en]}{whose}".strip() + {"this": " này", "that": " đó"}.get(det, "")
    if m["is"]:
        return capitalised(f"{thing} có bị vỡ không?")
    return capitalised(f"{thing} bị vỡ{' rồi' * (be in ('is', chr(39) + 's', 'has been'))}.")


def _meant_vi(text: str) -> str | None:
    """"I didn't do it on purpose." as "Tôi không cố ý làm vậy.", "She didn't mean to." as "Cô ấy không cố ý.", "It
    wasn't on purpose." as "Không phải cố ý đâu." (_MEANT_EN); None for anything else."""
    m = _MEANT_EN.fullmatch(text)
    if not m:
        return None
    if m["purpose"]:
        return "Không phải cố ý đâu."
    return capitalised(f"{who_vi(m)[0]} không cố ý{' làm vậy' * bool(m['that'] or m['that2'])}.")
