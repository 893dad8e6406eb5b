"""Queues: who is in the queue, this queue, where it is or ends, how long it is, please queue, jumping the queue, how
long who queued, no queue, who has to queue, both ways (mt/queues.py)."""
import pytest

from mt.queues import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you have a row?", "My mother was packing the shop.", "I'm packing the toilet."
    ("Bạn có xếp hàng không?", "Are you in the queue?"),
    ("Bạn có đang ở trong hàng không?", "Are you in the queue?"),
    ("Tôi đang ở trong hàng.", "I'm in the queue."),
    ("Mẹ tôi đang xếp hàng mua vé.", "My mother is queuing for tickets."),
    ("Tôi vẫn đang xếp hàng mua vé xem phim.", "I'm still queuing for film tickets."),
    ("Bạn đang xếp hàng đi vệ sinh à?", "Are you queuing for the toilet?"),
    ("Lan đang xếp hàng thanh toán.", "Lan is queuing to pay."),
    # v8: "Is this a row?", "Is this a coupon?", "Are there a row here?"
    ("Đây có phải hàng không?", "Is this the queue?"),
    ("Đây có phải là hàng để mua vé không?", "Is this the queue for tickets?"),
    ("Đây có phải hàng lên xe buýt không?", "Is this the queue for the bus?"),
    ("Đây có phải cuối hàng không?", "Is this the end of the queue?"),
    ("Có phải xếp hàng ở đây không?", "Is this the queue?"),
    # v8: "Where are the end of the row?", "Where do the end row?", "Where do the boss?", "Where do I pack?"
    ("Cuối hàng ở đâu?", "Where's the end of the queue?"),
    ("Hàng kết thúc ở đâu?", "Where does the queue end?"),
    ("Hàng mua vé ở đâu?", "Where's the queue for tickets?"),
    ("Xếp hàng ở đâu?", "Where's the queue?"),
    ("Tôi phải xếp hàng ở đâu?", "Where do I have to queue?"),
    # v8: "It's too long.", "It's very long.", "Short row."
    ("Hàng dài quá.", "The queue is so long."),
    ("Hàng rất dài.", "The queue is very long."),
    ("Hàng mua vé dài quá!", "The queue for tickets is so long!"),
    ("Hàng có dài không?", "Is the queue long?"),
    # v8: "Please arrange the row.", "Please sort the row.", "Align the row."
    ("Vui lòng xếp hàng.", "Please queue."),
    ("Làm ơn xếp hàng ở đây.", "Please queue here."),
    ("Hãy xếp hàng.", "Please queue."),
    # v8: "There was a chener.", "He's just underwear."
    ("Có người chen hàng.", "Someone jumped the queue."),
    ("Anh ấy vừa chen ngang vào hàng.", "He just jumped the queue."),
    ("Có người đang chen hàng!", "Someone is jumping the queue!"),
    ("Đừng chen hàng.", "Don't jump the queue."),
    ("Vui lòng không chen hàng.", "Please don't jump the queue."),
    # v8: "We ranked an hour.", "We've been packing two hours to buy tickets.", "I've been packed for all morning."
    ("Chúng tôi đã xếp hàng một tiếng.", "We queued for an hour."),
    ("Chúng tôi xếp hàng một tiếng rồi.", "We've been queuing for an hour."),
    ("Chúng tôi đã xếp hàng hai tiếng để mua vé.", "We queued for tickets for two hours."),
    ("Hôm qua tôi phải xếp hàng mua vé hai tiếng.", "I had to queue for tickets for two hours yesterday."),
    ("Tôi xếp hàng cả buổi sáng rồi.", "I've been queuing all morning."),
    # v8: "Today isn't a row.", "We have to pack up.", "Do we pack?", "Do you have to sort the row?"
    ("Hôm nay không có ai xếp hàng.", "There's no queue today."),
    ("Hôm nay không phải xếp hàng.", "There's no need to queue today."),
    ("Bạn không cần xếp hàng.", "You don't need to queue."),
    ("Chúng ta phải xếp hàng.", "We have to queue."),
    ("Chúng ta có phải xếp hàng không?", "Do we have to queue?"),
    ("Cô ấy phải xếp hàng đi vệ sinh.", "She has to queue for the toilet."),
    # not: plain queuing (mt/waiting.py's), "anh" saying it (the speaker?), "hàng" alone as where or none (goods, out
    # of stock), "có phải" without who or where (is it, or must?), "chen ngang" alone (interrupting), no tense said,
    # asked without "không", "có" said, a span and a day behind with "rồi"
    ("Tôi đang xếp hàng.", None), ("Bạn có đang xếp hàng không?", None), ("Anh đang ở trong hàng.", None),
    ("Anh chen hàng.", None), ("Hàng ở đâu?", None), ("Hôm nay không có hàng.", None),
    ("Có phải xếp hàng không?", None), ("Có người chen ngang.", None), ("Đừng chen ngang.", None),
    ("Chúng tôi xếp hàng một tiếng.", None), ("Tôi phải xếp hàng?", None), ("Tôi có xếp hàng.", None),
    ("Hôm qua tôi xếp hàng một tiếng rồi.", None), ("Ngân hàng ở đâu?", None), ("Nhà hàng dài quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có trong hàng đợi không?" (a computer's queue), "Tôi đang chờ vé."
    ("Are you in the queue?", "Bạn có đang xếp hàng không?"),
    ("Is she still in the queue?", "Cô ấy vẫn đang xếp hàng à?"),
    ("I'm in line.", "Tôi đang xếp hàng."),
    ("My mother is in the queue for tickets.", "Mẹ tôi đang xếp hàng mua vé."),
    ("I'm queuing for tickets.", "Tôi đang xếp hàng mua vé."),
    ("We're waiting in line for the toilet.", "Chúng tôi đang xếp hàng đi vệ sinh."),
    # v8: "Đây có phải hàng đợi không?", "Có phải hàng đợi này để vé không?", "Đường này có phải cho vé không?"
    ("Is this the queue?", "Có phải xếp hàng ở đây không?"),
    ("Is this the queue for tickets?", "Đây có phải hàng mua vé không?"),
    ("Is this the line for tickets?", "Đây có phải hàng mua vé không?"),
    ("Is this the queue for the bus?", "Đây có phải hàng lên xe buýt không?"),
    ("Is this the end of the queue?", "Đây có phải cuối hàng không?"),
    # v8: "Cuối hàng đợi ở đâu?", "Hàng đợi cho vé ở đâu?", "Tôi hàng đợi ở đâu?"
    ("Where does the queue end?", "Cuối hàng ở đâu?"),
    ("Where's the end of the queue?", "Cuối hàng ở đâu?"),
    ("Where's the queue for tickets?", "Xếp hàng mua vé ở đâu?"),
    ("Where do I queue?", "Tôi xếp hàng ở đâu?"),
    ("Where do we have to queue for tickets?", "Chúng ta phải xếp hàng mua vé ở đâu?"),
    # v8: "Hàng đợi thực sự dài hạn.", "Có một hàng đợi lớn."
    ("The queue is very long.", "Hàng rất dài."),
    ("The queue is really long.", "Hàng dài lắm."),
    ("The line for tickets is too long.", "Hàng mua vé quá dài."),
    ("Is the queue long?", "Hàng có dài không?"),
    ("There's a long queue.", "Có một hàng dài."),
    ("There's a huge queue for tickets.", "Có một hàng rất dài người chờ mua vé."),
    # v8: "Vui lòng đợi dòng.", "Vui lòng hàng đợi ở đây.", "Làm ơn đi theo dòng."
    ("Please wait in line.", "Vui lòng xếp hàng."),
    ("Please queue here.", "Vui lòng xếp hàng ở đây."),
    ("Please get in line.", "Vui lòng xếp hàng."),
    ("Queue up!", "Xếp hàng đi!"),
    # v8: "Người ta nhảy vào hàng đợi.", "Cô ấy cắt theo dòng.", "Đừng nhảy tới hàng đợi."
    ("Someone jumped the queue.", "Có người chen hàng."),
    ("Someone has just jumped the queue.", "Có người vừa chen hàng."),
    ("She cut in line.", "Cô ấy đã chen hàng."),
    ("He's jumping the queue!", "Anh ấy đang chen hàng!"),
    ("Please don't cut in line.", "Xin đừng chen hàng."),
    # v8: "Chúng tôi đã đợi một tiếng đồng hồ.", "Bọn mình đã đi lạc một tiếng đồng hồ." (got lost)
    ("We queued for an hour.", "Chúng tôi đã xếp hàng một tiếng."),
    ("We've been queuing for an hour.", "Chúng tôi đã xếp hàng một tiếng rồi."),
    ("I queued for two hours to get tickets.", "Tôi đã xếp hàng mua vé hai tiếng."),
    ("She had to queue for two hours yesterday.", "Hôm qua cô ấy đã phải xếp hàng hai tiếng."),
    # v8: "Hôm nay không có hàng đợi nào.", "Chúng ta có phải hàng đợi không?", "Chúng ta phải hàng đợi."
    ("There's no queue today.", "Hôm nay không có ai xếp hàng."),
    ("There's no need to queue.", "Không cần xếp hàng."),
    ("Do we have to queue?", "Chúng ta có phải xếp hàng không?"),
    ("Do I need to queue?", "Tôi có cần xếp hàng không?"),
    ("She has to queue for the toilet.", "Cô ấy phải xếp hàng đi vệ sinh."),
    ("You don't need to queue.", "Bạn không cần xếp hàng."),
    # not: plain queuing (mt/waiting.py's), "the line" alone (a phone line?), "cut in" and "pushed in" alone
    # (interrupting?), a line for something else; "is", "are", "has", "have", "do", "does" not agreeing with who
    ("Are you queuing?", None), ("queue", None), ("Is this the line?", None), ("The line is very long.", None),
    ("Where is the line?", None), ("Someone pushed in.", None), ("She cut in.", None),
    ("I'm in line for a promotion.", None), ("The print queue is long.", None), ("He are in the queue.", None),
    ("They has jumped the queue.", None), ("He is jumped the queue.", None), ("Where do she queue?", None),
    ("She have been queuing for an hour.", None), ("Does she has to queue?", None), ("She have to queue.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Hàng dài quá.", "en", "vi") is None
    assert translate("Is this the queue?", "vi", "en") is None
    assert translate("Is this the queue?", "en", "fr") is None
