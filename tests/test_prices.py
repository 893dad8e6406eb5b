"""What things cost, asked and said, cheap or dear, a good price and a discount, both ways (mt/prices.py)."""
import pytest

from mt.prices import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How much does this?", "How much do this phone?", "How many do this giveup?", "How much do you take a
    # balance?"
    ("Cái này bao nhiêu?", "How much is this?"),
    ("Nó bao nhiêu tiền?", "How much is it?"),
    ("Mấy cái này bao nhiêu tiền?", "How much are these?"),
    ("Cái điện thoại này bao nhiêu tiền?", "How much is this phone?"),
    ("Đồng hồ này giá bao nhiêu?", "How much is this watch?"),
    ("Giá bao nhiêu?", "How much is it?"),
    ("Tổng cộng bao nhiêu tiền?", "How much is it altogether?"),
    ("Quả xoài này bao nhiêu một cân?", "How much are these mangoes per kilo?"),
    ("Một cân xoài bao nhiêu tiền?", "How much is a kilo of mangoes?"),
    ("Một ký thịt bò giá bao nhiêu?", "How much is a kilo of beef?"),
    # v8: "The shoes costs VND500 thousand.", "I bought this shirt with costs VND200,000."
    ("Cái áo này giá 200.000 đồng.", "This shirt costs VND200,000."),
    ("Đôi giày này giá 500 nghìn.", "These shoes cost VND500 thousand."),
    ("Cái này giá 50k.", "This costs VND50 thousand."),
    ("Nó giá 1,5 triệu.", "It costs VND1.5 million."),
    ("Tôi mua cái áo này với giá 200.000 đồng.", "I bought this shirt for VND200,000."),
    ("Mẹ tôi mua đôi giày này hết 500 nghìn.", "My mother bought these shoes for VND500 thousand."),
    ("Bạn mua cái này bao nhiêu tiền?", "How much did you pay for this?"),
    ("Anh mua nó bao nhiêu?", "How much did you pay for it?"),
    ("Cô ấy đã mua cái túi này bao nhiêu tiền?", "How much did she pay for this bag?"),
    # v8: "Tooth.", "The shoes are too cheap.", "Replace!", "Is it expensive?" (of a shirt)
    ("Rẻ quá.", "That's so cheap."),
    ("Rẻ thế!", "That's so cheap!"),
    ("Đắt thế!", "That's so expensive!"),
    ("Đôi giày này rẻ quá.", "These shoes are so cheap."),
    ("Cái áo này rẻ thật.", "This shirt is really cheap."),
    ("Cái điện thoại này đắt quá.", "This phone is too expensive."),
    ("Cái áo này có đắt không?", "Is this shirt expensive?"),
    ("Đôi giày này có rẻ không?", "Are these shoes cheap?"),
    ("Đôi giày này không rẻ lắm.", "These shoes aren't very cheap."),
    ("Cái đồng hồ này hơi đắt.", "This watch is a bit expensive."),
    ("Có đắt lắm không?", "Is it very expensive?"),
    ("Nó đắt lắm.", "It's very expensive."),
    # v8: "That's too good.", "Are there a discount?"
    ("Giá tốt quá!", "That's a really good price!"),
    ("Giá hợp lý đấy.", "That's a fair price."),
    ("Có giảm giá không?", "Is there a discount?"),
    ("Bạn có giảm giá không?", "Do you give discounts?"),
    ("Mẹ tôi có được giảm giá không?", "Does my mother get a discount?"),
    ("Chị bớt cho em một chút được không?", "Can you give me a little discount?"),
    ("Anh có thể giảm giá cho tôi được không?", "Can you give me a discount?"),
    # not: "đôi" with a shirt, a price per piece (mt/patterns.py's way), "anh" saying what he paid (may be the
    # speaker), "rẻ" alone and a shop's sign, "quá rẻ" (too, or so?), "Rẻ vậy?" (surprised), a sum not of đồng,
    # asked without "không", the seller's offer, "em" getting a discount (may be the buyer), cheaper
    # (mt/comparisons.py), who pays (mt/bills.py)
    ("Rẻ quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Đôi áo này bao nhiêu?", None), ("Cái áo này giá 200.000 đồng một cái.", None),
    ("Anh mua cái này với giá 200.000 đồng.", None), ("Rẻ.", None), ("Giá rẻ.", None), ("Giá hợp lý.", None),
    ("Quá rẻ!", None), ("Rẻ vậy?", None), ("Cái này 50.000.", None),
    ("Cái này 309 nghìn.", None), ("Cái áo này có đắt?", None),
    ("Tôi bớt cho bạn được không?", None), ("Em có được giảm giá không?", None), ("Cái này rẻ hơn.", None),
    ("Lần này tôi trả.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Áo sơ mi này bao nhiêu?", "Những đôi giày này có bao nhiêu?", "Có bao nhiêu ki-lô-mét không?" (kilometres)
    ("How much is this shirt?", "Cái áo này bao nhiêu tiền?"),
    ("How much are these shoes?", "Đôi giày này bao nhiêu tiền?"),
    ("How much does this phone cost?", "Cái điện thoại này bao nhiêu tiền?"),
    ("How much do these shoes cost?", "Đôi giày này bao nhiêu tiền?"),
    ("How much are these?", "Mấy cái này bao nhiêu tiền?"),
    ("How much does it cost?", "Bao nhiêu tiền?"),
    ("How much is a kilo of mangoes?", "Một cân xoài bao nhiêu tiền?"),
    ("How much are mangoes a kilo?", "Xoài bao nhiêu tiền một cân?"),
    ("How much is rice per kilo?", "Gạo bao nhiêu tiền một cân?"),
    # v8: "Chiếc áo này chi phí 200.000 đồng." (expenses), "… cho 200.000 đồng." (gave)
    ("This shirt costs 200,000 dong.", "Cái áo này giá 200.000 đồng."),
    ("These shoes cost 500,000 dong.", "Đôi giày này giá 500.000 đồng."),
    ("It's VND50,000.", "Giá 50.000 đồng."),
    ("This watch is 1.5 million dong.", "Cái đồng hồ này giá 1,5 triệu đồng."),
    ("I bought this shirt for 200,000 dong.", "Tôi mua cái áo này với giá 200.000 đồng."),
    ("My mother bought these shoes for VND500,000.", "Mẹ tôi mua đôi giày này với giá 500.000 đồng."),
    ("How much did you pay for it?", "Bạn mua nó bao nhiêu tiền?"),
    ("How much did she pay for this bag?", "Cô ấy mua cái túi này bao nhiêu tiền?"),
    # v8: "Những đôi giày này rẻ tiền quá!" (shoddy), "Nó tốn kém?", "Đó là một thùng.", "Giá tốt đẹp!"
    ("That's so cheap!", "Rẻ quá!"),
    ("These shoes are so cheap!", "Đôi giày này rẻ quá!"),
    ("This shirt is so cheap.", "Cái áo này rẻ quá."),
    ("That's very cheap.", "Rất rẻ."),
    ("This phone is too expensive.", "Cái điện thoại này đắt quá."),
    ("Is it expensive?", "Có đắt không?"),
    ("Is this shirt expensive?", "Cái áo này có đắt không?"),
    ("Are these shoes expensive?", "Đôi giày này có đắt không?"),
    ("It's not expensive.", "Không đắt đâu."),
    ("It isn't very expensive.", "Không đắt lắm."),
    ("These shoes aren't cheap.", "Đôi giày này không rẻ."),
    ("That's expensive.", "Đắt đấy."),
    ("That's quite expensive.", "Khá đắt."),
    ("It's really cheap!", "Rẻ thật!"),
    ("That's a good price.", "Giá tốt đấy."),
    ("What a good price!", "Giá tốt quá!"),
    ("It's a fair price.", "Giá hợp lý đấy."),
    # v8: "Có chiết khấu không?", "Bạn có chiết khấu nào không?" (a trade rebate)
    ("Is there a discount?", "Có giảm giá không?"),
    ("Are there any discounts?", "Có giảm giá không?"),
    ("Do you give discounts?", "Bạn có giảm giá không?"),
    ("Does my mother get a discount?", "Mẹ tôi có được giảm giá không?"),
    ("Could you give us a small discount, please?", "Bạn có thể giảm giá cho chúng tôi một chút không?"),
    # not: "is", "are", "does", "costs" not agreeing with the thing, "this" with shoes, "too cheap" (a complaint?),
    # "Is that …?", a price per kilo of a thing sold (mt/patterns.py's), a sum not of đồng, cheaper
    ("How much is these shoes?", None), ("How much does these shoes cost?", None),
    ("How much is mangoes a kilo?", None), ("These shoes costs 500,000 dong.", None),
    ("This shirt are too expensive.", None), ("Is these shoes expensive?", None), ("Do she get a discount?", None),
    ("How much is this shoes?", None), ("This shirt is too cheap.", None), ("Is that expensive?", None),
    ("It costs 50 dollars.", None), ("How much are the mangoes per kilo?", None), ("This one is cheaper.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Rẻ quá.", "en", "vi") is None
    assert translate("How much is this shirt?", "vi", "en") is None
    assert translate("How much is this shirt?", "en", "fr") is None
