"""Back-translation: a synthetic corpus made from one real side of a corpus, for `mt train --one-way`.

    mt data backtranslate evbnews=../shared/data/vien/evbnews --keep en --out data/bt/evbnews_vien
    mt data prepare --dev-size 0 --add data/bt/evbnews_vien --out data/with_bt
    mt train --prepared data/with_bt --one-way evbnews_vien=vi-en ...

The kept side is copied as it is; the other side is the model's translation of it. The result trains only the
direction *into* the kept side (`--one-way`), so the model learns to write real text from imperfect input and never
learns to write machine output. OUT holds train.vi, train.en and backtranslation.json (the model and its manifest
hash, the decoding, the source files' hashes, the direction to train).

Decoding is greedy by default. `sampling_topk` draws each output token from the model's K most likely (0: from the
whole vocabulary) instead, for more varied, noisier synthetic sources (Edunov et al., 2018, "Understanding
Back-Translation at Scale"). The draws are random, so a rerun writes other lines, unless `seed` is given: then each
chunk is drawn from seed + its first line's index by one runtime worker (see Translator.reseed), so the same inputs
give the same lines, resumed or not, at the cost of decoding one batch at a time.

Translating a corpus takes minutes to hours on a CPU, so the work is kept: lines are translated in chunks appended
to OUT.partial/, a rerun with the same inputs goes on after the last complete chunk, and OUT appears only when
every line is done.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

from ..errors import InputError
from ..manifest import read_json, replace_dir, sha256_file, write_json
from ..translate import DecodeOptions
from .corpora import Corpus

STATE = "state.json"
PROVENANCE = "backtranslation.json"


def _lines_sha256(lines: list[str]) -> str:
    return hashlib.sha256("".join(x + "\n" for x in lines).encode("utf-8")).hexdigest()


def _job(corpus: Corpus, keep: str, texts: list[str], translator, opts: DecodeOptions, seed: int | None) -> dict:
    """What the partial output depends on: a rerun goes on from it only when all of this is unchanged."""
    return {"corpus": corpus.name, "keep": keep, "lines": len(texts), "text_sha256": _lines_sha256(texts),
            "model": str(translator.path), "model_manifest_sha256": sha256_file(Path(translator.path) / "mt.json"),
            "beam_size": opts.beam_size, "sampling_topk": opts.sampling_topk,
            "sampling_temperature": opts.sampling_temperature, "seed": seed}


def _resume(partial: Path, job: dict, out_file: str, log) -> int:
    """Lines already translated in `partial` for this job (0 when it is new or was made for other inputs)."""
    state = read_json(partial / STATE, InputError) if (partial / STATE).is_file() else None
    if not state or state.get("job") != job:
        if partial.exists():
            log(f"{partial} was made for other inputs or settings: starting over")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        write_json(partial / STATE, {"job": job, "done": 0})
        (partial / out_file).write_text("", encoding="utf-8")
        return 0
    done = state["done"]
    # a chunk may have been appended without its count being saved: keep only the counted lines
    with open(partial / out_file, encoding="utf-8") as f:
        kept = [line for _, line in zip(range(done), f)]
    (partial / out_file).write_text("".join(kept), encoding="utf-8")
    if done:
        log(f"resuming after {done:,} of {job['lines']:,} lines already translated")
    return done


def backtranslate(corpus: Corpus, keep: str, translator, out: Path, beam_size: int = 1, chunk: int = 1000,
                  force: bool = False, log=print, sampling_topk: int = 1, sampling_temperature: float = 1.0,
                  seed: int | None = None) -> Path:
    """Write OUT with corpus's `keep` side and its translation into the other language (see the module doc)."""
    if keep not in ("vi", "en"):
        raise InputError(f"--keep must be vi or en, not {keep!r}")
    if chunk < 1:
        raise InputError("--chunk must be >= 1")
    opts = DecodeOptions(beam_size=beam_size, sampling_topk=sampling_topk, sampling_temperature=sampling_temperature)
    opts.check()
    if seed is not None and not opts.sampling:
        seed = None  # greedy and beam search draw nothing: the same lines every time
    out = Path(out)
    if out.exists() and not force:
        raise InputError(f"{out} already exists: pass --force to replace it")
    other = "vi" if keep == "en" else "en"
    translator.check_direction(keep, other)
    texts = corpus.en if keep == "en" else corpus.vi
    job = _job(corpus, keep, texts, translator, opts, seed)
    partial = out.with_name(f"{out.name}.partial")
    out_file = f"train.{other}"
    done = _resume(partial, job, out_file, log)
    start, first = time.monotonic(), done
    while done < len(texts):
        part = texts[done: done + chunk]
        if seed is not None:
            translator.reseed(seed + done)
        outs = translator.translate(part, keep, other, options=opts)
        with open(partial / out_file, "a", encoding="utf-8") as f:
            f.write("".join(x.replace("\n", " ") + "\n" for x in outs))
            f.flush()
            os.fsync(f.fileno())
        done += len(part)
        write_json(partial / STATE, {"job": job, "done": done})
        rate = (done - first) / max(time.monotonic() - start, 1e-9)
        eta = (len(texts) - done) / rate / 60 if rate else 0
        log(f"{corpus.name}: {done:,} of {len(texts):,} lines ({100 * done / len(texts):.0f}%), "
            f"{rate:.1f} lines/s, {eta:.0f} min left")
    (partial / f"train.{keep}").write_text("".join(x + "\n" for x in texts), encoding="utf-8")
    write_json(partial / PROVENANCE, {
        **job, "made_side": other, "one_way": f"{other}-{keep}", "source_files": corpus.files,
        "seconds_this_run": round(time.monotonic() - start, 1),
    })
    (partial / STATE).unlink()
    replace_dir(partial, out)
    return out
