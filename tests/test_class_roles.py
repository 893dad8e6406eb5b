"""Roles and seats in a school class: the class monitor and the deputy, elected monitor, who sits at one desk with
whom, and desk mates, both ways (mt/class_roles.py)."""
import pytest

from mt.class_roles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Lan is my classroom.", "I'm the captain.", "Are you a ministerial class?", "He is a deputy layer.", "I'm not
    # a captain.", "This year, my son is a captain.", "Last year, he was a deputy layer.", "My mother had been a senior
    # class.", "Do you've been the captain?"
    ("Lan là lớp trưởng lớp tôi.", "Lan is my class monitor."),
    ("Tôi là lớp trưởng.", "I'm the class monitor."),
    ("Bạn có phải là lớp trưởng không?", "Are you the class monitor?"),
    ("Anh ấy là lớp phó.", "He's the deputy class monitor."),
    ("Tôi không phải là lớp trưởng.", "I'm not the class monitor."),
    ("Cô ấy không phải là lớp trưởng lớp chúng tôi.", "She's not our class monitor."),
    ("Lan là lớp trưởng lớp con tôi.", "Lan is my child's class monitor."),
    ("Minh có phải là lớp trưởng lớp bạn không?", "Is Minh your class monitor?"),
    ("Năm nay con trai tôi là lớp trưởng.", "My son is the class monitor this year."),
    ("Năm ngoái anh ấy là lớp phó.", "He was the deputy class monitor last year."),
    ("Mẹ tôi từng là lớp trưởng.", "My mother used to be the class monitor."),
    ("Bạn có từng là lớp trưởng không?", "Were you ever the class monitor?"),
    # v8: "Who's the classroom you?", "Who's the classroom you're?"
    ("Ai là lớp trưởng lớp bạn?", "Who is your class monitor?"),
    ("Lớp trưởng lớp bạn là ai?", "Who is your class monitor?"),
    ("Năm nay ai là lớp trưởng?", "Who is the class monitor this year?"),
    ("Lớp trưởng năm ngoái là ai?", "Who was the class monitor last year?"),
    ("Lớp trưởng lớp tôi là Lan.", "My class monitor is Lan."),
    # v8: "I'm elected as my classroom.", "My daughter was elected as the classroom.", "He was not elected as the
    # captain.", "I'm elected as my classroom." (again lost)
    ("Tôi được bầu làm lớp trưởng.", "I was elected class monitor."),
    ("Con gái tôi vừa được bầu làm lớp trưởng.", "My daughter has just been elected class monitor."),
    ("Anh ấy không được bầu làm lớp trưởng.", "He wasn't elected class monitor."),
    ("Tôi lại được bầu làm lớp trưởng.", "I was elected class monitor again."),
    ("Con tôi được chọn làm lớp phó.", "My child was chosen as deputy class monitor."),
    ("Tôi được bầu làm lớp trưởng rồi.", "I've been elected class monitor."),
    ("Năm ngoái Lan được bầu làm lớp trưởng.", "Lan was elected class monitor last year."),
    ("Bạn có được bầu làm lớp trưởng không?", "Were you elected class monitor?"),
    # v8: "I sat in the table with South.", "Do you sit with Lan?", "Who sits with you?", "Whom do you sit with the
    # table?", "Who's my daughter sat with the table?", "I used to sit with Lan."
    ("Tôi ngồi cùng bàn với Nam.", "I sit next to Nam in class."),
    ("Anh ấy ngồi cùng bàn với tôi.", "He sits next to me in class."),
    ("Bạn có ngồi cùng bàn với Lan không?", "Do you sit next to Lan in class?"),
    ("Ai ngồi cùng bàn với bạn?", "Who sits next to you in class?"),
    ("Bạn ngồi cùng bàn với ai?", "Who do you sit next to in class?"),
    ("Con gái tôi ngồi cùng bàn với ai?", "Who does my daughter sit next to in class?"),
    ("Em trai tôi không còn ngồi cùng bàn với Nam nữa.",
     "My younger brother doesn't sit next to Nam in class any more."),
    ("Tôi từng ngồi cùng bàn với Lan.", "I used to sit next to Lan in class."),
    ("Con tôi vẫn ngồi cùng bàn với Nam.", "My child still sits next to Nam in class."),
    ("Năm ngoái tôi ngồi cùng bàn với Nam.", "I sat next to Nam in class last year."),
    ("Năm ngoái ai ngồi cùng bàn với bạn?", "Who sat next to you in class last year?"),
    # v8: "You're very happy to calculate.", "My table is Nam.", "Nam is your table with my table.", "Lan is my old
    # table.", "We're the same table.", "What's your table with?", "Do you get along your table?"
    ("Bạn cùng bàn của tôi rất vui tính.", "My desk mate is very cheerful."),
    ("Bạn cùng bàn của tôi là Nam.", "My desk mate is Nam."),
    ("Bạn cùng bàn của con tôi là Nam.", "My child's desk mate is Nam."),
    ("Bạn cùng bàn của bạn là ai?", "Who is your desk mate?"),
    ("Bạn cùng bàn của tôi không thân thiện lắm.", "My desk mate is not very friendly."),
    ("Bạn cùng bàn của bạn có thân thiện không?", "Is your desk mate friendly?"),
    ("Bạn cùng bàn của Lan rất vui tính.", "Lan's desk mate is very cheerful."),
    ("Nam là bạn cùng bàn của tôi.", "Nam is my desk mate."),
    ("Lan là bạn cùng bàn cũ của tôi.", "Lan is my old desk mate."),
    ("Lan có phải là bạn cùng bàn của bạn không?", "Is Lan your desk mate?"),
    ("Chúng tôi là bạn cùng bàn.", "We're desk mates."),
    ("Chúng tôi từng là bạn cùng bàn.", "We used to be desk mates."),
    ("Họ có phải là bạn cùng bàn không?", "Are they desk mates?"),
    # not: who of their own class, a teacher's class ("cô Hoa": not an aunt), "phải là" (must be), "có làm … không?"
    # (will you?), "đang làm", "?" on a statement, "có" with no "không", "à?", "phải không?", "anh" saying, "em" with
    # "ạ" (the speaker), a pet, "I" asked, "vừa" with a day, grown-ups at one table, "nhau", with no one, oneself,
    # "ai" with "có … không", whose desk mate not said, a name with no "của", old desk mates, "nhỉ", a pronoun as the
    # monitor named, no "?" on "ai", a day not a year, another meaning of "lớp", English
    ("Tôi là lớp trưởng lớp tôi.", None), ("Lan là lớp trưởng lớp cô Hoa.", None), ("Tôi phải là lớp trưởng.", None),
    ("Bạn có làm lớp trưởng không?", None), ("Con trai tôi đang làm lớp trưởng.", None),
    ("Bạn là lớp trưởng?", None), ("Bạn có phải là lớp trưởng?", None), ("Bạn là lớp trưởng à?", None),
    ("Lan là lớp trưởng lớp tôi phải không?", None), ("Anh là lớp trưởng.", None),
    ("Em có phải là lớp trưởng không ạ?", None), ("Con chó của tôi là lớp trưởng.", None),
    ("Tôi có được bầu làm lớp trưởng không?", None), ("Tôi vừa được bầu làm lớp trưởng hôm qua.", None),
    ("Tôi ngồi cùng bàn với sếp.", None), ("Mẹ tôi ngồi cùng bàn với bố tôi.", None),
    ("Bác có ngồi cùng bàn với Nam không?", None), ("Chúng tôi ngồi cùng bàn với nhau.", None),
    ("Tôi ngồi cùng bàn.", None), ("Tôi ngồi cùng bàn với tôi.", None), ("Tôi ngồi cùng bàn với con chó.", None),
    ("Bạn có ngồi cùng bàn với ai không?", None), ("Nam là bạn cùng bàn.", None),
    ("Bạn cùng bàn Lan rất vui tính.", None), ("Chúng tôi là bạn cùng bàn cũ.", None),
    ("Tôi là lớp trưởng nhỉ.", None), ("Lớp trưởng lớp tôi là anh ấy.", None), ("Ai là lớp trưởng.", None),
    ("Hôm qua tôi là lớp trưởng.", None), ("Lớp học của tôi ở tầng hai.", None),
    ("I am the class monitor.", None),
    # not (review): many who as one monitor ("We're the class monitor."), "vậy", "thế" ending a statement (say more),
    # a parent at one "bàn" with their child (a table at a meal)
    ("Chúng tôi là lớp trưởng.", None), ("Họ là lớp phó.", None), ("Chúng tôi có phải là lớp trưởng không?", None),
    ("Họ từng là lớp trưởng.", None), ("Chúng ta không phải là lớp trưởng.", None),
    ("Chúng tôi được bầu làm lớp trưởng.", None), ("Họ có được bầu làm lớp phó không?", None),
    ("Tôi là lớp trưởng vậy.", None), ("Lớp trưởng lớp tôi là Lan thế.", None),
    ("Tôi được bầu làm lớp trưởng thế.", None), ("Tôi ngồi cùng bàn với Nam vậy.", None),
    ("Bạn cùng bàn của tôi rất vui tính vậy.", None), ("Bạn cùng bàn của tôi là Nam thế.", None),
    ("Tôi ngồi cùng bàn với con trai tôi.", None), ("Con gái tôi ngồi cùng bàn với tôi.", None),
    ("Bạn ngồi cùng bàn với con bạn.", None), ("Chúng tôi ngồi cùng bàn với con chúng tôi.", None),
    ("Lan ngồi cùng bàn với con trai cô ấy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Lan là màn hình lớp của chúng tôi.", "Tôi là màn hình lớp.", "Bạn có đang theo dõi lớp không?", "Anh ấy
    # là màn hình học đại học.", "Có phải màn hình lớp không?", "Tôi không phải là màn hình lớp.", "Mẹ tôi từng là
    # người theo dõi lớp.", "Chúng tôi từng có màn hình lớp không?", "Cô ấy là màn hình lớp năm ngoái."
    ("Lan is our class monitor.", "Lan là lớp trưởng lớp chúng tôi."),
    ("I'm the class monitor.", "Tôi là lớp trưởng."),
    ("Are you the class monitor?", "Bạn có phải là lớp trưởng không?"),
    ("He is the deputy class monitor.", "Anh ấy là lớp phó."),
    ("Is Lan the class monitor?", "Lan có phải là lớp trưởng không?"),
    ("I'm not the class monitor.", "Tôi không phải là lớp trưởng."),
    ("She isn't the class monitor.", "Cô ấy không phải là lớp trưởng."),
    ("My mother used to be the class monitor.", "Mẹ tôi từng là lớp trưởng."),
    ("Were you ever the class monitor?", "Bạn có từng là lớp trưởng không?"),
    ("She was the class monitor last year.", "Năm ngoái cô ấy là lớp trưởng."),
    ("Were you the class monitor last year?", "Năm ngoái bạn có phải là lớp trưởng không?"),
    ("Lan is my son's class monitor.", "Lan là lớp trưởng lớp con trai tôi."),
    # v8: "Cái giám sát lớp của bạn là ai?"
    ("Who is your class monitor?", "Ai là lớp trưởng lớp bạn?"),
    ("Who was the class monitor last year?", "Năm ngoái ai là lớp trưởng?"),
    ("Our class monitor is Lan.", "Lớp trưởng lớp chúng tôi là Lan."),
    # v8: "Tôi đã được chọn theo dõi lớp.", "Đứa con gái của tôi vừa được chọn theo dõi lớp.", "Cô ấy được chọn làm
    # màn hình lớp.", "Cô ấy không được giám sát lớp.", "Con trai tôi được chọn lại theo dõi lớp được chọn."
    ("I was elected class monitor.", "Tôi được bầu làm lớp trưởng."),
    ("My daughter has just been elected class monitor.", "Con gái tôi vừa được bầu làm lớp trưởng."),
    ("She was chosen as class monitor.", "Cô ấy được chọn làm lớp trưởng."),
    ("She wasn't elected class monitor.", "Cô ấy không được bầu làm lớp trưởng."),
    ("I've been elected class monitor.", "Tôi đã được bầu làm lớp trưởng."),
    ("Was Lan elected class monitor?", "Lan có được bầu làm lớp trưởng không?"),
    ("My son was re-elected class monitor.", "Con trai tôi lại được bầu làm lớp trưởng."),
    ("He was elected class monitor last year.", "Năm ngoái anh ấy được bầu làm lớp trưởng."),
    # v8: "Tôi ngồi bên Nam trong lớp." (right), "Cậu ngồi bên cạnh lớp nhé?", "Đứa con gái của bạn ngồi bên cạnh
    # lớp?", "Tôi không ngồi tiếp theo South trong lớp nữa."
    ("I sit next to Nam in class.", "Tôi ngồi cùng bàn với Nam."),
    ("She sits next to Nam in class.", "Cô ấy ngồi cùng bàn với Nam."),
    ("Does your son sit next to Lan in class?", "Con trai bạn có ngồi cùng bàn với Lan không?"),
    ("I don't sit next to Nam in class any more.", "Tôi không còn ngồi cùng bàn với Nam nữa."),
    ("He doesn't sit next to me in class.", "Anh ấy không ngồi cùng bàn với tôi."),
    ("I used to sit next to Lan in class.", "Tôi từng ngồi cùng bàn với Lan."),
    ("Did you use to sit next to Lan in class?", "Bạn có từng ngồi cùng bàn với Lan không?"),
    ("I sat next to Nam in class last year.", "Năm ngoái tôi ngồi cùng bàn với Nam."),
    ("She still sits next to Nam in class.", "Cô ấy vẫn ngồi cùng bàn với Nam."),
    ("Who do you sit next to in class?", "Bạn ngồi cùng bàn với ai?"),
    ("Who does your daughter sit next to in class?", "Con gái bạn ngồi cùng bàn với ai?"),
    ("Who sits next to you in class?", "Ai ngồi cùng bàn với bạn?"),
    ("Who sat next to you in class last year?", "Năm ngoái ai ngồi cùng bàn với bạn?"),
    # v8: "Món ăn của tôi rất vui.", "Nam là desk của tôi.", "Chúng tôi là những người yêu.", "Cảm giác của bạn là
    # ai?", "Cổng của tôi là South.", "Lan từng là con cháu trai của tôi.", "Có phải bàn tay của bạn thân thiện không?"
    ("My desk mate is very funny.", "Bạn cùng bàn của tôi rất hài hước."),
    ("My deskmate is a bit lazy.", "Bạn cùng bàn của tôi hơi lười."),
    ("My desk mate isn't very friendly.", "Bạn cùng bàn của tôi không thân thiện lắm."),
    ("Is your desk mate friendly?", "Bạn cùng bàn của bạn có thân thiện không?"),
    ("My desk mate is Nam.", "Bạn cùng bàn của tôi là Nam."),
    ("My son's desk mate is Lan.", "Bạn cùng bàn của con trai tôi là Lan."),
    ("Who is your desk mate?", "Bạn cùng bàn của bạn là ai?"),
    ("Nam is my desk mate.", "Nam là bạn cùng bàn của tôi."),
    ("Lan used to be my desk mate.", "Lan từng là bạn cùng bàn của tôi."),
    ("Is Lan your desk mate?", "Lan có phải là bạn cùng bàn của bạn không?"),
    ("We're desk mates.", "Chúng tôi là bạn cùng bàn."),
    ("They are desk mates.", "Họ là bạn cùng bàn."),
    # not: "was" with no year (when?), a verb not agreeing, "the monitor" alone (a screen?), who of their own class, a
    # pet, "has been" asked, "'s elected", "sat" or "did" with no year, a grown-up or oneself sat next to, each other,
    # a desk mate whose is not said, a "?" on a statement or none on a question, a year opening the sentence, the
    # class president, Vietnamese
    ("Was she the class monitor?", None), ("She is the class monitor last year.", None),
    ("She are the class monitor.", None), ("I'm the monitor.", None), ("The monitor is broken.", None),
    ("I am our class monitor.", None), ("Is your dog the class monitor?", None),
    ("Has she been elected class monitor?", None), ("Were she elected class monitor?", None),
    ("She's elected class monitor.", None), ("She sit next to Nam in class.", None),
    ("Does your son sits next to Lan in class?", None), ("I doesn't sit next to Nam in class.", None),
    ("I sat next to Nam in class.", None), ("Who did you sit next to in class?", None),
    ("I sit next to my mother in class.", None), ("I sit next to myself in class.", None),
    ("We sit next to each other in class.", None), ("Lan is a desk mate.", None), ("I'm my desk mate.", None),
    ("I'm the class monitor?", None), ("Are you the class monitor.", None),
    ("Last year she was the class monitor.", None), ("He is the class president.", None),
    ("Tôi là lớp trưởng.", None),
    # not (review): a parent next to their child (a table at a meal), "we", "us", "our" asked without "you" (chúng
    # ta, the one asked too, or chúng tôi?)
    ("I sit next to my son in class.", None), ("My son sits next to me in class.", None),
    ("Lan sits next to her son in class.", None), ("Are we desk mates?", None), ("Are we the class monitor?", None),
    ("Were we ever the class monitor?", None), ("Were we elected class monitor?", None),
    ("Do we sit next to Nam in class?", None), ("Did we sit next to Nam in class last year?", None),
    ("Who do we sit next to in class?", None), ("Who sits next to us in class?", None),
    ("Who is our class monitor?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tôi là lớp trưởng.", "vi", "fr") is None
