"""Someone's age with a when, asked with a when, the same age, and "when I was ten," "at my age," opening a sentence,
both ways (mt/ages.py)."""
import pytest

from mt.ages import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This year, my grandmother was eighty years old.", "Next month, I'll be three years old." (con tôi: my child)
    ("Năm nay bà tôi tám mươi tuổi.", "My grandmother is eighty this year."),
    ("Bà tôi năm nay tám mươi tuổi.", "My grandmother is eighty this year."),
    ("Năm nay bố tôi bảy mươi tuổi rồi.", "My father is seventy this year."),  # v8: "This year, Dad forty-year-old."
    ("Năm nay tôi hai mươi lăm tuổi.", "I'm twenty-five this year."),  # v8: "This year, I 25 age."
    ("Năm nay Lan hai mươi tuổi.", "Lan is twenty this year."),
    ("Năm nay tôi tròn bốn mươi.", "I turn forty this year."),  # v8: "This year, I round fourty."
    ("Tháng sau con tôi tròn ba tuổi.", "My child turns three next month."),
    ("Tháng sau bố tôi tròn sáu mươi tuổi.", "My father turns sixty next month."),  # v8: "… I'll be sixty-year-old."
    ("Tuần sau em gái tôi tròn mười tám tuổi.", "My sister turns eighteen next week."),  # v8: "… round 18 age."
    ("Năm sau tôi ba mươi tuổi.", "I'll be thirty next year."),
    ("Sang năm tôi ba mươi tuổi.", "I'll be thirty next year."),  # v8: "I was thirty years old."
    ("Năm sau tôi sẽ ba mươi tuổi.", "I'll be thirty next year."),
    ("Năm sau con tôi sẽ tròn 5 tuổi.", "My child will turn 5 next year."),
    ("Năm nay chúng tôi ba mươi tuổi.", "We're thirty years old this year."),
    ("Năm nay Bác Hùng sáu mươi tuổi.", "Uncle Hung is sixty this year."),
    ("Năm ngoái ông tôi chín mươi tuổi.", "My grandfather was ninety last year."),  # v8: "Last year, I was ninety …"
    ("Năm ngoái con gái tôi lên năm.", "My daughter turned five last year."),  # v8: "… my daughter was five years."
    ("Bố tôi sắp sáu mươi tuổi.", "My father is almost sixty."),  # v8: "I'm about sixty years old."
    ("Bố tôi sắp tròn sáu mươi tuổi.", "My father is about to turn sixty."),
    # "be" agreed with who (was "I's about to turn sixty.": "is" written for every who)
    ("Tôi sắp tròn sáu mươi.", "I'm about to turn sixty."),
    ("Chúng tôi sắp tròn ba mươi tuổi.", "We're about to turn thirty."),
    # v8: "Next year, how old do you?", "This year, how old she is she?", "How many years old are you going to be?"
    ("Năm sau bạn bao nhiêu tuổi?", "How old will you be next year?"),
    ("Năm sau bạn sẽ bao nhiêu tuổi?", "How old will you be next year?"),
    ("Bạn sẽ bao nhiêu tuổi vào năm sau?", "How old will you be next year?"),
    ("Năm nay cô ấy bao nhiêu tuổi?", "How old is she this year?"),
    ("Năm nay bà bạn bao nhiêu tuổi rồi?", "How old is your grandmother this year?"),  # v8: "… how old are you?"
    ("Năm nay anh bao nhiêu tuổi?", "How old are you this year?"),
    # v8: "We're aged.", "I'm your age." (anh ấy: him)
    ("Chúng tôi bằng tuổi nhau.", "We're the same age."),
    ("Chúng tôi cùng tuổi.", "We're the same age."),
    ("Tôi bằng tuổi anh ấy.", "I'm the same age as him."),
    ("Chúng tôi cùng tuổi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi bằng tuổi tôi.", None), ("Anh ấy bằng tuổi anh ấy.", None),  # (the same age as oneself)
    ("Con tôi bằng tuổi con bạn.", "My child is the same age as your child."),
    ("Mẹ tôi bằng tuổi mẹ bạn.", "My mother is the same age as your mother."),  # v8: "My mother is your age."
    ("Bạn có bằng tuổi chồng bạn không?", "Are you the same age as your husband?"),
    # v8: "In age five, …", "In my age, …"
    ("Hồi tôi mười tuổi,", "When I was ten,"),
    ("Ở tuổi của tôi,", "At my age,"),
    ("Ở tuổi này,", "At this age,"),
    # not: "anh" alone saying it (may be the speaker), no when (mt/people.py's), two whens, a tense the when
    # gainsays, no "tuổi" nor "tròn", one alone the same age, "anh" as whom, "Khi" (may be ahead), the speaker asked,
    # "đều" (both), a number past 120, the whole sentence after the clause
    ("Năm nay anh ba mươi tuổi.", None), ("Bạn bao nhiêu tuổi?", None), ("Tôi ba mươi tuổi.", None),
    ("Năm nay tôi ba mươi tuổi năm sau.", None), ("Năm sau tôi đã ba mươi tuổi.", None),
    ("Năm ngoái tôi sẽ ba mươi tuổi.", None), ("Năm sau tôi ba mươi tuổi rồi.", None), ("Năm nay tôi ba mươi.", None),
    ("Tôi bằng tuổi.", None), ("Tôi bằng tuổi anh.", None), ("Khi tôi mười tuổi,", None),
    ("Năm sau tôi bao nhiêu tuổi?", None), ("Năm nay ông bà tôi đều tám mươi tuổi.", None),
    ("Năm nay bà tôi 150 tuổi.", None), ("Hồi tôi mười tuổi, tôi sống ở Huế.", None),
    ("Năm sau con tôi sẽ vào lớp một.", None), ("Tháng sau tôi lên Hà Nội.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bà tôi là tám mươi bảy năm nay.", "Cô ấy tám tuổi vào năm nay." (eight)
    ("My grandmother is eighty this year.", "Năm nay bà tôi tám mươi tuổi."),
    ("My grandmother is eighty years old this year.", "Năm nay bà tôi tám mươi tuổi."),
    ("She's eighty this year.", "Năm nay cô ấy tám mươi tuổi."),
    ("Lan is twenty-five this year.", "Năm nay Lan hai mươi lăm tuổi."),
    ("I'm 30 this year.", "Năm nay tôi 30 tuổi."),
    # v8: "Tôi sẽ là ba mươi năm tới.", "Cha tôi biến thành 6ty tháng tới.", "Cô ấy quay lại támeen vào tuần trước."
    ("I'll be thirty next year.", "Năm sau tôi sẽ tròn ba mươi tuổi."),
    ("I will be thirty next year.", "Năm sau tôi sẽ tròn ba mươi tuổi."),
    ("My child will be three next month.", "Tháng sau con tôi sẽ tròn ba tuổi."),  # v8: "Con tôi sẽ là 3 tháng tới."
    ("My father will be sixty next year.", "Năm sau bố tôi sẽ tròn sáu mươi tuổi."),
    ("He'll be forty next week.", "Tuần tới anh ấy sẽ tròn bốn mươi tuổi."),  # v8: "Anh ta sẽ được 40 tuần tới."
    ("I'm turning thirty next year.", "Năm sau tôi sẽ tròn ba mươi tuổi."),  # v8: "Tôi đang quay ba mươi bảy …"
    ("My father turns sixty next month.", "Tháng sau bố tôi tròn sáu mươi tuổi."),
    ("She turned eighteen last week.", "Tuần trước cô ấy tròn mười tám tuổi."),
    ("My sister turned twenty last month.", "Tháng trước em gái tôi tròn hai mươi tuổi."),  # v8: "… quay 20 …"
    ("My grandfather was ninety last year.", "Năm ngoái ông tôi chín mươi tuổi."),  # v8: "Ông tôi đã 9ty năm ngoái."
    ("He's almost sixty.", "Anh ấy sắp sáu mươi tuổi."),
    ("They turn ten next week.", "Tuần tới họ tròn mười tuổi."),
    # v8: "Bạn sẽ bao nhiêu tuổi?", "Con trai của bạn sẽ bao nhiêu tuổi?" (the when lost)
    ("How old will you be next year?", "Năm sau bạn sẽ bao nhiêu tuổi?"),
    ("How old will your son be next month?", "Tháng sau con trai bạn sẽ bao nhiêu tuổi?"),
    ("How old is your grandmother this year?", "Năm nay bà bạn bao nhiêu tuổi?"),
    ("How old are you this year?", "Năm nay bạn bao nhiêu tuổi?"),
    # v8: "Chúng tôi cũng là tuổi tác.", "Tôi cũng giống như anh ấy.", "Cô ấy cũng giống như chị tôi."
    ("We're the same age.", "Chúng tôi bằng tuổi nhau."),
    ("They're the same age.", "Họ bằng tuổi nhau."),
    ("I'm the same age as him.", "Tôi bằng tuổi anh ấy."),
    ("She is the same age as my sister.", "Cô ấy bằng tuổi em gái tôi."),
    ("Are you the same age as your husband?", "Bạn có bằng tuổi chồng bạn không?"),
    # v8: "Khi tôi căng thẳng," (stressed), "Khi anh ấy năm," (the age lost), "Ở tuổi tác," (age itself)
    ("When I was ten,", "Khi tôi mười tuổi,"),
    ("When he was five,", "Khi anh ấy năm tuổi,"),
    ("At my age,", "Ở tuổi tôi,"),
    ("At your age,", "Ở tuổi bạn,"),
    ("At this age,", "Ở tuổi này,"),
    # not: "is", "turn", "was" not agreeing with who, a tense the when gainsays, no when (mt/people.py's), one alone
    # the same age, "both" of one, we or they a number (how many of us?), "will" asked of the past, the whole sentence
    # after the clause, other topics
    ("I is thirty this year.", None), ("She turn eighty next year.", None), ("They was ten last year.", None),
    ("She was eighty next year.", None), ("He is forty next year.", None), ("She turns eighty last year.", None),
    ("My grandmother is eighty.", None), ("I'm the same age.", None), ("He's both the same age as me.", None),
    ("How old will you be last year?", None), ("How old is you this year?", None),
    ("When I was ten, I learned to swim.", None), ("I'll be there next week.", None),
    ("I'll be thirty minutes late.", None), ("When I were ten,", None), ("We'll be five next week.", None),
    ("We were ten last year.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Năm nay bà tôi tám mươi tuổi.", "en", "vi") is None
    assert translate("My grandmother is eighty this year.", "vi", "en") is None
    assert translate("My grandmother is eighty this year.", "en", "fr") is None
