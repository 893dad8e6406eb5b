"""Session fixtures: a synthetic parallel corpus and tiny models of each supported family, built locally in
seconds. No network, no GPU, no shared data."""
from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
# tests never write to the user's results file or learned-table cache (runs/eval, runs/cache)
_SCRATCH = tempfile.mkdtemp(prefix="vien-mt-tests-")
atexit.register(shutil.rmtree, _SCRATCH, True)
os.environ.setdefault("MT_EVAL_RESULTS", os.path.join(_SCRATCH, "results.jsonl"))
os.environ.setdefault("MT_CACHE_DIR", os.path.join(_SCRATCH, "cache"))

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "models" / "vien-base"

_NUMS = [("một", "one"), ("hai", "two"), ("ba", "three"), ("bốn", "four"), ("năm", "five"), ("sáu", "six")]
_THINGS = [("con mèo", "cats"), ("quyển sách", "books"), ("cái bàn", "tables"), ("con chó", "dogs"),
           ("tập tin", "files"), ("bông hoa", "flowers"), ("chiếc xe", "cars")]
_WHO = [("Tôi", "I"), ("Chúng tôi", "We"), ("Họ", "They"), ("Bạn", "You")]
_VERB = [("có", "have"), ("thấy", "see"), ("mua", "buy"), ("thích", "like")]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (for servers the tests start)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def synthetic_pairs(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """Template sentences with a one-to-one word mapping: enough signal for a tiny model to learn."""
    rng = random.Random(seed)
    pairs = set()
    while len(pairs) < n:
        (wv, we), (vv, ve), (nv, ne), (tv, te) = (rng.choice(x) for x in (_WHO, _VERB, _NUMS, _THINGS))
        pairs.add((f"{wv} {vv} {nv} {tv}.", f"{we} {ve} {ne} {te}."))
    return sorted(pairs)


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory) -> Path:
    """A data directory laid out like ../shared/data/vien: two corpora and a FLORES-style dev set."""
    root = tmp_path_factory.mktemp("data")
    pairs = synthetic_pairs(420)
    for name, chunk in (("corpus_a", pairs[:250]), ("corpus_b", pairs[250:400])):
        (root / name).mkdir()
        (root / name / "train.vi").write_text("".join(v + "\n" for v, _ in chunk), encoding="utf-8")
        (root / name / "train.en").write_text("".join(e + "\n" for _, e in chunk), encoding="utf-8")
    (root / "flores200").mkdir()
    dev = pairs[400:]
    (root / "flores200" / "dev.vi").write_text("".join(v + "\n" for v, _ in dev), encoding="utf-8")
    (root / "flores200" / "dev.en").write_text("".join(e + "\n" for _, e in dev), encoding="utf-8")
    return root


def tiny_config(out: Path, data_dir: Path, **kw):
    from mt.train import TrainConfig

    base = dict(out=str(out), data_dir=str(data_dir), vocab_size=120, d_model=32, encoder_layers=1,
                decoder_layers=1, heads=2, ffn_dim=64, dropout=0.0, lr=1e-2, warmup_steps=10, max_tokens=3000,
                max_steps=40, eval_every=20, log_every=10, save_every=1e9, bf16="off", device="cpu", upsample={})
    base.update(kw)
    return TrainConfig(**base)


@pytest.fixture(scope="session")
def trained(tmp_path_factory, data_dir) -> Path:
    """The bundled model's architecture, trained for a few steps: OUT/model is a HF checkpoint."""
    from mt.train import train

    out = tmp_path_factory.mktemp("run")
    return train(tiny_config(out, data_dir, max_steps=60), log=lambda m: None)


@pytest.fixture(scope="session")
def exported(tmp_path_factory, trained) -> Path:
    from mt.export import export

    out = tmp_path_factory.mktemp("ct2") / "model"
    return export(trained, out, quantization="float32", log=lambda m: None)


@pytest.fixture(scope="session")
def spm_file(trained) -> Path:
    return trained / "sentencepiece.bpe.model"


# the shape of every tiny BART-like fixture (NLLB, Marian, mBART-50)
TINY_SHAPE = dict(d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2, decoder_attention_heads=2,
                  encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128)


def noisy(model, scale: float = 0.5, seed: int = 0):
    """Large random weights: a fresh tiny model otherwise says the same thing whatever the input, which
    would make output comparisons vacuous."""
    import torch

    torch.manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn_like(p) * scale)
    return model


@pytest.fixture(scope="session")
def nllb_hf(tmp_path_factory, spm_file) -> Path:
    """A tiny NLLB-style checkpoint: M2M100 weights, NllbTokenizer built from a local SentencePiece model."""
    import torch
    from transformers import AutoTokenizer, M2M100Config, M2M100ForConditionalGeneration

    d = tmp_path_factory.mktemp("nllb")
    (d / "sentencepiece.bpe.model").write_bytes(spm_file.read_bytes())
    (d / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "NllbTokenizer"}))
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES

    # real NLLB checkpoints list their 202 language codes as special tokens, as here
    tok = AutoTokenizer.from_pretrained(d, additional_special_tokens=FAIRSEQ_LANGUAGE_CODES)
    tok.save_pretrained(d)
    torch.manual_seed(0)
    config = M2M100Config(vocab_size=len(tok), **TINY_SHAPE, pad_token_id=tok.pad_token_id,
                          bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                          decoder_start_token_id=tok.eos_token_id)
    noisy(M2M100ForConditionalGeneration(config)).save_pretrained(d)
    return d


@pytest.fixture(scope="session")
def marian_hf(tmp_path_factory, spm_file) -> Path:
    """A tiny OPUS-MT-style (Marian) vi->en checkpoint with <pad> as the last vocabulary entry."""
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    d = tmp_path_factory.mktemp("marian") / "opus-mt-vi-en"
    d.mkdir()
    sp = spm.SentencePieceProcessor(model_file=str(spm_file))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size()) if sp.id_to_piece(i) not in
              ("<s>", "<pad>", "</s>", "<unk>")]
    vocab = {"</s>": 0, "<unk>": 1, **{p: i + 2 for i, p in enumerate(pieces)}}
    vocab["<pad>"] = len(vocab)  # last: CTranslate2's Marian converter strips it
    (d / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        (d / name).write_bytes(spm_file.read_bytes())
    tok = MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"), str(d / "vocab.json"))
    tok.save_pretrained(d)
    torch.manual_seed(0)
    config = MarianConfig(vocab_size=len(vocab), **TINY_SHAPE, pad_token_id=vocab["<pad>"],
                          eos_token_id=0, decoder_start_token_id=vocab["<pad>"],
                          decoder_vocab_size=len(vocab))
    model = noisy(MarianMTModel(config), 0.3, seed=1)
    with torch.no_grad():  # as in real OPUS-MT checkpoints, and as CTranslate2 assumes (zero start embedding)
        model.model.shared.weight[vocab["<pad>"]].zero_()
    model.save_pretrained(d)
    return d


@pytest.fixture
def bundled() -> Path:
    if not (BUNDLED / "model.bin").is_file():
        pytest.skip("the bundled model is not in this checkout")
    return BUNDLED


def tiny_spm(out: Path, name: str, lines: list[str], **ids) -> Path:
    """A small SentencePiece model with the special-token ids a family's real checkpoints use."""
    import sentencepiece as spm

    out.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(sentence_iterator=iter(lines), model_prefix=str(out / "spm"), vocab_size=100,
                                   model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
                                   minloglevel=2, num_threads=1, **ids)
    (out / "spm.model").rename(out / name)
    (out / "spm.vocab").unlink()
    return out / name


@pytest.fixture(scope="session")
def mbart50_hf(tmp_path_factory) -> Path:
    """A tiny mBART-50-style checkpoint: XLM-R-layout SentencePiece model, MBart50Tokenizer (vi_VN, en_XX)."""
    import torch
    from transformers import AutoTokenizer, MBartConfig, MBartForConditionalGeneration

    d = tmp_path_factory.mktemp("mbart50")
    lines = [s for pair in synthetic_pairs(300) for s in pair]
    tiny_spm(d, "sentencepiece.bpe.model", lines, unk_id=0, bos_id=1, eos_id=2, pad_id=-1)
    (d / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "MBart50Tokenizer"}))
    tok = AutoTokenizer.from_pretrained(d, bos_token="<s>")  # as facebook/mbart-large-50's special tokens say
    tok.save_pretrained(d)
    torch.manual_seed(0)
    config = MBartConfig(vocab_size=len(tok), **TINY_SHAPE, pad_token_id=tok.pad_token_id,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                         decoder_start_token_id=tok.eos_token_id, scale_embedding=True,
                         # as in facebook/mbart-large-50's config.json; CTranslate2 reads both
                         tokenizer_class="MBart50Tokenizer", normalize_before=True)
    noisy(MBartForConditionalGeneration(config), 0.3).save_pretrained(d)
    return d


@pytest.fixture(scope="session")
def t5_hf(tmp_path_factory) -> Path:
    """A tiny T5-style bidirectional checkpoint as VietAI/envit5-translation: "vi: ..." -> "en: ...";
    T5 ids (pad 0, </s> 1, <unk> 2), gated-GELU feed-forward (T5 v1.1)."""
    import torch
    from transformers import AutoTokenizer, T5Config, T5ForConditionalGeneration

    d = tmp_path_factory.mktemp("t5")
    lines = [f"{lang}: {s}" for v, e in synthetic_pairs(300) for lang, s in (("vi", v), ("en", e))]
    tiny_spm(d, "spiece.model", lines, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    (d / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "T5Tokenizer", "extra_ids": 0}))
    tok = AutoTokenizer.from_pretrained(d)
    tok.save_pretrained(d)
    torch.manual_seed(0)
    config = T5Config(vocab_size=len(tok), d_model=32, d_kv=16, d_ff=64, num_layers=1, num_decoder_layers=1,
                      num_heads=2, relative_attention_num_buckets=8, feed_forward_proj="gated-gelu",
                      tie_word_embeddings=False, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    noisy(T5ForConditionalGeneration(config), 0.3).save_pretrained(d)
    return d
