"""Small accidents with things: spilled, broken, knocked over, dropped, who did it, a thing broken, not meant, both ways
(mt/accidents.py)."""
import pytest

from mt.accidents import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I poured coffee on my coat.", "I made water out of the floor.", "My mother brought milk on the table."
    ("Tôi làm đổ cà phê lên áo.", "I spilled coffee on my shirt."),
    ("Tôi làm đổ cà phê.", "I spilled coffee."),
    ("Tôi vừa làm đổ nước ra sàn.", "I just spilled water on the floor."),
    ("Mẹ tôi làm đổ sữa lên bàn.", "My mother spilled milk on the table."),
    ("Mẹ tôi làm đổ cà phê lên áo.", "My mother spilled coffee on her shirt."),
    ("Con tôi làm đổ nước cam lên ghế sofa.", "My child spilled orange juice on the sofa."),
    ("Anh ấy làm đổ rượu vang lên thảm.", "He spilled wine on the carpet."),
    ("Tôi làm đổ trà vào bàn phím.", "I spilled tea on my keyboard."),
    # v8: "I miss my hand poured coffee on your shirt.", "I supppered coffee."
    ("Tôi lỡ tay làm đổ cà phê lên áo của bạn.", "I accidentally spilled coffee on your shirt."),
    ("Tôi suýt làm đổ cà phê.", "I almost spilled coffee."),
    ("Tôi làm đổ cốc nước lên bàn phím.", "I spilled a glass of water on my keyboard."),
    ("Chúng tôi làm đổ nước ra sàn.", "We spilled water on the floor."),
    # v8: "My child breaks the flower.", "She broken the mirror.", "He broken the octal one.", "I'm not alone to
    # break my cup.", "I'm getting a glass." (làm bể), "My mother broke up my flower."
    ("Con tôi làm vỡ bình hoa.", "My child broke a vase."),
    ("Tôi làm vỡ cái cốc.", "I broke a cup."),
    ("Tôi làm vỡ một cái ly.", "I broke a glass."),
    ("Cô ấy làm vỡ cái gương.", "She broke a mirror."),
    ("Anh ấy vừa làm vỡ cái bát.", "He just broke a bowl."),
    ("Tôi vô tình làm vỡ cái tách.", "I accidentally broke a cup."),
    ("Tôi làm bể cái ly rồi.", "I broke a glass."),
    ("Tôi làm vỡ một quả trứng.", "I broke an egg."),
    ("Tôi làm vỡ màn hình điện thoại.", "I cracked my phone screen."),
    ("Mẹ tôi làm vỡ cái bình hoa của bà tôi.", "My mother broke my grandmother's vase."),
    ("Xin lỗi, tôi làm vỡ cái cốc rồi.", "Sorry, I broke a cup."),
    ("Tôi không cố ý làm vỡ nó.", "I didn't mean to break it."),
    # v8: "I made a poison of water.", "I'm getting a flower.", "The cat made flowers.", "I fell the disc."
    ("Tôi làm đổ cốc nước.", "I knocked over a glass of water."),
    ("Tôi làm đổ bình hoa.", "I knocked over a vase."),
    ("Con mèo của tôi làm đổ bình hoa.", "My cat knocked over a vase."),
    ("Tôi đánh rơi cái đĩa.", "I dropped a plate."),
    ("Tôi làm rơi cái cốc.", "I dropped a cup."),
    # v8: "Who breaks this?", "Who made water out of the floor?", "Do you break a flower?", "Are you break the cup?"
    ("Ai làm vỡ cái này?", "Who broke this?"),
    ("Ai làm vỡ cửa sổ?", "Who broke the window?"),
    ("Ai làm đổ nước ra sàn thế?", "Who spilled water on the floor?"),
    ("Bạn có làm vỡ bình hoa không?", "Did you break the vase?"),
    ("Có phải bạn làm vỡ cái cốc không?", "Did you break the cup?"),
    # v8: "It's broken.", "The vaple was broken."
    ("Cái cốc bị vỡ rồi.", "The cup is broken."),
    ("Bình hoa bị vỡ.", "The vase is broken."),
    ("Bình hoa có bị vỡ không?", "Is the vase broken?"),
    ("Màn hình điện thoại của tôi bị vỡ.", "My phone screen is cracked."),
    # v8: "I don't try to do that.", "I don't try to love."
    ("Tôi không cố ý làm vậy.", "I didn't mean to do that."),
    ("Tôi không cố tình.", "I didn't mean to."),
    ("Không phải cố ý đâu.", "It wasn't on purpose."),
    # not: "anh" alone (the speaker?), whose shirt for a name alone, things many, water broken, a mirror spilled, a
    # phone dropped (v8 has it right; mt/mishaps.py's for kin), a device broken (mt/broken.py's), a bottle of what,
    # asked without "không", a pet alone
    ("Bình hoa bị vỡ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh làm vỡ cái cốc.", None), ("Lan làm đổ cà phê lên áo.", None), ("Tôi làm vỡ mấy quả trứng.", None),
    ("Tôi làm vỡ nước.", None), ("Tôi làm đổ gương.", None), ("Tôi đánh rơi điện thoại.", None),
    ("Điện thoại của tôi bị hỏng.", None), ("Tôi làm vỡ chai rượu.", None), ("Bạn có làm vỡ bình hoa?", None),
    ("Con mèo làm đổ bình hoa.", None), ("Tôi làm vỡ cái bàn lên áo.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã cốc cà phê vào áo phông.", "Tôi vừa vặn nước trên sàn.", "Anh ta đã cố giành chiến thắng trên
    # thảm.", "Tôi đã uống trà trên bàn phím.", "Đứa con gái tôi nước ép trái cây trên bờ biển."
    ("I spilled coffee on my shirt.", "Tôi làm đổ cà phê lên áo."),
    ("I spilled coffee.", "Tôi làm đổ cà phê."),
    ("I've just spilled water on the floor.", "Tôi vừa làm đổ nước ra sàn."),
    ("My mother spilled milk on the table.", "Mẹ tôi làm đổ sữa lên bàn."),
    ("He spilled wine on the carpet.", "Anh ấy làm đổ rượu vang lên thảm."),
    ("I spilt tea on my keyboard.", "Tôi làm đổ trà lên bàn phím."),
    ("I accidentally spilled coffee on your shirt.", "Tôi vô tình làm đổ cà phê lên áo của bạn."),
    ("I spilled coffee on my mother's shirt.", "Tôi làm đổ cà phê lên áo của mẹ tôi."),
    ("My daughter spilled juice on the sofa.", "Con gái tôi làm đổ nước ép lên ghế sofa."),
    ("I almost spilled my coffee.", "Tôi suýt làm đổ cà phê."),
    # v8: "Tôi đã tách một ly.", "… làm cho cái va-li.", "Cô ấy phá vỡ một đĩa.", "Tôi đã làm vỡ một con la.", "Tôi
    # đã giòn màn hình điện thoại.", "Tôi đã làm cái gương này."
    ("I broke a glass.", "Tôi làm vỡ một cái ly."),
    ("I broke the glass.", "Tôi làm vỡ cái ly."),
    ("My son broke the vase.", "Con trai tôi làm vỡ cái bình hoa."),
    ("She broke a plate.", "Cô ấy làm vỡ một cái đĩa."),
    ("I broke a cup.", "Tôi làm vỡ một cái cốc."),
    ("I broke a window.", "Tôi làm vỡ một ô cửa sổ."),
    ("I've broken a mug.", "Tôi làm vỡ một cái cốc rồi."),
    ("She has broken a glass.", "Cô ấy làm vỡ một cái ly rồi."),
    ("I cracked my phone screen.", "Tôi làm vỡ màn hình điện thoại."),
    ("Sorry, I broke a glass.", "Xin lỗi, tôi làm vỡ một cái ly."),
    ("I didn't mean to break it.", "Tôi không cố ý làm vỡ nó."),
    # v8: "Tôi ghé điện thoại.", "Tôi thả một ly.", "Tôi ghé một đĩa trên sàn.", "Anh ấy bỏ điện thoại."
    ("I dropped my phone.", "Tôi đánh rơi điện thoại."),
    ("He dropped his phone.", "Anh ấy đánh rơi điện thoại."),
    ("My mother dropped her phone.", "Mẹ tôi đánh rơi điện thoại."),
    ("I dropped a glass.", "Tôi đánh rơi một cái ly."),
    ("I dropped my camera.", "Tôi đánh rơi máy ảnh."),
    ("I dropped a plate on the floor.", "Tôi đánh rơi một cái đĩa xuống sàn."),
    # v8: "Tôi gõ cửa một ly nước.", "Anh ta gõ cửa đi lang thang.", "Ai đã gõ cửa cà phê của tôi?"
    ("I knocked over a glass of water.", "Tôi làm đổ một ly nước."),
    ("He knocked over the vase.", "Anh ấy làm đổ cái bình hoa."),
    ("I knocked the vase over.", "Tôi làm đổ cái bình hoa."),
    ("I knocked it over.", "Tôi làm đổ nó."),
    # v8: "Ai đã phá vỡ điều này?", "Bạn có nghỉ ngơi không?" (rest)
    ("Who broke this?", "Ai làm vỡ cái này?"),
    ("Who broke the window?", "Ai làm vỡ cửa sổ?"),
    ("Who spilled water on the floor?", "Ai làm đổ nước ra sàn?"),
    ("Who knocked over my coffee?", "Ai làm đổ cà phê của tôi?"),
    ("Did you break the vase?", "Bạn có làm vỡ cái bình hoa không?"),
    # v8: "Bình hoa bùng nổ." (exploded)
    ("The vase broke.", "Cái bình hoa bị vỡ."),
    ("The glass is broken.", "Cái ly bị vỡ rồi."),
    ("Is the vase broken?", "Cái bình hoa có bị vỡ không?"),
    ("My phone screen is cracked.", "Màn hình điện thoại của tôi bị vỡ rồi."),
    # v8: "Tôi không làm điều đó." (I didn't do it), "Tôi không muốn làm điều đó.", "Nó không phải là mục đích."
    ("I didn't do it on purpose.", "Tôi không cố ý làm vậy."),
    ("I didn't mean to do that.", "Tôi không cố ý làm vậy."),
    ("She didn't mean to.", "Cô ấy không cố ý."),
    ("It wasn't on purpose.", "Không phải cố ý đâu."),
    # not: the verb not agreeing ("She have", "I has", "He break", "Did he broke"), "an glass", a phone or a leg
    # broken (mt/broken.py's, mt/injuries.py's), "knocked over it", "a coffee", broken on a table, "The vase is
    # broke.", a pet alone, keys dropped (mt/keys.py's), a glass broken to pieces by no one
    ("She have broken a glass.", None), ("I has broken a glass.", None), ("He break a glass.", None),
    ("Did he broke the vase?", None), ("I broke an glass.", None), ("I broke my phone.", None),
    ("I broke my leg.", None), ("I knocked over it.", None), ("I spilled a coffee.", None),
    ("I broke a glass on the table.", None), ("The vase is broke.", None), ("The cat knocked over the vase.", None),
    ("I dropped my keys.", None), ("Who broke the glass of water?", None), ("I spilled the vase.", None),
    # whose by kin and by name: a mother's "his" is another's; a name's "his", or a name not known for a woman's
    # "her", may be another's or the doer's own (was "Lan làm đổ cà phê lên laptop.", whose dropped)
    ("My mother spilled coffee on his laptop.", "Mẹ tôi làm đổ cà phê lên laptop của anh ấy."),
    ("My mother spilled coffee on her laptop.", "Mẹ tôi làm đổ cà phê lên laptop."),
    ("My friend spilled coffee on his shirt.", "Bạn tôi làm đổ cà phê lên áo."),
    ("Lan spilled coffee on her laptop.", "Lan làm đổ cà phê lên laptop."),
    ("Lan spilled coffee on his laptop.", None), ("Hung spilled coffee on her laptop.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics():
    assert translate("Tôi muốn đổi cái áo này.", "vi", "en") is None
    assert translate("I broke a glass.", "en", "fr") is None
