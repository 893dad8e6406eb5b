"""Mopping and wet floors at home: who has just mopped the floor or finished it, how often it is mopped, the floor
still wet or dry, don't walk on it, and who slipped because it was wet, both ways (mt/wet_floors.py)."""
import pytest

from mt.wet_floors import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I've wiped the house done.", "I wipe the house finish.", "Do you wipe the house done?", "I've never
    # cleaned my house."
    ("Tôi vừa lau nhà xong.", "I've just mopped the floor."),
    ("Mẹ tôi vừa lau nhà xong.", "My mother has just mopped the floor."),
    ("Anh ấy vừa mới lau sàn xong.", "He's just mopped the floor."),
    ("Chúng tôi vừa lau nhà xong rồi.", "We've just mopped the floor."),
    ("Tôi lau nhà xong rồi.", "I've finished mopping the floor."),
    ("Lan đã lau sàn nhà xong rồi.", "Lan has finished mopping the floor."),
    ("Bạn lau nhà xong chưa?", "Have you finished mopping the floor?"),
    ("Mẹ bạn đã lau nhà xong chưa?", "Has your mother finished mopping the floor?"),
    ("Tôi chưa lau nhà xong.", "I haven't finished mopping the floor yet."),
    ("Cô ấy vẫn chưa lau nhà xong.", "She still hasn't finished mopping the floor."),
    # v8: "All day my mother wiped home.", "Every week I wipe the house twice.", "My mother wiped her home two days.",
    # "How long do you wipe the house?", "How many times a week do you wipe home?"
    ("Ngày nào mẹ tôi cũng lau nhà.", "My mother mops the floor every day."),
    ("Bà tôi sáng nào cũng lau nhà.", "My grandmother mops the floor every morning."),
    ("Tuần nào chúng tôi cũng lau nhà.", "We mop the floor every week."),
    ("Ngày nào bạn cũng lau nhà à?", "Do you mop the floor every day?"),
    ("Mỗi tuần tôi lau nhà hai lần.", "I mop the floor twice a week."),
    ("Lan lau nhà ba lần một tuần.", "Lan mops the floor three times a week."),
    ("Mỗi ngày mẹ tôi lau sàn một lần.", "My mother mops the floor once a day."),
    ("Mẹ tôi lau nhà hai ngày một lần.", "My mother mops the floor every other day."),
    ("Chúng tôi lau nhà ba ngày một lần.", "We mop the floor every three days."),
    ("Bạn lau nhà bao lâu một lần?", "How often do you mop the floor?"),
    ("Bao lâu mẹ bạn lau nhà một lần?", "How often does your mother mop the floor?"),
    ("Một tuần bạn lau nhà mấy lần?", "How many times a week do you mop the floor?"),
    # v8: "The wet house is wet.", "The home is not dry.", "Are you dry?", "The house has just been cleaned."
    ("Sàn nhà còn ướt.", "The floor is still wet."),
    ("Sàn nhà vẫn còn ướt đấy.", "The floor is still wet."),
    ("Nền nhà còn ướt lắm.", "The floor is still very wet."),
    ("Sàn nhà chưa khô.", "The floor isn't dry yet."),
    ("Sàn nhà vẫn chưa khô.", "The floor still isn't dry."),
    ("Sàn nhà khô rồi.", "The floor is dry now."),
    ("Sàn nhà khô chưa?", "Is the floor dry yet?"),
    ("Sàn nhà còn ướt không?", "Is the floor still wet?"),
    ("Nhà vừa lau xong.", "The floor has just been mopped."),
    ("Sàn nhà vừa mới lau.", "The floor has just been mopped."),
    # v8: "It's wet home, don't go.", "Don't go into, the floor wet.", "I've wired the house, don't go into a rush."
    ("Sàn nhà còn ướt, đừng đi vào.", "The floor is still wet, don't walk on it."),
    ("Đừng đi vào, sàn nhà còn ướt.", "Don't walk on it, the floor is still wet."),
    ("Sàn còn ướt nên đừng giẫm lên nhé.", "The floor is still wet, so don't step on it."),
    ("Sàn nhà ướt, đừng đi vào!", "The floor is wet, don't walk on it!"),
    ("Tôi vừa lau nhà xong, đừng đi vào vội nhé.", "I've just mopped the floor, don't walk on it yet."),
    ("Sàn nhà vừa lau xong, đừng dẫm lên.", "The floor has just been mopped, don't step on it."),
    # v8: "My grandmother was skied for the wet floor.", "I fell by a slicky floor.", "Do you get slippery feet for
    # the wet floor?"
    ("Bà tôi bị trượt chân vì sàn ướt.", "My grandmother slipped on the wet floor."),
    ("Hôm qua bố tôi bị trượt chân vì sàn nhà ướt.", "My father slipped on the wet floor yesterday."),
    ("Tôi suýt trượt ngã vì sàn trơn.", "I almost slipped and fell on the slippery floor."),
    ("Con tôi vừa bị trượt chân vì sàn ướt.", "My child just slipped on the wet floor."),
    ("Bạn có bị trượt chân vì sàn ướt không?", "Did you slip on the wet floor?"),
    ("Lan bị trượt chân vì sàn nhà còn ướt.", "Lan slipped because the floor was still wet."),
    # not: who is mopping, has just mopped without "xong" (mt/chores.py), "Sàn nhà ướt." alone (mt/cautions.py),
    # slipping "trên sàn ướt" (mt/falls.py), "đừng đi vào" alone (don't go in), "xong" alone (when I have mopped …),
    # asked of oneself, "anh" saying it, a pet mopping, a "?" on a statement, the house wet, another clause, a count
    # without its period or with two, "vừa" with a day, still slippery, the dance floor, "nhỉ", English
    ("Mẹ tôi đang lau nhà.", None), ("Tôi vừa lau nhà.", None), ("Sàn nhà ướt.", None), ("Đừng đi vào.", None),
    ("Bà tôi bị trượt chân trên sàn ướt.", None), ("Tôi lau nhà xong.", None), ("Tôi lau nhà xong chưa?", None),
    ("Anh lau nhà xong rồi.", None), ("Con mèo của tôi vừa lau nhà xong.", None), ("Sàn nhà còn ướt?", None),
    ("Tôi lau nhà xong rồi?", None), ("Nhà còn ướt.", None), ("Sàn nhà còn ướt, đừng đi ra ngoài.", None),
    ("Tôi lau nhà hai lần.", None), ("Mỗi tuần tôi lau nhà hai lần mỗi tuần.", None),
    ("Tôi lau nhà một ngày một lần.", None), ("Ngày nào mẹ tôi cũng lau nhà?", None),
    ("Hôm qua tôi vừa bị trượt chân vì sàn ướt.", None), ("Tôi bị trượt chân vì sàn còn trơn.", None),
    ("Sàn nhảy còn ướt.", None), ("Tôi lau nhà xong rồi nhỉ.", None), ("Sàn nhà khô.", None),
    ("Tôi chưa lau nhà xong rồi.", None), ("Tôi lau bàn xong rồi.", None), ("I mop the floor twice a week.", None),
    # "thế", "vậy" ending a statement say more than English would ("so I've finished then"); asked, they only soften
    ("Tôi lau nhà xong rồi vậy.", None), ("Ngày nào tôi cũng lau nhà thế.", None),
    ("Mỗi tuần mẹ tôi lau nhà hai lần thế.", None), ("Bà tôi bị trượt chân vì sàn ướt thế.", None),
    ("Bạn lau nhà bao lâu một lần thế?", "How often do you mop the floor?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vừa vỗ rẩy xuống sàn.", "Cô ấy hoàn thành vỗ sàn.", "Bạn đã dọn dẹp sàn nhà chưa?", "Tôi chưa hoàn
    # thành lớp làm cho sàn nhà."
    ("I've just finished mopping the floor.", "Tôi vừa lau nhà xong."),
    ("My mother has just finished mopping the floor.", "Mẹ tôi vừa lau nhà xong."),
    ("I just finished mopping the floor.", "Tôi vừa lau nhà xong."),
    ("She's finished mopping the floor.", "Cô ấy lau nhà xong rồi."),
    ("We've already finished mopping the floors.", "Chúng tôi lau nhà xong rồi."),
    ("Have you finished mopping the floor yet?", "Bạn lau nhà xong chưa?"),
    ("Has Lan finished mopping the floor?", "Lan lau nhà xong chưa?"),
    ("I haven't finished mopping the floor yet.", "Tôi chưa lau nhà xong."),
    ("He still hasn't finished mopping the floor.", "Anh ấy vẫn chưa lau nhà xong."),
    # v8: "Tôi muỗi sàn nhà hai lần một tuần." (a mosquito), "Cô ấy dọn sàn nhà mỗi ngày." (every day), "Bạn dọn sàn
    # nhà như thế nào?", "Bạn có thể dọn sàn nhà được bao nhiêu lần một tuần không?"
    ("I mop the floor twice a week.", "Mỗi tuần tôi lau nhà hai lần."),
    ("My mother mops the floor three times a week.", "Mỗi tuần mẹ tôi lau nhà ba lần."),
    ("We mop the floor once a day.", "Mỗi ngày chúng tôi lau nhà một lần."),
    ("She mops the floor every other day.", "Cô ấy lau nhà hai ngày một lần."),
    ("Lan mops the floor every three days.", "Lan lau nhà ba ngày một lần."),
    ("How often do you mop the floor?", "Bạn lau nhà bao lâu một lần?"),
    ("How often does your mother mop the floor?", "Mẹ bạn lau nhà bao lâu một lần?"),
    ("How many times a week do you mop the floor?", "Mỗi tuần bạn lau nhà mấy lần?"),
    # v8: "Cơn sàn vẫn còn ướt.", "Bầu sàn vẫn chưa khô.", "Có phải sàn nhà khô ráo chưa?", "Sàn nhà vừa bị động
    # đất." (an earthquake)
    ("The floor is still wet.", "Sàn nhà còn ướt."),
    ("The floor's still wet.", "Sàn nhà còn ướt."),
    ("The floor is still very wet.", "Sàn nhà còn ướt lắm."),
    ("The floor isn't dry yet.", "Sàn nhà chưa khô."),
    ("The floor still isn't dry.", "Sàn nhà vẫn chưa khô."),
    ("The floor is dry now.", "Sàn nhà khô rồi."),
    ("The floor has just been mopped.", "Sàn nhà vừa mới lau xong."),
    ("Is the floor dry yet?", "Sàn nhà khô chưa?"),
    ("Is the floor still wet?", "Sàn nhà còn ướt không?"),
    # v8: "Cơn sàn vẫn còn ướt, không đi bộ trên đó.", "Đừng đi bộ trên sàn nhà vẫn còn ướt.", "Tôi vừa vặn lên sàn
    # nhà, không đi bộ."
    ("The floor is still wet, don't walk on it.", "Sàn nhà còn ướt, đừng đi vào."),
    ("Don't walk on it, the floor is still wet.", "Đừng đi vào, sàn nhà còn ướt."),
    ("The floor is wet, so don't step on it.", "Sàn nhà ướt nên đừng giẫm lên."),
    ("I've just mopped the floor, don't walk on it yet.", "Tôi vừa lau nhà xong, đừng đi vào vội."),
    ("My mother has just mopped the floor, don't step on it!", "Mẹ tôi vừa lau nhà xong, đừng giẫm lên!"),
    # v8: "Bà tôi trượt dốc vì sàn nhà bị ướt.", "Tôi trượt dốc và ngã vì sàn nhà bị trượt dốc.", "Bạn có trượt vì
    # sàn bị ướt không?"
    ("My grandmother slipped because the floor was wet.", "Bà tôi bị trượt chân vì sàn ướt."),
    ("Yesterday my father slipped because the floor was wet.", "Hôm qua bố tôi bị trượt chân vì sàn ướt."),
    ("I almost slipped and fell because the floor was slippery.", "Tôi suýt trượt chân ngã vì sàn trơn."),
    ("Did you slip because the floor was wet?", "Bạn có bị trượt chân vì sàn ướt không?"),
    ("She slipped because the floor was still wet.", "Cô ấy bị trượt chân vì sàn còn ướt."),
    # not: "The floor is wet." alone (mt/cautions.py), slipping on the wet floor (mt/falls.py), who is mopping or
    # mops it every day (mt/chores.py), the verb not agreeing with who, asked of oneself, "don't walk on it" alone, a
    # pet mopping, "every other days", a count past ten or without its period, still dry, "just" with a day, still
    # slippery, "yet" said, a "?" on a statement, another clause, Vietnamese
    ("The floor is wet.", None), ("My grandmother slipped on the wet floor.", None),
    ("I'm mopping the floor.", None), ("My mother mops the floor every day.", None),
    ("She have finished mopping the floor.", None), ("He mop the floor twice a week.", None),
    ("How often does you mop the floor?", None), ("How often do I mop the floor?", None),
    ("Have I finished mopping the floor?", None), ("Don't walk on it.", None),
    ("My dog has finished mopping the floor.", None), ("She mops the floor every other days.", None),
    ("I mop the floor eleven times a week.", None), ("I mop the floor twice.", None),
    ("The floor is still dry.", None), ("I just slipped because the floor was wet yesterday.", None),
    ("She slipped because the floor was still slippery.", None), ("I've finished mopping the floor yet.", None),
    ("The floor is still wet?", None), ("The floor is still wet, don't go in.", None),
    ("Don't walk on the floor, it's still wet.", None), ("I has just mopped the floor, don't walk on it.", None),
    ("I mop the floor one times a week.", None), ("Sàn nhà còn ướt.", None),
    # "we" asked is the speaker with the one asked ("chúng ta", not "chúng tôi"); asked whether we slipped, or of
    # "our" mother (with the one asked or not), left; the "!" kept
    ("Have we finished mopping the floor?", "Chúng ta lau nhà xong chưa?"),
    ("How often do we mop the floor?", "Chúng ta lau nhà bao lâu một lần?"),
    ("How many times a week do we mop the floor?", "Mỗi tuần chúng ta lau nhà mấy lần?"),
    ("Did we slip because the floor was wet?", None), ("Has our mother finished mopping the floor?", None),
    ("How often does our mother mop the floor?", None),
    ("I haven't finished mopping the floor yet!", "Tôi chưa lau nhà xong!"),
    ("She has finished mopping the floor!", "Cô ấy lau nhà xong rồi!"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
