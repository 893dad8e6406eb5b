"""A child's nappies, potty training and wetting the bed, a nappy changed, and nappies run out, both ways
(mt/nappies.py)."""
import pytest

from mt.nappies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm still closed.", "My son was still closed.", "Do you have a bunch?", "My daughter had left me."
    ("Con tôi vẫn còn đóng bỉm.", "My child still wears nappies."),
    ("Con trai tôi vẫn đóng bỉm.", "My son still wears nappies."),
    ("Em bé vẫn còn đóng bỉm.", "The baby still wears nappies."),
    ("Con bạn có còn đóng bỉm không?", "Does your child still wear nappies?"),
    ("Con bạn còn mặc tã không?", "Does your child still wear nappies?"),
    ("Con gái tôi không đóng bỉm nữa.", "My daughter doesn't wear nappies any more."),
    ("Con gái tôi đã bỏ bỉm rồi.", "My daughter is out of nappies now."),
    ("Minh đã bỏ bỉm rồi.", "Minh is out of nappies now."),
    ("Con bạn bỏ bỉm chưa?", "Is your child out of nappies yet?"),
    # v8: "My son was still silk.", "Your baby is still kicking.", "My child or silk.", "He's silky."
    ("Con trai tôi vẫn còn tè dầm.", "My son still wets the bed."),
    ("Bé vẫn đái dầm.", "The little one still wets the bed."),
    ("Con tôi không còn tè dầm nữa.", "My child doesn't wet the bed any more."),
    ("Con tôi hay tè dầm.", "My child often wets the bed."),
    ("Con bạn có hay tè dầm không?", "Does your child often wet the bed?"),
    ("Thằng bé lại tè dầm rồi.", "The boy has wet the bed again."),
    ("Tối qua con tôi tè dầm.", "My child wet the bed last night."),
    ("Tối qua, thằng bé có tè dầm không?", "Did the boy wet the bed last night?"),
    # v8: "I have to replace my baby.", "I need to diapers for my baby.", "Would you rather have a baby?", "The baby
    # needs to be replaced."
    ("Tôi phải thay bỉm cho con.", "I have to change the baby's nappy."),
    ("Tôi cần thay tã cho em bé.", "I need to change the baby's nappy."),
    ("Anh ấy đang thay tã cho em bé.", "He's changing the baby's nappy."),
    ("Bạn thay bỉm cho bé được không?", "Can you change the little one's nappy?"),
    ("Bạn thay bỉm cho bé giúp tôi được không?", "Can you change the little one's nappy for me?"),
    ("Bạn có thể thay bỉm cho con không?", "Can you change the baby's nappy?"),
    ("Tôi vừa thay bỉm cho con.", "I've just changed the baby's nappy."),
    ("Mẹ tôi đã thay bỉm cho con trai tôi rồi.", "My mother has already changed my son's nappy."),
    ("Để tôi thay bỉm cho con.", "Let me change the baby's nappy."),
    ("Tôi sẽ thay bỉm cho bé.", "I'll change the little one's nappy."),
    ("Em bé cần thay bỉm.", "The baby needs a nappy change."),
    # v8: "My child is toileting.", "We're putting the son to go to the toilet.", "I'm singinging your baby."
    ("Chúng tôi đang tập cho con trai đi vệ sinh.", "We're potty training our son."),
    ("Tôi đang cai bỉm cho con.", "I'm potty training my child."),
    ("Chúng tôi đã bắt đầu tập cho con gái ngồi bô.", "We've started potty training our daughter."),
    ("Con tôi đang tập đi vệ sinh.", "My child is being potty trained."),
    ("Con gái tôi đang tập ngồi bô.", "My daughter is learning to use the potty."),
    ("Con bạn biết tự đi vệ sinh chưa?", "Is your child potty trained yet?"),
    ("Con trai tôi đã biết tự đi vệ sinh rồi.", "My son is potty trained now."),
    # v8: "The house is all brazy.", "We're all right now.", "We need to buy more belancing."
    ("Nhà hết bỉm rồi.", "We're out of nappies."),
    ("Chúng tôi hết bỉm rồi.", "We're out of nappies."),
    ("Hết bỉm rồi.", "We're out of nappies."),
    ("Nhà sắp hết bỉm rồi.", "We're almost out of nappies."),
    ("Chúng ta cần mua thêm bỉm.", "We need to buy more nappies."),
    # not: "anh", "con" alone or I as the child (the speaker?), an elder, a name needing changing (a carer?), a habit,
    # "anh" changing (the speaker?), asked without "không", "chưa" of a change, the toilet, another subject
    ("Hết bỉm rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh vẫn còn đóng bỉm.", None), ("Con vẫn còn tè dầm.", None), ("Tôi vẫn còn tè dầm.", None),
    ("Mẹ tôi vẫn đóng bỉm.", None), ("Chị tôi vẫn còn đóng bỉm.", None), ("Lan cần thay bỉm.", None),
    ("Tôi thay bỉm cho con.", None), ("Anh thay bỉm cho con.", None), ("Con bạn còn đóng bỉm?", None),
    ("Bạn đã thay bỉm cho con chưa?", None), ("Tôi cần đi vệ sinh.", None), ("Nhà vệ sinh ở đâu?", None),
    ("Nhà hết gạo rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi vẫn đeo hạnh phúc." (happiness), "Đứa con gái tôi vẫn mang một niềm vui." (a joy)
    ("My son still wears nappies.", "Con trai tôi vẫn còn đóng bỉm."),
    ("My daughter still wears a nappy.", "Con gái tôi vẫn còn đóng bỉm."),
    ("My son still wears diapers.", "Con trai tôi vẫn còn đóng bỉm."),
    ("She's still in nappies.", "Con bé vẫn còn đóng bỉm."),
    ("Is he still in nappies?", "Thằng bé còn đóng bỉm không?"),
    ("Does your son still wear nappies?", "Con trai bạn còn đóng bỉm không?"),
    ("She doesn't wear nappies any more.", "Con bé không còn đóng bỉm nữa."),
    # v8: "Giờ đây, cô ấy ra khỏi những điều vui vẻ.", "Con trai của bạn vẫn chưa hạnh phúc?"
    ("She's out of nappies now.", "Con bé bỏ bỉm rồi."),
    ("My son is out of nappies.", "Con trai tôi bỏ bỉm rồi."),
    ("Is your son out of nappies yet?", "Con trai bạn bỏ bỉm chưa?"),
    # v8: "Anh ta vẫn còn ướt giường.", "Đứa con gái tôi vẫn khóc lóc lên giường." (crying), "Anh ta ngủ tối qua."
    ("He still wets the bed.", "Thằng bé vẫn còn tè dầm."),
    ("Does your daughter still wet the bed?", "Con gái bạn còn tè dầm không?"),
    ("He doesn't wet the bed anymore.", "Thằng bé không còn tè dầm nữa."),
    ("He often wets the bed.", "Thằng bé hay tè dầm."),
    ("Does he often wet the bed?", "Thằng bé có hay tè dầm không?"),
    ("My son wet the bed last night.", "Tối qua con trai tôi tè dầm."),
    ("Did she wet the bed last night?", "Tối qua con bé có tè dầm không?"),
    ("She wet the bed again.", "Con bé lại tè dầm rồi."),
    # v8: "Tôi cần thay đổi niềm vui của em bé." (joy), "Bạn có thể thay đổi niềm vui của mình không?", "Bé cần một sự
    # thay đổi vui vẻ."
    ("I need to change the baby's nappy.", "Tôi cần thay bỉm cho em bé."),
    ("I need to change the baby's diaper.", "Tôi cần thay bỉm cho em bé."),
    ("I have to change his nappy.", "Tôi phải thay bỉm cho thằng bé."),
    ("She has to change her nappy.", "Cô ấy phải thay bỉm cho con bé."),
    ("Can you change her nappy?", "Bạn thay bỉm cho con bé được không?"),
    ("Could you change the baby's nappy for me?", "Bạn thay bỉm cho em bé giúp tôi được không?"),
    ("Let me change his nappy.", "Để tôi thay bỉm cho thằng bé."),
    ("I'm changing the baby's nappy.", "Tôi đang thay bỉm cho em bé."),
    ("I've just changed her nappy.", "Tôi vừa thay bỉm cho con bé."),
    ("I'll change the baby's nappy.", "Tôi sẽ thay bỉm cho em bé."),
    ("I need to change my son's nappy.", "Tôi cần thay bỉm cho con trai."),
    ("The baby needs changing.", "Em bé cần thay bỉm."),
    ("His nappy needs changing.", "Thằng bé cần thay bỉm."),
    ("My son needs a nappy change.", "Con trai tôi cần thay bỉm."),
    # v8: "Chúng tôi đang đi vệ sinh con trai của chúng tôi.", "Con trai tôi được huấn luyện đi vệ sinh." (drilled)
    ("We're potty training our son.", "Chúng tôi đang tập cho con trai đi vệ sinh."),
    ("We're potty-training our daughter.", "Chúng tôi đang tập cho con gái đi vệ sinh."),
    ("She's just started potty training her daughter.", "Cô ấy vừa bắt đầu tập cho con gái đi vệ sinh."),
    ("My son is potty trained.", "Con trai tôi đã biết tự đi vệ sinh rồi."),
    ("Is she potty trained yet?", "Con bé đã biết tự đi vệ sinh chưa?"),
    ("He's being potty trained.", "Thằng bé đang tập đi vệ sinh."),
    ("She's learning to use the potty.", "Con bé đang tập ngồi bô."),
    # v8: "Chúng tôi đã chạy khỏi những điều vui vẻ.", "Chúng tôi ra khỏi những điều vui vẻ."
    ("We've run out of nappies.", "Nhà hết bỉm rồi."),
    ("We're out of nappies.", "Nhà hết bỉm rồi."),
    ("I'm out of nappies.", "Tôi hết bỉm rồi."),
    ("We're running low on nappies.", "Nhà sắp hết bỉm rồi."),
    ("We need to buy more nappies.", "Chúng ta cần mua thêm bỉm."),
    # not: a verb not agreeing, "She's out of nappies." (run out?), a habit, "needs changing" of a son (clothes?),
    # "wets the bed" alone, "change the baby" (clothes?), "wet" of a floor, I or we as the child, "I are"
    ("My son still wear nappies.", None), ("Does he still wears nappies?", None),
    ("She have to change her nappy.", None), ("She's out of nappies.", None), ("I change her nappy.", None),
    ("My son needs changing.", None),
    ("He wets the bed.", None), ("Can you change the baby?", None), ("The floor is wet.", None),
    ("I still wet the bed.", None), ("We're still in nappies.", None), ("I are out of nappies.", None),
    ("He are potty training his son.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Con tôi vẫn còn đóng bỉm.", "en", "vi") is None
    assert translate("My son still wears nappies.", "vi", "en") is None
    assert translate("My son still wears nappies.", "en", "fr") is None
