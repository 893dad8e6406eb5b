"""The pavement: full of motorbikes, parking or selling on it, bans, walking in the road, clearing the pavements, and
tables put out on them, both ways (mt/pavements.py)."""
import pytest

from mt.pavements import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The motorcycle was filled with summer.", "The summer was full of the motorcycle.", "Summer before my house
    # was always filled with motorcycles."
    ("Xe máy đỗ đầy vỉa hè.", "The pavement is full of parked motorbikes."),
    ("Vỉa hè đầy xe máy.", "The pavement is full of motorbikes."),
    ("Vỉa hè trước nhà tôi lúc nào cũng đầy xe máy.",
     "The pavement in front of my house is always full of motorbikes."),
    ("Vỉa hè ở đây luôn đầy ô tô.", "The pavement here is always full of cars."),
    ("Vỉa hè có đầy xe máy không?", "Is the pavement full of motorbikes?"),
    ("Xe máy đậu kín vỉa hè phố này.", "The pavement on this street is full of parked motorbikes."),
    # v8: "He threw the motorcycle on summer.", "I'm getting a car at summer."
    ("Hôm qua tôi đỗ xe trên vỉa hè.", "I parked on the pavement yesterday."),
    ("Anh ấy hay đỗ xe máy trên vỉa hè.", "He often parks his motorbike on the pavement."),
    ("Bạn có hay đỗ xe trên vỉa hè không?", "Do you often park on the pavement?"),
    ("Mẹ tôi đang đỗ xe trên vỉa hè.", "My mother is parking on the pavement."),
    ("Chúng tôi vừa đỗ xe trên vỉa hè.", "We have just parked on the pavement."),
    ("Bố tôi đã đỗ ô tô lên vỉa hè.", "My father parked his car on the pavement."),
    ("Người ta thường đỗ xe trên vỉa hè.", "People often park on the pavement."),
    # v8: "My mother sold on the summer vow."
    ("Mẹ tôi bán hàng trên vỉa hè.", "My mother sells things on the pavement."),
    ("Mẹ bạn có bán rau trên vỉa hè không?", "Does your mother sell vegetables on the pavement?"),
    ("Cô ấy không bán hàng trên vỉa hè.", "She doesn't sell things on the pavement."),
    ("Bác Lan bán trà đá trên vỉa hè trước nhà tôi.", "Aunt Lan sells iced tea on the pavement in front of my house."),
    ("Người ta đang bán hoa ngoài vỉa hè.", "People are selling flowers on the pavement."),
    # v8: "Don't park on summer vows.", "A car on summer ventilator.", "The sales sale on summer.", "The car was not
    # held on summer."
    ("Đừng đỗ xe trên vỉa hè.", "Don't park on the pavement."),
    ("Đừng đỗ xe trên vỉa hè nhé.", "Don't park on the pavement."),
    ("Cấm đỗ xe trên vỉa hè.", "No parking on the pavement."),
    ("Cấm bán hàng trên vỉa hè.", "No selling on the pavement."),
    ("Không được đỗ xe trên vỉa hè.", "You can't park on the pavement."),
    ("Bạn không được bán hàng trên vỉa hè.", "You can't sell things on the pavement."),
    # v8: "The walk person must walk down the way.", "I have to go down to my lad.", "Yesterday, my mother had to go
    # down to the street because of the summer filled the motorcycle."
    ("Người đi bộ phải đi xuống lòng đường.", "Pedestrians have to walk in the road."),
    ("Tôi phải đi xuống lòng đường.", "I have to walk in the road."),
    ("Hôm qua mẹ tôi phải đi xuống lòng đường vì vỉa hè đầy xe máy.",
     "My mother had to walk in the road yesterday because the pavement was full of motorbikes."),
    ("Chúng tôi phải đi bộ dưới lòng đường vì không có vỉa hè.",
     "We have to walk in the road because there is no pavement."),
    ("Bạn có phải đi xuống lòng đường không?", "Do you have to walk in the road?"),
    ("Ngày mai Lan sẽ phải đi xuống lòng đường.", "Lan will have to walk in the road tomorrow."),
    ("Mọi người phải đi xuống lòng đường vì xe máy đỗ đầy vỉa hè.",
     "Everyone has to walk in the road because the pavement is full of parked motorbikes."),
    ("Anh ấy đã phải đi xuống lòng đường.", "He had to walk in the road."),
    ("Cô ấy không phải đi xuống lòng đường.", "She doesn't have to walk in the road."),
    # v8: "It's going to clean up the summer.", "It seemed to be cleaned by summer."
    ("Phường đang dẹp vỉa hè.", "The ward is clearing the pavements."),
    ("Phường vừa dẹp vỉa hè.", "The ward has just cleared the pavements."),
    ("Công an đang dẹp vỉa hè.", "The police are clearing the pavements."),
    ("Hôm qua phường dẹp vỉa hè.", "The ward cleared the pavements yesterday."),
    ("Phường dẹp vỉa hè rồi.", "The ward has cleared the pavements."),
    ("Phường dẹp vỉa hè chưa?", "Has the ward cleared the pavements yet?"),
    ("Thành phố sắp dẹp vỉa hè.", "The city is about to clear the pavements."),
    ("Tuần sau quận sẽ dẹp vỉa hè.", "The district will clear the pavements next week."),
    ("Họ lại đang dẹp vỉa hè.", "They are clearing the pavements again."),
    ("Phường chưa dẹp vỉa hè.", "The ward hasn't cleared the pavements yet."),
    ("Phường có đang dẹp vỉa hè không?", "Is the ward clearing the pavements?"),
    ("Phường đang dẹp vỉa hè trước nhà tôi.", "The ward is clearing the pavement in front of my house."),
    # v8: "This process expressed seats out of summer."
    ("Quán này bày bàn ghế ra vỉa hè.", "This place puts its tables and chairs out on the pavement."),
    ("Quán cà phê đó lúc nào cũng bày bàn ghế ra vỉa hè.",
     "That café always puts its tables and chairs out on the pavement."),
    ("Quán đó có bày bàn ghế ra vỉa hè không?", "Does that place put its tables and chairs out on the pavement?"),
    ("Nhà hàng này không kê bàn ghế ra vỉa hè.",
     "This restaurant doesn't put its tables and chairs out on the pavement."),
    ("Cửa hàng này đang bày hàng ra vỉa hè.", "This shop is putting its goods out on the pavement."),
    # not: parking with no word of tense (did, or does?), "xe" alone (which?), a name's own vehicle (his or hers?),
    # a vehicle in a ban (yours, or any?), a pet, "anh" alone saying it, a reason not read, "Phường dẹp vỉa hè." (no
    # tense), people putting tables out, "?" on a statement, "không?" with no "có", tidying ("dọn dẹp"), other roads
    ("Tôi đỗ xe trên vỉa hè.", None), ("Tôi không đỗ xe trên vỉa hè.", None), ("Bạn có đỗ xe trên vỉa hè không?", None),
    ("Vỉa hè đầy xe.", None), ("Lan đã đỗ xe máy trên vỉa hè.", None), ("Chúng tôi đã đỗ xe máy trên vỉa hè.", None),
    ("Đừng đỗ xe máy trên vỉa hè.", None), ("Con chó phải đi xuống lòng đường.", None),
    ("Anh phải đi xuống lòng đường.", None), ("Tôi phải đi xuống lòng đường vì trời mưa.", None),
    ("Phường dẹp vỉa hè.", None), ("Mẹ tôi đang bày hàng ra vỉa hè.", None), ("Quán này bày bàn ghế ra vỉa hè?", None),
    ("Vỉa hè đầy xe máy không?", None), ("Vỉa hè đầy xe máy?", None), ("Phường đang dọn dẹp vỉa hè.", None),
    ("Ngày mai tôi đỗ xe trên vỉa hè.", None), ("Phường dẹp vỉa hè rồi chưa?", None),
    ("Đường này đang sửa.", None), ("Vỉa hè đẹp quá.", None), ("Mùa hè năm nay nóng quá.", None),
    ("The pavement is full of motorbikes.", None), ("Hôm qua phường sẽ dẹp vỉa hè.", None),
    # ... nor a statement closed by "thế" or "vậy" (so full?), "em" asking with "ạ" (the speaker, not you),
    # "mọi người" denied ("Everyone doesn't …": not everyone?), "always" as the reason of a day gone by
    ("Vỉa hè đầy xe máy thế.", None), ("Vỉa hè đầy xe máy vậy.", None), ("Mẹ tôi bán hàng trên vỉa hè thế.", None),
    ("Tôi phải đi xuống lòng đường thế.", None), ("Phường đang dẹp vỉa hè thế.", None),
    ("Quán này bày bàn ghế ra vỉa hè thế.", None), ("Cấm đỗ xe trên vỉa hè vậy.", None),
    ("Bạn không được để xe trên vỉa hè thế.", None), ("Em có bán hàng trên vỉa hè không ạ?", None),
    ("Em có phải đi xuống lòng đường không ạ?", None), ("Mọi người không phải đi xuống lòng đường.", None),
    ("Hôm qua tôi phải đi xuống lòng đường vì vỉa hè lúc nào cũng đầy xe máy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tình yêu hoàn toàn đầy xe máy được đậu xe.", "Cuộc bàn tay trước ngôi nhà của tôi luôn đầy xe máy."
    ("The pavement is full of parked motorbikes.", "Xe máy đỗ đầy vỉa hè."),
    ("The pavement is full of motorbikes.", "Vỉa hè đầy xe máy."),
    ("The pavements here are always full of cars.", "Vỉa hè ở đây lúc nào cũng đầy ô tô."),
    ("Is the pavement full of motorbikes?", "Vỉa hè có đầy xe máy không?"),
    ("The pavement in front of my house is full of motorbikes.", "Vỉa hè trước nhà tôi đầy xe máy."),
    # v8: "Anh ấy đậu xe xe xe máy của mình trên bàn tay.", "Mẹ tôi bán những thứ trên lòng bàn tay."
    ("I parked on the pavement yesterday.", "Hôm qua tôi đỗ xe trên vỉa hè."),
    ("He parked his motorbike on the pavement.", "Anh ấy đã đỗ xe máy trên vỉa hè."),
    ("He often parks his motorbike on the pavement.", "Anh ấy hay đỗ xe máy trên vỉa hè."),
    ("Do you often park on the pavement?", "Bạn có hay đỗ xe trên vỉa hè không?"),
    ("My mother is parking on the pavement.", "Mẹ tôi đang đỗ xe trên vỉa hè."),
    ("We've just parked on the pavement.", "Chúng tôi vừa đỗ xe trên vỉa hè."),
    ("She just parked her car on the pavement.", "Cô ấy vừa đỗ ô tô trên vỉa hè."),
    ("I don't park on the pavement.", "Tôi không đỗ xe trên vỉa hè."),
    ("Did you park on the pavement yesterday?", "Hôm qua bạn có đỗ xe trên vỉa hè không?"),
    ("Did he park on the pavement yesterday?", "Hôm qua anh ấy có đỗ xe trên vỉa hè không?"),
    ("He didn't park on the pavement yesterday.", "Hôm qua anh ấy không đỗ xe trên vỉa hè."),
    ("He didn't park on the pavement.", "Anh ấy đã không đỗ xe trên vỉa hè."),
    ("Did my mother sell flowers on the pavement yesterday?", "Hôm qua mẹ tôi có bán hoa trên vỉa hè không?"),
    ("My mother sells things on the pavement.", "Mẹ tôi bán hàng trên vỉa hè."),
    ("Does your mother sell vegetables on the pavement?", "Mẹ bạn có bán rau trên vỉa hè không?"),
    ("People sell flowers on the pavement.", "Người ta bán hoa trên vỉa hè."),
    ("She doesn't sell things on the pavement.", "Cô ấy không bán hàng trên vỉa hè."),
    # v8: "Đừng đậu xe trên lòng bàn tay.", "Không có công viên nào trong lòng bàn tay.", "Không bán trên lòng bàn tay."
    ("Don't park on the pavement.", "Đừng đỗ xe trên vỉa hè."),
    ("Don't park on the sidewalk.", "Đừng đỗ xe trên vỉa hè."),
    ("No parking on the pavement.", "Cấm đỗ xe trên vỉa hè."),
    ("No selling on the pavement.", "Cấm bán hàng trên vỉa hè."),
    ("You can't park on the pavement.", "Không được đỗ xe trên vỉa hè."),
    ("You can't sell things on the pavement here.", "Không được bán hàng trên vỉa hè ở đây."),
    # v8: "Các bác sĩ thú y phải đi dạo trên đường." (vets), "Tôi phải đi bộ trên đường vì bàn tay đầy xe máy."
    ("Pedestrians have to walk in the road.", "Người đi bộ phải đi xuống lòng đường."),
    ("I had to walk in the road yesterday because the pavement was full of motorbikes.",
     "Hôm qua tôi phải đi xuống lòng đường vì vỉa hè đầy xe máy."),
    ("We have to walk in the road because there is no pavement.",
     "Chúng tôi phải đi xuống lòng đường vì không có vỉa hè."),
    ("Do you have to walk in the road?", "Bạn có phải đi xuống lòng đường không?"),
    ("My mother has to walk in the road.", "Mẹ tôi phải đi xuống lòng đường."),
    ("She will have to walk in the road tomorrow.", "Ngày mai cô ấy sẽ phải đi xuống lòng đường."),
    ("Everyone has to walk in the road because the pavement is full of parked motorbikes.",
     "Mọi người phải đi xuống lòng đường vì xe máy đỗ đầy vỉa hè."),
    ("He doesn't have to walk in the road.", "Anh ấy không phải đi xuống lòng đường."),
    ("Did you have to walk in the road yesterday?", "Hôm qua bạn có phải đi xuống lòng đường không?"),
    # v8: "Tiền thưởng đang xóa bỏ các cuộc tuần tra.", "Tiền thưởng vừa mới rõ ràng là những lời tiên tri."
    ("The ward is clearing the pavements.", "Phường đang dẹp vỉa hè."),
    ("The ward has just cleared the pavements.", "Phường vừa dẹp vỉa hè."),
    ("The police are clearing the pavements again.", "Công an lại đang dẹp vỉa hè."),
    ("The ward cleared the pavements yesterday.", "Hôm qua phường đã dẹp vỉa hè."),
    ("The ward has cleared the pavements.", "Phường dẹp vỉa hè rồi."),
    ("Has the ward cleared the pavements yet?", "Phường dẹp vỉa hè chưa?"),
    ("The police are about to clear the pavements.", "Công an sắp dẹp vỉa hè."),
    ("The ward will clear the pavements next week.", "Tuần sau phường sẽ dẹp vỉa hè."),
    ("The authorities are clearing the pavements.", "Chính quyền đang dẹp vỉa hè."),
    ("The ward hasn't cleared the pavements yet.", "Phường chưa dẹp vỉa hè."),
    ("Is the ward clearing the pavements?", "Phường có đang dẹp vỉa hè không?"),
    # v8: "Vị trí này đặt bàn và ghế ra khỏi lòng bàn tay."
    ("This place puts its tables and chairs out on the pavement.", "Quán này bày bàn ghế ra vỉa hè."),
    ("That café always puts its tables and chairs out on the pavement.", "Quán cà phê đó luôn bày bàn ghế ra vỉa hè."),
    ("Does this restaurant put its tables and chairs out on the pavement?",
     "Nhà hàng này có bày bàn ghế ra vỉa hè không?"),
    ("This shop doesn't put its goods out on the pavement.", "Cửa hàng này không bày hàng ra vỉa hè."),
    # not: "was full" alone (which day?), verbs not agreeing ("The pavement are", "He park", "I has", "The police
    # is"), whose not who's own, "Did …?" with no day, a reason in another tense, people putting tables out (did, or
    # do?), a pet, "walk in the street", the other way's language, nonsense
    ("The pavement was full of motorbikes.", None), ("The pavement are full of motorbikes.", None),
    ("He parked her motorbike on the pavement.", None), ("Did you park on the pavement?", None),
    ("He park on the pavement.", None), ("I has to walk in the road.", None),
    ("I had to walk in the road because the pavement is full of motorbikes.", None),
    ("The police is clearing the pavements.", None), ("People put their tables and chairs out on the pavement.", None),
    ("My mother puts his goods out on the pavement.", None), ("My dog has to walk in the road.", None),
    ("I have to walk in the street.", None), ("Xe máy đỗ đầy vỉa hè.", None), ("The pavement is full of car.", None),
    ("Pavement pavement pavement.", None), ("No parking motorbikes on the pavement.", None),
    # ... nor "everyone" denied (not everyone?), nor the city, the district or "they" clearing (of snow? "dọn")
    ("Everyone doesn't have to walk in the road.", None), ("They're clearing the pavements.", None),
    ("The city is about to clear the pavements.", None), ("The district will clear the pavements next week.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
