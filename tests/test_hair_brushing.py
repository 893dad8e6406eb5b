"""Brushing and tying hair: tangled hair, a comb, hairbrush, hair tie or hair clip had, needed or borrowed, and hair
brushed, tied up or plaited, both ways (mt/hair_brushing.py)."""
import pytest

from mt.hair_brushing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My hair is too confused.", "My mother was confused.", "Do you have trouble?", "My hair is easily
    # embarassed.", "The Land or disorder.", "My daughter is very confusion."
    ("Tóc tôi rối quá.", "My hair is so tangled."),
    ("Tóc của mẹ tôi bị rối.", "My mother's hair is tangled."),
    ("Tóc bạn có bị rối không?", "Is your hair tangled?"),
    ("Tóc tôi dễ bị rối.", "My hair gets tangled easily."),
    ("Tóc tôi không dễ bị rối.", "My hair doesn't get tangled easily."),
    ("Tóc Lan hay bị rối.", "Lan's hair often gets tangled."),
    ("Tóc tôi không bị rối.", "My hair isn't tangled."),
    ("Tóc con gái tôi rối lắm.", "My daughter's hair is very tangled."),
    ("Tóc anh ấy rất rối.", "His hair is very tangled."),
    ("Tóc bạn có dễ bị rối không?", "Does your hair get tangled easily?"),
    # v8: "Do you have a strategy?", "I don't have hairline.", "Does anyone have a hairline?", "I need a strategy.",
    # "Do you need to keep your hair?"
    ("Bạn có lược không?", "Do you have a comb?"),
    ("Tôi không có dây buộc tóc.", "I don't have a hair tie."),
    ("Có ai có dây buộc tóc không?", "Does anyone have a hair tie?"),
    ("Mẹ tôi có lược.", "My mother has a comb."),
    ("Tôi cần một cái lược.", "I need a comb."),
    ("Bạn có cần kẹp tóc không?", "Do you need a hair clip?"),
    # v8: "Let me borrow wires.", "Can I borrow your strategies?", "Can you give me borrowing a strategy?", "Let me
    # borrow a while."
    ("Cho mình mượn dây buộc tóc.", "Can I borrow a hair tie?"),
    ("Cho tôi mượn cái lược của bạn được không?", "Can I borrow your comb?"),
    ("Bạn có thể cho tôi mượn lược không?", "Can you lend me a comb?"),
    ("Cho tôi mượn lược một lát nhé.", "Can I borrow a comb for a moment?"),
    ("Cho chúng tôi mượn bàn chải tóc được không?", "Can we borrow a hairbrush?"),
    # v8: "She's hair in her daughter.", "Have you brushed your hair?", "My mother or hair for me.", "She is forced
    # to hair.", "Every morning I brush my hair for my daughter.", "He never brushed.", "Lan fit hair for sister."
    ("Cô ấy đang tết tóc cho con gái.", "She's plaiting her daughter's hair."),
    ("Tôi đang chải tóc.", "I'm brushing my hair."),
    ("Bạn đã chải tóc chưa?", "Have you brushed your hair yet?"),
    ("Anh ấy chải tóc chưa?", "Has he brushed his hair yet?"),
    ("Mẹ tôi hay tết tóc cho tôi.", "My mother often plaits my hair."),
    ("Chị ấy đang buộc tóc.", "She's tying her hair up."),
    ("Mỗi sáng tôi chải tóc cho con gái.", "I brush my daughter's hair every morning."),
    ("Anh ấy không bao giờ chải đầu.", "He never brushes his hair."),
    ("Lan vừa cột tóc cho em gái.", "Lan has just tied her little sister's hair up."),
    # v8: "I don't brush my hair.", "I brush my hair.", "Yesterday, my mother gave me a hair.", "Tomorrow, I'll put my
    # hair for my daughter.", "Do you have a hair cell for your daughter?", "We are forced to hair.", "My parents
    # are brushing my mother's hair.", "I must brush my hair."
    ("Tôi chưa chải tóc.", "I haven't brushed my hair yet."),
    ("Tôi chải tóc rồi.", "I've already brushed my hair."),
    ("Hôm qua mẹ tôi tết tóc cho tôi.", "My mother plaited my hair yesterday."),
    ("Ngày mai tôi sẽ tết tóc cho con gái.", "I'll plait my daughter's hair tomorrow."),
    ("Bạn có hay tết tóc cho con gái không?", "Do you often plait your daughter's hair?"),
    ("Cô ấy có đang chải tóc không?", "Is she brushing her hair?"),
    ("Chúng tôi đang buộc tóc.", "We're tying our hair up."),
    ("Bố tôi đang chải tóc cho mẹ tôi.", "My father is brushing my mother's hair."),
    ("Tôi phải chải tóc cho con.", "I have to brush my child's hair."),
    ("Tôi chưa bao giờ tết tóc.", "I've never plaited my hair."),
    ("Mẹ tôi thường tết tóc cho tôi mỗi sáng.", "My mother usually plaits my hair every morning."),
    ("Bạn có chải tóc cho con mỗi sáng không?", "Do you brush your child's hair every morning?"),
    # not: "mẹ" or "em" alone as who or whom (the speaker, or a little brother?), a name alone doing their own
    # (his, or her?), a plain verb or "đã" alone (now, a habit, or done?), "anh" saying it, whom who themself, a pet,
    # "thế", "vậy" ending a statement, a "?" on a statement, "I" asked, "muốn" (to do it, or to have it done?),
    # "hay" with every morning, "em" borrowing, "lược" in other words, "rối" of a person, "có" without "không"
    ("Mẹ đang chải tóc cho em.", None), ("Minh đang chải tóc.", None), ("Tôi chải tóc.", None),
    ("Tôi đã chải tóc.", None), ("Anh đang chải tóc.", None), ("Cô ấy đang chải tóc cho cô ấy.", None),
    ("Con mèo của tôi đang chải tóc.", None), ("Tóc tôi rối quá vậy.", None), ("Tôi đang chải tóc?", None),
    ("Tôi có lược không?", None), ("Con gái tôi muốn tết tóc.", None), ("Mẹ tôi hay chải tóc cho tôi mỗi sáng.", None),
    ("Cho em mượn cái lược.", None), ("Chiến lược của bạn là gì?", None), ("Tôi rối quá.", None),
    ("Bạn có lược?", None), ("Tóc tôi bị rối?", None), ("Tôi đang chải tóc cho mình.", None),
    ("Cho tôi mượn lược được không.", None), ("Tôi đang chải lông cho mèo.", None),
    # (reviewed: "em" with "ạ" is the speaker asking; "Bạn cho tôi mượn lược." may say you lent it; a day behind
    # with "đang")
    ("Em có lược không ạ?", None), ("Tóc em có bị rối không ạ?", None), ("Bạn cho tôi mượn lược.", None),
    ("Hôm qua tôi đang chải tóc.", None),
    # (reviewed: "quá" asked is "too", "rất" asked is kept)
    ("Tóc bạn có rối quá không?", None), ("Tóc của bạn có bị rối quá không?", None),
    ("Tóc bạn có rất rối không?", "Is your hair very tangled?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tóc tóc của tôi bị vướng quá.", "Tóc của bạn có bị vướng không?", "Tóc của tôi dễ dàng quấn lại.", "Tóc
    # tóc của cô ấy thường bị vướng.", "Tóc tóc của mẹ tôi rất funeral.", "Tóc tóc của tôi không được quấn bọc."
    ("My hair is so tangled.", "Tóc tôi rối quá."),
    ("Is your hair tangled?", "Tóc bạn có bị rối không?"),
    ("My hair gets tangled easily.", "Tóc tôi dễ bị rối."),
    ("My hair doesn't get tangled easily.", "Tóc tôi không dễ bị rối."),
    ("Does your hair get tangled easily?", "Tóc bạn có dễ bị rối không?"),
    ("Her hair often gets tangled.", "Tóc cô ấy hay bị rối."),
    ("My mother's hair is very tangled.", "Tóc mẹ tôi rất rối."),
    ("My hair isn't tangled.", "Tóc tôi không bị rối."),
    ("Lan's hair is tangled.", "Tóc Lan bị rối."),
    # v8: "Bạn có thảo dược không?" (herbs), "Tôi không có bánh tóc.", "Có ai có tóc không?", "Bạn có comb không?",
    # "Cô ấy không vội tóc.", "Tôi cần phải vội tóc.", "Bạn có cần một chiếc tóc không?"
    ("Do you have a comb?", "Bạn có lược không?"),
    ("I don't have a hair tie.", "Tôi không có dây buộc tóc."),
    ("Does anyone have a hair tie?", "Có ai có dây buộc tóc không?"),
    ("Have you got a comb?", "Bạn có lược không?"),
    ("He has a comb.", "Anh ấy có lược."),
    ("She doesn't have a hairbrush.", "Cô ấy không có bàn chải tóc."),
    ("I need a hairbrush.", "Tôi cần một cái bàn chải tóc."),
    ("Do you need a hair tie?", "Bạn có cần dây buộc tóc không?"),
    # v8: "Có thể mượn bánh tóc được không?", "Bạn có thể cho tôi một clip tóc không?", "Cho dù là chúng ta có thể
    # mượn tóc của bạn được không?"
    ("Can I borrow a hair tie?", "Cho tôi mượn sợi dây buộc tóc được không?"),
    ("Could I borrow your comb?", "Cho tôi mượn lược của bạn được không?"),
    ("Can you lend me a hair clip?", "Bạn cho tôi mượn cái kẹp tóc được không?"),
    ("Could we borrow your hairbrush for a moment?", "Cho chúng tôi mượn bàn chải tóc của bạn một lát được không?"),
    # v8: "Cô ấy đang vỗ tóc cho con gái mình." (patting), "Cô ấy đang mọc tóc.", "Cô ấy đang tóc lên.", "Mẹ tôi
    # thường vỗ tóc của tôi.", "Mẹ tôi vừa vỗ tóc của chị tôi.", "Tôi đã chải tóc.", "Bạn đã chải tóc cho mình chưa?"
    ("She is plaiting her daughter's hair.", "Cô ấy đang tết tóc cho con gái."),
    ("I'm brushing my hair.", "Tôi đang chải tóc."),
    ("Have you brushed your hair yet?", "Bạn đã chải tóc chưa?"),
    ("My mother often plaits my hair.", "Mẹ tôi hay tết tóc cho tôi."),
    ("She is tying her hair up.", "Cô ấy đang buộc tóc."),
    ("She's tying up her hair.", "Cô ấy đang buộc tóc."),
    ("I brush my daughter's hair every morning.", "Tôi chải tóc cho con gái mỗi sáng."),
    ("He never brushes his hair.", "Anh ấy không bao giờ chải tóc."),
    ("I haven't brushed my hair yet.", "Tôi chưa chải tóc."),
    ("My mother has just braided my sister's hair.", "Mẹ tôi vừa tết tóc cho em gái tôi."),
    ("I've already brushed my hair.", "Tôi đã chải tóc rồi."),
    # v8: "Hôm qua mẹ tôi vỗ tóc của mình.", "Tôi sẽ tóc cho con gái mình ngày mai.", "Bạn có thường vỗ tóc của con
    # gái mình không?", "Bé có đang chải tóc không?", "Tôi đang chải tóc." (whose lost), "Cha tôi đang chải tóc của
    # mẹ.", "Bé có chải tóc mỗi buổi sáng không?", "Chúng tôi đang chuẩn bị tóc của chúng tôi."
    ("Yesterday my mother plaited my hair.", "Hôm qua mẹ tôi tết tóc cho tôi."),
    ("My mother plaited my hair yesterday.", "Hôm qua mẹ tôi tết tóc cho tôi."),
    ("I'll plait my daughter's hair tomorrow.", "Ngày mai tôi sẽ tết tóc cho con gái."),
    ("Do you often plait your daughter's hair?", "Bạn có hay tết tóc cho con gái không?"),
    ("Is she brushing her hair?", "Cô ấy có đang chải tóc không?"),
    ("She has to brush her hair.", "Cô ấy phải chải tóc."),
    ("I'm brushing her hair.", "Tôi đang chải tóc cho cô ấy."),
    ("Lan is brushing her hair.", "Lan đang chải tóc."),
    ("My father is brushing my mother's hair.", "Bố tôi đang chải tóc cho mẹ tôi."),
    ("Does she brush her hair every morning?", "Cô ấy có chải tóc mỗi sáng không?"),
    ("He is brushing his son's hair.", "Anh ấy đang chải tóc cho con trai."),
    ("We are combing our hair.", "Chúng tôi đang chải tóc."),
    # not: a name of either sex and "her" (hers, or another's?), the verb not agreeing ("She brush", "He have"), "tie"
    # with no "up", a pet, teeth brushed, "I" asked, a "?" on a statement, "all tangled", gets tangled with no how
    # often, "any" and plurals, plain present with no habit, "often" with every morning, the present perfect alone
    ("Minh is brushing her hair.", None), ("She brush her hair every morning.", None), ("He have a comb.", None),
    ("She is tying her hair.", None), ("My dog is brushing his hair.", None), ("I brush my teeth.", None),
    ("Do I have a comb?", None), ("My hair is tangled?", None), ("My hair is all tangled.", None),
    ("My hair gets tangled.", None), ("Do you have any hair ties?", None), ("She brushes her hair.", None),
    ("I often brush my hair every morning.", None), ("She's brushed her hair.", None),
    ("The wires are tangled.", None), ("Can I borrow a comb", None), ("Tóc tôi rối quá.", None),
    # (reviewed: a day behind with "will" or "-ing")
    ("Yesterday I'll plait her hair.", None), ("Yesterday I'm brushing my hair.", None),
    # (reviewed: a pet's hair, tangled or brushed, is fur; "really" asked is "truly")
    ("My dog's hair is tangled.", None), ("Is my dog's hair tangled?", None),
    ("My cat's hair gets tangled easily.", None), ("I'm brushing my dog's hair.", None),
    ("She is brushing her cat's hair.", None), ("Is your hair really tangled?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, said", [
    # (the "!" kept as the source has it)
    ("Tóc tôi rối quá!", "vi", "My hair is so tangled!"),
    ("My hair is so tangled!", "en", "Tóc tôi rối quá!"),
])
def test_exclaimed(text, src, said):
    assert translate(text, src, "en" if src == "vi" else "vi") == said
