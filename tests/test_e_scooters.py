"""Electric scooters and e-bikes: bought, run out of battery on the way, charged, how long charging takes, how far one
goes on a charge, and an old battery, both ways (mt/e_scooters.py)."""
import pytest

from mt.e_scooters import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My father bought electricity.", "I just bought electrical vehicles.", "Have you bought an electric car?",
    # "We haven't bought electric vehicles."
    ("Bố tôi mua xe điện.", "My father bought an electric scooter."),
    ("Tôi vừa mua xe điện.", "I just bought an electric scooter."),
    ("Lan mới mua xe đạp điện.", "Lan just bought an e-bike."),
    ("Tôi mua xe điện mới.", "I bought a new electric scooter."),
    ("Bác Hùng đã mua xe điện rồi.", "Uncle Hung has already bought an electric scooter."),
    ("Bạn đã mua xe điện chưa?", "Have you bought an electric scooter yet?"),
    ("Chúng tôi chưa mua xe điện.", "We haven't bought an electric scooter yet."),
    ("Tôi muốn mua xe điện.", "I want to buy an electric scooter."),
    ("Mẹ tôi không muốn mua xe điện.", "My mother doesn't want to buy an electric scooter."),
    ("Anh ấy đang định mua xe điện.", "He's thinking of buying an electric scooter."),
    ("Bạn có muốn mua xe điện không?", "Do you want to buy an electric scooter?"),
    # v8: "My power car out of battery between the line.", "My mother's electrical bicycle is out of battery between
    # the road.", "My car is out of battery.", "My car is about out of battery."
    ("Xe điện của tôi hết pin giữa đường.", "My electric scooter ran out of battery on the way."),
    ("Xe đạp điện của mẹ tôi bị hết pin giữa đường.", "My mother's e-bike ran out of battery on the way."),
    ("Hôm qua xe điện của tôi hết pin giữa đường.", "My electric scooter ran out of battery on the way yesterday."),
    ("Sáng nay xe đạp điện của Lan hết pin trên đường đi làm.",
     "Lan's e-bike ran out of battery on the way to work this morning."),
    ("Xe máy điện của bố tôi hết pin trên đường về nhà.", "My father's electric scooter ran out of battery on the way "
     "home."),
    ("Xe điện của tôi hết pin rồi.", "My electric scooter has run out of battery."),
    ("Xe điện của bạn vừa hết pin.", "Your electric scooter has just run out of battery."),
    ("Xe điện của tôi sắp hết pin.", "My electric scooter is almost out of battery."),
    # v8: "I'm chargeing electricity.", "Did you charge electricity?", "I have to charge electricity every day.", "I
    # forgot not charge of electricity.", "He plugged on the phone."
    ("Tôi đang sạc xe điện.", "I'm charging my electric scooter."),
    ("Bạn đã sạc xe điện chưa?", "Have you charged your electric scooter yet?"),
    ("Tôi phải sạc xe điện mỗi ngày.", "I have to charge my electric scooter every day."),
    ("Mẹ tôi phải sạc xe đạp điện mỗi tối.", "My mother has to charge her e-bike every evening."),
    ("Bạn có cần sạc xe điện không?", "Do you need to charge your electric scooter?"),
    ("Tôi quên không sạc xe điện.", "I forgot to charge my electric scooter."),
    ("Anh ấy cắm sạc xe điện rồi.", "He's plugged in his electric scooter."),
    ("Bố tôi vừa sạc xe máy điện.", "My father has just charged his electric scooter."),
    ("Cô ấy chưa sạc xe đạp điện.", "She hasn't charged her e-bike yet."),
    ("Tôi sạc xe điện mỗi ngày.", "I charge my electric scooter every day."),
    ("Tôi quên cắm sạc xe điện.", "I forgot to plug in my electric scooter."),
    # v8: "How long does the power car?", "How long are the bicycles?", "Acquisition of electricity lost about six
    # hours.", "My power car charges for six hours."
    ("Sạc xe điện mất bao lâu?", "How long does it take to charge an electric scooter?"),
    ("Sạc đầy xe đạp điện mất bao lâu?", "How long does it take to fully charge an e-bike?"),
    ("Sạc xe điện của bạn mất bao lâu vậy?", "How long does it take to charge your electric scooter?"),
    ("Sạc đầy xe điện mất khoảng sáu tiếng.", "It takes about six hours to fully charge an electric scooter."),
    ("Xe điện của tôi sạc đầy mất 6 tiếng.", "My electric scooter takes 6 hours to charge fully."),
    ("Xe điện sạc bao lâu thì đầy?", "How long does an electric scooter take to charge fully?"),
    # v8: "How many km do your car charge?", "My power car is 60 km a charge time.", "Land's electricity bicycles have
    # been four times a charge."
    ("Xe điện của bạn đi được bao nhiêu km một lần sạc?",
     "How many kilometres can your electric scooter go on one charge?"),
    ("Xe điện của tôi đi được 60 km một lần sạc.", "My electric scooter can go 60 km on one charge."),
    ("Xe đạp điện của Lan đi được bốn mươi cây số một lần sạc.", "Lan's e-bike can go forty kilometres on one charge."),
    ("Xe đạp điện này sạc đầy một lần đi được bao xa?", "How far can this e-bike go on a full charge?"),
    ("Xe điện của anh ấy đi được khoảng 50 km mỗi lần sạc.", "His electric scooter can go about 50 km per charge."),
    # v8: "My battery is old.", "My electrical bicycle is bottled.", "My car needs to replace battery."
    ("Pin xe điện của tôi cũ rồi.", "My electric scooter's battery is old."),
    ("Pin xe đạp điện của tôi bị chai rồi.", "My e-bike's battery is worn out."),
    ("Pin xe điện của bạn có bị chai không?", "Is your electric scooter's battery worn out?"),
    ("Xe điện của tôi cần thay pin.", "My electric scooter needs a new battery."),
    ("Xe đạp điện của bố bạn có cần thay pin không?", "Does your father's e-bike need a new battery?"),
    # not: the charger ("Bạn có sạc xe điện không?", "Tôi quên sạc xe điện."), a bare "sạc" (now, or a habit?), we
    # charging (one scooter or several?), a name's own (his or hers?), "anh" saying it, "I" asked, a pet as who, a "?"
    # on a statement, "thế" said, "nhỉ", an old battery said alone, "pin yếu" (low, or worn?), riding one (a tram?), a
    # bare "hết pin" (when?), a phone's battery, an electric car, the other way's language, nonsense
    ("Bạn có sạc xe điện không?", None), ("Tôi quên sạc xe điện.", None), ("Tôi sạc xe điện.", None),
    ("Chúng tôi phải sạc xe điện.", None), ("Lan sạc xe điện rồi.", None), ("Anh đã mua xe điện.", None),
    ("Tôi đã mua xe điện chưa?", None), ("Con chó của tôi mua xe điện.", None),
    ("Xe điện của tôi hết pin giữa đường?", None), ("Tôi muốn mua xe điện thế.", None),
    ("Xe điện của tôi hết pin giữa đường nhỉ.", None), ("Pin xe điện cũ.", None),
    ("Pin xe điện của tôi yếu rồi.", None),
    ("Tôi đi xe điện.", None), ("Xe điện của tôi hết pin.", None), ("Điện thoại của tôi hết pin giữa đường.", None),
    ("Bố tôi mua ô tô điện.", None), ("Bạn có muốn mua xe điện?", None), ("Em có muốn mua xe điện không ạ?", None),
    ("Xe điện của tôi đi được 60 km.", None), ("My electric scooter ran out of battery.", None),
    ("Xe điện xe điện xe điện.", None),
    # not: a pet's scooter (as my dog charging it is left)
    ("Xe điện của con chó tôi hết pin giữa đường.", None), ("Pin xe điện của con mèo tôi bị chai rồi.", None),
    ("Xe đạp điện của con chó tôi cần thay pin.", None), ("Sạc xe điện của con chó tôi mất bao lâu?", None),
    ("Xe điện của con mèo tôi đi được 20 km một lần sạc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha tôi mua một món khoa học điện." (science), "Bạn đã mua một nhà khoa học điện chưa?", "Chúng tôi chưa mua
    # một chiếc máy điện.", "Tôi muốn mua một món khoa học điện."
    ("My father bought an electric scooter.", "Bố tôi đã mua xe điện."),
    ("Lan has just bought an e-bike.", "Lan vừa mua xe đạp điện."),
    ("I've already bought a new electric scooter.", "Tôi đã mua xe điện mới rồi."),
    ("Have you bought an electric scooter yet?", "Bạn đã mua xe điện chưa?"),
    ("We haven't bought an electric scooter yet.", "Chúng tôi chưa mua xe điện."),
    ("She wants to buy an electric scooter.", "Cô ấy muốn mua xe điện."),
    ("Does he want to buy an e-bike?", "Anh ấy có muốn mua xe đạp điện không?"),
    ("My mother doesn't want to buy an electric bike.", "Mẹ tôi không muốn mua xe đạp điện."),
    ("I'm thinking of buying an electric motorbike.", "Tôi đang định mua xe máy điện."),
    # v8: "Cuộc scoter điện của tôi chạy ra pin trên đường.", "Chuyến chạy của mẹ ra khỏi pin trên đường.", "Máy scoter
    # điện của tôi đã chạy ra pin.", "Máy scoter điện của tôi gần như pin."
    ("My electric scooter ran out of battery on the way.", "Xe điện của tôi hết pin giữa đường."),
    ("My mother's e-bike ran out of battery on the way.", "Xe đạp điện của mẹ tôi hết pin giữa đường."),
    ("My electric scooter ran out of battery on the way yesterday.", "Hôm qua xe điện của tôi hết pin giữa đường."),
    ("His e-bike ran out of charge on the way home.", "Xe đạp điện của anh ấy hết pin trên đường về nhà."),
    ("My e-bike just ran out of battery on the way to work.", "Xe đạp điện của tôi vừa hết pin trên đường đi làm."),
    ("My electric scooter has run out of battery.", "Xe điện của tôi hết pin rồi."),
    ("My electric scooter is almost out of battery.", "Xe điện của tôi sắp hết pin."),
    ("Your e-bike's running out of battery.", "Xe đạp điện của bạn sắp hết pin."),
    # v8: "Tôi đang sạc khoa học điện của tôi.", "Bạn đã sạc đầy khoa học điện của mình chưa?", "Tôi quên tính phí khoa
    # học điện của tôi." (a fee), "Anh ấy đã cắm điện trong khoa học điện."
    ("I'm charging my electric scooter.", "Tôi đang sạc xe điện."),
    ("Have you charged your electric scooter yet?", "Bạn đã sạc xe điện chưa?"),
    ("I have to charge my electric scooter every day.", "Tôi phải sạc xe điện mỗi ngày."),
    ("My mother needs to charge her e-bike.", "Mẹ tôi cần sạc xe đạp điện."),
    ("Does she need to charge her e-bike?", "Cô ấy có cần sạc xe đạp điện không?"),
    ("I forgot to charge my electric scooter.", "Tôi quên không sạc xe điện."),
    ("He has plugged in his electric scooter.", "Anh ấy cắm sạc xe điện rồi."),
    ("She charges her e-bike every day.", "Cô ấy sạc xe đạp điện mỗi ngày."),
    ("We haven't charged our electric scooter yet.", "Chúng tôi chưa sạc xe điện."),
    ("Lan has to charge her e-bike.", "Lan phải sạc xe đạp điện."),
    # v8: "Phải sạc một chiếc máy điện trong bao lâu?", "Phải sạc đầy thời gian bao lâu?", "Phải mất khoảng 6 tiếng đồng
    # hồ để sạc đầy một scoter điện."
    ("How long does it take to charge an electric scooter?", "Sạc xe điện mất bao lâu?"),
    ("How long does it take to fully charge an e-bike?", "Sạc đầy xe đạp điện mất bao lâu?"),
    ("It takes about six hours to fully charge an electric scooter.", "Sạc đầy xe điện mất khoảng sáu tiếng."),
    ("It takes an hour to charge my e-bike.", "Sạc xe đạp điện của tôi mất một tiếng."),
    ("How long does it take to charge your electric scooter fully?", "Sạc đầy xe điện của bạn mất bao lâu?"),
    ("It takes 8 hours to charge Lan's e-bike.", "Sạc xe đạp điện của Lan mất 8 tiếng."),
    # v8: "Có bao nhiêu kilometres có thể máy bay của bạn đi trên một nhiệm vụ?" (a plane), "Cho đến nay bạn có thể tích
    # lũy bao nhiêu tiền?" (money), "Máy bay điện của tôi có thể đi 60 km về một nhiệm vụ."
    ("How many kilometres can your electric scooter go on one charge?",
     "Xe điện của bạn đi được bao nhiêu km một lần sạc?"),
    ("How far can your e-bike go on a single charge?", "Xe đạp điện của bạn đi được bao xa một lần sạc?"),
    ("My electric scooter can go 60 km on one charge.", "Xe điện của tôi đi được 60 km một lần sạc."),
    ("My e-bike goes 40 km on a full charge.", "Xe đạp điện của tôi đi được 40 km khi sạc đầy."),
    ("Lan's e-bike can travel about forty kilometres per charge.",
     "Xe đạp điện của Lan đi được khoảng bốn mươi cây số mỗi lần sạc."),
    # v8: "Pin điện của tôi già." (aged), "Pin điện tử của tôi được đeo ra.", "Máy scoter điện của tôi cần pin mới."
    ("My electric scooter's battery is old.", "Pin xe điện của tôi cũ rồi."),
    ("The battery of my e-bike is worn out.", "Pin xe đạp điện của tôi bị chai rồi."),
    ("Is your e-bike's battery worn out?", "Pin xe đạp điện của bạn có bị chai không?"),
    ("My electric scooter needs a new battery.", "Xe điện của tôi cần thay pin."),
    ("Does your e-bike need a new battery?", "Xe đạp điện của bạn có cần thay pin không?"),
    # not: a verb, "a" or a count not agreeing, another's scooter charged, "I" asked, a pet as who, a "?" on a
    # statement, "e-scooter" (a kick scooter?), an electric car, a bike, the scooter itself old, a day said first, the
    # other way's language, nonsense
    ("She want to buy an electric scooter.", None), ("Do he want to buy an e-bike?", None),
    ("She doesn't want to buy a e-bike.", None), ("She charge her e-bike every day.", None),
    ("It takes 1 hours to charge an e-bike.", None), ("My e-bike go 40 km on a full charge.", None),
    ("I charged your e-bike.", None), ("Have I charged my e-bike?", None), ("My dog bought an e-bike.", None),
    ("My electric scooter ran out of battery on the way?", None), ("I bought an e-scooter.", None),
    ("My father bought an electric car.", None), ("My bike ran out of battery on the way.", None),
    ("My electric scooter is old.", None), ("Yesterday my e-bike ran out of battery.", None),
    ("It takes six hours to fully charge my e-bike fully.", None),
    ("I charge my e-bike.", None), ("Xe điện của tôi hết pin giữa đường.", None),
    ("Electric scooter electric scooter.", None),
    # a name's own, where the name tells his from hers (mt.names.named_his_her); not: another's
    ("John is charging his e-bike.", "John đang sạc xe đạp điện."), ("John is charging her e-bike.", None),
    ("Mary has to charge his e-bike.", None), ("Has Tom charged her e-bike yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
