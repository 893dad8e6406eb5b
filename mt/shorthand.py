"""Vietnamese chat shorthand read as written: "mình ko biết" is read "mình không biết", "bạn đi dc ko?" "bạn đi
được không?".

People type Vietnamese in chats and comments with short forms the training data never has, and v6 then fails:
"mình ko biết" came out "Iko know", "t ko thích cái này" "Tkom like this". Each short form below stands for one
written word or phrase. Those that are also letters or other words ("a", "t", "k", "r", "vs") are read so only in
text that is clearly shorthand: in lower case, beside one of the others. A short form after a number ("50 k", "10 s",
"5 ms") is a unit and stays. The text gets longer, so this runs on text and sentences (Translator, mt.detailed),
not inside documents, whose inline formatting holds offsets into the text. It runs before mt.restore.
"""
from __future__ import annotations

import re

from .restore import has_marks, strip_marks

# Short forms no written Vietnamese word is spelled like: read so wherever they stand alone.
PLAIN = {
    "ko": "không", "k0": "không", "kh": "không", "khg": "không", "hok": "không",
    "dc": "được", "đc": "được", "dk": "được",
    "mn": "mọi người", "mng": "mọi người", "mk": "mình", "mik": "mình",
    "ntn": "như thế nào", "bh": "bây giờ", "hnay": "hôm nay", "hqua": "hôm qua",
    "nhìu": "nhiều", "thik": "thích", "cx": "cũng", "cũg": "cũng", "trc": "trước",
    "ns": "nói", "nch": "nói chuyện", "lm": "làm", "ng": "người", "nhg": "nhưng", "nhưg": "nhưng",
    "đt": "điện thoại", "ny": "người yêu", "ck": "chồng", "vk": "vợ", "cf": "cà phê", "kq": "kết quả",
    "sn": "sinh nhật",
}
# Short forms that are also a letter, a word or an English word ("e thẹn", "câu a, b và c", "I'm a Mac"): read so
# only in lower case and in a text that has one of the short forms above too.
CHAT = {
    "k": "không", "j": "gì", "r": "rồi", "z": "vậy", "v": "vậy", "s": "sao", "vs": "với", "iu": "yêu",
    "a": "anh", "e": "em", "c": "chị", "b": "bạn", "t": "tôi", "uk": "ừ", "ak": "à", "ms": "mới",
}
# a word on its own: not part of "w-a-t-e-r", "A-Z", "%s" or "bít-tất"
_WORD = re.compile(r"(?:^|(?<=[\s\"'“‘(«\[]))([^\W\d_]+)(?=$|[\s,!?;:\"'”’)»\]…]|\.(?!\w))")
_AFTER_NUMBER = re.compile(r"\d\s*$")


def _forms(text: str) -> list[re.Match]:
    """The short forms in the text, not after a number: in lower case, or for PLAIN ones with a capital first
    letter ("Ko biết")."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group(1)
        key = word.lower()
        plain = key in PLAIN and word[1:] == key[1:]
        if (plain or (key in CHAT and word == key)) and not _AFTER_NUMBER.search(text[:m.start()]):
            out.append(m)
    return out


def expand(text: str) -> str:
    """The text with its short forms written out; unchanged when it has none."""
    found = _forms(text)
    chat = any(m.group(1).lower() in PLAIN for m in found)
    if not chat:
        return text
    # in text typed without marks the short forms are written without them too, and mt.restore then reads the
    # whole text: "minh ko biet" -> "minh khong biet" -> "mình không biết"
    bare = not has_marks(text)
    parts, end = [], 0
    for m in found:
        word = m.group(1)
        key = word.lower()
        full = PLAIN.get(key) or CHAT[key]
        full = strip_marks(full) if bare else full
        parts += [text[end:m.start()], full[0].upper() + full[1:] if word[0].isupper() else full]
        end = m.end()
    return "".join(parts) + text[end:]


def _written_to_short() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (PLAIN, CHAT):
        for short, full in table.items():
            out.setdefault(full, short)
    return out


def abbreviate(text: str) -> str:
    """Lower-case text written the way chats write it: every phrase the tables above know, in its first short form
    ("tôi không biết" -> "t ko biết"). `mt eval --typed shorthand` scores test sets typed so."""
    short = _written_to_short()
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(short, key=len, reverse=True))) + r")(?!\w)")
    return pattern.sub(lambda m: short[m.group(1)], text.lower())
