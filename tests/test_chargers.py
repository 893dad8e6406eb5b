"""Chargers, cables, power banks, adaptors, sockets and plugs: had, needed, borrowed, broken, dead, where, fitting, both
ways (mt/chargers.py)."""
import pytest

from mt.chargers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you charge the room?", "Do you charge locals?", "Do you charge the iPhone?", "Do you have charge?"
    ("Bạn có sạc dự phòng không?", "Do you have a power bank?"),
    ("Bạn có cục sạc không?", "Do you have a charger?"),
    ("Bạn có sạc iPhone không?", "Do you have an iPhone charger?"),
    ("Bạn có dây sạc không?", "Do you have a charging cable?"),
    ("Anh có sạc dự phòng không?", "Do you have a power bank?"),
    ("Có ai có sạc iPhone không?", "Does anyone have an iPhone charger?"),
    # v8: "I charge the room.", "I don't have charge."
    ("Mẹ tôi có sạc dự phòng.", "My mother has a power bank."),
    ("Tôi không có sạc dự phòng.", "I don't have a power bank."),
    ("Anh ấy không có dây sạc.", "He doesn't have a charging cable."),
    # v8: "Do I need a change?", "I need a switcher."
    ("Tôi có cần ổ chuyển đổi không?", "Do I need an adaptor?"),
    ("Chúng tôi có cần ổ cắm chuyển đổi không?", "Do we need an adaptor?"),
    ("Tôi cần ổ chuyển đổi.", "I need an adaptor."),
    ("Tôi cần một cục sạc.", "I need a charger."),
    # v8: "Can you give me the charge of the room?"
    ("Tôi có thể mượn sạc dự phòng của bạn không?", "Can I borrow your power bank?"),
    ("Tôi mượn dây sạc được không?", "Can I borrow your charging cable?"),
    ("Mẹ tôi mượn dây sạc của Lan được không?", "Can my mother borrow Lan's charging cable?"),
    ("Cho tôi mượn dây sạc được không?", "Can I borrow your charging cable?"),
    ("Bạn có thể cho tôi mượn sạc dự phòng không?", "Can you lend me your power bank?"),
    # v8: "My charge was corrupt.", "My weight doesn't work.", "My charge cord was knocked out.", "My defence out of
    # battery.", "My room out of battery."
    ("Cục sạc của tôi bị hỏng.", "My charger is broken."),
    ("Sạc của tôi không hoạt động.", "My charger isn't working."),
    ("Cục sạc này không dùng được.", "This charger doesn't work."),
    ("Dây sạc của tôi bị đứt.", "My charging cable is broken."),
    ("Cục sạc của bạn có bị hỏng không?", "Is your charger broken?"),
    ("Sạc dự phòng của tôi hết pin rồi.", "My power bank is dead."),
    ("Sạc dự phòng của mẹ tôi hết pin.", "My mother's power bank is dead."),
    ("Sạc dự phòng của bạn còn pin không?", "Does your power bank have any charge left?"),
    # v8: "Where do the socket?", "Are there any way to plug this?"
    ("Ổ cắm ở đâu?", "Where's the socket?"),
    ("Ổ cắm gần nhất ở đâu?", "Where's the nearest socket?"),
    ("Có chỗ nào để cắm cái này không?", "Is there somewhere to plug this in?"),
    ("Ở đây có chỗ cắm sạc không?", "Is there somewhere here to plug in my charger?"),
    ("Có chỗ nào cắm điện không?", "Is there somewhere to plug in?"),
    # v8: "The plug-in isn't just.", "The plug-in is not just socket."
    ("Phích cắm không vừa.", "The plug doesn't fit."),
    ("Phích cắm của tôi không vừa ổ cắm ở đây.", "My plug doesn't fit the sockets here."),
    ("Phích cắm không vừa ổ cắm này.", "The plug doesn't fit this socket."),
    ("Phích cắm này có vừa không?", "Does this plug fit?"),
    # v8: "My phone is not charged.", "Rarely not on."
    ("Điện thoại của tôi sạc không vào.", "My phone won't charge."),
    ("Máy tính xách tay của mẹ tôi sạc không vào pin.", "My mother's laptop won't charge."),
    ("Sạc không vào.", "It won't charge."),
    # not: "anh" saying it (the speaker?), "sạc iPhone" after "cần", said or asked of "anh ấy" (to charge it), "sạc"
    # alone (the phrasebook's, mt/loans.py's), borrowing one's own, asking "bạn" to borrow with no whose, a charger "hết
    # pin", "đứt" of a charger, "sạc" with no whose, "vừa" alone (just), a socket broken (mt/broken.py), forgotten to
    # bring (mt/bring_along.py), asked without "không"
    ("Sạc không vào nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh có sạc dự phòng.", None), ("Tôi cần sạc iPhone.", None), ("Tôi có sạc điện thoại.", None),
    ("Bạn có sạc không?", None), ("Cho tôi mượn sạc được không?", None),
    ("Tôi có thể mượn sạc dự phòng của tôi không?", None), ("Bạn có thể mượn sạc dự phòng không?", None),
    ("Cục sạc của tôi hết pin.", None), ("Cục sạc bị đứt.", None), ("Sạc không hoạt động.", None),
    ("Phích cắm vừa.", None), ("Ổ cắm này bị hỏng.", None), ("Tôi quên mang sạc.", None),
    ("Bạn có sạc dự phòng?", None), ("Điện thoại của tôi không sạc được.", None),
    ("Anh ấy có sạc điện thoại không?", None), ("Bạn có cần sạc iPhone không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có ngân hàng năng lượng không?" (an energy bank), "Bạn có iPhone cục sạc không?", "Bé có một ngân hàng
    # năng lượng không?", "Tôi có ngân hàng năng lượng."
    ("Do you have a power bank?", "Bạn có sạc dự phòng không?"),
    ("Do you have an iPhone charger?", "Bạn có sạc iPhone không?"),
    ("Does she have a power bank?", "Cô ấy có sạc dự phòng không?"),
    ("Does anyone have an iPhone charger?", "Có ai có sạc iPhone không?"),
    ("She has a power bank.", "Cô ấy có sạc dự phòng."),
    ("I don't have a charger.", "Tôi không có cục sạc."),
    ("My mother doesn't have a charging cable.", "Mẹ tôi không có dây sạc."),
    # v8: "Có cần một bộ thích nghi không?", "Có cần một người thích nghi không?", "Tôi cần một người thích nghi."
    ("Do I need an adaptor?", "Tôi có cần ổ cắm chuyển đổi không?"),
    ("Do I need an adapter?", "Tôi có cần ổ cắm chuyển đổi không?"),
    ("Will I need an adaptor?", "Tôi có cần ổ cắm chuyển đổi không?"),
    ("I need a travel adaptor.", "Tôi cần ổ cắm chuyển đổi."),
    ("She needs an adaptor.", "Cô ấy cần ổ cắm chuyển đổi."),
    # v8: "Có thể mượn ngân hàng điện của bạn không?"
    ("Can I borrow your power bank?", "Tôi có thể mượn sạc dự phòng của bạn không?"),
    ("Could I borrow a charging cable?", "Tôi có thể mượn dây sạc không?"),
    ("Can you lend me your power bank?", "Bạn có thể cho tôi mượn sạc dự phòng không?"),
    # v8: "Tôi quên cục sạc của tôi."
    # v8: "Cục sạc của tôi không làm việc.", "Tôi có thể bị vỡ.", "Có thể sạc của tôi bị vỡ.", "Ngân hàng năng lượng
    # của tôi đã chết.", "Ngân hàng năng lượng của tôi flat."
    ("My charger isn't working.", "Cục sạc của tôi không hoạt động."),
    ("My charger doesn't work.", "Cục sạc của tôi không hoạt động."),
    ("My cable is broken.", "Dây cáp của tôi bị hỏng."),
    ("My charging cable is broken.", "Dây sạc của tôi bị hỏng."),
    ("Lan's charger has stopped working.", "Cục sạc của Lan không hoạt động nữa."),
    ("My power bank is dead.", "Sạc dự phòng của tôi hết pin rồi."),
    ("My power bank is flat.", "Sạc dự phòng của tôi hết pin rồi."),
    ("My power bank has run out of charge.", "Sạc dự phòng của tôi hết pin rồi."),
    # v8: "Ổ cắm mạng ở đâu?" (a network socket), "Có nơi nào để cắm vào đây không?"
    ("Where's the socket?", "Ổ cắm ở đâu?"),
    ("Where is the nearest socket?", "Ổ cắm gần nhất ở đâu?"),
    ("Where are the sockets?", "Ổ cắm ở đâu?"),
    ("Is there a socket nearby?", "Gần đây có ổ cắm không?"),
    ("Is there a power socket in the room?", "Trong phòng có ổ cắm không?"),
    ("Is there somewhere to plug this in?", "Có chỗ nào để cắm cái này không?"),
    ("Is there somewhere I can plug this in?", "Có chỗ nào để cắm cái này không?"),
    ("Is there anywhere here I can plug my phone in?", "Ở đây có chỗ nào để cắm sạc điện thoại không?"),
    # v8: "Phần bổ sung không phù hợp." (the addition), "Phần bổ sung không phù hợp với ổ cắm."
    ("The plug doesn't fit.", "Phích cắm không vừa."),
    ("The plug doesn't fit the socket.", "Phích cắm không vừa ổ cắm."),
    ("This plug won't fit the sockets here.", "Phích cắm này không vừa ổ cắm ở đây."),
    ("Will this plug fit?", "Phích cắm này có vừa không?"),
    # not: the verb not agreeing ("She have", "Does she has", "He don't", "She need", "He have forgotten", "The plug
    # fit the socket", "Does the plug fits"), "a adaptor", one's own borrowed, another's forgotten, a charger "dead",
    # "a" before a fault, "fits" alone, a phone that won't charge (mt/batteries.py)
    ("She have a power bank.", None), ("Does she has a power bank?", None), ("He don't have a charger.", None),
    ("She need an adaptor.", None), ("He have forgotten his cable.", None), ("The plug fit the socket.", None),
    ("Does the plug fits?", None), ("Do you have a adaptor?", None), ("Can I borrow my charger?", None),
    ("She forgot my charger.", None), ("I forgot my charger.", None),  # (to bring, or left it? mt.terms')
    ("My charger is dead.", None), ("A charger is broken.", None),
    ("The plug fits.", None), ("My phone won't charge.", None), ("Anyone has a charger.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
