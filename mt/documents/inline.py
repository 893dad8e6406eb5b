"""Inline markup inside one line of text: Markdown emphasis, links and code; HTML-style tags (also used by
subtitles: <i>, <b>, <font ...>). Each parser feeds a mt.markup.Builder: formatting becomes spans, code and
URLs pass through verbatim."""
from __future__ import annotations

import re

from ..markup import Builder

_URL = r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]"
_TAG_PAIR = r"<(?P<tag>[a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>(?P<tag_inner>.*?)</(?P=tag)\s*>"
_MARKDOWN = re.compile("|".join([
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))",
    r"(?P<image>!\[[^\]]*\]\([^)]*\))",
    r"(?P<link>\[(?P<link_text>[^\]]+)\](?P<link_target>\([^)]*\)|\[[^\]]*\]))",
    r"(?P<autolink><(?:https?|mailto):[^>\s]+>)",
    rf"(?P<pair>{_TAG_PAIR})",
    r"(?P<void></?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>)",
    rf"(?P<url>{_URL})",
    r"(?P<strong>(?P<sdelim>\*\*|__|~~)(?=\S)(?P<strong_inner>.+?)(?<=\S)(?P=sdelim))",
    r"(?P<em>(?<![\w*])(?P<edelim>[*_])(?=[^\s*_])(?P<em_inner>.+?)(?<=[^\s*_])(?P=edelim)(?![\w*]))",
    r"(?P<escape>\\[\\`*_{}\[\]()#+\-.!|<>~])",
]), re.DOTALL)
_TAGS = re.compile("|".join([
    rf"(?P<pair>{_TAG_PAIR})",
    r"(?P<void></?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>)",
    r"(?P<ass>\{\\[^}]*\})",  # subtitle override codes such as {\an8}
]), re.DOTALL)


def markdown(b: Builder, s: str) -> None:
    """Markdown inline syntax (CommonMark's common cases) into `b`."""
    pos = 0
    for m in _MARKDOWN.finditer(s):
        b.text(s[pos : m.start()])
        if any(m.group(k) for k in ("code", "image", "autolink", "void", "url", "escape")):
            b.verbatim(m.group(0))
        elif m.group("link"):
            b.open("[", "]" + m.group("link_target"))
            markdown(b, m.group("link_text"))
            b.close()
        elif m.group("pair"):
            _pair(b, m, markdown)
        elif m.group("strong"):
            b.open(m.group("sdelim"), m.group("sdelim"))
            markdown(b, m.group("strong_inner"))
            b.close()
        elif m.group("em"):
            b.open(m.group("edelim"), m.group("edelim"))
            markdown(b, m.group("em_inner"))
            b.close()
        pos = m.end()
    b.text(s[pos:])


def tags(b: Builder, s: str) -> None:
    """HTML-style inline tags (pairs become spans; lone tags and {\\...} codes pass through)."""
    pos = 0
    for m in _TAGS.finditer(s):
        b.text(s[pos : m.start()])
        if m.group("pair"):
            _pair(b, m, tags)
        else:
            b.verbatim(m.group(0))
        pos = m.end()
    b.text(s[pos:])


def _pair(b: Builder, m: re.Match, inner) -> None:
    whole = m.group("pair")
    inside = m.group("tag_inner")
    start = whole.index(">") + 1
    open_tag, close_tag = whole[:start], whole[start + len(inside):]
    if m.group("tag").lower() in ("code", "kbd", "samp", "var", "script", "style"):
        b.verbatim(whole)
        return
    b.open(open_tag, close_tag)
    inner(b, inside)
    b.close()
