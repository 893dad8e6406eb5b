"""Translate one set with one system and score it (the original `mt eval` core; `eval.suite` runs many).

    from eval.evaluate import evaluate, load_inputs
    name, sources, refs = load_inputs("flores200-devtest", None, None, "vi", "en")
    evaluate("copy", sources, refs, "vi", "en")
"""
from __future__ import annotations

from pathlib import Path

from mt.data import read_pair
from mt.errors import InputError
from mt.manifest import write_text
from mt.text import normalize

from . import metrics, testsets
from .systems import BASELINES  # noqa: F401  (re-exported: the baselines' descriptions)


def load_inputs(testset: str | None, src_file: str | None, ref_file: str | None, src: str, tgt: str,
                data_dir: Path | None = None) -> tuple[str, list[str], list[str]]:
    if testset and (src_file or ref_file):
        raise InputError("give either --testset or --src-file/--ref-file, not both")
    if testset:
        sources, refs = testsets.load(testset, src, tgt, data_dir)
        return testset, sources, refs
    if not (src_file and ref_file):
        raise InputError("give --testset NAME, or both --src-file and --ref-file")
    sources, refs = read_pair(Path(src_file), Path(ref_file))
    if not sources:
        raise InputError(f"{src_file} is empty")
    return Path(src_file).name, [normalize(x) for x in sources], [normalize(x) for x in refs]


def evaluate(system: str, sources: list[str], refs: list[str], src: str, tgt: str, beam_size: int = 4,
             hyps_out: str | None = None, translator=None) -> dict:
    """Score `system` ("copy", or any name with a loaded translator passed as `translator`) on sources/refs."""
    if system == "copy":
        hyps = list(sources)
    elif translator is not None:
        hyps = translator.translate(sources, src, tgt, beam_size=beam_size)
    else:
        raise InputError(f"unknown system {system!r}")
    # scored in the references' normal form (test sets are read through `normalize`), so a spelling variant such
    # as the tone-mark placement hoà/hòa is not counted as an error
    hyps = [normalize(h) for h in hyps]
    result = metrics.score(hyps, refs, tgt)
    if hyps_out:
        write_text(Path(hyps_out), "".join(h.replace("\n", " ") + "\n" for h in hyps))
    return {"system": system, "src": src, "tgt": tgt, "beam_size": beam_size if system != "copy" else None,
            **result}
