"""Ghosts: a haunted house, sleep paralysis, a ghost dreamt, ghost stories, ghost and horror films, both ways
(mt/ghosts.py)."""
import pytest

from mt.ghosts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My house has mad.", "This house is marvelant.", "That house was implying.", "Are you mad?", "It sounds that
    # the house is marry."
    ("Nhà tôi có ma.", "My house is haunted."),
    ("Ngôi nhà này có ma.", "This house is haunted."),
    ("Căn nhà đó bị ma ám.", "That house is haunted."),
    ("Nhà bạn có ma không?", "Is your house haunted?"),
    ("Nhà bạn có bị ma ám không?", "Is your house haunted?"),
    ("Nhà chúng tôi không có ma.", "Our house isn't haunted."),
    ("Nhà bà tôi có ma.", "My grandmother's house is haunted."),
    ("Phòng của anh ấy bị ma ám.", "His room is haunted."),
    ("Khách sạn này có ma.", "This hotel is haunted."),
    ("Nghe nói ngôi nhà đó có ma.", "I've heard that house is haunted."),
    ("Người ta nói trường tôi có ma.", "They say my school is haunted."),
    # v8: "I'm overwhelmed.", "Last night, I was overwhelmed.", "I'm often overwhelmed.", "Are you never
    # overwhelmed?", "My mother was overwhelmed."
    ("Tôi bị bóng đè.", "I had sleep paralysis."),
    ("Đêm qua tôi bị bóng đè.", "I had sleep paralysis last night."),
    ("Mẹ tôi bị bóng đè tối qua.", "My mother had sleep paralysis last night."),
    ("Tôi lại bị bóng đè.", "I had sleep paralysis again."),
    ("Tôi vừa bị bóng đè.", "I just had sleep paralysis."),
    ("Tôi hay bị bóng đè.", "I often get sleep paralysis."),
    ("Mẹ tôi thỉnh thoảng bị bóng đè.", "My mother sometimes gets sleep paralysis."),
    ("Anh ấy không bao giờ bị bóng đè.", "He never gets sleep paralysis."),
    ("Bạn có hay bị bóng đè không?", "Do you often get sleep paralysis?"),
    ("Đêm qua bạn có bị bóng đè không?", "Did you have sleep paralysis last night?"),
    ("Bạn đã bao giờ bị bóng đè chưa?", "Have you ever had sleep paralysis?"),
    ("Lan có bao giờ bị bóng đè không?", "Has Lan ever had sleep paralysis?"),
    ("Tôi chưa bao giờ bị bóng đè.", "I've never had sleep paralysis."),
    ("Chúng tôi từng bị bóng đè.", "We've had sleep paralysis before."),
    ("Tôi không bị bóng đè nữa.", "I don't get sleep paralysis any more."),
    ("Đêm qua tôi không bị bóng đè.", "I didn't have sleep paralysis last night."),
    # v8: "I lay a dream.", "Last night, my child dreams.", "I'm a dream."
    ("Tôi nằm mơ thấy ma.", "I dreamt about a ghost."),
    ("Tối qua con tôi mơ thấy ma.", "My child dreamt about a ghost last night."),
    ("Tôi hay mơ thấy ma.", "I often dream about ghosts."),
    ("Cô ấy lại nằm mơ thấy ma.", "She dreamt about a ghost again."),
    ("Đêm qua bạn có mơ thấy ma không?", "Did you dream about a ghost last night?"),
    ("Minh chưa bao giờ mơ thấy ma.", "Minh has never dreamt about a ghost."),
    # v8: "My grandmother usually tells the ghost.", "Don't tell marry."
    ("Bà tôi hay kể chuyện ma.", "My grandmother often tells ghost stories."),
    ("Ông tôi thường kể chuyện ma cho chúng tôi nghe.", "My grandfather often tells us ghost stories."),
    ("Bà bạn có hay kể chuyện ma không?", "Does your grandmother often tell ghost stories?"),
    ("Tối qua bố tôi kể chuyện ma cho chúng tôi nghe.", "My father told us ghost stories last night."),
    ("Đừng kể chuyện ma nữa.", "Stop telling ghost stories."),
    ("Đừng kể chuyện ma.", "Don't tell ghost stories."),
    ("Kể chuyện ma cho tôi nghe đi.", "Tell me a ghost story."),
    # v8: "I'm not going to watch the movie.", "Do you look allergic movies?", "Let's see magnific film.", "I like
    # to watch movies.", "I don't like movies."
    ("Tôi không dám xem phim ma.", "I don't dare watch ghost films."),
    ("Mẹ tôi không dám xem phim kinh dị.", "My mother doesn't dare watch horror films."),
    ("Bạn có dám xem phim kinh dị không?", "Do you dare watch horror films?"),
    ("Chúng ta xem phim ma đi.", "Let's watch a ghost film."),
    ("Tôi thích xem phim kinh dị.", "I like watching horror films."),
    ("Tôi không thích phim ma.", "I don't like ghost films."),
    ("Anh ấy rất thích phim kinh dị.", "He really likes horror films."),
    ("Em gái tôi ghét phim ma.", "My sister hates ghost films."),
    ("Bạn có thích xem phim ma không?", "Do you like watching ghost films?"),
    ("Chúng tôi hay xem phim kinh dị.", "We often watch horror films."),
    # not: believing (mt/lies.py) or fearing (mt/fears.py) ghosts, bulbs (mt/bulbs.py), "ma túy", a house with no
    # whose, "có … không?" and "không" with no day (did, or do?), stories told or films watched with no day or
    # habit, "Tôi dám …", "anh" saying it, "I" asked, a pet as who, a "?" on a statement, "à?", two days
    ("Bạn có tin có ma không?", None), ("Tôi sợ ma.", None), ("Bóng đèn bị cháy rồi.", None),
    ("Anh ấy dùng ma túy.", None), ("Nhà có ma.", None), ("Bạn có bị bóng đè không?", None),
    ("Tôi không bị bóng đè.", None), ("Bà tôi kể chuyện ma.", None), ("Tôi xem phim ma.", None),
    ("Tôi dám xem phim ma.", None), ("Anh bị bóng đè.", None), ("Tôi có hay bị bóng đè không?", None),
    ("Con chó của tôi bị bóng đè.", None), ("Tôi bị bóng đè?", None), ("Nhà bạn có ma à?", None),
    ("Hôm qua tôi bị bóng đè đêm qua.", None), ("Tôi hay bị bóng đè đêm qua.", None),
    ("Nghe nói nhà bạn có ma không?", None), ("Nhà tôi có ma sát.", None), ("Tôi bị bóng đèn.", None),
    ("Bạn có hay kể chuyện ma?", None), ("Tôi vừa bị bóng đè hôm qua.", None),
    # not: a habit with "nữa" (never again? any more? "I never get …" drops it) or asked with "chưa", someone telling
    # themselves ("I often tell me …"), a pet's house
    ("Tôi không bao giờ bị bóng đè nữa.", None), ("Tôi hay bị bóng đè nữa.", None),
    ("Tôi không bao giờ mơ thấy ma nữa.", None), ("Con tôi thỉnh thoảng mơ thấy ma nữa.", None),
    ("Bạn hay bị bóng đè chưa?", None), ("Bạn thường mơ thấy ma chưa?", None),
    ("Tôi hay kể chuyện ma cho tôi nghe.", None), ("Tối qua tôi kể chuyện ma cho tôi nghe.", None),
    ("Mình hay kể chuyện ma cho tôi nghe.", None), ("Chúng tôi hay kể chuyện ma cho chúng tôi nghe.", None),
    ("Mẹ tôi hay kể chuyện ma cho mẹ tôi nghe.", None), ("Nhà con mèo của tôi có ma.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nhà tôi bị haunted.", "Nhà của chúng tôi bị haunted.", "Nhà của bạn có ha ngủ không?", "Họ nói rằng nhà
    # bị haunted."
    ("My house is haunted.", "Nhà tôi có ma."),
    ("Our house is haunted.", "Nhà chúng tôi có ma."),
    ("This house is haunted.", "Ngôi nhà này có ma."),
    ("Is your house haunted?", "Nhà bạn có ma không?"),
    ("That hotel isn't haunted.", "Khách sạn đó không có ma."),
    ("My grandmother's house is haunted.", "Nhà bà tôi có ma."),
    ("There's a ghost in my room.", "Phòng tôi có ma."),
    ("Is there a ghost in your house?", "Nhà bạn có ma không?"),
    ("They say that house is haunted.", "Người ta nói ngôi nhà đó có ma."),
    # v8: "Tôi đã ngủ tê liệt tối qua.", "Tôi đã ngủparalysis.", "Tôi thường ngủ tê liệt.", "Bạn có bao giờ ngủ rất
    # liệt không?"
    ("I had sleep paralysis last night.", "Đêm qua tôi bị bóng đè."),
    ("I had sleep paralysis.", "Tôi bị bóng đè."),
    ("My mother had sleep paralysis again.", "Mẹ tôi lại bị bóng đè."),
    ("I often get sleep paralysis.", "Tôi hay bị bóng đè."),
    ("She sometimes gets sleep paralysis.", "Cô ấy thỉnh thoảng bị bóng đè."),
    ("Do you often get sleep paralysis?", "Bạn có hay bị bóng đè không?"),
    ("Did you have sleep paralysis last night?", "Đêm qua bạn có bị bóng đè không?"),
    ("Have you ever had sleep paralysis?", "Bạn đã bao giờ bị bóng đè chưa?"),
    ("Has he ever had sleep paralysis?", "Anh ấy đã bao giờ bị bóng đè chưa?"),
    ("I've never had sleep paralysis.", "Tôi chưa bao giờ bị bóng đè."),
    ("We've had sleep paralysis before.", "Chúng tôi từng bị bóng đè."),
    ("I don't get sleep paralysis any more.", "Tôi không bị bóng đè nữa."),
    ("Lan didn't have sleep paralysis last night.", "Đêm qua Lan không bị bóng đè."),
    # v8: "Tôi mơ thấy một con ma tối qua.", "Tôi thường mơ thấy ghosts."
    ("I dreamt about a ghost.", "Tôi nằm mơ thấy ma."),
    ("I dreamed about a ghost last night.", "Đêm qua tôi nằm mơ thấy ma."),
    ("My son often dreams about ghosts.", "Con trai tôi hay mơ thấy ma."),
    ("Have you ever dreamt of a ghost?", "Bạn đã bao giờ mơ thấy ma chưa?"),
    # v8: "Bà tôi thường kể về những câu chuyện ma.", "Dừng nói chuyện ma cà rồng.", "Hãy nói cho tôi một câu
    # chuyện ma."
    ("My grandmother often tells ghost stories.", "Bà tôi hay kể chuyện ma."),
    ("My grandfather often tells us ghost stories.", "Ông tôi hay kể chuyện ma cho chúng tôi nghe."),
    ("Does your grandmother often tell ghost stories?", "Bà bạn có hay kể chuyện ma không?"),
    ("My father told us a ghost story last night.", "Đêm qua bố tôi kể cho chúng tôi nghe một câu chuyện ma."),
    ("Stop telling ghost stories.", "Đừng kể chuyện ma nữa."),
    ("Don't tell ghost stories.", "Đừng kể chuyện ma."),
    ("Tell me a ghost story.", "Kể cho tôi nghe một câu chuyện ma đi."),
    # v8: "Tôi không nản lòng xem phim kinh hoàng.", "Chúng ta hãy xem phim kinh hoàng.", "Bạn có thích quay phim
    # kinh hoàng không?", "Tôi yêu bộ phim kinh hoàng."
    ("I don't dare watch horror films.", "Tôi không dám xem phim kinh dị."),
    ("She doesn't dare to watch ghost films.", "Cô ấy không dám xem phim ma."),
    ("Do you dare to watch horror movies?", "Bạn có dám xem phim kinh dị không?"),
    ("Let's watch a horror film.", "Chúng ta xem phim kinh dị đi."),
    ("Do you like horror films?", "Bạn có thích phim kinh dị không?"),
    ("I love horror movies.", "Tôi rất thích phim kinh dị."),
    ("My brother likes watching ghost films.", "Anh trai tôi thích xem phim ma."),
    ("We don't like horror films.", "Chúng tôi không thích phim kinh dị."),
    ("He often watches horror films.", "Anh ấy hay xem phim kinh dị."),
    # not: believing in or afraid of ghosts (mt/lies.py, mt/fears.py), the verb not agreeing ("She get", "I gets",
    # "Does you"), "the house" (which?), a habit in the past, "I" asked, "She gets" with no how often, "I dare …",
    # "Do you get …?" with no how often, "Tell you …", a pet as who, a statement asked, nonsense
    ("Do you believe in ghosts?", None), ("I'm afraid of ghosts.", None), ("She often get sleep paralysis.", None),
    ("I often gets sleep paralysis.", None), ("Does you often get sleep paralysis?", None),
    ("The house is haunted.", None), ("I often had sleep paralysis.", None),
    ("Have I ever had sleep paralysis?", None), ("She gets sleep paralysis.", None),
    ("I dare to watch horror films.", None), ("Do you get sleep paralysis?", None),
    ("Tell you a ghost story.", None), ("My dog had sleep paralysis.", None), ("My house is haunted?", None),
    ("Is my house is haunted?", None), ("He tell ghost stories.", None), ("I had sleep paralysis of a ghost.", None),
    ("I dreamt about sleep paralysis.", None), ("She like horror films.", None),
    # not: "didn't" with no day ("Tôi không bị bóng đè." reads as now: don't), someone telling themselves, "her ghost
    # stories" (to her, or hers?), a pet's house or room ("Nhà con chó tôi")
    ("I didn't have sleep paralysis.", None), ("Lan didn't have sleep paralysis.", None),
    ("She didn't dream about a ghost.", None), ("I often tell me ghost stories.", None),
    ("We told us ghost stories last night.", None), ("I told me a ghost story last night.", None),
    ("He often tells her ghost stories.", None), ("My grandmother told her ghost stories last night.", None),
    ("Is my dog's house haunted?", None), ("My cat's room is haunted.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, tgt", [
    ("My house is haunted.", "vi", "en"), ("Nhà tôi có ma.", "en", "vi"), ("Nhà tôi có ma.", "vi", "fr"),
])
def test_other_ways(text, src, tgt):
    assert translate(text, src, tgt) is None
