"""Cooking at the stove: adding, cooking for a span, stirring, boiling, the heat, chopping, tasting, and a food cooked
or not yet, both ways (mt/cooking.py)."""
import pytest

from mt.cooking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Give some salt into.", "Add salt into.", "Allows little salt into.", "Let's take action."
    ("Cho thêm chút muối vào.", "Add a little salt."),
    ("Cho thêm một chút muối vào nhé.", "Add a little salt."),
    ("Cho thêm muối vào.", "Add more salt."),
    ("Thêm chút đường vào.", "Add a little sugar."),
    ("Cho hành vào.", "Add the onions."),
    ("Cho thêm nước mắm vào nhé.", "Add more fish sauce."),
    ("Đừng cho nhiều muối quá.", "Don't add too much salt."),
    ("Đừng cho nhiều trứng quá nhé.", "Don't add too many eggs."),
    # v8: "Fif more minutes.", "No more than ten minutes.", "The egg ten minutes."
    ("Nấu thêm mười phút nữa.", "Cook it for another ten minutes."),
    ("Nấu thêm 5 phút nữa.", "Cook it for another 5 minutes."),
    ("Đun thêm mười phút nữa.", "Cook it for another ten minutes."),
    ("Nấu khoảng hai mươi phút.", "Cook it for about twenty minutes."),
    ("Luộc trứng mười phút.", "Boil the eggs for ten minutes."),
    ("Nấu thêm một tiếng nữa.", "Cook it for another hour."),
    ("Nấu thêm nửa tiếng nữa.", "Cook it for another half hour."),
    ("Nấu thêm vài phút nữa.", "Cook it for a few more minutes."),
    ("Rán cá thêm năm phút nữa.", "Fry the fish for another five minutes."),
    # v8: "Stress.", "A trip.", "Describ water.", "Boiling water and water.", "Is boiling water?"
    ("Khuấy đều.", "Stir it well."),
    ("Khuấy đi.", "Stir it."),
    ("Đun sôi nước.", "Boil the water."),
    ("Đun nước đi.", "Boil some water."),
    ("Nước sôi rồi.", "The water's boiling."),
    ("Nước sôi chưa?", "Is the water boiling yet?"),
    ("Nước chưa sôi.", "The water isn't boiling yet."),
    # v8: "The flame is small.", "The fire was down.", "The fire was fired up.", "Turn off the kitchen."
    ("Vặn nhỏ lửa.", "Turn the heat down."),
    ("Hạ lửa xuống.", "Turn the heat down."),
    ("Vặn to lửa lên.", "Turn the heat up."),
    ("Để lửa nhỏ.", "Keep the heat low."),
    ("Tắt bếp đi.", "Turn off the stove."),
    # v8: "The activation.", "It was delighted.", "Wash the rau.", "The potatoes.", "Ovulation."
    ("Thái hành.", "Chop the onions."),
    ("Con thái hành đi.", "Chop the onions."),
    ("Băm nhỏ tỏi.", "Finely chop the garlic."),
    ("Rửa rau.", "Wash the vegetables."),
    ("Gọt vỏ khoai tây.", "Peel the potatoes."),
    ("Rán trứng.", "Fry the eggs."),
    # v8: "Are you nine?", "Chicken nine.", "Isn't potatoes?", "The trial.", "Previews.", "Coupon tried."
    ("Gà chín chưa?", "Is the chicken cooked yet?"),
    ("Thịt gà chín rồi.", "The chicken's cooked."),
    ("Khoai tây chín chưa?", "Are the potatoes cooked yet?"),
    ("Thịt bò chưa chín.", "The beef isn't cooked yet."),
    ("Nếm thử đi.", "Taste it."),
    ("Nếm thử canh xem.", "Taste the soup."),
    # not: "vào" not said (a waiter asked?), a little of eggs, a span of days, "nữa" without "thêm", "Khuấy." alone,
    # "Nước sôi." (boiling water), the way the heat goes not said, someone addressed with no particle (a statement?),
    # ripe or cooked ("Nó", "Cà chua", nothing said), "cơm" (mt/mealtimes.py's), the phrase list's, not food
    ("Nước sôi rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cho thêm muối.", None), ("Cho thêm chút trứng vào.", None), ("Nấu thêm hai ngày nữa.", None),
    ("Nấu mười phút nữa.", None), ("Khuấy.", None), ("Nước sôi.", None), ("Vặn lửa.", None),
    ("Con thái hành.", None), ("Nó chưa chín.", None), ("Chưa chín.", None), ("Cà chua chín chưa?", None),
    ("Cơm chín chưa?", None), ("Thịt chưa chín.", None), ("Rửa tay.", None), ("Rửa muối.", None),
    ("Gà đã chín.", None), ("Thái hành xem.", None), ("Mẹ tôi đang nấu cơm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8 right already: "Thêm một ít muối.", "Thêm muối nữa." (kept alike)
    ("Add a little salt.", "Cho thêm chút muối vào."),
    ("Add more salt.", "Cho thêm muối vào."),
    ("Add some salt.", "Cho ít muối vào."),
    ("Add a little more salt, please.", "Cho thêm chút muối nữa nhé."),
    ("Please add a pinch of salt.", "Cho thêm chút muối vào nhé."),
    # v8: "Thêm hành lang." (a corridor)
    ("Add the onions.", "Cho hành vào."),
    ("Don't add too much salt.", "Đừng cho nhiều muối quá."),
    ("Don't add too many onions.", "Đừng cho nhiều hành quá."),
    # v8: "Cook trong vòng 10 phút nữa.", "Cook trong 5 phút nữa.", "Hãy đánh trứng trong vòng 10 phút." (beat)
    ("Cook it for another ten minutes.", "Nấu thêm mười phút nữa."),
    ("Cook for another 5 minutes.", "Nấu thêm 5 phút nữa."),
    ("Cook it for 10 more minutes.", "Nấu thêm 10 phút nữa."),
    ("Cook it for a few more minutes.", "Nấu thêm vài phút nữa."),
    ("Cook for another hour.", "Nấu thêm một tiếng nữa."),
    ("Boil the eggs for ten minutes.", "Luộc trứng trong mười phút."),
    ("Simmer for about twenty minutes.", "Đun nhỏ lửa khoảng hai mươi phút."),
    # v8: "Làm cho nó căng thẳng.", "Hãy tập trung tốt nhé.", "Món nước.", "Nước sôi không?"
    ("Stir it.", "Khuấy đi."),
    ("Stir it well.", "Khuấy đều lên."),
    ("Boil the water.", "Đun sôi nước."),
    ("The water's boiling.", "Nước sôi rồi."),
    ("Is the water boiling yet?", "Nước sôi chưa?"),
    ("Has the water boiled?", "Nước sôi chưa?"),
    ("Turn the stove down.", "Vặn nhỏ lửa."),
    ("Turn off the stove.", "Tắt bếp."),
    # v8: "Hãy kiên trì hành nhé.", "Tiếng garlic.", "Để ăn khoai tây.", "Quả trứng."
    ("Chop the onions.", "Thái hành."),
    ("Chop the garlic.", "Băm tỏi."),
    ("Peel the potatoes.", "Gọt vỏ khoai tây."),
    ("Peel the prawns.", "Bóc vỏ tôm."),
    ("Fry the eggs.", "Rán trứng."),
    ("Crack the eggs.", "Đập trứng."),
    # v8: "Hãy đánh giá nó." (judge), "Hãy đánh giá cái ghế." (a chair), "Gạo có thực hiện không?", "Con gà có nấu
    # không?"
    ("Taste it.", "Nếm thử đi."),
    ("Taste the soup.", "Nếm thử canh đi."),
    ("Is the rice done?", "Cơm chín chưa?"),
    ("Is the chicken cooked?", "Thịt gà chín chưa?"),
    ("Are the potatoes done?", "Khoai tây chín chưa?"),
    ("It's not cooked yet.", "Nó chưa chín."),
    ("The chicken isn't cooked yet.", "Thịt gà chưa chín."),
    ("The potatoes are cooked.", "Khoai tây chín rồi."),
    # not: a little of what is counted, rice added, a span of days, "the heat" (the heating?), the gas off (the
    # mains?), "Is it done?" (a task?), verbs that do not agree, "yet" said, "much" of what is counted, a tomato
    # (ripe?), the phrase list's, crack what is not an egg, chop the salt
    ("Add some eggs.", None), ("Add the rice.", None), ("Cook it for two days.", None),
    ("Turn the heat down.", None), ("Turn off the gas.", None), ("Is it done?", None),
    ("The potatoes is cooked.", None), ("Is the potatoes done?", None), ("The chicken is cooked yet.", None),
    ("Don't add too much onions.", None), ("Is the tomato cooked?", None), ("The meat is undercooked.", None),
    ("Crack the onions.", None), ("Chop the salt.", None), ("Is the water done?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
