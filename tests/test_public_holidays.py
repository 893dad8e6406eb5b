"""Vietnam's public holidays: which day each is, days off for one, plans over one, both ways (mt/public_holidays.py)."""
import pytest

from mt.public_holidays import translate


@pytest.mark.parametrize("text, said", [
    # v8: "September 2 is a fairly fair.", "Congress is quite a September 2.", "The Great Depression is March 10 the
    # calendar.", "What are the pretty day?"
    ("Ngày 2 tháng 9 là Quốc khánh.", "2 September is National Day."),
    ("Quốc khánh là ngày 2 tháng 9.", "National Day is on 2 September."),
    ("Ngày 30/4 là ngày Giải phóng miền Nam.", "30 April is Reunification Day."),
    ("Ngày 1 tháng 5 là ngày Quốc tế Lao động.", "1 May is International Labour Day."),
    ("Giỗ Tổ Hùng Vương là ngày 10 tháng 3 âm lịch.",
     "The Hung Kings' Commemoration is on the 10th day of the third lunar month."),
    ("Mùng 10 tháng 3 âm lịch là Giỗ Tổ Hùng Vương.",
     "The 10th day of the third lunar month is the Hung Kings' Commemoration."),
    ("Quốc khánh là ngày nào?", "When is National Day?"),
    ("Ngày Quốc tế Lao động là ngày mấy?", "What date is International Labour Day?"),
    # v8: "Today is a fairly fair.", "Tomorrow is an earthquake's day."
    ("Hôm nay là Quốc khánh.", "Today is National Day."),
    ("Ngày mai là ngày Quốc tế Lao động.", "Tomorrow is International Labour Day."),
    ("Hôm qua là ngày Giải phóng miền Nam.", "Yesterday was Reunification Day."),
    ("Hôm nay có phải là Quốc khánh không?", "Is today National Day?"),
    ("Sắp đến Quốc khánh rồi.", "National Day is coming soon."),
    ("Sắp đến 30/4 rồi!", "30 April is coming soon!"),
    # v8: "The Bungha We was a vacation.", "In April 30 we were a four-day break.", "How many days are you a lot of
    # national vacation?", "My company wasn't a vacation of the Great Organis.", "Last year, we had a holiday of
    # 30th-4."
    ("Ngày Giỗ Tổ Hùng Vương chúng tôi được nghỉ.", "We get the Hung Kings' Commemoration day off."),
    ("Dịp 30 tháng 4 chúng tôi được nghỉ bốn ngày.", "We get four days off for 30 April."),
    ("Bạn được nghỉ Quốc khánh mấy ngày?", "How many days off do you get for National Day?"),
    ("Công ty tôi không được nghỉ Giỗ Tổ Hùng Vương.",
     "My company doesn't get the Hung Kings' Commemoration day off."),
    ("Bạn có được nghỉ Quốc khánh không?", "Do you get National Day off?"),
    ("Năm ngoái chúng tôi được nghỉ năm ngày dịp 30/4.", "We got five days off for 30 April last year."),
    ("Mẹ tôi chỉ được nghỉ một ngày dịp Quốc khánh.", "My mother only gets one day off for National Day."),
    ("Dịp 30/4 - 1/5 năm nay Lan được nghỉ 5 ngày.", "Lan gets 5 days off for 30 April and 1 May this year."),
    ("Năm sau chúng tôi sẽ được nghỉ bốn ngày dịp Quốc khánh.",
     "We will get four days off for National Day next year."),
    ("Anh ấy được nghỉ ngày 2/9.", "He gets 2 September off."),
    ("Tôi có được nghỉ ngày Quốc tế Lao động không?", "Do I get International Labour Day off?"),
    # v8: "These two-thirds we travel.", "Do you get home from 30/4?"
    ("Dịp 2/9 này chúng tôi đi du lịch.", "We're going on a trip for 2 September."),
    ("Dịp 30/4 này bạn có về quê không?", "Are you going home for 30 April?"),
    ("Dịp 30/4 này bạn đi đâu?", "Where are you going for 30 April?"),
    ("Dịp Quốc khánh năm ngoái chúng tôi đi du lịch.", "We went on a trip for National Day last year."),
    ("Dịp Quốc khánh vừa rồi bạn làm gì?", "What did you do for National Day?"),
    ("Dịp 1/5 này tôi không về quê.", "I'm not going home for 1 May."),
    ("Dịp Quốc khánh năm nay anh ấy sẽ ở nhà.", "He's staying at home for National Day this year."),
    ("Dịp Giỗ Tổ Hùng Vương này mẹ tôi đi biển.", "My mother is going to the beach for the Hung Kings' Commemoration."),
    # asked of this year: the year kept ("Do you get National Day off?" lost it)
    ("Bạn có được nghỉ Quốc khánh năm nay không?", "Do you get National Day off this year?"),
    ("Dịp 30/4 năm nay mẹ bạn có được nghỉ không?", "Does your mother get 30 April off this year?"),
    ("Năm nay bạn có được nghỉ hai ngày dịp Quốc khánh không?", "Do you get two days off for National Day this year?"),
    # not: a date alone (mt/days_asked.py's), a date not the name's, plans with no "này", year or tense (a habit?),
    # a pet, "anh" alone saying it, "không?" without "có", "?" on a statement, "Giỗ Tổ" alone (a craft's founder?),
    # "2 tháng 9" bare after "nghỉ" (two months?), two holidays, "không" counted, a tense against the year, Tet
    ("Hôm nay là ngày 2 tháng 9.", None), ("Ngày 3 tháng 9 là Quốc khánh.", None), ("Dịp 30/4 tôi về quê.", None),
    ("Con chó của tôi được nghỉ Quốc khánh.", None), ("Anh được nghỉ Quốc khánh.", None),
    ("Bạn được nghỉ Quốc khánh không?", None), ("Chúng tôi được nghỉ Quốc khánh?", None),
    ("Giỗ Tổ chúng tôi được nghỉ.", None), ("Chúng tôi được nghỉ 2 tháng 9.", None),
    ("Ngày 2 tháng 9 là ngày 2 tháng 9.", None), ("Quốc khánh là Quốc khánh.", None),
    ("Chúng tôi không được nghỉ bốn ngày dịp 30/4.", None), ("Năm ngoái chúng tôi sẽ được nghỉ dịp 30/4.", None),
    ("Dịp 30/4 này tôi đã về quê.", None), ("Công ty tôi dịp 30/4 này về quê.", None),
    ("Tôi được nghỉ Tết bảy ngày.", None), ("Năm nay Quốc khánh rơi vào thứ Hai.", None),
    ("Hôm nay là Quốc khánh nhỉ.", None), ("Dịp 30/4 này công ty tôi về quê.", None),
    ("Quốc khánh là ngày nghỉ.", None), ("We get National Day off.", None), ("Xin chào.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Ngày 2 tháng 9 là ngày quốc gia.", "Khi nào Ngày quốc gia nào?", "Hôm nay là ngày quốc tế."
    ("2 September is National Day.", "Ngày 2 tháng 9 là Quốc khánh."),
    ("September 2 is National Day.", "Ngày 2 tháng 9 là Quốc khánh."),
    ("National Day is on 2 September.", "Quốc khánh là ngày 2 tháng 9."),
    ("30 April is Reunification Day.", "Ngày 30 tháng 4 là ngày Giải phóng miền Nam."),
    ("The Hung Kings' Commemoration is on the 10th day of the third lunar month.",
     "Giỗ Tổ Hùng Vương là ngày mùng 10 tháng 3 âm lịch."),
    ("When is National Day?", "Quốc khánh là ngày nào?"),
    ("What date is International Labour Day?", "Ngày Quốc tế Lao động là ngày mấy?"),
    ("Today is National Day.", "Hôm nay là Quốc khánh."),
    ("Today's National Day.", "Hôm nay là Quốc khánh."),
    ("Yesterday was Reunification Day.", "Hôm qua là ngày Giải phóng miền Nam."),
    ("Is tomorrow National Day?", "Ngày mai có phải là Quốc khánh không?"),
    ("National Day is coming soon.", "Sắp đến ngày Quốc khánh rồi."),
    # v8: "Chúng tôi lấy ngày lễ của Hung Kings.", "Chúng tôi nghỉ một ngày cho cuộc tranh chấp của Hung Kings.",
    # "Chúng tôi mất bốn ngày để ngày 30 tháng 4.", "Bạn bao nhiêu ngày nghỉ ngơi cho ngày Quốc gia?", "Công ty của
    # tôi không nhận được ngày Quốc gia."
    ("We get the Hung Kings' Commemoration day off.", "Chúng tôi được nghỉ ngày Giỗ Tổ Hùng Vương."),
    ("We get a day off for the Hung Kings' Commemoration.", "Dịp Giỗ Tổ Hùng Vương chúng tôi được nghỉ một ngày."),
    ("We get four days off for 30 April.", "Dịp 30 tháng 4 chúng tôi được nghỉ bốn ngày."),
    ("We get four days off for 1 May.", "Dịp 1 tháng 5 chúng tôi được nghỉ bốn ngày."),
    ("How many days off do you get for National Day?", "Dịp Quốc khánh bạn được nghỉ mấy ngày?"),
    ("How many days off does your company get for National Day?", "Dịp Quốc khánh công ty bạn được nghỉ mấy ngày?"),
    ("My company doesn't get National Day off.", "Công ty tôi không được nghỉ ngày Quốc khánh."),
    ("Do you get National Day off?", "Bạn có được nghỉ ngày Quốc khánh không?"),
    ("Does your company get 30 April off?", "Công ty bạn có được nghỉ ngày 30 tháng 4 không?"),
    ("We get the day off for National Day.", "Chúng tôi được nghỉ ngày Quốc khánh."),
    ("My mother only gets one day off for National Day.", "Dịp Quốc khánh mẹ tôi chỉ được nghỉ một ngày."),
    ("We got five days off for 30 April and 1 May last year.",
     "Dịp 30 tháng 4 và 1 tháng 5 năm ngoái chúng tôi được nghỉ năm ngày."),
    ("Lan will get 4 days off for National Day.", "Dịp Quốc khánh Lan sẽ được nghỉ 4 ngày."),
    ("How many days off did you get for National Day last year?",
     "Dịp Quốc khánh năm ngoái bạn được nghỉ mấy ngày?"),
    ("Did you get National Day off last year?", "Năm ngoái bạn có được nghỉ ngày Quốc khánh không?"),
    # v8: "Bạn sẽ về nhà ngày nghỉ ngơi không?", "Bạn sẽ ở đâu ngày 30 tháng 4?"
    ("Are you going home for Reunification Day?", "Dịp ngày Giải phóng miền Nam này bạn có về quê không?"),
    ("We're going on a trip for 2 September.", "Dịp 2 tháng 9 này chúng tôi đi du lịch."),
    ("Where are you going for 30 April?", "Dịp 30 tháng 4 này bạn đi đâu?"),
    ("What are you doing for National Day?", "Dịp Quốc khánh này bạn làm gì?"),
    ("I'm not going home for International Labour Day.", "Dịp ngày Quốc tế Lao động này tôi không về quê."),
    ("My mother is going home for National Day.", "Dịp Quốc khánh này mẹ tôi về quê."),
    ("We went home for National Day last year.", "Dịp Quốc khánh năm ngoái chúng tôi về quê."),
    ("Did you go home for National Day last year?", "Dịp Quốc khánh năm ngoái bạn có về quê không?"),
    ("Where did you go for 30 April last year?", "Dịp 30 tháng 4 năm ngoái bạn đi đâu?"),
    ("She stayed at home for National Day.", "Dịp Quốc khánh cô ấy đã ở nhà."),
    ("I didn't go home for National Day last year.", "Dịp Quốc khánh năm ngoái tôi không về quê."),
    # "this year" does not say past as "last year" does: "đã" kept ("… năm nay chúng tôi về quê." reads as a plan);
    # "năm sau" asking says the future without "sẽ" ("… năm sau bạn sẽ có về quê không?" is awkward)
    ("We got two days off for National Day this year.", "Dịp Quốc khánh năm nay chúng tôi đã được nghỉ hai ngày."),
    ("We got National Day off this year.", "Năm nay chúng tôi đã được nghỉ ngày Quốc khánh."),
    ("He didn't get National Day off this year.", "Năm nay anh ấy đã không được nghỉ ngày Quốc khánh."),
    ("We went home for National Day this year.", "Dịp Quốc khánh năm nay chúng tôi đã về quê."),
    ("What did you do for National Day this year?", "Dịp Quốc khánh năm nay bạn đã làm gì?"),
    ("We didn't go home for National Day this year.", "Dịp Quốc khánh năm nay chúng tôi đã không về quê."),
    ("Are you going home for National Day next year?", "Dịp Quốc khánh năm sau bạn có về quê không?"),
    ("How many days off did you get for National Day this year?", "Dịp Quốc khánh năm nay bạn đã được nghỉ mấy ngày?"),
    # not: the verb not agreeing ("She get", "is" of "I", "Yesterday is"), "two day", a date not the name's (another
    # country's National Day), "Labour Day" and "May Day" (other countries' days), a date alone, "Did …?" and "didn't"
    # without a year, a pet, a company going home, a year against the tense, "a Sunday" … "an", Tet
    ("She get four days off for National Day.", None), ("Did you get National Day off?", None),
    ("National Day is on 9 August.", None), ("Labour Day is on 1 May.", None), ("Today is 2 September.", None),
    ("Yesterday is National Day.", None), ("My dog gets National Day off.", None),
    ("We get two day off for National Day.", None), ("I is going home for National Day.", None),
    ("My company is going home for National Day.", None), ("We got four days off for National Day next year.", None),
    ("Did you go home for National Day?", None), ("I didn't go home for National Day.", None),
    ("We get May Day off.", None), ("National Day falls on a Monday this year.", None),
    ("We get four days off for Tet.", None), ("We don't get four days off for National Day.", None),
    ("Are you going home for National Day.", None), ("National Day is on National Day.", None),
    ("Ngày 2 tháng 9 là Quốc khánh.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
