"""A phone number changed, new or old, saved or asked for, both ways (mt/phone_numbers.py)."""
import pytest

from mt.phone_numbers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I've changed the number of phones.", "Do you change the number?", "My mother changed the number.", "Aunt
    # Lan change the number.", "He changed the number of phones.", "I'll change the number of phones."
    ("Tôi mới đổi số điện thoại.", "I've just changed my phone number."),
    ("Tôi vừa đổi số.", "I've just changed my number."),
    ("Bạn đổi số rồi à?", "Have you changed your number?"),
    ("Bạn đã đổi số chưa?", "Have you changed your number yet?"),
    ("Chị vừa đổi số à?", "Have you just changed your number?"),
    ("Mẹ tôi đổi số rồi.", "My mother has changed her number."),
    ("Anh ấy đổi số điện thoại rồi.", "He's changed his phone number."),
    ("Bác Lan đổi số rồi.", "Aunt Lan has changed her number."),
    ("Bố tôi đã đổi số điện thoại.", "My father has changed his phone number."),
    ("Chúng tôi đã đổi số điện thoại.", "We've changed our phone number."),
    ("Tôi chưa đổi số.", "I haven't changed my number yet."),
    ("Cô ấy vẫn chưa đổi số.", "She still hasn't changed her number."),
    ("Tôi sẽ đổi số điện thoại.", "I'll change my phone number."),
    ("Tôi muốn đổi số.", "I want to change my number."),
    ("Mẹ tôi cần đổi số điện thoại.", "My mother needs to change her phone number."),
    ("Tôi sắp đổi số.", "I'm about to change my number."),
    ("Bạn có muốn đổi số không?", "Do you want to change your number?"),
    # v8: "I changed the new number."
    ("Tôi đổi số mới rồi.", "I've got a new number."),
    ("Lan vừa đổi số mới.", "Lan has just got a new number."),
    ("Bạn đổi số điện thoại mới rồi à?", "Have you got a new phone number?"),
    # v8 gets these right ("This is my new number.", "What's your new number?"); the rest
    ("Đây là số mới của tôi.", "This is my new number."),
    ("Đây là số điện thoại mới của tôi.", "This is my new phone number."),
    ("Đó là số cũ của mẹ tôi.", "That is my mother's old number."),
    ("Đây có phải là số mới của bạn không?", "Is this your new number?"),
    ("Số mới của bạn là gì?", "What's your new number?"),
    ("Số điện thoại mới của anh ấy là bao nhiêu?", "What's his new phone number?"),
    # v8: "Saves my new number.", "I save your number.", "Would you save my number?"
    ("Lưu số mới của tôi nhé.", "Save my new number."),
    ("Lưu số của tôi nhé.", "Save my number."),
    ("Nhớ lưu số mới của tôi nhé.", "Remember to save my new number."),
    ("Tôi lưu số của bạn rồi.", "I've saved your number."),
    ("Tôi đã lưu số mới của mẹ bạn.", "I've saved your mother's new number."),
    ("Bạn lưu số của tôi chưa?", "Have you saved my number yet?"),
    ("Chúng tôi sẽ lưu số điện thoại của bạn.", "We'll save your phone number."),
    # v8: "I don't use the old number anymore.", "My mother didn't use the old number.", "Do you use the old
    # number?", "I still have an old number.", "My old number doesn't use anymore."
    ("Tôi không dùng số cũ nữa.", "I don't use my old number any more."),
    ("Tôi không còn dùng số cũ nữa.", "I don't use my old number any more."),
    ("Mẹ tôi không dùng số cũ nữa.", "My mother doesn't use her old number any more."),
    ("Bạn còn dùng số cũ không?", "Do you still use your old number?"),
    ("Tôi vẫn dùng số cũ.", "I still use my old number."),
    ("Anh ấy vẫn còn dùng số điện thoại cũ.", "He still uses his old phone number."),
    ("Số cũ của tôi không dùng nữa.", "My old number is no longer in use."),
    # v8: "Give me your number, please.", "Can I get your new number?"
    ("Cho tôi xin số của bạn nhé.", "Can I have your number?"),
    ("Cho tôi xin số mới của bạn được không?", "Can I have your new number?"),
    # not: a plain "đổi số" (done, or a habit?), "không đổi số" (won't, or didn't?), a name alone changing or using
    # their number (his or her?), "I" asked, a pet, a "?" with no asking word and an asking word with none, "có"
    # without "không", one's own number saved or asked for, another's old number used, digits, a car's number, the
    # phone number asked for (mt/calls.py's) and the wrong number (mt/mistakes.py)
    ("Tôi đổi số.", None), ("Tôi không đổi số.", None), ("Lan đổi số rồi.", None), ("Lan không dùng số cũ nữa.", None),
    ("Tôi đổi số rồi à?", None), ("Con chó của tôi đổi số rồi.", None), ("Bạn đổi số rồi?", None),
    ("Bạn đổi số rồi à.", None), ("Bạn có đổi số không?", None), ("Tôi lưu số của tôi rồi.", None),
    ("Cho tôi xin số của tôi.", None), ("Tôi không dùng số cũ của mẹ tôi nữa.", None), ("Tôi đổi số xe rồi.", None),
    ("Số mới của tôi là 0912 345 678.", None), ("Bạn có số điện thoại của Lan không?", None),
    ("Tôi gọi nhầm số.", None), ("Anh đổi số rồi.", None), ("Tôi vẫn dùng số cũ nữa.", None),
    ("Tôi không dùng số cũ.", None), ("Đây là số mới của tôi?", None), ("Tôi đổi số rồi nhỉ.", None),
    ("Tôi mới đổi số rồi.", None), ("I've changed my number.", None), ("Số này không có thật.", None),
    # (review) another's old number, a pronoun after kin or another pronoun ("cô ấy" is not "mẹ tôi": not "her own"),
    # "Lưu số của bạn nhé." ("(I'll) save your number, OK?" as often as an order), and the phone number asked for
    # with no "mới" (mt/calls.py's)
    ("Mẹ tôi vẫn dùng số cũ của cô ấy.", None), ("Bố tôi vẫn dùng số cũ của anh ấy.", None),
    ("Mẹ tôi không dùng số cũ của cô ấy nữa.", None), ("Chị ấy vẫn dùng số cũ của cô ấy.", None),
    ("Anh ấy vẫn dùng số cũ của anh ấy.", "He still uses his old number."),
    ("Tôi vẫn dùng số cũ của mình.", "I still use my old number."),
    ("Lưu số của bạn nhé.", None), ("Lưu số mới của bạn nhé.", None),
    ("Nhớ lưu số của bạn nhé.", "Remember to save your number."),
    ("Cho tôi xin số điện thoại của bạn.", None), ("Cho tôi xin số điện thoại của mẹ bạn được không?", None),
    ("Cho tôi xin số điện thoại mới của bạn.", "Can I have your new phone number?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vừa thay đổi số điện thoại của tôi.", "Bạn có thay đổi con số của mình chưa?", "Mẹ tôi đã thay đổi
    # con số của mình.", "Tôi không thay đổi con số của tôi." (didn't), "Tôi có một con số mới." (a figure)
    ("I've just changed my phone number.", "Tôi vừa đổi số điện thoại."),
    ("I've changed my number.", "Tôi đổi số rồi."),
    ("I changed my number.", "Tôi đã đổi số."),
    ("I just changed my number.", "Tôi vừa đổi số."),
    ("Have you changed your number?", "Bạn đổi số rồi à?"),
    ("Have you changed your number yet?", "Bạn đã đổi số chưa?"),
    ("My mother has changed her number.", "Mẹ tôi đổi số rồi."),
    ("He has changed his phone number.", "Anh ấy đổi số điện thoại rồi."),
    ("She's changed her number.", "Cô ấy đổi số rồi."),
    ("Lan has changed her number.", "Lan đổi số rồi."),
    ("We changed our phone number.", "Chúng tôi đã đổi số điện thoại."),
    ("I haven't changed my number.", "Tôi chưa đổi số."),
    ("She still hasn't changed her number.", "Cô ấy vẫn chưa đổi số."),
    ("I'll change my number.", "Tôi sẽ đổi số."),
    ("I'm going to change my phone number.", "Tôi sẽ đổi số điện thoại."),
    ("I want to change my phone number.", "Tôi muốn đổi số điện thoại."),
    ("My father needs to change his number.", "Bố tôi cần đổi số."),
    ("Do you want to change your number?", "Bạn có muốn đổi số không?"),
    ("I've got a new number.", "Tôi đổi số mới rồi."),
    ("My sister has just got a new phone number.", "Em gái tôi vừa đổi số điện thoại mới."),
    ("Have you got a new number?", "Bạn đổi số mới rồi à?"),
    # v8: "Đây là con số mới của tôi.", "Con số mới của bạn là gì?"
    ("This is my new number.", "Đây là số mới của tôi."),
    ("That's my mother's old number.", "Đó là số cũ của mẹ tôi."),
    ("Is this your new number?", "Đây có phải là số mới của bạn không?"),
    ("What's your new number?", "Số mới của bạn là gì?"),
    ("What is his new phone number?", "Số điện thoại mới của anh ấy là gì?"),
    # v8: "Lưu số mới của tôi." (fine), "Tôi đã lưu số của bạn.", "Bạn đã lưu số của tôi chưa?" (fine)
    ("Save my new number.", "Lưu số mới của tôi."),
    ("Remember to save my number.", "Nhớ lưu số của tôi nhé."),
    ("I've saved your number.", "Tôi lưu số của bạn rồi."),
    ("Have you saved my number?", "Bạn đã lưu số của tôi chưa?"),
    ("I'll save your new number.", "Tôi sẽ lưu số mới của bạn."),
    ("She hasn't saved my number.", "Cô ấy chưa lưu số của tôi."),
    # v8: "Tôi không sử dụng con số cũ của tôi thêm.", "Mẹ tôi không sử dụng con số già của mình nữa." (aged)
    ("I don't use my old number any more.", "Tôi không dùng số cũ nữa."),
    ("My mother doesn't use her old number anymore.", "Mẹ tôi không dùng số cũ nữa."),
    ("We no longer use our old phone number.", "Chúng tôi không dùng số điện thoại cũ nữa."),
    ("Do you still use your old number?", "Bạn còn dùng số cũ không?"),
    ("He still uses his old number.", "Anh ấy vẫn dùng số cũ."),
    ("My old number is no longer in use.", "Số cũ của tôi không còn dùng nữa."),
    # v8: "Có thể con số mới của bạn được không?"
    ("Can I have your new number?", "Cho tôi xin số mới của bạn được không?"),
    ("Could I have your mother's new phone number?", "Cho tôi xin số điện thoại mới của mẹ bạn được không?"),
    # not: the verb or whose not agreeing with who ("She have", "He change", "My mother … my number"), "haven't got"
    # (not had, or not got?), "will changed", a plain present (a habit?), "I" asked, one's own number saved, "Did …?",
    # the phone number asked for (mt/calls.py's), digits, other numbers ("a number of", "the number of people")
    ("She have changed her number.", None), ("He change his number.", None),
    ("My mother has changed my number.", None), ("I haven't got a new number.", None),
    ("I will changed my number.", None), ("I change my number.", None), ("Have I changed my number?", None),
    ("I've saved my number.", None), ("Did you change your number?", None), ("Can I have your phone number?", None),
    ("My new number is 0912 345 678.", None), ("A number of people came.", None),
    ("She doesn't uses her old number.", None), ("Does he still uses his old number?", None),
    ("I don't use my old number.", None), ("I changed your number.", None), ("This is my new number?", None),
    ("Do you wants to change your number?", None), ("Has you changed your number?", None),
    ("I've changed my number yet.", None), ("Tôi đổi số rồi.", None), ("Number one.", None),
    ("My dog has changed its number.", None), ("I still use my old number any more.", None),
    # (review) "his" or "her" number saved by kin or a name: their own, or another's? ("Mẹ tôi lưu số của cô ấy
    # rồi." says another's)
    ("My mother has saved her number.", None), ("Lan has saved her number.", None),
    ("My father has saved his number.", None), ("My friend has saved his number.", None),
    ("Has your mother saved her number?", None),
    ("My mother has saved his number.", "Mẹ tôi lưu số của anh ấy rồi."),
    ("She has saved his number.", "Cô ấy lưu số của anh ấy rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
