"""Looking after someone's home while they are away: a favour asked, chores while away, who looks after whose house,
and who will be away, both ways (mt/house_sitting.py)."""
import pytest

from mt.house_sitting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can you look at the house for me for days?", "Can you look home to help me when I'm gone?", "Can you look
    # home to help us this weekend?", "Can you look for my mother a week?"
    ("Bạn trông nhà giúp tôi mấy hôm được không?", "Can you look after my house for a few days?"),
    ("Bạn có thể trông nhà giúp tôi khi tôi đi vắng không?", "Could you look after my house while I'm away?"),
    ("Bạn trông nhà giúp tôi được không?", "Can you look after my house?"),
    ("Anh có thể trông nhà giúp chúng tôi cuối tuần này không?", "Could you look after our house this weekend?"),
    ("Chị trông nhà giúp mẹ tôi một tuần được không?", "Can you look after my mother's house for a week?"),
    ("Cuối tuần này bạn trông nhà giúp tôi được không?", "Can you look after my house this weekend?"),
    ("Bạn trông nhà khi tôi đi vắng được không?", "Can you look after my house while I'm away?"),
    ("Bạn có thể trông nhà giúp tôi khi tôi đi công tác không?",
     "Could you look after my house while I'm away on business?"),
    ("Nhờ anh trông nhà giúp tôi mấy hôm nhé.", "Please look after my house for a few days."),
    # v8: "Thank you to your cat to eat when I'm gone.", "Thank you to put the tree to help me when I'm gone.",
    # "Thanks to you to help me when I'm gone.", "Did you feed me when I'm gone?"
    ("Nhờ bạn cho mèo ăn khi tôi đi vắng nhé.", "Please feed my cat while I'm away."),
    ("Nhờ bạn tưới cây giúp tôi khi tôi đi vắng.", "Please water my plants while I'm away."),
    ("Nhờ bạn lấy thư giúp tôi khi tôi đi vắng nhé.", "Please collect my post while I'm away."),
    ("Bạn cho mèo ăn giúp tôi khi tôi đi vắng được không?", "Can you feed my cat while I'm away?"),
    ("Bạn có thể tưới cây giúp chúng tôi khi chúng tôi đi vắng không?",
     "Could you water our plants while we're away?"),
    ("Nhờ bạn tưới cây và cho cá ăn khi tôi đi vắng nhé.",
     "Please water my plants and feed my fish while I'm away."),
    ("Nhờ bạn tưới cây, cho cá ăn và lấy thư khi tôi đi vắng nhé.",
     "Please water my plants, feed my fish and collect my post while I'm away."),
    ("Nhờ em tưới hoa và cho chó ăn khi chúng tôi đi du lịch nha.",
     "Please water our flowers and feed our dog while we're on holiday."),
    ("Bạn có thể dắt chó đi dạo giúp tôi khi tôi đi công tác được không?",
     "Could you walk my dog while I'm away on business?"),
    # v8: "I'm looking for her.", "Next week, I'll look home for neighbors.", "My mother was looking at the house for
    # me.", "She'll look at us when we're gone.", "Who'll look at you when you're gone?"
    ("Tôi đang trông nhà cho cô tôi.", "I'm looking after my aunt's house."),
    ("Tuần sau tôi sẽ trông nhà cho hàng xóm.", "I'll look after my neighbour's house next week."),
    ("Mẹ tôi đang trông nhà cho dì tôi.", "My mother is looking after my aunt's house."),
    ("Cô ấy sẽ trông nhà cho chúng tôi khi chúng tôi đi vắng.", "She'll look after our house while we're away."),
    ("Tuần trước tôi đã trông nhà cho hàng xóm.", "I looked after my neighbour's house last week."),
    ("Tuần trước tôi trông nhà cho hàng xóm.", "I looked after my neighbour's house last week."),
    ("Ai sẽ trông nhà cho bạn khi bạn đi vắng?", "Who will look after your house while you're away?"),
    ("Ai đang trông nhà cho bạn?", "Who is looking after your house?"),
    ("Tôi đã trông nhà cho bố mẹ tôi.", "I looked after my parents' house."),
    ("Lan đang trông nhà cho bà ngoại tôi.", "Lan is looking after my grandmother's house."),
    ("Tôi phải trông nhà cho hàng xóm cả tuần.", "I have to look after my neighbour's house all week."),
    ("Anh ấy đã trông nhà cho họ khi họ đi vắng.", "He looked after their house while they were away."),
    ("Chúng tôi sẽ trông nhà cho chú tôi.", "We'll look after my uncle's house."),
    # v8: "I'm going to go away today.", "Next week, we'll go away.", "We'll go away every week."
    ("Tôi sẽ đi vắng mấy hôm.", "I'll be away for a few days."),
    ("Tuần sau chúng tôi đi vắng.", "We'll be away next week."),
    ("Chúng tôi sẽ đi vắng cả tuần.", "We'll be away all week."),
    ("Ngày mai mẹ tôi sẽ đi vắng.", "My mother will be away tomorrow."),
    ("Họ sẽ đi vắng hai tuần.", "They'll be away for two weeks."),
    ("Bạn sẽ đi vắng bao lâu?", "How long will you be away?"),
    # not: chores without "while away" or the house (mt/pets.py, mt/plants.py, mt/post.py), no tense said (now, or a
    # habit?), "nhà tôi" away (a spouse?), "đi vắng" without "sẽ" or a day ahead (out: mt/calls.py), "trông con"
    # (mt/childcare.py), "bác" (aunt or uncle?), "anh" or "em" whose (the speaker?), a pet as who, a restaurant
    # ("nhà hàng"), looking rustic ("nhà quê"), whose neighbour not sure, another's cat, a day the tense does not fit
    ("Tôi sẽ đi vắng mấy hôm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Nhờ bạn cho mèo ăn.", None), ("Nhờ bạn lấy thư giúp tôi.", None), ("Tưới cây giúp tôi nhé.", None),
    ("Tôi trông nhà cho cô tôi.", None), ("Nhà tôi đi vắng cả tuần.", None), ("Chúng tôi đi vắng cả tuần.", None),
    ("Anh ấy đi vắng rồi.", None), ("Tôi trông con giúp bạn.", None), ("Tôi đang trông nhà cho bác tôi.", None),
    ("Anh trông nhà giúp em được không?", None), ("Con chó của tôi đang trông nhà cho bạn.", None),
    ("Bạn trông nhà hàng giúp tôi được không?", None), ("Anh ấy trông nhà quê lắm.", None),
    ("Mẹ tôi đang trông nhà cho hàng xóm.", None), ("Nhờ bạn cho mèo ăn giúp mẹ tôi khi tôi đi vắng nhé.", None),
    ("Tuần sau tôi đang trông nhà cho cô tôi.", None), ("Tuần sau tôi đã trông nhà cho hàng xóm.", None),
    ("Tuần trước tôi sẽ trông nhà cho hàng xóm.", None), ("Bạn đi vắng bao lâu?", None),
    ("Tuần trước tôi đi vắng.", None), ("Bạn có thể trông nhà giúp tôi tuần trước không?", None),
    ("Nhờ anh ấy tưới cây khi tôi đi vắng.", None), ("Tôi đang trông nhà cho mình.", None),
    ("Can you look after my house?", None), ("Tôi trông nhà.", None),
    # (a "?" on a statement, or none on a question; "không?" alone: whether you do it; away while looking after it)
    ("Tôi đang trông nhà cho cô tôi?", None), ("Bạn trông nhà giúp tôi được không.", None),
    ("Bạn trông nhà giúp tôi không?", None), ("Tôi đã trông nhà cho hàng xóm khi tôi đi vắng.", None),
    ("Anh sẽ đi vắng mấy hôm.", None), ("Bạn trông nhà giúp bạn được không?", None),
    # (review: "anh ấy", "cô ấy" away, said after a name or kin as who, or after an elder whose house it is: English
    # "he", "she" would read as them; "his", "her" house of a name or kin: their own?)
    ("Mẹ tôi sẽ trông nhà cho tôi khi cô ấy đi vắng.", None), ("Lan sẽ trông nhà cho tôi khi cô ấy đi vắng.", None),
    ("Bố tôi đang trông nhà cho chúng tôi khi anh ấy đi công tác.", None),
    ("Bạn trông nhà giúp mẹ tôi khi cô ấy đi vắng được không?", None),
    ("Tôi đang trông nhà cho bà tôi khi cô ấy đi vắng.", None),
    ("Tôi đang trông nhà cho Lan khi cô ấy đi vắng.", "I'm looking after Lan's house while she's away."),
    ("Tôi đang trông nhà cho bạn tôi khi anh ấy đi vắng.", "I'm looking after my friend's house while he's away."),
    ("Mẹ tôi đang trông nhà cho cô ấy.", None), ("Bố tôi đang trông nhà cho anh ấy.", None),
    ("Lan đang trông nhà cho cô ấy.", None), ("Anh ấy đang trông nhà cho cô ấy.", "He's looking after her house."),
    # (review: a day ending "sau", "tới" before "khi": "tuần sau khi tôi đi vắng", the week after I go away?)
    ("Bạn trông nhà giúp tôi tuần sau khi tôi đi vắng được không?", None),
    ("Nhờ bạn trông nhà giúp tôi tháng sau khi tôi đi du lịch nhé.", None),
    ("Tuần sau bạn trông nhà giúp tôi khi tôi đi vắng được không?",
     "Can you look after my house next week while I'm away?"),
    # (review: "cậu bạn", "cô bạn": a friend, or your uncle, aunt?; a spouse's or child's house: their own, or shared?)
    ("Tôi đang trông nhà cho cậu bạn.", None), ("Tôi đang trông nhà cho cô bạn.", None),
    ("Anh ấy đang trông nhà cho cô bạn.", None), ("Bạn trông nhà giúp cô bạn được không?", None),
    ("Tôi đang trông nhà cho cô của bạn.", "I'm looking after your aunt's house."),
    ("Tôi đang trông nhà cho chồng tôi.", None), ("Tôi đang trông nhà cho vợ tôi.", None),
    ("Nhờ bạn trông nhà giúp chồng tôi nhé.", None), ("Tôi đang trông nhà cho con tôi.", None),
    ("Bạn trông nhà giúp tôi khi chồng tôi đi vắng được không?",
     "Can you look after my house while my husband is away?"),
    # (review: the speaker among whose house it is, or who is away)
    ("Tôi đang trông nhà cho chúng tôi.", None), ("Chúng tôi đang trông nhà cho tôi.", None),
    ("Tôi sẽ trông nhà cho hàng xóm khi chúng tôi đi vắng.", None),
    # (review: a span longer than its day starts on it; one behind, or "cả tuần" not of a week, is left)
    ("Tôi sẽ đi vắng mấy hôm ngày mai.", "I'll be away for a few days from tomorrow."),
    ("Ngày mai tôi sẽ đi vắng một tuần.", "I'll be away for a week from tomorrow."),
    ("Bạn trông nhà giúp tôi mấy hôm ngày mai được không?",
     "Can you look after my house for a few days from tomorrow?"),
    ("Tôi sẽ đi vắng mấy hôm tuần sau.", "I'll be away for a few days next week."),
    ("Tôi sẽ đi vắng cả tuần ngày mai.", None), ("Tuần trước tôi đã trông nhà cho hàng xóm một tháng.", None),
    # (review: "boss's", not "boss'")
    ("Tôi đang trông nhà cho sếp tôi.", "I'm looking after my boss's house."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể tìm thấy nhà mình trong một vài ngày không?" (find), "Bạn có thể trông đợi sau nhà tôi trong khi
    # tôi vắng mặt không?", "Bạn có thể ở nhà được tôi vào tuần tới không?"
    ("Can you look after my house for a few days?", "Bạn trông nhà giúp tôi mấy hôm được không?"),
    ("Could you look after my house while I'm away?", "Bạn có thể trông nhà giúp tôi khi tôi đi vắng không?"),
    ("Can you look after my house?", "Bạn trông nhà giúp tôi được không?"),
    ("Could you house-sit for me next week?", "Bạn có thể trông nhà giúp tôi tuần sau không?"),
    ("Can you look after my mother's house next weekend?", "Bạn trông nhà giúp mẹ tôi cuối tuần sau được không?"),
    ("Could you house-sit for my parents?", "Bạn có thể trông nhà giúp bố mẹ tôi không?"),
    ("Can you look after Lan's house?", "Bạn trông nhà giúp Lan được không?"),
    ("Could you look after the house while I'm away?", "Bạn có thể trông nhà giúp tôi khi tôi đi vắng không?"),
    ("Please look after my house for a few days.", "Nhờ bạn trông nhà giúp tôi mấy hôm nhé."),
    # v8: "Xin vui lòng nuôi mèo của tôi trong khi tôi đi vắng.", "Vui lòng nước của tôi trong khi tôi đi vắng.",
    # "Bạn có thể nước của tôi trong khi chúng tôi vắng mặt không?", "Vui lòng nước cho các nhà máy …" (factories)
    ("Please feed my cat while I'm away.", "Nhờ bạn cho mèo ăn giúp tôi khi tôi đi vắng nhé."),
    ("Please water my plants while I'm away.", "Nhờ bạn tưới cây giúp tôi khi tôi đi vắng nhé."),
    ("Can you feed my cat while I'm away?", "Bạn cho mèo ăn giúp tôi khi tôi đi vắng được không?"),
    ("Could you collect my post while I'm away?", "Bạn có thể lấy thư giúp tôi khi tôi đi vắng không?"),
    ("Please water my plants and feed my fish while I'm away.",
     "Nhờ bạn tưới cây và cho cá ăn giúp tôi khi tôi đi vắng nhé."),
    ("Please water my plants, feed my fish and collect my post while I'm away.",
     "Nhờ bạn tưới cây, cho cá ăn và lấy thư giúp tôi khi tôi đi vắng nhé."),
    ("Could you walk my dog while I'm away on business?",
     "Bạn có thể dắt chó đi dạo giúp tôi khi tôi đi công tác không?"),
    ("Can you feed the cat while we're away?", "Bạn cho mèo ăn giúp chúng tôi khi chúng tôi đi vắng được không?"),
    ("Please water our plants while we're on holiday.",
     "Nhờ bạn tưới cây giúp chúng tôi khi chúng tôi đi du lịch nhé."),
    # v8: "Tôi đang ngồi nhà vì không.", "Tôi đang tìm kiếm sau nhà không.", "Tôi sẽ trông đợi sau nhà hàng xóm của
    # tôi vào tuần tới.", "Cô ấy đang tìm kiếm sau ngôi nhà của chúng tôi …", "Mẹ tôi đang ngồi nhà vì không biết."
    ("I'm house-sitting for my aunt.", "Tôi đang trông nhà cho cô tôi."),
    ("I'm looking after my aunt's house.", "Tôi đang trông nhà cho cô tôi."),
    ("I'll look after my neighbour's house next week.", "Tuần sau tôi sẽ trông nhà cho hàng xóm."),
    ("She's looking after our house while we're away.", "Cô ấy đang trông nhà cho chúng tôi khi chúng tôi đi vắng."),
    ("I looked after my neighbour's house last week.", "Tuần trước tôi đã trông nhà cho hàng xóm."),
    ("Who will look after your house while you're away?", "Ai sẽ trông nhà cho bạn khi bạn đi vắng?"),
    ("Who is looking after your house?", "Ai đang trông nhà cho bạn?"),
    ("My mother is house-sitting for my uncle.", "Mẹ tôi đang trông nhà cho chú tôi."),
    ("He's house-sitting for his mother.", "Anh ấy đang trông nhà cho mẹ anh ấy."),
    ("Lan is looking after my grandmother's house.", "Lan đang trông nhà cho bà tôi."),
    ("I have to look after my neighbour's house all week.", "Tôi phải trông nhà cho hàng xóm cả tuần."),
    ("She has to house-sit for us.", "Cô ấy phải trông nhà cho chúng tôi."),
    ("They house-sat for my uncle last month.", "Tháng trước họ đã trông nhà cho chú tôi."),
    ("Next week, I'll look after my aunt's house.", "Tuần sau tôi sẽ trông nhà cho cô tôi."),
    ("I'm house-sitting for my aunt next week.", "Tuần sau tôi sẽ trông nhà cho cô tôi."),
    # v8: "Tôi sẽ đi hết tuần.", "Chúng tôi sẽ đi vắng vào tuần tới."
    ("We're away all week.", "Chúng tôi đi vắng cả tuần."),
    ("I'll be away for a few days.", "Tôi sẽ đi vắng mấy hôm."),
    ("We'll be away next week.", "Tuần sau chúng tôi sẽ đi vắng."),
    ("My mother will be away next week.", "Tuần sau mẹ tôi sẽ đi vắng."),
    ("She'll be away for two weeks.", "Cô ấy sẽ đi vắng hai tuần."),
    ("I'll be away all week.", "Tôi sẽ đi vắng cả tuần."),
    ("I'm away next week.", "Tuần sau tôi đi vắng."),
    ("How long will you be away?", "Bạn sẽ đi vắng bao lâu?"),
    # not: chores without "while away" or the house (mt/pets.py, mt/plants.py, mt/post.py), the kids (mt/childcare.py),
    # a habit ("I look after …"), a verb not agreeing, "her house" of "she" (her own?), one's own house, a pet as who,
    # "Will you", asked statements, "away" alone (out?), a day behind, another's cat, "mind", other meanings of "away"
    ("Please feed my cat.", None), ("Please collect my post for me.", None), ("Can you water my plants?", None),
    ("Can you look after the kids for me?", None), ("I look after my aunt's house.", None),
    ("She are house-sitting for me.", None), ("She's looking after her house.", None),
    ("I'm looking after my house.", None), ("My dog is house-sitting for me.", None),
    ("Will you look after my house?", None), ("Is she house-sitting for you?", None), ("He's away.", None),
    ("I was away last week.", None), ("I'll be away last week.", None),
    ("Please feed my cat while my mother is away.", None), ("Could you water my plants while we're away?", None),
    ("Can you look after my house while I're away?", None), ("Can you look after my house while I was away?", None),
    ("Could you look after my house for a few days.", None), ("I'm house-sitting for my aunt last week.", None),
    ("The house is away from the road.", None), ("I'm away from home.", None),
    ("Can you mind my house while I'm on holiday?", None), ("Can you look after your house?", None),
    ("She has to look after my house while I was away.", None), ("Bạn trông nhà giúp tôi được không?", None),
    ("He have to house-sit for us.", None), ("I'm house-sitting for my aunt while I'm away.", None),
    # (review: "he", "she" away after a name or kin as who: them, or another?)
    ("My mother will look after my house while she's away.", None),
    ("Lan is looking after my house while she's away.", None),
    # (review: an elder away said by kin again, not "anh ấy", "cô ấy"; "he" of a mother is another)
    ("Can you look after my mother's house while she's away?",
     "Bạn trông nhà giúp mẹ tôi khi mẹ tôi đi vắng được không?"),
    ("Can you look after my father's house while he's away?",
     "Bạn trông nhà giúp bố tôi khi bố tôi đi vắng được không?"),
    ("Can you look after my grandmother's house while she's away?",
     "Bạn trông nhà giúp bà tôi khi bà tôi đi vắng được không?"),
    ("Can you house-sit for my uncle while he's away?", "Bạn trông nhà giúp chú tôi khi chú tôi đi vắng được không?"),
    ("I'm house-sitting for my mother while she's away.", "Tôi đang trông nhà cho mẹ tôi khi mẹ tôi đi vắng."),
    ("I'm house-sitting for my grandfather while he's away.", "Tôi đang trông nhà cho ông tôi khi ông tôi đi vắng."),
    ("I'm house-sitting for my grandmother while she's away.", "Tôi đang trông nhà cho bà tôi khi bà tôi đi vắng."),
    ("I'm house-sitting for my parents while they're away.",
     "Tôi đang trông nhà cho bố mẹ tôi khi bố mẹ tôi đi vắng."),
    ("I'm house-sitting for my mother while he's away.", None),
    ("I'm house-sitting for my friend while she's away.", "Tôi đang trông nhà cho bạn tôi khi cô ấy đi vắng."),
    # (review: a day before "while": Vietnamese says it first, as "tuần sau khi" is the week after)
    ("Can you look after my house next week while I'm away?",
     "Tuần sau bạn trông nhà giúp tôi khi tôi đi vắng được không?"),
    ("Could you look after my house next week while I'm away?",
     "Tuần sau bạn có thể trông nhà giúp tôi khi tôi đi vắng không?"),
    ("Please look after my house next month while I'm away.", None),
    ("Please look after my house next weekend while I'm away.", None),
    # (review: the speaker among whose house it is, or who is away; a span longer than its day)
    ("I'm looking after our house.", None), ("We're looking after my house.", None),
    ("I'll be away for a few days tomorrow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
