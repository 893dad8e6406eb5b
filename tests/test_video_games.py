"""Playing video games: until late, too much, always, on a phone or a computer, on a day behind, no longer; told to
stop; let play; which games; a new game; both ways (mt/video_games.py)."""
import pytest

from mt.video_games import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child plays games to late.", "My child plays too much."
    ("Con tôi chơi game đến tận khuya.", "My child plays video games until late at night."),
    ("Con trai tôi chơi điện tử đến khuya.", "My son plays video games until late at night."),
    ("Anh trai tôi chơi game đến tận nửa đêm.", "My brother plays video games until midnight."),
    ("Bạn có hay chơi game đến khuya không?", "Do you often play video games until late at night?"),
    ("Con tôi chơi game nhiều quá.", "My child plays video games too much."),
    ("Em trai tôi chơi điện tử quá nhiều.", "My younger brother plays video games too much."),
    ("Chúng tôi chơi game nhiều.", "We play video games a lot."),
    # v8: "My son spent the day playing game.", "He always plays electronics.", "I play games every night."
    ("Con trai tôi suốt ngày chơi game.", "My son plays video games all day long."),
    ("Anh ấy lúc nào cũng chơi điện tử.", "He's always playing video games."),
    ("Bố tôi lúc nào cũng chơi game trên điện thoại.", "My father is always playing games on his phone."),
    ("Tối nào con tôi cũng chơi game.", "My child plays video games every night."),
    ("Ngày nào Minh cũng chơi điện tử.", "Minh plays video games every day."),
    ("Cuối tuần nào chúng tôi cũng chơi game.", "We play video games every weekend."),
    # v8: "My younger brother playing games on the phone."
    ("Em trai tôi đang chơi game trên điện thoại.", "My younger brother is playing games on his phone."),
    ("Mẹ tôi đang chơi game trên điện thoại.", "My mother is playing games on her phone."),
    ("Tôi chơi game trên điện thoại.", "I play games on my phone."),
    ("Mẹ tôi hay chơi game trên điện thoại.", "My mother often plays games on her phone."),
    ("Bạn có chơi game trên điện thoại không?", "Do you play games on your phone?"),
    ("Lan chơi game trên máy tính.", "Lan plays video games on the computer."),
    ("Anh ấy thường chơi điện tử trên máy tính.", "He often plays video games on the computer."),
    ("Cô ấy chơi game trên máy tính bảng.", "She plays games on her tablet."),
    ("Tôi không chơi game trên điện thoại.", "I don't play games on my phone."),
    # v8: "I don't play games anymore." (right)
    ("Tôi không chơi game nữa.", "I don't play video games any more."),
    ("Bác Hùng không còn chơi điện tử nữa.", "Uncle Hung doesn't play video games any more."),
    # v8: "Yesterday, I played games all day." (right), "Last night, he played the night."
    ("Hôm qua tôi chơi game cả ngày.", "I played video games all day yesterday."),
    ("Tối qua anh ấy chơi điện tử cả đêm.", "He played video games all night last night."),
    ("Tối qua tôi chơi game đến tận khuya.", "I played video games until late last night."),
    ("Hôm qua bạn có chơi game không?", "Did you play video games yesterday?"),
    ("Hôm qua tôi không chơi game.", "I didn't play video games yesterday."),
    ("Cuối tuần trước bố tôi đã chơi game cả ngày.", "My father played video games all day last weekend."),
    ("Anh ấy suốt ngày chơi game trên điện thoại.", "He plays games on his phone all day long."),
    ("Tôi thường chơi game đến khuya.", "I usually play video games until late at night."),
    # v8: "Don't play electronics, go to school!", "Turn off the game!" (right)
    ("Đừng chơi điện tử nữa, đi học bài đi!", "Stop playing video games and go and do your homework!"),
    ("Đừng chơi game nữa!", "Stop playing video games!"),
    ("Đừng chơi game nữa, đi ngủ đi.", "Stop playing video games and go to bed."),
    ("Tắt game đi!", "Turn off the game!"),
    # v8: "I don't let your child play."
    ("Tôi không cho con chơi game.", "I don't let my child play video games."),
    ("Bạn có cho con chơi game không?", "Do you let your child play video games?"),
    ("Mẹ tôi không cho tôi chơi game.", "My mother doesn't let me play video games."),
    ("Chúng tôi không cho con chơi điện tử nữa.", "We don't let our child play video games any more."),
    # v8: "What often do you play a game?"
    ("Bạn hay chơi game gì?", "What games do you usually play?"),
    ("Anh ấy chơi game gì?", "What games does he play?"),
    ("Em trai bạn thích chơi game gì?", "What games does your younger brother like to play?"),
    ("Bạn thường chơi game gì trên điện thoại?", "What games do you usually play on your phone?"),
    # v8: "I just bought a new game." (right)
    ("Tôi vừa mua một game mới.", "I've just bought a new game."),
    ("Em trai tôi đã tải một game mới.", "My younger brother downloaded a new game."),
    ("Bạn có muốn mua một game mới không?", "Do you want to buy a new game?"),
    ("Chị ấy muốn mua một trò chơi điện tử mới.", "She wants to buy a new video game."),
    ("Chúng tôi mua được một game mới rồi.", "We've bought a new game."),
    # not: "nó" (he, she, a child?), mt/games.py's (all day), mt/doing_now.py's ("đang chơi game", "đang chơi game
    # gì?"), mt/games.py's "nghiện", all night with no day, a name's or a child's phone (whose?), a pet, a plain "mua"
    # (done, or about to?), "Con đừng …", a day ahead or today, "anh" saying it, a "?" on a statement, "không?" with
    # no "có", "I" asked, "trò chơi" alone, "đã" with no day, "nào" with no "cũng", no one let, "con" of kin, "nhỉ",
    # a game not a video game, "rồi" on wanting
    ("Nó chơi điện tử cả ngày.", None), ("Anh ấy chơi điện tử cả ngày.", None), ("Lan chơi game cả đêm.", None),
    ("Lan chơi game trên điện thoại.", None), ("Con tôi chơi game trên điện thoại.", None),
    ("Con mèo của tôi chơi game trên máy tính.", None), ("Tôi mua một game mới.", None),
    ("Con đừng chơi game nữa!", None), ("Ngày mai tôi chơi game cả ngày.", None),
    ("Hôm nay tôi chơi game cả ngày.", None), ("Anh chơi game đến khuya.", None),
    ("Con tôi chơi game đến tận khuya?", None), ("Bạn chơi game đến khuya không?", None),
    ("Tôi có chơi game trên điện thoại không?", None), ("Tôi vừa mua một trò chơi mới.", None),
    ("Bạn đang chơi game gì?", None), ("Em trai tôi đang chơi game.", None), ("Tôi đã chơi game cả ngày.", None),
    ("Tối nào con tôi chơi game.", None), ("Con tôi nghiện chơi game.", None), ("Đừng chơi game.", None),
    ("Bố tôi không cho con chơi game.", None), ("Tôi chơi game đến khuya nhỉ.", None),
    ("Tôi không chơi game nhiều.", None), ("Anh ấy đang chơi game đến khuya.", None),
    ("Tôi chơi bài đến khuya.", None), ("Bạn chơi game gì.", None), ("Tôi muốn mua một game mới rồi.", None),
    ("My son plays video games until midnight.", None),
    # found in review: a son's or a daughter's phone (theirs, or the parent's?), "em" saying it with "ạ" (the speaker:
    # "Do I …?"), all day on a night, "nữa" on a day behind (dropped), all night the day before yesterday
    ("Con trai tôi chơi game trên điện thoại.", None), ("Con gái tôi đang chơi game trên điện thoại.", None),
    ("Con gái tôi chơi game trên máy tính bảng.", None), ("Con gái bạn thích chơi game gì trên điện thoại?", None),
    ("Em có chơi game trên điện thoại không ạ?", None), ("Em chơi game gì ạ?", None),
    ("Em có muốn mua một game mới không ạ?", None), ("Em có cho con chơi game không ạ?", None),
    ("Tối qua tôi chơi game cả ngày.", None), ("Đêm qua tôi chơi game suốt ngày.", None),
    ("Tối nào tôi cũng chơi game cả ngày.", None), ("Tối qua tôi không chơi game nữa.", None),
    ("Hôm kia tôi chơi game cả đêm.", None),
    ("Hôm qua tôi chơi game cả đêm.", "I played video games all night last night."),
    ("Cuối tuần trước tôi chơi game cả đêm.", "I played video games all night last weekend."),
    ("Con trai tôi lúc nào cũng chơi game trên máy tính.", "My son is always playing video games on the computer."),
    ("Em trai tôi chơi game trên điện thoại.", "My younger brother plays games on his phone."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi chơi trò chơi cho đến cuối đêm.", "Con trai tôi chơi trò chơi video quá nhiều."
    ("My child plays games until late at night.", "Con tôi chơi game đến tận khuya."),
    ("My son plays video games until midnight.", "Con trai tôi chơi game đến tận nửa đêm."),
    ("Do you often play video games until late at night?", "Bạn có hay chơi game đến tận khuya không?"),
    ("My son plays too many video games.", "Con trai tôi chơi game quá nhiều."),
    ("My brother plays video games too much.", "Anh trai tôi chơi game quá nhiều."),
    ("We play video games a lot.", "Chúng tôi chơi game nhiều."),
    # v8: "Anh ta luôn chơi game video.", "Con tôi chơi trò chơi video mỗi đêm."
    ("He's always playing video games.", "Anh ấy lúc nào cũng chơi game."),
    ("My father is always playing games on his phone.", "Bố tôi lúc nào cũng chơi game trên điện thoại."),
    ("My child plays video games every night.", "Tối nào con tôi cũng chơi game."),
    ("Minh plays video games every day.", "Ngày nào Minh cũng chơi game."),
    ("We play video games every weekend.", "Cuối tuần nào chúng tôi cũng chơi game."),
    # v8: "Em trai tôi đang chơi một trò chơi trên điện thoại.", "Bạn có chơi trò chơi trên điện thoại của mình
    # không?"
    ("My younger brother is playing a game on his phone.", "Em trai tôi đang chơi game trên điện thoại."),
    ("My mother is playing games on her phone.", "Mẹ tôi đang chơi game trên điện thoại."),
    ("I play games on my phone.", "Tôi chơi game trên điện thoại."),
    ("She often plays games on her phone.", "Cô ấy hay chơi game trên điện thoại."),
    ("Do you play games on your phone?", "Bạn có chơi game trên điện thoại không?"),
    ("Lan plays video games on the computer.", "Lan chơi game trên máy tính."),
    ("He usually plays video games on his computer.", "Anh ấy thường chơi game trên máy tính."),
    # v8: "Tôi không còn chơi trò chơi video nữa."
    ("I don't play video games any more.", "Tôi không chơi game nữa."),
    ("I no longer play video games.", "Tôi không còn chơi game nữa."),
    ("She doesn't play video games any more.", "Cô ấy không chơi game nữa."),
    # v8: "Tôi chơi trò chơi video suốt ngày hôm qua."
    ("I played video games all day yesterday.", "Hôm qua tôi chơi game cả ngày."),
    ("He played video games all night last night.", "Tối qua anh ấy chơi game cả đêm."),
    ("I played video games until late last night.", "Tối qua tôi chơi game đến khuya."),
    ("Did you play video games yesterday?", "Hôm qua bạn có chơi game không?"),
    ("I didn't play video games yesterday.", "Hôm qua tôi không chơi game."),
    # v8: "Dừng chơi game video và đi làm bài tập ở nhà của bạn!", "Dừng chơi game video!", "Tắt trò chơi!"
    ("Stop playing video games and go and do your homework!", "Đừng chơi game nữa, đi học bài đi!"),
    ("Stop playing video games!", "Đừng chơi game nữa!"),
    ("Stop playing computer games and go to bed.", "Đừng chơi game nữa, đi ngủ đi."),
    ("Turn off the game!", "Tắt game đi!"),
    ("Turn the game off.", "Tắt game đi."),
    # v8: "Tôi không để con chơi trò chơi video."
    ("I don't let my child play video games.", "Tôi không cho con chơi game."),
    ("Do you let your son play video games?", "Bạn có cho con trai bạn chơi game không?"),
    ("My mother doesn't let me play video games.", "Mẹ tôi không cho tôi chơi game."),
    ("We won't let our son play video games any more.", "Chúng tôi không cho con trai chúng tôi chơi game nữa."),
    # v8: "Bạn thường chơi trò gì?"
    ("What games do you usually play?", "Bạn hay chơi game gì?"),
    ("What games does he play?", "Anh ấy chơi game gì?"),
    ("What games does your son like to play on his phone?", "Con trai bạn thích chơi game gì trên điện thoại?"),
    ("What video games do you like playing?", "Bạn thích chơi game gì?"),
    # v8: "Tôi vừa mua một trò chơi video mới."
    ("I've just bought a new video game.", "Tôi vừa mua một game mới."),
    ("She downloaded a new game.", "Cô ấy đã tải một game mới."),
    ("Do you want to buy a new video game?", "Bạn có muốn mua một game mới không?"),
    ("My brother wants to download a new game.", "Anh trai tôi muốn tải một game mới."),
    ("I bought a new computer game.", "Tôi đã mua một game mới."),
    ("I have bought a new video game.", "Tôi mua một game mới rồi."),
    ("My son has just downloaded a new game.", "Con trai tôi vừa tải một game mới."),
    # not: mt/games.py's (all day), "games" alone (any games), "on the phone" (a call), another's phone, verbs not
    # agreeing ("He play", "Does he plays", "They is", "does you"), "Stop playing games" (a trick?), "a new game"
    # bought (a board game?), "I let" (now, or the past?), all night with no day, "until late at night" in the past,
    # mt/doing_now.py's, a pet, "I" asked, "every night" with a day, a "?" on a statement, the other way's language,
    # "too many games", a board game
    ("He plays video games all day.", None), ("I play games.", None), ("My son plays games all day.", None),
    ("He plays games on the phone.", None), ("My mother plays games on my phone.", None),
    ("He play video games until midnight.", None), ("Does he plays video games on his computer?", None),
    ("Stop playing games!", None), ("I just bought a new game.", None), ("I let my son play video games.", None),
    ("Lan plays video games all night.", None), ("She played video games until late at night.", None),
    ("What game are you playing?", None), ("My cat plays video games on the computer.", None),
    ("I'm playing video games.", None), ("Do I play games on my phone?", None),
    ("We play video games every night yesterday.", None), ("They is always playing video games.", None),
    ("He plays video games until late at night?", None), ("Tôi chơi game đến khuya.", None),
    ("My son plays too many games.", None), ("What games does you play?", None),
    ("He wants to buy a new board game.", None),
    # found in review: all day on a night
    ("I played video games all day last night.", None), ("I play video games all day every night.", None),
    ("I play video games all day long every evening.", None),
    ("I played video games all night yesterday.", "Hôm qua tôi chơi game cả đêm."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
