"""Ordering food in through an app: who ordered, orders or will order it, ordering in suggested, the food here or not
yet, the delivery driver, the delivery fee, both ways (mt/food_delivery.py)."""
import pytest

from mt.food_delivery import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I put the food across Grab.", "I just put food on ShopeeFood.", "My mother put the food through GrabFood."
    ("Tôi đặt đồ ăn qua Grab.", "I ordered food on Grab."),
    ("Tôi vừa đặt đồ ăn trên ShopeeFood.", "I've just ordered food on ShopeeFood."),
    ("Mẹ tôi đã đặt đồ ăn qua GrabFood.", "My mother ordered food on GrabFood."),
    ("Mẹ tôi vừa đặt phở qua Grab.", "My mother has just ordered pho on Grab."),
    ("Tôi vừa gọi đồ ăn về.", "I've just ordered in."),
    # v8: "I've put milk tea.", "I'll put food through Baemin.", "I lay the chicken on GrabFood."
    ("Tôi đã đặt trà sữa rồi.", "I've already ordered bubble tea."),
    ("Tôi gọi trà sữa qua ShopeeFood rồi.", "I've already ordered bubble tea on ShopeeFood."),
    ("Tôi sẽ đặt đồ ăn qua Baemin.", "I'll order food on Baemin."),
    ("Tôi đặt gà rán trên GrabFood.", "I ordered fried chicken on GrabFood."),
    # v8: "I usually put lunchs on ShopeeFood.", "She puts milk tea every day.", "She also set milk tea.", "He or put
    # the food on Grab."
    ("Tôi thường đặt đồ ăn trưa trên ShopeeFood.", "I usually order lunch on ShopeeFood."),
    ("Cô ấy đặt trà sữa mỗi ngày.", "She orders bubble tea every day."),
    ("Cô ấy ngày nào cũng đặt trà sữa.", "She orders bubble tea every day."),
    ("Anh ấy hay đặt đồ ăn trên Grab.", "He often orders food on Grab."),
    ("Bố tôi thỉnh thoảng đặt phở qua Baemin.", "My father sometimes orders pho on Baemin."),
    ("Tôi không bao giờ đặt đồ ăn qua Grab.", "I never order food on Grab."),
    ("Bạn có hay đặt đồ ăn qua Grab không?", "Do you often order food on Grab?"),
    # v8: "Would you set food?", "Do you want to set food?"
    ("Bạn đặt đồ ăn chưa?", "Have you ordered food yet?"),
    ("Bạn có muốn đặt đồ ăn không?", "Do you want to order food?"),
    ("Tôi muốn gọi đồ ăn về.", "I want to order in."),
    # v8: "Tonight, we put food.", "Do we put pizza?"
    ("Tối nay chúng ta gọi đồ ăn về nhé.", "Let's order in tonight."),
    ("Chúng ta đặt pizza nhé?", "Shall we order pizza?"),
    ("Hay là chúng ta đặt gà rán?", "Why don't we order fried chicken?"),
    ("Mình gọi đồ ăn về đi.", "Let's order in."),
    ("Thứ bảy chúng ta đặt pizza nhé.", "Let's order pizza on Saturday."),
    # v8: "The food is not coming.", "Did you eat?", "You eat it.", "It's upcoming food."
    ("Đồ ăn chưa đến.", "The food hasn't arrived yet."),
    ("Đồ ăn vẫn chưa đến.", "The food still hasn't arrived."),
    ("Đồ ăn đến chưa?", "Has the food arrived yet?"),
    ("Đồ ăn của bạn đến chưa?", "Has your food arrived yet?"),
    ("Đồ ăn đến rồi.", "The food is here."),
    ("Trà sữa của tôi đến rồi.", "My bubble tea is here."),
    ("Đồ ăn sắp đến rồi.", "The food is almost here."),
    ("Đồ ăn đang trên đường đến.", "The food is on its way."),
    # v8: "Shipper is outside.", "Shipper is at home.", "Shipper came."
    ("Shipper đang ở ngoài.", "The delivery driver is outside."),
    ("Shipper đang đợi ở dưới nhà.", "The delivery driver is waiting downstairs."),
    ("Anh shipper đến rồi.", "The delivery driver is here."),
    ("Shipper đến chưa?", "Is the delivery driver here yet?"),
    ("Shipper đang gọi.", "The delivery driver is calling."),
    # v8: "How much does the cost of the goods?", "How much are the ship?", "As long as trading costs."
    ("Phí giao hàng bao nhiêu?", "How much is the delivery fee?"),
    ("Phí ship bao nhiêu vậy?", "How much is the delivery fee?"),
    ("Phí giao hàng là 15 nghìn.", "The delivery fee is 15,000 dong."),
    ("Có mất phí giao hàng không?", "Is there a delivery fee?"),
    ("Miễn phí giao hàng.", "Free delivery."),
    # not: a plain verb without an app (when?), "anh" saying it (the speaker?), did or does, "mình … nhé" (may be
    # "I"), a suggestion not made, a day behind, a meal arriving (at home too), mt/online_shopping.py's and
    # mt/taxis.py's, "chưa" asked of what is coming now
    ("Tôi đặt đồ ăn.", None), ("Tôi gọi đồ ăn.", None), ("Anh đặt đồ ăn qua Grab rồi.", None),
    ("Bạn có đặt đồ ăn qua Grab không?", None), ("Mình đặt pizza nhé?", None), ("Chúng ta đặt pizza.", None),
    ("Hôm qua chúng ta đặt pizza nhé.", None), ("Cơm trưa đến rồi.", None), ("Tôi đặt hàng trên Shopee.", None),
    ("Có miễn phí giao hàng không?", None), ("Tôi đặt taxi qua Grab.", None), ("Tài xế đang ở ngoài.", None),
    ("Shipper đang đến chưa?", None), ("Đồ ăn đang đến rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi gọi thức ăn trên Grab." (so-so), "Tôi ra lệnh gà lận trên GrabFood." (a command)
    ("I ordered food on Grab.", "Tôi đã đặt đồ ăn qua Grab."),
    ("I ordered fried chicken on GrabFood.", "Tôi đã đặt gà rán qua GrabFood."),
    ("I've just ordered food on ShopeeFood.", "Tôi vừa đặt đồ ăn qua ShopeeFood."),
    ("My mother has just ordered pho on Grab.", "Mẹ tôi vừa đặt phở qua Grab."),
    ("I've already ordered bubble tea.", None),
    ("She's ordered pizza.", None),
    ("I'll order food on Baemin.", "Tôi sẽ đặt đồ ăn qua Baemin."),
    # v8: "Tôi ra lệnh đi tàu." (a train)
    ("I ordered in.", "Tôi đã gọi đồ ăn về."),
    ("I ordered takeaway.", "Tôi đã gọi đồ ăn về."),
    # v8: "Cô ấy gọi trà bọt mỗi ngày." (foam tea)
    ("She orders bubble tea every day.", None),
    ("I usually order lunch on ShopeeFood.", "Tôi thường đặt đồ ăn trưa qua ShopeeFood."),
    ("He often orders food on Grab.", "Anh ấy thường đặt đồ ăn qua Grab."),
    ("Does your mother often order food on Grab?", "Mẹ bạn có thường đặt đồ ăn qua Grab không?"),
    ("I never order food on Grab.", "Tôi không bao giờ đặt đồ ăn qua Grab."),
    ("Have you ordered the food yet?", None),
    ("Did you order food on Grab?", "Bạn có đặt đồ ăn qua Grab không?"),
    ("Do you want to order in?", "Bạn có muốn gọi đồ ăn về không?"),
    ("She wants to order a pizza.", None),
    # v8: "Thứ tự của chúng ta trong tối nay." (an order, a sequence), "Mua sắm chúng tôi gọi pizza không?"
    ("Let's order in tonight.", "Tối nay chúng ta gọi đồ ăn về nhé."),
    # no app, no "in": the order may be made at a table ("gọi": the model's and mt.terms')
    ("Shall we order pizza?", None),
    ("Why don't we order pizza?", None),
    ("Let's order pho from Baemin.", "Chúng ta đặt phở qua Baemin nhé."),
    ("Let's order pizza on Saturday.", None),
    # v8: "Thực phẩm chưa đến.", "Thức ăn đến vẫn chưa?", "Thức ăn đang ở trên đường của nó." (its road)
    ("The food hasn't arrived yet.", "Đồ ăn chưa đến."),
    ("The food still hasn't arrived.", "Đồ ăn vẫn chưa đến."),
    ("Has the food arrived yet?", "Đồ ăn đã đến chưa?"),
    ("Is the food here yet?", "Đồ ăn đã đến chưa?"),
    ("The food's here.", "Đồ ăn đến rồi."),
    ("My pizza is here.", "Pizza của tôi đến rồi."),
    ("The food is on its way.", "Đồ ăn đang trên đường đến."),
    # v8: "Trình điều khiển sinh nở nằm ngoài." (a device driver giving birth), "Người sinh nở bên ngoài."
    ("The delivery driver is outside.", "Shipper đang ở ngoài."),
    ("The delivery guy is waiting downstairs.", "Shipper đang đợi ở dưới nhà."),
    ("Is the delivery driver here yet?", "Shipper đến chưa?"),
    ("The delivery driver is on his way.", "Shipper đang đến."),
    # v8: "Sinh nở bao nhiêu?", "Sinh nở là gì?", "Fee sinh nở là 15.000 đồng."
    ("How much is the delivery fee?", "Phí giao hàng bao nhiêu?"),
    ("What's the delivery fee?", "Phí giao hàng bao nhiêu?"),
    ("The delivery fee is 15,000 dong.", "Phí giao hàng là 15.000 đồng."),
    ("Is there a delivery fee?", "Có mất phí giao hàng không?"),
    # not: the verb not agreeing with who, "a" that does not go with the food, a day behind, "has" or "is" that
    # does not go with the rest, mt/orders.py's, mt/online_shopping.py's, mt/taxis.py's, "delivery" alone asked
    ("She order bubble tea every day.", None), ("I orders food on Grab.", None), ("He have ordered food.", None),
    ("Does she orders pizza?", None), ("She want to order pizza.", None), ("I want to order a food.", None),
    ("I ordered an pizza.", None), ("Let's order pizza yesterday.", None), ("The food have arrived.", None),
    ("The food is arrived.", None), ("I'd like to order a pizza.", None), ("Is delivery free?", None),
    ("I ordered a new phone online.", None), ("The driver is outside.", None), ("What's delivery?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đặt đồ ăn qua Grab.", "en", "vi") is None
    assert translate("I ordered food on Grab.", "vi", "en") is None
    assert translate("I ordered food on Grab.", "en", "fr") is None


@pytest.mark.parametrize("text, said", [
    ("She orders bubble tea on ShopeeFood every day.", "Cô ấy đặt trà sữa qua ShopeeFood mỗi ngày."),
    ("Shall we order pizza on Grab?", "Chúng ta đặt pizza qua Grab nhé?"),
    ("Let's order in on Saturday.", "Chúng ta gọi đồ ăn về vào thứ Bảy nhé.")])
def test_delivered_en_vi(text, said):
    # with an app or "in" the order is brought: "đặt"
    assert translate(text, "en", "vi") == said
