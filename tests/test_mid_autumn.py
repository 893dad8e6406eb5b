"""The Mid-Autumn Festival: mooncakes and lanterns bought, made, eaten, liked or wanted, children out with lanterns,
the lion dance, the feast and when the festival is, both ways (mt/mid_autumn.py)."""
import pytest

from mt.mid_autumn import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bought middle cookies for children.", "Lan bought two boxes of average cookie."
    ("Tôi mua bánh trung thu cho bọn trẻ.", "I bought mooncakes for the kids."),
    ("Mẹ tôi đã mua bánh trung thu.", "My mother bought mooncakes."),
    ("Lan mua một hộp bánh trung thu cho bà tôi.", "Lan bought a box of mooncakes for my grandmother."),
    ("Tôi vừa mua bánh dẻo cho mẹ tôi.", "I've just bought sticky rice mooncakes for my mother."),
    ("Tôi chưa mua bánh trung thu.", "I haven't bought any mooncakes yet."),
    ("Tôi mua bánh trung thu cho bọn trẻ rồi.", "I've already bought mooncakes for the kids."),
    ("Bạn đã mua bánh trung thu cho bọn trẻ chưa?", "Have you bought any mooncakes for the kids yet?"),
    ("Hôm qua bạn có mua bánh trung thu không?", "Did you buy mooncakes yesterday?"),
    ("Tôi sẽ mua bánh trung thu.", "I'll buy mooncakes."),
    ("Mẹ tôi mua bánh nướng trung thu cho bọn trẻ.", "My mother bought baked mooncakes for the kids."),
    ("Bác Hùng đã mua bánh trung thu cho bọn trẻ.", "Uncle Hung bought mooncakes for the kids."),
    # v8: "Are you already eating a lobby?", "I ate loving cookies."
    ("Bạn đã ăn bánh trung thu chưa?", "Have you eaten any mooncakes yet?"),
    ("Tôi ăn bánh trung thu rồi.", "I've already eaten mooncakes."),
    ("Hôm qua tôi ăn bánh trung thu.", "I ate mooncakes yesterday."),
    ("Tôi đã ăn bánh trung thu hôm qua.", "I ate mooncakes yesterday."),
    # v8: "My grandfather makes the loyalty."
    ("Bà tôi tự làm bánh trung thu.", "My grandmother makes her own mooncakes."),
    ("Bác Lan tự làm bánh trung thu.", "Aunt Lan makes her own mooncakes."),
    ("Bạn có tự làm bánh trung thu không?", "Do you make your own mooncakes?"),
    ("Mẹ tôi không tự làm bánh trung thu.", "My mother doesn't make her own mooncakes."),
    ("Chị tôi làm bánh dẻo cho chúng tôi.", "My sister made sticky rice mooncakes for us."),
    # v8: "I don't like snake.", "Do you like loafs?"
    ("Tôi không thích bánh dẻo.", "I don't like sticky rice mooncakes."),
    ("Bạn có thích bánh trung thu không?", "Do you like mooncakes?"),
    ("Anh ấy rất thích bánh dẻo.", "He really likes sticky rice mooncakes."),
    ("Tôi không thích bánh nướng trung thu.", "I don't like baked mooncakes."),
    # v8: "My mother made a light nest for my younger brother.", "I want you to light you."
    ("Mẹ tôi làm đèn lồng cho em trai tôi.", "My mother made a lantern for my younger brother."),
    ("Bố tôi đang làm đèn kéo quân cho con trai tôi.", "My father is making a revolving lantern for my son."),
    ("Ngày mai tôi sẽ mua đèn lồng cho con tôi.", "I'll buy a lantern for my child tomorrow."),
    ("Anh ấy sẽ mua đèn lồng cho con gái anh ấy.", "He'll buy a lantern for his daughter."),
    ("Tôi đã mua đèn lồng cho con trai tôi hôm qua.", "I bought a lantern for my son yesterday."),
    ("Tôi mua đèn lồng cho bọn trẻ.", "I bought lanterns for the kids."),
    ("Ông tôi làm đèn ông sao cho chúng tôi.", "My grandfather made star lanterns for us."),
    ("Con tôi muốn đèn ông sao.", "My child wants a star lantern."),
    ("Bọn trẻ muốn đèn lồng.", "The kids want lanterns."), ("Họ muốn đèn lồng.", "They want lanterns."),
    ("Chúng tôi muốn đèn ông sao.", "We want star lanterns."),
    ("Con gái tôi muốn một chiếc đèn lồng.", "My daughter wants a lantern."),
    ("Bạn có muốn đèn ông sao không?", "Do you want a star lantern?"),
    ("Tôi không muốn đèn ông sao.", "I don't want a star lantern."),
    # v8: "Tonight, the children went to front of the light."
    ("Tối nay bọn trẻ đi rước đèn.", "The kids are going out with their lanterns tonight."),
    ("Tối nay bạn có đi rước đèn không?", "Are you going out with lanterns tonight?"),
    ("Tối mai bọn trẻ sẽ đi rước đèn.", "The kids will go out with their lanterns tomorrow evening."),
    ("Tối qua bọn trẻ đi rước đèn.", "The kids went out with their lanterns last night."),
    ("Bọn trẻ đi rước đèn vào đêm trung thu.", "The kids go out with their lanterns on Mid-Autumn night."),
    # v8: "They've seen a clinical scoop.", "Yesterday, we went to look at clinical dances."
    ("Bọn trẻ đã xem múa lân.", "The kids watched the lion dance."),
    ("Hôm qua chúng tôi đi xem múa lân.", "We went to watch the lion dance yesterday."),
    ("Bọn trẻ đang xem múa lân.", "The kids are watching the lion dance."),
    ("Cô ấy xem múa lân tối qua.", "She watched the lion dance last night."),
    ("Chúng tôi sẽ đi xem múa lân vào tối mai.", "We'll go to watch the lion dance tomorrow evening."),
    ("Tôi thích xem múa lân.", "I like watching the lion dance."),
    ("Bạn có thích xem múa lân không?", "Do you like watching the lion dance?"),
    ("Bọn trẻ đã xem múa lân chưa?", "Have the kids watched the lion dance yet?"),
    # v8: "We destroyed the middle night."
    ("Chúng tôi phá cỗ đêm trung thu.", "We have a feast on Mid-Autumn night."),
    ("Tối nay chúng tôi phá cỗ.", "We're having a Mid-Autumn feast tonight."),
    ("Chúng tôi đã phá cỗ rồi.", "We've already had a Mid-Autumn feast."),
    ("Bạn có phá cỗ vào đêm trung thu không?", "Do you have a feast on Mid-Autumn night?"),
    # v8: "Tet is chin in August.", "What is the average holiday?"
    ("Tết Trung thu là rằm tháng tám.", "The Mid-Autumn Festival is on the fifteenth day of the eighth lunar month."),
    ("Trung thu là ngày rằm tháng tám âm lịch.",
     "The Mid-Autumn Festival is on the fifteenth day of the eighth lunar month."),
    ("Tết Trung thu là ngày nào?", "When is the Mid-Autumn Festival?"),
    # not: bought, made or eaten with no time said (done, or a habit?), a lantern for no one and uncounted, "bánh
    # nướng" alone (any baked cake), "em tôi" (brother or sister?), "anh" alone saying it, a pet, asked of oneself,
    # a "?" on a statement, "không?" without "có", tastes ("ngọt quá": so, or too?), gifts (mt/gifts.py), "tối rằm"
    # (any month's), "nhỉ" on a statement, this year's date, "các con tôi" for whom, the feast asked with no night
    ("Mẹ tôi mua bánh trung thu.", None), ("Tôi ăn bánh trung thu.", None), ("Tôi đã làm đèn lồng.", None),
    ("Tôi không thích bánh nướng.", None), ("Mẹ tôi làm đèn lồng cho em tôi.", None),
    ("Em tôi muốn đèn ông sao.", None), ("Anh mua bánh trung thu cho bọn trẻ.", None),
    ("Con mèo của tôi thích bánh trung thu.", None), ("Tôi thích bánh trung thu không?", None),
    ("Tôi mua bánh trung thu cho bọn trẻ?", None), ("Bạn thích bánh trung thu không?", None),
    ("Bánh dẻo ngọt quá.", None), ("Tôi tặng bánh trung thu cho mẹ tôi.", None),
    ("Các con tôi rước đèn vào tối rằm.", None), ("Bọn trẻ xem múa lân.", None),
    ("Tối nay bọn trẻ đi rước đèn nhỉ.", None), ("Trung thu năm nay là ngày nào?", None),
    ("Ngày mai tôi mua đèn ông sao cho các con tôi.", None), ("Bạn có mua bánh trung thu không?", None),
    ("Lan tự làm bánh trung thu.", None), ("Bạn đi rước đèn chưa?", None),
    ("Tôi mua bánh trung thu cho bọn trẻ vào đêm trung thu.", None), ("Tôi có ăn bánh trung thu không?", None),
    ("I bought mooncakes for the kids.", None), ("Trung thu này tôi về quê.", None),
    # ... nor "chúng ta", "mình" saying it with no word of tense, not behind (let's?), nor "đang đi xem" ("We're going
    # to watch": a plan)
    ("Chúng ta mua bánh trung thu cho bọn trẻ.", None), ("Mình mua bánh trung thu cho bọn trẻ.", None),
    ("Tối nay chúng ta phá cỗ.", None), ("Tối nay chúng ta đi rước đèn.", None), ("Tối nay mình đi rước đèn.", None),
    ("Ngày mai chúng ta đi xem múa lân.", None), ("Đêm trung thu chúng ta phá cỗ.", None),
    ("Chúng ta tự làm bánh trung thu.", None), ("Mình tự làm bánh trung thu.", None),
    ("Chúng tôi đang đi xem múa lân.", None), ("Bọn trẻ đang đi xem múa lân.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mua bánh mooncake cho bọn trẻ.", "Tôi chưa mua được cái bánh xe nào." (a wheel)
    ("I bought mooncakes for the kids.", "Tôi đã mua bánh trung thu cho bọn trẻ."),
    ("I've already bought mooncakes.", "Tôi đã mua bánh trung thu rồi."),
    ("I just bought mooncakes for my mother.", "Tôi vừa mua bánh trung thu cho mẹ tôi."),
    ("I bought a box of mooncakes for my grandmother.", "Tôi đã mua một hộp bánh trung thu cho bà tôi."),
    ("I haven't bought any mooncakes yet.", "Tôi chưa mua bánh trung thu."),
    ("Have you bought any mooncakes yet?", "Bạn đã mua bánh trung thu chưa?"),
    ("Did you buy mooncakes yesterday?", "Hôm qua bạn có mua bánh trung thu không?"),
    # v8: "Bạn đã ăn bất kỳ loại thức ăn nào chưa?"
    ("Have you eaten any mooncakes yet?", "Bạn đã ăn bánh trung thu chưa?"),
    ("I haven't eaten any mooncakes yet.", "Tôi chưa ăn bánh trung thu."),
    ("I ate mooncakes yesterday.", "Hôm qua tôi ăn bánh trung thu."),
    # v8: "Bà tôi làm cho bà ta bước chân của mình."
    ("My grandmother makes her own mooncakes.", "Bà tôi tự làm bánh trung thu."),
    ("Do you make your own mooncakes?", "Bạn có tự làm bánh trung thu không?"),
    ("My mother doesn't make her own mooncakes.", "Mẹ tôi không tự làm bánh trung thu."),
    ("Lan makes her own mooncakes.", "Lan tự làm bánh trung thu."),
    # v8: "Tôi không thích bánh nướng.", "Bạn có thích thức ăn gạo dính không?"
    ("I don't like baked mooncakes.", "Tôi không thích bánh nướng."),
    ("Do you like sticky rice mooncakes?", "Bạn có thích bánh dẻo không?"),
    ("He likes sticky rice mooncakes.", "Anh ấy thích bánh dẻo."),
    ("I like watching the lion dance.", "Tôi thích xem múa lân."),
    ("Does she like watching the lion dance?", "Cô ấy có thích xem múa lân không?"),
    # v8: "Mẹ tôi đã làm một cái rìu cho em trai tôi." (an axe), "Con trai tôi muốn một ngôi sao của tôi lan sang."
    ("My mother made a lantern for my younger brother.", "Mẹ tôi đã làm một chiếc đèn lồng cho em trai tôi."),
    ("My mother made lanterns for the kids.", "Mẹ tôi đã làm đèn lồng cho bọn trẻ."),
    ("She has just made a star lantern for her son.", "Cô ấy vừa làm một chiếc đèn ông sao cho con trai cô ấy."),
    ("I'll buy a lantern for my daughter tomorrow.", "Ngày mai tôi sẽ mua một chiếc đèn lồng cho con gái tôi."),
    ("My father is making a revolving lantern for my son.", "Bố tôi đang làm một chiếc đèn kéo quân cho con trai tôi."),
    ("My son wants a star lantern.", "Con trai tôi muốn một chiếc đèn ông sao."),
    ("Do you want a star lantern?", "Bạn có muốn một chiếc đèn ông sao không?"),
    ("I don't want a lantern.", "Tôi không muốn đèn lồng."),
    ("My son doesn't want a lantern.", "Con trai tôi không muốn đèn lồng."),
    ("I don't want a mooncake.", "Tôi không muốn bánh trung thu."),
    ("I haven't bought a lantern yet.", "Tôi chưa mua đèn lồng."),
    ("She hasn't made a lantern for her son yet.", "Cô ấy chưa làm đèn lồng cho con trai cô ấy."),
    # v8: "Trẻ ra ngoài với các cơn bão tối nay." (storms)
    ("The kids are going out with lanterns tonight.", "Tối nay bọn trẻ đi rước đèn."),
    ("The children are going out with their lanterns tonight.", "Tối nay bọn trẻ đi rước đèn."),
    ("We're going out with our lanterns tonight.", "Tối nay chúng tôi đi rước đèn."),
    ("Are you going out with lanterns tonight?", "Tối nay bạn có đi rước đèn không?"),
    ("The kids went out with lanterns last night.", "Tối qua bọn trẻ đi rước đèn."),
    ("The kids will go out with lanterns tomorrow evening.", "Tối mai bọn trẻ sẽ đi rước đèn."),
    ("The kids go out with lanterns on Mid-Autumn night.", "Bọn trẻ đi rước đèn vào đêm trung thu."),
    # v8: "Chúng tôi nhìn thấy vũ công hôm qua." (a dancer)
    ("We watched the lion dance yesterday.", "Hôm qua chúng tôi xem múa lân."),
    ("We watched the lion dance.", "Chúng tôi đã xem múa lân."),
    ("The kids are watching the lion dance.", "Bọn trẻ đang xem múa lân."),
    ("We went to watch the lion dance yesterday.", "Hôm qua chúng tôi đi xem múa lân."),
    ("Have the kids watched the lion dance yet?", "Bọn trẻ đã xem múa lân chưa?"),
    # v8: "Chúng tôi có một con búa đông vào đêm Mid-Autumn."
    ("We have a feast on Mid-Autumn night.", "Chúng tôi phá cỗ vào đêm trung thu."),
    ("We're having a Mid-Autumn feast tonight.", "Tối nay chúng tôi phá cỗ trung thu."),
    ("We'll have a feast on Mid-Autumn night.", "Chúng tôi sẽ phá cỗ vào đêm trung thu."),
    # v8: "Tết Trung Thu vào ngày lễ của tháng thứ tám.", "Khi nào Tết Trung Thu?"
    ("The Mid-Autumn Festival is on the fifteenth day of the eighth lunar month.",
     "Tết Trung thu là ngày rằm tháng tám âm lịch."),
    ("When is the Mid-Autumn Festival?", "Tết Trung thu là ngày nào?"),
    # not: verbs not agreeing ("He like", "My daughter want", "an lantern"), whose not who's own, a habit of buying
    # or eating (or done?), a feast not the festival's, out with lanterns with no time, "Did" with no day, asked of
    # oneself, a pet, a "?" on a statement, "loves", a date of the sun's calendar, the other way's language
    ("He like sticky rice mooncakes.", None), ("My daughter want a lantern.", None),
    ("She bought an lantern for her son.", None), ("My mother doesn't make his own mooncakes.", None),
    ("The kids are going out with our lanterns tonight.", None), ("I eat mooncakes.", None),
    ("We're having a feast tonight.", None), ("The kids go out with lanterns.", None),
    ("Did you buy mooncakes?", None), ("Do I like mooncakes?", None), ("My dog likes mooncakes.", None),
    ("I bought mooncakes for the kids?", None), ("My son loves mooncakes.", None),
    ("The Mid-Autumn Festival is in September.", None), ("I bought a mooncakes.", None),
    ("I like mooncake.", None), ("Tôi mua bánh trung thu cho bọn trẻ.", None),
    # ... nor going out, going to watch or having the feast with no day ("We're going to watch …": will, or on the
    # way?; "We're having a …": now, or a plan?)
    ("We're going to watch the lion dance.", None), ("The kids are going to watch the lion dance.", None),
    ("We're going out with lanterns.", None), ("The kids are going out with lanterns.", None),
    ("We're having a Mid-Autumn feast.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
