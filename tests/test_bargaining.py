"""Haggling over a price: cheaper, a discount, a sum offered, taking it, the final price, not going lower, a discount
for buying two, both ways (mt/bargaining.py)."""
import pytest

from mt.bargaining import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Is it a little better?", "Can you reduce price?", "I gave me a little bit away.", "She's less for you.",
    # "Can I get some?", "Is it cheaper?"
    ("Rẻ hơn một chút được không?", "Can you make it a bit cheaper?"),
    ("Rẻ hơn chút đi.", "Can you make it a bit cheaper?"),
    ("Có rẻ hơn được không?", "Can you make it cheaper?"),
    ("Chị bán rẻ hơn cho em được không?", "Can you make it cheaper for me?"),
    ("Bạn có thể bán rẻ hơn một chút không?", "Can you make it a bit cheaper?"),
    ("Bạn có thể giảm giá không?", "Can you give me a discount?"),
    ("Bạn có thể bớt một chút không?", "Can you give me a little discount?"),
    ("Bớt cho tôi một chút đi.", "Can you give me a little discount?"),
    ("Bớt một chút được không?", "Can you give me a little discount?"),
    ("Chị bớt cho em đi.", "Can you give me a discount?"),
    ("Chị bớt cho em một chút đi.", "Can you give me a little discount?"),
    ("Giảm giá cho tôi đi.", "Can you give me a discount?"),
    ("Bớt cho chúng tôi được không?", "Can you give us a discount?"),
    ("Bớt cho tôi 50 nghìn đi.", "Can you take VND50 thousand off?"),
    # v8: "100 thousand?", "100 thousand cancelled?", "VND150,000 Can't?", "Isn't it for 100 thousand?"
    ("100 nghìn được không?", "How about VND100 thousand?"),
    ("100 nghìn thôi được không?", "How about VND100 thousand?"),
    ("150.000 đồng được không?", "How about VND150,000?"),
    ("100.000 được không?", "How about 100,000?"),
    ("Để 100 nghìn nhé?", "How about VND100 thousand?"),
    ("Bán cho tôi 100 nghìn nhé?", "How about VND100 thousand?"),
    ("Tôi trả 100 nghìn được không?", "Would you take VND100 thousand?"),
    # v8: "200 thousand, I took.", "I'll get with costs VND200 thousand.", "All right, I took.", "Hay, I'll take
    # this one."
    ("200 nghìn thì tôi lấy.", "I'll take it for VND200 thousand."),
    ("Tôi sẽ lấy với giá 200 nghìn.", "I'll take it for VND200 thousand."),
    ("Được rồi, tôi lấy.", "All right, I'll take it."),
    ("Được, tôi lấy cái này.", "OK, I'll take this one."),
    ("Thôi được, chúng tôi lấy nhé.", "All right, we'll take it."),
    # v8: "The last price.", "This is the last price.", "How much prices are the end?", "It's not possible, that
    # price is the last price."
    ("Giá cuối rồi.", "That's my final price."),
    ("Đây là giá cuối rồi.", "That's my final price."),
    ("Không được, đây là giá cuối rồi.", "No, that's my final price."),
    ("Đó là giá tốt nhất rồi.", "That's the best price."),
    ("Giá cuối bao nhiêu?", "What's your final price?"),
    ("Giá tốt nhất là bao nhiêu?", "What's your best price?"),
    ("Đó là giá cuối rồi à?", "Is that your final price?"),
    # v8: "It's not recommended.", "Cannot be less.", "I can't have less."
    ("Không bớt được nữa.", "I can't go any lower."),
    ("Không bớt được nữa đâu.", "I can't go any lower."),
    ("Không bớt được.", "I can't give you a discount."),
    ("Tôi không bớt được nữa.", "I can't go any lower."),
    ("Chúng tôi không thể giảm giá.", "We can't give you a discount."),
    # v8: "Is it cut by two?", "Can you get a discount?", "Can you drop in prices?", "It's costing a little bit."
    ("Mua hai cái có được giảm không?", "Can I get a discount if I buy two?"),
    ("Nếu tôi mua hai cái thì có được giảm giá không?", "Can I get a discount if I buy two?"),
    ("Mua ba đôi có được giảm giá không?", "Can I get a discount if I buy three pairs?"),
    ("Nếu chúng tôi mua 10 cái thì có được bớt không?", "Can we get a discount if we buy 10?"),
    ("Hơi đắt một chút.", "It's a bit expensive."),
    ("Cái này hơi đắt một chút.", "This is a bit expensive."),
    # not: "Bớt đi." (less of what?), the seller and the buyer named asking (mt/prices.py's), "em" giving "chị" (who
    # is the seller?), "Có rẻ hơn không?" (is it?), "Bớt không?", a sum alone (an echo) or not of đồng, "Tôi lấy."
    # (took?), "em" alone not going lower, "Giá cuối cùng." (no "đây", no "rồi"), one bought, "nhé" (the seller
    # offering?), noise, the final price said
    ("Bớt đi.", None), ("Anh bớt cho tôi được không?", None), ("Em bớt cho chị một chút nhé.", None),
    ("Có rẻ hơn không?", None), ("Bớt không?", None), ("100 nghìn?", None), ("2 được không?", None),
    ("Tôi lấy.", None), ("Em không bớt được nữa.", None), ("Giá cuối cùng.", None),
    ("Mua một cái có được giảm giá không?", None), ("Bạn rẻ hơn được không?", None), ("Tôi lấy 200 nghìn.", None),
    ("Chị bớt cho em nhé.", None), ("Để rẻ hơn nhé.", None), ("Bớt ồn đi.", None),
    ("Giá cuối cùng là 200 nghìn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể làm cho nó rẻ hơn một chút?", "Bạn có thể gõ cửa một chút được không?" (knock at the door),
    # "Bạn có thể cho tôi một giá tốt hơn không?"
    ("Can you make it a bit cheaper?", "Bớt cho tôi một chút được không?"),
    ("Could you make it a little cheaper for us?", "Bớt cho chúng tôi một chút được không?"),
    ("Can you give me a better price?", "Bớt cho tôi được không?"),
    ("Can you knock a bit off?", "Bớt cho tôi một chút được không?"),
    ("Can you knock 50,000 dong off?", "Bớt cho tôi 50.000 đồng được không?"),
    # v8: "Khoảng 100.000?", "Cách nào 100 nghìn đồng?", "Bạn có phải mất 150.000?", "Bạn có thể làm 100.000 được
    # không?"
    ("How about 100,000?", "100.000 được không?"),
    ("How about 100,000 dong?", "100.000 đồng được không?"),
    ("How about 100 thousand dong?", "100 nghìn đồng được không?"),
    ("What about 100 thousand?", "100 nghìn được không?"),
    ("Can you do 100,000?", "100.000 được không?"),
    ("Can you do it for VND100,000?", "100.000 đồng được không?"),
    ("Would you take 150,000 dong?", "150.000 đồng được không?"),
    # v8: "Tôi sẽ mất 200.000." (lose), "OK, tôi sẽ đưa nó." (give)
    ("I'll take it for 200,000.", "Tôi lấy với giá 200.000."),
    ("I'll take it for 200,000 dong.", "Tôi lấy với giá 200.000 đồng."),
    ("OK, I'll take it.", "Được, tôi lấy."),
    ("All right, we'll take this one.", "Thôi được, chúng tôi lấy cái này."),
    # v8: "Giá tốt nhất của bạn là gì?", "Giá cuối cùng của bạn có phải không?", "Giá cuối cùng của tôi."
    ("What's your best price?", "Giá tốt nhất là bao nhiêu?"),
    ("What is your final price?", "Giá cuối là bao nhiêu?"),
    ("What's the lowest price?", "Giá thấp nhất là bao nhiêu?"),
    ("Is that your final price?", "Đó là giá cuối rồi à?"),
    ("That's my final price.", "Đó là giá cuối rồi."),
    ("No, that's my last price.", "Không, đó là giá cuối rồi."),
    ("This is my best price.", "Đây là giá tốt nhất rồi."),
    ("Sorry, that's our final price.", "Xin lỗi, đó là giá cuối rồi."),
    # v8: "Tôi không thể đi thấp hơn.", "Tôi không đến được bất kỳ món rẻ hơn nào."
    ("I can't go any lower.", "Tôi không bớt được nữa."),
    ("I can't make it any cheaper.", "Tôi không bớt được nữa."),
    ("We can't give you a discount.", "Chúng tôi không bớt được."),
    # v8: "Có thể tôi giảm giá nếu mua 2?", "Chúng ta có thể giảm giá nếu chúng ta mua 3?", "Giá cao là một chút.",
    # "Đắt tiền quá!"
    ("Can I get a discount if I buy two?", "Nếu tôi mua hai cái thì có được giảm giá không?"),
    ("Do we get a discount if we buy three pairs?", "Nếu chúng tôi mua ba đôi thì có được giảm giá không?"),
    ("Is there a discount if I buy two?", "Nếu tôi mua hai cái thì có được giảm giá không?"),
    ("The price is a bit high.", "Giá hơi cao."),
    ("The price is too high.", "Giá cao quá."),
    ("Too expensive!", "Đắt quá!"),
    # not: "I'll take it." alone (of anything), a sum not of đồng, who buys not who gets it, one bought, "the best I
    # can do" (of anything), "It's a bit expensive." (mt/prices.py's), "Can you make it cheaper?" (the phrasebook's),
    # she taking it, "I can go lower", "too cheap"
    ("I'll take it.", None), ("How about 100?", None), ("Can I get a discount if we buy two?", None),
    ("Can I get a discount if I buy one?", None), ("That's the best I can do.", None),
    ("It's a bit expensive.", None), ("She'll take it for 200,000.", None), ("I can go lower.", None),
    ("The price is too low.", None), ("How about tomorrow?", None), ("I'll take it for 200.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
