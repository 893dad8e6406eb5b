"""Insurance had, bought, renewed or expired, a company paying for it, and the insurance paying, both ways
(mt/insurance.py)."""
import pytest

from mt.insurance import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you have a motor insurance?", "I have no travel insurance.", "My mother had life insurance."
    ("Bạn có bảo hiểm xe máy không?", "Do you have motorbike insurance?"),
    ("Tôi chưa có bảo hiểm du lịch.", "I don't have travel insurance yet."),
    ("Mẹ tôi có bảo hiểm nhân thọ.", "My mother has life insurance."),
    ("Tôi có bảo hiểm y tế.", "I have health insurance."),
    ("Anh ấy không có bảo hiểm.", "He doesn't have insurance."),
    ("Tôi có bảo hiểm y tế rồi.", "I already have health insurance."),
    ("Lan có bảo hiểm du lịch không?", "Does Lan have travel insurance?"),
    ("Bạn đã có bảo hiểm du lịch chưa?", "Do you have travel insurance yet?"),
    ("Cô ấy vẫn chưa có bảo hiểm.", "She still doesn't have insurance."),
    ("Chúng tôi có bảo hiểm ô tô ạ.", "We have car insurance."),
    # v8: "I bought medical insurance.", "Have you bought tourism insurance yet?"
    ("Tôi mua bảo hiểm y tế rồi.", "I've bought health insurance."),
    ("Bạn đã mua bảo hiểm du lịch chưa?", "Have you bought travel insurance yet?"),
    ("Cô ấy đã mua bảo hiểm nhân thọ.", "She bought life insurance."),
    ("Chúng tôi vừa mua bảo hiểm ô tô.", "We've just bought car insurance."),
    ("Tôi chưa mua bảo hiểm.", "I haven't bought insurance yet."),
    ("Tôi mua bảo hiểm nhân thọ cho mẹ tôi rồi.", "I've bought life insurance for my mother."),
    ("Bạn có cần mua bảo hiểm du lịch không?", "Do you need to buy travel insurance?"),
    ("Anh ấy phải mua bảo hiểm xe máy.", "He has to buy motorbike insurance."),
    ("Bố tôi sẽ mua bảo hiểm xe hơi.", "My father will buy car insurance."),
    ("Bạn không cần mua bảo hiểm du lịch.", "You don't need to buy travel insurance."),
    # v8: "I have to limit my insurance.", "Are you insistent?"
    ("Tôi phải gia hạn bảo hiểm.", "I have to renew my insurance."),
    ("Bạn gia hạn bảo hiểm chưa?", "Have you renewed your insurance yet?"),
    ("Mẹ tôi quên gia hạn bảo hiểm y tế.", "My mother forgot to renew her health insurance."),
    ("Tôi chưa gia hạn bảo hiểm xe máy.", "I haven't renewed my motorbike insurance yet."),
    ("Chúng tôi đã gia hạn bảo hiểm rồi.", "We've renewed our insurance."),
    ("Bác Lan phải gia hạn bảo hiểm.", "Aunt Lan has to renew her insurance."),
    # v8: "Insurance out of time.", "My insurance is expired.", "My motor insurance is going to be limited.",
    # "My medical insurance tag expired."
    ("Bảo hiểm hết hạn rồi.", "The insurance has expired."),
    ("Bảo hiểm của tôi hết hạn rồi.", "My insurance has expired."),
    ("Bảo hiểm xe máy của tôi sắp hết hạn.", "My motorbike insurance is about to expire."),
    ("Thẻ bảo hiểm y tế của tôi hết hạn rồi.", "My health insurance card has expired."),
    ("Bảo hiểm y tế của mẹ tôi hết hạn rồi.", "My mother's health insurance has expired."),
    ("Bảo hiểm của bạn hết hạn chưa?", "Has your insurance expired yet?"),
    ("Bảo hiểm của tôi chưa hết hạn.", "My insurance hasn't expired yet."),
    ("Bảo hiểm ô tô của Lan vừa hết hạn.", "Lan's car insurance has just expired."),
    ("Bảo hiểm của anh ấy đã hết hạn.", "His insurance has expired."),
    # v8: "The company paid insurance for me.", "Is the company paying medical insurance for you?"
    ("Công ty trả bảo hiểm cho tôi.", "My company pays for my insurance."),
    ("Công ty có trả bảo hiểm y tế cho bạn không?", "Does your company pay for your health insurance?"),
    ("Công ty không trả bảo hiểm cho mẹ tôi.", "My mother's company doesn't pay for her insurance."),
    ("Công ty tôi đóng bảo hiểm cho tôi.", "My company pays for my insurance."),
    ("Công ty trả bảo hiểm cho anh ấy.", "His company pays for his insurance."),
    # v8: "The insurance paid for me.", "The insurance hasn't paid for me.", "Insurance paid the car edition."
    ("Bảo hiểm đã trả tiền viện phí cho tôi.", "The insurance paid my hospital bill."),
    ("Bảo hiểm chưa trả tiền cho tôi.", "The insurance hasn't paid me yet."),
    ("Bảo hiểm trả tiền viện phí cho tôi rồi.", "The insurance has paid my hospital bill."),
    ("Bảo hiểm sẽ trả tiền viện phí cho mẹ tôi.", "The insurance will pay my mother's hospital bill."),
    ("Công ty bảo hiểm chưa trả tiền sửa xe máy cho tôi.",
     "The insurance company hasn't paid for my motorbike repairs yet."),
    ("Bảo hiểm đã trả tiền cho tôi chưa?", "Has the insurance paid me yet?"),
    ("Bảo hiểm đã không trả tiền cho tôi.", "The insurance didn't pay me."),
    ("Bảo hiểm du lịch đã chi trả viện phí.", "The travel insurance paid the hospital bill."),
    ("Bảo hiểm đã trả tiền sửa chữa.", "The insurance paid for the repairs."),
    # not: a helmet (mt/safety_gear.py), bare "mua", "hết hạn", "trả", "không trả" (now, done or to come?), "đã có"
    # said (has or had?), "anh" saying it, a pet, a "?" on a statement, "có … không?" of buying or paying, "nhỉ" on a
    # statement, renewing for a name alone (his or hers?), "xe" alone repaired, a company paying for a name, English
    ("Tôi đội mũ bảo hiểm rồi.", None), ("Tôi mua bảo hiểm y tế.", None), ("Bảo hiểm hết hạn.", None),
    ("Bảo hiểm trả tiền viện phí cho tôi.", None), ("Bảo hiểm không trả tiền cho tôi.", None),
    ("Tôi đã có bảo hiểm y tế.", None), ("Anh có bảo hiểm y tế.", None), ("Con chó của tôi có bảo hiểm.", None),
    ("Bảo hiểm của tôi hết hạn rồi?", None), ("Bạn có mua bảo hiểm du lịch không?", None),
    ("Bảo hiểm có trả tiền viện phí không?", None), ("Bảo hiểm hết hạn rồi nhỉ.", None),
    ("Lan phải gia hạn bảo hiểm.", None), ("Bảo hiểm đã trả tiền sửa xe.", None),
    ("Công ty trả bảo hiểm cho Lan.", None), ("My insurance has expired.", None), ("Tôi có bảo hiểm.?!x", None),
    ("Công ty tôi trả bảo hiểm cho bạn.", None), ("Tôi gia hạn bảo hiểm cho mẹ tôi rồi.", None),
    ("Tôi đã mua bảo hiểm chưa?", None), ("Bạn có bảo hiểm chưa không?", None),
    ("Bảo hiểm xe của tôi hết hạn rồi.", None),
    # the phrasebook's list says it too, the same
    ("Tôi có bảo hiểm du lịch.", "I have travel insurance."),
    # bought for oneself: "for myself", not "for me"; left where whom may be who or another ("cho mình" after
    # another: himself or me? "Anh ấy … cho anh ấy", "Họ … cho họ"; "chúng ta" after "chúng tôi")
    ("Tôi mua bảo hiểm y tế cho tôi rồi.", "I've bought health insurance for myself."),
    ("Tôi mua bảo hiểm y tế cho mình rồi.", "I've bought health insurance for myself."),
    ("Chúng tôi đã mua bảo hiểm cho chúng tôi.", "We bought insurance for ourselves."),
    ("Bạn đã mua bảo hiểm cho bạn chưa?", "Have you bought insurance for yourself yet?"),
    ("Bạn đã mua bảo hiểm cho mình chưa?", None), ("Anh ấy mua bảo hiểm cho mình rồi.", None),
    ("Mẹ tôi đã mua bảo hiểm cho mình.", None), ("Họ đã mua bảo hiểm cho họ.", None),
    ("Anh ấy đã mua bảo hiểm cho anh ấy.", None), ("Chúng tôi đã mua bảo hiểm cho chúng ta.", None),
    ("Mẹ tôi mua bảo hiểm cho mẹ tôi rồi.", None),
    # not: the insurance paying a pet (v: "The insurance paid my dog.", "… for my cat's motorbike repairs.")
    ("Bảo hiểm đã trả tiền cho con chó của tôi.", None), ("Bảo hiểm đã trả tiền viện phí cho con chó của tôi.", None),
    ("Bảo hiểm đã trả tiền sửa xe máy cho con mèo của tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi có bảo hiểm cuộc sống." (life as living)
    ("Do you have motorbike insurance?", "Bạn có bảo hiểm xe máy không?"),
    ("I don't have travel insurance yet.", "Tôi chưa có bảo hiểm du lịch."),
    ("My mother has life insurance.", "Mẹ tôi có bảo hiểm nhân thọ."),
    ("She has health insurance.", "Cô ấy có bảo hiểm y tế."),
    ("Does Lan have travel insurance?", "Lan có bảo hiểm du lịch không?"),
    ("We already have car insurance.", "Chúng tôi có bảo hiểm ô tô rồi."),
    ("He doesn't have insurance.", "Anh ấy không có bảo hiểm."),
    ("Do you have travel insurance yet?", "Bạn đã có bảo hiểm du lịch chưa?"),
    # v8: "Tôi đã mua bảo hiểm y tế." (fine)
    ("I've bought health insurance.", "Tôi mua bảo hiểm y tế rồi."),
    ("I bought health insurance.", "Tôi đã mua bảo hiểm y tế."),
    ("Have you bought travel insurance yet?", "Bạn đã mua bảo hiểm du lịch chưa?"),
    ("She's just bought travel insurance.", "Cô ấy vừa mua bảo hiểm du lịch."),
    ("I bought life insurance for my mother.", "Tôi đã mua bảo hiểm nhân thọ cho mẹ tôi."),
    ("Does he need to buy travel insurance?", "Anh ấy có cần mua bảo hiểm du lịch không?"),
    ("I don't have to buy insurance.", "Tôi không phải mua bảo hiểm."),
    ("We haven't bought car insurance yet.", "Chúng tôi chưa mua bảo hiểm ô tô."),
    ("Did you buy travel insurance?", "Bạn có mua bảo hiểm du lịch không?"),
    # v8: "Tôi phải đổi mới bảo hiểm.", "Bạn có phục hồi bảo hiểm của mình chưa?"
    ("I have to renew my insurance.", "Tôi phải gia hạn bảo hiểm."),
    ("Have you renewed your insurance yet?", "Bạn đã gia hạn bảo hiểm chưa?"),
    ("My father forgot to renew his insurance.", "Bố tôi quên gia hạn bảo hiểm."),
    ("I haven't renewed my motorbike insurance yet.", "Tôi chưa gia hạn bảo hiểm xe máy."),
    ("She needs to renew her health insurance.", "Cô ấy cần gia hạn bảo hiểm y tế."),
    # v8: "Món bảo hiểm ô tô của tôi sắp nổ." (explode)
    ("The insurance has expired.", "Bảo hiểm hết hạn rồi."),
    ("My insurance has expired.", "Bảo hiểm của tôi hết hạn rồi."),
    ("My car insurance is about to expire.", "Bảo hiểm ô tô của tôi sắp hết hạn."),
    ("My health insurance card has expired.", "Thẻ bảo hiểm y tế của tôi hết hạn rồi."),
    ("My mother's health insurance has expired.", "Bảo hiểm y tế của mẹ tôi hết hạn rồi."),
    ("Has your insurance expired yet?", "Bảo hiểm của bạn hết hạn chưa?"),
    ("My insurance hasn't expired yet.", "Bảo hiểm của tôi chưa hết hạn."),
    ("Lan's car insurance just expired.", "Bảo hiểm ô tô của Lan vừa hết hạn."),
    ("Her travel insurance expires soon.", "Bảo hiểm du lịch của cô ấy sắp hết hạn."),
    # v8: "Công ty của tôi trả tiền bảo hiểm của tôi."
    ("My company pays for my insurance.", "Công ty trả bảo hiểm cho tôi."),
    ("Does your company pay for your health insurance?", "Công ty có trả bảo hiểm y tế cho bạn không?"),
    ("My mother's company doesn't pay for her insurance.", "Công ty không trả bảo hiểm cho mẹ tôi."),
    ("His employer pays for his health insurance.", "Công ty trả bảo hiểm y tế cho anh ấy."),
    # v8: "Bảo hiểm thanh toán hóa đơn bệnh viện của tôi.", "Bảo hiểm được thanh toán cho sửa chữa xe hơi."
    ("The insurance paid my hospital bill.", "Bảo hiểm đã trả tiền viện phí cho tôi."),
    ("The insurance didn't pay me.", "Bảo hiểm không trả tiền cho tôi."),
    ("The insurance paid for the car repairs.", "Bảo hiểm đã trả tiền sửa ô tô."),
    ("The insurance company hasn't paid me yet.", "Công ty bảo hiểm chưa trả tiền cho tôi."),
    ("Has the insurance paid your hospital bill yet?", "Bảo hiểm đã trả tiền viện phí cho bạn chưa?"),
    ("The insurance will pay for my motorbike repairs.", "Bảo hiểm sẽ trả tiền sửa xe máy cho tôi."),
    ("The insurance won't pay for the repairs.", "Bảo hiểm sẽ không trả tiền sửa chữa."),
    ("The travel insurance has paid my mother's hospital bill.", "Bảo hiểm du lịch trả tiền viện phí cho mẹ tôi rồi."),
    # not: the verb not agreeing, renewing another's, a company paying for another's, "the company", buying "my
    # insurance", "'s to", "my repairs" (of what?), "expires" bare, "the insurance doesn't pay" (coverage), a
    # question without "?", Vietnamese, an insurance policy, helmets
    ("She have health insurance.", None), ("Does he has insurance?", None), ("I has bought insurance.", None),
    ("I renewed your insurance.", None), ("My company pays for your insurance.", None),
    ("The company pays for my insurance.", None), ("I bought my insurance.", None), ("She's to buy insurance.", None),
    ("The insurance paid for my repairs.", None), ("My insurance expires.", None),
    ("The insurance doesn't pay for hospital bills.", None), ("Do you have travel insurance.", None),
    ("Bảo hiểm của tôi hết hạn rồi.", None), ("I have an insurance policy.", None), ("I forgot my helmet.", None),
    ("My company pay for my insurance.", None), ("I renew my insurance.", None),
    # not: bought for who themselves ("for me": for myself, or "him" another?), the insurance paying a pet, a pet
    # having or buying it (left as Vietnamese leaves it)
    ("I bought insurance for me.", None), ("He bought insurance for him.", None), ("We bought insurance for us.", None),
    ("The insurance paid my dog.", None), ("The insurance paid my dog's hospital bill.", None),
    ("My dog has insurance.", None), ("My dog bought insurance.", None), ("Does your cat have insurance?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
