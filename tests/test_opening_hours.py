"""Whether a place is open or closed, on which days, until when, what time it opens or closes, about to close or just
closed, both ways (mt/opening_hours.py)."""
import pytest

from mt.opening_hours import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Museum opens doors on Sunday?", "Tomorrow, do you open the door?", "Pharmacy open windows 24/24?"
    ("Bảo tàng có mở cửa vào Chủ nhật không?", "Is the museum open on Sunday?"),
    ("Bảo tàng có mở cửa vào các ngày Chủ nhật không?", "Is the museum open on Sundays?"),
    ("Ngày mai bạn có mở cửa không?", "Are you open tomorrow?"),
    ("Bạn có mở cửa vào ngày mai không?", "Are you open tomorrow?"),
    ("Ngày mai các bạn có mở cửa không?", "Are you open tomorrow?"),
    ("Hiệu thuốc có mở cửa 24/24 không?", "Is the pharmacy open 24 hours a day?"),
    ("Nhà thuốc có mở cửa cả đêm không?", "Is the pharmacy open all night?"),
    ("Thư viện có mở cửa vào Chủ nhật không?", "Is the library open on Sunday?"),
    ("Cửa hàng này có mở cửa vào cuối tuần không?", "Is this shop open at the weekend?"),
    ("Chủ nhật ngân hàng có mở cửa không?", "Is the bank open on Sunday?"),
    ("Hôm qua ngân hàng có mở cửa không?", "Was the bank open yesterday?"),
    ("Các bạn còn mở cửa không?", "Are you still open?"),
    ("Thư viện còn mở cửa không?", "Is the library still open?"),
    ("Cửa hàng này có mở cửa vào dịp Tết không?", "Is this shop open during Tet?"),
    ("Hôm nay thư viện có mở cửa đến 9 giờ tối không?", "Is the library open until 9 p.m. today?"),
    ("Ngân hàng có mở cửa vào thứ Bảy không ạ?", "Is the bank open on Saturday?"),
    # v8: "The store closed today.", "Museum today closed.", "The library closed the holiday."
    ("Hôm nay cửa hàng đóng cửa.", "The shop is closed today."),
    ("Bảo tàng hôm nay đóng cửa.", "The museum is closed today."),
    ("Hôm nay trường học đóng cửa.", "The school is closed today."),
    ("Thư viện đóng cửa vào Chủ nhật.", "The library is closed on Sunday."),
    ("Thư viện đóng cửa vào ngày lễ.", "The library is closed on public holidays."),
    ("Bảo tàng đóng cửa vào thứ Hai hằng tuần.", "The museum is closed on Mondays."),
    ("Hôm qua cửa hàng đóng cửa.", "The shop was closed yesterday."),
    ("Thư viện không mở cửa vào Chủ nhật.", "The library isn't open on Sunday."),
    ("Các cửa hàng đóng cửa vào Chủ nhật.", "The shops are closed on Sunday."),
    ("Ngân hàng sẽ đóng cửa vào thứ Hai.", "The bank will be closed on Monday."),
    ("Ngày mai ngân hàng sẽ không mở cửa.", "The bank won't be open tomorrow."),
    # v8: "The supermarket opened the door until 10 p.m.", "We opened the door 24/24.", "We closed on Sunday."
    ("Siêu thị mở cửa đến 10 giờ tối.", "The supermarket is open until 10 p.m."),
    ("Hôm nay siêu thị mở cửa đến 10 giờ tối.", "The supermarket is open until 10 p.m. today."),
    ("Thư viện mở cửa đến 9 giờ tối hôm nay.", "The library is open until 9 p.m. today."),
    ("Thư viện mở cửa từ 8 giờ sáng đến 5 giờ chiều.", "The library is open from 8 a.m. to 5 p.m."),
    ("Thư viện mở cửa từ thứ Hai đến thứ Bảy.", "The library is open from Monday to Saturday."),
    ("Bảo tàng mở cửa tất cả các ngày trừ thứ Hai.", "The museum is open every day except Monday."),
    ("Chúng tôi mở cửa 24/24.", "We're open 24 hours a day."),
    ("Chúng tôi mở cửa hằng ngày.", "We're open every day."),
    ("Chúng tôi đóng cửa vào Chủ nhật.", "We're closed on Sunday."),
    # v8: "Whichday do you open the door?", "How do you open the door on?", "Now the store closed?"
    ("Chợ mở cửa vào những ngày nào?", "What days is the market open?"),
    ("Chợ mở cửa vào thứ mấy?", "What day is the market open?"),
    ("Bạn mở cửa vào những ngày nào trong tuần?", "What days of the week are you open?"),
    ("Thư viện đóng cửa vào những ngày nào?", "What days is the library closed?"),
    ("Mấy giờ thì cửa hàng đóng cửa?", "What time does the shop close?"),
    ("Mấy giờ thì thư viện mở cửa?", "What time does the library open?"),
    ("Các bạn mở cửa lúc mấy giờ?", "What time do you open?"),
    ("Bạn mở cửa đến mấy giờ?", "What time do you close?"),
    # v8: "We just opened the door.", "The post office has been closed."; "We're about to close." (right)
    ("Chúng tôi sắp đóng cửa.", "We're about to close."),
    ("Nhà hàng vừa mới mở cửa.", "The restaurant has just opened."),
    ("Bưu điện vừa đóng cửa.", "The post office has just closed."),
    # not: the door ("bạn" asking, no day), a place with no day (closes down?), "có" saying, "bạn" saying, "chúng
    # tôi" asking, "anh" (may be the speaker), a clock (mt/timetables.py's), a year or a month (opened then), opened
    # yesterday (for the first time?), closed until a time, "mai" alone (a name?), the part of a day, these shops,
    # "bạn" opening at a time and "chúng tôi" just opening (the door?)
    ("Bưu điện vừa đóng cửa nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn có mở cửa không?", None), ("Bảo tàng đóng cửa.", None), ("Bảo tàng có mở cửa vào Chủ nhật.", None),
    ("Bạn mở cửa vào Chủ nhật.", None), ("Chúng tôi có mở cửa vào Chủ nhật không?", None),
    ("Anh có mở cửa vào Chủ nhật không?", None), ("Ngân hàng đóng cửa lúc 5 giờ.", None),
    ("Bảo tàng mở cửa tất cả các ngày thứ Hai.", None),  # (only hours go with a day: not "every day on Monday")
    ("Bảo tàng mở cửa vào năm 1990.", None), ("Nhà hàng mở cửa vào tháng trước.", None),
    ("Cửa hàng mở cửa hôm qua.", None), ("Siêu thị đóng cửa đến 10 giờ.", None),
    ("Hôm qua ngân hàng sẽ đóng cửa.", None),
    ("Mai ngân hàng có mở cửa không?", None), ("Bạn có mở cửa vào buổi sáng không?", None),
    ("Các cửa hàng này đóng cửa vào Chủ nhật.", None), ("Tôi mở cửa vào Chủ nhật.", None), ("Mở cửa đi.", None),
    ("Trường học đóng cửa vì dịch.", None), ("Cửa hàng vừa đóng cửa rồi.", None),
    ("Bạn mở cửa lúc mấy giờ?", None), ("Chúng tôi vừa mới mở cửa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bảo tàng mở vào Chủ nhật không?" (no "có … cửa"), "Bạn có mở ngày mai không?", "Thư viện có mở hôm nay
    # không?", "Có hiệu thuốc mở 24 tiếng đồng hồ không?" (is there a pharmacy)
    ("Is the museum open on Sundays?", "Bảo tàng có mở cửa vào Chủ nhật không?"),
    ("Are you open tomorrow?", "Ngày mai bạn có mở cửa không?"),
    ("Are you open on Sundays?", "Bạn có mở cửa vào Chủ nhật không?"),
    ("Is the library open today?", "Hôm nay thư viện có mở cửa không?"),
    ("Is the library open on Saturdays?", "Thư viện có mở cửa vào thứ Bảy không?"),
    ("Is the pharmacy open 24 hours?", "Hiệu thuốc có mở cửa 24/24 không?"),
    ("Is the pharmacy open tonight?", "Tối nay hiệu thuốc có mở cửa không?"),
    ("Is the supermarket open until 10?", "Siêu thị có mở cửa đến 10 giờ không?"),
    ("Is the market open every day?", "Chợ có mở cửa hằng ngày không?"),
    ("Was the bank open yesterday?", "Hôm qua ngân hàng có mở cửa không?"),
    ("Is the museum closed on Mondays?", "Bảo tàng có đóng cửa vào thứ Hai không?"),
    ("Are the shops open on Sunday?", "Các cửa hàng có mở cửa vào Chủ nhật không?"),
    ("Will the library be open tomorrow?", "Ngày mai thư viện có mở cửa không?"),
    ("Are the banks open during Tet?", "Các ngân hàng có mở cửa vào dịp Tết không?"),
    ("Is it open on Sundays?", "Chủ nhật có mở cửa không?"),
    ("Is it still open?", "Còn mở cửa không?"),
    # v8: "Thư viện đã đóng vào Chủ nhật.", "Hôm nay, trường đã đóng cửa.", "Siêu thị mở đến 10 giờ tối." (no "cửa")
    ("The library is closed on Sundays.", "Thư viện đóng cửa vào Chủ nhật."),
    ("The school is closed today.", "Hôm nay trường học đóng cửa."),
    ("Schools are closed today.", "Hôm nay các trường học đóng cửa."),
    ("The museum's closed today.", "Hôm nay bảo tàng đóng cửa."),
    ("The library isn't open on Sundays.", "Thư viện không mở cửa vào Chủ nhật."),
    ("The bank was closed yesterday.", "Hôm qua ngân hàng đóng cửa."),
    ("The bank will be closed tomorrow.", "Ngày mai ngân hàng sẽ đóng cửa."),
    ("The bank won't be open on Monday.", "Ngân hàng sẽ không mở cửa vào thứ Hai."),
    ("The banks are closed on public holidays.", "Các ngân hàng đóng cửa vào các ngày lễ."),
    ("The supermarket is open until 10 pm.", "Siêu thị mở cửa đến 10 giờ tối."),
    ("The supermarket is open until 10 p.m.", "Siêu thị mở cửa đến 10 giờ tối."),  # (the dots of "p.m.")
    ("The bank is open from 8 a.m. to 5 p.m.", "Ngân hàng mở cửa từ 8 giờ sáng đến 5 giờ chiều."),
    ("The library is open from 9 am to 5 pm.", "Thư viện mở cửa từ 9 giờ sáng đến 5 giờ chiều."),
    ("The bank is open Monday to Friday.", "Ngân hàng mở cửa từ thứ Hai đến thứ Sáu."),
    ("The museum is open every day except Mondays.", "Bảo tàng mở cửa tất cả các ngày trừ thứ Hai."),
    ("The pharmacy is open all night.", "Hiệu thuốc mở cửa cả đêm."),
    # v8: "Chúng tôi đang mở 24 tiếng đồng hồ.", "Chúng tôi đã đóng cửa vào Chủ nhật.", "Chúng tôi đang mở mỗi ngày."
    ("We're open 24 hours.", "Chúng tôi mở cửa 24/24."),
    ("We're closed on Sundays.", "Chúng tôi đóng cửa vào Chủ nhật."),
    ("We're open every day.", "Chúng tôi mở cửa hằng ngày."),
    ("We're open until midnight.", "Chúng tôi mở cửa đến nửa đêm."),
    ("We're not open tomorrow.", "Ngày mai chúng tôi không mở cửa."),
    ("It's already closed.", "Đã đóng cửa rồi."),
    # v8: "Thị trường mở ra những ngày nào?" (the stock market), "Cậu mở được những ngày nào?"
    ("What days is the market open?", "Chợ mở cửa vào những ngày nào?"),
    ("What days are you open?", "Bạn mở cửa vào những ngày nào?"),
    ("Which days is the museum closed?", "Bảo tàng đóng cửa vào những ngày nào?"),
    ("What days of the week is the library open?", "Thư viện mở cửa vào những ngày nào trong tuần?"),
    ("What time does the library open?", "Thư viện mở cửa lúc mấy giờ?"),
    ("What time do the shops close?", "Các cửa hàng đóng cửa lúc mấy giờ?"),
    ("How late are you open?", "Bạn mở cửa đến mấy giờ?"),
    ("What time is the library open until?", "Thư viện mở cửa đến mấy giờ?"),
    # v8: "Cửa hàng đang đóng cửa sớm." (closing early)
    ("The shop is closing soon.", "Cửa hàng sắp đóng cửa."),
    ("We're closing soon.", "Chúng tôi sắp đóng cửa."),
    ("The shop's about to close.", "Cửa hàng sắp đóng cửa."),
    ("It's about to close.", "Sắp đóng cửa rồi."),
    ("The shop has just closed.", "Cửa hàng vừa đóng cửa."),
    ("We've just opened.", "Chúng tôi vừa mở cửa."),
    # not: a door, "you" with no day (the door?), "you" saying, "we" asking, the verb not agreeing, "this" with many,
    # the past with no day behind, a day behind with "is", "will" with no day, "it" with no day (a door? a road?), a
    # clock (mt/timetables.py's), part of a day, "How late is …" (a place: not "you")
    ("Is the door open?", None), ("Are you open?", None), ("You're open tomorrow.", None),
    ("Are we open tomorrow?", None), ("The museum are closed today.", None), ("The shops is closed today.", None),
    ("Is the shops open today?", None), ("This shops are closed today.", None), ("The shop have just closed.", None),
    ("What time does you close?", None), ("What day are the museum open?", None),
    ("The bank was closed on Sunday.", None), ("The bank is closed yesterday.", None),
    ("Will the library be open yesterday?", None), ("The bank will be closed.", None), ("It's closed.", None),
    ("It's still open.", None), ("Is the museum open at 10?", None), ("The bank is open in the morning.", None),
    ("How late is the museum open?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
