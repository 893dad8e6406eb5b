"""Someone pregnant, expecting or due, and a baby born, said or asked, both ways (mt/babies.py)."""
import pytest

from mt import phrasebook
from mt.babies import bears, day_said, translate


@pytest.mark.parametrize("text, said", [
    # pregnant (v7: "Lan có bầu rồi." → "Lan has an electoral.", "Chị mang thai được mấy tháng rồi?" → "How many
    # months are pregnant?")
    ("Cô ấy đang mang thai.", "She's pregnant."),
    ("Vợ tôi có thai được ba tháng.", "My wife is three months pregnant."),
    ("Cô ấy có thai được 20 tuần.", "She's 20 weeks pregnant."),
    ("Lan có bầu rồi.", "Lan is pregnant."),
    ("Cô ấy mang thai đôi.", "She's pregnant with twins."),
    ("Cô ấy không mang thai.", "She's not pregnant."),
    ("Cô ấy chưa có thai.", "She's not pregnant yet."),
    ("Bạn có đang mang thai không?", "Are you pregnant?"),
    ("Chị ấy có bầu chưa?", "Is she pregnant yet?"),
    ("Chị mang thai được mấy tháng rồi?", "How many months pregnant are you?"),
    # expecting (v7: "Chúng tôi sắp có em bé." → "We're going to have children.", "… con đầu lòng" → "… our head.")
    ("Chúng tôi sắp có em bé.", "We're having a baby."),
    ("Chúng tôi sắp có con đầu lòng.", "We're having our first baby."),
    ("Chị tôi sắp có con thứ hai.", "My sister is having her second baby."),
    ("Chúng tôi sắp có một cặp sinh đôi.", "We're having twins."),
    ("Chúng tôi sẽ có em bé vào tháng Mười.", "We're having a baby in October."),
    ("Bạn sắp có em bé à?", "Are you having a baby?"),
    # due (v7: "Vợ tôi sắp sinh." → "My wife is going to be born.", "Chị tôi dự sinh vào tháng sau." → "My sister was
    # born next month.", "Khi nào chị sinh?" → "When When is born?")
    ("Vợ tôi sắp sinh.", "My wife is due soon."),
    ("Chị tôi dự sinh vào tháng sau.", "My sister is due next month."),
    ("Em bé sẽ chào đời vào tháng Năm.", "The baby is due in May."),
    ("Em bé dự sinh vào tháng 5.", "The baby is due in May."),
    ("Em bé của chị tôi sẽ chào đời vào ngày 5 tháng 3.", "My sister's baby is due on March 5."),
    ("Bé sắp chào đời.", "The baby is due soon."),
    ("Em bé đã chào đời hôm qua.", "The baby was born yesterday."),
    ("Khi nào chị sinh?", "When is your baby due?"),
    ("Chị dự sinh khi nào?", "When is your baby due?"),
    ("Khi nào em bé chào đời?", "When is the baby due?"),
    # a baby born (v7: "Chị tôi vừa sinh con trai." → "She was born in my son.", "Cô ấy sinh đôi." → "She was born.")
    ("Chị tôi vừa sinh con trai.", "My sister just had a baby boy."),
    ("Cô ấy sinh đôi.", "She had twins."),
    ("Cô ấy sinh ba.", "She had triplets."),
    ("Chị Lan vừa sinh con gái.", "Lan just had a baby girl."),
    ("Chị tôi sinh con trai rồi.", "My sister has had a baby boy."),
    ("Vợ tôi sinh rồi.", "My wife has given birth."),
    ("Vợ tôi vừa sinh một bé gái nặng 3,2 kg.", "My wife just had a baby girl weighing 3.2 kg."),
    ("Vợ tôi mới sinh con gái, tên là Mai.", "My wife just had a baby girl named Mai."),
    # a boy or a girl (v7: "Con trai hay con gái?" → "The son or daughter?")
    ("Con trai hay con gái?", "Is it a boy or a girl?"),
    ("Em bé là con trai hay con gái?", "Is the baby a boy or a girl?"),
    ("Chị sinh con trai hay con gái?", "Did you have a boy or a girl?"),
    ("Là con trai.", "It's a boy."),
    ("Em bé là con gái.", "The baby is a girl."),
    # not: a man pregnant or giving birth; "anh", "chị", "em" saying it (may be the speaker); asked without "không";
    # "có" not asking; "khi nào" after the verb (when were you born); a time and a tense that disagree, or none said;
    # one's own birth; a weight of twins, a weight and a name both; ten months; no verb
    ("Anh ấy đang mang thai.", None), ("Chồng tôi vừa sinh con trai.", None), ("Chị đang mang thai.", None),
    ("Bạn có mang thai.", None), ("Bạn có có thai không?", None), ("Chị sinh khi nào?", None),
    ("Em bé sẽ chào đời vào tuần trước.", None), ("Em bé chào đời vào tháng Năm.", None),
    ("Mẹ tôi sinh tôi vào năm 1990.", None), ("Cô ấy sinh đôi nặng 3 kg.", None),
    ("Vợ tôi sinh con gái nặng 3 kg, tên là Mai.", None), ("Cô ấy có thai được mười tháng.", None),
    ("Em bé sẽ vào tháng 5.", None), ("Cô ấy sinh.", None), ("Lan sắp có con đầu lòng.", None),
    ("Chúc mừng bạn đã lên chức bố!", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # pregnant (v7: "My wife is three months pregnant." → "Vợ tôi là ba tháng mang thai.", "How many months pregnant
    # are you?" → "Bạn có bao nhiêu tháng mang thai không?")
    ("She's pregnant.", "Cô ấy đang mang thai."),
    ("My wife is three months pregnant.", "Vợ tôi có thai được ba tháng."),
    ("I'm 20 weeks pregnant.", "Tôi có thai được 20 tuần."),
    ("She's pregnant with twins.", "Cô ấy đang mang thai đôi."),
    ("She isn't pregnant.", "Cô ấy không mang thai."),
    ("She's not pregnant yet.", "Cô ấy chưa có thai."),
    ("Are you pregnant?", "Bạn có đang mang thai không?"),
    ("Is she pregnant yet?", "Cô ấy đã có thai chưa?"),
    ("How many months pregnant are you?", "Bạn mang thai được mấy tháng rồi?"),
    ("How far along are you?", "Bạn mang thai được mấy tháng rồi?"),
    # expecting (v7: "We're expecting a baby." → "Chúng tôi đang mong em bé." (wishing for), "Lan is expecting twins."
    # → "Lan đang mong các cặp vợ chồng.")
    ("We're having a baby.", "Chúng tôi sắp có em bé."),
    ("We're expecting a baby.", "Chúng tôi sắp có em bé."),
    ("We're expecting.", "Chúng tôi sắp có em bé."),
    ("We're expecting our first baby.", "Chúng tôi sắp có con đầu lòng."),
    ("My sister is having her first baby.", "Em gái tôi sắp có con đầu lòng."),
    ("Lan is expecting twins.", "Lan sắp có một cặp sinh đôi."),
    ("We're having a baby in May.", "Chúng tôi sẽ có em bé vào tháng 5."),
    ("Are you expecting?", "Bạn sắp có em bé phải không?"),
    # due (v7: "My sister is due next month." → "Chị của tôi là vào tháng tới.", "When is your baby due?" → "Bé của
    # bạn đến khi nào vậy?")
    ("My sister is due next month.", "Tháng sau em gái tôi dự sinh."),
    ("She's due soon.", "Cô ấy sắp sinh."),
    ("The baby is due in May.", "Em bé sẽ chào đời vào tháng 5."),
    ("My sister's baby is due on March 5.", "Em bé của em gái tôi sẽ chào đời vào ngày 5 tháng 3."),
    ("Our baby is due soon.", "Em bé của chúng tôi sắp chào đời."),
    ("The baby was born yesterday.", "Hôm qua em bé chào đời."),
    ("When is your baby due?", "Khi nào bạn sinh?"),
    ("When are you due?", "Khi nào bạn sinh?"),
    ("When's the baby due?", "Khi nào em bé chào đời?"),
    ("When is his baby due?", "Khi nào em bé của anh ấy chào đời?"),
    # a baby born (v7: "My sister just had a baby boy." → "Chị của tôi chỉ có một cậu bé.", "She had twins." → "Cô ấy
    # có đôi vợ.")
    ("My sister just had a baby boy.", "Em gái tôi vừa sinh con trai."),
    ("She had twins.", "Cô ấy sinh đôi."),
    ("My wife just gave birth to a baby boy.", "Vợ tôi vừa sinh con trai."),
    ("She gave birth to twins.", "Cô ấy sinh đôi."),
    ("She's had a baby girl.", "Cô ấy đã sinh con gái."),
    ("She just gave birth.", "Cô ấy vừa sinh."),
    ("I just had a baby.", "Tôi vừa sinh con."),
    ("My wife just had a baby girl weighing 3.2 kg.", "Vợ tôi vừa sinh con gái nặng 3,2 kg."),
    ("My wife just had a baby boy named Minh.", "Vợ tôi vừa sinh con trai, tên là Minh."),
    # a boy or a girl (v7: "Is it a boy or a girl?" → "Một cậu bé hay một cô gái?", "It's a girl." → "Đó là một cô
    # gái.")
    ("Is it a boy or a girl?", "Con trai hay con gái?"),
    ("Is the baby a boy or a girl?", "Em bé là con trai hay con gái?"),
    ("Did she have a boy or a girl?", "Cô ấy sinh con trai hay con gái?"),
    ("It's a girl.", "Là con gái."),
    ("The baby is a boy.", "Em bé là con trai."),
    # not: a man pregnant, due or giving birth; "is" or "has" not agreeing with who; whose first baby not agreeing;
    # "gave" after "has"; a time and a tense that disagree; "one months"; "expecting" with a time and no baby
    ("He's pregnant.", None), ("When is he due?", None), ("He just had a baby.", None),
    ("She are pregnant.", None), ("I is pregnant.", None), ("They has had a baby.", None),
    ("We're having her first baby.", None), ("My sister is having his first baby.", None),
    ("She has gave birth.", None), ("The baby was born tomorrow.", None), ("The baby is due last week.", None),
    ("My wife is one months pregnant.", None), ("We're expecting next week.", None),
    ("She had twins weighing 3 kg.", None), ("Congratulations on your new baby!", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cô ấy đang mang thai.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("She's pregnant.", "vi", "en") is None
    assert translate("She's pregnant.", "en", "fr") is None


@pytest.mark.parametrize("said, src, day", [
    ("vào tháng Năm", "vi", "in May"), ("tháng 12", "vi", "in December"), ("tháng sau", "vi", "next month"),
    ("ngày 5 tháng 3", "vi", "on March 5"), ("in May", "en", "vào tháng 5"), ("next month", "en", "tháng sau"),
    ("tháng 13", "vi", None), ("mùa hè", "vi", None),
])
def test_day_said(said, src, day):
    assert day_said(said, src) == day


def test_who_bears():
    assert bears("chị tôi") and bears("Lan") and bears("bạn")
    assert not bears("anh ấy") and not bears("chồng tôi") and not bears("Bác Hùng")


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Chị tôi vừa sinh con trai.", "vi", "en") == "My sister just had a baby boy."
    assert phrasebook.translate("We're having a baby.", "en", "vi") == "Chúng tôi sắp có em bé."
