"""Smells, both ways, written whole by rule: what's that smell, something smells bad or stinks, a dish, a room, clothes
or perfume that smells good, bad, musty or of something, said, denied or asked, and who can smell something. v8 (rules
on) reads "mùi" as vacant, "thơm" as a poem, "ngửi thấy" as past and "smells" as a plural noun: "Mùi gì thế?" → "What
is the vacant?", "Cái gì bốc mùi vậy?" → "What is smelly?", "Bếp có mùi cá." → "Your boss has a fish smell.", "Phòng
này có mùi ẩm mốc." → "This room tastes the milestone.", "Nước hoa của bạn thơm quá." → "Your water is too poem.",
"Tôi ngửi thấy mùi ga." → "I smelled gadge.", "Hôi quá!" → "The day is too!"; "Something smells bad." → "Một số mùi
nào đó xấu.", "The kitchen smells of fish." → "Những mùi nhà bếp của cá.", "This room stinks." → "Lò phòng này nằm
trong phòng.", "I can smell gas." → "Tôi có thể mùi hôi.", "Your perfume smells nice." → "Mùi mùi thơm của bạn tốt.",
"What stinks?" → "Bụng mắt cá là gì?".

Taken: "Mùi gì thế?" ("What's that smell?"), with what it is like ("Mùi gì khét thế?"), "Cái gì bốc mùi vậy?", "Cái gì
thơm thế?"; "Có mùi gì hôi quá.", "Có cái gì bốc mùi."; a smell there ("Có mùi ga.", "Có mùi lạ.", asked); a thing
(THINGS: mt.tastes.DISHES, mt.tidying.PLACES, mt.outfits.OUTFITS, perfume, the fridge, rubbish …; "nó", "cái này", "cái
đó"; the, this, that or whose, mt.terms.OWNERS but "mình") that smells of something (SCENTS: smoke, gas, fish, rubbish,
sweat, burning … and mt.tastes.LIKE), or is ODOURS (bad, strange, musty, damp, fishy, burnt, nice), said, denied or
asked, smells good ("thơm"), stinks ("hôi", "bốc mùi") or stinks of something ("nồng nặc mùi"); "Hôi quá!"; who
(mt.hobbies.WHO, WHO_EN) can or cannot smell something, said or asked ("Bạn có ngửi thấy mùi khói không?"). Left: the
family table's "Thơm quá!", "Món này thơm quá.", "It smells good." (mt/mealtimes.py), people and pets that smell, smells
past ("Tôi đã ngửi thấy …"), "hơi" ("a bit"), "thối" (gone off: mt/supplies.py), "Can I smell it?" (leave to sniff),
"stinks" of it, this or that ("That stinks!": unfair) and "fishy" of it, this or something (suspicious), "smells like"
anything but SCENTS, and anything else.
mt.phrasebook.translate tries these after mt/luggage.py.

    >>> translate("Bếp có mùi cá.", "vi", "en"), translate("Something smells bad.", "en", "vi")
    ('The kitchen smells of fish.', 'Có mùi gì hôi quá.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .patterns import WORN_IN_PAIRS
from .rule_keys import key_checked
from .tastes import DISHES, DISHES_VI, LIKE, LIKE_VI
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed, stop
from .tidying import PLACES, PLACES_VI

# what a smell is of (the first Vietnamese of each is written back), and what a dish tastes like (mt.tastes.LIKE)
_OF = {"khói": "smoke", "ga": "gas", "khí ga": "gas", "gas": "gas", "cá": "fish", "rác": "rubbish", "mồ hôi": "sweat",
       "khét": "burning", "thuốc lá": "cigarettes", "khói thuốc": "cigarette smoke", "khói thuốc lá": "cigarette smoke",
       "rượu": "alcohol", "bia": "beer", "sơn": "paint", "nước hoa": "perfume", "tỏi": "garlic", "xăng": "petrol",
       "nước mắm": "fish sauce"}
SCENTS = _OF | {vi: en for vi, en in LIKE.items() if vi not in _OF}
SCENTS_VI = LIKE_VI | {en: vi for vi, en in reversed(_OF.items())} | {
    "garbage": "rác", "trash": "rác", "cigarette smoke": "khói thuốc", "something burning": "khét"}
# what a smell is like, as English says it after "smells" (the first Vietnamese of each is written back)
ODOURS = {"hôi": "bad", "lạ": "strange", "ẩm mốc": "musty", "mốc": "musty", "ẩm": "damp", "tanh": "fishy",
          "khét": "burnt", "thơm": "nice"}
ODOURS_VI = {en: vi for vi, en in reversed(ODOURS.items())} | {
    "funny": "lạ", "weird": "lạ", "odd": "lạ", "burning": "khét", "awful": "hôi", "terrible": "hôi", "horrible": "hôi",
    "disgusting": "hôi"} | {good: "thơm" for good in ("good", "lovely", "great", "amazing", "wonderful", "delicious")}
_STRONG = {"awful", "terrible", "horrible", "disgusting"}  # ("hôi quá": worse than "có mùi hôi", bad)
_A_SMELL = {"nice": "lovely", "burnt": "burning"}  # ("a lovely smell", "a burning smell")
# what smells: a dish or drink, a place, clothes, and more (the first Vietnamese of each is written back)
_MORE = {"nước hoa": "perfume", "tủ lạnh": "fridge", "rác": "rubbish", "thùng rác": "bin", "tóc": "hair",
         "quần áo": "clothes", "tất": "socks", "vớ": "socks", "khăn": "towel"}
THINGS = DISHES | PLACES | OUTFITS | _MORE
THINGS_VI = ({en.lower(): vi for vi, en in reversed(_MORE.items())} | OUTFITS_VI | PLACES_VI | DISHES_VI |
             {"kitchen": "bếp"})
_WHOSE = {vi: en for vi, en in OWNERS.items() if vi != "mình"}  # ("mình": my or our)
_MANY = WORN_IN_PAIRS | {"jeans", "shorts", "trainers", "socks", "clothes"}  # ("these shoes smell")
_FEET = {"shoes", "sandals", "trainers", "socks"}  # ("đôi giày này"; other clothes "cái áo này")
_CLOTHES = set(OUTFITS.values()) | {"socks"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mùi|thơm|\bhôi|ngửi)"), "en": lazy(r"(?i:smell|stink)")}

# what smells ("nó", "cái này", "canh này", "phòng tôi", "đôi giày của bạn"), and what it does
_THING = (rf"(?:(?P<it>nó)|(?P<pointed>cái\s+(?:này|đó))|(?:(?:cái|chiếc|đôi|bát|tô|căn|món)\s+)?"
          rf"(?P<thing>{alternatives(THINGS)})(?:\s+(?P<near>này|đó)|(?:\s+của)?\s+"
          rf"(?P<owner>{alternatives(_WHOSE)}))?)")
_VERY = r"(?:\s+(?P<very>quá|lắm|ghê))?"
_SMELLS = lazy(rf"(?i:(?:{_THING}\s+)?(?:(?P<has>(?:(?P<not>không|chẳng)\s+)?có\s+mùi(?:\s+(?:"
               rf"(?P<odd>{alternatives(ODOURS)})|(?P<scent>{alternatives(SCENTS)})|(?P<any>gì(?:\s+cả)?)))?)|"
               r"(?:(?P<rat>rất)\s+)?(?P<fair>thơm|hôi)|"
               rf"(?P<reeks>bốc\s+mùi|(?:nồng\s+nặc|sặc)\s+mùi)(?:\s+(?P<of>{alternatives(SCENTS)}))?)"
               rf"{_VERY}){ASKED_END}")
# "Mùi gì thế?", "Mùi gì khét thế?", "Cái gì bốc mùi vậy?", "Cái gì thơm thế?"
_WHAT = lazy(rf"(?i:(?:có\s+)?mùi\s+gì(?:\s+(?P<odd>{alternatives(ODOURS)}))?|cái\s+gì\s+(?P<does>bốc\s+mùi|"
             r"hôi|thơm))\s+(?:thế|vậy)(?:\s+(?:nhỉ|ạ))?\s*\?+")
# "Có mùi gì hôi quá.", "Có cái gì bốc mùi."
_SOME = lazy(rf"(?i:có\s+(?:mùi\s+gì(?:\s+đó)?\s+(?P<odd>{alternatives(ODOURS)})|cái\s+gì(?:\s+đó)?\s+"
             rf"(?:đang\s+)?(?P<reeks>bốc\s+mùi)){_VERY}){SOFTENED_END}")
# who smells something ("Tôi ngửi thấy mùi ga.", "Bạn có ngửi thấy mùi khói không?", "Tôi không ngửi thấy gì cả.")
_SENSE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chẳng)\s+)?(?i:ngửi\s+(?:thấy|được)\s+(?:mùi\s+)?"
              rf"(?:(?P<scent>{alternatives(SCENTS)})|(?P<that>đó|này)|(?P<some>gì\s+đó)|(?P<any>gì(?:\s+cả)?)))"
              rf"{ASKED_END}")

# ... and in English
_ADJ = r"(?P<odd>[a-z]+)"  # (looked up in ODOURS_VI)
_SUBJ_EN = (rf"(?:(?P<it>it|this|that)|(?P<det>the|this|these|that|those|{WHOSE_WORDS})\s+"
            rf"(?P<thing>{alternatives(THINGS_VI)}))")
_SMELLS_EN = lazy(rf"(?:(?P<do>does|do)\s+)?{_SUBJ_EN}(?:\s+(?P<not>doesn['’]t|don['’]t|does\s+not|do\s+not))?"
                  r"(?:\s+(?P<really>really))?\s+(?P<verb>smells?|stinks?)(?:\s+(?:of|like)\s+(?:"
                  rf"(?P<scent>{alternatives(SCENTS_VI)})|(?P<any>anything))|\s+(?:(?P<deg>really|so|very)\s+)?"
                  rf"{_ADJ})?\s*(?P<end>[.!?]*)", re.IGNORECASE)
_WHAT_EN = lazy(rf"What(?:['’]s|\s+is)\s+that(?:\s+{_ADJ})?\s+(?:smell|stink)\s*\?+|What\s+(?:(?P<stinks>stinks)|"
                r"smells\s+(?:(?:so|really)\s+)?(?P<fair>[a-z]+))\s*\?+", re.IGNORECASE)
_SOME_EN = lazy(r"Something\s+(?:(?P<really>really\s+)?(?P<stinks>stinks)|smells\s+"
                rf"(?:(?P<deg>really|so|very)\s+)?{_ADJ})\s*(?P<end>[.!]*)", re.IGNORECASE)
_THERE_EN = lazy(rf"(?:(?P<is>Is)\s+there|There(?:['’]s|\s+is))\s+an?\s+(?:{_ADJ}\s+smell|smell\s+of\s+"
                 rf"(?P<scent>{alternatives(SCENTS_VI)}))\s*(?P<end>[.!?]*)", re.IGNORECASE)
_SENSE_EN = lazy(rf"(?:(?P<can0>Can|Do|Does)\s+)?{WHO_EN}(?:\s+(?P<can>can)|\s+(?P<cant>can['’]t|cannot|"
                 rf"can\s+not))?\s+(?P<verb>smells?)\s+(?:(?P<scent>{alternatives(SCENTS_VI)})|(?P<that>that|it)|"
                 r"(?P<some>something)|(?P<any>anything))\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a smell (see the module's docstring); None for any other."""
    if src == "vi":
        return _what(text) or _some(text) or _smells(text) or _sense(text)
    return _what_vi(text) or _some_vi(text) or _there_vi(text) or _smells_vi(text) or _sense_vi(text)


def _what(text: str) -> str | None:
    """"Mùi gì thế?" as "What's that smell?", "Mùi gì khét thế?" as "What's that burning smell?", "Cái gì bốc mùi
    vậy?" as "What's that smell?", "Cái gì thơm thế?" as "What smells so good?" (_WHAT); None for anything else."""
    if not (m := _WHAT.fullmatch(text)):
        return None
    does = keyed(m["does"] or "")
    if does in ("thơm", "hôi"):
        return f"What smells so {'good' if does == 'thơm' else 'bad'}?"
    odd = ODOURS[keyed(m["odd"])] if m["odd"] else ""
    odd = {"bad": "awful"}.get(odd, _A_SMELL.get(odd, odd))
    return f"What's that {odd} smell?" if odd else "What's that smell?"


def _some(text: str) -> str | None:
    """"Có mùi gì hôi quá." as "Something smells really bad.", "Có cái gì bốc mùi." as "Something stinks." (_SOME);
    None for anything else."""
    if not (m := _SOME.fullmatch(text)) or "?" in m["end"]:
        return None
    really = "really " if m["very"] else ""
    if m["reeks"]:
        return f"Something {really}stinks{stop(m['end'])}"
    odd = ODOURS[keyed(m["odd"])]
    return f"Something smells {really}{'good' if odd == 'nice' else odd}{stop(m['end'])}"


def _subject(m: re.Match) -> tuple[str, bool, bool] | None:
    """What smells of a match of _THING in English, whether it is many, and whether it is eaten ("the kitchen",
    "these shoes", "your perfume", "this soup", "it"); None where nothing is said."""
    if m["it"] or m["pointed"]:
        return ("it" if m["it"] else "this" if keyed(m["pointed"]).endswith("này") else "that"), False, True
    if not m["thing"]:
        return None
    en = THINGS[keyed(m["thing"])]
    many, near = en in _MANY, keyed(m["near"] or "")
    det = (_WHOSE[keyed(m["owner"])] if m["owner"] else ("these" if many else "this") if near == "này" else
           ("those" if many else "that") if near else "the")
    return f"{det} {en}", many, keyed(m["thing"]) in DISHES


def _smells(text: str) -> str | None:
    """"Bếp có mùi cá." as "The kitchen smells of fish.", "Nó có mùi khói không?" as "Does it smell of smoke?", "Phòng
    này hôi quá." as "This room really stinks.", "Có mùi ga." as "There's a smell of gas." (_SMELLS); None for
    anything else."""
    m = _SMELLS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (asked or m["not"]) and (m["very"] or not m["has"]) or m["rat"] and (
            m["very"]) or m["any"] and bool(m["not"]) == asked:
        return None
    subject, end = _subject(m), stop(m["end"])
    if subject is None:
        return _there(m, asked, end)
    said, many, eaten = subject
    s, do = ("", "Do") if many else ("s", "Does")
    really = "really " if m["very"] or m["rat"] else ""
    if m["fair"] or m["reeks"]:
        if keyed(m["fair"] or "") == "thơm":
            return capitalised(f"{said} smell{s} {'so ' if m['very'] else really}{'good' if eaten else 'nice'}{end}")
        if keyed(m["reeks"] or "").startswith(("nồng", "sặc")) and not m["of"]:
            return None
        of = f" of {SCENTS[keyed(m['of'])]}" if m["of"] else ""
        return capitalised(f"{said} {really}stink{s}{of}{end}")
    odd = ODOURS[keyed(m["odd"])] if m["odd"] else ""
    scent = SCENTS[keyed(m["scent"])] if m["scent"] else "burning" if odd == "burnt" and not eaten else ""
    what = (f" of {scent}" if scent else " of anything" if m["any"] else
            f" {really}{'good' if odd == 'nice' and eaten else odd}" if odd else "")
    if m["very"] and not odd:
        return None
    if asked:
        return f"{do} {said} smell{what}?"
    return capitalised(f"{said} {'don' if many else 'doesn'}'t smell{what}{end}" if m["not"] else
                       f"{said} smell{s}{what}{end}")


def _there(m: re.Match, asked: bool, end: str) -> str | None:
    """A match of _SMELLS with nothing said smelling: "Có mùi ga." as "There's a smell of gas.", "Có mùi lạ." as
    "There's a strange smell.", "Có mùi khói không?" as "Is there a smell of smoke?", "Hôi quá!" as "It really
    stinks!"; None for anything else."""
    if not m["has"]:
        stinks = keyed(m["fair"] or "") == "hôi" or keyed(m["reeks"] or "") == "bốc mùi" and not m["of"]
        return f"It really stinks{end}" if stinks and m["very"] else None
    if m["scent"] and not m["very"]:
        said = f"a smell of {SCENTS[keyed(m['scent'])]}"
        return f"Is there {said}?" if asked else f"There's {'no' + said[1:] if m['not'] else said}{end}"
    if not m["odd"] or m["not"]:
        return None
    odd = ODOURS[keyed(m["odd"])]
    said = f"a {'really ' if m['very'] else ''}{_A_SMELL.get(odd, odd)} smell"
    return f"Is there {said}?" if asked else f"There's {said}{end}"


def _sense(text: str) -> str | None:
    """"Tôi ngửi thấy mùi ga." as "I can smell gas.", "Bạn có ngửi thấy mùi khói không?" as "Can you smell smoke?",
    "Tôi không ngửi thấy gì cả." as "I can't smell anything." (_SENSE); None for anything else, and for who asking
    of themselves."""
    m = _SENSE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or m["ask"] and not asked:
        return None
    who_ = said[0]
    scent = SCENTS[keyed(m["scent"])] if m["scent"] else ""
    if asked:
        if m["not"] or who_ in ("I", "we"):
            return None
        what = "something burning" if scent == "burning" else scent or ("that" if m["that"] else "anything")
        return f"Can {who_} smell {what}?"
    if m["not"]:
        what = scent or ("it" if m["that"] else "anything" if m["any"] else "")
    else:
        what = "something burning" if scent == "burning" else scent or ("it" if m["that"] else
                                                                          "something" if m["some"] else "")
    can = "can't" if m["not"] else "can"
    return capitalised(f"{who_} {can} smell {what}{stop(m['end'])}") if what else None


def _what_vi(text: str) -> str | None:
    """"What's that smell?" as "Mùi gì thế?", "What's that burning smell?" as "Mùi gì khét thế?", "What stinks?" as
    "Cái gì bốc mùi thế?", "What smells so good?" as "Cái gì thơm thế?" (_WHAT_EN); None for anything else."""
    if not (m := _WHAT_EN.fullmatch(text)):
        return None
    if m["stinks"]:
        return "Cái gì bốc mùi thế?"
    if m["fair"]:
        odd = ODOURS_VI.get(m["fair"].lower())
        return f"Cái gì {odd} thế?" if odd in ("thơm", "hôi") else None
    odd = ODOURS_VI.get(m["odd"].lower()) if m["odd"] else ""
    return None if odd is None else f"Mùi gì {odd} thế?" if odd else "Mùi gì thế?"


def _some_vi(text: str) -> str | None:
    """"Something smells bad." as "Có mùi gì hôi quá.", "Something stinks." as "Có cái gì bốc mùi.", "Something
    smells burnt." as "Có mùi khét." (_SOME_EN); None for anything else, and "smells fishy" (suspicious)."""
    if not (m := _SOME_EN.fullmatch(text)):
        return None
    very, end = " quá" if m["really"] or m["deg"] else "", stop(m["end"])
    if m["stinks"]:
        return f"Có cái gì bốc mùi{very}{end}"
    odd = ODOURS_VI.get(m["odd"].lower())
    if odd is None or odd == "tanh":
        return None
    very = " quá" if odd in ("thơm", "hôi") else very  # ("Có mùi gì hôi quá.": said as it is felt)
    return f"Có mùi {'' if odd == 'khét' else 'gì '}{odd}{very}{end}"


def _there_vi(text: str) -> str | None:
    """"There's a smell of gas." as "Có mùi ga.", "There's a strange smell." as "Có mùi lạ.", "Is there a smell of
    smoke?" as "Có mùi khói không?" (_THERE_EN); None for anything else."""
    m = _THERE_EN.fullmatch(text)
    if not m or bool(m["is"]) != ("?" in m["end"]):
        return None
    odd = (m["odd"] or "").lower()
    said = SCENTS_VI[keyed(m["scent"])] if m["scent"] else ODOURS_VI.get(odd)
    if said is None or m["is"] and odd in _STRONG:
        return None
    return f"Có mùi {said}{' quá' * (odd in _STRONG)}{' không?' if m['is'] else stop(m['end'])}"


def _subject_vi(m: re.Match) -> tuple[str, bool] | None:
    """What smells of a match of _SUBJ_EN in Vietnamese, and whether it is many ("bếp", "đôi giày này", "nước hoa của
    bạn", "nó"); None where "this" or "these" does not go with it ("these shirt")."""
    if m["it"]:
        return {"it": "nó", "this": "cái này", "that": "cái đó"}[m["it"].lower()], False
    en, det = keyed(m["thing"]), m["det"].lower()
    vi, many = THINGS_VI[en], en in _MANY
    if det == "the":
        return vi, many
    if det not in ("this", "that", "these", "those"):
        return f"{vi} của {WHOSE_VI[det]}", many
    if (det in ("these", "those")) != many:
        return None
    kind = "đôi " if en in _FEET else "cái " if en in _CLOTHES and not vi.startswith(("bộ", "quần áo")) else ""
    return f"{kind}{vi} {'này' if det in ('this', 'these') else 'đó'}", many


def _smells_vi(text: str) -> str | None:
    """"The kitchen smells of fish." as "Bếp có mùi cá.", "Does it smell of smoke?" as "Nó có mùi khói không?", "This
    room stinks." as "Phòng này bốc mùi.", "Your perfume smells nice." as "Nước hoa của bạn thơm quá." (_SMELLS_EN);
    None for anything else, and where the verb does not agree with what smells."""
    m = _SMELLS_EN.fullmatch(text)
    if not m or (subject := _subject_vi(m)) is None:
        return None
    said, many = subject
    asked, verb, aux = "?" in m["end"], m["verb"].lower(), " ".join((m["do"] or m["not"] or "").lower().split())
    agrees = (aux.startswith("does") != many and verb in ("smell", "stink")) if aux else verb.endswith("s") != many
    odd = ODOURS_VI.get(m["odd"].lower()) if m["odd"] else ""
    if not agrees or asked != bool(m["do"]) or m["do"] and m["not"] or (asked or m["not"]) and (
            m["deg"] or m["really"]) or m["really"] and (m["scent"] or m["any"] or odd) or m["any"] and not (
            asked or m["not"]) or odd is None or odd == "tanh" and m["it"] or verb.startswith("stink") and (
            odd or m["any"] or m["it"] or m["scent"] and (asked or m["not"])):  # ("That stinks!": unfair)
        return None
    ask, end = (" không?", "?") if asked else ("", stop(m["end"]))
    no = "không " if m["not"] else ""
    if m["scent"]:
        scent = SCENTS_VI[keyed(m["scent"])]
        has = "nồng nặc" if verb.startswith("stink") else f"{no}có"
        return capitalised(f"{said} {has} mùi {scent}{ask or end}")
    if m["any"]:
        return capitalised(f"{said} không có mùi gì cả{end}" if m["not"] else f"{said} có mùi gì không?")
    if odd == "thơm":
        return None if m["not"] else capitalised(f"{said} {'có thơm không?' if asked else 'thơm quá' + end}")
    if odd:
        very = " quá" if m["deg"] or m["odd"].lower() in _STRONG else ""
        if very and (no or asked):
            return None
        return capitalised(f"{said} {no}{'' if odd == 'hôi' and very else 'có mùi '}{odd}{very}{ask or end}")
    if m["really"]:
        return capitalised(f"{said} hôi quá{end}")
    return capitalised(f"{said} {no}{'bốc mùi' if verb.startswith('stink') else 'có mùi'}{ask or end}")


def _sense_vi(text: str) -> str | None:
    """"I can smell gas." as "Tôi ngửi thấy mùi ga.", "Can you smell smoke?" as "Bạn có ngửi thấy mùi khói không?",
    "I can't smell anything." as "Tôi không ngửi thấy gì cả." (_SENSE_EN); None for anything else, "Can I smell
    it?" (leave to sniff), and where "smells" does not agree with who."""
    m = _SENSE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, verb, can0 = "?" in m["end"], m["verb"].lower(), (m["can0"] or "").lower()
    plain = not (can0 or m["can"] or m["cant"])  # ("I smell smoke.")
    if asked != bool(can0) or can0 and (m["can"] or m["cant"] or who_ in ("tôi", "chúng tôi") or can0 != "can" and (
            can0 == "does") != one) or verb != ("smells" if plain and one else "smell") or plain and (
            m["that"] or m["any"]):
        return None
    what = (f"mùi {SCENTS_VI[keyed(m['scent'])]}" if m["scent"] else "mùi đó" if m["that"] else
            "mùi gì" if asked or m["any"] else "mùi gì đó")
    if asked:
        return capitalised(f"{who_} có ngửi thấy {what} không?")
    if m["cant"]:
        return None if m["some"] else capitalised(f"{who_} không ngửi thấy {'gì cả' if m['any'] else what}"
                                                  f"{stop(m['end'])}")
    return None if m["any"] else capitalised(f"{who_} ngửi thấy {what}{stop(m['end'])}")
