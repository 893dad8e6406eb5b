"""Volunteering and charity: who volunteers, does charity work, donates, collects or raises money, or is a volunteer,
both ways (mt/volunteering.py)."""
import pytest

from mt.volunteering import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I volunteered at the sweat farm.", "She volunteered at an animal rescue farm."
    ("Tôi làm tình nguyện ở trại trẻ mồ côi.", "I volunteer at an orphanage."),
    ("Tôi làm tình nguyện viên ở trại trẻ mồ côi.", "I volunteer at an orphanage."),
    ("Cô ấy làm tình nguyện ở một trại cứu hộ động vật.", "She volunteers at an animal shelter."),
    ("Anh ấy làm tình nguyện ở bệnh viện.", "He volunteers at a hospital."),
    ("Cô ấy làm tình nguyện mỗi cuối tuần.", "She volunteers every weekend."),
    ("Bố tôi làm tình nguyện ở bếp ăn từ thiện.", "My father volunteers at a soup kitchen."),
    ("Chị ấy sẽ làm tình nguyện ở viện dưỡng lão.", "She'll volunteer at a nursing home."),
    ("Tôi muốn làm tình nguyện ở bệnh viện.", "I want to volunteer at a hospital."),
    ("Bạn có muốn làm tình nguyện không?", "Do you want to volunteer?"),
    ("Bạn có làm tình nguyện không?", "Do you volunteer?"),
    ("Hôm qua tôi làm tình nguyện ở bệnh viện.", "I volunteered at a hospital yesterday."),
    ("Tôi đã làm tình nguyện ở trại trẻ mồ côi.", "I volunteered at an orphanage."),
    # v8: "I had volunteered in Lao Cai.", "Are you never volunteered?"
    ("Tôi từng làm tình nguyện ở trại cứu hộ động vật.", "I used to volunteer at an animal shelter."),
    ("Bạn đã bao giờ làm tình nguyện chưa?", "Have you ever volunteered?"),
    ("Bạn đã từng làm tình nguyện chưa?", "Have you ever volunteered?"),
    # v8: "My mother usually charity.", "My father was charity."
    ("Mẹ tôi hay làm từ thiện.", "My mother often does charity work."),
    ("Bố tôi làm từ thiện.", "My father does charity work."),
    ("Bác Hùng làm từ thiện mỗi năm.", "Uncle Hung does charity work every year."),
    ("Bạn có hay làm từ thiện không?", "Do you often do charity work?"),
    # v8: "We're giving money to the flooding coins.", "We are causing a fund for flood victims.", "I don't give
    # up.", "I've been supporting the flooding coins.", "They don't contribute to poor children."
    ("Chúng tôi đang quyên góp tiền cho đồng bào lũ lụt.", "We're raising money for the flood victims."),
    ("Chúng tôi đang gây quỹ cho nạn nhân lũ lụt.", "We're raising money for the flood victims."),
    ("Chúng tôi đang quyên góp cho đồng bào lũ lụt.", "We're collecting donations for the flood victims."),
    ("Chúng tôi đang quyên góp quần áo cho người vô gia cư.", "We're collecting clothes for homeless people."),
    ("Tôi đã quyên góp cho từ thiện.", "I donated to charity."),
    ("Tôi đã ủng hộ đồng bào lũ lụt.", "I donated to the flood victims."),
    ("Họ quyên góp quần áo cho trẻ em nghèo.", "They donated clothes to poor children."),
    ("Tuần trước chúng tôi đã quyên góp quần áo cũ cho trẻ em mồ côi.",
     "We donated old clothes to orphans last week."),
    ("Chúng tôi vừa gây quỹ cho trẻ em nghèo.", "We just raised money for poor children."),
    ("Cô ấy quyên góp từ thiện mỗi tháng.", "She donates to charity every month."),
    ("Tôi muốn quyên góp sách cho trẻ em nghèo.", "I want to donate books to poor children."),
    ("Họ đang gây quỹ từ thiện.", "They're raising money for charity."),
    # v8 has these right; taken whole all the same
    ("Cô ấy là giáo viên tình nguyện.", "She's a volunteer teacher."),
    ("Em gái tôi là tình nguyện viên ở bệnh viện.", "My sister is a volunteer at a hospital."),
    ("Bạn có phải là tình nguyện viên không?", "Are you a volunteer?"),
    # "we", "they" are volunteers, not "a volunteer" (review: "They're a volunteer.")
    ("Họ là tình nguyện viên.", "They're volunteers."), ("Chúng tôi là tình nguyện viên.", "We're volunteers."),
    ("Họ là tình nguyện viên ở bệnh viện.", "They're volunteers at a hospital."),
    ("Chúng tôi là y tá tình nguyện.", "We're volunteer nurses."),
    ("Họ có phải là tình nguyện viên không?", "Are they volunteers?"),
    # "đã từng" is "have … before", "từng" alone "used to" (review: "I used to volunteer at a hospital.")
    ("Tôi đã từng làm tình nguyện ở bệnh viện.", "I've volunteered at a hospital before."),
    ("Tôi từng làm tình nguyện ở bệnh viện.", "I used to volunteer at a hospital."),
    # "ủng hộ" with nothing given is taken done only ("đã", a day behind)
    ("Tôi đã ủng hộ người nghèo.", "I donated to poor people."),
    ("Hôm qua tôi ủng hộ người nghèo.", "I donated to poor people yesterday."),
    ("Tôi ủng hộ tiền cho người nghèo.", "I donated money to poor people."),
    # not: "anh" alone (the speaker or the listener), "không" said, nothing given, "tình nguyện" alone, a sum, a
    # place not known, asked without a habit ("do you" or "did you"?), "ủng hộ" of charity or being done, a day ahead,
    # a habit and a day, "chưa" without "bao giờ", presents (mt/gifts.py), giving blood (mt/jabs.py)
    ("Bố tôi làm từ thiện nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh làm tình nguyện ở bệnh viện.", None), ("Tôi không làm tình nguyện.", None), ("Tôi đã quyên góp.", None),
    ("Tôi tình nguyện đi trước.", None), ("Tôi đã quyên góp năm trăm nghìn.", None),
    ("Chúng tôi đang gây quỹ cho trường học.", None), ("Bạn có quyên góp cho đồng bào lũ lụt không?", None),
    ("Tôi ủng hộ từ thiện.", None), ("Chúng tôi đang ủng hộ đồng bào lũ lụt.", None),
    ("Ngày mai tôi làm tình nguyện.", None), ("Hôm qua tôi hay làm từ thiện.", None),
    ("Bạn đã quyên góp chưa?", None), ("Tôi tặng sách cho trẻ em nghèo.", None), ("Tôi đã hiến máu.", None),
    # "ủng hộ" with nothing given and no tense: "support" (review: "I donated to poor people.", "I always donate …")
    ("Tôi ủng hộ người nghèo.", None), ("Tôi ủng hộ trẻ em nghèo.", None), ("Tôi luôn ủng hộ người nghèo.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi tình nguyện ở một cái hoặcphanage.", "Cô ấy tình nguyện ở một nơi ẩn náu động vật."
    ("I volunteer at an orphanage.", "Tôi làm tình nguyện ở trại trẻ mồ côi."),
    ("She volunteers at an animal shelter.", "Cô ấy làm tình nguyện ở trại cứu hộ động vật."),
    ("He volunteers at a hospital.", "Anh ấy làm tình nguyện ở bệnh viện."),
    ("My sister volunteers at the hospital every Sunday.", "Em gái tôi làm tình nguyện ở bệnh viện mỗi Chủ nhật."),
    # v8: "Cô ấy làm việc tình nguyện mỗi tuần." (every week)
    ("She does volunteer work every weekend.", "Cô ấy làm tình nguyện mỗi cuối tuần."),
    ("I'm volunteering at the hospital.", "Tôi đang làm tình nguyện ở bệnh viện."),
    ("I'll volunteer at a nursing home.", "Tôi sẽ làm tình nguyện ở viện dưỡng lão."),
    ("Do you want to volunteer?", "Bạn có muốn làm tình nguyện không?"),
    ("Would you like to volunteer at an animal shelter?",
     "Bạn có muốn làm tình nguyện ở trại cứu hộ động vật không?"),
    ("I'd like to volunteer.", "Tôi muốn làm tình nguyện."),
    ("Do you volunteer?", "Bạn có làm tình nguyện không?"),
    ("Does your mother volunteer?", "Mẹ bạn có làm tình nguyện không?"),
    ("Have you ever volunteered?", "Bạn đã bao giờ làm tình nguyện chưa?"),
    # v8: "Tôi từng quen tình nguyện ở một cái đồi."
    ("I used to volunteer at an orphanage.", "Tôi từng làm tình nguyện ở trại trẻ mồ côi."),
    ("She's volunteered at an orphanage.", "Cô ấy đã làm tình nguyện ở trại trẻ mồ côi."),
    ("My mother does charity work.", "Mẹ tôi làm từ thiện."),
    ("She often does charity work.", "Cô ấy thường làm từ thiện."),
    ("Has she ever done charity work?", "Cô ấy đã bao giờ làm từ thiện chưa?"),
    # v8: "Chúng tôi đang tăng tiền cho nạn nhân nạn lụt.", "Họ đang tăng tiền cho từ thiện." (increasing money)
    ("We're raising money for the flood victims.", "Chúng tôi đang gây quỹ cho đồng bào lũ lụt."),
    ("They're raising money for charity.", "Họ đang gây quỹ từ thiện."),
    ("We've just raised money for poor children.", "Chúng tôi vừa gây quỹ cho trẻ em nghèo."),
    ("They raise money for charity every year.", "Họ gây quỹ từ thiện mỗi năm."),
    # v8: "Tôi đã hiến tặng từ thiện.", "Chúng tôi hiến tiền cho nạn nhân nạn lụt." (donating organs, blood)
    ("I donated to charity.", "Tôi đã quyên góp từ thiện."),
    ("We donated money to the flood victims.", "Chúng tôi đã quyên góp tiền cho đồng bào lũ lụt."),
    ("I donated money to charity last week.", "Tuần trước tôi đã quyên góp tiền cho quỹ từ thiện."),
    ("She donates to charity every month.", "Cô ấy quyên góp từ thiện mỗi tháng."),
    ("She has just donated books to poor students.", "Cô ấy vừa quyên góp sách cho học sinh nghèo."),
    ("We donated rice to the poor.", "Chúng tôi đã quyên góp gạo cho người nghèo."),
    # v8: "Họ thu thập quần áo cho trẻ em nghèo." (gathered, as data)
    ("They collected clothes for poor children.", "Họ đã quyên góp quần áo cho trẻ em nghèo."),
    ("We're collecting clothes for poor children.", "Chúng tôi đang quyên góp quần áo cho trẻ em nghèo."),
    # v8: "Tôi là một người tình nguyện."
    ("I'm a volunteer.", "Tôi là tình nguyện viên."),
    ("She's a volunteer teacher.", "Cô ấy là giáo viên tình nguyện."),
    ("Lan is a volunteer at the hospital.", "Lan là tình nguyện viên ở bệnh viện."),
    ("Are you a volunteer?", "Bạn có phải là tình nguyện viên không?"),
    ("They are volunteers.", "Họ là tình nguyện viên."), ("We're volunteer nurses.", "Chúng tôi là y tá tình nguyện."),
    ("Are they volunteers?", "Họ có phải là tình nguyện viên không?"),
    ("We're volunteers at the hospital.", "Chúng tôi là tình nguyện viên ở bệnh viện."),
    ("I volunteered at a hospital.", "Tôi đã làm tình nguyện ở bệnh viện."),
    ("I did volunteer work.", "Tôi đã làm tình nguyện."),
    # not: the verb or "is" not agreeing with who, nothing given or no one to give it to ("I collected books": a
    # hobby), "to help" (volunteering to do something), not said, asked without a habit, a day not read
    ("She volunteer at an animal shelter.", None), ("He donate to charity.", None), ("Does she volunteers?", None),
    ("I has donated to charity.", None), ("We is raising money for charity.", None), ("I donated.", None),
    ("They raised money.", None), ("I collected books.", None), ("She volunteered to help.", None),
    ("I don't volunteer.", None), ("Do you donate to charity?", None),
    ("I volunteered at an animal shelter last summer.", None), ("Are you volunteering?", None),
    # review: "a volunteer" of "we", "they" (was "Họ là tình nguyện viên." …), "volunteers" of one
    ("They're a volunteer.", None), ("We are a volunteer.", None), ("Are they a volunteer?", None),
    ("They're a volunteer teacher.", None), ("She is volunteers.", None), ("She's a volunteer nurses.", None),
    # review: "volunteered" with no place is offered as often as not, "xung phong" (was "Tôi đã làm tình nguyện.")
    ("I volunteered.", None), ("He volunteered.", None), ("She's volunteered.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi làm tình nguyện ở trại trẻ mồ côi.", "en", "vi") is None
    assert translate("I volunteer at an orphanage.", "vi", "en") is None
    assert translate("I volunteer at an orphanage.", "en", "fr") is None
