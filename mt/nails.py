"""Nails, both ways, written whole by rule: cutting one's own nails or toenails, a child's, another's or a pet's; nails
too long or dirty; a broken nail; an ingrown toenail; the nail clippers. v8 (rules on) drops whose nails are cut,
reads "móng" as a wave or a hand, "gãy" as nothing and "bấm" as biting, and "nails", "toenail", "clippers" as habits,
towels and clips: "Tôi cắt móng tay cho con." → "I cut my nails.", "Tôi cắt móng cho con chó của tôi." → "I cut my
nails.", "Móng tay của bạn dài quá." → "Your wave is too long.", "Móng chân của mẹ tôi dài quá." → "My mother's feet
are too long.", "Tôi bị gãy móng tay." → "I'm broken my nails.", "Tôi bị móng chân mọc ngược." → "I got my nails
growing back.", "Bấm móng tay ở đâu?" → "Where are nail-biting?", "Cắt móng tay đi." → "Taking your nails."; "Your
nails are too long." → "Thói của bạn quá dài.", "I broke a nail." → "Tôi broke móng tay.", "I have an ingrown
toenail." → "Tôi có một cơn gió mạnh.", "She broke a toenail." → "Cô ấy chia một chiếc khăn tắm.", "Where are the nail
clippers?" → "Cắt móng tay ở đâu?", "I can't find the nail clippers." → "Tôi không thể tìm thấy clip móng tay.".

Taken: who (mt.hobbies.WHO, WHO_EN) cuts ("cắt", "bấm", "tỉa" ↔ cut, trim, clip) their own nails or toenails, or
another's ("cho con": the child of I, we or you; "cho con cô ấy", "cho mẹ tôi", "cho anh ấy"; "cho con chó": the
dog's nails, the cat's claws): then ("đã"; bare only of I, you, we, they: "cut" says either tense), just, already
("… rồi"), now ("đang"), not yet ("chưa"), asked yet ("… chưa?"), has to, needs to ("có cần … không?"), should, will,
how often (mt.hobbies.SELDOM); told ("Cắt móng tay đi." ↔ "Cut your nails."); whose nails (mt.hobbies.OWNER) are
long, too long, so long ("dài thế"), so dirty, a bit long, not dirty, or asked; who broke a nail or a toenail (just,
already, asked); who has an ingrown toenail (said, denied, asked; we and they ingrown toenails); where the nail
clippers are (whose), who has a pair (asked), who can't find them. Left: "con" alone as whose ("Móng tay con bẩn
quá.": the child's, spoken to, or the speaker's, a child speaking?) and "cho con" after he, she, they, kin or a name
(whose child?), "his" or "her" of another after kin or a name ("Mẹ tôi cắt móng tay cho bà ấy.", "My mother can't
find her nail clippers.": her own, in the other language?), "cho mình" after another (me, or themselves?), a bare
"cắt" after he, she, kin or a name (cuts, or cut?), "có … không?" of cutting (did, or does?), "Bạn có bấm móng tay
không?" (clippers had, or nails clipped?), a name alone owning his or her nails, "anh", "chị", "em" alone saying it,
asking oneself, a pet as who, a pet's "móng tay", "móng" alone as a hoof or a foundation ("móng nhà"), "I broke your
nail", "Họ bị gãy móng chân." ("They broke a toenail.": one between them?), "thế" after another word of how
("không dài thế"), an ingrown fingernail; nails bitten (mt/nail_biting.py), done or painted at the salon
(mt/salons.py), nail polish (mt/makeup.py), nails cut at night (mt/fortune.py).
mt.phrasebook.translate tries these after mt/pay_rises.py.

    >>> translate("Tôi cắt móng tay cho con.", "vi", "en"), translate("Your nails are too long.", "en", "vi")
    ("I cut my child's nails.", 'Móng tay của bạn dài quá.')
"""
from __future__ import annotations

import re

from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, asked_of, pet, someone,
                      who, who_vi, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHOSE, SOFTENED_END, SOFTENER, ASKED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed,
                   present, stop)

_KEYS = {"vi": lazy(r"(?i:móng)"), "en": lazy(r"(?i:nail|claws)")}  # (a cheap look first: every sentence comes here)
_PARTS = {"tay": "nails", "chân": "toenails", "": "nails"}  # (a person's; "móng" alone: nails)
_PARTS_VI = {"nails": "móng tay", "fingernails": "móng tay", "toenails": "móng chân"}
_PETS = {"chó": "dog", "mèo": "cat"}
_PET_NAILS = {"dog": "nails", "cat": "claws"}
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
# before the verb of cutting (English then: the verb's form, the words before it); SELDOM's too, as a habit
_AUX = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "đang": "now", "phải": "have to",
        "cần": "need to", "nên": "should", "sẽ": "will", "chưa": "yet", "vẫn chưa": "still yet"}
_WAYS = {"just": ("has just cut", "have just cut"), "now": ("is cutting", "are cutting"),  # (of one, of more)
         "have to": ("has to cut", "have to cut"), "need to": ("needs to cut", "need to cut"),
         "will": ("will cut", "will cut")}
_HOW = {"quá": "too", "rất": "very", "lắm": "very", "hơi": "a bit", "khá": "quite"}  # (before long or dirty)
_HOW_VI = {"too": "{} quá", "so": "{} quá", "very": "rất {}", "really": "rất {}", "a bit": "hơi {}",
           "a little": "hơi {}", "quite": "khá {}"}
_ADJ = {"dài": "long", "bẩn": "dirty", "dơ": "dirty"}
_ADJ_VI = {"long": "dài", "dirty": "bẩn"}

_PART = r"móng(?:\s+(?P<part>tay|chân))?"
# whose nails, after "cho": one's own child ("cho con"), a pet with no owner said, or someone (mt.hobbies.WHOM)
_FOR = rf"(?:\s+cho\s+(?:(?P<kid>con)|(?:con\s+)?(?P<pet>chó|mèo)|{WHOM}))?"
# nails cut ("Tôi cắt móng tay cho con.", "Bạn đã cắt móng tay chưa?", "Mẹ tôi đang cắt móng chân.")
_CUT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)}|{alternatives(SELDOM)})\s+)?"
            rf"(?:cắt(?:\s+tỉa)?|bấm|tỉa)\s+{_PART}{_FOR}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
            rf"{SOFTENED_END}")
# ... told ("Cắt móng tay đi.", "Con đi cắt móng tay đi nhé.")
_TOLD = lazy(r"(?:(?:con|bạn)\s+)?(?:hãy\s+)?(?P<go>đi\s+)?(?:cắt|bấm)\s+móng(?:\s+(?P<part>tay|chân))?\s+đi"
             r"(?:\s+(?:con|nhé|nha))?\s*(?P<end>[.!]*)", re.IGNORECASE)
# whose nails are long or dirty ("Móng tay của bạn dài quá.", "Móng chân mẹ tôi có bẩn không?"), ending as
# mt.text.ASKED_END ends, its "thế", "vậy" kept: said of long or dirty, they are "so" ("Móng tay bạn dài thế!")
_STATE = lazy(rf"(?i:móng)\s+(?P<part>tay|chân)\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?"
              rf"(?:(?P<pre>quá|rất|hơi|khá|không|bị)\s+)?(?P<adj>dài|bẩn|dơ)(?:\s+(?P<post>quá|lắm))?"
              r"(?:\s+(?P<asked>không))?(?:\s+(?:(?P<so>vậy|thế)|nhỉ|ạ))?\s*(?P<end>[.!?]*)")
# a broken nail ("Tôi bị gãy móng tay.", "Móng tay tôi bị gãy rồi.", "Bạn có bị gãy móng chân không?")
_BROKE = lazy(rf"(?:(?i:móng)\s+(?P<part0>tay|chân)\s+(?:của\s+)?)?{WHO}\s+(?:(?P<ask>có)\s+)?"
              r"(?:(?P<aux>vừa\s+mới|vừa|mới|đã)\s+)?(?:(?P<bi>bị)\s+|(?P<made>làm)\s+)?g[ãẫ]y"
              rf"(?:\s+(?:một\s+)?(?:(?:cái|chiếc)\s+)?móng\s+(?P<part>tay|chân))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# an ingrown toenail ("Tôi bị móng chân mọc ngược.", "Móng chân của mẹ tôi bị mọc vào thịt.")
_INGROWN = lazy(rf"(?:(?P<nail0>(?i:móng\s+chân))\s+(?:của\s+)?)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?bị\s+"
                r"(?:(?P<nail>móng\s+chân)\s+)?(?:mọc\s+ngược|(?:mọc|đâm)\s+vào\s+(?:trong\s+)?thịt)" + ASKED_END)
# the clippers ("Bấm móng tay ở đâu?", "Tôi không tìm thấy cái bấm móng tay.", "Bạn có cái bấm móng tay không?")
_CLIPPERS = r"(?:bấm|kìm\s+cắt|đồ\s+cắt)\s+móng(?:\s+tay)?"
_WHERE = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?i:{_CLIPPERS})(?:\s+(?:của\s+)?{OWNER})?\s+(?:ở\s+)?đâu(?:\s+rồi)?"
              rf"{SOFTENER}\s*\?+")
_FIND = lazy(rf"{WHO}\s+(?:không|chẳng)\s+(?:tìm\s+)?thấy\s+(?:cái|chiếc)\s+{_CLIPPERS}(?:\s+(?:của\s+)?{OWNER})?"
             rf"(?:\s+đâu(?:\s+cả)?)?{SOFTENED_END}")
_HAVE = lazy(rf"{WHO}\s+có\s+(?:cái|chiếc)\s+{_CLIPPERS}\s+không{SOFTENER}\s*\?+")

# ... and in English: whose nails (a pet's with "the"), cut by who
_NAILS_EN = (rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<other>{SOMEONE_EN}|(?i:the)\s+(?:dog|cat))['’]s)\s+"
             r"(?P<part>nails|fingernails|toenails|claws)")
_ADV_EN = alternatives(HABIT_VI)
_CUT_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)\s+just|['’]ve\s+just|['’]s\s+just|"
               r"\s+(?:has|have)\s+to|\s+needs?\s+to|\s+should|\s+will|['’]ll|\s+(?:has|have)(?:\s+not|n['’]t)?|"
               r"['’](?:ve|s|m|re)|\s+(?:is|am|are)|\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
               rf"\s+(?:{_ADV_EN}))?\s+(?P<verb>cut|cuts|cutting|trim|trims|trimmed|trimming|"
               rf"clip|clips|clipped|clipping)\s+{_NAILS_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(r"(?:(?P<go>Go\s+and|Go)\s+cut|Cut|Trim|Clip)\s+your\s+(?P<part>nails|fingernails|toenails)"
                r"\s*(?P<end>[.!]*)", re.IGNORECASE)
_STATE_EN = lazy(rf"(?:(?P<q>Are)\s+)?(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<other>{SOMEONE_EN})['’]s)\s+"
                 r"(?P<part>nails|fingernails|toenails)(?P<be>\s+are(?:\s+not|n['’]t)?|['’]re)?\s+"
                 r"(?:(?P<how>too|so|very|really|a\s+bit|a\s+little|quite)\s+)?(?P<adj>long|dirty)\s*(?P<end>[.!?]*)")
_BROKE_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+just)?|['’](?:ve|s)(?:\s+just)?|\s+just)?"
                 rf"\s+(?P<verb>broke|broken|break)\s+(?:a|(?P<poss>(?i:{WHOSE_WORDS})))\s+"
                 r"(?P<part>nail|fingernail|toenail)\s*(?P<end>[.!?]*)")
_INGROWN_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’](?:ve|s)\s+got|\s+(?:has|have)\s+got|"
                   r"\s+(?:do|does)\s+not\s+have|\s+(?:don|doesn)['’]t\s+have)\s+an\s+ingrown\s+toenail"
                   r"\s*(?P<end>[.!?]*)")
_CLIPPERS_EN = r"nail\s+(?P<tool>clippers|clipper)"
_WHOSE_CLIPPERS_EN = rf"(?:(?P<the>the)|(?P<poss>(?i:{WHOSE_WORDS}))|(?P<other>{SOMEONE_EN})['’]s)\s+{_CLIPPERS_EN}"
_WHERE_EN = lazy(rf"Where(?P<be>\s+are|\s+is|['’]s)\s+{_WHOSE_CLIPPERS_EN}\s*\?+")
_FIND_EN = lazy(rf"{WHO_EN}\s+(?:can['’]t|cannot|can\s+not)\s+find\s+{_WHOSE_CLIPPERS_EN}\s*(?P<end>[.!]*)")
_HAVE_EN = lazy(rf"(?P<q>Do|Does)\s+{WHO_EN}\s+have\s+(?:(?:any\s+)?nail\s+clippers|a\s+nail\s+clipper)\s*\?+")
_THIRD = {"has", "does", "is", "'s", "needs", "cuts", "trims", "clips", "doesn't"}
_OTHER = {"have", "do", "are", "'re", "'ve", "need", "trim", "clip", "don't"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of nails cut, long, dirty or broken, an ingrown toenail or the nail clippers;
    None for any other."""
    if src == "vi":
        return _cut(text) or _told(text) or _state(text) or _broke(text) or _ingrown(text) or _clippers(text)
    return (_cut_vi(text) or _told_vi(text) or _state_vi(text) or _broke_vi(text) or _ingrown_vi(text) or
            _clippers_vi(text))


def _whose_en(m: re.Match, owner: str = "owner") -> str | None:
    """Whose, in English, of the groups `owner` and "someone" (mt.hobbies.OWNER) of a match: "my", "my mother's";
    "the" for neither; None for a pet."""
    if m[owner]:
        return OWNERS[keyed(m[owner])]
    if not m["someone"]:
        return "the"
    return None if pet(m["someone"], "vi") else f"{someone(m['someone'], 'vi')}'s"


def _nails_of(m: re.Match, who_: str) -> str | None:
    """Whose nails a match of _CUT cuts, in English: "my nails", "my child's toenails", "the cat's claws"; None where
    whose is not known, a pet's "móng tay", or another's would read as who's own (_may_be_own)."""
    part, own = m["part"] or "", whose_own(m, who_)
    if m["whom"] and keyed(m["whom"]) == "mình":
        return None  # ("Mẹ tôi cắt móng tay cho mình.": mine, or her own?)
    if m["pet"] or m["whom"] and pet(m["whom"], "vi"):
        said = f"the {_PETS[keyed(m['pet'])]}" if m["pet"] else as_whom(m["whom"], "vi")
        nails = None if part == "tay" else f"{said}'s {_PET_NAILS[said.split()[-1]]}"
        return None if _may_be_own(m, said, own) else nails
    if m["kid"]:
        return f"{EN_WHOSE[who_]} child's {_PARTS[part]}" if who_ in ("I", "we", "you") else None
    if m["whom"]:
        whom = as_whom(m["whom"], "vi")
        whose = _OBJECT_WHOSE.get(whom) or f"{whom}'s"
        return None if whose == EN_WHOSE.get(who_) or _may_be_own(m, whose, own) else f"{whose} {_PARTS[part]}"
    return own and f"{own} {_PARTS[part]}"


def _may_be_own(m: re.Match, whose: str, own: str | None) -> bool:
    """Whether English whose of another (`whose`: "her", "his son's", in small letters) after kin or a name (the group
    "who" of `m` empty) may read as who's own (`own`: their "his" or "her", or None) in the other language."""
    first = whose.split()[0]
    return not m["who"] and first in ("his", "her") and own in (first, None)


def _cut(text: str) -> str | None:
    """"Tôi cắt móng tay cho con." as "I cut my child's nails.", "Bạn đã cắt móng tay chưa?" as "Have you cut your
    nails yet?", "Tôi phải cắt móng chân." as "I have to cut my toenails." (_CUT); None for anything else."""
    m = _CUT.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or animal(m):
        return None
    aux, asked = keyed(m["aux"] or ""), keyed(m["asked"] or "")
    said = who(m, bool(asked))
    nails = said and _nails_of(m, said[0])
    if not nails or asked and said[0] in ("I", "we") and aux != "cần":
        return None  # (asked of oneself: "Tôi đã cắt móng tay chưa?")
    (who_, one), end = said, stop(m["end"])
    if asked == "chưa":
        ok = aux in ("", "đã") and not (m["ask"] or m["done"])
        return f"{'Has' if one else 'Have'} {who_} cut {nails} yet?" if ok else None
    if asked:  # ("Bạn có cắt móng tay cho con không?": did, or does?)
        return f"{'Does' if one else 'Do'} {who_} need to cut {nails}?" if m["ask"] and aux == "cần" else None
    if m["ask"] or m["done"] and aux not in ("", "đã"):
        return None
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} cut {nails}") + end)
    if aux in SELDOM:
        return present(who_, one, "cut", nails, end=m["end"], adverb=f"{SELDOM[aux]} ")
    way = _AUX.get(aux, "")
    if not way:
        return None if one else capitalised(f"{who_} cut {nails}{end}")
    if way in _WAYS:
        verb = "am cutting" if way == "now" and who_ == "I" else _WAYS[way][not one]
        return capitalised(contracted(who_, f"{verb} {nails}") + end)
    if way in ("yet", "still yet"):
        still, yet = ("still ", "") if way == "still yet" else ("", " yet")
        return capitalised(f"{who_} {still}{'hasn' if one else 'haven'}'t cut {nails}{yet}{end}")
    return capitalised(f"{who_} {'cut' if way == 'past' else 'should cut'} {nails}{end}")


def _told(text: str) -> str | None:
    """"Đi cắt móng chân đi." as "Go and cut your toenails." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    return m and f"{'Go and cut' if m['go'] else 'Cut'} your {_PARTS[keyed(m['part'] or '')]}{stop(m['end'])}"


def _state(text: str) -> str | None:
    """"Móng tay anh ấy bẩn quá." as "His nails are so dirty.", "Móng tay của bạn dài thế!" as "Your nails are so
    long!" (_STATE); None for anything else, and for "bị dài" (no one says it so)."""
    m = _STATE.fullmatch(text)
    asked = m and asked_of(m)
    whose = None if asked is None else _whose_en(m)
    if not whose or whose == "the":
        return None
    pre, post, adj = keyed(m["pre"] or ""), keyed(m["post"] or ""), _ADJ[keyed(m["adj"])]
    nails = f"{whose} {_PARTS[keyed(m['part'])]}"
    plain = pre in ("", "bị") and not post
    if pre == "bị" and adj == "long" or pre and pre != "bị" and post:
        return None
    if m["so"] and not (asked or plain or post == "quá"):
        return None  # ("Móng tay tôi không dài thế.": not that long)
    if asked:
        return f"Are {nails} {adj}?" if plain else None
    if pre == "không":
        return capitalised(f"{nails} aren't {adj}{stop(m['end'])}")
    # ("quá bẩn", "bẩn quá": so dirty, not "too dirty"; "dài thế": so long)
    how = "so" if m["so"] and plain or "quá" in (pre, post) and adj == "dirty" else _HOW.get(pre) or _HOW.get(post, "")
    return capitalised(f"{nails} are {how} {adj}{stop(m['end'])}".replace("  ", " "))


def _broke(text: str) -> str | None:
    """"Tôi bị gãy móng tay." as "I broke a nail.", "Móng tay tôi bị gãy rồi." as "I've broken a nail.", "Bạn có bị
    gãy móng tay không?" as "Did you break a nail?" (_BROKE); None for anything else."""
    m = _BROKE.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or bool(m["part0"]) == bool(m["part"]) or m["part0"] and not m["bi"] or animal(m):
        return None
    said = who(m, asked)
    if not said or said[0] in ("we", "they") or asked and (said[0] == "I" or m["aux"] or m["done"]):
        return None
    (who_, one), aux, end = said, keyed(m["aux"] or ""), stop(m["end"])
    nail = "a toenail" if keyed(m["part0"] or m["part"]) == "chân" else "a nail"
    if asked:
        return f"Did {who_} break {nail}?"
    if aux in ("vừa", "mới", "vừa mới"):
        just = None if m["done"] else f"{'has' if one else 'have'} just broken {nail}"
        return just and capitalised(contracted(who_, just) + end)
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} broken {nail}") + end)
    return capitalised(f"{who_} broke {nail}{end}")


def _ingrown(text: str) -> str | None:
    """"Tôi bị móng chân mọc ngược." as "I have an ingrown toenail.", "Họ bị móng chân mọc ngược." as "They have
    ingrown toenails." (_INGROWN); None for anything else."""
    m = _INGROWN.fullmatch(text)
    asked = m and asked_of(m)
    if asked is None or bool(m["nail0"]) == bool(m["nail"]) or animal(m):
        return None
    said = who(m, asked)
    if not said or asked and said[0] in ("I", "we"):
        return None
    toenail = "ingrown toenails" if said[0] in ("we", "they") else "an ingrown toenail"
    return present(*said, "have", toenail, asked, bool(m["not"]), m["end"])


def _clippers(text: str) -> str | None:
    """"Bấm móng tay ở đâu?" as "Where are the nail clippers?", "Bạn có cái bấm móng tay không?" as "Do you have
    nail clippers?" (_WHERE, _FIND, _HAVE); None for anything else."""
    if m := _WHERE.fullmatch(text):
        whose = _whose_en(m)
        return whose and f"Where are {whose} nail clippers?"
    if m := _FIND.fullmatch(text):
        said, whose = None if animal(m) or "?" in m["end"] else who(m, False), _whose_en(m)
        if not said or not whose or _may_be_own(m, whose, whose_own(m, said[0])):
            return None  # ("Mẹ tôi không tìm thấy cái bấm móng tay của cô ấy.": another woman's)
        return capitalised(f"{said[0]} can't find {whose} nail clippers{stop(m['end'])}")
    m = _HAVE.fullmatch(text)
    said = who(m, True) if m and not animal(m) else None
    return said and f"{'Does' if said[1] else 'Do'} {said[0]} have nail clippers?"


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether the verb `word` said first after who in English agrees with it ("she has", "I am", "do you"); True for
    a verb that does not tell ("will", "cut")."""
    word = " ".join(word.lower().replace("’", "'").split())
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word in ("are", "'re"):
        return not one and who_ != "tôi"
    return one if word in _THIRD else not one if word in _OTHER else True


def _for_vi(m: re.Match, who_: str) -> str | None:
    """The nails of a match of _NAILS_EN and whose, after the verb in Vietnamese: "móng tay", "móng chân cho con",
    "móng tay cho mẹ tôi", "móng cho con chó"; None where whose is not known (_may_be_own), or a person's claws."""
    part, poss, other = m["part"].lower(), (m["poss"] or "").lower(), m["other"]
    own = _own_vi(m, who_)
    if other and _may_be_own(m, other.lower(), own):
        return None  # (but "My mother cut her nails.": her own, "Mẹ tôi đã cắt móng tay.")
    if other and other.lower().split()[-1] in ("dog", "cat"):
        first = other.lower().split()[0]
        whose = "" if first == "the" else f" của {WHOSE_VI[first]}"
        return f"móng cho con {'chó' if other.lower().endswith('dog') else 'mèo'}{whose}"
    if part == "claws":
        return None
    if other:
        mine = (m["who"] or "").lower() in ("i", "we", "you")
        kid = mine and re.fullmatch(rf"(?i:{own})\s+child", other)
        return f"{_PARTS_VI[part]} cho {'con' if kid else someone(other, 'en')}"
    if poss == own:
        return _PARTS_VI[part]
    if own is None and poss in ("his", "her", "their"):
        return None  # ("Lan cut her nails.": Lan's own, or another's?)
    return f"{_PARTS_VI[part]} cho {WHOSE_VI[poss]}"


def _own_vi(m: re.Match, who_: str) -> str | None:
    """Who's own "my", "his" or "her" in English, of a match of WHO_EN (`who_` as who_vi gives it); None if unknown."""
    return WHOSE_OF.get((m["who"] or "").lower()) or (his_her(who_) if m["kin"] else None)


def _cut_vi(text: str) -> str | None:
    """"I cut my child's nails." as "Tôi cắt móng tay cho con.", "She cut her nails." as "Cô ấy đã cắt móng tay."
    (_CUT_EN); None for anything else, and where a verb does not agree with who ("She cut" is then, "She cuts" now)."""
    m = _CUT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    nails = _for_vi(m, who_)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    verb, q, yet = m["verb"].lower(), (m["q"] or "").lower(), bool(m["yet"])
    form = "ing" if verb.endswith("ing") else "s" if verb.endswith("s") else "base" if verb in (
        "trim", "clip") else "pp" if verb.endswith("ed") else "cut"
    first = q or aux.split(" ")[0] if q or aux else verb
    if not nails or not _agrees(first, who_, one) or q and aux not in ("", "need to") or yet and not (
            q in ("have", "has") or aux.endswith("not") and aux.startswith("ha")):
        return None
    done = form in ("cut", "pp")
    key = "đã {} chưa?" if q in ("have", "has") and not aux and done else None
    if q in ("do", "does") and form in ("cut", "base"):  # ("Do you need to cut …?")
        key = "có cần {} không?" if aux else "có {} không?"
    if not q:
        plain = form == "s" if one else form in ("cut", "base")  # (the present agreeing: "she cuts", "I cut")
        key = {"": "{}." if plain else "đã {}." if done else None, "will": "sẽ {}.", "'ll": "sẽ {}.",
               "should": "nên {}.", "has to": "phải {}.", "have to": "phải {}.", "need to": "cần {}.",
               "needs to": "cần {}.", "do not": "không {}.", "does not": "không {}."}.get(aux)
        if aux in ("will", "'ll", "should", "has to", "have to", "need to", "needs to", "do not", "does not"):
            key = key if form in ("cut", "base") else None
        elif aux in ("has just", "have just", "'ve just", "'s just"):
            key = "vừa {}." if done else None
        elif aux in ("has", "have", "'ve", "'s") and done:
            key = "đã {} rồi."
        elif aux in ("has not", "have not") and done and yet:
            key = "chưa {}."
        elif aux in ("is", "am", "are", "'s", "'m", "'re") and form == "ing":
            key = "đang {}."
        elif aux in HABIT_VI and plain:
            key = f"{HABIT_VI[aux]} {{}}."
        elif aux:
            key = None
    if key is None:
        return None
    said = key.format(f"cắt {nails}")
    return capitalised(f"{who_} {said[:-1]}{stop(m['end']) if said.endswith('.') else '?'}")


def _told_vi(text: str) -> str | None:
    """"Go and cut your toenails." as "Đi cắt móng chân đi." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    return m and f"{'Đi cắt' if m['go'] else 'Cắt'} {_PARTS_VI[m['part'].lower()]} đi{stop(m['end'])}"


def _whose_vi(m: re.Match) -> str | None:
    """Whose, in Vietnamese, of the groups "poss" and "other" of an English match: "tôi" for "my", "mẹ tôi" for "my
    mother's"; None for a pet."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()]
    return None if pet(m["other"], "en") else someone(m["other"], "en")


def _state_vi(text: str) -> str | None:
    """"His nails are so dirty." as "Móng tay của anh ấy bẩn quá." (_STATE_EN); None for anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or not (whose := _whose_vi(m)):
        return None
    be, adj = (m["be"] or "").lower().replace("’", "'"), _ADJ_VI[m["adj"]]
    nails = f"{_PARTS_VI[m['part'].lower()]} của {whose}"
    if m["q"] or "not" in be or "n't" in be:
        if m["how"]:
            return None
        return capitalised(f"{nails} có {adj} không?" if m["q"] else f"{nails} không {adj}{stop(m['end'])}")
    said = _HOW_VI[" ".join(m["how"].split())].format(adj) if m["how"] else adj
    return capitalised(f"{nails} {said}{stop(m['end'])}")


def _broke_vi(text: str) -> str | None:
    """"She has just broken a toenail." as "Cô ấy vừa bị gãy móng chân." (_BROKE_EN); None for anything else."""
    m = _BROKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    if m["poss"] and m["poss"].lower() != _own_vi(m, who_) or not _agrees(aux.split(" ")[0] if aux else "", who_, one):
        return None
    nail = "móng chân" if m["part"] == "toenail" else "móng tay"
    verb, end = m["verb"], stop(m["end"])
    if m["q"]:
        return capitalised(f"{who_} có bị gãy {nail} không?") if verb == "break" and not aux else None
    if aux in ("", "just"):
        return capitalised(f"{who_} {'vừa ' if aux else ''}bị gãy {nail}{end}") if verb == "broke" else None
    if verb != "broken":
        return None
    return capitalised(f"{who_} vừa bị gãy {nail}{end}" if aux.endswith("just") else f"{who_} bị gãy {nail} rồi{end}")


def _ingrown_vi(text: str) -> str | None:
    """"Does he have an ingrown toenail?" as "Anh ấy có bị móng chân mọc ngược không?" (_INGROWN_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _INGROWN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join(m["aux"].lower().replace("’", "'").replace("n't", " not").split())
    if not _agrees(m["q"] or aux.split(" ")[0], who_, one) or m["q"] and aux != "have":
        return None
    said = "có bị" if m["q"] else "không bị" if "not" in aux else "bị"
    return capitalised(f"{who_} {said} móng chân mọc ngược{' không?' if m['q'] else stop(m['end'])}")


def _clippers_vi(text: str) -> str | None:
    """"I can't find my nail clippers." as "Tôi không tìm thấy cái bấm móng tay của tôi." (_WHERE_EN, _FIND_EN,
    _HAVE_EN); None for anything else, and "Where is the nail clippers?"."""
    if m := _WHERE_EN.fullmatch(text):
        whose = "" if m["the"] else _whose_vi(m)
        if whose is None or (m["tool"] == "clippers") != (m["be"].strip().lower() == "are"):
            return None
        return f"Cái bấm móng tay{f' của {whose}' if whose else ''} ở đâu?"
    if m := _FIND_EN.fullmatch(text):
        whose, who_ = "" if m["the"] else _whose_vi(m), who_vi(m)[0]
        if whose is None or animal(m) or whose and _may_be_own(m, (m["poss"] or m["other"]).lower(), _own_vi(m, who_)):
            return None  # ("My mother can't find her nail clippers.": not "… của cô ấy", another woman's)
        return capitalised(f"{who_} không tìm thấy cái bấm móng tay{f' của {whose}' if whose else ''}{stop(m['end'])}")
    m = _HAVE_EN.fullmatch(text)
    ok = m and not animal(m) and _agrees(m["q"], *who_vi(m))
    return capitalised(f"{who_vi(m)[0]} có cái bấm móng tay không?") if ok else None
