"""Small skin troubles: a splinter, blisters, chapped lips, dry or cracked skin and heels, pimples and head lice, both
ways (mt/skin_troubles.py)."""
import pytest

from mt.skin_troubles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My hand was chin.", "I'm chined into my hands.", "My mother was chined."
    ("Tay tôi bị dằm.", "I have a splinter in my hand."),
    ("Tôi bị dằm vào tay.", "I have a splinter in my hand."),
    ("Tôi bị dằm đâm vào ngón tay.", "I have a splinter in my finger."),
    ("Ngón tay mẹ tôi bị dằm.", "My mother has a splinter in her finger."),
    ("Chân con trai tôi bị dằm.", "My son has a splinter in his foot."),
    ("Tay bạn có bị dằm không?", "Do you have a splinter in your hand?"),
    ("Tôi bị dằm.", "I have a splinter."),
    # v8: "Can you get the chin for me?", "I can't get chin."
    ("Bạn lấy cái dằm ra giúp tôi được không?", "Can you get the splinter out for me?"),
    ("Bạn có thể lấy cái dằm này ra giúp tôi không?", "Can you get this splinter out for me?"),
    ("Tôi không lấy được cái dằm ra.", "I can't get the splinter out."),
    # v8: "My foot was swollen because of the new shoes.", "My hand was swollen.", "I'm swollen.", "Do you have
    # swollen feet?"
    ("Chân tôi bị phồng rộp vì đi giày mới.", "I have blisters on my feet from my new shoes."),
    ("Tay tôi bị phồng.", "I have blisters on my hands."),
    ("Tay anh ấy bị phồng rộp vì chèo thuyền.", "He has blisters on his hands from rowing."),
    ("Tôi bị phồng rộp chân.", "I have blisters on my feet."),
    ("Mẹ tôi bị phồng rộp chân vì đi giày mới.", "My mother has blisters on her feet from her new shoes."),
    ("Chân bạn có bị phồng rộp không?", "Do you have blisters on your feet?"),
    ("Chân tôi không bị phồng rộp.", "I don't have any blisters on my feet."),
    # v8: "My mother was cracked.", "Are you wrecked?", "My hand was dry.", "My feet were cracked.", "I'm wrinkled."
    ("Môi tôi bị nứt nẻ.", "My lips are chapped."),
    ("Môi tôi bị nẻ.", "My lips are chapped."),
    ("Tôi bị nẻ môi.", "My lips are chapped."),
    ("Môi bạn có bị nẻ không?", "Are your lips chapped?"),
    ("Môi con gái tôi không bị nẻ.", "My daughter's lips aren't chapped."),
    ("Môi tôi khô quá.", "My lips are so dry."),
    ("Da tay tôi bị khô.", "The skin on my hands is dry."),
    ("Da mặt mẹ tôi bị khô.", "The skin on my mother's face is dry."),
    ("Tay tôi bị nứt nẻ.", "My hands are chapped."),
    ("Gót chân tôi bị nứt.", "My heels are cracked."),
    ("Gót chân bà tôi bị nứt nẻ.", "My grandmother's heels are cracked."),
    # v8: "My face is too much acne.", "I usually get acne before my test.", "I get rid of my acne."
    ("Mặt tôi nổi nhiều mụn quá.", "I have so many pimples on my face."),
    ("Mặt tôi nổi nhiều mụn.", "I have a lot of pimples on my face."),
    ("Trán tôi bị nổi mụn.", "I have pimples on my forehead."),
    ("Tôi bị nổi mụn ở cằm.", "I have pimples on my chin."),
    ("Mặt bạn có bị nổi mụn không?", "Do you have pimples on your face?"),
    ("Tôi hay bị nổi mụn trước kỳ thi.", "I often get pimples before exams."),
    ("Con gái tôi hay bị nổi mụn ở trán.", "My daughter often gets pimples on her forehead."),
    # "we" and "they" have a face each (review: "Mặt họ nổi nhiều mụn." → "… on their face.")
    ("Mặt họ nổi nhiều mụn.", "They have a lot of pimples on their faces."),
    ("Chúng tôi bị nổi mụn ở mặt.", "We have pimples on our faces."),
    ("Trán chúng tôi bị nổi mụn.", "We have pimples on our foreheads."),
    ("Cằm chúng tôi nổi mụn.", "We have pimples on our chins."),
    ("Lưng họ nổi mụn.", "They have pimples on their backs."),
    ("Chúng tôi hay bị nổi mụn ở mặt.", "We often get pimples on our faces."),
    ("Da mặt họ bị khô.", "The skin on their faces is dry."),
    ("Da mặt chúng tôi bị khô.", "The skin on our faces is dry."),
    # v8: "My child was snugged.", "Do you have a girl?"
    ("Con tôi bị chấy.", "My child has head lice."),
    ("Đầu con tôi có chấy.", "My child has head lice."),
    ("Con gái bạn có bị chấy không?", "Does your daughter have head lice?"),
    ("Con trai tôi không bị chấy.", "My son doesn't have head lice."),
    ("Chúng tôi bị chấy.", "We have head lice."),
    # not: a name alone with his or her hand, splinters denied, "bị phồng" with no part (swollen?), hands "khô" or
    # "nứt" (wet? broken?), bare pimples and dry skin (v8's right), warts and boils, pimples "before exams" once,
    # "có chấy" without "Đầu", pets, "anh" saying it, "I" asked, a "?" on a statement, "có" without "không"
    ("Tôi bị dằm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tay Lan bị dằm.", None), ("Tay tôi không bị dằm.", None), ("Tôi bị phồng.", None), ("Tay tôi bị khô.", None),
    ("Tay tôi bị nứt.", None), ("Tôi bị nổi mụn.", None), ("Tôi bị mụn.", None), ("Da tôi bị khô.", None),
    ("Mặt tôi nổi mụn cóc.", None), ("Tôi bị nổi mụn nhọt ở lưng.", None), ("Tôi bị nổi mụn trước kỳ thi.", None),
    ("Con tôi có chấy.", None), ("Con chó của tôi bị chấy.", None), ("Anh bị chấy.", None),
    ("Môi tôi có bị nẻ không?", None), ("Con tôi bị chấy?", None), ("Tay bạn có bị dằm.", None),
    ("Lấy cái dằm ra được không?", None), ("Tôi bị ngứa.", None), ("Môi trường bị ô nhiễm.", None),
    ("My lips are chapped.", None), ("Chúng tôi bị dằm.", None),
    # review: a name after "em" or "bạn" is his or hers, not known (was "Lan has a splinter in their hand.")
    ("Em Lan bị dằm vào tay.", None), ("Bạn Lan bị dằm vào tay.", None), ("Em Lan bị phồng rộp chân.", None),
    ("Bạn Lan bị nổi mụn ở mặt.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã bị mụn trứng cá trong ngón tay.", "Tôi có một chiếc splinter trong tay."
    ("I've got a splinter in my finger.", "Ngón tay tôi bị dằm."),
    ("I have a splinter in my hand.", "Tay tôi bị dằm."),
    ("My mother has a splinter in her finger.", "Ngón tay mẹ tôi bị dằm."),
    ("Do you have a splinter in your hand?", "Tay bạn có bị dằm không?"),
    ("Have you got a splinter in your foot?", "Chân bạn có bị dằm không?"),
    # v8: "Bạn có thể bị splinter không?", "Tôi không thể thoát khỏi lời khuyên."
    ("Can you get the splinter out?", "Bạn lấy cái dằm ra được không?"),
    ("Could you get this splinter out for me?", "Bạn lấy cái dằm này ra giúp tôi được không?"),
    ("I can't get the splinter out.", "Tôi không lấy được cái dằm ra."),
    # v8: "Tôi có những chiếc giộp trên bàn chân từ đôi giày mới.", "Tôi có những kẻ giộp trên tay.", "Bạn có
    # blisters trên bàn chân không?"
    ("I have blisters on my feet from my new shoes.", "Chân tôi bị phồng rộp vì đi giày mới."),
    ("I have blisters on my hands.", "Tay tôi bị phồng rộp."),
    ("She has blisters on her hands from digging.", "Tay cô ấy bị phồng rộp vì đào đất."),
    ("I've got a blister on my heel.", "Tôi bị một vết phồng rộp ở gót chân."),
    ("Do you have blisters on your feet?", "Chân bạn có bị phồng rộp không?"),
    ("I don't have any blisters on my feet.", "Chân tôi không bị phồng rộp."),
    # review: many blisters said (was "Chân tôi bị phồng rộp.", the many lost)
    ("I have a lot of blisters on my feet.", "Chân tôi bị phồng rộp nhiều chỗ."),
    ("I have lots of blisters on my feet.", "Chân tôi bị phồng rộp nhiều chỗ."),
    ("I have so many blisters on my hands.", "Tay tôi bị phồng rộp nhiều quá."),
    # v8: "Đôi môi của tôi bị ngâm.", "Đôi môi của bạn bị sệt không?", "Da trên tay tôi khô.", "Món giày của tôi bị
    # nứt gãy.", "Tôi đã ngậm môi.", "Tay tôi bị đuổi."
    ("My lips are chapped.", "Môi tôi bị nứt nẻ."),
    ("Are your lips chapped?", "Môi bạn có bị nứt nẻ không?"),
    ("My mother's lips are so chapped.", "Môi mẹ tôi bị nứt nẻ quá."),
    ("My lips aren't chapped.", "Môi tôi không bị nứt nẻ."),
    ("My lips are dry.", "Môi tôi bị khô."),
    ("The skin on my hands is dry.", "Da tay tôi bị khô."),
    ("Is the skin on your face dry?", "Da mặt bạn có bị khô không?"),
    ("My heels are cracked.", "Gót chân tôi bị nứt."),
    ("My hands are chapped.", "Tay tôi bị nứt nẻ."),
    ("I have chapped lips.", "Môi tôi bị nứt nẻ."),
    ("She has cracked heels.", "Gót chân cô ấy bị nứt."),
    # v8: "Tôi có rất nhiều đốm trên mặt tôi.", "Tôi thường có các đốm trước khi kiểm tra."
    ("I've got a lot of spots on my face.", "Mặt tôi nổi nhiều mụn."),
    ("I have pimples on my forehead.", "Trán tôi bị nổi mụn."),
    ("I don't have any pimples on my face.", "Mặt tôi không bị nổi mụn."),
    ("I often get spots before exams.", "Tôi hay bị nổi mụn trước kỳ thi."),
    ("She usually gets pimples on her chin.", "Cô ấy thường bị nổi mụn ở cằm."),
    ("My son has pimples on his face.", "Mặt con trai tôi bị nổi mụn."),
    ("My daughter often gets spots before exams.", "Con gái tôi hay bị nổi mụn trước kỳ thi."),
    # v8: "Con trai tôi có đầu licen.", "Đứa con gái của bạn có đầu gối không?" (knees)
    ("My son has head lice.", "Con trai tôi bị chấy."),
    ("Does your daughter have head lice?", "Con gái bạn có bị chấy không?"),
    ("Has she got head lice?", "Cô ấy có bị chấy không?"),
    ("My daughter has nits.", "Con gái tôi bị chấy."),
    ("She doesn't have head lice.", "Cô ấy không bị chấy."),
    # not: the verb not agreeing ("She have", "He get", "My lips is"), whose not who's own ("She … his finger"),
    # "got" alone (when?), "a splinter on", blisters where none come ("on my face"), pimples with no place, "any"
    # said, "My hands are dry." (not wet?), heels chapped, pets, "I" asked, a day said, "a blister" asked, "Lan …
    # their", and the other way's language
    ("She have head lice.", None), ("He get spots before exams.", None), ("My lips is chapped.", None),
    ("She has a splinter in his finger.", None), ("I got a splinter in my finger.", None),
    ("I have a splinter on my finger.", None), ("I have blisters on my face.", None), ("I have pimples.", None),
    ("I have any pimples on my face.", None), ("My hands are dry.", None), ("My heels are chapped.", None),
    ("My dog has head lice.", None), ("Do I have head lice?", None), ("My lips were chapped yesterday.", None),
    ("Do you have a blister on your heel?", None), ("Lan has a splinter in their finger.", None),
    ("My skin is dry.", None), ("I have dandruff.", None), ("Tay tôi bị dằm.", None),
    ("Are your lips chapped.", None), ("The police have a splinter group.", None),
    ("We have a splinter in our hands.", None),
    # review: "spots" of a child or older kin may be a rash, chickenpox, age spots or moles (was "Mặt con trai tôi bị
    # nổi mụn.")
    ("My son has spots on his face.", None), ("My father has spots on his back.", None),
    ("Does my son have spots on his face?", None), ("My son often gets spots on his face.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # "bác" with a woman's name is an aunt (mt.names.woman_named; was left to the model, which the review had found
    # writing "Uncle Hoa has a splinter in his finger.")
    ("Bác Hoa bị dằm vào ngón tay.", "Aunt Hoa has a splinter in her finger."),
    ("Môi bác Hoa bị nẻ.", "Aunt Hoa's lips are chapped."), ("Bác Hoa bị chấy.", "Aunt Hoa has head lice."),
    ("Bác Hùng bị dằm vào ngón tay.", "Uncle Hung has a splinter in his finger."),
])
def test_bac_with_a_name_is_an_aunt_or_an_uncle(text, said):
    assert translate(text, "vi", "en") == said
