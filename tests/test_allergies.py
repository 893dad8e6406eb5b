"""Who is allergic to what, said or asked, both ways (mt/allergies.py)."""
import pytest

from mt import phrasebook
from mt.allergies import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7 with the term "am allergic to": "I am allergic to shouted."
    ("Tôi bị dị ứng với tôm.", "I'm allergic to shrimp."),
    ("Con tôi bị dị ứng trứng và sữa.", "My child is allergic to eggs and milk."),
    ("Mẹ tôi bị dị ứng với tôm, cua và mực.", "My mother is allergic to shrimp, crab and squid."),
    ("Lan bị dị ứng phấn hoa.", "Lan is allergic to pollen."),
    ("Anh ấy không dị ứng đậu phộng.", "He's not allergic to peanuts."),
    ("Tôi không bị dị ứng với gì cả.", "I'm not allergic to anything."),
    ("Bạn có bị dị ứng với gì không?", "Are you allergic to anything?"),
    ("Bạn có dị ứng hải sản không?", "Are you allergic to seafood?"),
    # not: "gì" said, not asked; something off the list; asked without "có"; "anh" saying it (may be the speaker)
    ("Tôi bị dị ứng gì.", None), ("Tôi bị dị ứng thời tiết.", None), ("Bạn dị ứng tôm không?", None),
    ("Anh bị dị ứng tôm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi bị dị ứng khi nhúc nhích." (when moving)
    ("I'm allergic to shrimp.", "Tôi bị dị ứng với tôm."),
    ("Are you allergic to anything?", "Bạn có bị dị ứng với gì không?"),
    ("Is your son allergic to milk?", "Con trai bạn có bị dị ứng với sữa không?"),
    ("She isn't allergic to peanuts.", "Cô ấy không bị dị ứng với đậu phộng."),
    ("My mother is allergic to crab and shrimp.", "Mẹ tôi bị dị ứng với cua và tôm."),
    ("I'm not allergic to anything.", "Tôi không bị dị ứng với gì cả."),
    ("Minh is allergic to cats.", "Minh bị dị ứng với mèo."),
    # not: "is" not agreeing with who, "anything" said, not asked, something off the list
    ("I is allergic to fish.", None), ("I am allergic to anything.", None), ("I am allergic to work.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Tôi bị dị ứng với tôm.", "vi", "en") == "I'm allergic to shrimp."
    assert phrasebook.translate("Tôi bị dị ứng với tôm.", "en", "vi") is None  # (Vietnamese given as English)


def test_the_bundled_model_says_who_is_allergic(bundled):
    t = Translator.load(bundled)  # v7 with the term alone: "I am allergic to shouted."
    assert t.translate("Tôi bị dị ứng với tôm.", "vi", "en") == ["I'm allergic to shrimp."]
    assert t.translate("I'm allergic to shrimp.", "en", "vi") == ["Tôi bị dị ứng với tôm."]
