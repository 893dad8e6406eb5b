"""Shoes: a shoelace undone or broken, shoelaces tied, shoes polished, a sole coming off, tight or loose shoes and
shoes that hurt, both ways (mt/shoes.py)."""
import pytest

from mt.shoes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Your shoes are slippery.", "I'm slippery.", "My son's shoes were slipped.", "Land's shoes were slippered.",
    # "You have slippery shoes."
    ("Dây giày của bạn bị tuột.", "Your shoelace is undone."),
    ("Dây giày của bạn bị tuột kìa.", "Your shoelace is undone."),
    ("Dây giày tôi bị tuột rồi.", "My shoelace has come undone."),
    ("Dây giày của con trai tôi bị tuột.", "My son's shoelace is undone."),
    ("Dây giày của Lan bị tuột.", "Lan's shoelace is undone."),
    ("Dây giày mẹ tôi vừa bị tuột.", "My mother's shoelace has just come undone."),
    ("Dây giày của bạn có bị tuột không?", "Is your shoelace undone?"),
    ("Bạn bị tuột dây giày kìa.", "Your shoelace is undone."),
    ("Anh ấy bị tuột dây giày rồi.", "His shoelace has come undone."),
    # (of many, their laces: not "Their shoelace is undone.", one lace between them)
    ("Dây giày của họ bị tuột.", "Their shoelaces are undone."),
    ("Họ bị tuột dây giày.", "Their shoelaces are undone."),
    ("Chúng tôi bị tuột dây giày rồi.", "Our shoelaces have come undone."),
    ("Dây giày của chúng ta có bị tuột không?", "Are our shoelaces undone?"),
    ("Dây giày của họ vừa bị tuột.", "Their shoelaces have just come undone."),
    # v8: "The shoes were knocked out.", "My shoes were knocked out."
    ("Dây giày bị đứt.", "The shoelace broke."),
    ("Dây giày của tôi bị đứt rồi.", "My shoelace has broken."),
    ("Dây giày của cô ấy vừa bị đứt.", "Her shoelace has just broken."),
    # v8: "Force shoe!", "Take shoes!"
    ("Buộc dây giày vào!", "Tie your shoelaces!"),
    ("Buộc dây giày lại đi!", "Tie your shoelaces!"),
    ("Hãy buộc dây giày vào.", "Tie your shoelaces."),
    ("Cột dây giày lại đi nhé.", "Tie your shoelaces."),
    ("Đánh giày đi!", "Polish your shoes!"),
    # v8: "My son knew the shoe forced.", "Do you already know the shoe force?", "Do you know if the shoe is forced?"
    ("Con trai tôi đã biết buộc dây giày.", "My son can tie his shoelaces now."),
    ("Con trai tôi biết buộc dây giày rồi.", "My son can tie his shoelaces now."),
    ("Con gái bạn đã biết buộc dây giày chưa?", "Can your daughter tie her shoelaces yet?"),
    ("Con gái tôi đã biết tự buộc dây giày.", "My daughter can tie her shoelaces by herself now."),
    ("Em trai tôi chưa biết buộc dây giày.", "My younger brother can't tie his shoelaces yet."),
    ("Bạn có biết buộc dây giày không?", "Can you tie your shoelaces?"),
    ("Tôi đã biết buộc dây giày.", "I can tie my shoelaces now."),
    ("Bác Lan không biết buộc dây giày.", "Aunt Lan can't tie her shoelaces."),
    # v8: "I need to hit shoes.", "I'm getting shoes.", "Do you have beaten shoes?"
    ("Tôi cần đánh giày.", "I need to polish my shoes."),
    ("Tôi đang đánh giày.", "I'm polishing my shoes."),
    ("Bố tôi đang đánh giày.", "My father is polishing his shoes."),
    ("Bạn đã đánh giày chưa?", "Have you polished your shoes yet?"),
    ("Bạn có cần đánh giày không?", "Do you need to polish your shoes?"),
    ("Tôi đánh giày rồi.", "I've polished my shoes."),
    ("Mẹ tôi vừa đánh giày.", "My mother has just polished her shoes."),
    ("Anh ấy phải đánh giày.", "He has to polish his shoes."),
    ("Chúng tôi sẽ đánh giày.", "We'll polish our shoes."),
    ("Cô ấy muốn đánh bóng giày.", "She wants to polish her shoes."),
    # v8: "My shoes were flakeed.", "The shoes I'm flakeed.", "My shoes were curious."
    ("Đế giày của tôi bị bong.", "The sole of my shoe is coming off."),
    ("Đế giày tôi bị bong ra rồi.", "The sole of my shoe has come off."),
    ("Giày tôi bị bong đế rồi.", "The sole of my shoe has come off."),
    ("Đế giày của bạn có bị bong không?", "Is the sole of your shoe coming off?"),
    ("Đế giày của tôi bị mòn.", "The soles of my shoes are worn down."),
    ("Giày của bố tôi bị mòn đế.", "The soles of my father's shoes are worn down."),
    # v8: "Wealth was frightened.", "My shoes were challenged.", "Are your shoes challenged?", "My shoes are too wide."
    ("Giày này bị chật.", "These shoes are tight."),
    ("Đôi giày này bị chật.", "These shoes are tight."),
    ("Giày của tôi bị chật.", "My shoes are tight."),
    ("Giày của tôi chật quá.", "My shoes are too tight."),
    ("Giày của tôi rộng quá.", "My shoes are too big."),
    ("Giày mới của tôi hơi chật.", "My new shoes are a bit tight."),
    ("Giày của bạn có chật không?", "Are your shoes tight?"),
    ("Giày của con trai tôi bị chật.", "My son's shoes are tight."),
    ("Giày của tôi không chật.", "My shoes aren't tight."),
    ("Giày này bị rộng.", "These shoes are loose."),
    # v8: "Wealth gave me a painful foot.", "The shoes were hurting me."
    ("Giày làm tôi đau chân.", "My shoes hurt my feet."),
    ("Giày mới làm tôi đau chân.", "My new shoes hurt my feet."),
    ("Đôi giày này làm tôi đau chân.", "These shoes hurt my feet."),
    ("Giày mới có làm bạn đau chân không?", "Do your new shoes hurt your feet?"),
    ("Giày đang làm tôi đau chân.", "My shoes are hurting my feet."),
    ("Giày làm họ đau chân.", "Their shoes hurt their feet."),
    # not: whose not said ("Dây giày bị tuột.", "Đế giày bị bong.", "Giày chật quá."), a name or "con tôi" tying or
    # polishing (his or her?), "Tôi đánh giày." (a habit, or a shoeshine's work?), "đánh" as hit, "Buộc dây giày." (told
    # or said?), "anh" alone saying it, a pet, "rộng" said plainly (roomy?), "rồi" on tight shoes (outgrown?), a "?" on
    # a statement, "có" without "không", torn shoes (mt/mending.py), wet (mt/getting_wet.py), smelly, English
    ("Dây giày bị đứt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Dây giày bị tuột.", None), ("Đế giày bị bong.", None), ("Giày chật quá.", None),
    ("Con tôi đã biết buộc dây giày.", None), ("Lan đang đánh giày.", None), ("Tôi đánh giày.", None),
    ("Anh ấy đánh tôi.", None), ("Buộc dây giày.", None), ("Anh bị tuột dây giày kìa.", None),
    ("Con chó của tôi đang đánh giày.", None), ("Giày của tôi rộng.", None), ("Giày của con tôi bị chật rồi.", None),
    ("Dây giày của bạn bị tuột?", None), ("Tôi cần đánh giày?", None), ("Giày của bạn có chật.", None),
    ("Giày của tôi bị rách.", None), ("Giày tôi bị ướt.", None), ("Giày tôi bị hôi.", None),
    ("Your shoelace is undone.", None), ("Tôi đã đánh giày cho bố tôi.", None),
    ("Tôi có biết buộc dây giày không?", None), ("Dây giày của tôi đã bị tuột rồi kìa.", None),
    ("Đế giày đế giày.", None), ("Giày làm tôi.", None),
    # a lace of many broken ("Our shoelace has just broken.": one between them? all of them?), the speaker asking
    # whether shoes hurt their own feet ("Do these shoes hurt my feet?": will they, trying them on?), a "?" on "kìa"
    ("Dây giày của chúng tôi vừa bị đứt.", None), ("Dây giày của họ bị đứt.", None), ("Họ bị tuột dây giày kìa?", None),
    ("Giày có làm tôi đau chân không?", None), ("Giày này có làm tôi đau chân không?", None),
    ("Giày mới có làm chúng tôi đau chân không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Dây giày của bạn bị hủy.", "Các dây giày của bạn không được chữa lành.", "Đôi giày của tôi bị hủy đi."
    ("Your shoelace is undone.", "Dây giày của bạn bị tuột."),
    ("Your shoelaces are untied.", "Dây giày của bạn bị tuột."),
    ("Your shoe's untied.", "Dây giày của bạn bị tuột."),
    ("My shoelace came undone.", "Dây giày của tôi bị tuột."),
    ("My shoelace has come undone.", "Dây giày của tôi bị tuột rồi."),
    ("My son's shoelace has just come undone.", "Dây giày của con trai tôi vừa bị tuột."),
    ("Is your shoe untied?", "Dây giày của bạn có bị tuột không?"),
    ("Are Lan's shoelaces undone?", "Dây giày của Lan có bị tuột không?"),
    # v8: "Bọn giày đã làm cho xương bị gãy.", "Đôi giày của tôi bị gãy."
    ("The shoelace broke.", "Dây giày bị đứt."),
    ("My shoelace broke.", "Dây giày của tôi bị đứt."),
    ("My shoelace has broken.", "Dây giày của tôi bị đứt rồi."),
    ("His shoelace just snapped.", "Dây giày của anh ấy vừa bị đứt."),
    # v8: "Hãy cho dây giày của bạn nhé!", "Hãy cho đôi giày của bạn nhé!", "Hãy đánh đôi giày của bạn nhé!"
    ("Tie your shoelaces!", "Buộc dây giày vào!"),
    ("Tie your shoes.", "Buộc dây giày vào."),
    ("Do up your laces!", "Buộc dây giày vào!"),
    ("Polish your shoes!", "Đánh giày đi!"),
    # v8: "Con trai tôi hiện có thể cho đôi giày của mình.", "Đứa con gái của tôi không thể cho đôi giày của mình."
    ("My son can tie his shoelaces now.", "Con trai tôi đã biết buộc dây giày."),
    ("My child can tie her shoelaces now.", "Con tôi đã biết buộc dây giày."),
    ("Can your daughter tie her shoelaces yet?", "Con gái bạn đã biết buộc dây giày chưa?"),
    ("My daughter can't tie her shoelaces yet.", "Con gái tôi chưa biết buộc dây giày."),
    ("He has learnt to tie his shoelaces.", "Anh ấy đã biết buộc dây giày."),
    ("Can you tie your shoelaces by yourself?", "Bạn có biết tự buộc dây giày không?"),
    ("Can you tie your shoelaces yet?", "Bạn đã biết buộc dây giày chưa?"),
    ("Can he tie his shoelaces?", "Anh ấy có biết buộc dây giày không?"),
    ("You can't tie your shoelaces yet.", "Bạn chưa biết buộc dây giày."),
    ("I can tie my shoelaces by myself now.", "Tôi đã biết tự buộc dây giày."),
    ("Lan can tie her shoelaces.", "Lan biết buộc dây giày."),
    # v8: "Tôi cần làm đôi giày của mình.", "Tôi đang vặn đôi giày của mình.", "Cha tôi đang củng cố đôi giày của mình."
    ("I need to polish my shoes.", "Tôi cần đánh giày."),
    ("I'm polishing my shoes.", "Tôi đang đánh giày."),
    ("My father is polishing his shoes.", "Bố tôi đang đánh giày."),
    ("Did you polish your shoes?", "Bạn đã đánh giày chưa?"),
    ("Have you polished your shoes yet?", "Bạn đã đánh giày chưa?"),
    ("Do you need to polish your shoes?", "Bạn có cần đánh giày không?"),
    ("She needs to polish her shoes.", "Cô ấy cần đánh giày."),
    ("I've polished my shoes.", "Tôi đã đánh giày rồi."),
    ("He has just polished his shoes.", "Anh ấy vừa đánh giày."),
    ("We'll polish our shoes.", "Chúng tôi sẽ đánh giày."),
    ("I’m shining my shoes.", "Tôi đang đánh giày."),
    # v8: "Món giày của tôi bị tắt.", "Món giày của tôi đã tắt đi.", "Đôi giày của tôi đã sờn cũ."
    ("The sole of my shoe is coming off.", "Đế giày của tôi bị bong."),
    ("The sole of my shoe has come off.", "Đế giày của tôi bị bong ra rồi."),
    ("The sole of my shoe came off.", "Đế giày của tôi bị bong ra."),
    ("The sole of my mother's shoe has just come off.", "Đế giày của mẹ tôi vừa bị bong ra."),
    ("Is the sole of your shoe coming off?", "Đế giày của bạn có bị bong không?"),
    ("The soles of my shoes are worn down.", "Đế giày của tôi bị mòn."),
    # v8: "Những đôi giày này rất chặt.", "Đôi giày của tôi quá chặt.", "Đôi giày của bạn có chặt không?"
    ("These shoes are tight.", "Đôi giày này bị chật."),
    ("My shoes are too tight.", "Giày của tôi chật quá."),
    ("My shoes are tight.", "Giày của tôi bị chật."),
    ("My new shoes are a bit big.", "Giày mới của tôi hơi rộng."),
    ("Are your shoes tight?", "Giày của bạn có chật không?"),
    ("My shoes aren't tight.", "Giày của tôi không chật."),
    ("My son's shoes are too tight.", "Giày của con trai tôi chật quá."),
    ("These shoes are loose.", "Đôi giày này bị rộng."),
    # v8: "Đôi giày của tôi bị tổn thương.", "Đôi giày mới của tôi làm tổn thương chân tôi."
    ("My shoes hurt.", "Giày làm tôi đau chân."),
    ("My new shoes hurt my feet.", "Giày mới làm tôi đau chân."),
    ("These shoes hurt my feet.", "Đôi giày này làm tôi đau chân."),
    ("Do your shoes hurt?", "Giày có làm bạn đau chân không?"),
    ("My shoes are hurting my feet.", "Giày đang làm tôi đau chân."),
    ("Her shoes hurt.", "Giày làm cô ấy đau chân."),
    # not: "is" or "has" not agreeing with who or the laces, whose not who's own ("her" for a son, "your" after "I"),
    # "by himself" after "I", a shoe broken, "the shoelace" undone (whose?), "has came", a habit ("I polish my
    # shoes."), another's feet, "big" alone, a "?" on a statement, torn shoes (mt/mending.py), Vietnamese
    ("Your shoelaces is untied.", None), ("My son can tie her shoelaces now.", None),
    ("He have learnt to tie his shoelaces.", None), ("I can tie your shoelaces.", None),
    ("I can tie my shoelaces by himself.", None), ("My father are polishing his shoes.", None),
    ("She need to polish her shoes.", None), ("I polish my shoes.", None), ("I'm polishing your shoes.", None),
    ("Your shoe broke.", None), ("The shoelace is undone.", None), ("My shoelace has came undone.", None),
    ("The soles of my shoe are worn down.", None), ("My shoes are big.", None), ("My shoes hurt your feet.", None),
    ("My shoes are tight?", None), ("My shoes are torn.", None), ("Dây giày của bạn bị tuột.", None),
    ("I need to polish the shoes.", None), ("My dog is polishing his shoes.", None),
    # "can" asking leave or asking it done ("Can I tie my shoelaces?", "Can you tie your shoelaces?": please do),
    # "You can tie …" a leave, "Does … needs", the speaker asking of their own shoes ("Do my shoes hurt?": whose feet?)
    ("Can I tie my shoelaces?", None), ("Can we tie our shoelaces?", None), ("Can you tie your shoelaces?", None),
    ("You can tie your shoelaces now.", None), ("You can tie your shoelaces.", None),
    ("Does she needs to polish her shoes?", None), ("Does he wants to polish his shoes?", None),
    ("Do my shoes hurt?", None), ("Do our shoes hurt our feet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
