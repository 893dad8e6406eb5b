"""Nosebleeds: who has one, had one or gets them, a nose bleeding, what to do, and the bleeding stopped, both ways
(mt/nosebleeds.py)."""
import pytest

from mt.nosebleeds import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child has a nosebleed." (right), "I have nosebleeds.", "My mother had nose bleeding."
    ("Con tôi bị chảy máu cam.", "My child has a nosebleed."),
    ("Tôi bị chảy máu cam.", "I have a nosebleed."),
    ("Mẹ tôi bị chảy máu mũi.", "My mother has a nosebleed."),
    ("Anh ấy đang bị chảy máu cam.", "He has a nosebleed."),
    ("Em bé bị chảy máu cam.", "The baby has a nosebleed."),
    ("Em bé nhà tôi bị chảy máu cam.", "My baby has a nosebleed."),
    ("Bạn có đang bị chảy máu cam không?", "Do you have a nosebleed?"),
    # v8: "Yesterday, land with nosebleeds.", "I have a nosebleed." (just)
    ("Hôm qua Lan bị chảy máu cam.", "Lan had a nosebleed yesterday."),
    ("Tôi bị chảy máu cam hôm qua.", "I had a nosebleed yesterday."),
    ("Tối qua bạn có bị chảy máu cam không?", "Did you have a nosebleed last night?"),
    ("Hôm qua tôi không bị chảy máu cam.", "I didn't have a nosebleed yesterday."),
    ("Sáng nay con trai tôi bị chảy máu cam.", "My son had a nosebleed this morning."),
    ("Tôi vừa bị chảy máu cam.", "I have just had a nosebleed."),
    ("Mẹ tôi vừa bị chảy máu cam.", "My mother has just had a nosebleed."),
    # v8: "I usually have nosebleeds in summer.", "Do you have or have a nosebleed?", "We are sometimes nosebleeds
    # when it is dry."
    ("Tôi hay bị chảy máu cam vào mùa hè.", "I often get nosebleeds in summer."),
    ("Con bạn có hay bị chảy máu cam không?", "Does your child often get nosebleeds?"),
    ("Chúng tôi thỉnh thoảng bị chảy máu cam khi trời hanh khô.",
     "We sometimes get nosebleeds when the weather is dry."),
    ("Bác Lan hay bị chảy máu cam vào mùa đông.", "Aunt Lan often gets nosebleeds in winter."),
    ("Mẹ tôi thường bị chảy máu cam khi trời nóng.", "My mother often gets nosebleeds when it's hot."),
    ("Tôi bị chảy máu cam vào mùa hè.", "I get nosebleeds in summer."),
    ("Tôi không hay bị chảy máu cam.", "I don't often get nosebleeds."),
    ("Tôi không bao giờ bị chảy máu cam.", "I never get nosebleeds."),
    ("Anh có hay bị chảy máu cam không?", "Do you often get nosebleeds?"),
    # v8: "Your baby's nose is bleeding.", "My nose is bleeding." (whose), "Is your baby bleeding?"
    ("Mũi em bé đang chảy máu.", "The baby's nose is bleeding."),
    ("Mũi con tôi lại chảy máu.", "My child's nose is bleeding again."),
    ("Mũi của Lan lại chảy máu.", "Lan's nose is bleeding again."),
    ("Mũi em bé còn chảy máu không?", "Is the baby's nose still bleeding?"),
    ("Mũi mẹ tôi vẫn còn chảy máu.", "My mother's nose is still bleeding."),
    ("Mũi bạn có đang chảy máu không?", "Is your nose bleeding?"),
    # v8: "Do you stop nosebleeds?", "Blood has stopped bleeding.", "My nose is all bloody.", "The nosebleed is not
    # stopped."
    ("Máu cam đã ngừng chảy chưa?", "Has the nosebleed stopped yet?"),
    ("Máu đã ngừng chảy.", "The bleeding has stopped."),
    ("Máu cam ngừng chảy rồi.", "The nosebleed has stopped."),
    ("Mũi tôi hết chảy máu rồi.", "My nose has stopped bleeding."),
    ("Máu cam vẫn chưa ngừng chảy.", "The nosebleed still hasn't stopped."),
    ("Máu cam chưa ngừng chảy.", "The nosebleed hasn't stopped yet."),
    ("Mũi con bạn đã ngừng chảy máu chưa?", "Has your child's nose stopped bleeding yet?"),
    # v8: "The flu comes ahead and burping the nose again.", "The nose came back in ten minutes."
    ("Cúi đầu về phía trước và bóp mũi lại.", "Lean forward and pinch your nose."),
    ("Hãy cúi người về phía trước và bóp mũi lại.", "Lean forward and pinch your nose."),
    ("Bóp mũi lại trong mười phút.", "Pinch your nose for ten minutes."),
    ("Nghiêng đầu về phía trước, bóp chặt mũi trong khoảng 10 phút.",
     "Tilt your head forward and pinch your nose firmly for about 10 minutes."),
    ("Bóp mũi lại trong một phút.", "Pinch your nose for one minute."),
    # v8: "Don't turn off the back.", "Wash your head after a nosebleed?", "Should the Wash head after a nosebleed?"
    ("Đừng ngửa đầu ra sau.", "Don't tilt your head back."),
    ("Không được ngửa cổ ra sau.", "Don't tilt your head back."),
    ("Không nên ngửa đầu ra sau khi bị chảy máu cam.", "You shouldn't tilt your head back when you have a nosebleed."),
    ("Ngửa đầu ra sau khi bị chảy máu cam à?", "Tilt your head back when you have a nosebleed?"),
    ("Có nên ngửa đầu ra sau khi bị chảy máu cam không?", "Should you tilt your head back when you have a nosebleed?"),
    # v8: "What should you do when nosebleeds?", "What do I get nosebleeds?"
    ("Khi bị chảy máu cam thì nên làm gì?", "What should you do when you have a nosebleed?"),
    ("Nên làm gì khi bị chảy máu cam?", "What should you do when you have a nosebleed?"),
    ("Con tôi bị chảy máu cam thì nên làm gì?", "What should I do when my child has a nosebleed?"),
    ("Tôi nên làm gì khi con tôi bị chảy máu cam?", "What should I do when my child has a nosebleed?"),
    ("Khi con bạn bị chảy máu cam thì nên làm gì?", "What should you do when your child has a nosebleed?"),
    ("Khi tôi bị chảy máu cam thì nên làm gì?", "What should I do when I have a nosebleed?"),
    # not: plain asked or denied (now, or as a habit?), "đã" without a day, "?" on a statement, "có" without
    # "không", a pet's nosebleed, "anh" saying it, asked of oneself, whose nose plainly bleeding (mt/injuries.py's),
    # bleeding elsewhere, a runny nose, "Ngửa đầu ra sau." told (hair washing?), who should do it unknown
    ("Bạn có bị chảy máu cam không?", None), ("Tôi không bị chảy máu cam.", None), ("Tôi đã bị chảy máu cam.", None),
    ("Tôi bị chảy máu cam?", None), ("Tôi có bị chảy máu cam.", None), ("Con chó của tôi bị chảy máu cam.", None),
    ("Anh bị chảy máu cam.", None), ("Tôi có hay bị chảy máu cam không?", None), ("Mũi tôi bị chảy máu.", None),
    ("Tôi bị chảy máu.", None), ("Tôi bị sổ mũi.", None), ("Ngửa đầu ra sau.", None),
    ("Khi Lan bị chảy máu cam thì nên làm gì?", None), ("Tôi không thỉnh thoảng bị chảy máu cam.", None),
    ("Mũi bạn chảy máu không?", None), ("Máu ngừng chảy.", None), ("Máu cam đã ngừng chảy rồi?", None),
    ("Ngửa đầu ra sau khi bị chảy máu cam không?", None), ("Tôi vừa bị chảy máu cam không?", None),
    ("Con tôi không bị chảy máu cam nữa.", None), ("Bé bị chảy máu cam.", None), ("Bóp mũi lại?", None),
    ("Hôm qua tôi hay bị chảy máu cam.", None), ("Tôi bị chảy máu cam nhỉ.", None),
    ("My child has a nosebleed.", None),
    # review: one nosebleed among many ("We have a nosebleed."), our or their nose ("Our nose is bleeding"), a pet's
    # nose, "em" with "ạ" (the speaker), "anh", "chị", "em" asking what to do (I, or you?)
    ("Họ bị chảy máu cam.", None), ("Chúng ta bị chảy máu cam.", None), ("Hôm qua chúng tôi bị chảy máu cam.", None),
    ("Họ vừa bị chảy máu cam.", None), ("Họ có đang bị chảy máu cam không?", None),
    ("Hôm qua họ không bị chảy máu cam.", None), ("Họ hay bị chảy máu cam.", "They often get nosebleeds."),
    ("Mũi chúng tôi lại chảy máu.", None), ("Mũi họ vẫn còn chảy máu.", None),
    ("Mũi của họ đã ngừng chảy máu chưa?", None), ("Mũi chúng tôi đã ngừng chảy máu.", None),
    ("Mũi con chó của tôi vẫn còn chảy máu.", None), ("Mũi con chó của tôi đã ngừng chảy máu.", None),
    ("Mũi con mèo của bạn còn chảy máu không?", None), ("Em có hay bị chảy máu cam không ạ?", None),
    ("Em có đang bị chảy máu cam không ạ?", None), ("Hôm qua em có bị chảy máu cam không ạ?", None),
    ("Em có hay bị chảy máu cam không?", "Do you often get nosebleeds?"),
    ("Khi em bị chảy máu cam thì nên làm gì ạ?", None), ("Khi em bị chảy máu cam thì nên làm gì?", None),
    ("Khi anh bị chảy máu cam thì nên làm gì?", None), ("Khi chị bị chảy máu cam thì nên làm gì?", None),
    ("Khi bạn bị chảy máu cam thì nên làm gì?", "What should you do when you have a nosebleed?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi bị chảy máu cam." (right), "Bạn có chảy máu cam không?", "Nó không chảy máu cam." (it)
    ("My child has a nosebleed.", "Con tôi bị chảy máu cam."),
    ("She's got a nosebleed.", "Cô ấy bị chảy máu cam."),
    ("Do you have a nosebleed?", "Bạn có bị chảy máu cam không?"),
    ("He doesn't have a nosebleed.", "Anh ấy không bị chảy máu cam."),
    # v8: "Lan bị chảy máu cam hôm qua.", "Tôi chỉ bị chảy máu cam." (only)
    ("Lan had a nosebleed yesterday.", "Hôm qua Lan bị chảy máu cam."),
    ("Yesterday, I had a nosebleed.", "Hôm qua tôi bị chảy máu cam."),
    ("Did you have a nosebleed last night?", "Tối qua bạn có bị chảy máu cam không?"),
    ("I didn't have a nosebleed yesterday.", "Hôm qua tôi không bị chảy máu cam."),
    ("I had a nosebleed.", "Tôi đã bị chảy máu cam."),
    ("I've just had a nosebleed.", "Tôi vừa bị chảy máu cam."),
    ("My son just had a nosebleed.", "Con trai tôi vừa bị chảy máu cam."),
    # v8: "Tôi thường bị chảy máu cam vào mùa hè.", "Đôi khi chúng ta bị chảy máu cam trong thời tiết khô."
    ("I often get nosebleeds in summer.", "Tôi hay bị chảy máu cam vào mùa hè."),
    ("Does your child often get nosebleeds?", "Con bạn có hay bị chảy máu cam không?"),
    ("We sometimes get nosebleeds in dry weather.", "Chúng tôi thỉnh thoảng bị chảy máu cam khi trời hanh khô."),
    ("My mother gets nosebleeds when the weather is dry.", "Mẹ tôi hay bị chảy máu cam khi trời hanh khô."),
    ("She usually gets nosebleeds in winter.", "Cô ấy thường bị chảy máu cam vào mùa đông."),
    ("I don't often get nosebleeds.", "Tôi không hay bị chảy máu cam."),
    ("She doesn't get nosebleeds.", "Cô ấy không bị chảy máu cam."),
    ("I never get nosebleeds.", "Tôi không bao giờ bị chảy máu cam."),
    # v8: "Mũi của bé đang chảy máu.", "Mũi của bé vẫn còn chảy máu?"
    ("The baby's nose is bleeding.", "Mũi em bé đang chảy máu."),
    ("My nose is bleeding again.", "Mũi tôi lại chảy máu."),
    ("Is the baby's nose still bleeding?", "Mũi em bé còn chảy máu không?"),
    ("My mother's nose is still bleeding.", "Mũi mẹ tôi vẫn còn chảy máu."),
    ("Is your nose bleeding?", "Mũi bạn có đang chảy máu không?"),
    # v8: "Hiện tượng chảy máu cam có ngừng chưa?", "Xuất huyết đã ngừng lại.", "Chứng chảy máu cam vẫn không ngừng."
    ("Has the nosebleed stopped yet?", "Máu cam đã ngừng chảy chưa?"),
    ("The bleeding has stopped.", "Máu đã ngừng chảy."),
    ("My nose has stopped bleeding.", "Mũi tôi đã ngừng chảy máu."),
    ("Has your nose stopped bleeding?", "Mũi bạn đã ngừng chảy máu chưa?"),
    ("The nosebleed still hasn't stopped.", "Máu cam vẫn chưa ngừng chảy."),
    ("My son's nosebleed has stopped.", "Máu cam của con trai tôi đã ngừng chảy."),
    # v8: "Lean về phía trước và làm cho mũi của bạn.", "Bạn nên lau mũi trong vòng 10 phút." (wipe)
    ("Lean forward and pinch your nose.", "Cúi đầu về phía trước và bóp mũi lại."),
    ("Pinch your nose for ten minutes.", "Bóp mũi lại trong mười phút."),
    ("Pinch your nose firmly for about 10 minutes.", "Bóp chặt mũi trong khoảng 10 phút."),
    # v8: "Đừng ngặt đầu lại.", "Hãy ngậm lưng khi bạn bị chảy máu cam?", "Bạn nên ôm chặt đầu lại khi …" (hug)
    ("Don't tilt your head back.", "Đừng ngửa đầu ra sau."),
    ("Do not tilt your head back during a nosebleed.", "Đừng ngửa đầu ra sau khi bị chảy máu cam."),
    ("You shouldn't tilt your head back.", "Không nên ngửa đầu ra sau."),
    ("Tilt your head back when you have a nosebleed?", "Ngửa đầu ra sau khi bị chảy máu cam à?"),
    ("Should you tilt your head back when you have a nosebleed?", "Có nên ngửa đầu ra sau khi bị chảy máu cam không?"),
    # v8 (right): "Bạn nên làm gì khi bị chảy máu cam?", "Tôi nên làm gì khi con trai tôi bị chảy máu cam?"
    ("What should you do when you have a nosebleed?", "Bạn nên làm gì khi bị chảy máu cam?"),
    ("What should I do when my son has a nosebleed?", "Tôi nên làm gì khi con trai tôi bị chảy máu cam?"),
    # not: the verb not agreeing with who ("She have", "He get", "Does she gets", "when she have"), a past asked with
    # no day, asked of oneself, a pet, "I've had" (when?), "a nosebleed" as a habit, a day with a habit, "My nose is
    # bleeding." (mt/injuries.py's), "one minutes", "Tilt your head back." told, the other way's language
    ("She have a nosebleed.", None), ("He get nosebleeds.", None), ("Does she gets nosebleeds?", None),
    ("Did you have a nosebleed?", None), ("Do I get nosebleeds?", None), ("My dog has a nosebleed.", None),
    ("I've had a nosebleed.", None), ("I get a nosebleed.", None), ("I get nosebleeds yesterday.", None),
    ("My nose is bleeding.", None), ("Is your nose bleeding again?", None), ("The nose has stopped bleeding.", None),
    ("My nose has stopped.", None), ("Pinch your nose for one minutes.", None), ("Tilt your head back.", None),
    ("Lean forward and pinch your nose?", None), ("What should I do when she have a nosebleed?", None),
    ("The bleeding has stopped yet.", None), ("Do you never get nosebleeds?", None),
    ("Con tôi bị chảy máu cam.", None), ("I have a runny nose.", None),
    # review: "I have a nosebleed." (as "He has"), "get a nosebleed" as a habit ("He gets a nosebleed."), our or
    # their nose ("their" may be one: not "họ"), a pet's nose
    ("I have a nosebleed.", "Tôi bị chảy máu cam."), ("You have a nosebleed.", "Bạn bị chảy máu cam."),
    ("He gets a nosebleed.", None), ("Does he get a nosebleed?", None), ("He doesn't get a nosebleed.", None),
    ("Did you get a nosebleed yesterday?", "Hôm qua bạn có bị chảy máu cam không?"),
    ("Their nose is still bleeding.", None), ("Our nose is bleeding again.", None),
    ("Their nose has stopped bleeding.", None), ("Our nosebleed has stopped.", None),
    ("My dog's nose is still bleeding.", None), ("My cat's nose is bleeding again.", None),
    ("Is your dog's nose still bleeding?", None), ("My dog's nose has stopped bleeding.", None),
    ("Her nosebleed has stopped.", "Máu cam của cô ấy đã ngừng chảy."),
    # review: "just" as only ("He just has a nosebleed.": not "vừa"), dropped
    ("He just has a nosebleed.", None), ("Does he just have a nosebleed?", None), ("I just have a nosebleed.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
