"""Phone credit, mobile data and SIM cards: topping up, credit or data run out or left, a SIM card needed or asked
where, both ways (mt/phone_credit.py)."""
import pytest

from mt.phone_credit import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I need to load phone money.", "I have to load phone money.", "I want to load cards."
    ("Tôi cần nạp tiền điện thoại.", "I need to top up my phone."),
    ("Tôi cần nạp tiền vào điện thoại.", "I need to top up my phone."),
    ("Tôi phải nạp tiền điện thoại.", "I have to top up my phone."),
    ("Tôi muốn nạp thẻ.", "I want to top up."),
    ("Tôi muốn nạp thẻ điện thoại.", "I want to top up my phone."),
    ("Mẹ tôi cần nạp tiền điện thoại.", "My mother needs to top up her phone."),
    ("Chúng tôi cần nạp tiền điện thoại.", "We need to top up our phones."),
    ("Bạn có cần nạp tiền điện thoại không?", "Do you need to top up your phone?"),
    ("Tôi cần nạp tiền điện thoại cho mẹ tôi.", "I need to top up my mother's phone."),
    # v8: "Could you load phone money for me?", "Can you load phone money for me?"
    ("Bạn nạp tiền điện thoại giúp tôi được không?", "Can you top up my phone for me?"),
    ("Bạn có thể nạp tiền điện thoại cho tôi không?", "Can you top up my phone for me?"),
    ("Bạn có thể nạp tiền điện thoại giúp mẹ tôi không?", "Can you top up my mother's phone?"),
    # v8: "I've loaded phone money.", "Do you load the phone money?", "Where do I load phone money?"
    ("Tôi đã nạp tiền điện thoại rồi.", "I've topped up my phone."),
    ("Tôi vừa nạp tiền điện thoại.", "I've just topped up my phone."),
    ("Bạn đã nạp tiền điện thoại chưa?", "Have you topped up your phone?"),
    ("Tôi có thể nạp tiền điện thoại ở đâu?", "Where can I top up my phone?"),
    ("Tôi nạp tiền điện thoại ở đâu được?", "Where can I top up my phone?"),
    ("Tôi có thể nạp tiền điện thoại ở đây không?", "Can I top up my phone here?"),
    ("Tôi sẽ nạp tiền điện thoại.", "I'll top up my phone."),
    ("Tôi đang nạp tiền điện thoại.", "I'm topping up my phone."),
    # v8: "I need to load 50 thousand in my phone."
    ("Tôi muốn nạp 100 nghìn vào điện thoại.", "I want to top up my phone with VND100 thousand."),
    ("Tôi vừa nạp 50k tiền điện thoại.", "I've just topped up my phone with VND50 thousand."),
    # v8: "I'm all phone money.", "He is all the phone money.", "I'm all the data.", "I'm all 4G.", "I used all data.",
    # "My mother's phone is all money."
    ("Tôi hết tiền điện thoại rồi.", "I've run out of credit."),
    ("Anh ấy hết tiền điện thoại rồi.", "He's run out of credit."),
    ("Tôi sắp hết tiền điện thoại.", "I'm almost out of credit."),
    ("Tôi sắp hết tiền điện thoại rồi.", "I'm almost out of credit."),
    ("Tôi hết data rồi.", "I've run out of data."),
    ("Mẹ tôi hết 4G rồi.", "My mother has run out of data."),
    ("Tôi dùng hết data rồi.", "I've used up all my data."),
    ("Cô ấy dùng hết dung lượng 4G rồi.", "She's used up all her data."),
    ("Điện thoại mẹ tôi hết tiền rồi.", "My mother's phone has run out of credit."),
    ("Điện thoại của bố tôi sắp hết tiền.", "My father's phone is almost out of credit."),
    ("Điện thoại tôi hết data rồi.", "My phone has run out of data."),
    # v8: "How many data do you have?", "Do you have no data?"
    ("Bạn còn bao nhiêu data?", "How much data do you have left?"),
    ("Bạn còn bao nhiêu tiền điện thoại?", "How much credit do you have left?"),
    ("Bạn còn data không?", "Do you have any data left?"),
    ("Điện thoại bạn còn bao nhiêu tiền?", "How much credit does your phone have left?"),
    ("Tôi không còn tiền điện thoại.", "I have no credit left."),
    ("Tôi không còn data nữa.", "I have no data left."),
    ("Tôi còn 2GB data.", "I have 2GB of data left."),
    # v8: "Where can I buy anim?", "I need a local simugg.", "I need localization.", "I need to buy a card."
    ("Tôi có thể mua sim ở đâu?", "Where can I buy a SIM card?"),
    ("Mua sim ở đâu?", "Where can I buy a SIM card?"),
    ("Tôi cần một cái sim địa phương.", "I need a local SIM card."),
    ("Tôi cần sim địa phương.", "I need a local SIM card."),
    ("Tôi muốn mua một cái sim.", "I want to buy a SIM card."),
    ("Mẹ tôi muốn mua sim Việt Nam.", "My mother wants to buy a Vietnamese SIM card."),
    ("Tôi cần mua thẻ cào.", "I need to buy a top-up card."),
    ("Mua thẻ cào ở đâu?", "Where can I buy a top-up card?"),
    # not: "nạp tiền" with no phone (a bank card?), "dung lượng" alone (storage?), a pronoun's phone out of "tiền" and
    # "hết tiền" (mt/mishaps.py's), a name or "anh", "em" alone (his or her? the speaker?), a tense not told, asked
    # without "không", "còn data" said, a sum not of đồng, where with "cần", a battery, a SIM sold (mt/patterns.py's),
    # "you" asked whether they can top up (a shop asked whether it does?)
    ("Tôi muốn nạp thẻ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi cần nạp tiền.", None), ("Tôi hết dung lượng rồi.", None), ("Điện thoại tôi hết tiền rồi.", None),
    ("Tôi hết tiền rồi.", None), ("Lan cần nạp tiền điện thoại.", None), ("Anh cần nạp tiền điện thoại.", None),
    ("Em hết data rồi.", None), ("Tôi nạp tiền điện thoại.", None), ("Anh ấy có nạp tiền điện thoại không?", None),
    ("Bạn vừa nạp tiền điện thoại à?", None), ("Bạn còn data.", None), ("Bạn còn bao nhiêu data không?", None),
    ("Tôi nạp 100.000 vào điện thoại.", None), ("Tôi cần mua sim ở đâu?", None), ("Tôi cần sạc điện thoại.", None),
    ("Ở đây có bán sim không?", None), ("Bạn có thể nạp tiền điện thoại không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần phải lật điện thoại." (flip), "Cô ấy cần đứng đầu điện thoại." (stand at the top)
    ("I need to top up my phone.", "Tôi cần nạp tiền điện thoại."),
    ("I need to top my phone up.", "Tôi cần nạp tiền điện thoại."),
    ("She needs to top up her phone.", "Cô ấy cần nạp tiền điện thoại."),
    ("My mother needs to top up her phone.", "Mẹ tôi cần nạp tiền điện thoại."),
    ("We need to top up our phones.", "Chúng tôi cần nạp tiền điện thoại."),
    ("I have to top up my phone.", "Tôi phải nạp tiền điện thoại."),
    ("I'd like to top up my phone.", "Tôi muốn nạp tiền điện thoại."),
    ("I'll top up your phone.", "Tôi sẽ nạp tiền điện thoại cho bạn."),
    ("I need to top up my mother's phone.", "Tôi cần nạp tiền điện thoại cho mẹ tôi."),
    ("Do you need to top up your phone?", "Bạn có cần nạp tiền điện thoại không?"),
    # v8: "Tôi muốn lên đầu 100.000 đồng."
    ("I want to top up my phone with 100,000 dong.", "Tôi muốn nạp 100.000 đồng vào điện thoại."),
    # v8: "Bạn có thể đứng đầu điện thoại cho tôi được không?", "Bạn có thể lên điện thoại của tôi được không?", "Tôi có
    # thể đứng đầu điện thoại của tôi ở đâu?"
    ("Can you top up my phone for me?", "Bạn nạp tiền điện thoại giúp tôi được không?"),
    ("Could you top up my phone, please?", "Bạn nạp tiền điện thoại giúp tôi được không?"),
    ("Can I top up my phone here?", "Tôi có thể nạp tiền điện thoại ở đây không?"),
    ("Where can I top up my phone?", "Tôi có thể nạp tiền điện thoại ở đâu?"),
    # v8: "Tôi phải dậy điện thoại.", "Tôi chỉ đứng dậy điện thoại.", "Bạn đã phải điện thoại của mình lên chưa?"
    ("I've topped up my phone.", "Tôi đã nạp tiền điện thoại rồi."),
    ("I just topped up my phone.", "Tôi vừa nạp tiền điện thoại."),
    ("I topped up my phone.", "Tôi đã nạp tiền điện thoại."),
    ("Have you topped up your phone yet?", "Bạn đã nạp tiền điện thoại chưa?"),
    ("Has she topped up her phone?", "Cô ấy đã nạp tiền điện thoại chưa?"),
    ("I'm topping up my phone.", "Tôi đang nạp tiền điện thoại."),
    # v8: "Tôi đã chạy khỏi tín dụng.", "Mẹ tôi đã hết nợ." (debt), "Anh ta chạy khỏi dữ liệu.", "Tôi hầu như không
    # biết tín dụng.", "Điện thoại của tôi không có tín dụng."
    ("I've run out of credit.", "Tôi hết tiền điện thoại rồi."),
    ("My mother has run out of credit.", "Mẹ tôi hết tiền điện thoại rồi."),
    ("He's run out of data.", "Anh ấy hết data rồi."),
    ("I'm almost out of credit.", "Tôi sắp hết tiền điện thoại rồi."),
    ("I'm running out of data.", "Tôi sắp hết data rồi."),
    ("I've got no credit.", "Tôi hết tiền điện thoại rồi."),
    ("I have no data left.", "Tôi hết data rồi."),
    ("My phone has no credit.", "Điện thoại của tôi hết tiền rồi."),
    ("My phone is out of credit.", "Điện thoại của tôi hết tiền rồi."),
    ("I've used up all my data.", "Tôi dùng hết data rồi."),
    ("She's used up all her data.", "Cô ấy dùng hết data rồi."),
    # v8: "Bạn có left bao nhiêu dữ liệu không?", "Bạn đã bỏ tín dụng bao nhiêu tiền?", "Bạn có bất kỳ dữ liệu nào trái
    # không?" (left, the side)
    ("How much data do you have left?", "Bạn còn bao nhiêu data?"),
    ("How much credit do you have left?", "Bạn còn bao nhiêu tiền điện thoại?"),
    ("Do you have any data left?", "Bạn còn data không?"),
    ("Does your phone have any credit left?", "Điện thoại của bạn còn tiền không?"),
    ("I have 2GB of data left.", "Tôi còn 2GB data."),
    # v8: "Tôi cần một SIM cục bộ." (a local as in a LAN), "Tôi cần mua một tấm thiệp hàng đầu." (a top greeting card)
    ("I need a local SIM.", "Tôi cần một thẻ sim địa phương."),
    ("Where can I get a local SIM?", "Tôi có thể mua thẻ sim địa phương ở đâu?"),
    ("Where can I buy a SIM card?", "Tôi có thể mua thẻ sim ở đâu?"),
    ("I'd like a SIM card.", "Tôi muốn mua một thẻ sim."),
    ("She needs to buy a SIM card.", "Cô ấy cần mua một thẻ sim."),
    ("I need to buy a top-up card.", "Tôi cần mua thẻ cào."),
    # not: "top up" with no phone (a travel card? a drink?), whose not told ("I … his phone"), "for me" of oneself,
    # the verb not agreeing with who, "yet" said, money (mt/mishaps.py's), "any credit" not "left", "to" with no verb
    ("I need to top up.", None), ("I need to top up his phone.", None), ("Can I top up my phone for me?", None),
    ("She need to top up her phone.", None), ("Does she needs to top up her phone?", None),
    ("I've topped up my phone yet.", None), ("I has run out of credit.", None), ("She have run out of data.", None),
    ("My phone are out of credit.", None), ("You has no data left.", None), ("Does you have any data left?", None),
    ("How much data does your phone has left?", None), ("I needs a SIM card.", None), ("I've run out of money.", None),
    ("Do you have any credit?", None), ("I'd like to a SIM card.", None), ("I've used up all your data.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi cần nạp tiền điện thoại.", "en", "vi") is None
    assert translate("I need to top up my phone.", "vi", "en") is None
    assert translate("I need to top up my phone.", "en", "fr") is None
