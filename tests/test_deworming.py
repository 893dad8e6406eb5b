"""Deworming: people taking worming medicine, regularly or how often, having taken it, having to, giving it to the
family or a child, buying it, and when one should, both ways (mt/deworming.py)."""
import pytest

from mt.deworming import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Six months once my house is boycotted.", "Do you have a routine washcloth?", "Lan erases the giun every
    # year.", "My whole house doesn't remove the periodic giuns."
    ("Sáu tháng một lần cả nhà tôi tẩy giun.", "My whole family takes worming medicine every six months."),
    ("Bạn có tẩy giun định kỳ không?", "Do you take worming medicine regularly?"),
    ("Lan tẩy giun mỗi năm hai lần.", "Lan takes worming medicine twice a year."),
    ("Cả nhà tôi không tẩy giun định kỳ.", "My whole family doesn't take worming medicine regularly."),
    ("Minh uống thuốc tẩy giun mỗi sáu tháng.", "Minh takes worming medicine every six months."),
    ("Cả gia đình tôi tẩy giun một năm hai lần.", "My whole family takes worming medicine twice a year."),
    ("Mẹ tôi có tẩy giun định kỳ không?", "Does my mother take worming medicine regularly?"),
    ("Bố mẹ tôi tẩy giun hằng năm.", "My parents take worming medicine every year."),
    ("Họ xổ giun sáu tháng một lần.", "They take worming medicine every six months."),
    ("Mỗi năm hai lần tôi tẩy giun.", "I take worming medicine twice a year."),
    ("Anh có tẩy giun định kỳ không?", "Do you take worming medicine regularly?"),
    # v8: "My child took medicine boycot the giun.", "My son hasn't boycotted.", "Are you boycotted giuns?",
    # "Yesterday, we took medicine erase the giun."
    ("Con tôi đã uống thuốc tẩy giun rồi.", "My child has taken worming medicine."),
    ("Con trai tôi chưa tẩy giun.", "My son hasn't taken worming medicine yet."),
    ("Bạn đã tẩy giun chưa?", "Have you taken worming medicine yet?"),
    ("Hôm qua chúng tôi đã uống thuốc tẩy giun.", "We took worming medicine yesterday."),
    ("Anh ấy chưa uống thuốc tẩy giun.", "He hasn't taken worming medicine yet."),
    ("Cô ấy đã tẩy giun rồi.", "She has taken worming medicine."),
    ("Con gái tôi vừa uống thuốc tẩy giun.", "My daughter has just taken worming medicine."),
    ("Bố tôi vừa mới tẩy giun.", "My father has just taken worming medicine."),
    ("Con bạn tẩy giun chưa?", "Has your child taken worming medicine yet?"),
    ("Cả nhà đã tẩy giun chưa?", "Has the whole family taken worming medicine yet?"),
    ("Tuần trước cả nhà tôi đã tẩy giun.", "My whole family took worming medicine last week."),
    ("Tháng trước tôi tẩy giun rồi.", "I took worming medicine last month."),
    ("Ông bà tôi đã tẩy giun rồi.", "My grandparents have taken worming medicine."),
    ("Hôm qua bạn có tẩy giun không?", "Did you take worming medicine yesterday?"),
    ("Tôi không tẩy giun hôm qua.", "I didn't take worming medicine yesterday."),
    # v8: "I have to remove my giun for both home.", "Do I need to erase my giuns?", "Tomorrow, all my house will
    # erase the giun.", "We're going to boycot for children.", "I for children take medicine erase the giun six months."
    ("Tôi phải tẩy giun cho cả nhà.", "I have to give the whole family worming medicine."),
    ("Tôi phải tẩy giun cho cả nhà tôi.", "I have to give my whole family worming medicine."),
    ("Tôi có cần tẩy giun không?", "Do I need to take worming medicine?"),
    ("Ngày mai cả nhà tôi sẽ tẩy giun.", "My whole family will take worming medicine tomorrow."),
    ("Chúng tôi định tẩy giun cho các con.", "We're going to give our children worming medicine."),
    ("Tôi cho con uống thuốc tẩy giun sáu tháng một lần.", "I give my child worming medicine every six months."),
    ("Tôi phải cho con uống thuốc tẩy giun.", "I have to give my child worming medicine."),
    ("Con trai tôi phải uống thuốc tẩy giun.", "My son has to take worming medicine."),
    ("Tôi không cần tẩy giun.", "I don't need to take worming medicine."),
    ("Tôi sẽ không tẩy giun.", "I won't take worming medicine."),
    ("Bạn có phải tẩy giun không?", "Do you have to take worming medicine?"),
    ("Chúng ta nên tẩy giun định kỳ.", "We should take worming medicine regularly."),
    ("Tôi có nên tẩy giun cho cả nhà không?", "Should I give the whole family worming medicine?"),
    ("Tuần sau tôi sẽ cho các con uống thuốc tẩy giun.", "I will give my children worming medicine next week."),
    ("Bác Lan vừa tẩy giun cho cả nhà.", "Aunt Lan has just given the whole family worming medicine."),
    ("Chúng tôi tẩy giun cho cả nhà chúng tôi mỗi năm một lần.",
     "We give our whole family worming medicine once a year."),
    # v8: "My mother had just bought a washcloth.", "I need to buy a boycot for my father."
    ("Mẹ tôi vừa mua thuốc tẩy giun.", "My mother has just bought worming medicine."),
    ("Tôi cần mua thuốc tẩy giun cho bố tôi.", "I need to buy worming medicine for my father."),
    ("Bà tôi mua thuốc tẩy giun cho cả nhà rồi.", "My grandmother has bought worming medicine for the whole family."),
    # v8: "When should you remove the giuns?", "How long should it be removed once?", "Do you need to boycot the
    # giun?", "Erase your giuns for six months.", "How long do you remove the giun once?"
    ("Khi nào nên tẩy giun?", "When should you take worming medicine?"),
    ("Bao lâu thì nên tẩy giun một lần?", "How often should you take worming medicine?"),
    ("Trẻ em có cần tẩy giun không?", "Do children need to take worming medicine?"),
    ("Nên tẩy giun định kỳ sáu tháng một lần.", "You should take worming medicine every six months."),
    ("Bạn tẩy giun bao lâu một lần?", "How often do you take worming medicine?"),
    ("Có nên tẩy giun định kỳ không?", "Should you take worming medicine regularly?"),
    ("Bạn có nên uống thuốc tẩy giun không?", "Should you take worming medicine?"),
    ("Trẻ em nên tẩy giun sáu tháng một lần.", "Children should take worming medicine every six months."),
    ("Khi nào trẻ em nên tẩy giun?", "When should children take worming medicine?"),
    # not: a plain verb with no habit, day or tense (a habit, or done?), a "?" on a statement, "anh" saying it, "em"
    # asking with "ạ", a pet as who or whom and a pet taken (mt/pet_vets.py's), "được tẩy giun", a day of today,
    # asked of oneself, "con" given by someone else's child, who as whom, two tenses, worms themselves
    ("Tôi tẩy giun.", None), ("Tôi tẩy giun?", None), ("Cả nhà tôi tẩy giun.", None), ("Anh tẩy giun định kỳ.", None),
    ("Em có cần tẩy giun không ạ?", None), ("Con chó của tôi đã tẩy giun rồi.", None),
    ("Tôi tẩy giun cho con chó của tôi định kỳ.", None), ("Tôi đưa chó đi tẩy giun.", None),
    ("Con tôi đã được tẩy giun.", None), ("Hôm nay tôi tẩy giun.", None), ("Tôi có tẩy giun định kỳ không?", None),
    ("Mẹ tôi cho con uống thuốc tẩy giun.", None), ("Bạn có cần tẩy giun cho con không?", None),
    ("Tôi tẩy giun cho tôi.", None), ("Tôi vừa tẩy giun hôm qua.", None), ("Tôi tẩy giun sáu tháng một lần rồi.", None),
    ("Khi nào bạn tẩy giun?", None), ("Con giun đang bò.", None), ("Bạn có tẩy giun không?", None),
    ("Bạn tẩy giun định kỳ không?", None), ("Bao lâu tẩy giun một lần?", None), ("Em tẩy giun rồi.", None),
    ("Tôi phải tẩy giun cho cả nhà?", None), ("Tôi đã tẩy giun định kỳ.", None),
    ("Ngày mai tôi đã tẩy giun.", None), ("Tôi tẩy giun nhỉ.", None), ("Khi nào nên tẩy giun bao lâu một lần?", None),
    # not: "vậy", "thế" ending a statement (they say more than English would: mt.text.STRESSED_SAID)
    ("Mẹ tôi tẩy giun định kỳ vậy.", None), ("Mẹ tôi tẩy giun định kỳ thế.", None),
    # not: children or adults in general doing it once (children in general, or the children?)
    ("Trẻ em đã tẩy giun chưa?", None), ("Trẻ em sẽ tẩy giun vào tuần sau.", None),
    ("Hôm qua trẻ em đã tẩy giun.", None), ("Trẻ em vừa tẩy giun.", None), ("Người lớn đã tẩy giun rồi.", None),
    ("Trẻ em định tẩy giun.", None), ("Người lớn phải tẩy giun ngày mai.", None),
    # not: giving it to a group with oneself in it, or oneself given it by one's group ("I give us …")
    ("Tôi tẩy giun cho chúng tôi định kỳ.", None), ("Chúng tôi tẩy giun cho tôi định kỳ.", None),
    ("Tôi tẩy giun cho chúng ta định kỳ.", None), ("Chúng ta tẩy giun cho tôi định kỳ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cả gia đình tôi đều uống thuốc mặc trong sáu tháng.", "Bạn có uống thuốc thường xuyên không?", "Lan phải
    # uống thuốc hai lần một năm.", "Bạn có thường xuyên không?"
    ("My whole family takes worming medicine every six months.", "Cả nhà tôi uống thuốc tẩy giun sáu tháng một lần."),
    ("Do you take worming medicine regularly?", "Bạn có uống thuốc tẩy giun định kỳ không?"),
    ("Lan takes worming medicine twice a year.", "Lan uống thuốc tẩy giun mỗi năm hai lần."),
    ("She takes worming medicine every 6 months.", "Cô ấy uống thuốc tẩy giun sáu tháng một lần."),
    ("Do you deworm regularly?", "Bạn có tẩy giun định kỳ không?"),
    ("My parents take worming medicine every year.", "Bố mẹ tôi uống thuốc tẩy giun hằng năm."),
    ("My whole family doesn't take worming medicine regularly.", "Cả nhà tôi không uống thuốc tẩy giun định kỳ."),
    # v8: "Con tôi đã uống thuốc đeo thuốc.", "Bạn đã uống thuốc mặc dù chưa?", "Chúng tôi đã uống thuốc hôm qua.",
    # "Con trai tôi vẫn chưa uống thuốc.", "Cô ấy vừa uống thuốc đeo thuốc.", "Bạn có uống thuốc hôm qua không?"
    ("My child has taken worming medicine.", "Con tôi đã uống thuốc tẩy giun rồi."),
    ("Have you taken worming medicine yet?", "Bạn đã uống thuốc tẩy giun chưa?"),
    ("We took worming medicine yesterday.", "Hôm qua chúng tôi đã uống thuốc tẩy giun."),
    ("My son hasn't taken worming medicine yet.", "Con trai tôi chưa uống thuốc tẩy giun."),
    ("She's just taken worming medicine.", "Cô ấy vừa uống thuốc tẩy giun."),
    ("She's taken worming medicine.", "Cô ấy đã uống thuốc tẩy giun rồi."),
    ("I've already taken worming medicine.", "Tôi đã uống thuốc tẩy giun rồi."),
    ("Did you take worming medicine yesterday?", "Hôm qua bạn có uống thuốc tẩy giun không?"),
    ("Lan hasn't taken worming tablets yet.", "Lan chưa uống thuốc tẩy giun."),
    ("I didn't take worming medicine last week.", "Tuần trước tôi không uống thuốc tẩy giun."),
    ("My mother gave my son worming medicine yesterday.", "Hôm qua mẹ tôi đã cho con trai tôi uống thuốc tẩy giun."),
    # v8: "Tôi phải cho cả gia đình uống thuốc.", "Có phải tôi cần phải uống thuốc đeo?", "Tôi phải chịu toàn bộ gia
    # đình.", "Chúng ta không cần phải uống thuốc.", "Tôi sẽ cho con mình uống thuốc."
    ("I have to give the whole family worming medicine.", "Tôi phải cho cả nhà uống thuốc tẩy giun."),
    ("Do I need to take worming medicine?", "Tôi có cần uống thuốc tẩy giun không?"),
    ("I have to deworm the whole family.", "Tôi phải tẩy giun cho cả nhà."),
    ("We don't need to take worming medicine.", "Chúng tôi không cần uống thuốc tẩy giun."),
    ("I'm going to give my kids worming medicine.", "Tôi định cho các con uống thuốc tẩy giun."),
    ("Does your son need to take worming medicine?", "Con trai bạn có cần uống thuốc tẩy giun không?"),
    ("Should I take worming medicine?", "Tôi có nên uống thuốc tẩy giun không?"),
    ("I will take worming medicine next week.", "Tuần sau tôi sẽ uống thuốc tẩy giun."),
    ("The whole family has to take worming medicine twice a year.", "Cả nhà phải uống thuốc tẩy giun mỗi năm hai lần."),
    ("You should take worming medicine once a year.", "Bạn nên uống thuốc tẩy giun mỗi năm một lần."),
    ("You shouldn't take worming medicine.", "Bạn không nên uống thuốc tẩy giun."),
    # v8: "Mẹ tôi vừa mua thuốc worming.", "Tôi mua máy tính bảng worming cho con tôi." (a tablet computer)
    ("My mother has just bought worming medicine.", "Mẹ tôi vừa mua thuốc tẩy giun."),
    ("I bought worming tablets for my children.", "Tôi đã mua thuốc tẩy giun cho các con."),
    ("My mother bought worming medicine yesterday.", "Hôm qua mẹ tôi đã mua thuốc tẩy giun."),
    # v8: "Bạn nên uống thuốc khi nào?", "Bạn nên sử dụng thuốc đeo tay như thế nào?", "Khi nào nên trẻ sử dụng
    # thuốc đeo?"
    ("When should you take worming medicine?", "Khi nào nên uống thuốc tẩy giun?"),
    ("How often should you take worming medicine?", "Bao lâu thì nên uống thuốc tẩy giun một lần?"),
    ("When should children take worming medicine?", "Khi nào trẻ em nên uống thuốc tẩy giun?"),
    ("How often do you take worming medicine?", "Bạn uống thuốc tẩy giun bao lâu một lần?"),
    ("How often should adults take worming medicine?", "Người lớn nên uống thuốc tẩy giun bao lâu một lần?"),
    # not: verbs that do not agree, a plain habit with no how often (now, or always?), a "?" on a statement, a pet
    # (mt/pet_vets.py's), "taking" (now, or a course?), a past with no day asked (did, or has?), asked of oneself
    # and of "we" (chúng tôi, or chúng ta?), a day not of the tense, given with no one to, who as whom
    ("She take worming medicine every six months.", None), ("He takes worming medicine.", None),
    ("I take worming medicine regularly?", None), ("I have to deworm the dog.", None),
    ("My dog has been dewormed.", None), ("Does he needs to take worming medicine?", None),
    ("She's taking worming medicine.", None), ("Did you take worming medicine?", None),
    ("Have I taken worming medicine yet?", None), ("Do we take worming medicine regularly?", None),
    ("My son has taken worming medicine yesterday.", None), ("I took worming medicine tomorrow.", None),
    ("Worming medicine is cheap.", None), ("He has to give him worming medicine.", None),
    ("I take my son worming medicine.", None), ("My cat takes worming medicine every year.", None),
    ("I gave worming medicine.", None), ("I has to take worming medicine.", None),
    # not: children or adults in general doing it once (children in general, or the children?)
    ("Have children taken worming medicine yet?", None), ("Children took worming medicine yesterday.", None),
    ("Children have taken worming medicine.", None), ("Children will take worming medicine next week.", None),
    ("Children are going to take worming medicine.", None), ("Did children take worming medicine yesterday?", None),
    ("Children have to take worming medicine tomorrow.", None), ("Adults will take worming medicine next week.", None),
    # not: "we", "our", "us" asked (chúng tôi, or chúng ta?)
    ("Should we take worming medicine?", None), ("Should we deworm the whole family?", None),
    ("When should we take worming medicine?", None), ("How often should we take worming medicine?", None),
    ("Do we need to deworm our kids?", None), ("Should our whole family take worming medicine?", None),
    ("Does our son need to take worming medicine?", None), ("Has our daughter taken worming medicine yet?", None),
    ("Should I deworm our kids?", None), ("Do I need to give our children worming medicine?", None),
    # not: giving it to a group with oneself in it, or oneself given it by one's group; "yet" said of what is done
    ("I give us worming medicine every year.", None), ("We give me worming medicine every year.", None),
    ("She has taken worming medicine yet.", None),
    # a day ahead, asked whether one has to or needs to (the day was lost: "Anh ấy có phải uống … không?")
    ("Does he have to take worming medicine tomorrow?", "Ngày mai anh ấy có phải uống thuốc tẩy giun không?"),
    ("Do you need to take worming medicine tomorrow?", "Ngày mai bạn có cần uống thuốc tẩy giun không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
