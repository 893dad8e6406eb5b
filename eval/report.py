"""`mt eval report`: the results file as a Markdown report with PNG plots.

    mt eval report                                   # the last run in runs/eval/results.jsonl -> runs/eval/report/
    mt eval report --results r.jsonl --run all --out docs/eval

report.md holds the measured scores with their 95% confidence intervals and p-values, the published scores of
other systems (apart, labelled "published"), breakdowns by source length and by domain (pooled over the run's
test sets from sufficient statistics), quality against speed, the worst segments and every signature.
scores.png plots BLEU with CIs per test set and direction; quality_speed.png plots mean BLEU against segments
per second for the systems whose speed was measured.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from mt.errors import MissingDependency
from mt.manifest import write_text

from . import metrics

PUBLISHED = Path(__file__).resolve().parent / "published.json"
ARROW = {("vi", "en"): "vi→en", ("en", "vi"): "en→vi"}


def published(path: Path = PUBLISHED) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["rows"]


def render(rows: list[dict], out_dir: str | Path, results_path: str = "", pub: list[dict] | None = None) -> Path:
    """Write report.md and the plots into `out_dir`; returns the path of report.md."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pub = published() if pub is None else pub
    sets = {(r["testset"], r["src"], r["tgt"]) for r in rows}
    pub = [p for p in pub if (p["testset"], p["src"], p["tgt"]) in sets]
    plots = [plot_scores(rows, pub, out_dir / "scores.png")]
    speed_plot = plot_quality_speed(rows, out_dir / "quality_speed.png")
    if speed_plot:
        plots.append(speed_plot)
    text = markdown(rows, pub, results_path, [p.name for p in plots])
    path = out_dir / "report.md"
    write_text(path, text)
    return path


# ------------------------------------------------------------------ Markdown


def _dir(row) -> str:
    return ARROW.get((row["src"], row["tgt"]), f"{row['src']}→{row['tgt']}")


def _ci(row, name: str) -> str:
    value = row.get(name)
    if value is None:
        return "–"
    ci = (row.get("ci") or {}).get(name)
    return f"{value:.2f} ± {ci['ci']:.2f}" if ci else f"{value:.2f}"


def _p(row) -> str:
    if row.get("is_baseline"):
        return "baseline"
    p = (row.get("p_value") or {}).get("bleu")
    return "–" if p is None else f"{p:.3f}"


def _speed(row) -> str:
    s = row.get("speed")
    return f"{s['segments_per_s']:.1f}" if s else "–"


def markdown(rows: list[dict], pub: list[dict], results_path: str, plots: list[str]) -> str:
    runs = list(dict.fromkeys(r["run"] for r in rows))
    first = rows[0]
    dec = first.get("decoding", {})
    lines = ["# Evaluation report", ""]
    lines.append(f"Run{'s' if len(runs) > 1 else ''} {', '.join(runs)}; code {', '.join(sorted({r['code'] for r in rows}))}"
                 + (f"; results from `{results_path}`" if results_path else "") + ".")
    lines.append(f"Decoding (model systems): beam {dec.get('beam_size')}, length penalty {dec.get('length_penalty')}, "
                 f"max length {dec.get('max_length')}, batches of {dec.get('max_batch_size')}; "
                 "copy and lexical do not search.")
    lines.append("Scores: sacreBLEU BLEU, chrF++ and TER (lower is better) with 95% confidence intervals "
                 "(mean ± half-width) and p-values against the baseline from paired bootstrap resampling; "
                 "signatures at the end.")
    lines += ["", "## Measured scores", ""]
    multi = len(runs) > 1
    head = ["test set", "direction", "system", "BLEU", "chrF++", "TER", "chrF", "p (BLEU)", "n", "segments/s"]
    if multi:
        head.insert(0, "run")
    lines += [_row(head), _row(["---"] * 3 + ["---:"] * (len(head) - 3))]
    for r in sorted(rows, key=lambda r: (r["testset"], r["src"] != "vi", not r.get("is_baseline"))):
        label = r["system"] + (" (baseline)" if r.get("is_baseline") else "")
        if (r.get("decoding") or {}).get("restore_input") is False:  # mt eval --no-restore: input read as typed
            label += " (no restore)"
        if (r.get("decoding") or {}).get("retry_untranslated") is False:  # --no-retry-untranslated
            label += " (no retry)"
        cells = [r["testset"], _dir(r), label, _ci(r, "bleu"), _ci(r, "chrfpp"), _ci(r, "ter"),
                 f"{r['chrf']:.2f}", _p(r), str(r["n"]) + (" (limit)" if r.get("limit") else ""), _speed(r)]
        lines.append(_row(([r["run"]] if multi else []) + cells))
    lines += ["", "## Published scores (not measured here)", ""]
    if pub:
        lines += [_row(["test set", "direction", "system", "BLEU", "chrF", "source"]),
                  _row(["---", "---", "---", "---:", "---:", "---"])]
        for p in pub:
            chrf = f"{p['chrf']:.2f}" if p.get("chrf") is not None else "–"
            lines.append(_row([p["testset"], _dir(p), f"{p['system']} (published)", f"{p['bleu']:.1f}", chrf,
                               p["source"]]))
    else:
        lines.append("None for these test sets.")
    for kind, title in (("length", "By source length (words), BLEU, all test sets pooled"),
                        ("domain", "By domain, BLEU, all test sets pooled")):
        lines += ["", f"## {title}", ""] + _breakdown_table(rows, kind)
    lines += ["", "## Quality and speed", ""] + _speed_table(rows)
    lines += ["", "## Plots", ""] + [f"![{p}]({p})" for p in plots]
    lines += ["", "## Worst segments (lowest sentence chrF++)", ""] + _worst(rows)
    lines += ["", "## Signatures", ""]
    for name, sig in sorted({(k, str(v)) for r in rows for k, v in (r.get("signature") or {}).items()}):
        lines.append(f"- {name}: `{sig}`")
    return "\n".join(lines) + "\n"


def _row(cells) -> str:
    return "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def pooled(rows: list[dict], kind: str) -> dict:
    """(system, src, tgt) -> group -> (n, BLEU), from summed sufficient statistics across test sets."""
    sums: dict = defaultdict(lambda: defaultdict(lambda: [0, None]))
    for r in rows:
        for group, b in ((r.get("breakdown") or {}).get(kind) or {}).items():
            cell = sums[(r["system"], r["src"], r["tgt"])][group]
            cell[0] += b["n"]
            stats = b["stats"]["bleu"]
            cell[1] = stats if cell[1] is None else [x + y for x, y in zip(cell[1], stats)]
    return {key: {g: (n, metrics.from_stats("bleu", s)) for g, (n, s) in groups.items()}
            for key, groups in sums.items()}


def _breakdown_table(rows, kind) -> list[str]:
    table = pooled(rows, kind)
    if not table:
        return ["No breakdown in these rows."]
    from .suite import _bucket_order

    groups = sorted({g for v in table.values() for g in v}, key=_bucket_order)
    out = [_row(["system", "direction"] + groups), _row(["---", "---"] + ["---:"] * len(groups))]
    for (system, src, tgt), cells in table.items():
        out.append(_row([system, ARROW.get((src, tgt))] +
                        [f"{cells[g][1]:.1f} (n={cells[g][0]})" if g in cells else "–" for g in groups]))
    return out


def speed_summary(rows: list[dict]) -> dict:
    """system -> (segments/s, words/s, mean BLEU, test sets) over the rows with a measured speed; only systems
    measured on the same test sets and directions are comparable, so each lists its own."""
    acc: dict = defaultdict(lambda: [0, 0.0, 0.0, [], set()])
    for r in rows:
        s = r.get("speed")
        if not s:
            continue
        a = acc[r["system"]]
        a[0] += r["n"]
        a[1] += s["seconds"]
        a[2] += s["words_per_s"] * s["seconds"]
        a[3].append(r["bleu"])
        a[4].add((r["testset"], r["src"], r["tgt"]))
    return {k: (n / sec, words / sec, sum(b) / len(b), sets) for k, (n, sec, words, b, sets) in acc.items() if sec}


def _speed_table(rows) -> list[str]:
    summary = speed_summary(rows)
    if not summary:
        return ["No speed measured in these rows."]
    threads = {r["system"]: (r["speed"] or {}).get("threads") for r in rows if r.get("speed")}
    out = [_row(["system", "segments/s", "words/s", "mean BLEU", "test sets x directions", "threads"]),
           _row(["---", "---:", "---:", "---:", "---:", "---:"])]
    for system, (seg, words, bleu, sets) in summary.items():
        out.append(_row([system, f"{seg:.1f}", f"{words:.0f}", f"{bleu:.2f}", len(sets), threads.get(system)]))
    out.append("")
    out.append("Speed is wall time of the whole translate call (tokenisation and batching included) on this "
               "run's machine; compare systems only within one run.")
    return out


def _worst(rows, per_row: int = 3) -> list[str]:
    out = []
    for r in rows:
        if r.get("kind") not in ("ct2", "hf") or not r.get("worst"):
            continue
        out.append(f"### {r['system']} — {r['testset']} {_dir(r)}")
        out.append("")
        for w in r["worst"][:per_row]:
            out.append(f"- line {w['i'] + 1}, chrF++ {w['chrfpp']}")
            out.append(f"  - source: {w['source']}")
            out.append(f"  - reference: {w['reference']}")
            out.append(f"  - output: {w['hypothesis']}")
        out.append("")
    return out or ["No model rows with segments listed."]


# ------------------------------------------------------------------ plots


def _pyplot():
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingDependency("matplotlib", "eval") from None
    return plt


def plot_scores(rows: list[dict], pub: list[dict], path: Path) -> Path:
    """BLEU with 95% CIs: one column per test set x direction, one marker per system; published scores as
    hollow diamonds, labelled as such."""
    plt = _pyplot()
    cols = sorted({(r["testset"], r["src"], r["tgt"]) for r in rows}, key=lambda c: (c[0], c[1] != "vi"))
    systems = list(dict.fromkeys(r["system"] for r in rows))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.3 * len(cols) + 3), 4.5))
    width = 0.7 / max(1, len(systems))
    for k, system in enumerate(systems):
        xs, ys, errs = [], [], []
        for i, col in enumerate(cols):
            for r in rows:
                if r["system"] == system and (r["testset"], r["src"], r["tgt"]) == col:
                    xs.append(i - 0.35 + width * (k + 0.5))
                    ys.append(r["bleu"])
                    errs.append(((r.get("ci") or {}).get("bleu") or {}).get("ci", 0))
        ax.errorbar(xs, ys, yerr=errs, fmt="o", capsize=3, label=system)
    names = list(dict.fromkeys(p["system"] for p in pub))
    for k, name in enumerate(names):
        pts = [(cols.index((p["testset"], p["src"], p["tgt"])), p["bleu"]) for p in pub if p["system"] == name]
        ax.scatter([x + 0.38 for x, _ in pts], [y for _, y in pts], marker="D", facecolors="none",
                   edgecolors=f"C{(len(systems) + k) % 10}", label=f"{name} (published)")
    ax.set_xticks(range(len(cols)))
    ax.set_xticklabels([f"{t}\n{ARROW.get((s, g), s + '→' + g)}" for t, s, g in cols], fontsize=8)
    ax.set_ylabel("BLEU (95% CI)")
    ax.set_ylim(bottom=0)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title("BLEU by test set and direction")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def plot_quality_speed(rows: list[dict], path: Path) -> Path | None:
    summary = speed_summary(rows)
    if not summary:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 4.2))
    for k, (system, (seg, _w, bleu, sets)) in enumerate(summary.items()):
        ax.scatter([seg], [bleu], color=f"C{k % 10}", label=f"{system} ({len(sets)} sets)")
        ax.annotate(system, (seg, bleu), textcoords="offset points", xytext=(4, 4), fontsize=7)
    ax.set_xscale("log")
    ax.margins(x=0.25)
    # at least ±1 BLEU of room: a 0.03 BLEU difference must not fill the plot and look like a big one
    bleus = [b for _s, _w, b, _t in summary.values()]
    pad = max(1.0, 0.15 * (max(bleus) - min(bleus)))
    ax.set_ylim(min(bleus) - pad, max(bleus) + pad)
    ax.set_xlabel("segments per second (log)")
    ax.set_ylabel("mean BLEU over the test sets")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    ax.set_title("Quality against speed")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path
