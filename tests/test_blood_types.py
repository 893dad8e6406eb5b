"""Blood groups: someone's blood type said or asked, knowing it, the same type, blood needed, and the type that gives to
anyone, both ways (mt/blood_types.py)."""
import pytest

from mt.blood_types import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I group the blood O.", "I group the blood OI.", "My mother was a group of blood A.", "I group the blood A+."
    ("Tôi nhóm máu O.", "My blood type is O."),
    ("Tôi nhóm máu O âm.", "My blood type is O negative."),
    ("Tôi nhóm máu A Rh dương.", "My blood type is A positive."),
    ("Mẹ tôi nhóm máu A.", "My mother's blood type is A."),
    ("Con tôi nhóm máu A+.", "My child's blood type is A positive."),
    ("Tôi có nhóm máu O.", "My blood type is O."),
    ("Tôi thuộc nhóm máu B.", "My blood type is B."),
    ("Lan nhóm máu B.", "Lan's blood type is B."),
    ("Bác Hùng nhóm máu AB.", "Uncle Hung's blood type is AB."),
    ("Tôi nhóm máu Rh âm.", "I'm Rh negative."),
    # v8: "Her blood group was Briton."; right already: "Nhóm máu của tôi là AB." → "My blood group is AB."
    ("Nhóm máu của cô ấy là B âm.", "Her blood type is B negative."),
    ("Nhóm máu của tôi là AB.", "My blood type is AB."),
    # v8: "What group do you have blood?", "What group are you from?", "What do I group the blood?"
    ("Bạn nhóm máu gì?", "What's your blood type?"),
    ("Bạn thuộc nhóm máu gì?", "What's your blood type?"),
    ("Bố tôi nhóm máu gì?", "What's my father's blood type?"),
    ("Chị nhóm máu gì ạ?", "What's your blood type?"),
    ("Bạn có nhóm máu gì?", "What's your blood type?"),
    ("Nhóm máu của bạn là gì?", "What's your blood type?"),
    # v8: "Do you have a blood group?", "Are you a blood group?"
    ("Bạn có phải nhóm máu O không?", "Is your blood type O?"),
    ("Bạn là nhóm máu O à?", "Is your blood type O?"),
    # v8: "Do you know my blood group?", "Do you know what I group the blood?", "I don't know the group of blood."
    ("Bạn có biết nhóm máu của mình không?", "Do you know your blood type?"),
    ("Bạn có biết mình nhóm máu gì không?", "Do you know your blood type?"),
    ("Tôi không biết nhóm máu của mình.", "I don't know my blood type."),
    ("Tôi không biết mình nhóm máu gì.", "I don't know my blood type."),
    ("Mẹ tôi không biết nhóm máu của mình.", "My mother doesn't know her blood type."),
    # v8: "We are the same group of blood.", "I and you are the same group of blood."
    ("Chúng tôi cùng nhóm máu.", "We have the same blood type."),
    ("Tôi và bạn cùng nhóm máu.", "You and I have the same blood type."),
    ("Họ cùng nhóm máu.", "They have the same blood type."),
    ("Tôi cùng nhóm máu với mẹ tôi.", "I have the same blood type as my mother."),
    ("Mẹ tôi cùng nhóm máu với tôi.", "My mother has the same blood type as me."),
    # one alone with no one to be the same as, or who unsure ("anh" alone): left, not a failure (stop 62's fuzzing)
    ("Anh cùng nhóm máu.", None), ("Bố mẹ tôi cùng nhóm máu.", None),
    ("Bạn có cùng nhóm máu với anh trai bạn không?", "Do you have the same blood type as your brother?"),
    ("Chúng tôi không cùng nhóm máu.", "We don't have the same blood type."),
    # v8: "He needs the B blood group."
    ("Anh ấy cần nhóm máu B.", "He needs type B blood."),
    ("Anh ấy cần máu nhóm B.", "He needs type B blood."),
    ("Bạn có cần máu nhóm O không?", "Do you need type O blood?"),
    ("Anh ấy cần nhóm máu gì?", "What blood type does he need?"),
    # v8: "A blood group OI can give blood all people."
    ("Người nhóm máu O có thể cho máu tất cả mọi người.", "People with type O blood can give blood to everyone."),
    ("Người nhóm máu AB có thể nhận máu từ bất kỳ ai.", "People with type AB blood can receive blood from anyone."),
    # not: "anh" saying it (may be the speaker), "gì" said, not asked, or with "có phải", one alone the same as no
    # one, a name alone with "của mình" (his or hers?), a type without "nhóm máu", a type said of itself, a statement
    # ending "à", blood given (mt/jabs.py), blood pressure
    ("Anh nhóm máu O.", None), ("Tôi nhóm máu gì.", None), ("Bạn có phải nhóm máu gì?", None),
    ("Tôi cùng nhóm máu.", None),
    ("Minh không biết nhóm máu của mình.", None), ("Tôi máu O.", None), ("Nhóm máu O là phổ biến nhất.", None),
    ("Tôi nhóm máu O à.", None), ("Tôi đã hiến máu hôm qua.", None), ("Huyết áp của tôi cao.", None),
    ("Anh ấy cần máu.", None),
    # review: Rh is no blood type ("Is your blood type Rh negative?")
    ("Bạn có phải nhóm máu Rh âm không?", "Are you Rh negative?"),
    # review: one the same as themselves ("I have the same blood type as me."), "mình" as whom is "me"
    ("Tôi cùng nhóm máu với tôi.", None), ("Tôi cùng nhóm máu với mình.", None),
    ("Mẹ tôi cùng nhóm máu với mẹ tôi.", None),
    ("Bạn có cùng nhóm máu với mình không?", "Do you have the same blood type as me?"),
    # review: "we", "they" one of two ("We and I have …", "We and they have …")
    ("Tôi và chúng tôi cùng nhóm máu.", None), ("Chúng tôi và họ cùng nhóm máu.", None),
    ("Chúng tôi và bạn cùng nhóm máu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Loại máu của bạn là gì?", "Loại máu của tôi là A.", "Loại máu của tôi là dương tính.", "Loại máu của mẹ tôi
    # là B."; right already: "What's your blood group?" → "Nhóm máu của bạn là gì?"
    ("What's your blood type?", "Nhóm máu của bạn là gì?"),
    ("What is your blood group?", "Nhóm máu của bạn là gì?"),
    ("What's your mother's blood type?", "Nhóm máu của mẹ bạn là gì?"),
    ("My blood type is A.", "Nhóm máu của tôi là A."),
    ("My blood type is O positive.", "Nhóm máu của tôi là O Rh dương."),
    ("My blood type is A+.", "Nhóm máu của tôi là A Rh dương."),
    ("My mother's blood type is B.", "Nhóm máu của mẹ tôi là B."),
    ("Lan's blood type is O.", "Nhóm máu của Lan là O."),
    # v8: "Loại máu của bạn có thể không?"
    ("Is your blood type O?", "Nhóm máu của bạn có phải là O không?"),
    # v8: "Tôi tiêu cực.", "Tôi đã gõ O.", "Cô ấy rất tích cực.", "Bạn có gõ O không?", "Mày là loại máu nào?"
    ("I'm O negative.", "Tôi nhóm máu O Rh âm."),
    ("I'm type O.", "Tôi nhóm máu O."),
    ("She's A positive.", "Cô ấy nhóm máu A Rh dương."),
    ("I'm Rh negative.", "Tôi nhóm máu Rh âm."),
    ("Are you type O?", "Bạn có phải nhóm máu O không?"),
    ("What blood type are you?", "Bạn nhóm máu gì?"),
    ("What blood type is she?", "Cô ấy nhóm máu gì?"),
    ("What blood group do you have?", "Bạn nhóm máu gì?"),
    # v8: "Tôi có loại máu A."
    ("I have type A blood.", "Tôi nhóm máu A."),
    ("I have blood type O.", "Tôi nhóm máu O."),
    ("Does she have type O blood?", "Cô ấy có phải nhóm máu O không?"),
    # v8: "Bạn có biết loại máu của mình không?", "Tôi không biết kiểu máu của tôi."
    ("Do you know your blood type?", "Bạn có biết nhóm máu của mình không?"),
    ("I don't know my blood type.", "Tôi không biết nhóm máu của mình."),
    ("Does your mother know her blood type?", "Mẹ bạn có biết nhóm máu của mình không?"),
    ("I know your blood type.", "Tôi biết nhóm máu của bạn."),
    # v8: "Chúng ta có cùng loại máu.", "Chúng tôi cũng là loại máu tương tự."
    ("We have the same blood type.", "Chúng tôi có cùng nhóm máu."),
    ("We're the same blood type.", "Chúng tôi có cùng nhóm máu."),
    ("My sister and I have the same blood type.", "Tôi và em gái tôi có cùng nhóm máu."),
    ("I have the same blood type as my mother.", "Tôi có cùng nhóm máu với mẹ tôi."),
    ("Does he have the same blood type as you?", "Anh ấy có cùng nhóm máu với bạn không?"),
    # v8: "Anh ấy cần loại máu B."
    ("He needs blood type B.", "Anh ấy cần máu nhóm B."),
    ("He needs type B blood.", "Anh ấy cần máu nhóm B."),
    ("He needs O negative blood.", "Anh ấy cần máu nhóm O Rh âm."),
    ("What blood type does he need?", "Anh ấy cần nhóm máu gì?"),
    # v8: "Người bị bệnh xương thủy tinh có thể cho bất kỳ ai." (brittle bone disease)
    ("People with type O can give to anyone.", "Người nhóm máu O có thể cho máu bất kỳ ai."),
    ("People with type AB blood can receive blood from anyone.", "Người nhóm máu AB có thể nhận máu từ bất kỳ ai."),
    # not: bad agreement, "a positive" person, a letter alone, "you" alone the same, "her" after "he" (whose?), a
    # type said of itself, "blood type … blood", blood pressure, blood given (mt/jabs.py)
    ("She have type A blood.", None), ("He need type B blood.", None), ("Does she needs type O blood?", None),
    ("I is type O.", None), ("He know his blood type.", None), ("I'm a positive.", None),
    ("I'm A positive person.", None), ("I'm O.", None), ("I have O.", None), ("He needs O negative.", None),
    ("You have the same blood type.", None), ("Does he know her blood type?", None),
    ("Type O is the most common blood type.", None), ("I have blood type O blood.", None),
    ("My blood pressure is high.", None), ("I gave blood yesterday.", None),
    # review: the article read as type A ("Tôi nhóm máu A."); a capital letter is still a type
    ("I have a blood.", None), ("I need a blood.", None), ("He needs a blood.", None),
    ("Does she have a blood?", None), ("Does he need a blood?", None),
    ("People with a blood can give to anyone.", None),
    ("I have A blood.", "Tôi nhóm máu A."), ("I need A blood.", "Tôi cần máu nhóm A."),
    # review: "type A", "type B" with no "blood" is often a personality; O, AB, Rh and "blood" stay
    ("I'm type A.", None), ("She's type A.", None), ("Are you type A?", None), ("I'm type B.", None),
    ("He needs type B.", None), ("I'm type AB.", "Tôi nhóm máu AB."),
    ("I'm type A positive.", "Tôi nhóm máu A Rh dương."), ("He needs type A blood.", "Anh ấy cần máu nhóm A."),
    # review: a name with "his", "her" taken as their own ("Minh biết nhóm máu của mình.")
    ("Minh knows her blood type.", None), ("Lan knows his blood type.", None),
    # review: one the same as themselves, or "her" of another woman
    ("I have the same blood type as me.", None), ("My mother has the same blood type as my mother.", None),
    ("She has the same blood type as her.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_left():
    assert translate("Tôi nhóm máu O.", "vi", "fr") is None
