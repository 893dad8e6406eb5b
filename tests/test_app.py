"""The web app, launched on 127.0.0.1 and driven through gradio_client like a real client."""

import pytest

from conftest import free_port
from app.ui import MAX_CHARS, build_demo, translate_text
from mt.errors import InputError
from mt.translate import Translator


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


@pytest.fixture(scope="module")
def client(translator):
    from gradio_client import Client

    demo = build_demo(translator)
    port = free_port()
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        yield Client(f"http://127.0.0.1:{port}/", verbose=False)
    finally:
        demo.close()


def test_translate_through_the_server(client, translator):
    out = client.predict("Tôi có hai con mèo.", "vi", "en", api_name="/translate")
    assert out == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    back = client.predict("I have two cats.", "en", "vi", api_name="/translate")
    assert back == translator.translate(["I have two cats."], "en", "vi")[0]


@pytest.mark.parametrize("text, src, tgt, message", [
    ("", "vi", "en", "Type or paste some text"),
    ("x" * (MAX_CHARS + 1), "vi", "en", "the limit is"),
    ("xin chào", "vi", "vi", "both 'vi'"),
])
def test_errors_reach_the_user(client, text, src, tgt, message):
    with pytest.raises(Exception, match=message):
        client.predict(text, src, tgt, api_name="/translate")


def test_server_survives_errors(client):
    with pytest.raises(Exception):
        client.predict("", "vi", "en", api_name="/translate")
    assert client.predict("Bạn mua một chiếc xe.", "vi", "en", api_name="/translate")


def test_translate_text_rejects_blank(translator):
    with pytest.raises(InputError):
        translate_text(translator, "   \n ", "vi", "en")


def test_detailed_endpoint_alternatives_and_confidence(client, translator, exported):
    out, note, spans, alternatives = client.predict(  # the chosen target is a gr.State: not returned
        "Tôi có hai con mèo.", "auto", "en", 2, "", str(exported), api_name="/translate_detailed")
    assert out == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    assert "Detected **Vietnamese**" in note
    assert "".join(s["token"] for s in spans) == out  # gradio_client returns HighlightedText as dicts


def test_document_endpoint_returns_a_download(client, tmp_path):
    from gradio_client import handle_file

    src = tmp_path / "a.srt"
    src.write_text("1\n00:00:01,000 --> 00:00:02,000\nTôi có hai con mèo.\n", encoding="utf-8")
    preview, path, status = client.predict(handle_file(str(src)), "", "text", "vi", "en", "", None,
                                           api_name="/translate_document")
    lines = open(path, encoding="utf-8").read().split("\n")
    assert path.endswith("a.en.srt") and lines[:2] == ["1", "00:00:01,000 --> 00:00:02,000"] and lines[2]
    assert "Translated **1**" in status and preview.startswith("1\n")


def test_unsupported_upload_is_refused(client, tmp_path):
    from gradio_client import handle_file

    bad = tmp_path / "slides.pdf"
    bad.write_bytes(b"%PDF-1.4")
    # Gradio refuses it before our handler would (which says "unsupported file type .pdf")
    with pytest.raises(Exception, match=r"Invalid file type.*\.txt"):
        client.predict(handle_file(str(bad)), "", "text", "vi", "en", "", None, api_name="/translate_document")


def test_counter_and_confidence_spans(translator):
    from app.ui import confidence_spans, count
    from mt.detailed import translate_detailed

    assert count("abc") == f"3 / {MAX_CHARS:,} characters"
    assert "over the limit by 1" in count("x" * (MAX_CHARS + 1))
    r = translate_detailed(translator, "Tôi có hai con mèo.", "vi", "en")[0]
    spans = confidence_spans(r)
    assert "".join(t for t, _ in spans) == r.text
    assert {label for _, label in spans} <= {None, "check", "glossary"}
    # an address passed through is put there as written, neither the glossary's nor a word to check
    r = translate_detailed(translator, "Tôi có hai con mèo, an@example.com.", "vi", "en")[0]
    assert ("an@example.com", None) in confidence_spans(r)  # the tiny model drops it: put back by position
