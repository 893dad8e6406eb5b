"""Fishing as a pastime: going fishing, fish caught, the fish biting and a fishing rod, both ways (mt/fishing.py)."""
import pytest

from mt.fishing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was a fisherman.", "He was a fisherman.", "My father was three fishings.", "I can get a lot of fish."
    ("Tôi câu được một con cá to.", "I caught a big fish."),
    ("Anh ấy câu được một con cá rất to.", "He caught a really big fish."),
    ("Bố tôi câu được ba con cá.", "My father caught three fish."),
    ("Tôi câu được một con cá to lắm.", "I caught a really big fish."),
    ("Tôi câu được hai con cá nhỏ.", "I caught two small fish."),
    ("Mẹ tôi vừa câu được một con cá khổng lồ.", "My mother has just caught a huge fish."),
    ("Hôm qua chúng tôi câu được rất nhiều cá.", "We caught a lot of fish yesterday."),
    ("Hôm nay tôi câu được một con cá to.", "I caught a big fish today."),
    # v8: "I don't have any questions.", "I can't have any fish.", "She couldn't speak anything."
    ("Tôi chẳng câu được con nào.", "I didn't catch any fish."),
    ("Tôi không câu được con cá nào.", "I didn't catch any fish."),
    ("Cô ấy không câu được gì cả.", "She didn't catch anything."),
    ("Tôi chưa câu được con nào.", "I haven't caught any fish yet."),
    # v8: "What do you have a story?", "Which sentence do you get?", "How many fish you have?"
    ("Bạn có câu được gì không?", "Did you catch anything?"),
    ("Bạn câu được con nào không?", "Did you catch any fish?"),
    ("Anh câu được gì không?", "Did you catch anything?"),
    ("Bạn đã câu được gì chưa?", "Have you caught anything yet?"),
    ("Bạn câu được mấy con cá?", "How many fish did you catch?"),
    ("Hôm qua bố bạn câu được bao nhiêu con cá?", "How many fish did your father catch yesterday?"),
    # v8: "Tomorrow, we'll go fish.", "This weekend, we'll go fish in lake.", "My mother was going fishing."
    ("Hôm qua tôi đi câu cá với bố tôi.", "I went fishing with my father yesterday."),
    ("Ngày mai chúng tôi sẽ đi câu cá.", "We're going fishing tomorrow."),
    ("Cuối tuần này chúng tôi đi câu cá ở hồ.", "We're going fishing at the lake this weekend."),
    ("Tôi đã đi câu cá ở sông.", "I went fishing in the river."),
    ("Mẹ tôi đang đi câu cá.", "My mother is out fishing."),
    ("Bố tôi đang câu cá.", "My father is fishing."),
    ("Hôm qua bạn có đi câu cá không?", "Did you go fishing yesterday?"),
    ("Ngày mai bạn có đi câu cá không?", "Are you going fishing tomorrow?"),
    ("Chủ nhật tuần trước họ không đi câu cá.", "They didn't go fishing last Sunday."),
    ("Tối nay Lan sẽ đi câu cá với Bác Hùng.", "Lan is going fishing with Uncle Hung tonight."),
    ("Bạn có muốn đi câu cá với tôi không?", "Do you want to go fishing with me?"),
    # v8: "The fish didn't bite the story today.", "The fish didn't bite the sentence."
    ("Hôm nay cá không cắn câu.", "The fish aren't biting today."),
    ("Cá không cắn câu.", "The fish aren't biting."),
    ("Cá có cắn câu không?", "Are the fish biting?"),
    ("Cá đang cắn câu.", "The fish are biting."),
    ("Hôm qua cá chẳng cắn câu gì cả.", "The fish weren't biting yesterday."),
    # v8: "I have a new sentence."
    ("Tôi có một cái cần câu mới.", "I have a new fishing rod."),
    ("Tôi không có cần câu.", "I don't have a fishing rod."),
    ("Bạn có một cái cần câu không?", "Do you have a fishing rod?"),
    ("Cho tôi mượn cần câu của anh được không?", "Can I borrow your fishing rod?"),
    ("Tôi có thể mượn cái cần câu của bạn không?", "Can I borrow your fishing rod?"),
    # not: no tense said (habit, past or now?), a habit or a liking (mt/hobbies.py's), "anh" alone saying it (may be
    # the speaker), "chưa" and "ever", a day ahead with fish caught or the fish biting, "rất" with no size, "cần câu"
    # without a classifier after "có" (also "need …"), a rod forgotten (whose?), a fish caught denied by count
    ("Cá đang cắn câu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi đi câu cá với bố tôi.", None), ("Tôi hay đi câu cá vào cuối tuần.", None), ("Tôi thích câu cá.", None),
    ("Anh câu được một con cá to.", None), ("Anh muốn đi câu cá.", None),
    ("Bạn đã bao giờ đi câu cá chưa?", None), ("Ngày mai tôi câu được một con cá to.", None),
    ("Ngày mai cá không cắn câu.", None), ("Tôi câu được một con cá rất.", None), ("Bạn có cần câu không?", None),
    ("Tôi quên mang cần câu.", None), ("Tôi không câu được một con cá to.", None), ("Tôi câu được gì.", None),
    ("Tôi đang đi câu cá ngày mai.", None), ("Tôi câu được.", None), ("Câu này khó quá.", None),
    # a pet as who ("câu" is with a rod: mt.hobbies.WHO takes pets), "vậy" after fish caught (that big, not a softener)
    ("Con mèo của tôi câu được một con cá.", None), ("Con chó của tôi đi câu cá hôm qua.", None),
    ("Con chó tôi có một cái cần câu.", None), ("Bố tôi câu được một con cá to vậy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bắt gặp một cá lớn." (met), "Cha tôi bắt gặp ba cá."
    ("I caught a big fish.", "Tôi câu được một con cá to."),
    ("He caught a big fish.", "Anh ấy câu được một con cá to."),
    ("She caught a really big fish yesterday.", "Hôm qua cô ấy câu được một con cá rất to."),
    ("My father caught three fish.", "Bố tôi câu được ba con cá."),
    ("We caught a lot of fish.", "Chúng tôi câu được rất nhiều cá."),
    ("I've just caught a huge fish.", "Tôi vừa câu được một con cá khổng lồ."),
    ("She just caught two small fish.", "Cô ấy vừa câu được hai con cá nhỏ."),
    ("They caught 12 fish today.", "Hôm nay họ câu được 12 con cá."),
    # v8: "Bạn có nắm bắt bất cứ thứ gì không?" (grasp), "Bạn bắt kịp bao nhiêu cá?" (catch up with)
    ("Did you catch anything?", "Bạn có câu được gì không?"),
    ("Did you catch any fish yesterday?", "Hôm qua bạn có câu được con cá nào không?"),
    ("I didn't catch anything.", "Tôi không câu được gì."),
    ("She didn't catch any fish.", "Cô ấy không câu được con cá nào."),
    ("I caught nothing.", "Tôi chẳng câu được gì."),
    ("I haven't caught anything yet.", "Tôi chưa câu được gì."),
    ("Has she caught any fish yet?", "Cô ấy câu được con cá nào chưa?"),
    ("How many fish did you catch?", "Bạn câu được mấy con cá?"),
    ("How many fish has he caught?", "Anh ấy câu được mấy con cá?"),
    # v8: "Tôi đi cá bằng cha." (go fish by father), "Tôi đi cá hôm qua.", "Mẹ tôi đang cá."
    ("I went fishing with my dad.", "Tôi đã đi câu cá với bố tôi."),
    ("I went fishing yesterday.", "Hôm qua tôi đi câu cá."),
    ("We went fishing at the lake last weekend.", "Cuối tuần trước chúng tôi đi câu cá ở hồ."),
    ("We're going fishing tomorrow.", "Ngày mai chúng tôi sẽ đi câu cá."),
    ("They will go fishing on Sunday.", "Họ sẽ đi câu cá vào Chủ nhật."),
    ("Are you going fishing this weekend?", "Cuối tuần này bạn có đi câu cá không?"),
    ("Did you go fishing yesterday?", "Hôm qua bạn có đi câu cá không?"),
    ("I'm not going fishing tomorrow.", "Ngày mai tôi sẽ không đi câu cá."),
    ("My mother is fishing.", "Mẹ tôi đang câu cá."),
    ("My father's out fishing.", "Bố tôi đang đi câu cá."),
    ("He's gone fishing.", "Anh ấy đi câu cá rồi."),
    ("Lan went fishing with Minh.", "Lan đã đi câu cá với Minh."),
    # v8: "Bạn có muốn đi cá không?"
    ("Do you want to go fishing?", "Bạn có muốn đi câu cá không?"),
    ("She wants to go fishing.", "Cô ấy muốn đi câu cá."),
    ("He doesn't want to go fishing.", "Anh ấy không muốn đi câu cá."),
    ("Would you like to go fishing tomorrow?", "Ngày mai bạn có muốn đi câu cá không?"),
    # v8: "Con cá hôm nay không cắn." (bite what?)
    ("The fish aren't biting today.", "Hôm nay cá không cắn câu."),
    ("The fish aren't biting.", "Cá không cắn câu."),
    ("Are the fish biting?", "Cá có cắn câu không?"),
    ("The fish are biting.", "Cá đang cắn câu."),
    ("The fish weren't biting yesterday.", "Hôm qua cá không cắn câu."),
    # v8: "Tôi có một mái cá mới." (a fish roof)
    ("I have a new fishing rod.", "Tôi có một cái cần câu mới."),
    ("Do you have a fishing rod?", "Bạn có cần câu không?"),
    ("She doesn't have a fishing rod.", "Cô ấy không có cần câu."),
    ("Can I borrow your fishing rod?", "Tôi mượn cần câu của bạn được không?"),
    # not: a verb that does not agree with who, "fishes", "an big", a tense the day denies, a habit with no how often
    # ("We go …"), "Let's go fishing." (the phrasebook's), a cold caught, "Is she fishing?", "Will you …?" with no day
    # (a favour asked?), a rod forgotten, "were biting" said (v8 and the rules leave it)
    ("He caught a big fishes.", None), ("She caught an big fish.", None), ("She want to go fishing.", None),
    ("He have a fishing rod.", None), ("Do you has a fishing rod?", None), ("I goes fishing.", None),
    ("We go fishing at the lake.", None), ("I'm going fishing yesterday.", None),
    ("The fish were biting tomorrow.", None), ("The fish aren't biting yesterday.", None),
    ("I caught a cold.", None), ("Let's go fishing.", None), ("Is she fishing?", None),
    ("Will you go fishing?", None), ("I forgot my fishing rod.", None), ("The fish were biting.", None),
    ("My parents want to go fishing.", None), ("He has caught a big fish.", None),
    # a pet as who: "câu" is with a rod (mt.hobbies.WHO_EN takes pets)
    ("My cat caught a fish.", None), ("My dog caught a fish.", None), ("My cat caught three fish.", None),
    ("Did your cat catch anything?", None), ("How many fish did your cat catch?", None),
    ("My cat didn't catch anything.", None), ("My cat is fishing.", None), ("My cat has a fishing rod.", None),
    ("My dog went fishing with me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
