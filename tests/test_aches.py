"""A part of someone's body that hurts, both ways (mt/aches.py)."""
import pytest

from mt import phrasebook
from mt.aches import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "My sore I was hurt.", "My foot was hurt."
    ("Lưng tôi bị đau.", "My back hurts."), ("Chân tôi bị đau.", "My leg hurts."),
    ("Tôi bị đau vai.", "My shoulder hurts."), ("Chân mẹ tôi bị đau quá.", "My mother's leg hurts a lot."),
    ("Mắt tôi bị đau.", "My eyes hurt."), ("Bác Hùng bị đau đầu gối.", "Uncle Hung's knee hurts."),
    ("Tay của con tôi bị đau.", "My child's arm hurts."),
    # not: a headache, a toothache … with who first (mt.terms' ailments), a part off the list
    ("Tôi bị đau đầu.", None), ("Tôi bị đau răng.", None), ("Tim tôi bị đau.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi bị tổn thương chân." (injured)
    ("My leg hurts.", "Chân tôi bị đau."), ("My eyes hurt.", "Mắt tôi bị đau."),
    ("My back hurts a lot.", "Lưng tôi bị đau quá."), ("My mother's knee hurts.", "Đầu gối mẹ tôi bị đau."),
    ("Lan's arm hurts.", "Tay Lan bị đau."), ("His feet hurt.", "Bàn chân anh ấy bị đau."),
    # not: "hurts" not agreeing with the part, a part off the list
    ("My eyes hurts.", None), ("My heart hurts.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Lưng tôi bị đau.", "vi", "en") == "My back hurts."


def test_the_bundled_model_says_what_hurts(bundled):
    t = Translator.load(bundled)  # v7 alone: "My sore I was hurt."; "Tôi bị tổn thương chân."
    assert t.translate("Lưng tôi bị đau.", "vi", "en") == ["My back hurts."]
    assert t.translate("My leg hurts.", "en", "vi") == ["Chân tôi bị đau."]
