"""How far one place is from another in kilometres, asked and said, of two places or of a way, both ways
(mt/distances.py)."""
import pytest

from mt import journeys, patterns, phrasebook
from mt.distances import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How many trees do you have?", "Has Hanoi Hai Phong How far?", "How did you get here?"
    ("Nhà bạn cách trường mấy cây số?", "How many kilometres is your house from school?"),
    ("Nhà bạn cách trường bao nhiêu cây số?", "How many kilometres is your house from school?"),
    ("Nhà bạn cách trường bao xa?", "How far is your house from school?"),
    ("Hà Nội cách Hải Phòng bao xa?", "How far is Hanoi from Hai Phong?"),
    ("Hà Nội cách Huế bao nhiêu km?", "How many kilometres is Hanoi from Hue?"),
    ("Nhà bạn cách đây bao xa?", "How far is your house from here?"),
    ("Nhà Lan cách ga bao xa?", "How far is Lan's house from the station?"),
    ("Nhà anh ấy cách chợ mấy cây số?", "How many kilometres is his house from the market?"),
    ("Chỗ làm của chị ấy cách nhà bao xa vậy?", "How far is her workplace from home?"),
    ("Sân bay cách trung tâm thành phố bao xa?", "How far is the airport from the city centre?"),
    ("Trường cách nhà tôi bao xa?", "How far is school from my house?"),
    ("Nhà bà bạn cách Huế bao xa ạ?", "How far is your grandmother's house from Hue?"),
    # v8: "Hanoi Hai Phong about one hundred trees.", "I'm about five trees.", "My mother had a way to market about
    # twenty-five trees.", "My child's school is 3 km."
    ("Hà Nội cách Hải Phòng khoảng một trăm cây số.", "Hanoi is about a hundred kilometres from Hai Phong."),
    ("Trường tôi cách nhà khoảng năm cây số.", "My school is about five kilometres from home."),
    ("Nhà mẹ tôi cách chợ khoảng hai mươi cây số.", "My mother's house is about twenty kilometres from the market."),
    ("Trường của con tôi cách nhà 3 km.", "My child's school is 3 km from home."),
    ("Công ty tôi cách nhà mười lăm cây số.", "My company is fifteen kilometres from home."),
    ("Nhà chúng tôi cách sân bay tầm ba mươi cây số.", "Our house is about thirty kilometres from the airport."),
    ("Trường học của Nam cách nhà gần hai cây số.", "Nam's school is nearly two kilometres from home."),
    ("Nhà bà tôi cách Đà Lạt hai mươi tư cây số.", "My grandmother's house is twenty-four kilometres from Da Lat."),
    ("Trường họ cách nhà 2,5 km.", "Their school is 2.5 km from home."),
    ("Nhà bạn tôi cách chợ 12 cây số.", "My friend's house is 12 kilometres from the market."),
    # v8: "How far from Hanoi to Hue?", "How many trees do you come to the school?", "Do the Lan to the airport far?"
    ("Từ Hà Nội đến Huế bao xa?", "How far is it from Hanoi to Hue?"),
    ("Từ Hà Nội đến Huế bao nhiêu cây số?", "How many kilometres is it from Hanoi to Hue?"),
    ("Từ nhà bạn đến trường bao nhiêu cây số?", "How many kilometres is it from your house to school?"),
    ("Từ nhà bạn đến trường bao xa?", "How far is it from your house to school?"),
    ("Từ nhà đến chỗ làm của bố bạn là bao xa?", "How far is it from home to your father's workplace?"),
    ("Từ nhà Lan đến sân bay có xa không?", "Is it far from Lan's house to the airport?"),
    ("Từ Đà Nẵng tới Hội An mấy cây số vậy?", "How many kilometres is it from Da Nang to Hoi An?"),
    # v8: "From my home to about 15 trees."
    ("Từ nhà tôi đến chỗ làm khoảng mười lăm cây số.", "It's about fifteen kilometres from my house to work."),
    ("Từ Hà Nội đến Huế khoảng 700 cây số.", "It's about 700 kilometres from Hanoi to Hue."),
    ("Từ nhà tôi đến trường là hai cây số.", "It's two kilometres from my house to school."),
    ("Từ đây đến chợ khoảng một cây số.", "It's about one kilometre from here to the market."),
    # v8: "Do you get away from school?"
    ("Nhà bạn có xa trường không?", "Is your house far from school?"),
    ("Nhà bạn cách trường có xa không?", "Is your house far from school?"),
    ("Trường của em gái anh ấy có xa nhà không?", "Is his sister's school far from home?"),
    # review: a place that neither mt/journeys.py nor mt/patterns.py takes; a spouse's company (only "nhà chồng",
    # "nhà vợ" are the in-laws' home)
    ("Vịnh Hạ Long cách Hà Nội bao xa?", "How far is Ha Long Bay from Hanoi?"),
    ("Công ty chồng tôi cách nhà bao xa?", "How far is my husband's company from home?"),
    # not: metres and miles, "chỉ", "không xa", a time, "nhà mình" (mine or ours?), "anh", "em" as whose, home or
    # here asked about, a place not known, "cách" as a way or a time ago, "?" on a statement, a question without one,
    # "thế" on a statement, animals, "trăm" (not read)
    ("Nhà tôi cách trường năm dặm.", None), ("Trường tôi cách nhà khoảng mười lăm mét.", None),
    ("Nhà tôi chỉ cách trường mười lăm cây số.", None),
    ("Nhà tôi cách trường không xa.", None), ("Nhà tôi gần trường.", None),
    ("Hồi nhỏ nhà tôi cách trường mười lăm cây số.", None), ("Nhà mình cách trường bao xa?", None),
    ("Nhà anh cách trường bao xa?", None), ("Nhà em cách trường bao xa?", None), ("Nhà cách trường bao xa?", None),
    ("Đây cách Huế bao xa?", None), ("Nhà hàng cách khách sạn bao xa?", None), ("Cách làm bánh này rất dễ.", None),
    ("Cách đây hai năm tôi sống ở Huế.", None), ("Từ Hà Nội đến Huế bằng cách nào?", None),
    ("Nhà tôi cách trường khoảng năm cây số?", None), ("Nhà bạn cách trường mấy cây số.", None),
    ("Nhà bạn có xa trường không.", None), ("Nhà tôi cách trường mười lăm cây số thế.", None),
    ("Con chó cách nhà bao xa?", None), ("Tôi cách trường bao xa?", None),
    ("Nhà tôi cách trường hai trăm cây số.", None), ("Nhà tôi cách nhà tôi mười lăm cây số.", None),
    ("How far is your house from school?", None),
    # review: a pet's house or school (a kennel?), "nhà chồng", "nhà vợ" (the in-laws' home, not "my husband's
    # house")
    ("Nhà con mèo của tôi cách Huế bao xa?", None), ("Nhà của con chó tôi cách trường bao xa?", None),
    ("Trường con chó của tôi cách nhà bao xa?", None), ("Từ nhà con mèo của tôi đến trường bao xa?", None),
    ("Nhà chồng tôi cách Huế bao xa?", None), ("Nhà vợ anh ấy cách chợ năm mươi cây số.", None),
    ("Từ nhà chồng tôi đến trường bao xa?", None), ("Nhà bạn cách nhà vợ tôi bao xa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nhà bạn ở trường của bạn bao nhiêu?", "Đến nay Huế từ Hà Nội?", "Có bao nhiêu kilometres Hà Nội từ Hải
    # Phòng?"
    ("How far is your house from school?", "Nhà bạn cách trường bao xa?"),
    ("How far is Hue from Hanoi?", "Huế cách Hà Nội bao xa?"),
    ("How many kilometres is Hanoi from Hai Phong?", "Hà Nội cách Hải Phòng bao nhiêu cây số?"),
    ("How many kilometres is your house from school?", "Nhà bạn cách trường bao nhiêu cây số?"),
    ("How many km is her school from the station?", "Trường cô ấy cách nhà ga bao nhiêu km?"),
    ("How far is the airport from the city centre?", "Sân bay cách trung tâm thành phố bao xa?"),
    ("How far is my mother's house from here?", "Nhà mẹ tôi cách đây bao xa?"),
    ("How far is Lan's house from the market?", "Nhà Lan cách chợ bao xa?"),
    # v8: "Có bao nhiêu kilometres từ nhà bạn đến trường?", "Có bao nhiêu người Hà Nội đến Huế?"
    ("How far is it from Hanoi to Hue?", "Từ Hà Nội đến Huế bao xa?"),
    ("How many kilometres is it from your house to school?", "Từ nhà bạn đến trường bao nhiêu cây số?"),
    ("How many kilometres is it from Hanoi to Hue?", "Từ Hà Nội đến Huế bao nhiêu cây số?"),
    ("How far is it from home to his workplace?", "Từ nhà đến chỗ làm của anh ấy bao xa?"),
    ("How far is it from our house to Da Lat?", "Từ nhà chúng tôi đến Đà Lạt bao xa?"),
    # v8: "Trường học của tôi có khoảng 5 km từ nhà.", "Hà Nội khoảng một trăm kilometres từ Hải Phòng.", "Nhà mẹ
    # của tôi có khoảng 20 km từ chợ."
    ("My school is about five kilometres from home.", "Trường tôi cách nhà khoảng năm cây số."),
    ("Hanoi is about a hundred kilometres from Hai Phong.", "Hà Nội cách Hải Phòng khoảng một trăm cây số."),
    ("My mother's house is about twenty kilometres from the market.", "Nhà mẹ tôi cách chợ khoảng hai mươi cây số."),
    ("Their house is twenty-five kilometres from the airport.", "Nhà họ cách sân bay hai mươi lăm cây số."),
    ("My company is fifteen kilometres from home.", "Công ty tôi cách nhà mười lăm cây số."),
    ("Your school is nearly one kilometre from home.", "Trường bạn cách nhà gần một cây số."),
    ("His school is 12 km from home.", "Trường anh ấy cách nhà 12 km."),
    # v8: "Khoảng 15 km từ ngôi nhà của tôi để làm việc."
    ("It's about fifteen kilometres from my house to work.", "Từ nhà tôi đến chỗ làm khoảng mười lăm cây số."),
    ("It's about 700 kilometres from Hanoi to Hue.", "Từ Hà Nội đến Huế khoảng 700 cây số."),
    ("It is two kilometres from my house to school.", "Từ nhà tôi đến trường là hai cây số."),
    # v8: "Nhà bạn có ở xa trường không?", "Có phải từ ngôi nhà của Lan đến sân bay không?"
    ("Is your house far from school?", "Nhà bạn có xa trường không?"),
    ("Is it far from Lan's house to the airport?", "Từ nhà Lan đến sân bay có xa không?"),
    # review: a spouse's company (only their house is left)
    ("How far is my husband's company from home?", "Công ty chồng tôi cách nhà bao xa?"),
    # not: miles and runs, the count not agreeing with its unit, "the" before a name, home asked about, the same
    # place twice, no "?" on a question, "it" without "to", animals and things, a person for a place, "is" missing or
    # said twice, Vietnamese
    ("How far is it?", None), ("How far did you run?", None), ("My house is five miles from school.", None),
    ("How many miles is Hanoi from Hue?", None), ("My house is one kilometres from school.", None),
    ("My house is twenty kilometre from school.", None), ("My house is a km from school.", None),
    ("How far is the Hanoi from Hue?", None), ("How far is home from school?", None),
    ("How far is it from here to here?", None), ("Is your house far from school.", None),
    ("How far is it from Hanoi to Hue.", None), ("It's about fifteen kilometres from home.", None),
    ("My school is about fifteen kilometres from my house to work.", None), ("How far is your dog from home?", None),
    ("How far is my mind from home?", None), ("I am fifteen kilometres from home.", None),
    ("How far it from Hanoi to Hue?", None), ("Is is it far from Hanoi to Hue?", None),
    ("Nhà bạn cách trường bao xa?", None),
    # review: a pet's house (a kennel?), a husband's or wife's house ("nhà chồng", "nhà vợ": the in-laws' home)
    ("How far is my dog's house from here?", None), ("How far is my cat's house from here?", None),
    ("Is your dog's house far from school?", None), ("How far is it from my dog's house to school?", None),
    ("How far is my husband's house from here?", None), ("My wife's house is five kilometres from here.", None),
    ("It's five kilometres from my husband's house to school.", None), ("Is my wife's house far from here?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, first", [
    ("Nhà tôi cách trường năm cây số.", "vi", journeys), ("Hà Nội cách Sài Gòn khoảng 1.700 cây số.", "vi", journeys),
    ("Nhà tôi cách đây hai cây số.", "vi", journeys), ("Từ đây đến sân bay bao xa?", "vi", patterns),
    ("Hanoi is about 100 km from Hai Phong.", "en", journeys),
    ("My house is five kilometres from school.", "en", journeys),
    ("How far is it from here to the airport?", "en", patterns), ("How far is Da Nang from Hue?", "en", patterns),
])
def test_taken_first(text, src, first):
    """What mt/journeys.py and mt/patterns.py take, tried before this module in mt.phrasebook, is theirs."""
    tgt = "en" if src == "vi" else "vi"
    assert phrasebook.translate(text, src, tgt) == first.translate(text, src, tgt) is not None
