"""Ordering food and drink at a café or restaurant: servings asked for, asked whether, and ordered, both ways
(mt/orders.py)."""
import pytest

from mt.orders import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let me a cup of iced milk coffee.", "Let me a bowl of beef pho.", "Give me a part bun cha.", "Give me a
    # glass of bilirubin." (sinh tố), "Let us two bowls of beef pho."
    ("Cho tôi một ly cà phê sữa đá.", "An iced milk coffee, please."),
    ("Cho tôi hai ly trà đá.", "Two cups of iced tea, please."),  # (a "ly" said, as mt.amounts writes it)
    ("Cho tôi một tô phở bò.", "A bowl of beef pho, please."),
    ("Cho tôi một bát phở gà.", "A bowl of chicken pho, please."),
    ("Cho tôi hai chai bia.", "Two bottles of beer, please."),
    ("Cho tôi một lon bia.", "A can of beer, please."),
    ("Cho tôi một cốc cà phê đen.", "A black coffee, please."),
    ("Cho tôi một đĩa cơm rang.", "A plate of fried rice, please."),
    ("Cho tôi một phần bún chả.", "A portion of bun cha, please."),
    ("Cho tôi một ly sinh tố bơ.", "An avocado smoothie, please."),
    ("Cho tôi một ly nước mía.", "A glass of sugarcane juice, please."),
    ("Cho tôi một ly trà.", "A cup of tea, please."),
    ("Cho tôi một tách cà phê.", "A cup of coffee, please."),
    ("Cho tôi một cà phê sữa đá.", "An iced milk coffee, please."),
    ("Cho tôi xin một ly cà phê nhé.", "A coffee, please."),
    ("Làm ơn cho tôi một ly rượu vang đỏ.", "A glass of red wine, please."),
    ("Cho chúng tôi hai tô phở bò.", "Two bowls of beef pho, please."),
    ("Vui lòng cho tôi một chai bia.", "A bottle of beer, please."),  # (Tatoeba: "Give me a beer, please.")
    ("Cho tôi 2 ly cà phê đen.", "Two black coffees, please."),
    ("Cho tôi một lon coca.", "A can of Coke, please."),
    ("Cho tôi một ly cà phê sữa đá và hai chai bia.", "An iced milk coffee and two bottles of beer, please."),
    ("Cho tôi một ly cà phê, một ly trà đá và một tô phở bò.",
     "A coffee, a cup of iced tea and a bowl of beef pho, please."),
    ("Cho tôi hai trà đá.", "Two iced teas, please."),
    # v8: "Can I a cup of iced milk coffee?"
    ("Cho tôi một ly cà phê sữa đá được không?", "Can I have an iced milk coffee?"),
    ("Cho chúng tôi hai tô phở bò được không?", "Can we have two bowls of beef pho?"),
    # (asked of someone: a request, "Can you give me …", mt.phrasebook.addressed's)
    ("Bạn có thể cho tôi một ly nước cam không?", None), ("Chị cho tôi một ly cà phê.", None),
    # v8: "I order a glass of orange juice.", "I get a cup of iced milk coffee.", "We order two cups of iced tea."
    ("Tôi sẽ gọi một ly nước cam.", "I'll have a glass of orange juice."),
    ("Tôi gọi một ly nước cam.", None),  # (ordering now, or told of? mt.terms._ordered: "order")
    ("Tôi lấy một ly cà phê sữa đá.", "I'll have an iced milk coffee."),
    ("Chúng tôi lấy hai ly trà đá.", "We'll have two cups of iced tea."),
    ("Tôi sẽ lấy một chai bia.", "I'll have a bottle of beer."),
    ("Tôi muốn gọi một tô phở bò.", "I'd like to order a bowl of beef pho."),
    ("Tôi muốn một ly nước cam.", "I'd like a glass of orange juice."),
    # not: more (mt/patterns.py's), the menu (the phrasebook's), "em" (the speaker or someone else), for whom, a
    # container the thing does not come in, a dish without one, sugar or ice said, no count, asked without "?", "mình
    # gọi" (may be "let's order"), "muốn sẽ", a drink not of ORDERED, drinking it
    ("Cho tôi thêm một ly bia.", None), ("Cho tôi xem thực đơn.", None), ("Cho em một ly cà phê.", None),
    ("Cho mẹ tôi một ly trà.", None), ("Cho tôi một tô bia.", None), ("Cho tôi một phở bò.", None),
    ("Cho tôi một ly cà phê ít đường.", None), ("Cho tôi ly cà phê.", None),
    ("Cho tôi một ly cà phê sữa đá được không.", None), ("Mình gọi một ly trà sữa nhé.", None),
    ("Tôi muốn sẽ gọi một ly bia.", None), ("Cho tôi một ly nước ép dứa.", None),
    ("Tôi uống một ly cà phê.", None), ("Anh muốn gọi một ly bia.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có thể nhận được cà phê đá không?", "Tôi sẽ có một ly nước cam ép.", "Tôi sẽ có một con mịn." (smoothie),
    # "Tôi sẽ có bộ bia một lon.", "Chúng ta sẽ có hai bia.", "Một số cà phê đá bằng sữa, vui lòng."
    ("Can I get an iced coffee?", "Cho tôi một ly cà phê đá được không?"),
    ("I'll have a glass of orange juice.", "Cho tôi một ly nước cam."),
    ("We'll have an orange juice and two beers.", "Cho chúng tôi một ly nước cam và hai chai bia."),
    ("I'll have a smoothie.", "Cho tôi một ly sinh tố."),
    ("I'll have a can of beer.", "Cho tôi một lon bia."),
    ("We'll have two beers.", "Cho chúng tôi hai chai bia."),
    ("I'll have a beer, please.", "Cho tôi một chai bia."),
    ("I'll have a glass of wine.", "Cho tôi một ly rượu vang."),
    ("I will have two cans of Coke.", "Cho tôi hai lon coca."),
    ("An iced coffee with milk, please.", "Cho tôi một ly cà phê sữa đá."),
    ("Two iced coffees, please.", "Cho tôi hai ly cà phê đá."),
    ("A coffee and two beers, please.", "Cho tôi một ly cà phê và hai chai bia."),
    ("A cup of green tea, please.", "Cho tôi một tách trà xanh."),
    ("Three milk teas, please.", "Cho tôi ba ly trà sữa."),
    ("I'll have a coffee, a bowl of beef pho and a Coke.", "Cho tôi một ly cà phê, một bát phở bò và một lon coca."),
    ("My wife will have a cup of tea.", "Cho vợ tôi một tách trà."),
    ("He'll have an iced tea.", "Cho anh ấy một ly trà đá."),
    ("Lan will have a coffee.", "Cho Lan một ly cà phê."),
    ("I'd like an avocado smoothie.", "Cho tôi một ly sinh tố bơ."),
    ("We'd like two bowls of pho.", "Cho chúng tôi hai bát phở."),
    # v8: "Tôi muốn gọi một ly nước cam ép."
    ("I'd like to order a glass of orange juice.", "Tôi muốn gọi một ly nước cam."),
    ("I'd like to order two plates of fried rice.", "Tôi muốn gọi hai đĩa cơm rang."),
    ("We'd like to order a bowl of phở bò.", "Chúng tôi muốn gọi một bát phở bò."),
    ("Could we get two iced coffees and a bowl of chicken pho, please?",
     "Cho chúng tôi hai ly cà phê đá và một bát phở gà được không?"),
    ("Can I get a portion of bun cha?", "Cho tôi một phần bún chả được không?"),
    ("Can I have an iced black coffee?", "Cho tôi một ly cà phê đen đá được không?"),
    # not: English that does not agree ("two beer", "a orange juice", "a coffees", "two glass", "I'll has"), "you",
    # "another", "more" and "some" (mt/patterns.py's), "the", a dish counted alone, a container the dish does not come
    # in, a drink not of ORDERED
    ("Two beer, please.", None), ("A orange juice, please.", None), ("A coffees, please.", None),
    ("Two glass of orange juice, please.", None), ("I'll has a beer.", None), ("You'll have a beer.", None),
    ("Another beer, please.", None), ("One more coffee, please.", None), ("Can I have some water?", None),
    ("I'll have the fried rice.", None), ("I'll have a pho.", None), ("A bottle of pho, please.", None),
    ("Can you have a beer?", None), ("I'll have a pineapple juice.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cho tôi một ly cà phê sữa đá.", "en", "vi") is None
    assert translate("Two beers, please.", "vi", "en") is None
    assert translate("Two beers, please.", "en", "fr") is None
