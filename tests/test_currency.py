"""Changing money between currencies: a sum changed, money changed or not yet, where to change it, whether a place
changes it, and the exchange rate asked or said, both ways (mt/currency.py)."""
import pytest

from mt.currency import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I want to change the year of dollars.", "We need two thousand yuan.", "Lan has changed twenty-five
    # tables.", "I change my money.", "I haven't changed money."
    ("Tôi muốn đổi năm trăm đô.", "I'd like to change five hundred dollars."),
    ("Tôi đã đổi hai trăm đô ở sân bay.", "I changed two hundred dollars at the airport."),
    ("Mẹ tôi đã đổi một trăm euro ở ngân hàng.", "My mother changed a hundred euros at the bank."),
    ("Hôm qua tôi đổi ba trăm đô.", "I changed three hundred dollars yesterday."),
    ("Chúng tôi cần đổi hai nghìn nhân dân tệ.", "We need to change two thousand yuan."),
    ("Lan vừa đổi năm mươi bảng.", "Lan has just changed fifty pounds."),
    ("Tôi đã đổi năm trăm tệ.", "I changed five hundred yuan."),
    ("Anh ấy đã đổi 300 đô sang tiền Việt.", "He changed 300 dollars into dong."),
    ("Tôi muốn đổi hai mươi lăm nghìn yên sang tiền Việt.", "I'd like to change twenty-five thousand yen into dong."),
    ("Tôi đổi tiền rồi.", "I've changed some money."),
    ("Tôi đã đổi tiền rồi.", "I've already changed some money."),
    ("Tôi chưa đổi tiền.", "I haven't changed any money yet."),
    ("Cô ấy chưa đổi đô.", "She hasn't changed any dollars yet."),
    ("Bạn đã đổi tiền chưa?", "Have you changed any money yet?"),
    ("Mẹ bạn đổi tiền chưa?", "Has your mother changed any money yet?"),
    ("Ngày mai tôi sẽ đổi tiền.", "I'll change some money tomorrow."),
    ("Lan sẽ đổi năm mươi đô ngày mai.", "Lan will change fifty dollars tomorrow."),
    ("Sáng nay tôi đã đổi tiền ở ngân hàng.", "I changed some money at the bank this morning."),
    ("Chị ấy đã đổi một ít tiền ở tiệm vàng.", "She changed some money at a gold shop."),
    # v8: "Where is the change of money?", "Where is the price of the dollar?"
    ("Đổi tiền ở đâu được giá?", "Where can I change money at a good rate?"),
    ("Đổi đô ở đâu được giá nhất?", "Where can I change dollars at the best rate?"),
    ("Tôi có thể đổi tiền ở đâu?", "Where can I change money?"),
    ("Chúng tôi nên đổi euro ở đâu?", "Where should we change euros?"),
    ("Nên đổi tiền ở đâu được giá?", "Where should I change money at a good rate?"),
    # v8: "Do gold change?", "Do you change the bank?", "Do you change money?", "The bank doesn't change threehts."
    ("Tiệm vàng có đổi đô không?", "Does the gold shop change dollars?"),
    ("Ngân hàng có đổi yên không?", "Does the bank change yen?"),
    ("Sân bay có đổi tiền không?", "Can you change money at the airport?"),
    ("Ngân hàng không đổi baht.", "The bank doesn't change baht."),
    ("Khách sạn này không đổi tiền.", "This hotel doesn't change money."),
    ("Sân bay không đổi yên.", "You can't change yen at the airport."),
    # v8: "How today's the price?", "How is the yen today?", "How much is the price today?"
    ("Tỷ giá đô hôm nay thế nào?", "What's the dollar rate today?"),
    ("Tỷ giá yên hôm nay thế nào?", "What's the yen rate today?"),
    ("Tỷ giá won hôm nay là bao nhiêu?", "What's the won rate today?"),
    ("Tỷ giá đô hôm qua là bao nhiêu?", "What was the dollar rate yesterday?"),
    ("Tỷ giá ở đây thế nào?", "What's the exchange rate here?"),
    # v8: "The price is good today.", "The price is high today.", "The price rate is rising.", "Price rate at the
    # airport is not good."
    ("Tỷ giá hôm nay tốt.", "The rate is good today."),
    ("Tỷ giá hôm nay cao.", "The rate is high today."),
    ("Tỷ giá đô đang tăng.", "The dollar rate is going up."),
    ("Tỷ giá đô tăng rồi.", "The dollar rate has gone up."),
    ("Tỷ giá ở sân bay không tốt.", "The exchange rate at the airport isn't good."),
    ("Tỷ giá ở sân bay không tốt lắm.", "The exchange rate at the airport isn't very good."),
    ("Tỷ giá euro hơi thấp.", "The euro rate is a bit low."),
    # not: changing said bare (when?), "có … không?" of who (did, or does?), goods exchanged, small change, a sum of
    # one or of đồng, "tệ" alone (yuan, or bad?), money into itself, a day against the tense, "anh" or "em" alone
    # saying it or asking where, a pet, "chưa?" of oneself, a "?" on a statement
    ("Tôi đổi tiền.", None), ("Bạn có đổi tiền ở sân bay không?", None), ("Tôi muốn đổi cái áo này.", None),
    ("Tôi muốn đổi tiền lẻ.", None), ("Tôi đã đổi một đô.", None), ("Tôi đã đổi một trăm nghìn đồng.", None),
    ("Tỷ giá tệ quá.", None), ("Tỷ giá tệ hôm nay thế nào?", None), ("Tôi đã đổi đô sang đô.", None),
    ("Hôm qua tôi sẽ đổi tiền.", None), ("Hôm nay tôi đổi tiền.", None), ("Anh đã đổi tiền ở sân bay.", None),
    ("Em nên đổi tiền ở đâu?", None), ("Con chó của tôi đã đổi tiền.", None), ("Tôi đã đổi tiền chưa?", None),
    ("Tôi đã đổi tiền ở sân bay?", None), ("Ngân hàng có đổi tiền.", None), ("Tỷ giá không tăng.", None),
    ("Tỷ giá không rất tốt.", None), ("Tỷ giá đang tăng rồi.", None), ("Tôi vừa đổi tiền rồi.", None),
    ("Tôi đã đổi hai bảng.", None), ("I changed some money.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn thay đổi 5 trăm đô la.", "Tôi đã thay đổi một số tiền ở sân bay.", "Bạn đã thay đổi bất kỳ tiền
    # nào chưa?", "Cô ấy vừa thay đổi 57 pao.", "Ông đã thay đổi 300 đô la hôm qua."
    ("I'd like to change five hundred dollars.", "Tôi muốn đổi năm trăm đô."),
    ("I changed two hundred dollars at the airport.", "Tôi đã đổi hai trăm đô ở sân bay."),
    ("I changed some money at the airport.", "Tôi đã đổi tiền ở sân bay."),
    ("My mother changed a hundred euros at the bank.", "Mẹ tôi đã đổi một trăm euro ở ngân hàng."),
    ("We need to change two thousand yuan.", "Chúng tôi cần đổi hai nghìn nhân dân tệ."),
    ("He needs to change twenty-five thousand yen.", "Anh ấy cần đổi hai mươi lăm nghìn yên."),
    ("She has just changed fifty pounds.", "Cô ấy vừa đổi năm mươi bảng Anh."),
    ("He changed 300 dollars yesterday.", "Hôm qua anh ấy đã đổi 300 đô."),
    ("I changed dollars into dong at the bank.", "Tôi đã đổi đô la sang tiền Việt ở ngân hàng."),
    ("I've already changed some money.", "Tôi đã đổi tiền rồi."),
    ("I haven't changed any money yet.", "Tôi chưa đổi tiền."),
    ("He hasn't changed any dollars yet.", "Anh ấy chưa đổi đô la."),
    ("Have you changed any money yet?", "Bạn đã đổi tiền chưa?"),
    ("Has Lan changed any money yet?", "Lan đã đổi tiền chưa?"),
    ("Did you change money at the airport?", "Bạn có đổi tiền ở sân bay không?"),
    ("I'll change some money tomorrow.", "Ngày mai tôi sẽ đổi tiền."),
    ("We will change some money next week.", "Tuần sau chúng tôi sẽ đổi tiền."),
    # v8: "Tôi có thể thay đổi tiền ở một tỷ lệ tốt không?", "Tôi có thể có một tỷ lệ trao đổi tốt ở đâu?", "Tôi nên
    # thay đổi tiền ở đâu?"
    ("Where can I change money at a good rate?", "Tôi có thể đổi tiền ở đâu được giá?"),
    ("Where can I get a good exchange rate?", "Đổi tiền ở đâu được giá?"),
    ("Where should I change money?", "Tôi nên đổi tiền ở đâu?"),
    ("Where should we change dollars?", "Chúng tôi nên đổi đô la ở đâu?"),
    # v8: "Cửa hàng vàng có thay đổi không?", "Bạn có thay đổi tiền ở đây không?", "Ngân hàng có đồng yên thay đổi
    # không?", "Bạn có thể thay đổi tiền ở sân bay không?", "Ngân hàng không thay đổi hói." (bald)
    ("Does the gold shop change dollars?", "Tiệm vàng có đổi đô la không?"),
    ("Do you change money here?", "Ở đây có đổi tiền không?"),
    ("Does the bank change yen?", "Ngân hàng có đổi yên không?"),
    ("Can you change money at the airport?", "Sân bay có đổi tiền không?"),
    ("The bank doesn't change baht.", "Ngân hàng không đổi baht."),
    ("You can't change money at the airport.", "Sân bay không đổi tiền."),
    # (not "Sân bay đổi tiền.", the airport as if it changed it; the "!" kept)
    ("You can change money at the airport.", "Bạn có thể đổi tiền ở sân bay."),
    ("You can change money at this airport!", "Bạn có thể đổi tiền ở sân bay này!"),
    ("The bank changes money!", "Ngân hàng đổi tiền!"),
    ("The gold shop changes dollars.", "Tiệm vàng đổi đô la."),
    # v8: "Hôm nay sẽ là gì?", "Tỷ lệ đồng đô la hôm nay là bao nhiêu?"
    ("What's the won rate today?", "Tỷ giá won hôm nay là bao nhiêu?"),
    ("How's the dollar rate today?", "Tỷ giá đô la hôm nay thế nào?"),
    ("What was the dollar rate yesterday?", "Tỷ giá đô la hôm qua là bao nhiêu?"),
    ("How's the exchange rate at the bank?", "Tỷ giá ở ngân hàng thế nào?"),
    # v8: "Tỷ lệ này tốt hôm nay.", "Tỷ lệ đồng đô la đang tăng.", "Tỉ lệ trao đổi ở sân bay không tốt."
    ("The dollar rate is going up.", "Tỷ giá đô la đang tăng."),
    ("The exchange rate at the airport isn't good.", "Tỷ giá ở sân bay không tốt."),
    ("The dollar rate isn't very good.", "Tỷ giá đô la không tốt lắm."),
    ("The exchange rate has gone down.", "Tỷ giá đã giảm."),
    ("The euro rate is a bit high.", "Tỷ giá euro hơi cao."),
    # not: other changes, the verb not agreeing with who, "some" denied or "any" said, a day against the tense, a
    # sum of one, past 999 or its currency not many, "the rate" alone (interest? a heart's?), asked of
    # oneself, a pet, a "?" on a statement
    ("I change money.", None), ("I changed my clothes.", None), ("She changed her mind.", None),
    ("She have changed some money.", None), ("He need to change some money.", None),
    ("Does the bank changes money?", None), ("I haven't changed some money.", None), ("I changed any money.", None),
    ("I'll change some money yesterday.", None), ("I changed some money tomorrow.", None),
    ("I've changed money yesterday.", None), ("I'd like to change one dollars.", None),
    ("I'd like to change 1,000 dollars.", None), ("I changed five hundred dollar.", None),
    ("The rate is going up.", None), ("The rate is high today.", None), ("What's the rate today?", None),
    ("Have I changed any money yet?", None), ("My dog changed some money.", None),
    ("He changed some money yesterday?", None), ("Can you change money at the airport.", None),
    ("Where can I get a good rate?", None), ("What was the dollar rate today?", None),
    ("The rate isn't quite good.", None), ("Tôi đã đổi tiền ở sân bay.", None),
    # "the rate" alone, good too (a hotel's? a pay rate?); dong alone, where to change it
    ("The rate is good today.", None), ("The rate is very good.", None), ("The rate isn't good.", None),
    ("The rate is still good.", None), ("Where can I change dong?", None), ("Where should I change dong?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
