"""Deposits: paid, how much, given back or not, lost and got back, both ways (mt/deposits.py)."""
import pytest

from mt.deposits import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to put up two months of my house.", "I put five millions of dollars.", "My mother put the screw
    # VND5 million.", "I put a car picket.", "We just put our rent.", "Would you have put the fet?"
    ("Tôi phải đặt cọc hai tháng tiền nhà.", "I have to pay two months' rent as a deposit."),
    ("Tôi đã đặt cọc năm triệu.", "I paid a deposit of five million dong."),
    ("Mẹ tôi đã đặt cọc 5 triệu đồng.", "My mother paid a deposit of VND5 million."),
    ("Tôi đã đặt cọc mua xe ô tô rồi.", "I've put down a deposit on a car."),
    ("Chúng tôi vừa đặt cọc thuê nhà.", "We've just paid a deposit to rent a house."),
    ("Bạn đã đặt cọc chưa?", "Have you paid the deposit yet?"),
    ("Anh đã đặt cọc chưa?", "Have you paid the deposit yet?"),
    ("Tôi đã đặt cọc.", "I paid a deposit."),
    ("Mẹ tôi đã đặt cọc mua nhà rồi.", "My mother has put down a deposit on a house."),
    ("Lan vừa đặt cọc mua xe máy.", "Lan has just put down a deposit on a motorbike."),
    ("Bác Lan đã đặt cọc mua căn hộ.", "Aunt Lan paid a deposit to buy a flat."),
    ("Bạn có phải đặt cọc không?", "Do you have to pay a deposit?"),
    ("Cô ấy có phải đặt cọc hai tháng tiền nhà không?", "Does she have to pay two months' rent as a deposit?"),
    ("Chúng tôi sẽ phải đặt cọc một tháng tiền nhà.", "We will have to pay a month's rent as a deposit."),
    ("Anh ấy chưa đặt cọc.", "He hasn't paid the deposit yet."),
    ("Cô ấy đã phải đặt cọc 10 triệu đồng.", "She had to pay a deposit of VND10 million."),
    ("Tôi đã đặt cọc năm trăm nghìn.", "I paid a deposit of five hundred thousand dong."),
    ("Họ đã đặt cọc mua ô tô rồi.", "They've put down a deposit on a car."),
    ("Tôi phải đặt cọc hai tháng tiền nhà ạ.", "I have to pay two months' rent as a deposit."),
    # v8: "How much do you put it?", "How much is the money?"
    ("Bạn đã đặt cọc bao nhiêu?", "How much deposit did you pay?"),
    ("Bạn đã đặt cọc bao nhiêu vậy?", "How much deposit did you pay?"),
    ("Bạn đã đặt cọc bao nhiêu rồi?", "How much deposit have you paid?"),
    ("Bạn phải đặt cọc bao nhiêu?", "How much deposit do you have to pay?"),
    ("Mẹ tôi phải đặt cọc bao nhiêu tiền?", "How much deposit does my mother have to pay?"),
    ("Tiền cọc là bao nhiêu?", "How much is the deposit?"),
    ("Tiền cọc bao nhiêu?", "How much is the deposit?"),
    ("Tiền cọc là hai tháng tiền nhà.", "The deposit is two months' rent."),
    ("Tiền cọc là 5 triệu.", "The deposit is VND5 million."),
    # v8: "The owner didn't return the deposit.", "The owner didn't pay back my deposit.", "The store returned the
    # rubber for my mother."
    ("Chủ nhà đã không trả lại tiền cọc.", "The landlord didn't give the deposit back."),
    ("Chủ nhà chưa trả lại tiền cọc cho tôi.", "The landlord hasn't given my deposit back yet."),
    ("Cửa hàng đã trả lại tiền cọc cho mẹ tôi.", "The shop gave my mother's deposit back."),
    ("Chủ nhà đã trả lại tiền cọc cho tôi rồi.", "The landlord has given my deposit back."),
    ("Chủ nhà đã trả lại tiền cọc cho bạn chưa?", "Has the landlord given your deposit back yet?"),
    ("Chủ nhà trả lại tiền cọc cho tôi chưa ạ?", "Has the landlord given my deposit back yet?"),
    ("Họ vừa hoàn lại tiền cọc cho chúng tôi.", "They have just given our deposit back."),
    ("Khách sạn sẽ hoàn lại tiền cọc.", "The hotel will give the deposit back."),
    ("Chủ nhà chưa trả lại tiền cọc của Lan.", "The landlord hasn't given Lan's deposit back yet."),
    # v8: "I was lost.", "Do you lose the picket?"
    ("Tôi bị mất cọc.", "I lost my deposit."),
    ("Tôi mất tiền cọc rồi.", "I've lost my deposit."),
    ("Tôi bị mất cọc rồi.", "I've lost my deposit."),
    ("Mẹ tôi bị mất tiền cọc.", "My mother lost her deposit."),
    ("Lan bị mất cọc.", "Lan lost the deposit."),
    ("Bạn sẽ bị mất cọc.", "You will lose your deposit."),
    ("Chúng tôi vừa bị mất cọc.", "We've just lost our deposit."),
    # v8: "I regained my money.", "He has not been able to get the deposit."
    ("Tôi lấy lại tiền cọc rồi.", "I've got my deposit back."),
    ("Anh ấy chưa lấy lại được tiền cọc.", "He hasn't got his deposit back yet."),
    ("Tôi đã lấy lại được tiền cọc.", "I got my deposit back."),
    ("Bạn đã lấy lại tiền cọc chưa?", "Have you got your deposit back yet?"),
    ("Bạn lấy lại tiền cọc chưa?", "Have you got your deposit back yet?"),
    ("Bạn đã đặt cọc chưa nhỉ?", "Have you paid the deposit yet?"),
    ("Mẹ tôi sẽ lấy lại tiền cọc.", "My mother will get her deposit back."),
    ("Chúng tôi chưa lấy lại được tiền cọc.", "We haven't got our deposit back yet."),
    # not: bare "đặt cọc" or "lấy lại" (when?), "anh" saying it, a pet, "?" on a statement, "không" or "có … không?"
    # on losing or getting back (did, or will?), "không chịu" (won't, or refused?), "trả cọc" (paid, or returned?),
    # "của" and "cho" both, a sum not read, "là" left out, a bank deposit, a stake in the ground
    ("Tôi đặt cọc.", None), ("Tôi lấy lại tiền cọc.", None), ("Anh đặt cọc năm triệu.", None),
    ("Con chó đã đặt cọc.", None), ("Con mèo bị mất cọc.", None), ("Tôi đã đặt cọc năm triệu?", None),
    ("Tôi đặt cọc năm triệu không?", None), ("Tôi bị mất cọc?", None), ("Tôi không bị mất cọc.", None),
    ("Bạn có bị mất cọc không?", None), ("Bạn có lấy lại được tiền cọc không?", None),
    ("Chủ nhà không chịu trả lại tiền cọc.", None), ("Chủ nhà trả cọc cho tôi.", None),
    ("Chủ nhà trả lại tiền cọc.", None), ("Chủ nhà không trả lại tiền cọc?", None),
    ("Chủ nhà chưa trả lại tiền cọc của tôi cho mẹ tôi.", None), ("Tôi đặt cọc 5 người.", None),
    ("Tôi đặt cọc năm.", None), ("Tiền cọc hai tháng tiền nhà.", None), ("Tiền cọc là bao nhiêu.", None),
    ("Tôi gửi tiền vào ngân hàng.", None), ("Đóng cọc xuống đất.", None), ("Tôi vừa đặt cọc mua xe rồi.", None),
    ("Bạn có đặt cọc không?", None), ("I lost my deposit.", None),
    # not: a bare "đặt cọc" with a sum or what it is on (paid, about to, or "chúng ta": let's?), bare "bao nhiêu"
    # (paid, or to pay?), "mua xe" (a car, or a motorbike?), "không" and "có … không?" on giving back (didn't,
    # won't or doesn't?), "mất" without "bị" or a tense word (lost, or would lose?), "nhỉ" on a statement (isn't
    # it?)
    ("Tôi đặt cọc năm triệu.", None), ("Mẹ tôi đặt cọc mua nhà.", None), ("Chúng ta đặt cọc mua nhà.", None),
    ("Tôi đặt cọc hai tháng tiền nhà.", None), ("Bạn đặt cọc bao nhiêu?", None), ("Chị đặt cọc bao nhiêu ạ?", None),
    ("Tôi đặt cọc mua xe.", None), ("Họ đã đặt cọc mua xe rồi.", None), ("Chủ nhà không trả lại tiền cọc.", None),
    ("Chủ nhà không trả lại tiền cọc cho tôi.", None), ("Cửa hàng có trả lại tiền cọc cho bạn không?", None),
    ("Họ có hoàn lại tiền cọc không?", None), ("Tôi mất cọc.", None), ("Tôi đặt cọc rồi nhỉ.", None),
    ("Chủ nhà chưa trả lại tiền cọc cho tôi nhỉ.", None), ("Tôi bị mất cọc nhỉ.", None),
    ("Tôi lấy lại tiền cọc rồi nhỉ.", None), ("Tiền cọc là 5 triệu nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải trả tiền thuê nhà hai tháng như tiền gửi." (tiền gửi: savings), "Tôi đã trả tiền gửi 5 triệu
    # quảng cáo.", "Tôi đặt tiền gửi lên xe hơi.", "Bạn đã trả tiền gửi chưa?", "Bạn trả tiền bao nhiêu?"
    ("I have to pay two months' rent as a deposit.", "Tôi phải đặt cọc hai tháng tiền nhà."),
    ("I paid a deposit of five million dong.", "Tôi đã đặt cọc năm triệu đồng."),
    ("We paid a deposit of VND5 million.", "Chúng tôi đã đặt cọc 5 triệu đồng."),
    ("They paid a deposit of 2,000,000 dong.", "Họ đã đặt cọc 2.000.000 đồng."),
    ("I put down a deposit on a car.", "Tôi đã đặt cọc mua ô tô."),
    ("Lan put down a deposit on a motorbike.", "Lan đã đặt cọc mua xe máy."),
    ("I paid a deposit to buy a flat.", "Tôi đã đặt cọc mua căn hộ."),
    ("Have you paid the deposit yet?", "Bạn đã đặt cọc chưa?"),
    ("Has she paid the deposit?", "Cô ấy đã đặt cọc chưa?"),
    ("She has to pay a deposit.", "Cô ấy phải đặt cọc."),
    ("Does she have to pay a deposit?", "Cô ấy có phải đặt cọc không?"),
    ("Do you have to pay a deposit?", "Bạn có phải đặt cọc không?"),
    ("We've paid the deposit.", "Chúng tôi đã đặt cọc rồi."),
    ("My mother hasn't paid the deposit yet.", "Mẹ tôi chưa đặt cọc."),
    ("I had to pay a month's rent as a deposit.", "Tôi đã phải đặt cọc một tháng tiền nhà."),
    ("He'll have to pay a deposit.", "Anh ấy sẽ phải đặt cọc."),
    ("We've just paid a deposit of VND3 million.", "Chúng tôi vừa đặt cọc 3 triệu đồng."),
    ("Did you pay a deposit?", "Bạn có đặt cọc không?"),
    # v8: "Bạn trả tiền bao nhiêu?", "Tiền gửi là bao nhiêu?"
    ("How much deposit did you pay?", "Bạn đã đặt cọc bao nhiêu?"),
    ("How much did you pay as a deposit?", "Bạn đã đặt cọc bao nhiêu?"),
    ("How much deposit does she have to pay?", "Cô ấy phải đặt cọc bao nhiêu?"),
    ("How much is the deposit?", "Tiền cọc là bao nhiêu?"),
    ("The deposit is two months' rent.", "Tiền cọc là hai tháng tiền nhà."),
    ("The deposit is VND10 million.", "Tiền cọc là 10 triệu đồng."),
    # v8: "Vùng đất không cho phép tiền gửi trở lại.", "Trái đất vẫn chưa đưa tiền gửi của tôi trở lại."
    ("The landlord didn't give the deposit back.", "Chủ nhà không trả lại tiền cọc."),
    ("The landlord hasn't given my deposit back yet.", "Chủ nhà chưa trả lại tiền cọc cho tôi."),
    ("The landlord gave me my deposit back.", "Chủ nhà đã trả lại tiền cọc cho tôi."),
    ("The landlord won't give my deposit back.", "Chủ nhà không chịu trả lại tiền cọc cho tôi."),
    ("Has the landlord given your deposit back yet?", "Chủ nhà đã trả lại tiền cọc cho bạn chưa?"),
    ("Did the landlord give you your deposit back?", "Chủ nhà có trả lại tiền cọc cho bạn không?"),
    ("They returned my deposit.", "Họ đã trả lại tiền cọc cho tôi."),
    ("They haven't given my deposit back yet.", "Họ chưa trả lại tiền cọc cho tôi."),
    ("The hotel has refunded my deposit.", "Khách sạn đã hoàn lại tiền cọc cho tôi rồi."),
    # v8: "Tôi đã mất tiền gửi.", "Cô ấy đã mất tiền gửi."
    ("I lost my deposit.", "Tôi bị mất cọc."),
    ("She lost her deposit.", "Cô ấy bị mất cọc."),
    ("She's lost her deposit.", "Cô ấy bị mất cọc rồi."),
    ("My mother lost her deposit.", "Mẹ tôi bị mất cọc."),
    ("Did you lose your deposit?", "Bạn có bị mất cọc không?"),
    ("You'll lose your deposit.", "Bạn sẽ bị mất cọc."),
    # v8: "Tôi đã nhận tiền gửi của tôi trở lại.", "Bạn có nhận tiền gửi của mình không?"
    ("I've got my deposit back.", "Tôi lấy lại tiền cọc rồi."),
    ("I got my deposit back.", "Tôi đã lấy lại được tiền cọc."),
    ("He hasn't got his deposit back yet.", "Anh ấy chưa lấy lại được tiền cọc."),
    ("Have you got your deposit back yet?", "Bạn đã lấy lại được tiền cọc chưa?"),
    ("Did you get your deposit back?", "Bạn có lấy lại được tiền cọc không?"),
    ("He's just got his deposit back.", "Anh ấy vừa lấy lại được tiền cọc."),
    ("I didn't get my deposit back.", "Tôi không lấy lại được tiền cọc."),
    # not: a verb not agreeing with who ("I has", "She pay", "They has", "I's"), "a months'", "give" without
    # "back" or "return" with it, another's deposit lost, "yet" on a past, a pet, a bank deposit, "will" asked,
    # someone given back to by name (left), the other way's language
    ("I has paid a deposit.", None), ("She pay a deposit.", None), ("They has given my deposit back.", None),
    ("I's lost my deposit.", None), ("I had to pay a months' rent as a deposit.", None),
    ("The landlord gave the deposit.", None), ("The landlord returned my deposit back.", None),
    ("I lost your deposit.", None), ("She paid a deposit yet.", None),
    ("The landlord did not give the deposit back yet.", None), ("My dog lost his deposit.", None),
    ("I deposited money in the bank.", None), ("Will you pay a deposit?", None),
    ("The shop gave my mother her deposit back.", None), ("Tôi bị mất cọc.", None),
    # not: a deposit on a flat (to rent it, or to buy?)
    ("I paid a deposit on a flat.", None), ("She put down a deposit on an apartment.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
