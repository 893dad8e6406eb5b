"""Village and temple festivals and the periodic market: going, ever been, a village's festival, when it is held,
market day, and crowds, both ways (mt/festivals.py)."""
import pytest

from mt.festivals import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, we went to the Figure festival.", "We went to the holiday of Xinjija.", "Last week, land went a
    # village.", "Next year, they're going to go to the Hungry festival.", "Tomorrow, we'll go to the market."
    ("Hôm qua chúng tôi đi lễ hội chùa Hương.", "We went to the Perfume Pagoda festival yesterday."),
    ("Chúng tôi đã đi lễ hội chùa Hương.", "We went to the Perfume Pagoda festival."),
    ("Tuần trước Lan đã đi hội làng.", "Lan went to the village festival last week."),
    ("Bà tôi đã đi trẩy hội chùa Hương.", "My grandmother went to the Perfume Pagoda festival."),
    ("Năm ngoái bố tôi đi hội Lim.", "My father went to the Lim festival last year."),
    ("Hôm qua tôi không đi lễ hội.", "I didn't go to the festival yesterday."),
    ("Hôm qua bạn có đi lễ hội không?", "Did you go to the festival yesterday?"),
    ("Năm sau họ sẽ đi lễ hội đền Hùng.", "They're going to the Hung Kings' Temple festival next year."),
    ("Ngày mai chúng tôi sẽ đi chợ phiên.", "We're going to the market day tomorrow."),
    ("Chúng tôi đi chợ phiên ngày mai.", "We're going to the market day tomorrow."),
    ("Mẹ tôi sẽ không đi lễ hội chùa.", "My mother is not going to the pagoda festival."),
    ("Ngày mai bạn có đi chợ phiên không?", "Are you going to the market day tomorrow?"),
    # v8: "My mother had just gone to the version."
    ("Mẹ tôi vừa đi chợ phiên về.", "My mother has just been to the market day."),
    ("Tôi mới đi hội làng về.", "I've just been to the village festival."),
    # v8: "Never go to the festival?", "Never go to Lim?", "I've never gone for the session market.", "My grandfather
    # had been stagnating."
    ("Bạn đã đi lễ hội bao giờ chưa?", "Have you ever been to a festival?"),
    ("Bạn đã bao giờ đi hội Lim chưa?", "Have you ever been to the Lim festival?"),
    ("Anh ấy từng đi chợ phiên chưa?", "Has he ever been to a market day?"),
    ("Tôi chưa bao giờ đi chợ phiên.", "I've never been to a market day."),
    ("Chúng tôi chưa đi lễ hội chùa Hương bao giờ.", "We've never been to the Perfume Pagoda festival."),
    ("Mẹ tôi chưa từng đi lễ hội đền Hùng.", "My mother has never been to the Hung Kings' Temple festival."),
    ("Bà tôi từng đi trẩy hội chùa Hương.", "My grandmother has been to the Perfume Pagoda festival."),
    # v8: "I have a holiday in spring.", "Are you a festival?", "I didn't have a holiday."
    ("Làng tôi có lễ hội vào mùa xuân.", "My village has a festival in the spring."),
    ("Làng bạn có lễ hội không?", "Does your village have a festival?"),
    ("Quê tôi không có lễ hội.", "My hometown doesn't have a festival."),
    ("Làng bà tôi có hội làng hằng năm.", "My grandmother's village has a festival every year."),
    ("Quê của anh ấy có lễ hội vào tháng Giêng.", "His hometown has a festival in the first lunar month."),
    ("Làng Bác Hùng có lễ hội vào mùa thu.", "Uncle Hung's village has a festival in the autumn."),
    # v8: "The festival came in spring."
    ("Lễ hội diễn ra vào mùa xuân.", "The festival takes place in the spring."),
    ("Hội Lim được tổ chức sau Tết.", "The Lim festival is held after Tet."),
    ("Lễ hội chùa Hương diễn ra khi nào?", "When does the Perfume Pagoda festival take place?"),
    # v8: "The session of on Sunday morning.", "What day's a meeting?", "The annual meeting was once a time."
    ("Chợ phiên họp vào sáng Chủ nhật.", "The market is held on Sunday mornings."),
    ("Chợ phiên ở đây họp vào thứ Bảy.", "The market here is held on Saturdays."),
    ("Phiên chợ này họp mỗi tuần một lần.", "This market is held once a week."),
    ("Chợ phiên họp năm ngày một lần.", "The market is held every five days."),
    ("Chợ phiên họp vào ngày nào?", "Which day is the market held?"),
    ("Chợ phiên họp khi nào?", "When is the market held?"),
    # v8: "There's a session today.", "Tomorrow, is the Sesion market?"
    ("Hôm nay có chợ phiên.", "Today is market day."),
    ("Hôm nay là phiên chợ.", "Today is market day."),
    ("Ngày mai có chợ phiên không?", "Is it market day tomorrow?"),
    ("Hôm nay có phải phiên chợ không?", "Is it market day today?"),
    ("Hôm qua là phiên chợ.", "Yesterday was market day."),
    ("Hôm nay không phải phiên chợ.", "Today isn't market day."),
    # v8: "The festival last year was too large.", "This year's village is very large.", "Is it a chance to
    # shareholders?" ("Lễ hội năm nay rất đông." is right: kept so)
    ("Lễ hội năm nay rất đông.", "This year's festival is very crowded."),
    ("Lễ hội năm ngoái đông quá.", "Last year's festival was so crowded."),
    ("Hội làng năm nay đông lắm.", "This year's village festival is very crowded."),
    ("Hôm qua hội Lim đông nghịt người.", "The Lim festival was packed yesterday."),
    ("Lễ hội có đông không?", "Is the festival crowded?"),
    ("Lễ hội chùa Hương không đông lắm.", "The Perfume Pagoda festival isn't very crowded."),
    ("Chợ phiên hôm nay khá đông.", "The market is quite crowded today."),
    # not: "đi" with no tense and no day (went, or going?), "không" with no day, "có … không?" with no day (a habit?),
    # "đang đi" (on the way, or there?), "chúng ta", "mình" on a day ahead with no "sẽ" (let's?), "anh" saying it,
    # "I" asked, a pet, "đã … chưa?" with no "bao giờ" (yet?), "đã bao giờ" said, a day behind with "sẽ"
    ("Chúng tôi đi lễ hội chùa Hương.", None), ("Chúng tôi đi chợ phiên.", None), ("Tôi không đi lễ hội.", None),
    ("Bạn có đi lễ hội không?", None), ("Tôi đang đi lễ hội.", None), ("Ngày mai chúng ta đi chợ phiên.", None),
    ("Ngày mai mình đi hội làng.", None), ("Anh đã đi lễ hội chùa Hương.", None),
    ("Tôi đã bao giờ đi lễ hội chưa?", None), ("Con chó của tôi đã đi lễ hội.", None),
    ("Bạn đã đi lễ hội chùa Hương chưa?", None), ("Tôi đã bao giờ đi lễ hội.", None),
    ("Hôm qua tôi sẽ đi lễ hội.", None), ("Mẹ tôi vừa đi chợ phiên.", None),
    # ... a "?" on a statement, "không?" with no "có", "hội" alone (an association), "mùa xuân" with no "vào" (a
    # spring festival), "Lễ hội đông." bare, "đông" packed with "rất", the market "diễn ra", a festival "họp", a
    # festival on a day of the week, a market's name, the market plain (mt/crowds.py, mt/shopping.py), the pagoda
    # (mt/religion.py), nonsense, the other language
    ("Hôm qua chúng tôi đi lễ hội chùa Hương?", None), ("Hôm qua bạn đi lễ hội không?", None),
    ("Làng tôi có hội.", None), ("Làng tôi có lễ hội mùa xuân.", None), ("Lễ hội đông.", None),
    ("Lễ hội rất đông nghịt.", None), ("Chợ phiên diễn ra vào Chủ nhật.", None), ("Lễ hội họp vào mùa xuân.", None),
    ("Lễ hội diễn ra vào Chủ nhật.", None), ("Chúng tôi đã đi chợ phiên Bắc Hà.", None),
    ("Chợ hôm nay đông người lắm.", None), ("Bà tôi đi chùa mỗi tuần.", None), ("Lễ hội lễ hội.", None),
    ("We went to the festival.", None), ("Làng tôi có lễ hội vào mùa xuân không.", None),
    # reviewed: "em" asking with "ạ" is the speaker (do I?); "thế", "vậy" ending a statement say more than English
    # would; "không rất" is not said; the market with a year (a yearly market?)
    ("Ngày mai em có đi lễ hội không ạ?", None), ("Năm ngoái em có đi lễ hội không ạ?", None),
    ("Em đã bao giờ đi lễ hội chưa ạ?", None),
    ("Em đã bao giờ đi hội Lim chưa?", "Have you ever been to the Lim festival?"),
    ("Hôm qua chúng tôi đi lễ hội thế.", None), ("Ngày mai chúng tôi sẽ đi lễ hội vậy.", None),
    ("Tôi chưa bao giờ đi lễ hội thế.", None), ("Làng tôi có lễ hội thế.", None),
    ("Lễ hội diễn ra vào mùa xuân thế.", None), ("Chợ phiên họp vào Chủ nhật thế.", None),
    ("Hôm nay có chợ phiên thế.", None), ("Lễ hội rất đông thế.", None),
    ("Lễ hội diễn ra khi nào vậy?", "When does the festival take place?"),
    ("Lễ hội không rất đông.", None), ("Chợ phiên năm nay rất đông.", None), ("Chợ phiên năm ngoái đông quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đến lễ hội cá nhân Pagoda.", "Chúng tôi đến thị trường hàng tuần.", "Chúng tôi sẽ đến thị trường
    # ngày mai.", "Bạn sẽ đến lễ hội ngày mai không?"
    ("We went to the Perfume Pagoda festival.", "Chúng tôi đã đi lễ hội chùa Hương."),
    ("We went to the weekly market.", "Chúng tôi đã đi chợ phiên."),
    ("My grandmother went to the village festival yesterday.", "Hôm qua bà tôi đi hội làng."),
    ("They didn't go to the festival yesterday.", "Hôm qua họ không đi lễ hội."),
    ("Did you go to the Lim festival last year?", "Năm ngoái bạn có đi hội Lim không?"),
    ("We're going to the market day tomorrow.", "Ngày mai chúng tôi sẽ đi chợ phiên."),
    ("Lan is going to the pagoda festival.", "Lan sẽ đi lễ hội chùa."),
    ("She won't go to the festival.", "Cô ấy sẽ không đi lễ hội."),
    ("I'm not going to the village festival next week.", "Tuần sau tôi sẽ không đi hội làng."),
    ("Are you going to the festival tomorrow?", "Ngày mai bạn có đi lễ hội không?"),
    # v8: "Bạn từng đến một lễ hội chưa?", "Tôi chưa bao giờ đến Lễ hội Lim.", "Lan đã đến lễ hội cá nhân Pagoda."
    ("Have you ever been to a festival?", "Bạn đã bao giờ đi lễ hội chưa?"),
    ("Has your mother ever been to the Perfume Pagoda festival?", "Mẹ bạn đã bao giờ đi lễ hội chùa Hương chưa?"),
    ("I've never been to the Lim festival.", "Tôi chưa bao giờ đi hội Lim."),
    ("We have never been to a market day.", "Chúng tôi chưa bao giờ đi chợ phiên."),
    ("Lan has been to the Perfume Pagoda festival.", "Lan đã từng đi lễ hội chùa Hương."),
    # v8: "Sở làng của tôi có lễ hội vào mùa xuân.", "Cái làng của bạn có lễ hội không?", "Quê hương của tôi không có
    # lễ hội."
    ("My village has a festival in the spring.", "Làng tôi có lễ hội vào mùa xuân."),
    ("Does your village have a festival?", "Làng bạn có lễ hội không?"),
    ("My hometown doesn't have a festival.", "Quê tôi không có lễ hội."),
    ("My grandmother's village holds a festival every year.", "Làng bà tôi có lễ hội hằng năm."),
    ("Their village has a festival in early spring.", "Làng họ có lễ hội vào đầu xuân."),
    # v8: "Thị trường được tổ chức vào Chủ nhật sáng.", "Ngày nào thị trường?"
    ("The market is held on Sunday mornings.", "Chợ phiên họp vào sáng Chủ nhật."),
    ("The weekly market is held on Saturdays.", "Chợ phiên họp vào thứ Bảy."),
    ("The market here is held every five days.", "Chợ phiên ở đây họp năm ngày một lần."),
    ("This market is held once a week.", "Chợ phiên này họp mỗi tuần một lần."),
    ("The festival takes place in the spring.", "Lễ hội diễn ra vào mùa xuân."),
    ("The Lim festival is held in the first lunar month.", "Hội Lim được tổ chức vào tháng Giêng."),
    ("When is market day?", "Chợ phiên họp vào ngày nào?"),
    ("When is the market day?", "Chợ phiên họp vào ngày nào?"),
    ("Which day is the market held?", "Chợ phiên họp vào ngày nào?"),
    ("When does the festival take place?", "Lễ hội diễn ra khi nào?"),
    # v8: "Ngày nay là thị trường."
    ("Today is market day.", "Hôm nay là phiên chợ."),
    ("It's market day today.", "Hôm nay là phiên chợ."),
    ("Tomorrow isn't market day.", "Ngày mai không phải phiên chợ."),
    ("Is it market day tomorrow?", "Ngày mai có phải phiên chợ không?"),
    ("Yesterday was market day.", "Hôm qua là phiên chợ."),
    # v8: "Lễ hội năm nay rất đông đúc." (right), "Lễ hội có đám đông không?"
    ("This year's festival is very crowded.", "Lễ hội năm nay rất đông."),
    ("Last year's festival was so crowded.", "Lễ hội năm ngoái đông quá."),
    ("Is the festival crowded?", "Lễ hội có đông không?"),
    ("The festival was packed yesterday.", "Hôm qua lễ hội đông nghịt người."),
    ("The village festival isn't very crowded.", "Hội làng không đông lắm."),
    ("The Perfume Pagoda festival is too crowded today.", "Hôm nay lễ hội chùa Hương quá đông."),
    # not: verbs not agreeing ("She are going", "He have been", "I has"), "was" with no day behind, going with a day
    # the tense does not take, "Did …?" with no day, "a festival" gone to (which?), "ever" said, the market crowded
    # (mt/crowds.py), the market gone to (mt/shopping.py), "temple", a festival "is" in the spring (held, or dated?)
    ("She are going to the festival.", None), ("He have been to the Lim festival.", None),
    ("I has never been to a festival.", None), ("The festival was very crowded.", None),
    ("We went to the festival tomorrow.", None), ("We're going to the festival yesterday.", None),
    ("Did you go to the festival?", None), ("We went to a festival.", None),
    ("I've ever been to a festival.", None), ("The market is very crowded.", None),
    ("We went to the market.", None), ("We went to the temple festival.", None),
    ("The festival is in the spring.", None), ("The market is held in the spring.", None),
    ("The festival is held on Sundays.", None), ("My village have a festival.", None),
    ("Does my village has a festival?", None), ("Today was market day.", None),
    ("Yesterday is market day.", None), ("Is the festival very crowded?", None),
    ("My dog went to the festival yesterday.", None), ("Chúng tôi đã đi lễ hội chùa Hương.", None),
    ("Festival festival festival.", None),
    # reviewed: "after Tet" (its capital), "we" asked (chúng tôi, or chúng ta?), "has been to the festival" (this
    # year's, already: rồi, not từng)
    ("Her hometown has a festival after Tet.", "Quê cô ấy có lễ hội sau Tết."),
    ("The Lim festival is held after Tet.", "Hội Lim được tổ chức sau Tết."),
    ("The festival takes place after Tet.", "Lễ hội diễn ra sau Tết."),
    ("Are we going to the festival tomorrow?", None), ("Did we go to the festival yesterday?", None),
    ("Will we go to the festival tomorrow?", None), ("Have we ever been to a market day?", None),
    ("Does our village have a festival?", None), ("I have been to the festival.", None),
    ("We've been to the village festival.", None), ("He has been to a festival.", "Anh ấy đã từng đi lễ hội."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
