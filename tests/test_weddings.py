"""Weddings, engagements and divorces: getting married, engaged or divorced and when, going or invited to a wedding,
and when it is, both ways (mt/weddings.py)."""
import pytest

from mt.weddings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She's going to wedding.", "Next month, my sister will wedding.", "This year, Idding.", "He's about to take
    # his wife."
    ("Chị tôi sắp cưới.", "My sister is getting married soon."),
    ("Tháng sau chị tôi cưới.", "My sister is getting married next month."),
    ("Chị tôi sẽ kết hôn vào tháng sau.", "My sister is getting married next month."),
    ("Năm nay tôi cưới.", "I'm getting married this year."),
    ("Anh ấy sắp lấy vợ.", "He's getting married soon."),
    ("Bác Hùng sắp cưới vợ.", "Uncle Hung is getting married soon."),
    ("Họ định cưới vào năm sau.", "They're planning to get married next year."),
    ("Họ sẽ cưới.", "They're going to get married."),
    # v8: "They were both engaged.", "They were both married.", "They were married."
    ("Họ vừa đính hôn.", "They just got engaged."),
    ("Chúng tôi đính hôn rồi.", "We got engaged."),
    ("Chúng tôi đính hôn vào tháng trước.", "We got engaged last month."),
    ("Họ vừa cưới nhau.", "They just got married."),
    ("Em gái tôi vừa mới lấy chồng.", "My sister just got married."),
    ("Họ cưới nhau năm ngoái.", "They got married last year."),
    ("Họ đã ly hôn.", "They got divorced."),
    ("Họ sắp ly hôn.", "They're getting divorced soon."),
    # v8: "When did you wedding?", "When did the wedding?"
    ("Khi nào bạn cưới?", "When are you getting married?"),
    ("Bao giờ anh cưới?", "When are you getting married?"),
    ("Họ cưới nhau khi nào?", "When did they get married?"),
    ("Bạn sắp cưới à?", "Are you getting married soon?"),
    ("Khi nào đám cưới?", "When is the wedding?"),
    ("Đám cưới của Lan là khi nào?", "When is Lan's wedding?"),
    ("Đám cưới của chị tôi vào thứ Bảy.", "My sister's wedding is on Saturday."),
    ("Đám cưới tối nay.", "The wedding is tonight."),
    # v8: "I went to my wedding friends.", "This weekend, I'll go to wedding.", "Do you go Thailand's wedding kick?",
    # "I can't go wedding."
    ("Tôi đi đám cưới bạn tôi.", "I'm going to my friend's wedding."),
    ("Cuối tuần này tôi đi dự đám cưới.", "I'm going to a wedding this weekend."),
    ("Chủ nhật tôi đi ăn cưới.", "I'm going to a wedding on Sunday."),
    ("Bạn có đi đám cưới của Lan không?", "Are you going to Lan's wedding?"),
    ("Bạn có đến dự đám cưới của tôi không?", "Are you coming to my wedding?"),
    ("Hôm qua tôi đi đám cưới.", "I went to a wedding yesterday."),
    ("Tôi đã đi đám cưới của Lan tuần trước.", "I went to Lan's wedding last week."),
    ("Tôi không đi đám cưới của họ.", "I'm not going to their wedding."),
    ("Tôi không đi đám cưới được.", "I can't go to the wedding."),
    # v8: "I was invited to their wedding football.", "Did you invited to the wedding kick?"
    ("Tôi được mời đến đám cưới của họ.", "I've been invited to their wedding."),
    ("Mẹ tôi được mời dự đám cưới của Lan.", "My mother has been invited to Lan's wedding."),
    ("Bạn có được mời đến đám cưới không?", "Have you been invited to the wedding?"),
    ("Bạn đã được mời dự đám cưới chưa?", "Have you been invited to the wedding?"),
    ("Tôi không được mời đến đám cưới của họ.", "I wasn't invited to their wedding."),
    # not: "anh" saying it (may be the speaker), no time ("Tôi kết hôn."), married now or the year of the wedding
    # (mt/family.py's), a day and a tense that disagree, whom one marries, "đám cưới bạn" (a friend's, or yours?),
    # one's own wedding, with whom one goes, two people named, "sắp" going, a wedding not on a day
    ("Họ sẽ cưới nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh sắp cưới.", None), ("Tôi kết hôn.", None), ("Họ đã kết hôn.", None), ("Họ kết hôn năm 2010.", None),
    ("Họ cưới nhau rồi.", None), ("Họ sẽ ly hôn năm ngoái.", None), ("Họ đã cưới nhau tháng sau.", None),
    ("Anh ấy sắp cưới Lan.", None), ("Tôi đi đám cưới bạn.", None), ("Tôi đi đám cưới của tôi.", None),
    ("Tôi đi đám cưới với mẹ tôi.", None), ("Lan và Minh sắp cưới.", None), ("Tôi sắp đi đám cưới.", None),
    ("Đám cưới rất đẹp.", None), ("Đám cưới hôm qua rất vui.", None), ("Bạn có cưới không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chị của tôi đang kết hôn sớm.", "… đang kết hôn vào tháng tới." (is marrying now), "Anh ta đã kết hôn năm
    # tới." (married next year), "Họ ly hôn." (divorced)
    ("My sister is getting married soon.", "Em gái tôi sắp kết hôn."),
    ("My sister is getting married next month.", "Tháng sau em gái tôi sẽ kết hôn."),
    ("He's getting married next year.", "Năm sau anh ấy sẽ kết hôn."),
    ("They are getting married this year.", "Năm nay họ sẽ kết hôn."),
    ("Lan is getting married on Saturday.", "Lan sẽ kết hôn vào thứ Bảy."),
    ("We're planning to get married next year.", "Năm sau chúng tôi định kết hôn."),
    ("They're getting divorced.", "Họ sắp ly hôn."),
    ("Is she getting married?", "Cô ấy sắp kết hôn phải không?"),
    # v8: "Cô ấy chỉ bị đính hôn." (only suffered), "Em tôi đã đính hôn vào tháng trước." (a younger sibling)
    ("She just got engaged.", "Cô ấy vừa đính hôn."),
    ("We've just got engaged.", "Chúng tôi vừa đính hôn."),
    ("My brother got engaged last month.", "Tháng trước anh trai tôi đính hôn."),
    ("They got married last year.", "Năm ngoái họ kết hôn."),
    ("We got engaged.", "Chúng tôi đã đính hôn."),
    ("They got divorced.", "Họ đã ly hôn."),
    ("He's divorced.", "Anh ấy đã ly hôn."),
    # v8: "Trời cưới khi nào?" (the sky), "Cậu kết hôn khi nào?" (when did you)
    ("When is the wedding?", "Đám cưới là khi nào?"),
    ("When's Lan's wedding?", "Đám cưới của Lan là khi nào?"),
    ("When are you getting married?", "Khi nào bạn kết hôn?"),
    ("When did they get married?", "Họ kết hôn khi nào?"),
    ("The wedding is next month.", "Đám cưới vào tháng sau."),
    ("My brother's wedding is on Saturday.", "Đám cưới của anh trai tôi vào thứ Bảy."),
    ("Their wedding was yesterday.", "Đám cưới của họ đã diễn ra hôm qua."),
    # v8: "Tôi sẽ bạn tôi đám cưới.", "Tôi sẽ cưới cuối tuần này." (will marry), "Bạn sẽ cưới bóng của Lan?" (marry
    # Lan's ball), "Tôi đến đám cưới của tôi vào tuần trước." (my own)
    ("I'm going to my friend's wedding.", "Tôi sẽ đi dự đám cưới của bạn tôi."),
    ("I'm going to a wedding this weekend.", "Cuối tuần này tôi đi dự đám cưới."),
    ("Are you going to Lan's wedding?", "Bạn có đi dự đám cưới của Lan không?"),
    ("Are you coming to my wedding?", "Bạn có đến dự đám cưới của tôi không?"),
    ("I went to my friend's wedding last week.", "Tuần trước tôi đã đi dự đám cưới của bạn tôi."),
    ("I'm not going to the wedding.", "Tôi sẽ không đi dự đám cưới."),
    ("I can't go to the wedding.", "Tôi không đi dự đám cưới được."),
    # v8: "Tôi được mời đến cưới của họ.", "Bạn có mời cưới không?" (do you invite)
    ("I was invited to their wedding.", "Tôi được mời dự đám cưới của họ."),
    ("Were you invited to their wedding?", "Bạn có được mời dự đám cưới của họ không?"),
    ("Have you been invited to the wedding?", "Bạn có được mời dự đám cưới không?"),
    ("She's been invited to the wedding.", "Cô ấy được mời dự đám cưới."),
    ("I haven't been invited to the wedding.", "Tôi chưa được mời dự đám cưới."),
    ("They weren't invited to our wedding.", "Họ không được mời dự đám cưới của chúng tôi."),
    # not: "is", "have", "were" that do not agree with who, a day and a tense that disagree, a month or a year the
    # tables do not read, "a wedding" asked, "Did … go" (Vietnamese says the past by the day), "will not", "do" (a
    # habit), "not getting married", with whom, one's own wedding, "married" (mt/family.py's), "I'm getting
    # married." (the phrasebook's, tried first: "Tôi sắp kết hôn.")
    ("My sister are getting married next month.", None), ("She have just got married.", None),
    ("Is they getting married?", None), ("I were invited to their wedding.", None),
    ("He is getting married last year.", None), ("They got married next year.", None),
    ("The wedding was next week.", None), ("We're getting married in June.", None),
    ("They got married in 2010.", None), ("Are you going to a wedding?", None), ("Did you go to Lan's wedding?", None),
    ("I won't go to the wedding.", None), ("When do you get married?", None), ("We're not getting married.", None),
    ("I'm going to the wedding with my mother.", None), ("I'm going to my wedding.", None),
    ("They are married.", None), ("I've got married.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics():
    assert translate("Chị tôi sắp cưới.", "en", "vi") is None
    assert translate("Tôi thích đọc sách.", "vi", "en") is None
    assert translate("I like reading.", "en", "vi") is None
