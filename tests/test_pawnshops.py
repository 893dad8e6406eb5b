"""Pawning things, redeeming them, a pawnshop near here and its interest, both ways (mt/pawnshops.py)."""
import pytest

from mt.pawnshops import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bring the phone to the rumor.", "He held trying the motorcycle.", "My brother stopping a machine to pay
    # debt.", "My mother took the ring to get the cost of school."
    ("Tôi đã mang điện thoại đi cầm đồ.", "I pawned my phone."),
    ("Tôi đã mang điện thoại đi cầm.", "I pawned my phone."),
    ("Anh ấy đã cầm cố chiếc xe máy.", "He pawned his motorbike."),
    ("Mẹ tôi đã đem chiếc nhẫn đi cầm để lấy tiền đóng học phí.", "My mother pawned her ring to pay the tuition fees."),
    ("Anh trai tôi cầm cố xe máy để trả nợ.", "My brother pawned his motorbike to pay off his debts."),
    ("Anh ấy cầm đồng hồ ở tiệm cầm đồ để lấy tiền.", "He pawned his watch for money."),
    ("Bác Hùng đã đem đồng hồ đi cầm đồ.", "Uncle Hung pawned his watch."),
    ("Lan đã mang điện thoại của tôi đi cầm.", "Lan pawned my phone."),
    ("Tôi đã mang nhẫn của mẹ tôi đi cầm.", "I pawned my mother's ring."),
    ("Chúng tôi mang ti vi đi cầm rồi.", "We've pawned our TV."),
    ("Cô ấy vừa mang sợi dây chuyền vàng đi cầm.", "She's just pawned her gold necklace."),
    # v8: "I have not carried out my phone.", "Have you carried a motorcycle yet?", "I'm going to carry my laptop
    # away."
    ("Tôi phải mang xe máy đi cầm.", "I have to pawn my motorbike."),
    ("Tôi đã phải cầm cố chiếc nhẫn cưới.", "I had to pawn my wedding ring."),
    ("Tôi sẽ mang laptop đi cầm.", "I'll pawn my laptop."),
    ("Tôi cần mang xe máy đi cầm.", "I need to pawn my motorbike."),
    ("Tôi chưa mang điện thoại đi cầm.", "I haven't pawned my phone yet."),
    ("Bạn đã mang xe máy đi cầm chưa?", "Have you pawned your motorbike yet?"),
    ("Bạn mang xe máy đi cầm chưa?", "Have you pawned your motorbike yet?"),
    # v8: "We just brought the laptop out of the handle.", "They carried the motorcycle out of the rumor."
    ("Chúng tôi vừa mang laptop ra tiệm cầm đồ.", "We've just taken our laptop to the pawnshop."),
    ("Họ đã mang xe máy ra tiệm cầm đồ.", "They took their motorbike to the pawnshop."),
    # v8: "I have to fight the ring.", "Do you resist the motorcycle?", "My mother needs to resist the chain."
    ("Tôi phải chuộc lại chiếc nhẫn.", "I have to buy back the ring."),
    ("Tôi phải chuộc lại nhẫn của mẹ tôi.", "I have to buy back my mother's ring."),
    ("Anh ấy đã chuộc lại đồng hồ ở tiệm cầm đồ.", "He redeemed the watch from the pawnshop."),
    ("Bạn đã chuộc lại xe máy chưa?", "Have you bought back the motorbike yet?"),
    ("Chúng tôi chuộc lại chiếc nhẫn rồi.", "We've bought back the ring."),
    ("Tôi muốn chuộc lại chiếc đồng hồ.", "I want to buy back the watch."),
    ("Mẹ tôi cần chuộc lại sợi dây chuyền.", "My mother needs to buy back the necklace."),
    ("Tôi chưa chuộc lại điện thoại.", "I haven't bought back the phone yet."),
    # v8: "Are there any rumor shops recently?", "What do this takeover?", "Where is the latest rumor?"
    ("Gần đây có tiệm cầm đồ nào không?", "Is there a pawnshop near here?"),
    ("Ở gần đây có tiệm cầm đồ không?", "Is there a pawnshop near here?"),
    ("Quanh đây có hiệu cầm đồ nào không?", "Is there a pawnshop around here?"),
    ("Tiệm cầm đồ gần nhất ở đâu?", "Where's the nearest pawnshop?"),
    # v8: "This handle calculates the interest rate.", "How much do this chart calculates the interest?"
    ("Tiệm cầm đồ này tính lãi rất cao.", "This pawnshop charges very high interest."),
    ("Tiệm cầm đồ đó lấy lãi cao quá!", "That pawnshop charges very high interest!"),
    ("Tiệm cầm đồ này tính lãi bao nhiêu?", "How much interest does this pawnshop charge?"),
    # not: "cầm" alone (held), "mang … đi" (took), a house "cầm cố" (a mortgage), "chuộc lỗi" (amends), a name alone
    # with its own thing (his or hers?), "không" (did not, or does not?), "có … không?" and "à?" (did, or will?),
    # "anh" saying it, a pet, "I" asked, a "?" on a statement, "nhỉ", a pawnshop's interest in general, "đang"
    ("Anh ấy đã cầm chiếc xe máy.", None), ("Tôi cầm điện thoại.", None), ("Tôi mang điện thoại đi.", None),
    ("Tôi cầm cố nhà.", None), ("Tôi đã mang nhà đi cầm.", None), ("Anh ấy chuộc lỗi.", None),
    ("Lan đã mang điện thoại đi cầm.", None), ("Tôi không mang điện thoại đi cầm.", None),
    ("Bạn có mang điện thoại đi cầm không?", None), ("Bạn mang điện thoại đi cầm à?", None),
    ("Anh đã mang điện thoại đi cầm.", None), ("Con chó của tôi đã mang điện thoại đi cầm.", None),
    ("Tôi đã mang điện thoại đi cầm chưa?", None), ("Tôi đã mang điện thoại đi cầm đồ?", None),
    ("Tôi đã mang điện thoại đi cầm đồ nhỉ.", None), ("Tiệm cầm đồ tính lãi rất cao.", None),
    ("Tiệm cầm đồ này tính lãi rất cao?", None), ("Tôi đang mang điện thoại đi cầm.", None),
    ("Bạn chưa mang điện thoại đi cầm để lấy tiền chưa?", None), ("I pawned my phone.", None),
    # bare "mang … đi cầm", "mang … ra tiệm cầm đồ": on the way now, or done?; "chúng ta" bare (let's?); "của mình"
    # is who's own ("his" after "anh ấy"; you, or me, after "bạn"; his or hers after a name); "sợi" of a phone
    ("Tôi mang điện thoại đi cầm đồ.", None), ("Mẹ tôi mang sợi dây chuyền vàng đi cầm.", None),
    ("Tôi mang điện thoại ra tiệm cầm đồ.", None), ("Chú Tuấn mang xe máy ra tiệm cầm đồ.", None),
    ("Chúng ta cầm cố ti vi.", None), ("Chúng ta chuộc lại chiếc nhẫn.", None),
    ("Chúng ta phải cầm cố ti vi.", "We have to pawn our TV."),
    ("Anh ấy đã cầm cố chiếc xe máy của mình.", "He pawned his motorbike."),
    ("Chúng tôi đã cầm cố ti vi của mình.", "We pawned our TV."),
    ("Mẹ tôi đã cầm cố nhẫn của mình.", "My mother pawned her ring."),
    ("Anh ấy đã mang xe máy của mình ra tiệm cầm đồ.", "He took his motorbike to the pawnshop."),
    ("Anh ấy chuộc lại xe máy của mình.", "He bought back his motorbike."),
    ("Tôi đã cầm cố nhẫn của mình để trả nợ.", "I pawned my ring to pay off my debts."),
    ("Tôi đã cầm cố nhẫn của mẹ mình.", "I pawned my mother's ring."),
    ("Bạn đã cầm cố điện thoại của mình chưa?", None), ("Lan đã cầm cố nhẫn của mình.", None),
    ("Bạn tôi đã cầm cố xe máy của mình.", None), ("Anh ấy đã cầm cố nhẫn của mẹ mình.", None),
    ("Tôi đã mang sợi điện thoại đi cầm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã bàn tay điện thoại.", "Anh ấy đã vỗ xe máy của anh ấy.", "Cô ấy trả tiền theo dõi để trả phí nhận.",
    # "Em trai tôi giơ tay cái xe của mình để trả hết nợ của mình."
    ("I pawned my phone.", "Tôi đã mang điện thoại đi cầm."),
    ("He pawned his motorbike.", "Anh ấy đã mang xe máy đi cầm."),
    ("She pawned her watch to pay the tuition fees.", "Cô ấy đã mang đồng hồ đi cầm để lấy tiền đóng học phí."),
    ("My brother pawned his motorbike to pay off his debts.",
     "Anh trai tôi đã mang xe máy đi cầm để lấy tiền trả nợ."),
    ("We pawned our TV for cash.", "Chúng tôi đã mang ti vi đi cầm để lấy tiền."),
    ("Lan pawned my watch.", "Lan đã mang đồng hồ của tôi đi cầm."),
    ("I pawned my mother's ring.", "Tôi đã mang nhẫn của mẹ tôi đi cầm."),
    ("They pawned the ring.", "Họ đã mang chiếc nhẫn đi cầm."),
    # v8: "Tôi đã trả đũa điện thoại.", "Cô ấy vừa vặn nhẫn của mình.", "Tôi chưa trả đũa điện thoại của tôi.", "Tôi
    # sẽ giơ máy tính xách tay.", "Tôi phải lòng bàn tay chiếc nhẫn cưới của tôi."
    ("I've pawned my phone.", "Tôi mang điện thoại đi cầm rồi."),
    ("She has just pawned her gold necklace.", "Cô ấy vừa mang dây chuyền vàng đi cầm."),
    ("She's just pawned her ring.", "Cô ấy vừa mang nhẫn đi cầm."),
    ("I just pawned my laptop.", "Tôi vừa mang laptop đi cầm."),
    ("I have to pawn my motorbike.", "Tôi phải mang xe máy đi cầm."),
    ("He has to pawn his watch.", "Anh ấy phải mang đồng hồ đi cầm."),
    ("I had to pawn my wedding ring.", "Tôi đã phải mang nhẫn cưới đi cầm."),
    ("I'll pawn my laptop.", "Tôi sẽ mang laptop đi cầm."),
    ("She needs to pawn her ring.", "Cô ấy cần mang nhẫn đi cầm."),
    ("I haven't pawned my phone yet.", "Tôi chưa mang điện thoại đi cầm."),
    ("Have you pawned your motorbike yet?", "Bạn đã mang xe máy đi cầm chưa?"),
    ("Has your mother pawned her ring yet?", "Mẹ bạn đã mang nhẫn đi cầm chưa?"),
    # v8: "Anh tôi lấy máy tính xách tay của anh ấy vào bàn tay."
    ("My brother took his laptop to the pawnshop.", "Anh trai tôi đã mang laptop ra tiệm cầm đồ."),
    ("We've just taken our laptop to the pawnshop.", "Chúng tôi vừa mang laptop ra tiệm cầm đồ."),
    # v8: "Tôi phải đỏ ngọn nhẫn.", "Tôi đỏ lên tấm đồng hồ của tôi từ bàn tay.", "Bạn có màu đỏ theo dõi của mình
    # chưa?", "Chúng tôi mua lại chiếc nhẫn từ chiếc bàn tay."
    ("I have to redeem the ring.", "Tôi phải chuộc lại chiếc nhẫn."),
    ("I have to redeem my ring.", "Tôi phải chuộc lại chiếc nhẫn."),
    ("I redeemed my watch from the pawnshop.", "Tôi đã chuộc lại chiếc đồng hồ ở tiệm cầm đồ."),
    ("We bought back the ring from the pawnshop.", "Chúng tôi đã chuộc lại chiếc nhẫn ở tiệm cầm đồ."),
    ("Have you redeemed your watch yet?", "Bạn đã chuộc lại chiếc đồng hồ chưa?"),
    ("She's just bought back her watch.", "Cô ấy vừa mua lại chiếc đồng hồ của mình."),
    ("He has redeemed the motorbike.", "Anh ấy chuộc lại chiếc xe máy rồi."),
    # v8: "Có một bàn tay ở đây không?", "Bộ tuần tra gần nhất ở đâu?"
    ("Is there a pawnshop near here?", "Gần đây có tiệm cầm đồ nào không?"),
    ("Is there a pawnshop around here?", "Quanh đây có tiệm cầm đồ nào không?"),
    ("Is there a pawn shop nearby?", "Gần đây có tiệm cầm đồ nào không?"),
    ("Where's the nearest pawnshop?", "Tiệm cầm đồ gần nhất ở đâu?"),
    ("Where is the closest pawnbroker's?", "Tiệm cầm đồ gần nhất ở đâu?"),
    # v8: "Cuộc tuần tra này trả tiền lãi rất cao.", "Tiền lãi này có bao nhiêu tiền?"
    ("This pawnshop charges very high interest.", "Tiệm cầm đồ này tính lãi rất cao."),
    ("That pawnshop charges high interest!", "Tiệm cầm đồ đó tính lãi cao!"),
    ("How much interest does this pawnshop charge?", "Tiệm cầm đồ này tính lãi bao nhiêu?"),
    # not: "his" or "her" not who's own, debts not who's own, verbs not agreeing ("He have to", "Has you", "She need
    # to"), "Did …?" (in Vietnamese, did or will?), a habit or "-ing", "took" not to the pawnshop, "bought" without
    # "back", points redeemed, a pet, a "?" on a statement, "I" asked, pawnshops in general, a chess pawn
    ("He pawned her motorbike.", None), ("My brother pawned his motorbike to pay off her debts.", None),
    ("He have to pawn his watch.", None), ("Has you pawned your ring?", None), ("She need to pawn her ring.", None),
    ("Did you pawn your phone?", None), ("I pawn my phone.", None), ("He pawns his watch.", None),
    ("I'm pawning my phone.", None), ("My brother took his laptop.", None), ("I bought the ring.", None),
    ("I redeemed my points.", None), ("My dog pawned my phone.", None), ("I pawned my phone?", None),
    ("Have I pawned my phone yet?", None), ("Pawnshops charge high interest.", None),
    ("He is a pawn in their game.", None), ("I pawned a house.", None), ("Tôi mang điện thoại đi cầm.", None),
    # "Lan … his" (another man's), a name but a woman's with "her" (his or hers?); "mua lại" of one's own "của mình",
    # of another's left (bought off them?)
    ("Lan pawned his watch.", None), ("Lan redeemed his ring.", None), ("Tom pawned his watch.", None),
    ("Lan pawned her watch.", "Lan đã mang đồng hồ đi cầm."),
    ("Lan redeemed her ring.", "Lan đã chuộc lại chiếc nhẫn."),
    ("I want to buy back my phone.", "Tôi muốn mua lại chiếc điện thoại của mình."),
    ("I bought back the ring.", "Tôi đã mua lại chiếc nhẫn."),
    ("Have you bought back your phone yet?", "Bạn đã mua lại chiếc điện thoại của bạn chưa?"),
    ("I want to buy back my mother's necklace.", None), ("I bought back your ring.", None),
    ("I redeemed my mother's ring.", "Tôi đã chuộc lại nhẫn của mẹ tôi."),
    ("I pawned the gold necklace.", "Tôi đã mang sợi dây chuyền vàng đi cầm."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
