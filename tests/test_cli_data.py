"""mt data check | prepare | stats | mine, end to end on small data the tests write."""
import json
import shutil

import pytest

from mt.cli import main


def run(capsys, *argv):
    rc = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.fixture
def clean_dir(tmp_path, data_dir):
    """The fixture data without corpus_b (which shares two lines with the shipped Tatoeba test set)."""
    root = tmp_path / "data"
    shutil.copytree(data_dir, root)
    shutil.rmtree(root / "corpus_b")
    return root


def test_check_clean_then_planted_leak(capsys, clean_dir):
    rc, out, _ = run(capsys, "data", "check", "--data-dir", clean_dir)
    assert rc == 0 and "no leak: 250 pairs checked" in out
    # plant a FLORES dev line (re-cased, punctuation dropped) on the English side of a training pair
    dev_en = (clean_dir / "flores200" / "dev.en").read_text().splitlines()[3]
    planted = dev_en.upper().rstrip(".")
    with open(clean_dir / "corpus_a" / "train.vi", "a") as f:
        f.write("Một câu bình thường.\n")
    with open(clean_dir / "corpus_a" / "train.en", "a") as f:
        f.write(planted + "\n")
    rc, out, _ = run(capsys, "data", "check", "--data-dir", clean_dir)
    assert rc == 1 and "LEAK: 1 training pair(s)" in out
    assert "corpus_a:251 [en] = flores200-dev (normalised)" in out
    rc, out, _ = run(capsys, "data", "check", "--data-dir", clean_dir, "--json")
    report = json.loads(out)
    assert rc == 1 and report["leaked_pairs"] == 1 and report["by"][0]["testset"] == "flores200-dev"


def test_check_names_file_and_line_of_bad_input(capsys, clean_dir):
    (clean_dir / "corpus_a" / "train.vi").write_bytes(b"ok\n\xff\n")
    rc, _, err = run(capsys, "data", "check", "--data-dir", clean_dir)
    assert rc == 2 and err.startswith("mt: error: ") and "corpus_a/train.vi:2: not valid UTF-8" in err
    assert err.count("\n") == 1


def test_prepare_writes_splits_manifest_and_rejects(capsys, data_dir, tmp_path):
    out, rejects = tmp_path / "prep", tmp_path / "rejects.tsv"
    rc, stdout, _ = run(capsys, "data", "prepare", "--data-dir", data_dir, "--out", out, "--dev-size", "20",
                        "--rejects", rejects)
    manifest = json.loads((out / "manifest.json").read_text())
    assert rc == 0 and "manifest sha256" in stdout and manifest["split"]["dev"] == 20
    rows = rejects.read_text().splitlines()
    assert rows[0].split("\t") == ["reason", "corpus", "origin", "detail", "vi", "en"]
    assert {r.split("\t")[0] for r in rows[1:]} == {"test_leak"}
    assert len(rows) - 1 == manifest["counts"]["corpus_b"]["test_leak"]
    rc, _, err = run(capsys, "data", "prepare", "--data-dir", data_dir, "--out", out)
    assert rc == 2 and "already exists: pass --force" in err


def test_stats_table_plot_and_json(capsys, data_dir, tmp_path):
    plot = tmp_path / "lengths.png"
    rc, out, _ = run(capsys, "data", "stats", "--data-dir", data_dir, "--plot", plot)
    assert rc == 0 and "| corpus_a | 250 | 250 |" in out and "| **all** | 400 |" in out
    assert plot.read_bytes()[:4] == b"\x89PNG"
    rc, out, _ = run(capsys, "data", "stats", "--data-dir", data_dir, "--json", "--disable", "test_leak")
    assert rc == 0 and json.loads(out)["all"]["kept"] == 400


def test_mine_then_prepare_the_mined_corpus(capsys, tmp_path):
    polib = pytest.importorskip("polib")
    po = polib.POFile()
    po.metadata = {"Language": "vi", "Content-Type": "text/plain; charset=UTF-8"}
    for en, vi in (("_Open File", "_Mở tập tin"), ("Save the document", "Lưu tài liệu"),
                   ("Close the window", "Đóng cửa sổ")):
        po.append(polib.POEntry(msgid=en, msgstr=vi))
    po.save(str(tmp_path / "vi.po"))
    rc, out, _ = run(capsys, "data", "mine", tmp_path / "vi.po", "--out", tmp_path / "mined")
    assert rc == 0 and "3 pairs from 1 catalogue(s)" in out
    assert (tmp_path / "mined" / "train.vi").read_text().splitlines()[0] == "_Mở tập tin"
    rc, out, _ = run(capsys, "data", "stats", "--data-dir", "none", "--add", f"ui={tmp_path / 'mined'}", "--json")
    row = json.loads(out)["ui"]
    assert rc == 0 and row["kept"] == 3 and row["repaired"] == 1  # the accelerator underscore was removed
