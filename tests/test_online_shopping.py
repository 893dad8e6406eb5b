"""Buying online: a thing bought or ordered online, shopping online, where it was bought, cheaper online, an order
arrived or not, paying on delivery and delivery, both ways (mt/online_shopping.py)."""
import pytest

from mt.online_shopping import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I put the row on the network.", "I bought these shoes on the network.", "He laid Amazon.", "I'll put on
    # Shopee.", "I put a new phone on my network."
    ("Tôi đặt hàng trên mạng.", "I ordered it online."),
    ("Tôi mua đôi giày này trên mạng.", "I bought these shoes online."),
    ("Tôi mua cái áo này trên mạng.", "I bought this shirt online."),
    ("Tôi mua trên mạng.", "I bought it online."),
    ("Tôi mua qua mạng.", "I bought it online."),
    ("Anh ấy đặt hàng trên Amazon.", "He ordered it on Amazon."),
    ("Tôi đặt một cái điện thoại mới trên mạng.", "I ordered a new phone online."),
    ("Lan mua một cái máy ảnh trên mạng.", "Lan bought a camera online."),
    ("Tôi mua một cái ô trên mạng.", "I bought an umbrella online."),
    ("Tôi mua một cái quần trên mạng.", "I bought a pair of trousers online."),
    ("Tôi vừa đặt mua một đôi giày mới trên Shopee.", "I've just ordered a new pair of shoes on Shopee."),
    ("Tôi mua nó trên mạng rồi.", "I've already bought it online."),
    ("Tôi sẽ đặt trên Shopee.", "I'll order it on Shopee."),
    ("Anh ấy sẽ đặt nó trên Lazada.", "He'll order it on Lazada."),
    ("Bạn có mua nó trên mạng không?", "Did you buy it online?"),
    # v8: "She bought a lot of shopping online.", "I usually buy food on my network.", "Do you have or buy online
    # charts?", "I never bought clothes on the network."
    ("Cô ấy mua sắm trên mạng rất nhiều.", "She shops online a lot."),
    ("Cô ấy hay mua sắm trên mạng.", "She often shops online."),
    ("Tôi hay mua đồ trên mạng.", "I often buy things online."),
    ("Bạn có hay mua đồ trên mạng không?", "Do you often buy things online?"),
    ("Tôi không bao giờ mua quần áo trên mạng.", "I never buy clothes online."),
    ("Tôi thường đặt đồ ăn trên mạng.", "I often order food online."),
    ("Mẹ tôi thích mua sắm online.", "My mother likes shopping online."),
    ("Anh ấy không mua sắm trên mạng.", "He doesn't shop online."),
    # v8: "Where do you buy this coat?", "Where do you buy it?", "Too much cheaper online.", "A cheaper network."
    ("Bạn mua cái áo này ở đâu?", "Where did you buy this shirt?"),
    ("Chị mua cái váy này ở đâu vậy?", "Where did you buy this dress?"),
    ("Bạn mua nó ở đâu vậy?", "Where did you buy it?"),
    ("Trên mạng rẻ hơn.", "It's cheaper online."),
    ("Mua online rẻ hơn nhiều.", "It's much cheaper to buy online."),
    # v8: "My order has not been coming.", "My row has not been returned.", "Isn't your Invoice?", "My order has not
    # been traded.", "My post was not coming."
    ("Đơn hàng của tôi vẫn chưa đến.", "My order still hasn't arrived."),
    ("Hàng của tôi chưa về.", "My order hasn't arrived yet."),
    ("Đơn hàng của bạn đến chưa?", "Has your order arrived yet?"),
    ("Đơn hàng của tôi chưa được giao.", "My order hasn't been delivered yet."),
    ("Bưu kiện của tôi vẫn chưa đến.", "My parcel still hasn't arrived."),
    ("Đơn hàng của tôi đến rồi.", "My order has arrived."),
    # v8: "Can I pay when I get a coupon?", "The payment on the row receives.", "Do you have a row transaction?",
    # "Is there a free cost of trading?", "How long does the airline?"
    ("Tôi có thể thanh toán khi nhận hàng không?", "Can I pay on delivery?"),
    ("Tôi sẽ thanh toán khi nhận hàng.", "I'll pay on delivery."),
    ("Bạn có thể thanh toán bằng tiền mặt khi nhận hàng.", "You can pay cash on delivery."),
    ("Có thanh toán khi nhận hàng không?", "Do you offer cash on delivery?"),
    ("Thanh toán khi nhận hàng.", "Cash on delivery."),
    ("Bạn có giao hàng không?", "Do you deliver?"),
    ("Shop có giao hàng tận nơi không?", "Do you deliver?"),
    ("Có miễn phí giao hàng không?", "Is delivery free?"),
    ("Giao hàng mất bao lâu?", "How long does delivery take?"),
    # not: "anh" saying it (speaker or listener?), things bought plainly (once, or a habit?), asked with nothing said,
    # "hàng" without whose (a shop's stock?), paying plainly (will, did or does?), a pair of shirts, "đặt hàng" with
    # a thing, a room booked, "à" asking, other topics
    ("Anh mua cái này trên mạng.", None), ("Tôi mua đồ trên mạng.", None),
    ("Bạn có mua trên mạng không?", None), ("Hàng chưa về.", None), ("Tôi thanh toán khi nhận hàng.", None),
    ("Tôi mua một đôi áo trên mạng.", None), ("Tôi đặt hàng cái này trên mạng.", None),
    ("Tôi đặt phòng trên mạng.", None), ("Bạn mua trên mạng à?", None), ("Tôi mua sắm trên mạng xã hội.", None),
    ("Tôi muốn đổi cái áo này.", None), ("Bạn mua cái này bao nhiêu tiền?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi ra lệnh một mạng điện thoại mới.", "Tôi ra lệnh nó trực tuyến.", "Tôi sẽ ra lệnh đó trên Shopee.",
    # "Ông ra lệnh một máy tính xách tay trực tuyến.", "Bạn có yêu cầu nó trực tuyến không?"
    ("I ordered a new phone online.", "Tôi đặt mua một cái điện thoại mới trên mạng."),
    ("I bought it online.", "Tôi mua trên mạng."),
    ("I ordered it online.", "Tôi đặt mua trên mạng."),
    ("I bought these shoes online.", "Tôi mua đôi giày này trên mạng."),
    ("He ordered a laptop online.", "Anh ấy đặt mua một cái máy tính xách tay trên mạng."),
    ("I bought a new pair of shoes online.", "Tôi mua một đôi giày mới trên mạng."),
    ("He bought a new laptop on Amazon.", "Anh ấy mua một cái máy tính xách tay mới trên Amazon."),
    ("I'll order it on Shopee.", "Tôi sẽ đặt mua trên Shopee."),
    ("We'll order it on Tiki.", "Chúng tôi sẽ đặt mua trên Tiki."),
    ("I've just ordered it online.", "Tôi vừa đặt mua trên mạng."),
    ("I've already ordered it online.", "Tôi đã đặt mua trên mạng rồi."),
    ("Did you order it online?", "Bạn có đặt mua nó trên mạng không?"),
    # v8: "Tôi cửa hàng của mẹ trực tuyến." (my mother's shop), "Bé có cửa hàng trực tuyến không?" (a shop)
    ("My mother shops online.", "Mẹ tôi mua sắm trên mạng."),
    ("She shops online a lot.", "Cô ấy mua sắm trên mạng rất nhiều."),
    ("Does she shop online?", "Cô ấy có mua sắm trên mạng không?"),
    ("She often shops online.", "Cô ấy thường mua sắm trên mạng."),
    ("I never buy clothes online.", "Tôi không bao giờ mua quần áo trên mạng."),
    ("I often order things online.", "Tôi thường đặt hàng trên mạng."),
    ("My mother likes shopping online.", "Mẹ tôi thích mua sắm trên mạng."),
    ("I don't shop online.", "Tôi không mua sắm trên mạng."),
    # v8: "Nó là mạng rẻ hơn.", "Nó rẻ hơn để mua trực tuyến."
    ("Where did you buy these shoes?", "Bạn mua đôi giày này ở đâu?"),
    ("It's cheaper online.", "Trên mạng rẻ hơn."),
    ("It's much cheaper to buy online.", "Mua trên mạng rẻ hơn nhiều."),
    # v8: "Thứ tự của tôi vẫn chưa đến." (the sequence), "Tôi đã đến." (I have come), "Thứ tự của tôi vẫn chưa được
    # cung cấp."
    ("My order hasn't arrived yet.", "Đơn hàng của tôi chưa đến."),
    ("My order still hasn't arrived.", "Đơn hàng của tôi vẫn chưa đến."),
    ("Has your order arrived yet?", "Đơn hàng của bạn đã đến chưa?"),
    ("My order has arrived.", "Đơn hàng của tôi đã đến rồi."),
    ("My order hasn't been delivered yet.", "Đơn hàng của tôi chưa được giao."),
    # v8: "Tôi có thể trả tiền mặt khi sinh không?" (on giving birth), "Bạn có sinh không?", "Việc sinh nở có thể
    # tự do không?"
    ("Can I pay cash on delivery?", "Tôi có thể thanh toán khi nhận hàng không?"),
    ("I'll pay cash on delivery.", "Tôi sẽ thanh toán khi nhận hàng."),
    ("You can pay on delivery.", "Bạn có thể thanh toán khi nhận hàng."),
    ("Cash on delivery.", "Thanh toán khi nhận hàng."),
    ("Do you deliver?", "Bạn có giao hàng không?"),
    ("Is delivery free?", "Có miễn phí giao hàng không?"),
    ("How long does delivery take?", "Giao hàng mất bao lâu?"),
    # not: the verb not agreeing ("She shop", "He have", "Does she shops", "They has"), "a shoes", "got" (bought?),
    # buying with nothing said, a day after it, a thing not of the tables, other topics
    ("She shop online.", None), ("He have just bought it online.", None), ("Does she shops online?", None),
    ("They has ordered it online.", None), ("I bought a shoes online.", None), ("I got it online.", None),
    ("I buy online.", None), ("I bought it online yesterday.", None), ("I bought a sofa online.", None),
    ("I'd like to return these shoes.", None), ("Where did you buy that?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi mua trên mạng.", "en", "vi") is None
    assert translate("I bought it online.", "vi", "en") is None
    assert translate("I bought it online.", "en", "fr") is None
