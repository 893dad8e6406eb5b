"""Sports matches and their results, said or asked, both ways (mt/matches.py)."""
import pytest

from mt import phrasebook
from mt.matches import SPORTS, SPORTS_VI, translate


@pytest.mark.parametrize("text, said", [
    # results; v7: "We won't.", "I lost 2-1.", "Vietnam wins Thailand 2-0.", "The two peace teams 1-1."
    ("Chúng tôi thắng rồi.", "We won."),
    ("Đội tôi thua 2-1.", "My team lost 2-1."),
    ("Việt Nam thắng Thái Lan 2-0.", "Vietnam beat Thailand 2-0."),
    ("Việt Nam đánh bại Thái Lan với tỉ số 2–0.", "Vietnam beat Thailand 2–0."),
    ("Hai đội hòa 1-1.", "The two teams drew 1-1."),
    ("Việt Nam hoà với Thái Lan 1 - 1.", "Vietnam drew with Thailand 1-1."),
    ("Chúng tôi thua đội của họ 1-2.", "We lost to their team 1-2."),
    ("Chúng tôi thắng họ 3-0.", "We beat them 3-0."),
    ("Tối qua đội tôi thắng 3-0.", "My team won 3-0 last night."),
    ("Đội tuyển Việt Nam thắng Nhật Bản 1-0 vào thứ bảy tuần trước.", "Vietnam beat Japan 1-0 last Saturday."),
    ("Mẹ tôi thắng trận quần vợt.", "My mother won the tennis match."),
    ("Lan thua trận cầu lông hôm qua.", "Lan lost the badminton match yesterday."),
    ("Chúng tôi không thắng.", "We didn't win."),
    ("Chúng tôi vừa thắng!", "We just won!"),
    ("Việt Nam đang thắng 1-0.", "Vietnam is winning 1-0."),
    ("Ngày mai chúng tôi sẽ thắng.", "We'll win tomorrow."),
    ("Ngày mai chúng tôi thắng.", "We'll win tomorrow."),
    ("Chúng tôi sẽ không thua.", "We won't lose."),
    ("Đội bạn có thắng không?", "Did your team win?"),
    ("Liệu Việt Nam có thắng không?", "Will Vietnam win?"),
    ("Anh có thắng không?", "Did you win?"),
    # who won, asked; v7: "Which one won't win?"
    ("Đội nào thắng?", "Which team won?"),
    ("Ai thắng?", "Who won?"),
    ("Ai thắng trận đấu tối qua?", "Who won the match last night?"),
    ("Ai đang thắng?", "Who's winning?"),
    ("Đội nào sẽ thắng trận bóng đá ngày mai?", "Which team will win the football match tomorrow?"),
    # the score; v7: "How much is the scale?"
    ("Tỉ số là bao nhiêu?", "What's the score?"),
    ("Tỷ số cuối cùng là bao nhiêu?", "What was the final score?"),
    ("Tỉ số là 2-1.", "The score is 2-1."),
    ("Tỉ số cuối cùng là 2-1.", "The final score was 2-1."),
    # watching; v7: "Do you see the game last night?"
    ("Bạn có xem trận bóng đá tối qua không?", "Did you watch the football match last night?"),
    ("Bạn có xem trận đấu tối nay không?", "Are you watching the match tonight?"),
    ("Tối qua tôi xem trận bóng rổ.", "I watched the basketball match last night."),
    ("Tôi không xem trận đấu tối qua.", "I didn't watch the match last night."),
    ("Tối nay tôi sẽ xem trận bóng chuyền.", "I'll watch the volleyball match tonight."),
    # how it was, and a match there is; v7: "How does the game last night?", "Tomorrow, has a game?"
    ("Trận đấu tối qua thế nào?", "How was the match last night?"),
    ("Tối nay có trận bóng đá.", "There's a football match tonight."),
    ("Ngày mai có trận đấu không?", "Is there a match tomorrow?"),
    ("Hôm qua không có trận đấu nào.", "There was no match yesterday."),
    ("Tối nay có trận bóng chuyền giữa Việt Nam và Thái Lan.",
     "There's a volleyball match between Vietnam and Thailand tonight."),
    # not: "Anh" (England or "you") saying it, a place not known, "đánh bại" and "thắng với" without whom or with
    # "với"; "sẽ" with a day behind, "đã" with a day ahead, "có" without "không", asked without "có", "không" twice,
    # an unknown sport, "thắng" of braking, "sẽ" with a day behind where a match is
    ("Anh thắng Pháp 2-1.", None), ("Đội tôi thắng Narnia 2-0.", None), ("Việt Nam đánh bại.", None),
    ("Chúng tôi thắng với Thái Lan.", None), ("Hôm qua chúng tôi sẽ thắng.", None),
    ("Ngày mai chúng tôi đã thắng.", None), ("Chúng tôi có thắng.", None), ("Chúng tôi thắng không?", None),
    ("Chúng tôi không thắng không?", None), ("Bạn có xem trận bóng bầu dục tối qua không?", None),
    ("Tôi thắng xe.", None), ("Hôm qua sẽ có trận đấu.", None), ("Em thắng rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # results; v7: "Nhóm của tôi mất 2-1." (went missing), "Hai đội tuyển đã rút 1-1." (withdrew)
    ("My team lost 2-1.", "Đội tôi thua 2-1."),
    ("We won!", "Chúng tôi thắng!"),
    ("Vietnam beat Thailand 2-0.", "Việt Nam thắng Thái Lan 2-0."),
    ("Vietnam defeated Thailand 2-0.", "Việt Nam đánh bại Thái Lan 2-0."),
    ("The two teams drew 1-1.", "Hai đội hòa 1-1."),
    ("Vietnam drew with Thailand 1-1.", "Việt Nam hòa Thái Lan 1-1."),
    ("Thailand lost 2-0 to Vietnam.", "Thái Lan thua Việt Nam 2-0."),
    ("We won 3-1 against Thailand.", "Chúng tôi thắng Thái Lan 3-1."),
    ("The US beat Japan 2-1.", "Mỹ thắng Nhật Bản 2-1."),
    ("England are winning.", "Anh đang thắng."),
    ("We beat them 3-0.", "Chúng tôi thắng họ 3-0."),
    ("Our team won on Saturday.", "Đội chúng tôi thắng vào thứ Bảy."),
    ("My brother lost the badminton match.", "Anh trai tôi thua trận cầu lông."),
    ("We didn't win.", "Chúng tôi không thắng."),
    ("We'll win tomorrow.", "Ngày mai chúng tôi sẽ thắng."),
    ("Vietnam's going to win.", "Việt Nam sẽ thắng."),
    ("We won't lose.", "Chúng tôi sẽ không thua."),
    ("We're losing.", "Chúng tôi đang thua."),
    ("We just won.", "Chúng tôi vừa thắng."),
    ("Did your team win?", "Đội bạn có thắng không?"),
    ("Will Vietnam win?", "Liệu Việt Nam có thắng không?"),
    ("Will Vietnam win tomorrow?", "Ngày mai Việt Nam có thắng không?"),
    # who won, asked; v7: "Cuộc chiến nào sẽ giành được được sự tham gia của mình?"
    ("Which team won?", "Đội nào thắng?"),
    ("Who won?", "Ai thắng?"),
    ("Who won the match last night?", "Tối qua ai thắng trận đấu?"),
    ("Who's winning?", "Ai đang thắng?"),
    ("Who will win?", "Ai sẽ thắng?"),
    # the score; v7: "Điểm này là gì?"
    ("What's the score?", "Tỉ số là bao nhiêu?"),
    ("What was the final score?", "Tỉ số cuối cùng là bao nhiêu?"),
    ("The score was 2-1.", "Tỉ số là 2-1."),
    # watching; v7: "Bạn có đồng hồ khớp tối qua không?" (a clock)
    ("Did you watch the match last night?", "Tối qua bạn có xem trận đấu không?"),
    ("Did you watch the football match last night?", "Tối qua bạn có xem trận bóng đá không?"),
    ("I watched the basketball game last night.", "Tối qua tôi xem trận bóng rổ."),
    ("I didn't watch the match.", "Tôi không xem trận đấu."),
    ("Are you going to watch the match tonight?", "Tối nay bạn có xem trận đấu không?"),
    ("I'm watching the match tonight.", "Tối nay tôi xem trận đấu."),
    # how it was, and a match there is; v7: "Khớp là gì?", "Có một trận cầu bóng đá tối nay."
    ("How was the match?", "Trận đấu thế nào?"),
    ("How was the match last night?", "Trận đấu tối qua thế nào?"),
    ("There's a football match tonight.", "Tối nay có trận bóng đá."),
    ("There's a match on tonight.", "Tối nay có trận đấu."),
    ("Is there a match tomorrow?", "Ngày mai có trận đấu không?"),
    ("There was no match yesterday.", "Hôm qua không có trận đấu nào."),
    ("There's a football match between Vietnam and Thailand tonight.",
     "Tối nay có trận bóng đá giữa Việt Nam và Thái Lan."),
    # not: the past with a day ahead, a form not agreeing with "will", "did", "is" or who, "beat" without whom, "won"
    # with whom but without "against", "lost with", a place not known, the present, "no" asked, "was" with a day
    # ahead, "winning" with a day
    ("We won tomorrow.", None), ("We will won.", None), ("Did we won?", None), ("He are winning.", None),
    ("I is winning.", None), ("Vietnam beat.", None), ("Vietnam won Thailand.", None),
    ("We lost with Thailand.", None), ("We beat Narnia 2-0.", None), ("I watch the match.", None),
    ("Did you watched the match?", None), ("Is there no match today?", None),
    ("There was a match tomorrow.", None), ("We're winning tonight.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_sports_are_those_of_the_hobbies_and_volleyball():
    assert set(SPORTS.values()) == {"football", "basketball", "badminton", "tennis", "volleyball"}
    assert SPORTS["quần vợt"] == SPORTS["tennis"] == "tennis" and "đá bóng" not in SPORTS
    assert SPORTS_VI["tennis"] == "quần vợt" and SPORTS_VI["soccer"] == "bóng đá"


def test_other_pairs_are_not_taken():
    assert translate("Đội tôi thua 2-1.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("My team lost 2-1.", "vi", "en") is None
    assert translate("Đội tôi thua 2-1.", "vi", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Chúng tôi thắng rồi.", "vi", "en") == "We won."
    assert phrasebook.translate("My team lost 2-1.", "en", "vi") == "Đội tôi thua 2-1."
