"""The lexical baseline: a phrase table learned from the training data, applied left to right.

    from eval.lexical import LexicalTranslator
    t = LexicalTranslator.load()            # learns the table on first use (a few minutes), then reads it back
    t.translate(["Tôi có hai con mèo."], src="vi", tgt="en")

What a score is worth when a system knows the words but no grammar: no reordering, no language model. The table
(eval/phrase_table.py: eflomal alignments, grow-diag-final-and, phrases of up to 3 words) lives in the cache
directory (`$MT_CACHE_DIR`, default runs/cache) under lexical/<data hash>/. Translation: the longest phrase in the
table starting at each position wins; its most frequent translation is written (a word best left untranslated,
NULL, is dropped); unknown words are copied. Capitals of the source are carried over.
"""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from mt import config
from mt.errors import DataError
from mt.langs import check_pair
from mt.text import normalize

_TOKEN = re.compile(r"\w+(?:[-'’.@/]\w+)*|[^\w\s]", re.UNICODE)
_NO_SPACE_BEFORE = re.compile(r" ([.,!?;:%)\]}»”’…])")
_NO_SPACE_AFTER = re.compile(r"([(\[{«“‘]) ")


def tokenize(text: str) -> list[str]:
    """Words (with inner hyphens, apostrophes, dots: e-mail, don't, 3.5) and punctuation marks."""
    return _TOKEN.findall(normalize(text))


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """tokenize()'s tokens of already normalised text, each with its start and end offset in it."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def detokenize(tokens: list[str]) -> str:
    text = " ".join(t for t in tokens if t)
    return _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", text))


class LexicalTranslator:
    """Translates with a learned table; the same `translate(texts, src, tgt)` call as mt.Translator."""

    def __init__(self, path: Path, tables: dict[str, dict[str, str]], manifest: dict):
        self.path, self.tables, self.manifest = path, tables, manifest
        self.max_phrase = int(manifest.get("max_phrase", 3))

    @classmethod
    def load(cls, path: str | Path | None = None, data_dir: Path | None = None, log=None) -> "LexicalTranslator":
        """Read the table in `path`, or the one learned from `data_dir` (learning it now if it is not cached)."""
        if path is None:
            from .phrase_table import data_fingerprint, learn, table_dir

            path = table_dir(data_fingerprint(Path(data_dir or config.data_dir()))[0])
            if not (path / "manifest.json").is_file():
                learn(data_dir, path, log)
        path = Path(path)
        try:
            manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
            tables = {d: _read_table(path / f"{d}.tsv.gz") for d in ("vi-en", "en-vi")}
        except (OSError, ValueError) as e:
            raise DataError(f"{path} is not a lexical table ({e}): delete it and it will be learned again") from None
        return cls(path, tables, manifest)

    def translate(self, texts: str | list[str], src: str, tgt: str, beam_size: int = 1, options=None) -> list[str]:
        """`beam_size`/`options` are accepted for a common interface and ignored: there is no search."""
        if isinstance(texts, str):
            texts = [texts]
        check_pair(src, tgt)
        table = self.tables[f"{src}-{tgt}"]
        return ["\n".join(self._line(line, table) for line in normalize(t).split("\n")) for t in texts]

    def _line(self, line: str, table: dict[str, str]) -> str:
        words = tokenize(line)
        out: list[str] = []
        i = 0
        while i < len(words):
            for n in range(min(self.max_phrase, len(words) - i), 0, -1):
                phrase = words[i : i + n]
                tgt = table.get(" ".join(phrase).lower())
                if tgt is not None:
                    if tgt:
                        out.append(_recase(phrase, tgt, first=i == 0))
                    break
            else:
                n = 1
                out.append(words[i])  # unknown: copied (names, numbers)
            i += n
        text = detokenize(out)
        if words and words[0][:1].isupper():
            text = text[:1].upper() + text[1:]
        return text


def _recase(phrase: list[str], tgt: str, first: bool) -> str:
    """A capitalised source phrase inside a sentence is a name: capitalise its translation too."""
    letters = [w for w in phrase if w[:1].isalpha()]
    if not first and letters and all(w[:1].isupper() for w in letters):
        return " ".join(w[:1].upper() + w[1:] for w in tgt.split(" "))
    return tgt


def _read_table(path: Path) -> dict[str, str]:
    """source phrase -> its most frequent translation (the first row of each source in the file)."""
    table: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            src, tgt, _n, _p = line.rstrip("\n").split("\t")
            table.setdefault(src, tgt)
    return table

