"""Carrying a baby or a child: in a sling, in one's arms, on one's back or shoulders, a child wanting to be carried,
and arms tired from carrying one, both ways (mt/baby_carrying.py)."""
import pytest

from mt.baby_carrying import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She threw her on the back.", "My mother was getting a baby on my back.", "Lan is getting a baby.", "We
    # usually let me go to work.", "I'm getting your child to go to the market every day.", "I don't slight."
    ("Chị ấy địu con trên lưng.", "She carries her baby on her back."),
    ("Mẹ tôi đang địu em bé trên lưng.", "My mother is carrying the baby on her back."),
    ("Lan đang địu em bé.", "Lan is carrying the baby in a sling."),
    ("Chúng tôi thường địu con đi làm.", "We often carry our baby in a sling to work."),
    ("Tôi địu con đi chợ mỗi ngày.", "I carry my baby in a sling to the market every day."),
    ("Tôi không địu con.", "I don't carry my baby in a sling."),
    ("Vợ tôi địu con trước ngực.", "My wife carries her baby in a sling on her front."),
    # v8: "I rushed you to go to the market.", "Yesterday, I walked to the market.", "Tomorrow, I'll get you to the
    # market.", "Do you have or squiring?"
    ("Tôi đã địu con đi chợ.", "I carried my baby in a sling to the market."),
    ("Hôm qua tôi địu con đi chợ.", "I carried my baby in a sling to the market yesterday."),
    ("Ngày mai tôi sẽ địu con đi chợ.", "I'll carry my baby in a sling to the market tomorrow."),
    ("Bạn có địu con không?", "Do you carry your baby in a sling?"),
    ("Bạn có hay địu con không?", "Do you often carry your baby in a sling?"),
    # v8: "I am holding you.", "He is holding the daughter.", "She threw her on her hand.", "I have to hold my baby
    # all day."
    ("Tôi đang bế con.", "I'm carrying my baby."),
    ("Anh ấy đang bế con gái.", "He's carrying his daughter."),
    ("Bố tôi đang bế em bé.", "My father is carrying the baby."),
    ("Lan đang bế em bé.", "Lan is carrying the baby."),
    ("Chị ấy bồng con trên tay.", "She carries her baby in her arms."),
    ("Tôi phải bế con cả ngày.", "I have to carry my baby all day."),
    ("Bạn có hay bế con không?", "Do you often carry your baby?"),
    # v8: "He's cutting his son.", "She gives me school every day.", "He is on his son channel.", "My husband or
    # daughter channel."
    ("Anh ấy đang cõng con trai.", "He's carrying his son on his back."),
    ("Chị ấy cõng con đi học mỗi ngày.", "She carries her child on her back to school every day."),
    ("Anh ấy đang công kênh con trai.", "He's carrying his son on his shoulders."),
    ("Chồng tôi hay công kênh con gái.", "My husband often carries his daughter on his shoulders."),
    # v8: "I kept holding it.", "My son asked to hold.", "My baby is always getting rid of the house.", "My daughter
    # or her insistence.", "The baby demands to hold around the day.", "Do you have or need to hold?"
    ("Con tôi cứ đòi bế.", "My child keeps wanting to be carried."),
    ("Con trai tôi hay đòi bế.", "My son often wants to be carried."),
    ("Bé nhà tôi lúc nào cũng đòi bế.", "My baby always wants to be carried."),
    ("Con gái tôi cứ đòi cõng.", "My daughter keeps wanting a piggyback."),
    ("Con gái tôi hay đòi cõng.", "My daughter often wants a piggyback."),
    ("Em bé cứ đòi bế suốt ngày.", "The baby keeps wanting to be carried all day long."),
    ("Con bạn có hay đòi bế không?", "Does your child often want to be carried?"),
    # v8: "My hand was tired of holding him all day.", "I'm tired of my hands.", "My sore I was painful.", "His
    # father was tired of his son channel.", "My mother was tired of holding her baby.", "I'm hurting my baby all day."
    ("Tay tôi mỏi vì bế con cả ngày.", "My arms are tired from carrying my baby all day."),
    ("Tôi mỏi tay vì bế con.", "My arms are tired from carrying my baby."),
    ("Lưng tôi đau vì cõng con.", "My back hurts from carrying my child on my back."),
    ("Vai anh ấy mỏi vì công kênh con trai.", "His shoulders ache from carrying his son on his shoulders."),
    ("Tay mẹ tôi mỏi vì bế em bé.", "My mother's arms are tired from carrying the baby."),
    ("Tôi bị đau lưng vì địu con cả ngày.", "My back hurts from carrying my baby in a sling all day."),
    # not: a plain verb with a place to go (once, or a habit?), "bố", "mẹ", "anh" alone ("con": the child
    # speaking?), "em", "bé", "con" alone, a name's or a grandparent's "con", "I" asked, "có phải" asked, a "?" on
    # a statement, a pet carrying, "bế" with a back, "bế" plain (held then?), "con bé" (a girl), other meanings of
    # "bế", "bồng" and "mỏi", whose not read ("chị ấy"), "we" on one back, a day with "đang", days and "đã" that
    # disagree, Vietnamese asked and English sentences
    ("Tôi địu con đi chợ.", None), ("Bố đang cõng con.", None), ("Mẹ địu em đi chợ.", None),
    ("Anh đang bế con.", None), ("Lan địu con trên lưng.", None), ("Bà tôi địu con.", None),
    ("Con cứ đòi bế.", None), ("Bé cứ đòi bế.", None), ("Tôi có hay bế con không?", None),
    ("Chị ấy địu con trên lưng?", None), ("Con mèo của tôi đang bế con.", None),
    ("Bạn có phải bế con cả ngày không?", None), ("Tôi bế con trên lưng.", None), ("Mẹ tôi cõng em gái.", None),
    ("Tôi đang bế bé.", None), ("Tôi bế con bé.", None), ("Mẹ tôi ẵm em bé.", None),
    ("Tôi không địu con đi chợ.", None), ("Hôm qua tôi đang bế con.", None), ("Con tôi cứ đòi bế không?", None),
    ("Tay tôi mỏi.", None), ("Tôi bồng bềnh trên sóng.", None), ("Lễ bế mạc diễn ra hôm qua.", None),
    ("Tay tôi mỏi vì bế con không?", None), ("Ngày mai tôi đã địu con đi chợ.", None),
    ("Con gái chị ấy đòi bế.", None), ("Chúng tôi sẽ cõng con.", None), ("Bố tôi thường cõng tôi đi học.", None),
    ("Ông tôi đang cõng cháu.", None), ("She carries her baby on her back.", None), ("Bế bế bế.", None),
    # not: "thế", "vậy" ending a statement (they say more: mt.text.STRESSED_SAID), and a plain "bế" done or to be
    # done ("Tôi đã bế con.": held then, picked up, or carried?); with how long it is taken
    ("Chị ấy địu con trên lưng vậy.", None), ("Tôi đang bế con thế.", None), ("Con tôi cứ đòi bế thế.", None),
    ("Con tôi cứ đòi bế vậy.", None), ("Tôi đã bế con.", None), ("Hôm qua tôi bế con.", None),
    ("Tôi sẽ bế con.", None), ("Ngày mai tôi bế con.", None),
    ("Hôm qua tôi bế con cả ngày.", "I carried my baby all day yesterday."),
    ("Con bạn có hay đòi bế không vậy?", "Does your child often want to be carried?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mang con trong một chiếc trượt đến chợ." (a slide), "Cô mang đứa bé về phía sau.", "Chúng tôi mang
    # đứa bé của chúng tôi trong một mảnh vụn.", "Mẹ tôi đang mang con về phía sau.", "Lan đang mang đứa trẻ trong
    # một mảnh vụn." (a shard)
    ("I carried my baby in a sling to the market.", "Tôi đã địu con đi chợ."),
    ("She carries her baby on her back.", "Cô ấy địu con trên lưng."),
    ("We carry our baby in a sling.", "Chúng tôi địu con."),
    ("My mother is carrying the baby on her back.", "Mẹ tôi đang địu em bé trên lưng."),
    ("Lan is carrying the baby in a sling.", "Lan đang địu em bé."),
    ("She carries her baby in a sling to work every day.", "Cô ấy địu con đi làm mỗi ngày."),
    # v8: "Bạn có mang bé trong nếp không?", "Bé có mang bé về sau không?", "Anh ấy không mang đứa bé trong một
    # mảnh vụn.", "Tôi sẽ mang em bé trong một mảnh vụn đến chợ ngày mai."
    ("Do you carry your baby in a sling?", "Bạn có địu con không?"),
    ("Do you often carry your baby in a sling?", "Bạn có hay địu con không?"),
    ("Does she carry her baby on her back?", "Cô ấy có địu con trên lưng không?"),
    ("He doesn't carry his baby in a sling.", "Anh ấy không địu con."),
    ("I'll carry my baby in a sling to the market tomorrow.", "Ngày mai tôi sẽ địu con đi chợ."),
    ("Yesterday I carried my baby in a sling to the market.", "Hôm qua tôi địu con đi chợ."),
    # v8: "Tôi đang giữ đứa trẻ.", "Cô ấy đang giữ em bé." (keeping), "Lan đang mang đứa trẻ trong cánh tay.", "Anh
    # ta đang mang con trai của mình lên vai mình.", "Em trai tôi đang mang con gái của mình về phía sau."
    ("I'm holding the baby.", "Tôi đang bế em bé."),
    ("She's holding her baby.", "Cô ấy đang bế con."),
    ("Lan is carrying the baby in her arms.", "Lan đang bế em bé trên tay."),
    ("I have to carry my baby in my arms all day.", "Tôi phải bế con trên tay cả ngày."),
    ("He's carrying his son on his shoulders.", "Anh ấy đang công kênh con trai."),
    ("My brother is carrying his daughter on his back.", "Anh trai tôi đang cõng con gái."),
    ("She carries her son on her back to school every day.", "Cô ấy cõng con trai đi học mỗi ngày."),
    # v8: "Con tôi vẫn muốn được thực hiện.", "Con tôi luôn muốn được nhặt.", "Con gái tôi luôn muốn được thực
    # hiện.", "Con trai tôi vẫn muốn một con trai của tôi.", "Con trai tôi giữ bí quyết.", "Con trai của bạn có
    # muốn một nếm khuyết không?", "Bé vẫn muốn được thực hiện suốt cả ngày."
    ("My child keeps wanting to be carried.", "Con tôi cứ đòi bế."),
    ("My baby always wants to be picked up.", "Bé nhà tôi lúc nào cũng đòi bế."),
    ("My daughter always wants to be carried.", "Con gái tôi lúc nào cũng đòi bế."),
    ("My daughter often wants to be held.", "Con gái tôi hay đòi bế."),
    ("My son keeps wanting a piggyback.", "Con trai tôi cứ đòi cõng."),
    ("My son keeps asking for a piggyback.", "Con trai tôi cứ đòi cõng."),
    ("Does your child often want to be carried?", "Con bạn có hay đòi bế không?"),
    ("Does your son want a piggyback?", "Con trai bạn có đòi cõng không?"),
    ("The baby keeps wanting to be carried all day.", "Em bé cứ đòi bế cả ngày."),
    # v8: "Cánh tay của tôi mệt mỏi từ việc mang bé suốt cả ngày.", "Tôi quay lại tổn thương từ việc mang con trai
    # tôi về phía sau.", "Người vai cô đau nhức từ việc mang con trai trên vai cô.", "Cánh tay của mẹ mệt mỏi từ việc
    # bế bé."
    ("My arms are tired from carrying my baby all day.", "Tay tôi mỏi vì bế con cả ngày."),
    ("My back hurts from carrying my son on my back.", "Lưng tôi đau vì cõng con trai."),
    ("Her shoulders ache from carrying her son on her shoulders.", "Vai cô ấy mỏi vì công kênh con trai."),
    ("My mother's arms are tired from holding the baby.", "Tay mẹ tôi mỏi vì bế em bé."),
    ("My back aches from carrying my baby in a sling.", "Lưng tôi mỏi vì địu con."),
    # not: "carry" with no how, "hold" of a child or with a how, whose not the carrier's ("her … on his back"), the
    # verb or the day not agreeing, a grandparent's own, "I" asked, "the child", "my" asked, other things carried,
    # a question with no "?", "on our backs", Dad (mt.hobbies' WHO_EN has him not), and a Vietnamese sentence
    ("I carried my baby.", None), ("She carries her baby on his back.", None),
    ("She carry her baby on her back.", None), ("He carries his baby on her shoulders.", None),
    ("My grandmother carried her baby on her back.", None), ("Do I carry my baby in a sling?", None),
    ("I carried my baby in a sling every day.", None), ("I carried my baby in a sling tomorrow.", None),
    ("The child keeps wanting to be carried.", None), ("My arms is tired from carrying my baby.", None),
    ("My son wants for a piggyback.", None), ("My son asks a piggyback.", None),
    ("I carry the groceries in my arms.", None), ("She carries her bag on her back.", None),
    ("Do you carry your baby in a sling.", None), ("She holds her son in her arms.", None),
    ("I'm holding my son.", None), ("Does my child want to be carried?", None),
    ("My son keeps wanting to be carried?", None), ("Dad is carrying the child on his back.", None),
    ("We carry our son on our backs.", None), ("Hold the line, please.", None),
    ("Chị ấy địu con trên lưng.", None),
    # not: a pet carrying or tired, a name's whose that is not theirs by the name ("Lan … his", "John … her"), a
    # grown-up's own little brother or sister ("Mẹ tôi cõng em trai.": reads as mine)
    ("My cat is holding the baby.", None), ("My dog's back hurts from carrying the baby.", None),
    ("John carries her son on his shoulders.", "John công kênh con trai cô ấy."),
    ("Lan carries his baby in a sling.", "Lan địu con anh ấy."),
    ("Lan's back hurts from carrying his son on his back.", None),
    ("My mother carries her little brother on her back.", None),
    ("My father's back hurts from carrying his little sister.", None),
    ("Lan carries her little brother on her back.", "Lan cõng em trai."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
