"""Parallel corpora: reading aligned files and the basic cleaning every training run goes through."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataError
from .manifest import sha256_file as sha256
from .text import normalize

TEST_DIRS = ("flores200", "iwslt15", "tatoeba_test")


@dataclass
class Corpus:
    name: str
    vi: list[str]
    en: list[str]
    files: dict[str, str] = field(default_factory=dict)  # path -> sha256


def read_lines(path: Path) -> list[str]:
    """Read a UTF-8 text file as lines; a clear error names the file and line on bad bytes."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a directory, expected a text file") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise DataError(f"{path}:{line}: not valid UTF-8 (byte {e.start})") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.rstrip("\r") for line in lines]


def read_pair(src: Path, tgt: Path) -> tuple[list[str], list[str]]:
    a, b = read_lines(src), read_lines(tgt)
    if len(a) != len(b):
        raise DataError(f"{src} has {len(a)} lines but {tgt} has {len(b)}: they must be aligned line by line")
    return a, b


def find_corpora(data_dir: Path) -> list[Path]:
    """Every sub-folder of `data_dir` with train.vi and train.en, test-set folders excluded."""
    if not data_dir.is_dir():
        raise DataError(f"data directory {data_dir} does not exist: pass --data-dir or set MT_DATA_DIR")
    dirs = sorted(d for d in data_dir.iterdir() if (d / "train.vi").is_file() and (d / "train.en").is_file())
    dirs = [d for d in dirs if d.name not in TEST_DIRS]
    if not dirs:
        raise DataError(f"no corpus in {data_dir}: expected folders holding train.vi and train.en")
    return dirs


def load_corpus(folder: Path) -> Corpus:
    vi, en = read_pair(folder / "train.vi", folder / "train.en")
    files = {str(folder / f"train.{x}"): sha256(folder / f"train.{x}") for x in ("vi", "en")}
    return Corpus(folder.name, vi, en, files)


def clean_pairs(vi: list[str], en: list[str], max_chars: int = 1000, max_ratio: float = 3.0):
    """Normalise and drop unusable pairs. Returns kept (vi, en) lists and counts per reason."""
    counts = {"kept": 0, "empty": 0, "too_long": 0, "length_ratio": 0, "same_both_sides": 0, "duplicate": 0}
    seen: set[tuple[str, str]] = set()
    out_vi, out_en = [], []
    for a, b in zip(vi, en):
        a, b = normalize(a), normalize(b)
        if not a or not b:
            reason = "empty"
        elif len(a) > max_chars or len(b) > max_chars:
            reason = "too_long"
        elif max(len(a), len(b)) > 10 and max(len(a), len(b)) > max_ratio * min(len(a), len(b)):
            reason = "length_ratio"
        elif a.casefold() == b.casefold():
            reason = "same_both_sides"
        elif (a, b) in seen:
            reason = "duplicate"
        else:
            reason = "kept"
            seen.add((a, b))
            out_vi.append(a)
            out_en.append(b)
        counts[reason] += 1
    return out_vi, out_en, counts
