"""What size of clothes or shoes someone wears, said or asked, both ways (mt/sizes.py)."""
import pytest

from mt import phrasebook
from mt.sizes import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "I wore I'm wearing M.", "I went to the size of 40."
    ("Tôi mặc cỡ M.", "I wear a size M."), ("Tôi đi giày cỡ 40.", "I wear size 40 shoes."),
    ("Bạn mặc cỡ gì?", "What size do you wear?"), ("Bạn đi giày size bao nhiêu?", "What size shoes do you wear?"),
    ("Con tôi mặc size S.", "My child wears a size S."), ("Anh ấy đi giày số 42,5.", "He wears size 42.5 shoes."),
    # not: a size that is none, asked without "?", "anh" saying it
    ("Tôi mặc cỡ to.", None), ("Bạn mặc cỡ gì.", None), ("Anh mặc cỡ M.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi mặc một kích cỡ M."
    ("I wear a size M.", "Tôi mặc cỡ M."), ("I wear size 40 shoes.", "Tôi đi giày cỡ 40."),
    ("What size do you wear?", "Bạn mặc cỡ gì?"), ("What's your shoe size?", "Bạn đi giày cỡ bao nhiêu?"),
    ("What size shoes does your son wear?", "Con trai bạn đi giày cỡ bao nhiêu?"),
    # not: the verb not agreeing with who
    ("She wear size L.", None), ("What size does you wear?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Tôi mặc cỡ M.", "vi", "en") == "I wear a size M."


def test_the_bundled_model_says_a_size(bundled):
    t = Translator.load(bundled)  # v7 alone: "I wore I'm wearing M."
    assert t.translate("Tôi mặc cỡ M.", "vi", "en") == ["I wear a size M."]
