"""A phone or a laptop and water: got wet, fell or dropped in the water or the toilet, a drink spilled on it, and put
in rice, both ways (mt/water_damage.py)."""
import pytest

from mt.water_damage import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My phone was in water.", "My mother's phone was in water.", "Did you get into the water?", "My Laptop was in
    # water.", "My phone is wet."
    ("Điện thoại tôi bị vào nước.", "My phone got water in it."),
    ("Điện thoại tôi bị ướt.", "My phone got wet."),
    ("Điện thoại của mẹ tôi bị vào nước rồi.", "My mother's phone got water in it."),
    ("Điện thoại bạn có bị vào nước không?", "Did your phone get water in it?"),
    ("Laptop của tôi bị vào nước.", "My laptop got water in it."),
    ("iPhone của anh ấy bị ướt hết rồi.", "His iPhone got all wet."),
    ("Hôm qua điện thoại tôi bị vào nước.", "My phone got water in it yesterday."),
    ("Điện thoại tôi vừa bị vào nước.", "My phone just got water in it."),
    ("Điện thoại tôi không bị vào nước.", "My phone didn't get water in it."),
    ("Máy tính bảng của Lan bị ướt.", "Lan's tablet got wet."),
    # v8: "My phone was in water, it was not enabled.", "My phone was in water but still used."
    ("Điện thoại tôi bị vào nước, không bật lên được.", "My phone got water in it and won't turn on."),
    ("Laptop của Lan bị vào nước nên không lên nguồn.", "Lan's laptop got water in it and won't turn on."),
    ("Điện thoại tôi bị vào nước nhưng vẫn dùng được.", "My phone got water in it but it still works."),
    ("Điện thoại mẹ tôi bị ướt, nhưng vẫn chạy bình thường.", "My mother's phone got wet but it still works fine."),
    ("Điện thoại tôi bị ướt, không sạc được.", "My phone got wet and won't charge."),
    # v8: "My phone is slumped into the toilet.", "My phone fell into water."
    ("Điện thoại tôi bị rơi vào bồn cầu.", "My phone fell in the toilet."),
    ("Điện thoại tôi bị rơi xuống nước.", "My phone fell in the water."),
    ("Điện thoại tôi suýt rơi xuống nước.", "My phone almost fell in the water."),
    ("Điện thoại bạn có bị rơi xuống nước không?", "Did your phone fall in the water?"),
    ("Điện thoại tôi vừa rơi vào bồn cầu, bật không lên.", "My phone just fell in the toilet and won't turn on."),
    # v8: "I dropped my phone went down to water.", "My mother fell the phone down the lake.", "Yesterday, I dropped my
    # phone down to water."
    ("Tôi đánh rơi điện thoại xuống nước.", "I dropped my phone in the water."),
    ("Tôi đánh rơi điện thoại vào bồn cầu.", "I dropped my phone in the toilet."),
    ("Mẹ tôi làm rơi điện thoại xuống hồ.", "My mother dropped her phone in the lake."),
    ("Bạn có đánh rơi điện thoại vào bồn cầu không?", "Did you drop your phone in the toilet?"),
    ("Hôm qua anh ấy đánh rơi điện thoại xuống sông.", "He dropped his phone in the river yesterday."),
    ("Tôi suýt đánh rơi điện thoại xuống bể bơi.", "I almost dropped my phone in the pool."),
    ("Tôi đánh rơi điện thoại của mẹ tôi vào bồn cầu.", "I dropped my mother's phone in the toilet."),
    ("Cô ấy vừa lỡ tay làm rơi iPhone xuống biển.", None),  # (two words of tense)
    ("Cô ấy lỡ tay làm rơi iPhone xuống biển.", "She accidentally dropped her iPhone in the sea."),
    ("Bố tôi không đánh rơi điện thoại xuống nước.", "My father didn't drop his phone in the water."),
    # v8: "My brother made a cup of coffee on the laptop.", "I poured coffee on my computer."
    ("Tôi làm đổ nước lên bàn phím.", "I spilled water on the keyboard."),
    ("Em tôi làm đổ cà phê lên laptop.", "My younger sibling spilled coffee on the laptop."),
    ("Tôi làm đổ cà phê lên máy tính.", "I spilled coffee on the computer."),
    ("Chúng tôi làm đổ trà lên bàn phím.", "We spilled tea on the keyboard."),
    ("Bạn có làm đổ nước lên laptop không?", "Did you spill water on the laptop?"),
    ("Con tôi lỡ tay làm đổ sữa lên máy tính bảng.", "My child accidentally spilled milk on the tablet."),
    ("Lan làm đổ trà sữa lên laptop của tôi.", "Lan spilled bubble tea on my laptop."),
    # v8: "Let's telephone the bag to go.", "Keep your phone in the rice.", "I've put the phone into the rice bag."
    ("Để điện thoại vào túi gạo đi.", "Put the phone in a bag of rice."),
    ("Bỏ điện thoại vào gạo đi.", "Put the phone in rice."),
    ("Hãy để điện thoại vào túi gạo.", "Put the phone in a bag of rice."),
    ("Bạn nên để điện thoại vào gạo.", "You should put the phone in rice."),
    ("Tôi đã để điện thoại vào túi gạo rồi.", "I've put the phone in a bag of rice."),
    ("Mẹ tôi đã để điện thoại vào túi gạo.", "My mother put the phone in a bag of rice."),
    ("Chúng tôi vừa để điện thoại vào gạo.", "We just put the phone in rice."),
    # ("I put", "you put" may be now or a habit: "đã" with them is "have put"; "he put" is past alone)
    ("Tôi đã để điện thoại vào túi gạo.", "I've put the phone in a bag of rice."),
    ("Bạn đã để điện thoại vào gạo.", "You have put the phone in rice."),
    ("Chúng tôi đã để điện thoại vào gạo.", "We have put the phone in rice."),
    ("Lan đã để điện thoại vào gạo.", "Lan put the phone in rice."),
    # not: no "đi", "nhé" or "hãy" on the rice (a heading?), a "?" on a statement, "có" without "không", "đổ" alone
    # (poured), a device dropped with no place (mt/accidents.py), a name alone or "we" dropping "their" phone, a pet as
    # who, "I" asked what I did, a device of "chúng tôi", "anh" saying it, "won't turn on" asked or with no water
    # (mt/broken.py), other meanings of "nước" and "rơi", nonsense
    ("Để điện thoại vào túi gạo.", None), ("Điện thoại tôi bị vào nước?", None),
    ("Điện thoại bạn có bị vào nước.", None), ("Tôi đổ nước lên bàn phím.", None),
    ("Tôi đánh rơi điện thoại.", None), ("Lan đánh rơi điện thoại xuống nước.", None),
    ("Chúng tôi đánh rơi điện thoại xuống nước.", None), ("Con mèo làm đổ nước lên bàn phím.", None),
    ("Tôi có đánh rơi điện thoại vào bồn cầu không?", None), ("Điện thoại chúng tôi bị vào nước.", None),
    ("Anh đánh rơi điện thoại xuống nước.", None), ("Điện thoại tôi không bật lên được.", None),
    ("Điện thoại bạn có bị vào nước, không bật lên được không?", None), ("Tôi bị vào nước.", None),
    ("Tôi uống nước.", None), ("Lá rơi xuống hồ.", None), ("Con mèo để điện thoại vào gạo đi.", None),
    ("Tôi đánh rơi điện thoại xuống nước hôm qua tối qua.", None), ("Điện thoại tôi lỡ bị vào nước.", None),
    ("Điện thoại tôi suýt rơi xuống nước, không bật lên được.", None), ("Tôi làm đổ nước lên sàn nhà.", None),
    ("Nước nước gạo rơi.", None), ("Điện thoại bạn có bị vào nước rồi không?", None),  # ("… chưa?" asks it)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Điện thoại của tôi bị ướt.", "Điện thoại của tôi nhận được nước trong đó.", "Có điện thoại của bạn bị ướt
    # không?"
    ("My phone got wet.", "Điện thoại tôi bị ướt."),
    ("My phone got water in it.", "Điện thoại tôi bị vào nước."),
    ("Did your phone get wet?", "Điện thoại bạn có bị ướt không?"),
    ("Did your laptop get water in it?", "Laptop của bạn có bị vào nước không?"),
    ("My mother's phone got wet yesterday.", "Hôm qua điện thoại của mẹ tôi bị ướt."),
    ("My phone just got wet.", "Điện thoại tôi vừa bị ướt."),
    ("My phone didn't get wet.", "Điện thoại tôi không bị ướt."),
    ("My iPhone got wet.", "iPhone của tôi bị ướt."),
    ("Lan's tablet got wet all over.", "Máy tính bảng của Lan bị ướt hết."),
    # v8: "Điện thoại của tôi bị ướt và sẽ không bật.", "… bị ướt nhưng nó vẫn còn hoạt động."
    ("My phone got wet and won't turn on.", "Điện thoại tôi bị ướt, không bật lên được."),
    ("My laptop got water in it and doesn't work anymore.", "Laptop của tôi bị vào nước, không dùng được nữa."),
    ("My phone got wet but it still works.", "Điện thoại tôi bị ướt nhưng vẫn dùng được."),
    ("His phone got wet, but still works fine.", "Điện thoại anh ấy bị ướt nhưng vẫn dùng bình thường."),
    # v8: "Điện thoại của tôi rơi vào nhà vệ sinh."
    ("My phone fell in the toilet.", "Điện thoại tôi bị rơi vào bồn cầu."),
    ("My phone fell into the water.", "Điện thoại tôi bị rơi xuống nước."),
    ("My phone almost fell in the water.", "Điện thoại tôi suýt rơi xuống nước."),
    ("Did your phone fall in the toilet?", "Điện thoại bạn có bị rơi vào bồn cầu không?"),
    ("My phone just fell in the toilet and won't turn on.",
     "Điện thoại tôi vừa bị rơi vào bồn cầu, không bật lên được."),
    # v8: "Tôi bỏ điện thoại của tôi xuống nước.", "Tôi bỏ điện thoại vào nhà vệ sinh.", "Mẹ tôi bỏ điện thoại của cô ấy
    # vào hồ." (bỏ: put, on purpose)
    ("I dropped my phone in the water.", "Tôi đánh rơi điện thoại xuống nước."),
    ("I dropped my phone in the toilet.", "Tôi đánh rơi điện thoại vào bồn cầu."),
    ("My mother dropped her phone in the lake.", "Mẹ tôi đánh rơi điện thoại xuống hồ."),
    ("Did you drop your phone in the toilet?", "Bạn có đánh rơi điện thoại vào bồn cầu không?"),
    ("He almost dropped his phone into the pool.", "Anh ấy suýt đánh rơi điện thoại xuống bể bơi."),
    ("I dropped your phone in the sink.", "Tôi đánh rơi điện thoại của bạn vào bồn rửa."),
    ("We dropped our camera in the sea.", "Chúng tôi đánh rơi máy ảnh xuống biển."),
    ("I accidentally dropped my phone in the toilet yesterday.", "Hôm qua tôi lỡ đánh rơi điện thoại vào bồn cầu."),
    ("Lan dropped her phone in the water.", "Lan đánh rơi điện thoại xuống nước."),
    # (a name with "his", or "her" where it is not a woman's: another's, or his own? mt.names.woman_named)
    ("Lan dropped his phone in the water.", None), ("Hung dropped her phone in the lake.", None),
    ("Mary dropped his phone in the toilet.", None), ("Nam dropped his phone in the lake.", None),
    ("Lan spilled coffee on his laptop.", None), ("Did Lan spill water on his laptop?", None),
    ("Lan should put his phone in rice.", None),
    ("Lan should put her phone in rice.", "Lan nên để điện thoại vào gạo."),
    ("He dropped my phone in the water.", "Anh ấy đánh rơi điện thoại của tôi xuống nước."),
    # v8 (and mt/accidents.py, first, for the keyboard and the laptop): "Tôi làm đổ nước lên bàn phím."
    ("I spilled water on the keyboard.", "Tôi làm đổ nước lên bàn phím."),
    ("I spilled coffee on my computer.", "Tôi làm đổ cà phê lên máy tính."),
    ("My brother spilled coffee on the laptop.", "Anh trai tôi làm đổ cà phê lên laptop."),
    ("Did you spill water on my laptop?", "Bạn có làm đổ nước lên laptop của tôi không?"),
    ("We spilt tea all over the keyboard.", "Chúng tôi làm đổ trà lên bàn phím."),
    # v8: "Đặt điện thoại trong túi gạo.", "Đặt điện thoại của bạn vào gạo."
    ("Put the phone in a bag of rice.", "Để điện thoại vào túi gạo đi."),
    ("Put your phone in rice.", "Để điện thoại vào gạo đi."),
    ("You should put your phone in a bag of rice.", "Bạn nên để điện thoại vào túi gạo."),
    ("I've put my phone in a bag of rice.", "Tôi đã để điện thoại vào túi gạo rồi."),
    ("My mother has put her phone in rice.", "Mẹ tôi đã để điện thoại vào gạo rồi."),
    # not: verbs not agreeing ("She drop", "She have put"), "his" that may be another's, a pet as who, "I" asked what I
    # did, a "?" on a statement, "I put" (now, or done?), "Is your phone wet?", "our" device wet (one, or each?),
    # waterproof, the other language, nonsense
    ("She drop her phone in the water.", None), ("She have put her phone in rice.", None),
    ("She dropped his phone in the river.", None), ("My cat spilled water on the keyboard.", None),
    ("Did I drop my phone in the toilet?", None), ("My phone got wet?", None),
    ("I put my phone in a bag of rice.", None), ("Is your phone wet?", None), ("Our phone got wet.", None),
    ("Is your phone waterproof?", None), ("Điện thoại tôi bị vào nước.", None), ("Did your phone got wet?", None),
    ("My phone gets wet.", None), ("I dropped my phone.", None), ("Put my phone in a bag of rice.", None),
    ("Did you just drop your phone in the toilet?", None), ("Water the plants.", None),
    ("My phone didn't get wet and won't turn on.", None), ("Rice water toilet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Điện thoại tôi bị vào nước.", "vi", "fr") is None
