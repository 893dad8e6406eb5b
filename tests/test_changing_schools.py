"""Changing schools: schools or classes changed, a school of a kind or in a place moved to, and the new school settled
into or liked, both ways (mt/changing_schools.py)."""
import pytest

from mt.changing_schools import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm just moving the school.", "Next year, my daughter will move the school.", "Last year, my mother moved
    # the school.", "Next month, my son will move the school.", "My son moved the class.", "We're about to move the
    # school.", "My daughter wants to move the field.", "My child moved the school."
    ("Con tôi mới chuyển trường.", "My child has just changed schools."),
    ("Tôi vừa chuyển trường.", "I have just changed schools."),
    ("Con trai tôi vừa chuyển lớp.", "My son has just changed classes."),
    ("Con tôi chuyển trường rồi.", "My child has changed schools."),
    ("Anh ấy đã chuyển trường.", "He changed schools."),
    ("Năm ngoái mẹ tôi chuyển trường.", "My mother changed schools last year."),
    ("Con tôi chuyển trường năm ngoái.", "My child changed schools last year."),
    ("Năm sau con gái tôi sẽ chuyển trường.", "My daughter will change schools next year."),
    ("Chúng tôi sẽ chuyển trường vào năm sau.", "We will change schools next year."),
    ("Tháng sau con trai tôi chuyển trường.", "My son is changing schools next month."),
    ("Ngày mai tôi chuyển trường ạ.", "I'm changing schools tomorrow."),
    ("Lan định chuyển trường.", "Lan is going to change schools."),
    ("Em trai tôi sắp chuyển lớp.", "My younger brother is about to change classes."),
    ("Chúng tôi sắp chuyển trường.", "We're about to change schools."),
    ("Con gái tôi muốn chuyển trường.", "My daughter wants to change schools."),
    ("Tôi không muốn chuyển trường.", "I don't want to change schools."),
    ("Con tôi chưa chuyển trường.", "My child hasn't changed schools yet."),
    ("Con tôi vẫn chưa chuyển trường.", "My child still hasn't changed schools."),
    ("Năm sau con tôi không chuyển trường.", "My child won't change schools next year."),
    ("Năm ngoái con tôi không chuyển trường.", "My child didn't change schools last year."),
    # v8: "Do you want to move the field?", "Have you moved the field yet?", "Why would you like to move the field?",
    # "Why would he plan to move the school?"
    ("Bạn có định chuyển trường không?", "Are you going to change schools?"),
    ("Chúng ta có định chuyển trường không?", "Are we going to change schools?"),
    ("Con bạn có muốn chuyển trường không?", "Does your child want to change schools?"),
    ("Con bạn đã chuyển trường chưa?", "Has your child changed schools yet?"),
    ("Năm ngoái con bạn có chuyển trường không?", "Did your child change schools last year?"),
    ("Học kỳ sau con bạn có chuyển trường không?", "Is your child changing schools next term?"),
    ("Tại sao bạn muốn chuyển trường?", "Why do you want to change schools?"),
    ("Tại sao anh ấy định chuyển trường?", "Why is he going to change schools?"),
    ("Vì sao cô ấy đã chuyển trường?", "Why did she change schools?"),
    ("Tại sao con bạn lại muốn chuyển trường?", "Why does your child want to change schools?"),
    # v8: "I've shifted into international schools.", "My child moved to the public school.", "Lan moved to the
    # school.", "The next study I'll move to school.", "Last year, my younger brother move field to Hanoi."
    ("Con tôi đã chuyển sang trường quốc tế.", "My child moved to an international school."),
    ("Con tôi đã chuyển sang trường công.", "My child moved to a state school."),
    ("Lan đã chuyển sang trường tư.", "Lan moved to a private school."),
    ("Học kỳ sau con tôi sẽ chuyển sang trường khác.", "My child will move to another school next term."),
    ("Con tôi vừa chuyển sang lớp mới.", "My child has just moved to a new class."),
    ("Năm ngoái em trai tôi chuyển trường lên Hà Nội.", "My younger brother moved to a school in Hanoi last year."),
    ("Con tôi chuyển trường vào Sài Gòn rồi.", "My child has moved to a school in Saigon."),
    # v8: "I'm not known to school.", "I've been familiar with the new school.", "Do you like a new school?", "My
    # daughter loves new school.", "I don't like a new school."
    ("Con tôi chưa quen trường mới.", "My child hasn't settled into the new school yet."),
    ("Con tôi vẫn chưa quen trường mới.", "My child still hasn't settled into the new school."),
    ("Con tôi đã quen với trường mới rồi.", "My child has settled into the new school."),
    ("Con bạn đã quen trường mới chưa?", "Has your child settled into the new school yet?"),
    ("Con bạn có thích trường mới không?", "Does your child like the new school?"),
    ("Con gái tôi rất thích trường mới.", "My daughter really likes the new school."),
    ("Con tôi không thích trường mới.", "My child doesn't like the new school."),
    # not: no word of tense ("Tôi chuyển trường.": changed, or changing?), "không" alone, "mới" with a day (only),
    # a tense against the day, "?" on a statement, asked of oneself, "anh" saying it, an animal, a place not known or
    # "về" one (back?), a class of a kind, "why" with no tense, "đang", "nhỉ", "quen" alone, money moved
    ("Tôi chuyển trường.", None), ("Con tôi chuyển sang trường quốc tế.", None), ("Con tôi không chuyển trường.", None),
    ("Con tôi mới chuyển trường năm ngoái.", None), ("Con tôi sẽ chuyển trường năm ngoái.", None),
    ("Con tôi chuyển trường?", None), ("Con tôi mới chuyển trường không?", None),
    ("Tôi có định chuyển trường không?", None), ("Anh định chuyển trường.", None),
    ("Con mèo của tôi vừa chuyển trường.", None), ("Con tôi chuyển trường về Huế.", None),
    ("Con tôi chuyển trường lên Hà Giang rồi.", None), ("Con tôi đã chuyển sang lớp quốc tế.", None),
    ("Tại sao bạn chuyển trường?", None), ("Con tôi đang chuyển trường.", None),
    ("Con tôi lại chuyển trường rồi.", None), ("Con tôi vừa chuyển trường nhỉ.", None),
    ("Con tôi quen trường mới.", None),
    ("Hôm nay con tôi chuyển trường.", None), ("Con tôi đã chuyển trường hôm qua rồi.", None),
    ("Chúng tôi chuyển tiền rồi.", None), ("Bạn chuyển tiền chưa?", None), ("Tôi vừa chuyển nhà.", None),
    ("Con tôi có thích trường mới lắm không?", None), ("My son just changed schools.", None),
    ("Trường mới rất đẹp.", None),
    # "lắm" after "không" says not much, not really; "rất" or "không" after "có" asking is more than "Does … like"
    ("Con tôi không thích trường mới lắm.", None), ("Con bạn có rất thích trường mới không?", None),
    ("Con bạn có không thích trường mới không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi chỉ thay đổi trường." (only), "Đứa con gái của tôi sẽ thay đổi trường vào năm tới.", "Cô ấy đã
    # thay đổi trường.", "Chúng tôi đang thay đổi trường vào tháng tới.", "Chúng tôi sắp sửa đổi trường.", "Con trai
    # tôi đã thay đổi lớp.", "Anh ấy không thay đổi trường vào năm ngoái."
    ("My child has just changed schools.", "Con tôi vừa chuyển trường."),
    ("My son just changed schools.", "Con trai tôi vừa chuyển trường."),
    ("I just switched schools.", "Tôi vừa chuyển trường."),
    ("She has changed schools.", "Cô ấy đã chuyển trường rồi."),
    ("He's already changed schools.", "Anh ấy đã chuyển trường rồi."),
    ("My son changed classes.", "Con trai tôi đã chuyển lớp."),
    ("My mother changed schools last year.", "Năm ngoái mẹ tôi đã chuyển trường."),
    ("Last year, my son moved schools.", "Năm ngoái con trai tôi đã chuyển trường."),
    ("My daughter will change schools next year.", "Năm sau con gái tôi sẽ chuyển trường."),
    ("We're changing schools next month.", "Tháng sau chúng tôi sẽ chuyển trường."),
    ("Lan is going to change schools.", "Lan định chuyển trường."),
    ("My mother's going to change schools.", "Mẹ tôi định chuyển trường."),
    ("I'm planning to change schools next year.", "Năm sau tôi định chuyển trường."),
    ("We're about to change schools.", "Chúng tôi sắp chuyển trường."),
    ("My daughter wants to change schools.", "Con gái tôi muốn chuyển trường."),
    ("I don't want to change schools.", "Tôi không muốn chuyển trường."),
    ("My son doesn't want to change schools.", "Con trai tôi không muốn chuyển trường."),
    ("My child hasn't changed schools yet.", "Con tôi chưa chuyển trường."),
    ("My child still hasn't changed schools.", "Con tôi vẫn chưa chuyển trường."),
    ("We won't change schools next year.", "Năm sau chúng tôi sẽ không chuyển trường."),
    ("He didn't change schools last year.", "Năm ngoái anh ấy không chuyển trường."),
    # v8: "Bạn sẽ thay đổi trường?", "Bạn có muốn thay đổi trường không?", "Con trai của bạn vẫn chưa thay đổi
    # trường?", "Tại sao bạn đã thay đổi trường?", "Tại sao cô ấy lại muốn thay đổi trường?", "Con gái của bạn có
    # thay đổi thuật ngữ trường kế tiếp không?"
    ("Are you going to change schools?", "Bạn có định chuyển trường không?"),
    ("Are we going to change schools?", "Chúng ta có định chuyển trường không?"),
    ("Do you want to change schools?", "Bạn có muốn chuyển trường không?"),
    ("Has your son changed schools yet?", "Con trai bạn đã chuyển trường chưa?"),
    ("Did your son change schools last year?", "Năm ngoái con trai bạn có chuyển trường không?"),
    ("Will your daughter change schools next year?", "Năm sau con gái bạn có chuyển trường không?"),
    ("Is your daughter changing schools next term?", "Học kỳ sau con gái bạn có chuyển trường không?"),
    ("Why did you change schools?", "Tại sao bạn chuyển trường?"),
    ("Why does she want to change schools?", "Tại sao cô ấy muốn chuyển trường?"),
    ("Why is he going to change schools?", "Tại sao anh ấy định chuyển trường?"),
    # v8: "Con tôi di chuyển đến một trường quốc tế.", "Cô ấy di chuyển đến một trường tư nhân năm ngoái.", "Con trai
    # tôi di chuyển đến một trường tiểu bang.", "Em trai tôi đi học ở Hà Nội."
    ("My child moved to an international school.", "Con tôi đã chuyển sang trường quốc tế."),
    ("She moved to a private school last year.", "Năm ngoái cô ấy đã chuyển sang trường tư."),
    ("My son moved to a state school.", "Con trai tôi đã chuyển sang trường công."),
    ("She transferred to another school last term.", "Học kỳ trước cô ấy đã chuyển sang trường khác."),
    ("My son has just moved to a new class.", "Con trai tôi vừa chuyển sang lớp mới."),
    ("My younger brother moved to a school in Hanoi.", "Em trai tôi đã chuyển đến một trường ở Hà Nội."),
    # v8: "Con tôi vẫn chưa được giải quyết vào trường mới." (solved), "Có con gái của bạn đã đi vào trường mới của mình
    # chưa?", "Đứa con gái tôi thật sự thích học mới của cô ấy."
    ("My child hasn't settled into the new school yet.", "Con tôi chưa quen với trường mới."),
    ("My son still hasn't settled into the new school.", "Con trai tôi vẫn chưa quen với trường mới."),
    ("My son has settled in at his new school.", "Con trai tôi đã quen với trường mới rồi."),
    ("Has your daughter settled into her new school yet?", "Con gái bạn đã quen với trường mới chưa?"),
    ("Does your child like the new school?", "Con bạn có thích trường mới không?"),
    ("Does Lan like her new school?", "Lan có thích trường mới không?"),
    ("My daughter really likes her new school.", "Con gái tôi rất thích trường mới."),
    ("I like my new school.", "Tôi thích trường mới."),
    ("My daughter doesn't like the new school.", "Con gái tôi không thích trường mới."),
    # not: verbs that do not agree with who, another's school, asked of oneself, an animal, a tense against the day,
    # no day where the verb needs one, "a public school" (private, in Britain), a place not known, a class of a kind,
    # "?" on a statement, money moved
    ("She like the new school.", None), ("He have changed schools.", None), ("Does they want to change schools?", None),
    ("I likes the new school.", None), ("My son likes your new school.", None), ("Am I going to change schools?", None),
    ("My dog changed schools.", None), ("My son is changing schools.", None),
    ("My son changed schools next year.", None),
    ("My son will change schools last year.", None), ("Did you change schools?", None),
    ("My son moved to a public school.", None), ("My son moved to a school in Narnia.", None),
    ("She moved to an international class.", None), ("My son changed schools?", None),
    ("I transferred the money.", None), ("My son has just changed schools last year.", None),
    ("Why are you changing schools?", None), ("Con tôi mới chuyển trường.", None),
    # "about to change classes": going to the next lesson, most often
    ("They're about to change classes.", None), ("My son is about to change classes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Con tôi mới chuyển trường.", "vi", "fr") is None
