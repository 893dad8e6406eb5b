"""Social media and apps: adding, following, posting, using a platform, downloading an app, video calling, sending
and messaging on a platform, both ways (mt/social_media.py)."""
import pytest

from mt.social_media import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Just tell me on Facebook.", "Give you to me on Zalo.", "I'll be with you on Facebook."
    ("Kết bạn với tôi trên Facebook nhé.", "Add me on Facebook."),
    ("Bạn kết bạn với tôi trên Zalo nhé.", "Add me on Zalo."),
    ("Bạn kết bạn với tôi trên Zalo được không?", "Can you add me on Zalo?"),
    ("Tôi sẽ kết bạn với bạn trên Facebook.", "I'll add you on Facebook."),
    ("Tôi đã kết bạn với cô ấy trên Facebook.", "I added her on Facebook."),
    ("Hôm qua tôi đã kết bạn với Lan trên Facebook.", "I added Lan on Facebook yesterday."),
    # v8: "Watch me on Instagram.", "Do you watch me on TikTok?"
    ("Theo dõi tôi trên Instagram nhé.", "Follow me on Instagram."),
    ("Tôi theo dõi cô ấy trên Instagram.", "I follow her on Instagram."),
    ("Anh ấy theo dõi tôi trên TikTok.", "He follows me on TikTok."),
    ("Bạn có theo dõi tôi trên TikTok không?", "Do you follow me on TikTok?"),
    # v8: "She took a photo on Facebook.", "She just registered on Facebook."
    ("Cô ấy đã đăng một tấm ảnh lên Facebook.", "She posted a photo on Facebook."),
    ("Cô ấy vừa đăng ảnh lên Facebook.", "She's just posted a photo on Facebook."),
    ("Anh ấy vừa mới đăng một video lên YouTube.", "He's just posted a video on YouTube."),
    # v8: "Are you Facebook?", "Do you use Zalo?" (of your mother), "I used Zalo."
    ("Bạn có Facebook không?", "Are you on Facebook?"),
    ("Mẹ bạn có dùng Zalo không?", "Does your mother use Zalo?"),
    ("Bạn có dùng Facebook không?", "Do you use Facebook?"),
    ("Tôi không dùng Facebook.", "I don't use Facebook."),
    ("Tôi dùng Zalo.", "I use Zalo."),
    # v8: "Do you load this application?", "Would you loaded this application?", "I have not loaded Zalo."
    ("Bạn có tải ứng dụng này chưa?", "Have you downloaded this app yet?"),
    ("Bạn đã tải ứng dụng này chưa?", "Have you downloaded this app yet?"),
    ("Tải ứng dụng này đi.", "Download this app."),
    ("Hãy tải ứng dụng Zalo về.", "Download the Zalo app."),
    ("Bạn nên tải ứng dụng này.", "You should download this app."),
    ("Tôi đã tải ứng dụng này rồi.", "I've already downloaded this app."),
    ("Tôi tải nó về rồi.", "I've already downloaded it."),
    ("Tôi chưa tải Zalo.", "I haven't downloaded Zalo yet."),
    ("Mẹ tôi vừa cài WhatsApp.", "My mother has just installed WhatsApp."),
    # v8: "Tonight, call video.", "Tonight, we call video.", "Call me.", "I'll call your video for you tonight."
    ("Tối nay gọi video nhé.", "Let's video call tonight."),
    ("Tối nay chúng ta gọi video nhé.", "Let's video call tonight."),
    ("Gọi video cho tôi nhé.", "Video call me."),
    ("Gọi video cho tôi qua Zalo nhé.", "Video call me on Zalo."),
    ("Tôi sẽ gọi video cho bạn tối nay.", "I'll video call you tonight."),
    ("Mẹ tôi vừa gọi video cho tôi.", "My mother has just video called me."),
    # v8: "Send me to Zalo.", "I'll send you through Zalo.", "The news for me through Zalo."
    ("Gửi cho tôi qua Zalo nhé.", "Send it to me on Zalo."),
    ("Gửi nó cho tôi qua Zalo nhé.", "Send it to me on Zalo."),
    ("Tôi sẽ gửi cho bạn qua Zalo.", "I'll send it to you on Zalo."),
    ("Nhắn tin cho tôi qua WhatsApp nhé.", "Message me on WhatsApp."),
    # not: "anh" saying it (the speaker, or you), posting or adding plainly (a habit, or done?), oneself added, a day
    # behind with "sẽ", using "yet", seen on a platform (v8 is right), Facebook news (mt/news.py), "kết bạn" with no
    # platform (making friends), "đang", "có" without "không", a call with no "video" (mt/messages.py)
    ("Tôi dùng Zalo nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh kết bạn với tôi trên Facebook.", None), ("Tôi đăng ảnh lên Facebook.", None),
    ("Tôi kết bạn với tôi trên Facebook.", None), ("Hôm qua tôi sẽ gọi video cho bạn.", None),
    ("Bạn có dùng Facebook chưa?", None), ("Tôi thấy nó trên TikTok.", None), ("Tôi thấy trên Facebook.", None),
    ("Tôi đã kết bạn với cô ấy.", None), ("Tôi đang tải ứng dụng này.", None), ("Tôi có tải ứng dụng này.", None),
    ("Gọi cho tôi nhé.", None), ("Tôi gọi video cho bạn nhé.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có trên Facebook không?", "Mẹ bạn có ở Zalo không?", "Tôi không phải trên Facebook."
    ("Are you on Facebook?", "Bạn có dùng Facebook không?"),
    ("Is your mother on Zalo?", "Mẹ bạn có dùng Zalo không?"),
    ("I'm not on Facebook.", "Tôi không dùng Facebook."),
    ("She's on Instagram.", "Cô ấy dùng Instagram."),
    ("Do you use Facebook?", "Bạn có dùng Facebook không?"),
    ("Does he use Zalo?", "Anh ấy có dùng Zalo không?"),
    # v8: "Thêm tôi vào Facebook.", "Tôi nói thêm cô ấy vào Facebook."
    ("Add me on Facebook.", "Kết bạn với tôi trên Facebook nhé."),
    ("Can you add me on Zalo?", "Bạn có thể kết bạn với tôi trên Zalo không?"),
    ("I'll add you on Facebook.", "Tôi sẽ kết bạn với bạn trên Facebook."),
    ("I added her on Facebook.", "Tôi đã kết bạn với cô ấy trên Facebook."),
    ("Did you add her on Facebook?", "Bạn đã kết bạn với cô ấy trên Facebook chưa?"),
    # v8: "Làm theo tôi trên Instagram.", "Bạn có làm theo cô ấy trên Instagram không?" (obey)
    ("Follow me on Instagram.", "Theo dõi tôi trên Instagram nhé."),
    ("Please follow me on Instagram!", "Theo dõi tôi trên Instagram nhé!"),
    ("Do you follow her on Instagram?", "Bạn có theo dõi cô ấy trên Instagram không?"),
    ("I follow him on TikTok.", "Tôi theo dõi anh ấy trên TikTok."),
    ("My sister follows me on TikTok.", "Em gái tôi theo dõi tôi trên TikTok."),
    # v8: "Cô ấy đăng lên tấm ảnh trên Facebook."
    ("She posted a photo on Facebook.", "Cô ấy đã đăng một tấm ảnh lên Facebook."),
    ("He's just posted a video on YouTube.", "Anh ấy vừa đăng một video lên YouTube."),
    ("She's posted photos on Instagram.", "Cô ấy đã đăng ảnh lên Instagram rồi."),
    # v8: "Bạn đã tải về ứng dụng này chưa?" (stiff), "Tải về ứng dụng này."
    ("Have you downloaded this app?", "Bạn đã tải ứng dụng này chưa?"),
    ("Have you downloaded this app yet?", "Bạn đã tải ứng dụng này chưa?"),
    ("Has he downloaded the Zalo app yet?", "Anh ấy đã tải ứng dụng Zalo chưa?"),
    ("Download this app.", "Tải ứng dụng này nhé."),
    ("I've already downloaded the app.", "Tôi đã tải ứng dụng rồi."),
    ("I haven't downloaded Zalo yet.", "Tôi chưa tải Zalo."),
    ("You should install WhatsApp.", "Bạn nên cài WhatsApp."),
    # v8: "Video gọi tôi.", "Hãy gọi video tối nay." (stiff)
    ("Let's video call tonight.", "Tối nay chúng ta gọi video nhé."),
    ("Video call me.", "Gọi video cho tôi nhé."),
    ("Video call me on Zalo.", "Gọi video cho tôi qua Zalo nhé."),
    ("I'll video call you tonight.", "Tối nay tôi sẽ gọi video cho bạn."),
    ("My mother just video called me.", "Mẹ tôi vừa gọi video cho tôi."),
    # v8: "Tôi sẽ gửi nó cho bạn ở Zalo.", "Thông điệp tôi về những gìsAppp."
    ("Send it to me on Zalo.", "Gửi cho tôi qua Zalo nhé."),
    ("I'll send it to you on Zalo.", "Tôi sẽ gửi cho bạn qua Zalo."),
    ("Message me on WhatsApp.", "Nhắn tin cho tôi qua WhatsApp nhé."),
    # not: "is" or the verb not agreeing with who, "these app", "Have you follow", seen on a platform, Facebook news
    # (mt/news.py), a day behind with "will", "Will you …?" (a favour?), "I didn't …", adding with no platform
    ("Are she on Instagram?", None), ("She post a photo on Facebook.", None), ("I adds you on Facebook.", None),
    ("He have downloaded Zalo.", None), ("Download these app.", None), ("Have you follow me on Instagram?", None),
    ("I saw it on TikTok.", None), ("I saw it on Facebook.", None), ("I'll add you on Facebook yesterday.", None),
    ("Will you add me on Facebook?", None), ("I didn't add her on Facebook.", None), ("Add me.", None),
    ("Have you used Facebook yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Kết bạn với tôi trên Facebook nhé.", "en", "vi") is None
    assert translate("Add me on Facebook.", "vi", "en") is None
    assert translate("Add me on Facebook.", "en", "fr") is None
