"""Renting a home: renting, looking for a room to rent, the rent and the landlord, both ways (mt/tenancy.py)."""
import pytest

from mt.tenancy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm hiring my house.", "I hired a small room near school.", "I'm hiring apartment.", "Where do you hire
    # the house?"
    ("Tôi đang thuê nhà.", "I'm renting."),
    ("Tôi thuê nhà.", "I rent."),
    ("Chị tôi đang thuê nhà.", "My sister is renting."),
    ("Bạn có thuê nhà không?", "Do you rent?"),
    ("Bạn có đang thuê nhà không?", "Are you renting?"),
    ("Tôi thuê một căn phòng nhỏ gần trường.", "I rent a small room near the school."),
    ("Tôi đang thuê một căn hộ.", "I'm renting a flat."),
    ("Lan đang thuê một căn hộ ở trung tâm.", "Lan is renting a flat in the centre."),
    ("Chúng tôi thuê một căn nhà.", "We rent a house."),
    ("Mẹ tôi không thuê nhà.", "My mother doesn't rent."),
    ("Anh ấy vẫn đang thuê nhà.", "He's still renting."),
    ("Bạn thuê nhà ở đâu?", "Where do you rent?"),
    ("Cô ấy đang thuê nhà ở đâu?", "Where is she renting?"),
    # v8: "I'm in the whole.", "My son is in a whole school.", "Are you in the whole?"
    ("Tôi ở trọ.", "I live in a rented room."),
    ("Con trai tôi đang ở trọ gần trường.", "My son is living in a rented room near the school."),
    ("Bạn có ở trọ không?", "Do you live in a rented room?"),
    ("Bạn ở trọ ở đâu?", "Where do you rent a room?"),
    # v8: "I'm looking for the room.", "I'd like a whole room.", "I searched for a whole room."
    ("Tôi đang tìm phòng trọ.", "I'm looking for a room to rent."),
    ("Tôi muốn tìm phòng trọ.", "I want to find a room to rent."),
    ("Chị tôi cần tìm căn hộ để thuê.", "My sister needs to find a flat to rent."),
    ("Tôi đang tìm nhà để thuê.", "I'm looking for a place to rent."),
    ("Bạn có đang tìm phòng trọ không?", "Are you looking for a room to rent?"),
    ("Tôi tìm được phòng trọ rồi.", "I've found a room to rent."),
    ("Chúng tôi vừa tìm được một căn hộ để thuê.", "We've just found a flat to rent."),
    ("Tôi chưa tìm được phòng trọ.", "I haven't found a room to rent yet."),
    ("Bạn tìm được phòng trọ chưa?", "Have you found a room to rent yet?"),
    # v8: "How many months are the home?", "How many months are your homes?", "My home is 5 million a month."
    ("Tiền nhà bao nhiêu một tháng?", "How much is the rent a month?"),
    ("Tiền thuê nhà một tháng bao nhiêu?", "How much is the rent a month?"),
    ("Tiền nhà của bạn bao nhiêu một tháng?", "How much is your rent a month?"),
    ("Tiền trọ của bạn là bao nhiêu?", "How much is your rent?"),
    ("Tiền nhà tháng này bao nhiêu?", "How much is this month's rent?"),
    ("Tiền nhà của tôi là 5 triệu một tháng.", "My rent is VND5 million a month."),
    ("Tiền thuê nhà là 5 triệu đồng mỗi tháng.", "The rent is VND5 million a month."),
    # v8: "This month's rent was up.", "The money is going to rise."
    ("Tiền thuê nhà tháng này tăng.", "The rent went up this month."),
    ("Tháng trước tiền nhà lại tăng.", "The rent went up again last month."),
    ("Tháng sau tiền nhà sẽ tăng.", "The rent is going up next month."),
    ("Tiền trọ lại tăng rồi.", "The rent has gone up again."),
    ("Tiền thuê nhà của tôi vừa tăng.", "My rent has just gone up."),
    # v8: "I haven't paid this month.", "I've paid home.", "I have to pay my home in early months."
    ("Tôi chưa trả tiền nhà tháng này.", "I haven't paid this month's rent yet."),
    ("Tôi đã trả tiền nhà rồi.", "I've paid the rent."),
    ("Mẹ tôi vừa đóng tiền nhà.", "My mother has just paid the rent."),
    ("Bạn đã trả tiền nhà chưa?", "Have you paid the rent yet?"),
    ("Anh ấy đóng tiền trọ chưa?", "Has he paid the rent yet?"),
    ("Tôi phải trả tiền nhà vào đầu tháng.", "I have to pay the rent at the start of the month."),
    ("Chúng tôi trả tiền nhà vào cuối tháng.", "We pay the rent at the end of the month."),
    # v8: "My home is very good.", "My home is very difficult to calculate.", "Are your owner good?", "The owner
    # demands increased home money."
    ("Chủ nhà của tôi rất tốt.", "My landlord is very nice."),
    ("Chủ nhà của tôi rất khó tính.", "My landlord is very strict."),
    ("Chủ trọ rất dễ tính.", "The landlord is very easy-going."),
    ("Bà chủ nhà của tôi tốt bụng lắm.", "My landlady is very kind."),
    ("Chủ nhà của tôi không tốt lắm.", "My landlord isn't very nice."),
    ("Chủ nhà của bạn có khó tính không?", "Is your landlord strict?"),
    ("Chủ nhà của bạn là người thế nào?", "What's your landlord like?"),
    ("Chủ nhà đòi tăng tiền nhà.", "The landlord wants to raise the rent."),
    ("Chủ nhà định tăng giá thuê.", "The landlord is planning to raise the rent."),
    ("Chủ nhà của tôi vừa tăng tiền nhà.", "My landlord has just raised the rent."),
    ("Chủ trọ lại tăng tiền phòng trọ.", "The landlord has raised the rent again."),
    # not: wanting to rent (mt/rentals.py), a room alone (a hotel's?), renting done ("đã thuê": a holiday flat?), a
    # house looked for (to buy?), "nhà trọ" (a guesthouse), "chủ nhà" alone with a trait or how they are (a host
    # too), "tiền nhà" alone gone up or a sum (a house's price?), a plain "Tôi trả tiền nhà." (when?), "I" asked, a
    # pet as who, "anh" saying it, a "?" on a statement, "có" without "không", "nhỉ", hiring people, splitting
    # the rent (mt/flatmates.py), the landlord sending someone (mt/leaks.py), English, nonsense
    ("Tôi muốn thuê một căn hộ.", None), ("Tôi đang thuê phòng.", None), ("Tôi đã thuê một căn hộ.", None),
    ("Tôi đang tìm nhà.", None), ("Tôi đang tìm nhà trọ.", None), ("Chủ nhà rất khó tính.", None),
    ("Chủ nhà của bạn thế nào?", None), ("Tiền nhà của tôi tăng rồi.", None), ("Tiền nhà là 5 tỷ.", None),
    ("Tôi trả tiền nhà.", None), ("Tôi có thuê nhà không?", None), ("Con chó của tôi ở trọ.", None),
    ("Anh thuê nhà.", None), ("Bạn thuê nhà?", None), ("Bạn có thuê nhà?", None), ("Tôi thuê nhà nhỉ.", None),
    ("Công ty tôi đang thuê thêm người.", None), ("Chúng tôi chia đôi tiền nhà.", None),
    ("Chủ nhà sẽ cho người đến sửa.", None), ("Tiền nhà bao nhiêu?", None), ("Chủ nhà tăng tiền nhà.", None),
    ("I'm renting a flat.", None), ("Thuê nhà thuê nhà.", None), ("Tôi thuê gia sư.", None),
    # (reviewed: when the rent is due, left to keep the module short)
    ("Tiền nhà phải trả vào đầu tháng.", None), ("Bao giờ phải đóng tiền nhà?", None),
    # (reviewed: "tiền thuê phòng" with no month is a hotel room's price too; "tháng trước" after the paying may be when
    # it was paid: "I paid the rent last month", "I had to pay the rent last month", not last month's rent)
    ("Tiền thuê phòng bao nhiêu?", None), ("Tiền thuê phòng là 500 nghìn.", None),
    ("Tôi đã trả tiền thuê phòng rồi.", None), ("Bạn đã trả tiền thuê phòng chưa?", None),
    ("Tiền thuê phòng tăng rồi.", None), ("Tiền thuê phòng một tháng bao nhiêu?", "How much is the rent a month?"),
    ("Chủ nhà muốn tăng tiền thuê phòng.", "The landlord wants to raise the rent."),
    ("Tôi đã trả tiền nhà tháng trước.", None), ("Mẹ tôi đã trả tiền nhà tháng trước.", None),
    ("Tôi phải đóng tiền nhà tháng trước.", None), ("Anh ấy vừa trả tiền nhà tháng trước.", None),
    ("Tôi đã trả tiền nhà tháng trước rồi.", None),
    ("Tôi sẽ trả tiền nhà tháng trước.", "I will pay last month's rent."),
    ("Họ chưa trả tiền nhà tháng trước.", "They haven't paid last month's rent yet."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang quay lại một cái phẳng."
    ("I'm renting a flat.", "Tôi đang thuê một căn hộ."),
    ("I rent a small room near the school.", "Tôi thuê một căn phòng nhỏ gần trường."),
    ("We rent a house.", "Chúng tôi thuê một căn nhà."),
    ("My sister is renting an apartment.", "Em gái tôi đang thuê một căn hộ."),
    ("She's renting a place in the centre.", "Cô ấy đang thuê nhà ở trung tâm."),
    # (reviewed: asked or denied, the thing as Vietnamese says it, not "một …": was "Mẹ tôi không thuê một căn nhà.")
    ("Do you rent a flat?", "Bạn có thuê căn hộ không?"),
    ("My mother doesn't rent a house.", "Mẹ tôi không thuê nhà."),
    ("We don't rent a flat.", "Chúng tôi không thuê căn hộ."),
    ("I don't rent a cheap flat.", "Tôi không thuê căn hộ rẻ."),
    ("Is he renting a room near work?", "Anh ấy có đang thuê phòng gần chỗ làm không?"),
    ("Is she renting a cheap house?", "Cô ấy có đang thuê nhà rẻ không?"),
    ("Where do you rent?", "Bạn thuê nhà ở đâu?"),
    ("Where is Lan renting?", "Lan đang thuê nhà ở đâu?"),
    ("I live in a rented room.", "Tôi ở trọ."),
    ("He lives in a rented room near the school.", "Anh ấy ở trọ gần trường."),
    # v8: "Tôi đang tìm một căn phòng để thuê nhà."
    ("I'm looking for a room to rent.", "Tôi đang tìm phòng trọ."),
    ("We're looking for a flat to rent.", "Chúng tôi đang tìm căn hộ để thuê."),
    ("Are you looking for a place to rent?", "Bạn có đang tìm nhà để thuê không?"),
    ("She needs to find a room to rent.", "Cô ấy cần tìm phòng trọ."),
    ("Have you found a room to rent yet?", "Bạn tìm được phòng trọ chưa?"),
    ("I've found a flat to rent.", "Tôi đã tìm được căn hộ để thuê rồi."),
    ("I haven't found a room to rent yet.", "Tôi chưa tìm được phòng trọ."),
    # v8: "Tiền thuê giá bao nhiêu một tháng?" (odd)
    ("How much is the rent a month?", "Tiền nhà bao nhiêu một tháng?"),
    ("How much is your rent?", "Tiền thuê nhà của bạn bao nhiêu?"),
    ("How much is this month's rent?", "Tiền nhà tháng này bao nhiêu?"),
    ("My rent is 5 million dong a month.", "Tiền nhà của tôi là 5 triệu đồng một tháng."),
    # v8: "Tôi thuê nhà vào tháng này."
    ("The rent went up this month.", "Tháng này tiền nhà tăng."),
    ("My rent went up this month.", "Tháng này tiền nhà của tôi tăng."),
    ("My rent has gone up again.", "Tiền thuê nhà của tôi lại tăng rồi."),
    ("The rent has just gone up.", "Tiền thuê nhà vừa tăng."),
    ("The rent is going up next month.", "Tháng sau tiền nhà sẽ tăng."),
    # v8: "Tôi chưa trả tiền thuê nhà vào tháng này." (the "vào" odd), "Tôi trả tiền thuê nhà vào đầu tháng."
    ("I haven't paid this month's rent yet.", "Tôi chưa trả tiền nhà tháng này."),
    ("I've paid the rent.", "Tôi đã trả tiền nhà rồi."),
    ("She has just paid the rent.", "Cô ấy vừa trả tiền nhà."),
    ("Have you paid the rent yet?", "Bạn đã trả tiền nhà chưa?"),
    ("I have to pay the rent at the start of the month.", "Tôi phải trả tiền nhà vào đầu tháng."),
    ("I pay rent at the start of the month.", "Tôi trả tiền nhà vào đầu tháng."),
    ("My brother pays the rent at the end of the month.", "Anh trai tôi trả tiền nhà vào cuối tháng."),
    # v8: "Đất nước của tôi thật đẹp.", "Hạ cánh của tôi rất khắt khe.", "Đất nước này muốn huy động đất."
    ("My landlord is really nice.", "Chủ nhà của tôi rất tốt."),
    ("My landlord is very strict.", "Chủ nhà của tôi rất khó tính."),
    ("The landlord is very strict.", "Chủ nhà rất khó tính."),
    ("My landlady is very kind.", "Bà chủ nhà của tôi rất tốt bụng."),
    ("My landlord isn't very friendly.", "Chủ nhà của tôi không thân thiện lắm."),
    ("Is your landlord nice?", "Chủ nhà của bạn có tốt không?"),
    ("What's your landlord like?", "Chủ nhà của bạn là người như thế nào?"),
    ("The landlord wants to raise the rent.", "Chủ nhà muốn tăng tiền nhà."),
    ("The landlord is going to raise the rent.", "Chủ nhà sẽ tăng tiền nhà."),
    ("My landlord has raised the rent again.", "Chủ nhà của tôi lại tăng tiền nhà rồi."),
    ("The landlord has just raised the rent.", "Chủ nhà vừa tăng tiền nhà."),
    # not: renting alone ("I rent.", "I'm renting.": a car?), wanting to rent (mt/rentals.py), the verb not agreeing
    # with who, "I" asked, a pet as who, a "?" on a statement, "my landlord" asked what he is like, a sum without
    # dong, splitting the rent (mt/flatmates.py), the landlord sending someone (mt/leaks.py), Vietnamese, nonsense
    ("I rent.", None), ("I'm renting.", None), ("I'd like to rent a flat.", None), ("She rent a flat.", None),
    ("He are renting a flat.", None), ("Do I rent a flat?", None), ("My dog lives in a rented room.", None),
    ("I'm renting a flat?", None), ("What's my landlord like?", None), ("My rent is 5 million a month.", None),
    ("We split the rent.", None), ("The landlord will send someone to fix it.", None), ("My landlord nice.", None),
    ("The rent went up next month.", None), ("I pay the rent.", None), ("She have paid the rent.", None),
    ("Tôi đang thuê nhà.", None), ("Rent rent rent.", None), ("I rented a car.", None),
    ("The landlord raised the rent tomorrow.", None), ("Is your landlord very nice?", None),
    ("When is the rent due?", None), ("How much rent do you pay a month?", None),
    # (reviewed: one's own rent without "của": was "Mẹ tôi trả tiền nhà của cô ấy …", another woman's; another's kept)
    ("He has paid his rent.", "Anh ấy đã trả tiền nhà rồi."), ("Lan has paid her rent.", "Lan đã trả tiền nhà rồi."),
    ("My mother pays her rent at the start of the month.", "Mẹ tôi trả tiền nhà vào đầu tháng."),
    ("We pay our rent at the start of the month.", "Chúng tôi trả tiền nhà vào đầu tháng."),
    ("I have to pay my rent.", "Tôi phải trả tiền nhà."), ("I've just paid my rent.", "Tôi vừa trả tiền nhà."),
    ("I have paid his rent.", "Tôi đã trả tiền nhà của anh ấy rồi."),
    ("I pay your rent at the start of the month.", "Tôi trả tiền nhà của bạn vào đầu tháng."),
    # (reviewed: "mean" is unkind too, not only stingy)
    ("My landlord is mean.", None), ("My landlord is stingy.", "Chủ nhà của tôi keo kiệt."),
    # (reviewed: asked with "is", was written as a statement: "Cô ấy đã tìm được phòng trọ.")
    ("Is she found a room to rent?", None), ("Are you found a room to rent?", None),
    # (reviewed: "-s" after "does", "doesn't", "will", "has to" was taken, the agreement wrong)
    ("Does she rents a flat?", None), ("She doesn't rents a flat.", None), ("Do you lives in a rented room?", None),
    ("He has to pays the rent.", None), ("You will pays your rent at the start of the month.", None),
    # (reviewed: a bare "tốt" reads as "a good landlord", or as against another: was "Chủ nhà tốt.")
    ("The landlord is nice.", None), ("My landlord is nice.", None),
    ("My landlord is friendly.", "Chủ nhà của tôi thân thiện."),
    ("My landlord isn't nice.", "Chủ nhà của tôi không tốt."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
