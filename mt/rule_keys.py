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

Even so, 238 quick keys searched one by one took 400–560 µs a FLORES line, for about ten that found a word. So each
quick key's literal beginnings are read from it as well (`starts`: "(?i:nấu|đun\\s+nước)" begins "nấu" or "đun"), and
`likely(low, modules, src)` looks for all of them in one pass over the sentence (one pattern, a trie of them): a
module none of whose beginnings is in the sentence cannot take it, and only the others' keys are searched.

    >>> quick(r"(?i:nấu|đun)").search(lowered("Mẹ Đun nước.")) is not None, quick(r"(?i:Nấu)"), quick(r"nấu")
    (True, None, None)
    >>> sorted(starts(quick(r"(?i:\\bnấu|đun\\s+nước|(?:ra|vào)\\s+bếp)"))), starts(quick(r"(?i:\\w+ing)"))
    (['nấu', 'ra', 'vào', 'đun'], None)
"""
from __future__ import annotations

import re
from functools import lru_cache, reduce, wraps
from operator import or_

from .lazy_re import lazy

try:  # re's own parser, to read the literal beginnings of a key: re._parser from Python 3.11, sre_parse before
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover (Python 3.10)
    import sre_constants as _sre
    import sre_parse as _sre_parse

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


PAIRS = (("vi", "en"), ("en", "vi"))


def key_checked(keys: dict, agreement: str | None = "asked"):
    """A keyed rule module's `translate`, called only for a pair it knows and on a sentence (words one space apart)
    in which `keys[src]` finds one of its words; None for any other. Each module, called alone (its tests, a check that
    switches rules off) as well as by mt.phrasebook, checks its own key: the opening 235 modules wrote out. A
    Vietnamese sentence that asks to be agreed with ("… nhỉ", mt.text.agreement_asked) is left too: by default
    ("asked") unless it is a question ("Đường này sửa xong chưa nhỉ?"), as a statement read plainly would lose the
    asking ("Tôi đang ôn thi nhỉ."; 220 modules passed "asked" before it was the default); always where `agreement`
    is "left"; never where it is None (a module that reads "nhỉ" itself, or that nothing showed taking it)."""
    def decorate(translate):
        @wraps(translate)
        def checked(text: str, src: str, tgt: str) -> str | None:
            text = " ".join(text.split())  # (words one space apart, as the tables key them: mt.phrasebook)
            if (src, tgt) not in PAIRS or not keys[src].search(text) or _agreeing(text, src, agreement):
                return None
            return translate(text, src, tgt)
        return checked
    return decorate


def agreement_checked(translate):
    """A rule module's `translate` that checks its own keys, leaving a Vietnamese statement that asks to be agreed
    with ("Tôi không quen cô ấy nhỉ.") as key_checked leaves it by default: read plainly, it would lose the asking
    (57 such modules took "nhỉ" statements through mt.text.SOFTENER's "nhỉ", meant for questions)."""
    @wraps(translate)
    def checked(text: str, src: str, tgt: str) -> str | None:
        return None if _agreeing(text.strip(), src, "asked") else translate(text, src, tgt)
    return checked


def _agreeing(text: str, src: str, agreement: str | None) -> bool:
    """Whether key_checked leaves `text` for asking to be agreed with (see there)."""
    from .text import agreement_asked  # (mt.text imports nothing of this module; kept here as key_checked's alone)

    return bool(agreement) and src == "vi" and agreement_asked(text) and (agreement == "left" or "?" not in text)


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


_MAX_STARTS = 64  # beginnings a key may spell out, past which the rest of it is not read ("[ạa][ạa]…")
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)  # ("\\b", "(?=…)": skipped, they match no letter)


def starts(key: re.Pattern) -> frozenset[str] | None:
    """The literal beginnings of quick `key`: every match of it begins with one of them. None where some match may
    begin with no literal letter ("\\w+ing", "(?:re)?do")."""
    heads, _ = _starts(_sre_parse.parse(key.pattern, key.flags))
    return None if "" in heads else frozenset(heads)


def _starts(items) -> tuple[set[str], bool]:
    """The literal beginnings of a parsed sequence, and whether each is all the sequence can match."""
    heads = {""}
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            ends, whole = {chr(arg)}, True
        elif op is _sre.IN and len(arg) <= 8 and all(kind is _sre.LITERAL for kind, _ in arg):
            ends, whole = {chr(c) for _, c in arg}, True  # ("[oó]")
        elif op is _sre.SUBPATTERN and not arg[1] and not arg[2]:  # (a group that changes no flag)
            ends, whole = _starts(arg[3])
        elif op is _sre.BRANCH:
            read = [_starts(branch) for branch in arg[1]]
            ends, whole = set().union(*(e for e, _ in read)), all(w for _, w in read)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and arg[0] >= 1:
            ends, whole = _starts(arg[2])[0], False  # ("\\s+", "a{2,}": it begins as one time through does)
        else:
            return heads, False
        if len(heads) * len(ends) > _MAX_STARTS:
            return heads, False
        heads = {head + end for head in heads for end in ends}
        if not whole:
            return heads, False
    return heads, True


@lru_cache(maxsize=16)
def _index(modules: tuple, src: str) -> tuple[int, re.Pattern, dict[str, int], tuple[tuple[str, int], ...]]:
    """For `likely`: the bits of the modules always tried; a pattern finding, at each place of a sentence, the longest
    beginning of two letters or more that stands there; for each such beginning, the bits of the modules any beginning
    it starts with lets in ("rain" lets in those of "ra" too); and the beginnings of one letter with their bits."""
    always, bits = 0, {}
    for i, (_, key) in enumerate(keys(modules, src)):
        heads = None if key is None else starts(key)
        if heads is None:
            always |= 1 << i
            continue
        for head in heads:
            bits[head] = bits.get(head, 0) | 1 << i
    longer = [head for head in bits if len(head) > 1]
    let_in = {head: reduce(or_, (bits[p] for p in longer if head.startswith(p))) for head in longer}
    # a lookahead, so that beginnings overlapping ("nấu ăn", "ăn") are each found
    found = re.compile(f"(?=({_trie(set(longer))}))") if longer else re.compile(r"(?!)")
    return always, found, let_in, tuple((head, b) for head, b in bits.items() if len(head) == 1)


def _trie(words: set[str]) -> str:
    """A pattern matching the longest of `words` that stands where it is tried: "ra|rain" as "ra(?:in|)"."""
    rests: dict[str, set[str]] = {}
    for word in words:
        if word:
            rests.setdefault(word[0], set()).add(word[1:])
    ways = [re.escape(first) + _trie(rest) for first, rest in sorted(rests.items())] + ([""] if "" in words else [])
    return ways[0] if len(ways) == 1 else f"(?:{'|'.join(ways)})"


def likely(low: str, modules: tuple, src: str) -> int:
    """The modules that may take lower-cased sentence `low`, as bits (bit i for `modules[i]`): those without a quick
    key or without literal beginnings, and those one of whose beginnings is in `low`. The others cannot take it."""
    may, found, let_in, singles = _index(modules, src)
    for match in found.finditer(low):
        may |= let_in[match.group(1)]
    for char, bits in singles:
        if char in low:
            may |= bits
    return may
