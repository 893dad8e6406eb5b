"""Laundry, both ways, written whole by rule: clothes dry or still wet, washed, ironed, folded, put in the washing
machine, the washing brought in or hung out. v8 reads "khô" as anything, "là"/"ủi" as being or getting, "máy giặt" as
a washcloth, the washing as a towel: "Quần áo khô chưa?" → "Is it dry?", "Quần áo khô rồi." → "Wash the shirt dry.",
"Bạn cất quần áo vào được không?" → "Can you store clothes?", "Tôi đã rút quần áo vào rồi." → "I drew clothes.",
"Cho nó vào máy giặt." → "Give it to the washcloth.", "Tôi đang là áo sơ mi." → "I'm shirting.", "Bạn đã giặt quần
bò của tôi chưa?" → "Would you wash my beef?", "Tôi gấp quần áo rồi." → "I'm folding clothes."; and back, "I hung the
washing out." → "Tôi aggressive giằng tay.", "Can you bring the washing in?" → "Bạn có thể mang khăn mặt không?", "The
washing is still wet." → "Việc rửa tay vẫn còn ướt.", "I need to do the laundry." → "Tôi cần phải làm laundry.", "Put
it in the washing machine." → "Đặt nó vào máy rửa tay.", "I'm ironing my shirt." → "Tôi đang sắt áo.", "Have you
washed my jeans?" → "Bạn đã rửa quần áo của mình chưa?".

Taken: the clothes ("quần áo"; "the washing", "the laundry"), or a thing of CLOTHES (mt.outfits' that are washed)
alone, with whose (mt.terms.OWNERS, mt.hobbies.SOMEONE) or "này", dry yet, dry now, still wet, not dry yet, asked
("… có khô không?"); who (mt.hobbies.WHO, WHO_EN) washes, irons, folds a thing or the clothes, puts it in the washing
machine, brings the washing in or hangs it out ("hang the washing out" in English only), with "đang", "đã", "rồi",
"vừa", "sẽ", "phải", "cần", "chưa" (not yet), "… chưa?" (have you … yet?), asked with "Bạn (có thể) … (giúp tôi) được
không?" (can you), and told ("Rút quần áo vào đi."); who needs to do the laundry or the ironing ("cần"). A thing
without whose is who's own ("Tôi đang ủi áo sơ mi." → "I'm ironing my shirt."), and so is one "của mình" ("Cô ấy
đang ủi váy của mình." → "She's ironing her dress."; the speaker's after "tôi" or "bạn", friends' "mình").
Left: the chores of mt/chores.py ("giặt quần áo", "phơi quần áo", "do the laundry", "hang out the washing" … with
"đang", "đã", "phải", asked, offered), a plain verb ("Tôi giặt áo.": a habit or now), a day or time, "đồ" alone (any
thing), "nó" and "it" dry or wet (paint? hair?), who by name alone with a thing of their own (his or hers?), "anh",
"chị", "em" alone saying it (mt.hobbies.who), the washing machine broken (mt/broken.py), washing oneself
(mt/washing.py), tidying clothes away (mt/tidying.py), what one wears (mt/outfits.py), the rest.
mt.phrasebook.translate tries these after mt/opening_hours.py.

    >>> translate("Quần áo khô chưa?", "vi", "en"), translate("Can you bring the washing in?", "en", "vi")
    ('Are the clothes dry yet?', 'Bạn có thể rút quần áo vào được không?')
"""
from __future__ import annotations

import re

from .chores import CHORES, CHORES_VI
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed, present

# the clothes that go in the wash (not shoes or a hat), and which of them English says as many ("are")
_UNWASHED = {"shoes", "sandals", "trainers", "sneakers", "hat", "outfit"}
CLOTHES = {vi: en for vi, en in OUTFITS.items() if en not in _UNWASHED}
CLOTHES_VI = {en: vi for en, vi in OUTFITS_VI.items() if en not in _UNWASHED}
_MANY = {"trousers", "jeans", "shorts"}
# the laundry chores of mt/chores.py, taken here only with "cần" (need to), which chores does not read
_NEEDED = {vi: en for vi, en in CHORES.items() if en in ("do the laundry", "do the ironing", "hang out the washing")}
_NEEDED_VI = {en: vi.replace("là", "ủi") for en, vi in CHORES_VI.items() if vi in ("giặt quần áo", "là quần áo",
                                                                                   "phơi quần áo")}
# the verbs, and the forms of the English ("-s", past and participle, "-ing"); "ủi" is written, not "là" (to be)
_VERBS = {"giặt": "wash", "là": "iron", "ủi": "iron", "gấp": "fold", "xếp": "fold", "cho": "put", "bỏ": "put",
          "rút": "bring", "thu": "bring", "cất": "bring"}
_VERBS_VI = {"wash": "giặt", "iron": "ủi", "fold": "gấp", "put": "cho", "bring": "rút", "hang": "phơi"}
_FORMS = {"wash": ("washes", "washed", "washing"), "iron": ("irons", "ironed", "ironing"),
          "fold": ("folds", "folded", "folding"), "put": ("puts", "put", "putting"),
          "bring": ("brings", "brought", "bringing"), "hang": ("hangs", "hung", "hanging")}
_FORM_OF = {form: (verb, {kind for kind, said in zip(("base", "s", "past", "ing"), (verb, *forms)) if said == form})
            for verb, forms in _FORMS.items() for form in (verb, *forms)}  # ("put": the base and the past)
_TAILS = {"put": " in the washing machine", "bring": " in", "hang": " out"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quần|\báo|váy|đầm|giặt|ủi)"),
         "en": lazy(r"(?i:wash|laundry|\biron|fold|\bhung|\bhang|brought|bring|\bput|\bdry|wet|clothes)")}

# the thing ("quần áo", "áo sơ mi của tôi", "quần bò của mẹ tôi", "cái váy này", "nó")
_OBJ = (rf"(?:(?P<it>nó)|(?P<clothes>(?i:quần\s+áo))|(?:(?:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(CLOTHES)})))"
        rf"(?:\s+của\s+(?:(?P<owner>(?i:{alternatives(OWNERS)}))|(?P<someone>{SOMEONE}))|\s+(?P<this>này))?")
_DOING = (rf"(?P<verb>(?i:giặt|là|ủi|gấp|xếp|cho|bỏ|rút|thu|cất))\s+{_OBJ}(?P<machine>\s+vào\s+máy\s+giặt)?"
          r"(?P<into>\s+vào)?")
_AUX = r"(?:(?P<aux>đang|đã|vừa\s+mới|vừa|mới|sẽ|phải|cần|chưa|có\s+thể)\s+)?"
_FOR_ME = r"(?:\s+(?:giúp|hộ|giùm)\s+(?P<me>tôi))?"
_SAID = lazy(rf"{WHO}\s+{_AUX}{_DOING}{_FOR_ME}(?:\s+(?P<done>rồi))?(?:\s+(?P<can>được))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
_TOLD = lazy(rf"(?:(?P<please>hãy)\s+)?{_DOING}{_FOR_ME}(?:\s+(?P<go>đi))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
_NEED = lazy(rf"{WHO}\s+(?P<ask>có\s+)?cần\s+(?P<chore>(?i:{alternatives(_NEEDED)}))(?:\s+(?P<asked>không))?"
             rf"{SOFTENED_END}")
# dry or wet ("Quần áo khô chưa?", "Quần áo vẫn còn ướt.", "Áo sơ mi của tôi có khô không?")
_STATE = lazy(rf"{_OBJ}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<not>chưa)\s+|(?P<ask>có)\s+|đã\s+)?"
              rf"(?P<state>khô|ướt)(?:\s+(?P<tail>rồi|chưa|không))?{SOFTENED_END}")

# ... and in English ("the washing", "my clothes", "my mother's shirt", "these jeans", "it")
_OBJ_EN = (rf"(?:(?P<it>it)|(?:(?i:the)\s+)?(?P<washing>washing|laundry)|(?:(?P<det>(?i:the|this|these|{WHOSE_WORDS}))|"
           rf"(?P<named>{SOMEONE_EN})['’]s)\s+(?:(?P<clothes>clothes)|(?P<thing>(?i:{alternatives(CLOTHES_VI)}))))")
_DOING_EN = (rf"(?P<verb>(?i:{alternatives(_FORM_OF)}))(?P<in0>\s+in)?\s+{_OBJ_EN}"
             r"(?P<tail>\s+in(?:to)?\s+the\s+washing\s+machine|\s+in|\s+out)?")
_AUX_EN = (r"(?P<aux>['’](?:m|re|s|ve|ll)|\s+(?:am|is|are|have|has|will|haven['’]t|hasn['’]t)|"
           r"\s+(?:have|has|need|needs)\s+to)?")
_SAID_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Can|Could)\s+)?{WHO_EN}{_AUX_EN}(?P<adv>\s+already|\s+just|\s+please)?"
                rf"\s+{_DOING_EN}(?P<me>\s+for\s+me)?(?P<yet>\s+yet)?(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<please>please)\s+)?{_DOING_EN}(?P<me>\s+for\s+me)?(?:,?\s+please)?\s*(?P<end>[.!]*)")
_NEED_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<need>needs?)\s+to\s+"
                rf"(?P<chore>(?i:{alternatives(_NEEDED_VI)}))\s*(?P<end>[.!?]*)")
_BE_EN = r"(?P<be>\s+is|\s+are|['’]s|['’]re)"
_STATE_EN = lazy(rf"{_OBJ_EN}(?P<still>\s+still)?{_BE_EN}(?P<not>\s+not|n['’]t)?(?P<still2>\s+still)?"
                 r"\s+(?P<state>dry|wet)(?P<when>\s+yet|\s+now)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<be>Is|Are)\s+{_OBJ_EN}\s+(?P<state>dry|wet)(?P<yet>\s+yet)?\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether clothes are dry or wet, who washes, irons, folds
    them, puts them in the washing machine or brings the washing in, or tells someone to; None for any other."""
    if src == "vi":
        return _state(text) or _said(text) or _told(text) or _need(text)
    return _state_vi(text) or _said_vi(text) or _told_vi(text) or _need_vi(text)


def _obj(m: re.Match, own: str | None, mine: str | None = "my") -> tuple[str, bool] | None:
    """The thing of a match of _OBJ in English, and whether English says it as many: ("the clothes", True), ("my
    shirt", False) for "áo sơ mi của tôi", ("my mother's jeans", True), ("this dress", False), ("it", False); a thing
    without whose is `own`'s ("his shirt"), or "the" for `own` "", and one "của mình" is `mine`'s (_mine); None where
    the one of these it needs is None, or for "nó" of someone's."""
    if m["it"]:
        return None if m["owner"] or m["someone"] or m["this"] else ("it", False)
    said = "clothes" if m["clothes"] else CLOTHES[keyed(m["thing"])]
    many = said in _MANY or said == "clothes"
    if m["this"]:
        return f"{'these' if many else 'this'} {said}", many
    if m["owner"] or m["someone"]:
        whose = (mine if keyed(m["owner"]) == "mình" else OWNERS[keyed(m["owner"])]) if m["owner"] else (
            named := someone(m["someone"], "vi")) and f"{named}'s"
    else:
        whose = "the" if m["clothes"] or own == "" else own  # ("the clothes": all of them, the house's)
    return (f"{whose} {said}", many) if whose else None


def _own(m: re.Match, who_: str) -> str | None:
    """Whose a thing is when who of a match of WHO (`who_`, English) says it of their own: "my" for "I", "her" for
    "mẹ tôi"; None for someone by name."""
    return EN_WHOSE.get(who_) or (his_her(m["kin"]) if m["kin"] else None)


def _mine(m: re.Match, who_: str) -> str | None:
    """Whose "của mình" is after who of a match of WHO (`who_`, English): "my" after "I" or "you" (the speaker, as
    friends say "mình"), else who's own, as mt.terms' _whose reads it ("Cô ấy đang ủi váy của mình." → "her dress":
    one washes and irons one's own); None for someone by name."""
    return "my" if who_ in ("I", "you") else _own(m, who_)


def _doing(m: re.Match, own: str | None, mine: str | None = "my") -> tuple[str, str, str] | None:
    """The English verb of a match of _DOING and what follows it: ("iron", "my shirt", ""), ("put", "it", " in the
    washing machine"), ("bring", "the washing", " in"); None where the words do not go together ("giặt … vào", "cho áo",
    "là nó"), or for "giặt quần áo" and "là quần áo" (mt/chores.py's chores)."""
    verb = _VERBS[keyed(m["verb"])]
    bring, put = verb == "bring", verb == "put"
    if bool(m["machine"]) != put or bool(m["into"]) != bring or bring and not m["clothes"] or put and m["into"]:
        return None
    if keyed(m["verb"]) == "là" and m["it"] or verb in ("wash", "iron") and m["clothes"] and not (
            m["owner"] or m["someone"]):
        return None
    if bring:
        return None if m["owner"] or m["someone"] or m["this"] else ("bring", "the washing", " in")
    thing = _obj(m, own, mine)
    return (verb, thing[0], _TAILS.get(verb, "")) if thing else None


def _said(text: str) -> str | None:
    """"Tôi đang ủi áo sơ mi." as "I'm ironing my shirt.", "Bạn đã giặt quần bò của tôi chưa?" as "Have you washed
    my jeans yet?", "Bạn rút quần áo vào giúp tôi được không?" as "Can you bring the washing in for me?" (_SAID); None
    for anything else, and for a plain verb."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    aux = keyed(m["aux"] or "")
    aux, can = {"mới": "vừa", "vừa mới": "vừa"}.get(aux, aux), m["can"] or aux == "có thể"
    if can:
        ok = who_ == "you" and m["asked"] == "không" and not m["done"] and aux in ("", "có thể")
        doing = ok and _doing(m, "my" if m["me"] else "")  # ("giúp tôi": my shirt)
        return f"Can you {doing[0]} {doing[1]}{doing[2]}{' for me' * bool(m['me'])}?" if doing else None
    if m["me"] or (doing := _doing(m, _own(m, who_), _mine(m, who_))) is None:
        return None
    verb, thing, tail = doing
    _, done, ing = _FORMS[verb]
    have = "has" if one else "have"
    if asked:
        ok = m["asked"] == "chưa" and aux in ("", "đã") and not m["done"]
        return f"{have.capitalize()} {who_} {done} {thing}{tail} yet?" if ok else None
    if m["done"] and aux not in ("", "đã"):
        return None
    said = {"đang": f"{be(who_)} {ing}", "đã": f"{have} already {done}" if m["done"] else done,
            "": f"{have} already {done}" if m["done"] else None, "vừa": f"{have} just {done}", "sẽ": f"will {verb}",
            "phải": f"{have} to {verb}", "cần": f"{'needs' if one else 'need'} to {verb}",
            "chưa": f"{have}n't {done}"}[aux]
    yet = " yet" if aux == "chưa" else ""
    return capitalised(contracted(who_, f"{said} {thing}{tail}{yet}.")) if said else None


def _told(text: str) -> str | None:
    """"Rút quần áo vào đi." as "Bring the washing in.", "Cho nó vào máy giặt." as "Put it in the washing machine.",
    "Hãy gấp quần áo đi." as "Fold the clothes." (_TOLD); None for anything else, and for washing or ironing told
    without "hãy" or "đi" ("Là áo sơ mi." is "It's a shirt.")."""
    m = _TOLD.fullmatch(text[:1].lower() + text[1:])
    if not m or (doing := _doing(m, "")) is None or not (m["please"] or m["go"] or doing[0] in ("put", "bring")):
        return None
    return f"{doing[0].capitalize()} {doing[1]}{doing[2]}{' for me' * bool(m['me'])}{'!' if '!' in m['end'] else '.'}"


def _need(text: str) -> str | None:
    """"Tôi cần giặt quần áo." as "I need to do the laundry.", "Bạn có cần ủi quần áo không?" as "Do you need to do
    the ironing?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    chore, (who_, one) = _NEEDED[keyed(m["chore"])], said
    return present(who_, one, "need", f"to {chore}", asked)


def _state(text: str) -> str | None:
    """"Quần áo khô chưa?" as "Are the clothes dry yet?", "Quần áo vẫn còn ướt." as "The clothes are still wet.",
    "Áo sơ mi của tôi chưa khô." as "My shirt isn't dry yet.", "Quần áo khô rồi." as "The clothes are dry now."
    (_STATE); None for anything else, and for "nó"."""
    m = _STATE.fullmatch(text)
    if not m or m["it"] or (thing := _obj(m, "")) is None:
        return None
    said, many = thing
    be_, dry, tail, asked = "are" if many else "is", m["state"] == "khô", m["tail"], "?" in m["end"]
    if asked != (tail in ("chưa", "không")) or bool(m["ask"]) != (tail == "không") or asked and m["still"]:
        return None
    if tail == "chưa":
        return f"{be_.capitalize()} {said} dry yet?" if dry and not m["not"] else None
    if asked:
        return f"{be_.capitalize()} {said} {'dry' if dry else 'wet'}?"
    if tail == "rồi":
        return capitalised(f"{said} {be_} dry now.") if dry and not (m["not"] or m["still"]) else None
    if m["not"] and dry:
        return capitalised(f"{said} still {be_}n't dry." if m["still"] else f"{said} {be_}n't dry yet.")
    return capitalised(f"{said} {be_} still wet.") if m["still"] and not (dry or m["not"]) else None


def _obj_vi(m: re.Match, own: str = "") -> tuple[str, bool] | None:
    """The thing of a match of _OBJ_EN in Vietnamese, and whether English says it as many: ("quần áo", True) for
    "the washing", ("áo của bạn", False) for "your shirt", ("quần jean này", True) for "these jeans", ("nó",
    False); whose left out where it is `own` (the speaker's, or "you"'s, said of themselves); None where "this" or
    "these" does not go with the thing ("this jeans")."""
    if m["it"] or m["washing"]:
        return ("nó", False) if m["it"] else ("quần áo", m["washing"] is None)
    thing = (m["clothes"] or m["thing"]).lower()
    vi, many = (("quần áo", True) if m["clothes"] else (CLOTHES_VI[thing], thing in _MANY))
    det = (m["det"] or "").lower()
    if det in ("this", "these"):
        return (f"{vi} này", many) if (det == "these") == many else None
    whose = WHOSE_VI.get(det) if det != own else None
    whose = someone(m["named"], "en") if m["named"] else whose
    return (f"{vi} của {whose}" if whose else vi), many


def _doing_vi(m: re.Match, own: str = "") -> tuple[str, str] | None:
    """The English verb's form ("base", "s", "past", "ing") and what is done in Vietnamese, of a match of _DOING_EN:
    ("ing", "ủi áo"), ("base", "rút quần áo vào"), ("past", "phơi quần áo"); None where the words do not go
    together ("put it", "bring in it"), and for the chores of mt/chores.py ("wash the clothes")."""
    verb, kinds = _FORM_OF[m["verb"].lower()]
    tail = " ".join((m["tail"] or "").split())
    if (tail == "out") != (verb == "hang") or (tail.endswith("machine")) != (verb == "put") or bool(m["in0"]) and (
            verb != "bring" or tail) or verb == "bring" and not (m["in0"] or tail == "in") or tail == "in" and (
            verb != "bring"):
        return None
    if verb in ("bring", "hang") and not (m["washing"] or m["clothes"]) or verb in ("wash", "iron") and (
            m["washing"] or m["clothes"] and (m["det"] or "").lower() == "the"):
        return None
    thing = _obj_vi(m, own)
    if thing is None:
        return None
    done = f"{_VERBS_VI[verb]} {thing[0]}"
    return kinds, f"{done} vào máy giặt" if verb == "put" else f"{done} vào" if verb == "bring" else done


def _said_vi(text: str) -> str | None:
    """"I'm ironing my shirt." as "Tôi đang ủi áo.", "Have you washed my jeans?" as "Bạn đã giặt quần jean của
    tôi chưa?", "I hung the washing out." as "Tôi đã phơi quần áo.", "Can you bring the washing in?" as "Bạn có thể
    rút quần áo vào được không?" (_SAID_EN); None for anything else, and where the verb does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if (m["det"] or "").lower() in ("his", "her") and not m["who"]:
        return None  # ("My mother is ironing her dress.": hers, "của bà ấy", or another's?)
    own = "my" if m["q"] in ("Can", "Could") and m["me"] else {"tôi": "my", "bạn": "your", "chúng tôi": "our",
                                                                "anh ấy": "his", "cô ấy": "her", "họ": "their"}.get(
        who_, "")  # (Vietnamese leaves out whose a thing of who's own is: "Anh ấy đang ủi áo.")
    aux = " ".join((m["aux"] or "").replace("’", "'").split())
    adv, q = (m["adv"] or "").strip(), m["q"] or ""
    if not (said := _doing_vi(m, own)):
        return None
    kinds, doing = said
    if q in ("Can", "Could"):
        ok = who_ == "bạn" and not aux and adv in ("", "please") and "base" in kinds and not m["yet"]
        return (f"Bạn {doing} giúp tôi được không?" if m["me"] else f"Bạn có thể {doing} được không?") if ok else None
    if m["me"] or adv == "please":
        return None
    if q:
        has = q == "Has" if q != "Did" else one
        ok = not aux and ("base" if q == "Did" else "past") in kinds and not (q == "Did" and (adv or m["yet"]))
        return capitalised(f"{who_} đã {doing} chưa?") if ok and has == one and adv != "just" else None
    tense = _tense_vi(aux, kinds, adv, bool(m["yet"]), who_, one)
    return capitalised(f"{who_} {tense[0]} {doing}{tense[1]}{'!' if '!' in m['end'] else '.'}") if tense else None


def _tense_vi(aux: str, kinds: set[str], adv: str, yet: bool, who_: str, one: bool) -> tuple[str, str] | None:
    """The Vietnamese before and after what is done, by the English auxiliary said after who (`aux`), the forms
    the verb may be (`kinds`), "already" or "just" (`adv`) and "yet": ("đang", "") for "am ironing", ("đã", " rồi")
    for "have already washed", ("chưa", "") for "haven't washed"; None where they do not go together or do not agree
    with who (`who_`, `one`, as mt.hobbies.who_vi gives them: "She have", "I is ironing", "I put": now or then?)."""
    has = "has" if one else "have"
    if aux in ("'m", "'re", "am", "is", "are") or aux == "'s" and "ing" in kinds:
        ok = "ing" in kinds and be_said(aux) == be_of(who_, one) and not (adv or yet)
        return ("đang", "") if ok else None
    if ("past" if aux in ("", "'s", "'ve", "have", "has", "haven't", "hasn't") else "base") not in kinds or yet and (
            not aux.endswith("n't")) or adv and not aux or not aux and "base" in kinds and not one:  # ("I put")
        return None
    if aux.endswith("n't"):
        return ("chưa", "") if aux == f"{has}n't" and not adv else None
    if aux in ("'s", "'ve", "have", "has"):
        if {"'s": "has", "'ve": "have"}.get(aux, aux) != has:
            return None
        return ("vừa", "") if adv == "just" else ("đã", " rồi")
    said = {"": "đã", "'ll": "sẽ", "will": "sẽ", "have to": "phải", "has to": "phải", "need to": "cần",
            "needs to": "cần"}.get(aux)
    if aux in ("have to", "has to", "need to", "needs to") and aux.endswith("s to") != one:
        return None
    return (said, "") if said and not adv else None


def _told_vi(text: str) -> str | None:
    """"Bring the washing in." as "Rút quần áo vào đi.", "Put it in the washing machine." as "Cho nó vào máy giặt
    đi." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text[:1].lower() + text[1:])
    if not m or (said := _doing_vi(m, "your")) is None or "base" not in said[0]:
        return None
    return capitalised(f"{said[1]}{' giúp tôi' * bool(m['me'])} đi{'!' if '!' in m['end'] else '.'}")


def _need_vi(text: str) -> str | None:
    """"I need to do the laundry." as "Tôi cần giặt quần áo.", "Does he need to do the ironing?" as "Anh ấy có cần
    ủi quần áo không?" (_NEED_EN); None for anything else, and where "need" does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    if (m["q"] == "Does" if m["q"] else m["need"] == "needs") != one or m["q"] and m["need"] == "needs":
        return None
    chore = _NEEDED_VI[keyed(m["chore"])]
    return capitalised(f"{who_} có cần {chore} không?" if m["q"] else f"{who_} cần {chore}.")


def _state_vi(text: str) -> str | None:
    """"Are the clothes dry yet?" as "Quần áo khô chưa?", "The washing is still wet." as "Quần áo vẫn còn ướt.", "My
    shirt isn't dry yet." as "Áo của tôi chưa khô." (_STATE_EN, _ASKED_EN); None for anything else, "it", and
    where "is" or "are" does not agree with the thing."""
    m = _ASKED_EN.fullmatch(text) or _STATE_EN.fullmatch(text[:1].lower() + text[1:])
    if not m or m["it"] or (thing := _obj_vi(m)) is None or (be_said(m["be"]) == "are") != thing[1]:
        return None
    said, dry = thing[0], m["state"] == "dry"
    if m.re == _ASKED_EN:
        if m["yet"]:
            return capitalised(f"{said} khô chưa?") if dry else None
        return capitalised(f"{said} có {'khô' if dry else 'ướt'} không?")
    when, still = (m["when"] or "").strip(), m["still"] or m["still2"]
    if m["not"]:
        ok = dry and when != "now" and not (m["still2"] or still and when)
        return capitalised(f"{said} {'vẫn ' * bool(still)}chưa khô.") if ok else None
    if still or when == "yet":
        return capitalised(f"{said} vẫn còn ướt.") if m["still2"] and not dry and not when else None
    return capitalised(f"{said} khô rồi." if dry else f"{said} bị ướt." if not when else "") or None
