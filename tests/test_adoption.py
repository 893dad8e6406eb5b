"""Adopting a child, being adopted, adopted children and adoptive parents, and orphans, both ways (mt/adoption.py)."""
from datetime import date

import pytest

from mt.adoption import translate


@pytest.mark.parametrize("text, said", [
    # v8: "They received the child.", "They took a girl.", "They've got a boy.", "They had just received a girl.",
    # "We want to get our own child.", "We received a pet last year.", "She took me two children."
    ("Họ nhận con nuôi.", "They adopted a child."),
    ("Họ nhận nuôi một bé gái.", "They adopted a baby girl."),
    ("Họ đã nhận nuôi một bé trai.", "They adopted a baby boy."),
    ("Họ vừa nhận nuôi một bé gái.", "They've just adopted a baby girl."),
    ("Chúng tôi muốn nhận con nuôi.", "We want to adopt."),
    ("Họ muốn nhận nuôi một đứa trẻ.", "They want to adopt a child."),
    ("Chúng tôi đã nhận con nuôi năm ngoái.", "We adopted a child last year."),
    ("Năm ngoái, họ nhận nuôi một bé gái.", "They adopted a baby girl last year."),
    ("Chị tôi nhận nuôi hai đứa trẻ.", "My sister adopted two children."),
    ("Họ nhận nuôi một bé gái từ trại trẻ mồ côi.", "They adopted a baby girl from an orphanage."),
    ("Bác Hùng nhận nuôi một bé trai vào năm 2010.", "Uncle Hung adopted a baby boy in 2010."),
    ("Họ nhận nuôi một cặp song sinh.", "They adopted twins."),
    ("Họ nhận nuôi một đứa trẻ mồ côi.", "They adopted an orphan."),
    ("Họ đã nhận con nuôi rồi.", "They've already adopted a child."),
    ("Họ đã nhận con nuôi chưa?", "Have they adopted a child yet?"),
    ("Họ sắp nhận nuôi một bé gái.", "They're going to adopt a baby girl."),
    ("Họ đang nhận nuôi một em bé.", "They're adopting a baby."),
    ("Chúng tôi sẽ nhận con nuôi vào năm sau.", "We'll adopt a child next year."),
    ("Chúng tôi đang nghĩ đến việc nhận con nuôi.", "We're thinking about adopting."),
    ("Chúng tôi dự định nhận con nuôi.", "We're planning to adopt."),
    ("Chị tôi đã quyết định nhận con nuôi.", "My sister has decided to adopt."),
    ("Họ không muốn nhận con nuôi.", "They don't want to adopt."),
    # v8: "Do you want to receive a pet?"
    ("Bạn có muốn nhận con nuôi không?", "Do you want to adopt?"),
    ("Anh có muốn nhận con nuôi không?", "Do you want to adopt?"),
    # v8: "I'm a pet.", "Are you a pet?", "Minh is a pet.", "She is their own daughter.", "He is their own son."
    ("Tôi là con nuôi.", "I'm adopted."),
    ("Minh là con nuôi.", "Minh is adopted."),
    ("Bạn có phải là con nuôi không?", "Are you adopted?"),
    ("Tôi không phải là con nuôi.", "I'm not adopted."),
    ("Cô ấy là con gái nuôi của họ.", "She's their adopted daughter."),
    ("Anh ấy là con trai nuôi của họ.", "He's their adopted son."),
    ("Cô ấy có phải là con gái nuôi của họ không?", "Is she their adopted daughter?"),
    ("Đây là mẹ nuôi tôi.", "This is my adoptive mother."),
    ("Họ là bố mẹ nuôi của tôi.", "They're my adoptive parents."),
    # v8: "He is the first child."
    ("Anh ấy là trẻ mồ côi.", "He's an orphan."),
    ("Họ là trẻ mồ côi.", "They're orphans."),
    # v8: "She was adopted from the first child farm."
    ("Tôi được nhận nuôi.", "I was adopted."),
    ("Cô ấy được nhận nuôi từ trại trẻ mồ côi.", "She was adopted from an orphanage."),
    ("Tôi được nhận nuôi khi tôi ba tuổi.", "I was adopted when I was three."),
    ("Chị tôi được nhận nuôi lúc 5 tuổi.", "My sister was adopted at the age of 5."),
    ("Tôi được nhận nuôi năm 1995.", "I was adopted in 1995."),
    # v8: "They have a pet.", "He grew up in the young farm.", "I'm up in the first farm."
    ("Họ có một đứa con nuôi.", "They have an adopted child."),
    ("Tôi có hai con gái nuôi.", "I have two adopted daughters."),
    ("Anh ấy lớn lên ở trại trẻ mồ côi.", "He grew up in an orphanage."),
    # not: "anh" saying it (the speaker?), did they or are they, not adopting (a habit?), nothing adopted (a pet?), a
    # pet adopted (mt/pets.py's), a pet kept (mt/family.py's), a year ahead with the past, whose adoptive mother, an
    # age of another, "bà ấy" (not of OWNERS), adoptive parents doing something else, a pet as "con nuôi"
    ("Tôi là con nuôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh muốn nhận con nuôi.", None), ("Họ có nhận con nuôi không?", None), ("Họ không nhận con nuôi.", None),
    ("Họ muốn nhận nuôi.", None), ("Chúng tôi vừa nhận nuôi một con mèo.", None), ("Tôi nuôi một con chó.", None),
    ("Họ nhận nuôi một bé gái năm sau.", None), ("Cô ấy là mẹ nuôi.", None), ("Đây là con nuôi.", None),
    ("Cô ấy là bố mẹ nuôi của tôi.", None), ("Tôi được nhận nuôi khi cô ấy ba tuổi.", None),
    ("Tôi được nhận nuôi năm sau.", None), ("Lan là con gái nuôi của bà ấy.", None),
    ("Bố mẹ nuôi của tôi rất tốt.", None), ("Con mèo của tôi là con nuôi.", None),
    ("Tôi làm tình nguyện ở trại trẻ mồ côi.", None),
    # not: a pet with adopted children, kin or a title as "trẻ mồ côi" (an orphaned child: a grown relative was one),
    # who as the owner too, a role of the other sex
    ("Con mèo của tôi có hai con nuôi.", None), ("Ông tôi là trẻ mồ côi.", None), ("Bố tôi là trẻ mồ côi.", None),
    ("Bác Hùng là trẻ mồ côi.", None), ("Tôi là con nuôi của tôi.", None),
    ("Chúng tôi là bố mẹ nuôi của chúng tôi.", None), ("Cô ấy là bố nuôi của tôi.", None),
    ("Anh ấy là mẹ nuôi của tôi.", None), ("Anh ấy là con gái nuôi của tôi.", None),
    ("Mẹ tôi là bố nuôi của bạn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Họ đã thông qua một cô gái bé.", "Họ muốn thông qua.", "Chúng tôi đã thông qua một cậu bé.", "Họ vừa thông
    # qua một cô gái bé.", "Bạn có muốn thông qua không?", "Họ đang thông qua em bé.", "Họ thông qua twin."
    ("They adopted a baby girl.", "Họ đã nhận nuôi một bé gái."),
    ("We adopted a boy.", "Chúng tôi đã nhận nuôi một cậu bé."),
    ("My sister adopted two children.", "Em gái tôi đã nhận nuôi hai đứa trẻ."),
    ("Lan adopted a baby girl last year.", "Lan đã nhận nuôi một bé gái năm ngoái."),
    ("They adopted twins.", "Họ đã nhận nuôi một cặp song sinh."),
    ("They adopted an orphan.", "Họ đã nhận nuôi một đứa trẻ mồ côi."),
    ("They've just adopted a baby girl.", "Họ vừa nhận nuôi một bé gái."),
    ("They just adopted a baby girl.", "Họ vừa nhận nuôi một bé gái."),
    ("They have already adopted two kids.", "Họ đã nhận nuôi hai đứa trẻ rồi."),
    ("Have you adopted a child yet?", "Bạn đã nhận con nuôi chưa?"),
    ("They want to adopt.", "Họ muốn nhận con nuôi."),
    ("They want to adopt a child.", "Họ muốn nhận con nuôi."),
    ("I'd like to adopt a child.", "Tôi muốn nhận con nuôi."),
    ("Do you want to adopt?", "Bạn có muốn nhận con nuôi không?"),
    ("Does she want to adopt a baby?", "Cô ấy có muốn nhận nuôi một em bé không?"),
    ("She doesn't want to adopt.", "Cô ấy không muốn nhận con nuôi."),
    ("They're adopting a baby.", "Họ đang nhận nuôi một em bé."),
    ("We will adopt a child next year.", "Chúng tôi sẽ nhận con nuôi năm sau."),
    ("We're going to adopt next year.", "Chúng tôi sẽ nhận con nuôi năm sau."),
    ("She is planning to adopt a child.", "Cô ấy dự định nhận con nuôi."),
    ("We're thinking about adopting.", "Chúng tôi đang nghĩ đến việc nhận con nuôi."),
    ("They've decided to adopt.", "Họ đã quyết định nhận con nuôi."),
    # v8: "Tôi đã được thông qua.", "Cô ấy đã được thông qua từ một con cún.", "Anh ấy được thông qua khi anh ấy là ba."
    ("I was adopted.", "Tôi được nhận nuôi."),
    ("She was adopted from an orphanage.", "Cô ấy được nhận nuôi từ trại trẻ mồ côi."),
    ("He was adopted when he was three.", "Anh ấy được nhận nuôi lúc ba tuổi."),
    ("My sister was adopted when she was three.", "Em gái tôi được nhận nuôi lúc ba tuổi."),
    ("She was adopted at the age of five.", "Cô ấy được nhận nuôi lúc năm tuổi."),
    ("I was adopted in 1990.", "Tôi được nhận nuôi vào năm 1990."),
    ("Were you adopted?", "Bạn có phải là con nuôi không?"),
    # v8: "Bạn đã thông qua không?", "Cô ấy là con gái đã thông qua.", "Minh đã được thông qua.", "Anh ta là một con
    # não."
    ("Are you adopted?", "Bạn có phải là con nuôi không?"),
    ("Is she adopted?", "Cô ấy có phải là con nuôi không?"),
    ("She's adopted.", "Cô ấy là con nuôi."),
    ("Minh is adopted.", "Minh là con nuôi."),
    ("I'm not adopted.", "Tôi không phải là con nuôi."),
    ("She is their adopted daughter.", "Cô ấy là con gái nuôi của họ."),
    ("This is my adoptive mother.", "Đây là mẹ nuôi của tôi."),
    ("They're my adoptive parents.", "Họ là bố mẹ nuôi của tôi."),
    ("He's an orphan.", "Anh ấy là trẻ mồ côi."),
    ("They're orphans.", "Họ là trẻ mồ côi."),
    # v8: "Họ có con trai thông qua.", "Anh ấy tăng lên trong một cái đồi."
    ("They have an adopted son.", "Họ có một con trai nuôi."),
    ("She has two adopted children.", "Cô ấy có hai đứa con nuôi."),
    ("He grew up in an orphanage.", "Anh ấy lớn lên ở trại trẻ mồ côi."),
    # not: "have", "want", "is", "was" not agreeing with who, a count not agreeing with what is counted, "adopted"
    # with nothing adopted, a year ahead with the past, a pet (mt/pets.py's), an age of another, "an orphan" of many,
    # adopted from elsewhere, adoptive parents doing something else, a pet as adopted
    ("She have adopted a child.", None), ("He want to adopt.", None), ("Do she want to adopt?", None),
    ("I is adopted.", None), ("They is adopted.", None), ("I were adopted.", None),
    ("She have two adopted children.", None), ("They have an adopted children.", None),
    ("They adopted a babies.", None), ("They adopted two baby.", None), ("They adopted an baby.", None),
    ("They adopted.", None), ("They adopted a baby girl next year.", None), ("We adopted a cat.", None),
    ("She was adopted when he was 5.", None), ("My brother was adopted when she was three.", None),
    ("They're an orphan.", None), ("She's my adoptive parents.", None),
    ("They adopted a child from Vietnam.", None), ("My adoptive mother is a teacher.", None),
    ("My dog is adopted.", None), ("I volunteer at an orphanage.", None),
    # not: who as the owner too, a role of the other sex, "you" as my adopted child or adoptive parent ("bạn": a parent
    # does not say it to a child, nor a child to a parent), a pet with adopted children, kin as an orphaned child
    ("I'm my adopted son.", None), ("We are our adoptive parents.", None), ("He is my adopted daughter.", None),
    ("She is my adopted son.", None), ("She is my adoptive father.", None), ("You are my adopted son.", None),
    ("Are you my adopted son?", None), ("You are my adoptive mother.", None),
    ("My cat has two adopted children.", None), ("My grandfather is an orphan.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_left():
    assert translate("Họ nhận nuôi một bé gái.", "vi", "fr") is None


def test_a_year_ahead_is_not_adopted_yet():
    # a year after this one with the past is None (the reviewer's 2030 and 2040 while they are ahead), with "will"
    # it is said; this year and one behind are adopted
    now = date.today().year
    assert translate(f"Họ nhận nuôi một bé gái năm {now + 1}.", "vi", "en") is None
    assert translate(f"Tôi được nhận nuôi năm {now + 1}.", "vi", "en") is None
    assert translate(f"They adopted a child in {now + 1}.", "en", "vi") is None
    assert translate(f"I was adopted in {now + 1}.", "en", "vi") is None
    ahead = f"They'll adopt a baby girl in {now + 1}."
    assert translate(f"Họ sẽ nhận nuôi một bé gái năm {now + 1}.", "vi", "en") == ahead
    ahead = f"Chúng tôi sẽ nhận con nuôi vào năm {now + 1}."
    assert translate(f"We will adopt a child in {now + 1}.", "en", "vi") == ahead
    assert translate(f"Họ nhận nuôi một bé gái năm {now}.", "vi", "en") == f"They adopted a baby girl in {now}."
    for year, said in ((2030, "They adopted a baby girl in 2030."), (2040, "They adopted a baby girl in 2040.")):
        assert translate(f"Họ nhận nuôi một bé gái năm {year}.", "vi", "en") == (None if year > now else said)
    said = "Họ đã nhận con nuôi vào năm 2040."
    assert translate("They adopted a child in 2040.", "en", "vi") == (None if 2040 > now else said)
