"""Being home alone: who is home alone (now, still, often, on a day), afraid of or liking it, leaving someone home
alone, and a child old enough to stay home alone, both ways (mt/home_alone.py)."""
import pytest

from mt.home_alone import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm staying alone.", "Tonight, I stayed alone.", "I stayed alone.", "My grandmother stayed alone.", "He's
    # staying alone.", "Lan stayed alone.", "My son was alone after school.", "This weekend, I'll be alone."
    ("Tôi đang ở nhà một mình.", "I'm home alone."),
    ("Tôi ở nhà một mình.", "I'm home alone."),
    ("Tối nay tôi ở nhà một mình.", "I'm home alone tonight."),
    ("Tôi ở nhà một mình tối nay.", "I'm home alone tonight."),
    ("Cuối tuần này tôi ở nhà một mình.", "I'm home alone this weekend."),
    ("Hôm nay bố tôi ở nhà một mình.", "My father is home alone today."),
    ("Bà tôi ở nhà một mình.", "My grandmother is home alone."),
    ("Anh ấy đang ở nhà một mình.", "He's home alone."),
    ("Lan ở nhà một mình.", "Lan is home alone."),
    ("Hùng đang ở nhà một mình.", "Hung is home alone."),
    ("Chúng tôi ở nhà một mình.", "We're home alone."),
    ("Tôi một mình ở nhà.", "I'm home alone."),
    ("Bây giờ tôi đang ở nhà một mình.", "I'm home alone now."),
    ("Mẹ tôi ở nhà một mình cả ngày.", "My mother is home alone all day."),
    ("Con trai tôi ở nhà một mình sau giờ học.", "My son is home alone after school."),
    ("Con trai tôi thường ở nhà một mình sau giờ học.", "My son is often home alone after school."),
    ("Tôi vẫn ở nhà một mình.", "I'm still home alone."),
    ("Tôi không ở nhà một mình.", "I'm not home alone."),
    ("Cô ấy không bao giờ ở nhà một mình.", "She's never home alone."),
    ("Tôi thỉnh thoảng ở nhà một mình.", "I'm sometimes home alone."),
    # v8: "Yesterday, I stayed alone."; a day done, to come
    ("Hôm qua tôi ở nhà một mình.", "I was home alone yesterday."),
    ("Hôm qua tôi đã ở nhà một mình cả ngày.", "I was home alone all day yesterday."),
    ("Tối qua con gái tôi ở nhà một mình.", "My daughter was home alone last night."),
    ("Hôm qua tôi không ở nhà một mình.", "I wasn't home alone yesterday."),
    ("Ngày mai tôi sẽ ở nhà một mình.", "I'll be home alone tomorrow."),
    ("Ngày mai tôi ở nhà một mình.", "I'll be home alone tomorrow."),
    ("Ngày mai tôi không ở nhà một mình.", "I won't be home alone tomorrow."),
    ("Tôi sẽ ở nhà một mình.", "I'll be home alone."),
    # v8: "Are your mother at home?", "Do you have a house I?", "Are you at my house?", "Tonight, do you stay at home
    # alone?"
    ("Mẹ bạn ở nhà một mình à?", "Is your mother home alone?"),
    ("Bạn có ở nhà một mình không?", "Are you home alone?"),
    ("Bạn ở nhà một mình à?", "Are you home alone?"),
    ("Anh ở nhà một mình à?", "Are you home alone?"),
    ("Tối nay bạn ở nhà một mình à?", "Are you home alone tonight?"),
    ("Bạn vẫn ở nhà một mình à?", "Are you still home alone?"),
    ("Bạn có thường ở nhà một mình không?", "Are you often home alone?"),
    ("Ngày mai bạn có ở nhà một mình không?", "Will you be home alone tomorrow?"),
    ("Hôm qua con bạn có ở nhà một mình không?", "Was your child home alone yesterday?"),
    # v8: "I'm afraid to stay alone.", "She was afraid to stay alone.", "Are you afraid at my house?", "I don't like
    # to stay alone.", "I like to stay alone.", "My younger brother hate at home alone."
    ("Con tôi sợ ở nhà một mình.", "My child is afraid of being home alone."),
    ("Cô ấy sợ ở nhà một mình.", "She's afraid of being home alone."),
    ("Con trai tôi rất sợ ở nhà một mình.", "My son is very afraid of being home alone."),
    ("Con tôi vẫn sợ ở nhà một mình.", "My child is still afraid of being home alone."),
    ("Tôi không sợ ở nhà một mình.", "I'm not afraid of being home alone."),
    ("Bạn có sợ ở nhà một mình không?", "Are you afraid of being home alone?"),
    ("Bố tôi không thích ở nhà một mình.", "My father doesn't like being home alone."),
    ("Tôi thích ở nhà một mình.", "I like being home alone."),
    ("Tôi rất thích ở nhà một mình.", "I really like being home alone."),
    ("Tôi không thích ở nhà một mình lắm.", "I don't really like being home alone."),
    ("Em trai tôi ghét ở nhà một mình.", "My younger brother hates being home alone."),
    ("Bạn có thích ở nhà một mình không?", "Do you like being home alone?"),
    # v8: "Don't let your child stay alone.", "I'm not going to be alone.", "I don't want to leave my daughter at
    # alone.", "Can I stay alone?", "Do you leave your child at my house?", "Don't let children stay alone."
    ("Đừng để con ở nhà một mình.", "Don't leave your child home alone."),
    ("Đừng để con ở nhà một mình nhé.", "Don't leave your child home alone."),
    ("Bạn đừng để con ở nhà một mình.", "Don't leave your child home alone."),
    ("Đừng để bọn trẻ ở nhà một mình.", "Don't leave the kids home alone."),
    ("Đừng bao giờ để trẻ nhỏ ở nhà một mình.", "Never leave young children home alone."),
    ("Đừng để tôi ở nhà một mình.", "Don't leave me home alone."),
    ("Đừng để con chó của tôi ở nhà một mình.", "Don't leave my dog home alone."),
    ("Tôi không dám để con ở nhà một mình.", "I don't dare leave my child home alone."),
    ("Tôi không muốn để con gái ở nhà một mình.", "I don't want to leave my daughter home alone."),
    ("Tôi không bao giờ để con ở nhà một mình.", "I never leave my child home alone."),
    ("Bạn không nên để con ở nhà một mình.", "You shouldn't leave your child home alone."),
    ("Tôi phải để con ở nhà một mình.", "I have to leave my child home alone."),
    ("Chúng tôi đã để con trai ở nhà một mình.", "We left our son home alone."),
    ("Mẹ tôi không dám để bà tôi ở nhà một mình.", "My mother doesn't dare leave my grandmother home alone."),
    ("Cô ấy thường để các con ở nhà một mình.", "She often leaves her children home alone."),
    ("Tôi có thể để con ở nhà một mình không?", "Can I leave my child home alone?"),
    ("Tôi để con ở nhà một mình được không?", "Can I leave my child home alone?"),
    ("Tôi có nên để con trai ở nhà một mình không?", "Should I leave my son home alone?"),
    ("Bạn có để con ở nhà một mình không?", "Do you leave your child home alone?"),
    # v8: "My daughter is large enough to stay alone.", "Are you big enough to stay alone?", "I'm not large enough to
    # stay alone."
    ("Con gái tôi đủ lớn để ở nhà một mình rồi.", "My daughter is old enough to stay home alone now."),
    ("Con trai tôi đã đủ lớn để ở nhà một mình.", "My son is old enough to stay home alone."),
    ("Con bạn đã đủ lớn để ở nhà một mình chưa?", "Is your child old enough to stay home alone yet?"),
    ("Con bạn có đủ lớn để ở nhà một mình không?", "Is your child old enough to stay home alone?"),
    ("Con tôi chưa đủ lớn để ở nhà một mình.", "My child isn't old enough to stay home alone yet."),
    ("Con tôi không đủ tuổi để ở nhà một mình.", "My child isn't old enough to stay home alone."),
    # not: "I" asked, a "?" on a statement, "anh" or "em" saying it, a pet at home, "đã" alone (when?), "sáng nay"
    # (done, or to come?), "đang" tomorrow, a habit on a day, a bare "để" (once, or a habit?), "anh ấy", "nó" left
    # (a child, or a grown-up?), a name's or kin's child ("con": his, hers, or the speaker?), "Đừng" asked, living,
    # sleeping or going home alone, "ở một mình", "thế" said, "nhỉ", the other way's language, nonsense
    ("Tôi ở nhà một mình à?", None), ("Tôi ở nhà một mình?", None), ("Anh ở nhà một mình.", None),
    ("Em có ở nhà một mình không ạ?", None), ("Con chó của tôi ở nhà một mình.", None),
    ("Tôi đã ở nhà một mình.", None), ("Sáng nay tôi ở nhà một mình.", None),
    ("Ngày mai tôi đang ở nhà một mình.", None), ("Hôm qua tôi thường ở nhà một mình.", None),
    ("Bạn có không ở nhà một mình không?", None), ("Bạn có ở nhà một mình à?", None),
    ("Chúng tôi để con trai ở nhà một mình.", None), ("Đừng để anh ấy ở nhà một mình.", None),
    ("Đừng để nó ở nhà một mình.", None), ("Lan không dám để con ở nhà một mình.", None),
    ("Mẹ tôi không dám để con ở nhà một mình.", None), ("Đừng để con ở nhà một mình không?", None),
    ("Tôi có để con ở nhà một mình.", None), ("Tôi có để con ở nhà một mình không?", None),
    ("Tôi không rất sợ ở nhà một mình.", None), ("Tôi có sợ ở nhà một mình.", None),
    ("Con tôi không đủ lớn để ở nhà một mình chưa?", None),
    ("Tôi sống một mình.", None), ("Tôi ở một mình.", None), ("Con tôi sợ ngủ một mình.", None),
    ("Tôi về nhà một mình.", None), ("Thỉnh thoảng tôi ở nhà một mình.", None), ("Tôi ở nhà một mình thế.", None),
    ("Tôi ở nhà một mình nhỉ.", None),
    # the review: "lắm" asked was lost ("Are you afraid …?"); "con" with "ạ" (the speaker, to a parent?: "Don't
    # leave your child …"); whom the one who leaves ("I don't dare leave me …"); "mình" asking (I, we or you?)
    ("Bạn có sợ ở nhà một mình lắm không?", "Are you very afraid of being home alone?"),
    ("Đừng để con ở nhà một mình ạ.", None), ("Tôi không dám để mình ở nhà một mình.", None),
    ("Lan không dám để Lan ở nhà một mình.", None), ("Tôi không dám để chúng tôi ở nhà một mình.", None),
    ("Chúng tôi không dám để tôi ở nhà một mình.", None), ("Mình có nên để con ở nhà một mình không?", None),
    ("I'm home alone.", None), ("Ở nhà một mình ở nhà một mình.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta một mình về nhà." (going home), "Bà tôi là một mình về nhà.", "Lan ở một mình.", "Bạn có nhà một
    # mình không?", "Bạn có nhà riêng tối nay không?"
    ("I'm home alone.", "Tôi ở nhà một mình."),
    ("I'm home alone tonight.", "Tối nay tôi ở nhà một mình."),
    ("I'm at home alone.", "Tôi ở nhà một mình."),
    ("He's home alone.", "Anh ấy ở nhà một mình."),
    ("She's home alone now.", "Bây giờ cô ấy ở nhà một mình."),
    ("My grandmother is home alone.", "Bà tôi ở nhà một mình."),
    ("Lan is home alone.", "Lan ở nhà một mình."),
    ("My mother is home alone all day.", "Mẹ tôi ở nhà một mình cả ngày."),
    ("I'm home alone this weekend.", "Cuối tuần này tôi ở nhà một mình."),
    ("My son is often home alone after school.", "Con trai tôi thường ở nhà một mình sau giờ học."),
    ("I'm still home alone.", "Tôi vẫn ở nhà một mình."),
    ("I'm not home alone.", "Tôi không ở nhà một mình."),
    ("I'm never home alone.", "Tôi không bao giờ ở nhà một mình."),
    ("Is your mother home alone?", "Mẹ bạn có ở nhà một mình không?"),
    ("Are you home alone?", "Bạn có ở nhà một mình không?"),
    ("Are you home alone tonight?", "Tối nay bạn có ở nhà một mình không?"),
    ("Are you still home alone?", "Bạn còn ở nhà một mình không?"),
    ("I was home alone yesterday.", "Hôm qua tôi ở nhà một mình."),
    ("I was home alone all day yesterday.", "Hôm qua tôi ở nhà một mình cả ngày."),
    ("I wasn't home alone yesterday.", "Hôm qua tôi không ở nhà một mình."),
    ("I was home alone.", "Tôi đã ở nhà một mình."),
    ("Were you home alone yesterday?", "Hôm qua bạn có ở nhà một mình không?"),
    ("I'll be home alone tomorrow.", "Ngày mai tôi sẽ ở nhà một mình."),
    ("I won't be home alone tomorrow.", "Ngày mai tôi sẽ không ở nhà một mình."),
    ("Will you be home alone tomorrow?", "Ngày mai bạn có ở nhà một mình không?"),
    # v8: "Con trai tôi sợ về nhà một mình." (going home), "Bạn có sợ về nhà một mình không?", "Tôi không thích về
    # nhà một mình.", "Tôi ghét nhà một mình."
    ("My son is scared of being home alone.", "Con trai tôi sợ ở nhà một mình."),
    ("My daughter is afraid of being home alone.", "Con gái tôi sợ ở nhà một mình."),
    ("I'm scared to stay home alone.", "Tôi sợ ở nhà một mình."),
    ("She's not afraid of being home alone.", "Cô ấy không sợ ở nhà một mình."),
    ("Are you scared of being home alone?", "Bạn có sợ ở nhà một mình không?"),
    ("Are you still afraid of being home alone?", "Bạn còn sợ ở nhà một mình không?"),
    ("I don't like being home alone.", "Tôi không thích ở nhà một mình."),
    ("I don't really like being home alone.", "Tôi không thích ở nhà một mình lắm."),
    ("I hate being home alone.", "Tôi ghét ở nhà một mình."),
    ("I love being home alone.", "Tôi rất thích ở nhà một mình."),
    ("She likes being home alone.", "Cô ấy thích ở nhà một mình."),
    ("Does she like being home alone?", "Cô ấy có thích ở nhà một mình không?"),
    # v8: "Tôi không nản lòng rời đứa con trai tôi về nhà một mình.", "Tôi có thể rời con gái tôi một mình về nhà được
    # không?", "Chúng tôi đã rời khỏi con trai của chúng tôi một mình.", "Tôi không bao giờ rời đứa con một mình về
    # nhà."
    ("Don't leave your child home alone.", "Đừng để con ở nhà một mình."),
    ("Don't leave the kids home alone.", "Đừng để bọn trẻ ở nhà một mình."),
    ("Never leave young children home alone.", "Đừng bao giờ để trẻ nhỏ ở nhà một mình."),
    ("Don't leave me home alone.", "Đừng để tôi ở nhà một mình."),
    ("I don't dare leave my son home alone.", "Tôi không dám để con trai ở nhà một mình."),
    ("She doesn't dare to leave her daughter home alone.", "Cô ấy không dám để con gái ở nhà một mình."),
    ("Can I leave my daughter home alone?", "Tôi có thể để con gái ở nhà một mình không?"),
    ("Should I leave my son home alone?", "Tôi có nên để con trai ở nhà một mình không?"),
    ("Do you leave your kids home alone?", "Bạn có để các con ở nhà một mình không?"),
    ("They left their son home alone.", "Họ đã để con trai ở nhà một mình."),
    ("I never leave my kids home alone.", "Tôi không bao giờ để các con ở nhà một mình."),
    ("She never leaves her son home alone.", "Cô ấy không bao giờ để con trai ở nhà một mình."),
    ("Lan never leaves her son home alone.", "Lan không bao giờ để con trai ở nhà một mình."),
    ("John never leaves her son home alone.", "John không bao giờ để con trai cô ấy ở nhà một mình."),
    ("I have to leave my daughter home alone.", "Tôi phải để con gái ở nhà một mình."),
    ("My mother has to leave my grandmother home alone.", "Mẹ tôi phải để bà tôi ở nhà một mình."),
    ("You shouldn't leave your child home alone.", "Bạn không nên để con ở nhà một mình."),
    ("I don't leave my son home alone.", "Tôi không để con trai ở nhà một mình."),
    ("Can you leave your son home alone?", "Bạn có thể để con trai ở nhà một mình không?"),
    ("I can't leave your son home alone.", "Tôi không thể để con trai bạn ở nhà một mình."),
    # v8: "Đứa con gái của tôi đủ tuổi để ở lại một mình." (staying on alone)
    ("My daughter is old enough to stay home alone.", "Con gái tôi đã đủ lớn để ở nhà một mình."),
    ("My daughter is old enough to stay home alone now.", "Con gái tôi đủ lớn để ở nhà một mình rồi."),
    ("Is your son old enough to stay home alone?", "Con trai bạn có đủ lớn để ở nhà một mình không?"),
    ("Is your son old enough to stay home alone yet?", "Con trai bạn đã đủ lớn để ở nhà một mình chưa?"),
    ("My son isn't old enough to stay home alone yet.", "Con trai tôi chưa đủ lớn để ở nhà một mình."),
    ("My son isn't old enough to stay home alone.", "Con trai tôi không đủ lớn để ở nhà một mình."),
    # not: "is", "do" or the verb not agreeing with who, "I" asked, a "?" on a statement, a pet, "him" or "her" left
    # (a child, or a grown-up?), a dog left, a name's "his" or "her" (own or not?), "this morning" (done?), "Were
    # you …?" and "Will you …?" without a day, "never" asked, "yet" said, the passive, "staying" home, the other way's
    # language, nonsense
    ("He are home alone.", None), ("She am home alone.", None), ("They is home alone.", None),
    ("Is I home alone?", None), ("Am I home alone?", None), ("He's home alone?", None),
    ("My dog is home alone.", None), ("She like being home alone.", None), ("Do she like being home alone?", None),
    ("I don't love being home alone.", None), ("She leave her son home alone.", None),
    ("Do I leave my son home alone?", None), ("Can I leave him home alone?", None),
    ("I can't leave my dog home alone.", None),
    ("Minh never leaves his son home alone.", None), ("I'm home alone this morning.", None),
    ("Were you home alone?", None), ("Will you be home alone?", None), ("Are you never home alone?", None),
    ("My son is old enough to stay home alone yet.", None), ("I was home alone tomorrow.", None),
    ("Children shouldn't be left home alone.", None), ("I'm staying home alone tonight.", None),
    ("Don't leaves your child home alone.", None), ("Is your son not old enough to stay home alone?", None),
    ("Tôi ở nhà một mình.", None), ("Home alone home alone.", None),
    # the review: "we", "our" (chúng tôi, or chúng ta?: "Are we home alone?" was "Chúng tôi có …"), "us" but after
    # "Don't" (the one spoken to one of us?), whom the one who leaves ("I left me …")
    ("We're home alone.", None), ("Are we home alone?", None), ("We left our son home alone.", None),
    ("Our son is home alone.", None), ("Should we leave our son home alone?", None),
    ("Don't leave our son home alone.", None), ("I left our son home alone.", None),
    ("We like being home alone.", None), ("Are we afraid of being home alone?", None),
    ("We're old enough to stay home alone.", None), ("He left us home alone.", None),
    ("Don't leave us home alone.", "Đừng để chúng tôi ở nhà một mình."), ("I left me home alone.", None),
    ("My mother left my mother home alone.", None),
    # ... "was" with how often or "still" and no day: the adverb was lost ("I was never home alone." → "Tôi đã ở nhà
    # một mình.")
    ("I was never home alone.", None), ("I was often home alone.", None), ("I was still home alone.", None),
    ("She was still home alone yesterday.", "Hôm qua cô ấy vẫn ở nhà một mình."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
