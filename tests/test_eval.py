import json
import subprocess
import sys

import pytest

from eval import metrics, systems, testsets
from eval.suite import make_tasks
from mt.errors import DataError, InputError


def test_bleu_matches_hand_computation():
    # hyp vs ref share 5/6 unigrams, 3/5 bigrams, 2/4 trigrams, 1/3 4-grams; equal lengths so BP = 1:
    # BLEU = (5/6 * 3/5 * 2/4 * 1/3) ** (1/4) = 0.5373
    r = metrics.score(["the cat sat on the mat"], ["the cat sat on a mat"], "en")
    assert r["bleu"] == pytest.approx(53.73, abs=0.01)
    assert r["signature"]["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")


@pytest.mark.parametrize("hyps, refs, bleu, chrf", [
    (["Tôi yêu Hà Nội."], ["Tôi yêu Hà Nội."], 100.0, 100.0),
    (["xyz"], ["abc def"], 0.0, 0.0),
])
def test_extremes(hyps, refs, bleu, chrf):
    r = metrics.score(hyps, refs, "vi")
    assert (r["bleu"], r["chrf"], r["n"]) == (bleu, chrf, 1)


def test_scores_equal_the_sacrebleu_command_line(tmp_path):
    hyps = ["the cat sat on the mat", "a dog barked at night", "hello world"]
    refs = ["the cat sat on a mat", "the dog barked in the night", "hello , world"]
    (tmp_path / "h").write_text("\n".join(hyps) + "\n")
    (tmp_path / "r").write_text("\n".join(refs) + "\n")
    cli = subprocess.run([sys.executable, "-m", "sacrebleu", str(tmp_path / "r"), "-i", str(tmp_path / "h"),
                          "-m", "bleu", "chrf", "-b", "-w", "4"], capture_output=True, text=True, check=True)
    bleu, chrf = json.loads(cli.stdout)  # `-b` prints the bare scores as a JSON list
    r = metrics.score(hyps, refs, "en")
    assert (r["bleu"], r["chrf"]) == (round(bleu, 2), round(chrf, 2))


def test_mismatched_and_empty():
    with pytest.raises(InputError, match="2 hypotheses but 1 references"):
        metrics.score(["a", "b"], ["a"], "en")
    with pytest.raises(InputError, match="no segments"):
        metrics.score([], [], "en")


def test_copy_baseline_scores_the_source():
    from mt.translate import DecodeOptions

    hyps, _ = systems.parse("copy").translate(["Tôi yêu Hà Nội lắm."], "vi", "en", DecodeOptions())
    assert hyps == ["Tôi yêu Hà Nội lắm."]
    assert metrics.score(hyps, ["Tôi yêu Hà Nội lắm."], "en")["bleu"] == 100.0


@pytest.mark.parametrize("name, n", [("flores200-devtest", 1012), ("flores200-dev", 997), ("tatoeba-test", 2500)])
def test_shipped_testsets_load_without_shared_data(tmp_path, name, n):
    src, ref = testsets.load(name, "vi", "en", data_dir=tmp_path)  # empty data dir: falls back to eval/data
    assert len(src) == len(ref) == n and all(src) and all(ref)


def test_iwslt_needs_the_data_dir(tmp_path):
    with pytest.raises(DataError, match="not found"):
        testsets.load("iwslt15-tst2013", "vi", "en", data_dir=tmp_path)


def test_unknown_testset():
    with pytest.raises(InputError, match="unknown test set 'wmt'"):
        testsets.load("wmt", "vi", "en")


def test_tasks_from_files(tmp_path):
    (tmp_path / "s").write_text("Xin chào\nCảm ơn\n")
    (tmp_path / "r").write_text("Hello\n")
    with pytest.raises(DataError, match="has 2 lines but"):
        make_tasks([], [("vi", "en")], str(tmp_path / "s"), str(tmp_path / "r"))
    (tmp_path / "e").write_text("")
    with pytest.raises(InputError, match="is empty"):
        make_tasks([], [("vi", "en")], str(tmp_path / "e"), str(tmp_path / "e"))
    with pytest.raises(InputError, match="give both --src-file and --ref-file"):
        make_tasks(["flores200-dev"], [("vi", "en")], str(tmp_path / "s"), None)


@pytest.mark.parametrize("flags, key", [(["-m", "chrf", "--chrf-word-order", "2"], "chrfpp"), (["-m", "ter"], "ter")])
def test_chrfpp_and_ter_equal_the_sacrebleu_command_line(tmp_path, flags, key):
    hyps = ["the cat sat on the mat", "a dog barked at night", "hello world"]
    refs = ["the cat sat on a mat", "the dog barked in the night", "hello , world"]
    (tmp_path / "h").write_text("\n".join(hyps) + "\n")
    (tmp_path / "r").write_text("\n".join(refs) + "\n")
    cli = subprocess.run([sys.executable, "-m", "sacrebleu", str(tmp_path / "r"), "-i", str(tmp_path / "h"), *flags,
                          "-b", "-w", "4"], capture_output=True, text=True, check=True)
    r = metrics.score(hyps, refs, "en")
    assert r[key] == round(float(cli.stdout), 2) and "nw:2" in r["signature"]["chrfpp"]


def test_paired_bootstrap_separates_a_better_system_from_an_equal_one():
    refs = [f"sentence number {i} is about {w} things" for i, w in enumerate("red green blue odd new old" * 10)]
    worse = [" ".join(r.split()[:4]) + " stuff" if i % 3 else r for i, r in enumerate(refs)]
    same = list(worse)
    better = [r.replace("things", "stuff") if i % 10 == 0 else r for i, r in enumerate(refs)]
    out = metrics.compare([("base", worse), ("same", same), ("better", better)], refs, n_samples=200)
    assert out["base"]["bleu"]["p_value"] is None and out["base"]["bleu"]["ci"] > 0
    assert out["same"]["bleu"]["p_value"] > 0.5 and out["same"]["bleu"]["score"] == out["base"]["bleu"]["score"]
    assert out["better"]["bleu"]["p_value"] < 0.05 and out["better"]["bleu"]["score"] > out["base"]["bleu"]["score"]
    assert out["better"]["ter"]["score"] < out["base"]["ter"]["score"]  # TER: lower is better
    assert "bs:200" in out["_signature"]["bleu"]


def test_summed_statistics_give_the_subset_score():
    hyps = ["the cat sat on the mat", "a dog barked at night", "hello world", "good morning to you"]
    refs = ["the cat sat on a mat", "the dog barked in the night", "hello , world", "good morning"]
    st = metrics.stats(hyps, refs)
    for name in ("bleu", "chrfpp"):
        summed = [sum(col) for col in zip(*st[name][1:3])]
        assert metrics.from_stats(name, summed) == metrics.score(hyps[1:3], refs[1:3])[name]


def test_flores_segments_carry_their_domain(tmp_path):
    domains = testsets.domains("flores200-devtest", 1012, data_dir=tmp_path)
    assert {"wikinews", "wikivoyage", "wikibooks"} == set(domains)
    assert set(testsets.domains("tatoeba-test", 3, data_dir=tmp_path)) == {"everyday"}
    src, ref = testsets.locate("flores200-devtest", "en", "vi", data_dir=tmp_path)
    assert (src.name, ref.name) == ("devtest.en", "devtest.vi")


def test_hypotheses_are_scored_in_the_references_normal_form():
    """A model writing the new tone-mark style ("hoà") is not penalised against old-style references ("hòa")."""
    from mt.translate import DecodeOptions

    class NewStyle:
        def translate(self, sources, src, tgt, beam_size=4, options=None):
            return ["Hoà bình và hạnh phúc cho mọi người."]

    system = systems.System("m", "ct2", translator=NewStyle())
    hyps, _ = system.translate(["x"], "en", "vi", DecodeOptions())
    assert hyps == ["Hòa bình và hạnh phúc cho mọi người."]
