"""Where the nearest place of a rule module's own is, or whether there is one near here, both ways: "Gần đây có tiệm
rửa xe không?" → "Is there a car wash near here?", "Tiệm photo gần nhất ở đâu?" → "Where's the nearest photocopy
shop?", "Ở đâu có máy photo?" → "Where is there a photocopier?", and back. A module builds the patterns around its
place (a regex with its own groups) and says the place it found in the other language (mt/car_washes.py,
mt/photocopies.py).

    >>> m = found(patterns(r"(?P<place>tiệm\\s+photo)"), "Gần đây có tiệm photo không?")
    >>> said(m, "photocopy shop"), said_vi(found(patterns_en("photocopy shop"), "Where is there a photocopy shop?"),
    ...                                    "tiệm photo")
    ('Is there a photocopy shop near here?', 'Ở đâu có tiệm photo?')
"""
from __future__ import annotations

import re

from .lazy_re import lazy
from .text import SOFTENED_END, capitalised, keyed


def patterns(place: str) -> list:
    """The Vietnamese shapes around `place`: near here asked, the nearest (or the one) asked where, where there is
    one."""
    return [lazy(rf"(?P<near>[Gg]ần\s+đây|[Qq]uanh\s+đây)\s+có\s+{place}(?:\s+nào)?\s+không{SOFTENED_END}"),
            lazy(rf"{place}(?P<nearest>\s+gần\s+nhất)?\s+ở\s+đâu{SOFTENED_END}"),
            lazy(rf"(?P<there>[Ởở]\s+đâu\s+có)\s+{place}{SOFTENED_END}")]


def patterns_en(place: str) -> list:
    """The English shapes around `place`: "Is there a … near here?", "Where's the (nearest) …?", "Where is there a
    …?"."""
    return [lazy(rf"Is\s+there\s+a\s+{place}\s+(?P<near>near\s+here|nearby|around\s+here)\s*\?+"),
            lazy(rf"Where(?:'s|\s+is)\s+the\s+(?P<nearest>nearest\s+)?{place}\s*\?+"),
            lazy(rf"(?P<there>Where\s+is\s+there)\s+a\s+{place}\s*\?+")]


def found(shapes: list, text: str) -> re.Match | None:
    """The first of `shapes` that matches all of `text`, a Vietnamese one only where it ends with "?"; None."""
    m = next((m for p in shapes if (m := p.fullmatch(text))), None)
    end = m and m.groupdict().get("end")
    return m if m and (end is None or "?" in end) else None


def said(m: re.Match, place: str) -> str:
    """A Vietnamese match of `patterns` in English, the place said `place` ("car wash")."""
    near, there = m.groupdict().get("near"), m.groupdict().get("there")
    if near:
        return f"Is there a {place} {'near' if keyed(near) == 'gần đây' else 'around'} here?"
    if there:
        return f"Where is there a {place}?"
    return f"Where's the {'nearest ' * bool(m['nearest'])}{place}?"


def said_vi(m: re.Match, place: str) -> str:
    """An English match of `patterns_en` in Vietnamese, the place said `place` ("tiệm rửa xe")."""
    near, there = m.groupdict().get("near"), m.groupdict().get("there")
    if near:
        return f"{'Quanh' if near.lower().startswith('around') else 'Gần'} đây có {place} không?"
    if there:
        return f"Ở đâu có {place}?"
    return f"{capitalised(place)}{' gần nhất' * bool(m['nearest'])} ở đâu?"
