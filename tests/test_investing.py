"""Investing: stocks, shares, gold and cryptocurrency invested in, played, bought, sold, kept, money lost or made on
them, and the price of gold going up or down, both ways (mt/investing.py)."""
import pytest

from mt.investing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I invest in the security.", "My father invested gold.", "Do you invest in virtual money?"
    ("Tôi đầu tư vào chứng khoán.", "I invest in stocks."),
    ("Bố tôi đầu tư vàng.", "My father invests in gold."),
    ("Bạn có đầu tư vào tiền ảo không?", "Do you invest in cryptocurrency?"),
    ("Lan đầu tư vào tiền điện tử.", "Lan invests in cryptocurrency."),
    ("Anh ấy đã đầu tư vào Bitcoin.", "He invested in Bitcoin."),
    ("Chúng tôi vẫn đầu tư vào vàng.", "We still invest in gold."),
    ("Mẹ tôi không đầu tư vào cổ phiếu.", "My mother doesn't invest in shares."),
    # v8: "I play the security.", "Do you play the security?", "He doesn't play the security.", "She's played a
    # security."
    ("Tôi chơi chứng khoán.", "I play the stock market."),
    ("Bạn có chơi chứng khoán không?", "Do you play the stock market?"),
    ("Anh ấy không chơi chứng khoán.", "He doesn't play the stock market."),
    ("Cô ấy từng chơi chứng khoán.", "She used to play the stock market."),
    ("Bác Hùng chơi chứng khoán.", "Uncle Hung plays the stock market."),
    # v8: "My mother kept gold in the car.", "Do you keep gold at home?", "I don't keep gold at home."
    ("Mẹ tôi giữ vàng trong két.", "My mother keeps gold in a safe."),
    ("Bạn có giữ vàng ở nhà không?", "Do you keep gold at home?"),
    ("Tôi không giữ vàng ở nhà.", "I don't keep gold at home."),
    # v8: "I bought a bank stocks.", "He bought virtual money.", "Yesterday, I bought gold.", "I sold all shares.",
    # "Lan just buy Bitcoin.", "We usually buy gold.", "My father bought gold to save.", "I'll sell shares."
    ("Tôi đã mua cổ phiếu ngân hàng.", "I bought bank shares."),
    ("Anh ấy đã mua tiền ảo.", "He bought cryptocurrency."),
    ("Hôm qua tôi mua vàng.", "I bought gold yesterday."),
    ("Tuần trước bố tôi bán cổ phiếu.", "My father sold shares last week."),
    ("Tôi bán hết cổ phiếu rồi.", "I've sold all my shares."),
    ("Anh ấy đã bán hết vàng.", "He sold all his gold."),
    ("Chúng tôi đã mua vàng rồi.", "We've bought gold."),
    ("Chị Lan vừa mua Bitcoin.", "Lan has just bought Bitcoin."),
    ("Chúng tôi hay mua vàng.", "We often buy gold."),
    ("Bố tôi mua vàng để tiết kiệm.", "My father buys gold as savings."),
    ("Tôi sẽ bán cổ phiếu.", "I'll sell shares."),
    # v8: "He holes the stock.", "I am interesting 10 million shares.", "I have a 5- million hole when playing the
    # stock.", "My father is a virtual hole."
    ("Anh ấy lỗ tiền chứng khoán.", "He lost money on the stock market."),
    ("Tôi bị lỗ 5 triệu khi chơi chứng khoán.", "I lost VND5 million on the stock market."),
    ("Tôi lãi được 10 triệu nhờ chứng khoán.", "I made a profit of VND10 million on the stock market."),
    ("Bố tôi đang lỗ tiền ảo.", "My father is losing money on cryptocurrency."),
    ("Họ vừa lãi 50 triệu đồng từ cổ phiếu ngân hàng.", "They've just made a profit of VND50 million on bank shares."),
    ("Tôi lỗ tiền ảo rồi.", "I've lost money on cryptocurrency."),
    ("Cô ấy lãi nhờ đầu tư vàng.", "She made a profit on gold."),
    # v8: "The price of gold is up.", "The price of gold is down.", "Stock prices fall sharply.", "The price of gold
    # has risen.", "Is gold risen?", "Prices Bitcoin just fell."
    ("Giá vàng tăng rồi.", "The price of gold has gone up."),
    ("Giá vàng giảm.", "The price of gold has fallen."),
    ("Giá vàng đang tăng.", "The price of gold is going up."),
    ("Giá cổ phiếu giảm mạnh.", "Share prices have fallen sharply."),
    ("Giá vàng lại tăng rồi.", "The price of gold has gone up again."),
    ("Giá vàng hôm nay tăng.", "The price of gold has gone up today."),
    ("Giá vàng tăng chưa?", "Has the price of gold gone up yet?"),
    ("Giá Bitcoin vừa giảm.", "The price of Bitcoin has just fallen."),
    # not: a plain "mua" (bought, or buys?), "chỉ" of gold, a profit on nothing said (interest?), a sum in words,
    # gold kept with no place, "anh" alone saying it, "I" asked, "có" with no "không", a "?" on a statement, a pet,
    # all of it sold by a name alone (his or hers?), bought up, buying asked, a day ahead, "lãi tiền" (interest),
    # "bị lãi", gold kept once, yellow things, the lottery, savings, a price asked
    ("Tôi mua vàng.", None), ("Tôi mua cổ phiếu ngân hàng.", None), ("Tôi mua hai chỉ vàng.", None),
    ("Tôi lãi được 10 triệu.", None), ("Tôi lãi được mười triệu nhờ chứng khoán.", None), ("Mẹ tôi giữ vàng.", None),
    ("Anh chơi chứng khoán.", None), ("Tôi có chơi chứng khoán không?", None), ("Bạn có chơi chứng khoán?", None),
    ("Giá vàng tăng?", None), ("Con mèo của tôi đầu tư vào vàng.", None), ("Lan bán hết cổ phiếu rồi.", None),
    ("Tôi mua hết vàng rồi.", None), ("Bạn đã mua vàng chưa?", None), ("Ngày mai tôi mua vàng.", None),
    ("Tôi lãi tiền chứng khoán.", None), ("Tôi bị lãi chứng khoán.", None), ("Tôi đã giữ vàng trong két.", None),
    ("Tôi mua áo màu vàng.", None), ("Lá cây chuyển sang màu vàng.", None), ("Tôi mua vé số.", None),
    ("Tôi tiết kiệm được 10 triệu.", None), ("Giá vàng bao nhiêu?", None), ("Giá vàng vừa tăng rồi.", None),
    ("I invest in stocks.", None), ("Chứng khoán vàng tiền ảo.", None),
    # not: a statement with "nhỉ" (asks to be agreed with: "haven't they?"), a sum straight before what is held (5
    # million shares?)
    ("Chúng tôi đầu tư vào tiền ảo nhỉ.", None), ("Giá vàng tăng rồi nhỉ.", None), ("Anh ấy đã mua vàng nhỉ.", None),
    ("Tôi lỗ tiền chứng khoán nhỉ.", None), ("Tôi lãi 5 triệu cổ phiếu.", None), ("Tôi lãi 5 nghìn cổ phiếu.", None),
    ("Tôi bị lỗ 3 triệu vàng.", None),
    # ... but a question with "nhỉ", and a sum with the losing said
    ("Giá vàng tăng chưa nhỉ?", "Has the price of gold gone up yet?"),
    ("Anh ấy lỗ mất 20 triệu do chơi chứng khoán.", "He lost VND20 million on the stock market."),
    ("Tôi lỗ 5 triệu chơi chứng khoán.", "I lost VND5 million on the stock market."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đầu tư vào cổ phiếu.", "Chúng tôi không đầu tư vào khóc." (crying), "Anh ta đầu tư vào vàng." (the past
    # lost), "Cô ấy từng chơi thị trường chứng khoán."
    ("I invest in stocks.", "Tôi đầu tư vào chứng khoán."),
    ("We don't invest in crypto.", "Chúng tôi không đầu tư vào tiền ảo."),
    ("Does your father invest in gold?", "Bố bạn có đầu tư vào vàng không?"),
    ("He invested in gold.", "Anh ấy đã đầu tư vào vàng."),
    ("Lan invests in the stock market.", "Lan đầu tư vào thị trường chứng khoán."),
    ("Do you play the stock market?", "Bạn có chơi chứng khoán không?"),
    ("She used to play the stock market.", "Cô ấy từng chơi chứng khoán."),
    ("We still play the stock market.", "Chúng tôi vẫn chơi chứng khoán."),
    # v8: "Mẹ tôi giữ vàng an toàn.", "Bạn giữ vàng tại nhà?"
    ("My mother keeps gold in a safe.", "Mẹ tôi giữ vàng trong két sắt."),
    ("Do you keep gold at home?", "Bạn có giữ vàng ở nhà không?"),
    # v8: "Anh ấy mua lại sự khóc lóc.", "Tôi mua vàng hôm qua.", "Chúng ta sẽ mua vàng." (we, the listener too),
    # "Anh ấy thường mua vàng.", "Cha tôi mua vàng như tiền tiết kiệm.", "Tôi đã bán hết cổ phiếu của tôi."
    ("He bought cryptocurrency.", "Anh ấy đã mua tiền ảo."),
    ("I bought gold yesterday.", "Hôm qua tôi mua vàng."),
    ("Last week, my father sold shares.", "Tuần trước bố tôi bán cổ phiếu."),
    ("I've sold all my shares.", "Tôi bán hết cổ phiếu rồi."),
    ("My mother's sold all her gold.", "Mẹ tôi bán hết vàng rồi."),
    ("She has just bought Bitcoin.", "Cô ấy vừa mua Bitcoin."),
    ("I just bought Bitcoin.", "Tôi vừa mua Bitcoin."),
    ("We'll buy gold.", "Chúng tôi sẽ mua vàng."),
    ("He often buys gold.", "Anh ấy hay mua vàng."),
    ("My father buys gold as savings.", "Bố tôi mua vàng để tiết kiệm."),
    # v8: "Tôi đã tạo lợi nhuận 10 triệu đồng trên cổ phiếu.", "Anh ấy mất tiền trên thị trường chứng khoán.",
    # "Tôi mất 5 triệu đồng trên khóc.", "Tôi kiếm tiền trên vàng."
    ("I made a profit of 10 million dong on shares.", "Tôi lãi được 10 triệu đồng nhờ đầu tư cổ phiếu."),
    ("He lost money on the stock market.", "Anh ấy bị lỗ khi chơi chứng khoán."),
    ("I lost 5 million dong on cryptocurrency.", "Tôi bị lỗ 5 triệu đồng khi đầu tư tiền ảo."),
    ("I made money on gold.", "Tôi lãi nhờ đầu tư vàng."),
    ("My uncle just lost money on stocks.", "Chú tôi vừa bị lỗ khi chơi chứng khoán."),
    # v8: "Giá vàng tăng.", "Giá vàng giảm.", "Giá vàng đang tăng.", "Giá vàng tăng lên hôm nay.", "Có giá vàng tăng
    # lên chưa?", "Giá cổ phiếu giảm mạnh." (the tense lost)
    ("The price of gold has gone up.", "Giá vàng tăng rồi."),
    ("The price of gold has fallen.", "Giá vàng giảm rồi."),
    ("Gold prices are going up.", "Giá vàng đang tăng."),
    ("The price of gold went up today.", "Hôm nay giá vàng tăng."),
    ("Has the price of gold gone up yet?", "Giá vàng tăng chưa?"),
    ("Share prices have fallen sharply.", "Giá cổ phiếu giảm mạnh rồi."),
    ("The price of gold dropped.", "Giá vàng đã giảm."),
    ("The price of gold has dropped.", "Giá vàng giảm rồi."),
    # not: a verb not agreeing with who ("He invest", "Does she invests", "Share prices has", "She buy"), another's
    # shares sold, the stock market bought, a sum in words, "has lost" (left), "?" on a statement, a pet, gold as a
    # colour or a thing, the other way's language, "Did" asked, "didn't"
    ("He invest in stocks.", None), ("Does she invests in gold?", None), ("Share prices has fallen.", None),
    ("She buy gold.", None), ("I sold all her shares.", None), ("He bought the stock market.", None),
    ("I lost ten million dong on shares.", None), ("She has lost money on stocks.", None),
    ("I invest in stocks?", None), ("My cat invests in gold.", None), ("I bought a gold watch.", None),
    ("Gold is yellow.", None), ("Tôi đầu tư vào chứng khoán.", None), ("Did you invest in gold?", None),
    ("I didn't invest in crypto.", None), ("The price of gold has gone up yet.", None),
    ("I lost a profit on shares.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
