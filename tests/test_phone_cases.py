"""Phone accessories: a phone case, a screen protector and earphones bought, wanted, changed, lost, broken, cracked,
tangled or working on one side, both ways (mt/phone_cases.py)."""
import pytest

from mt.phone_cases import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I want to buy a phone back.", "I'd like to buy your back.", "He needs to buy a new screen paste.", "My son
    # wants to buy wireless ears.", "I need a new back.", "She doesn't need to buy her back.", "I'm going to buy a
    # power paste."
    ("Tôi muốn mua một cái ốp lưng điện thoại.", "I want to buy a phone case."),
    ("Tôi muốn mua ốp lưng.", "I want to buy a phone case."),
    ("Bạn có muốn mua ốp lưng không?", "Do you want to buy a phone case?"),
    ("Anh ấy cần mua miếng dán màn hình mới.", "He needs to buy a new screen protector."),
    ("Con trai tôi muốn mua tai nghe không dây.", "My son wants to buy wireless earphones."),
    ("Tôi cần một cái ốp lưng mới.", "I need a new phone case."),
    ("Cô ấy không cần mua ốp lưng.", "She doesn't need to buy a phone case."),
    ("Tôi sẽ mua một miếng dán cường lực.", "I will buy a screen protector."),
    # (v8 right: "I have to buy new earphones."; "We want to buy my earphones.", whose not said)
    ("Tôi phải mua tai nghe mới.", "I have to buy new earphones."),
    ("Chúng tôi muốn mua tai nghe.", "We want to buy earphones."),
    # v8: "My mother bought a phone back.", "Yesterday, I bought a tiny back.", "I bought a new earphone.", "Lan
    # bought bluetooth ears.", "Have you bought your back yet?", "I haven't bought the wallet."
    ("Mẹ tôi đã mua một cái ốp lưng điện thoại.", "My mother bought a phone case."),
    ("Hôm qua tôi mua một cái ốp lưng.", "I bought a phone case yesterday."),
    ("Tôi vừa mua một cái tai nghe mới.", "I've just bought a new pair of earphones."),
    ("Lan mua tai nghe bluetooth rồi.", "Lan has bought Bluetooth earphones."),
    ("Bạn đã mua ốp lưng chưa?", "Have you bought a phone case yet?"),
    ("Tôi chưa mua miếng dán màn hình.", "I haven't bought a screen protector yet."),
    # v8: "I want to replace my back.", "My mother needs to replace the screen paste.", "You should replace your
    # ears.", "He just replaced his new back.", "I've changed the wallet."
    ("Tôi muốn thay ốp lưng.", "I want to change my phone case."),
    ("Mẹ tôi cần thay miếng dán màn hình.", "My mother needs to change her screen protector."),
    ("Bạn nên thay tai nghe.", "You should change your earphones."),
    ("Anh ấy vừa thay ốp lưng mới.", "He's just got a new phone case."),
    ("Tôi đã thay miếng dán màn hình.", "I changed my screen protector."),
    ("Bạn có muốn thay ốp lưng không?", "Do you want to change your phone case?"),
    # v8: "My back tube is broken.", "Paste the screen was cracked.", "My power was broken.", "My screen paste was
    # flakeed.", "This back tube is stained by gold.", "Is your back tube breaks?"
    ("Ốp lưng của tôi bị vỡ rồi.", "My phone case is broken."),
    ("Ốp lưng điện thoại của mẹ tôi bị nứt.", "My mother's phone case is cracked."),
    ("Miếng dán màn hình bị nứt rồi.", "The screen protector has cracked."),
    ("Kính cường lực của tôi bị vỡ.", "My screen protector is broken."),
    ("Miếng dán màn hình của tôi bị bong.", "My screen protector is peeling off."),
    ("Ốp lưng này bị ố vàng rồi.", "This phone case has turned yellow."),
    ("Ốp lưng của bạn có bị vỡ không?", "Is your phone case broken?"),
    # v8: "My ears are broken.", "My ears are broken one side.", "Land's ears are broken one side.", "I hear I just
    # heard one side.", "My ears are embarassed.", "Do your ears have trouble?", "The ears are not broken."
    ("Tai nghe của tôi bị hỏng rồi.", "My earphones are broken."),
    ("Tai nghe của tôi bị hỏng một bên.", "One side of my earphones doesn't work."),
    ("Tai nghe của Lan bị hỏng một bên.", "One side of Lan's earphones doesn't work."),
    ("Tai nghe tôi chỉ nghe được một bên.", "My earphones only work on one side."),
    ("Tai nghe của tôi bị rối.", "My earphones are tangled."),
    ("Tai nghe của bạn có bị rối không?", "Are your earphones tangled?"),
    ("Tai nghe này không bị hỏng.", "These earphones aren't broken."),
    # v8: "I lost my ears.", "I'm lost to hear.", "My son lost my ears.", "She has lost her ears.", "Yesterday, I lost
    # my ears.", "I lose your ears.", "My mother lost her back."
    ("Tôi làm mất tai nghe rồi.", "I've lost my earphones."),
    ("Tôi bị mất tai nghe.", "I lost my earphones."),
    ("Con trai tôi làm mất tai nghe.", "My son lost his earphones."),
    ("Chị ấy vừa làm mất tai nghe không dây.", "She's just lost her wireless earphones."),
    ("Hôm qua tôi làm mất tai nghe.", "I lost my earphones yesterday."),
    ("Tôi làm mất tai nghe của bạn rồi.", "I've lost your earphones."),
    ("Chúng tôi làm mất tai nghe rồi.", "We've lost our earphones."),
    ("Mẹ tôi đánh mất ốp lưng.", "My mother lost her phone case."),
    ("Tai nghe của con tôi bị hỏng rồi!", "My child's earphones are broken!"),
    ("Bác Lan muốn thay ốp lưng.", "Aunt Lan wants to change her phone case."),
    # not: plain "mua" (now, or a habit?), "we" buying a case (one, or one each?), "anh" saying it, "I" asked, a
    # "?" on a statement, "kính cường lực" of no one (a door's, a table's?), a name alone changing or losing their
    # own (his or hers?), earphones cracked, one side asked, "chiếc tai nghe" (one earbud?), "một tai nghe", a pet,
    # "thế" ending a statement, "nhỉ", "thay … mới rồi", "có mua … không?" (a habit, or done?), earphones seen
    # (mt/finding.py), left (mt/left_behind.py), stolen (mt/theft.py), sold (mt/patterns.py), another meaning,
    # English, nonsense
    ("Tôi mua ốp lưng.", None), ("Chúng tôi muốn mua ốp lưng.", None), ("Anh muốn mua ốp lưng.", None),
    ("Tôi có muốn mua ốp lưng không?", None), ("Bạn muốn mua ốp lưng?", None), ("Ốp lưng của tôi bị vỡ rồi?", None),
    ("Anh ấy muốn mua kính cường lực.", None), ("Kính cường lực bị vỡ rồi.", None),
    ("Lan làm mất tai nghe của mình.", None), ("Lan muốn thay ốp lưng.", None), ("Tai nghe của tôi bị nứt.", None),
    ("Tai nghe của bạn có bị hỏng một bên không?", None), ("Tôi muốn mua một chiếc tai nghe.", None),
    ("Tôi muốn mua một tai nghe.", None), ("Con mèo của tôi muốn mua ốp lưng.", None),
    ("Ốp lưng của tôi bị vỡ thế.", None), ("Ốp lưng của tôi bị vỡ nhỉ.", None), ("Tôi thay ốp lưng mới rồi.", None),
    ("Bạn có mua ốp lưng không?", None), ("Tôi sẽ không mua ốp lưng.", None),
    ("Em có muốn mua ốp lưng không ạ?", None), ("Tôi vừa làm mất tai nghe rồi.", None),
    ("Bạn có thấy tai nghe của tôi đâu không?", None), ("Tôi để quên tai nghe ở nhà.", None),
    ("Tai nghe của tôi bị lấy trộm.", None), ("Cửa hàng này có bán tai nghe không?", None),
    ("Tôi thích tai nghe này.", None), ("I want to buy a phone case.", None), ("Xin chào.", None),
    # "our", "their" case or screen protector, had or lost (one between them, or one each?); earphones taken
    ("Ốp lưng của chúng tôi bị vỡ rồi.", None), ("Miếng dán màn hình của họ bị bong.", None),
    ("Ốp lưng của họ có bị vỡ không?", None), ("Tôi làm mất ốp lưng của họ.", None),
    ("Mẹ tôi làm mất ốp lưng của chúng tôi rồi.", None),
    ("Tai nghe của chúng tôi bị rối.", "Our earphones are tangled."),
    ("Tôi làm mất tai nghe của họ rồi.", "I've lost their earphones."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn mua một trường hợp điện thoại." (a case at law), "Bạn có muốn mua một chiếc điện thoại không?",
    # "Anh ấy cần mua một người bảo vệ màn hình mới." (a guard), "Tôi cần một trường hợp điện thoại mới.", "Tôi phải
    # mua điện thoại tai mới.", "Cô ấy không cần mua một chiếc điện thoại."
    ("I want to buy a phone case.", "Tôi muốn mua một cái ốp lưng điện thoại."),
    ("Do you want to buy a phone case?", "Bạn có muốn mua một cái ốp lưng điện thoại không?"),
    ("He needs to buy a new screen protector.", "Anh ấy cần mua một miếng dán màn hình mới."),
    ("I need a new phone case.", "Tôi cần một cái ốp lưng điện thoại mới."),
    ("I have to buy new earphones.", "Tôi phải mua tai nghe mới."),
    ("She doesn't need to buy a phone case.", "Cô ấy không cần mua ốp lưng."),
    ("I'll buy a screen protector.", "Tôi sẽ mua một miếng dán màn hình."),
    # (v8 right: "Con trai tôi muốn mua tai nghe không dây.", "Chúng ta muốn mua tai nghe.")
    ("My son wants to buy wireless earphones.", "Con trai tôi muốn mua tai nghe không dây."),
    ("We want to buy earphones.", "Chúng tôi muốn mua tai nghe."),
    # v8: "Mẹ tôi mua một trường hợp điện thoại.", "Tôi vừa mua một đôi điện thoại mới.", "Lan đã mua điện thoại
    # Bluetooth.", "Bạn đã mua một chiếc điện thoại chưa?", "Tôi chưa mua một người bảo vệ màn hình."
    ("My mother bought a phone case.", "Mẹ tôi đã mua một cái ốp lưng điện thoại."),
    ("I bought a phone case yesterday.", "Hôm qua tôi mua một cái ốp lưng điện thoại."),
    ("I've just bought a new pair of earphones.", "Tôi vừa mua một cái tai nghe mới."),
    ("Lan has bought Bluetooth earphones.", "Lan đã mua tai nghe bluetooth rồi."),
    ("Have you bought a phone case yet?", "Bạn đã mua ốp lưng chưa?"),
    ("I haven't bought a screen protector yet.", "Tôi chưa mua miếng dán màn hình."),
    # v8: "Tôi muốn thay đổi trường hợp điện thoại.", "Mẹ tôi cần thay thế người bảo vệ màn hình của mình.", "Ông có
    # muốn thay đổi trường hợp điện thoại của mình không?"
    ("I want to change my phone case.", "Tôi muốn thay ốp lưng."),
    ("My mother needs to replace her screen protector.", "Mẹ tôi cần thay miếng dán màn hình."),
    ("You should change your earphones.", "Bạn nên thay tai nghe."),
    ("Does he want to change his phone case?", "Anh ấy có muốn thay ốp lưng không?"),
    # v8: "Điện thoại của tôi bị hỏng." (the phone), "Trường hợp điện thoại của mẹ tôi bị trừng phạt." (punished),
    # "Người bảo vệ màn hình bị nứt.", "Bộ bảo vệ màn hình của tôi đang vỗ tay." (clapping), "Trường hợp điện thoại
    # này đã biến thành màu vàng."
    ("My phone case is broken.", "Ốp lưng của tôi bị vỡ rồi."),
    ("My mother's phone case is cracked.", "Ốp lưng của mẹ tôi bị nứt."),
    ("The screen protector has cracked.", "Miếng dán màn hình bị nứt rồi."),
    ("My screen protector is peeling off.", "Miếng dán màn hình của tôi bị bong."),
    ("This phone case has turned yellow.", "Ốp lưng này bị ố vàng."),
    ("Is your phone case broken?", "Ốp lưng của bạn có bị vỡ không?"),
    # v8: "Điện thoại của tôi bị vỡ.", "Một phần của tai nghe không hoạt động.", "Một trong những chồi tai của tôi
    # không hoạt động." (buds), "Điện thoại tai của Lan bị gãy một bên.", "Điện thoại tai của tôi bị quấn."
    ("My earphones are broken.", "Tai nghe của tôi bị hỏng rồi."),
    ("One side of my earphones doesn't work.", "Tai nghe của tôi bị hỏng một bên."),
    ("One of my earbuds doesn't work.", "Tai nghe của tôi bị hỏng một bên."),
    ("Lan's earphones are broken on one side.", "Tai nghe của Lan bị hỏng một bên."),
    ("My headphones only work on one side.", "Tai nghe của tôi chỉ nghe được một bên."),
    ("My earphones are tangled.", "Tai nghe của tôi bị rối."),
    ("Are your earphones tangled?", "Tai nghe của bạn có bị rối không?"),
    ("These earphones aren't broken.", "Tai nghe này không bị hỏng."),
    # v8: "Tôi đã mất điện thoại tai nghe.", "Tôi mất điện thoại tai của tôi.", "Con trai tôi mất điện thoại tai.",
    # "Cô ấy vừa bị mất điện thoại tai nghe không dây.", "Tôi mất điện thoại tai của mình hôm qua."
    ("I've lost my earphones.", "Tôi làm mất tai nghe rồi."),
    ("I lost my earphones.", "Tôi đã làm mất tai nghe."),
    ("My son lost his earphones.", "Con trai tôi đã làm mất tai nghe."),
    ("She's just lost her wireless earphones.", "Cô ấy vừa làm mất tai nghe không dây."),
    ("I lost my earphones yesterday.", "Hôm qua tôi làm mất tai nghe."),
    ("I've lost your earphones.", "Tôi làm mất tai nghe của bạn rồi."),
    ("We've lost our earphones.", "Chúng tôi làm mất tai nghe rồi."),
    ("My earphones are broken!", "Tai nghe của tôi bị hỏng rồi!"),
    ("Lan needs to change her phone case.", "Lan cần thay ốp lưng."),
    # ("new" kept denied and asked "yet")
    ("I haven't bought a new phone case yet.", "Tôi chưa mua ốp lưng mới."),
    ("Have you bought new earphones yet?", "Bạn đã mua tai nghe mới chưa?"),
    ("He doesn't want to buy a new phone case.", "Anh ấy không muốn mua ốp lưng mới."),
    ("I don't need new earphones.", "Tôi không cần tai nghe mới."),
    # not: a verb that does not agree with who, "I" asked, "we" buying a case, "a" or no article wrong, a state its
    # thing does not have, "this earphones", another's changed, "her" for a son, "has broken", "was", a "?" on a
    # statement, a pet, "Have you bought …?" with no "yet" (ever?), earphones seen (mt/finding.py), left
    # (mt/left_behind.py), stolen (mt/theft.py), another "case", Vietnamese, nonsense
    ("She want to buy a phone case.", None), ("I wants to buy a phone case.", None),
    ("Do I want to buy a phone case?", None), ("We want to buy a phone case.", None),
    ("I want to buy an earphones.", None), ("I want to buy a earphones.", None), ("I want to buy phone case.", None),
    ("My earphones is broken.", None), ("My phone case are broken.", None), ("My earphones are cracked.", None),
    ("My phone case is tangled.", None), ("This earphones are broken.", None),
    ("I need to change your phone case.", None), ("My son lost her earphones.", None),
    ("My phone case has broken.", None), ("My phone case was broken.", None), ("My phone case is broken?", None),
    ("My dog wants to buy a phone case.", None), ("Have you bought a phone case?", None),
    ("I will bought a phone case.", None), ("Have you seen my headphones anywhere?", None),
    ("I left my earphones at home.", None), ("My earphones were stolen.", None),
    ("This is a case of fraud.", None), ("My earbud is broken.", None),
    ("I want to buy a pair of phone case.", None), ("One side of my earphones don't work.", None),
    ("Tôi muốn mua ốp lưng.", None), ("Hello there.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
