"""eval.report: Markdown tables and PNG plots from result rows; published scores kept apart."""
import pytest

from eval import metrics, report, suite, systems
from mt.translate import DecodeOptions

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def rows(data_dir, exported):
    loaded = [systems.load(systems.parse(s), model_dir=str(exported), data_dir=data_dir, log=lambda m: None)
              for s in ("copy", "lexical", "model")]
    tasks = suite.make_tasks(["flores200-dev"], suite.DIRECTIONS, data_dir=data_dir)
    return suite.run(loaded, tasks, baseline="copy", options=DecodeOptions(beam_size=1), n_bootstrap=50)


PUBLISHED = [{"system": "Big MT", "testset": "flores200-dev", "src": "vi", "tgt": "en", "bleu": 42.0, "chrf": None,
              "source": "somewhere"},
             {"system": "Other", "testset": "wmt99", "src": "vi", "tgt": "en", "bleu": 1.0, "chrf": None,
              "source": "elsewhere"}]


def test_report_files(rows, tmp_path):
    path = report.render(rows, tmp_path, results_path="r.jsonl", pub=PUBLISHED)
    assert path == tmp_path / "report.md"
    for name in ("scores.png", "quality_speed.png"):
        assert (tmp_path / name).read_bytes()[:8] == PNG and (tmp_path / name).stat().st_size > 5000
    text = path.read_text()
    assert "![scores.png](scores.png)" in text and "![quality_speed.png](quality_speed.png)" in text


def test_measured_and_published_are_apart(rows, tmp_path):
    text = report.render(rows, tmp_path, pub=PUBLISHED).read_text()
    measured, rest = text.split("## Published scores (not measured here)")
    published = rest.split("## By source length")[0]
    assert "Big MT" not in measured and "| flores200-dev | vi→en | Big MT (published) | 42.0 |" in published
    assert "Other" not in text  # a test set this run did not measure
    lexical = next(r for r in rows if r["system"] == "lexical" and r["src"] == "vi")
    ci = lexical["ci"]["bleu"]["ci"]
    p = lexical["p_value"]["bleu"]
    assert f"| flores200-dev | vi→en | lexical | {lexical['bleu']:.2f} ± {ci:.2f} |" in measured
    assert f"| {p:.3f} | 20 |" in measured and "| copy (baseline) |" in measured


def test_pooling_two_test_sets_equals_scoring_their_segments_together():
    sources = ["một hai ba", "bốn năm sáu bảy", "tám", "chín mười", "mười một mười hai"]
    refs = ["one two three", "four five six seven", "eight", "nine ten", "eleven twelve"]
    hyps = ["one two three", "four six seven", "eight", "nine", "eleven twelve"]
    rows = []
    for name, idx in (("a", [0, 1, 2]), ("b", [3, 4])):
        task = suite.Task(name, "vi", "en", [sources[i] for i in idx], [refs[i] for i in idx],
                          ["news", "talks", "news"][: len(idx)], "x")
        rows.append({"system": "s", "src": "vi", "tgt": "en",
                     "breakdown": suite.breakdown(task, [hyps[i] for i in idx])})
    pooled = report.pooled(rows, "domain")[("s", "vi", "en")]
    news = [0, 2, 3]  # a: 0 and 2, b: 3
    assert pooled["news"] == (3, metrics.score([hyps[i] for i in news], [refs[i] for i in news])["bleu"])
    assert pooled["talks"][0] == 2


def test_speed_summary_skips_unmeasured(rows):
    summary = report.speed_summary(rows)
    assert "copy" not in summary and set(summary) == {"lexical", "model (ct2 float32)"}
    seg, words, bleu, sets = summary["lexical"]
    assert seg > 0 and len(sets) == 2
    assert bleu == pytest.approx(sum(r["bleu"] for r in rows if r["system"] == "lexical") / 2)


def test_published_file_is_well_formed():
    rows = report.published()
    assert rows and all({"system", "testset", "src", "tgt", "bleu", "source"} <= set(r) for r in rows)
    opus = {(r["src"], r["bleu"]) for r in rows if r["system"].startswith("OPUS-MT") and
            r["testset"] == "flores200-devtest"}
    assert opus == {("vi", 25.3), ("en", 33.0)}


def test_rows_read_as_typed_are_labelled(rows, tmp_path):
    import copy

    typed = copy.deepcopy([r for r in rows if r["system"] not in ("copy", "lexical")])  # the model's rows
    for r in typed:
        r["decoding"]["restore_input"] = False
    text = report.render(rows + typed, tmp_path, pub=[]).read_text()
    assert text.count("(no restore)") == len(typed) == 2


def test_rows_without_the_untranslated_retry_are_labelled(rows, tmp_path):
    import copy

    kept = copy.deepcopy([r for r in rows if r["system"] not in ("copy", "lexical")])
    for r in kept:
        r["decoding"]["retry_untranslated"] = False
    text = report.render(rows + kept, tmp_path, pub=[]).read_text()
    assert text.count("(no retry)") == len(kept) == 2
