import pytest

from mt.errors import InputError
from mt.service import MAX_CHARS, detect_language, other, resolve, translate_request
from mt.translate import Translator


@pytest.fixture(scope="module")
def translator(exported):
    return Translator.load(exported)


def test_auto_detects_and_reports_confidence(translator):
    r = translate_request(translator, "Tôi có hai con mèo.", "auto", "en")
    assert (r.src, r.tgt, r.detected.language) == ("vi", "en", "vi") and r.detected.confidence > 0.9
    assert r.translation.text == translator.translate(["Tôi có hai con mèo."], "vi", "en")[0]


def test_auto_flips_the_target_when_the_text_is_already_in_it(translator):
    assert resolve("I have two cats.", "auto", "en")[:2] == ("en", "vi")
    kept = translate_request(translator, "I have two cats.", "auto", "en", flip=False)
    assert kept.translation.text == "I have two cats." and kept.src == kept.tgt == "en"


@pytest.mark.parametrize("text, src, tgt, message", [
    ("", "vi", "en", "Type or paste some text"),
    ("x" * (MAX_CHARS + 1), "vi", "en", "the limit is 5,000"),
    ("xin chào", "fr", "en", "unknown language code 'fr'"),
    ("xin chào", "vi", "vi", "both 'vi'"),
    ("Bonjour tout le monde, comment allez-vous aujourd'hui ?", "auto", "en", "looks like 'fr'"),
])
def test_requests_are_checked(translator, text, src, tgt, message):
    with pytest.raises(InputError, match=message):
        translate_request(translator, text, src, tgt)


def test_glossary_text_is_parsed_and_checked(translator):
    with pytest.raises(InputError, match="glossary line 2"):
        translate_request(translator, "Tôi có hai con mèo.", "vi", "en", glossary="mèo = cat\n= x")
    r = translate_request(translator, "Tôi có hai con mèo.", "vi", "en", glossary="# nothing but a comment")
    assert r.translation.text


def test_detect_language_and_other():
    d = detect_language("The weather is beautiful today.")
    assert d.language == "en" and 0.5 < d.confidence <= 1.0
    assert other("vi") == "en" and other("en") == "vi"
