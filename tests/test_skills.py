"""What someone can do, Vietnamese to English, and how well someone speaks a language, both ways (mt/skills.py)."""
import pytest

from mt import phrasebook
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


@pytest.mark.parametrize("text, said", [
    # v6: "I'm learning driving.", "I'm studying bicycles."
    ("Tôi đang học lái xe.", "I'm learning to drive."),
    ("Con tôi đang học đi xe đạp.", "My child is learning to ride a bike."),
    ("Tôi muốn học lái xe máy.", "I want to learn to ride a motorbike."),
    ("Anh ấy muốn học nấu ăn.", "He wants to learn to cook."),
    ("Tôi mới bắt đầu học bơi.", "I have just started learning to swim."),
    # not: a language (v6 says it), "anh" as who in a statement
    ("Tôi đang học tiếng Anh.", None), ("Anh đang học bơi.", None),
])
def test_learning(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "I speak Vietnamese not very good."
    ("Tôi nói tiếng Việt không giỏi lắm.", "I don't speak Vietnamese very well."),
    ("Tôi nói tiếng Anh chưa tốt.", "I don't speak English well yet."),
    ("Bạn nói tiếng Anh giỏi quá!", "You speak English very well!"),
    ("Mẹ tôi nói tiếng Pháp khá giỏi.", "My mother speaks French quite well."),
    # not: better than someone, "rất" after "không"
    ("Anh ấy nói tiếng Anh tốt hơn tôi.", None), ("Tôi nói tiếng Anh không rất giỏi.", None),
])
def test_how_well_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Tôi không nói tiếng Việt rất tốt." (very well, negated)
    ("I don't speak Vietnamese very well.", "Tôi nói tiếng Việt không giỏi lắm."),
    ("He doesn't speak Chinese well.", "Anh ấy nói tiếng Trung không giỏi."),
    ("She speaks English very well.", "Cô ấy nói tiếng Anh rất giỏi."),
    ("You speak Vietnamese really well!", "Bạn nói tiếng Việt rất giỏi!"),
    ("My mother doesn't speak English very well.", "Mẹ tôi nói tiếng Anh không giỏi lắm."),
    # not: a verb that does not agree with who; what someone can do is left to the model, which says it
    ("She speak English well.", None), ("I can't swim.", None),
])
def test_how_well_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_says_what_someone_can_do(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Tôi không biết bơi.", "Bạn nói được tiếng Việt không?"], "vi", "en") == [
        "I can't swim.", "Can you speak Vietnamese?"]


@pytest.mark.parametrize("text, src, tgt, said", [
    # how well someone does a skill (v6: "Anh ấy chơi bóng đá rất giỏi." → "He plays very good football.", "Cô ấy nấu
    # ăn rất ngon." → "She cooked very good."; "He's a good cook." → "Anh ta là một con nấu ăn giỏi.", a creature)
    ("Anh ấy chơi bóng đá rất giỏi.", "vi", "en", "He plays football very well."),
    ("Cô ấy nấu ăn rất ngon.", "vi", "en", "She cooks very well."),
    ("Anh ấy hát rất hay.", "vi", "en", "He sings very well."),
    ("Tôi chơi cầu lông không giỏi lắm.", "vi", "en", "I don't play badminton very well."),
    ("She cooks very well.", "en", "vi", "Cô ấy nấu ăn rất ngon."),
    ("He plays football very well.", "en", "vi", "Anh ấy chơi bóng đá rất giỏi."),
    ("I don't swim very well.", "en", "vi", "Tôi bơi không giỏi lắm."),
    ("He's a good cook.", "en", "vi", "Anh ấy nấu ăn ngon."),
    ("My mother is a very good singer.", "en", "vi", "Mẹ tôi hát rất hay."),
    ("I'm not very good at badminton.", "en", "vi", "Tôi chơi cầu lông không giỏi lắm."),
    # not: "ngon" (tasty) of swimming, "hay" of a language, who and the verb not agreeing
    ("Anh ấy bơi rất ngon.", "vi", "en", None), ("Tôi nói tiếng Anh hay.", "vi", "en", None),
    ("He cook well.", "en", "vi", None), ("I cooks well.", "en", "vi", None),
])
def test_how_well_a_skill(text, src, tgt, said):
    assert translate(text, src, tgt) == said


@pytest.mark.parametrize("text, said", [
    # parents and grandparents (mt.people.PARENTS_WHOSE), the verb plural; v8: "My parents cook very good.", "My
    # grandparents didn't know the driving.", "Do your parents know English?", "My parents are studying driving."
    ("Bố mẹ tôi nấu ăn rất ngon.", "My parents cook very well."),
    ("Ông bà tôi không biết lái xe.", "My grandparents can't drive."),
    ("Bố mẹ bạn có biết nói tiếng Anh không?", "Can your parents speak English?"),
    ("Bố mẹ tôi nói tiếng Anh không giỏi lắm.", "My parents don't speak English very well."),
    ("Ông bà anh ấy hát rất hay.", "His grandparents sing very well."),
    ("Bố mẹ tôi đang học lái xe.", "My parents are learning to drive."),
    ("Ông bà tôi muốn học bơi.", "My grandparents want to learn to swim."),
    ("Bố mẹ tôi mới bắt đầu học nấu ăn.", "My parents have just started learning to cook."),
    # not: "anh" alone as whose (as for one: "Mẹ anh biết bơi."), "ngon" of swimming
    ("Bố mẹ anh biết bơi.", None), ("Bố mẹ tôi bơi rất ngon.", None),
])
def test_parents_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha mẹ tôi rất thích nấu ăn." (like cooking), "Cha mẹ tôi nấu rất tốt.", "Ông bà tôi không nói tiếng Anh rất
    # tốt." (very well, negated)
    ("My parents are good cooks.", "Bố mẹ tôi nấu ăn ngon."), ("My parents're good cooks.", "Bố mẹ tôi nấu ăn ngon."),
    ("My parents are very good cooks.", "Bố mẹ tôi nấu ăn rất ngon."),
    ("My parents cook very well.", "Bố mẹ tôi nấu ăn rất ngon."),
    ("My grandparents don't speak English very well.", "Ông bà tôi nói tiếng Anh không giỏi lắm."),
    ("His parents speak French quite well.", "Bố mẹ anh ấy nói tiếng Pháp khá giỏi."),
    ("Your grandparents sing really well!", "Ông bà bạn hát rất hay!"),
    ("My grandparents are good at swimming.", "Ông bà tôi bơi giỏi."),
    ("My parents are not very good singers.", "Bố mẹ tôi hát không hay lắm."),
    # not: the verb, "a", or the noun not agreeing, nor "does"; one good at a plural ("He's good cooks."); "don't" and
    # "doesn't" not agreeing for one either
    ("My parents cooks very well.", None), ("My parents is good at cooking.", None),
    ("My parents are a good cook.", None), ("My parents are good cook.", None),
    ("My grandparents doesn't speak English very well.", None), ("He's good cooks.", None),
    ("He don't speak English well.", None), ("I doesn't swim very well.", None),
])
def test_parents_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_parents_whole():
    assert phrasebook.translate("Bố mẹ tôi nấu ăn rất ngon.", "vi", "en") == "My parents cook very well."
    assert phrasebook.translate("My parents are good cooks.", "en", "vi") == "Bố mẹ tôi nấu ăn ngon."
