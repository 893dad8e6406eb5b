"""Asking for and settling the bill: the bill, a receipt, a VAT invoice, separate bills or one, paying for everyone,
and a mistake on the bill, both ways (mt/the_bill.py)."""
import pytest

from mt.the_bill import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Excuse me, calculates your money.", "Calculates your money.", "Let me calculate money.", "Let us calculate
    # money.", "Calculates the money to help you with.", "Excuse me, calculates your money for you.", "Can I calculate
    # money?", "She was, for me to calculate money."
    ("Chị ơi, tính tiền cho em.", "Excuse me, could I have the bill, please?"),
    ("Tính tiền cho em.", "Could I have the bill, please?"),
    ("Cho em tính tiền.", "Could I have the bill, please?"),
    ("Cho chúng tôi tính tiền.", "Could we have the bill, please?"),
    ("Tính tiền giúp em với.", "Could I have the bill, please?"),
    ("Em ơi, tính tiền cho anh nhé.", "Excuse me, could I have the bill, please?"),
    ("Tính tiền cho bọn em với ạ.", "Could we have the bill, please?"),
    ("Cho tôi tính tiền được không?", "Could I have the bill, please?"),
    ("Cô ơi, cho cháu tính tiền ạ.", "Excuse me, could I have the bill, please?"),
    ("Anh ơi, tính tiền!", "Excuse me, the bill, please!"),
    ("Tính tiền đi.", "The bill, please."),
    # v8: "Let me be Billed.", "Let me have the future."
    ("Cho em xin hóa đơn nhé.", "Could I have the bill, please?"),
    ("Cho em xin biên lai.", "Could I have a receipt, please?"),
    # v8: "Excuse me, export red bills for your company.", "Export the VAT bill for our company.", "Excuse me,
    # exports help you transform red bills.", "Let me get VAT bills.", "Is there a red bill here?", "Do you export the
    # VAT bill?"
    ("Anh ơi, xuất hóa đơn đỏ cho công ty em.", "Excuse me, could you issue a VAT invoice for my company?"),
    ("Xuất hóa đơn VAT cho công ty chúng tôi nhé.", "Could you issue a VAT invoice for our company?"),
    ("Chị ơi, xuất giúp em hóa đơn đỏ.", "Excuse me, could you issue a VAT invoice for me?"),
    ("Cho tôi xin hóa đơn VAT.", "Could I have a VAT invoice, please?"),
    ("Ở đây có xuất hóa đơn đỏ không?", "Do you issue VAT invoices here?"),
    ("Bên chị có xuất hóa đơn VAT không?", "Do you issue VAT invoices?"),
    # (a place named: not "you")
    ("Quán này có xuất hóa đơn VAT không?", "Does this place issue VAT invoices?"),
    ("Nhà hàng này có xuất hóa đơn đỏ không?", "Does this restaurant issue VAT invoices?"),
    # v8: "I need to get red bills.", "Do you need red bills?", "My mother didn't need to bill red.", "We need to
    # bill VAT."
    ("Tôi cần lấy hóa đơn đỏ.", "I need a VAT invoice."),
    ("Anh có cần hóa đơn đỏ không?", "Do you need a VAT invoice?"),
    ("Mẹ tôi không cần hóa đơn đỏ.", "My mother doesn't need a VAT invoice."),
    ("Lan cần hóa đơn đỏ.", "Lan needs a VAT invoice."),
    ("Chúng tôi cần hóa đơn VAT.", "We need a VAT invoice."),
    # v8: "Calculates your personality for us.", "Let me calculate private.", "Excuse me, let us calculate common.",
    # "Generally.", "Is the general calculation or personality?", "Do you want to calculate a general or personality?"
    ("Tính riêng cho bọn em nhé.", "Could we have separate bills, please?"),
    ("Cho em tính riêng.", "Could I pay separately, please?"),
    ("Chị ơi, cho chúng tôi tính chung.", "Excuse me, could we have one bill, please?"),
    ("Tính chung nhé.", "One bill, please."),
    ("Tính riêng nhé.", "Separate bills, please."),
    ("Tính chung hay tính riêng ạ?", "Together or separately?"),
    ("Anh chị muốn tính chung hay riêng ạ?", "Would you like to pay together or separately?"),
    # v8: "Everybody ates aggregate.", "Everybody pays the rest of the trip.", "I'm getting!", "Let us pay for both
    # table."
    ("Ai ăn nấy trả.", "Let's each pay for ourselves."),
    ("Ai trả phần người nấy nhé.", "Let's each pay for ourselves."),
    ("Mạnh ai nấy trả nhé!", "Let's each pay for ourselves!"),
    ("Để tôi trả cho mọi người.", "Let me pay for everyone."),
    ("Để chúng tôi trả tiền cho cả bàn nhé.", "Let us pay for the whole table."),
    # v8: "It looks like confusion bills.", "Excuse me, it looks like bad Bills.", "Bills are wrong.", "I see this
    # bill is misleading.", "Is the bill misleading?", "Bills are not wrong.", "Check out your bill with your help.",
    # "Excuse me, repeat this bill for us."
    ("Hình như hóa đơn tính nhầm.", "I think there's a mistake on the bill."),
    ("Chị ơi, hình như hóa đơn tính sai rồi.", "Excuse me, I think there's a mistake on the bill."),
    ("Hóa đơn bị sai rồi.", "There's a mistake on the bill."),
    ("Em thấy hóa đơn này bị tính nhầm.", "I think there's a mistake on this bill."),
    ("Hóa đơn có bị tính nhầm không?", "Is there a mistake on the bill?"),
    ("Hóa đơn không bị sai đâu.", "There's no mistake on the bill."),
    ("Kiểm tra lại hóa đơn giúp em với.", "Could you check the bill again for me?"),
    ("Anh ơi, xem lại hóa đơn này cho chúng tôi nhé.", "Excuse me, could you check this bill again for us?"),
    # not: "mình" (I, or we?), "Em ơi, … cho em" and "anh" with no "Em ơi" (who?), "cháu" to no elder, a table, "?"
    # with no asking word, who pays not said ("Tính tiền được không?"), a till, reckoning money, paying ("thanh
    # toán": mt/transfers.py), "xuất" bare (done, or asked?), a company without whose, "tính nhầm" without the bill
    # (change?), a utility bill, the bill split and treats (mt/bills.py), "anh" alone needing, "cần … không?" with no
    # "có", one bill for "em" (whose?), a pet, "chị có xuất …?" (do, or did?), "cần xuất" (to issue one?), "xem lại"
    # bare (asked, or done?), and the other way's language
    ("Tính tiền cho mình nhé.", None), ("Em ơi, tính tiền cho em.", None), ("Tính tiền cho anh.", None),
    ("Chị ơi, cho cháu tính tiền.", None), ("Tính tiền bàn này nhé.", None), ("Tính tiền cho em?", None),
    ("Tính tiền?", None), ("Tính tiền được không?", None), ("Máy tính tiền bị hỏng.", None),
    ("Tôi đang tính tiền.", None), ("Cho em thanh toán.", None), ("Xuất hóa đơn đỏ.", None),
    ("Xuất hóa đơn đỏ cho công ty.", None), ("Công ty tôi xuất hóa đơn đỏ.", None),
    ("Hình như tính nhầm tiền rồi.", None), ("Hóa đơn tiền điện bị tính sai.", None),
    ("Hình như hóa đơn có bị sai không?", None), ("Hóa đơn không bị sai rồi.", None), ("Hóa đơn bị sai?", None),
    ("Mình chia tiền nhé.", None), ("Tôi chia tiền cho các con.", None), ("Lan trả tiền cho cả bàn.", None),
    ("Để anh trả cho mọi người.", None), ("Anh cần hóa đơn đỏ.", None), ("Bạn cần hóa đơn đỏ không?", None),
    ("Cho em tính chung.", None), ("Chị có xuất hóa đơn VAT không?", None),
    ("Tôi cần xuất hóa đơn đỏ.", None), ("Xem lại hóa đơn.", None), ("Con mèo của tôi cần hóa đơn đỏ.", None),
    ("Ai trả nấy?", None),
    # and not: "em" asking with "ạ" (the speaker: do I?), "mình" needing (I, or we?), "vậy", "thế" ending a statement
    # (so, then: more than English says), "nhầm" without "tính" (a bill mixed up with another's?), "nhé?" said to no one
    # for no one (the cashier offering: shall I?), "Em ơi, … cho bọn em" and "Cháu ơi, … chúng cháu" (who?)
    ("Em có cần hóa đơn đỏ không ạ?", None), ("Mình cần hóa đơn đỏ.", None), ("Tôi cần hóa đơn đỏ vậy.", None),
    ("Tôi cần hóa đơn đỏ thế.", None), ("Hóa đơn bị nhầm.", None), ("Hóa đơn nhầm rồi.", None),
    ("Xuất hóa đơn đỏ nhé?", None), ("Xuất hóa đơn đỏ nha?", None), ("Xem lại hóa đơn nhé?", None),
    ("Em ơi, tính tiền cho bọn em.", None), ("Cháu ơi, tính tiền cho chúng cháu.", None),
    ("Em ơi, cho tụi em tính riêng nhé.", None), ("Em ơi, kiểm tra lại hóa đơn cho bọn em.", None),
    ("Could I have the bill, please?", None), ("Hóa đơn hóa đơn hóa đơn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Xin lỗi, làm ơn tôi có hóa đơn được không?", "Xin vui lòng chúng ta có thể dự luật được không?" (a law),
    # "Xin vui lòng chúng ta có thể kiểm tra được không?", "Tôi có dự luật không?", "Tôi muốn hóa đơn, xin vui lòng.",
    # "Chúng tôi muốn kiểm tra.", "Bạn có thể đưa chúng tôi dự luật không?", "Xin vui lòng kiểm tra."
    ("Excuse me, could I have the bill, please?", "Xin lỗi, cho tôi tính tiền."),
    ("Could I have the bill, please?", "Cho tôi tính tiền."),
    # (the phrasebook's "Cho tôi xin hóa đơn." comes first)
    ("Can I have the bill, please?", "Cho tôi tính tiền."),
    ("Could we have the bill, please?", "Cho chúng tôi tính tiền."),
    ("Can we get the check, please?", "Cho chúng tôi tính tiền."),
    ("May I have the bill?", "Cho tôi tính tiền."),
    ("I'd like the bill, please.", "Cho tôi tính tiền."),
    ("We'd like the check.", "Cho chúng tôi tính tiền."),
    ("Could you bring us the bill?", "Cho chúng tôi tính tiền."),
    ("The check, please.", "Tính tiền nhé."),
    ("Excuse me, the bill, please.", "Xin lỗi, tính tiền nhé."),
    ("Excuse me, the check.", "Xin lỗi, tính tiền nhé."),
    # v8: "Bạn có thể phát hành một đơn hàng gửi VAT cho công ty tôi không?", "… phát hành đơn hàng gửi VAT, vui lòng
    # không?", "Cho phép chúng ta có đơn hàng gửi VAT, vui lòng?", "Bạn có phát hành đơn hàng gửi VAT ở đây không?"
    ("Could you issue a VAT invoice for my company?", "Bạn xuất hóa đơn đỏ cho công ty tôi được không?"),
    ("Can you issue me a VAT invoice, please?", "Bạn xuất hóa đơn đỏ cho tôi được không?"),
    ("Excuse me, could you issue a VAT invoice?", "Xin lỗi, bạn xuất hóa đơn đỏ được không?"),
    ("Can I get a VAT invoice?", "Cho tôi xin hóa đơn đỏ."),
    ("Could we have a VAT invoice, please?", "Cho chúng tôi xin hóa đơn đỏ."),
    ("Do you issue VAT invoices?", "Bên bạn có xuất hóa đơn đỏ không?"),
    ("Do you issue VAT invoices here?", "Ở đây có xuất hóa đơn đỏ không?"),
    # v8: "Tôi cần một đơn hàng gửi VAT.", "Mẹ tôi cần một đơn hàng gửi VAT.", "Bạn có cần một đơn hàng gửi VAT không?"
    ("I need a VAT invoice.", "Tôi cần hóa đơn đỏ."),
    ("My mother needs a VAT invoice.", "Mẹ tôi cần hóa đơn đỏ."),
    ("Do you need a VAT invoice?", "Bạn có cần hóa đơn đỏ không?"),
    ("She doesn't need a VAT invoice.", "Cô ấy không cần hóa đơn đỏ."),
    ("Lan needs a VAT invoice.", "Lan cần hóa đơn đỏ."),
    # v8: "Liệu chúng tôi có một dự luật được không?", "Xin vui lòng một hóa đơn.", "Làm ơn, hóa đơn riêng biệt.",
    # "Riêng biệt hay không?", "Bạn có muốn trả tiền chung với nhau hoặc riêng biệt không?"
    ("Could we have one bill, please?", "Cho chúng tôi tính chung."),
    ("One bill, please.", "Tính chung nhé."),
    ("Separate bills, please.", "Tính riêng nhé."),
    ("Together or separately?", "Tính chung hay tính riêng ạ?"),
    ("Would you like to pay together or separately?", "Quý khách muốn tính chung hay tính riêng ạ?"),
    # v8: "Tôi sẽ trả tiền cho mọi người.", "Để tôi trả tiền cho cả bảng." (a board)
    ("I'll pay for everyone.", "Để tôi trả cho mọi người."),
    ("Let me pay for the whole table.", "Để tôi trả cho cả bàn."),
    # v8: "Tôi nghĩ có sai lầm trong hóa đơn.", "Có sai lầm về dự luật này.", "Có sai lầm về dự luật không?", "Không
    # có sai lầm về dự luật.", "Bạn có thể kiểm tra lại dự luật cho tôi không?"
    ("I think there's a mistake on the bill.", "Hình như hóa đơn bị tính nhầm rồi."),
    ("There's a mistake on this bill.", "Hóa đơn này bị tính nhầm rồi."),
    ("Is there a mistake on the bill?", "Hóa đơn có bị tính nhầm không?"),
    ("There's no mistake on the bill.", "Hóa đơn không bị tính nhầm."),
    ("Could you check the bill again for me?", "Bạn kiểm tra lại hóa đơn giúp tôi được không?"),
    # not: a receipt (mt/shopping.py), the bill split, treats and "Let me get the bill" (mt/bills.py), "The bill is
    # wrong." (the phrasebook), paying the bill told, a law, a man, "he" asking for it, a statement asked, a verb not
    # agreeing, "I think" with asking or "no", checking the bill oneself, paying for part, a pet, both "me" and "for"
    # whom, "in the bill" (a law?), and the other way's language
    ("Can I have a receipt, please?", None), ("Let's split the bill.", None), ("It's on me.", None),
    ("Let me get the bill.", None), ("The bill is wrong.", None), ("He paid the bill.", None),
    ("The bill passed the Senate.", None), ("Bill is my friend.", None), ("Could he have the bill?", None),
    ("I'd like the bill?", None), ("The bill, please?", None), ("She need a VAT invoice.", None),
    ("Does I need a VAT invoice?", None), ("I think is there a mistake on the bill?", None),
    ("I think there's no mistake on the bill.", None), ("There's a mistake on the bill?", None),
    ("Can I check the bill?", None), ("Could you check the bill?", None), ("I'll pay for the drinks.", None),
    ("Let me pay for everyone's coffee.", None), ("My cat needs a VAT invoice.", None),
    ("Could you issue me a VAT invoice for my company?", None), ("Chị ơi, tính tiền cho em.", None),
    ("Bill bill bill.", None), ("There's a mistake in the bill.", None),
    # and not "The bill." or "The check." bare, with no "please" or call (the waiter handing it over, a law, a cheque)
    ("The bill.", None), ("The check.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
