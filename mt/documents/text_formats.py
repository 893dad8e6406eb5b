"""Plain text and Markdown documents (line layouts, see mt.documents.lines)."""
from __future__ import annotations

from . import inline, lines


class LineDocument:
    """A parsed .txt or .md file: `units` to translate, `render(outputs)` to write the translation back."""

    def __init__(self, text: str, markdown: bool):
        self.parts = lines.layout(text, inline.markdown if markdown else _plain, markdown)
        self.runs = [p for p in self.parts if isinstance(p, lines.Run)]
        self.units = [r.unit for r in self.runs]

    def render(self, outputs: list[str]) -> str:
        return lines.render(self.parts, {id(r): o for r, o in zip(self.runs, outputs)})


def _plain(b, s: str) -> None:
    b.text(s)
