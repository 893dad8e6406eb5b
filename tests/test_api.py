"""The LibreTranslate-compatible API, served live on 127.0.0.1 beside the Gradio UI, spoken to by raw HTTP and by
an unmodified LibreTranslate client library (libretranslatepy)."""
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import free_port
from mt.service import MAX_CHARS
from mt.translate import Translator


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


@pytest.fixture(scope="module")
def server(translator):
    from app.server import create_app, start

    s = start(create_app(translator), "127.0.0.1", free_port())
    yield s
    s.stop()


def call(server, path, body=None, kind="json", method=None):
    """(status, parsed JSON) of a request with a JSON or form-encoded body."""
    data, headers = None, {}
    if body is not None and kind == "json":
        data, headers = json.dumps(body).encode(), {"Content-Type": "application/json"}
    elif body is not None:
        data = urllib.parse.urlencode(body, doseq=True).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
    req = urllib.request.Request(server.url + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_translate_json_and_form_bodies(server, translator):
    want = translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    for kind in ("json", "form"):
        status, out = call(server, "translate", {"q": "Tôi có hai con mèo.", "source": "vi", "target": "en"}, kind)
        assert status == 200 and out == {"translatedText": want}


def test_translate_list_auto_and_alternatives(server, translator):
    q = ["Tôi có hai con mèo.", "Họ thích ba quyển sách."]
    status, out = call(server, "translate", {"q": q, "source": "auto", "target": "en", "alternatives": 2})
    assert status == 200
    assert out["translatedText"] == translator.translate(q, "vi", "en")
    assert [d["language"] for d in out["detectedLanguage"]] == ["vi", "vi"]
    assert all(0 < d["confidence"] <= 100 for d in out["detectedLanguage"])
    assert len(out["alternatives"]) == 2 and all(len(a) <= 2 for a in out["alternatives"])
    # a repeated form field is a list too
    status, out = call(server, "translate", {"q": q, "source": "vi", "target": "en"}, "form")
    assert status == 200 and out["translatedText"] == translator.translate(q, "vi", "en")


def test_read_as_reports_text_typed_without_marks(server, translator):
    q = ["Hom nay troi dep, chung ta di dao nhe.", "Tôi có hai con mèo."]
    written = "Hôm nay trời đẹp, chúng ta đi dạo nhé."
    for alternatives in (0, 1):  # the fast path and mt.detailed's
        status, out = call(server, "translate", {"q": q, "source": "vi", "target": "en", "alternatives": alternatives})
        assert status == 200 and out["readAs"] == [written, None]
        assert out["translatedText"][0] == translator.translate([written], "vi", "en")[0]
    status, out = call(server, "translate", {"q": "i live in london", "source": "en", "target": "vi"})
    assert out["readAs"] == "I live in London"
    status, out = call(server, "translate", {"q": "mình ko biết", "source": "vi", "target": "en"})
    assert out["readAs"] == "mình không biết"  # chat shorthand (mt/shorthand.py)
    status, out = call(server, "translate", {"q": q[1], "source": "vi", "target": "en"})
    assert "readAs" not in out  # read as typed: the answer stays LibreTranslate's


def test_translate_html_keeps_markup(server):
    status, out = call(server, "translate", {"q": '<p>Tôi có <a href="/x">hai con mèo</a>.</p>', "source": "vi",
                                             "target": "en", "format": "html"})
    text = out["translatedText"]
    assert status == 200 and text.startswith("<p>") and text.endswith("</p>") and '<a href="/x">' in text


def test_detect_and_languages(server):
    status, out = call(server, "detect", {"q": "Họ thích ba quyển sách."}, "form")
    assert status == 200 and out[0]["language"] == "vi" and out[0]["confidence"] > out[1]["confidence"]
    status, langs = call(server, "languages", method="GET")
    assert status == 200 and {(x["code"], tuple(x["targets"])) for x in langs} == {("vi", ("en",)), ("en", ("vi",))}


@pytest.mark.parametrize("path, body, message", [
    ("translate", {"source": "vi", "target": "en"}, "missing q"),
    ("translate", {"q": "x", "target": "en"}, "missing source"),
    ("translate", {"q": "x", "source": "vi"}, "missing target"),
    ("translate", {"q": "x", "source": "fr", "target": "en"}, "fr is not supported as source language"),
    ("translate", {"q": "x", "source": "vi", "target": "de"}, "de is not supported as target language"),
    ("translate", {"q": "x", "source": "vi", "target": "vi"}, "both 'vi'"),
    ("translate", {"q": "x" * (MAX_CHARS + 1), "source": "vi", "target": "en"}, "exceeds text limit"),
    ("translate", {"q": "x", "source": "vi", "target": "en", "format": "pdf"}, "format must be text or html"),
    ("translate", {"q": "x", "source": "vi", "target": "en", "alternatives": "many"}, "whole number"),
    ("translate", {"q": "x", "source": "vi", "target": "en", "glossary": "a = b = c"}, "glossary line 1"),
    ("detect", {}, "missing q"),
])
def test_bad_requests_get_400_json(server, path, body, message):
    status, out = call(server, path, body)
    assert status == 400 and message in out["error"]


def test_bad_json_body_and_the_server_survives(server):
    req = urllib.request.Request(server.url + "translate", data=b"{not json", headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=30)
    assert e.value.code == 400 and "not valid JSON" in json.loads(e.value.read())["error"]
    assert call(server, "translate", {"q": "Bạn mua một chiếc xe.", "source": "vi", "target": "en"})[0] == 200


def test_ui_is_served_on_the_same_port(server):
    with urllib.request.urlopen(server.url, timeout=30) as r:
        page = r.read().decode()
    assert r.status == 200 and "gradio" in page.lower()


def test_unmodified_libretranslate_client(server, translator):
    from libretranslatepy import LibreTranslateAPI

    lt = LibreTranslateAPI(server.url)
    assert lt.translate("Tôi có hai con mèo.", "vi", "en") == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    assert lt.translate("I have two cats.", "auto", "vi") == translator.translate(["I have two cats."], "en", "vi")[0]
    assert lt.detect("Họ thích ba quyển sách.")[0]["language"] == "vi"
    assert {x["code"] for x in lt.languages()} == {"vi", "en"}
    with pytest.raises(urllib.error.HTTPError) as e:
        lt.translate("", "vi", "en")
    assert e.value.code == 400


def test_plain_requests_take_the_fast_path(exported):
    """Without alternatives or a glossary the API's text equals Translator.translate's (cached, batched path),
    and a repeated request is answered from the segment cache."""
    from mt.service import translate_request
    from mt.translate import Translator

    t = Translator.load(exported)
    r = translate_request(t, "Tôi có hai con mèo.", "vi", "en", detailed=False)
    assert r.translation.text == t.translate(["Tôi có hai con mèo."], "vi", "en")[0]
    hits = t.cache.hits
    translate_request(t, "Tôi có hai con mèo.", "vi", "en", detailed=False)
    assert t.cache.hits > hits
    detailed = translate_request(t, "Tôi có hai con mèo.", "vi", "en")
    assert detailed.translation.text == r.translation.text and detailed.translation.words
