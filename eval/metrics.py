"""sacreBLEU scores with their signatures: a number without its signature is not a result."""
from __future__ import annotations

from mt.errors import InputError


def score(hyps: list[str], refs: list[str], tgt: str) -> dict:
    """Corpus BLEU and chrF of `hyps` against one reference per line."""
    from sacrebleu.metrics import BLEU, CHRF

    if len(hyps) != len(refs):
        raise InputError(f"{len(hyps)} hypotheses but {len(refs)} references: they must be aligned")
    if not refs:
        raise InputError("nothing to score: no segments")
    bleu, chrf = BLEU(), CHRF()
    b = bleu.corpus_score(hyps, [refs])
    c = chrf.corpus_score(hyps, [refs])
    return {
        "bleu": round(b.score, 2),
        "chrf": round(c.score, 2),
        "n": len(refs),
        "signature": {"bleu": str(bleu.get_signature()), "chrf": str(chrf.get_signature())},
    }
