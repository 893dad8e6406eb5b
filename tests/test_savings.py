"""Saving money and spending it all: saving up for a thing or a trip, needing to save, how much is saved, a sum saved,
nothing saved, all of it spent, both ways (mt/savings.py)."""
import pytest

from mt.savings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "They're putting money on buying home.", "My mother was saving money to buy new phones."
    ("Tôi đang tiết kiệm tiền để mua xe máy.", "I'm saving up for a motorbike."),
    ("Cô ấy đang tiết kiệm tiền để đi du lịch.", "She's saving up for a trip."),
    ("Họ đang để dành tiền mua nhà.", "They're saving up for a house."),
    ("Mẹ tôi đang tiết kiệm tiền để mua điện thoại mới.", "My mother is saving up for a new phone."),
    ("Em trai tôi đang tiết kiệm tiền để mua một chiếc xe máy mới.",
     "My younger brother is saving up for a new motorbike."),
    ("Tôi đang dành dụm tiền để mua xe máy.", "I'm saving up for a motorbike."),
    ("Lan đang tiết kiệm tiền để mua ô tô.", "Lan is saving up for a car."),
    ("Họ đang tiết kiệm tiền cho chuyến du lịch.", "They're saving up for a trip."),
    ("Tôi đang tiết kiệm để mua nhà.", "I'm saving up for a house."),
    ("Tôi cần tiết kiệm tiền để mua máy tính xách tay.", "I need to save up for a laptop."),
    ("Chúng tôi cần tiết kiệm tiền.", "We need to save money."),
    ("Tôi đang cố gắng tiết kiệm tiền.", "I'm trying to save money."),
    ("Chúng ta nên tiết kiệm tiền.", "We should save money."),
    ("Tôi phải tiết kiệm tiền để mua nhà.", "I have to save up for a house."),
    ("Bạn có tiết kiệm tiền không?", "Do you save money?"),
    ("Bạn có đang tiết kiệm tiền không?", "Are you saving money?"),
    ("Anh có đang tiết kiệm tiền để mua nhà không?", "Are you saving up for a house?"),
    ("Tôi có nên tiết kiệm tiền để mua ô tô không?", "Should I save up for a car?"),
    ("Bạn đang tiết kiệm tiền để làm gì?", "What are you saving up for?"),
    ("Tôi tiết kiệm tiền bằng cách nấu ăn ở nhà.", "I save money by cooking at home."),
    ("Tiết kiệm tiền bằng cách nấu ăn ở nhà.", "Save money by cooking at home."),
    # v8: "How much do you save?" (saved, asked)
    ("Bạn đã tiết kiệm được bao nhiêu?", "How much have you saved?"),
    ("Bạn tiết kiệm được bao nhiêu rồi?", "How much have you saved?"),
    ("Bạn tiết kiệm được bao nhiêu tiền một tháng?", "How much money do you save a month?"),
    ("Tôi đã tiết kiệm được 10 triệu đồng.", "I've saved VND10 million."),
    ("Tôi đã tiết kiệm được mười triệu đồng.", "I've saved VND10 million."),
    ("Bố tôi vừa tiết kiệm được 5 triệu.", "My father has just saved VND5 million."),
    ("Cô ấy tiết kiệm được 2 triệu một tháng.", "She saves VND2 million a month."),
    # v8: "I can't save all the same."
    ("Tôi không tiết kiệm được đồng nào.", "I can't save a single dong."),
    ("Tôi không tiết kiệm được gì cả.", "I can't save anything."),
    ("Cô ấy chưa tiết kiệm được gì.", "She hasn't saved anything yet."),
    ("Tôi không thể tiết kiệm được tiền.", "I can't save any money."),
    # v8: "He spends all money.", "He spends all the wages."
    ("Anh ấy tiêu hết tiền rồi.", "He's spent all his money."),
    ("Anh ấy tiêu hết tiền lương rồi.", "He's spent all his salary."),
    ("Mẹ tôi lúc nào cũng tiêu hết lương.", "My mother always spends all her salary."),
    ("Anh ấy tiêu hết tiền của tôi rồi.", "He's spent all my money."),
    ("Bác Hùng đã tiêu hết tiền rồi.", "Uncle Hung has spent all his money."),
    # not: "xe" alone (a car or a motorbike), "anh" saying it (may be the speaker), saving power, "thrifty", a tense
    # not told (saves or saved, spends or spent), how much without saved or a month, whose for a name alone, "có"
    # without "không", "có thể", "có phải" asked, money alone bare, what for with "có"
    ("Anh ấy tiêu hết tiền rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi đang tiết kiệm tiền để mua xe.", None), ("Anh đang tiết kiệm tiền để mua nhà.", None),
    ("Tôi tiết kiệm điện.", None), ("Cô ấy rất tiết kiệm.", None), ("Tôi tiết kiệm được 10 triệu.", None),
    ("Anh ấy tiêu hết tiền.", None), ("Bạn tiết kiệm được bao nhiêu?", None), ("Lan lúc nào cũng tiêu hết tiền.", None),
    ("Tôi có tiết kiệm tiền.", None), ("Tôi có thể tiết kiệm tiền.", None), ("Bạn có phải tiết kiệm tiền không?", None),
    ("Tôi tiết kiệm tiền.", None), ("Tiết kiệm tiền không?", None),
    ("Tôi tiết kiệm được 10 triệu một tháng rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang dành dụm xe.", "Họ đang tiết kiệm một căn nhà.", "Mẹ tôi đang tiết kiệm điện thoại mới." (hoarding
    # the thing), "Anh ta tiết kiệm một chiếc xe hơi."
    ("I'm saving up for a car.", "Tôi đang tiết kiệm tiền để mua ô tô."),
    ("I'm saving up for a motorbike.", "Tôi đang tiết kiệm tiền để mua xe máy."),
    ("They're saving up for a house.", "Họ đang tiết kiệm tiền để mua nhà."),
    ("My mother is saving up for a new phone.", "Mẹ tôi đang tiết kiệm tiền để mua điện thoại mới."),
    ("He's saving up to buy a car.", "Anh ấy đang tiết kiệm tiền để mua ô tô."),
    ("She's saving money for a trip.", "Cô ấy đang tiết kiệm tiền để đi du lịch."),
    ("I'm saving money to buy a laptop.", "Tôi đang tiết kiệm tiền để mua máy tính xách tay."),
    ("She is saving up for an apartment.", "Cô ấy đang tiết kiệm tiền để mua căn hộ."),
    ("We need to save money.", "Chúng ta cần tiết kiệm tiền."),
    ("We're saving up for a house.", "Chúng tôi đang tiết kiệm tiền để mua nhà."),
    ("He needs to save money.", "Anh ấy cần tiết kiệm tiền."),
    ("I want to save money.", "Tôi muốn tiết kiệm tiền."),
    ("We should save money.", "Chúng ta nên tiết kiệm tiền."),
    ("I'm trying to save money.", "Tôi đang cố gắng tiết kiệm tiền."),
    ("Are you saving money?", "Bạn có đang tiết kiệm tiền không?"),
    ("Does she save money?", "Cô ấy có tiết kiệm tiền không?"),
    ("Should I save up for a house?", "Tôi có nên tiết kiệm tiền để mua nhà không?"),
    ("Do you need to save up for a trip?", "Bạn có cần tiết kiệm tiền để đi du lịch không?"),
    ("What are you saving for?", "Bạn đang tiết kiệm tiền để làm gì?"),
    # v8: "Lưu tiền bằng cách nấu ăn tại nhà." (a file saved)
    ("Save money by cooking at home.", "Tiết kiệm tiền bằng cách nấu ăn ở nhà."),
    ("I save money by cooking at home.", "Tôi tiết kiệm tiền bằng cách nấu ăn ở nhà."),
    # v8: "Bạn đã lưu được bao nhiêu?" (a file), "Tôi đã cứu 10 triệu con bú." (rescued), "Tôi đã lưu 10 triệu đồng."
    ("How much have you saved?", "Bạn tiết kiệm được bao nhiêu rồi?"),
    ("How much money have you saved?", "Bạn tiết kiệm được bao nhiêu tiền rồi?"),
    ("How much does she save a month?", "Cô ấy tiết kiệm được bao nhiêu một tháng?"),
    ("I've saved ten million dong.", "Tôi đã tiết kiệm được 10 triệu đồng."),
    ("I've saved 10 million dong.", "Tôi đã tiết kiệm được 10 triệu đồng."),
    ("She's just saved VND5 million.", "Cô ấy vừa tiết kiệm được 5 triệu đồng."),
    ("She saves 2 million dong a month.", "Cô ấy tiết kiệm được 2 triệu đồng một tháng."),
    # v8: "Tôi không thể lưu bất cứ thứ gì." (a file)
    ("I can't save anything.", "Tôi không tiết kiệm được gì cả."),
    ("I couldn't save anything.", "Tôi không tiết kiệm được gì cả."),
    ("I can't save a penny.", "Tôi không tiết kiệm được đồng nào."),
    ("He hasn't saved anything yet.", "Anh ấy chưa tiết kiệm được gì."),
    ("I haven't saved any money.", "Tôi chưa tiết kiệm được tiền."),
    # v8: "Anh ta chi tất cả tiền."
    ("He spends all his money.", "Anh ấy tiêu hết tiền."),
    ("My father always spends all his money.", "Bố tôi lúc nào cũng tiêu hết tiền."),
    ("She's spent all her salary.", "Cô ấy tiêu hết lương rồi."),
    ("He spent all my money.", "Anh ấy đã tiêu hết tiền của tôi."),
    # not: the verb not agreeing with who, "an car", "I'm saving." (a file?), "saves up" alone, "Save money." alone,
    # whose another's ("He … her money"), what spent on, "yet" after "can't", savings had, a file saved
    ("He need to save money.", None), ("She are saving up for a car.", None), ("Do she save money?", None),
    ("I'm saving up for an car.", None), ("I'm saving.", None), ("He saves up.", None), ("Save money.", None),
    ("How much do she save a month?", None), ("I has saved 10 million dong.", None),
    ("He haven't saved anything yet.", None), ("My father always spend all his money.", None),
    ("He spends all her money.", None), ("She spends all her money on clothes.", None),
    ("I can't save anything yet.", None), ("I have no savings.", None), ("Save the file.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
