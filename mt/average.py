"""Average the weights of models that grew from one start: a "model soup".

Continuations of one model (`mt train --init-from`) on different data mixes, or fine-tunings of one base, stay
close enough in weight space that their mean is a model too, and often a better one than each (Wortsman et al.,
2022). Models trained from different random starts cannot be averaged: the shapes match but the mean is noise.
This checks what it can (weights, vocabulary, attention heads, domain tags) and records each source's hash.

    >>> average(["models/vien-base-hf", "runs/a/model", "runs/b/model"], "runs/soup")
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from .errors import InputError, ModelError
from .manifest import environment, replace_dir, sha256_file, write_json
from .vocab import SPM_FILE

WEIGHTS = "model.safetensors"
TRAIN_MANIFEST = "mt_train.json"
# config.json settings that change what the weights mean without changing their shapes
SAME_CONFIG = ("model_type", "encoder_attention_heads", "decoder_attention_heads", "scale_embedding",
               "activation_function", "normalize_before")


def average(models: list[str | Path], out: str | Path, force: bool = False, log=print) -> Path:
    """Write the mean of `models`' weights to `out`, with the first model's config and tokenizer files."""
    paths, out = [Path(m) for m in models], Path(out)
    if len(paths) < 2:
        raise InputError("give at least two models to average")
    if out.resolve() in {p.resolve() for p in paths}:
        raise InputError(f"--out {out} is one of the models to average")
    if out.exists() and not force:
        raise InputError(f"{out} exists: use --force to replace it")
    for p in paths:
        _check_saved(p)
    trainings = [_training(p) for p in paths]
    _check_compatible(paths, trainings)
    mean, dtypes = mean_weights([p / WEIGHTS for p in paths], log=log)
    tmp = out.with_name(f".{out.name}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    try:
        _write(tmp, paths, {k: v.to(dtypes[k]) for k, v in mean.items()}, trainings)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # a failed write leaves neither a half model nor its folder
        raise
    replace_dir(tmp, out)
    log(f"wrote the average of {len(paths)} models to {out}")
    return out


def _write(tmp: Path, paths: list[Path], weights: dict, trainings: list[dict]) -> None:
    from safetensors.torch import save_file

    for f in paths[0].iterdir():  # config, generation config, tokenizer files
        if f.is_file() and f.name not in (WEIGHTS, TRAIN_MANIFEST):
            shutil.copy2(f, tmp / f.name)
    save_file(weights, str(tmp / WEIGHTS), metadata={"format": "pt"})
    write_json(tmp / TRAIN_MANIFEST, _manifest(paths, trainings))


def _check_saved(path: Path) -> None:
    for name in (WEIGHTS, "config.json", SPM_FILE):
        if not (path / name).is_file():
            raise InputError(f"{path}: not a model saved by `mt train` or `mt finetune` (no {name})")


def _training(path: Path) -> dict:
    f = path / TRAIN_MANIFEST
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else {}


def _check_compatible(paths: list[Path], trainings: list[dict]) -> None:
    first = paths[0]
    spm, cfg, tags = sha256_file(first / SPM_FILE), _config(first), trainings[0].get("domain_tags")
    for p, training in zip(paths[1:], trainings[1:]):
        if sha256_file(p / SPM_FILE) != spm:
            raise ModelError(f"{p} and {first} have different vocabularies: they cannot be averaged")
        other = _config(p)
        for key in SAME_CONFIG:
            if other.get(key) != cfg.get(key):
                raise ModelError(f"{p} and {first} differ in {key} ({other.get(key)!r} vs {cfg.get(key)!r})")
        if training.get("domain_tags") != tags:
            raise ModelError(f"{p} and {first} were trained with different domain tags")


def _config(path: Path) -> dict:
    return json.loads((path / "config.json").read_text(encoding="utf-8"))


def mean_weights(files: list[Path], device: str = "cpu", log=None) -> tuple[dict, dict]:
    """The float32 mean of safetensors files that hold the same weights (names and shapes), read one at a time,
    and the first file's dtypes. `mt train --average-last` uses it on its snapshots too."""
    from safetensors.torch import load_file

    total, dtypes = None, None
    for f in files:
        if log:
            log(f"reading {f}")
        weights = load_file(str(f), device=device)
        if total is None:
            total = {k: v.float() for k, v in weights.items()}
            dtypes = {k: v.dtype for k, v in weights.items()}
            continue
        if weights.keys() != total.keys():
            raise ModelError(f"{f} and {files[0]} hold different weights (names differ)")
        for k, v in weights.items():
            if v.shape != total[k].shape:
                raise ModelError(f"{f} and {files[0]} differ in the shape of {k}: {tuple(v.shape)} vs "
                                 f"{tuple(total[k].shape)}")
            total[k] += v.float()  # in float32: the sum of fp16 weights would lose precision
    return {k: v / len(files) for k, v in total.items()}, dtypes


def _manifest(paths: list[Path], trainings: list[dict]) -> dict:
    first = trainings[0]
    sources = []
    for p, t in zip(paths, trainings):
        sources.append({"path": str(p), "sha256": sha256_file(p / WEIGHTS), "kind": t.get("kind", "train"),
                        "steps": t.get("steps"), "train_seconds": t.get("train_seconds"),
                        "device_name": t.get("device_name"), "dev": t.get("dev"), "dev_loss": t.get("dev_loss"),
                        "upsample": (t.get("config") or {}).get("upsample"), "init_from": t.get("init_from")})
    # what export and the runtimes read (family, tags, directions) is the same in every source: the first's
    keep = {k: first[k] for k in ("family", "languages", "directions", "codes", "domain_tags") if k in first}
    # a back-translation tag any source learned stays the model's (the same vocabulary): later runs reuse it
    tag = next((t["one_way_tag"] for t in trainings if t.get("one_way_tag")), None)
    if tag:
        keep["one_way_tag"] = tag
    # the first source's config: the shape is every source's, the data and schedule are in averaged_from
    return {**keep, "kind": "average", "config": first.get("config"), "averaged_from": sources,
            "dev_loss": None, "environment": environment()}
