"""Bonuses and pay rises at work: a Tet or year-end bonus got, a workplace giving one, a thirteenth-month salary, when
it comes, a pay rise by a per cent, both ways (mt/bonuses.py)."""
import pytest

from mt.bonuses import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was enjoyed Tet today.", "In this year, do you enjoy?", "This year, we weren't awarded."
    ("Hôm nay tôi được thưởng Tết.", "I got my Tet bonus today."),
    ("Năm nay bạn có được thưởng không?", "Did you get a bonus this year?"),
    ("Năm nay chúng tôi không được thưởng.", "We didn't get a bonus this year."),
    ("Bạn có được thưởng Tết không?", "Did you get a Tet bonus?"),
    ("Bạn được thưởng Tết không?", "Did you get a Tet bonus?"),
    ("Em có được thưởng Tết không?", "Did you get a Tet bonus?"),
    ("Bố tôi được thưởng Tết.", "My father got his Tet bonus."),
    ("Tôi vừa được thưởng Tết.", "I just got my Tet bonus."),
    ("Mẹ tôi vừa nhận được tiền thưởng cuối năm.", "My mother just got her year-end bonus."),
    # v8: "I'm not receiving the Tet award.", "Did you enjoy the Tet?", "I'll be enjoyed at the end of the year."
    ("Tôi chưa nhận được thưởng Tết.", "I haven't received my Tet bonus yet."),
    ("Bạn đã nhận thưởng Tết chưa?", "Have you received your Tet bonus yet?"),
    ("Chị đã nhận thưởng Tết chưa ạ?", "Have you received your Tet bonus yet?"),
    ("Lan được thưởng Tết rồi.", "Lan has already received a Tet bonus."),
    ("Tôi sẽ được thưởng cuối năm.", "I'll get my year-end bonus."),
    ("Tuần sau tôi sẽ được thưởng Tết.", "I'll get my Tet bonus next week."),
    ("Tháng sau chúng tôi được thưởng cuối năm.", "We'll get our year-end bonus next month."),
    ("Tôi sẽ không được thưởng Tết.", "I won't get a Tet bonus."),
    # v8: "She was awarded two months.", "Last year, I was enjoyed Tet three months.", "I was enjoyed 5 million."
    ("Chị tôi được thưởng hai tháng lương.", "My sister got a bonus of two months' salary."),
    ("Năm ngoái tôi được thưởng Tết ba tháng lương.", "I got a Tet bonus of three months' salary last year."),
    ("Tôi được thưởng nửa tháng lương.", "I got a bonus of half a month's salary."),
    ("Tôi được thưởng 5 triệu.", "I got a bonus of VND5 million."),
    ("Bác Hùng được thưởng Tết hai tháng lương.", "Uncle Hung got a Tet bonus of two months' salary."),
    # v8: "I was salaries of 13.", "He was up by 10%.", "I'm salaries 10%."
    ("Tôi vừa được nhận lương tháng 13.", "I just got my thirteenth-month salary."),
    ("Năm nay bạn có được lương tháng 13 không?", "Did you get a thirteenth-month salary this year?"),
    ("Anh ấy được tăng lương 10%.", "He got a 10% pay rise."),
    ("Anh ấy vừa được tăng lương 15%.", "He just got a 15% pay rise."),
    ("Tôi được tăng lương 5,5%.", "I got a 5.5% pay rise."),  # (review: "5,5%" was kept)
    # v8: "When did we enjoy the end of the year?"
    ("Khi nào chúng ta được thưởng cuối năm?", "When do we get our year-end bonus?"),
    ("Bao giờ bố bạn được thưởng Tết?", "When does your father get his Tet bonus?"),
    ("Khi nào Lan sẽ được thưởng cuối năm?", "When will Lan get the year-end bonus?"),
    # v8: "My company awarded two months of wage.", "Do your company pays 13?", "My company enjoyed the end of the
    # year."
    ("Công ty tôi thưởng Tết hai tháng lương.", "My company gives a Tet bonus of two months' salary."),
    ("Công ty tôi thưởng Tết một tháng lương.", "My company gives a Tet bonus of a month's salary."),
    ("Công ty bạn có thưởng Tết không?", "Does your company give a Tet bonus?"),
    ("Công ty tôi có thưởng cuối năm.", "My company gives a year-end bonus."),
    ("Công ty tôi không thưởng Tết.", "My company doesn't give a Tet bonus."),
    ("Năm ngoái công ty tôi thưởng Tết hai tháng lương.",
     "My company gave a Tet bonus of two months' salary last year."),
    ("Hôm nay công ty tôi đã thưởng Tết.", "My company gave a Tet bonus today."),
    ("Nhà máy của chúng tôi thưởng cuối năm một tháng lương.",
     "Our factory gives a year-end bonus of a month's salary."),
    ("Công ty bạn có lương tháng 13 không?", "Does your company pay a thirteenth-month salary?"),
    ("Công ty tôi không có lương tháng 13.", "My company doesn't pay a thirteenth-month salary."),
    # not: "anh" saying it (the speaker or the listener), a bare "thưởng" with nothing more or of a child (a reward),
    # a pay rise without a per cent (mt/careers.py's), "lương tháng 13" with no tense (got it, or gets one?), "năm
    # nay" of a workplace with no tense, a day the tense does not take, "có" without "không", how much, lucky money
    ("Anh được thưởng Tết rồi.", None), ("Tôi vừa được thưởng.", None), ("Con tôi được thưởng hôm nay.", None),
    ("Tôi được tăng lương.", None), ("Tôi được lương tháng 13.", None), ("Năm nay công ty không thưởng Tết.", None),
    ("Hôm qua tôi vừa được thưởng Tết.", None), ("Tuần trước tôi sẽ được thưởng Tết.", None),
    ("Năm sau tôi đã được thưởng Tết.", None), ("Bạn có được thưởng Tết không.", None),
    ("Bạn được thưởng bao nhiêu?", None), ("Năm nay thưởng Tết ít quá.", None), ("Tôi được thưởng 10%.", None),
    ("Bà tôi mừng tuổi tôi.", None), ("Tôi thích thưởng thức cà phê.", None),
    # (review) not: one asking of one's own bonus (will I?); "không nhận" (may refuse); a child's (a school prize), in
    # every rule; "nhỉ" (asks: didn't I?); "có đã" (not Vietnamese); a thousands dot in a per cent
    ("Năm nay tôi có được thưởng không?", None), ("Năm nay chúng ta có được thưởng không?", None),
    ("Tôi không nhận thưởng Tết.", None), ("Con gái tôi được thưởng cuối năm.", None),
    ("Con tôi được thưởng cuối năm.", None), ("Khi nào con bạn được thưởng Tết?", None),
    ("Tôi không được thưởng Tết nhỉ.", None), ("Công ty bạn có đã thưởng Tết không?", None),
    ("Tôi được tăng lương 5.5%.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có Tết của tôi bonx hôm nay.", "Bạn có phải là năm nay không?", "… không chán nản." (depressed)
    ("I got my Tet bonus today.", "Hôm nay tôi được thưởng Tết."),
    ("Did you get a bonus this year?", "Năm nay bạn có được thưởng không?"),
    ("We didn't get a bonus this year.", "Năm nay chúng tôi không được thưởng."),
    ("This year we didn't get a bonus.", "Năm nay chúng tôi không được thưởng."),
    ("Did you get a Tet bonus?", "Bạn có được thưởng Tết không?"),
    ("She got a year-end bonus.", "Cô ấy đã được thưởng cuối năm."),
    ("My mother got her year-end bonus.", "Mẹ tôi đã được thưởng cuối năm."),
    ("I just got a bonus.", "Tôi vừa được thưởng."),
    # v8: "Bạn có phải là người Tết chán nản không?", "Tôi chưa có Tết của tôi bonus.", "Tôi sẽ thưởng thức một năm."
    ("Have you got your Tet bonus yet?", "Bạn đã được thưởng Tết chưa?"),
    ("Has she received her Tet bonus yet?", "Cô ấy đã được thưởng Tết chưa?"),
    ("I haven't got my Tet bonus yet.", "Tôi chưa được thưởng Tết."),
    ("I’ve already received my Tet bonus.", "Tôi được thưởng Tết rồi."),
    ("I'll get a year-end bonus.", "Tôi sẽ được thưởng cuối năm."),
    ("We will get our Tet bonus next week.", "Tuần sau chúng tôi sẽ được thưởng Tết."),
    ("We won't get a Tet bonus this year.", "Năm nay chúng tôi sẽ không được thưởng Tết."),
    # v8: "Tôi chán nản trong vòng hai tháng.", "Tôi có tiền thưởng trong 5 triệu đồng."
    ("I got a bonus of two months' salary.", "Tôi đã được thưởng hai tháng lương."),
    ("I got a bonus of a month's salary.", "Tôi đã được thưởng một tháng lương."),
    ("Last year, I got a Tet bonus of three months' salary.", "Năm ngoái tôi được thưởng Tết ba tháng lương."),
    ("I got a bonus of 5 million dong.", "Tôi đã được thưởng 5 triệu đồng."),
    ("I just got my thirteenth-month salary.", "Tôi vừa được nhận lương tháng 13."),
    # v8: "Ông ta nhận được 10% tiền lương.", "Cô ấy tăng 10%."
    ("He got a 10% pay rise.", "Anh ấy đã được tăng lương 10%."),
    ("She got a 10% raise.", "Cô ấy đã được tăng lương 10%."),
    ("He got a 10% pay raise last year.", "Năm ngoái anh ấy được tăng lương 10%."),
    ("I got a 5.5% pay rise.", "Tôi đã được tăng lương 5,5%."),  # (review: "5.5%" was kept)
    # v8: "Khi nào chúng ta có được món bánh bonus trong năm?" (a cake), "… món ăn Tết của mình?" (a dish)
    ("When do we get the year-end bonus?", "Khi nào chúng tôi được thưởng cuối năm?"),
    ("When does your father get his Tet bonus?", "Khi nào bố bạn được thưởng Tết?"),
    ("When will we get the Tet bonus?", "Khi nào chúng tôi sẽ được thưởng Tết?"),
    # v8: "Công ty này mang lại sự thưởng thức trong vòng hai tháng.", "Công ty của bạn có phải thưởng thức Tết
    # không?", "… không tặng được món ăn Tết vào năm nay."
    ("The company gives a bonus of two months' salary.", "Công ty thưởng hai tháng lương."),
    ("My company gives a Tet bonus of two months' salary.", "Công ty tôi thưởng Tết hai tháng lương."),
    ("Does your company give a Tet bonus?", "Công ty bạn có thưởng Tết không?"),
    # (review: "Did …" and "Will …" with no day were both written "có … không?", a present question)
    ("Did your company give a Tet bonus?", "Năm nay công ty bạn đã thưởng Tết chưa?"),
    ("Our company didn't give a Tet bonus this year.", "Năm nay công ty chúng tôi không thưởng Tết."),
    ("My company doesn't give a Tet bonus.", "Công ty tôi không thưởng Tết."),
    ("Did your company give a Tet bonus last year?", "Năm ngoái công ty bạn có thưởng Tết không?"),
    ("Our company will give a year-end bonus of one month's salary.",
     "Công ty chúng tôi sẽ thưởng cuối năm một tháng lương."),
    ("Does your company pay a thirteenth-month salary?", "Công ty bạn có lương tháng 13 không?"),
    ("My company pays a thirteenth-month salary.", "Công ty tôi có lương tháng 13."),
    # not: "have", "do", "give" not agreeing with who, whose not who's own, a tense not said so, a day the tense does
    # not take, "one months'", a bonus by how much or how big, a pay rise without a per cent (mt/careers.py's)
    ("She have got her Tet bonus.", None), ("Have she received her Tet bonus yet?", None),
    ("She haven't received her Tet bonus yet.", None), ("When do your father get his Tet bonus?", None),
    ("My company give a Tet bonus.", None), ("I got your Tet bonus.", None), ("She got his Tet bonus.", None),
    ("Lan got her Tet bonus.", None), ("Did you got a bonus?", None), ("I'll get my Tet bonus yesterday.", None),
    ("My company gave a Tet bonus next year.", None), ("I got a bonus of one months' salary.", None),
    ("How much was your bonus?", None), ("Lan got a big bonus.", None), ("I got a raise.", None),
    ("We get a thirteenth-month salary.", None), ("I got a thirteenth-month bonus.", None),
    # (review) not: whose not who's own after "When"; "Will …" with no day (Vietnamese says no tense)
    ("When does she get his year-end bonus?", None), ("Will your company give a Tet bonus?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Hôm nay tôi được thưởng Tết.", "en", "vi") is None
    assert translate("I got my Tet bonus today.", "vi", "en") is None
    assert translate("I got my Tet bonus today.", "en", "fr") is None
