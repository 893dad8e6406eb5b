"""Cutting down on or giving up coffee, sugar, sweets, fizzy drinks, salt …, and intermittent fasting, both ways
(mt/cutting_down.py)."""
import pytest

from mt.cutting_down import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm cutting my way.", "I'm restricting sweet hills.", "My mother was cutting starch.", "Are you reducing the
    # sugar?" ("Tôi đang cố uống ít cà phê hơn." it gets right: "I'm trying to drink less coffee.")
    ("Tôi đang cố uống ít cà phê hơn.", "I'm trying to cut down on coffee."),
    ("Bố tôi đang giảm đường.", "My father is cutting down on sugar."),
    ("Tôi đang hạn chế đồ ngọt.", "I'm cutting down on sweets."),
    ("Mẹ tôi đang cắt giảm tinh bột.", "My mother is cutting down on carbs."),
    ("Lan đang hạn chế ăn đồ ngọt.", "Lan is cutting down on sweets."),
    ("Chúng tôi đang hạn chế đồ ăn nhanh.", "We're cutting down on fast food."),
    ("Bạn có đang giảm đường không?", "Are you cutting down on sugar?"),
    ("Bạn có đang cố uống ít cà phê hơn không?", "Are you trying to cut down on coffee?"),
    ("Anh ấy đang cố ăn ít đường hơn.", "He's trying to cut down on sugar."),
    # v8: "Try less coffee.", "You should be less salty.", "I need to reduce salt." (my father), "My mother wanted to
    # drink milk tea.", "I have to ease sweetheart.", "I'll drink sweet water.", "My father fell in salt."
    ("Bạn nên bớt uống cà phê.", "You should cut down on coffee."),
    ("Bạn nên bớt ăn mặn.", "You should cut down on salt."),
    ("Bố tôi cần giảm muối.", "My father needs to cut down on salt."),
    ("Mẹ tôi muốn bớt uống trà sữa.", "My mother wants to cut down on bubble tea."),
    ("Tôi phải bớt ăn ngọt.", "I have to cut down on sugar."),
    ("Tôi sẽ bớt uống nước ngọt.", "I'll cut down on fizzy drinks."),
    ("Tôi đã bớt uống cà phê rồi.", "I've cut down on coffee."),
    ("Bố tôi giảm ăn mặn rồi.", "My father has cut down on salt."),
    # v8: "I hang out the way.", "I left my way.", "He left sweet water.", "She left milk tea.", "I have left my way
    # for two months.", "My father hanged out for a year."
    ("Tôi cai đường rồi.", "I've given up sugar."),
    ("Tôi đã cai đường rồi.", "I've given up sugar."),
    ("Tôi bỏ ăn đường rồi.", "I've given up sugar."),
    ("Anh ấy bỏ nước ngọt rồi.", "He's given up fizzy drinks."),
    ("Cô ấy đã bỏ trà sữa.", "She's given up bubble tea."),
    ("Tôi đã bỏ hẳn đường rồi.", "I've given up sugar for good."),
    ("Mẹ tôi vừa bỏ nước ngọt.", "My mother has just given up fizzy drinks."),
    ("Tôi bỏ đường được hai tháng rồi.", "I gave up sugar two months ago."),
    ("Bố tôi cai đường được một năm rồi.", "My father gave up sugar a year ago."),
    # v8: "I'm hanging coffee.", "We're hanging out.", "I'm trying to quit.", "You should leave sweet water.", "I need
    # to leave sweets." (my father), "Do you hang out the street?", "Are you hanging coffee?"
    ("Tôi đang cai cà phê.", "I'm giving up coffee."),
    ("Chúng tôi đang cai đường.", "We're giving up sugar."),
    ("Tôi đang cố bỏ đường.", "I'm trying to give up sugar."),
    ("Bạn nên bỏ nước ngọt.", "You should give up fizzy drinks."),
    ("Bố tôi cần bỏ đồ ngọt.", "My father needs to give up sweets."),
    ("Bạn đã bỏ nước ngọt chưa?", "Have you given up fizzy drinks yet?"),
    ("Bạn cai đường chưa?", "Have you given up sugar yet?"),
    ("Bạn có đang cai cà phê không?", "Are you giving up coffee?"),
    # v8: "I'm no longer drinking water.", "My mother had no longer eaten."
    ("Tôi không còn uống nước ngọt nữa.", "I don't drink fizzy drinks any more."),
    ("Mẹ tôi không còn ăn đường nữa.", "My mother doesn't eat sugar any more."),
    # v8: "I'm binary eating disruptions.", "Do you have a binary food?", "He's trying to binary food.", "I'm binary
    # to eat prices for three months.", "My dad wasn't going to be snugging."
    ("Tôi đang nhịn ăn gián đoạn.", "I'm doing intermittent fasting."),
    ("Mẹ tôi đang nhịn ăn gián đoạn.", "My mother is doing intermittent fasting."),
    ("Tôi nhịn ăn gián đoạn.", "I do intermittent fasting."),
    ("Bạn có nhịn ăn gián đoạn không?", "Do you do intermittent fasting?"),
    ("Bạn có đang nhịn ăn gián đoạn không?", "Are you doing intermittent fasting?"),
    ("Anh ấy đang thử nhịn ăn gián đoạn.", "He's trying intermittent fasting."),
    ("Tôi nhịn ăn gián đoạn được ba tháng rồi.", "I've been doing intermittent fasting for three months."),
    ("Tôi đã thử nhịn ăn gián đoạn.", "I've tried intermittent fasting."),
    ("Bố tôi không nhịn ăn gián đoạn.", "My father doesn't do intermittent fasting."),
    # not: "bỏ đường", "bỏ muối" without "ăn", "hẳn", "cai" or a span (sugar put in), "đang bỏ" (putting it in now?),
    # "không … nữa" without "còn" (no more now?), a plain or done "giảm đường" (a habit, or less put in?), "cố" without
    # "đang" (tried, or tries?), "bỏ" with no tense, asked of oneself, "anh" alone saying it, a pet, "?" on a
    # statement, "có" or "không" alone, sugar drunk, salt given up, a span without "rồi", "nhỉ", weight, smoking, a
    # road slowing down, fasting alone, "thử" without "đang" or "đã", the other way's language
    ("Tôi bỏ đường rồi.", None), ("Tôi đã bỏ đường rồi.", None), ("Bạn đã bỏ đường chưa?", None),
    ("Tôi đã bỏ muối.", None), ("Tôi đang bỏ đường.", None), ("Bạn nên bỏ đường.", None),
    ("Tôi giảm đường.", None), ("Tôi giảm đường rồi.", None), ("Tôi hạn chế đồ ngọt.", None),
    ("Tôi cố uống ít cà phê hơn.", None), ("Tôi không uống cà phê nữa.", None),
    ("Tôi không uống nước ngọt nữa.", None), ("Tôi bỏ nước ngọt.", None), ("Tôi có đang giảm đường không?", None),
    ("Anh đang giảm đường.", None), ("Con mèo của tôi đang giảm đường.", None), ("Bố tôi đang giảm đường?", None),
    ("Bạn đang giảm đường không?", None), ("Bạn có đang giảm đường?", None), ("Tôi đang uống ít đường hơn.", None),
    ("Tôi đang cai muối.", None), ("Tôi bỏ đường được hai tháng.", None), ("Bạn đang giảm đường nhỉ.", None),
    ("Tôi đang giảm cân.", None), ("Tôi cai thuốc lá rồi.", None), ("Đường này đang giảm tốc.", None),
    ("Tôi đang nhịn ăn.", None), ("Tôi thử nhịn ăn gián đoạn.", None), ("Tôi không còn uống đường nữa.", None),
    ("I'm trying to cut down on coffee.", None),
    # review: "đang … chưa?" is not asked so; "hẳn" with a span (not written); sugar or salt without "ăn" wanted,
    # to be or should be less is as often an order or a recipe ("Tôi muốn bớt đường.": less sugar in it, please)
    ("Bạn đang cai đường chưa?", None), ("Bạn đang cai cà phê chưa?", None),
    ("Tôi bỏ hẳn đường được hai tháng rồi.", None), ("Tôi muốn bớt đường.", None), ("Tôi muốn giảm đường.", None),
    ("Tôi sẽ bớt đường.", None), ("Tôi sẽ giảm muối.", None), ("Bạn nên bớt đường.", None),
    ("Bạn nên giảm muối.", None), ("Tôi muốn bớt ăn đường.", "I want to cut down on sugar."),
    ("Tôi cần bớt đường.", "I need to cut down on sugar."), ("Tôi muốn giảm đồ ngọt.", "I want to cut down on sweets."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang cố cắt cafe.", "Cha tôi đang cắt đường xuống.", "Tôi đang mổ bắt người ngọt." (operating on sweet
    # people), "… các thức uống fizy.", "Lan đang cắt lớp trên xe hơi.", "Bạn có cắt đường xuống không?" (it gets "She's
    # trying to eat less sugar." and "Is your mother trying to cut down on salt?" right)
    ("I'm trying to cut down on coffee.", "Tôi đang cố uống ít cà phê hơn."),
    ("My father is cutting down on sugar.", "Bố tôi đang hạn chế ăn đường."),
    ("I'm cutting down on sweets.", "Tôi đang hạn chế ăn đồ ngọt."),
    ("We're cutting back on fizzy drinks.", "Chúng tôi đang hạn chế uống nước ngọt."),
    ("Lan is cutting down on carbs.", "Lan đang hạn chế ăn tinh bột."),
    ("Are you cutting down on sugar?", "Bạn có đang hạn chế ăn đường không?"),
    ("Is your mother trying to cut down on salt?", "Mẹ bạn có đang cố ăn ít muối hơn không?"),
    ("She's trying to eat less sugar.", "Cô ấy đang cố ăn ít đường hơn."),
    # v8: "Bạn nên cắt muối.", "Tôi muốn cắt giảm trà bọt." (foam tea), "Tôi sẽ cắt giảm các thức uống fizy.", "Tôi đã
    # cắt cà phê."
    ("You should cut down on coffee.", "Bạn nên bớt uống cà phê."),
    ("You should cut down on salt.", "Bạn nên bớt ăn mặn."),
    ("You should drink less coffee.", "Bạn nên bớt uống cà phê."),
    ("My father needs to cut down on salt.", "Bố tôi cần bớt ăn mặn."),
    ("I want to cut down on bubble tea.", "Tôi muốn bớt uống trà sữa."),
    ("I'll cut down on fizzy drinks.", "Tôi sẽ bớt uống nước ngọt."),
    ("I've cut down on coffee.", "Tôi đã bớt uống cà phê rồi."),
    ("My mother has cut down on salt.", "Mẹ tôi đã bớt ăn mặn rồi."),
    # v8: "Tôi đã cho đường." (put sugar in), "Anh ta uống fizy.", "Tôi vừa uống trà bọt.", "Tôi bật đường.", "Tôi cho
    # đường cách đây hai tháng.", "Tôi đã cắt đường."
    ("I've given up sugar.", "Tôi đã cai đường rồi."),
    ("He's given up fizzy drinks.", "Anh ấy đã bỏ nước ngọt rồi."),
    ("I've just given up bubble tea.", "Tôi vừa bỏ trà sữa."),
    ("I've given up sugar for good.", "Tôi đã bỏ hẳn đường rồi."),
    ("I gave up sugar.", "Tôi đã cai đường."),
    ("I gave up sugar two months ago.", "Tôi cai đường được hai tháng rồi."),
    ("My father gave up fizzy drinks a year ago.", "Bố tôi bỏ nước ngọt được một năm rồi."),
    ("I've cut out sugar.", "Tôi đã cai đường rồi."),
    # v8: "Tôi đang từ bỏ cà phê.", "Tôi cố gắng đường.", "Bạn nên uống nước xơ.", "Cô ấy muốn uống trà bọt.", "Bạn đã
    # cho đường lên chưa?", "Bạn có phải uống cà phê không?"
    ("I'm giving up coffee.", "Tôi đang cai cà phê."),
    ("We're giving up sugar.", "Chúng tôi đang cai đường."),
    ("I'm trying to give up sugar.", "Tôi đang cố cai đường."),
    ("You should give up fizzy drinks.", "Bạn nên bỏ nước ngọt."),
    ("She wants to give up bubble tea.", "Cô ấy muốn bỏ trà sữa."),
    ("Have you given up sugar?", "Bạn đã cai đường chưa?"),
    ("Have you given up fizzy drinks yet?", "Bạn đã bỏ nước ngọt chưa?"),
    ("Are you giving up coffee?", "Bạn có đang cai cà phê không?"),
    # v8: "Tôi ra đường." (going out), "Bạn có đường không?", "Tôi đã ra đường được hai tháng rồi."
    ("I'm off sugar.", "Tôi đang kiêng đường."),
    ("Are you off sugar?", "Bạn có đang kiêng đường không?"),
    ("I've been off sugar for two months.", "Tôi kiêng đường được hai tháng rồi."),
    # v8: "Tôi không uống nước xơzyzy nữa.", "Mẹ tôi không ăn thêm đường nữa.", "Cô ấy không còn uống trà bọt nữa."
    ("I don't drink fizzy drinks any more.", "Tôi không còn uống nước ngọt nữa."),
    ("My mother doesn't eat sugar any more.", "Mẹ tôi không còn ăn đường nữa."),
    ("She no longer drinks bubble tea.", "Cô ấy không còn uống trà sữa nữa."),
    # v8: "Tôi đang làm việc nhanh chóng.", "Tôi can thiệp nhanh chóng.", "Bạn có liên kết nhanh chóng không?", "Cô ấy
    # đang cố cam kết nhanh chóng.", "Tôi đã cố buộc nhanh chóng.", "Anh ta không can thiệp nhanh chóng."
    ("I'm doing intermittent fasting.", "Tôi đang nhịn ăn gián đoạn."),
    ("My mother is doing intermittent fasting.", "Mẹ tôi đang nhịn ăn gián đoạn."),
    ("I do intermittent fasting.", "Tôi nhịn ăn gián đoạn."),
    ("Do you do intermittent fasting?", "Bạn có nhịn ăn gián đoạn không?"),
    ("Are you doing intermittent fasting?", "Bạn có đang nhịn ăn gián đoạn không?"),
    ("She's trying intermittent fasting.", "Cô ấy đang thử nhịn ăn gián đoạn."),
    ("I've been doing intermittent fasting for three months.", "Tôi nhịn ăn gián đoạn được ba tháng rồi."),
    ("I've tried intermittent fasting.", "Tôi đã thử nhịn ăn gián đoạn."),
    ("Have you ever tried intermittent fasting?", "Bạn đã từng thử nhịn ăn gián đoạn chưa?"),
    ("He doesn't do intermittent fasting.", "Anh ấy không nhịn ăn gián đoạn."),
    # not: "I quit sugar." (now, or done?), "I cut down on coffee." (a habit, or done?), salt given up, "don't have
    # sugar any more" (none left), the verb not agreeing with who, "?" on a statement, asked of oneself, a pet, sugar
    # drunk, "fewer" salt, "ago" with "have", "month" of two, fasting alone, "ever" said, how one takes coffee
    # (mt/drinks.py), other meanings of "cut down", smoking, giving up alone, "off to", the other way's language
    ("I quit sugar.", None), ("I cut down on coffee.", None), ("I gave up salt.", None), ("I've given up salt.", None),
    ("I don't have sugar any more.", None), ("She don't drink fizzy drinks any more.", None),
    ("She is cutting down on sugar?", None), ("Am I cutting down on sugar?", None),
    ("He are cutting down on sugar.", None), ("I is cutting down on sugar.", None),
    ("She have given up sugar.", None), ("I'm trying to cutting down on sugar.", None),
    ("You should drink less sugar.", None), ("You should eat fewer salt.", None),
    ("My dog is cutting down on sugar.", None), ("I've given up sugar two months ago.", None),
    ("I gave up sugar two month ago.", None), ("I'm doing fasting.", None), ("I does intermittent fasting.", None),
    ("I've ever tried intermittent fasting.", None), ("Have I given up sugar?", None),
    ("I drink my coffee without sugar.", None), ("The road is cutting down on traffic.", None),
    ("I'm cutting down the tree.", None), ("She needs to give up smoking.", None), ("I'm giving up.", None),
    ("Tôi đang giảm đường.", None), ("She wants to cut down on sugar?", None), ("I'm off to get coffee.", None),
    # review: "just … ago" is only that long ago (not written)
    ("I just gave up sugar two months ago.", None), ("I just gave up sugar a week ago.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
