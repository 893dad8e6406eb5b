"""Jealousy and envy: who is jealous, gets jealous easily, is jealous of whom, and "don't be jealous", both ways
(mt/jealousy.py)."""
import pytest

from mt.jealousy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She or ghen.", "My husband is very ghen.", "My wife is easy to ghen.", "Do you have or ghen?"
    ("Cô ấy hay ghen.", "She gets jealous easily."),
    ("Anh ấy dễ ghen.", "He gets jealous easily."),
    ("Chồng tôi rất hay ghen.", "My husband gets jealous very easily."),
    ("Vợ tôi dễ ghen lắm.", "My wife gets jealous very easily."),
    ("Bạn gái tôi hay ghen quá.", "My girlfriend gets jealous so easily."),
    ("Chồng tôi rất hay ghen tuông.", "My husband gets jealous very easily."),
    ("Em gái tôi hay ghen tị.", "My sister gets jealous easily."),
    ("Lan hay ghen.", "Lan gets jealous easily."),
    ("Họ dễ ghen.", "They get jealous easily."),
    ("Bạn có hay ghen không?", "Do you get jealous easily?"),
    ("Chồng bạn có hay ghen không?", "Does your husband get jealous easily?"),
    ("Bạn trai bạn hay ghen không?", "Does your boyfriend get jealous easily?"),
    ("Anh ấy không hay ghen.", "He doesn't get jealous easily."),
    ("Chồng tôi không hay ghen lắm.", "My husband doesn't get jealous very easily."),
    # v8: "Are you ghen?", "He's ghen.", "She is very ghen.", "I'm a little ghen.", "I don't ghen.", "He was ghen."
    ("Bạn ghen à?", "Are you jealous?"),
    ("Anh ghen à?", "Are you jealous?"),
    ("Em ghen hả?", "Are you jealous?"),
    ("Bạn có ghen không?", "Are you jealous?"),
    ("Bạn có đang ghen không?", "Are you jealous?"),
    ("Chồng bạn có ghen không?", "Is your husband jealous?"),
    ("Tôi ghen.", "I'm jealous."),
    ("Anh ấy đang ghen.", "He's jealous."),
    ("Cô ấy ghen tuông.", "She's jealous."),
    ("Tôi hơi ghen.", "I'm a bit jealous."),
    ("Anh ấy rất ghen.", "He's very jealous."),
    ("Cô ấy ghen lắm.", "She's really jealous."),
    ("Tôi ghen tị quá!", "I'm so jealous!"),
    ("Tôi không ghen.", "I'm not jealous."),
    ("Tôi không ghen đâu.", "I'm not jealous."),
    ("Cô ấy không ghen lắm.", "She's not very jealous."),
    ("Anh ấy đã ghen.", "He was jealous."),
    ("Chúng tôi đã ghen tị.", "We were jealous."),
    # v8: "I'm ghened to him.", "I'm ghened to you.", "They are envyed with us.", "My sister ghense with me."
    ("Tôi ghen tị với anh ấy.", "I'm jealous of him."),
    ("Tôi ghen tị với bạn.", "I'm jealous of you."),
    ("Tôi ghen tỵ với cô ấy.", "I'm jealous of her."),
    ("Họ ghen tị với chúng tôi.", "They're jealous of us."),
    ("Em gái tôi ghen tị với tôi.", "My sister is jealous of me."),
    ("Lan ghen tị với chị gái cô ấy.", "Lan is jealous of her sister."),
    ("Mẹ tôi ghen tị với bà ấy.", "My mother is jealous of her."),
    ("Tôi ghen tị với bạn quá.", "I'm so jealous of you."),
    ("Tôi đã rất ghen tị với cô ấy.", "I was very jealous of her."),
    ("Anh ấy không ghen tị với tôi.", "He's not jealous of me."),
    ("Bạn có ghen tị với cô ấy không?", "Are you jealous of her?"),
    # v8: "He ghened with my old brother.", "My husband ghened with my old lover.", "My son ghened with my colleagues."
    ("Anh ấy ghen với bạn trai cũ của tôi.", "He's jealous of my ex-boyfriend."),
    ("Tôi ghen với bạn gái cũ của anh ấy.", "I'm jealous of his ex-girlfriend."),
    ("Chồng tôi ghen với người yêu cũ của tôi.", "My husband is jealous of my ex."),
    ("Vợ tôi ghen với chồng cũ của cô ấy.", "My wife is jealous of her ex-husband."),
    ("Bạn trai tôi ghen với đồng nghiệp của tôi.", "My boyfriend is jealous of my colleague."),
    # v8: "Don't ghen.", "Don't be glue to her."
    ("Đừng ghen.", "Don't be jealous."),
    ("Đừng ghen nữa.", "Stop being jealous."),
    ("Em đừng ghen nhé.", "Don't be jealous."),
    ("Anh đừng ghen tuông nữa!", "Stop being jealous!"),
    ("Đừng ghen tị với cô ấy.", "Don't be jealous of her."),
    ("Bạn đừng ghen với người yêu cũ của tôi.", "Don't be jealous of my ex."),
    # "của mình" after "tôi" or "bạn" is the speaker's (friends' "mình"); after a third person either (his ex or
    # mine? her sister or mine?), so not said
    ("Tôi ghen với bạn trai cũ của mình.", "I'm jealous of my ex-boyfriend."),
    ("Bạn ghen với bạn gái cũ của mình à?", "Are you jealous of my ex-girlfriend?"),
    ("Tôi ghen nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy ghen với bạn trai cũ của mình.", None), ("Cô ấy ghen tị với em gái của mình.", None),
    ("Cô ấy ghen tị với em gái mình.", None),
    # not: "anh" saying it (may be the speaker), a "?" with no asking word, asked of oneself, "rồi" (got jealous, or
    # is now?), idioms, "ghen" as a noun, a reason, things envied, a habit of whom, a pet, asked in the past, "a bit"
    # of a habit, two degrees, "có … à?", oneself envied, "ghen tuông với", whom without whose, no who, nonsense
    ("Anh ghen.", None), ("Bạn ghen?", None), ("Tôi có ghen không?", None), ("Anh ấy ghen rồi.", None),
    ("Cô ấy ghen ăn tức ở.", None), ("Sự ghen tị của anh ấy.", None),
    ("Anh ấy ghen vì tôi nói chuyện với Minh.", None), ("Tôi ghen tị với thành công của anh ấy.", None),
    ("Cô ấy hay ghen tị với em gái cô ấy.", None), ("Con chó của tôi hay ghen.", None), ("Bạn đã ghen à?", None),
    ("Anh ấy hơi hay ghen.", None), ("Tôi rất ghen lắm.", None), ("Bạn có ghen à?", None),
    ("Tôi ghen tị với tôi.", None), ("Anh ấy ghen tuông với tôi.", None), ("Anh ấy ghen với anh trai.", None),
    ("Ghen quá!", None), ("Anh ấy đang hay ghen.", None), ("Tôi không ghen quá.", None), ("Đừng ghen?", None),
    ("Ghen ghen ghen.", None), ("She is jealous.", None),
    # a statement's "thế", "vậy" is "so", "like that" (asking, a particle English does not say)
    ("Anh ấy ghen thế.", None), ("Anh ấy ghen vậy.", None), ("Chồng tôi hay ghen vậy.", None),
    ("Cô ấy ghen tị với tôi vậy.", None), ("Bạn có ghen không thế?", "Are you jealous?"),
    # a habit keeps its "!" as the other statements do
    ("Cô ấy hay ghen quá!", "She gets jealous so easily!"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy dễ chịu hơn." (agreeable), "Chồng tôi rất dễ dãi.", "Vợ của bạn có dễ dàng không?", "Anh ta không dễ
    # chịu được một cách dễ dàng."
    ("She gets jealous easily.", "Cô ấy hay ghen."),
    ("He gets jealous easily.", "Anh ấy hay ghen."),
    ("My husband gets jealous very easily.", "Chồng tôi rất hay ghen."),
    ("My girlfriend gets jealous so easily.", "Bạn gái tôi hay ghen quá."),
    ("I get jealous easily.", "Tôi hay ghen."),
    ("They get jealous easily.", "Họ hay ghen."),
    ("Lan gets envious easily.", "Lan hay ghen tị."),
    ("Do you get jealous easily?", "Bạn có hay ghen không?"),
    ("Does your wife get jealous easily?", "Vợ bạn có hay ghen không?"),
    ("He doesn't get jealous easily.", "Anh ấy không hay ghen."),
    ("My boyfriend doesn't get jealous very easily.", "Bạn trai tôi không hay ghen lắm."),
    # v8: "Chồng tôi rất ghen tỵ.", "Cô ấy ghen tỵ.", "Anh ta ghen tỵ.", "Bạn có phải ghen tỵ không?", "Cô ấy quá ghen
    # tỵ."
    ("My husband is very jealous.", "Chồng tôi rất hay ghen."),
    ("She's jealous.", "Cô ấy đang ghen."),
    ("My wife is jealous.", "Vợ tôi đang ghen."),
    ("He is a bit jealous.", "Anh ấy hơi ghen."),
    ("She's so jealous.", "Cô ấy ghen quá."),
    ("He's not jealous.", "Anh ấy không ghen."),
    ("My husband isn't jealous.", "Chồng tôi không ghen."),
    ("He was jealous.", "Anh ấy đã ghen."),
    ("She got jealous.", "Cô ấy đã ghen."),
    ("My boyfriend got very jealous.", "Bạn trai tôi đã rất ghen."),
    ("Are you jealous?", "Bạn ghen à?"),
    ("Is your husband jealous?", "Chồng bạn ghen à?"),
    ("She is envious.", "Cô ấy đang ghen tị."),
    # v8: "Tôi ghen tỵ về anh ấy.", "Tôi rất ghen tỵ về chị tôi.", "Cô ấy ghen tỵ của chị ấy.", "Anh ta ghen tỵ về anh
    # trai.", "Chị của tôi rất vui vì tôi." (glad), "Họ rất vui vì chúng tôi."
    ("I'm jealous of him.", "Tôi ghen tị với anh ấy."),
    ("I'm jealous of you.", "Tôi ghen tị với bạn."),
    ("We are jealous of them.", "Chúng tôi ghen tị với họ."),
    ("I'm jealous of my sister.", "Tôi ghen tị với em gái tôi."),
    ("I'm jealous of my younger sister.", "Tôi ghen tị với em gái tôi."),
    ("She is jealous of her sister.", "Cô ấy ghen tị với em gái cô ấy."),
    ("He's jealous of his brother.", "Anh ấy ghen tị với anh trai anh ấy."),
    ("Is she jealous of her sister?", "Cô ấy có ghen tị với em gái cô ấy không?"),
    ("My sister is jealous of me.", "Em gái tôi ghen tị với tôi."),
    ("My younger sister is envious of me.", "Em gái tôi ghen tị với tôi."),
    ("They are envious of us.", "Họ ghen tị với chúng tôi."),
    ("I'm envious of Lan.", "Tôi ghen tị với Lan."),
    ("I was very jealous of her.", "Tôi đã rất ghen tị với cô ấy."),
    # v8: "Anh ta ghen tỵ về cái chân của tôi." (my leg), "Tôi rất ghen tỵ của anh ấy.", "Chồng tôi vô cùng ghen tỵ.",
    # "Vợ tôi vô cùng ghen tị của ông."
    ("He is jealous of my ex-boyfriend.", "Anh ấy ghen với bạn trai cũ của tôi."),
    ("I'm jealous of his ex-girlfriend.", "Tôi ghen với bạn gái cũ của anh ấy."),
    ("My husband is jealous of my ex.", "Chồng tôi ghen với người yêu cũ của tôi."),
    ("My wife was jealous of his ex-wife.", "Vợ tôi đã ghen với vợ cũ của anh ấy."),
    ("Are you jealous of my ex-girlfriend?", "Bạn có ghen với bạn gái cũ của tôi không?"),
    # v8: "Đừng ghen tỵ.", "Dừng ghen tỵ.", "Đừng nghiêm túc với cô ấy."
    ("Don't be jealous.", "Đừng ghen."),
    ("Stop being jealous.", "Đừng ghen nữa."),
    ("Don't be envious of her.", "Đừng ghen tị với cô ấy."),
    ("Don't be jealous of my ex!", "Đừng ghen với người yêu cũ của tôi!"),
    # not: "I" or "we" jealous of no one ("I'm so jealous!": envy of luck?), the verb not agreeing, asked of oneself,
    # asked in the past, "jealous" of whom who may be a rival ("my colleague", "him" by "you", another's sister,
    # "me" by "he"), things, a reason, a pet, a "?" on a statement, past denied, "was so", a noun, the other language
    ("I'm so jealous!", None), ("We are jealous.", None), ("She are jealous.", None),
    ("He get jealous easily.", None), ("Does she gets jealous easily?", None), ("Am I jealous?", None),
    ("Were you jealous?", None), ("My husband is jealous of my colleague.", None), ("Are you jealous of him?", None),
    ("He is jealous of my sister.", None), ("He isn't jealous of me.", None), ("Don't be jealous of him.", None),
    ("She is jealous of my success.", None), ("He's jealous because I went out.", None),
    ("My dog is jealous.", None), ("She's jealous?", None), ("He wasn't jealous.", None),
    ("She was so jealous.", None), ("Jealousy is a bad thing.", None), ("I amn't jealous.", None),
    ("They are jealous of their friends.", None), ("Cô ấy hay ghen.", None), ("Does he get jealous very easily?", None),
    # "her" as whose, not whom ("I'm jealous of her boyfriend": a rival), asked of "we" as of "I", "me" by another's
    # sibling (a rival, or envy?)
    ("I'm jealous of her boyfriend.", None), ("I'm jealous of her husband.", None),
    ("We're jealous of her boyfriend.", None), ("I'm jealous of her sister.", None),
    ("I'm jealous of her dog.", None), ("I'm jealous of her.", "Tôi ghen tị với cô ấy."),
    ("Are we jealous?", None), ("Are we envious?", None), ("Are we jealous of them?", None),
    ("Do we get jealous easily?", None), ("His sister is jealous of me.", None),
    ("Your brother is jealous of me.", None), ("My sister is jealous of us.", "Em gái tôi ghen tị với chúng tôi."),
    ("Lan is jealous of me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
