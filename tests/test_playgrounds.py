"""Children at a playground: the slide, the swings, the seesaw and the sand liked, wanted, feared or played on,
pushing on the swing, a playground near, children at one or taken there, and "let's go", both ways
(mt/playgrounds.py)."""
import pytest

from mt.playgrounds import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child likes to play a slippery player.", "My daughter loves playing snugg.", "My son likes playing
    # snuggingly.", "Do you like to play a stunning side?", "Lan doesn't like playing sand.", "We like to ski."
    ("Con tôi thích chơi cầu trượt.", "My child likes the slide."),
    ("Con gái tôi rất thích chơi xích đu.", "My daughter loves the swings."),
    ("Con trai tôi thích chơi bập bênh lắm.", "My son loves the seesaw."),
    ("Bạn có thích chơi bập bênh không?", "Do you like the seesaw?"),
    ("Lan không thích chơi cát.", "Lan doesn't like playing in the sand."),
    ("Chúng tôi thích trượt cầu trượt.", "We like going down the slide."),
    # v8: "I'd like to play the slight anymore.", "Do you want to play the slider?", "He didn't want to play the
    # slippery.", "My sister want to play a bunch."
    ("Con muốn chơi xích đu nữa.", "I want to go on the swings again."),
    ("Con có muốn chơi cầu trượt không?", "Do you want to go on the slide?"),
    ("Anh ấy không muốn chơi cầu trượt.", "He doesn't want to go on the slide."),
    ("Em gái tôi muốn chơi bập bênh.", "My sister wants to go on the seesaw."),
    # v8: "My younger brother fear of slider.", "Is she scared?", "I don't fear skiingboarding.", "I was frightened."
    ("Em trai tôi sợ cầu trượt.", "My younger brother is scared of the slide."),
    ("Cô ấy có sợ xích đu không?", "Is she scared of the swings?"),
    ("Tôi không sợ trượt cầu trượt.", "I'm not scared of going down the slide."),
    ("Hồi nhỏ tôi sợ xích đu.", "I was scared of the swings as a child."),
    # v8: "My son is skiing.", "Lan is playing sand.", "My little one likes playing snugg."
    ("Con trai tôi đang trượt cầu trượt.", "My son is going down the slide."),
    ("Lan đang chơi cát.", "Lan is playing in the sand."),
    ("Hồi nhỏ tôi rất thích chơi xích đu.", "I loved the swings as a child."),
    ("Hồi nhỏ, bạn có thích chơi xích đu không?", "Did you like the swings as a child?"),
    # v8: "I'm pushing my baby.", "Yesterday, my father pushed me.", "My mother had pushed Thailand.", "He's pushing
    # his daughter."
    ("Tôi đang đẩy xích đu cho con.", "I'm pushing my child on the swing."),
    ("Hôm qua bố tôi đẩy xích đu cho tôi.", "My father pushed me on the swing yesterday."),
    ("Mẹ tôi vừa đẩy xích đu cho Lan.", "My mother just pushed Lan on the swing."),
    ("Chúng tôi đã đẩy xích đu cho bọn trẻ.", "We pushed the kids on the swing."),
    ("Anh ấy đang đẩy xích đu cho con gái tôi.", "He's pushing my daughter on the swing."),
    # v8: "Near my house has a playground.", "There's a game near my house.", "Are there a playground recently?",
    # "What's your home yard?", "Near my house doesn't have any playground.", "Near our home, we have a fun baby."
    ("Gần nhà tôi có một sân chơi.", "There's a playground near my house."),
    ("Có một sân chơi gần nhà tôi.", "There's a playground near my house."),
    ("Gần đây có sân chơi không?", "Is there a playground near here?"),
    ("Gần nhà bạn có sân chơi nào không?", "Is there a playground near your house?"),
    ("Gần nhà tôi không có sân chơi nào.", "There's no playground near my house."),
    ("Ở gần nhà chúng tôi có một khu vui chơi trẻ em.", "There's a play area near our house."),
    # v8: "The children are playing in the yard.", "I'm in the game.", "Are the children in the game?", "We're
    # playing outside the game."
    ("Bọn trẻ đang chơi ở sân chơi.", "The kids are playing at the playground."),
    ("Con tôi đang ở sân chơi.", "My child is at the playground."),
    ("Bọn trẻ có đang ở sân chơi không?", "Are the kids at the playground?"),
    ("Chúng tôi đang chơi ngoài sân chơi.", "We're playing at the playground."),
    # v8: "Yesterday, I took the game.", "Tomorrow, I'll take children out of the game.", "This afternoon, I'll take
    # him to the game.", "My mother often takes me out of the game.", "Do you or take your child out of the game?",
    # "I took the daughter out of the game.", "We give them a game every night.", "He led the son to the game."
    ("Hôm qua tôi đưa con ra sân chơi.", "I took my child to the playground yesterday."),
    ("Ngày mai tôi sẽ đưa bọn trẻ ra sân chơi.", "I'll take the kids to the playground tomorrow."),
    ("Chiều nay tôi sẽ đưa con ra sân chơi.", "I'll take my child to the playground this afternoon."),
    ("Mẹ tôi thường đưa con tôi ra sân chơi.", "My mother often takes my child to the playground."),
    ("Bạn có hay đưa con ra sân chơi không?", "Do you often take your child to the playground?"),
    ("Tôi vừa đưa con gái ra sân chơi.", "I've just taken my daughter to the playground."),
    ("Chúng tôi đưa bọn trẻ ra sân chơi mỗi tối.", "We take the kids to the playground every evening."),
    ("Anh ấy đã dẫn con trai đi sân chơi.", "He took his son to the playground."),
    # v8: "Let's go to the yard!", "Which playground!"
    ("Chúng ta ra sân chơi đi!", "Let's go to the playground!"),
    ("Ra sân chơi nào!", "Let's go to the playground!"),
    # (review) "không muốn … nữa" is "any more", not "again"; "as children" for we and they; "thường" before "every"
    # is "usually", and another word of how often with it says two ("sometimes … every day"); "thế", "vậy" ending a
    # statement say more; "Con … không ạ?" (the child asking politely: "con" is the speaker, as "em" with "ạ")
    ("Tôi không muốn chơi xích đu nữa.", "I don't want to go on the swings any more."),
    ("Con không muốn chơi xích đu nữa.", "I don't want to go on the swings any more."),
    ("Hồi nhỏ chúng tôi sợ xích đu.", "We were scared of the swings as children."),
    ("Hồi nhỏ họ rất thích chơi xích đu.", "They loved the swings as children."),
    ("Hồi nhỏ họ có thích chơi xích đu không?", "Did they like the swings as children?"),
    ("Tôi thường đưa con ra sân chơi mỗi tối.", "I usually take my child to the playground every evening."),
    ("Tôi luôn đưa con ra sân chơi mỗi tối.", "I always take my child to the playground every evening."),
    ("Tôi thỉnh thoảng đưa con ra sân chơi mỗi ngày.", None),
    ("Tôi thường xuyên đưa con ra sân chơi mỗi tối.", None),
    ("Gần nhà tôi có một sân chơi thế.", None), ("Bọn trẻ đang chơi ở sân chơi vậy.", None),
    ("Con có muốn chơi xích đu không ạ?", None), ("Con có sợ cầu trượt không ạ?", None),
    # not: "bố", "con" alone (the speaker, the one spoken to, or spoken of?), no word of the tense, today with none
    # (done or planned?), "con" bare after kin (her child, or me?), "Con thích …" said (I or you?), "anh" saying it,
    # a pet, "I" asked, "không?" without "có", "không … lắm" (not really), a "?" on a statement, "khu vui chơi" alone
    # (a theme park?), "Ra sân chơi đi!" (let's, or go?), a day behind with "sẽ", other meanings, other shapes
    ("Bố đẩy xích đu cho con.", None), ("Đến lượt con trượt.", None), ("Tôi đẩy xích đu cho con.", None),
    ("Chiều nay tôi đưa con ra sân chơi.", None), ("Tôi đưa con ra sân chơi.", None),
    ("Mẹ tôi đang đẩy xích đu cho con.", None), ("Con thích chơi cầu trượt.", None),
    ("Anh thích chơi xích đu.", None), ("Con mèo của tôi thích chơi cầu trượt.", None),
    ("Tôi có thích chơi xích đu không?", None), ("Bạn thích chơi xích đu không?", None),
    ("Tôi không thích chơi xích đu lắm.", None), ("Tôi thích chơi cầu trượt?", None),
    ("Gần nhà tôi có một khu vui chơi.", None), ("Gần nhà tôi có một sân chơi không?", None),
    ("Ra sân chơi đi!", None), ("Hôm qua tôi sẽ đưa con ra sân chơi.", None), ("Bọn trẻ chơi ở sân chơi.", None),
    ("Em có muốn chơi xích đu không ạ?", None), ("Hồi nhỏ tôi muốn chơi xích đu.", None),
    ("Sân chơi này rộng quá.", None), ("Đây là một sân chơi lớn cho các nhà đầu tư.", None),
    ("Tôi bị trượt chân.", None), ("Xích đu bị hỏng rồi.", None), ("Đến lượt bạn.", None),
    ("Cầu trượt xích đu bập bênh.", None), ("My son likes the slide.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đứa con gái tôi yêu thích ảnh chiếu.", "Con trai tôi thích bơi lội.", "Bạn có thích hạt?", "Con trai của
    # bạn có thích đi xuống ảnh chiếu không?", "Tôi không thích bơi."
    ("My daughter loves the slide.", "Con gái tôi rất thích chơi cầu trượt."),
    ("My son likes the swings.", "Con trai tôi thích chơi xích đu."),
    ("Do you like the seesaw?", "Bạn có thích chơi bập bênh không?"),
    ("Does your son like going down the slide?", "Con trai bạn có thích trượt cầu trượt không?"),
    ("I don't like the swings.", "Tôi không thích chơi xích đu."),
    # v8: "Cô ấy không muốn đi trên ảnh chiếu.", "Tôi muốn đi bơi lần nữa.", "Bạn có muốn chơi cát không?"
    ("She doesn't want to go on the slide.", "Cô ấy không muốn chơi cầu trượt."),
    ("I want to go on the swings again.", "Tôi muốn chơi xích đu nữa."),
    ("Do you want to play in the sand?", "Bạn có muốn chơi cát không?"),
    # v8: "Cô hoảng sợ về ảnh chiếu.", "Bạn có sợ bơi không?", "Mẹ tôi không sợ hạt giống.", "Bạn có sợ bơi như một
    # đứa trẻ không?"
    ("She's scared of the slide.", "Cô ấy sợ cầu trượt."),
    ("Are you afraid of the swings?", "Bạn có sợ xích đu không?"),
    ("My mother isn't scared of the seesaw.", "Mẹ tôi không sợ bập bênh."),
    ("Were you scared of the swings as a child?", "Hồi nhỏ bạn có sợ xích đu không?"),
    # v8: "Con trai tôi đang xuống ảnh chiếu.", "Chúng tôi đang chơi trên hạt cà phê.", "Đứa con gái của bạn có đang
    # chơi trên những con bơi không?", "Lan đang chơi trong cát."
    ("My son is going down the slide.", "Con trai tôi đang trượt cầu trượt."),
    ("We're playing on the seesaw.", "Chúng tôi đang chơi bập bênh."),
    ("Is your daughter playing on the swings?", "Con gái bạn có đang chơi xích đu không?"),
    ("Lan is playing in the sand.", "Lan đang chơi cát."),
    # v8: "Tôi yêu con bơi như một đứa trẻ.", "Anh ấy không thích ảnh chiếu như một đứa trẻ."
    ("I loved the swings as a child.", "Hồi nhỏ tôi rất thích chơi xích đu."),
    ("He didn't like the slide as a child.", "Hồi nhỏ anh ấy không thích chơi cầu trượt."),
    # v8: "Tôi đang đẩy con gái tôi lên bơi.", "Cha tôi đẩy tôi lên cái bơi hôm qua.", "Cô ấy vừa đẩy con trai mình
    # lên bơi.", "Chúng tôi đẩy bọn trẻ lên bơi.", "Lan đang đẩy Minh lên bơi."
    ("I'm pushing my daughter on the swing.", "Tôi đang đẩy xích đu cho con gái."),
    ("My father pushed me on the swing yesterday.", "Hôm qua bố tôi đẩy xích đu cho tôi."),
    ("She's just pushed her son on the swing.", "Cô ấy vừa đẩy xích đu cho con trai."),
    ("We pushed the kids on the swings.", "Chúng tôi đã đẩy xích đu cho bọn trẻ."),
    ("Lan is pushing Minh on the swing.", "Lan đang đẩy xích đu cho Minh."),
    # v8: "Có một trận đấu gần nhà tôi.", "Có một trận đấu gần đây không?", "Có khu vực chơi gần nhà của bạn không?"
    ("There's a playground near my house.", "Gần nhà tôi có một sân chơi."),
    ("Is there a playground near here?", "Gần đây có sân chơi không?"),
    ("There's no playground near our house.", "Gần nhà chúng tôi không có sân chơi nào."),
    ("There isn't any playground near my house.", "Gần nhà tôi không có sân chơi nào."),
    ("Is there a play area near your home?", "Gần nhà bạn có khu vui chơi trẻ em không?"),
    # v8: "Những đứa trẻ đang chơi ở sân chơi.", "Những đứa trẻ ở sân chơi.", "Con trai của bạn có ở sân chơi
    # không?", "Tôi ở sân chơi."
    ("The kids are playing at the playground.", "Bọn trẻ đang chơi ở sân chơi."),
    ("The children are at the playground.", "Bọn trẻ đang ở sân chơi."),
    ("Is your son at the playground?", "Con trai bạn có đang ở sân chơi không?"),
    ("I'm at the playground.", "Tôi đang ở sân chơi."),
    # v8: "Tôi đưa con trai tôi đến sân chơi hôm qua.", "Tôi đang đưa trẻ đến sân chơi chiều nay.", "Bạn có thường
    # đưa con trai của mình vào sân chơi không?", "Chúng tôi đưa trẻ đến sân chơi mỗi tuần." (the weekend lost)
    ("I took my son to the playground yesterday.", "Hôm qua tôi đưa con trai ra sân chơi."),
    ("I'll take the kids to the playground tomorrow.", "Ngày mai tôi sẽ đưa bọn trẻ ra sân chơi."),
    ("I'm taking the kids to the playground this afternoon.", "Chiều nay tôi sẽ đưa bọn trẻ ra sân chơi."),
    ("My mother often takes my son to the playground.", "Mẹ tôi hay đưa con trai tôi ra sân chơi."),
    ("Do you often take your son to the playground?", "Bạn có hay đưa con trai ra sân chơi không?"),
    ("We take the kids to the playground every weekend.", "Chúng tôi đưa bọn trẻ ra sân chơi mỗi cuối tuần."),
    ("She's just taken her daughter to the playground.", "Cô ấy vừa đưa con gái ra sân chơi."),
    ("I never take my son to the playground.", "Tôi không bao giờ đưa con trai ra sân chơi."),
    # v8: "Đi đến sân chơi!"
    ("Let's go to the playground!", "Chúng ta ra sân chơi đi!"),
    # not: "Dad" alone, a pet, verbs that do not agree ("She like", "My son are", "an playground"), "love" asked,
    # liked with no "as a child" (when?), a day the wrong way for the verb, "will" asked (a favour?), "her son" after
    # "my mother" (hers, or another's?), other meanings of "slide", "swing" and "sand", the other way's language
    ("Dad pushed the swing.", None), ("My dog likes the slide.", None), ("She like the slide.", None),
    ("Do you love the slide?", None), ("He liked the slide.", None), ("My son are at the playground.", None),
    ("There's an playground near my house.", None), ("I took my son to the playground tomorrow.", None),
    ("I'm taking my son to the playground yesterday.", None), ("Will you take the kids to the playground?", None),
    ("My mother pushed her son on the swing.", None), ("He have just pushed my son on the swing.", None),
    ("Is there no playground near here?", None), ("My son likes the slide again.", None),
    ("The slide is broken.", None), ("The ball rolled down the slide.", None), ("The swing music was great.", None),
    ("I saw a swing in the garden.", None), ("The sand is hot.", None), ("Tôi thích chơi cầu trượt.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
