"""Translation on CTranslate2 + SentencePiece: no torch on this path.

    >>> from mt import Translator
    >>> t = Translator.load("models/vien-base")
    >>> t.translate(["Tôi yêu Hà Nội."], src="vi", tgt="en")

Inputs are split into lines (kept), lines into sentences, over-long sentences into chunks, so nothing is
truncated; empty lines pass through; outputs come back in input order.

`translate_segments` (n-best with scores and attention) and `token_log_probs` are the lower level that
mt.detailed builds alternatives, word confidence, glossaries and formatting-preserving translation on.
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from . import amounts, config, dates, feelings, langs, names, people, phrasebook, terms, verbatim, weather
from .batching import Coalescer
from .errors import InputError, MissingDependency, ModelError
from .finishing import as_words, finish, finish_words, join_words
from .glossary import Job, Match, by_style, merge, missing
from .manifest import read_json
from .restore import from_capitals, read_as
from .shorthand import expand as expand_shorthand
from .text import is_shouting, join_clitics, normalize, split_sentences
from .untranslated import (copied_first_word, copied_inner_word, first_in_small_letters, forbidden, leaks,
                           marked_tokens)

MANIFEST = "mt.json"


@dataclass(frozen=True)
class DecodeOptions:
    beam_size: int = 4
    length_penalty: float = 1.0
    max_batch_size: int = 64  # sentences per batch
    max_batch_tokens: int = 4096  # padded source tokens per batch: long sentences go in smaller batches
    max_input_tokens: int = 200  # longer sentences are translated in chunks of this many pieces
    max_length_ratio: float = 2.0  # decode at most ratio * source length + 10 tokens
    # random sampling instead of search (back-translation): each token drawn from the K most likely (0: from all)
    sampling_topk: int = 1
    sampling_temperature: float = 1.0
    # text typed without Vietnamese marks or capitals ("toi o ha noi") is read with them put back (mt/restore.py),
    # and chat shorthand written out first ("mình ko biết", "can u help me pls": mt/shorthand.py)
    restore_input: bool = True
    # a vi->en sentence that kept a Vietnamese word ("No one was in the căn hộ.") is decoded again with every token
    # holding a Vietnamese letter forbidden, an en->vi one that copied the common English word it opens with ("Wait
    # đến thứ Hai.") with that word read in small letters and forbidden (mt/untranslated.py)
    retry_untranslated: bool = True

    @property
    def sampling(self) -> bool:
        return self.sampling_topk != 1

    def check(self) -> None:
        if self.beam_size < 1:
            raise InputError("beam size must be at least 1")
        if self.sampling_topk < 0 or self.sampling_temperature <= 0:
            raise InputError("sampling top-k must be >= 0 (0: the whole vocabulary) and the temperature > 0")
        if self.sampling and self.beam_size != 1:
            raise InputError("sampling draws one output token by token: use beam size 1 with it")
        if self.max_batch_size < 1 or self.max_batch_tokens < 1 or self.max_input_tokens < 8:
            raise InputError("max batch size and tokens must be >= 1 and max input tokens >= 8")

    def cache_key(self) -> tuple:
        """The options that change a segment's translation (batching does not)."""
        return (self.beam_size, self.length_penalty, self.max_input_tokens, self.max_length_ratio,
                self.sampling_topk, self.sampling_temperature, self.retry_untranslated)


class SegmentCache:
    """A bounded LRU map from (direction, options, source pieces) to a translation, safe across threads."""

    def __init__(self, size: int = 20000):
        self.size, self._data, self._lock = size, OrderedDict(), threading.Lock()
        self.hits = self.misses = 0

    def get(self, key):
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
            else:
                self.hits += 1
                self._data.move_to_end(key)
            return value

    def put(self, key, value) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


@dataclass
class Hypothesis:
    """One candidate translation of one segment."""

    pieces: list[str]  # target SentencePiece pieces, the forced language token removed
    score: float  # CTranslate2's score: log-probability divided by length (length_penalty 1)
    attention: list[list[float]] | None = None  # per target piece, weights over the source pieces


def cpu_threads(intra: int = 0, inter: int = 0) -> tuple[int, int]:
    """(cores per batch, batches at once) for CTranslate2 on CPU; 0 leaves one to be derived from the cores.

    The default is one core per batch and one batch per core. The bundled model is small and int8: splitting
    one batch's matrix products over two cores cost more than it saved on this project's 2-core machine (`mt
    bench`, one sentence p50: 186 ms on two threads, 44 ms on one; batches of 32: 1,478 vs 1,512 target
    tokens/s), whereas separate batches on separate cores do not wait for each other. On a 2-core Intel Xeon VM one
    batch does gain from a second core (807 -> 1,115 tokens/s), but single sentences (60 vs 94 ms) and concurrent
    requests (41 vs 25 per second) still favour one core per batch. `MT_THREADS=2 MT_WORKERS=1 mt bench` measures
    the other way.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if intra <= 0:
        intra = 1 if inter <= 0 else max(1, cores // inter)
    if inter <= 0:
        inter = max(1, cores // intra)
    return intra, inter


UNSEEDED = 2**32 - 1  # CTranslate2's "no seed": each worker thread seeds itself from std::random_device


def _runtime(ctranslate2, path: Path, **options):
    """A CTranslate2 translator for the exported model in `path`, or a ModelError that names the folder."""
    try:
        return ctranslate2.Translator(str(path), **options)
    except (RuntimeError, ValueError) as e:
        raise ModelError(f"cannot load the CTranslate2 model in {path}: {e}") from None


class Translator:
    """A loaded CTranslate2 model with its tokenizers and manifest."""

    def __init__(self, path: Path, model, sp_source, sp_target, manifest: dict, cache_size: int = 20000,
                 threads: int = 0, workers: int = 1):
        self.path, self.model, self.sp_source, self.sp_target = path, model, sp_source, sp_target
        self.manifest = manifest
        self.workers = workers  # batches the runtime decodes at once (CTranslate2's inter_threads)
        self.threads = threads  # cores each batch is decoded on (CTranslate2's intra_threads; 0: the runtime's choice)
        self.cache = SegmentCache(cache_size)
        self.coalescer = Coalescer(slots=workers)
        self.family = langs.family(manifest["family"])
        self.codes = manifest.get("codes", {})
        self.source_tag = manifest.get("source_tag")  # a domain tag (mt train --domain-tags) before the pieces
        self.directions = [tuple(d.split("-")) for d in manifest.get("directions", ["vi-en", "en-vi"])]
        # A real model never emits <pad>; an untrained one can, and the runtimes would then disagree (transformers
        # gives pad no position). Marian exports have no <pad> in their vocabulary (CTranslate2 strips it).
        self.suppress = None if self.family.name == "marian" else [["<pad>"]]
        self._undrawable: list[str] | None = None
        self._marked: list[str] | None = None
        self._known: set[str] | None = None

    @classmethod
    def load(cls, path: str | Path | None = None, device: str = "cpu", compute_type: str = "default",
             intra_threads: int = 0, inter_threads: int = 0, cache_size: int = 20000,
             warm_up: bool = True) -> "Translator":
        """Load an exported model directory (default: the bundled model).

        intra_threads: cores one batch is decoded on; inter_threads: batches (requests, or the batches of one
        long input) decoded at once. 0 takes $MT_THREADS / $MT_WORKERS, then the defaults of `cpu_threads`:
        one core per batch, one batch per core. cache_size=0 turns the segment cache off.
        """
        if device == "cpu":
            intra_threads, inter_threads = cpu_threads(intra_threads or config.int_setting("threads"),
                                                       inter_threads or config.int_setting("workers"))
        inter_threads = max(1, inter_threads)
        path = Path(path) if path else config.bundled_model_dir()
        manifest = read_manifest(path)
        try:
            import ctranslate2
            import sentencepiece as spm
        except ImportError as e:
            raise MissingDependency(e.name or "ctranslate2", "serve") from None
        model = _runtime(ctranslate2, path, device=device, compute_type=compute_type, intra_threads=intra_threads,
                         inter_threads=inter_threads)
        try:
            sp_source = spm.SentencePieceProcessor(model_file=str(path / "source.spm"))
            target = path / "target.spm"
            sp_target = spm.SentencePieceProcessor(model_file=str(target)) if target.is_file() else sp_source
        except (OSError, RuntimeError) as e:
            raise ModelError(f"cannot load the SentencePiece model in {path}: {e}") from None
        translator = cls(path, model, sp_source, sp_target, manifest, cache_size, threads=intra_threads,
                         workers=inter_threads)
        if warm_up:
            translator.warm_up()
        return translator

    def reseed(self, seed: int) -> None:
        """Make sampled decoding repeatable from here on: a fresh runtime whose one worker draws from `seed`.

        CTranslate2 seeds a worker thread's generator once, from its global seed, when the thread first samples,
        and a batch goes to whichever worker is free: so repeatable draws need new worker threads, and one of
        them (its batches in order), which decodes on all the cores the workers had."""
        import ctranslate2

        ctranslate2.set_random_seed(seed)
        old, cores = self.model, self.threads * self.workers  # 0 stays 0: the runtime's choice
        self.model = _runtime(ctranslate2, self.path, device=old.device, device_index=old.device_index,
                              compute_type=old.compute_type, intra_threads=cores, inter_threads=1)
        self.threads, self.workers, self.coalescer = cores, 1, Coalescer(slots=1)
        # the seed is global: have the worker take it now with one draw, then give later runtimes random seeds again
        self.model.translate_batch([self.sp_source.encode("Hello.", out_type=str)], beam_size=1, sampling_topk=0,
                                   max_decoding_length=2)
        ctranslate2.set_random_seed(UNSEEDED)

    def warm_up(self) -> None:
        """Run one tiny translation per direction so the first real request does not pay for lazy setup."""
        pieces = self.sp_source.encode("Hello.", out_type=str)
        for src, tgt in self.directions:
            self.translate_segments([pieces], src, tgt, DecodeOptions(beam_size=1))

    # ------------------------------------------------------------ public API

    def translate(self, texts: str | list[str], src: str, tgt: str, beam_size: int = 4,
                  options: DecodeOptions | None = None) -> list[str]:
        """Translate each text from `src` to `tgt`; returns one string per input, in order."""
        if isinstance(texts, str):
            texts = [texts]
        self.check_direction(src, tgt)
        opts = options or DecodeOptions(beam_size=beam_size)
        opts.check()
        plans = [self._plan(text, src, tgt, opts) for text in texts]
        sentences = list(dict.fromkeys(s for plan in plans for line in plan for s in line))
        done = dict(zip(sentences, self._translate_sentences(sentences, src, tgt, opts)))
        return ["\n".join(" ".join(t for t in in_order(line, [done[s] for s in line], tgt) if t) for line in plan)
                for plan in plans]

    def check_direction(self, src: str, tgt: str) -> None:
        langs.check_pair(src, tgt)
        if (src, tgt) not in self.directions:
            have = ", ".join(f"{a}->{b}" for a, b in self.directions)
            raise InputError(f"this model translates {have}, not {src}->{tgt}")

    # ------------------------------------------------------------ internals

    def _plan(self, text: str, src: str, tgt: str, opts: DecodeOptions) -> list[list[str]]:
        """Lines -> sentences, as read (source_as_read), and a sentence with an everyday phrase set off by a comma
        into its clauses (mt/phrasebook.py)."""
        if not isinstance(text, str):
            raise InputError(f"expected text, got {type(text).__name__}")
        return [plan_line(line, src, tgt) for line in source_as_read(text, src, opts).split("\n")]

    def _translate_sentences(self, sentences: list[str], src: str, tgt: str, opts: DecodeOptions) -> list[str]:
        """Each sentence's translation, finished. An everyday phrase is looked up (mt/phrasebook.py). What is written
        by rule (`kept`) goes through as placeholders; a sentence that lost one is decoded again with the next
        placeholder style, and after the last style the stretches it lost are put back where they stood."""
        listed = [phrasebook.translate(s, src, tgt) for s in sentences]
        out = [finish(s, p, src, tgt) if p else "" for s, p in zip(sentences, listed)]
        jobs = [sentence_job(s, src, tgt, i) for i, s in enumerate(sentences) if listed[i] is None]
        decode = partial(self._decode_jobs, src=src, tgt=tgt, opts=opts)
        for job, raw in by_style(jobs, decode, lambda job, raw: bool(missing(raw, job.slots))):
            out[job.index] = join_words(finish_words(as_words(raw), job, src, tgt)) if raw else ""
        return out

    def _decode_jobs(self, jobs: list[Job], src: str, tgt: str, opts: DecodeOptions) -> list[str]:
        """Each job's shielded sentence translated, chunk by chunk."""
        chunks = [self._segments(job.shielded, opts) for job in jobs]
        unique = list(dict.fromkeys(chunk for sentence in chunks for chunk in sentence))
        done = dict(zip(unique, self._translate_segments(unique, src, tgt, opts)))
        return [" ".join(done[chunk] for chunk in sentence) for sentence in chunks]

    def _segments(self, sentence: str, opts: DecodeOptions) -> list[tuple[str, ...]]:
        """The sentence's chunks of at most max_input_tokens SentencePiece pieces (tuples, so they can key a dict)."""
        pieces = self.sp_source.encode(sentence, out_type=str)
        step = opts.max_input_tokens
        return [tuple(pieces[i : i + step]) for i in range(0, len(pieces), step)]

    def translate_segments(self, segments: list[list[str]], src: str, tgt: str, options: DecodeOptions | None = None,
                           num_hypotheses: int = 1, attention: bool = False) -> list[list[Hypothesis]]:
        """Lower level: translate already-split segments, given as SentencePiece pieces, into n-best lists.

        Beam size is raised to `num_hypotheses` when smaller. Attention columns cover the segment's pieces only
        (language tokens and the end token are dropped)."""
        self.check_direction(src, tgt)
        opts = options or DecodeOptions()
        opts.check()
        if num_hypotheses < 1:
            raise InputError("the number of hypotheses must be at least 1")
        if opts.sampling:  # it would be ignored here: n-best lists and attention come from beam search
            raise InputError("n-best lists are searched, not sampled: use translate() to sample")
        out = self._search(segments, src, tgt, opts, num_hypotheses, attention)
        retries = self._retries(segments, lambda i: self.sp_target.decode(out[i][0].pieces), src, tgt, opts)
        for forbid, redo in retries.items():
            again = self._search([seg for _, seg in redo], src, tgt, opts, num_hypotheses, attention, list(forbid))
            for (i, seg), hyps in zip(redo, again):
                out[i] = [_attending(h, seg, segments[i]) for h in hyps] if attention else hyps
        return out

    def _search(self, segments: list[list[str]], src: str, tgt: str, opts: DecodeOptions, num_hypotheses: int,
                attention: bool, forbid: list[tuple[str, ...]] | None = None) -> list[list[Hypothesis]]:
        out: list[list[Hypothesis]] = [[] for _ in segments]
        order = sorted(range(len(segments)), key=lambda i: len(segments[i]))
        prefix = self._target_prefix(src, tgt)
        lead = self._source_lead(src, tgt)
        for idx in self._batches(order, segments, opts):
            batch = [self._source_tokens(list(segments[i]), src, tgt) for i in idx]
            longest = max(len(b) for b in batch)
            results = self.model.translate_batch(
                batch,
                target_prefix=[prefix] * len(batch) if prefix else None,
                beam_size=max(opts.beam_size, num_hypotheses),
                num_hypotheses=num_hypotheses,
                length_penalty=opts.length_penalty,
                max_decoding_length=int(opts.max_length_ratio * longest) + 10,
                return_scores=True,
                return_attention=attention,
                suppress_sequences=self._suppressed(opts, forbid),
            )
            for i, result in zip(idx, results):
                n = len(segments[i])
                for k, pieces in enumerate(result.hypotheses):
                    att = None
                    if attention:
                        att = [row[lead : lead + n] for row in result.attention[k][len(prefix):]]
                    out[i].append(Hypothesis(pieces[len(prefix):], result.scores[k], att))
        return out

    def token_log_probs(self, segments: list[list[str]], targets: list[list[str]], src: str,
                        tgt: str) -> list[list[float]]:
        """The model's log-probability of each target piece given its source segment and the pieces before it."""
        self.check_direction(src, tgt)
        if len(segments) != len(targets):
            raise InputError(f"{len(segments)} segments but {len(targets)} targets")
        if not segments:
            return []
        prefix = self._target_prefix(src, tgt)
        results = self.model.score_batch([self._source_tokens(list(s), src, tgt) for s in segments],
                                         [prefix + list(t) for t in targets], offset=len(prefix))
        # the last score is the end token's
        return [list(r.log_probs[: len(t)]) for r, t in zip(results, targets)]

    def forced_attention(self, segments: list[list[str]], targets: list[list[str]], src: str,
                         tgt: str) -> list[list[list[float]]]:
        """Attention of each given target piece over its source pieces, decoding the target as a forced prefix."""
        self.check_direction(src, tgt)
        prefix = self._target_prefix(src, tgt)
        lead = self._source_lead(src, tgt)
        out = []
        for start in range(0, len(segments), 32):
            srcs, tgts = segments[start : start + 32], targets[start : start + 32]
            results = self.model.translate_batch(
                [self._source_tokens(list(s), src, tgt) for s in srcs], target_prefix=[prefix + list(t) for t in tgts],
                beam_size=1, max_decoding_length=len(prefix) + max(len(t) for t in tgts) + 1, return_attention=True)
            for s, t, r in zip(srcs, tgts, results):
                rows = r.attention[0][len(prefix) : len(prefix) + len(t)]
                out.append([row[lead : lead + len(s)] for row in rows])
        return out

    def _translate_segments(self, segments: list[tuple[str, ...]], src: str, tgt: str,
                            opts: DecodeOptions) -> list[str]:
        """The best translation of each unique segment: cached ones are looked up, the rest decoded in
        length-sorted batches bounded in sentences and padded tokens."""
        keys = [(src, tgt, opts.cache_key(), seg) for seg in segments]
        # a sampled translation is one random draw: a later call must draw again, not reuse it
        out = [None if opts.sampling else self.cache.get(k) for k in keys]
        todo = [i for i, o in enumerate(out) if o is None]
        if todo:
            # concurrent callers with the same direction and options share decoding rounds
            texts = self.coalescer.run((src, tgt, opts), [segments[i] for i in todo],
                                       lambda segs: self._decode_segments(segs, src, tgt, opts))
            for i, text in zip(todo, texts):
                out[i] = text
                if not opts.sampling:
                    self.cache.put(keys[i], text)
        return out

    def _decode_segments(self, segments: list[tuple[str, ...]], src: str, tgt: str, opts: DecodeOptions,
                         forbid: list[tuple[str, ...]] | None = None) -> list[str]:
        out: list[str] = [""] * len(segments)
        order = sorted(range(len(segments)), key=lambda i: len(segments[i]))
        prefix = self._target_prefix(src, tgt)
        # batches depend on the options only, never on the workers: a batch's longest source sets its maximum
        # output length, so other batches could cut a runaway output elsewhere and change the translation
        groups = list(self._batches(order, segments, opts))

        def decode(idx: list[int]) -> list[list[str]]:
            batch = [self._source_tokens(list(segments[i]), src, tgt) for i in idx]
            # relative to the input: a model that fails to stop must not decode 256 tokens for a short line
            max_length = int(opts.max_length_ratio * max(len(b) for b in batch)) + 10
            return self._decode_batch(batch, prefix, opts, max_length, forbid)

        for idx, decoded in zip(groups, self._map(decode, groups)):
            for i, pieces in zip(idx, decoded):
                out[i] = self.sp_target.decode(pieces)
        if tgt == "en":  # models trained on partly tokenised English write "do n't"
            out = [join_clitics(t) for t in out]
        retries = {} if forbid is not None else self._retries(segments, out.__getitem__, src, tgt, opts)
        for tokens, redo in retries.items():
            again = self._decode_segments([seg for _, seg in redo], src, tgt, opts, list(tokens))
            for (i, _), text in zip(redo, again):
                out[i] = text
        return out

    def _retries(self, segments, output, src: str, tgt: str, opts: DecodeOptions) -> dict[tuple, list[tuple]]:
        """The segments to decode again (DecodeOptions.retry_untranslated), as (index, segment) grouped by the token
        sequences each must not write, so that a group is one decoding call: English that kept Vietnamese words,
        without the tokens holding a Vietnamese letter (the same for all unless a foreign name needs some; none to
        forbid in an English-only Marian vocabulary); Vietnamese that copied the common English word opening the
        sentence, read with that word in small letters and forbidden to write it, or one inside it, between
        Vietnamese words, forbidden to write it. `output(i)` is segment i's translation."""
        if not opts.retry_untranslated or (src, tgt) not in (("vi", "en"), ("en", "vi")):
            return {}
        groups: dict[tuple, list[tuple]] = {}
        for i, seg in enumerate(segments):
            source = self.sp_source.decode(list(seg))
            if tgt == "vi" and (word := copied_first_word(source, output(i))):
                spelt = tuple(self.sp_target.encode(word, out_type=str))
                forbid = (spelt,) if set(spelt) <= self.known_tokens() else ()
                seg = tuple(self.sp_source.encode(first_in_small_letters(source), out_type=str))
            elif tgt == "vi" and (word := copied_inner_word(source, output(i))):
                spelt = tuple(self.sp_target.encode(word, out_type=str))
                if not set(spelt) <= self.known_tokens():
                    continue
                forbid = (spelt,)
            elif tgt == "en" and leaks(source, output(i)) and self.marked_tokens():
                forbid = tuple((t,) for t in forbidden(source, self.marked_tokens()))
            else:
                continue
            groups.setdefault(forbid, []).append((i, seg))
        return groups

    def known_tokens(self) -> set[str]:
        """The target vocabulary as a set: a retry forbids only token sequences the runtime knows."""
        if self._known is None:
            self._known = set(self.vocabulary())
        return self._known

    def marked_tokens(self) -> list[str]:
        """The target tokens holding a Vietnamese letter, forbidden when a vi->en sentence is decoded again."""
        if self._marked is None:
            self._marked = marked_tokens(self.vocabulary())
        return self._marked

    def _map(self, fn, items: list) -> list:
        """fn over items, `workers` at a time: the runtime decodes that many batches side by side."""
        if self.workers < 2 or len(items) < 2:
            return [fn(x) for x in items]
        with ThreadPoolExecutor(min(self.workers, len(items))) as pool:
            return list(pool.map(fn, items))

    @staticmethod
    def _batches(order: list[int], segments, opts: DecodeOptions):
        """Group length-sorted indices so each batch stays under max_batch_size and max_batch_tokens (padded)."""
        batch: list[int] = []
        for i in order:
            n = len(batch) + 1
            if batch and (n > opts.max_batch_size or n * (len(segments[i]) + 3) > opts.max_batch_tokens):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def _decode_batch(self, batch: list[list[str]], prefix: list[str], opts: DecodeOptions,
                      max_length: int, forbid: list[tuple[str, ...]] | None = None) -> list[list[str]]:
        """Beam-search one batch of source token lists; the best hypothesis of each, without the prefix.
        The one runtime-specific step: mt.hf_translate overrides it with transformers' generate()."""
        results = self.model.translate_batch(
            batch,
            target_prefix=[prefix] * len(batch) if prefix else None,
            beam_size=opts.beam_size,
            length_penalty=opts.length_penalty,
            max_decoding_length=max_length,
            suppress_sequences=self._suppressed(opts, forbid),
            sampling_topk=opts.sampling_topk,
            sampling_temperature=opts.sampling_temperature,
        )
        return [result.hypotheses[0][len(prefix):] for result in results]

    def _suppressed(self, opts: DecodeOptions, forbid: list[tuple[str, ...]] | None = None
                    ) -> list[list[str]] | None:
        """The token sequences the search must not write: <pad>, what a retry forbids, and what a draw must not."""
        banned = [list(seq) for seq in forbid or []] + [[t] for t in (self.undrawable() if opts.sampling else [])]
        return (self.suppress or []) + banned or None

    def undrawable(self) -> list[str]:
        """Tokens random sampling must never draw: the language and spare tokens of the vocabulary, which are not
        SentencePiece pieces. A search never picks them (they are unlikely), but a random draw now and then does."""
        if self._undrawable is None:
            sp = self.sp_target
            unknown = [t for t in self.vocabulary() if sp.piece_to_id(t) == sp.unk_id() and t != "<unk>"]
            control = [t for t in self.vocabulary() if sp.is_control(sp.piece_to_id(t))]
            self._undrawable = [t for t in dict.fromkeys(unknown + control) if t != "</s>"]
        return self._undrawable

    def vocabulary(self) -> list[str]:
        """The model's target vocabulary, id by id, as `mt export` wrote it."""
        for name in ("target_vocabulary.json", "shared_vocabulary.json"):
            if (self.path / name).is_file():
                return read_json(self.path / name, ModelError)
        raise ModelError(f"{self.path} has no target or shared vocabulary file")

    def _source_tokens(self, pieces: list[str], src: str, tgt: str) -> list[str]:
        text = langs.source_text(self.family, src, tgt, self.codes)  # T5-style "vi:"; "" for other families
        lead = self.sp_source.encode(text, out_type=str) if text else []
        tag = [self.source_tag] if self.source_tag else []
        return langs.source_tokens(self.family, tag + lead + pieces, src, tgt, self.codes)

    def _target_prefix(self, src: str, tgt: str) -> list[str]:
        text = langs.target_text(self.family, src, tgt, self.codes)
        lead = self.sp_target.encode(text, out_type=str) if text else []
        return langs.target_prefix(self.family, src, tgt, self.codes) + lead

    def _source_lead(self, src: str, tgt: str) -> int:
        """How many language tokens come before the pieces in the encoder input."""
        return self._source_tokens(["\0"], src, tgt).index("\0")


def _attending(hyp: Hypothesis, pieces: list[str], original: list[str]) -> Hypothesis:
    """A hypothesis decoded from `pieces` (a retry's, with a letter's case changed) attending to the `original`
    pieces of the same text instead: each original piece gets the attention of the pieces it overlaps, shared by
    length, so that mt.detailed's alignment still counts the source's own pieces."""
    if list(pieces) == list(original):
        return hyp
    spans = [_spans(p) for p in (pieces, original)]
    share = [[max(0, min(b, d) - max(a, c)) / max(b - a, 1) for c, d in spans[1]] for a, b in spans[0]]
    rows = [[sum(w * s[j] for w, s in zip(row, share)) for j in range(len(original))] for row in hyp.attention]
    return replace(hyp, attention=rows)


def _spans(pieces: list[str]) -> list[tuple[int, int]]:
    """Each piece's (start, end) in the text the pieces spell."""
    out, end = [], 0
    for p in pieces:
        out.append((end, end + len(p)))
        end += len(p)
    return out


def plan_line(line: str, src: str, tgt: str) -> list[str]:
    """A line's sentences, and the clauses of a sentence with an everyday phrase set off by a comma."""
    return [part for sentence in split_sentences(line) for part in phrasebook.clauses(sentence, src, tgt)]


def goes_on(line: list[str], k: int) -> bool:
    """Whether part k of a planned line goes on the sentence before it (a clause after "Xin lỗi,")."""
    return k > 0 and line[k - 1].endswith(",")


def comma_before(line: list[str], k: int) -> bool:
    """Whether part k of a planned line ends in a comma that the next part goes on after; not the line's last part,
    whose comma is the source's end ("…, " where a talk goes on in the next line: the model's "." stays)."""
    return k + 1 < len(line) and goes_on(line, k + 1)


def in_order(line: list[str], texts: list[str], tgt: str) -> list[str]:
    """The translations of a planned line's parts, in order; a clause that goes on a sentence goes on in small
    letters, after a comma."""
    out = [phrasebook.continued(t, tgt) if goes_on(line, k) else t for k, t in enumerate(texts)]
    return [phrasebook.comma_ended(t) if comma_before(line, k) else t for k, t in enumerate(out)]


def sentence_job(sentence: str, src: str, tgt: str, index: int = 0, glossary: list[Match] | None = None,
                 extra: list[Match] | None = None) -> Job:
    """A sentence ready for the model (mt.glossary.Job), with the stretches written by rule rather than by the model,
    each to be hidden from it behind a placeholder: `extra` stretches as given (mt.detailed: inline code, links);
    addresses, handles and paths as they are (mt/verbatim.py); a user's `glossary` matches, which win over what
    follows; "See you" opening the sentence (mt.phrasebook.openers); the glossary that ships (mt/terms.py: "phở" is
    "pho"); the weather (mt/weather.py: "Trời lạnh quá." is "it's so cold") and how someone feels (mt/feelings.py:
    "Tôi mệt quá." is "I'm so tired"); sums of đồng in the target language's
    form (mt/amounts.py); dates and times of day (mt/dates.py); Vietnamese names the model does not know, without
    marks, and those English writes with their marks, kept so in Vietnamese (mt/names.py), a dish among them whole
    (mt.terms.borrowed: "cao lầu"); and, given to the model in place of what it says, "Bạn" for a word of kinship
    that asks the speaker something (mt.phrasebook.addressed: "Anh có thể giúp tôi không?"), "Give me" before
    "One more beer, please." (mt.phrasebook.more), "làm việc" for "làm" where someone works at a place and "bạn của
    tôi" for "bạn tôi" (mt.people.hints: "Tôi làm ở một công ty phần mềm.", "Tôi đang đợi bạn tôi.").

    A sentence in capitals is read, by the model and the rules, as it would be written in small letters
    (mt.restore.from_capitals): models see almost no such text, and its translation is put back in capitals."""
    read = from_capitals(sentence, src) if is_shouting(sentence) else sentence  # the same length: the offsets hold
    by_rule = [phrasebook.openers(read, src, tgt), phrasebook.asked(read, src, tgt)]
    # (dates before amounts: "bảy giờ mười lăm" is a time, not the number 15 after "bảy giờ")
    by_rule += [module.matches(read, src, tgt) for module in (terms, weather, feelings, dates, amounts, names)]
    by_rule += [phrasebook.addressed(read, src, tgt), phrasebook.more(read, src, tgt), people.hints(read, src, tgt)]
    written = terms.borrowed(read, src, tgt) + names.written(read, src, tgt)
    found = merge(verbatim.matches(sentence), glossary or [], written, *by_rule)
    return Job(sentence, merge(extra or [], found), index, read)


def source_as_read(text: str, src: str, opts: DecodeOptions) -> str:
    """The text as the model reads it: normalised and, when it was typed without Vietnamese marks or capitals,
    with them put back, except on names (mt.names.as_typed); chat shorthand written out first ("ko" -> "không",
    "u" -> "you": mt/shorthand.py)."""
    text = normalize(text)
    if not opts.restore_input:
        return text
    text = expand_shorthand(text, src)
    read = read_as(text, src)
    return names.as_typed(text, read) if src == "vi" and read != text else read


def read_manifest(path: Path) -> dict:
    if not path.is_dir():
        raise ModelError(f"no model directory at {path}")
    mpath = path / MANIFEST
    if not mpath.is_file():
        raise ModelError(f"{path} is not an exported model (no {MANIFEST}): create one with `mt export`")
    manifest = read_json(mpath, ModelError)
    if not isinstance(manifest, dict) or "family" not in manifest:
        raise ModelError(f"{mpath} is corrupt: no model family")
    if not (path / "model.bin").is_file() or not (path / "source.spm").is_file():
        raise ModelError(f"{path} is incomplete: model.bin and source.spm are required")
    return manifest


_default: Translator | None = None
_lock = threading.Lock()


def translate(text: str | list[str], src: str = "vi", tgt: str = "en", model: str | Path | None = None,
              beam_size: int = 4):
    """One call: translate with the bundled model (loaded once) or the model dir given."""
    global _default
    if model is not None:
        translator = Translator.load(model)
    else:
        with _lock:
            if _default is None:
                _default = Translator.load()
            translator = _default
    out = translator.translate(text, src, tgt, beam_size=beam_size)
    return out[0] if isinstance(text, str) else out
