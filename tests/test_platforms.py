"""Trains at the station: which platform, the right platform or train, changing trains, the carriage and a train on
time, both ways (mt/platforms.py)."""
import pytest

from mt.platforms import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Which station do you go from the airport?", "How much are you going to Hue in the gamb?", "Dandemic to Hue
    # started from gabble.", "Where are the station 3?"
    ("Tàu đi từ sân ga nào?", "Which platform does the train leave from?"),
    ("Tàu đi Huế ở sân ga số mấy?", "Which platform is the train to Hue on?"),
    ("Tàu đi Hà Nội ở sân ga nào?", "Which platform is the train to Hanoi on?"),
    ("Xe lửa đi Hà Nội xuất phát từ sân ga nào?", "Which platform does the train to Hanoi leave from?"),
    ("Tàu đi Huế khởi hành từ sân ga số 3.", "The train to Hue leaves from platform 3."),
    ("Tàu đi Đà Nẵng ở sân ga số 2.", "The train to Da Nang is on platform 2."),
    ("Tàu đi Huế sẽ khởi hành từ sân ga số ba.", "The train to Hue will leave from platform 3."),
    ("Chuyến tàu đi Nha Trang khởi hành từ sân ga 4.", "The train to Nha Trang leaves from platform 4."),
    ("Sân ga số 3 ở đâu?", "Where's platform 3?"),
    ("Toa số 5 ở đâu?", "Where's carriage 5?"),
    # v8: "Is this a gadget going to go to Saigon?", "Is this a train to Hue?"
    ("Đây có phải sân ga đi Sài Gòn không?", "Is this the platform for Saigon?"),
    ("Đây có đúng là sân ga tàu đi Sài Gòn không?", "Is this the right platform for Saigon?"),
    ("Đây có phải là tàu đi Huế không?", "Is this the train to Hue?"),
    ("Có phải đây là tàu đi Huế không?", "Is this the train to Hue?"),
    ("Đây không phải là tàu đi Huế.", "This isn't the train to Hue."),
    # v8: "Do I have to change the boat?", "We have to ship in Da Nang.", "Where do I change the boat?", "No ships
    # needed."
    ("Tôi có phải đổi tàu không?", "Do I have to change trains?"),
    ("Chúng ta có phải đổi tàu không?", "Do we have to change trains?"),
    ("Tôi có cần đổi tàu không?", "Do I need to change trains?"),
    ("Mẹ tôi có phải đổi tàu ở Đà Nẵng không?", "Does my mother have to change trains at Da Nang?"),
    ("Tôi có phải đổi tàu ở đây không?", "Do I have to change trains here?"),
    ("Bạn phải đổi tàu ở Đà Nẵng.", "You have to change trains at Da Nang."),
    ("Chúng ta phải chuyển tàu ở Đà Nẵng.", "We have to change trains at Da Nang."),
    ("Anh ấy phải đổi tàu ở Huế.", "He has to change trains at Hue."),
    ("Bạn không phải đổi tàu.", "You don't have to change trains."),
    ("Tôi phải đổi tàu ở đâu?", "Where do I have to change trains?"),
    ("Chúng tôi đã đổi tàu ở Huế.", "We changed trains at Hue."),
    ("Đổi tàu ở Đà Nẵng.", "Change trains at Da Nang."),
    ("Không cần đổi tàu.", "There's no need to change trains."),
    # v8: "What are we in the prescription?", "We're at the number 5.", "My mother was in the number 7."
    ("Chúng ta ở toa số mấy?", "Which carriage are we in?"),
    ("Chị ở toa số mấy?", "Which carriage are you in?"),
    ("Chúng ta ở toa số 5.", "We're in carriage 5."),
    ("Mẹ tôi ở toa số 7.", "My mother is in carriage 7."),
    # v8: "Are you time?", "It's time."
    ("Tàu có đúng giờ không?", "Is the train on time?"),
    ("Tàu đi Huế có chạy đúng giờ không?", "Is the train to Hue running on time?"),
    ("Tàu đúng giờ.", "The train is on time."),
    ("Tàu vẫn chạy đúng giờ.", "The train is still running on time."),
    ("Tàu không đúng giờ.", "The train isn't on time."),
    # not: "anh", "chị" alone saying it (the speaker?), "đổi tàu" with no tense, asked without "không", a train on
    # time as a rule or now?, a place v8's tables do not name, a train going somewhere (mt/patterns.py's), arriving,
    # a prescription ("toa thuốc"), "phải không" asking, the next station
    ("Anh phải đổi tàu ở Huế.", None), ("Chị ở toa số 5.", None), ("Tôi đổi tàu ở Huế.", None),
    ("Tôi có phải đổi tàu?", None), ("Đây có phải sân ga đi Sài Gòn?", None), ("Tàu chạy đúng giờ.", None),
    ("Tàu đi Vinh ở sân ga nào?", None), ("Tàu này có đi Huế không?", None), ("Tàu đến sân ga số mấy?", None),
    ("Bạn có toa thuốc không?", None), ("Tàu đi Huế ở sân ga số 3 phải không?", None),
    ("Ga tiếp theo là ga nào?", None), ("Phải đổi tàu ở Đà Nẵng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nền tảng nào làm xe lửa từ?" (a software platform), "Chiếc xe lửa để Huế rời khỏi nền tảng 3.", "Nền tảng
    # 3 ở đâu?"
    ("Which platform does the train leave from?", "Tàu đi từ sân ga nào?"),
    ("Which platform does the train to Hue leave from?", "Tàu đi Huế khởi hành từ sân ga nào?"),
    ("What platform does the train to Hanoi go from?", "Tàu đi Hà Nội khởi hành từ sân ga nào?"),
    ("Which platform is the train to Hue on?", "Tàu đi Huế ở sân ga nào?"),
    ("What platform is the train to Hanoi?", "Tàu đi Hà Nội ở sân ga nào?"),
    ("The train to Hue leaves from platform 3.", "Tàu đi Huế khởi hành từ sân ga số 3."),
    ("The train for Hue leaves from platform three.", "Tàu đi Huế khởi hành từ sân ga số 3."),
    ("The train to Hue will leave from platform 2.", "Tàu đi Huế sẽ khởi hành từ sân ga số 2."),
    ("The train to Da Nang is on platform 2.", "Tàu đi Đà Nẵng ở sân ga số 2."),
    ("Where is platform 3?", "Sân ga số 3 ở đâu?"),
    # v8: "Sẩy thai 5 ở đâu?" (a miscarriage)
    ("Where is carriage 5?", "Toa số 5 ở đâu?"),
    # v8: "Có phải đây là nền tảng bên phải cho Sài Gòn không?" (the right-hand side), "Có xe lửa này có phải Huế
    # không?"
    ("Is this the right platform for Saigon?", "Đây có đúng là sân ga tàu đi Sài Gòn không?"),
    ("Is this the platform for Saigon?", "Đây có phải là sân ga tàu đi Sài Gòn không?"),
    ("Is this the right platform for the train to Hue?", "Đây có đúng là sân ga tàu đi Huế không?"),
    ("Is this the train to Hue?", "Đây có phải là tàu đi Huế không?"),
    ("This is the train to Hue.", "Đây là tàu đi Huế."),
    ("This isn't the right train for Hue.", "Đây không phải là tàu đi Huế."),
    # v8: "Có phải tôi phải thay đổi xe lửa không?", "Bạn phải thay đổi ở Đà Nẵng.", "Thay đổi tại Đà Nẵng."
    ("Do I have to change trains?", "Tôi có phải đổi tàu không?"),
    ("Do we have to change trains?", "Chúng ta có phải đổi tàu không?"),
    ("Do I need to change trains?", "Tôi có cần đổi tàu không?"),
    ("You have to change at Da Nang.", "Bạn phải đổi tàu ở Đà Nẵng."),
    ("You need to change trains at Da Nang.", "Bạn cần đổi tàu ở Đà Nẵng."),
    ("My father has to change at Da Nang.", "Bố tôi phải đổi tàu ở Đà Nẵng."),
    ("You don't have to change trains.", "Bạn không phải đổi tàu."),
    ("I have to change trains here.", "Tôi phải đổi tàu ở đây."),
    ("Where does she have to change trains?", "Cô ấy phải đổi tàu ở đâu?"),
    ("We changed trains at Hue.", "Chúng tôi đã đổi tàu ở Huế."),
    ("Change at Da Nang.", "Đổi tàu ở Đà Nẵng."),
    ("There's no need to change trains.", "Không cần đổi tàu."),
    # v8: "Chúng ta đang ở trong xe ngựa nào?" (a horse cart), "Mẹ tôi đang ở trong cỗ xe ngựa 7."
    ("Which carriage are we in?", "Chúng ta ở toa số mấy?"),
    ("Which carriage is she in?", "Cô ấy ở toa số mấy?"),
    ("We're in carriage 5.", "Chúng tôi ở toa số 5."),
    ("My mother is in carriage 7.", "Mẹ tôi ở toa số 7."),
    # v8: "Có xe lửa có đúng giờ không?", "Chiếc xe lửa đang đúng giờ."
    ("Is the train on time?", "Tàu có đúng giờ không?"),
    ("Is the train to Hue running on time?", "Tàu đi Huế có chạy đúng giờ không?"),
    ("The train is on time.", "Tàu đúng giờ."),
    ("The train's still on time.", "Tàu vẫn đúng giờ."),
    ("The train isn't on time.", "Tàu không đúng giờ."),
    # not: bad agreement ("She have", "Does she has", "He don't", "are she", "She are", "the train leave", "My parents"
    # read as one), a bare "change" (clothes?), the phrasebook's, mt/patterns.py's, a place not named in the tables,
    # asked with a full stop, many trains, "it", the next station
    ("She have to change trains.", None), ("Does she has to change trains?", None),
    ("He don't have to change trains.", None), ("Which carriage are she in?", None), ("She are in carriage 5.", None),
    ("The train to Hue leave from platform 2.", None), ("My parents have to change trains at Hue.", None),
    ("Do I have to change?", None), ("Where do I have to change?", None), ("Does this train go to Hue?", None),
    ("Is this the train to Vinh?", None), ("Is this the train to Hue.", None), ("The trains are on time.", None),
    ("It's platform 4.", None), ("What's the next station?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
