"""The Kitchen Gods' Day: the day, carp bought and released, offerings made, votive paper burned, and the Kitchen God
riding a carp up to heaven, both ways (mt/kitchen_gods.py)."""
import pytest

from mt.kitchen_gods import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Today is the day Mr. Cong Mr Tur.", "Tomorrow is a day Mr. Cong Mr Turp.",
    # "Date Mr. Cong he was December 23."
    ("Hôm nay là ngày ông Công ông Táo.", "Today is the Kitchen Gods' Day."),
    ("Ngày mai là ngày ông Công ông Táo.", "Tomorrow is the Kitchen Gods' Day."),
    ("Hôm qua là ngày ông Táo.", "Yesterday was the Kitchen Gods' Day."),
    ("Hôm nay có phải là ngày ông Công ông Táo không?", "Is today the Kitchen Gods' Day?"),
    ("Ngày mai là ngày ông Táo à?", "Is tomorrow the Kitchen Gods' Day?"),
    ("Ngày ông Công ông Táo là ngày 23 tháng Chạp.", "The Kitchen Gods' Day is the 23rd of the twelfth lunar month."),
    ("Ngày ông Công ông Táo là ngày nào?", "When is the Kitchen Gods' Day?"),
    # v8: "Mr. Turping the fish on the sky.", "Mr. Cong he returned the sky on December 23."
    ("Ông Táo cưỡi cá chép lên trời.", "The Kitchen God rides a carp up to heaven."),
    ("Ông Công ông Táo cưỡi cá chép về trời.", "The Kitchen Gods ride carp up to heaven."),
    ("Ông Công ông Táo về trời vào ngày 23 tháng Chạp.",
     "The Kitchen Gods go up to heaven on the 23rd of the twelfth lunar month."),
    ("Ông Táo cưỡi cá chép về trời để báo cáo với Ngọc Hoàng.",
     "The Kitchen God rides a carp up to heaven to report to the Jade Emperor."),
    # v8: "My mother went to buy a copy of the Turp.", "My mother bought a copy of the Turp.", "Have you bought a
    # puppy note yet?"
    ("Mẹ tôi đã đi mua cá chép để cúng ông Táo.", "My mother went to buy carp for the Kitchen Gods' offering."),
    ("Mẹ tôi đã mua cá chép để cúng ông Táo.", "My mother bought carp for the Kitchen Gods' offering."),
    ("Hôm qua bố tôi mua cá chép cúng ông Táo.", "My father bought carp for the Kitchen Gods' offering yesterday."),
    ("Ngày mai tôi sẽ đi mua cá chép để cúng ông Táo.",
     "I'll go and buy carp for the Kitchen Gods' offering tomorrow."),
    ("Bạn đã mua cá chép cúng ông Táo chưa?", "Have you bought carp for the Kitchen Gods' offering yet?"),
    ("Tôi chưa mua cá chép cúng ông Công ông Táo.", "I haven't bought carp for the Kitchen Gods' offering yet."),
    ("Lan vừa mua cá chép để cúng ông Táo.", "Lan has just bought carp for the Kitchen Gods' offering."),
    ("Anh ấy đang mua cá chép để cúng ông Táo.", "He's buying carp for the Kitchen Gods' offering."),
    # v8: "We burned her gold.", "I didn't burn gold."
    ("Chúng tôi đã đốt vàng mã cho ông bà.", "We burned votive paper for our grandparents."),
    ("Nhà tôi không đốt vàng mã.", "My family doesn't burn votive paper."),
    ("Bạn có đốt vàng mã không?", "Do you burn votive paper?"),
    ("Bạn có thường đốt vàng mã không?", "Do you usually burn votive paper?"),
    ("Bà tôi đang đốt vàng mã cho tổ tiên.", "My grandmother is burning votive paper for her ancestors."),
    ("Cô ấy đã đốt vàng mã cho bố cô ấy.", "She burned votive paper for her father."),
    ("Chúng tôi sẽ đốt vàng mã cho tổ tiên.", "We'll burn votive paper for our ancestors."),
    ("Anh đã đốt vàng mã chưa?", "Have you burned votive paper yet?"),
    # v8: "My house dropped fish on lake."
    ("Nhà tôi đã thả cá chép xuống hồ.", "My family released carp into the lake."),
    ("Hôm qua nhà tôi đã thả cá chép ở hồ.", "My family released carp into the lake yesterday."),
    ("Chúng tôi sẽ đi thả cá chép ở sông.", "We'll go and release carp into the river."),
    ("Bố tôi vừa thả cá chép xuống ao để tiễn ông Táo về trời.",
     "My father has just released carp into the pond to see the Kitchen Gods off to heaven."),
    ("Nhà tôi thường thả cá chép xuống hồ.", "My family usually releases carp into the lake."),
    # v8: "My mother was bowing Mr. Cong.", "Do you brought Mr. Cong Mr Turp?"
    ("Mẹ tôi đang cúng ông Công ông Táo.", "My mother is making offerings to the Kitchen Gods."),
    ("Bạn có cúng ông Công ông Táo không?", "Do you make offerings to the Kitchen Gods?"),
    ("Nhà tôi cúng ông Táo rồi.", "My family has already made offerings to the Kitchen Gods."),
    ("Năm ngoái nhà tôi cúng ông Công ông Táo.", "My family made offerings to the Kitchen Gods last year."),
    ("Mỗi năm nhà tôi cúng ông Công ông Táo.", "My family makes offerings to the Kitchen Gods every year."),
    ("Ngày mai bố mẹ tôi cúng ông Công ông Táo.", "My parents will make offerings to the Kitchen Gods tomorrow."),
    ("Ông bà tôi vừa mới cúng ông Công ông Táo.", "My grandparents have just made offerings to the Kitchen Gods."),
    # not: a bare doing (done, now, or a habit?), "đi … rồi" (gone, or been?), "đang đi" (out, or on the way?),
    # "có … không?" of buying or releasing (did, do or will?), "ông Công" alone, "Táo Quân" (the TV show), carp as
    # food or bought for no Kitchen God, a lake named, a pet as who, "I" asked, "anh" saying it, a "?" on a statement
    # or the legend, going up with no carp nor day, "nhỉ", a day at odds with the tense, whose grandparents unknown,
    # the lunar date alone (mt/days_asked.py's), English
    ("Mẹ tôi đi mua cá chép để cúng ông Táo.", None), ("Chúng tôi đốt vàng mã cho ông bà.", None),
    ("Nhà tôi thả cá chép ở hồ.", None), ("Mẹ tôi đi mua cá chép rồi.", None),
    ("Anh ấy đang đi mua cá chép để cúng ông Táo.", None), ("Bạn có thả cá chép không?", None),
    ("Ông Công đã mua cá chép.", None), ("Tối nay tôi xem Táo Quân.", None), ("Tôi đã ăn cá chép.", None),
    ("Tôi đã mua cá chép.", None), ("Nhà tôi đã thả cá chép xuống hồ Tây.", None),
    ("Con mèo của tôi đã thả cá chép xuống hồ.", None), ("Tôi có đốt vàng mã không?", None),
    ("Anh đốt vàng mã rồi.", None), ("Hôm nay là ngày ông Công ông Táo?", None),
    ("Ông Táo cưỡi cá chép lên trời?", None), ("Ông Táo về trời.", None),
    ("Chúng tôi đã đốt vàng mã cho ông bà nhỉ.", None), ("Ngày mai tôi đã mua cá chép để cúng ông Táo.", None),
    ("Lan đã đốt vàng mã cho ông bà.", None), ("Mẹ tôi thường không đốt vàng mã.", None),
    ("Bạn đốt vàng mã không?", None), ("Hôm nay là 23 tháng Chạp.", None), ("Bạn có cúng ông Táo?", None),
    ("Today is the Kitchen Gods' Day.", None), ("Táo và cá chép.", None),
    # review: "em" asking with "ạ" is the speaker (not "you"), "nhà mình" asked (we, or you?), a statement ending in
    # "thế", "vậy" (says more than English would: "then", "you see")
    ("Em đã mua cá chép cúng ông Táo chưa ạ?", None), ("Em có đốt vàng mã không ạ?", None),
    ("Em có đốt vàng mã không?", "Do you burn votive paper?"),
    ("Nhà mình đã cúng ông Táo chưa?", None), ("Gia đình mình đã thả cá chép chưa?", None),
    ("Nhà mình cúng ông Táo rồi.", "My family has already made offerings to the Kitchen Gods."),
    ("Chúng tôi sẽ đi thả cá chép vậy.", None), ("Mẹ tôi đang cúng ông Táo thế.", None),
    ("Nhà tôi chưa cúng ông Táo vậy.", None), ("Hôm nay là ngày ông Táo thế.", None),
    ("Ông Táo cưỡi cá chép lên trời vậy.", None), ("Ngày ông Táo là ngày 23 tháng Chạp vậy.", None),
    ("Bạn đã cúng ông Táo chưa vậy?", "Have you made offerings to the Kitchen Gods yet?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hôm nay là ngày Nhà giáo Kitchen.", "Ngày Nhà thờ Kitchen là ngày 23 tháng mười hai."
    ("Today is the Kitchen Gods' Day.", "Hôm nay là ngày ông Công ông Táo."),
    ("Tomorrow is the Kitchen God Day.", "Ngày mai là ngày ông Công ông Táo."),
    ("Is tomorrow the Kitchen Gods' Day?", "Ngày mai có phải là ngày ông Công ông Táo không?"),
    ("Yesterday was the 23rd of the twelfth lunar month.", "Hôm qua là ngày 23 tháng Chạp."),
    ("The Kitchen Gods' Day is the 23rd of the twelfth lunar month.", "Ngày ông Công ông Táo là ngày 23 tháng Chạp."),
    ("When is the Kitchen Gods' Day?", "Ngày ông Công ông Táo là ngày nào?"),
    # v8: "Biết Chúa đi xe lên trời."
    ("The Kitchen God rides a carp up to heaven.", "Ông Táo cưỡi cá chép lên trời."),
    ("The Kitchen Gods ride carp up to heaven.", "Ông Công ông Táo cưỡi cá chép lên trời."),
    ("The Kitchen Gods go up to heaven on the 23rd of the twelfth lunar month.",
     "Ông Công ông Táo về trời vào ngày 23 tháng Chạp."),
    # v8: "Mẹ tôi đi mua xe cho lời khuyên của Chúa.", "Bạn đã mua xe hơi cho lời khuyên của Chúa vẫn chưa?"
    ("My mother went to buy carp for the Kitchen Gods' offering.", "Mẹ tôi đã đi mua cá chép để cúng ông Táo."),
    ("My mother bought carp for the Kitchen Gods' offering yesterday.", "Hôm qua mẹ tôi mua cá chép để cúng ông Táo."),
    ("Have you bought carp for the Kitchen Gods' offering yet?", "Bạn đã mua cá chép để cúng ông Táo chưa?"),
    ("I haven't bought carp for the Kitchen Gods' offering yet.", "Tôi chưa mua cá chép để cúng ông Táo."),
    ("She's buying carp for the Kitchen Gods' offering.", "Cô ấy đang mua cá chép để cúng ông Táo."),
    ("My family usually buys carp for the Kitchen Gods' offering.", "Nhà tôi thường mua cá chép để cúng ông Táo."),
    # v8: "Chúng tôi đã đốt giấy báo hiệu cho ông bà của chúng tôi.", "Bạn có ghi giấy báo hiệu quả không?", "Bà tôi
    # không đốt giấy votive."
    ("We burned votive paper for our grandparents.", "Chúng tôi đã đốt vàng mã cho ông bà."),
    ("Do you burn votive paper?", "Bạn có đốt vàng mã không?"),
    ("My grandmother doesn't burn votive paper.", "Bà tôi không đốt vàng mã."),
    ("We burn joss paper for our ancestors every year.", "Chúng tôi đốt vàng mã cho tổ tiên hằng năm."),
    ("I'm burning votive paper for my grandfather.", "Tôi đang đốt vàng mã cho ông tôi."),
    ("Lan burned votive paper for her grandparents yesterday.", None),  # (hers, in Vietnamese?)
    # v8: "Gia đình tôi phát hành xe hơi vào hồ." (issued cars)
    ("My family released carp into the lake.", "Nhà tôi đã thả cá chép xuống hồ."),
    ("We'll go and release carp into the river tomorrow.", "Ngày mai chúng tôi sẽ đi thả cá chép xuống sông."),
    ("She has just released carp into the pond.", "Cô ấy vừa thả cá chép xuống ao."),
    ("He went to release carp into the lake yesterday.", "Hôm qua anh ấy đi thả cá chép xuống hồ."),
    # v8: "Mẹ tôi đang chuẩn bị cho Chúa Kitchen."
    ("My mother is making offerings to the Kitchen Gods.", "Mẹ tôi đang cúng ông Công ông Táo."),
    ("Lan has already made offerings to the Kitchen Gods.", "Lan đã cúng ông Công ông Táo rồi."),
    ("Has your family made offerings to the Kitchen Gods yet?", "Nhà bạn đã cúng ông Công ông Táo chưa?"),
    ("My parents will make offerings to the Kitchen Gods tomorrow.", "Ngày mai bố mẹ tôi sẽ cúng ông Công ông Táo."),
    # not: the verb not agreeing ("He burn", "The Kitchen God ride", "Yesterday is"), "Do you …?" of releasing or
    # buying (did, do or will?), "Did …?", carp bought for nothing, whose ancestors not who's own, "her" grandparents,
    # a pet as who, "I" asked, "went and", carp as fish, carpets, the other language
    ("He burn votive paper.", None), ("The Kitchen God ride a carp up to heaven.", None),
    ("The Kitchen Gods rides a carp up to heaven.", None), ("Yesterday is the Kitchen Gods' Day.", None),
    ("Do you release carp?", None), ("Did you release carp yesterday?", None), ("We bought carp.", None),
    ("Lan burned votive paper for his ancestors.", None), ("My mother burns votive paper for her grandparents.", None),
    ("My dog released carp into the lake.", None), ("Do I burn votive paper?", None),
    ("We went and released carp.", None),
    ("The carp is big.", None), ("I bought carpets.", None), ("Hôm nay là ngày ông Công ông Táo.", None),
    ("The Kitchen God goes up to heaven.", None), ("We released carp into the lake tomorrow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
