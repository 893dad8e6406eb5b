"""mt data backtranslate: a synthetic corpus from one real side, resumable, trained one way by mt train."""
import hashlib
import json

import pytest

from mt.cli import main
from mt.data.backtranslate import backtranslate
from mt.data.corpora import load_corpus
from mt.errors import InputError
from mt.translate import DecodeOptions, Translator


class Interrupted(Exception):
    pass


class Recording:
    """A translator that records what it is asked, and fails on the call numbered `fail_on` (1-based)."""

    def __init__(self, real, fail_on: int = 0):
        self.real, self.fail_on, self.calls = real, fail_on, []
        self.path = real.path

    def check_direction(self, src, tgt):
        self.real.check_direction(src, tgt)

    def reseed(self, seed):
        self.real.reseed(seed)

    def translate(self, texts, src, tgt, beam_size=4, options=None):
        self.calls.append(list(texts))
        if len(self.calls) == self.fail_on:
            raise Interrupted()
        return self.real.translate(texts, src, tgt, beam_size=beam_size, options=options)


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


@pytest.fixture
def corpus(data_dir):
    return load_corpus(data_dir / "corpus_a")


def test_keeps_one_side_and_translates_the_other(tmp_path, translator, corpus):
    out = backtranslate(corpus, "en", translator, tmp_path / "bt", chunk=40, log=lambda m: None)
    assert (out / "train.en").read_text(encoding="utf-8").splitlines() == corpus.en
    made = (out / "train.vi").read_text(encoding="utf-8").splitlines()
    assert made == translator.translate(corpus.en, "en", "vi", beam_size=1)
    info = json.loads((out / "backtranslation.json").read_text())
    assert info["one_way"] == "vi-en" and info["made_side"] == "vi" and info["lines"] == len(corpus)
    assert not (tmp_path / "bt.partial").exists()
    # the folder is a corpus like any other
    assert len(load_corpus(out)) == len(corpus)


def test_an_interrupted_run_goes_on_after_the_last_chunk(tmp_path, translator, corpus):
    logs = []
    failing = Recording(translator, fail_on=3)
    with pytest.raises(Interrupted):
        backtranslate(corpus, "vi", failing, tmp_path / "bt", chunk=30, log=logs.append)
    assert not (tmp_path / "bt").exists()  # nothing half-written where the result goes
    # a chunk appended whose count was never saved (a crash between the two) is dropped on resume
    with open(tmp_path / "bt.partial" / "train.en", "a", encoding="utf-8") as f:
        f.write("uncounted line\n")
    again = Recording(translator)
    out = backtranslate(corpus, "vi", again, tmp_path / "bt", chunk=30, log=logs.append)
    assert again.calls[0][0] == corpus.vi[60]  # two chunks of 30 were done before the failure
    assert any("resuming after 60" in m for m in logs)
    whole = backtranslate(corpus, "vi", translator, tmp_path / "whole", chunk=1000, log=lambda m: None)
    assert (out / "train.en").read_text() == (whole / "train.en").read_text()


def test_a_partial_made_from_other_inputs_is_started_over(tmp_path, translator, corpus):
    with pytest.raises(Interrupted):
        backtranslate(corpus, "en", Recording(translator, fail_on=2), tmp_path / "bt", chunk=50, log=lambda m: None)
    logs = []
    again = Recording(translator)
    backtranslate(corpus, "en", again, tmp_path / "bt", chunk=50, beam_size=2, log=logs.append)
    assert again.calls[0][0] == corpus.en[0] and any("starting over" in m for m in logs)


def test_sampled_back_translation_draws_varied_sources(tmp_path, capsys, exported, data_dir, translator, corpus):
    greedy = translator.translate(corpus.en, "en", "vi", beam_size=1)
    draws = []
    for k in (1, 2):
        out = tmp_path / f"s{k}"
        assert main(["data", "backtranslate", str(data_dir / "corpus_a"), "--keep", "en", "--out", str(out),
                     "--model", str(exported), "--sampling-topk", "0", "--sampling-temperature", "1.5"]) == 0
        made = load_corpus(out)
        assert made.en == corpus.en and len(made.vi) == len(corpus)
        # a random draw never takes a language or spare token, which greedy search avoids by itself
        assert not any("__" in x or "madeupword" in x for x in made.vi)
        draws.append(made.vi)
    # random draws: each differs from the greedy output, and a second run draws other lines
    assert draws[0] != greedy and draws[1] != greedy and draws[0] != draws[1]
    info = json.loads((tmp_path / "s1" / "backtranslation.json").read_text())
    assert info["sampling_topk"] == 0 and info["sampling_temperature"] == 1.5 and info["beam_size"] == 1
    assert main(["data", "backtranslate", str(data_dir / "corpus_a"), "--keep", "en", "--out", str(tmp_path / "b"),
                 "--model", str(exported), "--sampling-topk", "5", "--beam-size", "4"]) == 2
    assert "beam size 1" in capsys.readouterr().err


def test_seeded_sampling_draws_the_same_lines_resumed_or_not(tmp_path, exported, data_dir, corpus):
    opts = dict(sampling_topk=0, sampling_temperature=1.5, chunk=30, log=lambda m: None)

    def made(name, seed, translator=None):  # a fresh runtime each time, as a new process would have
        out = backtranslate(corpus, "en", translator or Translator.load(exported), tmp_path / name, seed=seed, **opts)
        return (out / "train.vi").read_text(encoding="utf-8")

    first = made("a", 5)
    assert made("b", 5) == first and made("c", 6) != first
    with pytest.raises(Interrupted):
        made("d", 5, Recording(Translator.load(exported), fail_on=3))
    assert made("d", 5) == first  # chunks 3 and on, after a resume, draw what they drew in one go
    assert json.loads((tmp_path / "a" / "backtranslation.json").read_text())["seed"] == 5
    assert main(["data", "backtranslate", str(data_dir / "corpus_a"), "--keep", "en", "--out", str(tmp_path / "e"),
                 "--model", str(exported), "--chunk", "30", "--sampling-topk", "0", "--sampling-temperature", "1.5",
                 "--seed", "5"]) == 0
    assert (tmp_path / "e" / "train.vi").read_text(encoding="utf-8") == first
    # the seed stays with the seeded runtimes: a runtime loaded afterwards draws at random again
    fresh = Translator.load(exported)
    draws = [fresh.translate(corpus.en[:10], "en", "vi", options=DecodeOptions(beam_size=1, sampling_topk=0))
             for _ in range(2)]
    assert draws[0] != draws[1]


def test_refuses_bad_arguments_and_an_existing_out(tmp_path, translator, corpus):
    with pytest.raises(InputError, match="vi or en"):
        backtranslate(corpus, "fr", translator, tmp_path / "x")
    with pytest.raises(InputError, match="chunk"):
        backtranslate(corpus, "en", translator, tmp_path / "x", chunk=0)
    for topk, temperature in ((-1, 1.0), (5, 0.0)):
        with pytest.raises(InputError, match="top-k must be >= 0"):
            backtranslate(corpus, "en", translator, tmp_path / "x", sampling_topk=topk,
                          sampling_temperature=temperature)
    (tmp_path / "x").mkdir()
    with pytest.raises(InputError, match="--force"):
        backtranslate(corpus, "en", translator, tmp_path / "x")


def test_cli_backtranslate_prepare_and_train_one_way(tmp_path, capsys, exported, data_dir):
    bt = tmp_path / "a_bt"
    rc = main(["data", "backtranslate", f"{data_dir / 'corpus_a'}", "--keep", "en", "--out", str(bt),
               "--model", str(exported)])
    out = capsys.readouterr().out
    assert rc == 0 and "--one-way a_bt=vi-en" in out
    prepared = tmp_path / "prepared"
    assert main(["data", "prepare", "--data-dir", str(data_dir), "--add", str(bt), "--dev-size", "0",
                 "--no-leak-filter", "--out", str(prepared)]) == 0
    run = tmp_path / "run"
    assert main(["train", "--prepared", str(prepared), "--data-dir", str(data_dir), "--out", str(run),
                 "--one-way", "a_bt=vi-en", "--max-steps", "2", "--vocab-size", "120", "--d-model", "32",
                 "--encoder-layers", "1", "--decoder-layers", "1", "--heads", "2", "--ffn-dim", "64",
                 "--bf16", "off", "--device", "cpu"]) == 0
    config = json.loads((run / "model" / "mt_train.json").read_text())["config"]
    assert config["one_way"] == {"a_bt": "vi-en"}


def test_monolingual_text_is_back_translated(tmp_path, capsys, exported, translator):
    text = tmp_path / "news.txt"
    text.write_text("I go home.\n\nWe eat rice.\n", encoding="utf-8")  # the blank line is dropped
    out = tmp_path / "news_vien"
    assert main(["data", "backtranslate", str(text), "--keep", "en", "--out", str(out), "--model",
                 str(exported)]) == 0
    assert "--one-way news_vien=vi-en" in capsys.readouterr().out
    made = load_corpus(out)
    assert made.en == ["I go home.", "We eat rice."]
    assert made.vi == translator.translate(made.en, "en", "vi", beam_size=1)
    assert json.loads((out / "backtranslation.json").read_text())["source_files"] == {
        str(text): hashlib.sha256(text.read_bytes()).hexdigest()}
    (tmp_path / "blank.txt").write_text("\n \n", encoding="utf-8")
    assert main(["data", "backtranslate", str(tmp_path / "blank.txt"), "--keep", "vi", "--out",
                 str(tmp_path / "b"), "--model", str(exported)]) == 2
    assert "holds no text" in capsys.readouterr().err
