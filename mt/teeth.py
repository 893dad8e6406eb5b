"""Teeth troubles outside the dentist's chair, both ways, written whole by rule: sensitive teeth, bleeding gums, a
loose tooth, a child's teeth coming in, decayed baby teeth, baby teeth being lost, and wearing braces. v8 (rules on)
reads "ê" (sensitive) as nothing, "chân răng" (gums) as feet, "lung lay" (loose) as shaken, "sún" as nothing:
"Tôi bị ê răng." → "I have teeth.", "Tôi bị chảy máu chân răng." → "I have a bleeding of my teeth.", "Chân răng tôi
bị chảy máu." → "My footwear has bleeding.", "Răng tôi bị lung lay." → "My teeth were shaken.", "Con tôi mọc răng
rồi." → "My baby grows tooth.", "Con tôi bị sún răng." → "My child has teeth.", "Con tôi đang thay răng." → "My child
is teething.", "Tôi đeo niềng răng." → "I wore my teeth."; "My teeth are sensitive." → "Tóc của tôi nhạy cảm." (hair),
"I have bleeding gums." → "Tôi có nướu răng.", "My tooth is loose." → "Trời của tôi là nới lỏng.", "My son has a wobbly
tooth." → "Con trai tôi có một cái bụng quá.", "My son has decayed baby teeth." → "Con trai tôi đã trang trí răng cho
bé." (decorated), "She wears braces." → "Cô ấy đeo dụng cụ chỉnh hình.".

Taken: who (mt.hobbies.WHO, WHO_EN) has sensitive teeth (to cold, to sweet things …), bleeding gums (often, when
brushing), a loose tooth (a front tooth), said, denied or asked; a child (a son, a daughter, a child, a baby) with teeth
now (two teeth), decayed baby teeth, losing their baby teeth, cutting teeth, or who has just lost their first tooth;
who wears braces, used to, has to, asked. Left: teething, "đang mọc răng" (mt/crying.py), teeth yet and the first tooth
got (mt/milestones.py), braces had or got, a tooth lost, "sâu răng" and cavities (mt/dentist.py), a toothache
(mt/aches.py, mt.terms' ailments), "anh", "chị", "em" saying it, a grown-up's "baby teeth", and anything else.
mt.phrasebook.translate tries these after mt/housewarming.py.

    >>> translate("Tôi bị ê răng.", "vi", "en"), translate("She wears braces.", "en", "vi")
    ('I have sensitive teeth.', 'Cô ấy đang niềng răng.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:răng|lợi|nướu|niềng)"), "en": lazy(r"(?i:tooth|teeth|gums|braces)")}
# what teeth are sensitive to (the first Vietnamese of each is written back)
_TO = {"khi ăn uống đồ lạnh": "cold", "với đồ lạnh": "cold", "khi ăn đồ lạnh": "cold food",
       "khi uống đồ lạnh": "cold drinks", "khi uống nước lạnh": "cold water", "khi ăn đồ ngọt": "sweet things",
       "với đồ ngọt": "sweet things", "khi ăn đồ nóng": "hot food"}
_TO_VI = {en: vi for vi, en in reversed(_TO.items())} | {"sweets": "khi ăn đồ ngọt", "cold things": "với đồ lạnh"}
_YOUNG, _YOUNG_EN = {"con", "con trai", "con gái"}, {"child", "son", "daughter"}  # (whose are baby teeth)
_N = {"một": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "bốn": 4, "4": 4}
_N_EN = {1: "one tooth", 2: "two teeth", 3: "three teeth", 4: "four teeth"}
_N_VI = {"one": "một", "two": "hai", "three": "ba", "four": "bốn"}
_PAIRS = {"my": "I", "your": "you", "his": "he", "her": "she", "our": "we", "their": "they"}  # (whose, who brushes)

# a child, or a baby ("bé nhà tôi"), in Vietnamese and in English (group baby, whose in bwhose)
_YOUNG_WHO = rf"(?:{WHO}|(?P<baby>(?i:em\s+bé|bé))\s+(?:nhà\s+|của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))"
_WHO_EN = rf"(?:{WHO_EN}|(?P<bwhose>(?i:{WHOSE_WORDS}))\s+(?P<baby>baby))"
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN}|(?i:{WHOSE_WORDS})\s+baby)['’]s)"
_GUM = r"(?i:chân\s+răng|lợi|nướu(?:\s+răng)?)"
_ASKED = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"

# sensitive teeth ("Tôi bị ê răng.", "Răng tôi bị ê buốt khi ăn đồ lạnh.", "Bạn có bị ê răng không?")
_SORE = lazy(rf"(?:(?P<teeth0>(?i:răng))\s+(?:của\s+)?)?{WHO}\s+{_ASKED}bị\s+ê(?:\s+buốt)?(?P<teeth>\s+răng)?"
             rf"(?:\s+(?P<to>{alternatives(_TO)}))?{ASKED_END}")
# bleeding gums ("Tôi bị chảy máu chân răng.", "Lợi tôi hay bị chảy máu khi đánh răng.")
_GUMS = lazy(rf"(?:(?P<gum0>{_GUM})\s+(?:của\s+)?)?{WHO}\s+{_ASKED}(?:(?P<often>hay|thường)\s+)?bị\s+chảy\s+máu"
             rf"(?:\s+(?P<gum>{_GUM}))?(?:\s+(?P<brush>(?:mỗi\s+)?khi\s+đánh\s+răng))?{ASKED_END}")
# a loose tooth ("Răng tôi bị lung lay.", "Con tôi bị lung lay răng cửa.", "Tôi có một cái răng bị lung lay.")
_LOOSE = lazy(rf"(?:(?P<tooth0>(?i:răng))(?P<front0>\s+cửa)?\s+(?:của\s+)?)?{WHO}\s+(?:(?P<ask>có)\s+)?"
              r"(?:(?P<has>có)\s+(?:(?:một|1)\s+)?(?:cái|chiếc)\s+răng(?P<front1>\s+cửa)?\s+(?:bị\s+)?lung\s+lay|bị\s+"
              r"lung\s+lay(?P<tooth2>\s+(?:(?:một|1)\s+)?(?:(?:cái|chiếc)\s+)?răng(?P<front2>\s+cửa)?)?)(?:\s+rồi)?"
              rf"{ASKED_END}")
# a child's teeth in ("Con tôi mọc răng rồi.", "Con tôi mọc được hai cái răng rồi.")
_GROWN = lazy(rf"{_YOUNG_WHO}\s+(?:(?P<did>đã)\s+)?mọc\s+(?:được\s+)?(?:(?P<n>{alternatives(_N)})\s+(?:cái|chiếc)\s+)?"
              rf"răng(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# a child's decayed baby teeth ("Con tôi bị sún răng.", "Răng con gái tôi bị sún.")
_DECAYED = lazy(rf"(?:(?P<teeth0>(?i:răng))\s+(?:của\s+)?)?{_YOUNG_WHO}\s+(?:(?P<ask>có)\s+)?bị\s+sún"
                rf"(?P<teeth>\s+răng)?{ASKED_END}")
# a child losing their baby teeth ("Con tôi đang thay răng.", "Con trai tôi bắt đầu thay răng rồi.")
_CHANGING = lazy(rf"{_YOUNG_WHO}\s+(?:(?P<ing>đang)|(?P<start>(?:đã\s+)?bắt\s+đầu))\s+thay\s+răng(?:\s+sữa)?"
                 rf"(?:\s+rồi)?{SOFTENED_END}")
# ... or their first ("Con gái tôi vừa rụng chiếc răng sữa đầu tiên.": a tooth lost is mt/dentist.py's)
_FIRST = lazy(rf"{_YOUNG_WHO}\s+(?P<tense>vừa\s+mới|vừa|mới|đã)\s+(?:bị\s+)?rụng\s+(?:cái|chiếc)\s+răng(?:\s+sữa)?"
              rf"\s+đầu\s+tiên(?:\s+rồi)?{SOFTENED_END}")
# braces worn ("Tôi đang đeo niềng răng.", "Bạn có từng niềng răng không?": had or got is mt/dentist.py's)
_BRACES = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<used>(?:đã\s+)?từng)\s+(?:đeo\s+)?|(?:đang\s+)?đeo\s+)"
               rf"niềng(?:\s+răng)?{ASKED_END}")

# ... and in English: who has what, the verb after who (group aux) agreeing with who
_HAS_EN = (r"(?P<aux>\s+has|\s+have|['’](?:ve|s)\s+got|\s+(?:has|have)\s+got|\s+(?:do|does)\s+not\s+have|"
           r"\s+(?:don|doesn)['’]t\s+have)")
# ("I have sensitive teeth to cold." is not English: what to is said only after "are sensitive")
_HAVING_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}{_HAS_EN}\s+(?:(?P<sore>sensitive\s+teeth)|"
                  rf"(?P<gums>bleeding\s+gums)|a\s+(?:loose|wobbly)\s+(?P<front>front\s+)?"
                  r"(?P<tooth>tooth)|(?P<decayed>(?:decayed|rotten)\s+(?:baby|milk)\s+teeth)|(?:(?P<n>one|two|three|"
                  r"four)\s+)?(?P<now>teeth|tooth)\s+now)\s*(?P<end>[.!?]*)")
_TEETH_EN = lazy(rf"(?:(?P<q>Are)\s+)?(?:(?P<one>(?i:one\s+of))\s+)?{_WHOSE_EN}\s+(?:(?P<front>front)\s+)?"
                 r"(?:(?P<milk>baby|milk)\s+)?(?P<teeth>teeth|tooth)"
                 r"(?P<be>\s+(?:is|are)(?:\s+not|n['’]t)?|['’](?:s|re))?"
                 rf"\s+(?:(?P<sore>sensitive)(?:\s+to\s+(?P<to>{alternatives(_TO_VI)}))?|(?P<loose>loose|wobbly)|"
                 r"(?P<decayed>decayed|rotten|decaying|rotting)|(?P<coming>coming\s+(?:in|through))|"
                 r"(?P<out>falling\s+out|coming\s+out))\s*(?P<end>[.!?]*)")
_GUMS_EN = lazy(rf"(?:(?P<q>Do)\s+)?{_WHOSE_EN}\s+gums(?P<aux>\s+are|['’]re|\s+do\s+not|\s+don['’]t|\s+keep)?"
                r"(?:\s+(?P<often>often))?\s+(?P<bleed>bleed|bleeding)(?P<when>\s+when\s+(?P<sub>\w+)\s+"
                r"(?P<brush>brush|brushes)\s+(?P<poss2>\w+)\s+teeth)?\s*(?P<end>[.!?]*)")
_CHILD_EN = lazy(rf"{_WHO_EN}(?P<aux>\s+is|\s+has|['’]s)?(?:\s+(?P<just>just))?\s+"
                 r"(?:(?P<cut>cutting\s+(?:a\s+tooth|teeth))|"
                 r"(?P<start>started\s+)?losing\s+(?P<poss>his|her|their)\s+(?:baby|milk)\s+teeth|"
                 r"(?P<lost>lost)\s+(?P<poss2>his|her|their)\s+(?:very\s+)?first\s+(?:baby\s+|milk\s+)?tooth)"
                 r"\s*(?P<end>[.!]*)")
_BRACES_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}"
                  r"(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|\s+is|\s+are|\s+am|['’](?:s|re|m)|\s+used\s+to|"
                  r"\s+(?:has|have)\s+to)?\s+(?P<verb>wear|wears|wearing|use\s+to\s+wear)\s+braces\s*(?P<end>[.!?]*)")
# the verbs said of one (he, she, my mother) and of others, as _agrees reads them
_THIRD = {"has", "does", "is", "'s", "doesn't", "wears", "does not", "'s got", "has got", "doesn't have"}
_OTHER = {"have", "do", "are", "'re", "don't", "wear", "do not", "'ve got", "have got", "don't have", "'m", "am"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of sensitive teeth, bleeding gums, a loose tooth, a child's teeth coming in,
    decayed or lost, or braces worn; None for any other."""
    if src == "vi":
        return _sore(text) or _gums(text) or _loose(text) or _young(text) or _braces(text)
    return _having_vi(text) or _teeth_vi(text) or _gums_vi(text) or _child_vi(text) or _braces_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có bị … không?"), False said; None for "có" or "không?" alone, or both
    "không" and asked.

    >>> _asked(_BRACES.fullmatch("Tôi đeo niềng răng không?")) is None  # (no "có": asked, or said?)
    True
    """
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or groups.get("ask") and not asked or asked and groups.get("not"):
        return None
    if asked and "ask" in groups and not (groups["ask"] or groups.get("has")):
        return None  # ("có" left out: "Lợi tôi hay bị chảy máu khi đánh răng không?" is not surely asked)
    return asked


def _said(pattern, text: str, firsts: tuple[str, str]) -> tuple[re.Match, bool, str, bool] | None:
    """A match of `pattern` (of WHO, asked or not), whether it asks, who in English and whether one ("she has"); None
    where it does not match, or where both or neither of the groups `firsts` are said ("Răng tôi bị ê" or "Tôi bị
    ê răng", not "Răng tôi bị ê răng")."""
    m = pattern.fullmatch(text)
    if not m or bool(m[firsts[0]]) == bool(m[firsts[1]]) or (asked := _asked(m)) is None:
        return None
    said = who(m, asked)
    return said and (m, asked, *said)


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _pair(m: re.Match, who_: str) -> tuple[str, str] | None:
    """Who and whose brushing, in English, of who of a match of WHO: ("I", "my"), ("she", "her") for "mẹ tôi",
    ("they", "their") for "con tôi"; None for a name alone (he or she, not known)."""
    if who_ in EN_WHOSE:
        return who_, EN_WHOSE[who_]
    whose = his_her_of(m) or (None if m["given"] else "their")
    return whose and (_PAIRS[whose], whose)


def _young_who(m: re.Match, asked: bool, baby: str = "baby") -> tuple[str, str] | None:
    """A child of a match of _YOUNG_WHO in English, and whose ("my son", "his"; "my baby", "their", "bé" as `baby`);
    None for any other who."""
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} {baby}", "their"
    said = who(m, asked) if keyed(m["kin"] or "") in _YOUNG else None
    return said and (said[0], his_her(m["kin"]) or "their")


def _sore(text: str) -> str | None:
    """"Tôi bị ê răng." as "I have sensitive teeth.", "Răng tôi bị ê buốt khi ăn đồ lạnh." as "My teeth are
    sensitive to cold food.", "Bạn có bị ê răng không?" as "Do you have sensitive teeth?" (_SORE); None for
    anything else."""
    said = _said(_SORE, text, ("teeth0", "teeth"))
    if said is None:
        return None
    m, asked, who_, one = said
    if m["to"]:
        teeth, to = f"{_whose(who_)} teeth", _TO[keyed(m["to"])]
        return (f"Are {teeth} sensitive to {to}?" if asked else
                capitalised(f"{teeth} {'are not' if m['not'] else 'are'} sensitive to {to}."))
    return _has(who_, one, asked, m["not"], "sensitive teeth")


def _has(who_: str, one: bool, asked: bool, not_: str | None, what: str) -> str:
    """Who has `what`, in English: "I have …", "My mother has …", "Do you have …?", "She doesn't have …"."""
    return present(who_, one, "have", what, asked, bool(not_))


def _gums(text: str) -> str | None:
    """"Tôi bị chảy máu chân răng." as "I have bleeding gums.", "Lợi tôi hay bị chảy máu khi đánh răng." as "My gums
    often bleed when I brush my teeth.", "Tôi không bị chảy máu chân răng." as "My gums don't bleed." (_GUMS); None
    for anything else."""
    said = _said(_GUMS, text, ("gum0", "gum"))
    if said is None or said[0]["not"] and said[0]["often"] or said[1] and said[2] in ("I", "we"):
        return None  # (asked of oneself: whether one's own gums bleed is known)
    m, asked, who_, one = said
    if not (m["not"] or m["often"] or m["brush"]):
        return _has(who_, one, asked, None, "bleeding gums")
    when = ""
    if m["brush"]:
        pair = _pair(m, who_)
        if pair is None:
            return None
        when = f" when {pair[0]} {'brushes' if pair[0] in ('he', 'she') else 'brush'} {pair[1]} teeth"
    gums, often = f"{_whose(who_)} gums", " often" * bool(m["often"])
    if asked:
        return f"Do {gums}{often} bleed{when}?"
    return capitalised(f"{gums} don't bleed{when}." if m["not"] else f"{gums}{often} bleed{when}.")


def _loose(text: str) -> str | None:
    """"Răng tôi bị lung lay." as "I have a loose tooth.", "Con tôi bị lung lay răng cửa." as "My child has a loose
    front tooth.", "Răng bạn có bị lung lay không?" as "Do you have a loose tooth?" (_LOOSE); None for anything
    else."""
    m = _LOOSE.fullmatch(text)
    if not m or [bool(m["tooth0"]), bool(m["has"]), bool(m["tooth2"])].count(True) != 1 or m["ask"] and m["has"]:
        return None
    asked = _asked(m)
    said = None if asked is None else who(m, asked)
    if said is None:
        return None
    front = "front " if m["front0"] or m["front1"] or m["front2"] else ""
    return _has(*said, asked, None, f"a loose {front}tooth")


def _young(text: str) -> str | None:
    """"Con tôi mọc răng rồi." as "My child has teeth now.", "Con tôi bị sún răng." as "My child has decayed baby
    teeth.", "Con tôi đang thay răng." and "Bé nhà tôi đang thay răng." as "My child is losing their baby teeth.",
    "Con trai tôi vừa rụng chiếc răng sữa đầu tiên." as "My son has just lost his first tooth." (_GROWN, _DECAYED,
    _CHANGING, _FIRST); None for anything else."""
    m = next((m for p in (_GROWN, _DECAYED, _CHANGING, _FIRST) if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    asked = m.re == _DECAYED and _asked(m)
    # ("bé" losing teeth is a young child, not an infant: "Bé nhà tôi đang thay răng." → "My child …")
    baby = "child" if m.re in (_CHANGING, _FIRST) else "baby"
    said = None if asked is None or "?" in m["end"] and not asked else _young_who(m, asked, baby)
    if said is None:
        return None
    who_, whose = said
    if m.re == _GROWN:
        if not (m["did"] or m["done"]):
            return None
        return capitalised(f"{who_} has {_N_EN[_N[keyed(m['n'])]] if m['n'] else 'teeth'} now.")
    if m.re == _DECAYED:
        return None if bool(m["teeth0"]) == bool(m["teeth"]) else _has(who_, True, asked, None, "decayed baby teeth")
    if m.re == _CHANGING:
        return capitalised(f"{who_} {'has started' if m['start'] else 'is'} losing {whose} baby teeth.")
    just = " just" if keyed(m["tense"]) != "đã" else ""
    return capitalised(f"{who_} has{just} lost {whose} first tooth.")


def _braces(text: str) -> str | None:
    """"Tôi đang đeo niềng răng." as "I wear braces.", "Tôi từng niềng răng." as "I used to wear braces.", "Bạn có
    đeo niềng răng không?" as "Do you wear braces?", "Bạn có từng niềng răng không?" as "Have you ever had braces?"
    (_BRACES); None for anything else, and for braces asked of oneself ("Tôi có đeo niềng răng không?")."""
    m = _BRACES.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or not m else who(m, asked)
    if said is None or asked and said[0] in ("I", "we"):
        return None
    who_, one = said
    if m["used"]:  # ("Bạn có từng niềng răng không?" asks of ever, not of a habit)
        return f"{'Has' if one else 'Have'} {who_} ever had braces?" if asked else \
            capitalised(f"{who_} used to wear braces.")
    return present(who_, one, "wear", "braces", asked)


def _agrees(word: str | None, who_: str, one: bool) -> bool:
    """Whether the verb `word` said after who in English agrees with it ("she has", "I am", "do you"); True for a
    verb that does not tell ("used to")."""
    word = " ".join((word or "").lower().replace("’", "'").split())
    if word in ("am", "'m"):
        return who_ == "tôi"
    return one if word in _THIRD else not one and who_ != "tôi" if word in ("are", "'re") else \
        not one if word in _OTHER else True


def _en_who(m: re.Match) -> tuple[str, bool, bool]:
    """Who of a match of _WHO_EN in Vietnamese, whether English said it with "-s", and whether a child: ("con tôi",
    True, True) for "my baby", ("mẹ tôi", True, False) for "my mother"."""
    if m["baby"]:
        return f"con {WHOSE_VI[m['bwhose'].lower()]}", True, True
    who_, one = who_vi(m)
    return who_, one, (m["kin"] or "").lower() in _YOUNG_EN


def _en_whose(m: re.Match) -> tuple[str, bool] | None:
    """Whose of a match of _WHOSE_EN in Vietnamese, and whether a child: ("tôi", False) for "my", ("con tôi", True)
    for "my baby's"; None for anyone not known."""
    if m["poss"]:
        return WHOSE_VI[m["poss"].lower()], False
    said = m["someone"]
    if said.lower().endswith(" baby"):
        return f"con {WHOSE_VI[said.split()[0].lower()]}", True
    vi = someone(said, "en")
    return vi and (vi, said.split()[-1].lower() in _YOUNG_EN)


def _had_vi(who_: str, asked: bool, not_: bool, what: str) -> str:
    """Who has a trouble `what` in Vietnamese: "Tôi bị ê răng.", "Bạn có bị ê răng không?", "Tôi không bị …"."""
    if asked:
        return capitalised(f"{who_} có {what} không?")
    return capitalised(f"{who_} {'không ' * not_}{what}.")


def _having_vi(text: str) -> str | None:
    """"I have sensitive teeth." as "Tôi bị ê răng.", "Does she have bleeding gums?" as "Cô ấy có bị chảy máu chân
    răng không?", "My son has a loose tooth." as "Con trai tôi có một cái răng bị lung lay.", "My son has decayed
    baby teeth." as "Con trai tôi bị sún răng.", "My baby has two teeth now." as "Con tôi mọc được hai cái răng
    rồi." (_HAVING_EN); None for anything else, and where the verb does not agree with who."""
    m = _HAVING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one, young = _en_who(m)
    aux = " ".join(m["aux"].lower().replace("’", "'").split())
    not_ = "not" in aux or "n't" in aux
    if not _agrees(m["q"] or aux, who_, one) or m["q"] and (aux != "have" or not_):
        return None
    asked = bool(m["q"])
    if m["sore"]:
        return _had_vi(who_, asked, not_, "bị ê răng")
    if m["gums"]:
        return _had_vi(who_, asked, not_, "bị chảy máu chân răng")
    if not_:
        return None
    if m["tooth"]:
        front = " cửa" if m["front"] else ""
        return f"Răng{front} {who_} có bị lung lay không?" if asked else \
            capitalised(f"{who_} có một cái răng{front} bị lung lay.")
    if not young:
        return None
    if m["decayed"]:
        return _had_vi(who_, asked, False, "bị sún răng")
    n = m["n"] and m["n"].lower()
    if asked or (n == "one") != (m["now"] == "tooth") or not n and m["now"] == "tooth":
        return None
    return capitalised(f"{who_} mọc được {_N_VI[n]} cái răng rồi." if n else f"{who_} mọc răng rồi.")


def _teeth_vi(text: str) -> str | None:
    """"My teeth are sensitive." as "Tôi bị ê răng.", "My tooth is loose." as "Răng tôi bị lung lay.", "My
    daughter's baby teeth are decayed." as "Con gái tôi bị sún răng.", "His baby teeth are falling out." as "Anh ấy
    đang thay răng." (_TEETH_EN); None for anything else, and where "is" does not agree with the teeth."""
    m = _TEETH_EN.fullmatch(text)
    if not m or (whose := _en_whose(m)) is None or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    who_, young = whose
    be = " ".join(((m["q"] or "") + (m["be"] or "")).lower().replace("’", "'").split())
    not_ = "not" in be or "n't" in be
    many = m["teeth"] == "teeth" and not m["one"]
    if many != be.startswith(("are", "'re")) or m["one"] and m["teeth"] != "teeth" or not_ and not m["sore"] or \
            (m["milk"] or m["coming"]) and not young or bool(m["milk"]) != bool(m["decayed"] or m["out"]):
        return None
    asked = bool(m["q"])
    if m["sore"]:  # ("One of my teeth is sensitive.": "Tôi bị ê răng." would lose the one)
        to = f" {_TO_VI[m['to'].lower()]}" if m["to"] else ""
        return None if m["front"] or m["one"] else _had_vi(who_, asked, not_, f"bị ê răng{to}")
    if asked:
        return None
    if m["loose"]:
        front = " cửa" if m["front"] else ""
        return capitalised(f"{who_} có một cái răng{front} bị lung lay." if m["one"] else
                           f"Răng{front} {who_} bị lung lay.")
    if m["front"] or m["one"]:
        return None
    if m["decayed"]:
        return capitalised(f"{who_} bị sún răng.")
    return capitalised(f"{who_} đang {'thay' if m['out'] else 'mọc'} răng.")


def _gums_vi(text: str) -> str | None:
    """"My gums are bleeding." as "Tôi bị chảy máu chân răng.", "My gums bleed when I brush my teeth." as "Tôi bị
    chảy máu chân răng khi đánh răng.", "Do your gums often bleed?" as "Bạn có hay bị chảy máu chân răng không?"
    (_GUMS_EN); None for anything else, and where who brushes is not whose gums ("my gums … when she brushes")."""
    m = _GUMS_EN.fullmatch(text)
    if not m or (whose := _en_whose(m)) is None or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    not_ = aux in ("do not", "don't")
    if (m["bleed"] == "bleeding") != (aux in ("are", "'re", "keep")) or m["q"] and aux or not_ and m["often"]:
        return None
    if aux == "keep" and m["often"] or m["when"] and not _brushing(m, whose[0]):
        return None
    often = "hay " if m["often"] or aux == "keep" else ""
    when = " khi đánh răng" if m["when"] else ""
    return _had_vi(whose[0], bool(m["q"]), not_, f"{often}bị chảy máu chân răng{when}")


def _brushing(m: re.Match, who_: str) -> bool:
    """Whether who brushes, and whose teeth, in a match of _GUMS_EN are whose gums ("my gums … when I brush my
    teeth", "my mother's gums … when she brushes her teeth"), the verb agreeing."""
    sub, brush, poss = m["sub"].lower(), m["brush"], m["poss2"].lower()
    if _PAIRS.get(poss, "").lower() != sub or (brush == "brushes") != (sub in ("he", "she")):
        return False
    if m["poss"]:
        return m["poss"].lower() == poss
    return poss == (his_her(who_) or poss) and (poss != "their" or his_her(who_) is None)


def _child_vi(text: str) -> str | None:
    """"My baby is cutting teeth." as "Con tôi đang mọc răng.", "My son is losing his baby teeth." as "Con trai tôi
    đang thay răng.", "My daughter just lost her first tooth." as "Con gái tôi vừa rụng chiếc răng sữa đầu tiên."
    (_CHILD_EN); None for anything else, for any but a child, and where "his" or "her" is not theirs."""
    m = _CHILD_EN.fullmatch(text)
    if not m:
        return None
    who_, _, young = _en_who(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    poss, own = (m["poss"] or m["poss2"] or "").lower(), his_her(who_)
    if not young or poss and own and poss != own or aux == "has" and not (m["start"] or m["poss2"]) or \
            aux == "is" and (m["start"] or m["poss2"]) or m["just"] and not m["poss2"] or not (aux or m["lost"]):
        return None
    if m["cut"]:
        return capitalised(f"{who_} đang mọc răng.")
    if not m["poss2"]:
        return capitalised(f"{who_} {'đã bắt đầu' if m['start'] else 'đang'} thay răng.")
    tense = "vừa" if m["just"] else "đã"
    return capitalised(f"{who_} {tense} rụng chiếc răng sữa đầu tiên.")


def _braces_vi(text: str) -> str | None:
    """"She wears braces." as "Cô ấy đang niềng răng.", "I used to wear braces." as "Tôi từng niềng răng.", "Does he
    wear braces?" as "Anh ấy có đang niềng răng không?", "She has to wear braces." as "Cô ấy phải niềng răng."
    (_BRACES_EN); None for anything else, where the verb does not agree with who, and for grandparents ("My
    grandfather wears braces.": suspenders, or a leg brace?)."""
    m = _BRACES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux, verb, q = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["verb"], m["q"] or ""
    said = {("", "", "wears"): "đang", ("", "", "wear"): "đang", ("", "be", "wearing"): "đang",
            ("", "not", "wear"): "không đeo", ("", "used to", "wear"): "từng", ("", "to", "wear"): "phải",
            ("Do", "", "wear"): "có đang", ("Did", "", "wear"): "có từng", ("Did", "", "use to wear"): "có từng"}
    key = (q.replace("Does", "Do"), "be" if aux in ("is", "are", "am", "'s", "'re", "'m") else "not" if "not" in aux
           or "n't" in aux else "to" if aux in ("has to", "have to") else aux, " ".join(verb.split()))
    how = said.get(key)
    first = q or (aux.split(" ")[0] if aux != "used to" else "") if q or aux else verb
    if how is None or not _agrees(first, who_, one) or keyed(who_).split()[0] in ("ông", "bà"):
        return None  # (a grandparent's "braces" may hold up trousers or a leg)
    asked = how.startswith("có ")
    return capitalised(f"{who_} {how} niềng răng{' không?' if asked else '.'}")
