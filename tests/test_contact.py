"""Keeping in touch: keeping or staying in touch, still in touch or no longer, losing touch, not having heard from
someone for a while, still talking every week, getting in touch, both ways (mt/contact.py)."""
import pytest

from mt.contact import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Keep contacts.", "Let's keep contact.", "Remember to keep contacts."
    ("Giữ liên lạc nhé.", "Keep in touch."),
    ("Giữ liên lạc nhé!", "Keep in touch!"),
    ("Hãy giữ liên lạc nhé.", "Keep in touch."),
    ("Chúng ta giữ liên lạc nhé.", "Let's keep in touch."),
    ("Nhớ giữ liên lạc với tôi nhé.", "Remember to keep in touch with me."),
    # v8: "Contact me.", "Remember to contact me.", "How do you contact with you?"
    ("Liên lạc với tôi nhé.", "Get in touch with me."),
    ("Vui lòng liên lạc với chúng tôi.", "Please get in touch with us."),
    ("Làm sao để liên lạc với bạn?", "How can I get in touch with you?"),
    ("Tôi có thể liên lạc với bạn bằng cách nào?", "How can I get in touch with you?"),
    # v8: "We still keep contacts.", "I kept contact with her.", "Do you keep contact with him?"
    ("Chúng tôi vẫn giữ liên lạc.", "We still keep in touch."),
    ("Chúng tôi vẫn giữ liên lạc với nhau.", "We still keep in touch with each other."),
    ("Tôi vẫn giữ liên lạc với cô ấy.", "I still keep in touch with her."),
    ("Mẹ tôi vẫn giữ liên lạc với cô ấy.", "My mother still keeps in touch with her."),
    ("Bạn còn giữ liên lạc với anh ấy không?", "Do you still keep in touch with him?"),
    ("Bạn có giữ liên lạc với Lan không?", "Do you keep in touch with Lan?"),
    # v8: "Did you contact her?", "Did you contact with Lan?", "I'm no longer contact with him."
    ("Bạn còn liên lạc với cô ấy không?", "Are you still in touch with her?"),
    ("Bạn có còn liên lạc với Lan không?", "Are you still in touch with Lan?"),
    ("Anh còn liên lạc với cô ấy không?", "Are you still in touch with her?"),
    ("Tôi vẫn còn liên lạc với cô ấy.", "I'm still in touch with her."),
    ("Chúng tôi vẫn liên lạc với nhau.", "We're still in touch."),
    ("Tôi không còn liên lạc với anh ấy nữa.", "I'm no longer in touch with him."),
    ("Chúng tôi không còn liên lạc nữa.", "We're no longer in touch."),
    ("Tôi sẽ liên lạc với bạn sau.", "I'll get in touch with you later."),
    ("Tôi sẽ liên lạc.", "I'll be in touch."),
    ("Chúng tôi sẽ giữ liên lạc.", "We'll keep in touch."),
    # v8: "We lost the contact long.", "We lost a lot of years.", "I lost my contact with her."
    ("Chúng tôi mất liên lạc lâu rồi.", "We lost touch a long time ago."),
    ("Chúng tôi mất liên lạc nhiều năm rồi.", "We lost touch years ago."),
    ("Chúng tôi đã mất liên lạc từ nhiều năm trước.", "We lost touch years ago."),
    ("Chúng tôi đã mất liên lạc.", "We lost touch."),
    ("Tôi mất liên lạc với cô ấy rồi.", "I've lost touch with her."),
    ("Tôi đã mất liên lạc với anh ấy từ lâu.", "I lost touch with him a long time ago."),
    ("Họ mất liên lạc hai năm rồi.", "They lost touch two years ago."),
    ("Chúng tôi mất liên lạc cách đây một năm.", "We lost touch a year ago."),
    # v8: "Then I didn't believe his news.", "I didn't hear anything from her."
    ("Lâu rồi tôi không có tin tức gì của anh ấy.", "I haven't heard from him for a long time."),
    ("Đã lâu rồi tôi không nghe tin gì từ cô ấy.", "I haven't heard from her for a long time."),
    ("Tôi không nghe tin gì từ anh ấy lâu rồi.", "I haven't heard from him for a long time."),
    ("Mấy tháng nay mẹ tôi không có tin tức gì của Lan.", "My mother hasn't heard from Lan for months."),
    ("Dạo này bạn có tin tức gì của anh ấy không?", "Have you heard from him lately?"),
    # v8: "We still talk about week.", "We still talk to each week."
    ("Chúng tôi vẫn nói chuyện hàng tuần.", "We still talk every week."),
    ("Chúng tôi vẫn nói chuyện với nhau mỗi tuần.", "We still talk to each other every week."),
    ("Tôi nói chuyện với mẹ tôi mỗi ngày.", "I talk to my mother every day."),
    ("Bạn còn nói chuyện với cô ấy không?", "Do you still talk to her?"),
    # not: "chúng ta" saying what we do, keeping in touch told to "you", "với nhau" of one, "anh" saying it (the
    # speaker or "you"), "liên lạc với" alone (contact?), "mất liên lạc" of one with no one (a signal?) or with no
    # when, not hearing with no span or with no one (mt/news.py's), talking with no "every", reaching (reception's)
    ("Tôi sẽ liên lạc nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chúng ta giữ liên lạc.", None), ("Giữ liên lạc với bạn nhé.", None), ("Tôi vẫn giữ liên lạc với nhau.", None),
    ("Anh vẫn còn liên lạc với cô ấy.", None), ("Bạn có liên lạc với cô ấy không?", None),
    ("Tôi mất liên lạc rồi.", None), ("Chúng tôi mất liên lạc.", None), ("Tôi chưa có tin gì từ anh ấy.", None),
    ("Bạn có tin tức gì của anh ấy không?", None), ("Lâu rồi không có tin tức gì của anh ấy.", None),
    ("Tôi nói chuyện mỗi ngày.", None), ("Tôi không liên lạc được với Lan.", None), ("Liên lạc với bạn nhé.", None),
    ("Tôi sẽ giữ liên lạc với nhau.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hãy chạm vào!" (touch it), "Chúng ta hãy tiếp tục chạm vào."
    ("Keep in touch.", "Giữ liên lạc nhé."),
    ("Let's keep in touch.", "Chúng ta giữ liên lạc nhé."),
    ("Stay in touch!", "Giữ liên lạc nhé!"),
    ("Let's stay in touch.", "Chúng ta giữ liên lạc nhé."),
    ("Remember to keep in touch with me.", "Nhớ giữ liên lạc với tôi nhé."),
    # v8: "Hãy tiếp xúc với tôi.", "Vui lòng chạm vào tôi.", "Tôi có thể chạm vào bạn được như thế nào?"
    ("Get in touch with me.", "Hãy liên lạc với tôi nhé."),
    ("Please get in touch with me.", "Vui lòng liên lạc với tôi."),
    ("How can I get in touch with you?", "Làm sao để tôi liên lạc với bạn?"),
    ("How can I reach you?", "Làm sao để tôi liên lạc với bạn?"),
    # v8: "Tôi sẽ chạm vào.", "Tôi sẽ chạm vào bạn."
    ("I'll be in touch.", "Tôi sẽ liên lạc với bạn."),
    ("I'll be in touch soon.", "Tôi sẽ sớm liên lạc với bạn."),
    ("I'll get in touch with you later.", "Tôi sẽ liên lạc với bạn sau."),
    ("We'll keep in touch.", "Chúng tôi sẽ giữ liên lạc."),
    # v8: "Chúng tôi mất cảm ứng cách đây nhiều năm." (a touchscreen), "Tôi đã lạc quan với cô ấy." (optimistic)
    ("We lost touch years ago.", "Chúng tôi đã mất liên lạc từ nhiều năm trước."),
    ("We lost touch a long time ago.", "Chúng tôi đã mất liên lạc từ lâu rồi."),
    ("We lost touch two years ago.", "Chúng tôi đã mất liên lạc từ hai năm trước."),
    ("We've lost touch.", "Chúng tôi mất liên lạc rồi."),
    ("I lost touch with her.", "Tôi đã mất liên lạc với cô ấy."),
    ("I've lost touch with him.", "Tôi mất liên lạc với anh ấy rồi."),
    ("She's lost touch with Lan.", "Cô ấy mất liên lạc với Lan rồi."),
    # v8: "Bạn vẫn còn tiếp xúc với cô ấy không?", "Bạn vẫn còn tiếp tục chạm vào anh ấy không?", "Chúng tôi vẫn đang
    # chạm vào.", "Tôi không chạm vào anh ấy nữa."
    ("Are you still in touch with her?", "Bạn còn liên lạc với cô ấy không?"),
    ("Are they still in touch?", "Họ còn liên lạc với nhau không?"),
    ("Is he still in touch with your mother?", "Anh ấy còn liên lạc với mẹ bạn không?"),
    ("Do you still keep in touch with him?", "Bạn còn giữ liên lạc với anh ấy không?"),
    ("Does she keep in touch with you?", "Cô ấy có giữ liên lạc với bạn không?"),
    ("We're still in touch.", "Chúng tôi vẫn còn liên lạc với nhau."),
    ("We still keep in touch.", "Chúng tôi vẫn giữ liên lạc với nhau."),
    ("I'm still in touch with Lan.", "Tôi vẫn còn liên lạc với Lan."),
    ("I'm not in touch with him anymore.", "Tôi không còn liên lạc với anh ấy nữa."),
    ("I'm no longer in touch with him.", "Tôi không còn liên lạc với anh ấy nữa."),
    ("We don't keep in touch anymore.", "Chúng tôi không còn giữ liên lạc với nhau nữa."),
    ("My mother still keeps in touch with her.", "Mẹ tôi vẫn giữ liên lạc với cô ấy."),
    # v8: "Tôi không nghe được gì từ anh ấy trong một thời gian dài.", "Bạn có nghe tiếng anh không?" (English)
    ("I haven't heard from him for a long time.", "Lâu rồi tôi không có tin tức gì của anh ấy."),
    ("I haven't heard from her in years.", "Nhiều năm rồi tôi không có tin tức gì của cô ấy."),
    ("She hasn't heard from him in a while.", "Cũng lâu rồi cô ấy không có tin tức gì của anh ấy."),
    ("Have you heard from him?", "Bạn có tin tức gì của anh ấy không?"),
    ("Have you heard from Lan lately?", "Dạo này bạn có tin tức gì của Lan không?"),
    # v8: "Chúng tôi vẫn còn nói chuyện mỗi tuần." (near)
    ("We still talk every week.", "Chúng tôi vẫn nói chuyện với nhau mỗi tuần."),
    ("I talk to my mother every day.", "Tôi nói chuyện với mẹ tôi mỗi ngày."),
    ("Do you still talk to her?", "Bạn còn nói chuyện với cô ấy không?"),
    # not: the verb not agreeing with who ("She have", "Are he", "Does she keeps", "He talk"), "have" with "ago",
    # "you" with no one said (one or many?), one losing touch with no one, "not in touch" without "anymore", not
    # hearing with no span, talking with no "every", losing touch after something
    ("She have lost touch with Lan.", None), ("Are he still in touch with her?", None),
    ("Does she keeps in touch with you?", None), ("She still keep in touch with her.", None),
    ("She haven't heard from him in a while.", None), ("He talk to my mother every day.", None),
    ("We've lost touch years ago.", None), ("Are you still in touch?", None), ("I've lost touch.", None),
    ("I'm not in touch with him.", None), ("I haven't heard from him.", None), ("We talk.", None),
    ("We lost touch after college.", None), ("Let's get in touch.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
