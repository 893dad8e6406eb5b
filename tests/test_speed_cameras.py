"""Traffic fines by camera ("phạt nguội"): fined, the notice received, caught by a camera, checking for camera fines,
both ways (mt/speed_cameras.py)."""
import pytest

from mt.speed_cameras import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was punished for crossing the red light.", "My father was stupid because of running too speed.", "Last
    # week, land punishment over the red light.", "Are you ever punished?", "I'm never punished."
    ("Tôi bị phạt nguội vì vượt đèn đỏ.", "I got a camera fine for running a red light."),
    ("Bố tôi bị phạt nguội vì chạy quá tốc độ.", "My father got a camera fine for speeding."),
    ("Anh ấy bị phạt nguội lỗi vượt đèn đỏ.", "He got a camera fine for running a red light."),
    ("Cô ấy bị phạt nguội vì lỗi đi sai làn.", "She got a camera fine for driving in the wrong lane."),
    ("Chúng tôi bị phạt nguội.", "We got a camera fine."),
    ("Tuần trước Lan bị phạt nguội vì chạy quá tốc độ.", "Lan got a camera fine for speeding last week."),
    ("Mẹ tôi bị phạt nguội hôm qua.", "My mother got a camera fine yesterday."),
    ("Bố tôi vừa bị phạt nguội vì vượt đèn đỏ.", "My father has just got a camera fine for running a red light."),
    ("Bạn đã bao giờ bị phạt nguội chưa?", "Have you ever had a camera fine?"),
    ("Bố bạn đã từng bị phạt nguội chưa?", "Has your father ever had a camera fine?"),
    ("Tôi chưa bao giờ bị phạt nguội.", "I've never had a camera fine."),
    ("Anh ấy chưa bao giờ bị phạt nguội lần nào.", "He has never had a camera fine."),
    ("Tôi từng bị phạt nguội vì chạy quá tốc độ.", "I've had a camera fine for speeding before."),
    ("Bạn sẽ bị phạt nguội.", "You will get a camera fine."),
    ("Bạn có thể bị phạt nguội vì vượt đèn đỏ.", "You may get a camera fine for running a red light."),
    ("Tôi bị camera phạt nguội vì vượt đèn đỏ.", "I got a camera fine for running a red light."),
    # v8: "I was getting a camera running too speed.", "He was getting a camera that failed to get the red light."
    ("Tôi bị camera bắt lỗi chạy quá tốc độ.", "I was caught by a speed camera."),
    ("Anh ấy bị camera bắt lỗi vượt đèn đỏ.", "He was caught by a red-light camera."),
    ("Chị ấy vừa bị camera bắt lỗi chạy quá tốc độ.", "She has just been caught by a speed camera."),
    ("Bố tôi bị camera bắt lỗi đi sai làn.", "My father was caught on camera driving in the wrong lane."),
    ("Họ bị camera giao thông bắt lỗi.", "They were caught by a traffic camera."),
    ("Bạn đã bao giờ bị camera bắt lỗi chưa?", "Have you ever been caught by a traffic camera?"),
    ("Hôm qua Minh bị camera tốc độ bắt lỗi.", "Minh was caught by a speed camera yesterday."),
    # v8: "I've received a foolish paper.", "My mother received a stupid report.", "Have you got a foolish paper yet?"
    ("Tôi vừa nhận được giấy phạt nguội.", "I've just received a camera fine notice."),
    ("Mẹ tôi nhận được thông báo phạt nguội.", "My mother received a camera fine notice."),
    ("Tôi nhận được giấy phạt nguội vì chạy quá tốc độ.", "I received a camera fine notice for speeding."),
    ("Bố tôi vừa nhận được giấy phạt nguội lỗi vượt đèn đỏ.",
     "My father has just received a camera fine notice for running a red light."),
    ("Hôm qua chúng tôi nhận được giấy phạt nguội qua đường bưu điện.",
     "We received a camera fine notice in the post yesterday."),
    ("Tôi đã nhận được thông báo phạt nguội rồi.", "I've received a camera fine notice."),
    ("Tôi chưa nhận được giấy phạt nguội.", "I haven't received a camera fine notice yet."),
    ("Bạn đã nhận được giấy phạt nguội chưa?", "Have you received a camera fine notice?"),
    # v8: "Have you given a cooling penalty yet?", "You should have a foolish rescue.", "We have given a cool
    # rescue.", "How do you get relief?"
    ("Bạn đã tra cứu phạt nguội chưa?", "Have you checked for camera fines?"),
    ("Bạn tra cứu phạt nguội chưa?", "Have you checked for camera fines?"),
    ("Tôi đã tra cứu phạt nguội rồi.", "I've checked for camera fines."),
    ("Tôi đã tra cứu phạt nguội.", "I checked for camera fines."),
    ("Chúng tôi vừa tra cứu phạt nguội.", "We've just checked for camera fines."),
    ("Hôm qua bố tôi tra cứu phạt nguội trên mạng.", "My father checked for camera fines online yesterday."),
    ("Tôi chưa tra cứu phạt nguội.", "I haven't checked for camera fines yet."),
    ("Bạn nên tra cứu phạt nguội.", "You should check for camera fines."),
    ("Anh ấy cần kiểm tra phạt nguội.", "He needs to check for camera fines."),
    ("Mẹ tôi muốn tra cứu phạt nguội.", "My mother wants to check for camera fines."),
    ("Tôi sẽ tra cứu phạt nguội.", "I will check for camera fines."),
    ("Tôi có cần tra cứu phạt nguội không?", "Do I need to check for camera fines?"),
    ("Tôi có nên tra cứu phạt nguội không?", "Should I check for camera fines?"),
    ("Làm sao để tra cứu phạt nguội?", "How do you check for camera fines?"),
    ("Tra cứu phạt nguội ở đâu?", "Where can you check for camera fines?"),
    # not: "có … không?" fined (did, or will?), "rồi" fined, "chưa?" with no "bao giờ" (yet, or ever?), a plain or
    # "đang" check, a vehicle as who (car or motorbike?), a sum, paying, "anh" alone saying it, a pet, "vậy", a "?" on
    # a statement or with no "chưa", "I" asking what they did, a day ahead, "vừa" with a day, a camera's snap, another
    # camera, a speed camera catching a red light, fines by the police (mt/fines.py), no "vì"/"lỗi" before the reason
    ("Bạn có bị phạt nguội không?", None), ("Tôi bị phạt nguội rồi.", None), ("Bạn bị phạt nguội chưa?", None),
    ("Tôi tra cứu phạt nguội.", None), ("Chúng tôi đang tra cứu phạt nguội.", None), ("Xe tôi bị phạt nguội.", None),
    ("Tôi bị phạt nguội 2 triệu đồng.", None), ("Tôi phải nộp phạt nguội.", None),
    ("Anh bị phạt nguội vì vượt đèn đỏ.", None), ("Con chó của tôi bị phạt nguội.", None),
    ("Tôi bị phạt nguội vậy.", None), ("Tôi bị phạt nguội vì vượt đèn đỏ?", None),
    ("Tôi nhận được giấy phạt nguội?", None), ("Bạn từng bị phạt nguội?", None),
    ("Tôi đã bao giờ bị phạt nguội chưa?", None), ("Tôi đã tra cứu phạt nguội chưa?", None),
    ("Ngày mai tôi bị phạt nguội.", None), ("Bố tôi vừa bị phạt nguội hôm qua.", None),
    ("Tôi bị camera chụp.", None), ("Tôi mua một cái camera mới.", None),
    ("Anh ấy bị camera tốc độ bắt lỗi vượt đèn đỏ.", None), ("Tôi bị phạt vì vượt đèn đỏ.", None),
    ("Bạn có nhận được giấy phạt nguội không?", None), ("Tôi bị phạt nguội nhỉ.", None),
    ("Tôi bị phạt nguội vượt đèn đỏ.", None), ("Phạt nguội phạt nguội.", None),
    # a plain check today or this morning (did, is doing, or will?: "Hôm nay tôi đi Hà Nội." is a plan); with "đã" said
    ("Hôm nay tôi tra cứu phạt nguội.", None), ("Sáng nay tôi tra cứu phạt nguội.", None),
    ("Tôi tra cứu phạt nguội hôm nay.", None),
    ("Hôm nay tôi đã tra cứu phạt nguội.", "I checked for camera fines today."),
    ("I got a camera fine for running a red light.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có máy ảnh tốt đẹp để chạy đèn đỏ.", "Cha tôi có máy ảnh tốt để tốc độ nhanh chóng.", "Bạn có đẹp máy
    # ảnh không?", "Tôi chưa bao giờ có máy ảnh tốt."
    ("I got a camera fine for running a red light.", "Tôi bị phạt nguội vì vượt đèn đỏ."),
    ("My father got a camera fine for speeding.", "Bố tôi bị phạt nguội vì chạy quá tốc độ."),
    ("She got a camera fine last week.", "Tuần trước cô ấy bị phạt nguội."),
    ("Lan got a camera fine for driving in the wrong lane yesterday.", "Hôm qua Lan bị phạt nguội vì đi sai làn."),
    ("We've just got a camera fine.", "Chúng tôi vừa bị phạt nguội."),
    ("He has just got a camera fine for going through a red light.", "Anh ấy vừa bị phạt nguội vì vượt đèn đỏ."),
    ("Have you ever had a camera fine?", "Bạn đã bao giờ bị phạt nguội chưa?"),
    ("Has your mother ever had a camera fine?", "Mẹ bạn đã bao giờ bị phạt nguội chưa?"),
    ("I've never had a camera fine.", "Tôi chưa bao giờ bị phạt nguội."),
    ("My father has had a camera fine before.", "Bố tôi từng bị phạt nguội."),
    ("Did you get a camera fine?", "Bạn có bị phạt nguội không?"),
    ("I didn't get a camera fine.", "Tôi không bị phạt nguội."),
    ("You'll get a camera fine.", "Bạn sẽ bị phạt nguội."),
    # v8: "Tôi bị bắt bởi máy ảnh tốc độ.", "Cô ấy bị bắt bởi một máy ảnh màu đỏ.", "Anh ấy vừa bị bắt bởi máy ảnh tốc
    # độ."
    ("I was caught by a speed camera.", "Tôi bị camera bắt lỗi chạy quá tốc độ."),
    ("She was caught by a red-light camera.", "Cô ấy bị camera bắt lỗi vượt đèn đỏ."),
    ("We were caught by a traffic camera.", "Chúng tôi bị camera bắt lỗi."),
    ("He got caught speeding by a speed camera.", "Anh ấy bị camera bắt lỗi chạy quá tốc độ."),
    ("My brother was caught running a red light by a traffic camera.", "Anh trai tôi bị camera bắt lỗi vượt đèn đỏ."),
    ("He has just been caught by a speed camera.", "Anh ấy vừa bị camera bắt lỗi chạy quá tốc độ."),
    ("Have you ever been caught by a speed camera?", "Bạn đã bao giờ bị camera bắt lỗi chạy quá tốc độ chưa?"),
    ("I've never been caught by a red light camera.", "Tôi chưa bao giờ bị camera bắt lỗi vượt đèn đỏ."),
    ("Were you caught by a speed camera?", "Bạn có bị camera bắt lỗi chạy quá tốc độ không?"),
    ("I wasn't caught by a speed camera.", "Tôi không bị camera bắt lỗi chạy quá tốc độ."),
    # v8: "Tôi vừa nhận được một chú ý tốt về máy ảnh.", "Tôi có một tốc độ tốt trong bài viết.", "Bạn đã nhận được
    # một chú ý tốt về máy ảnh chưa?"
    ("I've just received a camera fine notice.", "Tôi vừa nhận được giấy phạt nguội."),
    ("I got a speeding fine in the post.", "Tôi nhận được giấy phạt nguội vì chạy quá tốc độ."),
    ("My mother got a red-light fine in the post.", "Mẹ tôi nhận được giấy phạt nguội vì vượt đèn đỏ."),
    ("I received a camera fine notice for speeding.", "Tôi nhận được giấy phạt nguội vì chạy quá tốc độ."),
    ("We received a camera fine notice in the post yesterday.",
     "Hôm qua chúng tôi nhận được giấy phạt nguội qua đường bưu điện."),
    ("He got a camera fine in the post.", "Anh ấy nhận được giấy phạt nguội qua đường bưu điện."),
    ("Have you received a camera fine notice yet?", "Bạn đã nhận được giấy phạt nguội chưa?"),
    ("I haven't received the camera fine notice yet.", "Tôi chưa nhận được giấy phạt nguội."),
    ("My father has received a camera fine notice.", "Bố tôi đã nhận được giấy phạt nguội rồi."),
    # v8: "Bạn đã kiểm tra tốt cho máy ảnh chưa?", "Bạn nên kiểm tra tốt cho máy ảnh.", "Chúng tôi vừa kiểm tra tốt
    # máy ảnh.", "Tôi kiểm tra tốt máy ảnh như thế nào?"
    ("Have you checked for camera fines?", "Bạn đã tra cứu phạt nguội chưa?"),
    ("Have you checked for camera fines yet?", "Bạn đã tra cứu phạt nguội chưa?"),
    ("I've already checked for camera fines.", "Tôi đã tra cứu phạt nguội rồi."),
    ("We've just checked for camera fines.", "Chúng tôi vừa tra cứu phạt nguội."),
    ("I checked for camera fines yesterday.", "Hôm qua tôi tra cứu phạt nguội."),
    # (today's check past with "đã": "Hôm nay tôi tra cứu phạt nguội." may be a plan)
    ("I checked for camera fines today.", "Hôm nay tôi đã tra cứu phạt nguội."),
    ("I checked for camera fines this morning.", "Sáng nay tôi đã tra cứu phạt nguội."),
    ("I haven't checked for camera fines yet.", "Tôi chưa tra cứu phạt nguội."),
    ("You should check for camera fines.", "Bạn nên tra cứu phạt nguội."),
    ("She needs to check for camera fines.", "Cô ấy cần tra cứu phạt nguội."),
    ("I have to check for camera fines online.", "Tôi phải tra cứu phạt nguội trên mạng."),
    ("My mother wants to check for camera fines.", "Mẹ tôi muốn tra cứu phạt nguội."),
    ("Do I need to check for camera fines?", "Tôi có cần tra cứu phạt nguội không?"),
    ("Should I check for camera fines?", "Tôi có nên tra cứu phạt nguội không?"),
    ("How do I check for camera fines?", "Làm sao để tra cứu phạt nguội?"),
    ("Where can I check for camera fines?", "Tra cứu phạt nguội ở đâu?"),
    # not: a speeding fine not in the post, or a fine of no reason in it (a parking or library fine?), a camera alone
    # (a shop's?), a speed camera catching a red light, the verb not agreeing, a pet, "I've got" (had, or got?), a
    # habit, "ever … before", a question without "?" (or "?" without one), two reasons, a day with the perfect or
    # ahead, the other way's language
    ("I got a speeding fine.", None), ("I got a fine in the post.", None), ("I was caught by a camera.", None),
    ("He was caught running a red light by a speed camera.", None), ("She have had a camera fine before.", None),
    ("He were caught by a speed camera.", None), ("He have just got a camera fine.", None),
    ("My dog got a camera fine.", None), ("My cat was caught by a speed camera.", None),
    ("I've got a camera fine.", None), ("I check for camera fines.", None), ("I bought a new camera.", None),
    ("The camera is fine.", None), ("Have you ever had a camera fine before?", None),
    ("Did you get a camera fine.", None), ("You got a camera fine?", None),
    ("I got a speeding fine in the post for running a red light.", None),
    ("We have checked for camera fines yesterday.", None), ("I'll check for camera fines tomorrow.", None),
    ("How does she check for camera fines?", None), ("Tôi bị phạt nguội.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
