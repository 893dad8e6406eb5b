"""eval.suite, eval.systems, eval.results, eval.gate: one run over systems x test sets, its rows, the gate."""
import json

import pytest

from eval import gate, results, suite, systems
from mt.errors import DataError, InputError
from mt.manifest import sha256_file
from mt.translate import DecodeOptions


@pytest.mark.parametrize("spec, kind, target, precision, label", [
    ("copy", "copy", "", "", ""),
    ("lexical", "lexical", "", "", ""),
    ("model", "model", "", "", ""),
    ("ct2:runs/x@int8", "ct2", "runs/x", "int8", ""),
    ("hf:facebook/nllb-200-distilled-600M@float16", "hf", "facebook/nllb-200-distilled-600M", "float16", ""),
    ("fp32 ref=hf:models/vien-base-hf", "hf", "models/vien-base-hf", "", "fp32 ref"),
])
def test_parse_specs(spec, kind, target, precision, label):
    s = systems.parse(spec)
    assert (s.kind, s.target, s.precision, s.label) == (kind, target, precision, label)


def test_bare_directories_are_told_apart(exported, trained):
    assert systems.parse(str(exported)).kind == "ct2" and systems.parse(str(trained)).kind == "hf"


@pytest.mark.parametrize("spec, message", [
    ("copy@int8", "takes no model or precision"),
    ("model:runs/x", "for another one write ct2:runs/x"),
    ("/nonexistent", "nor a directory holding mt.json"),
])
def test_bad_specs(spec, message):
    with pytest.raises(InputError, match=message):
        systems.parse(spec)


@pytest.fixture(scope="module")
def files(data_dir, tmp_path_factory):
    d = tmp_path_factory.mktemp("files")
    vi = (data_dir / "flores200" / "dev.vi").read_text().splitlines()
    en = (data_dir / "flores200" / "dev.en").read_text().splitlines()
    en[0] = "I see something else entirely."  # one reference the systems cannot match
    (d / "src.vi").write_text("\n".join(vi) + "\n")
    (d / "ref.en").write_text("\n".join(en) + "\n")
    return d / "src.vi", d / "ref.en"


@pytest.fixture(scope="module")
def rows(files, data_dir, exported, tmp_path_factory):
    loaded = [systems.load(systems.parse(s), model_dir=str(exported), data_dir=data_dir, log=lambda m: None)
              for s in ("copy", "lexical", "model")]
    tasks = suite.make_tasks([], [("vi", "en")], str(files[0]), str(files[1]))
    hyps = tmp_path_factory.mktemp("hyps")
    return suite.run(loaded, tasks, baseline="lexical", options=DecodeOptions(beam_size=2), n_bootstrap=100,
                     worst=3, hyps_dir=str(hyps)), hyps


def test_rows_carry_scores_cis_and_p_values(rows):
    rows, _ = rows
    assert [r["system"] for r in rows] == ["lexical", "copy", "model (ct2 float32)"]  # baseline first
    base, copy, model = rows
    assert base["is_baseline"] and base["p_value"] is None
    assert copy["p_value"]["bleu"] < 0.05 and copy["bleu"] < base["bleu"]  # the lexical table beats copying
    for r in rows:
        assert {"bleu", "chrf", "chrfpp", "ter", "n", "signature"} <= set(r) and r["n"] == 20
        assert r["ci"]["bleu"]["ci"] >= 0 and "bs:100" in r["signature"]["bootstrap"]["bleu"]
        assert r["signature"]["bleu"].startswith("nrefs:1|")


def test_rows_record_settings_data_and_provenance(rows, files):
    rows, _ = rows
    base, copy, model = rows
    assert model["decoding"]["beam_size"] == 2 and model["decoding"]["length_penalty"] == 1.0
    assert model["decoding"]["max_length"] == "2 x source tokens + 10" and model["decoding"]["applies"]
    assert not copy["decoding"]["applies"] and copy["beam_size"] is None and copy["speed"] is None
    assert model["speed"]["segments_per_s"] > 0
    assert model["data"] == {str(f): sha256_file(f) for f in files}
    assert model["model_manifest"]["mt_json"]["quantization"] == "float32"
    assert "tables_sha256" in base["model_manifest"] and base["runtime"] is None
    assert len({r["run"] for r in rows}) == 1 and rows[0]["code"] and rows[0]["environment"]["packages"]


def test_breakdown_and_worst_segments(rows):
    rows, _ = rows
    base = rows[0]
    length = base["breakdown"]["length"]
    assert sum(b["n"] for b in length.values()) == 20 and set(length) <= {"1-9", "10-19"}
    assert base["breakdown"]["domain"] == {"file": {**base["breakdown"]["domain"]["file"], "n": 20}}
    assert base["breakdown"]["domain"]["file"]["bleu"] == base["bleu"]  # one domain: the whole set
    worst = base["worst"]
    assert len(worst) == 3 and worst == sorted(worst, key=lambda w: w["chrfpp"])
    assert worst[0]["i"] == 0 and worst[0]["reference"] == "I see something else entirely."
    assert rows[1]["worst"] == []  # nothing to read in the untranslated source


def test_hypotheses_are_written(rows, files):
    rows, hyps = rows
    written = sorted(p.name for p in hyps.iterdir())
    assert written == ["copy.src.vi.vi-en.txt", "lexical.src.vi.vi-en.txt", "model_ct2_float32.src.vi.vi-en.txt"]
    assert (hyps / "copy.src.vi.vi-en.txt").read_text() == files[0].read_text()


def test_results_file_round_trip(rows, tmp_path):
    rows, _ = rows
    path = tmp_path / "r.jsonl"
    results.append(path, rows[:1])
    results.append(path, rows[1:])
    back = results.read(path)
    assert [r["system"] for r in back] == [r["system"] for r in rows]
    assert results.select(back, "last") == back and results.select(back, rows[0]["run"]) == back
    with pytest.raises(DataError, match="no run 'nope'"):
        results.select(back, "nope")
    path.write_text(path.read_text() + "{not json\n")
    with pytest.raises(DataError, match=r"r.jsonl:4: not a JSON object"):
        results.read(path)


@pytest.mark.parametrize("make, message", [
    (lambda: suite.make_tasks([], [("vi", "en")]), "give --testset NAME"),
    (lambda: suite.make_tasks([], [("vi", "en")], "a.txt"), "give both --src-file and --ref-file"),
    (lambda: suite.make_tasks(["wmt"], [("vi", "en")]), "unknown test set 'wmt'"),
])
def test_task_errors(make, message):
    with pytest.raises(InputError, match=message):
        make()


def test_tasks_in_both_directions_with_domains(tmp_path):
    tasks = suite.make_tasks(["flores200-dev", "tatoeba-test"], suite.DIRECTIONS, data_dir=tmp_path, limit=5)
    assert [(t.testset, t.src, t.tgt, len(t.sources)) for t in tasks] == [
        ("flores200-dev", "vi", "en", 5), ("flores200-dev", "en", "vi", 5),
        ("tatoeba-test", "vi", "en", 5), ("tatoeba-test", "en", "vi", 5)]
    assert tasks[0].domains[:2] == ["wikinews", "wikinews"] and tasks[2].domain == "everyday"


def _row(system, bleu, testset="flores200-dev", src="vi", tgt="en"):
    return {"system": system, "testset": testset, "src": src, "tgt": tgt, "bleu": bleu, "p_value": None}


@pytest.mark.parametrize("quant, passed", [(20.0, True), (19.5, True), (19.49, False)])
def test_gate(quant, passed):
    rows = [_row("f32", 20.0), _row("int8", quant), _row("f32", 30.0, src="en", tgt="vi"),
            _row("int8", 30.1, src="en", tgt="vi")]
    ok, lines = gate.check(rows, "f32", "int8", max_drop=0.5)
    assert ok is passed and len(lines) == 2
    assert lines[0].endswith("pass" if passed else "FAIL") and lines[1].endswith("pass")


def test_gate_needs_both_systems():
    with pytest.raises(InputError, match="no 'int8' row"):
        gate.check([_row("f32", 20.0)], "f32", "int8")


def test_rows_are_json(rows):
    rows, _ = rows
    assert json.loads(json.dumps(rows)) == rows
