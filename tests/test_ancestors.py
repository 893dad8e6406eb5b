"""Worshipping the ancestors on ordinary days: incense burned, offerings made or prepared, the first and fifteenth of
the lunar month, and eating vegetarian then or at the pagoda, both ways (mt/ancestors.py)."""
import pytest

from mt.ancestors import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I walked the scent to her.", "We walked to her.", "My mother is lighted every night.", "My grandfather is
    # lighted for the first morning.", "My father or burned on the churchy table.", "Would you be flavored for her?",
    # "He was not flavored.", "I'm cheated for my father every night.", "Uncle Hung glad my grandfather every night."
    ("Tôi đi thắp hương cho ông bà.", "I'm going to burn incense for my grandparents."),
    ("Chúng tôi đi thắp nhang cho ông bà.", "We're going to burn incense for our grandparents."),
    ("Mẹ tôi thắp hương mỗi tối.", "My mother burns incense every evening."),
    ("Bà tôi thắp hương cho tổ tiên mỗi sáng.", "My grandmother burns incense for her ancestors every morning."),
    ("Lan thắp hương cho tổ tiên mỗi tối.", "Lan burns incense for the ancestors every evening."),
    ("Bố tôi hay đốt nhang trên bàn thờ.", "My father often burns incense on the altar."),
    ("Bạn có thắp hương cho ông bà không?", "Do you burn incense for your grandparents?"),
    ("Anh ấy không thắp hương.", "He doesn't burn incense."),
    ("Tôi thắp nhang cho bố tôi mỗi tối.", "I burn incense for my father every evening."),
    ("Bác Hùng thắp hương cho ông bà tôi mỗi tối.", "Uncle Hung burns incense for my grandparents every evening."),
    ("Ông bà tôi thắp hương mỗi tối.", "My grandparents burn incense every evening."),
    ("Bố mẹ bạn có thắp hương cho tổ tiên không?", "Do your parents burn incense for their ancestors?"),
    ("Gia đình tôi thắp hương cho ông bà vào ngày mùng một và ngày rằm.",
     "My family burns incense for our grandparents on the first and fifteenth of the lunar month."),
    ("Ngày rằm bà tôi thắp hương ở chùa.", "My grandmother burns incense at the pagoda on full moon days."),
    # v8: "We're lighting on the church table.", "Are you flavored?", "My mother wasn't lighted.", "I'm scenting.",
    # "My mother was lighted on the church.", "Yesterday, I walked her flavor.", "Tomorrow, I'll be scented for the
    # organization.", "Yesterday, do you have a flavor?"
    ("Chúng tôi đang thắp hương trên bàn thờ.", "We're burning incense on the altar."),
    ("Bạn đã thắp hương chưa?", "Have you burned incense yet?"),
    ("Mẹ tôi chưa thắp hương.", "My mother hasn't burned incense yet."),
    ("Tôi thắp hương rồi.", "I've burned incense."),
    ("Mẹ tôi vừa thắp hương trên bàn thờ.", "My mother has just burned incense on the altar."),
    ("Hôm qua tôi đi thắp hương cho ông bà.", "I went to burn incense for my grandparents yesterday."),
    ("Ngày mai tôi sẽ thắp hương cho tổ tiên.", "I'll burn incense for my ancestors tomorrow."),
    ("Hôm qua bạn có thắp hương không?", "Did you burn incense yesterday?"),
    # v8: "My mother was slighting.", "She's getting ready to slight.", "My mother was slighted.", "My mother would
    # chin.", "Do you have bunched?"
    ("Mẹ tôi đang làm mâm cúng.", "My mother is preparing the offerings."),
    ("Chị tôi đang chuẩn bị mâm cúng.", "My sister is preparing the offerings."),
    ("Mẹ tôi đã làm mâm cúng xong.", "My mother has finished preparing the offerings."),
    ("Mẹ tôi sẽ làm mâm cúng rằm.", "My mother will prepare the full moon offerings."),
    ("Bạn đã làm mâm cúng chưa?", "Have you prepared the offerings yet?"),
    # v8: "My grandfather was chin.", "She was chin and blind.", "Are you a blazy?", "My house isn't a blind.", "My
    # mother was shocking."
    ("Bà tôi cúng rằm.", "My grandmother makes offerings on full moon days."),
    ("Bà tôi cúng rằm và mùng một.", "My grandmother makes offerings on the first and fifteenth of the lunar month."),
    ("Nhà bạn có cúng rằm không?", "Does your family make offerings on full moon days?"),
    ("Nhà tôi không cúng mùng một.", "My family doesn't make offerings on the first day of the lunar month."),
    ("Mẹ tôi đang cúng.", "My mother is making offerings."),
    # v8: "Today is chin.", "Tomorrow is blind of a calendar.", "Is it a chin today?", "Are you a chin now?",
    # "Yesterday was chinder day.", "What are the lunar blind today?"
    ("Hôm nay là ngày rằm.", "Today is the fifteenth of the lunar month."),
    ("Ngày mai là mùng một âm lịch.", "Tomorrow is the first day of the lunar month."),
    ("Hôm nay có phải là ngày rằm không?", "Is today the fifteenth of the lunar month?"),
    ("Hôm nay là rằm à?", "Is today the fifteenth of the lunar month?"),
    ("Hôm qua là ngày rằm.", "Yesterday was the fifteenth of the lunar month."),
    ("Hôm nay là mùng mấy âm lịch?", "What day of the lunar month is it today?"),
    # v8: "I ate a vegetarian.", "My house ate his father on the chin.", "I went to eat lemons.", "My grandmother uses
    # to eat lemons.", "My mother's day feeding at the squiring.", "Do your house eats a dad on the chin?"
    ("Mùng một nhà tôi ăn chay.", "My family eats vegetarian on the first day of the lunar month."),
    ("Nhà tôi ăn chay vào ngày rằm.", "My family eats vegetarian on full moon days."),
    ("Tôi đi ăn chay ở chùa.", "I'm going to eat vegetarian at the pagoda."),
    ("Bà tôi hay ăn chay ở chùa.", "My grandmother often eats vegetarian at the pagoda."),
    ("Ngày rằm mẹ tôi ăn chay ở chùa.", "My mother eats vegetarian at the pagoda on full moon days."),
    ("Nhà bạn có ăn chay vào ngày rằm không?", "Does your family eat vegetarian on full moon days?"),
    # not: the grandparents of someone else (whose?), no tense nor habit ("Tôi thắp hương.": now, or a habit?),
    # "đi" of another (is going, or has gone?), a pet, "anh" saying it, "I" asked, "?" without "có … không",
    # "mùng một" without "âm lịch" (the solar month's? Tet's?), "cúng" of money (donated), a "?" on a statement,
    # "nhỉ", going asked (now, or a habit?), a day ahead bare, candles, other modules' shapes (mt/new_year.py,
    # mt/diets.py, mt/religion.py, mt/mid_autumn.py), the other way's language
    ("Mẹ tôi thắp hương cho ông bà.", None), ("Mẹ tôi thắp hương cho ông bà mỗi tối.", None),
    ("Tôi thắp hương.", None), ("Mẹ tôi đi thắp hương.", None), ("Con mèo của tôi thắp hương mỗi tối.", None),
    ("Anh thắp hương mỗi tối.", None), ("Tôi có thắp hương mỗi tối không?", None), ("Bạn thắp hương mỗi tối?", None),
    ("Hôm nay là mùng một.", None), ("Tôi cúng tiền cho chùa.", None), ("Mẹ tôi ăn chay ở chùa?", None),
    ("Tôi đang thắp hương nhỉ.", None), ("Bạn có đi thắp hương không?", None), ("Ngày mai tôi thắp hương.", None),
    # "em" asking with "ạ" is the speaker; "nhà mình" asked is we or you (family_who, shared with kitchen_gods)
    ("Em có thắp hương không ạ?", None), ("Nhà mình đã thắp hương chưa?", None),
    ("Tôi thắp nến trên bàn thờ.", None), ("Bà tôi cúng.", None), ("Nhà tôi cúng tổ tiên.", None),
    ("Mẹ tôi ăn chay vào ngày rằm.", None), ("Bà tôi đi chùa vào ngày rằm.", None),
    ("Tết Trung thu là rằm tháng tám.", None), ("Mẹ tôi làm mâm cúng.", None), ("Bạn có thắp hương chưa?", None),
    ("I burn incense every evening.", None), ("Chùa rằm mùng thắp.", None),
    ("Chúng ta đi thắp hương cho ông bà.", None), ("Tôi đi thắp hương cho ông bà rồi.", None),
    # review: "thường", "hay" with every day are "usually" (not "often … every evening"); "thường không" is "usually
    # doesn't" (not "doesn't often"), "luôn không" never; vegetarian at the pagoda "chưa" (ever, or yet?)
    ("Mẹ tôi hay thắp hương mỗi tối.", "My mother usually burns incense every evening."),
    ("Ông tôi thường thắp hương cho tổ tiên mỗi sáng.",
     "My grandfather usually burns incense for his ancestors every morning."),
    ("Bà tôi thường ăn chay ở chùa mỗi tuần.", "My grandmother usually eats vegetarian at the pagoda every week."),
    ("Tôi thường không thắp hương.", None), ("Tôi luôn không thắp hương.", None),
    ("Mẹ tôi thường không ăn chay ở chùa.", None), ("Nhà tôi thường không cúng rằm.", None),
    ("Bạn đã ăn chay ở chùa chưa?", None), ("Tôi chưa ăn chay ở chùa.", None), ("Bạn ăn chay ở chùa chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi sẽ đốt kinh cho ông bà tôi." (scripture), "Mẹ tôi phỏng vào ban đêm." (scalded), "Cha tôi nhẹ nhàng xin
    # lỗi …" (apologises), "Bạn có đốt kinh cho các bác sĩ của mình không?" (doctors), "Cô ấy không đốt kinh.", "Mẹ tôi
    # đốt kinh cho ông bà tôi.", "Phỏng sâu vào mỗi buổi tối.", "Bà tôi thường phỏng vào lòng bàn tay đầy đủ."
    ("I'm going to burn incense for my grandparents.", "Tôi đi thắp hương cho ông bà."),
    ("My mother burns incense every evening.", "Mẹ tôi thắp hương mỗi tối."),
    ("My father lights incense for his ancestors every morning.", "Bố tôi thắp hương cho tổ tiên mỗi sáng."),
    ("Do you burn incense for your ancestors?", "Bạn có thắp hương cho tổ tiên không?"),
    ("She doesn't burn incense.", "Cô ấy không thắp hương."),
    ("My mother burns incense for my grandparents.", "Mẹ tôi thắp hương cho ông bà tôi."),
    ("Lan burns incense every evening.", "Lan thắp hương mỗi tối."),
    ("My grandmother usually burns incense at the pagoda on full moon days.",
     "Bà tôi thường thắp hương ở chùa vào ngày rằm."),
    # v8: "Chúng tôi đang đốt cháy cây cầu trên bàn thờ." (a bridge), "Bạn vẫn chưa sáng tạo điều kiện này?", "Tôi chưa
    # có sự sáng tạo.", "Tôi đã bị đốt kinh.", "Tôi đã đốt cháy cho ông bà tôi hôm qua.", "Bạn đã phỏng hôm qua
    # không?", "Chúng tôi sẽ đốt kinh cho các sĩ quan …" (officers), "Cô ấy sẽ đốt khăng khăng … với bàn chùa."
    ("We are burning incense on the altar.", "Chúng tôi đang thắp hương trên bàn thờ."),
    ("Have you lit the incense yet?", "Bạn đã thắp hương chưa?"),
    ("I haven't lit incense yet.", "Tôi chưa thắp hương."),
    ("I've already burned incense.", "Tôi đã thắp hương rồi."),
    ("I burned incense for my grandparents yesterday.", "Hôm qua tôi thắp hương cho ông bà."),
    ("My grandparents are burning incense.", "Ông bà tôi đang thắp hương."),
    ("Did you burn incense yesterday?", "Hôm qua bạn có thắp hương không?"),
    ("We'll burn incense for our ancestors tomorrow.", "Ngày mai chúng tôi sẽ thắp hương cho tổ tiên."),
    ("She's going to burn incense at the pagoda.", "Cô ấy sẽ đi thắp hương ở chùa."),
    # v8: "Mẹ tôi đang chuẩn bị những đợt chào đón.", "Cô ấy vừa chuẩn bị những đợt chào hàng.", "Bạn đã chuẩn bị các
    # dịch vụ này vẫn chưa?", "Chúng tôi sẽ chuẩn bị các dịch vụ này." (services)
    ("My mother is preparing the offerings.", "Mẹ tôi đang làm mâm cúng."),
    ("She has just prepared the offerings.", "Cô ấy vừa làm mâm cúng."),
    ("Have you prepared the offerings yet?", "Bạn đã làm mâm cúng chưa?"),
    ("We're going to prepare the offerings.", "Chúng tôi sẽ làm mâm cúng."),
    # v8: "Bà tôi đưa ra những ngày ẩm ướt đầy đủ.", "Gia đình bạn có bán hàng vào tháng thứ nhất …" (selling), "Mẹ tôi
    # đang đưa ra.", "Gia đình tôi không đưa ra vào ngày đầu tháng lunar."
    ("My grandmother makes offerings on full moon days.", "Bà tôi cúng rằm."),
    ("Does your family make offerings on the first and fifteenth of the lunar month?",
     "Nhà bạn có cúng mùng một và rằm không?"),
    ("My mother is making offerings.", "Mẹ tôi đang cúng."),
    ("My family doesn't make offerings on the first day of the lunar month.", "Nhà tôi không cúng mùng một."),
    # v8: "Hôm nay là sự thật của tháng lunar.", "Hôm nay là ngày trăng đầy đủ.", "Hôm nay có phải ngày trăng đầy đủ
    # không?", "Ngày mai là ngày đầu của tháng lunar.", "Hôm nay, tháng lunar là gì?"
    ("Today is the fifteenth of the lunar month.", "Hôm nay là ngày rằm."),
    ("Today is the full moon day.", "Hôm nay là ngày rằm."),
    ("Is today the full moon day?", "Hôm nay có phải là ngày rằm không?"),
    ("Tomorrow is the first day of the lunar month.", "Ngày mai là mùng một âm lịch."),
    ("Yesterday was the full moon day.", "Hôm qua là ngày rằm."),
    ("What day of the lunar month is it today?", "Hôm nay là mùng mấy âm lịch?"),
    # v8: "Gia đình tôi ăn chay vào ngày đầu tháng lunar.", "Tôi sẽ ăn chaygetarian tại bàn chùa.", "Bà tôi thường ăn
    # chay tại ngôi chùa.", "Mẹ tôi ăn chay ở ngôi chùa vào những ngày trăng đầy đủ.", "Gia đình bạn ăn chay vào những
    # ngày trăng đầy đủ?"
    ("My family eats vegetarian on the first day of the lunar month.", "Nhà tôi ăn chay vào ngày mùng một."),
    ("I'm going to eat vegetarian at the pagoda.", "Tôi đi ăn chay ở chùa."),
    ("My grandmother often eats vegetarian at the pagoda.", "Bà tôi hay ăn chay ở chùa."),
    ("My mother eats vegetarian at the pagoda on full moon days.", "Mẹ tôi ăn chay ở chùa vào ngày rằm."),
    ("Does your family eat vegetarian on full moon days?", "Nhà bạn có ăn chay vào ngày rằm không?"),
    # not: offerings of no day (of what?), verbs not agreeing, a pet, "I" asked, another's ancestors, "her father"
    # (hers, or another woman's?), who eats vegetarian on a day (mt/diets.py's), asked now, a day against the tense,
    # the pagoda gone to (mt/religion.py's), a full moon that is not the lunar day, the other way's language
    ("My mother made offerings.", None), ("She burn incense every evening.", None), ("I burns incense.", None),
    ("My dog burns incense.", None), ("Do I burn incense?", None), ("I burn incense for his ancestors.", None),
    ("My mother eats vegetarian on full moon days.", None), ("My mother is burning incense for her father.", None),
    ("Is your mother burning incense?", None), ("We burned incense tomorrow.", None),
    ("Do you burn incense yesterday?", None), ("She is burn incense.", None), ("The incense smells nice.", None),
    ("Today is a full moon.", None), ("My grandmother goes to the pagoda on full moon days.", None),
    ("I'm going to burn incense yesterday.", None), ("Tôi thắp hương mỗi tối.", None),
    ("My mother burns incense?", None), ("I eat vegetarian at the pagoda every day yet.", None),
    ("She burns incense for her grandparents.", None), ("My grandparents burns incense every evening.", None),
    # review: an adverb asked or denied only as Vietnamese says it ("có không bao giờ", "không luôn" are not);
    # ancestors "his" or "hers" against who's own ("My mother … for his ancestors": another's)
    ("She doesn't often burn incense.", "Cô ấy không hay thắp hương."),
    ("Does she sometimes burn incense?", "Cô ấy có thỉnh thoảng thắp hương không?"),
    ("Does she never burn incense?", None), ("Does she rarely burn incense?", None),
    ("I don't usually burn incense.", None), ("She doesn't always burn incense.", None),
    ("She doesn't sometimes burn incense.", None), ("She doesn't rarely burn incense.", None),
    ("My wife burns incense for her ancestors every evening.", "Vợ tôi thắp hương cho tổ tiên mỗi tối."),
    ("My friend burns incense for her ancestors.", "Bạn tôi thắp hương cho tổ tiên."),
    ("His family burns incense for his ancestors.", "Nhà anh ấy thắp hương cho tổ tiên."),
    ("My mother burns incense for his ancestors.", None), ("My father burns incense for her ancestors.", None),
    ("My aunt burns incense for his ancestors.", None), ("My husband burns incense for her ancestors.", None),
    ("His family burns incense for her ancestors.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
