"""Which rule modules of mt.phrasebook._RULES can take a sentence: each module's own key check, read faster.

A keyed module (`_KEYS = {"vi": lazy(r"(?i:nấu|đun|…)"), "en": …}`) takes nothing in which its `_KEYS[src]` finds
none of its words. Python's re cannot skip ahead through a case-insensitive alternation of words, so it tries each word
at every position of the sentence: about 16 µs on a FLORES line, which over 229 keyed modules was 1.4 ms of the rules'
1.8 ms a line (the review of stop 61). The same alternation matched case-sensitively on the sentence lower-cased once
skips straight to the positions whose letter can begin one of its words: about 2.5 µs.

`keys(modules, src)` gives each module with such a pattern for lower-cased text, or None where its key cannot be read so
(no `_KEYS` dict, a pattern not wholly case-insensitive, a capital letter or an escape that could hide one): a module
with None is always tried. `lowered(text)` is the sentence to look in, or None where lower-casing could make a quick key
miss what the module's own key finds (a letter that lower-cases to two, as "İ" does, or one that re's IGNORECASE equates
with another letter, as "ſ" with "s"): then every module is tried. The look only skips a module, never takes a
sentence: the module's own checks still decide.

    >>> quick(r"(?i:nấu|đun)").search(lowered("Mẹ Đun nước.")) is not None, quick(r"(?i:Nấu)"), quick(r"nấu")
    (True, None, None)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lazy_re import lazy

try:  # the letters that IGNORECASE equates beyond lower-casing: re._casefix from Python 3.11, sre_compile before
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover (Python 3.10)
    try:
        from sre_compile import _ignorecase_fixes as _EXTRA_CASES
    except ImportError:
        _EXTRA_CASES = None
# those letters beyond ASCII: a sentence or a key word with one is looked at the slow way
_ODD = None if _EXTRA_CASES is None else frozenset(
    chr(c) for key, equal in _EXTRA_CASES.items() for c in (key, *equal) if c > 127)
# what may stand after a backslash in a quick key: escapes that cannot stand for a capital letter ("\s", "\.", "\b")
_PLAIN_ESCAPE = lazy(r"\\(?:[^0-9A-Za-z]|[sSwWdDbBAZ])")
_GROUP_NAME = lazy(r"\(\?P(?:<\w+>|=\w+\))")


def quick(pattern: str) -> re.Pattern | None:
    """`pattern`, one case-insensitive group "(?i:…)" over the whole, as a case-sensitive pattern to search lower-cased
    text with; None for any other, and where its words may hold a capital or a letter of _ODD."""
    if _ODD is None or not (pattern.startswith("(?i:") and pattern.endswith(")")):
        return None
    inner = pattern[4:-1]
    bare = _PLAIN_ESCAPE.sub("", _GROUP_NAME.sub("(", inner))
    if "\\" in bare or any(c.isupper() or c in _ODD for c in bare):
        return None  # ("\u00c0" or "\x41" may be a capital; a capital never matches lower-cased text)
    try:
        # an inner part that compiles alone means the first group closes only at the end: "(?i:a)|(?i:b)" leaves
        # "a)|(?i:b", which does not
        return re.compile(inner)
    except re.error:
        return None


def lowered(text: str) -> str | None:
    """`text` lower-cased letter for letter, to search with quick keys; None where that could hide a key word."""
    low = text.lower()
    if _ODD is None or len(low) != len(text) or not low.isascii() and not _ODD.isdisjoint(low):
        return None
    return low


@lru_cache(maxsize=16)
def keys(modules: tuple, src: str) -> tuple[tuple[object, re.Pattern | None], ...]:
    """Each of `modules` with its quick key for sentences in `src`, or None (the module is always tried)."""
    def key(module) -> re.Pattern | None:
        own = getattr(module, "_KEYS", None)
        pattern = own.get(src) if isinstance(own, dict) else None
        return quick(pattern.pattern) if pattern is not None else None
    return tuple((module, key(module)) for module in modules)
