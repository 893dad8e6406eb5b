"""Compliments on someone's things: found beautiful, liked or loved, had, and "What a …!", both ways
(mt/compliments.py)."""
import pytest

from mt.compliments import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Your Austrian is beautiful.", "Your lab is beautiful.", "Her purse was beautiful.", "Your home is beautiful."
    # (the garden lost), "The beautiful edge!"
    ("Áo của bạn đẹp quá.", "Your shirt is so beautiful."),
    ("Căn hộ của bạn đẹp quá.", "Your flat is so beautiful."),
    ("Váy của cô ấy đẹp quá.", "Her dress is so beautiful."),
    ("Vườn nhà bạn đẹp quá.", "Your garden is so beautiful."),
    ("Vườn đẹp quá!", "What a beautiful garden!"),
    ("Nhà bạn đẹp quá.", "Your house is so beautiful."),
    ("Khu vườn của bạn đẹp quá!", "Your garden is so beautiful!"),
    ("Đôi giày của bạn đẹp quá.", "Your shoes are so beautiful."),
    ("Nhà cô ấy đẹp thế!", "Her house is so beautiful!"),
    ("Nhà bạn tôi đẹp quá.", "My friend's house is so beautiful."),
    ("Khu vườn của mẹ tôi đẹp thật.", "My mother's garden is really beautiful."),
    ("Nhà của Bác Hùng đẹp quá.", "Uncle Hung's house is so beautiful."),
    ("Nhà mới của bạn ấm cúng quá.", "Your new house is so cosy."),
    ("Đôi giày này rất đẹp.", "These shoes are very beautiful."),
    ("Cái váy đó xinh quá.", "That dress is so pretty."),
    ("Cái túi của bạn dễ thương quá.", "Your bag is so cute."),
    ("Gia đình bạn tuyệt vời quá.", "Your family is so wonderful."),
    ("Gia đình bạn rất tuyệt vời.", "Your family is really wonderful."),
    ("Tóc của bạn đẹp quá.", "Your hair is so beautiful."),
    ("Kính của anh ấy đẹp quá.", "His glasses are so beautiful."),
    ("Đôi giày đẹp quá!", "What beautiful shoes!"),
    # v8: "I like your dress too." ("quá" read as too)
    ("Tôi thích cái váy của bạn quá.", "I love your dress."),
    ("Tôi thích đôi giày của bạn.", "I like your shoes."),
    ("Mẹ tôi rất thích khu vườn của bạn.", "My mother really likes your garden."),
    ("Tôi thích cái áo mới của bạn lắm!", "I really like your new shirt!"),
    ("Bạn có thích cái áo mới của tôi không?", "Do you like my new shirt?"),
    ("Bạn có một ngôi nhà đẹp quá.", "You have such a beautiful house."),
    ("Bạn có một gia đình thật tuyệt vời.", "You have a really wonderful family."),
    ("Cô ấy có mái tóc đẹp quá.", "She has such beautiful hair."),
    ("Họ có một căn hộ rất đẹp.", "They have a very beautiful flat."),
    # not: "xe" alone (a car, a motorbike or a bike?), "anh", "em" alone (the speaker or the listener?), "mình" (my or
    # our?), a pair of shirts, no whose and no "quá", asked, two degrees, "khá" with "tuyệt vời", one's own thing,
    # kin found cute (mt/traits.py), food (mt/tastes.py), looks
    ("Nhà bạn đẹp quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Xe của bạn đẹp quá.", None), ("Nhà anh đẹp quá.", None), ("Anh thích cái áo của em quá.", None),
    ("Nhà mình đẹp quá.", None), ("Đôi áo này đẹp quá.", None), ("Nhà đẹp.", None), ("Nhà bạn có đẹp không?", None),
    ("Nhà bạn rất đẹp quá.", None), ("Gia đình bạn khá tuyệt vời.", None), ("Tôi thích nhà tôi quá.", None),
    ("Con trai bạn dễ thương quá.", None), ("Món này ngon quá.", None), ("Nhà bạn trông đẹp quá.", None),
    ("Nhà hàng này đẹp quá.", None), ("Bạn có nhà đẹp không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nhà của bạn rất yêu." (loving), "Phẳng của bạn rất yêu." (flat as level), "Chiếc áo mặc của cô ấy đẹp."
    ("Your house is lovely.", "Nhà bạn đẹp quá."),
    ("Your flat is lovely.", "Căn hộ của bạn đẹp quá."),
    ("Her dress is beautiful.", "Váy của cô ấy đẹp quá."),
    ("Your home is beautiful!", "Nhà bạn đẹp quá!"),
    ("Your shirt is nice.", "Áo của bạn đẹp quá."),
    ("Your shoes are really nice.", "Giày của bạn đẹp quá."),
    ("Your garden is beautiful.", "Khu vườn của bạn đẹp quá."),
    ("My mother's garden is gorgeous.", "Khu vườn của mẹ tôi đẹp quá."),
    ("Lan's house is lovely.", "Nhà của Lan đẹp quá."),
    ("These shoes are very nice.", "Đôi giày này rất đẹp."),
    ("Your new house is so cosy.", "Nhà mới của bạn ấm cúng quá."),
    ("Your family is lovely.", "Gia đình bạn tuyệt vời quá."),
    ("Your bag is so cute.", "Túi của bạn dễ thương quá."),
    ("His car is quite nice.", "Xe của anh ấy khá đẹp."),
    # v8: "Tôi yêu bạn ăn mặc của bạn.", "Tôi yêu ngôi nhà." (yours lost), "Tôi yêu tóc của bạn."
    ("I love your dress.", "Tôi thích cái váy của bạn quá."),
    ("I love your house.", "Tôi thích ngôi nhà của bạn quá."),
    ("I love your hair.", "Tôi thích mái tóc của bạn quá."),
    ("I like your shoes.", "Tôi thích đôi giày của bạn."),
    ("I really like your garden.", "Tôi rất thích khu vườn của bạn."),
    ("I really love your new kitchen!", "Tôi thích nhà bếp mới của bạn lắm!"),
    ("My mother loves your garden.", "Mẹ tôi thích khu vườn của bạn quá."),
    ("Do you like my new dress?", "Bạn có thích cái váy mới của tôi không?"),
    # v8: "Làm vườn đẹp là gì!" (gardening), "Nhà yêu thương gì!", "Hãy mặc áo choàng!" (put on a cloak)
    ("What a beautiful garden!", "Khu vườn đẹp quá!"),
    ("What a lovely house!", "Ngôi nhà đẹp quá!"),
    ("What beautiful shoes!", "Đôi giày đẹp quá!"),
    ("Nice shirt!", "Cái áo đẹp quá!"),
    # v8: "Bạn có gia đình yêu thương." (a loving family)
    ("You have a lovely family.", "Bạn có một gia đình thật tuyệt vời."),
    ("You have a beautiful home.", "Bạn có một ngôi nhà thật đẹp."),
    ("She has such beautiful hair.", "Cô ấy có một mái tóc thật đẹp."),
    ("They have a really nice house.", "Họ có một ngôi nhà thật đẹp."),
    ("We've got a lovely garden.", "Chúng tôi có một khu vườn thật đẹp."),
    # not: bad agreement ("This shoes", "shoes is", "He like", "He have", "a amazing", "a … shoes"), one's own thing,
    # kin found cute (mt/traits.py), a lovely gift (mt/gifts.py), looks (mt/looks.py), asked
    ("This shoes are nice.", None), ("Your shoes is nice.", None), ("He like your car.", None),
    ("He have a nice car.", None), ("What a amazing house!", None), ("What a beautiful shoes!", None),
    ("She loves her car.", None), ("I love my house.", None), ("Your son is so cute.", None),
    ("What a lovely gift!", None), ("You look lovely.", None), ("Isn't your house lovely?", None),
    ("Do you love my dress?", None), ("What an amazing family!", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
