"""Keys forgotten, left, lost or not found, locked out, keys seen, brought and a spare key, both ways (mt/keys.py)."""
import pytest

from mt.keys import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I forgot to bring key.", "My mother forgot to carry the key lead.", "I left my keys stayed in my house."
    ("Tôi quên mang chìa khóa.", "I forgot my keys."),
    ("Tôi quên mang chìa khoá.", "I forgot my keys."),
    ("Mẹ tôi quên mang chìa khóa.", "My mother forgot her keys."),
    ("Anh ấy quên mang chìa khóa theo.", "He forgot his keys."),
    ("Tôi quên mang chìa khóa rồi.", "I've forgotten my keys."),
    ("Tôi quên chìa khóa ở nhà.", "I left my keys at home."),
    ("Tôi để quên chìa khóa ở trong nhà.", "I left my keys inside."),
    ("Cô ấy để quên chìa khóa trong xe.", "She left her keys in the car."),
    ("Bố tôi để quên chìa khóa ở văn phòng.", "My father left his keys at the office."),
    ("Bác Hùng để quên chìa khóa nhà ở cơ quan.", "Uncle Hung left his house keys at work."),
    ("Tôi để quên chìa khóa ở văn phòng rồi.", "I've left my keys at the office."),
    # v8: "I lost my keys and.", "I took the key."
    ("Tôi làm mất chìa khóa rồi.", "I've lost my keys."),
    ("Tôi mất chìa khóa rồi.", "I've lost my keys."),
    ("Tôi vừa làm mất chìa khóa xe.", "I just lost my car keys."),
    ("Tôi không thấy chìa khóa đâu cả.", "I can't find my keys."),
    ("Chúng tôi không tìm thấy chìa khóa xe.", "We can't find our car keys."),
    ("Tôi đánh rơi chìa khóa rồi.", "I've dropped my keys."),
    # v8: "I was locked outside.", "We are locked outside.", "I'm locked myself outside."
    ("Tôi bị khóa ở ngoài.", "I'm locked out."),
    ("Chúng tôi bị khóa ở ngoài rồi.", "We're locked out."),
    ("Mẹ tôi bị khóa ở ngoài.", "My mother is locked out."),
    ("Chúng tôi đã bị khóa ở ngoài.", "We got locked out."),
    ("Tôi tự khóa mình ở ngoài.", "I locked myself out."),
    ("Anh ấy tự khóa mình ở ngoài rồi.", "He's locked himself out."),
    # v8: "Do you see my key lead?", "Have you seen my key lead yet?"
    ("Bạn có thấy chìa khóa của tôi không?", "Have you seen my keys?"),
    ("Bạn đã thấy chìa khóa xe của tôi chưa?", "Have you seen my car keys?"),
    ("Anh có thấy chìa khóa của tôi đâu không?", "Have you seen my keys?"),
    ("Có ai thấy chìa khóa của tôi không?", "Has anyone seen my keys?"),
    # v8: "Do you have the lock of the room?", "I have the key of my room.", "Do you carry key leads?"
    ("Bạn có chìa khóa dự phòng không?", "Do you have a spare key?"),
    ("Anh ấy có chìa khóa dự phòng không?", "Does he have a spare key?"),
    ("Có chìa khóa dự phòng không?", "Is there a spare key?"),
    ("Mẹ tôi có chìa khóa dự phòng.", "My mother has a spare key."),
    ("Tôi không có chìa khóa dự phòng.", "I don't have a spare key."),
    ("Bạn có mang chìa khóa không?", "Do you have your keys?"),
    ("Tôi không mang theo chìa khóa.", "I don't have my keys with me."),
    # not: a room's key (the phrase list's), "anh" alone saying it (may be the speaker), a name alone ("their"?), a
    # place with "quên mang" or with a key lost, where the keys are (asked), keys had, the speaker asked, no "?"
    ("Tôi quên chìa khóa trong phòng.", None), ("Anh quên mang chìa khóa.", None), ("Anh bị khóa ở ngoài.", None),
    ("Lan để quên chìa khóa ở nhà.", None), ("Tôi quên mang chìa khóa ở nhà.", None),
    ("Tôi bị mất chìa khóa ở chợ.", None), ("Chìa khóa của tôi đâu?", None), ("Tôi có chìa khóa.", None),
    ("Tôi có thấy chìa khóa của bạn không?", None), ("Bạn có thấy chìa khóa của tôi không.", None),
    ("Tôi đã không tìm thấy chìa khóa.", None), ("Tôi quên mang chìa khóa xe máy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi quên chìa khóa của tôi.", "Anh ấy quên khóa của mình." (the lock), "Tôi rời khỏi chìa khóa của tôi bên
    # trong." (went away from), "Tôi rời khỏi ô tô chìa khóa của tôi."
    ("I forgot my keys.", "Tôi quên mang chìa khóa."),
    ("He forgot his keys.", "Anh ấy quên mang chìa khóa."),
    ("I forgot to bring my keys.", "Tôi quên mang chìa khóa."),
    ("I've forgotten my keys.", "Tôi quên mang chìa khóa rồi."),
    ("I forgot my keys at home.", "Tôi để quên chìa khóa ở nhà."),
    ("I left my keys inside.", "Tôi để quên chìa khóa ở trong nhà."),
    ("I left my keys in the car.", "Tôi để quên chìa khóa trong xe."),
    ("I've left my keys in the car.", "Tôi để quên chìa khóa trong xe rồi."),
    ("My father left his keys at work.", "Bố tôi để quên chìa khóa ở chỗ làm."),
    ("They left their keys at the office.", "Họ để quên chìa khóa ở văn phòng."),
    ("Lan left her keys at home.", "Lan để quên chìa khóa ở nhà."),
    # v8: "Tôi mất chìa khóa của tôi.", "Tôi chỉ mất các phím xe của tôi." (a keyboard's), "Mẹ tôi không tìm thấy
    # khóa của mình." (the lock)
    ("I lost my keys.", "Tôi bị mất chìa khóa."),
    ("He's lost his keys.", "Anh ấy bị mất chìa khóa rồi."),
    ("I just lost my car keys.", "Tôi vừa bị mất chìa khóa xe."),
    ("I can't find my keys.", "Tôi không tìm thấy chìa khóa."),
    ("My mother can't find her keys.", "Mẹ tôi không tìm thấy chìa khóa."),
    # v8: "Tôi ghét chìa khóa của tôi." (hate)
    ("I dropped my keys.", "Tôi đánh rơi chìa khóa."),
    ("She's dropped her keys.", "Cô ấy đánh rơi chìa khóa rồi."),
    ("I forgot your keys.", "Tôi quên mang chìa khóa của bạn."),
    # v8: "Tôi bị khóa.", "Tôi tự khóa.", "Anh ta khóa mình ra.", "Tôi đã khóa rồi."
    ("I'm locked out.", "Tôi bị khóa ở ngoài."),
    ("We're locked out.", "Chúng tôi bị khóa ở ngoài."),
    ("I got locked out.", "Tôi bị khóa ở ngoài."),
    ("My mother is locked out.", "Mẹ tôi bị khóa ở ngoài."),
    ("I locked myself out.", "Tôi tự khóa mình ở ngoài."),
    ("He locked himself out.", "Anh ấy tự khóa mình ở ngoài."),
    ("We just locked ourselves out.", "Chúng tôi vừa tự khóa mình ở ngoài."),
    # v8: "Bạn đã thấy khóa xe của tôi chưa?" (the car's lock)
    ("Have you seen my keys?", "Bạn có thấy chìa khóa của tôi không?"),
    ("Have you seen my car keys?", "Bạn có thấy chìa khóa xe của tôi không?"),
    ("Did you see my keys?", "Bạn có thấy chìa khóa của tôi không?"),
    ("Has anyone seen my keys?", "Có ai thấy chìa khóa của tôi không?"),
    # v8: "Bạn có khóa co giật không?", "Tôi có khóa spare.", "Có khóa co giật không?"
    ("Do you have a spare key?", "Bạn có chìa khóa dự phòng không?"),
    ("Does she have a spare key?", "Cô ấy có chìa khóa dự phòng không?"),
    ("I have a spare key.", "Tôi có chìa khóa dự phòng."),
    ("I don't have a spare key.", "Tôi không có chìa khóa dự phòng."),
    ("Is there a spare key?", "Có chìa khóa dự phòng không?"),
    ("Did you bring your keys?", "Bạn có mang chìa khóa không?"),
    ("I don't have my keys with me.", "Tôi không mang theo chìa khóa."),
    # not: "left" with no place (went away?), "has"/"have", "is", "himself" not agreeing, another's "his", where the
    # keys are (an earlier rule's), locked out of something else, a place with a key lost, a room's key (the phrase
    # list's), "the keys" had (who holds them?)
    ("I left my keys.", None), ("I has lost my keys.", None), ("He have lost his keys.", None),
    ("I is locked out.", None), ("He locked herself out.", None), ("Has you seen my keys?", None),
    ("Do he have a spare key?", None), ("She have a spare key.", None), ("I forgot his keys.", None),
    ("My mother forgot his keys.", None), ("Where are my keys?", None), ("I'm locked out of my account.", None),
    ("I lost my keys at the market.", None), ("I left my key in the room.", None), ("Do you have the keys?", None),
    ("I forgotten my keys.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I'm going to hit more key leads.", "I've hit a key lead.", "I need to add key leads.", "My mother added
    # key lead.", "Do you have added key?", "He'll add a key lead.", "We must add key leads."
    ("Tôi đi đánh thêm chìa khoá.", "I'm going to get a spare key cut."),
    ("Tôi sẽ đi đánh thêm chìa khóa.", "I'm going to get a spare key cut."),
    ("Chúng tôi đi đánh thêm chìa khoá.", "We're going to get a spare key cut."),
    ("Mẹ tôi sẽ đi đánh thêm chìa khóa.", "My mother is going to get a spare key cut."),
    ("Bạn sẽ đi đánh thêm chìa khóa.", "You're going to get a spare key cut."),
    ("Tôi vừa đánh thêm một chìa khoá.", "I've just had a spare key cut."),
    ("Cô ấy vừa mới làm thêm một chìa khóa dự phòng.", "She's just had a spare key cut."),
    ("Tôi cần đánh thêm chìa khóa.", "I need to get a spare key cut."),
    ("Mẹ tôi đã đánh thêm chìa khóa.", "My mother had a spare key cut."),
    ("Chúng tôi đã đánh thêm chìa khóa rồi.", "We've had a spare key cut."),
    ("Bạn đã đánh thêm chìa khóa chưa?", "Have you had a spare key cut yet?"),
    ("Anh ấy sẽ đánh thêm một chìa khóa.", "He'll get a spare key cut."),
    ("Chúng tôi phải đánh thêm chìa khóa.", "We have to get a spare key cut."),
    ("Bố tôi không cần đánh thêm chìa khóa.", "My father doesn't need to get a spare key cut."),
    ("Bạn có cần đánh thêm chìa khóa không?", "Do you need to get a spare key cut?"),
    # v8: "I must call the mechanic.", "Do you have some lockers?", "We've called the mechanic.", "My mother is
    # calling the locker.", "I'll call the locker.", "I need a locker.", "I have some keys.", "He called the
    # mechanic.", "She must call the television fixed."
    ("Tôi phải gọi thợ khoá.", "I have to call a locksmith."),
    ("Cô ấy phải gọi thợ sửa khóa.", "She has to call a locksmith."),
    ("Bạn có số thợ khoá không?", "Do you have a locksmith's number?"),
    ("Bạn có số thợ khóa không ạ?", "Do you have a locksmith's number?"),
    ("Tôi có số điện thoại thợ khóa.", "I have a locksmith's number."),
    ("Mẹ tôi không có số thợ khóa.", "My mother doesn't have a locksmith's number."),
    ("Tôi cần một thợ khóa.", "I need a locksmith."),
    ("Anh có cần thợ khóa không?", "Do you need a locksmith?"),
    ("Chúng tôi đã gọi thợ khóa.", "We called a locksmith."),
    ("Mẹ tôi đang gọi thợ khóa.", "My mother is calling a locksmith."),
    ("Bạn đã đánh thêm chìa khoá chưa nhỉ?", "Have you had a spare key cut yet?"),
    ("Tôi sẽ gọi thợ khóa.", "I'll call a locksmith."),
    ("Anh ấy vừa gọi thợ khóa.", "He's just called a locksmith."),
    ("Tôi gọi cho thợ khóa rồi.", "I've called a locksmith."),
    ("Bạn gọi thợ khóa chưa?", "Have you called a locksmith yet?"),
    ("Bác Hùng chưa gọi thợ khóa.", "Uncle Hung hasn't called a locksmith yet."),
    ("Chị có phải gọi thợ khóa không?", "Do you have to call a locksmith?"),
    ("Chúng tôi không phải gọi thợ khóa.", "We don't have to call a locksmith."),
    # not: no time said (calls, or called?), "đi" with a time behind or to a locksmith, "có … chưa?", "có" with no
    # "cần", "phải" asked, a "?" on a statement, no "?" on a question, "anh" alone saying it, a pet, a key cut with
    # no "thêm", "the locksmith's" ("của"), "có có số", a locksmith had, the lock, not a key
    ("Tôi gọi thợ khóa.", None), ("Tôi đánh thêm chìa khóa.", None), ("Tôi vừa đi đánh thêm chìa khóa.", None),
    ("Tôi đi gọi thợ khóa.", None), ("Bạn có gọi thợ khóa chưa?", None), ("Bạn có gọi thợ khóa không?", None),
    ("Tôi phải gọi thợ khóa?", None), ("Bạn đã gọi thợ khóa chưa.", None), ("Anh phải gọi thợ khóa.", None),
    ("Con chó của tôi gọi thợ khóa.", None), ("Tôi vừa đánh chìa khóa.", None),
    ("Bạn có số của thợ khóa không?", None), ("Bạn có có số thợ khóa không?", None), ("Tôi có thợ khóa.", None),
    ("Tôi phải gọi thợ sửa xe.", None), ("Tôi vừa đánh thêm chìa khóa rồi.", None),
    # not: "đi" with no "sẽ" but for the speaker (Lan đi …: has gone, or went?; "Bạn đi …": go and get one; "Chúng
    # ta đi …": let's), "nhỉ" on a statement (asks to be agreed with)
    ("Lan đi đánh thêm chìa khóa.", None), ("Mẹ tôi đi đánh thêm chìa khoá.", None),
    ("Anh ấy đi đánh thêm chìa khoá.", None), ("Họ đi đánh thêm chìa khoá.", None),
    ("Bạn đi đánh thêm chìa khoá.", None), ("Chúng ta đi đánh thêm chìa khoá.", None),
    ("Tôi đi đánh thêm chìa khoá nhỉ.", None), ("Tôi gọi thợ khóa rồi nhỉ.", None),
    ("Tôi phải gọi thợ khoá nhỉ.", None), ("Tôi cần thợ khóa nhỉ.", None),
    ("Anh ấy vừa đánh thêm chìa khoá nhỉ.", None), ("Tôi quên mang chìa khóa nhỉ.", None),
])
def test_vi_en_key_cut_locksmith(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi sẽ có một cái cắt khóa spare.", "Tôi vừa mới có một cái cắt khóa spare.", "Tôi cần phải có một cái cắt
    # co giật.", "Mẹ tôi bị cắt co giật.", "Bạn có cắt co giật không?", "Chúng ta phải nhận được một cú sút then chốt
    # spare.", "Lan sẽ bị cắt co giật."
    ("I'm going to get a spare key cut.", "Tôi sẽ đi đánh thêm một chìa khóa."),
    ("Lan is going to get a spare key cut.", "Lan sẽ đi đánh thêm một chìa khóa."),
    ("I've just had a spare key cut.", "Tôi vừa đánh thêm một chìa khóa."),
    ("I just had a spare key cut.", "Tôi vừa đánh thêm một chìa khóa."),
    ("I need to get a spare key cut.", "Tôi cần đánh thêm một chìa khóa."),
    ("My mother had a spare key cut.", "Mẹ tôi đã đánh thêm một chìa khóa."),
    ("He's had an extra key cut.", "Anh ấy đã đánh thêm một chìa khóa rồi."),
    ("Have you had a spare key cut yet?", "Bạn đã đánh thêm một chìa khóa chưa?"),
    ("We have to get a spare key cut.", "Chúng tôi phải đánh thêm một chìa khóa."),
    ("She'll have another key cut.", "Cô ấy sẽ đánh thêm một chìa khóa."),
    ("Do you have to get a spare key cut?", "Bạn có phải đánh thêm một chìa khóa không?"),
    ("I don't need to get a spare key cut.", "Tôi không cần đánh thêm một chìa khóa."),
    # v8: "Tôi phải gọi khóa.", "Bạn có khóa số thứ tự không?", "Chúng tôi gọi khóa thượng nghị sĩ.", "Mẹ tôi đang gọi
    # khóa.", "Tôi sẽ gọi khóa đi.", "Bạn đã gọi khóa gửi chưa?", "Tôi cần một cái khóa.", "Tôi có con số khóa.", "Anh
    # ấy chỉ gọi khóa học." (a course), "Cô ấy phải gọi khóa học."
    ("I have to call a locksmith.", "Tôi phải gọi thợ khóa."),
    ("She has to call a locksmith.", "Cô ấy phải gọi thợ khóa."),
    ("Do you have a locksmith's number?", "Bạn có số thợ khóa không?"),
    ("I have a locksmith's number.", "Tôi có số thợ khóa."),
    ("My father doesn't have a locksmith's phone number.", "Bố tôi không có số thợ khóa."),
    ("I need a locksmith.", "Tôi cần thợ khóa."),
    ("Does he need a locksmith?", "Anh ấy có cần thợ khóa không?"),
    ("We called a locksmith.", "Chúng tôi đã gọi thợ khóa."),
    ("My mother is calling a locksmith.", "Mẹ tôi đang gọi thợ khóa."),
    ("I'll call a locksmith.", "Tôi sẽ gọi thợ khóa."),
    ("I'm going to call a locksmith.", "Tôi sẽ gọi thợ khóa."),
    ("Have you called a locksmith?", "Bạn đã gọi thợ khóa chưa?"),
    ("Did Lan call a locksmith?", "Lan đã gọi thợ khóa chưa?"),
    ("He's just called a locksmith.", "Anh ấy vừa gọi thợ khóa."),
    ("We've called a locksmith.", "Chúng tôi đã gọi thợ khóa rồi."),
    ("I haven't called a locksmith yet.", "Tôi chưa gọi thợ khóa."),
    ("Does she need to call a locksmith?", "Cô ấy có cần gọi thợ khóa không?"),
    ("He doesn't need to call a locksmith.", "Anh ấy không cần gọi thợ khóa."),
    # not: "He's called a locksmith." (is called one?), verbs not agreeing or not of their mode, "a key cut", "the
    # locksmith", a "?" on a statement, "yet" said, a locksmith had, a pet, the other way's language
    ("He's called a locksmith.", None), ("She have to call a locksmith.", None), ("He need a locksmith.", None),
    ("I is calling a locksmith.", None), ("Does you need to call a locksmith?", None),
    ("He's going to get a key cut.", None), ("I have to call the locksmith.", None),
    ("I need to call a locksmith?", None), ("I called a locksmith yet.", None), ("I have a locksmith.", None),
    ("I've got a spare key cut.", None), ("Do you get a spare key cut?", None), ("My dog needs a locksmith.", None),
    ("I need to calling a locksmith.", None), ("Tôi phải gọi thợ khóa.", None), ("I had to call a locksmith.", None),
    # not: a key cut "getting" (now, or arranged for later?)
    ("I'm getting a spare key cut.", None), ("She's getting a spare key cut.", None),
])
def test_en_vi_key_cut_locksmith(text, said):
    assert translate(text, "en", "vi") == said
