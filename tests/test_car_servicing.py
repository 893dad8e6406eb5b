"""Looking after a car or a motorbike: a service or its inspection, the oil changed, washing it, its tyres pumped up,
how often, and one due, both ways (mt/car_servicing.py)."""
import pytest

from mt.car_servicing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bring a protective motorcycle.", "Yesterday, I brought an umbrella highlighting the maintenance.", "I took
    # the car to go to the register.", "Next week, we'll bring an umbrella highlight the check.", "Do you have a
    # protective car?"
    ("Tôi mang xe máy đi bảo dưỡng.", "I'm taking my motorbike in for a service."),
    ("Tôi đem xe máy đi bảo dưỡng đây.", "I'm taking my motorbike in for a service."),
    ("Hôm qua tôi mang ô tô đi bảo dưỡng.", "I took my car in for a service yesterday."),
    ("Bố tôi đã đưa xe ô tô đi đăng kiểm.", "My father took his car in for its inspection."),
    ("Tuần sau chúng tôi sẽ mang ô tô đi đăng kiểm.", "We'll take our car in for its inspection next week."),
    ("Ngày mai mẹ tôi mang xe máy đi bảo dưỡng.", "My mother is taking her motorbike in for a service tomorrow."),
    ("Bạn đã mang xe máy đi bảo dưỡng chưa?", "Have you taken your motorbike in for a service yet?"),
    ("Bạn có phải mang ô tô đi đăng kiểm không?", "Do you have to take your car in for its inspection?"),
    ("Anh ấy vừa mang xe hơi đi bảo dưỡng.", "He's just taken his car in for a service."),
    ("Tôi phải mang xe đạp đi bảo dưỡng.", "I have to take my bike in for a service."),
    # v8: "I have just replaced my motor oil.", "I just remember the machine.", "My mother needs to change the car.",
    # "Lan just replaced oil."
    ("Tôi vừa thay dầu xe máy.", "I've just changed the oil on my motorbike."),
    ("Tôi vừa thay nhớt cho xe máy.", "I've just changed the oil on my motorbike."),
    ("Mẹ tôi cần thay dầu ô tô.", "My mother needs to change the oil in her car."),
    ("Lan vừa thay dầu.", "Lan has just changed the oil."),
    ("Tôi chưa thay dầu xe máy.", "I haven't changed the oil on my motorbike yet."),
    ("Bạn đã thay dầu chưa?", "Have you changed the oil yet?"),
    ("Bố tôi thay nhớt xe máy mỗi tháng.", "My father changes the oil on his motorbike every month."),
    ("Tuần trước anh ấy thay dầu xe.", "He changed the oil last week."),
    ("Chúng tôi sẽ thay dầu ô tô vào cuối tuần sau.", "We'll change the oil in our car next weekend."),
    ("Tôi đi thay nhớt xe máy.", "I'm going to get the oil changed on my motorbike."),
    # v8: "He washed a motorcycle every week.", "Yesterday, do you wash the car?", "We washed cars every weekend."
    ("Anh ấy rửa xe máy mỗi tuần.", "He washes his motorbike every week."),
    ("Chúng tôi rửa ô tô mỗi cuối tuần.", "We wash our car every weekend."),
    ("Hôm qua bạn có rửa ô tô không?", "Did you wash your car yesterday?"),
    ("Cô ấy có rửa xe máy mỗi tuần không?", "Does she wash her motorbike every week?"),
    ("Tôi đã rửa ô tô rồi.", "I've already washed my car."),
    ("Anh ấy đang rửa ô tô.", "He's washing his car."),
    ("Bố tôi đang rửa xe ô tô của tôi.", "My father is washing my car."),
    ("Hôm qua họ không rửa ô tô.", "They didn't wash their car yesterday."),
    ("Họ rửa ô tô mỗi tuần.", "They wash their car every week."),
    # v8: "I went to wash my motorcycle.", "I'm washing here."
    ("Tôi đi rửa xe máy.", "I'm going to get my motorbike washed."),
    ("Tôi đi rửa xe máy đây.", "I'm going to get my motorbike washed."),
    ("Ngày mai tôi đi rửa ô tô.", "I'm going to get my car washed tomorrow."),
    ("Hôm qua chị gái tôi đi rửa xe máy.", "My sister got her motorbike washed yesterday."),
    ("Tôi phải đi bảo dưỡng xe máy.", "I have to get my motorbike serviced."),
    # v8: "How long do you replace oil once?", "How long do you change the motorcycle once?"
    ("Bao lâu bạn thay dầu một lần?", "How often do you change the oil?"),
    ("Bạn thay dầu xe máy bao lâu một lần?", "How often do you change the oil on your motorbike?"),
    ("Bố bạn rửa ô tô bao lâu một lần?", "How often does your father wash his car?"),
    ("Anh ấy mang xe máy đi bảo dưỡng bao lâu một lần?", "How often does he take his motorbike in for a service?"),
    # v8: "I must pump my tires."
    ("Tôi phải bơm lốp xe máy.", "I have to pump up my motorbike tyres."),
    ("Anh ấy vừa bơm lốp ô tô.", "He's just pumped up his car tyres."),
    # v8: "My car must go to the next month.", "My machine care is limited to protect.", "My father's car is going to
    # limit the screen."
    ("Ô tô của tôi phải đi đăng kiểm tháng sau.", "My car has to have its inspection next month."),
    ("Xe ô tô của tôi phải đi đăng kiểm vào tháng sau.", "My car has to have its inspection next month."),
    ("Xe máy của tôi đến hạn bảo dưỡng rồi.", "My motorbike is due for a service."),
    ("Ô tô của bố tôi sắp đến hạn đăng kiểm.", "My father's car is due for its inspection soon."),
    ("Xe máy của bạn phải đi bảo dưỡng tuần sau.", "Your motorbike has to go in for a service next week."),
    # not: "xe" alone (a car, or a motorbike?) but for the oil, a plain "rửa" or "thay dầu" (a habit, or done?), a
    # name's own vehicle (his, or hers?), "anh" alone saying it, a pet, "I" asked, a "?" on a statement, a bike's oil
    # or inspection, "bảo dưỡng" with no "đi", the bike's tyres (mt/cycling.py), cooking oil, "nhỉ", English
    # the review's: said plainly by the speaker it is now, by anyone else done or bidden as often ("Mẹ tôi mang xe máy
    # đi bảo dưỡng.": has taken it in; "Bạn đi rửa xe máy.": go and get it washed; "Chúng ta đi …": let's)
    ("Chúng tôi mang ô tô đi đăng kiểm.", "We're taking our car in for its inspection."),
    ("Bố tôi đang mang xe máy đi bảo dưỡng.", "My father is taking his motorbike in for a service."),
    ("Mẹ tôi mang xe máy đi bảo dưỡng.", None), ("Chị ấy đi rửa xe máy.", None), ("Bạn đi rửa xe máy.", None),
    ("Bạn mang xe máy đi bảo dưỡng.", None), ("Họ mang ô tô đi đăng kiểm.", None),
    ("Mẹ tôi đi thay nhớt xe máy.", None), ("Chúng ta đi rửa ô tô.", None),
    # ... "đi … rồi" (gone to get it done, or done?), "vừa đi" of anyone but the speaker (just gone, or just done?)
    ("Tôi vừa đi rửa xe máy.", "I've just got my motorbike washed."),
    ("Anh ấy đi rửa xe máy rồi.", None), ("Tôi đi bảo dưỡng xe máy rồi.", None),
    ("Anh ấy đi thay dầu xe máy rồi.", None), ("Anh ấy vừa đi rửa xe máy.", None),
    # ... nothing taken in ("I'm taking  in for a service."), our or their motorbikes (one, or more?), a bike's tyres
    ("Tôi mang đi bảo dưỡng.", None), ("Tôi phải mang đi bảo dưỡng.", None), ("Bạn đã mang đi đăng kiểm chưa?", None),
    ("Hôm qua họ không rửa xe máy.", None), ("Họ rửa xe máy hằng ngày.", None),
    ("Chúng tôi vừa thay dầu xe máy.", None), ("Tôi rửa xe máy của họ hôm qua.", None),
    ("Xe máy của họ đến hạn bảo dưỡng rồi.", None), ("Tôi phải bơm lốp xe đạp.", None),
    ("Tôi mang xe đi bảo dưỡng.", None), ("Xe tôi phải đi đăng kiểm tháng sau.", None),
    ("Anh ấy rửa xe mỗi tuần.", None), ("Tôi rửa ô tô.", None), ("Tôi thay dầu xe máy.", None),
    ("Lan rửa xe máy mỗi tuần.", None), ("Anh rửa xe máy mỗi tuần.", None),
    ("Con chó của tôi rửa ô tô mỗi tuần.", None), ("Tôi đã thay dầu xe máy chưa?", None),
    ("Tôi mang xe máy đi bảo dưỡng không?", None), ("Anh ấy rửa ô tô mỗi tuần?", None),
    ("Tôi vừa thay dầu xe đạp.", None), ("Tôi mang xe đạp đi đăng kiểm.", None), ("Tôi vừa bảo dưỡng xe máy.", None),
    ("Tôi rửa bát.", None), ("Bạn thay dầu xe máy bao lâu một lần.", None), ("Tôi bơm lốp xe máy.", None),
    ("Hôm qua tôi sẽ rửa ô tô.", None), ("Mẹ tôi vừa thay dầu ăn.", None), ("Anh ấy rửa xe máy mỗi tuần nhỉ.", None),
    ("I've just changed the oil on my motorbike.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi lấy xe của tôi trong một dịch vụ.", "Tôi đang lấy xe máy của tôi trong một dịch vụ ngày mai.", "Cha tôi
    # lấy xe của mình trong việc kiểm tra của nó hôm qua.", "Bạn có phải ô tô của mình trong việc kiểm tra của mình
    # không?"
    ("I took my car in for a service.", "Tôi đã mang ô tô đi bảo dưỡng."),
    ("I'm taking my motorbike in for a service tomorrow.", "Ngày mai tôi sẽ mang xe máy đi bảo dưỡng."),
    ("My father took his car in for its inspection yesterday.", "Hôm qua bố tôi mang ô tô đi đăng kiểm."),
    ("Do you have to take your car in for its inspection?", "Bạn có phải mang ô tô đi đăng kiểm không?"),
    ("We'll take our car in for its inspection next week.", "Tuần sau chúng tôi sẽ mang ô tô đi đăng kiểm."),
    ("Have you taken your motorbike in for a service yet?", "Bạn đã mang xe máy đi bảo dưỡng chưa?"),
    # v8: "Tôi vừa thay đổi dầu trên xe máy của tôi.", "Cô ấy cần thay đổi dầu trong xe hơi.", "Bạn có thay đổi dầu
    # chưa?"
    ("I've just changed the oil on my motorbike.", "Tôi vừa thay dầu xe máy."),
    ("I've just changed the oil in my car.", "Tôi vừa thay dầu ô tô."),
    ("She needs to change the oil in her car.", "Cô ấy cần thay dầu ô tô."),
    ("Have you changed the oil yet?", "Bạn đã thay dầu chưa?"),
    ("I haven't changed the oil yet.", "Tôi chưa thay dầu."),
    ("My mother changed the oil on her motorbike last week.", "Tuần trước mẹ tôi thay dầu xe máy."),
    # v8: "Bạn thay đổi dầu như thế nào?", "Ông lấy xe của mình trong một dịch vụ như thế nào?"
    ("How often do you change the oil?", "Bạn thay dầu bao lâu một lần?"),
    ("How often does he take his car in for a service?", "Anh ấy mang ô tô đi bảo dưỡng bao lâu một lần?"),
    ("How often does Lan wash her motorbike?", "Lan rửa xe máy bao lâu một lần?"),
    # v8: "Anh ấy rửa ô tô mỗi tuần.", "Anh ấy giặt giặt xe máy mỗi tuần.", "Tôi rửa ô của mình hôm qua." (an
    # umbrella), "Bé có phải rửa ô tô mỗi tuần không?", "Lan giặt giặt giặt xe máy mỗi tuần."
    ("He washes his car every week.", "Anh ấy rửa ô tô mỗi tuần."),
    ("He washes his motorbike every week.", "Anh ấy rửa xe máy mỗi tuần."),
    ("I washed my car yesterday.", "Hôm qua tôi rửa ô tô."),
    ("Did you wash your car yesterday?", "Hôm qua bạn có rửa ô tô không?"),
    ("Does she wash her car every week?", "Cô ấy có rửa ô tô mỗi tuần không?"),
    ("We take our car in for a service every year.", "Chúng tôi mang ô tô đi bảo dưỡng mỗi năm."),
    ("Lan washes her motorbike every week.", "Lan rửa xe máy mỗi tuần."),
    ("She's washed her car.", "Cô ấy đã rửa ô tô rồi."),
    ("We're washing our car.", "Chúng tôi đang rửa ô tô."),
    ("I washed your car yesterday.", "Hôm qua tôi rửa ô tô của bạn."),
    # v8: "Tôi sẽ rửa xe máy của tôi."
    ("I'm going to get my motorbike washed.", "Tôi sẽ đi rửa xe máy."),
    ("I need to get my car serviced.", "Tôi cần đi bảo dưỡng ô tô."),
    ("My brother got his motorbike washed yesterday.", "Hôm qua anh trai tôi đi rửa xe máy."),
    # v8: "Tôi phải bơm những chiếc xe đạp."
    ("I have to pump up my bike tyres.", "Tôi phải bơm lốp xe đạp."),
    ("He has just pumped up his motorbike tyres.", "Anh ấy vừa bơm lốp xe máy."),
    # v8: "Xe hơi của tôi phải kiên trì vào tháng tới.", "Máy vận động của tôi là do dịch vụ.", "Xe hơi của cha tôi
    # là do sự quyết định của nó sớm."
    ("My car has to have its inspection next month.", "Ô tô của tôi phải đi đăng kiểm vào tháng sau."),
    ("My motorbike is due for a service.", "Xe máy của tôi đến hạn bảo dưỡng rồi."),
    ("My father's car is due for its inspection soon.", "Ô tô của bố tôi sắp đến hạn đăng kiểm."),
    ("Your car has to go in for a service next week.", "Ô tô của bạn phải đi bảo dưỡng vào tuần sau."),
    # not: the verb not agreeing with who, another's "his" or "her", a tense not read ("I wash my car."), a bike's
    # inspection or oil, "on" a car, "I" asked of oneself, a pet, motorbikes many, the other language
    ("I wash my car.", None), ("He wash his car every week.", None), ("She washes his car every week.", None),
    ("Does he washes his car every week?", None), ("I change the oil on my car.", None),
    ("I've just changed the oil in my motorbike.", None), ("Do I wash my car every week?", None),
    ("He has to washes his car.", None), ("They've already got their motorbikes washed.", None),
    ("I took my bike in for its inspection.", None), ("I've just changed the oil on my bike.", None),
    ("My car has to have its inspection soon.", None), ("I washed the dishes.", None),
    ("I've got oil on my hands.", None), ("Tôi vừa thay dầu xe máy.", None), ("Customer service was slow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
