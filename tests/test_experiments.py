"""scripts/gpu_experiments.py: its plan must be valid before GPU time is spent on it."""
import dataclasses
import importlib.util
import shlex
import tomllib

import pytest

from conftest import REPO
from mt.cli import build_parser
from mt.train import TrainConfig

spec = importlib.util.spec_from_file_location("gpu_experiments", REPO / "scripts" / "gpu_experiments.py")
gx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gx)

PLAN = tomllib.loads((REPO / "scripts" / "experiments.toml").read_text())


@pytest.mark.parametrize("name", list(PLAN["experiments"]))
def test_every_planned_run_is_a_valid_mt_train_command(name):
    argv = ["train", "--time-budget", "400", *shlex.split(PLAN["common"]["flags"]),
            *shlex.split(PLAN["experiments"][name])]
    args = build_parser().parse_args(argv)
    values = {f.name: getattr(args, f.name) for f in dataclasses.fields(TrainConfig)}
    values.pop("upsample")
    cfg = TrainConfig(**values)
    assert cfg.time_budget == 400 and cfg.max_tokens == 48000


def _result(dev_loss, dev_bleus=None):
    scores = [{"testset": "flores200-dev", "src": s, "tgt": t, "bleu": b, "chrf": 40.0}
              for (s, t), b in zip((("vi", "en"), ("en", "vi")), dev_bleus or [])]
    return {"dev_loss": dev_loss, "scores": scores}


def test_the_best_run_is_chosen_on_dev_bleu_then_on_dev_loss():
    results = {"a": _result(2.6, [17.0, 24.0]), "b": _result(2.5, [16.0, 24.5]), "c": _result(2.4)}
    assert gx.choose(results) == "a"  # mean dev BLEU 20.5 > 20.25; c has no scores
    assert gx.choose({"b": _result(2.5), "c": _result(2.4)}) == "c"
    assert gx.choose({"x": _result(None)}) is None
