"""Knitting, sewing and embroidery: who can or is learning to, who knits someone a thing, who asked someone to sew up
or mend clothes, a sewing machine, both ways (mt/knitting.py)."""
import pytest

from mt.knitting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I know passionate.", "Do you know that you might?", "I know good.", "My mother knew luck."
    ("Tôi biết đan len.", "I can knit."),
    ("Tôi không biết may.", "I can't sew."),
    ("Bạn có biết may không?", "Can you sew?"),
    ("Bạn biết đan không?", "Can you knit?"),
    ("Tôi biết thêu.", "I can embroider."),
    ("Mẹ tôi biết may.", "My mother can sew."),
    ("Tôi chưa biết đan.", "I can't knit yet."),
    ("Tôi không biết dùng máy khâu.", "I can't use a sewing machine."),
    ("Anh có biết khâu không?", "Can you sew?"),
    # v8: "I'm learning luck.", "She's learning to porno.", "I want to study multinational."
    ("Tôi đang học may.", "I'm learning to sew."),
    ("Chị tôi đang học thêu.", "My sister is learning to embroider."),
    ("Cô ấy đang học may.", "She's learning to sew."),
    ("Bạn có đang học đan len không?", "Are you learning to knit?"),
    ("Tôi muốn học đan len.", "I want to learn to knit."),
    ("Bạn có muốn học may không?", "Do you want to learn to sew?"),
    ("Mẹ tôi mới bắt đầu học móc len.", "My mother has just started learning to crochet."),
    # v8: "My grandfather gave me a towel.", "She gave me a scarf.", "I've done a problem.", "Who majority of this len?"
    ("Bà tôi đan cho tôi một cái khăn.", "My grandmother knitted me a scarf."),
    ("Bà tôi đã đan cho tôi một cái khăn quàng cổ.", "My grandmother knitted me a scarf."),
    ("Bà tôi đan cho tôi cái khăn này.", "My grandmother knitted me this scarf."),
    ("Tôi đang đan một chiếc áo len cho mẹ tôi.", "I'm knitting a jumper for my mother."),
    ("Tôi đang đan khăn.", "I'm knitting a scarf."),
    ("Mẹ tôi sẽ đan cho tôi một đôi găng tay.", "My mother will knit me a pair of gloves."),
    ("Tôi vừa đan xong một cái khăn.", "I've just finished knitting a scarf."),
    ("Bà tôi thường đan tất cho các cháu.", "My grandmother often knits socks for her grandchildren."),
    ("Ông tôi hay đan áo len cho các cháu của mình.", "My grandfather often knits jumpers for his grandchildren."),
    ("Bà tôi đan cho cả nhà một cái chăn.", "My grandmother knitted the whole family a blanket."),
    ("Ai đan cái áo len này?", "Who knitted this jumper?"),
    ("Bạn có thể đan cho tôi một cái mũ len không?", "Can you knit me a woolly hat?"),
    ("Bạn có thể đan khăn không?", "Can you knit scarves?"),
    ("Bạn có thể đan khăn cho tôi không?", "Can you knit a scarf for me?"),
    # v8: "I thank you to the mother to sew the shirt."
    ("Tôi nhờ mẹ khâu lại cái áo.", "I asked my mum to sew the shirt back up."),
    ("Tôi sẽ nhờ bà vá cái quần này.", "I'll ask my grandma to mend these trousers."),
    ("Tôi đã nhờ chị tôi khâu lại áo của tôi.", "I asked my sister to sew my shirt back up."),
    # v8: "My mother had a stitchy machine.", "Do you have stitches?"
    ("Mẹ tôi có một cái máy khâu.", "My mother has a sewing machine."),
    ("Bạn có máy may không?", "Do you have a sewing machine?"),
    ("Tôi không có máy khâu.", "I don't have a sewing machine."),
    # not: "anh" saying it (the speaker, or you?), "học may" alone (learning, or learnt?), "đan khăn" with neither
    # "một" nor a classifier (one or many? a habit?), a pair of scarves, a given name's grandchildren (his or hers?),
    # knitting for oneself, whose shirt not said, asked without "không", "may mắn" (luck), mt/hobbies.py's
    ("Tôi biết thêu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh biết may.", None), ("Tôi học may.", None), ("Bà tôi đan khăn cho tôi.", None),
    ("Bà tôi đan một đôi khăn.", None), ("Lan thường đan tất cho các cháu.", None),
    ("Tôi đan cho tôi một cái khăn.", None), ("Tôi nhờ mẹ khâu lại áo.", None), ("Bạn có biết may?", None),
    ("Tôi biết may mắn.", None), ("Bà tôi thích đan len.", None), ("Mẹ tôi may cho tôi một cái váy.", None),
    # not: "các cháu" of anyone but a grandparent (nieces and nephews?), of "Bà Lan" (Ms Lan), who again as whom,
    # "nhờ bạn" said (a friend?)
    ("Tôi thường đan khăn cho các cháu.", None), ("Bác Hùng thường đan khăn cho các cháu.", None),
    ("Cô ấy hay đan áo len cho các cháu.", None), ("Cô ấy hay đan áo len cho các cháu của mình.", None),
    ("Tôi đang đan một cái khăn cho các cháu.", None), ("Bà Lan thường đan tất cho các cháu.", None),
    ("Mẹ tôi đan cho mẹ tôi một cái khăn.", None), ("Bà tôi đan cho bà tôi một cái khăn.", None),
    ("Mẹ tôi nhờ mẹ tôi vá cái áo này.", None), ("Tôi nhờ bạn khâu lại cái áo.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có thể khẳng định." (affirm), "Bạn có thể bị nhiễm trùng không?" (get infected), "… máy sewing."
    ("I can knit.", "Tôi biết đan len."),
    ("I can't knit.", "Tôi không biết đan len."),
    ("Can you sew?", "Bạn có biết may không?"),
    ("Do you know how to knit?", "Bạn có biết đan len không?"),
    ("She can embroider.", "Cô ấy biết thêu."),
    ("I don't know how to use a sewing machine.", "Tôi không biết dùng máy khâu."),
    ("She doesn't know how to sew.", "Cô ấy không biết may."),
    ("He knows how to knit.", "Anh ấy biết đan len."), ("She knows how to sew.", "Cô ấy biết may."),
    ("My mother knows how to knit.", "Mẹ tôi biết đan len."), ("Lan knows how to sew.", "Lan biết may."),
    ("They know how to sew.", "Họ biết may."),
    # v8: "Cô ấy đang học bã nhờn." (sebum), "Tôi đang học knit.", "Tôi muốn học bã nhờn."
    ("She's learning to sew.", "Cô ấy đang học may."),
    ("I'm learning to knit.", "Tôi đang học đan len."),
    ("Are you learning to sew?", "Bạn có đang học may không?"),
    ("I want to learn to sew.", "Tôi muốn học may."),
    ("Does your mother want to learn to knit?", "Mẹ bạn có muốn học đan len không?"),
    ("I've just started learning to embroider.", "Tôi mới bắt đầu học thêu."),
    # v8: "Bà tôi khẳng định tôi một vết sẹo." (affirmed me a scar), "Cô ấy quẹt mồ hôi cho cháu trai của mình.",
    # "Mẹ tôi đang quẹt một cái mồ hôi.", "Ai khẳng định cái mồ hôi này?"
    ("My grandma knitted me a scarf.", "Bà tôi đã đan cho tôi một cái khăn len."),
    ("She knits sweaters for her grandchildren.", "Cô ấy đan áo len cho các cháu."),
    ("My grandmother often knits socks for her grandchildren.", "Bà tôi thường đan tất cho các cháu."),
    ("My mother is knitting me a sweater.", "Mẹ tôi đang đan cho tôi một cái áo len."),
    ("I'm knitting a jumper for my mother.", "Tôi đang đan một cái áo len cho mẹ tôi."),
    ("I'll knit you a pair of gloves.", "Tôi sẽ đan cho bạn một đôi găng tay."),
    ("She's just finished knitting a blanket.", "Cô ấy vừa đan xong một cái chăn."),
    ("Can you knit me a hat?", "Bạn có thể đan cho tôi một cái mũ len không?"),
    ("Who knitted this sweater?", "Ai đã đan cái áo len này?"),
    ("She knits me socks.", "Cô ấy đan tất cho tôi."),
    ("My grandmother knits.", "Bà tôi đan len."),
    # v8: "Tôi hỏi muỗng quay lại áo phông của tôi." (asked a spoon)
    ("I asked my mum to sew my shirt back up.", "Tôi đã nhờ mẹ khâu lại cái áo của tôi."),
    ("I asked Mum to sew up my shirt.", "Tôi đã nhờ mẹ khâu lại cái áo của tôi."),
    ("I'll ask my grandmother to mend these trousers.", "Tôi sẽ nhờ bà vá cái quần này."),
    # v8: "Mẹ tôi có máy chứa bã nhờn.", "Bạn có máy chứa máu không?" (a machine holding sebum, blood)
    ("My mother has a sewing machine.", "Mẹ tôi có một cái máy khâu."),
    ("Do you have a sewing machine?", "Bạn có máy khâu không?"),
    ("She doesn't have a sewing machine.", "Cô ấy không có máy khâu."),
    # not: the verb not agreeing with who, "her" grandchildren of a "he", "these" of one, "a" of many, "sew my shirt"
    # (up, or made?), mt/hobbies.py's, knitting for oneself
    ("Does she knows how to sew?", None), ("She don't know how to embroider.", None),
    ("She are learning to sew.", None), ("She want to learn to knit.", None),
    ("He knits sweaters for her grandchildren.", None), ("She knit sweaters for her grandchildren.", None),
    ("Who knitted this gloves?", None), ("She knitted a scarves.", None), ("I has just knitted a hat.", None),
    ("I asked my mum to sew my shirt.", None), ("I asked my grandmother to mend this trousers.", None),
    ("My mother have a sewing machine.", None), ("Does he has a sewing machine?", None),
    ("My grandmother loves knitting.", None), ("I knitted me a scarf.", None),
    # not: "know" after one, "knows" after many or "does", "Can I …?" (may I?), "her shirt" (the one asked's, or
    # another's?)
    ("He know how to knit.", None), ("She know how to sew.", None), ("My mother know how to knit.", None),
    ("Lan know how to sew.", None), ("I knows how to knit.", None), ("Does she knows how to sew?", None),
    ("Can I sew?", None), ("Can we knit?", None),
    ("I asked my mum to mend her shirt.", None), ("I asked my sister to mend her dress.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
