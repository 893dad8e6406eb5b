"""Prizes, medals and school awards won, and competitions entered, both ways (mt/prizes.py)."""
import pytest

from mt.prizes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was the best of the competition.", "Lands won three competitions.", "My son won the two math test.",
    # "My child was encouraged to talk about the test.", "Last week, I was best explained of a provincial drawing
    # examination.", "I wasn't explained in the competition.", "Can you solve in the drawing competition?"
    ("Tôi được giải nhất cuộc thi vẽ.", "I won first prize in the drawing competition."),
    ("Lan đoạt giải ba cuộc thi hát.", "Lan won third prize in the singing competition."),
    ("Con trai tôi vừa đoạt giải nhì cuộc thi toán.", "My son has just won second prize in the maths competition."),
    ("Con tôi được giải khuyến khích cuộc thi kể chuyện.",
     "My child won a consolation prize in the storytelling competition."),
    ("Tuần trước con tôi được giải nhất cuộc thi vẽ cấp tỉnh.",
     "My child won first prize in the provincial drawing competition last week."),
    ("Chúng tôi giành giải nhì trong cuộc thi nấu ăn.", "We won second prize in the cooking competition."),
    ("Mẹ tôi đạt giải ba cuộc thi hát của trường.", "My mother won third prize in the school singing competition."),
    ("Cô ấy đã đoạt giải tư tại một cuộc thi nhiếp ảnh.", "She won fourth prize in a photography competition."),
    ("Anh ấy được giải trong cuộc thi cờ vua năm ngoái.", "He won a prize in the chess competition last year."),
    ("Con gái tôi được giải nhất cuộc thi tiếng Anh rồi.",
     "My daughter has won first prize in the English competition."),
    ("Con tôi không được giải nào trong cuộc thi vẽ.", "My child didn't win any prizes in the drawing competition."),
    ("Bạn có được giải trong cuộc thi vẽ không?", "Did you win a prize in the drawing competition?"),
    ("Hôm qua con bạn có được giải nhất cuộc thi hát không?",
     "Did your child win first prize in the singing competition yesterday?"),
    # v8: "My son won the gold chapter.", "Can he raise the chapter?", "She won me two silver commanders."
    ("Con trai tôi giành huy chương vàng.", "My son won a gold medal."),
    ("Chị tôi đoạt hai huy chương bạc.", "My sister won two silver medals."),
    ("Anh ấy có giành được huy chương không?", "Did he win a medal?"),
    ("Con gái tôi vừa giành huy chương đồng trong cuộc thi bơi.",
     "My daughter has just won a bronze medal in the swimming competition."),
    ("Họ không giành được huy chương nào.", "They didn't win any medals."),
    # v8: "My child is stricted.", "Can you get slippery paper?"
    ("Con tôi được giấy khen.", "My child got a certificate of merit."),
    ("Năm nay con trai tôi được giấy khen.", "My son got a certificate of merit this year."),
    ("Bạn có được giấy khen không?", "Did you get a certificate of merit?"),
    # v8: "My child achieves good school.", "This year, my daughter had a brilliant school.", "Every year my child
    # achieves good school.", "Do you achieve good school?"
    ("Con tôi đạt học sinh giỏi.", "My child was named an excellent student."),
    ("Năm nay con gái tôi đạt học sinh xuất sắc.", "My daughter was named an outstanding student this year."),
    ("Năm nào con tôi cũng đạt học sinh giỏi.", "My child has been named an excellent student every year."),
    ("Tôi năm nào cũng đạt học sinh giỏi.", "I have been named an excellent student every year."),
    ("Con bạn có đạt học sinh giỏi không?", "Was your child named an excellent student?"),
    ("Năm ngoái Lan không đạt học sinh giỏi.", "Lan wasn't named an excellent student last year."),
    ("Chúng tôi đạt danh hiệu học sinh giỏi.", "We were named excellent students."),
    ("Con trai tôi vừa được học sinh giỏi.", "My son has just been named an excellent student."),
    # v8: "Next week, I'll go to the test.", "Last week, we took our cooking competition.", "My daughter will take
    # part of the song.", "Next week, do you go to the song?"
    ("Tuần sau con tôi đi thi vẽ.", "My child is taking part in a drawing competition next week."),
    ("Tuần trước chúng tôi tham gia cuộc thi nấu ăn.", "We took part in the cooking competition last week."),
    ("Con gái tôi sẽ tham gia cuộc thi hát.", "My daughter will take part in the singing competition."),
    ("Con gái tôi sẽ dự thi cuộc thi hùng biện.", "My daughter will take part in the public speaking competition."),
    ("Tuần sau bạn có đi thi hát không?", "Are you taking part in a singing competition next week?"),
    ("Ngày mai tôi đi thi vẽ.", "I am taking part in a drawing competition tomorrow."),
    ("Anh ấy đang tham gia một cuộc thi toán.", "He is taking part in a maths competition."),
    ("Con tôi sắp đi thi múa.", "My child is about to take part in a dance competition."),
    ("Mẹ tôi đã tham gia cuộc thi nấu ăn.", "My mother took part in the cooking competition."),
    ("Hôm qua bạn có tham gia cuộc thi cờ vua không?", "Did you take part in the chess competition yesterday?"),
    # not: a prize with no competition (mt/lottery.py's), "là học sinh giỏi" (mt/school_trouble.py), an exam ("đi
    # thi toán", "đi thi"), a competition entered with no word of when, a prize ahead, "?" on a statement, "có" with
    # no "không", "anh" saying it, "I" asked, a pet, "cũng" alone (also), "chưa?", a certificate in a competition
    ("Tôi được giải nhất.", None), ("Bạn có được giải không?", None), ("Cô ấy là học sinh giỏi.", None),
    ("Tuần sau con tôi đi thi toán.", None), ("Tuần sau con tôi đi thi.", None), ("Con tôi đi thi vẽ.", None),
    ("Con tôi tham gia cuộc thi vẽ.", None), ("Tuần sau tôi được giải nhất cuộc thi vẽ.", None),
    ("Tôi được giải nhất cuộc thi vẽ?", None), ("Bạn có được giải trong cuộc thi vẽ?", None),
    ("Anh được giải nhất cuộc thi vẽ.", None), ("Tôi có được giải trong cuộc thi vẽ không?", None),
    ("Con chó của tôi giành huy chương vàng.", None), ("Con tôi cũng đạt học sinh giỏi.", None),
    ("Con bạn đã được giải nhất cuộc thi vẽ chưa?", None), ("Con tôi được giấy khen trong cuộc thi vẽ.", None),
    ("Tôi được giải nào trong cuộc thi vẽ.", None), ("Tuần trước tôi sẽ đi thi vẽ.", None),
    ("Con tôi vừa được giải nhất cuộc thi vẽ hôm qua.", None), ("Tôi được giải nhất cuộc thi vẽ nhỉ.", None),
    ("Tôi đạt giấy khen.", None),
    # "đã" is the past, not "just"; "any" keeps its metal; "piano" and "giải hai" said bare are ambiguous (a piano
    # exam; prizes in two competitions)
    ("Con tôi đã đạt học sinh giỏi.", "My child was named an excellent student."),
    ("Năm ngoái con tôi đã đạt học sinh giỏi.", "My child was named an excellent student last year."),
    ("Con tôi không được huy chương vàng nào.", "My child didn't win any gold medals."),
    ("Bạn có được huy chương vàng nào không?", "Did you win any gold medals?"),
    ("Tuần sau con tôi đi thi piano.", None), ("Con tôi được giải hai cuộc thi hát.", None),
    ("Con tôi được giải hai trong cuộc thi hát.", "My child won second prize in the singing competition."),
    ("Con tôi được giấy khen rồi.", "My child has received a certificate of merit."),  # ("has got": has one)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thắng giải lần đầu tiên trong cuộc thi vẽ.", "Lan giành giải thưởng thứ ba trong cuộc thi hát.", "Cô ấy
    # vừa giành giải thưởng thứ hai trong cuộc thi toán học.", "Tôi không thắng giải nào trong cuộc thi bản vẽ."
    ("I won first prize in the drawing competition.", "Tôi đoạt giải nhất cuộc thi vẽ."),
    ("Lan won third prize in the singing competition.", "Lan đoạt giải ba cuộc thi hát."),
    ("She has just won second prize in the maths competition.", "Cô ấy vừa đoạt giải nhì cuộc thi toán."),
    ("My son won first prize in the provincial drawing competition last week.",
     "Tuần trước con trai tôi đoạt giải nhất cuộc thi vẽ cấp tỉnh."),
    ("We got the 2nd prize in a cooking contest.", "Chúng tôi đoạt giải nhì một cuộc thi nấu ăn."),
    ("My mother won a consolation prize in the singing competition.",
     "Mẹ tôi đoạt giải khuyến khích cuộc thi hát."),
    ("Did you win a prize in the drawing competition?", "Bạn có đoạt giải trong cuộc thi vẽ không?"),
    ("I didn't win any prizes in the drawing competition.", "Tôi không đoạt được giải nào trong cuộc thi vẽ."),
    ("He's won first prize in the school chess competition.", "Anh ấy đoạt giải nhất cuộc thi cờ vua của trường rồi."),
    # v8: "Con trai tôi giành được một bữa ăn vàng." (a golden meal), "Anh ta giành được hai bữa ăn bạc.", "Anh ta
    # có thắng một bữa ăn không?", "Đứa con gái tôi vừa giành được một huy chương trong cuộc thi bơi." (bronze lost)
    ("My son won a gold medal.", "Con trai tôi giành huy chương vàng."),
    ("He won two silver medals.", "Anh ấy giành hai huy chương bạc."),
    ("Did he win a medal?", "Anh ấy có giành huy chương không?"),
    ("My daughter has just won a bronze medal in the swimming competition.",
     "Con gái tôi vừa giành huy chương đồng trong cuộc thi bơi."),
    ("They didn't win any medals.", "Họ không giành được huy chương nào."),
    # v8: "Con tôi có một chứng nhận của nghi thức.", "Đứa con gái của bạn có chứng nhận của nghi thức không?"
    ("My child got a certificate of merit.", "Con tôi được giấy khen."),
    ("Did your daughter get a certificate of merit?", "Con gái bạn có được giấy khen không?"),
    ("Lan got a certificate of merit this year.", "Năm nay Lan được giấy khen."),
    # v8: "Con tôi được đặt tên là một sinh viên tuyệt vời.", "Con trai của bạn có tên là một sinh viên tuyệt vời
    # trong năm nay?", "Cô ấy đã được đặt tên là một sinh viên tuyệt vời mỗi năm."
    ("My child was named an excellent student.", "Con tôi đạt học sinh giỏi."),
    ("Was your son named an excellent student this year?", "Năm nay con trai bạn có đạt học sinh giỏi không?"),
    ("She has been named an excellent student every year.", "Năm nào cô ấy cũng đạt học sinh giỏi."),
    ("I wasn't named an excellent student.", "Tôi không đạt học sinh giỏi."),
    ("We were named outstanding students last year.", "Năm ngoái chúng tôi đạt học sinh xuất sắc."),
    ("They have been named excellent students every year.", "Năm nào họ cũng đạt học sinh giỏi."),
    ("My daughter has just been named an outstanding student.", "Con gái tôi vừa đạt học sinh xuất sắc."),
    # v8: "Con tôi có cuộc cạnh tranh vẽ vào tuần tới.", "Con gái tôi đang tham gia vào cuộc thi vào tuần tới.",
    # "Chúng tôi tham gia vào cuộc thi nấu ăn vào tuần trước.", "Bạn sẽ vào cuộc thi đấu đang diễn ra?"
    ("My child has a drawing competition next week.", "Tuần sau con tôi đi thi vẽ."),
    ("My daughter is taking part in a singing competition next week.", "Tuần sau con gái tôi đi thi hát."),
    ("We took part in the cooking competition last week.", "Tuần trước chúng tôi tham gia cuộc thi nấu ăn."),
    ("Will you enter the singing competition?", "Bạn có tham gia cuộc thi hát không?"),
    ("Did you take part in the chess competition yesterday?", "Hôm qua bạn có tham gia cuộc thi cờ vua không?"),
    ("He'll compete in a maths competition next month.", "Tháng sau anh ấy sẽ tham gia một cuộc thi toán."),
    ("I'm entering the national English competition tomorrow.",
     "Ngày mai tôi tham gia cuộc thi tiếng Anh cấp quốc gia."),
    ("My mother entered a cooking competition.", "Mẹ tôi đã đi thi nấu ăn."),
    ("My mother entered the cooking competition.", "Mẹ tôi đã tham gia cuộc thi nấu ăn."),
    # not: a prize with no competition (mt/lottery.py's), a verb or a count that does not agree, "a" before a vowel,
    # a prize ahead, a pet, "I" asked, a competition "is" entered with no day (now, or planned?), "won a certificate"
    ("He won first prize.", None), ("Did you win a prize?", None), ("She have won a gold medal.", None),
    ("He won two silver medal.", None), ("He won a gold medals.", None),
    ("I won a prize in a English competition.", None),
    ("I will win first prize in the drawing competition tomorrow.", None), ("My dog won a gold medal.", None),
    ("Did I win a prize in the drawing competition?", None), ("My son is taking part in a drawing competition.", None),
    ("He won a certificate of merit.", None), ("She were named an excellent student.", None),
    ("My son has a drawing competition.", None), ("My son have a drawing competition next week.", None),
    ("He took part in the cooking competition tomorrow.", None),
    ("He won first prize in the drawing competition?", None),
    ("Did she won a medal?", None), ("We were named an excellent student.", None),
    ("She was named excellent students.", None), ("I won any prizes in the drawing competition.", None),
    # "has got" is having ("I've got two gold medals."), "didn't just win" not only winning; "piano" not "đi thi piano"
    ("I've got two gold medals.", None), ("He's got a certificate of merit.", None),
    ("She has got a certificate of merit.", None), ("He didn't just win a medal.", None),
    ("He has just got a certificate of merit.", "Anh ấy vừa được giấy khen."),
    ("I'll take part in a piano competition next month.", "Tháng sau tôi sẽ tham gia một cuộc thi piano."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
