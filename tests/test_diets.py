"""What people eat or do not eat: vegetarian, vegan, foods not eaten, avoided or given up, both ways
(mt/diets.py)."""
import pytest

from mt.diets import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He ate his dad.", "Do you eat lemons?", "Are you a lemon?", "She vegetarian.", "We vegetarians."
    ("Anh ấy ăn chay.", "He's vegetarian."),
    ("Cô ấy ăn chay.", "She's vegetarian."),
    ("Chúng tôi ăn chay.", "We're vegetarian."),
    ("Lan ăn chay.", "Lan is vegetarian."),
    ("Bạn có ăn chay không?", "Are you vegetarian?"),
    ("Anh có ăn chay không?", "Are you vegetarian?"),
    ("Anh ấy có ăn chay không?", "Is he vegetarian?"),
    ("Bạn có phải là người ăn chay không?", "Are you vegetarian?"),
    ("Anh ấy là người ăn chay.", "He's vegetarian."),
    # v8: "I don't eat lemons.", "My father wasn't eaten."
    ("Tôi không ăn chay.", "I'm not vegetarian."),
    ("Bố tôi không ăn chay.", "My father isn't vegetarian."),
    ("Tôi không phải là người ăn chay.", "I'm not vegetarian."),
    # v8: "I ate purely.", "She eats pure.", "I ate the school father.", "My father ate school."
    ("Tôi ăn thuần chay.", "I'm vegan."),
    ("Cô ấy ăn thuần chay.", "She's vegan."),
    ("Tôi ăn chay trường.", "I'm a full-time vegetarian."),
    ("Bố tôi ăn chay trường.", "My father is a full-time vegetarian."),
    ("Chúng tôi ăn chay trường.", "We're full-time vegetarians."),
    # v8: "My mother ate his father on the chin.", "My grandmother ated his father in blindness and chin."
    ("Mẹ tôi ăn chay vào ngày rằm.", "My mother eats vegetarian on full moon days."),
    ("Bà tôi ăn chay vào mùng một và ngày rằm.",
     "My grandmother eats vegetarian on the first and fifteenth of the lunar month."),
    ("Mẹ tôi ăn chay vào mùng một.", "My mother eats vegetarian on the first day of the lunar month."),
    ("Vào ngày rằm, mẹ tôi ăn chay.", "My mother eats vegetarian on full moon days."),
    ("Bà tôi có ăn chay vào ngày rằm không?", "Does my grandmother eat vegetarian on full moon days?"),
    ("Tôi ăn chay mỗi thứ Hai.", "I eat vegetarian every Monday."),
    # v8: "He didn't eat meat.", "My father wasn't eating the beef.", "Do you eat a seafood?"
    ("Anh ấy không ăn thịt.", "He doesn't eat meat."),
    ("Cô ấy không ăn thịt lợn.", "She doesn't eat pork."),
    ("Cô ấy không ăn thịt heo.", "She doesn't eat pork."),
    ("Bố tôi không ăn thịt bò.", "My father doesn't eat beef."),
    ("Con gái tôi không ăn cá.", "My daughter doesn't eat fish."),
    ("Tôi không ăn thịt lợn và thịt bò.", "I don't eat pork or beef."),
    ("Bạn có ăn hải sản không?", "Do you eat seafood?"),
    ("Tôi không ăn thịt nữa.", "I don't eat meat any more."),
    ("Tôi không ăn được hải sản.", "I can't eat seafood."),
    ("Bạn có ăn được thịt bò không?", "Can you eat beef?"),
    # v8: "I left meat.", "He resisted the beef.", "My mother persisted meat."
    ("Tôi đã bỏ ăn thịt.", "I stopped eating meat."),
    ("Mẹ tôi bỏ ăn thịt rồi.", "My mother has stopped eating meat."),
    ("Anh ấy kiêng thịt bò.", "He avoids beef."),
    ("Mẹ tôi kiêng ăn thịt.", "My mother avoids meat."),
    ("Bạn có kiêng gì không?", "Is there anything you don't eat?"),
    # not: "anh" alone saying it (may be the speaker), "I" asked, "phải" as must, a weekday that may be next Monday,
    # "thuần chay" on a day, a food eaten said (an order?), the past, spicy food (mt/tastes.py's), a diet
    # (mt/weight.py's), asked without "có", "gì" said, a list asked, "à?" asked
    ("Lan ăn chay nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ăn chay.", None), ("Tôi có ăn thịt không?", None), ("Tôi phải là người ăn chay.", None),
    ("Tôi ăn chay vào thứ Hai.", None), ("Tôi ăn thuần chay vào ngày rằm.", None), ("Tôi ăn cá.", None),
    ("Tôi đã không ăn thịt.", None), ("Anh ấy không ăn được cay.", None), ("Tôi đang ăn kiêng.", None),
    ("Bạn ăn chay không?", None), ("Tôi không kiêng gì.", None), ("Bạn có ăn thịt bò và cá không?", None),
    ("Bạn ăn chay à?", None), ("Hôm nay tôi ăn chay.", None), ("Tôi ăn chay vào ngày rằm không?", None),
    ("Mẹ tôi ăn chay mỗi tháng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có phải là người ăn không?", "Tôi là cơ quan." (an agency), "Chồng bạn có quan hệ không?", "Bé có ăn
    # chay không?" (the baby)
    ("Are you vegetarian?", "Bạn có ăn chay không?"),
    ("Are you a vegetarian?", "Bạn có ăn chay không?"),
    ("I'm vegan.", "Tôi ăn thuần chay."),
    ("She's vegan.", "Cô ấy ăn thuần chay."),
    ("They're vegan.", "Họ ăn thuần chay."),
    ("He's a vegetarian.", "Anh ấy ăn chay."),
    ("We're vegetarians.", "Chúng tôi ăn chay."),
    ("Is your husband vegan?", "Chồng bạn có ăn thuần chay không?"),
    ("Is she vegetarian?", "Cô ấy có ăn chay không?"),
    ("I'm not vegetarian.", "Tôi không ăn chay."),
    ("He isn't a vegetarian.", "Anh ấy không ăn chay."),
    ("My grandmother is vegetarian.", "Bà tôi ăn chay."),
    ("Lan is vegetarian.", "Lan ăn chay."),
    ("He's a full-time vegetarian.", "Anh ấy ăn chay trường."),
    # v8: "Cô ấy không ăn pork.", "Anh có ăn thịt lợn không?" (you), "Cậu ăn cá?"
    ("She doesn't eat pork.", "Cô ấy không ăn thịt lợn."),
    ("He doesn't eat beef.", "Anh ấy không ăn thịt bò."),
    ("My mother doesn't eat meat.", "Mẹ tôi không ăn thịt."),
    ("I don't eat pork or beef.", "Tôi không ăn thịt lợn và thịt bò."),
    ("Does he eat pork?", "Anh ấy có ăn thịt lợn không?"),
    ("Do you eat fish?", "Bạn có ăn cá không?"),
    ("Do you eat meat?", "Bạn có ăn thịt không?"),
    ("I can't eat seafood.", "Tôi không ăn được hải sản."),
    ("Can you eat seafood?", "Bạn có ăn hải sản được không?"),
    # v8: "Tôi không ăn thêm thịt nữa." (more), "Tôi đã cho thịt." (gave meat), "Cha tôi dừng ăn thịt."
    ("I don't eat meat any more.", "Tôi không ăn thịt nữa."),
    ("She doesn't eat pork anymore.", "Cô ấy không ăn thịt lợn nữa."),
    ("I gave up meat.", "Tôi đã bỏ ăn thịt."),
    ("My father has given up pork.", "Bố tôi đã bỏ ăn thịt lợn."),
    ("My father stopped eating meat.", "Bố tôi đã ngừng ăn thịt."),
    ("She's stopped eating beef.", "Cô ấy đã ngừng ăn thịt bò."),
    ("My mother avoids beef.", "Mẹ tôi kiêng thịt bò."),
    # v8: "Mẹ tôi ăn chay vào những ngày đầy đủ." (full days)
    ("My mother eats vegetarian on full-moon days.", "Mẹ tôi ăn chay vào ngày rằm."),
    ("My mother eats vegetarian on the first and fifteenth of the lunar month.",
     "Mẹ tôi ăn chay vào ngày mùng một và ngày rằm."),
    ("Does your mother eat vegetarian on full moon days?", "Mẹ bạn có ăn chay vào ngày rằm không?"),
    ("Do you eat vegetarian food?", "Bạn có ăn chay không?"),
    # not: a verb that does not agree ("She don't", "Does he eats", "She are", "I has"), "a" before many, many
    # after "I", "I" asked, a food eaten said, a day not of a habit, a list asked, "any more" not denied
    ("She don't eat pork.", None), ("Does he eats pork?", None), ("She are vegetarian.", None),
    ("I has stopped eating beef.", None), ("We're a vegetarian.", None), ("I'm vegetarians.", None),
    ("Am I vegetarian?", None), ("I eat fish.", None), ("I don't eat meat on Mondays.", None),
    ("Do you eat pork or beef?", None), ("I eat meat any more.", None), ("My mother eat vegetarian.", None),
    ("I'm on a diet.", None), ("She can't eat spicy food.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
