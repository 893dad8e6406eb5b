"""Feeding a baby: formula, breastfed or bottle-fed, how often and how much, who feeds it and who makes up its bottle,
both ways (mt/baby_feeding.py)."""
import pytest

from mt.baby_feeding import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I drank the formula.", "My daughter feeding formula.", "The mother was totally breastfed.", "My son was
    # bottled.", "My child doesn't get a bottle.", "My mother was still breast-fed."
    ("Con tôi uống sữa công thức.", "My baby drinks formula."),
    ("Con gái tôi bú sữa công thức.", "My daughter is formula-fed."),
    ("Em bé bú mẹ hoàn toàn.", "The baby is exclusively breastfed."),
    ("Bé nhà tôi bú sữa mẹ.", "My baby is breastfed."),
    ("Con bạn có bú mẹ không?", "Is your baby breastfed?"),
    ("Con bạn còn bú mẹ không?", "Is your baby still breastfed?"),
    ("Con tôi vẫn bú mẹ.", "My baby is still breastfed."),
    ("Con trai tôi bú bình.", "My son is bottle-fed."),
    ("Hoa bú bình.", "Hoa is bottle-fed."),
    ("Con tôi không chịu bú bình.", "My baby won't take a bottle."),
    ("Con cô ấy không uống sữa công thức.", "Her baby doesn't drink formula."),
    ("Con bạn có uống sữa công thức không?", "Does your baby drink formula?"),
    ("Em bé không chịu uống sữa công thức.", "The baby won't drink formula."),
    # v8: "My child feeding three hours.", "How many hours do you get fed?", "My baby is eight times a day."
    ("Con tôi bú ba tiếng một lần.", "My baby feeds every three hours."),
    ("Cứ hai tiếng em bé lại bú một lần.", "The baby feeds every two hours."),
    ("Em bé bú một tiếng một lần.", "The baby feeds every hour."),
    ("Con bạn bú mấy tiếng một lần?", "How often does your baby feed?"),
    ("Bé nhà tôi một ngày bú tám lần.", "My baby feeds eight times a day."),
    ("Một ngày con tôi bú 2 lần.", "My baby feeds twice a day."),
    # v8: "Every time I'm feeding 120 ml.", "How many mlfs do you get?"
    ("Mỗi lần con tôi bú 120 ml.", "My baby drinks 120 ml per feed."),
    ("Con tôi mỗi lần uống 150 ml sữa công thức.", "My baby drinks 150 ml of formula per feed."),
    ("Con trai tôi bú mỗi lần 90ml.", "My son drinks 90 ml per feed."),
    ("Mỗi lần con bạn bú bao nhiêu ml?", "How many ml does your baby drink per feed?"),
    # v8: "She is breastfeeding.", "My husband is brewing for her.", "Let me brew your baby.", "Are you milked for
    # your baby?"
    ("Chị ấy đang pha sữa cho con.", "She's making up a bottle for her baby."),
    ("Chồng tôi đang pha sữa cho con.", "My husband is making up a bottle for our baby."),
    ("Mẹ tôi đang pha sữa cho con tôi.", "My mother is making up a bottle for my baby."),
    ("Lan đang pha sữa cho bé.", "Lan is making up a bottle for the baby."),
    ("Để tôi pha sữa cho bé.", "Let me make up a bottle for the baby."),
    ("Bạn đã pha sữa cho con chưa?", "Have you made up a bottle for your baby yet?"),
    ("Tôi vừa pha sữa cho con.", "I've just made up a bottle for my baby."),
    # v8: "I'm feeding.", "Three hours I'm feeding once.", "My mother was totally breastfed.", "Do you breastfeed?",
    # "We gave our children a formula milk.", "I've breastfed six months.", "I've breastfed."
    ("Tôi cho con bú.", "I breastfeed my baby."),
    ("Ba tiếng tôi cho con bú một lần.", "I breastfeed my baby every three hours."),
    ("Cứ ba tiếng tôi lại cho con bú một lần.", "I breastfeed my baby every three hours."),
    ("Tôi cho con bú 3 tiếng một lần.", "I breastfeed my baby every 3 hours."),
    ("Vợ tôi cho con bú mẹ hoàn toàn.", "My wife exclusively breastfeeds our baby."),
    ("Chị tôi đang cho con bú.", "My sister is breastfeeding her baby."),
    ("Bạn có cho con bú không?", "Do you breastfeed your baby?"),
    ("Tôi không cho con bú.", "I don't breastfeed my baby."),
    ("Chúng tôi cho con uống sữa công thức.", "We feed our baby formula."),
    ("Chồng tôi cho con bú bình.", "My husband bottle-feeds our baby."),
    ("Anh ấy đang cho con bú bình.", "He's bottle-feeding his baby."),
    ("Tôi đã cho con bú sáu tháng.", "I breastfed my baby for six months."),
    ("Tôi sẽ cho con bú mẹ hoàn toàn.", "I'll exclusively breastfeed my baby."),
    ("Tôi vừa cho con bú xong.", "I've just breastfed my baby."),
    # not: weaning (mt/fussy_babies.py's), "con" with no whose, a name drinking formula (an old person's formula?),
    # "không bú mẹ" and "không bú bình" (doesn't, or won't?), a "?" on a statement, "có" with no "không", a man, "we"
    # or a parent breastfeeding, "cho con" of a name alone or a grandparent (whose baby?), asked of oneself, "đã" with
    # no months, a habit of bottles made up, "ba giờ" (three o'clock?), "nhỉ", animals, English, nonsense
    ("Con tôi cai sữa rồi.", None), ("Con uống sữa công thức.", None), ("Hoa uống sữa công thức.", None),
    ("Con tôi không bú mẹ.", None), ("Con tôi không bú bình.", None), ("Con tôi bú mẹ?", None),
    ("Con tôi có bú mẹ.", None), ("Anh ấy đang cho con bú.", None), ("Chúng tôi cho con bú.", None),
    ("Mẹ tôi đang cho con bú.", None), ("Lan đang pha sữa cho con.", None), ("Mẹ tôi đang pha sữa cho con.", None),
    ("Tôi có cho con bú không?", None), ("Tôi đã cho con bú.", None), ("Chồng tôi pha sữa cho con.", None),
    ("Ba giờ tôi cho con bú một lần.", None), ("Em bé uống sữa công thức nhỉ.", None), ("Con mèo bú mẹ.", None),
    ("Anh đang cho con bú.", None), ("Mỗi lần con tôi bú 120 ml mỗi lần.", None), ("Bé nhà tôi bú tám lần.", None),
    ("My baby drinks formula.", None), ("Tôi thích uống sữa.", None), ("Bú bú bú.", None),
    ("Con bạn có còn bú mẹ không?", None),
    # (review) what is asked comes before "does": "How many ml does your baby drink of formula per feed?"
    ("Mỗi lần con bạn uống bao nhiêu ml sữa công thức?", "How many ml of formula does your baby drink per feed?"),
    ("Mỗi lần bé bú bao nhiêu ml sữa?", "How many ml of milk does the baby drink per feed?"),
    ("Chị ấy cho con cô ấy bú.", "She breastfeeds her baby."), ("Mẹ tôi cho con bạn bú bình.",
                                                                 "My mother bottle-feeds your baby."),
    ("Con gái tôi đang cho bé bú.", "My daughter is breastfeeding the baby."),
    ("Chị có cho bé bú không?", "Do you breastfeed the baby?"),
    # (review) not: none ("every 0 hours", "0 times a day", "for 0 months", "0 ml"), another's baby breastfed (a
    # bottle?), "em" asking with "ạ" (the speaker), pets, a man asked ("anh", "chú": a bottle), and one whose sex
    # is not said breastfeeding ("Con tôi đang cho bé bú.": a son with a bottle?)
    ("Con tôi bú 0 tiếng một lần.", None), ("Một ngày con tôi bú 0 lần.", None), ("Con tôi bú 00 tiếng một lần.", None),
    ("0 tiếng tôi cho con bú một lần.", None), ("Tôi đã cho con bú 0 tháng.", None),
    ("Mỗi lần con tôi bú 00 ml.", None),
    ("Tôi cho con bạn bú.", None), ("Cô ấy cho con bạn bú.", None), ("Chị tôi cho con tôi bú.", None),
    ("Em có cho con bú không ạ?", None), ("Em có cho con bú bình không ạ?", None),
    ("Em đã pha sữa cho con chưa ạ?", None), ("Con chó của tôi đang pha sữa cho bé.", None),
    ("Con mèo của tôi cho bé bú bình.", None), ("Anh có cho con bú không?", None), ("Chú có cho con bú không?", None),
    ("Con tôi đang cho bé bú.", None), ("Bạn tôi đang cho bé bú.", None), ("Lan cho bé bú.", None),
    ("Đồng nghiệp tôi cho bé bú.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi uống thức uống cho bé.", "Đứa con gái của tôi được bú bình.", "Bé được nuôi một cách độc quyền.",
    # "Con trai tôi được bú bình.", "Con tôi không uống chai.", "Bé của tôi đã được vũ trang." (armed)
    ("My baby drinks formula.", "Con tôi uống sữa công thức."),
    ("My daughter is formula-fed.", "Con gái tôi bú sữa công thức."),
    ("The baby is exclusively breastfed.", "Em bé bú mẹ hoàn toàn."),
    ("Is your baby breastfed?", "Con bạn có bú mẹ không?"),
    ("My baby is still breastfed.", "Con tôi vẫn bú mẹ."),
    ("My son is bottle-fed.", "Con trai tôi bú bình."),
    ("Anna is breastfed.", "Anna bú mẹ."),
    ("My baby won't take a bottle.", "Con tôi không chịu bú bình."),
    ("Does your baby still drink formula?", "Con bạn còn uống sữa công thức không?"),
    ("My baby doesn't drink formula.", "Con tôi không uống sữa công thức."),
    ("My baby has been weaned.", "Con tôi đã cai sữa rồi."),
    ("Has your baby been weaned?", "Con bạn đã cai sữa chưa?"),
    # v8: "Bé của tôi ăn được 3 tiếng đồng hồ.", "Bé của tôi ăn 8 lần một ngày.", "Bé tôi uống 120 ml mỗi thức ăn."
    ("My baby feeds every three hours.", "Con tôi bú ba tiếng một lần."),
    ("The baby feeds every hour.", "Em bé bú một tiếng một lần."),
    ("How often does your baby feed?", "Con bạn bú mấy tiếng một lần?"),
    ("My baby feeds eight times a day.", "Con tôi một ngày bú tám lần."),
    ("My baby feeds twice a day.", "Con tôi một ngày bú hai lần."),
    ("My baby drinks 120 ml per feed.", "Mỗi lần con tôi bú 120 ml."),
    ("My son drinks 150 ml of formula at each feed.", "Mỗi lần con trai tôi uống 150 ml sữa công thức."),
    ("How many ml does your baby drink per feed?", "Mỗi lần con bạn bú bao nhiêu ml?"),
    # v8: "Cô ấy đang bỏ một chai cho em bé.", "Cô ấy đang tạo chai cho em bé.", "Chồng tôi đang tạo chai cho em bé."
    ("She's making up a bottle for her baby.", "Cô ấy đang pha sữa cho con."),
    ("She's making up a bottle for the baby.", "Cô ấy đang pha sữa cho bé."),
    ("My husband is making up a bottle for our baby.", "Chồng tôi đang pha sữa cho con."),
    ("My mother is making up a bottle for my baby.", "Mẹ tôi đang pha sữa cho con tôi."),
    ("Let me make up a bottle for the baby.", "Để tôi pha sữa cho bé."),
    ("Have you made up a bottle for the baby yet?", "Bạn đã pha sữa cho bé chưa?"),
    ("I've just made up a bottle for my baby.", "Tôi vừa pha sữa cho con."),
    # v8: "Tôi cho con bú bằng sữa mẹ mỗi ba tiếng đồng hồ.", "Vợ tôi nuôi con bằng sữa mẹ độc quyền.", "Chúng tôi
    # cho con bú bình công thức." (a bottle), "Tôi cho con bú mẹ trong sáu tháng."
    ("I breastfeed my baby.", "Tôi cho con bú."),
    ("I breastfeed my baby every three hours.", "Ba tiếng tôi cho con bú một lần."),
    ("My wife breastfeeds our baby every two hours.", "Hai tiếng vợ tôi cho con bú một lần."),
    ("My wife exclusively breastfeeds our baby.", "Vợ tôi cho con bú mẹ hoàn toàn."),
    ("Do you breastfeed your baby?", "Bạn có cho con bú không?"),
    ("Does she breastfeed her baby?", "Cô ấy có cho con bú không?"),
    ("She's breastfeeding.", "Cô ấy đang cho con bú."),
    ("Lan is breastfeeding her baby.", "Lan đang cho con bú."),
    ("I don't breastfeed my baby.", "Tôi không cho con bú."),
    ("We feed our baby formula.", "Chúng tôi cho con uống sữa công thức."),
    ("She feeds the baby formula.", "Cô ấy cho bé uống sữa công thức."),
    ("He bottle-feeds his baby.", "Anh ấy cho con bú bình."),
    ("I'll bottle-feed my baby.", "Tôi sẽ cho con bú bình."),
    ("I breastfed my baby for six months.", "Tôi đã cho con bú sáu tháng."),
    ("I've just breastfed my baby.", "Tôi vừa cho con bú xong."),
    # not: the verb not agreeing ("She breastfeed"), a man, "we" or a grandmother breastfeeding, another's baby
    # breastfed, a name drinking formula, "the son", "fed" alone (solid food too), "one months", "two times a day",
    # "every one hours", babies, asked of oneself, a "?" on a statement, "weaned yet" (mt/fussy_babies.py's), pets
    ("She breastfeed her baby.", None), ("He breastfeeds his baby.", None), ("We breastfeed our baby.", None),
    ("My husband breastfeeds our baby.", None), ("My mother breastfeeds her baby.", None),
    ("She breastfeeds your baby.", None), ("Anna drinks formula.", None), ("She feeds the son formula.", None),
    ("I breastfed my baby.", None), ("I've just fed my baby.", None), ("I breastfed my baby for one months.", None),
    ("My baby feeds two times a day.", None), ("My baby feeds every one hours.", None),
    ("The babies are breastfed.", None), ("Do I breastfeed my baby?", None), ("My baby drinks formula?", None),
    ("Has the baby been weaned yet?", None), ("My dog is breastfed.", None), ("She feeds.", None),
    ("Con tôi uống sữa công thức.", None), ("Is your baby breastfed.", None),
    ("My mother is making up a bottle for her baby.", None), ("Let me make up a bottle for your baby.", None),
    # (review) not: "the son", "the daughter" (not "em bé"), the verb not agreeing, pets, none
    ("The son is bottle-fed.", None), ("The daughter drinks formula.", None),
    ("The son feeds every three hours.", None),
    ("The daughter drinks 120 ml per feed.", None), ("How often does the son feed?", None),
    ("Let me make up a bottle for the son.", None), ("Has the son been weaned?", None),
    ("I breastfeeds my baby.", None), ("We bottle-feeds our baby.", None), ("My cat is breastfeeding.", None),
    ("My cat bottle-feeds her baby.", None), ("My cat is making up a bottle for her baby.", None),
    ("I breastfed my baby for 0 months.", None), ("My baby drinks 00 ml per feed.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
