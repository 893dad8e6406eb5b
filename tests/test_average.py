import json
import shutil

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from conftest import synthetic_pairs, tiny_config, tiny_spm
from mt.average import average
from mt.errors import InputError, ModelError
from mt.manifest import sha256_file
from mt.train import train


@pytest.fixture(scope="module")
def continued(tmp_path_factory, trained, data_dir):
    """A continuation of the tiny trained model: same start, other weights."""
    out = tmp_path_factory.mktemp("cont")
    return train(tiny_config(out, data_dir, init_from=str(trained), max_steps=5, lr=5e-2, warmup_steps=1,
                             eval_every=5), log=lambda m: None)


def test_the_average_is_the_mean_of_the_weights_and_a_complete_model(trained, continued, tmp_path):
    from transformers import AutoTokenizer, M2M100ForConditionalGeneration

    out = average([trained, continued], tmp_path / "soup", log=lambda m: None)
    a, b, mean = (load_file(d / "model.safetensors") for d in (trained, continued, out))
    assert any(not np.allclose(a[k], b[k]) for k in a)  # the two differ, so the mean means something
    for k in a:
        assert np.allclose(mean[k], (a[k].astype(np.float64) + b[k]) / 2, atol=1e-6) and mean[k].dtype == a[k].dtype
    M2M100ForConditionalGeneration.from_pretrained(out)
    AutoTokenizer.from_pretrained(out)
    manifest = json.loads((out / "mt_train.json").read_text())
    assert manifest["kind"] == "average" and manifest["family"] == "m2m100"
    assert [s["path"] for s in manifest["averaged_from"]] == [str(trained), str(continued)]
    assert manifest["averaged_from"][1]["init_from"]["path"] == str(trained)
    assert "one_way_tag" not in manifest  # neither was trained with --tag-one-way


def test_a_back_translation_tag_either_source_learned_stays_the_models(trained, continued, tmp_path):
    tagged = tmp_path / "tagged"
    shutil.copytree(continued, tagged)
    training = json.loads((tagged / "mt_train.json").read_text())
    (tagged / "mt_train.json").write_text(json.dumps({**training, "one_way_tag": "madeupword9"}))
    out = average([trained, tagged], tmp_path / "soup", log=lambda m: None)
    assert json.loads((out / "mt_train.json").read_text())["one_way_tag"] == "madeupword9"


def test_the_average_exports_and_says_what_it_was_made_of(trained, continued, tmp_path):
    from mt.export import export
    from mt.models import summary
    from mt.translate import Translator

    soup = average([trained, continued], tmp_path / "soup", log=lambda m: None)
    ct2 = export(soup, tmp_path / "ct2", quantization="int8", log=lambda m: None)
    assert Translator.load(ct2).translate(["Tôi có hai con mèo."], "vi", "en")[0].strip()
    hashes = [sha256_file(m / "model.safetensors")[:12] for m in (trained, continued)]
    assert summary(ct2)["training"].startswith(
        f"the average of {trained} (60 steps; sha256 {hashes[0]}), {continued} (5 steps; sha256 {hashes[1]})")


def test_models_that_cannot_be_averaged_are_refused(trained, continued, tmp_path):
    with pytest.raises(InputError, match="at least two"):
        average([trained], tmp_path / "one")
    with pytest.raises(InputError, match="not a model saved"):
        average([trained, tmp_path], tmp_path / "empty")
    with pytest.raises(InputError, match="is one of the models"):
        average([trained, continued], continued)
    reshaped = tmp_path / "reshaped"
    shutil.copytree(continued, reshaped)
    weights = load_file(reshaped / "model.safetensors")
    name = next(k for k in weights if k.endswith("fc1.weight"))
    weights[name] = weights[name][:-1]  # another FFN width
    save_file(weights, reshaped / "model.safetensors")
    with pytest.raises(ModelError, match=f"differ in the shape of {name}"):
        average([trained, reshaped], tmp_path / "shapes", log=lambda m: None)
    revocab = tmp_path / "revocab"
    shutil.copytree(continued, revocab)
    lines = [s for pair in synthetic_pairs(200) for s in pair]
    tiny_spm(revocab, "sentencepiece.bpe.model", lines)  # another vocabulary, same weight shapes
    with pytest.raises(ModelError, match="different vocabularies"):
        average([trained, revocab], tmp_path / "vocab")
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())  # nothing half-written left behind


def test_a_failed_write_leaves_the_old_output_and_no_temporary_folder(trained, continued, tmp_path, monkeypatch):
    import mt.average as avg

    out = tmp_path / "soup"
    average([trained, continued], out, log=lambda m: None)
    before = (out / "model.safetensors").read_bytes()

    def disk_full(*args, **kw):
        raise OSError("No space left on device")

    monkeypatch.setattr(avg, "write_json", disk_full)
    with pytest.raises(OSError, match="No space"):
        average([trained, continued], out, force=True, log=lambda m: None)
    assert (out / "model.safetensors").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["soup"]


def test_an_existing_output_is_replaced_only_with_force(trained, continued, tmp_path):
    out = tmp_path / "soup"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(InputError, match="use --force"):
        average([trained, continued], out)
    assert (out / "keep.txt").read_text() == "mine"
    average([trained, continued], out, force=True, log=lambda m: None)
    assert not (out / "keep.txt").exists() and (out / "model.safetensors").is_file()
