"""Leakage: a training pair whose Vietnamese or English side is a line of a test set makes every score a lie.

Each side is compared with the same side of every registered test set (eval/testsets.py), twice: exactly as written,
and after `normalize` + `loose_key` (case, punctuation and spacing ignored, so a tokenised or re-cased copy is
caught too).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..text import normalize
from .filters import loose_key
from .readers import LANGS, read_pair


@dataclass(frozen=True)
class Leak:
    corpus: str
    origin: str
    side: str  # vi | en
    testset: str
    kind: str  # exact | normalised
    text: str


class LeakIndex:
    """The lines of the test sets, indexed for lookup by exact text and by normalised key."""

    def __init__(self):
        self.exact: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}  # line -> test set
        self.loose: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
        self.testsets: dict[str, str] = {}  # name -> folder it was read from
        self.missing: list[str] = []

    def add(self, name: str, vi: list[str], en: list[str]) -> None:
        for lang, lines in (("vi", vi), ("en", en)):
            for line in lines:
                if line.strip():
                    self.exact[lang].setdefault(line, name)
                    key = loose_key(normalize(line))
                    if key:
                        self.loose[lang].setdefault(key, name)

    @classmethod
    def build(cls, data_dir: Path | None = None) -> "LeakIndex":
        """Every registered test set found under `data_dir` or in the copies shipped in eval/data."""
        from eval import testsets

        index = cls()
        for ts in testsets.TESTSETS.values():
            for root in (data_dir, testsets.SHIPPED):
                folder = Path(root) / ts.folder if root is not None else None
                if folder is not None and (folder / f"{ts.stem}.vi").is_file():
                    index.add(ts.name, *read_pair(folder / f"{ts.stem}.vi", folder / f"{ts.stem}.en"))
                    index.testsets[ts.name] = str(folder)
                    break
            else:
                index.missing.append(ts.name)
        return index

    def lookup(self, side: str, raw: str, norm: str | None = None) -> tuple[str, str] | None:
        """(test set, kind) of the first match of one side's text, or None."""
        if raw in self.exact[side]:
            return self.exact[side][raw], "exact"
        key = loose_key(norm if norm is not None else normalize(raw))
        if key and key in self.loose[side]:
            return self.loose[side][key], "normalised"
        return None

    def find(self, vi: str, en: str) -> str:
        """A detail string naming the test set a (normalised) pair leaks into, or "" (the filters' interface)."""
        for side, text in (("vi", vi), ("en", en)):
            hit = self.lookup(side, text, text)
            if hit:
                return f"{side} side is a line of {hit[0]} ({hit[1]})"
        return ""


def find_leaks(corpora, index: LeakIndex) -> list[Leak]:
    """Every (pair, side) of the raw corpora that matches a test-set line, exactly or after normalisation."""
    leaks = []
    for corpus in corpora:
        for i, pair in enumerate(zip(corpus.vi, corpus.en)):
            for side, raw in zip(LANGS, pair):
                hit = index.lookup(side, raw)
                if hit:
                    leaks.append(Leak(corpus.name, corpus.origin(i), side, hit[0], hit[1], raw))
    return leaks
