"""Reading parallel text: aligned line files, TSV and JSONL. Every error names the file and the line."""
from __future__ import annotations

import json
from pathlib import Path

from ..errors import DataError

LANGS = ("vi", "en")


def read_lines(path: Path) -> list[str]:
    """Read a UTF-8 text file as lines (split on "\\n" only, so U+2028 inside a line stays inside it)."""
    path = Path(path)
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
        raise DataError(f"{path}:{line}: not valid UTF-8 (byte {e.start}); re-encode the file as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark is not part of the first segment
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def read_pair(src: Path, tgt: Path) -> tuple[list[str], list[str]]:
    """Two line-aligned files; a count mismatch names the first line that has no partner."""
    a, b = read_lines(src), read_lines(tgt)
    if len(a) != len(b):
        longer = src if len(a) > len(b) else tgt
        raise DataError(f"{src} has {len(a)} lines but {tgt} has {len(b)}: they must be aligned line by line "
                        f"({longer}:{min(len(a), len(b)) + 1} is the first line without a partner)")
    return a, b


def read_tsv(path: Path, columns: tuple[str, str] | None = None) -> tuple[list[str], list[str]]:
    """A two-column TSV of (vi, en) pairs. A first line `vi<TAB>en` or `en<TAB>vi` names the column order;
    without one, `columns` (default vi, en) does."""
    lines = read_lines(path)
    start = 0
    if lines and tuple(x.strip().lower() for x in lines[0].split("\t")) in (LANGS, LANGS[::-1]):
        columns, start = tuple(x.strip().lower() for x in lines[0].split("\t")), 1
    columns = columns or LANGS
    vi, en = [], []
    for n, line in enumerate(lines[start:], start + 1):
        cells = line.split("\t")
        if len(cells) != 2:
            raise DataError(f"{path}:{n}: expected 2 tab-separated columns ({columns[0]}, {columns[1]}), "
                            f"found {len(cells)}")
        row = dict(zip(columns, cells))
        vi.append(row["vi"])
        en.append(row["en"])
    return vi, en


def read_jsonl(path: Path) -> tuple[list[str], list[str]]:
    """JSON Lines, one object per line with string fields "vi" and "en" (other fields are ignored)."""
    vi, en = [], []
    for n, line in enumerate(read_lines(path), 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            raise DataError(f"{path}:{n}: not valid JSON ({e.msg}); each line must be one object") from None
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in LANGS):
            raise DataError(f'{path}:{n}: expected an object with string fields "vi" and "en"')
        vi.append(obj["vi"])
        en.append(obj["en"])
    return vi, en
