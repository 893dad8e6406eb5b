"""Glossaries: terms translated a fixed way, and terms kept as they are (names, product words).

One entry a line; `#` starts a comment:

    áo dài = ao dai        # always translate 'áo dài' as 'ao dai'
    Zalo                   # keep 'Zalo' untranslated
    Bến Thành

    >>> g = Glossary.parse("Zalo\\náo dài = ao dai")
    >>> mt.detailed.translate_detailed(translator, ["Tôi dùng Zalo."], "vi", "en", glossary=g)

Terms match whole words, case-insensitively, longest first. The model never sees them: each is replaced by a
placeholder it copies through (`{0}`, `[1]`, ...), which is then replaced by the wanted text (mt/finishing.py).
mt.detailed checks that every placeholder came back and retries with the next style (and other hypotheses) when one
did not.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .errors import InputError
from .text import normalize, strip_marks

MAX_ENTRIES = 500
MAX_TERM_CHARS = 100

# Placeholder spellings the bundled model copies most reliably, best first. scripts/glossary_check.py (names in
# the first 150 FLORES-200 devtest lines kept as glossary terms): `{0}` alone brought every term back in 89.9%
# of vi->en and 95.3% of en->vi sentences; with n-best and the other styles as retries, 98.6% and 100%.
STYLES = (
    lambda i: "{%d}" % i,
    lambda i: f"[{i + 1}]",
    lambda i: f"%{i + 1}$s",
    lambda i: f"<{i}>",
)


@dataclass(frozen=True)
class Entry:
    source: str
    target: str | None  # None: keep the source term as written in the text


@dataclass(frozen=True)
class Match:
    """A stretch of a text [start, end) to be replaced by `replacement` in the translation."""

    start: int
    end: int
    replacement: str
    source: str = "glossary"  # "glossary" (a user's translation), "keep" (a user's protected term), a PLACED one, or
    # a HINT
    shown: str = ""  # in the first style, words shown to the model in its place when not `replacement` (a name the
    # model knows for one it does not: mt.names.named_first)


# Matches that must come back: "markup" (inline code, links' targets, tags), "verbatim" (addresses and paths,
# mt/verbatim.py), "amount" (sums of đồng, mt/amounts.py), "date" (dates and times, mt/dates.py), "name"
# (Vietnamese names, mt/names.py) and "term" (the glossary that ships, mt/terms.py). When the model drops one, it is
# put back where it stood in the source.
PLACED = ("markup", "verbatim", "amount", "date", "name", "term")
# Matches first shown to the model as the target language writes them, not as placeholders (see shield)
AS_TARGET_FIRST = ("amount", "date", "name", "term")
# A match of no length whose replacement is source-language words the model is given there and that do not come
# back as such: "sẽ" (will) after who does something tomorrow (mt.dates._will); it is a slot, so offsets in the text
# the model reads still map back to the sentence (mt.detailed), but `hidden` leaves it out wherever slots are looked
# for in an output
HINT = "hint"
# Matches that are translations, given a capital when they open a sentence ("ông Nguyen Van Hung", "ngày 4 tháng 7")
TRANSLATED = ("glossary", "term", "name", "date")
# Matches kept exactly as written, in a sentence in capitals too (the rest is then put in capitals)
AS_WRITTEN = ("markup", "verbatim", "keep")


@dataclass(frozen=True)
class Slot:
    token: str  # the placeholder the model sees
    match: Match


class Glossary:
    """A parsed glossary for one translation direction (source-language terms)."""

    def __init__(self, entries: list[Entry]):
        self.entries = list(entries)
        self._by_key = {e.source.casefold(): e for e in self.entries}
        terms = sorted(self._by_key, key=len, reverse=True)
        self._pattern = None
        if terms:
            alternatives = "|".join(re.escape(t) for t in terms)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @classmethod
    def parse(cls, text: str | None) -> "Glossary":
        return parse_glossary(text)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def matches(self, text: str) -> list[Match]:
        if self._pattern is None:
            return []
        out = []
        for m in self._pattern.finditer(text):
            entry = self._by_key[m.group(0).casefold()]
            if entry.target is None:
                out.append(Match(m.start(), m.end(), m.group(0), "keep"))
            else:
                out.append(Match(m.start(), m.end(), entry.target))
        return out


def parse_glossary(text: str | None, limit: int | None = MAX_ENTRIES) -> Glossary:
    """Parse glossary text (see the module docstring); InputError names the line at fault. A user's glossary holds at
    most `limit` entries; the lists that ship (phrases, terms) pass None."""
    entries: dict[str, Entry] = {}
    for number, raw in enumerate((text or "").split("\n"), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        entry = _parse_line(line, number)
        key = entry.source.casefold()
        if key in entries and entries[key] != entry:
            raise InputError(f"glossary line {number}: {entry.source!r} is already listed with another translation")
        entries[key] = entry
        if limit is not None and len(entries) > limit:
            raise InputError(f"the glossary has more than {limit} entries: split it or keep the important ones")
    return Glossary(list(entries.values()))


def _parse_line(line: str, number: int) -> Entry:
    sep = "\t" if "\t" in line else "="
    parts = [normalize(p) for p in line.split(sep)]
    line = normalize(line)
    if len(parts) > 2:
        raise InputError(f"glossary line {number}: {line!r} has more than one '{sep}': write 'term = translation'")
    source = parts[0]
    target = parts[1] if len(parts) == 2 else None
    if not source:
        raise InputError(f"glossary line {number}: nothing before '{sep}': write 'term = translation'")
    if target == "":
        raise InputError(f"glossary line {number}: nothing after '{sep}': write 'term = translation', "
                         "or the term alone on its line to keep it untranslated")
    for term in (source, target):
        if term and len(term) > MAX_TERM_CHARS:
            raise InputError(f"glossary line {number}: terms are limited to {MAX_TERM_CHARS} characters")
    if not re.search(r"\w", source):
        raise InputError(f"glossary line {number}: {source!r} has no letters or digits to match")
    return Entry(source, target)


def merge(*groups: list[Match]) -> list[Match]:
    """Matches from several sources, sorted, without overlaps (earlier groups win, then longer matches)."""
    chosen: list[Match] = []
    for group in groups:
        for m in sorted(group, key=lambda m: (m.start, -(m.end - m.start))):
            if all(m.end <= c.start or m.start >= c.end for c in chosen):
                chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end))  # a HINT before a match that starts where it is


def hidden(slots: list[Slot]) -> list[Slot]:
    """The slots whose placeholder or shown words the output should hold: all but HINTs."""
    return [s for s in slots if s.match.source != HINT]


def shield(text: str, matches: list[Match], style: int) -> tuple[str, list[Slot]] | None:
    """Replace each match by a placeholder of `style`; None when the text already holds such a placeholder. In the
    first style a sum, a date, a name or a term that ships (AS_TARGET_FIRST) is shown as the target language writes
    it ("VND84 billion", "July 6", "Pham Minh Chinh", "beef pho"), which the model mostly copies and which tells it
    what the words around it are about."""
    make = STYLES[style]
    slots = [Slot(m.replacement if m.source == HINT else _shown(m, text) if style == 0 and m.source in AS_TARGET_FIRST
                  else make(i), m) for i, m in enumerate(matches)]
    out, pos = [], 0
    for s in slots:
        out += [text[pos : s.match.start], s.token]
        pos = s.match.end
    out.append(text[pos:])
    shielded = "".join(out)
    # each placeholder must be the only one of its kind, or the model's copy of it could not be told from the text's
    return None if any(shielded.count(s.token) != 1 for s in hidden(slots)) else (shielded, slots)


@dataclass
class Job:
    """One sentence on its way through the model, the stretches written by rule (`matches`) hidden behind
    placeholders of the current style. Both Translator.translate and mt.detailed decode through these."""

    sentence: str
    matches: list[Match]
    index: int = 0  # the sentence's place in the caller's list
    read: str = ""  # the sentence as the model reads it, of the same length (one in capitals in small letters)
    style: int = 0
    shielded: str = ""  # the text the model is given
    slots: list[Slot] = field(default_factory=list)

    def shield(self) -> None:
        """Hide the matches in the first style from `style` on that the text does not already hold; without one,
        the sentence goes as it is."""
        text = self.read or self.sentence
        self.shielded, self.slots = text, []
        while self.matches and self.style < len(STYLES):
            if done := shield(text, self.matches, self.style):
                self.shielded, self.slots = done
                return
            self.style += 1
        self.style = len(STYLES)


def by_style(jobs: list[Job], decode: Callable[[list[Job]], list], lost: Callable[[Job, object], bool]
             ) -> Iterator[tuple[Job, object]]:
    """Decode jobs in rounds, yielding (job, output) as each is settled: `decode` turns the round's jobs into one
    output each; a job whose output `lost` a placeholder goes again in the next style, and after the last is
    settled as it is (the caller puts back what was lost)."""
    while jobs:
        for job in jobs:
            job.shield()
        retry = []
        for job, output in zip(jobs, decode(jobs)):
            if job.slots and job.style + 1 < len(STYLES) and lost(job, output):
                job.style += 1
                retry.append(job)
            else:
                yield job, output
        jobs = retry


def _shown(m: Match, text: str) -> str:
    """A match as the target writes it (or as `shown`), without the final dot of "a.m." where the text's full stop
    follows."""
    if m.shown:
        return m.shown
    return m.replacement[:-1] if m.replacement.endswith(".") and text.startswith(".", m.end) else m.replacement


def missing(output: str, slots: list[Slot]) -> list[Slot]:
    """Slots whose placeholder is not in `output` exactly once; one shown as words (a name, a sum) counts as whole
    words only, or "Hà" would be found in "Hàn Quốc"."""
    return [s for s in hidden(slots) if count(output, s.token) != 1]


def count(output: str, token: str) -> int:
    """How often a placeholder is in `output` (`missing`); put back by position where it is not at all."""
    return len(token_pattern(token).findall(output))


def token_pattern(token: str) -> re.Pattern:
    """Where a placeholder is in an output: "{0}" anywhere (the model may glue it to a word), one shown as words (a
    name, a sum) as whole words only, or "Hà" would be found, and replaced, in "Hàn Quốc". Words with Vietnamese
    marks are found without them too, and a place shown with "ở" before it (mt.names.placed) with "tại", the same
    "at": shown "... ở Huế ...", v6 wrote "ở Hue", and for "... ở Hội An." "tại Hội An"; each is the same stretch, and
    the shown text replaces it."""
    if not _worded(token):
        return re.compile(re.escape(token))
    at, words = token.split(" ", 1) if token.startswith("ở ") else ("", token)
    bare = strip_marks(words)
    spelt = re.escape(words) if bare == words else f"(?:{re.escape(words)}|{re.escape(bare)})"
    return re.compile(rf"(?<!\w){'(?:[ởỞ]|[tT]ại) ' if at else ''}{spelt}(?!\w)")


def stray_brackets(token: str) -> re.Pattern:
    """A bracket the model wrote again beside a placeholder in brackets: "This soup is too [1] for me." → "Chỗ loét
    này quá [ [1] cho tôi." (nothing for other placeholders)."""
    if not token.startswith("["):
        return re.compile(r"(?!x)x")
    return re.compile(rf"\[\s*(?={re.escape(token)})|(?<={re.escape(token)})\s*\]")


def _worded(token: str) -> bool:
    return token[:1].isalnum() and token[-1:].isalnum()


def final_stop(source: str, output: str) -> str:
    """The source's final punctuation where the output of a shielded sentence has none: the model drops it after a
    placeholder that ends the sentence ("Ngày mai là [1]." → "Tomorrow is [1]")."""
    end = re.search(r"[.!?…]+$", source)
    return output + end.group() if end and output and output[-1].isalnum() else output
