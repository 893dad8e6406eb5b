"""mt serve: the web app."""
from __future__ import annotations

import threading

from .. import config, lazy_re
from .common import add_model_args, load_translator


def add(sub) -> None:
    p = sub.add_parser("serve", help="run the web app", description="Serve the Gradio translator on HOST:PORT.")
    add_model_args(p, beam=False)
    p.add_argument("--host", default=None, help=f"(default: ${config.ENV['host'][0]} or {config.ENV['host'][1]})")
    p.add_argument("--port", type=int, default=None,
                   help=f"(default: ${config.ENV['port'][0]} or {config.ENV['port'][1]})")
    p.set_defaults(func=run)


def _prepare_rules() -> None:
    from .. import phrasebook  # (here: the other commands need not import the rule modules)

    lazy_re.compile_all()
    phrasebook.prepare()


def run(args) -> int:
    from app.ui import serve

    translator = load_translator(args)
    # the rules' patterns are compiled on first use (mt/lazy_re.py) and their key index built on the first sentence
    # (mt/rule_keys.py): do both now, beside the server starting, so that no early request pays for it
    threading.Thread(target=_prepare_rules, name="compile-rules", daemon=True).start()
    serve(translator, host=args.host or config.setting("host"), port=args.port or int(config.setting("port")))
    return 0
