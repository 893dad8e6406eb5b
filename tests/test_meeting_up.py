"""Arranging to meet: where, what time or when we shall meet, let's meet, who will meet whom there, see you there,
still meeting, where someone is now, both ways (mt/meeting_up.py)."""
import pytest

from mt.meeting_up import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Where do you get together?", "Now we meet?", "How many hours do we meet?", "Tonight, where do we meet?"
    ("Gặp nhau ở đâu?", "Where shall we meet?"),
    ("Chúng ta gặp nhau ở đâu?", "Where shall we meet?"),
    ("Chúng ta sẽ gặp nhau ở đâu?", "Where shall we meet?"),
    ("Chúng ta nên gặp nhau ở đâu?", "Where should we meet?"),
    ("Tối nay chúng ta gặp nhau ở đâu?", "Where shall we meet tonight?"),
    ("Mấy giờ chúng ta gặp nhau?", "What time shall we meet?"),
    ("Chúng ta gặp nhau lúc mấy giờ?", "What time shall we meet?"),
    ("Chúng ta hẹn gặp nhau lúc mấy giờ?", "What time shall we meet?"),
    ("Mình gặp nhau lúc mấy giờ?", "What time shall we meet?"),
    ("Mấy giờ chúng ta gặp nhau ở nhà ga?", "What time shall we meet at the station?"),
    ("Khi nào chúng ta gặp nhau?", "When shall we meet?"),
    ("Bạn muốn gặp ở đâu?", "Where do you want to meet?"),
    ("Khi nào mẹ tôi muốn gặp?", "When does my mother want to meet?"),
    # v8: "Let's met at the coffee shop at 7:00.", "Let's meet in front of the show."
    ("Chúng ta gặp nhau ở quán cà phê lúc bảy giờ nhé.", "Let's meet at the café at 7 o'clock."),
    ("Gặp nhau ở quán cà phê lúc 7 giờ nhé.", "Let's meet at the café at 7 o'clock."),
    ("Chúng ta gặp nhau trước rạp chiếu phim nhé.", "Let's meet in front of the cinema."),
    ("Gặp nhau trước cổng trường lúc 5 giờ chiều nhé.", "Let's meet in front of the school gate at 5 p.m."),
    ("Gặp nhau ở chỗ cũ nhé!", "Let's meet at the usual place!"),
    ("Mình gặp nhau ở nhà tôi đi.", "Let's meet at my place."),
    ("Ngày mai chúng ta gặp nhau ở nhà ga lúc 8 giờ sáng nhé.", "Let's meet at the station at 8 a.m. tomorrow."),
    ("Chúng ta gặp nhau vào thứ bảy nhé.", "Let's meet on Saturday."),
    ("Chúng ta gặp nhau ở nhà ga nhé?", "Shall we meet at the station?"),
    ("Chúng ta gặp nhau lúc 6 giờ được không?", "Can we meet at 6 o'clock?"),
    ("Chúng ta sẽ gặp nhau ở quán cà phê lúc bảy giờ.", "We'll meet at the café at 7 o'clock."),
    ("Tôi sẽ gặp bạn ở sân bay lúc 6 giờ.", "I'll meet you at the airport at 6 o'clock."),
    ("Anh ấy sẽ gặp chúng ta ở nhà hàng.", "He'll meet us at the restaurant."),
    ("Ngày mai tôi sẽ gặp bạn ở thư viện.", "I'll meet you at the library tomorrow."),
    ("Bạn có thể gặp tôi ở nhà ga không?", "Can you meet me at the station?"),
    ("Hẹn gặp lại bạn ở đó.", "See you there."),
    ("Hẹn gặp lại mọi người lúc 7 giờ tối.", "See you all at 7 p.m."),
    ("Hẹn gặp bạn ở nhà ga nhé.", "See you at the station."),
    # v8: "Tomorrow, we still meet?", "We still meet tomorrow?", "Do we meet tomorrow?", "Where's you're now?"
    ("Ngày mai chúng ta vẫn gặp nhau chứ?", "Are we still meeting tomorrow?"),
    ("Chúng ta vẫn gặp nhau vào ngày mai chứ?", "Are we still meeting tomorrow?"),
    ("Tối nay mình vẫn gặp nhau chứ?", "Are we still meeting tonight?"),
    ("Chúng ta có gặp nhau vào ngày mai không?", "Are we meeting tomorrow?"),
    ("Bây giờ bạn đang ở đâu?", "Where are you now?"),
    ("Giờ mẹ tôi ở đâu?", "Where is my mother now?"),
    # not: past or recalling (met, or meeting?), "khi nào" last (when did we), a day behind, "gặp nhau" said without
    # "sẽ" or "nhé", nothing after "nhé", a place by name (at or in?), a place not known, "anh" saying it (may be the
    # speaker), whom not said, "See you" with a day alone (the phrasebook's), "có" without a day, on one's way
    # (mt/at_the_moment.py's)
    ("Chúng ta đã gặp nhau ở đâu?", None), ("Chúng ta gặp nhau ở đâu nhỉ?", None), ("Chúng ta gặp nhau khi nào?", None),
    ("Hôm qua chúng ta gặp nhau ở đâu?", None), ("Chúng ta gặp nhau ở quán cà phê.", None),
    ("Chúng ta gặp nhau nhé.", None), ("Chúng ta gặp nhau ở Đà Lạt nhé.", None), ("Gặp nhau ở nhà nhé.", None),
    ("Anh sẽ gặp em ở đó.", None), ("Tôi sẽ gặp bạn.", None), ("Tôi gặp bạn ở nhà ga.", None),
    ("Hẹn gặp bạn ngày mai.", None), ("Chúng ta có gặp nhau không?", None), ("Tôi đang trên đường đến.", None),
    ("Họ gặp nhau ở đâu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta sẽ gặp gì?" (meet what), "Chúng ta nên gặp gì?", "Chúng tôi họp vào thời gian nào?" (a meeting)
    ("What time shall we meet?", "Chúng ta sẽ gặp nhau lúc mấy giờ?"),
    ("What time should we meet?", "Chúng ta nên gặp nhau lúc mấy giờ?"),
    ("What time are we meeting?", "Chúng ta sẽ gặp nhau lúc mấy giờ?"),
    ("Where are we meeting?", "Chúng ta sẽ gặp nhau ở đâu?"),
    ("Where should we meet?", "Chúng ta nên gặp nhau ở đâu?"),
    ("Where shall we meet tomorrow?", "Ngày mai chúng ta sẽ gặp nhau ở đâu?"),
    ("When shall we meet?", "Khi nào chúng ta gặp nhau?"),
    ("What time shall we meet at the station?", "Chúng ta sẽ gặp nhau ở nhà ga lúc mấy giờ?"),
    ("Where do you want to meet?", "Bạn muốn gặp ở đâu?"),
    ("What time would you like to meet?", "Bạn muốn gặp lúc mấy giờ?"),
    ("When does she want to meet?", "Khi nào cô ấy muốn gặp?"),
    # v8: "Chúng ta gặp nhau tại quán cà phê 7.", "… bên ngoài hồ sơ." (a file), "Chúng ta gặp nhau ngày mai ở bảy."
    ("Let's meet at the café at seven.", "Chúng ta gặp nhau ở quán cà phê lúc 7 giờ nhé."),
    ("Let's meet at the cafe at 7.", "Chúng ta gặp nhau ở quán cà phê lúc 7 giờ nhé."),
    ("Let's meet outside the cinema.", "Chúng ta gặp nhau bên ngoài rạp chiếu phim nhé."),
    ("Let's meet in front of the school gate.", "Chúng ta gặp nhau trước cổng trường nhé."),
    ("Let's meet tomorrow at seven.", "Ngày mai chúng ta gặp nhau lúc 7 giờ nhé."),
    ("Let's meet at seven o'clock.", "Chúng ta gặp nhau lúc 7 giờ nhé."),
    ("Let's meet at 7 p.m.", "Chúng ta gặp nhau lúc 7 giờ tối nhé."),
    ("Let's meet at my place!", "Chúng ta gặp nhau ở nhà tôi nhé!"),
    ("Let's meet there at eight tonight.", "Tối nay chúng ta gặp nhau ở đó lúc 8 giờ nhé."),
    ("Let's meet up at the usual place.", "Chúng ta gặp nhau ở chỗ cũ nhé."),
    ("Let's meet at the park on Saturday.", "Chúng ta gặp nhau ở công viên vào thứ Bảy nhé."),
    # v8: "Bọn chúng tôi gặp ở trạm tàu?", "Tôi sẽ gặp bạn ở sân bay 6."
    ("Shall we meet at the station?", "Chúng ta gặp nhau ở nhà ga nhé?"),
    ("Can we meet at seven?", "Chúng ta gặp nhau lúc 7 giờ được không?"),
    ("Should we meet at the library?", "Chúng ta có nên gặp nhau ở thư viện không?"),
    ("I'll meet you at the airport at six.", "Tôi sẽ gặp bạn ở sân bay lúc 6 giờ."),
    ("My mother will meet you at the station.", "Mẹ tôi sẽ gặp bạn ở nhà ga."),
    ("Could you meet me at half past seven?", "Bạn có thể gặp tôi lúc 7 giờ rưỡi không?"),
    ("We'll meet you at the hotel tomorrow.", "Ngày mai chúng tôi sẽ gặp bạn ở khách sạn."),
    # v8: "Hẹn gặp bạn tại trạm.", "Hẹn gặp bạn vào bảy.", "Có phải chúng tôi vẫn đang họp ngày mai không?"
    ("See you at the station.", "Hẹn gặp bạn ở nhà ga."),
    ("See you at seven.", "Hẹn gặp bạn lúc 7 giờ."),
    ("See you there!", "Hẹn gặp bạn ở đó!"),
    ("See you all at the café at 8.", "Hẹn gặp mọi người ở quán cà phê lúc 8 giờ."),
    ("Are we still meeting tomorrow?", "Ngày mai chúng ta vẫn gặp nhau chứ?"),
    ("Are we still on for tonight?", "Tối nay chúng ta vẫn gặp nhau chứ?"),
    ("Are we meeting tomorrow?", "Ngày mai chúng ta có gặp nhau không?"),
    ("Are we still meeting at the café at seven?", "Chúng ta vẫn gặp nhau ở quán cà phê lúc 7 giờ chứ?"),
    # not: a place with where, "does" or "would … want" not agreeing, a place without "the", nothing after "meet", a
    # day behind, "again", "we" alone said (the listener in or out?), whom not said or oneself, "See you" with a day
    # alone (the phrasebook's), "meeting" without a day or "still", past
    ("Where shall we meet at the station?", None), ("Where does you want to meet?", None),
    ("Where would you want to meet?", None), ("Let's meet at station.", None), ("Let's meet.", None),
    ("Let's meet yesterday.", None), ("When shall we meet again?", None), ("We'll meet at the café.", None),
    ("I'll meet you.", None), ("I will meet me there.", None), ("See you tomorrow.", None), ("Are we meeting?", None),
    ("Where did we meet?", None), ("I met you at the station.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Gặp nhau ở đâu?", "en", "vi") is None
    assert translate("Where shall we meet?", "vi", "en") is None
    assert translate("Where shall we meet?", "en", "fr") is None
