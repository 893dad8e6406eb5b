"""Libraries and borrowed books: borrowing from the library, taking books back, overdue, renewing, a library card, how
many books one may borrow, going to the library, both ways (mt/library.py)."""
import pytest

from mt.library import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I borrow this book in the library."
    ("Tôi mượn cuốn sách này ở thư viện.", "I borrowed this book from the library."),
    ("Tôi đã mượn cuốn sách này từ thư viện.", "I borrowed this book from the library."),
    ("Hôm qua mẹ tôi mượn ba cuốn sách ở thư viện.", "My mother borrowed three books from the library yesterday."),
    ("Tôi muốn mượn cuốn sách này ở thư viện.", "I'd like to borrow this book from the library."),
    ("Ngày mai tôi sẽ mượn cuốn sách này ở thư viện.", "I'll borrow this book from the library tomorrow."),
    # v8: "I must pay the library.", "I have to carry a library replication.", "He forgot to pay the library.",
    # "I've paid the library.", "Are you replyed to the library?"
    ("Tôi phải trả sách cho thư viện.", "I have to take the books back to the library."),
    ("Tôi phải mang sách trả thư viện.", "I have to take the books back to the library."),
    ("Tôi cần trả cuốn sách này cho thư viện vào thứ Sáu.",
     "I need to take this book back to the library on Friday."),
    ("Anh ấy quên trả sách cho thư viện.", "He forgot to take the books back to the library."),
    ("Tôi đã trả sách cho thư viện rồi.", "I've already taken the books back to the library."),
    ("Bạn đã trả sách cho thư viện chưa?", "Have you taken the books back to the library yet?"),
    ("Cô ấy chưa trả sách cho thư viện.", "She hasn't taken the books back to the library yet."),
    ("Hôm qua tôi đã trả sách cho thư viện.", "I took the books back to the library yesterday."),
    ("Ngày mai tôi sẽ trả lại những cuốn sách này cho thư viện.",
     "I'll take these books back to the library tomorrow."),
    # v8: "This book is too limited."
    ("Cuốn sách này quá hạn rồi.", "This book is overdue."),
    ("Những cuốn sách này có quá hạn không?", "Are these books overdue?"),
    ("Cuốn sách này chưa quá hạn.", "This book isn't overdue."),
    ("Nó bị quá hạn rồi.", "It's overdue."),
    # v8: "Can I limit this book?", "I want to limit this book."
    ("Tôi có thể gia hạn cuốn sách này không?", "Can I renew this book?"),
    ("Tôi gia hạn cuốn sách này được không?", "Can I renew this book?"),
    ("Bạn có thể gia hạn cuốn sách này cho tôi không?", "Can you renew this book for me?"),
    ("Tôi muốn gia hạn sách.", "I'd like to renew the books."),
    ("Cô ấy cần gia hạn những cuốn sách này trực tuyến.", "She needs to renew these books online."),
    # v8: "I need to do my library card."
    ("Tôi cần làm thẻ thư viện.", "I need to get a library card."),
    ("Tôi muốn làm thẻ thư viện.", "I'd like to get a library card."),
    ("Bạn có thẻ thư viện không?", "Do you have a library card?"),
    ("Bạn đã có thẻ thư viện chưa?", "Do you have a library card yet?"),
    ("Tôi chưa có thẻ thư viện.", "I don't have a library card yet."),
    ("Mẹ tôi không có thẻ thư viện.", "My mother doesn't have a library card."),
    ("Tôi làm mất thẻ thư viện rồi.", "I've lost my library card."),
    ("Mẹ tôi làm mất thẻ thư viện.", "My mother has lost her library card."),
    # v8: "How many books are I borrowed?", "How much do I borrow?"
    ("Tôi được mượn bao nhiêu cuốn sách?", "How many books can I borrow?"),
    ("Mỗi lần tôi được mượn mấy cuốn?", "How many books can I borrow at a time?"),
    ("Bạn được mượn tối đa năm cuốn sách một lần.", "You can borrow up to five books at a time."),
    # v8: "Do you or go to the library?", "I went to the library." (no day: left)
    ("Cô ấy đi thư viện mỗi cuối tuần.", "She goes to the library every weekend."),
    ("Bố tôi đến thư viện mỗi thứ Bảy.", "My father goes to the library every Saturday."),
    ("Bạn có hay đi thư viện không?", "Do you often go to the library?"),
    ("Hôm qua tôi đi thư viện.", "I went to the library yesterday."),
    ("Ngày mai tôi sẽ đi thư viện.", "I'm going to the library tomorrow."),
    ("Ngày mai bạn có đi thư viện không?", "Are you going to the library tomorrow?"),
    ("Hôm qua bạn có đi thư viện không?", "Did you go to the library yesterday?"),
    # not: "sách" alone borrowed (a book or books), a tense not told, "anh" saying it (may be the speaker), a day
    # ahead with "đã" or behind with "phải", the library's hours (mt/opening_hours.py's), fines, a name losing a
    # card (his or hers), someone else's card lost, a book lent between people (mt/loans.py's)
    ("Nó bị quá hạn rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi mượn sách ở thư viện.", None), ("Tôi trả sách cho thư viện.", None), ("Tôi đi thư viện.", None),
    ("Anh đi thư viện mỗi tuần.", None), ("Anh muốn làm thẻ thư viện.", None),
    ("Ngày mai tôi đã trả sách cho thư viện.", None), ("Hôm qua tôi phải trả sách cho thư viện.", None),
    ("Thư viện đóng cửa vào Chủ nhật.", None), ("Tôi phải nộp phạt vì sách quá hạn.", None),
    ("Lan làm mất thẻ thư viện.", None), ("Tôi làm mất thẻ thư viện của bạn.", None),
    ("Tôi mượn sách của Lan.", None), ("Tôi muốn gia hạn hợp đồng.", None), ("Tôi đi thư viện hôm nay.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mượn cuốn sách này từ thư viện." (fine), "Mẹ tôi mượn ba cuốn sách từ thư viện."
    ("I borrowed this book from the library.", "Tôi đã mượn cuốn sách này ở thư viện."),
    ("He borrowed a book from the library yesterday.", "Hôm qua anh ấy đã mượn một cuốn sách ở thư viện."),
    ("My mother wants to borrow these books from the library.", "Mẹ tôi muốn mượn những cuốn sách này ở thư viện."),
    ("I'll borrow this book from the library tomorrow.", "Ngày mai tôi sẽ mượn cuốn sách này ở thư viện."),
    # v8: "Tôi phải lấy sách trở lại thư viện.", "Tôi phải trả về sách cho thư viện.", "Anh ấy quên quay lại sách …"
    ("I have to take the books back to the library.", "Tôi phải trả sách cho thư viện."),
    ("I have to return the books to the library.", "Tôi phải trả sách cho thư viện."),
    ("I need to return this book to the library on Friday.", "Tôi cần trả cuốn sách này cho thư viện vào thứ Sáu."),
    ("He forgot to return the books to the library.", "Anh ấy quên trả sách cho thư viện."),
    ("I've already taken the books back to the library.", "Tôi đã trả sách cho thư viện rồi."),
    ("Have you returned the books to the library yet?", "Bạn đã trả sách cho thư viện chưa?"),
    ("She hasn't returned the books to the library yet.", "Cô ấy chưa trả sách cho thư viện."),
    ("I returned the books to the library yesterday.", "Hôm qua tôi đã trả sách cho thư viện."),
    ("I'll take it back to the library tomorrow.", "Ngày mai tôi sẽ trả nó cho thư viện."),
    # v8: "Quyển sách này đã vượt quá.", "Những cuốn sách này được ghi đè." (overwritten)
    ("This book is overdue.", "Cuốn sách này quá hạn rồi."),
    ("These books are overdue.", "Những cuốn sách này quá hạn rồi."),
    ("Is this book overdue?", "Cuốn sách này có bị quá hạn không?"),
    ("This book isn't overdue.", "Cuốn sách này chưa quá hạn."),
    # v8: "Tôi có thể đổi mới cuốn sách này không?" (make new), "… những cuốn sách trực tuyến không?"
    ("Can I renew this book?", "Tôi có thể gia hạn cuốn sách này không?"),
    ("Can I renew these books online?", "Tôi có thể gia hạn những cuốn sách này trực tuyến không?"),
    ("Could you renew this book for me?", "Bạn có thể gia hạn cuốn sách này cho tôi không?"),
    ("I'd like to renew this book.", "Tôi muốn gia hạn cuốn sách này."),
    ("She needs to renew the books.", "Cô ấy cần gia hạn sách."),
    # v8: "Tôi có thể mượn bao nhiêu sách không?", "Bạn có thể mượn năm sách." (no classifier)
    ("How many books can I borrow?", "Tôi được mượn bao nhiêu cuốn sách?"),
    ("How many books can I borrow at a time?", "Tôi được mượn bao nhiêu cuốn sách một lần?"),
    ("You can borrow up to five books at a time.", "Bạn được mượn tối đa năm cuốn sách một lần."),
    # v8: "Cô ấy đến thư viện mỗi tuần." (the weekend lost), "Tôi sẽ thư viện ngày mai." (go lost)
    ("She goes to the library every weekend.", "Cô ấy đi thư viện mỗi cuối tuần."),
    ("I go to the library every Saturday.", "Tôi đi thư viện mỗi thứ Bảy."),
    ("Do you often go to the library?", "Bạn có hay đi thư viện không?"),
    ("He went to the library yesterday.", "Hôm qua anh ấy đi thư viện."),
    ("Did you go to the library yesterday?", "Hôm qua bạn có đi thư viện không?"),
    ("I'm going to the library tomorrow.", "Ngày mai tôi sẽ đi thư viện."),
    ("Are you going to the library tomorrow?", "Ngày mai bạn có đi thư viện không?"),
    # not: the verb or "is", "has", "needs" not agreeing, "these book", "back" with "return", the present borrowing,
    # going now, a library card (v8 says it right: left to it), the library's hours (mt/opening_hours.py's), "one books"
    ("I borrow this book from the library.", None), ("He have to return the books to the library.", None),
    ("I have to return the books back to the library.", None), ("These book are overdue.", None),
    ("This book are overdue.", None), ("She need to renew the books.", None), ("I need a library card.", None),
    ("You can borrow five book.", None), ("She go to the library every weekend.", None),
    ("I'm going to the library.", None), ("The library is closed on Sundays.", None),
    ("Does she goes to the library every weekend?", None), ("I'd like to renew my passport.", None),
    ("I'm at the library.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cuốn sách này quá hạn rồi.", "en", "vi") is None
    assert translate("This book is overdue.", "vi", "en") is None
    assert translate("This book is overdue.", "en", "fr") is None
