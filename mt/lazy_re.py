"""Regular expressions compiled on first use. The phrasebook's rule modules hold about 3,500 patterns; compiling them
all when `mt.phrasebook` is imported took about 3 s of the CLI's start on this machine, while a sentence needs only
the patterns of the few modules whose cheap key check it passes.

`lazy(pattern, flags)`, written where a module would write `re.compile(pattern, flags)`, returns a stand-in with the
pattern's text (`.pattern`, so patterns can still be built out of others) that compiles itself the first time any
other attribute is asked for, then keeps the compiled pattern's methods as its own, so later calls cost what calls on
a compiled pattern cost. A match's `.re` is the compiled pattern, not the stand-in: compare them with `==` (`m.re ==
_ASKED`), never `is`. A long-running server calls `compile_all()` in a background thread when it starts, so that its
first requests do not pay for the compiling.

    >>> p = lazy(r"(?P<n>\\d+) cats?")
    >>> p.pattern, p.fullmatch("3 cats")["n"], p.sub("#", "1 cat, 2 cats")
    ('(?P<n>\\\\d+) cats?', '3', '#, #')
"""
from __future__ import annotations

import re

_METHODS = ("match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner",
            "groups", "groupindex", "flags")
_MADE: list[LazyPattern] = []  # every stand-in, for compile_all


class LazyPattern:
    """A pattern's text and flags, compiled on first use."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    def compiled(self) -> re.Pattern:
        """The compiled pattern; compiled once, after which its methods are this stand-in's own."""
        if "match" not in self.__dict__:
            compiled = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                setattr(self, method, getattr(compiled, method))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str):
        # reached only for what is not set yet: the compiled pattern's methods before the first compile
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other) -> bool:
        # a match's `.re` is the compiled pattern: `m.re == _ASKED` tells which of the stand-ins matched
        return other is self or isinstance(other, re.Pattern) and other == self.compiled()

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled the first time it is used (what re.compile(pattern, flags) gives, later)."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compiles every stand-in made so far (those of the modules imported); the number compiled. A bad pattern is
    passed over: it raises where it is used, as it would have without this."""
    done = 0
    for p in [p for p in list(_MADE) if "match" not in p.__dict__]:
        try:
            p.compiled()
            done += 1
        except re.error:
            pass
    return done
