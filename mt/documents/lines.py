"""Line layouts shared by plain text and Markdown: which lines translate together and what stays as it is.

Consecutive lines of one paragraph are translated together (a sentence may be wrapped over several lines)
and the translation is wrapped back onto the same number of lines. A paragraph's run of lines ends at a
blank line, a line ending a sentence, a new list item, heading or quote level, or a next line that does not
go on in lower case. List markers, indentation,
quote marks and heading marks are written back as they were; Markdown code blocks, tables' rules, front
matter and link definitions are not translated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..markup import Builder, Marked

_LIST = re.compile(r"^(\s*)((?:[-*+•‣◦▪–]|\(?\d{1,9}[.)]|\(?[a-zA-Z][.)])\s+(?:\[[ xX]\]\s+)?)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)")
_HEADING_CLOSE = re.compile(r"\s+#+\s*$")
ENDS = re.compile(r"[.!?…:;。][\"'”’)\]*_]*$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_RULE = re.compile(r"^\s{0,3}(?:[-*_=]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")


@dataclass
class Run:
    """Source lines translated as one unit."""

    unit: Marked
    prefixes: list[str] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)  # source lengths, to wrap the translation the same way
    ends: list[bool] = field(default_factory=list)  # whether each source line ended a sentence


Part = str | Run


def layout(text: str, inline: Callable[[Builder, str], None], markdown: bool) -> list[Part]:
    """Split `text` (newline-separated, no \\r) into verbatim strings and Runs, in order."""
    parts: list[Part] = []
    lines = text.split("\n")
    pending: list[tuple[str, str, str]] = []  # (prefix, content, suffix) of the run being gathered
    fence = None
    in_list = False

    def flush():
        if pending:
            parts.append(_run(pending, inline))
            parts.append("\n")
            pending.clear()

    start = _front_matter(lines) if markdown else 0
    for line in lines[:start]:
        parts += [line, "\n"]
    for line in lines[start:]:
        if markdown and fence:
            parts += [line, "\n"]
            if line.strip().startswith(fence):
                fence = None
            continue
        if markdown and _FENCE.match(line):
            flush()
            fence = _FENCE.match(line).group(1)[:3]
            parts += [line, "\n"]
            continue
        if not line.strip() or (markdown and _verbatim_line(line, in_list)):
            flush()
            parts += [line, "\n"]
            in_list = in_list and bool(line.strip())
            continue
        if markdown and line.lstrip().startswith("|"):
            flush()
            parts += _table_row(line, inline)
            parts.append("\n")
            continue
        prefix, content, suffix, new, last = _split(line, markdown)
        in_list = in_list or bool(_LIST.match(line))
        if pending and (new or _quote(prefix) != _quote(pending[-1][0]) or ENDS.search(pending[-1][1])
                        or not _continues(content)):
            flush()
        pending.append((prefix, content, suffix))
        if last:
            flush()
    flush()
    if parts and parts[-1] == "\n":
        parts.pop()
    return parts


def render(parts: list[Part], outputs: dict[int, str]) -> str:
    """Write the layout back with each Run's translation (outputs keyed by id(run)), wrapped as the source."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        lines = rewrap(outputs[id(part)], part.widths, part.ends)
        out.append("\n".join(p + line + s for p, line, s in zip(part.prefixes, lines, part.suffixes)))
    return "".join(out)


def rewrap(text: str, widths: list[int], ends: list[bool] | None = None) -> list[str]:
    """Break `text` at spaces into len(widths) lines whose lengths follow the source lines' lengths; where a
    source line ended a sentence (`ends`), a break after a sentence is preferred."""
    if len(widths) <= 1:
        return [text]
    spaces = [i for i, c in enumerate(text) if c == " "]
    after_sentence = {i for i in spaces if ENDS.search(text[:i])}
    total = max(sum(widths), 1)
    lines, pos, cum = [], 0, 0
    for k, w in enumerate(widths[:-1]):
        cum += w
        target = len(text) * cum / total
        options = [i for i in spaces if i >= pos]
        if ends and ends[k] and any(i in after_sentence for i in options):
            options = [i for i in options if i in after_sentence]
        if not options:  # no more break points: the rest goes here, the lines after stay empty
            lines.append(text[pos:])
            pos = len(text)
            continue
        cut = min(options, key=lambda i: abs(i - target))
        lines.append(text[pos:cut])
        pos = cut + 1
    lines.append(text[pos:])
    return lines


def _split(line: str, markdown: bool) -> tuple[str, str, str, bool, bool]:
    """(prefix kept verbatim, content to translate, suffix kept, whether the line starts a paragraph, whether
    it ends one: a heading or a Markdown hard line break)."""
    prefix = ""
    rest = line
    new = False
    quote = _QUOTE.match(rest) if markdown else None
    if quote:
        prefix, rest = quote.group(0), rest[quote.end():]
    heading = _HEADING.match(rest) if markdown else None
    marker = _LIST.match(rest)
    if heading:
        prefix, rest, new = prefix + heading.group(0), rest[heading.end():], True
    elif marker:
        prefix, rest, new = prefix + marker.group(0), rest[marker.end():], True
    else:
        indent = rest[: len(rest) - len(rest.lstrip())]
        prefix, rest = prefix + indent, rest[len(indent):]
    end = _HEADING_CLOSE.search(rest) if heading else _HARD_BREAK.search(rest) if markdown else None
    cut = end.start() if end else len(rest.rstrip())
    return prefix, rest[:cut].rstrip(), rest[len(rest[:cut].rstrip()):], new, bool(heading or end)


def _continues(content: str) -> bool:
    """A wrapped sentence goes on in lower case; a line starting otherwise (a title, a name list) stands alone."""
    first = content.lstrip("*_`[(\"'“‘")[:1]
    return first.islower() or first.isdigit()


def _quote(prefix: str) -> str:
    m = _QUOTE.match(prefix)
    return m.group(0).replace(" ", "") if m else ""


def _run(lines: list[tuple[str, str, str]], inline) -> Run:
    b = Builder()
    for i, (_, content, _) in enumerate(lines):
        if i:
            b.text(" ")
        inline(b, content)
    return Run(b.build(), [p for p, _, _ in lines], [s for _, _, s in lines], [len(c) for _, c, _ in lines],
               [bool(ENDS.search(c)) for _, c, _ in lines])


def _verbatim_line(line: str, in_list: bool) -> bool:
    if _RULE.match(line) or _TABLE_RULE.match(line) or _LINK_DEF.match(line):
        return True
    if line.lstrip().startswith("<!--"):
        return True
    return not in_list and (line.startswith("    ") or line.startswith("\t"))  # an indented code block


def _front_matter(lines: list[str]) -> int:
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() in ("---", "..."):
                return i + 1
    return 0


def _table_row(line: str, inline) -> list[Part]:
    out: list[Part] = []
    for piece in re.split(r"((?<!\\)\|)", line):
        if piece == "|" or not piece.strip():
            out.append(piece)
            continue
        lead = piece[: len(piece) - len(piece.lstrip())]
        trail = piece[len(piece.rstrip()):]
        b = Builder()
        inline(b, piece.strip())
        out.append(Run(b.build(), [lead], [trail], [len(piece.strip())]))
    return out
