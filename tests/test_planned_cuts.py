"""Planned power and water cuts: the power or the water to be cut off on a day ahead, at a place, all day, for a span or
between two hours, a notice of it, and asked, both ways (mt/planned_cuts.py)."""
import pytest

from mt.planned_cuts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm electrode all day.", "I'm getting water.", "Tomorrow, the area I was elected.", "Tomorrow, my home was
    # cut all day.", "Next Sunday both cuts.", "Bring your area is powered.", "Tomorrow, my mother was cut water."
    ("Mai khu tôi bị cắt điện cả ngày.", "The power will be cut off in my area all day tomorrow."),
    ("Mai khu tôi bị cắt nước.", "The water will be cut off in my area tomorrow."),
    ("Ngày mai khu tôi bị cắt điện.", "The power will be cut off in my area tomorrow."),
    ("Ngày mai nhà tôi bị cắt nước cả ngày.", "The water will be cut off at my house all day tomorrow."),
    ("Ngày mai phố tôi bị cắt điện.", "The power will be cut off on my street tomorrow."),
    ("Thứ Bảy tuần sau phố mình bị cắt điện.", "The power will be cut off on my street next Saturday."),
    ("Chủ nhật tuần sau cả khu bị cắt điện.", "The power will be cut off in the whole area next Sunday."),
    ("Sáng mai khu tôi bị cắt điện.", "The power will be cut off in my area tomorrow morning."),
    ("Ngày mai tòa nhà tôi bị mất nước.", "The water will be off in my building tomorrow."),
    ("Ngày mai nhà mẹ tôi bị cắt nước.", "The water will be cut off at my mother's house tomorrow."),
    ("Mai khu mình bị cúp điện.", "The power will be cut off in my area tomorrow."),
    ("Ngày mai ở đây bị cắt điện.", "The power will be cut off here tomorrow."),
    ("Mai chung cư tôi bị cắt nước cả ngày.", "The water will be cut off in my building all day tomorrow."),
    ("Ngày mốt khu tôi bị cắt nước.", "The water will be cut off in my area the day after tomorrow."),
    ("Ngày mai công ty bị cắt điện.", "The power will be cut off at work tomorrow."),
    ("Ngày mai cả khu phố bị cắt điện.", "The power will be cut off in the whole neighbourhood tomorrow."),
    ("Ngày mai tòa nhà này bị cắt nước.", "The water will be cut off in this building tomorrow."),
    ("Ngày mai khu nhà Lan bị cắt điện.", "The power will be cut off in Lan's area tomorrow."),
    # v8: "Tomorrow, power syntax.", "Tomorrow, lose power.", "Tomorrow, will cut power.", "The day after tomorrow, cut
    # water.", "Next week, cut water.", "Clare cuts all day.", "Next Monday will cut water.", "Tomorrow morning, water
    # syntax.", "This afternoon, will cut power.", "Tonight, it will take power.", "Thursday will cut power."
    ("Ngày mai cúp điện.", "The power will be cut off tomorrow."),
    ("Ngày mai mất điện.", "The power will be off tomorrow."),
    ("Ngày mai sẽ cắt điện.", "The power will be cut off tomorrow."),
    ("Ngày kia cắt nước.", "The water will be cut off the day after tomorrow."),
    ("Tuần sau cắt nước.", "The water will be cut off next week."),
    ("Cuối tuần sau cắt điện.", "The power will be cut off next weekend."),
    ("Mai cắt điện cả ngày.", "The power will be cut off all day tomorrow."),
    ("Chủ nhật này cắt điện cả ngày.", "The power will be cut off all day this Sunday."),
    ("Ngày mai sẽ cúp nước cả buổi sáng.", "The water will be cut off all morning tomorrow."),
    ("Ngày mai sẽ mất nước cả ngày.", "The water will be off all day tomorrow."),
    ("Thứ Hai tuần sau sẽ cắt nước.", "The water will be cut off next Monday."),
    ("Sáng mai cúp nước.", "The water will be cut off tomorrow morning."),
    ("Chiều nay sẽ cắt điện.", "The power will be cut off this afternoon."),
    ("Tối nay sẽ mất điện.", "The power will be off tonight."),
    ("Thứ Năm sẽ cắt điện.", "The power will be cut off on Thursday."),
    ("Ngày mai khu này bị cắt điện cả buổi chiều.", "The power will be cut off in this area all afternoon tomorrow."),
    ("Ngày mai cúp điện!", "The power will be cut off tomorrow!"),
    ("Ngày mai cắt điện cả ngày ạ.", "The power will be cut off all day tomorrow."),
    # v8: "This Saturday cut water from 8:00 to 5 p.m.", "Tomorrow, the city was cut from 8 a.m. to 5 p.m.", "Next
    # Sunday cut power from 7 a.m. to 11 a.m.", "Map water syntax from 7:00 to 17:00.", "Power cuts from 8 a.m.",
    # "Tomorrow, cut power to 5 p.m.", "Next week, cut water two days.", "My area was cut by tomorrow."
    ("Thứ bảy này cắt nước từ 8 giờ đến 5 giờ chiều.",
     "The water will be cut off from 8 a.m. to 5 p.m. this Saturday."),
    ("Ngày mai phố tôi bị cắt điện từ 8 giờ sáng đến 5 giờ chiều.",
     "The power will be cut off on my street from 8 a.m. to 5 p.m. tomorrow."),
    ("Chủ nhật tuần sau cắt điện từ 7 giờ sáng đến 11 giờ trưa.",
     "The power will be cut off from 7 a.m. to 11 a.m. next Sunday."),
    ("Ngày mai khu chúng tôi bị cắt điện từ 7 giờ đến 11 giờ sáng.",
     "The power will be cut off in our area from 7 a.m. to 11 a.m. tomorrow."),
    ("Mai cúp nước từ 7h đến 17h.", "The water will be cut off from 7:00 to 17:00 tomorrow."),
    ("Ngày mai tòa nhà tôi bị cắt nước từ 9 giờ sáng đến 3 giờ chiều.",
     "The water will be cut off in my building from 9 a.m. to 3 p.m. tomorrow."),
    ("Ngày 20/7 sẽ cắt nước từ 8 giờ sáng đến 4 giờ chiều.",
     "The water will be cut off from 8 a.m. to 4 p.m. on July 20."),
    ("Mai cắt điện từ 8 giờ sáng.", "The power will be cut off from 8 a.m. tomorrow."),
    ("Ngày mai cắt điện đến 5 giờ chiều.", "The power will be cut off until 5 p.m. tomorrow."),
    ("Tuần sau cắt nước hai ngày.", "The water will be cut off for two days next week."),
    ("Tháng sau cắt nước ba ngày.", "The water will be cut off for three days next month."),
    ("Tuần sau khu tôi sẽ bị cắt điện hai ngày.", "The power will be cut off in my area for two days next week."),
    ("Khu tôi bị cắt điện cả ngày mai.", "The power will be cut off in my area all day tomorrow."),
    ("Ngày 15/6 khu tôi sẽ bị cắt điện.", "The power will be cut off in my area on June 15."),
    ("Khu tôi sẽ bị cắt điện vào thứ Bảy tuần sau.", "The power will be cut off in my area next Saturday."),
    # v8: "There is a circumcision.", "There is water cut announcement.", "There is a state-run cut tomorrow.", "There
    # is an announcement tomorrow cut all day.", "There is an e-mail notification."
    ("Có thông báo cắt điện.", "There's a notice about a power cut."),
    ("Có thông báo cúp điện.", "There's a notice about a power cut."),
    ("Có thông báo cắt nước.", "There's a notice that the water will be cut off."),
    ("Có thông báo cắt nước ngày mai.", "There's a notice that the water will be cut off tomorrow."),
    ("Có thông báo ngày mai cắt điện cả ngày.", "There's a notice that the power will be cut off all day tomorrow."),
    ("Có thông báo khu tôi sẽ bị cắt điện.", "There's a notice that the power will be cut off in my area."),
    ("Có thông báo là thứ Bảy này cắt nước.", "There's a notice that the water will be cut off this Saturday."),
    # v8: "Do you cut electricity?", "Tomorrow, is cut water?", "Tomorrow, do you have power cuts?", "This Saturday Is
    # cut water?", "Do you have a puppy?", "How many hours of electricity?", "How long is the power cuts?",
    # "Tomorrow, how long is it?", "Tomorrow, Cruncate?", "Tomorrow, what hour is cut water?"
    ("Mai có cắt điện không?", "Will the power be cut off tomorrow?"),
    ("Ngày mai có cắt nước không?", "Will the water be cut off tomorrow?"),
    ("Ngày mai khu bạn có bị cắt điện không?", "Will the power be cut off in your area tomorrow?"),
    ("Mai có mất điện không?", "Will the power be off tomorrow?"),
    ("Thứ Bảy tuần này có cắt nước không?", "Will the water be cut off this Saturday?"),
    ("Mai có cắt điện cả ngày không?", "Will the power be cut off all day tomorrow?"),
    ("Mai có cúp nước không?", "Will the water be cut off tomorrow?"),
    ("Sáng mai khu bạn có bị cắt nước không?", "Will the water be cut off in your area tomorrow morning?"),
    ("Ngày mai nhà bạn có bị mất điện không?", "Will the power be off at your house tomorrow?"),
    ("Mai có cắt điện không vậy?", "Will the power be cut off tomorrow?"),
    ("Mai mấy giờ cắt điện?", "What time will the power be cut off tomorrow?"),
    ("Mai cắt điện lúc mấy giờ?", "What time will the power be cut off tomorrow?"),
    ("Ngày mai khu bạn mấy giờ bị cắt điện?", "What time will the power be cut off in your area tomorrow?"),
    ("Thứ Bảy này mấy giờ cắt điện?", "What time will the power be cut off this Saturday?"),
    ("Ngày mai mấy giờ thì cắt nước?", "What time will the water be cut off tomorrow?"),
    ("Ngày mai cắt điện bao lâu?", "How long will the power be cut off tomorrow?"),
    ("Ngày mai cắt nước mấy tiếng?", "How many hours will the water be cut off tomorrow?"),
    # v8: "People cut electricity.", "Tomorrow, people cut water all day.", "Have people cut electricity?", "People
    # brought water."
    ("Mai người ta cắt điện.", "They're cutting off the power tomorrow."),
    ("Ngày mai người ta cắt nước cả ngày.", "They're cutting off the water all day tomorrow."),
    ("Mai người ta có cắt điện không?", "Are they cutting off the power tomorrow?"),
    ("Mai người ta cúp nước.", "They're cutting off the water tomorrow."),
    # a day behind, today or none without "sẽ" (mt/outages.py's, or done?), "thứ Bảy", a date or "chiều nay" without
    # "sẽ" (ahead, done, or every week?), "Mai" with "bị" or "mất" and no place (Mai's own?), who cut off ahead, "không"
    # (won't, or wasn't?), "sắp", why, "đến mấy giờ", a "?" on a statement, "thế", "nhỉ", the phone, a pet's house,
    # "mấy giờ" with how long, "người ta" with "bị", a notice of "mất", the other language, nonsense
    ("Hôm qua khu tôi bị cắt điện.", None), ("Tuần trước khu tôi bị cắt điện cả ngày.", None),
    ("Khu tôi bị cắt điện.", None), ("Hôm nay cắt điện.", None), ("Thứ Bảy cắt nước.", None),
    ("Ngày 15/6 khu tôi bị cắt điện.", None), ("Chiều nay cắt điện.", None), ("Mai bị cắt điện.", None),
    ("Mai mất nước.", None), ("Mai tôi bị cắt điện.", None), ("Mai không cắt điện.", None), ("Sắp cắt điện rồi.", None),
    ("Ngày mai khu tôi bị cắt điện để bảo trì.", None), ("Mai cắt điện đến mấy giờ?", None),
    ("Mai khu tôi bị cắt điện cả ngày?", None), ("Mai có cắt điện không.", None),
    ("Mai khu tôi bị cắt điện cả ngày thế.", None), ("Mai khu tôi bị cắt điện nhỉ.", None),
    ("Ngày mai cắt điện thoại.", None), ("Ngày mai nhà con chó của tôi bị cắt điện.", None),
    ("Mai mấy giờ cắt điện cả ngày?", None), ("Ngày mai người ta bị cắt điện.", None), ("Có thông báo mất điện.", None),
    ("Mấy giờ cắt điện?", None), ("Mai cắt điện từ 8 giờ đến 5 giờ.", None),
    ("The power will be cut off tomorrow.", None), ("Cắt điện nước mai khu.", None),
    # reviewed: "N giờ" with no "trong" is an hour as often as a span ("Mai cắt điện 8 giờ.": at 8, or for 8 hours?);
    # a span of days, or all week, on one day, and all night on an evening; "người ta … sẽ" with no day (they'll cut
    # it off, not they're cutting it off now); a notice with a day after it not surely ahead (the cut's day, or the
    # notice's?); "now"; "công ty", "văn phòng", "nhà …" before "cắt" with no "bị" (the company or my husband cutting
    # it off, or cut off there?)
    ("Mai cắt điện 8 giờ.", None), ("Mai cắt điện hai giờ rưỡi.", None),
    ("Ngày mai khu tôi bị cắt điện 4 giờ.", None),
    ("Ngày mai khu tôi bị cắt điện trong 4 giờ.", "The power will be cut off in my area for 4 hours tomorrow."),
    ("Mai cắt điện 3 tiếng.", "The power will be cut off for 3 hours tomorrow."),
    ("Mai cắt điện ba ngày.", None), ("Mai cắt điện cả tuần.", None), ("Thứ Bảy này cắt điện 2 ngày.", None),
    ("Mai có cắt điện cả tuần không?", None), ("Mai người ta cắt điện 3 ngày.", None),
    ("Tối mai cắt điện cả đêm.", None), ("Tuần sau cắt điện cả ngày.", None),
    ("Tháng sau cắt điện 2 tuần.", "The power will be cut off for 2 weeks next month."),
    ("Người ta sẽ cắt điện.", None), ("Có thông báo cắt điện sáng nay.", None),
    ("Có thông báo cắt điện vào thứ Bảy.", None), ("Bây giờ sẽ cắt điện.", None), ("Lúc này sẽ cắt điện.", None),
    ("Ngày mai công ty cắt điện.", None), ("Ngày mai công ty sẽ cắt điện.", None),
    ("Ngày mai văn phòng cắt điện.", None), ("Ngày mai nhà tôi cắt điện.", None), ("Mai nhà Lan cúp nước.", None),
    ("Ngày mai nhà bạn có cắt điện không?", None),
    ("Ngày mai công ty bị cắt điện cả ngày.", "The power will be cut off at work all day tomorrow."),
    ("Ngày mai ở công ty cắt điện.", "The power will be cut off at work tomorrow."),
    ("Ngày mai nhà tôi mất điện.", "The power will be off at my house tomorrow."),
    ("Thứ Bảy người ta sẽ cắt điện.", "They're cutting off the power on Saturday."),
    ("Có thông báo cắt điện thứ Bảy này.", "There's a notice that the power will be cut off this Saturday."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cuộc điện sẽ hết sức vào ngày mai.", "Nước sẽ bị cắt giảm ngày mai.", "Điện năng sẽ bị cắt đứt trong khu vực
    # của tôi ngày mai.", "Sự điện sẽ bị cắt đứt trên đường phố ngày mai.", "Bộ điện sẽ bị cắt toàn bộ vùng Chủ nhật
    # tuần sau.", "Tiếp tục cắt giảm ngày mai.", "Điện năng sẽ bị cắt ngắn ngày kia."
    ("The power will be off all day tomorrow.", "Ngày mai sẽ mất điện cả ngày."),
    ("The water will be cut off tomorrow.", "Ngày mai sẽ cắt nước."),
    ("The power will be cut off in my area tomorrow.", "Ngày mai khu tôi sẽ bị cắt điện."),
    ("The water will be cut off in my area all day tomorrow.", "Ngày mai khu tôi sẽ bị cắt nước cả ngày."),
    ("The power will be cut off on my street tomorrow.", "Ngày mai phố tôi sẽ bị cắt điện."),
    ("The power will be cut off at my mother's house tomorrow.", "Ngày mai nhà mẹ tôi sẽ bị cắt điện."),
    ("The power will be cut off in the whole area next Sunday.", "Chủ nhật tuần sau cả khu sẽ bị cắt điện."),
    ("The electricity will be cut off tomorrow.", "Ngày mai sẽ cắt điện."),
    ("The water will be cut tomorrow.", "Ngày mai sẽ cắt nước."),
    ("The power's going to be cut off tomorrow.", "Ngày mai sẽ cắt điện."),
    ("The power will be cut off here tomorrow.", "Ngày mai ở đây sẽ bị cắt điện."),
    ("The power will be cut off in this area next week.", "Tuần sau khu này sẽ bị cắt điện."),
    ("The power's going to be off all morning tomorrow.", "Ngày mai sẽ mất điện cả buổi sáng."),
    ("The water is going to be cut off tomorrow afternoon.", "Chiều mai sẽ cắt nước."),
    ("The power will be cut off the day after tomorrow.", "Ngày kia sẽ cắt điện."),
    ("The power will be cut off at my house this weekend.", "Cuối tuần này nhà tôi sẽ bị cắt điện."),
    ("The power will be cut off on my mother's street tomorrow.", "Ngày mai phố mẹ tôi sẽ bị cắt điện."),
    ("The power will be cut off in Lan's area tomorrow.", "Ngày mai khu nhà Lan sẽ bị cắt điện."),
    ("The power will be cut off in my area.", "Khu tôi sẽ bị cắt điện."),
    ("The power will be cut off tomorrow!", "Ngày mai sẽ cắt điện!"),
    # v8: "Nguồn điện sẽ bị cắt khỏi 8 giờ sáng đến 5 giờ chiều thứ Bảy tuần này.", "Điện năng sẽ tắt ngày mai từ 8 giờ
    # sáng đến 5 giờ chiều.", "Nước sẽ bị cắt giảm đến 5 giờ chiều mai.", "Điện sẽ bị cắt giảm trong vòng hai ngày vào
    # tuần tới.", "Bộ điện sẽ tắt vào ngày 15 tháng 6.", "Nước sẽ bị cắt giảm trong vòng 3 ngày tới."
    ("The power will be cut off from 8 a.m. to 5 p.m. this Saturday.",
     "Thứ Bảy tuần này sẽ cắt điện từ 8 giờ sáng đến 5 giờ chiều."),
    ("The power will be off tomorrow from 8 a.m. to 5 p.m.", "Ngày mai sẽ mất điện từ 8 giờ sáng đến 5 giờ chiều."),
    ("The water will be cut off until 5 p.m. tomorrow.", "Ngày mai sẽ cắt nước đến 5 giờ chiều."),
    ("The water will be cut off from 9 a.m. to 3 p.m. tomorrow.",
     "Ngày mai sẽ cắt nước từ 9 giờ sáng đến 3 giờ chiều."),
    ("The power will be cut off for two days next week.", "Tuần sau sẽ cắt điện hai ngày."),
    ("The water will be cut off for three days next month.", "Tháng sau sẽ cắt nước ba ngày."),
    ("The power will be off on June 15.", "Sẽ mất điện vào ngày 15 tháng 6."),
    ("The power will be cut off on June 20 from 8 a.m. to 4 p.m.",
     "Sẽ cắt điện từ 8 giờ sáng đến 4 giờ chiều vào ngày 20 tháng 6."),
    ("The power will be cut off in my building all day on Sunday.", "Tòa nhà tôi sẽ bị cắt điện cả ngày vào Chủ nhật."),
    # v8: "Sẽ có một cắt giảm năng lượng ngày mai.", "Sẽ có một khoản cắt điện trong khu vực ngày mai.", "Sẽ có một loại
    # nước cắt ngày mai.", "Sẽ có một lỗ hổng đenout tối nay.", "Đã cắt giảm năng lượng dự kiến ngày mai.", "Có một
    # cường quốc đã lên kế hoạch thứ Bảy tuần này.", "Sẽ có một quyền lực ngày mai."
    ("There will be a power cut tomorrow.", "Ngày mai sẽ cắt điện."),
    ("There'll be a power cut in my area tomorrow.", "Ngày mai khu tôi sẽ bị cắt điện."),
    ("There will be a power cut from 8 a.m. to 5 p.m. next Sunday.",
     "Chủ nhật tuần sau sẽ cắt điện từ 8 giờ sáng đến 5 giờ chiều."),
    ("There will be a water cut tomorrow.", "Ngày mai sẽ cắt nước."),
    ("There's going to be a power cut in my area next week.", "Tuần sau khu tôi sẽ bị cắt điện."),
    ("There will be a blackout tonight.", "Tối nay sẽ mất điện."),
    ("There's a scheduled power cut tomorrow.", "Ngày mai sẽ cắt điện."),
    ("There's a planned power outage this Saturday.", "Thứ Bảy tuần này sẽ mất điện."),
    ("There's a power cut tomorrow.", "Ngày mai sẽ cắt điện."),
    ("There'll be a water cut in my building tomorrow.", "Ngày mai tòa nhà tôi sẽ bị cắt nước."),
    ("There will be a power outage tomorrow.", "Ngày mai sẽ mất điện."),
    ("There will be a power cut all day next Saturday.", "Thứ Bảy tuần sau sẽ cắt điện cả ngày."),
    ("There's a power cut next Monday.", "Thứ Hai tuần sau sẽ cắt điện."),
    ("There's a scheduled water cut this Saturday.", "Thứ Bảy tuần này sẽ cắt nước."),
    # v8: "Có cắt ngày mai không?", "Liệu có cắt giảm năng lượng ngày mai không?", "Liệu điện sẽ bị cắt giảm ngày mai
    # không?", "Nước sẽ ra khỏi ngày mai?", "Sẽ hết sức vào ngày mai?", "Nước sẽ bị cắt giảm vào ngày 15 tháng 6?",
    # "Thời gian sẽ cắt giảm năng lượng ngày mai?", "Độ dài sẽ tắt ngày mai?", "Có bao nhiêu tiếng đồng hồ sẽ bị cắt
    # ngày mai không?", "Thời gian sẽ được cắt bao lâu vào thứ Bảy?"
    ("Is there a power cut tomorrow?", "Ngày mai có cắt điện không?"),
    ("Will there be a power cut tomorrow?", "Ngày mai có cắt điện không?"),
    ("Will the power be cut off tomorrow?", "Ngày mai có cắt điện không?"),
    ("Will the water be off tomorrow?", "Ngày mai có mất nước không?"),
    ("Will the power be off all day tomorrow?", "Ngày mai có mất điện cả ngày không?"),
    ("Will the water be cut off in your area this Saturday?", "Thứ Bảy tuần này khu bạn có bị cắt nước không?"),
    ("Will the water be cut off on June 15?", "Ngày 15 tháng 6 có cắt nước không?"),
    ("Is there a power cut next week?", "Tuần sau có cắt điện không?"),
    ("Will there be a power cut in my area tomorrow?", "Ngày mai khu tôi có bị cắt điện không?"),
    ("Will the power be cut off at your house tomorrow?", "Ngày mai nhà bạn có bị cắt điện không?"),
    ("Will the water be off all day tomorrow?", "Ngày mai có mất nước cả ngày không?"),
    ("What time will the power be cut off tomorrow?", "Ngày mai mấy giờ cắt điện?"),
    ("What time will the power be cut off in my area tomorrow?", "Ngày mai khu tôi mấy giờ bị cắt điện?"),
    ("What time will the water be cut off tomorrow?", "Ngày mai mấy giờ cắt nước?"),
    ("How long will the power be off tomorrow?", "Ngày mai mất điện bao lâu?"),
    ("How many hours will the water be cut off tomorrow?", "Ngày mai cắt nước mấy tiếng?"),
    ("How long will the power be cut off on Saturday?", "Thứ Bảy cắt điện bao lâu?"),
    # v8: "Có một thông báo về việc cắt giảm điện.", "Có một thông báo cắt giảm năng lượng.", "Có một thông báo rằng
    # nước sẽ bị cắt bỏ ngày mai.", "Có một thông báo rằng điện năng sẽ bị cắt đứt trong khu vực của tôi."
    ("There's a notice about a power cut.", "Có thông báo cắt điện."),
    ("There's a power cut notice.", "Có thông báo cắt điện."),
    ("There's a notice that the water will be cut off tomorrow.", "Có thông báo ngày mai sẽ cắt nước."),
    ("There's a notice that the power will be cut off in my area.", "Có thông báo khu tôi sẽ bị cắt điện."),
    ("There's a notice that the power will be off all day tomorrow.", "Có thông báo ngày mai sẽ mất điện cả ngày."),
    # v8: "Họ đang cắt giảm quyền lực ngày mai.", "Họ đang cắt nước khỏi ngày mai.", "Họ đang cắt giảm quyền lực từ 8
    # giờ sáng đến 5 giờ chiều vào thứ Bảy."
    ("They're cutting off the power tomorrow.", "Ngày mai người ta cắt điện."),
    ("They are cutting off the water all day tomorrow.", "Ngày mai người ta cắt nước cả ngày."),
    ("They're cutting off the power from 8 a.m. to 5 p.m. on Saturday.",
     "Người ta sẽ cắt điện từ 8 giờ sáng đến 5 giờ chiều vào thứ Bảy."),
    # a day behind, asked without "?" or a statement with one, today or a day not surely ahead with "There's" (now, or
    # ahead?), no day for "They're cutting" (now), asked (v8 writes it well), a place with it, hours with no a.m.,
    # how long said twice, a planned notice, an outage's notice, "will" in small letters, the internet, a ward
    # (a hospital's too), a pet's area, "won't", the other language, nonsense
    ("The power was cut off yesterday.", None), ("The power will be cut off yesterday.", None),
    ("The power will be cut off tomorrow?", None), ("Will the power be cut off tomorrow.", None),
    ("There's a power cut today.", None), ("There's a power cut this afternoon.", None),
    ("There's a power cut in my area today.", None), ("Is there a power cut?", None),
    ("They're cutting off the power.", None), ("Are they cutting off the water on Saturday?", None),
    ("They're cutting off the power in my area tomorrow.", None),
    ("The power will be cut off from 8 to 5 tomorrow.", None),
    ("The power will be cut off all day tomorrow from 8 a.m. to 5 p.m.", None),
    ("There's a planned power cut notice.", None), ("There's a notice about a power outage.", None),
    ("will the power be cut off tomorrow?", None), ("The internet will be cut off tomorrow.", None),
    ("The power will be cut off in my ward tomorrow.", None),
    ("The power will be cut off in my dog's area tomorrow.", None), ("The power won't be cut off tomorrow.", None),
    ("There's a notice about a power cut in my dog's area.", None), ("Ngày mai cắt điện.", None),
    ("Cut off power the tomorrow will.", None),
    # reviewed: "our" (chúng tôi, or chúng ta? the one spoken to may be in it); Saturdays, weekends (every week, not
    # one); a span of days, or all week, on one day; "They're cutting it off" on a day not surely ahead written with
    # "sẽ" ("Người ta cắt điện vào thứ Bảy." is done, or every week); a notice's "!" kept
    ("The power will be cut off in our area tomorrow.", None),
    ("Will the power be cut off at our house tomorrow?", None),
    ("There will be a power cut in our area tomorrow.", None),
    ("There's a notice that the power will be cut off in our area.", None),
    ("The power will be cut off on Saturdays.", None), ("Is there a power cut on Saturdays?", None),
    ("There will be a power cut on Saturdays.", None), ("The power will be cut off on weekends.", None),
    ("The power will be cut off for three days tomorrow.", None),
    ("The power will be cut off all week tomorrow.", None), ("The power will be cut off for a week tomorrow.", None),
    ("There will be a power cut for three days next week.", "Tuần sau sẽ cắt điện ba ngày."),
    ("They're cutting off the power on Saturday.", "Người ta sẽ cắt điện vào thứ Bảy."),
    ("They're cutting off the power today.", "Hôm nay người ta sẽ cắt điện."),
    ("They're cutting off the power this Saturday.", "Thứ Bảy tuần này người ta cắt điện."),
    ("There's a notice about a power cut!", "Có thông báo cắt điện!"),
    ("Is there a power cut today?", "Hôm nay có cắt điện không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
