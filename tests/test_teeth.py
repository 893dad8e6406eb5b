"""Teeth troubles outside the dentist's chair: sensitive teeth, bleeding gums, a loose tooth, a child's teeth, and
braces worn, both ways (mt/teeth.py)."""
import pytest

from mt.teeth import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have teeth.", "I'm getting sedugged.", "I'm getting tooth.", "I have teeth when I eat cold food."
    ("Tôi bị ê răng.", "I have sensitive teeth."),
    ("Răng tôi bị ê.", "I have sensitive teeth."),
    ("Tôi bị ê buốt răng.", "I have sensitive teeth."),
    ("Răng tôi bị ê buốt khi ăn đồ lạnh.", "My teeth are sensitive to cold food."),
    ("Mẹ tôi bị ê răng khi uống nước lạnh.", "My mother's teeth are sensitive to cold water."),
    ("Bạn có bị ê răng không?", "Do you have sensitive teeth?"),
    ("Mẹ tôi không bị ê răng.", "My mother doesn't have sensitive teeth."),
    # v8: "I have a bleeding of my teeth.", "My footwear has bleeding.", "I have a good bleeding."
    ("Tôi bị chảy máu chân răng.", "I have bleeding gums."),
    ("Chân răng tôi bị chảy máu.", "I have bleeding gums."),
    ("Tôi bị chảy máu lợi.", "I have bleeding gums."),
    ("Anh ấy bị chảy máu nướu.", "He has bleeding gums."),
    ("Lợi tôi hay bị chảy máu khi đánh răng.", "My gums often bleed when I brush my teeth."),
    ("Mẹ tôi bị chảy máu chân răng khi đánh răng.", "My mother's gums bleed when she brushes her teeth."),
    ("Bạn có bị chảy máu chân răng không?", "Do you have bleeding gums?"),
    ("Tôi không bị chảy máu chân răng.", "My gums don't bleed."),
    # v8: "My teeth were shaken.", "My child has teeth shaken.", "My child has shaken."
    ("Răng tôi bị lung lay.", "I have a loose tooth."),
    ("Con tôi bị lung lay răng.", "My child has a loose tooth."),
    ("Con tôi bị lung lay răng cửa.", "My child has a loose front tooth."),
    ("Con tôi có một cái răng bị lung lay.", "My child has a loose tooth."),
    ("Răng cửa của con gái tôi bị lung lay.", "My daughter has a loose front tooth."),
    ("Răng bạn có bị lung lay không?", "Do you have a loose tooth?"),
    # v8: "My baby grows tooth.", "My son grow teeth.", "My baby grows two teeth."
    ("Con tôi mọc răng rồi.", "My child has teeth now."),
    ("Con trai tôi mọc răng rồi.", "My son has teeth now."),
    ("Con tôi mọc được hai cái răng rồi.", "My child has two teeth now."),
    ("Bé nhà tôi mọc răng rồi.", "My baby has teeth now."),
    # v8: "My child has teeth.", "My daughter was too teeth."
    ("Con tôi bị sún răng.", "My child has decayed baby teeth."),
    ("Con gái tôi bị sún răng.", "My daughter has decayed baby teeth."),
    ("Con bạn có bị sún răng không?", "Does your child have decayed baby teeth?"),
    # v8: "My child is teething."
    ("Con tôi đang thay răng.", "My child is losing their baby teeth."),
    ("Con gái tôi bắt đầu thay răng rồi.", "My daughter has started losing her baby teeth."),
    ("Con trai tôi vừa rụng chiếc răng sữa đầu tiên.", "My son has just lost his first tooth."),
    # (reviewed: "My baby is losing …", "My baby has just lost …": "bé" losing teeth is a young child)
    ("Bé nhà tôi đang thay răng.", "My child is losing their baby teeth."),
    ("Em bé của tôi đang thay răng.", "My child is losing their baby teeth."),
    ("Bé của anh ấy đang thay răng.", "His child is losing their baby teeth."),
    ("Bé nhà tôi vừa rụng chiếc răng đầu tiên.", "My child has just lost their first tooth."),
    # v8: "I wore my teeth."
    ("Tôi đeo niềng răng.", "I wear braces."),
    ("Con gái tôi đang đeo niềng răng.", "My daughter wears braces."),
    ("Cô ấy từng niềng răng.", "She used to wear braces."),
    ("Bạn có đeo niềng răng không?", "Do you wear braces?"),
    # (reviewed: "Did you use to wear braces?")
    ("Bạn có từng niềng răng không?", "Have you ever had braces?"),
    # not: "anh" saying it (may be the speaker), a grown-up's "sún răng" or teeth in, a tooth lost, teething, tooth
    # decay, braces had (mt/dentist.py, mt/crying.py, mt/milestones.py), a name's gums when brushing (he or she?),
    # "rồi" on changing teeth (begun or done?), "có" with no "không", a toothache
    ("Tôi bị ê răng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị ê răng.", None), ("Em bị chảy máu chân răng.", None), ("Tôi bị sún răng.", None),
    ("Tôi mọc răng rồi.", None), ("Con tôi vừa rụng răng.", None), ("Con tôi đang mọc răng.", None),
    ("Con tôi bị sâu răng.", None), ("Tôi đang niềng răng.", None), ("Lan bị chảy máu chân răng khi đánh răng.", None),
    ("Con tôi thay răng rồi.", None), ("Bạn có bị ê răng?", None), ("Tôi bị đau răng.", None),
    ("Con tôi mọc răng.", None), ("Tôi không hay bị chảy máu chân răng.", None),
    # (reviewed: "Do my gums often bleed …?", "Do I wear braces?": no "có", asked of oneself)
    ("Lợi tôi hay bị chảy máu khi đánh răng không?", None), ("Tôi đeo niềng răng không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tóc của tôi nhạy cảm." (hair), "Bạn có nhạy cảm với răng không?", "Tóc của tôi nhạy cảm với cảm lạnh."
    ("My teeth are sensitive.", "Tôi bị ê răng."),
    ("I have sensitive teeth.", "Tôi bị ê răng."),
    ("She has sensitive teeth.", "Cô ấy bị ê răng."),
    ("I've got sensitive teeth.", "Tôi bị ê răng."),
    ("Are your teeth sensitive?", "Bạn có bị ê răng không?"),
    ("Does he have sensitive teeth?", "Anh ấy có bị ê răng không?"),
    ("My teeth are sensitive to cold.", "Tôi bị ê răng khi ăn uống đồ lạnh."),
    ("My teeth aren't sensitive.", "Tôi không bị ê răng."),
    # v8: "Tôi có nướu răng.", "Những nướu răng của cô ấy đang chảy máu."
    ("I have bleeding gums.", "Tôi bị chảy máu chân răng."),
    ("My gums are bleeding.", "Tôi bị chảy máu chân răng."),
    ("Her gums are bleeding.", "Cô ấy bị chảy máu chân răng."),
    ("My gums bleed when I brush my teeth.", "Tôi bị chảy máu chân răng khi đánh răng."),
    ("My mother's gums bleed when she brushes her teeth.", "Mẹ tôi bị chảy máu chân răng khi đánh răng."),
    ("Do your gums often bleed?", "Bạn có hay bị chảy máu chân răng không?"),
    ("My gums don't bleed.", "Tôi không bị chảy máu chân răng."),
    # v8: "Trời của tôi là nới lỏng.", "Con trai tôi có một cái răng nhẹ nhàng.", "… một cái bụng quá." (a belly)
    ("My tooth is loose.", "Răng tôi bị lung lay."),
    ("My front tooth is loose.", "Răng cửa tôi bị lung lay."),
    ("One of my teeth is loose.", "Tôi có một cái răng bị lung lay."),
    ("My son has a loose tooth.", "Con trai tôi có một cái răng bị lung lay."),
    ("My son has a wobbly tooth.", "Con trai tôi có một cái răng bị lung lay."),
    ("Does she have a loose tooth?", "Răng cô ấy có bị lung lay không?"),
    # v8: "Căng thẳng của con gái tôi đang đến." (stress), "Bé của tôi đang cắt lớp răng."
    ("My daughter's teeth are coming in.", "Con gái tôi đang mọc răng."),
    ("My baby is cutting a tooth.", "Con tôi đang mọc răng."),
    ("My son has two teeth now.", "Con trai tôi mọc được hai cái răng rồi."),
    # v8: "Con trai tôi đã trang trí răng cho bé." (decorated), "Tóc em bé của tôi được trang trí."
    ("My son has decayed baby teeth.", "Con trai tôi bị sún răng."),
    ("My daughter's baby teeth are decayed.", "Con gái tôi bị sún răng."),
    # v8: "Con trai tôi đang mất răng của bé.", "Con gái tôi chỉ mất đi thứ nhất của mình."
    ("My son is losing his baby teeth.", "Con trai tôi đang thay răng."),
    ("My son's baby teeth are falling out.", "Con trai tôi đang thay răng."),
    ("My daughter just lost her first tooth.", "Con gái tôi vừa rụng chiếc răng sữa đầu tiên."),
    # v8: "Cô ấy đeo dụng cụ chỉnh hình.", "Tôi mặc dụng cụ chỉnh hình."
    ("She wears braces.", "Cô ấy đang niềng răng."),
    ("I wear braces.", "Tôi đang niềng răng."),
    ("She's wearing braces.", "Cô ấy đang niềng răng."),
    ("Do you wear braces?", "Bạn có đang niềng răng không?"),
    ("I used to wear braces.", "Tôi từng niềng răng."),
    ("He has to wear braces.", "Anh ấy phải niềng răng."),
    ("She doesn't wear braces.", "Cô ấy không đeo niềng răng."),
    # not: the verb not agreeing ("She have", "He wear", "My teeth is", "My son has two tooth"), whose brushing not
    # whose gums, "her" for a son, a grown-up's teeth falling out or decayed (not baby teeth), cavities and teething
    # (mt/dentist.py, mt/crying.py), "very" sensitive, asked of one loose tooth
    ("She have sensitive teeth.", None), ("He wear braces.", None), ("Do she wear braces?", None),
    ("My teeth is sensitive.", None), ("My son has two tooth now.", None), ("I has to wear braces.", None),
    ("My gums bleed when she brushes her teeth.", None), ("My son is losing her baby teeth.", None),
    ("My teeth are falling out.", None), ("My teeth are decayed.", None), ("My son has a cavity.", None),
    ("The baby is teething.", None), ("My teeth are very sensitive.", None), ("Is your tooth loose?", None),
    ("I have decayed baby teeth.", None),
    # (reviewed: "Ông tôi đang niềng răng." (suspenders, or a leg brace?), "Tôi bị ê răng." (the one lost), and
    # "sensitive teeth to cold", not English)
    ("My grandfather wears braces.", None), ("One of my teeth is sensitive.", None),
    ("I have sensitive teeth to cold.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
