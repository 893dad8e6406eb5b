"""mt.data.leakage: training lines that are test-set lines are found, exactly and after normalisation."""
import shutil

import pytest

from mt.data import Corpus
from mt.data.leakage import LeakIndex, find_leaks


@pytest.fixture
def index(data_dir):
    return LeakIndex.build(data_dir)


def test_index_reads_data_dir_then_shipped_copies(index, data_dir):
    assert index.testsets["flores200-dev"] == str(data_dir / "flores200")
    assert index.testsets["tatoeba-test"].endswith("eval/data/tatoeba_test")  # not in data_dir: the shipped copy
    assert set(index.missing) == {"iwslt15-tst2012", "iwslt15-tst2013"}


def test_exact_and_normalised_leaks_each_side(index, data_dir):
    dev_vi = (data_dir / "flores200" / "dev.vi").read_text().splitlines()
    corpus = Corpus("c", [dev_vi[0], "Một câu khác.", "Câu thứ ba."],
                    # line 1 of the shipped Tatoeba test set, "Abandon hope, all ye who enter here.", re-cased
                    ["unrelated", "  ABANDON hope all ye who enter here ", "Third sentence."])
    leaks = find_leaks([corpus], index)
    assert [(x.origin, x.side, x.testset, x.kind) for x in leaks] == [
        ("c:1", "vi", "flores200-dev", "exact"), ("c:2", "en", "tatoeba-test", "normalised")]


def test_tone_style_and_entities_do_not_hide_a_leak(tmp_path):
    index = LeakIndex()
    index.add("t", ["Hòa bình là điều quý giá."], ["Peace is precious."])
    corpus = Corpus("c", ["Hoà bình là điều quý giá."], ["Peace is precious&#46;"])
    assert {(x.side, x.kind) for x in find_leaks([corpus], index)} == {("vi", "normalised"), ("en", "normalised")}


def test_clean_corpus_has_no_leak(index, data_dir):
    corpus = Corpus("c", (data_dir / "corpus_a" / "train.vi").read_text().splitlines(),
                    (data_dir / "corpus_a" / "train.en").read_text().splitlines())
    assert find_leaks([corpus], index) == []


def test_missing_test_set_is_reported(tmp_path, data_dir):
    root = tmp_path / "d"
    shutil.copytree(data_dir, root)
    shutil.rmtree(root / "flores200")
    index = LeakIndex.build(root)
    # FLORES is shipped with the project, so it is still checked; IWSLT is not
    assert "flores200-dev" in index.testsets and "iwslt15-tst2013" in index.missing
