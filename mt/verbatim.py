"""Stretches of plain text that are written the same in any language: web addresses, e-mail addresses, @handles,
#hashtags, file paths and phone numbers (hotlines too). Reading (marks and capitals put back, chat shorthand written
out) leaves them alone, and translation passes them through as placeholders, so that "an.nguyen@example.com" does
not come back as "Ấn.nguyên@example.com" or "a.nguyen@example.com".

    >>> [text[a:b] for text in ["mail an.nguyen@example.com nhe"] for a, b in spans(text)]
    ['an.nguyen@example.com']
"""
from __future__ import annotations

import re

from .glossary import Match
from .lazy_re import lazy

# the end of an address: not the punctuation of the sentence around it ("see example.com/a." or "(www.x.org)")
_TAIL = r"[^\s<>\"'“”‘’«»()\[\]{}.,;:!?…]"
_BODY = r"[^\s<>\"“”‘’«»{}]"
# top-level domains for addresses written without http:// or www. ("vnexpress.net/the-gioi"): the common ones
# only, so that "Node.js" or "file.txt" are not taken for one
_TLDS = "com|net|org|edu|gov|info|io|vn|uk|us|de|fr|jp|cn|kr|au|ca|ru|co|me|app|dev|ai"
_PATTERN = lazy("|".join([
    rf"(?:https?|ftp|HTTPS?|FTP)://{_BODY}*{_TAIL}",  # in capitals too, in a text written so ("XEM WWW.ABC.VN")
    rf"(?<![\w.@-])(?:www|WWW)\.[\w-]+(?:\.[\w-]+)+(?:/{_BODY}*{_TAIL})?/?",
    r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b",
    rf"(?<![\w.@/-])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS}|{_TLDS.upper()})(?:/{_BODY}*{_TAIL}|/)?(?![\w@-])",
    r"(?<![\w@#&])[@#](?=\w*[^\W\d_])\w+(?:[.-]\w+)*",  # @handle, #hashtag (a letter in it: "#1" is a number)
    rf"(?<!\S)[A-Za-z]:\\{_BODY}*{_TAIL}",  # C:\Users\an\report.docx
    # /etc/hosts, ~/notes/a.txt, ./run.sh: two parts or more from the root, so that "a /b" is not one
    r"(?<![\w/.~])(?=[\w./~-]*[A-Za-z])(?:(?:~|\.{1,2})(?:/[\w.-]*\w)+|(?:/[\w.-]*\w){2,})/?(?![\w/])",
    # phone numbers: "0912 345 678", "0912.345.678", "(028) 3823 4567", "+84 912 345 678"; v6 wrote "(028) 382367"
    # and "0912 factor.345.678". From 9 digits on (_PHONE_DIGITS), opening with 0, + or a bracket: Vietnamese
    # groups thousands with dots too, but a number never opens with 0
    r"(?<![\w.,+/-])(?:\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?|\(0\d{1,4}\)[ .-]?|0)\d{1,4}(?:[ .-]?\d{2,4}){1,4}"
    r"(?!\w|[.,-]?\d)",
]))
_PHONE_DIGITS = 9
# hotlines, 1900 or 1800 and four to six digits, after a word that says so: "Liên hệ hotline 1900 1234", "Call
# 1800 6789" (v6: "vào năm 1900 1234", in the year 1900); alone, "1900 1234" may be a year and a count
_HOTLINE = lazy(r"(?i:hotline|tổng đài|đường dây nóng|gọi|liên hệ|số|call(?:\s+us|\s+me)?|phone|tel)\.?[\s:]+"
                r"(?:(?i:số|at|on)\s+)?(?P<n>1[89]00(?:[ .]?\d{2,4}){1,3})(?!\w|[.,-]?\d)")


def spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each verbatim stretch of `text`, in order, not overlapping."""
    found = [_closed(text, *m.span()) for m in _PATTERN.finditer(text) if not _short_number(m.group())]
    hotlines = [m.span("n") for m in _HOTLINE.finditer(text) if 8 <= sum(c.isdigit() for c in m["n"]) <= 10]
    return sorted(found + [h for h in hotlines if all(h[1] <= a or h[0] >= b for a, b in found)])


def _short_number(found: str) -> bool:
    """Whether a stretch of digits and separators only is too short for a phone number ("0.5", "0 1")."""
    return not re.search(r"[^\d\s().+-]", found) and sum(c.isdigit() for c in found) < _PHONE_DIGITS


def _closed(text: str, start: int, end: int) -> tuple[int, int]:
    """An address that opened a bracket ends with its closing one ("wiki/Hanoi_(city)"), which _TAIL left out."""
    if text[end:end + 1] == ")" and text.count("(", start, end) > text.count(")", start, end):
        end += 1
    return start, end


def matches(text: str) -> list[Match]:
    """The verbatim stretches as matches for placeholders (mt.glossary.shield), which bring them back unchanged."""
    return [Match(a, b, text[a:b], "verbatim") for a, b in spans(text)]


def outside(start: int, end: int, found: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps none of the stretches `found` (spans of the same text)."""
    return all(end <= a or start >= b for a, b in found)


def without(text: str) -> str:
    """The text with each verbatim stretch replaced by a space."""
    return _spliced(text, spans(text), lambda a, b: " ")


def masked(text: str, found: list[tuple[int, int]]) -> str:
    """The text with each verbatim stretch written as digits of the same length: something a reader of words
    leaves as it is and takes for one token, like a number."""
    return _spliced(text, found, lambda a, b: "0" * (b - a))


def unmasked(read: str, text: str, found: list[tuple[int, int]]) -> str:
    """`read` (the masked text, read without changing its length) with the verbatim stretches of `text` back."""
    return _spliced(read, found, lambda a, b: text[a:b])


def _spliced(text: str, found: list[tuple[int, int]], put) -> str:
    """`text` with each stretch [a, b) of `found` replaced by put(a, b)."""
    out, end = [], 0
    for a, b in found:
        out += [text[end:a], put(a, b)]
        end = b
    return "".join(out) + text[end:]
