"""Train several `mt train` configurations side by side on one GPU, score each, bring the best one back.

A lent GPU session has 15 minutes of device time and 10 minutes a call, so one call does a whole round. The
default round continues the bundled model on its own back-translations (the general-domain corpora translated by
v8, encoded with the training data):

    here:   bash scripts/gpu_carry.sh     # PREP by scripts/bt_data.sh, encoded by `mt train --max-steps 1`,
                                          # packed (20 MB encoded, 5.6 MB xz) as .carry/expv8.tar.xz; .carry/data
            python scripts/gpu_experiments.py --budget 60 --limit 3 --runs /tmp/dry --test-data .carry/data
                --extra "--max-tokens 1000 --log-every 1 --max-steps 2 --eval-every 2"   # CPU dry run, 4 min
            bash scripts/device_tree.sh slim-ct2   # untracks the int8 model and what no run reads: 58.3 MiB left
    there:  python3 scripts/gpu_experiments.py --budget 400
                (carry [".carry/expv8.tar.xz"], timeout_s 600: IWSLT (.carry/data) no longer fits, and is scored on
                CPU only)
    here:   bash scripts/device_tree.sh restore

The runs from scratch (`--only clean --only reg --only all`, ...) train on .carry/exp/data instead: `python -m mt
train --data-dir ../shared/data/vien --out .carry/exp --max-steps 1`, keep only its data/ (the vocab8k / vocab16k
runs: the same with --vocab-size 8000 --out .carry/exp8k, and 16000), carry [".carry"] after `device_tree.sh slim`.

Every run of the plan (scripts/experiments.toml) starts at once on the same data with the same training-time
budget, so they are compared under equal sharing of the GPU. Then each model is scored with transformers on the
GPU (beam 4, as `mt eval`) on FLORES-200 dev and devtest, IWSLT'15 tst2013 and Tatoeba, both directions. The run
with the best mean FLORES-200 dev BLEU (chosen on dev, never on a test set) comes back as model.tar.part-*;
every run's logs, manifest and scores come back in logs.tar.gz and results.json. Whatever is done by the deadline
comes back even when something runs late. A run's corpus folder missing beside its packed copy (DIR.tar.xz for
DIR/data) is unpacked first.
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTSETS = ("flores200-dev", "flores200-devtest", "iwslt15-tst2013", "tatoeba-test")
SELECT_ON = "flores200-dev"
DEFAULT_ROUND = ("v8st", "v8st_lr3e3", "v8st_lr4e3")  # more runs at once leave each too few steps to compare


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--plan", default=str(REPO / "scripts" / "experiments.toml"))
    p.add_argument("--budget", type=float, help="training seconds per run (they run at once)")
    p.add_argument("--deadline", type=float, default=570, help="wall seconds for everything (default: 570)")
    p.add_argument("--data", default=".carry/exp/data", help="the encoded corpus every run trains on")
    p.add_argument("--test-data", default=".carry/data", help="MT_DATA_DIR for test sets not shipped in eval/data")
    p.add_argument("--runs", default="/tmp/mt-exp", help="where the runs are written")
    p.add_argument("--only", action="append", default=[],
                   help=f"run only these experiments (repeatable; default: {', '.join(DEFAULT_ROUND)})")
    p.add_argument("--extra", default="", help="flags added to every run (a tiny model for a dry run)")
    p.add_argument("--limit", type=int, default=0, help="score only the first N segments of each set")
    p.add_argument("--score", nargs=2, metavar=("MODEL", "OUT"), help=argparse.SUPPRESS)  # internal
    args = p.parse_args(argv)
    if args.score:
        return score(Path(args.score[0]), Path(args.score[1]), args.limit)
    if not args.budget or args.budget <= 0:
        p.error("give --budget SECONDS (training time per run)")
    start = time.time()
    out = Path(os.environ.get("OUT", "/tmp/mt-out"))
    out.mkdir(parents=True, exist_ok=True)
    runs = plan_runs(args)
    train_all(runs, args, start)
    score_all(runs, args, start)
    results = collect(runs)
    best = choose(results)
    report(results, best, out)
    pack(runs, best, out)
    return 0 if best else 1


def plan_runs(args) -> dict[str, dict]:
    plan = tomllib.loads(Path(args.plan).read_text())
    common = shlex.split(plan.get("common", {}).get("flags", ""))
    wanted = args.only or list(DEFAULT_ROUND)
    missing = [n for n in wanted if n not in plan["experiments"]]
    if missing:
        sys.exit(f"not in {args.plan}: {', '.join(missing)}")
    runs = {}
    for name in wanted:
        text, data = experiment(plan["experiments"][name], args.data, plan["experiments"], (name,))
        data = unpacked(Path(data).resolve())
        if not (data / "manifest.json").is_file():
            sys.exit(f"{name}: {data} holds no encoded corpus: see this script's docstring")
        rdir = Path(args.runs) / name
        rdir.mkdir(parents=True, exist_ok=True)
        if not (rdir / "data").exists():
            (rdir / "data").symlink_to(data)
        flags = shlex.split(text)
        runs[name] = {"dir": rdir, "flags": flags, "cmd": [sys.executable, "-m", "mt", "train", "--out", str(rdir),
                                                            "--time-budget", str(args.budget), *common, *flags,
                                                            *shlex.split(args.extra)]}
    return runs


def unpacked(data: Path) -> Path:
    """DIR/data, unpacked from DIR.tar.xz when only that travelled (the encoded corpus packs to a quarter)."""
    packed = data.parent.with_name(data.parent.name + ".tar.xz")
    if not (data / "manifest.json").is_file() and packed.is_file():
        # into a scratch folder first, so that a stopped unpack never leaves a corpus that looks whole
        tmp = data.parent / ".unpacking"
        shutil.rmtree(tmp, ignore_errors=True)
        with tarfile.open(packed) as tar:
            tar.extractall(tmp, filter="data")
        shutil.rmtree(data, ignore_errors=True)
        (tmp / "data").rename(data)
        tmp.rmdir()
        print(f"unpacked {packed} into {data.parent}", flush=True)
    return data


def experiment(entry, default_data: str, plan: dict, seen: tuple = ()) -> tuple[str, str]:
    """A plan entry is a string of flags (the run trains on the shared corpus) or a table {flags, data} for a run
    on its own encoded corpus, e.g. one with another vocabulary size. A table with `extends = "NAME"` is that run's
    flags followed by its own (a later flag wins, as in `mt train`), on that run's corpus unless it names one."""
    if isinstance(entry, str):
        return entry, default_data
    if "extends" not in entry:
        return entry.get("flags", ""), entry["data"]
    parent = entry["extends"]
    if parent not in plan or parent in seen:
        sys.exit(f"extends = {parent!r}: " + ("a loop" if parent in seen else "no such run in the plan"))
    flags, data = experiment(plan[parent], default_data, plan, (*seen, parent))
    return f"{flags} {entry.get('flags', '')}".strip(), entry.get("data", data)


def train_all(runs: dict, args, start: float) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO)}
    procs = {}
    for name, run in runs.items():
        print(f"[{name}] {shlex.join(run['cmd'][2:])}", flush=True)
        with open(run["dir"] / "train.txt", "w") as log:  # the child keeps its own copy of the handle
            procs[name] = subprocess.Popen(run["cmd"], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
    # scoring needs about a fifth of the time left after training; stop runs that are later than that
    stop_at = start + args.deadline - max(60.0, 0.2 * (args.deadline - args.budget))
    while any(p.poll() is None for p in procs.values()):
        time.sleep(10)
        print(f"{time.time() - start:5.0f}s " + " | ".join(f"{n}: {_last_line(runs[n]['dir'])}" for n in procs),
              flush=True)
        if time.time() > stop_at:
            for name, proc in procs.items():
                if proc.poll() is None:
                    print(f"[{name}] past its time: stopped", flush=True)
                    proc.kill()
            break
    for name, proc in procs.items():
        runs[name]["returncode"] = proc.wait()


def _last_line(rdir: Path) -> str:
    try:
        lines = [x for x in (rdir / "train.txt").read_text().splitlines() if x.startswith("step")]
    except OSError:
        return "-"
    return lines[-1][:60] if lines else "starting"


def score_all(runs: dict, args, start: float) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO), "MT_DATA_DIR": args.test_data}
    procs = {}
    for name, run in runs.items():
        if (run["dir"] / "model" / "config.json").is_file():
            cmd = [sys.executable, __file__, "--limit", str(args.limit),
                   "--score", str(run["dir"] / "model"), str(run["dir"] / "scores.json")]
            with open(run["dir"] / "score.txt", "w") as log:
                procs[name] = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=REPO)
    while any(p.poll() is None for p in procs.values()) and time.time() < start + args.deadline - 20:
        time.sleep(2)
    for name, proc in procs.items():
        if proc.poll() is None:
            print(f"[{name}] scoring past the deadline: stopped", flush=True)
            proc.kill()


def score(model: Path, out: Path, limit: int) -> int:
    """Score one checkpoint on every test set, both directions; one row per set and direction."""
    import torch

    from eval import suite, systems
    from mt.errors import DataError
    from mt.translate import DecodeOptions

    device = "cuda" if torch.cuda.is_available() else "cpu"
    system = systems.load(systems.parse(f"hf:{model}"), device=device)
    rows = []
    for name in TESTSETS:  # one set at a time: a late run still has the first sets scored
        try:
            tasks = suite.make_tasks([name], limit=limit)
        except DataError as e:  # a test set missing here (e.g. IWSLT not carried) is skipped, not fatal
            print(f"{name}: {e}", flush=True)
            continue
        # bigger batches than on a CPU: the GPU decodes 256 sentences about as fast as 64
        opts = DecodeOptions(max_batch_size=256, max_batch_tokens=32768)
        for row in suite.run([system], tasks, options=opts, n_bootstrap=1000):
            rows.append({k: row.get(k) for k in ("testset", "src", "tgt", "n", "bleu", "chrf", "ci", "speed")})
            print(f"{name} {row['src']}->{row['tgt']}: BLEU {row['bleu']:.2f} chrF {row['chrf']:.2f}", flush=True)
        out.write_text(json.dumps(rows, indent=1))
    return 0


def collect(runs: dict) -> dict[str, dict]:
    results = {}
    for name, run in runs.items():
        r = {"flags": shlex.join(run["flags"]), "returncode": run.get("returncode")}
        manifest = run["dir"] / "model" / "mt_train.json"
        if manifest.is_file():
            m = json.loads(manifest.read_text())
            r.update({k: m.get(k) for k in ("steps", "epochs", "train_seconds", "dev_loss", "averaged",
                                             "device_name")})
        log = run["dir"] / "train.log"
        if log.is_file():
            rates = [json.loads(x)["tok_s"] for x in log.read_text().splitlines() if '"tok_s"' in x]
            r["tgt_tok_s"] = round(sum(rates) / len(rates)) if rates else None
        scores = run["dir"] / "scores.json"
        r["scores"] = json.loads(scores.read_text()) if scores.is_file() else []
        results[name] = r
    return results


def _bleu(r: dict, testset: str) -> float | None:
    rows = [s for s in r["scores"] if s["testset"] == testset]
    return sum(s["bleu"] for s in rows) / 2 if len(rows) == 2 else None


def choose(results: dict) -> str | None:
    """The best mean dev BLEU over both directions; without scores, the lowest dev loss."""
    scored = {n: _bleu(r, SELECT_ON) for n, r in results.items() if _bleu(r, SELECT_ON) is not None}
    if scored:
        return max(scored, key=scored.get)
    losses = {n: r["dev_loss"] for n, r in results.items() if r.get("dev_loss") is not None}
    return min(losses, key=losses.get) if losses else None


def report(results: dict, best: str | None, out: Path) -> None:
    (out / "results.json").write_text(json.dumps({"best": best, "selected_on": SELECT_ON, "runs": results},
                                                 indent=1))
    cols = [(t, s, g) for t in TESTSETS for s, g in (("vi", "en"), ("en", "vi"))]
    head = "run | steps | tok/s | dev loss | " + " | ".join(f"{t} {s}-{g}" for t, s, g in cols)
    lines = [head]
    for name, r in results.items():
        cells = []
        for t, s, g in cols:
            row = next((x for x in r["scores"] if (x["testset"], x["src"], x["tgt"]) == (t, s, g)), None)
            cells.append(f"{row['bleu']:.2f}/{row['chrf']:.1f}" if row else "-")
        loss = r.get("dev_loss")
        lines.append(f"{name}{' *' if name == best else ''} | {r.get('steps')} | {r.get('tgt_tok_s')} | "
                     f"{loss if loss is None else round(loss, 3)} | " + " | ".join(cells))
    text = "\n".join(lines) + "\n(BLEU/chrF; * = best mean BLEU on " + SELECT_ON + ", brought back)\n"
    (out / "summary.txt").write_text(text)
    print(text, flush=True)


def pack(runs: dict, best: str | None, out: Path) -> None:
    with tarfile.open(out / "logs.tar.gz", "w:gz") as tar:
        for name, run in runs.items():
            for f in ("train.txt", "train.log", "score.txt", "scores.json", "model/mt_train.json",
                      "model/config.json"):
                if (run["dir"] / f).is_file():
                    tar.add(run["dir"] / f, arcname=f"{name}/{f}")
    if best:
        model = runs[best]["dir"] / "model"
        subprocess.run(f"tar cf - -C {shlex.quote(str(model.parent))} model | split -b 15m - "
                       f"{shlex.quote(str(out / 'model.tar.part-'))}", shell=True, check=True)
    print("\n".join(f"{f.name} {f.stat().st_size}" for f in sorted(out.iterdir())), flush=True)


if __name__ == "__main__":
    sys.exit(main())
