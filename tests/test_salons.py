"""Nails, massages and the spa: going, gone, wanted, "let's", the price, a nail technician, a back that needs a
massage, both ways (mt/salons.py)."""
import pytest

from mt.salons import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I go to work nails.", "She goes to work nails.", "We went to bed.", "She was just went to work nails."
    ("Tôi đi làm móng.", "I'm going to get my nails done."),
    ("Cô ấy đi làm móng tay.", "She's going to get her nails done."),
    ("Chúng tôi đi spa.", "We're going to the spa."),
    ("Tôi đi massage.", "I'm going for a massage."),
    ("Bố tôi đi mát xa.", "My father is going for a massage."),
    ("Chị ấy đi làm móng chân.", "She's going to get a pedicure."),
    ("Cô ấy đi sơn móng tay.", "She's going to get her nails painted."),
    ("Cô ấy vừa đi làm móng.", "She just had her nails done."),
    ("Mẹ tôi vừa đi làm móng chân.", "My mother just had a pedicure."),
    ("Bác Hùng vừa đi mát xa.", "Uncle Hung just had a massage."),
    ("Tôi vừa mát xa.", "I just had a massage."),
    ("Chúng tôi vừa đi spa về.", "We just got back from the spa."),
    # v8: "Yesterday, she went to work nails.", "Last week, we went to bed.", "I'll go to nail-biting tomorrow."
    ("Cô ấy đã đi làm móng.", "She had her nails done."),
    ("Hôm qua cô ấy đi làm móng.", "She had her nails done yesterday."),
    ("Tuần trước chúng tôi đi spa.", "We went to the spa last week."),
    ("Chúng tôi đi spa hôm qua.", "We went to the spa yesterday."),
    ("Cô ấy đã đi làm móng rồi.", "She's already had her nails done."),
    ("Tôi sẽ đi làm móng vào ngày mai.", "I'm going to get my nails done tomorrow."),
    ("Tôi định đi spa vào cuối tuần.", "I'm going to the spa at the weekend."),
    ("Tôi sẽ đi spa.", "I'm going to the spa."),
    # v8: "I'd like to get a cold away.", "I'd like a cooler.", "Do you want to go spasm?", "I need a cooler."
    ("Tôi muốn đi mát xa.", "I'd like to go for a massage."),
    ("Tôi muốn mát xa.", "I'd like a massage."),
    ("Tôi muốn mát xa lưng.", "I'd like a back massage."),
    ("Tôi muốn đi mát xa tối nay.", "I'd like to go for a massage tonight."),
    ("Bạn có muốn đi spa không?", "Would you like to go to the spa?"),
    ("Anh có muốn đi spa không?", "Would you like to go to the spa?"),
    ("Tôi cần mát xa cổ vai gáy.", "I need a neck and shoulder massage."),
    ("Bạn có cần đi mát xa không?", "Do you need to go for a massage?"),
    # v8: "Let's get away from the feet."
    ("Chúng ta đi mát xa chân đi.", "Let's go for a foot massage."),
    ("Chúng ta đi mát xa chân nhé.", "Let's go for a foot massage."),
    ("Bọn mình đi làm móng nhé.", "Let's get our nails done."),
    ("Mình đi spa đi.", "Let's go to the spa."),
    # v8: "How far are it?", "How much money do you nails?"
    ("Mát xa bao nhiêu tiền?", "How much is a massage?"),
    ("Mát xa chân bao nhiêu tiền?", "How much is a foot massage?"),
    ("Làm móng bao nhiêu tiền?", "How much is a manicure?"),
    ("Làm móng chân giá bao nhiêu?", "How much is a pedicure?"),
    # v8: "She is a founder.", "Is she a nail-biter?", "How long I need to be cool."
    ("Cô ấy là thợ làm móng.", "She's a nail technician."),
    ("Cô ấy là thợ làm móng à?", "Is she a nail technician?"),
    ("Bạn có phải là thợ làm móng không?", "Are you a nail technician?"),
    ("Cô ấy không phải là thợ làm móng.", "She isn't a nail technician."),
    ("Tôi không phải là thợ mát xa.", "I'm not a massage therapist."),  # (not "I amn't")
    ("Tôi không phải là thợ làm móng.", "I'm not a nail technician."),
    ("Họ không phải là thợ mát xa.", "They aren't massage therapists."),
    ("Họ là thợ mát xa.", "They're massage therapists."),
    ("Lưng tôi cần được mát xa.", "My back needs a massage."),
    ("Vai tôi cần mát xa.", "My shoulders need a massage."),
    # not: "anh" alone (the speaker or "you"), going to work, mt/makeup.py's ("sẽ", "đang", "muốn" with "đi làm móng"),
    # whose nails not known after a name, "mình … nhé" (I'll go), "đi … rồi" (gone or been?), "mới" with a day (not
    # until), "vừa" with a day, "làm móng" without "đi" (oneself?), "Đi … đi" (told or let's?), habits, "hôm nay"
    ("Tôi sẽ đi spa nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đi spa.", None), ("Tôi đi làm.", None), ("Tôi sẽ đi làm móng.", None), ("Tôi đang đi làm móng.", None),
    ("Tôi muốn đi làm móng.", None), ("Lan đi làm móng.", None), ("Mình đi spa nhé.", None),
    ("Tôi đi mát xa rồi.", None), ("Mai tôi mới đi spa.", None), ("Tôi vừa đi mát xa hôm qua.", None),
    ("Cô ấy vừa làm móng.", None), ("Tôi muốn làm móng.", None), ("Đi mát xa chân đi.", None),
    ("Tôi thường đi mát xa vào cuối tuần.", None), ("Hôm nay tôi đi spa.", None), ("Tôi vừa sơn móng tay.", None),
    ("Tôi muốn gội đầu dưỡng sinh.", None), ("Tôi mát xa.", None), ("Bạn đi spa à?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ta đã làm móng tay." (cold "cô ta"), "Cô ấy lấy móng tay của mình làm hôm qua." (took her nails)
    ("She had her nails done.", "Cô ấy đã đi làm móng."),
    ("She got her nails done yesterday.", "Hôm qua cô ấy đã đi làm móng."),
    ("My mother had her nails done.", "Mẹ tôi đã đi làm móng."),
    ("My brother had his nails done.", "Anh trai tôi đã đi làm móng."),
    ("She's just had her nails done.", "Cô ấy vừa đi làm móng."),
    ("She has already had her nails done.", "Cô ấy đã đi làm móng rồi."),
    # v8: "Chúng tôi đi đến thư rác." (spam), "Tôi có khối lượng hôm qua." (mass), "Tôi chỉ có khối lượng."
    ("We went to the spa.", "Chúng tôi đã đi spa."),
    ("We went to the spa last week.", "Tuần trước chúng tôi đã đi spa."),
    ("I had a massage yesterday.", "Hôm qua tôi đã đi mát xa."),
    ("I just had a massage.", "Tôi vừa đi mát xa."),
    ("I went for a massage.", "Tôi đã đi mát xa."),
    ("I got a foot massage.", "Tôi đã đi mát xa chân."),
    ("I've just been to the spa.", "Tôi vừa đi spa."),
    # v8: "Tôi sẽ lấy móng tay của mình làm ngày mai."
    ("I'm going to get my nails done tomorrow.", "Ngày mai tôi sẽ đi làm móng."),
    ("I'm going to get my nails done.", "Tôi sẽ đi làm móng."),
    ("She's getting her nails done tomorrow.", "Ngày mai cô ấy sẽ đi làm móng."),
    ("We're going to the spa this weekend.", "Cuối tuần này chúng tôi sẽ đi spa."),
    ("We're going for a foot massage this weekend.", "Cuối tuần này chúng tôi sẽ đi mát xa chân."),
    ("I'm having a massage tomorrow.", "Ngày mai tôi sẽ đi mát xa."),
    ("I'll go to the spa on Saturday.", "Tôi sẽ đi spa vào thứ Bảy."),
    # v8: "Tôi muốn xoa bóp." (stiff), "Tôi muốn một con búa." (a hammer), "Tôi muốn một người đàn ông." (a man)
    ("I'd like a massage.", "Tôi muốn đi mát xa."),
    ("I'd like a back massage, please.", "Tôi muốn đi mát xa lưng."),
    ("I'd like a Thai massage.", "Tôi muốn đi mát xa kiểu Thái."),
    ("I'd like a pedicure.", "Tôi muốn đi làm móng chân."),
    ("I need a massage.", "Tôi cần đi mát xa."),
    ("My mother wants a massage.", "Mẹ tôi muốn đi mát xa."),
    ("Would you like to go to the spa?", "Bạn có muốn đi spa không?"),
    ("Does she need a massage?", "Cô ấy có cần đi mát xa không?"),
    ("Would you like to get a manicure?", "Bạn có muốn đi làm móng không?"),
    ("She'd like to get her nails painted.", "Cô ấy muốn đi sơn móng tay."),
    # v8: "Chúng ta hãy xoa bóp bàn chân.", "Chúng ta hãy đến thư rác.", "… lấy móng tay của chúng ta."
    ("Let's go for a foot massage.", "Chúng ta đi mát xa chân đi."),
    ("Let's go to the spa.", "Chúng ta đi spa đi."),
    ("Let's get our nails done.", "Chúng ta đi làm móng đi."),
    # v8: "Xoa bóp là bao nhiêu?"
    ("How much is a massage?", "Mát xa bao nhiêu tiền?"),
    ("How much does a foot massage cost?", "Mát xa chân bao nhiêu tiền?"),
    ("How much for a pedicure?", "Làm móng chân bao nhiêu tiền?"),
    # v8: "Bé có phải là bác sĩ sơ sinh không?", "Cô ấy là một bác sĩ công nghệ móng tay."
    ("Is she a nail technician?", "Cô ấy có phải là thợ làm móng không?"),
    ("She's a nail technician.", "Cô ấy là thợ làm móng."),
    ("They're nail technicians.", "Họ là thợ làm móng."),
    ("Is he a massage therapist?", "Anh ấy có phải là thợ mát xa không?"),
    ("She isn't a masseuse.", "Cô ấy không phải là thợ mát xa."),
    ("I'm not a massage therapist.", "Tôi không phải là thợ mát xa."),
    ("My back needs a massage.", "Lưng tôi cần được mát xa."),
    ("Her feet need a massage.", "Bàn chân cô ấy cần được mát xa."),
    # not: bad agreement, another's nails, "been" without "just" (ever?), "having" now, a day ahead said as gone,
    # mt/makeup.py's ("getting" with no day, "I'd like to get my nails done."), the spa's price, "my" after "let's"
    ("She have had her nails done.", None), ("My mother want a massage.", None), ("She are going to the spa.", None),
    ("They're a nail technician.", None), ("She are a nail technician.", None), ("My back need a massage.", None),
    ("She had my nails done.", None), ("My mother had his nails done.", None), ("I've been to the spa.", None),
    ("I have had a massage.", None), ("I'm having a massage.", None), ("We went to the spa tomorrow.", None),
    ("I'm getting my nails done.", None), ("I'd like to get my nails done.", None), ("How much is the spa?", None),
    ("Let's get my nails done.", None), ("I went to a massage.", None), ("Would I like a massage?", None),
    ("Did you have a massage?", None),
    # his or her nails after a name or one of no known sex: whose nails?
    ("Lan had his nails done.", None), ("Lan had her nails done.", None), ("My friend had her nails done.", None),
    ("Lan would like to get her nails painted.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I wash my head out.", "I just washed my head out.", "Yesterday, I wash my head out.", "She shampooed out.",
    # "She washed her head out.", "Tomorrow, I'll wash my head out.", "Do you want to shampoo out?"
    ("Tôi đi gội đầu ở tiệm.", "I'm going to get my hair washed at the salon."),
    ("Chúng tôi đi gội đầu ở tiệm.", "We're going to get our hair washed at the salon."),
    ("Tôi vừa đi gội đầu ở tiệm.", "I just had my hair washed at the salon."),
    ("Hôm qua tôi đi gội đầu ở tiệm.", "I had my hair washed at the salon yesterday."),
    ("Cô ấy đã đi gội đầu ở tiệm.", "She had her hair washed at the salon."),
    ("Cô ấy đã đi gội đầu ở tiệm rồi.", "She's already had her hair washed at the salon."),
    ("Ngày mai tôi sẽ đi gội đầu ở tiệm.", "I'm going to get my hair washed at the salon tomorrow."),
    ("Anh ấy vừa đi gội đầu ở tiệm về.", "He just got back from getting his hair washed at the salon."),
    ("Bạn có muốn đi gội đầu ở tiệm không?", "Would you like to get your hair washed at the salon?"),
    # v8: "She went out to shampoo.", "My mother just came out of the shampoo.", "Let's go away."
    ("Cô ấy ra tiệm gội đầu.", "She's going to the salon to get her hair washed."),
    ("Mẹ tôi vừa ra tiệm gội đầu.", "My mother just went to the salon to get her hair washed."),
    ("Tôi sẽ ra tiệm làm móng.", "I'm going to the salon to get my nails done."),
    ("Chúng ta ra tiệm gội đầu đi.", "Let's go to the salon to get our hair washed."),
    # v8: "My mother usually comes out of the shampoo.", "Aunt Lan or go out to shampoo.", "We usually wash our head
    # out.", "I'm sometimes shampooing at the shop.", "Do you or shampoo out?", "He never washed his head out.", "My
    # grandmother shampooed at the first two weeks.", "I usually wash my head out." (my father's)
    ("Mẹ tôi hay ra tiệm gội đầu.", "My mother often goes to the salon to get her hair washed."),
    ("Bác Lan hay ra tiệm gội đầu.", "Aunt Lan often goes to the salon to get her hair washed."),
    ("Chúng tôi hay đi gội đầu ở tiệm.", "We often get our hair washed at the salon."),
    ("Tôi thỉnh thoảng đi gội đầu ở tiệm.", "I sometimes get my hair washed at the salon."),
    ("Bạn có hay đi gội đầu ở tiệm không?", "Do you often get your hair washed at the salon?"),
    ("Anh ấy không bao giờ đi gội đầu ở tiệm.", "He never gets his hair washed at the salon."),
    ("Bà tôi đi gội đầu ở tiệm hai tuần một lần.", "My grandmother gets her hair washed at the salon every two weeks."),
    ("Bố tôi hay đi gội đầu ở tiệm.", "My father often gets his hair washed at the salon."),
    # v8: "She nails every month.", "My mother has nails every week.", "She makes her nail every month.", "I make my
    # nails every month.", "My grandfather is twice a week.", "She goes to work nails per month.", "She usually goes to
    # work nails.", "I usually go to work nails every month.", "We usually go out to nails.", "Do you have or
    # nail-biting?", "Do you have a nail every month?", "My mother never went to nail.", "She usually painted her
    # nails."
    ("Chị ấy làm móng mỗi tháng.", "She gets her nails done every month."),
    ("Mẹ tôi làm móng mỗi tuần.", "My mother gets her nails done every week."),
    ("Cô ấy làm móng chân mỗi tháng.", "She gets a pedicure every month."),
    ("Tôi làm móng mỗi tháng một lần.", "I get my nails done once a month."),
    ("Bà tôi làm móng hai tuần một lần.", "My grandmother gets her nails done every two weeks."),
    ("Cô ấy đi làm móng mỗi tháng.", "She gets her nails done every month."),
    ("Cô ấy hay đi làm móng.", "She often gets her nails done."),
    ("Tôi thường đi làm móng mỗi tháng.", "I usually get my nails done every month."),
    ("Chúng tôi hay ra tiệm làm móng.", "We often go to the salon to get our nails done."),
    ("Bạn có hay đi làm móng không?", "Do you often get your nails done?"),
    ("Anh có hay đi làm móng không?", "Do you often get your nails done?"),
    ("Bạn có đi làm móng mỗi tháng không?", "Do you get your nails done every month?"),
    ("Mẹ tôi không bao giờ đi làm móng.", "My mother never gets her nails done."),
    ("Chị ấy hay đi sơn móng tay.", "She often gets her nails painted."),
    # v8: "My mother usually goes to bed.", "I'm usually going to go away every week."
    ("Mẹ tôi hay đi spa.", "My mother often goes to the spa."),
    ("Bố tôi thường đi mát xa mỗi tuần.", "My father usually goes for a massage every week."),
    # "hay" with a period is "usually" ("often … every week" says how often twice)
    ("Mẹ tôi hay ra tiệm gội đầu mỗi tuần.", "My mother usually goes to the salon to get her hair washed every week."),
    ("Tôi hay đi spa mỗi cuối tuần.", "I usually go to the spa every weekend."),
    ("Chị ấy hay làm móng mỗi tháng.", "She usually gets her nails done every month."),
    ("Bà tôi hay đi gội đầu ở tiệm hai tuần một lần.",
     "My grandmother usually gets her hair washed at the salon every two weeks."),
    ("Bạn có hay đi spa mỗi tuần không?", "Do you usually go to the spa every week?"),
    ("Bố tôi hay đi mát xa chân mỗi tuần.", "My father usually goes for a foot massage every week."),
    ("Tôi luôn đi làm móng mỗi tháng.", "I always get my nails done every month."),
    # not: whose hair after a name alone, "gội đầu ở tiệm" or "làm móng" with no "đi" and no period (one who works
    # there? oneself?), daily (a nail technician's work?), "đi gội đầu" with no salon (at home?), "có" or "không"
    # alone, "?" on a statement, "chị" alone saying it, "never" with a period, "rarely" asked, back from the salon,
    # a pet, one's own nails painted, a house's foundations ("móng nhà"), "đi … rồi", "đang", "hay" as "or"
    ("Tôi đi gội đầu ở tiệm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Lan hay ra tiệm gội đầu.", None), ("Tôi gội đầu ở tiệm.", None), ("Chị ấy hay làm móng.", None),
    ("Chị ấy làm móng mỗi ngày.", None), ("Cô ấy đi làm móng mỗi ngày.", None), ("Tôi hay đi gội đầu.", None),
    ("Bạn hay đi làm móng không?", None), ("Cô ấy hay đi làm móng?", None), ("Chị hay đi gội đầu ở tiệm.", None),
    ("Tôi không bao giờ đi làm móng mỗi tháng.", None), ("Bạn có hiếm khi đi làm móng không?", None),
    ("Mẹ tôi vừa ra tiệm gội đầu về.", None), ("Con mèo của tôi hay đi spa.", None),
    ("Cô ấy hay sơn móng tay mỗi tuần.", None), ("Họ làm móng nhà mỗi tháng.", None), ("Cô ấy hay mát xa.", None),
    ("Mẹ tôi hay ra tiệm mát xa.", None), ("Tôi đi gội đầu ở tiệm rồi.", None), ("Tôi đang đi gội đầu ở tiệm.", None),
    ("Cô ấy đi gội đầu ở tiệm hay ở nhà?", None), ("She gets her nails done every month.", None),
    # "sometimes" or "regularly" with a period (how often, said twice over), "đã ra tiệm … rồi" (gone, or been?)
    ("Tôi thỉnh thoảng đi spa mỗi tháng.", None), ("Cô ấy đôi khi đi spa mỗi tuần.", None),
    ("Cô ấy thường xuyên đi spa mỗi tháng.", None), ("Cô ấy đã ra tiệm gội đầu rồi.", None),
    ("Cô ấy đã ra tiệm làm móng rồi.", None),
])
def test_hair_at_the_salon_and_habits_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có mái tóc của tôi giặt giặt vào thiên văn." (astronomy), "Tôi đã gội đầu vào nước bọt hôm qua."
    # (saliva), "Cô ấy đã giặt tóc của cô ấy vào thiên văn.", "Cô ấy chỉ có mái tóc của cô ấy giặt vào thiên văn."
    ("I got my hair washed at the salon.", "Tôi đã đi gội đầu ở tiệm."),
    ("I had my hair washed at the salon yesterday.", "Hôm qua tôi đã đi gội đầu ở tiệm."),
    ("She had her hair washed at the salon.", "Cô ấy đã đi gội đầu ở tiệm."),
    ("She's just had her hair washed at the salon.", "Cô ấy vừa đi gội đầu ở tiệm."),
    # v8: "Tôi sẽ lấy tóc của tôi rửa sạch vào thiên văn.", "Tôi đang gội đầu vào ngày mai.", "Tôi muốn lấy tóc của tôi
    # giặt giặt giặt vào thiên văn.", "Chúng ta hãy lấy tóc của chúng ta rửa sạch vào quả nước bọt."
    ("I'm going to get my hair washed at the salon.", "Tôi sẽ đi gội đầu ở tiệm."),
    ("I'm getting my hair washed at the salon tomorrow.", "Ngày mai tôi sẽ đi gội đầu ở tiệm."),
    ("I'd like to get my hair washed at the salon.", "Tôi muốn đi gội đầu ở tiệm."),
    ("Let's get our hair washed at the salon.", "Chúng ta đi gội đầu ở tiệm đi."),
    # v8: "Mẹ tôi thường đi đến túi tóc của mình để gội đầu.", "Chúng ta thường đến thiêng liêng để lấy móng tay của
    # chúng ta.", "Tôi thường lấy tóc của tôi giặt giặt giặt vào nước bọt.", "Anh ấy không bao giờ bị giặt tóc của
    # mình vào thiên văn.", "Bạn có thường được gội đầu bằng bọt biển không?"
    ("My mother often goes to the salon to get her hair washed.", "Mẹ tôi hay ra tiệm gội đầu."),
    ("We often go to the salon to get our nails done.", "Chúng tôi hay ra tiệm làm móng."),
    ("I often get my hair washed at the salon.", "Tôi hay đi gội đầu ở tiệm."),
    ("He often gets his hair washed at the salon.", "Anh ấy hay đi gội đầu ở tiệm."),
    ("She usually gets her hair washed at the salon.", "Cô ấy thường đi gội đầu ở tiệm."),
    ("He gets his hair washed at the salon every week.", "Anh ấy đi gội đầu ở tiệm mỗi tuần."),
    ("Do you usually get your hair washed at the salon?", "Bạn có thường đi gội đầu ở tiệm không?"),
    ("He never gets his hair washed at the salon.", "Anh ấy không bao giờ đi gội đầu ở tiệm."),
    ("My grandmother gets her hair washed at the salon every two weeks.", "Bà tôi đi gội đầu ở tiệm hai tuần một lần."),
    # v8: "Cô ấy lấy móng tay của mình mỗi tháng." (takes her nails), "Mẹ tôi nhận được móng tay của mình đã làm mỗi
    # tuần.", "Chúng ta lấy móng tay của chúng ta mỗi tháng.", "Cô ấy nhận được một người đàn ông hàng tháng." (a man),
    # "Cô ấy thường bị móng tay của mình làm.", "Bé có thường được làm bằng tay không?", "Bạn có thể bị cắn móng tay
    # trong mỗi tháng không?", "Mẹ tôi không bao giờ nhận được móng tay của mình."
    ("She gets her nails done every month.", "Cô ấy đi làm móng mỗi tháng."),
    ("My mother gets her nails done every week.", "Mẹ tôi đi làm móng mỗi tuần."),
    ("We get our nails done every month.", "Chúng tôi đi làm móng mỗi tháng."),
    ("She gets her nails done once a month.", "Cô ấy đi làm móng mỗi tháng một lần."),
    ("My grandmother gets her nails done every two weeks.", "Bà tôi đi làm móng hai tuần một lần."),
    ("She gets a manicure every month.", "Cô ấy đi làm móng mỗi tháng."),
    ("She often gets her nails done.", "Cô ấy hay đi làm móng."),
    ("Does she often get her nails done?", "Cô ấy có hay đi làm móng không?"),
    ("Do you get your nails done every month?", "Bạn có đi làm móng mỗi tháng không?"),
    ("Does she get her nails done every month?", "Cô ấy có đi làm móng mỗi tháng không?"),
    ("My mother never gets her nails done.", "Mẹ tôi không bao giờ đi làm móng."),
    # v8: "Bé có thường đi spa không?" (a baby), "Bạn có thường đi xoa bóp không?", "Mẹ tôi thường có mát-xa."
    ("Does she often go to the spa?", "Cô ấy có hay đi spa không?"),
    ("Do you often go for a massage?", "Bạn có hay đi mát xa không?"),
    ("My mother often has a massage.", "Mẹ tôi hay đi mát xa."),
    ("She often goes for a Thai massage.", "Cô ấy hay đi mát xa kiểu Thái."),  # (a country: a capital)
    # not: the plain present (a habit, or this time?), bad agreement, another's nails or hair, his or her after a
    # name, "never" with a period, "rarely" asked, "?" missing, a pet, "getting" now, no salon (mt/washing.py's),
    # washing it oneself, asked of oneself, "gets" to the salon, "my" after "let's", "been" without "just", daily
    ("I get my hair washed at the salon.", None), ("She get her nails done every month.", None),
    ("She gets my nails done every month.", None), ("Lan gets her nails done every month.", None),
    ("Do she often get her nails done?", None), ("Does she often get her nails done.", None),
    ("She never gets her nails done every month.", None),
    ("My mother often goes to the salon to get his hair washed.", None), ("She often gets her hair washed.", None),
    ("She washes her hair at the salon every week.", None), ("Does she rarely get her nails done?", None),
    ("My cat often gets her nails done.", None), ("She's getting her hair washed at the salon.", None),
    ("Do I often get my nails done?", None), ("She often gets the salon to get her hair washed.", None),
    ("Let's get my hair washed at the salon.", None), ("I've had my hair washed at the salon.", None),
    ("She gets her hair washed at the salon every day.", None), ("Mẹ tôi hay ra tiệm gội đầu.", None),
    ("She sometimes gets her nails done every month.", None),
])
def test_hair_at_the_salon_and_habits_en_vi(text, said):
    assert translate(text, "en", "vi") == said
