"""Taxes: paying, filing and evading them, how much, the deadline, a rate, VAT in a price and a refund, both ways
(mt/taxes.py)."""
import pytest

from mt.taxes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to taxes.", "I must tax the income.", "He doesn't tax.", "You have to surrender tax." (Lan),
    # "He escaped tax.", "Do you have to tax?", "We tax each year."
    ("Tôi phải nộp thuế.", "I have to pay taxes."),
    ("Tôi phải đóng thuế thu nhập.", "I have to pay income tax."),
    ("Tôi phải nộp thuế thu nhập cá nhân.", "I have to pay personal income tax."),
    ("Anh ấy không đóng thuế.", "He doesn't pay taxes."),
    ("Lan phải nộp thuế.", "Lan has to pay taxes."),
    ("Anh ấy trốn thuế.", "He evades taxes."),
    ("Bạn có phải đóng thuế không?", "Do you have to pay taxes?"),
    ("Anh có đóng thuế không?", "Do you pay taxes?"),
    ("Chúng tôi đóng thuế mỗi năm.", "We pay taxes every year."),
    ("Họ không phải đóng thuế.", "They don't have to pay taxes."),
    ("Anh ấy cần nộp thuế.", "He needs to pay taxes."),
    ("Tôi phải đóng thuế 5 triệu đồng.", "I have to pay VND5 million in tax."),
    # v8: "I've applied tax.", "Did you file tax?", "I have to tax." (khai), "I have to decide tax pay."
    ("Tôi đã nộp thuế rồi.", "I've paid my taxes."),
    ("Bạn đã nộp thuế chưa?", "Have you paid your taxes yet?"),
    ("Tôi chưa nộp thuế.", "I haven't paid my taxes yet."),
    ("Mẹ tôi vừa nộp thuế thu nhập.", "My mother has just paid her income tax."),
    ("Tôi phải khai thuế.", "I have to file my taxes."),
    ("Bạn đã khai thuế chưa?", "Have you filed your taxes yet?"),
    ("Tôi phải quyết toán thuế.", "I have to file my tax return."),
    ("Bố tôi đã quyết toán thuế thu nhập cá nhân rồi.", "My father has filed his personal income tax return."),
    # v8: "How much do you tax?", "How much tax do you have to surrender?"
    ("Bạn đóng thuế bao nhiêu?", "How much tax do you pay?"),
    ("Mỗi năm bạn phải nộp bao nhiêu tiền thuế?", "How much tax do you have to pay every year?"),
    ("Anh ấy đã đóng bao nhiêu thuế?", "How much tax did he pay?"),
    # v8: "When is tax cuts?", "When is the tax limit?", "The tax limit is 31, March 31."
    ("Hạn nộp thuế là khi nào?", "When is the tax deadline?"),
    ("Khi nào là hạn nộp thuế?", "When is the tax deadline?"),
    ("Hạn quyết toán thuế là khi nào?", "When is the tax return deadline?"),
    ("Hạn nộp thuế là ngày 31 tháng 3.", "The tax deadline is March 31."),
    # v8: "Income is 10%.", "VAT Taxes are 10%."
    ("Thuế thu nhập là 10%.", "Income tax is 10%."),
    ("Thuế VAT là 10 phần trăm.", "VAT is 10%."),
    ("Thuế suất là bao nhiêu?", "What's the tax rate?"),
    ("Thuế thu nhập cá nhân là bao nhiêu phần trăm?", "What's the personal income tax rate?"),
    # v8: "Prices included VAT.", "The price is not included in the VAT.", "This price has included tax."
    ("Giá đã bao gồm VAT.", "The price includes VAT."),
    ("Giá chưa bao gồm VAT.", "The price doesn't include VAT."),
    ("Giá này đã bao gồm thuế.", "This price includes tax."),
    ("Giá đã bao gồm 10% VAT.", "The price includes 10% VAT."),
    ("Đã bao gồm VAT chưa?", "Is VAT included?"),
    ("Chưa bao gồm thuế.", "Tax isn't included."),
    # v8: "I'm total tax.", "I was totally tax.", "I'm total tax VND2 million."
    ("Tôi được hoàn thuế.", "I got a tax refund."),
    ("Tôi vừa được hoàn thuế.", "I just got a tax refund."),
    ("Tôi được hoàn thuế 2 triệu đồng.", "I got a tax refund of VND2 million."),
    ("Chị ấy sẽ được hoàn thuế.", "She'll get a tax refund."),
    ("Bạn đã được hoàn thuế chưa?", "Have you received your tax refund yet?"),
    ("Anh ấy chưa được hoàn thuế.", "He hasn't received his tax refund yet."),
    # review: "(đã) … rồi" is had, not the past ("My father got a tax refund.", "He evaded taxes." before)
    ("Bố tôi đã được hoàn thuế rồi.", "My father has got his tax refund."),
    ("Tôi được hoàn thuế rồi.", "I've got my tax refund."),
    ("Anh ấy đã trốn thuế rồi.", "He's evaded taxes."),
    ("Bố tôi trốn thuế thu nhập rồi.", "My father has evaded income tax."),
    ("Anh ấy đã trốn thuế.", "He evaded taxes."),
    # not: "anh" saying it (the speaker?), whose unknown for a name, did/does/will?, the price asked (mt/patterns.py),
    # a sum asked?, a deadline behind, "Thuế cao quá." (v8 has it), evading asked, a fine
    ("Anh phải nộp thuế.", None), ("Lan đã nộp thuế rồi.", None), ("Bạn có được hoàn thuế không?", None),
    ("Giá này đã bao gồm VAT chưa?", None), ("Thuế thu nhập là bao nhiêu?", None),
    ("Hạn nộp thuế là hôm qua.", None), ("Thuế cao quá.", None), ("Bạn có trốn thuế không?", None),
    ("Tôi phải nộp phạt.", None), ("Tôi không nộp thuế rồi.", None), ("Tôi phải khai thuế 5 triệu đồng.", None),
    # review: "rồi" with whose unknown or a sum, a date that cannot be ("The tax deadline is February 30." before)
    ("Lan được hoàn thuế rồi.", None), ("Tôi được hoàn thuế 2 triệu đồng rồi.", None),
    ("Hạn nộp thuế là ngày 30 tháng 2.", None), ("Hạn nộp thuế là ngày 31 tháng 4.", None),
    ("Hạn nộp thuế là ngày 29 tháng 2 năm 2025.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải trả thuế." (pay a sum back), "Tôi phải tập tin trả về thuế của tôi." (a computer file),
    # "Anh ta đánh thuế." (levies), "Cô ấy trả tiền …"
    ("I have to pay tax.", "Tôi phải đóng thuế."),
    ("I have to file my taxes.", "Tôi phải khai thuế."),
    ("I have to file my tax return.", "Tôi phải quyết toán thuế."),
    ("He needs to file his income tax return.", "Anh ấy cần quyết toán thuế thu nhập."),
    ("He doesn't pay taxes.", "Anh ấy không đóng thuế."),
    ("Lan pays taxes.", "Lan đóng thuế."),
    ("Does she pay taxes?", "Cô ấy có đóng thuế không?"),
    ("Do you have to pay taxes?", "Bạn có phải đóng thuế không?"),
    ("They don't have to pay tax.", "Họ không phải đóng thuế."),
    ("My father has to pay income tax.", "Bố tôi phải đóng thuế thu nhập."),
    ("We pay taxes every year.", "Chúng tôi đóng thuế mỗi năm."),
    ("I have to pay 5 million dong in tax.", "Tôi phải đóng thuế 5 triệu đồng."),
    ("He evades taxes.", "Anh ấy trốn thuế."),
    ("He evaded taxes.", "Anh ấy đã trốn thuế."),
    # v8: "Tôi đã thanh toán thuế.", "Bạn đã nộp thuế của mình chưa?"
    ("I've paid my taxes.", "Tôi đã đóng thuế rồi."),
    ("I paid my taxes.", "Tôi đã đóng thuế."),
    ("I've just paid my taxes.", "Tôi vừa đóng thuế."),
    ("Have you filed your taxes yet?", "Bạn đã khai thuế chưa?"),
    ("She hasn't paid her taxes yet.", "Cô ấy chưa đóng thuế."),
    # v8: "Bạn trả thuế bao nhiêu tiền?"
    ("How much tax do you pay?", "Bạn đóng thuế bao nhiêu?"),
    ("How much income tax does he have to pay a year?", "Mỗi năm anh ấy phải đóng thuế thu nhập bao nhiêu?"),
    # v8: "Khi nào thuế chết?" (dead), "Khi nào người thiệt mạng vì thuế đang giảm đi?", "Thời hạn thuế đã chết …"
    ("When is the tax deadline?", "Hạn nộp thuế là khi nào?"),
    ("When's the deadline for filing tax returns?", "Hạn quyết toán thuế là khi nào?"),
    ("When are taxes due?", "Hạn nộp thuế là khi nào?"),
    ("The tax deadline is March 31.", "Hạn nộp thuế là ngày 31 tháng 3."),
    ("The tax deadline is February 29.", "Hạn nộp thuế là ngày 29 tháng 2."),
    # v8: "Thu nhập là 10%." (income)
    ("Income tax is 10%.", "Thuế thu nhập là 10%."),
    ("VAT is 10 percent.", "Thuế VAT là 10%."),
    ("The tax rate is 10 per cent.", "Thuế suất là 10%."),
    ("What's the VAT rate?", "Thuế VAT là bao nhiêu phần trăm?"),
    # v8: "Giá cả bao gồm VAT." (goods and prices), "Có bao gồm VAT không?"
    ("Prices include VAT.", "Giá đã bao gồm VAT."),
    ("The price includes VAT.", "Giá đã bao gồm VAT."),
    ("This price doesn't include tax.", "Giá này chưa bao gồm thuế."),
    ("Prices exclude VAT.", "Giá chưa bao gồm VAT."),
    ("Is VAT included?", "Đã bao gồm VAT chưa?"),
    ("Is VAT included in the price?", "Giá đã bao gồm VAT chưa?"),
    ("Tax isn't included.", "Chưa bao gồm thuế."),
    # v8: "Tôi có một khoản trợ cấp thuế." (an allowance), "Bạn có nhận được khoản tiền thuế không?"
    ("I got a tax refund.", "Tôi đã được hoàn thuế."),
    ("I just got a tax refund of 2 million dong.", "Tôi vừa được hoàn thuế 2 triệu đồng."),
    ("I'll get a tax refund.", "Tôi sẽ được hoàn thuế."),
    ("Did you get a tax refund?", "Bạn có được hoàn thuế không?"),
    ("Have you received your tax refund yet?", "Bạn đã được hoàn thuế chưa?"),
    ("My mother hasn't received her tax refund yet.", "Mẹ tôi chưa được hoàn thuế."),
    # not: "does", "has", "have", "is", "are", "pays", "include(s)" or whose not agreeing, the price asked
    # (mt/patterns.py's), a day behind, whose another's
    ("He don't pay taxes.", None), ("Do he pay taxes?", None), ("I has to pay taxes.", None),
    ("My father have to pay income tax.", None), ("I pays taxes.", None), ("The price include VAT.", None),
    ("Prices includes VAT.", None), ("Is taxes included?", None), ("Has he received your tax refund yet?", None),
    ("I've filed his taxes.", None), ("My mother has paid his taxes.", None), ("Does the price include VAT?", None),
    ("The tax deadline is yesterday.", None), ("She pays a lot of tax.", None), ("I have to file taxes.", None),
    # review: a date that cannot be
    ("The tax deadline is February 30.", None), ("The tax deadline is April 31.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi phải nộp thuế.", "en", "vi") is None
    assert translate("I have to pay tax.", "vi", "en") is None
    assert translate("I have to pay tax.", "en", "fr") is None
