"""Water parks, theme parks and their rides: going, liking, wanting, not daring, fearing, ever ridden, and dizzy or
sick after, both ways (mt/rides.py)."""
import pytest

from mt.rides import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This weekend, we'll go water park.", "Yesterday, we went an entertainment park.", "Tomorrow, we'll take us to
    # entertain park.", "We won't go to water park.", "Last weekend, do you have a state park?", "She gave children to
    # the park."
    ("Cuối tuần này chúng tôi đi công viên nước.", "We're going to the water park this weekend."),
    ("Chúng tôi đi công viên nước cuối tuần này.", "We're going to the water park this weekend."),
    ("Hôm qua chúng tôi đi công viên giải trí.", "We went to the theme park yesterday."),
    ("Cuối tuần tới bọn trẻ sẽ đi công viên nước.", "The kids are going to the water park next weekend."),
    ("Ngày mai mẹ tôi sẽ đưa chúng tôi đi công viên giải trí.", "My mother is taking us to the theme park tomorrow."),
    ("Chị tôi đã đưa bọn trẻ đi công viên nước.", "My sister took the kids to the water park."),
    ("Chúng tôi sẽ đi công viên nước.", "We'll go to the water park."),
    ("Chúng tôi sẽ không đi công viên nước.", "We won't go to the water park."),
    ("Ngày mai tôi không đi công viên nước.", "I'm not going to the water park tomorrow."),
    ("Hôm qua Lan không đi công viên nước.", "Lan didn't go to the water park yesterday."),
    ("Cuối tuần trước bạn có đi công viên nước không?", "Did you go to the water park last weekend?"),
    ("Cuối tuần này bạn có đi công viên nước không?", "Are you going to the water park this weekend?"),
    ("Tuần sau bố tôi đưa tôi đi công viên giải trí.", "My father is taking me to the theme park next week."),
    # v8: "The children love to go to water park.", "My child loves skiringe.", "I like the ultra-sensor hovering.",
    # "Would you like to go to the park?"
    ("Bọn trẻ rất thích đi công viên nước.", "The kids love to go to the water park."),
    ("Con tôi thích tàu lượn siêu tốc lắm.", "My child loves roller coasters."),
    ("Mẹ tôi không thích đi công viên nước.", "My mother doesn't like to go to the water park."),
    ("Tôi muốn chơi vòng quay mặt trời.", "I want to ride the Ferris wheel."),
    ("Bạn có muốn đi công viên nước không?", "Do you want to go to the water park?"),
    ("Anh ấy thích chơi vòng quay ngựa gỗ.", "He likes to ride the merry-go-round."),
    # v8: "I'm not going to play ultra-sens hovers.", "Lan doesn't get rid of the supervision.", "Do you detect
    # ultra-speed train?"
    ("Tôi không dám chơi tàu lượn siêu tốc.", "I don't dare ride the roller coaster."),
    ("Lan không dám đi tàu lượn siêu tốc.", "Lan doesn't dare ride the roller coaster."),
    ("Chúng tôi không dám trượt máng trượt nước.", "We don't dare go down the water slide."),
    ("Bạn có dám chơi tàu lượn siêu tốc không?", "Do you dare ride the roller coaster?"),
    # v8: "My sister fears supervision.", "Do you fear ultra-speed train?", "He wasn't afraid of the superspect."
    ("Em gái tôi sợ tàu lượn siêu tốc.", "My sister is scared of roller coasters."),
    ("Bạn có sợ tàu lượn siêu tốc không?", "Are you scared of roller coasters?"),
    ("Anh ấy không sợ tàu lượn siêu tốc.", "He's not scared of roller coasters."),
    ("Tôi rất sợ vòng quay mặt trời.", "I'm really scared of Ferris wheels."),
    # v8: "You've never traveled ultra-speed hovers?", "Never go to park?", "I've never been rounding the sun.", "I've
    # played the slippery cheeks.", "Aunt Lan used to round the sun."
    ("Bạn đã bao giờ đi tàu lượn siêu tốc chưa?", "Have you ever ridden a roller coaster?"),
    ("Bạn đã bao giờ đi công viên nước chưa?", "Have you ever been to a water park?"),
    ("Bạn từng chơi máng trượt nước chưa?", "Have you ever been down a water slide?"),
    ("Tôi chưa bao giờ đi vòng quay mặt trời.", "I've never been on a Ferris wheel."),
    ("Mẹ tôi chưa bao giờ đi công viên nước.", "My mother has never been to a water park."),
    ("Chúng tôi chưa từng chơi tàu lượn siêu tốc.", "We've never ridden a roller coaster."),
    ("Tôi đã từng chơi máng trượt nước.", "I've been down a water slide before."),
    ("Bác Lan từng đi vòng quay mặt trời rồi.", "Aunt Lan has been on a Ferris wheel before."),
    # v8: "Yesterday, I was dizzzy after playing a superspected ship.", "I'm often spitting up after I go to
    # supervision."
    ("Hôm qua tôi bị chóng mặt sau khi chơi tàu lượn siêu tốc.",
     "I felt dizzy after riding the roller coaster yesterday."),
    ("Tôi đã bị chóng mặt sau khi chơi tàu lượn siêu tốc.", "I felt dizzy after riding the roller coaster."),
    ("Tôi hay bị buồn nôn sau khi đi tàu lượn siêu tốc.", "I often feel sick after riding the roller coaster."),
    ("Em gái tôi luôn bị chóng mặt sau khi chơi vòng quay ngựa gỗ.",
     "My sister always gets dizzy after riding the merry-go-round."),
    # not: no word of when ("went, or going?"), today (done, or planned?), "chưa" alone (yet?), "có bao giờ … không"
    # (ever, or ever does?), "dám" said, "mình" (I, or we?), a pet, "anh" saying it, "I" asked, "có" or "không?"
    # alone, a "?" on a statement, a day behind with "sẽ", two days, "tàu lượn" alone (a glider?), dizzy with no
    # tense, "lắm" denied, the child's own "con", "em" asking with "ạ" (the speaker), "nhé" (let's: mt/suggestions.py)
    ("Chúng tôi đi công viên nước.", None), ("Hôm nay chúng tôi đi công viên nước.", None),
    ("Bạn đã đi công viên nước chưa?", None), ("Bạn có bao giờ đi công viên nước không?", None),
    ("Tôi dám chơi tàu lượn siêu tốc.", None), ("Mình đi công viên nước hôm qua.", None),
    ("Con chó của tôi thích đi công viên nước.", None), ("Anh không dám chơi tàu lượn siêu tốc.", None),
    ("Tôi có dám chơi tàu lượn siêu tốc không?", None), ("Bạn thích đi công viên nước?", None),
    ("Tôi thích đi công viên nước?", None), ("Hôm qua chúng tôi sẽ đi công viên nước.", None),
    ("Ngày mai chúng tôi đã đi công viên nước.", None), ("Hôm qua chúng tôi đi công viên nước hôm qua.", None),
    ("Tôi không dám chơi tàu lượn.", None), ("Tôi bị chóng mặt sau khi chơi tàu lượn siêu tốc.", None),
    ("Tôi không thích tàu lượn siêu tốc lắm.", None), ("Tôi đưa con đi công viên nước hôm qua.", None),
    ("Em có dám chơi tàu lượn siêu tốc không ạ?", None), ("Chúng ta đi công viên nước nhé.", None),
    ("Chúng tôi trượt tàu lượn siêu tốc.", None), ("Tôi sợ đi công viên nước.", None),
    ("Tôi muốn tàu lượn siêu tốc.", None), ("Con tôi đang chơi ở công viên nước.", None),
    ("Tôi chưa bao giờ đi tàu lượn siêu tốc chưa?", None), ("Tôi từng đi tàu lượn siêu tốc chưa?", None),
    ("Tàu lượn siêu tốc bị hỏng rồi.", None),
    # a ride feared with a verb: the riding feared, the verb kept
    ("Tôi sợ chơi tàu lượn siêu tốc.", "I'm scared of riding roller coasters."),
    ("Tôi sợ trượt máng trượt nước.", "I'm scared of going down water slides."),
    ("Bạn có sợ đi vòng quay mặt trời không?", "Are you scared of riding Ferris wheels?"),
    # not: everyone denied (no one, or not everyone?), "thế", "vậy" ending a statement (so scared; then?), "máng trượt"
    # alone (a water slide, or a playground or toy slide?)
    ("Mọi người không dám chơi tàu lượn siêu tốc.", None), ("Mọi người không thích tàu lượn siêu tốc.", None),
    ("Hôm qua mọi người không đi công viên nước.", None), ("Ngày mai mọi người không đi công viên nước.", None),
    ("Mọi người không sợ tàu lượn siêu tốc.", None), ("Mọi người chưa bao giờ đi công viên nước.", None),
    ("Mọi người không bao giờ bị chóng mặt sau khi chơi tàu lượn siêu tốc.", None),
    ("Tôi sợ tàu lượn siêu tốc thế.", None), ("Tôi không dám chơi tàu lượn siêu tốc vậy.", None),
    ("Hôm qua chúng tôi đi công viên nước vậy.", None), ("Tôi chưa bao giờ đi tàu lượn siêu tốc vậy.", None),
    ("Con tôi rất thích chơi máng trượt.", None), ("Tôi đã từng chơi máng trượt.", None),
    ("Hôm qua tôi bị chóng mặt sau khi chơi máng trượt.", None), ("Anh ấy không dám chơi máng trượt.", None),
    ("I don't dare ride the roller coaster.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8 right: "Chúng tôi sẽ đến công viên nước cuối tuần này.", "Tôi không đi đến công viên nước hôm qua."; wrong:
    # "Chúng tôi đi đến chủ đề công viên hôm qua.", "Mẹ tôi đang đưa chúng tôi đến công viên chủ đề ngày mai."
    ("We're going to the water park this weekend.", "Cuối tuần này chúng tôi đi công viên nước."),
    ("We went to the theme park yesterday.", "Hôm qua chúng tôi đi công viên giải trí."),
    ("My mother is taking us to the theme park tomorrow.", "Ngày mai mẹ tôi đưa chúng tôi đi công viên giải trí."),
    ("I didn't go to the water park yesterday.", "Hôm qua tôi không đi công viên nước."),
    ("Did you go to the water park last weekend?", "Cuối tuần trước bạn có đi công viên nước không?"),
    ("Are you going to the water park this weekend?", "Cuối tuần này bạn có đi công viên nước không?"),
    ("We'll go to the water park tomorrow.", "Ngày mai chúng tôi sẽ đi công viên nước."),
    ("We won't go to the water park.", "Chúng tôi sẽ không đi công viên nước."),
    ("She isn't going to the amusement park next week.", "Tuần sau cô ấy không đi công viên giải trí."),
    ("Lan took the kids to the water park.", "Lan đã đưa bọn trẻ đi công viên nước."),
    # v8 right: "Bạn có muốn đi công viên nước không?"; wrong: "Trẻ em thích đi công viên nước.", "Con trai tôi yêu
    # những ảnh chiếu nước.", "Trẻ thích đi trên merry-go-go-a-go-a-go."
    ("The children love to go to the water park.", "Bọn trẻ rất thích đi công viên nước."),
    ("My son loves the water slides.", "Con trai tôi rất thích chơi máng trượt nước."),
    ("My son loves water slides.", "Con trai tôi rất thích chơi máng trượt nước."),
    ("The kids like going on the merry-go-round.", "Bọn trẻ thích chơi vòng quay ngựa gỗ."),
    ("Do you want to go to the water park?", "Bạn có muốn đi công viên nước không?"),
    ("I want to ride the Ferris wheel.", "Tôi muốn chơi vòng quay mặt trời."),
    ("My father doesn't like roller coasters.", "Bố tôi không thích chơi tàu lượn siêu tốc."),
    # v8: "Tôi không nản lòng bỏ bờ biển cuộn.", "Lan không nản lòng cưỡi bờ biển cuộn.", "Bạn có phải ngồi xe bờ
    # biển cuộn không?"
    ("I don't dare ride the roller coaster.", "Tôi không dám chơi tàu lượn siêu tốc."),
    ("Lan doesn't dare ride the roller coaster.", "Lan không dám chơi tàu lượn siêu tốc."),
    ("Do you dare to ride the roller coaster?", "Bạn có dám chơi tàu lượn siêu tốc không?"),
    ("We don't dare go down the water slide.", "Chúng tôi không dám chơi máng trượt nước."),
    # v8: "Chị của tôi sợ các bờ biển cuộn.", "Bạn có sợ những bờ biển cuộn không?"
    ("My sister is scared of roller coasters.", "Em gái tôi sợ tàu lượn siêu tốc."),
    ("Are you scared of roller coasters?", "Bạn có sợ tàu lượn siêu tốc không?"),
    ("He's afraid of Ferris wheels.", "Anh ấy sợ vòng quay mặt trời."),
    ("I'm not scared of riding the roller coaster.", "Tôi không sợ chơi tàu lượn siêu tốc."),
    # v8: "Bạn đã bao giờ cưỡi một chiếc bờ biển cuộn chưa?", "Tôi chưa bao giờ ở trên bánh Ferris.", "Bạn đã từng đến
    # một công viên cứu trợ chưa?", "Trước đây, cô ấy đang ở trên một bờ biển cuộn."; right: "Mẹ tôi chưa bao giờ đến
    # công viên nước."
    ("Have you ever ridden a roller coaster?", "Bạn đã bao giờ chơi tàu lượn siêu tốc chưa?"),
    ("I've never been on a Ferris wheel.", "Tôi chưa bao giờ chơi vòng quay mặt trời."),
    ("Have you ever been to an amusement park?", "Bạn đã bao giờ đi công viên giải trí chưa?"),
    ("She's been on a roller coaster before.", "Cô ấy đã từng chơi tàu lượn siêu tốc."),
    ("My mother has never been to a water park.", "Mẹ tôi chưa bao giờ đi công viên nước."),
    ("Has Lan ever been down a water slide?", "Lan đã bao giờ chơi máng trượt nước chưa?"),
    # v8: "Tôi cảm thấy chóng mặt sau khi cưỡi bờ biển đông hôm qua.", "Tôi cảm thấy bị bệnh sau khi bờ biển cuộn.",
    # "Cô ấy luôn cảm thấy ốm sau khi cưỡi bờ biển lăn."
    ("I felt dizzy after riding the roller coaster yesterday.",
     "Hôm qua tôi bị chóng mặt sau khi chơi tàu lượn siêu tốc."),
    ("I felt sick after the roller coaster.", "Tôi đã bị buồn nôn sau khi chơi tàu lượn siêu tốc."),
    ("She always feels sick after riding the roller coaster.",
     "Cô ấy luôn bị buồn nôn sau khi chơi tàu lượn siêu tốc."),
    ("We often get dizzy after going on the Ferris wheel.",
     "Chúng tôi hay bị chóng mặt sau khi chơi vòng quay mặt trời."),
    # not: the verb not agreeing ("She have", "He don't", "Does you"), "dare" said, "going" or asked with no day (now,
    # or planned?), a day the other way, "I" asked, a pet, "love" asked, "want" with no verb, "down" a coaster, "been
    # to" a ride, "an roller coaster", "before" with "never", "got sick" (ill, or threw up?), "feel sick" with no
    # "often" (now?), a habit ("takes us"), not Vietnamese, nothing of the topic
    ("She have never been to a water park.", None), ("He don't dare ride the roller coaster.", None),
    ("Does you want to go to the water park?", None), ("I dare ride the roller coaster.", None),
    ("We're going to the water park.", None), ("Did you go to the water park?", None),
    ("We went to the water park tomorrow.", None), ("We're going to the water park yesterday.", None),
    ("Do I dare ride the roller coaster?", None), ("My dog loves to go to the water park.", None),
    ("Do you love roller coasters?", None), ("I want roller coasters.", None),
    ("Have you ever been down a roller coaster?", None), ("I've never been to a roller coaster.", None),
    ("Have you ever ridden an roller coaster?", None), ("I've never been on a Ferris wheel before.", None),
    ("I got sick after the roller coaster.", None), ("I feel sick after riding the roller coaster.", None),
    ("My mother takes us to the water park.", None), ("I've been to a water park.", None),
    ("She likes to going on the Ferris wheel.", None), ("He like roller coasters.", None),
    ("The roller coaster is closed today.", None),
    # "didn't" this weekend: "đã", as "Cuối tuần này tôi không đi …" is not going
    ("I didn't go to the water park this weekend.", "Cuối tuần này tôi đã không đi công viên nước."),
    ("She didn't take the kids to the water park this weekend.",
     "Cuối tuần này cô ấy đã không đưa bọn trẻ đi công viên nước."),
    # not: everyone denied (no one, or not everyone?), asked gone this weekend (as "Are you going …?" is asked),
    # "big wheels" (a truck's? the toy?)
    ("Everyone doesn't like roller coasters.", None), ("Everyone didn't go to the water park yesterday.", None),
    ("Everyone isn't scared of roller coasters.", None), ("Everybody doesn't dare ride the roller coaster.", None),
    ("Everyone isn't going to the water park tomorrow.", None), ("Did you go to the water park this weekend?", None),
    ("I like big wheels.", None), ("I'm scared of big wheels.", None),
    ("Tôi không dám chơi tàu lượn siêu tốc.", None),  # (the other way's language)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
