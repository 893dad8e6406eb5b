"""Car and motorbike horns: honking, keeping on honking, being honked at, no honking, and a horn that doesn't work,
both ways (mt/honking.py)."""
import pytest

from mt.honking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Why don't you massage?", "The car after keeping a brew.", "The driver keeps the curtail forever."
    ("Sao anh cứ bóp còi mãi thế?", "Why do you keep honking?"),
    ("Tại sao anh ấy cứ bóp còi mãi vậy?", "Why does he keep honking?"),
    ("Sao tài xế cứ bóp còi thế?", "Why does the driver keep honking?"),
    ("Sao người ta cứ bóp còi inh ỏi thế?", "Why do people keep honking loudly?"),
    ("Xe sau cứ bóp còi inh ỏi.", "The car behind keeps honking loudly."),
    ("Tài xế cứ bóp còi mãi.", "The driver keeps honking."),
    ("Mẹ tôi cứ bấm còi liên tục.", "My mother keeps honking non-stop."),
    ("Sao bạn cứ bóp kèn hoài vậy?", "Why do you keep honking?"),
    ("Chúng tôi cứ bóp còi mãi.", "We keep honking."),
    ("Lan cứ bóp còi mãi.", "Lan keeps honking."),
    ("Hôm qua xe đằng sau cứ bóp còi mãi.", "The car behind kept honking yesterday."),
    # v8: "He or brew.", "Do you have or brew?", "My father never brewed.", "The taxi driver is too much.", "The car
    # later brought me.", "He's brewing."
    ("Anh ấy hay bóp còi.", "He often honks."),
    ("Cô ấy thường bóp còi.", "She often honks."),
    ("Bạn có hay bóp còi không?", "Do you often honk?"),
    ("Bố tôi không bao giờ bóp còi.", "My father never honks."),
    ("Tài xế taxi bóp còi nhiều quá.", "The taxi driver honks too much."),
    ("Xe sau vừa bóp còi tôi.", "The car behind just honked at me."),
    ("Tôi vừa bấm còi.", "I just honked."),
    ("Anh ấy đã bóp còi.", "He honked."),
    ("Anh ấy đang bóp còi.", "He's honking."),
    ("Xe buýt đang bóp còi inh ỏi.", "The bus is honking loudly."),
    ("Người ta đang bóp còi.", "People are honking."),
    # v8: "I'm battered.", "Yesterday, I got a bus."
    ("Tôi bị bóp còi.", "Someone honked at me."),
    ("Hôm qua tôi bị xe buýt bóp còi.", "The bus honked at me yesterday."),
    ("Mẹ tôi vừa bị bóp còi.", "Someone just honked at my mother."),
    ("Chúng tôi bị xe sau bóp còi.", "The car behind honked at us."),
    ("Tôi lại bị bóp còi.", "Someone honked at me again."),
    # v8: "This area bans a brew.", "Brots.", "Is it banned here?"
    ("Khu này cấm bóp còi.", "Honking is not allowed in this area."),
    ("Ở đây cấm bóp còi.", "Honking is not allowed here."),
    ("Cấm bóp còi!", "No honking!"),
    ("Cấm bóp còi trong khu này.", "Honking is not allowed in this area."),
    ("Gần bệnh viện nghiêm cấm bóp còi.", "Honking is strictly prohibited near the hospital."),
    ("Ở đây có cấm bóp còi không?", "Is honking banned here?"),
    ("Đường này có được bóp còi không?", "Is honking allowed on this street?"),
    ("Ở đây không được bóp còi.", "You can't honk here."),
    # v8: "Don't brew!"
    ("Đừng bóp còi nữa!", "Stop honking!"),
    ("Đừng bóp còi!", "Don't honk!"),
    ("Làm ơn đừng bóp còi.", "Please don't honk."),
    ("Anh đừng bấm còi nữa!", "Stop honking!"),
    # v8: "My car is broken.", "Do you get damaged?", "My motorcycle is not appealing."
    ("Còi xe tôi bị hỏng.", "My horn isn't working."),
    ("Còi xe của tôi hỏng rồi.", "My horn isn't working."),
    ("Còi xe máy của tôi không kêu.", "My motorbike horn isn't working."),
    ("Còi ô tô bị hỏng.", "The car horn isn't working."),
    ("Còi xe bạn có bị hỏng không?", "Is your horn broken?"),
    ("Còi xe anh ấy có kêu không?", "Is his horn working?"),
    # not: a bare "bóp còi" (honked, or honks?), "có … không?" of one time (did, or do?), who honked, "anh" saying it,
    # "I" asked, a pet, "thế" closing a statement (so much?), a "?" on a statement, "không" alone, asked without
    # "có", whistles, fire alarms and rickets ("còi xương"), "không kêu" asked, "kêu" said, "được" said, asked
    # honked at (did, or does?), "nhỉ", a day with "vừa", honking told, English
    ("Anh ấy bóp còi.", None), ("Bạn có bóp còi không?", None), ("Ai bóp còi thế?", None),
    ("Anh cứ bóp còi mãi.", None), ("Sao tôi cứ bóp còi mãi thế?", None), ("Con chó của tôi cứ bóp còi mãi.", None),
    ("Xe sau cứ bóp còi mãi thế.", None), ("Xe sau cứ bóp còi inh ỏi?", None), ("Anh ấy không bóp còi.", None),
    ("Anh ấy hay bóp còi không?", None), ("Trọng tài thổi còi.", None), ("Còi báo cháy bị hỏng.", None),
    ("Còi bị hỏng.", None), ("Con tôi bị còi xương.", None), ("Còi xe tôi có không kêu không?", None),
    ("Còi xe tôi kêu.", None), ("Được bóp còi.", None), ("Không được bóp còi.", None),
    ("Bạn có bị bóp còi không?", None), ("Tôi không bị bóp còi.", None), ("Khu này cấm bóp còi không?", None),
    ("Anh ấy bóp còi nhỉ.", None), ("Hôm qua tôi vừa bị bóp còi.", None), ("Bóp còi đi.", None),
    ("Why do you keep honking?", None),
    # not (found in review): a habit of a driver, car or bus (all of them?), someone's or everyone's ("Everyone never
    # honks.": nobody ever), honking at oneself ("I just honked at me."), "em" with "ạ" (the speaker: do I?)
    ("Tài xế taxi hay bóp còi.", None), ("Xe buýt không bao giờ bóp còi.", None), ("Xe sau hay bóp còi.", None),
    ("Tài xế có hay bóp còi không?", None), ("Mọi người không bao giờ bóp còi.", None),
    ("Mọi người hay bóp còi.", None), ("Ai đó không bao giờ bóp còi.", None), ("Ai đó có hay bóp còi không?", None),
    ("Ai đó bóp còi nhiều quá.", None), ("Tôi vừa bóp còi tôi.", None), ("Bạn vừa bóp còi bạn.", None),
    ("Mẹ tôi vừa bóp còi mẹ tôi.", None), ("Chúng tôi đang bóp còi chúng tôi.", None),
    ("Anh ấy vừa bóp còi anh ấy.", None), ("Em có hay bóp còi không ạ?", None), ("Sao em cứ bóp còi mãi ạ?", None),
    # ... while these stay
    ("Người ta hay bóp còi.", "People often honk."), ("Bác Hùng hay bóp còi.", "Uncle Hung often honks."),
    ("Xe buýt bóp còi nhiều quá.", "The bus honks too much."), ("Anh có hay bóp còi không?", "Do you often honk?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tại sao bạn lại giữ thú vị?", "Xe hơi đằng sau giữ thú vị.", "Xe hơi ở phía sau giữ chăm sóc rất lớn."
    ("Why do you keep honking?", "Sao bạn cứ bóp còi mãi thế?"),
    ("Why does he keep honking?", "Sao anh ấy cứ bóp còi mãi thế?"),
    ("Why did the driver keep honking?", "Sao tài xế cứ bóp còi mãi thế?"),
    ("The car behind keeps honking.", "Xe sau cứ bóp còi mãi."),
    ("The car behind keeps honking loudly.", "Xe sau cứ bóp còi inh ỏi."),
    ("My mother keeps honking non-stop.", "Mẹ tôi cứ bóp còi liên tục."),
    ("People keep honking.", "Người ta cứ bóp còi mãi."),
    ("The bus driver kept honking yesterday.", "Hôm qua tài xế xe buýt cứ bóp còi mãi."),
    # v8: "Anh ấy thích nhiều.", "Cha tôi không bao giờ thích thú.", "Bố của bạn có thích thú nhiều không?",
    # "Người lái xe taxi đang thích thú.", "Người lái xe chỉ thích thú với tôi."
    ("He honks a lot.", "Anh ấy hay bóp còi."),
    ("She often honks.", "Cô ấy hay bóp còi."),
    ("My father never honks.", "Bố tôi không bao giờ bóp còi."),
    ("The taxi driver honks too much.", "Tài xế taxi bóp còi nhiều quá."),
    ("Does your father honk a lot?", "Bố bạn có hay bóp còi không?"),
    ("The taxi driver is honking.", "Tài xế taxi đang bóp còi."),
    ("Is the car behind honking?", "Xe sau có đang bóp còi không?"),
    ("He honked.", "Anh ấy đã bóp còi."),
    ("I just honked.", "Tôi vừa bóp còi."),
    ("The driver just honked at me.", "Tôi vừa bị tài xế bóp còi."),
    ("Lan honked at my mother yesterday.", "Hôm qua mẹ tôi bị Lan bóp còi."),
    # v8: "Có ai cũng thích thú với tôi.", "Tôi đã thích thú vào hôm qua."
    ("Someone honked at me.", "Tôi bị bóp còi."),
    ("I got honked at yesterday.", "Hôm qua tôi bị bóp còi."),
    ("We were honked at.", "Chúng tôi bị bóp còi."),
    ("She just got honked at.", "Cô ấy vừa bị bóp còi."),
    # v8: "Không cho phép việc chuẩn bị trong khu vực này.", "Không có tiếng ho nào cả.", "Có phải việc thích thú ở
    # đây không?"
    ("Honking is not allowed in this area.", "Khu này cấm bóp còi."),
    ("Honking isn't allowed here.", "Ở đây cấm bóp còi."),
    ("Honking is strictly prohibited near the hospital.", "Gần bệnh viện nghiêm cấm bóp còi."),
    ("Honking is banned on this street.", "Đường này cấm bóp còi."),
    ("No honking!", "Cấm bóp còi!"),
    ("Is honking allowed here?", "Ở đây có được bóp còi không?"),
    ("Is honking banned in this area?", "Khu này có cấm bóp còi không?"),
    ("You can't honk here.", "Ở đây không được bóp còi."),
    # v8: "Đừng thích thú nhé!", "Đừng cough!"
    ("Stop honking!", "Đừng bóp còi nữa!"),
    ("Don't honk!", "Đừng bóp còi!"),
    ("Please don't honk.", "Làm ơn đừng bóp còi."),
    # v8: "Horn của tôi không làm việc.", "Xe hơi của tôi bị vỡ.", "Cái hói của bạn có làm việc không?"
    ("My horn isn't working.", "Còi xe tôi bị hỏng."),
    ("My horn doesn't work.", "Còi xe tôi bị hỏng."),
    ("My car horn is broken.", "Còi ô tô của tôi bị hỏng."),
    ("Her motorbike horn has stopped working.", "Còi xe máy của cô ấy bị hỏng."),
    ("Is your horn working?", "Còi xe bạn có kêu không?"),
    ("Does your horn work?", "Còi xe bạn có kêu không?"),
    ("The horn isn't working.", "Còi xe bị hỏng."),
    # not: a verb not agreeing with who ("He keep", "Why does you", "She honk", "I are", "He were"), a plain present
    # ("He honks.": when?), a pet or geese honking, a horn to play or an animal's ("My horn is broken.", "He plays
    # the horn."), honking allowed said, "isn't banned", asked or "can't" with no place, a "?" on a statement,
    # "just" with a day, "Why are you honking?" (now, or then?), honking at someone told, Vietnamese
    ("He keep honking.", None), ("Why does you keep honking?", None), ("She honk a lot.", None),
    ("I are honking.", None), ("He were honked at.", None), ("He honks.", None), ("My dog keeps honking.", None),
    ("The geese keep honking.", None), ("My horn is broken.", None), ("Is your horn broken?", None),
    ("He plays the horn.", None), ("The goat's horn is broken.", None), ("Honking is allowed here.", None),
    ("Honking isn't banned here.", None), ("Is honking allowed?", None), ("You can't honk.", None),
    ("The car behind keeps honking?", None), ("She just got honked at yesterday.", None),
    ("Why are you honking?", None), ("Don't honk at me!", None), ("He is honk.", None),
    ("Tôi bị bóp còi.", None),
    # found in review: whom kept asked, "I" honking at someone said as I did it (not "Anh ấy bị tôi bóp còi."),
    # someone asked; not: someone's habits ("Ai đó hay bóp còi."), honking at oneself, "just" with a day
    ("Is he honking at me?", "Anh ấy có đang bóp còi tôi không?"),
    ("Are they honking at us?", "Họ có đang bóp còi chúng tôi không?"),
    ("I honked at him.", "Tôi đã bóp còi anh ấy."), ("I honked at my father.", "Tôi đã bóp còi bố tôi."),
    ("We honked at them yesterday.", "Hôm qua chúng tôi đã bóp còi họ."),
    ("I just honked at her.", "Tôi vừa bóp còi cô ấy."),
    ("Is someone honking?", "Có ai đang bóp còi không?"),
    ("You're not allowed to honk in this area.", "Khu này không được bóp còi."),
    ("You’re not allowed to honk here.", "Ở đây không được bóp còi."),
    ("Someone never honks.", None), ("Someone honks a lot.", None), ("Does someone honk a lot?", None),
    ("I honked at me.", None), ("We are honking at us.", None), ("You honked at you.", None),
    ("He honked at him.", None), ("They honked at them.", None), ("Lan honked at Lan.", None),
    ("He just honked at me yesterday.", None), ("He just honked yesterday.", None),
    # ... while these stay
    ("She honked at me.", "Tôi bị cô ấy bóp còi."), ("You honked at me!", "Tôi bị bạn bóp còi!"),
    ("Someone is honking.", "Ai đó đang bóp còi."), ("Everyone honks too much.", "Mọi người bóp còi nhiều quá."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
