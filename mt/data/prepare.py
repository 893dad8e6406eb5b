"""Prepared data: the filtered corpora as deterministic train/dev splits with a manifest.

    mt data prepare --out data/prepared                     # every corpus of $MT_DATA_DIR
    mt data prepare --out data/mine --add mine=my.tsv --rejects data/mine.rejects.tsv
    mt train --prepared data/prepared --out runs/base --time-budget 3600

OUT holds train.vi, train.en, train.origin (corpus TAB file:line of each pair), dev.* alike, and manifest.json:
inputs with their sha256, the filter configuration and counts, the split settings, and the sha256 and line count
of every output. The dev split is the `dev_size` pairs with the smallest sha256(seed, vi, en): the same pairs
whatever order the corpora are read in, and a pair stays on its side of the split when other data is added.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError, InputError
from ..manifest import environment, read_json, replace_dir, sha256_file, write_json
from .filters import Cleaner, FilterConfig, Pair
from .readers import read_lines

FORMAT = "vien-mt prepared data 1"
SPLITS = ("train", "dev")
MANIFEST = "manifest.json"


@dataclass
class Prepared:
    train: list[Pair]
    dev: list[Pair]
    manifest: dict = field(default_factory=dict)
    manifest_sha256: str = ""  # of manifest.json as written (or as it would be): what a training run records

    def corpora(self) -> list[str]:
        return list(self.manifest.get("corpora", {}))


def manifest_bytes(manifest: dict) -> bytes:
    # the same bytes write_json writes, so the hash of the file equals the hash computed in memory
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _files(pairs: list[Pair]) -> dict[str, str]:
    return {"vi": "".join(p.vi + "\n" for p in pairs), "en": "".join(p.en + "\n" for p in pairs),
            "origin": "".join(f"{p.corpus}\t{p.origin}\n" for p in pairs)}


def _split(pairs: list[Pair], dev_size: int, seed: int) -> tuple[list[Pair], list[Pair]]:
    def rank(p: Pair) -> str:
        return hashlib.sha256(f"{seed}\0{p.vi}\0{p.en}".encode()).hexdigest()

    dev_ids = set(sorted(range(len(pairs)), key=lambda i: rank(pairs[i]))[:dev_size])
    train = [p for i, p in enumerate(pairs) if i not in dev_ids]
    dev = [p for i, p in enumerate(pairs) if i in dev_ids]
    return train, dev


def build(corpora, cfg: FilterConfig | None = None, dev_size: int = 1000, seed: int = 1, leaks=None,
          on_reject=None, log=lambda m: None) -> Prepared:
    """Filter `corpora` (in order) and split them; nothing is written."""
    if dev_size < 0:
        raise InputError("dev-size must be >= 0")
    cfg = cfg or FilterConfig()
    cleaner = Cleaner(cfg, leaks=leaks, on_reject=on_reject)
    pairs: list[Pair] = []
    for corpus in corpora:
        kept = cleaner.clean(corpus)
        pairs += kept
        log(f"{corpus.name}: kept {len(kept)} of {len(corpus)} pairs")
    if not pairs:
        raise DataError("no pair survived the filters: check the data and the filter settings")
    dev_size = min(dev_size, len(pairs) // 10)  # never more than a tenth of the data
    train, dev = _split(pairs, dev_size, seed)
    outputs = {}
    for split, chunk in (("train", train), ("dev", dev)):
        for ext, text in _files(chunk).items():
            outputs[f"{split}.{ext}"] = {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                                         "lines": len(chunk)}
    manifest = {
        "format": FORMAT,
        "corpora": {c.name: {"domain": c.domain, "licence": c.licence, "files": c.files, "pairs": len(c)}
                    for c in corpora},
        "filters": cfg.as_dict(),
        "counts": {name: dict(c) for name, c in cleaner.counts.items()},
        "repaired": dict(cleaner.repaired),
        "leak_check": ({"testsets": leaks.testsets, "missing": leaks.missing} if leaks is not None
                       else "off"),
        "split": {"dev_size": dev_size, "seed": seed, "train": len(train), "dev": len(dev)},
        "outputs": outputs,
        "environment": environment(),
    }
    return Prepared(train, dev, manifest, hashlib.sha256(manifest_bytes(manifest)).hexdigest())


def write(prepared: Prepared, out: Path, force: bool = False) -> Path:
    """Write the splits and manifest to `out` atomically (a temp folder renamed into place)."""
    out = Path(out)
    if out.exists() and not force:
        raise InputError(f"{out} already exists: pass --force to replace it")
    tmp = out.with_name(f".{out.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for split, chunk in (("train", prepared.train), ("dev", prepared.dev)):
        for ext, text in _files(chunk).items():
            (tmp / f"{split}.{ext}").write_text(text, encoding="utf-8")
    write_json(tmp / MANIFEST, prepared.manifest)
    replace_dir(tmp, out)
    return out


def read(folder: Path) -> Prepared:
    """Read a folder written by `write`, checking every file against the manifest's hash."""
    folder = Path(folder)
    mpath = folder / MANIFEST
    if not mpath.is_file():
        raise DataError(f"{folder} is not prepared data (no {MANIFEST}): make it with `mt data prepare`")
    manifest = read_json(mpath, DataError)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise DataError(f"{mpath} is not a {FORMAT!r} manifest")
    for name, meta in manifest["outputs"].items():
        path = folder / name
        if not path.is_file() or sha256_file(path) != meta["sha256"]:
            raise DataError(f"{path} is missing or changed since it was prepared: run `mt data prepare` again")
    splits = {}
    for split in SPLITS:
        vi, en, origin = (read_lines(folder / f"{split}.{ext}") for ext in ("vi", "en", "origin"))
        splits[split] = [Pair(v, e, *o.split("\t", 1)) for v, e, o in zip(vi, en, origin)]
    return Prepared(splits["train"], splits["dev"], manifest, sha256_file(mpath))
