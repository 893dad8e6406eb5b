"""The `mt` command: each subcommand turns its arguments into one library call.

    mt train --out runs/base --time-budget 3600
    mt export runs/base/model --out models/mine --quantization int8
    mt translate "Tôi yêu Hà Nội." --src vi --tgt en
    mt eval --testset flores200-devtest --src vi --tgt en
    mt serve --port 7860
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from . import config
from .errors import MTError


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except MTError as e:
        print(f"mt: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mt: interrupted", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mt", description="Vietnamese<->English machine translation toolkit.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_train(sub)
    return p


# ---------------------------------------------------------------- train


def _add_train(sub):
    from .train import TrainConfig

    p = sub.add_parser("train", help="train a compact vi<->en model from scratch",
                       description="Train a bidirectional vi<->en transformer from scratch. Resumes from "
                                   "OUT/checkpoint when it exists.")
    defaults = TrainConfig.__dataclass_fields__
    for f in dataclasses.fields(TrainConfig):
        flag = "--" + f.name.replace("_", "-")
        default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
        if f.name == "data_dir":
            p.add_argument(flag, default=None, help=f"parallel data directory (default: ${config.ENV['data_dir'][0]} "
                                                     f"or {config.ENV['data_dir'][1]})")
        elif isinstance(default, dict):
            p.add_argument(flag, default=None, metavar="NAME=N,...",
                           help=f"repeat these corpora N times per epoch (default: {_fmt_dict(default)})")
        else:
            p.add_argument(flag, type=type(default), default=default, help=f"(default: {default})")
    del defaults
    p.set_defaults(func=_run_train)


def _fmt_dict(d: dict) -> str:
    return ",".join(f"{k}={v}" for k, v in d.items()) or "none"


def _parse_dict(text: str) -> dict:
    from .errors import InputError

    out = {}
    for item in filter(None, text.split(",")):
        name, _, n = item.partition("=")
        if not n.isdigit() or int(n) < 1:
            raise InputError(f"--upsample takes NAME=N pairs with N >= 1, not {item!r}")
        out[name] = int(n)
    return out


def _run_train(args) -> int:
    from .train import TrainConfig, train

    values = {f.name: getattr(args, f.name) for f in dataclasses.fields(TrainConfig)}
    values["data_dir"] = values["data_dir"] or str(config.data_dir())
    if values["upsample"] is None:
        values.pop("upsample")
    else:
        values["upsample"] = _parse_dict(values["upsample"])
    model_dir = train(TrainConfig(**values))
    print(model_dir)
    return 0


def _print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))
