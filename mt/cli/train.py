"""mt train: a compact vi<->en model from scratch; every TrainConfig field is a flag."""
from __future__ import annotations

import dataclasses

from .. import config
from ..errors import InputError


HELP = {
    "init_from": "start from a model saved by `mt train` (e.g. models/vien-base-hf): its vocabulary, shape and "
                 "weights; the shape flags are then ignored",
    "attention_dropout": "dropout on attention weights",
    "activation_dropout": "dropout after the feed-forward activation",
    "spm_alpha": "subword regularisation: train on segmentations sampled with this alpha (0.1 is usual; 0 = off)",
    "spm_samples": "how many sampled segmentations of the corpus the epochs take in turn",
    "average_last": "save the average of the weights at the last N dev evaluations when its dev loss is lower "
                    "(0 = off)",
    "time_budget": "seconds of training in all, resumes included; the learning rate decays over it",
    "lr_schedule": "after the warm-up: cosine (to 0 at the end of the budget), inverse-sqrt or constant",
    "max_tokens": "padded source + target tokens per batch",
    "tag_one_way": "tagged back-translation: the sources of the --one-way corpora get a tag token (one of the "
                   "spare ones) that translation never adds, so the model can tell machine-made input from real",
    "save_dtype": "dtype of the saved model (float32, float16, bfloat16); checkpoints stay float32",
}


def add(sub) -> None:
    from ..train import TrainConfig

    p = sub.add_parser("train", help="train a compact vi<->en model from scratch",
                       description="Train a bidirectional vi<->en transformer from scratch. Resumes from "
                                   "OUT/checkpoint when it exists.")
    for f in dataclasses.fields(TrainConfig):
        flag = "--" + f.name.replace("_", "-")
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
        if f.name == "data_dir":
            p.add_argument(flag, default=None, help=f"parallel data directory (default: ${config.ENV['data_dir'][0]} "
                                                     f"or {config.ENV['data_dir'][1]})")
        elif f.name == "prepared":
            p.add_argument(flag, default="", metavar="DIR", help="train on a folder written by `mt data prepare` "
                                                                 "(default: run that pipeline on the data directory)")
        elif f.name == "one_way":
            p.add_argument(flag, default="", metavar="NAME=vi-en,...",
                           help="train these corpora in one direction only: back-translated pairs, whose source "
                                "side is machine output (default: every corpus both ways)")
        elif f.name == "self_train":
            p.add_argument(flag, default="", metavar="NAME,...",
                           help="also train these --one-way corpora the other way round, from their real side into "
                                "the machine-made one (self-training), without the --tag-one-way tag")
        elif isinstance(default, bool):
            p.add_argument(flag, action="store_true", help=HELP[f.name])
        elif isinstance(default, dict):
            p.add_argument(flag, default=None, metavar="NAME=N,...",
                           help="repeat these corpora N times per epoch; N = 0 leaves a corpus out "
                                f"(default: {_fmt_dict(default)})")
        else:
            text = f"{HELP[f.name]} " if f.name in HELP else ""
            p.add_argument(flag, type=type(default), default=default, help=f"{text}(default: {default!r})")
    p.set_defaults(func=run)


def _fmt_dict(d: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in d.items()) or "none"


def parse_repeats(text: str) -> dict:
    out = parse_pairs(text, "--upsample")
    bad = [f"{k}={v}" for k, v in out.items() if not v.isdigit()]
    if bad:
        raise InputError(f"--upsample takes NAME=N pairs with N >= 0, not {', '.join(bad)}")
    return {k: int(v) for k, v in out.items()}


def parse_pairs(text: str, flag: str) -> dict:
    out = {}
    for item in filter(None, text.split(",")):
        name, sep, value = item.partition("=")
        if not (name and sep and value):
            raise InputError(f"{flag} takes NAME=VALUE pairs, not {item!r}")
        out[name] = value
    return out


def run(args) -> int:
    from ..train import train

    print(train(config_from(args)))
    return 0


def config_from(args):
    """The TrainConfig that parsed `mt train` arguments describe."""
    from ..train import TrainConfig

    values = {f.name: getattr(args, f.name) for f in dataclasses.fields(TrainConfig)}
    values["data_dir"] = values["data_dir"] or str(config.data_dir())
    if values["upsample"] is None:
        values.pop("upsample")
    else:
        values["upsample"] = parse_repeats(values["upsample"])
    values["one_way"] = parse_pairs(values["one_way"], "--one-way")
    values["self_train"] = [name for name in values["self_train"].split(",") if name]
    return TrainConfig(**values)
