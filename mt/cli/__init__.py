"""The `mt` command. One module per subcommand; each turns its arguments into one library call.

    mt train --out runs/base --time-budget 3600
    mt finetune --base models/vien-base-hf --data my.tsv --out runs/ft [--lora]
    mt average models/vien-base-hf runs/a/model runs/b/model --out runs/soup
    mt export runs/base/model --out models/mine --quantization int8
    mt translate "Tôi yêu Hà Nội." --src vi --tgt en
    mt document notes.md --src auto --tgt en
    mt eval --testset flores200-devtest --src vi --tgt en
    mt serve --port 7860
    mt data check                 # data integrity and test-set leakage; also prepare, stats, mine

Each module defines `add(subparsers)`, which registers the subcommand and sets `func(args) -> int`.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import MTError

# subcommand modules, in the order `mt --help` lists them
COMMANDS = ("translate", "document", "serve", "evaluate", "train", "finetune", "average", "export", "data", "bench",
            "loadtest")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except MTError as e:
        print(f"mt: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mt: interrupted", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    p = argparse.ArgumentParser(prog="mt", description="Vietnamese<->English machine translation toolkit.")
    p.add_argument("--version", action="version", version=f"mt {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f".{name}", __name__).add(sub)
    return p
