"""When a place opens or closes, a vehicle leaves or arrives, the days a place is closed, how often a bus runs, both
ways (mt/timetables.py)."""
import pytest

from mt import phrasebook
from mt.timetables import translate


@pytest.mark.parametrize("text, said", [
    # v6: "It runs at 7 a.m.", "The closing window at 10 p.m.", "Every 15 minutes have a bus trip."
    ("Tàu chạy lúc 7 giờ sáng.", "The train leaves at 7 a.m."),
    ("Chuyến tàu cuối cùng chạy lúc 11 giờ đêm.", "The last train leaves at 11 p.m."),
    ("Chuyến bay sẽ cất cánh lúc 6 giờ chiều.", "The flight will take off at 6 p.m."),
    ("Cửa hàng đóng cửa lúc 10 giờ tối.", "The shop closes at 10 p.m."),
    ("Quán này đóng cửa lúc 11 giờ đêm!", "This place closes at 11 p.m.!"),
    ("Chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều.", "The market is open from 5 a.m. to 6 p.m."),
    ("Nhà hàng mở cửa từ 10 giờ sáng đến 10 giờ tối hằng ngày.",
     "The restaurant is open from 10 a.m. to 10 p.m. every day."),
    ("Bảo tàng đóng cửa vào thứ Hai.", "The museum is closed on Monday."),  # (every Monday, or the next)
    ("Bảo tàng đóng cửa vào các ngày thứ Hai.", "The museum is closed on Mondays."),
    ("Ngân hàng nghỉ vào các ngày thứ 7.", "The bank is closed on Saturdays."),
    ("Ngân hàng nghỉ vào T7.", "The bank is closed on Saturday."),  # (days as mt.dates reads them)
    ("Bảo tàng đóng cửa vào ngày 5 tháng 3.", "The museum is closed on March 5."),
    ("Bưu điện không mở cửa vào cuối tuần.", "The post office is closed at weekends."),
    ("Hiệu thuốc này mở cửa 24/24.", "This pharmacy is open 24 hours a day."),
    ("Cứ 15 phút có một chuyến xe buýt.", "There's a bus every 15 minutes."),
    ("Cứ nửa tiếng lại có một chuyến tàu.", "There's a train every half hour."),
    ("Phà chạy một tiếng một chuyến.", "There's a ferry every hour."),
    ("Bao lâu thì có một chuyến xe buýt?", "How often is there a bus?"),
    # not: someone rather than a place or a vehicle, a time asked (mt.patterns'), a time not read, "the last shop"
    ("Tôi đến lúc 8 giờ.", None), ("Cửa hàng đóng cửa lúc mấy giờ?", None), ("Tàu chạy lúc nào đó.", None),
    ("Cửa hàng cuối cùng đóng cửa lúc 10 giờ tối.", None), ("Bảo tàng đóng cửa vào tháng 5.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Chiếc xe lửa lúc 7 giờ sáng.", "Bài viết này đã đóng cửa vào cuối tuần.", "Xe buýt xảy ra bao nhiêu?"
    ("The train leaves at 7 am.", "Tàu khởi hành lúc 7 giờ sáng."),
    ("The last train leaves at 11 pm.", "Chuyến tàu cuối cùng khởi hành lúc 11 giờ tối."),
    ("The next flight will land at 9 am.", "Chuyến bay tiếp theo sẽ hạ cánh lúc 9 giờ sáng."),
    ("This shop closes at 10 pm.", "Cửa hàng này đóng cửa lúc 10 giờ tối."),
    ("The market is open from 5 am to 6 pm.", "Chợ mở cửa từ 5 giờ sáng đến 6 giờ tối."),
    ("The museum is closed on Mondays.", "Bảo tàng đóng cửa vào thứ Hai."),
    ("The bank is closed on Sunday.", "Ngân hàng đóng cửa vào Chủ nhật."),
    ("The post office is closed at weekends.", "Bưu điện đóng cửa vào cuối tuần."),
    ("The supermarket is open every day.", "Siêu thị mở cửa hằng ngày."),
    ("There's a bus every 15 minutes.", "Cứ 15 phút lại có một chuyến xe buýt."),
    ("Buses run every hour.", "Cứ một tiếng lại có một chuyến xe buýt."),
    ("How often do the trains run?", "Bao lâu thì có một chuyến tàu?"),
    ("How often is there a flight?", "Bao lâu thì có một chuyến bay?"),
    ("The train leaves at 7.", "Tàu khởi hành lúc 7 giờ."),  # an hour alone (mt.dates.clock)
    # not: a time mt.dates does not read alone, someone, "the last museum"
    ("The train leaves at 7 or 8.", None), ("He leaves at 7 am.", None), ("The last museum opens at 8 am.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Siêu thị mở cửa hằng ngày.", "vi", "en") == "The supermarket is open every day."
    assert phrasebook.translate("The bus comes every 20 minutes.", "en", "vi") == \
        "Cứ 20 phút lại có một chuyến xe buýt."


@pytest.mark.parametrize("text, src, said", [
    # v7: "The store closed the door.", "Is the open door?"; "Siêu thị có mở không?" (still lost), "Cửa hàng bị đóng."
    ("Cửa hàng đóng cửa rồi.", "vi", "The shop is closed."),
    ("Bảo tàng đã đóng cửa rồi.", "vi", "The museum is closed."),
    ("Siêu thị mở cửa chưa?", "vi", "Is the supermarket open yet?"),
    ("Siêu thị còn mở cửa không?", "vi", "Is the supermarket still open?"),
    ("Hôm nay ngân hàng có mở cửa không?", "vi", "Is the bank open today?"),
    ("Ngày mai bưu điện có mở cửa không?", "vi", "Will the post office be open tomorrow?"),
    ("Cửa hàng này vẫn còn mở cửa.", "vi", "This shop is still open."),
    ("The shop is closed.", "en", "Cửa hàng đóng cửa rồi."),
    ("The museum is already closed.", "en", "Bảo tàng đã đóng cửa rồi."),
    ("Is the supermarket still open?", "en", "Siêu thị còn mở cửa không?"),
    ("Is the pharmacy open now?", "en", "Bây giờ hiệu thuốc có mở cửa không?"),
    ("Is the bank open yet?", "en", "Ngân hàng mở cửa chưa?"),
    ("Will the bank be open tomorrow?", "en", "Ngày mai ngân hàng có mở cửa không?"),
    ("The shop is open.", "en", "Cửa hàng đang mở cửa."),
    # not: closes when?, a bus is not open, "will" without tomorrow, asked without "có", "already" asked
    ("Siêu thị đóng cửa.", "vi", None), ("Siêu thị mở cửa không?", "vi", None), ("Is the bus open?", "en", None),
    ("Will the bank be open today?", "en", None), ("Is the shop already closed?", "en", None),
])
def test_open_or_closed_now(text, src, said):
    assert translate(text, src, "en" if src == "vi" else "vi") == said
