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
