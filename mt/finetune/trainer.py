"""The fine-tuning loop: one Accelerator (DDP under `accelerate launch`), full or LoRA training, evaluations with
early stopping and the forgetting guard, atomic checkpoints, and the saved model with its manifest."""
from __future__ import annotations

import json
import math
import os
import shutil
import sys
import time
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path

import numpy as np

from .. import langs
from ..errors import DataError, InputError, MissingDependency, ModelError
from ..manifest import environment, replace_dir, sha256_file, write_json, write_text
from ..train import step_seed
from .codec import Codec, collate, examples, make_batches
from .config import METRICS, RESUME_KEY, FinetuneConfig, command_line, split_direction, to_toml
from .data import load_sets


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
    improved = (state["best"] is None or value > state["best"] + cfg.min_gain) and not guarded
    if improved:
        state["best"], state["best_step"], state["bad_evals"] = value, result["step"], 0
    elif result["step"] > 0:
        state["bad_evals"] += 1
    if cfg.patience and state["bad_evals"] >= cfg.patience:
        state["stopped"] = f"early stop: no dev {cfg.metric} gain in {cfg.patience} evaluations"
    return improved, guarded


def _precision(cfg: FinetuneConfig, on_cuda: bool) -> str:
    from ..train import cpu_has_bf16

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

        from ..export import detect_family, resolve_source

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
        self.examples, skipped = self._examples()
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

    def _examples(self) -> tuple[list, int]:
        """Every training example: two-way pairs in each of the run's directions, one-way pairs in theirs only
        (and, with --self-train, in the other one from their real side)."""
        out, skipped = [], 0
        if self.cfg.tag_one_way:
            if set(self.sets["train"]) == {""}:
                raise InputError("--tag-one-way tags one-way data (--one-way or mt data backtranslate folders): "
                                 "there is none")
            self.log(f"tagged back-translation: one-way sources start with {self.codec.bt_tag} "
                     f"(ids {self.codec.bt_ids})")
        # (what, direction "" = all, pairs, tagged): self-training sources are real text, never tagged
        groups = [("one-way data", d, pairs, bool(d) and self.cfg.tag_one_way)
                  for d, pairs in self.sets["train"].items()]
        groups += [("--self-train", d, pairs, False) for d, pairs in self.sets["self_train"].items()]
        for what, d, (vi, en), tagged in groups:
            if d and d not in self.directions:
                raise InputError(f"{what} trains {d}, but this run trains {', '.join(self.directions)}")
            rows, n = examples(self.codec, vi, en, [d] if d else self.directions, self.cfg.max_len, tagged=tagged)
            out.extend(rows)
            skipped += n
        return out, skipped

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
            ck, tmp = self.out / "checkpoint", self.out / "checkpoint.tmp"
            shutil.rmtree(tmp, ignore_errors=True)
            tmp.mkdir(parents=True)
            self._save_trainable(tmp / "trainable.safetensors")
            self.torch.save(self.opt.state_dict(), tmp / "optimizer.pt")
            if self.acc.scaler is not None:
                self.torch.save(self.acc.scaler.state_dict(), tmp / "scaler.pt")
            write_json(tmp / "state.json", {**self.state, "config": asdict(self.cfg)})
            replace_dir(tmp, ck)
        self.acc.wait_for_everyone()

    def _resume(self) -> None:
        ck = self.out / "checkpoint"
        if not (ck / "state.json").is_file():
            return
        saved = json.loads((ck / "state.json").read_text())
        then, now = saved["config"], asdict(self.cfg)
        # a checkpoint written before a setting existed ran with its default
        defaults = asdict(FinetuneConfig(base="x", data=["x"], out="x"))
        changed = [k for k in RESUME_KEY if then.get(k, defaults[k]) != now[k]]
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
                src, tgt = split_direction(d)
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
        torch.manual_seed(step_seed(cfg.seed, st["step"], self.world, self.acc.process_index))
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
            replace_dir(tmp, final)
            write_json(self.out / "manifest.json", manifest)
            self.log(f"saved {final}")
        self.acc.wait_for_everyone()
        return final

    def _save_adapter(self, peft_model) -> None:
        final, tmp = self.out / "adapter", self.out / "adapter.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        peft_model.save_pretrained(tmp)
        replace_dir(tmp, final)

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
            "domain_tags": self.codec.domain_tags,  # the base's tags, which fine-tuning kept feeding
            "one_way_tag": self.codec.bt_tag if self.cfg.tag_one_way else self.codec.one_way_tag,
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
