"""Time on phones: too much time on one's phone, always on it, addicted to it, told to put it away, the time a child
is let have on it, and how long one spends on it a day, both ways (mt/screen_time.py)."""
import pytest

from mt.screen_time import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child watched too much phone.", "We watched so much phone.", "You see a lot of phone."
    ("Con tôi xem điện thoại quá nhiều.", "My child spends too much time on their phone."),  # ("the phone": calls)
    ("Lan xem điện thoại quá nhiều.", None),
    ("Bọn trẻ nhà tôi xem điện thoại quá nhiều.", "My kids spend too much time on their phones."),
    ("Bọn trẻ xem điện thoại quá nhiều.", "The kids spend too much time on their phones."),
    ("Bạn xem điện thoại nhiều quá.", "You spend too much time on your phone."),
    ("Tôi dùng điện thoại quá nhiều.", "I spend too much time on my phone."),
    ("Con gái tôi dành quá nhiều thời gian cho điện thoại.", "My daughter spends too much time on her phone."),
    ("Chúng tôi dành quá nhiều thời gian cho điện thoại.", "We spend too much time on our phones."),
    ("Bạn có xem điện thoại quá nhiều không?", "Do you spend too much time on your phone?"),
    ("Anh ấy không dùng điện thoại nhiều.", "He doesn't spend much time on his phone."),
    ("Bọn trẻ nhà tôi không xem điện thoại nhiều.", "My kids don't spend much time on their phones."),
    # v8: "He always plugged into the phone.", "He patched the eye on the phone.", "She took the phone all day.",
    # "I held my phone all day."
    ("Anh ấy lúc nào cũng cắm mặt vào điện thoại.", "He's always glued to his phone."),
    ("Anh ấy suốt ngày dán mắt vào điện thoại.", "He's glued to his phone all day."),
    ("Cô ấy cầm điện thoại suốt ngày.", "She's on her phone all day."),
    ("Bố tôi cứ cầm điện thoại suốt ngày.", "My father is on his phone all day."),
    ("Mẹ tôi xem điện thoại suốt ngày.", "My mother is on her phone all day."),
    ("Con tôi xem điện thoại suốt ngày.", "My child is on their phone all day."),
    ("Họ dán mắt vào điện thoại cả ngày.", "They're glued to their phones all day."),
    ("Bác Hùng luôn dán mắt vào điện thoại.", "Uncle Hung is always glued to his phone."),
    # v8: "My son adds the phone.", "Do you add phone addiction?"
    ("Con trai tôi nghiện điện thoại.", "My son is addicted to his phone."),
    ("Em trai tôi nghiện điện thoại rồi.", "My younger brother is addicted to his phone."),
    ("Bạn có nghiện điện thoại không?", "Are you addicted to your phone?"),
    ("Em có nghiện điện thoại không?", "Are you addicted to your phone?"),
    ("Tôi không nghiện điện thoại.", "I'm not addicted to my phone."),
    ("Anh ấy không nghiện điện thoại.", "He isn't addicted to his phone."),
    # v8: "The phone is gone!", "Removes the phone down.", "Don't see the phone anymore."
    ("Cất điện thoại đi!", "Put your phone away!"),
    ("Các con cất điện thoại đi.", "Put your phones away."),
    ("Con bỏ điện thoại xuống đi!", "Put your phone down!"),
    ("Đừng xem điện thoại nữa.", "Stop looking at your phone."),
    ("Đừng nghịch điện thoại nữa nhé.", "Stop playing on your phone."),
    # v8: "I give your child an hour every day.", "I don't let your child see the phone.", "I limit my time using my
    # son's phone every day."
    ("Tôi cho con xem điện thoại một tiếng mỗi ngày.", "I let my child use the phone for an hour a day."),
    ("Tôi chỉ cho con dùng điện thoại 30 phút mỗi ngày.", "I only let my child use the phone for 30 minutes a day."),
    ("Chúng tôi cho bọn trẻ xem điện thoại một tiếng mỗi ngày.", "We let the kids use the phone for an hour a day."),
    ("Tôi không cho con xem điện thoại.", "I don't let my child use the phone."),
    ("Tôi giới hạn thời gian dùng điện thoại của con trai tôi một tiếng mỗi ngày.",
     "I limit my son's screen time to an hour a day."),
    # v8: "How long do you use the phone every day?"
    ("Mỗi ngày bạn dùng điện thoại bao lâu?", "How long do you spend on your phone each day?"),
    ("Mỗi ngày con trai tôi dùng điện thoại bao lâu?", "How long does my son spend on his phone each day?"),
    ("Bạn dành bao nhiêu thời gian cho điện thoại mỗi ngày?", "How much time do you spend on your phone each day?"),
    ("Tôi dùng điện thoại ba tiếng mỗi ngày.", "I spend three hours a day on my phone."),
    ("Mỗi ngày tôi dùng điện thoại khoảng hai tiếng.", "I spend about two hours a day on my phone."),
    # not: "anh" alone said (the speaker?), a day said (done then?), "đang" (mt/doing_now.py), "luôn cầm" (always has
    # it on them), on the phone by name (calls), letting with no span (showing it?), a pronoun let (show me), "con"
    # of "mẹ" (a child asking), a span of days, a tablet, asked with "có" but no "không", another topic
    ("Anh xem điện thoại nhiều quá.", None), ("Anh nghiện điện thoại.", None),
    ("Hôm qua tôi xem điện thoại cả ngày.", None), ("Tôi đang xem điện thoại.", None),
    ("Tôi luôn cầm điện thoại.", None), ("Lan suốt ngày cầm điện thoại.", None),
    ("Tôi cho con xem điện thoại.", None), ("Cho tôi xem điện thoại của bạn.", None),
    ("Mẹ cho con xem điện thoại một tiếng mỗi ngày nhé.", None),
    ("Tôi cho con xem điện thoại hai ngày mỗi ngày.", None), ("Con tôi dùng máy tính bảng quá nhiều.", None),
    ("Bạn có nghiện điện thoại.", None), ("Ăn cơm thì cất điện thoại đi.", None),
    ("Điện thoại tôi hết pin rồi.", None), ("Tôi xem ti vi quá nhiều.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta luôn trên điện thoại.", "Cô ấy rất vui mừng khi cô ấy điện thoại.", "Con tôi dành quá nhiều thời
    # gian trên màn hình." (screens: "xem điện thoại" is what people say)
    ("My kids spend too much time on screens.", "Bọn trẻ nhà tôi xem điện thoại quá nhiều."),
    ("My kids spend too much time on their phones.", "Bọn trẻ nhà tôi xem điện thoại quá nhiều."),
    ("He spends too much time on his phone.", "Anh ấy xem điện thoại quá nhiều."),
    ("Do you spend a lot of time on your phone?", "Bạn có xem điện thoại nhiều không?"),
    ("Does she spend too much time on her phone?", "Cô ấy có xem điện thoại quá nhiều không?"),
    ("My father doesn't spend much time on his phone.", "Bố tôi không xem điện thoại nhiều."),
    ("He's always on his phone.", "Anh ấy lúc nào cũng dán mắt vào điện thoại."),
    ("My daughter is always on her phone.", "Con gái tôi lúc nào cũng dán mắt vào điện thoại."),
    ("They're on their phones all day.", "Họ dán mắt vào điện thoại suốt ngày."),
    ("She looks at her phone all day.", "Cô ấy xem điện thoại suốt ngày."),
    ("She's glued to her phone.", "Cô ấy lúc nào cũng dán mắt vào điện thoại."),
    ("He is always looking at his phone.", "Anh ấy lúc nào cũng xem điện thoại."),
    ("Lan is always on her phone.", "Lan lúc nào cũng dán mắt vào điện thoại."),
    # v8: "Con trai tôi bị nghiện điện thoại của anh ấy.", "Bạn có muốn điện thoại của mình không?"
    ("My son is addicted to his phone.", "Con trai tôi nghiện điện thoại."),
    ("Are you addicted to your phone?", "Bạn có nghiện điện thoại không?"),
    ("Is he addicted to his phone?", "Anh ấy có nghiện điện thoại không?"),
    ("I'm not addicted to my phone.", "Tôi không nghiện điện thoại."),
    # v8: "Đặt điện thoại của bạn đi vắng!", "Hãy tắt điện thoại của bạn!" (switch it off)
    ("Put your phone away!", "Cất điện thoại đi!"),
    ("Please put your phone away.", "Cất điện thoại đi nhé."),
    ("Put down your phone.", "Bỏ điện thoại xuống đi."),
    ("Get off your phone!", "Đừng dùng điện thoại nữa!"),
    ("Stop looking at your phone.", "Đừng xem điện thoại nữa."),
    # v8: "Tôi giới hạn thời gian màn hình của con trai tôi đến một tiếng đồng hồ một ngày."
    ("I limit my son's screen time to an hour a day.", "Tôi chỉ cho con trai tôi xem điện thoại một tiếng mỗi ngày."),
    ("I limit my kids' screen time to an hour a day.",
     "Tôi chỉ cho bọn trẻ nhà tôi xem điện thoại một tiếng mỗi ngày."),
    ("I let my kids use the phone for an hour a day.", "Tôi cho bọn trẻ nhà tôi dùng điện thoại một tiếng mỗi ngày."),
    ("We let the kids use the phone for half an hour a day.",
     "Chúng tôi cho bọn trẻ dùng điện thoại nửa tiếng mỗi ngày."),
    ("I don't let my daughter use the phone.", "Tôi không cho con gái tôi dùng điện thoại."),
    # v8: "Bạn dành bao lâu điện thoại của mình mỗi ngày?", "Con trai của tôi tiêu 3 tiếng đồng hồ …" (spends money)
    ("How long do you spend on your phone each day?", "Mỗi ngày bạn dùng điện thoại bao lâu?"),
    ("How much time do you spend on your phone every day?",
     "Mỗi ngày bạn dành bao nhiêu thời gian cho điện thoại?"),
    ("My son spends three hours a day on his phone.", "Con trai tôi dùng điện thoại ba tiếng mỗi ngày."),
    ("I spend about two hours a day on my phone.", "Tôi dùng điện thoại khoảng hai tiếng mỗi ngày."),
    # not: "spend", "look", "are", "does", "let" that do not agree with who; another's phone; "on the phone" and
    # "Get off the phone." (a call); "Put the phone down." (hung up?); a pronoun let; "a day" said twice or not at all
    ("He spend too much time on his phone.", None), ("She look at her phone all day.", None),
    ("He are addicted to his phone.", None), ("How long does you spend on your phone every day?", None),
    ("He let his son use the phone for an hour a day.", None), ("He's always on her phone.", None),
    ("He's always on the phone.", None), ("Get off the phone.", None), ("Put the phone down.", None),
    ("I let you use the phone for an hour a day.", None), ("He is looking at his phone.", None),
    ("I spend two hours a day on my phone every day.", None), ("I spend two hours on my phone.", None),
    ("My phone is about to die.", None), ("I watch too much TV.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
