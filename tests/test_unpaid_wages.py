"""Wages owed, paid late or not yet paid, pay not yet in, and the day of the month someone gets paid, both ways
(mt/unpaid_wages.py)."""
import pytest

from mt.unpaid_wages import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My debt company.", "The debt company has been debty for me two months.", "My company still has my
    # salaries.", "The boss debt we debt three months."
    ("Công ty nợ lương tôi.", "The company owes me wages."),
    ("Công ty tôi nợ lương tôi.", "My company owes me wages."),
    ("Công ty nợ lương tôi hai tháng rồi.", "The company has owed me two months' wages."),
    ("Công ty tôi vẫn còn nợ lương tôi.", "My company still owes me wages."),
    ("Sếp nợ lương chúng tôi ba tháng.", "Our boss owes us three months' wages."),
    ("Công ty có nợ lương bạn không?", "Does the company owe you wages?"),
    ("Công ty có còn nợ lương bạn không?", "Does the company still owe you wages?"),
    ("Công ty không nợ lương tôi.", "The company doesn't owe me any wages."),
    ("Nhà máy nợ lương mẹ tôi một tháng.", "The factory owes my mother a month's wages."),
    # v8: "The company slows the wages two months.", "My company is slowing to wage.", "The company has slowed wages."
    ("Công ty chậm lương hai tháng rồi.", "The company is two months behind with the wages."),
    ("Công ty chậm trả lương cho chúng tôi hai tháng rồi.", "The company is two months behind with our wages."),
    ("Công ty tôi đang chậm lương.", "My company is behind with the wages."),
    ("Công ty lại chậm lương rồi.", "The company is late with the wages again."),
    ("Công ty chậm lương rồi.", "The company is late with the wages."),
    ("Công ty đang chậm trả lương cho chúng tôi.", "The company is behind with our wages."),
    ("Công ty lại chậm trả lương cho mẹ tôi.", "The company is late with my mother's wages again."),
    # v8: "The boss pays later.", "My company or pay late."
    ("Sếp trả lương muộn.", "The boss pays wages late."),
    ("Công ty tôi hay trả lương muộn.", "My company often pays wages late."),
    ("Sếp tôi luôn trả lương cho chúng tôi muộn.", "My boss always pays us late."),
    ("Công ty bạn có trả lương muộn không?", "Does your company pay wages late?"),
    ("Công ty tôi không bao giờ trả lương muộn.", "My company never pays wages late."),
    ("Cửa hàng không trả lương chậm.", "The shop doesn't pay wages late."),
    ("Tháng trước công ty trả lương muộn.", "The company paid wages late last month."),
    # v8: "This month is not yet returned.", "The previous month was not yet returned.", "Is this month?"
    ("Lương tháng này chưa về.", "This month's pay hasn't come in yet."),
    ("Lương tháng trước vẫn chưa về.", "Last month's pay still hasn't come in."),
    ("Lương tháng này về chưa?", "Has this month's pay come in yet?"),
    ("Lương của tôi vẫn chưa về.", "My pay still hasn't come in."),
    ("Lương tháng này của mẹ tôi chưa về.", "My mother's pay for this month hasn't come in yet."),
    ("Lương tháng trước chưa được trả.", "Last month's wages haven't been paid yet."),
    ("Lương tháng này đã được trả chưa?", "Have this month's wages been paid yet?"),
    ("Lương tháng này về rồi.", "This month's pay has come in."),
    # v8 (right or near): "This month, I haven't been paid.", "I have not been paid for two months.", "This month,
    # do you have paid for?", "The company has not yet paid for us two months."
    ("Tháng này tôi chưa được trả lương.", "I haven't been paid this month."),
    ("Tôi chưa được trả lương hai tháng rồi.", "I haven't been paid for two months."),
    ("Hai tháng nay mẹ tôi chưa được trả lương.", "My mother hasn't been paid for two months."),
    ("Tháng này anh ấy vẫn chưa được trả lương.", "He still hasn't been paid this month."),
    ("Tháng này tôi chưa nhận được lương.", "I haven't been paid this month."),
    ("Tháng này bạn đã được trả lương chưa?", "Have you been paid this month?"),
    ("Công ty chưa trả lương cho chúng tôi hai tháng rồi.", "The company hasn't paid us for two months."),
    ("Tháng này công ty chưa trả lương cho tôi.", "The company hasn't paid me this month."),
    ("Công ty đã trả lương cho bạn chưa?", "Has the company paid you yet?"),
    ("Sếp chưa trả lương cho tôi.", "My boss hasn't paid me yet."),
    ("Công ty vẫn chưa trả lương cho Lan.", "The company still hasn't paid Lan."),
    # v8: "I was paid for the day of the year's blind.", "I was paid at the end of the month." (a habit as the past),
    # "My mother is paid on the 15th of every month."
    ("Tôi được trả lương vào ngày mùng năm.", "I get paid on the fifth."),
    ("Tôi được trả lương vào cuối tháng.", "I get paid at the end of the month."),
    ("Mẹ tôi được trả lương vào ngày 15 hàng tháng.", "My mother gets paid on the 15th of every month."),
    ("Bạn có được trả lương vào cuối tháng không?", "Do you get paid at the end of the month?"),
    ("Lan thường nhận lương vào ngày 22 hàng tháng.", "Lan usually gets paid on the 22nd of every month."),
    ("Chúng tôi được trả lương vào ngày mùng 5.", "We get paid on the 5th."),
    ("Anh ấy thường được trả lương vào giữa tháng.", "He usually gets paid in the middle of the month."),
    # not: whose pay ("Lương chưa về."), "chậm lương" or "trả lương muộn" bare or with "lại" (a habit, or this
    # once?), no "có" asking, "anh" alone as whom or who, a pet, no month (mt/earnings.py), last month not paid (not,
    # or not yet?), "mùng" past the tenth, "đã" paid on a day, "nhỉ", money owed (mt/loans.py), "hai tháng nay" behind,
    # "chậm lương" as a habit, a payer paying on a day, every month said twice
    ("Lương chưa về.", None), ("Công ty chậm lương.", None), ("Công ty lại trả lương muộn.", None),
    ("Sếp trả lương muộn không?", None), ("Công ty nợ lương tôi?", None), ("Công ty nợ lương anh.", None),
    ("Anh được trả lương vào cuối tháng.", None), ("Con chó của tôi được trả lương vào cuối tháng.", None),
    ("Tôi chưa được trả lương.", None), ("Tháng trước tôi chưa được trả lương.", None),
    ("Tôi được trả lương vào ngày mùng 15.", None), ("Tôi đã được trả lương vào ngày mùng năm.", None),
    ("Lương tháng này chưa về nhỉ.", None), ("Công ty nợ tiền tôi.", None), ("Lương của tôi thấp.", None),
    ("Công ty chậm lương hai tháng nay.", None), ("Công ty nợ lương tôi rồi.", None),
    ("Công ty không bao giờ trả lương muộn không?", None), ("The company owes me wages.", None),
    ("Lương lương lương.", None), ("Sếp hay chậm trả lương cho chúng tôi.", None),
    ("Công ty trả lương vào ngày mùng mười.", None), ("Tôi được trả lương vào cuối mỗi tháng hàng tháng.", None),
    # (review) a pet as whom or whose, owed, paid or behind with: pets earn no wages
    ("Công ty nợ lương con chó của tôi.", None), ("Công ty chưa trả lương cho con mèo của tôi.", None),
    ("Sếp trả lương cho con chó của tôi muộn.", None), ("Công ty chậm trả lương cho con mèo của tôi rồi.", None),
    ("Lương của con mèo của tôi chưa về.", None), ("Lương con chó tôi chưa về.", None),
    # (review) a name alone right after "Lương" may be a full name, the surname Lương: "Lương Lan hasn't come home."
    ("Lương Lan chưa về.", None), ("Lương Hùng về rồi.", None),
    ("Lương của Lan chưa về.", "Lan's pay hasn't come in yet."),
    ("Lương tháng này của Lan chưa về.", "Lan's pay for this month hasn't come in yet."),
    ("Lương mẹ tôi chưa về.", "My mother's pay hasn't come in yet."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Công ty này kêu gọi tôi tiền lương.", "Công ty đã kêu gọi tôi lương 2 tháng.", "Công ty vẫn còn tiền
    # lương?"
    ("The company owes me wages.", "Công ty nợ lương tôi."),
    ("My company owes me wages.", "Công ty tôi nợ lương tôi."),
    ("The company has owed me two months' wages.", "Công ty nợ lương tôi hai tháng rồi."),
    ("The company owes me a month's wages.", "Công ty nợ lương tôi một tháng."),
    ("My boss owes us three months' wages.", "Sếp tôi nợ lương chúng tôi ba tháng."),
    ("Does the company still owe you wages?", "Công ty còn nợ lương bạn không?"),
    ("Does your company owe you any wages?", "Công ty bạn có nợ lương bạn không?"),
    ("The company doesn't owe me any wages.", "Công ty không nợ lương tôi."),
    # v8: "Công ty này đứng sau hai tháng với mức lương của chúng ta.", "Công ty này trễ với mức lương này."
    ("The company is two months behind with our wages.", "Công ty chậm trả lương cho chúng tôi hai tháng rồi."),
    ("The company is two months behind on wages.", "Công ty chậm lương hai tháng rồi."),
    ("My company is behind with the wages.", "Công ty tôi đang chậm lương."),
    ("The company is late with the wages again.", "Công ty lại chậm lương."),
    ("The company's late with the wages.", "Công ty chậm lương rồi."),
    # v8: "Sếp tôi trả tiền cho chúng tôi muộn.", "Công ty của bạn có thường trả tiền lương trễ không?"
    ("My boss pays us late.", "Sếp tôi trả lương cho chúng tôi muộn."),
    ("My boss always pays us late.", "Sếp tôi luôn trả lương cho chúng tôi muộn."),
    ("Does your company often pay wages late?", "Công ty bạn có hay trả lương muộn không?"),
    ("The company never pays wages late.", "Công ty không bao giờ trả lương muộn."),
    ("The company paid wages late last month.", "Tháng trước công ty trả lương muộn."),
    # v8: "Tiền trả của tháng này vẫn chưa đến.", "Tiền trả của tháng này vẫn chưa?", "Tiền trả của tháng trước vẫn
    # chưa đến."
    ("This month's pay hasn't come in yet.", "Lương tháng này chưa về."),
    ("Has this month's pay come in yet?", "Lương tháng này về chưa?"),
    ("Last month's pay still hasn't come in.", "Lương tháng trước vẫn chưa về."),
    ("My pay still hasn't come in.", "Lương của tôi vẫn chưa về."),
    ("My mother's pay for this month hasn't come in yet.", "Lương tháng này của mẹ tôi chưa về."),
    ("This month's wages haven't been paid yet.", "Lương tháng này chưa được trả."),
    ("Have this month's wages been paid yet?", "Lương tháng này đã được trả chưa?"),
    ("This month's pay has come in.", "Lương tháng này về rồi."),
    # v8: "Tháng này tôi không trả tiền." (I don't pay), "Cô ấy không được trả tiền trong vòng hai tháng.", "Công ty
    # này không trả tiền cho chúng tôi trong vòng hai tháng."
    ("I haven't been paid this month.", "Tháng này tôi chưa được trả lương."),
    ("She hasn't been paid for two months.", "Cô ấy chưa được trả lương hai tháng rồi."),
    ("My father still hasn't been paid for three months.", "Bố tôi vẫn chưa được trả lương ba tháng rồi."),
    ("Have you been paid this month?", "Tháng này bạn đã được trả lương chưa?"),
    ("We've not been paid this month.", "Tháng này chúng tôi chưa được trả lương."),
    ("Our company hasn't paid us for two months.", "Công ty chúng tôi chưa trả lương cho chúng tôi hai tháng rồi."),
    ("My company hasn't paid me this month.", "Tháng này công ty tôi chưa trả lương cho tôi."),
    ("Has your company paid you yet?", "Công ty bạn đã trả lương cho bạn chưa?"),
    ("My boss hasn't paid me yet.", "Sếp tôi chưa trả lương cho tôi."),
    ("The boss still hasn't paid us.", "Sếp vẫn chưa trả lương cho chúng tôi."),
    # v8: "Tôi được trả tiền thứ năm." (Thursday), "Tôi đã trả tiền vào cuối tháng." (I paid), "Mẹ tôi được trả tiền
    # vào ngày 15 hàng tháng."
    ("I get paid on the fifth.", "Tôi được trả lương vào ngày mùng năm."),
    ("I get paid at the end of the month.", "Tôi được trả lương vào cuối tháng."),
    ("My mother gets paid on the 15th of every month.", "Mẹ tôi được trả lương vào ngày 15 hàng tháng."),
    ("Do you get paid at the end of the month?", "Bạn có được trả lương vào cuối tháng không?"),
    ("Lan usually gets paid on the 22nd of every month.", "Lan thường được trả lương vào ngày 22 hàng tháng."),
    ("He usually gets paid at the end of every month.", "Anh ấy thường được trả lương vào cuối mỗi tháng."),
    ("Does your father get paid in the middle of the month?", "Bố bạn có được trả lương vào giữa tháng không?"),
    ("We get paid on the 5th.", "Chúng tôi được trả lương vào ngày mùng 5."),
    # not: the verb not agreeing ("She get", "The company owe", "Have this month's pay"), an ordinal miswritten,
    # "has owed" with no months, money owed (mt/loans.py), no month (mt/earnings.py), a pet, paid in the past, a "?"
    # on a statement, the rent, "one months'", the other way's language, a payer paying on a day, "usually" asked
    ("She get paid on the fifth.", None), ("I get paid on the 5st.", None), ("The company owe me wages.", None),
    ("Does the company owes me wages?", None), ("The company has owed me wages.", None),
    ("The company owes me money.", None), ("I haven't been paid yet.", None), ("My dog gets paid on the fifth.", None),
    ("I got paid on the fifth.", None), ("This month's pay hasn't come in yet?", None),
    ("Have this month's pay come in yet?", None), ("The company is two months behind with the rent.", None),
    ("The company owes me one months' wages.", None), ("Has this month's pay come in yet", None),
    ("Công ty nợ lương tôi.", None), ("The boss is behind with his work.", None),
    ("The company pays wages on the tenth.", None), ("Do you usually get paid on the fifth?", None),
    # (review) a pet as whom or whose
    ("The company owes my dog wages.", None), ("The company is late with my dog's wages.", None),
    ("The boss pays my cat late.", None), ("The company hasn't paid my cat.", None),
    ("Has the company paid my dog yet?", None), ("My dog's pay hasn't come in yet.", None),
    # (review) paying whom, wages unsaid, by a company, shop, restaurant or factory not whom's own: a supplier is paid
    # too, for goods (an invoice, not "lương")
    ("The company hasn't paid us for two months.", None), ("The company hasn't paid me this month.", None),
    ("Has the company paid you yet?", None), ("The company still hasn't paid us.", None),
    ("Your company hasn't paid us yet.", None), ("Your company pays us late.", None),
    ("The shop hasn't paid us yet.", None), ("The restaurant pays me late.", None),
    ("The restaurant paid us late last month.", None), ("The factory hasn't paid us for two months.", None),
    ("The company has not paid me.", None),
    ("My company always pays us late.", "Công ty tôi luôn trả lương cho chúng tôi muộn."),
    ("Her company hasn't paid her for two months.", "Công ty cô ấy chưa trả lương cho cô ấy hai tháng rồi."),
    ("The boss paid me late last month.", "Tháng trước sếp trả lương cho tôi muộn."),
    ("The company pays wages late.", "Công ty trả lương muộn."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
