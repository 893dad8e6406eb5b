"""Hail: hail there was, is or will be, hailstones' size, what hail broke or damaged, and shelter from it, both ways
(mt/hail.py)."""
import pytest

from mt.hail import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, I had a rain.", "Yesterday, has rain in Sa Pa.", "Last night, Hanoi had rain.", "Yesterday, it
    # rained.", "There was a rain here.", "Yesterday, in Hanoi rainfall?", "Yesterday, there was a big rain in Sa Pa."
    ("Hôm qua ở quê tôi có mưa đá.", "It hailed in my hometown yesterday."),
    ("Hôm qua có mưa đá ở Sa Pa.", "It hailed in Sa Pa yesterday."),
    ("Tối qua Hà Nội có mưa đá.", "It hailed in Hanoi last night."),
    ("Hôm qua trời mưa đá.", "It hailed yesterday."),
    ("Tuần trước ở làng tôi có mưa đá.", "It hailed in my village last week."),
    ("Sáng nay đã có mưa đá.", "It hailed this morning."),
    ("Hôm qua ở Hà Nội có mưa đá không?", "Did it hail in Hanoi yesterday?"),
    ("Hôm qua ở chỗ bạn có mưa đá không?", "Did it hail where you live yesterday?"),
    ("Hôm qua ở chỗ tôi không có mưa đá.", "It didn't hail where I live yesterday."),
    ("Hôm qua có một trận mưa đá lớn ở Sa Pa.", "There was a big hailstorm in Sa Pa yesterday."),
    ("Ở đây vừa có mưa đá.", "It has just hailed here."),
    ("Vừa có một trận mưa đá ở Đà Lạt.", "There has just been a hailstorm in Da Lat."),
    # v8: "It's raining.", "In Sa Pa it's rain.", "In my country or rain."
    ("Trời đang mưa đá.", "It's hailing."),
    ("Ngoài trời đang mưa đá!", "It's hailing outside!"),
    ("Ở Sa Pa đang có mưa đá.", "It's hailing in Sa Pa."),
    ("Ở miền Bắc đang có mưa đá.", "It's hailing in northern Vietnam."),
    ("Ở Sa Pa đang có mưa đá không?", "Is it hailing in Sa Pa?"),
    ("Trời sắp mưa đá.", "It's about to hail."),
    ("Ở quê tôi hay có mưa đá.", "It often hails in my hometown."),
    ("Ở đây ít khi có mưa đá.", "It rarely hails here."),
    # v8: "Fortified this afternoon rain.", "Tomorrow, may rain.", "Tomorrow, will rain.", "Tomorrow, is rain?"
    ("Dự báo chiều nay có mưa đá.", "Hail is forecast for this afternoon."),
    ("Theo dự báo, ngày mai ở Sa Pa có mưa đá.", "Hail is forecast for Sa Pa tomorrow."),
    ("Dự báo ngày mai ở đây sẽ có mưa đá.", "Hail is forecast here tomorrow."),
    ("Ngày mai có thể có mưa đá.", "It may hail tomorrow."),
    ("Chiều nay có thể có mưa đá.", "It may hail this afternoon."),
    ("Ngày mai sẽ có mưa đá.", "It will hail tomorrow."),
    ("Ngày mai ở Hà Nội có mưa đá.", "It will hail in Hanoi tomorrow."),
    ("Ngày mai có mưa đá không?", "Will it hail tomorrow?"),
    ("Ngày mai ở quê bạn có mưa đá không?", "Will it hail in your hometown tomorrow?"),
    ("Ngày mai không có mưa đá.", "It won't hail tomorrow."),
    # v8: "The rain is rocked with chicken eggs."
    ("Mưa đá to bằng quả trứng gà.", "The hailstones were as big as eggs."),
    ("Hôm qua mưa đá to như quả bóng bàn.", "The hailstones were as big as ping-pong balls yesterday."),
    ("Hạt mưa đá to bằng viên bi.", "The hailstones were as big as marbles."),
    # v8: "The rain breaks my car glasses.", "The rain broke down my house."
    ("Mưa đá làm vỡ kính chắn gió xe ô tô của tôi.", "The hail broke my windscreen."),
    ("Mưa đá làm vỡ kính chắn gió xe tôi.", "The hail broke my windscreen."),
    ("Hôm qua mưa đá đập vỡ kính chắn gió xe của bố tôi.", "The hail smashed my father's windscreen yesterday."),
    ("Mưa đá làm vỡ ngói nhà tôi.", "The hail broke the roof tiles on my house."),
    ("Mưa đá làm hỏng xe ô tô của anh ấy.", "The hail damaged his car."),
    ("Kính chắn gió xe mẹ tôi bị mưa đá làm vỡ.", "My mother's windscreen was broken by the hail."),
    ("Ngói nhà chúng tôi bị vỡ vì mưa đá.", "The roof tiles on our house were broken by the hail."),
    # v8: "My home was broken because of the rain.", "My mother's Rau was broken because of the rain."
    ("Lúa nhà tôi bị hỏng hết vì mưa đá.", "My family's rice was completely ruined by the hail."),
    ("Rau của mẹ tôi bị hỏng vì mưa đá.", "My mother's vegetables were damaged by the hail."),
    ("Hoa màu bị hỏng hết do mưa đá.", "The crops were completely ruined by the hail."),
    ("Trận mưa đá làm hỏng hết lúa nhà tôi.", "The hailstorm completely ruined my family's rice."),
    ("Hôm qua mưa đá làm hỏng ngô của họ.", "The hail damaged their maize yesterday."),
    # v8: "We're running rain.", "Yesterday, we had to rain under the bridge."
    ("Chúng tôi đang trú mưa đá.", "We're sheltering from the hail."),
    ("Mẹ tôi đang trú mưa đá trong nhà.", "My mother is sheltering from the hail indoors."),
    ("Hôm qua chúng tôi phải trú mưa đá dưới gầm cầu.",
     "We had to take shelter from the hail under a bridge yesterday."),
    ("Hôm qua Lan trú mưa đá trong nhà.", "Lan took shelter from the hail indoors yesterday."),
    # not: no day or tense ("Có mưa đá.", "Sáng nay có mưa đá.": this morning's, or to come?), a place not read,
    # "kính xe" alone (a car's or a motorbike's?), tiles or a car with no whose, a crop "broken", glass "hỏng hết",
    # "?" on a statement, asked without "có", asked with "vừa" or "có thể", "đá" alone (ice, a stone, a kick),
    # rain (mt/weather.py, mt/getting_wet.py), "anh" saying it, a pet sheltering, sheltering with no tense
    ("Có mưa đá.", None), ("Sáng nay có mưa đá.", None), ("Hôm qua ở nhà tôi có mưa đá.", None),
    ("Mưa đá làm vỡ kính xe của tôi.", None), ("Mưa đá làm vỡ ngói.", None), ("Mưa đá làm vỡ lúa nhà tôi.", None),
    ("Mưa đá làm hỏng hết kính chắn gió xe tôi.", None), ("Hôm qua ở Hà Nội có mưa đá?", None),
    ("Hôm qua ở Hà Nội mưa đá không?", None), ("Ở đây vừa có mưa đá không?", None),
    ("Ngày mai có thể có mưa đá không?", None), ("Tôi thích đá bóng.", None), ("Hôm qua trời mưa to.", None),
    ("Anh đang trú mưa đá.", None), ("Con chó đang trú mưa đá.", None), ("Tôi trú mưa đá.", None),
    ("Ngày mai mưa đá to bằng quả trứng gà.", None), ("Mưa đá to bằng quả trứng gà à?", None),
    ("Hôm qua có trận mưa đá nhỉ.", None), ("Lúa nhà mẹ tôi bị hỏng vì mưa đá.", None),
    ("Ngô nhà bạn có bị hỏng vì mưa đá không?", None), ("Ngày mai ở đây đã có mưa đá.", None),
    ("Hôm qua có mưa đá ở Xyzabc.", None), ("Tối nay đã có mưa đá.", None), ("It hailed yesterday.", None),
    ("Mình đang trú mưa đá.", None), ("Hôm qua Anh có mưa đá.", None), ("Hôm qua có mưa đá to.", None),
    # not: "mưa đá" and a day after it alone (yesterday's hail, a caption), "mới" after a place (only there, or just
    # now?), "không" later today (none so far, or none to come?), "kính xe ô tô" (the windscreen, or a window?)
    ("Mưa đá hôm qua.", None), ("Mưa đá ngày mai.", None), ("Mưa đá tối qua!", None),
    ("Ở Sa Pa mới có mưa đá.", None), ("Ở đây mới có mưa đá.", None), ("Mới có mưa đá ở Sa Pa.", None),
    ("Hôm nay không có mưa đá.", None), ("Sáng nay không có mưa đá.", None), ("Tối nay trời không mưa đá.", None),
    ("Mưa đá làm vỡ kính xe ô tô của tôi.", None), ("Kính xe ô tô của anh ấy bị vỡ vì mưa đá.", None),
    ("Mưa đá làm vỡ kính xe hơi của tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nó đã vỗ trong ngôi làng của tôi hôm qua.", "Có twol ở Hà Nội hôm qua.", "Nó đã vỗ hôm qua.", "Nó có 2l ở
    # Sa Pa hôm qua không?", "Có một ống dẫn lớn ở Sa Pa tối qua."
    ("It hailed in my home village yesterday.", "Hôm qua ở quê tôi có mưa đá."),
    ("There was hail in Hanoi yesterday.", "Hôm qua ở Hà Nội có mưa đá."),
    ("It hailed yesterday.", "Hôm qua có mưa đá."),
    ("Yesterday, it hailed in Sa Pa.", "Hôm qua ở Sa Pa có mưa đá."),
    ("It hailed this morning.", "Sáng nay đã có mưa đá."),
    ("Did it hail in Sa Pa yesterday?", "Hôm qua ở Sa Pa có mưa đá không?"),
    ("Was there hail where you live last night?", "Tối qua ở chỗ bạn có mưa đá không?"),
    ("It didn't hail here yesterday.", "Hôm qua ở đây không có mưa đá."),
    ("There was no hail in my hometown last week.", "Tuần trước ở quê tôi không có mưa đá."),
    ("There was a big hailstorm in Sa Pa last night.", "Tối qua ở Sa Pa có một trận mưa đá lớn."),
    # v8: "Trời đang twoling.", "Nó đang chuẩn bị ở Sa Pa.", "Nó thường twols ở quê hương tôi."
    ("It's hailing.", "Trời đang mưa đá."),
    ("It is hailing outside!", "Ngoài trời đang mưa đá!"),
    ("It's hailing in Sa Pa.", "Ở Sa Pa đang có mưa đá."),
    ("Is it hailing outside?", "Ngoài trời có đang mưa đá không?"),
    ("It's about to hail.", "Trời sắp mưa đá."),
    ("It often hails in my hometown.", "Ở quê tôi hay có mưa đá."),
    ("It rarely hails in central Vietnam.", "Ở miền Trung ít khi có mưa đá."),
    # v8: "Tóc là dự báo chiều nay." (hair), "Nó có thể twol ngày mai.", "Sẽ có 2l ngày mai.", "Liệu nó có ngày mai
    # không?"
    ("Hail is forecast for this afternoon.", "Dự báo chiều nay có mưa đá."),
    ("Hail is forecast for Sa Pa tomorrow.", "Dự báo ngày mai ở Sa Pa có mưa đá."),
    ("It may hail tomorrow.", "Ngày mai có thể có mưa đá."),
    ("There will be hail tomorrow.", "Ngày mai sẽ có mưa đá."),
    ("It's going to hail in Hanoi tonight.", "Tối nay ở Hà Nội sẽ có mưa đá."),
    ("It won't hail tomorrow.", "Ngày mai sẽ không có mưa đá."),
    ("Will it hail tomorrow?", "Ngày mai có mưa đá không?"),
    ("Is it going to hail this afternoon?", "Chiều nay có mưa đá không?"),
    ("Will there be a hailstorm in Sa Pa tomorrow?", "Ngày mai ở Sa Pa có một trận mưa đá không?"),
    # v8: "Hailstones cũng lớn như trứng."
    ("The hailstones were as big as eggs.", "Mưa đá to bằng quả trứng gà."),
    ("The hailstones were the size of golf balls yesterday.", "Hôm qua mưa đá to bằng quả bóng golf."),
    ("The hail was as big as marbles!", "Mưa đá to bằng viên bi!"),
    # v8: "Hail đã làm màn hình gió mạnh.", "Hail đã làm cho các ô lát trên nhà tôi.", "Gạo của chúng tôi bị vỡ ra
    # bởi hail.", "Hail làm thiệt hại vụ mùa của gia đình tôi."
    ("The hail broke my car windscreen.", "Mưa đá làm vỡ kính chắn gió xe ô tô của tôi."),
    ("My car windshield was smashed by the hail.", "Kính chắn gió xe ô tô của tôi bị vỡ vì mưa đá."),
    ("The hail smashed my father's windscreen yesterday.", "Hôm qua mưa đá đập vỡ kính chắn gió xe bố tôi."),
    ("The hail broke the roof tiles on my house.", "Mưa đá làm vỡ ngói nhà tôi."),
    ("Hail damaged her car.", "Mưa đá làm hỏng xe ô tô của cô ấy."),
    ("Our rice was ruined by the hail.", "Lúa của chúng tôi bị hỏng hết vì mưa đá."),
    ("The hail damaged my family's crops.", "Mưa đá làm hỏng hoa màu nhà tôi."),
    ("My windscreen was broken by the hail.", "Kính chắn gió xe tôi bị vỡ vì mưa đá."),
    ("The crops were completely ruined by the hailstorm.", "Hoa màu bị hỏng hết vì trận mưa đá."),
    # v8: "Chúng tôi đang ẩn náu từ hail.", "Chúng tôi lấy nơi ẩn náu từ hail dưới một cây cầu hôm qua."
    ("We're sheltering from the hail.", "Chúng tôi đang trú mưa đá."),
    ("She's sheltering from the hail indoors.", "Cô ấy đang trú mưa đá trong nhà."),
    ("We took shelter from the hail under a bridge yesterday.", "Hôm qua chúng tôi trú mưa đá dưới gầm cầu."),
    ("My mother had to take shelter from the hail yesterday.", "Hôm qua mẹ tôi phải trú mưa đá."),
    # not: hail a taxi, hail from a place (other meanings), a verb not agreeing ("She are", "The hailstones was",
    # "My vegetables was"), a day on the wrong side ("It hailed tomorrow", "It will hail yesterday"), hail past with
    # no day ("It hailed.": when?), "?" on a statement, a car "broken" by hail, a house broken (not its tiles), a
    # rice ruined as glass is, sheltering past with no day, "for" a place but forecast, rain (mt/weather_said.py)
    ("Hail a taxi.", None), ("She hails from Hanoi.", None), ("She are sheltering from the hail.", None),
    ("The hailstones was as big as eggs.", None), ("My vegetables was damaged by the hail.", None),
    ("It hailed tomorrow.", None), ("It will hail yesterday.", None), ("It hailed.", None),
    ("It hailed yesterday?", None), ("The hail broke my car.", None), ("The hail broke my house.", None),
    ("The hail broke our rice.", None), ("We took shelter from the hail.", None),
    ("It hailed for Hanoi yesterday.", None),
    ("It's raining.", None), ("The hailstones were as big as eggs tomorrow.", None), ("Is it hailing.", None),
    ("The hail ruined my windscreen.", None), ("It hailed in Xyzabc yesterday.", None),
    ("There was no hailstorm yesterday.", None), ("Hôm qua có mưa đá.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
