"""Parking a car or a motorbike, both ways (mt/parking.py)."""
import pytest

from mt.parking import translate


@pytest.mark.parametrize("text, said", [
    # v7: "Where do I get the car?", "Where do you get a car?", "I put a motorcycle at the park."
    ("Tôi có thể đỗ xe ở đâu?", "Where can I park?"), ("Tôi đỗ xe ở đâu được?", "Where can I park?"),
    ("Có thể đỗ xe ở đâu?", "Where can I park?"),
    ("Tôi có thể gửi xe máy ở đâu?", "Where can I leave my motorbike?"),
    ("Bạn đỗ xe ở đâu?", "Where did you park?"), ("Anh đỗ xe ở đâu?", "Where did you park?"),
    ("Bạn đã gửi xe máy ở đâu?", "Where did you leave your motorbike?"),
    ("Tôi đã đỗ xe ở đâu?", "Where did I park?"), ("Bạn sẽ đỗ xe ở đâu?", "Where will you park?"),
    ("Tôi nên đỗ xe ở đâu?", "Where should I park?"),
    ("Bạn nên đỗ xe ở bãi đỗ xe.", "You should park in the car park."),
    ("Tôi đỗ xe trước ngân hàng.", "I parked in front of the bank."),
    ("Tôi đã đỗ xe ở bãi đỗ xe.", "I parked in the car park."),
    ("Tôi sẽ đỗ xe ở bãi đỗ xe.", "I'll park in the car park."),
    ("Bố tôi đỗ ô tô trước siêu thị.", "My father parked his car in front of the supermarket."),
    ("Tôi để xe máy ở bãi gửi xe.", "I left my motorbike in the car park."),
    ("Mẹ tôi để xe máy ở nhà.", "My mother left her motorbike at home."),
    ("Họ đỗ xe đối diện bệnh viện.", "They parked opposite the hospital."),
    ("Chúng tôi có thể đỗ xe ở đây không?", "Can we park here?"),
    ("Tôi có thể đỗ xe trước khách sạn không?", "Can I park in front of the hotel?"),
    ("Ở đây có chỗ để xe không?", "Is there anywhere to park here?"),
    ("Gần đây có bãi gửi xe không?", "Is there a car park near here?"),
    ("Tôi không tìm được chỗ đỗ xe.", "I can't find a parking space."),
    ("Chúng tôi không tìm thấy chỗ nào để đỗ xe.", "We can't find anywhere to park."),
    ("Bạn có tìm được chỗ đỗ xe không?", "Did you find a parking space?"),
    ("Không được đỗ xe ở đây.", "You can't park here."), ("Ở đây không được đỗ xe.", "You can't park here."),
    ("Không được để xe máy ở đây.", "You can't park your motorbike here."),
    ("Cấm đỗ xe.", "No parking."), ("Ở đây cấm đỗ xe.", "No parking here."),
    ("Gửi xe bao nhiêu tiền?", "How much is parking?"), ("Phí gửi xe ở đây là bao nhiêu?", "How much is parking here?"),
    ("Gửi xe máy bao nhiêu tiền?", "How much is motorbike parking?"),
    ("Gửi xe có mất tiền không?", "Do I have to pay for parking?"),
    ("Gửi xe ở đây có miễn phí không?", "Is parking free here?"),
    ("Gửi xe máy 5.000 đồng.", "Motorbike parking is 5,000 dong."), ("Gửi xe miễn phí.", "Parking is free."),
    # not: "anh" saying it (may be the speaker), a place not known, "trước đây" (before) and "gần đây" (lately),
    # asked without "?" or "?" without asking, "có thể" said, not asked, "đã" with "được", no place, "Đỗ xe ở đâu?"
    # (who is not said), "chỗ đỗ xe" here (mt.patterns') and "Tôi có thể đỗ xe ở đây không?" (the phrase list's),
    # "để xem" (let's see); where I or we park asked without "đã" (did, or do?), "để xe ở nhà" (left at home, unused)
    ("Anh đỗ xe trước ngân hàng.", None), ("Tôi đỗ xe trước cửa hàng.", None), ("Tôi đỗ xe trước đây.", None),
    ("Tôi đỗ xe gần đây.", None), ("Bạn đỗ xe ở đâu.", None), ("Tôi đỗ xe trước ngân hàng không?", None),
    ("Tôi có thể đỗ xe trước khách sạn.", None), ("Tôi đã đỗ xe ở đâu được?", None), ("Tôi đỗ xe.", None),
    ("Đỗ xe ở đâu?", None), ("Ở đây có chỗ đỗ xe không?", None), ("Tôi có thể đỗ xe ở đây không?", None),
    ("Tôi tìm được chỗ đỗ xe.", None), ("Anh không tìm được chỗ đỗ xe.", None), ("Bạn cấm đỗ xe.", None),
    ("Gửi xe bao nhiêu tiền.", None), ("Gửi xe miễn phí?", None), ("Để xem.", None),
    ("Tôi đỗ xe ở đâu?", None), ("Chúng ta đỗ xe ở đâu?", None), ("Tôi gửi xe ở đâu?", None),
    ("Mẹ tôi để xe ở nhà.", None), ("Tôi sẽ để xe ở nhà.", None), ("Bạn nên để xe ở nhà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Bạn công viên ở đâu?", "Tôi không thể tìm thấy một không gian công viên.", "Không có công viên."
    ("Where can I park?", "Tôi có thể đỗ xe ở đâu?"), ("Where should I park?", "Tôi nên đỗ xe ở đâu?"),
    ("Where can I park my motorbike?", "Tôi có thể đỗ xe máy ở đâu?"),
    ("Where did you park?", "Bạn đỗ xe ở đâu?"), ("Where did you park your car?", "Bạn đỗ ô tô ở đâu?"),
    ("Where did you leave your motorbike?", "Bạn để xe máy ở đâu?"),
    ("I parked in front of the bank.", "Tôi đỗ xe trước ngân hàng."),
    ("I'll park in front of the hotel.", "Tôi sẽ đỗ xe trước khách sạn."),
    ("You should park in the car park.", "Bạn nên đỗ xe ở bãi đỗ xe."),
    ("My father parked his car at the supermarket.", "Bố tôi đỗ ô tô ở siêu thị."),
    ("I left my motorbike in the car park.", "Tôi gửi xe máy ở bãi gửi xe."),
    ("My mother left her bike at home.", "Mẹ tôi để xe đạp ở nhà."),
    ("She parked her car in front of my house.", "Cô ấy đỗ ô tô trước nhà tôi."),
    ("Can we park here?", "Chúng tôi có thể đỗ xe ở đây không?"),
    ("Can I park my car here?", "Tôi có thể đỗ ô tô ở đây không?"),
    ("Is there anywhere to park here?", "Ở đây có chỗ đỗ xe không?"),
    ("Is there a car park nearby?", "Gần đây có bãi đỗ xe không?"),
    ("I can't find a parking space.", "Tôi không tìm được chỗ đỗ xe."),
    ("We couldn't find anywhere to park.", "Chúng tôi không tìm được chỗ nào để đỗ xe."),
    ("Did you find a parking space?", "Bạn có tìm được chỗ đỗ xe không?"),
    ("You can't park here.", "Bạn không được đỗ xe ở đây."),
    ("You can't leave your motorbike here.", "Bạn không được để xe máy ở đây."),
    ("No parking.", "Cấm đỗ xe."), ("No parking in front of the bank.", "Cấm đỗ xe trước ngân hàng."),
    ("How much is parking?", "Gửi xe bao nhiêu tiền?"),
    ("How much does it cost to park here?", "Gửi xe ở đây bao nhiêu tiền?"),
    ("How much is it to park a motorbike?", "Gửi xe máy bao nhiêu tiền?"),
    ("Is parking free here?", "Gửi xe ở đây có miễn phí không?"), ("Parking here is free.", "Gửi xe ở đây miễn phí."),
    ("Motorbike parking is 5,000 dong.", "Gửi xe máy 5.000 đồng."),
    # not: "park" not agreeing with who or with "will", whose not agreeing with who, "left" with nothing left, a place
    # not known, "can" said, "find" neither denied nor asked, "Is there parking here?" (mt.patterns') and "Can I park
    # here?" (the phrase list's), "left" as a side
    ("He park in front of the bank.", None), ("I parks in front of the bank.", None),
    ("I'll parked here.", None), ("I parked his car here.", None),
    ("My father parked my car at the supermarket.", None), ("You can't park my car here.", None),
    ("I left in the car park.", None), ("You can't leave here.", None), ("I parked.", None),
    ("You can't park in front of the gate.", None), ("I find a parking space.", None),
    ("Is there parking here?", None), ("Is there any parking nearby?", None), ("Can I park here?", None),
    ("Turn left at the bank.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đỗ xe trước ngân hàng.", "en", "vi") is None
    assert translate("I parked in front of the bank.", "vi", "en") is None
    assert translate("Tôi đỗ xe trước ngân hàng.", "vi", "fr") is None


@pytest.mark.parametrize("text, said", [
    # v8 (rules on): "I lost my car ticket.", "I lost my cards.", "My mother lost my car ticket.", "He lost his car
    # deposit card.", "Do you lose a car sends?", "I don't lose my car ticket."
    ("Tôi làm mất vé gửi xe.", "I've lost my parking ticket."), ("Tôi bị mất thẻ xe.", "I've lost my parking card."),
    ("Tôi làm mất vé gửi xe rồi.", "I've lost my parking ticket."),
    ("Mẹ tôi làm mất vé gửi xe rồi.", "My mother has lost her parking ticket."),
    ("Anh ấy bị mất thẻ giữ xe.", "He's lost his parking card."),
    ("Chị Lan làm mất vé gửi xe máy.", "Lan has lost her motorbike parking ticket."),
    ("Chúng tôi đánh mất vé đỗ xe rồi.", "We've lost our parking ticket."),
    ("Bạn có làm mất vé gửi xe không?", "Did you lose your parking ticket?"),
    ("Cô ấy có bị mất thẻ xe không?", "Did she lose her parking card?"),
    ("Tôi không làm mất vé gửi xe.", "I didn't lose my parking ticket."),
    ("Bố tôi không làm mất thẻ xe.", "My father didn't lose his parking card."),
    # v8: "Whatever a car sends tickets do?"
    ("Mất vé gửi xe thì phải làm sao?", "What do I do if I lose my parking ticket?"),
    ("Nếu mất thẻ xe thì làm thế nào?", "What do I do if I lose my parking card?"),
    ("Nếu bạn làm mất vé gửi xe thì nên làm gì?", "What should you do if you lose your parking ticket?"),
    ("Nếu chúng tôi mất thẻ gửi xe thì phải làm gì?", "What do we do if we lose our parking card?"),
    # v8: "I must surrender for a lost ticket.", "I had to surrender sanctions.", "My mother had to surrender for the
    # lost ticket.", "I'm going to surrender for the lost ticket."
    ("Tôi đã phải nộp phạt vì mất vé xe.", "I had to pay a fine for losing my parking ticket."),
    ("Tôi đã phải nộp phạt vì làm mất vé gửi xe.", "I had to pay a fine for losing my parking ticket."),
    ("Mẹ tôi đã phải đóng tiền phạt vì mất thẻ xe.", "My mother had to pay a fine for losing her parking card."),
    ("Bố tôi đã phải nộp phạt 50 nghìn vì mất vé xe.",
     "My father had to pay a 50,000 dong fine for losing his parking ticket."),
    ("Chúng tôi sẽ phải nộp phạt vì mất vé xe.", "We'll have to pay a fine for losing our parking ticket."),
    ("Anh ấy bị phạt vì mất vé xe.", "He was fined for losing his parking ticket."),
    ("Họ bị phạt 100.000 đồng vì làm mất vé gửi xe.", "They were fined 100,000 dong for losing their parking ticket."),
    ("Bạn có bị phạt vì mất vé xe không?", "Were you fined for losing your parking ticket?"),
    ("Tôi có phải nộp phạt vì mất vé xe không?", "Do I have to pay a fine for losing my parking ticket?"),
    ("Bạn sẽ bị phạt vì mất thẻ xe.", "You'll be fined for losing your parking card."),
    # not: "vé xe" lost with no fine (a bus or a coach ticket as often), a name alone (his or hers), "anh" saying it,
    # "?" on a statement, asked without "?", "thẻ xe buýt" (a bus card), denied with "rồi", "phải" asked of another
    # (did they or do they?), what to do for another, another fine, another's ticket, the attendant fining, a cat as
    # who, a ticket found, a film ticket, "nhỉ" (asks to be agreed with); "phải" told alone (has to or had to?), "bị
    # phạt" asked of oneself (will I be, not was I)
    ("Tôi làm mất vé xe.", None), ("Mất vé xe thì phải làm sao?", None), ("Lan làm mất vé gửi xe.", None),
    ("Anh làm mất vé gửi xe.", None), ("Tôi làm mất vé gửi xe?", None), ("Bạn có làm mất vé gửi xe.", None),
    ("Tôi làm mất thẻ xe buýt.", None), ("Tôi không làm mất vé gửi xe rồi.", None),
    ("Bạn có phải nộp phạt vì mất vé xe không?", None), ("Nếu mẹ tôi mất vé gửi xe thì phải làm sao?", None),
    ("Tôi phải nộp phạt vì đỗ xe sai chỗ.", None), ("Tôi làm mất vé gửi xe của bạn.", None),
    ("Bảo vệ bắt tôi nộp phạt vì mất vé xe.", None), ("Con mèo làm mất vé gửi xe.", None),
    ("Tôi tìm thấy vé gửi xe rồi.", None), ("Tôi làm mất vé xem phim.", None), ("Tôi làm mất vé gửi xe nhỉ.", None),
    ("Tôi phải nộp phạt vì mất vé xe.", None), ("Bạn phải nộp phạt vì mất vé xe.", None),
    ("Anh ấy phải nộp phạt vì mất vé xe.", None), ("Mẹ tôi phải đóng tiền phạt vì mất thẻ xe.", None),
    ("Tôi có bị phạt vì mất vé xe không?", None), ("Chúng tôi có bị phạt vì mất vé xe không?", None),
])
def test_ticket_lost_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8 (rules on): "Tôi đã mất vé công viên.", "Bạn đã mất vé công viên của mình chưa?", "Tôi không thua vé công viên
    # của mình."
    ("I've lost my parking ticket.", "Tôi làm mất vé gửi xe rồi."),
    ("I lost my parking ticket.", "Tôi làm mất vé gửi xe."),
    ("My mother has lost her parking ticket.", "Mẹ tôi làm mất vé gửi xe rồi."),
    ("He lost his parking card.", "Anh ấy làm mất thẻ gửi xe."),
    ("Lan has lost her parking ticket.", "Lan làm mất vé gửi xe rồi."),
    ("We've lost our motorbike parking ticket.", "Chúng tôi làm mất vé gửi xe máy rồi."),
    ("She's lost the parking ticket.", "Cô ấy làm mất vé gửi xe rồi."),
    ("Have you lost your parking ticket?", "Bạn có làm mất vé gửi xe không?"),
    ("Did you lose your parking card?", "Bạn có làm mất thẻ gửi xe không?"),
    ("I didn't lose my parking ticket.", "Tôi không làm mất vé gửi xe."),
    ("My father hasn't lost his parking ticket.", "Bố tôi không làm mất vé gửi xe."),
    # v8: "Tôi làm gì nếu tôi mất vé công viên của tôi?"
    ("What do I do if I lose my parking ticket?", "Nếu tôi làm mất vé gửi xe thì phải làm sao?"),
    ("What should we do if we lose our parking card?", "Nếu chúng tôi làm mất thẻ gửi xe thì nên làm gì?"),
    ("What do you do if you lose your parking ticket?", "Nếu bạn làm mất vé gửi xe thì phải làm sao?"),
    # v8: "Tôi phải trả bình thường để mất vé công viên của mình." (normal), "Tôi sẽ trả một tấm vé xe của mình."
    ("I had to pay a fine for losing my parking ticket.", "Tôi đã phải nộp phạt vì làm mất vé gửi xe."),
    ("My mother had to pay a 50,000 dong fine for losing her parking ticket.",
     "Mẹ tôi đã phải nộp phạt 50.000 đồng vì làm mất vé gửi xe."),
    ("He has to pay a fine for losing his parking card.", "Anh ấy phải nộp phạt vì làm mất thẻ gửi xe."),
    ("We'll have to pay a fine for losing our parking ticket.", "Chúng tôi sẽ phải nộp phạt vì làm mất vé gửi xe."),
    ("Do I have to pay a fine for losing my parking ticket?", "Tôi có phải nộp phạt vì làm mất vé gửi xe không?"),
    ("Does she have to pay a fine for losing her parking ticket?",
     "Cô ấy có phải nộp phạt vì làm mất vé gửi xe không?"),
    # not: another's ticket, a verb not agreeing with who, "?" on a statement, asked without "?", who not the same
    # twice, "Did … have to" (Vietnamese would lose the past), a parking ticket got (a fine for parking), another fine,
    # the attendant, the other way's language
    ("I lost his parking ticket.", None), ("My mother have lost her parking ticket.", None),
    ("I lose my parking ticket.", None), ("Did you lost your parking ticket?", None),
    ("I've lost my parking ticket?", None), ("Have you lost your parking ticket.", None),
    ("What do I do if you lose my parking ticket?", None),
    ("He have to pay a fine for losing his parking ticket.", None),
    ("Did you have to pay a fine for losing your parking ticket?", None), ("I got a parking ticket.", None),
    ("I had to pay a fine for parking here.", None), ("Where is the parking attendant?", None),
    ("Tôi làm mất vé gửi xe.", None),
])
def test_ticket_lost_en_vi(text, said):
    assert translate(text, "en", "vi") == said
