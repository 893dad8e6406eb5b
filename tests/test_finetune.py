"""mt.finetune: tiny local models of every family fine-tune offline; LoRA merges exactly; runs resume where they
stopped; early stopping keeps the best evaluation; `accelerate launch` runs the same command with DDP."""
import json
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from conftest import REPO, synthetic_pairs
from mt.errors import DataError, InputError, ModelError
from mt.finetune import codec as codec_module
from mt.finetune import (Codec, FinetuneConfig, Finetuner, command_line, config_from, finetune, load_sets,
                         read_parallel, select)

FAMILIES = ["m2m100", "nllb", "marian", "mbart50", "t5"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """24 pairs as aligned files (PREFIX.vi/.en); the last 6 become the dev set."""
    d = tmp_path_factory.mktemp("ftdata")
    pairs = synthetic_pairs(24, seed=7)
    (d / "tiny.vi").write_text("".join(v + "\n" for v, _ in pairs), encoding="utf-8")
    (d / "tiny.en").write_text("".join(e + "\n" for _, e in pairs), encoding="utf-8")
    return d / "tiny"


@pytest.fixture(scope="module")
def bases(request, trained, nllb_hf, marian_hf):
    """Family name -> tiny checkpoint; mbart50/t5 are built only when a test asks for them."""
    return {"m2m100": trained, "nllb": nllb_hf, "marian": marian_hf,
            "mbart50": lambda: request.getfixturevalue("mbart50_hf"), "t5": lambda: request.getfixturevalue("t5_hf")}


def base_dir(bases, family):
    b = bases[family]
    return b() if callable(b) else b


def tiny(base, data, out, **kw):
    data = data if isinstance(data, list) else [data]
    settings = dict(base=str(base), data=[str(d) for d in data], out=str(out), dev_size=6, general="", max_steps=16,
                    eval_every=8, log_every=4, lr=1e-2, warmup_steps=2, max_tokens=600, label_smoothing=0.0,
                    precision="no", save_every=1e9, threads=1)
    settings.update(kw)
    return FinetuneConfig(**settings)


def train_log(out):
    rows = [json.loads(line) for line in (out / "train.log").read_text().splitlines()]
    return [r for r in rows if "loss" in r], [r["eval"] for r in rows if "eval" in r]


@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_fine_tunes_and_loss_falls(family, bases, corpus, tmp_path):
    from transformers import AutoModelForSeq2SeqLM

    base = base_dir(bases, family)
    directions = ["vi-en"] if family == "marian" else []
    model_dir = finetune(tiny(base, corpus, tmp_path / "ft", directions=directions), log=lambda m: None)
    losses, evals = train_log(tmp_path / "ft")
    assert [r["step"] for r in losses] == [4, 8, 12, 16]
    assert losses[-1]["loss"] < 0.85 * losses[0]["loss"]
    m = json.loads((model_dir / "mt_train.json").read_text())
    assert m["family"] == family and m["steps"] == 16 and m["method"] == "full"
    assert m["directions"] == (["vi-en"] if family == "marian" else ["vi-en", "en-vi"])
    assert [e["step"] for e in evals] == [0, 8, 16] and m["scores"]["base"]["step"] == 0
    assert m["data"]["train"]["pairs"] == 18 and m["data"]["dev"]["pairs"] == 6
    AutoModelForSeq2SeqLM.from_pretrained(model_dir)  # a complete checkpoint


@pytest.mark.parametrize("family, direction, src_mark, tgt_mark", [
    ("m2m100", "vi-en", ["__vi__"], ["__en__"]),
    ("nllb", "en-vi", ["eng_Latn"], ["vie_Latn"]),
    ("mbart50", "vi-en", ["vi_VN"], ["en_XX"]),
    ("t5", "en-vi", "en:", "vi:"),  # text, tokenised with the sentence: "en: ..." -> "vi: ..."
])
def test_codec_marks_languages_as_each_family_does(family, direction, src_mark, tgt_mark, bases):
    codec = Codec(base_dir(bases, family), family)
    if isinstance(src_mark, str):
        src_mark, tgt_mark = (codec.sp_src.encode(m, out_type=str) for m in (src_mark, tgt_mark))
    src, tgt = direction.split("-")
    text = "Tôi có hai con mèo." if src == "vi" else "I have two cats."
    ids = codec.source(text, src, tgt)
    target, forced = codec.target("I have two cats." if src == "vi" else "Tôi có hai con mèo.", src, tgt)
    tok = codec.tok
    assert tok.convert_ids_to_tokens(ids[: len(src_mark)]) == src_mark and ids[-1] == tok.eos_token_id
    assert tok.convert_ids_to_tokens(target[: len(tgt_mark)]) == tgt_mark and target[-1] == tok.eos_token_id
    assert forced == len(tgt_mark) and codec.prefix(src, tgt) == target[:forced]  # the marks are forced
    assert codec.decode(target[forced:]) == ("I have two cats." if src == "vi" else "Tôi có hai con mèo.")


@pytest.fixture(scope="module")
def marian_multi(marian_hf, tmp_path_factory):
    """An OPUS-MT en->mul-style Marian model: >>vie<< in the source vocabulary, a separate target vocabulary
    numbered differently from the source one."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    d = tmp_path_factory.mktemp("marian_multi") / "opus-mt-en-mul"
    shutil.copytree(marian_hf, d)
    src = json.loads((d / "vocab.json").read_text())
    pad = src.pop("<pad>")
    src[">>vie<<"] = pad
    src["<pad>"] = pad + 1
    tgt = {t: i for i, t in enumerate(["</s>", "<unk>"] + sorted(set(src) - {"</s>", "<unk>", "<pad>"},
                                                                        reverse=True) + ["<pad>"])}
    (d / "vocab.json").write_text(json.dumps(src, ensure_ascii=False))
    (d / "target_vocab.json").write_text(json.dumps(tgt, ensure_ascii=False))
    for f in ("tokenizer_config.json", "special_tokens_map.json", "tokenizer.json"):
        (d / f).unlink(missing_ok=True)
    tok = MarianTokenizer(str(d / "source.spm"), str(d / "target.spm"), str(d / "vocab.json"),
                          target_vocab_file=str(d / "target_vocab.json"), separate_vocabs=True)
    tok.save_pretrained(d)
    torch.manual_seed(0)
    config = MarianConfig(vocab_size=len(src), decoder_vocab_size=len(tgt), share_encoder_decoder_embeddings=False,
                          d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                          decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64,
                          max_position_embeddings=128, pad_token_id=src["<pad>"], eos_token_id=0,
                          decoder_start_token_id=tgt["<pad>"])
    MarianMTModel(config).save_pretrained(d)
    return d


def test_marian_target_token_and_separate_vocabularies(marian_multi, corpus, tmp_path):
    codec = Codec(marian_multi, "marian")
    assert codec.codes == {"vi": ">>vie<<"}
    ids = codec.source("I have two cats.", "en", "vi")
    assert ids[0] == codec.tok.encoder[">>vie<<"]
    target, forced = codec.target("Tôi có hai con mèo.", "en", "vi")
    pieces = codec.sp_tgt.encode("Tôi có hai con mèo.", out_type=str)
    assert forced == 0 and target == [codec.tgt_vocab[p] for p in pieces] + [0]
    assert target[:-1] != codec._src_ids(pieces)  # numbered by the target vocabulary, not the source one
    out = finetune(tiny(marian_multi, corpus, tmp_path / "ft", directions=["en-vi"], grad_accum=2, max_tokens=300),
                   log=lambda m: None)
    losses, _ = train_log(tmp_path / "ft")
    assert losses[-1]["loss"] < 0.85 * losses[0]["loss"]
    m = json.loads((out / "mt_train.json").read_text())
    assert m["codes"] == {"vi": ">>vie<<"} and m["config"]["grad_accum"] == 2 and m["steps"] == 16


def logits(model, texts, codec):
    import torch

    rows = [codec.source(t, "vi", "en") for t in texts]
    width = max(map(len, rows))
    ids = torch.tensor([r + [model.config.pad_token_id] * (width - len(r)) for r in rows])
    dec = torch.tensor([[model.config.decoder_start_token_id] + codec.prefix("vi", "en")] * len(rows))
    with torch.no_grad():
        return model(input_ids=ids, attention_mask=ids.ne(model.config.pad_token_id), decoder_input_ids=dec).logits


@pytest.mark.parametrize("family", ["m2m100", "t5"])
def test_merged_lora_model_equals_the_unmerged_one(family, bases, corpus, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForSeq2SeqLM

    trained = base_dir(bases, family)
    out = tmp_path / "lora"
    # keep the final weights: whether a tiny model's dev score beats its base's is chance, and a kept base
    # would make the adapter zero and the comparison vacuous
    model_dir = finetune(tiny(trained, corpus, out, lora=True, lora_r=4, keep="last", precision="bf16"),
                         log=lambda m: None)
    m = json.loads((model_dir / "mt_train.json").read_text())
    assert m["scores"]["kept_step"] == 16
    assert m["method"] == "lora, merged" and m["trainable_parameters"] < m["parameters"] / 5
    assert m["precision"] == "bf16"  # autocast on the CPU
    assert not any("lora" in k for k in __import__("safetensors.torch").torch.load_file(
        str(model_dir / "model.safetensors")))
    base = AutoModelForSeq2SeqLM.from_pretrained(trained).eval()
    unmerged = PeftModel.from_pretrained(AutoModelForSeq2SeqLM.from_pretrained(trained), out / "adapter").eval()
    merged = AutoModelForSeq2SeqLM.from_pretrained(model_dir).eval()
    codec = Codec(trained, family)
    texts = [v for v, _ in synthetic_pairs(5, seed=11)]
    a, b, c = logits(unmerged, texts, codec), logits(merged, texts, codec), logits(base, texts, codec)
    assert torch.allclose(a, b, rtol=1e-4, atol=1e-3)  # float32 rounding of W + BA (logits reach ~20 here)
    assert (a - c).abs().max() > 0.1  # the adapter changed the model: the comparison is not vacuous


def test_resume_continues_from_the_step_where_it_stopped(trained, corpus, tmp_path):
    whole = tmp_path / "whole"
    finetune(tiny(trained, corpus, whole, eval_every=6, log_every=1), log=lambda m: None)

    def crash_in_step_10(msg):
        if msg.startswith("step 10/"):
            raise KeyboardInterrupt  # as if the machine went away before step 10's checkpoint was written

    cut = tmp_path / "cut"
    with pytest.raises(KeyboardInterrupt):
        finetune(tiny(trained, corpus, cut, eval_every=6, log_every=1, save_every=0), log=crash_in_step_10)
    assert json.loads((cut / "checkpoint" / "state.json").read_text())["step"] == 9
    assert not (cut / "model").exists()
    logs = []
    finetune(tiny(trained, corpus, cut, eval_every=6, log_every=1, save_every=0), log=logs.append)
    assert any(m.startswith("resumed from") and "at step 9" in m for m in logs)
    assert not any("scoring the base model" in m for m in logs)
    resumed, evals = train_log(cut)
    assert [r["step"] for r in resumed] == list(range(1, 17))  # no step repeated or skipped
    assert [e["step"] for e in evals] == [0, 6, 12, 16]
    reference, _ = train_log(whole)  # same data order, dropout and optimizer state: the same losses
    assert [round(r["loss"], 4) for r in resumed] == [round(r["loss"], 4) for r in reference]


def test_early_stopping_keeps_the_base_when_training_only_hurts(trained, corpus, tmp_path):
    from safetensors.torch import load_file

    out = tmp_path / "ft"
    logs = []
    model_dir = finetune(tiny(trained, corpus, out, lr=3.0, warmup_steps=1, max_steps=40, eval_every=4,
                              patience=2, general="flores200-dev", general_size=5), log=logs.append)
    m = json.loads((model_dir / "mt_train.json").read_text())
    assert m["stopped"].startswith("early stop") and m["steps"] < 40
    assert m["scores"]["best_step"] == 0 and m["scores"]["best"] == m["scores"]["base"]
    assert {"dev", "general", "general_drop"} <= set(m["scores"]["last"])
    assert any("restored the weights of step 0" in x for x in logs)
    before, after = load_file(str(trained / "model.safetensors")), load_file(str(model_dir / "model.safetensors"))
    assert all((before[k].float() - after[k].float()).abs().max() < 1e-6 for k in after)


def evaluation(step, dev, general):
    return {"step": step, "dev": {"chrf": dev, "bleu": dev / 2}, "general": {"chrf": general, "bleu": general / 2}}


@pytest.mark.parametrize("max_forgetting, min_gain, best_steps", [
    (2.0, 0.0, [0, 0, 20, 20, 20]),  # step 10 gains on dev but loses 5 chrF on the general set: refused
    (0.0, 0.0, [0, 10, 10, 10]),  # guard off: dev alone decides, and two evaluations without a gain stop the run
    (2.0, 5.0, [0, 0, 0]),  # no evaluation gains 5 points on the base: it stays
])
def test_early_stopping_and_forgetting_guard(max_forgetting, min_gain, best_steps):
    cfg = FinetuneConfig(base="b", data=["d"], out="o", max_forgetting=max_forgetting, patience=2, min_gain=min_gain)
    state = {"best": None, "best_step": 0, "bad_evals": 0, "history": [], "stopped": ""}
    seen = []
    for r in (evaluation(0, 40, 50), evaluation(10, 45, 45), evaluation(20, 44, 49), evaluation(30, 43, 50),
              evaluation(40, 43.5, 50), evaluation(50, 60, 50)):
        select(state, r, cfg)
        seen.append(state["best_step"])
        if state["stopped"]:
            break
    assert seen == best_steps and state["stopped"].startswith("early stop")
    assert state["history"][1]["general_drop"] == 5.0


def test_data_formats_and_dev_split(tmp_path):
    (tmp_path / "a.tsv").write_text("en\tvi\nI go.\tTôi đi.\nWe eat.\tChúng tôi ăn.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"vi": "Tôi đi.", "en": "I go."}\n\n'
                                      '{"translation": {"en": "Hi.", "vi": "Chào."}}\n', encoding="utf-8")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "train.vi").write_text("Tôi đi.\n", encoding="utf-8")
    (tmp_path / "c" / "train.en").write_text("I go.\n", encoding="utf-8")
    assert read_parallel(str(tmp_path / "a.tsv")) == (["Tôi đi.", "Chúng tôi ăn."], ["I go.", "We eat."])
    assert read_parallel(str(tmp_path / "b.jsonl")) == (["Tôi đi.", "Chào."], ["I go.", "Hi."])
    assert read_parallel(str(tmp_path / "c")) == (["Tôi đi."], ["I go."])
    assert len(read_parallel("flores200-dev")[0]) == 997  # shipped in eval/data
    cfg = FinetuneConfig(base="x", data=[str(tmp_path / "a.tsv"), str(tmp_path / "b.jsonl"), str(tmp_path / "c")],
                         out="x", dev_size=1, general="")
    sets = load_sets(cfg)
    assert sets["sets"]["dev"] == (["Tôi đi."], ["I go."])  # the last pair
    assert sets["sets"]["train"] == {"": (["Chúng tôi ăn.", "Chào."], ["We eat.", "Hi."])}  # dev copies dropped
    assert sets["record"]["train"]["filter_counts"]["overlaps_dev"] == 2


def write_pairs(folder, pairs, provenance=None):
    folder.mkdir()
    (folder / "train.vi").write_text("".join(v + "\n" for v, _ in pairs), encoding="utf-8")
    (folder / "train.en").write_text("".join(e + "\n" for _, e in pairs), encoding="utf-8")
    if provenance:
        (folder / "backtranslation.json").write_text(json.dumps(provenance), encoding="utf-8")
    return str(folder)


def test_one_way_corpora_keep_their_direction_and_stay_out_of_dev(tmp_path):
    real = write_pairs(tmp_path / "real", [("Tôi đi.", "I go."), ("Chào.", "Hi."), ("Mưa.", "Rain.")])
    bt = write_pairs(tmp_path / "bt", [("Tôi ăn cơm.", "I eat rice.")], {"one_way": "vi-en"})  # as backtranslate
    named = write_pairs(tmp_path / "named", [("Trời đẹp.", "Nice weather.")])
    cfg = FinetuneConfig(base="x", data=[real, bt, named], one_way={named: "en-vi"}, out="x", dev_size=1,
                         general="")
    sets = load_sets(cfg)
    assert sets["sets"]["dev"] == (["Mưa."], ["Rain."])  # the two-way tail, though one-way data comes after
    assert sets["sets"]["train"] == {"": (["Tôi đi.", "Chào."], ["I go.", "Hi."]),
                                     "vi-en": (["Tôi ăn cơm."], ["I eat rice."]),
                                     "en-vi": (["Trời đẹp."], ["Nice weather."])}
    record = sets["record"]["train"]
    assert record["one_way"] == {bt: "vi-en", named: "en-vi"} and record["pairs"] == 4
    assert record["pairs_by_direction"] == {"both": 2, "vi-en": 1, "en-vi": 1}
    assert sets["record"]["dev"]["specs"] == ["last 1 two-way pairs of the data"]
    swapped = load_sets(FinetuneConfig(base="x", data=[real, bt, named], one_way={named: "vi-en"}, out="x",
                                       dev_size=1, general=""))
    assert swapped["record"]["train"]["sha256"] != record["sha256"]  # the direction is part of what was trained
    with pytest.raises(DataError, match="two-way pairs are too few"):
        load_sets(FinetuneConfig(base="x", data=[bt, named], one_way={named: "en-vi"}, out="x", dev_size=1,
                                 general=""))


def test_self_train_adds_the_other_direction_of_its_one_way_specs(tmp_path):
    real = write_pairs(tmp_path / "real", [("Tôi đi.", "I go."), ("Chào.", "Hi."), ("Mưa.", "Rain.")])
    bt = write_pairs(tmp_path / "bt", [("Tôi ăn cơm.", "I eat rice."), ("Mưa.", "Rain.")], {"one_way": "vi-en"})
    named = write_pairs(tmp_path / "named", [("Trời đẹp.", "Nice weather.")])
    cfg = FinetuneConfig(base="x", data=[real, bt, named], one_way={named: "en-vi"}, self_train=[bt], out="x",
                         dev_size=1, general="")
    loaded = load_sets(cfg)
    # the same pairs, trained en->vi as well; the one that repeats the dev line is dropped there too
    assert loaded["sets"]["self_train"] == {"en-vi": (["Tôi ăn cơm."], ["I eat rice."])}
    assert loaded["sets"]["train"]["vi-en"] == (["Tôi ăn cơm."], ["I eat rice."])
    record = loaded["record"]["train"]
    assert record["self_train"] == {bt: "en-vi"} and record["self_train_pairs"] == {"en-vi": 1}
    plain = load_sets(FinetuneConfig(base="x", data=[real, bt, named], one_way={named: "en-vi"}, out="x",
                                     dev_size=1, general=""))
    assert plain["sets"]["self_train"] == {} and "self_train" not in plain["record"]["train"]
    assert plain["record"]["sha256"] != loaded["record"]["sha256"]
    with pytest.raises(InputError, match="--self-train names .*real.*, which is two-way data"):
        load_sets(FinetuneConfig(base="x", data=[real, bt], self_train=[real], out="x", dev_size=1, general=""))
    with pytest.raises(InputError, match="not among the --data specs"):
        FinetuneConfig(base="x", data=[real], self_train=[bt], out="x")


def test_one_way_data_trains_only_its_direction(trained, corpus, tmp_path):
    bt = write_pairs(tmp_path / "bt", synthetic_pairs(5, seed=3), {"one_way": "en-vi"})
    logs = []
    finetune(tiny(trained, [corpus, bt], tmp_path / "ft", max_steps=1), log=logs.append)
    # 18 two-way pairs in both directions, 5 one-way pairs in one
    assert any(f"; {18 * 2 + 5} examples (" in m for m in logs), logs
    with pytest.raises(InputError, match="one-way data trains en-vi, but this run trains vi-en"):
        finetune(tiny(trained, [corpus, bt], tmp_path / "ft2", directions=["vi-en"]),
                 log=lambda m: None)


@pytest.mark.parametrize("family", ["m2m100", "nllb", "t5"])
def test_tagged_sources_carry_the_tag_after_the_language_marks(family, bases, tmp_path, monkeypatch):
    base = base_dir(bases, family)
    with pytest.raises(ModelError, match="cannot spell the back-translation tag '<bt>'"):
        Codec(base, family).bt_ids  # the tiny vocabularies lack < and >, as no real one does
    monkeypatch.setattr(codec_module, "TEXT_TAG", "ba")  # a text tag these vocabularies spell
    codec = Codec(base, family)
    plain, tagged = codec.source("Tôi đi.", "vi", "en"), codec.source("Tôi đi.", "vi", "en", tagged=True)
    at = next(i for i, (a, b) in enumerate(zip(plain, tagged)) if a != b)
    assert tagged == plain[:at] + codec.bt_ids + plain[at:]
    assert codec.sp_src.decode(codec.tok.convert_ids_to_tokens(codec.bt_ids)) == "ba"
    assert at == (0 if family == "t5" else 1)  # after NLLB's and M2M100's language token, before T5's "vi:"
    # a base trained with mt train --tag-one-way keeps its own tag token
    own = tmp_path / "own"
    shutil.copytree(base, own)
    (own / "mt_train.json").write_text(json.dumps({"one_way_tag": "madeupword5"}))
    assert Codec(own, family).source("Tôi đi.", "vi", "en", tagged=True) == plain[:at] + [5] + plain[at:]


def own_tag_base(trained, tmp_path):
    """A copy of `trained` with its own back-translation tag, as mt train --tag-one-way leaves a model; its id."""
    from mt.vocab import Vocab

    spare = Vocab(trained / "sentencepiece.bpe.model").spare_ids[0]  # as mt train --tag-one-way picks it
    own = tmp_path / "own"
    shutil.copytree(trained, own)
    (own / "mt_train.json").write_text(json.dumps({**json.loads((trained / "mt_train.json").read_text()),
                                                   "one_way_tag": f"madeupword{spare}"}))
    return own, spare


def test_tag_one_way_tags_only_the_one_way_examples(trained, corpus, tmp_path):
    own, spare = own_tag_base(trained, tmp_path)
    bt = write_pairs(tmp_path / "bt", synthetic_pairs(5, seed=3), {"one_way": "en-vi"})
    logs = []
    ft = Finetuner(tiny(own, [corpus, bt], tmp_path / "ft", tag_one_way=True, max_steps=1), logs.append)
    marked = [a for a, _, _ in ft.examples if spare in a]
    assert len(marked) == 5 and all(a[1] == spare for a in marked) and len(ft.examples) == 18 * 2 + 5
    assert any(f"one-way sources start with madeupword{spare}" in m for m in logs), logs
    finetune(tiny(own, [corpus, bt], tmp_path / "ft", tag_one_way=True, max_steps=1), log=lambda m: None)
    assert json.loads((tmp_path / "ft" / "model" / "mt_train.json").read_text())["one_way_tag"] == f"madeupword{spare}"
    with pytest.raises(InputError, match="--tag-one-way tags one-way data"):
        Finetuner(tiny(own, corpus, tmp_path / "ft2", tag_one_way=True), lambda m: None)


def test_self_train_examples_go_from_the_real_side_untagged(trained, corpus, tmp_path):
    own, _ = own_tag_base(trained, tmp_path)
    bt = write_pairs(tmp_path / "bt", synthetic_pairs(5, seed=3), {"one_way": "en-vi"})  # machine en, real vi
    ft = Finetuner(tiny(own, [corpus, bt], tmp_path / "ft", self_train=[bt], tag_one_way=True, max_steps=1),
                   lambda m: None)
    plain = Finetuner(tiny(own, [corpus, bt], tmp_path / "plain", tag_one_way=True, max_steps=1), lambda m: None)
    assert len(ft.examples) == len(plain.examples) + 5 == 18 * 2 + 5 + 5
    added = Counter((tuple(a), tuple(b)) for a, b, _ in ft.examples) - Counter(
        (tuple(a), tuple(b)) for a, b, _ in plain.examples)
    # self-training: from the real vi side, untagged, into the machine-made en side
    codec = ft.codec
    assert added == Counter((tuple(codec.source(vi, "vi", "en")), tuple(codec.target(en, "vi", "en")[0]))
                            for vi, en in synthetic_pairs(5, seed=3))
    with pytest.raises(InputError, match="--self-train trains vi-en, but this run trains en-vi"):
        Finetuner(tiny(own, [corpus, bt], tmp_path / "ft2", self_train=[bt], directions=["en-vi"]), lambda m: None)


@pytest.mark.parametrize("content, name, message", [
    ("vi\ten\nonly one column\n", "x.tsv", r"x.tsv:1: expected tab-separated"),
    ('{"vi": "a"}\n', "x.jsonl", r'x.jsonl:1: expected a JSON object with "vi" and "en"'),
    (None, "missing", "no such data"),
])
def test_bad_data_is_named(tmp_path, content, name, message):
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        read_parallel(str(tmp_path / name))


def test_config_file_flags_and_the_recorded_command(tmp_path):
    from mt.cli import build_parser

    toml = tmp_path / "ft.toml"
    toml.write_text('base = "b"\ndata = ["d1", "d2"]\nlora = true\nlr = 0.002\ndirections = ["vi-en"]\n'
                    'one_way = {d2 = "vi-en"}\n')
    cfg = config_from({"out": "o", "lr": 0.003, "lora": None}, str(toml))
    assert (cfg.data, cfg.lora, cfg.lr, cfg.directions, cfg.out) == (["d1", "d2"], True, 0.003, ["vi-en"], "o")
    assert cfg.one_way == {"d2": "vi-en"}
    cmd = command_line(cfg)
    assert cmd.startswith("mt finetune ") and "--lora" in cmd and "--direction vi-en" in cmd
    assert "--one-way d2=vi-en" in cmd
    with pytest.raises(InputError, match="takes SPEC=vi-en or SPEC=en-vi, not 'd2'"):
        config_from({"base": "b", "data": ["d2"], "out": "o", "one_way": ["d2"]})
    args = build_parser().parse_args(cmd.split()[1:])
    values = {k: getattr(args, k) for k in FinetuneConfig.__dataclass_fields__}
    assert config_from(values) == cfg  # the command reproduces the configuration exactly
    assert command_line(cfg, 4).startswith("accelerate launch --multi_gpu --num_processes 4 -m mt finetune ")
    with pytest.raises(InputError, match="unknown setting"):
        config_from({}, str(tmp_path / "bad.toml") if (tmp_path / "bad.toml").write_text("nope = 1\n") else None)


@pytest.mark.parametrize("kw, error, message", [
    (dict(base=""), InputError, "--base"),
    (dict(epochs=0), InputError, "give a budget"),
    (dict(metric="ter"), InputError, "metric must be"),
    (dict(directions=["vi-fr"]), InputError, "unknown language code 'fr'"),
    (dict(precision="fp8"), InputError, "precision must be"),
    (dict(keep="first"), InputError, "keep must be best or last"),
    (dict(one_way={"other": "vi-en"}), InputError, "not one of the --data specs"),
    (dict(one_way={"d": "vi-vi"}), InputError, "both 'vi'"),
])
def test_config_validation(kw, error, message):
    with pytest.raises(error, match=message):
        FinetuneConfig(**{"base": "b", "data": ["d"], "out": "o", **kw})


def test_cli_runs_and_errors_are_one_line(capsys, trained, corpus, tmp_path):
    from mt.cli import main

    out = tmp_path / "cli"
    rc = main(["finetune", "--base", str(trained), "--data", str(corpus), "--out", str(out), "--dev-size", "6",
               "--general", "", "--max-steps", "2", "--precision", "no"])
    assert rc == 0 and capsys.readouterr().out.strip() == str(out / "model")
    assert (out / "finetune.toml").is_file()
    rc = main(["finetune", "--base", str(trained), "--data", str(tmp_path / "nope"), "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 2 and err.startswith("mt: error:") and "no such data" in err and len(err.splitlines()) == 1
    rc = main(["finetune", "--base", str(tmp_path / "nomodel"), "--data", str(corpus), "--out", str(tmp_path / "x")])
    assert rc == 2 and "no such directory" in capsys.readouterr().err


def test_model_without_language_tokens_is_refused(nllb_hf, corpus, tmp_path):
    # an NLLB-family tokenizer on a vocabulary without vie_Latn/eng_Latn
    d = tmp_path / "m"
    shutil.copytree(nllb_hf, d)
    cfg = json.loads((d / "tokenizer_config.json").read_text())
    cfg.pop("additional_special_tokens", None)
    cfg.pop("extra_special_tokens", None)
    cfg["added_tokens_decoder"] = {k: v for k, v in cfg.get("added_tokens_decoder", {}).items()
                                   if not v["content"].endswith("_Latn")}
    (d / "tokenizer_config.json").write_text(json.dumps(cfg))
    (d / "tokenizer.json").unlink(missing_ok=True)
    codec = Codec(d, "nllb")
    if set(codec.codes) == {"vi", "en"}:
        pytest.skip("this transformers version adds NLLB language codes by itself")
    with pytest.raises(ModelError, match="lacks the nllb language tokens"):
        codec.check(["vi-en"])


def test_accelerate_launch_runs_the_same_command_with_ddp(trained, corpus, tmp_path):
    """The documented multi-GPU command, on CPUs: accelerate's multi-process launcher (torchrun), DDP over gloo."""
    out = tmp_path / "ddp"
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
           "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no", "--main_process_port", "0",
           "-m", "mt", "finetune", "--base", str(trained), "--data", str(corpus), "--out", str(out),
           "--dev-size", "6", "--general", "", "--max-steps", "4", "--eval-every", "4", "--max-tokens", "600",
           "--precision", "no"]
    env = {**__import__("os").environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"}
    r = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    m = json.loads((out / "model" / "mt_train.json").read_text())
    assert m["world_size"] == 2 and m["steps"] == 4
    assert m["command"].startswith("accelerate launch --multi_gpu --num_processes 2 -m mt finetune --base ")
    assert r.stderr.count("saved ") == 1  # one process writes


@pytest.mark.parametrize("family", ["t5", "mbart50"])
def test_fine_tuned_model_goes_straight_to_ctranslate2(family, bases, corpus, tmp_path):
    """`mt export` takes the result as it is, and Translator serves it in both directions."""
    from mt.cli import main
    from mt.translate import Translator

    model_dir = finetune(tiny(base_dir(bases, family), corpus, tmp_path / "ft", max_steps=4, eval_every=4),
                         log=lambda m: None)
    assert main(["export", str(model_dir), "--out", str(tmp_path / "ct2"), "--quantization", "float32"]) == 0
    t = Translator.load(tmp_path / "ct2")
    assert t.manifest["training"]["kind"] == "finetune" and t.manifest["family"] == family
    for src, tgt in (("vi", "en"), ("en", "vi")):
        assert len(t.translate(["Tôi có hai con mèo.", "I see books."], src, tgt, beam_size=1)) == 2
