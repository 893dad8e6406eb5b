"""mt eval (several systems, JSONL results, gate) and mt eval report, through the CLI entry point."""
import json
import subprocess
import sys

import pytest

from mt.cli import main


def run(capsys, *argv):
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture(scope="module")
def files(data_dir, tmp_path_factory):
    """The synthetic dev set with references that differ from any system's output in places."""
    d = tmp_path_factory.mktemp("cli-eval")
    vi = (data_dir / "flores200" / "dev.vi").read_text().splitlines()
    en = [e.replace(" see ", " can see ") if i % 2 else e
          for i, e in enumerate((data_dir / "flores200" / "dev.en").read_text().splitlines())]
    (d / "src.vi").write_text("\n".join(vi) + "\n")
    (d / "ref.en").write_text("\n".join(en) + "\n")
    return d / "src.vi", d / "ref.en"


@pytest.fixture(scope="module")
def int8(trained, tmp_path_factory):
    from mt.export import export

    return export(trained, tmp_path_factory.mktemp("int8") / "m", quantization="int8", log=lambda m: None)


def test_several_systems_one_run(capsys, tmp_path, files, data_dir, exported):
    results = tmp_path / "r.jsonl"
    rc, out, err = run(capsys, "eval", "--system", "copy", "--system", "lexical", "--system", f"ct2:{exported}",
                       "--baseline", "lexical", "--src-file", files[0], "--ref-file", files[1], "--src", "vi",
                       "--tgt", "en", "--data-dir", data_dir, "--results", results, "--bootstrap", "100", "--json")
    assert rc == 0
    printed = [json.loads(line) for line in out.splitlines()]
    assert [r["system"] for r in printed] == ["lexical", "copy", "model (ct2 float32)"]
    assert [json.loads(line)["system"] for line in results.read_text().splitlines()] == \
        [r["system"] for r in printed]
    assert printed[1]["p_value"]["bleu"] <= 0.05 and printed[1]["baseline"] == "lexical"


def test_scores_equal_sacrebleu_on_the_written_hypotheses(capsys, tmp_path, files, data_dir):
    hyps = tmp_path / "hyps.en"
    rc, out, _ = run(capsys, "eval", "--system", "lexical", "--src-file", files[0], "--ref-file", files[1],
                     "--src", "vi", "--tgt", "en", "--data-dir", data_dir, "--hyps-out", hyps, "--json")
    row = json.loads(out)
    assert rc == 0 and 20 < row["bleu"] < 100  # a real score, not a degenerate 0 or 100
    for flags, key in ((["-m", "bleu", "chrf"], ("bleu", "chrf")), (["-m", "chrf", "--chrf-word-order", "2"],
                                                                   ("chrfpp",)), (["-m", "ter"], ("ter",))):
        cli = subprocess.run([sys.executable, "-m", "sacrebleu", str(files[1]), "-i", str(hyps), *flags, "-b",
                              "-w", "4"], capture_output=True, text=True, check=True)
        values = json.loads(cli.stdout) if len(key) > 1 else [float(cli.stdout)]
        assert [row[k] for k in key] == [round(v, 2) for v in values]


def test_text_output_and_results_default(capsys, monkeypatch, tmp_path, files):
    monkeypatch.setenv("MT_EVAL_RESULTS", str(tmp_path / "default.jsonl"))
    rc, out, _ = run(capsys, "eval", "--system", "copy", "--src-file", files[0], "--ref-file", files[1],
                     "--src", "vi", "--tgt", "en", "--bootstrap", "0")
    assert rc == 0 and out.startswith("src.vi vi->en copy: BLEU ") and "TER" in out and "± " not in out
    assert (tmp_path / "default.jsonl").is_file() and "appended 1 rows" in out


def test_report(capsys, tmp_path, files, data_dir):
    results = tmp_path / "r.jsonl"
    for system in ("copy", "lexical"):
        run(capsys, "eval", "--system", system, "--src-file", files[0], "--ref-file", files[1], "--src", "vi",
            "--tgt", "en", "--data-dir", data_dir, "--results", results, "--bootstrap", "50")
    rc, out, _ = run(capsys, "eval", "report", "--results", results, "--out", tmp_path / "rep", "--run", "all")
    assert rc == 0 and out.splitlines()[0] == str(tmp_path / "rep" / "report.md")
    text = (tmp_path / "rep" / "report.md").read_text()
    assert "| run |" in text and text.count("| src.vi | vi→en |") == 2
    assert (tmp_path / "rep" / "scores.png").is_file()
    rc, _, err = run(capsys, "eval", "report", "--results", tmp_path / "missing.jsonl")
    assert rc == 2 and "no results file" in err


def test_gate_passes_an_equal_model_and_fails_a_worse_one(capsys, tmp_path, files, data_dir, exported, int8):
    common = ["--src-file", files[0], "--ref-file", files[1], "--src", "vi", "--tgt", "en", "--data-dir", data_dir,
              "--results", tmp_path / "r.jsonl", "--bootstrap", "50"]
    rc, out, _ = run(capsys, "eval", "--gate", "--model", exported, "--reference", f"ct2:{exported}@float32",
                     *common)
    assert rc == 0 and "loss +0.00 BLEU (allowed 0.5)" in out and ": pass" in out
    # copying the source is no translation at all, but as the "float model" on a set whose references *are*
    # the sources it scores 100: the int8 model loses far more than 0.5 BLEU
    rc, out, err = run(capsys, "eval", "--gate", "--model", int8, "--reference", "copy", "--src-file", files[0],
                       "--ref-file", files[0], "--src", "vi", "--tgt", "en", "--results", tmp_path / "r.jsonl",
                       "--bootstrap", "50")
    assert rc == 1 and ": FAIL" in out and "gate failed" in err


def test_gate_default_reference_is_the_float_export_of_the_source_checkpoint(capsys, tmp_path, data_dir, int8):
    rc, out, err = run(capsys, "eval", "--gate", "--model", int8, "--data-dir", data_dir, "--results",
                       tmp_path / "r.jsonl", "--bootstrap", "0", "--max-drop", "100")
    assert rc == 0 and out.count("gate flores200-dev") == 2  # the dev set, both directions
    rows = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert {r["system"] for r in rows} == {"model float32", "m (ct2 int8)"}


def test_help_documents_the_baselines(capsys):
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    out = capsys.readouterr().out
    assert "copy                      baseline:" in out and "lexical                   baseline:" in out
    assert "eflomal" in out and "--gate" in out and "hf:DIR_OR_HUB_ID" in out


@pytest.mark.parametrize("argv, message", [
    (["--system", "copy", "--system", "copy"], "two systems share a label"),
    (["--system", "copy", "--system", "again=copy", "--hyps-out", "x"], "--hyps-out takes one system"),
    (["--system", "copy", "--baseline", "nope"], "baseline 'nope' is not one of the systems"),
    (["--system", "bogus"], "not copy, lexical, model"),
    (["--system", "copy", "--reference", "copy"], "--reference and --max-drop go with --gate"),
])
def test_errors_are_one_line(capsys, files, data_dir, argv, message):
    rc, _, err = run(capsys, "eval", *argv, "--src-file", files[0], "--ref-file", files[1], "--src", "vi",
                     "--tgt", "en", "--data-dir", data_dir)
    assert rc == 2 and err.startswith("mt: error: ") and message in err and err.count("\n") == 1


def test_src_without_tgt(capsys):
    rc, _, err = run(capsys, "eval", "--testset", "flores200-dev", "--src", "vi")
    assert rc == 2 and "give both --src and --tgt" in err
