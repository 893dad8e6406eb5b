"""The web app, launched on 127.0.0.1 and driven through gradio_client like a real client."""
import socket

import pytest

from app.ui import MAX_CHARS, build_demo, translate_text
from mt.errors import InputError
from mt.translate import Translator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
