"""Clothes gone wrong and their care: the iron, creased, shrunk, faded, run, stained, needing ironing, stains got out,
both ways (mt/clothes_care.py)."""
import pytest

from mt.clothes_care import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Where is the table?", "The table is broken.", "Are you a table?", "Can I borrow the table?"
    ("Bàn là ở đâu?", "Where's the iron?"),
    ("Bàn ủi để ở đâu vậy?", "Where's the iron?"),
    ("Bàn là của bạn ở đâu?", "Where's your iron?"),
    ("Bạn để bàn là ở đâu?", "Where do you keep the iron?"),
    ("Bàn là bị hỏng.", "The iron is broken."),
    ("Bàn là của mẹ tôi hỏng rồi.", "My mother's iron is broken."),
    ("Bàn là có bị hỏng không?", "Is the iron broken?"),
    ("Bạn có bàn là không?", "Do you have an iron?"),
    ("Chúng tôi không có bàn là.", "We don't have an iron."),
    ("Lan có bàn là không?", "Does Lan have an iron?"),
    ("Trong phòng có bàn là không?", "Is there an iron in the room?"),
    ("Tôi có thể mượn bàn là không?", "Can I borrow an iron?"),
    ("Cho tôi mượn bàn là của bạn được không?", "Can I borrow your iron?"),
    # v8: "The table is a fire of my shirt.", "I'm a fire of my shirt."
    ("Bàn là làm cháy áo sơ mi của tôi.", "The iron burnt my shirt."),
    ("Tôi ủi cháy áo sơ mi rồi.", "I burnt my shirt with the iron."),
    # another's thing without whose may be anyone's; whose said as who again is "her" in English
    ("Mẹ tôi ủi cháy áo sơ mi.", "My mother burnt a shirt with the iron."),
    ("Anh ấy ủi cháy áo.", "He burnt a shirt with the iron."),
    ("Cô ấy ủi cháy áo.", "She burnt a shirt with the iron."),
    ("Họ ủi cháy áo.", "They burnt a shirt with the iron."),
    ("Họ ủi cháy áo nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mẹ tôi ủi cháy áo của mẹ tôi.", None),
    # v8: "The shirt is empty.", "My miracle is wrinkled.", "This miracle needs to be."
    ("Quần áo nhăn hết rồi.", "The clothes are all creased."),
    ("Áo sơ mi của tôi bị nhăn.", "My shirt is creased."),
    ("Áo của tôi nhăn quá.", "My shirt is really creased."),
    ("Bộ vest của bố tôi không bị nhăn.", "My father's suit isn't creased."),
    ("Quần áo của tôi có bị nhăn không?", "Are my clothes creased?"),
    ("Áo sơ mi này cần là.", "This shirt needs ironing."),
    ("Cái quần này không cần ủi.", "These trousers don't need ironing."),
    # v8: "This coat is contracted.", "My lender is contracted when washing."
    ("Cái áo này bị co lại.", "This shirt has shrunk."),
    ("Áo len của tôi bị co lại khi giặt.", "My jumper shrank in the wash."),
    ("Áo len này có bị co không?", "Has this jumper shrunk?"),
    # v8: "I'm slighted.", "My beef was faded.", "This Austria is getting out of color."
    ("Áo tôi bị phai màu.", "My shirt has faded."),
    ("Quần bò của tôi bị phai màu rồi.", "My jeans have faded."),
    ("Áo này giặt bị ra màu.", "The colour of this shirt ran in the wash."),
    # v8: "I'm sticking to coffee.", "My tears were stained."
    ("Áo tôi bị dính vết cà phê.", "There's a coffee stain on my shirt."),
    ("Váy của tôi bị dính vết bẩn.", "There's a stain on my dress."),
    ("Áo sơ mi của Lan bị dính vết mực.", "There's an ink stain on Lan's shirt."),
    # v8: "How do you get this dirty one?", "Coffee is not boycot.", "Is this boyfriend?"
    ("Làm sao để tẩy vết bẩn này?", "How do I get this stain out?"),
    ("Làm sao tẩy vết cà phê?", "How do I get coffee stains out?"),
    ("Làm thế nào để tẩy vết mực trên quần của tôi?", "How do I get the ink stain out of my trousers?"),
    ("Vết cà phê không tẩy được.", "The coffee stain won't come out."),
    ("Vết cà phê đó không tẩy được.", "That coffee stain won't come out."),
    ("Vết bẩn đó có tẩy được không?", "Will that stain come out?"),
    ("Vết bẩn này giặt mãi không ra.", "This stain won't wash out."),
    ("Vết này có tẩy được không?", "Will this stain come out?"),
    # not: "anh" alone saying it (may be the speaker), a thing without whose, hot (mt/cautions.py's), a stain
    # without words of one (a mark on the skin?; "vết" alone: any mark), a stain asked of, "co" without "bị" or
    # "lại", another topic
    ("Anh có bàn là.", None), ("Áo bị nhăn.", None), ("Bàn là nóng quá.", None), ("Vết này có ra không?", None),
    ("Quần áo có vết bẩn không?", None), ("Áo này co.", None), ("Tôi bị co giật.", None),
    ("Bàn là bị hỏng, tôi phải mua cái mới.", None), ("Tôi phải là quần áo.", None), ("Anh là cháy áo rồi.", None),
    ("Bạn có thể mượn bàn là không?", None), ("Áo của tôi bị dính cà phê.", None), ("Áo tôi có vết.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Sắt ở đâu?" (the metal), "Chất sắt bị vỡ.", "Bạn có sắt không?", "Có thể mượn sắt của bạn không?"
    ("Where's the iron?", "Bàn là ở đâu?"),
    ("Where is my iron?", "Bàn là của tôi ở đâu?"),
    ("Where do you keep the iron?", "Bạn để bàn là ở đâu?"),
    ("The iron is broken.", "Bàn là bị hỏng."),
    ("My mother's iron is broken.", "Bàn là của mẹ tôi bị hỏng."),
    ("Is your iron broken?", "Bàn là của bạn có bị hỏng không?"),
    ("Do you have an iron?", "Bạn có bàn là không?"),
    ("She has an iron.", "Cô ấy có bàn là."),
    ("We don't have an iron.", "Chúng tôi không có bàn là."),
    ("Is there an iron in the room?", "Trong phòng có bàn là không?"),
    ("Can I borrow your iron?", "Tôi có thể mượn bàn là của bạn không?"),
    ("Could we borrow an iron?", "Chúng tôi có thể mượn bàn là không?"),
    # v8: "Chiếc áo sơ mi sắt của tôi.", "Tôi đốt áo sơ mi bằng sắt."
    ("The iron burnt my shirt.", "Bàn là làm cháy áo của tôi rồi."),
    ("I burnt my shirt with the iron.", "Tôi ủi cháy áo rồi."),
    # whose that is who's own is left out ("của anh ấy" reads as another's)
    ("My father burnt his suit with the iron.", "Bố tôi ủi cháy bộ vest rồi."),
    ("My mother burnt her shirt with the iron.", "Mẹ tôi ủi cháy áo rồi."),
    ("Lan burnt her shirt with the iron.", "Lan ủi cháy áo rồi."),
    ("My father burnt her shirt with the iron.", "Bố tôi ủi cháy áo của cô ấy rồi."),
    # v8: "Chiếc áo của tôi tất cả đều bị vỗ.", "Chiếc áo này cần sắt."
    ("My shirt is all creased.", "Áo của tôi nhăn hết rồi."),
    ("My clothes are all wrinkled.", "Quần áo của tôi nhăn hết rồi."),
    ("These jeans are really creased.", "Cái quần jean này nhăn quá."),
    ("My shirt isn't creased.", "Áo của tôi không bị nhăn."),
    ("Are my clothes creased?", "Quần áo của tôi có bị nhăn không?"),
    ("This shirt needs ironing.", "Cái áo này cần ủi."),
    ("These trousers need ironing.", "Cái quần này cần ủi."),
    ("Does this dress need ironing?", "Cái váy này có cần ủi không?"),
    # v8: "Mồ hôi của tôi lắc lư trong khăn mặt." (sweat), "Chiếc áo này đã say xỉn." (drunk)
    ("My sweater shrank in the wash.", "Áo len của tôi bị co lại khi giặt."),
    ("This shirt has shrunk.", "Cái áo này bị co lại rồi."),
    ("Has my jumper shrunk?", "Áo len của tôi có bị co lại không?"),
    # v8: "Máy bay của tôi đã bay qua." (my plane), "Màu sắc xóc trong khăn mặt."
    ("My jeans have faded.", "Quần jean của tôi bị phai màu rồi."),
    ("The colour ran in the wash.", "Bị ra màu khi giặt."),
    ("The colour of my shirt ran in the wash.", "Áo của tôi giặt bị ra màu."),
    # v8: "Có một vết ố cà phê trên áo phông." (a T-shirt), "Bốn sẽ không ra ngoài." (four)
    ("There's a coffee stain on my shirt.", "Áo của tôi bị dính vết cà phê."),
    ("I've got an ink stain on my trousers.", "Quần của tôi bị dính vết mực."),
    ("How do I get this stain out?", "Làm sao để tẩy vết bẩn này?"),
    ("How do I get this stain out of my shirt?", "Làm sao để tẩy vết bẩn này trên áo của tôi?"),
    ("How do you get coffee stains out?", "Làm sao để tẩy vết cà phê?"),
    ("The stain won't come out.", "Vết bẩn không tẩy được."),
    ("That stain won't come out.", "Vết bẩn đó không tẩy được."),
    ("Will that stain come out?", "Vết bẩn đó có tẩy được không?"),
    ("This wine stain won't wash out.", "Vết rượu vang này giặt không ra."),
    ("Will this stain come out?", "Vết bẩn này có tẩy được không?"),
    # not: not agreeing ("She have", "Does she has", "These jeans has", "This shirt need"), "this" and "these"
    # mixed, "the shirt" (which?), a red shirt (colours not read), others' stain on my shirt, "get … out from",
    # the iron too hot or not working (mt/appliances.py's), ironing as a chore (mt/laundry.py's), spilt (accidents),
    # "a" or "an" not as the word sounds
    ("She have an iron.", None), ("Does she has an iron?", None), ("These jeans has shrunk.", None),
    ("This shirt need ironing.", None), ("This clothes is creased.", None), ("The shirt is creased.", None),
    ("My red shirt ran in the wash.", None), ("I've got a stain on your shirt.", None),
    ("How do I get this stain out from my shirt?", None), ("There's a stains on my shirt.", None),
    ("There's an stain on my shirt.", None), ("There's a ink stain on my shirt.", None),
    ("A stain won't come out.", None), ("Can I borrow this iron?", None), ("The iron is too hot.", None),
    ("I have to iron my shirt.", None), ("I spilled coffee on my shirt.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bàn là ở đâu?", "en", "vi") is None
    assert translate("Where's the iron?", "vi", "en") is None
    assert translate("Where's the iron?", "en", "fr") is None
