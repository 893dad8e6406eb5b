"""The model that ships in models/: it must load and translate offline, both directions."""
import json

from mt.manifest import sha256_file
from mt.translate import Translator


def test_bundled_model_translates_both_directions(bundled):
    t = Translator.load(bundled)
    vi_en = t.translate(["Tôi yêu Hà Nội."], "vi", "en")[0]
    en_vi = t.translate(["I love Hanoi."], "en", "vi")[0]
    assert "Hanoi" in vi_en and "love" in vi_en.lower()
    assert "Hà Nội" in en_vi


def test_bundled_manifest_and_checkpoint(bundled):
    m = json.loads((bundled / "mt.json").read_text())
    assert m["family"] == "m2m100" and m["quantization"] == "int8"
    hf = bundled.parent / "vien-base-hf"
    assert (hf / "model.safetensors").is_file() and (hf / "sentencepiece.bpe.model").is_file()
    assert m["source_weights_sha256"]["model.safetensors"] == sha256_file(hf / "model.safetensors")


def test_fine_tuning_the_bundled_model_reuses_its_back_translation_tag(bundled):
    # v5 averaged a run trained with --tag-one-way, so it knows one spare token as "this source is synthetic";
    # `mt finetune --tag-one-way` must mark synthetic sources with that token, not spell a new tag it never saw
    from mt.finetune.codec import Codec

    hf = bundled.parent / "vien-base-hf"
    tag = json.loads((hf / "mt_train.json").read_text())["one_way_tag"]
    assert tag == json.loads((bundled / "mt.json").read_text())["training"]["one_way_tag"]
    codec = Codec(hf, "m2m100")
    assert codec.bt_ids == [int(tag.removeprefix("madeupword"))]
    plain = codec.source("Tôi đi.", "vi", "en")
    assert codec.source("Tôi đi.", "vi", "en", tagged=True) == plain[:1] + codec.bt_ids + plain[1:]
