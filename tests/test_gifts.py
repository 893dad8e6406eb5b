"""Presents: bought or given to someone, thanked for, found lovely, what to give someone and none needed, both ways
(mt/gifts.py)."""
import pytest

from mt.gifts import translate


@pytest.mark.parametrize("text, said", [
    # bought (v8: "I bought my gift for my mother.", "I need to buy my father.", "He bought his wife.", "I'll buy a gift
    # for girls.", "I want to buy my mom's present.", "She bought me a scar.")
    ("Tôi mua quà cho mẹ.", "I bought a present for my mother."),
    ("Tôi đã mua quà cho mẹ tôi.", "I bought a present for my mother."),
    ("Tôi cần mua quà cho bố tôi.", "I need to buy a present for my father."),
    ("Anh ấy mua quà cho vợ.", "He bought a present for his wife."),
    ("Tôi sẽ mua quà cho bạn gái.", "I'll buy a present for my girlfriend."),
    ("Tôi muốn mua quà cho mẹ tôi.", "I'd like to buy a present for my mother."),
    ("Tôi vừa mua quà cho em gái tôi.", "I've just bought a present for my sister."),
    ("Tôi mua quà cho mẹ rồi.", "I've already bought a present for my mother."),
    ("Tôi chưa mua quà cho mẹ.", "I haven't bought a present for my mother yet."),
    ("Bạn đã mua quà cho mẹ chưa?", "Have you bought a present for your mother yet?"),
    ("Tôi đang mua quà cho mẹ.", "I'm buying a present for my mother."),
    ("Tôi mua quà cho bạn.", "I bought you a present."),
    ("Cô ấy mua cho tôi một chiếc khăn quàng cổ.", "She bought me a scarf."),
    ("Tôi mua quà sinh nhật cho bố.", "I bought a birthday present for my father."),
    ("Tôi mua một chiếc đồng hồ cho bố tôi nhân dịp sinh nhật.", "I bought my father a watch for his birthday."),
    # given (v8: "Give me an hour.", "He gave me flower.", "She gave me a book of birthday.", "I gave a girl a ring at
    # Christmas.", "We'll give them wedding gift.")
    ("Bố tặng tôi một chiếc đồng hồ.", "My father gave me a watch."),
    ("Anh ấy tặng tôi hoa.", "He gave me flowers."),
    ("Cô ấy tặng tôi một cuốn sách nhân dịp sinh nhật.", "She gave me a book for my birthday."),
    ("Tôi tặng bạn gái một chiếc nhẫn nhân dịp Giáng sinh.", "I gave my girlfriend a ring for Christmas."),
    ("Chúng tôi sẽ tặng họ quà cưới.", "We'll give them a wedding present."),
    ("Bác Hùng tặng tôi một cuốn sách.", "Uncle Hung gave me a book."),
    ("Tôi sẽ tặng mẹ hoa nhân dịp sinh nhật.", "I'll give my mother flowers for her birthday."),
    ("Tôi tặng quà cho mẹ.", "I gave my mother a present."),
    ("Anh ấy đã tặng quà cho vợ nhân dịp sinh nhật.", "He gave his wife a present for her birthday."),
    # thanks (v8: "Thank your gift.", "Thank you about the gift.", "Thank everyone for gifts.")
    ("Cảm ơn món quà của bạn.", "Thank you for your gift."),
    ("Cảm ơn về món quà.", "Thank you for the gift."),
    ("Cảm ơn bạn rất nhiều vì món quà.", "Thank you very much for the gift."),
    ("Cảm ơn mọi người vì món quà.", "Thank you all for the gift."),
    ("Cảm ơn em vì món quà nhé!", "Thank you for the gift!"),
    # lovely (v8: "The beautiful gift!", "It's beautiful!", "This gift means too!")
    ("Món quà đẹp quá!", "What a beautiful gift!"),
    ("Quà đẹp quá!", "What a beautiful gift!"),
    ("Món quà này ý nghĩa quá!", "This gift is so thoughtful!"),
    ("Món quà rất đẹp.", "The gift is really beautiful."),
    # what to give (v8: "Whatever for girls?", "What should I give Dad a birthday?", "Should I buy a gift for my
    # mother?")
    ("Tặng gì cho bạn gái bây giờ?", "What should I get my girlfriend?"),
    ("Tôi nên tặng gì cho bố nhân dịp sinh nhật?", "What should I get my father for his birthday?"),
    ("Tôi nên mua quà gì cho mẹ tôi?", "What should I get my mother?"),
    ("Chúng tôi nên tặng gì cho cô ấy?", "What should we get her?"),
    # none needed
    ("Bạn không cần mua quà đâu.", "You don't need to buy a present."),
    ("Bạn không cần phải mua gì cho tôi đâu.", "You don't need to buy me anything."),
    # not: "anh" alone (the speaker, or you?), "muốn" of "bạn" said (asked?), "chiếc đồng hồ" without "một", "Bố" to
    # "mẹ" (Dad may say it), whose birthday for a name, "nhé" (an offer), what "bạn" gave, "tặng quà" to no one,
    # "mang gì" (to a party?), "Em" alone, a thing not a present, not said lovely enough, thanks for nothing, a gift
    # sent (mt/post.py's)
    ("Tôi mua quà cho mẹ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh mua quà cho mẹ.", None), ("Bạn muốn mua quà cho mẹ.", None), ("Bố tặng tôi chiếc đồng hồ.", None),
    ("Chúng tôi đã mua quà cho vợ.", None), ("Họ đã mua quà cho chồng.", None),  # (each one's, not "our wife")
    ("Mẹ mua quà cho bố.", None), ("Cô ấy tặng Lan một chiếc nhẫn nhân dịp sinh nhật.", None),
    ("Tôi mua quà cho mẹ nhé.", None), ("Bạn tặng gì cho mẹ bạn?", None), ("Bạn không cần tặng quà.", None),
    ("Bạn không cần mang gì đâu.", None), ("Em tặng tôi hoa.", None), ("Tôi tặng bạn cái này.", None),
    ("Món quà này đẹp.", None), ("Cảm ơn.", None), ("Tôi đã gửi quà cho mẹ tôi.", None),
    ("Tôi mua một quà cho mẹ.", None), ("Tôi mua mẹ quà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # bought (v8: "Tôi có cha tôi theo dõi sinh nhật của anh ấy." (watch: follow), "Cô ấy mua cho tôi một cái sẹo."
    # (a scar), "Bạn có mua quà cho mẹ mình không?")
    ("I bought a present for my sister.", "Tôi đã mua quà cho em gái tôi."),
    ("I bought a gift for my mother.", "Tôi đã mua quà cho mẹ tôi."),
    ("I'm buying a gift for my dad.", "Tôi đang mua quà cho bố tôi."),
    ("He's buying a present for his wife.", "Anh ấy đang mua quà cho vợ anh ấy."),
    ("I need to buy a present for my wife.", "Tôi cần mua quà cho vợ tôi."),
    ("I'd like to buy a present for my mother.", "Tôi muốn mua quà cho mẹ tôi."),
    ("I've bought a present for my mother.", "Tôi đã mua quà cho mẹ tôi rồi."),
    ("I've just bought a present for my mother.", "Tôi vừa mua quà cho mẹ tôi."),
    ("I haven't bought a present for my mother yet.", "Tôi chưa mua quà cho mẹ tôi."),
    ("Have you bought a present for your mother yet?", "Bạn đã mua quà cho mẹ bạn chưa?"),
    ("Did you buy a present for your mom?", "Bạn đã mua quà cho mẹ bạn chưa?"),
    ("I'll get a present for my sister.", "Tôi sẽ mua quà cho em gái tôi."),
    ("I got you a present.", "Tôi đã mua quà cho bạn."),
    ("She bought me a scarf.", "Cô ấy đã mua một chiếc khăn quàng cổ cho tôi."),
    ("I got my dad a watch for his birthday.", "Tôi đã mua một chiếc đồng hồ cho bố tôi nhân dịp sinh nhật."),
    # given (v8: "Cha tôi trao cho tôi một đồng hồ.", "Lan cho mẹ một đống hoa." (a heap), "… cho sinh nhật của tôi.")
    ("My father gave me a watch.", "Bố tôi đã tặng tôi một chiếc đồng hồ."),
    ("He gave me flowers.", "Anh ấy đã tặng tôi hoa."),
    ("She gave me a book for my birthday.", "Cô ấy đã tặng tôi một cuốn sách nhân dịp sinh nhật."),
    ("Lan gave her mother a bunch of flowers.", "Lan đã tặng mẹ cô ấy một bó hoa."),
    ("He gave a present to his mother.", "Anh ấy đã tặng mẹ anh ấy một món quà."),
    ("They gave us a wedding gift.", "Họ đã tặng chúng tôi một món quà cưới."),
    # thanks (v8: "Cám ơn vì đã có mặt." (for being here), "Nhờ món quà đáng yêu." (thanks to), "… món quà của mình.")
    ("Thank you for the present.", "Cảm ơn bạn vì món quà."),
    ("Thank you for the gift.", "Cảm ơn bạn vì món quà."),
    ("Thanks for the lovely gift.", "Cảm ơn bạn vì món quà dễ thương."),
    ("Thank you so much for your gift.", "Cảm ơn bạn rất nhiều vì món quà của bạn."),
    # lovely (v8: "Một món quà đẹp nào đó!" (some nice gift), "Một món quà đáng yêu!")
    ("What a nice present!", "Món quà đẹp quá!"),
    ("What a lovely gift!", "Món quà dễ thương quá!"),
    ("This gift is so beautiful.", "Món quà này đẹp quá."),
    # what to give (v8: "Tôi nên bố mình làm gì cho sinh nhật của mình?", "Tôi nên mua mẹ tôi là gì?", "Chúng ta nên
    # tặng họ cho Giáng sinh là gì?")
    ("What should I get my dad for his birthday?", "Tôi nên tặng gì cho bố tôi nhân dịp sinh nhật?"),
    ("What should I buy my mother?", "Tôi nên tặng gì cho mẹ tôi?"),
    ("What should we give them for Christmas?", "Chúng tôi nên tặng gì cho họ nhân dịp Giáng sinh?"),
    # none needed (v8: "Bạn không phải mua cái gì cả.", "Cô ấy không cần tặng quà." (give, for bring))
    ("You don't need to buy a present.", "Bạn không cần mua quà đâu."),
    ("You didn't have to buy me anything.", "Bạn không cần phải mua gì cho tôi đâu."),
    ("She doesn't need to bring a gift.", "Cô ấy không cần mang quà đâu."),
    # not: the verb not agreeing ("He gives", "He have", "She want", "She don't", "Has you"), "bought … to", "I've
    # got" (has one?), a present got from someone, whose birthday not whom it is for, "bring anything" (to a party?),
    # "to" not "for", the phrasebook's "Can you wrap it for me?", a present sent
    ("He gives me flowers.", None), ("He have bought a present for my mother.", None),
    ("She want to buy a gift for her mother.", None), ("She don't need to bring a gift.", None),
    ("Has you bought a present for your mother?", None), ("He bought a present to his mother.", None),
    ("I've got a present for you.", None), ("I got a present from my mother.", None),
    ("She gave me a book for her birthday.", None), ("You don't need to bring anything.", None),
    ("Can you wrap it for me?", None), ("I sent a present to my mother.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi mua quà cho mẹ.", "en", "vi") is None
    assert translate("I bought a present for my sister.", "vi", "en") is None
    assert translate("I bought a present for my sister.", "en", "fr") is None
