"""Export round trips: CTranslate2 float32 greedy output equals transformers' greedy output, per family."""
import json

import pytest

from mt.errors import InputError, ModelError
from mt.export import export
from mt.translate import Translator

SENTENCES = ["Tôi có hai con mèo.", "Họ thích ba quyển sách.", "Bạn mua một chiếc xe."]


def hf_greedy(hf_dir, texts, src_code, tgt_code, max_new_tokens):
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(hf_dir)
    model = AutoModelForSeq2SeqLM.from_pretrained(hf_dir, dtype=torch.float32).eval()
    kwargs = {}
    if src_code:
        tok.src_lang = src_code
        kwargs["forced_bos_token_id"] = tok.convert_tokens_to_ids(tgt_code)
    outs = []
    for text in texts:
        enc = tok([text], return_tensors="pt")
        with torch.no_grad():
            gen = model.generate(**enc, num_beams=1, do_sample=False, max_new_tokens=max_new_tokens,
                                 min_new_tokens=max_new_tokens, **kwargs)
        ids = gen[0].tolist()
        outs.append(tok.convert_ids_to_tokens(ids))
    return outs


def ct2_greedy(model_dir, texts, src, tgt, steps):
    t = Translator.load(model_dir)
    outs = []
    for text in texts:
        tokens = t._source_tokens(t.sp_source.encode(text, out_type=str), src, tgt)
        prefix = t._target_prefix(src, tgt)
        r = t.model.translate_batch([tokens], target_prefix=[prefix] if prefix else None, beam_size=1,
                                    max_decoding_length=steps + len(prefix), min_decoding_length=steps + len(prefix))
        outs.append(r[0].hypotheses[0])
    return outs


def assert_same_tokens(hf, ct, at_least=5):
    """Greedy outputs agree token for token over their common length (the decoder start token aside)."""
    for h, c in zip(hf, ct):
        h = [t for t in h if t not in ("<pad>", "</s>")]
        c = [t for t in c if t != "</s>"]
        n = min(len(h), len(c))
        assert n >= at_least and h[:n] == c[:n]
    assert len({tuple(c) for c in ct}) > 1  # different inputs, different outputs: the check is not vacuous


@pytest.fixture(scope="module")
def m2m100_random(trained, tmp_path_factory):
    """The trained tiny model with noisy weights, so greedy outputs are varied rather than degenerate."""
    import shutil

    from transformers import M2M100ForConditionalGeneration

    from conftest import noisy

    d = tmp_path_factory.mktemp("m2m100")
    for f in trained.iterdir():
        if f.suffix != ".safetensors":
            shutil.copy(f, d / f.name)
    noisy(M2M100ForConditionalGeneration.from_pretrained(trained)).save_pretrained(d)
    return d


def test_m2m100_round_trip(m2m100_random, tmp_path):
    out = export(m2m100_random, tmp_path / "ct2", quantization="float32", log=lambda m: None)
    hf = hf_greedy(m2m100_random, SENTENCES, "vi", "__en__", 8)
    assert_same_tokens(hf, ct2_greedy(out, SENTENCES, "vi", "en", 8))


@pytest.mark.parametrize("fixture, family, codes", [
    ("nllb_hf", "nllb", {"vi": "vie_Latn", "en": "eng_Latn"}),
    ("mbart50_hf", "mbart50", {"vi": "vi_VN", "en": "en_XX"}),
])
def test_language_code_families_round_trip(request, tmp_path, fixture, family, codes):
    hf_dir = request.getfixturevalue(fixture)
    out = export(hf_dir, tmp_path / "ct2", quantization="float32", log=lambda m: None)
    manifest = json.loads((out / "mt.json").read_text())
    assert manifest["family"] == family and manifest["codes"] == codes
    hf = hf_greedy(hf_dir, SENTENCES, codes["vi"], codes["en"], 8)
    assert_same_tokens(hf, ct2_greedy(out, SENTENCES, "vi", "en", 8))


def test_marian_round_trip(marian_hf, tmp_path):
    out = export(marian_hf, tmp_path / "ct2", quantization="float32", log=lambda m: None)
    manifest = json.loads((out / "mt.json").read_text())
    assert manifest["family"] == "marian" and manifest["directions"] == ["vi-en"] and manifest["codes"] == {}
    hf = hf_greedy(marian_hf, SENTENCES, None, None, 8)
    assert_same_tokens(hf, ct2_greedy(out, SENTENCES, "vi", "en", 8))
    with pytest.raises(InputError, match="translates vi->en, not en->vi"):
        Translator.load(out).translate(["x"], "en", "vi")


def t5_greedy(hf_dir, texts, steps):
    """transformers' greedy output for "vi: TEXT", forced to start with "en:" as Translator does."""
    import sentencepiece as spm
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(hf_dir)
    sp = spm.SentencePieceProcessor(model_file=str(hf_dir / "spiece.model"))
    model = AutoModelForSeq2SeqLM.from_pretrained(hf_dir, dtype=torch.float32).eval()
    prefix = tok.convert_tokens_to_ids(sp.encode("en:", out_type=str))
    outs = []
    for text in texts:
        ids = tok.convert_tokens_to_ids(sp.encode("vi: " + text, out_type=str)) + [tok.eos_token_id]
        with torch.no_grad():
            gen = model.generate(input_ids=torch.tensor([ids]), decoder_input_ids=torch.tensor([[0] + prefix]),
                                 num_beams=1, do_sample=False, max_new_tokens=steps, min_new_tokens=steps)
        outs.append(tok.convert_ids_to_tokens(gen[0].tolist()))
    return outs


def test_t5_round_trip(t5_hf, tmp_path):
    out = export(t5_hf, tmp_path / "ct2", quantization="float32", log=lambda m: None)
    manifest = json.loads((out / "mt.json").read_text())
    assert manifest["family"] == "t5" and manifest["codes"] == {"vi": "vi", "en": "en"}
    assert manifest["directions"] == ["vi-en", "en-vi"]
    t = Translator.load(out)
    assert t._source_tokens(["▁x"], "vi", "en")[-2:] == ["▁x", "</s>"]
    assert t.sp_source.decode(t._source_tokens([], "vi", "en")[:-1]) == "vi:"  # "vi: ..." in
    assert t.sp_source.decode(t._target_prefix("vi", "en")) == "en:"  # "en: ..." out, forced then stripped
    assert_same_tokens(t5_greedy(t5_hf, SENTENCES, 8), ct2_greedy(out, SENTENCES, "vi", "en", 8))
    assert all(isinstance(x, str) for x in t.translate(SENTENCES, "vi", "en", beam_size=1))


def test_fine_tuned_model_exports_with_its_directions(marian_hf, tmp_path):
    """`mt export` reads the directions a fine-tuned model was trained for from its mt_train.json."""
    import shutil

    d = tmp_path / "ft-model"  # a name that says nothing about the direction
    shutil.copytree(marian_hf, d)
    (d / "mt_train.json").write_text(json.dumps({"kind": "finetune", "directions": ["vi-en"]}))
    manifest = json.loads((export(d, tmp_path / "ct2", log=lambda m: None) / "mt.json").read_text())
    assert manifest["directions"] == ["vi-en"] and manifest["training"]["kind"] == "finetune"


def test_manifest_records_provenance(exported, trained):
    m = json.loads((exported / "mt.json").read_text())
    assert m["quantization"] == "float32" and m["directions"] == ["vi-en", "en-vi"]
    assert m["source_checkpoint"] == str(trained)
    assert len(m["source_weights_sha256"]["model.safetensors"]) == 64
    assert m["training"]["steps"] == 60
    assert "ctranslate2" in m["environment"]["packages"]


def test_refuses_to_overwrite_without_force(trained, tmp_path):
    out = tmp_path / "ct2"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="already exists: pass --force"):
        export(trained, out, log=lambda m: None)
    assert (out / "keep.txt").read_text() == "mine"
    export(trained, out, quantization="int8", force=True, log=lambda m: None)
    assert not (out / "keep.txt").exists() and json.loads((out / "mt.json").read_text())["quantization"] == "int8"


def test_failed_export_leaves_nothing(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "config.json").write_text(json.dumps({"model_type": "m2m_100", "vocab_size": 10}))
    with pytest.raises(ModelError):
        export(bad, tmp_path / "out", log=lambda m: None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad"]


@pytest.mark.parametrize("setup, message", [
    (lambda d: None, "not a Hugging Face model directory"),
    (lambda d: (d / "config.json").write_text('{"model_type": "gpt2"}'), "not supported"),
])
def test_unsupported_inputs(tmp_path, setup, message):
    d = tmp_path / "m"
    d.mkdir()
    setup(d)
    with pytest.raises(ModelError, match=message):
        export(d, tmp_path / "out", log=lambda m: None)


def test_missing_source(tmp_path):
    with pytest.raises(ModelError, match="no such directory"):
        export(tmp_path / "missing", tmp_path / "out", log=lambda m: None)
