"""Anniversaries and toasts: happy anniversary, whose anniversary is when, asked, and the toasts of a party or a
wedding, both ways (mt/anniversaries.py)."""
import pytest

from mt.anniversaries import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He congratulates the anniversary of wedding!", "He congratulates the anniversary!", "Happy the anniversary
    # of your two wedding anniversary!", "He congratulates the anniversary of the wedding day!"
    ("Chúc mừng kỷ niệm ngày cưới!", "Happy wedding anniversary!"),
    ("Chúc mừng ngày kỷ niệm!", "Happy anniversary!"),
    ("Chúc mừng kỷ niệm ngày cưới của hai bạn!", "Happy wedding anniversary to you both!"),
    ("Chúc mừng kỷ niệm 10 năm ngày cưới!", "Happy 10th wedding anniversary!"),
    ("Chúc mừng kỷ niệm mười năm ngày cưới của anh chị!", "Happy tenth wedding anniversary to you both!"),
    ("Chúc mừng kỷ niệm 25 năm ngày cưới của bố mẹ!", "Happy 25th wedding anniversary, Mum and Dad!"),
    ("Chúc mừng kỷ niệm hai mươi lăm năm ngày cưới nhé!", "Happy twenty-fifth wedding anniversary!"),
    ("Chúc mừng kỷ niệm một năm ngày cưới của bạn!", "Happy first wedding anniversary!"),
    ("Chúc bố mẹ kỷ niệm ngày cưới vui vẻ!", "Happy wedding anniversary, Mum and Dad!"),
    ("Kỷ niệm ngày cưới vui vẻ!", "Happy wedding anniversary!"),
    # v8 (right: "Hôm nay là ngày kỷ niệm cưới của chúng tôi." → "Today is our wedding anniversary."): "Today is our
    # wedding anniversary." (the ten lost), "Today is the 10-year anniversary of my parents."
    ("Hôm nay là kỷ niệm mười năm ngày cưới của chúng tôi.", "Today is our tenth wedding anniversary."),
    ("Hôm nay là kỷ niệm 10 năm ngày cưới của bố mẹ tôi.", "Today is my parents' 10th wedding anniversary."),
    ("Hôm nay là ngày kỷ niệm cưới của chúng tôi.", "Today is our wedding anniversary."),
    ("Ngày mai là kỷ niệm ngày cưới của bố mẹ tôi.", "Tomorrow is my parents' wedding anniversary."),
    ("Hôm qua là ngày kỷ niệm của chúng tôi.", "Yesterday was our anniversary."),
    ("Ngày kỷ niệm của chúng tôi là vào tuần sau.", "Our anniversary is next week."),
    ("Kỷ niệm ngày cưới của Lan là thứ bảy.", "Lan's wedding anniversary is on Saturday."),
    # v8: "When is your anniversary of your wedding day?", "What is your parents' wedding date?"
    ("Kỷ niệm ngày cưới của bạn là khi nào?", "When is your wedding anniversary?"),
    ("Kỷ niệm ngày cưới của bố mẹ bạn là ngày nào?", "When is your parents' wedding anniversary?"),
    ("Khi nào là ngày kỷ niệm của các bạn?", "When is your anniversary?"),
    # v8: "Have a good deal!", "Wod!", "Fifteen percent!", "Raise the glass to be celebrating!", "Bringing up the
    # glass of dye and hesitate!", "Let's lift the glass of celebrating her!", "Please drink that!", "What's going
    # for!", "Because of your health!"
    ("Chúc sức khỏe!", "Cheers!"),
    ("Dô!", "Cheers!"),
    ("Trăm phần trăm!", "Bottoms up!"),
    ("Nâng ly chúc mừng cô dâu chú rể!", "A toast to the bride and groom!"),
    ("Nâng ly vì cô dâu và chú rể!", "A toast to the bride and groom!"),
    ("Chúng ta hãy nâng ly chúc mừng cô dâu chú rể!", "Let's raise a glass to the bride and groom!"),
    ("Cùng nâng ly chúc mừng cô dâu chú rể nào!", "Let's raise a glass to the bride and groom!"),
    ("Xin mời mọi người cùng nâng ly chúc mừng đôi uyên ương!", "Please raise your glasses to the happy couple!"),
    ("Tôi xin nâng ly chúc mừng cô dâu chú rể.", "I'd like to propose a toast to the bride and groom."),
    ("Tôi xin đề nghị mọi người cùng nâng ly.", "I'd like to propose a toast."),
    ("Hãy uống mừng điều đó!", "Let's drink to that!"),
    ("Uống vì điều đó nào!", "Let's drink to that!"),
    ("Vì sức khỏe của bạn!", "To your health!"),
    ("Vì sức khoẻ của mọi người!", "To everyone's health!"),
    ("Nâng ly nào!", "Let's raise a glass!"),
    # not: a wish at parting (mt/wishes.py or the model), "kỷ niệm" alone (a memory), the phrasebook's ("Cạn ly!",
    # "Một, hai, ba, dô!"), no one's, "bạn" without "của" (a friend's?), "sẽ" with yesterday, a dating anniversary,
    # "because of that", "Hãy uống!" (drink it), "Tôi nâng ly." (said, not proposed), the 0th
    ("Kỷ niệm ngày cưới của Lan là thứ bảy nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chúc sức khỏe.", None), ("Chúc bạn sức khỏe.", None), ("Chúc mừng kỷ niệm!", None),
    ("Hôm nay là kỷ niệm của chúng tôi.", None), ("Cạn ly!", None), ("Một, hai, ba, dô!", None),
    ("Hôm nay là ngày kỷ niệm.", None), ("Hôm nay là kỷ niệm ngày cưới bạn.", None),
    ("Hôm qua sẽ là ngày kỷ niệm của chúng tôi.", None), ("Hôm nay là kỷ niệm một năm yêu nhau của chúng tôi.", None),
    ("Vì điều đó!", None), ("Hãy uống!", None), ("Tôi nâng ly.", None), ("Chúc mừng kỷ niệm 0 năm ngày cưới!", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Th kỷ niệm vui vẻ!", "Thập kỷ niệm cưới vui vẻ!", "Th kỷ niệm mười năm vui vẻ!", "… bố mẹ và bố!"
    ("Happy anniversary!", "Chúc mừng ngày kỷ niệm!"),
    ("Happy wedding anniversary!", "Chúc mừng kỷ niệm ngày cưới!"),
    ("Happy tenth anniversary!", "Chúc mừng ngày kỷ niệm mười năm!"),
    ("Happy 10th wedding anniversary!", "Chúc mừng kỷ niệm 10 năm ngày cưới!"),
    ("Happy twenty-fifth wedding anniversary!", "Chúc mừng kỷ niệm hai mươi lăm năm ngày cưới!"),
    ("Happy anniversary to you both!", "Chúc mừng ngày kỷ niệm của hai bạn!"),
    ("Happy anniversary, Mum and Dad!", "Chúc mừng ngày kỷ niệm của bố mẹ!"),
    # v8: "Đó là lễ kỷ niệm cưới chúng ta ngày nay.", "Hôm nay là kỷ niệm cưới hỏi của chúng tôi.", "Hôm nay là ngày
    # kỷ niệm cưới năm cưới của chúng tôi.", "Ngày mai là lễ kỷ niệm cưới của bố mẹ." (whose lost), "Đó là lễ kỷ
    # niệm của bố mẹ tôi vào tuần tới."
    ("It's our wedding anniversary today.", "Hôm nay là kỷ niệm ngày cưới của chúng tôi."),
    ("Today is our wedding anniversary.", "Hôm nay là kỷ niệm ngày cưới của chúng tôi."),
    ("Today is our tenth wedding anniversary.", "Hôm nay là kỷ niệm mười năm ngày cưới của chúng tôi."),
    ("Tomorrow is my parents' wedding anniversary.", "Ngày mai là kỷ niệm ngày cưới của bố mẹ tôi."),
    ("It's my parents' anniversary next week.", "Tuần sau là ngày kỷ niệm của bố mẹ tôi."),
    ("Yesterday was our anniversary.", "Hôm qua là ngày kỷ niệm của chúng tôi."),
    ("Our anniversary is on Saturday.", "Ngày kỷ niệm của chúng tôi là vào thứ Bảy."),
    ("Lan's wedding anniversary is next month.", "Tháng sau là kỷ niệm ngày cưới của Lan."),
    ("My sister's wedding anniversary is tomorrow.", "Ngày mai là kỷ niệm ngày cưới của em gái tôi."),
    # v8: "Khi nào lễ kỷ niệm cưới của bạn?", "Buổi lễ kỷ niệm của bạn khi nào?", "… của bố mẹ?" (whose lost)
    ("When is your wedding anniversary?", "Kỷ niệm ngày cưới của bạn là ngày nào?"),
    ("When is your anniversary?", "Ngày kỷ niệm của bạn là ngày nào?"),
    ("When's your parents' wedding anniversary?", "Kỷ niệm ngày cưới của bố mẹ bạn là ngày nào?"),
    # v8: "Hãy uống thức uống cho đó nhé!", "Nên cho bé bú và phòng vệ!", "Chúng ta sẽ nâng một ly vào nếp và phòng
    # ngủ!", "Để phòng ngủ và phòng ngủ!", "Đến sức khỏe của bạn!", "Dưới đây là sức khỏe của bạn!", "Dưới đây là
    # chúng ta!", "Tôi muốn đề xuất một món đậu.", "Đáy lên!", "Không phải là một món đồ nào đó!"
    ("Let's drink to that!", "Cùng uống mừng điều đó nào!"),
    ("A toast to the bride and groom!", "Nâng ly chúc mừng cô dâu chú rể!"),
    ("Let's raise a glass to the bride and groom!", "Cùng nâng ly chúc mừng cô dâu chú rể nào!"),
    ("To the bride and groom!", "Nâng ly chúc mừng cô dâu chú rể!"),
    ("To your health!", "Vì sức khỏe của bạn!"),
    ("Here's to your health!", "Vì sức khỏe của bạn!"),
    ("Here's to us!", "Vì chúng ta!"),
    ("I'd like to propose a toast.", "Tôi xin đề nghị mọi người cùng nâng ly."),
    ("I'd like to propose a toast to the bride and groom.", "Tôi xin nâng ly chúc mừng cô dâu chú rể."),
    ("Bottoms up!", "Cạn ly!"),
    ("Let's have a toast!", "Cùng nâng ly nào!"),
    ("Let's drink to your health!", "Cùng uống vì sức khỏe của bạn nào!"),
    ("Raise your glasses to the happy couple!", "Mời mọi người nâng ly chúc mừng đôi uyên ương!"),
    # not: the phrasebook's ("Cheers!"), agreeing ("I'll drink to that!"), to what ("To that!"), "Let's drink!"
    # (going out?), a wrong ending ("21th"), "is" with a day behind, "was" with one ahead, "an" anniversary
    ("Cheers!", None), ("I'll drink to that!", None), ("To that!", None), ("Let's drink!", None),
    ("Happy 21th anniversary!", None), ("Yesterday is our anniversary.", None), ("Our anniversary is last week.", None),
    ("Tomorrow was our anniversary.", None), ("When is an anniversary?", None), ("Today are our anniversary.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Happy anniversary!", "vi", "en") is None
    assert translate("Chúc mừng kỷ niệm ngày cưới!", "en", "vi") is None
    assert translate("Happy anniversary!", "en", "fr") is None
