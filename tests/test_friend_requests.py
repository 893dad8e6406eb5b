"""Friends online: a friend request sent or accepted, someone unfriended, blocked or unblocked, and someone bullied
online, both ways (mt/friend_requests.py)."""
import pytest

from mt.friend_requests import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He canceled you with me.", "She canceled you with me on Facebook.", "Lan just deleted you with me.", "I
    # canceled you with him.", "Did you cancel you with her?", "Don't cancel you with me."
    ("Anh ấy hủy kết bạn với tôi.", "He unfriended me."),
    ("Cô ấy đã hủy kết bạn với tôi trên Facebook.", "She unfriended me on Facebook."),
    ("Lan vừa xóa kết bạn với tôi.", "Lan has just unfriended me."),
    ("Tôi hủy kết bạn với anh ấy rồi.", "I've unfriended him."),
    ("Bạn đã hủy kết bạn với cô ấy chưa?", "Have you unfriended her yet?"),
    ("Đừng hủy kết bạn với tôi nhé.", "Don't unfriend me."),
    ("Mẹ tôi huỷ kết bạn với Bác Hùng rồi.", "My mother has unfriended Uncle Hung."),
    # v8: "I send your answer to her.", "Have you invited your convince to him yet?", "I don't send you a word to
    # her.", "Sends your invitation to me.", "He sends me a word that invites you on Facebook.", "I'll send you an
    # invited to invite you in Zalo.", "My mother had sent you an invited to give me.", "We send your sentence to
    # invite you."
    ("Tôi gửi lời mời kết bạn cho cô ấy rồi.", "I've sent her a friend request."),
    ("Bạn đã gửi lời mời kết bạn cho anh ấy chưa?", "Have you sent him a friend request yet?"),
    ("Tôi chưa gửi lời mời kết bạn cho cô ấy.", "I haven't sent her a friend request yet."),
    ("Gửi lời mời kết bạn cho tôi nhé.", "Send me a friend request."),
    ("Anh ấy gửi cho tôi lời mời kết bạn trên Facebook.", "He sent me a friend request on Facebook."),
    ("Tôi sẽ gửi lời mời kết bạn cho bạn trên Zalo.", "I'll send you a friend request on Zalo."),
    ("Mẹ tôi vừa gửi lời mời kết bạn cho tôi.", "My mother has just sent me a friend request."),
    ("Chúng tôi gửi lời mời kết bạn rồi.", "We've sent a friend request."),
    # v8: "She did not accept my invitation.", "My mother accepts the invited my friend.", "Did you accept the invites
    # of Lan?", "Accepts my invitations.", "I approved his friend's invitation."
    ("Cô ấy chưa chấp nhận lời mời kết bạn của tôi.", "She hasn't accepted my friend request yet."),
    ("Mẹ tôi chấp nhận lời mời kết bạn của tôi rồi.", "My mother has accepted my friend request."),
    ("Bạn đã chấp nhận lời mời kết bạn của Lan chưa?", "Have you accepted Lan's friend request yet?"),
    ("Chấp nhận lời mời kết bạn của tôi đi.", "Accept my friend request."),
    ("Tôi vừa chấp nhận lời mời kết bạn của anh ấy.", "I've just accepted his friend request."),
    # v8: "She blocked me on Facebook." (right), "He stopped me on Zalo.", "Let's stop him on Facebook.", "My sister
    # has not stopped him on Instagram.", "He left me.", "She dropped me in Zalo."
    ("Cô ấy chặn tôi trên Facebook.", "She blocked me on Facebook."),
    ("Anh ấy chặn tôi trên Zalo rồi.", "He's blocked me on Zalo."),
    ("Hãy chặn anh ấy trên Facebook.", "Block him on Facebook."),
    ("Em gái tôi chưa chặn anh ta trên Instagram.", "My sister hasn't blocked him on Instagram yet."),
    ("Anh ấy bỏ chặn tôi rồi.", "He's unblocked me."),
    ("Cô ấy vừa bỏ chặn tôi trên Zalo.", "She's just unblocked me on Zalo."),
    # v8: "I was blocked on Zalo.", "I'm blocked on Facebook.", "My mother was blocked on Zalo.", "He was cancelled
    # you.", "I was cancelled you."
    ("Tôi bị chặn trên Zalo.", "I've been blocked on Zalo."),
    ("Tôi đã bị chặn trên Facebook.", "I was blocked on Facebook."),
    ("Tôi bị cô ấy chặn trên Facebook.", "She blocked me on Facebook."),
    ("Mẹ tôi bị Lan chặn trên Zalo rồi.", "Lan has blocked my mother on Zalo."),
    ("Anh ấy vừa bị hủy kết bạn.", "He's just been unfriended."),
    ("Tôi bị anh ấy hủy kết bạn.", "He unfriended me."),
    # v8: "My child was bullying on the network.", "My sister is often bullied on the network.", "We were arrested on
    # social networks.", "She was bullying through the network.", "Do you get bullying on the network?", "Do you ever
    # get bullying on the network?", "He had been bullying on Facebook."
    ("Con tôi bị bắt nạt trên mạng.", "My child is being bullied online."),
    ("Em gái tôi hay bị bắt nạt trên mạng.", "My sister often gets bullied online."),
    ("Chúng tôi bị bắt nạt trên mạng xã hội.", "We're being bullied on social media."),
    ("Cô ấy đã bị bắt nạt qua mạng.", "She was bullied online."),
    ("Con bạn có bị bắt nạt trên mạng không?", "Is your child being bullied online?"),
    ("Bạn có từng bị bắt nạt trên mạng không?", "Have you ever been bullied online?"),
    ("Anh ấy từng bị bắt nạt trên Facebook.", "He's been bullied on Facebook."),
    # "đang" asked is now, not ever
    ("Bạn có đang bị bắt nạt trên mạng không?", "Are you being bullied online?"),
    ("Con bạn có đang bị bắt nạt qua mạng không ạ?", "Is your child being bullied online?"),
    # not: "chặn" with no platform (stopped? blocked a number?), plain "không" and "có … không?" (did, or will?), a
    # "?" on a statement, "anh" alone saying it, a pet, bullied plain or at school (mt/school_trouble.py), adding
    # (mt/social_media.py), oneself as whom, "nhé" of "tôi" (an offer), "Lan … của cô ấy" (hers, or another's?),
    # "I" asked, an account, a number or a card blocked (mt/accounts.py, mt/calls.py, mt/card_trouble.py), "có"
    # with no "không", days, each other, "nhỉ", the other language, nonsense
    ("Anh ấy chặn tôi.", None), ("Tôi bị chặn rồi.", None), ("Anh ấy không hủy kết bạn với tôi.", None),
    ("Bạn có chặn anh ấy trên Zalo không?", None), ("Anh ấy hủy kết bạn với tôi?", None),
    ("Anh hủy kết bạn với tôi.", None), ("Con mèo của tôi bị bắt nạt trên mạng.", None),
    ("Con chó của tôi chặn tôi trên Facebook.", None), ("Con tôi bị bắt nạt ở trường.", None),
    ("Con tôi bị bắt nạt.", None), ("Tôi kết bạn với cô ấy trên Facebook.", None),
    ("Kết bạn với tôi trên Facebook nhé.", None), ("Tôi hủy kết bạn với tôi.", None),
    ("Tôi gửi lời mời kết bạn cho bạn nhé.", None), ("Lan chấp nhận lời mời kết bạn của cô ấy.", None),
    ("Tôi có bị bắt nạt trên mạng không?", None), ("Tài khoản của tôi bị chặn trên Facebook.", None),
    ("Tôi chặn số của anh ấy.", None), ("Ngân hàng chặn thẻ của tôi.", None),
    ("Bạn có bị bắt nạt trên mạng?", None), ("Tôi đã gửi lời mời kết bạn cho cô ấy chưa?", None),
    ("Hôm qua anh ấy hủy kết bạn với tôi.", None), ("Chúng tôi hủy kết bạn với nhau rồi.", None),
    ("Cô ấy chặn tôi trên Facebook nhỉ.", None), ("He unfriended me.", None), ("Chặn chặn kết bạn.", None),
    # one's own request: someone accepting their own, "bạn" told to accept their own (or a friend's?)
    ("Mẹ tôi chấp nhận lời mời kết bạn của mẹ tôi.", None), ("Lan chấp nhận lời mời kết bạn của Lan.", None),
    ("Chấp nhận lời mời kết bạn của bạn nhé.", None), ("Đừng chấp nhận lời mời kết bạn của bạn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy bỏ bê tôi." (neglected), "Cô ấy đã bỏ tôi trên Facebook.", "Lan vừa cởi cho tôi.", "Tôi đã bỏ bê
    # anh ấy.", "Đừng bỏ rơi tôi."
    ("He unfriended me.", "Anh ấy hủy kết bạn với tôi."),
    ("She unfriended me on Facebook.", "Cô ấy hủy kết bạn với tôi trên Facebook."),
    ("Lan has just unfriended me.", "Lan vừa hủy kết bạn với tôi."),
    ("I've unfriended him.", "Tôi hủy kết bạn với anh ấy rồi."),
    ("Don't unfriend me.", "Đừng hủy kết bạn với tôi."),
    ("Has she unfriended you?", "Cô ấy đã hủy kết bạn với bạn chưa?"),
    # v8: "Tôi đã gửi cho cô ấy một yêu cầu bạn.", "Tôi chưa gửi cho cô ấy một người bạn nào đó.", "Gửi tôi yêu cầu
    # bạn.", "Tôi sẽ gửi cho bạn một yêu cầu bạn ở Zalo.", "Tôi đã gửi một yêu cầu bạn đến Lan.", "Mẹ tôi vừa gởi tôi
    # yêu cầu bạn."
    ("I've sent her a friend request.", "Tôi gửi lời mời kết bạn cho cô ấy rồi."),
    ("Have you sent him a friend request yet?", "Bạn đã gửi lời mời kết bạn cho anh ấy chưa?"),
    ("I haven't sent her a friend request yet.", "Tôi chưa gửi lời mời kết bạn cho cô ấy."),
    ("Send me a friend request.", "Gửi lời mời kết bạn cho tôi nhé."),
    ("Lan sent me a friend request on Facebook.", "Lan gửi lời mời kết bạn cho tôi trên Facebook."),
    ("I'll send you a friend request on Zalo.", "Tôi sẽ gửi lời mời kết bạn cho bạn trên Zalo."),
    ("I sent a friend request to Lan.", "Tôi gửi lời mời kết bạn cho Lan."),
    ("My mother has just sent me a friend request.", "Mẹ tôi vừa gửi lời mời kết bạn cho tôi."),
    # v8: "Cô ấy chưa chấp nhận được bạn tôi.", "Mẹ tôi chấp nhận yêu cầu bạn tôi.", "Hãy chấp nhận yêu cầu bạn tôi.",
    # "Ông chấp nhận yêu cầu bạn bè của mình.", "Chúng tôi đã chấp nhận yêu cầu bạn."
    ("She hasn't accepted my friend request yet.", "Cô ấy chưa chấp nhận lời mời kết bạn của tôi."),
    ("My mother accepted my friend request.", "Mẹ tôi chấp nhận lời mời kết bạn của tôi."),
    ("Has she accepted your friend request?", "Cô ấy đã chấp nhận lời mời kết bạn của bạn chưa?"),
    ("Please accept my friend request.", "Chấp nhận lời mời kết bạn của tôi nhé."),
    ("He accepted her friend request.", "Anh ấy chấp nhận lời mời kết bạn của cô ấy."),
    ("We've already accepted the friend request.", "Chúng tôi chấp nhận lời mời kết bạn rồi."),
    # v8: "Cô ấy chặn tôi trên Facebook." (right), "Cô ấy chặn tôi vào cái gìsAppp.", "Chặn ông trên Facebook.",
    # "Đừng chặn tôi trên Zalo." (right), "Anh ta đã bỏ lỡ tôi." (missed), "Chị của tôi chặn tôi vào Instagram."
    ("She blocked me on Facebook.", "Cô ấy chặn tôi trên Facebook."),
    ("She's blocked me on WhatsApp.", "Cô ấy chặn tôi trên WhatsApp rồi."),
    ("Block him on Facebook.", "Chặn anh ấy trên Facebook nhé."),
    ("Don't block me on Zalo.", "Đừng chặn tôi trên Zalo."),
    ("He has unblocked me.", "Anh ấy bỏ chặn tôi rồi."),
    ("My sister unblocked me on Instagram.", "Em gái tôi bỏ chặn tôi trên Instagram."),
    # v8: "Tôi đã bị chặn trên Zalo.", "Cô ấy bị chặn bởi anh ấy trên Facebook.", "Anh ta vừa bị bỏ rơi." (abandoned),
    # "Tôi đã bỏ rơi."
    ("I've been blocked on Zalo.", "Tôi bị chặn trên Zalo."),
    ("She was blocked by him on Facebook.", "Cô ấy đã bị anh ấy chặn trên Facebook."),
    ("He's just been unfriended.", "Anh ấy vừa bị hủy kết bạn."),
    ("I got unfriended.", "Tôi bị hủy kết bạn."),
    # v8: "Con tôi đang bị bắt nạt trực tuyến.", "Cô ấy bị bắt nạt trên các phương tiện truyền thông xã hội.", "Con
    # trai của bạn đang bị bắt nạt trực tuyến?" (no asking word), "Bạn đã từng bị bắt nạt trực tuyến chưa?", "Cô ấy
    # bị bắt nạt trên Facebook.", "Chị của tôi thường bị bắt nạt trực tuyến."
    ("My child is being bullied online.", "Con tôi đang bị bắt nạt trên mạng."),
    ("She was bullied on social media.", "Cô ấy đã bị bắt nạt trên mạng xã hội."),
    ("Is your son being bullied online?", "Con trai bạn có bị bắt nạt trên mạng không?"),
    ("Have you ever been bullied online?", "Bạn có từng bị bắt nạt trên mạng không?"),
    ("She's been bullied on Facebook.", "Cô ấy từng bị bắt nạt trên Facebook."),
    ("My sister often gets bullied online.", "Em gái tôi hay bị bắt nạt trên mạng."),
    ("We were bullied online.", "Chúng tôi đã bị bắt nạt trên mạng."),
    # not: "block" with no platform (in the way?), "Did …?" and "didn't", a habit, the verb not agreeing, "I" asked,
    # oneself as whom, a pet, bullied plain or at school (mt/school_trouble.py), adding (mt/social_media.py), "Will
    # you …?" (a favour), "her" after a name (hers, or another's?), one's own request, an account or a road blocked,
    # a "?" on a statement, the other language, nonsense
    ("She blocked me.", None), ("I've been blocked.", None), ("Did he unfriend you?", None),
    ("He didn't unfriend me.", None), ("She blocks me on Facebook.", None), ("He unfriend me.", None),
    ("She have sent me a friend request.", None), ("Have I sent her a friend request?", None),
    ("I unfriended me.", None), ("My dog is being bullied online.", None), ("My son is being bullied at school.", None),
    ("My son is being bullied.", None), ("Add me on Facebook.", None), ("Will you send me a friend request?", None),
    ("Lan accepted her friend request.", None), ("I accepted my friend request.", None),
    ("My account was blocked on Facebook.", None), ("The road was blocked.", None), ("He gets bullied online.", None),
    ("She's blocked me on Facebook?", None), ("Is she being bullied online.", None), ("We was bullied online.", None),
    ("Anh ấy hủy kết bạn với tôi.", None), ("Friend request friend request.", None),
    # one's own request: someone accepting their own, told to accept one's own
    ("My mother accepted my mother's friend request.", None), ("Lan accepted Lan's friend request.", None),
    ("Accept your friend request.", None), ("Don't accept your friend request.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
