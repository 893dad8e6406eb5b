"""Gritty eyes, sand, an eyelash or an insect in someone's eye, and rinsing the eyes with clean water, both ways
(mt/gritty_eyes.py)."""
import pytest

from mt.gritty_eyes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My eyes were blisted.", "My eye is too blisted.", "My eyes kept blisters.", "My eyes blisters.", "My eyes
    # were blisted." (cứ), "My left eye is blisted.", "My mother's eyes were blisted.", "The Land eyes are blisted."
    ("Mắt tôi bị cộm.", "My eyes feel gritty."),
    ("Mắt tôi cộm.", "My eyes feel gritty."),
    ("Mắt tôi bị cộm quá.", "My eyes feel really gritty."),
    ("Mắt tôi cộm quá.", "My eyes feel really gritty."),
    ("Mắt tôi bị cộm lắm.", "My eyes feel really gritty."),
    ("Mắt tôi cứ cộm cộm.", "My eyes keep feeling gritty."),
    ("Mắt tôi cứ bị cộm.", "My eyes keep feeling gritty."),
    ("Mắt tôi cộm cộm.", "My eyes feel a bit gritty."),
    ("Mắt tôi hơi cộm.", "My eyes feel a bit gritty."),
    ("Mắt tôi thấy cộm cộm.", "My eyes feel a bit gritty."),
    ("Mắt trái của tôi bị cộm.", "My left eye feels gritty."),
    ("Mắt phải của tôi cứ bị cộm.", "My right eye keeps feeling gritty."),
    ("Mắt mẹ tôi bị cộm.", "My mother's eyes feel gritty."),
    ("Mắt của con tôi bị cộm.", "My child's eyes feel gritty."),
    ("Mắt anh ấy bị cộm.", "His eyes feel gritty."),
    ("Mắt Lan bị cộm.", "Lan's eyes feel gritty."),
    ("Mắt bác Hùng bị cộm quá.", "Uncle Hung's eyes feel really gritty."),
    ("Mắt tôi không bị cộm.", "My eyes don't feel gritty."),
    ("Mắt trái của tôi không bị cộm.", "My left eye doesn't feel gritty."),
    ("Mắt tôi bị cộm như có cát.", "My eyes feel gritty, as if there's sand in them."),
    ("Mắt tôi cộm như có cát trong mắt.", "My eyes feel gritty, as if there's sand in them."),
    # v8: "My eyes were slighted.", "My eyes were brought from this morning.", "My eyes are blisters today.", "My eyes
    # were brought all day.", "I'm blisters from the morning."
    ("Mắt tôi bị cộm từ sáng.", "My eyes have felt gritty since this morning."),
    ("Mắt tôi bị cộm từ sáng đến giờ.", "My eyes have felt gritty since this morning."),
    ("Mắt tôi bị cộm từ hôm qua.", "My eyes have felt gritty since yesterday."),
    ("Mắt tôi bị cộm mấy ngày nay.", "My eyes have felt gritty for a few days."),
    ("Mắt tôi bị cộm cả ngày.", "My eyes have felt gritty all day."),
    ("Mắt tôi cứ bị cộm từ sáng.", "My eyes have been feeling gritty since this morning."),
    ("Mắt trái của tôi bị cộm từ tối qua.", "My left eye has felt gritty since last night."),
    ("Tôi bị cộm mắt từ sáng.", "My eyes have felt gritty since this morning."),
    # v8: "I'm blisters.", "My mother was blisted.", "Do you get blisters?", "Is your baby blisters?"
    ("Tôi bị cộm mắt.", "My eyes feel gritty."),
    ("Mẹ tôi bị cộm mắt.", "My mother's eyes feel gritty."),
    ("Tôi cứ bị cộm mắt.", "My eyes keep feeling gritty."),
    ("Tôi bị cộm mắt trái.", "My left eye feels gritty."),
    ("Bạn có bị cộm mắt không?", "Do your eyes feel gritty?"),
    ("Mắt bạn có bị cộm không?", "Do your eyes feel gritty?"),
    ("Mắt trái của bạn có bị cộm không?", "Does your left eye feel gritty?"),
    ("Mắt con bạn có bị cộm không?", "Do your child's eyes feel gritty?"),
    # v8: "There's a sand flying into my eye." (whose lost), "There was a sand to my eye.", "Tiled into my eye.",
    # "There's a sand to flew into my mother's eyes.", "Yesterday, there was a sand to my eye.", "Do you fly on your
    # eye?"
    ("Có cát bay vào mắt con tôi.", "Sand got in my child's eye."),
    ("Có cát bay vào mắt tôi.", "Sand got in my eye."),
    ("Cát bay vào mắt tôi.", "Sand got in my eye."),
    ("Có cát bay vào mắt mẹ tôi.", "Sand got in my mother's eye."),
    ("Có cát bay vào mắt Lan.", "Sand got in Lan's eye."),
    ("Có cát bay vào mắt trái của tôi.", "Sand got in my left eye."),
    ("Hôm qua có cát bay vào mắt con tôi.", "Sand got in my child's eye yesterday."),
    ("Có cát bay vào mắt bạn à?", "Did sand get in your eye?"),
    ("Có cát bay vào mắt bạn không?", "Did sand get in your eye?"),
    # v8: "There was a hair falling into my eye.", "The miracle fell into my eye.", "I had a hair falling into my
    # eyes.", "My hair fell into my eyes."
    ("Có lông mi rơi vào mắt tôi.", "An eyelash got in my eye."),
    ("Lông mi rơi vào mắt tôi.", "An eyelash got in my eye."),
    ("Có sợi lông mi rơi vào mắt tôi.", "An eyelash got in my eye."),
    ("Có lông mi rơi vào mắt mẹ tôi.", "An eyelash got in my mother's eye."),
    ("Tôi bị lông mi rơi vào mắt.", "An eyelash got in my eye."),
    ("Con tôi bị lông mi rơi vào mắt.", "An eyelash got in my child's eye."),
    ("Mắt tôi bị lông mi rơi vào.", "An eyelash got in my eye."),
    ("Bạn có bị lông mi rơi vào mắt không?", "Did an eyelash get in your eye?"),
    # v8: "There's something flew into my eye.", "There was a sep which flew into my eye.", "There's a mud flew into
    # my eye.", "There was a flies to my eye.", "We flew into my eye.", "My child was seized to the eyes."
    ("Có con gì bay vào mắt tôi.", "A bug flew into my eye."),
    ("Có con gì đó bay vào mắt con tôi.", "A bug flew into my child's eye."),
    ("Có côn trùng bay vào mắt tôi.", "An insect flew into my eye."),
    ("Có một con côn trùng bay vào mắt tôi.", "An insect flew into my eye."),
    ("Có con muỗi bay vào mắt tôi.", "A mosquito flew into my eye."),
    ("Có con ruồi bay vào mắt tôi.", "A fly flew into my eye."),
    ("Tôi bị côn trùng bay vào mắt.", "An insect flew into my eye."),
    ("Con tôi bị côn trùng bay vào mắt.", "An insect flew into my child's eye."),
    ("Tối qua có con bọ bay vào mắt tôi.", "A bug flew into my eye last night."),
    ("Có con gì bay vào mắt bạn à?", "Did a bug fly into your eye?"),
    # v8: "Wash your eyes with clean water." (should lost), "My mother should wash the eyes …", "Do you wash your eyes
    # with clean water?", "I wash my eyes with clean water." (rồi, vừa), "I wash my eyes …" (phải)
    ("Bạn nên rửa mắt bằng nước sạch.", "You should rinse your eyes with clean water."),
    ("Mẹ tôi nên rửa mắt bằng nước sạch.", "My mother should rinse her eyes with clean water."),
    ("Anh ấy cần rửa mắt bằng nước sạch.", "He needs to rinse his eyes with clean water."),
    ("Tôi phải rửa mắt bằng nước sạch.", "I have to rinse my eyes with clean water."),
    ("Bạn đã rửa mắt bằng nước sạch chưa?", "Have you rinsed your eyes with clean water yet?"),
    ("Bạn rửa mắt bằng nước sạch chưa?", "Have you rinsed your eyes with clean water yet?"),
    ("Tôi đã rửa mắt bằng nước sạch rồi.", "I've already rinsed my eyes with clean water."),
    ("Tôi vừa rửa mắt bằng nước sạch.", "I've just rinsed my eyes with clean water."),
    ("Bạn nên rửa mắt bằng nước muối sinh lý.", "You should rinse your eyes with saline."),
    ("Lan nên rửa mắt bằng nước mát.", "Lan should rinse her eyes with cool water."),
    # not: dust and "gì đó" (mt/eye_troubles.py), sand said who or eye first (mt/knocks.py), "Đừng dụi mắt." (v8 right),
    # "rồi" after sand got in, "con gì" without "có", "chúng tôi" as whose eye, a pet, "anh" saying it, "I" asked, a
    # "?" on a statement, "thế" said, "nhỉ", "cứ" with "quá", asked with how long, gritty and red, an insect not
    # flying, a bare "rửa", rinsing of a child or a name that does not tell, the other language, nonsense
    ("Có bụi bay vào mắt tôi.", None), ("Có gì đó bay vào mắt tôi.", None), ("Tôi bị cát bay vào mắt.", None),
    ("Mắt tôi bị cát bay vào.", None), ("Đừng dụi mắt.", None), ("Có cát bay vào mắt tôi rồi.", None),
    ("Con gì bay vào mắt tôi.", None), ("Mắt chúng tôi bị cộm.", None), ("Có cát bay vào mắt họ.", None),
    ("Mắt con chó của tôi bị cộm.", None), ("Anh bị cộm mắt.", None), ("Mắt tôi có bị cộm không?", None),
    ("Mắt tôi bị cộm?", None), ("Mắt tôi bị cộm thế.", None), ("Mắt tôi bị cộm nhỉ.", None),
    ("Mắt tôi cứ bị cộm quá.", None), ("Mắt bạn có bị cộm từ sáng không?", None), ("Mắt tôi bị cộm và đỏ.", None),
    ("Có con kiến bay vào mắt tôi.", None), ("Có côn trùng rơi vào mắt tôi.", None),
    ("Tôi rửa mắt bằng nước sạch.", None), ("Con tôi vừa rửa mắt bằng nước muối sinh lý.", None),
    ("Minh nên rửa mắt bằng nước sạch.", None), ("Rửa mắt bằng nước sạch.", None), ("Bạn có bị cộm không?", None),
    ("Mắt tôi bị cộm mắt.", None), ("Cộm cộm cộm.", None), ("My eyes feel gritty.", None),
    ("Mắt tôi không bị cộm quá.", None), ("Bạn bị cộm mắt à?", None), ("Em có bị cộm mắt không ạ?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mắt tôi cảm thấy vui vẻ." (happy), "Mắt tôi cảm thấy gritty.", "Đôi mắt cô ấy cảm thấy dễ chịu.", "Mắt
    # của Lan có cảm giác rất vui.", "Mắt tôi cảm thấy rất vui." (so), "Mắt tôi giữ cảm giác khó chịu." (keep)
    ("My eyes feel gritty.", "Mắt tôi bị cộm."),
    ("My eye feels gritty.", "Mắt tôi bị cộm."),
    ("My left eye feels gritty.", "Mắt trái của tôi bị cộm."),
    ("Her eyes feel gritty.", "Mắt cô ấy bị cộm."),
    ("Lan's eyes feel gritty.", "Mắt Lan bị cộm."),
    ("My mother's eyes feel gritty.", "Mắt mẹ tôi bị cộm."),
    ("My eyes feel really gritty.", "Mắt tôi bị cộm quá."),
    ("My eyes feel so gritty!", "Mắt tôi bị cộm quá!"),
    ("My eyes feel a bit gritty.", "Mắt tôi hơi cộm."),
    ("My eyes feel slightly gritty.", "Mắt tôi hơi cộm."),
    ("My eyes keep feeling gritty.", "Mắt tôi cứ bị cộm."),
    ("My left eye keeps feeling gritty.", "Mắt trái của tôi cứ bị cộm."),
    ("My eyes don't feel gritty.", "Mắt tôi không bị cộm."),
    ("My eye doesn't feel gritty.", "Mắt tôi không bị cộm."),
    ("My eyes feel gritty, like there's sand in them.", "Mắt tôi bị cộm như có cát trong mắt."),
    ("My eyes feel gritty, as if there is sand in them.", "Mắt tôi bị cộm như có cát trong mắt."),
    # v8: "Mắt của bạn có cảm giác khó chịu không?", "Mắt tôi cảm thấy rất vui vì sáng nay.", "Mắt tôi cảm thấy dễ
    # chịu trong một vài ngày."
    ("Do your eyes feel gritty?", "Mắt bạn có bị cộm không?"),
    ("Does your eye feel gritty?", "Mắt bạn có bị cộm không?"),
    ("Does your left eye feel gritty?", "Mắt trái của bạn có bị cộm không?"),
    ("Do your son's eyes feel gritty?", "Mắt con trai bạn có bị cộm không?"),
    ("My eyes have felt gritty since this morning.", "Mắt tôi bị cộm từ sáng nay."),
    ("My eyes have been feeling gritty since this morning.", "Mắt tôi bị cộm từ sáng nay."),
    ("My eyes have felt gritty for a few days.", "Mắt tôi bị cộm mấy ngày nay."),
    ("My eyes have felt gritty since yesterday.", "Mắt tôi bị cộm từ hôm qua."),
    ("My eyes have felt gritty all day.", "Mắt tôi bị cộm cả ngày."),
    ("My left eye has felt gritty since last night.", "Mắt trái của tôi bị cộm từ tối qua."),
    ("Her eyes have been feeling a bit gritty for a few days.", "Mắt cô ấy hơi cộm mấy ngày nay."),
    # v8: "Tôi bị cát trong mắt tôi.", "Con trai tôi bị cát trong mắt anh ấy.", "Cô ấy cát trong mắt cô ấy.", "Bạn có
    # bị cát trong mắt mình không?", "Tôi vừa cát trong mắt tôi.", "Lan đã cát trong mắt cô ấy."
    ("I got sand in my eye.", "Tôi bị cát bay vào mắt."),
    ("My son got sand in his eye.", "Con trai tôi bị cát bay vào mắt."),
    ("She got sand in her eye.", "Cô ấy bị cát bay vào mắt."),
    ("My daughter got sand in her eye.", "Con gái tôi bị cát bay vào mắt."),
    ("Lan got sand in her eye.", "Lan bị cát bay vào mắt."),
    ("I just got sand in my eye.", "Tôi vừa bị cát bay vào mắt."),
    ("I got some sand in my left eye.", "Tôi bị cát bay vào mắt trái."),
    ("Did you get sand in your eye?", "Bạn có bị cát bay vào mắt không?"),
    # v8: "Tôi có một mắt cá chân trong mắt tôi." (an ankle), "Tôi có mắt nhìn trong mắt tôi.", "Con trai tôi bị mắt
    # cá chân trong mắt anh ấy.", "Bạn có bị mí mắt ở mắt mình không?", "Mắt tôi sưng lên."
    ("I've got an eyelash in my eye.", "Tôi bị lông mi rơi vào mắt."),
    ("I have an eyelash in my eye.", "Tôi bị lông mi rơi vào mắt."),
    ("I got an eyelash in my eye.", "Tôi bị lông mi rơi vào mắt."),
    ("My son has got an eyelash in his eye.", "Con trai tôi bị lông mi rơi vào mắt."),
    ("She has an eyelash in her eye.", "Cô ấy bị lông mi rơi vào mắt."),
    ("Have you got an eyelash in your eye?", "Bạn có bị lông mi rơi vào mắt không?"),
    ("Did you get an eyelash in your eye?", "Bạn có bị lông mi rơi vào mắt không?"),
    ("An eyelash got in my eye.", "Có lông mi rơi vào mắt tôi."),
    ("An eyelash fell into my mother's eye.", "Có lông mi rơi vào mắt mẹ tôi."),
    # v8: "Mụn xíu vào mắt tôi.", "Một lỗi lót vào mắt tôi." (an error), "Một đôi mắt mờ lên.", "Món ẩm vào mắt
    # tôi.", "Mắt của con trai tôi.", "Một lỗi trong mắt hôm qua.", "Có phải mí mắt không?", "Hãy thổi vào mắt tôi."
    ("An insect flew into my eye.", "Có con côn trùng bay vào mắt tôi."),
    ("A bug flew into my eye.", "Có con bọ bay vào mắt tôi."),
    ("A fly flew into my eye.", "Có con ruồi bay vào mắt tôi."),
    ("A mosquito flew into my eye.", "Có con muỗi bay vào mắt tôi."),
    ("An insect flew into my son's eye.", "Có con côn trùng bay vào mắt con trai tôi."),
    ("A bug flew into my eye yesterday.", "Hôm qua có con bọ bay vào mắt tôi."),
    ("An insect got in my eye.", "Có con côn trùng bay vào mắt tôi."),
    ("An insect just flew into my left eye.", "Có con côn trùng vừa bay vào mắt trái của tôi."),
    ("Did an insect fly into your eye?", "Có con côn trùng bay vào mắt bạn không?"),
    ("Sand blew into my eye.", "Có cát bay vào mắt tôi."),
    ("Sand blew into my eyes.", "Có cát bay vào mắt tôi."),
    # v8: "Hãy gội mắt bằng nước sạch." (shampoo), "Hãy gội đầu mắt bằng nước.", "Hãy gội đầu bằng nước sạch.", "Bạn
    # nên gội mắt bằng nước sạch.", "Bạn đã rèm mắt bằng nước sạch chưa?", "Tôi rins mắt tôi bằng nước sạch."
    ("Rinse your eyes with clean water.", "Hãy rửa mắt bằng nước sạch."),
    ("Rinse your eyes with clean water!", "Hãy rửa mắt bằng nước sạch!"),
    ("Rinse your eye with water.", "Hãy rửa mắt bằng nước."),
    ("Rinse your eyes out with clean water.", "Hãy rửa mắt bằng nước sạch."),
    ("Wash your eyes with clean water.", "Hãy rửa mắt bằng nước sạch."),
    ("Please rinse your eyes with saline.", "Hãy rửa mắt bằng nước muối sinh lý."),
    ("You should rinse your eyes with clean water.", "Bạn nên rửa mắt bằng nước sạch."),
    ("She needs to rinse her eyes with cool water.", "Cô ấy cần rửa mắt bằng nước mát."),
    ("I have to rinse my eyes with clean water.", "Tôi phải rửa mắt bằng nước sạch."),
    ("Have you rinsed your eyes with clean water?", "Bạn đã rửa mắt bằng nước sạch chưa?"),
    ("Has he rinsed his eyes with clean water yet?", "Anh ấy đã rửa mắt bằng nước sạch chưa?"),
    ("I rinsed my eye with clean water.", "Tôi đã rửa mắt bằng nước sạch."),
    ("I've already rinsed my eyes with clean water.", "Tôi đã rửa mắt bằng nước sạch rồi."),
    ("My mother has just rinsed her eyes with saline.", "Mẹ tôi vừa rửa mắt bằng nước muối sinh lý."),
    # not: dust, "something" and sand that got in (mt/eye_troubles.py, mt/knocks.py), sand had now ("I've got sand"),
    # "Don't rub your eyes." (mt/eye_troubles.py), a verb not agreeing ("My eyes feels", "She have"), "a" not
    # agreeing, "I" asked, a pet, another's eye ("I got sand in your eye."), the past alone, "are gritty", gritty and
    # sore, left eyes, an eyelash blown, an insect in both eyes, "our" eyes, a "?" on a statement, a bare "rinse"
    # (now, or a habit?), the other language, nonsense
    ("I got dust in my eye.", None), ("Something got in my eye.", None), ("Sand got in my eye.", None),
    ("I've got sand in my eye.", None), ("Don't rub your eyes.", None), ("My eyes feels gritty.", None),
    ("She have an eyelash in her eye.", None), ("A insect flew into my eye.", None),
    ("Do my eyes feel gritty?", None), ("My dog's eyes feel gritty.", None), ("I got sand in your eye.", None),
    ("His eyes felt gritty.", None), ("My eyes are gritty.", None), ("My eyes feel gritty and sore.", None),
    ("My left eyes feel gritty.", None), ("An eyelash blew into my eye.", None),
    ("An insect flew into my eyes.", None), ("Our eyes feel gritty.", None), ("My eyes feel gritty?", None),
    ("I rinse my eyes with clean water.", None), ("Mắt tôi bị cộm.", None), ("Gritty gritty gritty.", None),
    ("My eyes have felt gritty.", None), ("Do your eyes feel really gritty?", None),
    ("My dog got sand in his eye.", None), ("Have I rinsed my eyes with clean water?", None),
    ("She have to rinse her eyes with clean water.", None), ("Rinse his eyes with clean water.", None),
    # review: "we" (chúng tôi, or chúng ta with the one spoken to?) and "they" getting something in one eye, and a
    # name whose eye is another's ("John … her eye": someone else's)
    ("We got sand in our eye.", None), ("Did we get sand in our eye?", None), ("They got sand in their eye.", None),
    ("They've got an eyelash in their eye.", None), ("We should rinse our eyes with clean water.", None),
    ("Have we rinsed our eyes with clean water yet?", None), ("John got sand in her eye.", None),
    ("Lan has an eyelash in his eye.", None), ("Huong got sand in his eye.", None),
    ("John should rinse her eyes with clean water.", None), ("Mary needs to rinse his eyes with clean water.", None),
    ("They should rinse their eyes with clean water.", "Họ nên rửa mắt bằng nước sạch."),
    ("Huong should rinse her eyes with clean water.", "Huong nên rửa mắt bằng nước sạch."),
    ("John got sand in his eye.", "John bị cát bay vào mắt."),
    # ... and "our" asked (to a spouse: con chúng ta)
    ("Did our son get sand in his eye?", None), ("Do our son's eyes feel gritty?", None),
    ("Did an insect fly into our son's eye?", None), ("Has our son rinsed his eyes with clean water yet?", None),
    ("Our son got sand in his eye.", "Con trai chúng tôi bị cát bay vào mắt."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
