import pytest

from mt import langs
from mt.errors import InputError


def test_check_pair_accepts_both_directions():
    assert langs.check_pair("vi", "en") == ("vi", "en")
    assert langs.check_pair("en", "vi") == ("en", "vi")


@pytest.mark.parametrize("src, tgt, message", [
    ("fr", "en", "unknown language code 'fr'"),
    ("vi", "xx", "unknown language code 'xx'"),
    ("vi", "vi", "both 'vi'"),
])
def test_check_pair_rejects(src, tgt, message):
    with pytest.raises(InputError, match=message):
        langs.check_pair(src, tgt)


@pytest.mark.parametrize("family, source, prefix", [
    ("m2m100", ["__vi__", "▁a", "</s>"], ["__en__"]),
    ("nllb", ["vie_Latn", "▁a", "</s>"], ["eng_Latn"]),
    ("mbart50", ["vi_VN", "▁a", "</s>"], ["en_XX"]),
    ("marian", [">>eng<<", "▁a", "</s>"], []),
])
def test_family_tokens(family, source, prefix):
    fam = langs.family(family)
    assert langs.source_tokens(fam, ["▁a"], "vi", "en") == source
    assert langs.target_prefix(fam, "vi", "en") == prefix


def test_bilingual_marian_has_no_language_token():
    fam = langs.family("marian")
    assert langs.source_tokens(fam, ["▁a"], "vi", "en", codes={}) == ["▁a", "</s>"]


def test_unknown_family():
    with pytest.raises(InputError, match="unknown model family"):
        langs.family("gpt")


def test_t5_family_marks_languages_with_text():
    fam = langs.family("t5")
    assert langs.source_tokens(fam, ["▁a"], "vi", "en") == ["▁a", "</s>"]
    assert langs.target_prefix(fam, "vi", "en") == []
    assert langs.source_text(fam, "vi", "en") == "vi:" and langs.target_text(fam, "vi", "en") == "en:"
    assert langs.source_text(langs.family("nllb"), "vi", "en") == "" and not fam.codes_are_tokens
    assert langs.model_codes(fam, set()) == {"vi": "vi", "en": "en"}  # text codes need no vocabulary entry
    assert langs.model_codes(langs.family("marian"), {">>vie<<"}) == {"vi": ">>vie<<"}


@pytest.mark.parametrize("family, name, directions", [
    ("nllb", "facebook/nllb-200-distilled-600M", ["vi-en", "en-vi"]),
    ("marian", "Helsinki-NLP/opus-mt-en-vi", ["en-vi"]),
    ("marian", "runs/x/opus-mt-vi-en", ["vi-en"]),
])
def test_default_directions(family, name, directions):
    assert langs.default_directions(family, name) == directions
