"""Everyday phrases translated whole, from the list that ships."""
import pytest

from mt import phrasebook
from mt.detailed import translate_detailed
from mt.documents import translate_document
from mt.glossary import HINT, parse_glossary
from mt.phrasebook import addressed, asked, clauses, continued, more, openers, translate
from mt.translate import Translator


@pytest.mark.parametrize("sentence, src, tgt, expected", [
    ("Xin lỗi!", "vi", "en", "Sorry!"),  # the sentence's final punctuation, where the listed one has none
    ("bạn có khỏe không", "vi", "en", "How are you?"),  # the listed question mark, whatever the case
    ("Tôi khỏe cảm ơn.", "vi", "en", "I'm fine, thank you."),  # commas do not count
    ("Good night!", "en", "vi", "Chúc ngủ ngon!"),
    ("Tôi yêu Hà Nội.", "vi", "en", None),
    ("Xin lỗi, nhà ga ở đâu?", "vi", "en", None),  # a phrase inside a longer sentence: see `clauses`
    ("Xin lỗi,", "vi", "en", "Sorry,"),  # a clause keeps its comma
    ("How are you,", "en", "vi", "Bạn có khỏe không,"),  # in place of the listed question mark
    ("Xin lỗi!", "vi", "de", None),
    # a phrase and someone spoken to: the name as it is (v6: "Tình trạng sinh nhật vui vẻ, Muiriel!")
    ("Happy birthday, Muiriel!", "en", "vi", "Chúc mừng sinh nhật, Muiriel!"),
    ("Cảm ơn nhiều, Tom.", "vi", "en", "Thank you very much, Tom."),
    ("Hi, George!", "en", "vi", "Chào George!"),  # not "Chào bạn, George!" (hello you, George)
    ("Excuse me, Hanoi is far.", "en", "vi", None),
    # someone called by name before what a rule takes (v8, given "Taro," alone: "Tiếng Ta-ro cơm chín rồi!")
    ("Taro, dinner's ready!", "en", "vi", "Taro ơi, cơm chín rồi!"),
    ("Tom, what time is it?", "en", "vi", "Tom ơi, mấy giờ rồi?"),
    ("Monday, I'm busy.", "en", "vi", None), ("Taro, I think we should go.", "en", "vi", None),
    # an interjection is no name (review of stop 64: "Yes ơi, tôi đang trông nhà cho cô tôi.")
    ("Yes, I'm house-sitting for my aunt.", "en", "vi", None), ("Oh, I have head lice.", "en", "vi", None),
    # "it" said of what was named before: not "Cái này" (this one)
    ("It's too expensive.", "en", "vi", "Đắt quá."), ("This is too expensive.", "en", "vi", "Cái này đắt quá."),
    ("Đi chậm thôi.", "vi", "en", "Slow down."),  # (v8, after "Sàn ướt,": "it's slow.")
    # (v8: "Osteo.", "Điều đó quá xấu.")
    ("Tiếc quá.", "vi", "en", "What a pity."), ("That's too bad.", "en", "vi", "Tiếc quá."),
    ("I'm off now.", "en", "vi", "Tôi đi đây."),  # leaving (v8: "Bây giờ tôi đã tắt.", switched off)
    # letter closings with a name after them (v6: "Kind liên quan, Lan", "Weight,")
    ("Kind regards, Lan", "en", "vi", "Trân trọng, Lan"),
    ("Trân trọng,", "vi", "en", "Best regards,"),
    ("Hẹn gặp lại nhé!", "vi", "en", "See you again!"),  # a final particle left out (v6: "Hurry again!")
    # a term asked where it is (v6: "Train station Where?", "Where do my passport?"); a name without "the"
    ("Ga tàu ở đâu?", "vi", "en", "Where is the train station?"),
    ("Hộ chiếu của tôi ở đâu vậy?", "vi", "en", "Where is my passport?"),
    ("Chợ Bến Thành ở đâu", "vi", "en", "Where is Ben Thanh Market?"),
    ("Phở ngon ở đâu?", "vi", "en", None), ("Bật điều hòa ở đâu?", "vi", "en", None),
    ("Where is the train station?", "en", "vi", None),  # not a term that way
    # ... and the other way (v6: "Tôi chiếu hộ chiếu ở đâu?"; shown the term, "Hiệu thuốc?")
    ("Where is my passport?", "en", "vi", "Hộ chiếu của tôi ở đâu?"), ("Where's the pharmacy?", "en", "vi",
                                                                      "Hiệu thuốc ở đâu?"),
    ("Where are the chopsticks?", "en", "vi", "Đũa ở đâu?"), ("Where is his passport?", "en", "vi",
                                                             "Hộ chiếu của anh ấy ở đâu?"),
    # where one can buy or find it (v6, shown the term: "Tôi có thể tìm một hiệu thuốc không?"), whose it is
    ("Where can I find a pharmacy?", "en", "vi", "Tôi có thể tìm hiệu thuốc ở đâu?"),
    ("Where is your passport?", "en", "vi", "Hộ chiếu của bạn ở đâu?"),  # v6 alone: "Của bạn hộ chiếu?"
    ("Tôi có thể mua áo mưa ở đâu?", "vi", "en", "Where can I buy a raincoat?"),  # v6: "Where do I buy raincoat?"
    ("Mua thẻ sim ở đâu?", "vi", "en", "Where can I buy a SIM card?"),  # v6: "Where do Mua SIM card?"
    ("Tôi có thể mua đũa ở đâu?", "vi", "en", "Where can I buy chopsticks?"),  # not "a" before what is not counted
    # how far a term is (v6: "Train station How far?", "Cách này là hiệu thuốc từ đây?"), from another one too
    ("Ga tàu cách đây bao xa?", "vi", "en", "How far is the train station from here?"),
    ("Trạm xe buýt có xa không?", "vi", "en", "Is the bus stop far?"),
    ("How far is the pharmacy from here?", "en", "vi", "Hiệu thuốc cách đây bao xa?"),
    ("How far is Hue from Da Nang?", "en", "vi", "Huế cách Đà Nẵng bao xa?"),
    # not a term, so not the terms' rule; mt/distances.py reads someone's house (stop 74)
    ("Nhà tôi cách đây bao xa?", "vi", "en", "How far is my house from here?"),
    # the nearest (v6: "Cây ATM gần nhất ở đâu?" → "Where did ATM tree?"); not "the nearest my passport"
    ("Cây ATM gần nhất ở đâu?", "vi", "en", "Where is the nearest ATM?"),
    ("Chợ ở đâu?", "vi", "en", "Where is the market?"),  # a place said so after where only (v6: "Where do you get?")
    ("Bưu điện gần nhất ở đâu?", "vi", "en", "Where is the nearest post office?"),
    ("Tôi có thể tìm hiệu thuốc gần nhất ở đâu?", "vi", "en", "Where can I find the nearest pharmacy?"),
    ("Ga tàu gần đây nhất cách đây bao xa?", "vi", "en", "How far is the nearest train station from here?"),
    ("Where is the nearest pharmacy?", "en", "vi", "Hiệu thuốc gần nhất ở đâu?"),
    ("Hộ chiếu của tôi gần nhất ở đâu?", "vi", "en", None),
    ("Where is Hoan Kiem Lake?", "en", "vi", "Hồ Hoàn Kiếm ở đâu?"), ("Where is the pharmacy I told you about?", "en",
                                                                     "vi", None),
    # whether a room, a hotel or "you" have a thing, or whether there is one here or nearby (v6: "Is this peace?",
    # "Is it pharmacy?"); not a thing off the lists, nor something done
    ("Phòng này có điều hòa không?", "vi", "en", "Does this room have air conditioning?"),
    ("Khách sạn của bạn có hồ bơi không ạ?", "vi", "en", "Does your hotel have a pool?"),
    ("Gần đây có hiệu thuốc không?", "vi", "en", "Is there a pharmacy nearby?"),
    ("Gần đây có cây ATM không?", "vi", "en", "Is there an ATM nearby?"),
    ("Ở đây có wifi không?", "vi", "en", "Is there wifi here?"),
    ("Chị có thực đơn tiếng Anh không?", "vi", "en", "Do you have an English menu?"),
    ("Phòng này có đẹp không?", "vi", "en", None), ("Bạn có trả phòng không?", "vi", "en", None),
    # a term that is a deed is not had (mt/patterns.py gave "Do you have bring an umbrella?"): mt/bring_along.py's
    ("Bạn có mang ô không?", "vi", "en", "Did you bring an umbrella?"),
    ("Does the room have a balcony?", "en", "vi", "Phòng có ban công không?"),  # v6: "Có phải phòng vệ không?"
    ("Is there a pharmacy nearby?", "en", "vi", "Gần đây có hiệu thuốc không?"),
    ("Do you have an English menu?", "en", "vi", "Bạn có thực đơn tiếng Anh không?"),
    ("Is there a problem?", "en", "vi", None),
    # what time something leaves, opens …, both ways (v6: "How long are it started?", "Now the train?"); "mở cửa đến
    # mấy giờ" is when it closes; not until when it does anything else, nor a thing off the list
    ("Tàu khởi hành lúc mấy giờ?", "vi", "en", "What time does the train leave?"),
    ("Bao giờ tàu chạy?", "vi", "en", "When does the train leave?"),
    ("Quán này mở cửa đến mấy giờ ạ?", "vi", "en", "What time does this place close?"),
    ("Chuyến bay sẽ hạ cánh lúc mấy giờ?", "vi", "en", "What time will the flight land?"),
    ("What time does this shop close?", "en", "vi", "Cửa hàng này đóng cửa lúc mấy giờ?"),
    ("When does the museum open?", "en", "vi", "Khi nào bảo tàng mở cửa?"),
    ("Tàu chạy đến mấy giờ?", "vi", "en", None), ("Anh ấy đến lúc mấy giờ?", "vi", "en", None),
    # ... a ride to a place by its name ("đi Huế" says the leaving), both ways; not a ride to anything else, nor
    # something that does not go
    ("Tàu đi Huế lúc mấy giờ?", "vi", "en", "What time does the train to Hue leave?"),
    ("Mấy giờ xe buýt đi Hội An chạy?", "vi", "en", "What time does the bus to Hoi An leave?"),
    ("Chuyến bay đi Đà Nẵng cất cánh lúc mấy giờ?", "vi", "en", "What time does the flight to Da Nang take off?"),
    ("When does the bus to Hoi An leave?", "en", "vi", "Khi nào xe buýt đi Hội An khởi hành?"),
    ("What time does the train to Hanoi arrive?", "en", "vi", "Tàu đi Hà Nội đến lúc mấy giờ?"),
    ("Tàu đi chơi lúc mấy giờ?", "vi", "en", None), ("Cửa hàng đi Huế lúc mấy giờ?", "vi", "en", None),
    ("What time does the museum to Hue open?", "en", "vi", None),
    # how far it is or how long it takes to a place, whether a bus goes there, both ways (v6: "How far is the
    # airport coming from?", "Have a bus to Hoi An?"; "Sân bay này đến bao nhiêu?"); a city v6 knows too; not a
    # place off the lists
    ("Từ đây đến sân bay bao xa?", "vi", "en", "How far is it from here to the airport?"),
    ("Từ đây tới ga tàu có xa không?", "vi", "en", "Is it far from here to the train station?"),
    ("Từ đây đi Hội An mất bao lâu?", "vi", "en", "How long does it take to get to Hoi An from here?"),
    ("Đi đến sân bay mất bao lâu?", "vi", "en", "How long does it take to get to the airport?"),
    # "mất bao lâu" first (v7: "How long does you come to the airport?"); not to learn something
    ("Mất bao lâu để đến sân bay?", "vi", "en", "How long does it take to get to the airport?"),
    ("Mất bao lâu để đi từ đây đến ga tàu?", "vi", "en",
     "How long does it take to get to the train station from here?"),
    ("Mất bao lâu để học tiếng Việt?", "vi", "en", None),
    ("Có xe buýt đi Huế không?", "vi", "en", "Is there a bus to Hue?"),
    ("How far is it to the airport?", "en", "vi", "Từ đây đến sân bay bao xa?"),
    ("Is it far to Hanoi?", "en", "vi", "Từ đây đến Hà Nội có xa không?"),
    ("How long does it take to get to the train station?", "en", "vi", "Đến ga tàu mất bao lâu?"),
    ("Is there a flight to Da Nang?", "en", "vi", "Có chuyến bay đi Đà Nẵng không?"),
    # where a place is beside another, both ways (v6: "Khách sạn ở đối diện bưu điện." → "Hotels in the post
    # office.", "Nó ở gần chợ." → "It was near the market."; "It's next to the bank." → "Tiếp theo ngân hàng.")
    ("Khách sạn ở đối diện bưu điện.", "vi", "en", "The hotel is opposite the post office."),
    ("Khách sạn ở gần cây ATM.", "vi", "en", "The hotel is near the ATM."),  # "the" before a word in capitals
    ("Nó ở gần chợ.", "vi", "en", "It's near the market."),
    ("It's next to the bank.", "en", "vi", "Nó ở bên cạnh ngân hàng."),
    ("The hotel is opposite the post office.", "en", "vi", "Khách sạn ở đối diện bưu điện."),
    ("Nó ở phía sau nhà thờ.", "vi", "en", None), ("Anh ấy ở gần chợ.", "vi", "en", None),
    # tickets to a place, whether this bus goes there (v6: "Cho tôi một vé tàu đi Đà Nẵng." → "Give me a train to Da
    # Nang.", "Cho tôi một vé khứ hồi." → "… a ticket to the past"; "A return ticket, please." → "Làm ơn.")
    ("Cho tôi một vé tàu đi Đà Nẵng.", "vi", "en", "A train ticket to Da Nang, please."),
    ("Cho tôi hai vé đi Huế nhé.", "vi", "en", "Two tickets to Hue, please."),
    ("Cho tôi một vé khứ hồi.", "vi", "en", "A return ticket, please."),
    ("A return ticket, please.", "en", "vi", "Cho tôi một vé khứ hồi."),
    ("Two one-way tickets to Hanoi, please.", "en", "vi", "Cho tôi hai vé một chiều đi Hà Nội."),
    ("Does this train go to Hue?", "en", "vi", "Tàu này có đi Huế không?"),
    ("Xe buýt này có đến Hội An không?", "vi", "en", "Does this bus go to Hoi An?"),
    ("Cho tôi hai vé.", "vi", "en", None), ("Two tickets to the concert, please.", "en", "vi", None),
    # how to get there, which bus goes there (v6: "Làm sao để đến ga tàu?" → "How to come to the train station?",
    # "Xe buýt số mấy đi đến sân bay?" → "How many buses …")
    ("Làm sao để đến ga tàu?", "vi", "en", "How do I get to the train station?"),
    ("Làm thế nào để tôi đi đến Hội An?", "vi", "en", "How do I get to Hoi An?"),
    ("Xe buýt số mấy đi đến sân bay?", "vi", "en", "Which bus goes to the airport?"),
    ("How can I get to Hoi An from here?", "en", "vi", "Làm sao để đến Hội An?"),
    ("Which train goes to Hue?", "en", "vi", "Tàu nào đi Huế?"),
    ("Làm sao để đến nhà bạn?", "vi", "en", None), ("How do I get to your house?", "en", "vi", None),
    ("Từ đây đến nhà bạn bao xa?", "vi", "en", "How far is it from here to your house?"),  # mt/distances.py (stop 74)
    ("Is there a bus to my office?", "en", "vi", None),
    # what a ride or a ticket there costs, both ways (v6: "How much taxi went to the airport?"; "Thị trường sân bay
    # bằng taxi?")
    ("Đi taxi ra sân bay hết bao nhiêu tiền?", "vi", "en", "How much is a taxi to the airport?"),
    ("Vé tàu đi Huế bao nhiêu tiền?", "vi", "en", "How much is a train ticket to Hue?"),
    ("How much does it cost to get to the airport by taxi?", "en", "vi", "Đi taxi đến sân bay hết bao nhiêu tiền?"),
    ("How much is a train ticket to Hue?", "en", "vi", "Vé tàu đi Huế bao nhiêu tiền?"),
    ("How much does it cost to get to my hotel?", "en", "vi", None),
    # a thing to wear in another size or colour (v6: "Is this coat smaller than?", "Cái áo này có màu khác không?" →
    # "Is this other color?"; "Do you have this in another colour?" → "Bạn có màu này trong một màu khác không?"),
    # both ways; not a table
    ("Cái áo này có size nhỏ hơn không?", "vi", "en", "Do you have this shirt in a smaller size?"),
    ("Đôi giày này có cỡ lớn hơn không ạ?", "vi", "en", "Do you have these shoes in a bigger size?"),
    ("Cái này có size to hơn không?", "vi", "en", "Do you have this in a bigger size?"),
    ("Cái áo này có màu khác không?", "vi", "en", "Do you have this shirt in another colour?"),
    ("Do you have this in a smaller size?", "en", "vi", "Cái này có cỡ nhỏ hơn không?"),
    ("Do you have these shoes in another colour?", "en", "vi", "Đôi giày này có màu khác không?"),
    ("Cái bàn này có cỡ lớn hơn không?", "vi", "en", None), ("Do you have this table in red?", "en", "vi", None),
    # ... and in a colour by name (v6: "Bạn có cái áo này màu đỏ không?" → "Do you have this red?"; "Do you have
    # this in red?" → "Bạn có màu đỏ này không?"); not "xanh" alone (blue or green), nor whether it is red
    ("Bạn có cái áo này màu đỏ không?", "vi", "en", "Do you have this shirt in red?"),
    ("Còn đôi giày này màu trắng không ạ?", "vi", "en", "Do you have these shoes in white?"),
    ("Do you have this in red?", "en", "vi", "Bạn có cái này màu đỏ không?"),
    ("Do you have these shoes in gray?", "en", "vi", "Bạn có đôi giày này màu xám không?"),
    ("Bạn có cái áo này màu xanh không?", "vi", "en", None), ("Cái áo này có màu đỏ không?", "vi", "en", None),
    # ... and too big, tight, expensive (v6: "Cái này to quá." → "This is too much."; "This is too big." → "Điều này
    # quá lớn.", this matter); not without "quá" or "hơi", nor "these" of one
    ("Cái này to quá.", "vi", "en", "This is too big."), ("Đôi giày này hơi chật.", "vi", "en",
                                                          "These shoes are a bit tight."),
    ("Cái áo này quá đắt.", "vi", "en", "This shirt is too expensive."),
    ("This is too big.", "en", "vi", "Cái này to quá."), ("These shoes are a bit tight.", "en", "vi",
                                                          "Đôi giày này hơi chật."),
    ("Cái áo này to.", "vi", "en", None), ("These shirt is too big.", "en", "vi", None),
    ("Cái váy này có size nhỏ hơn không?", "vi", "en", "Do you have this dress in a smaller size?"),  # not "these"
    # ... and what it costs (v6: "Cái áo này bao nhiêu tiền?" → "How much money does this coat?")
    ("Cái áo này bao nhiêu tiền?", "vi", "en", "How much is this shirt?"),
    ("Đôi giày này giá bao nhiêu?", "vi", "en", "How much are these shoes?"),
    ("Cái bàn này bao nhiêu tiền?", "vi", "en", None),
    # what a thing costs for a day, a night, a person (v6: "How many more a night?"), a term or a thing of the list,
    # or "this"; not another thing
    ("Phòng này bao nhiêu một đêm?", "vi", "en", "How much is this room per night?"),
    ("Thuê xe máy bao nhiêu tiền một ngày?", "vi", "en", "How much is it to rent a motorbike per day?"),
    ("Vé bao nhiêu tiền một người ạ?", "vi", "en", "How much is a ticket per person?"),
    ("Phòng đôi bao nhiêu tiền một đêm?", "vi", "en", "How much is a double room per night?"),
    ("Xe này bao nhiêu tiền một ngày?", "vi", "en", "How much is this per day?"),
    ("Một đêm bao nhiêu tiền?", "vi", "en", "How much is it per night?"),
    ("Thuê xe bao nhiêu một ngày?", "vi", "en", None),
    # by the kilo, asked or said, both ways (v6: "How much money is a balance?", "The 50 thousand aquisition."; "Chỉ
    # cần bao nhiêu ki-lô-mét?"); not a thing no list knows, nor a sum without "đồng" or a word for thousands
    ("Xoài bao nhiêu một cân?", "vi", "en", "How much are the mangoes per kilo?"),
    ("Bao nhiêu tiền một cân?", "vi", "en", "How much is it per kilo?"),
    ("Cam 50 nghìn một cân.", "vi", "en", "The oranges are 50,000 dong a kilo."),
    ("Thịt bò giá 250k một ký.", "vi", "en", "The beef is 250,000 dong a kilo."),
    ("Phòng đơn giá 500 nghìn một đêm.", "vi", "en", "A single room is 500,000 dong a night."),
    ("Thuê xe đạp 50.000đ một ngày!", "vi", "en", "Renting a bicycle is 50,000 dong a day!"),
    ("Giá 150 nghìn một người.", "vi", "en", "It's 150,000 dong per person."),
    ("Cái này 1,5 triệu một cái.", "vi", "en", "This is 1,500,000 dong each."),
    ("Tôi 30 tuổi một năm.", "vi", "en", None), ("Nhà tôi 2 km một ngày.", "vi", "en", None),
    ("Ghế 50 một cái.", "vi", "en", None),
    ("How much is it per kilo?", "en", "vi", "Bao nhiêu tiền một cân?"),
    ("How much are the oranges per kilo?", "en", "vi", "Cam bao nhiêu tiền một cân?"),
    ("How much is this room a night?", "en", "vi", "Phòng này bao nhiêu tiền một đêm?"),
    ("Mangoes are 40,000 dong a kilo.", "en", "vi", "Xoài giá 40.000 đồng một cân."),
    ("It's 150,000 dong a day.", "en", "vi", "Giá 150.000 đồng một ngày."),
    ("The single room is 500,000 VND per night.", "en", "vi", "Phòng đơn giá 500.000 đồng một đêm."),
    ("He is 30,000 dong a day.", "en", "vi", None), ("How much is the weather per day?", "en", "vi", None),
    # whether a price includes something (v7: "Can you include breakfast?", "Is the office included breakfast?"; "Giá
    # bao gồm ăn sáng?"); not without "?", nor a thing not of the list
    ("Phòng có bao gồm bữa sáng không?", "vi", "en", "Does the room include breakfast?"),
    ("Giá phòng đã bao gồm bữa sáng chưa?", "vi", "en", "Does the room rate include breakfast?"),
    ("Giá này đã bao gồm thuế chưa?", "vi", "en", "Does this price include tax?"),
    ("Giá đã bao gồm thuế chưa.", "vi", "en", None), ("Giá có bao gồm xe không?", "vi", "en", None),
    ("Does the price include breakfast?", "en", "vi", "Giá đã bao gồm bữa sáng chưa?"),
    ("Does this tour include lunch?", "en", "vi", "Tour này đã bao gồm bữa trưa chưa?"),
    ("Does the price include a car?", "en", "vi", None),
    # bought by weight, asked for or said (v7: "Cho tôi một cân cam." → "Give me a pledge.", "Give me a kilo of
    # oranges, please." → "Đưa tôi một ki-lô-mét, vui lòng."); "lạng" is 100 grams; not a thing no list knows, nor
    # asked without "?", nor half a gram
    ("Cho tôi một cân cam.", "vi", "en", "A kilo of oranges, please."),
    ("Bán cho tôi hai cân xoài nhé.", "vi", "en", "Two kilos of mangoes, please."),
    ("Tôi muốn mua nửa cân thịt bò.", "vi", "en", "I'd like to buy half a kilo of beef."),
    ("Cho tôi ba lạng thịt lợn.", "vi", "en", "300 grams of pork, please."),
    ("Cho tôi 1,5 kg gạo được không?", "vi", "en", "Can I have 1.5 kilos of rice?"),
    ("Cho tôi hai cân sách.", "vi", "en", None), ("Cho tôi hai cân táo được không.", "vi", "en", None),
    ("Give me a kilo of oranges, please.", "en", "vi", "Cho tôi một cân cam."),
    ("Can I have half a kilo of beef?", "en", "vi", "Cho tôi nửa cân thịt bò được không?"),
    ("I'd like to buy 500 grams of prawns.", "en", "vi", "Tôi muốn mua 500 gam tôm."),
    ("I'd like two kilos of apples.", "en", "vi", "Cho tôi hai cân táo."),
    ("Half a gram of rice.", "en", "vi", None), ("Can I have two kilos of books?", "en", "vi", None),
    # someone's name, as they are introduced (v6: "I named it.", "My name is Hair."); not a name in small letters
    # whether a dish has a thing, somewhere to charge a phone (v6: "Món này có hành không?" → "Is this?")
    ("Món này có hành không?", "vi", "en", "Does this dish have onions?"),
    ("Does this dish have peanuts?", "en", "vi", "Món này có đậu phộng không?"),
    ("Ở đây có chỗ sạc điện thoại không?", "vi", "en", "Is there somewhere to charge my phone here?"),
    ("Tôi tên là Nam.", "vi", "en", "My name is Nam."), ("Bạn tôi tên là Hải.", "vi", "en", "My friend's name is Hai."),
    ("Tên của em gái tôi là Mai.", "vi", "en", "My sister's name is Mai."),
    ("Tên anh ấy là Đông.", "vi", "en", "His name is Dong."), ("Tôi tên là nam.", "vi", "en", None),
    # someone's work after "làm" (v6: "Tôi làm kỹ sư." → "I do engineers."; "She works as a nurse." → "Cô ấy làm việc
    # như một y tá."), at a workplace or in a city of the lists; not "làm việc" (works) nor another job
    ("Tôi làm kỹ sư.", "vi", "en", "I'm an engineer."),
    ("Chị ấy làm y tá ở bệnh viện.", "vi", "en", "She's a nurse at a hospital."),
    ("Bố tôi làm nông dân.", "vi", "en", "My father is a farmer."),
    ("Anh ấy làm hướng dẫn viên du lịch ở Huế.", "vi", "en", "He's a tour guide in Hue."),
    # once, "từng" (v6: "Mẹ tôi từng làm y tá." → "My mother was once nursery.")
    ("Mẹ tôi từng làm y tá.", "vi", "en", "My mother used to be a nurse."),
    ("Tôi đã từng làm giáo viên ở Hà Nội.", "vi", "en", "I used to be a teacher in Hanoi."),
    ("My father works as an engineer at a factory.", "en", "vi", "Bố tôi làm kỹ sư ở nhà máy."),
    # ... and is one (v8: "My neighbour is a doctor." → "Tôi là một bác sĩ.", I am)
    ("My neighbour is a doctor.", "en", "vi", "Hàng xóm tôi là bác sĩ."),
    ("I'm an engineer.", "en", "vi", "Tôi là kỹ sư."),
    ("His wife is a doctor at a hospital.", "en", "vi", "Vợ anh ấy là bác sĩ ở bệnh viện."),
    ("I is a doctor.", "en", "vi", None), ("He am a doctor.", "en", "vi", None),
    ("I work as a teacher in Hanoi.", "en", "vi", "Tôi làm giáo viên ở Hà Nội."),
    ("Tôi làm thợ lặn.", "vi", "en", None),
    # ... or after "là", said of someone by name too (v7: "Anh tôi là kỹ sư." → "I'm an engineer.", "Anh ấy là đầu
    # bếp." → "He's the kitchen head.")
    ("Anh tôi là kỹ sư.", "vi", "en", "My brother is an engineer."),
    ("Anh ấy là đầu bếp.", "vi", "en", "He's a chef."), ("Lan là một luật sư.", "vi", "en", "Lan is a lawyer."),
    ("Mẹ tôi từng là y tá.", "vi", "en", "My mother used to be a nurse."),
    ("Tôi là thợ lặn.", "vi", "en", None),
    # where someone works (v6: "Bố tôi làm ở ngân hàng." → "I'm doing at the bank.")
    ("Bố tôi làm ở ngân hàng.", "vi", "en", "My father works at the bank."),
    ("Tôi làm việc ở một bệnh viện.", "vi", "en", "I work at a hospital."),
    ("Tôi làm ở một công ty phần mềm.", "vi", "en", None),  # (not a workplace of the list: mt.people.works_at)
    ("I work as a diver.", "en", "vi", None),
    # more of something asked for (v6: "Cho tôi thêm một chai nước." → "Give me a bottle of water."), by count and
    # measure; not without "thêm" or "nữa", nor a measure without a count
    ("Cho tôi thêm một chai nước.", "vi", "en", "One more bottle of water, please."),
    ("Cho tôi một ly cà phê nữa nhé.", "vi", "en", "One more cup of coffee, please."),
    ("Cho mình thêm hai đôi đũa.", "vi", "en", "Two more pairs of chopsticks, please."),
    ("Cho tôi thêm khăn tắm.", "vi", "en", "More towels, please."),
    ("Làm ơn cho thêm đá.", "vi", "en", "More ice, please."),
    ("Có thể cho tôi thêm một cái gối không?", "vi", "en", "Can I have another pillow?"),
    ("Cho tôi thêm hai chai bia được không?", "vi", "en", "Can I have two more bottles of beer?"),
    ("Cho tôi thêm chai nước.", "vi", "en", None),
    ("Cho tôi một chai nước.", "vi", "en", "A bottle of water, please."),  # (no "thêm": mt/orders.py's, stop 55)
    # ... and the other way (v6: "Can I have another pillow?" → "… một viên thuốc khác …", a pill)
    ("Can I have another pillow?", "en", "vi", "Cho tôi thêm một cái gối được không?"),
    ("Two more beers, please.", "en", "vi", "Cho tôi thêm hai chai bia nhé."),
    ("Could I get some more ice?", "en", "vi", "Cho tôi thêm đá được không?"),
    ("I'd like another cup of tea.", "en", "vi", "Cho tôi thêm một ly trà nhé."),
    ("Another day, another dollar.", "en", "vi", None), ("One more time, please.", "en", "vi", None),
    # an order with "please" alone, and dishes (v6: "Two beers, please." → "Hai bia, xin vui lòng.", "Can I have a
    # bowl of beef pho?" → "Có thể I một bát phở bò không?"); not a count without "please"
    ("Two beers, please.", "en", "vi", "Cho tôi hai chai bia nhé."),
    ("One iced tea, please.", "en", "vi", "Cho tôi một ly trà đá nhé."),
    ("Two bowls of pho, please.", "en", "vi", "Cho tôi hai bát phở nhé."),
    ("Can I have a bowl of beef pho?", "en", "vi", "Cho tôi một bát phở bò được không?"),
    ("Cho tôi thêm một bát phở.", "vi", "en", "One more bowl of pho, please."),
    ("Two beers.", "en", "vi", None), ("Two tickets, please.", "en", "vi", None),
    # someone's age (v6: "Con gái tôi năm tuổi." → "My daughter five years old.", "Mẹ tôi 60 tuổi." → "My mother was
    # 60 years old."); not a count of years
    ("Con gái tôi năm tuổi.", "vi", "en", "My daughter is five years old."),
    ("Bố tôi năm nay 65 tuổi rồi.", "vi", "en", "My father is 65 years old."),
    ("Anh ấy 25 tuổi.", "vi", "en", "He's 25 years old."),
    ("Con tôi được 1 tuổi.", "vi", "en", "My child is 1 year old."),
    ("Tôi sống ở đây năm năm.", "vi", "en", None), ("Lan 20 tuổi.", "vi", "en", None),
    ("My daughter is five years old.", "en", "vi", "Con gái tôi năm tuổi."),  # v6: "Con gái của tôi là năm tuổi."
    ("I'm 30 years old.", "en", "vi", "Tôi 30 tuổi."), ("The house is 30 years old.", "en", "vi", None),
    # how to take a medicine, both ways (v6: "Uống một viên, ngày ba lần." → "Take a member, three times."; "Take one
    # tablet three times a day." → "… máy tính bảng …", a tablet computer)
    ("Uống một viên, ngày ba lần.", "vi", "en", "Take one tablet three times a day."),
    ("Ngày uống hai lần, mỗi lần một viên.", "vi", "en", "Take one tablet twice a day."),
    ("Mỗi ngày uống 3 lần sau bữa ăn.", "vi", "en", "Take it 3 times a day after meals."),
    ("Take two pills twice a day after meals.", "en", "vi", "Uống hai viên, ngày hai lần, sau bữa ăn."),
    ("Take this medicine once a day.", "en", "vi", "Uống thuốc này ngày một lần."),
    ("Uống nước ngày ba lần.", "vi", "en", None), ("Take a walk twice a day.", "en", "vi", None),
    # "nào" (any) after the thing asked for (v6: "Gần đây có hiệu thuốc nào không?" → "What recently pharmacy?")
    ("Gần đây có hiệu thuốc nào không?", "vi", "en", "Is there a pharmacy nearby?"),
    # something broken or not working, late, missed, run out (mt/mishaps.py; v6: "Máy lạnh bị hỏng." → "Air
    # conditioner corrupt.", "Tàu đến muộn 15 phút." → "It's up to 15 minutes.", "Chúng tôi bị lỡ chuyến bay." → "We
    # were missile.", "Tôi hết tiền rồi." → "I'm all money."; "The fan in my room is broken." → "Người hâm mộ …")
    ("Máy lạnh bị hỏng.", "vi", "en", "The air conditioner is broken."),
    ("Điều hòa trong phòng tôi không chạy.", "vi", "en", "The air conditioner in my room isn't working."),
    ("Xe máy của tôi bị hỏng rồi.", "vi", "en", "My motorbike has broken down."),
    ("Cái quạt này bị hư.", "vi", "en", "This fan is broken."),
    ("The fan in my room is broken.", "en", "vi", "Quạt trong phòng tôi bị hỏng."),
    ("The shower doesn't work.", "en", "vi", "Vòi sen không hoạt động."),
    ("Tàu đến muộn 15 phút.", "vi", "en", "The train is 15 minutes late."),
    ("Tôi sẽ đến muộn khoảng 10 phút.", "vi", "en", "I'll be about 10 minutes late."),
    ("Chuyến bay bị trễ một tiếng.", "vi", "en", "The flight is an hour late."),
    # (left by the phrase rules of a delay; mt/lateness.py takes it since stop 58)
    ("Hôm qua chúng tôi đã đến trễ nửa tiếng.", "vi", "en", "We were half an hour late yesterday."),
    ("I'm 10 minutes late.", "en", "vi", "Tôi đến muộn 10 phút."),
    ("The bus was twenty minutes late.", "en", "vi", "Xe buýt đã đến muộn hai mươi phút."),
    ("Chúng tôi bị lỡ chuyến bay.", "vi", "en", "We missed the flight."),
    ("Tôi suýt lỡ chuyến tàu.", "vi", "en", "I almost missed the train."),
    ("We'll miss the bus.", "en", "vi", "Chúng tôi sẽ bị lỡ xe buýt."),
    ("Tôi hết tiền rồi.", "vi", "en", "I've run out of money."),
    ("Điện thoại của tôi sắp hết pin.", "vi", "en", "My phone is almost out of battery."),
    ("We ran out of petrol.", "en", "vi", "Chúng tôi hết xăng rồi."),
    ("I'm running out of cash.", "en", "vi", "Tôi sắp hết tiền mặt."),
    ("Máy in hết giấy rồi.", "vi", "en", "The printer has run out of paper."),  # v6: "Printer all papers."
    ("Tivi nhà tôi bị hỏng.", "vi", "en", None), ("The TV in the lobby is broken.", "en", "vi", None),
    ("Tôi hết hy vọng.", "vi", "en", None),
    # something stolen (v7: "Someone had thipped my wallet.", "I have a wallet handle."; "Ai đó đánh cắp tủy của tôi.")
    ("Ai đó đã lấy trộm ví của tôi.", "vi", "en", "Someone stole my wallet."),
    ("Tôi bị móc ví.", "vi", "en", "My wallet was stolen."),
    ("Điện thoại của tôi bị lấy trộm.", "vi", "en", "My phone was stolen."),
    ("Anh ấy bị giật điện thoại.", "vi", "en", "His phone was stolen."),
    ("Someone stole my wallet.", "en", "vi", "Có người lấy trộm ví của tôi."),
    ("My bag has been stolen.", "en", "vi", "Tôi bị lấy trộm túi."),
    ("Tôi bị lấy trộm ví của anh ấy.", "vi", "en", None), ("Someone stole my heart.", "en", "vi", None),
    ("Anh ấy bị móc túi.", "vi", "en", "He was pickpocketed."),  # (mt/theft.py; not "his bag was stolen")
    # someone by kin or by name late, missing a ride, robbed, losing or not finding something (v7: "Hung's going to go
    # late.", "My father was missile.", "My mother was lost his phone.", "I don't find glass."); his or her by the
    # word of kinship, "their" for a name alone; not a pronoun (mt.terms writes it), nor another's thing
    ("Hùng sẽ đến muộn.", "vi", "en", "Hung will be late."),
    ("Mẹ tôi đến muộn 10 phút.", "vi", "en", "My mother is 10 minutes late."),
    ("Bố tôi bị lỡ chuyến tàu.", "vi", "en", "My father missed the train."),
    ("Lan bị móc ví.", "vi", "en", "Lan's wallet was stolen."),
    ("Bạn tôi hết tiền rồi.", "vi", "en", "My friend has run out of money."),
    ("Mẹ tôi bị mất điện thoại.", "vi", "en", "My mother lost her phone."),
    ("Bác Hùng không tìm thấy kính.", "vi", "en", "Uncle Hung can't find his glasses."),
    ("Anh trai tôi vừa làm mất chìa khóa.", "vi", "en", "My brother just lost his keys."),
    ("Minh quên hộ chiếu.", "vi", "en", "Minh forgot their passport."),
    ("Em gái tôi bị mất điện thoại.", "vi", "en", "My sister lost her phone."),  # (by the English: "em" is either)
    ("Tôi bị mất ví.", "vi", "en", None), ("Mẹ tôi bị mất ví của tôi.", "vi", "en", None),
    ("My mother will be late.", "en", "vi", "Mẹ tôi sẽ đến muộn."),
    ("Lan missed the bus.", "en", "vi", "Lan bị lỡ xe buýt."),
    # whether a shop or "you" sell something, both ways (v6: "Bạn có bán kem chống nắng không?" → "Do you get
    # sunscreen?", "Ở đây có bán áo mưa không?" → "Are there sales raincoat?"; "Do you sell umbrellas?" → "… đồ gỗ …")
    ("Bạn có bán kem chống nắng không?", "vi", "en", "Do you sell sunscreen?"),
    ("Ở đây có bán áo mưa không?", "vi", "en", "Do you sell raincoats here?"),
    ("Cửa hàng này có bán thuốc đau đầu không?", "vi", "en", "Does this shop sell headache medicine?"),
    ("Chị có bán thẻ sim ở đây không ạ?", "vi", "en", "Do you sell SIM cards here?"),
    ("Do you sell umbrellas?", "en", "vi", "Bạn có bán ô không?"),
    ("Does the supermarket sell milk?", "en", "vi", "Siêu thị có bán sữa không?"),
    ("Do they sell SIM cards here?", "en", "vi", "Ở đây có bán thẻ sim không?"),
    ("Bạn có bán nhà không?", "vi", "en", None), ("Do you sell houses?", "en", "vi", None),
    # how long someone stays somewhere (v6: "Tôi sẽ ở Hà Nội 3 ngày." → "I'll be in Hanoi 3 days.", "Chúng tôi đã ở
    # Huế hai ngày." → "We're in Hue two days.", "Bạn sẽ ở Hà Nội mấy ngày?" → "… for days?")
    ("Tôi sẽ ở Hà Nội 3 ngày.", "vi", "en", "I'll stay in Hanoi for 3 days."),
    # ... for more of it ("thêm … nữa"; v7: "I'm going to be here for three days.")
    ("Tôi sẽ ở đây thêm ba ngày nữa.", "vi", "en", "I'll be here for three more days."),
    ("Chúng tôi sẽ ở Hà Nội thêm một tuần.", "vi", "en", "We'll stay in Hanoi for another week."),
    ("Bạn sẽ ở Huế thêm mấy ngày nữa?", "vi", "en", "How many more days will you stay in Hue?"),
    ("Chúng tôi đã ở Huế hai ngày.", "vi", "en", "We stayed in Hue for two days."),
    ("Cô ấy sẽ ở đây ba tháng.", "vi", "en", "She'll be here for three months."),
    ("Tôi ở đây một tuần.", "vi", "en", "I'm here for a week."),
    ("Gia đình tôi sẽ ở Hội An bốn đêm.", "vi", "en", "My family will stay in Hoi An for four nights."),
    ("Tôi định ở Nha Trang một tuần.", "vi", "en", "I plan to stay in Nha Trang for a week."),
    ("Chúng tôi ở khách sạn này ba đêm.", "vi", "en", "We're staying in this hotel for three nights."),
    ("Tôi ở Việt Nam hai năm rồi.", "vi", "en", "I've been in Vietnam for two years."),
    ("Bạn sẽ ở Hà Nội mấy ngày?", "vi", "en", "How many days will you stay in Hanoi?"),
    ("Bạn ở Huế mấy ngày rồi?", "vi", "en", "How many days have you been in Hue?"),
    ("Anh ấy đã ở Huế mấy ngày?", "vi", "en", "How many days did he stay in Hue?"),
    ("Tôi ở nhà ba ngày.", "vi", "en", None), ("Tôi ở Hà Nội 3 ngày?", "vi", "en", None),
    # something asked for in English (v6: "Can I have some water, please?" → "Có thể tôi có một vài nước, vui lòng?",
    # "Could we have some ice?" → "… một số món ăn …", a dish)
    ("Can I have some water, please?", "en", "vi", "Cho tôi một ít nước được không?"),
    ("Could we have some ice?", "en", "vi", "Cho chúng tôi một ít đá được không?"),
    ("Can I have a beer?", "en", "vi", "Cho tôi một chai bia được không?"),
    ("May I have a glass of water?", "en", "vi", "Cho tôi một ly nước được không?"),
    ("I'd like a coffee, please.", "en", "vi", "Cho tôi một ly cà phê nhé."),
    ("Can I have a word with you?", "en", "vi", None), ("I'd like some advice.", "en", "vi", None),
    # a place on a side, both ways (v6: "Hiệu thuốc ở bên trái." → "Pharmacy at left."; "The hotel is on the left." →
    # "Khách sạn nằm trên trái.", "It's on your right." → "Cái đó đúng là của bạn.")
    ("Hiệu thuốc ở bên trái.", "vi", "en", "The pharmacy is on the left."),
    ("Khách sạn ở bên tay trái.", "vi", "en", "The hotel is on the left."),
    ("Nó ở bên tay phải của bạn.", "vi", "en", "It's on your right."),
    ("The hotel is on the left.", "en", "vi", "Khách sạn ở bên tay trái."),
    ("The pharmacy is on the right-hand side.", "en", "vi", "Hiệu thuốc ở bên tay phải."),
    ("It's on your right.", "en", "vi", "Nó ở bên tay phải của bạn."),
    ("Tôi ở bên trái.", "vi", "en", None), ("He is on the left.", "en", "vi", None),
    # listed at stop 52 (v7: "I'm getting married soon." → "Tôi đã kết hôn sớm.", already married; "Tôi quên mất tên
    # bạn." → "I forgot to lose your name."; "Chúng ta chia tiền nhé." → "Let's break money.")
    ("I'm getting married soon.", "en", "vi", "Tôi sắp kết hôn."),
    ("Tôi sắp lấy chồng.", "vi", "en", "I'm getting married soon."),
    ("Tôi quên mất tên bạn.", "vi", "en", "I've forgotten your name."),
    ("Chúng ta chia tiền nhé.", "vi", "en", "Let's split the bill."),
    ("Let's split the bill.", "en", "vi", "Chúng ta chia tiền nhé."),
    ("Have a nice trip!", "en", "vi", "Chúc bạn một chuyến đi vui vẻ!"),
    # listed at stop 53 (v7: "Tôi đi ngủ đây." → "I went to bed here."; "I just got a haircut." → "Tôi chỉ bị rụng
    # tóc.", hair falling out; "Text me when you get home." → "Văn bản tôi khi bạn về nhà.")
    ("Tôi đi ngủ đây.", "vi", "en", "I'm off to bed."), ("I just got a haircut.", "en", "vi", "Tôi vừa cắt tóc."),
    ("Text me when you get home.", "en", "vi", "Về đến nhà thì nhắn tin cho tôi nhé."),
    ("Do you have any pets?", "en", "vi", "Bạn có nuôi thú cưng không?"),
    # listed at stop 68, interjections (v8: "Hey!" → "Cậu bé!", boy; "Calm down." → "Hãy bàn tay xuống."; "Này!" →
    # "You're!"; "Thế à?" → "Would you?"; "Hôm nay bạn thế nào?" → "What's you today?"), the source's end kept
    ("Hey!", "en", "vi", "Này!"), ("Oops!", "en", "vi", "Ối!"), ("Calm down.", "en", "vi", "Bình tĩnh nào."),
    ("Great!", "en", "vi", "Tuyệt!"), ("No way!", "en", "vi", "Không đời nào!"),
    ("Này!", "vi", "en", "Hey!"), ("Ôi không!", "vi", "en", "Oh no!"), ("Thế à?", "vi", "en", "Really?"),
    ("Được.", "vi", "en", "OK."), ("Hôm nay bạn thế nào?", "vi", "en", "How are you today?"),
    # and short replies (v8: "Tôi cũng vậy." → "I'm too."; "Me neither." → "Tôi không."; "My bad." → "Cái xấu của tôi.")
    ("Tôi cũng vậy.", "vi", "en", "Me too."), ("Tôi cũng không.", "vi", "en", "Me neither."),
    ("Đủ rồi!", "vi", "en", "That's enough!"), ("Me neither.", "en", "vi", "Tôi cũng không."),
    ("My bad.", "en", "vi", "Lỗi của tôi."), ("Here you are.", "en", "vi", "Của bạn đây."),
    # listed at stop 69 (v8: "Lạnh quá." → "Too late."; "Xong chưa?" → "Isong?"; "Fine." → "Nước mắt.", tears; "Get
    # out!" → "Lấy ra!"; "Yuck!" → "Vân Nam!")
    ("Lạnh quá.", "vi", "en", "It's so cold."), ("Xong chưa?", "vi", "en", "Done yet?"),
    ("Hẹn mai gặp lại nhé!", "vi", "en", "See you tomorrow!"), ("Fine.", "en", "vi", "Được thôi."),
    ("Get out!", "en", "vi", "Ra ngoài!"), ("Yuck!", "en", "vi", "Eo ôi!"),
    ("Sorry, what?", "en", "vi", "Xin lỗi, gì cơ?"), ("Của ai?", "vi", "en", "Whose is it?"),
    ("Đông quá.", "vi", "en", "It's so crowded."), ("Nào, đi thôi.", "vi", "en", "Come on, let's go."),
    ("How cute!", "en", "vi", "Dễ thương quá!"), ("Relax.", "en", "vi", "Cứ thư giãn đi."),
    # listed at stop 70 (v8: "Khổ thân." → "Confusion."; "Mặc kệ." → "The knife."; "Vậy hả?" → "So bare?"; "Oh no." →
    # "Chưa."; "Serves you right." → "Làm cho bạn có quyền."; "Congrats!" → "Cưởi!")
    ("Khổ thân.", "vi", "en", "Poor thing."), ("Mặc kệ.", "vi", "en", "Forget it."), ("Im đi!", "vi", "en", "Shut up!"),
    ("Vậy hả?", "vi", "en", "Really?"), ("Hên xui.", "vi", "en", "It's down to luck."),
    ("No rồi.", "vi", "en", "I'm full."), ("Oh no!", "en", "vi", "Ôi không!"),
    ("Serves you right.", "en", "vi", "Đáng đời."), ("Congrats!", "en", "vi", "Chúc mừng!"),
    ("Is that so?", "en", "vi", "Thế à?"), ("Coming through!", "en", "vi", "Cho tôi qua với!"),
])
def test_translate(sentence, src, tgt, expected):
    assert translate(sentence, src, tgt) == expected


def _stand_in(t: Translator, monkeypatch, english: str) -> list[str]:
    """Make `t` decode every sentence as `english`; returns the list of the sources it is given."""
    seen = []

    def decode(batch, prefix, opts, n, forbid=None):
        seen.extend(t.sp_source.decode(b) for b in batch)
        return [t.sp_target.encode(english, out_type=str) for _ in batch]

    monkeypatch.setattr(t, "_decode_batch", decode)
    return seen


def test_a_listed_phrase_is_not_decoded(exported, monkeypatch):
    """With a stand-in decoder: of three sentences, the two phrases are looked up and only the third is decoded."""
    t = Translator.load(exported, cache_size=0)
    seen = _stand_in(t, monkeypatch, "The cat sleeps on the chair.")  # ("Tôi yêu mèo." is a rule's since stop 49)
    assert t.translate("Xin chào! Con mèo ngủ trên ghế. CHÚC MỪNG NĂM MỚI!", "vi", "en") == \
        ["Hello! The cat sleeps on the chair. HAPPY NEW YEAR!"]
    assert len(seen) == 1 and "mèo" in seen[0]


def test_the_detailed_path_looks_phrases_up_unless_the_glossary_has_a_term_in_them(exported):
    t = Translator.load(exported)
    r = translate_detailed(t, ["Xin chào! Tôi có hai con mèo."], "vi", "en", alternatives=1)[0]
    assert r.text.startswith("Hello! ") and [w.fixed for w in r.words[:1]] == ["phrase"]
    assert all(a.text.startswith("Hello! ") for a in r.alternatives)
    kept = translate_detailed(t, ["Xin chào!"], "vi", "en", glossary=parse_glossary("chào"))[0]
    assert kept.words[0].fixed != "phrase"  # the user's term decides: the model translates around it


def test_formatted_documents_leave_phrases_to_the_model(exported):
    t = Translator.load(exported)
    doc = translate_document("**Xin chào!**\n".encode(), "a.md", t, "vi", "en")
    assert "Hello" not in doc.data.decode()


@pytest.mark.parametrize("sentence, src, tgt, parts", [
    ("Xin lỗi, nhà ga ở đâu?", "vi", "en", ["Xin lỗi,", "Nhà ga ở đâu?"]),  # the rest as a sentence, with a capital
    ("Chúc ngủ ngon, hẹn gặp lại.", "vi", "en", ["Chúc ngủ ngon,", "Hẹn gặp lại."]),
    ("Vâng, tôi hiểu, cảm ơn nhiều.", "vi", "en", ["Vâng, tôi hiểu,", "Cảm ơn nhiều."]),  # other clauses together
    ("Hello, how are you?", "en", "vi", ["Hello,", "How are you?"]),
    ("Tôi nghĩ, anh ấy, đến rồi.", "vi", "en", ["Tôi nghĩ, anh ấy, đến rồi."]),  # no phrase
    ("Tôi khỏe, cảm ơn.", "vi", "en", ["Tôi khỏe, cảm ơn."]),  # a phrase with a comma in it, whole
    ("Xin lỗi, tôi đến muộn.", "vi", "de", ["Xin lỗi, tôi đến muộn."]),  # no list for the pair
    # inside a sentence, a phrase only after phrases that open it: "Cheers" here is a show in a list
    ("He worked on Taxi, Cheers, and Frasier.", "en", "vi", ["He worked on Taxi, Cheers, and Frasier."]),
    ("Oh my god, never mind, you came!", "en", "vi", ["Oh my god,", "Never mind,", "You came!"]),
    # someone called (v6: "Em ơi, cho anh cốc trà đá." → "His dad, gave him a iced tea.")
    ("Chị ơi, cái này bao nhiêu tiền?", "vi", "en", ["Chị ơi,", "Cái này bao nhiêu tiền?"]),
    # an interjection that opens a sentence (v8: "Hey, wait!" → "Cậu bé, đợi đã!"; "Được, tôi sẽ làm." → "I'll do it.")
    ("Hey, wait for me!", "en", "vi", ["Hey,", "Wait for me!"]),
    ("Được, tôi sẽ làm.", "vi", "en", ["Được,", "Tôi sẽ làm."]),
    # a last clause that a rule takes whole (v8: "Today it's nice we go to the stomach.")
    ("Hôm nay trời đẹp, chúng ta đi dạo nhé.", "vi", "en", ["Hôm nay trời đẹp,", "Chúng ta đi dạo nhé."]),
    ("It's a lovely day, let's go for a walk.", "en", "vi", ["It's a lovely day,", "Let's go for a walk."]),
    ("Chúng ta đi dạo nhé, hôm nay trời đẹp.", "vi", "en", ["Chúng ta đi dạo nhé, hôm nay trời đẹp."]),  # not first
    ("Let's go for a walk, shall we", "en", "vi", ["Let's go for a walk, shall we"]),  # no sentence end
    # a first clause that a rule takes whole, comma and all (v8: "Follow jacket, tonight it's cold.")
    ("Mang theo áo khoác nhé, tối nay trời lạnh.", "vi", "en", ["Mang theo áo khoác nhé,", "Tối nay trời lạnh."]),
    # not listed, though v8 gets them wrong alone: "Later, …" and "Look, …" open sentences that mean other things
    ("Later, we found out the truth.", "en", "vi", ["Later, we found out the truth."]),
    ("Look, I didn't mean it.", "en", "vi", ["Look, I didn't mean it."]),
    ("Fine, I'll do it.", "en", "vi", ["Fine,", "I'll do it."]),
    ("Really, I don't know.", "en", "vi", ["Really, I don't know."]),  # (stop 70: "Really?" not listed for this)
    ("Oh no, I forgot my keys.", "en", "vi", ["Oh no,", "I forgot my keys."]),
])
def test_clauses(sentence, src, tgt, parts):
    assert clauses(sentence, src, tgt) == parts


@pytest.mark.parametrize("sentence, src, tgt, said", [
    ("Tôi bị đứt tay!", "vi", "en", "I cut my hand!"),  # (mt/injuries.py writes "I cut my hand.")
    ("I forgot my password!", "en", "vi", "Tôi quên mật khẩu rồi!"),
    ("Tôi bị đứt tay.", "vi", "en", "I cut my hand."),
    ("Bạn có sao không!", "vi", "en", None),  # (a question is not taken with "!")
])
def test_a_rule_keeps_the_exclamation(sentence, src, tgt, said):
    assert translate(sentence, src, tgt) == said


def test_a_clause_goes_on_in_small_letters_where_the_word_is_written_so():
    assert continued("Where is the station?", "en") == "where is the station?"
    assert continued("Tôi đến muộn.", "vi") == "tôi đến muộn."
    assert continued("I'm late.", "en") == "I'm late." and continued("Hà Nội ở đâu?", "vi") == "Hà Nội ở đâu?"
    assert continued("Muiriel is here.", "en") == "Muiriel is here."  # a word the table does not know: as written


def test_a_phrase_set_off_by_a_comma_is_looked_up_and_the_rest_decoded_alone(exported, monkeypatch):
    """With a stand-in decoder: "Xin lỗi," is looked up, "Nhà ga ở đâu?" is decoded as a sentence and goes on in
    small letters. The detailed path (the tiny model's own output) looks the phrase up too."""
    t = Translator.load(exported, cache_size=0)
    seen = _stand_in(t, monkeypatch, "Where is the station?")
    assert t.translate("Xin lỗi, nhà ga ở đâu?", "vi", "en") == ["Sorry, where is the station?"]
    assert len(seen) == 1 and seen[0].endswith(" Nhà ga ở đâu?") and "lỗi" not in seen[0]
    r = translate_detailed(t, ["Xin lỗi, nhà ga ở đâu?"], "vi", "en")[0]
    assert r.text.startswith("Sorry, ") and r.words[0].fixed == "phrase" and r.words[1].fixed != "phrase"


@pytest.mark.parametrize("clause, ended", [
    ("He is not my father.", "He is not my father,"), ("Today it's nice", "Today it's nice,"),
    ("Sorry,", "Sorry,"), ("Wow!", "Wow!"), ("Why?", "Why?"), ("So...", "So..."), ("", ""),
    ("I met Dr.", "I met Dr."), ("Apples, pears etc.", "Apples, pears etc."), ("in the U.S.", "in the U.S."),
])
def test_a_clause_set_off_by_a_comma_ends_with_one(clause, ended):
    assert phrasebook.comma_ended(clause) == ended


def test_a_decoded_clause_before_a_ruled_one_keeps_the_comma_in_both_paths(exported, monkeypatch):
    """With a stand-in decoder that ends the first clause with a full stop, as v8 did ("Anh ấy không phải là cha
    tôi. anh ấy là chú tôi."): the comma of the source is put back, and the ruled clause goes on after it. The
    detailed path decodes with the tiny model itself, whose words are nonsense, but its clause ends so too."""
    t = Translator.load(exported, cache_size=0)
    seen = _stand_in(t, monkeypatch, "He is not my father.")
    said = "He is not my father, he's my uncle."
    assert t.translate("Anh ấy không phải là cha tôi, anh ấy là chú tôi.", "vi", "en") == [said]
    assert len(seen) == 1 and seen[0].endswith("Anh ấy không phải là cha tôi,")
    detailed = translate_detailed(t, ["Anh ấy không phải là cha tôi, anh ấy là chú tôi."], "vi", "en")[0].text
    assert detailed.endswith(", he's my uncle.") and detailed.count(",") == 1
    # a line that ends in a comma (a talk's sentence going on in the next line) keeps the model's full stop
    assert t.translate("Anh ấy không phải là cha tôi,", "vi", "en") == ["He is not my father."]


@pytest.mark.parametrize("sentence, src, tgt, expected", [
    # a greeting or thanks to someone by name (v6: "Thái Lan," for "Hi Lan,", "Welcome!" for "Chào Minh!")
    ("Hi Lan,", "en", "vi", "Chào Lan,"),
    ("Dear Mr. Smith,", "en", "vi", "Kính gửi ông Smith,"),
    ("Happy birthday Lan!", "en", "vi", "Chúc mừng sinh nhật Lan!"),
    ("Chào Minh!", "vi", "en", "Hi Minh!"),
    ("Chào ông Nam,", "vi", "en", "Hi Mr. Nam,"),
    ("Cảm ơn Tuấn nhé!", "vi", "en", "Thank you, Tuan!"),  # the particle left out, the name as English writes it
    ("Cảm ơn chị Lan nhiều nhé!", "vi", "en", "Thank you very much, Lan!"),  # v6: "Thank Lan many!"
    ("Chào Lan nhiều!", "vi", "en", None),
    # not names: God, the world, a word more often in small letters, a place the model knows; not a greeting alone
    ("Thanks God!", "en", "vi", None), ("Hello World", "en", "vi", None), ("Hi Mom!", "en", "vi", None),
    ("Cảm ơn Chúa!", "vi", "en", None), ("Chào Hà Nội!", "vi", "en", None), ("Chào Lan và Minh!", "vi", "en", None),
    # days wished for are the phrase list's, not names (stop 77: "Chúc mừng Tết!" gave "Congratulations, Tet!")
    ("Chúc mừng Tết!", "vi", "en", "Happy Tet!"), ("Chúc mừng Noel!", "vi", "en", "Merry Christmas!"),
    ("Chúc mừng Halloween!", "vi", "en", "Happy Halloween!"), ("Chúc mừng Lan!", "vi", "en", "Congratulations, Lan!"),
    # someone called by name, after a word of kinship or not (v6: "Chị Hoa ơi," → "Hoa Mother,")
    ("Chị Hoa ơi,", "vi", "en", "Hoa,"), ("Chú Hùng ơi!", "vi", "en", "Uncle Hung!"), ("Lan ơi,", "vi", "en", "Lan,"),
    # a word of kinship alone is the phrase list's since stop 57 (v8 wrote "Mẹ ơi," as "Mom, Mommy"), not a name; a
    # place the model knows
    ("Ông ơi!", "vi", "en", "Grandpa!"), ("Mẹ ơi,", "vi", "en", "Mom,"), ("Hà Nội ơi!", "vi", "en", None),
])
def test_a_greeting_to_someone_by_name(sentence, src, tgt, expected):
    assert translate(sentence, src, tgt) == expected


@pytest.mark.parametrize("sentence, src", [("The car  park is on the fifth floor.", "en"),
                                           ("Bố  tôi  vừa  mới  đặt  hai  vé  tàu.", "vi")])
def test_a_sentence_with_two_spaces_is_read_as_with_one(sentence, src, caplog):
    # (lifts and tickets, with 50 more modules, raised a KeyError on two spaces before stop 77: left to the model)
    tgt = "en" if src == "vi" else "vi"
    assert translate(sentence, src, tgt) == translate(" ".join(sentence.split()), src, tgt) is not None
    assert "failed" not in caplog.text


@pytest.mark.parametrize("sentence, expected", [
    # thanks for what someone did (v6: "Thank you've come to me.", "Thank you to help me.", "Thank you everyone came.")
    ("Cảm ơn anh đã đến đón em.", "Thank you for picking me up."),
    ("Cảm ơn bạn đã giúp tôi rất nhiều nhé!", "Thank you so much for helping me!"),
    ("Cảm ơn mọi người đã đến.", "Thank you all for coming."),
    ("Cám ơn cô đã dạy chúng em", "Thank you for teaching us."),
    ("CẢM ƠN BẠN ĐÃ CHỜ!", "Thank you for waiting!"),  # (in capitals once finished, as every listed phrase)
    ("Cảm ơn bạn đã giúp tôi,", "Thank you for helping me,"),
    ("Cảm ơn bạn đã phản hồi nhanh.", "Thank you for your quick reply."),  # v6: "Thank you've reacted quickly."
    # a deed not listed, or one that takes no object
    ("Cảm ơn bạn đã tặng quà cho tôi.", None), ("Cảm ơn bạn đã đến tôi.", None),
    # an apology for what the speaker did (v6: "Please because it's going to be late.", "Let's have a long time.")
    ("Xin lỗi vì đã đến muộn.", "Sorry for being late."),
    ("Xin lỗi mọi người vì đã để mọi người phải chờ lâu nhé!", "Sorry for keeping you waiting!"),
    ("Xin lỗi vì không nghe máy,", "Sorry for missing your call,"),
    ("Xin lỗi vì đã làm phiền bạn.", "Sorry to bother you."),  # listed
    ("Xin lỗi vì đã quên.", None),
])
def test_thanks_or_an_apology_for_a_deed(sentence, expected):
    assert translate(sentence, "vi", "en") == expected


def test_a_greeting_by_name_is_a_clause():
    assert clauses("Hi Lan, how are you?", "en", "vi") == ["Hi Lan,", "How are you?"]
    assert clauses("Chào Hoa, hôm nay bạn có rảnh không?", "vi", "en") == ["Chào Hoa,", "Hôm nay bạn có rảnh không?"]
    assert clauses("Cảm ơn bạn đã giúp tôi, tôi sẽ gọi lại.", "vi", "en") == ["Cảm ơn bạn đã giúp tôi,",
                                                                             "Tôi sẽ gọi lại."]


def test_the_bundled_model_greets_by_name(bundled):
    t = Translator.load(bundled)
    assert t.translate("Hi Lan, how are you?", "en", "vi") == ["Chào Lan, bạn có khỏe không?"]  # v6: "Thái Lan, ..."
    assert t.translate("Chào Lan, bạn khỏe không?", "vi", "en") == ["Hi Lan, how are you?"]  # v6: "Welland, ..."


def test_a_clause_opening_with_a_name_goes_on_alike_in_both_paths(bundled):
    t = Translator.load(bundled)  # the detailed path kept "Ông Smith", written by rule, with its capital
    text = "Best regards, Mr. Smith is our new teacher."
    fast = t.translate(text, "en", "vi")[0]
    assert fast.startswith("Trân trọng, ông Smith ") and translate_detailed(t, [text], "en", "vi")[0].text == fast


@pytest.mark.parametrize("sentence, said", [
    ("Chúng ta đi ăn tối nhé.", "Chúng ta"), ("Bọn mình về thôi!", "Bọn mình"), ("Mình cùng đi nhé.", "Mình cùng"),
    # "mình" alone (I as often), a statement, a question, a negation, no particle, another subject
    ("Mình đi trước nhé.", None), ("Chúng ta sẽ đi nhé.", None), ("Chúng ta đi đâu nhé?", None),
    ("Chúng ta không đi nhé.", None), ("Chúng ta đi.", None), ("Chúng tôi đi nhé.", None),
])
def test_lets_opening_a_suggestion(sentence, said):
    found = openers(sentence, "vi", "en")
    assert [(sentence[m.start:m.end], m.replacement) for m in found] == ([(said, "Let's")] if said else [])


@pytest.mark.parametrize("sentence, src, tgt, said", [
    ("Hẹn gặp bạn lúc 7 giờ tối nhé.", "vi", "en", "See you"),  # the time is left to mt.dates and the model
    ("Hẹn gặp lại tuần sau nhé!", "vi", "en", "See you next week"),
    ("Hẹn gặp lại bạn sau nhé", "vi", "en", "See you later"),
    ("Hẹn gặp mọi người ở quán cà phê.", "vi", "en", "See you all"),
    ("See you at 7 pm.", "en", "vi", "Hẹn gặp bạn"),
    ("See you tonight.", "en", "vi", "Hẹn gặp bạn tối nay"),
    ("See you all there!", "en", "vi", "Hẹn gặp mọi người ở đó"),
    # someone else, an appointment with a doctor, a word for when inside a longer sentence, not at the start
    ("Hẹn gặp anh ấy lúc 3 giờ.", "vi", "en", None), ("Hẹn gặp bác sĩ lúc 3 giờ.", "vi", "en", None),
    ("Hẹn gặp bạn ngày mai tôi bận.", "vi", "en", None), ("I see you at 7 pm.", "en", "vi", None),
    ("See your doctor at 3.", "en", "vi", None), ("See you tomorrow morning at the gym.", "en", "vi", None),
    # "Meet me", "Let's meet" before when or where (v6: "Meet me at 7 pm." → "Tôi lúc 7 giờ tối."); not "Gặp anh ở
    # đây thật vui." (nice to meet you here), nor "meet me halfway"
    ("Meet me at the station.", "en", "vi", "Gặp tôi"), ("Let's meet tomorrow.", "en", "vi", "Chúng ta gặp nhau"),
    ("Gặp tôi ở nhà ga lúc 7 giờ.", "vi", "en", "Meet me"), ("Gặp nhau lúc 7 giờ nhé.", "vi", "en", "Let's meet"),
    # (a place alone after it goes with it: v8 wrote "Meet me stayed at the station." for "Meet me" + "ở nhà ga.")
    ("Gặp tôi ở nhà ga.", "vi", "en", "Meet me at the station"), ("Gặp mình tại sân bay nhé!", "vi", "en",
                                                                    "Meet me at the airport"),
    ("Gặp anh ở đây thật vui.", "vi", "en", None), ("Gặp tôi ở đây thật vui.", "vi", "en", None),
    ("Meet me halfway.", "en", "vi", None),
])
def test_see_you_opening_a_sentence(sentence, src, tgt, said):
    found = openers(sentence, src, tgt)
    assert [m.replacement for m in found] == ([said] if said else [])
    assert all(m.start == 0 and m.source == "term" for m in found)


@pytest.mark.parametrize("sentence, src, tgt, expected", [
    # v6 alone: "Slamps meet you at 7 p.m.", "Hurry again next week!", "Xem bạn lúc 7 giờ tối." (watch you)
    ("Hẹn gặp bạn lúc 7 giờ tối nhé.", "vi", "en", "See you at 7 p.m."),
    ("Hẹn gặp lại tuần sau nhé!", "vi", "en", "See you next week!"),
    ("See you at 7 pm.", "en", "vi", "Hẹn gặp bạn lúc 7 giờ tối."),
    ("Chúng ta đi ăn tối nhé.", "vi", "en", "Let's go to dinner."),  # v6 alone: "We went to dinner."
    ("Meet me at 7 pm.", "en", "vi", "Gặp tôi lúc 7 giờ tối."),  # v6 alone: "Tôi lúc 7 giờ tối."
    ("Gặp tôi ở nhà ga.", "vi", "en", "Meet me at the station."),  # v6 alone: "I was at the station."
])
def test_the_bundled_model_says_see_you(bundled, sentence, src, tgt, expected):
    t = Translator.load(bundled)
    assert t.translate(sentence, src, tgt) == [expected]
    assert translate_detailed(t, [sentence], src, tgt)[0].text == expected


@pytest.mark.parametrize("text, hinted", [
    # a question typed without "?" (v6: "mai bạn có đi làm không" → "Tomorrow, you do not")
    ("mai bạn có đi làm không", True), ("bạn về nhà chưa", True), ("cái này bao nhiêu", True),
    ("anh đi đâu à", True), ("bạn tên là gì", True), ("Bạn có biết anh ấy không", True), ("đi ăn phở không", True),
    # not with its "?", not a statement ("nothing", "nowhere", "not yet"), not a question inside a statement
    ("Bạn có rảnh không?", False), ("Tôi không làm gì", False), ("Tôi không đi đâu", False), ("Tôi chưa", False),
    ("Tôi không biết anh ấy có đến không", False), ("Tôi chả ăn món này bao giờ", False), ("Nhiều chứ", False),
    ("tôi cũng không", False), ("hoàn toàn không", False),
])
def test_a_question_without_its_mark_is_given_one(text, hinted):
    found = asked(text, "vi", "en")
    assert bool(found) == hinted and asked(text, "en", "vi") == []
    assert all((m.start, m.end, m.replacement, m.source) == (len(text), len(text), "?", HINT) for m in found)


@pytest.mark.parametrize("text, hints", [
    # a word of kinship opening a question, the speaker after it (v6: "Anh có thể giúp tôi không?" → "Can I help
    # me?"): "Bạn" in its place, and "tôi" for "em", "mình" (v6, given "Bạn … em": "Can you send to you address?")
    ("Anh có thể giúp tôi không?", [("Anh", "Bạn")]),
    ("Chị có thể gửi cho em địa chỉ không", [("Chị", "Bạn"), ("em", "tôi")]),
    ("Em có muốn đi với mình không?", [("Em", "Bạn"), ("mình", "tôi")]),
    # one that opens a request is left out, the next word given a capital (v6: "Anh giúp tôi với." → "He helped me
    # with."); "cho em (xin)" opening a clause is "give me" (v6: "Cho anh hai vé." → "Give him two tickets.")
    ("Anh giúp tôi với.", [("Anh g", "G")]), ("Chị cho em một ly cà phê.", [("Chị c", "C"), ("em", "tôi")]),
    ("Cho anh xin hai vé.", [("anh", "tôi"), (" xin", "")]), ("Chị ơi, cho em nước.", [("em", "tôi")]),
    # without the speaker, a question asked yes or no only (v6: "Chị nói lại được không?" → "Can't tell it?"; given
    # "Bạn", "Chị tên là gì?" → "What's the name you?")
    ("Chị nói lại được không?", [("Chị", "Bạn")]), ("Anh có khỏe không?", [("Anh", "Bạn")]),
    ("Cô ăn cơm chưa?", [("Cô", "Bạn")]), ("Chị tên là gì?", []), ("Cậu không đói sao?", []),
    # not in a statement, before "ấy", "già" or whose; not "chúng tôi" for the speaker, nor "em bé", "xin lỗi"
    ("Anh thích tôi.", []), ("Anh ấy có giúp tôi không?", []), ("Ông già có đến không?", []),
    ("Anh tôi có đến không?", []), ("Chú có gặp chúng tôi không?", [("Chú", "Bạn")]), ("Cho em bé ăn.", []),
    # "Bạn" opening a request too (v6: "You're waiting for you."); not "anh ấy", "anh/em trai" for the speaker
    ("Bạn đợi mình chút nhé.", [("Bạn đ", "Đ"), ("mình", "tôi")]), ("Bạn bè giúp tôi với.", []),
    ("Em có gặp anh ấy không?", [("Em", "Bạn")]), ("Bạn có anh/em trai không?", []),
    ("Cho em xin lỗi.", [("em", "tôi")]),
    # "giúp mình" opening a clause (v6: "Hey, helping yourself"); "nha" ending it is "nhé" (v6: "… an umbrella chew");
    # an invitation without who goes (v6: "đi ăn phở không" → "dialing pho")
    ("Giúp mình với nha.", [("mình", "tôi"), ("nha", "nhé")]),
    ("Mai đi ăn phở không?", [("", "bạn có muốn ")]), ("Tôi đi ăn phở không?", []),
    ("Đi thuyền có thoải mái không?", []), ("Tôi học tiếng Tây Ban Nha.", []),  # is it comfortable; Spain
])
def test_a_word_of_kinship_that_asks_the_speaker_something_is_you(text, hints):
    found = addressed(text, "vi", "en")
    assert [(text[m.start:m.end], m.replacement) for m in found] == hints and addressed(text, "en", "vi") == []
    assert all(m.source == HINT for m in found)


@pytest.mark.parametrize("text, hinted", [
    ("One more beer, please.", True), ("Another coffee.", True), ("Two more, please!", False),  # (v6 gets it)
    ("One more time.", False), ("Another day, another dollar.", False), ("One more beer and the bill.", True),
    ("I want one more beer.", False), ("Three more bombs exploded near government buildings.", False),
])
def test_one_more_asked_for_is_given_give_me(text, hinted):  # v6: "One more beer, please." → "Xin vui lòng."
    found = more(text, "en", "vi")
    assert [(m.start, m.end, m.replacement, m.source) for m in found] == (
        [(0, 1, "Give me " + text[0].lower(), HINT)] if hinted else [])
    assert more(text, "vi", "en") == []


def test_the_bundled_model_reads_a_question_without_its_mark(bundled):
    out = Translator.load(bundled).translate(["mai bạn có đi làm không", "bạn về nhà chưa"], "vi", "en")
    assert [o.endswith("?") for o in out] == [True, True], out  # v6: "Tomorrow, you do not", "you're not home"


@pytest.mark.parametrize("sentence, src, tgt, expected", [
    # late or delayed without a time, missed with "nhỡ" (v6: "The bus comes later.", "The flight delayed two hours.",
    # "I'm glad." for "Tôi bị nhỡ chuyến bay.")
    ("Xe buýt đến muộn.", "vi", "en", "The bus is late."),
    ("Chuyến bay bị hoãn hai tiếng.", "vi", "en", "The flight is delayed by two hours."),
    ("Chuyến bay của tôi bị hoãn.", "vi", "en", "My flight is delayed."),
    ("Tôi bị nhỡ chuyến bay.", "vi", "en", "I missed the flight."),
    ("The bus is late.", "en", "vi", "Xe buýt đến muộn."),
    ("The flight has been delayed by two hours.", "en", "vi", "Chuyến bay bị hoãn hai tiếng."),  # v6: "Buyến bay …"
    ("My flight is delayed.", "en", "vi", "Chuyến bay của tôi bị hoãn."),
    ("The meeting was delayed.", "en", "vi", None),
    ("Anh ấy về muộn.", "vi", "en", None),  # (came home late)
])
def test_late_delayed_missed(sentence, src, tgt, expected):
    assert translate(sentence, src, tgt) == expected


def test_a_rule_that_fails_is_passed_over_and_logged(monkeypatch, caplog):
    """A module of the rules that raises on a sentence leaves it to the next module and to the model, with a warning,
    rather than failing the request (stop 52's first mt/broken.py raised a KeyError on "The ATM isn't working.")."""
    from mt import broken

    def fails(text, src, tgt):
        raise KeyError("cây ATM")
    monkeypatch.setattr(broken, "translate", fails)
    with caplog.at_level("WARNING", logger="mt.phrasebook"):
        assert translate("The ATM isn't working.", "en", "vi") is None
        assert translate("Tôi sẽ đón bạn ở sân bay.", "vi", "en") == "I'll pick you up at the airport."
    assert "mt.broken failed on \"The ATM isn't working.\"" in caplog.text


def test_each_rule_module_is_tried_once():
    # a module named twice in _RULES costs a second pass on every sentence it leaves (stop 60 had one so, for a while)
    names = [module.__name__ for module in phrasebook._RULES]
    assert len(names) == len(set(names)) and all(callable(module.translate) for module in phrasebook._RULES)


@pytest.mark.parametrize("text, src, tgt, said", [
    ("Tôi bị đứt tay.", "vi", "en", "I cut my hand."), ("Tôi bị đứt tay?", "vi", "en", None),
    ("Tôi trúng xổ số?", "vi", "en", None),  # (a statement's pattern asked: doubting it? left to the model)
    ("Can I have a bag, please?", "en", "vi", "Cho tôi xin một cái túi.")])  # (an English request asked: kept)
def test_a_vietnamese_statement_asked_is_passed_over(text, src, tgt, said):
    assert phrasebook.translate(text, src, tgt) == said


@pytest.mark.parametrize("curly, straight", [
    ("You don’t have to change trains.", "You don't have to change trains."),
    ("I’ve been waiting since seven o’clock.", "I've been waiting since seven o'clock."),
    ("He’s just found a part-time job.", "He's just found a part-time job."),
])
def test_english_typed_with_curly_apostrophes_is_taken_as_with_straight_ones(curly, straight):
    # (these modules read only "'": the sentence is tried again with it rather than left to the model)
    said = translate(straight, "en", "vi")
    assert said is not None and translate(curly, "en", "vi") == said
