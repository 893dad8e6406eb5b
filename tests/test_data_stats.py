"""mt.data.stats: the per-corpus table and the length plot."""
import pytest

from mt.data import Corpus
from mt.data import prepare as P
from mt.data import stats


def _rows():
    a = Corpus("a", ["Xin chào bạn", "Tôi có hai con mèo", ""], ["Hello friend", "I have two cats", "x"])
    b = Corpus("b", ["Cảm ơn"], ["Thank you"])
    prepared = P.build([a, b], dev_size=0)
    return prepared, stats.summarise(prepared.manifest["counts"], prepared.manifest["repaired"], prepared.train)


def test_summary_counts_lengths_and_vocabulary():
    _, rows = _rows()
    assert rows["a"]["read"] == 3 and rows["a"]["kept"] == 2 and rows["a"]["empty"] == 1
    assert rows["a"]["vi_words_max"] == 5 and rows["a"]["en_words_max"] == 4
    assert rows["a"]["vi_vocab"] == 8  # xin chào bạn tôi có hai con mèo
    assert rows["all"]["read"] == 4 and rows["all"]["kept"] == 3


def test_table_has_one_row_per_corpus_and_a_column_per_filter():
    _, rows = _rows()
    lines = stats.table(rows).splitlines()
    assert len(lines) == 2 + 3  # header, rule, a, b, all
    assert lines[0].count("|") == lines[2].count("|") == len(stats.SHORT) + 9
    assert lines[2].startswith("| a | 3 | 2 |")


def test_plot_writes_png(tmp_path):
    pytest.importorskip("matplotlib")
    prepared, _ = _rows()
    out = stats.plot(prepared.train, tmp_path / "plots" / "lengths.png")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
