"""Sores in the mouth: mouth ulcers, cold sores, a tongue or lip bitten, a burnt tongue, and sore or swollen gums, both
ways (mt/mouth_sores.py)."""
import pytest

from mt.mouth_sores import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have oral temperature.", "I usually have oral temperature.", "Do you have an oral temperature?", "My mother
    # was worried about her mouth.", "My child with oral temperatures should not eat."
    ("Tôi bị nhiệt miệng.", "I have a mouth ulcer."),
    ("Mẹ tôi bị loét miệng.", "My mother has a mouth ulcer."),
    ("Anh ấy đang bị nhiệt miệng.", "He has a mouth ulcer."),
    ("Lan bị nhiệt miệng.", "Lan has a mouth ulcer."),
    ("Chúng tôi bị nhiệt miệng.", "We have mouth ulcers."),
    ("Tôi không bị nhiệt miệng.", "I don't have a mouth ulcer."),
    ("Bạn bị nhiệt miệng à?", "Do you have a mouth ulcer?"),
    ("Bạn có bị nhiệt miệng không?", "Do you have a mouth ulcer?"),
    ("Con gái bạn có bị loét miệng không ạ?", "Does your daughter have a mouth ulcer?"),
    ("Tôi lại bị nhiệt miệng rồi.", "I have a mouth ulcer again."),
    ("Tuần trước mẹ tôi bị nhiệt miệng.", "My mother had a mouth ulcer last week."),
    ("Tôi bị nhiệt miệng tháng trước.", "I had a mouth ulcer last month."),
    ("Tôi hay bị nhiệt miệng.", "I often get mouth ulcers."),
    ("Con tôi thường bị nhiệt miệng.", "My child often gets mouth ulcers."),
    ("Cô ấy thỉnh thoảng bị loét miệng.", "She sometimes gets mouth ulcers."),
    ("Bạn có hay bị nhiệt miệng không?", "Do you often get mouth ulcers?"),
    ("Con tôi bị nhiệt miệng nên không ăn được.", "My child has a mouth ulcer, so they can't eat."),
    ("Mẹ tôi bị nhiệt miệng nên không ăn uống được.", "My mother has a mouth ulcer, so she can't eat or drink."),
    ("Tôi bị nhiệt miệng nên không ăn được.", "I have a mouth ulcer, so I can't eat."),
    # v8: "I'm getting acne in my lips."
    ("Tôi bị mụn rộp ở môi.", "I have a cold sore on my lip."),
    ("Bố tôi bị mụn rộp môi.", "My father has a cold sore."),
    ("Chị ấy bị mụn rộp trên môi.", "She has a cold sore on her lip."),
    ("Bạn có hay bị mụn rộp ở môi không?", "Do you often get cold sores on your lips?"),
    ("Anh ấy bị viêm lợi.", "He has gingivitis."),
    ("Mẹ tôi bị viêm nướu.", "My mother has gingivitis."),
    # v8: "I bite my tongue.", "I miss a bite from my lips."
    ("Tôi cắn phải lưỡi.", "I bit my tongue."),
    ("Tôi lỡ cắn phải môi.", "I accidentally bit my lip."),
    ("Tôi vừa cắn phải lưỡi.", "I just bit my tongue."),
    ("Con tôi cắn vào lưỡi khi ăn.", "My child bit their tongue while eating."),
    ("Mẹ tôi lại cắn phải lưỡi rồi.", "My mother bit her tongue again."),
    ("Sáng nay anh ấy cắn phải môi.", "He bit his lip this morning."),
    ("Bạn có cắn phải lưỡi không?", "Did you bite your tongue?"),
    # v8: "I was left tongue with a hot tea.", "Are you left your tongue?"
    ("Tôi bị bỏng lưỡi vì uống trà nóng.", "I burnt my tongue on hot tea."),
    ("Tôi bị bỏng lưỡi.", "I burnt my tongue."),
    ("Con trai tôi bị bỏng miệng vì ăn cháo nóng.", "My son burnt his mouth on hot porridge."),
    ("Hôm qua tôi bị phỏng lưỡi khi uống cà phê nóng.", "I burnt my tongue on hot coffee yesterday."),
    ("Em gái tôi vừa bị bỏng lưỡi.", "My sister just burnt her tongue."),
    ("Bạn có bị bỏng lưỡi không?", "Did you burn your tongue?"),
    ("Bạn bị bỏng lưỡi à?", "Did you burn your tongue?"),
    # v8: "I have a pain.", "I gained swelling."
    ("Tôi bị đau lợi.", "My gums hurt."),
    ("Lợi tôi bị sưng.", "My gums are swollen."),
    ("Lợi của mẹ tôi bị đau.", "My mother's gums hurt."),
    ("Lan bị sưng nướu.", "Lan's gums are swollen."),
    ("Tôi hay bị đau lợi.", "My gums often hurt."),
    ("Bạn có bị đau lợi không?", "Do your gums hurt?"),
    ("Lợi bạn có bị sưng không?", "Are your gums swollen?"),
    ("Tôi không bị đau lợi.", "My gums don't hurt."),
    # not: "anh", "chị", "em" alone saying it, "I" asked, a pet, a name whose lip or tongue (his or her?), "we" biting,
    # "mụn rộp" without the lip (herpes anywhere), "cắn lưỡi" bare (biting one's tongue off?), "bị … cắn" (bitten),
    # a "?" without asking words, "có" without "không", tea eaten, burns and bites of mt/injuries.py, lips bitten as a
    # habit (mt/nail_biting.py), bleeding gums (mt/teeth.py), a mouth ulcer "nên không ăn được" asked or as a habit
    ("Anh bị nhiệt miệng.", None), ("Em cắn phải lưỡi.", None), ("Tôi có bị nhiệt miệng không?", None),
    ("Con chó của tôi bị nhiệt miệng.", None), ("Lan cắn phải lưỡi.", None), ("Lan bị mụn rộp ở môi.", None),
    ("Chúng tôi cắn phải lưỡi.", None), ("Tôi bị mụn rộp.", None), ("Tôi cắn lưỡi.", None),
    ("Tôi bị chó cắn.", None), ("Bạn bị nhiệt miệng?", None), ("Bạn có bị nhiệt miệng.", None),
    ("Bạn bị nhiệt miệng không?", None), ("Tôi bị bỏng lưỡi vì ăn trà nóng.", None), ("Tôi bị bỏng.", None),
    ("Tôi bị bỏng tay.", None), ("Tôi hay cắn môi.", None), ("Tôi bị chảy máu chân răng.", None),
    ("Tôi hay bị nhiệt miệng nên không ăn được.", None), ("Bạn có bị nhiệt miệng nên không ăn được không?", None),
    ("Lợi tôi bị đau lợi.", None), ("Điều này có lợi cho sức khỏe.", None), ("Tôi bị nhiệt miệng nhỉ.", None),
    ("Tôi không hay bị đau lợi.", None), ("Tôi hay bị sưng lợi.", None), ("I have a mouth ulcer.", None),
    ("Tuần trước tôi hay bị nhiệt miệng.", None), ("Tôi đang hay bị nhiệt miệng.", None),
    # asked with a day or "khi ăn" (once "Did you bite your tongue?", the day and the meal lost), "vừa lỡ" (once "I
    # just bit my tongue.", "lỡ" lost), a habit denied (once "I often get mouth ulcers."), "nên không ăn được" on a
    # day behind (once "I had a mouth ulcer last week.", the eating lost)
    ("Hôm qua bạn cắn phải lưỡi à?", "Did you bite your tongue yesterday?"),
    ("Bạn có cắn phải lưỡi khi ăn không?", "Did you bite your tongue while eating?"),
    ("Mẹ tôi cắn phải lưỡi khi ăn à?", "Did my mother bite her tongue while eating?"),
    ("Sáng nay bạn có bị bỏng lưỡi không?", "Did you burn your tongue this morning?"),
    ("Hôm qua bạn có bị bỏng lưỡi vì uống trà nóng không?", "Did you burn your tongue on hot tea yesterday?"),
    ("Tôi vừa lỡ cắn phải lưỡi.", "I just accidentally bit my tongue."),
    ("Tôi không hay bị nhiệt miệng.", None), ("Mẹ tôi không hay bị viêm lợi.", None),
    ("Anh ấy không thỉnh thoảng bị nhiệt miệng.", None), ("Tuần trước tôi bị nhiệt miệng nên không ăn được.", None),
    ("Tôi bị nhiệt miệng nên không ăn được tháng trước.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có miệng ulcer.", "Tôi thường bị ulcers.", "Bạn có miệng ulcer không?", "Tôi có một chiếc kẹo cao su."
    # (chewing gum), "Con tôi có miệng, vì vậy không thể ăn được."
    ("I have a mouth ulcer.", "Tôi bị nhiệt miệng."),
    ("My mother has a mouth ulcer.", "Mẹ tôi bị nhiệt miệng."),
    ("She's got a mouth ulcer.", "Cô ấy bị nhiệt miệng."),
    ("I've got an ulcer in my mouth.", "Tôi bị nhiệt miệng."),
    ("I have a canker sore.", "Tôi bị nhiệt miệng."),
    ("Do you have a mouth ulcer?", "Bạn có bị nhiệt miệng không?"),
    ("Does Lan have a mouth ulcer?", "Lan có bị nhiệt miệng không?"),
    ("He doesn't have a mouth ulcer.", "Anh ấy không bị nhiệt miệng."),
    ("I have a mouth ulcer again.", "Tôi lại bị nhiệt miệng rồi."),
    ("I had a mouth ulcer last week.", "Tuần trước tôi bị nhiệt miệng."),
    ("I often get mouth ulcers.", "Tôi hay bị nhiệt miệng."),
    ("We sometimes get mouth ulcers.", "Chúng tôi thỉnh thoảng bị nhiệt miệng."),
    ("Does your son often get mouth ulcers?", "Con trai bạn có hay bị nhiệt miệng không?"),
    ("My child has a mouth ulcer, so he can't eat.", "Con tôi bị nhiệt miệng nên không ăn được."),
    ("My son has a mouth ulcer, so he can't eat or drink.", "Con trai tôi bị nhiệt miệng nên không ăn uống được."),
    # v8: "Tôi bị cảm vâng trên nắp.", "Mẹ tôi thường lạnh.", "Cô ấy bị viêm khớp mãn tính." (arthritis)
    ("I have a cold sore on my lip.", "Tôi bị mụn rộp ở môi."),
    ("I have a cold sore.", "Tôi bị mụn rộp môi."),
    ("My mother often gets cold sores.", "Mẹ tôi hay bị mụn rộp môi."),
    ("She doesn't have a cold sore.", "Cô ấy không bị mụn rộp môi."),
    ("She has gingivitis.", "Cô ấy bị viêm lợi."),
    # v8: "Tôi tai nạn cắn móng tay.", "Tôi đốt lưỡi của tôi vào trà nóng.", "Bạn có đốt lưỡi của mình không?"
    ("I accidentally bit my tongue.", "Tôi lỡ cắn phải lưỡi."),
    ("My son bit his lip while eating.", "Con trai tôi cắn phải môi khi ăn."),
    ("She just accidentally bit her lip.", "Cô ấy vừa lỡ cắn phải môi."),
    ("I burnt my tongue on hot tea.", "Tôi bị bỏng lưỡi vì uống trà nóng."),
    ("I burned my tongue drinking hot coffee.", "Tôi bị bỏng lưỡi vì uống cà phê nóng."),
    ("My child burnt their mouth on hot soup yesterday.", "Hôm qua con tôi bị bỏng miệng vì ăn canh nóng."),
    ("He just burnt his tongue.", "Anh ấy vừa bị bỏng lưỡi."),
    ("Did you burn your tongue?", "Bạn có bị bỏng lưỡi không?"),
    # v8: "Nướu của tôi bị tổn thương.", "Nướu của tôi phồng to."
    ("My gums hurt.", "Tôi bị đau lợi."),
    ("My gums are swollen.", "Tôi bị sưng lợi."),
    ("My mother's gums are sore.", "Mẹ tôi bị đau lợi."),
    ("Are your gums sore?", "Bạn có bị đau lợi không?"),
    ("Do your gums often hurt?", "Bạn có hay bị đau lợi không?"),
    ("His gums don't hurt.", "Anh ấy không bị đau lợi."),
    ("Lan's gums aren't swollen.", "Lan không bị sưng lợi."),
    # not: the verb not agreeing, "I" asked, a pet, another's lip or tongue, "I bit my tongue." bare or on a day (kept
    # quiet?), a tongue bitten asked, a mouth ulcer had without when, one ulcer as a habit, tea eaten, "so she" after
    # a son, other ulcers, burns and scalds of mt/injuries.py, lips bitten as a habit (mt/nail_biting.py), chapped lips
    # (mt/skin_troubles.py), bleeding gums (mt/teeth.py), the other way's language
    ("He have a mouth ulcer.", None), ("She have gingivitis.", None), ("Do I have a mouth ulcer?", None),
    ("Does you have a mouth ulcer?", None), ("My dog has a mouth ulcer.", None),
    ("I have a cold sore on your lip.", None), ("My mother accidentally bit his tongue.", None),
    ("I bit my tongue.", None), ("I bit my tongue yesterday.", None), ("Did you bite your tongue?", None),
    ("I had a mouth ulcer.", None), ("I often get a mouth ulcer.", None), ("I burnt my tongue eating hot tea.", None),
    ("My son has a mouth ulcer, so she can't eat.", None), ("I have a stomach ulcer.", None),
    ("I burned my hand.", None), ("I often bite my lip.", None), ("My lips are chapped.", None),
    ("My gums are bleeding.", None), ("My gums are hurt.", None), ("Are your gums hurt?", None),
    ("Tôi bị nhiệt miệng.", None), ("We bit our tongues accidentally.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
