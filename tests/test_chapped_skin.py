"""Dry, cracked skin in the cold or dry season: lips, hands and heels dry and cracked, all chapped, chapped from a
cause or as a habit, and lip balm or cream put on, both ways (mt/chapped_skin.py)."""
import pytest

from mt.chapped_skin import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm dry and cracked.", "My hand was dry and cracked.", "Are you dry and cracked?", "The Land is dry and
    # cracked.", "My mother was cracked and bleeding."
    ("Môi tôi bị khô và nứt.", "My lips are dry and cracked."),
    ("Môi tôi khô nứt.", "My lips are dry and cracked."),
    ("Môi mẹ tôi bị khô và nứt nẻ.", "My mother's lips are dry and chapped."),
    ("Tay tôi bị khô và nứt nẻ.", "My hands are dry and cracked."),
    ("Gót chân bà tôi bị khô và nứt nẻ.", "My grandmother's heels are dry and cracked."),
    ("Môi Lan bị khô và nứt.", "Lan's lips are dry and cracked."),
    ("Môi chúng tôi bị khô và nứt.", "Our lips are dry and cracked."),
    ("Môi anh ấy bị nứt nẻ và chảy máu.", "His lips are chapped and bleeding."),
    ("Tay bố tôi bị nứt nẻ và chảy máu.", "My father's hands are cracked and bleeding."),
    ("Môi bạn có bị khô và nứt không?", "Are your lips dry and cracked?"),
    ("Tay cô ấy có bị khô và nứt nẻ không?", "Are her hands dry and cracked?"),
    # v8: "My skin bubble."
    ("Môi tôi bị bong tróc.", "My lips are peeling."),
    ("Môi con gái tôi bị tróc da.", "My daughter's lips are peeling."),
    ("Môi bạn có bị bong tróc không?", "Are your lips peeling?"),
    # v8: "It's starving me.", "I'm starved."
    ("Môi tôi nẻ hết rồi.", "My lips are all chapped."),
    ("Môi tôi bị nẻ hết.", "My lips are all chapped."),
    ("Tay chúng tôi nứt nẻ hết cả rồi.", "Our hands are all cracked."),
    ("Gót chân mẹ tôi nứt nẻ hết.", "My mother's heels are all cracked."),
    # v8: "My mother was cracked by the rumor.", "My hand was cracked by washing bowls.", "My mother was cold."
    ("Tay mẹ tôi bị nứt nẻ vì giặt đồ.", "My mother's hands are cracked from doing the washing."),
    ("Tay tôi bị nứt nẻ vì rửa bát.", "My hands are cracked from washing the dishes."),
    ("Môi tôi bị nẻ vì trời lạnh.", "My lips are chapped from the cold."),
    ("Môi cô ấy bị nứt nẻ vì gió lạnh.", "Her lips are chapped from the cold wind."),
    ("Tay bà tôi bị khô và nứt nẻ vì làm việc nhà.",
     "My grandmother's hands are dry and cracked from doing housework."),
    ("Môi tôi bị nẻ vì trời hanh khô.", "My lips are chapped from the dry air."),
    # v8: "We had a winter winter of my lips."
    ("Mùa đông môi tôi hay bị nẻ.", "My lips often get chapped in winter."),
    ("Vào mùa đông, tay mẹ tôi thường bị nứt nẻ.", "My mother's hands often get cracked in winter."),
    ("Gót chân tôi hay bị nứt nẻ khi trời lạnh.", "My heels often get cracked when it's cold."),
    ("Môi bạn có hay bị nẻ vào mùa đông không?", "Do your lips often get chapped in winter?"),
    ("Môi Lan luôn bị khô và nứt vào mùa khô.", "Lan's lips always get dry and cracked in the dry season."),
    ("Tay tôi hay bị nứt nẻ vì giặt đồ.", "My hands often get cracked from doing the washing."),
    ("Mùa đông môi tôi bị nẻ.", "My lips get chapped in winter."),
    # v8: "It's dry, so my lips is all.", "It's cold should my hand cracked."
    ("Trời hanh khô nên môi tôi nẻ hết.", "The air is so dry that my lips are all chapped."),
    ("Trời hanh khô quá nên môi tôi bị nứt nẻ hết.", "The air is so dry that my lips are all chapped."),
    ("Trời lạnh nên tay mẹ tôi bị nứt nẻ.", "It's so cold that my mother's hands are cracked."),
    ("Trời rét nên gót chân tôi bị nứt nẻ hết.", "It's so cold that my heels are all cracked."),
    # v8: "Con traits are neglected.", "Moistur cream.", "Remember that your con traits are negligible."
    ("Bôi son dưỡng đi.", "Put some lip balm on."),
    ("Bôi kem dưỡng ẩm đi.", "Put some moisturiser on."),
    ("Bôi một ít kem dưỡng tay vào đi.", "Put some hand cream on."),
    ("Nhớ bôi son dưỡng nhé.", "Remember to put some lip balm on."),
    ("Bạn nên bôi kem dưỡng ẩm vào tay.", "You should put some moisturiser on your hands."),
    ("Hãy bôi son dưỡng môi.", "Put some lip balm on."),
    # v8: "I'm slighting every day.", "My mother or a moisturized cream before going to bed."
    ("Tôi bôi son dưỡng mỗi ngày.", "I put on lip balm every day."),
    ("Mẹ tôi hay bôi kem dưỡng ẩm trước khi đi ngủ.", "My mother often puts on moisturiser before bed."),
    ("Cô ấy luôn bôi son dưỡng.", "She always puts on lip balm."),
    ("Bạn có hay bôi son dưỡng không?", "Do you often put on lip balm?"),
    ("Lan bôi kem dưỡng tay mỗi tối.", "Lan puts on hand cream every evening."),
    ("Cô ấy bôi son dưỡng vào môi mỗi sáng.", "She puts lip balm on her lips every morning."),
    ("Tôi không bao giờ bôi son dưỡng.", "I never put on lip balm."),
    # v8: "I'm balding.", "I've just been suffice.", "Are you a potty?"
    ("Tôi đang bôi son dưỡng.", "I'm putting on lip balm."),
    ("Chúng tôi đang bôi kem dưỡng ẩm.", "We're putting on moisturiser."),
    ("Mẹ tôi đang bôi kem dưỡng tay.", "My mother is putting on hand cream."),
    ("Tôi vừa bôi son dưỡng.", "I've just put on lip balm."),
    ("Anh ấy vừa mới bôi son dưỡng.", "He's just put on lip balm."),
    ("Tôi bôi son dưỡng rồi.", "I've already put on lip balm."),
    ("Tôi đã bôi kem dưỡng ẩm vào tay rồi.", "I've already put moisturiser on my hands."),
    ("Bạn bôi son dưỡng chưa?", "Have you put on lip balm yet?"),
    ("Bạn đã bôi kem dưỡng ẩm chưa?", "Have you put on moisturiser yet?"),
    ("Tôi chưa bôi son dưỡng.", "I haven't put on lip balm yet."),
    ("Con gái tôi chưa bôi son dưỡng.", "My daughter hasn't put on lip balm yet."),
    # not: one plain state (mt/skin_troubles.py's), hands "khô" or "nứt" alone (not wet? broken?), "em" or a bare
    # "mẹ" saying it (I or you?), "em" asking with "ạ" (mine?), "I" asked, denied, a "?" on a statement, "không?"
    # without "có", a pet, bleeding first or alone, "rồi" on two states, "hết" asked, the weather asked, a bare "Bôi
    # son dưỡng." (told or said?), lip balm on hands, balm oil (mt/folk_remedies.py), "Tôi bôi son dưỡng." (now, a
    # habit or done?), "đã" alone, "đang" with a habit, having lip balm, the weather alone, cracked ground or walls,
    # another's lips, the other way's language
    ("Môi tôi bị nứt nẻ.", None), ("Tôi bị nứt gót chân.", None), ("Tay tôi bị khô.", None),
    ("Tay tôi bị nứt.", None), ("Trời hanh khô nên môi em nẻ hết.", None), ("Tay mẹ bị nứt nẻ vì giặt đồ.", None),
    ("Môi em bị khô và nứt.", None), ("Môi em có bị khô và nứt không ạ?", None),
    ("Môi tôi có bị khô và nứt không?", None), ("Môi tôi không bị khô và nứt.", None),
    ("Môi tôi bị khô và nứt?", None), ("Môi bạn bị khô và nứt không?", None),
    ("Chân con chó của tôi bị khô và nứt nẻ.", None), ("Môi tôi bị chảy máu.", None),
    ("Môi tôi bị chảy máu và nứt nẻ.", None), ("Môi tôi bị khô và nứt rồi.", None),
    ("Môi bạn có bị nẻ hết không?", None), ("Trời hanh khô nên môi bạn có bị nẻ không?", None),
    ("Bôi son dưỡng.", None), ("Bôi son dưỡng vào tay đi.", None), ("Bôi dầu gió vào đi.", None),
    ("Tôi bôi son dưỡng.", None), ("Tôi đã bôi son dưỡng.", None), ("Bạn có bôi son dưỡng không?", None),
    ("Tôi bôi son dưỡng chưa?", None), ("Tôi đang bôi son dưỡng mỗi ngày.", None),
    ("Bạn có son dưỡng không?", None), ("Trời hanh khô quá.", None), ("Đất ruộng khô và nứt nẻ.", None),
    ("Bức tường bị nứt.", None), ("Tôi bôi son dưỡng vào môi bạn.", None), ("My lips are dry and cracked.", None),
    ("Môi tôi bị khô và chảy máu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đôi môi của tôi khô và nứt gãy." (broken), "Tay tôi bị khô và bị nứt.", "Đôi môi của Lan khô và nứt gãy."
    ("My lips are dry and cracked.", "Môi tôi bị khô và nứt."),
    ("My mother's lips are dry and chapped.", "Môi mẹ tôi bị khô và nứt nẻ."),
    ("My hands are dry and cracked.", "Tay tôi bị khô và nứt nẻ."),
    ("Lan's lips are dry and cracked.", "Môi Lan bị khô và nứt."),
    ("Our lips are dry and cracked.", "Môi chúng tôi bị khô và nứt."),
    ("His lips are cracked and bleeding.", "Môi anh ấy bị nứt và chảy máu."),
    ("Her hands are dry and chapped.", "Tay cô ấy bị khô và nứt nẻ."),
    ("My grandmother's heels are dry and cracked.", "Gót chân bà tôi bị khô và nứt nẻ."),
    ("Are your lips dry and cracked?", "Môi bạn có bị khô và nứt không?"),
    ("Are her hands dry and cracked?", "Tay cô ấy có bị khô và nứt nẻ không?"),
    # v8: "Đôi môi của tôi đang hói." (balding)
    ("My lips are peeling.", "Môi tôi bị bong tróc."),
    ("Are your lips peeling?", "Môi bạn có bị bong tróc không?"),
    # v8: "Đôi môi của tôi tất cả đều bị ngâm." (soaked)
    ("My lips are all chapped.", "Môi tôi bị nứt nẻ hết."),
    ("Our hands are all cracked.", "Tay chúng tôi bị nứt nẻ hết."),
    # v8: "Tay mẹ tôi bị nứt do khăn mặt." (a face towel), "Cửa tay của Mum bị nứt do khăn mặt.", "Đôi môi của tôi bị
    # lạnh.", "Tay tôi bị nứt khỏi giặt món ăn."
    ("My mother's hands are cracked from doing the washing.", "Tay mẹ tôi bị nứt nẻ vì giặt đồ."),
    ("Mum's hands are cracked from doing the washing.", "Tay mẹ bị nứt nẻ vì giặt đồ."),
    ("My hands are cracked from washing the dishes.", "Tay tôi bị nứt nẻ vì rửa bát."),
    ("My lips are chapped from the cold.", "Môi tôi bị nứt nẻ vì trời lạnh."),
    ("Her lips are chapped from the cold wind.", "Môi cô ấy bị nứt nẻ vì gió lạnh."),
    ("My lips are chapped from the dry air.", "Môi tôi bị nứt nẻ vì trời hanh khô."),
    ("My lips are all chapped from the cold.", "Môi tôi bị nứt nẻ hết vì trời lạnh."),
    # v8: "Đôi môi của tôi luôn bị đuổi vào mùa đông." (chased)
    ("My lips often get chapped in winter.", "Môi tôi hay bị nứt nẻ vào mùa đông."),
    ("My mother's hands always get cracked in the winter.", "Tay mẹ tôi luôn bị nứt nẻ vào mùa đông."),
    ("Do your lips often get chapped in winter?", "Môi bạn có hay bị nứt nẻ vào mùa đông không?"),
    ("My heels get cracked when it's cold.", "Gót chân tôi bị nứt nẻ khi trời lạnh."),
    ("Lan's lips usually get dry and cracked in dry weather.", "Môi Lan thường bị khô và nứt khi trời hanh khô."),
    # v8: "Bầu không khí khô đến nỗi môi của tôi bị ngòn.", "Trời lạnh đến nỗi bàn tay tôi bị đuổi."
    ("The air is so dry that my lips are all chapped.", "Trời hanh khô nên môi tôi bị nứt nẻ hết."),
    ("It's so cold that my hands are chapped.", "Trời lạnh nên tay tôi bị nứt nẻ."),
    ("The weather is so cold that my mother's hands are cracked.", "Trời lạnh nên tay mẹ tôi bị nứt nẻ."),
    # v8: "Đặt một vài cái bàn nắp lên." (lids), "Đặt một số người ẩm vào.", "Hãy nhớ đặt nắp chọi."
    ("Put some lip balm on.", "Bôi son dưỡng đi."),
    ("Put on some lip balm.", "Bôi son dưỡng đi."),
    ("Put some moisturiser on your hands.", "Bôi kem dưỡng ẩm vào tay đi."),
    ("Put some moisturizer on.", "Bôi kem dưỡng ẩm đi."),
    ("Remember to put on lip balm.", "Nhớ bôi son dưỡng nhé."),
    ("You should put some hand cream on.", "Bạn nên bôi kem dưỡng tay."),
    # v8: "Tôi đặt nắp chọi mỗi ngày.", "Mẹ tôi thường đặt trên mặt trăng trước khi đi ngủ." (the moon)
    ("I put on lip balm every day.", "Tôi bôi son dưỡng mỗi ngày."),
    ("My mother often puts on moisturiser before bed.", "Mẹ tôi hay bôi kem dưỡng ẩm trước khi đi ngủ."),
    ("She always puts on lip balm.", "Cô ấy luôn bôi son dưỡng."),
    ("Do you often put on lip balm?", "Bạn có hay bôi son dưỡng không?"),
    ("Does she put on hand cream every evening?", "Cô ấy có bôi kem dưỡng tay mỗi tối không?"),
    ("She puts lip balm on her lips every morning.", "Cô ấy bôi son dưỡng vào môi mỗi sáng."),
    ("I never put on lip balm.", "Tôi không bao giờ bôi son dưỡng."),
    # v8: "Tôi đang đặt nắp chọi.", "Tôi vừa đặt nắp đậy.", "Bạn vẫn chưa đặt nắp không?"
    ("I'm putting on lip balm.", "Tôi đang bôi son dưỡng."),
    ("My mother is putting on hand cream.", "Mẹ tôi đang bôi kem dưỡng tay."),
    ("We're putting on moisturiser.", "Chúng tôi đang bôi kem dưỡng ẩm."),
    ("I've just put on lip balm.", "Tôi vừa bôi son dưỡng."),
    ("He's just put on lip balm.", "Anh ấy vừa bôi son dưỡng."),
    ("I’ve already put on lip balm.", "Tôi bôi son dưỡng rồi."),
    ("Have you put on lip balm yet?", "Bạn bôi son dưỡng chưa?"),
    ("Has she put on moisturiser yet?", "Cô ấy bôi kem dưỡng ẩm chưa?"),
    ("I haven't put on lip balm yet.", "Tôi chưa bôi son dưỡng."),
    ("My daughter hasn't put on lip balm yet.", "Con gái tôi chưa bôi son dưỡng."),
    # not: one plain state (mt/skin_troubles.py's), "dry" hands alone, the verb not agreeing ("hands is", "I has",
    # "He have"), a "?" on a statement, "I" asked, "get" with no habit, denied, a pet, the ground or a wall cracked,
    # knuckles, balm oil (mt/folk_remedies.py), "I put on lip balm." (now, or done?), "He put … every day" (the
    # past), another's lips, lip balm on hands, "is putting … every day", having lip balm, bleeding alone, the other
    # way's language
    ("My lips are chapped.", None), ("I have cracked heels.", None), ("My lips are dry.", None),
    ("My hands are dry.", None), ("My hands is dry and cracked.", None), ("My lips are dry and cracked?", None),
    ("Are my lips dry and cracked?", None), ("Do your lips get chapped?", None),
    ("My lips aren't dry and cracked.", None), ("My dog's paws are dry and cracked.", None),
    ("The ground is dry and cracked.", None), ("The wall is cracked.", None), ("He cracked his knuckles.", None),
    ("Put some balm on it.", None), ("I put on lip balm.", None), ("He put on lip balm every day.", None),
    ("She put on lip balm.", None), ("Do I often put on lip balm?", None),
    ("She puts lip balm on my lips every morning.", None), ("Put some lip balm on your hands.", None),
    ("Have I put on lip balm yet?", None), ("I has just put on lip balm.", None),
    ("He have already put on lip balm.", None), ("She is putting on lip balm every day.", None),
    ("Do you have any lip balm?", None), ("Her lips are bleeding.", None), ("Môi tôi bị khô và nứt.", None),
    ("My lips are dry and bleeding.", None),
    # not: lips chapped and cracked ("nứt nẻ và nứt": the crack said twice), "all" with bleeding ("chảy máu hết":
    # bled dry), "his" or "her" lips of a name or of kin English does not sex ("Tom … her lips": another's?)
    ("My lips are chapped and cracked.", None), ("Her lips are cracked and chapped.", None),
    ("My lips are all chapped and bleeding.", None), ("It's so cold that my lips are all cracked and bleeding.", None),
    ("Tom puts lip balm on her lips every day.", None), ("Tom is putting lip balm on her lips.", None),
    ("Lan puts lip balm on her lips every day.", None), ("My friend puts lip balm on her lips every day.", None),
    ("Has Tom put lip balm on her lips yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
