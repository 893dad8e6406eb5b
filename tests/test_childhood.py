"""Childhood and "used to": where someone lived, what they were like, crying a lot, what they did as a child, and
what someone used to be or do, both ways (mt/childhood.py)."""
import pytest

from mt.childhood import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I am living in Hue.", "My little shyed.", "When they're young, he cries a lot.", "I was very glad."
    ("Hồi nhỏ tôi sống ở Huế.", "As a child, I lived in Hue."),
    ("Hồi nhỏ tôi rất nhút nhát.", "As a child, I was very shy."),
    ("Khi còn bé, anh ấy hay khóc.", "As a child, he cried a lot."),
    ("Lúc bé tôi rất gầy.", "As a child, I was very thin."),
    ("Khi còn nhỏ, cô ấy khóc rất nhiều.", "As a child, she cried a lot."),
    # v8: "His young man was very innocent.", "The baby my sister is very traded.", "Islam is very fat."
    ("Hồi nhỏ anh ấy rất nghịch.", "As a child, he was very naughty."),
    ("Hồi bé em gái tôi rất mập.", "As a child, my sister was very fat."),
    ("Hồi nhỏ Lan rất béo.", "As a child, Lan was very fat."),
    ("Hồi nhỏ Bác Hùng sống ở Huế.", "As a child, Uncle Hung lived in Hue."),
    ("Hồi còn nhỏ tôi sống ở Huế.", "As a child, I lived in Hue."),
    ("Hồi nhỏ, tôi sống ở Pháp.", "As a child, I lived in France."),
    ("Tôi hồi nhỏ rất nhút nhát.", "As a child, I was very shy."),
    ("Tôi sống ở Huế hồi nhỏ.", "As a child, I lived in Hue."),
    ("Khi tôi còn nhỏ, tôi sống ở Huế.", "As a child, I lived in Hue."),
    ("Khi tôi còn nhỏ, bố tôi sống ở Đà Nẵng.", "When I was little, my father lived in Da Nang."),
    # v8: "We're young to swim in the river.", "When I was playing football."
    ("Hồi nhỏ chúng tôi hay bơi ở sông.", "As children, we often swam in the river."),
    ("Hồi nhỏ tôi hay chơi bóng đá.", "As a child, I often played football."),
    ("Hồi nhỏ tôi hay thả diều!", "As a child, I often flew kites!"),
    ("Hồi nhỏ tôi không nhút nhát.", "As a child, I wasn't shy."),
    ("Hồi nhỏ tôi không hay khóc.", "As a child, I didn't cry much."),
    # v8: "Is you playing football?", "Where do you live?", "Is you shy?"
    ("Hồi nhỏ bạn có chơi bóng đá không?", "Did you play football as a child?"),
    ("Hồi nhỏ bạn sống ở đâu?", "Where did you live as a child?"),
    ("Hồi nhỏ bạn có nhút nhát không?", "Were you shy as a child?"),
    ("Hồi nhỏ anh có hay khóc không?", "Did you cry a lot as a child?"),
    # v8: "I lived in Hanoi earlier.", "I'm a doctor before.", "I've been very shy.", "Do you ever lived in Hanoi?"
    ("Trước đây tôi sống ở Hà Nội.", "I used to live in Hanoi."),
    ("Ngày xưa tôi sống ở Sài Gòn.", "I used to live in Saigon."),
    ("Trước đây bố tôi là bác sĩ.", "My father used to be a doctor."),
    ("Trước kia tôi làm kế toán.", "I used to be an accountant."),
    ("Tôi từng rất nhút nhát.", "I used to be very shy."),
    ("Trước đây anh ấy rất gầy.", "He used to be very thin."),
    ("Ngày xưa chúng tôi hay bơi ở sông.", "We used to swim in the river."),
    ("Hồi trước cô ấy hay khóc.", "She used to cry a lot."),
    ("Tôi từng sống ở Sài Gòn.", "I used to live in Saigon."),
    ("Trước đây bạn sống ở đâu?", "Where did you use to live?"),
    ("Trước đây bạn có sống ở Hà Nội không?", "Did you use to live in Hanoi?"),
    ("Bạn có từng sống ở Hà Nội không?", "Have you ever lived in Hanoi?"),
    # not: "anh" alone saying it (may be the speaker), crying once or a lot?, a job as a child, a degree said twice or
    # asked, a place no table knows, "không" with "used to", "từng" with a doing (once? mt/ever.py), "từng là"
    # (people's), "có" without "không", liking (hobbies'), two people joined, other topics
    ("Lúc bé tôi rất gầy nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Hồi nhỏ anh hay khóc.", None), ("Hồi nhỏ tôi khóc.", None), ("Hồi nhỏ tôi là giáo viên.", None),
    ("Hồi nhỏ tôi rất nhút nhát lắm.", None), ("Hồi nhỏ bạn có rất nhút nhát không?", None),
    ("Hồi nhỏ tôi sống ở quê.", None), ("Ngày xưa tôi không sống ở đây.", None), ("Chúng tôi từng bơi ở sông.", None),
    ("Cô ấy từng là giáo viên.", None), ("Hồi nhỏ bạn có sống ở Hà Nội không.", None),
    ("Hồi nhỏ tôi không thích bơi.", None), ("Hồi nhỏ bố mẹ tôi sống ở Huế.", None),
    ("Hồi nhỏ tôi sống với bà.", None), ("Tôi sống ở Huế.", None), ("Anh ấy rất nhút nhát.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Khi tôi là một đứa trẻ, …", "Khi một đứa trẻ, anh rất nhúc nhát.", "Khi cô bé nhỏ, cô khóc rất nhiều."
    ("When I was a child, I lived in Hue.", "Hồi nhỏ tôi sống ở Huế."),
    ("As a child, he was very shy.", "Hồi nhỏ anh ấy rất nhút nhát."),
    ("When she was little, she cried a lot.", "Hồi nhỏ cô ấy hay khóc."),
    # v8: "Khi tôi ít, tôi sống ở Huế.", "Như một đứa trẻ, tôi rất bị giết.", "Khi anh ấy là một đứa trẻ, anh ấy rất
    # mỏng."
    ("When I was little, I lived in Hue.", "Hồi nhỏ tôi sống ở Huế."),
    ("As a child, I was very naughty.", "Hồi nhỏ tôi rất nghịch ngợm."),
    ("When he was a kid, he was very thin.", "Hồi nhỏ anh ấy rất gầy."),
    ("As a child, she cried a lot.", "Hồi nhỏ cô ấy hay khóc."),
    ("When we were children, we swam in the river.", "Hồi nhỏ chúng tôi bơi ở sông."),
    ("As children, we often swam in the river.", "Hồi nhỏ chúng tôi hay bơi ở sông."),
    ("As a child, I used to swim in the river.", "Hồi nhỏ tôi hay bơi ở sông."),
    # v8: "Tôi sống ở Huế khi tôi là một đứa trẻ.", "Cô ấy rất béo phì khi một đứa trẻ."
    ("I lived in Hue when I was a child.", "Hồi nhỏ tôi sống ở Huế."),
    ("When I was a child I lived in Hue.", "Hồi nhỏ tôi sống ở Huế."),
    ("She was very fat as a child.", "Hồi nhỏ cô ấy rất béo."),
    ("My sister was very shy as a child.", "Hồi nhỏ em gái tôi rất nhút nhát."),
    ("Lan was very naughty as a child.", "Hồi nhỏ Lan rất nghịch ngợm."),
    ("As a child, I wasn't shy.", "Hồi nhỏ tôi không nhút nhát."),
    ("As a child, I didn't cry a lot.", "Hồi nhỏ tôi không hay khóc."),
    ("When I was little, my father lived in Hue.", "Hồi tôi còn nhỏ, bố tôi sống ở Huế."),
    # v8: "Bạn sống như một đứa trẻ ở đâu?"
    ("Where did you live as a child?", "Hồi nhỏ bạn sống ở đâu?"),
    ("Did you cry a lot as a child?", "Hồi nhỏ bạn có hay khóc không?"),
    ("Did you often go fishing as a child?", "Hồi nhỏ bạn có hay đi câu cá không?"),
    # v8: "Bạn có dùng để chơi bóng đá không?", "Chị của tôi dùng để khóc nhiều.", "Cô ấy có thể là giáo viên không?"
    ("Did you use to play football?", "Trước đây bạn có chơi bóng đá không?"),
    ("Did you use to live in Hanoi?", "Trước đây bạn có sống ở Hà Nội không?"),
    ("My sister used to cry a lot.", "Trước đây em gái tôi hay khóc."),
    ("Did she use to be a teacher?", "Trước đây cô ấy có phải là giáo viên không?"),
    ("Did she use to be shy?", "Trước đây cô ấy có nhút nhát không?"),
    ("Where did you use to live?", "Trước đây bạn sống ở đâu?"),
    # (v8 writes these well: "Tôi từng sống ở Sài Gòn.", "Cô ấy từng là giáo viên.", "Anh ấy từng rất nhúc nhát.")
    ("I used to live in Saigon.", "Tôi từng sống ở Sài Gòn."),
    ("She used to be a teacher.", "Cô ấy từng là giáo viên."),
    ("He used to be very shy.", "Anh ấy từng rất nhút nhát."),
    ("We used to swim in the river.", "Chúng tôi từng bơi ở sông."),
    ("He used to be an engineer.", "Anh ấy từng là kỹ sư."),
    ("I used to live here.", "Tôi từng sống ở đây."),
    # not: "was" or "did" not agreeing, "a child" with many, "an" before a consonant, no childhood phrase, "young",
    # a job as a child, a degree with "not" or asked, "he" who may be the father, other topics
    ("She were very shy as a child.", None), ("As a child, we was very naughty.", None),
    ("As children, I lived in Hue.", None), ("When I were little, I lived in Hue.", None),
    ("Did he used to play football?", None), ("She used to be an teacher.", None), ("I lived in Hue.", None),
    ("Where did you live?", None), ("When I was young, I was very shy.", None),
    ("As a child, I used to be a teacher.", None), ("As a child, I wasn't very shy.", None),
    ("Were you very shy as a child?", None), ("When he was little, my father lived in Hue.", None),
    ("I used to smoke.", None), ("I like swimming.", None), ("As a child, I lived in the countryside.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
