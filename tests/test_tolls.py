"""Road tolls: who pays the toll or tops up an ETC tag, a toll booth ahead, a road's toll, how much the toll is, a
tag's money, and queues or jams at the toll booth, both ways (mt/tolls.py)."""
import pytest

from mt.tolls import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We must pay for sugar.", "I've paid the cost of the bridge.", "Have you paid the cost through the station
    # yet?", "Do we pay for the cost of our demand?", "We don't have to pay for sugar demand."
    ("Chúng ta phải trả phí cầu đường.", "We have to pay the toll."),
    ("Bố tôi sẽ phải trả phí cầu đường.", "My father will have to pay the toll."),
    ("Lan cần trả phí qua trạm.", "Lan needs to pay the toll."),
    ("Chúng ta không phải trả phí cầu đường.", "We don't have to pay a toll."),
    ("Chúng ta có phải trả phí cầu đường không?", "Do we have to pay a toll?"),
    ("Tôi có cần trả phí BOT không?", "Do I need to pay a toll?"),
    ("Bố tôi đã trả phí cầu đường rồi.", "My father has already paid the toll."),
    ("Tôi trả phí cầu đường rồi.", "I've paid the toll."),
    ("Lan đã trả phí BOT.", "Lan paid the toll."),
    ("Tôi vừa trả phí qua trạm.", "I've just paid the toll."),
    ("Mẹ tôi chưa trả phí cầu đường.", "My mother hasn't paid the toll yet."),
    ("Bạn đã trả phí qua trạm chưa?", "Have you paid the toll yet?"),
    ("Anh đã trả phí cầu đường chưa?", "Have you paid the toll yet?"),
    ("Chúng tôi sẽ trả phí cầu đường.", "We'll pay the toll."),
    # v8: "I need to load money in ETC."
    ("Tôi cần nạp tiền vào thẻ ETC.", "I need to top up my ETC tag."),
    ("Bố tôi vừa nạp tiền vào thẻ ETC.", "My father has just topped up his ETC tag."),
    ("Bạn đã nạp tiền vào thẻ ETC chưa?", "Have you topped up your ETC tag yet?"),
    ("Tôi muốn nạp thêm tiền vào tài khoản ETC.", "I want to top up my ETC account."),
    ("Chúng tôi chưa nạp tiền vào thẻ VETC.", "We haven't topped up our VETC tag yet."),
    ("Lan cần nạp tiền vào thẻ ETC của tôi.", "Lan needs to top up my ETC tag."),
    # v8: "A previous costume station.", "Will you get a charge station?", "Before there was a BOT stop."
    ("Phía trước có trạm thu phí.", "There's a toll booth ahead."),
    ("Phía trước có trạm BOT.", "There's a toll booth ahead."),
    ("Phía trước có trạm thu phí không?", "Is there a toll booth ahead?"),
    ("Có trạm BOT ở phía trước không?", "Is there a toll booth ahead?"),
    ("Phía trước không có trạm thu phí.", "There's no toll booth ahead."),
    # v8: "Is this a cost?", "Is this a freezer?"
    ("Đường này có thu phí không?", "Is there a toll on this road?"),
    ("Cầu này có thu phí không?", "Is there a toll on this bridge?"),
    ("Đường này thu phí không?", "Is there a toll on this road?"),
    ("Đường cao tốc này có thu phí.", "There's a toll on this expressway."),
    ("Cầu này không thu phí.", "There's no toll on this bridge."),
    # v8: "How much is the station?", "How much do the cost of the road?", "The cost was VND35,000."
    ("Phí qua trạm là bao nhiêu?", "How much is the toll?"),
    ("Phí cầu đường bao nhiêu tiền?", "How much is the toll?"),
    ("Phí cầu đường ở đây là bao nhiêu?", "How much is the toll here?"),
    ("Phí qua trạm này là bao nhiêu?", "How much is the toll at this booth?"),
    ("Phí qua trạm là 35.000 đồng.", "The toll is VND35,000."),
    # v8: "My ETC tag is all money.", "Are your ETC tag still money?", "My ETC account is coming out of money."
    ("Thẻ ETC của tôi hết tiền rồi.", "My ETC tag has run out of money."),
    ("Thẻ ETC của bố tôi vừa hết tiền.", "My father's ETC tag has just run out of money."),
    ("Tài khoản ETC của tôi sắp hết tiền.", "My ETC account is almost out of money."),
    ("Thẻ ETC hết tiền.", "The ETC tag is out of money."),
    ("Thẻ ETC của bạn còn tiền không?", "Is there any money left on your ETC tag?"),
    ("Thẻ ETC của tôi vẫn còn tiền.", "There's still money on my ETC tag."),
    ("Thẻ ETC của tôi không đủ tiền.", "There isn't enough money on my ETC tag."),
    # v8: "We are packing at the expense station.", "The cost of being traffic jam.", "I've been packing at the
    # station for half an hour."
    ("Chúng tôi đang xếp hàng ở trạm thu phí.", "We're queuing at the toll booth."),
    ("Bạn có đang xếp hàng ở trạm thu phí không?", "Are you queuing at the toll booth?"),
    ("Bố tôi đang bị kẹt xe ở trạm thu phí.", "My father is stuck in traffic at the toll booth."),
    ("Tôi đang bị kẹt ở trạm thu phí.", "I'm stuck at the toll booth."),
    ("Tôi đã phải xếp hàng ở trạm thu phí.", "I had to queue at the toll booth."),
    ("Mẹ tôi đã bị tắc đường ở trạm thu phí.", "My mother got stuck in traffic at the toll booth."),
    ("Trạm thu phí đang kẹt xe.", "There's a traffic jam at the toll booth."),
    ("Trạm thu phí kẹt xe quá.", "There's a bad traffic jam at the toll booth."),
    ("Trạm thu phí có đang kẹt xe không?", "Is there a traffic jam at the toll booth?"),
    ("Xe đang xếp hàng dài ở trạm thu phí.", "There's a long queue at the toll booth."),
    # not: paying bare (now, or a habit?), "phải … rồi", "I" asked whether paid, "anh" alone saying, "có" or "?"
    # alone, a pet, a name's own tag (his or hers?), "mới" alone, a span queued, "phải xếp hàng" (have or had to?),
    # asked of oneself, a tag's money asked with "không" on "hết", road fees and a school's fees, "chưa" on a booth
    ("Tôi trả phí cầu đường.", None), ("Tôi phải trả phí cầu đường rồi.", None),
    ("Tôi đã trả phí cầu đường chưa?", None), ("Anh trả phí cầu đường rồi.", None),
    ("Bạn có phải trả phí cầu đường?", None), ("Bạn phải trả phí cầu đường?", None),
    ("Con chó của tôi phải trả phí cầu đường.", None), ("Lan cần nạp tiền vào thẻ ETC.", None),
    ("Tôi mới trả phí cầu đường.", None), ("Tôi đã phải xếp hàng ở trạm thu phí nửa tiếng.", None),
    ("Tôi phải xếp hàng ở trạm thu phí.", None), ("Tôi có đang xếp hàng ở trạm thu phí không?", None),
    ("Thẻ ETC của bạn hết tiền không?", None), ("Thẻ ETC của tôi có còn tiền.", None),
    ("Phí đường bộ là bao nhiêu?", None), ("Trường này có thu phí không?", None),
    ("Phía trước có trạm thu phí?", None), ("Phí qua trạm là 35.", None), ("Phí qua trạm là bao nhiêu.", None),
    ("Chi phí sửa xe là bao nhiêu?", None), ("Sắp đến trạm thu phí rồi.", None),
    ("Chúng ta phải trả phí cầu đường nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("We have to pay the toll.", None),  # (the other way's language)
    # review: "này" after "phí cầu đường" or "phí BOT" is this toll, not "at this booth" (only "phí qua trạm này")
    ("Phí cầu đường này là bao nhiêu?", "How much is this toll?"),
    ("Phí BOT này là 20.000 đồng.", "This toll is VND20,000."),
    ("Phí qua trạm này là 20.000 đồng.", "The toll at this booth is VND20,000."),
    # review: "vậy", "thế" ending a statement say more than English would (then, so); asking, they only soften
    ("Chúng ta phải trả phí cầu đường vậy.", None), ("Trạm thu phí kẹt xe thế.", None),
    ("Thẻ ETC của tôi hết tiền vậy.", None), ("Phía trước có trạm thu phí vậy.", None),
    ("Phí qua trạm là 35.000 đồng vậy.", None), ("Tôi đang xếp hàng ở trạm thu phí vậy.", None),
    ("Đường này có thu phí vậy.", None),
    ("Bạn có phải trả phí cầu đường không vậy?", "Do you have to pay a toll?"),
    # review: "em" asking with "ạ" is the speaker (have I paid?), not "you"
    ("Em đã trả phí cầu đường chưa ạ?", None), ("Em có phải trả phí cầu đường không ạ?", None),
    ("Em có cần nạp tiền vào thẻ ETC không ạ?", None), ("Em có đang xếp hàng ở trạm thu phí không ạ?", None),
    ("Em đã trả phí cầu đường chưa?", "Have you paid the toll yet?"),
    # review: "của mình" after anyone but "I" is who's own ("He needs to top up my ETC tag." was written), and who
    # named again as whose is who's own ("My father needs to top up my father's ETC tag." was written)
    ("Anh ấy cần nạp tiền vào thẻ ETC của mình.", "He needs to top up his ETC tag."),
    ("Bố tôi cần nạp tiền vào thẻ ETC của mình.", "My father needs to top up his ETC tag."),
    ("Chúng tôi cần nạp tiền vào thẻ ETC của mình.", "We need to top up our ETC tag."),
    ("Họ cần nạp tiền vào thẻ ETC của mình.", "They need to top up their ETC tag."),
    ("Tôi cần nạp tiền vào thẻ ETC của mình.", "I need to top up my ETC tag."),
    ("Bố tôi cần nạp tiền vào thẻ ETC của bố tôi.", "My father needs to top up his ETC tag."),
    ("Bác Hùng cần nạp tiền vào thẻ ETC của Bác Hùng.", "Uncle Hung needs to top up his ETC tag."),
    ("Lan cần nạp tiền vào thẻ ETC của mình.", None), ("Lan cần nạp tiền vào thẻ ETC của Lan.", None),
    ("Bạn tôi cần nạp tiền vào thẻ ETC của bạn tôi.", None),
    ("Bạn có cần nạp tiền vào thẻ ETC của mình không?", None),  # (yours, or the speaker's?)
    ("Thẻ ETC của mình hết tiền rồi.", "My ETC tag has run out of money."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta phải trả tiền.", "Cha tôi đã trả tiền cho con búp bê." (a doll), "Bạn đã trả tiền cho con búp bê
    # chưa?", "Chúng ta có phải trả tiền?", "Chúng ta không phải trả tiền."
    ("We have to pay the toll.", "Chúng ta phải trả phí cầu đường."),
    ("She has to pay the toll.", "Cô ấy phải trả phí cầu đường."),
    ("My father will have to pay the toll.", "Bố tôi sẽ phải trả phí cầu đường."),
    ("Lan needs to pay the toll.", "Lan cần trả phí cầu đường."),
    ("We don't have to pay a toll.", "Chúng ta không phải trả phí cầu đường."),
    ("Do we have to pay a toll?", "Chúng ta có phải trả phí cầu đường không?"),
    ("Does your mother have to pay a toll?", "Mẹ bạn có phải trả phí cầu đường không?"),
    ("My father has already paid the toll.", "Bố tôi đã trả phí cầu đường rồi."),
    ("I've paid the toll.", "Tôi trả phí cầu đường rồi."),
    ("I paid the toll.", "Tôi đã trả phí cầu đường."),
    ("He's just paid the toll.", "Anh ấy vừa trả phí cầu đường."),
    ("They haven't paid the toll yet.", "Họ chưa trả phí cầu đường."),
    ("Have you paid the toll yet?", "Bạn đã trả phí cầu đường chưa?"),
    ("Did you pay the toll?", "Bạn đã trả phí cầu đường chưa?"),
    ("We'll pay the toll.", "Chúng tôi sẽ trả phí cầu đường."),
    # v8: "Tôi cần phải đứng đầu thẻ ETC." (stand at the top)
    ("I need to top up my ETC tag.", "Tôi cần nạp tiền vào thẻ ETC."),
    ("My mother needs to top up her ETC account.", "Mẹ tôi cần nạp tiền vào tài khoản ETC."),
    ("Have you topped up your ETC tag yet?", "Bạn đã nạp tiền vào thẻ ETC chưa?"),
    ("I need to top up my father's ETC tag.", "Tôi cần nạp tiền vào thẻ ETC của bố tôi."),
    # v8: "Sẽ khởi động phía trước.", "Có khởi động ở phía trước không?" (a start)
    ("There's a toll booth ahead.", "Phía trước có trạm thu phí."),
    ("There's a toll booth up ahead.", "Phía trước có trạm thu phí."),
    ("Is there a toll booth ahead?", "Phía trước có trạm thu phí không?"),
    ("There isn't a toll booth ahead.", "Phía trước không có trạm thu phí."),
    ("There's no toll booth ahead.", "Phía trước không có trạm thu phí."),
    # v8: "Con đường này có phải không?", "Có phải búp bê trên cây cầu này không?"
    ("Is this a toll road?", "Đường này có thu phí không?"),
    ("Is there a toll on this bridge?", "Cầu này có thu phí không?"),
    ("This is a toll road.", "Đường này có thu phí."),
    ("This isn't a toll road.", "Đường này không thu phí."),
    ("There's no toll on this bridge.", "Cầu này không thu phí."),
    # v8: "Con búp bê bao nhiêu?", "Búp bê là 35.000 đồng."
    ("How much is the toll?", "Phí qua trạm là bao nhiêu?"),
    ("What's the toll here?", "Phí qua trạm ở đây là bao nhiêu?"),
    ("How much is the toll at this booth?", "Phí qua trạm này là bao nhiêu?"),
    ("The toll is 35,000 dong.", "Phí qua trạm là 35.000 đồng."),
    # v8: "Thẻ ETC của tôi bị mất tiền." (lost), "Có tiền nào còn lại trên thẻ ETC không?", "Tài khoản ETC gần như
    # không đủ tiền."
    ("My ETC tag has run out of money.", "Thẻ ETC của tôi hết tiền rồi."),
    ("My ETC tag's run out of money.", "Thẻ ETC của tôi hết tiền rồi."),
    ("My ETC account is almost out of money.", "Tài khoản ETC của tôi sắp hết tiền."),
    ("My father's ETC tag is running out of credit.", "Thẻ ETC của bố tôi sắp hết tiền."),
    ("Is there any money left on your ETC tag?", "Thẻ ETC của bạn còn tiền không?"),
    ("There's still money on my ETC tag.", "Thẻ ETC của tôi vẫn còn tiền."),
    ("There isn't enough money on the ETC tag.", "Thẻ ETC không đủ tiền."),
    # v8: "Chúng tôi đang cố khởi động.", "Có một tắc đường tại điểm khởi động.", "Tôi phải đợi hàng đợi ở cửa hàng
    # để khởi động."
    ("We're queuing at the toll booth.", "Chúng tôi đang xếp hàng ở trạm thu phí."),
    ("Lan is queuing at the toll booth.", "Lan đang xếp hàng ở trạm thu phí."),
    ("Are you queuing at the toll booth?", "Bạn có đang xếp hàng ở trạm thu phí không?"),
    ("My mother is stuck in traffic at the toll booth.", "Mẹ tôi đang bị kẹt xe ở trạm thu phí."),
    ("I had to queue at the toll booth.", "Tôi đã phải xếp hàng ở trạm thu phí."),
    ("We got stuck at the toll booth.", "Chúng tôi đã bị kẹt ở trạm thu phí."),
    ("There's a traffic jam at the toll booth.", "Trạm thu phí đang kẹt xe."),
    ("Is there a traffic jam at the toll booth?", "Trạm thu phí có đang kẹt xe không?"),
    ("There's a long queue at the toll booth.", "Xe đang xếp hàng dài ở trạm thu phí."),
    # not: a verb not agreeing ("She have", "is run out", "She are"), asked of oneself, "his" not who's own, a pet,
    # paying bare (a habit), the toll in the past, a sum not read as đồng, a queue not long, "etc.", other tolls
    ("She have to pay the toll.", None), ("Have I paid the toll yet?", None), ("Am I queuing at the toll booth?", None),
    ("My mother needs to top up his ETC account.", None), ("My dog has to pay the toll.", None),
    ("I pay the toll.", None), ("The toll was 35,000 dong.", None), ("The toll is 35,000.", None),
    ("My ETC tag is run out of money.", None), ("She are queuing at the toll booth.", None),
    ("There's a queue at the toll booth.", None), ("Is there no toll booth ahead?", None),
    ("The toll road is closed.", None), ("Please see the list, etc.", None),
    ("The war took a heavy toll.", None), ("Call the toll-free number.", None),
    ("Is there a toll booth ahead.", None),  # (a "." on a question)
    ("Phía trước có trạm thu phí.", None),  # (the other way's language)
    # review: "his" or "her" after a name most who bear are of the other sex is another's (was dropped: "Lan cần nạp
    # tiền vào thẻ ETC.")
    ("Lan needs to top up his ETC tag.", None), ("Hung needs to top up her ETC tag.", None),
    ("Mary has topped up his ETC tag.", None), ("Has Lan topped up his ETC tag yet?", None),
    ("Lan needs to top up her ETC tag.", "Lan cần nạp tiền vào thẻ ETC."),
    ("Tom has topped up his ETC tag.", "Tom nạp tiền vào thẻ ETC rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
