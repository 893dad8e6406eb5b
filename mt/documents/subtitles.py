"""SubRip (.srt) subtitles: cue numbers and timings kept, each cue's text translated as one unit and wrapped
back onto as many lines as it had; <i>/<b>/<font> tags and {\\an8}-style codes kept."""
from __future__ import annotations

import re

from ..markup import Builder
from . import inline
from .lines import ENDS, rewrap

_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")


class Subtitles:
    def __init__(self, text: str):
        self.parts: list = []  # verbatim lines, or (widths, ends) standing for a cue's text lines
        self.units = []
        lines = text.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            self.parts.append(line)
            i += 1
            if not _TIMING.match(line):
                continue
            cue = []
            while i < len(lines) and lines[i].strip():
                cue.append(lines[i])
                i += 1
            if cue:
                b = Builder()
                for k, text_line in enumerate(cue):
                    if k:
                        b.text(" ")
                    inline.tags(b, text_line.strip())
                self.units.append(b.build())
                self.parts.append(([len(c.strip()) for c in cue], [bool(ENDS.search(c.strip())) for c in cue]))

    def render(self, outputs: list[str]) -> str:
        out, k = [], 0
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            else:
                out += rewrap(outputs[k], *part)
                k += 1
        return "\n".join(out)
