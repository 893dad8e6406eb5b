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
