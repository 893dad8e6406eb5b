"""Model families -> token ids: sentences to the ids a family's model reads and writes, and batches of them."""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

import numpy as np

from .. import langs
from ..errors import ModelError
from ..manifest import source_tag
from ..vocab import spare_id
from .config import split_direction

# tagged back-translation from a base that never learned a tag token: a marker in text, which real input never holds
TEXT_TAG = "<bt>"


def spm_files(model_dir: Path) -> tuple[Path, Path]:
    """Source and target SentencePiece models under each family's file names."""
    if (model_dir / "source.spm").is_file():  # Marian keeps one per side
        return model_dir / "source.spm", model_dir / "target.spm"
    for name in ("sentencepiece.bpe.model", "spiece.model"):
        if (model_dir / name).is_file():
            return model_dir / name, model_dir / name
    raise ModelError(f"{model_dir}: no SentencePiece model (sentencepiece.bpe.model, spiece.model or source.spm)")


class Codec:
    """Turns sentences into the ids a family's model reads and writes, with the same SentencePiece pieces and
    language marks that `Translator` uses at serving time (mt.langs), so training and serving agree."""

    def __init__(self, model_dir: Path, family_name: str):
        import sentencepiece as spm
        from transformers import AutoTokenizer

        self.fam = langs.family(family_name)
        self.tok = AutoTokenizer.from_pretrained(model_dir)
        src_spm, tgt_spm = spm_files(model_dir)
        self.sp_src = spm.SentencePieceProcessor(model_file=str(src_spm))
        self.sp_tgt = spm.SentencePieceProcessor(model_file=str(tgt_spm))
        # Marian models with separate vocabularies number the target side on their own
        self.tgt_vocab = dict(self.tok.target_encoder) if getattr(self.tok, "separate_vocabs", False) else None
        self.unk = self.tok.unk_token_id
        self.eos = self.tok.eos_token or "</s>"
        known = {c for c in self.fam.codes.values() if self._src_ids([c])[0] != self.unk}
        self.codes = langs.model_codes(self.fam, known)
        # a base trained with domain tags reads its default tag after the language token, as Translator gives it
        manifest = model_dir / "mt_train.json"
        training = json.loads(manifest.read_text()) if manifest.is_file() else {}
        self.domain_tags = training.get("domain_tags")
        tag = source_tag(training)
        self.tag_id = None if tag is None else spare_id(tag)
        # what marks a synthetic source (--tag-one-way): the tag the base was trained with, else TEXT_TAG
        self.one_way_tag = training.get("one_way_tag")
        self.bt_tag = self.one_way_tag or TEXT_TAG

    @cached_property
    def bt_ids(self) -> list[int]:
        """The ids of the back-translation tag."""
        if (spare := spare_id(self.bt_tag)) is not None:  # mt train's spare token, by id as for domain tags
            return [spare]
        ids = self._src_ids(self.sp_src.encode(self.bt_tag, out_type=str))
        if self.unk in ids:  # a tag of <unk> would also mark real input with characters the vocabulary lacks
            raise ModelError(f"the base's vocabulary cannot spell the back-translation tag {self.bt_tag!r}")
        return ids

    def _src_ids(self, tokens: list[str]) -> list[int]:
        ids = self.tok.convert_tokens_to_ids(tokens)
        return [self.unk if i is None else i for i in ids]

    def _tgt_ids(self, tokens: list[str]) -> list[int]:
        if self.tgt_vocab is None:
            return self._src_ids(tokens)
        return [self.tgt_vocab.get(t, self.unk) for t in tokens]

    def check(self, directions: list[str]) -> None:
        if self.fam.name == "marian":
            return  # bilingual Marian models have no language tokens; multi-target ones get >>vie<< when present
        missing = sorted({lang for d in directions for lang in split_direction(d)} - set(self.codes))
        if missing:
            raise ModelError(f"the model's vocabulary lacks the {self.fam.name} language tokens for "
                             f"{', '.join(missing)}")

    def source(self, text: str, src: str, tgt: str, tagged: bool = False) -> list[int]:
        """Source ids; `tagged` (a synthetic source) adds the back-translation tag after any domain tag."""
        lead = langs.source_text(self.fam, src, tgt, self.codes)  # encoded apart, exactly as Translator does
        pieces = (self.sp_src.encode(lead, out_type=str) if lead else []) + self.sp_src.encode(text, out_type=str)
        ids = self._src_ids(langs.source_tokens(self.fam, pieces, src, tgt, self.codes))
        # by id: transformers 5 reads M2M100's spare tokens as <unk>
        tags = ([] if self.tag_id is None else [self.tag_id]) + (self.bt_ids if tagged else [])
        if tags:
            at = langs.source_tokens(self.fam, ["\0"], src, tgt, self.codes).index("\0")
            ids[at:at] = tags
        return ids

    def prefix(self, src: str, tgt: str) -> list[int]:
        """Target ids forced at the start of decoding (not learned): a language token or T5's "en:"."""
        lead = langs.target_text(self.fam, src, tgt, self.codes)
        pieces = self.sp_tgt.encode(lead, out_type=str) if lead else []
        return self._tgt_ids(langs.target_prefix(self.fam, src, tgt, self.codes) + pieces)

    def target(self, text: str, src: str, tgt: str) -> tuple[list[int], int]:
        """Target ids (forced prefix + pieces + </s>) and how many of them are forced."""
        prefix = self.prefix(src, tgt)
        return prefix + self._tgt_ids(self.sp_tgt.encode(text, out_type=str) + [self.eos]), len(prefix)

    def decode(self, ids: list[int]) -> str:
        eos = self._tgt_ids([self.eos])[0]
        if eos in ids:
            ids = ids[: ids.index(eos)]
        special = set(self.tok.all_special_ids)
        tokens = self.tok.convert_ids_to_tokens([i for i in ids if i not in special])
        return self.sp_tgt.decode([t for t in tokens if t])


def examples(codec: Codec, vi: list[str], en: list[str], directions: list[str], max_len: int, tagged=False):
    """(source ids, target ids, forced count) per pair and direction; pairs over max_len tokens are skipped;
    `tagged` sources get the back-translation tag."""
    out, skipped = [], 0
    for d in directions:
        src, tgt = split_direction(d)
        texts = {"vi": vi, "en": en}
        for s, t in zip(texts[src], texts[tgt]):
            a = codec.source(s, src, tgt, tagged)
            b, forced = codec.target(t, src, tgt)
            if len(a) > max_len or len(b) > max_len:
                skipped += 1
                continue
            out.append((a, b, forced))
    return out, skipped


def make_batches(examples_: list, max_tokens: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Group examples of similar length so that each padded micro-batch holds about max_tokens tokens."""
    longest = np.array([max(len(a), len(b)) for a, b, _ in examples_], np.float64)
    order = np.argsort(longest + rng.random(len(longest)), kind="stable")  # shuffled within equal lengths
    batches, start = [], 0
    while start < len(order):
        end = start + 1
        while end < len(order) and (end - start + 1) * longest[order[end]] * 2 <= max_tokens:
            end += 1
        batches.append(order[start:end])
        start = end
    rng.shuffle(batches)
    return batches


def collate(batch: list, pad: int, start: int):
    """Padded encoder input, decoder input (the decoder start token, then the target shifted) and labels."""
    src = np.full((len(batch), max(len(a) for a, _, _ in batch)), pad, np.int64)
    dec = np.full((len(batch), max(len(b) for _, b, _ in batch)), pad, np.int64)
    lab = np.full_like(dec, -100)
    for k, (a, b, forced) in enumerate(batch):
        src[k, : len(a)] = a
        dec[k, 0] = start
        dec[k, 1 : len(b)] = b[:-1]
        lab[k, forced : len(b)] = b[forced:]  # forced tokens (language marks) are given, not learned
    return src, dec, lab
