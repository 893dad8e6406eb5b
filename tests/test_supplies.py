"""Running out of things at home or on the road: out of, almost out of, any left, buying more, food gone off, both
ways (mt/supplies.py)."""
import pytest

from mt import mishaps, phrasebook
from mt.supplies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Cars all gas.", "The house is all rice.", "Out of milk.", "It's all milk.", "We all eggs."
    ("Xe hết xăng rồi.", "We've run out of petrol."),
    ("Xe tôi hết xăng rồi.", "I've run out of petrol."),
    ("Nhà hết gạo rồi.", "We're out of rice."),
    ("Hết sữa rồi.", "We're out of milk."),
    ("Nhà mình hết sữa rồi.", "We're out of milk."),
    ("Chúng ta hết trứng rồi.", "We're out of eggs."),
    ("Hết bánh mì rồi.", "We're out of bread."),
    ("Nhà hết giấy vệ sinh rồi.", "We're out of toilet paper."),
    ("Nhà hết ga rồi.", "We're out of cooking gas."),
    ("Nhà hết đường rồi.", "We're out of sugar."),  # v8: "The house is all roads."
    ("Sữa hết rồi.", "We're out of milk."),
    ("Lan hết cà phê rồi.", "Lan is out of coffee."),
    # v8: "The house is about all rice.", "It's going to be all coffee.", "The car is about to be gas."
    ("Nhà sắp hết gạo rồi.", "We're almost out of rice."),
    ("Sắp hết cà phê rồi.", "We're almost out of coffee."),
    ("Gạo nhà mình sắp hết rồi.", "We're almost out of rice."),
    ("Xe sắp hết xăng.", "We're almost out of petrol."),
    ("Không còn trứng nữa.", "There are no eggs left."),
    ("Nhà không còn gạo nữa.", "There's no rice left."),
    # v8: "And ovulation?", "And coffee?", "Isn't the rice?", "Is milk?"
    ("Còn trứng không?", "Are there any eggs left?"),
    ("Còn cà phê không?", "Is there any coffee left?"),
    ("Nhà có còn gạo không?", "Is there any rice left?"),
    ("Sữa còn không?", "Is there any milk left?"),
    ("Bạn còn cà phê không?", "Do you have any coffee left?"),
    ("Mẹ tôi còn gạo không?", "Does my mother have any rice left?"),
    # v8: "We have to buy milk." (more lost)
    ("Chúng ta phải mua thêm sữa.", "We have to buy more milk."),
    ("Chúng ta cần mua thêm trứng.", "We need to buy more eggs."),
    ("Mẹ tôi phải đi mua thêm gạo.", "My mother has to go and buy more rice."),
    ("Chúng ta có cần mua thêm sữa không?", "Do we need to buy more milk?"),
    ("Chúng ta không cần mua thêm gạo.", "We don't need to buy more rice."),
    # v8: "The Budddha was broken.", "Wheat is milestone.", "The egg was broken.", "The market is hugged.", "The
    # Buogurt is then yogurt."
    ("Sữa bị hỏng rồi.", "The milk has gone off."),
    ("Sữa hỏng rồi.", "The milk has gone off."),
    ("Bánh mì bị mốc rồi.", "The bread has gone mouldy."),
    ("Bánh mì này bị mốc rồi.", "This bread has gone mouldy."),
    ("Trứng bị hỏng rồi.", "The eggs have gone off."),
    ("Thịt bị ôi rồi.", "The meat has gone off."),
    ("Sữa bị chua rồi.", "The milk has gone sour."),
    ("Sữa chua bị hỏng rồi.", "The yogurt has gone off."),
    ("Sữa có bị hỏng không?", "Has the milk gone off?"),
    ("Trứng này có bị hỏng không?", "Have these eggs gone off?"),
    # not: money and named vehicles (mt/mishaps.py's), "hết đường" or "hết ga" alone (the road's end, a drink gone
    # flat), "anh" saying it (the speaker or "you"), the home's petrol, a car's milk, asked with "à" or "chưa",
    # "sữa chua" (yogurt, or the milk sour?), coffee "chua" (its taste), coffee gone off, "hỏng" with nothing more,
    # "cần" asked of no one (v8: "Do you need …?")
    ("Hết sữa rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi hết tiền rồi.", None), ("Xe máy hết xăng rồi.", None), ("Hết đường rồi.", None), ("Hết ga rồi.", None),
    ("Anh hết sữa rồi.", None), ("Nhà hết xăng rồi.", None), ("Xe hết sữa rồi.", None), ("Hết sữa rồi à?", None),
    ("Nhà hết sữa chưa?", None), ("Sữa chua rồi.", None), ("Cà phê bị chua rồi.", None),
    ("Cà phê bị hỏng rồi.", None), ("Sữa hỏng.", None), ("Chỉ còn hai quả trứng.", None),
    ("Tôi muốn đổi cái áo này.", None), ("Có cần mua thêm gạo không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi ra khỏi sữa.", "Chúng tôi chạy ra khỏi trứng.", "Chúng tôi đang chạy ít cà phê.", "Chúng ta hầu
    # như không đường."
    ("We're out of milk.", "Nhà hết sữa rồi."),
    ("We're out of rice.", "Nhà hết gạo rồi."),
    ("We're out of bread.", "Nhà hết bánh mì rồi."),
    ("We've run out of eggs.", "Nhà hết trứng rồi."),
    ("We ran out of eggs.", "Nhà hết trứng rồi."),
    ("I'm out of coffee.", "Tôi hết cà phê rồi."),
    ("She's out of coffee.", "Cô ấy hết cà phê rồi."),
    ("My mother has run out of rice.", "Mẹ tôi hết gạo rồi."),
    ("We're running low on coffee.", "Nhà sắp hết cà phê rồi."),
    ("We're running out of coffee.", "Nhà sắp hết cà phê rồi."),
    ("We're almost out of sugar.", "Nhà sắp hết đường rồi."),
    # v8: "Có trái cà phê nào không?", "Có trái trứng nào không?", "Chúng ta có trứng nào rời khỏi không?"
    ("Is there any coffee left?", "Còn cà phê không?"),
    ("Is there any milk left?", "Còn sữa không?"),
    ("Are there any eggs left?", "Còn trứng không?"),
    ("Is there still any milk?", "Còn sữa không?"),
    ("Do we have any eggs left?", "Nhà còn trứng không?"),
    ("Have we got any milk left?", "Nhà còn sữa không?"),
    ("Does she have any coffee left?", "Cô ấy còn cà phê không?"),
    # v8: "Không có sữa nào còn lại.", "Không có trứng nào trái." (fruit)
    ("There's no milk left.", "Hết sữa rồi."),
    ("There are no eggs left.", "Hết trứng rồi."),
    ("There isn't any bread left.", "Hết bánh mì rồi."),
    ("We need to buy more eggs.", "Chúng ta cần mua thêm trứng."),
    ("We have to buy more milk.", "Chúng ta phải mua thêm sữa."),
    ("She needs to buy more rice.", "Cô ấy cần mua thêm gạo."),
    ("Do we need to buy more milk?", "Chúng ta có cần mua thêm sữa không?"),
    ("I need to go and buy more coffee.", "Tôi cần đi mua thêm cà phê."),
    # v8: "Sữa đã ra khỏi.", "S sữa bị tắt.", "Sữa đã đi ợ chua.", "Món bánh mì đã ra đi.", "Món bánh mì là mouldy."
    ("The milk has gone off.", "Sữa bị hỏng rồi."),
    ("The milk's gone off.", "Sữa bị hỏng rồi."),
    ("The milk went off.", "Sữa bị hỏng rồi."),
    ("The milk is off.", "Sữa bị hỏng rồi."),
    ("The milk has gone sour.", "Sữa bị chua rồi."),
    ("The bread has gone mouldy.", "Bánh mì bị mốc rồi."),
    ("The bread is mouldy.", "Bánh mì bị mốc rồi."),
    ("These eggs are rotten.", "Trứng này bị thối rồi."),
    ("Has the milk gone off?", "Sữa có bị hỏng không?"),
    ("Have the eggs gone off?", "Trứng có bị hỏng không?"),
    # not: money run out (mt/mishaps.py's), "is", "are", "has", "have", "does",
    # "needs" not agreeing, "these" with one, "any" without "left" (asked to a shop?), coffee gone sour, "is gone off"
    ("I'm out of money.", None),
    ("We is out of sugar.", None), ("She are out of coffee.", None), ("My mother have run out of rice.", None),
    ("Is there any eggs left?", None), ("There is no eggs left.", None), ("Do she have any coffee left?", None),
    ("She need to buy more rice.", None), ("These eggs is rotten.", None), ("The eggs has gone off.", None),
    ("This eggs have gone off.", None), ("Is there any milk?", None), ("The coffee has gone sour.", None),
    ("The milk is gone off.", None), ("The power has gone off.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["We've run out of petrol.", "We're out of toilet paper."])
def test_what_mishaps_takes_it_says_first(text):
    # (mt/mishaps.py comes before this module in mt.phrasebook._RULES: its translation is the one given)
    assert phrasebook.translate(text, "en", "vi") == mishaps.translate(text, "en", "vi") is not None
