"""Tests of mt/appetite.py: an appetite lost, a sense of taste or smell lost or come back, both ways."""
import pytest

from mt.appetite import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child eats no appetite.", "I was tired of eating.", "My mother was tired of eating.",
    # "This rice I am tired of eating.", "My father was tired of eating from sickness.", "Are you depressed?"
    ("Con tôi ăn không ngon miệng.", "My child has no appetite."),
    ("Con tôi ăn không thấy ngon miệng.", "My child has no appetite."),
    ("Tôi không thấy ngon miệng.", "I have no appetite."),
    ("Tôi bị chán ăn.", "I have no appetite."),
    ("Tôi chán ăn.", "I have no appetite."),
    ("Mẹ tôi bị chán ăn.", "My mother has no appetite."),
    ("Bà tôi chán ăn.", "My grandmother has no appetite."),
    ("Anh ấy bị chán ăn.", "He has no appetite."),
    ("Cô ấy ăn không ngon miệng.", "She has no appetite."),
    ("Lan bị chán ăn.", "Lan has no appetite."),
    ("Dạo này tôi chán ăn.", "I've had no appetite lately."),
    ("Dạo này con tôi ăn không ngon miệng.", "My child has had no appetite lately."),
    ("Mấy hôm nay con tôi chán ăn.", "My child has had no appetite for the past few days."),
    ("Mấy ngày nay bố tôi ăn không ngon miệng.", "My father has had no appetite for the past few days."),
    ("Con gái tôi chán ăn dạo này.", "My daughter has had no appetite lately."),
    ("Bố tôi chán ăn từ khi bị ốm.", "My father has had no appetite since falling ill."),
    ("Ông tôi ăn không ngon miệng từ lúc ốm.", "My grandfather has had no appetite since falling ill."),
    ("Bạn có bị chán ăn không?", "Have you lost your appetite?"),
    ("Mẹ bạn có bị chán ăn không?", "Has your mother lost her appetite?"),
    # v8: "I'm lost my sense.", "I'm lost the sensation.", "Lan was lost to the past.", "My mother was lost the taste
    # after the covidor.", "I'm lost the past after I'm feeling.", "Did you lose the feeling?"
    ("Tôi bị mất vị giác.", "I've lost my sense of taste."),
    ("Tôi bị mất khứu giác.", "I've lost my sense of smell."),
    ("Tôi đã bị mất vị giác.", "I've lost my sense of taste."),
    ("Tôi mất vị giác rồi.", "I've lost my sense of taste."),
    ("Mẹ tôi bị mất vị giác.", "My mother has lost her sense of taste."),
    ("Bố tôi bị mất khứu giác.", "My father has lost his sense of smell."),
    ("Chị gái tôi bị mất khứu giác.", "My sister has lost her sense of smell."),
    ("Anh ấy bị mất vị giác.", "He's lost his sense of taste."),
    ("Lan bị mất khứu giác.", "Lan has lost her sense of smell."),
    ("Hùng bị mất vị giác.", "Hung has lost his sense of taste."),
    ("Chúng tôi bị mất vị giác.", "We've lost our sense of taste."),
    ("Tôi bị mất vị giác và khứu giác.", "I've lost my sense of taste and smell."),
    ("Tôi mất cả vị giác lẫn khứu giác.", "I've lost my sense of taste and smell."),
    ("Mẹ tôi bị mất vị giác sau khi bị covid.", "My mother lost her sense of taste after having Covid."),
    ("Tôi bị mất khứu giác sau khi bị cảm.", "I lost my sense of smell after a cold."),
    ("Bố tôi bị mất vị giác sau khi mắc covid.", "My father lost his sense of taste after having Covid."),
    ("Cô ấy mất khứu giác sau khi bị cúm.", "She lost her sense of smell after the flu."),
    ("Bạn có bị mất vị giác không?", "Have you lost your sense of taste?"),
    ("Bạn có bị mất khứu giác không?", "Have you lost your sense of smell?"),
    ("Bố bạn có bị mất vị giác không?", "Has your father lost his sense of taste?"),
    # v8: "I can't feel anything.", "My mother didn't feel anything.", "I can't taste."; then ("… ăn gì cũng thấy
    # nhạt."): "I eat something light.", "My mother had eaten light."
    ("Tôi không cảm nhận được vị gì cả.", "I can't taste anything."),
    ("Tôi không nếm được vị gì.", "I can't taste anything."),
    ("Mẹ tôi không cảm nhận được vị gì.", "My mother can't taste anything."),
    ("Tôi ăn gì cũng thấy nhạt.", "Everything I eat tastes bland."),
    ("Mẹ tôi ăn gì cũng thấy nhạt.", "Everything my mother eats tastes bland."),
    ("Anh ấy ăn gì cũng thấy nhạt nhẽo.", "Everything he eats tastes bland."),
    ("Dạo này tôi ăn gì cũng thấy nhạt.", "Everything I eat tastes bland these days."),
    ("Mấy hôm nay bà tôi ăn gì cũng thấy nhạt.",
     "Everything my grandmother eats has tasted bland for the past few days."),
    # v8: "My taste returned.", "My sensation has not returned.", "Are your taste back yet?"
    ("Vị giác của tôi đã trở lại.", "My sense of taste has come back."),
    ("Khứu giác của tôi đã trở lại rồi.", "My sense of smell has come back."),
    ("Vị giác của mẹ tôi đã hồi phục.", "My mother's sense of taste has come back."),
    ("Khứu giác của tôi chưa trở lại.", "My sense of smell hasn't come back yet."),
    ("Vị giác của Lan chưa hồi phục.", "Lan's sense of taste hasn't come back yet."),
    ("Vị giác của bạn đã trở lại chưa?", "Has your sense of taste come back yet?"),
    ("Khứu giác của bố bạn đã hồi phục chưa?", "Has your father's sense of smell come back yet?"),
    ("Khứu giác của tôi trở lại rồi.", "My sense of smell has come back."),
    # not: what v8 writes right ("không muốn ăn gì", "không ngửi thấy gì"), a poor appetite (mt/picky_eating.py), an
    # offer or a wish, "I" asked, a "?" on a statement, "thế"/"vậy" said, "nhỉ", "anh" or "em" alone, a pet, whose not
    # known ("bạn tôi", "con bạn"), how long asked or said twice, "chưa" asked of a loss, a sense back not done, the
    # other language, nonsense
    ("Tôi không muốn ăn gì.", None), ("Con tôi biếng ăn.", None), ("Bạn có ăn ngon miệng không?", None),
    ("Chúc bạn ngon miệng.", None), ("Tôi không ngửi thấy gì.", None), ("Tôi đã mất vị giác chưa?", None),
    ("Tôi có bị mất vị giác không?", None), ("Tôi bị mất vị giác?", None), ("Tôi bị chán ăn?", None),
    ("Tôi bị mất vị giác thế.", None), ("Dạo này tôi chán ăn vậy.", None), ("Tôi bị mất vị giác nhỉ.", None),
    ("Anh bị mất vị giác.", None), ("Em có bị chán ăn không ạ?", None), ("Con chó của tôi bị chán ăn.", None),
    ("Con mèo của tôi bị mất khứu giác.", None), ("Bạn tôi bị mất vị giác.", None),
    ("Dạo này bạn có chán ăn không?", None), ("Bạn có ăn không ngon miệng không?", None),
    ("Vị giác của con chó tôi đã trở lại.", None), ("Vị giác của tôi trở lại.", None), ("Vị giác đã trở lại.", None),
    ("Dạo này tôi chán ăn mấy hôm nay.", None), ("Bạn có bị mất vị giác sau khi bị covid không?", None),
    ("Tôi bị mất vị giác rồi sau khi bị covid.", None), ("Vị giác của bạn chưa trở lại chưa?", None),
    ("Tôi bị mất khẩu vị.", None), ("I've lost my sense of taste.", None), ("Chán ăn chán ăn chán ăn.", None),
    ("Bố mẹ tôi chán ăn.", None), ("Con bạn có chán ăn không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi đã mất sự ăn uống của mình.", "Tôi đã mất sự ăn uống.", "Bạn đã mất sự ăn ngon của mình
    # chưa?"
    ("My son has lost his appetite.", "Con trai tôi bị chán ăn."),
    ("I've lost my appetite.", "Tôi bị chán ăn."),
    ("I have lost my appetite.", "Tôi bị chán ăn."),
    ("My mother has lost her appetite.", "Mẹ tôi bị chán ăn."),
    ("She's lost her appetite.", "Cô ấy bị chán ăn."),
    ("He has lost his appetite.", "Anh ấy bị chán ăn."),
    ("We've lost our appetite.", "Chúng tôi bị chán ăn."),
    ("Lan has lost her appetite.", "Lan bị chán ăn."),
    ("Have you lost your appetite?", "Bạn có bị chán ăn không?"),
    ("Has your son lost his appetite?", "Con trai bạn có bị chán ăn không?"),
    ("Has she lost her appetite?", "Cô ấy có bị chán ăn không?"),
    # v8: "Tôi đã không ăn nhiều một cách ăn cuối." (I haven't had much of an appetite lately)
    ("I've had no appetite lately.", "Dạo này tôi chán ăn."),
    ("My child has had no appetite for the past few days.", "Mấy hôm nay con tôi chán ăn."),
    ("My father has had no appetite since falling ill.", "Bố tôi chán ăn từ khi bị ốm."),
    ("She has had no appetite recently.", "Dạo này cô ấy chán ăn."),
    ("I haven't had much of an appetite lately.", "Dạo này tôi ăn không ngon miệng."),
    ("My mother hasn't had much of an appetite for the past few days.", "Mấy hôm nay mẹ tôi ăn không ngon miệng."),
    ("He hasn't had much of an appetite since falling ill.", "Anh ấy ăn không ngon miệng từ khi bị ốm."),
    # v8: "Tôi đã mất mùi vị.", "Tôi đã mất mùi hương.", "Mẹ tôi mất mùi vị của cô ấy sau khi có Covid.", "Tôi đã
    # mất mùi hương của mình sau khi lạnh.", "Bạn đã mất mùi hương của mình chưa?", "Lan đã mất mùi vị." (taste)
    ("I've lost my sense of taste.", "Tôi bị mất vị giác."),
    ("I've lost my sense of smell.", "Tôi bị mất khứu giác."),
    ("I have lost my sense of taste and smell.", "Tôi bị mất vị giác và khứu giác."),
    ("My mother has lost her sense of taste.", "Mẹ tôi bị mất vị giác."),
    ("My father's lost his sense of smell.", "Bố tôi bị mất khứu giác."),
    ("Lan has lost her sense of smell.", "Lan bị mất khứu giác."),
    ("They've lost their sense of smell.", "Họ bị mất khứu giác."),
    ("My mother lost her sense of taste after having Covid.", "Mẹ tôi bị mất vị giác sau khi bị covid."),
    ("I lost my sense of smell after a cold.", "Tôi bị mất khứu giác sau khi bị cảm."),
    ("He lost his sense of taste after the flu.", "Anh ấy bị mất vị giác sau khi bị cúm."),
    ("My sister lost her sense of smell after Covid.", "Em gái tôi bị mất khứu giác sau khi bị covid."),
    ("Have you lost your sense of smell?", "Bạn có bị mất khứu giác không?"),
    ("Has your father lost his sense of taste?", "Bố bạn có bị mất vị giác không?"),
    ("Has she lost her sense of taste and smell?", "Cô ấy có bị mất vị giác và khứu giác không?"),
    # v8: "Tôi không thể mùi vị gì cả.", "Mọi thứ mà tôi ăn được mùi vị bắp."
    ("I can't taste anything.", "Tôi không cảm nhận được vị gì cả."),
    ("My grandmother can't taste anything at all.", "Bà tôi không cảm nhận được vị gì cả."),
    ("She cannot taste anything.", "Cô ấy không cảm nhận được vị gì cả."),
    ("Everything I eat tastes bland.", "Tôi ăn gì cũng thấy nhạt."),
    ("Everything my mother eats tastes bland.", "Mẹ tôi ăn gì cũng thấy nhạt."),
    ("Everything he eats tastes bland these days.", "Dạo này anh ấy ăn gì cũng thấy nhạt."),
    # v8: "Món của tôi có mùi vị trở lại.", "Có cảm giác của bạn bị mùi trở lại không?"
    ("My sense of taste has come back.", "Vị giác của tôi đã trở lại."),
    ("My sense of smell's come back.", "Khứu giác của tôi đã trở lại."),
    ("My mother's sense of taste has come back.", "Vị giác của mẹ tôi đã trở lại."),
    ("Lan's sense of smell has come back.", "Khứu giác của Lan đã trở lại."),
    ("My sense of smell hasn't come back yet.", "Khứu giác của tôi chưa trở lại."),
    ("His sense of taste has not come back yet.", "Vị giác của anh ấy chưa trở lại."),
    ("Has your sense of smell come back yet?", "Khứu giác của bạn đã trở lại chưa?"),
    ("Has your father's sense of taste come back yet?", "Vị giác của bố bạn đã trở lại chưa?"),
    ("My grandfather has lost his appetite.", "Ông tôi bị chán ăn."),
    ("My daughter has lost her sense of taste.", "Con gái tôi bị mất vị giác."),
    ("My brother lost his sense of smell after a cold.", "Anh trai tôi bị mất khứu giác sau khi bị cảm."),
    ("Her sense of taste has come back.", "Vị giác của cô ấy đã trở lại."),
    ("We haven't had much of an appetite lately.", "Dạo này chúng tôi ăn không ngon miệng."),
    ("Everything we eat tastes bland.", "Chúng tôi ăn gì cũng thấy nhạt."),
    # not: what v8 writes right ("I have no appetite.", "I can't smell anything."), mt/picky_eating.py's, "lost" without
    # when, another's appetite, a verb not agreeing, "I" asked, a "?" on a statement or none on a question, a pet,
    # "the", "yet" where none is said, "after" asked or with the perfect, the other language, nonsense
    ("I have no appetite.", None), ("I can't smell anything.", None), ("I don't feel like eating anything.", None),
    ("My child hasn't been eating well lately.", None), ("My child has a poor appetite.", None),
    ("I lost my appetite.", None), ("I've lost your appetite.", None), ("My son has lost her appetite.", None),
    ("Lan has lost his appetite.", None), ("She have lost her appetite.", None),
    ("I has lost my sense of taste.", None), ("Have I lost my sense of taste?", None),
    ("Has you lost your sense of smell?", None), ("I've lost my appetite?", None),
    ("Have you lost your appetite.", None), ("My dog has lost his appetite.", None),
    ("I've lost the appetite.", None), ("Everything I eats tastes bland.", None),
    ("Everything my mother eat tastes bland.", None), ("My dog's sense of smell has come back.", None),
    ("My sense of taste has come back yet.", None), ("Has my sense of taste come back?", None),
    ("My sense of smell come back.", None), ("Have you lost your sense of smell after Covid?", None),
    ("I've lost my appetite after having Covid.", None), ("He hasn't had much of an appetite.", None),
    ("Tôi bị mất vị giác.", None), ("Appetite appetite appetite.", None),
    # "we" asked may be "chúng ta" (all of us here) or "chúng tôi" (we, not you): none sure
    ("Have we lost our appetite?", None), ("Have we lost our sense of smell?", None),
    ("Has our sense of taste come back yet?", None), ("Has our son lost his appetite?", None),
    ("Has our son's sense of smell come back yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
