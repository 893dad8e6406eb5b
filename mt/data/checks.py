"""What a pair's text is made of beyond words: placeholders, markup tags, accelerator keys, tokenisation residue.

`placeholders` and `tags` return what must appear on both sides of a pair; `repair` removes the accelerator marks
and tokenisation artefacts that can be removed safely; `residue` names what is left that makes a pair unusable.
"""
from __future__ import annotations

import re
from collections import Counter

from ..text import join_clitics

# printf (%s, %d, %1$s, %(name)s, %-5.2f, %lu), Qt/KDE (%1), LibreOffice/Windows (%PRODUCTNAME, %VAR%),
# Python/C# braces ({0}, {name}, {}), shell/LibreOffice variables (${var}, $(ARG1)). `%%` is a literal percent.
# No space flag in printf: "50% of" would otherwise read as the conversion "% o".
_PLACEHOLDER = re.compile(
    r"%%"
    r"|%[A-Z][A-Z0-9_]{2,}%?"
    r"|%(?:\d+\$)?(?:\([\w.-]+\))?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGcrsaAp]"
    r"|%\d+"
    r"|\{\d*\}|\{[A-Za-z_][\w.]*(?:[!:][^{}\s]*)?\}"
    r"|\$\{[A-Za-z_]\w*\}|\$\([A-Za-z_]\w*\)"
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_.-]*)((?:\s[^<>]*)?)(/?)>")
_VOID_TAGS = {"br", "hr", "img", "input", "wbr"}


_PRINTF_PARTS = re.compile(r"%(?:\d+\$)?(\([\w.-]+\))?[-+#0]*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|h|ll|l|L|q|j|z|t)?([a-zA-Z])$")


def _canonical(p: str) -> str:
    """printf placeholders by name and conversion only: translators may reorder (%1$s) or re-pad (%5d, %.250s)."""
    m = _PRINTF_PARTS.match(p)
    return f"%{m.group(1) or ''}{m.group(2)}" if m and not p[1:].isupper() else p


def placeholders(text: str) -> Counter:
    return Counter(_canonical(m) for m in _PLACEHOLDER.findall(text) if m != "%%")


def tags(text: str) -> Counter:
    """Markup tags, by name: those closed in the same text, self-closing, with attributes, or void (<br>).
    A lone `<file>` or `<number>` is a metavariable that translators may translate, so it does not count."""
    found = _TAG.findall(text)
    closed = {name.lower() for slash, name, _, _ in found if slash}
    out = Counter()
    for slash, name, attrs, self_close in found:
        n = name.lower()
        if slash or self_close or "=" in attrs or n in closed or n in _VOID_TAGS:
            out[("/" if slash else "") + n] += 1
    return out


def placeholder_mismatch(a: str, b: str) -> str | None:
    """What differs between the placeholders or tags of two sides, or None when they agree."""
    pa, pb = placeholders(a), placeholders(b)
    if pa != pb:
        return f"placeholders {sorted(pa.elements())} vs {sorted(pb.elements())}"
    ta, tb = tags(a), tags(b)
    if ta != tb:
        return f"tags {sorted(ta.elements())} vs {sorted(tb.elements())}"
    return None


# ---- accelerator keys and tokenisation residue

_LETTER = r"[^\W\d_]"
# Vietnamese (and CJK) catalogues append the key in brackets: "Mở (_O)", "Lưu (&S)".
_BRACKET_KEY = re.compile(r"\s*\((?:_|&|~)[A-Za-z0-9]\)")
_UNDERSCORE_KEY = re.compile(rf"_(?={_LETTER})")
_AMP_KEY = re.compile(rf"&(?={_LETTER})(?![A-Za-z]+;)")  # not an entity left double-escaped
_TILDE_KEY = re.compile(rf"~(?={_LETTER})")
_MOSES = re.compile(r" @([-,.])@ ")
MAX_LABEL_WORDS = 8  # accelerators mark menu items and buttons: short labels only


def _strip_key(text: str, pattern: re.Pattern, mark: str) -> str:
    """Remove the one accelerator mark of a short label; leave texts with several or none unchanged."""
    if text.count(mark) != 1 or len(text.split()) > MAX_LABEL_WORDS:
        return text
    m = pattern.search(text)
    if not m:
        return text
    i = m.start()
    before, after = text[i - 1] if i else "", text[i + 1]
    # AT&T, R&D, TẬP_TIN, FILE_NAME: a mark between two capitals is part of a name, not a key
    if before.isupper() and after.isupper():
        return text
    return text[:i] + text[i + 1 :]


def repair(text: str) -> str:
    """Remove accelerator marks from short labels (_File, &File, ~File, Mở (_O)) and rejoin Moses-tokenised
    clitics and hyphens (does n't -> doesn't, @-@). Returns the text unchanged when nothing applies."""
    if "(" in text:
        text = _BRACKET_KEY.sub("", text)
    for pattern, mark in ((_UNDERSCORE_KEY, "_"), (_AMP_KEY, "&"), (_TILDE_KEY, "~")):
        if mark in text:
            text = _strip_key(text, pattern, mark)
    text = join_clitics(text)
    if "@" in text:
        text = _MOSES.sub(r"\1", text)
    return text


# What no clean sentence contains: broken or double-escaped entities (`lt;b&gt;`, `&amp;lt;`), accelerator marks
# in a short label that `repair` could not remove, bracketed keys, BPE joiners.
_RESIDUE = [
    ("broken entity", re.compile(r"(?<![&\w])(?:lt|gt|amp|quot|apos|nbsp);|&(?:lt|gt|amp|quot|apos|nbsp|#\d+);")),
    ("bracketed accelerator key", _BRACKET_KEY),
    ("tokenisation residue", re.compile(r" @[-,.]@ |\w@@ |(?<=\w) n't\b")),
]
# `_` is left out: in identifiers (_NET_WM_NAME, Mã_khách) it is not a key mark
_LABEL_KEY = re.compile(rf"(?:^|[\s(\[])[&~]{_LETTER}|{_LETTER}~{_LETTER}")


def residue(text: str) -> str | None:
    """The kind of markup residue in `text`, or None."""
    for what, pattern in _RESIDUE:
        if pattern.search(text):
            return what
    if len(text.split()) <= MAX_LABEL_WORDS and _LABEL_KEY.search(text):
        return "accelerator mark"
    return None
