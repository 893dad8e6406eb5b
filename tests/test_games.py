"""Board games, cards and video games: who plays, can, wants to, is good at it, "let's play" and whose turn, both
ways (mt/games.py)."""
import pytest

from mt.games import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My grandfather is often gambed.", "I play the flag with me every Sunday.", "He plays the game all day."
    ("Ông tôi hay đánh cờ tướng.", "My grandfather often plays Chinese chess."),
    ("Tôi chơi cờ với ông tôi mỗi Chủ nhật.", "I play chess with my grandfather every Sunday."),
    ("Tôi chơi cờ vua với ông tôi vào Chủ nhật hàng tuần.", "I play chess with my grandfather every Sunday."),
    ("Họ chơi mạt chược vào các ngày Chủ nhật.", "They play mahjong on Sundays."),
    ("Anh ấy chơi trò chơi điện tử cả ngày.", "He plays video games all day."),
    ("Con tôi chơi game suốt ngày.", "My child plays video games all day."),
    ("Tôi chơi trò chơi điện tử mỗi tối.", "I play video games every evening."),
    ("Mẹ tôi không bao giờ chơi bài.", "My mother never plays cards."),
    ("Bố tôi không chơi cờ tướng.", "My father doesn't play Chinese chess."),
    ("Bạn có chơi trò chơi điện tử không?", "Do you play video games?"),
    ("Bạn có hay chơi cờ vua không?", "Do you often play chess?"),
    ("Anh ấy có chơi mạt chược không?", "Does he play mahjong?"),
    # v8: "They're playing slights."
    ("Họ đang chơi mạt chược.", "They're playing mahjong."),
    ("Đến lượt bạn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chúng tôi đang đánh bài với hàng xóm.", None),  # (whom not read)
    ("Lan đang chơi cờ tỷ phú với bạn.", "Lan is playing Monopoly with you."),
    # v8: "Do you know playing chess?", "I don't know how to play the song."
    ("Bạn có biết chơi cờ vua không?", "Can you play chess?"),
    ("Tôi không biết chơi bài.", "I can't play cards."),
    ("Em gái tôi chưa biết chơi cờ tướng.", "My sister can't play Chinese chess yet."),
    ("Bà tôi biết chơi mạt chược.", "My grandmother can play mahjong."),
    # v8: "Do you want to play a flagboard?", "Do you want to play the game?"
    ("Bạn có muốn chơi một ván cờ không?", "Do you want to play a game of chess?"),
    ("Bạn có muốn chơi một trò chơi không?", "Do you want to play a game?"),
    ("Tôi muốn chơi game.", "I want to play video games."),
    ("Anh ấy muốn đánh một ván bài.", "He wants to play a game of cards."),
    # v8: "He ganged very well.", "Do you play good chess?"
    ("Anh ấy đánh cờ rất giỏi.", "He's very good at chess."),
    ("Bạn chơi cờ vua có giỏi không?", "Are you good at chess?"),
    ("Tôi chơi bài không giỏi lắm.", "I'm not very good at cards."),
    ("Ông tôi chơi cờ tướng khá giỏi.", "My grandfather is quite good at Chinese chess."),
    # v8: "My younger brother adds the game."
    ("Em trai tôi nghiện chơi game.", "My younger brother is addicted to video games."),
    # v8: "Let's play a song.", "Let's play the prime minister.", "Let's play a skateboard anymore."
    ("Chúng ta chơi bài đi.", "Let's play cards."),
    ("Chúng ta chơi cờ tướng nhé.", "Let's play Chinese chess."),
    ("Chúng ta chơi một ván nữa nhé.", "Let's play one more game."),
    ("Chúng mình chơi cờ tỷ phú nhé?", "Shall we play Monopoly?"),
    ("Mình chơi bài đi!", "Let's play cards!"),
    # v8: "Let's turn you.", "Who's in turn?", "Who's the History?"
    ("Đến lượt bạn.", "It's your turn."),
    ("Đến lượt tôi rồi.", "It's my turn."),
    ("Đến lượt chúng ta!", "It's our turn!"),
    ("Tới lượt mẹ tôi.", "It's my mother's turn."),
    ("Đến lượt Lan.", "It's Lan's turn."),
    ("Đến lượt tôi chưa?", "Is it my turn yet?"),
    ("Đến lượt ai?", "Whose turn is it?"),
    ("Lượt của ai?", "Whose turn is it?"),
    ("Bây giờ đến lượt ai?", "Whose turn is it now?"),
    ("Giờ đến lượt em gái tôi.", "It's my sister's turn now."),
    # not: a kinship word alone (the speaker or the listener), "đánh game", "ván" alone, a round of video games, a
    # round played without "want", "có" not asked, whose turn to pay (mt/bills.py's), "đang" with a span, another
    # topic, "chơi bài" with no who (go play, or let's), "anh" whose turn, a day alone (ahead, or each week), "Mình
    # … nhé" (may be "I'll …")
    ("Anh chơi cờ vua giỏi lắm.", None), ("Em muốn chơi game.", None), ("Tôi đánh game.", None),
    ("Tôi muốn chơi ván.", None), ("Tôi muốn chơi một ván game.", None), ("Tôi chơi một ván cờ.", None),
    ("Bạn có chơi cờ vua.", None), ("Đến lượt ai trả?", None), ("Tôi đang chơi game cả ngày.", None),
    ("Tôi chơi bóng đá.", None), ("Chơi bài đi!", None), ("Đến lượt anh.", None),
    ("Tôi chơi cờ vua vào Chủ nhật.", None), ("Mình chơi bài nhé.", None), ("Chúng ta chơi bài đi?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có chơi bếp trưởng không?" (a chef), "Tôi chơi các bếp trưởng với ông cháu của tôi mỗi Chủ nhật."
    ("Do you play chess?", "Bạn có chơi cờ vua không?"),
    ("I play chess with my grandfather every Sunday.", "Tôi chơi cờ vua với ông tôi mỗi Chủ nhật."),
    ("They play chess on Sundays.", "Họ chơi cờ vua vào các ngày Chủ nhật."),
    ("He plays video games all day.", "Anh ấy chơi game cả ngày."),
    ("My grandfather often plays Chinese chess.", "Ông tôi hay chơi cờ tướng."),
    # v8: "Họ chơi đùa vào cuối tuần." (play about)
    ("They play mahjong every weekend.", "Họ chơi mạt chược mỗi cuối tuần."),
    ("She doesn't play video games.", "Cô ấy không chơi game."),
    ("Does your father play chess?", "Bố bạn có chơi cờ vua không?"),
    ("Do you often play cards?", "Bạn có hay chơi bài không?"),
    ("I never play cards.", "Tôi không bao giờ chơi bài."),
    ("We're playing mahjong.", "Chúng tôi đang chơi mạt chược."),
    ("My sister is playing Monopoly with Lan.", "Em gái tôi đang chơi cờ tỷ phú với Lan."),
    # v8: "Bạn có thể chơi các bếp trưởng không?"
    ("Can you play chess?", "Bạn có biết chơi cờ vua không?"),
    ("I can't play mahjong.", "Tôi không biết chơi mạt chược."),
    ("My mother can play cards.", "Mẹ tôi biết chơi bài."),
    # v8: "Bạn có muốn chơi các bếp trưởng không?", "Bạn có muốn chơi thẻ không?"
    ("Do you want to play chess?", "Bạn có muốn chơi cờ vua không?"),
    ("Do you want to play cards?", "Bạn có muốn chơi bài không?"),
    ("Would you like to play a game of chess?", "Bạn có muốn chơi một ván cờ vua không?"),
    ("Do you want to play a game?", "Bạn có muốn chơi một trò chơi không?"),
    ("He wants to play video games.", "Anh ấy muốn chơi game."),
    # v8: "Tôi không giỏi môn thiệp."
    ("I'm not good at cards.", "Tôi chơi bài không giỏi."),
    ("She's very good at mahjong.", "Cô ấy chơi mạt chược rất giỏi."),
    ("Is he good at Chinese chess?", "Anh ấy chơi cờ tướng có giỏi không?"),
    ("My brother is addicted to video games.", "Anh trai tôi nghiện chơi game."),
    # v8: "Chúng ta hãy chơi thiệp." (greeting cards)
    ("Let's play cards.", "Chúng ta chơi bài đi."),
    ("Let's play a board game.", "Chúng ta chơi một trò chơi cờ bàn đi."),
    ("Let's play one more game.", "Chúng ta chơi thêm một ván nữa đi."),
    ("Shall we play mahjong?", "Chúng ta chơi mạt chược nhé?"),
    # v8: "Đó là lần lượt của bạn.", "Sự biến mất là gì?" (what is the disappearance)
    ("It's your turn.", "Đến lượt bạn."),
    ("It's my mother's turn.", "Đến lượt mẹ tôi."),
    ("It's his turn.", "Đến lượt anh ấy."),
    ("Is it my turn yet?", "Đến lượt tôi chưa?"),
    ("Whose turn is it?", "Đến lượt ai?"),
    ("Whose turn is it now?", "Bây giờ đến lượt ai?"),
    ("It's Lan's turn now.", "Bây giờ đến lượt Lan."),
    # not: "can" that may be leave ("Can I", "You can", "We can") or a favour ("with me"), "with her …" ("bà cô
    # ấy": a great-aunt), verbs not agreeing with who, "another game" (one more, or a different one), a day alone
    # ("on Sunday"), whose turn to pay (mt/bills.py's), "like to" with "do" (mt/hobbies.py's), other games
    ("Can I play video games?", None), ("He play chess.", None), ("Does she plays chess?", None),
    ("Do he play cards?", None), ("She don't play chess.", None), ("They plays mahjong.", None),
    ("Let's play another game.", None), ("I play chess on Sunday.", None), ("It's your turn to pay.", None),
    ("Do you like to play chess?", None), ("I play football.", None), ("He are good at cards.", None),
    ("She wants to plays cards.", None), ("You can play video games.", None), ("We can play cards.", None),
    ("Can you play chess with me?", None), ("Lan plays mahjong with her grandmother.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Đến lượt bạn.", "en", "vi") is None
    assert translate("It's your turn.", "vi", "en") is None
    assert translate("It's your turn.", "en", "fr") is None
