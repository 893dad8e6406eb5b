"""Settings read from the environment, in one table, read when called (never at import)."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

REPO_ROOT = Path(__file__).resolve().parent.parent

# name -> (environment variable, default, help)
ENV = {
    "data_dir": ("MT_DATA_DIR", str(REPO_ROOT.parent / "shared" / "data" / "vien"), "parallel data directory"),
    "model_dir": ("MT_MODEL_DIR", str(REPO_ROOT / "models" / "vien-base"), "CTranslate2 model directory to serve"),
    "device": ("MT_DEVICE", "cpu", "cpu or cuda"),
    "threads": ("MT_THREADS", "0", "CPU cores one batch is decoded on (0: 1, or cores / MT_WORKERS)"),
    "workers": ("MT_WORKERS", "0", "batches decoded at once on CPU, e.g. concurrent requests (0: one per core)"),
    "host": ("MT_HOST", "127.0.0.1", "web app host"),
    "port": ("MT_PORT", "7860", "web app port"),
    "screenshots": ("MT_SCREENSHOTS", "", "where the browser tests save screenshots (default: a temp dir)"),
    "cache_dir": ("MT_CACHE_DIR", str(REPO_ROOT / "runs" / "cache"), "learned tables (the lexical baseline)"),
    "eval_results": ("MT_EVAL_RESULTS", "runs/eval/results.jsonl", "JSONL file every `mt eval` run appends to"),
}


def setting(name: str) -> str:
    var, default, _ = ENV[name]
    return os.environ.get(var, default)


def int_setting(name: str) -> int:
    """A whole-number setting; a malformed value is the user's to fix, so it is named."""
    value = setting(name)
    try:
        return int(value)
    except ValueError:
        raise InputError(f"${ENV[name][0]} must be a whole number, not {value!r}") from None


def data_dir() -> Path:
    return Path(setting("data_dir"))


def bundled_model_dir() -> Path:
    return Path(setting("model_dir"))


def cache_dir() -> Path:
    return Path(setting("cache_dir"))
