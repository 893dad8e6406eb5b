"""Bites and stings from animals: what bit or stung whom, who was bitten or stung, whether an animal bites, a snake
bite asked, what bit someone, both ways (mt/bites.py)."""
import pytest

from mt.bites import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I burned me.", "Dog bite me.", "My neighbor bites my son.", "He bites him."
    ("Ong đốt tôi.", "A bee stung me."),
    ("Chó cắn tôi.", "A dog bit me."),
    ("Một con chó cắn tôi.", "A dog bit me."),
    ("Con ong đốt tôi.", "A bee stung me."),
    ("Con chó cắn tôi.", "The dog bit me."),
    ("Con chó đó cắn tôi.", "That dog bit me."),
    ("Chó nhà hàng xóm cắn con trai tôi.", "The neighbours' dog bit my son."),
    ("Con chó của hàng xóm cắn con trai tôi.", "The neighbours' dog bit my son."),
    ("Rắn cắn anh ấy.", "A snake bit him."),
    ("Ong vò vẽ vừa đốt em gái tôi.", "A wasp just stung my sister."),
    ("Tuần trước chó cắn tôi.", "A dog bit me last week."),
    ("Chó cắn Lan.", "A dog bit Lan."),
    # v8: "I was burned.", "I was slighted.", "My mother was snaked.", "I'm getting a bite."
    ("Tôi bị sứa đốt.", "I've been stung by a jellyfish."),
    ("Cô ấy bị sứa đốt.", "She's been stung by a jellyfish."),
    ("Tôi bị ong vò vẽ đốt.", "I've been stung by a wasp."),
    ("Tôi bị ong bắp cày đốt.", "I've been stung by a hornet."),
    ("Mẹ tôi bị rắn cắn.", "My mother has been bitten by a snake."),
    ("Tôi bị nhện cắn.", "I've been bitten by a spider."),
    ("Tôi bị bọ cạp đốt.", "I've been stung by a scorpion."),
    ("Hôm qua mẹ tôi bị rắn cắn.", "My mother got bitten by a snake yesterday."),
    ("Con tôi bị chó nhà hàng xóm cắn.", "My child has been bitten by the neighbours' dog."),
    # v8: "Are you burned?", "Do you bite?"
    ("Bạn có bị ong đốt không?", "Were you stung by a bee?"),
    ("Bạn có bị chó cắn không?", "Were you bitten by a dog?"),
    ("Anh có bị rắn cắn không?", "Were you bitten by a snake?"),
    # v8: "Do you bite?", "Do your dog bites?", "Is this dog bite?", "My home didn't bite."
    ("Con chó có cắn không?", "Does the dog bite?"),
    ("Chó của bạn có cắn không?", "Does your dog bite?"),
    ("Con chó nhà bạn có cắn không?", "Does your dog bite?"),
    ("Con chó này có cắn không?", "Does this dog bite?"),
    ("Con chó không cắn đâu.", "The dog doesn't bite."),
    ("Chó nhà tôi không cắn.", "My dog doesn't bite."),
    ("Con chó nhà tôi không cắn người đâu.", "My dog doesn't bite people."),
    # v8: "Is snugging?", "Is snake bites?", "What do you bite?"
    ("Có phải rắn cắn không?", "Was it a snake bite?"),
    ("Có phải bị rắn cắn không?", "Was it a snake bite?"),
    ("Đây có phải vết ong đốt không?", "Is this a bee sting?"),
    ("Con gì cắn bạn vậy?", "What bit you?"),
    ("Bạn bị con gì cắn?", "What bit you?"),
    ("Mẹ tôi bị con gì đốt?", "What stung my mother?"),
    # not: mt/injuries.py's ("Tôi bị chó cắn.", "Tôi bị ong đốt.", mosquitoes), allergic (mt/allergies.py), "anh"
    # alone saying it, dogs in general, a dog that stings, a day ahead, a bee asked whether it stings (bees?), "chưa"
    ("Tôi bị chó cắn.", None), ("Tôi bị ong đốt.", None), ("Hôm qua tôi bị chó cắn.", None),
    ("Tôi vừa bị ong đốt.", None), ("Tôi bị muỗi đốt.", None), ("Muỗi đốt tôi.", None),
    ("Anh ấy bị dị ứng với ong đốt.", None), ("Anh bị rắn cắn.", None), ("Chó cắn anh.", None),
    ("Chó có cắn không?", None), ("Chó đốt tôi.", None), ("Ngày mai chó cắn tôi.", None),
    ("Con ong có đốt không?", None), ("Bạn đã bị rắn cắn chưa?", None), ("Tôi có bị rắn cắn không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Một con bò đã vung cho tôi." (a cow swung), "Một chút bố tôi.", "Hãy cắn tôi.", "Một tiếng sỉ nhục tôi."
    ("A bee stung me.", "Tôi bị ong đốt."),
    ("A dog bit me.", "Tôi bị chó cắn."),
    ("A snake bit my father.", "Bố tôi bị rắn cắn."),
    ("A wasp stung my daughter.", "Con gái tôi bị ong vò vẽ đốt."),
    ("A spider bit me.", "Tôi bị nhện cắn."),
    ("A jellyfish stung me.", "Tôi bị sứa đốt."),
    ("A bee stung me yesterday.", "Hôm qua tôi bị ong đốt."),
    ("The neighbour's dog bit my son.", "Con chó nhà hàng xóm cắn con trai tôi."),
    ("The dog just bit me.", "Con chó vừa cắn tôi."),
    # v8: "Tôi đã vung bằng một con tàu." (swung by a ship), "Cô ấy bị tò mò bởi một trò đùa." (a joke), "Tôi bị cắn
    # bởi một con rắn."
    ("I was stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("I got stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("I've been stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("She was stung by a jellyfish.", "Cô ấy bị sứa đốt."),
    ("She has just been stung by a jellyfish.", "Cô ấy vừa bị sứa đốt."),
    ("My mother got stung by a jellyfish.", "Mẹ tôi bị sứa đốt."),
    ("I was bitten by a snake.", "Tôi bị rắn cắn."),
    ("He was bitten by a snake yesterday.", "Hôm qua anh ấy bị rắn cắn."),
    ("They were bitten by a snake.", "Họ bị rắn cắn."),
    ("My son was bitten by our neighbour's dog.", "Con trai tôi bị con chó nhà hàng xóm cắn."),
    # v8: "Bạn có phải là con trai của mình không?", "Bạn có phải là một cái bia hỏa không?"
    ("Were you stung by a bee?", "Bạn có bị ong đốt không?"),
    ("Were you bitten by a dog?", "Bạn có bị chó cắn không?"),
    ("Was he bitten by the neighbours' dog?", "Anh ấy có bị con chó nhà hàng xóm cắn không?"),
    ("Did a bee sting you?", "Bạn có bị ong đốt không?"),
    ("Did the dog bite you?", "Con chó có cắn bạn không?"),
    # v8: "Có chó cắn không?" (is there a dog)
    ("Does the dog bite?", "Con chó có cắn không?"),
    ("Does your dog bite?", "Con chó của bạn có cắn không?"),
    ("Does your cat bite?", "Con mèo của bạn có cắn không?"),
    ("The dog doesn't bite.", "Con chó không cắn đâu."),
    ("My dog doesn't bite.", "Con chó của tôi không cắn đâu."),
    # v8: "Có phải nó cắn không?", "Cái đó có phải là một cái rền không?", "Bạn làm gì?", "Bạn nói gì?"
    ("Was it a snake bite?", "Có phải bị rắn cắn không?"),
    ("Was it a bee sting?", "Có phải bị ong đốt không?"),
    ("Is this a snake bite?", "Đây có phải vết rắn cắn không?"),
    ("What bit you?", "Con gì cắn bạn vậy?"),
    ("What stung you?", "Con gì đốt bạn vậy?"),
    ("What bit your son?", "Con gì cắn con trai bạn vậy?"),
    # not: mt/injuries.py's ("stung by a bee", "bitten by a dog" said), allergic (mt/allergies.py), "was" or "has"
    # not agreeing, a dog that stings, a snake's sting, mosquitoes, dogs in general, a place on the body, a day ahead
    ("I was stung by a bee.", None), ("I got bitten by a dog.", None), ("My son was bitten by a dog.", None),
    ("He's allergic to bee stings.", None), ("She were stung by a wasp.", None),
    ("He have been bitten by a snake.", None), ("They was bitten by a snake.", None), ("A dog stung me.", None),
    ("Was it a dog sting?", None), ("A mosquito bit me.", None), ("Does a dog bite?", None),
    ("A bee stung me on the arm.", None), ("A dog bit me tomorrow.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
