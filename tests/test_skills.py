"""What someone can do, Vietnamese to English (mt/skills.py)."""
import pytest

from mt.skills import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "I don't know swimming.", "Do you know Vietnamese?", "I know some English.", "He knows driving.", "I know the
    # bicycle."
    ("Tôi không biết bơi.", "I can't swim."), ("Bạn có biết bơi không?", "Can you swim?"),
    ("Bạn có biết nói tiếng Việt không?", "Can you speak Vietnamese?"),
    ("Tôi biết nói một chút tiếng Anh.", "I can speak a little English."),
    ("Em có biết tiếng Anh không?", "Can you speak English?"),
    ("Tôi nói được tiếng Anh.", "I can speak English."), ("Tôi nói tiếng Anh được.", "I can speak English."),
    ("Tôi nói được một chút tiếng Nhật.", "I can speak a little Japanese."),
    ("Bạn nói được tiếng Việt không?", "Can you speak Vietnamese?"),
    ("Tôi không nói được tiếng Việt.", "I can't speak Vietnamese."),
    ("Anh ấy biết lái xe.", "He can drive."), ("Tôi không biết lái xe máy.", "I can't ride a motorbike."),
    ("Con tôi biết đi xe đạp rồi.", "My child can ride a bike now."),
    ("Bạn biết bơi chưa?", "Can you swim yet?"), ("Tôi chưa biết bơi.", "I can't swim yet."),
    ("Tôi bơi được.", "I can swim."), ("Mẹ tôi biết chơi piano.", "My mother can play the piano."),
    # not: "anh" as who in a statement, asked without "?", speaking without "biết" or "được", knowing a thing, "được"
    # twice
    ("Anh biết bơi.", None), ("Bạn có biết bơi không.", None), ("Tôi nói tiếng Anh.", None),
    ("Tôi biết anh ấy.", None), ("Tôi nói được tiếng Anh được.", None), ("Tôi không biết bơi rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


def test_only_vietnamese_to_english():
    assert translate("I can't swim.", "en", "vi") is None


def test_the_bundled_model_says_what_someone_can_do(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Tôi không biết bơi.", "Bạn nói được tiếng Việt không?"], "vi", "en") == [
        "I can't swim.", "Can you speak Vietnamese?"]
