"""Tailoring: clothes ordered from a tailor, taken to be altered, measured for, ready, how long one takes, where one
was made and a tailor's work, both ways (mt/tailoring.py)."""
import pytest

from mt.tailoring import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I set up a complication.", "My mother puts an ao dai.", "I put up my squiring."
    ("Tôi đặt may một bộ com-lê.", "I'm having a suit made."),
    ("Mẹ tôi đặt may một chiếc áo dài.", "My mother is having an ao dai made."),
    ("Chúng tôi đặt may một chiếc áo dài cho mẹ tôi.", "We're having an ao dai made for my mother."),
    ("Tôi đặt may một bộ vest cho mình.", "I'm having a suit made for myself."),
    ("Tôi đặt may một bộ vest cho tôi.", "I'm having a suit made for myself."),
    ("Chúng tôi đã đặt may một bộ vest cho chúng tôi.", "We had a suit made for ourselves."),
    ("Tôi đặt may một bộ vest rồi.", "I've ordered a tailor-made suit."),
    ("Lan đã đặt may một chiếc váy rồi.", "Lan has ordered a tailor-made dress."),
    ("Bạn đặt may áo dài chưa?", "Have you ordered a tailor-made ao dai yet?"),
    ("Anh ấy đã đặt may một bộ com-lê.", "He had a suit made."),
    # v8: "I bring clothes fixed.", "My mother had a fixture.", "I bring the coat out of the shop."
    ("Mẹ tôi đã mang váy ra tiệm may.", "My mother took her dress to the tailor's."),
    ("Bố tôi vừa mang quần ra tiệm may.", "My father has just taken his trousers to the tailor's."),
    ("Cô ấy sẽ mang cái quần này ra tiệm may.", "She'll take these trousers to the tailor's."),
    ("Tôi cần mang áo dài của mẹ tôi ra tiệm may.", "I need to take my mother's ao dai to the tailor's."),
    ("Tôi mang áo ra tiệm may.", "I'm taking my shirt to the tailor's."),
    ("Chúng tôi phải đem bộ vest này đến thợ may.", "We have to take this suit to the tailor's."),
    ("Lan mang váy của cô ấy ra tiệm may.", "Lan is taking her dress to the tailor's."),
    # v8: "I must go to measure ao dai.", "I'm going to measure a gest."
    ("Tôi phải đi đo để may áo dài.", "I have to go and be measured for an ao dai."),
    ("Tôi đi đo để may một bộ vest.", "I'm going to be measured for a suit."),
    ("Chúng tôi đã đi đo để may áo dài.", "We went to be measured for an ao dai."),
    ("Mẹ tôi vừa đi đo để may một chiếc áo dài.", "My mother has just been measured for an ao dai."),
    ("Anh ấy cần đi đo để may một bộ com-lê.", "He needs to go and be measured for a suit."),
    # v8: "My wife has taken the number of measurements."
    ("Thợ may đã lấy số đo cho tôi.", "The tailor took my measurements."),
    ("Thợ may lấy số đo cho tôi rồi.", "The tailor has taken my measurements."),
    ("Thợ may này đang lấy số đo cho mẹ tôi.", "This tailor is taking my mother's measurements."),
    ("Mẹ tôi vừa lấy số đo cho tôi.", "My mother has just taken my measurements."),
    ("Thợ may sẽ lấy số đo cho bạn.", "The tailor will take your measurements."),
    # v8: "Isn't my Austrian?", "My esteez may finish.", "Your ao dai not yet available.", "When did my ao dai Can
    # finish?", "Tomorrow, your shirt will be finished."
    ("Áo của tôi may xong chưa?", "Is my shirt ready yet?"),
    ("Áo của tôi may xong chưa ạ?", "Is my shirt ready yet?"),
    ("Áo của tôi may xong chưa nhỉ?", "Is my shirt ready yet?"),  # ("nhỉ" asking: wondering)
    ("Cái quần này may xong chưa?", "Are these trousers ready yet?"),
    ("Bộ vest của tôi may xong rồi.", "My suit is ready."),
    ("Quần của tôi may xong rồi.", "My trousers are ready."),
    ("Áo của tôi đã may xong.", "My shirt is ready."),
    ("Áo dài của bạn chưa may xong.", "Your ao dai isn't ready yet."),
    ("Ngày mai áo của bạn sẽ may xong.", "Your shirt will be ready tomorrow."),
    ("Áo dài của mẹ tôi sẽ may xong vào tuần sau.", "My mother's ao dai will be ready next week."),
    ("Khi nào áo dài của tôi may xong?", "When will my ao dai be ready?"),
    ("Bộ vest của tôi bao giờ may xong?", "When will my suit be ready?"),
    # v8: "How long does it take ao dai?", "May one of the vests took about two weeks."
    ("May một bộ áo dài mất bao lâu?", "How long does it take to make an ao dai?"),
    ("Đặt may một bộ vest mất bao lâu?", "How long does it take to have a suit made?"),
    ("Đặt may một bộ vest mất mấy tuần?", "How many weeks does it take to have a suit made?"),
    ("May một bộ vest mất khoảng hai tuần.", "It takes about two weeks to make a suit."),
    ("May đo một cái quần mất một tuần.", "It takes a week to have a pair of trousers made to measure."),
    ("May một chiếc váy mất 3 ngày.", "It takes 3 days to make a dress."),
    # v8: "This luck is so nice."
    ("Thợ may này may rất đẹp.", "This tailor does very good work."),
    ("Thợ may của mẹ tôi may khéo lắm.", "My mother's tailor does very good work."),
    ("Thợ may của bạn có may đẹp không?", "Does your tailor do good work?"),
    ("Tiệm may đó may không đẹp lắm.", "That tailor's doesn't do very good work."),
    # v8: "Where do you set this vest?"
    ("Bạn đặt may bộ vest này ở đâu?", "Where did you have this suit made?"),
    ("Mẹ bạn may cái áo dài này ở đâu?", "Where did your mother have this ao dai made?"),
    ("Bạn may cái quần này ở đâu vậy?", "Where did you have these trousers made?"),
    # not: "đi may", "đã đặt may", "may đo", the tailor making one (mt/mending.py's, not v8's), sewing it or having it
    # made ("đang may"), a thing without whose, "may xong" said plainly or "khi nào" after it (done when?), "anh" or
    # "em" alone saying it, a pet as who, a name's own thing (his or hers?), "?" said, "I" asking where, cloth taken
    # ("mang áo đi may"), a plain "lấy số đo" (now, or a habit?), "bộ" before a shirt, the other language, nonsense
    ("Mẹ tôi đang may áo dài.", None), ("Áo may xong chưa?", None), ("Áo của tôi may xong.", None),
    ("Họ đã đặt may áo dài cho họ.", None), ("Bố tôi đã đặt may một bộ vest cho bố tôi.", None),  # (themselves?)
    ("Áo dài của tôi may xong khi nào?", None), ("Anh mang quần đi sửa.", None), ("Em đặt may một bộ vest.", None),
    ("Con mèo của tôi mang áo đi sửa.", None), ("Lan mang váy đi sửa.", None), ("Tôi mang quần đi sửa?", None),
    ("Tôi may cái áo này ở đâu?", None), ("Tôi mang áo đi may đo.", None), ("Thợ may lấy số đo cho tôi.", None),
    ("Thợ may này may rất đẹp?", None), ("Tôi đặt may một bộ áo sơ mi.", None), ("Tôi đặt may bộ vest?", None),
    ("I'm taking my trousers to be altered.", None), ("May mắn quá.", None), ("Tôi đi đo huyết áp.", None),
    ("Thợ may đang may cho tôi một bộ vest.", None), ("May một bộ vest mất hai tuần?", None),
    # (asked of oneself: "Have I ordered …?")
    ("Tôi đặt may áo dài chưa?", None),
    # "sửa" of clothes: altered, or repaired (a zip, a tear)? (mt/mending.py leaves it too)
    ("Tôi mang quần đi sửa.", None), ("Mẹ tôi đã mang váy đi sửa.", None), ("Lan mang váy của cô ấy đi sửa.", None),
    ("Anh mang quần ra tiệm may.", None), ("Con mèo của tôi mang áo ra tiệm may.", None),
    ("Lan mang váy ra tiệm may.", None), ("Tôi mang quần ra tiệm may?", None),
    # "nhỉ" said asks to be agreed with (isn't it?)
    ("Tôi đặt may một bộ com-lê nhỉ.", None), ("Tôi mang quần ra tiệm may nhỉ.", None),
    ("Áo của tôi may xong rồi nhỉ.", None), ("Thợ may này may rất đẹp nhỉ.", None),
    ("May một bộ vest mất hai tuần nhỉ.", None), ("Thợ may đang lấy số đo cho tôi nhỉ.", None),
    # "đặt may" alone without "một": a habit too ("has her ao dais made")
    ("Mẹ tôi đặt may áo dài.", None), ("Tôi đặt may quần.", None), ("Chúng tôi đặt may áo dài cho mẹ tôi.", None),
    # "cho mình" after anyone but "tôi": for oneself, or for me?
    ("Lan đặt may một bộ vest cho mình.", None), ("Mẹ tôi đặt may một chiếc áo dài cho mình.", None),
    ("Bạn đặt may một bộ vest cho mình chưa?", None), ("Lan đã lấy số đo cho mình.", None),
    ("Anh ấy đã lấy số đo cho mình.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang chuẩn bị những chiếc dây chuyền của tôi để thay đổi.", "Cô cầm chiếc váy của mình để thay đổi.",
    # "Tôi đang dùng áo khoác của tôi cho nhà cửa."
    ("I'm taking my trousers to be altered.", "Tôi mang quần đi sửa."),
    ("She took her dress to be altered.", "Cô ấy đã mang váy đi sửa."),
    ("My mother took her dress to be altered.", "Mẹ tôi đã mang váy đi sửa."),
    ("I took your jacket to the tailor's.", "Tôi đã mang áo khoác của bạn ra tiệm may."),
    ("He's just taken his suit to the tailor's.", "Anh ấy vừa mang bộ vest ra tiệm may."),
    ("We'll take these trousers to be altered.", "Chúng tôi sẽ mang cái quần này đi sửa."),
    ("She has to take her ao dai to be altered.", "Cô ấy phải mang áo dài đi sửa."),
    ("I need to take this dress to be altered.", "Tôi cần mang cái váy này đi sửa."),
    # v8: "Tôi phải đi và đo một cái áo dài."
    ("I have to go and be measured for an ao dai.", "Tôi phải đi đo để may một chiếc áo dài."),
    ("We're going to be measured for a suit.", "Chúng tôi đi đo để may một bộ vest."),
    ("She went to be measured for an ao dai.", "Cô ấy đã đi đo để may một chiếc áo dài."),
    ("I've just been measured for a suit.", "Tôi vừa đi đo để may một bộ vest."),
    ("My mother needs to go and get measured for a dress.", "Mẹ tôi cần đi đo để may một chiếc váy."),
    # v8: "Earlor đo lường của tôi."
    ("The tailor took my measurements.", "Thợ may đã lấy số đo cho tôi."),
    ("The tailor is taking my measurements.", "Thợ may đang lấy số đo cho tôi."),
    ("This tailor will take your measurements.", "Thợ may này sẽ lấy số đo cho bạn."),
    ("My mother took Lan's measurements.", "Mẹ tôi đã lấy số đo cho Lan."),
    ("She took his measurements.", "Cô ấy đã lấy số đo cho anh ấy."),
    # v8: "Có phải áo của tôi sẵn sàng không?", "Cái va-li của tôi sẵn sàng.", "Bạn áo dài chưa sẵn sàng.", "Khi nào
    # sẽ áo dài của tôi sẵn sàng?", "Chiếc áo của bạn sẽ sẵn sàng ngày mai."
    ("Is my shirt ready yet?", "Áo sơ mi của tôi xong chưa?"),
    ("Are my trousers ready yet?", "Quần của tôi xong chưa?"),
    ("My suit is ready.", "Bộ vest của tôi xong rồi."),
    ("These trousers are ready.", "Cái quần này xong rồi."),
    ("Your ao dai isn't ready yet.", "Áo dài của bạn chưa xong."),
    ("Your shirt will be ready tomorrow.", "Ngày mai áo sơ mi của bạn sẽ xong."),
    ("My mother's ao dai will be ready next week.", "Tuần sau áo dài của mẹ tôi sẽ xong."),
    ("When will my ao dai be ready?", "Khi nào áo dài của tôi xong?"),
    ("When will this dress be ready?", "Khi nào cái váy này xong?"),
    # v8: "Phải thực hiện khoảng thời gian dài áo dài?", "Phải có một chiếc va-li được làm như thế nào?", "Phải mất
    # khoảng hai tuần để mua va-li." (to buy)
    ("How long does it take to make an ao dai?", "May một chiếc áo dài mất bao lâu?"),
    ("How long does it take to have a suit made?", "Đặt may một bộ vest mất bao lâu?"),
    ("How long does it take to get a suit made to measure?", "May đo một bộ vest mất bao lâu?"),
    ("How many days does it take to make a dress?", "May một chiếc váy mất mấy ngày?"),
    ("It takes about two weeks to make a suit.", "May một bộ vest mất khoảng hai tuần."),
    ("It takes a week to make a pair of trousers.", "May một cái quần mất một tuần."),
    ("It takes around three days to make a dress.", "May một chiếc váy mất khoảng ba ngày."),
    ("It takes ten days to make a pair of trousers.", "May một cái quần mất mười ngày."),
    ("It takes a month to get an ao dai made.", "Đặt may một chiếc áo dài mất một tháng."),
    # v8: "Earlor này có tác dụng rất tốt."
    ("This tailor does very good work.", "Thợ may này may rất đẹp."),
    ("Does your tailor do good work?", "Thợ may của bạn có may đẹp không?"),
    ("My tailor doesn't do very good work.", "Thợ may của tôi may không đẹp lắm."),
    ("That tailor's does good work.", "Tiệm may đó may đẹp."),
    ("The tailor does good work.", "Thợ may may đẹp."),
    ("Does the tailor do good work?", "Thợ may có may đẹp không?"),
    ("The tailor's doesn't do very good work.", "Tiệm may may không đẹp lắm."),
    # v8: "Bạn đã làm chiếc va-li này ở đâu?"
    ("Where did you have this suit made?", "Bạn đặt may bộ vest này ở đâu?"),
    ("Where did your mother get this ao dai made?", "Mẹ bạn đặt may cái áo dài này ở đâu?"),
    ("Where did she have those trousers made?", "Cô ấy đặt may cái quần đó ở đâu?"),
    # not: the verb not agreeing ("She take", "I is", "Is my trousers", "This tailor do", "two week", "a weeks"), a
    # habit ("I take …"), "a ao dai", "this trousers", "I" asking where, "isn't ready" without "yet", "ready yet"
    # said, having one made (mt/mending.py's), a suit had, not made, the other language
    ("She take her dress to be altered.", None), ("I is taking my trousers to be altered.", None),
    ("I take my trousers to be altered.", None), ("He has to go and be measured for a ao dai.", None),
    ("The tailor take my measurements.", None), ("Is my trousers ready yet?", None), ("Your suit isn't ready.", None),
    ("My suit is ready yet.", None), ("It takes two week to make a suit.", None),
    ("It takes a weeks to make a suit.", None), ("How long does it take to have a suit?", None),
    ("This tailor do good work.", None), ("Where did I have this suit made?", None),
    ("Where did you have this trousers made?", None), ("I'm having a suit made.", None),
    ("Are you ready yet?", None), ("Dinner is ready.", None), ("Tôi mang quần đi sửa.", None),
    ("Is my car ready yet?", None), ("My cat took her dress to be altered.", None),
    # a pet as who; who's own measurements ("Tôi đã lấy số đo cho tôi.": "tự … cho mình"), or another's? ("her")
    ("Where did my dog have this shirt made?", None), ("I took my measurements.", None),
    ("She took her measurements.", None), ("We took our measurements.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
