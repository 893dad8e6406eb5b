"""Text normalisation and sentence splitting, shared by training, evaluation and serving."""
from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace and
# an upper-case letter, digit or opening quote. Vietnamese capitals are covered by \w + isupper below.
_BOUNDARY = re.compile(r"(?<=[.!?…])([\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]?\w)")


def normalize(text: str) -> str:
    """NFC, no control characters, single spaces, stripped. Newlines are kept."""
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; never drops characters other than the separating spaces."""
    parts: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end() : m.end() + 2].lstrip("\"'“‘«([")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        end = m.start() + len(m.group(1))
        parts.append(text[start:end])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]
