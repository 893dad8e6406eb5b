"""Crying and a baby's troubles: crying now, why, how often, all night, not stopping, made to cry, stopped, teething,
and "don't cry", both ways (mt/crying.py)."""
import pytest

from mt.crying import translate


@pytest.mark.parametrize("text, said", [
    # crying now, still, asked (v8 right on "Em bé đang khóc.")
    ("Em bé đang khóc.", "The baby is crying."),
    ("Em bé của tôi đang khóc.", "My baby is crying."),
    ("Lan đang khóc.", "Lan is crying."),
    ("Bác Hùng đang khóc.", "Uncle Hung is crying."),
    ("Em bé vẫn đang khóc.", "The baby is still crying."),
    ("Bạn có đang khóc không?", "Are you crying?"),
    ("Anh đang khóc à?", "Are you crying?"),
    ("Em bé vẫn còn khóc à?", "Is the baby still crying?"),
    # why (v8: "Why are your baby cry?", "Why do your baby cry?", "Why were she cry?", "What's your baby cry?")
    ("Sao em bé khóc vậy?", "Why is the baby crying?"),
    ("Tại sao em bé lại khóc?", "Why is the baby crying?"),
    ("Sao cô ấy lại khóc?", "Why is she crying?"),
    ("Sao em khóc?", "Why are you crying?"),
    ("Em bé khóc vì sao?", "Why is the baby crying?"),
    ("Tại sao con tôi cứ khóc mãi?", "Why does my child keep crying?"),
    # teething (v8: "My baby is growing teeth.", "The baby is growing teeth.")
    ("Con tôi đang mọc răng.", "My child is teething."),
    ("Em bé đang mọc răng.", "The baby is teething."),
    ("Em bé có đang mọc răng không?", "Is the baby teething?"),
    ("Con tôi bắt đầu mọc răng rồi.", "My child has started teething."),
    # how often (v8: "Are you crying?", "Do you have or cry?", "My son cries.")
    ("Bạn có hay khóc không?", "Do you cry often?"),
    ("Con bạn có hay khóc không?", "Does your child cry often?"),
    ("Con trai tôi hay khóc.", "My son cries a lot."),
    ("Bé nhà tôi rất hay khóc.", "My baby cries a lot."),
    ("Tôi thường khóc.", "I often cry."),
    ("Con gái tôi không bao giờ khóc.", "My daughter never cries."),
    ("Họ ít khi khóc.", "They rarely cry."),
    ("Con trai tôi không hay khóc.", "My son doesn't cry much."),
    # all night, cried (v8: "The baby crys during the night."; right on "Cô ấy khóc cả đêm.")
    ("Cô ấy khóc cả đêm.", "She cried all night."),
    ("Em bé khóc suốt đêm.", "The baby cried all night."),
    ("Anh ấy khóc cả ngày.", "He cried all day."),
    ("Em bé có khóc cả đêm không?", "Did the baby cry all night?"),
    ("Mẹ tôi đã khóc.", "My mother cried."),
    # not stopping, stopped (v8: "The little baby is unpleasant.", "She cried forever.", "Your baby has been
    # slighted.")
    ("Em bé không chịu nín.", "The baby won't stop crying."),
    ("Em bé khóc mãi không nín.", "The baby won't stop crying."),
    ("Em bé cứ khóc mãi.", "The baby keeps crying."),
    ("Em bé đã nín rồi.", "The baby has stopped crying."),
    ("Em bé nín chưa?", "Has the baby stopped crying?"),
    # made to cry, burst into tears (v8: "She cried out.")
    ("Tôi làm cô ấy khóc.", "I made her cry."),
    ("Anh ấy đã làm tôi khóc.", "He made me cry."),
    ("Ai làm em bé khóc vậy?", "Who made the baby cry?"),
    ("Cô ấy bật khóc.", "She burst into tears."),
    # told (v8: "Nín đi." → "You're gone.", "Don't make your baby cry.")
    ("Đừng khóc.", "Don't cry."),
    ("Đừng khóc nữa.", "Stop crying."),
    ("Con đừng khóc nữa nhé.", "Stop crying."),
    ("Nín đi.", "Stop crying."),
    ("Đừng làm em bé khóc.", "Don't make the baby cry."),
    # not: "anh" saying it (may be the speaker), "khóc" alone (now, or then?), "khóc nhiều", "có khóc không" (does,
    # or did?), a reason, a film, asked without "không", said with it, wisdom teeth, holding one's breath, "em" as whom
    ("Lan đang khóc nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đang khóc.", None), ("Em bé khóc.", None), ("Cô ấy khóc.", None), ("Em bé khóc nhiều lắm.", None),
    ("Em bé có khóc không?", None), ("Con gái tôi khóc vì đói.", None), ("Bộ phim làm tôi khóc.", None),
    ("Em bé đang khóc?", None), ("Em bé đang khóc không.", None), ("Tôi đang mọc răng khôn.", None),
    ("Tôi nín thở.", None), ("Tôi làm em khóc.", None), ("Tôi buồn quá.", None), ("Tôi suýt khóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # crying now (v8: "Bé khóc.", "Bạn đang khóc không?", "Bé có khóc không?")
    ("The baby is crying.", "Em bé đang khóc."),
    ("My baby is crying.", "Con tôi đang khóc."),
    ("Lan's crying.", "Lan đang khóc."),
    ("Are you crying?", "Bạn có đang khóc không?"),
    ("Is the baby crying?", "Em bé có đang khóc không?"),
    ("Is she still crying?", "Cô ấy vẫn đang khóc à?"),
    ("I'm not crying.", "Tôi không khóc."),
    # why (v8: "Tại sao bé khóc?")
    ("Why is the baby crying?", "Sao em bé lại khóc?"),
    ("Why are you crying?", "Sao bạn lại khóc?"),
    ("Why does my son keep crying?", "Sao con trai tôi cứ khóc mãi vậy?"),
    ("Why did she cry?", "Sao cô ấy lại khóc?"),
    # teething (v8: "Đứa con gái tôi đang mọc răng.", "Bé có răng không?")
    ("She's teething.", "Cô ấy đang mọc răng."),
    ("My daughter is teething.", "Con gái tôi đang mọc răng."),
    ("Is the baby teething?", "Em bé có đang mọc răng không?"),
    # how often (v8: "Bạn có khóc thường không?")
    ("He cries a lot.", "Anh ấy hay khóc."),
    ("My son cries a lot.", "Con trai tôi hay khóc."),
    ("She often cries.", "Cô ấy hay khóc."),
    ("She never cries.", "Cô ấy không bao giờ khóc."),
    ("Do you cry often?", "Bạn có hay khóc không?"),
    ("Does your baby cry a lot?", "Con bạn có hay khóc không?"),
    ("I don't cry much.", "Tôi không hay khóc."),
    # all night, cried (v8: "Cô khóc suốt cả đêm.")
    ("She cried all night.", "Cô ấy khóc cả đêm."),
    ("The baby cried all night.", "Em bé khóc cả đêm."),
    ("Did the baby cry all night?", "Em bé có khóc cả đêm không?"),
    ("My mother cried.", "Mẹ tôi đã khóc."),
    ("I didn't cry.", "Tôi không khóc."),
    # not stopping, stopped (v8: "Bé sẽ không ngừng khóc.", "Con trai tôi không khóc được.", "Bé giữ khóc.")
    ("The baby won't stop crying.", "Em bé cứ khóc mãi không nín."),
    ("My son won't stop crying.", "Con trai tôi cứ khóc mãi không nín."),
    ("The baby keeps crying.", "Em bé cứ khóc mãi."),
    ("The baby has stopped crying.", "Em bé nín khóc rồi."),
    ("Has the baby stopped crying?", "Em bé nín khóc chưa?"),
    # made to cry, burst into tears (v8: "He made me cry." → "Anh ta khóc.", "Cô ấy vỡ nước mắt.")
    ("He made me cry.", "Anh ấy đã làm tôi khóc."),
    ("You made her cry.", "Bạn đã làm cô ấy khóc."),
    ("Who made you cry?", "Ai đã làm bạn khóc?"),
    ("She burst into tears.", "Cô ấy bật khóc."),
    # told
    ("Don't cry.", "Đừng khóc."),
    ("Stop crying.", "Đừng khóc nữa."),
    ("Don't make the baby cry.", "Đừng làm em bé khóc."),
    # not: the verb not agreeing with who, "cried" after "did", "much" said, a film, "please", wisdom teeth, "it"
    ("He cry a lot.", None), ("Does he cries a lot?", None), ("The baby are crying.", None),
    ("Has you stopped crying?", None), ("My son keep crying.", None), ("Why do the baby keep crying?", None),
    ("Did she cried?", None), ("The baby cries much.", None), ("The movie made me cry.", None),
    ("Please don't cry.", None), ("I cry all night.", None), ("It's crying.", None), ("I'm sad.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Em bé đang khóc.", "vi", "fr") is None
    assert translate("The baby is crying.", "vi", "en") is None
