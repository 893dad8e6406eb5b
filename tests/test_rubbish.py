"""Rubbish and recycling: the rubbish taken out, the bin full, where it goes, litter, recycling, things put in the bin
and the rubbish truck, both ways (mt/rubbish.py)."""
import pytest

from mt.rubbish import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Empty Trash for me.", "Empty Trash.", "The trash was gone."
    ("Bạn đổ rác giúp tôi nhé.", "Can you take the rubbish out for me?"),
    ("Đổ rác giúp tôi với.", "Can you take the rubbish out for me?"),
    ("Anh đổ rác giúp em nhé.", "Can you take the rubbish out for me?"),
    ("Đổ thùng rác giúp em với.", "Can you empty the bin for me?"),
    ("Đổ rác đi.", "Take the rubbish out."),
    ("Con đổ rác đi.", "Take the rubbish out."),
    ("Con đi đổ rác đi nhé.", "Take the rubbish out, please."),
    # v8: "Trash is full.", "Is Trash full?", "The trash is coming.", "The trash is not filled."
    ("Thùng rác đầy rồi.", "The bin is full."),
    ("Thùng rác đầy quá.", "The bin is really full."),
    ("Thùng rác có đầy không?", "Is the bin full?"),
    ("Thùng rác đầy chưa?", "Is the bin full yet?"),
    ("Thùng rác sắp đầy rồi.", "The bin is nearly full."),
    ("Thùng rác chưa đầy.", "The bin isn't full yet."),
    ("Thùng rác tái chế đầy rồi.", "The recycling bin is full."),
    ("Thùng rác trống rồi.", "The bin is empty."),
    # v8: "Where do I spare?", "Where do you recurrence?", "Where did the Trash?"
    ("Tôi để rác ở đâu?", "Where do I put the rubbish?"),
    ("Tôi nên để rác tái chế ở đâu?", "Where should I put the recycling?"),
    ("Tôi vứt cái này ở đâu?", "Where do I throw this away?"),
    ("Vứt rác ở đâu?", "Where does the rubbish go?"),
    ("Rác tái chế bỏ ở đâu?", "Where does the recycling go?"),
    ("Vỏ chai để ở đâu?", "Where do the bottles go?"),
    ("Thùng rác ở đâu?", "Where's the bin?"),
    # v8: "Don't snugg the coconut.", "Don't glove out of the floor.", "The tears."
    ("Đừng vứt rác bừa bãi.", "Don't drop litter."),
    ("Đừng vứt rác ra sàn.", "Don't throw rubbish on the floor."),
    ("Đừng vứt rác xuống sàn nhà!", "Don't throw rubbish on the floor!"),
    ("Không được vứt rác ra đường.", "Don't throw rubbish in the street."),
    ("Đừng vứt rác ở đây nhé.", "Don't throw rubbish here."),
    ("Cấm vứt rác.", "No littering."),
    ("Không vứt rác bừa bãi.", "No littering."),
    # v8: "Do you recurrence?", "We classified the trash.", "My mother didn't rest the trash."
    ("Bạn có tái chế không?", "Do you recycle?"),
    ("Chúng tôi phân loại rác.", "We sort our rubbish."),
    ("Bạn có phân loại rác không?", "Do you sort your rubbish?"),
    ("Mẹ tôi không tái chế rác.", "My mother doesn't recycle."),
    # v8: "Remove the bottle shell into the recurrence bar."
    ("Bỏ vỏ chai vào thùng tái chế.", "Put the bottles in the recycling."),
    ("Hãy bỏ vỏ chai vào thùng rác tái chế.", "Put the bottles in the recycling, please."),
    ("Vứt nó vào thùng rác đi.", "Throw it in the bin."),
    # v8: "The rubbber came on Monday.", "Are you moving to the trash?", "How long are the trash until?"
    ("Xe rác đến vào thứ Hai.", "The rubbish truck comes on Mondays."),
    ("Xe rác đến vào thứ Hai hàng tuần.", "The rubbish truck comes on Mondays."),
    ("Xe rác thường đến vào thứ Hai.", "The rubbish truck usually comes on Mondays."),
    ("Xe rác đến mỗi ngày.", "The rubbish truck comes every day."),
    ("Xe rác sẽ đến vào thứ Hai.", "The rubbish truck will come on Monday."),
    ("Ngày mai xe rác sẽ đến.", "The rubbish truck will come tomorrow."),
    ("Ngày mai xe rác đến.", "The rubbish truck is coming tomorrow."),
    ("Hôm qua xe rác đến.", "The rubbish truck came yesterday."),
    ("Sáng nay xe rác đến rồi.", "The rubbish truck came this morning."),
    ("Xe rác đến rồi.", "The rubbish truck is here."),
    ("Xe rác chưa đến.", "The rubbish truck hasn't come yet."),
    ("Xe rác đến chưa?", "Has the rubbish truck come yet?"),
    ("Xe rác đến lúc mấy giờ?", "What time does the rubbish truck come?"),
    ("Mấy giờ xe rác đến?", "What time does the rubbish truck come?"),
    ("Xe rác đến vào thứ mấy?", "What day does the rubbish truck come?"),
    # not: asked or offered ("Bạn đổ rác nhé."), mt/chores.py's ("Bạn đổ rác giúp tôi được không?", "Tôi đổ rác rồi."),
    # the speaker helped by the one asked, "anh" saying it of himself (the speaker or "you"), where "you" put it (do
    # or did?), "Không vứt rác." (a rule, or "I don't"?), the truck with no day or a day maybe still ahead, "Khi nào"
    # (does or will?), the bin smelly (mt/smells.py's), another topic
    ("Xe rác đến rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn đổ rác nhé.", None), ("Bạn đổ rác giúp tôi được không?", None), ("Tôi đổ rác rồi.", None),
    ("Anh đổ rác giúp anh nhé.", None), ("Anh phân loại rác.", None), ("Bạn để rác ở đâu?", None),
    ("Tôi để cái này ở đâu?", None), ("Không vứt rác.", None), ("Xe rác đến.", None),
    ("Sáng nay xe rác đến.", None), ("Khi nào xe rác đến?", None), ("Anh bỏ nó vào thùng rác.", None),
    ("Thùng rác bốc mùi.", None), ("Tôi muốn đổi cái áo này.", None), ("Đổ rác đi?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn lấy cái bánh ưng ra ngoài không?", "Bạn có thể rỗng tổ hợp không?", "Uống đống đổ nát." (drink)
    ("Could you take the bins out?", "Bạn có thể đổ rác được không?"),
    ("Can you take the bin out for me?", "Bạn có thể đổ rác giúp tôi được không?"),
    ("Can you empty the bin?", "Bạn có thể đổ thùng rác được không?"),
    ("Take the rubbish out.", "Đổ rác đi."),
    ("Please take out the trash.", "Làm ơn đổ rác đi."),
    ("Take the bins out, please.", "Làm ơn đổ rác đi."),
    # v8: "Tổ hợp đã đầy đủ." (a combination), "Có tổ hợp đầy đủ không?", "Giống như tổ hợp đầy đủ."
    ("The bin is full.", "Thùng rác đầy rồi."),
    ("The bin's full.", "Thùng rác đầy rồi."),
    ("The trash can is full.", "Thùng rác đầy rồi."),
    ("Is the recycling bin full?", "Thùng rác tái chế đầy chưa?"),
    ("The bin is nearly full.", "Thùng rác sắp đầy rồi."),
    ("The bin isn't full yet.", "Thùng rác chưa đầy."),
    ("The bin is empty.", "Thùng rác trống."),
    # v8: "Tôi đặt đống đổ nát ở đâu?" (ruins), "Đi chà xát ở đâu?", "Cuộc tổ hợp ở đâu?"
    ("Where do I put the rubbish?", "Tôi để rác ở đâu?"),
    ("Where should I put the recycling?", "Tôi nên để rác tái chế ở đâu?"),
    ("Where can I throw this away?", "Tôi có thể vứt cái này ở đâu?"),
    ("Where does the rubbish go?", "Rác để ở đâu?"),
    ("Where do the bottles go?", "Vỏ chai để ở đâu?"),
    ("Where's the bin?", "Thùng rác ở đâu?"),
    # v8: "Đừng ném đống đổ nát trên sàn.", "Đừng cho lứa đẻ." (a litter of puppies), "Không có lứa đẻ."
    ("Don't throw rubbish on the floor.", "Đừng vứt rác ra sàn."),
    ("Don't throw your rubbish on the ground.", "Đừng vứt rác xuống đất."),
    ("Don't drop litter.", "Đừng vứt rác bừa bãi."),
    ("Please don't litter!", "Đừng vứt rác bừa bãi!"),
    ("No littering.", "Không vứt rác bừa bãi."),
    # v8: "Bạn có phải xe đạp không?" (a bicycle), "Chúng tôi quay lại xe hơi.", "Mẹ tôi chạy lại xe."
    ("Do you recycle?", "Bạn có tái chế rác không?"),
    ("We don't recycle.", "Chúng tôi không tái chế rác."),
    ("My mother recycles.", "Mẹ tôi tái chế rác."),
    ("Does your mother recycle?", "Mẹ bạn có tái chế rác không?"),
    ("Do you sort your rubbish?", "Bạn có phân loại rác không?"),
    ("My mother sorts her rubbish.", "Mẹ tôi phân loại rác."),
    # v8: "Đặt các chai trong việc tái thiết." (rebuilding), "Đặt kẹo trong việc tái thiết." (sweets)
    ("Put the bottles in the recycling.", "Bỏ vỏ chai vào thùng rác tái chế."),
    ("Put the cans in the recycling bin.", "Bỏ vỏ lon vào thùng rác tái chế."),
    ("Throw it in the bin.", "Vứt nó vào thùng rác đi."),
    ("Please put this in the bin.", "Làm ơn bỏ cái này vào thùng rác."),
    # v8: "Ngọn lửa chà xát đến vào thứ Hai." (the flame rubs), "Tuy nhiên, vẫn chưa có gì?"
    ("The rubbish truck comes on Mondays.", "Xe rác đến vào thứ Hai hàng tuần."),
    ("The bin lorry comes every Monday.", "Xe rác đến vào thứ Hai hàng tuần."),
    ("The rubbish truck usually comes on Tuesdays.", "Xe rác thường đến vào thứ Ba hàng tuần."),
    ("The rubbish truck comes every day.", "Xe rác đến mỗi ngày."),
    ("The rubbish truck is coming tomorrow.", "Ngày mai xe rác sẽ đến."),
    ("The rubbish truck will come on Monday.", "Xe rác sẽ đến vào thứ Hai."),
    ("The rubbish truck came yesterday.", "Hôm qua xe rác đã đến."),
    ("The rubbish truck is here.", "Xe rác đến rồi."),
    ("The rubbish truck hasn't come yet.", "Xe rác chưa đến."),
    ("Has the rubbish truck come yet?", "Xe rác đến chưa?"),
    ("What time does the rubbish truck come?", "Xe rác thường đến lúc mấy giờ?"),
    ("What day does the bin lorry come?", "Xe rác thường đến vào thứ mấy?"),
    # not: mt/chores.py's ("Can you take the rubbish out?", "I've taken the rubbish out."), "please" twice, bins
    # in the plural, where "you" put it or "this" put (not thrown away), bad agreement ("Where does the bottles
    # go?", "She recycle.", "Does he recycles?"), someone else's rubbish sorted, one bottle, the truck with no day or
    # came tomorrow, the bin smelly (mt/smells.py's)
    ("Can you take the rubbish out?", None), ("I've taken the rubbish out.", None),
    ("Please take the rubbish out, please.", None), ("The bins are full.", None),
    ("Where do you put the rubbish?", None), ("Where do I put this?", None), ("Where does the bottles go?", None),
    ("She recycle.", None), ("Does he recycles?", None), ("I sort your rubbish.", None),
    ("Put the bottle in the bin.", None), ("The rubbish truck comes.", None),
    ("The rubbish truck came tomorrow.", None), ("The rubbish truck is coming on Mondays.", None),
    ("The bin smells.", None), ("I'd like a cabin.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
