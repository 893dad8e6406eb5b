"""Floods and storms as news: a place flooded, a storm coming, hitting a place or passed, trees down, schools closed,
both ways (mt/floods.py)."""
import pytest

from mt.floods import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The road was filled.", "The street was filled.", "The road was filled with it."
    ("Đường bị ngập rồi.", "The street is flooded."),
    ("Đường ngập rồi.", "The street is flooded."),
    ("Đường phố bị ngập.", "The streets are flooded."),
    ("Đường lại bị ngập rồi.", "The street is flooded again."),
    ("Hôm nay đường bị ngập.", "The street is flooded today."),
    # v8: "My home was filled with water.", "My home was filled with yesterday.", "My house was filled."
    ("Nhà tôi bị ngập nước.", "My house is flooded."),
    ("Nhà tôi bị ngập hôm qua.", "My house was flooded yesterday."),
    ("Tối qua nhà tôi bị ngập.", "My house was flooded last night."),
    ("Nhà chúng tôi đã bị ngập rồi.", "Our house has been flooded."),
    ("Nhà bà tôi bị ngập.", "My grandmother's house is flooded."),
    ("Nhà Lan bị ngập.", "Lan's house is flooded."),
    ("Tầng hầm bị ngập nước.", "The basement is flooded."),
    # v8: "Do you get flooded?" (both), "Hanoi was surrounded.", "The city was filled with."
    ("Nhà bạn có bị ngập không?", "Is your house flooded?"),
    ("Hôm qua nhà bạn có bị ngập không?", "Was your house flooded yesterday?"),
    ("Đường có bị ngập không?", "Is the street flooded?"),
    ("Hà Nội bị ngập.", "Hanoi is flooded."),
    ("Cả thành phố bị ngập.", "The whole city is flooded."),
    # v8: "There is stormy.", "Tomorrow, has a storm.", "Tomorrow, will have a storm."
    ("Sắp có bão.", "A storm is coming."),
    ("Sắp có bão lớn.", "A big storm is coming."),
    ("Ngày mai có bão.", "There will be a storm tomorrow."),
    ("Ngày mai có bão không?", "Will there be a storm tomorrow?"),
    ("Hôm qua có bão.", "There was a storm yesterday."),
    ("Bão sắp đến.", "The storm is coming."),
    ("Bão qua rồi.", "The storm has passed."),
    # v8: "Hurricane dumped in Da Nang.", "Last night, storm dumped in Da Nang.", "Hurricane is about to dump in Da
    # Nang.", "Tomorrow, storm will pour into Hue.", "Hurricane has poured into the central."
    ("Bão đã đổ bộ vào Đà Nẵng.", "The storm has hit Da Nang."),
    ("Tối qua bão đổ bộ vào Đà Nẵng.", "The storm hit Da Nang last night."),
    ("Bão sắp đổ bộ vào Đà Nẵng.", "The storm is about to hit Da Nang."),
    ("Ngày mai bão sẽ đổ bộ vào Huế.", "The storm will hit Hue tomorrow."),
    ("Cơn bão đã đổ bộ vào miền Trung.", "The storm has hit central Vietnam."),
    ("Bão Yagi đã đổ bộ vào Quảng Ninh.", "Typhoon Yagi has hit Quang Ninh."),
    # v8: "Many trees were poured.", "Many trees were poured for storms."
    ("Nhiều cây bị đổ.", "Many trees fell down."),
    ("Nhiều cây bị đổ vì bão.", "Many trees fell down because of the storm."),
    ("Hôm qua vài cây bị đổ.", "A few trees fell down yesterday."),
    # v8: "School is closed by the flood.", "Tomorrow, schools closed because of the storm."
    ("Trường học đóng cửa vì lũ.", "Schools are closed because of the floods."),
    ("Ngày mai trường học đóng cửa vì bão.", "Schools will be closed tomorrow because of the storm."),
    ("Hôm qua các trường học đã đóng cửa vì bão.", "Schools were closed yesterday because of the storm."),
    ("Trường tôi nghỉ học vì lũ.", "My school is closed because of the floods."),
    # not: "nhà anh" (yours or mine), a day ahead or one that does not go with the verb, no tense said ("Có bão.",
    # "Bão đổ bộ vào Đà Nẵng."), a house hit, a place not known, "bị lũ", figurative "ngập", the power out
    # (mt/outages.py), a flight cancelled (mt/delays.py), schools closed for no reason said, asked with "à"
    ("Sắp có bão nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Nhà anh bị ngập.", None), ("Ngày mai đường bị ngập.", None), ("Đường đã bị ngập hôm nay.", None),
    ("Có bão.", None), ("Bão đổ bộ vào Đà Nẵng.", None), ("Bão sẽ đổ bộ vào Huế tối qua.", None),
    ("Bão đã đổ bộ vào nhà tôi.", None), ("Bão đã đổ bộ vào Paris.", None), ("Làng tôi bị lũ.", None),
    ("Tôi bị ngập trong công việc.", None), ("Mất điện vì bão.", None), ("Chuyến bay bị hủy vì bão.", None),
    ("Trường học đóng cửa.", None), ("Đường bị ngập à?", None), ("Ngày mai nhiều cây bị đổ.", None),
    ("Ngày mai sắp có bão.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đường phố bị lũ lụt." (said so, but not what people say), "Đường phố bị lũ trở lại." (returning)
    ("The street is flooded.", "Đường bị ngập."),
    ("The streets are flooded.", "Đường phố bị ngập."),
    ("The street is flooded again.", "Đường lại bị ngập rồi."),
    ("The street’s flooded.", "Đường bị ngập."),
    # v8: "Nhà tôi bị lũ lụt tối qua." (the day after), "Cơ bản bị lũ lụt." (basic)
    ("Our house is flooded.", "Nhà chúng tôi bị ngập."),
    ("Our house was flooded.", "Nhà chúng tôi đã bị ngập."),
    ("My house was flooded last night.", "Tối qua nhà tôi bị ngập."),
    ("Our house was flooded again last night.", "Tối qua nhà chúng tôi lại bị ngập."),
    ("My grandmother's house is flooded.", "Nhà bà tôi bị ngập."),
    ("The basement is flooded.", "Tầng hầm bị ngập."),
    ("The city is under water.", "Thành phố bị ngập."),
    ("Central Vietnam is flooded.", "Miền Trung bị ngập."),
    ("Is your house flooded?", "Nhà bạn có bị ngập không?"),
    ("Were the streets flooded yesterday?", "Hôm qua đường phố có bị ngập không?"),
    ("Is Hanoi flooded?", "Hà Nội có bị ngập không?"),
    # v8: "Một cơn bão sắp tới.", "Sẽ có cơn bão ngày mai." (the day after), "Cơn bão đã trôi qua." (drifted)
    ("A storm is coming.", "Sắp có bão."),
    ("There's a big storm coming.", "Sắp có bão lớn."),
    ("The storm is coming.", "Bão sắp đến."),
    ("The storm has passed.", "Bão đã qua."),
    ("There will be a storm tomorrow.", "Ngày mai sẽ có bão."),
    ("There's going to be a storm tonight.", "Tối nay sẽ có bão."),
    ("There was a storm last night.", "Tối qua có bão."),
    # v8: "Cơn bão xảy ra Đà Nẵng tối qua." (happened), "Cơn bão đã đâm vào Huế." (crashed into), "Cơn bão sẽ tấn
    # công Đà Nẵng ngày mai." (attack), "Cơn bão sắp xảy ra ở Đà Nẵng."
    ("The storm hit Da Nang last night.", "Tối qua bão đổ bộ vào Đà Nẵng."),
    ("The typhoon has hit Hue.", "Bão đã đổ bộ vào Huế."),
    ("The typhoon will hit Da Nang tomorrow.", "Ngày mai bão sẽ đổ bộ vào Đà Nẵng."),
    ("The storm is about to hit Da Nang.", "Bão sắp đổ bộ vào Đà Nẵng."),
    ("Typhoon Yagi hit Quang Ninh yesterday.", "Hôm qua bão Yagi đổ bộ vào Quảng Ninh."),
    ("The storm made landfall in Hue last night.", "Tối qua bão đổ bộ vào Huế."),
    # v8: "Nhiều cây rơi xuống." (dropped), "Nhiều cây rơi xuống trong cơn bão."
    ("Many trees fell down.", "Nhiều cây bị đổ."),
    ("A lot of trees came down in the storm.", "Rất nhiều cây bị đổ vì bão."),
    ("Some trees fell down last night.", "Tối qua một số cây bị đổ."),
    # v8: "Các trường học sẽ đóng cửa ngày mai vì cơn bão." (the day after)
    ("Schools are closed because of the flood.", "Các trường học đóng cửa vì lũ."),
    ("Schools will be closed tomorrow because of the typhoon.", "Ngày mai các trường học sẽ đóng cửa vì bão."),
    ("Schools have been closed due to the typhoon.", "Các trường học đã đóng cửa vì bão."),
    ("My school is closed because of the storm.", "Trường tôi đóng cửa vì bão."),
    # not: the verb not agreeing with the place ("The street are"), or with the day ("was flooded tomorrow", "has hit
    # … yesterday", "have fallen … last night"), a place not known, "flooded with" (many of something), a house hit,
    # the power out (mt/outages.py), a flight cancelled (mt/delays.py), schools closed for no reason said
    ("The street are flooded.", None), ("The streets is flooded.", None),
    ("My school are closed because of the storm.", None),
    ("The street was flooded tomorrow.", None), ("The storm has hit Hue yesterday.", None),
    ("The storm hit Da Nang tomorrow.", None), ("Many trees have fallen down last night.", None),
    ("London is flooded.", None), ("The city is flooded with tourists.", None), ("I'm flooded with work.", None),
    ("The storm hit my house.", None), ("The power is out because of the storm.", None),
    ("Our flight was cancelled because of the storm.", None), ("Schools are closed.", None),
    ("A storm is here.", None), ("There was a storm tomorrow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
