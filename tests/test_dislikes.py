"""Hating, not liking, liking and not standing things: days, the weather, foods, animals, school, homework, noise,
said or asked, both ways (mt/dislikes.py)."""
import pytest

from mt.dislikes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I hate to Monday.", "I hate to rain.", "He hate vegetables.", "My son hate to go to school."
    ("Tôi ghét thứ Hai.", "I hate Mondays."),
    ("Tôi ghét thứ 2.", "I hate Mondays."),
    ("Tôi ghét ngày thứ Hai.", "I hate Mondays."),
    ("Tôi ghét mưa.", "I hate the rain."),
    ("Tôi ghét trời mưa.", "I hate the rain."),
    ("Tôi rất ghét mưa.", "I really hate the rain."),
    ("Tôi ghét mưa lắm!", "I really hate the rain!"),
    ("Anh ấy ghét rau.", "He hates vegetables."),
    ("Họ ghét rau và hành.", "They hate vegetables and onions."),
    ("Con trai tôi ghét đi học.", "My son hates school."),
    ("Con gái tôi ghét bài tập về nhà.", "My daughter hates homework."),
    ("Chúng tôi ghét tiếng ồn.", "We hate noise."),
    ("Tôi ghét mưa và gió.", "I hate the rain and the wind."),
    ("Tôi ghét thời tiết nóng.", "I hate hot weather."),
    ("Tôi ghét trời lạnh.", "I hate cold weather."),
    ("Chị ấy ghét kẹt xe.", "She hates traffic jams."),
    ("Tôi ghét đồ cay.", "I hate spicy food."),
    # v8: "My younger brother stop milk.", "Lan hate fish.", "I hate my mosquitoes."
    ("Em trai tôi ghét sữa.", "My younger brother hates milk."),
    ("Lan ghét cá.", "Lan hates fish."),
    ("Bác Hùng ghét muỗi.", "Uncle Hung hates mosquitoes."),
    ("Anh ấy không ghét gián.", "He doesn't hate cockroaches."),
    ("Cô ấy không thích rắn.", "She doesn't like snakes."),
    ("Bố tôi không thích hành.", "My father doesn't like onions."),
    ("Tôi không thích mưa lắm.", "I don't really like the rain."),
    ("Tôi không thích rau chút nào.", "I don't like vegetables at all."),
    ("Họ không ưa mưa.", "They don't like the rain."),
    ("Tôi thích mùa đông.", "I like winter."),
    # v8: "Do you like to eat vegetarian?", "Do you hate to rain?"
    ("Bạn có thích đồ ăn cay không?", "Do you like spicy food?"),
    ("Bạn có ghét mưa không?", "Do you hate the rain?"),
    ("Bạn ghét mưa không?", "Do you hate the rain?"),
    ("Anh có ghét thứ Hai không?", "Do you hate Mondays?"),
    ("Mẹ tôi có thích sầu riêng không?", "Does my mother like durian?"),
    # v8: "I can't get hot.", "I don't get hot."
    ("Tôi không chịu được nóng.", "I can't stand the heat."),
    ("Tôi không chịu nổi cái nóng.", "I can't stand the heat."),
    ("Mẹ tôi chịu không nổi cái lạnh.", "My mother can't stand the cold."),
    # v8: "Did you stop Monday or Friday?", "What more do you hate?"
    ("Bạn ghét thứ Hai hay thứ Sáu hơn?", "Which do you hate more, Mondays or Fridays?"),
    ("Bạn ghét cái nào hơn?", "Which do you hate more?"),
    ("Tôi ghét mưa hơn tuyết.", "I hate the rain more than snow."),
    # not: mt/hobbies.py's things liked and activities, mt/tastes.py's "thích đồ cay", "anh", "em" alone saying it
    # (may be the speaker), a person, the past, "có" without "không", "I" asked, "gà" (the bird or the meat), fears,
    # "ưa" not negated, "thích … hơn" (mt/favourites.py's), one thing against itself
    ("Lan ghét cá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi ghét mèo.", None), ("Bạn có thích mèo không?", None), ("Tôi ghét nấu ăn.", None),
    ("Tôi thích đồ cay.", None), ("Anh ghét mưa.", None), ("Em không thích rau.", None), ("Tôi ghét anh ta.", None),
    ("Tôi đã ghét mưa.", None), ("Tôi có ghét mưa.", None), ("Tôi có ghét mưa không?", None), ("Tôi ghét gà.", None),
    ("Tôi sợ rắn.", None), ("Tôi ưa mưa.", None), ("Tôi thích thứ Sáu hơn thứ Hai.", None),
    ("Bạn ghét mưa hay mưa hơn?", None), ("Tôi rất không thích mưa.", None), ("Tôi ghét mưa không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("I hate Mondays.", "Tôi ghét thứ Hai."),
    ("I hate Monday.", "Tôi ghét thứ Hai."),
    ("I hate the rain.", "Tôi ghét mưa."),
    ("He hates vegetables.", "Anh ấy ghét rau."),
    ("They hate vegetables and onions.", "Họ ghét rau và hành."),
    ("I hate hot weather.", "Tôi ghét trời nóng."),
    ("I hate spicy food.", "Tôi ghét đồ ăn cay."),
    ("I really hate Mondays.", "Tôi rất ghét thứ Hai."),
    ("I hate Mondays very much.", "Tôi rất ghét thứ Hai."),
    ("I hate the rain more than the cold.", "Tôi ghét mưa hơn cái lạnh."),
    # v8: "Con trai tôi ghé học.", "Tôi ghét mèo của mẹ.", "Nón mũ."
    ("My son hates school.", "Con trai tôi ghét đi học."),
    ("My mother hates cats.", "Mẹ tôi ghét mèo."),
    ("Lan hates fish.", "Lan ghét cá."),
    ("We hate homework.", "Chúng tôi ghét bài tập về nhà."),
    ("My daughter hates milk.", "Con gái tôi ghét sữa."),
    # v8: "Tôi ghét bánh." (cakes), "Tôi ghé qua muỗi.", "Tôi ghét ổ đĩa." (a disk drive), "Tôi ghé kiểm tra."
    ("I hate snakes.", "Tôi ghét rắn."),
    ("I hate mosquitoes.", "Tôi ghét muỗi."),
    ("I hate cockroaches.", "Tôi ghét gián."),
    ("I hate exams.", "Tôi ghét thi cử."),
    ("I hate noise.", "Tôi ghét tiếng ồn."),
    # v8: "Tôi không thích du lịch." (travelling), "Anh ấy không ghét con mèo.", "Tôi ghét hành lang." (a corridor)
    ("I don't like durian.", "Tôi không thích sầu riêng."),
    ("She doesn't like cats.", "Cô ấy không thích mèo."),
    ("He doesn't hate cats.", "Anh ấy không ghét mèo."),
    ("I don't really like the cold.", "Tôi không thích cái lạnh lắm."),
    ("I don't like the rain very much.", "Tôi không thích mưa lắm."),
    ("I don't like onions at all.", "Tôi không thích hành chút nào."),
    ("I really like the rain.", "Tôi rất thích mưa."),
    # v8: "Anh có thích rau không?", "Bé có ghét thứ Hai không?", "Bạn ghét mèo?"
    ("Does he like vegetables?", "Anh ấy có thích rau không?"),
    ("Does she hate Mondays?", "Cô ấy có ghét thứ Hai không?"),
    ("Do you hate cats?", "Bạn có ghét mèo không?"),
    ("Do you hate spicy food?", "Bạn có ghét đồ ăn cay không?"),
    # v8: "Tôi không thể chịu cái nóng.", "Nó không thể chịu đựng những con mèo."
    ("I can't stand the heat.", "Tôi không chịu được cái nóng."),
    ("I cannot stand the cold.", "Tôi không chịu được cái lạnh."),
    ("She can't stand cats.", "Cô ấy không chịu được mèo."),
    # v8: "Bạn ghét ăn nhiều hơn thế nào?", "Bạn ghét thêm, thứ Hai hoặc thứ Sáu?"
    ("Which do you hate more?", "Bạn ghét cái nào hơn?"),
    ("Which do you hate more, Mondays or Fridays?", "Bạn ghét thứ Hai hay thứ Sáu hơn?"),
    ("Which does she hate more, the rain or the cold?", "Cô ấy ghét mưa hay cái lạnh hơn?"),
    # not: a verb that does not agree with who, a counted thing in the singular, "I" asked, activities (mt/hobbies.py),
    # a person, the past, "like spicy food" (mt/tastes.py's), "really" asked, one thing against itself, "cold" alone
    ("He hate vegetables.", None), ("I hates Mondays.", None), ("She hates cat.", None),
    ("Does she hates Mondays?", None), ("Do she hate Mondays?", None), ("I doesn't like cats.", None),
    ("Do I hate Mondays?", None), ("I hate cooking.", None), ("I hate him.", None), ("I hated Mondays.", None),
    ("Do you like spicy food?", None), ("I like spicy food.", None), ("Do you really hate Mondays?", None),
    ("Which do you hate more, Mondays or Mondays?", None), ("I hate cold.", None), ("Which does you hate more?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
