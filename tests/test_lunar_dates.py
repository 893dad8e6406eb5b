"""Dates on the lunar calendar: which lunar day a near day is, asked or said, a lunar day falling on a weekday, the
days left until one, the named lunar months, and who was born on a lunar day, both ways (mt/lunar_dates.py)."""
import pytest

from mt.lunar_dates import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What's blind today?", "Tomorrow What is blind?", "Yesterday What is blind?", "What are blind?", "How many
    # sounds today?", "What are calendar days?"
    ("Hôm nay là mùng mấy?", "What day of the lunar month is it today?"),
    ("Hôm nay mùng mấy rồi?", "What day of the lunar month is it today?"),
    ("Hôm nay là mùng mấy nhỉ?", "What day of the lunar month is it today?"),
    ("Ngày mai là mùng mấy?", "What day of the lunar month is it tomorrow?"),
    ("Mai là mùng mấy?", "What day of the lunar month is it tomorrow?"),
    ("Hôm qua là mùng mấy?", "What day of the lunar month was it yesterday?"),
    ("Hôm kia là mùng mấy?", "What day of the lunar month was it the day before yesterday?"),
    ("Hôm nay bao nhiêu âm?", "What day of the lunar month is it today?"),
    ("Hôm nay là ngày mấy âm lịch?", "What day of the lunar month is it today?"),
    ("Ngày mai là ngày bao nhiêu âm lịch?", "What day of the lunar month is it tomorrow?"),
    # v8: "Mai is chin.", "Tomorrow is a chin.", "Today is chin in January.", "Yesterday was chin in July.", "The day
    # after tomorrow is blind of a calendar.", "Today is the lunar blind.", "Today's blindness of January.", "Today,
    # 20 calendars."
    ("Mai là rằm rồi.", "Tomorrow is the full moon day."),
    ("Ngày mai là rằm rồi.", "Tomorrow is the full moon day."),
    ("Mai là rằm tháng Giêng rồi!", "Tomorrow is the first full moon of the lunar year!"),
    ("Hôm nay là rằm tháng Giêng.", "Today is the first full moon of the lunar year."),
    ("Hôm qua là rằm tháng Bảy.", "Yesterday was the full moon of the seventh lunar month."),
    ("Hôm nay là rằm tháng 7.", "Today is the full moon of the seventh lunar month."),
    ("Ngày kia là rằm tháng Bảy.", "The day after tomorrow is the full moon of the seventh lunar month."),
    ("Ngày kia là mùng một âm lịch.", "The day after tomorrow is the first day of the lunar month."),
    ("Hôm nay là mùng năm âm lịch.", "Today is the fifth day of the lunar month."),
    ("Hôm qua là mùng mười âm lịch.", "Yesterday was the tenth day of the lunar month."),
    ("Hôm nay là mùng một tháng Giêng.", "Today is the first day of the first lunar month."),
    ("Hôm nay là mồng ba tháng Chạp.", "Today is the third day of the twelfth lunar month."),
    ("Hôm nay là ngày 20 âm lịch.", "Today is the twentieth day of the lunar month."),
    ("Ngày mai có phải là rằm không?", "Is tomorrow the full moon day?"),
    ("Hôm nay là rằm à?", "Is today the full moon day?"),
    ("Mai có phải là rằm không?", "Is tomorrow the full moon day?"),
    ("Hôm nay rằm rồi.", "Today is the full moon day."),
    ("Hôm nay có phải là mùng một tháng Giêng không?", "Is today the first day of the first lunar month?"),
    # v8: "For two days, chin.", "What more days are chin?"
    ("Còn hai ngày nữa là rằm.", "The full moon day is in two days."),
    ("Còn 3 ngày nữa là đến rằm tháng Bảy.", "The full moon of the seventh lunar month is in three days."),
    ("Còn năm ngày nữa là mùng một âm lịch.", "The first day of the lunar month is in five days."),
    ("Còn mấy ngày nữa là rằm?", "How many days are left until the full moon day?"),
    ("Còn mấy ngày nữa là đến rằm tháng Giêng?", "How many days are left until the first full moon of the lunar year?"),
    # v8: "In January this year, it fell on Saturday.", "This year, chin July fell on Sunday.", "In July last year fell
    # on Monday.", "What is the chin in January this year?", "Do this January fell on Sunday?", "What is the chin in
    # July this year?", "In August this year, it fell on Friday.", "The year of the calendar this year fell on
    # Wednesday."
    ("Rằm tháng Giêng năm nay rơi vào thứ Bảy.",
     "The first full moon of the lunar year falls on a Saturday this year."),
    ("Năm nay rằm tháng Bảy rơi vào Chủ nhật.",
     "The full moon of the seventh lunar month falls on a Sunday this year."),
    ("Rằm tháng Bảy năm ngoái rơi vào thứ Hai.",
     "The full moon of the seventh lunar month fell on a Monday last year."),
    ("Năm ngoái, rằm tháng Bảy rơi vào thứ 7.",
     "The full moon of the seventh lunar month fell on a Saturday last year."),
    ("Rằm tháng Giêng năm sau rơi vào thứ Hai.", "The first full moon of the lunar year falls on a Monday next year."),
    ("Rằm tháng Tám năm nay rơi vào thứ Sáu.", "The full moon of the eighth lunar month falls on a Friday this year."),
    ("Mùng một tháng Giêng năm nay rơi vào thứ Ba.",
     "The first day of the first lunar month falls on a Tuesday this year."),
    ("Mùng năm tháng năm âm lịch năm nay rơi vào thứ Tư.",
     "The fifth day of the fifth lunar month falls on a Wednesday this year."),
    ("Rằm tháng Giêng năm nay rơi vào thứ mấy?",
     "What day of the week does the first full moon of the lunar year fall on this year?"),
    ("Rằm tháng Bảy năm ngoái rơi vào thứ mấy?",
     "What day of the week did the full moon of the seventh lunar month fall on last year?"),
    ("Rằm tháng Giêng năm nay có rơi vào Chủ nhật không?",
     "Does the first full moon of the lunar year fall on a Sunday this year?"),
    ("Rằm tháng Bảy năm ngoái có rơi vào thứ Sáu không?",
     "Did the full moon of the seventh lunar month fall on a Friday last year?"),
    ("Rằm tháng Bảy năm nay là ngày nào?", "When is the full moon of the seventh lunar month this year?"),
    ("Rằm tháng Giêng năm nay là ngày nào nhỉ?", "When is the first full moon of the lunar year this year?"),
    # v8: "Months is the last month of the calendar year.", "January is the first month of the calendar.", "This
    # month is the month of the month.", "What are calendar months now?", "Next month is January."
    ("Tháng Chạp là tháng cuối năm âm lịch.", "The twelfth lunar month is the last month of the lunar year."),
    ("Tháng Chạp là tháng cuối cùng của năm âm lịch.", "The twelfth lunar month is the last month of the lunar year."),
    ("Tháng Giêng là tháng đầu năm âm lịch.", "The first lunar month is the first month of the lunar year."),
    ("Tháng Giêng là tháng đầu tiên của năm âm lịch.", "The first lunar month is the first month of the lunar year."),
    ("Tháng Chạp là tháng cuối năm.", "The twelfth lunar month is the last month of the year."),
    ("Tháng này là tháng Chạp.", "This month is the twelfth lunar month."),
    ("Tháng sau là tháng Giêng.", "Next month is the first lunar month."),
    ("Tháng trước là tháng Chạp.", "Last month was the twelfth lunar month."),
    ("Tháng tới là tháng 7 âm lịch.", "Next month is the seventh lunar month."),
    ("Bây giờ là tháng Chạp rồi.", "It's the twelfth lunar month now."),
    ("Hiện tại đang là tháng Bảy âm lịch.", "It's the seventh lunar month now."),
    ("Bây giờ là tháng mấy âm lịch?", "What lunar month is it now?"),
    # v8: "I was born in January.", "My mother was born in a January blind."
    ("Tôi sinh vào rằm tháng Giêng.", "I was born on the first full moon of the lunar year."),
    ("Mẹ tôi sinh vào mùng một tháng Giêng.", "My mother was born on the first day of the first lunar month."),
    ("Lan sinh vào rằm tháng Bảy.", "Lan was born on the full moon of the seventh lunar month."),
    ("Bố tôi sinh ngày mùng năm tháng năm âm lịch.", "My father was born on the fifth day of the fifth lunar month."),
    ("Chúng tôi sinh vào ngày rằm.", "We were born on a full moon day."),
    ("Con gái tôi sinh vào rằm tháng Tám.", "My daughter was born on the full moon of the eighth lunar month."),
    ("Anh ấy sinh vào ngày 20 tháng Chạp.", "He was born on the twentieth day of the twelfth lunar month."),
    # not: "mùng" without "âm lịch" or Giêng, Chạp (the solar month's?), "tháng một" (the first, or the eleventh?), a
    # day of no month born on, no year to fall in, a "?" or "à" out of place, "rồi" asked, "nhỉ" said, "Mai" with
    # no "là", the first month last, one day left (tomorrow), "anh" alone born (you, or the speaker?), Tet's days, a
    # lunar day beyond the month's, a month beyond the year's, and other modules' shapes (mt/diets.py,
    # mt/mid_autumn.py)
    ("Hôm nay là mùng 5.", None), ("Hôm nay là mùng một.", None), ("Hôm nay là mùng năm tháng Sáu.", None),
    ("Ngày mai là rằm à.", None), ("Hôm nay là rằm?", None), ("Mai rằm rồi.", None),
    ("Rằm tháng Giêng rơi vào thứ Bảy.", None), ("Tháng này là tháng một âm lịch.", None),
    ("Tháng Chạp là tháng đầu năm âm lịch.", None), ("Anh sinh vào rằm tháng Giêng.", None),
    ("Tôi sinh vào mùng năm âm lịch.", None), ("Bạn sinh vào rằm tháng Giêng?", None),
    ("Mẹ tôi ăn chay vào ngày rằm.", None), ("Hôm nay là mùng mấy Tết?", None),
    ("Hôm nay là rằm tháng Giêng nhỉ.", None), ("Hôm nay là rằm rồi à?", None), ("Hôm nay là mùng 15 âm lịch.", None),
    ("Rằm tháng 13 năm nay rơi vào thứ Hai.", None), ("Còn một ngày nữa là rằm.", None), ("Tôi thích rằm.", None),
    ("Hôm nay có phải là rằm à?", None), ("Rằm tháng Giêng năm nay có rơi vào thứ Bảy?", None),
    ("Rằm tháng Giêng năm nay rơi vào thứ Bảy không?", None), ("Mai là rằm không?", None),
    ("Tết Trung thu là rằm tháng tám.", None), ("Tomorrow is the full moon day.", None),
    # review: "đã sinh" with a day is a birth given as often ("Vợ tôi đã sinh …": my wife gave birth), and so is a
    # pet's "sinh" (had her young); "sinh ra" is only born
    ("Vợ tôi đã sinh vào rằm tháng Giêng.", None), ("Chị tôi đã sinh vào ngày rằm.", None),
    ("Con mèo của tôi sinh vào rằm tháng Bảy.", None), ("Con chó tôi sinh vào ngày rằm.", None),
    ("Tôi đã sinh ra vào rằm tháng Giêng.", "I was born on the first full moon of the lunar year."),
    ("Con mèo của tôi sinh ra vào rằm tháng Bảy.", "My cat was born on the full moon of the seventh lunar month."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Vào tháng lunar là ngày mai?", "Hôm nay, ngày lunar là gì?", "Ngày của tháng lunar là hôm qua?"
    ("What day of the lunar month is it today?", "Hôm nay là mùng mấy âm lịch?"),
    ("What day of the lunar month is it tomorrow?", "Ngày mai là mùng mấy âm lịch?"),
    ("What day of the lunar month was it yesterday?", "Hôm qua là mùng mấy âm lịch?"),
    ("What's the lunar date today?", "Hôm nay là mùng mấy âm lịch?"),
    ("What is the lunar date today?", "Hôm nay là mùng mấy âm lịch?"),
    ("What's tomorrow's lunar date?", "Ngày mai là mùng mấy âm lịch?"),
    # v8: "Ngày mai là mặt trăng đầy đủ.", "Ngày nay là ngày thứ năm của tháng lunar.", "Hôm qua là mặt trăng đầy
    # của tháng thứ bảy.", "Hôm nay là mặt trăng đầy đủ đầu tiên của năm lunar."
    ("Tomorrow is the full moon.", "Ngày mai là ngày rằm."),
    ("Tomorrow is the full moon day.", "Ngày mai là ngày rằm."),
    ("Today is the fifth day of the lunar month.", "Hôm nay là mùng năm âm lịch."),
    ("The day after tomorrow is the 5th day of the lunar month.", "Ngày kia là mùng năm âm lịch."),
    ("Yesterday was the full moon of the seventh lunar month.", "Hôm qua là rằm tháng Bảy."),
    ("Today is the first full moon of the lunar year.", "Hôm nay là rằm tháng Giêng."),
    ("Today's the full moon of the eighth lunar month.", "Hôm nay là rằm tháng Tám."),
    ("Tomorrow is the first day of the twelfth lunar month.", "Ngày mai là mùng một tháng Chạp."),
    ("Is tomorrow the full moon day?", "Ngày mai có phải là ngày rằm không?"),
    ("Was yesterday the full moon day?", "Hôm qua có phải là ngày rằm không?"),
    ("Is today the fifteenth day of the seventh lunar month?", "Hôm nay có phải là rằm tháng Bảy không?"),
    # v8: "Ngày trăng đầy đủ trong hai ngày.", "Cho đến ngày trăng đầy đủ bao nhiêu ngày?"
    ("The full moon day is in two days.", "Còn hai ngày nữa là rằm."),
    ("The first full moon of the lunar year is in three days.", "Còn ba ngày nữa là rằm tháng Giêng."),
    ("How many days is it until the full moon day?", "Còn mấy ngày nữa là rằm?"),
    ("How many days are left until the full moon of the seventh lunar month?", "Còn mấy ngày nữa là rằm tháng Bảy?"),
    # v8: "Mặt trăng đầy đầu tiên của năm lunar giảm xuống 1 thứ Bảy năm nay.", "Mặt trăng đầy tháng thứ bảy đã rơi
    # vào thứ Hai năm ngoái.", "Năm nay có mặt trăng hoàn toàn đầu tiên của năm lunar giảm Chủ nhật trong năm nay
    # không?", "Khi nào Vào tháng thứ bảy, tháng thứ bảy năm nay?"
    ("The first full moon of the lunar year falls on a Saturday this year.",
     "Rằm tháng Giêng năm nay rơi vào thứ Bảy."),
    ("The full moon of the seventh lunar month fell on a Monday last year.",
     "Rằm tháng Bảy năm ngoái rơi vào thứ Hai."),
    ("This year, the full moon of the seventh lunar month falls on a Sunday.",
     "Rằm tháng Bảy năm nay rơi vào Chủ nhật."),
    ("The first full moon of the lunar year will fall on a Tuesday next year.",
     "Rằm tháng Giêng năm sau rơi vào thứ Ba."),
    ("What day of the week does the first full moon of the lunar year fall on this year?",
     "Rằm tháng Giêng năm nay rơi vào thứ mấy?"),
    ("What day does the full moon of the eighth lunar month fall on this year?",
     "Rằm tháng Tám năm nay rơi vào thứ mấy?"),
    ("Does the first full moon of the lunar year fall on a Sunday this year?",
     "Rằm tháng Giêng năm nay có rơi vào Chủ nhật không?"),
    ("Did the full moon of the seventh lunar month fall on a Friday last year?",
     "Rằm tháng Bảy năm ngoái có rơi vào thứ Sáu không?"),
    ("When is the full moon of the seventh lunar month this year?", "Rằm tháng Bảy năm nay là ngày nào?"),
    ("When was the first full moon of the lunar year last year?", "Rằm tháng Giêng năm ngoái là ngày nào?"),
    # v8: "Tháng thứ hai, tháng thứ hai là tháng trước của năm lunar.", "Tháng này là tháng lunar tự nhiên.", "Tháng
    # lunar là gì?", "Tháng sau là tháng lunar đầu tiên."
    ("The twelfth lunar month is the last month of the lunar year.", "Tháng Chạp là tháng cuối năm âm lịch."),
    ("The first lunar month is the first month of the lunar year.", "Tháng Giêng là tháng đầu năm âm lịch."),
    ("The twelfth lunar month is the last month of the year.", "Tháng Chạp là tháng cuối năm."),
    ("This month is the twelfth lunar month.", "Tháng này là tháng Chạp."),
    ("Next month is the first lunar month.", "Tháng sau là tháng Giêng."),
    ("Last month was the twelfth lunar month.", "Tháng trước là tháng Chạp."),
    ("It's the twelfth lunar month now.", "Bây giờ là tháng Chạp."),
    ("What lunar month is it now?", "Bây giờ là tháng mấy âm lịch?"),
    # v8: "Tôi được sinh ra trên mặt trăng đầy đủ đầu tiên của năm lunar.", "Mẹ tôi được sinh vào ngày đầu tháng
    # lunar đầu tiên."
    ("I was born on the first full moon of the lunar year.", "Tôi sinh vào rằm tháng Giêng."),
    ("My mother was born on the first day of the first lunar month.", "Mẹ tôi sinh vào mùng một tháng Giêng."),
    ("She was born on the full moon of the seventh lunar month.", "Cô ấy sinh vào rằm tháng Bảy."),
    ("We were born on a full moon day.", "Chúng tôi sinh vào ngày rằm."),
    ("Lan was born on the first day of the first lunar month.", "Lan sinh vào mùng một tháng Giêng."),
    # review: a pet "sinh vào ngày rằm" may have had her young; "sinh ra" is only born
    ("My cat was born on a full moon day.", "Con mèo tôi sinh ra vào ngày rằm."),
    ("My dog was born on the fifth day of the twelfth lunar month.", "Con chó tôi sinh ra vào mùng năm tháng Chạp."),
    # not: a "?" on a statement, the tense not the day's or the year's, the verb not agreeing with who, a lunar day
    # of no month falling or born on, no year to fall in, the first month last, one day left, the full moon in the
    # sky (mt/sky.py), a habit on full moon days (mt/diets.py), and the other way's language
    ("Today is the full moon day?", None), ("Yesterday is the full moon day.", None),
    ("Tomorrow was the full moon day.", None), ("The full moon of the seventh lunar month falls on a Monday last year.",
                                                None),
    ("The full moon day falls on a Saturday this year.", None),
    ("She were born on the full moon of the seventh lunar month.", None), ("I were born on a full moon day.", None),
    ("There's a full moon tonight.", None), ("The twelfth lunar month is the first month of the lunar year.", None),
    ("What day of the lunar month is it yesterday?", None), ("The full moon day is in one days.", None),
    ("I was born on the fifth day of the lunar month.", None),
    ("The first full moon of the lunar year falls on a Saturday.", None), ("This month was the twelfth lunar month.",
                                                                          None),
    ("The full moon of the seventh lunar month will fall on a Sunday this year.", None),
    ("We eat vegetarian on full moon days.", None), ("The lunar new year is coming.", None),
    ("Hôm nay là mùng mấy?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
