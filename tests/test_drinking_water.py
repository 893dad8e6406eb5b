"""Drinking water at home and abroad: boiled, bottled, plain and tap water drunk, the tap water all right to drink,
this water boiled or filtered, a water purifier, and no ice, both ways (mt/drinking_water.py)."""
import pytest

from mt.drinking_water import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I just drink boiled water to cool.", "My mother was just drinking boiling water.", "Land only drinks
    # bottled water.", "I still drink machine water.", "Do you or drink bottled water?", "She never drank the machine
    # water.", "I just drink water.", "I only drink water through the filter."
    ("Tôi chỉ uống nước đun sôi để nguội.", "I only drink boiled water that has cooled."),
    ("Tôi chỉ uống nước sôi để nguội.", "I only drink boiled water that has cooled."),
    ("Mẹ tôi chỉ uống nước đun sôi.", "My mother only drinks boiled water."),
    ("Anh ấy thường uống nước đun sôi để nguội.", "He often drinks boiled water that has cooled."),
    ("Lan chỉ uống nước đóng chai.", "Lan only drinks bottled water."),
    ("Chúng tôi luôn uống nước đóng chai.", "We always drink bottled water."),
    ("Tôi không uống nước máy.", "I don't drink tap water."),
    ("Bố tôi vẫn uống nước máy.", "My father still drinks tap water."),
    ("Bạn có uống nước máy không?", "Do you drink tap water?"),
    ("Bạn có hay uống nước đóng chai không?", "Do you often drink bottled water?"),
    ("Cô ấy không bao giờ uống nước máy.", "She never drinks tap water."),
    ("Tôi chỉ uống nước lọc.", "I only drink plain water."),
    ("Tôi chỉ uống nước đã qua lọc.", "I only drink filtered water."),
    # v8: "Drink bottled water.", "You should only drink boiling water.", "Should I drink machine water?", "I won't
    # drink machine water."
    ("Bạn nên uống nước đóng chai.", "You should drink bottled water."),
    ("Bạn chỉ nên uống nước đun sôi.", "You should only drink boiled water."),
    ("Bạn không nên uống nước máy.", "You shouldn't drink tap water."),
    ("Tôi có nên uống nước máy không?", "Should I drink tap water?"),
    ("Chúng tôi sẽ chỉ uống nước đóng chai.", "We'll only drink bottled water."),
    ("Tôi sẽ không uống nước máy.", "I won't drink tap water."),
    # v8: "I don't drink rocks.", "My mother didn't drink kicks.", "Do you drink rocks?", "I don't get the rock.", "Do
    # you get kicks?"
    ("Tôi không uống đá.", "I don't take ice."),
    ("Mẹ tôi không uống đá.", "My mother doesn't take ice."),
    ("Bạn có uống đá không?", "Do you take ice?"),
    ("Tôi không lấy đá nhé.", "No ice for me, please."),
    ("Mẹ tôi không lấy đá nhé.", "No ice for my mother, please."),
    ("Bạn có lấy đá không?", "Do you want ice?"),
    # v8: "What about machine water?", "What's the machinery here?", "What's the water here?", "Are there safe?", "The
    # machine water here isn't why."
    ("Uống nước máy có sao không?", "Is it all right to drink the tap water?"),
    ("Uống nước máy ở đây có sao không?", "Is it all right to drink the tap water here?"),
    ("Uống nước ở đây có sao không?", "Is it all right to drink the water here?"),
    ("Uống nước máy ở đây có an toàn không?", "Is it safe to drink the tap water here?"),
    ("Uống nước máy ở đây không sao đâu.", "It's all right to drink the tap water here."),
    ("Uống nước máy ở đây không an toàn.", "It isn't safe to drink the tap water here."),
    # v8: "Is this boiling water?", "Is it boiled in water?", "Is it filtered?", "This water is boiling boiling.",
    # "This water is not filtered.", "Is it boiled water?"
    ("Nước này đã đun sôi chưa?", "Has this water been boiled?"),
    ("Nước này đun sôi chưa?", "Has this water been boiled?"),
    ("Nước này đã được đun sôi chưa?", "Has this water been boiled?"),
    ("Nước này đã lọc chưa?", "Has this water been filtered?"),
    ("Nước này đã được đun sôi rồi.", "This water has been boiled."),
    ("Nước này đun sôi rồi.", "This water has been boiled."),
    ("Nước này chưa đun sôi.", "This water hasn't been boiled."),
    ("Nước này vẫn chưa được lọc.", "This water still hasn't been filtered."),
    ("Nước đã đun sôi chưa?", "Has the water been boiled?"),
    # v8: "My home has a water filter.", "I used a water filter.", "My mother had just bought the water filter.",
    # "We'll buy water filterers."
    ("Bạn có máy lọc nước không?", "Do you have a water purifier?"),
    ("Nhà tôi có máy lọc nước.", "My family has a water purifier."),
    ("Nhà bạn có máy lọc nước không?", "Does your family have a water purifier?"),
    ("Tôi dùng máy lọc nước.", "I use a water purifier."),
    ("Chúng tôi không dùng máy lọc nước.", "We don't use a water purifier."),
    ("Bạn có dùng máy lọc nước không?", "Do you use a water purifier?"),
    ("Nhà tôi không có máy lọc nước.", "My family doesn't have a water purifier."),
    ("Mẹ tôi vừa mua máy lọc nước.", "My mother has just bought a water purifier."),
    ("Tôi mua máy lọc nước rồi.", "I've bought a water purifier."),
    ("Bạn đã mua máy lọc nước chưa?", "Have you bought a water purifier yet?"),
    ("Anh ấy đã mua máy lọc nước.", "He bought a water purifier."),
    ("Chúng tôi sẽ mua máy lọc nước.", "We'll buy a water purifier."),
    # not: the tap water safe to drink (mt/drinks.py), "nước sôi" alone (boiling), "đã uống" (when?), "không lấy đá"
    # without "nhé" (didn't fetch it?), "Nước lọc chưa?" (plain water?), "mình" or "tôi" asked of a habit, "anh"
    # saying it, "em" with "ạ" (the speaker), a pet, a "?" on a statement, "không?" without "có", ice only drunk,
    # boiling the water (mt/cooking.py), water unnamed, "nhà tôi" asked, liking and orders, English
    ("Nước máy ở đây có uống được không?", None), ("Tôi uống nước sôi.", None), ("Tôi đã uống nước máy.", None),
    ("Tôi không lấy đá.", None), ("Nước lọc chưa?", None), ("Mình có uống nước máy không?", None),
    ("Tôi có uống nước máy không?", None), ("Anh uống nước đóng chai.", None), ("Em có uống nước máy không ạ?", None),
    ("Con chó của tôi chỉ uống nước đóng chai.", None), ("Tôi chỉ uống nước đóng chai?", None),
    ("Bạn uống nước máy không?", None), ("Tôi chỉ uống đá.", None), ("Tôi uống đá.", None), ("Nước này đun sôi.", None),
    ("Nước sôi chưa?", None), ("Uống nước có sao không?", None), ("Nhà tôi có máy lọc nước không?", None),
    ("Tôi không chỉ uống nước đóng chai.", None), ("Tôi thích uống nước lọc.", None),
    ("Cho tôi một chai nước lọc.", None), ("Uống nước máy không sao đâu?", None), ("Nước này đun sôi rồi à?", None),
    ("Tôi không uống đá nhỉ.", None), ("Con mèo của tôi có máy lọc nước.", None),
    ("Tôi vừa mua máy lọc nước chưa?", None), ("I only drink bottled water.", None),
    # not: "the water" done with "đã" alone, which is also the noun (filtered water, boiled water: a label?)
    ("Nước đã lọc.", None), ("Nước đã đun sôi.", None), ("Nước đã lọc rồi.", "The water has been filtered."),
    ("Nước đã được lọc.", "The water has been filtered."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chỉ uống nước sôi mà thôi.", "Anh ấy thường uống nước sôi lạnh.", "Tôi chỉ uống nước sôi." (boiling),
    # "Chỉ uống nước đóng chai." (Lan lost), "Chúng ta luôn …", "Tôi chỉ uống nước bình thường."
    ("I only drink boiled water that has cooled.", "Tôi chỉ uống nước đun sôi để nguội."),
    ("He usually drinks cooled boiled water.", "Anh ấy thường uống nước đun sôi để nguội."),
    ("I only drink boiled water.", "Tôi chỉ uống nước đun sôi."),
    ("My mother only drinks boiled water.", "Mẹ tôi chỉ uống nước đun sôi."),
    ("Lan only drinks bottled water.", "Lan chỉ uống nước đóng chai."),
    ("We always drink bottled water.", "Chúng tôi luôn uống nước đóng chai."),
    ("I don't drink tap water.", "Tôi không uống nước máy."),
    ("She never drinks tap water.", "Cô ấy không bao giờ uống nước máy."),
    ("My father still drinks tap water.", "Bố tôi vẫn uống nước máy."),
    ("Do you drink tap water?", "Bạn có uống nước máy không?"),
    ("Does your mother often drink bottled water?", "Mẹ bạn có hay uống nước đóng chai không?"),
    ("I only drink filtered water.", "Tôi chỉ uống nước đã qua lọc."),
    ("I only drink plain water.", "Tôi chỉ uống nước lọc."),
    # v8: "Bạn chỉ nên uống nước sôi.", "Không nên uống nước máy." (you lost)
    ("You should drink bottled water.", "Bạn nên uống nước đóng chai."),
    ("You should only drink boiled water.", "Bạn chỉ nên uống nước đun sôi."),
    ("You shouldn't drink the tap water.", "Bạn không nên uống nước máy."),
    ("Should I drink the tap water?", "Tôi có nên uống nước máy không?"),
    ("I'll only drink bottled water.", "Tôi sẽ chỉ uống nước đóng chai."),
    ("We won't drink tap water.", "Chúng tôi sẽ không uống nước máy."),
    # v8: "Không có món đồ nào cho tôi.", "Xin vui lòng không biết ơn.", "Không vui mừng cho mẹ tôi đâu."
    ("No ice for me.", "Tôi không lấy đá nhé."),
    ("No ice for me, please.", "Tôi không lấy đá nhé."),
    ("No ice for my mother.", "Mẹ tôi không lấy đá nhé."),
    # v8: "Tất cả việc uống nước máy đều đúng không?", "Có phải phải uống nước ở đây không?", "Tất cả là phải uống
    # nước máy đều ở đây."
    ("Is it all right to drink the tap water?", "Uống nước máy có sao không?"),
    ("Is it OK to drink the tap water here?", "Uống nước máy ở đây có sao không?"),
    ("Is it okay to drink the water here?", "Uống nước ở đây có sao không?"),
    ("It's all right to drink the tap water here.", "Uống nước máy ở đây không sao đâu."),
    ("It isn't safe to drink the tap water here.", "Uống nước máy ở đây không an toàn."),
    # v8: "Nước này có sôi không?", "Nước này chưa được sôi?", "Nước này đã sôi.", "Nước này không được sôi."
    ("Has this water been boiled?", "Nước này đã đun sôi chưa?"),
    ("Has this water been boiled yet?", "Nước này đã đun sôi chưa?"),
    ("Was this water boiled?", "Nước này đã đun sôi chưa?"),
    ("Has this water been filtered?", "Nước này đã lọc chưa?"),
    ("This water has been boiled.", "Nước này đã được đun sôi rồi."),
    ("This water has already been filtered.", "Nước này đã được lọc rồi."),
    ("This water hasn't been boiled.", "Nước này chưa được đun sôi."),
    ("This water hasn't been boiled yet.", "Nước này chưa được đun sôi."),
    ("The water has been boiled.", "Nước đã được đun sôi rồi."),
    # v8 (of a water filter): "Bạn có lọc nước không?", "Chúng tôi có một bộ lọc nước tại nhà.", "Tôi sử dụng bộ lọc
    # nước.", "Anh ấy mua một bộ lọc nước."
    ("Do you have a water purifier?", "Bạn có máy lọc nước không?"),
    ("We have a water purifier at home.", "Nhà chúng tôi có máy lọc nước."),
    ("Do you have a water purifier at home?", "Nhà bạn có máy lọc nước không?"),
    ("My family has a water purifier.", "Nhà tôi có máy lọc nước."),
    ("I use a water purifier.", "Tôi dùng máy lọc nước."),
    ("We don't use a water purifier.", "Chúng tôi không dùng máy lọc nước."),
    ("Does your family use a water purifier?", "Nhà bạn có dùng máy lọc nước không?"),
    ("My mother has just bought a water purifier.", "Mẹ tôi vừa mua máy lọc nước."),
    ("I've bought a water purifier.", "Tôi đã mua máy lọc nước rồi."),
    ("Have you bought a water purifier yet?", "Bạn đã mua máy lọc nước chưa?"),
    ("He bought a water purifier.", "Anh ấy đã mua máy lọc nước."),
    ("We'll buy a water purifier.", "Chúng tôi sẽ mua máy lọc nước."),
    # not: ice taken and the tap water safe (mt/drinks.py's), verbs that do not agree, "I" asked of a habit, a pet,
    # boiling water, the water unnamed, "been" missing or not wanted, "you" without ice, "only" denied, a habit word
    # with "shouldn't", "at home" of kin, a water filter (a jug?), the other language, nonsense
    ("I don't take ice.", None), ("Is it safe to drink the tap water?", None), ("She only drink bottled water.", None),
    ("Does she drinks tap water?", None), ("Do I drink tap water?", None), ("My dog only drinks bottled water.", None),
    ("I drink boiling water.", None), ("Is it all right to drink the water?", None), ("This water boiled.", None),
    ("Has this water boiled?", None), ("Is this water been boiled?", None), ("He have a water purifier.", None),
    ("No ice for you.", None), ("I don't only drink bottled water.", None),
    ("You shouldn't usually drink tap water.", None), ("My mother has a water purifier at home.", None),
    ("I use a water filter.", None), ("Tôi chỉ uống nước đun sôi.", None), ("Water, water everywhere.", None),
    ("It's safe to drink the tap water.", None), ("It isn't all right to drink the tap water.", None),
    ("This water has been boiled yet.", None), ("Do you only drink bottled water?", None),
    ("I has bought a water purifier.", None), ("Can you drink the tap water here?", None),
    # not: "we" asked (chúng tôi, or chúng ta with the one asked?), "I" or "my family" asked of one's own purchase
    ("Do we drink tap water?", None), ("Do we always drink bottled water?", None),
    ("Should we drink bottled water?", None), ("Have we bought a water purifier yet?", None),
    ("Have I bought a water purifier yet?", None), ("Has my family bought a water purifier yet?", None),
    ("Has my mother bought a water purifier yet?", "Mẹ tôi đã mua máy lọc nước chưa?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
