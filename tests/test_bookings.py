"""Booking a table, a room or a hotel, a reservation, cancelling it and a place fully booked, both ways
(mt/bookings.py)."""
import pytest

from mt.bookings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I want to book a table for two people." (right, but "I'd like" is what one says booking)
    ("Tôi muốn đặt bàn cho hai người.", "I'd like to book a table for two."),
    ("Tôi muốn đặt bàn cho bốn người lúc 7 giờ tối.", "I'd like to book a table for four at 7 p.m."),
    ("Tôi muốn đặt bàn cho tối nay.", "I'd like to book a table for tonight."),
    ("Tôi muốn đặt bàn cho hai người vào tối thứ bảy.", "I'd like to book a table for two on Saturday evening."),
    ("Bạn có muốn đặt bàn không?", "Would you like to book a table?"),
    ("Anh có muốn đặt bàn không?", "Would you like to book a table?"),
    ("Bạn đã đặt bàn chưa?", "Have you booked a table yet?"),
    ("Bạn đã đặt bàn cho tối nay chưa?", "Have you booked a table for tonight yet?"),
    ("Tôi đã đặt bàn rồi.", "I've booked a table."),
    ("Lan đã đặt bàn cho sáu người.", "Lan booked a table for six."),  # v8: "Lan has book a table for six."
    ("Tôi đã đặt phòng ba đêm.", "I booked a room for three nights."),  # v8: "I booked a room three nights."
    ("Chúng tôi đã đặt hai phòng đôi trong ba đêm.", "We booked two double rooms for three nights."),
    ("Chúng tôi đã đặt hai phòng.", "We booked two rooms."),  # v8: "We put two rooms."
    ("Mẹ tôi đã đặt phòng rồi.", "My mother has booked a room."),  # v8: "My mother booked a room."
    ("Tôi vừa đặt phòng rồi.", "I've just booked a room."),
    ("Tôi đã đặt phòng khách sạn.", "I booked a hotel room."),  # v8: "I booked a room The hotel."
    ("Họ chưa đặt khách sạn.", "They haven't booked a hotel yet."),
    ("Tôi sẽ đặt bàn cho tối thứ bảy.", "I'll book a table for Saturday evening."),
    # v8: "I want to place the place for four people.", "I've put it."
    ("Tôi muốn đặt chỗ cho bốn người.", "I'd like to make a reservation for four."),
    ("Tôi đã đặt chỗ rồi.", "I've made a reservation."),
    ("Tôi có đặt chỗ trước dưới tên Nam.", "I have a reservation under the name Nam."),
    ("Tôi có đặt phòng dưới tên Nam.", "I booked a room under the name Nam."),  # v8: "I have book a room …"
    ("Anh ấy có đặt chỗ trước không?", "Does he have a reservation?"),
    ("Tôi muốn đặt bàn vào thứ bảy tuần sau.", "I'd like to book a table for next Saturday."),
    # v8: "I want to cancel the book a room.", "I want to cancel my place.", "Can I cancel the book a room?"
    ("Tôi muốn hủy đặt phòng.", "I'd like to cancel my room booking."),
    ("Tôi muốn hủy đặt chỗ.", "I'd like to cancel my booking."),
    ("Tôi có thể hủy đặt phòng không?", "Can I cancel my room booking?"),
    ("Mẹ tôi muốn hủy đặt phòng.", "My mother would like to cancel her room booking."),
    ("Cô ấy đã hủy đặt bàn.", "She cancelled her table booking."),
    # v8: "Do I need to put in front?", "Do you need to set before?", "You should want to book a table before.",
    # "No previous settings are required."
    ("Tôi có cần đặt trước không?", "Do I need to book in advance?"),
    ("Có cần đặt trước không?", "Do you need to book in advance?"),
    ("Bạn nên đặt bàn trước.", "You should book a table in advance."),
    ("Không cần đặt trước đâu.", "You don't need to book in advance."),
    ("Chúng ta cần đặt vé trước.", "We need to book tickets in advance."),  # v8: "… book a ticket ahead."
    # v8: "The hotel closed the room.", "The hotel was all the room.", "Is the hotel closed?"
    ("Khách sạn đã kín phòng.", "The hotel is fully booked."),
    ("Khách sạn hết phòng rồi.", "The hotel is fully booked."),
    ("Khách sạn có kín phòng không?", "Is the hotel fully booked?"),
    ("Tối nay nhà hàng kín chỗ rồi.", "The restaurant is fully booked tonight."),
    ("Chúng tôi hết phòng rồi.", "We're fully booked."),
    # not: a plain verb (now, or a habit?), "anh" alone saying it (the speaker, or you?), "Bạn muốn …" (asked?), a
    # day that may be when it was booked, a day behind, a name in small letters ("nam": south), tickets otherwise
    # (mt/tickets.py's), a desk, ordering, a taxi, a restaurant out of rooms, "Tôi có đặt bàn." (stressed), "có …
    # không?" of a table (did, or will?), "có thể" of you with a day (booked then, or for then?)
    ("Tôi đặt bàn lúc 7 giờ.", None), ("Anh muốn đặt bàn.", None), ("Bạn muốn đặt bàn.", None),
    ("Tôi đã đặt bàn tối nay.", None), ("Tôi muốn đặt bàn cho hôm qua.", None),
    ("Tôi đã đặt bàn dưới tên nam.", None), ("Tôi muốn đặt vé.", None), ("Tôi muốn đặt bàn làm việc.", None),
    ("Tôi muốn đặt hàng.", None), ("Tôi đã đặt taxi.", None), ("Nhà hàng hết phòng rồi.", None),
    ("Tôi có đặt bàn.", None), ("Bạn đã đặt bàn chưa.", None), ("Bạn có đặt bàn không?", None),
    ("Bạn có thể đặt bàn ngày mai không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn đặt một bàn cho tối nay.", "Bạn đã đã đặt một bàn chưa?", "Bạn có đã đặt một bàn chưa?", "Tôi
    # có đã đặt một bàn.", "Cô ấy có đã đặt một bàn.", "Bé có đã đặt một bàn chưa?", "I đặt một bàn không?"
    ("I'd like to book a table for two.", "Tôi muốn đặt bàn cho hai người."),
    ("I'd like to book a table for two, please.", "Tôi muốn đặt bàn cho hai người."),
    ("I'd like to book a table for four at 7 p.m.", "Tôi muốn đặt bàn cho bốn người lúc 7 giờ tối."),
    ("I'd like to book a table for tonight.", "Tôi muốn đặt bàn cho tối nay."),
    ("Can I book a table for two at 7 p.m.?", "Tôi có thể đặt bàn cho hai người lúc 7 giờ tối không?"),
    ("Have you booked a table?", "Bạn đã đặt bàn chưa?"),
    ("Have you booked a table yet?", "Bạn đã đặt bàn chưa?"),
    ("I've booked a table.", "Tôi đã đặt bàn rồi."),
    ("She has booked a table.", "Cô ấy đã đặt bàn rồi."),
    ("Has she booked a table?", "Cô ấy đã đặt bàn chưa?"),
    ("I've just booked a table for four.", "Tôi vừa đặt bàn cho bốn người."),
    ("Should I book a table?", "Tôi có nên đặt bàn không?"),
    ("Would you like to book a table?", "Bạn có muốn đặt bàn không?"),
    # v8: "Chúng tôi cuốn sách hai phòng." (a book), "Tôi chưa đã đặt phòng chưa."
    ("I booked a room for three nights.", "Tôi đã đặt phòng trong ba đêm."),
    ("We booked two rooms.", "Chúng tôi đã đặt hai phòng."),
    ("We'd like to book two double rooms for three nights.", "Chúng tôi muốn đặt hai phòng đôi trong ba đêm."),
    ("I haven't booked a room yet.", "Tôi chưa đặt phòng."),
    ("They haven't booked a hotel yet.", "Họ chưa đặt khách sạn."),
    ("Has your mother booked a hotel?", "Mẹ bạn đã đặt khách sạn chưa?"),
    # v8: "Tôi muốn hủy bỏ sổ sách." (account books), "Tôi muốn hủy bỏ việc bảo tồn." (conservation)
    ("I'd like to cancel my booking.", "Tôi muốn hủy đặt chỗ."),
    ("I'd like to cancel my reservation.", "Tôi muốn hủy đặt chỗ."),
    ("I'd like to cancel my room booking.", "Tôi muốn hủy đặt phòng."),
    ("Can I cancel my booking?", "Tôi có thể hủy đặt chỗ không?"),
    ("My father has cancelled his booking.", "Bố tôi đã hủy đặt chỗ rồi."),
    # v8: "Tôi muốn làm đặt chỗ.", "Bạn đã làm đặt chỗ chưa?"
    ("I'd like to make a reservation for four.", "Tôi muốn đặt chỗ cho bốn người."),
    ("Have you made a reservation?", "Bạn đã đặt chỗ chưa?"),
    # v8: "Tôi có cần cuốn sách trước không?", "Bạn cần đọc sách trước." (read), "Bạn không cần phải cuốn sách."
    ("Do I need to book in advance?", "Tôi có cần đặt trước không?"),
    ("You need to book in advance.", "Bạn cần đặt trước."),
    ("You don't need to book.", "Bạn không cần đặt trước."),
    ("He doesn't need to book a table.", "Anh ấy không cần đặt bàn."),
    ("We need to book tickets.", "Chúng tôi cần đặt vé."),
    # v8: "Tôi đã đặt chỗ ở dưới tên miền Nam." (the South's domain name)
    ("I have a reservation under the name Nam.", "Tôi đã đặt chỗ trước dưới tên Nam."),
    ("I have a reservation for two.", "Tôi đã đặt chỗ trước cho hai người."),
    ("Does she have a reservation?", "Cô ấy có đặt chỗ trước không?"),
    # v8: "Khách sạn có quyển sách đầy đủ không?", "Khách sạn được cuốn sách đầy đủ.", "Chúng tôi hoàn toàn cuốn
    # sách."
    ("Is the hotel fully booked?", "Khách sạn có kín phòng không?"),
    ("The hotel is fully booked.", "Khách sạn đã kín phòng."),
    ("The restaurant is fully booked tonight.", "Tối nay nhà hàng đã kín chỗ."),
    ("Is the hotel already fully booked?", "Khách sạn đã kín phòng chưa?"),
    ("We're fully booked.", "Chúng tôi đã kín chỗ."),
    # not: "have", "has", "need", "is", "do" not agreeing with who, "a" and the plural disagreeing, another's booking
    # cancelled, "book" alone (what?), a day that may be when it was booked, a day behind, tickets otherwise
    # (mt/tickets.py's), a night and "nights", a time with a reservation
    ("She have booked a table.", None), ("He need to book a room.", None), ("The hotel are fully booked.", None),
    ("Do she have a reservation?", None), ("I'd like to book a tables.", None), ("I'd like to book two table.", None),
    ("My mother wants to cancel my booking.", None), ("I'd like to book.", None),
    ("I booked a table tonight.", None), ("I'd like to book a table for yesterday.", None),
    ("I booked two tickets.", None), ("We booked a room for two night.", None),
    ("We have a reservation for 8 o'clock.", None), ("Have you booked a table.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi muốn đặt bàn cho hai người.", "en", "vi") is None
    assert translate("I'd like to book a table for two.", "vi", "en") is None
    assert translate("I'd like to book a table for two.", "en", "fr") is None
