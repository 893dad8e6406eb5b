"""Exported models on disk: finding them, describing them (manifest and eval scores), loading them once.

    >>> from mt.models import find_models, describe, ModelPool
    >>> find_models("models")                       # [Path('models/vien-base')]
    >>> print(describe("models/vien-base"))         # Markdown: what it is, how it was trained, its scores

Scores come from the manifest's "scores" list when an export recorded them, else from the "## Scores" table
of a model card (README.md beside or above the model directory whose title names the model).
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

from .errors import InputError, ModelError
from .translate import MANIFEST, Translator, read_manifest


def find_models(root: str | Path) -> list[Path]:
    """Model directories (holding mt.json and model.bin) directly under `root`, sorted by name."""
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(d for d in root.iterdir() if (d / MANIFEST).is_file() and (d / "model.bin").is_file())


def summary(path: str | Path) -> dict:
    """The facts about a model a user wants first, from its manifest."""
    path = Path(path)
    m = read_manifest(path)
    training = m.get("training") or {}
    cfg = training.get("config") or {}
    size = (path / "model.bin").stat().st_size
    facts = {
        "name": path.name,
        "family": m.get("family"),
        "directions": ", ".join(d.replace("-", "→") for d in m.get("directions", [])),
        "quantization": m.get("quantization"),
        "size": f"{size / 1e6:.1f} MB",
        "source checkpoint": m.get("source_checkpoint"),
        "created": m.get("created"),
    }
    if cfg:
        facts["architecture"] = (f"{cfg.get('encoder_layers')} encoder + {cfg.get('decoder_layers')} decoder layers, "
                                 f"d_model {cfg.get('d_model')}, {cfg.get('heads')} heads")
    if training.get("averaged_from"):
        facts["training"] = "the average of " + ", ".join(_source(a) for a in training["averaged_from"])
    elif training:
        facts["training"] = (f"{training.get('steps')} steps, {training.get('train_seconds')} s on "
                             f"{training.get('device_name') or training.get('device')}, "
                             f"{(training.get('data') or {}).get('pairs', '?')} sentence pairs")
        start = training.get("init_from")
        if isinstance(start, dict):  # a continuation: its start is named by hash, as the path may hold another now
            facts["training"] += f", continued from {_by_hash(start)}"
        if training.get("dev_loss") is not None:
            facts["dev loss"] = f"{training['dev_loss']:.3f} ({training.get('dev')})"
    return {k: v for k, v in facts.items() if v not in (None, "")}


def scores(path: str | Path) -> str:
    """Eval scores as a Markdown table, or "" when none are recorded."""
    path = Path(path)
    m = read_manifest(path)
    if m.get("scores"):
        rows = ["| test set | direction | BLEU | chrF |", "|---|---|---:|---:|"]
        rows += [f"| {s.get('testset')} | {s.get('src')}→{s.get('tgt')} | {s.get('bleu')} | {s.get('chrf')} |"
                 for s in m["scores"]]
        return "\n".join(rows)
    for card in (path / "README.md", path.parent / "README.md"):
        if card.is_file():
            text = card.read_text(encoding="utf-8")
            if re.search(rf"^#\s.*\b{re.escape(path.name)}\b", text, re.MULTILINE):
                return _section(text, "Scores")
    return ""


def _section(markdown: str, title: str) -> str:
    m = re.search(rf"^##\s+{re.escape(title)}\s*$(.*?)(?=^##\s|\Z)", markdown, re.MULTILINE | re.DOTALL)
    return m.group(1).strip() if m else ""


def describe(path: str | Path) -> str:
    """Markdown for a model-info panel."""
    facts = summary(path)
    lines = [f"### {facts.pop('name')}", "", "| | |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in facts.items()]
    table = scores(path)
    lines += ["", "#### Scores", "", table or "No scores recorded for this model: run `mt eval`."]
    return "\n".join(lines)


class ModelPool:
    """Translators by directory, loaded on first use and kept (a small model is ~30 MB)."""

    def __init__(self, default: Translator, root: str | Path | None = None, **load_kwargs):
        self.default = default
        self.root = Path(root) if root else Path(default.path).parent
        self._loaded = {str(Path(default.path).resolve()): default}
        self._lock = threading.Lock()
        self._load_kwargs = load_kwargs

    def choices(self) -> list[Path]:
        found = find_models(self.root)
        if Path(self.default.path).resolve() not in [p.resolve() for p in found]:
            found.insert(0, Path(self.default.path))
        return found

    def get(self, path: str | Path | None) -> Translator:
        if not path:
            return self.default
        key = str(Path(path).resolve())
        allowed = {str(p.resolve()) for p in self.choices()}
        if key not in allowed:
            raise InputError(f"unknown model {path}: choose one of {', '.join(p.name for p in self.choices())}")
        with self._lock:
            if key not in self._loaded:
                try:
                    self._loaded[key] = Translator.load(path, **self._load_kwargs)
                except ModelError as e:
                    raise ModelError(f"cannot use {Path(path).name}: {e}") from None
            return self._loaded[key]


def _source(a: dict) -> str:
    """One averaged model, as its manifest recorded it, named by its hash too: its path may hold another model by
    now (a soup with the bundled model replaces the bundled model in place)."""
    note = "itself an average; " if a.get("kind") == "average" else f"{a.get('steps')} steps; "
    return _by_hash(a, note)


def _by_hash(ref: dict, note: str = "") -> str:
    """A recorded model path with its hash: the path may hold another model by now."""
    return f"{ref.get('path')} ({note}sha256 {str(ref.get('sha256'))[:12]})"
