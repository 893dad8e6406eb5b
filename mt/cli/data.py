"""mt data: check, prepare, describe and mine parallel data.

    mt data check [--data-dir DIR] [--add NAME=PATH]          # exit 1 when a pair leaks into a test set
    mt data prepare --out data/prepared [--rejects rejects.tsv] [--dev-size 1000] [--seed 1]
    mt data stats [--plot lengths.png] [--rejects rejects.tsv] [--json]
    mt data mine PATH... --lang vi --out data/mined           # gettext .po/.mo -> train.vi/train.en
    mt data backtranslate [NAME=]PATH --keep en --out data/bt/NAME   # a synthetic corpus for mt train --one-way
    mt data restore [--out-dir mt/resources]                  # tables that read text typed without marks, capitals
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from .. import config
from .common import add_model_args, load_translator, print_json


def add(sub) -> None:
    p = sub.add_parser("data", help="check, prepare, describe and mine parallel data",
                       description="The data layer every training run goes through. See docs/data.md.")
    verbs = p.add_subparsers(dest="data_command", required=True, metavar="ACTION")

    c = verbs.add_parser("check", help="every corpus readable and aligned, no pair in a test set (exit 1 on a leak)",
                         description="Read every corpus (UTF-8, aligned line counts) and compare each side of "
                                     "every pair with every registered test set, exactly and after "
                                     "normalisation. Exits 1 when any pair leaks.")
    _add_sources(c)
    c.add_argument("--show", type=int, default=20, help="leaks to list (default: 20)")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    c.set_defaults(func=run_check)

    pr = verbs.add_parser("prepare", help="filtered, deterministic train/dev splits with a manifest",
                          description="Normalise, repair and filter every corpus, drop pairs that leak into a "
                                      "test set, and write train/dev splits and manifest.json to OUT.")
    _add_sources(pr)
    pr.add_argument("--out", required=True, help="output folder")
    pr.add_argument("--dev-size", type=int, default=1000, help="pairs in the dev split (default: 1000)")
    pr.add_argument("--seed", type=int, default=1, help="seed of the split (default: 1)")
    pr.add_argument("--rejects", help="write every dropped pair here (TSV: reason, corpus, origin, detail, vi, en)")
    pr.add_argument("--force", action="store_true", help="replace OUT if it exists")
    _add_filters(pr)
    pr.set_defaults(func=run_prepare)

    st = verbs.add_parser("stats", help="per-corpus table: kept/dropped per filter, lengths, vocabulary",
                          description="Run the filters (nothing is written unless asked) and print a Markdown "
                                      "table per corpus; optionally a PNG of the length distributions.")
    _add_sources(st)
    st.add_argument("--plot", help="write a PNG of words-per-segment distributions here (needs matplotlib)")
    st.add_argument("--rejects", help="write every dropped pair here (TSV)")
    st.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    _add_filters(st)
    st.set_defaults(func=run_stats)

    m = verbs.add_parser("mine", help="build a corpus from gettext catalogues (.po/.mo)",
                         description="Pair every translated entry of the catalogues in PATHs (files or folders, "
                                     "searched recursively) whose language is --lang, and write a corpus folder "
                                     "(train.LANG, train.SOURCE_LANG, train.source) that --add and --data-dir read.")
    m.add_argument("paths", nargs="+", metavar="PATH")
    m.add_argument("--lang", default="vi", help="language of the translations (default: vi)")
    m.add_argument("--source-lang", default="en", help="language of the msgids (default: en)")
    m.add_argument("--out", required=True, help="output corpus folder")
    m.add_argument("--force", action="store_true", help="replace the files in OUT")
    m.set_defaults(func=run_mine)

    b = verbs.add_parser("backtranslate", help="a synthetic corpus: one real side and the model's translation of it",
                         description="Translate the --keep side of a corpus with a model and write a corpus folder "
                                     "(train.vi, train.en, backtranslation.json) to train the direction into the "
                                     "kept side only (mt train --one-way NAME=vi-en for --keep en). A rerun goes "
                                     "on from OUT.partial after the last finished chunk.")
    b.add_argument("source", metavar="[NAME=]PATH", help="a corpus (a folder, PREFIX, .tsv, .jsonl or .po/.mo) or a "
                                                         "text file in the --keep language, one sentence per line")
    b.add_argument("--keep", required=True, choices=("vi", "en"), help="the real side, translated into the other")
    b.add_argument("--out", required=True, help="output corpus folder")
    b.add_argument("--chunk", type=int, default=1000, help="lines translated between progress saves (default: 1000)")
    b.add_argument("--force", action="store_true", help="replace OUT if it exists")
    add_model_args(b, beam=False)
    b.add_argument("--beam-size", type=int, default=1, help="beam size (default: 1, greedy: back-translation "
                                                           "needs many lines more than the best ones)")
    b.add_argument("--sampling-topk", type=int, default=1, metavar="K",
                   help="sample each token from the K most likely instead of searching (0: from all; default 1: "
                        "no sampling); with --beam-size 1")
    b.add_argument("--sampling-temperature", type=float, default=1.0, metavar="T",
                   help="sampling temperature (default: 1.0)")
    b.add_argument("--seed", type=int, default=None,
                   help="make sampled lines repeatable (the same with the same seed, resumed or not) by decoding one "
                        "batch at a time; slower where batches would run side by side (default: unseeded)")
    b.set_defaults(func=run_backtranslate)

    r = verbs.add_parser("restore", help="the tables that give text typed without marks or capitals them back",
                         description="Count the words and word pairs of each language's side of the cleaned "
                                     "training data and write the bigram tables mt.restore reads (docs/restore.md).")
    _add_sources(r)
    r.add_argument("--lang", action="append", choices=("vi", "en"), default=[],
                   help="the language to build (repeatable; default: both)")
    r.add_argument("--out-dir", default=None, help="where restore_LANG.tsv.gz go (default: mt/resources, the "
                                                   "tables that ship)")
    r.add_argument("--min-count", type=int, default=None,
                   help="keep word pairs seen at least this often (default: 2 for vi, 3 for en)")
    r.set_defaults(func=run_restore)


def _add_sources(p) -> None:
    p.add_argument("--data-dir", default=None, help=f"data directory (default: ${config.ENV['data_dir'][0]} or "
                                                    f"{config.ENV['data_dir'][1]}); 'none' reads only --add")
    p.add_argument("--add", action="append", default=[], metavar="[NAME=]PATH",
                   help="another corpus: a folder, PREFIX (PREFIX.vi + PREFIX.en), .tsv, .jsonl, .po/.mo "
                        "(repeatable)")
    p.add_argument("--corpus", action="append", default=[], metavar="NAME", help="use only these corpora")


def _add_filters(p) -> None:
    from ..data.filters import REASONS, FilterConfig

    d = FilterConfig()
    g = p.add_argument_group("filters (docs/data.md)")
    g.add_argument("--max-chars", type=int, default=d.max_chars, help=f"too_long above this (default: {d.max_chars})")
    g.add_argument("--max-ratio", type=float, default=d.max_ratio,
                   help=f"length_ratio above this (default: {d.max_ratio})")
    g.add_argument("--ratio-min-chars", type=int, default=d.ratio_min_chars,
                   help=f"length_ratio applies when the longer side exceeds this (default: {d.ratio_min_chars})")
    g.add_argument("--lang-min-chars", type=int, default=d.lang_min_chars,
                   help=f"wrong_language judges sides of at least this many characters (default: {d.lang_min_chars})")
    g.add_argument("--lang-min-prob", type=float, default=d.lang_min_prob,
                   help=f"wrong_language drops at this langid probability (default: {d.lang_min_prob})")
    g.add_argument("--no-repair", action="store_true", help="keep accelerator marks and tokenised clitics")
    g.add_argument("--no-leak-filter", action="store_true", help="keep pairs that leak into a test set")
    g.add_argument("--disable", action="append", default=[], metavar="FILTER",
                   help=f"turn a filter off (repeatable): {', '.join(REASONS)}")


def _filter_config(args):
    from ..data.filters import FilterConfig

    disable = list(args.disable) + (["test_leak"] if args.no_leak_filter else [])
    return FilterConfig(max_chars=args.max_chars, max_ratio=args.max_ratio, ratio_min_chars=args.ratio_min_chars,
                        lang_min_chars=args.lang_min_chars, lang_min_prob=args.lang_min_prob,
                        repair=not args.no_repair, disable=tuple(disable))


def _data_dir(args) -> Path | None:
    if args.data_dir == "none":
        return None
    return Path(args.data_dir) if args.data_dir else config.data_dir()


def _corpora(args):
    from ..data.corpora import gather

    return gather(_data_dir(args), args.add, args.corpus)


def _leak_index(args):
    from ..data.leakage import LeakIndex

    return LeakIndex.build(_data_dir(args))


class _Rejects:
    """Dropped pairs as TSV, written to a temp file and renamed when complete."""

    def __init__(self, path: str | None):
        self.path, self.rows = path, []

    def __call__(self, reason, pair, detail):
        self.rows.append("\t".join((reason, pair.corpus, pair.origin, detail, pair.vi, pair.en)) + "\n")

    def close(self):
        if self.path:
            from ..manifest import write_text

            write_text(Path(self.path), "reason\tcorpus\torigin\tdetail\tvi\ten\n" + "".join(self.rows))


def run_check(args) -> int:
    from ..data.leakage import find_leaks

    corpora = _corpora(args)
    index = _leak_index(args)
    leaks = find_leaks(corpora, index)
    report = {
        "corpora": {c.name: len(c) for c in corpora},
        "testsets": index.testsets,
        "missing_testsets": index.missing,
        "leaks": len(leaks),
        "leaked_pairs": len({(x.corpus, x.origin) for x in leaks}),
        "by": [{"corpus": c, "side": s, "testset": t, "kind": k, "n": n}
               for (c, s, t, k), n in sorted(Counter((x.corpus, x.side, x.testset, x.kind) for x in leaks).items())],
        "examples": [x.__dict__ for x in leaks[: args.show]],
    }
    if args.json:
        print_json(report)
    else:
        for c in corpora:
            print(f"read {c.name}: {len(c):,} pairs, aligned, valid UTF-8")
        for name, folder in index.testsets.items():
            print(f"test set {name}: {folder}")
        for name in index.missing:
            print(f"warning: test set {name} not found, so not checked (pass --data-dir)", file=sys.stderr)
        if leaks:
            print(f"LEAK: {report['leaked_pairs']} training pair(s) share a side with a test set")
            for row in report["by"]:
                print(f"  {row['corpus']} {row['side']} side -> {row['testset']} ({row['kind']}): {row['n']}")
            for x in leaks[: args.show]:
                print(f"  {x.origin} [{x.side}] = {x.testset} ({x.kind}): {x.text[:100]}")
            print("remove them (mt data prepare drops them under 'test_leak')")
        else:
            print(f"no leak: {sum(len(c) for c in corpora):,} pairs checked against {len(index.testsets)} test sets")
    return 1 if leaks else 0


def run_prepare(args) -> int:
    from ..data import prepare

    cfg = _filter_config(args)
    corpora = _corpora(args)
    rejects = _Rejects(args.rejects)
    leaks = None if not cfg.on("test_leak") else _leak_index(args)
    prepared = prepare.build(corpora, cfg, dev_size=args.dev_size, seed=args.seed, leaks=leaks, on_reject=rejects,
                             log=lambda m: print(m, file=sys.stderr))
    out = prepare.write(prepared, Path(args.out), force=args.force)
    rejects.close()
    split = prepared.manifest["split"]
    print(f"{out}: {split['train']:,} train + {split['dev']:,} dev pairs; manifest sha256 {prepared.manifest_sha256}")
    return 0


def run_stats(args) -> int:
    from ..data import prepare, stats

    cfg = _filter_config(args)
    corpora = _corpora(args)
    rejects = _Rejects(args.rejects)
    leaks = None if not cfg.on("test_leak") else _leak_index(args)
    prepared = prepare.build(corpora, cfg, dev_size=0, leaks=leaks, on_reject=rejects)
    rejects.close()
    pairs = prepared.train + prepared.dev
    rows = stats.summarise(prepared.manifest["counts"], prepared.manifest["repaired"], pairs)
    if args.plot:
        stats.plot(pairs, Path(args.plot))
    if args.json:
        print_json(rows)
    else:
        print(stats.table(rows))
        if args.plot:
            print(f"\nplot: {args.plot}")
    return 0


def run_mine(args) -> int:
    from ..data.catalogs import mine, write_corpus
    from ..data.corpora import Corpus

    counts, parts = Counter(), []
    for path in args.paths:
        parts.append(mine(path, lang=args.lang, source_lang=args.source_lang, counts=counts))
    corpus = Corpus(Path(args.out).name, [x for c in parts for x in c.vi], [x for c in parts for x in c.en],
                    origins=[x for c in parts for x in c.origins])
    if not len(corpus):
        from ..errors import DataError

        raise DataError(f"no translated {args.lang} entry in {', '.join(args.paths)} "
                        f"({dict(counts)})")
    out = write_corpus(corpus, Path(args.out), lang=args.lang, source_lang=args.source_lang, force=args.force)
    skipped = ", ".join(f"{k} {counts[k]}" for k in ("untranslated", "fuzzy", "obsolete",
                                                       "other_language_catalogues") if counts[k])
    print(f"{out}: {len(corpus):,} pairs from {counts['catalogues']} catalogue(s)"
          + (f"; skipped: {skipped}" if skipped else ""))
    return 0


def run_backtranslate(args) -> int:
    from ..data.backtranslate import backtranslate
    from ..data.corpora import is_monolingual, load_monolingual, load_source, parse_spec

    name, path = parse_spec(args.source)
    corpus = load_monolingual(path, args.keep, name) if is_monolingual(path) else load_source(path, name)
    out = backtranslate(corpus, args.keep, load_translator(args), Path(args.out), beam_size=args.beam_size,
                        chunk=args.chunk, force=args.force, log=lambda m: print(m, file=sys.stderr),
                        sampling_topk=args.sampling_topk, sampling_temperature=args.sampling_temperature,
                        seed=args.seed)
    other = "vi" if args.keep == "en" else "en"
    print(f"{out}: {len(corpus):,} pairs, {args.keep} kept, {other} translated; train it with "
          f"--one-way {out.name}={other}-{args.keep}")
    return 0


def run_restore(args) -> int:
    from ..data import prepare
    from ..data.filters import FilterConfig
    from ..restore import MIN_PAIR_COUNT, RESOURCES, Restorer, count

    if args.min_count is not None and args.min_count < 1:
        from ..errors import InputError

        raise InputError("--min-count must be at least 1")
    prepared = prepare.build(_corpora(args), FilterConfig(), dev_size=0, leaks=_leak_index(args),
                             log=lambda m: print(m, file=sys.stderr))
    out_dir = Path(args.out_dir) if args.out_dir else RESOURCES
    for lang in args.lang or ["vi", "en"]:
        uni, bi = count(getattr(p, lang) for p in prepared.train)
        min_count = args.min_count or MIN_PAIR_COUNT[lang]
        table = Restorer.from_counts(uni, bi, min_count)
        out = out_dir / f"restore_{lang}.tsv.gz"
        table.write(out, f"lang={lang} lines={len(prepared.train)} words={sum(uni.values())} min_count={min_count}")
        print(f"{out}: {len(uni):,} words, {len(table.cased.keys):,} word pairs from {len(prepared.train):,} "
              f"lines ({out.stat().st_size / 1e6:.2f} MB)")
    return 0
