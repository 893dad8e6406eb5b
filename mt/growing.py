"""Children growing, said both ways, written whole by rule: grown so much, a lot, taller, up; growing so fast; getting
big or tall; taller than someone now; how tall someone is now; look how big someone is. v8 (rules on) reads "lớn" as
too big and "nhanh" as fast, and back "grown taller" as taller, "getting" as winning, "tall" as rubber: "Con trai bạn
lớn quá!" → "Your son is too big!", "Con trai bạn lớn nhanh quá!" → "Your son is so fast!", "Bọn trẻ lớn nhanh
quá." → "The children are too fast.", "Trẻ con lớn nhanh thật." → "Children who are very quickly.", "Con gái tôi lớn
rồi." → "My daughter is large.", "Cô ấy cao lên rồi." → "She is tall.", "Con trai tôi cao lên nhiều." → "My son was
tall.", "Con gái bạn giờ cao bao nhiêu rồi?" → "How much do your daughter grows?", "Anh ấy cao hơn bố rồi." → "He's
higher than Dad.", "Lan lớn quá rồi!" → "It's too big!"; "She's grown taller." → "Cô ấy cao hơn.", "He's getting big."
→ "Anh ta giành được lớn.", "She's getting tall." → "Cô ta cao su.", "How tall is your daughter now?" → "Con gái của
bạn cao su như thế nào?", "Your son is growing so fast." → "Con trai của bạn đang phát triển nhanh quá.", "He's
taller than his father now." → "Anh ta cao hơn cha." (now lost).

Taken: who (mt.hobbies.WHO, WHO_EN: a young kin with whose, "con", "em", a pet; he, she, you, they; a name; a child of
mt.getting_lost.CHILDREN, "the boy", "em bé"; "các con tôi", "my children") has grown so much ("lớn quá", "lớn nhiều
quá"; a pronoun, a name or a pet only with "rồi" or "đã": "Anh ấy lớn quá." may be "too big"), a lot, up ("lớn rồi"),
taller ("cao lên"), is growing (so fast), is getting bigger or taller ("ngày càng"); kids grow up so fast ("Trẻ con lớn
nhanh quá."); who is taller than someone (their own father, mother … said bare) now ("giờ", "rồi"), how tall who is now,
asked; look how big or tall who is. Left: "cháu" (a grandchild, a niece, a nephew, "you" or "I" said by a child), "con"
alone (the child spoken to or the speaker), "anh", "chị", "em" alone, elders, I and we growing, a time ("năm nay"),
taller than without "now" (mt/comparisons.py), how tall without it (mt/people.py), tall or short (mt/features.py),
growing up somewhere (the phrasebook's), weight (mt/weight.py), babies (mt/babies.py), ages (mt/ages.py).
mt.phrasebook.translate tries these after mt/childcare.py.

    >>> translate("Con trai bạn lớn quá!", "vi", "en"), translate("She's grown taller.", "en", "vi")
    ('Your son has grown so much!', 'Cô ấy đã cao lên.')
"""
from __future__ import annotations

import re

from .getting_lost import CHILDREN, CHILDREN_VI
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .people import YOUNG_KIN, YOUNG_KIN_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_WHOSE, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, be_said, capitalised,
                   contracted, keyed)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lớn|cao)"), "en": lazy(r"(?i:grow|big|tall)")}
# kin that grows (with whose): "Mẹ tôi lớn quá." is not said
_PETS = {"con chó", "con mèo"}  # ("Con chó của tôi lớn quá." may be so big: with "rồi" or "đã" only)
_YOUNG = YOUNG_KIN | _PETS
_YOUNG_EN = YOUNG_KIN_EN | {"dog", "cat"}
# kin said bare after "cao hơn": the subject's own ("Anh ấy cao hơn bố rồi.": his father)
_OWN = {"bố": "father", "ba": "father", "mẹ": "mother", "anh trai": "brother", "chị gái": "sister"}
_OWN_VI = {"father": "bố", "dad": "bố", "mother": "mẹ", "mum": "mẹ", "mom": "mẹ"}
# a child not said by kin (the first Vietnamese of each is written back)
_CHILDREN = CHILDREN | {"em bé": "the baby"}
_CHILDREN_VI = CHILDREN_VI | {"the baby": "em bé"}

# who grows: a child ("thằng bé"), kids in general ("trẻ con"), "các con tôi", or WHO
_WHO = (rf"(?:(?P<child>(?i:{alternatives(_CHILDREN)}))|(?P<kids>(?i:trẻ\s+con|trẻ\s+em|con\s+nít))|"
        rf"(?i:các\s+con)\s+(?:của\s+)?(?P<their>(?i:{alternatives(OWNERS)}))|{WHO})")
_GROWN = lazy(rf"{_WHO}\s+(?:(?P<did>đã)\s+|(?P<now>đang)\s+)?(?P<how>lớn|cao)(?P<up>\s+lên)?"
              rf"(?:\s+(?P<much>nhiều))?(?:\s+(?P<fast>nhanh))?(?:\s+(?P<so>quá|thật|ghê|lắm))?"
              rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_GETTING = lazy(rf"{_WHO}\s+(?:đang\s+)?ngày\s+càng\s+(?P<how>lớn|cao)(?:\s+hơn)?{SOFTENED_END}")
_NOW = r"(?:(?P<now0>(?i:bây\s+giờ|giờ))\s+)?"  # ("Giờ con tôi cao hơn tôi rồi.")
_TALLER = lazy(rf"{_NOW}{_WHO}\s+(?:(?P<now>(?:bây\s+)?giờ)\s+)?(?:đã\s+)?cao\s+hơn\s+"
               rf"(?:{WHOM}|(?P<own>{alternatives(_OWN)}))(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_HOW_TALL = lazy(rf"{_NOW}{_WHO}\s+(?:(?P<now>(?:bây\s+)?giờ)\s+)?cao\s+bao\s+nhiêu(?:\s+(?P<done>rồi))?"
                 rf"{SOFTENER}\s*\?+")
_LOOK = lazy(rf"(?i:nhìn\s+xem|nhìn|xem)\s+{_WHO}\s+(?P<how>lớn|cao)\s+chưa(?:\s+(?:kìa|này|nè))?\s*[!.]*")

# ... and in English
_WHO_EN = (rf"(?:(?P<child>(?i:{alternatives(_CHILDREN_VI)}))|(?P<kids>Kids|Children)|"
           rf"(?P<their>(?i:{WHOSE_WORDS}))\s+(?:children|kids)|{WHO_EN})")
_HAVE = r"(?P<have>['’]s|['’]ve|\s+has|\s+have)"
_GROWN_EN = lazy(rf"{_WHO_EN}{_HAVE}\s+grown(?P<up>\s+up)?(?:\s+(?P<much>so\s+much|a\s+lot))?"
                 r"(?P<taller>\s+taller)?(?:\s+so\s+(?P<fast>fast|quickly))?\s*(?P<end>[.!]*)")
_GROWING_EN = lazy(rf"{_WHO_EN}{BE_EN}\s+(?:growing(?P<up>\s+up)?(?:\s+(?P<so>so\s+)?(?P<fast>fast|quickly))?|"
                   r"getting\s+(?P<so2>so\s+)?(?P<size>big|bigger|tall|taller)|(?P<big>so\s+big)\s+now)"
                   r"\s*(?P<end>[.!]*)")
_KIDS_EN = lazy(r"(?:Kids|Children)\s+grow\s+up\s+so\s+(?:fast|quickly)\s*(?P<end>[.!]*)")
_TALLER_EN = lazy(rf"(?:(?P<now0>Now),?\s+)?{_WHO_EN}{BE_EN}(?P<now1>\s+now)?\s+taller\s+than\s+{WHOM_EN}"
                  r"(?P<now2>\s+now)?\s*(?P<end>[.!]*)")
_HOW_TALL_EN = lazy(rf"How\s+tall\s+(?P<be>is|are|am)\s+{_WHO_EN}\s+now\s*\?+")
_LOOK_EN = lazy(rf"Look\s+(?:at\s+)?how\s+(?P<size>big|tall)\s+{_WHO_EN}(?:{BE_EN}|{_HAVE}\s+(?:got|gotten|"
                r"grown))\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a child has grown, is growing or is taller now, asks how tall they
    are now, or says to look how big they are; None for any other."""
    if src == "vi":
        return _grown(text) or _getting(text) or _taller(text) or _how_tall(text) or _look(text)
    return _grown_vi(text) or _growing_vi(text) or _taller_vi(text) or _how_tall_vi(text) or _look_vi(text)


def _who_en(m: re.Match, asked: bool, young: bool = True) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one: ("your son", True), ("the boy", True), ("kids", False),
    ("my children", False); None for "anh" … alone said, and where `young`, for an elder, I or we ("Mẹ tôi lớn
    quá.")."""
    if m["child"]:
        said = _CHILDREN[keyed(m["child"])]
        return said, said != "the children"
    if m["kids"] or m["their"]:
        return ("kids" if m["kids"] else f"{OWNERS[keyed(m['their'])]} children"), False
    if young and (m["titled"] or m["kin"] and keyed(m["kin"]) not in _YOUNG):
        return None
    said = who(m, asked)
    return None if said is None or young and said[0] in ("I", "we") else said


def _who_vi(m: re.Match, young: bool = True) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": ("con trai bạn", True),
    ("cậu bé", True), ("trẻ con", False), ("các con tôi", False); None where `young`, for an elder, I, we or they."""
    if m["child"]:
        said = m["child"].lower()
        return _CHILDREN_VI[said], said not in ("the children", "the kids")
    if m["kids"] or m["their"]:
        return ("trẻ con" if m["kids"] else f"các con {WHOSE_VI[m['their'].lower()]}"), False
    if young and m["kin"] and m["kin"].lower() not in _YOUNG_EN:
        return None
    said = who_vi(m)
    return None if young and said[0] in ("tôi", "chúng tôi", "họ") else said


def _end(m: re.Match) -> str:
    """"!" where the sentence said it, else "."."""
    return "!" if "!" in (m["end"] or "") else "."


def _grown(text: str) -> str | None:
    """"Con trai bạn lớn quá!" as "Your son has grown so much!", "Bọn trẻ lớn nhanh quá." as "The children are
    growing so fast.", "Cô ấy cao lên rồi." as "She's grown taller.", "Trẻ con lớn nhanh thật." as "Kids grow up so
    fast." (_GROWN); None for anything else, and for "Anh ấy lớn quá." (too big?)."""
    m = _GROWN.fullmatch(text)
    said = m and "?" not in m["end"] and _who_en(m, False)
    if not said:
        return None
    who_, one = said
    fast, since = m["fast"] and not (m["much"] or m["did"] or m["done"]), m["did"] or m["done"]
    if m["kids"]:
        return f"Kids grow up so fast{_end(m)}" if fast and m["so"] and not m["now"] else None
    if keyed(m["how"]) == "cao":
        if not m["up"] or m["fast"] or m["now"] or not (since or m["much"] or m["so"]):
            return None
        grown = "grown so much taller" if m["so"] else "grown a lot taller" if m["much"] else "grown taller"
    elif m["fast"]:
        if not fast:
            return None
        return capitalised(contracted(who_, f"{be(who_)} growing {'so ' * bool(m['so'])}fast{_end(m)}"))
    elif m["now"]:
        return None if m["much"] or m["so"] or since else capitalised(
            contracted(who_, f"{be(who_)} growing{' up' * bool(m['up'])}{_end(m)}"))
    elif m["so"] and (since or not (m["who"] or m["given"] or keyed(m["kin"] or "") in _PETS)):
        grown = "grown so much"
    else:
        grown = "grown a lot" if m["much"] else "grown up" if since else None
    return grown and capitalised(contracted(who_, f"{'has' if one else 'have'} {grown}{_end(m)}"))


def _getting(text: str) -> str | None:
    """"Thằng bé ngày càng lớn." as "The boy is getting bigger.", "Cô ấy ngày càng cao." as "She's getting taller."
    (_GETTING); None for anything else."""
    m = _GETTING.fullmatch(text)
    said = m and "?" not in m["end"] and not m["kids"] and _who_en(m, False)
    if not said:
        return None
    size = "taller" if keyed(m["how"]) == "cao" else "bigger"
    return capitalised(contracted(said[0], f"{be(said[0])} getting {size}{_end(m)}"))


def _whose_own(m: re.Match, who_: str) -> str | None:
    """Whose the subject's own kin is in English ("his" for "anh ấy", "con trai tôi"; "your" for "bạn"); None where
    English says neither ("con tôi", a name)."""
    if m["who"]:
        return EN_WHOSE.get(who_)
    return his_her(f"{m['kin']} {m['whose']}") if m["kin"] else None


def _taller(text: str) -> str | None:
    """"Anh ấy cao hơn bố rồi." as "He's taller than his father now.", "Giờ con trai tôi cao hơn tôi rồi." as "My son
    is taller than me now." (_TALLER: "giờ" or "rồi" said); None for anything else."""
    m = _TALLER.fullmatch(text)
    said = m and "?" not in m["end"] and (m["now0"] or m["now"] or m["done"]) and _who_en(m, False, young=False)
    if not said or m["kids"]:
        return None
    whose = m["own"] and _whose_own(m, said[0])
    whom = f"{whose} {_OWN[keyed(m['own'])]}" if whose else None if m["own"] else as_whom(m["whom"], "vi")
    if not whom:
        return None
    return capitalised(contracted(said[0], f"{be(said[0])} taller than {whom} now{_end(m)}"))


def _how_tall(text: str) -> str | None:
    """"Con gái bạn giờ cao bao nhiêu rồi?" as "How tall is your daughter now?" (_HOW_TALL: "giờ" or "rồi" said);
    None for anything else."""
    m = _HOW_TALL.fullmatch(text)
    said = m and (m["now0"] or m["now"] or m["done"]) and not m["kids"] and _who_en(m, True, young=False)
    return f"How tall {be(said[0])} {said[0]} now?" if said else None


def _look(text: str) -> str | None:
    """"Nhìn thằng bé lớn chưa kìa!" as "Look how big the boy is!" (_LOOK); None for anything else."""
    m = _LOOK.fullmatch(text)
    said = m and not m["kids"] and _who_en(m, False)
    if not said:
        return None
    return f"Look how {'tall' if keyed(m['how']) == 'cao' else 'big'} {said[0]} {be(said[0])}!"


def _agrees(m: re.Match, said: tuple[str, bool]) -> bool:
    """Whether "is", "are", "has", "have" of a match (group "be" or "have") agrees with who `said` (as _who_vi gives
    it): "She's", "They have"; not "She have", "He are"."""
    if m.groupdict().get("have"):
        return (m["have"].strip().lower().replace("’", "'") in ("has", "'s")) == said[1]
    return m["be"] is not None and be_said(m["be"]) == be_of(*said)


def _grown_vi(text: str) -> str | None:
    """"Your son has grown so much!" as "Con trai bạn lớn quá!", "She's grown taller." as "Cô ấy đã cao lên.", "Your
    kids have grown up so fast!" as "Các con bạn lớn nhanh quá!" (_GROWN_EN); None for anything else, and where
    "has" does not agree with who."""
    m = _GROWN_EN.fullmatch(text)
    said = m and not m["kids"] and _who_vi(m)
    if not said or not _agrees(m, said) or m["fast"] and (m["much"] or m["taller"]) or m["up"] and m["taller"]:
        return None
    much = (m["much"] or "").split()
    grown = ("lớn nhanh quá" if m["fast"] else "cao lên nhiều quá" if m["taller"] and much == ["so", "much"]
             else "đã cao lên nhiều" if m["taller"] and much else "đã cao lên" if m["taller"]
             else "lớn quá" if much == ["so", "much"] else "lớn nhiều rồi" if much else "đã lớn rồi")
    return capitalised(f"{said[0]} {grown}{_end(m)}")


def _growing_vi(text: str) -> str | None:
    """"Your son is growing so fast." as "Con trai bạn lớn nhanh quá.", "He's getting big." as "Anh ấy ngày càng
    lớn.", "Kids grow up so fast." as "Trẻ con lớn nhanh quá." (_GROWING_EN, _KIDS_EN); None for anything else, and
    where "is" does not agree with who."""
    if m := _KIDS_EN.fullmatch(text):
        return f"Trẻ con lớn nhanh quá{_end(m)}"
    m = _GROWING_EN.fullmatch(text)
    said = m and not m["kids"] and _who_vi(m)
    if not said or not _agrees(m, said):
        return None
    if m["size"]:
        big = m["size"].lower().startswith("big")
        grown = ("lớn quá" if big else "cao lên nhiều quá") if m["so2"] else f"ngày càng {'lớn' if big else 'cao'}"
    elif m["big"]:
        grown = "lớn quá rồi"
    else:
        grown = "lớn nhanh quá" if m["so"] else "đang lớn nhanh" if m["fast"] else "đang lớn"
    return capitalised(f"{said[0]} {grown}{_end(m)}")


def _whom_vi(m: re.Match, said: tuple[str, bool]) -> str | None:
    """Whom of a match of _TALLER_EN in Vietnamese: the subject's own kin bare ("his father" after "he", "my son":
    "bố"), anyone else as mt.hobbies.as_whom says them; None for "his", "her", "their" not the subject's."""
    whose, _, kin = m["whom"].lower().partition(" ")
    if kin in _OWN_VI and whose in WHOSE_VI:
        own = WHOSE_OF.get(m["who"].lower()) if m["who"] else his_her(said[0])
        if whose == own:
            return _OWN_VI[kin]
        if whose in ("his", "her", "their"):
            return None
    return as_whom(m["whom"], "en")


def _taller_vi(text: str) -> str | None:
    """"He's taller than his father now." as "Anh ấy giờ đã cao hơn bố rồi." (_TALLER_EN: "now" said); None for
    anything else, and where "is" does not agree with who."""
    m = _TALLER_EN.fullmatch(text)
    said = m and (m["now0"] or m["now1"] or m["now2"]) and not m["kids"] and _who_vi(m, young=False)
    whom = said and _agrees(m, said) and _whom_vi(m, said)
    return capitalised(f"{said[0]} giờ đã cao hơn {whom} rồi{_end(m)}") if whom else None


def _how_tall_vi(text: str) -> str | None:
    """"How tall is your daughter now?" as "Con gái bạn giờ cao bao nhiêu rồi?" (_HOW_TALL_EN); None for anything
    else, and where "is" does not agree with who."""
    m = _HOW_TALL_EN.fullmatch(text)
    said = m and not m["kids"] and _who_vi(m, young=False)
    return capitalised(f"{said[0]} giờ cao bao nhiêu rồi?") if said and _agrees(m, said) else None


def _look_vi(text: str) -> str | None:
    """"Look how big you are!" as "Nhìn bạn lớn chưa kìa!" (_LOOK_EN); None for anything else, and where "is" or
    "has" does not agree with who."""
    m = _LOOK_EN.fullmatch(text)
    said = m and not m["kids"] and _who_vi(m)
    if not said or not _agrees(m, said):
        return None
    return capitalised(f"Nhìn {said[0]} {'cao' if m['size'] == 'tall' else 'lớn'} chưa kìa!")
