"""Per-corpus statistics: pairs kept and dropped per filter, lengths and vocabulary of what is kept, and a plot.

    mt data stats                                  # Markdown table for every corpus of $MT_DATA_DIR
    mt data stats --plot lengths.png --json        # also a PNG of the length distributions; JSON instead of a table
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from ..errors import MissingDependency
from .filters import REASONS, Pair

_WORD = re.compile(r"\w+")

# short column names for the table, in REASONS order
SHORT = {"empty": "empty", "too_long": "long", "length_ratio": "ratio", "source_equals_target": "same",
         "placeholder_mismatch": "placeh.", "markup_residue": "markup", "wrong_language": "lang",
         "test_leak": "leak", "duplicate": "dup", "near_duplicate": "near-dup"}


def _percentile(sorted_values: list[int], q: float) -> int:
    if not sorted_values:
        return 0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def lengths(pairs: list[Pair]) -> dict[str, dict[str, list[int]]]:
    """Words per side of every pair, by corpus."""
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"vi": [], "en": []})
    for p in pairs:
        out[p.corpus]["vi"].append(len(p.vi.split()))
        out[p.corpus]["en"].append(len(p.en.split()))
    return out


def summarise(counts: dict, repaired: dict, pairs: list[Pair]) -> dict:
    """One row per corpus (and a total): counts per reason, length percentiles and vocabulary sizes."""
    lens = lengths(pairs)
    vocab: dict[str, dict[str, set]] = defaultdict(lambda: {"vi": set(), "en": set()})
    for p in pairs:
        vocab[p.corpus]["vi"].update(_WORD.findall(p.vi.casefold()))
        vocab[p.corpus]["en"].update(_WORD.findall(p.en.casefold()))
    rows = {}
    for name, c in counts.items():
        row = {"read": c["read"], "kept": c["kept"], "repaired": repaired.get(name, 0),
               **{r: c[r] for r in REASONS}}
        for side in ("vi", "en"):
            values = sorted(lens[name][side]) if name in lens else []
            row[f"{side}_words_median"] = _percentile(values, 0.5)
            row[f"{side}_words_p95"] = _percentile(values, 0.95)
            row[f"{side}_words_max"] = values[-1] if values else 0
            row[f"{side}_vocab"] = len(vocab[name][side]) if name in vocab else 0
        rows[name] = row
    total = Counter()
    for row in rows.values():
        total.update({k: row[k] for k in ("read", "kept", "repaired", *REASONS)})
    all_vi = sorted(x for d in lens.values() for x in d["vi"])
    all_en = sorted(x for d in lens.values() for x in d["en"])
    rows["all"] = {**dict(total),
                   "vi_words_median": _percentile(all_vi, 0.5), "vi_words_p95": _percentile(all_vi, 0.95),
                   "vi_words_max": all_vi[-1] if all_vi else 0,
                   "vi_vocab": len(set().union(*(v["vi"] for v in vocab.values()))) if vocab else 0,
                   "en_words_median": _percentile(all_en, 0.5), "en_words_p95": _percentile(all_en, 0.95),
                   "en_words_max": all_en[-1] if all_en else 0,
                   "en_vocab": len(set().union(*(v["en"] for v in vocab.values()))) if vocab else 0}
    return rows


def table(rows: dict) -> str:
    """A Markdown table: one row per corpus, dropped pairs per filter, then lengths in words and vocabulary."""
    head = (["corpus", "read", "kept", "repaired"] + [SHORT[r] for r in REASONS]
            + ["vi words med/p95/max", "en words med/p95/max", "vi vocab", "en vocab"])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * 1 + "---:|" * (len(head) - 1)]
    for name, r in rows.items():
        cells = [f"**{name}**" if name == "all" else name, f"{r['read']:,}", f"{r['kept']:,}", f"{r['repaired']:,}"]
        cells += [f"{r[x]:,}" if r[x] else "·" for x in REASONS]
        for side in ("vi", "en"):
            cells.append(f"{r[side + '_words_median']}/{r[side + '_words_p95']}/{r[side + '_words_max']}")
        cells += [f"{r['vi_vocab']:,}", f"{r['en_vocab']:,}"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(pairs: list[Pair], path: Path, max_words: int = 80) -> Path:
    """A PNG with one panel per side: the distribution of words per segment, one line per corpus."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingDependency("matplotlib", "data") from None
    import numpy as np

    lens = lengths(pairs)
    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    bins = np.arange(0, max_words + 2)
    for ax, side, title in zip(axes, ("vi", "en"), ("Vietnamese", "English")):
        for name, d in sorted(lens.items()):
            values = np.minimum(np.array(d[side]), max_words + 1)
            hist, _ = np.histogram(values, bins=bins)
            ax.step(bins[:-1], hist / max(1, len(values)), where="post", label=f"{name} ({len(values):,})")
        ax.set_title(f"{title}: words per segment (last bin = {max_words}+)")
        ax.set_xlabel("words")
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("share of the corpus's kept pairs")
    axes[1].legend(fontsize=8)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.tmp.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    tmp.replace(path)
    return path
