"""The colour of things, said or asked, painted, and wanted in a shop, both ways (mt/colours.py)."""
import pytest

from mt.colours import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What color do your car?", "What color do his motorbike?", "What colored your bag?", "What are your shoes?"
    ("Xe của bạn màu gì?", "What colour is your car?"),
    ("Xe bạn màu gì?", "What colour is your car?"),
    ("Xe máy của anh ấy màu gì?", "What colour is his motorbike?"),
    ("Cái túi của bạn màu gì?", "What colour is your bag?"),
    ("Giày của bạn màu gì?", "What colour are your shoes?"),
    ("Điện thoại của bạn màu gì thế?", "What colour is your phone?"),
    ("Cái áo này màu gì?", "What colour is this shirt?"),
    ("Đôi giày này màu gì vậy?", "What colour are these shoes?"),
    # v8: "Her purse was red.", "Three Lands of purple.", "My father's fill gray.", "My lid is black."
    ("Túi của tôi màu đen.", "My bag is black."),
    ("Váy của cô ấy màu đỏ.", "Her dress is red."),
    ("Xe của mẹ tôi màu trắng.", "My mother's car is white."),
    ("Nhà của họ màu vàng.", "Their house is yellow."),
    ("Đôi giày của tôi màu nâu.", "My shoes are brown."),
    ("Ba lô của Lan màu tím.", "Lan's backpack is purple."),
    ("Ô tô của bố tôi màu xám.", "My father's car is grey."),
    ("Va li của tôi màu đen.", "My suitcase is black."),
    ("Xe đạp của em trai tôi màu cam.", "My younger brother's bicycle is orange."),
    ("Xe của bạn tôi có màu đen.", "My friend's car is black."),
    # v8: "Do your car has red?", "My car isn't a red."
    ("Xe của bạn có màu đỏ không?", "Is your car red?"),
    ("Giày của cô ấy có phải màu trắng không?", "Are her shoes white?"),
    ("Xe của tôi không phải màu đỏ.", "My car isn't red."),
    # v8: "It seems painting tree green.", "We painted white walls.", "My father had painted the yellow house."
    ("Tường được sơn màu xanh lá cây.", "The walls are painted green."),
    ("Nhà tôi đã được sơn màu trắng.", "My house has been painted white."),
    ("Cửa vừa được sơn màu đỏ.", "The door has just been painted red."),
    ("Chúng tôi đã sơn tường màu trắng.", "We painted the walls white."),
    ("Bố tôi vừa sơn nhà màu vàng.", "My father has just painted the house yellow."),
    ("Chúng tôi sẽ sơn phòng màu xanh dương.", "We'll paint the room blue."),
    ("Mẹ tôi muốn sơn cửa màu đỏ.", "My mother wants to paint the door red."),
    # v8: "What would you like?", "I want to get positive blue."
    ("Bạn muốn màu gì?", "What colour would you like?"),
    ("Bạn muốn lấy màu gì?", "What colour would you like?"),
    ("Tôi muốn lấy màu xanh dương.", "I'd like it in blue."),
    ("Tôi muốn lấy cái này màu đen.", "I'd like this in black."),
    ("Bạn có muốn lấy màu đen không?", "Would you like it in black?"),
    # not: "màu xanh" alone (blue or green), hair and eyes (mt/features.py), "this in white" (mt/patterns.py), "này"
    # asked whether (in red?), "anh" alone painting (the speaker?), no whose, no tense, "của mình" (whose own?), a
    # pair of shirts, "muốn màu đỏ" without "lấy" (a favourite?), clothes in general, two colours, a tag question
    ("Xe của tôi màu xanh.", None), ("Mắt bạn màu gì?", None), ("Tóc cô ấy màu đỏ.", None),
    ("Bạn có cái này màu trắng không?", None), ("Cái áo này có màu đỏ không?", None),
    ("Anh sơn nhà màu trắng.", None), ("Xe màu đỏ.", None), ("Tôi sơn tường màu trắng.", None),
    ("Bố tôi đã sơn xe của mình màu đỏ.", None), ("Đôi áo của tôi màu đỏ.", None), ("Tôi muốn màu đỏ.", None),
    ("Quần áo của tôi màu đen.", None), ("Xe của tôi màu đỏ và trắng.", None), ("Xe của bạn màu đỏ nhỉ?", None),
    ("Xe của bạn màu gì không?", None), ("Con mèo của tôi màu đen.", None), ("Xe của tôi màu đỏ?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Xe hơi của bạn là gì?", "Cà rốt của bạn là gì?" (a carrot), "Đôi giày của bạn là gì?", "Cái áo này là gì?"
    ("What colour is your car?", "Xe của bạn màu gì?"),
    ("What color is your car?", "Xe của bạn màu gì?"),
    ("What colour are your shoes?", "Giày của bạn màu gì?"),
    ("What colour is her dress?", "Váy của cô ấy màu gì?"),
    ("What colour is this shirt?", "Cái áo này màu gì?"),
    ("What colour are these shoes?", "Đôi giày này màu gì?"),
    ("What colour is your mother's bag?", "Túi của mẹ bạn màu gì?"),
    # v8: "Vắc-xin của tôi đen." (a vaccine), "Điện thoại của tôi bị pin.", "Lùi của Lan là purple.", "Xe hơi của cha
    # tôi rất vui.", "Tiếng bike của anh ấy là cam kết.", "V va-li của tôi đen."
    ("My bag is black.", "Túi của tôi màu đen."),
    ("Her dress is red.", "Váy của cô ấy màu đỏ."),
    ("My mother's car is white.", "Xe của mẹ tôi màu trắng."),
    ("My phone's pink.", "Điện thoại của tôi màu hồng."),
    ("Their house is yellow.", "Nhà của họ màu vàng."),
    ("Lan's backpack is purple.", "Ba lô của Lan màu tím."),
    ("My father's car is grey.", "Xe của bố tôi màu xám."),
    ("His bike is orange.", "Xe đạp của anh ấy màu cam."),
    ("My suitcase is black.", "Va li của tôi màu đen."),
    ("These shoes are brown.", "Đôi giày này màu nâu."),
    ("Is your car red?", "Xe của bạn có màu đỏ không?"),
    ("Are your shoes black?", "Giày của bạn có màu đen không?"),
    ("My car isn't red.", "Xe của tôi không phải màu đỏ."),
    ("My shoes aren't brown.", "Giày của tôi không phải màu nâu."),
    # v8: "Các bức tường được sơn xanh." (blue or green), "Cha tôi vừa sơn căn nhà." (the colour lost)
    ("The walls are painted green.", "Tường được sơn màu xanh lá."),
    ("My house has been painted white.", "Nhà của tôi đã được sơn màu trắng."),
    ("The door has just been painted red.", "Cửa vừa được sơn màu đỏ."),
    ("We painted the walls white.", "Chúng tôi đã sơn tường màu trắng."),
    ("My father has just painted the house yellow.", "Bố tôi vừa sơn nhà màu vàng."),
    ("We'll paint the room blue.", "Chúng tôi sẽ sơn phòng màu xanh dương."),
    ("She wants to paint her room pink.", "Cô ấy muốn sơn phòng của cô ấy màu hồng."),
    # v8: "Bạn muốn màu sắc gì?", "Tôi muốn nó ở màu xanh." (blue or green), "Tôi muốn nó ở màu xanh dương."
    ("What colour do you want?", "Bạn muốn màu gì?"),
    ("What colour would you like?", "Bạn muốn màu gì?"),
    ("What colour does she want?", "Cô ấy muốn màu gì?"),
    ("I want it in blue.", "Tôi muốn lấy màu xanh dương."),
    ("I'd like it in blue.", "Tôi muốn lấy màu xanh dương."),
    ("I'd like this in black, please.", "Tôi muốn lấy cái này màu đen."),
    ("Would you like it in black?", "Bạn có muốn lấy màu đen không?"),
    # not: mt/patterns.py's, mt/features.py's, mt/favourites.py's ("What colour do you like?"), bad agreement ("My bag
    # are", "Is your shoes", "He want", "She have", "These shirt", "What colour does you want"), "the" thing said,
    # "paint" without tense (a habit), someone painting "his" (whose?), someone not a thing, no "is"
    ("Do you have this in white?", None), ("What colour are his eyes?", None), ("Her hair is red.", None),
    ("What colour do you like?", None), ("My bag are black.", None), ("My shoes is black.", None),
    ("Is your shoes red?", None), ("He want it in blue.", None), ("She have painted the door red.", None),
    ("These shirt is red.", None), ("What colour does you want?", None), ("The car is red.", None),
    ("We paint the walls white.", None), ("My father painted his car red.", None), ("My mother is white.", None),
    ("My car red.", None), ("What's your favourite colour?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
