"""Long-distance buses: sleeper buses, coaches and the night bus taken to a city, feared or liked, what they have on
board, the bunk wanted and the bus stopping for a break, both ways (mt/sleeper_buses.py)."""
import pytest

from mt.sleeper_buses import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I walked the bed to Hanoi.", "Tonight, I went to the night's car.", "Yesterday, my mother went a bed xe up
    # Da Lat.", "We'll go a car tonight to Hue.", "Lan went to Da Nang with a visitor.", "I walked the car to Hanoi."
    ("Tôi đi xe giường nằm ra Hà Nội.", "I'm taking a sleeper bus to Hanoi."),
    ("Tối nay tôi đi xe khách đêm vào Sài Gòn.", "I'm taking the night bus to Saigon tonight."),
    ("Hôm qua mẹ tôi đi xe giường nằm lên Đà Lạt.", "My mother took a sleeper bus to Da Lat yesterday."),
    ("Chúng tôi sẽ đi xe đêm ra Huế.", "We'll take the night bus to Hue."),
    ("Lan đi Đà Nẵng bằng xe khách.", "Lan is taking a coach to Da Nang."),
    ("Tôi đã đi xe khách về Hà Nội.", "I took a coach back to Hanoi."),
    ("Anh ấy đang đi xe giường nằm vào Nha Trang.", "He's taking a sleeper bus to Nha Trang."),
    ("Bố tôi sắp đi xe khách ra Vinh.", "My father is about to take a coach to Vinh."),
    ("Họ định đi xe giường nằm lên Sa Pa.", "They're planning to take a sleeper bus to Sa Pa."),
    ("Ngày mai chúng tôi đi xe giường nằm ra Hà Nội.", "We're taking a sleeper bus to Hanoi tomorrow."),
    ("Mẹ tôi đi xe khách xuống Cần Thơ tuần trước.", "My mother took a coach to Can Tho last week."),
    ("Sáng nay tôi đã đi xe khách về Hải Phòng.", "I took a coach back to Hai Phong this morning."),
    # v8: "Do you go to bed in Hanoi?", "Tomorrow, do you get a night-based car?"
    ("Ngày mai bạn có đi xe đêm ra Hà Nội không?", "Are you taking the night bus to Hanoi tomorrow?"),
    ("Hôm qua bạn có đi xe giường nằm vào Sài Gòn không?", "Did you take a sleeper bus to Saigon yesterday?"),
    ("Bạn sẽ đi xe khách lên Đà Lạt không?", "Will you take a coach to Da Lat?"),
    ("Bạn có định đi Huế bằng xe giường nằm không?", "Are you planning to take a sleeper bus to Hue?"),
    # v8: "I'm afraid to go to the night's car.", "My mother didn't like to go to bed.", "I like going to bed.",
    # "He hates the visitor."
    ("Tôi sợ đi xe khách đêm.", "I'm scared of taking the night bus."),
    ("Mẹ tôi không thích đi xe giường nằm.", "My mother doesn't like taking sleeper buses."),
    ("Tôi thích đi xe giường nằm.", "I like taking sleeper buses."),
    ("Anh ấy ghét đi xe khách.", "He hates taking coaches."),
    ("Bạn có sợ đi xe khách không?", "Are you scared of taking coaches?"),
    ("Lan có thích đi xe giường nằm không?", "Does Lan like taking sleeper buses?"),
    ("Chúng tôi không sợ đi xe khách đêm.", "We're not scared of taking the night bus."),
    ("Mẹ tôi sợ đi xe giường nằm.", "My mother is scared of taking sleeper buses."),
    # v8: "Does the bed be wrinkled?", "Is the bathroom?", "The bed-based car is wified.", "The visitor overnight does
    # not have a toilet."
    ("Xe giường nằm có chăn không?", "Does the sleeper bus have blankets?"),
    ("Xe khách có nhà vệ sinh không?", "Does the coach have a toilet?"),
    ("Xe giường nằm có wifi.", "The sleeper bus has wifi."),
    ("Xe khách đêm không có nhà vệ sinh.", "The night bus doesn't have a toilet."),
    ("Xe giường nằm này có chăn và gối không?", "Does this sleeper bus have blankets and pillows?"),
    ("Xe khách không có chăn và gối.", "The coach doesn't have blankets or pillows."),
    ("Xe khách có điều hòa không?", "Does the coach have air conditioning?"),
    # v8: "I'd like a bed under.", "Do you want bed on or bed under?", "Are you a bed under?"
    ("Tôi muốn nằm giường dưới.", "I want a lower bunk."),
    ("Mẹ tôi muốn giường dưới.", "My mother wants a lower bunk."),
    ("Bạn có muốn nằm giường trên không?", "Do you want an upper bunk?"),
    ("Tôi không muốn nằm giường trên.", "I don't want an upper bunk."),
    ("Bạn muốn giường trên hay giường dưới?", "Do you want an upper or a lower bunk?"),
    ("Bạn muốn nằm giường dưới hay trên?", "Do you want a lower or an upper bunk?"),
    ("Còn giường dưới không?", "Are there any lower bunks left?"),
    # v8: "Do the visit stop?", "The bed will stop 20 minutes.", "Where do the visit stop?"
    ("Xe khách có dừng nghỉ không?", "Does the coach stop for a break?"),
    ("Xe giường nằm sẽ dừng nghỉ 20 phút.", "The sleeper bus will stop for a 20-minute break."),
    ("Xe khách dừng nghỉ ở đâu?", "Where does the coach stop for a break?"),
    ("Xe khách đêm sẽ dừng nghỉ ở đâu?", "Where will the night bus stop for a break?"),
    ("Xe giường nằm đang dừng lại nghỉ.", "The sleeper bus is stopping for a break."),
    ("Xe khách đã dừng nghỉ mười lăm phút.", "The coach stopped for a fifteen-minute break."),
    ("Xe khách không dừng nghỉ.", "The coach doesn't stop for a break."),
    ("Xe giường nằm dừng nghỉ rồi.", "The sleeper bus has stopped for a break."),
    ("Xe khách sẽ dừng nghỉ không?", "Will the coach stop for a break?"),
    # not: "có … không?" with no day (do you, or are you?), a bare "không" (didn't, or isn't?), "Hôm nay" with no
    # "đã" or "sẽ", a day and a tense that disagree, "xe đêm" feared (riding at night?), a city not known, "về quê",
    # "anh" alone saying it, "I" asked, a pet, a stop with no tense, a "?" on a statement, tickets (mt/tickets.py),
    # a crash (mt/collisions.py), nonsense
    ("Bạn có đi xe giường nằm ra Hà Nội không?", None), ("Tôi không đi xe khách ra Hà Nội.", None),
    ("Hôm nay tôi đi xe khách ra Hà Nội.", None), ("Hôm qua tôi sẽ đi xe khách ra Hà Nội.", None),
    ("Ngày mai tôi đã đi xe khách ra Hà Nội.", None), ("Bạn có sợ đi xe đêm không?", None),
    ("Tôi đi xe khách ra Mù Cang Chải.", None), ("Tôi đi xe khách về quê.", None), ("Anh đi xe khách ra Hà Nội.", None),
    ("Tôi có sợ đi xe khách không?", None), ("Con chó của tôi sợ đi xe khách.", None), ("Xe khách dừng nghỉ.", None),
    ("Tôi đi xe giường nằm ra Hà Nội?", None), ("Xe giường nằm có chăn?", None), ("Tôi đã mua vé xe giường nằm.", None),
    ("Anh ấy bị xe khách tông.", None), ("Xe khách có bánh mì không?", None), ("Bạn muốn giường trên hay trên?", None),
    ("Tôi sợ đi xe khách đêm nhỉ.", None), ("Giường nằm xe khách.", None), ("Tôi đi xe giường nằm.", None),
    ("Xe khách không có wifi không?", None), ("Bạn có muốn nằm giường trên?", None),
    # review: so many minutes "rồi" (stopped for so long now?), "thế", "vậy" ending a statement (they say more), a
    # plain "xe đêm" save to a city (a city's night bus?); "vậy" asking only softens
    ("Xe khách dừng nghỉ mười lăm phút rồi.", None), ("Xe khách đã dừng nghỉ 15 phút rồi.", None),
    ("Tôi đi xe giường nằm ra Hà Nội thế.", None), ("Tôi sợ đi xe khách vậy.", None), ("Xe khách có wifi thế.", None),
    ("Tôi muốn nằm giường dưới vậy.", None), ("Xe khách sẽ dừng nghỉ 20 phút vậy.", None),
    ("Xe đêm có wifi không?", None), ("Xe đêm có dừng nghỉ không?", None),
    ("Xe khách dừng nghỉ ở đâu vậy?", "Where does the coach stop for a break?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang đi xe buýt để đi ngủ đến Hà Nội.", "Tôi phải mất một chiếc xe buýt nhà ngủ đến Hà Nội.", "Mẹ tôi
    # tham gia huấn luyện viên vào Đà Lạt hôm qua." (a trainer), "Tôi sẽ đi xe buýt đêm để Đà Nẵng."
    ("I'm taking a sleeper bus to Hanoi.", "Tôi đi Hà Nội bằng xe giường nằm."),
    ("I took a sleeper bus to Hanoi.", "Tôi đã đi Hà Nội bằng xe giường nằm."),
    ("We're taking the night bus to Hue tonight.", "Tối nay chúng tôi đi Huế bằng xe khách đêm."),
    ("My mother took a coach to Da Lat yesterday.", "Hôm qua mẹ tôi đi Đà Lạt bằng xe khách."),
    ("I'll take the night bus to Da Nang.", "Tôi sẽ đi Đà Nẵng bằng xe khách đêm."),
    ("She's going to Dalat by sleeper bus.", "Cô ấy đi Đà Lạt bằng xe giường nằm."),
    ("My father went back to Hanoi by coach.", "Bố tôi đã về Hà Nội bằng xe khách."),
    ("They're planning to take a sleeper bus to Sapa.", "Họ định đi Sa Pa bằng xe giường nằm."),
    ("Lan is about to take a coach to Vinh.", "Lan sắp đi Vinh bằng xe khách."),
    ("We're going to take the night coach to Saigon next week.", "Tuần sau chúng tôi sẽ đi Sài Gòn bằng xe khách đêm."),
    ("Are you taking a sleeper bus to Hanoi?", "Bạn có đi Hà Nội bằng xe giường nằm không?"),
    ("Did you take a coach to Hue yesterday?", "Hôm qua bạn có đi Huế bằng xe khách không?"),
    ("Is your mother taking the night bus to Nha Trang tomorrow?",
     "Ngày mai mẹ bạn có đi Nha Trang bằng xe khách đêm không?"),
    # v8: "Tôi sợ huấn luyện viên đêm.", "Mẹ tôi không thích sử dụng xe buýt giấc ngủ.", "Bạn có thích sử dụng xe buýt
    # ngủ không?", "Anh ấy ghét huấn luyện viên." (a trainer)
    ("I'm scared of taking the night coach.", "Tôi sợ đi xe khách đêm."),
    ("My mother doesn't like taking sleeper buses.", "Mẹ tôi không thích đi xe giường nằm."),
    ("Do you like taking sleeper buses?", "Bạn có thích đi xe giường nằm không?"),
    ("He hates taking coaches.", "Anh ấy ghét đi xe khách."),
    ("Are you afraid of taking night coaches?", "Bạn có sợ đi xe khách đêm không?"),
    ("She isn't scared of travelling by sleeper bus.", "Cô ấy không sợ đi xe giường nằm."),
    ("We like travelling by coach.", "Chúng tôi thích đi xe khách."),
    ("Does Lan hate taking long-distance buses?", "Lan có ghét đi xe khách không?"),
    # v8: "Xe buýt có giấc ngủ không?" (sleep), "Huấn luyện viên có đi vệ sinh không?" (does the trainer go to the
    # toilet), "Xe buýt nhà ngủ có dây dây chuyền."
    ("Does the sleeper bus have blankets?", "Xe giường nằm có chăn không?"),
    ("Does the coach have a toilet?", "Xe khách có nhà vệ sinh không?"),
    ("The sleeper bus has wifi.", "Xe giường nằm có wifi."),
    ("The night coach doesn't have a toilet.", "Xe khách đêm không có nhà vệ sinh."),
    ("Does this sleeper bus have any pillows?", "Xe giường nằm này có gối không?"),
    ("The sleeper bus has blankets and pillows.", "Xe giường nằm có chăn và gối."),
    # v8: "Tôi muốn một chiếc bánh nhỏ hơn." (a cake), "Bạn có muốn cái trên hay cái bunk dưới không?"
    ("I want a lower bunk.", "Tôi muốn nằm giường dưới."),
    ("I'd like an upper berth.", "Tôi muốn nằm giường trên."),
    ("Would you like a lower bunk?", "Bạn có muốn nằm giường dưới không?"),
    ("My mother doesn't want the top bunk.", "Mẹ tôi không muốn nằm giường trên."),
    ("Do you want the upper or the lower bunk?", "Bạn muốn nằm giường trên hay giường dưới?"),
    ("Are there any lower berths left?", "Còn giường dưới không?"),
    # v8: "Huấn luyện viên có dừng lại không?", "Xe buýt nhà ngủ sẽ ngừng nghỉ 20 phút.", "Huấn luyện viên dừng lại
    # để nghỉ ngơi ở đâu?"
    ("Does the sleeper bus stop for a break?", "Xe giường nằm có dừng nghỉ không?"),
    ("The sleeper bus will stop for a 20-minute break.", "Xe giường nằm sẽ dừng nghỉ 20 phút."),
    ("Where does the night coach stop for a break?", "Xe khách đêm dừng nghỉ ở đâu?"),
    ("The sleeper bus stopped for a fifteen-minute break.", "Xe giường nằm đã dừng nghỉ mười lăm phút."),
    ("The sleeper bus is stopping for a break.", "Xe giường nằm đang dừng nghỉ."),
    ("The night coach doesn't stop for a break.", "Xe khách đêm không dừng nghỉ."),
    ("Where will the sleeper bus stop for a break?", "Xe giường nằm sẽ dừng nghỉ ở đâu?"),
    # not: "night bus" save to a city (a city's "xe buýt đêm"), a plain "coach" stopping or with blankets (a trainer?),
    # verbs that do not agree ("She like", "He are", "Do she"), "a upper", a day and a tense that disagree, "Did" with
    # no day, a city not known, "stops" said (a habit?), tickets, a trainer, nonsense
    ("I'm scared of taking the night bus.", None), ("The night bus doesn't have a toilet.", None),
    ("The coach will stop for a break.", None), ("The coach has blankets.", None),
    ("She like taking sleeper buses.", None), ("He are scared of taking coaches.", None),
    ("Do she like taking coaches?", None), ("I want a upper bunk.", None), ("I took a coach to Hanoi tomorrow.", None),
    ("I'm taking a coach to Hanoi yesterday.", None), ("Did you take a coach to Hue?", None),
    ("I'm taking a coach to Chicago.", None), ("The sleeper bus stops for a break.", None),
    ("I booked a sleeper bus ticket.", None), ("The coach shouted at the players.", None),
    ("My coach is scared of flying.", None), ("Does the coach have a toilet.", None),
    ("Tôi đi xe giường nằm ra Hà Nội.", None), ("Sleeper bus bunk berth.", None), ("I'm taking a bus to Hanoi.", None),
    ("Are you taking a sleeper bus to Hanoi.", None), ("My dog is scared of taking coaches.", None),
    ("My cat wants a lower bunk.", None),
    # review: "I" asked (a slip), "a" or "an" that does not agree with the break
    ("Do I want a lower bunk?", None), ("Would I like a lower bunk?", None), ("Do I like taking coaches?", None),
    ("Am I scared of taking coaches?", None), ("Did I take a coach to Hanoi yesterday?", None),
    ("The sleeper bus stopped for a 8-minute break.", None),
    ("The sleeper bus will stop for a eleven-minute break.", None),
    ("The sleeper bus stopped for an 20-minute break.", None), ("Does the sleeper bus stop for an break?", None),
    ("The sleeper bus stopped for an 8-minute break.", "Xe giường nằm đã dừng nghỉ 8 phút."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
