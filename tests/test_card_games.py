"""Cards and board games at home: playing cards or chess somewhere or at Tet, knowing how to play, whose turn to deal,
dealing and shuffling, who won the game, who taught whom, being good at chess, both ways (mt/card_games.py)."""
import pytest

from mt.card_games import translate


@pytest.mark.parametrize("text, said", [
    # v8: "They're playing in the living room.", "Tet my house or hit cards.", "Lan is playing in the living room.",
    # "They usually play up during the Tet.", "Tet holiday, my home or playing cards.", "My home is playing homework."
    ("Họ đang đánh bài trong phòng khách.", "They're playing cards in the living room."),
    ("Tết nhà tôi hay đánh bài.", "My family often plays cards at Tet."),
    ("Ngày Tết, nhà tôi hay đánh bài.", "My family often plays cards at Tet."),
    ("Lan đang chơi bài trong phòng khách.", "Lan is playing cards in the living room."),
    ("Họ hay chơi tiến lên vào dịp Tết.", "They often play tiến lên at Tet."),
    ("Cả nhà tôi đang đánh bài ở nhà.", "My whole family is playing cards at home."),
    ("Gia đình tôi thường chơi bài vào dịp Tết.", "My family usually plays cards at Tet."),
    ("Nhà bạn có đánh bài vào dịp Tết không?", "Does your family play cards at Tet?"),
    ("Nhà tôi không đánh bài vào dịp Tết.", "My family doesn't play cards at Tet."),
    ("Bạn có hay đánh bài vào dịp Tết không?", "Do you often play cards at Tet?"),
    ("Anh có đang đánh bài trong phòng khách không?", "Are you playing cards in the living room?"),
    ("Chúng tôi đang chơi tiến lên.", "We're playing tiến lên."),
    ("Bạn có chơi tiến lên không?", "Do you play tiến lên?"), ("Tôi không chơi tiến lên.", "I don't play tiến lên."),
    ("Bố tôi hay đánh cờ ngoài công viên.", "My father often plays chess in the park."),
    # v8: "My grandfather plays the prime minister every afternoon.", "They were playing the prime minister at the
    # park."
    ("Ông tôi chơi cờ tướng mỗi chiều.", "My grandfather plays Chinese chess every afternoon."),
    ("Họ đang chơi cờ tướng ở công viên.", "They're playing Chinese chess in the park."),
    ("Bác Hùng thường đánh cờ ngoài sân mỗi buổi chiều.",
     "Uncle Hung usually plays chess in the yard every afternoon."),
    # v8: "Do you know that playing up?", "My mother didn't know how to play up."
    ("Anh có biết chơi tiến lên không?", "Do you know how to play tiến lên?"),
    ("Mẹ tôi không biết chơi tiến lên.", "My mother doesn't know how to play tiến lên."),
    ("Tôi chưa biết chơi tiến lên.", "I don't know how to play tiến lên yet."),
    ("Em gái tôi biết đánh bài.", "My sister knows how to play cards."),
    # v8: "Who's going to divide the lesson?", "In turn, I divided the lesson.", "Let's rub it in turn."
    ("Đến lượt ai chia bài?", "Whose turn is it to deal?"),
    ("Đến lượt ai xáo bài vậy?", "Whose turn is it to shuffle?"),
    ("Đến lượt tôi chia bài.", "It's my turn to deal."),
    ("Đến lượt bạn xáo bài.", "It's your turn to shuffle."),
    ("Đến lượt mẹ tôi chia bài.", "It's my mother's turn to deal."),
    ("Đến lượt tôi xáo bài chưa?", "Is it my turn to shuffle yet?"),
    ("Đến lượt tôi chia bài rồi.", "It's my turn to deal now."),  # ("rồi": by now)
    # v8: "My father is breaking the song.", "He's rubbing the song.", "Let me break the song."
    ("Bố tôi đang chia bài.", "My father is dealing the cards."),
    ("Anh ấy đang xáo bài.", "He's shuffling the cards."),
    ("Để tôi chia bài.", "Let me deal the cards."),
    ("Tôi sẽ chia bài.", "I'll deal the cards."),
    ("Tôi chia bài rồi.", "I've dealt the cards."),
    ("Mẹ tôi vừa xáo bài.", "My mother has just shuffled the cards."),
    ("Anh ấy chưa chia bài.", "He hasn't dealt the cards yet."),
    ("Bạn xáo bài chưa?", "Have you shuffled the cards yet?"),
    ("Chúng tôi đã chia bài.", "We dealt the cards."),
    # v8: "Who wins theboard?", "Who wins the song?", "My grandfather won the flag.", "I lost my skateboard.", "Do
    # you win the flag?"
    ("Ai thắng ván cờ?", "Who won the game of chess?"),
    ("Ai thắng ván bài?", "Who won the game of cards?"),
    ("Ai vừa thắng ván cờ tướng?", "Who has just won the game of Chinese chess?"),
    ("Ông tôi thắng ván cờ.", "My grandfather won the game of chess."),
    ("Tôi thua ván bài.", "I lost the game of cards."),
    ("Tôi vừa thua ván cờ tướng.", "I've just lost the game of Chinese chess."),
    ("Bạn có thắng ván cờ không?", "Did you win the game of chess?"),
    ("Họ đã thua ván tiến lên.", "They lost the game of tiến lên."),
    # v8: "The cabinet taught me the prime flag.", "My father had taught me playing chess.", "Who teaches you to play
    # the prime flag?"
    ("Ông nội dạy tôi đánh cờ tướng.", "My grandfather taught me to play Chinese chess."),
    ("Bố tôi đã dạy tôi chơi cờ vua.", "My father taught me to play chess."),
    ("Bà ngoại dạy chúng tôi đánh bài.", "Our grandmother taught us to play cards."),
    ("Bố tôi đang dạy em trai tôi chơi cờ vua.", "My father is teaching my younger brother to play chess."),
    ("Ai dạy bạn chơi cờ tướng?", "Who taught you to play Chinese chess?"),
    ("Ai đã dạy anh ấy chơi cờ?", "Who taught him to play chess?"),
    # v8: "My grandfather was good at the prime minister."
    ("Ông tôi giỏi cờ tướng.", "My grandfather is good at Chinese chess."),
    ("Lan rất giỏi cờ tướng.", "Lan is very good at Chinese chess."),
    ("Bạn có giỏi cờ vua không?", "Are you good at chess?"),
    ("Tôi không giỏi đánh bài lắm.", "I'm not very good at cards."),
    # not: a plain play with a place alone (now, or a habit?), "đang" with Tet, a bare "nhà tôi" but at Tet (my
    # husband?), "anh" alone saying it, a pet playing, a "?" on a statement, asked with no "có", asked of oneself,
    # "Ai dạy" anyone but "bạn" (taught, or teaching?), a plain "dạy" to another, a plain "chia bài", gambling
    # (mt/betting.py), a game with no place or time (mt/games.py), "thế" said, liking it (mt/hobbies.py)
    ("Họ đánh bài trong phòng khách.", None), ("Họ đang đánh bài vào dịp Tết.", None), ("Nhà tôi hay đánh bài.", None),
    ("Anh đang đánh bài trong phòng khách.", None), ("Đến lượt anh chia bài.", None),
    ("Con mèo của tôi đang chơi bài trong phòng khách.", None), ("Họ đang đánh bài trong phòng khách?", None),
    ("Bạn biết chơi tiến lên không?", None), ("Bạn có biết chơi tiến lên?", None), ("Tôi có thắng ván cờ không?", None),
    ("Ai dạy anh ấy chơi cờ?", None), ("Bố tôi dạy em tôi chơi cờ vua.", None), ("Bố dạy tôi chơi cờ vua.", None),
    ("Tôi chia bài.", None), ("Đến lượt tôi chia bài?", None), ("Ai thắng ván cờ.", None), ("Họ đánh bạc.", None),
    ("Họ đánh bài ăn tiền.", None), ("Chúng tôi đánh bài suốt đêm.", None), ("Họ chơi tiến lên.", None),
    ("Họ đang đánh bài trong phòng khách thế.", None), ("Tôi thích chơi bài.", None),
    ("Bạn có rất giỏi cờ không?", None), ("Con tôi giỏi bài.", None), ("Ông dạy tôi đánh cờ.", None),
    ("Tết nhà tôi hay đánh bài nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # a place alone, denied or asked, as the plain one: not now, or not as a habit?
    ("Họ không đánh bài trong phòng khách.", None), ("Họ có đánh bài trong phòng khách không?", None),
    ("Bạn có đánh bài ở nhà không?", None),
    ("They're playing cards in the living room.", None), ("Bài hát này hay quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Họ đang chơi thẻ trong phòng khách.", "Chúng tôi luôn chơi thiệp vào Tết.", "Gia đình tôi thường chơi
    # thiệp vào ngày Tết.", "Họ đang chơi các bếp trưởng Trung Quốc trong công viên.", "Chúng tôi đang chơi ống kính."
    ("They're playing cards in the living room.", "Họ đang đánh bài trong phòng khách."),
    ("We always play cards at Tet.", "Chúng tôi luôn đánh bài vào dịp Tết."),
    ("We always play cards at Tết.", "Chúng tôi luôn đánh bài vào dịp Tết."),
    ("My family often plays cards at Tet.", "Nhà tôi hay đánh bài vào dịp Tết."),
    ("They play cards in the living room.", "Họ đánh bài trong phòng khách."),
    ("Does your family play cards at Tet?", "Nhà bạn có đánh bài vào dịp Tết không?"),
    ("Are they playing cards in the living room?", "Họ có đang đánh bài trong phòng khách không?"),
    ("I don't play cards at Tet.", "Tôi không đánh bài vào dịp Tết."),
    ("They're playing Chinese chess in the park.", "Họ đang chơi cờ tướng ở công viên."),
    ("My grandfather plays Chinese chess every afternoon.", "Ông tôi chơi cờ tướng mỗi chiều."),
    ("We're playing tien len.", "Chúng tôi đang chơi tiến lên."),
    # v8: "Bạn có biết cách chơi tiến lên không?" (right), "Mẹ tôi không biết chơi tiến lên." (right)
    ("Do you know how to play tiến lên?", "Bạn có biết chơi tiến lên không?"),
    ("My mother doesn't know how to play tiến lên.", "Mẹ tôi không biết chơi tiến lên."),
    ("He doesn't know how to play chess yet.", "Anh ấy chưa biết chơi cờ vua."),
    ("Does she know how to play cards?", "Cô ấy có biết đánh bài không?"),
    # v8: "Ai có thể đối phó được không?", "Tôi quay về việc đối phó.", "Nó là lần lượt bạn nhúc nhích."
    ("Whose turn is it to deal?", "Đến lượt ai chia bài?"),
    ("It's my turn to deal.", "Đến lượt tôi chia bài."),
    ("It's your turn to shuffle.", "Đến lượt bạn xáo bài."),
    ("It's my mother's turn to shuffle the cards.", "Đến lượt mẹ tôi xáo bài."),
    ("Is it my turn to deal yet?", "Đến lượt tôi chia bài chưa?"),
    # v8: "Cha tôi đang đối phó thẻ này.", "Anh ta run rẩy những tấm thiệp.", "Để tôi đối phó."
    ("My father is dealing the cards.", "Bố tôi đang chia bài."),
    ("He's shuffling the cards.", "Anh ấy đang xáo bài."),
    ("Let me deal.", "Để tôi chia bài."),
    ("I'll deal the cards.", "Tôi sẽ chia bài."),
    ("I have dealt the cards.", "Tôi chia bài rồi."),
    ("She has just shuffled the cards.", "Cô ấy vừa xáo bài."),
    ("My father dealt the cards.", "Bố tôi đã chia bài."),
    # v8: "Ai sẽ chơi các bếp trưởng không?", "Ai sẽ chơi thẻ?", "Ông tôi giành chiến thắng của các bếp trưởng.",
    # "Tôi đã đánh mất trò chơi thẻ.", "Bạn có chiến thắng các bếp trưởng không?"
    ("Who won the game of chess?", "Ai thắng ván cờ?"),
    ("Who won the card game?", "Ai thắng ván bài?"),
    ("My grandfather won the game of chess.", "Ông tôi đã thắng ván cờ."),
    ("I lost the card game.", "Tôi đã thua ván bài."),
    ("Did you win the game of chess?", "Bạn có thắng ván cờ không?"),
    ("She has just won the game of Chinese chess.", "Cô ấy vừa thắng ván cờ tướng."),
    # v8: "Ông tôi dạy tôi những bếp trưởng Trung Quốc.", "Cha tôi dạy tôi chơi các bếp trưởng.", "Ai dạy bạn chơi
    # các bếp trưởng Trung Quốc?"
    ("My grandfather taught me Chinese chess.", "Ông tôi đã dạy tôi chơi cờ tướng."),
    ("My father taught me to play chess.", "Bố tôi đã dạy tôi chơi cờ vua."),
    ("Who taught you to play Chinese chess?", "Ai đã dạy bạn chơi cờ tướng?"),
    ("Who taught him how to play chess?", "Ai đã dạy anh ấy chơi cờ vua?"),
    ("My father is teaching me to play cards.", "Bố tôi đang dạy tôi đánh bài."),
    # "my family" but at Tet as "gia đình tôi": a bare "nhà tôi" reads as my husband or my wife too
    ("My family is playing cards in the living room.", "Gia đình tôi đang đánh bài trong phòng khách."),
    ("My family knows how to play cards.", "Gia đình tôi biết đánh bài."),
    ("Did your family win the card game?", "Gia đình bạn có thắng ván bài không?"),
    ("My whole family knows how to play chess.", "Cả nhà tôi biết chơi cờ vua."),
    # not: a verb not agreeing ("They plays", "Is they", "He know", "He have dealt", "Who win", "are teaching"),
    # "is playing" with Tet, no cards ("He's dealing.": drugs?), "the game" of no game named (mt/matches.py), asked of
    # oneself, a pet playing, a game with no place or time (mt/games.py), the other language
    ("They plays cards in the living room.", None), ("Is they playing cards in the living room?", None),
    ("She's playing chess at Tet.", None), ("He know how to play chess.", None), ("He's dealing.", None),
    ("He have dealt the cards.", None), ("Let me dealt.", None), ("Who won the game?", None),
    ("Who win the game of chess?", None), ("Did I win the game of chess?", None),
    ("My father are teaching me to play cards.", None), ("I taught me chess.", None),
    ("My dog plays cards in the living room.", None), ("They play chess.", None),
    ("Do you know how to play tiến lên.", None), ("Họ đang đánh bài trong phòng khách.", None),
    ("He deals drugs.", None), ("I can't deal with it.", None), ("It's my dog's turn to deal.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
