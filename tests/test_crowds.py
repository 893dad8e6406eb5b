"""How crowded or empty a place is, and not liking or avoiding crowds, both ways (mt/crowds.py)."""
import pytest

from mt.crowds import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The supermarket is too large.", "The crowd of people today.", "This process is always engaged.", "The sea
    # is empty.", "At the end of the week of the trade center is very crowded."
    ("Siêu thị đông quá.", "The supermarket is so crowded."),
    ("Siêu thị quá đông.", "The supermarket is too crowded."),
    ("Chợ hôm nay đông người lắm.", "The market is really crowded today."),
    ("Hôm nay chợ đông thế!", "The market is so crowded today!"),
    ("Quán này lúc nào cũng đông khách.", "This place is always busy."),
    ("Bãi biển vắng quá.", "The beach is so quiet."),
    ("Cuối tuần trung tâm thương mại rất đông.", "The mall is very crowded at the weekend."),
    ("Siêu thị thường đông vào cuối tuần.", "The supermarket is usually crowded at the weekend."),
    ("Nhà hàng này vắng khách quá.", "This restaurant is so quiet."),
    ("Công viên vắng vẻ.", "The park is quiet."),
    ("Quán cà phê đó hơi đông.", "That café is a bit crowded."),
    ("Bây giờ sân bay khá đông.", "The airport is quite crowded now."),
    ("Dịp Tết chợ rất đông.", "The market is very crowded during Tet."),
    ("Siêu thị đông lắm ạ.", "The supermarket is really crowded."),
    # v8: "The hospital is always closed.", "There's too large here."
    ("Bệnh viện lúc nào cũng chật kín người.", "The hospital is always packed."),
    ("Phố cổ đông nghịt vào buổi tối.", "The old quarter is packed in the evening."),
    ("Ở đây đông quá.", "It's so crowded here."),
    ("Ở đó vắng lắm.", "It's really quiet there."),
    # v8: "Yesterday, the market was away.", "Tomorrow, the sea will be very large."
    ("Hôm qua chợ vắng tanh.", "The market was empty yesterday."),
    ("Cuối tuần trước bãi biển đông đúc lắm.", "The beach was really crowded last weekend."),
    ("Ngày mai bãi biển sẽ đông lắm.", "The beach will be really crowded tomorrow."),
    ("Siêu thị sẽ đông.", "The supermarket will be crowded."),
    ("Hôm nay chợ không đông lắm.", "The market isn't very crowded today."),
    ("Bệnh viện không quá đông.", "The hospital isn't too crowded."),
    # v8: "Is winter there?", "Do the supermarket?"
    ("Ở đó có đông không?", "Is it crowded there?"),
    ("Siêu thị có đông không?", "Is the supermarket crowded?"),
    ("Chợ đông không?", "Is the market crowded?"),
    ("Chợ đông à?", "Is the market crowded?"),
    ("Hôm nay rạp chiếu phim có đông lắm không ạ?", "Is the cinema very crowded today?"),
    ("Hôm qua bảo tàng có vắng không?", "Was the museum quiet yesterday?"),
    # v8: "I don't like the crowd.", "My mother dropped the crowd.", "Do you like the crowd?"
    ("Tôi không thích chỗ đông người.", "I don't like crowded places."),
    ("Mẹ tôi ghét chỗ đông người.", "My mother hates crowded places."),
    ("Bạn có thích chỗ đông người không?", "Do you like crowded places?"),
    ("Lan rất ghét đám đông.", "Lan really hates crowds."),
    ("Tôi không thích đi chỗ đông người.", "I don't like going to crowded places."),
    ("Bố tôi thích những nơi vắng vẻ.", "My father likes quiet places."),
    ("Chúng tôi luôn tránh những nơi đông người.", "We always avoid crowded places."),
    ("Bạn nên tránh chỗ đông người.", "You should avoid crowded places."),
    ("Anh ấy cố tránh đám đông.", "He tries to avoid crowds."),
    # not: "đông" bare ("Chợ Đông"?), "Đông" written large, absent, people, the roads (mt/traffic.py), the sea
    # (mt/beaches.py), the dorm (mt/dorms.py), "quán" alone, a "?" on a statement, a tense that does not fit, "sáng
    # nay" (was or is?), "anh" saying it, an animal, "I" asked, and a degree that does not fit
    ("Siêu thị đông.", None), ("Chợ Đông Ba đông quá.", None), ("Hôm nay Lan vắng mặt.", None), ("Lan vắng.", None),
    ("Đường đông quá.", None), ("Biển vắng quá.", None), ("Ký túc xá đông quá.", None), ("Quán đông quá.", None),
    ("Siêu thị đông quá?", None), ("Hôm qua siêu thị sẽ đông.", None), ("Sáng nay chợ đông lắm.", None),
    ("Anh không thích chỗ đông người.", None), ("Con mèo không thích chỗ đông người.", None),
    ("Con mèo của tôi ghét đám đông.", None),
    ("Tôi có thích chỗ đông người không?", None), ("Bãi biển rất vắng tanh.", None), ("Phía đông chợ.", None),
    ("Mùa đông ở đây lạnh lắm.", None), ("Siêu thị có đông.", None), ("Chợ không đông không?", None),
    ("Hôm nay chợ lúc nào cũng đông.", None), ("Tôi thích nấu ăn.", None),
    # review: "always" denied is never, not "isn't always" (was "This market isn't always crowded."); "usually" denied
    # may be; a "!" kept where who should avoid crowds
    ("Chợ này lúc nào cũng không đông.", None), ("Siêu thị luôn không đông.", None),
    ("Ở đây lúc nào cũng không vắng.", None),
    ("Siêu thị thường không đông.", "The supermarket isn't usually crowded."),
    ("Bạn nên tránh chỗ đông người!", "You should avoid crowded places!"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Siêu thị quá đông đúc.", "Thị trường ngày nay thật sự bận rộn.", "Nơi này luôn được đóng gói.", "Biển
    # trống quá.", "Mall rất đông đúc vào cuối tuần."
    ("The supermarket is so crowded.", "Siêu thị đông quá."),
    ("The market is really busy today.", "Hôm nay chợ đông lắm."),
    ("This place is always packed.", "Chỗ này lúc nào cũng chật kín người."),
    ("The beach is so empty.", "Bãi biển vắng quá."),
    ("The mall is very crowded at the weekend.", "Cuối tuần trung tâm thương mại rất đông."),
    ("The restaurant is busy.", "Nhà hàng đông khách."),
    ("The park is crowded.", "Công viên đông người."),
    ("The supermarket's always busy at weekends.", "Cuối tuần siêu thị lúc nào cũng đông khách."),
    ("This restaurant is empty.", "Nhà hàng này vắng tanh."),
    ("The beach is deserted.", "Bãi biển vắng tanh."),
    ("The shopping centre is a bit crowded.", "Trung tâm thương mại hơi đông."),
    # v8: "Bệnh viện luôn được đóng gói.", "Nó rất đông đúc ở đây."
    ("The hospital is always packed.", "Bệnh viện lúc nào cũng chật kín người."),
    ("It's so crowded here.", "Ở đây đông quá."),
    ("It's really crowded there right now.", "Bây giờ ở đó đông lắm."),
    # v8: "Thị trường trống hôm qua.", "Bọn biển sẽ đông đúc ngày mai.", "Hôm nay nhà hàng không bận rộn."
    ("The market was empty yesterday.", "Hôm qua chợ vắng tanh."),
    ("The beach will be crowded tomorrow.", "Ngày mai bãi biển sẽ đông người."),
    ("The market won't be crowded tomorrow.", "Ngày mai chợ sẽ không đông."),
    ("The restaurant isn't very busy today.", "Hôm nay nhà hàng không đông lắm."),
    ("The museum wasn't crowded last weekend.", "Cuối tuần trước bảo tàng không đông."),
    # v8: "Có đám đông ở đó không?", "Có phải siêu thị đang bận rộn không?"
    ("Is it crowded there?", "Ở đó có đông không?"),
    ("Is the supermarket busy?", "Siêu thị có đông không?"),
    ("Will the beach be busy tomorrow?", "Ngày mai bãi biển có đông không?"),
    ("Was the market very crowded yesterday?", "Hôm qua chợ có đông lắm không?"),
    # v8: "Tôi không thích nơi đông đúc.", "Đám đông của mẹ tôi.", "Chúng ta luôn tránh những nơi đông đúc."
    ("I don't like crowded places.", "Tôi không thích chỗ đông người."),
    ("My mother hates crowds.", "Mẹ tôi ghét đám đông."),
    ("Do you like crowded places?", "Bạn có thích chỗ đông người không?"),
    ("We always avoid crowded places.", "Chúng tôi luôn tránh chỗ đông người."),
    ("Does he like crowded places?", "Anh ấy có thích chỗ đông người không?"),
    ("She tries to avoid crowds.", "Cô ấy cố tránh đám đông."),
    ("You should avoid crowded places.", "Bạn nên tránh chỗ đông người."),
    ("I love quiet places.", "Tôi rất thích chỗ yên tĩnh."),
    ("Lan doesn't like going to crowded places.", "Lan không thích đi chỗ đông người."),
    ("My father really hates crowds.", "Bố tôi rất ghét đám đông."),
    # not: "was" with no day behind, "quiet" (noise?), "the place", "it" with no here or there, a tense or a verb
    # that does not agree, "very packed", "empty" denied, "I" asked, an animal, other meanings of "busy"
    ("The beach was crowded.", None), ("The café is quiet.", None), ("The place is crowded.", None),
    ("It is crowded.", None), ("The market is crowded yesterday.", None),
    ("The beach will be crowded yesterday.", None),
    ("She try to avoid crowds.", None), ("He like crowded places.", None), ("Does they like crowds?", None),
    ("The hospital is very packed.", None), ("The beach isn't empty.", None), ("Do I like crowded places?", None),
    ("My dog hates crowds.", None), ("I'm busy today.", None), ("The line is busy.", None),
    ("Is this place always busy?", None), ("We should avoid crowded places.", None),
    ("The supermarket is so crowded?", None), ("Siêu thị đông quá.", None),
    # review: "isn't always" is "không phải lúc nào cũng" (was "lúc nào cũng không đông": never); "Will" asked with no
    # day keeps "sẽ" (was "Chợ có đông không?", the present); "it … busy" may be work, not people (was "Ở đây đông
    # người."); "we" asked may be "chúng ta" (was "Chúng tôi có thích đám đông không?")
    ("The supermarket isn't always busy.", "Siêu thị không phải lúc nào cũng đông khách."),
    ("It isn't always crowded here.", "Ở đây không phải lúc nào cũng đông người."),
    ("The supermarket isn't always very busy.", "Siêu thị không phải lúc nào cũng rất đông."),
    ("The restaurant isn't always so busy.", None),
    ("The supermarket isn't usually busy.", "Siêu thị thường không đông."),
    ("Will the market be crowded?", "Chợ sẽ có đông không?"), ("Will it be crowded there?", "Ở đó sẽ có đông không?"),
    ("It's busy here.", None), ("Is it busy there?", None), ("It's always busy here.", None),
    ("Do we like crowds?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
