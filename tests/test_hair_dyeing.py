"""Dyeing one's hair: now, as a habit or not, never, ever, having to, going to asked, and whose hair is dyed (a
colour), both ways (mt/hair_dyeing.py)."""
import pytest

from mt.hair_dyeing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She is blisters.", "My mother is brown hair.", "Are you dye?", "We are demanding hair."
    ("Cô ấy đang nhuộm tóc.", "She's dyeing her hair."),
    ("Mẹ tôi đang nhuộm tóc màu nâu.", "My mother is dyeing her hair brown."),
    ("Chúng tôi đang nhuộm tóc.", "We're dyeing our hair."),
    ("Tôi đang nhuộm tóc ạ.", "I'm dyeing my hair."),
    ("Em gái tôi đang nhuộm tóc màu hồng.", "My sister is dyeing her hair pink."),
    ("Bác Lan đang nhuộm tóc.", "Aunt Lan is dyeing her hair."),
    ("Bạn có đang nhuộm tóc không?", "Are you dyeing your hair?"),
    ("Bạn đang nhuộm tóc màu gì?", "What colour are you dyeing your hair?"),
    # v8: "Do you need hair?", "Do you have a hair loss?", "Do you or hair loss?"
    ("Bạn có nhuộm tóc không?", "Do you dye your hair?"),
    ("Anh có nhuộm tóc không?", "Do you dye your hair?"),
    ("Mẹ bạn có nhuộm tóc không?", "Does your mother dye her hair?"),
    ("Bạn có hay nhuộm tóc không?", "Do you often dye your hair?"),
    ("Cô ấy có nhuộm tóc mỗi tháng không?", "Does she dye her hair every month?"),
    # v8: "I blisters twice.", "My mother blisters every month.", "She's usually blisters."
    ("Tôi nhuộm tóc hai tháng một lần.", "I dye my hair every two months."),
    ("Mẹ tôi nhuộm tóc mỗi tháng.", "My mother dyes her hair every month."),
    ("Chị tôi thường nhuộm tóc.", "My sister often dyes her hair."),
    ("Anh trai tôi thỉnh thoảng nhuộm tóc.", "My brother sometimes dyes his hair."),
    ("Họ hay nhuộm tóc.", "They often dye their hair."),
    # v8: "I don't dye.", "My father never had hair blisters."
    ("Tôi không nhuộm tóc.", "I don't dye my hair."),
    ("Chúng tôi không nhuộm tóc mỗi tháng.", "We don't dye our hair every month."),
    ("Bố tôi không bao giờ nhuộm tóc.", "My father never dyes his hair."),
    # v8: "I'm never hairy.", "He has never been blisters.", "We don't have hair dye."
    ("Tôi chưa bao giờ nhuộm tóc.", "I've never dyed my hair."),
    ("Tôi chưa bao giờ nhuộm tóc!", "I've never dyed my hair!"),
    ("Anh ấy chưa từng nhuộm tóc.", "He's never dyed his hair."),
    ("Chúng tôi chưa nhuộm tóc bao giờ.", "We've never dyed our hair."),
    ("Mẹ tôi chưa bao giờ nhuộm tóc màu đỏ.", "My mother has never dyed her hair red."),
    # v8: "Never have your hair?", "Have you had your hair?"
    ("Bạn đã bao giờ nhuộm tóc chưa?", "Have you ever dyed your hair?"),
    ("Bạn đã từng nhuộm tóc chưa?", "Have you ever dyed your hair?"),
    ("Bạn có từng nhuộm tóc không?", "Have you ever dyed your hair?"),
    # v8: "My mother must blisters."
    ("Mẹ tôi phải nhuộm tóc bạc.", "My mother has to dye her grey hair."),
    # v8: "Are you planning for hair loss?", "Are you planning your hair?", "What color do you plan?"
    ("Bạn có định nhuộm tóc không?", "Are you going to dye your hair?"),
    ("Bạn định nhuộm tóc à?", "Are you going to dye your hair?"),
    ("Bạn sẽ nhuộm tóc à?", "Are you going to dye your hair?"),
    ("Bạn định nhuộm tóc màu gì?", "What colour are you going to dye your hair?"),
    ("Bạn muốn nhuộm tóc màu gì?", "What colour would you like to dye your hair?"),
    # v8: "My hair is purple.", "The Land is red.", "My hair is dye.", "Do you dlisters?", "What color do you need?"
    ("Tóc tôi nhuộm màu tím.", "My hair is dyed purple."),
    ("Tóc Lan nhuộm màu đỏ.", "Lan's hair is dyed red."),
    ("Tóc mẹ tôi được nhuộm màu đen.", "My mother's hair is dyed black."),
    ("Tóc tôi được nhuộm màu hồng.", "My hair is dyed pink."),
    ("Tóc cô ấy nhuộm vàng.", "Her hair is dyed blonde."),
    ("Tóc tôi là tóc nhuộm.", "My hair is dyed."),
    ("Tóc tôi không phải tóc nhuộm.", "My hair isn't dyed."),
    ("Tóc tôi không nhuộm.", "My hair isn't dyed."),
    ("Tóc bạn nhuộm à?", "Is your hair dyed?"),
    ("Tóc bạn có nhuộm không?", "Is your hair dyed?"),
    ("Tóc cô ấy có phải tóc nhuộm không?", "Is her hair dyed?"),
    ("Có phải tóc bạn nhuộm màu đỏ không?", "Is your hair dyed red?"),
    ("Tóc bạn nhuộm màu gì?", "What colour is your hair dyed?"),
    # not: a plain verb with no tense word (does, or did?), done, just done, wanted or going to said (mt/haircuts.py),
    # a name alone dyeing (his or her?), "chưa" alone (not yet, or never?), "có bao giờ" (does, or has, ever?), "từng"
    # said, "có phải" (must?), silver, "xanh" alone, hair as born (mt/features.py), clothes dyed, another's hair, a
    # pet, "anh" alone saying it, "I" asked, a "?" with no asking word, "có" with no "không", "nhỉ", a reason
    ("Anh ấy nhuộm tóc vàng.", None), ("Tôi nhuộm tóc.", None), ("Mẹ tôi nhuộm tóc bạc.", None),
    ("Cô ấy đã nhuộm tóc màu đỏ.", None), ("Tôi nhuộm tóc rồi.", None), ("Bạn mới nhuộm tóc à?", None),
    ("Tôi muốn nhuộm tóc.", None), ("Cô ấy sẽ nhuộm tóc.", None), ("Lan đang nhuộm tóc.", None),
    ("Bạn tôi đang nhuộm tóc.", None), ("Tôi chưa nhuộm tóc.", None), ("Bạn đã nhuộm tóc chưa?", None),
    ("Bạn có bao giờ nhuộm tóc không?", None), ("Tôi từng nhuộm tóc.", None), ("Bạn có phải nhuộm tóc không?", None),
    ("Tóc bạn có phải nhuộm không?", None), ("Tóc tôi nhuộm màu bạc.", None), ("Tôi nhuộm tóc màu xanh.", None),
    ("Tóc cô ấy màu vàng.", None), ("Tôi nhuộm áo màu đỏ.", None), ("Cô ấy đang nhuộm vải.", None),
    ("Cô ấy đang nhuộm tóc cho tôi.", None), ("Con chó của tôi đang nhuộm tóc.", None),
    ("Tóc con mèo của tôi nhuộm màu hồng.", None), ("Anh nhuộm tóc mỗi tháng.", None), ("Tóc anh nhuộm màu đỏ.", None),
    ("Tôi có nhuộm tóc không?", None), ("Tóc tôi nhuộm màu tím à?", None), ("Cô ấy đang nhuộm tóc?", None),
    ("Bạn có nhuộm tóc?", None), ("Bạn nhuộm tóc màu gì?", None), ("Tôi nhuộm tóc mỗi tháng nhỉ.", None),
    ("Tóc bạn tóc nhuộm à?", None), ("Cô ấy đang nhuộm tóc vì đám cưới.", None),
    ("Ông tôi phải nhuộm tóc bạc mỗi tháng.", None), ("She is dyeing her hair.", None),
    # not: "we" asked (of oneself: "Chúng ta có nhuộm tóc không?" asks a plan, are we?), "có được … không?" (may it?)
    ("Chúng ta có nhuộm tóc không?", None), ("Chúng tôi có nhuộm tóc không?", None),
    ("Chúng tôi có đang nhuộm tóc không?", None), ("Chúng ta đang nhuộm tóc à?", None),
    ("Chúng ta đã bao giờ nhuộm tóc chưa?", None), ("Chúng ta định nhuộm tóc màu gì?", None),
    ("Tóc chúng tôi nhuộm à?", None), ("Tóc bạn có được nhuộm không?", None), ("Tóc bạn được nhuộm à?", None),
    ("Tóc tôi không được nhuộm.", None), ("Tóc con tôi không được nhuộm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy đang vỗ tóc." (patting), "Tôi đang hẹn hò tóc vàng của mình." (dating), "Lan đang hẹn hò tóc."
    ("She is dyeing her hair.", "Cô ấy đang nhuộm tóc."),
    ("I'm dyeing my hair blonde.", "Tôi đang nhuộm tóc màu vàng."),
    ("She's dyeing her hair pink.", "Cô ấy đang nhuộm tóc màu hồng."),
    ("Lan is dyeing her hair.", "Lan đang nhuộm tóc."),
    ("Hung is dyeing his hair.", "Hung đang nhuộm tóc."),
    ("Huong is dyeing her hair.", "Huong đang nhuộm tóc."),
    ("Does Hung dye his hair?", "Hung có nhuộm tóc không?"),
    ("We are dyeing our hair.", "Chúng tôi đang nhuộm tóc."),
    ("Is she dyeing her hair?", "Cô ấy có đang nhuộm tóc không?"),
    # v8: "Bạn có muốn tóc mình không?", "Liệu mẹ của bạn có làm cho tóc mình không?"
    ("Do you dye your hair?", "Bạn có nhuộm tóc không?"),
    ("Does your mother dye her hair?", "Mẹ bạn có nhuộm tóc không?"),
    ("Do you often dye your hair?", "Bạn có hay nhuộm tóc không?"),
    ("Do you ever dye your hair?", "Bạn có bao giờ nhuộm tóc không?"),
    ("Does she dye her hair every month?", "Cô ấy có nhuộm tóc mỗi tháng không?"),
    # v8: "Tôi vặn tóc của mình mỗi hai tháng.", "Mẹ tôi hẹn hò tóc của mình mỗi tháng.", "Cô ấy rót tóc của mình."
    ("I dye my hair every two months.", "Tôi nhuộm tóc hai tháng một lần."),
    ("My mother dyes her hair every month.", "Mẹ tôi nhuộm tóc mỗi tháng."),
    ("We dye our hair once a month.", "Chúng tôi nhuộm tóc mỗi tháng một lần."),
    ("She dyes her hair.", "Cô ấy nhuộm tóc."),
    ("She often dyes her hair.", "Cô ấy hay nhuộm tóc."),
    ("I sometimes dye my hair.", "Tôi thỉnh thoảng nhuộm tóc."),
    ("She always dyes her hair red.", "Cô ấy luôn nhuộm tóc màu đỏ."),
    # v8: "Tôi không dâu tóc của tôi.", "Cha tôi không bao giờ hẹn hò tóc của mình."
    ("I don't dye my hair.", "Tôi không nhuộm tóc."),
    ("My mother doesn't dye her hair.", "Mẹ tôi không nhuộm tóc."),
    ("My father never dyes his hair.", "Bố tôi không bao giờ nhuộm tóc."),
    # v8: "Tôi chưa bao giờ vỗ tóc của mình.", "Bạn đã từng vỗ tóc của mình chưa?"
    ("I've never dyed my hair.", "Tôi chưa bao giờ nhuộm tóc."),
    ("My mother has never dyed her hair.", "Mẹ tôi chưa bao giờ nhuộm tóc."),
    ("She's never dyed her hair.", "Cô ấy chưa bao giờ nhuộm tóc."),
    ("My sister has never dyed her hair blue.", "Em gái tôi chưa bao giờ nhuộm tóc màu xanh dương."),
    ("Have you ever dyed your hair?", "Bạn đã bao giờ nhuộm tóc chưa?"),
    ("Has your mother ever dyed her hair?", "Mẹ bạn đã bao giờ nhuộm tóc chưa?"),
    # v8: "Mẹ tôi phải vỗ tóc grey của mình.", "Mẹ tôi làm cho mái tóc óc của mình."
    ("My mother has to dye her grey hair.", "Mẹ tôi phải nhuộm tóc bạc."),
    ("My mother dyes her gray hair.", "Mẹ tôi nhuộm tóc bạc."),
    ("They have to dye their hair.", "Họ phải nhuộm tóc."),
    # v8: "Bạn sẽ làm cho tóc mình không?", "Bạn sẽ dấy lên tóc mình như thế nào?"
    ("Are you going to dye your hair?", "Bạn có định nhuộm tóc không?"),
    ("Is she going to dye her hair blonde?", "Cô ấy có định nhuộm tóc màu vàng không?"),
    ("What colour are you going to dye your hair?", "Bạn định nhuộm tóc màu gì?"),
    ("What colour would you like to dye your hair?", "Bạn muốn nhuộm tóc màu gì?"),
    ("What color does she dye her hair?", "Cô ấy nhuộm tóc màu gì?"),
    # v8: "Tóc của tôi bị rụng tóc." (falling out), "Tóc tóc của Lan bị hói.", "Tóc bạn có màu nào không?"
    ("My hair is dyed purple.", "Tóc tôi nhuộm màu tím."),
    ("My hair is dyed purple!", "Tóc tôi nhuộm màu tím!"),
    ("Her hair is dyed blonde.", "Tóc cô ấy nhuộm màu vàng."),
    ("Lan's hair is dyed.", "Tóc Lan là tóc nhuộm."),
    ("My mother's hair is dyed black.", "Tóc mẹ tôi nhuộm màu đen."),
    ("My hair isn't dyed.", "Tóc tôi không phải tóc nhuộm."),
    ("Is your hair dyed?", "Tóc bạn có phải tóc nhuộm không?"),
    ("Is her hair dyed red?", "Có phải tóc cô ấy nhuộm màu đỏ không?"),
    ("What colour is your hair dyed?", "Tóc bạn nhuộm màu gì?"),
    # not: done, just done, wanted or going to said (mt/haircuts.py), another's hair ("She dyes my hair.", "Lan …
    # his", "My brother … her"), the verb not agreeing, "I" asked, a pet's hair (fur), "isn't dyeing", "never dyed"
    # (or "has never"?), a grey and a colour, "every 2 months", "cover" (a hat?), a "?" on a statement, clothes dyed
    ("She dyed her hair red.", None), ("She has dyed her hair.", None), ("I want to dye my hair.", None),
    ("I'm going to dye my hair.", None), ("Did she dye her hair?", None), ("She dyes my hair.", None),
    ("Lan is dyeing his hair.", None), ("My brother is dyeing her hair.", None), ("He dye his hair.", None),
    ("She have never dyed her hair.", None), ("Do I dye my hair?", None), ("Is my hair dyed?", None),
    ("My dog's hair is dyed pink.", None), ("She isn't dyeing her hair.", None), ("I never dyed my hair.", None),
    ("My mother dyes her grey hair black.", None), ("I dye my hair every 2 months.", None),
    ("I cover my grey hair.", None), ("She dyes her hair?", None), ("Your hair is dyed?", None),
    ("I dyed my shirt red.", None), ("She is dyeing her hair every month.", None),
    ("Do you never dye your hair?", None),
    ("My mother's hair isn't dyed red.", None), ("What colour do I dye my hair?", None),
    ("She has blonde hair.", None), ("Cô ấy đang nhuộm tóc.", None),
    # not: a name's "his" or "her" where the name does not say it is theirs (a man's "her", a woman's "his", an
    # English name's), "we" asked ("chúng ta" or "chúng tôi"?), "rarely" asked ("có hiếm khi … không?" is not said)
    ("Hung is dyeing her hair.", None), ("John is dyeing her hair.", None), ("Mary is dyeing his hair.", None),
    ("Peter dyes her hair every month.", None), ("Tom has never dyed her hair.", None),
    ("Does Hung dye her hair?", None), ("What colour is John dyeing her hair?", None),
    ("Are we going to dye our hair?", None), ("Do we dye our hair?", None), ("Are we dyeing our hair?", None),
    ("Have we ever dyed our hair?", None), ("What colour are we going to dye our hair?", None),
    ("Is our hair dyed?", None), ("Does she rarely dye her hair?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
