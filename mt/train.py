"""Train a compact bidirectional vi<->en transformer from scratch (the bundled model's recipe).

    mt train --out runs/base --time-budget 3600          # prepare data, train for an hour, save runs/base/model
    mt train --out runs/base --time-budget 7200          # resume the same run from its checkpoint, to 2h in all
    mt train --out runs/tiny --max-pairs 2000 --vocab-size 1000 --d-model 64 --max-steps 50   # smoke test
    mt data prepare --out data/prepared && mt train --prepared data/prepared --out runs/p --time-budget 3600

The model is an M2M100-architecture transformer (pre-norm, sinusoidal positions, tied embeddings) with a joint
SentencePiece vocabulary; the target language is forced as the first decoder token (`__vi__`/`__en__`), so one
model serves both directions and loads, fine-tunes and exports exactly like facebook/m2m100 checkpoints.

Layout of --out: data/ (the encoded corpus and the prepared data's manifest: reused, and the only thing a remote
GPU run needs), checkpoint/ (resumable state, replaced atomically), model/ (the final Hugging Face checkpoint +
tokenizer + manifest), train.log (one JSON object per log line). A resume must keep the model, data-mix and seed
settings of the run (RESUME_KEY); it may change the budget, the learning rate and the dropout.
"""
from __future__ import annotations

import json
import math
import os
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from . import data as data_mod
from .data import prepare as prepare_data
from .errors import DataError, InputError, ModelError
from .manifest import environment, replace_dir, sha256_file, write_json
from .vocab import SPM_FILE, Vocab, spare_token, train_spm, write_tokenizer_files

LANGS = ("vi", "en")
DEFAULT_UPSAMPLE = {"evbnews": 2}  # the news corpus is the closest to general text; other data may lack it
LR_SCHEDULES = ("cosine", "inverse-sqrt", "constant")
DIRECTIONS = ("vi-en", "en-vi")  # index = the direction code of a training row
# settings a resumed run must share with the run that wrote its checkpoint: the model's shape and start, and what it
# trains on (the learning rate, dropout and budget may change between legs)
RESUME_KEY = ("d_model", "encoder_layers", "decoder_layers", "heads", "ffn_dim", "init_from", "upsample", "one_way",
              "self_train", "domain_tags", "tag_one_way", "spm_alpha", "spm_samples", "max_tokens", "seed")


@dataclass
class TrainConfig:
    out: str = "runs/base"
    data_dir: str = ""
    # data
    vocab_size: int = 12000
    max_pairs: int = 0  # 0 = all; a small number gives a quick run
    max_len: int = 200  # tokens per side; longer pairs are skipped
    upsample: dict = field(default_factory=lambda: dict(DEFAULT_UPSAMPLE))  # corpus -> repeat count
    prepared: str = ""  # a folder written by `mt data prepare`; empty = run that pipeline on data_dir here
    # corpus -> the one direction it trains ("vi-en" or "en-vi"): for back-translated pairs, whose source side is
    # machine output and only the target side is real text
    one_way: dict = field(default_factory=dict)
    # one-way corpora also trained the other way round, from their real side into their machine-made one
    # (self-training, or forward translation: the model's own output as targets), never tagged
    self_train: list = field(default_factory=list)
    # model
    d_model: int = 512
    encoder_layers: int = 6
    decoder_layers: int = 3
    heads: int = 8
    ffn_dim: int = 1024
    dropout: float = 0.2
    attention_dropout: float = 0.0
    activation_dropout: float = 0.0  # after the feed-forward activation
    init_from: str = ""  # a model saved by `mt train` (e.g. models/vien-base-hf): its vocabulary, shape and weights
    # subword regularisation: each epoch reads one of spm_samples segmentations sampled with this alpha; 0 = off
    spm_alpha: float = 0.0
    spm_samples: int = 4
    # optimisation
    label_smoothing: float = 0.1
    lr: float = 1e-3
    warmup_steps: int = 600
    # after the linear warm-up: cosine decays to 0 at the end of the budget; inverse-sqrt (fairseq's transformer
    # default) needs no budget to decay against; constant keeps the peak (for short continuations)
    lr_schedule: str = "cosine"
    max_tokens: int = 24000  # padded source + target tokens per batch
    max_steps: int = 0  # 0 = no step limit
    time_budget: float = 0.0  # seconds of training in all (resumes count); 0 = no time limit
    eval_every: int = 500
    save_every: float = 300.0  # seconds between checkpoints
    log_every: int = 50
    seed: int = 1
    device: str = "auto"  # auto | cpu | cuda
    bf16: str = "auto"  # auto | on | off
    save_dtype: str = "float32"  # float32 | float16 | bfloat16: dtype of the saved model/ (checkpoints stay fp32)
    average_last: int = 0  # save the average of the weights at the last N dev evaluations if its dev loss is lower
    # domain tags: each source gets its corpus's tag token after the language token; this corpus's tag is the
    # one dev loss and translation use (e.g. evbnews for general text); "" = no tags
    domain_tags: str = ""
    # tagged back-translation (Caswell et al., 2019): the sources of the one_way corpora, machine output, get a tag
    # token, so the model learns their target side without taking their source side for real text; translation
    # never adds the tag
    tag_one_way: bool = False

    def __post_init__(self):
        if self.max_steps <= 0 and self.time_budget <= 0:
            raise InputError("give a budget: --max-steps N and/or --time-budget SECONDS")
        for name in ("vocab_size", "d_model", "encoder_layers", "decoder_layers", "heads", "ffn_dim", "max_tokens"):
            if getattr(self, name) <= 0:
                raise InputError(f"{name.replace('_', '-')} must be positive")
        if self.d_model % self.heads:
            raise InputError(f"d-model {self.d_model} is not divisible by heads {self.heads}")
        if self.lr_schedule not in LR_SCHEDULES:
            raise InputError(f"lr-schedule must be one of {', '.join(LR_SCHEDULES)}, not {self.lr_schedule!r}")
        if self.save_dtype not in ("float32", "float16", "bfloat16"):
            raise InputError("save-dtype must be float32, float16 or bfloat16")
        for name in ("dropout", "attention_dropout", "activation_dropout"):
            if not 0 <= getattr(self, name) < 1:
                raise InputError(f"{name.replace('_', '-')} must be in [0, 1)")
        if self.spm_alpha < 0 or self.spm_samples < 1 or self.average_last < 0:
            raise InputError("spm-alpha and average-last must be >= 0 and spm-samples >= 1")
        bad = [f"{k}={v}" for k, v in self.one_way.items() if v not in DIRECTIONS]
        if bad:
            raise InputError(f"--one-way takes NAME=vi-en or NAME=en-vi, not {', '.join(bad)}")
        if self.tag_one_way and not self.one_way:
            raise InputError("--tag-one-way tags the --one-way corpora: name some")
        stray = [n for n in self.self_train if n not in self.one_way]
        if stray:
            raise InputError(f"--self-train names {', '.join(stray)}: not --one-way corpora (it trains those the "
                             "other way round)")
        if self.init_from and not (Path(self.init_from) / SPM_FILE).is_file():
            raise InputError(f"--init-from {self.init_from}: not a model saved by `mt train` (no {SPM_FILE})")

    def data_key(self) -> dict:
        """The settings the prepared data depends on."""
        key = {k: getattr(self, k) for k in ("vocab_size", "max_pairs", "max_len")}
        if self.init_from:  # the vocabulary is the initial model's, not one trained here
            key["vocab_size"] = None
            key["vocab_sha256"] = sha256_file(Path(self.init_from) / SPM_FILE)
        return key


# ---------------------------------------------------------------- data preparation


def prepare(cfg: TrainConfig, log=print) -> Path:
    """Build the vocabulary and encode the prepared data once into OUT/data (reused on resume).

    The pairs come from `mt data prepare` output when --prepared is given, else from the same pipeline run here on
    --data-dir (normalise, repair, filter, drop test-set leaks). OUT/data/manifest.json records the prepared
    data's manifest sha256; OUT/data/prepared.json holds that manifest."""
    ddir = Path(cfg.out) / "data"
    manifest_path = ddir / "manifest.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if manifest["key"] != cfg.data_key():
            raise InputError(
                f"{ddir} was prepared with {manifest['key']}, not {cfg.data_key()}: use another --out"
            )
        if cfg.prepared:
            want = prepare_data.read(Path(cfg.prepared)).manifest_sha256
            if manifest.get("prepared_manifest_sha256") != want:
                raise InputError(f"{ddir} was encoded from other prepared data than {cfg.prepared}: use another --out")
        log(f"using prepared data in {ddir}")
        return ddir
    root = Path(cfg.data_dir) if cfg.data_dir else None
    prepared = _prepared_pairs(cfg, root, log)
    vi, en = [p.vi for p in prepared.train], [p.en for p in prepared.train]
    sources = [p.corpus for p in prepared.train]
    corpora = prepared.corpora()
    if cfg.max_pairs:
        order = random.Random(cfg.seed).sample(range(len(vi)), min(cfg.max_pairs, len(vi)))
        vi, en, sources = [vi[i] for i in order], [en[i] for i in order], [sources[i] for i in order]
    tmp = ddir.with_name("data.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    if cfg.init_from:
        tmp.mkdir(parents=True)
        spm_path = tmp / SPM_FILE
        shutil.copyfile(Path(cfg.init_from) / SPM_FILE, spm_path)
        log(f"using the vocabulary of {cfg.init_from}")
    else:
        log(f"training a {cfg.vocab_size}-piece SentencePiece vocabulary on {len(vi)} pairs")
        spm_path = train_spm(vi + en, tmp, cfg.vocab_size)
    vocab = Vocab(spm_path)
    _save_encoded(tmp / "train", vocab, vi, en, np.array([corpora.index(s) for s in sources], np.int16))
    dev_vi, dev_en, dev_name = _dev_set(root, prepared, vi, en)
    _save_encoded(tmp / "dev", vocab, dev_vi, dev_en, np.zeros(len(dev_vi), np.int16))
    pm = prepared.manifest
    write_json(tmp / "prepared.json", pm)
    write_json(tmp / "manifest.json", {
        "key": cfg.data_key(), "files": {f: h for c in pm["corpora"].values() for f, h in c["files"].items()},
        "filter_counts": pm["counts"], "corpora": corpora, "pairs": len(vi), "dev": dev_name,
        "dev_pairs": len(dev_vi), "prepared": cfg.prepared or "built by mt train from --data-dir",
        "prepared_manifest_sha256": prepared.manifest_sha256,
    })
    replace_dir(tmp, ddir)
    return ddir


def _prepared_pairs(cfg: TrainConfig, root: Path | None, log) -> "prepare_data.Prepared":
    if cfg.prepared:
        log(f"reading prepared data from {cfg.prepared}")
        return prepare_data.read(Path(cfg.prepared))
    from .data.corpora import gather
    from .data.leakage import LeakIndex

    if root is None:
        raise DataError("no data: pass --prepared, --data-dir or set MT_DATA_DIR")
    # FLORES-200 dev is the dev set when the data directory has it: then every prepared pair goes to training
    dev_size = 0 if (root / "flores200" / "dev.vi").is_file() else 1000
    return prepare_data.build(gather(root), dev_size=dev_size, seed=cfg.seed, leaks=LeakIndex.build(root), log=log)


def _dev_set(root: Path | None, prepared, vi: list[str], en: list[str]):
    """The prepared dev split when it has pairs, else FLORES-200 dev (never a test set), else the last 500
    training pairs' worth of text."""
    if prepared.dev:
        return [p.vi for p in prepared.dev], [p.en for p in prepared.dev], "prepared dev split"
    flores = root / "flores200" if root is not None else None
    if flores is not None and (flores / "dev.vi").is_file():
        dvi, den = data_mod.read_pair(flores / "dev.vi", flores / "dev.en")
        return [data_mod.normalize(x) for x in dvi], [data_mod.normalize(x) for x in den], "flores200/dev"
    n = min(500, max(1, len(vi) // 20))
    return vi[-n:], en[-n:], "train-tail"


def _save_encoded(prefix: Path, vocab: Vocab, vi: list[str], en: list[str], corpus: np.ndarray,
                  alpha: float = 0.0) -> None:
    dtype = np.uint16 if vocab.size < 65535 else np.int32
    for lang, texts in (("vi", vi), ("en", en)):
        ids = vocab.encode(texts, alpha)
        lengths = np.array([len(x) for x in ids], np.int32)
        flat = np.fromiter((t for x in ids for t in x), dtype=dtype, count=int(lengths.sum()))
        _save_npy(f"{prefix}.{lang}.ids.npy", flat)
        _save_npy(f"{prefix}.{lang}.len.npy", lengths)
    _save_npy(f"{prefix}.corpus.npy", corpus)  # written last: its presence means the split is complete


def _save_npy(path: str, array: np.ndarray) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"  # runs sharing one data folder may write the same split at once
    with open(tmp, "wb") as f:
        np.save(f, array)
    os.replace(tmp, path)


def sampled_splits(ddir: Path, cfg: TrainConfig, log) -> list[Path]:
    """Subword regularisation: cfg.spm_samples segmentations of the training split sampled with cfg.spm_alpha,
    written once into the data folder (a GPU run makes them where it has the cores). The text is decoded from
    the 1-best ids: the SentencePiece-normalised text the model sees anyway."""
    prefixes = [ddir / f"train.alpha{cfg.spm_alpha:g}.{k}" for k in range(cfg.spm_samples)]
    missing = [p for p in prefixes if not Path(f"{p}.corpus.npy").exists()]
    if missing:
        import sentencepiece as spm

        vocab, best = Vocab(ddir / SPM_FILE), Encoded(ddir / "train")
        text = {lang: vocab.sp.decode([best.seq(lang, i).tolist() for i in range(len(best))]) for lang in LANGS}
        for p in missing:
            k = int(p.name.rsplit(".", 1)[1])
            log(f"sampling segmentation {k + 1} of {cfg.spm_samples} (alpha {cfg.spm_alpha:g})")
            spm.set_random_generator_seed(cfg.seed * 1000 + k)
            _save_encoded(p, vocab, text["vi"], text["en"], best.corpus, cfg.spm_alpha)
    return prefixes


class Encoded:
    """One split of the encoded corpus: token ids per language, as numpy arrays."""

    def __init__(self, prefix: Path):
        self.ids, self.starts, self.lens = {}, {}, {}
        for lang in LANGS:
            self.ids[lang] = np.load(f"{prefix}.{lang}.ids.npy").astype(np.int64)
            self.lens[lang] = np.load(f"{prefix}.{lang}.len.npy").astype(np.int64)
            self.starts[lang] = np.concatenate([[0], np.cumsum(self.lens[lang])[:-1]])
        self.corpus = np.load(f"{prefix}.corpus.npy")

    def __len__(self):
        return len(self.lens["vi"])

    def seq(self, lang: str, i: int) -> np.ndarray:
        s = self.starts[lang][i]
        return self.ids[lang][s : s + self.lens[lang][i]]


# ---------------------------------------------------------------- batching


def examples(enc: Encoded, cfg: TrainConfig, corpora: list[str], train: bool) -> np.ndarray:
    """Rows of (pair index, direction) with direction 0 = vi->en, 1 = en->vi; over-long pairs skipped. A training
    split is upsampled and gives one-way corpora in their one direction only, unless --self-train names them (a
    dev split's corpus index is 0 whatever its text, so neither applies to it)."""
    ok = np.flatnonzero((enc.lens["vi"] <= cfg.max_len) & (enc.lens["en"] <= cfg.max_len))
    if train:
        reps = np.ones(len(corpora), np.int64)
        for name, n in cfg.upsample.items():
            if name in corpora:
                reps[corpora.index(name)] = int(n)
        ok = np.repeat(ok, reps[enc.corpus[ok]])
    rows = []
    for code, direction in enumerate(DIRECTIONS):
        # a one-way corpus gives no rows in the direction whose target side is its machine-made one
        other = [corpora.index(c) for c, d in cfg.one_way.items()
                 if d != direction and c in corpora and c not in cfg.self_train]
        keep = ok[~np.isin(enc.corpus[ok], other)] if train else ok
        rows.append(np.stack([keep, np.full_like(keep, code)], 1))
    return np.concatenate(rows)


def make_batches(enc: Encoded, rows: np.ndarray, max_tokens: int, rng: np.random.Generator | None):
    """Group rows of similar length so that each padded batch holds about max_tokens tokens."""
    src_len = np.where(rows[:, 1] == 0, enc.lens["vi"][rows[:, 0]], enc.lens["en"][rows[:, 0]]) + 2
    tgt_len = np.where(rows[:, 1] == 0, enc.lens["en"][rows[:, 0]], enc.lens["vi"][rows[:, 0]]) + 2
    key = np.maximum(src_len, tgt_len).astype(np.float64)
    if rng is not None:
        key = key + rng.random(len(key))  # shuffle within equal lengths
    order = np.argsort(key, kind="stable")
    batches, start = [], 0
    while start < len(order):
        end = start + 1
        while end < len(order):
            n = end - start + 1
            longest = max(src_len[order[end]], tgt_len[order[end]])
            if n * longest * 2 > max_tokens:
                break
            end += 1
        batches.append(rows[order[start:end]])
        start = end
    if rng is not None:
        rng.shuffle(batches)
    return batches


def collate(enc: Encoded, batch: np.ndarray, vocab_info: dict, tags: list | None = None):
    """Padded encoder input, decoder input and labels for a batch of (pair, direction) rows. `tags[direction]` maps
    a corpus index to the tag ids put after the source language token."""
    srcs, tgts = [], []
    for i, d in batch:
        s, t = ("vi", "en") if d == 0 else ("en", "vi")
        lead = [vocab_info[s], *(tags[d][enc.corpus[i]] if tags else ())]
        srcs.append(np.concatenate([lead, enc.seq(s, i), [vocab_info["eos"]]]))
        tgts.append(np.concatenate([[vocab_info[t]], enc.seq(t, i), [vocab_info["eos"]]]))
    pad = vocab_info["pad"]
    src = np.full((len(batch), max(map(len, srcs))), pad, np.int64)
    dec = np.full((len(batch), max(map(len, tgts))), pad, np.int64)
    lab = np.full_like(dec, -100)
    for k, (s, t) in enumerate(zip(srcs, tgts)):
        src[k, : len(s)] = s
        dec[k, 0] = vocab_info["eos"]  # M2M100 starts decoding from </s>, then the forced language token
        dec[k, 1 : len(t)] = t[:-1]
        lab[k, 1 : len(t)] = t[1:]  # the language token (position 0) is forced, not learned
    return src, dec, lab


def domain_tags(default: str, corpora: list[str], vocab: Vocab) -> dict:
    """A spare token per corpus (M2M100 has 8), named as CTranslate2's vocabulary names it after `mt export`."""
    if default not in corpora:
        raise InputError(f"--domain-tags {default}: not one of the corpora ({', '.join(corpora)})")
    if len(corpora) > len(vocab.spare_ids):
        raise InputError(f"--domain-tags: {len(corpora)} corpora but only {len(vocab.spare_ids)} spare tokens")
    ids = vocab.spare_ids[: len(corpora)]
    return {"default": default, "tokens": {c: spare_token(i) for c, i in zip(corpora, ids)}, "ids": ids,
            "default_id": ids[corpora.index(default)]}


def source_tags(cfg: TrainConfig, corpora: list[str], vocab: Vocab):
    """The domain tags (or None), the back-translation tag id (or None), the tag ids after the language token by
    direction code and training corpus index, and those of the dev pairs (corpus index 0, which get the default
    domain tag only). The back-translation tag marks a one-way corpus's sources in its one direction only: in the
    other (--self-train) its sources are the real side."""
    domain = domain_tags(cfg.domain_tags, corpora, vocab) if cfg.domain_tags else None
    by_corpus = [[[domain["ids"][c]] if domain else [] for c in range(len(corpora))] for _ in DIRECTIONS]
    dev = [[[domain["default_id"]] if domain else []] for _ in DIRECTIONS]
    bt = None
    if cfg.tag_one_way:
        used = len(domain["ids"]) if domain else 0
        if used >= len(vocab.spare_ids):
            raise InputError(f"--tag-one-way: the {used} spare tokens all carry domain tags")
        bt = vocab.spare_ids[used]
        for name, direction in cfg.one_way.items():
            by_corpus[DIRECTIONS.index(direction)][corpora.index(name)].append(bt)
    return domain, bt, by_corpus, dev


# ---------------------------------------------------------------- model and loop


def build_model(cfg: TrainConfig, vocab_size: int):
    """A fresh model of cfg's shape, or with --init-from the saved model (its shape) with cfg's dropout."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration

    dropouts = dict(dropout=cfg.dropout, attention_dropout=cfg.attention_dropout,
                    activation_dropout=cfg.activation_dropout)
    if cfg.init_from:
        config = M2M100Config.from_pretrained(cfg.init_from, **dropouts)
        if config.vocab_size != vocab_size:
            raise InputError(f"{cfg.init_from} has {config.vocab_size} embeddings for a {vocab_size}-token vocabulary")
        return M2M100ForConditionalGeneration.from_pretrained(cfg.init_from, config=config, dtype=torch.float32)
    config = M2M100Config(
        vocab_size=vocab_size, d_model=cfg.d_model,
        encoder_layers=cfg.encoder_layers, decoder_layers=cfg.decoder_layers,
        encoder_attention_heads=cfg.heads, decoder_attention_heads=cfg.heads,
        encoder_ffn_dim=cfg.ffn_dim, decoder_ffn_dim=cfg.ffn_dim, activation_function="relu", **dropouts,
        encoder_layerdrop=0.0, decoder_layerdrop=0.0, max_position_embeddings=1024, scale_embedding=True,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, tie_word_embeddings=True,
    )
    return M2M100ForConditionalGeneration(config)


def cpu_has_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def step_seed(seed: int, step: int, world: int = 1, rank: int = 0) -> int:
    """The torch seed of one optimiser step (and process): dropout drawn from it is the same after a resume."""
    return seed * 1_000_003 + step * world + rank


def lr_at(cfg: TrainConfig, step: int, progress: float) -> float:
    """The learning rate of this step; progress is the share of the budget spent (0..1)."""
    warmup = max(1, cfg.warmup_steps)
    warm = min(1.0, (step + 1) / warmup)
    if cfg.lr_schedule == "cosine":
        decay = 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    elif cfg.lr_schedule == "inverse-sqrt":
        decay = math.sqrt(warmup / max(step + 1, warmup))
    else:
        decay = 1.0
    return cfg.lr * warm * decay


class Trainer:
    def __init__(self, cfg: TrainConfig, log=print):
        import torch

        self.cfg, self.log, self.torch = cfg, log, torch
        self.out = Path(cfg.out)
        self.ddir = prepare(cfg, log)
        manifest = json.loads((self.ddir / "manifest.json").read_text())
        self.corpora = manifest["corpora"]
        # a misspelt name would otherwise be ignored and the corpus trained on as usual; only the default may name
        # a corpus this data lacks
        unknown = sorted(set(cfg.upsample) - set(self.corpora)) if cfg.upsample != DEFAULT_UPSAMPLE else []
        if unknown:
            raise InputError(f"--upsample names {', '.join(unknown)}; the corpora are {', '.join(self.corpora)}")
        unknown = sorted(set(cfg.one_way) - set(self.corpora))
        if unknown:
            raise InputError(f"--one-way names {', '.join(unknown)}; the corpora are {', '.join(self.corpora)}")
        self.vocab = Vocab(self.ddir / SPM_FILE)
        self.vinfo = {**self.vocab.lang_ids, "eos": self.vocab.eos, "pad": self.vocab.pad}
        # one training split per epoch in turn: the 1-best segmentation, or the sampled ones
        prefixes = sampled_splits(self.ddir, cfg, log) if cfg.spm_alpha else [self.ddir / "train"]
        self.splits = [Encoded(p) for p in prefixes]
        self.tags, self.bt_tag, self.train_tags, self.dev_tags = source_tags(cfg, self.corpora, self.vocab)
        self.dev = Encoded(self.ddir / "dev")
        if cfg.device == "auto":
            self.device = "cuda" if torch.cuda.is_available() else "cpu"
        else:
            self.device = cfg.device
        bf16 = cfg.bf16 == "on" or (cfg.bf16 == "auto" and (self.device == "cuda" or cpu_has_bf16()))
        self.autocast = torch.autocast(self.device, dtype=torch.bfloat16, enabled=bf16)
        self.bf16 = bf16
        if self.device == "cuda":
            torch.backends.cuda.matmul.allow_tf32 = True
        torch.manual_seed(cfg.seed)
        self.model = build_model(cfg, self.vocab.size).to(self.device)
        self.opt = torch.optim.AdamW(self.model.parameters(), lr=cfg.lr, betas=(0.9, 0.98), eps=1e-8,
                                     weight_decay=1e-4, fused=self.device == "cuda")
        self.step, self.elapsed, self.epoch, self.best_dev = 0, 0.0, 0, float("inf")
        self.batch = 0  # batches of the current epoch already trained: a resume goes on from the next one
        self.last_dev, self.last_dev_step = float("inf"), -1
        self._resume()

    # -- checkpoints
    def _resume(self):
        ck = self.out / "checkpoint"
        if not (ck / "state.json").exists():
            return
        from safetensors.torch import load_model

        state = json.loads((ck / "state.json").read_text())
        then, now = state.get("config", {}), asdict(self.cfg)
        # a checkpoint written before a setting existed ran with its default
        defaults = asdict(TrainConfig(max_steps=1))
        changed = [k for k in RESUME_KEY if then.get(k, defaults[k]) != now[k]]
        if changed:
            flags = ", ".join("--" + k.replace("_", "-") for k in changed)
            raise InputError(f"{ck} was written by a run with other {flags}: use another --out "
                             "(or the same settings to resume it)")
        load_model(self.model, str(ck / "model.safetensors"), device=self.device)
        self.opt.load_state_dict(self.torch.load(ck / "optimizer.pt", map_location=self.device))
        self.step, self.elapsed, self.epoch = state["step"], state["elapsed"], state["epoch"]
        self.batch = state.get("batch", 0)  # older checkpoints did not record it: their epoch starts over
        self.best_dev = state.get("best_dev", float("inf"))
        self.log(f"resumed from {ck} at step {self.step} ({self.elapsed:.0f}s trained)")

    def save_checkpoint(self):
        from safetensors.torch import save_model

        ck, tmp = self.out / "checkpoint", self.out / "checkpoint.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        save_model(self.model, str(tmp / "model.safetensors"))  # handles the tied embeddings
        self.torch.save(self.opt.state_dict(), tmp / "optimizer.pt")
        write_json(tmp / "state.json", {"step": self.step, "elapsed": self.elapsed, "epoch": self.epoch,
                                        "batch": self.batch, "best_dev": self.best_dev, "config": asdict(self.cfg)})
        replace_dir(tmp, ck)

    # -- loop
    def progress(self) -> float:
        p = 0.0
        if self.cfg.max_steps:
            p = max(p, self.step / self.cfg.max_steps)
        if self.cfg.time_budget:
            p = max(p, self.elapsed / self.cfg.time_budget)
        return p

    def loss(self, enc: Encoded, batch, smoothing: float):
        torch = self.torch
        arrays = collate(enc, batch, self.vinfo, self.dev_tags if enc is self.dev else self.train_tags)
        ntok = int((arrays[2] != -100).sum())  # counted on the host: no device sync per step
        src, dec, lab = (torch.from_numpy(x).to(self.device, non_blocking=True) for x in arrays)
        with self.autocast:
            logits = self.model(input_ids=src, attention_mask=src.ne(self.vocab.pad), decoder_input_ids=dec).logits
        loss = torch.nn.functional.cross_entropy(
            logits.float().view(-1, logits.size(-1)), lab.view(-1), ignore_index=-100,
            label_smoothing=smoothing, reduction="sum")
        return loss, ntok

    def dev_loss(self) -> float:
        self.model.eval()
        total, n = 0.0, 0
        with self.torch.no_grad():
            for batch in make_batches(self.dev, examples(self.dev, self.cfg, self.corpora, False),
                                      self.cfg.max_tokens, None):
                loss, k = self.loss(self.dev, batch, 0.0)
                total, n = total + float(loss), n + k
        self.model.train()
        return total / max(1, n)

    def epoch_batches(self, rng) -> tuple[Encoded, list]:
        enc = self.splits[self.epoch % len(self.splits)]
        return enc, make_batches(enc, examples(enc, self.cfg, self.corpora, True), self.cfg.max_tokens, rng)

    def run(self):
        torch, cfg = self.torch, self.cfg
        rng = np.random.default_rng(cfg.seed + self.epoch)
        n_rows = len(examples(self.splits[0], cfg, self.corpora, True))
        if not n_rows:
            raise InputError("no training examples: --upsample left every corpus out")
        params = sum(p.numel() for p in self.model.parameters()) / 1e6
        self.log(f"{n_rows} training examples (both directions), {params:.1f}M parameters, "
                 f"device {self.device}, bf16 {'on' if self.bf16 else 'off'}")
        if self.bt_tag is not None:
            self.log(f"tagged back-translation: the sources of {', '.join(cfg.one_way)} start with "
                     f"{spare_token(self.bt_tag)} (in their one-way direction)")
        if cfg.self_train:
            self.log(f"self-training: {', '.join(cfg.self_train)} also train the other way round, real source to "
                     "machine-made target")
        self.model.train()
        t_last_save = time.time()
        tok_window, t_window = 0, time.time()
        # the budget and the lr's progress read the time after every step, not only at log lines, so a large
        # --log-every cannot overrun --time-budget
        elapsed0, t0 = self.elapsed, time.time()
        while self.progress() < 1.0:
            enc, batches = self.epoch_batches(rng)  # the same order as before a resume: seeded by the epoch
            for bi in range(self.batch, len(batches)):
                if self.progress() >= 1.0:
                    break
                batch = batches[bi]
                lr = lr_at(cfg, self.step, self.progress())
                for g in self.opt.param_groups:
                    g["lr"] = lr
                torch.manual_seed(step_seed(cfg.seed, self.step))
                loss, ntok = self.loss(enc, batch, cfg.label_smoothing)
                (loss / ntok).backward()
                torch.nn.utils.clip_grad_norm_(self.model.parameters(), 1.0)
                self.opt.step()
                self.opt.zero_grad(set_to_none=True)
                self.step, self.batch = self.step + 1, bi + 1
                tok_window += ntok
                self.elapsed = elapsed0 + time.time() - t0
                if self.step % cfg.log_every == 0:
                    lv = float(loss.detach()) / ntok  # syncs the device once per log line, not per step
                    now = time.time()
                    rate = tok_window / max(1e-9, now - t_window)
                    tok_window, t_window = 0, now
                    self._log_line(lv, lr, rate, self.epoch + bi / len(batches))
                if self.step % cfg.eval_every == 0:
                    self._eval()
                if time.time() - t_last_save > cfg.save_every:
                    self.save_checkpoint()
                    t_last_save = time.time()
            else:
                self.epoch, self.batch = self.epoch + 1, 0
                rng = np.random.default_rng(cfg.seed + self.epoch)
        self.elapsed = elapsed0 + time.time() - t0
        dev = self.last_dev if self.last_dev_step == self.step else self._eval()
        self.save_checkpoint()
        averaged = self.average_snapshots(dev) if cfg.average_last else None
        return self.save_model(dev, averaged)

    # -- checkpoint averaging
    def snapshot(self):
        """Keep the weights of the last cfg.average_last dev evaluations in OUT/snapshots (survives resumes)."""
        from safetensors.torch import save_model

        sdir = self.out / "snapshots"
        sdir.mkdir(exist_ok=True)
        save_model(self.model, str(sdir / f"step-{self.step:08d}.tmp"))
        os.replace(sdir / f"step-{self.step:08d}.tmp", sdir / f"step-{self.step:08d}.safetensors")
        for old in sorted(sdir.glob("step-*.safetensors"))[: -self.cfg.average_last]:
            old.unlink()

    def average_snapshots(self, final_dev: float) -> dict | None:
        """Load the mean of the kept snapshots into the model when its dev loss beats the final weights'."""
        from .average import mean_weights

        files = sorted((self.out / "snapshots").glob("step-*.safetensors"))[-self.cfg.average_last:]
        if len(files) < 2:
            return None
        final = {k: v.detach().clone() for k, v in self.model.state_dict().items()}
        mean, _ = mean_weights(files, device=self.device)
        loaded = self.model.load_state_dict(mean, strict=False)  # not strict: the tied embedding is saved once
        if loaded.unexpected_keys:
            raise ModelError(f"snapshots in {files[0].parent} are not of this model: {loaded.unexpected_keys[:3]}")
        dev = self.dev_loss()
        kept = dev < final_dev
        steps = [int(f.stem.split("-")[1]) for f in files]
        self.log(f"average of {len(files)} snapshots (steps {steps[0]}..{steps[-1]}): dev loss {dev:.3f} "
                 f"vs {final_dev:.3f} for the final weights: saving the {'average' if kept else 'final weights'}")
        if not kept:
            self.model.load_state_dict(final)
        info = {"snapshots": len(files), "steps": steps, "dev_loss": dev, "final_dev_loss": final_dev, "kept": kept}
        self._jsonl({"average": info})
        return info

    def _log_line(self, loss, lr, rate, epoch):
        remaining = []
        if self.cfg.time_budget:
            remaining.append(self.cfg.time_budget - self.elapsed)
        if self.cfg.max_steps and self.step:
            remaining.append((self.cfg.max_steps - self.step) * self.elapsed / self.step)
        eta = min(remaining) if remaining else 0
        self.log(f"step {self.step} | epoch {epoch:.2f} | loss {loss:.3f} | lr {lr:.2e} | "
                 f"{rate / 1000:.1f}k tgt tok/s | {self.elapsed / 60:.1f} min | ETA {max(0, eta) / 60:.1f} min")
        self._jsonl({"step": self.step, "epoch": round(epoch, 3), "loss": loss, "lr": lr, "tok_s": rate,
                     "elapsed": self.elapsed})

    def _eval(self) -> float:
        dev = self.dev_loss()
        self.best_dev = min(self.best_dev, dev)
        self.last_dev, self.last_dev_step = dev, self.step
        if self.cfg.average_last:
            self.snapshot()
        self.log(f"step {self.step} | dev loss {dev:.3f} | dev ppl {math.exp(min(dev, 50)):.2f}")
        self._jsonl({"step": self.step, "dev_loss": dev, "elapsed": self.elapsed})
        return dev

    def _jsonl(self, obj):
        with open(self.out / "train.log", "a", encoding="utf-8") as f:
            f.write(json.dumps(obj) + "\n")

    def save_model(self, dev_loss: float, averaged: dict | None = None) -> Path:
        """Write OUT/model: a Hugging Face checkpoint + tokenizer files + manifest, atomically."""
        final, tmp = self.out / "model", self.out / "model.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        model = self.model
        if self.cfg.save_dtype != "float32":
            import copy

            model = copy.deepcopy(self.model).to(getattr(self.torch, self.cfg.save_dtype))
        model.save_pretrained(tmp)
        write_tokenizer_files(self.ddir / SPM_FILE, tmp)
        data_manifest = json.loads((self.ddir / "manifest.json").read_text())
        write_json(tmp / "mt_train.json", {
            "family": "m2m100", "languages": list(LANGS), "config": asdict(self.cfg),
            "steps": self.step, "epochs": self.epoch, "train_seconds": round(self.elapsed, 1),
            "device": self.device, "device_name": self._device_name(), "bf16": self.bf16,
            "dev": data_manifest["dev"],
            "dev_loss": averaged["dev_loss"] if averaged and averaged["kept"] else dev_loss,
            "averaged": averaged, "init_from": self._init_info(), "data": data_manifest,
            "domain_tags": {k: self.tags[k] for k in ("default", "tokens")} if self.tags else None,
            "one_way_tag": None if self.bt_tag is None else spare_token(self.bt_tag),
            "environment": environment(),
        })
        replace_dir(tmp, final)
        self.log(f"saved model to {final}")
        return final

    def _init_info(self) -> dict | None:
        if not self.cfg.init_from:
            return None
        weights = Path(self.cfg.init_from) / "model.safetensors"
        return {"path": self.cfg.init_from, "sha256": sha256_file(weights) if weights.is_file() else None}

    def _device_name(self) -> str:
        if self.device == "cuda":
            return self.torch.cuda.get_device_name()
        return f"cpu x{os.cpu_count()}"


def train(cfg: TrainConfig, log=None) -> Path:
    """Prepare data (once), train within the budget, and return the saved model directory."""
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    out = Path(cfg.out)
    out.mkdir(parents=True, exist_ok=True)
    if not (out / "data" / "manifest.json").exists() and not (cfg.data_dir or cfg.prepared):
        raise DataError("no data: pass --prepared, --data-dir or set MT_DATA_DIR")
    write_json(out / "config.json", asdict(cfg))
    return Trainer(cfg, log).run()

