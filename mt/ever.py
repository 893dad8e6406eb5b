"""Whether someone has ever done something, asked ("Bạn đã bao giờ ăn phở chưa?") or denied ("Tôi chưa bao giờ đến
Huế."), said in English with "ever" or "never" and the participle. v6 asked it many ways, none of them so ("Never eat
pho?", "Do you already eat bun cha?", "You've never reached Hanoi?", "Do you have been to Sa Pa?") and denied it with
the wrong verb or its wrong form ("I've never eat pho.", "I've never reached Hue.", "I've never gone to plane."). The
English is mended word by word (mt.finishing): who and "ever" or "never" from the Vietnamese, the verb the participle
of the Vietnamese verb (_DONE), and the model's own words after its verb kept as they are ("pho", "Hanoi"). Said
that someone once did it ("Tôi đã từng đến Huế.", v6 "I've reached Hue."), it is "I've been to Hue"; where one once
lived or worked, "I used to live in".

    >>> ever("Never eat pho?".split(), "Bạn đã bao giờ ăn phở chưa?")
    {0: 'Have you ever eaten', 1: ''}
    >>> ever("I've never reached Hue.".split(), "Tôi chưa bao giờ đến Huế.")
    {0: "I've never been to", 1: '', 2: ''}
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .people import KIN_WORDS, NAMED_WHO
from .terms import OWNERS
from .text import EN_OBJECT, alternatives, contracted, keyed

# the Vietnamese verb after "bao giờ" or "từng", and its participle; one that goes with a place takes its
# preposition ("been to Hue"), and "đi máy bay" (to fly) is said whole
_DONE = {"ăn": "eaten", "uống": "drunk", "đến": "been to", "tới": "been to", "đi": "been to", "thăm": "visited",
         "xem": "seen", "thấy": "seen", "gặp": "met", "nghe": "heard", "thử": "tried", "học": "studied",
         "chơi": "played", "đọc": "read", "sống ở": "lived in", "làm việc ở": "worked in", "leo": "climbed",
         "bơi ở": "swum in", "nấu": "cooked", "mua": "bought", "đi máy bay": "flown"}
_WHOLE = {"flown"}  # said with nothing after it
# who: a pronoun, or someone called by kin and whose ("Mẹ tôi", "bạn của tôi": "my mother", "my friend")
PRONOUNS = {"bạn": "you", "anh": "you", "chị": "you", "em": "you", "cậu": "you", "cô": "you", "chú": "you",
            "bác": "you", "tôi": "I", "mình": "I", "chúng tôi": "we", "chúng ta": "we", "họ": "they", "anh ấy": "he",
            "cô ấy": "she", "chị ấy": "she", "ông ấy": "he", "bà ấy": "she",
            # (stop 55; v8: "Anh ta ở đâu?" → "Where did he?")
            "anh ta": "he", "cô ta": "she", "chị ta": "she", "ông ta": "he", "bà ta": "she"}
# ... as whom ("đón bạn": "pick you up", "hẹn với anh ấy": "meeting him"; "anh", "em" … alone are left: the speaker
# or "you"), for mt/appointments.py, mt/post.py and mt/pickups.py
OBJECTS = {vi: EN_OBJECT[en] for vi, en in PRONOUNS.items() if en != "you" or vi == "bạn"}
# the one spoken to, any of the words for "you" (mt/reception.py, tastes.py, neighbours.py)
YOU = alternatives(vi for vi, en in PRONOUNS.items() if en == "you")
# (someone called by kin and whose: mt.people.NAMED_WHO, mt.terms.OWNERS)
_WHO_VI = (rf"(?i:(?P<kin>{KIN_WORDS})\s+(?:của\s+)?(?P<whose>{alternatives(OWNERS)})|"
           rf"(?P<who>{alternatives(PRONOUNS)}))")
_VERB_VI = alternatives(_DONE)
_ASKED = lazy(rf"{_WHO_VI}\s+(?:đã\s+|có\s+)?(?:bao\s+giờ|từng)\s+(?P<verb>{_VERB_VI})"
              r"(?P<rest>(?:\s+[^,?]+?)?)\s+chưa(?:\s+(?:vậy|ạ|nhỉ|thế))?\s*\?")
_DENIED = lazy(rf"{_WHO_VI}\s+chưa\s+(?:bao\s+giờ|từng)\s+(?P<verb>{_VERB_VI})"
               r"(?P<rest>(?:\s+[^,.!?]+?)?)\s*[.!]*")
# said: "Tôi đã từng đến Huế." (I've been to Hue); not with a time that is over ("năm 2010", "hồi nhỏ"), which
# English says in the past
_ONCE = lazy(rf"{_WHO_VI}\s+(?:đã\s+)?từng\s+(?P<verb>{_VERB_VI})"
             r"(?P<rest>(?:\s+(?!(?:năm|hồi|lúc|khi|hôm|tuần|tháng|vào)(?!\w))[^,.!?\s]+)*)\s*[.!]*")
# where one once lived or worked is said with "used to" ("I used to live in Saigon.")
_USED_TO = {"lived in": "live in", "worked in": "work in"}
# the model's words before its verb: who, "have", "ever", "never", "already", "do" …
FRAME = {"never", "ever", "already", "do", "does", "did", "have", "has", "had", "you", "you've", "i", "i've", "we",
         "we've", "they", "they've", "he", "he's", "she", "she's", "not", "don't", "didn't", "haven't", "hasn't",
         "yet", "been", "are", "is", "were", "was", "i'm", "you're", "will", "would", "can", "could", "may",
         "might", "should"}
_BEFORE_TO = {"used", "want", "wanted", "going"}  # before "to" and the verb: "Has he ever used to eat pho?"
_ASKING = {"which", "what", "where", "who", "how", "when", "why", "whose"}


def ever(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` asks whether someone has ever done something (_ASKED), says they never have
    (_DENIED) or that they once did (_ONCE), with a verb of _DONE, the English `words` mended by their place: the
    words up to the model's verb become "Have you ever", "I've never" or "I've" and the participle ("I used to" and
    the verb for where one lived or worked); {} where the English has no verb where one goes."""
    m = next(filter(None, (p.fullmatch(source.strip()) for p in (_ASKED, _DENIED, _ONCE))), None)
    who, start = _who(m, words) if m else (None, 0)
    k = _verb_at(words, start) if who else None
    done, rest = (_DONE[keyed(m.group("verb"))], m.group("rest").strip()) if m else ("", "")
    whole = done in _WHOLE
    if k and done == "been to" and words[k][:1].isupper() and words[k - 1].lower() == "been":
        k -= 1  # "They had been Sa Pa.": "been" is the model's verb, the place after it
    if k is None or whole and rest or not whole and k + 1 >= len(words) or k and words[k][:1].isupper() \
            or words[k].lower() in _ASKING:
        return {}  # no verb: "You never Hanoi?", "Which Chinese are you read?"
    if done == "been to" and not rest[:1].isupper():
        return {}  # "been to" only a place by name: not "đi bơi" (gone swimming)
    frame = _frame(m.re, who, done)
    out = {0: frame[0].upper() + frame[1:]} | {i: "" for i in range(1, k + 1)}
    if whole:  # "I've never flown."
        out[0] += re.sub(r"^[^?.!]*", "", words[-1]) or ("?" if m.re == _ASKED else ".")
        return out | {i: "" for i in range(k + 1, len(words))}
    if done.endswith((" to", " in")) and words[k + 1].lower() in ("to", "in", "at"):
        out[k + 1] = ""  # "been to" for "went to", "arrived in": not "been to to Hue"
    return out


def _frame(shape: re.Pattern, who: str, done: str) -> str:
    """The English up to the participle: "have you ever eaten", "I've never eaten", "I've eaten"; or "I used to
    live in"."""
    have = "have" if who in ("I", "you", "we", "they") else "has"
    if shape == _ASKED:
        return f"{have} {who} ever {done}"
    if shape == _DENIED:
        return contracted(who, f"{have} never {done}")
    return f"{who} used to {_USED_TO[done]}" if done in _USED_TO else contracted(who, f"{have} {done}")


def _who(m: re.Match, words: list[str]) -> tuple[str | None, int]:
    """Who in English ("you", "my mother"), and where in `words` to look for the verb: after the model's word for
    the one called by kin, or from the start where the model put a pronoun in its place ("Bố tôi chưa bao giờ đi máy
    bay." → "I never went to the plane."); None where it did neither."""
    if m.group("who"):
        return PRONOUNS[m.group("who").lower()], 0
    noun = NAMED_WHO[keyed(m.group("kin"))]
    who = f"{OWNERS[keyed(m.group('whose'))]} {noun}"
    at = next((i for i, w in enumerate(words) if w.lower().strip("?.!,") == noun.split()[-1]), None)  # ("brother")
    if at is None:
        return (who, 0) if words and words[0].lower().replace("’", "'") in FRAME else (None, 0)
    return who, at + 1


def _verb_at(words: list[str], start: int) -> int | None:
    """Where the model's verb is: the first word from `start` that is not of FRAME ("used to eat": "eat")."""
    k = next((i for i in range(start, len(words)) if words[i].lower().replace("’", "'").strip("?.!,") not in FRAME),
             None)
    if k is not None and words[k].lower() in _BEFORE_TO and k + 2 < len(words) and words[k + 1].lower() == "to":
        k += 2
    return k

