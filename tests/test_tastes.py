"""How food and drink taste: too spicy, salty, sweet …, good, what it tastes like, who eats spicy food, asking for it
less spicy and a dish that needs more salt, both ways (mt/tastes.py)."""
import pytest

from mt.tastes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's a bit too salty." (the soup lost), "This alignment is too salty.", "This is very salty."
    ("Canh này hơi mặn.", "This soup is a bit salty."),
    ("Canh này mặn quá.", "This soup is too salty."),
    ("Canh này quá mặn.", "This soup is too salty."),
    ("Canh này rất mặn.", "This soup is very salty."),
    # v8: "It's a bit of cay.", "It's very cay.", "The flakes are not spicy.", "It's not spicy very much."
    ("Món này hơi cay.", "This dish is a bit spicy."),
    ("Món này rất cay.", "This dish is very spicy."),
    ("Món này không cay.", "This dish isn't spicy."),
    ("Món này không cay lắm.", "This dish isn't very spicy."),
    ("Món này hơi cay quá.", "This dish is a bit too spicy."),
    ("Canh này mặn quá ạ.", "This soup is too salty."),
    # v8: "Is this a salty?", "This pho Is hanging?", "Is it cay?", "Is there cay?", "Too!", "It's too much."
    ("Canh này có mặn không?", "Is this soup salty?"),
    ("Phở này có cay không?", "Is this pho spicy?"),
    ("Món này có cay lắm không?", "Is this dish very spicy?"),
    ("Nó có cay không?", "Is it spicy?"),
    ("Có cay không?", "Is it spicy?"),
    ("Cay quá!", "It's too spicy!"),
    ("Mặn quá.", "It's too salty."),
    # v8: "Light alignment.", "A light use of water.", "This coffee is sweet.", "This coffee is too light.", "Dot water
    # is steamed.", "That's sweet."
    ("Canh hơi nhạt.", "The soup is a bit bland."),
    ("Nước dùng hơi nhạt.", "The broth is a bit bland."),
    ("Cà phê này ngọt quá.", "This coffee is too sweet."),
    ("Ly cà phê này nhạt quá.", "This coffee is too weak."),
    ("Bia này hơi nhạt.", "This beer is a bit weak."),
    ("Nước chấm hơi chua.", "The dipping sauce is a bit sour."),
    ("Bánh này ngọt quá.", "This cake is too sweet."),
    ("Cái này không ngọt lắm.", "This isn't very sweet."),
    # v8: "This boy is very good.", "This pho It's good.", "This isn't good.", "Pho here is very good."
    ("Món này rất ngon.", "This dish is really good."),
    ("Phở này ngon lắm.", "This pho is really good."),
    ("Canh này không ngon.", "This soup isn't good."),
    ("Phở ở đây rất ngon.", "The pho here is really good."),
    ("Đồ ăn ở đây ngon quá!", "The food here is delicious!"),
    # v8: "It's like a chicken.", "How do this guy?", "It's a bit of sour.", "How do you?"
    ("Nó có vị giống thịt gà.", "It tastes like chicken."),
    ("Món này có vị như thế nào?", "What does this dish taste like?"),
    ("Nó có vị hơi chua.", "It tastes a bit sour."),
    ("Vị thế nào?", "What does it taste like?"),
    # v8: "My mother couldn't eat cay.", "Can you eat hanging?", "He doesn't eat hanging."
    ("Mẹ tôi không ăn được cay.", "My mother can't eat spicy food."),
    ("Bạn có ăn được cay không?", "Can you eat spicy food?"),
    ("Anh ấy không ăn cay.", "He doesn't eat spicy food."),
    ("Lan không thể ăn cay.", "Lan can't eat spicy food."),
    ("Bạn có thích ăn cay không?", "Do you like spicy food?"),
    # v8: "Can you do less caves?", "Let's have little cavities.", "Don't do so hang out."
    ("Bạn làm ít cay hơn được không?", "Can you make it less spicy?"),
    ("Bạn có thể làm ít cay hơn không?", "Can you make it less spicy?"),
    ("Chị làm cay hơn được không?", "Can you make it spicier?"),
    ("Làm ít cay thôi nhé.", "Please make it less spicy."),
    ("Làm ít ngọt cho tôi nhé.", "Please make it less sweet for me."),
    ("Đừng làm cay quá nhé.", "Please don't make it too spicy."),
    # v8: "It's needed to add salt.", "It's a lack of salt."
    ("Canh này cần thêm muối.", "This soup needs more salt."),
    ("Canh này hơi thiếu muối.", "This soup needs a little more salt."),
    ("Món này cần thêm chút nước mắm.", "This dish needs a little more fish sauce."),
    # not: food in general or a noun phrase ("Cà phê rất đắng.", "Canh mặn."), an order ("Không cay."), "Anh" saying
    # it (may be the speaker), a habit ("Tôi ăn cay."), asked without "không", draught beer ("bia hơi"), a juice
    # "nhạt", sour soup, sweet talk, the weather, "Cần thêm muối." (for the soup, or the shopping?), "làm cay" alone
    ("Mặn quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cà phê rất đắng.", None), ("Canh mặn.", None), ("Canh có mặn không?", None), ("Không cay.", None),
    ("Anh không ăn được cay.", None), ("Tôi ăn cay.", None), ("Bạn có thể làm ít cay hơn?", None),
    ("Bia hơi nhạt quá.", None), ("Nước cam nhạt quá.", None), ("Canh chua ngon quá.", None),
    ("Anh ấy nói chuyện ngọt quá.", None), ("Trời nóng quá.", None), ("Cần thêm muối.", None),
    ("Bạn làm cay được không?", None), ("Ngon không?", None), ("Làm ít cay.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Món xúp này quá muối.", "Món xúp hơi mặn.", "Sự phân biệt này rất cay." (the distinction)
    ("This soup is too salty.", "Canh này mặn quá."),
    ("This soup is a bit salty.", "Canh này hơi mặn."),
    ("This dish is very spicy.", "Món này rất cay."),
    ("The soup is very salty.", "Canh rất mặn."),
    ("It's too sweet.", "Ngọt quá."),
    ("It's a bit salty.", "Hơi mặn."),
    ("It's a little too salty.", "Hơi mặn quá."),
    ("It's too spicy!", "Cay quá!"),
    # v8: "Món xúp này không có muối." (has no salt), "Không phải rất cay.", "Nó không thể cay." (can't)
    ("This soup isn't salty.", "Canh này không mặn."),
    ("This soup isn't too salty.", "Canh này không mặn lắm."),
    ("It's not very spicy.", "Nó không cay lắm."),
    # v8: "Cái loét này có cay không?" (this ulcer), "Có phở cay không?" (is there spicy pho?)
    ("Is this soup spicy?", "Canh này có cay không?"),
    ("Is the pho spicy?", "Phở có cay không?"),
    ("Is it very spicy?", "Có cay lắm không?"),
    ("Is this soup too salty?", "Canh này có mặn quá không?"),
    # v8: "Cafe quá yếu.", "Món xẹp là một phần bland.", "Bọn là một chút loét.", "Mưa này quá ngọt." (this rain)
    ("This coffee is too weak.", "Cà phê này nhạt quá."),
    ("The broth is a bit bland.", "Nước dùng hơi nhạt."),
    ("The sauce is a bit sour.", "Nước sốt hơi chua."),
    ("This cake is too sweet.", "Bánh này ngọt quá."),
    # v8: "Điều này phở thật sự tốt.", "Món xúp này rất ngon."
    ("This pho is really good.", "Phở này rất ngon."),
    ("This soup is delicious.", "Canh này ngon quá."),
    ("The pho here is so good!", "Phở ở đây ngon quá!"),
    ("This soup isn't very good.", "Canh này không ngon lắm."),
    ("This soup tastes great.", "Canh này rất ngon."),
    # v8: "Nó có thể giống như gà." (it may look like), "Nó có mùi vị như thế nào?", "… một chút loét."
    ("It tastes like chicken.", "Nó có vị giống thịt gà."),
    ("This soup tastes like fish.", "Canh này có vị giống cá."),
    ("What does it taste like?", "Nó có vị thế nào?"),
    ("It tastes a bit sour.", "Hơi chua."),
    # v8: "Mẹ tôi không thể ăn thức ăn cay.", "Nó không ăn cay." (she lost), "Anh ta không thể ăn thức ăn cay."
    ("My mother can't eat spicy food.", "Mẹ tôi không ăn được đồ cay."),
    ("Can you eat spicy food?", "Bạn có ăn được đồ cay không?"),
    ("She doesn't eat spicy food.", "Cô ấy không ăn đồ cay."),
    ("Does your mother eat spicy food?", "Mẹ bạn có ăn đồ cay không?"),
    ("He doesn't like spicy food.", "Anh ấy không thích ăn cay."),
    # v8: "Bạn có thể làm ít cay?" (not asked), "Bạn có thể không cay?", "Hãy làm cho nó ít cay."
    ("Can you make it less spicy?", "Bạn làm ít cay hơn được không?"),
    ("Could you make it a bit less spicy?", "Bạn làm ít cay hơn một chút được không?"),
    ("Can you make it not too spicy?", "Bạn làm không cay lắm được không?"),
    ("Can you make it spicier?", "Bạn làm cay hơn được không?"),
    ("Please make it less spicy.", "Bạn làm ít cay hơn nhé."),
    ("Don't make it too spicy, please.", "Đừng làm cay quá nhé."),
    # v8: "Nó cần thêm muối." (right, "nó" said), "Món xúp này cần thêm muối."
    ("This soup needs more salt.", "Canh này cần thêm muối."),
    ("It needs a little more salt.", "Cần thêm chút muối."),
    # not: "sweet" and "good" of "it" or "this" alone (kind, fine), "weak" of a soup, "the pho" said alone ("Phở cay."
    # is spicy pho), many, bad agreement, asked without "?", "make it spicy" (enough, or as it comes?), a habit
    ("It's so sweet.", None), ("She's so sweet.", None), ("This is good.", None), ("It's good.", None),
    ("Is it good?", None), ("This soup is weak.", None), ("The pho is spicy.", None),
    ("These noodles are too salty.", None), ("This soup are too salty.", None), ("Is this soup spicy.", None),
    ("She don't eat spicy food.", None), ("Does she likes spicy food?", None), ("He like spicy food.", None),
    ("I eat spicy food.", None), ("Can you make it spicy?", None), ("Can you make it less spicier?", None),
    ("It need more salt.", None), ("It taste like chicken.", None), ("Life is sweet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
