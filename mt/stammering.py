"""Stammering, a lisp and late talking, both ways, written whole by rule. v8 (rules on) reads "nói lắp" as snugging,
assembling or installing ("lắp" is also to fit), "ngọng" as sweet, "chậm nói" as slow to say, and "stammer", "stutter"
as stairs and cardboard: "Con tôi bị nói lắp." → "I'm snugging.", "Anh ấy nói lắp khi hồi hộp." → "He reassembled in
the box.", "Hồi nhỏ tôi bị nói lắp." → "I was snugged.", "Anh ấy không còn nói lắp nữa." → "He no longer said to be
installed.", "Con bạn có bị nói lắp không?" → "Are you sembled?", "Em trai tôi nói cà lăm." → "My younger brother says
hampers.", "Con tôi nói ngọng." → "I said sweet.", "Con tôi chậm nói." → "I'm slow to say."; "My son stutters." →
"Con trai của tôi là những chú chói.", "He stammers when he's nervous." → "Anh ấy cầu thang khi anh ấy lo lắng.", "I
used to stutter as a child." → "Tôi từng dùng để làm cho một đứa trẻ.", "Does your child stammer?" → "Con bạn có bìa
cứng không?", "My daughter has a lisp." → "Đứa con gái tôi có một kẻ nói dối." (a liar), "She has a stammer." → "Cô ấy
có một hòn đá.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) stammers ("nói lắp", "nói cà lăm"; "stammer", "stutter": written
"stammer") or has a stammer ("tật nói lắp"): said, often or sometimes (mt.hobbies.SELDOM), when nervous, worried,
stressed or speaking in public, asked, denied, still, no longer ("không còn … nữa", "hết … rồi"), used to ("từng"), and
as a child ("hồi nhỏ", "lúc bé" …: "as a child", "when I was little"), said, asked or denied; "nói ngọng" as "has
trouble pronouncing some sounds" (said, asked, still, used to, as a child), "nói ngọng l và n" as "mixes up the l and n
sounds"; a lisp ("has a lisp", "lisps") as "nói ngọng"; a child (con, con trai, con gái) who is a late talker ("chậm
nói", "chậm biết nói"; "slow to talk"), said, asked or denied, and anyone who was one as a child. Left: "nói lắp bắp"
and "He stammered." (stammering once, in a fright or a hurry), "I'm stammering", "nói ngọng" denied or often (what
"not" or "often" would read of "some sounds" is not sure), "nói chậm" (speaks slowly), a grown-up or a name "chậm nói"
now, or "was slow to talk" without "as a child" (slow to speak up?), pets, "we" or "they" as a child, "con" as a child
("My child stammered as a child."), "còn" or when with "từng" or as a child, no longer as a child ("Hồi nhỏ tôi hết
nói lắp rồi."), asked of oneself ("Tôi có nói lắp không?"), "có" without "không", a "?" on a statement ("Con tôi
bị nói lắp?", "… à?"), "chưa?", "anh", "chị", "em" alone saying it, "biết nói" and first words (mt/milestones.py),
languages spoken (mt/languages.py), a voice lost or a sore throat (mt/symptoms.py, mt/aches.py), nerves alone
(mt/worries.py, mt/fears.py), and anything else.
mt.phrasebook.translate tries these after mt/road_trips.py.

    >>> translate("Con tôi bị nói lắp.", "vi", "en"), translate("He stammers when he's nervous.", "en", "vi")
    ('My child stammers.', 'Anh ấy nói lắp khi hồi hộp.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .feelings import NERVES, NERVES_EN
from .hobbies import SELDOM, WHO, WHO_EN, animal, his_her_of, often_said, who, who_vi
from .lazy_re import lazy
from .people import CHILD_KIN, CHILD_KIN_EN
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nói\s+lắp|cà\s+lăm|nói\s+ngọng|chậm\s+nói|chậm\s+biết\s+nói)"),
         "en": lazy(r"(?i:stammer|stutter|lisp|late\s+talker|slow\s+to\s+talk)")}
# when it comes ("khi hồi hộp": "when he's nervous"), the shared words of mt.feelings
FEELINGS, FEELINGS_VI = NERVES, NERVES_EN
_OFTEN = {vi: en for vi, en in SELDOM.items() if en in ("often", "sometimes")}
_OFTEN_VI = {"often": "hay", "sometimes": "thỉnh thoảng"}  # ("Bạn có hay nói lắp không?")
_YOUNG, _YOUNG_EN = CHILD_KIN, CHILD_KIN_EN  # (who is a late talker now)
_SUBJECTS = {"his": "he", "her": "she"}
_BE_SHORT = {"I": "I'm", "you": "you're", "we": "we're", "they": "they're", "he": "he's", "she": "she's"}
# the English of each kind: base, with "-s", past (a late talker is said with "is")
_VERBS = {"stam": ("stammer", "stammers", "stammered"), "tat": ("have a stammer", "has a stammer", "had a stammer"),
          "ngong": ("have trouble pronouncing some sounds", "has trouble pronouncing some sounds",
                    "had trouble pronouncing some sounds"),
          "ln": ("mix up the l and n sounds", "mixes up the l and n sounds", "mixed up the l and n sounds")}

_CHILD = AS_A_CHILD  # (before who, after it or at the end; "Hồi nhỏ" is written back)
_LN = r"(?:(?:chữ|âm)\s+)?(?:l\s*(?:và|với|/)\s*(?:(?:chữ|âm)\s+)?n|n\s*(?:và|với|/)\s*(?:(?:chữ|âm)\s+)?l)"
_SAID = lazy(rf"(?:(?P<child0>{_CHILD})\s*,?\s+)?{WHO}(?:\s+(?P<child1>{_CHILD}))?\s+(?:(?P<ask>có)\s+)?"
             r"(?:(?P<not>không)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<used>đã\s+từng|từng)\s+)?"
             rf"(?:(?P<over>đã\s+hết|hết)\s+)?(?:(?P<often>{alternatives(_OFTEN)})\s+)?(?:(?P<bi>bị)\s+)?"
             r"(?:(?P<tat>tật\s+)?(?P<stam>nói\s+(?:lắp|cà\s+lăm))|(?P<ngong>nói\s+ngọng)(?P<ln>\s+" + _LN + r")?|"
             r"(?P<late>chậm\s+(?:biết\s+)?nói))"
             rf"(?:\s+khi\s+(?:(?P<feel>{alternatives(FEELINGS)})|(?P<public>(?:phải\s+)?nói\s+trước\s+"
             r"(?:đám\s+đông|nhiều\s+người))))?"
             rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<child2>{_CHILD}))?(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English ("He stammers when he's nervous.", "Does your child stutter?", "She has a lisp.")
_WHEN_EN = (r"(?:\s+when\s+(?:(?P<sub>\w+)(?P<be>['’](?:s|m|re)|\s+(?:is|am|are|gets|get))\s+)?"
            rf"(?P<feel>{alternatives(FEELINGS_VI)})|\s+(?P<public>when\s+speaking\s+in\s+public))?")
_CHILD_EN = (rf"(?:\s+(?P<child>{AS_A_CHILD_EN}|when\s+(?P<sub2>\w+)\s+(?P<was>was|were)\s+(?:little|young|"
             r"small|a\s+child|a\s+kid)))?")
_STAMMER_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<aux>(?:don|doesn|didn)['’]t|(?:do|does|did)\s+not|"
                   r"used\s+to|use\s+to|no\s+longer))?(?:\s+(?P<still>still))?(?:\s+(?P<often>often|sometimes))?\s+"
                   r"(?:(?P<verb>stammer|stutter|lisp)(?P<vend>s|ed)?|(?P<have>has|have|had)\s+a\s+"
                   rf"(?P<noun>stammer|stutter|lisp)){_WHEN_EN}(?P<more>\s+any\s*more)?{_CHILD_EN}\s*(?P<end>[.!?]*)")
_LATE_EN = lazy(rf"(?:(?P<q>Is|Are|Was|Were)\s+)?{WHO_EN}"
                r"(?P<be>\s+(?:is|are|was|were)(?:\s+not|n['’]t)?|['’](?:s|re))?\s+"
                rf"(?:a\s+late\s+talker|(?P<slow>slow\s+to\s+talk))(?:\s+(?P<child>{AS_A_CHILD_EN}))?"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who stammers, has a lisp or trouble with some sounds, or is a
    late talker, now or as a child; None for any other."""
    if src == "vi":
        return _said(text)
    return _stammer_vi(text) or _late_vi(text)


def _kind(m: re.Match) -> str:
    """Which a match of _SAID says: "stam" (stammers), "tat" (has a stammer), "ngong", "ln" (l and n), "late"."""
    if m["stam"]:
        return "tat" if m["tat"] else "stam"
    return "late" if m["late"] else "ln" if m["ln"] else "ngong"


def _mode(m: re.Match, asked: bool) -> str | None:
    """What a match of _SAID says of it: "said", "asked", "not", "still", "no longer", "used" or "over" (no longer,
    "hết … rồi"); None where its words do not go together ("có" said, "không … nữa" with "vẫn", "hết" without
    "rồi")."""
    still, over, more = keyed(m["still"] or ""), keyed(m["over"] or ""), bool(m["more"])
    if m["done"] and not over or over == "hết" and not m["done"]:
        return None
    if over:
        return None if m["ask"] or m["not"] or still or m["used"] or more or asked else "over"
    if asked:  # ("Con bạn nói lắp không?": no "có" nor "còn", said or asked?)
        return None if m["not"] or m["used"] or more or not (m["ask"] or still in ("còn", "vẫn còn")) else "asked"
    if m["ask"]:
        return None
    if m["used"]:
        return None if m["not"] or still or more else "used"
    if m["not"]:
        return "no longer" if still == "còn" or more and not still else None if still else "not"
    return None if more else "still" if still else "said"


def _said(text: str) -> str | None:
    """"Con tôi bị nói lắp." as "My child stammers.", "Anh ấy nói lắp khi hồi hộp." as "He stammers when he's
    nervous.", "Hồi nhỏ tôi bị nói lắp." as "I stammered as a child.", "Anh ấy không còn nói lắp nữa." as "He doesn't
    stammer any more.", "Con tôi chậm nói." as "My child is a late talker." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or [bool(m[f"child{i}"]) for i in range(3)].count(True) > 1 or animal(m):
        return None
    asked, past, kind = bool(m["asked"]), bool(m["child0"] or m["child1"] or m["child2"]), _kind(m)
    mode = None if asked != ("?" in m["end"]) else _mode(m, asked)
    said = who(m, asked) if mode else None
    if said is None or asked and said[0] == "I" or past and said[0] in ("we", "they"):
        return None
    when, often = bool(m["feel"] or m["public"]), m["often"]
    if (past or kind == "late") and m["still"] or (past or mode == "used") and when or often and (
            m["not"] or asked and m["still"]):  # ("Hồi nhỏ bạn còn nói lắp không?", "Tôi từng nói lắp khi hồi hộp.")
        return None
    if kind != "stam" and (when or often) or kind == "ngong" and mode in ("not", "no longer", "over"):
        return None
    if past and (keyed(m["kin"] or "") == "con" or mode in ("no longer", "over")) or mode in (
            "no longer", "over", "used", "still") and often:
        return None  # ("My child stammered as a child."; "Hồi nhỏ tôi hết nói lắp rồi.": over by then, not now)
    if kind == "late":
        young = keyed(m["kin"] or "") in _YOUNG
        return None if mode not in ("said", "asked", "not") or not (young or past) else _late(*said, mode, past)
    return _stammers(m, *said, kind, mode, past)


def _when(m: re.Match, who_: str) -> str:
    """When of a match of _SAID in English: " when he's nervous" (who known: "mẹ tôi" is "she"), " when nervous" (a
    name, "con"), " when speaking in public"; "" for none."""
    if m["public"]:
        return " when speaking in public"
    if not m["feel"]:
        return ""
    subject = who_ if who_ in _BE_SHORT else _SUBJECTS.get(his_her_of(m) or "")
    return f" when {_BE_SHORT[subject] + ' ' if subject else ''}{FEELINGS[keyed(m['feel'])]}"


def _stammers(m: re.Match, who_: str, one: bool, kind: str, mode: str, past: bool) -> str:
    """Who stammers (has a stammer, trouble with some sounds, mixes up l and n) in English, as `mode` and `past` say:
    "My child stammers.", "Does your child stammer?", "He doesn't stammer any more.", "I stammered as a child."."""
    base, third, done = _VERBS[kind]
    when, child = _when(m, who_), " as a child" if past else ""
    often = f"{often_said(m['often'], bool(when))} " if m["often"] else ""
    does, said = ("Does" if one else "Do"), capitalised(who_)
    if mode == "asked":
        if past:
            return f"Did {who_} {often}{base} as a child?"
        return f"{does} {who_} {'still ' if m['still'] else ''}{often}{base}{when}?"
    if mode == "not":
        return f"{said} didn't {base} as a child." if past else f"{said} {does.lower()}n't {base}{when}."
    if mode in ("no longer", "over"):
        return f"{said} {does.lower()}n't {base}{when} any more."
    if mode == "used":
        return f"{said} used to {base}{child}."
    if mode == "still":
        return f"{said} still {third if one else base}{when}."
    return f"{said} {often}{done if past else third if one else base}{when}{child}."


def _late(who_: str, one: bool, mode: str, past: bool) -> str:
    """Who is (was, as a child) a late talker in English, said, asked or denied: "My child is a late talker.", "Is
    your son a late talker?", "I wasn't a late talker as a child."."""
    be = ("was" if one or who_ == "I" else "were") if past else "is" if one else "am" if who_ == "I" else "are"
    child = " as a child" if past else ""
    if mode == "asked":
        return f"{be.capitalize()} {who_} a late talker{child}?"
    not_ = "n't" if mode == "not" else ""
    return capitalised(f"{who_} {be}{not_} a late talker{child}.")


def _subjects(m: re.Match, who_: str) -> set[str]:
    """The pronouns that may stand for who of a match of WHO_EN (`who_` as who_vi gives it) later in its
    sentence: {"i"} for "I", {"she"} for "my mother", {"he", "she", "they"} for a name or "my child"."""
    if m["who"]:
        return {m["who"].lower()}
    sex = _SUBJECTS.get(his_her(who_) or "") if m["kin"] else None
    return {sex} if sex else {"he", "she", "they"}


def _agrees(sub: str, verb: str) -> bool:
    """Whether "is", "am", "are", "gets", "get" (contracted or not; `verb`) agrees with the pronoun `sub`."""
    verb = {"'s": "is", "'m": "am", "'re": "are"}.get(verb, verb)
    if sub == "i":
        return verb in ("am", "get")
    return verb in (("is", "gets") if sub in ("he", "she") else ("are", "get"))


def _stammer_vi(text: str) -> str | None:
    """"My son stutters." as "Con trai tôi bị nói lắp.", "He stammers when he's nervous." as "Anh ấy nói lắp khi hồi
    hộp.", "I used to stutter as a child." as "Hồi nhỏ tôi bị nói lắp.", "She has a lisp." as "Cô ấy bị nói ngọng."
    (_STAMMER_EN); None for anything else, where a verb or a pronoun does not agree with who, and "He stammered."."""
    m = _STAMMER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    if q and aux and (q, aux) != ("did", "use to") or aux == "use to" and q != "did":
        return None  # ("Did you use to stammer?", not "Do you used to …")
    past = _tense(m, q, aux, one)
    if past is None or not _fits(m, who_, q, aux, past):
        return None
    lisp = (m["verb"] or m["noun"]).lower() == "lisp"
    what = "nói ngọng" if lisp else "tật nói lắp" if m["noun"] else "nói lắp"
    bi = "bị " if m["noun"] or lisp else ""  # ("còn nói lắp"; "còn bị tật nói lắp", "còn bị nói ngọng")
    when = f" khi {FEELINGS_VI[m['feel'].lower()]}" if m["feel"] else " khi nói trước đám đông" if m["public"] else ""
    lead = f"{_OFTEN_VI[m['often'].lower()]} " if m["often"] else "" if when else "bị "  # ("hay nói lắp", "bị …")
    said, ago = capitalised(who_), f"Hồi nhỏ {who_}"
    if past and not m["child"]:  # (used to)
        return f"{said} có từng bị {what} không?" if q else f"{said} từng bị {what}."
    if past:
        denied = aux.endswith("not")
        return f"{ago} có {lead}{what} không?" if q else f"{ago} không bị {what}." if denied else f"{ago} {lead}{what}."
    if q:
        return f"{said} còn {bi}{what}{when} không?" if m["still"] else f"{said} có {lead}{what}{when} không?"
    if m["more"] or aux == "no longer":
        return f"{said} không còn {bi}{what}{when} nữa."
    if aux:
        return f"{said} không {lead}{what}{when}."
    return f"{said} vẫn {bi}{what}{when}." if m["still"] else f"{said} {lead}{what}{when}."


def _tense(m: re.Match, q: str, aux: str, one: bool) -> bool | None:
    """Whether a match of _STAMMER_EN is said of the past ("did", "used to", "stammered"); None where its verb does
    not agree with who ("She stammer", "Does he stammers", "Do she …")."""
    form = {"": "base", "s": "third", "ed": "past", "have": "base", "has": "third", "had": "past"}[
        (m["vend"] or "") if m["verb"] else m["have"].lower()]
    said_of = aux.split(" ")[0] if aux.endswith("not") else q
    past = said_of == "did" or aux in ("used to", "use to") or form == "past"
    if said_of in ("do", "does", "did") or aux in ("used to", "use to"):
        ok = form == "base" and said_of != ("does" if not one else "do")
    else:
        ok = form == "past" and not aux or form == ("third" if one else "base")  # (not "He no longer stammered")
    return past if ok else None


def _fits(m: re.Match, who_: str, q: str, aux: str, past: bool) -> bool:
    """Whether the words of a match of _STAMMER_EN go together: not asked of oneself; the past only of one, as a
    child ("when she was little", who's pronoun) or used to, and with nothing of now ("He stammered." once: not
    taken); "still", "any more", "often" and when alone as they are said; a lisp or "a stammer" with no when."""
    subs = _subjects(m, who_)
    lisp_or_noun = (m["verb"] or "").lower() == "lisp" or m["noun"]
    when = m["feel"] or m["public"]
    if q and "i" in subs or past and (who_ in ("chúng tôi", "họ") or m["still"] or m["more"] or when or not (
            m["child"] or aux in ("used to", "use to"))) or m["child"] and not past:
        return False
    sub2 = (m["sub2"] or "").lower()
    if sub2 and (sub2 not in subs or (m["was"] == "was") != (sub2 in ("i", "he", "she"))):
        return False
    if m["sub"] and (m["sub"].lower() not in subs or not _agrees(m["sub"].lower(), m["be"].strip().lower().replace(
            "’", "'"))):
        return False
    if m["still"] and (aux or m["often"]) or m["more"] and (aux not in ("do not", "does not") or m["often"]):
        return False
    return not (m["often"] and (aux or lisp_or_noun) or when and lisp_or_noun)


def _late_vi(text: str) -> str | None:
    """"My son is a late talker." as "Con trai tôi chậm nói.", "Is your child a late talker?" as "Con bạn có chậm nói
    không?", "I was a late talker." as "Hồi nhỏ tôi chậm nói." (_LATE_EN); None for anything else, where "is" does
    not agree with who, and for any but a child now ("He is a late talker.": slow to speak up?) or "slow to talk"
    without "as a child"."""
    m = _LATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or animal(m):
        return None
    who_, one = who_vi(m)
    words = (m["q"] or m["be"]).lower().replace("’", "'").replace("n't", " not").split()
    be, not_ = {"'s": "is", "'re": "are"}.get(words[0], words[0]), "not" in words
    past = be in ("was", "were")
    if be != (("was" if one or who_ == "tôi" else "were") if past else "is" if one else "are") or m["q"] and not_:
        return None
    if who_ in ("chúng tôi", "họ") or m["child"] and not past or m["q"] and who_ == "tôi":
        return None
    young = bool(m["kin"]) and m["kin"].lower() in _YOUNG_EN
    if not (past or young) or m["slow"] and not (young or m["child"]):
        return None  # ("He was slow to talk.": to speak up, that once?)
    said = f"Hồi nhỏ {who_}" if past else capitalised(who_)
    return f"{said} có chậm nói không?" if m["q"] else f"{said} {'không ' if not_ else ''}chậm nói."
