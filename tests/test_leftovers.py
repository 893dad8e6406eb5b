"""Leftover food: kept in the fridge, still there or gone, yesterday's food eaten, heated up on the stove or in the
microwave, not thrown away or wasted, eaten up, both ways (mt/leftovers.py)."""
import pytest

from mt.leftovers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The leftovers in the refrigerator.", "Eat leftovers in the refrigerator.", "The leftover food yesterday is
    # still in the rock.", "The leftover is in the refrigerator.", "Where do you eat leftovers yesterday?"
    ("Cơm thừa để trong tủ lạnh.", "The leftover rice is in the fridge."),
    ("Đồ ăn thừa để trong tủ lạnh.", "The leftovers are in the fridge."),
    ("Đồ ăn thừa hôm qua vẫn để trong ngăn đá.", "Yesterday's leftovers are still in the freezer."),
    ("Canh thừa ở trong tủ lạnh đấy.", "The leftover soup is in the fridge."),
    ("Đồ thừa để ở trong tủ lạnh.", "The leftovers are in the fridge."),
    ("Đồ ăn thừa hôm qua đâu rồi?", "Where are yesterday's leftovers?"),
    ("Cơm thừa ở đâu?", "Where is the leftover rice?"),
    # v8: "Did you eat leftovers yesterday?", "Is the leftovers?", "Is the Muscles on yesterday?", "Align last night
    # remain.", "Eat leftovers."
    ("Đồ ăn thừa hôm qua còn không?", "Are there any of yesterday's leftovers left?"),
    ("Đồ ăn thừa hôm qua có còn không?", "Are there any of yesterday's leftovers left?"),
    ("Cơm thừa còn không?", "Is there any leftover rice left?"),
    ("Cơm hôm qua còn không?", "Is there any of yesterday's rice left?"),
    ("Canh tối qua vẫn còn.", "Last night's soup is still there."),
    ("Đồ ăn thừa hết rồi.", "The leftovers are all gone."),
    ("Cơm thừa hôm qua hết rồi.", "Yesterday's leftover rice is all gone."),
    # v8: "I eat back to food yesterday.", "I'm eating food yesterday.", "My mother would eat leftover last night.",
    # "Are you eating food yesterday?", "We ate to eat back on yesterday.", "Lan is eating leftovers yesterday."
    ("Tôi đang ăn lại đồ ăn hôm qua.", "I'm eating yesterday's food."),
    ("Tôi đang ăn đồ ăn hôm qua.", "I'm eating yesterday's food."),
    ("Mẹ tôi sẽ ăn cơm thừa tối qua.", "My mother will eat last night's leftover rice."),
    ("Bạn đang ăn đồ ăn hôm qua à?", "Are you eating yesterday's food?"),
    ("Chúng tôi đang ăn lại canh hôm qua.", "We're eating yesterday's soup."),
    ("Lan đang ăn đồ ăn thừa hôm qua.", "Lan is eating yesterday's leftovers."),
    ("Anh ấy đang ăn lại cơm hôm qua.", "He's eating yesterday's rice."),
    # v8: "Let the rice go back to the microwave.", "Aligns the wave to the microwave.", "Go back to the kitchen.",
    # "Keep the heat on the kitchen.", "My mother was warming up on the kitchen.", "I brought back to the kitchen.",
    # "Do you fan up on the kitchen?", "He warmed up eagerly in the kitchen.", "We'll bounce the leftovers on the
    # kitchen.", "I'm not warming on the kitchen.", "I put the rice into the microwave."
    ("Cho cơm vào lò vi sóng hâm lại đi.", "Heat the rice up in the microwave."),
    ("Cho canh vào lò vi sóng hâm nóng lại nhé.", "Heat the soup up in the microwave."),
    ("Hâm lại canh trên bếp đi.", "Heat the soup up on the stove."),
    ("Hâm nóng cơm trên bếp nhé.", "Heat the rice up on the stove."),
    ("Mẹ tôi đang hâm nóng canh trên bếp.", "My mother is heating the soup up on the stove."),
    ("Tôi hâm lại canh trên bếp rồi.", "I've heated the soup up on the stove."),
    ("Bạn hâm lại canh trên bếp chưa?", "Have you heated the soup up on the stove yet?"),
    ("Anh ấy vừa hâm nóng cháo trên bếp.", "He's just heated the porridge up on the stove."),
    ("Chúng tôi sẽ hâm lại đồ ăn thừa trên bếp.", "We'll heat the leftovers up on the stove."),
    ("Tôi chưa hâm nóng canh trên bếp.", "I haven't heated the soup up on the stove yet."),
    ("Tôi cho cơm vào lò vi sóng hâm lại rồi.", "I've heated the rice up in the microwave."),
    # v8: "Don't dump leftovers.", "Don't get the leftovers.", "My mother never getting leftovers.", "We never dumped
    # food."
    ("Đừng đổ đồ ăn thừa đi.", "Don't throw the leftovers away."),
    ("Đừng vứt cơm thừa đi nhé.", "Don't throw the leftover rice away."),
    ("Đừng bỏ đồ ăn thừa đi.", "Don't throw the leftovers away."),
    ("Mẹ tôi không bao giờ vứt đồ ăn thừa.", "My mother never throws leftovers away."),
    ("Chúng tôi không bao giờ đổ đồ ăn đi.", "We never throw food away."),
    # v8: "My mother never left the food.", "Don't cost food.", "I hate to waste wasteen.", "My father was very hate
    # to was waste food.", "She doesn't like wastes.", "We shouldn't cost food."
    ("Mẹ tôi không bao giờ bỏ phí đồ ăn.", "My mother never wastes food."),
    ("Đừng bỏ phí đồ ăn.", "Don't waste food."),
    ("Tôi ghét lãng phí đồ ăn.", "I hate wasting food."),
    ("Bạn có ghét lãng phí đồ ăn không?", "Do you hate wasting food?"),
    ("Bố tôi rất ghét lãng phí thức ăn.", "My father really hates wasting food."),
    ("Cô ấy không thích lãng phí đồ ăn.", "She doesn't like wasting food."),
    ("Chúng ta không nên lãng phí đồ ăn.", "We shouldn't waste food."),
    # v8: "Eat for all.", "Eat for all the muscles.", "Let's eat all leftovers.", "I'll eat all."
    ("Ăn cho hết đi.", "Eat it all up."),
    ("Ăn cho hết cơm đi.", "Eat up all the rice."),
    ("Chúng ta ăn cho hết đồ ăn thừa nhé.", "Let's eat up all the leftovers."),
    ("Tôi sẽ ăn cho hết.", "I'll eat it all up."),
    # not: a food neither left over nor of a day, "còn" alone, "Tôi ăn đồ ăn thừa hôm qua." (yesterday's, or eaten
    # yesterday?), heating with no tense, "Đừng bỏ cơm" (skip a meal), a child told ("Con"), a pet, "anh" saying
    # it, a "?" on a statement, "I" asked, throwing away with no "never", "nhỉ", "rồi" with "chưa?", a day with
    # "never", no day eaten again
    ("Cơm để trong tủ lạnh.", None), ("Cơm thừa còn.", None), ("Cơm còn không?", None),
    ("Tôi ăn đồ ăn thừa hôm qua.", None), ("Tôi hâm lại canh trên bếp.", None), ("Đừng bỏ cơm.", None),
    ("Con ăn cho hết đi nhé.", None), ("Con chó của tôi đang ăn đồ ăn hôm qua.", None),
    ("Anh đang ăn đồ ăn hôm qua.", None), ("Cơm thừa để trong tủ lạnh?", None),
    ("Tôi có ghét lãng phí đồ ăn không?", None), ("Tôi đổ đồ ăn thừa đi.", None), ("Ăn cho hết đi?", None),
    ("Mẹ tôi hâm lại canh trên bếp nhé.", None), ("Đồ ăn thừa hôm qua vẫn còn không?", None),
    ("Tôi lãng phí đồ ăn.", None), ("Đồ để trong tủ lạnh.", None), ("Bạn hâm lại canh trên bếp rồi chưa?", None),
    ("Cơm thừa để trong tủ lạnh nhỉ.", None), ("Tôi ăn lại đồ ăn.", None),
    ("Mẹ tôi không bao giờ vứt đồ ăn thừa hôm qua.", None), ("The leftovers are in the fridge.", None),
    ("Thừa thừa thừa.", None),
    # "ăn lại" with no tense (now, a habit, or yesterday again?), as heating with none is left
    ("Tôi ăn lại đồ ăn hôm qua.", None), ("Chúng tôi ăn lại canh hôm qua.", None),
    ("Anh ấy ăn lại canh tối qua.", None), ("Tôi ăn lại cơm thừa hôm qua.", None),
    ("Bạn ăn lại đồ ăn hôm qua.", None), ("Cô ấy ăn lại canh hôm qua à?", None),
    ("Bạn ăn lại đồ ăn hôm qua à?", None),
    # "vậy", "thế" ending a statement say more than English would (then: a choice made; so much); asked, they soften
    ("Cơm thừa để trong tủ lạnh vậy.", None), ("Đồ ăn thừa để trong ngăn đá thế.", None),
    ("Cơm thừa vẫn còn thế.", None), ("Tôi đang ăn đồ ăn hôm qua thế.", None), ("Hâm lại canh trên bếp vậy.", None),
    ("Tôi sẽ hâm lại canh trên bếp vậy.", None), ("Cho cơm vào lò vi sóng hâm lại vậy.", None),
    ("Tôi ghét lãng phí đồ ăn thế.", None), ("Mẹ tôi không bao giờ lãng phí đồ ăn vậy.", None),
    ("Cơm thừa ở đâu thế?", "Where is the leftover rice?"),
    ("Bạn hâm lại canh trên bếp chưa vậy?", "Have you heated the soup up on the stove yet?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Gạo thừa nằm trong tủ lạnh." (raw rice), "Các phần thức ăn thừa ngày hôm qua vẫn còn nằm trong tủ lạnh."
    # (the fridge for the freezer), "Ngoài ra còn lại ở đâu?"
    ("The leftover rice is in the fridge.", "Cơm thừa để trong tủ lạnh."),
    ("The leftovers are in the fridge.", "Đồ ăn thừa để trong tủ lạnh."),
    ("Yesterday's leftovers are still in the freezer.", "Đồ ăn thừa hôm qua vẫn để trong ngăn đá."),
    ("The leftover soup's in the refrigerator.", "Canh thừa để trong tủ lạnh."),
    ("Where are yesterday's leftovers?", "Đồ ăn thừa hôm qua đâu rồi?"),
    ("Where's the leftover soup?", "Canh thừa đâu rồi?"),
    # v8: "Có đồ thừa hôm qua không?", "Gạo thừa nào còn lại không?", "Gạo ngày hôm qua có phải không?", "Buổi tối
    # qua vẫn còn ở đó.", "Bọn thức ăn thừa đều mất."
    ("Are there any of yesterday's leftovers left?", "Đồ ăn thừa hôm qua còn không?"),
    ("Are there any leftovers left?", "Đồ ăn thừa còn không?"),
    ("Is there any leftover rice left?", "Cơm thừa còn không?"),
    ("Is there any of yesterday's rice left?", "Cơm hôm qua còn không?"),
    ("Last night's soup is still there.", "Canh tối qua vẫn còn."),
    ("The leftovers are all gone.", "Đồ ăn thừa hết rồi."),
    # v8: "Bạn có ăn thức ăn hôm qua không?", "Chúng ta sẽ ăn gạo tối qua.", "Lan sẽ ăn xà phòng hôm qua." (soap)
    ("I'm eating yesterday's food.", "Tôi đang ăn đồ ăn hôm qua."),
    ("My mother is eating yesterday's leftovers.", "Mẹ tôi đang ăn đồ ăn thừa hôm qua."),
    ("Are you eating yesterday's food?", "Bạn đang ăn đồ ăn hôm qua à?"),
    ("We'll eat last night's rice.", "Chúng tôi sẽ ăn cơm tối qua."),
    ("Lan will eat yesterday's soup.", "Lan sẽ ăn canh hôm qua."),
    # v8: "Chúc lên bếp lò.", "Anh ấy ăn lên bếp lò.", "Gạo trên bếp lò.", "Mẹ tôi đang nóng lên cái loét trên bếp
    # lò.", "Tôi đã lưỡng lự trên bếp lò.", "Bạn vừa vặn lên lò sưởi chưa?", "Chúng tôi sẽ nóng thức ăn thừa trên
    # bếp lò."
    ("Heat the soup up on the stove.", "Hâm nóng canh trên bếp đi."),
    ("Heat up the soup on the stove.", "Hâm nóng canh trên bếp đi."),
    ("Reheat the rice on the stove.", "Hâm lại cơm trên bếp đi."),
    ("My mother is heating up the soup on the stove.", "Mẹ tôi đang hâm nóng canh trên bếp."),
    ("She's heating the soup up on the stove.", "Cô ấy đang hâm nóng canh trên bếp."),
    ("I've heated up the soup on the stove.", "Tôi đã hâm nóng canh trên bếp rồi."),
    ("He has just heated the porridge up on the stove.", "Anh ấy vừa hâm nóng cháo trên bếp."),
    ("Have you heated the soup up on the stove yet?", "Bạn đã hâm nóng canh trên bếp chưa?"),
    ("I haven't heated up the soup on the stove yet.", "Tôi chưa hâm nóng canh trên bếp."),
    ("We'll heat the leftovers up on the stove.", "Chúng tôi sẽ hâm nóng đồ ăn thừa trên bếp."),
    # v8: "Đừng ném đồ thừa đi." (throw at), "Đừng ném đồ thừa.", "Mẹ tôi không bao giờ ném đồ thừa đi."
    ("Don't throw the leftovers away.", "Đừng đổ đồ ăn thừa đi."),
    ("Don't throw away the leftovers.", "Đừng đổ đồ ăn thừa đi."),
    ("My mother never throws leftovers away.", "Mẹ tôi không bao giờ đổ đồ ăn thừa đi."),
    ("We never throw food away.", "Chúng tôi không bao giờ đổ đồ ăn đi."),
    # v8: "Tôi ghét thức ăn.", "Bé có ghét thức ăn không?", "Cha tôi thực sự hat đang ăn thức ăn.", "Nó không thích
    # ăn thức ăn.", "Chúng ta không nên ăn thức ăn."
    ("My mother never wastes food.", "Mẹ tôi không bao giờ bỏ phí đồ ăn."),
    ("Don't waste food.", "Đừng bỏ phí đồ ăn."),
    ("I hate wasting food.", "Tôi ghét lãng phí đồ ăn."),
    ("I hate to waste food.", "Tôi ghét lãng phí đồ ăn."),
    ("Does she hate wasting food?", "Cô ấy có ghét lãng phí đồ ăn không?"),
    ("My father really hates wasting food.", "Bố tôi rất ghét lãng phí đồ ăn."),
    ("She doesn't like wasting food.", "Cô ấy không thích lãng phí đồ ăn."),
    ("We shouldn't waste food.", "Chúng tôi không nên lãng phí đồ ăn."),
    # v8: "Ăn hết gạo!", "Để ăn xong.", "Tôi sẽ ăn hết gạo."
    ("Eat it all up.", "Ăn cho hết đi."),
    ("Eat up all the leftovers.", "Ăn cho hết đồ ăn thừa đi."),
    ("Eat up all the rice!", "Ăn cho hết cơm đi!"),
    ("Let's eat it all up.", "Chúng ta ăn cho hết đi."),
    ("Let's eat up all the leftovers.", "Chúng ta ăn cho hết đồ ăn thừa đi."),
    ("I'll eat up all the rice.", "Tôi sẽ ăn cho hết cơm."),
    # not: verbs or "is" that do not agree, no "the" or day, a food of no day, "away" twice or not at all, a habit
    # or a past with no stove tense, a pet, "I" asked, the microwave (mt/fridge.py's), the other way's language
    ("The leftovers is in the fridge.", None), ("Leftovers are in the fridge.", None),
    ("The rice is in the fridge.", None), ("Are there any yesterday's leftovers left?", None),
    ("Is there any of yesterday's leftovers left?", None), ("The leftovers is all gone.", None),
    ("She are eating yesterday's food.", None), ("I'm eating the leftovers.", None),
    ("I ate yesterday's leftovers.", None), ("Heat up the soup up on the stove.", None),
    ("She have heated the soup up on the stove.", None), ("I heat the soup up on the stove.", None),
    ("Heat the rice up in the microwave.", None), ("Don't throw away the leftovers away.", None),
    ("Don't throw leftovers away.", None), ("He never throw food away.", None),
    ("My mother never waste food.", None), ("I doesn't like wasting food.", None), ("Eat up all rice.", None),
    ("My dog is eating yesterday's food.", None), ("Have I heated the soup up on the stove yet?", None),
    ("Cơm thừa để trong tủ lạnh.", None), ("Waste waste waste.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
