"""Catching the common infectious illnesses of childhood: chickenpox, measles, mumps, hand, foot and mouth disease,
dengue fever, heat rash and hives, had now, as a child, ever, just caught or got over, both ways (mt/infections.py)."""
import pytest

from mt.infections import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child is parked.", "My child was measles.", "I was adopted.", "My child was legitimated.", "He has a
    # fever of bleeding.", "My child was slighted.", "I'm slighted.", "We are varicated."
    ("Con tôi bị thủy đậu.", "My child has chickenpox."),
    ("Con tôi bị thuỷ đậu.", "My child has chickenpox."),
    ("Con tôi bị sởi.", "My child has measles."),
    ("Con tôi bị quai bị.", "My child has mumps."),
    ("Con tôi bị tay chân miệng.", "My child has hand, foot and mouth disease."),
    ("Anh ấy bị sốt xuất huyết.", "He has dengue fever."),
    ("Con tôi bị rôm sảy.", "My child has heat rash."),
    ("Bé nhà tôi bị rôm sảy.", "My baby has heat rash."),
    ("Tôi bị nổi mề đay.", "I have hives."),
    ("Chúng tôi bị thuỷ đậu.", "We have chickenpox."),
    ("Mẹ tôi bị sốt xuất huyết.", "My mother has dengue fever."),
    ("Lan bị quai bị.", "Lan has mumps."),
    ("Em trai tôi đang bị thủy đậu.", "My younger brother has chickenpox."),
    ("Tôi bị bệnh sởi.", "I have measles."),
    ("Con tôi vẫn bị tay chân miệng.", "My child still has hand, foot and mouth disease."),
    # v8: "My daughter was not measles.", "Did Lan have a measles?"
    ("Con gái tôi không bị sởi.", "My daughter doesn't have measles."),
    ("Lan có bị sởi không?", "Does Lan have measles?"),
    ("Con bạn bị sởi à?", "Does your child have measles?"),
    ("Anh có bị sốt xuất huyết không?", "Do you have dengue fever?"),
    # v8: "When I was varicant.", "Last year, I had a fever of bleeding."
    ("Hồi nhỏ tôi bị thủy đậu rồi.", "I had chickenpox as a child."),
    ("Khi còn nhỏ, tôi bị quai bị.", "I had mumps as a child."),
    ("Chúng tôi bị thủy đậu hồi nhỏ.", "We had chickenpox as children."),
    ("Hồi nhỏ bạn có bị quai bị không?", "Did you have mumps as a child?"),
    ("Hồi nhỏ tôi không bị sởi.", "I didn't have measles as a child."),
    ("Hồi nhỏ tôi bị rôm sảy.", "I had heat rash as a child."),
    ("Năm ngoái tôi bị sốt xuất huyết.", "I had dengue fever last year."),
    ("Tuần trước, con gái tôi bị tay chân miệng.", "My daughter had hand, foot and mouth disease last week."),
    ("Năm ngoái bạn có bị sốt xuất huyết không?", "Did you have dengue fever last year?"),
    # v8: "Are you parked?", "You've never been measles?", "Do you ever have bleeding?", "I've never been parked.",
    # "I was varicant.", "My child has not been measles."
    ("Bạn đã bị thủy đậu chưa?", "Have you had chickenpox?"),
    ("Bạn bị thủy đậu chưa?", "Have you had chickenpox?"),
    ("Bạn đã bao giờ bị sởi chưa?", "Have you ever had measles?"),
    ("Bạn bị thủy đậu bao giờ chưa?", "Have you ever had chickenpox?"),
    ("Bạn có từng bị sốt xuất huyết không?", "Have you ever had dengue fever?"),
    ("Bạn đã bao giờ bị nổi mề đay chưa?", "Have you ever had hives?"),
    ("Con trai bạn đã bị quai bị chưa?", "Has your son had mumps?"),
    ("Tôi chưa bao giờ bị thủy đậu.", "I've never had chickenpox."),
    ("Tôi chưa bị thủy đậu bao giờ.", "I've never had chickenpox."),
    ("Tôi đã bị thủy đậu rồi.", "I've already had chickenpox."),
    ("Mẹ tôi đã bị sởi rồi.", "My mother has already had measles."),
    ("Con tôi chưa bị sởi.", "My child hasn't had measles yet."),
    ("Lan từng bị sốt xuất huyết.", "Lan has had dengue fever before."),
    # v8: "My son was adopted."
    ("Con trai tôi vừa bị quai bị.", "My son has just caught mumps."),
    ("Em trai tôi mới bị thủy đậu.", "My younger brother has just caught chickenpox."),
    ("Bác Hùng vừa bị sốt xuất huyết.", "Uncle Hung has just got dengue fever."),
    # v8: "My mother was out of the fever of bleeding.", "Have you got rid of varicella yet?"
    ("Mẹ tôi đã khỏi sốt xuất huyết rồi.", "My mother has recovered from dengue fever."),
    ("Con bạn đã khỏi thủy đậu chưa?", "Has your child recovered from chickenpox yet?"),
    ("Con tôi chưa khỏi sởi.", "My child hasn't recovered from measles yet."),
    ("Anh ấy vẫn chưa khỏi quai bị.", "He still hasn't recovered from mumps."),
    # v8: "My younger brother is transmitted from me.", "Is the park beans contagious?"
    ("Em trai tôi bị lây thủy đậu từ tôi.", "My younger brother caught chickenpox from me."),
    ("Anh ấy bị lây sởi từ mẹ tôi.", "He caught measles from my mother."),
    ("Thủy đậu có lây không?", "Is chickenpox contagious?"),
    ("Nổi mề đay có lây không?", "Are hives contagious?"),
    # not: "bị … rồi" without "đã" (has it now, or had it?), "đã bị" alone (when?), asked of "I", a "?" on a statement,
    # "có" without "không", "anh" alone saying it, a pet, "nhỉ", a rash had already or just (once, or now?), a rash
    # got over, "hôm qua" (had, or caught then?), jabs (mt/jabs.py), epidemics, "sốt" alone (mt/ailments.py), how
    # bad, the other language, nonsense
    ("Con tôi bị thủy đậu rồi.", None), ("Tôi đã bị sởi.", None), ("Tôi có bị sởi không?", None),
    ("Con tôi bị sởi?", None), ("Con tôi có bị sởi.", None), ("Anh bị sởi.", None), ("Con chó của tôi bị sởi.", None),
    ("Con bạn bị sởi nhỉ?", None), ("Con tôi đã bị rôm sảy rồi.", None), ("Con tôi mới bị rôm sảy.", None),
    ("Chị ấy đã khỏi nổi mề đay rồi.", None), ("Hôm qua tôi bị sốt xuất huyết.", None),
    ("Con tôi được tiêm phòng sởi rồi.", None), ("Dịch sởi đang lan rộng.", None), ("Con tôi bị sốt.", None),
    ("Con tôi bị thủy đậu nặng.", None), ("Hồi nhỏ tôi chưa bị sởi.", None), ("Con tôi bị sởi rồi à?", None),
    ("Tôi bị sởi không?", None), ("Sởi có lây không.", None), ("My child has measles.", None),
    ("Sởi sởi sởi.", None), ("Hồi nhỏ tôi bị sởi, năm ngoái tôi bị sởi.", None),
    # not: "từ bạn" alone (from you, or from a friend at school?), a baby as a child ("My baby … as a child")
    ("Con tôi bị lây sởi từ bạn.", None), ("Tôi bị lây thủy đậu từ bạn.", None),
    ("Hồi nhỏ bé nhà tôi bị thủy đậu.", None), ("Bé nhà tôi bị thủy đậu hồi nhỏ.", None),
    ("Hồi nhỏ bé nhà bạn có bị sởi không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi có thủy đậu.", "Con tôi có sởi.", "Cô ấy có nếm.", "Con trai tôi mắc bệnh bàn tay, bàn chân và
    # miệng.", "Anh ấy đã bị sốt nhẹ.", "Bé của tôi bị hăm tã." (nappy rash), "Tôi có những người ghét." (haters)
    ("My child has chickenpox.", "Con tôi bị thủy đậu."),
    ("My child has measles.", "Con tôi bị sởi."),
    ("She has mumps.", "Cô ấy bị quai bị."),
    ("She's got mumps.", "Cô ấy bị quai bị."),
    ("My son has hand, foot and mouth disease.", "Con trai tôi bị tay chân miệng."),
    ("He has dengue fever.", "Anh ấy bị sốt xuất huyết."),
    ("My sister has dengue.", "Em gái tôi bị sốt xuất huyết."),
    ("My baby has heat rash.", "Bé nhà tôi bị rôm sảy."),
    ("My baby has a heat rash.", "Bé nhà tôi bị rôm sảy."),
    ("I have hives.", "Tôi bị nổi mề đay."),
    ("We have chickenpox.", "Chúng tôi bị thủy đậu."),
    ("Lan's got measles.", "Lan bị sởi."),
    # v8: "Đứa con gái của tôi không có sởi.", "Có sởi?"
    ("My daughter doesn't have measles.", "Con gái tôi không bị sởi."),
    ("Does Lan have measles?", "Lan có bị sởi không?"),
    ("Do you have chickenpox?", "Bạn có bị thủy đậu không?"),
    ("Does your baby have heat rash?", "Bé nhà bạn có bị rôm sảy không?"),
    # v8: "Tôi có con gà như một đứa trẻ." (a chicken), "Bạn có bị thương như một đứa trẻ không?" (hurt), "Tôi đã
    # bị sốt nhẹ năm ngoái."
    ("I had chickenpox as a child.", "Hồi nhỏ tôi bị thủy đậu rồi."),
    ("As a child, I had measles.", "Hồi nhỏ tôi bị sởi rồi."),
    ("We had chickenpox as children.", "Hồi nhỏ chúng tôi bị thủy đậu rồi."),
    ("Did you have mumps as a child?", "Hồi nhỏ bạn có bị quai bị không?"),
    ("I didn't have chickenpox as a child.", "Hồi nhỏ tôi không bị thủy đậu."),
    ("I had hives as a child.", "Hồi nhỏ tôi bị nổi mề đay."),
    ("I had dengue fever last year.", "Năm ngoái tôi bị sốt xuất huyết."),
    ("Last year, my son had measles.", "Năm ngoái con trai tôi bị sởi."),
    ("Did you have chickenpox last week?", "Tuần trước bạn có bị thủy đậu không?"),
    # v8: "Bạn có bị thủy đậu không?" (now), "Bạn từng bị sởi?", "Tôi chưa bao giờ có thủy đậu.", "Con tôi không có
    # sởi."
    ("Have you had chickenpox?", "Bạn đã bị thủy đậu chưa?"),
    ("Have you had chickenpox yet?", "Bạn đã bị thủy đậu chưa?"),
    ("Have you ever had measles?", "Bạn đã bao giờ bị sởi chưa?"),
    ("Has your son had mumps?", "Con trai bạn đã bị quai bị chưa?"),
    ("I've never had chickenpox.", "Tôi chưa bao giờ bị thủy đậu."),
    ("My mother has never had hives.", "Mẹ tôi chưa bao giờ bị nổi mề đay."),
    ("I've already had chickenpox.", "Tôi đã bị thủy đậu rồi."),
    ("My mother's had chickenpox.", "Mẹ tôi đã bị thủy đậu rồi."),
    ("My child hasn't had measles.", "Con tôi chưa bị sởi."),
    ("She hasn't had chickenpox yet.", "Cô ấy chưa bị thủy đậu."),
    ("She's had dengue fever before.", "Cô ấy đã từng bị sốt xuất huyết."),
    # v8: "Con trai tôi vừa bắt gặp mumps." (came across)
    ("My son has just caught mumps.", "Con trai tôi vừa bị quai bị."),
    ("He has just got dengue fever.", "Anh ấy vừa bị sốt xuất huyết."),
    # v8: "Mẹ tôi đã khôi phục lại khỏi sốt dengue.", "Con bạn có thể khôi phục khỏi thủy đậu chưa?"
    ("My mother has recovered from dengue fever.", "Mẹ tôi đã khỏi sốt xuất huyết rồi."),
    ("Has your child recovered from chickenpox yet?", "Con bạn đã khỏi thủy đậu chưa?"),
    ("My son still hasn't recovered from mumps.", "Con trai tôi vẫn chưa khỏi quai bị."),
    # v8: "Em trai tôi bắt gặp thủy đậu từ tôi.", "Bệnh thủy đậu có lây nhiễm không?"
    ("My younger brother caught chickenpox from me.", "Em trai tôi bị lây thủy đậu từ tôi."),
    ("He caught measles from my mother.", "Anh ấy bị lây sởi từ mẹ tôi."),
    ("Is chickenpox contagious?", "Thủy đậu có lây không?"),
    ("Are hives contagious?", "Nổi mề đay có lây không?"),
    ("Is hand, foot and mouth disease contagious?", "Tay chân miệng có lây không?"),
    # not: the verb not agreeing ("She have", "I has", "Does he has"), "as children" of one, "had" with no when,
    # asked of "I", a pet, a rash had or caught (once, or now?), caught with no one it came from, "Are" of
    # chickenpox, a "?" on a statement, recovering (not yet over it), a when no table knows, "children" (not read),
    # the other language, nonsense
    ("She have mumps.", None), ("I has hives.", None), ("Does he has measles?", None),
    ("I had chickenpox as children.", None), ("I had chickenpox.", None), ("Have I had chickenpox?", None),
    ("Do I have chickenpox?", None), ("My cat has hives.", None), ("I have had hives.", None),
    ("She caught hives from me.", None), ("He caught measles.", None), ("Are chickenpox contagious?", None),
    ("He has measles?", None), ("My son is recovering from chickenpox.", None),
    ("I had chicken pox when I was five.", None), ("My children have chickenpox.", None),
    ("Con tôi bị sởi.", None), ("Measles measles.", None), ("He has just caught dengue fever.", None),
    # not: a baby as a child
    ("My baby had chickenpox as a child.", None), ("Did your baby have heat rash as a child?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
