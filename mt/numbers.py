"""Number repair: make the numbers of a translation agree with its source.

A compact model gets numbers wrong in two ways. It copies the source language's format ("2.3 triệu" for 2.3
million, where Vietnamese writes 2,3), and now and then it writes another number ("5.000.000 độc giả" → "3,000
readers"). Vietnamese groups thousands with "." and writes decimals with ","; English does the opposite, so the same
number in the other language is the same digits with the two separators swapped.

`repair_numbers` pairs the translation's numbers with the source's by value, rewrites a paired number written the
other language's way, and, when the unpaired numbers are as many on both sides, replaces the translation's with the
source's, in order. Source words that a translation may render as digits ("four" → "4", "tháng 7" → "July") pair
too but are never copied, so a translation that writes a word as a number is left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from .lazy_re import lazy

# a run of digits with . or , between digit groups; not inside a word ("A1GP", "H5N1"), but units may follow ("160km")
_NUMBER = lazy(r"(?<!\w)(?<!\d[.,])\d+(?:[.,]\d+)*")
_GROUPED = lazy(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:(?!\1)[.,]\d+)?")
_DECIMAL = lazy(r"\d+[.,]\d+")
_THOUSANDS = {"vi": ".", "en": ","}  # and the other separator marks decimals
_SWAP = str.maketrans(".,", ",.")
_MONTHS = ("january february march april may june july august september october november december").split()
EN_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                   "sixteen seventeen eighteen nineteen twenty").split()
EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
VI_NUMBER_WORDS = "không một hai ba bốn năm sáu bảy tám chín mười".split()
VI_TO_EN = dict(zip(VI_NUMBER_WORDS[1:], EN_NUMBER_WORDS[1:11]))  # "một" → "one" … "mười" → "ten"
EN_TO_VI = {en: vi for vi, en in VI_TO_EN.items()}
_WORD = {"en": lazy(r"\b(" + "|".join(EN_NUMBER_WORDS + _MONTHS) + r")\b", re.IGNORECASE),
         "vi": lazy(r"(?<!\w)(" + "|".join(VI_NUMBER_WORDS) + r")(?!\w)", re.IGNORECASE)}
_VI_MONTH = lazy(r"(?<!\w)tháng (\d{1,2})(?!\d)", re.IGNORECASE)
# Numbers whose separators are not the language's, so they keep them: after a word that names a part ("Figure
# 1.1", "phiên bản 2.0"), with one letter after them ("802.11n"), and times and versions (".00", ".0": "15.00 GMT").
_LABEL = lazy(r"(?<!\w)(?:figure|fig\.|table|section|chapter|version|v|hình|bảng|mục|chương|phần|phiên bản)\s*$",
                    re.IGNORECASE)
_NAME_AFTER = lazy(r"[^\W\d_](?![^\W\d_])")
_ZEROS = lazy(r"\d+[.,]00?")


def vi_word(n: int) -> str:
    """A number from 0 to 100 in Vietnamese words (an age, a count, minutes): "ba", "mười lăm", "hai mươi mốt",
    "tám mươi", "một trăm"."""
    tens, unit = divmod(n, 10)
    if n == 100 or tens < 1:
        return "một trăm" if n == 100 else VI_NUMBER_WORDS[n]
    ten = "mười" if tens == 1 else f"{VI_NUMBER_WORDS[tens]} mươi"
    said = {0: "", 1: "một" if tens == 1 else "mốt", 5: "lăm"}.get(unit, VI_NUMBER_WORDS[unit])
    return f"{ten} {said}".strip()


def en_word(n: int) -> str:
    """A number from 0 to 100 in English words: "three", "eighteen", "twenty-five", "eighty", "a hundred"."""
    tens, unit = divmod(n, 10)
    if n <= 20 or n == 100:
        return "a hundred" if n == 100 else EN_NUMBER_WORDS[n]
    return EN_TENS[tens - 2] + (f"-{EN_NUMBER_WORDS[unit]}" if unit else "")


_ORDINAL_ENDS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
                 "twelve": "twelfth"}


def en_nth(n: int) -> str:
    """The English ordinal of `n` (1 to 99) in words: "first", "tenth", "twentieth", "twenty-fifth"."""
    head, _, last = en_word(n).rpartition("-")
    last = _ORDINAL_ENDS.get(last) or (f"{last[:-1]}ieth" if last.endswith("y") else f"{last}th")
    return f"{head}-{last}" if head else last


def en_ordinal(n: int) -> str:
    """`n` in figures with its English ending: "1st", "2nd", "10th", "11th", "23rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass
class _Number:
    start: int
    end: int
    text: str
    value: object  # a float, ("month", n), or the text itself when it is no one number ("1.2.3")
    digits: bool = True  # False for a number word: it pairs but is never copied or rewritten
    keep: bool = False  # a name or a time rather than an amount: its format is kept (_LABEL)

    def styled(self, lang: str) -> str:
        """The text with the separators `lang` uses: grouped thousands ("5,000") and decimals ("2.3") whose
        separator belongs to the other language swap theirs."""
        m = _GROUPED.fullmatch(self.text)
        sep = m.group(1) if m else (re.search(r"[.,]", self.text).group() if _DECIMAL.fullmatch(self.text) else None)
        thousands = m is not None
        if sep is None or self.keep or (sep == _THOUSANDS[lang]) == thousands:
            return self.text
        return self.text.translate(_SWAP)


def value_of(token: str) -> object:
    """A number's value, whichever language's format it is in: three digits after a separator make it a group of
    thousands ("5.000" and "5,000" are both 5000), any other count a decimal ("2.3" and "2,3" are both 2.3)."""
    m = _GROUPED.fullmatch(token)
    if m:
        return float(token.replace(m.group(1), "").replace(",", "."))
    if _DECIMAL.fullmatch(token) or token.isdigit():
        return float(token.replace(",", "."))
    return token


def _same(a: object, b: object) -> bool:
    if a == b:
        return True
    # a decade: "thập niên 80" is "the 1980s"
    if isinstance(a, float) and isinstance(b, float):
        short, full = sorted((a, b))
        return short in (10, 20, 30, 40, 50, 60, 70, 80, 90) and full in (1900 + short, 2000 + short)
    return False


def _numbers(text: str, lang: str, words: bool) -> list[_Number]:
    """A text's numbers in order: digits (a Vietnamese "tháng 9" as the month), English month names, and with
    `words` number words."""
    months = {m.start(1) for m in _VI_MONTH.finditer(text)} if lang == "vi" else set()
    out = []
    for m in _NUMBER.finditer(text):
        value = value_of(m.group())
        if m.start() in months and value in range(1, 13):
            value = ("month", int(value))
        keep = (_LABEL.search(text[max(0, m.start() - 20) : m.start()]) is not None
                or _NAME_AFTER.match(text, m.end()) is not None or _ZEROS.fullmatch(m.group()) is not None)
        out.append(_Number(m.start(), m.end(), m.group(), value, keep=keep))
    for m in _WORD[lang].finditer(text):
        word = m.group().lower()
        if word in _MONTHS:
            out.append(_Number(m.start(), m.end(), m.group(), ("month", _MONTHS.index(word) + 1), digits=False))
        elif words:
            value = float((EN_NUMBER_WORDS if lang == "en" else VI_NUMBER_WORDS).index(word))
            out.append(_Number(m.start(), m.end(), m.group(), value, digits=False))
    return sorted(out, key=lambda n: n.start)


def number_edits(source: str, translation: str, src: str, tgt: str) -> list[tuple[int, int, str]]:
    """(start, end, new text) of each number of `translation` to rewrite, in order (see the module's docstring)."""
    if not any(c.isdigit() for c in translation):  # only the translation's digits are ever edited
        return []
    free = _numbers(source, src, words=True)
    theirs = _numbers(translation, tgt, words=False)
    edits: dict[int, str] = {}
    left = []
    for i, number in enumerate(theirs):
        match = next((s for s in free if _same(s.value, number.value)), None)
        if match is None:
            left.append(i)
            continue
        free.remove(match)
        if number.digits:
            edits[i] = number.styled(tgt)
    missing = [s for s in free if s.digits]
    left = [i for i in left if theirs[i].digits]
    # as many wrong numbers as missing ones, each a number for a number or a month for a month: the source's, in order
    if left and len(left) == len(missing) and all(
            isinstance(theirs[i].value, tuple) == isinstance(s.value, tuple) for i, s in zip(left, missing)):
        edits.update((i, s.styled(tgt)) for i, s in zip(left, missing))
    return [(theirs[i].start, theirs[i].end, text) for i, text in sorted(edits.items()) if text != theirs[i].text]


def repair_numbers(source: str, translation: str, src: str, tgt: str) -> str:
    """`translation` with its numbers made to agree with `source`'s (see the module's docstring)."""
    out, last = [], 0
    for start, end, text in number_edits(source, translation, src, tgt):
        out += [translation[last:start], text]
        last = end
    return "".join(out) + translation[last:]


def restyled(number: str, lang: str) -> str:
    """One number ("1.500.000", "3,5") written the way `lang` writes it ("1,500,000", "3.5" in English)."""
    return _Number(0, len(number), number, value_of(number)).styled(lang)
