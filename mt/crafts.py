"""Crafts, both ways, written whole by rule: pottery ("làm gốm", "nặn gốm", at Bát Tràng pottery village) and paper
folding ("gấp giấy", origami; paper cranes, paper planes): who is learning one, wants to or has just started, likes
or loves it, can do it, is going to do pottery on a day ahead or went on a day behind, and who made, has (just) made
or is making a thing of it. v8 (rules on) reads "gốm" as stains or squiring, "gấp giấy" as folding papers, "Bát
Tràng" as anything, and "pottery", "origami" as potatoes and "hayigami": "Tôi đang học làm gốm." → "I'm studying
stains.", "Cuối tuần này chúng tôi đi làm gốm ở Bát Tràng." → "This weekend, we'll go to stain in the Count of Green
tea.", "Con tôi thích gấp giấy." → "I like folding papers.", "Bạn có biết gấp hạc giấy không?" → "Do you know the
paper folding?", "Mẹ tôi rất thích làm gốm." → "My mother loves squiring.", "Tôi đã làm một cái bình gốm ở Bát
Tràng." → "I did a stained comment in the Greens.", "Con tôi gấp được một trăm con hạc giấy rồi." → "I'm folding one
hundred papers."; "I'm learning pottery." → "Tôi đang học khoai tây.", "My son loves origami." → "Con trai tôi yêu
hayigami.", "Can you fold a paper crane?" → "Bạn có thể gấp một cơn bão giấy không?", "I made a clay bowl." → "Tôi đã
tô một cái tô lìa.", "He's learning to fold paper cranes." → "Anh ta đang học cách gấp đôi cát giấy.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pet, no "I" asked, nor "we" asked in English) and a craft of _CRAFTS
(pottery, origami, folding paper cranes, making paper planes): is learning it ("đang học"), wants to, has just started
("vừa bắt đầu học"), asked or denied as each allows; likes, really likes or loves it ("thích", "rất thích", "mê"),
asked or denied; can, can't or can't yet do it ("biết", "không biết", "chưa biết"; "Can you …?", "Do you know how to
…?"); goes to do pottery ("đi làm gốm", "đi Bát Tràng làm gốm", in Bát Tràng or its pottery village): on a day ahead
or this weekend, "sẽ" (going to), on a day behind or "đã" (went), asked with a day ("Did you go …?", "Are you going
…?"), wants to; made ("đã"), has made ("rồi"), has just made ("vừa", "vừa mới") or is making ("đang") a thing of
_THINGS (paper cranes and planes folded, clay vases, bowls, mugs and plates made; counted, but paper ones being folded,
by oneself: "tự", in Bat Trang).
Left: "học làm gốm" plain or "đi học" (lessons, or learnt? mt/lessons.py's are other subjects), "làm gốm" as a habit
or a job ("Bố tôi làm gốm.": a potter?), "đi làm gốm" with no day or tense word (a job?), a day against the tense,
"không thích … lắm", things made asked or with no tense word, "gấp được" alone (did, or can?), "mới" alone before a
count (just, or only so far?), clay things being made with no count (one, many, or a job?), "pottery" liked or loved
in English (the craft, or the pots?), "Can I …?" (may I?), a pet or "anh", "chị", "em" alone saying it, "thế",
"vậy" ending a statement, "gấp" of anything else (blankets: mt/bed_making.py), other crafts (mt/knitting.py,
mt/calligraphy.py, mt/flower_arranging.py), and anything else, to the model.
mt.phrasebook.translate tries these after mt/valentines.py.

    >>> translate("Tôi đang học làm gốm.", "vi", "en"), translate("Can you fold a paper crane?", "en", "vi")
    ("I'm learning pottery.", 'Bạn có biết gấp hạc giấy không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, his_her_of, person_of, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import his_her
from .text import (ASKED_END, EN_SELF, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, progressive, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:gốm|gấp|xếp\s+giấy|hạc\s+giấy|máy\s+bay\s+giấy)"),
         "en": lazy(r"(?i:pottery|origami|paper|clay)")}
# the crafts, and each in English: learnt, liked, done (can), and its Vietnamese written back
_CRAFTS = {"làm gốm": "pottery", "nặn gốm": "pottery", "gấp giấy": "origami", "xếp giấy": "origami",
           "gấp hạc giấy": "cranes", "gấp hạc": "cranes", "gấp máy bay giấy": "planes"}
_KINDS = {"pottery": ("pottery", "pottery", "make pottery", "làm gốm"),
          "origami": ("origami", "origami", "do origami", "gấp giấy"),
          "cranes": ("to fold paper cranes", "folding paper cranes", "fold a paper crane", "gấp hạc giấy"),
          "planes": ("to make paper planes", "making paper planes", "make a paper plane", "gấp máy bay giấy")}
# ... and what English says of each, to learn or like (a thing), and to do (after "can", "to")
_LEARNT_EN = {"pottery": "pottery", "origami": "origami"}
_DONE_EN = {"make pottery": "pottery", "do pottery": "pottery", "do origami": "origami", "fold a paper crane": "cranes",
            "fold paper cranes": "cranes", "make a paper plane": "planes", "make paper planes": "planes",
            "fold a paper plane": "planes", "fold paper planes": "planes"}
_LIKED_EN = _LEARNT_EN | {"making pottery": "pottery", "doing pottery": "pottery", "doing origami": "origami",
                          "folding paper cranes": "cranes", "making paper planes": "planes",
                          "folding paper planes": "planes"}
# things made: English, the classifiers they take, and whether folded of paper (the first Vietnamese written back)
_THINGS = {"hạc giấy": ("paper crane", {"con"}, True), "máy bay giấy": ("paper plane", {"chiếc", "cái"}, True),
           "bình gốm": ("clay vase", {"cái", "chiếc"}, False), "lọ gốm": ("clay vase", {"cái", "chiếc"}, False),
           "bát gốm": ("clay bowl", {"cái", "chiếc"}, False), "cốc gốm": ("clay mug", {"cái", "chiếc"}, False),
           "đĩa gốm": ("clay plate", {"cái", "chiếc"}, False)}
_THINGS_VI = {en + s: vi for vi, (en, *_) in reversed(_THINGS.items()) for s in ("", "s")}
_CLASS_VI = {"paper crane": "con", "paper plane": "chiếc"}  # (and "cái" for the clay ones)
_N_VI = {vi_word(n): n for n in range(1, 101)}
_N_EN = {en_word(n): n for n in range(1, 101)} | {"a": 1, "an": 1}
_PLACES = {"bát tràng": "Bat Trang", "làng gốm bát tràng": "Bat Trang pottery village",
           "làng bát tràng": "Bat Trang village"}
_PLACES_EN = {en.lower(): vi for vi, en in reversed(_PLACES.items())}
_PLACE_VI = {"bat trang": "Bát Tràng", "bat trang pottery village": "làng gốm Bát Tràng",
             "bat trang village": "làng Bát Tràng"}
# the days a visit is said on: "cuối tuần này" ahead, unless "đã" says it is done
_DAYS = near_days("hôm qua", "hôm kia", "cuối tuần trước", "cuối tuần rồi", "tuần trước", "cuối tuần này",
                  "ngày mai", "ngày kia", "cuối tuần sau", "cuối tuần tới", "tuần sau", "tuần tới")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}

_CRAFT = rf"(?P<craft>(?i:{alternatives(_CRAFTS)}))"
_LEARN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<how>đang|muốn|(?:vừa\s+mới|vừa|mới)\s+bắt"
              rf"\s+đầu)\s+học\s+{_CRAFT}{ASKED_END}")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất)\s+)?(?P<likes>thích|mê)\s+{_CRAFT}"
             rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
_CAN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?biết\s+{_CRAFT}{ASKED_END}")
_PLACE = rf"(?i:{alternatives(_PLACES)})"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_GOING = lazy(rf"(?:(?P<day>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<aux>đã|sẽ|muốn)"
              rf"\s+)?đi\s+(?:(?P<place0>{_PLACE})\s+)?(?:làm|nặn)\s+gốm(?:\s+(?:ở|tại)\s+(?P<place>{_PLACE}))?"
              rf"(?:\s+(?P<day2>{_DAY}))?{ASKED_END}")
# ("mới" alone before a count is left: just, or only so far? "mới gấp được mười con": only ten yet)
_MADE = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|đang)\s+)?(?:(?P<self>tự)\s+)?(?P<verb>gấp|làm|nặn)\s+"
             rf"(?:(?P<got>được)\s+)?(?:(?P<n>\d{{1,3}}|(?i:{alternatives(_N_VI)}))\s+(?P<cls>con|chiếc|cái)\s+)?"
             rf"(?P<thing>(?i:{alternatives(_THINGS)}))(?:\s+(?:ở|tại)\s+(?P<place>{_PLACE}))?"
             rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English (’ read as '): the auxiliary after who, the question's first word in group q
_AUX_EN = (r"(?P<aux>\s+(?:is|am|are|has|have|do|does|can)(?:\s+not|n't)?|\s+can't|\s+cannot|"
           r"'(?:s|m|re|ve)(?:\s+not)?)?")
_END_EN = r"\s*(?P<end>[.!?]*)"
_DONE = rf"(?i:{alternatives(_DONE_EN)})"
_LEARN_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Do|Does)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>learning|"
                 rf"wants?\s+to\s+learn|started\s+learning)\s+(?:(?P<noun>(?i:{alternatives(_LEARNT_EN)}))|"
                 rf"(?:how\s+)?to\s+(?P<what>{_DONE})){_END_EN}")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>(?:like|love|enjoy)s?)\s+"
                rf"(?P<what>(?i:{alternatives(_LIKED_EN)})){_END_EN}")
_CAN_EN = lazy(rf"(?:(?P<q>Can|Do|Does)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<know>knows?)\s+how\s+to)?\s+(?P<what>{_DONE})"
               rf"(?:\s+(?P<yet>yet))?{_END_EN}")
_PLACE_EN = rf"(?:\s+in\s+(?P<place>(?i:{alternatives(_PLACE_VI)})))?"
_GOING_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Do|Does)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>going\s+to|go\s+to|went\s+to|"
                 rf"wants?\s+to\s+go\s+and)\s+do\s+pottery{_PLACE_EN}(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?"
                 rf"{_END_EN}")
_MADE_EN = lazy(rf"{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>made|folded|making|folding)\s+"
                rf"(?:(?P<n>\d{{1,3}}|(?i:{alternatives(_N_EN)}))\s+)?(?P<thing>(?i:{alternatives(_THINGS_VI)}))"
                rf"(?:\s+(?P<self>(?i:{alternatives(EN_SELF.values())})))?{_PLACE_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of learning, liking or being able to do pottery or paper folding, going to do
    pottery, or a thing of either made; None for any other."""
    if src == "vi":
        return _learn(text) or _like(text) or _can(text) or _going(text) or _made(text)
    text = text.replace("’", "'")
    return _learn_vi(text) or _like_vi(text) or _can_vi(text) or _going_vi(text) or _made_vi(text)


def _said(pattern, text: str) -> tuple[re.Match, bool, str, bool] | None:
    """A match of `pattern` (over WHO, with groups ask, not, asked and end), whether it asks, who in English and
    whether one; None where it does not match, is asked without "có … không?", a "?" ends a statement, "thế" or
    "vậy" ends one, or who is a pet, "I" asked, "anh" saying it or "em" with "ạ" (the speaker)."""
    m = pattern.fullmatch(text)
    asked = None if m is None else asked_of(m)
    if asked is None or not asked and STRESSED_SAID.search(text) or em_speaking(m):
        return None
    said = person_of(m, asked)
    return said and (m, asked, *said)


def _kind(m: re.Match) -> tuple[str, str, str, str]:
    """The craft of a match (group craft) in English (learnt, liked, done) and in Vietnamese."""
    return _KINDS[_CRAFTS[keyed(m["craft"])]]


def _learn(text: str) -> str | None:
    """"Tôi đang học làm gốm." as "I'm learning pottery.", "Bạn có muốn học gấp giấy không?" as "Do you want to learn
    origami?", "Con tôi vừa bắt đầu học gấp hạc giấy." as "My child has just started learning to fold paper cranes."
    (_LEARN); None for anything else, and "không" but with "muốn"."""
    said = _said(_LEARN, text)
    if said is None:
        return None
    m, asked, who_, one = said
    how, learnt = keyed(m["how"]), _kind(m)[0]
    if how == "muốn":
        return present(who_, one, "want to learn", learnt, asked, bool(m["not"]), m["end"])
    if m["not"] or asked and how != "đang":
        return None
    if how == "đang":
        return progressive(who_, be(who_), f"learning {learnt}", asked, m["end"])
    return capitalised(contracted(who_, f"{'has' if one else 'have'} just started learning {learnt}")) + stop(m["end"])


def _like(text: str) -> str | None:
    """"Con tôi thích gấp giấy." as "My child likes origami.", "Mẹ tôi rất thích làm gốm." as "My mother really likes
    pottery.", "Bạn có mê gấp hạc giấy không?" as "Do you love folding paper cranes?", "Tôi không thích làm gốm." as
    "I don't like pottery." (_LIKE); None for anything else, "rất" with "mê", asked or denied, and "không … lắm" (not
    much)."""
    said = _said(_LIKE, text)
    if said is None:
        return None
    m, asked, who_, one = said
    very, love = bool(m["very"] or m["much"]), keyed(m["likes"]) == "mê"
    if very and (love or asked or m["not"]) or m["very"] and m["much"]:
        return None
    verb = "love" if love else "like"
    return present(who_, one, verb, _kind(m)[1], asked, bool(m["not"]), m["end"], "really " * very)


def _can(text: str) -> str | None:
    """"Bạn có biết gấp hạc giấy không?" as "Can you fold a paper crane?", "Con trai tôi biết gấp máy bay giấy." as
    "My son can make a paper plane.", "Tôi chưa biết làm gốm." as "I can't make pottery yet." (_CAN); None for
    anything else."""
    said = _said(_CAN, text)
    if said is None:
        return None
    m, asked, who_, _ = said
    done, not_ = _kind(m)[2], keyed(m["not"] or "")
    if asked:
        return f"Can {who_} {done}?"
    can = "can't" if not_ else "can"
    return capitalised(f"{who_} {can} {done}{' yet' * (not_ == 'chưa')}{stop(m['end'])}")


def _going(text: str) -> str | None:
    """"Cuối tuần này chúng tôi đi làm gốm ở Bát Tràng." as "We're going to do pottery in Bat Trang this weekend.",
    "Hôm qua chúng tôi đi Bát Tràng làm gốm." as "We went to do pottery in Bat Trang yesterday.", "Tôi muốn đi làm
    gốm." as "I want to go and do pottery." (_GOING); None for anything else, with no day or word of the tense, a day
    against the tense, and "không" but with "muốn"."""
    said = _said(_GOING, text)
    if said is None:
        return None
    m, asked, who_, one = said
    day, aux = m["day"] or m["day2"], keyed(m["aux"] or "")
    if m["day"] and m["day2"] or m["place0"] and m["place"] or m["not"] and aux != "muốn":
        return None
    way = NEAR_WAY.get(keyed(day or ""))
    place = m["place0"] or m["place"]
    rest = f"{' in ' + _PLACES[keyed(place)] if place else ''}{' ' + _DAYS[keyed(day)] if day else ''}"
    if aux == "muốn":
        return None if way == "behind" else present(who_, one, "want", f"to go and do pottery{rest}", asked,
                                                    bool(m["not"]), m["end"])
    ahead = aux == "sẽ" or not aux and way in ("ahead", "today")
    if ahead and way != "behind" and not (asked and not day):
        return progressive(who_, be(who_), f"going to do pottery{rest}", asked, m["end"])
    if aux == "đã" and way != "ahead" or not aux and way == "behind":
        if asked:
            return f"Did {who_} go to do pottery{rest}?" if day else None
        return capitalised(f"{who_} went to do pottery{rest}{stop(m['end'])}")
    return None


def _self(m: re.Match, who_: str) -> str | None:
    """"myself", "herself" … for who of a match of WHO said `who_` in English; None where English cannot tell."""
    return EN_SELF.get(who_) or {"his": "himself", "her": "herself"}.get(his_her_of(m) or "")


def _made(text: str) -> str | None:
    """"Con gái tôi vừa gấp một con hạc giấy." as "My daughter has just folded a paper crane.", "Tôi đã tự làm một cái
    bình gốm ở Bát Tràng." as "I made a clay vase myself in Bat Trang.", "Con tôi gấp được một trăm con hạc giấy rồi."
    as "My child has folded a hundred paper cranes.", "Mẹ tôi đang nặn một cái bát gốm." as "My mother is making a
    clay bowl." (_MADE); None for anything else, asked, with no word of the tense, "mới" alone (just, or only?), a
    classifier the thing does not take, paper "nặn" or clay "gấp", and clay things being made with no count."""
    m = _MADE.fullmatch(text)
    if not m or "?" in m["end"] or STRESSED_SAID.search(text) or em_speaking(m) or not (said := person_of(m, False)):
        return None
    (who_, one), aux, verb = said, keyed(m["aux"] or ""), keyed(m["verb"])
    en, classes, paper = _THINGS[keyed(m["thing"])]
    n = 0 if not m["n"] else int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
    if m["n"] and (keyed(m["cls"]) not in classes or n < 1) or paper != (verb == "gấp") and verb != "làm" or \
            not m["n"] and (aux != "đang" or not paper):
        return None  # (no count but paper "đang": "đang gấp máy bay giấy", paper planes; "đã gấp hạc giấy", one or
        # many? "đang làm bình gốm": one vase, many, or her work?)
    thing = f"{en}s" if not n else f"a {en}" if n == 1 else f"{m['n'] if m['n'].isdigit() else en_word(n)} {en}s"
    self_ = _self(m, who_) if m["self"] else ""
    if self_ is None:
        return None
    rest = f"{thing}{' ' + self_ if self_ else ''}{' in ' + _PLACES[keyed(m['place'])] if m['place'] else ''}"
    done = "folded" if verb == "gấp" else "made"
    if aux == "đang":
        ok = not (m["got"] or m["done"])
        return progressive(who_, be(who_), f"{'folding' if verb == 'gấp' else 'making'} {rest}", end=m["end"]) \
            if ok else None
    if aux in ("vừa", "vừa mới") or m["done"]:
        if aux not in ("", "đã") and m["done"]:
            return None
        just = "just " if aux not in ("", "đã") else ""
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{done} {rest}")) + stop(m["end"])
    return capitalised(f"{who_} {done} {rest}{stop(m['end'])}") if aux == "đã" else None


def _en_said(m: re.Match) -> tuple[str, bool, str, bool, bool] | None:
    """Who of a match over WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi), the first auxiliary in small
    letters (the question's, or who's: "does", "'s", "can", ""), whether denied, and whether asked; None for a pet,
    "I" or "we" asked ("chúng tôi", or "chúng ta"?), both a question's word and an auxiliary, a "?" on a statement or
    none on a question, and an auxiliary that does not agree with who."""
    q = m.groupdict().get("q")
    if animal(m) or bool(q) != ("?" in m["end"]) or q and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = (q or m["aux"] or "").lower().replace("can't", "can not").replace("cannot", "can not")
    words = aux.replace("n't", " not").replace("'", " '").split()
    first = (words or [""])[0]
    if q and who_ in ("tôi", "chúng tôi") or not first_agrees(first, who_, one):
        return None
    return who_, one, first, "not" in words, bool(q)


def _vi(who_: str, said: str, asked: bool = False, day: str = "") -> str:
    """A Vietnamese sentence of who, what is said of them and the day it is on (first): "Mẹ tôi đang học làm gốm.",
    asked "Bạn có … không?"."""
    return capitalised(f"{day + ' ' if day else ''}{who_} {'có ' * asked}{said}{' không?' if asked else '.'}")


def _learn_vi(text: str) -> str | None:
    """"I'm learning pottery." as "Tôi đang học làm gốm.", "Do you want to learn origami?" as "Bạn có muốn học gấp
    giấy không?", "He's learning to fold paper cranes." as "Anh ấy đang học gấp hạc giấy.", "She has just started
    learning pottery." as "Cô ấy vừa bắt đầu học làm gốm." (_LEARN_EN); None for anything else, and where a verb does
    not agree with who."""
    m = _LEARN_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, asked = said
    verb = keyed(m["verb"])
    craft = _KINDS[_LEARNT_EN[keyed(m["noun"])] if m["noun"] else _DONE_EN[keyed(m["what"])]][3]
    if verb == "learning":
        ok = first in ("is", "am", "are", "'s", "'m", "'re") and not (not_ or m["just"])
        return _vi(who_, f"đang học {craft}", asked) if ok else None
    if verb.startswith("want"):
        if m["just"] or first not in ("", "do", "does") or verb.startswith("wants") != (one and not first):
            return None
        return _vi(who_, f"{'không ' * not_}muốn học {craft}", asked)
    ok = first in ("has", "have", "'s", "'ve") and m["just"] and not (not_ or asked)
    return _vi(who_, f"vừa bắt đầu học {craft}") if ok else None


def _like_vi(text: str) -> str | None:
    """"My child likes origami." as "Con tôi thích gấp giấy.", "My son loves origami." as "Con trai tôi rất thích gấp
    giấy.", "Do you like making pottery?" as "Bạn có thích làm gốm không?", "Does he love making paper planes?" as "Anh
    ấy có mê gấp máy bay giấy không?" (_LIKE_EN); None for anything else, where the verb does not agree, love denied,
    and "pottery" liked or loved (the craft, or the pots?; enjoyed, it is done)."""
    m = _LIKE_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, asked = said
    verb, craft = m["verb"].lower(), _KINDS[_LIKED_EN[keyed(m["what"])]][3]
    if first not in ("", "do", "does") or verb.endswith("s") != (one and not first) or first and not (asked or not_):
        return None
    if keyed(m["what"]) == "pottery" and not verb.startswith("enjoy"):
        return None  # (pottery liked or loved may be the pots: "I love pottery" may collect them)
    love = verb.startswith("love")
    if love and not_:
        return None
    likes = ("mê" if asked else "rất thích") if love else "thích"
    return _vi(who_, f"{'không ' * not_}{likes} {craft}", asked)


def _can_vi(text: str) -> str | None:
    """"Can you fold a paper crane?" as "Bạn có biết gấp hạc giấy không?", "She can make pottery." as "Cô ấy biết làm
    gốm.", "I can't do origami yet." as "Tôi chưa biết gấp giấy.", "Does he know how to make paper planes?" as "Anh
    ấy có biết gấp máy bay giấy không?" (_CAN_EN); None for anything else, "Can we …?" (may we?), and where "know"
    does not agree with who."""
    m = _CAN_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, asked = said
    craft, know = _KINDS[_DONE_EN[keyed(m["what"])]][3], m["know"]
    if first == "can":
        ok = not know
    elif first in ("do", "does"):
        ok = know == "know" and (asked or not_)
    else:
        ok = not first and know and know.endswith("s") == one
    if not ok or m["yet"] and not not_:
        return None
    return _vi(who_, f"{'chưa ' if m['yet'] else 'không ' * not_}biết {craft}", asked)


def _going_vi(text: str) -> str | None:
    """"We're going to do pottery in Bat Trang this weekend." as "Cuối tuần này chúng tôi đi làm gốm ở Bát Tràng.",
    "We went to do pottery in Bat Trang yesterday." as "Hôm qua chúng tôi đi làm gốm ở Bát Tràng.", "Did you go to do
    pottery last weekend?" as "Cuối tuần trước bạn có đi làm gốm không?", "I want to go and do pottery." as "Tôi muốn
    đi làm gốm." (_GOING_EN); None for anything else, a day against the tense, and where a verb does not agree."""
    m = _GOING_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, asked = said
    verb, day = keyed(m["verb"]), _DAYS_EN.get((m["day"] or "").lower(), "")
    way, at = NEAR_WAY.get(day), f" ở {_PLACE_VI[keyed(m['place'])]}" if m["place"] else ""
    if verb.startswith("want"):
        ok = first in ("", "do", "does") and verb.startswith("wants") == (one and not first) and way != "behind"
        return _vi(who_, f"{'không ' * not_}muốn đi làm gốm{at}", asked, day) if ok and (asked or not first or
                                                                                      not_) else None
    if not_:
        return None
    if verb == "going to" and first in ("is", "am", "are", "'s", "'m", "'re") and way != "behind":
        return _vi(who_, f"{'sẽ ' * (not day)}đi làm gốm{at}", asked, day) if day or not asked else None
    if verb == "went to" and not first and way != "ahead" or verb == "go to" and first == "did" and day:
        return _vi(who_, f"{'đã ' * (not day)}đi làm gốm{at}", asked, day) if way != "ahead" else None
    return None


def _self_en(m: re.Match, who_: str) -> str | None:
    """"myself", "herself" … as who of a match of WHO_EN (`who_` in Vietnamese) says it; None where not known."""
    if m["who"]:
        return EN_SELF["I" if m["who"].lower() == "i" else m["who"].lower()]
    return {"his": "himself", "her": "herself"}.get(his_her(who_) or "")


def _made_vi(text: str) -> str | None:
    """"I made a clay bowl." as "Tôi đã làm một cái bát gốm.", "My daughter has just folded a paper crane." as "Con
    gái tôi vừa gấp một con hạc giấy.", "We've folded a hundred paper cranes." as "Chúng tôi đã gấp một trăm con hạc
    giấy rồi.", "She's making a clay vase." as "Cô ấy đang làm một cái bình gốm." (_MADE_EN); None for anything else,
    where a word does not agree ("a paper cranes", "two clay bowl", "She have"), and clay "folded"."""
    m = _MADE_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, _ = said
    verb, thing, n = m["verb"].lower(), m["thing"].lower(), (m["n"] or "").lower()
    count, en = int(n) if n.isdigit() else _N_EN.get(n, 0), thing.removesuffix("s")
    if not_ or n and count < 1 or (count == 1) != (thing == en) or n in ("a", "an") and n != "a" or \
            verb.startswith("fold") and en not in _CLASS_VI or not n and verb not in ("making", "folding"):
        return None  # (… and "made paper cranes": one or many?)
    if m["self"] and m["self"].lower() != _self_en(m, who_):
        return None
    counted = f"{n if n.isdigit() else vi_word(count)} {_CLASS_VI.get(en, 'cái')} " if n else ""
    rest = (f"{'tự ' * bool(m['self'])}{'gấp' if en in _CLASS_VI else 'làm'} {counted}{_THINGS_VI[thing]}"
            f"{' ở ' + _PLACE_VI[keyed(m['place'])] if m['place'] else ''}")
    if verb in ("making", "folding"):
        ok = first in ("is", "am", "are", "'s", "'m", "'re") and not m["just"]
        return _vi(who_, f"đang {rest}") if ok else None
    if first in ("has", "have", "'s", "'ve"):
        return _vi(who_, f"vừa {rest}" if m["just"] else f"đã {rest} rồi")
    return _vi(who_, f"{'vừa' if m['just'] else 'đã'} {rest}") if not first else None
