"""The results file: one JSON object per line, one line per system x test set x direction, appended by every
`mt eval` run and read by `mt eval report`."""
from __future__ import annotations

import json
from pathlib import Path

from mt.errors import DataError
from mt.manifest import write_text


def append(path: str | Path, rows: list[dict]) -> Path:
    """Add rows to the file; the whole file is rewritten through a temp file, so no reader sees half a line."""
    path = Path(path)
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if old and not old.endswith("\n"):
        old += "\n"
    write_text(path, old + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return path


def read(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise DataError(f"no results file at {path}: run `mt eval` first (or pass --results)")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as e:
            raise DataError(f"{path}:{n}: not a JSON object ({e})") from None
        if not isinstance(row, dict) or not {"run", "system", "testset", "src", "tgt", "bleu"} <= set(row):
            raise DataError(f"{path}:{n}: not an `mt eval` result row")
        rows.append(row)
    if not rows:
        raise DataError(f"{path} holds no results")
    return rows


def select(rows: list[dict], run: str = "last") -> list[dict]:
    """The rows of one run ("last": the newest; "all": every run)."""
    if run == "all":
        return rows
    wanted = rows[-1]["run"] if run == "last" else run
    chosen = [r for r in rows if r["run"] == wanted]
    if not chosen:
        runs = ", ".join(dict.fromkeys(r["run"] for r in rows))
        raise DataError(f"no run {run!r} in the results (runs: {runs})")
    return chosen
