"""Keeping mosquitoes off at home: a mosquito coil, spraying, the plug-in repellent, the electric swatter, and coils
or spray run out, both ways (mt/mosquito_coils.py)."""
import pytest

from mt.mosquito_coils import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm also burned mosquitoes every night.", "My mother burned her mosquito every night.", "My grandmother or
    # burned mosquitoes.", "Do you have a mosquitoes or gas?"
    ("Tối nào mẹ tôi cũng đốt hương muỗi.", "My mother burns a mosquito coil every night."),
    ("Đêm nào chúng tôi cũng đốt hương muỗi trong phòng ngủ.", "We burn a mosquito coil in the bedroom every night."),
    ("Ngày nào bố tôi cũng xịt muỗi.", "My father sprays for mosquitoes every day."),
    ("Mẹ tôi đốt hương muỗi mỗi tối.", "My mother burns a mosquito coil every evening."),
    ("Bà tôi hay đốt nhang muỗi.", "My grandmother often burns mosquito coils."),
    ("Mẹ tôi không bao giờ đốt hương muỗi.", "My mother never burns mosquito coils."),
    ("Chúng tôi thường xịt muỗi trong phòng khách.", "We often spray for mosquitoes in the living room."),
    ("Bạn có hay đốt hương muỗi không?", "Do you often burn mosquito coils?"),
    ("Mẹ bạn có đốt hương muỗi mỗi tối không?", "Does your mother burn a mosquito coil every evening?"),
    ("Tối nào ông tôi cũng đập muỗi.", "My grandfather swats mosquitoes every night."),
    # v8: "I burned my mosquito.", "Do you burn mosquitoes?", "My mother was burning mosquitoes.", "I'm not burning
    # in my ladder."
    ("Tôi đốt hương muỗi rồi.", "I've lit a mosquito coil."),
    ("Mẹ tôi đã đốt hương muỗi rồi.", "My mother has lit a mosquito coil."),
    ("Mình đốt hương muỗi rồi.", "I've lit a mosquito coil."),
    ("Bạn đốt hương muỗi chưa?", "Have you lit a mosquito coil yet?"),
    ("Bạn đã đốt hương muỗi chưa?", "Have you lit a mosquito coil yet?"),
    ("Mẹ tôi đang đốt hương muỗi.", "My mother is lighting a mosquito coil."),
    ("Tôi chưa đốt hương muỗi.", "I haven't lit a mosquito coil yet."),
    ("Tối nay tôi sẽ đốt hương muỗi.", "I'll light a mosquito coil tonight."),
    # v8: "Last night, land burns mosquitoes in the room."
    ("Tối qua Lan đã đốt hương muỗi trong phòng.", "Lan lit a mosquito coil in the room last night."),
    ("Hôm qua bố tôi xịt muỗi.", "My father sprayed for mosquitoes yesterday."),
    # v8: "He is spraying in the room.", "We just sprayed our mud.", "We need squiring sprays.", "Are you sprays?"
    ("Anh ấy đang xịt muỗi trong phòng.", "He's spraying for mosquitoes in the room."),
    ("Lan đang xịt muỗi.", "Lan is spraying for mosquitoes."),
    ("Bạn có đang xịt muỗi không?", "Are you spraying for mosquitoes?"),
    ("Chúng tôi vừa xịt muỗi.", "We've just sprayed for mosquitoes."),
    ("Chúng ta cần xịt muỗi.", "We need to spray for mosquitoes."),
    ("Bố tôi phải xịt muỗi trong nhà.", "My father has to spray for mosquitoes in the house."),
    ("Tôi sắp xịt muỗi.", "I'm about to spray for mosquitoes."),
    ("Ngày mai chúng tôi sẽ xịt muỗi.", "We'll spray for mosquitoes tomorrow."),
    ("Bạn xịt muỗi chưa?", "Have you sprayed for mosquitoes yet?"),
    # v8: "I camped my mud pursuit.", "Did you foolish the mosquiring?", "My father was smashing."
    ("Tôi cắm máy đuổi muỗi rồi.", "I've plugged in the mosquito repellent."),
    ("Bạn cắm máy đuổi muỗi chưa?", "Have you plugged in the mosquito repellent yet?"),
    ("Mẹ tôi vẫn chưa cắm máy đuổi muỗi.", "My mother still hasn't plugged in the mosquito repellent."),
    ("Chị ấy vừa bật máy đuổi muỗi.", "She's just turned on the mosquito repellent."),
    ("Bố tôi đang đập muỗi.", "My father is swatting mosquitoes."),
    # v8: "The flavor went.", "Remember to flavor.", "The pursuit of the munation.", "Teach his wife squiring away."
    ("Đốt hương muỗi đi.", "Light a mosquito coil."),
    ("Nhớ đốt hương muỗi nhé.", "Remember to light a mosquito coil."),
    ("Đừng đốt hương muỗi trong phòng ngủ.", "Don't light a mosquito coil in the bedroom."),
    ("Cắm máy đuổi muỗi đi.", "Plug in the mosquito repellent."),
    ("Đừng quên cắm máy đuổi muỗi nhé.", "Don't forget to plug in the mosquito repellent."),
    ("Để tôi xịt muỗi.", "Let me spray for mosquitoes."),
    ("Sạc vợt muỗi đi.", "Charge the mosquito swatter."),
    # v8: "It's all mud.", "The home is about to be all mud.", "Is the scent?", "The house is all sprays.", "We need
    # to buy more mosquitoes."
    ("Nhà hết hương muỗi rồi.", "We've run out of mosquito coils."),
    ("Hết hương muỗi rồi.", "We've run out of mosquito coils."),
    ("Nhà sắp hết hương muỗi rồi.", "We're running out of mosquito coils."),
    ("Hương muỗi sắp hết rồi.", "We're running out of mosquito coils."),
    ("Nhà hết thuốc xịt muỗi rồi.", "We've run out of mosquito spray."),
    ("Nhà còn hương muỗi không?", "Do we have any mosquito coils left?"),
    ("Chúng ta cần mua thêm hương muỗi.", "We need to buy more mosquito coils."),
    # v8: "Give me a mosquito.", "Give the wings to me.", "Where is the wife squiring?", "The mosquitoes out of
    # battery."
    ("Đưa tôi cái vợt muỗi.", "Pass me the mosquito swatter."),
    ("Đưa cái vợt muỗi cho tôi.", "Pass me the mosquito swatter."),
    ("Đưa tôi cái vợt muỗi với.", "Pass me the mosquito swatter, please."),
    ("Đưa giúp tôi bình xịt muỗi được không?", "Can you pass me the mosquito spray?"),
    ("Cái vợt muỗi đâu rồi?", "Where's the mosquito swatter?"),
    ("Hương muỗi để ở đâu?", "Where are the mosquito coils?"),
    ("Vợt muỗi hết pin rồi.", "The mosquito swatter's battery is dead."),
    # not: a plain verb (did, does or will?), "đã" alone, "anh" saying it (the speaker?), asked of oneself, a pet,
    # "?" on a statement, a day behind with "sẽ", swatting done or told (how many?), "nhé" alone (I will, or you?),
    # repellent on the skin (mt/outdoors.py), insecticide sprayed (mt/pests.py), bites, smoke, "nhỉ", "à"
    ("Tôi đốt hương muỗi.", None), ("Bạn có đốt hương muỗi không?", None), ("Mẹ tôi đã đốt hương muỗi.", None),
    ("Tôi không đốt hương muỗi.", None), ("Anh đốt hương muỗi rồi.", None), ("Tôi đốt hương muỗi chưa?", None),
    ("Con mèo của tôi đang đập muỗi.", None), ("Tôi đang xịt muỗi?", None), ("Tối qua tôi sẽ xịt muỗi.", None),
    ("Bố tôi đập muỗi rồi.", None), ("Đập muỗi đi.", None), ("Đốt hương muỗi nhé.", None),
    ("Tôi xịt chống muỗi rồi.", None), ("Tôi đã xịt thuốc diệt muỗi.", None), ("Tôi bị muỗi đốt.", None),
    ("Khói hương muỗi làm tôi ho.", None), ("Mẹ tôi đốt hương muỗi rồi nhỉ.", None),
    ("Nhà hết hương muỗi rồi à?", None), ("Tối nào bạn cũng đốt hương muỗi à?", None),
    ("Bạn có không bao giờ đốt hương muỗi không?", None), ("Đưa tôi cái vợt muỗi?", None),
    ("Pass me the mosquito swatter.", None), ("Hương muỗi muỗi muỗi.", None),
    # "em" asking with "ạ" is the speaker (mt.hobbies.em_speaking: "Am I …?"), not "you"; "vậy", "thế" ending a
    # statement say more than English would (mt.text.STRESSED_SAID: then, so)
    ("Em có đang xịt muỗi không ạ?", None), ("Em đã đốt hương muỗi chưa ạ?", None),
    ("Em có hay đốt hương muỗi không ạ?", None), ("Mẹ tôi đốt hương muỗi rồi vậy.", None),
    ("Tôi đang đốt hương muỗi thế.", None), ("Nhà hết hương muỗi rồi vậy.", None), ("Nhà hết hương muỗi vậy.", None),
    ("Tối nào Lan cũng xịt muỗi thế.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi đốt cháy muỗi vào ban đêm.", "Món của tôi đốt cháy muỗi vào ban đêm.", "Bà tôi thường đốt cháy
    # muỗi.", "Bạn có thường phỏng muỗi không?"
    ("My mother burns a mosquito coil every night.", "Tối nào mẹ tôi cũng đốt hương muỗi."),
    ("My mum burns a mosquito coil every night.", "Tối nào mẹ tôi cũng đốt hương muỗi."),
    ("My mother lights a mosquito coil every night.", "Tối nào mẹ tôi cũng đốt hương muỗi."),
    ("We burn mosquito coils every evening.", "Chúng tôi đốt hương muỗi mỗi tối."),
    ("My grandmother often burns mosquito coils.", "Bà tôi hay đốt hương muỗi."),
    ("She never burns mosquito coils.", "Cô ấy không bao giờ đốt hương muỗi."),
    ("Do you often burn mosquito coils?", "Bạn có hay đốt hương muỗi không?"),
    ("Does your mother burn a mosquito coil every night?", "Mẹ bạn có đốt hương muỗi mỗi tối không?"),
    ("Do you burn mosquito coils?", "Bạn có đốt hương muỗi không?"),
    ("We don't burn mosquito coils.", "Chúng tôi không đốt hương muỗi."),
    ("He often swats mosquitoes.", "Anh ấy hay đập muỗi."),
    # v8: "Tôi đã chọn muỗi squito.", "Bạn cólit một cái muỗi vẫn chưa?", "Mẹ tôi đang nhẹ nhàng một cái ẩm ướt.",
    # "Tôi chưa cố gắng một muỗi squito daito.", "Hãy lựa chọn một muỗi trong phòng tối qua."
    ("I've lit a mosquito coil.", "Tôi đốt hương muỗi rồi."),
    ("She's lit a mosquito coil.", "Cô ấy đốt hương muỗi rồi."),
    ("Have you lit a mosquito coil yet?", "Bạn đốt hương muỗi chưa?"),
    ("My mother is lighting a mosquito coil.", "Mẹ tôi đang đốt hương muỗi."),
    ("My mother is burning a mosquito coil.", "Mẹ tôi đang đốt hương muỗi."),
    ("Are you lighting a mosquito coil?", "Bạn có đang đốt hương muỗi không?"),
    ("I haven't lit a mosquito coil yet.", "Tôi chưa đốt hương muỗi."),
    ("Lan lit a mosquito coil in the room last night.", "Tối qua Lan đã đốt hương muỗi trong phòng."),
    ("I burnt a mosquito coil last night.", "Tối qua tôi đã đốt hương muỗi."),
    ("I'll light a mosquito coil tonight.", "Tối nay tôi sẽ đốt hương muỗi."),
    ("I'm about to light a mosquito coil.", "Tôi sắp đốt hương muỗi."),
    # v8: "Anh ta phun nước cho các muỗi trong phòng.", "Anh ấy phun nước cho các muỗi trong phòng ngủ."
    ("He's spraying for mosquitoes in the room.", "Anh ấy đang xịt muỗi trong phòng."),
    ("He's spraying for mosquitoes in the bedroom.", "Anh ấy đang xịt muỗi trong phòng ngủ."),
    ("Is your father spraying for mosquitoes in the room?", "Bố bạn có đang xịt muỗi trong phòng không?"),
    ("My father has just sprayed for mosquitoes in the kitchen.", "Bố tôi vừa xịt muỗi trong nhà bếp."),
    ("We haven't sprayed for mosquitoes yet.", "Chúng tôi chưa xịt muỗi."),
    ("She is about to spray for mosquitoes in the bedroom.", "Cô ấy sắp xịt muỗi trong phòng ngủ."),
    ("He has to spray for mosquitoes in the house.", "Anh ấy phải xịt muỗi trong nhà."),
    ("They sprayed for mosquitoes last night.", "Tối qua họ đã xịt muỗi."),
    # v8: "Tôi đã cắm vào mặt trăng rưỡi.", "Bạn đã cắm vào mặt trăng chính tả chưa?", "Cha tôi đang bơi những động
    # tác."
    ("I've plugged in the mosquito repellent.", "Tôi cắm máy đuổi muỗi rồi."),
    ("Have you plugged in the mosquito repellent?", "Bạn cắm máy đuổi muỗi chưa?"),
    ("Has Lan plugged in the mosquito repellent yet?", "Lan cắm máy đuổi muỗi chưa?"),
    ("She hasn't turned on the mosquito repeller yet.", "Cô ấy chưa bật máy đuổi muỗi."),
    ("I'll plug in the mosquito repellent tomorrow.", "Ngày mai tôi sẽ cắm máy đuổi muỗi."),
    ("My mother needs to charge the mosquito swatter.", "Mẹ tôi cần sạc vợt muỗi."),
    ("My father is swatting mosquitoes.", "Bố tôi đang đập muỗi."),
    ("Is she swatting mosquitoes?", "Cô ấy có đang đập muỗi không?"),
    # v8: "Ánh sáng một mặt trăng.", "Nên nhớ ánh sáng mặt trăng.", "Đừng thắp ánh sáng mặt trăng trong phòng ngủ.",
    # "Phần bổ sung trong bộ trăng chính tả.", "Hãy tham gia bột ẩm ướt."
    ("Light a mosquito coil.", "Đốt hương muỗi đi."),
    ("Remember to light a mosquito coil.", "Nhớ đốt hương muỗi nhé."),
    ("Don't light a mosquito coil in the bedroom.", "Đừng đốt hương muỗi trong phòng ngủ."),
    ("Don't burn mosquito coils in the bedroom.", "Đừng đốt hương muỗi trong phòng ngủ."),
    ("Plug in the mosquito repellent.", "Cắm máy đuổi muỗi đi."),
    ("Remember to turn on the mosquito repellent.", "Nhớ bật máy đuổi muỗi nhé."),
    ("Don't forget to charge the mosquito swatter.", "Đừng quên sạc vợt muỗi nhé."),
    ("Charge the mosquito swatter.", "Sạc vợt muỗi đi."),
    ("Let me spray for mosquitoes.", "Để tôi xịt muỗi."),
    # v8: "Chúng tôi đã chạy ra khỏi mặt trăng.", "Chúng tôi đang chạy khỏi mặt trăng.", "Chúng ta có bất kỳ muỗi nào
    # còn lại không?", "Chúng tôi chạy ra khỏi phun nước muỗi.", "Chúng ta cần mua thêm muỗi nữa."
    ("We've run out of mosquito coils.", "Nhà hết hương muỗi rồi."),
    ("We're out of mosquito coils.", "Nhà hết hương muỗi rồi."),
    ("We're running out of mosquito coils.", "Nhà sắp hết hương muỗi rồi."),
    ("We're running low on mosquito spray.", "Nhà sắp hết thuốc xịt muỗi rồi."),
    ("We've run out of mosquito spray.", "Nhà hết thuốc xịt muỗi rồi."),
    ("Do we have any mosquito coils left?", "Nhà còn hương muỗi không?"),
    ("Are there any mosquito coils left?", "Nhà còn hương muỗi không?"),
    ("Is there any mosquito spray left?", "Nhà còn thuốc xịt muỗi không?"),
    ("Do we have any mosquito spray left?", "Nhà còn thuốc xịt muỗi không?"),
    ("We need to buy more mosquito coils.", "Chúng ta cần mua thêm hương muỗi."),
    # v8: "Để tôi đi bơi muỗi.", "Bạn có thể đi qua tôi miếng lót ẩm không?", "Món ẩm ở đâu?", "Pin của ẩm ướt đã
    # chết."
    ("Pass me the mosquito swatter.", "Đưa tôi cái vợt muỗi."),
    ("Give me the electric mosquito swatter.", "Đưa tôi cái vợt muỗi."),
    ("Please pass me the mosquito swatter.", "Đưa giúp tôi cái vợt muỗi với."),
    ("Can you pass me the mosquito swatter?", "Đưa giúp tôi cái vợt muỗi được không?"),
    ("Could you hand me the mosquito spray?", "Đưa giúp tôi bình xịt muỗi được không?"),
    ("Where's the mosquito swatter?", "Cái vợt muỗi đâu rồi?"),
    ("Where are the mosquito coils?", "Hương muỗi đâu rồi?"),
    ("The mosquito swatter's battery is dead.", "Vợt muỗi hết pin rồi."),
    ("The mosquito swatter is out of battery.", "Vợt muỗi hết pin rồi."),
    # not: a verb not agreeing with who ("She don't", "He burn", "My mother are", "I has", "Where is the … coils",
    # "Is there any … coils"), asked of oneself, a pet, a day behind with "will", a coil lit with no time, swatting
    # done or told, "Burn a mosquito coil.", "please" told, spraying with no room in mt/pests.py's shapes,
    # repellent had (mt/outdoors.py), the coil's smell (mt/smells.py), the other way's language
    ("She don't burn mosquito coils.", None), ("He burn mosquito coils every night.", None),
    ("My mother are lighting a mosquito coil.", None), ("I has lit a mosquito coil.", None),
    ("Where is the mosquito coils?", None), ("Is there any mosquito coils left?", None),
    ("Do I burn mosquito coils?", None), ("Am I lighting a mosquito coil?", None),
    ("My dog is swatting mosquitoes.", None), ("I'll plug in the mosquito repellent yesterday.", None),
    ("Lan lit a mosquito coil.", None), ("She swatted mosquitoes.", None), ("Swat the mosquitoes.", None),
    ("Burn a mosquito coil.", None), ("Light the mosquito coil, please.", None),
    ("Please plug in the mosquito repellent.", None), ("He's spraying for mosquitoes.", None),
    ("We need to spray for mosquitoes.", None), ("Have you sprayed for mosquitoes yet?", None),
    ("Do you have any mosquito repellent?", None), ("The mosquito coil smells bad.", None),
    ("Tối nào mẹ tôi cũng đốt hương muỗi.", None),
    # "yet" on a statement said, not denied (not English: "I've lit … yet.")
    ("I've lit a mosquito coil yet.", None), ("She has lit a mosquito coil yet.", None),
    ("We've plugged in the mosquito repellent yet.", None), ("He's just lit a mosquito coil yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
