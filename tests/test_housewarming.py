"""Housewarmings: had, come to, invited to, what to bring, when, a present, "Chúc mừng tân gia!", both ways
(mt/housewarming.py)."""
import pytest

from mt.housewarming import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This weekend, my house is denial.", "Next week, Landiann.", "Do you have Xinjiang?"
    ("Cuối tuần này nhà tôi làm tân gia.", "We're having a housewarming this weekend."),
    ("Chúng tôi làm tân gia vào thứ Bảy.", "We're having a housewarming on Saturday."),
    ("Tuần sau Lan làm tân gia.", "Lan is having a housewarming next week."),
    ("Chủ nhật này nhà Lan làm tân gia.", "Lan is having a housewarming this Sunday."),
    ("Nhà tôi sẽ làm tân gia vào tháng sau.", "We're having a housewarming next month."),
    ("Tuần sau nhà chúng tôi làm tiệc tân gia.", "We're having a housewarming party next week."),
    ("Chúng tôi định làm tân gia.", "We're planning to have a housewarming."),
    ("Bạn có làm tân gia không?", "Are you having a housewarming?"),
    ("Nhà bạn có làm tân gia không?", "Are you having a housewarming?"),
    ("Hôm qua chúng tôi làm tân gia.", "We had a housewarming yesterday."),
    ("Chúng tôi đã làm tân gia.", "We had a housewarming."),
    # v8: "Do you come to my home attendance?", "Tonight, I went to eat Thailand's house.", "I don't come to the
    # amnesty."
    ("Bạn có đến dự tân gia nhà tôi không?", "Are you coming to my housewarming?"),
    ("Bạn có đến dự tiệc tân gia nhà tôi không?", "Are you coming to my housewarming party?"),
    ("Bạn có đến tân gia của Lan không?", "Are you coming to Lan's housewarming?"),
    ("Tối nay tôi đi ăn tân gia nhà Lan.", "I'm going to Lan's housewarming tonight."),
    ("Tôi sẽ đến dự tân gia nhà bạn.", "I'm coming to your housewarming."),
    ("Tôi không đến dự tân gia được.", "I can't come to the housewarming."),
    ("Hôm qua tôi đi ăn tân gia nhà bạn tôi.", "I went to my friend's housewarming yesterday."),
    # (reviewed: "I went to the housewarming last night.", whose not said)
    ("Tối qua tôi đi ăn tân gia.", "I went to a housewarming last night."),
    ("Hôm qua mẹ tôi đi ăn tân gia.", "My mother went to a housewarming yesterday."),
    ("Tôi được mời dự tân gia nhà Lan.", "I've been invited to Lan's housewarming."),
    ("Tôi đã mời Lan đến dự tân gia nhà tôi.", "I invited Lan to my housewarming."),
    ("Tân gia nhà Lan ở đâu?", "Where's Lan's housewarming?"),
    # v8: "He is glad!", "Giving up!", "He congratulated new home!"
    ("Chúc mừng tân gia!", "Happy housewarming!"),
    ("Mừng tân gia anh chị nhé!", "Happy housewarming!"),
    ("Chúc mừng nhà mới!", "Congratulations on your new home!"),
    # v8: "What should I bring to the party?", "What should I bring when I am joining?"
    ("Tôi nên mang gì khi đi tân gia?", "What should I bring to a housewarming?"),
    ("Tôi nên mang gì đến tiệc tân gia?", "What should I bring to a housewarming party?"),
    ("Đi tân gia nên mang gì?", "What should I bring to a housewarming?"),
    ("Mẹ tôi nên mang gì đến tân gia nhà Lan?", "What should my mother bring to Lan's housewarming?"),
    # v8: "When did you get involved?", "When will you do you please?", "When are your homes?"
    ("Khi nào bạn làm tân gia?", "When's your housewarming?"),
    ("Bao giờ anh làm tân gia?", "When's your housewarming?"),
    ("Tân gia nhà bạn là khi nào?", "When's your housewarming?"),
    ("Tiệc tân gia của Lan là khi nào?", "When's Lan's housewarming party?"),
    # (reviewed: "When's my housewarming?", "nhà tôi" being the household)
    ("Khi nào nhà tôi làm tân gia?", "When's our housewarming?"),
    ("Tân gia nhà tôi là khi nào?", "When's our housewarming?"),
    # v8: "Invite you come to my home attendance."
    ("Mời bạn đến dự tân gia nhà tôi nhé.", "Please come to my housewarming."),
    # v8: "I bought amnesty gifts."
    ("Tôi mua quà tân gia cho Lan.", "I bought a housewarming present for Lan."),
    ("Tôi cần mua quà tân gia cho mẹ tôi.", "I need to buy a housewarming present for my mother."),
    ("Cảm ơn món quà tân gia của bạn.", "Thank you for your housewarming gift."),
    # not: neither a tense nor a day (had, or having?), "vừa" (mt/parties.py reads no "just"), "khi nào" last,
    # kin alone saying it, mt/parties.py's own ("tổ chức tiệc tân gia", "Tiệc tân gia ở đâu?"), mt/wishes.py's and
    # the phrasebook's new home, who said twice, a present for no one, another topic
    ("Tuần sau Lan làm tân gia nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Nhà tôi làm tân gia.", None), ("Chúng tôi làm tân gia.", None), ("Anh ấy vừa làm tân gia.", None),
    ("Bạn làm tân gia khi nào?", None), ("Anh đến dự tân gia.", None),
    ("Chúng tôi tổ chức tiệc tân gia vào thứ Bảy.", None), ("Tiệc tân gia ở đâu?", None),
    ("Chúc mừng bạn có nhà mới!", None), ("Nhà mới của bạn đẹp quá!", None), ("Chúc mừng bạn tân gia anh!", None),
    ("Tôi mua quà tân gia.", None), ("Tôi vừa chuyển đến nhà mới.", None),
    # (reviewed: "What should you bring to a housewarming?", "anh", "em" asking advice often being the speaker)
    ("Em nên mang gì đến tân gia?", None), ("Anh nên mang gì đến tân gia?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đang có một ngôi nhà chiến tranh cuối tuần này.", "Họ đang chiến thắng nhà thứ Bảy tuần sau."
    ("We're having a housewarming this weekend.", "Cuối tuần này chúng tôi tổ chức tiệc tân gia."),
    ("They're having a housewarming next Saturday.", "Họ tổ chức tiệc tân gia vào thứ Bảy tuần sau."),
    ("She is having a housewarming on Sunday.", "Cô ấy tổ chức tiệc tân gia vào Chủ nhật."),
    ("We are having a housewarming.", "Chúng tôi sẽ tổ chức tiệc tân gia."),
    ("Is she having a housewarming?", "Cô ấy có tổ chức tiệc tân gia không?"),
    ("We had a housewarming last weekend.", "Cuối tuần trước chúng tôi tổ chức tiệc tân gia."),
    # v8: "Bạn đang đến cảnh báo nhà mình?", "Tôi sẽ cảnh báo ngôi nhà của Lan tối nay.", "Tôi không thể đến nhà
    # của bạn cảnh báo."
    ("Are you coming to my housewarming?", "Bạn có đến dự tiệc tân gia của tôi không?"),
    ("I'm going to Lan's housewarming tonight.", "Tối nay tôi đi dự tiệc tân gia của Lan."),
    ("Did you go to Lan's housewarming?", "Bạn đã đi dự tiệc tân gia của Lan chưa?"),
    ("I can't come to your housewarming.", "Tôi không thể đến dự tiệc tân gia của bạn."),
    ("I went to a housewarming last night.", "Tối qua tôi đi dự tiệc tân gia."),
    ("You're invited to our housewarming.", "Bạn được mời dự tiệc tân gia của chúng tôi."),
    ("I invited Lan to my housewarming.", "Tôi đã mời Lan đến dự tiệc tân gia của tôi."),
    ("Where's the housewarming?", "Bữa tiệc tân gia ở đâu?"),
    # (reviewed: "Bạn có tổ chức tiệc tân gia không?", "did" lost)
    ("Did you have a housewarming?", "Bạn đã tổ chức tiệc tân gia chưa?"),
    ("Did you go to the housewarming?", "Bạn đã đi dự tiệc tân gia chưa?"),
    # v8: "Chúc nhà vui vẻ!"
    ("Happy housewarming!", "Chúc mừng tân gia!"),
    # v8: "Tôi nên mang đến một chú lùn nhà?" (a garden gnome), "Tôi nên mang đến bữa tiệc chiến tranh ở nhà là gì?"
    ("What should I bring to a housewarming?", "Tôi nên mang gì khi đi tân gia?"),
    ("What should I bring to a housewarming party?", "Tôi nên mang gì khi đi dự tiệc tân gia?"),
    ("What should we bring to your housewarming party?", "Chúng tôi nên mang gì đến tiệc tân gia của bạn?"),
    ("What should my mother bring to Lan's housewarming?", "Mẹ tôi nên mang gì đến tân gia nhà Lan?"),
    ("What should I bring to the housewarming?", "Tôi nên mang gì đến tân gia?"),
    # v8: "Khi nào ngôi nhà của bạn đang chiến tranh?", "Tiệc khi nào nhà bạn chiến thắng?"
    ("When is your housewarming?", "Khi nào bạn làm tân gia?"),
    ("When's Lan's housewarming party?", "Khi nào Lan tổ chức tiệc tân gia?"),
    ("When are you having your housewarming?", "Khi nào bạn làm tân gia?"),
    ("When is she having her housewarming?", "Khi nào cô ấy làm tân gia?"),
    ("Please come to my housewarming.", "Mời bạn đến dự tân gia nhà tôi."),
    ("Come to our housewarming party!", "Mời bạn đến dự tiệc tân gia của chúng tôi!"),
    # v8: "Tôi mua một món quàwarming nhà.", "Cám ơn vì món quà chiến tranh trong nhà."
    ("I bought a housewarming present for Lan.", "Tôi đã mua quà tân gia cho Lan."),
    ("I need to buy a housewarming present for my mother.", "Tôi cần mua quà tân gia cho mẹ tôi."),
    ("Thanks for the housewarming gift.", "Cảm ơn bạn vì món quà tân gia."),
    # not: bad agreement ("She are", "She have", whose not who's), "the" or "an" with no whose, mt/parties.py's own
    # ("housewarming party"), mt/wishes.py's new home, a present for no one, another topic
    ("She are having a housewarming.", None), ("She have a housewarming.", None),
    ("When are she having her housewarming?", None), ("When is she having my housewarming?", None),
    ("When's the housewarming?", None), ("What should I bring to an housewarming?", None),
    ("We're having a housewarming party on Saturday.", None), ("Are you coming to my housewarming party?", None),
    ("Congratulations on your new home!", None), ("I bought a housewarming gift.", None),
    ("We're having a barbecue this weekend.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
