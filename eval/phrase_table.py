"""Learning the lexical baseline's phrase table from the training corpora (eval/lexical.py applies it).

    from eval.phrase_table import learn
    learn(Path("../shared/data/vien"))      # -> $MT_CACHE_DIR/lexical/<data hash>/{vi-en,en-vi}.tsv.gz, manifest.json

Recipe (classic phrase-based SMT, without the decoder):
1. the training corpora, cleaned exactly as `mt train` cleans them, tokenised into words and punctuation
   (matched lower-cased; each target phrase keeps the casing it usually has inside a sentence);
2. word alignment both ways with eflomal (Bayesian HMM + fertility, Östling & Tiedemann 2016), symmetrised with
   grow-diag-final-and;
3. every phrase pair of up to MAX_PHRASE words per side consistent with the alignment is counted; a word that the
   alignment leaves unaligned counts as translated to nothing (NULL);
4. each source phrase keeps its TOP_K most frequent translations (multi-word phrases need COUNT_MIN sightings).

eflomal samples from a random start and takes no seed, so learning twice can give slightly different tables:
the table is learned once per training data and kept; every result row records its files' hashes.
"""
from __future__ import annotations

import gzip
import hashlib
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from mt import config
from mt.data import clean_pairs, find_corpora, load_corpus
from mt.errors import DataError, MissingDependency
from mt.manifest import environment, sha256_file, write_json

from .lexical import tokenize

MAX_PHRASE = 3  # words per side of a phrase pair
COUNT_MIN = 2  # sightings a multi-word phrase pair needs to be kept
TOP_K = 3  # translations kept per source phrase (the first is used; the others are for reading)
MAX_WORDS = 80  # longer training pairs are skipped: they cost alignment time and add little
NULL = ""  # the empty translation
VERSION = 2  # of the recipe: part of the cache key, so a changed recipe learns a new table


def data_fingerprint(data_dir: Path) -> tuple[str, dict]:
    """A short hash of every training file (what the table was learned from) and the per-file hashes."""
    files = {}
    for folder in find_corpora(data_dir):
        for side in ("vi", "en"):
            path = folder / f"train.{side}"
            files[str(path)] = sha256_file(path)
    digest = hashlib.sha256("".join(f"{Path(p).parent.name}/{Path(p).name}:{h}\n"
                                    for p, h in sorted(files.items())).encode()).hexdigest()
    settings = f"v{VERSION}/{MAX_PHRASE}/{COUNT_MIN}/{TOP_K}/{MAX_WORDS}"
    return hashlib.sha256(f"{digest}|{settings}".encode()).hexdigest()[:16], files


def read_training(data_dir: Path, log=None) -> tuple[list[list[str]], list[list[str]]]:
    """Token lists (original case) of every cleaned training pair (vi, en) short enough to align."""
    vi_all, en_all = [], []
    for folder in find_corpora(data_dir):
        corpus = load_corpus(folder)
        vi, en, _ = clean_pairs(corpus.vi, corpus.en)
        kept = 0
        for a, b in zip(vi, en):
            ta, tb = tokenize(a), tokenize(b)
            if ta and tb and len(ta) <= MAX_WORDS and len(tb) <= MAX_WORDS:
                vi_all.append(ta)
                en_all.append(tb)
                kept += 1
        if log:
            log(f"lexical: {corpus.name}: {kept} pairs")
    if not vi_all:
        raise DataError(f"no usable training pairs in {data_dir}")
    return vi_all, en_all


def align(vi: list[list[str]], en: list[list[str]], rel_iterations: float = 1.0) -> list[set[tuple[int, int]]]:
    """eflomal both ways, symmetrised (grow-diag-final-and): one set of (vi index, en index) links per pair."""
    try:
        from eflomal import Aligner
    except ImportError:
        raise MissingDependency("eflomal", "eval") from None
    with tempfile.TemporaryDirectory(prefix="mt-lexical-") as tmp:
        fwd, rev = Path(tmp) / "fwd", Path(tmp) / "rev"
        aligner = Aligner(n_samplers=2, rel_iterations=rel_iterations)
        aligner.align([" ".join(s).lower() for s in vi], [" ".join(s).lower() for s in en],
                      links_filename_fwd=str(fwd), links_filename_rev=str(rev), quiet=True)
        forward = [_links(line) for line in fwd.read_text(encoding="utf-8").splitlines()]
        reverse = [_links(line) for line in rev.read_text(encoding="utf-8").splitlines()]
    if len(forward) != len(vi) or len(reverse) != len(vi):
        raise DataError(f"eflomal returned {len(forward)}/{len(reverse)} alignments for {len(vi)} pairs")
    return [grow_diag_final_and(f, r) for f, r in zip(forward, reverse)]


def _links(line: str) -> set[tuple[int, int]]:
    return {(int(i), int(j)) for i, j in (x.split("-") for x in line.split())}


_NEIGHBOURS = ((-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1))


def grow_diag_final_and(fwd: set, rev: set) -> set[tuple[int, int]]:
    """Koehn et al. (2003): start from the intersection, grow into neighbouring union links that cover a new
    word, then add union links whose both words are still unaligned."""
    union = fwd | rev
    links = set(fwd & rev)
    src_done = {i for i, _ in links}
    tgt_done = {j for _, j in links}
    added = True
    while added:
        added = False
        for i, j in sorted(links):
            for di, dj in _NEIGHBOURS:
                p = (i + di, j + dj)
                if p in union and p not in links and (p[0] not in src_done or p[1] not in tgt_done):
                    links.add(p)
                    src_done.add(p[0])
                    tgt_done.add(p[1])
                    added = True
    for p in sorted(union - links):
        if p[0] not in src_done and p[1] not in tgt_done:
            links.add(p)
            src_done.add(p[0])
            tgt_done.add(p[1])
    return links


def extract(vi: list[str], en: list[str], links: set[tuple[int, int]], max_len: int = MAX_PHRASE):
    """Phrase pairs consistent with `links` as spans (vi start, vi end, en start, en end; ends inclusive), and
    the positions of the vi/en words left unaligned."""
    by_src = defaultdict(list)
    by_tgt = defaultdict(list)
    for i, j in links:
        by_src[i].append(j)
        by_tgt[j].append(i)
    spans = []
    for s1 in range(len(vi)):
        for s2 in range(s1, min(s1 + max_len, len(vi))):
            if s1 not in by_src or s2 not in by_src:  # tight phrases: no unaligned words at the edges
                continue
            tgt = [j for i in range(s1, s2 + 1) for j in by_src.get(i, ())]
            t1, t2 = min(tgt), max(tgt)
            if t2 - t1 >= max_len:
                continue
            # consistent: no word inside the target span is aligned outside the source span
            if any(not s1 <= i <= s2 for j in range(t1, t2 + 1) for i in by_tgt.get(j, ())):
                continue
            spans.append((s1, s2, t1, t2))
    null_vi = [i for i in range(len(vi)) if i not in by_src]
    null_en = [j for j in range(len(en)) if j not in by_tgt]
    return spans, null_vi, null_en


class Counts:
    """Phrase-pair counts over lower-cased phrases, and how each phrase is usually written (its casing)."""

    def __init__(self):
        self.pairs: Counter = Counter()  # (vi phrase, en phrase), lower-cased
        self.nulls = {"vi": Counter(), "en": Counter()}  # lower-cased word -> times left unaligned
        # lower-cased phrase -> surface form -> count; inside a sentence (the first word's capital says nothing)
        self.surface = {"vi": defaultdict(Counter), "en": defaultdict(Counter)}
        self.initial = {"vi": defaultdict(Counter), "en": defaultdict(Counter)}

    def add(self, vi: list[str], en: list[str], links) -> None:
        spans, null_vi, null_en = extract(vi, en, links)
        for s1, s2, t1, t2 in spans:
            a, b = " ".join(vi[s1 : s2 + 1]), " ".join(en[t1 : t2 + 1])
            self.pairs[a.lower(), b.lower()] += 1
            for side, text, start in (("vi", a, s1), ("en", b, t1)):
                (self.surface if start else self.initial)[side][text.lower()][text] += 1
        self.nulls["vi"].update(vi[i].lower() for i in null_vi)
        self.nulls["en"].update(en[j].lower() for j in null_en)

    def cased(self, side: str, phrase: str) -> str:
        seen = self.surface[side].get(phrase) or self.initial[side].get(phrase)
        return seen.most_common(1)[0][0] if seen else phrase


def count_phrases(vi_sents, en_sents, alignments) -> Counts:
    counts = Counts()
    for vi, en, links in zip(vi_sents, en_sents, alignments):
        counts.add(vi, en, links)
    return counts


def best_translations(counts: Counts, src: str) -> list[tuple[str, str, int, float]]:
    """(source, target, count, p(target|source)) rows: the TOP_K most frequent targets of each lower-cased
    source phrase, each target written in its usual casing (NULL: the empty string)."""
    tgt_side = "en" if src == "vi" else "vi"
    by_source: dict[str, Counter] = defaultdict(Counter)
    for (a, b), n in counts.pairs.items():
        s, t = (a, b) if src == "vi" else (b, a)
        if n >= COUNT_MIN or " " not in s:
            by_source[s][t] += n
    for word, n in counts.nulls[src].items():
        by_source[word][NULL] += n
    rows = []
    for s in sorted(by_source):
        options = by_source[s]
        total = sum(options.values())
        for t, n in sorted(options.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_K]:
            rows.append((s, counts.cased(tgt_side, t) if t else NULL, n, round(n / total, 4)))
    return rows


def learn(data_dir: Path | None = None, out_dir: Path | None = None, log=None) -> Path:
    """Learn the table from the training corpora under `data_dir`; returns the table directory."""
    log = log or (lambda m: print(m, file=sys.stderr, flush=True))
    data_dir = Path(data_dir or config.data_dir())
    fingerprint, files = data_fingerprint(data_dir)
    out_dir = Path(out_dir or table_dir(fingerprint))
    t0 = time.time()
    vi, en = read_training(data_dir, log)
    log(f"lexical: aligning {len(vi)} pairs with eflomal (both ways) ...")
    alignments = align(vi, en)
    t_align = time.time() - t0
    log(f"lexical: aligned in {t_align:.0f} s; extracting phrase pairs ...")
    counts = count_phrases(vi, en, alignments)
    tables = {"vi-en": best_translations(counts, "vi"), "en-vi": best_translations(counts, "en")}
    for direction, rows in tables.items():
        _write_table(out_dir / f"{direction}.tsv.gz", rows)
    hashes = {f"{d}.tsv.gz": sha256_file(out_dir / f"{d}.tsv.gz") for d in tables}
    write_json(out_dir / "manifest.json", {
        "kind": "lexical", "version": VERSION, "aligner": "eflomal (model 3: IBM1 -> HMM -> HMM+fertility), 2 samplers, "
                                      "grow-diag-final-and",
        "max_phrase": MAX_PHRASE, "count_min": COUNT_MIN, "top_k": TOP_K, "max_words": MAX_WORDS,
        "pairs_aligned": len(vi), "phrase_pairs": len(counts.pairs),
        "entries": {d: len(rows) for d, rows in tables.items()}, "tables_sha256": hashes,
        "data_dir": str(data_dir), "data": files, "fingerprint": fingerprint,
        "seconds": round(time.time() - t0, 1), "environment": environment(),
    })
    log(f"lexical: wrote {out_dir} ({time.time() - t0:.0f} s)")
    return out_dir


def _write_table(path: Path, rows) -> None:
    lines = "".join(f"{s}\t{t}\t{n}\t{p}\n" for s, t, n, p in rows)
    tmp = path.with_name(path.name + ".tmp")
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(tmp, "wt", encoding="utf-8") as f:
        f.write(lines)
    tmp.replace(path)


def table_dir(fingerprint: str) -> Path:
    return config.cache_dir() / "lexical" / fingerprint


