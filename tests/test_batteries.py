"""A device's battery: dead, low, charging, fully charged, what is left, and who charges it or where, both ways
(mt/batteries.py)."""
import pytest

from mt.batteries import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My phone battery is weak.", "My phone is low.", "The battery is weak."
    ("Pin điện thoại tôi yếu rồi.", "My phone is low on battery."),
    ("Điện thoại tôi pin yếu.", "My phone is low on battery."),
    ("Điện thoại tôi yếu pin rồi.", "My phone is low on battery."),
    ("Pin điện thoại tôi yếu lắm.", "My phone is very low on battery."),
    ("Pin của tôi yếu rồi.", "My battery is low."),
    ("Pin yếu rồi.", "The battery is low."),
    # v8: "My mother out of battery phone.", "His phone out of battery.", "Laptop of Lan out of battery.",
    # "My phone battery is out of."
    ("Điện thoại mẹ tôi hết pin rồi.", "My mother's phone is dead."),
    ("Điện thoại anh ấy hết pin rồi.", "His phone is dead."),
    ("Laptop của Lan hết pin rồi.", "Lan's laptop is dead."),
    ("Điện thoại của mẹ tôi sắp hết pin.", "My mother's phone is about to die."),
    ("Pin điện thoại của tôi sắp hết.", "My phone is about to die."),
    ("Điện thoại của tôi đang sạc.", "My phone is charging."),
    ("Máy ảnh của tôi đang sạc.", "My camera is charging."),
    # v8: "My phone is full of battery.", "My phone has charged with battery.", "Are you charged with your phone?"
    ("Điện thoại của tôi đầy pin rồi.", "My phone is fully charged."),
    ("Điện thoại của tôi đã sạc đầy pin.", "My phone is fully charged."),
    ("Điện thoại bạn đã sạc đầy chưa?", "Is your phone fully charged?"),
    ("Pin đầy rồi.", "The battery is full."),
    # v8: "My phone isn't charged."
    ("Điện thoại của tôi không sạc được.", "My phone won't charge."),
    # v8: "My phone is 5% of battery.", "I'm 10% of battery.", "How many percent of your phone are battery?",
    # "Are your phone battery?"
    ("Điện thoại của tôi còn 5% pin.", "My phone has 5% battery left."),
    ("Tôi còn 10% pin.", "I have 10% battery left."),
    ("Điện thoại bạn còn bao nhiêu phần trăm pin?", "How much battery does your phone have left?"),
    ("Bạn còn bao nhiêu phần trăm pin?", "How much battery do you have left?"),
    ("Điện thoại của bạn còn pin không?", "Does your phone have any battery left?"),
    # v8: "I'm chargeing the phone.", "Are you charging the phone?", "Do you charge the phone?"
    ("Tôi đang sạc điện thoại.", "I'm charging my phone."),
    ("Mẹ tôi đang sạc điện thoại.", "My mother is charging her phone."),
    ("Bác Hùng đang sạc điện thoại.", "Uncle Hung is charging his phone."),
    ("Bạn đã sạc điện thoại chưa?", "Have you charged your phone?"),
    ("Bạn sạc điện thoại chưa?", "Have you charged your phone?"),
    ("Chị ấy đã sạc điện thoại rồi.", "She's charged her phone."),
    ("Tôi cần sạc máy tính xách tay.", "I need to charge my laptop."),
    ("Mẹ tôi cần sạc điện thoại.", "My mother needs to charge her phone."),
    ("Tôi phải sạc điện thoại.", "I have to charge my phone."),
    ("Bạn có cần sạc điện thoại không?", "Do you need to charge your phone?"),
    # v8: "Could I charge the phone here?", "Where do I charge laptops?", "Where do I plugged out?", "Can I charge
    # here?"
    ("Tôi sạc điện thoại ở đây được không?", "Can I charge my phone here?"),
    ("Tôi có thể sạc điện thoại ở đây không?", "Can I charge my phone here?"),
    ("Bạn có thể sạc điện thoại ở đây.", "You can charge your phone here."),
    ("Tôi có thể sạc máy tính xách tay ở đâu?", "Where can I charge my laptop?"),
    ("Tôi có thể sạc máy ảnh ở đâu ạ?", "Where can I charge my camera?"),
    ("Tôi có thể cắm điện ở đâu?", "Where can I plug in?"),
    ("Tôi có thể cắm sạc ở đây không?", "Can I plug in my charger here?"),
    ("Tôi có thể cắm sạc điện thoại ở đâu?", "Where can I plug in my phone?"),
    # not: "hết pin" of the speaker's, the listener's or no one's device (mt/mishaps.py's) or of who; "anh" alone
    # saying it (may be the speaker); a name alone (his or her?); "sạc" with no device, after "có" (a charger had?)
    # or "quên"; "Pin" with "pin" again; "đầy" without "sạc" or "pin"; "đang sạc rồi"; a charger borrowed or brought;
    # the power off; a device switched off; asked without "không" or "chưa"
    ("Pin yếu rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Điện thoại của tôi hết pin rồi.", None), ("Điện thoại tôi sắp hết pin.", None),
    ("Điện thoại hết pin rồi.", None),
    ("Tôi hết pin rồi.", None), ("Anh đang sạc điện thoại.", None), ("Lan đang sạc điện thoại.", None),
    ("Tôi có thể sạc ở đây không?", None), ("Bạn có sạc điện thoại không?", None), ("Tôi quên sạc điện thoại.", None),
    ("Tôi đang sạc pin.", None), ("Pin điện thoại tôi hết pin rồi.", None), ("Điện thoại đầy rồi.", None),
    ("Điện thoại tôi đang sạc rồi.", None), ("Cho tôi mượn sạc được không?", None), ("Bạn có mang sạc không?", None),
    ("Mất điện rồi.", None), ("Điện thoại tôi tắt nguồn rồi.", None), ("Điện thoại tôi sạc đầy chưa.", None),
    ("Tôi có thể sạc điện thoại ở đâu không?", None), ("Điện thoại này bị hỏng.", None),
    # not: a device of "chúng tôi" or "họ" (our phone or our phones?)
    ("Chúng tôi có thể sạc máy ảnh ở đâu ạ?", None), ("Chúng tôi đang sạc điện thoại.", None),
    ("Họ cần sạc điện thoại.", None), ("Điện thoại của chúng tôi đang sạc.", None),
    ("Điện thoại họ hết pin rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Điện thoại của tôi sắp chết.", "Máy tính xách tay của tôi sắp chết.", "Điện thoại của tôi đang chết.",
    # "Điện thoại của tôi gần như đã chết."
    ("My phone is about to die.", "Điện thoại của tôi sắp hết pin."),
    ("My mother's phone is about to die.", "Điện thoại của mẹ tôi sắp hết pin."),
    ("My laptop is about to die.", "Máy tính xách tay của tôi sắp hết pin."),
    ("My phone is dying.", "Điện thoại của tôi sắp hết pin."),
    ("My phone is almost dead.", "Điện thoại của tôi sắp hết pin."),
    # v8: "Pin của tôi thấp.", "Điện thoại của tôi thấp trên pin.", "Điện thoại của tôi đang chạy thấp."
    ("My battery is low.", "Tôi sắp hết pin."),
    ("My phone's battery is low.", "Điện thoại của tôi sắp hết pin."),
    ("My phone is low on battery.", "Điện thoại của tôi sắp hết pin."),
    ("My phone is running low.", "Điện thoại của tôi sắp hết pin."),
    ("My laptop battery is low.", "Máy tính xách tay của tôi sắp hết pin."),
    ("The battery is low.", "Pin yếu rồi."),
    # v8: "Chiếc điện thoại của anh ấy đã chết.", "Máy tính xách tay của Lan đã chết.", "Điện thoại của tôi vừa chết.",
    # "Pin của tôi đã chết."
    ("His phone is dead.", "Điện thoại của anh ấy hết pin rồi."),
    ("Lan's laptop is dead.", "Máy tính xách tay của Lan hết pin rồi."),
    ("My phone just died.", "Điện thoại của tôi vừa hết pin."),
    ("My battery is dead.", "Tôi hết pin rồi."),
    ("The battery is dead.", "Hết pin rồi."),
    ("My camera is charging.", "Máy ảnh của tôi đang sạc."),
    # v8: "Điện thoại của tôi đầy đủ đã sạc đầy.", "Điện thoại của tôi bị sạc.", "Pin của tôi đầy đủ."
    ("My phone is fully charged.", "Điện thoại của tôi đã sạc đầy pin rồi."),
    ("My phone is charged.", "Điện thoại của tôi đã sạc đầy pin rồi."),
    ("My battery is full.", "Pin của tôi đầy rồi."),
    ("Is your phone fully charged?", "Điện thoại của bạn đã sạc đầy chưa?"),
    # v8: "Chiếc điện thoại của tôi sẽ không sạc.", "Điện thoại của tôi không phải đang sạc."
    ("My phone won't charge.", "Điện thoại của tôi không sạc được."),
    ("My phone isn't charging.", "Điện thoại của tôi không sạc được."),
    # v8: "Bạn đã bỏ pin bao nhiêu?", "Tôi có 10% pin trái."
    ("How much battery does your phone have left?", "Điện thoại của bạn còn bao nhiêu phần trăm pin?"),
    ("How much battery do you have left?", "Bạn còn bao nhiêu phần trăm pin?"),
    ("I have 10% battery left.", "Tôi còn 10% pin."),
    ("She has 20% battery left.", "Cô ấy còn 20% pin."),
    ("My phone has 5% battery left.", "Điện thoại của tôi còn 5% pin."),
    ("Does your phone have any battery left?", "Điện thoại của bạn còn pin không?"),
    # v8: "Bạn có sạc điện thoại của mình không?", "Mẹ tôi cần sạc điện thoại của cô ấy."
    ("I'm charging my phone.", "Tôi đang sạc điện thoại."),
    ("Lan is charging her laptop.", "Lan đang sạc máy tính xách tay."),
    ("Did you charge your phone?", "Bạn đã sạc điện thoại chưa?"),
    ("Has she charged her phone yet?", "Cô ấy đã sạc điện thoại chưa?"),
    ("I've charged my phone.", "Tôi đã sạc điện thoại rồi."),
    ("My mother needs to charge her phone.", "Mẹ tôi cần sạc điện thoại."),
    ("Do you need to charge your phone?", "Bạn có cần sạc điện thoại không?"),
    # v8: "Tôi có thể cắm nó vào đâu?", "Tôi có thể cắm vào cục sạc của tôi không?", "Có thể cắm điện thoại của tôi ở
    # đây không?"
    ("Can I charge my laptop here?", "Tôi có thể sạc máy tính xách tay ở đây không?"),
    ("Where can I charge my laptop?", "Tôi có thể sạc máy tính xách tay ở đâu?"),
    ("Where can I plug it in?", "Tôi có thể cắm điện ở đâu?"),
    ("Where can I plug in my charger?", "Tôi có thể cắm sạc ở đâu?"),
    ("Can I plug my phone in here?", "Tôi có thể cắm sạc điện thoại ở đây không?"),
    # not: "is", "needs", "has", "does" not agreeing with who; someone else's device charged, or "his" of a mother;
    # "full" of a device, "charged" of a battery; "died" of a device (broken?); "here" with "where"; a charger
    # borrowed or forgotten; the power off; "out of battery" (the phrasebook's, mt/mishaps.py's)
    ("My phone are dead.", None), ("She are charging her phone.", None), ("I needs to charge my phone.", None),
    ("He need to charge his phone.", None), ("Does you have any battery left?", None),
    ("She have 20% battery left.", None), ("Have she charged her phone?", None), ("She is charging my phone.", None),
    ("My mother is charging his phone.", None), ("Can I charge your phone here?", None), ("My phone is full.", None),
    ("My battery is charged.", None), ("My phone died.", None), ("Where can I charge my phone here?", None),
    ("Can I borrow your charger?", None), ("I forgot my charger.", None), ("The power is out.", None),
    ("I'm almost out of battery.", None), ("My phone isn't dead.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Pin yếu rồi.", "vi", "fr") is None


@pytest.mark.parametrize("text, said", [
    # v8: "I forgot my charger battery.", "Last night, I forgot my charger phone.", "Are you forgot your charger phone?"
    ("Tôi quên sạc pin.", "I forgot to charge my battery."),
    ("Tối qua tôi quên sạc điện thoại.", "I forgot to charge my phone last night."),
    ("Tôi quên không sạc điện thoại.", "I forgot to charge my phone."),
    ("Mẹ tôi quên chưa sạc điện thoại.", "My mother forgot to charge her phone."),
    ("Hôm qua anh ấy quên không sạc laptop.", "He forgot to charge his laptop yesterday."),
    ("Đêm qua anh ấy quên sạc laptop.", "He forgot to charge his laptop last night."),
    ("Chị ấy quên mất không sạc máy ảnh.", "She forgot to charge her camera."),
    ("Bác Lan quên sạc pin điện thoại tối qua.", "Aunt Lan forgot to charge her phone battery last night."),
    ("Bạn quên sạc pin à?", "Did you forget to charge your battery?"),
    ("Anh quên không sạc điện thoại à?", "Did you forget to charge your phone?"),
    ("Sáng nay tôi đã quên không sạc máy tính xách tay.", "I forgot to charge my laptop this morning."),
    ("Tôi quên không sạc pin máy ảnh.", "I forgot to charge my camera battery."),
    # v8: "My phone chargeless forever.", "My phone has long been charged.", "His Laptop charge forever."
    ("Điện thoại tôi sạc mãi không đầy.", "My phone never charges fully."),
    ("Điện thoại tôi sạc lâu đầy.", "My phone takes a long time to charge."),
    ("Điện thoại của mẹ tôi sạc mãi mới đầy.", "My mother's phone takes forever to charge."),
    ("Laptop của anh ấy sạc rất lâu mới đầy.", "His laptop takes a long time to charge."),
    ("Pin điện thoại tôi sạc chậm quá.", "My phone battery charges so slowly."),
    ("Máy ảnh của Lan sạc không đầy.", "Lan's camera won't charge fully."),
    ("Máy ảnh của anh ấy sạc lâu quá.", "His camera takes so long to charge."),
    # v8: "My phone battery is bottled.", "Do you have a bottle?"
    ("Pin điện thoại tôi chai rồi.", "My phone battery is worn out."),
    ("Pin điện thoại tôi bị chai.", "My phone battery is worn out."),
    ("Pin laptop của tôi bị chai rồi.", "My laptop battery is worn out."),
    ("Điện thoại mẹ tôi bị chai pin rồi.", "My mother's phone battery is worn out."),
    ("Pin điện thoại bạn có bị chai không?", "Is your phone battery worn out?"),
    ("Pin máy tính xách tay của anh ấy bị chai rồi.", "His laptop battery is worn out."),
    ("Pin của tôi chai rồi.", "My battery is worn out."),
    ("Pin chai rồi.", "The battery is worn out."),
    # v8: "My phone battery is all fast.", "My motherphone out of battery is too fast."
    ("Pin điện thoại tôi nhanh hết.", "My phone battery drains fast."),
    ("Điện thoại mẹ tôi hết pin nhanh quá.", "My mother's phone battery drains really fast."),
    ("Pin điện thoại của Lan hết nhanh lắm.", "Lan's phone battery drains really fast."),
    ("Laptop của tôi nhanh hết pin.", "My laptop battery drains fast."),
    ("Pin điện thoại bạn có nhanh hết không?", "Does your phone battery drain fast?"),
    # not: "quên sạc điện thoại" with no day, "không" or "chưa" (a phone charger?), "quên sạc" alone or at a place;
    # a day ahead; "nhỉ"; several forgetting; a name alone or a child (his or her?); "máy tính" (a desktop?); a "?"
    # without "à" or "không"; "rồi" after draining (ran out once?); "hết" or "chai" without "pin", or of a person, a
    # hand, a bottle; "chai quá"; "có" without "không"
    ("Tôi quên sạc điện thoại à?", None), ("Ngày mai tôi quên sạc điện thoại.", None), ("Tôi quên sạc pin nhỉ.", None),
    ("Chúng tôi quên sạc pin.", None), ("Lan quên sạc pin.", None), ("Đêm qua, con tôi quên sạc điện thoại.", None),
    ("Tôi quên sạc pin?", None), ("Tôi quên sạc máy tính.", None), ("Tôi quên sạc điện thoại ở nhà.", None),
    ("Tôi quên sạc rồi.", None), ("Điện thoại tôi sạc mãi không đầy à?", None),
    ("Pin điện thoại tôi nhanh hết rồi.", None), ("Điện thoại tôi nhanh hết.", None),
    ("Điện thoại tôi hết pin nhanh rồi.", None), ("Tôi sạc mãi không đầy.", None), ("Anh ấy chai rồi.", None),
    ("Tay tôi bị chai.", None), ("Một chai bia.", None), ("Điện thoại tôi chai rồi.", None),
    ("Pin điện thoại tôi bị chai?", None), ("Pin máy tính tôi chai rồi.", None), ("Pin điện thoại tôi chai quá.", None),
    ("Pin điện thoại tôi có chai.", None), ("Pin điện thoại tôi chai pin rồi.", None),
    ("My phone battery is worn out.", None),
    # not: "quên sạc" a device, or its battery, with a day but no night (a charger forgotten this morning?); "quá",
    # "lắm" asked (too fast?); a device of "chúng tôi" or "họ" (our phone or our phones?)
    ("Tôi quên sạc pin máy ảnh.", None), ("Bố tôi quên sạc pin điện thoại.", None),
    ("Hôm qua tôi quên sạc máy ảnh.", None), ("Hôm nay tôi quên sạc điện thoại.", None),
    ("Sáng nay tôi quên sạc laptop.", None), ("Hôm qua anh ấy quên sạc laptop.", None),
    ("Sáng nay tôi đã quên sạc máy tính xách tay.", None), ("Hôm qua tôi quên sạc pin điện thoại.", None),
    ("Pin điện thoại bạn có hết nhanh quá không?", None), ("Điện thoại bạn có hết pin nhanh lắm không?", None),
    ("Điện thoại chúng tôi sạc lâu quá.", None), ("Điện thoại họ sạc chậm.", None),
    ("Pin điện thoại của họ chai rồi.", None), ("Điện thoại chúng ta hết pin nhanh quá.", None),
])
def test_vi_en_forgot_slow_worn(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi quên sạc điện thoại tối qua.", "Mẹ tôi quên sạc điện thoại của cô ấy.", "Bạn có quên sạc điện thoại của
    # mình không?"
    ("I forgot to charge my phone.", "Tôi quên sạc điện thoại."),
    ("I forgot to charge my phone last night.", "Tối qua tôi quên sạc điện thoại."),
    ("My mother forgot to charge her phone.", "Mẹ tôi quên sạc điện thoại."),
    ("Did you forget to charge your phone?", "Bạn quên sạc điện thoại à?"),
    ("We forgot to charge our phones.", "Chúng tôi quên sạc điện thoại."),
    ("He forgot to charge his laptop battery yesterday.", "Hôm qua anh ấy quên sạc pin máy tính xách tay."),
    ("Lan forgot to charge her phone.", "Lan quên sạc điện thoại."),
    ("I forgot to charge my battery.", "Tôi quên sạc pin."),
    # v8: "Điện thoại của tôi mất thời gian để sạc.", "Điện thoại của tôi mất một thời gian dài để sạc.", "Máy tính xách
    # tay của tôi chưa bao giờ cáo buộc đầy đủ."
    ("My phone takes ages to charge.", "Điện thoại của tôi sạc mãi mới đầy."),
    ("My phone takes a long time to charge.", "Điện thoại của tôi sạc rất lâu mới đầy."),
    ("My laptop never charges fully.", "Máy tính xách tay của tôi sạc mãi không đầy."),
    ("My phone battery takes forever to charge.", "Pin điện thoại của tôi sạc mãi mới đầy."),
    ("Her phone charges really slowly.", "Điện thoại của cô ấy sạc rất chậm."),
    ("My mother's laptop won't charge fully.", "Máy tính xách tay của mẹ tôi sạc không đầy."),
    ("My phone won’t charge fully.", "Điện thoại của tôi sạc không đầy."),
    # v8: "Pin điện thoại của tôi đã mặc định.", "Pin điện thoại của bạn đã mặc định không?"
    ("My phone battery is worn out.", "Pin điện thoại của tôi bị chai rồi."),
    ("My phone's battery is worn out.", "Pin điện thoại của tôi bị chai rồi."),
    ("Is your phone battery worn out?", "Pin điện thoại của bạn có bị chai không?"),
    ("My battery is worn out.", "Pin của tôi bị chai rồi."),
    ("Lan's laptop battery is worn out.", "Pin máy tính xách tay của Lan bị chai rồi."),
    ("The battery's worn out.", "Pin bị chai rồi."),
    # v8: "Pin điện thoại của tôi nhanh chóng.", "Pin máy tính xách tay của bạn nhanh chóng không?"
    ("My phone battery drains fast.", "Pin điện thoại của tôi nhanh hết."),
    ("Does your laptop battery drain quickly?", "Pin máy tính xách tay của bạn có nhanh hết không?"),
    ("My mother's phone battery drains really fast.", "Pin điện thoại của mẹ tôi nhanh hết quá."),
    ("Our camera battery drains fast.", "Pin máy ảnh của chúng tôi nhanh hết."),
    # not: someone else's device; "forget" without "did", "forgot" with it; a day ahead; verbs not agreeing; asked
    # of "is" and "does" crossed; a device, a person or shoes worn out or draining (not a battery); a "?" on a
    # statement, a "." on a question
    ("I forgot to charge your phone.", None), ("She forgot to charge my phone.", None),
    ("Did you forgot to charge your phone?", None), ("You forget to charge your phone.", None),
    ("I forgot to charge my phone tomorrow.", None), ("My phone take ages to charge.", None),
    ("Does my phone take ages to charge?", None), ("My phone is worn out.", None), ("My phone drains fast.", None),
    ("My phone battery drain fast.", None), ("Is your phone battery drains fast?", None),
    ("Does your phone battery worn out?", None), ("My phone battery worn out.", None), ("I am worn out.", None),
    ("My shoes are worn out.", None), ("Is your phone battery worn out.", None),
    ("My phone battery is worn out?", None), ("Pin điện thoại tôi chai rồi.", None),
    # not: "so", "really" asked (too fast?)
    ("Does your phone battery drain so fast?", None), ("Does your phone battery drain really fast?", None),
])
def test_en_vi_forgot_slow_worn(text, said):
    assert translate(text, "en", "vi") == said
