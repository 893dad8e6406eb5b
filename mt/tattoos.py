"""Tattoos and piercings: who has them, wants one, just got one, where, what one means, who likes them, whether it
hurts, both ways, written whole by rule. v8 reads "xăm" as a shape or nothing, "xỏ khuyên" as advice, and "tattoo" as
a tattoo machine, "pierced" as bald: "Cô ấy muốn đi xăm." → "She wanted to go.", "Hình xăm này có ý nghĩa gì?" →
"What does this mean?", "Cô ấy xỏ khuyên tai." → "She advised the ear.", "Cô ấy đã bấm lỗ tai." → "She pressed the
ear.", "Anh ấy đeo khuyên mũi." → "He wore advice.", "Bạn có hình xăm nào không?" → "Are you any tattoo?", "Anh ấy có
hình xăm." → "He had a tattoo.", "Tôi vừa đi xăm." → "I was getting a ham.", "Xăm có đau không?" → "Is it a tat?";
"He has a tattoo." → "Anh ta có một chiếc máy xăm.", "She wants to get a tattoo." → "Cô ấy muốn lấy một chiếc máy
xăm.", "He has tattoos on both arms." → "Anh ta có hai cánh tay.", "She got her ears pierced." → "Cô ấy bị hói tai.",
"He has an earring." → "Anh ta bị tai.", "Do you have any piercings?" → "Bạn có bất kỳ con cú nào không?", "My mother
hates tattoos." → "Tôi ghét mẹ của tôi.", "What does this tattoo mean?" → "Có nghĩa là gì?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) has, has no or is asked about tattoos
(counted, "nào", any) on a part of the body of mt.aches.PARTS (his own, or both), piercings, pierced ears, a ring of
PIERCED worn or had; wants (or not, or is asked) to get a tattoo (another, a new one, on a part) or a piercing, or
their ears, nose … pierced; just got or got one ("vừa", "mới", "đã", "rồi"; "xỏ khuyên tai" plain too); what this,
that or someone's tattoo means; who likes, hates or does not like tattoos or piercings; whether getting one hurts.
Left: "bông tai" (earrings as jewellery), tattoos asked in the past ("Did you …?", "chưa"), a tattoo's looks, where
one got it, a name's his or her ("Lan got her ears pierced": None), days ("hôm qua"), to the model.
mt.phrasebook.translate tries these after mt/deadlines.py.

    >>> translate("Cô ấy muốn đi xăm.", "vi", "en"), translate("He has tattoos on both arms.", "en", "vi")
    ('She wants to get a tattoo.', 'Anh ấy có hình xăm trên cả hai cánh tay.')
"""
from __future__ import annotations

import re

from .aches import PARTS, PARTS_VI
from .articles import a_or_an
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, WHOSE_OF, alternatives, capitalised, keyed, present

_KEYS = {"vi": lazy(r"(?i:xăm|khuyên|lỗ\s+tai)"), "en": lazy(r"(?i:tattoo|pierc|\bring|earring)")}
# where a tattoo is (mt.aches' parts, those one is inked on), and those that come in twos ("cả hai tay": both arms)
_INKED = {"leg", "foot", "arm", "hand", "back", "shoulder", "neck", "wrist", "ankle", "chest", "finger", "stomach"}
PLACES = {vi: en for vi, en in PARTS.items() if en in _INKED}
_PAIRED = {"leg", "foot", "arm", "hand", "shoulder", "wrist", "ankle"}
_PLURAL = {en: "feet" if en == "foot" else f"{en}s" for en in _PAIRED}
PLACES_VI = {en: PARTS_VI[en] for en in _INKED} | {"arm": "cánh tay"} | {
    many: ("cánh tay" if one == "arm" else PARTS_VI[one]) for one, many in _PLURAL.items()}
# what is pierced, and the ring worn in it ("khuyên tai": an earring; ears are pierced as two)
PIERCED = {"tai": "ears", "mũi": "nose", "rốn": "belly button", "lưỡi": "tongue", "môi": "lip", "lông mày": "eyebrow"}
PIERCED_VI = {en: vi for vi, en in PIERCED.items()}
_RINGS = {en: "earring" if en == "ears" else f"{en} ring" for en in PIERCED.values()}
_RINGS_VI = {ring: PIERCED_VI[en] for en, ring in _RINGS.items()}
# how many, said before "hình xăm" ("một" alone is "a")
_COUNTS = {"nhiều": "lots of", "rất nhiều": "lots of", "vài": "a few", "một vài": "a few", "mấy": "a few"} | VI_TO_EN
_COUNTS_EN = {"lots of": "nhiều", "a lot of": "nhiều", "many": "nhiều", "a few": "vài", "several": "vài",
              "some": "vài", "one": "một"} | {en: vi for en, vi in EN_TO_VI.items() if en != "one"}
_LIKES = {"thích": "like", "ghét": "hate"}
_THINGS = {"hình xăm": "tattoos", "xăm hình": "tattoos", "xỏ khuyên": "piercings"}
_THINGS_VI = {"tattoos": "hình xăm", "piercings": "xỏ khuyên"}

_ON = rf"(?:\s+(?:trên|ở)\s+(?:(?P<both>(?:cả\s+)?hai)\s+)?(?P<part>(?i:{alternatives(PLACES)})))?"
_PIERCE = rf"(?P<pierce>xỏ|bấm)\s+(?P<hole>khuyên|lỗ)(?:\s+(?P<pierced>{alternatives(PIERCED)}))?"
_GET = (rf"(?:(?P<tat>(?:đi\s+)?xăm(?:\s+hình|\s+mình|\s+một\s+hình\s+xăm)?|(?P<had>có)\s+(?:một\s+)?hình\s+xăm|"
        rf"xăm\s+thêm(?:\s+một)?\s+hình(?:\s+xăm)?|xăm\s+(?:một\s+)?hình\s+xăm\s+mới){_ON}|{_PIERCE})")
# who has tattoos, piercings or a ring ("Bạn có hình xăm nào không?", "Anh ấy đeo khuyên mũi.")
_HAVE = lazy(rf"{WHO}\s+(?P<not>không\s+)?(?P<verb>có\s+đeo|có|đeo)\s+(?:(?:(?P<n>(?i:"
             rf"{alternatives(_COUNTS)}))\s+)?(?P<tattoo>hình\s+xăm)(?:\s+(?P<any>nào))?{_ON}|khuyên\s+"
             rf"(?P<ring>{alternatives(PIERCED)})|{_PIERCE}){ASKED_END}")
# who wants one ("Cô ấy muốn đi xăm."), who got one ("Tôi vừa đi xăm.", "Cô ấy xỏ khuyên tai.")
_WANT = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?muốn\s+{_GET}{ASKED_END}")
_GOT = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã)\s+)?{_GET}(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")
_MEAN = lazy(rf"[Hh]ình\s+xăm\s+(?:(?P<this>này|đó|ấy|kia)|(?:của\s+)?{OWNER})\s+(?:có\s+)?(?:ý\s+)?"
             r"nghĩa(?:\s+là)?\s+gì(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<very>rất)\s+)?(?P<verb>thích|ghét)\s+"
             rf"(?P<thing>{alternatives(_THINGS)}){ASKED_END}")
_HURT = lazy(r"(?:[Đđ]i\s+)?(?:(?P<tat>[Xx]ăm(?:\s+hình)?)|(?P<ring>[Xx]ỏ\s+khuyên)|(?P<ears>[Bb]ấm\s+lỗ"
             r"\s+tai))\s+có\s+đau(?:\s+(?P<much>lắm))?\s+không(?:\s+(?:vậy|thế|ạ))?\s*\?+")

# ... in English
_DONT = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_ON_EN = rf"(?:\s+on\s+(?:(?P<both>both)|(?P<owner>{WHOSE_WORDS}))\s+(?P<part>{alternatives(PLACES_VI)}))?"
_RING_EN = rf"(?:{alternatives(_RINGS_VI)})s?"
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_DONT}(?P<verb>\s+have|\s+has|['’]ve\s+got|"
                rf"['’]s\s+got|\s+wears?)\s+(?:(?:(?P<n>an?|any|{alternatives(_COUNTS_EN)})\s+)?"
                rf"(?P<noun>tattoos?|piercings?|{_RING_EN}){_ON_EN}|(?P<ears>pierced\s+ears)|a\s+pierced\s+"
                r"(?P<pierced>nose|tongue|lip|belly\s+button|eyebrow))\s*(?P<end>[.!?]*)")
_GET_EN = (rf"(?:(?P<tat>a\s+tattoo|another\s+tattoo|a\s+new\s+tattoo|a\s+piercing){_ON_EN}|(?P<owner2>"
           rf"{WHOSE_WORDS})\s+(?P<pierced>{alternatives(PIERCED_VI)})\s+pierced)")
_WANT_EN = lazy(rf"(?:(?P<do>Do|Does|Would)\s+)?{WHO_EN}{_DONT}(?P<want>\s+wants?|\s+would\s+like|"
                rf"['’]d\s+like|\s+like)\s+to\s+get\s+{_GET_EN}\s*(?P<end>[.!?]*)")
_GOT_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+(?P<got>got|had)"
               rf"\s+{_GET_EN}\s*(?P<end>[.!]*)")
_MEAN_EN = lazy(rf"What\s+does\s+(?:(?P<this>this|that)|(?P<owner>{WHOSE_WORDS})|(?P<someone>"
                rf"{SOMEONE_EN})['’]s)\s+tattoo\s+mean\s*\?+")
_LIKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_DONT}\s+(?P<verb>likes?|hates?)\s+(?P<thing>tattoos|"
                r"piercings)\s*(?P<end>[.!?]*)")
_HURT_EN = lazy(r"(?:Does\s+(?:getting\s+)?(?P<what>a\s+tattoo|a\s+piercing)|Do\s+(?P<many>tattoos|"
                r"piercings))\s+hurt(?:\s+(?P<much>a\s+lot|much))?\s*\?+|Does\s+it\s+hurt\s+to\s+get\s+"
                r"(?P<to>a\s+tattoo|a\s+piercing|your\s+ears\s+pierced)\s*\?+")
_HURT_VI = {"tattoo": "Xăm hình", "piercing": "Xỏ khuyên", "ears": "Bấm lỗ tai"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about someone's tattoos or piercings; None for any other."""
    if src == "vi":
        return _have(text) or _want(text) or _got(text) or _mean(text) or _like(text) or _hurt(text)
    return _have_vi(text) or _want_vi(text) or _got_vi(text) or _mean_vi(text) or _like_vi(text) or _hurt_vi(text)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose a part of who of a match of WHO is, in English: "my", "her" (kin by mt.terms.his_her); None for a name
    alone, or kin English says neither of ("bạn tôi")."""
    if m["who"]:
        return EN_WHOSE.get(who_)
    return his_her_of(m) if not m["given"] else None


def _on(m: re.Match, whose: str | None) -> str | None:
    """Where a tattoo is (_ON), in English: " on his arm", " on both arms"; "" for nowhere said; None for a part that
    does not come in twos said twice, or one whose is not known."""
    if not m["part"]:
        return ""
    part = PLACES[keyed(m["part"])]
    if m["both"]:
        return f" on both {_PLURAL[part]}" if part in _PAIRED else None
    return f" on {whose} {part}" if whose else None


def _tattoos(n: str | None, many: bool = False) -> str:
    """Tattoos counted (_COUNTS, or none said: "a tattoo", or "tattoos" where `many`)."""
    said = _COUNTS.get(keyed(n)) if n else None
    if said in (None, "one"):
        return "tattoos" if many and not n else "a tattoo"
    return f"{said} tattoos"


def _said(who_: str, one: bool, asked: bool, not_: bool, verb: str, rest: str) -> str:
    """Who and a verb (`verb`, "have", "really want") and the rest in English, asked ("Does she have …?"), not ("She
    doesn't have …") or said ("She has …", "She really wants …")."""
    head, _, last = verb.rpartition(" ")  # ("really want": the adverb, the verb)
    return present(who_, one, last, rest, asked, not_, adverb=f"{head} " if head else "")


def _have(text: str) -> str | None:
    """"Bạn có hình xăm nào không?" as "Do you have any tattoos?", "Anh ấy có hình xăm trên cả hai cánh tay." as "He
    has tattoos on both arms.", "Anh ấy đeo khuyên mũi." as "He wears a nose ring.", "Bạn có bấm lỗ tai không?" as
    "Do you have pierced ears?" (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    wear = bool(m and "đeo" in m["verb"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or m["not"] and (
            asked or m["n"] or m["pierce"]) or (m["verb"] == "có đeo") != (asked and wear) or wear and not m["ring"]:
        return None
    who_, one = said
    if m["ring"]:
        ring = _RINGS[PIERCED[keyed(m["ring"])]]
        thing = f"{a_or_an(ring)} {ring}"
    elif m["tattoo"]:
        on = _on(m, _whose(m, who_))
        if on is None or m["any"] and not (asked or m["not"]):
            return None
        thing = ("any tattoos" if m["any"] or m["not"] else _tattoos(m["n"], bool(m["both"]))) + on
    elif m["pierced"]:
        pierced = PIERCED[keyed(m["pierced"])]
        thing = "pierced ears" if pierced == "ears" else f"a pierced {pierced}"
    else:
        thing = "any piercings" if asked and m["hole"] == "khuyên" else None
    return _said(who_, one, asked, bool(m["not"]), "wear" if wear else "have", thing) if thing else None


def _getting(m: re.Match, whose: str | None) -> str | None:
    """What is got of _GET, in English: "a tattoo", "another tattoo on her arm", "her ears pierced", "a piercing";
    None for a place or whose not known."""
    if m["tat"]:
        on = _on(m, whose)
        tat = keyed(m["tat"])
        kind = "another" if "thêm" in tat else "a new" if tat.endswith("mới") else "a"
        return None if on is None else f"{kind} tattoo{on}"
    if m["pierced"]:
        return f"{whose} {PIERCED[keyed(m['pierced'])]} pierced" if whose else None
    return "a piercing" if m["hole"] == "khuyên" else None


def _want(text: str) -> str | None:
    """"Cô ấy muốn đi xăm." as "She wants to get a tattoo.", "Bạn có muốn xỏ khuyên mũi không?" as "Do you want to
    get your nose pierced?" (_WANT); None for anything else."""
    m = _WANT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    getting = _getting(m, _whose(m, said[0]))
    verb = f"{'really ' * bool(m['very'])}want"
    return _said(*said, asked, bool(m["not"]), verb, f"to get {getting}") if getting else None


def _got(text: str) -> str | None:
    """"Tôi vừa đi xăm." as "I just got a tattoo.", "Cô ấy xỏ khuyên tai." as "She got her ears pierced." (_GOT;
    plain only a piercing, "xăm" plain may be a tattooist's work); None for anything else."""
    m = _GOT.fullmatch(text)
    if not m or m["had"] or not (m["tense"] or m["done"] or m["pierce"]) or (said := who(m, False)) is None:
        return None
    getting = _getting(m, _whose(m, said[0]))
    just = "just " if m["tense"] and "đã" not in m["tense"] and not m["done"] else ""
    return capitalised(f"{said[0]} {just}got {getting}.") if getting else None


def _mean(text: str) -> str | None:
    """"Hình xăm này có ý nghĩa gì?" as "What does this tattoo mean?", "Hình xăm của mẹ tôi có nghĩa là gì?" as
    "What does my mother's tattoo mean?" (_MEAN); None for anything else."""
    m = _MEAN.fullmatch(text)
    if not m:
        return None
    if m["this"]:
        whose = "this" if keyed(m["this"]) == "này" else "that"
    else:
        whose = OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"
    return f"What does {whose} tattoo mean?"


def _like(text: str) -> str | None:
    """"Mẹ tôi không thích hình xăm." as "My mother doesn't like tattoos.", "Bạn có thích hình xăm không?" as "Do you
    like tattoos?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := who(m, asked)) is None:
        return None
    verb = f"{'really ' * bool(m['very'])}{_LIKES[keyed(m['verb'])]}"
    return _said(*said, asked, bool(m["not"]), verb, _THINGS[keyed(m["thing"])])


def _hurt(text: str) -> str | None:
    """"Xăm hình có đau không?" as "Does getting a tattoo hurt?", "Bấm lỗ tai có đau lắm không?" as "Does getting
    your ears pierced hurt a lot?" (_HURT); None for anything else."""
    m = _HURT.fullmatch(text)
    if not m:
        return None
    what = "a tattoo" if m["tat"] else "a piercing" if m["ring"] else "your ears pierced"
    return f"Does getting {what} hurt{' a lot' * bool(m['much'])}?"


def _agrees(m: re.Match, verb: str, one: bool) -> bool:
    """Whether the English verb of a match (`verb`, after "do", "does", "not" or alone) agrees with who (`one`):
    "Does she have", "she doesn't", "she has", "I have"; not "She have", "Does she has"."""
    aux = " ".join((m["do"] or m["not"] or "").lower().replace("’", "'").split())
    third = " ".join(verb.lower().replace("’", "'").split()).startswith(("has", "'s", "wants", "wears", "likes",
                                                                          "hates"))
    if aux:
        return not third and (aux in ("does", "doesn't", "does not")) == one
    return third == one


def _owns(m: re.Match, whose: str | None) -> bool:
    """Whether whose of a part (`whose`, "her") is who's own of a match of WHO_EN ("She … her", "My mother … her",
    "Lan … her"); True where none is said."""
    if not whose:
        return True
    whose = whose.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == whose
    said = his_her(who_vi(m)[0]) if m["kin"] else None
    return whose == said if said else whose in ("his", "her")


def _on_vi(m: re.Match) -> str | None:
    """Where a tattoo is (_ON_EN), in Vietnamese: " trên cả hai cánh tay", " trên lưng"; "" for nowhere said; None
    for two parts said as one, or one as two ("on both back", "on her arms")."""
    if not m["part"]:
        return ""
    part = m["part"].lower()
    if bool(m["both"]) != (part in _PLURAL.values()) or not _owns(m, m["owner"]):
        return None
    return f" trên {'cả hai ' * bool(m['both'])}{PLACES_VI[part]}"


def _said_vi(who_: str, asked: bool, not_: bool, verb: str, rest: str) -> str:
    """Who, a verb ("có", "muốn") and the rest in Vietnamese, asked ("Bạn có muốn … không?"), not or said."""
    if asked:
        return capitalised(f"{who_} {'có ' * (verb != 'có')}{verb} {rest} không?")
    return capitalised(f"{who_} {'không ' * not_}{verb} {rest}.")


def _have_vi(text: str) -> str | None:
    """"Do you have any tattoos?" as "Bạn có hình xăm nào không?", "He has a tattoo." as "Anh ấy có hình xăm.", "He
    wears an earring." as "Anh ấy đeo khuyên tai." (_HAVE_EN); None for anything else, and where the verb, "a" or
    "tattoos" does not agree."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    (who_, one), wear = who_vi(m), "wear" in m["verb"]
    if not _agrees(m, m["verb"], one) or (m["do"] or m["not"]) and "got" in m["verb"]:
        return None
    noun, n = (m["noun"] or "").lower(), (m["n"] or "").lower()
    many = noun.endswith("s")
    if noun and ((n in ("a", "an", "one")) == many or n in ("a", "an") and n != a_or_an(noun) or wear and
                 noun.startswith(("tattoo", "piercing")) or m["part"] and not noun.startswith("tattoo")):
        return None
    if not noun and (wear or m["not"]) or n == "any" and not (m["do"] or m["not"]):
        return None
    if noun.startswith("tattoo"):
        on = _on_vi(m)
        count = "" if n in ("", "a", "any") else f"{_COUNTS_EN[keyed(n)]} "
        thing = None if on is None else f"{count}hình xăm{' nào' * (n == 'any')}{on}"
    elif noun.startswith("piercing"):
        thing = "xỏ khuyên" if n in ("", "a", "any") else None
    elif noun:
        thing = f"khuyên {_RINGS_VI[keyed(noun.removesuffix('s'))]}" if n in ("", "a", "an") else None
    else:
        thing = "bấm lỗ tai" if m["ears"] else f"xỏ khuyên {PIERCED_VI[keyed(m['pierced'])]}"
    return _said_vi(who_, bool(m["do"]), bool(m["not"]), "đeo" if wear else "có", thing) if thing else None


def _getting_vi(m: re.Match) -> str | None:
    """What is got of _GET_EN, in Vietnamese: "đi xăm", "xăm thêm một hình xăm trên cánh tay", "bấm lỗ tai", "xỏ
    khuyên mũi"; None for whose not who's own, or a piercing placed."""
    if m["pierced"]:
        pierced = m["pierced"].lower()
        if not _owns(m, m["owner2"]):
            return None
        return "bấm lỗ tai" if pierced == "ears" else f"xỏ khuyên {PIERCED_VI[keyed(pierced)]}"
    tat, on = keyed(m["tat"].lower()), _on_vi(m)
    if on is None or tat == "a piercing" and on:
        return None
    if tat == "a piercing":
        return "xỏ khuyên"
    return {"a tattoo": f"xăm hình{on}" if on else "đi xăm", "another tattoo": f"xăm thêm một hình xăm{on}",
            "a new tattoo": f"xăm một hình xăm mới{on}"}[tat]


def _want_vi(text: str) -> str | None:
    """"She wants to get a tattoo." as "Cô ấy muốn đi xăm.", "Would you like to get your ears pierced?" as "Bạn có
    muốn bấm lỗ tai không?" (_WANT_EN); None for anything else, and where "wants" does not agree."""
    m = _WANT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    want = " ".join(m["want"].lower().replace("’", "'").split())
    if "like" in want:  # ("Would you like", "I'd like"; not "Do you like to", "I like to")
        if m["not"] or bool(m["do"]) != (want == "like") or m["do"] and m["do"] != "Would":
            return None
    elif m["do"] == "Would" or not _agrees(m, want, one):
        return None
    getting = _getting_vi(m)
    return _said_vi(who_, bool(m["do"]), bool(m["not"]), "muốn", getting) if getting else None


def _got_vi(text: str) -> str | None:
    """"I just got a tattoo." as "Tôi vừa đi xăm.", "She got her ears pierced." as "Cô ấy đã bấm lỗ tai." (_GOT_EN);
    None for anything else, "have got" without "just" (has), and "had" but a piercing."""
    m = _GOT_EN.fullmatch(text)
    if not m or m["have"] and not m["just"] or m["got"] == "had" and not m["pierced"]:
        return None
    who_, one = who_vi(m)
    if m["have"] and (m["have"].strip().lower().replace("’", "'") in ("'s", "has")) != one:
        return None
    getting = _getting_vi(m)
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {getting}.") if getting else None


def _mean_vi(text: str) -> str | None:
    """"What does this tattoo mean?" as "Hình xăm này có ý nghĩa gì?", "What does my mother's tattoo mean?" as "Hình
    xăm của mẹ tôi có ý nghĩa gì?" (_MEAN_EN); None for anything else."""
    m = _MEAN_EN.fullmatch(text)
    if not m:
        return None
    if m["this"]:
        whose = "này" if m["this"] == "this" else "đó"
    else:
        whose = f"của {WHOSE_VI[m['owner'].lower()] if m['owner'] else someone(m['someone'], 'en')}"
    return f"Hình xăm {whose} có ý nghĩa gì?"


def _like_vi(text: str) -> str | None:
    """"My mother doesn't like tattoos." as "Mẹ tôi không thích hình xăm.", "Do you like tattoos?" as "Bạn có thích
    hình xăm không?" (_LIKE_EN); None for anything else, and where the verb does not agree."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    if not _agrees(m, m["verb"], one):
        return None
    verb = "ghét" if m["verb"].startswith("hate") else "thích"
    return _said_vi(who_, bool(m["do"]), bool(m["not"]), verb, _THINGS_VI[m["thing"]])


def _hurt_vi(text: str) -> str | None:
    """"Does getting a tattoo hurt?" as "Xăm hình có đau không?", "Do piercings hurt?" as "Xỏ khuyên có đau không?"
    (_HURT_EN); None for anything else."""
    m = _HURT_EN.fullmatch(text)
    if not m:
        return None
    what = (m["what"] or m["many"] or m["to"]).split()[-1 if not m["to"] else 1]
    said = _HURT_VI["ears" if what == "ears" else what.removesuffix("s")]
    return f"{said} có đau{' lắm' * bool(m['much'])} không?"
