"""Language identification with py3langid (a maintained fork of langid.py; its model ships in the wheel)."""
from __future__ import annotations

import threading

from .langs import LANGUAGES

_lock = threading.Lock()
_models: dict[str, object] = {}


def _model(kind: str):
    with _lock:
        if kind not in _models:
            import py3langid.langid as L

            model = L.LanguageIdentifier.from_model_file(L.MODEL_FILE, norm_probs=True)
            if kind == "pair":
                model.set_languages(sorted(LANGUAGES))
            _models[kind] = model
        return _models[kind]


def detect(text: str) -> tuple[str, float]:
    """Which of our languages (vi, en) `text` is, with a probability between 0.5 and 1."""
    lang, prob = _model("pair").classify(text)
    return lang, float(prob)


def identify(text: str) -> tuple[str, float]:
    """The most likely of ~97 languages (ISO 639-1) and its probability: for spotting text in neither language."""
    lang, prob = _model("all").classify(text)
    return lang, float(prob)
