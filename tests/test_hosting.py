"""Having guests: a drink offered or fetched, come in and sit down, stay for a meal, help yourself, thanks for having
us, come again, both ways (mt/hosting.py)."""
import pytest

from mt.hosting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you drink tea?", "Do you want to drink coffee?" (the mother lost), "Invite you drink tea."
    ("Bạn uống trà nhé?", "Would you like some tea?"),
    ("Bạn dùng trà nhé?", "Would you like some tea?"),
    ("Anh uống bia nhé?", "Would you like a beer?"),
    ("Bạn có muốn uống trà không?", "Would you like some tea?"),
    ("Mẹ bạn có muốn uống cà phê không?", "Would your mother like some coffee?"),
    ("Bác có muốn uống một tách trà không ạ?", "Would you like a cup of tea?"),
    ("Bạn có muốn uống một ly nước cam không?", "Would you like a glass of orange juice?"),
    ("Bạn muốn uống trà hay cà phê?", "Would you like tea or coffee?"),
    ("Bạn có muốn uống gì không?", "Would you like something to drink?"),
    ("Bạn uống gì không?", "Would you like something to drink?"),
    ("Bạn muốn uống gì?", "What would you like to drink?"),
    ("Mời bạn uống trà.", "Please have some tea."),
    ("Mời mọi người uống nước.", "Please have some water, everyone."),
    # v8: "I get water for you?", "Let me take something to drink."
    ("Tôi lấy nước cho bạn nhé?", "Can I get you some water?"),
    ("Tôi lấy cho bạn một cốc nước nhé?", "Can I get you a glass of water?"),
    ("Để tôi lấy gì cho bạn uống nhé.", "Let me get you something to drink."),
    # v8: "Inviting you to sit.", "Go to the house."
    ("Mời bạn vào ngồi.", "Please come in and sit down."),
    ("Vào nhà ngồi chơi đi.", "Come in and sit down."),
    # v8: "Are you stay at dinner?", "At the rest of our rice with us.", "Do you want to stay at dinner?"
    ("Bạn ở lại ăn tối nhé?", "Would you like to stay for dinner?"),
    ("Ở lại ăn cơm với chúng tôi nhé.", "Stay and have a meal with us."),
    ("Bạn ở lại ăn cơm tối nhé.", "Stay for dinner."),
    ("Mẹ bạn có muốn ở lại ăn trưa không?", "Would your mother like to stay for lunch?"),
    # v8: "You're natural to get yourself.", "Let's get yourself."
    ("Bạn cứ tự nhiên lấy nhé.", "Help yourself."),
    ("Cứ tự lấy nhé.", "Help yourself."),
    ("Cứ tự nhiên uống trà nhé.", "Help yourself to some tea."),
    ("Cứ tự nhiên dùng trà đi.", "Help yourself to some tea."),
    ("Mọi người cứ tự nhiên ăn hoa quả nhé.", "Help yourselves to some fruit."),
    # v8: "Thank you've been hungry next.", "Thank you there for us."
    ("Cảm ơn bạn đã đón tiếp chúng tôi.", "Thank you for having us."),
    ("Cảm ơn mọi người rất nhiều vì đã tiếp đón tôi.", "Thank you all so much for having me."),
    # v8: "What's going to play today.", "Remember to stop playing again.", "Next time you plan to go to play again."
    ("Hôm nào lại đến chơi nhé.", "Do come again some time."),
    ("Nhớ ghé chơi lần nữa nhé.", "Do come again."),
    ("Nhớ sớm lại đến chơi nhé.", "Do come again soon."),
    ("Lần sau bạn nhất định phải đến chơi nữa nhé.", "You must come again."),
    # not: a habit or an offer ("hay" without "muốn"), the speaker drinking, "nhé" of someone else (he will, OK?),
    # whom not said, said now, "anh" saying it (the speaker?), "ăn" on one's own, a first visit, a food drunk, the
    # phrasebook's "Cứ tự nhiên." and "Mời bạn ngồi.", "thêm" (mt/mealtimes.py's), thanks for inviting (_thanked's),
    # asked without "không", what they are drinking or a habit ("uống" without "muốn")
    ("Bạn uống cà phê hay trà?", None), ("Tôi uống trà nhé?", None), ("Anh ấy uống trà nhé?", None),
    ("Tôi lấy nước nhé?", None), ("Tôi lấy nước cho bạn.", None), ("Anh ở lại ăn tối nhé.", None),
    ("Bạn vào ngồi.", None), ("Con cứ tự ăn đi.", None), ("Hôm nào đến chơi nhé.", None),
    ("Cứ tự nhiên uống cơm nhé.", None), ("Cứ tự nhiên nhé.", None), ("Mời bạn ngồi.", None),
    ("Bạn có muốn ăn thêm không?", None), ("Cảm ơn bạn đã mời chúng tôi.", None), ("Bạn có muốn uống trà?", None),
    ("Bạn uống gì?", None), ("Bạn uống trà không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có muốn một vài trà không?", "… một vài loại trà hay cà phê không?", "Liệu mẹ bạn có thích một số trà
    # không?", "Bạn có muốn một vài cà phê không?"
    ("Would you like some tea?", "Bạn có muốn uống trà không?"),
    ("Would you like some tea or coffee?", "Bạn muốn uống trà hay cà phê?"),
    ("Would you like a cup of tea?", "Bạn có muốn uống một tách trà không?"),
    ("Would you like a coffee?", "Bạn có muốn uống cà phê không?"),
    ("Would your mother like some tea?", "Mẹ bạn có muốn uống trà không?"),
    ("Does he want a beer?", "Anh ấy có muốn uống bia không?"),
    ("Do you want some coffee?", "Bạn có muốn uống cà phê không?"),
    ("Would you like something to drink?", "Bạn có muốn uống gì không?"),
    ("Would you like a drink?", "Bạn có muốn uống gì không?"),
    ("What would you like to drink?", "Bạn muốn uống gì?"),
    ("What would your father like to drink?", "Bố bạn muốn uống gì?"),
    # v8: "Tôi có thể uống được cái gì đó không?", "Tôi có thể uống được không?", "… lấy bạn một vài nước không?"
    ("Can I get you something to drink?", "Tôi lấy gì cho bạn uống nhé?"),
    ("Can I get you a drink?", "Tôi lấy gì cho bạn uống nhé?"),
    ("Can I get you some water?", "Tôi lấy nước cho bạn nhé?"),
    ("Can I get you a glass of water?", "Tôi lấy một ly nước cho bạn nhé?"),
    ("Let me get you some water.", "Để tôi lấy nước cho bạn nhé."),
    # v8: "Thôi nào và ngồi xuống." (come on)
    ("Come in and sit down.", "Vào ngồi đi."),
    ("Please come in and have a seat.", "Mời bạn vào ngồi."),
    # v8: "Bạn có muốn ăn tối không?" (staying lost), "Bạn sẽ ở lại bữa tối?", "Hãy kiên trì bữa tối." (persevere)
    ("Would you like to stay for dinner?", "Bạn có muốn ở lại ăn tối không?"),
    ("Will you stay for dinner?", "Bạn ở lại ăn tối nhé?"),
    ("Stay for dinner.", "Ở lại ăn tối nhé."),
    ("Please stay for dinner with us.", "Ở lại ăn tối với chúng tôi nhé."),
    ("Stay and eat with us.", "Ở lại ăn cơm với chúng tôi nhé."),
    # v8: "Hãy tự giúp mình uống một số trà."
    ("Help yourself to some tea.", "Cứ tự nhiên uống trà nhé."),
    ("Help yourselves to some fruit.", "Mọi người cứ tự nhiên ăn hoa quả nhé."),
    # v8: "Cám ơn vì đã có chúng tôi.", "Nhờ đến." (thanks to), "Nhờ mời chúng tôi."
    ("Thank you for having us.", "Cảm ơn bạn đã đón tiếp chúng tôi."),
    ("Thanks for having me.", "Cảm ơn bạn đã đón tiếp tôi."),
    ("Thank you so much for having us over.", "Cảm ơn bạn rất nhiều vì đã đón tiếp chúng tôi."),
    ("Thanks for coming.", "Cảm ơn bạn đã đến."),
    ("Thank you all for coming.", "Cảm ơn mọi người đã đến."),
    ("Thanks for inviting us over.", "Cảm ơn bạn đã mời chúng tôi đến chơi."),
    # v8: "Bạn phải đến lại.", "Bạn phải đến một lần nữa." (soon lost)
    ("You must come again.", "Bạn nhất định phải đến chơi nữa nhé."),
    ("You must come again soon.", "Bạn nhất định phải sớm đến chơi nữa nhé."),
    ("Please do come again soon.", "Nhớ sớm lại đến chơi nhé."),
    ("Come and see us again some time.", "Hôm nào lại đến chơi nhé."),
    # not: "I" offered, "do" or "want" that does not agree, "a" with what is not counted so, two drinks fetched,
    # "Please come again." and "Come again soon." (a shop's too), "stay" in small letters (not a sentence's start),
    # the phrasebook's "Help yourself." and "Please have a seat.", "more" (mt/mealtimes.py's), "Do again.", "come
    # back" (return?)
    ("Would I like some tea?", None), ("Do he want a beer?", None), ("Would you want some coffee?", None),
    ("Would you like a water?", None), ("Help yourself to a rice.", None), ("Can I get you tea or coffee?", None),
    ("Please come again.", None), ("Come again soon.", None), ("stay for dinner.", None), ("Help yourself.", None),
    ("Please have a seat.", None), ("Would you like some more tea?", None), ("Do again.", None),
    ("You must come back.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
