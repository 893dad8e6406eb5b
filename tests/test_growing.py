"""Children growing: grown so much, taller, up; growing so fast; getting big; taller than someone now; how tall now;
look how big, both ways (mt/growing.py)."""
import pytest

from mt.growing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Your son is too big!", "Your son is so fast!", "My daughter is large.", "It's too big!"
    ("Con trai bạn lớn quá!", "Your son has grown so much!"),
    ("Con gái bạn lớn quá rồi!", "Your daughter has grown so much!"),
    ("Con bạn lớn nhiều quá!", "Your child has grown so much!"),
    ("Lan lớn quá rồi!", "Lan has grown so much!"),
    ("Bạn lớn quá rồi!", "You've grown so much!"),
    ("Thằng bé lớn quá!", "The boy has grown so much!"),
    ("Các con bạn lớn quá!", "Your children have grown so much!"),
    ("Em trai tôi lớn nhiều rồi.", "My younger brother has grown a lot."),
    ("Con gái tôi lớn rồi.", "My daughter has grown up."),
    ("Anh ấy đã lớn rồi.", "He's grown up."),
    ("Con chó của tôi lớn quá rồi.", "My dog has grown so much."),
    # v8: "The children are too fast.", "Children who are very quickly.", "My child is too fast."
    ("Con trai bạn lớn nhanh quá!", "Your son is growing so fast!"),
    ("Con tôi lớn nhanh quá.", "My child is growing so fast."),
    ("Bọn trẻ lớn nhanh quá.", "The children are growing so fast."),
    ("Họ lớn nhanh quá.", "They're growing so fast."),
    ("Con gái tôi đang lớn nhanh.", "My daughter is growing fast."),
    ("Em bé lớn nhanh quá.", "The baby is growing so fast."),
    ("Trẻ con lớn nhanh quá.", "Kids grow up so fast."),
    ("Trẻ con lớn nhanh thật.", "Kids grow up so fast."),
    ("Anh ấy đang lớn.", "He's growing."),
    # v8: "She is tall.", "She was tall.", "My son was tall.", "My younger brother grows much."
    ("Cô ấy cao lên rồi.", "She's grown taller."),
    ("Cô ấy đã cao lên.", "She's grown taller."),
    ("Con trai tôi cao lên nhiều.", "My son has grown a lot taller."),
    ("Con trai tôi cao lên nhiều quá.", "My son has grown so much taller."),
    ("Thằng bé ngày càng lớn.", "The boy is getting bigger."),
    ("Cô ấy ngày càng cao.", "She's getting taller."),
    # v8: "He's higher than Dad.", "My son was taller than me."
    ("Anh ấy cao hơn bố rồi.", "He's taller than his father now."),
    ("Anh ấy giờ cao hơn bố anh ấy rồi.", "He's taller than his father now."),
    ("Con trai tôi đã cao hơn tôi rồi.", "My son is taller than me now."),
    ("Giờ con gái tôi cao hơn mẹ rồi.", "My daughter is taller than her mother now."),
    ("Bạn cao hơn bố rồi!", "You're taller than your father now!"),
    # v8: "How much do your daughter grows?", "How many girls are tall now?"
    ("Con gái bạn giờ cao bao nhiêu rồi?", "How tall is your daughter now?"),
    ("Con gái bạn bây giờ cao bao nhiêu?", "How tall is your daughter now?"),
    ("Anh ấy cao bao nhiêu rồi?", "How tall is he now?"),
    # v8: "Looking at you not yet!"
    ("Nhìn thằng bé lớn chưa kìa!", "Look how big the boy is!"),
    ("Nhìn bạn cao chưa kìa!", "Look how tall you are!"),
    # not: "cháu", "con", "anh" … alone (who?), "nó", "lớn quá" of a pronoun or a pet (too big?), elders, I, a
    # question, "cao" without "lên" (features'), taller than or how tall without "giờ", "rồi" (comparisons', people's),
    # growing up somewhere (the phrasebook's), the father of one neither his nor her ("con tôi": his? her?)
    ("Anh ấy đang lớn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cháu lớn nhanh quá.", None), ("Cháu lớn quá!", None), ("Con lớn quá rồi!", None),
    ("Nhìn cháu lớn chưa kìa!", None), ("Anh lớn quá rồi.", None), ("Nó lớn nhanh quá.", None),
    ("Anh ấy lớn quá.", None), ("Con chó của tôi lớn quá.", None), ("Mẹ tôi lớn quá rồi.", None),
    ("Tôi lớn rồi.", None), ("Con bạn lớn quá rồi?", None), ("Con trai bạn cao quá!", None),
    ("Anh ấy cao hơn bố anh ấy.", None), ("Con gái bạn cao bao nhiêu?", None), ("Tôi lớn lên ở Huế.", None),
    ("Con tôi cao hơn bố rồi.", None), ("Trẻ con lớn quá.", None), ("Con trai tôi lớn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai của bạn đã lớn lên rất nhiều!" (fair), "Bạn đã lớn lên!"
    ("Your son has grown so much!", "Con trai bạn lớn quá!"),
    ("You've grown so much!", "Bạn lớn quá!"),
    ("Your son has grown a lot!", "Con trai bạn lớn nhiều rồi!"),
    ("You've grown!", "Bạn đã lớn rồi!"),
    ("My daughter has grown up.", "Con gái tôi đã lớn rồi."),
    ("Your kids have grown so much!", "Các con bạn lớn quá!"),
    ("Your children have grown up so fast!", "Các con bạn lớn nhanh quá!"),
    ("Lan has grown so much.", "Lan lớn quá."),
    # v8: "Cô ấy cao hơn." (taller than whom?)
    ("She's grown taller.", "Cô ấy đã cao lên."),
    ("She has grown taller.", "Cô ấy đã cao lên."),
    ("My son has grown a lot taller.", "Con trai tôi đã cao lên nhiều."),
    ("He's grown so much taller!", "Anh ấy cao lên nhiều quá!"),
    # v8: "Con trai của bạn đang phát triển nhanh quá." (developing), "Con trai tôi đang tăng lên nhanh." (rising)
    ("Your son is growing so fast.", "Con trai bạn lớn nhanh quá."),
    ("He's growing so fast.", "Anh ấy lớn nhanh quá."),
    ("My son is growing up fast.", "Con trai tôi đang lớn nhanh."),
    ("The kids are growing up so quickly.", "Bọn trẻ lớn nhanh quá."),
    ("The baby is growing so fast!", "Em bé lớn nhanh quá!"),
    ("Kids grow up so fast.", "Trẻ con lớn nhanh quá."),
    ("Children grow up so fast!", "Trẻ con lớn nhanh quá!"),
    # v8: "Anh ta giành được lớn." (winning), "Cô ta cao su." (rubber), "Con gái của bạn quá lớn!" (too big)
    ("He's getting big.", "Anh ấy ngày càng lớn."),
    ("She's getting taller.", "Cô ấy ngày càng cao."),
    ("He's getting so big!", "Anh ấy lớn quá!"),
    ("Your daughter is so big now!", "Con gái bạn lớn quá rồi!"),
    # v8: "Anh ta cao hơn cha." (now lost), "Con gái của bạn cao su như thế nào?", "Giờ đây anh ta cao su?"
    ("He's taller than his father now.", "Anh ấy giờ đã cao hơn bố rồi."),
    ("My son is taller than me now.", "Con trai tôi giờ đã cao hơn tôi rồi."),
    ("My daughter is now taller than her mother.", "Con gái tôi giờ đã cao hơn mẹ rồi."),
    ("She's taller than my mother now.", "Cô ấy giờ đã cao hơn mẹ tôi rồi."),
    ("How tall is your daughter now?", "Con gái bạn giờ cao bao nhiêu rồi?"),
    ("How tall are you now?", "Bạn giờ cao bao nhiêu rồi?"),
    # v8: "Hãy nhìn bạn lớn như thế nào!"
    ("Look how big you are!", "Nhìn bạn lớn chưa kìa!"),
    ("Look how big you've got!", "Nhìn bạn lớn chưa kìa!"),
    ("Look how tall the boy is!", "Nhìn cậu bé cao chưa kìa!"),
    # not: "has", "is", "are" not agreeing, they ("họ": grown-ups), I, elders, kids growing so much, a time, growing up
    # somewhere, taller than or how tall without "now" (comparisons', people's), "his father" of one not he
    ("She have grown taller.", None), ("Your son have grown so much!", None), ("He are growing so fast.", None),
    ("How tall is you now?", None), ("Look how big you is!", None), ("They grow up so fast.", None),
    ("They've grown so much!", None), ("I've grown so much.", None), ("My mother has grown so much.", None),
    ("Kids have grown so much.", None), ("He's grown a lot this year.", None), ("My son grew up in Hanoi.", None),
    ("He's taller than his father.", None), ("How tall is your daughter?", None),
    ("She's taller than his father now.", None), ("He's grown up so much taller.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Con trai bạn lớn quá!", "en", "vi") is None
    assert translate("Your son has grown so much!", "vi", "en") is None
    assert translate("Your son has grown so much!", "en", "fr") is None
