"""Snacking: a habit, now, all day, liked, cut down or stopped, forbidden, and a snack offered, both ways
(mt/snacking.py)."""
import pytest

from mt.snacking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm usually getting a snack.", "I usually slighted at night.", "My child tends to eat a snack.", "My sister
    # usually suffice at night.", "Lan or eats a snack between meals.", "We're usually getting a present."
    ("Tôi hay ăn vặt.", "I often snack."),
    ("Tôi hay ăn vặt vào buổi tối.", "I often snack in the evening."),
    ("Con tôi hay ăn vặt.", "My child often snacks."),
    ("Em gái tôi thường ăn vặt vào ban đêm.", "My sister usually snacks at night."),
    ("Lan hay ăn vặt giữa các bữa ăn.", "Lan often snacks between meals."),
    ("Chúng tôi hay ăn quà vặt.", "We often snack."),
    ("Anh ấy ít khi ăn vặt.", "He rarely snacks."),
    ("Mẹ tôi không bao giờ ăn vặt.", "My mother never snacks."),
    ("Cô ấy ăn vặt mỗi tối.", "She snacks every evening."),
    ("Tôi hay ăn vặt khi xem ti vi.", "I often snack while watching TV."),
    ("Con trai tôi hay ăn vặt trước bữa tối.", "My son often snacks before dinner."),
    # v8: "Do you have or snacks?", "My mother didn't eat a snack."
    ("Bạn có hay ăn vặt không?", "Do you often snack?"),
    ("Bạn hay ăn vặt không?", "Do you often snack?"),
    ("Con bạn có ăn vặt giữa các bữa ăn không?", "Does your child snack between meals?"),
    ("Mẹ tôi không ăn vặt.", "My mother doesn't snack."),
    ("Tôi không ăn vặt.", "I don't snack."),
    ("Tôi không hay ăn vặt.", "I don't often snack."),
    ("Tôi không ăn vặt vào ban đêm.", "I don't snack at night."),
    # v8: "I don't have any more snacks."
    ("Tôi không còn ăn vặt nữa.", "I don't snack any more."),
    # v8: "He's very interested in eating.", "Do you like to have a snack?"
    ("Anh ấy rất thích ăn vặt.", "He loves snacking."),
    ("Tôi thích ăn vặt.", "I like snacking."),
    ("Con bạn có thích ăn vặt không?", "Does your child like snacking?"),
    ("Bác Lan không thích ăn vặt.", "Aunt Lan doesn't like snacking."),
    # v8: "I'm getting a snack."
    ("Tôi đang ăn vặt.", "I'm snacking."),
    ("Bạn đang ăn vặt à?", "Are you snacking?"),
    ("Em trai tôi đang ăn vặt.", "My younger brother is snacking."),
    # v8: "I silked all day.", "Yesterday, I ate too much."
    ("Hôm nay tôi ăn vặt cả ngày.", "I've been snacking all day."),
    ("Con tôi ăn vặt cả ngày nay.", "My child has been snacking all day."),
    ("Hôm qua tôi ăn vặt nhiều.", "I snacked a lot yesterday."),
    ("Tôi ăn vặt cả ngày hôm qua.", "I snacked all day yesterday."),
    ("Tối qua bạn có ăn vặt không?", "Did you snack last night?"),
    ("Hôm qua chúng tôi không ăn vặt.", "We didn't snack yesterday."),
    # v8: "I'm trying to quit a snack.", "You should have a snack.", "I'm getting a snack."
    ("Tôi đang cố bỏ ăn vặt.", "I'm trying to stop snacking."),
    ("Mẹ tôi đang cố gắng bớt ăn vặt.", "My mother is trying to cut down on snacking."),
    ("Bạn nên bớt ăn vặt.", "You should cut down on snacking."),
    ("Tôi có nên bớt ăn vặt không?", "Should I cut down on snacking?"),
    ("Anh ấy muốn bỏ ăn vặt.", "He wants to stop snacking."),
    ("Bạn có muốn bỏ ăn vặt không?", "Do you want to stop snacking?"),
    ("Tôi cần hạn chế ăn vặt.", "I need to cut down on snacking."),
    ("Con tôi phải bỏ ăn vặt.", "My child has to stop snacking."),
    ("Tôi sẽ bỏ ăn vặt.", "I will stop snacking."),
    ("Tôi bỏ ăn vặt rồi.", "I've stopped snacking."),
    ("Mẹ tôi đã bớt ăn vặt.", "My mother has cut down on snacking."),
    ("Bạn đã bỏ ăn vặt chưa?", "Have you stopped snacking yet?"),
    ("Tôi chưa bỏ ăn vặt.", "I haven't stopped snacking yet."),
    # v8: "Don't have a snack before dinner!", "Don't have a snack!"
    ("Đừng ăn vặt trước bữa tối!", "Don't snack before dinner!"),
    ("Đừng ăn vặt!", "Don't snack!"),
    ("Con đừng ăn vặt nữa nhé.", "Stop snacking."),
    ("Đừng ăn vặt nữa!", "Stop snacking!"),
    ("Không được ăn vặt giữa các bữa ăn!", "No snacking between meals!"),
    # v8: "What do you want to eat?"
    ("Bạn có muốn ăn vặt gì không?", "Would you like a snack?"),
    ("Em có muốn ăn vặt gì không?", "Would you like a snack?"),
    ("Anh muốn ăn vặt không?", "Would you like a snack?"),
    # not: a bare "ăn vặt" (now, or a habit?), "cả ngày" without a day, "có … không?" alone (an offer?), "nhiều
    # quá", "không … nữa" without "còn", "cố" without "đang", snacks bought, a reason, "anh" saying it, asked of
    # oneself, a pet, "?" on a statement, "có" without "không", a bare "vào buổi tối" (tonight?), English, nonsense
    ("Tôi ăn vặt.", None), ("Tôi ăn vặt cả ngày.", None), ("Bạn có ăn vặt không?", None),
    ("Tôi ăn vặt nhiều quá.", None), ("Tôi không ăn vặt nữa.", None), ("Tôi cố bỏ ăn vặt.", None),
    ("Tôi mua đồ ăn vặt.", None), ("Tôi hay ăn vặt vì buồn.", None), ("Anh hay ăn vặt.", None),
    ("Tôi có hay ăn vặt không?", None), ("Con mèo của tôi hay ăn vặt.", None), ("Tôi hay ăn vặt?", None),
    ("Bạn có hay ăn vặt.", None), ("Tôi ăn vặt vào buổi tối.", None), ("I often snack.", None),
    ("Tôi bỏ ăn vặt.", None), ("Đồ ăn vặt ở đây bao nhiêu tiền?", None), ("Bạn hay ăn vặt nhỉ?", None),
    ("Hôm nay tôi không ăn vặt.", None), ("Ngày mai tôi ăn vặt.", None), ("Tôi muốn ăn vặt.", None),
    ("Bạn có phải bỏ ăn vặt không?", None), ("Việc lặt vặt.", None), ("Không được ăn vặt nữa!", None),
    ("Hôm qua tôi hay ăn vặt.", None), ("Vặt ăn tôi hay.", None), ("Tôi hay ăn vặt mỗi ngày.", None),
    # (left to the model: as a child, what is snacked on)
    ("Hồi nhỏ tôi hay ăn vặt.", None), ("Bạn đang ăn vặt gì thế?", None), ("Bạn muốn ăn vặt gì?", None),
    # (review: "anh", "chị", "em" … asking should or need may be the speaker: "Should I …?" or "Should you …?";
    # "mình" with "nên" may be we)
    ("Em có nên bỏ ăn vặt không?", None), ("Anh có nên bỏ ăn vặt không?", None),
    ("Chị có cần bớt ăn vặt không?", None), ("Mình có nên bớt ăn vặt không?", None),
    ("Mình nên bớt ăn vặt.", None),
    ("Bạn có nên bỏ ăn vặt không?", "Should you stop snacking?"),
    ("Em có muốn bỏ ăn vặt không?", "Do you want to stop snacking?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thường ăn nhẹ.", "Con tôi ăn nhẹ rất nhiều.", "Chị tôi thường ăn vặt vào ban đêm." (an older sister),
    # "Ăn vặt giữa bữa ăn." (Lan lost), "Chúng ta ăn nhiều."
    ("I often snack.", "Tôi hay ăn vặt."),
    ("I often snack in the evening.", "Tôi hay ăn vặt vào buổi tối."),
    ("My child snacks a lot.", "Con tôi hay ăn vặt."),
    ("My younger sister often snacks at night.", "Em gái tôi hay ăn vặt vào ban đêm."),
    ("Lan snacks between meals.", "Lan ăn vặt giữa các bữa ăn."),
    ("We snack a lot.", "Chúng tôi hay ăn vặt."),
    ("She usually snacks in the afternoon.", "Cô ấy thường ăn vặt vào buổi chiều."),
    ("My son snacks all day.", "Con trai tôi ăn vặt cả ngày."),
    ("He never snacks.", "Anh ấy không bao giờ ăn vặt."),
    # v8: "Bạn có ăn nhiều thức ăn không?", "Mẹ tôi không ăn nhẹ.", "Tôi không ăn thêm bất kỳ thứ gì nữa."
    ("Do you snack a lot?", "Bạn có hay ăn vặt không?"),
    ("Does your son often snack between meals?", "Con trai bạn có hay ăn vặt giữa các bữa ăn không?"),
    ("My mother doesn't snack.", "Mẹ tôi không ăn vặt."),
    ("I don't snack at night.", "Tôi không ăn vặt vào ban đêm."),
    ("I don't snack any more.", "Tôi không còn ăn vặt nữa."),
    # v8: "Anh ấy rất thích ăn vặt.", "Bé có thích ăn nhẹ không?"
    ("He loves snacking.", "Anh ấy rất thích ăn vặt."),
    ("I like to snack.", "Tôi thích ăn vặt."),
    ("Does your child like snacking?", "Con bạn có thích ăn vặt không?"),
    ("She doesn't like snacking.", "Cô ấy không thích ăn vặt."),
    # v8: "Tôi đang ăn vặt."
    ("I'm snacking.", "Tôi đang ăn vặt."),
    ("Are you snacking?", "Bạn có đang ăn vặt không?"),
    # v8: "Tôi đã ăn hết ngày.", "Tôi ăn nhiều hôm qua."
    ("I've been snacking all day.", "Hôm nay tôi ăn vặt cả ngày."),
    ("She's been snacking all day.", "Hôm nay cô ấy ăn vặt cả ngày."),
    ("I snacked a lot yesterday.", "Hôm qua tôi ăn vặt nhiều."),
    ("Did you snack last night?", "Tối qua bạn có ăn vặt không?"),
    ("My father didn't snack yesterday.", "Hôm qua bố tôi không ăn vặt."),
    # v8: "Tôi đang cố ngưng ăn vặt.", "Bạn nên ăn nhẹ." (the cutting down lost), "Tôi đã ngưng ăn nhẹ."
    ("I'm trying to stop snacking.", "Tôi đang cố bỏ ăn vặt."),
    ("My mother is trying to cut down on snacking.", "Mẹ tôi đang cố bớt ăn vặt."),
    ("You should cut down on snacking.", "Bạn nên bớt ăn vặt."),
    ("He wants to snack less.", "Anh ấy muốn bớt ăn vặt."),
    ("Do you want to quit snacking?", "Bạn có muốn bỏ ăn vặt không?"),
    ("Should I cut down on snacking?", "Tôi có nên bớt ăn vặt không?"),
    ("I need to stop snacking.", "Tôi cần bỏ ăn vặt."),
    ("I'll stop snacking.", "Tôi sẽ bỏ ăn vặt."),
    ("I've stopped snacking.", "Tôi bỏ ăn vặt rồi."),
    ("She's given up snacking.", "Cô ấy bỏ ăn vặt rồi."),
    ("Have you stopped snacking yet?", "Bạn bỏ ăn vặt chưa?"),
    ("I haven't stopped snacking yet.", "Tôi chưa bỏ ăn vặt."),
    # v8: "Đừng ăn trước bữa tối!" (the snack lost), "Đừng ăn nhẹ!"
    ("Don't snack before dinner!", "Đừng ăn vặt trước bữa tối!"),
    ("Don't snack between meals.", "Đừng ăn vặt giữa các bữa ăn."),
    ("Stop snacking!", "Đừng ăn vặt nữa!"),
    ("No snacking before dinner!", "Không được ăn vặt trước bữa tối!"),
    # v8: "Bạn có muốn ăn vặt không?"
    ("Would you like a snack?", "Bạn có muốn ăn vặt gì không?"),
    ("Do you want a snack?", "Bạn có muốn ăn vặt gì không?"),
    # not: verbs that do not agree with who, asked of oneself, a pet, a "?" on a statement, snacks had, bought or
    # named, "snacked" with no day (when?), a day with a habit, love asked, two auxiliaries, Vietnamese, nonsense
    ("She snack a lot.", None), ("He don't snack.", None), ("Does you snack a lot?", None),
    ("Do I snack a lot?", None), ("My dog snacks a lot.", None), ("I often snack?", None),
    ("I had a snack.", None), ("I bought some snacks.", None), ("I snacked.", None),
    ("I snack yesterday.", None), ("I often snacked yesterday.", None), ("Do you love snacking?", None),
    ("She are snacking.", None), ("Do you don't snack?", None), ("I stopped snacking.", None),
    ("I'm trying to stopped snacking.", None), ("He want to stop snacking.", None), ("Would I like a snack?", None),
    ("Don't snacking!", None), ("Stop snack!", None), ("Tôi hay ăn vặt.", None), ("Snack often I.", None),
    ("I've been snacking.", None), ("Snacks are cheap here.", None), ("I snack any more.", None),
    ("I often snack every day.", None), ("I loved snacking.", None), ("I snacking.", None),
    ("She isn't trying to stop snacking.", None), ("I used to snack a lot.", None),
    # (left to the model: as a child, what is snacked on)
    ("I used to snack a lot as a child.", None), ("What are you snacking on?", None),
    # (review: "TV" in capitals, once a KeyError)
    ("I often snack while watching TV.", "Tôi hay ăn vặt khi xem ti vi."),
    ("Do you snack while watching TV?", "Bạn có ăn vặt khi xem ti vi không?"),
    ("Don't snack while watching TV!", "Đừng ăn vặt khi xem ti vi!"),
    ("No snacking while watching TV.", "Không được ăn vặt khi xem ti vi."),
    # (review: "yet" only where done is asked: it was dropped)
    ("Should I stop snacking yet?", None), ("Do you want to stop snacking yet?", None),
    ("Are you trying to stop snacking yet?", None),
    ("Has she stopped snacking yet?", "Cô ấy bỏ ăn vặt chưa?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
