"""Hanging the washing out to dry and bringing it in before the rain: told, forgotten, brought in by whom, hung out at a
place, still out or drying, wet, dry there, both ways (mt/washing_in.py)."""
import pytest

from mt.washing_in import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's raining, mau clothing.", "It's going to rain, mau clothing!", "It's going to rain, quickly remove
    # clothes.", "Courage clothing!", "Hurry swears!", "Take clothes into the rain.", "Take clothes before it rain.",
    # "Bringing the clothes into the rain!", "Take clothes to go, it's going to rain.", "Giving clothes, it's raining!"
    ("Trời mưa, mau rút quần áo vào.", "It's raining, quick, bring the washing in."),
    ("Trời sắp mưa, mau rút quần áo vào!", "It's going to rain, quick, bring the washing in!"),
    ("Trời sắp mưa, nhanh rút quần áo vào đi.", "It's going to rain, quick, bring the washing in."),
    ("Trời có vẻ sắp mưa, mau rút quần áo vào.", "It looks like rain, quick, bring the washing in."),
    ("Mau rút quần áo vào!", "Quick, bring the washing in!"),
    ("Mau rút quần áo vào đi!", "Quick, bring the washing in!"),
    ("Nhanh rút quần áo vào đi!", "Quick, bring the washing in!"),
    ("Rút quần áo vào kẻo mưa.", "Bring the washing in before it rains."),
    ("Rút quần áo vào đi kẻo mưa.", "Bring the washing in before it rains."),
    ("Thu quần áo vào đi kẻo trời mưa.", "Bring the washing in before it rains."),
    ("Rút quần áo vào trước khi trời mưa.", "Bring the washing in before it rains."),
    ("Rút quần áo vào trước khi trời mưa nhé.", "Bring the washing in before it rains."),
    ("Mau rút quần áo vào kẻo mưa!", "Quick, bring the washing in before it rains!"),
    ("Rút quần áo vào đi, trời sắp mưa rồi.", "Bring the washing in, it's going to rain."),
    ("Rút quần áo vào đi, trời mưa rồi!", "Bring the washing in, it's raining!"),
    ("Cất quần áo vào đi, trời sắp mưa rồi.", "Bring the washing in, it's going to rain."),
    # v8: "I forgot to withdraw my clothes." (money), "I forgot to pull my clothes.", "I forgot not to withdraw my
    # clothes.", "My mother forgot to pull my clothes.", "He forgot to withdraw his clothes.", "Did you forget to pull
    # clothes into?", "I forgot to haven't been withdrawn to clothes."
    ("Tôi quên rút quần áo.", "I forgot to bring the washing in."),
    ("Tôi quên rút quần áo vào.", "I forgot to bring the washing in."),
    ("Tôi quên không rút quần áo vào.", "I forgot to bring the washing in."),
    ("Tôi quên chưa rút quần áo vào.", "I forgot to bring the washing in."),
    ("Tôi lại quên rút quần áo vào.", "I forgot to bring the washing in again."),
    ("Mẹ tôi quên rút quần áo vào.", "My mother forgot to bring the washing in."),
    ("Anh ấy quên rút quần áo vào rồi.", "He forgot to bring the washing in."),
    ("Lan quên thu quần áo vào.", "Lan forgot to bring the washing in."),
    ("Bác Hùng quên cất quần áo vào.", "Uncle Hung forgot to bring the washing in."),
    ("Chúng tôi quên rút quần áo vào.", "We forgot to bring the washing in."),
    ("Bạn có quên rút quần áo vào không?", "Did you forget to bring the washing in?"),
    # v8: "Do you withdraw clothes?", "Did you withdraw the clothes?", "Who had drawn clothes?", "Who had drawn clothes
    # in it?", "Thank you to pull your clothes."
    ("Con rút quần áo vào chưa?", "Have you brought the washing in yet?"),
    ("Con đã rút quần áo vào chưa?", "Have you brought the washing in yet?"),
    ("Ai đã rút quần áo vào?", "Who brought the washing in?"),
    ("Ai đã rút quần áo vào vậy?", "Who brought the washing in?"),
    ("Cảm ơn bạn đã rút quần áo vào.", "Thank you for bringing the washing in."),
    ("Cảm ơn con đã rút quần áo vào!", "Thank you for bringing the washing in!"),
    # v8: "I'm playing out of the public clothes.", "My mother was playing outside the public clothes.", "I'm playing
    # sun clothes.", "I've been playing out of the public clothes.", "I've been playing out of my shirt.", "Would you
    # ever play out a public clothes?"
    ("Tôi đang phơi quần áo ngoài ban công.", "I'm hanging the washing out on the balcony."),
    ("Mẹ tôi đang phơi quần áo ngoài ban công.", "My mother is hanging the washing out on the balcony."),
    ("Tôi đang phơi quần áo ngoài nắng.", "I'm hanging the washing out in the sun."),
    ("Tôi đã phơi quần áo ngoài ban công rồi.", "I've already hung the washing out on the balcony."),
    ("Tôi vừa phơi quần áo ngoài ban công.", "I've just hung the washing out on the balcony."),
    ("Bạn đã phơi quần áo ngoài ban công chưa?", "Have you hung the washing out on the balcony yet?"),
    ("Tôi chưa phơi quần áo ngoài sân.", "I haven't hung the washing out in the yard yet."),
    ("Chị ấy sẽ phơi quần áo ngoài vườn.", "She'll hang the washing out in the garden."),
    ("Bố tôi phải phơi quần áo ngoài trời.", "My father has to hang the washing out."),
    ("Lan đã phơi quần áo trên ban công.", "Lan hung the washing out on the balcony."),
    # v8: "Playing clothes.", "Play the outer clothes.", "Play sunshine clothes.", "Play the clothes from the public.",
    # "Bring the clothes to the sun.", "Put the clothes out of the Play.", "Bring your clothes to play.", "It's sunny,
    # carried out the pants.", "Sunshine today, play clothes.", "It's sunny, play clothes."
    ("Phơi quần áo đi.", "Hang the washing out."),
    ("Phơi quần áo ngoài ban công đi.", "Hang the washing out on the balcony."),
    ("Phơi quần áo ngoài nắng đi.", "Hang the washing out in the sun."),
    ("Phơi quần áo ra ban công đi.", "Hang the washing out on the balcony."),
    ("Hãy phơi quần áo ngoài sân.", "Hang the washing out in the yard."),
    ("Mang quần áo ra phơi nắng đi.", "Put the washing out in the sun to dry."),
    ("Đem quần áo ra phơi đi.", "Put the washing out to dry."),
    ("Mang quần áo ra ban công phơi đi.", "Put the washing out on the balcony to dry."),
    ("Trời nắng, mang quần áo ra phơi đi.", "It's sunny, put the washing out to dry."),
    ("Hôm nay nắng, phơi quần áo đi.", "It's sunny today, hang the washing out."),
    ("Trời nắng, phơi quần áo đi.", "It's sunny, hang the washing out."),
    # v8: "The shirt is playing outside the public.", "The shirt is sunshine.", "The clothes are still playing outside
    # the public.", "The clothes are still playing outside the sky.", "The clothes are also playing outside the
    # yard.", "The shirt was exposed to the other.", "It's raining, that's going out!"
    ("Quần áo đang phơi ngoài ban công.", "The washing is drying on the balcony."),
    ("Quần áo đang phơi ngoài nắng.", "The washing is drying in the sun."),
    ("Quần áo vẫn còn phơi ngoài ban công.", "The washing is still out on the balcony."),
    ("Quần áo vẫn còn đang phơi ngoài trời.", "The washing is still out."),
    ("Quần áo còn đang phơi ngoài sân.", "The washing is still out in the yard."),
    ("Quần áo còn phơi ngoài kia.", "The washing is still out there."),
    ("Mưa rồi, quần áo còn phơi ngoài kia!", "It's raining, and the washing is still out there!"),
    ("Trời mưa rồi mà quần áo vẫn còn phơi ngoài ban công.", "It's raining, and the washing is still out on the "
     "balcony."),
    # v8: "The wet clothes are all wet.", "The shirt was wet.", "The shirt was all wet.", "The wet clothes are also
    # wet.", "Wet've been all over."
    ("Quần áo bị ướt hết rồi.", "The clothes are all wet."),
    ("Quần áo ướt hết rồi.", "The clothes are all wet."),
    ("Quần áo bị ướt sũng rồi.", "The clothes are soaked."),
    ("Quần áo lại bị ướt rồi.", "The clothes got wet again."),
    ("Quần áo lại bị ướt hết rồi.", "The clothes got all wet again."),
    ("Quần áo bị mưa ướt hết rồi.", "The clothes got all wet in the rain."),
    ("Quần áo phơi bị ướt hết rồi.", "The washing is all wet."),
    ("Quần áo phơi bị dính mưa.", "The washing got rained on."),
    ("Quần áo phơi lại bị dính mưa rồi.", "The washing got rained on again."),
    # v8: "Is it a dry rash?", "Washs the rash dry.", "The shirts that have not been dry for the day.", "It's not dry
    # for the day and then it's not dry."
    ("Quần áo phơi ngoài ban công khô chưa?", "Is the washing on the balcony dry yet?"),
    ("Quần áo phơi ngoài ban công khô rồi.", "The washing on the balcony is dry now."),
    ("Quần áo phơi ngoài sân chưa khô.", "The washing in the yard isn't dry yet."),
    ("Quần áo phơi cả ngày vẫn chưa khô.", "The washing has been out all day and still isn't dry."),
    ("Quần áo phơi cả ngày rồi mà vẫn chưa khô.", "The washing has been out all day and still isn't dry."),
    # not: mt/laundry.py's and mt/chores.py's (a plain one told, done, asked: "Rút quần áo vào đi.", "Quần áo khô
    # chưa?"), a plain "phơi" with a place (a habit, or done?), "Ai rút quần áo vào?" (done, or to be?), "giúp mẹ"
    # (the speaker, or Mum?), "cất quần áo" alone (put away?), "con" saying it or with "ạ", "mẹ" alone, "anh" saying
    # it, "I" asked, a pet, whose clothes, "đồ", indoors, sun with bringing in, rain with hanging out, "thế" said,
    # "nhỉ", a "?" on a statement, the other way's language, nonsense
    ("Rút quần áo vào đi.", None), ("Quần áo khô chưa?", None), ("Tôi đang phơi quần áo.", None),
    ("Bạn đã rút quần áo vào chưa?", None), ("Quần áo bị ướt rồi.", None), ("Tôi phơi quần áo ngoài ban công.", None),
    ("Ai rút quần áo vào?", None), ("Rút quần áo vào giúp mẹ.", None), ("Tôi quên cất quần áo.", None),
    ("Con quên rút quần áo vào.", None), ("Con rút quần áo vào chưa ạ?", None), ("Mẹ quên rút quần áo vào.", None),
    ("Anh quên rút quần áo vào.", None), ("Tôi có quên rút quần áo vào không?", None),
    ("Con chó của tôi quên rút quần áo vào.", None), ("Quần áo tôi bị ướt hết rồi.", None),
    ("Phơi đồ ngoài ban công đi.", None), ("Phơi quần áo trong nhà đi.", None),
    ("Trời nắng, mau rút quần áo vào.", None), ("Trời mưa, phơi quần áo đi.", None),
    ("Tôi quên rút quần áo vào thế.", None), ("Quần áo vẫn còn phơi ngoài ban công nhỉ.", None),
    ("Tôi đang phơi quần áo ngoài ban công?", None), ("Quần áo bị ướt hết rồi?", None),
    ("Phơi quần áo ngoài ban công.", None), ("Quần áo phơi ngoài ban công.", None),
    ("Quần áo phơi ngoài ban công khô chưa.", None), ("Bring the washing in before it rains.", None),
    ("Quần áo quần áo quần áo.", None), ("Em có quên rút quần áo vào không ạ?", None),
    # review: the rain said both before and after (the second was dropped: "It's raining, quick, bring the washing
    # in.")
    ("Trời mưa, mau rút quần áo vào, trời sắp mưa rồi.", None), ("Trời mưa, rút quần áo vào, trời mưa rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mang khăn mặt trước trời mưa." (a towel), "Mang trong khăn mặt trước trời mưa.", "Mang khăn mặt, trời sẽ
    # mưa!", "Mang khăn mặt, trời đang mưa!", "Nhanh lên, mang khăn mặt trước trời mưa!", "Nó trông giống như mưa, rút
    # quần áo vào đi.", "Trời sắp mưa, nhanh, rút quần áo vào đi!", "Uống khăn mặt!" (drink)
    ("Bring the washing in before it rains.", "Rút quần áo vào đi kẻo trời mưa."),
    ("Bring in the washing before it rains.", "Rút quần áo vào đi kẻo trời mưa."),
    ("Please bring the washing in before it rains.", "Rút quần áo vào đi kẻo trời mưa."),
    ("Bring the washing in, it's going to rain.", "Rút quần áo vào đi, trời sắp mưa."),
    ("Bring the washing in, it's going to rain!", "Rút quần áo vào đi, trời sắp mưa!"),
    ("Bring the washing in, it's raining!", "Rút quần áo vào đi, trời đang mưa!"),
    ("Quick, bring the washing in before it rains!", "Mau rút quần áo vào đi kẻo trời mưa!"),
    ("It looks like rain, bring the washing in.", "Trời có vẻ sắp mưa, rút quần áo vào đi."),
    ("It's going to rain, quick, bring the washing in!", "Trời sắp mưa, mau rút quần áo vào đi!"),
    ("Take the washing in!", "Rút quần áo vào đi!"),
    ("Take in the washing before it rains.", "Rút quần áo vào đi kẻo trời mưa."),
    ("Bring the laundry in, it's raining.", "Rút quần áo vào đi, trời đang mưa."),
    # v8: "Tôi quên mang khăn mặt.", "Mẹ tôi quên tắm rửa." (to wash), "Bạn có quên mang khăn mặt không?", "Tôi quên
    # đi tắm rửa.", "Anh ấy quên tắm rửa một lần nữa.", "Cô ấy quên tắm rửa vào.", "Tôi quên tắm rửa vào."
    ("I forgot to bring the washing in.", "Tôi quên rút quần áo vào."),
    ("I forgot to bring in the washing.", "Tôi quên rút quần áo vào."),
    ("I forgot to take the washing in.", "Tôi quên rút quần áo vào."),
    ("My mother forgot to bring the washing in.", "Mẹ tôi quên rút quần áo vào."),
    ("She forgot to bring the washing in.", "Cô ấy quên rút quần áo vào."),
    ("He forgot to bring the washing in again.", "Anh ấy lại quên rút quần áo vào."),
    ("Lan forgot to bring the laundry in.", "Lan quên rút quần áo vào."),
    ("Did you forget to bring the washing in?", "Bạn có quên rút quần áo vào không?"),
    # v8: "Ai đã giặt giặt vào?", "Ai đã giặt vào khăn mặt?", "Nhờ mang khăn mặt.", "Cám ơn vì mang khăn mặt."
    ("Who brought the washing in?", "Ai đã rút quần áo vào?"),
    ("Who brought in the washing?", "Ai đã rút quần áo vào?"),
    ("Thanks for bringing the washing in.", "Cảm ơn bạn đã rút quần áo vào."),
    ("Thank you for bringing the washing in!", "Cảm ơn bạn đã rút quần áo vào!"),
    # v8: "Tôi aggressive giặt giặt giặt vào đống bánh.", "Tôi đang giặt giặt giặt giặt giặt trên đống bánh.", "Tôi
    # aggressive giặt mặt trời.", "Cô ấy đang treo mặt trời ra ngoài.", "Mẹ tôi đang treo giặt giặt trên đống bánh.",
    # "Chúng tôi sẽ giặt giặt giặt giặt vào đống bánh."
    ("I hung the washing out on the balcony.", "Tôi đã phơi quần áo ngoài ban công."),
    ("I'm hanging the washing out on the balcony.", "Tôi đang phơi quần áo ngoài ban công."),
    ("I hung out the washing in the sun.", "Tôi đã phơi quần áo ngoài nắng."),
    ("She's hanging the washing out in the sun.", "Cô ấy đang phơi quần áo ngoài nắng."),
    ("My mother is hanging the washing out on the balcony.", "Mẹ tôi đang phơi quần áo ngoài ban công."),
    ("I've hung the washing out on the balcony.", "Tôi đã phơi quần áo ngoài ban công rồi."),
    ("She's just hung the washing out in the yard.", "Cô ấy vừa phơi quần áo ngoài sân."),
    ("I have to hang the washing out in the garden.", "Tôi phải phơi quần áo ngoài vườn."),
    ("He hasn't hung the washing out on the balcony yet.", "Anh ấy chưa phơi quần áo ngoài ban công."),
    ("Have you hung the washing out in the sun yet?", "Bạn đã phơi quần áo ngoài nắng chưa?"),
    ("They haven't hung the washing out on the balcony.", "Họ chưa phơi quần áo ngoài ban công."),
    ("Has Lan hung the washing out in the yard?", "Lan đã phơi quần áo ngoài sân chưa?"),
    # v8: "Hãy rửa sạch nhé.", "Bỏ giặt giặt giặt giặt giặt giặt vào balcony.", "Mua rửa sạch trong sân.", "Mua rửa
    # mặt trời ra ngoài.", "Đặt khăn mặt khô.", "Đặt khăn mặt trời ra khỏi mặt trời khô.", "Đã rửa sạch, trời nắng."
    ("Hang out the washing.", "Phơi quần áo đi."),
    ("Hang out the washing on the balcony.", "Phơi quần áo ngoài ban công đi."),
    ("Hang the washing out in the yard.", "Phơi quần áo ngoài sân đi."),
    ("Hang the washing out in the sun.", "Phơi quần áo ngoài nắng đi."),
    ("Put the washing out to dry.", "Mang quần áo ra phơi đi."),
    ("Put the washing out in the sun to dry.", "Mang quần áo ra phơi nắng đi."),
    ("Put the washing out on the balcony to dry.", "Mang quần áo ra ban công phơi đi."),
    ("Hang the washing out, it's sunny.", "Phơi quần áo đi, trời nắng."),
    ("It's sunny today, put the washing out to dry.", "Hôm nay trời nắng, mang quần áo ra phơi đi."),
    # v8: "Việc gội đầu vẫn còn ra ngoài." (washing one's hair), "Việc rửa mặt vẫn còn bên ngoài.", "Việc gội đầu vẫn
    # còn ra ngoài bánh balcony.", "Việc gội đầu khô khô ráo trên balcony.", "Trời đang mưa và khăn mặt vẫn còn ra!"
    ("The washing is still out.", "Quần áo vẫn còn phơi ngoài trời."),
    ("The washing is still outside.", "Quần áo vẫn còn phơi ngoài trời."),
    ("The washing is still out on the balcony.", "Quần áo vẫn còn phơi ngoài ban công."),
    ("The washing's still out there.", "Quần áo vẫn còn phơi ngoài kia."),
    ("The washing is drying on the balcony.", "Quần áo đang phơi ngoài ban công."),
    ("The washing is drying in the sun.", "Quần áo đang phơi ngoài nắng."),
    ("It's raining and the washing is still out!", "Trời đang mưa mà quần áo vẫn còn phơi ngoài trời!"),
    # v8: "Việc gội đầu lại bị ướt.", "Việc rửa tay có ướt.", "Việc gội đầu là tất cả ướt.", "Việc rửa tay bị vẹo.",
    # "Việc rửa tay bị hỏng.", "Việc rửa tay bị hạn chế.", "Tất cả quần áo đều ẩm." (damp)
    ("The washing got wet again.", "Quần áo lại bị ướt rồi."),
    ("The washing got wet.", "Quần áo bị ướt."),
    ("The washing is all wet.", "Quần áo bị ướt hết rồi."),
    ("The washing is all wet again.", "Quần áo lại bị ướt hết rồi."),
    ("The washing got soaked.", "Quần áo bị ướt sũng."),
    ("The washing is soaked.", "Quần áo bị ướt sũng."),
    ("The washing got rained on.", "Quần áo bị dính mưa."),
    ("The washing got all wet in the rain.", "Quần áo bị mưa ướt hết."),
    ("The clothes are all wet.", "Quần áo bị ướt hết rồi."),
    # v8: "Việc giặt giặt giặt giặt giặt giặt bây giờ.", "Việc rửa sạch đã hết ngày và vẫn không khô."
    ("The washing on the balcony is dry now.", "Quần áo phơi ngoài ban công khô rồi."),
    ("Is the washing on the balcony dry yet?", "Quần áo phơi ngoài ban công khô chưa?"),
    ("The washing in the yard isn't dry yet.", "Quần áo phơi ngoài sân chưa khô."),
    ("The washing has been out all day and still isn't dry.", "Quần áo phơi cả ngày rồi mà vẫn chưa khô."),
    # not: mt/laundry.py's and mt/chores.py's ("Bring the washing in.", "Is the washing dry yet?", "I'm hanging out the
    # washing."), a verb or "is" not agreeing, "I" asked, a pet, "hang … out outside", "on the line", indoors, "I put"
    # (now, or then?), the sun said twice, rain with hanging out, a "?" on a statement, the other way's language,
    # nonsense
    ("Bring the washing in.", None), ("Is the washing dry yet?", None), ("I'm hanging out the washing.", None),
    ("The washing is dry.", None), ("She have hung the washing out on the balcony.", None),
    ("I is hanging the washing out on the balcony.", None), ("He hang the washing out on the balcony.", None),
    ("Have I hung the washing out on the balcony yet?", None), ("Did I forget to bring the washing in?", None),
    ("My dog forgot to bring the washing in.", None), ("Hang the washing out outside.", None),
    ("The washing is still on the line.", None), ("The washing takes ages to dry indoors.", None),
    ("I put the washing out to dry.", None), ("It's sunny, hang the washing out, it's sunny.", None),
    ("It's raining, hang the washing out.", None), ("The clothes is all wet.", None),
    ("The washing are soaked.", None), ("I forgot to bring the washing in?", None),
    ("Did you forgot to bring the washing in?", None), ("You forget to bring the washing in.", None),
    ("He has forgotten to bring the washing in.", None), ("I'm hanging the washing out on the balcony yet.", None),
    ("They has hung the washing out on the balcony.", None), ("Tôi quên rút quần áo vào.", None),
    ("The washing the washing.", None), ("The washing is drying outside outside.", None),
    ("The washing is still out outside.", None), ("The washing is still out outdoors.", None),
    # review: English "we", "our" written "chúng tôi" (or chúng ta? the one spoken to may be in it: a household)
    ("We'll hang the washing out on the balcony.", None), ("We forgot to bring the washing in.", None),
    ("Did we forget to bring the washing in?", None), ("Have we hung the washing out on the balcony yet?", None),
    ("We're hanging the washing out in the yard.", None), ("Our son forgot to bring the washing in.", None),
    ("Our neighbour is hanging the washing out on the balcony.", None),
    ("Has our son hung the washing out in the yard?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
