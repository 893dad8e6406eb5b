"""Suggesting doing something together: "let's", "shall we", "why don't we", "how about", both ways
(mt/suggestions.py)."""
import pytest

from mt.suggestions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let's walk.", "I went to eat.", "I'm left.", "I go shopping go.", "Let's call taxi."
    ("Chúng ta đi dạo nhé.", "Let's go for a walk."),
    ("Mình đi ăn đi.", "Let's go and eat."),
    ("Mình về thôi.", "Let's go home."),
    ("Mình đi mua sắm đi.", "Let's go shopping."),
    ("Chúng ta gọi taxi nhé.", "Let's call a taxi."),
    ("Chúng ta đi xem phim nhé.", "Let's go to the cinema."),
    ("Chúng ta nghỉ một chút nhé.", "Let's take a break."),
    ("Chúng ta về nhà thôi.", "Let's go home."),
    ("Mình ăn trưa đi.", "Let's have lunch."),
    ("Chúng mình đi dạo đi.", "Let's go for a walk."),
    ("Bọn mình đi bơi nhé!", "Let's go swimming!"),
    ("Tụi mình chơi cầu lông nha.", "Let's play badminton."),
    ("Mình cùng đi dạo nhé.", "Let's go for a walk."),
    ("Chúng ta hãy bắt đầu.", "Let's get started."),
    ("Chúng ta bắt đầu thôi.", "Let's get started."),
    ("Chúng ta đi ăn sáng nhé.", "Let's go for breakfast."),
    ("Chúng ta đi ăn tối nhé.", "Let's go to dinner."),  # (as tests/test_phrasebook.py has the model say it)
    # v8: "Tonight, we go to the movie.", "Tomorrow, we'll go to the sea.", "This weekend, we'll climb mountains."
    ("Tối nay chúng ta đi xem phim nhé.", "Let's go to the cinema tonight."),
    ("Ngày mai chúng ta đi biển nhé.", "Let's go to the beach tomorrow."),
    ("Cuối tuần này chúng ta đi leo núi nhé.", "Let's go hiking this weekend."),
    ("Mai, chúng ta đi câu cá nhé.", "Let's go fishing tomorrow."),
    ("Chúng ta đi biển vào thứ bảy nhé.", "Let's go to the beach on Saturday."),
    ("Chiều thứ bảy chúng ta đi bơi nhé.", "Let's go swimming on Saturday afternoon."),
    ("Tối mai mình đi ăn phở đi.", "Let's go for pho tomorrow evening."),
    ("Mai đi biển không?", "Do you want to go to the beach tomorrow?"),  # (asked without who: mt.phrasebook._INVITED)
    # v8: "Or do we go swimming?", "Or do you drink coffee?", "Tonight, do you want to go to a diagnosis?"
    ("Hay là chúng ta đi bơi?", "Why don't we go swimming?"),
    ("Hay là mình đi uống cà phê?", "Why don't we go for a coffee?"),
    ("Hay chúng ta nghỉ một chút đi?", "Why don't we take a break?"),
    ("Hay là tối nay chúng ta ăn lẩu?", "Why don't we have hotpot tonight?"),
    ("Tối nay đi ăn lẩu không?", "Do you want to go for hotpot tonight?"),
    ("Chúng ta đi bơi nhé?", "Shall we go swimming?"),
    ("Chúng ta gọi taxi không?", "Shall we call a taxi?"),
    # not: "đi" alone (the model's "Let's go"), said without a word that suggests, "mình … nhé" (may be "I"), "chúng
    # tôi" (the listener left out), a plan ("sẽ") or a question ("có … không"), a day behind, someone else asked, an
    # imperative without "we", a doing not in the table, a reason before it, a question without "?", "nghỉ" alone (a
    # break or a day off)
    ("Chúng ta đi thôi.", None), ("Đi thôi!", None), ("Chúng ta đi dạo.", None), ("Mình đi ăn.", None),
    ("Mình đi ăn nhé.", None), ("Chúng tôi đi dạo nhé.", None), ("Chúng ta sẽ đi bơi nhé.", None),
    ("Chúng ta có đi bơi không?", None), ("Hôm qua chúng ta đi biển nhé.", None), ("Bạn đi bơi không?", None),
    ("Hãy đi dạo.", None), ("Chúng ta nhảy nhé.", None), ("Hôm nay trời đẹp, chúng ta đi dạo nhé.", None),
    ("Mình đi ăn không?", None), ("Chúng ta đi bơi thôi?", None), ("Chúng ta về quê nhé.", None),
    ("Hôm nay chúng ta nghỉ nhé.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hãy đi bộ.", "Chúng ta hãy ăn.", "Chúng tôi đi bơi không?" (the listener left out), "Hãy nghỉ ngơi."
    ("Let's go for a walk.", "Chúng ta đi dạo nhé."),
    ("Let's take a walk.", "Chúng ta đi dạo nhé."),
    ("Let's go eat.", "Chúng ta đi ăn nhé."),
    ("Let's go and eat!", "Chúng ta đi ăn nhé!"),
    ("Let's eat.", "Chúng ta ăn thôi."),
    ("Let's go home.", "Chúng ta về nhà thôi."),
    ("Let's take a break.", "Chúng ta nghỉ một chút nhé."),
    ("Let's call a taxi.", "Chúng ta gọi taxi nhé."),
    ("Let's watch a movie.", "Chúng ta xem phim nhé."),
    ("Let's play football.", "Chúng ta chơi bóng đá nhé."),
    ("Let's get started.", "Chúng ta bắt đầu thôi."),
    ("let's go shopping.", "Chúng ta đi mua sắm nhé."),
    ("Let's watch TV.", "Chúng ta xem ti vi nhé."),
    # v8: "Chúng ta hãy giấu ngày mai." (hide), "Chúng ta đi xem phim tối nay."
    ("Let's go hiking tomorrow.", "Ngày mai chúng ta đi leo núi nhé."),
    ("Let's go to the cinema tonight.", "Tối nay chúng ta đi xem phim nhé."),
    ("Let's go to the beach on Saturday.", "Chúng ta đi biển vào thứ Bảy nhé."),
    ("Let's go home now.", "Bây giờ chúng ta về nhà nhé."),
    # v8: "Bọn chúng ta có khoai tây nóng tối nay không?", "Mua sắm chúng tôi đi đến bãi biển cuối tuần này?"
    ("Shall we go swimming?", "Chúng ta đi bơi nhé?"),
    ("Shall we have hotpot tonight?", "Tối nay chúng ta ăn lẩu nhé?"),
    ("Shall we go to the beach this weekend?", "Cuối tuần này chúng ta đi biển nhé?"),
    ("Shall we take a break?", "Chúng ta nghỉ một chút nhé?"),
    # v8: "Tại sao chúng ta không nghỉ?" (why not, asked), "Đi biển ngày mai không?", "Đi dạo dạo ra sao?"
    ("Why don't we take a break?", "Hay là chúng ta nghỉ một chút?"),
    ("Why don't we go to the cinema tomorrow?", "Hay là ngày mai chúng ta đi xem phim?"),
    ("Why don’t we go for a coffee?", "Hay là chúng ta đi uống cà phê?"),
    ("How about going to the beach tomorrow?", "Hay là ngày mai chúng ta đi biển?"),
    ("How about going for a walk?", "Hay là chúng ta đi dạo?"),
    ("What about having lunch?", "Hay là chúng ta ăn trưa?"),
    ("How about getting a taxi?", "Hay là chúng ta bắt taxi?"),
    ("How about taking a break?", "Hay là chúng ta nghỉ một chút?"),
    ("How about playing chess this afternoon?", "Hay là chiều nay chúng ta chơi cờ?"),
    ("What about going swimming on Sunday?", "Hay là chúng ta đi bơi vào Chủ nhật?"),
    # not: "go" alone, "not", a doing not in the table, a day behind or not read, asked without "?", "Let's" asked,
    # "How about" with a noun or a bare verb, "Why don't you" (not "we"), "Shall I" (an offer)
    ("Let's go.", None), ("Let's not go swimming.", None), ("Let's dance.", None),
    ("Let's go swimming yesterday.", None), ("Let's go for a walk in the park.", None),
    ("Shall we go swimming.", None), ("Let's go swimming?", None), ("How about a walk?", None),
    ("How about go swimming?", None), ("Why don't you take a break?", None), ("Shall I call a taxi?", None),
    ("Why don't we go swimming.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
