"""Translate whole documents and keep their layout: .txt, .md, .srt, .docx and .html.

    >>> from mt.documents import translate_document
    >>> doc = translate_document(Path("notes.md").read_bytes(), "notes.md", translator, "vi", "en",
    ...                          progress=lambda done, total: print(done, total))
    >>> Path(doc.name).write_bytes(doc.data)          # notes.en.md

Paragraphs, line breaks, list markers, headings, subtitle numbers and timings and inline markup come back as
they were; the text between them is translated in batches (see mt.markup), so a long document reports its
progress and never needs one long call. Text is read as UTF-8 (a byte-order mark is kept, as are Windows
line endings).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import PurePath

from ..errors import InputError
from ..glossary import Glossary
from ..markup import Marked, render, translate_marked
from ..translate import Translator

FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".srt": "subtitles",
           ".docx": "word", ".html": "html", ".htm": "html"}
MAX_BYTES = 10_000_000
MAX_CHARS = 500_000  # of text to translate, about 200 pages


@dataclass
class Document:
    name: str  # suggested file name for the translation
    data: bytes
    text: str  # the translation as text (for a preview)
    units: int  # paragraphs, cues or cells translated
    src: str
    tgt: str
    seconds: float


def check_name(filename: str) -> str:
    """The format for `filename`, or an InputError listing the supported types."""
    suffix = PurePath(filename).suffix.lower()
    if suffix not in FORMATS:
        kinds = ", ".join(sorted(FORMATS))
        raise InputError(f"{PurePath(filename).name or 'this file'}: unsupported file type {suffix or '(none)'}; "
                         f"upload one of {kinds}")
    return FORMATS[suffix]


def parse(data: bytes | str, fmt: str):
    """A parsed document: `.units` (Marked) and a way back (`render` or `render_tokens`)."""
    if fmt == "word":
        from .word import WordDocument

        if isinstance(data, str):
            raise InputError("a .docx document must be uploaded as a file")
        return WordDocument(data)
    text, _, _ = decode(data) if isinstance(data, bytes) else (data, "", "\n")
    return _text_document(text.replace("\r\n", "\n").replace("\r", "\n"), fmt)


def _text_document(text: str, fmt: str):
    if fmt in ("text", "markdown"):
        from .text_formats import LineDocument

        return LineDocument(text, markdown=fmt == "markdown")
    if fmt == "subtitles":
        from .subtitles import Subtitles

        return Subtitles(text)
    if fmt == "html":
        from .html import HtmlDocument

        return HtmlDocument(text)
    raise InputError(f"unknown document format {fmt!r}: choose one of {', '.join(sorted(set(FORMATS.values())))}")


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, byte-order mark, line ending) of a text file; InputError if it is not UTF-8 (or UTF-16 with BOM)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            break
    else:
        bom, codec = b"", "utf-8"
    try:
        text = data[len(bom):].decode(codec)
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"line {line} is not valid UTF-8 text: save the file as UTF-8 and try again") from None
    newline = "\r\n" if "\r\n" in text else "\n"
    return text, bom.decode(codec) if bom else "", newline


def translate_document(data: bytes | str, filename: str, translator: Translator, src: str, tgt: str, *,
                       glossary: Glossary | None = None, progress=None, fmt: str | None = None,
                       flip: bool = False) -> Document:
    """Translate a document given as bytes (a file) or text (pasted); `fmt` overrides the file name's type.
    With src="auto" and `flip`, a document already in `tgt` is translated into the other language."""
    started = time.perf_counter()
    fmt = fmt or check_name(filename)
    if len(data) > MAX_BYTES:
        raise InputError(f"the file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
    if src == "auto":
        src = _detect(data, fmt)
        if flip and src == tgt:
            from ..service import other

            tgt = other(src)
    translator.check_direction(src, tgt)
    doc = parse(data, fmt)
    units: list[Marked] = doc.units
    chars = sum(len(u.text) for u in units)
    if not units:
        raise InputError("the document has no text to translate")
    if chars > MAX_CHARS:
        raise InputError(f"the document has {chars:,} characters of text; the limit is {MAX_CHARS:,}: "
                         "split it into parts")
    tokens = translate_marked(translator, units, src, tgt, glossary=glossary, progress=progress)
    if fmt == "word":
        out_bytes = doc.render_tokens(tokens)
        from .word import WordDocument

        preview = WordDocument(out_bytes).text()
    else:
        preview = doc.render_tokens(tokens) if fmt == "html" else doc.render([render(t) for t in tokens])
        out_bytes = _encode(preview, data)
    return Document(_out_name(filename, tgt), out_bytes, preview, len(units), src, tgt,
                    round(time.perf_counter() - started, 2))


def _encode(text: str, original: bytes | str) -> bytes:
    if isinstance(original, str):
        return text.encode("utf-8")
    _, bom, newline = decode(original)
    return (bom + text.replace("\n", newline)).encode("utf-8")


def _out_name(filename: str, tgt: str) -> str:
    p = PurePath(filename or "document.txt")
    return f"{p.stem}.{tgt}{p.suffix}"


def _detect(data: bytes | str, fmt: str) -> str:
    from ..service import vi_or_en

    doc = parse(data, fmt)
    sample = " ".join(u.text for u in doc.units)[:5000]
    if not sample.strip():
        raise InputError("the document has no text to translate")
    return vi_or_en(sample).language
