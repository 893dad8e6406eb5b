import json
import shutil

import pytest

from mt.errors import InputError
from mt.models import ModelPool, describe, find_models, scores, summary
from mt.translate import Translator


def test_find_models_lists_exported_dirs_only(exported, tmp_path):
    shutil.copytree(exported, tmp_path / "b-model")
    shutil.copytree(exported, tmp_path / "a-model")
    (tmp_path / "hf-checkpoint").mkdir()
    (tmp_path / "hf-checkpoint" / "config.json").write_text("{}")
    assert [p.name for p in find_models(tmp_path)] == ["a-model", "b-model"]
    assert find_models(tmp_path / "missing") == []


def test_summary_and_scores_from_the_manifest(exported, tmp_path):
    d = tmp_path / "m"
    shutil.copytree(exported, d)
    facts = summary(d)
    assert facts["name"] == "m" and facts["family"] == "m2m100" and facts["directions"] == "vi→en, en→vi"
    assert "no scores recorded" in describe(d).lower()
    m = json.loads((d / "mt.json").read_text())
    m["scores"] = [{"testset": "flores200-devtest", "src": "vi", "tgt": "en", "bleu": 12.3, "chrf": 40.1}]
    (d / "mt.json").write_text(json.dumps(m))
    assert "| flores200-devtest | vi→en | 12.3 | 40.1 |" in scores(d)


def test_bundled_model_card_scores(bundled):
    table = scores(bundled)
    assert "FLORES-200 devtest" in table and "19.14" in table  # v8's vi->en BLEU, from the card
    info = describe(bundled)
    # v8 continued v7, whose path now holds v8, so its start is named by its hash too
    assert info.startswith("### vien-base") and "int8" in info
    assert "2692 steps, 400.1 s on NVIDIA H200" in info
    assert "continued from models/vien-base-hf (sha256 30e6e0b5b88a)" in info


def test_pool_loads_models_found_beside_the_default(exported, tmp_path):
    shutil.copytree(exported, tmp_path / "one")
    shutil.copytree(exported, tmp_path / "two")
    default = Translator.load(tmp_path / "one")
    pool = ModelPool(default, tmp_path)
    assert pool.get(None) is default and pool.get(str(tmp_path / "one")) is default
    other = pool.get(str(tmp_path / "two"))
    assert other is not default and pool.get(str(tmp_path / "two")) is other
    with pytest.raises(InputError, match="unknown model"):
        pool.get("/etc")
