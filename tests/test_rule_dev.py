"""scripts/rule_dev.py: the checks a rule module gets while it is written, reviewed or trimmed."""
import importlib.util
import json
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "rule_dev", Path(__file__).resolve().parent.parent / "scripts" / "rule_dev.py")
rule_dev = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rule_dev)

# the first is mt/dandruff.py's, the second a news sentence no rule takes
TEXTS = ["Tôi bị gàu.", "Chính phủ công bố số liệu kinh tế quý ba."]


@pytest.fixture
def texts(tmp_path, monkeypatch):
    path = tmp_path / "texts.json"
    path.write_text(json.dumps({"texts": TEXTS, "test_sources": TEXTS[1:]}, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(rule_dev, "TEXTS", path)


def test_a_sentence_is_also_tried_with_other_ends_and_another_speaker():
    said = rule_dev._mutated("Tôi bị gàu.")
    assert said[0] == "Tôi bị gàu." and {"Tôi bị gàu", "Tôi bị gàu?", "Bạn bị gàu.", "Mẹ tôi bị gàu."} <= set(said)
    assert rule_dev._mutated("I am late.") == ["I am late.", "I am late", "I am late?", "I am late!", "We am late.",
                                               "You am late.", "She am late."]
    assert rule_dev._mutated("I'm late?") == ["I'm late?", "I'm late", "I'm late.", "I'm late!"]


def test_keyed_writes_what_each_module_takes_sorted(texts, tmp_path, capsys):
    out = tmp_path / "out.txt"
    assert rule_dev.main(["keyed", str(out), "dandruff"]) == 0
    assert out.read_text(encoding="utf-8") == "dandruff\tvi\tTôi bị gàu.\tI have dandruff.\n"
    assert "1 lines" in capsys.readouterr().out and not out.with_name("out.txt.tmp").exists()


def test_crash_counts_the_exceptions_of_a_module(texts, monkeypatch, capsys):
    assert rule_dev.main(["crash", "dandruff"]) == 0
    from mt import dandruff

    def broken(text, src, tgt):
        raise KeyError(text)
    monkeypatch.setattr(dandruff, "translate", broken)
    assert rule_dev.main(["crash", "dandruff"]) == 1
    assert "dandruff: exceptions 1, over 2 texts both ways" in capsys.readouterr().out


def test_a_test_files_pairs_are_read_with_joined_strings(tmp_path):
    path = tmp_path / "test_x.py"
    path.write_text('import pytest\n@pytest.mark.parametrize("text, said", [\n    ("Tôi bị gàu.", "I have "\n'
                    '     "dandruff."),\n    ("Ho" + " nặng.", "A bad cough."), (NAME, "x y"), ("a", "b")])\n'
                    'def test(text, said): pass\n', encoding="utf-8")
    assert rule_dev._pairs(path) == [("Tôi bị gàu.", "I have dandruff."), ("Ho nặng.", "A bad cough.")]


def test_taken_reads_only_the_test_sets_sentences(texts, capsys):
    assert rule_dev.main(["taken", "dandruff"]) == 0
    assert capsys.readouterr().out == "dandruff: takes 0 of 1 test-set sentences (tried both ways)\n"


def test_keyed_needs_where_to_write():
    with pytest.raises(SystemExit):
        rule_dev.main(["keyed"])
