"""scripts/gpu_experiments.py: its plan must be valid before GPU time is spent on it."""
import importlib.util
import shlex
import tomllib
from dataclasses import asdict

import pytest

from conftest import REPO
from mt.cli import build_parser
from mt.cli.train import config_from

spec = importlib.util.spec_from_file_location("gpu_experiments", REPO / "scripts" / "gpu_experiments.py")
gx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gx)

PLAN = tomllib.loads((REPO / "scripts" / "experiments.toml").read_text())


def _config(name):
    """The TrainConfig of a planned run (common flags, then its own) and the corpus it trains on."""
    flags, data = gx.experiment(PLAN["experiments"][name], ".carry/exp/data", PLAN["experiments"], (name,))
    argv = ["train", "--time-budget", "400", *shlex.split(PLAN["common"]["flags"]), *shlex.split(flags)]
    return config_from(build_parser().parse_args(argv)), flags, data


@pytest.mark.parametrize("name", list(PLAN["experiments"]))
def test_every_planned_run_is_a_valid_mt_train_command(name):
    cfg, flags, data = _config(name)
    assert cfg.time_budget == 400 and cfg.max_tokens == 48000
    # a run on another vocabulary names its size in its corpus folder's name (exp8k: 8000), the same as its flags
    if "--vocab-size" in flags:
        assert data == f".carry/exp{cfg.vocab_size // 1000}k/data"
    # a one-way corpus is upsampled by name like any other: the names must be the synthetic corpora's
    continued = (".carry/expv5/data", ".carry/expv6/data", ".carry/expv7/data", ".carry/expv8/data")
    assert all(name.startswith("bt_") and data in (".carry/expbt/data", *continued) for name in cfg.one_way)
    # a continuation of the bundled model trains on a corpus encoded with its vocabulary
    assert (cfg.init_from == "models/vien-base-hf") == (data in continued)


def test_a_run_that_extends_another_changes_only_its_own_flags():
    base, _, base_data = _config("v5bt")
    for name, changed in [("v5bt_lr2e4", {"lr": 2e-4}),
                          ("v5st", {"self_train": ["bt_evbnews_vien", "bt_evbnews_envi", "bt_tatoeba_vien",
                                                   "bt_tatoeba_envi"]})]:
        cfg, _, data = _config(name)
        assert data == base_data
        assert {k: v for k, v in asdict(cfg).items() if asdict(base)[k] != v} == changed


def test_the_default_round_continues_round_three_best_recipe_on_its_own_corpus():
    best, _, _ = _config("v7st_lr2e3")  # (v8)
    cfgs = {name: _config(name) for name in gx.DEFAULT_ROUND}
    assert all(data == ".carry/expv8/data" for _, _, data in cfgs.values())
    assert asdict(cfgs["v8st"][0]) == asdict(best) and best.dropout == 0.3 and best.lr == 2e-3
    assert cfgs["v8st_lr3e3"][0].lr == 3e-3 and cfgs["v8st_lr4e3"][0].lr == 4e-3


@pytest.mark.parametrize("plan, message", [
    ({"a": {"extends": "b"}}, "no such run"),
    ({"a": {"extends": "b"}, "b": {"extends": "a", "flags": ""}}, "a loop"),
])
def test_a_bad_extends_is_refused(plan, message):
    with pytest.raises(SystemExit, match=message):
        gx.experiment(plan["a"], "d", plan, ("a",))


def test_a_run_on_its_own_corpus_is_linked_to_it(tmp_path, monkeypatch):
    plan = tmp_path / "plan.toml"
    plan.write_text('[experiments]\na = "--dropout 0.3"\nb = { flags = "--vocab-size 8000", data = "d8" }\n')
    for d in ("d12", "d8"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "manifest.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    args = gx.argparse.Namespace(plan=str(plan), only=["a", "b"], data="d12", runs=str(tmp_path / "runs"),
                                 budget=5, extra="")
    runs = gx.plan_runs(args)
    assert (runs["a"]["dir"] / "data").resolve() == (tmp_path / "d12").resolve()
    assert (runs["b"]["dir"] / "data").resolve() == (tmp_path / "d8").resolve()
    assert runs["b"]["cmd"][-2:] == ["--vocab-size", "8000"]
    (tmp_path / "d8" / "manifest.json").unlink()
    with pytest.raises(SystemExit, match="b: .*holds no encoded corpus"):
        gx.plan_runs(gx.argparse.Namespace(**{**vars(args), "runs": str(tmp_path / "runs2")}))


def test_a_packed_corpus_is_unpacked_before_the_runs(tmp_path, monkeypatch):
    plan = tmp_path / "plan.toml"
    plan.write_text('[experiments]\nc = { flags = "", data = "packed/exp/data" }\n')
    (tmp_path / "exp" / "data").mkdir(parents=True)
    (tmp_path / "exp" / "data" / "manifest.json").write_text('{"corpora": []}')
    (tmp_path / "packed").mkdir()
    with gx.tarfile.open(tmp_path / "packed" / "exp.tar.xz", "w:xz") as tar:
        tar.add(tmp_path / "exp" / "data", arcname="data")
    (tmp_path / "packed" / "exp" / "data").mkdir(parents=True)  # what a stopped unpack would have left
    (tmp_path / "packed" / "exp" / "data" / "train.en.ids.npy").write_text("half")
    monkeypatch.chdir(tmp_path)
    args = gx.argparse.Namespace(plan=str(plan), only=["c"], data="unused", runs=str(tmp_path / "runs"), budget=5,
                                 extra="")
    runs = gx.plan_runs(args)
    unpacked = tmp_path / "packed" / "exp" / "data" / "manifest.json"
    assert unpacked.read_text() == '{"corpora": []}'
    assert (runs["c"]["dir"] / "data" / "manifest.json").resolve() == unpacked.resolve()
    assert sorted(x.name for x in (tmp_path / "packed" / "exp").iterdir()) == ["data"]  # no scratch folder left
    assert not (tmp_path / "packed" / "exp" / "data" / "train.en.ids.npy").exists()


def _result(dev_loss, dev_bleus=None):
    scores = [{"testset": "flores200-dev", "src": s, "tgt": t, "bleu": b, "chrf": 40.0}
              for (s, t), b in zip((("vi", "en"), ("en", "vi")), dev_bleus or [])]
    return {"dev_loss": dev_loss, "scores": scores}


def test_the_best_run_is_chosen_on_dev_bleu_then_on_dev_loss():
    results = {"a": _result(2.6, [17.0, 24.0]), "b": _result(2.5, [16.0, 24.5]), "c": _result(2.4)}
    assert gx.choose(results) == "a"  # mean dev BLEU 20.5 > 20.25; c has no scores
    assert gx.choose({"b": _result(2.5), "c": _result(2.4)}) == "c"
    assert gx.choose({"x": _result(None)}) is None
