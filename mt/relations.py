"""Who someone is to the speaker or to someone else, as they are introduced, both ways, written whole by rule. v7:
"Anh ấy là bạn trai tôi." → "He's my boy.", "Cô ấy là đồng nghiệp của tôi." → "She was my co-worker.", "Anh ấy là
hàng xóm của tôi." → "He was my neighbor."; "He's my boyfriend." → "Anh ta là cậu béfriend.", "Minh is my classmate."
→ "Minh là người bạn cùng lớp." (whose lost).

Who is "this" ("Đây"), "he" or "she" (mt.ever.PRONOUNS), or someone by a given name (mt.names.GIVEN); whom one of
mt.people.NAMED_WHO with whose after it (mt.terms.OWNERS). mt.phrasebook.translate tries these after
mt/pickups.py.

    >>> translate("Anh ấy là bạn trai tôi.", "vi", "en"), translate("This is my colleague.", "en", "vi")
    ("He's my boyfriend.", 'Đây là đồng nghiệp tôi.')
"""
from __future__ import annotations

from .ever import PRONOUNS
from .lazy_re import lazy
from .names import GIVEN, GIVEN_EN
from .people import KIN_VI, KIN_WORDS, NAMED_WHO
from .terms import OWNERS, WHOSE_VI
from .text import EN_WHO_VI, alternatives, capitalised, keyed, strip_marks

# who is introduced: this, he or she
_ONE = {vi: en for vi, en in PRONOUNS.items() if en in ("he", "she")}
_SAID = lazy(rf"(?:(?P<this>(?i:đây))|(?P<who>(?i:{alternatives(_ONE)}))|(?P<given>{alternatives(GIVEN)}))\s+"
             rf"(?:chính\s+)?là\s+(?P<kin>(?i:{KIN_WORDS}))\s+(?:của\s+)?"
             rf"(?P<whose>(?i:{alternatives(OWNERS)}))\s*(?P<end>[.!]*)")
_SAID_EN = lazy(rf"(?:(?P<this>This)|(?P<who>He|She)|(?P<given>{alternatives(GIVEN_EN)}))(?:['’]s|\s+is)\s+"
                rf"(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+(?P<kin>{alternatives(KIN_VI)})\s*(?P<end>[.!]*)")


def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who someone is to someone; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _is_whose(text)
    return _is_whose_vi(text) if (src, tgt) == ("en", "vi") else None


def _is_whose(text: str) -> str | None:
    """"Anh ấy là bạn trai tôi." as "He's my boyfriend.", "Đây là mẹ tôi." as "This is my mother.", "Lan là bạn thân
    của tôi." as "Lan is my best friend." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m:
        return None
    whom = f"{OWNERS[keyed(m['whose'])]} {NAMED_WHO[keyed(m['kin'])]}"
    if m["given"]:
        return f"{strip_marks(m['given'])} is {whom}{m['end'] or '.'}"
    who = "This" if m["this"] else _ONE[keyed(m["who"])].capitalize()
    return f"{who} is {whom}{m['end'] or '.'}" if m["this"] else f"{who}'s {whom}{m['end'] or '.'}"


def _is_whose_vi(text: str) -> str | None:
    """"He's my boyfriend." as "Anh ấy là bạn trai tôi.", "This is my colleague." as "Đây là đồng nghiệp tôi."
    (_SAID_EN); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who = "Đây" if m["this"] else m["given"] or capitalised(EN_WHO_VI[m["who"].lower()])
    whose = WHOSE_VI[m["whose"].lower()]
    of = " " if whose in ("tôi", "bạn", "chúng tôi") else " của "  # ("con chó của cô ấy", her dog)
    return f"{who} là {KIN_VI[m['kin']]}{of}{whose}{m['end'] or '.'}"
