"""Swimming pools and the sea: hours, closed for cleaning, heated, the water cold or too deep, a pool at the hotel,
swimming caps, the lifeguard and no diving, both ways (mt/pools.py)."""
import pytest

from mt.pools import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How many hours of swimming open?", "Do you now swimming the door?", "How many o't you swimming open at the
    # time?", "To swimming today open?", "To swimming the door today.", "Let's swimming close to the toilet."
    ("Bể bơi mở cửa đến mấy giờ?", "How late is the pool open?"),
    ("Hồ bơi mở cửa đến mấy giờ?", "How late is the pool open?"),
    ("Hôm nay bể bơi mở cửa đến mấy giờ?", "How late is the pool open today?"),
    ("Mấy giờ bể bơi đóng cửa?", "What time does the pool close?"),
    ("Bể bơi mấy giờ đóng cửa?", "What time does the pool close?"),
    ("Bể bơi mở cửa lúc mấy giờ?", "What time does the pool open?"),
    ("Bể bơi của khách sạn mở cửa lúc mấy giờ?", "What time does the hotel pool open?"),
    ("Bể bơi hôm nay có mở cửa không?", "Is the pool open today?"),
    ("Bể bơi có mở cửa vào Chủ nhật không?", "Is the pool open on Sunday?"),
    ("Bể bơi còn mở cửa không?", "Is the pool still open?"),
    ("Hôm nay bể bơi đóng cửa.", "The pool is closed today."),
    ("Bể bơi đóng cửa để vệ sinh.", "The pool is closed for cleaning."),
    ("Hồ bơi đang đóng cửa để vệ sinh.", "The pool is closed for cleaning."),
    ("Bể bơi tạm đóng cửa để bảo trì.", "The pool is temporarily closed for maintenance."),
    # v8: "Can the swimming be warm?"
    ("Bể bơi có được sưởi ấm không?", "Is the pool heated?"),
    ("Bể bơi này không được sưởi ấm.", "This pool isn't heated."),
    # v8: "The water in the chill swimming.", "Is the water in the swimming to warm?", "This swimming is too deep for
    # kids.", "How much can you swimming?", "Cold water is too cold."
    ("Nước trong bể bơi lạnh quá.", "The water in the pool is so cold."),
    ("Nước lạnh quá.", "The water is so cold."),
    ("Hôm nay nước lạnh quá.", "The water is so cold today."),
    ("Nước biển lạnh quá.", "The sea is so cold."),
    ("Nước trong bể bơi có ấm không?", "Is the water in the pool warm?"),
    ("Nước có lạnh lắm không?", "Is the water very cold?"),
    ("Nước không lạnh lắm.", "The water isn't very cold."),
    # "quá" not or asked is "too" (was "The water isn't so cold.", "Is the water so cold?")
    ("Nước không lạnh quá.", "The water isn't too cold."),
    ("Nước có lạnh quá không?", "Is the water too cold?"),
    ("Nước hơi lạnh.", "The water is a bit cold."),
    ("Nước bể bơi lạnh cóng.", "The water in the pool is freezing."),
    ("Nước sâu quá đối với bọn trẻ.", "The water is too deep for the kids."),
    ("Bể bơi này sâu quá cho trẻ con.", "This pool is too deep for children."),
    ("Nước quá sâu cho con tôi.", "The water is too deep for my child."),
    ("Bể bơi sâu bao nhiêu?", "How deep is the pool?"),
    # a pool of a kind at the hotel
    ("Khách sạn có bể bơi nước nóng không?", "Does the hotel have a heated pool?"),
    ("Khách sạn này không có bể bơi trong nhà.", "This hotel doesn't have an indoor pool."),
    ("Khu nghỉ dưỡng có bể bơi ngoài trời.", "The resort has an outdoor pool."),
    # v8: "Do I need the power swimming?", "Is there a power swimming?", "You must swimming hats."
    ("Tôi có cần đội mũ bơi không?", "Do I need to wear a swimming cap?"),
    ("Có cần đội mũ bơi không?", "Is a swimming cap required?"),
    ("Bạn phải đội mũ bơi.", "You have to wear a swimming cap."),
    ("Anh có phải đội mũ bơi không?", "Do you have to wear a swimming cap?"),
    ("Bạn không cần đội mũ bơi.", "You don't need to wear a swimming cap."),
    ("Mẹ tôi cần mũ bơi.", "My mother needs a swimming cap."),
    ("Bạn có mũ bơi không?", "Do you have a swimming cap?"),
    ("Tôi không có mũ bơi.", "I don't have a swimming cap."),
    ("Bắt buộc phải đội mũ bơi.", "Swimming caps must be worn."),
    # v8: "Where do the rescuers?", "Is rescue workers?"
    ("Có nhân viên cứu hộ không?", "Is there a lifeguard?"),
    ("Bãi biển có nhân viên cứu hộ không?", "Is there a lifeguard on the beach?"),
    ("Hôm nay có nhân viên cứu hộ trực không?", "Is there a lifeguard on duty today?"),
    ("Ở đây không có nhân viên cứu hộ.", "There's no lifeguard here."),
    ("Nhân viên cứu hộ ở đâu?", "Where's the lifeguard?"),
    # v8: "The jumped down."
    ("Cấm nhảy cắm đầu xuống bể.", "No diving."),
    ("Cấm nhảy xuống bể.", "No jumping into the pool."),
    ("Cấm chạy quanh bể bơi.", "No running by the pool."),
    ("Cấm nhảy xuống hồ bơi.", "No jumping into the pool."),
    # not: a pool with no day nor why closed (closes down?), closing "until", a day past, "Nước lạnh." (cold water?),
    # "very" said with "không", a degree with "for", mt/patterns.py's pool at the hotel, "anh" saying, "có" twice,
    # a cap "phải" with no wearing, "Cấm nhảy." (dancing?), the floor (mt/lifts.py's), going swimming
    ("Bể bơi đóng cửa.", None), ("Bể bơi đóng cửa đến mấy giờ?", None), ("Hôm qua bể bơi có mở cửa không?", None),
    ("Nước lạnh.", None), ("Nước không rất lạnh.", None), ("Nước rất lạnh cho bọn trẻ.", None),
    ("Ngày mai nước lạnh quá.", None), ("Khách sạn có bể bơi không?", None), ("Anh phải đội mũ bơi.", None),
    ("Tôi có có mũ bơi không?", None), ("Tôi phải mũ bơi.", None), ("Cấm nhảy.", None),
    ("Bể bơi ở tầng mấy?", None), ("Tôi muốn đi bơi.", None), ("Bể bơi có mở cửa?", None),
    # bare "hồ" is a lake, not the pool (was "No jumping into the pool.", "No running by the pool.", "No diving.")
    ("Cấm nhảy xuống hồ.", None), ("Cấm chạy quanh hồ.", None), ("Cấm lao đầu xuống hồ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bể bơi đóng cửa thời gian nào?", "Bể bơi mở ra được gì?", "Bể bơi mở ra bao nhiêu?", "Bể bơi đúng giờ là
    # gì?" (on time), "Bể bơi có mở hôm nay không?"
    ("What time does the pool close?", "Bể bơi đóng cửa lúc mấy giờ?"),
    ("What time does the swimming pool open?", "Bể bơi mở cửa lúc mấy giờ?"),
    ("What time does the pool close on Saturday?", "Thứ Bảy bể bơi đóng cửa lúc mấy giờ?"),
    ("What time does the hotel pool open tomorrow?", "Ngày mai bể bơi của khách sạn mở cửa lúc mấy giờ?"),
    ("How late is the pool open?", "Bể bơi mở cửa đến mấy giờ?"),
    ("Until what time is the pool open?", "Bể bơi mở cửa đến mấy giờ?"),
    ("When does the pool open?", "Khi nào bể bơi mở cửa?"),
    ("Is the pool open today?", "Hôm nay bể bơi có mở cửa không?"),
    ("Is the pool still open?", "Bể bơi còn mở cửa không?"),
    ("The pool isn't open on Mondays.", "Bể bơi không mở cửa vào thứ Hai."),
    # v8: "Bể bơi đã đóng để dọn dẹp." (so-so)
    ("The pool is closed for cleaning.", "Bể bơi đóng cửa để vệ sinh."),
    ("The swimming pool is closed for cleaning today.", "Hôm nay bể bơi đóng cửa để vệ sinh."),
    ("The pool is temporarily closed for repairs.", "Bể bơi tạm đóng cửa để sửa chữa."),
    # v8: "Bể bơi có phải không?"
    ("Is the pool heated?", "Bể bơi có được sưởi ấm không?"),
    ("The pool isn't heated.", "Bể bơi không được sưởi ấm."),
    # v8: "Nước hồ bơi đang tự dozing.", "Nước trong hồ bơi là lạnh.", "Nước ấm?", "Hôm nay lạnh biển?"
    ("The pool water is freezing.", "Nước trong bể bơi lạnh buốt."),
    ("The water in the pool is so cold.", "Nước trong bể bơi lạnh quá."),
    ("The water is too cold.", "Nước quá lạnh."),
    ("Is the water warm?", "Nước có ấm không?"),
    ("Is the water very cold?", "Nước có lạnh lắm không?"),
    ("Is the sea cold today?", "Hôm nay nước biển có lạnh không?"),
    ("The water's a bit cold.", "Nước hơi lạnh."),
    ("The pool is cold.", "Nước trong bể bơi lạnh."),
    ("The water is too deep for the kids.", "Nước quá sâu đối với bọn trẻ."),
    ("The water is too deep for my son.", "Nước quá sâu đối với con trai tôi."),
    ("Is the pool deep?", "Bể bơi có sâu không?"),
    ("How deep is the pool?", "Bể bơi sâu bao nhiêu?"),
    # v8: "Có một hồ bơi ở khách sạn không?"
    ("Is there a pool at the hotel?", "Khách sạn có bể bơi không?"),
    ("Is there an indoor pool at the hotel?", "Khách sạn có bể bơi trong nhà không?"),
    ("Does the hotel have a heated pool?", "Khách sạn có bể bơi nước nóng không?"),
    ("The hotel doesn't have a pool.", "Khách sạn không có bể bơi."),
    ("This hotel has a rooftop pool.", "Khách sạn này có bể bơi trên sân thượng."),
    # v8: "Tôi có cần bơi lội không?", "Chúng ta có cần mặc quần áo không?", "Bạn phải đeo trang bơi lội."
    # needing one is "cần mũ bơi", needing to wear one "cần đội mũ bơi" (was "Tôi cần đội mũ bơi." for the first)
    ("I need a swimming cap.", "Tôi cần mũ bơi."),
    ("Do I need a swimming cap?", "Tôi có cần mũ bơi không?"),
    ("I need to wear a swimming cap.", "Tôi cần đội mũ bơi."),
    ("Do we need to wear swimming caps?", "Chúng tôi có cần đội mũ bơi không?"),
    ("Does she need a swimming cap?", "Cô ấy có cần mũ bơi không?"),
    ("I don't need a swimming cap.", "Tôi không cần mũ bơi."),
    ("You have to wear a swimming cap.", "Bạn phải đội mũ bơi."),
    ("He has to wear a swimming cap.", "Anh ấy phải đội mũ bơi."),
    ("My mother doesn't have a swimming cap.", "Mẹ tôi không có mũ bơi."),
    ("Are swimming caps required?", "Có bắt buộc đội mũ bơi không?"),
    ("Swimming caps must be worn.", "Bắt buộc phải đội mũ bơi."),
    # v8: "Có phải cảnh báo cuộc sống không?", "Có phải một người sống sót không?", "Cuộc sống giả định ở đâu?"
    ("Is there a lifeguard?", "Có nhân viên cứu hộ không?"),
    ("Is there a lifeguard on duty?", "Có nhân viên cứu hộ trực không?"),
    ("Are there any lifeguards on the beach?", "Bãi biển có nhân viên cứu hộ không?"),
    ("There's no lifeguard here.", "Ở đây không có nhân viên cứu hộ."),
    ("Where is the lifeguard?", "Nhân viên cứu hộ ở đâu?"),
    # v8: "Không sống." (no living), "Không chạy theo hồ bơi." (running after)
    ("No diving.", "Cấm nhảy cắm đầu xuống bể."),
    ("No jumping into the pool.", "Cấm nhảy xuống bể bơi."),
    ("No running by the pool.", "Cấm chạy quanh bể bơi."),
    # not: the pool closed with no day nor why, a day past, "When" with a day, "The water is cold." bare (cold
    # water?), "very" with "for", the verb not agreeing ("are", "needs", "need"), "a" before "indoor", mt/patterns.py's
    # "Does the hotel have a pool?" and "Is there a pool here?", "a lifeguards", "must to wear", two places
    ("The pool is closed.", None), ("Is the pool open yesterday?", None), ("When does the pool close today?", None),
    ("The water is cold.", None), ("The water is very deep for the kids.", None), ("The pool are heated.", None),
    ("Does she needs a swimming cap?", None), ("She need a swimming cap.", None),
    ("Is there a indoor pool at the hotel?", None), ("Does the hotel have a pool?", None),
    ("Is there a pool here?", None), ("Is there a lifeguards?", None), ("I must to wear a swimming cap.", None),
    ("Is there a lifeguard at the pool today?", None), ("Is the pool crowded?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
