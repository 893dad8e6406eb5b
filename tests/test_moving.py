"""Moving house: who moved or is moving, when, into what, asked when or where to, packing and the new address, both
ways (mt/moving.py)."""
import pytest

from mt.moving import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We're just moving home.", "My mother was just moving home.", "Uncle Hung switches home."
    ("Chúng tôi mới chuyển nhà.", "We just moved house."),
    ("Tôi vừa chuyển nhà.", "I just moved house."),
    ("Mẹ tôi mới chuyển nhà.", "My mother just moved house."),
    ("Bác Hùng mới chuyển nhà.", "Uncle Hung just moved house."),
    ("Tôi đã chuyển nhà.", "I've moved house."),
    ("Chúng tôi chuyển nhà rồi.", "We've moved house."),
    # v8: "He just turned to a new apartment.", "I'm moving to the new house."
    ("Anh ấy mới chuyển đến một căn hộ mới.", "He just moved into a new apartment."),
    ("Tôi chuyển đến căn hộ mới rồi.", "I've moved into a new apartment."),
    ("Chúng tôi vừa chuyển về nhà mới.", "We just moved into a new house."),
    # v8: "Next week, I'll move home.", "We moved home to this weekend.", "Land last month."
    ("Tuần sau tôi chuyển nhà.", "I'm moving house next week."),
    ("Ngày mai chúng tôi chuyển nhà.", "We're moving house tomorrow."),
    ("Chúng tôi sẽ chuyển nhà vào tháng sau.", "We're moving house next month."),
    ("Chúng tôi chuyển nhà vào cuối tuần này.", "We're moving house this weekend."),
    ("Tôi sẽ chuyển nhà vào thứ bảy.", "I'm moving house on Saturday."),
    ("Họ chuyển nhà tuần trước.", "They moved house last week."),
    ("Lan chuyển nhà tháng trước.", "Lan moved house last month."),
    ("Năm ngoái chúng tôi chuyển nhà.", "We moved house last year."),
    ("Hôm qua tôi chuyển nhà.", "I moved house yesterday."),
    # v8: "I'm going to move my house."
    ("Tôi sắp chuyển nhà.", "I'm moving house soon."),
    ("Mẹ tôi sẽ chuyển nhà.", "My mother is going to move house."),
    ("Anh ấy đang chuyển nhà.", "He's moving house."),
    ("Tôi định chuyển nhà vào năm sau.", "I'm planning to move house next year."),
    ("Tôi chưa chuyển nhà.", "I haven't moved house yet."),
    # v8: "When did you move home?" (of a move ahead), "How long do you move the house?", "Where did you move?"
    ("Khi nào bạn chuyển nhà?", "When are you moving house?"),
    ("Bạn chuyển nhà khi nào?", "When did you move house?"),
    ("Bạn chuyển nhà bao giờ?", "When did you move house?"),
    ("Bạn sẽ chuyển nhà khi nào?", "When are you moving house?"),
    ("Bạn chuyển đến đâu?", "Where did you move to?"),
    ("Bạn định chuyển đi đâu?", "Where are you moving to?"),
    ("Bạn chuyển nhà chưa?", "Have you moved house yet?"),
    ("Chị sắp chuyển nhà à?", "Are you moving house soon?"),
    ("Bạn có định chuyển nhà không?", "Are you planning to move house?"),
    # v8: "I'm moving up.", "Do you clear the rumor?", "I'm not cleared."
    ("Tôi đang dọn đồ.", "I'm packing up."),
    ("Tôi đang đóng gói đồ đạc.", "I'm packing."),
    ("Tôi vẫn đang đóng gói.", "I'm still packing."),
    ("Tôi đóng gói xong rồi.", "I've finished packing."),
    ("Bạn dọn đồ xong chưa?", "Have you finished packing?"),
    ("Tôi chưa dọn đồ xong.", "I haven't finished packing yet."),
    ("Địa chỉ mới của anh ấy là gì?", "What's his new address?"),
    # not: no word of the tense (moved, or moving?), "anh" saying it (may be the speaker), "mới" with a day (only),
    # a day behind said of a move ahead, "vào thứ bảy" with no tense, a place by its name (mt/visits.py's, or the
    # model's), "dọn" alone and "dọn nhà" (cleaning: mt/chores.py), asked without "có", other topics
    ("Tôi đang dọn đồ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi chuyển nhà.", None), ("Anh chuyển nhà rồi.", None), ("Tôi mới chuyển nhà tuần trước.", None),
    ("Tôi sắp chuyển nhà tuần trước.", None), ("Chúng tôi chuyển nhà vào thứ bảy.", None),
    ("Tuần sau chúng tôi chuyển đến Hà Nội.", None), ("Tôi đang dọn.", None), ("Tôi đang dọn nhà.", None),
    ("Bạn chuyển nhà không?", None), ("Tôi không muốn chuyển nhà.", None), ("Tôi đang chuyển tiền.", None),
    ("Địa chỉ mới của tôi là 12 Lê Lợi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi chỉ di chuyển ngôi nhà." (only, moved about), "Tôi vừa di chuyển ngôi nhà."
    ("We just moved house.", "Chúng tôi vừa chuyển nhà."),
    ("I've just moved house.", "Tôi vừa chuyển nhà."),
    ("She's just moved house.", "Cô ấy vừa chuyển nhà."),
    ("He's moved house.", "Anh ấy đã chuyển nhà rồi."),
    # v8: "Cô ấy chỉ di chuyển vào một cái phẳng mới." (a flat thing), "… di chuyển vào nhà mới của chúng tôi."
    ("She just moved into a new flat.", "Cô ấy vừa chuyển đến căn hộ mới."),
    ("We’ve just moved into a new flat.", "Chúng tôi vừa chuyển đến căn hộ mới."),
    ("We moved into our new house.", "Chúng tôi đã chuyển đến nhà mới."),
    ("He moved to a new apartment.", "Anh ấy đã chuyển đến căn hộ mới."),
    # v8: "Tôi sẽ di chuyển vào tuần tới.", "Chúng tôi đang di chuyển ngày mai.", "Họ di chuyển vào tuần trước."
    ("I'm moving next week.", "Tuần sau tôi chuyển nhà."),
    ("We're moving house next month.", "Tháng sau chúng tôi chuyển nhà."),
    ("We're moving tomorrow.", "Ngày mai chúng tôi chuyển nhà."),
    ("We are moving this weekend.", "Cuối tuần này chúng tôi chuyển nhà."),
    ("My mother is moving house next month.", "Tháng sau mẹ tôi chuyển nhà."),
    ("Lan is moving to a new apartment next week.", "Tuần sau Lan chuyển đến căn hộ mới."),
    ("Next week, I'm moving.", "Tuần sau tôi chuyển nhà."),
    ("I'll move next week.", "Tuần sau tôi sẽ chuyển nhà."),
    ("I'm planning to move house next year.", "Năm sau tôi định chuyển nhà."),
    ("They moved last week.", "Tuần trước họ chuyển nhà."),
    ("Lan moved house last month.", "Tháng trước Lan chuyển nhà."),
    ("Last year we moved house.", "Năm ngoái chúng tôi chuyển nhà."),
    ("They moved on Saturday.", "Họ chuyển nhà vào thứ Bảy."),
    ("We're moving soon.", "Chúng tôi sắp chuyển nhà."),
    ("I'm going to move house.", "Tôi sẽ chuyển nhà."),
    ("We haven't moved yet.", "Chúng tôi chưa chuyển nhà."),
    # v8: "Bạn đang di chuyển khi nào?", "Bạn di chuyển đến đâu?", "Bạn đã di chuyển chưa?"
    ("When are you moving?", "Khi nào bạn chuyển nhà?"),
    ("When did you move?", "Bạn chuyển nhà khi nào?"),
    ("When is your mother moving?", "Khi nào mẹ bạn chuyển nhà?"),
    ("Where did you move to?", "Bạn chuyển đến đâu?"),
    ("Where are you moving to?", "Bạn sẽ chuyển đến đâu?"),
    ("Have you moved yet?", "Bạn đã chuyển nhà chưa?"),
    ("Are you moving house?", "Bạn sắp chuyển nhà à?"),
    # v8: "Tôi đang xếp gói.", "Bạn đã đóng gói đầy đủ chưa?", "Tôi chưa hoàn thành bao bì." (packaging)
    ("I'm packing.", "Tôi đang đóng gói đồ đạc."),
    ("I'm still packing.", "Tôi vẫn đang đóng gói đồ đạc."),
    ("We're packing up our things.", "Chúng tôi đang đóng gói đồ đạc."),
    ("Have you finished packing?", "Bạn đóng gói xong chưa?"),
    ("I've finished packing.", "Tôi đóng gói xong rồi."),
    ("I haven't finished packing yet.", "Tôi chưa đóng gói xong."),
    ("What's your new address?", "Địa chỉ mới của bạn là gì?"),
    # not: "is", "have", "are" not agreeing, "moving" with no day or house (now, or soon?), a day behind with "have",
    # what is moved not a home, packing for a trip, a day not read, a place by its name (mt/origins.py's, the model's)
    ("She are moving next week.", None), ("He have just moved house.", None), ("Have he moved yet?", None),
    ("Are she moving house?", None), ("I'm moving.", None), ("I just moved.", None),
    ("I've moved house last year.", None), ("I'm moving the table tomorrow.", None),
    ("I'm packing for my trip.", None), ("I'm moving house in the summer.", None),
    ("I'm moving to Hanoi next week.", None), ("We moved to Hanoi last year.", None), ("Why did you move?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi vừa chuyển nhà.", "en", "vi") is None
    assert translate("We just moved house.", "vi", "en") is None
    assert translate("We just moved house.", "en", "fr") is None
