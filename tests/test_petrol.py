"""Going for petrol, petrol prices, an amount at the pump, the petrol light and petrol used (mt/petrol.py)."""
import pytest

from mt.petrol import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to go to gas today.", "I must stop gas trees.", "Tomorrow morning, I'll go to gas.", "Yesterday,
    # I've poured gas.", "Do you have poured gas?", "I forgot to fill gas.", "Let's stop gas.", "Tomorrow, I'll go
    # gas.", "Do you need to stop gas?"
    ("Hôm nay tôi phải đi đổ xăng.", "I have to go and get petrol today."),
    ("Tôi phải ghé cây xăng đổ xăng.", "I have to stop for petrol."),
    ("Anh ấy cần ghé cây xăng.", "He needs to stop at a petrol station."),
    ("Ngày mai mẹ tôi phải đi đổ xăng.", "My mother has to go and get petrol tomorrow."),
    ("Hôm qua tôi phải đi đổ xăng.", "I had to go and get petrol yesterday."),
    ("Sáng mai bố tôi sẽ đi đổ xăng.", "My father will go and get petrol tomorrow morning."),
    ("Tối nay chúng tôi sẽ ghé cây xăng.", "We'll stop at a petrol station tonight."),
    ("Bạn có cần ghé cây xăng không?", "Do you need to stop at a petrol station?"),
    ("Ngày mai bạn có phải đi đổ xăng không?", "Do you have to go and get petrol tomorrow?"),
    ("Hôm qua tôi đã đổ xăng.", "I got petrol yesterday."),
    ("Sáng nay tôi đã đổ xăng.", "I got petrol this morning."),
    ("Lan đã ghé vào cây xăng để đổ xăng.", "Lan stopped for petrol."),
    ("Hôm qua Lan ghé cây xăng.", "Lan stopped at a petrol station yesterday."),
    ("Bạn đã đổ xăng chưa?", "Have you got petrol yet?"),
    ("Chị đã đi đổ xăng chưa?", "Have you been to get petrol yet?"),
    ("Mẹ tôi đổ xăng rồi.", "My mother has already got petrol."),
    ("Anh ấy chưa đổ xăng.", "He hasn't got petrol yet."),
    ("Họ chưa ghé cây xăng đổ xăng.", "They haven't stopped for petrol yet."),
    ("Chúng tôi vừa ghé cây xăng đổ xăng.", "We've just stopped for petrol."),
    ("Tôi quên đổ xăng.", "I forgot to get petrol."),
    ("Tối qua anh ấy quên đổ xăng.", "He forgot to get petrol last night."),
    ("Chúng ta ghé cây xăng đổ xăng nhé.", "Let's stop for petrol."),
    ("Chúng ta đi đổ xăng nhé.", "Let's go and get petrol."),
    ("Ngày mai tôi đi đổ xăng.", "I'm going to get petrol tomorrow."),
    # v8: "The price of gasoline has risen.", "The price of gasoline is down.", "It's upcoming gas prices.", "Prices
    # are rising.", "Isn't increased gas?", "How many liters do it?", "How much is gas now?"
    ("Giá xăng lại tăng rồi.", "Petrol prices have gone up again."),
    ("Giá xăng giảm rồi.", "Petrol prices have gone down."),
    ("Giá xăng vừa giảm.", "Petrol prices have just gone down."),
    ("Giá xăng sắp tăng.", "Petrol prices are going to go up."),
    ("Giá xăng đang tăng.", "Petrol prices are going up."),
    ("Giá xăng tăng chưa?", "Have petrol prices gone up yet?"),
    ("Giá xăng lại tăng rồi à?", "Have petrol prices gone up again?"),
    ("Xăng bao nhiêu một lít?", "How much is a litre of petrol?"),
    ("Một lít xăng bao nhiêu tiền?", "How much is a litre of petrol?"),
    ("Giá xăng bây giờ bao nhiêu?", "How much is petrol now?"),
    # v8: "It was twenty thousand thousand years.", "Empty it for me a hundred trillion.", "Empty 50 thousand."
    ("Đổ năm mươi nghìn thôi anh.", "Just fifty thousand's worth, please."),
    ("Đổ cho em một trăm nghìn.", "A hundred thousand's worth, please."),
    ("Đổ 50 nghìn.", "50 thousand's worth, please."),
    ("Anh ơi, đổ cho em 50k nhé.", "50 thousand's worth, please."),
    ("Đổ cho tôi hai trăm nghìn.", "Two hundred thousand's worth, please."),
    ("Đổ một trăm năm mươi nghìn thôi.", "Just a hundred and fifty thousand's worth, please."),
    # v8: "Override gas warnings."
    ("Đèn báo xăng sáng rồi.", "The petrol light has come on."),
    ("Đèn báo xăng đang sáng.", "The petrol light is on."),
    ("Đèn xăng đang nháy.", "The petrol light is flashing."),
    # v8: "The car is very much gas.", "My motorcycle doesn't cost very much.", "Do your car costing gas?"
    ("Xe máy này tốn xăng lắm.", "This motorbike uses a lot of petrol."),
    ("Xe máy của tôi không tốn xăng lắm.", "My motorbike doesn't use much petrol."),
    ("Xe máy của bạn có tốn xăng không?", "Does your motorbike use a lot of petrol?"),
    ("Ô tô của bố tôi tốn xăng quá.", "My father's car uses so much petrol."),
    ("Xe máy của tôi rất tiết kiệm xăng.", "My motorbike is very economical on petrol."),
    ("Xe hơi của bạn có tiết kiệm xăng không?", "Is your car economical on petrol?"),
    # not: "anh" saying it (the speaker?), "I" asked of oneself, a plain present (now, a habit or done?), "hôm nay"
    # with going (going or gone?), "sáng nay" with a need (had to, or has to?), a day ahead forgotten, "có" asking
    # of the past, a "?" on a statement, "nhỉ", a headline ("Giá xăng tăng."), cooking gas (mt/cooking_gas.py),
    # amounts too small or too big, "đổ" of rain or water, a bicycle's or a bare "xe"'s petrol, an animal
    ("Anh đổ xăng rồi.", None), ("Tôi đã đổ xăng chưa?", None), ("Tôi đổ xăng.", None),
    ("Hôm nay tôi đi đổ xăng.", None), ("Sáng nay tôi phải đổ xăng.", None), ("Ngày mai tôi quên đổ xăng.", None),
    ("Hôm qua bạn có phải đổ xăng không?", None), ("Bạn có đổ xăng không?", None), ("Tôi phải đổ xăng không?", None),
    ("Tôi phải đi đổ xăng?", None), ("Tôi phải đi đổ xăng nhỉ.", None), ("Bạn đi đổ xăng nhé.", None),
    ("Chúng ta đi đổ xăng nhé?", None), ("Giá xăng tăng.", None), ("Giá xăng tăng?", None),
    ("Giá xăng sắp tăng rồi.", None), ("Giá ga lại tăng rồi.", None), ("Đổ năm nghìn.", None),
    ("Đổ 600 nghìn.", None), ("Đổ nước đi.", None), ("Trời đổ mưa rồi.", None), ("Đổ năm mươi nghìn?", None),
    ("Xe đạp này tốn xăng lắm.", None), ("Xe tôi tốn xăng lắm.", None), ("Xe máy tốn xăng lắm.", None),
    ("Con chó đổ xăng rồi.", None), ("Đèn báo xăng đang sáng rồi.", None),
    ("Petrol prices have gone up again.", None), ("xăng xăng xăng", None),
    # review: a need asked of "sáng nay", "chiều nay" (had to, or has to?), "em" asking with "ạ" (the speaker), "đi
    # đổ xăng rồi" and "vừa đi đổ xăng" (gone, or been and back?), "thế", "vậy" ending a statement (saying more), a
    # leading 0, "sáng lên", "nháy lên" without "rồi" (came on, or is on?), a pet
    ("Sáng nay bạn có cần đổ xăng không?", None), ("Chiều nay anh ấy có phải ghé cây xăng không?", None),
    ("Sáng nay tôi có phải đổ xăng không?", None), ("Tối nay bạn có cần đổ xăng không?", "Do you need to get petrol "
                                                  "tonight?"),
    ("Em có cần đổ xăng không ạ?", None), ("Em đã đổ xăng chưa ạ?", None),
    ("Anh đã đổ xăng chưa ạ?", "Have you got petrol yet?"),
    ("Anh ấy đi đổ xăng rồi.", None), ("Mẹ tôi đi đổ xăng rồi.", None), ("Anh ấy đã đi đổ xăng rồi.", None),
    ("Tôi đã đi đổ xăng rồi.", None), ("Anh ấy vừa đi đổ xăng.", None),
    ("Anh ấy chưa đi đổ xăng.", "He hasn't been to get petrol yet."),
    ("Tôi phải đổ xăng thế.", None), ("Tôi phải đi đổ xăng vậy.", None), ("Xe máy này tốn xăng thế.", None),
    ("Xe máy này tốn xăng vậy.", None), ("Bạn có phải đổ xăng không vậy?", "Do you have to get petrol?"),
    ("Đổ 050 nghìn.", None), ("Đèn báo xăng sáng lên.", None), ("Đèn báo xăng đang sáng lên.", None),
    ("Đèn xăng nháy lên.", None), ("Đèn báo xăng sáng lên rồi.", "The petrol light has come on."),
    ("Con chó của tôi phải đổ xăng.", None), ("Con mèo của tôi quên đổ xăng.", None),
    ("Xe máy của con chó tôi tốn xăng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải đi và đi nuôi thú vào hôm nay.", "Tôi cần dừng thú nuôi.", "Cha tôi sẽ đi và mua thú cưng sáng
    # mai.", "Tôi có thú cưng hôm qua.", "Bạn vẫn chưa có thú cưng nào?", "Tôi quên nuôi thú.", "Chúng ta hãy dừng
    # thú nuôi."
    ("I have to go and get petrol today.", "Hôm nay tôi phải đi đổ xăng."),
    ("I need to stop for petrol.", "Tôi cần ghé cây xăng đổ xăng."),
    ("My mother has to go and get petrol tomorrow.", "Ngày mai mẹ tôi phải đi đổ xăng."),
    ("He needs to get petrol today.", "Hôm nay anh ấy cần đổ xăng."),
    ("Lan wants to stop for petrol.", "Lan muốn ghé cây xăng đổ xăng."),
    ("I had to get petrol yesterday.", "Hôm qua tôi phải đổ xăng."),
    ("I had to get petrol this morning.", "Sáng nay tôi đã phải đổ xăng."),
    ("Do you need to get petrol tomorrow?", "Ngày mai bạn có cần đổ xăng không?"),
    ("Does your father need to stop for petrol?", "Bố bạn có cần ghé cây xăng đổ xăng không?"),
    ("My father will go and get petrol tomorrow morning.", "Sáng mai bố tôi sẽ đi đổ xăng."),
    ("We'll stop for petrol tomorrow morning.", "Sáng mai chúng tôi sẽ ghé cây xăng đổ xăng."),
    ("I got petrol yesterday.", "Hôm qua tôi đã đổ xăng."),
    ("We stopped for petrol.", "Chúng tôi đã ghé cây xăng đổ xăng."),
    ("They went to get petrol this morning.", "Sáng nay họ đã đi đổ xăng."),
    ("They have already stopped for petrol.", "Họ ghé cây xăng đổ xăng rồi."),
    ("We've just stopped for petrol.", "Chúng tôi vừa ghé cây xăng đổ xăng."),
    ("Have you got petrol yet?", "Bạn đã đổ xăng chưa?"),
    ("Has your mother been to get petrol yet?", "Mẹ bạn đã đi đổ xăng chưa?"),
    ("I haven't got petrol yet.", "Tôi chưa đổ xăng."),
    ("He hasn't stopped for petrol yet.", "Anh ấy chưa ghé cây xăng đổ xăng."),
    ("I forgot to get petrol.", "Tôi quên đổ xăng."),
    ("My father forgot to stop for petrol yesterday.", "Hôm qua bố tôi quên ghé cây xăng đổ xăng."),
    ("Let's stop for petrol.", "Chúng ta ghé cây xăng đổ xăng nhé."),
    ("Let's go and get petrol.", "Chúng ta đi đổ xăng nhé."),
    ("Do you need to stop at a petrol station?", "Bạn có cần ghé cây xăng không?"),
    # v8: "Giá dầu tăng lại.", "Giá xăng dầu đã giảm.", "Giá dầu khí sẽ tăng lên.", "Hiện nay giá xăng dầu tăng lên?",
    # "Món cưng được cải thiện bao nhiêu?", "Con thú cưng bây giờ bao nhiêu?"
    ("Petrol prices have gone up again.", "Giá xăng lại tăng rồi."),
    ("The price of petrol has gone down.", "Giá xăng giảm rồi."),
    ("Petrol prices have just gone down.", "Giá xăng vừa giảm."),
    ("Fuel prices have gone up.", "Giá xăng dầu tăng rồi."),
    ("Petrol prices are going to go up.", "Giá xăng sắp tăng."),
    ("Petrol prices are going up.", "Giá xăng đang tăng."),
    ("Have petrol prices gone up yet?", "Giá xăng đã tăng chưa?"),
    ("Has the price of petrol gone up again?", "Giá xăng lại tăng rồi à?"),
    ("How much is a litre of petrol?", "Một lít xăng bao nhiêu tiền?"),
    ("How much does a litre of petrol cost?", "Một lít xăng bao nhiêu tiền?"),
    ("How much is petrol now?", "Bây giờ giá xăng bao nhiêu?"),
    ("What's the price of petrol now?", "Bây giờ giá xăng bao nhiêu?"),
    # v8: "Xin vui lòng có giá trị 50 ngàn năm.", "Xin vui lòng một trăm ngàn giá trị."
    ("Just fifty thousand's worth of petrol, please.", "Đổ năm mươi nghìn thôi."),
    ("A hundred thousand's worth of petrol, please.", "Đổ cho tôi một trăm nghìn."),
    ("Just 50 thousand's worth of petrol.", "Đổ 50 nghìn thôi."),
    ("Two hundred thousand dong's worth of petrol, please.", "Đổ cho tôi hai trăm nghìn."),
    # v8: "Máy vận động của tôi chạy ra ngoài đường băng thú nuôi.", "Chúng tôi chạy ra khỏi đường băng thú nuôi."
    ("My motorbike ran out of petrol halfway.", "Xe máy của tôi hết xăng giữa đường."),
    ("We ran out of petrol halfway.", "Chúng tôi hết xăng giữa đường."),
    ("My mother ran out of petrol halfway.", "Mẹ tôi hết xăng giữa đường."),
    ("The motorbike ran out of petrol halfway there.", "Xe máy hết xăng giữa đường."),
    # v8: "Ánh sáng thú cưng đang ở trên.", "Ánh đèn thú cưng đã xuất hiện."
    ("The petrol light is on.", "Đèn báo xăng đang sáng."),
    ("The petrol light has come on.", "Đèn báo xăng sáng rồi."),
    ("The fuel warning light is flashing.", "Đèn báo xăng đang nháy."),
    # v8: "Món xe máy này sử dụng rất nhiều petrol.", "Có phải xe máy của bạn sử dụng rất nhiều petrol không?"
    ("This motorbike uses a lot of petrol.", "Xe máy này tốn xăng lắm."),
    ("Does your motorbike use a lot of petrol?", "Xe máy của bạn có tốn xăng không?"),
    ("My car doesn't use much petrol.", "Ô tô của tôi không tốn xăng lắm."),
    ("My car is very economical on petrol.", "Ô tô của tôi rất tiết kiệm xăng."),
    ("Is your motorbike economical on petrol?", "Xe máy của bạn có tiết kiệm xăng không?"),
    # not: verbs that do not agree, days against the tense, "I've got petrol." (had, or got?), "I" asked of
    # oneself, "I get petrol." (a habit), headlines and "?" on a statement, amounts out of range, other "worth",
    # a bicycle, "gas" (tiredness, or petrol?), "the car" (cars in general?), the other way's language
    ("She have to get petrol.", None), ("Does you need to get petrol?", None), ("Do you needs to get petrol?", None),
    ("I had to get petrol tomorrow.", None), ("I have to get petrol yesterday.", None),
    ("I'll get petrol yesterday.", None), ("I got petrol tomorrow.", None), ("I forgot to get petrol tomorrow.", None),
    ("I needed to get petrol.", None), ("I've got petrol.", None), ("I haven't got petrol.", None),
    ("Have I got petrol yet?", None), ("Has you got petrol yet?", None), ("I get petrol.", None),
    ("I went and got petrol.", None), ("Let's stop petrol.", None), ("Petrol prices has gone up.", None),
    ("The price of petrol have gone up.", None), ("Petrol prices gone up.", None),
    ("Are petrol prices going up?", None), ("Petrol prices have gone up yet.", None),
    ("How much is petrol now.", None), ("Five thousand's worth, please.", None), ("It's not worth it.", None),
    ("My bike ran out of petrol halfway.", None),
    ("My motorbike ran out of gas halfway.", None), ("The petrol light is come on.", None),
    ("Does this car uses a lot of petrol?", None), ("My car use a lot of petrol.", None),
    ("The car uses a lot of petrol.", None), ("My car uses much petrol.", None), ("I need petrol.", None),
    ("Giá xăng lại tăng rồi.", None),
    # review: "have already got" (has it, or got it?), "been to get" with "already" or "just" ("đi đổ xăng rồi" reads
    # as gone), "we" asked (chúng ta, or chúng tôi?), an amount's worth with no petrol said (of credit, at a stall?),
    # a leading 0, a pet
    ("She has already got petrol.", None), ("She's already got petrol.", None), ("I’ve already got petrol.", None),
    ("Lan's already got petrol.", None), ("He has already been to get petrol.", None),
    ("We've already been to get petrol.", None), ("They've just been to get petrol.", None),
    ("My sister has just been to get petrol.", None), ("Have we got petrol yet?", None),
    ("Do we need to stop for petrol?", None), ("Just fifty thousand's worth, please.", None),
    ("A hundred thousand's worth, please.", None), ("Just 50 thousand's worth.", None),
    ("Just 050 thousand's worth of petrol.", None), ("My dog needs to get petrol.", None),
    ("My dog got petrol yesterday.", None), ("My dog ran out of petrol halfway.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
