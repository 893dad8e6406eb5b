"""Hiccups beyond having them: hiccups that will not stop, ways to stop them told, a fright, how often, still, for how
long, and stopped, both ways (mt/hiccups.py)."""
import pytest

from mt.hiccups import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm snugging forever.", "My mother was lifted forever.", "Yesterday, I was neglected forever.", "The baby
    # is irritated forever."
    ("Tôi bị nấc cụt mãi không hết.", "I can't get rid of my hiccups."),
    ("Mẹ tôi bị nấc mãi không hết.", "My mother can't get rid of her hiccups."),
    ("Chúng tôi bị nấc mãi không hết.", "We can't get rid of our hiccups."),
    ("Bác Lan bị nấc mãi không dứt.", "Aunt Lan can't get rid of her hiccups."),
    ("Anh ấy nấc mãi không hết.", "He can't get rid of his hiccups."),
    ("Hôm qua tôi bị nấc mãi không hết.", "Yesterday I couldn't get rid of my hiccups."),
    ("Đêm qua bố tôi bị nấc cụt mãi không hết.", "Last night my father couldn't get rid of his hiccups."),
    ("Em bé bị nấc mãi không hết.", "The baby can't stop hiccupping."),
    # v8: "Take water away for all snuggs.", "The breath of breath is all snugging.", "Try breathing for all
    # snugging.", "Eat a way for all snuggs."
    ("Uống nước đi cho hết nấc.", "Drink some water to get rid of the hiccups."),
    ("Nín thở đi cho hết nấc.", "Hold your breath to get rid of the hiccups."),
    ("Nín thở cho hết nấc đi!", "Hold your breath to get rid of the hiccups!"),
    ("Thử nín thở xem cho hết nấc.", "Try holding your breath to get rid of the hiccups."),
    ("Bạn thử uống một ngụm nước cho hết nấc.", "Try taking a sip of water to get rid of the hiccups."),
    ("Ăn một thìa đường cho hết nấc nhé.", "Eat a spoonful of sugar to get rid of the hiccups."),
    ("Hít một hơi thật sâu để hết nấc cụt.", "Take a deep breath to get rid of the hiccups."),
    ("Con uống một cốc nước cho hết nấc đi.", "Drink a glass of water to get rid of the hiccups."),
    ("Bạn uống nước cho hết nấc nhé.", "Drink some water to get rid of the hiccups."),
    # v8: "Let me fool you.", "He gave all the snugg."
    ("Để tôi hù bạn cho hết nấc nhé.", "Let me scare you to get rid of your hiccups."),
    ("Để mình hù cho bạn hết nấc nhé.", "Let me scare you to get rid of your hiccups."),
    ("Hù anh ấy cho hết nấc đi.", "Scare him to get rid of his hiccups."),
    ("Hù chúng tôi cho hết nấc đi.", "Scare us to get rid of our hiccups."),
    ("Hù mẹ tôi một cái cho hết nấc đi!", "Scare my mother to get rid of her hiccups!"),
    ("Dọa cô ấy cho hết nấc đi.", "Scare her to get rid of her hiccups."),
    # v8: "The baby is getting snugged after feeding.", "Do you have or trips?", "I'm rarely getting stunned.", "My
    # mother was snugged after eating."
    ("Em bé hay bị nấc sau khi bú.", "The baby often gets hiccups after feeding."),
    ("Con gái tôi hay bị nấc sau khi bú.", "My daughter often gets hiccups after feeding."),
    ("Bạn có hay bị nấc không?", "Do you often get hiccups?"),
    ("Tôi hiếm khi bị nấc.", "I rarely get hiccups."),
    ("Mẹ tôi thỉnh thoảng bị nấc sau khi ăn.", "My mother sometimes gets hiccups after eating."),
    ("Chúng tôi thường bị nấc vào ban đêm.", "We often get hiccups at night."),
    ("Anh ấy không bao giờ bị nấc.", "He never gets hiccups."),
    # v8: "I'm still getting stunned.", "Do you still have a baby?"
    ("Tôi vẫn còn bị nấc.", "I still have hiccups."),
    ("Anh ấy vẫn còn nấc.", "He still has hiccups."),
    ("Bạn vẫn bị nấc à?", "Do you still have hiccups?"),
    ("Em bé vẫn còn nấc à?", "Does the baby still have hiccups?"),
    ("Bé vẫn còn bị nấc.", "The baby still has hiccups."),
    ("Anh có hay bị nấc không ạ?", "Do you often get hiccups?"),
    # v8: "I'm snugging ten minutes.", "How long have you been getting stirred?", "The little girl was snugged half
    # an hour."
    ("Tôi bị nấc mười phút rồi.", "I've had hiccups for ten minutes."),
    ("Mẹ tôi bị nấc được hai mươi phút rồi.", "My mother has had hiccups for twenty minutes."),
    ("Anh ấy bị nấc một tiếng rồi.", "He's had hiccups for an hour."),
    ("Em bé bị nấc nửa tiếng rồi.", "The baby has had hiccups for half an hour."),
    ("Tôi bị nấc 15 phút rồi.", "I've had hiccups for 15 minutes."),
    ("Tôi bị nấc hai ngày nay.", "I've had hiccups for two days."),
    ("Bạn bị nấc bao lâu rồi?", "How long have you had hiccups?"),
    # v8: "I'm all stunning.", "Are you all stunning?", "I'm not all over.", "Out of the snugg!"
    ("Tôi hết nấc rồi.", "My hiccups have stopped."),
    ("Em bé đã hết nấc rồi.", "The baby's hiccups have stopped."),
    ("Bạn hết nấc chưa?", "Have your hiccups stopped?"),
    ("Anh hết nấc chưa?", "Have your hiccups stopped?"),
    ("Tôi vẫn chưa hết nấc.", "My hiccups still haven't stopped."),
    ("Mẹ tôi chưa hết nấc.", "My mother's hiccups haven't stopped yet."),
    # not: what mt/reflexes.py takes (hiccups had, on and on, all morning, how to get rid of them), "anh" saying it
    # (the speaker?), a name's own hiccups (his or hers?), a pet, asked with no "à", "không" or "chưa", a way one
    # did (now or as a habit?), "hết nấc" with no "rồi", feeding of a grown-up, never asked, whom not known
    ("Tôi bị nấc.", None), ("Em bé bị nấc.", None), ("Em bé bị nấc suốt.", None), ("Làm sao để hết nấc?", None),
    ("Em bé bị nấc cả buổi sáng.", None), ("Anh bị nấc mãi không hết.", None), ("Lan bị nấc mãi không hết.", None),
    ("Con mèo của tôi bị nấc mãi không hết.", None), ("Bạn bị nấc mãi không hết?", None),
    ("Tôi nín thở cho hết nấc.", None), ("Bạn uống nước cho hết nấc.", None), ("Tôi hết nấc.", None),
    ("Hết nấc chưa?", None), ("Anh hết nấc rồi.", None), ("Tôi hay bị nấc sau khi bú.", None),
    ("Bạn có hay bị nấc?", None), ("Bạn có hiếm khi bị nấc không?", None), ("Hù Lan cho hết nấc đi.", None),
    ("Để tôi hù tôi cho hết nấc nhé.", None), ("Tôi vẫn còn nấc?", None), ("Tôi bị nấc bao lâu rồi.", None),
    ("Bạn bị nấc mười phút rồi?", None), ("Uống nước đi cho hết nấc đi.", None), ("Nín thở xem cho hết nấc.", None),
    ("Tôi chưa hết nấc rồi.", None), ("Tôi bị nấc mãi không hết nhỉ.", None), ("Cho tôi một cốc nước.", None),
    ("I can't get rid of my hiccups.", None),
    # not: the one told to scare being scared ("Hù bạn": you, or a friend; "chúng ta": the one told too), "em" with
    # "ạ" (the speaker: mt.hobbies.em_speaking), "bé" alone asked (the baby, or a child asked), "anh", "chị", "em",
    # "con" with "nhé" alone (told, or the speaker's own "I'll …, okay?"), "hết nấc" alone (maxed out: "vặn hết nấc")
    ("Hù bạn cho hết nấc đi.", None), ("Hù cho bạn hết nấc đi.", None), ("Hù chúng ta cho hết nấc đi.", None),
    ("Em có hay bị nấc không ạ?", None), ("Em hết nấc chưa ạ?", None), ("Em bị nấc bao lâu rồi ạ?", None),
    ("Bé hết nấc chưa?", None), ("Bé có hay bị nấc không?", None), ("Bé vẫn còn nấc à?", None),
    ("Bé bị nấc bao lâu rồi?", None), ("Con uống một cốc nước cho hết nấc nhé.", None),
    ("Em nín thở cho hết nấc nhé.", None), ("Chị uống nước cho hết nấc nhé.", None), ("Hết nấc rồi!", None),
    ("Đã hết nấc rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi không thể bỏ đồi của tôi." (hills), "Mẹ tôi không thể bỏ đồi của mình.", "Hôm qua Tôi không thể bỏ đồi
    # của tôi."
    ("I can't get rid of my hiccups.", "Tôi bị nấc mãi không hết."),
    ("My mother can't get rid of her hiccups.", "Mẹ tôi bị nấc mãi không hết."),
    ("He cannot stop his hiccups.", "Anh ấy bị nấc mãi không hết."),
    ("We can't get rid of our hiccups.", "Chúng tôi bị nấc mãi không hết."),
    ("Yesterday I couldn't get rid of my hiccups.", "Hôm qua tôi bị nấc mãi không hết."),
    ("Last night, the baby couldn't get rid of its hiccups.", "Tối qua em bé bị nấc mãi không hết."),
    # v8: "Uống một vài nước để ngăn chặn đồi.", "Giữ thở của bạn để thoát khỏi nấp nấp.", "Bạn nên cố nín thở để
    # ngưng nấp nấp."
    ("Drink some water to stop the hiccups.", "Uống nước đi cho hết nấc."),
    ("Drink some water to get rid of the hiccups.", "Uống nước đi cho hết nấc."),
    ("Hold your breath to get rid of the hiccups.", "Nín thở đi cho hết nấc."),
    ("Try holding your breath to stop the hiccups.", "Thử nín thở đi cho hết nấc."),
    ("Take a deep breath to get rid of your hiccups!", "Hít một hơi thật sâu đi cho hết nấc!"),
    ("Eat a spoonful of sugar to stop the hiccups.", "Ăn một thìa đường đi cho hết nấc."),
    # v8: "Để tôi sợ bạn bỏ rơi đồi của bạn.", "Chăm sóc anh ấy để thoát khỏi những đồi của anh ấy!" (look after)
    ("Let me scare you to get rid of your hiccups.", "Để tôi hù bạn cho hết nấc nhé."),
    ("Let me scare my mother to get rid of her hiccups.", "Để tôi hù mẹ tôi cho hết nấc nhé."),
    ("Scare him to get rid of his hiccups!", "Hù anh ấy cho hết nấc đi!"),
    # v8: "Bé thường bị nấp sau khi cho bú.", "Bạn có thường bị thuê nhà không?" (renting), "Tôi hiếm khi bị thuê nhà."
    ("The baby often gets hiccups after feeding.", "Em bé hay bị nấc sau khi bú."),
    ("My son often gets hiccups after feeding.", "Con trai tôi hay bị nấc sau khi bú."),
    ("Do you often get hiccups?", "Bạn có hay bị nấc không?"),
    ("Does she sometimes get hiccups after eating?", "Cô ấy có thỉnh thoảng bị nấc sau khi ăn không?"),
    ("I rarely get hiccups.", "Tôi hiếm khi bị nấc."),
    ("My father never gets the hiccups.", "Bố tôi không bao giờ bị nấc."),
    # v8: "Tôi vẫn có những đồi.", "Bé vẫn có đồi không?"
    ("I still have hiccups.", "Tôi vẫn còn bị nấc."),
    ("She still has the hiccups.", "Cô ấy vẫn còn bị nấc."),
    ("Do you still have hiccups?", "Bạn vẫn còn bị nấc à?"),
    ("Does the baby still have hiccups?", "Em bé vẫn còn bị nấc à?"),
    # v8: "Tôi đã thuê trong vòng 10 phút.", "Cô ấy đã thuê một tiếng đồng hồ.", "Bạn đã thuê bao lâu rồi?", "Bé đã
    # vỗ bao lâu rồi?"
    ("I've had hiccups for ten minutes.", "Tôi bị nấc mười phút rồi."),
    ("She's had hiccups for an hour.", "Cô ấy bị nấc một tiếng rồi."),
    ("The baby has had hiccups for half an hour.", "Em bé bị nấc nửa tiếng rồi."),
    ("We have had hiccups for 20 minutes.", "Chúng tôi bị nấc 20 phút rồi."),
    ("How long have you had hiccups?", "Bạn bị nấc bao lâu rồi?"),
    ("How long has the baby had hiccups?", "Em bé bị nấc bao lâu rồi?"),
    # v8: "Bọn đồi đã dừng lại.", "Bọn đồi của tôi đã đi.", "Có đồi của bạn dừng lại chưa?", "Có phải đồi của bạn đã
    # đi không?", "Bọn đồi chưa dừng lại."
    ("My hiccups have stopped.", "Tôi hết nấc rồi."),
    ("My hiccups are gone.", "Tôi hết nấc rồi."),
    ("Have your hiccups stopped?", "Bạn hết nấc chưa?"),
    ("Are your hiccups gone?", "Bạn hết nấc chưa?"),
    ("Have your hiccups stopped yet?", "Bạn hết nấc chưa?"),
    ("My hiccups haven't stopped yet.", "Tôi chưa hết nấc."),
    ("My mother's hiccups still haven't stopped.", "Mẹ tôi vẫn chưa hết nấc."),
    ("The baby's hiccups have stopped.", "Em bé hết nấc rồi."),
    ("The hiccups have stopped.", "Hết nấc rồi."),
    # not: what mt/reflexes.py takes ("I have hiccups.", "How do you get rid of hiccups?"), whose hiccups not who's,
    # a name's (his or hers?), "couldn't" with no day, a verb not agreeing with who, "try" with the way told, never
    # asked, feeding of a grown-up, a pet, odd ("are stopped", "one minutes"), whom not whose
    ("I have hiccups.", None), ("The baby has hiccups.", None), ("How do you get rid of hiccups?", None),
    ("My mother can't get rid of his hiccups.", None), ("Lan can't get rid of her hiccups.", None),
    ("I couldn't get rid of my hiccups.", None), ("Yesterday I can't get rid of my hiccups.", None),
    ("Try hold your breath to stop the hiccups.", None), ("Holding your breath to stop the hiccups.", None),
    ("Scare him to get rid of her hiccups!", None), ("Let me scare me to get rid of my hiccups.", None),
    ("He often get hiccups.", None), ("Do you never get hiccups?", None), ("I often get hiccups after feeding.", None),
    ("My hiccups are stopped.", None), ("She still have hiccups.", None), ("Does you still have hiccups?", None),
    ("How long has you had hiccups?", None), ("He have had hiccups for ten minutes.", None),
    ("I've had hiccups for one minutes.", None), ("My dog can't get rid of its hiccups.", None),
    ("My hiccups have stopped?", None), ("Have your hiccups stopped.", None), ("I still have hiccups?", None),
    ("Tôi bị nấc mãi không hết.", None),
    # not: "scare you" told (the one told is the one scared), a pet's hiccups
    ("Scare you to get rid of your hiccups.", None), ("My dog's hiccups have stopped.", None),
    ("Have my cat's hiccups stopped?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
