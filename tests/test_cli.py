import io
import json
import subprocess
import sys

import pytest

from mt.cli import main


def run(capsys, *argv):
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_translate_arguments(capsys, exported):
    rc, out, err = run(capsys, "translate", "Tôi có hai con mèo.", "Họ thích ba quyển sách.", "--src", "vi",
                       "--tgt", "en", "--model", str(exported))
    assert rc == 0 and len(out.splitlines()) == 2


def test_translate_says_how_it_read_text_typed_without_marks(capsys, exported):
    argv = ["translate", "Toi co hai con meo.", "Tôi có hai con mèo.", "--src", "vi", "--tgt", "en", "--model",
            str(exported)]
    rc, out, err = run(capsys, *argv)
    assert rc == 0 and out.splitlines()[0] == out.splitlines()[1]
    assert err.strip() == "mt: line 1 read as: Tôi có hai con mèo."
    rc, out, err = run(capsys, *argv, "--no-restore")
    assert rc == 0 and err == ""


def test_translate_stdin_one_line_per_line(capsys, monkeypatch, exported):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Tôi có hai con mèo.\n\nBạn mua một chiếc xe.\n".encode())))
    rc, out, err = run(capsys, "translate", "--src", "vi", "--tgt", "en", "--model", str(exported))
    lines = out.split("\n")
    assert rc == 0 and len(lines) == 4 and lines[1] == "" and lines[3] == ""


@pytest.mark.parametrize("argv, stdin, message", [
    (["translate", "x", "--src", "fr", "--tgt", "en"], None, "unknown language code 'fr'"),
    (["translate", "x", "--src", "vi", "--tgt", "en", "--model", "/nonexistent"], None, "no model directory"),
    (["translate", "--src", "vi", "--tgt", "en"], b"", "no input"),
    (["translate", "--src", "vi", "--tgt", "en"], b"ok\n\xff\n", "stdin line 2 is not valid UTF-8"),
    (["eval", "--testset", "nope", "--src", "vi", "--tgt", "en"], None, "unknown test set 'nope'"),
    (["train", "--out", "x"], None, "give a budget"),
])
def test_errors_are_one_line(capsys, monkeypatch, exported, argv, stdin, message):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    if "--model" not in argv and argv[0] == "translate":
        argv = argv + ["--model", str(exported)]
    rc, out, err = run(capsys, *argv)
    assert rc == 2
    assert err.startswith("mt: error: ") and message in err and err.count("\n") == 1
    assert "Traceback" not in err


def test_export_refuses_existing_dir(capsys, trained, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    rc, _, err = run(capsys, "export", str(trained), "--out", str(out))
    assert rc == 2 and "already exists: pass --force" in err
    rc, stdout, _ = run(capsys, "export", str(trained), "--out", str(out), "--force", "--quantization", "float32")
    assert rc == 0 and (out / "model.bin").is_file() and stdout.strip() == str(out)


def test_eval_files_json(capsys, exported, tmp_path):
    (tmp_path / "src").write_text("Tôi có hai con mèo.\nHọ thích ba quyển sách.\n")
    (tmp_path / "ref").write_text("I have two cats.\nThey like three books.\n")
    hyps = tmp_path / "hyps.txt"
    rc, out, _ = run(capsys, "eval", "--model", str(exported), "--src-file", str(tmp_path / "src"), "--ref-file",
                     str(tmp_path / "ref"), "--src", "vi", "--tgt", "en", "--json", "--hyps-out", str(hyps))
    result = json.loads(out)
    assert rc == 0 and result["n"] == 2 and {"bleu", "chrf", "signature"} <= set(result)
    assert len(hyps.read_text().splitlines()) == 2


@pytest.mark.parametrize("src_text, ref_text, message", [
    ("a\nb\n", "a\n", "has 2 lines but"),
    ("", "", "is empty"),
    (b"\xff\n", "a\n", "not valid UTF-8"),
])
def test_eval_bad_files(capsys, exported, tmp_path, src_text, ref_text, message):
    for name, text in (("src", src_text), ("ref", ref_text)):
        (tmp_path / name).write_bytes(text if isinstance(text, bytes) else text.encode())
    rc, _, err = run(capsys, "eval", "--model", str(exported), "--src-file", str(tmp_path / "src"),
                     "--ref-file", str(tmp_path / "ref"), "--src", "vi", "--tgt", "en")
    assert rc == 2 and message in err


def test_eval_copy_baseline_text_output(capsys, tmp_path):
    rc, out, _ = run(capsys, "eval", "--testset", "flores200-dev", "--src", "vi", "--tgt", "en",
                     "--system", "copy", "--data-dir", str(tmp_path))
    assert rc == 0 and "flores200-dev vi->en copy: BLEU" in out and "nrefs:1" in out


def test_serving_path_never_imports_torch(exported):
    code = (
        "import sys\n"
        "from mt.cli import main\n"
        f"rc = main(['translate', 'Tôi có hai con mèo.', '--src', 'vi', '--tgt', 'en', '--model', {str(exported)!r}])\n"
        "from app.ui import build_demo\n"
        "from mt import Translator\n"
        f"build_demo(Translator.load({str(exported)!r}))\n"
        "heavy = [m for m in ('torch', 'transformers') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "HEAVY []" in r.stdout


def test_python_dash_m(exported):
    r = subprocess.run([sys.executable, "-m", "mt", "translate", "Tôi có hai con mèo.", "--src", "vi", "--tgt",
                        "en", "--model", str(exported)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip()
