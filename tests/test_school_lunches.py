"""Children having lunch and a nap at school, the school lunch good or not, and the school lunch fees, both ways
(mt/school_lunches.py)."""
import pytest

from mt.school_lunches import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child ates at school.", "Do you eat food?", "My daughter didn't eat food.", "My son learned to sell."
    ("Con tôi ăn bán trú ở trường.", "My child stays at school for lunch."),
    ("Con tôi ăn bán trú.", "My child stays at school for lunch."),
    ("Con trai tôi học bán trú.", "My son stays at school for lunch."),
    ("Con gái tôi ăn bán trú tại trường.", "My daughter stays at school for lunch."),
    ("Con bạn có ăn bán trú không?", "Does your child stay at school for lunch?"),
    ("Con gái tôi không ăn bán trú.", "My daughter doesn't stay at school for lunch."),
    ("Bé nhà tôi ăn bán trú.", "My child stays at school for lunch."),
    ("Các con tôi học bán trú.", "My children stay at school for lunch."),
    ("Minh có ăn bán trú không?", "Does Minh stay at school for lunch?"),
    ("Cô ấy ăn bán trú ở trường.", "She stays at school for lunch."),
    # v8: "The children who eat lunch at school.", "Lan ate lunch at school."
    ("Bọn trẻ ăn trưa ở trường.", "The children have lunch at school."),
    ("Lan ăn trưa ở trường.", "Lan has lunch at school."),
    ("Chúng tôi ăn trưa ở trường.", "We have lunch at school."),
    ("Mẹ tôi ăn cơm trưa ở trường.", "My mother has lunch at school."),
    ("Anh ấy không ăn trưa ở trường.", "He doesn't have lunch at school."),
    ("Con bạn có ăn trưa ở trường không?", "Does your child have lunch at school?"),
    # v8: "My child sleeped at school.", "Does he sleep lunch at school?", "My baby eats lunch and naps at school."
    ("Con tôi ngủ trưa ở trường.", "My child naps at school."),
    ("Anh ấy có ngủ trưa ở trường không?", "Does he nap at school?"),
    ("Con trai tôi không ngủ trưa ở trường.", "My son doesn't nap at school."),
    ("Bọn trẻ ngủ trưa tại trường.", "The children nap at school."),
    ("Bé nhà tôi ăn trưa và ngủ trưa ở trường.", "My child has lunch and naps at school."),
    # v8: "I don't take a food at school.", "I don't take noon at school."
    ("Con tôi không chịu ăn cơm ở trường.", "My child won't eat at school."),
    ("Con tôi không chịu ngủ trưa ở trường.", "My child won't nap at school."),
    ("Con gái tôi không chịu ăn trưa ở trường.", "My daughter won't eat lunch at school."),
    # v8: "My little thing was sold by."
    ("Hồi nhỏ tôi ăn bán trú.", "As a child, I stayed at school for lunch."),
    ("Hồi nhỏ bạn có ăn bán trú không?", "Did you stay at school for lunch as a child?"),
    ("Hồi nhỏ mẹ tôi không ăn trưa ở trường.", "My mother didn't have lunch at school as a child."),
    # v8: "Is it good at school?", "Muscles are good.", "School food isn't good."
    ("Cơm ở trường có ngon không?", "Is the food at school good?"),
    ("Cơm trường ngon không?", "Is the food at school good?"),
    ("Cơm bán trú ngon lắm.", "The school lunch is very good."),
    ("Đồ ăn ở trường không ngon.", "The food at school isn't good."),
    ("Bữa trưa ở trường không ngon lắm.", "The school lunch isn't very good."),
    ("Cơm ở trường dở quá!", "The food at school is so bad!"),
    # v8: "I'm not closed money on selling.", "Are you closed the money on sale?", "How many months does the money
    # sell for food?"
    ("Tôi chưa đóng tiền ăn bán trú.", "I haven't paid the school lunch fees yet."),
    ("Bạn đã đóng tiền ăn bán trú chưa?", "Have you paid the school lunch fees yet?"),
    ("Tôi đã đóng tiền ăn bán trú cho con rồi.", "I've paid the school lunch fees for my child."),
    ("Mẹ tôi vừa nộp tiền bán trú cho con trai tôi.", "My mother has just paid the school lunch fees for my son."),
    ("Anh ấy chưa đóng tiền ăn bán trú.", "He hasn't paid the school lunch fees yet."),
    ("Tiền ăn bán trú bao nhiêu một tháng?", "How much are the school lunch fees a month?"),
    ("Tiền bán trú là bao nhiêu?", "How much are the school lunch fees?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi ở lại trường ăn trưa.", "Bé có ở trường ăn trưa không?" (the baby), "Đứa con gái tôi không ở lại
    # trường ăn trưa."
    ("My child stays at school for lunch.", "Con tôi ăn bán trú ở trường."),
    ("Does your child stay at school for lunch?", "Con bạn có ăn bán trú ở trường không?"),
    ("My daughter doesn't stay at school for lunch.", "Con gái tôi không ăn bán trú ở trường."),
    ("The kids stay at school for lunch.", "Bọn trẻ ăn bán trú ở trường."),
    ("My children stay at school for lunch.", "Các con tôi ăn bán trú ở trường."),
    # v8: "Con tôi có bữa trưa ở trường.", "Trẻ em ăn trưa ở trường."
    ("My child has lunch at school.", "Con tôi ăn trưa ở trường."),
    ("The children have lunch at school.", "Bọn trẻ ăn trưa ở trường."),
    ("We eat lunch at school.", "Chúng tôi ăn trưa ở trường."),
    ("Does Lan have lunch at school?", "Lan có ăn trưa ở trường không?"),
    ("My son doesn't have lunch at school.", "Con trai tôi không ăn trưa ở trường."),
    # v8: "Con tôi ngủ ở trường.", "Có phải anh ngủ ở trường không?", "Lan ăn trưa và xà phòng ở trường." (soap)
    ("My child naps at school.", "Con tôi ngủ trưa ở trường."),
    ("Does he nap at school?", "Anh ấy có ngủ trưa ở trường không?"),
    ("She takes a nap at school.", "Cô ấy ngủ trưa ở trường."),
    ("Lan has lunch and naps at school.", "Lan ăn trưa và ngủ trưa ở trường."),
    # v8: "Con trai tôi từ chối ăn trưa ở trường."
    ("My son refuses to eat lunch at school.", "Con trai tôi không chịu ăn trưa ở trường."),
    ("My daughter refuses to nap at school.", "Con gái tôi không chịu ngủ trưa ở trường."),
    # v8: "Khi một đứa trẻ, tôi có bữa trưa ở trường."
    ("As a child, I had lunch at school.", "Hồi nhỏ tôi ăn trưa ở trường."),
    ("I stayed at school for lunch as a child.", "Hồi nhỏ tôi ăn bán trú ở trường."),
    ("Did you have lunch at school as a child?", "Hồi nhỏ bạn có ăn trưa ở trường không?"),
    # v8: "Bữa trưa ở trường có tốt không?", "Bữa trưa ở trường rất tốt.", "Thức ăn ở trường không tốt."
    ("Is the school lunch good?", "Cơm ở trường có ngon không?"),
    ("The school lunch is very good.", "Cơm ở trường rất ngon."),
    ("The food at school isn't good.", "Đồ ăn ở trường không ngon."),
    ("The school lunches aren't very good.", "Cơm ở trường không ngon lắm."),
    ("Is the school food any good?", "Đồ ăn ở trường có ngon không?"),
    ("The school lunch is so bad!", "Cơm ở trường dở quá!"),
    # v8: "Tôi chưa trả phí ăn trưa ở trường.", "Bạn đã trả phí ăn trưa ở trường chưa?", "Có bao nhiêu phí ăn trưa ở
    # trường một tháng?"
    ("I haven't paid the school lunch fees yet.", "Tôi chưa đóng tiền ăn bán trú."),
    ("Have you paid the school lunch fees yet?", "Bạn đã đóng tiền ăn bán trú chưa?"),
    ("I've already paid the school lunch fees for my son.", "Tôi đã đóng tiền ăn bán trú cho con trai rồi."),
    ("She has just paid the school lunch fees.", "Cô ấy vừa đóng tiền ăn bán trú."),
    ("My father paid the school lunch fees for my daughter.", "Bố tôi đã đóng tiền ăn bán trú cho con gái tôi."),
    ("How much are the school lunch fees a month?", "Tiền ăn bán trú bao nhiêu một tháng?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src", [
    # lunch or a nap not at school, a day said (had, or will?), a habit's word, "sẽ", "ăn cơm" not refused, boarding
    ("Con tôi ăn trưa.", "vi"), ("Con tôi ngủ trưa.", "vi"), ("Hôm nay con tôi ăn trưa ở trường.", "vi"),
    ("Con tôi thường ăn trưa ở trường.", "vi"), ("Con tôi sẽ ăn bán trú.", "vi"), ("Con tôi ăn cơm ở trường.", "vi"),
    ("Con tôi ăn ngủ ở trường.", "vi"), ("Con tôi ăn trưa ở trường rồi.", "vi"),
    # "?" on a statement, "có" or "không?" alone, asked of oneself, "anh", "em" alone, a pet, a child as a child
    ("Con tôi ăn bán trú ở trường?", "vi"), ("Con bạn ăn bán trú không?", "vi"), ("Con tôi có ăn bán trú.", "vi"),
    ("Tôi có ăn trưa ở trường không?", "vi"), ("Anh ăn bán trú.", "vi"), ("Em ngủ trưa ở trường.", "vi"),
    ("Con mèo của tôi ngủ trưa ở trường.", "vi"), ("Hồi nhỏ con tôi ăn bán trú.", "vi"),
    ("Con bạn có không chịu ngủ trưa ở trường không?", "vi"), ("Cơm ở trường ngon?", "vi"),
    ("Cơm ở trường không dở lắm.", "vi"),  # (not bad, or rather good?)
    # "thế", "vậy" ending a statement say more ("ngon thế": so good), a compound denied (neither, or not both?)
    ("Cơm ở trường ngon thế.", "vi"), ("Con tôi ăn bán trú thế.", "vi"), ("Cơm ở trường ngon lắm vậy.", "vi"),
    ("Con tôi không chịu ăn cơm ở trường thế.", "vi"), ("Tôi đã đóng tiền ăn bán trú rồi thế.", "vi"),
    ("Con tôi không ăn trưa và ngủ trưa ở trường.", "vi"), ("Hồi nhỏ tôi không ăn trưa và ngủ trưa ở trường.", "vi"),
    # paying: a plain "đóng" (pays, or paid?), "cho con" of kin (whose child?), tuition (mt/tuition_fees.py), a sum
    ("Tôi đóng tiền ăn bán trú.", "vi"), ("Mẹ tôi đã đóng tiền ăn bán trú cho con rồi.", "vi"),
    ("Tôi đã đóng học phí rồi.", "vi"), ("Tiền ăn bán trú là 800 nghìn một tháng.", "vi"),
    ("Tôi bán trú.", "vi"), ("My child stays at school for lunch.", "vi"), ("Trường học ở đâu?", "vi"),
    # English: the past with no time (when?), "won't" (refuses, or will not?), a verb not agreeing, a pet, asked of
    # oneself, "is" with lunches, nonsense, the other way's language
    ("My child had lunch at school.", "en"), ("My son won't eat at school.", "en"),
    ("She have lunch at school.", "en"), ("Does you nap at school?", "en"), ("My dog naps at school.", "en"),
    ("Do I have lunch at school?", "en"), ("The school lunches is good.", "en"),
    ("Lan has lunch and nap at school.", "en"), ("My child doesn't have lunch and nap at school.", "en"),
    ("As a child, I didn't have lunch and nap at school.", "en"),
    ("As a child, I have lunch at school.", "en"), ("My son had lunch at school as a child.", "en"),
    ("I pay the school lunch fees.", "en"), ("Have you paid the school lunch fees yet.", "en"),
    ("He have paid the school lunch fees.", "en"), ("I play football at school.", "en"),
    ("The school lunch is good?", "en"), ("Con tôi ăn trưa ở trường.", "en"), ("School lunch school lunch.", "en"),
])
def test_left(text, src):
    assert translate(text, src, "en" if src == "vi" else "vi") is None
