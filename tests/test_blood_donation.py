"""Giving blood, both ways (mt/blood_donation.py): how many times, ever, never, just; can't and why; a blood drive;
dizzy after it; what to do; whether it is safe; afraid of it; the first time; the last time."""
import pytest

from mt.blood_donation import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I don't donate blood again.", "I don't donate blood five times.", "He constitutioned ten times.", "My mother
    # had donated blood twenty times.", "I don't have blood once.", "She donated blood for three times."
    ("Tôi hiến máu được năm lần rồi.", "I've given blood five times."),
    ("Tôi đã hiến máu năm lần.", "I've given blood five times."),
    ("Tôi đã hiến máu ba lần rồi.", "I've given blood three times."),
    ("Anh ấy đã hiến máu mười lần.", "He's given blood ten times."),
    ("Mẹ tôi đã hiến máu hai mươi lần.", "My mother has given blood twenty times."),
    ("Tôi đã hiến máu một lần.", "I've given blood once."),
    ("Tôi đã hiến máu hai lần rồi.", "I've given blood twice."),
    ("Bố tôi đã hiến máu 15 lần.", "My father has given blood 15 times."),
    ("Chị ấy hiến máu được ba lần rồi.", "She's given blood three times."),
    ("Tôi hiến máu được mười lần.", "I've given blood ten times."),
    ("Lan đã hiến máu bốn lần.", "Lan has given blood four times."),
    ("Chúng tôi đã hiến máu ba lần.", "We've given blood three times."),
    ("Tôi đã hiến máu nhiều lần.", "I've given blood many times."),
    ("Tôi đã từng hiến máu hai lần.", "I've given blood twice."),
    # v8: "How many times do you donate blood?" (a habit)
    ("Bạn đã hiến máu mấy lần rồi?", "How many times have you given blood?"),
    ("Bạn đã hiến máu bao nhiêu lần rồi?", "How many times have you given blood?"),
    ("Bạn hiến máu được mấy lần rồi?", "How many times have you given blood?"),
    ("Bố bạn đã hiến máu bao nhiêu lần?", "How many times has your father given blood?"),
    # v8: "Never don't you donate blood?", "How did you donate blood?", "I don't have blood donors.", "I don't have any
    # blood donor."
    ("Bạn đã hiến máu bao giờ chưa?", "Have you ever given blood?"),
    ("Bạn hiến máu bao giờ chưa?", "Have you ever given blood?"),
    ("Bạn đã hiến máu lần nào chưa?", "Have you ever given blood?"),
    ("Mẹ bạn đã hiến máu bao giờ chưa?", "Has your mother ever given blood?"),
    ("Tôi chưa hiến máu bao giờ.", "I've never given blood."),
    ("Tôi chưa hiến máu lần nào.", "I've never given blood."),
    ("Anh ấy chưa từng hiến máu lần nào.", "He's never given blood."),
    # v8: "I don't have blood donors.", "I don't don't donate blood because I'm too small.", "I don't have enough
    # balance to donate blood.", "I'm not blood donated because I'm take medicine.", "I have sick, can't don't donate
    # blood.", "I have a cold should not don't donate blood.", "My mother couldn't donate blood because she was take
    # medicine.", "Do I give blood?" (mt/jabs.py takes it first)
    ("Tôi không được hiến máu.", "I'm not allowed to give blood."),
    ("Tôi không hiến máu được vì tôi nhẹ cân quá.", "I can't give blood because I'm too light."),
    ("Tôi không đủ cân để hiến máu.", "I don't weigh enough to give blood."),
    ("Tôi không được hiến máu vì không đủ cân.", "I'm not allowed to give blood because I don't weigh enough."),
    ("Tôi không thể hiến máu vì tôi đang uống thuốc.", "I can't give blood because I'm taking medicine."),
    ("Tôi không được hiến máu vì đang uống thuốc.", "I'm not allowed to give blood because I'm taking medicine."),
    ("Tôi bị ốm nên không thể hiến máu.", "I'm ill, so I can't give blood."),
    ("Tôi bị cảm nên không hiến máu được.", "I have a cold, so I can't give blood."),
    ("Chúng tôi bị cảm nên không hiến máu được.", "We have colds, so we can't give blood."),
    ("Tôi đang uống thuốc nên không được hiến máu.", "I'm taking medicine, so I'm not allowed to give blood."),
    ("Tôi nhẹ cân quá nên không hiến máu được.", "I'm too light, so I can't give blood."),
    ("Tôi không được hiến máu vì tôi bị thiếu máu.", "I'm not allowed to give blood because I'm anaemic."),
    ("Mẹ tôi không thể hiến máu vì bà ấy đang uống thuốc.",
     "My mother can't give blood because she's taking medicine."),
    ("Bố tôi không thể hiến máu vì bị huyết áp thấp.", "My father can't give blood because he has low blood pressure."),
    ("Chị ấy không được hiến máu vì đang mang thai.", "She's not allowed to give blood because she's pregnant."),
    ("Tôi có được hiến máu không?", "Can I give blood?"),
    # v8: "I had a blood donor.", "My company has a blood donor.", "Next week, I had a blood donor.", "Do you have a
    # blood donor?", "Yesterday, I had a blood donor.", "My agency has a blood donor."
    ("Trường tôi có đợt hiến máu.", "There's a blood drive at my school."),
    ("Công ty tôi có đợt hiến máu.", "There's a blood drive at my company."),
    ("Tuần sau trường tôi có đợt hiến máu.", "There's a blood drive at my school next week."),
    ("Trường bạn có đợt hiến máu không?", "Is there a blood drive at your school?"),
    ("Hôm qua trường tôi có đợt hiến máu.", "There was a blood drive at my school yesterday."),
    ("Tháng sau công ty tôi có đợt hiến máu.", "There's a blood drive at my company next month."),
    ("Cơ quan tôi có buổi hiến máu nhân đạo.", "There's a blood drive at my office."),
    # v8: "I was dizzzy after I donated blood.", "Yesterday, I was dizzy after donor blood.", "I'm often dizzy after I
    # don't donate blood.", "Do you have dizziness after don't you?"
    ("Tôi đã bị chóng mặt sau khi hiến máu.", "I felt dizzy after giving blood."),
    ("Hôm qua tôi bị chóng mặt sau khi hiến máu.", "I felt dizzy after giving blood yesterday."),
    ("Tôi hay bị chóng mặt sau khi hiến máu.", "I often feel dizzy after giving blood."),
    ("Mẹ tôi thỉnh thoảng bị chóng mặt sau khi hiến máu.", "My mother sometimes feels dizzy after giving blood."),
    ("Bạn có hay bị chóng mặt sau khi hiến máu không?", "Do you often feel dizzy after giving blood?"),
    ("Hôm qua bạn có bị chóng mặt sau khi hiến máu không?", "Did you feel dizzy after giving blood yesterday?"),
    ("Sáng nay tôi thấy hơi chóng mặt sau khi hiến máu.", "I felt a bit dizzy after giving blood this morning."),
    # v8: "You should drink plenty of water after don't blood.", "You should rest after donor blood.", "You should eat
    # no before you don't donate blood."
    ("Bạn nên uống nhiều nước sau khi hiến máu.", "You should drink plenty of water after giving blood."),
    ("Bạn nên nghỉ ngơi sau khi hiến máu.", "You should rest after giving blood."),
    ("Bạn nên ăn no trước khi hiến máu.", "You should eat well before giving blood."),
    # v8: "Are you safe?", "Are you serious blood?", "Is blood harmful?", "Is blood a good for health?", "The blood is
    # safe."
    ("Hiến máu có an toàn không?", "Is giving blood safe?"),
    ("Hiến máu có nguy hiểm không?", "Is giving blood dangerous?"),
    ("Hiến máu có hại không?", "Is giving blood harmful?"),
    ("Hiến máu có tốt cho sức khỏe không?", "Is giving blood good for your health?"),
    ("Hiến máu rất an toàn.", "Giving blood is very safe."),
    ("Hiến máu không nguy hiểm.", "Giving blood is not dangerous."),
    # v8: "My mother was afraid to donate blood.", "Are you afraid of donor blood?", "I don't fear blood donor."
    ("Mẹ tôi sợ hiến máu.", "My mother is afraid of giving blood."),
    ("Bạn có sợ hiến máu không?", "Are you afraid of giving blood?"),
    ("Tôi không sợ hiến máu.", "I'm not afraid of giving blood."),
    ("Tôi rất sợ hiến máu.", "I'm really afraid of giving blood."),
    # v8: "This is the first time I donate blood.", "This is the third time I donate blood.", "This is the first time
    # you donate blood?"
    ("Đây là lần đầu tiên tôi hiến máu.", "This is the first time I've given blood."),
    ("Đây là lần thứ ba tôi hiến máu.", "This is the third time I've given blood."),
    ("Đây là lần đầu tiên bạn hiến máu à?", "Is this the first time you've given blood?"),
    # v8: "When did you donate blood?" (last lost)
    ("Lần cuối bạn hiến máu là khi nào?", "When did you last give blood?"),
    ("Bạn hiến máu lần cuối khi nào?", "When did you last give blood?"),
    # not: a count with no tense word (a habit?), dizzy with neither a day, "đã" nor how often (once, or each time?),
    # going or gone, a name's reason (he or she?), another's reason, "anh" saying it, a pet, "I" asked, a "?" on a
    # statement, "thế", a day said twice, "có hại" said, "không rất", "à" asking dizzy, the other language, nonsense
    ("Tôi hiến máu năm lần.", None), ("Tôi bị chóng mặt sau khi hiến máu.", None),
    ("Bạn có bị chóng mặt sau khi hiến máu không?", None), ("Hôm nay tôi đi hiến máu.", None),
    ("Lan không thể hiến máu vì đang ốm.", None), ("Tôi không thể hiến máu vì mẹ tôi đang ốm.", None),
    ("Anh không thể hiến máu.", None), ("Con chó của tôi đã hiến máu ba lần.", None),
    ("Tôi đã hiến máu bao giờ chưa?", None), ("Tôi đã hiến máu năm lần?", None),
    ("Trường tôi có đợt hiến máu?", None),
    ("Tôi đã hiến máu năm lần thế.", None), ("Hôm qua trường tôi có đợt hiến máu ngày mai.", None),
    ("Hiến máu có hại.", None), ("Tôi không rất sợ hiến máu.", None), ("Bạn đã bị chóng mặt sau khi hiến máu à?", None),
    ("Tôi chưa hiến máu năm lần.", None), ("Tôi hiến máu.", None),
    # "ốm" alone is thin in the south (so, underweight), ill in the north; "được" asking with neither "đã" nor "rồi"
    # may ask how many times one can (was "I'm ill, so …", "How many times have you given blood?")
    ("Tôi ốm nên không hiến máu được.", None), ("Tôi không được hiến máu vì ốm.", None),
    ("Mẹ tôi không thể hiến máu vì bà ấy ốm.", None), ("Bạn hiến máu được mấy lần?", None),
    ("Bạn hiến máu được bao nhiêu lần?", None),
    ("Tôi không thể hiến máu vì bị ốm.", "I can't give blood because I'm ill."),
    ("Bạn hiến máu được bao nhiêu lần rồi?", "How many times have you given blood?"),
    ("I just gave blood.", None), ("Hiến máu hiến máu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chỉ đưa máu." (only), "Cô ấy chỉ đưa máu.", "Cha tôi chỉ đưa máu.", "Lan chỉ đưa máu."
    ("I just gave blood.", "Tôi vừa hiến máu."),
    ("She just gave blood.", "Cô ấy vừa hiến máu."),
    ("My father just gave blood.", "Bố tôi vừa hiến máu."),
    ("Lan just gave blood.", "Lan vừa hiến máu."),
    # v8: "Tôi đã cho máu 5 lần.", "Cô ấy đã cho máu 10 lần.", "Tôi đã cho máu 2 lần.", "Bạn đã sử dụng máu bao nhiêu
    # lần?" (used)
    ("I've given blood five times.", "Tôi đã hiến máu năm lần."),
    ("I have given blood three times.", "Tôi đã hiến máu ba lần."),
    ("She has given blood ten times.", "Cô ấy đã hiến máu mười lần."),
    ("My mother has given blood twenty times.", "Mẹ tôi đã hiến máu hai mươi lần."),
    ("I've given blood once.", "Tôi đã hiến máu một lần."),
    ("I've given blood twice.", "Tôi đã hiến máu hai lần."),
    ("She's given blood many times.", "Cô ấy đã hiến máu nhiều lần."),
    ("Lan has given blood four times.", "Lan đã hiến máu bốn lần."),
    ("My father has given blood 15 times.", "Bố tôi đã hiến máu 15 lần."),
    ("How many times have you given blood?", "Bạn đã hiến máu bao nhiêu lần rồi?"),
    ("How many times has your father given blood?", "Bố bạn đã hiến máu bao nhiêu lần rồi?"),
    # v8: "Tôi không thể cho máu được.", "Tôi không được phép tặng máu.", "Anh ta không được phép lấy máu." (have blood
    # taken), "Tôi không thể cho máu vì tôi không bị thiếu máu." (not anaemic), "Tôi quá nhẹ để cho máu.", "Tôi không
    # cân nặng đủ để cho máu.", "Tôi có thể cho máu được không?"
    ("I can't give blood.", "Tôi không thể hiến máu."),
    ("I'm not allowed to give blood.", "Tôi không được hiến máu."),
    ("He isn't allowed to give blood.", "Anh ấy không được hiến máu."),
    ("I can't give blood because I'm underweight.", "Tôi không thể hiến máu vì nhẹ cân."),
    ("I can't give blood because I'm too light.", "Tôi không thể hiến máu vì quá nhẹ cân."),
    ("I can't give blood because I'm ill.", "Tôi không thể hiến máu vì đang ốm."),
    ("I can't give blood because I'm sick.", "Tôi không thể hiến máu vì đang ốm."),
    ("I can't give blood because I'm taking medicine.", "Tôi không thể hiến máu vì đang uống thuốc."),
    ("My mother can't give blood because she's taking medicine.",
     "Mẹ tôi không thể hiến máu vì đang uống thuốc."),
    ("She can't give blood because she's pregnant.", "Cô ấy không thể hiến máu vì đang mang thai."),
    ("I can't give blood because I have a cold.", "Tôi không thể hiến máu vì bị cảm."),
    ("I can't give blood because I'm anaemic.", "Tôi không thể hiến máu vì bị thiếu máu."),
    ("I'm not allowed to give blood because I'm too light.", "Tôi không được hiến máu vì quá nhẹ cân."),
    ("John can't give blood because he's ill.", "John không thể hiến máu vì đang ốm."),
    ("I'm too light to give blood.", "Tôi quá nhẹ cân để hiến máu."),
    ("I don't weigh enough to give blood.", "Tôi không đủ cân để hiến máu."),
    ("Can I give blood?", "Tôi có thể hiến máu không?"),
    ("Can you give blood?", "Bạn có thể hiến máu không?"),
    # v8: "Có một ổ máu ở trường tôi." (a disk drive), "Trường học của tôi đang có một ổ máu.", "Trường học của tôi
    # có máu lái xe vào tuần tới.", "Có phải trường của bạn lái máu không?", "Trường học của tôi đang cầm máu vào tuần
    # tới."
    ("There's a blood drive at my school.", "Trường tôi có đợt hiến máu."),
    ("My school is having a blood drive.", "Trường tôi có đợt hiến máu."),
    ("My school has a blood drive next week.", "Tuần sau trường tôi có đợt hiến máu."),
    ("There was a blood drive at my school yesterday.", "Hôm qua trường tôi có đợt hiến máu."),
    ("My school had a blood drive last week.", "Tuần trước trường tôi có đợt hiến máu."),
    ("There's a blood drive at my company next week.", "Tuần sau công ty tôi có đợt hiến máu."),
    ("Is there a blood drive at your school?", "Trường bạn có đợt hiến máu không?"),
    ("My school is holding a blood drive next week.", "Tuần sau trường tôi có đợt hiến máu."),
    # v8: "Tôi cảm thấy chóng mặt sau khi cho máu.", "Bạn có cảm giác chóng mặt sau khi cho máu không?"
    ("I felt dizzy after giving blood.", "Tôi đã bị chóng mặt sau khi hiến máu."),
    ("She felt dizzy after giving blood.", "Cô ấy đã bị chóng mặt sau khi hiến máu."),
    ("I got dizzy after giving blood.", "Tôi đã bị chóng mặt sau khi hiến máu."),
    ("I often feel dizzy after giving blood.", "Tôi hay bị chóng mặt sau khi hiến máu."),
    ("Did you feel dizzy after giving blood?", "Bạn có bị chóng mặt sau khi hiến máu không?"),
    ("I felt a bit dizzy after giving blood yesterday.", "Hôm qua tôi thấy hơi chóng mặt sau khi hiến máu."),
    ("Does she often feel dizzy after giving blood?", "Cô ấy có hay bị chóng mặt sau khi hiến máu không?"),
    # v8: "Bạn nên uống nhiều nước sau khi cho máu.", "Bạn nên nghỉ ngơi sau khi lấy máu." (having blood taken)
    ("You should drink plenty of water after giving blood.", "Bạn nên uống nhiều nước sau khi hiến máu."),
    ("You should drink lots of water after giving blood.", "Bạn nên uống nhiều nước sau khi hiến máu."),
    ("You should rest after giving blood.", "Bạn nên nghỉ ngơi sau khi hiến máu."),
    ("You should eat well before giving blood.", "Bạn nên ăn no trước khi hiến máu."),
    # v8: "Uống máu an toàn không?" (drinking), "Uống máu nguy hiểm?", "Có phải máu xấu cho bạn không?", "Có phải máu
    # tốt cho sức khỏe của bạn?"
    ("Is giving blood safe?", "Hiến máu có an toàn không?"),
    ("Is giving blood dangerous?", "Hiến máu có nguy hiểm không?"),
    ("Is giving blood bad for you?", "Hiến máu có hại cho sức khỏe không?"),
    ("Is giving blood good for your health?", "Hiến máu có tốt cho sức khỏe không?"),
    ("Giving blood is safe.", "Hiến máu an toàn."),
    ("Giving blood isn't harmful.", "Hiến máu không có hại."),
    # v8: "Tôi sợ bỏ máu.", "Tôi sợ máu.", "Bạn có sợ uống máu không?"
    ("I'm afraid of giving blood.", "Tôi sợ hiến máu."),
    ("I'm scared of giving blood.", "Tôi sợ hiến máu."),
    ("Are you afraid of giving blood?", "Bạn có sợ hiến máu không?"),
    # v8: "Đây là lần đầu tiên của tôi cho máu.", "Lần đầu tiên tôi cho máu.", "Lần đầu tiên của bạn có mang máu
    # không?", "Đây là lần đầu tiên tôi đã cho máu."
    ("This is my first time giving blood.", "Đây là lần đầu tiên tôi hiến máu."),
    ("It's my first time giving blood.", "Đây là lần đầu tiên tôi hiến máu."),
    ("Is this your first time giving blood?", "Đây là lần đầu tiên bạn hiến máu à?"),
    ("This is the first time I've given blood.", "Đây là lần đầu tiên tôi hiến máu."),
    ("This is the third time I've given blood.", "Đây là lần thứ ba tôi hiến máu."),
    # v8: "Cuối cùng thì bạn đã cho máu khi nào?" (at last)
    ("When did you last give blood?", "Lần cuối bạn hiến máu là khi nào?"),
    ("When was the last time you gave blood?", "Lần cuối bạn hiến máu là khi nào?"),
    # not: "we", "our" (chúng tôi, or chúng ta?), "at work" (whose?), a verb or a count not agreeing, another's reason,
    # a day not agreeing, "Was there …?" with no day, a pet, "I" asked, a "?" on a statement, "not very", the other
    # language, nonsense
    ("We just gave blood.", None), ("Our school is having a blood drive.", None),
    ("There's a blood drive at work.", None), ("She have given blood five times.", None),
    ("I've given blood one times.", None), ("He can't give blood because she's ill.", None),
    ("I can't give blood because you're ill.", None), ("I is not allowed to give blood.", None),
    ("He feel dizzy after giving blood.", None), ("I felt dizzy after giving blood tomorrow.", None),
    ("There's a blood drive at my school yesterday.", None), ("Was there a blood drive at your school?", None),
    ("My dog just gave blood.", None), ("How many times have I given blood?", None),
    ("Do I feel dizzy after giving blood?", None), ("I've given blood five times?", None),
    ("Giving blood is not very safe.", None), ("I can't give blood because I'm ill?", None),
    ("Tôi vừa hiến máu.", None), ("Blood drive blood drive.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
