"""A bus, a train or a flight missed, delayed or cancelled, and when the next one goes, both ways (mt/delays.py)."""
import pytest

from mt.delays import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm miss the last bus.", "My father was missed the last train.", "They were missile for traffic jam."
    ("Tôi bị lỡ chuyến xe buýt cuối cùng.", "I missed the last bus."),
    ("Bố tôi bị lỡ chuyến tàu cuối cùng.", "My father missed the last train."),
    ("Anh ấy đã lỡ chuyến xe buýt cuối.", "He missed the last bus."),
    ("Cô ấy bị lỡ chuyến tàu cuối.", "She missed the last train."),
    ("Họ bị lỡ chuyến bay vì kẹt xe.", "They missed the flight because of the traffic."),
    ("Mẹ tôi bị lỡ chuyến bay vì kẹt xe.", "My mother missed the flight because of the traffic."),
    ("Bác Hùng bị lỡ chuyến xe buýt cuối cùng.", "Uncle Hung missed the last bus."),
    ("Tôi vừa lỡ xe buýt.", "I just missed the bus."),
    ("Tôi suýt lỡ chuyến tàu cuối cùng.", "I almost missed the last train."),
    ("Chúng ta sẽ lỡ chuyến xe buýt cuối cùng mất.", "We'll miss the last bus."),
    # v8: "Do you miss the flight?"
    ("Bạn có bị lỡ chuyến bay không?", "Did you miss the flight?"),
    ("Anh có bị lỡ chuyến xe buýt cuối cùng không?", "Did you miss the last bus?"),
    # v8: "Without faster, we will miss the train.", "If we don't grow up, …", "We'll miss planes without faster."
    ("Nếu không nhanh lên, chúng ta sẽ lỡ tàu.", "If we don't hurry, we'll miss the train."),
    ("Nếu chúng ta không nhanh lên, chúng ta sẽ lỡ tàu.", "If we don't hurry, we'll miss the train."),
    ("Nếu không đi ngay bây giờ, chúng ta sẽ lỡ chuyến xe buýt cuối cùng.",
     "If we don't leave now, we'll miss the last bus."),
    ("Chúng ta sẽ lỡ chuyến bay nếu không nhanh lên.", "We'll miss the flight if we don't hurry."),
    ("Cô ấy sẽ lỡ xe buýt nếu không nhanh lên.", "She'll miss the bus if she doesn't hurry."),
    ("Nhanh lên, không thì chúng ta sẽ lỡ tàu.", "Hurry up, or we'll miss the train."),
    # v8: "Their flight was destroyed by storm.", "The ship was cancelled.", "Are the flight delayed?",
    # "All flights were destroyed."
    ("Chuyến bay của họ bị hủy vì bão.", "Their flight was cancelled because of the storm."),
    ("Chuyến bay bị hủy vì thời tiết xấu.", "The flight was cancelled because of bad weather."),
    ("Chuyến tàu bị hủy.", "The train was cancelled."),
    ("Chuyến phà bị hủy vì bão.", "The ferry was cancelled because of the storm."),
    ("Chuyến bay của họ đã bị hủy rồi.", "Their flight has been cancelled."),
    ("Chuyến bay có bị hủy không?", "Has the flight been cancelled?"),
    ("Tất cả các chuyến bay đều bị hủy.", "All flights have been cancelled."),
    ("Chuyến bay bị hoãn do bão.", "The flight is delayed because of the storm."),
    ("Chuyến bay bị hoãn hai tiếng vì sương mù.", "The flight is delayed by two hours because of fog."),
    ("Chuyến bay có bị hoãn không?", "Is the flight delayed?"),
    ("Chuyến bay của bạn có bị hoãn không?", "Is your flight delayed?"),
    # v8: "How many hours of the bus next time?", "When did the next bus?", "When did the next bus trip?"
    ("Xe buýt tiếp theo mấy giờ đến?", "What time does the next bus come?"),
    ("Xe buýt tiếp theo khi nào đến?", "When does the next bus come?"),
    ("Chuyến tàu tiếp theo khởi hành lúc mấy giờ?", "What time does the next train leave?"),
    ("Xe buýt cuối cùng mấy giờ chạy?", "What time does the last bus leave?"),
    ("Chuyến bay tiếp theo khi nào cất cánh?", "When does the next flight take off?"),
    ("Khi nào có chuyến xe buýt tiếp theo?", "When is the next bus?"),
    # v8: "Twenty minutes have the next bus trip."
    ("Hai mươi phút nữa có chuyến xe buýt tiếp theo.", "The next bus is in twenty minutes."),
    # not: a plain miss or delay (mt/mishaps.py's), "anh" or "em" saying it (may be the speaker), another who in the
    # "if", a plane cancelled (destroyed), a span cancelled, a bus taking off, "sẽ … rồi", "kẻo" without "sẽ", a
    # ride not the next
    ("Chuyến tàu bị hủy nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi bị lỡ xe buýt.", None), ("Chuyến bay bị hoãn.", None), ("Anh bị lỡ chuyến xe buýt cuối cùng.", None),
    ("Em sẽ lỡ tàu nếu không nhanh lên.", None), ("Nếu bạn không nhanh lên, chúng ta sẽ lỡ tàu.", None),
    ("Máy bay bị hủy.", None), ("Chuyến bay bị hủy hai tiếng.", None), ("Xe buýt tiếp theo khi nào cất cánh?", None),
    ("Tôi sẽ lỡ chuyến xe buýt cuối cùng rồi.", None), ("Nhanh lên kẻo chúng ta lỡ tàu.", None),
    ("Xe buýt mấy giờ đến?", None), ("Bạn có kịp chuyến bay không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã bỏ lỡ xe buýt cuối cùng.", "Cô ấy bỏ lỡ xe lửa của mình.", "Cha tôi bỏ lỡ xe lửa cuối cùng."
    ("I missed the last bus.", "Tôi bị lỡ chuyến xe buýt cuối cùng."),
    ("She missed her train.", "Cô ấy bị lỡ tàu."),
    ("He missed his bus.", "Anh ấy bị lỡ xe buýt."),
    ("My mother missed her flight.", "Mẹ tôi bị lỡ chuyến bay."),
    ("My father missed the last train.", "Bố tôi bị lỡ chuyến tàu cuối cùng."),
    ("Lan missed her last bus.", "Lan bị lỡ chuyến xe buýt cuối cùng."),
    ("They missed the last train because of the traffic.", "Họ bị lỡ chuyến tàu cuối cùng vì kẹt xe."),
    ("I missed the bus because of the traffic.", "Tôi bị lỡ xe buýt vì kẹt xe."),
    ("We missed the last ferry.", "Chúng tôi bị lỡ chuyến phà cuối cùng."),
    ("I just missed the bus.", "Tôi vừa lỡ xe buýt."),
    ("I almost missed the last train.", "Tôi suýt lỡ chuyến tàu cuối cùng."),
    # v8: "Bạn có nhớ chuyến bay của mình không?" (remember)
    ("Did you miss your flight?", "Bạn có bị lỡ chuyến bay không?"),
    ("Did she miss her flight?", "Cô ấy có bị lỡ chuyến bay không?"),
    # v8: "Nếu chúng ta không ôm ấp, …" (cuddle), "… nếu không bị hói." (bald), "… nếu chúng tôi không ôm ấp."
    ("If we don't hurry, we'll miss the train.", "Nếu không nhanh lên, chúng ta sẽ lỡ tàu."),
    ("If we don't leave now, we'll miss the last bus.",
     "Nếu không đi ngay bây giờ, chúng ta sẽ lỡ chuyến xe buýt cuối cùng."),
    ("If she doesn't hurry, she'll miss the bus.", "Nếu không nhanh lên, cô ấy sẽ lỡ xe buýt."),
    ("We'll miss the train if we don't hurry.", "Chúng ta sẽ lỡ tàu nếu không nhanh lên."),
    ("You'll miss your flight if you don't hurry.", "Bạn sẽ lỡ chuyến bay nếu không nhanh lên."),
    ("Hurry up, or we'll miss the bus!", "Nhanh lên, không thì chúng ta sẽ lỡ xe buýt!"),
    ("Hurry up or we'll miss the train.", "Nhanh lên, không thì chúng ta sẽ lỡ tàu."),
    # v8: "Chuyến bay đã bị hủy bỏ.", "Chiếc xe lửa của chúng tôi bị hủy bỏ …", "Chuyến bay có trì hoãn không?"
    ("The flight has been cancelled.", "Chuyến bay đã bị hủy."),
    ("Their flight was cancelled because of the storm.", "Chuyến bay của họ bị hủy vì bão."),
    ("Our train was cancelled due to bad weather.", "Chuyến tàu của chúng tôi bị hủy vì thời tiết xấu."),
    ("The last train was cancelled.", "Chuyến tàu cuối cùng bị hủy."),
    ("All flights have been cancelled.", "Tất cả các chuyến bay đều bị hủy."),
    ("All the flights are delayed.", "Tất cả các chuyến bay đều bị hoãn."),
    ("Was your flight cancelled?", "Chuyến bay của bạn có bị hủy không?"),
    ("Is the flight delayed?", "Chuyến bay có bị hoãn không?"),
    ("The flight was delayed due to fog.", "Chuyến bay bị hoãn vì sương mù."),
    ("The flight is delayed by two hours because of the storm.", "Chuyến bay bị hoãn hai tiếng vì bão."),
    # v8: "Thời gian tới xe lửa tiếp theo là gì?", "Xe buýt tiếp theo là gì?", "Chiếc xe lửa tiếp theo không?"
    ("What time does the next train leave?", "Chuyến tàu tiếp theo mấy giờ chạy?"),
    ("When does the next flight leave?", "Chuyến bay tiếp theo khi nào khởi hành?"),
    ("What time does the next bus come?", "Chuyến xe buýt tiếp theo mấy giờ đến?"),
    ("What time does the first flight take off?", "Chuyến bay đầu tiên mấy giờ cất cánh?"),
    ("When's the next train?", "Khi nào có chuyến tàu tiếp theo?"),
    # v8: "Xe buýt tiếp theo nằm trong vòng hai mươi phút." (lies within)
    ("The next bus is in twenty minutes.", "Hai mươi phút nữa có chuyến xe buýt tiếp theo."),
    # not: plain (mt/mishaps.py's), whose or "is", "don't" not agreeing, two who, a bus taking off, a plane as a run
    ("I missed the bus.", None), ("My flight was delayed.", None), ("She missed his train.", None),
    ("My father missed her flight.", None), ("I'll missed the last bus.", None), ("All flights was cancelled.", None),
    ("The flight were cancelled.", None), ("Has the flight cancelled?", None),
    ("If she don't hurry, she'll miss the bus.", None), ("If he doesn't hurry, she'll miss the bus.", None),
    ("When does the next bus take off?", None), ("What time does the next plane leave?", None),
    ("The plane was cancelled.", None), ("We caught the last bus.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
