"""Who pays among friends: a treat, an offer to pay, who pays when, whose turn it is, splitting the bill and paying
separately, both ways (mt/bills.py)."""
import pytest

from mt.bills import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This time I invited.", "I'm going today.", "Next time I invited.", "Vung lunch let me invite.", "How much
    # I'm."
    ("Lần này tôi mời.", "This one's on me."),
    ("Lần này để tôi mời.", "This one's on me."),
    ("Hôm nay tôi bao.", "It's on me today."),
    ("Tôi khao hôm nay.", "It's on me today."),
    ("Lần sau mình mời nhé.", "Next time it's on me."),
    ("Bữa trưa để tôi mời.", "Lunch is on me."),
    ("Bữa trưa nay để tôi mời.", "Lunch is on me today."),
    ("Bữa tối nay tôi mời.", "Dinner is on me tonight."),
    ("Cà phê để tôi mời.", "The coffee is on me."),
    ("Chầu này tôi bao.", "This round is on me."),
    # (v8 already: "Let me pay.", "Let me pay this time."; v8: "This time let me pay.")
    ("Để tôi trả.", "Let me pay."),
    ("Để tôi trả lần này.", "Let me pay this time."),
    ("Lần này để tôi trả tiền.", "Let me pay this time."),
    # v8: "Next time I replied.", "Last time you pay.", "Last time the Lan returned.", "I answered today."
    ("Lần sau tôi trả.", "I'll pay next time."),
    ("Lần sau tôi trả nhé.", "I'll pay next time."),
    ("Hôm nay tôi trả.", "I'll pay today."),
    ("Lần này anh ấy trả.", "He'll pay this time."),
    ("Lần này bạn trả nhé.", "You can pay this time."),
    ("Lần trước bạn trả rồi.", "You paid last time."),
    ("Bạn trả lần trước rồi.", "You paid last time."),
    ("Lần trước Lan trả.", "Lan paid last time."),
    ("Lần trước mẹ tôi trả tiền rồi.", "My mother paid last time."),
    # v8: "Who pays money?", "Who answered?", "Who paid for money?", "Who paid for the previous time?"
    ("Ai trả tiền?", "Who's paying?"),
    ("Ai trả?", "Who's paying?"),
    ("Ai đã trả tiền?", "Who paid?"),
    ("Ai trả tiền rồi?", "Who paid?"),
    ("Lần trước ai trả?", "Who paid last time?"),
    ("Hôm nay ai trả tiền?", "Who's paying today?"),
    # v8: "In turn, I replied.", "Let's turn you back.", "Who went to turn?", "In turn, the Lan returned."
    ("Đến lượt tôi trả.", "It's my turn to pay."),
    ("Đến lượt bạn trả.", "It's your turn to pay."),
    ("Lần này đến lượt tôi trả.", "It's my turn to pay this time."),
    ("Đến lượt ai trả?", "Whose turn is it to pay?"),
    ("Đến lượt mẹ tôi trả.", "It's my mother's turn to pay."),
    # v8: "Splits.", "Splits away.", "Split all.", "Split money.", "Can't split?", "Everybody pays half."
    ("Chia đôi nhé.", "Let's split it."),
    ("Chia đôi đi.", "Let's split it."),
    ("Chia đều nhé.", "Let's split it evenly."),
    ("Chia tiền nhé.", "Let's split the bill."),
    ("Chia đôi hóa đơn nhé.", "Let's split the bill."),
    ("Chia đôi được không?", "Shall we split it?"),
    ("Chia đôi nhé?", "Shall we split it?"),
    ("Mỗi người trả một nửa.", "We'll each pay half."),
    ("Mỗi người trả một nửa nhé.", "Let's each pay half."),
    ("Mỗi người tự trả phần của mình nhé.", "Let's each pay for ourselves."),
    # v8: "We replied alone.", "Can we pay alone?", "Let's pay private.", "We'll pay private."
    ("Chúng tôi trả riêng.", "We'll pay separately."),
    ("Chúng tôi trả riêng được không?", "Can we pay separately?"),
    ("Chúng tôi có thể trả riêng không?", "Can we pay separately?"),
    ("Chúng ta trả riêng nhé.", "Let's pay separately."),
    ("Chúng tôi sẽ trả riêng.", "We'll pay separately."),
    # not: a treat with nothing said ("Tôi bao."; "Tôi mời." is the phrasebook's), invited, someone else's treat, a
    # treat last time, "anh" paying (the speaker or "you"), no time said (paid, pays or returned), "rồi" with "lần
    # sau", asked without "ai", a turn done, "Chia đôi." (halve it), condolences, "trả riêng nhé" to the waiter
    ("Tôi bao.", None), ("Tôi mời bạn.", None), ("Hôm nay anh ấy bao.", None), ("Lần trước tôi mời.", None),
    ("Lần sau anh trả.", None), ("Lan trả tiền.", None), ("Tôi trả rồi.", None), ("Lần sau tôi đã trả.", None),
    ("Lan trả tiền?", None), ("Đến lượt tôi trả rồi.", None), ("Đến lượt anh trả.", None), ("Chia đôi.", None),
    ("Chia buồn nhé.", None), ("Chúng tôi trả riêng nhé.", None), ("Để tôi trả lần trước.", None),
    ("Lần trước bạn sẽ trả.", None), ("Ai trả tiền.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cái này ở trên tôi.", "Hôm nay nó là vào tôi.", "Lần sau đó nó là vào tôi.", "Lunch đang ở trên tôi.",
    # "Uống trên tôi.", "Buổi chiều này đang ở trên tôi." (this afternoon), "Tôi chữa trị." (I cure)
    ("This one's on me.", "Lần này tôi mời."),
    ("This one is on me.", "Lần này tôi mời."),
    ("It's on me today.", "Hôm nay tôi mời."),
    ("It's on me this time.", "Lần này tôi mời."),
    ("Next time it's on me.", "Lần sau tôi mời."),
    ("The next one's on me.", "Lần sau tôi mời."),
    ("Lunch is on me.", "Bữa trưa để tôi mời."),
    ("Lunch is on me today.", "Bữa trưa hôm nay để tôi mời."),
    ("Drinks are on me.", "Đồ uống để tôi mời."),
    ("The coffee's on me.", "Cà phê để tôi mời."),
    ("This round is on me.", "Chầu này để tôi mời."),
    ("It's on us.", "Chúng tôi mời."),
    ("My treat.", "Tôi mời."),
    ("This is my treat.", "Lần này tôi mời."),
    # v8: "Để tôi lấy cái này." (fetch), "Để tôi lấy dự luật." (a law), "Tôi sẽ nhận được cái này.", "Chúng ta hãy đi
    # Hà Lan." (go to the Netherlands)
    ("Let me pay.", "Để tôi trả."),
    ("Let me pay this time.", "Lần này để tôi trả."),
    ("Let me get this.", "Để tôi trả."),
    ("Let me get this one.", "Lần này để tôi trả."),
    ("Let me get the bill.", "Để tôi trả."),
    ("I'll get this.", "Để tôi trả."),
    ("Let's go Dutch.", "Mỗi người tự trả phần của mình nhé."),
    # v8: "Tôi sẽ dành thời gian kế tiếp.", "Bạn có thể trả tiền theo thời gian tới.", "Bạn đã trả lần cuối.", "Mẹ
    # tôi đã dành thời gian cuối.", "Bạn lấy cái kế tiếp."
    ("I'll pay next time.", "Lần sau tôi trả."),
    ("I'll pay this time.", "Lần này tôi trả."),
    ("I'm paying today.", "Hôm nay tôi trả."),
    ("She'll pay next time.", "Lần sau cô ấy sẽ trả."),
    ("She's paying this time.", "Lần này cô ấy trả."),
    ("You can pay next time.", "Lần sau bạn trả nhé."),
    ("You get the next one.", "Lần sau bạn trả nhé."),
    ("You paid last time.", "Lần trước bạn trả rồi."),
    ("My mother paid last time.", "Lần trước mẹ tôi trả rồi."),
    # v8: "Lần cuối cùng, ai đã trả tiền?", "Những ai sẽ trả tiền theo thời gian tới?"
    ("Who's paying?", "Ai trả tiền?"),
    ("Who paid?", "Ai đã trả tiền?"),
    ("Who paid last time?", "Lần trước ai trả tiền?"),
    ("Who'll pay next time?", "Lần sau ai sẽ trả tiền?"),
    # v8: "Tôi đến lượt trả.", "Lan sắp trả tiền." (about to), "Ai có thể trả tiền không?"
    ("It's my turn to pay.", "Đến lượt tôi trả."),
    ("It's Lan's turn to pay.", "Đến lượt Lan trả."),
    ("It's my mother's turn to pay next time.", "Lần sau đến lượt mẹ tôi trả."),
    ("Whose turn is it to pay?", "Đến lượt ai trả?"),
    # v8: "Chúng ta hãy chia nó.", "… chia hóa đơn trong nửa.", "Mua sắm chúng tôi chia hóa đơn không?", "Hãy trả mỗi
    # nửa."
    ("Let's split it.", "Chúng ta chia tiền nhé."),
    ("Let's split the bill in half.", "Chúng ta chia đôi nhé."),
    ("Let's split it evenly.", "Chúng ta chia đều nhé."),
    ("Shall we split the bill?", "Chúng ta chia tiền nhé?"),
    ("Let's each pay half.", "Mỗi người trả một nửa nhé."),
    # v8: "Chúng ta có thể trả riêng một cách không?", "… có các hóa đơn riêng biệt không?"
    ("Can we pay separately?", "Chúng tôi trả riêng được không?"),
    ("Could we pay separately, please?", "Chúng tôi trả riêng được không?"),
    ("Can we have separate bills?", "Chúng tôi trả riêng được không?"),
    ("We'll pay separately.", "Chúng tôi sẽ trả riêng."),
    ("Let's pay separately.", "Chúng ta trả riêng nhé."),
    # not: "is" or "are" not agreeing, a treat last time or "this one" today, "I'll pay." and "Lan paid." (no time:
    # mt/transfers.py), "You'll get this." (understand), paid next time, paying last time, a name not known, asked
    # without "?", someone else's offer
    ("Drinks is on me.", None), ("Lunch are on me.", None), ("She are paying today.", None),
    ("I is paying today.", None), ("It was on me last time.", None), ("This one's on me today.", None),
    ("I'll pay.", None), ("Lan paid.", None), ("You'll get this.", None), ("I paid next time.", None),
    ("Who's paying last time?", None), ("It's Xyz's turn to pay.", None), ("Shall we split the bill.", None),
    ("Let me pay next time.", None), ("Let's split it?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
