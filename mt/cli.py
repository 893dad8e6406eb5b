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
    _add_export(sub)
    _add_translate(sub)
    _add_eval(sub)
    _add_serve(sub)
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


# ---------------------------------------------------------------- export


def _add_export(sub):
    from .export import QUANTIZATIONS

    p = sub.add_parser("export", help="convert a Hugging Face checkpoint to a CTranslate2 model",
                       description="Convert a Hugging Face seq2seq checkpoint (a directory, or a hub id when the hub "
                                   "is reachable) into a CTranslate2 model directory with its tokenizer and mt.json.")
    p.add_argument("hf_dir", metavar="HF_DIR", help="checkpoint directory or hub id")
    p.add_argument("--out", required=True, help="output directory")
    p.add_argument("--quantization", choices=QUANTIZATIONS, default="int8",
                   help="weight type in the exported model (default: int8)")
    p.add_argument("--direction", action="append", choices=["vi-en", "en-vi"],
                   help="direction(s) the model translates (needed for single-direction Marian models)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(func=_run_export)


def _run_export(args) -> int:
    from .export import export

    out = export(args.hf_dir, args.out, quantization=args.quantization, force=args.force,
                 directions=args.direction, log=lambda m: print(m, file=sys.stderr))
    print(out)
    return 0


# ---------------------------------------------------------------- translate


def _add_model_args(p, beam=True):
    p.add_argument("--model", default=None, help="exported model directory (default: the bundled model, "
                                                  f"or ${config.ENV['model_dir'][0]})")
    p.add_argument("--device", default=None, help="cpu or cuda (default: cpu)")
    if beam:
        p.add_argument("--beam-size", type=int, default=4, help="beam size (default: 4)")


def _add_translate(sub):
    p = sub.add_parser("translate", help="translate text from arguments or stdin",
                       description="Translate each TEXT argument, or each line of stdin when none is given; "
                                   "prints one output line per input line.")
    p.add_argument("text", nargs="*", metavar="TEXT")
    p.add_argument("--src", required=True, help="source language: vi or en")
    p.add_argument("--tgt", required=True, help="target language: vi or en")
    _add_model_args(p)
    p.set_defaults(func=_run_translate)


def _load_translator(args):
    from .translate import Translator

    return Translator.load(args.model, device=args.device or config.setting("device"))


def _run_translate(args) -> int:
    from .langs import check_pair

    check_pair(args.src, args.tgt)
    if args.text:
        lines = args.text
    else:
        lines = _read_stdin()
    translator = _load_translator(args)
    for out in translator.translate(lines, args.src, args.tgt, beam_size=args.beam_size):
        print(out.replace("\n", " "))
    return 0


def _read_stdin() -> list[str]:
    from .errors import InputError

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


# ---------------------------------------------------------------- eval


def _add_eval(sub):
    p = sub.add_parser("eval", help="score a model (or a baseline) on a test set with sacreBLEU",
                       description="Translate a test set and print sacreBLEU BLEU and chrF with signatures. "
                                   "--system copy scores the untranslated source (the copy baseline).")
    src = p.add_argument_group("what to score")
    src.add_argument("--testset", help="flores200-dev, flores200-devtest, iwslt15-tst2012, iwslt15-tst2013, "
                                       "tatoeba-test")
    src.add_argument("--src-file", help="source lines (instead of --testset)")
    src.add_argument("--ref-file", help="reference lines, aligned with --src-file")
    p.add_argument("--src", required=True, help="source language: vi or en")
    p.add_argument("--tgt", required=True, help="target language: vi or en")
    p.add_argument("--system", default="model", choices=["model", "copy"],
                   help="model (default) or the copy-the-source baseline")
    p.add_argument("--data-dir", default=None, help="where named test sets live (default: $MT_DATA_DIR, then "
                                                    "the copies in eval/data)")
    p.add_argument("--hyps-out", help="write the system's output here, one line per segment")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    _add_model_args(p)
    p.set_defaults(func=_run_eval)


def _run_eval(args) -> int:
    from pathlib import Path

    from eval.evaluate import evaluate, load_inputs

    from .langs import check_pair

    check_pair(args.src, args.tgt)
    name, sources, refs = load_inputs(args.testset, args.src_file, args.ref_file, args.src, args.tgt,
                                      Path(args.data_dir) if args.data_dir else None)
    translator = _load_translator(args) if args.system == "model" else None
    result = evaluate(args.system, sources, refs, args.src, args.tgt, beam_size=args.beam_size,
                      hyps_out=args.hyps_out, translator=translator)
    result["testset"] = name
    if translator is not None:
        result["model"] = str(translator.path)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"{name} {args.src}->{args.tgt} {args.system}: BLEU {result['bleu']:.2f}  chrF {result['chrf']:.2f}"
              f"  ({result['n']} segments)")
        print(f"  {result['signature']['bleu']}")
        print(f"  {result['signature']['chrf']}")
    return 0


# ---------------------------------------------------------------- serve


def _add_serve(sub):
    p = sub.add_parser("serve", help="run the web app",
                       description="Serve the Gradio translator on HOST:PORT.")
    _add_model_args(p, beam=False)
    p.add_argument("--host", default=None, help=f"(default: ${config.ENV['host'][0]} or {config.ENV['host'][1]})")
    p.add_argument("--port", type=int, default=None,
                   help=f"(default: ${config.ENV['port'][0]} or {config.ENV['port'][1]})")
    p.set_defaults(func=_run_serve)


def _run_serve(args) -> int:
    from app.ui import serve

    translator = _load_translator(args)
    host = args.host or config.setting("host")
    port = args.port or int(config.setting("port"))
    serve(translator, host=host, port=port)
    return 0
