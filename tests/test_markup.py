import unicodedata

import pytest

from mt.markup import Builder, plain, render, translate_marked
from mt.translate import Translator


def test_builder_normalises_and_keeps_span_offsets():
    b = Builder()
    nfd = unicodedata.normalize("NFD", "Mở")
    b.text(f"  {nfd}   ").open("<b>", "</b>").text("tập\u00a0 tin").close().text(" và ").verbatim("`x  y`")
    b.text("\u200b.\n  Dòng hai  ")
    m = b.build()
    assert m.text == "Mở tập tin và `x y`.\nDòng hai"
    (span,) = m.spans
    assert m.text[span.start : span.end] == "tập tin"
    assert [(m.text[a:c], r) for a, c, r in m.keep] == [("`x y`", "`x  y`")]  # written back exactly
    assert m.lead == "  " and m.trail == "  "


def test_unclosed_spans_are_closed():
    m = Builder().open("**", "**").text("đậm").build()
    assert [(s.start, s.end) for s in m.spans] == [(0, 3)]


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


def _balanced(tokens) -> bool:
    depth = []
    for kind, value in tokens:
        if kind == "open":
            depth.append(id(value))
        elif kind == "close":
            if not depth or depth.pop() != id(value):
                return False
    return not depth


def test_spans_and_verbatim_survive_translation(translator):
    b = Builder().text("Tôi có ").open("<b>", "</b>").text("hai con mèo").close().text(". Họ thích ")
    b.verbatim("`code`").text(" ba quyển sách.\nBạn mua ").open("<i>", "</i>").text("một chiếc xe.").close()
    units = [b.build(), Builder().text("Chúng tôi thấy bốn bông hoa.").build()]
    calls = []
    out = translate_marked(translator, units, "vi", "en", progress=lambda d, t: calls.append((d, t)),
                           batch_sentences=2)
    first = out[0]
    assert _balanced(first)
    assert [v.open for k, v in first if k == "open"] == ["<b>", "<i>"]
    text = render(first)
    assert text.count("`code`") == 1 and text.count("\n") == 1
    assert plain(out[1]) == translator.translate(["Chúng tôi thấy bốn bông hoa."], "vi", "en")[0]
    assert calls[0] == (0, 4) and calls[-1] == (4, 4) and len(calls) == 3  # batches of two sentences


def test_a_span_over_the_whole_sentence_wraps_all_of_it(translator):
    out = translate_marked(translator, [Builder().open("**", "**").text("Tôi có hai con mèo.").build()], "vi", "en")
    text = render(out[0])
    assert text.startswith("**") and text.endswith("**") and text.count("**") == 2


def test_bundled_carries_bold_onto_the_translated_words(bundled):
    t = Translator.load(bundled)
    b = Builder().text("Nhấn ").open("<b>", "</b>").text("Lưu").close().text(" để giữ các thay đổi của bạn.")
    text = render(translate_marked(t, [b.build()], "vi", "en")[0])
    assert "<b>Save</b>" in text, text
