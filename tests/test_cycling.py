"""Bicycles: riding to work or around the lake, going cycling, learning and teaching to ride, can ride, and pumping up
the tyres, both ways (mt/cycling.py)."""
import pytest

from mt.cycling import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I walked the bicycle to work.", "I bicycles go to work.", "He bicycles go to work every day."
    ("Tôi đi xe đạp đi làm.", "I cycle to work."),
    ("Tôi đạp xe đi làm.", "I cycle to work."),
    ("Anh ấy đạp xe đi làm mỗi ngày.", "He cycles to work every day."),
    ("Tôi thường đạp xe đi làm.", "I usually cycle to work."),
    ("Con tôi đi xe đạp đi học.", "My child cycles to school."),
    ("Chị ấy đạp xe về nhà.", "She cycles home."),
    # v8: "Do you have a bicycle?"
    ("Bạn có đạp xe đi làm không?", "Do you cycle to work?"),
    ("Bố bạn có hay đạp xe đi làm không?", "Does your father often cycle to work?"),
    ("Tôi sẽ đạp xe đi làm.", "I'll cycle to work."),
    ("Hôm qua tôi đạp xe đi làm.", "I cycled to work yesterday."),
    ("Sáng nay tôi đã đạp xe đi làm.", "I cycled to work this morning."),
    ("Tôi phải đạp xe đi học.", "I have to cycle to school."),
    # v8: "We bicycled around lake.", "Yesterday, we bicycle around lake."
    ("Chúng tôi đạp xe quanh hồ.", "We cycled around the lake."),
    ("Hôm qua chúng tôi đạp xe quanh hồ.", "We cycled around the lake yesterday."),
    ("Chúng tôi đã đạp xe vòng quanh Hồ Tây.", "We cycled around West Lake."),
    ("Chúng tôi đạp xe dọc bờ sông.", "We cycled along the river."),
    ("Chúng tôi hay đạp xe quanh công viên.", "We often cycle around the park."),
    ("Tối nay chúng tôi đạp xe quanh hồ.", "We're cycling around the lake tonight."),
    ("Chúng tôi muốn đạp xe quanh hồ.", "We want to cycle around the lake."),
    # v8: "He bicycles every weekend.", "Tomorrow, we'll go bicycles."
    ("Anh ấy đi đạp xe mỗi cuối tuần.", "He goes cycling every weekend."),
    ("Ngày mai chúng tôi sẽ đi đạp xe.", "We'll go cycling tomorrow."),
    ("Tuần trước chúng tôi đi đạp xe.", "We went cycling last week."),
    ("Bạn có hay đi đạp xe không?", "Do you often go cycling?"),
    ("Cô ấy sẽ đi đạp xe vào thứ bảy.", "She'll go cycling on Saturday."),
    # v8: "I learned bicycles when I was five years old.", "I study bicycles at age five.", "When did you learn
    # bicycles?"
    ("Tôi học đi xe đạp khi năm tuổi.", "I learned to ride a bike when I was five."),
    ("Bố tôi học đi xe đạp lúc mười tuổi.", "My father learned to ride a bike when he was ten."),
    ("Con tôi học đi xe đạp lúc 6 tuổi.", "My child learned to ride a bike at 6."),
    ("Tôi học đi xe đạp khi còn nhỏ.", "I learned to ride a bike as a child."),
    ("Chúng tôi học đi xe đạp khi còn nhỏ.", "We learned to ride a bike as children."),
    ("Bạn học đi xe đạp khi nào?", "When did you learn to ride a bike?"),
    ("Bạn học đi xe đạp lúc mấy tuổi?", "How old were you when you learned to ride a bike?"),
    ("Con trai bạn học đi xe đạp lúc mấy tuổi?", "How old was your son when he learned to ride a bike?"),
    # v8: "Who taught you to rid of bicycles?", "My father taught me to bicycle.", "My daughter is putting a bicycle."
    ("Ai dạy bạn đi xe đạp?", "Who taught you to ride a bike?"),
    ("Bố tôi dạy tôi đi xe đạp.", "My father taught me to ride a bike."),
    ("Mẹ tôi đang dạy em gái tôi đi xe đạp.", "My mother is teaching my sister to ride a bike."),
    ("Con gái tôi đang tập đi xe đạp.", "My daughter is learning to ride a bike."),
    # v8: "I need to pump the car.", "I must pump my bicycle."
    ("Tôi cần bơm xe.", "I need to pump up my tyres."),
    ("Tôi phải bơm lốp xe đạp.", "I have to pump up my tyres."),
    ("Bố tôi cần bơm xe.", "My father needs to pump up his tyres."),
    ("Bạn có cần bơm xe không?", "Do you need to pump up your tyres?"),
    ("Tôi vừa bơm lốp xe.", "I've just pumped up my tyres."),
    ("Tôi bơm lốp rồi.", "I've pumped up my tyres."),
    ("Bạn bơm lốp chưa?", "Have you pumped up your tyres yet?"),
    ("Tôi đang bơm xe.", "I'm pumping up my tyres."),
    ("Lan sẽ bơm lốp xe.", "Lan will pump up the tyres."),
    # not: "anh" alone saying it (the speaker?), "đi đạp xe" with no day (goes, or has gone?), a plain "bơm xe", a day
    # of this day with no tense, a day with a habit or the wrong tense, "đi đạp xe đi làm", how often and liked
    # (mt/hobbies.py's), can ride (mt/skills.py's), a puncture, a bike stolen, an age asked of a child (he or she?)
    ("Anh đạp xe đi làm.", None), ("Anh ấy đi đạp xe.", None), ("Bạn có đi đạp xe không?", None),
    ("Tôi bơm xe.", None), ("Anh cần bơm xe.", None), ("Sáng nay tôi đạp xe đi làm.", None),
    ("Hôm qua tôi sẽ đạp xe đi làm.", None), ("Ngày mai tôi đã đạp xe đi làm.", None),
    ("Tôi đi đạp xe đi làm.", None), ("Anh ấy đạp xe mỗi cuối tuần.", None), ("Tôi thích đạp xe.", None),
    ("Bạn có biết đi xe đạp không?", None), ("Xe đạp của tôi bị thủng lốp.", None),
    ("Xe đạp của tôi bị mất trộm.", None), ("Con tôi học đi xe đạp lúc mấy tuổi?", None),
    ("Tôi đạp xe đi làm không?", None), ("Chúng ta đạp xe quanh hồ.", None), ("Bạn đạp xe đi làm không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có chu kỳ làm việc không?" (a cycle), "Tôi đi xe đạp làm việc.", "Cô ấy cưỡi chiếc xe đạp …" (rides a
    # horse)
    ("Do you cycle to work?", "Bạn có đạp xe đi làm không?"),
    ("Does your father cycle to work?", "Bố bạn có đạp xe đi làm không?"),
    ("I ride my bike to work.", "Tôi đi xe đạp đi làm."),
    ("She rides her bike to school.", "Cô ấy đi xe đạp đi học."),
    ("She usually rides her bike to school.", "Cô ấy thường đi xe đạp đi học."),
    ("Did you cycle to work yesterday?", "Hôm qua bạn có đạp xe đi làm không?"),
    ("We'll cycle to work tomorrow.", "Ngày mai chúng tôi sẽ đạp xe đi làm."),
    ("He has to cycle to school.", "Anh ấy phải đạp xe đi học."),
    ("I'm cycling to work tomorrow.", "Ngày mai tôi sẽ đạp xe đi làm."),
    ("I'm going to cycle to work.", "Tôi sẽ đạp xe đi làm."),
    ("I cycled home.", "Tôi đã đạp xe về nhà."),
    # v8: "Chúng tôi quay quanh hồ." (turned), "… cưỡi những chiếc xe đạp xung quanh hồ.", "… đi chơi quanh hồ."
    ("We cycled around the lake.", "Chúng tôi đã đạp xe quanh hồ."),
    ("We rode our bikes around the lake.", "Chúng tôi đã đi xe đạp quanh hồ."),
    ("We went cycling around the lake.", "Chúng tôi đã đi đạp xe quanh hồ."),
    ("We cycled round the lake yesterday.", "Hôm qua chúng tôi đạp xe quanh hồ."),
    ("We cycle around the lake every morning.", "Chúng tôi đạp xe quanh hồ mỗi sáng."),
    ("They rode their bikes along the river.", "Họ đã đi xe đạp dọc bờ sông."),
    # v8: "Chúng tôi đang đi chơi ngày mai.", "Tôi đã đi chơi hôm qua.", "Bạn có đi chơi đùa không?"
    ("We're going cycling tomorrow.", "Ngày mai chúng tôi sẽ đi đạp xe."),
    ("I went cycling yesterday.", "Hôm qua tôi đi đạp xe."),
    ("He's going cycling this weekend.", "Cuối tuần này anh ấy sẽ đi đạp xe."),
    ("Did you go cycling last weekend?", "Cuối tuần trước bạn có đi đạp xe không?"),
    # v8: "Tôi học được đi xe đạp khi tôi năm." (the age lost), "Cô ấy học cách đi xe đạp khi cô ấy sáu."
    ("I learned to ride a bike when I was five.", "Tôi học đi xe đạp lúc năm tuổi."),
    ("She learned to ride a bike when she was six.", "Cô ấy học đi xe đạp lúc sáu tuổi."),
    ("My mother learned to ride a bike when she was 7 years old.", "Mẹ tôi học đi xe đạp lúc 7 tuổi."),
    ("Lan learned to ride a bike at the age of seven.", "Lan học đi xe đạp lúc bảy tuổi."),
    ("I learned to ride a bike as a child.", "Tôi học đi xe đạp khi còn nhỏ."),
    # v8: "Khi nào bạn học đi xe đạp?" (when will you)
    ("When did you learn to ride a bike?", "Bạn học đi xe đạp khi nào?"),
    ("How old were you when you learned to ride a bike?", "Bạn học đi xe đạp lúc mấy tuổi?"),
    # v8: "Cha tôi dạy tôi đến đi xe đạp.", "Ai dạy em đi xe đạp?"
    ("My father taught me to ride a bike.", "Bố tôi đã dạy tôi đi xe đạp."),
    ("Who taught you to ride a bike?", "Ai dạy bạn đi xe đạp?"),
    ("She's teaching her son to ride a bike.", "Cô ấy đang dạy con trai cô ấy đi xe đạp."),
    # v8: "Con trai của bạn đi xe đạp không?" (can lost)
    ("Can your son ride a bike?", "Con trai bạn có biết đi xe đạp không?"),
    ("Can she ride a bike yet?", "Cô ấy biết đi xe đạp chưa?"),
    ("He can't ride a bike yet.", "Anh ấy chưa biết đi xe đạp."),
    ("I can't ride a bike.", "Tôi không biết đi xe đạp."),
    # v8: "Tôi cần phải bơm lốp xe." (right), "Tôi cần bơm." (the tyres lost, "My tyres need pumping up.")
    ("I need to pump up my tyres.", "Tôi cần bơm lốp xe."),
    ("He needs to pump up his tires.", "Anh ấy cần bơm lốp xe."),
    ("Do you need to pump up your tyres?", "Bạn có cần bơm lốp xe không?"),
    ("I've just pumped up my tyres.", "Tôi vừa bơm lốp xe."),
    ("He's pumped up his tyres.", "Anh ấy đã bơm lốp xe rồi."),
    ("Have you pumped up your tyres yet?", "Bạn đã bơm lốp xe chưa?"),
    ("I'll pump up the tyres.", "Tôi sẽ bơm lốp xe."),
    ("She's pumping up her tyres.", "Cô ấy đang bơm lốp xe."),
    ("I need to pump my tyres up.", "Tôi cần bơm lốp xe."),
    # not: the verb not agreeing with who ("Do your father", "He cycle", "He need", "I has", "I were"), another's bike
    # or tyres, "ride" with no bike, a pronoun that is not who's, a day with the wrong tense, "go cycling to work",
    # now with no day ("I'm cycling to work": now, or arranged?), a puncture (mt/driving.py's), a bike stolen
    # (mt/theft.py's), "go for a bike ride" (mt/suggestions.py's)
    ("Do your father cycle to work?", None), ("He cycle to work.", None), ("He need to pump up his tyres.", None),
    ("I has pumped up my tyres.", None), ("Does he needs to pump up his tyres?", None),
    ("I learned to ride a bike when I were five.", None), ("I need to ride his bike to work.", None),
    ("I need to pump up your tyres.", None), ("I ride to work.", None),
    ("My mother learned to ride a bike when he was five.", None),
    ("How old were you when he learned to ride a bike?", None), ("We cycled around the lake tomorrow.", None),
    ("We go cycling to work.", None), ("I'm cycling to work.", None), ("My bike has a puncture.", None),
    ("My bike was stolen.", None), ("Let's go for a bike ride.", None), ("Can you ride a bike", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
