"""mt finetune: adapt a pretrained model to vi<->en and to your domain; every FinetuneConfig field is a flag.

    mt finetune --base models/vien-base-hf --data my.tsv --out runs/ft [--lora] [--config ft.toml]
    accelerate launch --multi_gpu --num_processes 8 -m mt finetune --base ... --data ... --out runs/ft
"""
from __future__ import annotations

import argparse
import dataclasses
import sys

LISTS = {"data": "SPEC", "one_way": "SPEC=DIR", "self_train": "SPEC", "dev": "SPEC", "directions": "DIR"}
HELP = {
    "base": "hub id or local Hugging Face checkpoint directory to start from",
    "data": "training data: PREFIX (PREFIX.vi + PREFIX.en), a folder with train.vi/train.en, a .tsv or a .jsonl",
    "one_way": "train these --data specs in one direction only, e.g. bt/news_vien=vi-en (a synthetic corpus, into "
               "its real side); folders made by `mt data backtranslate` are one-way without it",
    "tag_one_way": "tagged back-translation: one-way sources start with a tag (the base's own from mt train "
                   "--tag-one-way, else the text <bt>) that real input never has",
    "self_train": "self-training: these one-way --data specs also train the other way round, from their real side "
                  "into their machine-made one (untagged)",
    "out": "output directory (a rerun of the same command resumes from OUT/checkpoint)",
    "dev": "domain dev set(s), same forms or a test set name (default: the last --dev-size pairs of --data)",
    "general": "general set scored alongside dev to watch forgetting: a test set name or data spec; '' for none",
    "data_dir": "where named test sets live (default: $MT_DATA_DIR, then eval/data)",
    "directions": "vi-en and/or en-vi (default: both; a Marian model's own direction)",
    "lora": "train a LoRA adapter (peft) instead of all weights; it is merged into the saved model",
    "lr": "peak learning rate (default 0: 1e-4 full, 1e-3 LoRA)",
    "max_tokens": "padded tokens per micro-batch per process",
    "eval_every": "optimizer steps between dev evaluations (0: once per epoch)",
    "patience": "evaluations without dev improvement before stopping (0: never)",
    "max_forgetting": "a checkpoint that loses more chrF than this on the general set is never kept (0: off)",
    "precision": "auto (bf16 on GPUs and on CPUs with avx512_bf16, else fp32; fp16 on GPUs without bf16), no, "
                 "bf16, fp16",
    "save_dtype": "dtype of the saved model (auto: the base checkpoint's)",
    "dev_size": "pairs taken from the end of --data as the dev set when --dev is not given",
    "general_size": "sentences of the general set scored (its first N; 0: all)",
    "grad_accum": "micro-batches per optimizer step",
    "epochs": "passes over the training data (--max-steps overrides)",
    "time_budget": "seconds of training in all, resumes included (0: none)",
    "metric": "chrf or bleu: what early stopping maximises on dev",
    "keep": "best: save the weights of the best dev evaluation (default); last: the final weights",
    "min_gain": "dev metric points an evaluation must gain over the best so far (the base model first) to count as "
                "better; guards against keeping noise",
    "eval_beam": "beam size of the dev/general translations during training",
    "threads": "CPU threads per process (0: torch's default; 1 is much faster when other jobs share the cores)",
    "save_every": "seconds between checkpoints (one is always written at the end)",
}


def add(sub) -> None:
    from ..finetune import FinetuneConfig

    p = sub.add_parser("finetune", help="fine-tune a pretrained model (NLLB, M2M100, Marian, mBART-50, T5)",
                       description="Fine-tune a pretrained seq2seq translation model on vi<->en pairs, fully or with "
                                   "LoRA, with early stopping on dev chrF/BLEU and a forgetting guard. Runs under "
                                   "`accelerate launch` unchanged for multi-GPU / multi-node training.")
    p.add_argument("--config", metavar="FILE", help="TOML file of settings (field names as below, with _); "
                                                    "flags override it")
    defaults = FinetuneConfig(base="x", data=["x"], out="x")
    for f in dataclasses.fields(FinetuneConfig):
        flag = "--" + ("direction" if f.name == "directions" else f.name).replace("_", "-")
        default = getattr(defaults, f.name) if f.name not in ("base", "data", "out") else None
        text = HELP.get(f.name, "")
        if f.name in LISTS:
            p.add_argument(flag, dest=f.name, nargs="+", metavar=LISTS[f.name], default=None, help=text)
        elif isinstance(default, bool):
            p.add_argument(flag, dest=f.name, action=argparse.BooleanOptionalAction, default=None, help=text)
        else:
            kind = type(default) if default is not None else str
            shown = f" (default: {default})" if default not in (None, "") else ""
            p.add_argument(flag, dest=f.name, type=kind, default=None, help=text + shown)
    p.set_defaults(func=run)


def run(args) -> int:
    from ..finetune import FinetuneConfig, config_from, finetune

    values = {f.name: getattr(args, f.name) for f in dataclasses.fields(FinetuneConfig)}
    print(finetune(config_from(values, args.config), log=lambda m: print(m, file=sys.stderr, flush=True)))
    return 0
