"""Taxis and ride apps: calling, booking, getting or taking one, offering to call one, the taxi or the driver here, on
the way or late, and the fare, both ways (mt/taxis.py)."""
import pytest

from mt.taxis import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'll call taxi.", "I call your taxi for you?", "Let me call your taxi for you.", "I just called taxi."
    ("Tôi sẽ gọi taxi.", "I'll call a taxi."),
    ("Tôi sẽ gọi Grab.", "I'll call a Grab."),
    ("Tôi gọi taxi cho bạn nhé?", "Shall I call you a taxi?"),
    ("Để tôi gọi taxi cho bạn.", "Let me call you a taxi."),
    ("Tôi gọi taxi nhé.", "I'll call a taxi."),
    ("Tôi đã gọi taxi rồi.", "I've called a taxi."),
    ("Tôi vừa gọi taxi.", "I've just called a taxi."),
    ("Anh ấy đang gọi taxi.", "He's calling a taxi."),
    ("Anh ấy đã gọi taxi cho cô ấy rồi.", "He's called her a taxi."),
    ("Tôi sẽ gọi taxi cho mẹ tôi.", "I'll call a taxi for my mother."),
    ("Lan đã gọi taxi rồi.", "Lan has called a taxi."),
    # v8: "I put Grab.", "I put taxi.", "I set motorbike taxi."
    ("Tôi đặt Grab rồi.", "I've booked a Grab."),
    ("Tôi đã đặt taxi.", "I booked a taxi."),
    ("Mẹ tôi đã đặt xe ôm.", "My mother booked a motorbike taxi."),
    ("Tôi muốn đặt taxi.", "I'd like to book a taxi."),
    # v8: "I'll catch taxi.", "We went taxi.", "I'll go motorbike taxi."
    ("Tôi sẽ bắt taxi.", "I'll get a taxi."),
    ("Chúng tôi đã đi taxi.", "We took a taxi."),
    ("Tôi đã đi taxi về nhà.", "I took a taxi home."),
    ("Cô ấy sẽ đi taxi ra sân bay.", "She'll take a taxi to the airport."),
    ("Tôi sẽ đi xe ôm.", "I'll take a motorbike taxi."),
    ("Mẹ tôi muốn đi taxi về nhà.", "My mother would like to take a taxi home."),
    # v8: "Do you want me to call the taxi?", "Can you call the taxi for me?", "Please call the taxi for me."
    ("Bạn có muốn tôi gọi taxi không?", "Would you like me to call a taxi?"),
    ("Bạn gọi taxi giúp tôi được không?", "Can you call a taxi for me?"),
    ("Bạn có thể gọi taxi cho tôi không?", "Can you call me a taxi?"),
    ("Anh có thể gọi taxi cho mẹ tôi không?", "Can you call a taxi for my mother?"),
    ("Làm ơn gọi taxi cho tôi.", "Please call me a taxi."),
    ("Bạn đã gọi taxi chưa?", "Have you called a taxi yet?"),
    ("Tôi có nên gọi taxi không?", "Should I call a taxi?"),
    # v8: "The taxi comes.", "Taxes are coming.", "Is the taxi to?", "The taxi is not coming.", "Your taxi comes."
    ("Taxi đến rồi.", "The taxi's here."),
    ("Taxi của bạn đến rồi.", "Your taxi's here."),
    ("Taxi sắp đến rồi.", "The taxi will be here soon."),
    ("Taxi đang đến.", "The taxi's on its way."),
    ("Taxi đang trên đường đến.", "The taxi's on its way."),
    ("Taxi đến chưa?", "Is the taxi here yet?"),
    ("Taxi chưa đến.", "The taxi isn't here yet."),
    ("Taxi vẫn chưa đến.", "The taxi still isn't here."),
    ("Taxi đến muộn rồi.", "The taxi's late."),
    ("Taxi đâu rồi?", "Where's the taxi?"),
    ("Xe ôm đến rồi.", "The motorbike taxi's here."),
    ("Tài xế đến rồi.", "The driver's here."),
    ("Tài xế đang đến.", "The driver's on the way."),
    ("Tài xế đang đợi bên ngoài.", "The driver's waiting outside."),
    # v8: "How much do you go to taxi?", "Taxes VND200 thousand."
    ("Tiền taxi hết bao nhiêu?", "How much is the taxi fare?"),
    ("Đi taxi hết bao nhiêu tiền?", "How much is a taxi?"),
    ("Tiền taxi hết 200 nghìn.", "The taxi cost 200,000 dong."),
    ("Tiền taxi là 150 nghìn.", "The taxi fare is 150,000 dong."),
    # not: no tense ("Tôi gọi taxi.": now, a habit or done), "anh" or "em" alone saying it (the speaker or "you"),
    # "chúng ta" and "mình" suggesting it (mt/suggestions.py's, or "we"), "có … không?" (did you, or will you?), a
    # taxi called home, a taxi taken "rồi" or "chưa" (ever?) or "đang" (in one?), "xe" alone (a car), asked without
    # "?", a fare to a place (mt/patterns.py's), how long a ride takes (mt/journeys.py's)
    ("Taxi đến rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi gọi taxi.", None), ("Mẹ tôi đi taxi.", None), ("Anh gọi taxi rồi.", None),
    ("Chị gọi taxi giúp em được không?", None), ("Chúng ta đi taxi nhé.", None), ("Mình gọi taxi nhé?", None),
    ("Bạn có gọi taxi không?", None), ("Tôi sẽ gọi taxi về nhà.", None), ("Bạn đã đi taxi chưa?", None),
    ("Xe đến rồi.", None), ("Tôi đang đi taxi.", None), ("Taxi đến chưa.", None),
    ("Đi taxi ra sân bay hết bao nhiêu tiền?", None), ("Đi taxi ra sân bay mất khoảng 30 phút.", None),
    ("Tôi sẽ gọi cho bạn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có nên gọi cho bạn taxi không?", "Tôi gọi bạn taxi không?", "Tôi sẽ gọi cho bạn một taxi."
    ("I'll call a taxi.", "Tôi sẽ gọi taxi."),
    ("I'll call a Grab.", "Tôi sẽ gọi Grab."),
    ("Should I call you a taxi?", "Tôi gọi taxi cho bạn nhé?"),
    ("Shall I call you a taxi?", "Tôi gọi taxi cho bạn nhé?"),
    ("Shall I call a taxi?", "Tôi gọi taxi nhé?"),
    ("Should I call a taxi?", "Tôi có nên gọi taxi không?"),
    ("Should we take a taxi?", "Chúng ta có nên đi taxi không?"),
    ("I'll call you a taxi.", "Tôi sẽ gọi taxi cho bạn."),
    ("Let me call you a taxi.", "Để tôi gọi taxi cho bạn."),
    # v8: "Tôi đã gọi là taxi." (called it taxi), "Tôi đã cuốn sách một taxi." (a book)
    ("I've called a taxi.", "Tôi đã gọi taxi rồi."),
    ("I've already called a taxi.", "Tôi đã gọi taxi rồi."),
    ("I've just booked a Grab.", "Tôi vừa đặt Grab."),
    ("I've booked a taxi.", "Tôi đã đặt taxi rồi."),
    ("I booked a Grab.", "Tôi đã đặt Grab."),
    ("I'd like to book a taxi.", "Tôi muốn đặt taxi."),
    ("He's calling a taxi.", "Anh ấy đang gọi taxi."),
    # v8: "Tôi sẽ nhận được một taxi." (receive), "Cô ấy đã đi taxi sân bay.", "Tôi sẽ lấy 1 xe ôm."
    ("I'll get a taxi.", "Tôi sẽ bắt taxi."),
    ("I'll take a taxi.", "Tôi sẽ đi taxi."),
    ("We took a taxi.", "Chúng tôi đã đi taxi."),
    ("I took a taxi home.", "Tôi đã đi taxi về nhà."),
    ("I took a taxi here.", "Tôi đã đi taxi đến đây."),
    ("She took a taxi to the airport.", "Cô ấy đã đi taxi đến sân bay."),
    ("I'll take a motorbike taxi.", "Tôi sẽ đi xe ôm."),
    ("She wants to take a taxi home.", "Cô ấy muốn đi taxi về nhà."),
    ("My mother wants to take a taxi.", "Mẹ tôi muốn đi taxi."),
    # v8: "Bạn có thể gọi tôi một taxi không?" (call me "a taxi"), "Vui lòng gọi cho tôi một taxi."
    ("Can you call me a taxi?", "Bạn có thể gọi taxi cho tôi không?"),
    ("Could you call a taxi for me?", "Bạn có thể gọi taxi cho tôi không?"),
    ("Please call me a taxi.", "Làm ơn gọi taxi cho tôi."),
    ("Have you called a taxi yet?", "Bạn đã gọi taxi chưa?"),
    ("Did you call a taxi?", "Bạn đã gọi taxi chưa?"),
    ("Do you want me to call a taxi?", "Bạn có muốn tôi gọi taxi không?"),
    # v8: "Taxi ở đây.", "Taxi taxi của bạn ở đây.", "Taxi đang ở trên đường của nó.", "Cuối cùng taxi.", "Chưa có
    # taxi nào.", "Hiện tại taxi?", "Trình điều khiển đang đợi." (a device driver)
    ("The taxi is here.", "Taxi đến rồi."),
    ("The taxi's here.", "Taxi đến rồi."),
    ("Your taxi is here.", "Taxi của bạn đến rồi."),
    ("Your Grab is here.", "Xe Grab của bạn đến rồi."),
    ("The taxi is on its way.", "Taxi đang đến."),
    ("The taxi will be here soon.", "Taxi sắp đến rồi."),
    ("The taxi is late.", "Taxi đến muộn."),
    ("The taxi hasn't come yet.", "Taxi chưa đến."),
    ("The taxi still isn't here.", "Taxi vẫn chưa đến."),
    ("Is the taxi here yet?", "Taxi đến chưa?"),
    ("Has the taxi arrived?", "Taxi đến chưa?"),
    ("The driver is waiting.", "Tài xế đang đợi."),
    ("The driver is waiting outside.", "Tài xế đang đợi bên ngoài."),
    ("The driver is on his way.", "Tài xế đang đến."),
    # v8: "Taxi là bao taxi nhiêu?", "Taxi chi phí 200.000 đồng."
    ("How much was the taxi?", "Tiền taxi hết bao nhiêu?"),
    ("How much is the taxi fare?", "Tiền taxi bao nhiêu?"),
    ("How much is a taxi?", "Đi taxi hết bao nhiêu tiền?"),
    ("The taxi cost 200,000 dong.", "Tiền taxi hết 200.000 đồng."),
    ("The taxi fare was 150,000 dong.", "Tiền taxi hết 150.000 đồng."),
    # not: the present (a habit), the verb not agreeing with who, "Let's" and "Shall we" (mt/suggestions.py's), a
    # taxi called home, a taxi taken "-ing" (now, or a plan?), "here" asked (where, not where to), "I've got a taxi"
    # (one had?), "Where is the taxi?" and a fare to a place (mt/patterns.py's), "yet" with "Did"
    ("I call a taxi.", None), ("She have called a taxi.", None), ("He want to take a taxi.", None),
    ("Does you want me to call a taxi?", None), ("I has booked a taxi.", None), ("The taxi are here.", None),
    ("We're taking a taxi to the hotel.", None), ("Let's take a taxi.", None), ("Shall we take a taxi?", None),
    ("I'll call a taxi home.", None),
    ("Can I get a taxi here?", None), ("I've got a taxi.", None), ("Where is the taxi?", None),
    ("How much is a taxi to the airport?", None), ("Did you call a taxi yet?", None), ("I'll call you.", None),
    ("Should I call me a taxi?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
