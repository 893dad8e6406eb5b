"""How someone takes a drink, sugar, milk and ice asked for, and the tap water, both ways (mt/drinks.py)."""
import pytest

from mt import orders, phrasebook
from mt.drinks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you drink coffee?", "I didn't drink tea.", "He drinks not sugar.", "My mother drank a lot of milk."
    ("Bạn uống cà phê có đường không?", "Do you take sugar in your coffee?"),
    ("Bạn uống trà có đường không?", "Do you take sugar in your tea?"),
    ("Tôi uống trà không đường.", "I drink my tea without sugar."),
    ("Bố tôi uống trà không đường.", "My father drinks his tea without sugar."),
    ("Anh ấy uống cà phê không đường.", "He drinks his coffee without sugar."),
    ("Mẹ tôi uống cà phê nhiều sữa.", "My mother drinks her coffee with a lot of milk."),
    ("Cô ấy uống cà phê với nhiều sữa.", "She drinks her coffee with a lot of milk."),
    ("Tôi uống cà phê với sữa.", "I drink my coffee with milk."),
    ("Họ uống cà phê có sữa.", "They take milk in their coffee."),
    ("Bố tôi thường uống trà không đường.", "My father usually drinks his tea without sugar."),
    ("Bác Hùng uống trà không đường.", "Uncle Hung drinks his tea without sugar."),
    ("Bạn có uống trà không đường không?", "Do you take your tea without sugar?"),
    ("Tôi không uống cà phê có đường.", "I don't take sugar in my coffee."),
    # v8: "Do you use a line?", "How do you drink coffee?", "Do you want to give the rock?"
    ("Bạn có dùng đường không?", "Do you take sugar?"),
    ("Tôi không dùng đường.", "I don't take sugar."),
    ("Cô ấy không dùng sữa.", "She doesn't take milk."),
    ("Bạn uống cà phê thế nào?", "How do you take your coffee?"),
    ("Mẹ bạn uống trà như thế nào vậy?", "How does your mother take her tea?"),
    ("Bạn có muốn cho đá không?", "Do you want ice?"),
    ("Bạn có muốn cho đường vào cà phê không?", "Do you want sugar in your coffee?"),
    # v8: "Let me be less ice.", "Give me little way.", "Let me not kick.", "Give me many rocks."
    ("Cho tôi ít đá thôi.", "Just a little ice, please."),
    ("Cho tôi ít đường thôi.", "Just a little sugar, please."),
    ("Cho tôi ít đường.", "A little sugar, please."),
    ("Cho tôi không đá.", "No ice, please."),
    ("Cho tôi nhiều đá.", "Extra ice, please."),
    ("Không đường, không đá nhé.", "No sugar, no ice, please."),
    ("Đừng cho đường nhé.", "No sugar, please."),
    # v8: "Give me a cup of black coffee." (the sugar lost), "… iced tea less line.", "Critics black, no sugar …"
    ("Cho tôi một ly cà phê đen không đường.", "A black coffee with no sugar, please."),
    ("Cho tôi một ly trà đá ít đường.", "A cup of iced tea with less sugar, please."),
    ("Tôi muốn một ly nước cam không đá.", "I'd like a glass of orange juice with no ice."),
    ("Cho tôi một ly cà phê sữa đá ít đường được không?", "Can I have an iced milk coffee with less sugar?"),
    ("Cà phê đen, không đường.", "Black coffee, no sugar."),
    # v8: "Can't you drink here?", "Is there a drinker here?", "Don't drink machine water."
    ("Nước máy ở đây uống được không?", "Can you drink the tap water here?"),
    ("Ở đây có uống được nước máy không?", "Can you drink the tap water here?"),
    ("Nước máy ở đây không uống được.", "You can't drink the tap water here."),
    ("Nước ở đây uống được không?", "Is the water here safe to drink?"),
    ("Đừng uống nước máy.", "Don't drink the tap water."),
    ("Không nên uống nước máy ở đây.", "You shouldn't drink the tap water here."),
    # not: "anh" alone (the speaker?), a name alone (his or her?), "muốn đá" (to kick?), "có" of a drink alone (has),
    # "Có đường không?" (a road?), the past, two servings (whose sugar?), "thêm" (mt/patterns.py), asked without "không"
    ("Anh uống cà phê không đường.", None), ("Lan uống trà không đường.", None), ("Bạn có muốn đá không?", None),
    ("Trà có đường.", None), ("Có đường không?", None), ("Tôi đã uống cà phê không đường.", None),
    ("Cho tôi hai ly trà đá và một ly cà phê không đường.", None), ("Cho tôi thêm đá.", None),
    ("Bạn uống cà phê có đường?", None), ("Tôi dùng đường.", None), ("Bạn uống nước máy không?", None),
    ("Tôi uống cà phê đen.", None),
    ("Cho tôi một bát phở ít đá.", None),  # (sugar and ice go with drinks)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có đường không?" (do you have sugar), "Bé có đường không?" (the baby), "Cô ấy không đường."
    ("Do you take sugar?", "Bạn có dùng đường không?"),
    ("Does she take sugar?", "Cô ấy có dùng đường không?"),
    ("Do you take sugar in your coffee?", "Bạn uống cà phê có đường không?"),
    ("Does your mother take sugar in her tea?", "Mẹ bạn uống trà có đường không?"),
    ("I don't take sugar.", "Tôi không dùng đường."),
    ("She doesn't take sugar.", "Cô ấy không dùng đường."),
    ("She doesn't take sugar in her coffee.", "Cô ấy uống cà phê không đường."),
    ("I take sugar in my tea.", "Tôi uống trà có đường."),
    # v8: "Bạn lấy cà phê của mình như thế nào?", "Tôi lấy màu đen cà phê." (take, the colour black)
    ("How do you take your coffee?", "Bạn uống cà phê thế nào?"),
    ("How does he take his coffee?", "Anh ấy uống cà phê thế nào?"),
    ("How do you like your coffee?", "Bạn uống cà phê thế nào?"),
    ("I take my coffee black.", "Tôi uống cà phê đen."),
    ("My father drinks his coffee black.", "Bố tôi uống cà phê đen."),
    ("I usually take my coffee black.", "Tôi thường uống cà phê đen."),
    ("Do you take your coffee black?", "Bạn có uống cà phê đen không?"),
    ("I drink my tea without sugar.", "Tôi uống trà không đường."),
    ("He takes his tea without sugar.", "Anh ấy uống trà không đường."),
    ("She takes her coffee with a lot of milk.", "Cô ấy uống cà phê nhiều sữa."),
    ("I take my coffee with milk.", "Tôi uống cà phê với sữa."),
    ("Do you drink your tea with milk?", "Bạn có uống trà với sữa không?"),
    # v8: "Bạn có muốn băng không?" (ice as on a river), "… băng thông …" (bandwidth)
    ("Do you want ice?", "Bạn có muốn cho đá không?"),
    ("Would you like ice?", "Bạn có muốn cho đá không?"),
    ("Would you like sugar?", "Bạn có muốn cho đường không?"),
    ("Would you like milk in your coffee?", "Bạn có muốn cho sữa vào cà phê không?"),
    # v8: "Xin đừng có đường nào.", "Làm ơn, xin vui lòng." (the ice lost)
    ("No sugar, please.", "Không đường nhé."),
    ("No milk, please.", "Không sữa nhé."),
    ("Less sugar, please.", "Ít đường nhé."),
    ("No sugar, less ice, please.", "Không đường, ít đá nhé."),
    ("Just a little ice, please.", "Cho tôi ít đá thôi."),
    ("A little sugar, please.", "Cho tôi ít đường."),
    ("With milk, please.", "Có sữa nhé."),
    # v8: "Xin vui lòng một cà phê đen không đường."
    ("A black coffee with no sugar, please.", "Cho tôi một ly cà phê đen không đường."),
    ("An iced tea with less sugar and no ice, please.", "Cho tôi một ly trà đá ít đường, không đá."),
    ("Can I have a black coffee with no sugar?", "Cho tôi một ly cà phê đen không đường được không?"),
    ("Iced tea, no sugar, please.", "Cho tôi trà đá không đường."),
    # v8: "Nước này có an toàn không?" (to drink lost), "Nước máy an toàn để uống?"
    ("Is this water safe to drink?", "Nước này có uống được không?"),
    ("Can you drink the tap water here?", "Nước máy ở đây có uống được không?"),
    ("Is the tap water safe to drink?", "Nước máy có uống được không?"),
    ("Is it safe to drink the tap water here?", "Nước máy ở đây có uống được không?"),
    ("The tap water here isn't safe to drink.", "Nước máy ở đây không uống được."),
    ("You can't drink the tap water here.", "Nước máy ở đây không uống được."),
    ("Don't drink the tap water.", "Đừng uống nước máy."),
    ("You shouldn't drink the tap water.", "Không nên uống nước máy."),
    # not: verbs that do not agree, whose not who's, "black" tea (a kind of tea), "I take sugar." alone, "Do you want
    # milk?" (a drink: mt/hosting.py), the phrase list's "Is the water safe to drink?", "Coffee with milk." and "A
    # coffee with milk, please." (mt/orders.py), "Black, no sugar." (coffee or tea?), "How do I …", sugar and milk in
    # one ("with milk and sugar": two of one "with"), "Do you usually …"
    ("Does she takes sugar?", None), ("She take sugar.", None), ("I takes my coffee black.", None),
    ("I take his coffee black.", None), ("I take my tea black.", None), ("I take sugar.", None),
    ("Do you want milk?", None), ("Is the water safe to drink?", None), ("Coffee with milk.", None),
    ("Black, no sugar.", None), ("How do I take my coffee?", None),
    ("With milk and sugar, please.", None), ("Do you usually take your coffee black?", None),
    ("Less sugar.", None),
    ("Two bowls of pho with no ice, please.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi uống trà không đường.", "en", "vi") is None
    assert translate("I drink my tea without sugar.", "vi", "en") is None
    assert translate("I drink my tea without sugar.", "en", "fr") is None


@pytest.mark.parametrize("text, src, tgt", [
    ("A coffee with milk, please.", "en", "vi"),  # a serving alone: mt/orders.py's, tried first
    ("Cho tôi một ly cà phê sữa đá.", "vi", "en"),
])
def test_earlier_rules_take_theirs(text, src, tgt):
    assert phrasebook.translate(text, src, tgt) == orders.translate(text, src, tgt) is not None
