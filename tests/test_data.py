import pytest

from mt import data
from mt.errors import DataError


def test_read_lines_reports_bad_utf8_line(tmp_path):
    p = tmp_path / "bad.vi"
    p.write_bytes("một\nhai\n".encode() + b"\xff\xfe\n")
    with pytest.raises(DataError, match=r"bad.vi:3: not valid UTF-8"):
        data.read_lines(p)


def test_read_pair_rejects_mismatched_counts(tmp_path):
    (tmp_path / "a").write_text("1\n2\n")
    (tmp_path / "b").write_text("1\n")
    with pytest.raises(DataError, match="has 2 lines but .* has 1"):
        data.read_pair(tmp_path / "a", tmp_path / "b")


def test_read_lines_missing_file(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        data.read_lines(tmp_path / "nope")


def test_clean_pairs_counts_each_reason():
    vi = ["Xin chào", "", "x" * 2000, "ngắn", "OK", "Xin chào", "Một câu dài hơn nhiều so với bản dịch của nó"]
    en = ["Hello", "Empty", "long", "a much much much longer sentence than it", "ok", "Hello", "One"]
    kept_vi, kept_en, counts = data.clean_pairs(vi, en)
    assert kept_vi == ["Xin chào"] and kept_en == ["Hello"]
    assert counts == {"kept": 1, "empty": 1, "too_long": 1, "length_ratio": 2, "same_both_sides": 1,
                      "duplicate": 1}
    assert sum(counts.values()) == len(vi)


def test_find_corpora_skips_test_sets(data_dir):
    names = [p.name for p in data.find_corpora(data_dir)]
    assert names == ["corpus_a", "corpus_b"]


def test_find_corpora_missing_dir(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        data.find_corpora(tmp_path / "none")
