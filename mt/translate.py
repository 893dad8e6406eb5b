"""Translation on CTranslate2 + SentencePiece: no torch on this path.

    >>> from mt import Translator
    >>> t = Translator.load("models/vien-base")
    >>> t.translate(["Tôi yêu Hà Nội."], src="vi", tgt="en")

Inputs are split into lines (kept), lines into sentences, over-long sentences into chunks, so nothing is
truncated; empty lines pass through; outputs come back in input order.
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path

from . import config, langs
from .errors import InputError, MissingDependency, ModelError
from .text import normalize, split_sentences

MANIFEST = "mt.json"


@dataclass
class DecodeOptions:
    beam_size: int = 4
    length_penalty: float = 1.0
    max_batch_size: int = 32
    max_input_tokens: int = 200  # longer sentences are translated in chunks of this many pieces
    max_length_ratio: float = 2.0  # decode at most ratio * source length + 10 tokens

    def check(self) -> None:
        if self.beam_size < 1:
            raise InputError("beam size must be at least 1")
        if self.max_batch_size < 1 or self.max_input_tokens < 8:
            raise InputError("max batch size must be >= 1 and max input tokens >= 8")


class Translator:
    """A loaded CTranslate2 model with its tokenizers and manifest."""

    def __init__(self, path: Path, model, sp_source, sp_target, manifest: dict):
        self.path, self.model, self.sp_source, self.sp_target = path, model, sp_source, sp_target
        self.manifest = manifest
        self.family = langs.family(manifest["family"])
        self.codes = manifest.get("codes", {})
        self.directions = [tuple(d.split("-")) for d in manifest.get("directions", ["vi-en", "en-vi"])]

    @classmethod
    def load(cls, path: str | Path | None = None, device: str = "cpu", compute_type: str = "default",
             intra_threads: int = 0, inter_threads: int = 1) -> "Translator":
        """Load an exported model directory (default: the bundled model)."""
        path = Path(path) if path else config.bundled_model_dir()
        manifest = read_manifest(path)
        try:
            import ctranslate2
            import sentencepiece as spm
        except ImportError as e:
            raise MissingDependency(e.name or "ctranslate2", "serve") from None
        try:
            model = ctranslate2.Translator(str(path), device=device, compute_type=compute_type,
                                           intra_threads=intra_threads, inter_threads=inter_threads)
        except (RuntimeError, ValueError) as e:
            raise ModelError(f"cannot load the CTranslate2 model in {path}: {e}") from None
        try:
            sp_source = spm.SentencePieceProcessor(model_file=str(path / "source.spm"))
            target = path / "target.spm"
            sp_target = spm.SentencePieceProcessor(model_file=str(target)) if target.is_file() else sp_source
        except (OSError, RuntimeError) as e:
            raise ModelError(f"cannot load the SentencePiece model in {path}: {e}") from None
        return cls(path, model, sp_source, sp_target, manifest)

    # ------------------------------------------------------------ public API

    def translate(self, texts: str | list[str], src: str, tgt: str, beam_size: int = 4,
                  options: DecodeOptions | None = None) -> list[str]:
        """Translate each text from `src` to `tgt`; returns one string per input, in order."""
        if isinstance(texts, str):
            texts = [texts]
        self.check_direction(src, tgt)
        opts = options or DecodeOptions(beam_size=beam_size)
        opts.check()
        plans = [self._plan(text, opts) for text in texts]
        unique = list(dict.fromkeys(seg for plan in plans for line in plan for seg in line))
        done = dict(zip(unique, self._translate_segments(unique, src, tgt, opts)))
        return ["\n".join(" ".join(done[seg] for seg in line) for line in plan) for plan in plans]

    def check_direction(self, src: str, tgt: str) -> None:
        langs.check_pair(src, tgt)
        if (src, tgt) not in self.directions:
            have = ", ".join(f"{a}->{b}" for a, b in self.directions)
            raise InputError(f"this model translates {have}, not {src}->{tgt}")

    # ------------------------------------------------------------ internals

    def _plan(self, text: str, opts: DecodeOptions) -> list[list[tuple[str, ...]]]:
        """Lines -> sentences -> chunks of SentencePiece pieces (tuples, so they can key a dict)."""
        if not isinstance(text, str):
            raise InputError(f"expected text, got {type(text).__name__}")
        plan = []
        for line in normalize(text).split("\n"):
            segs = []
            for sentence in split_sentences(line):
                pieces = self.sp_source.encode(sentence, out_type=str)
                step = opts.max_input_tokens
                segs += [tuple(pieces[i : i + step]) for i in range(0, len(pieces), step)]
            plan.append(segs)
        return plan

    def _translate_segments(self, segments: list[tuple[str, ...]], src: str, tgt: str,
                            opts: DecodeOptions) -> list[str]:
        out: list[str] = [""] * len(segments)
        order = sorted(range(len(segments)), key=lambda i: len(segments[i]))
        prefix = self._target_prefix(src, tgt)
        for start in range(0, len(order), opts.max_batch_size):
            idx = order[start : start + opts.max_batch_size]
            batch = [self._source_tokens(list(segments[i]), src, tgt) for i in idx]
            longest = max(len(b) for b in batch)
            results = self.model.translate_batch(
                batch,
                target_prefix=[prefix] * len(batch) if prefix else None,
                beam_size=opts.beam_size,
                length_penalty=opts.length_penalty,
                max_decoding_length=int(opts.max_length_ratio * longest) + 10,
            )
            for i, result in zip(idx, results):
                pieces = result.hypotheses[0][len(prefix):]
                out[i] = self.sp_target.decode(pieces)
        return out

    def _source_tokens(self, pieces: list[str], src: str, tgt: str) -> list[str]:
        text = langs.source_text(self.family, src, tgt, self.codes)  # T5-style "vi:"; "" for other families
        lead = self.sp_source.encode(text, out_type=str) if text else []
        return langs.source_tokens(self.family, lead + pieces, src, tgt, self.codes)

    def _target_prefix(self, src: str, tgt: str) -> list[str]:
        text = langs.target_text(self.family, src, tgt, self.codes)
        lead = self.sp_target.encode(text, out_type=str) if text else []
        return langs.target_prefix(self.family, src, tgt, self.codes) + lead


def read_manifest(path: Path) -> dict:
    if not path.is_dir():
        raise ModelError(f"no model directory at {path}")
    mpath = path / MANIFEST
    if not mpath.is_file():
        raise ModelError(f"{path} is not an exported model (no {MANIFEST}): create one with `mt export`")
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as e:
        raise ModelError(f"{mpath} is corrupt: {e}") from None
    if not isinstance(manifest, dict) or "family" not in manifest:
        raise ModelError(f"{mpath} is corrupt: no model family")
    if not (path / "model.bin").is_file() or not (path / "source.spm").is_file():
        raise ModelError(f"{path} is incomplete: model.bin and source.spm are required")
    return manifest


_default: Translator | None = None
_lock = threading.Lock()


def translate(text: str | list[str], src: str = "vi", tgt: str = "en", model: str | Path | None = None,
              beam_size: int = 4):
    """One call: translate with the bundled model (loaded once) or the model dir given."""
    global _default
    if model is not None:
        translator = Translator.load(model)
    else:
        with _lock:
            if _default is None:
                _default = Translator.load()
            translator = _default
    out = translator.translate(text, src, tgt, beam_size=beam_size)
    return out[0] if isinstance(text, str) else out
