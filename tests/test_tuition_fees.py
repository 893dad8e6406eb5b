"""School and university fees: gone up, dear, how much, paid or to pay, the deadline, waived or reduced, both ways
(mt/tuition_fees.py)."""
import pytest

from mt.tuition_fees import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This year's fees are up.", "It's upcoming fees."
    ("Học phí năm nay tăng rồi.", "Tuition fees have gone up this year."),
    ("Năm nay học phí tăng rồi.", "Tuition fees have gone up this year."),
    ("Học phí tăng rồi.", "Tuition fees have gone up."),
    ("Học phí lại tăng rồi.", "Tuition fees have gone up again."),
    ("Học phí vừa tăng.", "Tuition fees have just gone up."),
    ("Học phí sắp tăng.", "Tuition fees are about to go up."),
    ("Năm sau học phí sẽ tăng.", "Tuition fees are going up next year."),
    ("Năm ngoái học phí tăng.", "Tuition fees went up last year."),
    ("Học phí trường này tăng lên rồi.", "Tuition fees at this school have gone up."),
    # v8: "It's too expensive to learn.", "University fees are very expensive." (near)
    ("Học phí đắt quá.", "The tuition fees are too expensive."),
    ("Tiền học phí đắt quá.", "The tuition fees are too expensive."),
    ("Học phí cao quá.", "The tuition fees are too high."),
    ("Học phí hơi đắt.", "The tuition fees are a bit expensive."),
    ("Học phí ở đây đắt lắm.", "The tuition fees here are very expensive."),
    ("Học phí có đắt không?", "Are the tuition fees expensive?"),
    ("Học phí không đắt lắm.", "The tuition fees aren't very expensive."),
    ("Học phí trường này không rẻ.", "The tuition fees at this school aren't cheap."),
    # v8: "How much does it take a year study?", "The cost of a period is VND10 million."
    ("Học phí một năm bao nhiêu?", "How much are the tuition fees a year?"),
    ("Học phí bao nhiêu một tháng?", "How much are the tuition fees a month?"),
    ("Học phí ở đây bao nhiêu?", "How much are the tuition fees here?"),
    ("Học phí một kỳ là mười triệu.", "The tuition fees are VND10 million a term."),
    ("Học phí một kỳ là 10 triệu đồng.", "The tuition fees are VND10 million a term."),
    ("Học phí là 12 triệu một năm.", "The tuition fees are VND12 million a year."),
    # v8: "My parents were free to learn me.", "Who closes your school fees?", "I'm free to pack myself."
    ("Bố mẹ tôi đóng học phí cho tôi.", "My parents pay my tuition fees."),
    ("Bố mẹ tôi vẫn đóng học phí cho tôi.", "My parents still pay my tuition fees."),
    ("Bố mẹ tôi không đóng học phí cho tôi.", "My parents don't pay my tuition fees."),
    ("Mẹ tôi đóng học phí cho em trai tôi.", "My mother pays my younger brother's tuition fees."),
    ("Bạn có đóng học phí cho con bạn không?", "Do you pay your child's tuition fees?"),
    ("Ai đóng học phí cho bạn?", "Who pays your tuition fees?"),
    ("Tôi tự đóng học phí.", "I pay my own tuition fees."),
    ("Tôi phải tự đóng học phí.", "I have to pay my own tuition fees."),
    # v8: "I'm not going to close school.", "Are you closed a fees?", "I'm free to study."
    ("Tôi chưa đóng học phí.", "I haven't paid my tuition fees yet."),
    ("Chúng tôi chưa đóng học phí.", "We haven't paid our tuition fees yet."),
    ("Mẹ tôi chưa đóng học phí.", "My mother hasn't paid the tuition fees yet."),
    ("Bạn đã đóng học phí chưa?", "Have you paid your tuition fees yet?"),
    ("Cô ấy nộp học phí chưa?", "Has she paid her tuition fees yet?"),
    ("Tôi đóng học phí rồi.", "I've paid my tuition fees."),
    ("Tôi vừa đóng học phí.", "I've just paid my tuition fees."),
    ("Lan đã đóng học phí rồi.", "Lan has paid the tuition fees."),
    ("Tôi đã đóng học phí cho con.", "I've paid my child's tuition fees."),
    # v8: "I have to pack school before Friday."
    ("Tôi phải đóng học phí trước thứ sáu.", "I have to pay my tuition fees by Friday."),
    ("Anh ấy phải đóng học phí ngày mai.", "He has to pay his tuition fees tomorrow."),
    ("Tôi sẽ đóng học phí vào thứ hai.", "I'll pay my tuition fees on Monday."),
    ("Bạn có phải đóng học phí không?", "Do you have to pay tuition fees?"),
    ("Tôi không phải đóng học phí.", "I don't have to pay tuition fees."),
    # v8: "When is the cost of school?"
    ("Hạn đóng học phí là khi nào?", "When is the deadline for paying tuition fees?"),
    ("Khi nào là hạn nộp học phí?", "When is the deadline for paying tuition fees?"),
    ("Hạn đóng học phí là thứ Sáu.", "The deadline for paying tuition fees is Friday."),
    # v8: "I'm free to learn.", "My child was reduced to school fees.", "Can you learn free?"
    ("Tôi được miễn học phí.", "I'm exempt from tuition fees."),
    ("Em gái tôi được miễn học phí.", "My sister is exempt from tuition fees."),
    ("Bạn có được miễn học phí không?", "Are you exempt from tuition fees?"),
    ("Tôi không được miễn học phí.", "I'm not exempt from tuition fees."),
    ("Con tôi được giảm học phí.", "My child gets reduced tuition fees."),
    # not: a bare rise, or "năm nay" with no word for the tense (gone up, or going up?), "rẻ quá" (so cheap, or too
    # cheap?), a "?" on a statement, "có" or "không?" alone, "I" asked, "anh" saying it, a pet, a plain "đóng học
    # phí" (pays, or paid?), a day behind with "đã", paying for oneself, a course's fees (mt/tutoring.py), no sum,
    # "tự" with a name (his or her own?), a deadline gone by with "phải"
    ("Học phí tăng.", None), ("Học phí năm nay tăng.", None), ("Học phí rẻ quá.", None), ("Học phí đắt quá?", None),
    ("Học phí bao nhiêu.", None), ("Bạn đã đóng học phí không?", None), ("Tôi có đóng học phí không?", None),
    ("Anh chưa đóng học phí.", None), ("Tôi chưa đóng học phí?", None), ("Con mèo của tôi được miễn học phí.", None),
    ("Tôi đóng học phí.", None), ("Tôi đã đóng học phí hôm qua.", None), ("Tôi đóng học phí cho tôi.", None),
    ("Học phí tiếng Anh bao nhiêu?", None), ("Học phí là 50 người.", None), ("Lan tự đóng học phí.", None),
    ("Tôi phải đóng học phí hôm qua.", None), ("Học phí năm sau tăng rồi.", None), ("Học phí rất đắt lắm.", None),
    ("Phí gửi xe đắt quá.", None), ("Tuition fees have gone up.", None),
    # not: "thế", "vậy" after how dear ("so expensive", "not that expensive"), "cho" a third person or a name (whose
    # fees, or paid to her, a teacher?), "trả … cho" one not kin (paid to you?) by anyone but kin, whom taking who in
    ("Học phí đắt thế.", None), ("Học phí cao thế!", None), ("Học phí rẻ vậy.", None),
    ("Học phí không đắt thế.", None), ("Tôi đóng học phí cho cô ấy.", None), ("Tôi đã trả học phí cho Lan.", None),
    ("Tôi trả học phí cho bạn.", None), ("Ai trả học phí cho bạn?", None), ("Tôi đóng học phí cho chúng tôi.", None),
    ("Chúng tôi đóng học phí cho tôi.", None),
    ("Bạn có phải tự đóng học phí không?", "Do you have to pay your own tuition fees?"),
    ("Mẹ tôi trả học phí cho tôi.", "My mother pays my tuition fees."),
    ("Học phí đắt quá vậy.", "The tuition fees are too expensive."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những khoản phí lao động đã tăng lên trong năm nay." (labour), "Những khoản phí lao động tăng lên trong năm
    # tới."
    ("Tuition fees have gone up this year.", "Học phí năm nay tăng rồi."),
    ("Tuition fees have gone up again.", "Học phí lại tăng rồi."),
    ("Tuition fees have just gone up.", "Học phí vừa tăng."),
    ("Tuition fees went up last year.", "Năm ngoái học phí đã tăng."),
    ("Tuition fees are going up next year.", "Năm sau học phí sẽ tăng."),
    ("The school fees are about to go up.", "Học phí sắp tăng."),
    ("Tuition has gone up.", "Học phí tăng rồi."),
    # v8: "Những khoản phí tuition quá đắt."
    ("The tuition fees are too expensive.", "Học phí đắt quá."),
    ("Tuition fees are too high.", "Học phí cao quá."),
    ("The school fees are very expensive.", "Học phí rất đắt."),
    ("Are the tuition fees expensive?", "Học phí có đắt không?"),
    ("The tuition fees aren't very expensive.", "Học phí không đắt lắm."),
    ("Tuition isn't cheap.", "Học phí không rẻ."),
    # v8: "Một năm là phí học tập bao nhiêu?", "Các khoản phí tuition là 10 triệu đồng tiền."
    ("How much are the tuition fees a year?", "Học phí một năm bao nhiêu?"),
    ("How much is tuition a month?", "Học phí một tháng bao nhiêu?"),
    ("How much are the school fees?", "Học phí bao nhiêu?"),
    ("The tuition fees are 10 million dong a term.", "Học phí một kỳ là 10 triệu đồng."),
    ("The tuition fees are VND12 million a year.", "Học phí một năm là 12 triệu đồng."),
    # v8: "Cha mẹ tôi trả phí cho con.", "Ai trả phí học phí của mình?", "Tôi trả phí học riêng của mình."
    ("My parents pay my tuition fees.", "Bố mẹ tôi đóng học phí cho tôi."),
    ("My parents paid my son's tuition fees.", "Bố mẹ tôi đã đóng học phí cho con trai tôi."),
    ("Does your father pay your tuition fees?", "Bố bạn có đóng học phí cho bạn không?"),
    ("My mother still pays my tuition fees.", "Mẹ tôi vẫn đóng học phí cho tôi."),
    ("Who pays your tuition fees?", "Ai đóng học phí cho bạn?"),
    ("Who pays your son's tuition fees?", "Ai đóng học phí cho con trai bạn?"),
    ("I pay my own tuition fees.", "Tôi tự đóng học phí."),
    ("Lan pays her tuition fees.", "Lan đóng học phí."),
    # v8: "Tôi chưa trả phí theo dõi của tôi.", "Bạn đã trả phí học phí của mình chưa?", "Tôi đã trả phí học phí."
    ("I haven't paid my tuition fees yet.", "Tôi chưa đóng học phí."),
    ("We haven't paid our tuition fees yet.", "Chúng tôi chưa đóng học phí."),
    ("Have you paid your tuition fees yet?", "Bạn đã đóng học phí chưa?"),
    ("Has your son paid his tuition fees yet?", "Con trai bạn đã đóng học phí chưa?"),
    ("I've paid my tuition fees.", "Tôi đã đóng học phí rồi."),
    ("I've just paid my tuition fees.", "Tôi vừa đóng học phí."),
    # v8: "Tôi phải trả phí phát hành của mình trước thứ Sáu."
    ("I have to pay my tuition fees by Friday.", "Tôi phải đóng học phí trước thứ Sáu."),
    ("She has to pay her tuition fees on Monday.", "Cô ấy phải đóng học phí vào thứ Hai."),
    ("I'll pay my tuition fees tomorrow.", "Tôi sẽ đóng học phí ngày mai."),
    ("Does she have to pay tuition fees?", "Cô ấy có phải đóng học phí không?"),
    ("I don't have to pay tuition fees.", "Tôi không phải đóng học phí."),
    # v8: "Khi nào người chết vì phải trả phí theo dõi?"
    ("When is the deadline for paying tuition fees?", "Hạn đóng học phí là khi nào?"),
    ("The deadline for paying tuition fees is Friday.", "Hạn đóng học phí là thứ Sáu."),
    # v8: "Tôi bị bỏ rơi từ phí lao động.", "Cô ấy bị giảm phí lao động."
    ("I'm exempt from tuition fees.", "Tôi được miễn học phí."),
    ("Is she exempt from tuition fees?", "Cô ấy có được miễn học phí không?"),
    ("I'm not exempt from tuition fees.", "Tôi không được miễn học phí."),
    ("She gets reduced tuition fees.", "Cô ấy được giảm học phí."),
    ("Does he get reduced tuition fees?", "Anh ấy có được giảm học phí không?"),
    # not: the verb not agreeing ("fees has", "She pay", "I has to"), "fees" alone (a gym's?), the past with a day,
    # whose neither own nor said ("their" of my parents, "her" after "I"), "I" asked, a pet, "too cheap", a day
    # behind to come, "the tuition", "Who" and "the" (whose?), "waived" (left)
    ("Tuition fees has gone up.", None), ("She pay her tuition fees.", None), ("I has to pay my tuition fees.", None),
    ("The fees are ten million a term.", None), ("I paid my tuition fees yesterday.", None),
    ("My parents pay their tuition fees.", None), ("I pay her tuition fees.", None),
    ("Do I have to pay tuition fees?", None), ("My dog is exempt from tuition fees.", None),
    ("Tuition is too cheap.", None), ("I have to pay my tuition fees yesterday.", None),
    ("The tuition is expensive.", None), ("Who paid the tuition fees?", None), ("My fees are waived.", None),
    ("Tuition fees have gone up last year.", None), ("Học phí đắt quá.", None),
    ("I pay our tuition fees.", None), ("We pay my tuition fees.", None),
    ("Tuition fees went up again.", "Học phí lại tăng."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
