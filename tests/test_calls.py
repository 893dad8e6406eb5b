"""On the phone: asking for someone, someone not in, both ways (mt/calls.py)."""
import pytest

from mt import phrasebook
from mt.calls import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "Alo, told me to meet Lan.", "Lan there is no here.", "My mother had no house."
    ("Alo, cho tôi gặp chị Lan.", "Hello, could I speak to Lan, please?"),
    ("Cho em nói chuyện với anh Minh được không ạ?", "Could I speak to Minh, please?"),
    ("Cho tôi gặp ông Hùng.", "Could I speak to Mr. Hung, please?"),
    ("Cho tôi gặp mẹ bạn.", "Could I speak to your mother, please?"),
    ("Em gái của tôi không có nhà.", "My sister isn't at home."),
    ("Cho tôi gặp anh ấy được không?", "Could I speak to him, please?"),
    ("Chị Lan không có ở đây.", "Lan isn't here."), ("Mẹ tôi không có nhà.", "My mother isn't at home."),
    ("Anh ấy hiện không có ở đây.", "He isn't here right now."), ("Anh ấy vừa ra ngoài.", "He has just gone out."),
    ("Họ không có nhà.", "They aren't at home."), ("Anh ấy đi vắng rồi.", "He is out."),
    # not: someone not of the lists (a doctor may be seen), the speaker
    ("Cho tôi gặp bác sĩ.", None), ("Tôi không có ở đây.", None), ("Cái ví không có ở đây.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Xin vui lòng, tôi có thể nói chuyện với Lan không?", "Bây giờ không ở đây.", "Tôi sẽ hỏi anh ấy gọi lại
    # cho anh ấy."
    ("Hello, may I speak to Lan, please?", "Alô, cho tôi gặp Lan được không ạ?"),
    ("Can I speak to Mr. Hung?", "Cho tôi gặp ông Hung được không ạ?"),
    ("Could I talk to your father?", "Cho tôi gặp bố bạn được không ạ?"),
    ("Lan isn't here right now.", "Lan hiện không có ở đây."),
    ("She's not in at the moment.", "Cô ấy hiện không có ở đây."),
    ("My mother isn't at home.", "Mẹ tôi không có nhà."), ("He's not here.", "Anh ấy không có ở đây."),
    ("I'll ask him to call you back.", "Tôi sẽ bảo anh ấy gọi lại cho bạn."),
    ("I'll tell Lan to call you back later.", "Tôi sẽ bảo Lan gọi lại cho bạn sau."),
    # not: "it", a word that opens a sentence, someone not named
    ("It isn't here.", None), ("This isn't here.", None), ("Nobody is not here.", None),
    ("Can I speak to your manager?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_asks_for_someone(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Alo, cho tôi gặp chị Lan.", "Mẹ tôi không có nhà."], "vi", "en") == [
        "Hello, could I speak to Lan, please?", "My mother isn't at home."]
    assert t.translate(["Lan isn't here right now."], "en", "vi") == ["Lan hiện không có ở đây."]


@pytest.mark.parametrize("text, src, tgt, said", [
    # the phrase list's phone calls (v6: "Who call you?", "Who's OK?", "Bạn có số sai.", "Đây là ai?")
    ("Ai gọi đấy ạ?", "vi", "en", "Who's calling?"), ("Ai đấy?", "vi", "en", "Who is it?"),
    ("Cái này của ai?", "vi", "en", "Whose is this?"),
    ("You have the wrong number.", "en", "vi", "Bạn gọi nhầm số rồi."),
    ("Hold on a moment, please.", "en", "vi", "Xin chờ máy một chút."),
    ("Whose is this?", "en", "vi", "Cái này của ai?"),
])
def test_phrases_on_the_phone(text, src, tgt, said):
    assert phrasebook.translate(text, src, tgt) == said


@pytest.mark.parametrize("text, src, tgt, said", [
    # someone's phone number asked for (v7: "Do you have a number of phones?")
    ("Bạn có số điện thoại của Lan không?", "vi", "en", "Do you have Lan's phone number?"),
    ("Cho tôi xin số điện thoại của bạn được không?", "vi", "en", "Could I have your phone number?"),
    ("Số điện thoại của mẹ bạn là gì?", "vi", "en", "What's your mother's phone number?"),
    ("Bạn có số điện thoại của anh ấy không?", "vi", "en", "Do you have his phone number?"),
    ("Do you have Lan's phone number?", "en", "vi", "Bạn có số điện thoại của Lan không?"),
    ("Could I have your number, please?", "en", "vi", "Cho tôi xin số điện thoại của bạn được không?"),
    ("What is Mr. Smith's number?", "en", "vi", "Số điện thoại của ông Smith là gì?"),
    # not: someone not read whole (a hotel), "you" asked whether they have their own
    ("Số điện thoại của khách sạn là gì?", "vi", "en", None),
    ("Bạn có số điện thoại của bạn không?", "vi", "en", None),
])
def test_a_phone_number_asked_for(text, src, tgt, said):
    assert translate(text, src, tgt) == said
