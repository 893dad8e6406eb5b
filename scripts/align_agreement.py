"""How often `mt`'s attention alignment agrees with eflomal's, on a model's own translations of a test set.

There is no gold word alignment for Vietnamese-English here, so eflomal (the lexical baseline's aligner) serves as a
silver standard: it aligns the test sources with the model's outputs, learned together with training pairs.
For every output word that eflomal links to some source word, the attention alignment agrees when it points into
one of those source words. Both ways of combining the two attention directions are measured on the same outputs:
the sum (until stop 25) and the product (since), with the words where they disagree counted both ways.

    python scripts/align_agreement.py --testset flores200-dev --src vi --tgt en --train-pairs 40000
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval import suite  # noqa: E402
from eval.lexical import token_spans  # noqa: E402
from eval.phrase_table import align, read_training  # noqa: E402
from mt import config, detailed  # noqa: E402
from mt.translate import Translator  # noqa: E402

RULES = {
    "sum": lambda fwd, bwd: sum(fwd) + (sum(bwd) if bwd is not None else 0.0),
    "product": detailed._agreement,
}


def attention_words(model: Translator, sources: list[str], src: str, tgt: str, rule) -> list[list]:
    detailed._agreement = rule  # the one place _align combines the two directions
    results = detailed.translate_sentences(model, sources, src, tgt, attention=True)
    return [r.candidates[0].words for r in results]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--model", default=str(config.bundled_model_dir()))
    p.add_argument("--testset", default="flores200-dev")
    p.add_argument("--src", default="vi")
    p.add_argument("--tgt", default="en")
    p.add_argument("--train-pairs", type=int, default=40000, help="training pairs eflomal learns from as well")
    p.add_argument("--data-dir", default=str(config.data_dir()))
    p.add_argument("--limit", type=int, default=0)
    args = p.parse_args()
    task, = suite.make_tasks([args.testset], [(args.src, args.tgt)], limit=args.limit)
    sources = task.sources[: args.limit or None]
    model = Translator.load(args.model)
    words = {name: attention_words(model, sources, args.src, args.tgt, rule) for name, rule in RULES.items()}
    first = words["sum"]
    assert all(len(a) == len(b) for a, b in zip(first, words["product"])), "the two passes translated differently"

    # eflomal's side: source tokens with their offsets, output tokens grouped by the `mt` word they came from
    src_tokens = [token_spans(s) for s in sources]
    out_groups = [[[t for t, _, _ in token_spans(w.text)] for w in ws] for ws in first]
    out_tokens = [[t for g in groups for t in g] for groups in out_groups]
    vi, en = read_training(Path(args.data_dir))
    step = max(1, len(vi) // max(args.train_pairs, 1))  # an even spread over the corpora, not the first one only
    vi, en = vi[::step], en[::step]  # align() lowercases
    test_vi = [[t for t, _, _ in s] for s in src_tokens] if args.src == "vi" else out_tokens
    test_en = out_tokens if args.src == "vi" else [[t for t, _, _ in s] for s in src_tokens]
    links = align(vi + test_vi, en + test_en)[len(vi):]

    agree = {name: 0 for name in RULES}
    only = {name: 0 for name in RULES}
    judged = 0
    for n, groups in enumerate(out_groups):
        pairs = {(j, i) if args.src == "en" else (i, j) for i, j in links[n]}  # (source index, output index)
        k = 0
        for w_index, group in enumerate(groups):
            out_ids = range(k, k + len(group))
            k += len(group)
            linked = {s for s, o in pairs if o in out_ids}
            if not linked:
                continue
            judged += 1
            spans = [src_tokens[n][s][1:] for s in linked]
            hit = {name: _inside(words[name][n][w_index].source, spans) for name in RULES}
            for name in RULES:
                agree[name] += hit[name]
                only[name] += hit[name] and not all(hit.values())
    print(f"{args.testset} {args.src}->{args.tgt}: {len(sources)} sentences, {judged} output words linked by eflomal "
          f"(learned with {len(vi)} training pairs)")
    for name in RULES:
        print(f"  {name:8s} agrees on {agree[name]} ({100 * agree[name] / max(judged, 1):.1f}%), "
              f"alone on {only[name]}")
    return 0


def _inside(pos: int | None, spans: list[tuple[int, int]]) -> bool:
    return pos is not None and any(a <= pos < b for a, b in spans)


if __name__ == "__main__":
    sys.exit(main())
