"""Traffic: stuck in it for how long, the roads busy at rush hour, the traffic bad, an accident, a road to avoid, the
traffic moving again, both ways (mt/traffic.py)."""
import pytest

from mt.traffic import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This morning, I was traffic jam an hour.", "I have traffic jam lost an hour.", "How long do you get traffic
    # jam?", "My mother was traffic jam nearly an hour."
    ("Sáng nay tôi bị kẹt xe một tiếng.", "I was stuck in traffic for an hour this morning."),
    ("Tôi bị kẹt xe mất một tiếng.", "I was stuck in traffic for an hour."),
    ("Hôm qua anh ấy bị tắc đường hai tiếng.", "He was stuck in traffic for two hours yesterday."),
    ("Mẹ tôi bị kẹt xe gần một tiếng.", "My mother was stuck in traffic for nearly an hour."),
    ("Chúng tôi bị kẹt xe suốt hai tiếng.", "We were stuck in traffic for two hours."),
    ("Tôi bị kẹt xe nửa tiếng rồi.", "I've been stuck in traffic for half an hour."),
    ("Bạn bị kẹt xe bao lâu?", "How long were you stuck in traffic?"),
    ("Bạn bị kẹt xe bao lâu rồi?", "How long have you been stuck in traffic?"),
    ("Sáng nay bạn bị kẹt xe bao lâu?", "How long were you stuck in traffic this morning?"),
    # v8: "Hour line height is very crowded.", "The road was very crowded at the height time.", "Is sugar today?"
    ("Giờ cao điểm đường rất đông.", "The roads are very busy at rush hour."),
    ("Đường rất đông vào giờ cao điểm.", "The roads are very busy at rush hour."),
    ("Hôm nay đường đông quá.", "The roads are really busy today."),
    ("Hôm qua đường vắng.", "The roads were quiet yesterday."),
    ("Hôm nay đường có đông không?", "Are the roads busy today?"),
    ("Đường có đông không?", "Are the roads busy?"),
    ("Hôm nay đường không đông.", "The roads aren't busy today."),
    ("Đường phố rất đông vào giờ tan tầm.", "The streets are very busy at rush hour."),
    # v8: "Today traffic jam too.", "Today's terrorism traffic jam.", "Point height time or traffic jam."
    ("Hôm nay kẹt xe quá.", "The traffic is terrible today."),
    ("Hôm nay tắc đường kinh khủng.", "The traffic is terrible today."),
    ("Giờ cao điểm lúc nào cũng kẹt xe.", "The traffic is always bad at rush hour."),
    ("Giờ cao điểm hay bị kẹt xe.", "The traffic is often bad at rush hour."),
    ("Hôm nay có kẹt xe không?", "Is the traffic bad today?"),
    # v8: "The accident should be ruled.", "There are accidents that should be traffic jam.", "Before the accident,
    # the road was trapped."
    ("Có tai nạn nên đường bị tắc.", "There was an accident, so the road is jammed."),
    ("Có tai nạn nên kẹt xe.", "There was an accident, so there's a traffic jam."),
    ("Phía trước có tai nạn nên đường bị chặn.", "There was an accident ahead, so the road is blocked."),
    ("Có một vụ tai nạn phía trước, đường bị tắc.", "There was an accident ahead, so the road is jammed."),
    ("Đường bị tắc vì có tai nạn.", "The road is jammed because of an accident."),
    # v8: "You should avoid the main way.", "We should go differently."
    ("Bạn nên tránh đường chính.", "You should avoid the main road."),
    ("Tránh đường chính đi.", "Avoid the main road."),
    ("Hãy tránh đường cao tốc.", "Avoid the highway."),
    ("Chúng ta nên đi đường khác.", "We should take another route."),
    ("Chúng ta đi đường khác đi.", "Let's take another route."),
    ("Đừng đi đường chính.", "Don't take the main road."),
    # v8: "Out traffic jam.", "The line is normal."
    ("Hết kẹt xe rồi.", "The traffic's moving now."),
    ("Giờ hết kẹt xe rồi.", "The traffic's moving now."),
    ("Xe cộ đã lưu thông trở lại.", "The traffic's moving again."),
    ("Đường thông rồi.", "The road's clear now."),
    # not: "anh" alone saying it (may be the speaker), a day ahead, "đang" with a span, stuck said plain
    # (mt/arrivals.py's), the phrasebook's, "kẹt xe" alone, get out of the way, the speaker avoiding, "xe" alone (a
    # car that runs again), asked without "không", "Đừng tránh"
    ("Anh bị kẹt xe một tiếng.", None), ("Ngày mai tôi bị kẹt xe một tiếng.", None),
    ("Tôi đang bị kẹt xe một tiếng.", None), ("Sáng nay tôi bị kẹt xe.", None), ("Tôi đang bị kẹt xe.", None),
    ("Kẹt xe quá.", None), ("Hôm nay kẹt xe.", None), ("Tránh đường!", None), ("Tôi tránh đường chính.", None),
    ("Anh nên tránh đường chính.", None), ("Xe chạy được rồi.", None), ("Đường thông.", None),
    ("Hôm nay đường có đông?", None), ("Đừng tránh đường chính.", None), ("Bạn nên tránh đường khác.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị kẹt trong một tiếng đồng hồ." (stuck in an hour), "… trong vòng một nửa tiếng đồng hồ."
    ("I was stuck in traffic for an hour.", "Tôi bị kẹt xe một tiếng."),
    ("I was stuck in traffic for an hour this morning.", "Sáng nay tôi bị kẹt xe một tiếng."),
    ("She was stuck in traffic for two hours yesterday.", "Hôm qua cô ấy bị kẹt xe hai tiếng."),
    ("We were stuck in traffic for about twenty minutes.", "Chúng tôi bị kẹt xe khoảng hai mươi phút."),
    ("I got stuck in traffic for an hour.", "Tôi bị kẹt xe một tiếng."),
    ("I've been stuck in traffic for half an hour.", "Tôi bị kẹt xe nửa tiếng rồi."),
    ("My father has been stuck in traffic for an hour.", "Bố tôi bị kẹt xe một tiếng rồi."),
    ("How long were you stuck in traffic?", "Bạn bị kẹt xe bao lâu?"),
    ("How long was he stuck in traffic this morning?", "Sáng nay anh ấy bị kẹt xe bao lâu?"),
    ("How long have you been stuck in traffic?", "Bạn bị kẹt xe bao lâu rồi?"),
    # v8: "Con đường đang bận rộn vào lúc vội vã." (occupied, at a hurried time), "Lưu lượng xấu hôm nay."
    ("The roads are busy at rush hour.", "Giờ cao điểm đường đông."),
    ("The roads are very busy at rush hour.", "Giờ cao điểm đường rất đông."),
    ("The roads are really busy today.", "Hôm nay đường đông quá."),
    ("The roads were busy yesterday.", "Hôm qua đường đông."),
    ("Are the roads busy today?", "Hôm nay đường có đông không?"),
    ("The streets aren't busy now.", "Bây giờ đường phố không đông."),
    ("Traffic is bad today.", "Hôm nay kẹt xe quá."),
    ("The traffic is terrible today.", "Hôm nay kẹt xe quá."),
    ("Traffic is always bad at rush hour.", "Giờ cao điểm luôn kẹt xe."),
    ("Is the traffic bad today?", "Hôm nay có kẹt xe không?"),
    ("The traffic isn't bad today.", "Hôm nay không kẹt xe lắm."),
    # v8: "Có một tai nạn, vì vậy con đường bị kẹt.", "… con đường bị chặn."
    ("There was an accident, so the road is jammed.", "Có tai nạn nên đường bị tắc."),
    ("There's been an accident and the road is blocked.", "Có tai nạn nên đường bị chặn."),
    ("There was an accident ahead, so there's a traffic jam.", "Phía trước có tai nạn nên kẹt xe."),
    ("The road is closed because of an accident.", "Đường bị đóng vì có tai nạn."),
    # v8: "Bạn nên tránh con đường chính.", "Chúng ta nên đi đi đường khác."
    ("You should avoid the main road.", "Bạn nên tránh đường chính."),
    ("Avoid the main road.", "Tránh đường chính đi."),
    ("We should take another route.", "Chúng ta nên đi đường khác."),
    ("Let's take another route.", "Chúng ta đi đường khác đi."),
    ("Let's avoid the highway.", "Chúng ta tránh đường cao tốc đi."),
    ("Don't take the main road.", "Đừng đi đường chính."),
    ("He should avoid the motorway.", "Anh ấy nên tránh đường cao tốc."),
    # v8: "Giao thông đang di chuyển." (is travelling), "Con đường rõ ràng." (obvious)
    ("The traffic's moving now.", "Giờ hết kẹt xe rồi."),
    ("The traffic is moving again.", "Xe cộ đã lưu thông trở lại."),
    ("The road is clear now.", "Giờ đường thông rồi."),
    ("Traffic has cleared.", "Hết kẹt xe rồi."),
    # not: "was", "were", "have" not agreeing, a day ahead, stuck said plain (mt/arrivals.py's), "were" or "was"
    # today (left), avoiding "another route", moving without "now", "Don't avoid"
    ("I were stuck in traffic for an hour.", None), ("She have been stuck in traffic for an hour.", None),
    ("How long was you stuck in traffic?", None), ("I was stuck in traffic for an hour tomorrow.", None),
    ("I was stuck in traffic.", None), ("The roads were busy today.", None), ("The traffic was bad today.", None),
    ("You should avoid another route.", None), ("The traffic is moving.", None),
    ("Don't avoid the main road.", None), ("He has been stuck in traffic for an hour yesterday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Hôm nay kẹt xe quá.", "en", "vi") is None
    assert translate("The traffic is terrible today.", "vi", "en") is None
    assert translate("The traffic is terrible today.", "en", "fr") is None
