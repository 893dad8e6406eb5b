"""Knitting, sewing and embroidery as skills and things knitted, both ways, written whole by rule. v8 reads "đan" as
passion or diversity, "may" as luck, "thêu" as good, "máy khâu" as stitches: "Tôi biết đan len." → "I know
passionate.", "Bạn có biết may không?" → "Do you know that you might?", "Tôi đang học may." → "I'm learning luck.",
"Chị tôi đang học thêu." → "She's learning to porno.", "Bà tôi đan cho tôi một cái khăn." → "My grandfather gave me a
towel.", "Tôi nhờ mẹ khâu lại cái áo." → "I thank you to the mother to sew the shirt.", "Bạn có máy khâu không?" →
"Do you have stitches?"; "Can you sew?" → "Bạn có thể bị nhiễm trùng không?", "I can knit." → "Tôi có thể khẳng
định." (affirm), "She's learning to sew." → "Cô ấy đang học bã nhờn." (sebum), "My grandmother knitted me a scarf." →
"Bà tôi khẳng định tôi một vết sẹo.", "She knits sweaters for her grandchildren." → "Cô ấy quẹt mồ hôi cho cháu trai
của mình.", "My mother has a sewing machine." → "Mẹ tôi có máy chứa bã nhờn.".

Taken: who (mt.hobbies.WHO, WHO_EN) can or can't knit, crochet, sew, embroider or use a sewing machine, said or asked
("biết đan len", "Can you sew?", "Do you know how to knit?"); is learning, wants to learn or has just started learning
to; knitted, has just (finished) knitted, is knitting, will knit, wants to knit, can knit (asked) someone a thing of
_KNITTED ("một cái khăn", "một đôi găng tay", "cái áo len này"), or knits them often or sometimes (SELDOM) for someone
or for his or her grandchildren (a grandparent's: "Bà tôi"); who knitted this one, asked; asked (đã, sẽ) someone ("mẹ"
alone after "tôi": my mum) to sew a thing of mt.outfits.OUTFITS back up or mend it; has or hasn't a sewing machine, said
or asked. Left: a plain "đan" without "một" or a classifier ("Bà tôi đan khăn cho tôi.": one, or many, or a habit?),
or for "các cháu" now (one each?), "các cháu" of anyone but a grandparent (nieces and nephews?), who again as whom
("Mẹ tôi đan cho mẹ tôi …"), "nhờ bạn" said (a friend?), "Can I sew?" (may I?), "mend her shirt" (whose?), "móc"
(hooks and hangs as well), things sewn or made (mt/mending.py), mending said alone (mt/mending.py), "thích đan len" and
"đan len mỗi tối" (mt/hobbies.py), how well (neither taken), "anh", "chị", "em" alone saying it (mt.hobbies.who).
mt.phrasebook.translate tries these after mt/fishing.py.

    >>> translate("Tôi biết đan len.", "vi", "en"), translate("She knits sweaters for her grandchildren.", "en", "vi")
    ('I can knit.', 'Cô ấy đan áo len cho các cháu.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS
from .hobbies import SELDOM, SELDOM_VI, SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM_EN, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .outfits import OUTFITS, OUTFITS_VI
from .patterns import WORN_IN_PAIRS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import (ASKED_END, EN_OBJECT, EN_OBJECT_VI, EN_WHOSE, SOFTENED_END, WHOSE_OF, alternatives, be, capitalised,
                   contracted, keyed, present, progressive)

# what one can do or learn (the first Vietnamese of each is written back)
_CRAFTS = {"đan len": "knit", "đan": "knit", "móc len": "crochet", "may": "sew", "may vá": "sew", "khâu": "sew",
           "khâu vá": "sew", "thêu": "embroider", "thêu thùa": "embroider", "dùng máy khâu": "use a sewing machine",
           "dùng máy may": "use a sewing machine", "sử dụng máy khâu": "use a sewing machine"}
_CRAFTS_VI = {en: vi for vi, en in reversed(_CRAFTS.items())}
# what is knitted, and back; gloves and socks come in pairs ("một đôi găng tay"), and are many ("these gloves")
_KNITTED = {"khăn": "scarf", "khăn len": "scarf", "khăn quàng": "scarf", "khăn quàng cổ": "scarf", "áo len": "jumper",
            "mũ len": "woolly hat", "mũ": "hat", "găng tay": "gloves", "găng tay len": "gloves", "tất": "socks",
            "tất len": "socks", "vớ": "socks", "chăn": "blanket", "chăn len": "blanket"}
_KNITTED_VI = {"scarf": "khăn len", "jumper": "áo len", "sweater": "áo len", "woolly hat": "mũ len", "hat": "mũ len",
               "beanie": "mũ len", "gloves": "găng tay", "socks": "tất", "blanket": "chăn"}
_PLURALS = {"scarf": "scarves", "jumper": "jumpers", "sweater": "sweaters", "woolly hat": "woolly hats",
            "hat": "hats", "beanie": "beanies", "blanket": "blankets", "gloves": "gloves", "socks": "socks"}
_PLURALS_VI = {plural: _KNITTED_VI[en] for en, plural in _PLURALS.items()}
_PAIRS = {"gloves", "socks"}
# whom one knits for, of the knitter's own family ("cho các cháu": for her grandchildren; of a grandparent alone, for
# "các cháu" of anyone else may be nieces and nephews: _GRANDPARENTS)
_FAMILY = {"các cháu": "grandchildren", "các cháu của mình": "grandchildren", "các con": "children",
           "các con của mình": "children", "cả nhà": "the whole family"}
_GRANDPARENTS = {"bà", "ông"}  # (the kin of WHO: "Bà tôi", not "Bà Lan", Ms Lan)
_FAMILY_VI = {"grandchildren": "các cháu", "grandkids": "các cháu", "children": "các con", "kids": "các con"}
# what is sewn back up or mended: clothes, not shoes (a shoe is repaired)
_CLOTHES = {vi: en for vi, en in OUTFITS.items() if en not in {"shoes", "sandals", "trainers", "hat", "outfit"}}
_CLOTHES_VI = {en: vi for en, vi in OUTFITS_VI.items() if en in _CLOTHES.values()}
_MANY = WORN_IN_PAIRS | {"jeans", "shorts"}  # ("these trousers")
_OBJECT = EN_OBJECT  # (who again as whom: "I" and "me")
# kin said alone, the speaker's ("Tôi nhờ mẹ …": my mum), and back ("my mum", "Mum" asked by me: "mẹ")
_BARE_KIN = {"mẹ": "mum", "bố": "dad", "bà": "grandma", "vợ": "wife"}
_BARE_KIN_VI = {"mum": "mẹ", "mom": "mẹ", "mother": "mẹ", "dad": "bố", "father": "bố", "grandmother": "bà",
                "wife": "vợ"}
_KEYS = {"vi": lazy(r"(?i:đan|móc\s+len|may|khâu|thêu|vá)"), "en": lazy(r"(?i:knit|sew|crochet|embroider|mend)")}

_CRAFT = rf"(?P<craft>(?i:{alternatives(_CRAFTS)}))"
_CAN = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+|(?P<ask>có)\s+)?biết\s+{_CRAFT}{ASKED_END}")
_LEARNING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<aux>đang|muốn|(?:mới|vừa)\s+bắt\s+đầu)\s+học\s+{_CRAFT}{ASKED_END}")
# a thing knitted ("một cái khăn", "đôi găng tay này", "áo len"), and for whom ("cho tôi", "cho mẹ tôi", "cho các cháu")
_THING = (r"(?:(?P<a>một)\s+)?(?:(?P<cls>cái|chiếc|đôi)\s+)?"
          rf"(?P<thing>(?i:{alternatives(_KNITTED)}))(?:\s+(?P<this>này))?")
_FOR = rf"(?:(?i:{alternatives(_FAMILY)})|(?i:{alternatives(OBJECTS)})|{SOMEONE})"
_WHEN = {"đã": "past", "vừa mới": "just", "vừa": "just", "mới": "just", "đang": "now", "sẽ": "will",
         "muốn": "want", "có thể": "can"} | {vi: "often" for vi in SELDOM}
_MADE = lazy(rf"(?:(?P<anyone>(?i:ai))|{WHO})\s+(?:(?P<aux>{alternatives(_WHEN)})\s+)?đan(?P<done>\s+xong)?"
             rf"(?:\s+cho\s+(?P<whom>{_FOR}))?\s+{_THING}(?:\s+cho\s+(?P<whom2>{_FOR}))?{ASKED_END}")
_CLOTH = (rf"(?:(?P<cls>cái|chiếc)\s+)?(?P<cloth>(?i:{alternatives(_CLOTHES)}))(?:\s+(?P<this>này)|\s+(?:của\s+)?"
          rf"(?P<owner>(?i:{alternatives(OWNERS)})))?")
_ASKED_TO = lazy(rf"{WHO}\s+(?:(?P<aux>đã|sẽ)\s+)?nhờ\s+(?:(?P<bare>{alternatives(_BARE_KIN)})|(?P<whom>"
                 rf"(?i:{alternatives(OBJECTS)})|{SOMEONE}))\s+(?P<work>khâu\s+lại|vá(?:\s+lại)?)\s+{_CLOTH}"
                 rf"{SOFTENED_END}")
_MACHINE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?:một\s+)?(?:(?:cái|chiếc)\s+)?máy\s+(?:khâu|may){ASKED_END}")

# ... and in English
_END_EN = r"\s*(?P<end>[.!?]*)"
_CRAFT_EN = rf"(?P<craft>(?i:{alternatives(_CRAFTS_VI)}))"
_CAN_EN = lazy(rf"(?:(?P<can>Can)\s+|(?P<do>Do|Does)\s+)?{WHO_EN}\s+(?:(?P<aux>can(?:not|['’]t|\s+not)?)\s+|"
               rf"(?P<dont>(?:do|does)(?:n['’]t|\s+not)\s+)?(?P<know>knows?)\s+how\s+to\s+)?{_CRAFT_EN}{_END_EN}")
_LEARNING_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+|(?P<do>Do|Does)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|"
                    r"['’]m|['’]re)?\s+(?P<now>learning)|(?P<have>['’]ve|['’]s|\s+have|\s+has)\s+(?P<begun>just\s+"
                    r"started\s+learning)|(?P<want>\s+wants?|\s+would\s+like|['’]d\s+like)\s+to\s+learn)\s+"
                    rf"(?:how\s+)?to\s+{_CRAFT_EN}{_END_EN}")
_THING_EN = (r"(?:(?P<a>an?)\s+(?P<pair>pair\s+of\s+)?|(?P<det>this|these)\s+)?"
             rf"(?P<thing>(?i:{alternatives(_KNITTED_VI | _PLURALS_VI)}))")
_FAMILY_EN = rf"(?P<fwhose>(?i:{alternatives(WHOSE_VI)}))\s+(?P<family>{alternatives(_FAMILY_VI)})"
# the words after who, as _MADE_KEYS reads them
_AUX_EN = {"": "", "'s": "is", "'m": "am", "'re": "are", "is": "is", "am": "am", "are": "are", "'ll": "will",
           "will": "will", "'ve just": "have", "'s just": "has", "have just": "have", "has just": "has",
           "want to": "want", "wants to": "wants", "'d like to": "like", "would like to": "like"}
_MADE_EN = lazy(rf"(?:(?P<can>Can)\s+)?(?:(?P<anyone>Who)|{WHO_EN})(?P<aux>['’](?:ve\s+just|s\s+just|s|m|re|ll|d\s+"
                r"like\s+to)|\s+(?:is|am|are|will|ha(?:ve|s)\s+just|wants?\s+to|would\s+like\s+to))?"
                rf"(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+(?P<verb>knit|knits|knitted|knitting|"
                rf"finished\s+knitting)(?:\s+(?P<whom0>(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN}))?"
                rf"(?:\s+{_THING_EN})?(?:\s+for\s+(?:{_FAMILY_EN}|the\s+(?P<all>whole\s+family)|{WHOM_EN}))?{_END_EN}")
_CLOTH_EN = rf"(?P<det>(?i:{alternatives(WHOSE_VI)}|the|this|these))\s+(?P<cloth>(?i:{alternatives(_CLOTHES_VI)}))"
_ASKED_TO_EN = lazy(rf"{WHO_EN}(?P<will>['’]ll|\s+will)?\s+(?P<ask>asked|ask)\s+(?:(?P<bare>Mum|Mom|Dad)|{WHOM_EN})"
                    rf"\s+to\s+(?P<work>sew\s+up|sew|mend)\s+{_CLOTH_EN}(?P<up>\s+back\s+up|\s+up)?{_END_EN}")
_MACHINE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?\s+"
                   rf"(?P<have>have|has)\s+a\s+sewing\s+machine{_END_EN}")
# "grandma" (not one of mt.people.KIN_VI) after whose, read as "grandmother"
_GRANDMA = lazy(r"\b((?i:my|your|his|her|our|their)\s+)gran(?:dma|ny)\b")
# whether a word after who in English says one ("has", "doesn't") or many ("have", "don't")
_OF_ONE = {"does": True, "has": True, "'s": True, "wants": True, "knits": True, "knows": True, "do": False,
           "have": False, "'ve": False, "want": False, "knit": False, "know": False}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who can knit, sew or embroider or is learning to, who knits
    someone a thing, who asked someone to sew up or mend clothes, or who has a sewing machine; None for any other."""
    if src == "vi":
        return _can(text) or _learning(text) or _made(text) or _asked_to(text) or _machine(text)
    text = _GRANDMA.sub(r"\1grandmother", text)
    return _can_vi(text) or _learning_vi(text) or _made_vi(text) or _asked_to_vi(text) or _machine_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a match of a pattern ending in ASKED_END asks ("… không?"); None where "không" comes without "?" or
    "?" without it, or "có" asks with neither ("Bạn có biết may?")."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or m.groupdict().get("ask") and not asked else asked


def _can(text: str) -> str | None:
    """"Tôi biết đan len." as "I can knit.", "Tôi không biết may." as "I can't sew.", "Bạn có biết thêu không?" as
    "Can you embroider?" (_CAN); None for anything else."""
    m = _CAN.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and m["not"] or not (said := who(m, asked)):
        return None
    who_, craft = said[0], _CRAFTS[keyed(m["craft"])]
    if asked:
        return f"Can {who_} {craft}?"
    if m["not"]:
        return capitalised(f"{who_} can't {craft}{' yet' * (m['not'] == 'chưa')}.")
    return capitalised(f"{who_} can {craft}.")


def _learning(text: str) -> str | None:
    """"Tôi đang học may." as "I'm learning to sew.", "Bạn có muốn học đan len không?" as "Do you want to learn to
    knit?", "Tôi mới bắt đầu học thêu." as "I've just started learning to embroider." (_LEARNING); None for anything
    else, and for "học may" alone (learning now, or learnt?)."""
    m = _LEARNING.fullmatch(text)
    if not m or (asked := _asked(m)) is None or not (said := who(m, asked)):
        return None
    (who_, one), aux, craft = said, keyed(m["aux"]), _CRAFTS[keyed(m["craft"])]
    if aux == "đang":
        return progressive(who_, be(who_), f"learning to {craft}", asked)
    if aux == "muốn":
        return present(who_, one, "want", f"to learn to {craft}", asked)
    return None if asked else capitalised(contracted(who_, f"{'has' if one else 'have'} just started learning to "
                                                           f"{craft}."))


def _thing(m: re.Match, key: str) -> str | None:
    """The thing of a match of _THING in English for `key` (_WHEN): "a scarf", "a pair of gloves", "this jumper",
    "scarves" (knitted often); None for "đôi khăn", "cái găng tay", and a thing alone where one may be many."""
    en, cls = _KNITTED[keyed(m["thing"])], keyed(m["cls"] or "")
    pair = en in _PAIRS
    if cls and (cls == "đôi") != pair or m["a"] and m["this"]:
        return None
    if key == "often" or key == "can" and not (m["a"] or cls or m["this"] or m["whom"] or m["whom2"]):
        # ("Bạn có thể đan khăn không?": scarves at all, not one; "… khăn cho tôi không?" asks for one)
        return None if m["a"] or cls or m["this"] else _PLURALS[en]
    if m["this"]:
        return f"{'these' if pair else 'this'} {en}"
    if m["done"] and not m["a"] or not (m["a"] or cls) and (pair or key not in ("now", "will", "want", "can")):
        return None  # ("đan xong cái khăn": the one we know of; "đã đan khăn": one or many?)
    return f"a pair of {en}" if pair else f"a {en}"


def _whom(said: str | None, who_: str, kin: str, titled: bool = False) -> str | None:
    """Whom of _FOR in English, for who (`who_` in English; `kin`, the word of kinship saying who, `titled` where a
    name follows it): "me", "my mother", "her grandchildren" (the knitter's, a grandparent's: _GRANDPARENTS); "" for
    none; None for one not known, "các cháu" of anyone else, or who again ("Tôi … cho tôi", "Mẹ tôi … cho mẹ tôi").

    >>> _whom("các cháu", "my grandmother", "Bà"), _whom("các cháu", "I", ""), _whom("mẹ tôi", "my mother", "Mẹ")
    ('her grandchildren', None, None)
    """
    if not said:
        return ""
    if (said := keyed(said)) in _FAMILY:
        if _FAMILY[said] == "grandchildren" and (titled or keyed(kin) not in _GRANDPARENTS):
            return None
        whose = EN_WHOSE.get(who_) or his_her(kin)
        return _FAMILY[said] if said == "cả nhà" else whose and f"{whose} {_FAMILY[said]}"
    whom = as_whom(said, "vi")
    return None if not whom or whom in (who_, _OBJECT.get(who_)) else whom


def _made(text: str) -> str | None:
    """"Bà tôi đan cho tôi một cái khăn." as "My grandmother knitted me a scarf.", "Tôi đang đan một chiếc áo len cho
    mẹ tôi." as "I'm knitting a jumper for my mother.", "Bà tôi thường đan tất cho các cháu." as "My grandmother often
    knits socks for her grandchildren.", "Ai đan cái khăn này?" as "Who knitted this scarf?", "Bạn có thể đan khăn
    không?" as "Can you knit scarves?" (_MADE); None for anything else."""
    m = _MADE.fullmatch(text)
    aux = keyed(m["aux"] or "") if m else ""
    key = _WHEN.get(aux, "past")
    if not m or m["whom"] and m["whom2"] or m["done"] and key not in ("past", "just"):
        return None
    if m["anyone"]:  # (who knitted this one, asked)
        ok = "?" in m["end"] and not m["asked"] and key == "past" and m["this"] and not (m["whom"] or m["whom2"])
        return f"Who knitted {_thing(m, key)}?" if ok and not m["done"] and _thing(m, key) else None
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or asked != (key == "can") or not (said := who(m, asked)):
        return None
    (who_, one), thing, whom_vi = said, _thing(m, key), keyed(m["whom"] or m["whom2"] or "")
    whom = _whom(whom_vi, who_, m["kin"] or m["title"] or "", bool(m["title"]))
    if thing is None or whom is None or whom_vi in _FAMILY and key != "often" and not (m["a"] or m["cls"] or m["this"]):
        return None  # ("đang đan áo len cho các cháu": one, or one each?)
    rest = f"{whom} {thing}" if m["whom"] else f"{thing} for {whom}" if whom else thing
    if key == "can":
        return f"Can {who_} knit {rest}?"
    have = "has" if one else "have"
    verb = {"past": f"{have} finished knitting" if m["done"] else "knitted",
            "just": f"{have} just {'finished knitting' if m['done'] else 'knitted'}",
            "now": f"{be(who_)} knitting", "will": "will knit", "want": f"want{'s' * one} to knit",
            "often": f"{SELDOM.get(aux)} knit{'s' * one}"}[key]
    return capitalised(contracted(who_, f"{verb} {rest}."))


def _cloth(m: re.Match) -> str | None:
    """The thing of a match of _CLOTH in English: "the shirt", "this shirt", "these trousers", "my jacket"; None for
    a thing with neither a classifier, "này" nor whose ("khâu lại áo": whose?)."""
    en = _CLOTHES[keyed(m["cloth"])]
    if m["this"]:
        return f"{'these' if en in _MANY else 'this'} {en}"
    return f"{OWNERS[keyed(m['owner'])]} {en}" if m["owner"] else f"the {en}" if m["cls"] else None


def _asked_to(text: str) -> str | None:
    """"Tôi nhờ mẹ khâu lại cái áo." as "I asked my mum to sew the shirt back up.", "Tôi sẽ nhờ bà vá cái quần này."
    as "I'll ask my grandma to mend these trousers." (_ASKED_TO); None for anything else, "nhờ bạn" (a friend, or
    you?) and who again ("Mẹ tôi nhờ mẹ tôi …")."""
    m = _ASKED_TO.fullmatch(text)
    if not m or "?" in m["end"] or not (said := who(m, False)) or not (cloth := _cloth(m)):
        return None
    who_ = said[0]
    if m["bare"]:  # ("mẹ" alone: the speaker's)
        whose = {"I": "my", "we": "our"}.get(who_)
        whom = whose and f"{whose} {_BARE_KIN[keyed(m['bare'])]}"
    elif keyed(m["whom"]) == "bạn":
        return None  # ("Tôi nhờ bạn …" said: a friend more often than you)
    else:
        whom = as_whom(m["whom"], "vi")
    if not whom or whom in (who_, _OBJECT.get(who_)):
        return None  # (who again: "Mẹ tôi nhờ mẹ tôi …")
    work = f"sew {cloth} back up" if keyed(m["work"]) == "khâu lại" else f"mend {cloth}"
    return capitalised(contracted(who_, f"{'will ask' if m['aux'] == 'sẽ' else 'asked'} {whom} to {work}."))


def _machine(text: str) -> str | None:
    """"Mẹ tôi có một cái máy khâu." as "My mother has a sewing machine.", "Bạn có máy may không?" as "Do you have
    a sewing machine?" (_MACHINE); None for anything else."""
    m = _MACHINE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or asked and m["not"] or not (said := who(m, asked)):
        return None
    who_, one = said
    return present(who_, one, "have", "a sewing machine", asked, bool(m["not"]))


def _agrees(m: re.Match, *words: str | None) -> bool:
    """Whether each of `words` said after who of a match of WHO_EN agrees with who ("She has", "I don't"; not "She
    have", "I doesn't"); a word that says neither ("can", "will") agrees with any."""
    one = who_vi(m)[1]
    return all(_OF_ONE.get(w.lower().replace("’", "'").split()[0].removesuffix("n't"), one) == one
               for w in words if w and w.strip())


def _can_vi(text: str) -> str | None:
    """"I can knit." as "Tôi biết đan len.", "Can you sew?" as "Bạn có biết may không?", "She knows how to sew." as
    "Cô ấy biết may.", "I don't know how to use a sewing machine." as "Tôi không biết dùng máy khâu." (_CAN_EN); None
    for anything else, for "I knit." (a habit: _made_vi), where "know" does not agree ("He know how to knit.", "Does
    she knows …"), and for "Can I sew?", "Can we knit?" (may we?)."""
    m = _CAN_EN.fullmatch(text)
    if not m or bool(m["can"] or m["do"]) != ("?" in m["end"]) or m["can"] and (m["who"] or "").lower() in ("i", "we"):
        return None
    # "know" after "do", "does" is bare ("Does she know"); alone it agrees with who ("She knows", "I know")
    if m["do"] or m["dont"]:
        if m["know"] == "knows" or not _agrees(m, m["do"] or m["dont"]):
            return None
    elif not _agrees(m, m["know"]):
        return None
    if m["can"] and (m["aux"] or m["know"]) or m["do"] and (m["aux"] or m["dont"] or not m["know"]) or not (
            m["can"] or m["do"] or m["aux"] or m["know"]):
        return None
    who_, craft = who_vi(m)[0], _CRAFTS_VI[m["craft"].lower()]
    if m["can"] or m["do"]:
        return capitalised(f"{who_} có biết {craft} không?")
    negated = m["dont"] or m["aux"] and m["aux"].lower() != "can"
    return capitalised(f"{who_} {'không ' * bool(negated)}biết {craft}.")


def _learning_vi(text: str) -> str | None:
    """"She's learning to sew." as "Cô ấy đang học may.", "Do you want to learn to knit?" as "Bạn có muốn học đan
    len không?", "I've just started learning to embroider." as "Tôi mới bắt đầu học thêu." (_LEARNING_EN); None for
    anything else, and where "is", "has", "wants" does not agree with who."""
    m = _LEARNING_EN.fullmatch(text)
    if not m:
        return None
    asked, who_, craft = "?" in m["end"], who_vi(m)[0], _CRAFTS_VI[m["craft"].lower()]
    if m["now"]:
        if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or not be_agrees(m, m["be0"] or m["be"]):
            return None
        return capitalised(f"{who_} có đang học {craft} không?" if asked else f"{who_} đang học {craft}.")
    want = m["want"] and " ".join(m["want"].replace("’", "'").split())
    if bool(m["do"]) != asked or m["be0"] or m["do"] and want != "want" or not _agrees(m, m["do"] or want, m["have"]):
        return None
    if m["begun"]:
        return None if asked else capitalised(f"{who_} mới bắt đầu học {craft}.")
    return capitalised(f"{who_} có muốn học {craft} không?" if asked else f"{who_} muốn học {craft}.")


def _thing_vi(m: re.Match, key: str) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese: "một cái khăn len" for "a scarf", "một đôi găng tay" for "a
    pair of gloves", "cái áo len này" for "this jumper", "tất" for "socks" (knitted often); "" for none, knitted often
    ("She knits."); None where the words do not go together ("a gloves", "these scarf", "a scarves")."""
    if not m["thing"]:
        return "" if key == "often" else None
    en = m["thing"].lower()
    pair = en in _PAIRS
    one = en in _KNITTED_VI and not pair
    if m["a"]:
        ok = m["a"].lower() == "a" and (pair if m["pair"] else one) and key != "often"
        return f"một {'đôi' if pair else 'cái'} {_KNITTED_VI[en]}" if ok else None
    if m["det"]:
        ok = (m["det"].lower() == "these") == pair and (pair or one) and key != "often"
        return f"{'đôi' if pair else 'cái'} {_KNITTED_VI[en]} này" if ok else None
    return _PLURALS_VI[en] if key == "often" and en in _PLURALS_VI else None


def _whom_vi(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _MADE_EN in Vietnamese ("tôi" for "me", "mẹ tôi" for "my mother", "các cháu" for the
    knitter's own grandchildren); "" for none; None for one not known, or who again ("I knitted me …")."""
    if m["family"]:
        own = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(who_)
        return _FAMILY_VI[m["family"].lower()] if m["fwhose"].lower() == own else None
    if m["all"]:
        return "cả nhà"
    said = m["whom0"] or m["whom"]
    whom = said and as_whom(said, "en")
    return "" if not said else None if not whom or whom == who_ else whom


# what the words after who say, by the word after who (_AUX_EN) and the verb; and in Vietnamese
_MADE_KEYS = {("", "knitted"): "past", ("", "knit"): "often", ("", "knits"): "often", ("is", "knitting"): "now",
              ("am", "knitting"): "now", ("are", "knitting"): "now", ("will", "knit"): "will",
              ("have", "knitted"): "just", ("has", "knitted"): "just", ("have", "finished knitting"): "done",
              ("has", "finished knitting"): "done", ("want", "knit"): "want", ("wants", "knit"): "want",
              ("like", "knit"): "want"}
_MADE_VI = {"past": "đã đan", "often": "đan", "now": "đang đan", "will": "sẽ đan", "just": "vừa đan",
            "done": "vừa đan xong", "want": "muốn đan"}


def _made_vi(text: str) -> str | None:
    """"My grandma knitted me a scarf." as "Bà tôi đã đan cho tôi một cái khăn len.", "She knits sweaters for her
    grandchildren." as "Cô ấy đan áo len cho các cháu.", "She knits me socks." as "Cô ấy đan tất cho tôi.", "Can you
    knit me a hat?" as "Bạn có thể đan cho tôi một cái mũ len không?", "Who knitted this jumper?" as "Ai đã đan cái
    áo len này?" (_MADE_EN); None for anything else, and where a word does not agree with who."""
    m = _MADE_EN.fullmatch(text)
    if not m:
        return None
    aux = _AUX_EN[" ".join((m["aux"] or "").replace("’", "'").split()).lower()]
    verb, asked = " ".join(m["verb"].split()), "?" in m["end"]
    key = "can" if m["can"] and not aux and verb == "knit" else _MADE_KEYS.get((aux, verb))
    if key is None or asked != (key == "can" or bool(m["anyone"])) or m["seldom"] and key != "often":
        return None
    if m["anyone"]:  # (who knitted this one, asked)
        ok = key == "past" and m["det"] and not (m["whom0"] or m["whom"] or m["family"] or m["all"])
        return f"Ai đã đan {thing}?" if ok and (thing := _thing_vi(m, key)) else None
    who_ = who_vi(m)[0]
    if aux in ("is", "am", "are") and not be_agrees(m, m["aux"]) or not _agrees(m, aux or not m["can"] and verb):
        return None
    thing, whom = _thing_vi(m, key), _whom_vi(m, who_)
    if thing is None or whom is None or m["whom0"] and not thing:
        return None
    # ("She knits me socks.": "đan tất cho tôi"; "cho tôi tất" is stiff where no "một" or "cái" comes between)
    rest = f"cho {whom} {thing}" if m["whom0"] and key != "often" else " ".join(
        w for w in (thing or "len", whom and f"cho {whom}") if w)
    if key == "can":
        return capitalised(f"{who_} có thể đan {rest} không?")
    said = f"{SELDOM_VI[m['seldom'].lower()]} đan" if m["seldom"] else _MADE_VI[key]
    return capitalised(f"{who_} {said} {rest}.")


def _asked_to_vi(text: str) -> str | None:
    """"I asked my mum to sew my shirt back up." as "Tôi đã nhờ mẹ khâu lại cái áo của tôi.", "I'll ask my grandma to
    mend these trousers." as "Tôi sẽ nhờ bà vá cái quần này." (_ASKED_TO_EN); None for anything else ("sew my shirt",
    up not said; "her shirt", whose?)."""
    m = _ASKED_TO_EN.fullmatch(text)
    work = m and " ".join(m["work"].lower().split())
    if not m or "?" in m["end"] or (work == "sew") != bool(m["up"]) or bool(m["will"]) != (m["ask"] == "ask"):
        return None
    (who_, _), en, det = who_vi(m), m["cloth"].lower(), m["det"].lower()
    if det in ("this", "these") and (det == "these") != (en in _MANY) or det in ("his", "her", "their"):
        return None  # ("mend her shirt": the one asked's own, or another's? "của cô ấy" says another's)
    cloth = f"cái {_CLOTHES_VI[en]}" + (" này" if det in ("this", "these") else
                                         f" của {WHOSE_VI[det]}" if det in WHOSE_VI else "")
    whose, _, kin = " ".join((m["whom"] or f"my {m['bare']}").lower().split()).partition(" ")
    if who_ in ("tôi", "chúng tôi") and whose == ("my" if who_ == "tôi" else "our") and kin in _BARE_KIN_VI:
        whom = _BARE_KIN_VI[kin]  # ("my mum", asked by me: "mẹ")
    elif m["bare"] or not (whom := as_whom(m["whom"], "en")) or whom == who_:
        return None
    done = f"khâu lại {cloth}" if work.startswith("sew") else f"vá {cloth}"
    return capitalised(f"{who_} {'sẽ' if m['will'] else 'đã'} nhờ {whom} {done}.")


def _machine_vi(text: str) -> str | None:
    """"My mother has a sewing machine." as "Mẹ tôi có một cái máy khâu.", "Do you have a sewing machine?" as "Bạn có
    máy khâu không?" (_MACHINE_EN); None for anything else, and where "has", "does" does not agree with who."""
    m = _MACHINE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"] or \
            (m["do"] or m["not"]) and m["have"] == "has" or not _agrees(m, m["do"] or m["not"] or m["have"]):
        return None
    who_ = who_vi(m)[0]
    if m["do"]:
        return capitalised(f"{who_} có máy khâu không?")
    return capitalised(f"{who_} {'không có máy khâu' if m['not'] else 'có một cái máy khâu'}.")
