"""Which year or class someone is in at school: the same class, the youngest in the class, which class or year asked,
a class by its name, a grade with a year, both ways (mt/school_years.py)."""
import pytest

from mt.school_years import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We studied the same class.", "My daughter learned with his son Lan.", "Do you study with Lan?", "We're the
    # same class."
    ("Chúng tôi học cùng lớp.", "We're in the same class."),
    ("Chúng tôi học chung lớp.", "We're in the same class."),
    ("Họ học cùng lớp với nhau.", "They're in the same class."),
    ("Con gái tôi học cùng lớp với con trai chị Lan.", "My daughter is in the same class as Lan's son."),
    ("Tôi học cùng lớp với Lan.", "I'm in the same class as Lan."),
    ("Bác Hùng học cùng lớp với bố tôi.", "Uncle Hung is in the same class as my father."),
    ("Bạn có học cùng lớp với Lan không?", "Are you in the same class as Lan?"),
    ("Chúng tôi từng học cùng lớp.", "We used to be in the same class."),
    ("Chúng tôi đã học cùng lớp.", "We were in the same class."),
    ("Chúng tôi là bạn cùng lớp.", "We're classmates."),
    # v8: "She is the oldest of class.", "My daughter was the age of the class.", "I studied the best class."
    ("Cô ấy nhỏ tuổi nhất lớp.", "She's the youngest in her class."),
    ("Con gái tôi nhỏ tuổi nhất lớp.", "My daughter is the youngest in her class."),
    ("Anh ấy lớn tuổi nhất lớp.", "He's the oldest in his class."),
    ("Tôi cao nhất lớp.", "I'm the tallest in my class."),
    ("Con tôi học giỏi nhất lớp.", "My child is the best student in the class."),
    # v8: "Which class do you study?", "What's the fifth year you study?"
    ("Bạn học lớp nào?", "Which class are you in?"),
    ("Con bạn học lớp nào?", "Which class is your child in?"),
    ("Bạn học năm thứ mấy?", "What year are you in?"),
    ("Em là sinh viên năm mấy?", "What year are you in?"),
    # v8: "I am in grade 3A."
    ("Tôi học lớp 3A.", "I'm in class 3A."),
    ("Con tôi học lớp 12A1.", "My child is in class 12A1."),
    # v8: "My sister This year is up to six.", "This year, I'm on class one.", "Next year, I'll be on the second
    # class.", "Last year, I studied class 10.", "I'm going to get into class one."
    ("Em gái tôi năm nay lên lớp sáu.", "My sister is going into grade 6 this year."),
    ("Năm nay con tôi lên lớp một.", "My child is going into grade 1 this year."),
    ("Năm sau con tôi vào lớp một.", "My child is starting grade 1 next year."),
    ("Năm ngoái tôi học lớp 10.", "I was in grade 10 last year."),
    ("Tôi học lớp 10 năm ngoái.", "I was in grade 10 last year."),
    ("Năm nay con tôi đang học lớp 3.", "My child is in grade 3 this year."),
    ("Sang năm con trai tôi sẽ học lớp mười một.", "My son will be in grade 11 next year."),
    ("Con tôi sắp vào lớp một.", "My child is starting grade 1."),
    ("Con trai tôi sắp lên lớp 7.", "My son is going into grade 7."),
    ("Năm ngoái em trai tôi lên lớp năm.", "My younger brother went into grade 5 last year."),
    # not: one alone in the same class, or with themselves, "anh" saying it (may be the speaker), "con Lan" (Lan
    # herself?), a grade without a year or asked "lớp mấy" (mt/people.py's), "lớp 5 năm nay" (five years now?), a
    # tense the year does not go with, a grade above 12, other topics
    ("Tôi học lớp 3A nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi học cùng lớp.", None), ("Tôi học cùng lớp với tôi.", None), ("Anh nhỏ tuổi nhất lớp.", None),
    ("Tôi học cùng lớp với con Lan.", None), ("Con tôi học lớp ba.", None), ("Bạn học lớp mấy?", None),
    ("Con tôi học lớp 5 năm nay.", None), ("Năm ngoái con tôi sẽ lên lớp 7.", None),
    ("Con tôi đang lên lớp 3.", None), ("Năm nay con tôi lên lớp 13.", None), ("Tôi học ngành kinh tế.", None),
    ("Chúng tôi nhỏ tuổi nhất lớp.", None),
    ("Lan học cùng lớp với Lan.", None),  # (one alone in the same class as herself)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn vào năm nào?", "Bạn ở trường đại học là gì?", "Con trai bạn học nào?"
    ("What year are you in?", "Bạn học năm thứ mấy?"),
    ("What year are you in at university?", "Bạn là sinh viên năm mấy?"),
    ("What year is your daughter in at school?", "Con gái bạn học lớp mấy?"),
    ("Which class are you in?", "Bạn học lớp nào?"),
    ("Which class is your son in?", "Con trai bạn học lớp nào?"),
    # v8: "Chúng tôi ở cùng lớp." (where we are), "Đứa con gái tôi cùng lớp với con trai của Lan.", "Chúng tôi là
    # những người bạn lớp."
    ("We're in the same class.", "Chúng tôi học cùng lớp."),
    ("They are in the same class.", "Họ học cùng lớp."),
    ("My daughter is in the same class as Lan's son.", "Con gái tôi học cùng lớp với con trai của Lan."),
    ("Are you in the same class as Lan?", "Bạn có học cùng lớp với Lan không?"),
    ("Is she in the same class as you?", "Cô ấy có học cùng lớp với bạn không?"),
    ("We were in the same class.", "Chúng tôi từng học cùng lớp."),
    ("I used to be in the same class as my wife.", "Tôi từng học cùng lớp với vợ tôi."),
    ("We're classmates.", "Chúng tôi là bạn cùng lớp."),
    ("We were classmates.", "Chúng tôi từng là bạn cùng lớp."),
    # v8: "Cô ấy là thanh niên nhất trong lớp của cô ấy." (a youth), "Anh ấy là người già nhất …" (an old man)
    ("She's the youngest in her class.", "Cô ấy nhỏ tuổi nhất lớp."),
    ("He's the oldest in his class.", "Anh ấy lớn tuổi nhất lớp."),
    ("My son is the youngest in the class.", "Con trai tôi nhỏ tuổi nhất lớp."),
    ("I'm the tallest in my class.", "Tôi cao nhất lớp."),
    ("Lan is the best student in her class.", "Lan học giỏi nhất lớp."),
    # v8: "Tôi ở lớp 3A." (where I am)
    ("I'm in class 3A.", "Tôi học lớp 3A."),
    # v8: "Con trai tôi ở trong năm 3.", "Con trai tôi sẽ vào năm 7.", "Con gái tôi đang bắt đầu lớp năm nay.",
    # "Con trai tôi bắt đầu năm 1 tháng 9."
    ("My son is in year 3.", "Con trai tôi đang học lớp 3."),
    ("My daughter is in Year 12.", "Con gái tôi đang học lớp 12."),
    ("My son is going into year 7.", "Con trai tôi sắp lên lớp 7."),
    ("My daughter is starting first grade this year.", "Năm nay con gái tôi vào lớp 1."),
    ("My son will be in grade 2 next year.", "Năm sau con trai tôi sẽ học lớp 2."),
    ("I was in year 10 last year.", "Năm ngoái tôi học lớp 10."),
    ("She's in the 3rd grade this year.", "Năm nay cô ấy học lớp 3."),
    ("He goes into year 4 next year.", "Năm sau anh ấy lên lớp 4."),
    ("My brother went into year 9 last year.", "Năm ngoái anh trai tôi lên lớp 9."),
    ("I'm going into grade 10.", "Tôi sắp lên lớp 10."),
    # not: the grade alone (mt/people.py's), a year above 12, one alone in the same class, "is", "are", "go" not
    # agreeing, whose class not theirs, the year the tense does not go with, the youngest in the past, another's sister
    ("My son is in third grade.", None), ("She's in grade 12.", None), ("My son is going into year 13.", None),
    ("I'm in the same class.", None), ("I'm in the same class as me.", None), ("He are in the same class.", None),
    ("She are the youngest in her class.", None), ("My son is the youngest in her class.", None),
    ("I'm the youngest in his class.", None), ("He go into year 4 next year.", None),
    ("My son will be in grade 2 last year.", None), ("My son went into year 7 next year.", None),
    ("My son starts year 1.", None), ("She was the youngest in her class.", None),
    ("My daughter is in the same class as Lan's sister.", None), ("I'm classmates.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Chúng tôi học cùng lớp.", "en", "vi") is None
    assert translate("We're in the same class.", "vi", "en") is None
    assert translate("We're in the same class.", "en", "fr") is None
