"""Bed bugs, geckos, spiders, cobwebs and moths in the house, bites of bed bugs, and getting rid of them, both ways
(mt/bed_bugs.py)."""
import pytest

from mt.bed_bugs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My home has a shy.", "Are you stirry?", "My home didn't have a whistle.", "My home has many nights."
    ("Nhà tôi có rệp.", "We have bed bugs."),
    ("Nhà bạn có rệp không?", "Do you have bed bugs?"),
    ("Nhà chúng tôi không có rệp.", "We don't have bed bugs."),
    ("Nhà tôi có nhiều rệp quá.", "We have so many bed bugs."),
    ("Nhà họ có rệp.", "They have bed bugs."),
    ("Nhà tôi có nhiều bướm đêm.", "We have a lot of moths."),
    ("Nhà mẹ tôi có rệp.", "There are bed bugs in my mother's house."),
    ("Nhà tôi có thạch sùng.", "There are geckos in my house."),
    # v8: "I seem to be squiring.", "The bed was full."
    ("Giường tôi có rệp.", "There are bed bugs in my bed."),
    ("Giường của mẹ tôi không có rệp.", "There are no bed bugs in my mother's bed."),
    ("Phòng này có rệp.", "There are bed bugs in this room."),
    ("Giường đầy rệp.", "The bed is full of bed bugs."),
    ("Đệm của tôi đầy rệp.", "My mattress is full of bed bugs."),
    # v8: "There was a jelly jelly wall.", "The ceiling had a lot of jelly jelly.", "There was a squiring wall."
    ("Trên tường có con thạch sùng.", "There is a gecko on the wall."),
    ("Có một con thạch sùng trên tường.", "There is a gecko on the wall."),
    ("Trên trần nhà có nhiều thạch sùng.", "There are a lot of geckos on the ceiling."),
    ("Trên tường có thạch sùng không?", "Are there any geckos on the wall?"),
    ("Trên tường có con thằn lằn.", "There is a lizard on the wall."),
    ("Trên giường có con thạch sùng.", "There is a gecko on the bed."),
    # v8: "There's a shy wall."
    ("Trên tường có một con nhện.", "There is a spider on the wall."),
    ("Có một con nhện trên trần nhà.", "There is a spider on the ceiling."),
    # v8: "The housing corner is full of the network.", "Nearly the house filled with networks."
    ("Góc nhà đầy mạng nhện.", "The corner of the room is full of cobwebs."),
    ("Trần nhà đầy mạng nhện.", "The ceiling is full of cobwebs."),
    ("Ở góc nhà có một cái mạng nhện.", "There is a cobweb in the corner of the room."),
    ("Trên trần nhà có nhiều mạng nhện quá.", "There are so many cobwebs on the ceiling."),
    # v8: "There was a night room."
    ("Trong phòng có bướm đêm.", "There are moths in the room."),
    ("Trong tủ quần áo có bướm đêm không?", "Are there any moths in the wardrobe?"),
    # v8: "I'm getting a bite at night.", "My mother was bitten.", "Last night, I was bitten.", "Do you have a bite?"
    ("Tôi bị rệp cắn cả đêm.", "I was bitten by bed bugs all night."),
    ("Chúng tôi bị rệp cắn suốt đêm.", "We were bitten by bed bugs all night."),
    ("Lan bị rệp cắn cả đêm.", "Lan was bitten by bed bugs all night."),
    ("Mẹ tôi bị rệp cắn.", "My mother has been bitten by bed bugs."),
    ("Tôi bị rệp giường cắn.", "I've been bitten by bed bugs."),
    ("Con tôi vừa bị rệp cắn.", "My child has just been bitten by bed bugs."),
    ("Đêm qua tôi bị rệp cắn.", "I was bitten by bed bugs last night."),
    ("Anh ấy không bị rệp cắn đêm qua.", "He wasn't bitten by bed bugs last night."),
    ("Bạn có bị rệp cắn không?", "Were you bitten by bed bugs?"),
    ("Đêm qua cô ấy có bị rệp cắn không?", "Was she bitten by bed bugs last night?"),
    # v8: "A bite I was all night."
    ("Rệp cắn tôi cả đêm.", "Bed bugs bit me all night."),
    ("Đêm qua rệp cắn con trai tôi.", "Bed bugs bit my son last night."),
    # v8: "How do it kill?", "How do you kill bed?", "How do you chase a jelly?"
    ("Làm sao để diệt rệp?", "How do I get rid of bed bugs?"),
    ("Làm thế nào để diệt rệp giường?", "How do I get rid of bed bugs?"),
    ("Làm sao để đuổi thạch sùng?", "How do I get rid of geckos?"),
    ("Làm cách nào để diệt bướm đêm vậy?", "How do I get rid of moths?"),
    # v8: "We need to kill it."
    ("Chúng ta cần diệt rệp.", "We need to get rid of the bed bugs."),
    ("Mẹ tôi phải diệt bướm đêm.", "My mother has to get rid of the moths."),
    ("Bạn nên đuổi thạch sùng đi.", "You should get rid of the geckos."),
    # not: spiders in a room or the house, or got rid of by who (mt/pests.py), termites (mt/pests.py), spiders biting
    # (mt/bites.py), afraid of them (mt/fears.py), "I" asked, "anh" saying it, a pet bitten, "nhỉ", a "?" on a
    # statement, a wall whose, aphids on a plant, bitten denied with no day, "con" for cobwebs, bitten all night asked
    ("Nhà tôi có nhện.", None), ("Trong phòng có con nhện.", None), ("Chúng ta cần diệt nhện.", None),
    ("Nhà tôi có mối.", None), ("Tôi bị nhện cắn.", None), ("Tôi sợ thạch sùng.", None),
    ("Tôi có bị rệp cắn không?", None), ("Anh bị rệp cắn cả đêm.", None), ("Con mèo của tôi bị rệp cắn.", None),
    ("Nhà tôi có rệp nhỉ.", None), ("Nhà tôi có rệp?", None), ("Tường nhà tôi có thạch sùng.", None),
    ("Cây có rệp.", None), ("Tôi không bị rệp cắn.", None), ("Trên tường có con mạng nhện.", None),
    ("Bạn có bị rệp cắn cả đêm không?", None), ("Rệp cắn tôi.", None), ("Làm sao để diệt mạng nhện?", None),
    ("Nhà tôi không có nhiều rệp.", None), ("Bạn có nhiều rệp không?", None), ("We have bed bugs.", None),
    # (asked of one's own home: "Do I have …?"; a preposition that does not fit the place)
    ("Nhà tôi có rệp không?", None), ("Trong tường có rệp.", None), ("Con chó nhà tôi bị rệp cắn.", None),
    # (a day and all night both said: the day was dropped; "em" asking with "ạ" is the speaker: "Was I …?")
    ("Đêm qua tôi bị rệp cắn cả đêm.", None), ("Hôm qua, mẹ tôi bị rệp cắn suốt đêm.", None),
    ("Em có bị rệp cắn không ạ?", None), ("Em có bị rệp cắn đêm qua không ạ?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi có lỗi ngủ.", "Bạn có lỗi không?", "Chúng tôi không có lỗi giường.", "… có rất nhiều động tác."
    ("We have bed bugs.", "Nhà tôi có rệp."),
    ("We've got bed bugs.", "Nhà tôi có rệp."),
    ("Do you have bed bugs?", "Nhà bạn có rệp không?"),
    ("Do you have any bed bugs?", "Nhà bạn có rệp không?"),
    ("We don't have bed bugs.", "Nhà tôi không có rệp."),
    ("They have a lot of bed bugs.", "Nhà họ có nhiều rệp."),
    ("We have a lot of moths.", "Nhà tôi có nhiều bướm đêm."),
    # v8: "Có nhiều lỗi trên giường của tôi.", "Chiếc giường đầy lỗi."
    ("There are bed bugs in my bed.", "Giường tôi có rệp."),
    ("There are bed bugs in the bed.", "Trên giường có rệp."),
    ("There are no bed bugs in my mother's bed.", "Giường mẹ tôi không có rệp."),
    ("The bed is full of bed bugs.", "Giường đầy rệp."),
    ("My bed is full of bedbugs.", "Giường tôi đầy rệp."),
    # v8: "Có một que diêm trên tường.", "Có rất nhiều hàng rào trên trần nhà.", "Có khăng khăng trên tường."
    ("There is a gecko on the wall.", "Trên tường có một con thạch sùng."),
    ("There's a gecko on the wall.", "Trên tường có một con thạch sùng."),
    ("There are a lot of geckos on the ceiling.", "Trên trần nhà có nhiều thạch sùng."),
    ("Is there a gecko on the wall?", "Trên tường có con thạch sùng không?"),
    ("There is a lizard on the wall.", "Trên tường có một con thằn lằn."),
    # v8: "Có một vết thương trên tường." (a wound)
    ("There is a spider on the wall.", "Trên tường có một con nhện."),
    # v8: "Góc của phòng đầy cobwebs.", "Trần nhà hoàn toàn cobwebs."
    ("The corner of the room is full of cobwebs.", "Góc nhà đầy mạng nhện."),
    ("The ceiling is full of cobwebs.", "Trần nhà đầy mạng nhện."),
    ("There are so many cobwebs in the corner.", "Ở góc nhà có nhiều mạng nhện quá."),
    # v8: "Có những động tác trong phòng." (movements)
    ("There are moths in the room.", "Trong phòng có bướm đêm."),
    ("Are there any moths in the wardrobe?", "Trong tủ quần áo có bướm đêm không?"),
    # v8: "Tôi bị cắn bởi các lỗi trên giường suốt đêm.", "Mẹ tôi bị cắn bởi các lỗi trên giường tối qua."
    ("I was bitten by bed bugs all night.", "Tôi bị rệp cắn cả đêm."),
    ("Lan was bitten by bed bugs all night.", "Lan bị rệp cắn cả đêm."),
    ("My mother got bitten by bed bugs last night.", "Đêm qua mẹ tôi bị rệp cắn."),
    ("I've been bitten by bed bugs.", "Tôi bị rệp cắn."),
    ("She has just been bitten by bed bugs.", "Cô ấy vừa bị rệp cắn."),
    ("He wasn't bitten by bed bugs last night.", "Đêm qua anh ấy không bị rệp cắn."),
    ("We were bitten by bed bugs yesterday.", "Hôm qua chúng tôi bị rệp cắn."),
    # v8: "Bạn có phải bị lỗi giường không?"
    ("Were you bitten by bed bugs?", "Bạn có bị rệp cắn không?"),
    ("Was she bitten by bed bugs last night?", "Đêm qua cô ấy có bị rệp cắn không?"),
    # v8: "Hãy cắn tôi suốt cả đêm." (let's bite me)
    ("Bed bugs bit me all night.", "Rệp cắn tôi cả đêm."),
    ("The bed bugs bit my son last night.", "Đêm qua rệp cắn con trai tôi."),
    # v8: "Tôi có thể bỏ đi các lỗi trên giường như thế nào?", "Làm thế nào để đi khỏi geckos?"
    ("How do I get rid of bed bugs?", "Làm sao để diệt rệp?"),
    ("How can I get rid of moths?", "Làm sao để diệt bướm đêm?"),
    ("How do you get rid of geckos?", "Làm sao để đuổi thạch sùng?"),
    # v8: "Chúng ta cần phải thoát khỏi những lỗi trên giường."
    ("We need to get rid of the bed bugs.", "Chúng tôi cần diệt rệp."),
    ("He needs to get rid of the bed bugs.", "Anh ấy cần diệt rệp."),
    ("She should get rid of the geckos.", "Cô ấy nên đuổi thạch sùng."),
    ("My mother has to get rid of the moths.", "Mẹ tôi phải diệt bướm đêm."),
    # (a place of two words with "của" before whose: "tủ quần áo tôi" reads as a wardrobe of my clothes)
    ("There are moths in my wardrobe.", "Tủ quần áo của tôi có bướm đêm."),
    ("There are bed bugs in our bedroom.", "Phòng ngủ của chúng tôi có rệp."),
    ("My mother's wardrobe is full of moths.", "Tủ quần áo của mẹ tôi đầy bướm đêm."),
    ("There are moths in Nam's wardrobe.", "Tủ quần áo của Nam có bướm đêm."),
    ("There are moths in this wardrobe.", "Tủ quần áo này có bướm đêm."),
    # not: spiders in a room or had (mt/pests.py), "We have geckos." (pets?), the verb or "a" not agreeing, a pet,
    # bitten denied with no day, "just" with "was", cobwebs got rid of, a wall whose, a "?" on a statement
    ("There is a spider in my room.", None), ("We have spiders.", None), ("We have geckos.", None),
    ("She were bitten by bed bugs.", None), ("I has been bitten by bed bugs.", None),
    ("There are a gecko on the wall.", None), ("There is geckos on the wall.", None),
    ("He need to get rid of the bed bugs.", None), ("My dog was bitten by bed bugs all night.", None),
    ("You weren't bitten by bed bugs.", None), ("I was just bitten by bed bugs.", None),
    ("How do I get rid of cobwebs?", None), ("There is a gecko on my wall.", None), ("We have bed bugs?", None),
    ("We need to get rid of the spiders.", None), ("I have a bed bug.", None), ("Nhà tôi có rệp.", None),
    ("Do we have bed bugs?", None), ("There is no gecko on the wall.", None), ("The room is full of spiders.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
