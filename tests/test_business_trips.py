"""Business trips: on one, going on one, back from one, having to go, how often, how long and when back, both ways
(mt/business_trips.py)."""
import pytest

from mt.business_trips import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He's going to work.", "Next week, I'll go to work in Da Nang.", "My husband has gone this week."
    ("Anh ấy đang đi công tác.", "He's on a business trip."),
    ("Chồng tôi đang đi công tác.", "My husband is on a business trip."),
    ("Mẹ tôi đang đi công tác ở Hà Nội.", "My mother is on a business trip in Hanoi."),
    ("Lan đang đi công tác ở Huế.", "Lan is on a business trip in Hue."),
    ("Chị ấy đang đi công tác ở nước ngoài.", "She's on a business trip abroad."),
    ("Em gái tôi đang đi công tác ạ.", "My sister is on a business trip."),
    ("Bác Hùng đang đi công tác ở Hà Nội.", "Uncle Hung is on a business trip in Hanoi."),
    ("Chồng tôi đi công tác tuần này.", "My husband is away on business this week."),
    ("Tôi đang đi công tác ở Hà Nội tuần này.", "I'm on a business trip in Hanoi this week."),
    ("Tuần sau tôi đi công tác ở Đà Nẵng.", "I'm going on a business trip to Da Nang next week."),
    ("Tôi sẽ đi công tác ở Đà Nẵng vào tuần sau.", "I'm going on a business trip to Da Nang next week."),
    ("Tuần sau chồng tôi đi công tác Hà Nội.", "My husband is going on a business trip to Hanoi next week."),
    ("Tôi sẽ đi công tác ở Huế vào thứ hai.", "I'm going on a business trip to Hue on Monday."),
    ("Ngày mai tôi đi công tác.", "I'm going on a business trip tomorrow."),
    ("Tôi sắp đi công tác.", "I'm going on a business trip soon."),
    ("Tuần sau tôi đi công tác vài ngày.", "I'm going on a business trip for a few days next week."),
    ("Tôi sẽ không đi công tác.", "I'm not going on a business trip."),
    # v8: "Last month, I walked the work in Japan.", "They went to work in Singapore last week."
    ("Tháng trước tôi đã đi công tác ở Nhật Bản.", "I went on a business trip to Japan last month."),
    ("Họ đi công tác ở Singapore tuần trước.", "They went on a business trip to Singapore last week."),
    ("Tôi đã đi công tác ba ngày.", "I went on a business trip for three days."),
    ("Anh ấy đi công tác Đà Nẵng rồi.", "He's gone on a business trip to Da Nang."),
    # v8: "He just went to work.", "I just went to work to Hanoi."
    ("Anh ấy vừa đi công tác về.", "He's just got back from a business trip."),
    ("Tôi vừa đi công tác Hà Nội về.", "I've just got back from a business trip to Hanoi."),
    ("Hôm qua anh ấy đi công tác về.", "He got back from a business trip yesterday."),
    ("Mẹ tôi đi công tác Huế về rồi.", "My mother is back from her business trip to Hue."),
    # v8: "I have to go to work three days.", "I don't have to go to work."
    ("Tôi phải đi công tác ba ngày.", "I have to go on a business trip for three days."),
    ("Tôi không phải đi công tác.", "I don't have to go on a business trip."),
    ("Tôi sẽ phải đi công tác.", "I'll have to go on a business trip."),
    # v8: "Is he going to work?", "Do you or go to work?"
    ("Anh ấy có đang đi công tác không?", "Is he on a business trip?"),
    ("Anh có đang đi công tác không?", "Are you on a business trip?"),
    ("Tuần sau bạn có đi công tác không?", "Are you going on a business trip next week?"),
    # v8: "She or have to go to work.", "She usually goes to work.", "Do you have a lot of work?"
    ("Cô ấy hay phải đi công tác.", "She often has to travel for work."),
    ("Cô ấy thường đi công tác.", "She often travels for work."),
    ("Anh ấy đi công tác nhiều lắm.", "He travels a lot for work."),
    ("Tôi không bao giờ đi công tác.", "I never travel for work."),
    ("Bạn có hay đi công tác không?", "Do you often travel for work?"),
    ("Bạn có phải đi công tác nhiều không?", "Do you have to travel a lot for work?"),
    # v8: "How long does your journey last?", "When will he go to work?"
    ("Chuyến công tác của bạn kéo dài bao lâu?", "How long is your business trip?"),
    ("Chuyến công tác của mẹ tôi kéo dài bao lâu?", "How long is my mother's business trip?"),
    ("Bạn sẽ đi công tác bao lâu?", "How long will you be away on business?"),
    ("Khi nào anh ấy đi công tác về?", "When will he be back from his business trip?"),
    ("Bao giờ mẹ bạn đi công tác về?", "When will your mother be back from her business trip?"),
    ("Khi nào bạn đi công tác?", "When are you going on your business trip?"),
    # not: nothing that says when (is or went? for how long?), "đang công tác ở" (works at), "vừa" without "về" (just
    # left, or back?), "Anh …" alone saying it, a day against the tense, a name's trip ("his" or "her"?), a place not
    # known, how often and at a place, how a trip was (mt/how_was.py's), asked without "có"
    ("Tôi sắp đi công tác nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mẹ tôi đi công tác ở Hà Nội.", None), ("Tôi đi công tác một tuần.", None),
    ("Mẹ tôi đang công tác ở Hà Nội.", None), ("Tôi vừa đi công tác.", None), ("Anh đang đi công tác.", None),
    ("Tuần sau tôi đã đi công tác.", None), ("Hôm qua tôi sẽ đi công tác.", None),
    ("Tuần trước tôi đang đi công tác.", None), ("Khi nào Lan đi công tác về?", None),
    ("Tôi sẽ đi công tác với sếp.", None), ("Anh ấy thường đi công tác ở Hà Nội.", None),
    ("Bạn đi công tác bao lâu?", None), ("Chuyến công tác thế nào?", None), ("Anh ấy không đi công tác.", None),
    ("Bạn đang đi công tác?", None), ("Anh ấy đi công tác về.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy đang ở chuyến đi kinh doanh.", "Anh ta vắng mặt trong kinh doanh.", "Chồng tôi vắng mặt vào tuần này."
    ("He's on a business trip.", "Anh ấy đang đi công tác."),
    ("He's away on business.", "Anh ấy đang đi công tác."),
    ("My wife is away on a business trip.", "Vợ tôi đang đi công tác."),
    ("She's on a business trip in Hanoi.", "Cô ấy đang đi công tác ở Hà Nội."),
    ("My husband is away on business this week.", "Tuần này chồng tôi đi công tác."),
    ("My mother is away on business for two weeks.", "Mẹ tôi đi công tác hai tuần."),
    ("Lan is on a business trip.", "Lan đang đi công tác."),
    ("Is your husband away on business?", "Chồng bạn có đang đi công tác không?"),
    # v8: "Tôi sẽ tiếp tục chuyến đi kinh doanh để Đà Nẵng vào tuần tới.", "Tôi sẽ đến Hà Nội vào tuần tới."
    ("I'm going on a business trip to Da Nang next week.", "Tuần sau tôi sẽ đi công tác ở Đà Nẵng."),
    ("I'm going to Hanoi on business next week.", "Tuần sau tôi sẽ đi công tác ở Hà Nội."),
    ("I'm going on a business trip tomorrow.", "Ngày mai tôi sẽ đi công tác."),
    ("I'm going on a business trip on Friday.", "Tôi sẽ đi công tác vào thứ Sáu."),
    ("We're going on a business trip to Singapore.", "Chúng tôi sẽ đi công tác ở Singapore."),
    ("She'll be away on business next week.", "Tuần sau cô ấy sẽ đi công tác."),
    ("I'm not going on a business trip.", "Tôi sẽ không đi công tác."),
    ("Are you going on a business trip?", "Bạn có sắp đi công tác không?"),
    ("Is she going on a business trip to Japan next month?", "Tháng sau cô ấy có đi công tác ở Nhật Bản không?"),
    # v8: "Tôi tiếp tục chuyến đi kinh doanh cho Nhật Bản vào tháng trước.", "Tôi phải tiếp tục chuyến đi …"
    ("I went on a business trip to Japan last month.", "Tháng trước tôi đã đi công tác ở Nhật Bản."),
    ("I went on a business trip for a week.", "Tôi đã đi công tác một tuần."),
    ("I went on a business trip overseas last year.", "Năm ngoái tôi đã đi công tác ở nước ngoài."),
    ("Did you go on a business trip last week?", "Tuần trước bạn có đi công tác không?"),
    ("I have to go on a business trip next week.", "Tuần sau tôi phải đi công tác."),
    ("We have to go on a business trip to Hue tomorrow.", "Ngày mai chúng tôi phải đi công tác ở Huế."),
    ("I had to go on a business trip last week.", "Tuần trước tôi đã phải đi công tác."),
    ("Does she have to go on a business trip?", "Cô ấy có phải đi công tác không?"),
    ("He doesn't have to go on a business trip.", "Anh ấy không phải đi công tác."),
    # v8: "Anh ấy chỉ trở lại từ chuyến đi kinh doanh." (only)
    ("He just got back from a business trip.", "Anh ấy vừa đi công tác về."),
    ("He's just got back from a business trip to Hanoi.", "Anh ấy vừa đi công tác Hà Nội về."),
    ("I came back from a business trip last week.", "Tuần trước tôi đi công tác về."),
    ("She has just returned from a business trip.", "Cô ấy vừa đi công tác về."),
    # v8: "Cô ấy thường đi du lịch công việc.", "Có phải anh ấy đi du lịch nhiều để làm việc?"
    ("She often travels for work.", "Cô ấy thường đi công tác."),
    ("She travels a lot for work.", "Cô ấy đi công tác nhiều."),
    ("My father travels for work a lot.", "Bố tôi đi công tác nhiều."),
    ("I sometimes have to travel for work.", "Tôi thỉnh thoảng phải đi công tác."),
    ("Do you often travel for work?", "Bạn có thường đi công tác không?"),
    ("Does he travel a lot for work?", "Anh ấy có đi công tác nhiều không?"),
    # v8: "Chuyến đi kinh doanh của bạn bao lâu?", "Khi nào sẽ trở lại từ chuyến đi kinh doanh của mình?"
    ("How long is your business trip?", "Chuyến công tác của bạn kéo dài bao lâu?"),
    ("How long will you be away on business?", "Bạn sẽ đi công tác bao lâu?"),
    ("When will he be back from his business trip?", "Khi nào anh ấy đi công tác về?"),
    ("When does your mother get back from her business trip?", "Khi nào mẹ bạn đi công tác về?"),
    ("When will Lan be back from her business trip?", "Khi nào Lan đi công tác về?"),
    ("When is she going on her business trip?", "Khi nào cô ấy đi công tác?"),
    # not: the verb against who ("He have", "Does he travels", "Are your husband"), whose trip another's, a day
    # against the tense, "to" where one is, a place not known, "in" where one goes, what is not a trip said
    ("He have to go on a business trip.", None), ("Does he travels a lot for work?", None),
    ("He travel a lot for work.", None), ("Are your husband away on business?", None),
    ("He don't have to go on a business trip.", None), ("When is he back from your business trip?", None),
    ("I went on a business trip to Japan next month.", None), ("I came back from a business trip next week.", None),
    ("She's on a business trip to Hanoi.", None), ("He is going on a business trip in Japan.", None),
    ("My mother is away on business for two week.", None), ("I'm on a business trip in Narnia.", None),
    ("I don't like business trips.", None), ("Where are you going on your business trip?", None),
    ("Do you travel for work?", None), ("He's on a business trip?", None),
    ("Will you be away on business?", None), ("He is on a business trip in abroad.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
