"""Telling the time: the time said or asked, here or in a place, late or early, a watch slow or fast, both ways
(mt/clock.py)."""
import pytest

from mt.clock import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's three hours now.", "It's three hours.", "Six hours of snugg.", "It's 10 hours.", "Ten hour."
    ("Bây giờ là ba giờ.", "It's 3 o'clock."),
    ("Bây giờ là 3 giờ.", "It's 3 o'clock."),
    ("Ba giờ rồi.", "It's 3 o'clock."),
    ("Hai giờ rồi ạ.", "It's 2 o'clock."),
    ("Sáu giờ rưỡi rồi.", "It's 6:30."),
    ("Đã 10 giờ rồi.", "It's already 10 o'clock."),
    ("Đã mười giờ rồi.", "It's already 10 o'clock."),
    ("Bây giờ đã là 10 giờ rồi.", "It's already 10 o'clock."),
    ("Mười giờ rồi.", "It's 10 o'clock."),
    # v8: "Nearly half night.", "Just half the night.", "It's nearly half a night.", "Nearly 12 hours."
    ("Gần nửa đêm rồi.", "It's nearly midnight."),
    ("Sắp nửa đêm rồi.", "It's almost midnight."),
    ("Đã gần nửa đêm rồi.", "It's already nearly midnight."),
    ("Gần 12 giờ rồi.", "It's nearly 12 o'clock."),
    ("Sắp 5 giờ rồi.", "It's almost 5 o'clock."),
    ("Bây giờ là nửa đêm.", "It's midnight."),
    ("Bây giờ là mười hai giờ đêm.", "It's midnight."),
    ("Bây giờ là đúng 8 giờ.", "It's exactly 8 o'clock."),
    ("Bây giờ là khoảng 3 giờ.", "It's about 3 o'clock."),
    ("Mới 7 giờ thôi.", "It's only 7 o'clock."),
    ("Mới 7 giờ sáng thôi.", "It's only 7 a.m."),
    ("Bây giờ là 7 giờ 15.", "It's 7:15."),
    ("Bây giờ là 14h30.", "It's 14:30."),
    # v8 right already (kept): "It's 3 p.m.", "It's 8:45.", "It's 3 p.m. in Hanoi."
    ("Bây giờ là ba giờ chiều.", "It's 3 p.m."),
    ("Bây giờ là 9 giờ kém 15.", "It's 8:45."),
    ("Bây giờ là 3 giờ chiều ở Hà Nội.", "It's 3 p.m. in Hanoi."),
    ("Đã 3 giờ chiều rồi.", "It's already 3 p.m."),
    ("Hà Nội bây giờ là 3 giờ chiều.", "It's 3 p.m. in Hanoi."),
    ("Ở Hà Nội đã 10 giờ tối rồi.", "It's already 10 p.m. in Hanoi."),
    # v8: "What's time?", "It's time for you?", "At Hanoi now?", "What's now in Hanoi?", "At Hanoi for hours?"
    ("Bây giờ là mấy giờ rồi?", "What time is it now?"),
    ("Mấy giờ rồi nhỉ?", "What time is it?"),
    ("Ở Hà Nội bây giờ là mấy giờ?", "What time is it in Hanoi now?"),
    ("Bây giờ ở Hà Nội là mấy giờ?", "What time is it in Hanoi now?"),
    ("Ở Hà Nội mấy giờ rồi?", "What time is it in Hanoi?"),
    ("Bây giờ ở đó là mấy giờ?", "What time is it there now?"),
    # v8: "Do you know what hour is you?", "Do you know what time is you?"
    ("Bạn có biết mấy giờ rồi không?", "Do you know what time it is?"),
    ("Bạn có biết bây giờ là mấy giờ không?", "Do you know what time it is?"),
    ("Anh có biết mấy giờ rồi không?", "Do you know what time it is?"),
    ("Mẹ tôi có biết mấy giờ rồi không?", "Does my mother know what time it is?"),
    # v8: "It's very good to get.", "Khuya.", "There's been a slight."
    ("Muộn lắm rồi.", "It's very late."),
    ("Khuya rồi.", "It's late."),
    ("Đã khuya rồi.", "It's already late."),
    ("Vẫn còn sớm mà.", "It's still early."),
    # v8: "My clock slows.", "My clock slows 10 minutes.", "My clock was slow."
    ("Đồng hồ của tôi chạy chậm.", "My watch is slow."),
    ("Đồng hồ tôi chạy nhanh.", "My watch is fast."),
    ("Đồng hồ của tôi chậm 10 phút.", "My watch is 10 minutes slow."),
    ("Đồng hồ đeo tay của tôi chạy nhanh 5 phút.", "My watch is 5 minutes fast."),
    ("Đồng hồ của mẹ tôi bị chậm.", "My mother's watch is slow."),
    ("Đồng hồ của Lan chạy nhanh.", "Lan's watch is fast."),
    ("Đồng hồ của bạn có chạy chậm không?", "Is your watch slow?"),
    # not: a time alone (an answer), about a time with no "Bây giờ" (maybe how long), hours that may be a span ("17
    # giờ", "24 giờ"), someone waiting hours, a time tomorrow, a place not known, asked with "à", "đồng hồ" with no
    # owner (a clock or a watch) or "anh" (the speaker or not), a watch stopped, a span of days, other topics
    ("Khuya rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Ba giờ.", None), ("Khoảng 3 giờ.", None), ("Khoảng 3 giờ rồi.", None), ("Đã 17 giờ rồi.", None),
    ("Đã 24 giờ rồi.", None),
    ("Tôi đợi 3 giờ rồi.", None), ("Bây giờ là 3 giờ sáng mai.", None), ("Bây giờ là 8 giờ sáng ở Tokyo.", None),
    ("Bây giờ là ba giờ chiều rồi à?", None), ("Đồng hồ chạy chậm.", None), ("Đồng hồ của anh chạy chậm.", None),
    ("Đồng hồ của tôi không chạy.", None), ("Đồng hồ của tôi chậm 2 ngày.", None), ("Bây giờ là mùa hè.", None),
    ("Mấy giờ?", None), ("Anh biết mấy giờ rồi không?", None), ("Muộn quá rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đó là ba giờ.", "Đó là 3 giờ.", "Nó đã có eleven.", "Đã 10 giờ." (no "rồi")
    ("It's three o'clock.", "Bây giờ là 3 giờ."),
    ("It's 3 o'clock.", "Bây giờ là 3 giờ."),
    ("It's three o'clock now.", "Bây giờ là 3 giờ."),
    ("It is already eleven.", "Đã 11 giờ rồi."),
    ("It's already ten.", "Đã 10 giờ rồi."),
    ("It's already ten o'clock.", "Đã 10 giờ rồi."),
    ("It's already midnight!", "Đã nửa đêm rồi."),
    # v8: "Gần như nửa đêm." (almost as if), "Gần năm giờ là gần năm giờ.", "Nó gần 5.", "Đó là nửa đêm."
    ("It's almost midnight.", "Gần nửa đêm rồi."),
    ("It's nearly midnight.", "Gần nửa đêm rồi."),
    ("It's almost five o'clock.", "Gần 5 giờ rồi."),
    ("It's nearly 5.", "Gần 5 giờ rồi."),
    ("It's midnight.", "Bây giờ là nửa đêm."),
    ("It's noon.", "Bây giờ là 12 giờ trưa."),
    ("It's past midnight.", "Đã quá nửa đêm rồi."),
    ("It's about five o'clock.", "Bây giờ khoảng 5 giờ."),
    ("It's exactly eight o'clock.", "Bây giờ là đúng 8 giờ."),
    # v8 right already (kept): "Bây giờ là 6 giờ rưỡi.", "Bây giờ là 9 giờ kém 15.", "Bây giờ là 6:10."
    ("It's half past six.", "Bây giờ là 6 giờ rưỡi."),
    ("It's a quarter to nine.", "Bây giờ là 9 giờ kém 15."),
    ("It's ten past six.", "Bây giờ là 6:10."),
    ("It's twenty-five past six.", "Bây giờ là 6:25."),
    # v8: "Đó là 3 giờ chiều.", "Nó 10 giờ tối bây giờ.", "Nó là 3 giờ chiều ở Hà Nội.", "Đó là 7:30."
    ("It's 3 p.m.", "Bây giờ là 3 giờ chiều."),
    ("It's 10 p.m. now.", "Bây giờ là 10 giờ tối."),
    ("It's 7:30.", "Bây giờ là 7:30."),
    ("It's 3 pm in Hanoi.", "Ở Hà Nội bây giờ là 3 giờ chiều."),
    ("It's already 5 p.m. in Hanoi.", "Ở Hà Nội đã 5 giờ chiều rồi."),
    ("It's 8 a.m. there.", "Ở đó bây giờ là 8 giờ sáng."),
    # v8: "Thời gian là gì?", "Hà Nội là gì?", "Giờ đây ở Hà Nội là gì?"
    ("What's the time?", "Mấy giờ rồi?"),
    ("What's the time now?", "Bây giờ là mấy giờ?"),
    ("What time is it in Hanoi?", "Ở Hà Nội bây giờ là mấy giờ?"),
    ("What time is it in Hanoi now?", "Ở Hà Nội bây giờ là mấy giờ?"),
    ("What time is it there?", "Ở đó bây giờ là mấy giờ?"),
    # v8: "Bạn có biết thời gian đó là gì?", "Bạn có thời gian không?" (have you got time)
    ("Do you know what time it is?", "Bạn có biết mấy giờ rồi không?"),
    ("Do you have the time?", "Bạn có biết mấy giờ rồi không?"),
    ("Does he know what time it is?", "Anh ấy có biết mấy giờ rồi không?"),
    # v8: "Nó rất muộn.", "Trở về muộn." (going back late), "Nó đã muộn.", "Nó vẫn còn sớm."
    ("It's very late.", "Muộn lắm rồi."),
    ("It's getting late.", "Cũng muộn rồi."),
    ("It's already late.", "Đã muộn rồi."),
    ("It's still early.", "Vẫn còn sớm."),
    # v8: "Cái đồng hồ của tôi chậm lại." (slowing down), "… nhanh chóng." (quickly), "… nhanh hơn 5 phút." (faster)
    ("My watch is slow.", "Đồng hồ của tôi chạy chậm."),
    ("My watch is fast.", "Đồng hồ của tôi chạy nhanh."),
    ("My watch is five minutes fast.", "Đồng hồ của tôi chạy nhanh năm phút."),
    ("My watch is an hour fast.", "Đồng hồ của tôi chạy nhanh một tiếng."),
    ("Her watch is fast.", "Đồng hồ của cô ấy chạy nhanh."),
    ("My mother's watch is slow.", "Đồng hồ của mẹ tôi chạy chậm."),
    ("My watch isn't slow.", "Đồng hồ của tôi không chạy chậm."),
    ("Is my watch slow?", "Đồng hồ của tôi có chạy chậm không?"),
    ("That clock is fast.", "Cái đồng hồ đó chạy nhanh."),
    # not: an hour alone (a count, an age, a price), a span, a day, the past, a place not known, "here", "does" or
    # "is" not agreeing, the time had by any but you, a span of days, a time with words mt.dates does not read
    ("It's three.", None), ("It's about five.", None), ("It's only five.", None), ("It's ten.", None),
    ("It's three hours.", None), ("It's 5 dollars.", None), ("It's Monday.", None), ("It's 3 pm tomorrow.", None),
    ("It was three o'clock.", None), ("It's 8 a.m. in Tokyo.", None), ("It's already 5 p.m. here.", None),
    ("Do he know what time it is?", None), ("Does she have the time?", None), ("My watches are slow.", None),
    ("Is my watch is slow?", None), ("My watch is two days slow.", None), ("It's three in the afternoon.", None),
    ("It's time to go.", None), ("It's early.", None), ("My watch has stopped.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bây giờ là ba giờ.", "en", "vi") is None
    assert translate("It's three o'clock.", "vi", "en") is None
    assert translate("It's three o'clock.", "en", "fr") is None
