"""What someone is doing at the moment (cooking, a meal, sleeping, a nap, working, studying, a meeting, a walk, on
their way), said or asked, and what they are doing or eating, both ways (mt/at_the_moment.py)."""
import pytest

from mt.at_the_moment import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother was cooking.", "They're eating dark.", "I'm eating lunch." (my father lost), "My grandmother was
    # sleeping lunch.", "My child is naping.", "I'm eating rice.", "My mother was preparing for dinner."
    ("Mẹ tôi đang nấu ăn.", "My mother is cooking."),
    ("Lan đang nấu ăn!", "Lan is cooking!"),
    ("Mẹ tôi đang làm cơm.", "My mother is cooking."),
    ("Mẹ tôi đang chuẩn bị bữa tối.", "My mother is making dinner."),
    ("Họ đang ăn tối.", "They're having dinner."),
    ("Chúng tôi đang ăn tối ạ.", "We're having dinner."),
    ("Bố tôi đang ăn trưa.", "My father is having lunch."),
    ("Bố tôi đang ăn sáng.", "My father is having breakfast."),
    ("Bố tôi đang ăn cơm.", "My father is eating."),
    ("Bố mẹ tôi đang ăn tối.", "My parents are having dinner."),
    ("Mọi người đang ăn tối.", "Everyone is having dinner."),
    ("Bà tôi đang ngủ trưa.", "My grandmother is taking a nap."),
    ("Bác Hùng đang ngủ trưa.", "Uncle Hung is taking a nap."),
    ("Bọn trẻ đang ngủ.", "The kids are sleeping."),
    ("Ông bà tôi đang ngủ.", "My grandparents are sleeping."),
    ("Mẹ tôi đang làm việc.", "My mother is working."),
    ("Em gái tôi đang học bài.", "My sister is studying."),
    # v8: "He's meeting.", "He's going to walk.", "My father is on the way to do.", "I'm on the way to go to school."
    ("Anh ấy đang họp.", "He's in a meeting."),
    ("Anh ấy đang đi dạo.", "He's out for a walk."),
    ("Bố tôi đang trên đường đi làm.", "My father is on his way to work."),
    ("Tôi đang trên đường về nhà.", "I'm on my way home."),
    ("Mẹ tôi đang trên đường đến.", "My mother is on her way."),
    ("Chị Lan đang trên đường tới đây.", "Lan is on her way here."),
    ("Con tôi đang trên đường đi học.", "My child is on the way to school."),
    ("Họ vẫn đang ăn tối.", "They're still having dinner."),
    # v8: "Are you cooking?", "Are you sleeping?", "Are I meeting?", "Are you learning a lesson?", "Is she cooking
    # me?", "Is he eating dark?", "Are you on the street?"
    ("Mẹ bạn có đang nấu ăn không?", "Is your mother cooking?"),
    ("Bố bạn đang ngủ à?", "Is your father sleeping?"),
    ("Bố bạn có đang họp không?", "Is your father in a meeting?"),
    ("Em gái bạn đang học bài phải không?", "Is your sister studying?"),
    ("Chị ấy đang nấu ăn hả?", "Is she cooking?"),
    ("Anh ấy đang ăn tối à?", "Is he having dinner?"),
    ("Bạn đang trên đường à?", "Are you on your way?"),
    ("Bọn trẻ vẫn đang ngủ à?", "Are the kids still sleeping?"),
    # v8: "What do you do?", "What's you doing?"
    ("Bố bạn đang làm gì vậy?", "What is your father doing?"),
    ("Anh đang làm gì?", "What are you doing?"),
    ("Bố mẹ bạn đang làm gì thế?", "What are your parents doing?"),
    ("Bọn trẻ đang ăn gì thế?", "What are the kids eating?"),
    # not: "anh", "em" alone said (the speaker or "you"), "I" asked about, without "đang" (a habit), with a day (a
    # story), "vẫn đang làm việc" (mt/work_status.py's), "nấu cơm" (mt/chores.py's), "đi mua sắm" (the phrase list's),
    # a name's way with no place (his or her), "My child is on the way" (a birth), "thế", "nhỉ" ending a statement,
    # "có … à", asked without a particle, "đi làm" (at work, or going?), watching TV (mt/doing_now.py's)
    ("Anh đang nấu ăn.", None), ("Em đang ăn tối.", None), ("Tôi đang làm gì?", None),
    ("Tôi có đang ngủ không?", None), ("Mẹ tôi nấu ăn.", None), ("Tối qua mẹ tôi đang nấu ăn.", None),
    ("Mẹ tôi vẫn đang làm việc.", None), ("Mẹ tôi đang nấu cơm.", None), ("Chị ấy đang đi mua sắm.", None),
    ("Lan đang trên đường đến.", None), ("Con tôi đang trên đường.", None), ("Mẹ tôi đang nấu ăn thế.", None),
    ("Mẹ tôi đang nấu ăn nhỉ.", None), ("Bạn có đang ngủ à?", None), ("Bạn đang ngủ?", None),
    ("Bố tôi đang đi làm.", None), ("Bố tôi đang xem tivi.", None), ("Mẹ tôi đang nấu ăn trong bếp.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bà tôi đang có một món quà." (a gift), "Chú Hung đang dùng một nap.", "Con trai tôi đang đi ngủ." (going
    # to bed)
    ("My grandmother is having a nap.", "Bà tôi đang ngủ trưa."),
    ("Uncle Hung is taking a nap.", "Chú Hung đang ngủ trưa."),
    ("My son is taking a nap.", "Con trai tôi đang ngủ trưa."),
    ("They're having dinner.", "Họ đang ăn tối."),
    ("My parents are having dinner.", "Bố mẹ tôi đang ăn tối."),
    ("My father is having breakfast.", "Bố tôi đang ăn sáng."),
    ("She's having lunch!", "Cô ấy đang ăn trưa!"),
    ("Everyone is eating dinner.", "Mọi người đang ăn tối."),
    ("I'm eating.", "Tôi đang ăn."),
    ("My grandfather is asleep.", "Ông tôi đang ngủ."),
    ("The kids are sleeping.", "Bọn trẻ đang ngủ."),
    ("My mother is working right now.", "Mẹ tôi đang làm việc."),
    ("My sister is studying.", "Em gái tôi đang học."),
    ("She's shopping.", "Cô ấy đang đi mua sắm."),
    # v8: "Cha tôi đang ở trong cuộc họp.", "Cô ta đi bộ."
    ("My father is in a meeting.", "Bố tôi đang họp."),
    ("She's out for a walk.", "Cô ấy đang đi dạo."),
    ("They're still having lunch.", "Họ vẫn đang ăn trưa."),
    # v8: "Anh ta đang theo đường của anh.", "Cô ấy đang ở đây.", "Mẹ tôi đang ở trên đường của cô ấy."
    ("He's on his way.", "Anh ấy đang trên đường đến."),
    ("She's on her way here.", "Cô ấy đang trên đường đến đây."),
    ("My mother is on her way.", "Mẹ tôi đang trên đường đến."),
    ("My father is on his way home.", "Bố tôi đang trên đường về nhà."),
    ("Lan is on her way back.", "Lan đang trên đường về."),
    ("The kids are on their way to school.", "Bọn trẻ đang trên đường đi học."),
    # v8: "Bạn đang theo cách của mình?", "Cha của bạn có làm việc không?", "Bố của bạn có trong cuộc họp không?",
    # "Bố của bạn đang ngủ không?", "Bạn đang ăn không?", "Họ vẫn còn ăn không?"
    ("Are you on your way?", "Bạn có đang trên đường đến không?"),
    ("Is your father working?", "Bố bạn có đang làm việc không?"),
    ("Is your father in a meeting?", "Bố bạn có đang họp không?"),
    ("Is your father sleeping?", "Bố bạn có đang ngủ không?"),
    ("Are you eating?", "Bạn có đang ăn không?"),
    ("Are they still eating?", "Họ vẫn đang ăn à?"),
    # v8: "Mẹ bạn làm gì?" (đang lost), "Bố làm gì?", "Làm gì?", "Bố mẹ đang làm gì?"
    ("What is your mother doing?", "Mẹ bạn đang làm gì?"),
    ("What's your father doing?", "Bố bạn đang làm gì?"),
    ("What is Lan doing?", "Lan đang làm gì?"),
    ("What are your parents doing?", "Bố mẹ bạn đang làm gì?"),
    ("What's he eating?", "Anh ấy đang ăn gì?"),
    # not: "is" that does not agree ("My parents is", "What is you"), "I" asked about, someone else's way, "their"
    # of one, "still working" (not retired: mt/work_status.py's), cooking and making dinner (mt/chores.py's), a
    # habit, the past, a place the rule does not know, watching TV (mt/doing_now.py's)
    ("My parents is having dinner.", None), ("What is you doing?", None), ("The kids is sleeping.", None),
    ("Am I sleeping?", None), ("What am I doing?", None), ("I'm on his way.", None), ("My mother is on his way.", None),
    ("He's on their way.", None), ("Is your mother still working?", None), ("My mother is cooking.", None),
    ("My mother is making dinner.", None), ("He works.", None), ("She was having dinner.", None),
    ("He's on his way to the airport.", None), ("He's watching TV.", None), ("Is she having dinner.", None),
    ("Is the baby's mother asleep?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
