import pytest

from mt.text import normalize, split_sentences


@pytest.mark.parametrize("raw, expected", [
    ("  Xin   chào  ", "Xin chào"),
    ("Ho\u0300a", "Hòa"),  # decomposed -> NFC
    ("a\u00a0b\tc", "a b c"),
    ("bell\x07 and\u200b zero-width", "bell and zero-width"),
    ("line one \n  line two ", "line one\nline two"),
    ("", ""),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tôi yêu Hà Nội. Đây là thủ đô!", ["Tôi yêu Hà Nội.", "Đây là thủ đô!"]),
    ('Anh ấy nói "Chào." Rồi đi.', ['Anh ấy nói "Chào."', "Rồi đi."]),
    ("Có 3 người v.v. ở đây.", ["Có 3 người v.v. ở đây."]),  # lower-case after the dot: no split
    ("Giá là 3.5 triệu. 2 người mua.", ["Giá là 3.5 triệu.", "2 người mua."]),
    ("No end punctuation", ["No end punctuation"]),
    ("   ", []),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_keeps_every_word():
    text = "One. Two? Three! Four… Five."
    assert " ".join(split_sentences(text)) == text
