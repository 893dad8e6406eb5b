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
    ("Bạn có vé không?", None), ("Còn vé.", None), ("Còn hai vé không?", None), ("Hai vé đã bán hết.", None),
    ("Mẹ tôi còn vé không?", None), ("Vé tàu đi Huế bao nhiêu tiền?", None), ("Cho tôi hai vé đi Huế.", None),
    ("Một vé bao nhiêu tiền?", None), ("Vé khứ hồi bao nhiêu tiền?", None), ("Vé máy bay đã bán hết rồi.", None),
    ("Tôi sẽ có vé.", None), ("Tôi mua được vé chưa?", None), ("Vé cho tàu bao nhiêu tiền?", None),
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
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
