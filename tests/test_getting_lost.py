"""Getting lost: who is lost, asked, thought lost, got lost on the way or at a place, gets lost easily or often, and
"don't get lost", both ways (mt/getting_lost.py)."""
import pytest

from mt.getting_lost import translate


@pytest.mark.parametrize("text, said", [
    ("Chúng tôi bị lạc.", "We're lost."),
    ("Chúng ta bị lạc rồi.", "We're lost."),
    ("Chúng tôi lạc đường rồi.", "We're lost."),
    ("Tôi bị lạc mất rồi.", "I'm lost."),
    ("Tôi nghĩ chúng ta bị lạc rồi.", "I think we're lost."),
    ("Tôi nghĩ là chúng tôi bị lạc rồi.", "I think we're lost."),
    ("Hình như chúng ta bị lạc rồi.", "It looks like we're lost."),
    # v8: "My son was lost.", "Uncle Hung was lost."
    ("Con trai tôi bị lạc rồi.", "My son is lost."),
    ("Bác Hùng bị lạc đường.", "Uncle Hung is lost."),
    ("Đứa bé đi lạc rồi.", "The child is lost."),
    ("Tôi không bị lạc.", "I'm not lost."),
    # v8: "Do you get lost?", "Are you lost your way?", "Do we get lost?"
    ("Bạn có bị lạc không?", "Are you lost?"),
    ("Bạn bị lạc đường à?", "Are you lost?"),
    ("Anh có bị lạc không?", "Are you lost?"),
    ("Chúng ta có bị lạc không?", "Are we lost?"),
    # v8: "I'm lost.", "I've been lost on my way here.", "Are you lost on your way here?"
    ("Tôi vừa bị lạc.", "I just got lost."),
    ("Mẹ tôi vừa bị lạc ở siêu thị.", "My mother just got lost in the supermarket."),
    ("Tôi đã bị lạc trên đường đến đây.", "I got lost on the way here."),
    ("Bạn có bị lạc trên đường đến đây không?", "Did you get lost on the way here?"),
    ("Tôi bị lạc trên đường về nhà hôm qua.", "I got lost on the way home yesterday."),
    ("Họ bị lạc trên đường về khách sạn tối qua.", "They got lost on the way back to the hotel last night."),
    ("Tôi đã đi lạc đường.", "I got lost."),
    ("Hôm qua tôi bị lạc.", "I got lost yesterday."),
    ("Hôm qua bạn có bị lạc không?", "Did you get lost yesterday?"),
    # v8: "The baby has lost at the market."
    ("Đứa bé đã bị lạc ở chợ.", "The child got lost in the market."),
    ("Chúng tôi đã bị lạc trong rừng.", "We got lost in the forest."),
    ("Họ đã bị lạc ở sân bay.", "They got lost at the airport."),
    ("Tôi bị lạc ở Hà Nội năm ngoái.", "I got lost in Hanoi last year."),
    # v8: "She's easy to lose.", "She's very easy to get lost.", "He's usually lost.", "I never lost."
    ("Cô ấy dễ bị lạc.", "She gets lost easily."),
    ("Cô ấy rất dễ bị lạc.", "She gets lost very easily."),
    ("Anh ấy hay bị lạc.", "He often gets lost."),
    ("Tôi không bao giờ bị lạc.", "I never get lost."),
    ("Cô ấy thường bị lạc ở sân bay.", "She often gets lost at the airport."),
    ("Bạn có hay bị lạc không?", "Do you often get lost?"),
    ("Cô ấy có dễ bị lạc không?", "Does she get lost easily?"),
    ("Đừng đi lạc nhé!", "Don't get lost!"),
    ("Cẩn thận kẻo bị lạc nhé.", "Be careful not to get lost."),
    # not: "anh" saying it (the speaker or "you"), "tôi" asked, asked without a word that asks, a place with no word
    # for the tense (is lost there, or got lost there?), a place not known, a day ahead, "vừa" with a day, "lạc" of
    # peanuts, "liên lạc" (contact), "lạc quan" (hopeful), afraid of getting lost, "em bé" (not read)
    ("Tôi vừa bị lạc nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị lạc rồi.", None), ("Tôi có bị lạc không?", None), ("Bạn bị lạc?", None),
    ("Con tôi bị lạc ở chợ.", None), ("Chúng tôi bị lạc ở chợ rồi.", None), ("Tôi bị lạc ở chỗ nào đó.", None),
    ("Ngày mai tôi bị lạc.", None), ("Sáng nay tôi bị lạc.", None), ("Tôi bị dị ứng lạc.", None),
    ("Liên lạc với tôi nhé.", None), ("Tôi rất lạc quan.", None), ("Tôi sợ bị lạc.", None), ("Em bé bị lạc.", None),
    ("Tôi nghĩ chúng ta đã bị lạc.", None), ("Bạn có không bao giờ bị lạc không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi bị mất." (lost as gone or dead), "Tôi nghĩ chúng tôi bị mất."
    ("We're lost.", "Chúng tôi bị lạc rồi."),
    ("I think we're lost.", "Tôi nghĩ chúng ta bị lạc rồi."),
    ("I think my mother is lost.", "Tôi nghĩ mẹ tôi bị lạc rồi."),
    ("My mother is lost.", "Mẹ tôi bị lạc rồi."),
    ("The kids are lost.", "Bọn trẻ bị lạc rồi."),
    ("He's lost.", "Anh ấy bị lạc rồi."),
    ("I'm not lost.", "Tôi không bị lạc."),
    ("You're not lost.", "Bạn không bị lạc."),
    # v8: "Bạn bị mất?", "Chúng tôi đã mất đi?", "Bà mất đi?"
    ("Are you lost?", "Bạn có bị lạc không?"),
    ("Are we lost?", "Chúng ta có bị lạc không?"),
    ("Is she lost?", "Cô ấy có bị lạc không?"),
    # v8: "Tôi đã đi lạc đường ở đây.", "Con trẻ bị mất trên thị trường." (on the stock market), "Tôi đã mất hôm qua."
    ("I got lost on the way.", "Tôi đã bị lạc trên đường đi."),
    ("I got lost on the way here.", "Tôi đã bị lạc trên đường đến đây."),
    ("I got lost on my way to work.", "Tôi đã bị lạc trên đường đi làm."),
    ("She got lost on her way to the hotel.", "Cô ấy đã bị lạc trên đường đến khách sạn."),
    ("We got lost on the way back to the hotel.", "Chúng tôi đã bị lạc trên đường về khách sạn."),
    ("The child got lost in the market.", "Đứa bé đã bị lạc ở chợ."),
    ("My son got lost in the market.", "Con trai tôi đã bị lạc ở chợ."),
    ("He got lost in the woods last year.", "Năm ngoái anh ấy đã bị lạc trong rừng."),
    ("The little girl got lost at the zoo last week.", "Tuần trước cô bé đã bị lạc ở sở thú."),
    ("Lan got lost in Da Lat.", "Lan đã bị lạc ở Đà Lạt."),
    ("I got lost yesterday.", "Hôm qua tôi đã bị lạc."),
    ("I just got lost.", "Tôi vừa bị lạc."),
    ("Did you get lost?", "Bạn có bị lạc không?"),
    ("Did you get lost yesterday?", "Hôm qua bạn có bị lạc không?"),
    # v8: "Tôi đã mất đường.", "Chúng tôi mất đường."
    ("I lost my way.", "Tôi đã bị lạc đường."),
    ("They've lost their way.", "Họ bị lạc đường rồi."),
    ("She has lost her way.", "Cô ấy bị lạc đường rồi."),
    # v8: "Cô ấy bị mất đi dễ dàng.", "Anh ta thường bị mất.", "Tôi không bao giờ bị mất."
    ("She gets lost easily.", "Cô ấy dễ bị lạc."),
    ("She gets lost really easily.", "Cô ấy rất dễ bị lạc."),
    ("He often gets lost.", "Anh ấy thường bị lạc."),
    ("My father never gets lost.", "Bố tôi không bao giờ bị lạc."),
    ("We sometimes get lost in Hanoi.", "Chúng tôi thỉnh thoảng bị lạc ở Hà Nội."),
    ("I always get lost in the mall.", "Tôi luôn bị lạc ở trung tâm thương mại."),
    ("Do you often get lost?", "Bạn có thường bị lạc không?"),
    ("Does your mother get lost easily?", "Mẹ bạn có dễ bị lạc không?"),
    # v8: "Đừng bị mất!"
    ("Don't get lost!", "Đừng đi lạc nhé!"),
    ("Be careful not to get lost.", "Cẩn thận kẻo bị lạc nhé."),
    # not: things lost (mt/finding.py's, mt/mishaps.py's), a match lost, lost for words, confused, neither how often
    # nor how easily, "is", "gets", "does", "has" not agreeing, another's way, a day ahead, a place not known
    ("I lost my keys.", None), ("She's lost her phone.", None), ("We lost the match.", None),
    ("I'm lost for words.", None), ("We're completely lost.", None), ("She gets lost.", None),
    ("She get lost easily.", None), ("Does she gets lost easily?", None), ("He are lost.", None),
    ("The kids is lost.", None), ("She have lost her way.", None), ("I lost your way.", None),
    ("I got lost on her way home.", None), ("I got lost tomorrow.", None), ("I got lost in the big market.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
