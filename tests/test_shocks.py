"""Electric shocks, being careful of one, sockets shorting, sparking or burnt out, a short circuit at a house, and wet
hands on a plug, both ways (mt/shocks.py)."""
import pytest

from mt.shocks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm electrode.", "My mother was getting electrode.", "Yesterday, he was electrode.", "Do you have an
    # electrode?", "I'm getting slighted.", "We don't get electrode.", "I'm usually getting electrode."
    ("Tôi bị điện giật.", "I got an electric shock."),
    ("Tôi bị giật điện rồi.", "I got an electric shock."),
    ("Mẹ tôi vừa bị điện giật.", "My mother just got an electric shock."),
    ("Hôm qua anh ấy bị điện giật.", "He got an electric shock yesterday."),
    ("Lan bị điện giật sáng nay.", "Lan got an electric shock this morning."),
    ("Bạn có bị điện giật không?", "Did you get an electric shock?"),
    ("Hôm qua con bạn có bị điện giật không?", "Did your child get an electric shock yesterday?"),
    ("Tôi suýt bị điện giật.", "I nearly got an electric shock."),
    ("Chúng tôi không bị điện giật.", "We didn't get an electric shock."),
    ("Tôi hay bị điện giật.", "I often get electric shocks."),
    ("Mẹ tôi hay bị điện giật.", "My mother often gets electric shocks."),
    ("Bạn có hay bị điện giật không?", "Do you often get electric shocks?"),
    ("Tôi chưa bao giờ bị điện giật.", "I've never had an electric shock."),
    ("Bố tôi đã từng bị điện giật.", "My father has had an electric shock before."),
    ("Bạn đã bao giờ bị điện giật chưa?", "Have you ever had an electric shock?"),
    ("Cô ấy có bao giờ bị điện giật không?", "Has she ever had an electric shock?"),
    ("Con chó của tôi bị điện giật.", "My dog got an electric shock."),
    # v8: "My child is getting a pulse when plugged out.", "I'm getting off of my socket.", "Lan was rushed to touch
    # the socket.", "She was rushed from the supersatric warm."
    ("Con tôi bị điện giật khi cắm sạc.", "My child got an electric shock plugging in the charger."),
    ("Tôi bị điện giật từ ổ cắm.", "I got an electric shock from the socket."),
    ("Tôi bị điện giật ở ổ điện.", "I got an electric shock from the socket."),
    ("Lan bị giật điện khi chạm vào ổ cắm.", "Lan got an electric shock touching the socket."),
    ("Cô ấy bị điện giật từ cái ấm siêu tốc.", "She got an electric shock from the kettle."),
    ("Bác Hùng vừa bị điện giật khi sửa ổ cắm.", "Uncle Hung just got an electric shock fixing the socket."),
    # v8: "Be careful is electrode.", "As long as it's getting off!"
    ("Cẩn thận kẻo bị điện giật.", "Be careful not to get a shock."),
    ("Coi chừng bị điện giật đấy!", "Be careful not to get a shock!"),
    ("Cẩn thận, không thì bị điện giật nhé.", "Be careful not to get a shock."),
    # v8: "The power drive collapsed.", "This plug was stunned.", "Power cords collapsed.", "The charge was
    # collapsed.", "The drive was fired.", "The socket was fired."
    ("Ổ điện bị chập.", "The socket has short-circuited."),
    ("Ổ cắm này bị chập rồi.", "This socket has short-circuited."),
    ("Dây điện bị chập.", "The wiring has short-circuited."),
    ("Cái sạc bị chập.", "The charger has short-circuited."),
    ("Phích cắm vừa bị chập cháy.", "The plug has just short-circuited and burnt out."),
    ("Ổ cắm có bị chập không?", "Has the socket short-circuited?"),
    ("Ổ cắm bị cháy rồi.", "The socket has burnt out."),
    ("Ổ cắm bị tóe lửa.", "The socket sparked."),
    ("Ổ điện vừa toé lửa.", "The socket just sparked."),
    ("Ổ cắm đang tóe lửa!", "The socket is sparking!"),
    # v8: "My home was getting power.", "Figures."
    ("Nhà tôi bị chập điện.", "There was a short circuit at my house."),
    ("Nhà mẹ tôi vừa bị chập điện.", "There's just been a short circuit at my mother's house."),
    ("Chập điện rồi.", "There's been a short circuit."),
    ("Nhà bị chập điện rồi.", "There was a short circuit in the house."),
    ("Nhà tôi mới bị chập điện.", "There's just been a short circuit at my house."),
    ("Sạc này mới bị cháy.", "This charger has just burnt out."),
    # v8: "Don't stop plugging when wet hands.", "Don't touch electricity when the hand is wet.", "It's not plugged on
    # wet hand."
    ("Đừng cầm phích cắm khi tay ướt.", "Don't touch the plug with wet hands."),
    ("Đừng chạm vào ổ điện khi tay còn ướt.", "Don't touch the socket with wet hands."),
    ("Không được cắm điện khi tay ướt.", "Don't plug anything in with wet hands."),
    ("Đừng bao giờ rút phích cắm bằng tay ướt nhé!", "Never pull out the plug with wet hands!"),
    # not: "anh" alone saying it (the speaker?), "I" asked, asked without "không", "?" on a statement, a day ahead,
    # "rồi" asked, a pet doing a thing, "giật" snatching, lights flickering (mt/bulbs.py), the power out
    # (mt/outages.py), a socket broken (mt/broken.py), "Chập điện." alone, a short asked at a house, the wiring
    # "this" or burnt, "cháy" without "bị" (burning now?), "rồi" with "vừa", "này" twice, English
    ("Anh bị điện giật.", None), ("Tôi có bị điện giật không?", None), ("Bạn có bị điện giật?", None),
    ("Bạn bị điện giật?", None), ("Ngày mai tôi bị điện giật.", None), ("Bạn có bị điện giật rồi không?", None),
    ("Con chó của tôi bị điện giật khi cắm sạc.", None), ("Tôi bị giật túi.", None), ("Đèn chập chờn.", None),
    ("Mất điện rồi.", None), ("Ổ cắm bị hỏng.", None), ("Chập điện.", None), ("Nhà bạn có bị chập điện không?", None),
    ("Dây điện này bị chập.", None), ("Dây điện bị cháy.", None), ("Ổ cắm cháy.", None),
    ("Tôi vừa bị điện giật rồi.", None), ("Tôi không bị điện giật từ ổ cắm.", None),
    ("Hôm qua tôi hay bị điện giật.", None), ("Nhà tôi bị cháy.", None), ("Tôi bị điện giật nhỉ.", None),
    ("I got an electric shock.", None), ("Bánh bị cháy rồi.", None), ("Quần áo bị ướt.", None),
    # "mới" after a thing or a house alone is "new" as often as "just" ("Ổ cắm mới bị chập.": the new socket has
    # shorted?); a pet's house is its kennel
    ("Ổ cắm mới bị chập.", None), ("Cục sạc mới bị chập.", None), ("Sạc mới bị cháy.", None),
    ("Ổ cắm mới bị tóe lửa.", None), ("Nhà mới bị chập điện.", None), ("Nhà con chó của tôi bị chập điện.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị sốc điện.", "Mẹ tôi chỉ bị sốc điện.", "Bạn có bị sốc điện không?", "Tôi gần như bị sốc điện.",
    # "Chúng tôi không nhận được cú sốc điện.", "Tôi thường bị sốc điện."
    ("I got an electric shock.", "Tôi bị điện giật."),
    ("My mother just got an electric shock.", "Mẹ tôi vừa bị điện giật."),
    ("He got an electric shock yesterday.", "Hôm qua anh ấy bị điện giật."),
    ("Did you get an electric shock?", "Bạn có bị điện giật không?"),
    ("Did your son get an electric shock yesterday?", "Hôm qua con trai bạn có bị điện giật không?"),
    ("I nearly got an electric shock.", "Tôi suýt bị điện giật."),
    ("We didn't get an electric shock.", "Chúng tôi không bị điện giật."),
    ("I often get electric shocks.", "Tôi hay bị điện giật."),
    ("She often gets electric shocks.", "Cô ấy hay bị điện giật."),
    ("Do you often get electric shocks?", "Bạn có hay bị điện giật không?"),
    ("I've never had an electric shock.", "Tôi chưa bao giờ bị điện giật."),
    ("My father has had an electric shock before.", "Bố tôi đã từng bị điện giật."),
    ("Have you ever had an electric shock?", "Bạn đã bao giờ bị điện giật chưa?"),
    # v8: "Tôi bị sốc điện từ ổ cắm.", "Con tôi nhận được một ổ cắm sốc điện trong cục sạc.", "Cô ấy bị sốc từ lâu
    # đài." (a castle)
    ("I got an electric shock from the socket.", "Tôi bị điện giật từ ổ cắm."),
    ("My child got an electric shock plugging in the charger.", "Con tôi bị điện giật khi cắm sạc."),
    ("Lan got a shock from the kettle.", "Lan bị điện giật từ ấm siêu tốc."),
    ("I just got a shock from the charger.", "Tôi vừa bị điện giật từ cục sạc."),
    ("They got an electric shock last night.", "Tối qua họ bị điện giật."),
    ("He got a shock when touching the socket.", "Anh ấy bị điện giật khi chạm vào ổ cắm."),
    # v8: "Cẩn thận đừng bị sốc."
    ("Be careful not to get a shock.", "Cẩn thận kẻo bị điện giật."),
    ("Careful you don't get an electric shock!", "Cẩn thận kẻo bị điện giật!"),
    # v8: "Ổ cắm mạng đã ngắn.", "Ổ cắm mạng có hoàn cảnh ngắn.", "Có một chút trong ổ cắm.", "Cục sạc đã cắt ngắn.",
    # "Ổ cắm mạng đã kích hoạt.", "Ổ cắm mạng đang bật lên.", "Ổ cắm mạng đã ghi ra."
    ("The socket has shorted.", "Ổ cắm bị chập."),
    ("The socket has short-circuited.", "Ổ cắm bị chập."),
    ("There's a short in the socket.", "Ổ cắm bị chập."),
    ("The charger has short-circuited.", "Cục sạc bị chập."),
    ("This plug has just shorted out.", "Phích cắm này vừa bị chập."),
    ("The wiring shorted.", "Dây điện bị chập."),
    ("Has the socket short-circuited?", "Ổ cắm có bị chập không?"),
    ("The socket sparked.", "Ổ cắm bị tóe lửa."),
    ("The socket is sparking.", "Ổ cắm đang tóe lửa."),
    ("The outlet just sparked!", "Ổ cắm vừa bị tóe lửa!"),
    ("The socket has burnt out.", "Ổ cắm bị cháy."),
    ("The charger's burned out.", "Cục sạc bị cháy."),
    # v8: "Có một mạch máu ngắn ở nhà tôi." (a blood vessel)
    ("There was a short circuit at my house.", "Nhà tôi bị chập điện."),
    ("There's just been a short circuit at my mother's house.", "Nhà mẹ tôi vừa bị chập điện."),
    ("There's been a short circuit.", "Bị chập điện rồi."),
    # v8: "Đừng chạm vào tay ướt.", "Đừng bổ sung bất cứ thứ gì trong tay ướt."
    ("Don't touch the plug with wet hands.", "Đừng chạm vào phích cắm khi tay ướt."),
    ("Don't plug anything in with wet hands.", "Đừng cắm điện khi tay ướt."),
    ("Never touch the switch when your hands are wet.", "Đừng bao giờ chạm vào công tắc khi tay ướt."),
    ("Don't unplug the charger with wet hands!", "Đừng rút sạc khi tay ướt!"),
    # not: "a shock" with nothing it came from (a surprise?), "electrocuted" (killed?), verbs not agreeing ("He get",
    # "Does you", "I has", "She often get"), "I" asked, a pet doing a thing, "shocks" not a habit, "?" on a
    # statement, "There was a short circuit." with no place, the wiring burnt out or "this", "is sparked", a short
    # asked without "has", the socket broken or where (mt/broken.py, mt/chargers.py), a day ahead, Vietnamese
    ("I got a shock.", None), ("He was electrocuted.", None), ("He get an electric shock.", None),
    ("Does you often get electric shocks?", None), ("I has had an electric shock before.", None),
    ("She often get electric shocks.", None), ("Did I get an electric shock?", None),
    ("My dog got an electric shock plugging in the charger.", None), ("I got electric shocks.", None),
    ("I got an electric shock?", None), ("There was a short circuit.", None), ("The wiring has burnt out.", None),
    ("This wiring has shorted.", None), ("The socket is sparked.", None), ("Did the socket short-circuit?", None),
    ("The socket is broken.", None), ("Where's the socket?", None), ("I got an electric shock tomorrow.", None),
    ("I've never had an electric shock from the socket.", None), ("The news was a shock.", None),
    ("Tôi bị điện giật.", None), ("My shoes are wet.", None), ("I'm short of money.", None),
    ("There was a short circuit at my dog's house.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
