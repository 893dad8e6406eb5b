"""Cleaning filters: every pair is normalised, repaired, then kept or dropped under exactly one reason.

The reasons, in the order they are tried, are REASONS; docs/data.md explains each one and its settings. Counts add
up: kept + the dropped counts of every reason = pairs read. Nothing is dropped silently: pass `on_reject` (or
`mt data prepare --rejects FILE`) to see every dropped pair with its reason.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, NamedTuple

from ..errors import InputError
from ..text import normalize
from . import checks

REASONS = ("empty", "too_long", "length_ratio", "source_equals_target", "placeholder_mismatch", "markup_residue",
           "wrong_language", "test_leak", "duplicate", "near_duplicate")
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORDS = re.compile(r"[^\W\d_]+")  # letters only: numbers and codes say nothing about the language


@dataclass
class FilterConfig:
    """Settings of the filters; `disable` names reasons that are not applied."""

    max_chars: int = 1000  # too_long: either side longer than this many characters
    max_ratio: float = 3.0  # length_ratio: longer side over shorter side, in characters ...
    ratio_min_chars: int = 10  # ... once the longer side has more than this many (short labels vary a lot)
    repair: bool = True  # strip accelerator marks and rejoin tokenised clitics before filtering
    lang_min_chars: int = 20  # wrong_language: shorter texts are not judged (UI labels like "Edit" are ambiguous)
    lang_min_prob: float = 0.95  # ... a side is wrong when langid gives the other language at least this probability
    other_lang_min_chars: int = 40  # ... or a third language (of ~97) with at least other_lang_min_prob
    other_lang_min_prob: float = 0.99
    disable: tuple[str, ...] = ()

    def __post_init__(self):
        self.disable = tuple(self.disable)
        unknown = set(self.disable) - set(REASONS)
        if unknown:
            raise InputError(f"unknown filter {', '.join(sorted(unknown))}: choose from {', '.join(REASONS)}")
        if self.max_chars < 1 or self.max_ratio < 1:
            raise InputError("max-chars must be >= 1 and max-ratio >= 1")
        if not (0.5 <= self.lang_min_prob <= 1 and 0 <= self.other_lang_min_prob <= 1):
            raise InputError("lang-min-prob must be in [0.5, 1] and other-lang-min-prob in [0, 1]")

    def on(self, reason: str) -> bool:
        return reason not in self.disable

    def as_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["disable"] = list(self.disable)
        return d


class Pair(NamedTuple):
    vi: str
    en: str
    corpus: str
    origin: str  # FILE:LINE or NAME:LINE


def own_words(text: str, other: str) -> str:
    """The words of `text` that do not occur in `other` (case-folded), in order."""
    theirs = set(_WORDS.findall(other.casefold()))
    return " ".join(w for w in _WORDS.findall(text) if w.casefold() not in theirs)


def loose_key(text: str) -> str:
    """Case-folded letters and digits only: "Open File…" and "open file" share a key."""
    return _NOT_ALNUM.sub("", text.casefold())


class Cleaner:
    """Applies the filters to corpus after corpus; duplicates are found across all corpora it has seen.

    `leaks` is anything with `find(vi, en) -> str | None` (see leakage.LeakIndex); `on_reject(reason, pair,
    detail)` is called for every dropped pair."""

    def __init__(self, cfg: FilterConfig | None = None, leaks=None,
                 on_reject: Callable[[str, Pair, str], None] | None = None):
        self.cfg = cfg or FilterConfig()
        self.leaks = leaks
        self.on_reject = on_reject
        self.counts: dict[str, Counter] = {}
        self.repaired: Counter = Counter()
        self._seen: dict[tuple[str, str], str] = {}  # pair -> where it was first kept
        self._seen_loose: dict[tuple[str, str], str] = {}

    def clean(self, corpus) -> list[Pair]:
        counts = self.counts.setdefault(corpus.name, Counter({r: 0 for r in ("read", "kept", *REASONS)}))
        kept = []
        for i, (vi, en) in enumerate(zip(corpus.vi, corpus.en)):
            vi, en = _one_line(vi), _one_line(en)
            if self.cfg.repair:
                fixed = checks.repair(vi), checks.repair(en)
                if fixed != (vi, en):
                    self.repaired[corpus.name] += 1
                    vi, en = fixed
            pair = Pair(vi, en, corpus.name, corpus.origin(i))
            reason, detail = self.judge(vi, en, pair.origin)
            counts["read"] += 1
            counts[reason or "kept"] += 1
            if reason is None:
                kept.append(pair)
            elif self.on_reject:
                self.on_reject(reason, pair, detail)
        return kept

    def judge(self, vi: str, en: str, origin: str = "") -> tuple[str | None, str]:
        """The first reason to drop the (normalised) pair, with a detail; (None, "") keeps it."""
        on = self.cfg.on
        for reason, test in (("empty", self._empty), ("too_long", self._too_long),
                             ("length_ratio", self._ratio), ("source_equals_target", self._same),
                             ("placeholder_mismatch", checks.placeholder_mismatch),
                             ("markup_residue", self._residue), ("wrong_language", self._language),
                             ("test_leak", self._leak)):
            if on(reason):
                detail = test(vi, en)
                if detail:
                    return reason, detail
        key = (vi, en)
        if on("duplicate") and key in self._seen:
            return "duplicate", f"same pair as {self._seen[key]}"
        loose = (loose_key(vi), loose_key(en))
        if on("near_duplicate") and loose in self._seen_loose:
            return "near_duplicate", f"same pair up to case, punctuation and spacing as {self._seen_loose[loose]}"
        self._seen.setdefault(key, origin)
        self._seen_loose.setdefault(loose, origin)
        return None, ""

    # each test returns a non-empty detail string when the pair fails it
    def _empty(self, vi, en):
        return ("vi side empty" if not vi else "en side empty") if not (vi and en) else ""

    def _too_long(self, vi, en):
        n = max(len(vi), len(en))
        return f"{n} characters > {self.cfg.max_chars}" if n > self.cfg.max_chars else ""

    def _ratio(self, vi, en):
        short, long = sorted((len(vi), len(en)))
        if long > self.cfg.ratio_min_chars and long > self.cfg.max_ratio * short:
            return f"lengths {len(vi)} (vi) and {len(en)} (en): ratio {long / max(1, short):.1f}"
        return ""

    def _same(self, vi, en):
        return "same text on both sides" if loose_key(vi) == loose_key(en) else ""

    def _residue(self, vi, en):
        for side, text in (("vi", vi), ("en", en)):
            what = checks.residue(text)
            if what:
                return f"{what} on the {side} side"
        return ""

    def _language(self, vi, en):
        """Langid on what each side says of its own: words copied from the other side (names, quoted Vietnamese
        in an English sentence, code) are left out. A side with no word of its own is judged whole: an
        untranslated copy reads as the other language."""
        from ..langid import detect, identify

        cfg = self.cfg
        for want, other, text, other_text in (("vi", "en", vi, en), ("en", "vi", en, vi)):
            if len(text) < cfg.lang_min_chars:
                continue  # UI labels like "Edit" or "Name:" are too short to judge
            own = own_words(text, other_text) or text
            lang, prob = detect(own)
            if lang == other and prob >= cfg.lang_min_prob:
                return f"{want} side reads as {other} (p={prob:.3f})" + ("" if own is text else f": {own[:60]!r}")
            if len(own) >= cfg.other_lang_min_chars:
                lang, prob = identify(own)
                if lang not in ("vi", "en") and prob >= cfg.other_lang_min_prob:
                    return f"{want} side reads as {lang} (p={prob:.3f})"
        return ""

    def _leak(self, vi, en):
        return self.leaks.find(vi, en) if self.leaks is not None else ""


def _one_line(text: str) -> str:
    # a pair is one line of a training file: a newline inside a TSV/JSONL/gettext field becomes a space
    return normalize(text.replace("\r", " ").replace("\n", " "))


def clean_pairs(vi: list[str], en: list[str], max_chars: int = 1000, max_ratio: float = 3.0,
                cfg: FilterConfig | None = None):
    """Normalise and filter one list of pairs. Returns kept (vi, en) lists and counts per reason
    (`read` = `kept` + every reason)."""
    from .corpora import Corpus

    cfg = cfg or FilterConfig(max_chars=max_chars, max_ratio=max_ratio)
    cleaner = Cleaner(cfg)
    kept = cleaner.clean(Corpus("pairs", list(vi), list(en)))
    return [p.vi for p in kept], [p.en for p in kept], dict(cleaner.counts["pairs"])
