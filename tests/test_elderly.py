"""Old age troubles: dementia, forgetful, hard of hearing, a walking stick, a wheelchair or a hearing aid, not walking
far, getting old, a nursing home, looked after at home, said, denied or asked, both ways (mt/elderly.py)."""
import pytest

from mt.elderly import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My grandfather was getting and.", "My grandfather was mixed.", "Do you get mixed?"
    ("Ông tôi bị lẫn rồi.", "My grandfather has dementia."),
    ("Ông tôi bị lẫn.", "My grandfather has dementia."),
    ("Bà tôi lẫn rồi.", "My grandmother has dementia."),
    ("Bố tôi bị lẫn rồi.", "My father has dementia."),
    ("Bà ấy bị lẫn.", "She has dementia."),
    ("Bác Hùng bị lẫn rồi.", "Uncle Hung has dementia."),
    ("Ông của bạn có bị lẫn không?", "Does your grandfather have dementia?"),
    ("Bà tôi bị sa sút trí tuệ.", "My grandmother has dementia."),
    ("Ông tôi bị bệnh Alzheimer.", "My grandfather has Alzheimer's."),
    # v8: "My grandfather is often forgotten.", "My grandmother had this stomach or forgot."
    ("Ông tôi hay quên.", "My grandfather is forgetful."),
    ("Bà tôi dạo này hay quên.", "My grandmother has been forgetful lately."),
    ("Dạo này bố tôi rất hay quên.", "My father has been very forgetful lately."),
    ("Ông tôi ngày càng hay quên.", "My grandfather is getting more and more forgetful."),
    ("Tôi không hay quên.", "I'm not forgetful."),
    # v8: "My grandfather was was was was was was was wasted.", "My mother was romantic.", "My grandfather fell.",
    # "Do you have a romantic ear?", "My grandmother was deafed."
    ("Bà tôi bị lãng tai.", "My grandmother is hard of hearing."),
    ("Mẹ tôi bị lãng tai.", "My mother is hard of hearing."),
    ("Ông tôi bị nghễnh ngãng.", "My grandfather is hard of hearing."),
    ("Ông tôi hơi nghễnh ngãng.", "My grandfather is a bit hard of hearing."),
    ("Bà bạn có bị lãng tai không?", "Is your grandmother hard of hearing?"),
    ("Bác Hùng bị lãng tai.", "Uncle Hung is hard of hearing."),
    ("Bà tôi bị điếc.", "My grandmother is deaf."),
    ("Bà tôi hơi điếc.", "My grandmother is a bit deaf."),
    # v8: "My grandfather must fight.", "My grandfather used a hearing subsidies.", "Do you use a hearing assistant?",
    # "I had to sit wheelchairs."
    ("Ông tôi phải chống gậy.", "My grandfather has to use a walking stick."),
    ("Ông tôi phải chống gậy rồi.", "My grandfather has to use a walking stick now."),
    ("Ông bạn có phải chống gậy không?", "Does your grandfather have to use a walking stick?"),
    ("Ông tôi dùng máy trợ thính.", "My grandfather uses a hearing aid."),
    ("Bà tôi đeo máy trợ thính.", "My grandmother wears a hearing aid."),
    ("Ông bạn có dùng máy trợ thính không?", "Does your grandfather use a hearing aid?"),
    ("Bà tôi phải ngồi xe lăn.", "My grandmother has to use a wheelchair."),
    ("Ông tôi không cần chống gậy.", "My grandfather doesn't need a walking stick."),
    # v8: "My grandfather wasn't gone.", "My grandparents were no longer gone.", "My grandfather was difficult."
    ("Ông tôi không đi xa được nữa.", "My grandfather can't go far any more."),
    ("Bà tôi không còn đi bộ xa được nữa.", "My grandmother can't walk far any more."),
    ("Bà tôi không đi bộ được xa.", "My grandmother can't walk far."),
    ("Ông tôi không đi lại được nữa.", "My grandfather can't get around any more."),
    ("Ông tôi đi lại khó khăn.", "My grandfather has trouble getting around."),
    # v8: "My grandfather was old.", "My grandmother was old."
    ("Ông tôi già rồi.", "My grandfather is getting old."),
    ("Tôi già rồi.", "I'm getting old."),
    ("Ông bà tôi già rồi.", "My grandparents are getting old."),
    ("Bà tôi đã già rồi.", "My grandmother is old now."),
    ("Bà tôi già lắm rồi.", "My grandmother is very old now."),
    # v8: "My grandmother was in the nursing hospital.", "My grandmother lived in the nursing hospital."
    ("Bà tôi ở viện dưỡng lão.", "My grandmother is in a nursing home."),
    ("Bà tôi sống ở viện dưỡng lão.", "My grandmother lives in a nursing home."),
    ("Ông bạn có sống ở nhà dưỡng lão không?", "Does your grandfather live in a nursing home?"),
    ("Bà tôi đã chuyển vào viện dưỡng lão.", "My grandmother has moved into a nursing home."),
    # v8: "We took care of my grandmother at home."
    ("Chúng tôi chăm sóc bà tôi ở nhà.", "We look after my grandmother at home."),
    ("Mẹ tôi phải chăm sóc ông tôi ở nhà.", "My mother has to look after my grandfather at home."),
    # not: "lẫn" of "I" or "you" (muddled), "anh" alone saying it (the speaker or "you"), "bác tôi" (uncle or aunt),
    # "tôi" in a nursing home (visiting?), memory loss or amnesia, can't walk or can't go, a state not to be asked or
    # denied, asked without "không", looked after without "ở nhà" (mt/childcare.py), "bà" alone looked after
    ("Tôi già rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi bị lẫn rồi.", None), ("Bạn có bị lẫn không?", None), ("Anh bị lãng tai.", None),
    ("Bác tôi bị lãng tai.", None), ("Tôi ở viện dưỡng lão.", None), ("Ông tôi bị mất trí nhớ.", None),
    ("Ông tôi không đi được nữa.", None), ("Ông tôi có già rồi không?", None), ("Bà tôi không già rồi.", None),
    ("Bà tôi bị lãng tai không?", None), ("Chúng tôi chăm sóc bà tôi.", None), ("Chúng tôi chăm bà ở nhà.", None),
    ("Dạo này bà tôi bị điếc.", None), ("Tôi hay quên chìa khóa.", None),
    # (review) "lẫn" of a child, a younger sibling, a name or a young one (got muddled), the same person on both
    # sides
    ("Con tôi bị lẫn rồi.", None), ("Em tôi bị lẫn.", None), ("Con trai tôi lẫn rồi.", None), ("Lan bị lẫn.", None),
    ("Anh ấy bị lẫn rồi.", None), ("Tôi chăm sóc tôi ở nhà.", None), ("Chúng tôi chăm sóc tôi ở nhà.", None),
    ("Mẹ tôi chăm sóc mẹ tôi ở nhà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Ông cháu của tôi bị mất trí.", "Ông của bạn có chứng mất trí nhớ không?", "Bà tôi có An-dai-mơ."
    ("My grandfather has dementia.", "Ông tôi bị lẫn."),
    ("My son has dementia.", "Con trai tôi bị sa sút trí tuệ."),  # ("bị lẫn" of the young reads as muddled)
    ("Does your grandfather have dementia?", "Ông bạn có bị lẫn không?"),
    ("My grandmother has Alzheimer's.", "Bà tôi bị bệnh Alzheimer."),
    ("I have dementia.", "Tôi bị sa sút trí tuệ."),
    # v8: "Ông tôi đang quên.", "Ông tôi rất quên.", "Ông tôi trở nên rất quên."
    ("My grandfather is getting forgetful.", "Ông tôi ngày càng hay quên."),
    ("My grandfather is very forgetful.", "Ông tôi rất hay quên."),
    ("She's a bit forgetful.", "Cô ấy hơi hay quên."),
    ("My grandmother has been forgetful lately.", "Dạo này bà tôi hay quên."),
    ("I'm not forgetful.", "Tôi không hay quên."),
    # v8: "Bà tôi rất khó nghe.", "Bà tôi là một chút deaf.", "Bà của bạn khó nghe?", "Tôi khó nghe." (my uncle)
    ("My grandmother is hard of hearing.", "Bà tôi bị lãng tai."),
    ("My grandmother is a bit deaf.", "Bà tôi hơi điếc."),
    ("Is your grandmother hard of hearing?", "Bà bạn có bị lãng tai không?"),
    ("My grandfather is slightly hard of hearing.", "Ông tôi hơi lãng tai."),
    ("She isn't deaf.", "Cô ấy không bị điếc."),
    # v8: "Anh ta phải sử dụng một cái bám đi bộ.", "Ông tôi đi bộ với một cái stick.", "Bà tôi mặc một trợ giúp
    # thính giác.", "Anh ta sử dụng viện trợ thính giác.", "Ông tôi đang ở trong xe lăn."
    ("He has to use a walking stick.", "Anh ấy phải chống gậy."),
    ("My grandfather walks with a stick.", "Ông tôi chống gậy."),
    ("My grandfather has to use a walking stick now.", "Ông tôi phải chống gậy rồi."),
    ("Does your grandmother use a cane?", "Bà bạn có chống gậy không?"),
    ("My grandmother wears a hearing aid.", "Bà tôi đeo máy trợ thính."),
    ("He uses a hearing aid.", "Anh ấy dùng máy trợ thính."),
    ("My grandfather is in a wheelchair.", "Ông tôi phải ngồi xe lăn."),
    ("My grandfather doesn't need a walking stick.", "Ông tôi không cần chống gậy."),
    # v8: "Nó không thể đi bộ nhiều hơn nữa.", "Bà tôi không thể đi bộ rất xa."
    ("She can't walk far any more.", "Cô ấy không đi bộ xa được nữa."),
    ("My grandmother can't walk far anymore.", "Bà tôi không đi bộ xa được nữa."),
    ("My grandfather can no longer get around.", "Ông tôi không còn đi lại được nữa."),
    ("My grandfather has trouble walking.", "Ông tôi đi lại khó khăn."),
    # v8: "Anh ta già đi.", "Bà tôi đang già đi."
    ("He's getting old.", "Anh ấy già rồi."),
    ("My grandparents are getting old.", "Ông bà tôi già rồi."),
    ("My grandmother is old now.", "Bà tôi đã già rồi."),
    ("My grandfather is old and frail.", "Ông tôi già yếu."),
    # v8: "Cô ấy sống trong nhà chăm sóc.", "Bà tôi sống trong căn nhà của mình.", "Bà của bạn có sống trong nhà chăm
    # sóc không?"
    ("She lives in a care home.", "Cô ấy sống ở viện dưỡng lão."),
    ("My grandmother lives in a nursing home.", "Bà tôi sống ở viện dưỡng lão."),
    ("Does your grandmother live in a care home?", "Bà bạn có sống ở viện dưỡng lão không?"),
    ("My grandfather has moved into a care home.", "Ông tôi đã chuyển vào viện dưỡng lão."),
    # (review: "Cô ấy ở viện dưỡng lão rồi." is awkward)
    ("She's in a nursing home now.", "Giờ cô ấy ở viện dưỡng lão."),
    ("My grandmother lives in a care home now.", "Giờ bà tôi sống ở viện dưỡng lão."),
    # v8: "Chúng tôi xem xét bà ở nhà.", "Chúng tôi chăm sóc ông cháu ở nhà."
    ("We look after my grandmother at home.", "Chúng tôi chăm sóc bà tôi ở nhà."),
    ("We take care of my grandfather at home.", "Chúng tôi chăm sóc ông tôi ở nhà."),
    ("My mother has to look after my grandfather at home.", "Mẹ tôi phải chăm sóc ông tôi ở nhà."),
    # not: the verb not agreeing with who, a state not to be asked or denied, "no longer … any more", looked after
    # without "at home" (mt/childcare.py), going deaf, memory, other topics
    ("My grandmother are hard of hearing.", None), ("My grandfather have dementia.", None),
    ("Does she uses a hearing aid?", None), ("My grandfather use a walking stick.", None),
    ("He have to use a walking stick.", None), ("We looks after my grandmother at home.", None),
    ("Is he getting old?", None), ("She isn't getting old.", None), ("I has been forgetful lately.", None),
    ("She can no longer walk far any more.", None), ("We look after my grandmother.", None),
    ("My grandfather is going deaf.", None), ("My grandfather is losing his memory.", None),
    ("My grandfather is old.", None), ("This house is old.", None),
    # (review) the same person on both sides
    ("I look after me at home.", None), ("We look after me at home.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
