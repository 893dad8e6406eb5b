"""Fine-tune a pretrained translation model (NLLB-200, M2M100, OPUS-MT Marian, mBART-50, T5/envit5, or ours) on
Vietnamese<->English pairs from your domain, and know with numbers whether it helped.

    mt finetune --base models/vien-base-hf --data my.tsv --out runs/ft                 # full fine-tuning, both ways
    mt finetune --base facebook/nllb-200-distilled-600M --data corpus/ --lora --out runs/nllb-lora
    mt finetune --base Helsinki-NLP/opus-mt-vi-en --data my --direction vi-en --out runs/opus
    mt finetune --config ft.toml --out runs/ft                                         # every field of FinetuneConfig
    accelerate launch --multi_gpu --num_processes 8 -m mt finetune --base ... --out runs/big   # DDP, same flags
    mt export runs/ft/model --out models/mine --quantization int8                      # then serve it

Data (--data, --dev, --general): PREFIX (PREFIX.vi + PREFIX.en), a folder with train.vi/train.en, a .tsv
(vi<TAB>en, or a header row naming the columns), a .jsonl ({"vi": ..., "en": ...}), or a named test set
(flores200-dev, ...). Without --dev, the last --dev-size pairs of the data are the dev set (a contiguous tail,
so whole documents stay on one side), and training pairs equal to a dev line are dropped.

Every evaluation (before training, every --eval-every steps or each epoch, at the end) translates the domain dev
set and a general set (the forgetting guard, FLORES-200 dev by default) in every direction and scores them with
the eval suite's sacreBLEU code. Early stopping keeps the best dev checkpoint (chrF or BLEU) among those that lost
at most --max-forgetting chrF on the general set; the base model itself is the first candidate.

Layout of --out: finetune.toml (the resolved config), train.log (JSON lines), checkpoint/ (resumable, replaced
atomically; run the same command again to continue), best.safetensors (the trainable weights of the best
evaluation), adapter/ (LoRA only, unmerged), model/ (the result: a Hugging Face checkpoint with the adapter merged,
the base's tokenizer files and mt_train.json), manifest.json (a copy of model/mt_train.json).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import os
import shlex
import shutil
import sys
import time
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from . import config as mt_config
from . import langs
from .data import clean_pairs, read_lines, read_pair
from .errors import DataError, InputError, MissingDependency, ModelError
from .manifest import environment, sha256_file, write_json, write_text
from .text import normalize

METRICS = ("chrf", "bleu")
PRECISIONS = ("auto", "no", "bf16", "fp16")
# settings a resumed run must share with the run that wrote the checkpoint
RESUME_KEY = ("base", "data", "dev", "dev_size", "directions", "lora", "lora_r", "lora_alpha", "max_tokens",
              "grad_accum", "max_len", "seed")


@dataclass
class FinetuneConfig:
    base: str = ""  # hub id or local Hugging Face checkpoint directory
    data: list = field(default_factory=list)  # training data specs (see the module docstring)
    out: str = ""
    dev: list = field(default_factory=list)  # domain dev specs; empty: the tail of the data
    dev_size: int = 200  # pairs taken from the end of the data when --dev is not given
    general: str = "flores200-dev"  # the forgetting guard's general set; "" for none
    general_size: int = 200  # sentences of the general set scored (its first N); 0 = all
    data_dir: str = ""  # where named test sets live (default: MT_DATA_DIR, then eval/data)
    directions: list = field(default_factory=list)  # "vi-en", "en-vi"; empty: what the model does
    # method
    lora: bool = False
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    # optimisation
    lr: float = 0.0  # 0 = 1e-4 for full fine-tuning, 1e-3 for LoRA
    warmup_steps: int = 50
    weight_decay: float = 0.0
    label_smoothing: float = 0.1
    max_tokens: int = 4096  # padded source + target tokens per micro-batch, per process
    grad_accum: int = 1  # micro-batches per optimizer step
    max_len: int = 256  # tokens per side; longer training pairs are skipped
    epochs: float = 3.0
    max_steps: int = 0  # optimizer steps; overrides epochs when > 0
    time_budget: float = 0.0  # seconds of training in all (resumes count); 0 = none
    # evaluation and early stopping
    eval_every: int = 0  # optimizer steps between evaluations; 0 = once per epoch
    metric: str = "chrf"  # chrf | bleu: what early stopping maximises on the dev set
    patience: int = 3  # evaluations without improvement before stopping; 0 = never stop early
    keep: str = "best"  # best: the weights of the best evaluation | last: the final weights
    max_forgetting: float = 2.0  # chrF points the general set may lose against the base; 0 = report only
    eval_beam: int = 1
    eval_batch: int = 32
    # run
    precision: str = "auto"  # auto (bf16 where the hardware has it) | no | bf16 | fp16
    device: str = "auto"  # auto | cpu | cuda
    threads: int = 0  # CPU threads per process; 0 = torch's default (1 is much faster when other jobs share the cores)
    save_every: float = 600.0  # seconds between checkpoints (one is always written at the end)
    log_every: int = 10
    seed: int = 1
    save_dtype: str = "auto"  # auto (the base checkpoint's) | float32 | float16 | bfloat16

    def __post_init__(self):
        if not self.base:
            raise InputError("give the model to start from: --base HUB_ID_OR_DIR")
        if not self.data:
            raise InputError("give training data: --data FILE_OR_PREFIX")
        if not self.out:
            raise InputError("give an output directory: --out DIR")
        if self.epochs <= 0 and self.max_steps <= 0 and self.time_budget <= 0:
            raise InputError("give a budget: --epochs N, --max-steps N or --time-budget SECONDS")
        for name in ("max_tokens", "grad_accum", "max_len", "lora_r", "eval_beam", "eval_batch", "log_every"):
            if getattr(self, name) <= 0:
                raise InputError(f"{name.replace('_', '-')} must be positive")
        if self.keep not in ("best", "last"):
            raise InputError(f"keep must be best or last, not {self.keep!r}")
        if self.metric not in METRICS:
            raise InputError(f"metric must be one of {', '.join(METRICS)}, not {self.metric!r}")
        if self.precision not in PRECISIONS:
            raise InputError(f"precision must be one of {', '.join(PRECISIONS)}, not {self.precision!r}")
        if self.device not in ("auto", "cpu", "cuda"):
            raise InputError(f"device must be auto, cpu or cuda, not {self.device!r}")
        if self.save_dtype not in ("auto", "float32", "float16", "bfloat16"):
            raise InputError("save-dtype must be auto, float32, float16 or bfloat16")
        for d in self.directions:
            langs.check_pair(*_split_direction(d))
        if not self.dev and self.dev_size <= 0:
            raise InputError("give a dev set (--dev) or a positive --dev-size")

    def learning_rate(self) -> float:
        return self.lr or (1e-3 if self.lora else 1e-4)


def _split_direction(d: str) -> tuple[str, str]:
    src, _, tgt = str(d).partition("-")
    if not tgt:
        raise InputError(f"a direction is written vi-en or en-vi, not {d!r}")
    return src, tgt


def config_from(values: dict, toml_path: str | None = None) -> FinetuneConfig:
    """Defaults, then the TOML file's values, then `values` (None means 'not given')."""
    merged = {}
    if toml_path:
        merged.update(read_toml(Path(toml_path)))
    merged.update({k: v for k, v in values.items() if v is not None})
    names = {f.name for f in dataclasses.fields(FinetuneConfig)}
    unknown = sorted(set(merged) - names)
    if unknown:
        raise InputError(f"unknown setting(s) {', '.join(unknown)} in {toml_path or 'the arguments'}")
    for key in ("data", "dev", "directions"):
        if isinstance(merged.get(key), str):
            merged[key] = [merged[key]]
    return FinetuneConfig(**merged)


def read_toml(path: Path) -> dict:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            raise MissingDependency("tomli", "train") from None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"cannot read the config file {path}: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path} is not valid TOML: {e}") from None


def to_toml(cfg: FinetuneConfig) -> str:
    # JSON strings, numbers and string arrays are valid TOML values
    return "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n" for k, v in asdict(cfg).items())


def command_line(cfg: FinetuneConfig, world_size: int = 1) -> str:
    """The command that reproduces this run: every setting that differs from its default, as flags."""
    argv = ["mt", "finetune"]
    defaults = FinetuneConfig(base="x", data=["x"], out="x")
    for f in dataclasses.fields(FinetuneConfig):
        value = getattr(cfg, f.name)
        flag = "--" + {"directions": "direction"}.get(f.name, f.name).replace("_", "-")
        if f.name not in ("base", "data", "out") and value == getattr(defaults, f.name):
            continue
        if isinstance(value, bool):
            argv.append(flag if value else "--no-" + flag[2:])
        elif isinstance(value, list):
            argv += [flag, *map(str, value)]
        else:
            argv += [flag, str(value)]
    if world_size > 1:
        argv = ["accelerate", "launch", "--multi_gpu", "--num_processes", str(world_size), "-m", "mt"] + argv[1:]
    return shlex.join(argv)


# ---------------------------------------------------------------- data


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


def load_sets(cfg: FinetuneConfig) -> dict:
    """Training pairs (cleaned), the domain dev set and the general set, with what the manifest records."""
    data_dir = Path(cfg.data_dir) if cfg.data_dir else mt_config.data_dir()
    vi, en = [], []
    for spec in cfg.data:
        a, b = read_parallel(spec, data_dir)
        vi, en = vi + a, en + b
    if cfg.dev:
        dev_vi, dev_en = [], []
        for spec in cfg.dev:
            a, b = read_parallel(spec, data_dir)
            dev_vi, dev_en = dev_vi + a, dev_en + b
    else:
        if len(vi) <= cfg.dev_size:
            raise DataError(f"{len(vi)} pairs are too few to keep {cfg.dev_size} for dev: lower --dev-size or "
                            "give --dev")
        vi, en, dev_vi, dev_en = vi[: -cfg.dev_size], en[: -cfg.dev_size], vi[-cfg.dev_size:], en[-cfg.dev_size:]
    read = len(vi)
    # a training pair that repeats a dev line would inflate the dev score that early stopping trusts
    seen_vi, seen_en = set(dev_vi), set(dev_en)
    keep = [i for i in range(len(vi)) if vi[i] not in seen_vi and en[i] not in seen_en]
    overlap = len(vi) - len(keep)
    vi, en, counts = clean_pairs([vi[i] for i in keep], [en[i] for i in keep])
    counts["overlaps_dev"] = overlap
    if not vi:
        raise DataError(f"no usable training pairs in {', '.join(cfg.data)} ({counts})")
    sets = {"train": (vi, en), "dev": (dev_vi, dev_en)}
    record = {
        "train": {"specs": cfg.data, "pairs_read": read, "pairs": len(vi), "filter_counts": counts,
                  "sha256": text_hash(vi, en)},
        "dev": {"specs": cfg.dev or [f"last {cfg.dev_size} pairs of the data"], "pairs": len(dev_vi),
                "sha256": text_hash(dev_vi, dev_en)},
    }
    if cfg.general:
        gvi, gen = read_parallel(cfg.general, data_dir)
        if cfg.general_size:
            gvi, gen = gvi[: cfg.general_size], gen[: cfg.general_size]
        sets["general"] = (gvi, gen)
        record["general"] = {"specs": [cfg.general], "pairs": len(gvi), "sha256": text_hash(gvi, gen)}
    record["sha256"] = hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
    return {"sets": sets, "record": record}


# ---------------------------------------------------------------- model families -> token ids


def spm_files(model_dir: Path) -> tuple[Path, Path]:
    """Source and target SentencePiece models under each family's file names."""
    if (model_dir / "source.spm").is_file():  # Marian keeps one per side
        return model_dir / "source.spm", model_dir / "target.spm"
    for name in ("sentencepiece.bpe.model", "spiece.model"):
        if (model_dir / name).is_file():
            return model_dir / name, model_dir / name
    raise ModelError(f"{model_dir}: no SentencePiece model (sentencepiece.bpe.model, spiece.model or source.spm)")


class Codec:
    """Turns sentences into the ids a family's model reads and writes, with the same SentencePiece pieces and
    language marks that `Translator` uses at serving time (mt.langs), so training and serving agree."""

    def __init__(self, model_dir: Path, family_name: str):
        import sentencepiece as spm
        from transformers import AutoTokenizer

        self.fam = langs.family(family_name)
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        src_spm, tgt_spm = spm_files(model_dir)
        self.sp_src = spm.SentencePieceProcessor(model_file=str(src_spm))
        self.sp_tgt = spm.SentencePieceProcessor(model_file=str(tgt_spm))
        # Marian models with separate vocabularies number the target side on their own
        self.tgt_vocab = dict(self.tok.target_encoder) if getattr(self.tok, "separate_vocabs", False) else None
        self.unk = self.tok.unk_token_id
        self.eos = self.tok.eos_token or "</s>"
        known = {c for c in self.fam.codes.values() if self._src_ids([c])[0] != self.unk}
        self.codes = langs.model_codes(self.fam, known)

    def _src_ids(self, tokens: list[str]) -> list[int]:
        ids = self.tok.convert_tokens_to_ids(tokens)
        return [self.unk if i is None else i for i in ids]

    def _tgt_ids(self, tokens: list[str]) -> list[int]:
        if self.tgt_vocab is None:
            return self._src_ids(tokens)
        return [self.tgt_vocab.get(t, self.unk) for t in tokens]

    def check(self, directions: list[str]) -> None:
        if self.fam.name == "marian":
            return  # bilingual Marian models have no language tokens; multi-target ones get >>vie<< when present
        missing = sorted({lang for d in directions for lang in _split_direction(d)} - set(self.codes))
        if missing:
            raise ModelError(f"the model's vocabulary lacks the {self.fam.name} language tokens for "
                             f"{', '.join(missing)}")

    def source(self, text: str, src: str, tgt: str) -> list[int]:
        lead = langs.source_text(self.fam, src, tgt, self.codes)
        pieces = self.sp_src.encode(f"{lead} {text}" if lead else text, out_type=str)
        return self._src_ids(langs.source_tokens(self.fam, pieces, src, tgt, self.codes))

    def prefix(self, src: str, tgt: str) -> list[int]:
        """Target ids forced at the start of decoding (not learned): a language token or T5's "en:"."""
        lead = langs.target_text(self.fam, src, tgt, self.codes)
        pieces = self.sp_tgt.encode(lead, out_type=str) if lead else []
        return self._tgt_ids(langs.target_prefix(self.fam, src, tgt, self.codes) + pieces)

    def target(self, text: str, src: str, tgt: str) -> tuple[list[int], int]:
        """Target ids (forced prefix + pieces + </s>) and how many of them are forced."""
        prefix = self.prefix(src, tgt)
        return prefix + self._tgt_ids(self.sp_tgt.encode(text, out_type=str) + [self.eos]), len(prefix)

    def decode(self, ids: list[int]) -> str:
        eos = self._tgt_ids([self.eos])[0]
        if eos in ids:
            ids = ids[: ids.index(eos)]
        special = set(self.tok.all_special_ids)
        tokens = self.tok.convert_ids_to_tokens([i for i in ids if i not in special])
        return self.sp_tgt.decode([t for t in tokens if t])


def examples(codec: Codec, vi: list[str], en: list[str], directions: list[str], max_len: int):
    """(source ids, target ids, forced count) per pair and direction; pairs over max_len tokens are skipped."""
    out, skipped = [], 0
    for d in directions:
        src, tgt = _split_direction(d)
        texts = {"vi": vi, "en": en}
        for s, t in zip(texts[src], texts[tgt]):
            a = codec.source(s, src, tgt)
            b, forced = codec.target(t, src, tgt)
            if len(a) > max_len or len(b) > max_len:
                skipped += 1
                continue
            out.append((a, b, forced))
    return out, skipped


def make_batches(examples_: list, max_tokens: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Group examples of similar length so that each padded micro-batch holds about max_tokens tokens."""
    longest = np.array([max(len(a), len(b)) for a, b, _ in examples_], np.float64)
    order = np.argsort(longest + rng.random(len(longest)), kind="stable")  # shuffled within equal lengths
    batches, start = [], 0
    while start < len(order):
        end = start + 1
        while end < len(order) and (end - start + 1) * longest[order[end]] * 2 <= max_tokens:
            end += 1
        batches.append(order[start:end])
        start = end
    rng.shuffle(batches)
    return batches


def collate(batch: list, pad: int, start: int):
    """Padded encoder input, decoder input (the decoder start token, then the target shifted) and labels."""
    src = np.full((len(batch), max(len(a) for a, _, _ in batch)), pad, np.int64)
    dec = np.full((len(batch), max(len(b) for _, b, _ in batch)), pad, np.int64)
    lab = np.full_like(dec, -100)
    for k, (a, b, forced) in enumerate(batch):
        src[k, : len(a)] = a
        dec[k, 0] = start
        dec[k, 1 : len(b)] = b[:-1]
        lab[k, forced : len(b)] = b[forced:]  # forced tokens (language marks) are given, not learned
    return src, dec, lab


# ---------------------------------------------------------------- the run


def select(state: dict, result: dict, cfg: FinetuneConfig) -> tuple[bool, bool]:
    """Early stopping and the forgetting guard: record `result` (an evaluation) in `state`; return whether it is
    the new best, and whether the guard refused it (its general-set chrF fell more than cfg.max_forgetting below
    the base model's)."""
    base = state["history"][0] if state["history"] else result
    state["history"].append(result)
    value = result["dev"][cfg.metric]
    drop = base["general"]["chrf"] - result["general"]["chrf"] if "general" in result else 0.0
    result["general_drop"] = round(drop, 2)
    guarded = cfg.max_forgetting > 0 and drop > cfg.max_forgetting
    improved = (state["best"] is None or value > state["best"]) and not guarded
    if improved:
        state["best"], state["best_step"], state["bad_evals"] = value, result["step"], 0
    elif result["step"] > 0:
        state["bad_evals"] += 1
    if cfg.patience and state["bad_evals"] >= cfg.patience:
        state["stopped"] = f"early stop: no dev {cfg.metric} gain in {cfg.patience} evaluations"
    return improved, guarded


def _precision(cfg: FinetuneConfig, on_cuda: bool) -> str:
    from .train import cpu_has_bf16

    if cfg.precision != "auto":
        return cfg.precision
    if on_cuda:
        import torch

        return "bf16" if torch.cuda.is_bf16_supported() else "fp16"
    return "bf16" if cpu_has_bf16() else "no"


def _accelerator(cfg: FinetuneConfig):
    """One Accelerator per run. Under `accelerate launch` it joins the process group (DDP on GPUs, gloo on CPUs);
    alone it is a plain single-device setup."""
    try:
        import torch
        from accelerate import Accelerator
        from accelerate.state import AcceleratorState, PartialState
    except ImportError as e:
        raise MissingDependency(e.name or "accelerate", "train") from None
    if not PartialState().use_distributed:
        AcceleratorState._reset_state(reset_partial_state=True)  # a second run in one process may change precision
    cpu = cfg.device == "cpu" or (cfg.device == "auto" and not torch.cuda.is_available())
    if cfg.device == "cuda" and not torch.cuda.is_available():
        raise InputError("device cuda was asked for, but torch sees no GPU")
    return Accelerator(cpu=cpu, mixed_precision=_precision(cfg, not cpu))


class Finetuner:
    def __init__(self, cfg: FinetuneConfig, log):
        import torch
        from transformers import AutoModelForSeq2SeqLM

        from .export import detect_family, resolve_source

        self.cfg, self.torch = cfg, torch
        if cfg.threads:
            torch.set_num_threads(cfg.threads)
        self.out = Path(cfg.out)
        self.acc = _accelerator(cfg)
        self.main = self.acc.is_main_process
        self.log = log if self.main else (lambda msg: None)
        self.source = resolve_source(cfg.base)
        self.family = detect_family(self.source)
        self.directions = list(cfg.directions) or langs.default_directions(self.family, str(cfg.base))
        self.codec = Codec(self.source, self.family)
        self.codec.check(self.directions)
        loaded = load_sets(cfg)
        self.sets, self.data_record = loaded["sets"], loaded["record"]
        self.examples, skipped = examples(self.codec, *self.sets["train"], self.directions, cfg.max_len)
        self.data_record["train"]["skipped_too_long"] = skipped
        if not self.examples:
            raise DataError(f"every training pair is longer than max-len {cfg.max_len} tokens")
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(self.source, dtype=torch.float32)
        except (OSError, ValueError) as e:
            raise ModelError(f"cannot load {cfg.base}: {e}") from None
        self.start = model.config.decoder_start_token_id
        self.pad = model.config.pad_token_id
        if cfg.lora:
            model = self._with_lora(model)
        self.n_trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
        self.n_params = sum(p.numel() for p in model.parameters())
        opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=cfg.learning_rate(),
                                weight_decay=cfg.weight_decay)
        self.model, self.opt = self.acc.prepare(model, opt)
        self.world = self.acc.num_processes
        self.per_step = self.world * cfg.grad_accum  # micro-batches per optimizer step, all processes
        self.state = {"step": 0, "epoch": 0, "step_in_epoch": 0, "elapsed": 0.0, "best": None, "best_step": 0,
                      "bad_evals": 0, "history": [], "stopped": ""}
        self._resume()
        self.batches = self._epoch_batches(self.state["epoch"])
        # from epoch 0's batches, whichever epoch a resumed run starts in, so epoch boundaries never move
        self.steps_per_epoch = math.ceil(len(self._epoch_batches(0)) / self.per_step)
        self.total_steps = cfg.max_steps or (math.ceil(cfg.epochs * self.steps_per_epoch) if cfg.epochs > 0 else 0)
        self.eval_every = cfg.eval_every or self.steps_per_epoch

    def _with_lora(self, model):
        try:
            from peft import LoraConfig, get_peft_model
        except ImportError:
            raise MissingDependency("peft", "train") from None
        c = self.cfg
        return get_peft_model(model, LoraConfig(r=c.lora_r, lora_alpha=c.lora_alpha, lora_dropout=c.lora_dropout,
                                                target_modules="all-linear", task_type="SEQ_2_SEQ_LM"))

    def _epoch_batches(self, epoch: int):
        return make_batches(self.examples, self.cfg.max_tokens, np.random.default_rng(self.cfg.seed + epoch))

    # -- weights and checkpoints
    def trainable_state(self) -> dict:
        model = self.acc.unwrap_model(self.model)
        return {n: p.detach().cpu().contiguous() for n, p in model.named_parameters() if p.requires_grad}

    def load_trainable(self, path: Path) -> None:
        from safetensors.torch import load_file

        weights = load_file(str(path))  # on the CPU; load_state_dict copies them to the model's device
        missing = set(self.trainable_state()) - set(weights)
        if missing:
            raise ModelError(f"{path} does not match this model ({len(missing)} weights missing): use another --out")
        self.acc.unwrap_model(self.model).load_state_dict(weights, strict=False)

    def _save_trainable(self, path: Path) -> None:
        from safetensors.torch import save_file

        tmp = path.with_name(f".{path.name}.tmp")
        save_file(self.trainable_state(), str(tmp))
        os.replace(tmp, path)

    def save_checkpoint(self) -> None:
        if self.main:
            ck, tmp, old = (self.out / n for n in ("checkpoint", "checkpoint.tmp", "checkpoint.old"))
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            self._save_trainable(tmp / "trainable.safetensors")
            self.torch.save(self.opt.state_dict(), tmp / "optimizer.pt")
            if self.acc.scaler is not None:
                self.torch.save(self.acc.scaler.state_dict(), tmp / "scaler.pt")
            write_json(tmp / "state.json", {**self.state, "config": asdict(self.cfg)})
            shutil.rmtree(old, ignore_errors=True)
            if ck.exists():
                ck.rename(old)
            tmp.rename(ck)
            shutil.rmtree(old, ignore_errors=True)
        self.acc.wait_for_everyone()

    def _resume(self) -> None:
        ck = self.out / "checkpoint"
        if not (ck / "state.json").is_file():
            return
        saved = json.loads((ck / "state.json").read_text())
        then, now = saved["config"], asdict(self.cfg)
        changed = [k for k in RESUME_KEY if then.get(k) != now.get(k)]
        if changed:
            raise InputError(f"{ck} was written by a run with other {', '.join(changed)}: use another --out "
                             "(or delete the checkpoint)")
        self.load_trainable(ck / "trainable.safetensors")
        self.opt.load_state_dict(self.torch.load(ck / "optimizer.pt", map_location=self.acc.device))
        if self.acc.scaler is not None and (ck / "scaler.pt").is_file():
            self.acc.scaler.load_state_dict(self.torch.load(ck / "scaler.pt"))
        self.state = {k: saved[k] for k in self.state}
        if self.state["stopped"] == "budget reached":
            self.state["stopped"] = ""  # a larger budget continues; an early stop stays stopped
        self.log(f"resumed from {ck} at step {self.state['step']} ({self.state['elapsed']:.0f}s trained)")

    # -- translation and scores
    def translate(self, texts: list[str], src: str, tgt: str) -> list[str]:
        """Greedy (or --eval-beam) decoding with transformers; each process takes every world-th sentence."""
        from accelerate.utils import gather_object
        from transformers import GenerationConfig

        torch, cfg = self.torch, self.cfg
        model = self.acc.unwrap_model(self.model)
        model.eval()
        eos = self.codec._tgt_ids([self.codec.eos])[0]
        settings = dict(num_beams=cfg.eval_beam, do_sample=False, decoder_start_token_id=self.start,
                        eos_token_id=eos, pad_token_id=self.pad, length_penalty=1.0)
        prefix = [self.start] + self.codec.prefix(src, tgt)
        mine = sorted(range(self.acc.process_index, len(texts), self.world), key=lambda i: len(texts[i]))
        done = []
        for k in range(0, len(mine), cfg.eval_batch):
            idx = mine[k : k + cfg.eval_batch]
            ids = [self.codec.source(texts[i], src, tgt)[: cfg.max_len * 2] for i in idx]
            enc = np.full((len(ids), max(map(len, ids))), self.pad, np.int64)
            for r, row in enumerate(ids):
                enc[r, : len(row)] = row
            enc_t = torch.from_numpy(enc).to(self.acc.device)
            dec_t = torch.tensor([prefix] * len(idx), device=self.acc.device)
            with torch.no_grad(), self.acc.autocast():
                gen = GenerationConfig(**settings, max_new_tokens=2 * enc.shape[1] + 10)  # as Translator decodes
                out = model.generate(input_ids=enc_t, attention_mask=enc_t.ne(self.pad), decoder_input_ids=dec_t,
                                     generation_config=gen)
            done += [(i, self.codec.decode(row[len(prefix):])) for i, row in zip(idx, out.tolist())]
        model.train()
        hyps = dict(gather_object(done))
        return [hyps[i] for i in range(len(texts))]

    def evaluate(self) -> dict:
        from eval.metrics import score

        result = {"step": self.state["step"]}
        for name in ("dev", "general"):
            if name not in self.sets:
                continue
            vi, en = self.sets[name]
            per = {}
            for d in self.directions:
                src, tgt = _split_direction(d)
                texts = {"vi": vi, "en": en}
                per[d] = score(self.translate(texts[src], src, tgt), texts[tgt], tgt)
            self.signature = next(iter(per.values()))["signature"]
            result[name] = {m: round(sum(s[m] for s in per.values()) / len(per), 2) for m in METRICS}
            result[name]["directions"] = {d: {m: s[m] for m in METRICS} for d, s in per.items()}
        return result

    def _after_eval(self, result: dict) -> None:
        """Record the evaluation, keep the best weights, stop after --patience evaluations without a gain."""
        improved, guarded = select(self.state, result, self.cfg)
        if improved:
            if self.main:
                self._save_trainable(self.out / "best.safetensors")
            self.acc.wait_for_everyone()
        self._log_eval(result, guarded)

    def _log_eval(self, r: dict, guarded: bool) -> None:
        parts = [f"step {r['step']} | dev chrF {r['dev']['chrf']:.2f} BLEU {r['dev']['bleu']:.2f} ("
                 + ", ".join(f"{d} {s['chrf']:.1f}/{s['bleu']:.1f}" for d, s in r["dev"]["directions"].items())
                 + ")"]
        if "general" in r:
            parts.append(f"general chrF {r['general']['chrf']:.2f} BLEU {r['general']['bleu']:.2f} "
                         f"(chrF {-r['general_drop']:+.2f} vs base)" + (" FORGETTING: not kept" if guarded else ""))
        parts.append(f"best step {self.state['best_step']}")
        self.log(" | ".join(parts))
        self._jsonl({"eval": r})

    def _jsonl(self, obj) -> None:
        if self.main:
            with open(self.out / "train.log", "a", encoding="utf-8") as f:
                f.write(json.dumps(obj) + "\n")

    # -- the loop
    def progress(self) -> float:
        p = self.state["step"] / self.total_steps if self.total_steps else 0.0
        if self.cfg.time_budget:
            p = max(p, self.state["elapsed"] / self.cfg.time_budget)
        return p

    def lr_now(self) -> float:
        warm = min(1.0, (self.state["step"] + 1) / max(1, self.cfg.warmup_steps))
        return self.cfg.learning_rate() * warm * max(0.0, 1.0 - self.progress())  # linear decay to 0

    def train_step(self) -> tuple[float, int]:
        torch, cfg, st = self.torch, self.cfg, self.state
        torch.manual_seed(cfg.seed * 1_000_003 + st["step"] * self.world + self.acc.process_index)  # resumable dropout
        first = st["step_in_epoch"] * self.per_step
        micro = [self.batches[(first + a * self.world + self.acc.process_index) % len(self.batches)]
                 for a in range(cfg.grad_accum)]
        arrays = [collate([self.examples[i] for i in b], self.pad, self.start) for b in micro]
        ntok = sum(int((lab != -100).sum()) for _, _, lab in arrays)
        total = 0.0
        for a, (src, dec, lab) in enumerate(arrays):
            src, dec, lab = (torch.from_numpy(x).to(self.acc.device) for x in (src, dec, lab))
            sync = nullcontext() if a == len(arrays) - 1 else self.acc.no_sync(self.model)
            with sync:
                logits = self.model(input_ids=src, attention_mask=src.ne(self.pad), decoder_input_ids=dec).logits
                loss = torch.nn.functional.cross_entropy(logits.float().view(-1, logits.size(-1)), lab.view(-1),
                                                         ignore_index=-100, reduction="sum",
                                                         label_smoothing=cfg.label_smoothing) / max(1, ntok)
                self.acc.backward(loss)
            total += float(loss.detach())
        self.acc.clip_grad_norm_(self.model.parameters(), 1.0)
        self.opt.step()
        self.opt.zero_grad(set_to_none=True)
        st["step"] += 1
        st["step_in_epoch"] += 1
        if st["step_in_epoch"] >= self.steps_per_epoch:
            st["epoch"], st["step_in_epoch"] = st["epoch"] + 1, 0
            self.batches = self._epoch_batches(st["epoch"])
        return total, ntok

    def run(self) -> dict:
        cfg, st = self.cfg, self.state
        self.log(f"{self.family} model {cfg.base}: {self.n_params / 1e6:.1f}M parameters, "
                 f"{self.n_trainable / 1e6:.2f}M trained ({'LoRA' if cfg.lora else 'full'}); "
                 f"{len(self.examples)} examples ({', '.join(self.directions)}), {len(self.batches)} micro-batches "
                 f"= {self.steps_per_epoch} steps per epoch; {self.world} process(es) on {self.acc.device}, "
                 f"precision {self.acc.mixed_precision}")
        if not st["history"]:
            self.log("scoring the base model")
            self._after_eval(self.evaluate())
        self.model.train()
        t_save, t0, steps0 = time.time(), time.time(), st["step"]
        elapsed0, window, t_window = st["elapsed"], [0.0, 0, 0], time.time()
        while self.progress() < 1.0 and not st["stopped"]:
            self.opt_lr(self.lr_now())
            loss, ntok = self.train_step()
            st["elapsed"] = elapsed0 + time.time() - t0
            window = [window[0] + loss, window[1] + ntok, window[2] + 1]
            if st["step"] % cfg.log_every == 0:
                self._log_progress(window[0] / window[2], window[1] / max(1e-9, time.time() - t_window),
                                   (time.time() - t0) / (st["step"] - steps0))
                window, t_window = [0.0, 0, 0], time.time()
            if st["step"] % self.eval_every == 0:
                self._after_eval(self.evaluate())
            if time.time() - t_save >= cfg.save_every:
                self.save_checkpoint()
                t_save = time.time()
        if st["history"][-1]["step"] != st["step"]:
            self._after_eval(self.evaluate())
        st["stopped"] = st["stopped"] or "budget reached"
        self.log(st["stopped"])
        self.save_checkpoint()
        return st

    def opt_lr(self, lr: float) -> None:
        for g in self.opt.param_groups:
            g["lr"] = lr

    def _log_progress(self, loss: float, tok_s: float, s_per_step: float) -> None:
        st = self.state
        left = []
        if self.total_steps:
            left.append((self.total_steps - st["step"]) * s_per_step)
        if self.cfg.time_budget:
            left.append(self.cfg.time_budget - st["elapsed"])
        eta = f"ETA {max(0.0, min(left)) / 60:.1f} min" if left else ""
        of = f"/{self.total_steps} ({100 * st['step'] / self.total_steps:.0f}%)" if self.total_steps else ""
        epoch = st["epoch"] + st["step_in_epoch"] / self.steps_per_epoch
        self.log(f"step {st['step']}{of} | epoch {epoch:.2f} | loss {loss:.3f} | lr {self.lr_now():.1e} | "
                 f"{tok_s * self.world / 1000:.1f}k tgt tok/s | {st['elapsed'] / 60:.1f} min | {eta}")
        self._jsonl({"step": st["step"], "epoch": round(epoch, 3), "loss": loss, "tok_s": tok_s * self.world,
                     "elapsed": st["elapsed"]})

    # -- the result
    def save_model(self, command: str) -> Path:
        """OUT/model: best weights, adapter merged, in the base's dtype, with its tokenizer files and manifest."""
        st = self.state
        if self.cfg.keep == "best" and st["best_step"] != st["step"]:
            self.load_trainable(self.out / "best.safetensors")
            self.log(f"restored the weights of step {st['best_step']}, the best dev {self.cfg.metric}")
        final = self.out / "model"
        if self.main:
            model = self.acc.unwrap_model(self.model)
            if self.cfg.lora:
                self._save_adapter(model)
                model = model.merge_and_unload()  # plain weights: `mt export` converts them like any checkpoint
            tmp = self.out / "model.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            model.to(self._save_dtype()).save_pretrained(tmp)
            self._copy_tokenizer(tmp)
            manifest = self.manifest(command)
            write_json(tmp / "mt_train.json", manifest)
            shutil.rmtree(final, ignore_errors=True)
            tmp.rename(final)
            write_json(self.out / "manifest.json", manifest)
            self.log(f"saved {final}")
        self.acc.wait_for_everyone()
        return final

    def _save_adapter(self, peft_model) -> None:
        final, tmp = self.out / "adapter", self.out / "adapter.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        peft_model.save_pretrained(tmp)
        shutil.rmtree(final, ignore_errors=True)
        tmp.rename(final)

    def _save_dtype(self):
        name = self.cfg.save_dtype
        if name == "auto":
            base = json.loads((self.source / "config.json").read_text())
            name = base.get("dtype") or base.get("torch_dtype") or "float32"
        return getattr(self.torch, name if name in ("float16", "bfloat16") else "float32")

    def _copy_tokenizer(self, dest: Path) -> None:
        skip = {"config.json", "generation_config.json", "mt_train.json"}
        weights = (".safetensors", ".bin", ".pt", ".h5", ".msgpack", ".ot")
        for f in self.source.iterdir():
            if f.is_file() and f.name not in skip and not f.name.endswith(weights) and "index.json" not in f.name:
                shutil.copyfile(f, dest / f.name)

    def manifest(self, command: str) -> dict:
        st, h = self.state, self.state["history"]
        weights = sorted(self.source.glob("*.safetensors")) or sorted(self.source.glob("*.bin"))
        base_train = self.source / "mt_train.json"
        best = next(r for r in h if r["step"] == st["best_step"])
        kept = best if self.cfg.keep == "best" else h[-1]
        return {
            "kind": "finetune", "family": self.family, "languages": list(langs.LANGUAGES),
            "directions": self.directions, "codes": self.codec.codes,
            "method": "lora, merged" if self.cfg.lora else "full",
            "base": {"name": self.cfg.base, "path": str(self.source),
                     "weights_sha256": {w.name: sha256_file(w) for w in weights},
                     "training": json.loads(base_train.read_text()) if base_train.is_file() else None},
            "config": asdict(self.cfg), "learning_rate": self.cfg.learning_rate(), "seed": self.cfg.seed,
            "data": self.data_record, "data_sha256": self.data_record["sha256"],
            "parameters": self.n_params, "trainable_parameters": self.n_trainable,
            "steps": st["step"], "epochs": round(st["epoch"] + st["step_in_epoch"] / self.steps_per_epoch, 3),
            "train_seconds": round(st["elapsed"], 1), "world_size": self.world, "device": str(self.acc.device),
            "precision": self.acc.mixed_precision, "stopped": st["stopped"],
            "scores": {"how": f"transformers generate, beam {self.cfg.eval_beam}, mean over directions",
                       "signature": getattr(self, "signature", None), "base": h[0], "best": best,
                       "last": h[-1], "best_step": st["best_step"], "kept": kept, "kept_step": kept["step"],
                       "history": h},
            "command": command, "environment": environment(),
        }


def finetune(cfg: FinetuneConfig, log=None) -> Path:
    """Fine-tune cfg.base on cfg.data within the budget; return OUT/model (a Hugging Face checkpoint)."""
    try:
        import torch
    except ImportError:
        raise MissingDependency("torch", "train") from None
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    threads = torch.get_num_threads()
    try:
        tuner = Finetuner(cfg, log)
        if tuner.main:
            write_text(out / "finetune.toml", to_toml(cfg))
        tuner.run()
        return tuner.save_model(command_line(cfg, tuner.world))
    finally:
        torch.set_num_threads(threads)  # --threads applies to this run, not to the caller's process
