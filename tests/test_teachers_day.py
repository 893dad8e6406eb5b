"""Vietnamese Teachers' Day: greetings, wishes, the day, flowers and thanks to a teacher, both ways
(mt/teachers_day.py)."""
import pytest

from mt.teachers_day import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He congratulates the day of the teacher!", "Helcome November 20!", "Grafts Vietnam's Day 20/11!"
    ("Chúc mừng ngày Nhà giáo Việt Nam!", "Happy Vietnamese Teachers' Day!"),
    ("Chúc mừng ngày Nhà giáo!", "Happy Teachers' Day!"),
    ("Chúc mừng ngày 20/11!", "Happy Teachers' Day!"),
    ("Chúc mừng ngày 20 tháng 11.", "Happy Teachers' Day."),
    ("Chúc mừng ngày Nhà giáo Việt Nam 20/11!", "Happy Vietnamese Teachers' Day (November 20)!"),
    ("Xin chúc mừng ngày nhà giáo Việt Nam", "Happy Vietnamese Teachers' Day!"),
    ("Chúc mừng ngày 20 tháng mười một!", "Happy Teachers' Day!"),  # (review: the key missed it)
    # v8: "Have her November 20 happy!", "The teacher is happy.", "I wish her November 20 happy."
    ("Chúc cô ngày 20/11 vui vẻ!", "Happy Teachers' Day, teacher!"),
    ("Em chúc thầy ngày Nhà giáo vui vẻ.", "I wish you a happy Teachers' Day, teacher."),
    ("Em chúc cô ngày 20/11 vui vẻ.", "I wish you a happy Teachers' Day, teacher."),
    ("Chúc thầy cô ngày Nhà giáo Việt Nam vui vẻ!", "Happy Vietnamese Teachers' Day, teachers!"),
    ("Chúng em chúc thầy cô có một ngày 20/11 thật ý nghĩa!", "We wish you a meaningful Teachers' Day, teachers!"),
    ("Con chúc cô ngày Nhà giáo hạnh phúc ạ!", "I wish you a happy Teachers' Day, teacher!"),
    ("Chúc các thầy cô ngày 20/11 ý nghĩa.", "Wishing you a meaningful Teachers' Day, teachers."),
    # v8: "We wish her always happy.", "Good teacher.", "Have a good teacher and happiness."
    ("Chúng em chúc cô luôn vui vẻ.", "We wish you joy always, teacher."),
    ("Chúc thầy cô sức khỏe dồi dào.", "Wishing you good health, teachers."),
    ("Chúc thầy mạnh khỏe và hạnh phúc.", "Wishing you good health and happiness, teacher."),
    ("Chúc thầy cô luôn mạnh khỏe, hạnh phúc và thành công.",
     "Wishing you good health, happiness and success always, teachers."),
    ("Em chúc cô luôn mạnh khoẻ ạ!", "I wish you good health always, teacher!"),
    ("Con chúc thầy cô nhiều sức khỏe và công tác tốt.",
     "I wish you good health and success in your work, teachers."),
    ("Chúc cô luôn vui vẻ nhân ngày 20/11!", "Wishing you joy always on Teachers' Day, teacher!"),
    ("Chúng con chúc thầy cô bình an.", "We wish you peace, teachers."),
    # v8: "Today is Teacher's Day in Vietnam.", "Teacher's Day is November 20.", "What is the Vietnamese Teachers' Day?"
    ("Hôm nay là ngày Nhà giáo Việt Nam.", "Today is Vietnamese Teachers' Day."),
    ("Ngày mai là ngày Nhà giáo.", "Tomorrow is Teachers' Day."),
    ("Hôm qua là ngày Nhà giáo.", "Yesterday was Teachers' Day."),
    ("Hôm nay có phải là ngày Nhà giáo không?", "Is today Teachers' Day?"),
    ("Ngày Nhà giáo Việt Nam là ngày 20 tháng 11.", "Vietnamese Teachers' Day is on November 20."),
    ("Ngày Nhà giáo Việt Nam vào ngày 20/11.", "Vietnamese Teachers' Day is on November 20."),
    ("Ngày Nhà giáo Việt Nam là ngày nào?", "When is Vietnamese Teachers' Day?"),
    ("Ngày 20/11 là ngày Nhà giáo Việt Nam.", "November 20 is Vietnamese Teachers' Day."),
    ("Sắp đến ngày Nhà giáo rồi.", "Teachers' Day is coming soon."),
    # v8: "I gave her this flower.", "We gave teachers this gift."
    ("Em tặng cô bó hoa này.", "This bouquet is for you, teacher."),
    ("Chúng em tặng thầy món quà này.", "This present is for you from us, teacher."),
    ("Em xin tặng thầy cô những bông hoa này ạ!", "These flowers are for you, teachers!"),
    ("Em tặng cô tấm thiệp này nhé.", "This card is for you, teacher."),
    # v8: "I gave flowers to her teacher.", "I gave teachers flowers.", "My child gave flowers to her teacher."
    ("Tôi tặng hoa cho cô giáo.", "I gave the teacher flowers."),
    ("Tôi đã tặng hoa cho thầy giáo.", "I gave the teacher flowers."),
    ("Con tôi tặng hoa cho cô giáo.", "My child gave the teacher flowers."),
    ("Mẹ tôi mua quà cho cô giáo chủ nhiệm.", "My mother bought a present for the form teacher."),
    ("Chúng tôi sẽ tặng hoa cho thầy cô nhân ngày 20/11.", "We will give the teachers flowers for Teachers' Day."),
    ("Lan vừa tặng một bó hoa cho cô giáo của cô ấy.", "Lan has just given her teacher a bouquet."),
    # review: "của mình" is the giver's own ("my" only for the speaker), left where English cannot say his or her
    ("Anh ấy tặng hoa cho thầy giáo của mình.", "He gave his teacher flowers."),
    ("Chúng tôi tặng hoa cho thầy cô của mình.", "We gave our teachers flowers."),
    ("Họ tặng hoa cho thầy cô của mình.", "They gave their teachers flowers."),
    ("Mẹ tôi tặng hoa cho cô giáo của mình.", "My mother gave her teacher flowers."),
    ("Chị Lan tặng hoa cho thầy giáo của mình.", "Lan gave her teacher flowers."),
    ("Tôi tặng hoa cho cô giáo mình.", "I gave my teacher flowers."),
    ("Lan tặng hoa cho cô giáo của mình.", None), ("Con tôi tặng hoa cho cô giáo của mình.", None),
    # v8: "I thank you've taught you.", "We thank your teacher to teaching us."
    ("Em cảm ơn cô đã dạy em.", "Thank you for teaching me, teacher."),
    ("Chúng em cảm ơn thầy cô đã dạy dỗ chúng em.", "Thank you for teaching us, teachers."),
    ("Cảm ơn thầy đã dạy em.", "Thank you for teaching me, teacher."),
    ("Con cảm ơn thầy cô đã dạy bảo con ạ!", "Thank you for teaching me, teachers!"),
    # not: "cô" or "thầy" without the day and not surely a teacher (an aunt, a monk), wishes to anyone else
    # (mt/wishes.py), a date alone, a "?" on a statement or a wish, "em" alone giving (the speaker?), "giáo viên"
    ("Chúc cô luôn vui vẻ.", None), ("Con chúc thầy mạnh khỏe.", None), ("Con tặng cô bó hoa này.", None),
    ("Con cảm ơn cô đã dạy con.", None), ("Chúc bạn mạnh khỏe.", None), ("Chúc mẹ ngày 20/11 vui vẻ!", None),
    ("Hôm nay là ngày 20/11.", None), ("Chúc mừng ngày 20/11?", None), ("Chúc cô ngày 20/11 vui vẻ?", None),
    ("Hôm nay là ngày Nhà giáo?", None), ("Hôm nay có phải là ngày Nhà giáo.", None),
    ("Em tặng hoa cho cô giáo.", None), ("Tôi tặng hoa cho giáo viên.", None),
    ("Chúng em cảm ơn cô đã dạy em.", None), ("Chúc mừng ngày Phụ nữ Việt Nam!", None),
    ("Chúc thầy cô mạnh khỏe và mạnh khỏe.", None), ("Chúc cô giáo mạnh khỏe.", None),
    ("Ngày Nhà giáo Việt Nam là ngày 5 tháng 10.", None), ("Hôm nay là ngày Nhà giáo nhỉ.", None),
    ("Chúc mừng ngày 8/3!", None), ("Happy Teachers' Day!", None), ("Cô giáo rất vui.", None),
    ("Em tặng cô ấy bó hoa này.", None), ("Tôi tặng hoa cho cô giáo nhân ngày 8/3.", None),
    ("Ngày Nhà giáo là ngày nào.", None), ("Cô ngày thầy hoa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúc mừng ngày Nhà giáo, giáo viên!", "Ngày Nhà giáo vui vẻ, cô bé!", "Bạn cũng thích ngày Nhà giáo hạnh
    # phúc, giáo viên!"
    ("Happy Vietnamese Teachers' Day!", "Chúc mừng ngày Nhà giáo Việt Nam!"),
    ("Happy Teachers' Day!", "Chúc mừng ngày Nhà giáo!"),
    ("Happy Teachers Day.", "Chúc mừng ngày Nhà giáo."),
    ("Happy Teachers' Day, teachers!", "Chúc thầy cô ngày Nhà giáo vui vẻ!"),
    ("Happy Teachers’ Day, Miss!", "Chúc cô ngày Nhà giáo vui vẻ!"),
    ("Happy Teacher's Day, sir!", "Chúc thầy ngày Nhà giáo vui vẻ!"),
    ("Wishing you a happy Teachers' Day, teachers!", "Chúc thầy cô ngày Nhà giáo vui vẻ!"),
    ("We wish you a meaningful Vietnamese Teachers' Day, teachers.",
     "Chúng em chúc thầy cô ngày Nhà giáo Việt Nam ý nghĩa."),
    ("I wish you a happy Teachers' Day, Miss!", "Em chúc cô ngày Nhà giáo vui vẻ!"),
    # v8: "Chúng tôi chúc bạn sức khỏe và hạnh phúc, giáo viên!", "Tôi chúc bạn có sức khỏe tốt, hoài nghi."
    ("We wish you good health and happiness, teachers!", "Chúng em chúc thầy cô mạnh khỏe và hạnh phúc!"),
    ("I wish you good health on Teachers' Day, sir.", "Em chúc thầy mạnh khỏe nhân ngày Nhà giáo."),
    ("Wishing you good health always, teachers!", "Chúc thầy cô luôn mạnh khỏe!"),
    ("Wishing you joy always on Teachers' Day, Miss!", "Chúc cô luôn vui vẻ nhân ngày Nhà giáo!"),
    ("Wishing you health, happiness and success on Teachers' Day, teachers!",
     "Chúc thầy cô sức khỏe, hạnh phúc và thành công nhân ngày Nhà giáo!"),
    # v8 (right already): "Hôm nay là ngày Nhà giáo Việt Nam.", "Ngày mai là ngày Nhà giáo."; "Khi nào Ngày Nhà giáo
    # Việt Nam là ngày Nhà giáo?"
    ("Today is Vietnamese Teachers' Day.", "Hôm nay là ngày Nhà giáo Việt Nam."),
    ("Tomorrow is Teachers' Day.", "Ngày mai là ngày Nhà giáo."),
    ("Yesterday was Teachers' Day.", "Hôm qua là ngày Nhà giáo."),
    ("Is today Teachers' Day?", "Hôm nay có phải là ngày Nhà giáo không?"),
    ("Vietnamese Teachers' Day is on November 20.", "Ngày Nhà giáo Việt Nam là ngày 20 tháng 11."),
    ("Teachers' Day falls on the 20th of November.", "Ngày Nhà giáo là ngày 20 tháng 11."),
    ("When is Vietnamese Teachers' Day?", "Ngày Nhà giáo Việt Nam là ngày nào?"),
    ("November 20 is Vietnamese Teachers' Day.", "Ngày 20 tháng 11 là ngày Nhà giáo Việt Nam."),
    ("Teachers' Day is coming soon.", "Sắp đến ngày Nhà giáo rồi."),
    # v8: "Những bông hoa này dành cho bạn, giáo viên.", "Những bông hoa này dành cho bạn, cô ấy."
    ("These flowers are for you, teachers.", "Những bông hoa này dành tặng thầy cô."),
    ("This bouquet is for you, teachers!", "Bó hoa này dành tặng thầy cô!"),
    ("This present is for you from all of us, teachers.", "Chúng em tặng thầy cô món quà này."),
    # v8: "Tôi tặng hoa cho thầy cô tôi." (one teacher: thầy or cô?)
    ("I gave flowers to my teachers.", "Tôi đã tặng hoa cho các thầy cô của tôi."),
    ("We bought a present for the teachers for Teachers' Day.",
     "Chúng tôi đã mua quà cho các thầy cô nhân ngày Nhà giáo."),
    ("My mother gave a card to my teachers.", "Mẹ tôi đã tặng thiệp cho các thầy cô của tôi."),
    # v8: "Cám ơn vì đã dạy cho chúng tôi, giáo viên.", "Cám ơn vì đã dạy cho tôi, hát."
    ("Thank you for teaching us, teachers.", "Chúng em cảm ơn thầy cô đã dạy chúng em."),
    ("Thank you for teaching me, sir.", "Em cảm ơn thầy đã dạy em."),
    ("Thank you for teaching me, Miss!", "Em cảm ơn cô đã dạy em!"),
    # not: a lone "teacher" spoken to or given to (thầy or cô?), a wish with no one spoken to, another day, a "?" on a
    # statement, "is" not agreeing, the other way's language, nonsense
    ("Happy Teachers' Day, teacher!", None), ("We wish you good health, teacher.", None),
    ("I gave flowers to my teacher.", None), ("These flowers are for you, teacher.", None),
    ("Thank you for teaching me, teacher.", None), ("We wish you good health.", None),
    ("I wish you a happy Teachers' Day!", None), ("Happy World Teachers' Day!", None),
    ("Happy Mother's Day!", None), ("Today is Teachers' Day?", None), ("Yesterday is Teachers' Day.", None),
    ("Teachers' Day is on October 5.", None), ("These flowers is for you, teachers.", None),
    ("Chúc mừng ngày Nhà giáo!", None), ("I gave flowers for my teachers.", None),
    ("Miss the teachers day sir.", None), ("Is today Teachers' Day.", None), ("happy Teachers' Day!", None),
    ("My teacher is nice.", None), ("Meaningful Teachers' Day!", None),
    # review: "sir", "Miss" with no day said (a customer, a boss, a florist's "Miss"?)
    ("I wish you good health, sir.", None), ("This bouquet is for you, Miss!", None),
    ("These flowers are for you, sir.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Chúc mừng ngày Nhà giáo!", "vi", "fr") is None
