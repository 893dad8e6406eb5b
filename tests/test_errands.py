"""Errands run for someone: asking you to go to the market or buy something for one, on your way or not, who asked
someone to, who bought something or went to the market for someone, and a parent sending a child, both ways
(mt/errands.py)."""
import pytest

from mt.errands import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Could you buy me little vegetables?", "Do you go to the market to buy me two balances of rice?", "Getting
    # my bottle fish sauce.", "Help me less eggs with.", "Could you buy my mother less flowers?", "Do you buy ten eggs?"
    ("Bạn mua hộ tôi ít rau được không?", "Can you buy some vegetables for me?"),
    ("Bạn có thể mua giúp tôi bánh mì không?", "Can you buy some bread for me?"),
    ("Bạn có thể đi chợ giùm tôi được không?", "Can you go to the market for me?"),
    ("Bạn đi chợ mua hộ tôi hai cân gạo được không?", "Can you go to the market and buy two kilos of rice for me?"),
    ("Bạn mua giùm tôi chai nước mắm nhé.", "Could you buy a bottle of fish sauce for me?"),
    ("Mua giúp tôi ít trứng với.", "Could you buy some eggs for me?"),
    ("Bạn mua hộ mẹ tôi ít hoa quả được không?", "Can you buy some fruit for my mother?"),
    ("Bạn đi mua giúp chúng tôi mười quả trứng được không?", "Can you go and buy ten eggs for us?"),
    # v8: "Utilities help me bread.", "Utilities are low in milk.", "Are you a convenient way to buy me a pack of
    # bread?"
    ("Tiện đường mua giúp tôi bánh mì nhé.", "Could you pick up some bread for me on your way?"),
    ("Tiện đường về mua hộ mình ít sữa nhé.", "Could you pick up some milk for me on your way home?"),
    ("Bạn tiện đường mua giúp tôi một gói mì tôm được không?",
     "Could you pick up a packet of instant noodles for me on your way?"),
    # v8: "I asked the neighbor to go to the house.", "My mother bought me little vegetables.", "I thanked him to buy
    # bread.", "She gave me a passport.", "My father bought a two bottles of beer."
    ("Tôi nhờ hàng xóm đi chợ hộ.", "I asked my neighbour to go to the market for me."),
    ("Mẹ tôi nhờ tôi mua hộ ít rau.", "My mother asked me to buy some vegetables for her."),
    ("Mẹ tôi nhờ hàng xóm mua hộ ít thịt.", "My mother asked her neighbour to buy some meat for her."),
    ("Tôi đã nhờ anh ấy mua hộ bánh mì.", "I asked him to buy some bread for me."),
    ("Tôi sẽ nhờ hàng xóm mua hộ sữa.", "I'll ask my neighbour to buy some milk for me."),
    ("Chúng tôi vừa nhờ hàng xóm đi chợ hộ.", "We've just asked our neighbour to go to the market for us."),
    ("Bố tôi nhờ Lan mua hộ hai chai bia.", "My father asked Lan to buy two bottles of beer for him."),
    ("Cô ấy nhờ tôi đi chợ hộ.", "She asked me to go to the market for her."),
    ("Tôi nhờ bạn tôi mua hộ mẹ tôi ít thịt.", "I asked my friend to buy some meat for my mother."),
    # v8: "I bought my mother little vegetables.", "I went to my mother's market.", "Have you bought my mother milk
    # yet?", "My mother bought me bread.", "I don't buy a bottle fish sauce."
    ("Tôi mua hộ mẹ ít rau.", "I bought some vegetables for my mother."),
    ("Tôi đã đi chợ hộ mẹ.", "I went to the market for my mother."),
    ("Anh ấy sẽ mua hộ tôi gạo.", "He'll buy some rice for me."),
    ("Anh ấy đang mua hộ tôi bánh mì.", "He's buying some bread for me."),
    ("Bạn đã mua hộ mẹ tôi sữa chưa?", "Have you bought any milk for my mother yet?"),
    ("Bạn đã đi chợ hộ mẹ tôi chưa?", "Have you been to the market for my mother yet?"),
    ("Mẹ tôi mua hộ tôi bánh mì rồi.", "My mother has already bought some bread for me."),
    ("Tôi đã mua hộ mẹ ít rau rồi.", "I've already bought some vegetables for my mother."),
    ("Lan vừa mua hộ chúng tôi hai cân gạo.", "Lan has just bought two kilos of rice for us."),
    ("Chúng tôi đang đi chợ hộ bà Lan.", "We're going to the market for Ms. Lan."),
    ("Tôi chưa mua hộ bố chai nước mắm.", "I haven't bought a bottle of fish sauce for my father yet."),
    ("Cô ấy đã đi chợ giúp mẹ tôi.", "She went to the market for my mother."),
    # v8: "I went to buy the bottle fish sauce.", "I came out the market bought her mother little vegetables.", "I went
    # to the market of her."
    ("Con đi mua hộ mẹ chai nước mắm.", "Go and buy a bottle of fish sauce for me."),
    ("Con ra chợ mua hộ mẹ ít rau đi.", "Go to the market and buy some vegetables for me."),
    ("Cháu đi chợ hộ bà đi.", "Go to the market for me."),
    ("Con đi mua giúp bố một gói muối!", "Go and buy a packet of salt for me!"),
    # not: "đi chợ hộ" or "bạn" with no tense (now, or an offer?), "bạn" told, "không?" without "có thể", "có thể"
    # with "nhé", "có … không?" (did or will?), "không" denied (didn't or won't?), "bà" alone (an old lady as "you"?),
    # a child offering ("nhé"), "cháu" and "mẹ", a name asking (him or her?), "bạn" asked (you or a friend?), "anh"
    # alone, a measure that does not fit, a "?" on a statement, a pet, offers and shopping (mt/offers.py,
    # mt/shopping.py), "ba" (father, or three?), for oneself, "hộ" a household, one egg, "tiện đường" with no ask
    ("Tôi đi chợ hộ mẹ.", None), ("Tôi mua hộ bạn ít rau.", None), ("Bạn mua hộ tôi ít rau.", None),
    ("Bạn mua hộ tôi ít rau không?", None), ("Bạn có thể mua hộ tôi ít rau nhé.", None),
    ("Bạn có mua hộ mẹ tôi sữa không?", None), ("Tôi không mua hộ mẹ ít rau.", None), ("Tôi mua hộ bà ít gạo.", None),
    ("Con đi chợ hộ mẹ nhé.", None), ("Cháu đi mua hộ mẹ chai nước mắm.", None), ("Lan nhờ tôi mua hộ ít rau.", None),
    ("Tôi nhờ bạn đi chợ hộ.", None), ("Anh nhờ hàng xóm đi chợ hộ.", None), ("Tôi mua hộ mẹ chai gạo.", None),
    ("Tôi mua hộ mẹ ít rau?", None), ("Con chó của tôi mua hộ tôi bánh mì.", None),
    ("Tôi có thể giúp bạn mua rau không?", None), ("Để tôi mua hộ bạn.", None), ("Tôi đi siêu thị mua sữa.", None),
    ("Tôi mua hộ mẹ ít rau nhỉ.", None), ("Tiện đường đi chợ giúp tôi nhé.", None), ("Tôi mua hộ tôi ít rau.", None),
    ("Hộ gia đình tôi có bốn người.", None), ("Tôi mua hộ mẹ một quả trứng.", None),
    ("Tiện đường mua giúp tôi bánh mì.", None), ("Tôi mua hộ ba cân gạo.", None), ("Con đi mua hộ ba cân gạo.", None),
    ("I bought some vegetables for my mother.", None),
    # who asked said again as for whom is "her", "him" ("My mother … for my mother"); the one asked, or who did it,
    # as for whom is nonsense ("asked Lan to buy … for Lan", "My mother bought … for my mother")
    ("Mẹ tôi nhờ tôi mua hộ mẹ tôi ít rau.", "My mother asked me to buy some vegetables for her."),
    ("Mẹ tôi nhờ hàng xóm đi chợ hộ mẹ tôi.", "My mother asked her neighbour to go to the market for her."),
    ("Bác Hùng nhờ tôi mua hộ bác Hùng ít rau.", "Uncle Hung asked me to buy some vegetables for him."),
    ("Tôi nhờ Lan mua hộ Lan ít rau.", None), ("Tôi nhờ bạn tôi mua hộ bạn tôi ít rau.", None),
    ("Họ nhờ chúng tôi mua hộ chúng tôi ít rau.", None), ("Tôi nhờ anh ấy mua hộ anh ấy ít rau.", None),
    ("Lan nhờ tôi mua hộ Lan ít rau.", None), ("Mẹ tôi mua hộ mẹ tôi ít rau.", None),
    ("Lan mua hộ Lan ít rau.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể mua một vài rau cho tôi được không?", "Bạn có thể mua bánh mì không?" (me lost), "Bạn có thể mua
    # bia hai chai bia cho cha mình không?", "Bạn có thể đi làm ơn và mua 10 quả trứng cho chúng tôi không?"
    ("Can you buy some vegetables for me?", "Bạn mua giúp tôi ít rau được không?"),
    ("Could you buy me bread?", "Bạn mua giúp tôi bánh mì được không?"),
    ("Could you buy us some milk?", "Bạn mua giúp chúng tôi ít sữa được không?"),
    ("Could you go to the market and buy some fish for me?", "Bạn đi chợ mua giúp tôi ít cá được không?"),
    ("Can you buy two bottles of beer for my father?", "Bạn mua giúp bố tôi hai chai bia được không?"),
    ("Could you please go and buy ten eggs for us?", "Bạn đi mua giúp chúng tôi mười quả trứng được không?"),
    # v8: "Bạn chọn một chút bánh mì cho tôi trên đường của mình?", "Bạn có thể chọn một chút sữa cho tôi về nhà được
    # không?" (choose)
    ("Could you pick up some bread for me on your way?", "Tiện đường mua giúp tôi bánh mì nhé."),
    ("Can you pick up some milk for me on your way home?", "Tiện đường về mua giúp tôi sữa nhé."),
    # v8: "Tôi hỏi láng giềng của tôi đi đến thị trường cho tôi.", "Mẹ tôi hỏi tôi mua một vài loại rau cho cô ấy.",
    # "Tôi vừa hỏi anh ấy mua bánh mì cho tôi.", "Lan hỏi tôi mua một ki-lô gạo cho cô ấy." (asked a question)
    ("I asked my neighbour to go to the market for me.", "Tôi nhờ hàng xóm đi chợ hộ."),
    ("My mother asked me to buy some vegetables for her.", "Mẹ tôi nhờ tôi mua hộ ít rau."),
    ("I've just asked him to buy some bread for me.", "Tôi vừa nhờ anh ấy mua hộ ít bánh mì."),
    ("We asked the neighbours to go to the market for us.", "Chúng tôi nhờ hàng xóm đi chợ hộ."),
    ("Lan asked me to buy a kilo of rice for her.", "Lan nhờ tôi mua hộ một cân gạo."),
    ("I'll ask my neighbour to buy some milk for me.", "Tôi sẽ nhờ hàng xóm mua hộ ít sữa."),
    # v8: "Tôi mua vài rau cho mẹ tôi.", "Tôi đã đến thị trường cho mẹ.", "Bạn đã mua bất kỳ sữa nào cho mẹ tôi
    # chưa?", "Cô ấy vừa mua 2 kg gạo cho chúng tôi.", "Chúng tôi đã mua được một chai nước mắm cho Lan."
    ("I bought some vegetables for my mother.", "Tôi mua hộ mẹ ít rau."),
    ("My mother bought some bread for me.", "Mẹ tôi mua hộ tôi ít bánh mì."),
    ("I went to the market for my mother.", "Tôi đã đi chợ hộ mẹ."),
    ("He will buy some rice for me.", "Anh ấy sẽ mua hộ tôi ít gạo."),
    ("She has just bought two kilos of rice for us.", "Cô ấy vừa mua hộ chúng tôi hai cân gạo."),
    ("Have you bought any milk for my mother yet?", "Bạn đã mua hộ mẹ tôi sữa chưa?"),
    ("We haven't bought any rice for my grandmother yet.", "Chúng tôi chưa mua hộ bà tôi gạo."),
    ("My father is buying some bread for me.", "Bố tôi đang mua hộ tôi ít bánh mì."),
    ("We have already bought a bottle of fish sauce for Lan.", "Chúng tôi đã mua hộ Lan một chai nước mắm rồi."),
    ("I have already been to the market for my mother.", "Tôi đã đi chợ hộ mẹ rồi."),
    # v8: "Đi và mua một chai nước mắm cho tôi.", "Đi đến thị trường cho tôi.", "Hãy đi đến chợ và mua một vài loại
    # rau cho chúng tôi."
    ("Go and buy a bottle of fish sauce for me.", "Đi mua giúp tôi một chai nước mắm nhé."),
    ("Go to the market for me.", "Đi chợ giúp tôi nhé."),
    ("Please go to the market and buy some vegetables for us.", "Đi chợ mua giúp chúng tôi rau nhé."),
    # not: nothing bought, a thing with no buying, both "me" and "for me", "her grandmother" (whose? "bà cô ấy" is a
    # great-aunt), for another than who asked, "you" asked, the verb not agreeing with who or the tense, a count or a
    # measure that does not fit, for oneself, "you" with no tense, "any" said, "some" asked, "the" (mt/chores.py's
    # "do the shopping"), going to the market (a plan, or on the way?), "my" neighbour of "we", nonsense
    ("Can you buy for me?", None), ("Could you go to the market some bread for me?", None),
    ("Can you buy me some bread for me?", None), ("Lan bought some fruit for her grandmother.", None),
    ("I asked him to buy some bread for her.", None), ("I asked you to buy some bread for me.", None),
    ("He have bought some bread for me.", None), ("She has bought a bottles of milk for me.", None),
    ("I bought a bottle of rice for my mother.", None), ("I bought some vegetables for me.", None),
    ("You bought some bread for me.", None), ("I bought any milk for my mother.", None),
    ("Has she bought some milk for me?", None), ("I will bought some milk for my mother.", None),
    ("Go and buy for me.", None), ("The market is closed.", None), ("I asked my neighbour to go to the market.", None),
    ("Can you do the shopping for me?", None), ("I'm going to the market for my mother.", None),
    ("We asked my neighbour to go to the market for us.", None), ("I haven't bought the fish sauce for Lan yet.", None),
    ("Tôi mua hộ mẹ ít rau.", None),
    # a name asking for another by a pronoun that does not fit it ("Lan … for him": someone else); for a pet ("mua
    # hộ con mèo" is on its behalf: "cho")
    ("Nam asked me to buy some bread for him.", "Nam nhờ tôi mua hộ ít bánh mì."),
    ("Lan asked me to buy some bread for him.", None), ("Nam asked me to buy some bread for her.", None),
    ("John asked me to buy some bread for her.", None), ("I bought some food for my cat.", None),
    ("Can you buy some food for my dog?", None), ("Could you pick up some food for my dog on your way home?", None),
    ("I've just bought some food for my dog.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
