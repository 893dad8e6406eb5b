"""Who looks after the children, a baby, a pet or an elderly parent, who babysits, and the kids at their
grandmother's, both ways (mt/childcare.py)."""
import pytest

from mt.childcare import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can you look for children for me?", "Who looks for you?", "Who looks young people?"
    ("Bạn trông bọn trẻ giúp tôi được không?", "Can you look after the kids for me?"),
    ("Bạn trông con giúp tôi được không?", "Can you look after the kids for me?"),
    ("Bạn trông chó giúp tôi được không?", "Can you look after the dog for me?"),
    ("Bạn trông con trai tôi được không?", "Can you look after my son?"),
    ("Bạn có thể trông con mèo của tôi cuối tuần này không?", "Can you look after my cat this weekend?"),
    ("Bạn có thể trông trẻ tối nay không?", "Can you babysit tonight?"),
    ("Anh trông bọn trẻ giúp tôi được không?", "Can you look after the kids for me?"),
    ("Ai trông con cho bạn?", "Who looks after your children?"),
    ("Ai trông bọn trẻ?", "Who looks after the kids?"),
    ("Ai trông con cho bạn khi bạn đi làm?", "Who looks after your children when you're at work?"),
    ("Ai sẽ trông con chó của bạn?", "Who will look after your dog?"),
    ("Ai đang trông bọn trẻ?", "Who's looking after the kids?"),
    ("Ai đã trông bọn trẻ?", "Who looked after the kids?"),
    ("Ai chăm sóc ông bà bạn?", "Who takes care of your grandparents?"),
    ("Bạn có chăm sóc bố mẹ bạn không?", "Do you take care of your parents?"),
    # v8: "My mother looked at my son when I went to work.", "Tonight, I must look younger brother."
    ("Mẹ tôi trông con trai tôi khi tôi đi làm.", "My mother looks after my son when I'm at work."),
    ("Mẹ tôi trông con trai tôi.", "My mother looks after my son."),
    ("Tối nay tôi phải trông em trai.", "I have to look after my little brother tonight."),
    ("Cô ấy phải trông em gái.", "She has to look after her little sister."),
    ("Tối nay tôi phải giữ em gái.", "I have to look after my little sister tonight."),
    ("Tôi sẽ trông bọn trẻ tối nay.", "I'll look after the kids tonight."),
    ("Tôi có thể trông bọn trẻ cho bạn.", "I can look after the kids for you."),
    ("Chị ấy đang trông em bé.", "She's looking after the baby."),
    ("Hàng xóm tôi trông con cho tôi.", "My neighbour looks after my children."),
    ("Tôi trông con cho chị tôi.", "I look after my sister's children."),
    ("Mẹ tôi thường trông bọn trẻ khi chúng tôi đi công tác.",
     "My mother usually looks after the kids when we're away on business."),
    ("Hôm qua mẹ tôi đã trông bọn trẻ.", "My mother looked after the kids yesterday."),
    ("Ai thường trông bọn trẻ?", "Who usually looks after the kids?"),
    ("Bạn có trông con không?", "Do you look after the kids?"),
    # v8: "My grandparents looked at my daughter.", "I have to care for my grandmother."
    ("Bà tôi chăm sóc con gái tôi.", "My grandmother takes care of my daughter."),
    ("Tôi phải chăm sóc bà tôi.", "I have to take care of my grandmother."),
    # v8: "She looks young to the neighbor."
    ("Cô ấy trông trẻ cho hàng xóm.", "She babysits for the neighbours."),
    ("Tôi giữ trẻ cho hàng xóm.", "I babysit for the neighbours."),
    ("Tối nay tôi sẽ giữ trẻ.", "I'll babysit tonight."),
    # v8: "The children were at home.", "… at the outside of their grandmother."
    ("Bọn trẻ đang ở nhà bà.", "The kids are at their grandmother's."),
    ("Bọn trẻ đang ở nhà bà ngoại.", "The kids are at their grandmother's."),
    ("Bọn trẻ ở nhà ông bà.", "The kids are at their grandparents'."),
    ("Bọn trẻ đang ở nhà mẹ tôi.", "The kids are at my mother's."),
    ("Con gái tôi đang ở nhà bà ngoại.", "My daughter is at her grandmother's."),
    # not: "trông" of looks (mt/looks.py, mt/features.py), "em" (a sibling, or you?), "anh" alone saying it (the
    # speaker?), "em" asked for (me?), one's own brother asked for (whose?), a habit with a day (this Saturday, or
    # every?), "trông trẻ" alone (looks young?), "giữ" of anyone but a sibling, a day behind with "sẽ", a name,
    # "con tôi" at someone's (one or many?), the speaker at someone's, asked without "?"
    ("Tối nay tôi sẽ giữ trẻ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn trông mệt.", None), ("Mẹ tôi trông giống bà tôi.", None), ("Tối nay tôi phải trông em.", None),
    ("Tôi phải giữ em.", None), ("Anh trông bọn trẻ.", None), ("Anh trông bọn trẻ giúp em được không?", None),
    ("Bạn trông em trai giúp tôi được không?", None), ("Mẹ tôi trông bọn trẻ vào thứ Bảy.", None),
    ("Tôi giữ con trai tôi.", None), ("Hôm qua tôi sẽ trông bọn trẻ.", None), ("Lan trông Minh.", None),
    ("Con tôi ở nhà bà.", None), ("Cô ấy trông trẻ.", None), ("Bạn trông trẻ quá!", None),
    ("Tôi đang ở nhà mẹ tôi.", None), ("Bạn trông bọn trẻ giúp tôi được không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể tìm kiếm trẻ sau tôi không?", "Ai trông có vẻ như sau khi con bạn không?"
    ("Can you look after the kids for me?", "Bạn trông bọn trẻ giúp tôi được không?"),
    ("Can you watch the kids for me?", "Bạn trông bọn trẻ giúp tôi được không?"),
    ("Can you look after the kids for me tonight?", "Tối nay bạn trông bọn trẻ giúp tôi được không?"),
    ("Can you look after my cat this weekend?", "Cuối tuần này bạn có thể trông con mèo của tôi không?"),
    ("Can you look after my kids?", "Bạn có thể trông con cho tôi không?"),
    ("Could you babysit tonight?", "Tối nay bạn có thể trông trẻ không?"),
    ("Can you babysit for me on Saturday?", "Bạn trông trẻ giúp tôi vào thứ Bảy được không?"),
    ("Who looks after your children?", "Ai trông con cho bạn?"),
    ("Who looks after the kids when you're at work?", "Ai trông bọn trẻ khi bạn đi làm?"),
    ("Who will look after your dog?", "Ai sẽ trông con chó của bạn?"),
    ("Who's looking after the kids?", "Ai đang trông bọn trẻ?"),
    ("Who looked after the kids?", "Ai đã trông bọn trẻ?"),
    ("Who has to look after the kids?", "Ai phải trông bọn trẻ?"),
    ("Who takes care of your grandparents?", "Ai chăm sóc ông bà bạn?"),
    ("Do you look after your parents?", "Bạn có chăm sóc bố mẹ bạn không?"),
    ("Does your mother look after the kids?", "Mẹ bạn có trông bọn trẻ không?"),
    # v8: "Mẹ tôi trông có vẻ sau con trai tôi …", "Tôi phải xem sau em trai của tôi tối nay."
    ("My mother looks after my son when I'm at work.", "Mẹ tôi trông con trai tôi khi tôi đi làm."),
    ("My mother looks after the kids when I am at work.", "Mẹ tôi trông bọn trẻ khi tôi đi làm."),
    ("I have to look after my little brother tonight.", "Tối nay tôi phải trông em trai tôi."),
    ("I'll look after the kids tonight.", "Tối nay tôi sẽ trông bọn trẻ."),
    ("I can look after the kids for you.", "Tôi có thể trông bọn trẻ cho bạn."),
    ("She's looking after the baby.", "Cô ấy đang trông em bé."),
    ("My neighbour looks after my children.", "Hàng xóm tôi trông con cho tôi."),
    ("I look after my children.", "Tôi trông con."),
    ("I looked after the kids yesterday.", "Hôm qua tôi trông bọn trẻ."),
    ("I take care of my mother.", "Tôi chăm sóc mẹ tôi."),
    ("She usually looks after the kids.", "Cô ấy thường trông bọn trẻ."),
    ("We usually look after the kids when you are away.", "Chúng tôi thường trông bọn trẻ khi bạn đi vắng."),
    ("I have to take care of my grandmother.", "Tôi phải chăm sóc bà tôi."),
    # v8: "Cô ấy giữ cho người hàng xóm của chúng tôi.", "Tôi đang giữ trẻ tối nay."
    ("She babysits for our neighbours.", "Cô ấy trông trẻ cho hàng xóm của chúng tôi."),
    ("I'm babysitting tonight.", "Tối nay tôi trông trẻ."),
    # v8: "Trẻ con đang ở bên bà của mình.", "Con cái của mẹ tôi."
    ("The kids are at their grandmother's.", "Bọn trẻ đang ở nhà bà."),
    ("The kids are at my mother's.", "Bọn trẻ đang ở nhà mẹ tôi."),
    ("The kids are at their grandparents'.", "Bọn trẻ đang ở nhà ông bà."),
    ("My daughter is at her grandma's house.", "Con gái tôi đang ở nhà bà."),
    # not: the verb or "is" not agreeing with who, whose not the kids', "watch" of an elder (spying), kids not read,
    # a habit with a day, "Will you …?", a day ahead in the past
    ("My mother look after my son.", None), ("She have to look after the baby.", None),
    ("Does he looks after the dog?", None), ("The kids is at their grandmother's.", None),
    ("The kids are at his grandmother's.", None), ("Can you watch my mother?", None),
    ("I'm looking after my sister's kids.", None), ("I look after the kids tomorrow.", None),
    ("Will you look after the kids?", None), ("I looked after the kids tomorrow.", None),
    ("Who look after the kids?", None), ("The kids are at their grandparents's.", None),
    ("She babysits my mother.", None), ("I look after.", None), ("She usually look after the kids.", None),
    ("Who can look after the kids?", None), ("My mother looks after the kids when I is at work.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bạn trông bọn trẻ giúp tôi được không?", "en", "vi") is None
    assert translate("Can you look after the kids for me?", "vi", "en") is None
    assert translate("Can you look after the kids for me?", "en", "fr") is None
