"""One evaluation run: every system on every test set and direction, scored together.

    from eval import suite, systems
    tasks = suite.make_tasks(["flores200-devtest"], directions=[("vi", "en"), ("en", "vi")])
    rows = suite.run([systems.load(systems.parse(s)) for s in ("copy", "lexical", "model")], tasks,
                     baseline="lexical")

Each row (system x test set x direction) carries BLEU, chrF, chrF++ and TER with signatures; 95% confidence
intervals and p-values against the baseline from sacreBLEU's paired bootstrap; the decoding settings; the
speed; a breakdown by source length and by domain; the worst segments; the model manifest, the hashes of the
test files and the code version. `eval.results` appends rows to a JSONL file; `eval.report` renders them.
"""
from __future__ import annotations

import re
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from mt.data import read_pair
from mt.errors import InputError
from mt.manifest import code_version, environment, sha256_file, write_text
from mt.text import strip_marks
from mt.shorthand import abbreviate
from mt.text import normalize
from mt.translate import DecodeOptions

from . import metrics, testsets

LENGTH_EDGES = (10, 20, 30, 40)  # source words: 1-9, 10-19, 20-29, 30-39, 40+
DIRECTIONS = (("vi", "en"), ("en", "vi"))


@dataclass
class Task:
    testset: str
    src: str
    tgt: str
    sources: list[str]
    refs: list[str]
    domains: list[str]
    domain: str
    files: dict = field(default_factory=dict)  # path -> sha256 (source and reference)
    limit: int = 0


def make_tasks(names: list[str], directions=DIRECTIONS, src_file: str | None = None, ref_file: str | None = None,
               data_dir: Path | None = None, limit: int = 0, typed: str = "") -> list[Task]:
    """Named test sets ("all" = every one) and/or a source/reference file pair, in each direction given.

    `typed` (one of TYPED) scores the sources as typed the quick way, in tasks named NAME+TYPED: without Vietnamese
    marks (Vietnamese sources only), in lower case, both, in lower case with chat shorthand
    (mt.shorthand.abbreviate), or in capitals."""
    if bool(src_file) != bool(ref_file):
        raise InputError("give both --src-file and --ref-file")
    if src_file and len(directions) != 1:
        raise InputError("--src-file/--ref-file need --src and --tgt (the files' languages)")
    if not names and not src_file:
        raise InputError("give --testset NAME, or both --src-file and --ref-file")
    if limit < 0:
        raise InputError("--limit must be positive (or 0 for every segment)")
    names = list(testsets.TESTSETS) if "all" in names else names
    tasks = []
    for name in dict.fromkeys(names):
        ts = testsets.get(name)
        for src, tgt in directions:
            paths = testsets.locate(name, src, tgt, data_dir)
            sources, refs = testsets.load(name, src, tgt, data_dir)
            domains = testsets.domains(name, len(sources), data_dir)
            tasks.append(_task(name, src, tgt, sources, refs, domains, ts.domain, paths, limit))
    if src_file:
        (src, tgt), = directions
        sources, refs = read_pair(Path(src_file), Path(ref_file))
        if not sources:
            raise InputError(f"{src_file} is empty")
        sources, refs = [normalize(x) for x in sources], [normalize(x) for x in refs]
        tasks.append(_task(Path(src_file).name, src, tgt, sources, refs, ["file"] * len(sources), "file",
                           (Path(src_file), Path(ref_file)), limit))
    return _typed(tasks, typed) if typed else tasks


TYPED = {"unmarked": lambda x, _: strip_marks(x), "lower": lambda x, _: x.lower(),
         "unmarked-lower": lambda x, _: strip_marks(x).lower(), "shorthand": abbreviate,
         "upper": lambda x, _: x.upper()}  # (text, language)


def _typed(tasks: list[Task], typed: str) -> list[Task]:
    """The tasks with their sources as typed so (marks stripped: Vietnamese sources only). A text in capitals is
    translated in capitals (mt.restore.from_capitals): its references are put in capitals too."""
    if typed not in TYPED:
        raise InputError(f"unknown typing style {typed!r}: one of {', '.join(TYPED)}")
    out = [replace(t, testset=f"{t.testset}+{typed}", sources=[TYPED[typed](x, t.src) for x in t.sources],
                   refs=[r.upper() for r in t.refs] if typed == "upper" else t.refs)
           for t in tasks if "unmarked" not in typed or t.src == "vi"]
    if not out:
        raise InputError(f"--typed {typed} strips the marks of Vietnamese sources: score a vi->en direction")
    return out


def _task(name, src, tgt, sources, refs, domains, domain, paths, limit) -> Task:
    if limit:
        sources, refs, domains = sources[:limit], refs[:limit], domains[:limit]
    files = {str(p): sha256_file(p) for p in paths}
    return Task(name, src, tgt, sources, refs, domains, domain, files, limit)


def decoding(options: DecodeOptions) -> dict:
    d = asdict(options)
    d["max_length"] = f"{options.max_length_ratio:g} x source tokens + 10"
    return d


def run(systems: list, tasks: list[Task], baseline: str | None = None, options: DecodeOptions | None = None,
        n_bootstrap: int = 1000, worst: int = 5, hyps_dir: str | None = None, hyps_out: str | None = None,
        log=None) -> list[dict]:
    """Translate and score; returns the rows (system x task), baseline first within each task.
    Outputs are written to `hyps_dir` (a file per system, set, direction) and/or `hyps_out` (one system, one task)."""
    options = options or DecodeOptions()
    options.check()
    log = log or (lambda m: None)
    labels = [s.label for s in systems]
    if len(set(labels)) != len(labels):
        raise InputError(f"two systems share a label ({', '.join(labels)}): name them with LABEL=SPEC")
    baseline = baseline or labels[0]
    if hyps_out and len(systems) * len(tasks) != 1:
        raise InputError("--hyps-out takes one system on one test set and direction: use --hyps-dir")
    if baseline not in labels:
        raise InputError(f"baseline {baseline!r} is not one of the systems: {', '.join(labels)}")
    for system in systems:  # a one-way model fails now, not after an hour of the others' decoding
        check = getattr(system.translator, "check_direction", None)
        for task in tasks:
            if check:
                check(task.src, task.tgt)
    ordered = sorted(systems, key=lambda s: s.label != baseline)
    common = {"run": time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6], "baseline": baseline,
              "decoding": decoding(options), "code": code_version(), "environment": environment()}
    rows = []
    for task in tasks:
        outputs = {}
        for system in ordered:
            hyps, seconds = system.translate(task.sources, task.src, task.tgt, options)
            outputs[system.label] = hyps
            log(f"{task.testset} {task.src}->{task.tgt} {system.label}: {len(hyps)} segments in {seconds:.1f} s")
            rows.append(_row(common, system, task, hyps, seconds, worst))
            text = "".join(h + "\n" for h in hyps)
            if hyps_dir:
                write_text(Path(hyps_dir) / f"{_slug(system.label)}.{task.testset}.{task.src}-{task.tgt}.txt", text)
            if hyps_out:
                write_text(Path(hyps_out), text)
        _add_scores(rows[-len(ordered):], outputs, task.refs, n_bootstrap)
    return [_tidy(r) for r in rows]


_FRONT = ("run", "time", "system", "kind", "runtime", "precision", "testset", "domain", "src", "tgt", "n", "bleu",
          "chrf", "chrfpp", "ter", "ci", "p_value", "baseline", "is_baseline", "beam_size", "decoding", "speed")


def _tidy(row: dict) -> dict:
    """Scores first, so a reader of the JSONL sees them before the manifests."""
    return {**{k: row[k] for k in _FRONT if k in row}, **{k: v for k, v in row.items() if k not in _FRONT}}


def _slug(label: str) -> str:
    return re.sub(r"[^\w.-]+", "_", label).strip("_")


def _row(common: dict, system, task: Task, hyps: list[str], seconds: float, worst: int) -> dict:
    words = sum(len(h.split()) for h in hyps)
    speed = None
    if system.kind != "copy" and seconds > 0:
        speed = {"seconds": round(seconds, 4), "segments_per_s": round(len(hyps) / seconds, 2),
                 "words_per_s": round(words / seconds, 1), "threads": system.threads or "default",
                 "device": system.device}
    row = {
        "run": common["run"], "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "system": system.label, "kind": system.kind, "runtime": system.runtime, "precision": system.precision or None,
        "testset": task.testset, "domain": task.domain, "src": task.src, "tgt": task.tgt, "n": len(hyps),
        "limit": task.limit or None, "baseline": common["baseline"], "is_baseline": system.label == common["baseline"],
        "beam_size": common["decoding"]["beam_size"] if system.searches else None,
        "decoding": {**common["decoding"], "applies": system.searches},
        "speed": speed,
        "breakdown": breakdown(task, hyps),
        "worst": worst_segments(task, hyps, worst) if system.kind != "copy" else [],
        "model": system.target or None, "model_manifest": system.manifest,
        "data": task.files, "code": common["code"], "environment": common["environment"],
    }
    return row


def _add_scores(rows: list[dict], outputs: dict[str, list[str]], refs: list[str], n_bootstrap: int) -> None:
    """Point scores and signatures for every system; with the bootstrap, 95% CIs for all and p-values against
    the first row's system (the baseline)."""
    result = metrics.compare([(r["system"], outputs[r["system"]]) for r in rows], refs, n_bootstrap) \
        if n_bootstrap else None
    for row in rows:
        hyps = outputs[row["system"]]
        if result is None:
            row.update({name: metrics.score_one(name, hyps, refs) for name in metrics.METRICS})
        else:
            r = result[row["system"]]
            row.update({name: r[name]["score"] for name in metrics.BOOTSTRAP_METRICS})
            row["chrf"] = metrics.score_one("chrf", hyps, refs)
            row["ci"] = {name: {"mean": r[name]["mean"], "ci": r[name]["ci"]} for name in metrics.BOOTSTRAP_METRICS}
            row["p_value"] = None if row["is_baseline"] else {n: r[n]["p_value"] for n in metrics.BOOTSTRAP_METRICS}
        row["signature"] = {name: metrics.signature(name) for name in metrics.METRICS}
        if result is not None:
            row["signature"]["bootstrap"] = result["_signature"]


def length_bucket(words: int) -> str:
    low = 1
    for edge in LENGTH_EDGES:
        if words < edge:
            return f"{low}-{edge - 1}"
        low = edge
    return f"{LENGTH_EDGES[-1]}+"


def breakdown(task: Task, hyps: list[str]) -> dict:
    """BLEU and chrF++ by source-length bucket and by segment domain, with the summed sufficient statistics
    (so `eval.report` can pool a bucket across test sets)."""
    st = metrics.stats(hyps, task.refs)
    groups = {"length": [length_bucket(len(s.split())) for s in task.sources], "domain": task.domains}
    out = {}
    for kind, keys in groups.items():
        out[kind] = {}
        for key in sorted(set(keys), key=_bucket_order):
            idx = [i for i, k in enumerate(keys) if k == key]
            sums = {m: [sum(st[m][i][j] for i in idx) for j in range(len(st[m][0]))] for m in st}
            out[kind][key] = {"n": len(idx), "bleu": metrics.from_stats("bleu", sums["bleu"]),
                              "chrfpp": metrics.from_stats("chrfpp", sums["chrfpp"]), "stats": sums}
    return out


def _bucket_order(key: str):
    head = key.split("-")[0].rstrip("+")
    return (0, int(head), "") if head.isdigit() else (1, 0, key)


def worst_segments(task: Task, hyps: list[str], n: int) -> list[dict]:
    if n <= 0:
        return []
    scores = metrics.sentence_chrfpp(hyps, task.refs)
    order = sorted(range(len(hyps)), key=lambda i: (scores[i], i))[:n]
    return [{"i": i, "chrfpp": round(scores[i], 1), "source": task.sources[i], "reference": task.refs[i],
             "hypothesis": hyps[i]} for i in order]
