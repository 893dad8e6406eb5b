"""Cash, change and cards: having change or cash, what a place takes, the ATM that ate a card, changing money and
getting cash, the exchange rate, both ways (mt/cash.py)."""
import pytest

from mt.cash import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Does he have a small change?", "Do you have small change for the page 500 thousand?"
    ("Anh ấy có tiền lẻ không?", "Does he have any change?"),
    ("Mẹ tôi có tiền mặt không?", "Does my mother have any cash?"),
    ("Tôi không có tiền lẻ.", "I don't have any change."),
    ("Chúng tôi không có tiền mặt.", "We don't have any cash."),
    ("Tôi không đủ tiền mặt.", "I don't have enough cash."),
    ("Tôi không có đủ tiền mặt.", "I don't have enough cash."),
    ("Bạn có đủ tiền mặt không?", "Do you have enough cash?"),
    ("Tôi chỉ có tiền mặt.", "I only have cash."),
    ("Tôi có tiền lẻ.", "I have some change."),
    ("Bạn có tiền lẻ cho tờ 500 nghìn không?", "Do you have change for a VND500 thousand note?"),
    ("Bạn có tiền lẻ để đổi tờ 500.000 đồng không?", "Do you have change for a VND500,000 note?"),
    ("Tôi chỉ có tờ 500 nghìn thôi.", "I only have a VND500 thousand note."),
    # v8: "Accept only cash.", "We only get cash.", "We don't get a card.", "Do you get the dollar?"
    ("Chỉ nhận tiền mặt.", "Cash only."),
    ("Chỉ nhận tiền mặt thôi.", "Cash only."),
    ("Chúng tôi chỉ nhận tiền mặt.", "We only take cash."),
    ("Ở đây chỉ nhận tiền mặt.", "They only take cash here."),
    ("Chúng tôi không nhận thẻ.", "We don't take cards."),
    ("Họ có nhận thẻ không?", "Do they take cards?"),
    ("Bạn có nhận đô la không?", "Do you take dollars?"),
    ("Ở đây có nhận đô la không?", "Do you take dollars here?"),
    # v8: "ATM swallows my card.", "I got ATM swallowed my card."
    ("Máy ATM nuốt thẻ của tôi.", "The ATM ate my card."),
    ("Cây ATM nuốt thẻ của tôi rồi.", "The ATM ate my card."),
    ("Máy ATM nuốt mất thẻ của mẹ tôi.", "The ATM ate my mother's card."),
    ("Cây ATM vừa nuốt thẻ của tôi.", "The ATM just ate my card."),
    ("Tôi bị cây ATM nuốt thẻ.", "The ATM ate my card."),
    ("Máy ATM này giữ thẻ của anh ấy.", "This ATM kept his card."),
    # v8: "I need to withdraw less cash.", "I have to withdraw the cash."
    ("Tôi cần rút ít tiền mặt.", "I need to get some cash."),
    ("Tôi phải đi rút tiền mặt.", "I have to go and get some cash."),
    ("Anh ấy muốn rút ít tiền mặt.", "He'd like to get some cash."),
    # v8: "I want to change my money.", "I want to change the dollar to Vietnamese money.", "Can I change here?",
    # "Are there a change of money here?"
    ("Tôi muốn đổi tiền.", "I'd like to change some money."),
    ("Tôi cần đổi tiền.", "I need to change some money."),
    ("Chúng tôi phải đổi tiền.", "We have to change some money."),
    ("Tôi muốn đổi đô la sang tiền Việt.", "I'd like to change some dollars into dong."),
    ("Tôi muốn đổi 100 đô sang tiền Việt.", "I'd like to change 100 dollars into dong."),
    ("Mẹ tôi cần đổi euro.", "My mother needs to change some euros."),
    ("Tôi có thể đổi tiền ở đây không?", "Can I change some money here?"),
    ("Tôi đổi tiền ở đây được không?", "Can I change some money here?"),
    ("Tôi có thể đổi đô la được không?", "Can I change some dollars?"),
    ("Ở đây có đổi tiền không?", "Can I change some money here?"),
    ("Bạn có muốn đổi tiền không?", "Would you like to change some money?"),
    ("Bạn có cần đổi tiền không?", "Do you need to change some money?"),
    # v8: "How much is the price?", "How much is the dollar today?", "How much does the Vietnamese money?"
    ("Tỷ giá là bao nhiêu?", "What's the exchange rate?"),
    ("Tỷ giá đô la hôm nay là bao nhiêu?", "What's the exchange rate for the dollar today?"),
    ("Tỷ giá euro là bao nhiêu vậy?", "What's the exchange rate for the euro?"),
    ("Một đô la bằng bao nhiêu tiền Việt?", "How much is one dollar in dong?"),
    ("Một đô đổi được bao nhiêu tiền Việt?", "How much is one dollar in dong?"),
    # v8: "I pay for QR code.", "I answered by QR code.", "My mother answered by QR code.", "Lands with QR code.",
    # "He paid for the QR code."
    ("Tôi trả tiền bằng mã QR.", "I'll pay by QR code."),
    ("Tôi trả bằng mã QR.", "I'll pay by QR code."),
    ("Tôi đã trả tiền bằng mã QR.", "I paid by QR code."),
    ("Mẹ tôi đã trả bằng mã QR.", "My mother paid by QR code."),
    ("Lan đã thanh toán bằng mã QR.", "Lan paid by QR code."),
    ("Tôi đã thanh toán bằng mã QR rồi.", "I've already paid by QR code."),
    ("Anh ấy sẽ trả bằng mã QR.", "He'll pay by QR code."),
    ("Chúng tôi sẽ thanh toán bằng mã QR.", "We'll pay by QR code."),
    ("Tôi chưa trả bằng mã QR.", "I haven't paid by QR code yet."),
    ("Bạn đã thanh toán bằng mã QR chưa?", "Have you paid by QR code yet?"),
    ("Bạn muốn trả bằng tiền mặt hay mã QR?", "Would you like to pay in cash or by QR code?"),
    ("Tiền mặt hay mã QR?", "Cash or QR code?"),
    # v8: "Is the scanned here?", "Is the QR code here answered?"
    ("Ở đây có quét mã được không?", "Can I pay by QR code here?"),
    ("Ở đây quét mã QR được không?", "Can I pay by QR code here?"),
    ("Ở đây trả bằng mã QR được không?", "Can I pay by QR code here?"),
    ("Ở đây có thanh toán bằng mã QR không?", "Can I pay by QR code here?"),
    ("Mẹ tôi có thể thanh toán bằng mã QR ở đây không?", "Can my mother pay by QR code here?"),
    ("Chúng tôi trả bằng mã QR ở đây được không?", "Can we pay by QR code here?"),
    # v8: "I scand my code to pay.", "I sweeped the code."
    ("Tôi quét mã để trả tiền.", "I'll scan the code to pay."),
    ("Tôi đã quét mã rồi.", "I've already scanned the code."),
    ("Tôi quét mã rồi.", "I've scanned the code."),
    ("Mẹ tôi đã quét mã QR để thanh toán.", "My mother scanned the QR code to pay."),
    ("Anh ấy vừa quét mã.", "He's just scanned the code."),
    ("Tôi chưa quét mã.", "I haven't scanned the code yet."),
    ("Chúng tôi sẽ quét mã.", "We'll scan the code."),
    ("Bạn quét mã chưa?", "Have you scanned the code yet?"),
    ("Bạn đã quét mã QR chưa?", "Have you scanned the QR code yet?"),
    ("Tôi có thể quét mã để trả tiền không?", "Can I scan the code to pay?"),
    # v8: "This store does not receive the transfer.", "This store receives transfer of the account.", "This store
    # only receives the cash.", "Is the QR code here?", "We received payments through QR code."
    ("Cửa hàng này không nhận chuyển khoản.", "This shop doesn't take bank transfers."),
    ("Cửa hàng này nhận chuyển khoản.", "This shop takes bank transfers."),
    ("Cửa hàng này có nhận chuyển khoản không?", "Does this shop take bank transfers?"),
    ("Cửa hàng này chỉ nhận tiền mặt.", "This shop only takes cash."),
    ("Quán này không nhận thẻ.", "This place doesn't take cards."),
    ("Ở đây có nhận mã QR không?", "Do you take QR codes here?"),
    ("Chúng tôi nhận thanh toán qua mã QR.", "We take QR codes."),
    # not: paying bare by others (pays, will or paid?), "có … không?" (paying, paid or will), "nhé" (let me), a "?"
    # on a statement, scanning asked with "có" or without "được" here (maybe a ticket), a pet as who, scanning bare
    # by others, "rồi" with "chưa", "nhận mã QR" by "chúng tôi" or "bạn" (also got a code), a shop here, a shop
    # asked without "có", money sent ("chuyển khoản": mt/transfers.py's)
    ("Tôi có tiền lẻ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mẹ tôi trả bằng mã QR.", None), ("Bạn có trả bằng mã QR không?", None), ("Tôi trả tiền bằng mã QR nhé.", None),
    ("Tôi trả bằng mã QR?", None), ("Ở đây có quét mã không?", None), ("Ở đây trả bằng mã QR không?", None),
    ("Con mèo của tôi có thể trả bằng mã QR ở đây không?", None), ("Con chó của tôi quét mã.", None),
    ("Mẹ tôi quét mã.", None), ("Tôi quét mã nhé.", None), ("Tôi quét mã không?", None),
    ("Tôi chưa quét mã rồi.", None), ("Chúng tôi không nhận mã QR.", None), ("Bạn có nhận mã QR không?", None),
    ("Cửa hàng này ở đây nhận thẻ.", None), ("Cửa hàng này nhận chuyển khoản không?", None),
    ("Chúng tôi đã chuyển khoản bằng mã QR.", None),
    # not: "anh" alone saying it (the speaker or "you"), asked of oneself, a note mt.amounts does not read as đồng,
    # "tôi" or he taking a card (also receiving one), whose card not said, a sum of đồng changed, money into itself,
    # a thing exchanged (mt/returns.py's), changing money done or said bare, "can" said, the rate in đồng
    ("Anh không có tiền lẻ.", None), ("Tôi có tiền mặt không?", None),
    ("Bạn có tiền lẻ để đổi tờ 500.000 không?", None), ("Tôi không nhận thẻ.", None),
    ("Anh ấy không nhận thẻ.", None), ("Máy ATM nuốt thẻ.", None), ("Tôi muốn đổi 500.000 đồng.", None),
    ("Tôi muốn đổi đô la sang đô.", None), ("Tôi muốn đổi cái áo này.", None), ("Tôi đổi tiền.", None),
    ("Tôi có thể đổi tiền.", None), ("Anh muốn đổi tiền.", None), ("Tỷ giá tiền Việt là bao nhiêu?", None),
    ("Tôi có tiền lẻ không.", None), ("Tôi phải đổi tiền được không?", None), ("Tôi có muốn đổi tiền không?", None),
    # "thôi" at the end as "only" (once dropped: "This shop takes cash."), not asked with it
    ("Cửa hàng này nhận tiền mặt thôi.", "This shop only takes cash."),
    ("Cửa hàng này nhận thanh toán bằng mã QR thôi.", "This shop only takes QR codes."),
    ("Chúng tôi nhận tiền mặt thôi.", "We only take cash."), ("Ở đây nhận tiền mặt thôi.", "They only take cash here."),
    ("Tôi có tiền mặt thôi.", "I only have cash."), ("Ở đây có nhận thẻ thôi không?", None),
    ("Tôi có tiền lẻ thôi.", None),
    # not: paying by QR code denied with no day (didn't, don't or won't), which way asked of oneself ("Shall I …?",
    # not "Am I paying …?"), a word of kinship alone asking whether one can (the speaker or "you")
    ("Hôm qua tôi không trả bằng mã QR.", "I didn't pay by QR code yesterday."),
    ("Tôi không trả bằng mã QR.", None), ("Tôi trả bằng mã QR hay tiền mặt?", None),
    ("Chúng tôi trả bằng tiền mặt hay mã QR?", None), ("Em trả bằng mã QR được không?", None),
    ("Em quét mã được không?", None), ("Anh quét mã QR được không?", None),
    ("Anh có thể trả bằng mã QR ở đây không?", None), ("Chị trả bằng mã QR ở đây được không?", None),
    # ... but a word of kinship alone asking "chưa?" is "you"
    ("Anh trả bằng mã QR chưa?", "Have you paid by QR code yet?"),
    ("Anh quét mã chưa?", "Have you scanned the code yet?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thay đổi nào không?" (alter), "Bạn có thay đổi 500.000 ghi chú không?", "Bé có thay đổi nào
    # không?", "Tôi không có thay đổi nào.", "Tôi không có đủ tiền." (the cash lost)
    ("Do you have any change?", "Bạn có tiền lẻ không?"),
    ("Do you have change?", "Bạn có tiền lẻ không?"),
    ("Does she have any change?", "Cô ấy có tiền lẻ không?"),
    ("Do you have change for a 500,000 note?", "Bạn có tiền lẻ để đổi tờ 500.000 đồng không?"),
    ("Do you have change for a VND500,000 note?", "Bạn có tiền lẻ để đổi tờ 500.000 đồng không?"),
    ("Do you have change for a 500,000-dong note?", "Bạn có tiền lẻ để đổi tờ 500.000 đồng không?"),
    ("I don't have any change.", "Tôi không có tiền lẻ."),
    ("I don't have enough cash.", "Tôi không có đủ tiền mặt."),
    ("Do you have enough cash?", "Bạn có đủ tiền mặt không?"),
    ("I only have cash.", "Tôi chỉ có tiền mặt."),
    ("I only have a 500,000 note.", "Tôi chỉ có tờ 500.000 đồng."),
    ("She only has a 200,000 bill.", "Cô ấy chỉ có tờ 200.000 đồng."),
    # v8: "Chỉ làm tiền thôi.", "Chúng ta chỉ lấy tiền.", "Chúng tôi không thẻ.", "Bạn có thẻ không?", "Bạn có phải
    # mất đồng đô la không?"
    ("Cash only.", "Chỉ nhận tiền mặt."),
    ("We only take cash.", "Chúng tôi chỉ nhận tiền mặt."),
    ("They only accept cash.", "Họ chỉ nhận tiền mặt."),
    ("We don't take cards.", "Chúng tôi không nhận thẻ."),
    ("Do you take cards?", "Bạn có nhận thẻ không?"),
    ("Do you take dollars?", "Bạn có nhận đô la không?"),
    ("Do you take cards here?", "Ở đây có nhận thẻ không?"),
    ("They only take cash here.", "Ở đây chỉ nhận tiền mặt."),
    # v8: "ATM ăn thẻ của tôi.", "ATM đã ăn thẻ của tôi.", "Máy tiền mặt của mẹ tôi ăn thẻ của mẹ."
    ("The ATM ate my card.", "Máy ATM nuốt thẻ của tôi."),
    ("The ATM swallowed my card.", "Máy ATM nuốt thẻ của tôi."),
    ("The ATM has eaten my card.", "Máy ATM nuốt mất thẻ của tôi rồi."),
    ("The ATM just ate my card.", "Máy ATM vừa nuốt thẻ của tôi."),
    ("The cash machine ate my mother's card.", "Máy ATM nuốt thẻ của mẹ tôi."),
    ("This ATM kept her card.", "Máy ATM này giữ thẻ của cô ấy."),
    # v8: "Tôi cần có một số tiền.", "Tôi phải có một số tiền."
    ("I need to get some cash.", "Tôi cần rút ít tiền mặt."),
    ("She needs to get some cash.", "Cô ấy cần rút ít tiền mặt."),
    ("I have to go and get some cash.", "Tôi phải đi rút ít tiền mặt."),
    # v8: "Tôi cần thay đổi một số tiền." (alter), "… đồng đô la vào quảng cáo." (an advert), "Có thể thay đổi
    # tiền ở đây không?"
    ("I need to change some money.", "Tôi cần đổi tiền."),
    ("I'd like to change dollars into dong.", "Tôi muốn đổi đô la sang tiền Việt."),
    ("I'd like to change 100 dollars.", "Tôi muốn đổi 100 đô la."),
    ("He wants to change 100 dollars into dong.", "Anh ấy muốn đổi 100 đô la sang tiền Việt."),
    ("Can I change money here?", "Tôi có thể đổi tiền ở đây không?"),
    ("Would you like to change some money?", "Bạn có muốn đổi tiền không?"),
    ("Does she need to change some money?", "Cô ấy có cần đổi tiền không?"),
    # v8: "Đồng đô la tỷ giá hối đoái là gì?", "Tỷ lệ đồng đô la hôm nay là gì?", "Một đô la trong quảng cáo không?"
    ("What's the exchange rate for the dollar?", "Tỷ giá đô la là bao nhiêu?"),
    ("What's the dollar rate today?", "Tỷ giá đô la hôm nay là bao nhiêu?"),
    ("What is the exchange rate for euros today?", "Tỷ giá euro hôm nay là bao nhiêu?"),
    ("How much is one dollar in dong?", "Một đô la bằng bao nhiêu tiền Việt?"),
    ("How much is a euro in Vietnamese dong?", "Một euro bằng bao nhiêu tiền Việt?"),
    # v8: "Có thể tôi trả tiền bằng mã QR ở đây không?" (maybe I pay), "Tôi đã trả bằng một mã QR.", "Lan được trả
    # bởi mã QR." (was paid), "Chúng ta có thể trả tiền bằng mã QR ở đây không?"
    ("Can I pay by QR code here?", "Ở đây trả bằng mã QR được không?"),
    ("Can we pay by QR code here?", "Chúng tôi trả bằng mã QR ở đây được không?"),
    ("Can my mother pay with a QR code here?", "Mẹ tôi trả bằng mã QR ở đây được không?"),
    ("Can I pay by QR code?", "Tôi có thể trả bằng mã QR không?"),
    ("I paid with a QR code.", "Tôi đã trả bằng mã QR."),
    ("My mother paid by QR code.", "Mẹ tôi đã trả bằng mã QR."),
    ("Lan paid by QR code.", "Lan đã trả bằng mã QR."),
    ("I'll pay by QR code.", "Tôi sẽ trả bằng mã QR."),
    ("She has paid by QR code.", "Cô ấy đã trả bằng mã QR rồi."),
    ("Have you paid by QR code yet?", "Bạn đã trả bằng mã QR chưa?"),
    ("Would you like to pay in cash or by QR code?", "Bạn muốn trả bằng tiền mặt hay mã QR?"),
    # v8: "Cửa hàng này không đưa ra chuyển giao ngân hàng.", "Cửa hàng này phải chuyển tiền ngân hàng.", "Cửa hàng
    # này có chuyển giao ngân hàng không?", "Cửa hàng này chỉ mất tiền.", "Bạn có thực hiện mã QR không?"
    ("This shop doesn't take bank transfers.", "Cửa hàng này không nhận chuyển khoản."),
    ("This shop takes bank transfers.", "Cửa hàng này nhận chuyển khoản."),
    ("Does this shop take bank transfers?", "Cửa hàng này có nhận chuyển khoản không?"),
    ("This shop only takes cash.", "Cửa hàng này chỉ nhận tiền mặt."),
    ("This store doesn't take cards.", "Cửa hàng này không nhận thẻ."),
    ("This place only takes cash.", "Ở đây chỉ nhận tiền mặt."),
    ("Do you take QR codes?", "Bạn có nhận thanh toán bằng mã QR không?"),
    ("Do you take QR codes here?", "Ở đây có nhận thanh toán bằng mã QR không?"),
    ("We only take QR codes.", "Chúng tôi chỉ nhận thanh toán bằng mã QR."),
    ("This restaurant doesn't accept QR code payments.", "Nhà hàng này không nhận thanh toán bằng mã QR."),
    # not: "I pay" (transfers.py reads no habit), money sent by "QR code" (the verb "chuyển khoản"), "transfer"
    # said too, "QR" alone, a "." on a question, "take" or "don't" not agreeing with a shop, "does … only" asked,
    # a shop with "here"
    ("I pay by QR code.", None), ("I sent you the money by QR code.", None),
    ("I paid by QR code by bank transfer.", None), ("Can I pay by QR here?", None),
    ("Can I pay by QR code here.", None), ("This shop don't take cards.", None), ("This shop take cards.", None),
    ("Does this shop only take cash?", None), ("This shop takes cards here.", None),
    ("Do this shop take cards?", None),
    # not: "has", "does", "want" or "need" not agreeing, asked of oneself, he or "I" taking cards (or receiving one),
    # "ate" and "eaten" mixed, "dollar" and "dollars" mixed, "have to" asked, rooms changed, a rate of what not said
    ("Does she has any change?", None), ("She don't have any change.", None), ("Do I have any cash?", None),
    ("He doesn't take cards.", None), ("Does he take cards?", None), ("I take cards.", None),
    ("The ATM has ate my card.", None), ("The ATM eaten my card.", None), ("She need to get some cash.", None),
    ("He want to change 100 dollars.", None), ("I'd like to change 1 dollars.", None),
    ("I'd like to change 100 dollar.", None), ("Do you have to change money?", None),
    ("I'd like to change rooms.", None), ("What's the rate?", None), ("How much is one dollars in dong?", None),
    ("What's the dollars rate?", None),
    # not: "Did … pay by QR code?" (asks how one paid; "… chưa?" asks whether yet), a pet asking to pay here (as the
    # Vietnamese is left)
    ("Did you pay by QR code?", None), ("Did he pay with a QR code?", None), ("Can my cat pay by QR code here?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Máy ATM nuốt thẻ của tôi.", "en", "vi") is None
    assert translate("The ATM ate my card.", "vi", "en") is None
    assert translate("The ATM ate my card.", "en", "fr") is None
