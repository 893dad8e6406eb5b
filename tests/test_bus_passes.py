"""Monthly bus passes and bus cards: got, renewed, topped up, expired, forgotten, lost, had, where and what one costs,
both ways (mt/bus_passes.py)."""
import pytest

from mt.bus_passes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I want to do the bus ticket.", "I need a monthly ticket limit.", "I have to load money on the bus tab."
    ("Tôi muốn làm vé tháng xe buýt.", "I want to get a monthly bus pass."),
    ("Tôi cần gia hạn vé tháng.", "I need to renew my monthly pass."),
    ("Tôi phải nạp tiền vào thẻ xe buýt.", "I have to top up my bus card."),
    ("Bạn có muốn làm vé tháng không?", "Do you want to get a monthly pass?"),
    ("Mẹ tôi không cần gia hạn vé tháng.", "My mother doesn't need to renew her monthly pass."),
    ("Mẹ tôi sẽ đi làm vé tháng.", "My mother will go and get a monthly pass."),
    ("Con tôi phải làm vé tháng học sinh.", "My child has to get a student monthly pass."),
    # v8: "Are you limited the month ticket?"
    ("Bạn đã gia hạn vé tháng chưa?", "Have you renewed your monthly pass yet?"),
    ("Tôi gia hạn vé tháng rồi.", "I've renewed my monthly pass."),
    ("Anh ấy vừa nạp tiền thẻ xe buýt.", "He's just topped up his bus card."),
    ("Tôi chưa làm vé tháng.", "I haven't got a monthly pass yet."),
    ("Lan đã làm vé tháng.", "Lan got a monthly pass."),
    # v8: "The fall of my month is expired.", "My month is going to be expired.", "My bus card is all money."
    ("Vé tháng của tôi hết hạn rồi.", "My monthly pass has expired."),
    ("Vé tháng của tôi sắp hết hạn.", "My monthly pass is about to expire."),
    ("Thẻ xe buýt của tôi hết tiền rồi.", "My bus card has run out of money."),
    ("Vé tháng này hết hạn chưa?", "Has this monthly pass expired yet?"),
    ("Vé tháng của Lan vừa hết hạn.", "Lan's monthly pass has just expired."),
    ("Vé tháng của mẹ tôi chưa hết hạn.", "My mother's monthly pass hasn't expired yet."),
    ("Vé tháng bạn đã hết hạn.", "Your monthly pass has expired."),
    # v8: "I forgot to carry a month ticket.", "My mother took the ticket a month."
    ("Con tôi quên mang vé tháng.", "My child forgot to bring their monthly pass."),
    ("Mẹ tôi làm mất vé tháng rồi.", "My mother has lost her monthly pass."),
    ("Bạn có quên mang vé tháng không?", "Did you forget to bring your monthly pass?"),
    ("Con gái tôi lại quên vé tháng.", "My daughter forgot her monthly pass again."),
    ("Tôi vừa làm mất thẻ xe buýt.", "I've just lost my bus card."),
    # v8: "Do you have a monthly ticket?"
    ("Bạn có vé tháng không?", "Do you have a monthly pass?"),
    ("Con tôi có vé tháng học sinh.", "My child has a student monthly pass."),
    ("Tôi chưa có vé tháng.", "I don't have a monthly pass yet."),
    ("Bạn đã có vé tháng chưa?", "Do you have a monthly pass yet?"),
    ("Tôi có vé tháng rồi.", "I already have a monthly pass."),
    # v8: "Where do the ticket last month?", "How much are the months of school?"
    ("Làm vé tháng ở đâu?", "Where can I get a monthly pass?"),
    ("Gia hạn vé tháng ở đâu?", "Where can I renew my monthly pass?"),
    ("Tôi có thể nạp tiền vào thẻ xe buýt ở đâu?", "Where can I top up my bus card?"),
    ("Vé tháng học sinh bao nhiêu tiền?", "How much is a student monthly pass?"),
    ("Làm vé tháng mất bao nhiêu tiền?", "How much does it cost to get a monthly pass?"),
    # not: "hết hạn" with no tense or no whose, "làm" with no tense, "anh" alone saying it, a monthly pass topped up
    # or out of money, a bus card priced (which?), a "?" on a statement, a name alone renewing (his or hers?), a pet,
    # "I" asked, "có" with no "không", tickets, bank cards, and the other language
    ("Vé tháng hết hạn rồi.", None), ("Vé tháng của tôi hết hạn.", None), ("Tôi làm vé tháng.", None),
    ("Anh làm vé tháng rồi.", None), ("Tôi nạp tiền vé tháng.", None), ("Vé tháng của tôi hết tiền rồi.", None),
    ("Thẻ xe buýt bao nhiêu tiền?", None), ("Tôi có vé tháng?", None), ("Lan cần gia hạn vé tháng.", None),
    ("Con chó của tôi có vé tháng.", None), ("Tôi có làm mất vé tháng không?", None),
    ("Bạn có muốn làm vé tháng?", None), ("Vé xe buýt bao nhiêu tiền?", None), ("Thẻ của tôi hết hạn rồi.", None),
    ("My monthly pass has expired.", None), ("Tôi đi làm vé tháng.", None), ("Vé tháng bao nhiêu", None),
    ("Tôi quên vé tháng ở nhà.", None), ("Vé tháng của tôi hết hạn vào ngày mai.", None),
    # ("we", "they": one pass, or one each?)
    ("Chúng tôi quên mang vé tháng.", None), ("Họ có vé tháng.", None),
    ("Vé tháng của chúng tôi hết hạn rồi.", None), ("Em có vé tháng không ạ?", None),
    ("Chúng tôi có thể làm vé tháng ở đâu?", None),
    # (a pet's pass)
    ("Vé tháng của con chó của tôi hết hạn rồi.", None), ("Vé tháng của con mèo tôi hết hạn rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn đi xe buýt hàng tháng.", "Tôi cần đổi mới qua hàng tháng.", "Tôi phải đứng đầu danh thiếp xe buýt."
    ("I want to get a monthly bus pass.", "Tôi muốn làm vé tháng xe buýt."),
    ("I need to renew my monthly pass.", "Tôi cần gia hạn vé tháng."),
    ("I have to top up my bus card.", "Tôi phải nạp tiền vào thẻ xe buýt."),
    ("Does she want to get a monthly pass?", "Cô ấy có muốn làm vé tháng không?"),
    ("He doesn't need to renew his monthly pass.", "Anh ấy không cần gia hạn vé tháng."),
    ("We'll go and get a monthly pass.", "Chúng tôi sẽ đi làm vé tháng."),
    ("My son needs to get a student monthly pass.", "Con trai tôi cần làm vé tháng học sinh."),
    # v8: "Bạn đã đổi mới thời gian trôi qua hàng tháng của mình chưa?"
    ("Have you renewed your monthly pass yet?", "Bạn đã gia hạn vé tháng chưa?"),
    ("I've just topped up my bus card.", "Tôi vừa nạp tiền vào thẻ xe buýt."),
    ("I haven't renewed my monthly pass yet.", "Tôi chưa gia hạn vé tháng."),
    ("Did you renew your monthly pass?", "Bạn đã gia hạn vé tháng chưa?"),
    ("My mother has renewed her monthly pass.", "Mẹ tôi đã gia hạn vé tháng rồi."),
    ("I got a monthly pass.", "Tôi đã làm vé tháng."),
    # v8: "Lần qua hàng tháng của tôi đã hết hạn.", "Tuyến đi hàng tháng của tôi sắp hết hạn.", "Thẻ xe buýt của tôi
    # chạy ra khỏi tiền."
    ("My monthly pass has expired.", "Vé tháng của tôi hết hạn rồi."),
    ("My monthly pass is about to expire.", "Vé tháng của tôi sắp hết hạn."),
    ("My bus card has run out of money.", "Thẻ xe buýt của tôi hết tiền rồi."),
    ("Has your monthly pass expired yet?", "Vé tháng của bạn hết hạn chưa?"),
    ("Lan's bus pass hasn't expired yet.", "Vé tháng xe buýt của Lan chưa hết hạn."),
    ("This monthly pass expired.", "Vé tháng này đã hết hạn."),
    ("My bus card ran out of money.", "Thẻ xe buýt của tôi đã hết tiền."),
    ("Her monthly pass has just expired.", "Vé tháng của cô ấy vừa hết hạn."),
    # v8: "Con tôi quên mang xe buýt của mình đi qua.", "Mẹ tôi đã mất đi hàng tháng của mình."
    ("My child forgot to bring their bus pass.", "Con tôi quên mang vé tháng xe buýt."),
    ("My mother has lost her monthly pass.", "Mẹ tôi làm mất vé tháng rồi."),
    ("Lan forgot her monthly pass again.", "Lan lại quên vé tháng."),
    ("Did you lose your monthly pass?", "Bạn có làm mất vé tháng không?"),
    ("I just lost my bus card.", "Tôi vừa làm mất thẻ xe buýt."),
    # v8: "Bạn có trôi qua hàng tháng không?"
    ("Do you have a monthly pass?", "Bạn có vé tháng không?"),
    ("I've got a monthly pass.", "Tôi có vé tháng."),
    ("Have you got a monthly pass yet?", "Bạn có vé tháng chưa?"),
    ("She doesn't have a bus card.", "Cô ấy không có thẻ xe buýt."),
    ("My daughter has a student monthly pass.", "Con gái tôi có vé tháng học sinh."),
    ("We don't have a monthly pass yet.", "Chúng tôi chưa có vé tháng."),
    # v8: "Tôi có thể đi qua hàng tháng ở đâu?", "Sinh viên trôi qua hàng tháng?"
    ("Where can I get a monthly pass?", "Làm vé tháng ở đâu?"),
    ("Where can I renew my monthly pass?", "Gia hạn vé tháng ở đâu?"),
    ("Where can we top up our bus card?", "Chúng tôi có thể nạp tiền vào thẻ xe buýt ở đâu?"),
    ("How much is a student monthly pass?", "Vé tháng học sinh bao nhiêu tiền?"),
    ("How much does a monthly bus pass cost?", "Vé tháng xe buýt bao nhiêu tiền?"),
    ("How much does it cost to get a student monthly pass?", "Làm vé tháng học sinh mất bao nhiêu tiền?"),
    # not: the verb not agreeing, another's pass renewed or lost, a monthly pass out of money or topped up, "the"
    # pass, a pet, a travel card, a bus card priced, "a" pass expired, a "?" missing, and the other language
    ("She want to get a monthly pass.", None), ("Does he wants to get a monthly pass?", None),
    ("I need to renew my son's monthly pass.", None), ("He lost her monthly pass.", None),
    ("My monthly pass has run out of money.", None), ("I have to top up my monthly pass.", None),
    ("The monthly pass has expired.", None), ("My dog has a monthly pass.", None),
    ("I've got a travel card.", None), ("How much is a bus card?", None), ("A monthly pass has expired.", None),
    ("Do you have a monthly pass.", None), ("Vé tháng của tôi hết hạn rồi.", None), ("I passed the exam.", None),
    ("My monthly salary is low.", None), ("She have a monthly pass.", None), ("My pass has expired.", None),
    # (a pet's pass, "I" asked of oneself)
    ("My dog's monthly pass has expired.", None), ("My cat's monthly pass is about to expire.", None),
    ("Do I have a bus card?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
