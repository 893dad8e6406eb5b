"""The parallel sets a fine-tuning run reads: training pairs, the domain dev set and the general set."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from .. import config as mt_config
from ..data import clean_pairs, read_lines, read_pair
from ..errors import DataError, InputError
from ..manifest import read_json
from ..text import normalize
from .config import FinetuneConfig, split_direction


def read_parallel(spec: str, data_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """(vi, en) lines of one data spec, NFC-normalised; the one place fine-tuning reads data."""
    from eval import testsets

    if spec in testsets.TESTSETS:
        return testsets.load(spec, "vi", "en", data_dir)
    path = Path(spec)
    if path.is_dir() and (path / "train.vi").is_file():
        vi, en = read_pair(path / "train.vi", path / "train.en")
    elif path.suffix == ".tsv" and path.is_file():
        vi, en = _read_tsv(path)
    elif path.suffix == ".jsonl" and path.is_file():
        vi, en = _read_jsonl(path)
    elif Path(f"{spec}.vi").is_file() or Path(f"{spec}.en").is_file():
        vi, en = read_pair(Path(f"{spec}.vi"), Path(f"{spec}.en"))
    else:
        raise DataError(f"{spec}: no such data: give PREFIX (PREFIX.vi + PREFIX.en), a folder with train.vi and "
                        "train.en, a .tsv, a .jsonl or a test set name")
    return [normalize(x) for x in vi], [normalize(x) for x in en]


def _read_tsv(path: Path) -> tuple[list[str], list[str]]:
    rows = [line.split("\t") for line in read_lines(path)]
    cols = (0, 1)
    if rows and {c.strip().lower() for c in rows[0]} >= {"vi", "en"}:
        header = [c.strip().lower() for c in rows.pop(0)]
        cols = (header.index("vi"), header.index("en"))
    vi, en = [], []
    for n, row in enumerate(rows, 1):
        if len(row) <= max(cols):
            raise DataError(f"{path}:{n}: expected tab-separated vi and en columns, found {len(row)} column(s)")
        vi.append(row[cols[0]])
        en.append(row[cols[1]])
    return vi, en


def _read_jsonl(path: Path) -> tuple[list[str], list[str]]:
    vi, en = [], []
    for n, line in enumerate(read_lines(path), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            obj = obj.get("translation", obj)  # the Hugging Face datasets layout
            vi.append(str(obj["vi"]))
            en.append(str(obj["en"]))
        except (ValueError, KeyError, AttributeError):
            raise DataError(f'{path}:{n}: expected a JSON object with "vi" and "en" fields') from None
    return vi, en


def text_hash(vi: list[str], en: list[str]) -> str:
    """A content hash of a parallel set: independent of where its files live."""
    h = hashlib.sha256()
    for line in vi + ["\0"] + en:
        h.update(line.encode("utf-8") + b"\n")
    return h.hexdigest()


def one_way_of(spec: str, cfg: FinetuneConfig) -> str:
    """The one direction a data spec trains ("" for both): --one-way, else a back-translation folder's own record."""
    from ..data.backtranslate import PROVENANCE

    if spec in cfg.one_way:
        return cfg.one_way[spec]
    record = Path(spec) / PROVENANCE
    if record.is_file():
        return str(read_json(record, DataError).get("one_way", ""))
    return ""


def load_sets(cfg: FinetuneConfig) -> dict:
    """Training pairs (cleaned) grouped by the direction they train ("" = both; one-way corpora under theirs), the
    --self-train corpora under the other direction, the domain dev set and the general set, with what the manifest
    records."""
    data_dir = Path(cfg.data_dir) if cfg.data_dir else mt_config.data_dir()
    groups, one_way, reverse = {}, {}, {}
    for spec in cfg.data:
        a, b = read_parallel(spec, data_dir)
        d = one_way_of(spec, cfg)
        if d:
            one_way[spec] = d
        vi, en = groups.get(d, ([], []))
        groups[d] = (vi + a, en + b)
        if spec in cfg.self_train:
            if not d:
                raise InputError(f"--self-train names {spec!r}, which is two-way data: it trains one-way data "
                                 "(--one-way, or an `mt data backtranslate` folder) the other way round too")
            back = _other(d)
            rvi, ren = reverse.get(back, ([], []))
            reverse[back] = (rvi + a, ren + b)
    vi, en = groups.get("", ([], []))
    if cfg.dev:
        dev_vi, dev_en = [], []
        for spec in cfg.dev:
            a, b = read_parallel(spec, data_dir)
            dev_vi, dev_en = dev_vi + a, dev_en + b
    else:
        # the dev tail comes from the two-way data: a synthetic side is no reference to score against
        if len(vi) <= cfg.dev_size:
            raise DataError(f"{len(vi)} two-way pairs are too few to keep {cfg.dev_size} for dev: lower --dev-size "
                            "or give --dev")
        vi, en, dev_vi, dev_en = vi[: -cfg.dev_size], en[: -cfg.dev_size], vi[-cfg.dev_size:], en[-cfg.dev_size:]
        groups[""] = (vi, en)
    read, counts, train = 0, Counter(), {}
    seen_vi, seen_en = set(dev_vi), set(dev_en)
    for d, (vi, en) in groups.items():
        read += len(vi)
        vi, en, kept_counts = _clean(vi, en, seen_vi, seen_en)
        counts.update(kept_counts)
        if vi:
            train[d] = (vi, en)
    # self-training: the same pairs from their real side into their machine-made one, cleaned like the rest
    self_train = {d: _clean(vi, en, seen_vi, seen_en)[:2] for d, (vi, en) in reverse.items()}
    self_train = {d: kept for d, kept in self_train.items() if kept[0]}
    pairs = sum(len(v) for v, _ in train.values())
    if not pairs:
        raise DataError(f"no usable training pairs in {', '.join(cfg.data)} ({dict(counts)})")
    sets = {"train": train, "self_train": self_train, "dev": (dev_vi, dev_en)}
    record = {
        "train": {"specs": cfg.data, "pairs_read": read, "pairs": pairs, "filter_counts": dict(counts),
                  "sha256": text_hash(*_joined(train))},
        "dev": {"specs": cfg.dev or [f"last {cfg.dev_size} {'two-way ' if one_way else ''}pairs of the data"],
                "pairs": len(dev_vi),
                "sha256": text_hash(dev_vi, dev_en)},
    }
    if one_way:
        record["train"]["one_way"] = one_way
        record["train"]["pairs_by_direction"] = {d or "both": len(v) for d, (v, _) in train.items()}
    if self_train:
        record["train"]["self_train"] = {spec: _other(one_way[spec]) for spec in cfg.self_train}
        record["train"]["self_train_pairs"] = {d: len(v) for d, (v, _) in self_train.items()}
    if cfg.general:
        gvi, gen = read_parallel(cfg.general, data_dir)
        if cfg.general_size:
            gvi, gen = gvi[: cfg.general_size], gen[: cfg.general_size]
        sets["general"] = (gvi, gen)
        record["general"] = {"specs": [cfg.general], "pairs": len(gvi), "sha256": text_hash(gvi, gen)}
    record["sha256"] = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
    return {"sets": sets, "record": record}


def _other(direction: str) -> str:
    src, tgt = split_direction(direction)
    return f"{tgt}-{src}"


def _clean(vi: list[str], en: list[str], dev_vi: set, dev_en: set) -> tuple[list[str], list[str], dict]:
    # a training pair that repeats a dev line would inflate the dev score that early stopping trusts
    keep = [i for i in range(len(vi)) if vi[i] not in dev_vi and en[i] not in dev_en]
    overlap = len(vi) - len(keep)
    vi, en, counts = clean_pairs([vi[i] for i in keep], [en[i] for i in keep])
    counts["overlaps_dev"] = overlap
    return vi, en, counts


def _joined(train: dict) -> tuple[list[str], list[str]]:
    # direction groups in a fixed order, with the direction marked, so the hash changes when a spec's direction does
    vi, en = [], []
    for d in sorted(train):
        vi += [f"{d}\t{x}" if d else x for x in train[d][0]]
        en += train[d][1]
    return vi, en
