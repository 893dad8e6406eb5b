"""Jealousy and envy, both ways, written whole by rule: who is jealous (now, in the past, a bit, very, so), who gets
jealous easily, who is jealous of whom (a romantic rival, an ex, a sister, a friend, "you"), and "don't be jealous".
v8 (rules on) leaves "ghen" as it is, and reads "jealous" as "ghen tỵ" with "về" (about), "envious" as glad and "gets
jealous" as agreeable: "Cô ấy hay ghen." → "She or ghen.", "Chồng tôi rất hay ghen." → "My husband is very ghen.",
"Tôi ghen tị với anh ấy." → "I'm ghened to him.", "Anh ấy ghen với bạn trai cũ của tôi." → "He ghened with my old
brother.", "Bạn ghen à?" → "Are you ghen?", "Tôi ghen tị quá!" → "I'm ghened!", "Vợ tôi dễ ghen lắm." → "My wife is
easy to ghen."; "She gets jealous easily." → "Cô ấy dễ chịu hơn.", "I'm jealous of him." → "Tôi ghen tỵ về anh ấy.",
"He is jealous of my ex-boyfriend." → "Anh ta ghen tỵ về cái chân của tôi." (my leg), "My sister is envious of me."
→ "Chị của tôi rất vui vì tôi." (glad), "He doesn't get jealous easily." → "Anh ta không dễ chịu được một cách dễ
dàng.".

Taken: who (mt.hobbies.WHO, WHO_EN) "ghen", "ghen tị", "ghen tỵ", "ghen tuông" (jealous): said, now ("đang"), in the
past ("đã": "was jealous"), a bit ("hơi"), very ("rất", "lắm": really), so ("quá"), denied ("không … (lắm, đâu)"), asked
("có … không?", "… à?"); as a habit ("hay ghen", "dễ ghen": "gets jealous easily", very, so, denied, asked); of whom
("với" mt.hobbies.WHOM, or an ex of EXES with whose: "bạn trai cũ của tôi"); "Đừng ghen (tị) (với …) (nữa)." ("Don't be
jealous", "Stop being jealous"); "của mình" after "tôi", "bạn" or none is the speaker's. Vietnamese "ghen" and "ghen tị"
are both English "jealous"; back, English "envious" is always "ghen tị", and "jealous" of someone is "ghen" only of an
ex (a romantic rival), "ghen tị" only of one's own sister, brother, friend or colleague ("She is jealous of her
sister."), of "me" by my own sibling, and of "you", "him", "her", "them" alone by "I" or "we" ("I'm jealous of him."):
anyone else ("My husband is jealous of my colleague", "I'm jealous of her boyfriend": a rival, or envy?) is left.
"Jealous" with no one after it is "ghen" ("Are you jealous?": "Bạn ghen à?"), but not of "I" or "we" ("I'm so jealous!"
is most often envy of luck: "ghen tị"? "ghen"?). Left: "ghen … rồi" (got jealous, or is now?), "ghen ăn tức ở" and other
idioms, "ghen" or "sự ghen tị" as a noun, a reason ("vì …"), jealous of things ("ghen tị với thành công của …"), a habit
of whom ("hay ghen tị với …"), asked of oneself ("Tôi có ghen không?", "Are we jealous?"), of one "của mình" by a third
person ("Anh ấy ghen với bạn trai cũ của mình.": the speaker's ex, or his own?), asked in the past, "thế", "vậy" ending
a statement ("Anh ấy ghen thế.": so, like that), "anh", "chị", "em" alone saying it, pets, and anything else. No other
module takes "ghen" (mt/time_zones.py only names it, as v8's jet lag).
mt.phrasebook.translate tries these after mt/nail_biting.py.

    >>> translate("Cô ấy hay ghen.", "vi", "en"), translate("He is jealous of my ex-boyfriend.", "en", "vi")
    ('She gets jealous easily.', 'Anh ấy ghen với bạn trai cũ của tôi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .people import KIN_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, SOFTENED_END, WHOSE_OF, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ghen)"), "en": lazy(r"(?i:jealous|envious)")}
# exes, whose after them (the first Vietnamese of each is written back)
EXES = {"bạn trai cũ": "ex-boyfriend", "bạn gái cũ": "ex-girlfriend", "người yêu cũ": "ex", "chồng cũ": "ex-husband",
        "vợ cũ": "ex-wife"}
EXES_VI = {en: vi for vi, en in reversed(EXES.items())}
# whom one envies rather than fears as a rival, when they are one's own (mt.people.KIN_VI's Vietnamese)
_ENVIED = {"em gái", "chị gái", "anh trai", "em trai", "em", "bạn", "bạn thân", "đồng nghiệp", "bạn cùng lớp",
           "bạn cùng phòng"}
_SIBLINGS = {"em gái", "chị gái", "anh trai", "em trai", "em"}
_DEGREES = {"rất": "very", "hơi": "a bit", "lắm": "really", "quá": "so"}
_DEGREES_VI = {"very": "rất", "a bit": "hơi", "a little": "hơi", "so": "quá", "really": "lắm"}

_EX = rf"(?P<ex>(?i:{alternatives(EXES)}))\s+(?:của\s+)?(?P<exwhose>(?i:{alternatives(OWNERS)}))"
_OF = rf"(?:\s+với\s+(?:{_EX}|{WHOM}))?"
_FEEL = r"ghen(?:\s+(?P<envy>tị|tỵ)|\s+(?P<love>tuông))?"
_END = rf"(?:\s+(?P<asked>không|à|hả))?{SOFTENED_END}"
# who is jealous ("Cô ấy hay ghen.", "Tôi ghen tị với anh ấy.", "Bạn ghen à?", "Tôi không ghen đâu.")
_JEALOUS = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<tense>đang|đã)\s+)?(?:(?P<deg>rất|hơi)\s+)?"
                rf"(?:(?P<habit>hay|dễ)\s+)?{_FEEL}{_OF}(?:\s+(?P<much>lắm|quá))?(?:\s+(?P<dau>đâu))?{_END}")
# ... told not to be ("Đừng ghen nữa.", "Em đừng ghen tị với cô ấy nhé.")
_DONT = lazy(rf"(?:(?i:bạn|anh|chị|em|cậu)\s+)?[Đđ]ừng\s+{_FEEL}{_OF}(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha|mà))?"
             r"\s*(?P<end>[.!]*)")

# ... and in English ("She is jealous.", "I'm jealous of him.", "Are you jealous?", "He got jealous.")
_EX_EN = rf"(?P<exwhose>(?i:{WHOSE_WORDS}))\s+(?P<ex>{alternatives(EXES_VI)})"
_OF_EN = rf"(?:\s+of\s+(?:{_EX_EN}|{WHOM_EN}))?"
_BEING_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Was|Were)\s+)?{WHO_EN}(?:(?P<be>\s+(?:is|am|are|was|were)|['’](?:s|m|re))"
                 r"(?P<not>\s+not|n['’]t)?|\s+(?P<got>got))?(?:\s+(?P<deg>very|so|really|a\s+bit|a\s+little))?"
                 rf"\s+(?P<feel>jealous|envious){_OF_EN}\s*(?P<end>[.!?]*)")
_GETS_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                r"(?P<verb>gets?)\s+(?P<feel>jealous|envious)\s+(?:(?P<deg>very|so|really)\s+)?easily"
                r"\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:(?:[Dd]on['’]t|[Dd]o\s+not)\s+be|(?P<more>[Ss]top)\s+being)\s+(?P<feel>jealous|envious){_OF_EN}"
                r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is jealous or envious, of whom, who gets jealous easily,
    or tells someone not to be; None for any other."""
    if src == "vi":
        return _jealous(text) or _dont(text)
    return _gets_vi(text) or _being_vi(text) or _dont_vi(text)


def _whom(m: re.Match) -> str | None:
    """Whom of a match of _OF in English, with " of " before it: " of my ex-boyfriend", " of him", " of my sister";
    "" for none; None for anyone not read."""
    if m["ex"]:
        return f" of {OWNERS[keyed(m['exwhose'])]} {EXES[keyed(m['ex'])]}"
    if not m["whom"]:
        return ""
    said = as_whom(m["whom"], "vi")
    return said and f" of {said}"


def _jealous(text: str) -> str | None:
    """"Cô ấy hay ghen." as "She gets jealous easily.", "Chồng tôi rất hay ghen." as "My husband gets jealous very
    easily.", "Tôi ghen tị với anh ấy." as "I'm jealous of him.", "Bạn ghen à?" as "Are you jealous?", "Anh ấy đã
    ghen." as "He was jealous.", "Tôi ghen tị quá!" as "I'm so jealous!" (_JEALOUS); None for anything else."""
    m = _JEALOUS.fullmatch(text)
    if not m or animal(m):
        return None
    asked, much, deg = bool(m["asked"]), keyed(m["much"] or ""), keyed(m["deg"] or "")
    if asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or m["not"] and asked:
        return None  # ("Bạn có ghen à?", "Bạn ghen?": asked twice, or by nothing)
    if m["dau"] and not m["not"] or deg and much or m["not"] and (deg or m["tense"] or much == "quá"):
        return None  # ("rất … lắm", "không rất ghen")
    if m["tense"] and m["habit"] or m["tense"] == "đã" and asked or asked and (deg or much) or m["love"] and (
            m["ex"] or m["whom"]):
        return None
    if not asked and text.rstrip(".!? ").split()[-1] in ("vậy", "thế"):
        return None  # ("Anh ấy ghen thế.": so jealous, or jealous like that; asking, a particle English leaves)
    said, of = who(m, asked), _whom(m)
    if said is None or of is None or asked and said[0] in ("I", "we") or of == f" of {EN_OBJECT.get(said[0])}":
        return None  # ("Tôi có ghen không?": asked of oneself; "Tôi ghen tị với tôi.")
    if said[0] not in ("I", "you") and keyed(m["exwhose"] or m["whom"] or "").split()[-1:] == ["mình"]:
        return None  # ("Anh ấy ghen với bạn trai cũ của mình.": the speaker's ex, or his own?)
    who_, one = said
    if m["habit"]:
        return _habit(who_, one, asked, bool(m["not"]), deg or much, of, m["end"])
    how = _DEGREES.get(deg or much, "")
    if m["not"]:
        how = "very" if much else ""  # ("Tôi không ghen lắm.": not very)
    be = ("was" if one or who_ == "I" else "were") if m["tense"] == "đã" else _be(who_, one)
    if asked:
        return f"{be.capitalize()} {who_} jealous{of}?"
    said_ = f"{be}{' not' * bool(m['not'])} {how} jealous{of}".replace("  ", " ")
    return capitalised(contracted(who_, said_)) + stop(m["end"])


def _be(who_: str, one: bool) -> str:
    """"is", "am" or "are" after who in English ("my husband is", "I am", "you are")."""
    return "is" if one else "am" if who_ == "I" else "are"


def _habit(who_: str, one: bool, asked: bool, not_: bool, deg: str, of: str, end: str) -> str | None:
    """Who gets jealous easily, in English: "She gets jealous easily.", "My husband gets jealous very easily.",
    "Do you get jealous easily?", "He doesn't get jealous easily."; its "!" kept (`end`, as the source ended); None
    with whom ("hay ghen tị với …") or "a bit" ("hơi hay ghen")."""
    if of or deg == "hơi" or not_ and deg not in ("", "lắm"):
        return None
    how = "very easily" if deg in ("rất", "lắm") else "so easily" if deg == "quá" else "easily"
    return present(who_, one, "get", f"jealous {how}", asked, bool(not_), end)


def _dont(text: str) -> str | None:
    """"Đừng ghen." as "Don't be jealous.", "Đừng ghen nữa." as "Stop being jealous.", "Em đừng ghen tị với cô ấy
    nhé." as "Don't be jealous of her." (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    of = None if not m or m["love"] and (m["ex"] or m["whom"]) else _whom(m)
    if of is None:
        return None
    told = "Stop being" if m["more"] else "Don't be"
    return f"{told} jealous{of}{stop(m['end'])}"


def _of_vi(m: re.Match, who_: str, subject: str) -> tuple[str, str] | None:
    """The Vietnamese verb and whom of a match of _OF_EN (" với bạn trai cũ của tôi"; "" for none) after who
    (`who_`, Vietnamese; `subject`, as English said it): ("ghen", …) of an ex, ("ghen tị", …) envious of anyone and
    jealous of whom one surely envies (one's own sister or friend, "me" by my sibling, "him" by "I"); None for
    anyone else ("My husband is jealous of my colleague": a rival, or envy?), and for oneself."""
    feel = "ghen" if m["feel"] == "jealous" else "ghen tị"
    if m["ex"]:
        return "ghen", f" với {EXES_VI[m['ex']]} của {WHOSE_VI[m['exwhose'].lower()]}"
    if not m["whom"]:
        return feel, ""
    whom, said = as_whom(m["whom"], "en"), m["whom"].lower().split()
    if whom is None or whom == who_:
        return None
    if feel == "ghen tị":
        return feel, f" với {whom}"
    own, by = WHOSE_OF.get(subject.lower()), subject.lower().split()
    kin = KIN_VI.get(" ".join(said[1:]))
    alone = len(said) == 1 and said[0] in EN_OBJECT.values()  # ("her" whom, not whose: "her boyfriend" is a rival)
    if own and said[0] == own and kin in _ENVIED or by in (["i"], ["we"]) and alone:
        return "ghen tị", f" với {whom}"
    # my own sibling ("My sister is jealous of me."; not "His sister …", "Lan …": a rival, or envy?)
    sibling = by[:1] in (["my"], ["our"]) and KIN_VI.get(" ".join(by[1:])) in _SIBLINGS
    if kin is None and said[0] in ("me", "us") and sibling:
        return "ghen tị", f" với {whom}"
    return None


def _gets_vi(text: str) -> str | None:
    """"She gets jealous easily." as "Cô ấy hay ghen.", "My husband gets jealous very easily." as "Chồng tôi rất hay
    ghen.", "Do you get jealous easily?" as "Bạn có hay ghen không?", "He doesn't get jealous easily." as "Anh ấy
    không hay ghen." (_GETS_EN); None for anything else, and where the verb does not agree with who."""
    m = _GETS_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    who_, one = who_vi(m)
    does = (m["q"] or m["not"] or "").lower().strip()
    if (m["verb"] == "gets") != (not does and one) or does and does.startswith("does") != one:
        return None
    deg, feel = m["deg"] or "", "ghen" if m["feel"] == "jealous" else "ghen tị"
    if m["q"] and deg or m["not"] and deg not in ("", "very") or m["q"] and who_ in ("tôi", "chúng tôi"):
        return None
    if m["q"]:
        return capitalised(f"{who_} có hay {feel} không?")
    if m["not"]:
        return capitalised(f"{who_} không hay {feel}{' lắm' * bool(deg)}.")
    said = {"": f"hay {feel}", "very": f"rất hay {feel}", "so": f"hay {feel} quá", "really": f"hay {feel} lắm"}[deg]
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _being_vi(text: str) -> str | None:
    """"I'm jealous of him." as "Tôi ghen tị với anh ấy.", "He is jealous of my ex-boyfriend." as "Anh ấy ghen với
    bạn trai cũ của tôi.", "My husband is very jealous." as "Chồng tôi rất hay ghen.", "Are you jealous?" as "Bạn
    ghen à?", "She was envious of her sister." as "Cô ấy đã ghen tị với em gái cô ấy." (_BEING_EN); None for anything
    else, where "is" does not agree with who, and for "I" or "we" jealous of no one ("I'm so jealous!": envy?)."""
    m = _BEING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m["got"]):
        return None
    who_, one = who_vi(m)
    be = (m["q"] or m["be"] or "").strip().lower()
    past = bool(m["got"]) or be in ("was", "were")
    if be and not be_agrees(m, be, past) or be == "am" and (m["not"] or "").startswith("n"):
        return None  # ("She are", "I amn't")
    of = _of_vi(m, who_, m["who"] or " ".join(filter(None, (m["whose"], m["kin"]))) or "")
    deg = _DEGREES_VI.get(" ".join((m["deg"] or "").split()), "")
    if of is None or not of[1] and m["feel"] == "jealous" and who_ in ("tôi", "chúng tôi") and not m["q"]:
        return None
    feel, whom = of
    if m["q"]:
        if past or deg or who_ in ("tôi", "chúng tôi"):
            return None  # ("Were you jealous?": then, or all along?; "Am I jealous?", "Are we jealous?")
        return capitalised(f"{who_} có {feel}{whom} không?" if whom else f"{who_} {feel} à?")
    if past and deg in ("quá", "lắm"):
        return None  # ("She was so jealous.": not "đã ghen quá")
    if m["not"]:
        if past or deg not in ("", "rất"):
            return None
        return capitalised(f"{who_} không {feel}{whom}{' lắm' * bool(deg)}.")
    if deg in ("quá", "lắm"):
        said = f"{feel}{whom} {deg}"
    elif deg == "rất" and feel == "ghen" and not (whom or past):
        said = "rất hay ghen"  # ("My husband is very jealous.": by nature)
    else:
        said = f"{deg} {feel}{whom}".strip() if deg or whom or past else f"đang {feel}"
    return capitalised(f"{who_} {'đã ' * past}{said}{stop(m['end'])}")


def _dont_vi(text: str) -> str | None:
    """"Don't be jealous." as "Đừng ghen.", "Stop being jealous." as "Đừng ghen nữa.", "Don't be envious of her." as
    "Đừng ghen tị với cô ấy." (_DONT_EN); None for anything else, and "jealous" of anyone but an ex."""
    m = _DONT_EN.fullmatch(text)
    of = m and _of_vi(m, "bạn", "you")
    if not of:
        return None
    return f"Đừng {of[0]}{of[1]}{' nữa' * bool(m['more'])}{stop(m['end'])}"
