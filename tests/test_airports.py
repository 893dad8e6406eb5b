"""At the airport: the gate, checking in, boarding, the boarding pass and security, both ways (mt/airports.py)."""
import pytest

from mt.airports import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What about the plane?", "What are my flight in the store?", "The flight started from 12.", "The flight is
    # on the plane of 12.", "Where are the number 12?"
    ("Cửa ra máy bay số mấy?", "Which gate is it?"),
    ("Cổng số mấy vậy?", "Which gate is it?"),
    ("Cổng của chúng ta là số mấy?", "What's our gate?"),
    ("Chuyến bay của tôi ở cửa số mấy?", "Which gate is my flight at?"),
    ("Chuyến bay đi Hà Nội khởi hành từ cửa nào?", "Which gate does the flight to Hanoi leave from?"),
    ("Chuyến bay khởi hành từ cửa số 12.", "The flight leaves from gate 12."),
    ("Chuyến bay đi Đà Nẵng sẽ khởi hành từ cổng 5.", "The flight to Da Nang will leave from gate 5."),
    ("Chuyến bay của chúng tôi ở cửa số 7.", "Our flight is at gate 7."),
    ("Chuyến bay đang cho khách lên máy bay ở cửa số 12.", "The flight is boarding at gate 12."),
    ("Chuyến bay của chúng ta đang cho hành khách lên máy bay.", "Our flight is boarding."),
    ("Cửa ra máy bay số 12 ở đâu vậy?", "Where's gate 12?"),
    ("Cổng 3 ở đâu?", "Where's gate 3?"),
    # v8: "Where do I get on the plane?", "I need to do it on the plane.", "Have you done the plane yet?", "I've done
    # online.", "My mother had examined online.", "I'm not going to do it on the plane.", "Can I do the online
    # procedure?"
    ("Tôi làm thủ tục lên máy bay ở đâu?", "Where do I check in?"),
    ("Làm thủ tục lên máy bay ở đâu?", "Where's check-in?"),
    ("Tôi phải làm thủ tục lên máy bay ở đâu?", "Where do I have to check in?"),
    ("Tôi cần làm thủ tục lên máy bay.", "I need to check in."),
    ("Mẹ tôi phải làm thủ tục lên máy bay.", "My mother has to check in."),
    ("Chúng ta có cần làm thủ tục lên máy bay không?", "Do we need to check in?"),
    ("Bạn đã làm thủ tục lên máy bay chưa?", "Have you checked in yet?"),
    ("Bạn check-in chưa?", "Have you checked in yet?"),
    ("Anh ấy đã check-in rồi.", "He's checked in."),
    ("Tôi vừa check-in xong.", "I've just checked in."),
    ("Tôi đã làm thủ tục lên máy bay trực tuyến.", "I checked in online."),
    ("Mẹ tôi đã check-in online rồi.", "My mother has checked in online."),
    ("Tôi chưa làm thủ tục lên máy bay.", "I haven't checked in yet."),
    ("Chị ấy đang làm thủ tục lên máy bay.", "She's checking in."),
    ("Tôi có thể check-in online không?", "Can I check in online?"),
    # v8: "I have to pass the security door.", "Are you past security door?", "Do we pass security door?"
    ("Tôi phải qua cửa an ninh.", "I have to go through security."),
    ("Chúng tôi phải qua soi chiếu an ninh.", "We have to go through security."),
    ("Bạn đã qua cửa an ninh chưa?", "Have you been through security yet?"),
    ("Chúng tôi đã qua cửa an ninh rồi.", "We've been through security."),
    ("Chúng ta có phải qua cửa an ninh không?", "Do we have to go through security?"),
    ("Bố tôi đang qua cửa an ninh.", "My father is going through security."),
    # v8: "It began to plane at 9:00.", "It's time to start on plane?", "Now we're on plane?", "It's time for the
    # plane.", "We're on the plane here.", "Your boarding pass?"
    ("Bắt đầu lên máy bay lúc 9 giờ.", "Boarding starts at 9:00."),
    ("Chuyến bay của tôi bắt đầu lên máy bay lúc 10 giờ sáng.", "My flight starts boarding at 10 a.m."),
    ("Giờ lên máy bay là 9 giờ 30.", "Boarding time is 9:30."),
    ("Mấy giờ bắt đầu lên máy bay?", "What time does boarding start?"),
    ("Mấy giờ chúng ta lên máy bay?", "What time do we board?"),
    ("Chúng ta phải lên máy bay lúc mấy giờ?", "What time do we have to board?"),
    ("Chúng tôi đang lên máy bay đây.", "We're boarding now."),
    ("Đến giờ lên máy bay rồi.", "It's time to board."),
    ("Sắp đến giờ lên máy bay rồi.", "It's nearly time to board."),
    ("Thẻ lên máy bay của bạn đâu?", "Where's your boarding pass?"),
    # not: "làm thủ tục" alone (any paperwork), "anh" alone saying it (the speaker, or you?), asked without "không",
    # "cửa" with no flight (a door?), a place v8's tables do not name, a time not read, other paperwork, doors
    ("Tôi cần làm thủ tục.", None), ("Bạn đã làm thủ tục chưa?", None), ("Tôi làm thủ tục xong rồi.", None),
    ("Anh cần làm thủ tục lên máy bay.", None), ("Anh đang lên máy bay.", None),
    ("Tôi có làm thủ tục lên máy bay.", None), ("Cửa số mấy?", None), ("Tôi đi qua cửa an ninh.", None),
    ("Chuyến bay đi Xyzabc khởi hành từ cửa nào?", None), ("Bắt đầu lên máy bay lúc sớm.", None),
    ("Tôi đã làm thủ tục ly hôn.", None), ("Cổng trường ở đâu?", None), ("Cửa hàng ở đâu?", None),
    # review: "làm thủ tục trực tuyến" with no flight word is any paperwork done online ("I've checked in online."
    # before)
    ("Tôi đã làm thủ tục trực tuyến rồi.", None), ("Tôi cần làm thủ tục trực tuyến.", None),
    ("Tôi đang làm thủ tục trực tuyến.", None), ("Tôi đã làm thủ tục trực tuyến.", None),
    ("Tôi có thể làm thủ tục trực tuyến không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Gần đây là gì?", "Tuyến bay rời khỏi đó là gì?", "Gaten gate là chuyến bay của chúng tôi ở đây?", "Gate 12
    # tuổi ở đâu?", "Chuyến bay đang lên tàu ở cổng 12.", "Chuyến bay đang lên kế hoạch."
    ("Which gate is it?", "Cổng số mấy?"),
    ("What gate does the flight leave from?", "Chuyến bay khởi hành từ cửa số mấy?"),
    ("Which gate does our flight leave from?", "Chuyến bay của chúng ta khởi hành từ cửa số mấy?"),
    ("What gate is our flight at?", "Chuyến bay của chúng ta ở cửa số mấy?"),
    ("Which gate is the flight to Hanoi leaving from?", "Chuyến bay đi Hà Nội khởi hành từ cửa số mấy?"),
    ("The flight to Da Nang will leave from gate 5.", "Chuyến bay đi Đà Nẵng sẽ khởi hành từ cửa số 5."),
    ("My flight is at gate 7.", "Chuyến bay của tôi ở cửa số 7."),
    ("The flight is boarding at gate 12.", "Chuyến bay đang cho khách lên máy bay ở cửa số 12."),
    ("The flight is boarding.", "Chuyến bay đang cho khách lên máy bay."),
    ("Where's gate 12?", "Cổng số 12 ở đâu?"),
    # v8: "Tôi kiểm tra ở đâu?" (inspect), "Tôi cần phải kiểm tra.", "Bạn đã kiểm tra vẫn chưa?", "Tôi đã kiểm tra
    # trực tuyến.", "Có thể kiểm tra trực tuyến không?" (who lost)
    ("Where do I check in?", "Tôi làm thủ tục ở đâu?"),
    ("Where can I check in?", "Tôi có thể làm thủ tục ở đâu?"),
    ("Where do we have to check in?", "Chúng ta phải làm thủ tục ở đâu?"),
    ("I need to check in.", "Tôi cần làm thủ tục."),
    ("She needs to check in.", "Cô ấy cần làm thủ tục."),
    ("We don't need to check in.", "Chúng tôi không cần làm thủ tục."),
    ("Have you checked in yet?", "Bạn đã làm thủ tục chưa?"),
    ("Has he checked in yet?", "Anh ấy đã làm thủ tục chưa?"),
    ("I've already checked in.", "Tôi đã làm thủ tục rồi."),
    ("She's just checked in.", "Cô ấy vừa làm thủ tục xong."),
    ("I checked in online.", "Tôi đã làm thủ tục trực tuyến."),
    ("I haven't checked in yet.", "Tôi chưa làm thủ tục."),
    ("Can I check in online?", "Tôi có thể làm thủ tục trực tuyến không?"),
    ("Can I check in here?", "Tôi có thể làm thủ tục ở đây không?"),
    # review: "Bạn có làm thủ tục không?" before (asks of now or a habit)
    ("Did you check in?", "Bạn đã làm thủ tục chưa?"),
    # v8: "Tôi phải đi qua bảo mật." (data security), "Chúng tôi đã qua đời an ninh." (died), "Bạn vẫn chưa thông
    # qua bảo mật?"
    ("I have to go through security.", "Tôi phải qua cửa an ninh."),
    ("Do we have to go through security?", "Chúng ta có phải qua cửa an ninh không?"),
    ("Have you been through security yet?", "Bạn đã qua cửa an ninh chưa?"),
    ("We've been through security.", "Chúng tôi đã qua cửa an ninh rồi."),
    ("My mother has gone through security.", "Mẹ tôi đã qua cửa an ninh rồi."),
    ("He is going through security.", "Anh ấy đang qua cửa an ninh."),
    # v8: "Boarding bắt đầu từ 9.", "Thời gian bắt đầu bảng cờ là gì?", "Bây giờ chúng tôi đang lên kế hoạch.", "Đã
    # đến lúc phải lên kế hoạch.", "Thời gian nghỉ ngơi là 9:30.", "Tôi có thể thấy bạn thẻ lên máy bay không?"
    ("Boarding starts at 9.", "Bắt đầu lên máy bay lúc 9 giờ."),
    ("Boarding will begin at 10 am.", "Sẽ bắt đầu lên máy bay lúc 10 giờ sáng."),
    ("The flight starts boarding at 9:30.", "Chuyến bay bắt đầu cho khách lên máy bay lúc 9:30."),
    ("Boarding time is 9:30.", "Giờ lên máy bay là 9:30."),
    ("What time does boarding start?", "Mấy giờ bắt đầu lên máy bay?"),
    ("When do we have to board?", "Khi nào chúng ta phải lên máy bay?"),
    ("We're boarding now.", "Chúng tôi đang lên máy bay."),
    ("It's time to board.", "Đến giờ lên máy bay rồi."),
    ("Could I see your boarding pass?", "Cho tôi xem thẻ lên máy bay của bạn được không?"),
    ("Can I see your boarding pass, please?", "Cho tôi xem thẻ lên máy bay của bạn được không?"),
    # not: a verb that does not agree with who, hotels' and the phrasebook's ("I'd like to check in."), checking in
    # with someone, luggage checked in, a time not read, a flight to a place not known
    ("She need to check in.", None), ("Does she needs to check in?", None), ("I has checked in.", None),
    ("Have she checked in yet?", None), ("We is boarding now.", None), ("Which gate do the flight leave from?", None),
    ("The flight leave from gate 12.", None), ("I'd like to check in.", None), ("I'd like to check in early.", None),
    ("I need to check in with my boss.", None), ("Have you checked in your bags?", None),
    ("Boarding starts soon.", None), ("The flight to Xyzabc leaves from gate 5.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cửa ra máy bay số mấy?", "en", "vi") is None
    assert translate("Where do I check in?", "vi", "en") is None
    assert translate("Where do I check in?", "en", "fr") is None
