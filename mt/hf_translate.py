"""Translation with transformers (PyTorch) instead of CTranslate2: the reference runtime for comparisons.

    >>> from mt.hf_translate import HFTranslator
    >>> t = HFTranslator.load("models/vien-base-hf")                  # or a hub id, when the hub is reachable
    >>> t.translate(["Tôi yêu Hà Nội."], src="vi", tgt="en", beam_size=4)

`HFTranslator` is `mt.Translator` with one step swapped: the same normalisation, sentence splitting, chunking,
batching (sorted by length, bounded in sentences and padded tokens), language tokens (mt.langs) and decoding
settings (beam, length penalty 1.0, at most 2 x source tokens + 10 output tokens), but beam search runs in
transformers' `generate()`. So a
checkpoint and its CTranslate2 float32 export give the same translations, and any difference between runtimes
or precisions is the runtime's, not the pipeline's. Used by `mt eval` (and speed comparisons); never by serving,
which must not import torch.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import langs
from .errors import InputError, MissingDependency, ModelError
from .translate import DecodeOptions, Translator

DTYPES = ("float32", "float16", "bfloat16")


class HFTranslator(Translator):
    """A Hugging Face seq2seq checkpoint (M2M100, NLLB, mBART-50, Marian) behind the Translator interface."""

    def __init__(self, path, model, sp_source, sp_target, manifest: dict, tokens: list[str], device: str):
        super().__init__(path, model, sp_source, sp_target, manifest, cache_size=0)  # a reference runtime: no cache
        self.tokens = tokens  # id -> token, exactly as CTranslate2's converter lists the vocabulary
        self.ids: dict[str, int] = {}
        for i, token in enumerate(tokens):
            self.ids.setdefault(token, i)
        self.device = device

    @classmethod
    def load(cls, path: str | Path | None = None, device: str = "cpu", dtype: str = "float32",
             threads: int = 0) -> "HFTranslator":
        """Load a checkpoint directory or hub id (default: the bundled model's checkpoint, models/vien-base-hf)."""
        from .export import detect_family, id_tokens, resolve_source
        from .manifest import source_tag

        if dtype not in DTYPES:
            raise InputError(f"unknown dtype {dtype!r}: choose one of {', '.join(DTYPES)}")
        name = str(path) if path else str(Path(__file__).resolve().parent.parent / "models" / "vien-base-hf")
        source = resolve_source(name)
        family = detect_family(source)
        try:
            import sentencepiece as spm
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as e:
            raise MissingDependency(e.name or "transformers", "train") from None
        if threads:
            torch.set_num_threads(threads)
        try:
            model = AutoModelForSeq2SeqLM.from_pretrained(source, dtype=getattr(torch, dtype)).to(device).eval()
            tokenizer = AutoTokenizer.from_pretrained(source)
        except (OSError, ValueError, RuntimeError) as e:
            raise ModelError(f"cannot load the checkpoint {name}: {e}") from None
        sp_source, sp_target = _sentencepiece(spm, source)
        tokens = id_tokens(tokenizer, model.config.vocab_size)
        fam = langs.family(family)
        codes = langs.model_codes(fam, set(tokens))
        train_manifest = Path(source) / "mt_train.json"
        training = json.loads(train_manifest.read_text()) if train_manifest.is_file() else None
        manifest = {"family": family, "codes": codes, "directions": langs.default_directions(family, name),
                    "runtime": "transformers", "dtype": dtype, "source_checkpoint": name,
                    "source_tag": source_tag(training)}
        return cls(name, model, sp_source, sp_target, manifest, tokens, device)

    def vocabulary(self) -> list[str]:
        return self.tokens

    def _decode_batch(self, batch: list[list[str]], prefix: list[str], opts: DecodeOptions,
                      max_length: int, forbid: list[tuple[str, ...]] | None = None) -> list[list[str]]:
        import torch
        from transformers import GenerationConfig

        cfg = self.model.config
        unk = self.ids.get("<unk>", 0)
        rows = [[self.ids.get(t, unk) for t in tokens] for tokens in batch]
        width = max(len(r) for r in rows)
        pad = cfg.pad_token_id
        input_ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows], device=self.device)
        mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows], device=self.device)
        start = torch.full((len(rows), 1), cfg.decoder_start_token_id, device=self.device)
        # A fresh config: a checkpoint's own generation_config (num_beams, no_repeat_ngram_size, ...) must not
        # change the settings we compare under. CTranslate2 ends a beam search once beam_size hypotheses have
        # finished (early_stopping=True) and counts the forced prefix in the length (see _CT2Prefix).
        banned = [list(seq) for seq in forbid or []] + [[t] for t in (self.undrawable() if opts.sampling else [])]
        gen = GenerationConfig(
            num_beams=opts.beam_size, length_penalty=opts.length_penalty, early_stopping=True,
            do_sample=opts.sampling, **_sampling(opts),
            max_length=1 + max_length, min_new_tokens=1, num_return_sequences=1,
            decoder_start_token_id=cfg.decoder_start_token_id, eos_token_id=cfg.eos_token_id, pad_token_id=pad,
            # as Translator suppresses <pad> (Marian's CTranslate2 vocabulary lacks it), and more when sampling
            # or retrying a sentence that left Vietnamese in English
            bad_words_ids=[[pad]] + [[self.ids[t] for t in seq] for seq in banned],
        )
        processors = [_ct2_prefix([self.ids[t] for t in prefix], cfg.eos_token_id)]
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids, attention_mask=mask, decoder_input_ids=start,
                                      generation_config=gen, logits_processor=processors)
        hyps = []
        for seq in out.tolist():
            ids = seq[1 + len(prefix):]
            if cfg.eos_token_id in ids:
                ids = ids[: ids.index(cfg.eos_token_id)]
            hyps.append([self.tokens[i] for i in ids])
        return hyps


def _sampling(opts: DecodeOptions) -> dict:
    """generate()'s sampling settings; none unless sampling, as transformers warns about unused ones."""
    return {"top_k": opts.sampling_topk, "temperature": opts.sampling_temperature} if opts.sampling else {}


def _sentencepiece(spm, source: Path):
    """The same files `mt export` copies: one joint model, or Marian's source.spm/target.spm."""
    if (source / "source.spm").is_file():
        files = source / "source.spm", source / "target.spm"
    else:
        files = source / "sentencepiece.bpe.model", source / "sentencepiece.bpe.model"
    try:
        return tuple(spm.SentencePieceProcessor(model_file=str(f)) for f in files)
    except (OSError, RuntimeError) as e:
        raise ModelError(f"{source}: no usable SentencePiece model ({e})") from None


def _ct2_prefix(prefix_ids: list[int], eos_id: int):
    """A logits processor that decodes a target prefix the way CTranslate2 does.

    CTranslate2 forces the prefix tokens with log-probability 0 and counts them in the hypothesis length that
    the length penalty divides by; at the first free step it lets the end token through only as the best
    candidate. Passing the prefix as `decoder_input_ids` instead would leave it out of the length, so a
    different hypothesis could win the beam."""
    import torch
    from transformers import LogitsProcessor

    class CT2Prefix(LogitsProcessor):
        def __call__(self, input_ids, scores):
            step = input_ids.shape[1] - 1  # the decoder start token is not a step
            if step < len(prefix_ids):
                forced = torch.full_like(scores, float("-inf"))
                forced[:, prefix_ids[step]] = 0.0
                return forced
            if step == len(prefix_ids):
                blocked = scores.argmax(dim=-1) != eos_id
                scores = scores.clone()
                scores[blocked, eos_id] = float("-inf")
            return scores

    return CT2Prefix()

