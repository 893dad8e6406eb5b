"""Left- and right-handedness, said or asked, both ways, written whole by rule. v8 reads "thuận tay trái" as having or
getting a left hand, "thuận" as convenient, "viết tay trái" as writing the hand, and back "-handed" as "đã tay" or
"có tay": "Anh ấy thuận tay trái." → "He got the left hand.", "Tôi thuận tay phải." → "I am right hand.", "Bạn thuận
tay phải hay tay trái?" → "Are you a right hand or left hand?", "Bạn có thuận tay trái không?" → "Do you convenient
left hand?", "Anh ấy thuận cả hai tay." → "He got both hands.", "Cô ấy là người thuận tay phải." → "She is the right
handful.", "Anh ấy viết tay trái." → "He wrote the left hand.", "Lan thuận tay trái." → "The left hand was."; "He's
left-handed." → "Anh ta đã tay trái.", "Are you left-handed?" → "Bạn có phải tay trái không?", "Is he left-handed?" →
"Anh ấy có tay trái không?", "My mother is left-handed." → "Mẹ tôi đang tay trái.", "They're both left-handed." →
"Họ vừa tay trái.", "She's ambidextrous." → "Cô ấy rất tham vọng." (ambitious), "Lan is left-handed." → "Lan đã bị
bỏ qua." (was ignored).

Taken: who (mt.hobbies.WHO, WHO_EN; parents with whose, mt.people.PARENTS_WHOSE, PARENTS_WHOSE_EN) is left- or
right-handed ("thuận tay trái", "là người thuận tay trái", "a left-hander") or ambidextrous ("thuận cả hai tay"), or
not, said or asked, or asked which ("thuận tay phải hay tay trái?", "thuận tay nào?", "left- or right-handed?");
both of two ("Cả hai đứa con tôi đều …", "Cả hai chúng tôi đều …", "Bố mẹ tôi đều …"; "Both my children are …",
"We're both …"); who writes, eats or draws with the left or right hand ("viết tay trái", "viết bằng tay trái"; his or
her by who, "writes left-handed" after a name alone, whose gender English would have to say), or not, asked, with
which hand asked, or can write with both hands. Left: "anh", "chị", "em" … alone saying it (the speaker or "you":
mt.hobbies.who), "Họ đều …" and "Chúng tôi đều …" (both or all?), a time said ("hồi nhỏ", "used to be"), "lefty",
"Which hand do you use?", and anything else (the model). mt.phrasebook.translate tries these after mt/drinks.py.

    >>> translate("Anh ấy thuận tay trái.", "vi", "en"), translate("Are you left-handed?", "en", "vi")
    ("He's left-handed.", 'Bạn có thuận tay trái không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .patterns import SIDES
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_WHOSE, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed,
                   present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thuận|tay\s+(?:trái|phải|nào)|hai\s+tay)"),
         "en": lazy(r"(?i:handed|hander|ambidextrous|hands?\b)")}
# what is done with one hand
_DONE = {"viết": "write", "ăn": "eat", "vẽ": "draw"}
_DONE_VI = {en: vi for vi, en in _DONE.items()}
# two children of someone's, both ("Cả hai đứa con tôi", "Both my children")
_KIDS = {"con": "children", "con trai": "sons", "con gái": "daughters"}
_KIDS_VI = {en: vi for vi, en in _KIDS.items()} | {"kids": "con"}
_PAIRS = {"chúng tôi": "we", "chúng ta": "we", "người họ": "they"}  # ("Cả hai chúng tôi": "We're both")
_PAIRS_VI = {"chúng tôi": "chúng tôi", "họ": "người họ"}  # (after who_vi)
_OWNER = rf"(?i:{alternatives(OWNERS)})"

# who: both of two, parents, or anyone of WHO
_BOTH = (rf"[Cc]ả\s+hai\s+(?:(?:đứa\s+)?(?P<kids>con(?:\s+(?:trai|gái))?)\s+(?:của\s+)?(?P<kwhose>{_OWNER})|"
         r"(?P<pair>chúng\s+tôi|chúng\s+ta|người\s+họ))")
_SUBJECT = rf"(?:{_BOTH}|{PARENTS_WHOSE}|{WHO})"
# which hand ("tay trái", "tay trái hay tay phải", "tay nào", "cả hai tay")
_HAND = (r"(?:tay\s+(?P<side>trái|phải)(?:\s+hay\s+(?:tay\s+)?(?P<or>trái|phải))?|(?P<which>tay\s+nào)|"
         r"(?P<two>cả\s+hai\s+tay))")
# who is left- or right-handed ("Anh ấy thuận tay trái.", "Tôi là người thuận tay phải.", "Bạn thuận tay nào?")
_HANDED = lazy(rf"{_SUBJECT}\s+(?:(?P<all>đều)\s+)?(?:(?P<not>không)\s+(?:phải\s+(?:là\s+)?người\s+)?|"
               rf"(?P<ask>có)\s+|là\s+người\s+)?thuận\s+{_HAND}{ASKED_END}")
# who writes with which hand ("Anh ấy viết tay trái.", "Bạn có viết bằng tay trái không?", "… viết bằng cả hai tay")
_WITH = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<can>có\s+thể|không\s+thể)\s+)?"
             rf"(?P<done>viết|ăn|vẽ)(?:\s+(?P<can2>được))?\s+(?P<by>bằng\s+)?{_HAND}{ASKED_END}")

# ... and in English: both of two, parents, anyone of WHO_EN
_SUBJECT_EN = (rf"(?:(?:(?P<both0>[Bb]oth)\s+(?:of\s+)?)?(?:(?P<kwhose>(?i:{WHOSE_WORDS}))\s+(?P<kids>children|kids|"
               rf"sons|daughters)|{PARENTS_WHOSE_EN})|{WHO_EN})")
_HAND_EN = (r"(?:(?P<side>left|right)(?:-|[- ]?handed)?\s+or\s+(?P<or>left|right)[- ]handed|(?P<side1>left|right)"
            r"[- ]handed|(?P<a>an?)\s+(?P<side2>left|right)[- ]hander|(?P<two>ambidextrous))")
_HANDED_EN = [lazy(rf"(?P<be>Is|Are|Am)\s+{_SUBJECT_EN}\s+{_HAND_EN}\s*(?P<end>\?+)"),
              lazy(rf"{_SUBJECT_EN}{BE_EN}(?P<not>\s+not|n['’]t)?(?:\s+(?P<both>both))?\s+{_HAND_EN}"
                   r"\s*(?P<end>[.!]*)")]
_WITH_EN = [lazy(rf"(?:(?P<do>Do|Does|Can)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not|"
                 r"can['’]t|cannot|can\s+not)|\s+(?P<can>can))?\s+(?P<done>(?:write|eat|draw)s?)\s+"
                 rf"(?:with\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<side>left|right)\s+(?P<hands>hands?)|"
                 rf"(?P<two>both\s+hands))|(?P<side1>left|right)[- ]handed)\s*(?P<end>[.!?]*)"),
            lazy(rf"Which\s+hand\s+(?P<do>do|does)\s+{WHO_EN}\s+(?P<done>write|eat|draw)\s+with\s*(?P<end>\?+)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is left- or right-handed, or which hand someone writes
    with; None for any other."""
    if src == "vi":
        return _handed(text) or _with(text)
    return _handed_vi(text) or _with_vi(text)


def _handed_word(m: re.Match) -> str | None:
    """Which hand of a match of _HAND in English: "left-handed", "right- or left-handed", "ambidextrous"; None for
    the same side twice ("tay trái hay tay trái")."""
    if m["two"]:
        return "ambidextrous"
    if m["which"]:
        return "left- or right-handed"
    if m["or"]:
        return None if m["or"] == m["side"] else f"{SIDES[m['side']]}- or {SIDES[m['or']]}-handed"
    return f"{SIDES[m['side']]}-handed"


def _subject(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of _SUBJECT in English and their "is" ("my parents", "are"), "both" said after it; None for a
    word of kinship alone saying it (mt.hobbies.who), and for "đều" after anyone but two."""
    if m["kids"]:
        return f"{OWNERS[keyed(m['kwhose'])]} {_KIDS[keyed(m['kids'])]}", "are both"
    if m["pair"]:
        return _PAIRS[keyed(m["pair"])], "are both"
    if m["parents"]:
        said = parents_said(m, "en")
        return said, "are both" if m["all"] else "are"
    said = None if m["all"] else who(m, asked)
    return (said[0], be(said[0])) if said else None


def _handed(text: str) -> str | None:
    """"Anh ấy thuận tay trái." as "He's left-handed.", "Bạn có thuận tay trái không?" as "Are you left-handed?",
    "Bạn thuận tay phải hay tay trái?" as "Are you right- or left-handed?", "Cả hai đứa con tôi đều thuận tay trái."
    as "Both my children are left-handed." (_HANDED); None for anything else."""
    m = _HANDED.fullmatch(text)
    asked = bool(m and (m["asked"] or m["or"] or m["which"]))
    if not m or asked != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["asked"] and (m["or"] or m["which"]):
        return None
    both = m["kids"] or m["pair"] or m["all"]
    said, hand = _subject(m, asked), _handed_word(m)
    if not said or not hand or m["not"] and (asked or both) or both and asked or (
            m["kids"] or m["pair"]) and not m["all"]:
        return None  # ("không … hay …?", "đều" said or asked with "không")
    who_, is_ = said
    if asked:
        return f"{is_.capitalize()} {who_} {hand}?"
    if m["kids"]:
        return f"Both {who_} are {hand}{stop(m['end'])}"
    return capitalised(contracted(who_, f"{is_}{' not' * bool(m['not'])} {hand}")) + stop(m["end"])


def _with(text: str) -> str | None:
    """"Anh ấy viết tay trái." as "He writes with his left hand.", "Bạn có viết bằng tay trái không?" as "Do you write
    with your left hand?", "Bạn viết bằng tay nào?" as "Which hand do you write with?", "Anh ấy có thể viết bằng cả
    hai tay." as "He can write with both hands." (_WITH); None for anything else."""
    m = _WITH.fullmatch(text)
    asked = bool(m and (m["asked"] or m["which"]))
    if not m or asked != ("?" in m["end"]) or m["ask"] and not m["asked"] or m["or"] or m["which"] and m["asked"]:
        return None
    can = m["can"] or m["can2"]
    if m["not"] and (can or asked) or m["can"] and m["can2"] or can and m["which"] or m["two"] and not can:
        return None  # (both hands: only that one can)
    if not m["by"] and (m["done"] != "viết" or not m["side"]) or not (said := who(m, asked)):
        return None  # ("ăn tay trái" is not said)
    who_, one = said
    done = _DONE[m["done"]]
    if m["which"]:
        return f"Which hand {'does' if one else 'do'} {who_} {done} with?"
    hand = "with both hands" if m["two"] else _with_hand(m, who_)
    if can:
        if asked:
            return f"Can {who_} {done} {hand}?"
        can = "can't" if keyed(m["can"] or "") == "không thể" else "can"
        return capitalised(f"{who_} {can} {done} {hand}{stop(m['end'])}")
    return present(who_, one, done, hand, asked, bool(m["not"]), m["end"])


def _with_hand(m: re.Match, who_: str) -> str:
    """With which hand, whose by who ("with my left hand", "with our right hands"), or "left-handed" where English
    would have to say whose and does not know it (a name alone, "bạn tôi", "con tôi")."""
    whose = EN_WHOSE[who_] if m["who"] else his_her_of(m) if m["kin"] or m["title"] else None
    side = SIDES[m["side"]]
    return f"{side}-handed" if whose is None else f"with {whose} {side} hand{'s' * (who_ in ('we', 'they'))}"


def _hand_vi(m: re.Match) -> str:
    """Which hand of a match of _HAND_EN in Vietnamese: "tay trái", "tay trái hay tay phải", "cả hai tay"."""
    if m["two"]:
        return "cả hai tay"
    if m["or"]:
        return f"tay {SIDES[m['side']]} hay tay {SIDES[m['or']]}"
    return f"tay {SIDES[m['side1'] or m['side2']]}"


def _handed_vi(text: str) -> str | None:
    """"He's left-handed." as "Anh ấy thuận tay trái.", "Are you left-handed?" as "Bạn có thuận tay trái không?", "Is
    he left- or right-handed?" as "Anh ấy thuận tay trái hay tay phải?", "Both my children are left-handed." as "Cả
    hai đứa con tôi đều thuận tay trái." (_HANDED_EN); None for anything else, and where "is" does not agree."""
    m = next((m for p in _HANDED_EN if (m := p.fullmatch(text))), None)
    if not m or m["or"] and m["or"] == m["side"]:
        return None
    asked, found = m.re == _HANDED_EN[0], m.groupdict()
    both, neg = bool(m["both0"] or found.get("both")), bool(found.get("not"))
    if m["both0"] and found.get("both") or both and (asked or neg) or m["a"] and (m["kids"] or m["parents"]):
        return None
    if m["kids"] or m["parents"]:
        if m["kids"] and not both or be_said(m["be"]) != "are":
            return None
        who_ = (f"cả hai đứa {_KIDS_VI[m['kids']]} {WHOSE_VI[m['kwhose'].lower()]}" if m["kids"] else
                parents_said(m, "vi"))
    else:
        who_, _ = who_vi(m)
        if not be_agrees(m, m["be"]) or m["a"] and who_ in _PAIRS_VI or both and who_ not in _PAIRS_VI:
            return None
        who_ = f"cả hai {_PAIRS_VI[who_]}" if both else who_
    hand = _hand_vi(m)
    if asked:
        return capitalised(f"{who_} thuận {hand}?" if m["or"] else
                           f"{who_} có {'phải là người ' * bool(m['a'])}thuận {hand} không?")
    said = f"không {'phải là người ' * bool(m['a'])}" if neg else "là người " if m["a"] else ""
    return capitalised(f"{who_}{' đều' * both} {said}thuận {hand}{stop(m['end'])}")


def _with_vi(text: str) -> str | None:
    """"She writes with her left hand." as "Cô ấy viết bằng tay trái.", "Do you write with your left hand?" as "Bạn
    có viết bằng tay trái không?", "He can write with both hands." as "Anh ấy có thể viết bằng cả hai tay.", "Which
    hand do you write with?" as "Bạn viết bằng tay nào?" (_WITH_EN); None for anything else, and where the verb,
    "does" or whose hand does not agree with who."""
    m = next((m for p in _WITH_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    found = m.groupdict()
    do, neg = (m["do"] or "").lower(), " ".join((found.get("not") or "").lower().replace("’", "'").split())
    can = do == "can" or bool(found.get("can")) or neg.startswith("can")
    if bool(do) != ("?" in m["end"]) or do in ("do", "does") and (do == "does") != one or (
            neg.startswith("do") and neg.startswith("does") != one) or m["done"].endswith("s") != (
            one and not (do or neg or can)):
        return None  # ("He write", "Does you", "She don't", "Does he writes")
    done = _DONE_VI[m["done"].removesuffix("s")]
    if m.re == _WITH_EN[1]:
        return capitalised(f"{who_} {done} bằng tay nào?")
    if found["two"] and not can or found["owner"] and not _own_hand(m, who_, one):
        return None
    hand = "cả hai tay" if found["two"] else f"tay {SIDES[(found['side'] or found['side1']).lower()]}"
    if do:
        return capitalised(f"{who_} {'có thể' if can else 'có'} {done} bằng {hand} không?")
    said = ("không thể " if neg else "có thể ") if can else "không " if neg else ""
    return capitalised(f"{who_} {said}{done} bằng {hand}{stop(m['end'])}")


def _own_hand(m: re.Match, who_: str, one: bool) -> bool:
    """Whether whose hand of a match of _WITH_EN[0] is who's own ("I … my", "My mother … her", "Lan … his" or "her";
    "hands" only after "we" or "they")."""
    whose = m["owner"].lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    many = who_ in ("chúng tôi", "họ")
    if (m["hands"].lower() == "hands") != many:
        return False
    return whose == own if own else one and whose in ("his", "her")
