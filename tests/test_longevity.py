"""An elder's long life celebrated, round birthdays and round ages turned, both ways (mt/longevity.py)."""
import pytest

from mt.longevity import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My house is going to be celebrating my grandmother.", "We celebrate eighty-five life for us.",
    # "Yesterday, my home was celebrating my grandfather.", "My parents will celebrate lifetime for my grandmother.",
    # "Are you celebrating her life?"
    ("Nhà tôi sắp mừng thọ bà tôi.", "My family is going to hold a longevity celebration for my grandmother."),
    ("Chúng tôi tổ chức mừng thọ tám mươi cho ông tôi.",
     "We held an eightieth birthday celebration for my grandfather."),
    ("Chúng tôi tổ chức lễ mừng thọ cho bà tôi.", "We held a longevity celebration for my grandmother."),
    ("Hôm qua nhà tôi mừng thọ ông tôi.", "My family held a longevity celebration for my grandfather yesterday."),
    ("Tuần sau nhà tôi mừng thọ ông tôi.",
     "My family is holding a longevity celebration for my grandfather next week."),
    ("Bố mẹ tôi sẽ tổ chức lễ mừng thọ cho ông nội tôi.",
     "My parents will hold a longevity celebration for my grandfather."),
    ("Nhà bạn đã mừng thọ bà bạn chưa?", "Has your family held a longevity celebration for your grandmother yet?"),
    ("Chúng tôi chưa mừng thọ bà tôi.", "We haven't held a longevity celebration for my grandmother yet."),
    ("Chúng tôi đã mừng thọ ông bà tôi rồi.", "We've already held a longevity celebration for my grandparents."),
    ("Gia đình tôi vừa làm lễ mừng thọ cho ông Nam.", "My family has just held a longevity celebration for Mr. Nam."),
    ("Chú tôi đang tổ chức mừng thọ chín mươi cho bà nội tôi.",
     "My uncle is holding a ninetieth birthday celebration for my grandmother."),
    ("Năm ngoái chúng tôi mừng thọ bảy mươi cho bà ngoại tôi.",
     "We held a seventieth birthday celebration for my grandmother last year."),
    ("Lan tổ chức mừng thọ cho bà ấy.", "Lan held a longevity celebration for her."),
    ("Tháng sau chúng tôi sẽ mừng thọ bà tôi tám mươi tuổi.",
     "We'll hold an eightieth birthday celebration for my grandmother next month."),
    ("Tôi sắp mừng thọ ông tôi.", "I'm going to hold a longevity celebration for my grandfather."),
    ("Mẹ tôi đã tổ chức tiệc mừng thọ sáu mươi cho bố tôi.",
     "My mother held a sixtieth birthday celebration for my father."),
    # v8: "The whole home was celebrating him."
    ("Cả nhà về quê mừng thọ ông.", "The whole family went back home for Grandpa's longevity celebration."),
    ("Cả nhà tôi sắp về quê mừng thọ bà.", "My whole family is going back home for Grandma's longevity celebration."),
    ("Cả nhà về quê mừng thọ ông tám mươi tuổi.",
     "The whole family went back home for Grandpa's eightieth birthday celebration."),
    ("Tuần trước tôi về quê mừng thọ bà tôi.",
     "I went back home for my grandmother's longevity celebration last week."),
    # v8: "We are celebrating birthday on my twenty."
    ("Chúng tôi đang mừng sinh nhật lần thứ tám mươi của bà tôi.",
     "We're celebrating my grandmother's eightieth birthday."),
    ("Hôm qua cả nhà mừng sinh nhật lần thứ chín mươi của ông tôi.",
     "The whole family celebrated my grandfather's ninetieth birthday yesterday."),
    ("Chúng tôi sẽ mừng sinh nhật lần thứ một trăm của bà Lan.", "We'll celebrate Ms. Lan's hundredth birthday."),
    # v8: "My grandmother was eighty-year-old.", "My grandfather was ninety.", "My mother wasn't round sixty years old."
    ("Bà tôi tròn tám mươi tuổi.", "My grandmother has turned eighty."),
    ("Ông tôi vừa tròn chín mươi.", "My grandfather has just turned ninety."),
    ("Bà bạn tròn tám mươi chưa?", "Has your grandmother turned eighty yet?"),
    ("Mẹ tôi chưa tròn sáu mươi tuổi.", "My mother hasn't turned sixty yet."),
    ("Ông Nam sẽ tròn bảy mươi tuổi.", "Mr. Nam will turn seventy."),
    ("Bố tôi đã tròn sáu mươi tuổi rồi.", "My father has turned sixty."),
    ("Tôi tròn sáu mươi tuổi rồi.", "I've turned sixty."),
    ("Cô ấy sắp tròn bảy mươi tuổi.", "She's about to turn seventy."),
    ("Bà ngoại tôi tròn 100 tuổi.", "My grandmother has turned a hundred."),
    ("Ông ấy tròn trăm tuổi.", "He has turned a hundred."),
    ("Nhà tôi mừng thọ ông.", "My family held a longevity celebration for Grandpa."),
    ("Nhà bạn đã mừng sinh nhật lần thứ tám mươi của bà bạn chưa?",
     "Has your family celebrated your grandmother's eightieth birthday yet?"),
    # not: lived to ninety, a wish, a when (mt/ages.py's), not round, up to ten (mt/people.py's), "có … không?" and
    # "không" (when?), a "?" on a statement, a pet or a child as the elder, "anh" saying it, "I" asked, days and
    # tenses that gainsay each other, not gone home, "tròn" as round, no elder, attending, nonsense, English, "nhỉ"
    ("Ông tôi thọ chín mươi tuổi.", None), ("Chúc ông sống lâu trăm tuổi!", None),
    ("Ông tôi năm nay tròn chín mươi.", None), ("Bà tôi tròn tám mươi lăm tuổi.", None),
    ("Con tôi tròn sáu tuổi.", None), ("Nhà bạn có mừng thọ ông bạn không?", None),
    ("Chúng tôi không mừng thọ bà tôi.", None), ("Nhà tôi mừng thọ bà tôi?", None),
    ("Bà tôi tròn tám mươi tuổi?", None), ("Chúng tôi mừng thọ con chó của tôi.", None),
    ("Chúng tôi mừng thọ con tôi.", None), ("Con mèo của tôi tròn sáu mươi tuổi.", None),
    ("Anh tròn sáu mươi tuổi.", None), ("Tôi tròn sáu mươi tuổi chưa?", None),
    ("Hôm qua nhà tôi sắp mừng thọ ông tôi.", None), ("Ngày mai chúng tôi đã mừng thọ bà tôi.", None),
    ("Cả nhà chưa về quê mừng thọ ông.", None), ("Cái bàn này tròn.", None),
    ("Bà tôi đang tròn tám mươi tuổi.", None), ("Nhà tôi sắp mừng thọ.", None),
    ("Chúng tôi đi dự lễ mừng thọ của ông Nam.", None), ("Mừng thọ mừng thọ.", None),
    ("We held a longevity celebration for my grandmother.", None), ("Bà tôi tròn tám mươi tuổi nhỉ.", None),
    ("Chúng tôi tổ chức mừng thọ tám mươi cho ông tôi chín mươi tuổi.", None),
    ("Hôm qua nhà tôi tuần sau mừng thọ ông tôi.", None), ("Chúng tôi mừng thọ ông bà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi tổ chức một lễ kỉ niệm dài cho bà tôi.", "Chúng tôi tổ chức lễ kỉ niệm sinh nhật 8ieth cho ông
    # tôi.", "Cha mẹ tôi sẽ tổ chức lễ kỉ niệm lâu dài cho ông tôi."
    ("We held a longevity celebration for my grandmother.", "Chúng tôi đã tổ chức mừng thọ cho bà tôi."),
    ("We're going to hold a longevity celebration for my grandmother.", "Chúng tôi sắp tổ chức mừng thọ cho bà tôi."),
    ("We held an eightieth birthday celebration for my grandfather.",
     "Chúng tôi đã tổ chức mừng thọ tám mươi cho ông tôi."),
    ("My family is holding a longevity celebration for Mr. Nam next week.",
     "Tuần sau nhà tôi tổ chức mừng thọ cho ông Nam."),
    ("Has your family held a longevity celebration for your grandfather yet?",
     "Nhà bạn đã tổ chức mừng thọ cho ông bạn chưa?"),
    ("My parents have just held a longevity celebration for my grandparents.",
     "Bố mẹ tôi vừa tổ chức mừng thọ cho ông bà tôi."),
    ("We haven't held a longevity celebration for Grandma yet.", "Chúng tôi chưa tổ chức mừng thọ cho bà."),
    ("My uncle will hold a ninetieth birthday celebration for my grandmother.",
     "Chú tôi sẽ tổ chức mừng thọ chín mươi cho bà tôi."),
    ("They held a hundredth birthday celebration for Mrs. Lan yesterday.",
     "Hôm qua họ tổ chức mừng thọ một trăm cho bà Lan."),
    ("My parents are holding a longevity celebration for my grandmother.",
     "Bố mẹ tôi đang tổ chức mừng thọ cho bà tôi."),
    # v8: "Chúng tôi kỉ niệm sinh nhật 8ieth của bà."
    ("We celebrated my grandfather's long life yesterday.", "Hôm qua chúng tôi mừng thọ ông tôi."),
    ("We're celebrating my grandmother's eightieth birthday.",
     "Chúng tôi đang mừng sinh nhật lần thứ tám mươi của bà tôi."),
    ("We celebrated my grandfather's ninetieth birthday.",
     "Chúng tôi đã mừng sinh nhật lần thứ chín mươi của ông tôi."),
    ("My family will celebrate Grandma's seventieth birthday next month.",
     "Tháng sau nhà tôi sẽ mừng sinh nhật lần thứ bảy mươi của bà."),
    # v8: "Cả gia đình đều trở về nhà lễ kỉ niệm dài của Grandpa."
    ("The whole family went back home for Grandpa's longevity celebration.", "Cả nhà đã về quê mừng thọ ông."),
    ("I'm going back home for my grandmother's eightieth birthday celebration.",
     "Tôi sắp về quê mừng thọ bà tôi tám mươi tuổi."),
    ("My whole family is going back home for Grandpa's longevity celebration next week.",
     "Tuần sau cả nhà tôi về quê mừng thọ ông."),
    # v8: "Bà tôi đã biến thành tám mươi tên.", "Ông tôi vừa quay lại chín mươi lăm.", "Bà của bạn đã biến thành tám
    # mươi lăm chưa?"
    ("My grandmother has turned eighty.", "Bà tôi đã tròn tám mươi tuổi."),
    ("My grandmother turned eighty.", "Bà tôi đã tròn tám mươi tuổi."),
    ("My grandfather has just turned ninety.", "Ông tôi vừa tròn chín mươi tuổi."),
    ("Has your grandmother turned eighty yet?", "Bà bạn đã tròn tám mươi tuổi chưa?"),
    ("My mother hasn't turned sixty yet.", "Mẹ tôi chưa tròn sáu mươi tuổi."),
    ("My grandfather will turn ninety.", "Ông tôi sẽ tròn chín mươi tuổi."),
    ("She's about to turn seventy.", "Cô ấy sắp tròn bảy mươi tuổi."),
    ("My grandmother is turning eighty.", "Bà tôi sắp tròn tám mươi tuổi."),
    ("I've just turned sixty.", "Tôi vừa tròn sáu mươi tuổi."),
    ("My father turned 70.", "Bố tôi đã tròn bảy mươi tuổi."),
    ("My grandmother has already turned a hundred.", "Bà tôi đã tròn một trăm tuổi rồi."),
    ("My family's going to hold a longevity celebration for my grandmother next week.",
     "Tuần sau nhà tôi sẽ tổ chức mừng thọ cho bà tôi."),
    ("Have you turned sixty yet?", "Bạn đã tròn sáu mươi tuổi chưa?"),
    # not: "turns" (when?), a when (mt/ages.py's), pronouns as the elder (ông ấy or anh ấy?), verbs not agreeing,
    # "a eightieth", a child or a pet, a day the tense gainsays, "I" asked, a "?" on a statement, "turn" as turning
    # round, asked as a habit, ages not round, the present of a habit, a wish, Vietnamese
    ("My grandmother turns eighty.", None), ("My grandmother turns eighty this year.", None),
    ("We held a longevity celebration for him.", None),
    ("We has held a longevity celebration for my grandmother.", None),
    ("She have turned seventy.", None), ("My grandmother is eighty.", None),
    ("We held a eightieth birthday celebration for my grandfather.", None),
    ("We held a longevity celebration for my son.", None), ("We held a longevity celebration for my dog.", None),
    ("My dog has turned ninety.", None), ("We held a longevity celebration for my grandmother next week.", None),
    ("We're going to hold a longevity celebration for my grandmother yesterday.", None),
    ("Have I held a longevity celebration for my grandmother yet?", None),
    ("We held a longevity celebration for my grandmother?", None), ("The wheel turned.", None),
    ("Turn left at the corner.", None), ("Do you celebrate your grandmother's long life?", None),
    ("My grandmother has turned eighty-five.", None), ("We celebrate my grandmother's eightieth birthday.", None),
    ("Happy eightieth birthday, Grandma!", None), ("Bà tôi tròn tám mươi tuổi.", None),
    ("My grandmother turned eighty yet.", None), ("We is going to hold a longevity celebration for Grandma.", None),
    ("My family are holding a longevity celebration for my grandmother.", None),
    ("She are about to turn seventy.", None),
    ("We haven't gone back home for Grandpa's longevity celebration.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
