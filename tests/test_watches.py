"""Wristwatches: worn, forgotten, taken off, their battery and strap, a smartwatch had or given, both ways
(mt/watches.py)."""
import pytest

from mt.watches import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I wore my clock.", "I don't wear clocks.", "He always wore the clock.", "Do you wear the clock?", "I'm
    # wearing clocks.", "Are you wearing a clock?", "She wore the smart clock.", "Land wore clocks.", "We wear
    # clocks.", "My mother was wearing the smart clock.", "I never wore the clock.", "Do you or wear the clock?"
    ("Tôi đeo đồng hồ.", "I wear a watch."),
    ("Tôi không đeo đồng hồ.", "I don't wear a watch."),
    ("Anh ấy luôn đeo đồng hồ.", "He always wears a watch."),
    ("Bạn có đeo đồng hồ không?", "Do you wear a watch?"),
    ("Tôi đang đeo đồng hồ.", "I'm wearing a watch."),
    ("Bạn có đang đeo đồng hồ không?", "Are you wearing a watch?"),
    ("Cô ấy đeo đồng hồ thông minh.", "She wears a smartwatch."),
    ("Lan đeo đồng hồ.", "Lan wears a watch."),
    ("Chúng tôi đeo đồng hồ.", "We wear watches."),
    ("Mẹ tôi đang đeo đồng hồ thông minh.", "My mother is wearing a smartwatch."),
    ("Tôi không bao giờ đeo đồng hồ.", "I never wear a watch."),
    ("Bạn có hay đeo đồng hồ không?", "Do you often wear a watch?"),
    # v8: "I forgot to wear the clock.", "I forget the clock today.", "My mother forgot to wear the clock.", "We
    # forgot to wear the clock.", "Yesterday, Dad forgot to take my clock out.", "Aunt Lan forgets the clock."
    ("Tôi quên đeo đồng hồ.", "I forgot to wear my watch."),
    ("Hôm nay tôi quên đeo đồng hồ.", "I forgot to wear my watch today."),
    ("Mẹ tôi quên đeo đồng hồ.", "My mother forgot to wear her watch."),
    ("Chúng tôi quên đeo đồng hồ.", "We forgot to wear our watches."),
    ("Hôm qua bố tôi quên tháo đồng hồ ra.", "My father forgot to take off his watch yesterday."),
    ("Bác Lan quên đeo đồng hồ.", "Aunt Lan forgot to wear her watch."),
    # v8: "I took the clock out.", "I took my clock out.", "I must take my clock out.", "Did you resolve the clock?"
    ("Tôi đã tháo đồng hồ ra.", "I took off my watch."),
    ("Bố tôi tháo đồng hồ ra rồi.", "My father has taken off his watch."),
    ("Tôi phải tháo đồng hồ ra.", "I have to take off my watch."),
    ("Tôi vừa tháo đồng hồ ra.", "I've just taken off my watch."),
    ("Bạn đã tháo đồng hồ ra chưa?", "Have you taken off your watch yet?"),
    # v8: "My mother's clock out of battery.", "My smart clock out of battery.", "My wearing clock out of battery.",
    # "Land's clock out of battery.", "Your clock out of battery?", "My clock needs to replace battery.", "My
    # mother's clock needs to be replaced."; right (mt/mishaps.py's, written the same): "My watch has run out of
    # battery."
    ("Đồng hồ của mẹ tôi hết pin rồi.", "My mother's watch has run out of battery."),
    ("Đồng hồ thông minh của tôi hết pin rồi.", "My smartwatch has run out of battery."),
    ("Đồng hồ đeo tay của tôi hết pin rồi.", "My watch has run out of battery."),
    ("Đồng hồ của Lan vừa hết pin.", "Lan's watch has just run out of battery."),
    ("Đồng hồ của bạn hết pin à?", "Has your watch run out of battery?"),
    ("Đồng hồ của tôi cần thay pin.", "My watch needs a new battery."),
    ("Đồng hồ của mẹ tôi cần thay dây.", "My mother's watch needs a new strap."),
    ("Đồng hồ của tôi hết pin rồi.", "My watch has run out of battery."),
    # v8: "My clock was knocked out.", "My father's clock was broken.", "My clock has been knocked out.", "Will your
    # clock be loosened?"
    ("Dây đồng hồ của tôi bị đứt.", "My watch strap has broken."),
    ("Dây đồng hồ của tôi bị đứt rồi.", "My watch strap has broken."),
    ("Dây đồng hồ của bố tôi bị hỏng.", "My father's watch strap is broken."),
    ("Dây đồng hồ của tôi vừa bị đứt.", "My watch strap has just broken."),
    ("Dây đồng hồ của bạn có bị lỏng không?", "Is your watch strap loose?"),
    # v8: "I need to replace my battery.", "I have to replace my battery.", "I've changed battery life.", "Where can
    # I replace battery?", "I need to change my chain.", "My mother had just replaced the chain.", "He wants to
    # change the smart clock."
    ("Tôi cần thay pin đồng hồ.", "I need to get my watch battery changed."),
    ("Tôi phải thay pin đồng hồ.", "I have to get my watch battery changed."),
    ("Tôi đã thay pin đồng hồ.", "I changed my watch battery."),
    ("Tôi có thể thay pin đồng hồ ở đâu?", "Where can I get my watch battery changed?"),
    ("Tôi cần thay dây đồng hồ.", "I need to get my watch strap changed."),
    ("Mẹ tôi vừa thay dây đồng hồ.", "My mother has just changed her watch strap."),
    ("Anh ấy muốn thay dây đồng hồ thông minh.", "He wants to get his smartwatch strap changed."),
    # v8: "I have a smart clock.", "Do you have smart clocks?", "I don't have the smart clock."
    ("Tôi có một chiếc đồng hồ thông minh.", "I have a smartwatch."),
    ("Bạn có đồng hồ thông minh không?", "Do you have a smartwatch?"),
    ("Tôi không có đồng hồ thông minh.", "I don't have a smartwatch."),
    # v8: "I was given a watch for my hand.", "My daughter was given a Christmas watch.", "We were given a clock of
    # wearing our hand."
    ("Tôi được tặng một chiếc đồng hồ đeo tay.", "I was given a watch."),
    ("Con gái tôi vừa được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật.",
     "My daughter has just been given a smartwatch for her birthday."),
    ("Chúng tôi được tặng một chiếc đồng hồ đeo tay.", "We were given a watch."),
    # not: a bare "tháo" or "thay" (done, or a habit?), a name alone with their own watch (his or hers?), "chúng ta"
    # (let's?), "anh" saying it, "I" asked, a pet, "không?" without "có", a "?" on a statement, "chiếc" without
    # "một" (the watch?), "đồng hồ" not said worn (a clock), no whose, winding, taking apart, slow (mt/clock.py),
    # one's own battery asked, we owning one (one each?), a day with wearing, "nhé", "nhỉ", and English
    ("Tôi tháo đồng hồ ra.", None), ("Tôi thay pin đồng hồ.", None), ("Lan quên đeo đồng hồ.", None),
    ("Lan cần thay pin đồng hồ.", None), ("Chúng ta quên đeo đồng hồ.", None), ("Anh đeo đồng hồ.", None),
    ("Tôi có đeo đồng hồ không?", None), ("Con chó của tôi đeo đồng hồ.", None), ("Bạn đeo đồng hồ không?", None),
    ("Tôi đeo đồng hồ?", None), ("Tôi đeo chiếc đồng hồ.", None), ("Tôi có một chiếc đồng hồ.", None),
    ("Tôi được tặng một chiếc đồng hồ.", None), ("Đồng hồ hết pin rồi.", None), ("Dây đồng hồ bị đứt.", None),
    ("Tôi lên dây đồng hồ.", None), ("Anh ấy tháo đồng hồ ra để sửa.", None), ("Đồng hồ của tôi chạy chậm.", None),
    ("Đồng hồ của tôi hết pin à?", None), ("Đồng hồ của con chó hết pin rồi.", None),
    ("Chúng tôi có đồng hồ thông minh.", None), ("Hôm nay tôi không đeo đồng hồ.", None),
    ("Lan được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật.", None), ("Tôi quên đeo đồng hồ nhé.", None),
    ("Tôi quên đeo đồng hồ nhỉ.", None), ("Dây đồng hồ của tôi vừa bị hỏng.", None),
    ("Đồng hồ của tôi hết pin rồi không?", None), ("Tôi tháo đồng hồ ra chưa?", None), ("I wear a watch.", None),
    # nor "em" asking with "ạ" (the speaker), many owning one watch or strap (a clock shared, or one each?), many's
    # birthday (whose?), "rarely" asked, a statement stressed with "thế", "vậy" (so, then)
    ("Em có đeo đồng hồ không ạ?", None), ("Em có đồng hồ thông minh không ạ?", None),
    ("Em đã tháo đồng hồ ra chưa ạ?", None), ("Em có đang đeo đồng hồ không ạ?", None),
    ("Đồng hồ của chúng ta hết pin rồi.", None), ("Đồng hồ của họ hết pin à?", None),
    ("Dây đồng hồ của chúng tôi bị đứt rồi.", None), ("Dây đồng hồ của họ bị lỏng.", None),
    ("Dây đồng hồ của họ có bị lỏng không?", None),
    ("Chúng tôi được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật.", None),
    ("Họ được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật.", None),
    ("Bạn có hiếm khi đeo đồng hồ không?", None), ("Tôi phải tháo đồng hồ ra vậy.", None),
    ("Tôi quên đeo đồng hồ thế.", None), ("Dây đồng hồ của tôi bị đứt thế.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi quên mặc chiếc đồng hồ của mình.", "Cô ấy quên mặc …", "Chúng tôi quên mặc chiếc đồng hồ của chúng
    # tôi.", "Anh ta quên xem đồng hồ của mình." (look at), "Tôi quên mặc chiếc đồng hồ của tôi nữa hôm nay."
    ("I forgot to wear my watch.", "Tôi quên đeo đồng hồ."),
    ("She forgot to wear her watch.", "Cô ấy quên đeo đồng hồ."),
    ("My mother forgot to wear her watch.", "Mẹ tôi quên đeo đồng hồ."),
    ("We forgot to wear our watches.", "Chúng tôi quên đeo đồng hồ."),
    ("Lan forgot to wear her watch.", "Lan quên đeo đồng hồ."),
    ("He forgot to take his watch off.", "Anh ấy quên tháo đồng hồ ra."),
    ("I forgot to wear my watch again today.", "Hôm nay tôi lại quên đeo đồng hồ."),
    # v8: "Tôi mặc một chiếc đồng hồ.", "Tôi không mặc chiếc đồng hồ.", "Anh ta luôn mặc một chiếc đồng hồ.", "Bạn
    # đang mặc chiếc đồng hồ không?", "Cô ấy mặc chiếc áo thông minh." (a shirt), "Chúng tôi mặc quần áo." (clothes);
    # right: "Bạn có đeo đồng hồ không?"
    ("I wear a watch.", "Tôi đeo đồng hồ."),
    ("I don't wear a watch.", "Tôi không đeo đồng hồ."),
    ("He always wears a watch.", "Anh ấy luôn đeo đồng hồ."),
    ("Do you wear a watch?", "Bạn có đeo đồng hồ không?"),
    ("I'm wearing a watch.", "Tôi đang đeo đồng hồ."),
    ("Are you wearing a watch?", "Bạn có đang đeo đồng hồ không?"),
    ("She wears a smartwatch.", "Cô ấy đeo đồng hồ thông minh."),
    ("She isn't wearing a watch.", "Cô ấy không đeo đồng hồ."),
    ("We wear watches.", "Chúng tôi đeo đồng hồ."),
    ("He never wears a watch.", "Anh ấy không bao giờ đeo đồng hồ."),
    ("Does she wear a watch?", "Cô ấy có đeo đồng hồ không?"),
    # v8: "Tôi lấy đồng hồ của tôi.", "Tôi đã tắt theo dõi.", "Tôi phải tắt theo dõi.", "Anh ta chỉ lấy cái đồng hồ
    # của anh ấy.", "Bạn có lấy đồng hồ của mình chưa?"
    ("I took off my watch.", "Tôi đã tháo đồng hồ ra."),
    ("I've taken off my watch.", "Tôi tháo đồng hồ ra rồi."),
    ("I have to take off my watch.", "Tôi phải tháo đồng hồ ra."),
    ("He's just taken his watch off.", "Anh ấy vừa tháo đồng hồ ra."),
    ("Have you taken off your watch yet?", "Bạn đã tháo đồng hồ ra chưa?"),
    # v8: "Pin theo dõi của tôi đã chết.", "Pin theo dõi của tôi gần như đã chết.", "Pin đồng hồ của mẹ tôi đã
    # chết.", "Pin theo dõi Lan đã chết."; right: "Cái đồng hồ của tôi cần pin mới."
    ("My watch battery is dead.", "Đồng hồ của tôi hết pin rồi."),
    ("My watch battery is almost dead.", "Đồng hồ của tôi sắp hết pin."),
    ("My mother's watch battery is dead.", "Đồng hồ của mẹ tôi hết pin rồi."),
    ("Lan's watch battery is dead.", "Đồng hồ của Lan hết pin rồi."),
    ("My smartwatch has just run out of battery.", "Đồng hồ thông minh của tôi vừa hết pin."),
    ("My watch needs a new battery.", "Đồng hồ của tôi cần thay pin."),
    # v8: "Tôi cần có pin đã thay đổi.", "Tôi cần thay đổi pin theo dõi.", "Tôi đã thay đổi pin theo dõi của tôi.",
    # "Tôi có thể lấy pin của tôi bị thay đổi ở đâu?", "Mẹ tôi vừa thay đổi pin theo dõi của mình.", "Anh ấy muốn
    # lấy chiếc đồng hồ của anh ấy thay đổi.", "Tôi cần lấy chiếc đồng hồ của tôi thay đổi."
    ("I need to get my watch battery changed.", "Tôi cần thay pin đồng hồ."),
    ("I need to change my watch battery.", "Tôi cần thay pin đồng hồ."),
    ("I changed my watch battery.", "Tôi đã thay pin đồng hồ."),
    ("Where can I get my watch battery changed?", "Tôi có thể thay pin đồng hồ ở đâu?"),
    ("My mother has just changed her watch battery.", "Mẹ tôi vừa thay pin đồng hồ."),
    ("He wants to get his watch strap changed.", "Anh ấy muốn thay dây đồng hồ."),
    ("I need to get my watch strap changed.", "Tôi cần thay dây đồng hồ."),
    # v8: "Cái đồng hồ của tôi bị vỡ.", "Câu chạm đồng hồ của tôi bị vỡ.", "Cái đồng hồ của tôi đã đột phá.", "Cái
    # đồng hồ của bạn có lỏng lẻo không?"
    ("My watch strap has broken.", "Dây đồng hồ của tôi bị đứt."),
    ("My watch strap is broken.", "Dây đồng hồ của tôi bị hỏng."),
    ("My watch strap broke.", "Dây đồng hồ của tôi bị đứt."),
    ("Is your watch strap loose?", "Dây đồng hồ của bạn có bị lỏng không?"),
    ("My watch strap has just broken.", "Dây đồng hồ của tôi vừa bị đứt."),
    # v8 right: "Tôi có một chiếc đồng hồ thông minh.", "Bạn có đồng hồ thông minh không?"; "Tôi không có một chiếc
    # đồng hồ thông minh."
    ("I have a smartwatch.", "Tôi có một chiếc đồng hồ thông minh."),
    ("Do you have a smartwatch?", "Bạn có đồng hồ thông minh không?"),
    ("I don't have a smartwatch.", "Tôi không có đồng hồ thông minh."),
    # v8: "Tôi đã dành một chiếc đồng hồ cho sinh nhật." (spent), "Đứa con gái tôi vừa được tặng theo dõi thông minh
    # cho sinh nhật của mình."
    ("I was given a watch for my birthday.", "Tôi được tặng một chiếc đồng hồ đeo tay nhân dịp sinh nhật."),
    ("My daughter has just been given a smartwatch for her birthday.",
     "Con gái tôi vừa được tặng một chiếc đồng hồ thông minh nhân dịp sinh nhật."),
    # not: a verb not agreeing with who, watches not as many as who, another's watch, "I forgot my watch" (left it?),
    # a bare "take off" (a habit), "I" asked, a pet, no whose, "'s broken" (is or has?), "we" owning one, "watch" as
    # a verb, a watch given by someone (mt/gifts.py), a "?" on a statement, Vietnamese
    ("She wear a watch.", None), ("Does she wears a watch?", None), ("He are wearing a smartwatch.", None),
    ("I wear watches.", None), ("We wear a watch.", None), ("I forgot my watch.", None),
    ("I forgot to wear your watch.", None), ("She forgot to wear his watch.", None), ("I take off my watch.", None),
    ("Am I wearing a watch?", None), ("My dog wears a watch.", None), ("The watch battery is dead.", None),
    ("My watch strap's broken.", None), ("I change my watch battery.", None), ("We have a smartwatch.", None),
    ("My father gave me a smartwatch.", None), ("I watch football.", None), ("Watch out!", None),
    ("My watch is slow.", None), ("I wear a watch?", None), ("I were given a watch.", None),
    ("My daughter was given a smartwatch for his birthday.", None), ("Has you taken off your watch yet?", None),
    ("Where can you get your watch battery changed?", None), ("Tôi đeo đồng hồ.", None),
    ("Do you rarely wear a watch?", None), ("He's wear a watch.", None), ("She's not wear a smartwatch.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
