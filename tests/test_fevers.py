"""A fever and bringing it down: fever medicine given or taken, the fever gone down, back or not coming down, a
temperature taken and a cool compress, both ways (mt/fevers.py)."""
import pytest

from mt.fevers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Have your child take medicine fever?", "Have you a child take medicine fever?", "I gave him a fever take
    # medicine.", "I've given him take medicine fever.", "My mother gave her fever take medicine."
    ("Cho bé uống thuốc hạ sốt chưa?", "Have you given the baby anything for the fever?"),
    ("Bạn cho bé uống thuốc hạ sốt chưa?", "Have you given the baby anything for the fever?"),
    ("Bạn đã cho con uống thuốc hạ sốt chưa?", "Have you given your child anything for the fever?"),
    ("Mẹ bạn đã cho bé uống thuốc hạ sốt chưa?", "Has your mother given the baby anything for the fever?"),
    ("Tôi đã cho bé uống thuốc hạ sốt rồi.", "I've given the baby something for the fever."),
    ("Tôi vừa cho con uống thuốc hạ sốt.", "I've just given my child something for the fever."),
    ("Mẹ tôi cho bé uống thuốc hạ sốt rồi.", "My mother has given the baby something for the fever."),
    ("Chồng tôi đã cho con trai tôi uống paracetamol.", "My husband gave my son paracetamol."),
    ("Chúng tôi chưa cho bé uống thuốc hạ sốt.", "We haven't given the baby anything for the fever yet."),
    ("Lan vẫn chưa cho bé uống thuốc hạ sốt.", "Lan still hasn't given the baby anything for the fever."),
    ("Cô ấy đang cho bé nhà tôi uống thuốc hạ sốt.", "She's giving my baby something for the fever."),
    ("Cho bé uống thuốc hạ sốt đi.", "Give the baby something for the fever."),
    # v8: "I take medicine fever.", "Have you taken medicine fever yet?", "I drink paracetamol."
    ("Tôi uống thuốc hạ sốt rồi.", "I've taken something for the fever."),
    ("Bạn uống thuốc hạ sốt chưa?", "Have you taken anything for the fever?"),
    ("Anh ấy đã uống thuốc hạ sốt chưa?", "Has he taken anything for the fever?"),
    ("Tôi uống paracetamol rồi.", "I've taken paracetamol."),
    ("Bạn đã uống paracetamol chưa?", "Have you taken any paracetamol?"),
    ("Uống thuốc hạ sốt đi.", "Take something for the fever."),
    # v8: "My child had a fever forever.", "She doesn't drop any fever forever."
    ("Con tôi sốt mãi không hạ.", "My child's fever won't come down."),
    ("Bé sốt mãi không hạ.", "The baby's fever won't come down."),
    ("Mẹ tôi sốt mãi không giảm.", "My mother's fever won't come down."),
    # v8: "Your baby is fever.", "My child fell a fever.", "Have I had a fever?", "Is she fever?", "My child hasn't
    # yet fever."
    ("Bé hạ sốt rồi.", "The baby's fever has gone down."),
    ("Con tôi hạ sốt rồi.", "My child's fever has gone down."),
    ("Con tôi đã hạ sốt chưa?", "Has my child's fever gone down?"),
    ("Bé đã hạ sốt chưa?", "Has the baby's fever gone down?"),
    ("Anh ấy hạ sốt chưa?", "Has his fever gone down?"),
    ("Con tôi vẫn chưa hạ sốt.", "My child's fever still hasn't gone down."),
    ("Bé nhà tôi chưa hạ sốt.", "My baby's fever hasn't gone down yet."),
    ("Con gái tôi vừa hạ sốt.", "My daughter's fever has just gone down."),
    # v8: "I'm all fever.", "My child is all fever.", "Is she all fevers?", "He had a fever."
    ("Tôi hết sốt rồi.", "My fever has gone."),
    ("Con tôi hết sốt rồi.", "My child's fever has gone."),
    ("Bé đã hết sốt chưa?", "Has the baby's fever gone?"),
    ("Anh ấy đã hết sốt.", "His fever has gone."),
    ("Bà tôi vẫn chưa hết sốt.", "My grandmother still has a fever."),
    # v8: "My child has a fever again.", "She's a fever."
    ("Con tôi sốt lại rồi.", "My child's fever has come back."),
    ("Bé lại sốt rồi.", "The baby's fever has come back."),
    ("Cô ấy bị sốt lại rồi.", "Her fever has come back."),
    # v8 writes these right; written the same
    ("Con tôi sốt 39 độ.", "My child has a 39-degree fever."),
    ("Bé bị sốt 38,5 độ.", "The baby has a 38.5-degree fever."),
    # v8: "Let her mother get a child's temperature.", "I couple the temperatures for your baby.", "Have you paired a
    # temperature?", "To measure your child's temperature."
    ("Để mẹ cặp nhiệt độ cho con.", "Let me take your temperature."),
    ("Để mẹ đo nhiệt độ cho con nhé.", "Let me take your temperature."),
    ("Để tôi đo nhiệt độ cho bé.", "Let me take the baby's temperature."),
    ("Tôi cặp nhiệt độ cho bé rồi.", "I've taken the baby's temperature."),
    ("Bạn đã cặp nhiệt độ cho bé chưa?", "Have you taken the baby's temperature?"),
    ("Bố tôi đang đo nhiệt độ cho con trai tôi.", "My father is taking my son's temperature."),
    ("Tôi đã cặp nhiệt cho anh ấy.", "I took his temperature."),
    ("Chị ấy đã đo nhiệt độ cho con gái tôi chưa?", "Has she taken my daughter's temperature?"),
    ("Cặp nhiệt độ cho bé đi.", "Take the baby's temperature."),
    # v8: "It's cool to get your baby.", "I'm getting cold to your baby."
    ("Chườm mát cho bé đi.", "Put a cool compress on the baby."),
    ("Tôi đang chườm mát cho bé.", "I'm putting a cool compress on the baby."),
    ("Mẹ tôi đã chườm mát cho bé rồi.", "My mother has put a cool compress on the baby."),
    ("Bạn chườm ấm cho con chưa?", "Have you put a warm compress on your child?"),
    ("Để mẹ chườm mát cho con.", "Let me put a cool compress on you."),
    # not: a fever had or high (mt/ailments.py, mt/conditions.py), "?" without "chưa", no tense ("Tôi cho bé uống …":
    # a habit, or then?), "có … không?" (did, or does?), "con", "mẹ", "anh" alone saying it, "Để tôi … cho con"
    # (whose child?), asked of oneself, done to oneself, a pet giving it, a compress without "đi", "nhé" told, "thế"
    # on a statement, sauce, no "rồi" on a fever back, a fever out of reach, the other way's language
    ("Con tôi bị sốt.", None), ("Bé bị sốt cao.", None), ("Bé hạ sốt?", None), ("Bé hạ sốt chưa.", None),
    ("Tôi cho bé uống thuốc hạ sốt.", None), ("Bạn có cho bé uống thuốc hạ sốt không?", None),
    ("Con cho bé uống thuốc hạ sốt rồi.", None), ("Mẹ cặp nhiệt độ cho con rồi.", None),
    ("Anh cho bé uống thuốc hạ sốt rồi.", None), ("Để tôi cặp nhiệt độ cho con.", None),
    ("Tôi đã cho bé uống thuốc hạ sốt chưa?", None), ("Tôi cặp nhiệt độ cho tôi rồi.", None),
    ("Con chó của tôi cho bé uống thuốc hạ sốt rồi.", None), ("Chườm mát cho bé.", None),
    ("Cho bé uống thuốc hạ sốt nhé.", None), ("Bé hạ sốt rồi thế.", None), ("Nước sốt này ngon quá.", None),
    ("Con tôi sốt lại.", None), ("Con tôi sốt 45 độ.", None), ("Bé hạ sốt.", None), ("Tôi cần thuốc hạ sốt.", None),
    ("Con tôi uống thuốc hạ sốt rồi mà vẫn không hạ.", None), ("Để mẹ cặp nhiệt độ cho con nhé?", None),
    ("Cho bạn uống thuốc hạ sốt đi.", None), ("Họ chưa đo nhiệt độ cho họ.", None), ("Bé uống thuốc hạ sốt rồi.", None),
    ("Bé hạ sốt rồi nhỉ.", None), ("My child's fever has gone down.", None),
    # not: "Để mẹ …" but to "con" (the speaker's own mother, "cho tôi", "cho bố tôi"; or Mom spoken of: "Let Mom …"),
    # one doing it to themselves by kin or name, "nhỉ" with no one said (you, or the speaker wondering?), "em" with
    # "ạ" (the speaker: mt.hobbies.em_speaking), "con" of any "you" but "bạn" (a parent's own child, or the child
    # asking?)
    ("Để mẹ cặp nhiệt độ cho tôi.", None), ("Để mẹ đo nhiệt độ cho bố tôi.", None),
    ("Để mẹ chườm mát cho mẹ tôi.", None), ("Để mẹ cặp nhiệt độ cho bé.", None),
    ("Để mẹ cặp nhiệt độ cho anh ấy.", None), ("Để mẹ uống thuốc hạ sốt.", None),
    ("Mẹ tôi đã cho mẹ tôi uống paracetamol.", None), ("Lan đã đo nhiệt độ cho Lan.", None),
    ("Cho bé uống thuốc hạ sốt chưa nhỉ?", None), ("Uống thuốc hạ sốt chưa nhỉ?", None),
    ("Cặp nhiệt độ cho bé chưa nhỉ?", None), ("Em hạ sốt chưa ạ?", None), ("Em đã hết sốt chưa ạ?", None),
    ("Em uống thuốc hạ sốt chưa ạ?", None), ("Em cho bé uống thuốc hạ sốt chưa ạ?", None),
    ("Chị đã đo nhiệt độ cho con chưa?", None), ("Cô đã đo nhiệt độ cho con chưa ạ?", None),
    ("Anh đã cho con uống thuốc hạ sốt chưa?", None), ("Cho con uống thuốc hạ sốt chưa?", None),
    # still taken beside them
    ("Bạn cho bé uống thuốc hạ sốt chưa nhỉ?", "Have you given the baby anything for the fever?"),
    ("Em hạ sốt chưa?", "Has your fever gone down?"),
    ("Để bố đo nhiệt độ cho con nhé.", "Let me take your temperature."),
    ("Tôi đã cặp nhiệt độ cho con rồi.", "I've taken my child's temperature."),
    ("Để tôi chườm mát cho mẹ tôi.", "Let me put a cool compress on my mother."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn đã cho bé bất cứ thứ gì cho bé sốt chưa?", "Tôi đã cho bé cái gì đó cho sốt.", "Bạn có thể cho ông ta
    # uống thuốc ngừa thai không?" (contraceptives), "Tôi cho con trai tôi giracetamol."
    ("Have you given the baby anything for the fever?", "Bạn đã cho bé uống thuốc hạ sốt chưa?"),
    ("Has your mother given the baby anything for the fever?", "Mẹ bạn đã cho bé uống thuốc hạ sốt chưa?"),
    ("I've given the baby something for the fever.", "Tôi đã cho bé uống thuốc hạ sốt rồi."),
    ("Lan has just given the baby paracetamol.", "Lan vừa cho bé uống paracetamol."),
    ("Did you give him paracetamol?", "Bạn đã cho anh ấy uống paracetamol chưa?"),
    ("I gave my son paracetamol.", "Tôi đã cho con trai tôi uống paracetamol."),
    ("We haven't given her anything for the fever yet.", "Chúng tôi chưa cho cô ấy uống thuốc hạ sốt."),
    ("My husband is giving the baby some fever medicine.", "Chồng tôi đang cho bé uống thuốc hạ sốt."),
    ("Give the baby some paracetamol.", "Cho bé uống paracetamol đi."),
    # v8: "Tôi đã dùng cái gì đó cho sốt."
    ("I've taken something for the fever.", "Tôi đã uống thuốc hạ sốt rồi."),
    ("Has your mother taken anything for the fever?", "Mẹ bạn đã uống thuốc hạ sốt chưa?"),
    ("He still hasn't taken anything for the fever.", "Anh ấy vẫn chưa uống thuốc hạ sốt."),
    ("Take something for the fever.", "Uống thuốc hạ sốt đi."),
    ("Did you take anything for the fever?", "Bạn đã uống thuốc hạ sốt chưa?"),
    # v8: "Sốt của con tôi sẽ không còn nữa.", "Sốt của bé sẽ không bị sốt."
    ("My child's fever won't come down.", "Con tôi sốt mãi không hạ."),
    ("The baby's fever won't come down.", "Bé sốt mãi không hạ."),
    ("Her fever still won't come down.", "Cô ấy sốt mãi không hạ."),
    # v8: "Sốt của bé đã hết rồi.", "Sốt của con trai tôi đi xuống.", "Bé có bị sốt không?", "Sốt của tôi bị vỡ."
    ("The baby's fever has gone down.", "Bé hạ sốt rồi."),
    ("My son's fever has gone down.", "Con trai tôi hạ sốt rồi."),
    ("Has the baby's fever gone down?", "Bé đã hạ sốt chưa?"),
    ("Has your fever come down yet?", "Bạn đã hạ sốt chưa?"),
    ("My fever has broken.", "Tôi hạ sốt rồi."),
    ("His fever has just gone down.", "Anh ấy vừa hạ sốt."),
    ("My daughter's fever hasn't gone down yet.", "Con gái tôi chưa hạ sốt."),
    ("Lan's fever still hasn't come down.", "Lan vẫn chưa hạ sốt."),
    # v8: "Sốt của tôi đã hết rồi.", "Sốt của cô ấy trở lại.", "Sốt của con tôi trở lại."
    ("My fever is gone.", "Tôi hết sốt rồi."),
    ("The baby's fever's gone down.", "Bé hạ sốt rồi."),
    ("Is your fever gone?", "Bạn đã hết sốt chưa?"),
    ("Her fever has come back.", "Cô ấy sốt lại rồi."),
    ("My child's fever came back.", "Con tôi sốt lại rồi."),
    ("Has his fever come back?", "Anh ấy có bị sốt lại không?"),
    # v8 writes this right: "Con tôi bị sốt 39 độ."
    ("My child has a 39-degree fever.", "Con tôi sốt 39 độ."),
    ("She has a 38.5-degree fever.", "Cô ấy sốt 38,5 độ."),
    # v8: "Để tôi đo nhiệt độ của bạn.", "Tôi đo nhiệt độ của bé.", "Bạn đã đo nhiệt độ của mình chưa?" (your own)
    ("Let me take your temperature.", "Để tôi đo nhiệt độ cho bạn."),
    ("Let me take the baby's temperature.", "Để tôi đo nhiệt độ cho bé."),
    ("I took the baby's temperature.", "Tôi đã đo nhiệt độ cho bé."),
    ("Have you taken his temperature?", "Bạn đã đo nhiệt độ cho anh ấy chưa?"),
    ("I'm taking my son's temperature.", "Tôi đang đo nhiệt độ cho con trai tôi."),
    ("Take my temperature.", "Đo nhiệt độ cho tôi đi."),
    # v8: "Đặt một miếng nén mát cho bé.", "Tôi đặt một miếng giòm lạnh lên trán cô."
    ("Put a cool compress on the baby.", "Chườm mát cho bé đi."),
    ("I've put a cool compress on the baby.", "Tôi đã chườm mát cho bé rồi."),
    ("My mother is putting a cold compress on my son.", "Mẹ tôi đang chườm lạnh cho con trai tôi."),
    ("Have you put a warm compress on her?", "Bạn đã chườm ấm cho cô ấy chưa?"),
    # not: a verb not agreeing ("Has you", "She have", "He take"), "anything" said, "something" asked, one's own
    # temperature ("He took his": his own, or another's?), "put" with no tense, "Take your …" told, giving to no one,
    # a compress on a forehead, a fever had, high or in general, "?" on a statement, a pet giving it, Vietnamese
    ("Has you given the baby anything for the fever?", None), ("She have given him paracetamol.", None),
    ("Have you give the baby anything for the fever?", None), ("I've given the baby anything for the fever.", None),
    ("Have you given the baby something for the fever?", None), ("He took his temperature.", None),
    ("I took my temperature.", None), ("I put a cool compress on the baby.", None), ("Take your temperature.", None),
    ("Give something for the fever.", None), ("I put a cool compress on her forehead.", None),
    ("Do you have a fever?", None), ("The baby's fever is high.", None), ("The fever won't come down.", None),
    ("My child has a 39-degree fever?", None), ("My child have a 39-degree fever.", None),
    ("My fever has gone down?", None), ("My dog gave the baby paracetamol.", None),
    ("Let me take my temperature.", None), ("Do you have any fever medicine?", None),
    ("I need some fever medicine.", None), ("Bé hạ sốt rồi.", None), ("The baby still has a fever.", None),
    ("I've taken the baby something for the fever.", None), ("Have you taken your temperature?", None),
    ("He take something for the fever.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
