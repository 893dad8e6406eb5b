"""Time differences between places, and jet lag, both ways (mt/time_zones.py)."""
import pytest

from mt.time_zones import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Vietnam has been slower than Japan two hours.", "Hanoi is faster than seven hours in London."
    ("Việt Nam chậm hơn Nhật Bản hai tiếng.", "Vietnam is two hours behind Japan."),
    ("Hà Nội nhanh hơn London bảy tiếng.", "Hanoi is seven hours ahead of London."),
    ("London chậm hơn Hà Nội bảy tiếng.", "London is seven hours behind Hanoi."),
    ("Giờ Việt Nam chậm hơn giờ Nhật Bản hai tiếng.", "Vietnam is two hours behind Japan."),
    ("Anh chậm hơn Việt Nam bảy tiếng.", "The UK is seven hours behind Vietnam."),
    ("Việt Nam sớm hơn Anh 7 tiếng.", "Vietnam is 7 hours ahead of the UK."),
    ("Việt Nam chậm hơn Nhật Bản một tiếng.", "Vietnam is an hour behind Japan."),
    ("Ấn Độ chậm hơn Việt Nam một tiếng rưỡi.", "India is an hour and a half behind Vietnam."),
    # v8: "Has Hanoi faster than Paris?"
    ("Hà Nội nhanh hơn Paris mấy tiếng?", "How many hours ahead of Paris is Hanoi?"),
    ("Hà Nội có nhanh hơn Paris sáu tiếng không?", "Is Hanoi six hours ahead of Paris?"),
    # v8: "How many time zone differences?", "What languages do Hanoi and Paris differ?"
    ("Chênh lệch múi giờ là bao nhiêu?", "What's the time difference?"),
    ("Chênh lệch múi giờ là bảy tiếng.", "The time difference is seven hours."),
    ("Hà Nội và Paris chênh nhau mấy tiếng?", "What's the time difference between Hanoi and Paris?"),
    ("Hà Nội và Paris lệch nhau mấy tiếng?", "What's the time difference between Hanoi and Paris?"),
    ("Giữa Hà Nội và Paris chênh lệch múi giờ là bao nhiêu?", "What's the time difference between Hanoi and Paris?"),
    ("Chênh lệch múi giờ giữa Hà Nội và Tokyo là bao nhiêu?", "What's the time difference between Hanoi and Tokyo?"),
    ("Hà Nội và Tokyo chênh nhau hai tiếng.", "The time difference between Hanoi and Tokyo is two hours."),
    # v8: "Hanoi and Bangkok were at the same time.", "Hay Hanoi and Paris have the same time?"
    ("Hà Nội và Bangkok cùng múi giờ.", "Hanoi and Bangkok are in the same time zone."),
    ("Hà Nội và Paris có cùng múi giờ không?", "Are Hanoi and Paris in the same time zone?"),
    ("Hà Nội và Paris không cùng múi giờ.", "Hanoi and Paris aren't in the same time zone."),
    # v8: "I'm still skewed at time.", "She is still skewed at time.", "Are you skewed time zones?"
    ("Tôi vẫn bị lệch múi giờ.", "I'm still jet-lagged."),
    ("Cô ấy vẫn bị lệch múi giờ.", "She's still jet-lagged."),
    ("Anh ấy bị lệch múi giờ.", "He's jet-lagged."),
    ("Mẹ tôi vẫn còn bị lệch múi giờ.", "My mother is still jet-lagged."),
    ("Chúng tôi không bị lệch múi giờ.", "We're not jet-lagged."),
    ("Bạn có bị lệch múi giờ không?", "Are you jet-lagged?"),
    ("Anh còn bị lệch múi giờ không?", "Are you still jet-lagged?"),
    # v8: "How long do you get skewed?", "I was skewed for three days."
    ("Bạn bị lệch múi giờ mất bao lâu?", "How long did your jet lag last?"),
    ("Tôi bị lệch múi giờ mất ba ngày.", "My jet lag lasted three days."),
    ("Mẹ tôi đã bị lệch múi giờ một tuần.", "My mother's jet lag lasted a week."),
    # v8: "She hasn't been familiar now.", "I'm not familiar now."
    ("Cô ấy vẫn chưa quen giờ ở đây.", "She's still not used to the time here."),
    ("Tôi chưa quen giờ ở đây.", "I'm not used to the time here yet."),
    ("Anh ấy chưa quen múi giờ ở đây.", "He isn't used to the time zone here yet."),
    ("Tôi chưa quen với chênh lệch múi giờ.", "I'm not used to the time difference yet."),
    ("Bạn đã quen giờ ở đây chưa?", "Are you used to the time here yet?"),
    ("Tôi quen giờ ở đây rồi.", "I'm used to the time here now."),
    # v8: "What's time in London now?", "What's now in London?"
    ("Ở London bây giờ là mấy giờ?", "What time is it in London now?"),
    ("Bây giờ ở Tokyo là mấy giờ?", "What time is it in Tokyo now?"),
    ("Ở Luân Đôn bây giờ là mấy giờ?", "What time is it in London now?"),
    # not: "anh" alone saying it (may be the speaker), how long with neither "đã" nor "mất" (were you, or have you
    # been?), a place not known, "bao nhiêu" with no hours nor "múi giờ" (prices?), the time here or in a place
    # mt/clock.py knows, "chưa quen" without "ở đây" (the time, or the hours kept?), a span of minutes, asked without
    # "không", hours compared of people
    ("Anh ấy bị lệch múi giờ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh vẫn bị lệch múi giờ.", None), ("Bạn bị lệch múi giờ bao lâu?", None),
    ("Hà Nội nhanh hơn Atlantis bảy tiếng.", None), ("Việt Nam và Nhật Bản chênh lệch bao nhiêu?", None),
    ("Ở Việt Nam bây giờ là mấy giờ?", None), ("Cô ấy chưa quen giờ giấc.", None),
    ("Tôi bị lệch múi giờ mất mười phút.", None), ("Hà Nội có nhanh hơn Paris sáu tiếng?", None),
    ("Lan chậm hơn Hùng hai tiếng.", None), ("Hà Nội nhanh hơn London.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Sự khác biệt giữa Hà Nội và Paris là gì?", "Sự khác biệt thời gian là gì?"
    ("What's the time difference between Hanoi and Paris?", "Hà Nội và Paris chênh nhau mấy tiếng?"),
    ("What is the time difference between Vietnam and Japan?", "Việt Nam và Nhật Bản chênh nhau mấy tiếng?"),
    ("What's the time difference?", "Chênh lệch múi giờ là bao nhiêu?"),
    ("The time difference is seven hours.", "Chênh lệch múi giờ là bảy tiếng."),
    ("The time difference between Hanoi and Tokyo is two hours.", "Hà Nội và Tokyo chênh nhau hai tiếng."),
    # v8: "Có sự khác biệt thời gian bảy tiếng đồng hồ.", "Có khoảng thời gian hai tiếng đồng hồ giữa …"
    ("There's a seven-hour time difference.", "Chênh lệch múi giờ là bảy tiếng."),
    ("There is a two-hour time difference between Vietnam and Japan.", "Việt Nam và Nhật Bản chênh nhau hai tiếng."),
    ("How many hours apart are Hanoi and London?", "Hà Nội và London chênh nhau mấy tiếng?"),
    ("Hanoi and Paris are six hours apart.", "Hà Nội và Paris chênh nhau sáu tiếng."),
    # v8: "Luân Đôn là bảy giờ sau Hà Nội.", "Việt Nam là hai tiếng đồng hồ phía sau Nhật Bản."
    ("London is seven hours behind Hanoi.", "London chậm hơn Hà Nội bảy tiếng."),
    ("Vietnam is two hours behind Japan.", "Việt Nam chậm hơn Nhật Bản hai tiếng."),
    ("Hanoi is seven hours ahead of London.", "Hà Nội nhanh hơn London bảy tiếng."),
    ("The UK is seven hours behind Vietnam.", "Anh chậm hơn Việt Nam bảy tiếng."),
    ("Vietnam is an hour behind Japan.", "Việt Nam chậm hơn Nhật Bản một tiếng."),
    ("Is Hanoi seven hours ahead of London?", "Hà Nội có nhanh hơn London bảy tiếng không?"),
    # v8: "Có bao nhiêu tiếng đồng hồ Hà Nội phía trước Luân Đôn?", "Luân Đôn bao nhiêu tiếng đồng hồ?"
    ("How many hours is Hanoi ahead of London?", "Hà Nội nhanh hơn London mấy tiếng?"),
    ("How many hours behind Hanoi is London?", "London chậm hơn Hà Nội mấy tiếng?"),
    # v8: "Hà Nội và Bangkok cũng ở cùng khu vực thời gian."
    ("Hanoi and Bangkok are in the same time zone.", "Hà Nội và Bangkok cùng múi giờ."),
    ("Are Hanoi and Paris in the same time zone?", "Hà Nội và Paris có cùng múi giờ không?"),
    # v8: "Luân Đôn bây giờ là gì?"
    ("What time is it in London now?", "Ở London bây giờ là mấy giờ?"),
    ("What time is it in Tokyo?", "Ở Tokyo bây giờ là mấy giờ?"),
    # v8: "Tôi vẫn còn ghen tỵ." (jealous), "Tôi có lanhjet.", "Bạn có ghen tjet không?", "Tôi đã lười ghen."
    ("I'm still jet-lagged.", "Tôi vẫn bị lệch múi giờ."),
    ("She's still jet-lagged.", "Cô ấy vẫn bị lệch múi giờ."),
    ("He is jet-lagged.", "Anh ấy bị lệch múi giờ."),
    ("She isn't jet-lagged.", "Cô ấy không bị lệch múi giờ."),
    ("I have jet lag.", "Tôi bị lệch múi giờ."),
    ("She has jet lag.", "Cô ấy bị lệch múi giờ."),
    ("I've got jet lag.", "Tôi bị lệch múi giờ."),
    ("I don't have jet lag.", "Tôi không bị lệch múi giờ."),
    ("Does she still have jet lag?", "Cô ấy còn bị lệch múi giờ không?"),
    ("Are you jet-lagged?", "Bạn có bị lệch múi giờ không?"),
    ("Are you still jet-lagged?", "Bạn còn bị lệch múi giờ không?"),
    ("My mother is still jet-lagged.", "Mẹ tôi vẫn bị lệch múi giờ."),
    # v8: "Lỗ gjet của bạn kéo dài bao lâu?", "Máy bay của tôi lag kéo dài ba ngày."
    ("How long did your jet lag last?", "Bạn bị lệch múi giờ mất bao lâu?"),
    ("My jet lag lasted three days.", "Tôi bị lệch múi giờ mất ba ngày."),
    ("My mother's jet lag lasted a week.", "Mẹ tôi bị lệch múi giờ mất một tuần."),
    ("I was jet-lagged for three days.", "Tôi bị lệch múi giờ mất ba ngày."),
    ("How long was she jet-lagged for?", "Cô ấy bị lệch múi giờ mất bao lâu?"),
    # v8: "Cô ấy vẫn chưa được sử dụng vào lúc này.", "Tôi chưa dùng cho sự khác biệt thời gian."
    ("She's still not used to the time here.", "Cô ấy vẫn chưa quen giờ ở đây."),
    ("I'm not used to the time here yet.", "Tôi chưa quen giờ ở đây."),
    ("He isn't used to the time difference yet.", "Anh ấy chưa quen chênh lệch múi giờ."),
    ("Are you used to the time here yet?", "Bạn đã quen giờ ở đây chưa?"),
    ("I'm used to the time here now.", "Tôi đã quen giờ ở đây rồi."),
    # not: the verb not agreeing with who, another's jet lag got over (not taken at all), the time in a place
    # mt/clock.py knows, a place not known, "still" with "not" jet-lagged, a span of minutes, a span with no "for"
    ("She have jet lag.", None), ("Are she jet-lagged?", None), ("She were jet-lagged for three days.", None),
    ("She are not used to the time here.", None), ("Does she has jet lag?", None),
    ("I've got over your jet lag.", None), ("What time is it in Vietnam now?", None),
    ("Hanoi is seven hours ahead of Atlantis.", None), ("I'm not still jet-lagged.", None),
    ("Hanoi is thirty minutes ahead of London.", None), ("The time difference is seven.", None),
    ("She's used to the time here yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
