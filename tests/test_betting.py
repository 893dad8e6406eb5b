"""Betting and gambling: who bets or gambles, won or lost a bet or money betting, is addicted to betting, or has given
it up, both ways (mt/betting.py)."""
import pytest

from mt.betting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He sand the football level.", "I never sand.", "Are you a sand?", "Are you never sand?"
    ("Anh ấy cá độ bóng đá.", "He bets on football."),
    ("Tôi không bao giờ cá độ.", "I never bet."),
    ("Bạn có cá độ không?", "Do you bet?"),
    ("Bạn có cá độ bóng đá không?", "Do you bet on football?"),
    ("Mẹ tôi không đánh bạc.", "My mother doesn't gamble."),
    ("Chú tôi hay đánh bạc.", "My uncle often gambles."),
    ("Minh thỉnh thoảng cá độ bóng đá qua mạng.", "Minh sometimes bets on football online."),
    ("Họ thường cá cược đua ngựa.", "They often bet on horse racing."),
    ("Anh ấy vẫn còn cá độ bóng đá.", "He still bets on football."),
    ("Anh ấy còn cá độ không?", "Does he still bet?"),
    ("Anh ấy không cá độ nữa.", "He doesn't bet any more."),
    ("Bố tôi không còn đánh bạc nữa.", "My father no longer gambles."),
    ("Cô ấy từng cá độ bóng đá.", "She used to bet on football."),
    ("Chúng tôi chưa bao giờ đánh bạc.", "We have never gambled."),
    ("Bạn đã bao giờ cá độ chưa?", "Have you ever bet?"),
    ("Tôi sẽ không bao giờ cá độ nữa.", "I'll never bet again."),
    ("Tôi sẽ không cá độ nữa.", "I won't bet any more."),
    # v8: "I lost a lot of money.", "He won the sand.", "He lost his money."
    ("Anh tôi thua cá độ mất nhiều tiền.", "My brother lost a lot of money betting."),
    ("Anh tôi thua cá độ bóng đá mất nhiều tiền.", "My brother lost a lot of money betting on football."),
    ("Anh ấy thua cá độ mất hết tiền.", "He lost all his money betting."),
    ("Mẹ tôi thua bạc mất hết tiền rồi.", "My mother has lost all her money gambling."),
    ("Hôm qua chú tôi thắng bạc được năm triệu.", "My uncle won five million dong gambling yesterday."),
    ("Bác Hùng thắng cá độ được 20 triệu đồng.", "Uncle Hung won 20 million dong betting."),
    ("Anh ấy thắng cá độ.", "He won a bet."),
    ("Tôi thua cược.", "I lost a bet."),
    ("Tôi vừa thua cá độ bóng đá.", "I've just lost a bet on football."),
    ("Chúng tôi thắng cược tối qua.", "We won a bet last night."),
    # v8: "He adds the football level."
    ("Anh ấy nghiện cá độ bóng đá.", "He's addicted to betting on football."),
    ("Bạn có nghiện cá độ không?", "Are you addicted to betting?"),
    ("Tôi không nghiện cá độ.", "I'm not addicted to betting."),
    ("Chồng cô ấy từng nghiện đánh bạc.", "Her husband used to be addicted to gambling."),
    ("Lan bị nghiện cá độ qua mạng.", "Lan is addicted to betting online."),
    # v8: "I've left the sand."
    ("Bố tôi đã bỏ cá độ rồi.", "My father has given up betting."),
    ("Anh ấy bỏ cá độ rồi.", "He's given up betting."),
    ("Bạn đã bỏ cá độ chưa?", "Have you given up betting yet?"),
    ("Anh ấy muốn bỏ cá độ.", "He wants to give up betting."),
    ("Tôi đang cố bỏ cá độ.", "I'm trying to give up betting."),
    ("Bạn nên bỏ đánh bạc.", "You should give up gambling."),
    # not: "anh" saying it, "I" asked, a pet, a "?" on a statement, "đã cá độ" (once or often?), a plain "bỏ" (now
    # or done?), a bare bet lost done ("rồi": which?), a name's money (his or hers?), "mất" with a win, a whole clause
    # bet, "nghiện cờ bạc" and "bỏ cờ bạc" (mt/addiction.py), "có bao giờ … không?", a thing bet on by "đánh bạc"
    ("Anh cá độ bóng đá.", None), ("Tôi có cá độ không?", None), ("Con chó của tôi cá độ.", None),
    ("Anh ấy cá độ?", None), ("Anh ấy đã cá độ bóng đá.", None), ("Tôi bỏ cá độ.", None),
    ("Tôi thua cược rồi.", None), ("Lan thua cá độ mất hết tiền.", None), ("Anh ấy thắng cá độ mất nhiều tiền.", None),
    ("Tôi cá với bạn là đội Việt Nam sẽ thắng.", None), ("Chồng cô ấy nghiện cờ bạc.", None),
    ("Bố tôi bỏ cờ bạc rồi.", None), ("Bạn có bao giờ cá độ không?", None), ("Anh ấy đánh bạc bóng đá.", None),
    ("Anh ấy cá độ nữa.", None), ("Bạn có cá độ chưa?", None), ("Anh ấy thua bạc.", None),
    ("Anh ấy cá độ bóng đá nhỉ.", None), ("He bets on football.", None), ("Cá độ cá độ cá độ.", None),
    ("Anh ấy vừa thua cá độ hôm qua.", None),
    # review: "đã … rồi" is done, not just done ("He's just lost …"); "còn" alone saying it is still, or also/even?
    ("Anh ấy đã thua cá độ mất hết tiền rồi.", "He's lost all his money betting."),
    ("Anh ấy đã thắng bạc được năm triệu rồi.", "He's won five million dong gambling."),
    ("Anh ấy còn cá độ.", None), ("Anh ấy còn cá độ bóng đá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy nằm trên bóng đá." (lies on), "Tôi không bao giờ làt.", "Bạn có phải không?", "Bạn có gamble không?"
    ("He bets on football.", "Anh ấy cá độ bóng đá."),
    ("I never bet.", "Tôi không bao giờ cá độ."),
    ("Do you bet?", "Bạn có cá độ không?"),
    ("Do you gamble?", "Bạn có đánh bạc không?"),
    ("My mother doesn't gamble.", "Mẹ tôi không đánh bạc."),
    ("I often bet on football.", "Tôi hay cá độ bóng đá."),
    ("Minh bets on football online.", "Minh cá độ bóng đá qua mạng."),
    ("Does she still bet on horse racing?", "Cô ấy còn cá độ đua ngựa không?"),
    ("She doesn't gamble any more.", "Cô ấy không đánh bạc nữa."),
    ("He no longer bets.", "Anh ấy không còn cá độ nữa."),
    ("We used to bet on football.", "Chúng tôi từng cá độ bóng đá."),
    ("I've never gambled.", "Tôi chưa bao giờ đánh bạc."),
    ("Have you ever bet on football?", "Bạn đã bao giờ cá độ bóng đá chưa?"),
    # v8: "Tôi sẽ không bao giờ trở lại." (come back)
    ("I'll never bet again.", "Tôi sẽ không bao giờ cá độ nữa."),
    # v8: "Anh tôi mất nhiều tiền.", "Anh ta sẽ không thành công.", "Tôi đã mất một con bò." (a cow)
    ("My brother lost a lot of money betting.", "Anh trai tôi thua cá độ mất nhiều tiền."),
    ("He lost all his money betting.", "Anh ấy thua cá độ mất hết tiền."),
    ("She has just lost a lot of money betting on football.", "Cô ấy vừa thua cá độ bóng đá mất nhiều tiền."),
    ("My uncle won five million dong gambling yesterday.", "Hôm qua chú tôi thắng bạc được năm triệu đồng."),
    ("We've lost a lot of money betting.", "Chúng tôi thua cá độ mất nhiều tiền rồi."),
    ("He won a bet.", "Anh ấy thắng cược."),
    ("I lost a bet.", "Tôi thua cược."),
    ("I lost a bet on football.", "Tôi thua cá độ bóng đá."),
    # v8: "Anh ta nghiện rượu." (drink)
    ("He's addicted to betting.", "Anh ấy nghiện cá độ."),
    ("Is she addicted to betting on football?", "Cô ấy có nghiện cá độ bóng đá không?"),
    ("I'm not hooked on betting.", "Tôi không nghiện cá độ."),
    ("My mother used to be addicted to betting.", "Mẹ tôi từng nghiện cá độ."),
    # v8: "Cha tôi đã từ bỏ việc chăm sóc." (looking after)
    ("My father has given up betting.", "Bố tôi đã bỏ cá độ rồi."),
    ("Has he given up betting yet?", "Anh ấy đã bỏ cá độ chưa?"),
    ("She wants to quit betting.", "Cô ấy muốn bỏ cá độ."),
    ("I'm trying to stop betting.", "Tôi đang cố bỏ cá độ."),
    ("He stopped betting.", "Anh ấy đã bỏ cá độ."),
    ("He's just quit betting.", "Anh ấy vừa bỏ cá độ."),
    # not: a plain "bet" of I, you, we, they and "quit" (now, or past?), "I bet …" (a whole clause), a verb not
    # agreeing, another's money, "I" asked, a bet lost done (which?), "addicted to gambling", "given up gambling"
    # (mt/addiction.py), the lottery, a pet, the other way's language
    ("We bet on football.", None), ("He bet on football.", None), ("He quit betting.", None),
    ("I bet he will win.", None), ("She bet you five dollars.", None), ("He bet?", None),
    ("She have given up betting.", None), ("He bet on football every day.", None),
    ("He lost all her money betting.", None),
    ("Do I bet?", None), ("He has lost a bet.", None), ("She's addicted to gambling.", None),
    ("He has given up gambling.", None), ("He won the lottery.", None), ("My dog bets on football.", None),
    ("Do she gamble?", None), ("They bets on football.", None), ("Does he bets?", None), ("He bets on football?", None),
    ("Anh ấy cá độ bóng đá.", None), ("Better late than never.", None), ("He gambles on football.", None),
    # review: "won't" was read as "wo not" and left
    ("I won't bet any more.", "Tôi sẽ không cá độ nữa."),
    ("She won’t gamble any more.", "Cô ấy sẽ không đánh bạc nữa."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
