"""Parallel data every training and fine-tuning run goes through: corpora, normalisation, filters, leakage checks,
prepared splits, statistics, and mining from gettext catalogues.

    mt data check                       # every corpus readable and aligned; no pair leaks into a test set
    mt data prepare --out data/prepared # filtered, deterministic train/dev splits + manifest.json
    mt data stats --plot lengths.png    # kept/dropped per filter, lengths, vocabulary
    mt data mine po/ --lang vi --out data/mined

Modules: readers (files -> lines), corpora (registry, layouts), checks (placeholders, markup), filters (Cleaner),
leakage (LeakIndex), prepare (splits + manifest), stats, catalogs (.po/.mo).
"""
from ..text import normalize
from .corpora import REGISTRY, TEST_DIRS, Corpus, CorpusInfo, find_corpora, gather, load_corpus, load_source
from .filters import REASONS, Cleaner, FilterConfig, Pair, clean_pairs, loose_key
from .readers import read_jsonl, read_lines, read_pair, read_tsv

__all__ = ["normalize", "REGISTRY", "TEST_DIRS", "Corpus", "CorpusInfo", "find_corpora", "gather", "load_corpus",
           "load_source", "REASONS", "Cleaner", "FilterConfig", "Pair", "clean_pairs", "loose_key", "read_jsonl",
           "read_lines", "read_pair", "read_tsv"]
