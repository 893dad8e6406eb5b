"""The neighbours' building work and its noise: drilling, hammering and building since a time or every day, how long
it goes on, the drilling loud, waking someone or keeping them from sleeping, and complaining to the neighbours, both
ways (mt/building_noise.py)."""
import pytest

from mt.building_noise import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The house next to the science wall.", "Neighbors reported from the morning to time.", "The home side closed
    # this morning.", "Neighbors reported two days.", "Neighbor buildings this three months."
    ("Nhà bên cạnh khoan tường từ sáng.", "The people next door have been drilling since this morning."),
    ("Hàng xóm khoan tường từ sáng đến giờ.", "The neighbours have been drilling since this morning."),
    ("Từ sáng đến giờ hàng xóm khoan tường.", "The neighbours have been drilling since this morning."),
    ("Họ khoan tường từ sáng sớm.", "They've been drilling since early this morning."),
    ("Nhà bên cạnh đóng đinh cả buổi sáng nay.", "The people next door have been hammering all morning."),
    ("Hàng xóm đục tường cả buổi chiều nay.", "The neighbours have been hammering all afternoon."),
    ("Hàng xóm tầng trên khoan tường mấy ngày nay.", "The people upstairs have been drilling for days."),
    ("Hàng xóm khoan tường từ hôm qua.", "The neighbours have been drilling since yesterday."),
    ("Hàng xóm khoan tường hai ngày rồi.", "The neighbours have been drilling for two days."),
    ("Hàng xóm khoan tường 3 ngày nay.", "The neighbours have been drilling for 3 days."),
    ("Hàng xóm khoan tường một tuần nay.", "The neighbours have been drilling for a week."),
    ("Hàng xóm xây nhà ba tháng nay.", "The neighbours have been building a house for three months."),
    ("Nhà bên cạnh xây nhà mấy tháng nay.", "The people next door have been building a house for months."),
    ("Hàng xóm sửa nhà từ tháng trước.", "The neighbours have been renovating their house since last month."),
    ("Hàng xóm của tôi khoan tường cả ngày hôm nay.", "My neighbours have been drilling all day."),
    ("Hàng xóm khoan tường từ sáng ạ.", "The neighbours have been drilling since this morning."),
    # v8: "Every day the wall is always science.", "Neighbors reported every day.", "Neighbors are closed every night.",
    # "Neighbors throughout the wallet.", "Neighbors are closing.", "Neighbors are opacitying the wall."
    ("Hàng xóm ngày nào cũng khoan tường.", "The neighbours drill every day."),
    ("Ngày nào nhà bên cạnh cũng khoan.", "The people next door drill every day."),
    ("Sáng nào hàng xóm cũng khoan tường.", "The neighbours drill every morning."),
    ("Hàng xóm khoan tường mỗi ngày.", "The neighbours drill every day."),
    ("Hàng xóm tầng trên đóng đinh mỗi tối.", "The people upstairs hammer every evening."),
    ("Hàng xóm suốt ngày khoan tường.", "The neighbours are always drilling."),
    ("Nhà bên cạnh lúc nào cũng đục tường.", "The people next door are always hammering."),
    ("Hàng xóm đang đóng đinh.", "The neighbours are hammering."),
    ("Hàng xóm đang đục tường.", "The neighbours are hammering."),
    ("Họ đang khoan tường.", "They're drilling."),
    # v8: "How long does the neighbor bear?", "How long are neighbors reported?", "When did the side close from?", "How
    # much neighbors are the wall?", "How long does the next person build up home?"
    ("Hàng xóm khoan tường bao lâu rồi?", "How long have the neighbours been drilling?"),
    ("Hàng xóm khoan tường từ bao giờ?", "How long have the neighbours been drilling?"),
    ("Nhà bên cạnh đóng đinh từ khi nào vậy?", "How long have the people next door been hammering?"),
    ("Hàng xóm khoan tường đến bao giờ?", "How long will the neighbours be drilling?"),
    ("Hàng xóm còn khoan tường đến bao giờ nữa?", "How much longer will the neighbours be drilling?"),
    ("Nhà bên cạnh xây nhà đến bao giờ?", "How long will the people next door be building a house?"),
    # v8: "Neighbors are building too noise.", "The home side is building, it's so noisy.", "Neighbors are scrambling
    # the walls.", "Neighbors from light, it's so noisy.", "The house is building a new home so it's very noise."
    ("Hàng xóm đang xây nhà ồn quá.", "The neighbours are building a house, and it's so noisy."),
    ("Nhà bên cạnh đang xây nhà, ồn quá.", "The people next door are building a house, and it's so noisy."),
    ("Hàng xóm đang khoan tường ồn quá.", "The neighbours are drilling, and it's so noisy."),
    ("Hàng xóm khoan tường từ sáng, ồn quá.",
     "The neighbours have been drilling since this morning, and it's so noisy."),
    ("Hàng xóm suốt ngày khoan tường, ồn lắm.", "The neighbours are always drilling, and it's really noisy."),
    ("Nhà bên cạnh đang xây nhà mới nên rất ồn.",
     "The people next door are building a new house, and it's very noisy."),
    # v8: "Scientific is too.", "Shammer!", "The home obstetric is too noise.", "The neighbor's walking is very noise."
    ("Tiếng khoan ồn quá.", "The drilling is so loud."),
    ("Tiếng búa to quá!", "The hammering is so loud!"),
    ("Tiếng khoan nhà bên cạnh ồn quá.", "The drilling next door is so loud."),
    ("Tiếng khoan tường từ nhà bên cạnh rất ồn.", "The drilling next door is very loud."),
    ("Tiếng đóng đinh của hàng xóm ồn lắm.", "The neighbours' hammering is really loud."),
    # v8: "This morning, the science makes me wake up.", "Yesterday, the science of my mother awake.", "Every morning
    # of science makes me awake.", "The science next to my child awake.", "This morning, the hamper was awakening me."
    ("Sáng nay tiếng khoan làm tôi thức giấc.", "The drilling woke me up this morning."),
    ("Hôm qua tiếng khoan làm mẹ tôi thức giấc.", "The drilling woke my mother up yesterday."),
    ("Sáng nào tiếng khoan cũng làm tôi thức giấc.", "The drilling wakes me up every morning."),
    ("Tiếng khoan nhà bên cạnh làm con tôi thức giấc rồi.", "The drilling next door has woken my child up."),
    ("Sáng nay tiếng búa làm tôi tỉnh giấc.", "The hammering woke me up this morning."),
    # v8: "I can't sleep because of the science.", "I couldn't work because of the shine next.", "I can't concentrate
    # for science.", "I can't learn because of the hammer.", "The hammash makes me sleep."
    ("Tôi không ngủ được vì tiếng khoan.", "I can't sleep because of the drilling."),
    ("Tôi không làm việc được vì tiếng khoan nhà bên cạnh.", "I can't work because of the drilling next door."),
    ("Tôi không thể tập trung được vì tiếng khoan.", "I can't concentrate because of the drilling."),
    ("Con tôi không học được vì tiếng búa.", "My child can't study because of the hammering."),
    ("Tối qua tôi không ngủ được vì tiếng khoan.", "I couldn't sleep last night because of the drilling."),
    ("Tiếng búa làm tôi không ngủ được.", "I can't sleep because of the hammering."),
    ("Tiếng khoan tường làm tôi không làm việc được.", "I can't work because of the drilling."),
    # v8: "I'll complain to neighbors.", "I complained with neighbors about noise.", "Complicate with neighbors.", "Are
    # you complained with neighbors?", "I have to complain about top-class goods."
    ("Tôi sẽ phàn nàn với hàng xóm.", "I'll complain to the neighbours."),
    ("Tôi đã phàn nàn với hàng xóm về tiếng ồn.", "I complained to the neighbours about the noise."),
    ("Bạn nên phàn nàn với hàng xóm.", "You should complain to the neighbours."),
    ("Bạn đã phàn nàn với hàng xóm chưa?", "Have you complained to the neighbours yet?"),
    ("Mẹ tôi đã phàn nàn với hàng xóm về tiếng khoan.", "My mother complained to the neighbours about the drilling."),
    ("Tôi muốn phàn nàn với nhà bên cạnh về tiếng ồn.",
     "I want to complain to the people next door about the noise."),
    ("Bố tôi chưa phàn nàn với hàng xóm.", "My father hasn't complained to the neighbours yet."),
    ("Chúng tôi đã phàn nàn với hàng xóm rồi.", "We've already complained to the neighbours."),
    ("Bạn có nên phàn nàn với hàng xóm không?", "Should you complain to the neighbours?"),
    ("Tôi phải phàn nàn với hàng xóm tầng trên.", "I have to complain to the people upstairs."),
    ("Anh ấy định phàn nàn với hàng xóm về tiếng búa.",
     "He's going to complain to the neighbours about the hammering."),
    # not: a plain verb or "cả ngày" with no "nay" (now, today, or a habit?), "đã" with a span (still going on?), a
    # house built with "rồi" or asked since when (built then?), a house built every day, "đập tường" (one wall or
    # several?), "họ" renovating (whose house?), whose after a place, a clock time, the noise waking someone with no
    # day (then, or every day?), a pet, "anh", "em … ạ", "I" asked, a plain "có … không?" (now, a habit, or then?), no
    # degree or two, a party, a "?" on a statement, "thế", "nhỉ", the other language, nonsense
    ("Hàng xóm khoan tường cả ngày.", None), ("Hàng xóm khoan tường.", None),
    ("Hàng xóm đã khoan tường ba ngày rồi.", None), ("Hàng xóm xây nhà hai tháng rồi.", None),
    ("Hàng xóm xây nhà từ bao giờ?", None), ("Hàng xóm xây nhà bao lâu rồi?", None),
    ("Hàng xóm xây nhà mỗi ngày.", None), ("Nhà bên cạnh đang đập tường.", None), ("Họ đang sửa nhà.", None),
    ("Nhà bên cạnh tôi khoan tường từ sáng.", None), ("Hàng xóm khoan tường từ bảy giờ sáng.", None),
    ("Tiếng khoan làm tôi thức giấc.", None), ("Hôm qua tiếng khoan làm mẹ tôi thức giấc rồi.", None),
    ("Tiếng khoan làm con chó của tôi thức giấc rồi.", None), ("Con chó của tôi không ngủ được vì tiếng khoan.", None),
    ("Anh không ngủ được vì tiếng khoan.", None), ("Anh nên phàn nàn với hàng xóm.", None),
    ("Em có nên phàn nàn với hàng xóm không ạ?", None), ("Tôi có nên phàn nàn với hàng xóm không?", None),
    ("Tôi đã phàn nàn với hàng xóm chưa?", None), ("Bạn có phàn nàn với hàng xóm không?", None),
    ("Tiếng khoan ồn.", None), ("Tiếng khoan rất ồn quá.", None), ("Hàng xóm đang mở tiệc ồn quá.", None),
    ("Hàng xóm khoan tường ồn quá.", None), ("Hàng xóm khoan tường từ sáng?", None),
    ("Bạn nên phàn nàn với hàng xóm?", None), ("Hàng xóm khoan tường bao lâu rồi.", None),
    ("Hàng xóm khoan tường từ sáng thế.", None), ("Hàng xóm khoan tường từ sáng nhỉ.", None),
    ("The neighbours have been drilling since this morning.", None), ("Khoan khoan khoan.", None),
    # not (review): "mình" owning the neighbours after any but "tôi" (their own: "my"?), "anh ấy", "cô ấy", "họ" owning
    # them after kin or a name (another's: English "his", "her" read as theirs), "thế" inside the work joined to the
    # noise, no days
    ("Bố tôi đã phàn nàn với hàng xóm của mình.", None), ("Chúng tôi đã phàn nàn với hàng xóm của mình.", None),
    ("Bạn nên phàn nàn với hàng xóm của mình.", None),
    ("Bố tôi không ngủ được vì tiếng khoan nhà hàng xóm của mình.", None),
    ("Bố tôi đã phàn nàn với hàng xóm của anh ấy.", None), ("Lan đã phàn nàn với hàng xóm của cô ấy.", None),
    ("Mẹ tôi không ngủ được vì tiếng khoan của hàng xóm cô ấy.", None),
    ("Hàng xóm đang xây nhà thế, ồn quá.", None), ("Hàng xóm đang khoan tường vậy, ồn quá.", None),
    ("Hàng xóm khoan tường 0 ngày nay.", None), ("Hàng xóm khoan tường 00 ngày nay.", None),
    # (and still taken)
    ("Tôi đã phàn nàn với hàng xóm của mình.", "I complained to my neighbours."),
    ("Anh ấy đã phàn nàn với hàng xóm của cô ấy.", "He complained to her neighbours."),
    ("Bố tôi không ngủ được vì tiếng khoan của hàng xóm tôi.",
     "My father can't sleep because of my neighbours' drilling."),
    ("Hàng xóm khoan tường 10 ngày nay.", "The neighbours have been drilling for 10 days."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những người lân cận đang khôn ngoan." (wise), "Những người láng giềng đang ôm ấp." (hugging), "Những người
    # láng giềng đang gõ cửa xuống tường." (knocking at the door), "Họ đang khôn ngoan."
    ("The neighbours are drilling the wall.", "Hàng xóm đang khoan tường."),
    ("The neighbours are drilling into the walls.", "Hàng xóm đang khoan tường."),
    ("The neighbours are hammering.", "Hàng xóm đang đóng đinh."),
    ("The people upstairs are hammering.", "Hàng xóm tầng trên đang đóng đinh."),
    ("The neighbours are knocking down a wall.", "Hàng xóm đang đập tường."),
    ("My neighbour is knocking a wall down.", "Hàng xóm tôi đang đập tường."),
    ("They're drilling the wall.", "Họ đang khoan tường."),
    # v8: "Những người láng giềng đã khôn ngoan kể từ khi sáng nay.", "Những người tới cửa đó đang vội vàng suốt buổi
    # sáng.", "Những người láng giềng đang ở lại nhà kể từ tháng trước."
    ("The neighbours have been drilling since this morning.", "Hàng xóm khoan tường từ sáng."),
    ("The people next door have been hammering all morning.", "Nhà bên cạnh đóng đinh cả buổi sáng nay."),
    ("The neighbours have been drilling all day.", "Hàng xóm khoan tường cả ngày hôm nay."),
    ("My neighbour has been drilling for three days.", "Hàng xóm tôi khoan tường ba ngày nay."),
    ("The people upstairs have been drilling for the past few days.", "Hàng xóm tầng trên khoan tường mấy ngày nay."),
    ("They've been drilling since early this morning.", "Họ khoan tường từ sáng sớm."),
    ("The neighbours have been building a house for two months.", "Hàng xóm xây nhà hai tháng nay."),
    ("The people next door have been building their house for months.", "Nhà bên cạnh xây nhà mấy tháng nay."),
    ("The neighbours have been renovating their house since last month.", "Hàng xóm sửa nhà từ tháng trước."),
    ("The neighbours have been drilling for a week.", "Hàng xóm khoan tường một tuần nay."),
    # v8: "Những người láng giềng khôn ngoan mỗi ngày.", "Mùn nước láng giềng của tôi mỗi buổi sáng.", "Những người
    # láng giềng luôn đang ôm ấp.", "Hàng xóm của tôi luôn khôn ngoan."
    ("The neighbours drill every day.", "Hàng xóm khoan tường mỗi ngày."),
    ("My neighbour drills every morning.", "Hàng xóm tôi khoan tường mỗi sáng."),
    ("The people upstairs are drilling every day.", "Hàng xóm tầng trên khoan tường mỗi ngày."),
    ("The neighbours are always hammering.", "Hàng xóm suốt ngày đóng đinh."),
    ("My neighbour is always drilling.", "Hàng xóm tôi suốt ngày khoan tường."),
    # v8: "Những người láng giềng khô ráo trong thời gian bao lâu rồi?" (dry), "Vì khi nào người ta đóng cửa tiếp theo
    # đang vội vàng?", "Người ta sẽ khôn ngoan hơn bao nhiêu?"
    ("How long have the neighbours been drilling?", "Hàng xóm khoan tường bao lâu rồi?"),
    ("Since when have the people next door been hammering?", "Nhà bên cạnh đóng đinh từ bao giờ?"),
    ("How long has my neighbour been drilling?", "Hàng xóm tôi khoan tường bao lâu rồi?"),
    ("How long will the neighbours be drilling?", "Hàng xóm khoan tường đến bao giờ?"),
    ("How much longer will the people upstairs be drilling?", "Hàng xóm tầng trên còn khoan tường đến bao giờ nữa?"),
    ("How long will the neighbours be building their house?", "Hàng xóm xây nhà đến bao giờ?"),
    # v8: "Những người tiếp theo đang xây một ngôi nhà, và thật là rắc rối.", "… đang xây dựng một ngôi nhà mới, và
    # thật điên rồ.", "Những người láng giềng luôn khôn ngoan và thật sự không có ai!"
    ("The people next door are building a house, and it's so noisy.", "Nhà bên cạnh đang xây nhà, ồn quá."),
    ("The neighbours are building a new house, and it's so noisy.", "Hàng xóm đang xây nhà mới, ồn quá."),
    ("The neighbours have been drilling since this morning, and it's so noisy.",
     "Hàng xóm khoan tường từ sáng, ồn quá."),
    ("The neighbours are always drilling and it's really noisy!", "Hàng xóm suốt ngày khoan tường, rất ồn!"),
    # v8: "Việc khôn ngoan quá lớn.", "Bhammering rất lớn.", "Việc khôn ngoan cửa tiếp theo là không có gì."
    ("The drilling is so loud.", "Tiếng khoan ồn quá."),
    ("The hammering is very loud.", "Tiếng búa rất ồn."),
    ("The drilling next door is so noisy.", "Tiếng khoan nhà bên cạnh ồn quá."),
    ("The neighbours' drilling is really loud.", "Tiếng khoan nhà hàng xóm rất ồn."),
    ("The noise of the drilling upstairs is too loud.", "Tiếng khoan nhà tầng trên ồn quá."),
    # v8: "Để khôn ngoan mặc tôi lên sáng nay.", "Mùn khô làm cho tôi dậy.", "Càng cửa tiếp theo thức dậy mỗi buổi
    # sáng.", "Việc khôn ngoan của người láng giềng đã làm cho con trai tôi thức dậy."
    ("The drilling woke me up this morning.", "Sáng nay tiếng khoan làm tôi thức giấc."),
    ("The drilling woke me up.", "Tiếng khoan làm tôi thức giấc."),
    ("The noise of the drilling woke my mother up yesterday.", "Hôm qua tiếng khoan làm mẹ tôi thức giấc."),
    ("The drilling next door wakes me up every morning.",
     "Sáng nào tiếng khoan nhà bên cạnh cũng làm tôi thức giấc."),
    ("The neighbours' drilling has woken my son up.", "Tiếng khoan nhà hàng xóm làm con trai tôi thức giấc rồi."),
    # v8: "Tôi không ngủ được vì khô ráo.", "Tôi không thể làm việc vì cái cửa khôn ngoan tiếp theo.", "Con trai tôi
    # không thể học được vì đang bú." (suckling), "Tôi không ngủ được tối qua vì đang bú."
    ("I can't sleep because of the drilling.", "Tôi không ngủ được vì tiếng khoan."),
    ("I can't work because of the drilling next door.", "Tôi không làm việc được vì tiếng khoan nhà bên cạnh."),
    ("I can't concentrate because of the drilling.", "Tôi không tập trung được vì tiếng khoan."),
    ("My son can't study because of the hammering.", "Con trai tôi không học được vì tiếng búa."),
    ("I couldn't sleep last night because of the hammering.", "Tối qua tôi không ngủ được vì tiếng búa."),
    ("She couldn't work today because of the drilling.", "Hôm nay cô ấy không làm việc được vì tiếng khoan."),
    # v8: "Tôi sẽ phàn nàn về những người láng giềng." (about them), "Bạn có phàn nàn về những người láng giềng chưa?",
    # "Mẹ tôi phàn nàn về những người láng giềng về khoan."
    ("I'm going to complain to the neighbours.", "Tôi sẽ phàn nàn với hàng xóm."),
    ("I'll complain to the neighbours about the noise.", "Tôi sẽ phàn nàn với hàng xóm về tiếng ồn."),
    ("I complained to the neighbours about the noise.", "Tôi đã phàn nàn với hàng xóm về tiếng ồn."),
    ("You should complain to the neighbours.", "Bạn nên phàn nàn với hàng xóm."),
    ("Should I complain to the neighbours?", "Tôi có nên phàn nàn với hàng xóm không?"),
    ("Have you complained to the neighbours yet?", "Bạn đã phàn nàn với hàng xóm chưa?"),
    ("Has she complained to the people upstairs yet?", "Cô ấy đã phàn nàn với hàng xóm tầng trên chưa?"),
    ("My mother complained to the neighbours about the drilling.", "Mẹ tôi đã phàn nàn với hàng xóm về tiếng khoan."),
    ("I want to complain to the people next door about the noise.", "Tôi muốn phàn nàn với nhà bên cạnh về tiếng ồn."),
    ("He wants to complain to the neighbours.", "Anh ấy muốn phàn nàn với hàng xóm."),
    ("You shouldn't complain to the neighbours.", "Bạn không nên phàn nàn với hàng xóm."),
    ("My father has just complained to the neighbours.", "Bố tôi vừa phàn nàn với hàng xóm."),
    ("He's going to complain to the neighbours.", "Anh ấy sẽ phàn nàn với hàng xóm."),
    # not: a verb or a count not agreeing, a "?" on a statement, a clock time, "they" building what?, a day or how
    # often not agreeing with the verb, a pet, "I" asked, a plain present (a habit?), "we", "our", "us" (chúng tôi,
    # or chúng ta?), no degree, the past, a party, the other language, nonsense
    ("The neighbours has been drilling since this morning.", None),
    ("My neighbour have been drilling since this morning.", None),
    ("The neighbours have been drilling for 1 days.", None), ("The neighbours have been drilling for two day.", None),
    ("The neighbours have been drilling since this morning?", None),
    ("The neighbours have been drilling since 7 a.m.", None), ("My neighbour drill every day.", None),
    ("They drills every day.", None), ("The neighbours is drilling.", None), ("They're renovating.", None),
    ("They have been building for months.", None), ("The drilling woke me up every morning.", None),
    ("The drilling wakes me up this morning.", None), ("The drilling woke my dog up.", None),
    ("She can't sleep last night because of the drilling.", None),
    ("My dog can't sleep because of the drilling.", None), ("Have I complained to the neighbours yet?", None),
    ("She want to complain to the neighbours.", None), ("Have she complained to the neighbours yet?", None),
    ("I complained to the neighbours yet.", None), ("I complain to the neighbours.", None),
    ("We have to complain to the neighbours.", None), ("Our neighbours have been drilling all day.", None),
    ("The hammering woke us up this morning.", None), ("The drilling is so loud?", None),
    ("The drilling is loud.", None), ("The drilling was so loud.", None),
    ("The neighbours are having a party, and it's so noisy.", None), ("Hàng xóm khoan tường từ sáng.", None),
    ("Drill drill drill.", None),
    # not (review): "his", "her", "their" owning the neighbours after kin or a name (theirs: not "anh ấy"), no days
    ("My father complained to his neighbours.", None), ("My mother wants to complain to her neighbours.", None),
    ("My parents complained to their neighbours.", None),
    ("My father can't sleep because of his neighbours' drilling.", None),
    ("The neighbours have been drilling for 0 days.", None), ("The neighbours have been drilling for 00 days.", None),
    # (and still taken)
    ("He complained to her neighbours.", "Anh ấy đã phàn nàn với hàng xóm cô ấy."),
    ("My father complained to my neighbours.", "Bố tôi đã phàn nàn với hàng xóm tôi."),
    ("The neighbours have been drilling for 10 days.", "Hàng xóm khoan tường 10 ngày nay."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
