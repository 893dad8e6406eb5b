"""Fussy eaters: picky, good and poor eaters, not eating well lately, foods refused or not liked, and eating
anything, both ways (mt/picky_eating.py)."""
import pytest

from mt.picky_eating import _KEYS, translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child snugged.", "When I was snugging.", "Do you snugg food?", "He didn't snugg food.", "My child snugged
    # too.", "My husband doesn't ate very much.", "Lan doesn't snugg food.", "My children were getting a lot of food.",
    # "I'm no longer snugging." (the child lost), "Did you eat?"
    ("Con tôi kén ăn lắm.", "My child is a very picky eater."),
    ("Con tôi kén ăn.", "My child is a picky eater."),
    ("Con trai tôi rất kén ăn.", "My son is a very picky eater."),
    ("Con tôi kén ăn quá.", "My child is such a picky eater."),
    ("Tôi kén ăn.", "I'm a picky eater."),
    ("Anh ấy không kén ăn.", "He isn't a picky eater."),
    ("Chồng tôi không kén ăn lắm.", "My husband isn't a very picky eater."),
    ("Lan không kén ăn.", "Lan isn't a picky eater."),
    ("Chúng tôi không kén ăn.", "We aren't picky eaters."),
    ("Tôi không kén ăn.", "I'm not a picky eater."),
    ("Bọn trẻ nhà tôi kén ăn lắm.", "My kids are very picky eaters."),
    ("Các con tôi kén ăn quá.", "My children are such picky eaters."),
    ("Bé nhà tôi kén ăn lắm.", "My child is a very picky eater."),
    ("Con bạn có kén ăn không?", "Is your child a picky eater?"),
    ("Con gái bạn kén ăn không?", "Is your daughter a picky eater?"),
    ("Bạn có kén ăn không?", "Are you a picky eater?"),
    ("Con tôi vẫn còn kén ăn.", "My child is still a picky eater."),
    ("Bạn còn kén ăn không?", "Are you still a picky eater?"),
    ("Con tôi không còn kén ăn nữa.", "My child isn't a picky eater any more."),
    ("Bạn kén ăn quá!", "You're such a picky eater!"),
    ("Con chó của tôi kén ăn lắm.", "My dog is a very picky eater."),
    # v8: "When I was snugging."
    ("Hồi nhỏ tôi rất kén ăn.", "I was a very picky eater as a child."),
    ("Hồi nhỏ tôi kén ăn lắm.", "I was a very picky eater as a child."),
    ("Lúc nhỏ, anh ấy không kén ăn.", "He wasn't a picky eater as a child."),
    ("Chồng tôi kén ăn lắm hồi còn nhỏ.", "My husband was a very picky eater as a child."),
    ("Hồi nhỏ bạn có kén ăn không?", "Were you a picky eater as a child?"),
    ("Khi còn nhỏ chúng tôi kén ăn.", "We were picky eaters as children."),
    ("Hồi nhỏ con trai tôi kén ăn.", "My son was a picky eater as a child."),
    # v8: "My daughter is very good."
    ("Con gái tôi ăn giỏi lắm.", "My daughter is a very good eater."),
    ("Con tôi ăn ngoan.", "My child is a good eater."),
    ("Con bạn có ăn giỏi không?", "Is your child a good eater?"),
    ("Con tôi ăn rất ngoan.", "My child is a very good eater."),  # (the keys once missed "ăn rất ngoan")
    # v8: "This rice I transformed food.", "I turned to eat.", "Do you transform food?"
    ("Con tôi biếng ăn.", "My child has a poor appetite."),
    ("Con trai tôi biếng ăn lắm.", "My son has a very poor appetite."),
    ("Con bạn có biếng ăn không?", "Does your child have a poor appetite?"),
    ("Dạo này con tôi biếng ăn.", "My child hasn't been eating well lately."),
    ("Dạo này tôi biếng ăn.", "I haven't been eating well lately."),
    ("Mẹ tôi biếng ăn dạo gần đây.", "My mother hasn't been eating well lately."),
    ("Con gái tôi không biếng ăn.", "My daughter doesn't have a poor appetite."),
    # v8: "My child lazed out.", "My son refused to eat vegetables." (the past), "I don't like to eat vegetables."
    # (I), "I don't have eaten anything.", "My daughter refused to eat fish."
    ("Con tôi lười ăn rau.", "My child won't eat vegetables."),
    ("Con trai tôi không chịu ăn rau.", "My son won't eat vegetables."),
    ("Con gái tôi không chịu ăn cá.", "My daughter won't eat fish."),
    ("Bọn trẻ nhà tôi không chịu ăn rau xanh.", "My kids won't eat vegetables."),
    ("Con tôi vẫn không chịu ăn rau.", "My child still won't eat vegetables."),
    ("Con tôi không chịu ăn gì cả.", "My child won't eat anything."),
    ("Con tôi không chịu ăn.", "My child won't eat."),
    ("Con tôi không thích ăn rau.", "My child doesn't like eating vegetables."),
    ("Chồng tôi không thích ăn cá.", "My husband doesn't like eating fish."),
    ("Tôi không thích ăn hành.", "I don't like eating onions."),
    # v8: "I eat something." (the child lost), "I eat anything.", "My husband was eating."
    ("Con tôi ăn gì cũng được.", "My child eats anything."),
    ("Tôi ăn gì cũng được.", "I'll eat anything."),
    ("Chồng tôi cái gì cũng ăn.", "My husband eats anything."),
    # not: "hơi" (a bit), "con" or a little one or a pet "as a child", "còn" said (also, moreover), "không … quá",
    # "rất … lắm", a "?" without "không", "có" not asked, "không … không?", "lười ăn" of a grown-up (too lazy?),
    # lately asked, nothing not liked, "you" eating anything (you may), "anh" alone saying it, foods not eaten
    # (mt/diets.py's), liking foods (mt/dislikes.py's), hunger, English, nonsense
    ("Tôi kén ăn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Con tôi hơi kén ăn.", None), ("Hồi nhỏ con tôi kén ăn.", None), ("Hồi nhỏ bé nhà tôi kén ăn.", None),
    ("Hồi nhỏ con chó của tôi kén ăn.", None), ("Con tôi còn kén ăn nữa.", None), ("Con tôi không kén ăn quá.", None),
    ("Con tôi rất kén ăn lắm.", None), ("Con bạn kén ăn?", None), ("Con tôi có kén ăn.", None),
    ("Con tôi không kén ăn không?", None), ("Chồng tôi lười ăn.", None), ("Chồng tôi lười ăn rau.", None),
    ("Dạo này con bạn có biếng ăn không?", None), ("Con tôi không thích ăn.", None),
    ("Bạn ăn gì cũng được.", None), ("Anh kén ăn lắm.", None), ("Con tôi không ăn rau.", None),
    ("Con tôi không thích rau.", None), ("Con tôi đói rồi.", None), ("Con tôi không kén ăn nữa.", None),
    ("Hồi nhỏ tôi vẫn kén ăn.", None), ("Con tôi kén chọn bạn bè.", None), ("My child is a picky eater.", None),
    ("Kén ăn kén ăn kén ăn.", None), ("Con tôi có ăn gì cũng được không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi là một người ăn rất ngon." (a good eater), "Con bạn có ăn bột không?", "Anh ấy không phải là
    # người ăn.", "Cô ấy đang chọn thức ăn.", "Con tôi rất thích ăn uống." (likes eating), "Chồng tôi không phải là
    # người ăn rất ngon.", "Nó là một món ăn ngon như thế." (a tasty dish), "Anh ấy vẫn còn ăn người mua không?", "Cô
    # ấy không phải là người ăn nhiều hơn."
    ("My son is a very picky eater.", "Con trai tôi rất kén ăn."),
    ("My child is a picky eater.", "Con tôi kén ăn."),
    ("Is your child a picky eater?", "Con bạn có kén ăn không?"),
    ("He isn't a picky eater.", "Anh ấy không kén ăn."),
    ("She's picky about food.", "Cô ấy kén ăn."),
    ("He's not picky about food.", "Anh ấy không kén ăn."),
    ("My kids are fussy eaters.", "Bọn trẻ nhà tôi kén ăn."),
    ("My children are very picky eaters.", "Các con tôi rất kén ăn."),
    ("My husband isn't a very fussy eater.", "Chồng tôi không kén ăn lắm."),
    ("I'm a picky eater.", "Tôi kén ăn."),
    ("I'm not a picky eater.", "Tôi không kén ăn."),
    ("She's such a fussy eater.", "Cô ấy kén ăn quá."),
    ("She's such a fussy eater!", "Cô ấy kén ăn quá!"),
    ("Lan is so picky about food.", "Lan kén ăn quá."),
    ("Is he still a picky eater?", "Anh ấy còn kén ăn không?"),
    ("My son is still a fussy eater.", "Con trai tôi vẫn còn kén ăn."),
    ("She isn't a picky eater any more.", "Cô ấy không còn kén ăn nữa."),
    # v8: "Tôi là một người ăn chay như một đứa trẻ." (a vegetarian), "Bạn có phải là một đứa trẻ chọn ăn như một đứa
    # trẻ không?", "Chúng tôi là những người ăn như trẻ em."
    ("I was a picky eater as a child.", "Hồi nhỏ tôi kén ăn."),
    ("I was a very fussy eater as a kid.", "Hồi nhỏ tôi rất kén ăn."),
    ("Were you a picky eater as a child?", "Hồi nhỏ bạn có kén ăn không?"),
    ("My husband wasn't a picky eater as a child.", "Hồi nhỏ chồng tôi không kén ăn."),
    ("We were picky eaters as children.", "Hồi nhỏ chúng tôi kén ăn."),
    # v8: "Con trai tôi là một người ăn ngon."
    ("My son is a good eater.", "Con trai tôi ăn giỏi."),
    ("My daughter is a very good eater.", "Con gái tôi ăn rất giỏi."),
    ("Is your child a good eater?", "Con bạn có ăn giỏi không?"),
    # v8: "Con tôi có sự ăn uống kém.", "Con tôi không ăn uống tốt muộn." (late), "Con trai của bạn có ăn kém không?",
    # "Cô ta là một người ăn kém."
    ("My child has a poor appetite.", "Con tôi biếng ăn."),
    ("I have a poor appetite.", "Tôi biếng ăn."),
    ("Does your son have a poor appetite?", "Con trai bạn có biếng ăn không?"),
    ("She's a poor eater.", "Cô ấy biếng ăn."),
    ("My child hasn't been eating well lately.", "Dạo này con tôi biếng ăn."),
    ("I haven't been eating properly recently.", "Dạo này tôi biếng ăn."),
    # v8: "Con tôi không ăn rau." (doesn't), "Đứa con gái tôi từ chối ăn rau."
    ("My child won't eat vegetables.", "Con tôi không chịu ăn rau."),
    ("My daughter refuses to eat vegetables.", "Con gái tôi không chịu ăn rau."),
    ("My kids won't eat fish.", "Bọn trẻ nhà tôi không chịu ăn cá."),
    ("My son still won't eat greens.", "Con trai tôi vẫn không chịu ăn rau xanh."),
    ("My child won't eat anything.", "Con tôi không chịu ăn gì cả."),
    ("My son doesn't like eating fish.", "Con trai tôi không thích ăn cá."),
    ("I don't like eating vegetables.", "Tôi không thích ăn rau."),
    # v8: "Con tôi ăn bất cứ thứ gì.", "Anh ta sẽ ăn bất cứ thứ gì." (the model's, and fair)
    ("My child eats anything.", "Con tôi ăn gì cũng được."),
    ("He'll eat anything.", "Anh ấy ăn gì cũng được."),
    ("I'll eat anything.", "Tôi ăn gì cũng được."),
    # not: the verb or the count not agreeing ("He are", "We're a picky eater", "I is", "She have", "He refuse",
    # "My child eat"), "a" left out, "an picky", "a very so", the past otherwise than as a child, "as children" of
    # one, "still" denied, "any more" said, "not good", "you" many ("Are you picky eaters?": các bạn), "I"/"you"/"we"
    # who won't (now?), "you" eating anything, "doesn't like" nothing, picky about something else, appetite lost
    # (mt/hunger.py, mt/symptoms.py), liking vegetables (mt/dislikes.py), Vietnamese, nonsense
    ("He are a picky eater.", None), ("We're a picky eater.", None), ("I is a picky eater.", None),
    ("She have a poor appetite.", None), ("My son refuse to eat vegetables.", None), ("My child eat anything.", None),
    ("He is picky eater.", None), ("She's an picky eater.", None), ("He was a picky eater.", None),
    ("I was a picky eater as children.", None), ("He isn't still a picky eater.", None),
    ("She's a picky eater any more.", None), ("He isn't a good eater.", None), ("Are you picky eaters?", None),
    ("I won't eat vegetables.", None), ("You'll eat anything.", None), ("My son doesn't like eating.", None),
    ("She's picky about clothes.", None), ("My child has lost his appetite.", None),
    ("My child doesn't like vegetables.", None), ("Con tôi kén ăn lắm.", None), ("Picky picky eater.", None),
    ("Is your child a picky eater.", None), ("Your child is a picky eater?", None),
    ("My dog was a picky eater as a child.", None), ("My child was a picky eater as a child.", None),
    ("My son still won't eat his greens.", None),
    # "very" asked or denied is "lắm" after it ("có rất … không?", "không rất …" are not Vietnamese); "such", "so"
    # asked (the vi side leaves "quá" asked: "có kén ăn không?" would drop it)
    ("My son isn't a very poor eater.", "Con trai tôi không biếng ăn lắm."),
    ("I don't have a very poor appetite.", "Tôi không biếng ăn lắm."),
    ("Is your son a very poor eater?", "Con trai bạn có biếng ăn lắm không?"),
    ("Do you have a very poor appetite?", "Bạn có biếng ăn lắm không?"),
    ("Is your son a very good eater?", "Con trai bạn có ăn giỏi lắm không?"),
    ("Is your son such a picky eater?", None), ("Is your son so fussy about food?", None),
    ("Were you such a picky eater as a child?", None), ("Is he still such a picky eater?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src", [
    ("Tôi thích ăn phở.", "vi"), ("Gì cũng được.", "vi"), ("Bạn có thích ăn cay không?", "vi"),
    ("Cô ấy không chịu nghe.", "vi"), ("He's a big eater.", "en"), ("I refuse to go.", "en"),
    ("I like eating out.", "en"), ("She has a good appetite.", "en"), ("Do you want to eat anything?", "en"),
])
def test_keys_pass_over_sentences_no_shape_takes(text, src):
    # (the quick look lets every sentence holding a key through to the patterns: the keys are what each shape needs)
    assert _KEYS[src].search(text) is None
