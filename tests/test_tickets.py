"""Tickets for a film, a concert, a match, a train or a bus: any left, sold out, who got, bought or booked them, and
what one costs, both ways (mt/tickets.py)."""
import pytest

from mt.tickets import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Will you have a ticket?", "Will the movie ticket?", "Will you have a ticket?" (the train lost)
    ("Còn vé không?", "Are there any tickets left?"),
    ("Còn vé không ạ?", "Are there any tickets left?"),
    ("Còn vé xem phim không?", "Are there any tickets left for the film?"),
    ("Còn vé cho buổi hòa nhạc không?", "Are there any tickets left for the concert?"),
    ("Còn vé tàu không?", "Are there any train tickets left?"),
    ("Bạn còn vé không?", "Do you have any tickets left?"),
    ("Anh còn vé xe buýt không?", "Do you have any bus tickets left?"),
    ("Vẫn còn vé.", "There are still tickets left."),
    ("Chỉ còn một vé.", "There's only one ticket left."),
    # (stop 77: "Còn một vé." gave "There are a ticket left.", "Còn 1 vé." "There are 1 tickets left.")
    ("Còn một vé.", "There's a ticket left."),
    ("Còn 1 vé.", "There's a ticket left."),
    ("Chỉ còn 1 vé.", "There's only one ticket left."),
    # (two spaces raised a KeyError, stop 77)
    ("Bố  tôi  vừa  mới  đặt  hai  vé  tàu.", "My father has just booked two train tickets."),
    ("Chỉ còn hai vé thôi.", "There are only two tickets left."),
    ("Không còn vé xem phim nào nữa.", "There are no tickets left for the film."),
    # v8: "Out of the ticket.", "He sold all.", "See what the movie has sold all.", "The ship was sold all."
    ("Hết vé rồi.", "The tickets are sold out."),
    ("Vé đã bán hết rồi.", "The tickets are sold out."),
    ("Vé xem phim đã bán hết rồi.", "The tickets for the film are sold out."),
    ("Vé buổi hòa nhạc đã bán hết.", "The tickets for the concert are sold out."),
    ("Vé tàu đã bán hết rồi.", "The train tickets are sold out."),
    ("Vé đã bán hết chưa?", "Are the tickets sold out yet?"),
    # v8: "I bought the ticket.", "My mother bought three music tickets.", "Lan already online book a ticket."
    ("Tôi mua được vé rồi.", "I've got the tickets."),
    ("Tôi đã mua vé rồi.", "I've bought the tickets."),
    ("Tôi đã mua hai vé xem phim.", "I bought two tickets for the film."),
    ("Mẹ tôi mua được ba vé xem hòa nhạc rồi.", "My mother has got three tickets for the concert."),
    ("Lan đã đặt vé online rồi.", "Lan has booked the tickets online."),
    ("Tôi đã đặt vé qua mạng.", "I booked the tickets online."),
    ("Bố tôi vừa mới đặt hai vé tàu.", "My father has just booked two train tickets."),
    ("Tôi có hai vé xem bóng đá.", "I have two tickets for the football match."),
    # v8: "Has he booked a ticket the ship yet?", "I don't buy tickets.", "I can't buy tickets."
    ("Bạn mua được vé chưa?", "Have you got the tickets yet?"),
    ("Bạn đã mua vé chưa?", "Have you bought the tickets yet?"),
    ("Anh ấy đã đặt vé tàu chưa?", "Has he booked the train tickets yet?"),
    ("Bạn đặt vé online chưa?", "Have you booked the tickets online yet?"),
    ("Tôi chưa mua vé.", "I haven't bought the tickets yet."),
    ("Tôi không mua được vé.", "I couldn't get any tickets."),
    ("Họ không mua được vé xem hòa nhạc.", "They couldn't get any tickets for the concert."),
    ("Tôi sẽ đặt vé online.", "I'll book the tickets online."),
    ("Tôi muốn mua hai vé xem phim.", "I'd like to buy two tickets for the film."),
    ("Mẹ tôi muốn mua vé tàu.", "My mother would like to buy train tickets."),
    # v8: "How much money does it fall?", "How much the concert falls?", "How much money does the ship?"
    ("Vé bao nhiêu tiền?", "How much is a ticket?"),
    ("Vé buổi hòa nhạc giá bao nhiêu?", "How much is a ticket for the concert?"),
    ("Giá vé tàu là bao nhiêu?", "How much is a train ticket?"),
    # not: "anh" saying it (may be the speaker), no tense ("Tôi mua vé."), did, will or can ("có mua được … không"),
    # a ticket or the tickets ("có vé không"), "Còn vé." alone, a count asked or sold out, someone else's tickets
    # left, tickets to a place or a price each (mt.patterns'), a return ticket (the phrasebook's), a flight
    ("Anh mua được vé rồi.", None), ("Tôi mua vé.", None), ("Bạn có mua được vé không?", None),
    ("Tôi đổi vé sang ngày mai rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn có vé không?", None), ("Còn vé.", None), ("Còn hai vé không?", None), ("Hai vé đã bán hết.", None),
    ("Mẹ tôi còn vé không?", None), ("Vé tàu đi Huế bao nhiêu tiền?", None), ("Cho tôi hai vé đi Huế.", None),
    ("Một vé bao nhiêu tiền?", None), ("Vé khứ hồi bao nhiêu tiền?", None), ("Vé máy bay đã bán hết rồi.", None),
    ("Tôi sẽ có vé.", None), ("Tôi mua được vé chưa?", None), ("Vé cho tàu bao nhiêu tiền?", None),
    ("Con mèo của tôi đã mua vé.", None),  # (a pet)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có trái vé nào không?" (fruit), "Có vé nào rời khỏi buổi hòa nhạc không?" (leaving the concert),
    # "Bạn có vé trái không?", "Không có vé nào trái."
    ("Are there any tickets left?", "Còn vé không?"),
    ("Are there any tickets left for the concert?", "Còn vé buổi hòa nhạc không?"),
    ("Are there any train tickets left?", "Còn vé tàu không?"),
    ("Do you have any tickets left?", "Bạn còn vé không?"),
    ("There are no tickets left.", "Không còn vé nào."),
    ("There are no tickets left for the film.", "Không còn vé xem phim nào."),
    ("There are still tickets left.", "Vẫn còn vé."),
    ("There's only one ticket left.", "Chỉ còn một vé."),
    ("There are only two tickets left.", "Chỉ còn hai vé."),
    # v8: "Các vé được bán ra." (sold), "Các vé cho khớp được bán ra." (a joint), "Buổi hòa nhạc được bán ra."
    ("The tickets are sold out.", "Vé đã bán hết rồi."),
    ("Tickets are sold out.", "Vé đã bán hết rồi."),
    ("The concert tickets are sold out.", "Vé buổi hòa nhạc đã bán hết rồi."),
    ("The tickets for the match are sold out.", "Vé xem trận đấu đã bán hết rồi."),
    ("The concert is sold out.", "Vé buổi hòa nhạc đã bán hết rồi."),
    ("The tickets have sold out.", "Vé đã bán hết rồi."),
    ("Are the tickets sold out yet?", "Vé đã bán hết chưa?"),
    # v8: "Bạn có lấy vé không?", "Bạn đã viết vé chưa?" (written), "Anh ấy đã cuốn sách vé xe lửa chưa?" (a book)
    ("Did you get the tickets?", "Bạn mua được vé chưa?"),
    ("Have you bought the tickets yet?", "Bạn đã mua vé chưa?"),
    ("Have you booked the tickets?", "Bạn đã đặt vé chưa?"),
    ("Has he booked the train tickets?", "Anh ấy đã đặt vé tàu chưa?"),
    ("Have you got the tickets?", "Bạn có vé chưa?"),
    ("Does Lan have the tickets?", "Lan có vé không?"),
    # v8: "Tôi có vé." (for "I've got the tickets." and "I got the tickets."), "Chúng tôi đã cuốn sách vé trực
    # tuyến.", "Tôi không thể lấy vé." (take)
    ("I've got the tickets.", "Tôi có vé rồi."),
    ("I got the tickets.", "Tôi đã mua được vé."),
    ("I bought two tickets for the film.", "Tôi đã mua hai vé xem phim."),
    ("My mother has bought three concert tickets.", "Mẹ tôi đã mua ba vé buổi hòa nhạc rồi."),
    ("We've booked the tickets online.", "Chúng tôi đã đặt vé qua mạng rồi."),
    ("I've just bought the tickets.", "Tôi vừa mua vé."),
    ("I haven't bought the tickets yet.", "Tôi chưa mua vé."),
    ("He hasn't booked the bus tickets yet.", "Anh ấy chưa đặt vé xe buýt."),
    ("I couldn't get any tickets.", "Tôi không mua được vé."),
    ("They couldn't get tickets for the concert.", "Họ không mua được vé buổi hòa nhạc."),
    ("She'll book the tickets online.", "Cô ấy sẽ đặt vé qua mạng."),
    ("I'd like to buy two tickets for the concert.", "Tôi muốn mua hai vé buổi hòa nhạc."),
    ("My mother wants to buy two train tickets.", "Mẹ tôi muốn mua hai vé tàu."),
    ("I have two tickets for the football match.", "Tôi có hai vé xem trận bóng đá."),
    # v8: "Các tấm vé bao nhiêu?", "Buổi hòa nhạc bao nhiêu?" (the concert's price)
    ("How much is a ticket?", "Vé bao nhiêu tiền?"),
    ("How much are the tickets?", "Vé bao nhiêu tiền?"),
    ("How much is a ticket for the concert?", "Vé buổi hòa nhạc bao nhiêu tiền?"),
    ("How much do the train tickets cost?", "Vé tàu bao nhiêu tiền?"),
    # not: a verb that does not agree ("She have", "Does she has", "The tickets is", "There is two", "How much are a
    # ticket"), "ticket" without a count that agrees, "It's sold out." (what?), a singular ticket sold out, a count
    # asked, tickets to a place (mt.patterns'), "I'd like two tickets." (mt.patterns'), a ride and an event both
    ("She have bought the tickets.", None), ("Does she has the tickets?", None), ("I has bought the tickets.", None),
    ("The tickets is sold out.", None), ("The concert are sold out.", None), ("There is two tickets left.", None),
    ("How much are a ticket?", None), ("I bought ticket.", None), ("I bought two ticket.", None),
    ("It's sold out.", None), ("The ticket is sold out.", None), ("Are there two tickets left?", None),
    ("How much are two tickets?", None), ("How much is a ticket to Hue?", None), ("I'd like two tickets.", None),
    ("Two tickets to Hue, please.", None), ("My mother want to buy two train tickets.", None),
    ("How much is a train ticket for the concert?", None), ("I got the tickets online.", None),
    ("My dog bought the tickets.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I want to complete my ticket.", "My mother wanted to complete the ship ticket.", "We want to complete two
    # tickets.", "Can I get tickets?"
    ("Tôi muốn hoàn vé.", "I'd like a refund for my ticket."),
    ("Mẹ tôi muốn hoàn vé tàu.", "My mother would like a refund for her train ticket."),
    ("Chúng tôi muốn hoàn hai vé.", "We'd like a refund for two tickets."),
    ("Tôi muốn được hoàn tiền vé xem phim.", "I'd like a refund for my ticket for the film."),
    ("Tôi có thể hoàn vé không?", "Can I get a refund for my ticket?"),
    ("Bạn có muốn hoàn vé không?", "Would you like a refund for your ticket?"),
    # v8: "I'm finished my ticket.", "Can you complete the ticket?", "My mother hadn't been completed by the ticket."
    ("Tôi được hoàn tiền vé rồi.", "I've got a refund for my ticket."),
    ("Bạn được hoàn tiền vé chưa?", "Have you got a refund for your ticket yet?"),
    ("Mẹ tôi chưa được hoàn tiền vé.", "My mother hasn't got a refund for her ticket yet."),
    ("Anh ấy đã được hoàn tiền vé tàu.", "He got a refund for his train ticket."),
    ("Lan được hoàn tiền vé rồi ạ.", "Lan has got a refund for the ticket."),
    # v8: "My mother wanted to change the ticket to tomorrow.", "I changed my ticket to tomorrow.", "We have changed
    # our tickets next week.", "He will change the ticket." (the train lost), "Lan changed the movie ticket."
    ("Tôi muốn đổi vé.", "I'd like to change my ticket."),
    ("Mẹ tôi muốn đổi vé sang ngày mai.", "My mother would like to change her ticket to tomorrow."),
    ("Tôi đổi vé sang ngày mai rồi.", "I've changed my ticket to tomorrow."),
    ("Chúng tôi đã đổi vé sang tuần sau.", "We changed our tickets to next week."),
    ("Bạn đổi vé chưa?", "Have you changed your ticket yet?"),
    ("Tôi chưa đổi vé.", "I haven't changed my ticket yet."),
    ("Anh ấy sẽ đổi vé tàu.", "He'll change his train ticket."),
    ("Lan đã đổi vé xem phim rồi.", "Lan has changed the ticket for the film."),
    ("Bác Lan vừa đổi vé tàu.", "Aunt Lan has just changed her train ticket."),
    ("Tôi có thể đổi vé sang ngày kia không?", "Can I change my ticket to the day after tomorrow?"),
    ("Tôi đổi vé tàu được không?", "Can I change my train ticket?"),
    ("Bạn có muốn đổi vé không?", "Would you like to change your ticket?"),
    ("Bạn có thể đổi vé không?", "Can you change the ticket?"),
    # v8: "Is this fall?", "Is the ship complete?", "This fall is not completed.", "Can this fall in money?", "Can this
    # change?", "This fall is not changed."
    ("Vé này có hoàn được không?", "Is this ticket refundable?"),
    ("Vé tàu có hoàn được không?", "Is the train ticket refundable?"),
    ("Vé này không hoàn được.", "This ticket isn't refundable."),
    ("Vé này có được hoàn tiền không?", "Is this ticket refundable?"),
    ("Vé này không được hoàn tiền.", "This ticket isn't refundable."),
    ("Vé này có đổi được không?", "Can this ticket be changed?"),
    ("Vé này không đổi được.", "This ticket can't be changed."),
    ("Vé xem phim đổi được không?", "Can the ticket for the film be changed?"),
    # v8: "Change ticket loss?", "Do you change the ticket?", "Do you lose the ticket?"
    ("Đổi vé mất phí không?", "Is there a fee to change the ticket?"),
    ("Đổi vé có mất phí không?", "Is there a fee to change the ticket?"),
    ("Hoàn vé có mất phí không?", "Is there a fee to refund the ticket?"),
    ("Đổi vé tàu không mất phí.", "There's no fee to change the train ticket."),
    # not: "hoàn vé" done (asked for, or got?), "hoàn" ahead (maybe the seller's), "Bạn có thể hoàn vé không?" (may
    # ask the clerk to), "được đổi" (allowed), "được hoàn tiền" said of a ticket (refunded, or refundable?), no tense,
    # "không" asking without "có … muốn" or "được", a refund to a day, a "?" on a statement, "anh" saying it,
    # swapping with someone, "hoàn" without "được", a count with "này", "I" asking whether I have, "có" not asking,
    # someone else's ticket, a day not ahead, "được" twice, "Bạn muốn …" said, an animal, the other language
    ("Tôi đã hoàn vé rồi.", None), ("Chúng tôi sẽ hoàn vé.", None), ("Bạn có thể hoàn vé không?", None),
    ("Tôi được đổi vé.", None), ("Vé này được hoàn tiền.", None), ("Tôi đổi vé.", None), ("Bạn đổi vé không?", None),
    ("Tôi muốn hoàn vé sang ngày mai.", None), ("Tôi đổi vé sang ngày mai rồi?", None), ("Anh đổi vé rồi.", None),
    ("Tôi muốn đổi vé với Lan.", None), ("Vé này có hoàn không?", None), ("Hai vé này có hoàn được không?", None),
    ("Tôi được hoàn tiền vé chưa?", None), ("Đổi vé có mất phí.", None), ("Mẹ tôi muốn đổi vé của bố tôi.", None),
    ("Tôi muốn đổi vé sang ngày khác.", None), ("Vé này có được đổi được không?", None), ("Bạn muốn đổi vé.", None),
    ("Tôi muốn đổi vé không?", None), ("Con mèo muốn đổi vé.", None), ("I want to change my ticket.", None),
    # ... a pet, "có thể" said (can or may? a seller?), "we" asking whether we would like, "không" asking a denial
    ("Con chó của tôi muốn hoàn vé.", None), ("Con mèo của tôi muốn đổi vé.", None), ("Tôi có thể đổi vé.", None),
    ("Tôi có thể hoàn vé.", None), ("Anh ấy có thể đổi vé.", None), ("Chúng tôi có thể hoàn vé.", None),
    ("Chúng tôi có muốn đổi vé không?", None), ("Chúng ta có muốn đổi vé không?", None),
    ("Đổi vé không mất phí không?", None), ("Vé này không hoàn được không?", None),
])
def test_refunds_and_changes_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn xin tị nạn cho vé." (asylum), "Tôi muốn xin tị nạn trên vé.", "Mẹ tôi muốn xin tị nạn cho vé xe lửa
    # của mình.", "Tôi có thể lấy một chiếc xe máy cho vé của tôi không?" (a motorbike)
    ("I want a refund for my ticket.", "Tôi muốn hoàn vé."),
    ("I'd like a refund on my ticket.", "Tôi muốn hoàn vé."),
    ("I want to get a refund for my ticket.", "Tôi muốn hoàn vé."),
    ("My mother wants a refund for her train ticket.", "Mẹ tôi muốn hoàn vé tàu."),
    ("Can I get a refund for my ticket?", "Tôi có thể hoàn vé không?"),
    # ("Bạn có thể hoàn vé không?" would ask the listener to refund it)
    ("Can you get a refund for your ticket?", "Bạn có thể được hoàn tiền vé không?"),
    ("Can they get a refund for their tickets?", "Họ có thể được hoàn tiền vé không?"),
    ("He can get a refund for his ticket.", "Anh ấy có thể được hoàn tiền vé."),
    ("Would you like a refund for your ticket?", "Bạn có muốn hoàn vé không?"),
    # v8: "Tôi đã có một chiếc máy tinh lọc cho vé.", "Bạn chưa có một lời tị nạn cho vé của mình?", "Cô ta chưa có một
    # chiếc xe ướp nào đó để vé của mình.", "Tôi có một người tị nạn cho vé." (a refugee)
    ("I've got a refund for my ticket.", "Tôi được hoàn tiền vé rồi."),
    ("Have you got a refund for your ticket yet?", "Bạn được hoàn tiền vé chưa?"),
    ("She hasn't got a refund for her ticket yet.", "Cô ấy chưa được hoàn tiền vé."),
    ("I got a refund for my ticket.", "Tôi đã được hoàn tiền vé."),
    ("Did Lan get a refund for her ticket?", "Lan được hoàn tiền vé chưa?"),
    # v8: "Tôi muốn thay vé.", "Mẹ tôi muốn thay đổi vé của mình thành ngày mai.", "Tôi đã thay đổi vé của tôi thành
    # ngày mai.", "Chúng tôi đã thay đổi vé của chúng tôi vào tuần tới.", "Anh ta sẽ thay vé xe lửa."
    ("I want to change my ticket.", "Tôi muốn đổi vé."),
    ("I'd like to change my ticket.", "Tôi muốn đổi vé."),
    ("My mother wants to change her ticket to tomorrow.", "Mẹ tôi muốn đổi vé sang ngày mai."),
    ("I've changed my ticket to tomorrow.", "Tôi đổi vé sang ngày mai rồi."),
    ("We changed our tickets to next week.", "Chúng tôi đã đổi vé sang tuần sau."),
    ("Have you changed your ticket yet?", "Bạn đổi vé chưa?"),
    ("I haven't changed my ticket yet.", "Tôi chưa đổi vé."),
    ("He'll change his train ticket.", "Anh ấy sẽ đổi vé tàu."),
    ("My father will change his ticket to next week.", "Bố tôi sẽ đổi vé sang tuần sau."),
    ("Lan has changed her ticket for the film.", "Lan đổi vé xem phim rồi."),
    ("Can I change my ticket?", "Tôi có thể đổi vé không?"),
    ("Do you want to change your ticket?", "Bạn có muốn đổi vé không?"),
    # v8: "Vé này có thể được tái tài trợ không?" (refinanced), "Có thể lọc vé không?" (filtered), "Vé này không thể
    # xác định được.", "Vé này không tài trợ được."
    ("Is this ticket refundable?", "Vé này có hoàn được không?"),
    ("Are the tickets refundable?", "Vé có hoàn được không?"),
    ("This ticket is non-refundable.", "Vé này không hoàn được."),
    ("This ticket isn't refundable.", "Vé này không hoàn được."),
    ("These tickets are refundable.", "Vé này hoàn được."),
    ("Can this ticket be changed?", "Vé này có đổi được không?"),
    ("This ticket can't be changed.", "Vé này không đổi được."),
    ("The train tickets cannot be refunded.", "Vé tàu không hoàn được."),
    # v8: "Có phải để thay đổi vé không?"
    ("Is there a fee to change the ticket?", "Đổi vé có mất phí không?"),
    ("Is there a fee for changing my ticket?", "Đổi vé có mất phí không?"),
    ("There's no fee to refund this ticket.", "Hoàn vé này không mất phí."),
    # not: another's ticket ("I … her ticket", "Can you change my ticket?", a fee for his), a verb that does not
    # agree ("She want", "Has you", "The tickets is", "this tickets", "I'd like to changed", "I want to got"), "be"
    # where "is" is ("Is the ticket changed?", "can be refundable"), "not non-refundable", no ticket ("a fee for a
    # refund"), a place, a "?" on a statement, a ride and an event both, "I" asking, "have a refund" (what tense?),
    # whose asked of ("Is my ticket refundable?"), "isnot", the other language
    ("I want to change her ticket.", None), ("Can you change my ticket?", None),
    ("She want to change her ticket.", None), ("Has you changed your ticket?", None),
    ("This tickets is refundable.", None), ("The tickets is refundable.", None),
    ("Is the ticket changed?", None), ("Can the ticket be refundable?", None), ("This ticket can be refundable.", None),
    ("This ticket isn't non-refundable.", None), ("Is there a fee for a refund?", None),
    ("I changed my ticket to Hanoi.", None), ("I've changed my ticket?", None),
    ("I want to change my train ticket for the concert.", None), ("Is there a fee to change his ticket?", None),
    ("Have I changed my ticket yet?", None), ("I have a refund for my ticket.", None),
    ("I want to got a refund for my ticket.", None), ("I'd like to changed my ticket.", None),
    ("Is my ticket refundable?", None), ("The ticket isnot refundable.", None), ("Tôi muốn đổi vé.", None),
    # ... a pet, "we" asking whether we would like, "Can you change your ticket?" ("Bạn có thể đổi vé không?" asks the
    # listener to change the speaker's), a "?" on a statement, "Is there" said
    ("My cat wants to change her ticket.", None), ("Would we like to change our tickets?", None),
    ("Would we like a refund for our tickets?", None), ("Can you change your ticket?", None),
    ("There's a fee to change the ticket?", None), ("Is there a fee to change the ticket.", None),
])
def test_refunds_and_changes_en_vi(text, said):
    assert translate(text, "en", "vi") == said
