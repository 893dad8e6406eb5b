"""mt.data readers and corpora: file formats, registry, and errors that name the file and line."""
import json

import pytest

from mt import data
from mt.data import corpora
from mt.errors import DataError, InputError


def test_read_lines_reports_bad_utf8_line(tmp_path):
    p = tmp_path / "bad.vi"
    p.write_bytes("một\nhai\n".encode() + b"\xff\xfe\n")
    with pytest.raises(DataError, match=r"bad.vi:3: not valid UTF-8"):
        data.read_lines(p)


def test_read_lines_keeps_unicode_line_separators_and_strips_bom_and_cr(tmp_path):
    p = tmp_path / "x.en"
    p.write_bytes("\ufeffa\u2028b\r\nc\n".encode())
    assert data.read_lines(p) == ["a\u2028b", "c"]


def test_read_pair_rejects_mismatched_counts(tmp_path):
    (tmp_path / "a").write_text("1\n2\n")
    (tmp_path / "b").write_text("1\n")
    with pytest.raises(DataError, match=r"has 2 lines but .* has 1.*a:2 is the first line without a partner"):
        data.read_pair(tmp_path / "a", tmp_path / "b")


def test_read_lines_missing_file(tmp_path):
    with pytest.raises(DataError, match="no such file"):
        data.read_lines(tmp_path / "nope")


def test_read_tsv_header_sets_column_order(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("en\tvi\nHello\tXin chào\n")
    assert data.read_tsv(p) == (["Xin chào"], ["Hello"])


@pytest.mark.parametrize("text, message", [
    ("Xin chào\tHello\nmột cột\n", r"x.tsv:2: expected 2 tab-separated columns .* found 1"),
    ("a\tb\tc\n", r"x.tsv:1: expected 2 .* found 3"),
])
def test_read_tsv_malformed_line(tmp_path, text, message):
    p = tmp_path / "x.tsv"
    p.write_text(text)
    with pytest.raises(DataError, match=message):
        data.read_tsv(p)


@pytest.mark.parametrize("line, message", [
    ('{"vi": "a", "en": ', r"x.jsonl:2: not valid JSON"),
    ('{"vi": "a"}', r'x.jsonl:2: expected an object with string fields "vi" and "en"'),
    ('["a", "b"]', r"x.jsonl:2: expected an object"),
])
def test_read_jsonl_malformed_line(tmp_path, line, message):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"vi": "Xin chào", "en": "Hello"}) + "\n" + line + "\n")
    with pytest.raises(DataError, match=message):
        data.read_jsonl(p)


def test_find_corpora_skips_test_sets(data_dir):
    names = [p.name for p in data.find_corpora(data_dir)]
    assert names == ["corpus_a", "corpus_b"]


def test_find_corpora_missing_dir(tmp_path):
    with pytest.raises(DataError, match="does not exist"):
        data.find_corpora(tmp_path / "none")


def test_load_source_reads_every_layout(tmp_path):
    (tmp_path / "p.vi").write_text("Xin chào\n")
    (tmp_path / "p.en").write_text("Hello\n")
    (tmp_path / "t.tsv").write_text("Cảm ơn\tThank you\n")
    (tmp_path / "j.jsonl").write_text(json.dumps({"vi": "Tạm biệt", "en": "Goodbye", "id": 7}) + "\n")
    got = {name: data.load_source(tmp_path / name) for name in ("p", "t.tsv", "j.jsonl")}
    assert [(c.name, c.vi, c.en) for c in got.values()] == [
        ("p", ["Xin chào"], ["Hello"]), ("t", ["Cảm ơn"], ["Thank you"]), ("j", ["Tạm biệt"], ["Goodbye"])]
    assert got["t.tsv"].origin(0) == f"{tmp_path / 't.tsv'}:1"
    assert all(len(h) == 64 for c in got.values() for h in c.files.values())


def test_load_source_unknown_layout(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        data.load_source(tmp_path / "nothing")


def test_registry_describes_shared_corpora(tmp_path):
    (tmp_path / "evbnews").mkdir()
    for lang in ("vi", "en"):
        (tmp_path / "evbnews" / f"train.{lang}").write_text("x\n")
    c = data.load_corpus(tmp_path / "evbnews")
    assert c.domain == data.REGISTRY["evbnews"].domain and "research" in c.licence


def test_gather_adds_selects_and_refuses_clashing_names(data_dir, tmp_path):
    (tmp_path / "extra.tsv").write_text("Cảm ơn\tThank you\n")
    got = corpora.gather(data_dir, [f"mine={tmp_path / 'extra.tsv'}"], ["mine", "corpus_b"])
    assert [c.name for c in got] == ["corpus_b", "mine"]
    with pytest.raises(InputError, match="two corpora are named corpus_a"):
        corpora.gather(data_dir, [f"corpus_a={tmp_path / 'extra.tsv'}"])
    with pytest.raises(InputError, match="no corpus named nope"):
        corpora.gather(data_dir, [], ["nope"])
