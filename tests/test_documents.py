"""Documents keep their layout whatever the model says: checked with the tiny test model (its words are
nonsense, its structure must not be)."""
import io
import re

import pytest

from mt.documents import MAX_CHARS, check_name, translate_document
from mt.documents.lines import rewrap
from mt.errors import InputError
from mt.translate import Translator

MARKDOWN = """---
title: Ghi chú
---
# Tôi có hai con mèo

Họ thích **ba quyển sách**. Xem [trang này](https://example.com/a_b) và `mt translate`.

- Bạn mua một chiếc xe.
- Chúng tôi thấy bốn bông hoa
  và năm con chó.
  1. Tôi thích sáu cái bàn.

> Họ có hai tập tin.

```
Tôi có hai con mèo.
```

| Cột | Giá trị |
|---|---|
| Tôi có một con mèo. | Họ mua ba chiếc xe. |
"""

SRT = """1
00:00:01,000 --> 00:00:03,500
Tôi có hai con mèo.
Họ thích ba quyển sách.

2
00:00:04,000 --> 00:00:06,000
<i>Bạn mua một chiếc xe.</i>

10
00:01:00,000 --> 00:01:02,000
{\\an8}Chúng tôi thấy bốn bông hoa.
"""


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


def _shape(line: str) -> str:
    """What must survive translation on a line: its markers and indentation, not its words."""
    m = re.match(r"^(\s*(?:(?:[-*]|\d+\.)\s+|>\s?|#+\s+|\|\s*)?)", line)
    return m.group(1)


def test_markdown_layout_is_kept(translator):
    calls = []
    doc = translate_document(MARKDOWN.encode(), "notes.md", translator, "vi", "en",
                             progress=lambda d, t: calls.append((d, t)))
    src, out = MARKDOWN.split("\n"), doc.text.split("\n")
    assert doc.name == "notes.en.md" and len(out) == len(src)
    assert [_shape(x) for x in out] == [_shape(x) for x in src]
    for verbatim in ("---", "title: Ghi chú", "```", "Tôi có hai con mèo.", "|---|---|"):
        assert src.count(verbatim) == out.count(verbatim)  # front matter, code block, table rule untouched
    assert "](https://example.com/a_b)" in doc.text and "`mt translate`" in doc.text
    assert doc.text.count("**") == 2 and doc.text.count("[") == 1
    assert calls[-1][0] == calls[-1][1] and [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_subtitles_keep_numbers_timings_and_line_counts(translator):
    doc = translate_document(SRT.encode("utf-8-sig").replace(b"\n", b"\r\n"), "film.srt", translator, "vi", "en")
    assert doc.data.startswith(b"\xef\xbb\xbf") and b"\r\n" in doc.data  # BOM and Windows line ends kept
    out = doc.text.split("\n")
    src = SRT.split("\n")
    assert len(out) == len(src)
    for a, b in zip(src, out):
        if re.match(r"^\d+$", a) or "-->" in a or not a.strip():
            assert a == b
    assert out[src.index("<i>Bạn mua một chiếc xe.</i>")].startswith("<i>")
    assert out[src.index("{\\an8}Chúng tôi thấy bốn bông hoa.")].startswith("{\\an8}")


def test_plain_text_rewraps_a_wrapped_paragraph(translator):
    text = "Tôi có hai con mèo và\nhọ thích ba quyển sách.\n\n1. Bạn mua một chiếc xe.\n2. Chúng tôi thấy bốn bông hoa.\n"
    doc = translate_document(text.encode(), "a.txt", translator, "vi", "en")
    out = doc.text.split("\n")
    assert len(out) == len(text.split("\n")) and out[2] == "" and out[3].startswith("1. ")
    assert out[4].startswith("2. ") and doc.text.endswith("\n")


def test_html_keeps_tags_attributes_and_code(translator):
    html = ('<div class="c">\n  <p>Tôi có <b>hai con mèo</b>.</p>\n  <p>Xem <a href="/x?a=1&amp;b=2">trang</a>'
            ' &amp; <code>x &lt; y</code>.</p>\n<script>var s = "<b>";</script>\n</div>')
    doc = translate_document(html, "page.html", translator, "vi", "en", fmt="html")
    out = doc.text
    for kept in ('<div class="c">\n  <p>', '<a href="/x?a=1&amp;b=2">', "<code>x &lt; y</code>",
                 '<script>var s = "<b>";</script>\n</div>'):
        assert kept in out
    assert out.count("<b>") == 2 and out.count("</b>") == 1  # one in the script, untouched


def test_docx_paragraphs_and_bold_run(translator):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Tôi có hai con mèo.", level=1)
    p = d.add_paragraph("Họ thích ")
    p.add_run("ba quyển sách").bold = True
    p.add_run(".")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Bạn mua một chiếc xe."
    table.cell(0, 1).text = "Chúng tôi thấy bốn bông hoa."
    buf = io.BytesIO()
    d.save(buf)
    doc = translate_document(buf.getvalue(), "report.docx", translator, "vi", "en")
    out = docx.Document(io.BytesIO(doc.data))
    assert doc.name == "report.en.docx" and doc.units == 4
    assert out.paragraphs[0].style.name == "Heading 1"
    assert any(r.bold for r in out.paragraphs[1].runs)
    assert out.paragraphs[0].text != "Tôi có hai con mèo." and out.tables[0].cell(0, 1).text.strip()


@pytest.mark.parametrize("data, name, message", [
    (b"x", "slides.pptx", "unsupported file type .pptx"),
    ("Tôi ".encode() + b"\xff\xfe", "a.txt", "not valid UTF-8"),
    (b"   \n\n", "a.txt", "no text to translate"),
    (b"not a zip", "a.docx", "not a readable .docx"),
    (("Tôi có hai con mèo. " * (MAX_CHARS // 20 + 10)).encode(), "big.txt", "the limit is"),
])
def test_bad_documents_get_clear_errors(translator, data, name, message):
    with pytest.raises(InputError, match=message):
        translate_document(data, name, translator, "vi", "en")


def test_check_name_and_auto_source(translator):
    assert check_name("A.MD") == "markdown" and check_name("x.srt") == "subtitles"
    doc = translate_document("Tôi có hai con mèo.\n", "a.txt", translator, "auto", "en")
    assert doc.src == "vi"


def test_rewrap_follows_line_lengths_and_sentence_ends():
    assert rewrap("one two three four", [9, 9]) == ["one two", "three four"]
    assert rewrap("Hi there. How are you today?", [20, 5], [True, True]) == ["Hi there.", "How are you today?"]
    assert rewrap("short", [3, 3, 3]) == ["short", "", ""]


def test_docx_bold_follows_its_words_with_the_bundled_model(bundled):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    p = d.add_paragraph("Họ thích ")
    p.add_run("ba quyển sách").bold = True
    p.add_run(" mỗi ngày.")
    buf = io.BytesIO()
    d.save(buf)
    doc = translate_document(buf.getvalue(), "a.docx", Translator.load(bundled), "vi", "en")
    runs = docx.Document(io.BytesIO(doc.data)).paragraphs[0].runs
    bold = "".join(r.text for r in runs if r.bold)
    assert "books" in bold and "They" not in bold, [(r.text, r.bold) for r in runs]


def test_only_lines_that_go_on_in_lower_case_are_joined():
    from mt.documents.text_formats import LineDocument

    doc = LineDocument("Giới thiệu\nTôi có hai con mèo và\nhọ thích ba quyển sách\nBạn mua một chiếc xe", markdown=False)
    assert [u.text for u in doc.units] == ["Giới thiệu", "Tôi có hai con mèo và họ thích ba quyển sách",
                                           "Bạn mua một chiếc xe"]
