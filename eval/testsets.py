"""Named test sets, read from the data directory or from the copies shipped in eval/data."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mt import config
from mt.data import read_lines, read_pair
from mt.errors import DataError, InputError
from mt.text import normalize

SHIPPED = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class TestSet:
    name: str
    folder: str
    stem: str  # files are FOLDER/STEM.vi and FOLDER/STEM.en
    domain: str
    licence: str


TESTSETS = {t.name: t for t in (
    TestSet("flores200-dev", "flores200", "dev", "wikipedia", "CC-BY-SA 4.0"),
    TestSet("flores200-devtest", "flores200", "devtest", "wikipedia", "CC-BY-SA 4.0"),
    # the detokenised files: a model's plain output is scored against them
    TestSet("iwslt15-tst2012", "iwslt15", "tst2012.detok", "ted", "CC BY-NC-ND"),
    TestSet("iwslt15-tst2013", "iwslt15", "tst2013.detok", "ted", "CC BY-NC-ND"),
    TestSet("tatoeba-test", "tatoeba_test", "test", "everyday", "CC-BY 2.0 FR"),
)}


def get(name: str) -> TestSet:
    try:
        return TESTSETS[name]
    except KeyError:
        raise InputError(f"unknown test set {name!r}: choose one of {', '.join(TESTSETS)}") from None


def locate(name: str, src: str, tgt: str, data_dir: Path | None = None) -> tuple[Path, Path]:
    """The source and reference files of a named test set in the direction src->tgt."""
    ts = get(name)
    for root in (data_dir or config.data_dir(), SHIPPED):
        folder = Path(root) / ts.folder
        if (folder / f"{ts.stem}.{src}").is_file():
            return folder / f"{ts.stem}.{src}", folder / f"{ts.stem}.{tgt}"
    raise DataError(f"test set {name} not found under {data_dir or config.data_dir()} or {SHIPPED}: "
                    "pass --data-dir or set MT_DATA_DIR")


def load(name: str, src: str, tgt: str, data_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """Source and reference lines (NFC-normalised) of a named test set in the direction src->tgt."""
    a, b = read_pair(*locate(name, src, tgt, data_dir))
    return [normalize(x) for x in a], [normalize(x) for x in b]


def domains(name: str, n: int, data_dir: Path | None = None) -> list[str]:
    """The domain of each segment: FLORES-200 names its source (wikinews, wikivoyage, wikibooks) in its metadata
    file; the other sets have one domain each."""
    ts = get(name)
    if ts.folder == "flores200":
        for root in (data_dir or config.data_dir(), SHIPPED):
            meta = Path(root) / ts.folder / f"metadata_{ts.stem}.tsv"
            if meta.is_file():
                rows = read_lines(meta)[1:]
                if len(rows) == n:
                    return [row.split("\t")[1] for row in rows]
    return [ts.domain] * n
