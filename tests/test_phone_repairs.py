"""A phone or a computer repaired: taken to be repaired, its screen or battery replaced or needing to be, what it costs,
when it can be picked up, its warranty, both ways (mt/phone_repairs.py)."""
import pytest

from mt.phone_repairs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to carry my phone instead.", "I bring computers fixed.", "My mother carried out his laptop.", "Have
    # you carried a modified phone yet?"
    ("Tôi phải mang điện thoại đi thay màn hình.", "I have to take my phone to get the screen replaced."),
    ("Tôi mang máy tính đi sửa rồi.", "I've taken my computer to be repaired."),
    ("Mẹ tôi đã mang laptop đi sửa.", "My mother took her laptop to be repaired."),
    ("Bạn đã mang điện thoại đi sửa chưa?", "Have you taken your phone to be repaired yet?"),
    ("Bạn mang điện thoại đi sửa chưa?", "Have you taken your phone to be repaired yet?"),
    ("Anh ấy vừa đem máy tính xách tay đi sửa.", "He's just taken his laptop to be repaired."),
    ("Cô ấy sẽ mang iPhone đi thay pin.", "She'll take her iPhone to get the battery replaced."),
    ("Tôi chưa mang điện thoại đi sửa.", "I haven't taken my phone to be repaired yet."),
    ("Bố tôi đang mang máy tính đi sửa.", "My father is taking his computer to be repaired."),
    ("Tôi đang mang điện thoại đi sửa.", "I'm taking my phone to be repaired."),
    ("Bạn nên mang điện thoại đi sửa.", "You should take your phone to be repaired."),
    ("Tôi có nên mang điện thoại đi sửa không?", "Should I take my phone to be repaired?"),
    ("Mẹ tôi có phải mang laptop đi sửa không?", "Does my mother have to take her laptop to be repaired?"),
    ("Chị gái tôi cần đưa máy ảnh đi sửa.", "My sister needs to take her camera to be repaired."),
    ("Tôi muốn mang máy tính bảng đi thay màn hình.", "I want to take my tablet to get the screen replaced."),
    # v8: "I need to replace my phone.", "He has just replaced the phone battery."
    ("Tôi cần thay màn hình điện thoại.", "I need to get my phone screen replaced."),
    ("Anh ấy vừa thay pin điện thoại.", "He's just had his phone battery replaced."),
    ("Mẹ tôi đã thay pin laptop.", "My mother had her laptop battery replaced."),
    ("Tôi thay màn hình điện thoại rồi.", "I've had my phone screen replaced."),
    ("Bạn có muốn thay màn hình điện thoại không?", "Do you want to get your phone screen replaced?"),
    ("Cô ấy phải thay pin cho iPhone.", "She has to get her iPhone battery replaced."),
    ("Bạn đã thay màn hình điện thoại chưa?", "Have you had your phone screen replaced yet?"),
    # v8: "My phone must replace battery.", "My mother's Laptop needs to replace the screen."
    ("Điện thoại tôi phải thay pin.", "My phone needs a new battery."),
    ("Laptop của mẹ tôi cần thay màn hình.", "My mother's laptop needs a new screen."),
    ("Điện thoại của Lan cần thay pin mới.", "Lan's phone needs a new battery."),
    ("Điện thoại này cần thay màn hình.", "This phone needs a new screen."),
    ("Điện thoại tôi có cần thay pin không?", "Does my phone need a new battery?"),
    ("Máy tính của anh ấy không cần thay màn hình.", "His computer doesn't need a new screen."),
    # v8: "How much money does the screen?", "How much do the phone?", "How much do the laptop fixes?"
    ("Thay màn hình hết bao nhiêu tiền?", "How much does it cost to replace the screen?"),
    ("Thay pin hết bao nhiêu?", "How much does it cost to replace the battery?"),
    ("Thay pin điện thoại hết bao nhiêu tiền?", "How much does it cost to replace a phone battery?"),
    ("Thay màn hình iPhone bao nhiêu tiền vậy?", "How much does it cost to replace an iPhone screen?"),
    ("Sửa laptop mất bao nhiêu tiền?", "How much does it cost to repair a laptop?"),
    # v8: "Now I get the phone?", "When would I get the computer?", "When will my phone finish?"
    ("Bao giờ tôi lấy được điện thoại?", "When can I pick up my phone?"),
    ("Khi nào tôi có thể lấy máy tính?", "When can I pick up my computer?"),
    ("Khi nào tôi lấy lại được máy tính?", "When can I get my computer back?"),
    ("Bao giờ thì mẹ tôi lấy được laptop?", "When can my mother pick up her laptop?"),
    ("Bao giờ bạn lấy lại điện thoại được?", "When can you get your phone back?"),
    ("Bao giờ điện thoại của tôi sửa xong?", "When will my phone be repaired?"),
    ("Khi nào máy tính này được sửa xong?", "When will this computer be repaired?"),
    # v8: "Is my phone warranty?", "My computer is still warranted.", "My mother's phone is all warranty."
    ("Điện thoại tôi còn bảo hành không?", "Is my phone still under warranty?"),
    ("Laptop của bạn có còn bảo hành không?", "Is your laptop still under warranty?"),
    ("Máy tính của tôi vẫn còn bảo hành.", "My computer is still under warranty."),
    ("Điện thoại của mẹ tôi hết bảo hành rồi.", "My mother's phone is out of warranty."),
    ("Điện thoại của Lan đã hết bảo hành.", "Lan's phone is out of warranty."),
    ("Điện thoại tôi không còn bảo hành nữa.", "My phone is no longer under warranty."),
    # not: a plain "mang … đi sửa" (now, done, a habit?), "máy" alone, "we" (one device, or one each?), a name alone
    # taking theirs (his or hers?), another's device, "đang thay" (oneself?), a camera's battery, who asking what it
    # cost ("Bạn thay …": did, or would?), "I" asked whether they did it, a pet, "nhỉ", "chưa?" of a warranty, a "?"
    # on a statement, "có" with no "không", no "được" or "có thể", a device broken or fixed by someone (mt/broken.py)
    ("Tôi mang điện thoại đi sửa.", None), ("Tôi mang máy đi sửa rồi.", None),
    ("Chúng tôi mang máy tính đi sửa rồi.", None), ("Lan mang điện thoại đi sửa rồi.", None),
    ("Anh ấy mang điện thoại của tôi đi sửa rồi.", None), ("Tôi đang thay pin điện thoại.", None),
    ("Tôi cần thay pin máy ảnh.", None), ("Bạn thay màn hình hết bao nhiêu tiền?", None),
    ("Tôi đã mang điện thoại đi sửa chưa?", None), ("Con mèo của tôi mang điện thoại đi sửa rồi.", None),
    ("Điện thoại tôi còn bảo hành nhỉ.", None), ("Điện thoại tôi còn bảo hành chưa?", None),
    ("Tôi mang điện thoại đi sửa rồi?", None), ("Tôi có mang điện thoại đi sửa.", None),
    ("Bao giờ tôi lấy điện thoại?", None), ("Bao giờ Lan lấy được điện thoại?", None),
    ("Máy tôi còn bảo hành không?", None), ("Điện thoại chúng tôi cần thay pin.", None),
    ("Anh mang điện thoại đi sửa rồi.", None), ("Điện thoại tôi bị hỏng.", None),
    ("Bạn có thể sửa điện thoại không?", None), ("Thay dầu hết bao nhiêu tiền?", None),
    ("Tôi lấy được điện thoại rồi.", None), ("Điện thoại tôi phải thay pin rồi.", None),
    ("I need to get my phone screen replaced.", None), ("Sửa sửa sửa.", None),
    # a camera taken to get its battery replaced (swapped, not replaced at a shop), as _PART leaves it
    ("Tôi mang máy ảnh đi thay pin rồi.", None), ("Bố tôi sẽ đem máy ảnh đi thay pin.", None),
    ("Bạn có muốn mang máy ảnh đi thay pin không?", None),
    ("Tôi mang máy ảnh đi thay màn hình rồi.", "I've taken my camera to get the screen replaced."),
    # "vậy", "thế" ending a statement say more than English would ("… sửa rồi vậy.": then; "… thay pin thế.": so)
    ("Tôi mang điện thoại đi sửa rồi vậy.", None), ("Điện thoại tôi còn bảo hành vậy.", None),
    ("Điện thoại tôi cần thay pin thế.", None), ("Điện thoại tôi hết bảo hành rồi thế!", None),
    ("Bạn đã mang điện thoại đi sửa chưa vậy?", "Have you taken your phone to be repaired yet?"),
    ("Thay pin hết bao nhiêu tiền thế?", "How much does it cost to replace the battery?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải lấy điện thoại để thay thế màn hình.", "Tôi đã lấy máy tính của tôi để sửa chữa." (took it),
    # "Mẹ tôi lấy máy tính xách tay của mình để sửa chữa.", "Bạn có lấy điện thoại để sửa chữa chưa?"
    ("I have to take my phone to get the screen replaced.", "Tôi phải mang điện thoại đi thay màn hình."),
    ("I've taken my computer to be repaired.", "Tôi mang máy tính đi sửa rồi."),
    ("I took my laptop to be repaired.", "Tôi đã mang máy tính xách tay đi sửa."),
    ("My mother took her laptop to be repaired.", "Mẹ tôi đã mang máy tính xách tay đi sửa."),
    ("Have you taken your phone to be repaired yet?", "Bạn đã mang điện thoại đi sửa chưa?"),
    ("She's taken her laptop to be repaired.", "Cô ấy mang máy tính xách tay đi sửa rồi."),
    ("She's taking her laptop in to be fixed.", "Cô ấy đang mang máy tính xách tay đi sửa."),
    ("He'll take his phone to get the battery replaced.", "Anh ấy sẽ mang điện thoại đi thay pin."),
    ("I haven't taken my phone to be repaired yet.", "Tôi chưa mang điện thoại đi sửa."),
    ("Does she have to take her phone to be repaired?", "Cô ấy có phải mang điện thoại đi sửa không?"),
    ("Should I take my laptop to get it fixed?", "Tôi có nên mang máy tính xách tay đi sửa không?"),
    ("My father needs to take his computer to be repaired.", "Bố tôi cần mang máy tính đi sửa."),
    ("You should take your tablet to get a new screen.",
     "Bạn nên mang máy tính bảng đi thay màn hình."),
    # v8: "Tôi cần có màn hình điện thoại của tôi thay thế.", "Anh ấy vừa mới có pin điện thoại."
    ("I need to get my phone screen replaced.", "Tôi cần thay màn hình điện thoại."),
    ("He's just had his phone battery replaced.", "Anh ấy vừa thay pin điện thoại."),
    ("My mother had her laptop battery replaced.", "Mẹ tôi đã thay pin máy tính xách tay."),
    ("I've had my iPhone screen replaced.", "Tôi thay màn hình iPhone rồi."),
    ("Do you need to get your phone's battery replaced?", "Bạn có cần thay pin điện thoại không?"),
    ("Have you had your phone screen replaced yet?", "Bạn đã thay màn hình điện thoại chưa?"),
    ("My sister wants to have her phone screen replaced.", "Em gái tôi muốn thay màn hình điện thoại."),
    # v8: "Điện thoại của tôi cần pin mới.", "Máy tính xách tay của bạn có cần màn hình mới không?"
    ("My phone needs a new battery.", "Điện thoại tôi cần thay pin."),
    ("Does your laptop need a new screen?", "Máy tính xách tay bạn có cần thay màn hình không?"),
    ("My mother's phone needs a new screen.", "Điện thoại của mẹ tôi cần thay màn hình."),
    ("Lan's iPhone doesn't need a new battery.", "iPhone của Lan không cần thay pin."),
    ("This computer needs a new screen.", "Máy tính này cần thay màn hình."),
    # v8: "Nó tốn bao nhiêu tiền để thay thế màn hình?", "Nó tốn bao nhiêu tiền để thay thế pin điện thoại?"
    ("How much does it cost to replace the screen?", "Thay màn hình hết bao nhiêu tiền?"),
    ("How much does it cost to replace a phone battery?", "Thay pin điện thoại hết bao nhiêu tiền?"),
    ("How much is it to replace an iPhone screen?", "Thay màn hình iPhone hết bao nhiêu tiền?"),
    ("How much does it cost to repair a laptop?", "Sửa máy tính xách tay hết bao nhiêu tiền?"),
    ("How much does it cost to fix an iPad?", "Sửa iPad hết bao nhiêu tiền?"),
    # v8: "Khi nào tôi có thể chọn điện thoại của tôi được không?" (choose), "… lấy máy tính xách tay của mình trở
    # lại?", "Điện thoại của tôi sẽ được sửa chữa khi nào?"
    ("When can I pick up my phone?", "Bao giờ tôi lấy được điện thoại?"),
    ("When can I get my laptop back?", "Bao giờ tôi lấy lại được máy tính xách tay?"),
    ("When can my mother collect her computer?", "Bao giờ mẹ tôi lấy được máy tính?"),
    ("When can you pick up your tablet?", "Bao giờ bạn lấy được máy tính bảng?"),
    ("When will my phone be repaired?", "Bao giờ điện thoại tôi sửa xong?"),
    ("When will Lan's laptop be fixed?", "Bao giờ máy tính xách tay của Lan sửa xong?"),
    # v8: "Điện thoại của tôi vẫn có lệnh bảo hành không?", "Máy tính của tôi vẫn đang được bảo hành.", "Chiếc điện
    # thoại của mẹ tôi ra khỏi lệnh bảo hành."
    ("Is my phone still under warranty?", "Điện thoại tôi còn bảo hành không?"),
    ("Is your laptop under warranty?", "Máy tính xách tay bạn còn bảo hành không?"),
    ("My computer is still under warranty.", "Máy tính tôi vẫn còn bảo hành."),
    ("My mother's phone is out of warranty.", "Điện thoại của mẹ tôi hết bảo hành rồi."),
    ("His phone is no longer under warranty.", "Điện thoại của anh ấy không còn bảo hành nữa."),
    ("Is my mother's iPad still under warranty?", "iPad của mẹ tôi còn bảo hành không?"),
    # not: a habit ("I take …"), "we", "our" (one, or one each?), a name with "her" (his or hers?), another's device,
    # the verb not agreeing, "I" asked whether they did it, a camera's battery, "not under warranty" (ever?), "an"
    # not as the device sounds, "get" with no "back", a "?" on a statement, "just" with a plain past, the other
    # language, a phone broken
    ("I take my phone to be repaired.", None), ("We took our phone to be repaired.", None),
    ("Lan took her phone to be repaired.", None), ("She took my phone to be repaired.", None),
    ("She have taken her phone to be repaired.", None), ("Do she need to get her phone screen replaced?", None),
    ("Have I taken my phone to be repaired yet?", None), ("I need to get my camera battery replaced.", None),
    ("My phone need a new battery.", None), ("Does my phone needs a new battery?", None),
    ("My phone is not under warranty.", None), ("My phone isn't under warranty.", None),
    ("How much does it cost to replace an phone screen?", None), ("When can I get my phone?", None),
    ("When can I pick up your phone?", None), ("When can Lan pick up her phone?", None),
    ("My phone is still under warranty?", None), ("I took my phone to be repaired?", None),
    ("I just took my phone to be repaired.", None), ("I'm getting my phone screen replaced.", None),
    ("My phone is broken.", None), ("Can you fix my phone?", None), ("Is my phone still under warranty yet?", None),
    ("Tôi mang máy tính đi sửa rồi.", None), ("Repair repair.", None),
    # a camera taken to get its battery replaced (swapped, not replaced at a shop), as _PART_EN leaves it
    ("My father took his camera to get the battery replaced.", None),
    ("My father took his camera to get a new battery.", None),
    ("I'm taking my camera to get the battery replaced.", None),
    ("I took my camera to get a new screen.", "Tôi đã mang máy ảnh đi thay màn hình."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
