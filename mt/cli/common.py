"""Arguments and helpers shared by several subcommands."""
from __future__ import annotations

import json
import sys

from .. import config
from ..errors import InputError


def add_model_args(p, beam: bool = True) -> None:
    p.add_argument("--model", default=None, help="exported model directory (default: the bundled model, "
                                                  f"or ${config.ENV['model_dir'][0]})")
    p.add_argument("--device", default=None, help=f"cpu or cuda (default: ${config.ENV['device'][0]} or cpu)")
    if beam:
        p.add_argument("--beam-size", type=int, default=4, help="beam size (default: 4)")


def load_translator(args):
    from ..translate import Translator

    return Translator.load(args.model, device=args.device or config.setting("device"))


def read_stdin_lines() -> list[str]:
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(f"stdin line {line} is not valid UTF-8") from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        raise InputError("no input: give TEXT arguments or lines on stdin")
    return lines


def print_json(obj) -> None:
    print(json.dumps(obj, ensure_ascii=False))
