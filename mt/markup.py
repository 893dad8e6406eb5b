"""Translate text that carries inline formatting (bold, links, code, subtitle tags, Word runs) and keep it.

A document format turns each paragraph into a `Marked`: its plain text, the formatted stretches (`Span`s, with
the markup that opens and closes them) and the stretches to pass through verbatim (`keep`: inline code, URLs).
The plain text is translated sentence by sentence, so the model never sees the markup (which costs it quality:
tags inside sentences made the bundled model drop or garble the words they wrap). Each span is then put
around the output words whose attention points into the span's source words, so formatting follows the words
it was on; kept stretches go through as glossary placeholders and come back exactly.

    >>> from mt.markup import Builder, translate_marked, render
    >>> b = Builder(); b.text("Nhấn "); b.open("**", "**"); b.text("Lưu"); b.close(); b.text(" để lưu.")
    >>> render(translate_marked(translator, [b.build()], "vi", "en")[0])      # 'Click **Save** to save.'
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace

from .detailed import Word, translate_sentences
from .glossary import Glossary, Match
from .lazy_re import lazy
from .restore import read_as
from .text import split_sentences
from .translate import DecodeOptions, Translator

_SPACE = lazy(r"[ \t\n\r\u00a0\u2000-\u200a\u3000]")
_DROP = lazy(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]")
_TRAILING = ".,:;!?…)]}\"'”’»"
_LEADING = "([{\"'“‘«"


@dataclass
class Span:
    start: int
    end: int
    open: str  # markup written before the span's words ("**", "<b>", or an id the format understands)
    close: str


@dataclass
class Marked:
    """A paragraph: normalised plain text (lines separated by "\\n"), formatted spans, verbatim stretches."""

    text: str
    spans: list[Span] = field(default_factory=list)
    keep: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, what to write back)
    lead: str = ""  # whitespace the raw text began and ended with, for formats that keep it
    trail: str = ""


class Builder:
    """Build a Marked from pieces of text and markup, normalising the text as translate() would (NFC, no
    control characters, single spaces, lines stripped) while keeping span offsets right."""

    def __init__(self):
        self._chars: list[str] = []
        self._events: list[tuple[int, str, object]] = []  # (raw position, kind, payload)
        self._stack: list[tuple[int, str, str]] = []

    def text(self, s: str) -> "Builder":
        self._chars += list(s)
        return self

    def verbatim(self, s: str, replacement: str | None = None) -> "Builder":
        """`s` goes through untranslated; `replacement` (default `s`) is what the output gets in its place."""
        start = len(self._chars)
        stand_in = s.replace("\n", " ").replace("\t", " ")  # what offsets count; the model never sees it
        self._chars += list(stand_in if stand_in.strip() else "¶")
        self._events.append((start, "keep", (len(self._chars), s if replacement is None else replacement)))
        return self

    def open(self, open_markup: str, close_markup: str) -> "Builder":
        self._stack.append((len(self._chars), open_markup, close_markup))
        return self

    def close(self) -> "Builder":
        start, o, c = self._stack.pop()
        self._events.append((start, "span", (len(self._chars), o, c)))
        return self

    def build(self) -> Marked:
        while self._stack:
            self.close()
        raw = "".join(self._chars)
        text, where = _normalise(raw)
        spans, keep = [], []
        for start, kind, payload in self._events:
            if kind == "keep":
                end, replacement = payload
                keep.append((where[start], where[end], replacement))
            else:
                end, o, c = payload
                spans.append(Span(where[start], where[end], o, c))
        keep = [k for k in keep if k[1] > k[0]]
        lead = raw[: len(raw) - len(raw.lstrip())]
        trail = raw[len(raw.rstrip()):] if raw.strip() else ""
        return Marked(text, spans, keep, lead, trail)


def _normalise(raw: str) -> tuple[str, list[int]]:
    """NFC, drop control characters, collapse spaces, strip lines; where[i] = new offset of raw offset i."""
    out: list[str] = []
    where = [0] * (len(raw) + 1)
    i = 0
    while i < len(raw):
        j = i + 1
        while j < len(raw) and unicodedata.combining(raw[j]):
            j += 1
        cluster = raw[i:j]
        for k in range(i, j):
            where[k] = len(out)
        if cluster == "\n":
            while out and out[-1] == " ":
                out.pop()
            out.append("\n")
        elif _SPACE.match(cluster):
            if out and out[-1] not in " \n":
                out.append(" ")
        elif not _DROP.fullmatch(cluster):
            out.extend(unicodedata.normalize("NFC", cluster))
        i = j
    where[len(raw)] = len(out)
    text = "".join(out)
    # lines are stripped: drop a space before a newline or at the end, and leading newlines stay as they are
    stripped = text.rstrip(" ")
    where = [min(w, len(stripped)) for w in where]
    return stripped, where


# ------------------------------------------------------------------------------------------ translating


Token = tuple[str, object]  # ("text", str) | ("open", Span) | ("close", Span)


def translate_marked(translator: Translator, units: list[Marked], src: str, tgt: str, *,
                     glossary: Glossary | None = None, options: DecodeOptions | None = None,
                     progress=None, batch_sentences: int = 64) -> list[list[Token]]:
    """Translate each unit; returns, per unit, a token stream of output text with span opens and closes.

    `progress(done, total)` is called after each batch of sentences (long documents come in many batches)."""
    if (options or DecodeOptions()).restore_input:  # typed without marks or capitals: read as written (same length)
        units = [replace(u, text=read_as(u.text, src)) for u in units]
    plan = [_sentences(u) for u in units]
    flat = [(ui, s) for ui, sents in enumerate(plan) for s in sents if s.text]
    done: dict[tuple[int, int], list[Word]] = {}
    total = len(flat)
    if progress:
        progress(0, total)
    for start in range(0, total, batch_sentences):
        batch = flat[start : start + batch_sentences]
        results = translate_sentences(translator, [s.text for _, s in batch], src, tgt, glossary=glossary,
                                      extra=[s.keep for _, s in batch], attention=True, options=options,
                                      phrases=False)
        for (ui, s), res in zip(batch, results):
            done[(ui, s.start)] = res.candidates[0].words
        if progress:
            progress(min(start + batch_sentences, total), total)
    return [_tokens(u, sents, {s.start: done.get((ui, s.start), []) for s in sents})
            for ui, (u, sents) in enumerate(zip(units, plan))]


@dataclass
class _Sentence:
    start: int  # offset of `text` in the unit's text
    text: str
    line: int
    spans: list[Span]  # clipped to the sentence, offsets relative to it
    keep: list[Match]
    head: str = ""  # verbatim stretches that opened or closed the sentence, written back around it
    tail: str = ""


def _sentences(unit: Marked) -> list[_Sentence]:
    out = []
    offset = 0
    for line_no, line in enumerate(unit.text.split("\n")):
        pos = 0
        for part in split_sentences(line) or [""]:
            at = line.find(part, pos) if part else pos
            pos = at + len(part)
            out.append(_peel(unit, offset + at, part, line_no))
        offset += len(line) + 1
    return out


def _peel(unit: Marked, start: int, part: str, line_no: int) -> _Sentence:
    """A sentence, with verbatim stretches at its start or end taken out: the model need not place them,
    and one glued to a word ('{\\an8}Mở') would only confuse it."""
    end = start + len(part)
    keeps = sorted((k for k in unit.keep if k[0] >= start and k[1] <= end), key=lambda k: k[0])
    head = tail = ""
    while keeps and keeps[0][0] == start:
        a, b, r = keeps.pop(0)
        gap = len(unit.text[b:end]) - len(unit.text[b:end].lstrip(" "))
        head += r + unit.text[b : b + gap]
        start = b + gap
    while keeps and keeps[-1][1] == end and keeps[-1][0] >= start:
        a, b, r = keeps.pop()
        gap = len(unit.text[start:a]) - len(unit.text[start:a].rstrip(" "))
        tail = unit.text[a - gap : a] + r + tail
        end = a - gap
    text = unit.text[start:end]
    spans = [Span(max(sp.start, start) - start, min(sp.end, end) - start, sp.open, sp.close)
             for sp in unit.spans if sp.start < end and sp.end > start]
    matches = [Match(a - start, b - start, r, "markup") for a, b, r in keeps]
    return _Sentence(start, text, line_no, spans, matches, head, tail)


def _tokens(unit: Marked, sentences: list[_Sentence], words: dict[int, list[Word]]) -> list[Token]:
    """Lay the translated sentences out again (spaces between sentences, lines as in the source) and put
    every span around the words aligned with it."""
    tokens: list[Token] = []
    line = 0
    first_in_line = True
    for s in sentences:
        if s.line != line:
            tokens.append(("text", "\n" * (s.line - line)))
            line, first_in_line = s.line, True
        ws = words.get(s.start, [])
        if not (ws or s.head or s.tail):
            continue
        if not first_in_line:
            tokens.append(("text", " "))
        tokens.append(("text", s.head))
        tokens += _wrap(ws, s) if ws else [t for sp in s.spans for t in (("open", sp), ("close", sp))]
        tokens.append(("text", s.tail))
        first_in_line = False
    return [t for t in tokens if t[0] != "text" or t[1]]


def _wrap(words: list[Word], s: _Sentence) -> list[Token]:
    ranges = _project(words, s)
    opens: dict[int, list[Span]] = {}
    closes: dict[int, list[Span]] = {}
    for sp, (a, b) in ranges:
        opens.setdefault(a, []).append(sp)
        closes.setdefault(b, []).insert(0, sp)
    out: list[Token] = []
    for i, w in enumerate(words):
        if i:
            out.append(("text", w.before))
        lead, core, trail = _split_punct(w.text, opens.get(i), closes.get(i), s)
        out.append(("text", lead))
        out += [("open", sp) for sp in opens.get(i, [])]
        out.append(("text", core))
        out += [("close", sp) for sp in closes.get(i, [])]
        out.append(("text", trail))
    return [t for t in out if t[0] != "text" or t[1]]


def _split_punct(text: str, opening, closing, s: _Sentence) -> tuple[str, str, str]:
    """Keep a word's own punctuation outside a span when the span's source text had none there
    ('Click <b>Save</b>.' rather than 'Click <b>Save.</b>')."""
    lead = trail = ""
    core = text
    if closing and not any(s.text[sp.start : sp.end].rstrip()[-1:] in _TRAILING for sp in closing):
        stripped = core.rstrip(_TRAILING)
        if stripped:
            trail, core = core[len(stripped):], stripped
    if opening and not any(s.text[sp.start : sp.end].lstrip()[:1] in _LEADING for sp in opening):
        stripped = core.lstrip(_LEADING)
        if stripped:
            lead, core = core[: len(core) - len(stripped)], stripped
    return lead, core, trail


def _project(words: list[Word], s: _Sentence) -> list[tuple[Span, tuple[int, int]]]:
    """Output word range [first, last] for each span: the words attending into it (or the one nearest to
    it), kept properly nested or disjoint as the spans were in the source."""
    content = s.text.strip()
    whole = (len(s.text) - len(s.text.lstrip()), len(content) + len(s.text) - len(s.text.lstrip()))
    out: list[tuple[Span, tuple[int, int]]] = []
    for sp in sorted(s.spans, key=lambda x: (x.start, -x.end)):
        if sp.start <= whole[0] and sp.end >= whole[1]:
            rng = (0, len(words) - 1)
        else:
            inside = [i for i, w in enumerate(words) if w.source is not None and sp.start <= w.source < sp.end]
            if not inside:
                inside = [min(range(len(words)), key=lambda i: _distance(words[i].source, sp))]
            rng = (min(inside), max(inside))
        for other, (a, b) in out:
            nested = other.start <= sp.start and sp.end <= other.end
            if nested:  # stay inside the enclosing span's words
                rng = (max(rng[0], a), min(rng[1], b)) if max(rng[0], a) <= min(rng[1], b) else (a, a)
            elif rng[0] <= b and rng[1] >= a:  # disjoint in the source: keep them apart in the output
                if b + 1 < len(words) and rng[1] > b:
                    rng = (b + 1, rng[1])
                elif a - 1 >= 0 and rng[0] < a:
                    rng = (rng[0], a - 1)
        out.append((sp, rng))
    return out


def _distance(pos: int | None, sp: Span) -> int:
    if pos is None:
        return 1 << 30
    return 0 if sp.start <= pos < sp.end else min(abs(pos - sp.start), abs(pos - (sp.end - 1)))


def render(tokens: list[Token]) -> str:
    """Tokens as text, spans written with their own open and close markup."""
    return "".join(t[1] if t[0] == "text" else (t[1].open if t[0] == "open" else t[1].close) for t in tokens)


def plain(tokens: list[Token]) -> str:
    return "".join(t[1] for t in tokens if t[0] == "text")
