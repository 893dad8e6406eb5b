"""The year-end party at work or with friends: who has or holds it, who goes, when and where it is, both ways
(mt/year_end.py)."""
import pytest

from mt.year_end import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Tonight, the company I have a party of all ages.", "My company held every year on Friday.", "This year, the
    # company I don't party every year.", "Do you have a party every year?"
    ("Tối nay công ty tôi có tiệc tất niên.", "My company's year-end party is tonight."),
    ("Thứ Sáu này công ty tôi có tiệc tất niên.", "My company's year-end party is this Friday."),
    ("Hôm qua công ty tôi có tiệc tất niên.", "My company's year-end party was yesterday."),
    ("Tối nay công ty bạn có tiệc tất niên không?", "Is your company's year-end party tonight?"),
    ("Hôm qua công ty tôi không có tiệc tất niên.", "My company didn't have a year-end party yesterday."),
    ("Năm nay công ty tôi có tiệc tất niên.", "My company is having a year-end party this year."),
    ("Công ty bạn có tiệc tất niên không?", "Does your company have a year-end party?"),
    ("Công ty tôi tổ chức tất niên vào thứ Sáu.", "My company is holding its year-end party on Friday."),
    ("Công ty tôi tổ chức tiệc tất niên vào thứ Sáu này.", "My company is holding its year-end party this Friday."),
    ("Công ty tôi đã tổ chức tiệc tất niên vào thứ Sáu.", "My company held its year-end party on Friday."),
    ("Tuần trước công ty tôi tổ chức tiệc tất niên.", "My company held its year-end party last week."),
    ("Công ty tôi sẽ tổ chức tiệc tất niên vào tuần sau.", "My company will hold its year-end party next week."),
    ("Năm nay công ty tôi không tổ chức tiệc tất niên.", "My company isn't holding a year-end party this year."),
    ("Năm nay công ty bạn có tổ chức tiệc tất niên không?", "Is your company holding a year-end party this year?"),
    ("Hôm qua công ty bạn có tổ chức tiệc tất niên không?", "Did your company hold its year-end party yesterday?"),
    ("Công ty bạn có tổ chức tiệc tất niên không?", "Does your company hold a year-end party?"),
    ("Năm ngoái công ty tôi không tổ chức tiệc tất niên.", "My company didn't hold a year-end party last year."),
    ("Công ty không tổ chức tiệc tất niên tuần này.", "The company isn't holding a year-end party this week."),
    ("Chúng tôi tổ chức tiệc tất niên vào thứ Bảy.", "We're holding our year-end party on Saturday."),
    ("Họ đã tổ chức tiệc tất niên.", "They held their year-end party."),
    ("Hôm kia văn phòng tôi có tiệc tất niên.", "My office's year-end party was the day before yesterday."),
    # (who has one, and "there is one")
    ("Tối nay tôi có tiệc tất niên.", "I have a year-end party tonight."),
    ("Tối mai mẹ tôi có tiệc tất niên.", "My mother has a year-end party tomorrow evening."),
    ("Tối nay bạn có tiệc tất niên không?", "Do you have a year-end party tonight?"),
    ("Tối nay Lan không có tiệc tất niên.", "Lan doesn't have a year-end party tonight."),
    ("Tối nay có tiệc tất niên.", "There's a year-end party tonight."),
    ("Tối nay có tiệc tất niên không?", "Is there a year-end party tonight?"),
    # v8: "I can't go all of you.", "Do you go for all teens?", "Yesterday, we went all ages.", "My mother went to the
    # party every year.", "Lan will go to the flower at the end of the year."
    ("Tôi không đi tất niên được.", "I can't go to the year-end party."),
    ("Bạn có đi tất niên không?", "Are you going to the year-end party?"),
    ("Hôm qua chúng tôi đi tất niên.", "We went to the year-end party yesterday."),
    ("Mẹ tôi đã đi tiệc tất niên.", "My mother went to the year-end party."),
    ("Tối nay tôi đi tất niên.", "I'm going to the year-end party tonight."),
    ("Lan sẽ đi liên hoan cuối năm.", "Lan will go to the year-end party."),
    ("Tối qua anh ấy không đi tất niên.", "He didn't go to the year-end party last night."),
    ("Bạn có đi tất niên được không?", "Can you go to the year-end party?"),
    ("Hôm qua bạn có đi tất niên không?", "Did you go to the year-end party yesterday?"),
    ("Tối qua tôi không đi tất niên được.", "I couldn't go to the year-end party last night."),
    ("Chúng ta có đi dự tiệc tất niên không?", "Are we going to the year-end party?"),
    ("Bố tôi sẽ không đi tất niên.", "My father won't go to the year-end party."),
    # v8: "This year's alleviation is held at the hotel.", "Where are all young people?", "When did you have a party
    # alleens?"
    ("Tiệc tất niên năm nay tổ chức ở khách sạn.", "This year's year-end party is at a hotel."),
    ("Tiệc tất niên được tổ chức ở nhà hàng.", "The year-end party is at a restaurant."),
    ("Tiệc tất niên sẽ tổ chức ở công ty.", "The year-end party will be at the office."),
    ("Tiệc tất niên ở đâu?", "Where is the year-end party?"),
    ("Tiệc tất niên của công ty bạn ở đâu?", "Where is your company's year-end party?"),
    ("Tiệc tất niên năm nay ở đâu?", "Where is this year's year-end party?"),
    ("Tiệc tất niên vào thứ Sáu.", "The year-end party is on Friday."),
    ("Tiệc tất niên vào ngày nào?", "What day is the year-end party?"),
    ("Khi nào công ty bạn có tiệc tất niên?", "When is your company's year-end party?"),
    ("Bao giờ có tiệc tất niên?", "When is the year-end party?"),
    # not: "ăn tất niên" (the family's New Year's Eve meal), a bonus, no tense ("Mẹ tôi đi tất niên.": went, or
    # going?), "không đi" with no day, "I" asked, a pet, "anh" saying it, a person holding one, a plain "có" with no
    # day, a day against the tense, "khi nào" at the end (when was it?), "?" on a statement, asked without "có",
    # "có tất niên", a day behind on where it is, "nhỉ", English, nonsense
    ("Nhà tôi ăn tất niên.", None), ("Tôi đi ăn tất niên.", None), ("Công ty tôi nhận thưởng cuối năm.", None),
    ("Mẹ tôi đi tất niên.", None), ("Tôi không đi tất niên.", None), ("Tôi có đi tất niên không?", None),
    ("Con mèo của tôi đi tất niên.", None), ("Anh đi tất niên rồi.", None),
    ("Lan tổ chức tiệc tất niên vào thứ Sáu.", None), ("Công ty tôi có tiệc tất niên.", None),
    ("Hôm qua tôi sẽ đi tất niên.", None), ("Tiệc tất niên tổ chức khi nào?", None),
    ("Tôi đi tất niên tối nay?", None), ("Bạn đi tất niên không?", None), ("Tối nay công ty tôi có tất niên.", None),
    ("Tiệc tất niên hôm qua.", None), ("Tối nay tôi đi tất niên nhỉ.", None), ("Nhà tôi cúng tất niên.", None),
    ("Cuối năm tôi về quê.", None), ("I can't go to the year-end party.", None), ("Tất niên tất niên.", None),
    # "mình" asked: the listener's too (our company), not "my"; said, "my" is right
    ("Tối nay công ty mình có tiệc tất niên không?", None), ("Tiệc tất niên công ty mình ở đâu?", None),
    ("Khi nào công ty mình có tiệc tất niên?", None), ("Tiệc tất niên của mình ở đâu?", None),
    ("Mẹ mình có đi tất niên không?", None),
    ("Tối nay công ty mình có tiệc tất niên.", "My company's year-end party is tonight."),
    # a child's or a classmate's party "cuối năm": the school year's end, not the year-end party; "tất niên" is
    ("Hôm qua con tôi đi liên hoan cuối năm.", None), ("Tối nay con gái tôi có tiệc cuối năm.", None),
    ("Tối nay bạn cùng lớp tôi đi liên hoan cuối năm.", None),
    ("Tối nay con tôi đi tất niên.", "My child is going to the year-end party tonight."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bữa tiệc năm của công ty tôi là tối nay.", "Khi nào buổi tiệc năm của công ty bạn?", "Cuộc tiệc năm ở đâu?"
    ("My company's year-end party is tonight.", "Tối nay công ty tôi có tiệc tất niên."),
    ("Our company's year-end party is tonight.", "Tối nay công ty chúng tôi có tiệc tất niên."),
    ("Our year-end party is tonight.", "Tối nay chúng tôi có tiệc tất niên."),
    ("The year-end party's tonight.", "Tối nay có tiệc tất niên."),
    ("Is the year-end party tonight?", "Tối nay có tiệc tất niên không?"),
    ("My company's year-end party was yesterday.", "Hôm qua công ty tôi có tiệc tất niên."),
    ("My company's year-end party is on Friday.", "Công ty tôi có tiệc tất niên vào thứ Sáu."),
    ("The year-end party is on Friday.", "Tiệc tất niên vào thứ Sáu."),
    ("This year's year-end party is at a hotel.", "Tiệc tất niên năm nay tổ chức ở khách sạn."),
    ("The end-of-year party is at a restaurant.", "Tiệc tất niên tổ chức ở nhà hàng."),
    ("Where is the year-end party?", "Tiệc tất niên ở đâu?"),
    ("Where's your company's year-end party?", "Tiệc tất niên của công ty bạn ở đâu?"),
    ("When is your company's year-end party?", "Khi nào công ty bạn có tiệc tất niên?"),
    ("When is the year-end party?", "Khi nào có tiệc tất niên?"),
    ("What day is the year-end party?", "Tiệc tất niên vào ngày nào?"),
    # v8: "Công ty của tôi đang tổ chức bữa tiệc năm vào thứ Sáu.", "Công ty của chúng tôi không tổ chức bữa tiệc năm
    # nay.", "Công ty của bạn có buổi tiệc năm nào?"
    ("My company is holding its year-end party on Friday.", "Công ty tôi tổ chức tiệc tất niên vào thứ Sáu."),
    ("My company held its year-end party on Friday.", "Công ty tôi đã tổ chức tiệc tất niên vào thứ Sáu."),
    ("My company held its year-end party last Friday.", "Thứ Sáu tuần trước công ty tôi tổ chức tiệc tất niên."),
    ("Our company isn't holding a year-end party this year.", "Năm nay công ty chúng tôi không tổ chức tiệc tất niên."),
    ("Is your company holding a year-end party this year?", "Năm nay công ty bạn có tổ chức tiệc tất niên không?"),
    ("Does your company have a year-end party?", "Công ty bạn có tiệc tất niên không?"),
    ("Does your company hold a year-end party?", "Công ty bạn có tổ chức tiệc tất niên không?"),
    ("We're holding our year-end party on Saturday.", "Chúng tôi tổ chức tiệc tất niên vào thứ Bảy."),
    ("They held their year-end party last week.", "Tuần trước họ tổ chức tiệc tất niên."),
    ("The company will hold its year-end party next week.", "Tuần sau công ty sẽ tổ chức tiệc tất niên."),
    ("My company won't hold a year-end party this year.", "Năm nay công ty tôi sẽ không tổ chức tiệc tất niên."),
    ("Did your company hold its year-end party yesterday?", "Hôm qua công ty bạn có tổ chức tiệc tất niên không?"),
    ("My company held its year-end party.", "Công ty tôi đã tổ chức tiệc tất niên."),
    ("I have a year-end party tonight.", "Tối nay tôi có tiệc tất niên."),
    ("My mother has a year-end party tomorrow evening.", "Tối mai mẹ tôi có tiệc tất niên."),
    ("Do you have a year-end party tonight?", "Tối nay bạn có tiệc tất niên không?"),
    ("She doesn't have a year-end party tonight.", "Tối nay cô ấy không có tiệc tất niên."),
    # v8: "Tôi không thể đến buổi tiệc năm.", "Bạn sẽ đến buổi tiệc năm?", "Chúng tôi đến dự tiệc năm hôm qua.", "Mẹ
    # tôi đến buổi tiệc năm.", "Lan sẽ đến buổi tiệc năm."
    ("I can't go to the year-end party.", "Tôi không đi tất niên được."),
    ("Are you going to the year-end party?", "Bạn có đi tất niên không?"),
    ("We went to the year-end party yesterday.", "Hôm qua chúng tôi đi tất niên."),
    ("My mother went to the year-end party.", "Mẹ tôi đã đi tất niên."),
    ("I'm going to the year-end party tonight.", "Tối nay tôi đi tất niên."),
    ("Lan will go to the year-end party.", "Lan sẽ đi tất niên."),
    ("He didn't go to the year-end party last night.", "Tối qua anh ấy không đi tất niên."),
    ("Can you go to the year-end party?", "Bạn có đi tất niên được không?"),
    ("Did you go to the year-end party yesterday?", "Hôm qua bạn có đi tất niên không?"),
    ("I couldn't go to the year-end party last night.", "Tối qua tôi không đi tất niên được."),
    ("My father won't go to the year-end party.", "Bố tôi sẽ không đi tất niên."),
    ("Is she going to the year-end party?", "Cô ấy có đi tất niên không?"),
    ("She is not going to the year-end party tonight.", "Tối nay cô ấy không đi tất niên."),
    ("I went to the year-end party on Friday.", "Tôi đã đi tất niên vào thứ Sáu."),
    # not: the verb not agreeing ("She have", "He are"), "we" asked ("chúng ta" or "chúng tôi"?), a pet, a person
    # holding one, whose not its own, a day against the tense, this year's party on a day, "was" on a weekday
    # ("vào thứ Sáu" alone reads ahead), "didn't" on a weekday, how it was, a bonus, "?" on a statement, the other
    # language, nonsense
    ("She have a year-end party tonight.", None), ("He are going to the year-end party.", None),
    ("Are we going to the year-end party?", None), ("My dog went to the year-end party.", None),
    ("She is holding a year-end party on Friday.", None), ("My company is holding her year-end party on Friday.", None),
    ("My company's year-end party is last night.", None), ("This year's year-end party is tonight.", None),
    ("My company's year-end party was on Friday.", None), ("I didn't go to the year-end party on Friday.", None),
    ("The end-of-year party was great.", None), ("I got a year-end bonus.", None),
    ("The year-end party is at a hotel?", None), ("Where was the year-end party?", None),
    ("My company's year-end party is this year.", None), ("My company had a year-end party.", None),
    ("Tối nay công ty tôi có tiệc tất niên.", None), ("Year-end party party.", None),
    # "our" asked ("chúng ta" or "chúng tôi"?), as "we" asked
    ("Is our year-end party tonight?", None), ("When is our year-end party?", None),
    ("Where's our year-end party?", None), ("What day is our year-end party?", None),
    ("When is our company's year-end party?", None), ("Is our company holding a year-end party this year?", None),
    ("Does our company have a year-end party?", None), ("Is our mother going to the year-end party?", None),
    ("Does our boss have a year-end party tonight?", None),
    # "did" with no day ("Bạn có đi tất niên không?" reads ahead: are you going?)
    ("Did you go to the year-end party?", None), ("Did Lan go to the year-end party?", None),
    # a child's or a classmate's "end-of-year party": the school year's
    ("My son is going to the end-of-year party tonight.", None),
    ("My classmate went to the end-of-year party yesterday.", None),
    ("My son has a year-end party tonight.", "Tối nay con trai tôi có tiệc tất niên."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
