"""The systems `mt eval` compares, named by a short spec, all behind one `translate(texts, src, tgt)` call.

    copy                         the source, untranslated: what a score is worth when nothing is translated
    lexical                      a phrase table learned from the training data (eval/lexical.py): words, no grammar
    model                        the --model directory, else the bundled model (CTranslate2)
    ct2:DIR[@COMPUTE]            an `mt export` directory, run by CTranslate2 (COMPUTE: int8, float32, float16, ...)
    hf:DIR_OR_HUB_ID[@DTYPE]     a Hugging Face checkpoint run by transformers (DTYPE: float32, float16, bfloat16)
    DIR                          either kind, told apart by its files (mt.json: ct2; config.json: hf)
    LABEL=SPEC                   any of the above, shown as LABEL

A pretrained model zero-shot is `hf:facebook/nllb-200-distilled-600M` (or its `mt export` directory); a
fine-tuned one is its output directory. Runtimes/precisions of one model side by side:
`hf:models/vien-base-hf@float32 ct2:runs/vien-base-f32@float32 ct2:runs/vien-base-f32@int8 model`.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from mt import config
from mt.errors import InputError, ModelError
from mt.manifest import sha256_file
from mt.text import normalize

KINDS = ("copy", "lexical", "model", "ct2", "hf")
BASELINES = {
    "copy": "the source sentence, untranslated: the floor every system must clear",
    "lexical": "a phrase table learned from the training data (eflomal alignments, grow-diag-final-and,\n"
               "                            phrases of up to 3 words), applied left to right, longest match first:\n"
               "                            words without grammar",
}


@dataclass
class System:
    label: str
    kind: str  # one of KINDS ("model" resolves to "ct2")
    target: str = ""  # directory or hub id
    precision: str = ""  # CTranslate2 compute type or torch dtype; "" = the model's own
    translator: object = None
    manifest: dict = field(default_factory=dict)
    threads: int = 0  # CPU threads given to the runtime (0: its default)
    device: str = "cpu"

    @property
    def runtime(self) -> str | None:
        return {"ct2": "ctranslate2", "hf": "transformers"}.get(self.kind)

    @property
    def searches(self) -> bool:
        """Whether decoding settings (beam, length penalty, max length) apply to this system."""
        return self.kind in ("ct2", "hf")

    def translate(self, sources: list[str], src: str, tgt: str, options) -> tuple[list[str], float]:
        """Hypotheses and the seconds they took."""
        t0 = time.perf_counter()
        if self.kind == "copy":
            hyps = list(sources)
        else:
            hyps = self.translator.translate(sources, src, tgt, beam_size=options.beam_size, options=options)
        # scored in the references' normal form (test sets are read through `normalize`), so a spelling variant
        # such as the tone-mark placement in "hoà"/"hòa" is never counted as an error
        return [normalize(h.replace("\n", " ")) for h in hyps], time.perf_counter() - t0


def parse(spec: str) -> System:
    """A System from its spec (not loaded yet)."""
    label, _, rest = spec.partition("=") if re.match(r"^[\w .+-]+=", spec) else ("", "", spec)
    if not rest:
        raise InputError(f"empty system spec {spec!r}")
    head = re.match(rf"^({'|'.join(KINDS)})(?=$|[:@])", rest)
    kind = head.group(1) if head else ""
    target, _, precision = rest[len(kind):].removeprefix(":").partition("@")
    if kind in ("copy", "lexical") and (target or precision):
        raise InputError(f"system {kind!r} takes no model or precision (got {spec!r})")
    if kind == "model" and target:
        raise InputError(f"'model' means the --model directory; for another one write ct2:{target}")
    if not kind:  # a bare directory: tell the runtime from its files
        path = Path(target)
        if (path / "mt.json").is_file():
            kind = "ct2"
        elif (path / "config.json").is_file():
            kind = "hf"
        else:
            raise InputError(f"system {spec!r}: not copy, lexical, model, ct2:DIR, hf:DIR_OR_HUB_ID, nor a "
                             "directory holding mt.json (an `mt export`) or config.json (a checkpoint)")
    return System(label=label, kind=kind, target=target, precision=precision)


def load(system: System, model_dir: str | None = None, device: str | None = None, threads: int = 0,
         data_dir: Path | None = None, log=None) -> System:
    """Load what the system needs and fill in its label and manifest."""
    device = device or config.setting("device")
    system.threads, system.device = threads, device
    if system.kind == "copy":
        system.label = system.label or "copy"
    elif system.kind == "lexical":
        from .lexical import LexicalTranslator

        system.translator = LexicalTranslator.load(data_dir=data_dir, log=log)
        system.label = system.label or "lexical"
        system.manifest = {k: v for k, v in system.translator.manifest.items() if k != "environment"}
        system.manifest["path"] = str(system.translator.path)
    elif system.kind in ("model", "ct2"):
        _load_ct2(system, model_dir if system.kind == "model" else system.target, device, threads)
    else:
        _load_hf(system, device, threads)
    return system


def _load_ct2(system: System, path, device: str, threads: int) -> None:
    from mt.translate import Translator

    path = Path(path) if path else config.bundled_model_dir()
    system.kind, system.target = "ct2", str(path)
    # `threads` cores: as many batches side by side, one core each (see mt.translate.cpu_threads)
    t = Translator.load(path, device=device, compute_type=system.precision or "default",
                        intra_threads=1 if threads else 0, inter_threads=threads)
    system.translator = t
    shown = system.precision or t.manifest.get("quantization") or t.model.compute_type
    system.precision = t.model.compute_type  # what runs: int8_float32 is int8 weights, float32 activations
    system.label = system.label or f"{path.name} (ct2 {shown})"
    system.manifest = {"path": str(path), "runtime": "ctranslate2", "compute_type": system.precision,
                       "device": device, "model_bin_sha256": sha256_file(path / "model.bin"),
                       "mt_json": t.manifest}


def _load_hf(system: System, device: str, threads: int) -> None:
    from mt.hf_translate import HFTranslator

    dtype = system.precision or "float32"
    t = HFTranslator.load(system.target or None, device=device, dtype=dtype, threads=threads)
    system.translator, system.precision, system.target = t, dtype, str(t.path)
    system.label = system.label or f"{Path(str(t.path)).name} (hf {dtype})"
    local = Path(str(t.path))
    weights = sorted(local.glob("*.safetensors")) or sorted(local.glob("*.bin")) if local.is_dir() else []
    train = local / "mt_train.json"
    system.manifest = {"path": str(t.path), "runtime": "transformers", "dtype": dtype, "device": device,
                       "family": t.manifest["family"], "weights_sha256": {w.name: sha256_file(w) for w in weights},
                       "training": json.loads(train.read_text(encoding="utf-8")) if train.is_file() else None}


def reference_for(model_dir: str | None, log=None) -> str:
    """The float model an export came from: its manifest's source checkpoint, exported once to CTranslate2
    float32 (cached under $MT_CACHE_DIR/float32/). transformers would give the same translations (see
    mt/hf_translate.py) but decodes tens of times slower on a CPU."""
    from mt.export import export
    from mt.translate import read_manifest

    path = Path(model_dir) if model_dir else config.bundled_model_dir()
    manifest = read_manifest(path)
    source = manifest.get("source_checkpoint") or ""
    found = next((c for c in (Path(source), config.REPO_ROOT / source) if source and (c / "config.json").is_file()),
                 None)
    if found is None:
        raise ModelError(f"{path}: its source checkpoint {source!r} is not here; name the float model with "
                         "--reference (e.g. an `mt export --quantization float32` directory)")
    weights = manifest.get("source_weights_sha256") or {}
    key = (sorted(weights.values()) or [sha256_file(found / "config.json")])[0][:16]
    out = config.cache_dir() / "float32" / key
    if not (out / "model.bin").is_file():
        export(found, out, quantization="float32", force=True, log=log or (lambda m: None))
    return f"{found.name} float32=ct2:{out}@float32"
