"""Someone's favourite season, colour, sport or pastime, both ways (mt/favourites.py)."""
import pytest

from mt.favourites import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "I like the most season.", "I like the redest.", "Which most do you prefer?", "My favorite season is the
    # season."
    ("Tôi thích mùa thu nhất.", "I like autumn best."), ("Tôi thích màu đỏ nhất.", "I like red best."),
    ("Anh ấy thích bóng đá nhất.", "He likes football best."), ("Tôi thích đọc sách nhất.", "I like reading best."),
    ("Bạn thích mùa nào nhất?", "Which season do you like best?"),
    ("Bố tôi thích môn thể thao gì nhất?", "Which sport does my father like best?"),
    ("Cô ấy thích màu gì nhất?", "Which colour does she like best?"),
    ("Mùa yêu thích của tôi là mùa thu.", "My favourite season is autumn."),
    ("Màu yêu thích của tôi là đỏ.", "My favourite colour is red."),
    ("Màu yêu thích của bạn là gì?", "What's your favourite colour?"),
    # not: a season said to be a colour, a thing not of the list, "anh" as who in a statement, asked without "?"
    ("Mùa yêu thích của tôi là màu đỏ.", None), ("Tôi thích bún bò nhất.", None),
    ("Anh thích mùa thu nhất.", None), ("Bạn thích mùa nào nhất.", None),
    ("Màu yêu thích của anh ấy là xanh lá cây.", None),  # (a colour of more than a word, only after "màu")
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Mùa giải của bạn là gì?" (a sports season), "Tôi thích tốt nhất.", "Một mùa thu là mùa thuận lợi của tôi."
    ("What's your favourite season?", "Mùa yêu thích của bạn là gì?"),
    ("My favorite color is blue.", "Màu yêu thích của tôi là màu xanh dương."),
    ("Autumn is my favourite season.", "Mùa yêu thích của tôi là mùa thu."),
    ("His favourite sport is badminton.", "Môn thể thao yêu thích của anh ấy là cầu lông."),
    ("I like autumn best.", "Tôi thích mùa thu nhất."), ("She likes swimming the most.", "Cô ấy thích bơi nhất."),
    ("Which season do you like best?", "Bạn thích mùa nào nhất?"),
    # not: a season said to be a colour, a verb that does not agree with who, a thing not of the list
    ("My favourite season is red.", None), ("He like autumn best.", None), ("I like burgers best.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_says_favourites(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Tôi thích mùa thu nhất.", "Bạn thích mùa nào nhất?"], "vi", "en") == [
        "I like autumn best.", "Which season do you like best?"]
    assert t.translate(["What's your favourite season?"], "en", "vi") == ["Mùa yêu thích của bạn là gì?"]


@pytest.mark.parametrize("text, src, tgt, said", [
    # food and drink (v6: "Món ăn yêu thích của tôi là bún chả." → "My favorite was bun cha.", "Tôi thích phở nhất."
    # → "I like pho most."; "My favourite food is pho." → "Thức ăn có lợi cho sức khỏe của tôi là phở.")
    ("Món ăn yêu thích của tôi là bún chả.", "vi", "en", "My favourite food is bun cha."),
    ("Đồ uống yêu thích của bạn là gì?", "vi", "en", "What's your favourite drink?"),
    ("Tôi thích phở nhất.", "vi", "en", "I like pho best."),
    ("Bạn thích món nào nhất?", "vi", "en", "Which dish do you like best?"),
    ("My favourite food is pho.", "en", "vi", "Món ăn yêu thích của tôi là phở."),
    ("Coffee is my favourite drink.", "en", "vi", "Đồ uống yêu thích của tôi là cà phê."),
    ("He likes bubble tea best.", "en", "vi", "Anh ấy thích trà sữa nhất."),
    # not: a drink as a food, a food as a season
    ("Món ăn yêu thích của tôi là bia.", "vi", "en", None), ("My favourite season is pho.", "en", "vi", None),
])
def test_food_and_drink(text, src, tgt, said):
    assert translate(text, src, tgt) == said


@pytest.mark.parametrize("text, src, tgt, said", [
    # one liked more than another (v7: "I like teas more than coffee."; "Tôi thích uống trà.", the coffee lost)
    ("Tôi thích trà hơn cà phê.", "vi", "en", "I prefer tea to coffee."),
    ("Con tôi thích đọc sách hơn xem tivi.", "vi", "en", "My child prefers reading to watching TV."),
    ("Lan thích bóng đá hơn bóng rổ.", "vi", "en", "Lan prefers football to basketball."),
    ("I prefer tea to coffee.", "en", "vi", "Tôi thích trà hơn cà phê."),
    ("She prefers summer to winter.", "en", "vi", "Cô ấy thích mùa hè hơn mùa đông."),
    ("Do you prefer tea or coffee?", "en", "vi", "Bạn thích trà hay cà phê hơn?"),
    # places by their names (v7: "I like Hanoi more than the Saigon."; "Tôi thích Hà Nội Sài Gòn.")
    ("Tôi thích Hà Nội hơn Sài Gòn.", "vi", "en", "I prefer Hanoi to Saigon."),
    ("I prefer Hanoi to Saigon.", "en", "vi", "Tôi thích Hà Nội hơn Sài Gòn."),
    ("Tôi thích Hà Nội hơn cái này.", "vi", "en", None), ("I prefer Bob to Alice.", "en", "vi", None),
    # not: the same twice, "anh" saying it, "prefer" not agreeing, "or" said, "to" asked
    ("Tôi thích trà hơn trà.", "vi", "en", None), ("Anh thích trà hơn cà phê.", "vi", "en", None),
    ("He prefer tea to coffee.", "en", "vi", None), ("I prefer tea or coffee.", "en", "vi", None),
    ("Do you prefer tea to coffee?", "en", "vi", None),
    # more than anything else, or asked which (v7: "Tôi thích chó hơn." → "I like dogs.", "I prefer dogs." → "Tôi
    # thích chó.", "Bạn thích chó hay mèo?" → "Would you like a dog or cat?")
    ("Tôi thích chó hơn.", "vi", "en", "I prefer dogs."),
    ("Mẹ tôi thích hoa hơn.", "vi", "en", "My mother prefers flowers."),
    ("Bạn thích chó hay mèo?", "vi", "en", "Do you prefer dogs or cats?"),
    ("Bạn thích trà hay cà phê hơn?", "vi", "en", "Do you prefer tea or coffee?"),
    ("Anh ấy thích mùa hè hay mùa đông?", "vi", "en", "Does he prefer summer or winter?"),
    ("I prefer dogs.", "en", "vi", "Tôi thích chó hơn."),
    ("She prefers reading.", "en", "vi", "Cô ấy thích đọc sách hơn."),
    ("Do you prefer dogs or cats?", "en", "vi", "Bạn thích chó hay mèo hơn?"),
    # not: "em" saying it, something off the list, "hay" said, not asked, one thing asked ("Do you prefer dogs?" means
    # more than what?)
    ("Em thích mèo hơn.", "vi", "en", None), ("Tôi thích cái này hơn.", "vi", "en", None),
    ("Tôi thích chó hay mèo.", "vi", "en", None), ("Do you prefer dogs?", "en", "vi", None),
    ("I prefer this.", "en", "vi", None),
])
def test_one_liked_more_than_another(text, src, tgt, said):
    assert translate(text, src, tgt) == said
