"""Paying by phone: e-wallets used, had and paid with, topped up and empty, places taking them, and payments with
one that did not go through, both ways (mt/e_wallets.py)."""
import pytest

from mt.e_wallets import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you use electronic wallets?", "I used MoMo.", "My mother didn't use an e-mail."
    ("Bạn có dùng ví điện tử không?", "Do you use an e-wallet?"),
    ("Tôi dùng MoMo.", "I use MoMo."),
    ("Mẹ tôi không dùng ví điện tử.", "My mother doesn't use an e-wallet."),
    ("Anh ấy có sử dụng ZaloPay không?", "Does he use ZaloPay?"),
    ("Mẹ tôi thường dùng ZaloPay.", "My mother usually uses ZaloPay."),
    ("Bạn vẫn dùng ZaloPay không?", "Do you still use ZaloPay?"),
    ("Bạn đã từng dùng MoMo chưa?", "Have you ever used MoMo?"),
    ("Tôi chưa bao giờ dùng ví điện tử.", "I've never used an e-wallet."),
    # v8: "Do you have MoMo wallet?", "Lan doesn't have an electronic wall."
    ("Bạn có ví MoMo không?", "Do you have a MoMo wallet?"),
    ("Lan không có ví điện tử.", "Lan doesn't have an e-wallet."),
    ("Chúng tôi có ví điện tử.", "We have an e-wallet."),
    ("Tôi chưa có ví điện tử.", "I don't have an e-wallet yet."),
    # v8: "Can I pay by MoMo?", "Can't you pay by MoMo here?", "I've paid MoMo.", "I've paid by the e-mail."
    ("Tôi trả bằng MoMo được không?", "Can I pay with MoMo?"),
    ("Tôi có thể thanh toán bằng ZaloPay không?", "Can I pay with ZaloPay?"),
    ("Ở đây trả bằng MoMo được không?", "Can I pay with MoMo here?"),
    ("Mẹ tôi trả bằng ví điện tử ở đây được không?", "Can my mother pay with an e-wallet here?"),
    ("Bạn thanh toán qua VNPay được không?", "Can you pay with VNPay?"),
    ("Tôi đã trả bằng MoMo rồi.", "I've already paid with MoMo."),
    ("Tôi đã thanh toán bằng ví điện tử.", "I paid with an e-wallet."),
    ("Mẹ tôi vừa thanh toán bằng MoMo.", "My mother has just paid with MoMo."),
    ("Tôi sẽ thanh toán qua VNPay.", "I'll pay with VNPay."),
    ("Tôi trả bằng ví điện tử.", "I'll pay with an e-wallet."),
    ("Chúng tôi thường thanh toán bằng ví điện tử.", "We usually pay with an e-wallet."),
    # v8: "I need to load money in the wallet MoMo.", "Do you have loaded money in the wallet?"
    ("Tôi cần nạp tiền vào ví MoMo.", "I need to top up my MoMo wallet."),
    ("Bạn đã nạp tiền vào ví chưa?", "Have you topped up your e-wallet yet?"),
    ("Tôi vừa nạp tiền vào ví điện tử.", "I've just topped up my e-wallet."),
    ("Mẹ tôi phải nạp thêm tiền vào ví MoMo.", "My mother has to top up her MoMo wallet."),
    ("Anh ấy chưa nạp tiền vào ví.", "He hasn't topped up his e-wallet yet."),
    ("Tôi đã nạp tiền vào ví ZaloPay rồi.", "I've already topped up my ZaloPay wallet."),
    ("Chúng tôi sẽ nạp tiền vào ví.", "We'll top up our e-wallet."),
    ("Để tôi nạp tiền vào ví.", "Let me top up my e-wallet."),
    # v8: "My wallet All money, let me load more.", "My wallet MoMoMo's most money."
    ("Ví của tôi hết tiền rồi, để tôi nạp thêm.", "My e-wallet is empty, let me top it up."),
    ("Ví MoMo của tôi hết tiền rồi.", "My MoMo wallet is empty."),
    ("Ví điện tử của mẹ tôi sắp hết tiền.", "My mother's e-wallet is almost empty."),
    ("Ví ZaloPay của bạn hết tiền rồi.", "Your ZaloPay wallet is empty."),
    # v8: "This process does not receive an e-mail.", "Did this store receives MoMo?", "We received MoMo and ZaloPay."
    ("Quán này không nhận ví điện tử.", "This place doesn't take e-wallets."),
    ("Cửa hàng này có nhận MoMo không?", "Does this shop take MoMo?"),
    ("Chúng tôi nhận MoMo và ZaloPay.", "We take MoMo and ZaloPay."),
    ("Ở đây có nhận ví điện tử không?", "Do you take e-wallets here?"),
    ("Quán này chỉ nhận MoMo thôi.", "This place only takes MoMo."),
    ("Họ không nhận MoMo.", "They don't take MoMo."),
    # v8: "MoMo's payment failed."
    ("Thanh toán bằng MoMo không thành công.", "The MoMo payment didn't go through."),
    ("Tôi thanh toán qua ví điện tử bị lỗi.", "My e-wallet payment failed."),
    ("Thanh toán qua ví điện tử chưa thành công.", "The e-wallet payment hasn't gone through yet."),
    ("Thanh toán qua MoMo có thành công không?", "Did the MoMo payment go through?"),
    # not: QR codes and scanning (mt/cash.py's), a plain "ví" empty (a wallet of notes?), a wallet lost (mt/theft.py,
    # mt/finding.py), phone credit (mt/phone_credit.py), "ví dụ", paying denied or said bare by others (did, does or
    # will?), "anh", "em" alone (the speaker or "you"), "I" asked, a pet, "có" or "không?" alone, a "?" on a statement
    ("Ở đây có quét mã QR được không?", None), ("Tôi trả bằng mã QR.", None), ("Ví của tôi hết tiền rồi.", None),
    ("Tôi mất ví rồi.", None), ("Tôi nạp tiền điện thoại.", None), ("Ví dụ như MoMo.", None),
    ("Tôi không trả bằng MoMo.", None), ("Mẹ tôi trả bằng MoMo.", None), ("Em trả bằng MoMo được không?", None),
    ("Anh dùng MoMo.", None), ("Tôi có dùng MoMo không?", None), ("Con chó của tôi dùng MoMo.", None),
    ("Bạn có dùng ví điện tử?", None), ("Tôi dùng MoMo?", None), ("Bạn có ví không?", None),
    ("Tôi nạp tiền vào ví.", None), ("Lan cần nạp tiền vào ví.", None), ("Tôi thích ví điện tử.", None),
    ("Chúng tôi có nhận MoMo không?", None), ("Thanh toán thành công.", None), ("Tôi có ví điện tử nhỉ.", None),
    ("Thanh toán qua MoMo thành công.", None), ("Ví của Lan hết tiền rồi.", None),
    # (review) "vẫn" said; a list denied is "or" in English; "em" with "ạ" is the speaker; a pet's wallet
    ("Anh ấy vẫn dùng MoMo.", "He still uses MoMo."),
    ("Quán này không nhận MoMo và ZaloPay.", "This place doesn't take MoMo or ZaloPay."),
    ("Cửa hàng này không nhận MoMo, ZaloPay và VNPay.", "This shop doesn't take MoMo, ZaloPay or VNPay."),
    ("Ở đây không nhận MoMo và ZaloPay.", "They don't take MoMo or ZaloPay here."),
    ("Em đã nạp tiền vào ví chưa ạ?", None), ("Em có ví điện tử không ạ?", None), ("Em có dùng MoMo không ạ?", None),
    ("Ví MoMo của con chó tôi hết tiền rồi.", None), ("Ví của con mèo tôi hết tiền rồi, để tôi nạp thêm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có sử dụng một tiểu cầu không?", "Mẹ tôi không sử dụng một vận động viên nào đó."
    ("Do you use an e-wallet?", "Bạn có dùng ví điện tử không?"),
    ("Do you use e-wallets?", "Bạn có dùng ví điện tử không?"),
    ("I use MoMo.", "Tôi dùng MoMo."),
    ("My mother doesn't use an e-wallet.", "Mẹ tôi không dùng ví điện tử."),
    ("Does she use MoMo?", "Cô ấy có dùng MoMo không?"),
    ("My father still uses ZaloPay.", "Bố tôi vẫn dùng ZaloPay."),
    ("Do you still use MoMo?", "Bạn còn dùng MoMo không?"),
    ("Has your mother ever used an e-wallet?", "Mẹ bạn đã từng dùng ví điện tử chưa?"),
    ("I have never used an e-wallet.", "Tôi chưa bao giờ dùng ví điện tử."),
    # v8: "Cô ấy không có tiểu cầu."
    ("She doesn't have an e-wallet.", "Cô ấy không có ví điện tử."),
    ("Do you have a MoMo wallet?", "Bạn có ví MoMo không?"),
    # v8: "Tôi có thể trả tiền với mẹ được không?", "Tôi trả tiền với mẹ.", "Tôi đã thanh toán với ZaloPay."
    ("Can I pay with MoMo?", "Tôi trả bằng MoMo được không?"),
    ("Can I pay by e-wallet?", "Tôi trả bằng ví điện tử được không?"),
    ("Can I pay with ZaloPay here?", "Ở đây trả bằng ZaloPay được không?"),
    ("Can my mother pay with an e-wallet here?", "Mẹ tôi trả bằng ví điện tử ở đây được không?"),
    ("Can you pay with ZaloPay?", "Bạn trả bằng ZaloPay được không?"),
    ("I paid with MoMo.", "Tôi đã trả bằng MoMo."),
    ("I've already paid with ZaloPay.", "Tôi đã trả bằng ZaloPay rồi."),
    ("She has just paid with MoMo.", "Cô ấy vừa trả bằng MoMo."),
    ("I'll pay with an e-wallet.", "Tôi sẽ trả bằng ví điện tử."),
    ("We usually pay with an e-wallet.", "Chúng tôi thường trả bằng ví điện tử."),
    # v8: "Tôi cần đứng đầu chiếc tường MoMo.", "Bạn có phải đứng lên tiểu cầu của mình chưa?"
    ("I need to top up my MoMo wallet.", "Tôi cần nạp tiền vào ví MoMo."),
    ("Have you topped up your e-wallet yet?", "Bạn đã nạp tiền vào ví điện tử chưa?"),
    ("I've just topped up my e-wallet.", "Tôi vừa nạp tiền vào ví điện tử."),
    ("She needs to top up her MoMo wallet.", "Cô ấy cần nạp tiền vào ví MoMo."),
    ("My mother has to top up her e-wallet.", "Mẹ tôi phải nạp tiền vào ví điện tử."),
    ("I haven't topped up my MoMo wallet yet.", "Tôi chưa nạp tiền vào ví MoMo."),
    ("Let me top up my MoMo wallet.", "Để tôi nạp tiền vào ví MoMo."),
    # v8: "Tiểu cầu của tôi trống rỗng, hãy để tôi đứng lên.", "Ánh tường Mẹ tôi trống rỗng."
    ("My e-wallet is empty, let me top it up.", "Ví của tôi hết tiền rồi, để tôi nạp thêm."),
    ("My MoMo wallet is empty.", "Ví MoMo của tôi hết tiền rồi."),
    ("My e-wallet is almost empty.", "Ví điện tử của tôi sắp hết tiền."),
    # v8: "Địa điểm này không lấy được các tiểu cầu.", "Bạn có phải mẹ đi không?", "Chúng tôi chỉ lấy mẹ."
    ("This place doesn't take e-wallets.", "Quán này không nhận ví điện tử."),
    ("Do you take MoMo?", "Ở đây có nhận MoMo không?"),
    ("Does this shop take ZaloPay?", "Cửa hàng này có nhận ZaloPay không?"),
    ("We only accept MoMo and ZaloPay.", "Chúng tôi chỉ nhận MoMo và ZaloPay."),
    ("They don't take e-wallets here.", "Ở đây không nhận ví điện tử."),
    ("This shop takes MoMo, ZaloPay and VNPay.", "Cửa hàng này nhận MoMo, ZaloPay và VNPay."),
    # (v8 with the rules writes these of a plain payment, mt/card_trouble.py's; not of one by MoMo)
    ("The MoMo payment failed.", "Thanh toán qua MoMo không thành công."),
    ("My MoMo payment didn't go through.", "Tôi thanh toán qua MoMo không thành công."),
    ("Did the MoMo payment go through?", "Thanh toán qua MoMo có thành công không?"),
    ("Has the e-wallet payment gone through yet?", "Thanh toán qua ví điện tử đã thành công chưa?"),
    # not: the verb not agreeing, "a e-wallet", another's wallet topped up, "I" asked, a pet, "we" asked, "I pay
    # with …" (a habit, or now?), "She's never …" (is or has?), QR codes (mt/cash.py's), a plain payment
    # (mt/card_trouble.py's), a wallet lost, the money arriving, the other language, nonsense
    ("Do she use MoMo?", None), ("He use MoMo.", None), ("I use a e-wallet.", None), ("This shop take MoMo.", None),
    ("She have just paid with MoMo.", None), ("He need to top up his e-wallet.", None),
    ("I need to top up your e-wallet.", None), ("She has to top up his e-wallet.", None), ("Do I use MoMo?", None),
    ("My dog uses MoMo.", None), ("Do we take MoMo?", None), ("I pay with MoMo.", None),
    ("She's never used MoMo.", None), ("Can I pay by QR code here?", None), ("The payment didn't go through.", None),
    ("I lost my wallet.", None), ("The money hasn't arrived in my e-wallet yet.", None), ("We take e-wallet.", None),
    ("Is my e-wallet empty?", None), ("MoMo is a popular e-wallet in Vietnam.", None), ("Tôi dùng MoMo.", None),
    ("Momo momo e-wallet.", None),
    # (review) "will", "can" after he or she; "have" with "momo" or "Momo" alone (a dumpling, a name?)
    ("He will pay with MoMo.", "Anh ấy sẽ trả bằng MoMo."), ("She can pay with MoMo.", "Cô ấy có thể trả bằng MoMo."),
    ("She'll pay with ZaloPay.", "Cô ấy sẽ trả bằng ZaloPay."),
    ("Do you have momo?", None), ("We have momo.", None), ("I have Momo.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
