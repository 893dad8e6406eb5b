"""Amounts of Vietnamese đồng, written by rule: the bundled model drops the currency or gets it wrong ("Giá là
1.500.000 đồng." → "Price is 1,500,000.", "26.000 tỷ đồng" → "26,000 billion dollars", "15 triệu đồng" → "15 million
contraction"; "15 million VND" → "15 triệu đồng đồng"). Each amount is written as English news writes it
("VND1,500,000", "VND26,000 billion") or as Vietnamese does ("1,5 triệu đồng"), and goes through translation in that
form first, then as a placeholder, as addresses do (mt/verbatim.py; mt.glossary.shield).

    >>> [m.replacement for m in matches("Giá 1.500.000 đồng, lương 15 triệu đ.", "vi", "en")]
    ['VND1,500,000', 'VND15 million']
"""
from __future__ import annotations

import re

from .glossary import Match
from .numbers import restyled

_NUM = r"\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?"  # a number or a range ("60.000-120.000")
_VI_SCALES = {"nghìn tỷ": "trillion", "nghìn tỉ": "trillion", "nghìn": "thousand", "ngàn": "thousand",
              "triệu": "million", "tỷ": "billion", "tỉ": "billion"}
_EN_SCALES = {"thousand": "nghìn", "million": "triệu", "billion": "tỷ", "trillion": "nghìn tỷ"}
# words that make "đồng" something other than the currency: "5 đồng nghiệp" (colleagues), "2 đồng hồ" (clocks)
_NOT_MONEY = r"(?!\s+(?:hồ|nghiệp|ý|bằng|đội|chí|bào|minh|thời|hương|xu|phục|ruộng|lúa|cỏ|tiền|loại|dạng|hành)(?!\w))"
_VI = re.compile(rf"(?<![\w.,])(?P<n>{_NUM})(?:\s*(?P<s>{'|'.join(_VI_SCALES)}))?\s*(?:đồng{_NOT_MONEY}|VNĐ|VND|đ)"
                 rf"(?!\w)")
_EN = re.compile("|".join([
    rf"(?<![\w.,])(?:VND|VNĐ)\s?(?P<n>{_NUM})(?:\s(?P<s>{'|'.join(_EN_SCALES)}))?(?!\w)",
    rf"(?<![\w.,])(?P<n2>{_NUM})(?:\s(?P<s2>{'|'.join(_EN_SCALES)}))?\s?(?:dong|VND|VNĐ)(?!\w)",
]))


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The amounts of đồng in `text` (written in `src`), each with its `tgt` form; none for other pairs."""
    if (src, tgt) == ("vi", "en"):
        return [Match(*m.span(), _english(m.group("n"), m.group("s")), "amount") for m in _VI.finditer(text)
                if m.group("s") or _at_least_a_thousand(m.group("n"))]
    if (src, tgt) == ("en", "vi"):
        return [Match(*m.span(), _vietnamese(m.group("n") or m.group("n2"), m.group("s") or m.group("s2")), "amount")
                for m in _EN.finditer(text)]
    return []


def _at_least_a_thousand(number: str) -> bool:
    """Amounts of đồng are thousands at least; "5 đồng" is more often a count of something else."""
    first = re.match(r"\d+(?:[.,]\d+)*", number).group()
    return len(re.sub(r"[.,]\d{1,2}$", "", first).replace(".", "").replace(",", "")) >= 4


def _english(number: str, scale: str | None) -> str:
    return f"VND{_restyled(number, 'en')}" + (f" {_VI_SCALES[scale]}" if scale else "")


def _vietnamese(number: str, scale: str | None) -> str:
    return _restyled(number, "vi") + (f" {_EN_SCALES[scale]}" if scale else "") + " đồng"


def _restyled(number: str, lang: str) -> str:
    """A number or each end of a range in `lang`'s format."""
    return re.sub(r"\d+(?:[.,]\d+)*", lambda m: restyled(m.group(), lang), number)
