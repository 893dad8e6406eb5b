"""Pocket money for children: given, got, how much, saved and spent, both ways (mt/pocket_money.py)."""
import pytest

from mt.pocket_money import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How many pocket money are you given?", "How much money do you spend every week?", "How many pocket money do
    # I get?"
    ("Bạn cho con bao nhiêu tiền tiêu vặt?", "How much pocket money do you give your children?"),
    ("Mỗi tuần con bạn được bao nhiêu tiền tiêu vặt?", "How much pocket money does your child get a week?"),
    ("Con tôi được bao nhiêu tiền tiêu vặt?", "How much pocket money does my child get?"),
    ("Bạn cho con bao nhiêu tiền tiêu vặt một tuần?", "How much pocket money do you give your children a week?"),
    ("Mỗi tháng con bạn nhận được bao nhiêu tiền tiêu vặt?", "How much pocket money does your child get a month?"),
    # v8: "My son is 50 thousand a week.", "My son every week was 50 thousand pocket money.", "I for 200 thousand
    # pocket money each month."
    ("Con trai tôi được 50 nghìn mỗi tuần.", "My son gets VND50 thousand a week."),
    ("Con trai tôi mỗi tuần được 50 nghìn tiền tiêu vặt.", "My son gets VND50 thousand a week in pocket money."),
    ("Con gái tôi được 100 nghìn tiền tiêu vặt một tuần.", "My daughter gets VND100 thousand a week in pocket money."),
    ("Tôi cho con 200 nghìn tiền tiêu vặt mỗi tháng.", "I give my children VND200 thousand a month in pocket money."),
    ("Mẹ tôi cho tôi 20 nghìn tiền tiêu vặt mỗi ngày.", "My mother gives me VND20 thousand a day in pocket money."),
    ("Anh ấy cho con trai 50 nghìn mỗi tuần.", "He gives his son VND50 thousand a week."),
    ("Họ được 30 nghìn tiền tiêu vặt mỗi ngày.", "They get VND30 thousand a day in pocket money."),
    # v8: "Did you give you a pocket money?", "I don't let your child spend money.", "Can you get a pocket money?",
    # "I can't have a pocket money."
    ("Bố mẹ bạn có cho bạn tiền tiêu vặt không?", "Do your parents give you pocket money?"),
    ("Bạn có cho con tiền tiêu vặt không?", "Do you give your children pocket money?"),
    ("Tôi không cho con tiền tiêu vặt.", "I don't give my children pocket money."),
    ("Bố mẹ tôi cho tôi tiền tiêu vặt mỗi tuần.", "My parents give me pocket money every week."),
    ("Ông bà tôi cho tôi tiền tiêu vặt.", "My grandparents give me pocket money."),
    ("Bạn có được tiền tiêu vặt không?", "Do you get pocket money?"),
    ("Tôi không được tiền tiêu vặt.", "I don't get pocket money."),
    # v8: "She puts a pocket money.", "She is putting a pocket money."
    ("Cô ấy để dành tiền tiêu vặt.", "She saves her pocket money."),
    ("Cô ấy đang để dành tiền tiêu vặt.", "She's saving her pocket money."),
    ("Bạn có đang để dành tiền tiêu vặt không?", "Are you saving your pocket money?"),
    ("Mẹ tôi để dành tiền tiêu vặt của mình.", "My mother saves her pocket money."),
    ("Tôi không để dành tiền tiêu vặt.", "I don't save my pocket money."),
    # v8: "He spends the money on the candy.", "He spends all the money on candy."
    ("Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo.", "He's spent all his pocket money on sweets."),
    ("Anh ấy tiêu hết tiền tiêu vặt vào kẹo rồi.", "He's spent all his pocket money on sweets."),
    ("Con trai tôi vừa tiêu hết tiền tiêu vặt vào đồ chơi.", "My son has just spent all his pocket money on toys."),
    ("Con trai tôi lúc nào cũng tiêu hết tiền tiêu vặt.", "My son always spends all his pocket money."),
    ("Con gái tôi thường tiêu tiền tiêu vặt vào truyện tranh.",
     "My daughter usually spends her pocket money on comics."),
    ("Họ tiêu hết tiền tiêu vặt của họ rồi.", "They've spent all their pocket money."),
    # not: a sum with no unit of time (once, or each week?), "con" after "anh", "bác" (may be the speaker, asking an
    # elder), "anh" saying it, whose not told ("Lan", "em ấy"), spent or spends not told, another's money, "không
    # nhận" (refuses?), asked without "?", who giving to who, the topic not said, other topics
    ("Cô ấy để dành tiền tiêu vặt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mẹ tôi cho tôi 50 nghìn tiền tiêu vặt.", None), ("Bác có cho con tiền tiêu vặt không?", None),
    ("Anh có cho con tiền tiêu vặt không?", None), ("Anh cho con tiền tiêu vặt.", None),
    ("Lan để dành tiền tiêu vặt.", None), ("Em ấy tiêu hết tiền tiêu vặt rồi.", None),
    ("Con trai tôi tiêu hết tiền tiêu vặt.", None), ("Tôi tiêu hết tiền tiêu vặt của bạn rồi.", None),
    ("Tôi không nhận tiền tiêu vặt.", None), ("Con bạn được bao nhiêu tiền tiêu vặt", None),
    ("Tôi cho tôi tiền tiêu vặt.", None), ("Tôi cho con 2 viên kẹo mỗi ngày.", None), ("Tôi được 8 điểm.", None),
    ("Hồi nhỏ tôi không được tiền tiêu vặt.", None), ("Tôi đang tiết kiệm tiền.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn cho con biết bao nhiêu tiền tiêu vặt?" (tell), "Con trai bạn bị tiêu vặt bao nhiêu tiền?"
    ("How much pocket money do you give your kids?", "Bạn cho con bao nhiêu tiền tiêu vặt?"),
    ("How much pocket money does your son get?", "Con trai bạn được bao nhiêu tiền tiêu vặt?"),
    ("How much pocket money does your son get a week?", "Con trai bạn được bao nhiêu tiền tiêu vặt mỗi tuần?"),
    ("How much pocket money do you give your son a month?", "Bạn cho con trai bao nhiêu tiền tiêu vặt mỗi tháng?"),
    ("How much pocket money do your parents give you?", "Bố mẹ bạn cho bạn bao nhiêu tiền tiêu vặt?"),
    ("How much pocket money do you get a week?", "Bạn được bao nhiêu tiền tiêu vặt mỗi tuần?"),
    # v8: "Con trai của tôi bị 50.000 đồng túi tiền một tuần." (a purse)
    ("My son gets 50,000 dong pocket money a week.", "Con trai tôi được 50.000 đồng tiền tiêu vặt mỗi tuần."),
    ("My son gets 50,000 dong a week in pocket money.", "Con trai tôi được 50.000 đồng tiền tiêu vặt mỗi tuần."),
    ("I give my daughter 100,000 dong pocket money a week.", "Tôi cho con gái 100.000 đồng tiền tiêu vặt mỗi tuần."),
    ("He gives them 20,000 dong pocket money a day.", "Anh ấy cho họ 20.000 đồng tiền tiêu vặt mỗi ngày."),
    # v8: "Bố mẹ của bạn có túi tiền không?", "Tôi không cho con túi tiền.", "Bạn có cho con biết tiền tiêu vặt
    # không?" (tell), "Tôi không lấy tiền."
    ("Do your parents give you pocket money?", "Bố mẹ bạn có cho bạn tiền tiêu vặt không?"),
    ("I don't give my children pocket money.", "Tôi không cho con tiền tiêu vặt."),
    ("Do you give your children pocket money?", "Bạn có cho con tiền tiêu vặt không?"),
    ("My parents give me pocket money.", "Bố mẹ tôi cho tôi tiền tiêu vặt."),
    ("My parents don't give me any pocket money.", "Bố mẹ tôi không cho tôi tiền tiêu vặt."),
    ("My mother gives my son pocket money every week.", "Mẹ tôi cho con trai tôi tiền tiêu vặt mỗi tuần."),
    ("Do you get any pocket money?", "Bạn có được tiền tiêu vặt không?"),
    ("I don't get pocket money.", "Tôi không được tiền tiêu vặt."),
    ("They get pocket money every week.", "Họ được tiền tiêu vặt mỗi tuần."),
    # v8: "Cô ta tiết kiệm tiền tiêu vặt của mình." (right, and kept)
    ("She saves her pocket money.", "Cô ấy để dành tiền tiêu vặt."),
    ("She's saving her pocket money.", "Cô ấy đang để dành tiền tiêu vặt."),
    ("Is she saving her pocket money?", "Cô ấy có đang để dành tiền tiêu vặt không?"),
    ("Do you save your pocket money?", "Bạn có để dành tiền tiêu vặt không?"),
    ("She doesn't save her pocket money.", "Cô ấy không để dành tiền tiêu vặt."),
    # v8: "Anh ta dành hết tiền túi của mình cho người yêu." (a lover), "Anh ta dành hết tiền tiêu vặt."
    ("He spent all his pocket money on sweets.", "Anh ấy đã tiêu hết tiền tiêu vặt vào kẹo."),
    ("He's spent all his pocket money.", "Anh ấy đã tiêu hết tiền tiêu vặt rồi."),
    ("I've just spent all my pocket money on comics.", "Tôi vừa tiêu hết tiền tiêu vặt vào truyện tranh."),
    ("She always spends all her pocket money on toys.", "Cô ấy lúc nào cũng tiêu hết tiền tiêu vặt vào đồ chơi."),
    ("Lan has spent all her pocket money.", "Lan đã tiêu hết tiền tiêu vặt rồi."),
    # not: the verb not agreeing, another's pocket money, "her" (whom or whose?), a sum with no unit, "any" said,
    # "not … every week", spent with neither "all" nor what on, a sum and no "pocket money" (v8 gets it right),
    # past giving, other topics
    ("My parents gives me pocket money.", None), ("Does your parents give you pocket money?", None),
    ("He save his pocket money.", None), ("She saves my pocket money.", None), ("I give her pocket money.", None),
    ("My son gets 50,000 dong pocket money.", None), ("He gets any pocket money.", None),
    ("We don't give our kids pocket money every week.", None), ("She spent her pocket money.", None),
    ("My son gets 50,000 dong a week.", None), ("I gave my son pocket money.", None), ("I give me pocket money.", None),
    ("She has spent all his pocket money.", None), ("I'm saving up for a car.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
