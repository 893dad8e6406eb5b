"""HTML (the API's format=html, and .html files): text between block-level tags is translated as one unit;
inline tags (<b>, <a href=...>, <span>...) are carried onto the words they wrapped; attributes, comments,
<script>, <style>, <pre> and <code> pass through untouched; text is escaped again on the way out."""
from __future__ import annotations

import html
from html.parser import HTMLParser

from ..markup import Builder, Token

INLINE = {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "dfn", "em", "font", "i", "ins", "del", "label", "mark",
          "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u"}
VERBATIM = {"script", "style", "pre", "code", "kbd", "samp", "var", "textarea", "svg", "math"}
VOID = {"br", "img", "wbr", "input", "hr", "meta", "link", "area", "base", "col", "embed", "source", "track"}
_INLINE_CODE = {"code", "kbd", "samp", "var"}
_MARK = "\x00"  # brackets the index of a verbatim fragment inside translated text (never in normalised text)


class HtmlDocument(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.parts: list = []  # raw strings, or ints: the index of a unit
        self.units = []
        self._verbatim: list[list[str]] = []  # per unit, raw fragments standing in the text
        self._frags: list[str] = []  # those of the unit being built
        self._builder: Builder | None = None
        self._raw: list[str] = []  # the raw source of the unit being built
        self._open: list[str] = []  # inline tags open in the current unit
        self._skip: list[str] = []  # verbatim element being copied, and its depth
        self.feed(text)
        self.close()
        self._flush()

    # ---------------------------------------------------------------- parsing

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text() or f"<{tag}>"
        if self._skip:
            self._skip_raw(raw, tag, opening=True)
        elif tag in VERBATIM:
            self._skip = [tag, raw]
            if tag in _INLINE_CODE:
                self._unit()  # inline code is part of the sentence around it
            else:
                self._flush()
        elif tag in INLINE:
            self._unit().open(raw, f"</{tag}>")
            self._raw.append(raw)
            self._open.append(tag)
        elif tag in VOID and tag in ("br", "img", "wbr") and self._builder is not None:
            self._keep(raw)
        else:
            self._flush()
            self.parts.append(raw)

    def handle_startendtag(self, tag, attrs):
        raw = self.get_starttag_text() or f"<{tag}/>"
        if self._skip:
            self._skip.append(raw)
        elif tag in ("br", "img", "wbr") and self._builder is not None:
            self._keep(raw)
        else:
            self._flush()
            self.parts.append(raw)

    def handle_endtag(self, tag):
        raw = f"</{tag}>"
        if self._skip:
            self._skip_raw(raw, tag, opening=False)
        elif tag in INLINE and tag in self._open:
            while self._open:
                self._builder.close()
                if self._open.pop() == tag:
                    break
            self._raw.append(raw)
        else:
            self._flush()
            self.parts.append(raw)

    def handle_data(self, data):
        if self._skip:
            self._skip.append(data)
        elif self._builder is None and not data.strip():
            self.parts.append(data)
        else:
            self._unit().text(data)
            self._raw.append(data)

    def handle_entityref(self, name):
        self._entity(f"&{name};")

    def handle_charref(self, name):
        self._entity(f"&#{name};")

    def _entity(self, raw):
        if self._skip:
            self._skip.append(raw)
        else:
            self._unit().text(html.unescape(raw))
            self._raw.append(raw)

    def handle_comment(self, data):
        self._other(f"<!--{data}-->")

    def handle_decl(self, decl):
        self._other(f"<!{decl}>")

    def handle_pi(self, data):
        self._other(f"<?{data}>")

    def unknown_decl(self, data):
        self._other(f"<![{data}]>")

    def _other(self, raw):
        if self._skip:
            self._skip.append(raw)
        else:
            self._flush()
            self.parts.append(raw)

    def _skip_raw(self, raw, tag, opening):
        self._skip.append(raw)
        if not opening and tag == self._skip[0]:
            whole = "".join(self._skip[1:])
            self._skip = []
            if tag in _INLINE_CODE:
                self._keep(whole)
            else:
                self.parts.append(whole)

    # ---------------------------------------------------------------- units

    def _unit(self) -> Builder:
        if self._builder is None:
            self._builder = Builder()
            self._raw, self._open, self._frags = [], [], []
        return self._builder

    def _keep(self, raw: str):
        self._unit().verbatim(raw, f"{_MARK}{len(self._frags)}{_MARK}")
        self._frags.append(raw)
        self._raw.append(raw)

    def _flush(self):
        if self._builder is None:
            return
        unit = self._builder.build()
        self._builder = None
        if any(c.isalnum() for c in unit.text):
            self.units.append(unit)
            self._verbatim.append(self._frags)
            self.parts.append(len(self.units) - 1)
        else:
            self.parts.append("".join(self._raw))

    # ---------------------------------------------------------------- output

    def render_tokens(self, outputs: list[list[Token]]) -> str:
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            unit, frags = self.units[part], self._verbatim[part]
            text = "".join(html.escape(v, quote=False) if k == "text" else (v.open if k == "open" else v.close)
                           for k, v in outputs[part])
            for i, frag in enumerate(frags):
                text = text.replace(f"{_MARK}{i}{_MARK}", frag)
            out.append(unit.lead + text + unit.trail)
        return "".join(out)
