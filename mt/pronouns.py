"""Who a Vietnamese question asks about, kept in its English. v8 (and v7 before it) write a third person opening a
question as "you" now and then ("Anh ấy đã xem phim đó chưa?" → "Did you see that movie?", "Anh ấy đi đâu rồi?" →
"Where did you go?", "Chị ấy có thích phim đó không?" → "Do you like that movie?", "Anh ta có khỏe không?" → "Are you
healthy?"), agree "do" or "be" wrongly with "he" and "she" ("Do she like that movie?", "How old are he?") and write
"What's he's doing?". Mended on the English words (mt.finishing), where the question opens with who: "you" right after
the first auxiliary is who, and the auxiliary agrees with it. Not where the Vietnamese also says "you" after who ("Anh
ấy có biết bạn không?"), and not for "em ấy" or "bác ấy" (a boy or a girl, a man or a woman).

    >>> kept("Did you see that movie?".split(), "Anh ấy đã xem phim đó chưa?")
    {1: 'he'}
    >>> kept("Do she like that movie?".split(), "Chị ấy có thích phim đó không?")
    {0: 'Does'}
"""
from __future__ import annotations

from .lazy_re import lazy
from .names import KIN
from .text import alternatives, keyed

_THIRD = {"anh ấy": "he", "anh ta": "he", "ông ấy": "he", "ông ta": "he", "cậu ấy": "he", "chú ấy": "he",
          "cô ấy": "she", "cô ta": "she", "chị ấy": "she", "chị ta": "she", "bà ấy": "she", "họ": "they"}
_OPENS = lazy(rf"\s*(?P<who>(?i:{alternatives(_THIRD)}))(?!\w)")
_YOU_VI = lazy(rf"(?<!\w)(?i:{alternatives(KIN)}|mày)(?!\w)(?!\s+(?:ấy|ta)(?!\w))")
# the auxiliary as "he" or "she" takes it, and back for "they"
_ONE = {"Do": "Does", "Have": "Has", "Are": "Is", "Were": "Was", "do": "does", "have": "has", "are": "is",
        "were": "was"}
_MANY = {one: many for many, one in _ONE.items()}
_AUX = {*_ONE, *_MANY, "Did", "did", "Will", "will", "Can", "can", "Could", "could", "Would", "would"}
_ASKING = {"What", "Where", "When", "Why", "Who", "Which", "How"}
_HOW = {"long", "old", "much", "many", "often", "far"}  # "How old are he?"
_SUBJECT = lazy(r"(?P<who>[A-Za-z]+)(?P<s>['’]s)?(?P<rest>\W*)")


def kept(words: list[str], source: str) -> dict[int, str]:
    """The words of an English question to write otherwise, by their place, where the Vietnamese `source` opens with
    a third person (_THIRD) and asks: "you" right after the first auxiliary as who, the auxiliary agreeing with who
    ("Did you see" → "Did he see", "Do she like" → "Does she like"), and "What's he's" as "What's he"."""
    m = _OPENS.match(source)
    if not m or not source.rstrip().endswith("?") or _YOU_VI.search(source, m.end()) or len(words) < 2:
        return {}
    who = _THIRD[keyed(m["who"])]
    k = 1 if words[0] in _ASKING else 0
    k += 1 if words[0] == "How" and len(words) > 1 and words[1] in _HOW else 0
    contracted = k == 0 and words[0].replace("’", "'")[:-2] in _ASKING and words[0].endswith(("'s", "’s"))
    at = 1 if contracted else k + 1  # ("What's he's doing?": who right after "What's")
    if not contracted and (k >= len(words) or words[k] not in _AUX) or at >= len(words):
        return {}
    said = _SUBJECT.fullmatch(words[at])
    if not said or said["who"].lower() not in ("you", who) or said["s"] and not contracted:
        return {}
    out = {at: who + said["rest"]} if said["who"].lower() == "you" or said["s"] else {}
    agreeing = _ONE if who in ("he", "she") else _MANY
    if not contracted and words[k] in agreeing:
        out[k] = agreeing[words[k]]
    return out
