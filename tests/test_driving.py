"""Driving, a driving licence, a flat tyre and petrol, both ways (mt/driving.py)."""
import pytest

from mt.driving import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He driving too fast.", "She's very careful.", "My mother was very slow."
    ("Anh ấy lái xe nhanh quá.", "He drives too fast."),
    ("Anh ấy lái xe quá nhanh.", "He drives too fast."),
    ("Cô ấy lái xe rất cẩn thận.", "She drives very carefully."),
    ("Mẹ tôi lái xe chậm lắm.", "My mother drives very slowly."),
    ("Bố tôi luôn lái xe cẩn thận.", "My father always drives carefully."),
    ("Họ lái xe ẩu lắm.", "They drive very recklessly."),
    ("Bạn lái nhanh quá!", "You drive too fast!"),
    ("Anh ấy có lái xe nhanh không?", "Does he drive fast?"),
    ("Tôi không lái xe nhanh lắm.", "I don't drive very fast."),
    ("Chị có lái xe không?", "Do you drive?"),
    ("Cô ấy không lái xe.", "She doesn't drive."),
    # v8: "Drive is slow.", "It's slow."
    ("Lái xe chậm thôi.", "Drive more slowly."),
    ("Làm ơn lái chậm thôi.", "Please drive more slowly."),
    ("Đừng lái nhanh quá!", "Don't drive too fast!"),
    ("Anh đừng lái xe ẩu nhé.", "Don't drive recklessly."),
    ("Lái nhanh lên!", "Drive faster!"),
    # v8: "Do you drive?" (the licence lost), "He hasn't been steering.", "I took the driver last year.", "I'm just
    # driving."
    ("Bạn có bằng lái không?", "Do you have a driving licence?"),
    ("Bạn đã có bằng lái chưa?", "Do you have a driving licence yet?"),
    ("Tôi không có bằng lái.", "I don't have a driving licence."),
    ("Anh ấy chưa có bằng lái.", "He doesn't have a driving licence yet."),
    ("Tôi đã có bằng lái rồi.", "I already have a driving licence."),
    ("Tôi có bằng lái xe máy.", "I have a motorbike licence."),
    ("Tôi lấy bằng lái năm ngoái.", "I got my driving licence last year."),
    ("Tháng trước chị ấy lấy bằng lái xe.", "She got her driving licence last month."),
    ("Tôi mới lấy bằng lái.", "I've just got my driving licence."),
    ("Mẹ tôi vừa lấy bằng lái xe.", "My mother has just got her driving licence."),
    # v8: "My bicycles are tires.", "My car is sprayed.", "I'm getting a tire.", "His motorcycle was tires."
    ("Xe đạp của tôi bị thủng lốp.", "My bike has a flat tyre."),
    ("Xe của tôi bị xịt lốp.", "I've got a flat tyre."),
    ("Xe tôi bị thủng lốp rồi.", "I've got a flat tyre."),
    ("Xe máy của anh ấy bị thủng lốp.", "His motorbike has a flat tyre."),
    ("Xe của mẹ tôi lại bị xịt lốp rồi.", "My mother has got a flat tyre again."),
    ("Xe đạp bị thủng lốp rồi.", "The bike has a flat tyre."),
    # v8: "I have to go to gas.", "Empty it's full for me."
    ("Tôi phải đi đổ xăng.", "I have to get petrol."),
    ("Chúng ta cần đổ xăng.", "We need to get petrol."),
    ("Bạn có cần đổ xăng không?", "Do you need to get petrol?"),
    ("Anh ấy vừa đổ đầy bình.", "He's just filled up the tank."),
    ("Tôi đi đổ xăng.", "I'm going to get petrol."),
    ("Đổ đầy bình giúp tôi nhé.", "Fill it up, please."),
    # v8: "Who driving?", "Who drivers?", "Who'll driving?"
    ("Ai lái xe?", "Who's driving?"),
    ("Ai lái?", "Who's driving?"),
    ("Ngày mai ai sẽ lái xe?", "Who's going to drive tomorrow?"),
    ("Tôi sẽ lái.", "I'll drive."),
    ("Để tôi lái cho.", "Let me drive."),
    ("Tôi lái nhé?", "Shall I drive?"),
    ("Mẹ tôi sẽ lái xe.", "My mother will drive."),
    # not: "anh" alone saying it (the speaker?), "too carefully" (praise), how well (mt/skills.py), "lái xe hơi"
    # (a car), a licence got tomorrow or by a name alone (his or her?), "xe" with no owner (a car or a motorbike?),
    # "chậm lại" (mt/hurry.py), "cẩn thận nhé" (mt/goodbyes.py), who drove yesterday, asked without "không"
    ("Tôi đi đổ xăng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh lái xe nhanh quá.", None), ("Cô ấy lái xe cẩn thận quá.", None), ("Anh ấy lái xe giỏi.", None),
    ("Anh ấy lái xe hơi.", None), ("Tôi lấy bằng lái ngày mai.", None), ("Lan vừa lấy bằng lái.", None),
    ("Xe bị thủng lốp rồi.", None), ("Lái chậm lại.", None), ("Lái xe cẩn thận nhé.", None),
    ("Hôm qua ai lái xe?", None), ("Bạn lái xe nhanh không?", None), ("Tôi lái xe.", None),
    ("Bạn có đổ xăng không?", None), ("Lái nhanh hơn.", None),
    # asked politely, or softened asking; but not: "em" asking with "ạ" (the speaker: "do I?"), a statement ending in
    # "thế", "vậy" (saying more: "so fast", "then"), a pet as who or whose, asked with no "có" or "nhé"
    ("Anh có lái xe không ạ?", "Do you drive?"), ("Bạn có cần đổ xăng không vậy?", "Do you need to get petrol?"),
    ("Em có cần đổ xăng không ạ?", None), ("Em có lái xe không ạ?", None), ("Em có bằng lái không ạ?", None),
    ("Tôi phải đổ xăng thế.", None), ("Anh ấy lái xe nhanh thế.", None), ("Tôi có bằng lái vậy.", None),
    ("Con chó của tôi phải đổ xăng.", None), ("Con chó của tôi lái xe nhanh quá.", None),
    ("Con mèo của tôi có bằng lái.", None), ("Con chó của tôi bị thủng lốp.", None),
    ("Xe đạp của con mèo tôi bị thủng lốp.", None), ("Con chó của tôi sẽ lái xe.", None),
    ("Anh ấy phải đổ xăng không?", None), ("Bạn cần đổ xăng không?", None), ("Để tôi lái?", None),
    ("Tôi lái cho?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng lái xe chậm." (animals), "Bé có lái xe không?" (a little girl), "Bạn đã lái xe quá nhanh." (past)
    ("He drives too fast.", "Anh ấy lái xe quá nhanh."),
    ("My father drives very carefully.", "Bố tôi lái xe rất cẩn thận."),
    ("They drive slowly.", "Họ lái xe chậm."),
    ("You drive too fast!", "Bạn lái xe quá nhanh!"),
    ("She always drives carefully.", "Cô ấy luôn lái xe cẩn thận."),
    ("Does she drive?", "Cô ấy có lái xe không?"),
    ("Does he drive fast?", "Anh ấy có lái xe nhanh không?"),
    ("I don't drive.", "Tôi không lái xe."),
    ("She doesn't drive very fast.", "Cô ấy không lái xe nhanh lắm."),
    # v8: "Ổ đĩa chậm." (a disk drive)
    ("Drive slowly.", "Lái xe chậm thôi."),
    ("Please drive more slowly.", "Làm ơn lái xe chậm thôi."),
    ("Don't drive so fast!", "Đừng lái xe nhanh quá!"),
    ("Don't drive recklessly.", "Đừng lái xe ẩu."),
    # v8: "Bạn có lái xe không?" (the licence lost), "Tôi có một động tác lái xe." (a move), "Tôi đã nhận được sự
    # kiện của tôi vào năm ngoái." (an event), "… sự liễu của tôi."
    ("Do you have a driving licence?", "Bạn có bằng lái xe không?"),
    ("Have you got a driving licence?", "Bạn có bằng lái xe không?"),
    ("I have a driving licence.", "Tôi có bằng lái xe."),
    ("She's got a motorbike licence.", "Cô ấy có bằng lái xe máy."),
    ("I don't have a driving licence.", "Tôi không có bằng lái xe."),
    ("He doesn't have a driver's license yet.", "Anh ấy chưa có bằng lái xe."),
    ("Does he have a driving licence yet?", "Anh ấy đã có bằng lái xe chưa?"),
    ("I got my licence last year.", "Năm ngoái tôi lấy bằng lái xe."),
    ("She got her driving licence last month.", "Tháng trước cô ấy lấy bằng lái xe."),
    ("I've just got my licence.", "Tôi vừa lấy bằng lái xe."),
    # v8: "Tôi có một chiếc lốp xe.", "Xe hơi của tôi có một chiếc xe hơi phẳng.", "Bike của tôi có một puncture.",
    # "Chúng tôi đã có một con cún." (a puppy)
    ("I've got a flat tyre.", "Xe của tôi bị thủng lốp."),
    ("My car has a flat tyre.", "Ô tô của tôi bị thủng lốp."),
    ("My bike has a puncture.", "Xe đạp của tôi bị thủng lốp."),
    ("We've got a puncture.", "Xe của chúng tôi bị thủng lốp."),
    ("She has a flat tire again.", "Xe của cô ấy lại bị thủng lốp rồi."),
    # v8: "Chúng ta cần thú nuôi." (pets), "Tôi cần đổ đầy cái xe hơi.", "Làm ơn, tô đầy nó." (a bowl)
    ("We need to get petrol.", "Chúng tôi cần đổ xăng."),
    ("I need to fill up the tank.", "Tôi cần đổ đầy bình."),
    ("Does he need to get gas?", "Anh ấy có cần đổ xăng không?"),
    ("She's just filled up.", "Cô ấy vừa đổ xăng."),
    ("Fill it up, please.", "Đổ đầy bình giúp tôi."),
    # v8 had these right; written as they are
    ("Who's driving?", "Ai lái xe?"),
    ("Who's going to drive tomorrow?", "Ngày mai ai sẽ lái xe?"),
    ("I'll drive.", "Tôi sẽ lái xe."),
    ("Let me drive.", "Để tôi lái cho."),
    # v8: "Tôi lái xe?"
    ("Shall I drive?", "Để tôi lái nhé?"),
    # not: "drives" or "does" not agreeing with who, "too" with "doesn't" or carefully, "licence" alone had, another's
    # licence, a day to come, "a flat" (an apartment), "Drive safely." (mt/goodbyes.py), "You drive." (said of whom?),
    # who drove yesterday, "Can you drive?" (mt/skills.py)
    ("He drive too fast.", None), ("Does she drives?", None), ("Do he drive?", None),
    ("He doesn't drive too fast.", None), ("She drives too carefully.", None), ("I have a licence.", None),
    ("She got his driving licence last month.", None), ("I got my licence tomorrow.", None), ("I have a flat.", None),
    ("He have a flat tyre.", None), ("She need to get petrol.", None), ("Does she has a driving licence?", None),
    ("Drive safely.", None), ("You drive.", None), ("Who's driving yesterday?", None), ("Can you drive?", None),
    # nor a pet as who
    ("My dog needs to get petrol.", None), ("My dog drives too fast.", None),
    ("Does my dog have a driving licence?", None), ("My dog got his driving licence last year.", None),
    ("My dog has a flat tyre.", None), ("My cat will drive.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
