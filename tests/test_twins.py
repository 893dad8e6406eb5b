"""Twins in a family: who are twins, has a twin, whose twin someone is, telling them apart, which is older, looking
alike and twins running in a family, both ways (mt/twins.py)."""
import pytest

from mt.twins import translate


@pytest.mark.parametrize("text, said", [
    # v8: "They are a couple of brothers.", "They are sometimes born.", "We're a couple of sisters."
    ("Họ là anh em sinh đôi.", "They're twins."),
    ("Họ là sinh đôi.", "They're twins."),
    ("Chúng tôi là chị em sinh đôi.", "We're twins."),
    ("Hai con trai tôi là sinh đôi.", "My two sons are twins."),
    ("Họ không phải là sinh đôi.", "They're not twins."),
    # v8: "Are you a double birth?", "Do they have the same egg?", "They are the same eggs."
    ("Các bạn có phải là sinh đôi không?", "Are you twins?"),
    ("Họ là sinh đôi à?", "Are they twins?"),
    ("Họ có phải sinh đôi cùng trứng không?", "Are they identical twins?"),
    ("Họ là sinh đôi cùng trứng.", "They're identical twins."),
    ("Họ là sinh đôi khác trứng.", "They're fraternal twins."),
    ("Tôi là sinh đôi khác trứng.", "I'm a fraternal twin."),
    ("Anh ấy là sinh đôi khác trứng.", "He's a fraternal twin."),
    ("Mẹ tôi là sinh đôi cùng trứng.", "My mother is an identical twin."),
    ("Hai con gái tôi là chị em sinh đôi.", "My two daughters are twins."),
    # v8: "My mother was a double birth.", "I'm a couple."
    ("Mẹ tôi là sinh đôi.", "My mother is a twin."),
    ("Tôi là sinh đôi.", "I'm a twin."),
    ("Bạn là sinh đôi à?", "Are you a twin?"),
    ("Chị có phải là sinh đôi không?", "Are you a twin?"),
    ("Mẹ tôi không phải là sinh đôi.", "My mother isn't a twin."),
    # v8: "I have a person sister I have doubled birth.", "I have one brother I'm born.", "Do you have a couple of
    # sisters?", "I have a couple of brothers." (my father lost)
    ("Tôi có một người em gái sinh đôi.", "I have a twin sister."),
    ("Tôi có một anh trai sinh đôi.", "I have a twin brother."),
    ("Bố tôi có một người anh em sinh đôi.", "My father has a twin brother."),
    ("Lan có một người chị em sinh đôi.", "Lan has a twin sister."),
    ("Bạn có anh chị em sinh đôi không?", "Do you have a twin?"),
    ("Anh ấy có em trai sinh đôi không?", "Does he have a twin brother?"),
    ("Tôi không có anh chị em sinh đôi.", "I don't have a twin."),
    # v8: "She is my double-five sister.", "He is my double-five brother."
    ("Cô ấy là em gái sinh đôi của tôi.", "She's my twin sister."),
    ("Anh ấy là anh em sinh đôi của tôi.", "He's my twin brother."),
    ("Đây là anh trai sinh đôi của tôi.", "This is my twin brother."),
    ("Minh là em trai sinh đôi của cô ấy.", "Minh is her twin brother."),
    ("Anh ấy là người anh em sinh đôi của tôi.", "He's my twin brother."),
    ("Cô ấy là người chị em sinh đôi của tôi.", "She's my twin sister."),
    # v8: "I can't discriminate them."
    ("Tôi không phân biệt được họ.", "I can't tell them apart."),
    ("Chúng tôi không phân biệt được họ.", "We can't tell them apart."),
    ("Tôi không bao giờ phân biệt được họ.", "I can never tell them apart."),
    ("Bạn có phân biệt được họ không?", "Can you tell them apart?"),
    ("Mẹ tôi không thể phân biệt được hai bạn.", "My mother can't tell you two apart."),
    ("Làm sao bạn phân biệt được họ?", "How do you tell them apart?"),
    ("Trong hai bạn, ai lớn hơn?", "Which of you is older?"),
    ("Ai lớn hơn trong hai người họ?", "Which of them is older?"),
    # v8: "They look like the same system.", "They are similar to each other.", "My family has double genes."
    ("Họ trông giống hệt nhau.", "They look exactly alike."),
    ("Họ giống hệt nhau.", "They're exactly alike."),
    ("Họ giống nhau như hai giọt nước.", "They're like two peas in a pod."),
    ("Gia đình tôi có gen sinh đôi.", "Twins run in my family."),
    ("Gia đình bạn có gen sinh đôi không?", "Do twins run in your family?"),
    # not: one who may be many ("con tôi": my child, my children?), "anh" saying it (the speaker?), "anh em" of one,
    # "a twin" said with "anh em" (which?), he a sister, they having a twin, "hai đứa", "Ai lớn hơn?" (of what?),
    # "giống nhau" alone (similar), having twins (mt/babies.py), asked without "không"
    ("Họ là sinh đôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Con tôi là sinh đôi.", None), ("Anh là sinh đôi.", None), ("Tôi là anh em sinh đôi.", None),
    ("Tôi có anh em sinh đôi.", None), ("Anh ấy là em gái sinh đôi của tôi.", None),
    ("Họ có một người em gái sinh đôi.", None), ("Tôi không phân biệt được hai đứa.", None), ("Ai lớn hơn?", None),
    ("Họ giống nhau.", None), ("Cô ấy sinh đôi.", None), ("Họ có phải là sinh đôi?", None),
    ("Bạn có phải là anh em sinh đôi không?", None),
    # nor sons said to be sisters (daughters brothers), a twin had without "một" (twin younger sisters?), you two
    # told apart by you
    ("Hai con trai tôi là chị em sinh đôi.", None), ("Hai con gái tôi là anh em sinh đôi.", None),
    ("Tôi có em gái sinh đôi.", None), ("Tôi có em trai sinh đôi.", None), ("Tôi có người em gái sinh đôi.", None),
    ("Làm sao để phân biệt được hai bạn?", None), ("Làm sao bạn phân biệt được hai bạn?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Họ làwin.", "Chúng tôi làwins.", "Tôi là mộtwin.", "Con trai tôi làwins."
    ("They're twins.", "Họ là sinh đôi."),
    ("We are twins.", "Chúng tôi là sinh đôi."),
    ("They're twin sisters.", "Họ là chị em sinh đôi."),
    ("My sons are twins.", "Hai con trai tôi là sinh đôi."),
    ("They aren't twins.", "Họ không phải là sinh đôi."),
    ("I'm a twin.", "Tôi là sinh đôi."),
    ("My mother is a twin.", "Mẹ tôi là sinh đôi."),
    # v8: "Bạn cówins không?", "Họ có cùng nhau không?", "Chúng giống nhau.", "Họ đang sinh ra các mối quan hệ của
    # mẹ."
    ("Are you twins?", "Các bạn có phải là sinh đôi không?"),
    ("Are you a twin?", "Bạn có phải là sinh đôi không?"),
    ("Are they identical twins?", "Họ có phải là sinh đôi cùng trứng không?"),
    ("They're identical twins.", "Họ là sinh đôi cùng trứng."),
    ("They're fraternal twins.", "Họ là sinh đôi khác trứng."),
    ("She's an identical twin.", "Cô ấy là sinh đôi cùng trứng."),
    # v8: "Tôi có anh trai hai.", "Tôi có chị gáiwin.", "Cha tôi có anh trai hai.", "Bạn cówin không?"
    ("I have a twin brother.", "Tôi có một người anh em trai sinh đôi."),
    ("I've got a twin sister.", "Tôi có một người chị em gái sinh đôi."),
    ("My father has a twin brother.", "Bố tôi có một người anh em trai sinh đôi."),
    ("Do you have a twin?", "Bạn có anh chị em sinh đôi không?"),
    ("Does he have a twin brother?", "Anh ấy có anh em trai sinh đôi không?"),
    ("I don't have a twin.", "Tôi không có anh chị em sinh đôi."),
    # v8: "Cô ấywin của tôi.", "Cô ấy gáiwin của tôi.", "Anh ta là anh trai hai của tôi."
    # ("người": "anh em trai" alone may be brothers)
    ("She's my twin.", "Cô ấy là người chị em sinh đôi của tôi."),
    ("He's my twin.", "Anh ấy là người anh em sinh đôi của tôi."),
    ("He's my twin brother.", "Anh ấy là người anh em sinh đôi của tôi."),
    ("This is my twin sister.", "Đây là người chị em sinh đôi của tôi."),
    ("Is she your twin sister?", "Cô ấy có phải là người chị em sinh đôi của bạn không?"),
    ("Is he your twin?", "Anh ấy có phải là người anh em sinh đôi của bạn không?"),
    # v8: "Tôi không thể nói cho họ một phần.", "Bạn có thể nói cho họ một phần không?"
    ("I can't tell them apart.", "Tôi không phân biệt được họ."),
    ("We can't tell them apart.", "Chúng tôi không phân biệt được họ."),
    ("I can never tell them apart.", "Tôi không bao giờ phân biệt được họ."),
    ("I can tell them apart.", "Tôi phân biệt được họ."),
    ("Can you tell them apart?", "Bạn có phân biệt được họ không?"),
    ("My mother can't tell the twins apart.", "Mẹ tôi không phân biệt được cặp sinh đôi."),
    ("How do you tell them apart?", "Làm sao bạn phân biệt được họ?"),
    ("Which of you is older?", "Trong hai bạn, ai lớn hơn?"),
    ("Which one of them is older?", "Trong hai người họ, ai lớn hơn?"),
    # v8: "Chúng trông giống như vậy.", "Cả hai đều chạy trong gia đình chúng ta."
    ("They look exactly alike.", "Họ trông giống hệt nhau."),
    ("They look identical.", "Họ trông giống hệt nhau."),
    ("They're like two peas in a pod.", "Họ giống nhau như hai giọt nước."),
    ("Twins run in our family.", "Gia đình chúng tôi có gen sinh đôi."),
    ("Do twins run in your family?", "Gia đình bạn có gen sinh đôi không?"),
    # not: "I have a twin." (no word for it), bad agreement ("They is", "She are", "I are a twin", "They're a twin",
    # "She's twins", "He have", "Does she has"), he a sister, "this" without brother or sister, one looking alike,
    # "Which one is older?" (mt/comparisons.py's), having twins (mt/babies.py)
    ("I have a twin.", None), ("They is twins.", None), ("She are a twin.", None), ("I are a twin.", None),
    ("They're a twin.", None), ("She's twins.", None), ("He have a twin brother.", None),
    ("Does she has a twin sister?", None), ("He's my twin sister.", None), ("This is my twin.", None),
    ("She looks exactly alike.", None), ("Which one is older?", None), ("She had twins.", None),
    # nor you two told apart by you, "tell" without "can" (a habit: "được" says can), an animal a twin
    ("How do you tell you two apart?", None), ("I tell them apart.", None), ("My cat is a twin.", None),
    ("My dog has a twin brother.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
