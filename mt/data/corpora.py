"""Named corpora: where each one lives, its domain and licence, and loading it from any supported layout.

Layouts: a folder with train.vi + train.en (as in ../shared/data/vien), a pair of aligned files PREFIX.vi +
PREFIX.en, a two-column .tsv, a .jsonl with "vi"/"en" fields, or gettext catalogues (.po/.mo, or a folder of them).
Back-translation also reads monolingual text: any other file, one sentence per line.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, InputError
from ..manifest import sha256_file
from .readers import read_jsonl, read_lines, read_pair, read_tsv

# Folders of a data directory that hold test sets, never training data.
TEST_DIRS = ("flores200", "iwslt15", "tatoeba_test")


@dataclass(frozen=True)
class CorpusInfo:
    name: str
    domain: str
    licence: str


# What we know about the corpora of ../shared/data/vien (see its README); other folders are loaded as "unknown".
REGISTRY = {c.name: c for c in (
    CorpusInfo("evbnews", "news, health, science", "research use (EVBCorpus; cite Ngo Quoc Hung et al.)"),
    CorpusInfo("debian_l10n", "software UI strings", "each string under its Debian package's licence"),
    CorpusInfo("libreoffice_help", "software documentation", "MPL-2.0"),
    CorpusInfo("tatoeba_manythings", "everyday sentences", "CC-BY 2.0 FR"),
)}


@dataclass
class Corpus:
    name: str
    vi: list[str]
    en: list[str]
    files: dict[str, str] = field(default_factory=dict)  # path -> sha256
    domain: str = "unknown"
    licence: str = "unknown"
    origins: list[str] | None = None  # where each pair came from; default NAME:LINE

    def origin(self, i: int) -> str:
        return self.origins[i] if self.origins is not None else f"{self.name}:{i + 1}"

    def __len__(self) -> int:
        return len(self.vi)


def find_corpora(data_dir: Path) -> list[Path]:
    """Every sub-folder of `data_dir` with train.vi and train.en, test-set folders excluded."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataError(f"data directory {data_dir} does not exist: pass --data-dir or set MT_DATA_DIR")
    dirs = sorted(d for d in data_dir.iterdir() if (d / "train.vi").is_file() and (d / "train.en").is_file())
    dirs = [d for d in dirs if d.name not in TEST_DIRS]
    if not dirs:
        raise DataError(f"no corpus in {data_dir}: expected folders holding train.vi and train.en")
    return dirs


def _info(name: str) -> dict:
    info = REGISTRY.get(name)
    return {"domain": info.domain, "licence": info.licence} if info else {}


def load_corpus(folder: Path, name: str | None = None) -> Corpus:
    """A corpus folder holding train.vi and train.en."""
    folder = Path(folder)
    name = name or folder.name
    vi, en = read_pair(folder / "train.vi", folder / "train.en")
    files = {str(folder / f"train.{x}"): sha256_file(folder / f"train.{x}") for x in ("vi", "en")}
    return Corpus(name, vi, en, files, **_info(name))


def load_source(path: str | Path, name: str | None = None) -> Corpus:
    """A corpus from any supported layout, chosen by what `path` is."""
    path = Path(path)
    name = name or path.name.split(".")[0] or "corpus"
    if path.is_dir():
        if (path / "train.vi").is_file() and (path / "train.en").is_file():
            return load_corpus(path, name)
        from .catalogs import find_catalogs, mine

        if find_catalogs(path):
            return mine(path, name=name)
        raise DataError(f"{path} holds neither train.vi + train.en nor gettext catalogues (.po/.mo)")
    suffix = path.suffix.lower()
    if suffix in (".po", ".mo"):
        from .catalogs import mine

        return mine(path, name=name)
    if suffix in (".tsv", ".jsonl"):
        vi, en = read_tsv(path) if suffix == ".tsv" else read_jsonl(path)
        return Corpus(name, vi, en, {str(path): sha256_file(path)}, **_info(name),
                      origins=[f"{path}:{i}" for i in range(1, len(vi) + 1)])
    vi_file, en_file = Path(f"{path}.vi"), Path(f"{path}.en")
    if vi_file.is_file() and en_file.is_file():
        vi, en = read_pair(vi_file, en_file)
        return Corpus(name, vi, en, {str(f): sha256_file(f) for f in (vi_file, en_file)}, **_info(name),
                      origins=[f"{vi_file}:{i}" for i in range(1, len(vi) + 1)])
    raise DataError(f"cannot read {path}: give a folder with train.vi/train.en, a PREFIX with PREFIX.vi and "
                    "PREFIX.en, a .tsv, a .jsonl, or .po/.mo catalogues")


def is_monolingual(path: str | Path) -> bool:
    """A plain text file (one sentence per line), not one of the parallel layouts."""
    path = Path(path)
    return path.is_file() and path.suffix.lower() not in (".tsv", ".jsonl", ".po", ".mo")


def load_monolingual(path: str | Path, lang: str, name: str | None = None) -> Corpus:
    """Text in one language, one sentence per line (blank lines dropped), as a corpus whose other side is empty:
    what back-translation reads when no parallel data exists."""
    path = Path(path)
    kept = [(i, line) for i, line in enumerate(read_lines(path), 1) if line.strip()]
    if not kept:
        raise DataError(f"{path} holds no text")
    text, empty = [line for _, line in kept], [""] * len(kept)
    vi, en = (text, empty) if lang == "vi" else (empty, text)
    return Corpus(name or path.name.split(".")[0] or "text", vi, en, {str(path): sha256_file(path)},
                  origins=[f"{path}:{i}" for i, _ in kept])


def parse_spec(spec: str) -> tuple[str | None, str]:
    """`NAME=PATH` or `PATH` (named after the file)."""
    name, sep, path = spec.partition("=")
    if not sep:
        return None, spec
    if not name or not path:
        raise InputError(f"expected NAME=PATH, not {spec!r}")
    return name, path


def gather(data_dir: Path | None, extra: list[str] = (), only: list[str] = ()) -> list[Corpus]:
    """The corpora of `data_dir` (when given) plus the sources in `extra`, optionally only those named."""
    corpora = [load_corpus(d) for d in find_corpora(data_dir)] if data_dir is not None else []
    for spec in extra:
        name, path = parse_spec(spec)
        corpora.append(load_source(path, name))
    names = [c.name for c in corpora]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise InputError(f"two corpora are named {', '.join(dupes)}: name them with NAME=PATH")
    if only:
        missing = sorted(set(only) - set(names))
        if missing:
            raise InputError(f"no corpus named {', '.join(missing)}; have {', '.join(names) or 'none'}")
        corpora = [c for c in corpora if c.name in only]
    if not corpora:
        raise DataError("no corpus to read: pass --data-dir or --add NAME=PATH")
    return corpora
