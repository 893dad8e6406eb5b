"""Wrapping presents and packing things: asked of a shop or at home, who wraps the presents, wrapping paper, gift
wrapping in a shop, both ways (mt/wrapping.py)."""
import pytest

from mt.wrapping import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can you package a gift for me?", "Packages for me.", "Can you cover the gift for me?", "Can you give in the
    # box for me?", "Can you package this to present?", "Packages help me this."
    ("Bạn gói quà giúp tôi được không?", "Can you gift-wrap it for me?"),
    ("Bạn có thể gói quà giúp tôi không?", "Could you gift-wrap it for me?"),
    ("Bạn có thể bọc quà giúp tôi không?", "Could you gift-wrap it for me?"),
    ("Chị có thể gói quà giúp em được không?", "Could you gift-wrap it for me?"),
    ("Bạn có thể gói cái này thành quà không?", "Could you wrap this as a present?"),
    ("Bạn gói lại giúp tôi nhé.", "Please wrap it up for me."),
    ("Gói quà giúp tôi nhé.", "Please gift-wrap it for me."),
    ("Làm ơn gói quà giúp tôi.", "Please gift-wrap it for me."),
    ("Gói giúp tôi cái này nhé.", "Please wrap this for me."),
    ("Bạn gói cái này giúp tôi được không?", "Can you wrap this for me?"),
    ("Bạn có thể cho vào hộp giúp tôi không?", "Could you put it in a box for me?"),
    ("Bỏ nó vào hộp giúp tôi nhé.", "Please put it in a box for me."),
    ("Bạn có thể gói riêng từng cái không?", "Could you wrap them separately?"),
    # v8: "I still have a present.", "I'm packing.", "She had a package of gifts last night.", "Are you packaged?",
    # "I pack the present.", "He is packing Christmas present."
    ("Tôi vẫn phải gói quà.", "I still have to wrap the presents."),
    ("Mẹ tôi cần gói quà.", "My mother needs to wrap the presents."),
    ("Tôi đang gói quà.", "I'm wrapping the presents."),
    ("Anh ấy vẫn đang gói quà Giáng sinh.", "He's still wrapping the Christmas presents."),
    ("Cô ấy đã gói quà tối qua.", "She wrapped the presents last night."),
    ("Tối qua cô ấy gói quà.", "She wrapped the presents last night."),
    ("Tôi đã gói quà rồi.", "I've already wrapped the presents."),
    ("Tôi gói quà xong rồi.", "I've finished wrapping the presents."),
    ("Tôi vừa gói quà xong.", "I've just finished wrapping the presents."),
    ("Bạn đã gói quà chưa?", "Have you wrapped the presents yet?"),
    ("Anh gói quà chưa?", "Have you wrapped the presents yet?"),
    ("Tôi vẫn chưa gói quà.", "I still haven't wrapped the presents."),
    ("Chúng tôi sẽ gói quà tối nay.", "We'll wrap the presents tonight."),
    ("Tối nay tôi gói quà.", "I'm wrapping the presents tonight."),
    # v8: "Do you have a paper paper?", "I need a paper of presents.", "Is the gift lost?"
    ("Bạn có giấy gói quà không?", "Do you have any wrapping paper?"),
    ("Bạn còn giấy gói quà không?", "Do you have any wrapping paper left?"),
    ("Tôi cần giấy gói quà.", "I need some wrapping paper."),
    ("Cô ấy không có giấy gói quà.", "She doesn't have any wrapping paper."),
    ("Chúng tôi hết giấy gói quà rồi.", "We've run out of wrapping paper."),
    ("Ở đây có dịch vụ gói quà không?", "Do you do gift wrapping?"),
    ("Gói quà có mất tiền không?", "Is there a charge for gift wrapping?"),
    ("Gói quà có miễn phí không?", "Is gift wrapping free?"),
    # not: offered or maybe done already, "anh", "em" saying it (the speaker?), a plain verb with no day (a habit?),
    # a day that does not go with "sẽ", food to take away, a packet, bánh chưng, "gói quà" a gift pack, a present for
    # someone, "có" asking (do you do it?)
    ("Tôi đang gói quà nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Gói quà không?", None), ("Bạn gói quà giúp tôi.", None), ("Anh gói quà giúp em nhé.", None),
    ("Gói quà giúp anh nhé.", None),
    ("Anh chưa gói quà.", None), ("Tôi gói quà.", None), ("Cô ấy sẽ gói quà tối qua.", None),
    ("Cho tôi gói mang về.", None), ("Tôi mua một gói thuốc.", None), ("Chúng tôi gói bánh chưng.", None),
    ("Gói quà bao nhiêu tiền?", None), ("Tôi cần gói quà cho bố.", None), ("Bạn có gói quà được không?", None),
    ("Bạn có thể gói không?", None), ("Tôi còn giấy gói quà.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể tặng quà cho mình không?" (give a present), "Bạn có thể quấn nó như một món quà không?" (wind
    # it), "Làm ơn, hãy cuộn nó cho tôi." (roll it), "Bạn có thể đặt nó vào một hộp không?"
    ("Can you gift-wrap it?", "Bạn có thể gói quà giúp tôi không?"),
    ("Could you gift wrap this?", "Bạn có thể gói cái này thành quà giúp tôi không?"),
    ("Could you wrap it as a present?", "Bạn có thể gói quà giúp tôi không?"),
    ("Could you wrap it as a present for me?", "Bạn có thể gói quà giúp tôi không?"),
    ("Could you wrap this as a present?", "Bạn có thể gói cái này thành quà giúp tôi không?"),
    ("Wrap it up for me, please.", "Làm ơn gói lại giúp tôi."),
    ("Could you wrap it up for me?", "Bạn có thể gói lại giúp tôi không?"),
    ("Could you wrap this up?", "Bạn có thể gói cái này lại giúp tôi không?"),
    ("Can you put it in a box?", "Bạn có thể cho vào hộp giúp tôi không?"),
    ("Put it in a box for me.", "Cho vào hộp giúp tôi nhé."),
    ("Could you wrap them separately?", "Bạn có thể gói riêng từng cái giúp tôi không?"),
    ("Can I have it gift-wrapped?", "Bạn có thể gói quà giúp tôi không?"),
    ("I'd like it wrapped, please.", "Bạn gói lại giúp tôi nhé."),
    ("Would you like it gift-wrapped?", "Bạn có muốn gói quà không?"),
    # v8: "Tôi vẫn phải quấn các món quà.", "Cô ấy quấn các món quà tối qua.", "Tôi đang cuộn những món quà.", "Bạn có
    # bao bọc các món quà không?"
    ("I still have to wrap the presents.", "Tôi vẫn phải gói quà."),
    ("My mother still has to wrap the presents.", "Mẹ tôi vẫn phải gói quà."),
    ("I need to wrap the gifts.", "Tôi cần gói quà."),
    ("She wrapped the presents last night.", "Tối qua cô ấy đã gói quà."),
    ("She's wrapping the Christmas presents.", "Cô ấy đang gói quà Giáng sinh."),
    ("I'm wrapping the presents tonight.", "Tối nay tôi gói quà."),
    ("They are wrapping the presents.", "Họ đang gói quà."),
    ("I've already wrapped the presents.", "Tôi đã gói quà rồi."),
    ("We've just wrapped the presents.", "Chúng tôi vừa gói quà."),
    ("I've finished wrapping the presents.", "Tôi đã gói quà xong rồi."),
    ("Have you wrapped the presents yet?", "Bạn đã gói quà chưa?"),
    ("Has Lan wrapped the presents yet?", "Lan đã gói quà chưa?"),
    ("I still haven't wrapped the presents.", "Tôi vẫn chưa gói quà."),
    ("She hasn't finished wrapping the presents yet.", "Cô ấy chưa gói quà xong."),
    ("We'll wrap the presents tonight.", "Tối nay chúng tôi sẽ gói quà."),
    ("I have to wrap the presents tomorrow.", "Ngày mai tôi phải gói quà."),
    # ("we" asking takes in the listener: "chúng ta")
    ("Have we wrapped the presents yet?", "Chúng ta đã gói quà chưa?"),
    ("Do we have any wrapping paper left?", "Chúng ta còn giấy gói quà không?"),
    # v8: "Bạn có giấy cuộn không?", "Chúng tôi ra khỏi giấy cuộn." (went out of), "Có gói gói gói gói tự do không?"
    ("Do you have wrapping paper?", "Bạn có giấy gói quà không?"),
    ("Do you sell wrapping paper?", "Bạn có bán giấy gói quà không?"),
    ("Do you have any wrapping paper left?", "Bạn còn giấy gói quà không?"),
    ("My mother needs some wrapping paper.", "Mẹ tôi cần giấy gói quà."),
    ("We're out of wrapping paper.", "Chúng tôi hết giấy gói quà rồi."),
    ("She doesn't have any wrapping paper.", "Cô ấy không có giấy gói quà."),
    ("Do you do gift wrapping?", "Ở đây có dịch vụ gói quà không?"),
    ("Is gift wrapping free?", "Gói quà có miễn phí không?"),
    ("How much does gift wrapping cost?", "Gói quà mất bao nhiêu tiền?"),
    # not: "wrap it up" with neither "this" nor "for me" (finish it?), wrapped in something else, an offer, "Did …",
    # them gift-wrapped, "has", "is", "does" not agreeing with who, asked with a statement's words, a present for
    # someone, "wrap it" bare
    ("Can you wrap it up?", None), ("Wrap it in a blanket.", None), ("Shall I wrap it for you?", None),
    ("Did you wrap the presents?", None), ("Can you gift-wrap them?", None), ("Put it in a box.", None),
    ("She have to wrap the presents.", None), ("My mother still have to wrap the presents.", None),
    ("They is wrapping the presents.", None), ("She don't have any wrapping paper.", None),
    ("I has run out of wrapping paper.", None), ("You still have to wrap the presents?", None),
    ("She wrapped the presents for her mother.", None), ("Wrap it.", None),
    # not: a day that does not go with the tense
    ("I wrapped the presents tomorrow.", None), ("She wrapped the presents next week.", None),
    ("I will wrap the presents yesterday.", None), ("I'm wrapping the presents yesterday.", None),
    ("She's wrapping the presents last night.", None), ("I have to wrap the presents yesterday.", None),
    ("They need to wrap the presents yesterday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bạn gói quà giúp tôi được không?", "en", "vi") is None
    assert translate("Can you gift-wrap it?", "vi", "en") is None
    assert translate("Can you gift-wrap it?", "en", "fr") is None
