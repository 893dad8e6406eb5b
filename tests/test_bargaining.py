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
    # haggling as a skill; v8: "I'm not good at wearing.", "My mother is very good to pay.", "She is dressed very
    # well.", "He dressed very well.", "I'm not wearing very well.", "We are pretty good at all.", "Are you good at
    # all?", "I don't know that wearing it all.", "Do you know that although?", "Lan knew to pay."
    ("Tôi không giỏi mặc cả.", "I'm not good at haggling."),
    ("Mẹ tôi rất giỏi trả giá.", "My mother is very good at haggling."),
    ("Chị ấy mặc cả rất giỏi.", "She is very good at haggling."),
    ("Anh ấy mặc cả giỏi lắm.", "He is very good at haggling."),
    ("Tôi mặc cả không giỏi lắm.", "I'm not very good at haggling."),
    ("Chúng tôi khá giỏi mặc cả.", "We are quite good at haggling."),
    ("Bác Lan rất giỏi trả giá.", "Aunt Lan is very good at haggling."),
    ("Bạn có giỏi mặc cả không?", "Are you good at haggling?"),
    ("Anh có giỏi mặc cả không?", "Are you good at haggling?"),
    ("Tôi không biết mặc cả.", "I don't know how to haggle."),
    ("Bạn có biết mặc cả không?", "Do you know how to haggle?"),
    ("Lan biết trả giá.", "Lan knows how to haggle."),
    ("Mẹ tôi không biết mặc cả.", "My mother doesn't know how to haggle."),
    # ... as a feeling; v8: "I'm afraid to wear all.", "I don't be afraid to wear.", "Are you afraid to wear?", "I hate
    # to wear all.", "I like to pay.", "My mother loves wearing both.", "I don't like wearing very much."
    ("Tôi ngại mặc cả.", "I feel awkward haggling."),
    ("Tôi không ngại mặc cả.", "I don't mind haggling."),
    ("Bạn có ngại mặc cả không?", "Do you mind haggling?"),
    ("Tôi ghét mặc cả.", "I hate haggling."),
    ("Tôi thích trả giá.", "I like haggling."),
    ("Mẹ tôi rất thích mặc cả.", "My mother really likes haggling."),
    ("Tôi không thích mặc cả lắm.", "I don't really like haggling."),
    ("Bạn có thích mặc cả không?", "Do you like haggling?"),
    # ... as a rule of the market; v8: "In the market must be worn.", "The market must know the price.", "At the night
    # market should be worn.", "In the supermarket is not worn.", "When you go to the market, it must be worn."
    ("Ở chợ phải mặc cả.", "You have to haggle at the market."),
    ("Đi chợ phải biết trả giá.", "You have to know how to haggle at the market."),
    ("Ở chợ đêm nên mặc cả.", "You should haggle at the night market."),
    ("Ở siêu thị không mặc cả được.", "You can't haggle at the supermarket."),
    ("Khi đi chợ thì phải mặc cả.", "You have to haggle at the market."),
    ("Ở chợ có thể mặc cả.", "You can haggle at the market."),
    # ... and a price beaten down; v8: "I returned the price to VND100 thousand.", "My mother wore up to 200
    # thousand.", "We were both worn down to VND150,000.", "Land pays the price to VND80 thousand."
    ("Tôi trả giá được xuống còn 100 nghìn.", "I haggled it down to VND100 thousand."),
    ("Mẹ tôi mặc cả được xuống còn 200 nghìn.", "My mother haggled it down to VND200 thousand."),
    ("Chúng tôi đã mặc cả được xuống còn 150.000 đồng.", "We haggled it down to VND150,000."),
    ("Lan trả giá được xuống còn 80 nghìn.", "Lan haggled it down to VND80 thousand."),
    # not: paying a price (for a mistake), a pet, "?" on a statement, "anh" saying it (the speaker, or you?), a degree
    # "biết" or "ghét" does not take, "không ghét", "không" without "được" at the market (does not, or may not?),
    # wearing even a coat, the past and ahead, a sum in words (not read), asked and denied, who has to (had to?), a
    # price bid without "xuống" or "được" (offered, or got?), "nhỉ" (isn't it?), a degree asked of a liking
    ("Anh ấy phải trả giá cho sai lầm của mình.", None), ("Anh ấy phải trả giá.", None), ("Tôi đã trả giá.", None),
    ("Con chó của tôi giỏi mặc cả.", None), ("Tôi giỏi mặc cả?", None), ("Anh giỏi mặc cả.", None),
    ("Tôi rất biết mặc cả.", None), ("Tôi khá ghét mặc cả.", None), ("Tôi không ghét mặc cả.", None),
    ("Ở chợ không mặc cả.", None), ("Tôi mặc cả áo khoác đi ngủ.", None), ("Tôi đã từng giỏi mặc cả.", None),
    ("Tôi sẽ mặc cả xuống còn 100 nghìn.", None), ("Tôi trả giá được xuống còn một trăm nghìn.", None),
    ("Bạn không biết mặc cả không?", None), ("Tôi phải mặc cả.", None), ("Ở chợ không thể biết mặc cả.", None),
    ("Tôi trả giá còn 100 nghìn.", None), ("Tôi trả giá xuống còn 100 nghìn.", None),
    ("Mẹ tôi đã mặc cả xuống còn 200 nghìn.", None), ("Hơi đắt một chút nhỉ.", None),
    ("Bạn có thích mặc cả lắm không?", None), ("Bạn có rất ghét mặc cả không?", None),
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
    # haggling as a skill; v8: "Tôi không biết haggling.", "Mẹ tôi rất giỏi khi chuẩn bị.", "Cô ấy rất haggling.",
    # "Bạn đang haggling tốt không?", "Anh ta không biết haggling.", "Lan đang haggling.", "Bạn có thể haggle không?",
    # "Tôi không thể haggle.", "Có phải cô biết haggle không?", "Anh ấy biết cách bargain."
    ("I'm not good at haggling.", "Tôi không giỏi mặc cả."),
    ("My mother is very good at bargaining.", "Mẹ tôi rất giỏi mặc cả."),
    ("She's great at haggling.", "Cô ấy rất giỏi mặc cả."),
    ("Are you good at haggling?", "Bạn có giỏi mặc cả không?"),
    ("We're pretty good at haggling.", "Chúng tôi khá giỏi mặc cả."),
    ("He isn't very good at haggling.", "Anh ấy không giỏi mặc cả lắm."),
    ("Lan is good at haggling.", "Lan giỏi mặc cả."),
    ("Can you haggle?", "Bạn có biết mặc cả không?"),
    ("I can't haggle.", "Tôi không biết mặc cả."),
    ("I don't know how to haggle.", "Tôi không biết mặc cả."),
    ("Does she know how to haggle?", "Cô ấy có biết mặc cả không?"),
    ("He knows how to bargain.", "Anh ấy biết mặc cả."),
    # ... as a feeling; v8: "Tôi ghét đồ chơi." (toys), "Tôi yêu thương haggling.", "Tôi không nghĩ hagging.", "Mẹ tôi
    # thích haggle.", "Tôi thực sự không thích haggling.", "Bạn có nhớ là haggling không?" (remember)
    ("I hate haggling.", "Tôi ghét mặc cả."),
    ("I love haggling.", "Tôi rất thích mặc cả."),
    ("I don't mind haggling.", "Tôi không ngại mặc cả."),
    ("Do you like haggling?", "Bạn có thích mặc cả không?"),
    ("My mother likes to haggle.", "Mẹ tôi thích mặc cả."),
    ("I don't really like haggling.", "Tôi không thích mặc cả lắm."),
    ("Do you mind haggling?", "Bạn có ngại mặc cả không?"),
    # ... as a rule of the market; v8: "Bạn phải tham gia vào chợ.", "Tại thị trường bạn phải biết cách haggle.",
    # "Bạn không thể tham gia vào siêu thị.", "Bạn nên bargain vào lúc chợ đêm.", "Ở các thị trường, bạn phải haggle."
    ("You have to haggle at the market.", "Ở chợ phải mặc cả."),
    ("At the market you have to know how to haggle.", "Ở chợ phải biết mặc cả."),
    ("You can't haggle at the supermarket.", "Ở siêu thị không thể mặc cả."),
    ("You should bargain at the night market.", "Ở chợ đêm nên mặc cả."),
    ("In markets, you must haggle.", "Ở chợ phải mặc cả."),
    # ... and a price beaten down; v8: "Tôi đã hagg nó xuống 100.000 đồng.", "Mẹ tôi giật mình giá xuống 200.000
    # đồng.", "Chúng tôi thanh toán nó xuống 80 nghìn đồng."
    ("I haggled it down to 100,000 dong.", "Tôi đã mặc cả được xuống còn 100.000 đồng."),
    ("My mother haggled the price down to 200,000 dong.", "Mẹ tôi đã mặc cả được xuống còn 200.000 đồng."),
    ("We bargained it down to 80 thousand dong.", "Chúng tôi đã mặc cả được xuống còn 80 nghìn đồng."),
    # not: "Can I haggle?" (may I?), a habit, a pet, "is" or a verb not agreeing with who, "not great", "mind" said,
    # "love" asked, "?" on a statement, no place or two, the seller haggled down, a sum not of đồng, a bargain, the
    # other way's language, knowing haggling, "you", "we" or "they" can (may?), "not" asked, "really" asked, a
    # bare verb after a liking
    ("Can I haggle?", None), ("I haggle at the market.", None), ("My dog is good at haggling.", None),
    ("She are good at haggling.", None), ("She like haggling.", None), ("I'm not great at haggling.", None),
    ("I mind haggling.", None), ("Do you love haggling?", None), ("I'm good at haggling?", None),
    ("You have to haggle.", None), ("At the market you have to haggle at the market.", None),
    ("I haggled him down to 100,000 dong.", None), ("I haggled it down to 100.", None), ("It's a bargain.", None),
    ("Tôi ghét mặc cả.", None), ("I know haggling.", None), ("You can't know how to haggle at the market.", None),
    ("You can haggle.", None), ("You can't haggle.", None), ("We can't haggle.", None),
    ("Is she not good at haggling?", None), ("Do you really like haggling?", None),
    ("Does she really hate haggling?", None), ("I like haggle.", None), ("I love bargain.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
