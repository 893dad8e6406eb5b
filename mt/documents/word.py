"""Word (.docx) documents with python-docx: every paragraph (body, tables, headers and footers) translated in
place, keeping paragraph styles, and inline formatting (bold, italic, colour... of runs) carried onto the
words it was on. Paragraphs holding more than plain runs (hyperlinks, fields, pictures) are translated run
by run so that nothing in them is lost."""
from __future__ import annotations

import copy
import io

from ..errors import InputError, MissingDependency
from ..markup import Builder, Marked, Token

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_CHILDREN = {f"{_W}{t}" for t in ("rPr", "t", "tab", "br", "cr", "lastRenderedPageBreak", "noBreakHyphen")}
_PARAGRAPH_EXTRAS = {f"{_W}{t}" for t in ("pPr", "proofErr", "bookmarkStart", "bookmarkEnd", "permStart",
                                          "permEnd")}


class WordDocument:
    def __init__(self, data: bytes):
        try:
            import docx
        except ImportError:
            raise MissingDependency("python-docx", "app") from None
        try:
            self.doc = docx.Document(io.BytesIO(data))
        except Exception as e:  # python-docx raises zipfile, KeyError or lxml errors for a bad file
            raise InputError(f"this is not a readable .docx file ({type(e).__name__}): save it again from Word "
                             "or LibreOffice") from None
        self.units: list[Marked] = []
        self._targets: list[tuple] = []  # (kind, paragraph, runs) per unit
        for p in _paragraphs(self.doc):
            runs = p.runs
            if not p.text.strip() or not runs:
                continue
            if _simple(p):
                self.units.append(_unit(runs))
                self._targets.append(("paragraph", p, runs))
            else:
                for r in runs:
                    if r.text.strip():
                        self.units.append(Builder().text(r.text).build())
                        self._targets.append(("run", p, [r]))

    def render_tokens(self, outputs: list[list[Token]]) -> bytes:
        for (kind, p, runs), tokens in zip(self._targets, outputs):
            if kind == "run":
                runs[0].text = _plain(tokens)
            else:
                _rewrite(p, runs, tokens)
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()

    def text(self) -> str:
        return "\n\n".join(p.text for p in _paragraphs(self.doc) if p.text.strip())


def _paragraphs(doc):
    """Body, table cells (nested too), headers and footers, in document order."""
    seen = set()

    def walk(container):
        for p in container.paragraphs:
            if id(p._p) not in seen:
                seen.add(id(p._p))
                yield p
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    yield from walk(cell)

    yield from walk(doc)
    for section in doc.sections:
        for part in (section.header, section.footer):
            if not part.is_linked_to_previous:
                yield from walk(part)


def _simple(p) -> bool:
    for child in p._p:
        if child.tag == f"{_W}r":
            if any(c.tag not in _RUN_CHILDREN for c in child):
                return False
        elif child.tag not in _PARAGRAPH_EXTRAS:
            return False
    return True


def _format(run) -> bytes:
    from lxml import etree

    rpr = run._r.rPr
    return etree.tostring(rpr) if rpr is not None else b""


def _unit(runs) -> Marked:
    """The paragraph's text; runs formatted unlike the paragraph's main format become spans."""
    base = _format(runs[_base_index(runs)])
    b = Builder()
    prev = base
    for i, r in enumerate(runs):
        f = _format(r)
        if f != prev:  # runs split by a spell-checker but formatted alike make one span
            if prev != base:
                b.close()
            if f != base:
                b.open(str(i), "")
            prev = f
        for k, piece in enumerate(r.text.split("\t")):
            if k:
                b.verbatim("\t")
            b.text(piece)
    return b.build()


def _rewrite(p, runs, tokens: list[Token]) -> None:
    """Replace the paragraph's runs by new ones, each a copy of the run whose format its text carries."""
    from docx.text.run import Run

    base = _base_index(runs)
    pieces: list[tuple[int, str]] = []
    active: list[int] = []
    for kind, value in tokens:
        if kind == "open":
            active.append(int(value.open))
        elif kind == "close":
            if active:
                active.pop()
        elif value:
            which = active[-1] if active else base
            if pieces and pieces[-1][0] == which:
                pieces[-1] = (which, pieces[-1][1] + value)
            else:
                pieces.append((which, value))
    anchor = runs[0]._r
    parent = anchor.getparent()
    for which, text in pieces:
        r = copy.deepcopy(runs[which]._r)
        for child in list(r):
            if child.tag != f"{_W}rPr":
                r.remove(child)
        anchor.addprevious(r)
        Run(r, p).text = text
    for run in runs:
        parent.remove(run._r)


def _base_index(runs) -> int:
    """The run whose format the paragraph's plain text has: the least formatted one (then the most used)."""
    sizes: dict[bytes, int] = {}
    for r in runs:
        sizes[_format(r)] = sizes.get(_format(r), 0) + len(r.text)
    base = min(sizes, key=lambda f: (len(f), -sizes[f]))
    return next(i for i, r in enumerate(runs) if _format(r) == base)


def _plain(tokens: list[Token]) -> str:
    return "".join(v for k, v in tokens if k == "text")

