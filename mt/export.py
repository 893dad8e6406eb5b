"""Hugging Face seq2seq checkpoint -> CTranslate2 model directory with tokenizer files and a manifest.

    mt export runs/base/model --out models/mine --quantization int8
    mt export facebook/nllb-200-distilled-600M --out models/nllb --quantization int8   # needs the hub or a local dir

The output directory holds model.bin + vocabulary (CTranslate2), source.spm/target.spm (SentencePiece) and mt.json,
the manifest `Translator` reads: model family, language codes, directions, quantization and provenance. The export
is written to a temporary directory beside the target and renamed at the end, so a failure leaves nothing behind.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from . import langs
from .errors import InputError, MissingDependency, ModelError
from .manifest import environment, replace_dir, sha256_file, source_tag, write_json
from .vocab import spare_token

QUANTIZATIONS = ("int8", "int8_float16", "int8_float32", "int8_bfloat16", "float16", "bfloat16", "float32")
MANIFEST = "mt.json"


def detect_family(hf_dir: Path) -> str:
    """Read config.json (and tokenizer_config.json) to name the model family."""
    try:
        config = json.loads((hf_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ModelError(f"{hf_dir} is not a Hugging Face model directory (config.json: {e})") from None
    tok_class = ""
    tok_path = hf_dir / "tokenizer_config.json"
    if tok_path.is_file():
        tok_class = json.loads(tok_path.read_text(encoding="utf-8")).get("tokenizer_class") or ""
    kind = config.get("model_type", "")
    if kind in ("m2m_100", "m2m100"):
        return "nllb" if "Nllb" in tok_class else "m2m100"
    if kind == "marian":
        return "marian"
    if kind == "mbart":
        return "mbart50"
    if kind in ("t5", "mt5"):
        return "t5"
    raise ModelError(f"{hf_dir}: model type {kind!r} is not supported (supported: m2m100, nllb, marian, mbart, t5)")


def _converter_class():
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise MissingDependency("ctranslate2", "serve") from None

    class Converter(TransformersConverter):
        """Works around tokenizers whose get_vocab() misses language tokens (M2M100Tokenizer under transformers 5),
        which CTranslate2's loader expects: we list the full id range of the model instead."""

        def load_model(self, model_class, model_name_or_path, **kwargs):
            # A checkpoint saved in float16 would otherwise give an int8_float16 model, which CPUs
            # cannot run natively (CTranslate2 converts it at every load, with a warning).
            import torch

            if self.quantization_target in ("int8", "int8_float32", "float32"):
                kwargs["dtype"] = torch.float32
            return super().load_model(model_class, model_name_or_path, **kwargs)

        def load_tokenizer(self, tokenizer_class, model_name_or_path, **kwargs):
            tok = super().load_tokenizer(tokenizer_class, model_name_or_path, **kwargs)
            size = self._vocab_size(model_name_or_path)
            if size and len(tok.get_vocab()) < size:
                return _FullVocab(tok, size)
            return tok

        @staticmethod
        def _vocab_size(path):
            from transformers import AutoConfig

            return getattr(AutoConfig.from_pretrained(path), "vocab_size", 0)

    return Converter


class _FullVocab:
    """A tokenizer proxy whose vocabulary covers ids 0..size-1; unused ids become 'madeupwordN'."""

    num_madeup_words = 0

    def __init__(self, tok, size: int):
        self._tok, self._size = tok, size

    def __getattr__(self, name):
        return getattr(self._tok, name)

    @property
    def special_tokens_map(self):
        return {k: v for k, v in self._tok.special_tokens_map.items() if k != "additional_special_tokens"}

    def get_vocab(self) -> dict:
        return {token: i for i, token in enumerate(id_tokens(self._tok, self._size))}


def id_tokens(tokenizer, size: int) -> list[str]:
    """Token of each id 0..size-1, as CTranslate2's vocabulary lists them after `mt export`: an id the tokenizer
    names like an earlier one (M2M100's spare ids read as <unk> in transformers 5) becomes 'madeupword<id>'."""
    tokens, seen = [], set()
    for i in range(size):
        token = tokenizer.convert_ids_to_tokens(i)
        token = spare_token(i) if token in seen else token
        seen.add(token)
        tokens.append(token)
    return tokens


def export(hf_dir: str | Path, out_dir: str | Path, quantization: str | None = "int8", force: bool = False,
           directions: list[str] | None = None, log=print) -> Path:
    """Convert `hf_dir` (a local directory or a hub id) to a CTranslate2 model in `out_dir`."""
    out_dir = Path(out_dir)
    if quantization not in (None, *QUANTIZATIONS):
        raise InputError(f"unknown quantization {quantization!r}: choose one of {', '.join(QUANTIZATIONS)}")
    if out_dir.exists() and not force:
        raise InputError(f"{out_dir} already exists: pass --force to replace it")
    source = resolve_source(hf_dir)
    family = detect_family(source)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.tmp-"))
    try:
        log(f"converting {hf_dir} ({family}) to CTranslate2, quantization {quantization or 'none'}")
        try:
            converter = _converter_class()(str(source))
            converter.quantization_target = quantization
            converter.convert(str(tmp), quantization=quantization, force=True)
        except (ValueError, OSError, KeyError) as e:
            raise ModelError(f"cannot convert {hf_dir}: {e}") from None
        _copy_spm(source, tmp, family)
        write_json(tmp / MANIFEST, _manifest(source, str(hf_dir), tmp, family, quantization, directions))
        replace_dir(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    log(f"wrote {out_dir}")
    return out_dir


def resolve_source(hf_dir: str | Path) -> Path:
    """A local checkpoint directory for `hf_dir`: the directory itself, or a hub id's download."""
    local = Path(hf_dir)
    if not local.exists() and not re.fullmatch(r"[\w.-]+/[\w.-]+", str(hf_dir)):
        raise ModelError(f"{hf_dir}: no such directory (and not a hub id like 'facebook/m2m100_418M')")
    return local if local.exists() else _download(str(hf_dir))


def _download(hub_id: str) -> Path:
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(hub_id, allow_patterns=["*.json", "*.model", "*.spm", "*.safetensors", "*.txt"]))
    except Exception as e:  # network errors come in many types; all mean the same to the user
        raise ModelError(f"cannot download {hub_id} from the Hugging Face hub ({type(e).__name__}): "
                         "pass a local directory instead") from None


def _copy_spm(source: Path, out: Path, family: str) -> None:
    """Every family's SentencePiece files, under one naming: source.spm (and target.spm if it differs)."""
    if (source / "source.spm").is_file():  # Marian keeps one model per side
        pairs = {"source.spm": source / "source.spm", "target.spm": source / "target.spm"}
    else:
        spm = source / "sentencepiece.bpe.model"
        if not spm.is_file() and (source / "spiece.model").is_file():  # T5's name for it
            spm = source / "spiece.model"
        if not spm.is_file():
            raise ModelError(f"{source}: no SentencePiece model (sentencepiece.bpe.model, spiece.model or source.spm) "
                             f"for {family}")
        pairs = {"source.spm": spm}  # one joint model: Translator uses source.spm for both sides
    for name, path in pairs.items():
        shutil.copyfile(path, out / name)


def _vocabulary(ct2_dir: Path) -> set[str]:
    tokens: set[str] = set()
    for name in ("shared_vocabulary.json", "source_vocabulary.json", "target_vocabulary.json"):
        if (ct2_dir / name).is_file():
            tokens.update(json.loads((ct2_dir / name).read_text(encoding="utf-8")))
    return tokens


def _manifest(source: Path, name: str, ct2_dir: Path, family: str, quantization, directions) -> dict:
    fam = langs.family(family)
    vocab = _vocabulary(ct2_dir)
    codes = langs.model_codes(fam, vocab)
    if family != "marian" and set(codes) != set(langs.LANGUAGES):
        missing = sorted(set(langs.LANGUAGES) - set(codes))
        raise ModelError(f"{name}: the vocabulary lacks the language tokens for {', '.join(missing)}")
    train_manifest = source / "mt_train.json"
    training = json.loads(train_manifest.read_text()) if train_manifest.is_file() else None
    # a fine-tuned model's manifest says which directions it was trained for
    directions = directions or (training or {}).get("directions") or langs.default_directions(family, name)
    weights = sorted(source.glob("*.safetensors")) or sorted(source.glob("*.bin"))
    return {
        "format": 1,
        "family": family,
        "codes": codes,
        "directions": directions,
        "quantization": quantization or "none",
        "source_checkpoint": name,
        "source_weights_sha256": {w.name: sha256_file(w) for w in weights},
        "source_tag": source_tag(training),
        "training": training,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "environment": environment(),
    }

