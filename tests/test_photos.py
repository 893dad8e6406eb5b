"""Taking photos: one asked of someone, offered or suggested, photos allowed here, a selfie or photos taken, who took
this one, the photos sent or shown, a lovely photo, both ways (mt/photos.py)."""
import pytest

from mt.photos import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you take pictures to help us a photo?", "Take pictures to me.", "Let me take you.", "I took you a photo."
    ("Bạn chụp giúp chúng tôi một tấm ảnh được không?", "Could you take a photo for us?"),
    ("Bạn có thể chụp cho chúng tôi một tấm ảnh không?", "Could you take a photo of us?"),
    ("Chụp giúp tôi một tấm được không?", "Could you take a photo for me?"),
    ("Tôi có thể chụp cho bạn một tấm ảnh không?", "Can I take a photo of you?"),
    ("Chụp cho tôi một tấm nhé.", "Please take a photo of me."),
    ("Chụp ảnh cho tôi nhé.", "Please take a photo of me."),
    ("Chụp cho tôi một tấm!", "Take a photo of me!"),
    ("Bạn chụp cho tôi một tấm nhé.", "Please take a photo of me."),
    ("Để tôi chụp cho bạn.", "Let me take a photo of you."),
    ("Tôi chụp cho bạn một tấm nhé?", "Shall I take a photo of you?"),
    # v8: "Let's take a photo." (together lost), "Take a whole photo!", "She took a picture of selfie." (no "vừa"),
    # "I took a sunset.", "We took a photo in general."
    ("Chúng ta chụp chung một tấm nhé.", "Let's take a photo together."),
    ("Chụp chung một tấm nhé!", "Let's take a photo together!"),
    ("Chúng ta chụp ảnh selfie nhé.", "Let's take a selfie."),
    ("Cô ấy vừa chụp ảnh selfie.", "She just took a selfie."),
    ("Tôi đã chụp rất nhiều ảnh.", "I took a lot of photos."),
    ("Tôi chụp nhiều ảnh lắm rồi.", "I've taken a lot of photos."),
    ("Mẹ tôi đã chụp rất nhiều ảnh biển.", "My mother took a lot of photos of the sea."),
    ("Tôi vừa chụp một tấm ảnh hoàng hôn.", "I just took a photo of the sunset."),
    ("Chúng tôi đã chụp chung một tấm ảnh.", "We took a photo together."),
    ("Bác Hùng đã chụp rất nhiều ảnh.", "Uncle Hung took a lot of photos."),
    # v8: "Who took this image?", "Who took the photo?" (this lost), "This image was taken by my mother."
    ("Ảnh này ai chụp vậy?", "Who took this photo?"),
    ("Ai chụp ảnh này?", "Who took this photo?"),
    ("Bức ảnh này do mẹ tôi chụp.", "My mother took this photo."),
    # v8: "Can I photograph here?", "Is it captured here?", "The photos are not taken here."
    ("Tôi có thể chụp ảnh ở đây không?", "Can I take photos here?"),
    ("Ở đây có được chụp ảnh không?", "Is photography allowed here?"),
    ("Ở đây không được chụp ảnh.", "Photography is not allowed here."),
    ("Không được chụp ảnh.", "Photography is not allowed."),
    # v8: "Send the image to me.", "I'll send your image to you.", "I sent your image to you.", "Let me see the image
    # with.", "Can you show the image?"
    ("Gửi ảnh cho tôi nhé.", "Please send me the photos."),
    ("Gửi ảnh cho tôi.", "Send me the photos."),
    ("Bạn gửi ảnh cho tôi được không?", "Can you send me the photos?"),
    ("Bạn gửi cho tôi mấy tấm ảnh được không?", "Can you send me the photos?"),
    ("Tôi sẽ gửi ảnh cho bạn sau.", "I'll send you the photos later."),
    ("Tôi gửi ảnh cho bạn nhé.", "I'll send you the photos."),
    ("Tôi đã gửi ảnh cho bạn rồi.", "I've sent you the photos."),
    ("Tôi vừa gửi ảnh cho mẹ tôi.", "I just sent my mother the photos."),
    ("Bạn đã gửi ảnh cho tôi chưa?", "Have you sent me the photos yet?"),
    ("Cho tôi xem ảnh với.", "Let me see the photos."),
    ("Cho tôi xem ảnh được không?", "Can I see the photos?"),
    ("Bạn cho tôi xem ảnh được không?", "Could you show me the photos?"),
    # v8: "The beautiful image!", "This image is beautiful!"
    ("Ảnh đẹp quá!", "What a lovely photo!"),
    ("Ảnh này đẹp quá!", "This photo is so beautiful!"),
    ("Bức ảnh này đẹp thật.", "This photo is really beautiful."),
    # not: a plain verb (a habit, or now), "anh", "em" saying it (may be the speaker), of oneself, "Ảnh đẹp." (one or
    # many), "Chúng ta chụp ảnh nhé." (mt/suggestions.py's), photography as a hobby, a camera broken, "Đừng chụp ảnh."
    # (v8 is right), a photo sent by Zalo, sent to "bạn" told, a question without "không"
    ("Gửi ảnh cho tôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi chụp nhiều ảnh lắm.", None), ("Cô ấy chụp ảnh selfie.", None), ("Tôi chụp cho bạn một tấm.", None),
    ("Anh chụp cho em một tấm nhé.", None), ("Anh gửi ảnh cho em nhé.", None), ("Bạn có thể chụp cho bạn không?", None),
    ("Ảnh đẹp.", None), ("Chúng ta chụp ảnh nhé.", None), ("Sở thích của tôi là chụp ảnh.", None),
    ("Máy ảnh của tôi bị hỏng.", None), ("Đừng chụp ảnh.", None), ("Gửi ảnh cho tôi qua Zalo nhé.", None),
    ("Gửi ảnh cho bạn nhé.", None), ("Ảnh này ai chụp.", None), ("Tôi gửi ảnh cho bạn.", None),
    ("Ảnh này đẹp không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể chụp một tấm ảnh của chúng tôi …" (of ours), "Uống một bức tranh của tôi!" (drink a painting),
    # "Bạn có nhớ một bức ảnh của chúng tôi không?" (remember), "Tôi chụp một bức ảnh của bạn không?"
    ("Could you take a photo of us?", "Bạn chụp giúp chúng tôi một tấm ảnh được không?"),
    ("Can you take a picture of us, please?", "Bạn chụp giúp chúng tôi một tấm ảnh được không?"),
    ("Would you mind taking a photo of us?", "Bạn chụp giúp chúng tôi một tấm ảnh được không?"),
    ("Could you take a photo for me?", "Bạn chụp giúp tôi một tấm ảnh được không?"),
    ("Will you take a picture of my mother?", "Bạn chụp giúp mẹ tôi một tấm ảnh được không?"),
    ("Can I take a photo of you?", "Tôi chụp cho bạn một tấm ảnh được không?"),
    ("Shall I take a photo of you?", "Tôi chụp cho bạn một tấm ảnh nhé?"),
    ("Take a picture of me!", "Chụp cho tôi một tấm ảnh nhé!"),
    ("Please take a photo of us.", "Chụp cho chúng tôi một tấm ảnh nhé."),
    ("Let me take a picture of you.", "Để tôi chụp cho bạn một tấm ảnh."),
    # v8: "Hãy tự mình đi." (go by yourself), "Chúng ta hãy lấy một tấm ảnh cùng nhau." (get), "Cô ấy tự mình lấy một
    # cáiie.", "… một tấm ảnh của tia nắng." (a ray)
    ("Let's take a selfie.", "Chúng ta chụp một tấm ảnh selfie nhé."),
    ("Let's take a photo together.", "Chúng ta chụp chung một tấm ảnh nhé."),
    ("She took a selfie.", "Cô ấy đã chụp một tấm ảnh selfie."),
    ("She just took a selfie.", "Cô ấy vừa chụp một tấm ảnh selfie."),
    ("I took a lot of photos.", "Tôi đã chụp rất nhiều ảnh."),
    ("He took lots of pictures.", "Anh ấy đã chụp rất nhiều ảnh."),
    ("I took a photo of the sunset.", "Tôi đã chụp một tấm ảnh hoàng hôn."),
    ("My mother took a lot of photos of the beach.", "Mẹ tôi đã chụp rất nhiều ảnh bãi biển."),
    ("We took lots of photos together.", "Chúng tôi đã chụp chung rất nhiều ảnh."),
    ("She has taken a few photos.", "Cô ấy đã chụp vài tấm ảnh rồi."),
    ("Who took that picture?", "Ai chụp bức ảnh đó?"),
    ("My mother took this photo.", "Bức ảnh này do mẹ tôi chụp."),
    # v8: "Bạn có thể gởi tôi ảnh không?", "Gửi tôi những bức ảnh.", "… về sau." (in the future), "… vẫn chưa?",
    # "Hiển thị tôi ảnh." (display)
    ("Can you send me the photos?", "Bạn gửi ảnh cho tôi được không?"),
    ("Will you send the pictures to Lan?", "Bạn gửi ảnh cho Lan được không?"),
    ("Send me the photos.", "Gửi ảnh cho tôi nhé."),
    ("Please send me the photos!", "Gửi ảnh cho tôi nhé!"),
    ("I'll send you the photos later.", "Tôi sẽ gửi ảnh cho bạn sau."),
    ("She'll send us the photos tonight.", "Tối nay cô ấy sẽ gửi ảnh cho chúng tôi."),
    ("I've sent you the photos.", "Tôi đã gửi ảnh cho bạn rồi."),
    ("I just sent you the photos.", "Tôi vừa gửi ảnh cho bạn."),
    ("Have you sent me the photos yet?", "Bạn đã gửi ảnh cho tôi chưa?"),
    ("Let me see the photos.", "Cho tôi xem ảnh với."),
    ("Can I see the photos?", "Cho tôi xem ảnh được không?"),
    ("Can you show me the photos?", "Bạn cho tôi xem ảnh được không?"),
    ("Show me the photos.", "Cho tôi xem ảnh nhé."),
    # v8: "Ảnh một cách đáng yêu!" (in a lovely way), "Hình ảnh băng!" (ice), "Ảnh lớn!" (big)
    ("What a lovely photo!", "Ảnh đẹp quá!"),
    ("Nice picture!", "Ảnh đẹp quá!"),
    ("Great photo!", "Ảnh đẹp quá!"),
    ("This photo is so beautiful!", "Bức ảnh này đẹp quá!"),
    # not: "has", "have" not agreeing, a habit ("I take"), of oneself, "Let's take a picture." (mt/suggestions.py's),
    # "Can I take pictures here?" (v8 is right), a day not read, the hobby's, how many (left), "Who took this photo."
    ("She have taken a few photos.", None), ("I has taken a photo.", None), ("Have he sent you the photos?", None),
    ("She have sent me the photos.", None), ("I take a lot of photos.", None), ("Can I take a photo of me?", None),
    ("Take a photo of you.", None), ("Send you the photos.", None), ("Let's take a photo.", None),
    ("Can I take pictures here?", None), ("I'll send you the photos by email.", None),
    ("My hobby is taking photos.", None), ("How many photos did you take?", None), ("Who took this photo.", None),
    ("I send you the photos.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Ảnh đẹp quá!", "en", "vi") is None
    assert translate("What a lovely photo!", "vi", "en") is None
    assert translate("What a lovely photo!", "en", "fr") is None
